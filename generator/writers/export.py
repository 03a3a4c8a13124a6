"""Writer: JSON Schema of every request and one OpenAPI 3.1 document per product.

- `generated/schemas/<p>/<Operation>.request.json` (JSON Schema draft 2020-12) describes a request
  as a JSON object with native values (numbers as numbers, booleans as booleans) and enforces what
  JSON Schema can: `minLength`/`maxLength`, first character and allowed characters as one `pattern`,
  forbidden prefixes and newlines as `not` patterns, `enum`, `minimum`/`maximum`, `maxItems`,
  `required`; repeated parameters (`Tag.N.Key`) as `patternProperties` whose index is bounded by the
  documented maximum. Patterns use only syntax ECMA-262 and Python read alike (no `$` before a
  trailing newline slips through: a `not` pattern refuses any newline where the charset has none).
  What JSON Schema cannot say is listed per parameter under `x-errkb-unenforced`.
- `generated/openapi/<p>.openapi.json`: the RPC API has one URL (`POST /?Action=<Operation>&...`),
  which OpenAPI cannot key paths on, so each operation gets the path `/<Operation>` with a POST whose
  `operationId` is the operation and whose JSON body is the request schema; `x-errkb-rpc` records how
  the real call is sent. Responses: 200 from the documented response fields, and one response per
  documented error status whose `Code` is one of the documented codes (templated codes as patterns).
"""

from __future__ import annotations

import json
import re
from typing import Any

import jinja2

from .. import naming
from ..runtime.kinds import CLASS_RANGES, INDEX_SEGMENTS, TYPE_KINDS
from .package import by_product

DIALECT = "https://json-schema.org/draft/2020-12/schema"
JSON_TYPES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "list": "array",
              "obj": "object"}
TEXT_RULES = ("length", "first_char", "forbidden_prefix", "charset", "pattern")
_SYNTAX = set("^$\\.*+?()[]{}|")


def dumps(data: Any) -> bytes:
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def escape(text: str) -> str:
    """A literal for a regex ECMA-262 (also in unicode mode) and Python both read the same way."""
    return "".join("\\" + c if c in _SYNTAX else c for c in text)


def char_class(c: dict[str, Any]) -> str:
    body = "".join(CLASS_RANGES.get(k, "") for k in c.get("classes") or [])
    for ch in "".join(str(x) for x in c.get("chars") or []):
        body += "\\" + ch if ch in "\\]^-[" else ch
    return body


def index_regex(limit: int | None) -> str:
    """Digits of an index from 1 to `limit` (any positive index when there is no limit)."""
    if limit is None or limit > 200:
        return "[1-9][0-9]*"
    return "(?:" + "|".join(str(i) for i in range(limit, 0, -1)) + ")"


def _kind(p: dict[str, Any]) -> str:
    kind = TYPE_KINDS.get(str(p.get("type", "")).strip().lower(), "any")
    name = str(p["name"])
    if kind in ("list", "any") and any(s in INDEX_SEGMENTS for s in name.split(".")[1:]):
        nums = [v for c in p.get("constraints", []) if c.get("kind") in ("range", "enum")
                for v in ([c.get("min"), c.get("max")] if c["kind"] == "range" else c.get("values") or [])
                if v is not None]
        if nums and all(isinstance(n, int) and not isinstance(n, bool) for n in nums):
            return "int"
        if nums and all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in nums):
            return "float"
        return "str"
    return kind


def value_schema(p: dict[str, Any], kind: str) -> dict[str, Any]:
    """The schema of one value of parameter `p` whose value kind is `kind`."""
    cons = [c for c in p.get("constraints", []) if isinstance(c, dict)]
    out: dict[str, Any] = {}
    unenforced: list[str] = []
    if kind in JSON_TYPES:
        out["type"] = JSON_TYPES[kind]
    if p.get("description"):
        out["description"] = str(p["description"])
    numeric_text = kind in ("str", "any") and any(c.get("kind") == "range" for c in cons)
    if numeric_text:
        out["pattern"] = "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?$"
        unenforced.append("range")
    firsts = [char_class(c) for c in cons if c.get("kind") == "first_char"]
    charsets = [char_class(c) for c in cons if c.get("kind") == "charset"]
    nots: list[dict[str, Any]] = []
    for c in cons:
        k = c.get("kind")
        if k == "length" and kind in ("str", "any") and str(c.get("unit", "characters")) != "bytes":
            if isinstance(c.get("min"), int):
                out["minLength"] = max(out.get("minLength", 0), c["min"])
            if isinstance(c.get("max"), int):
                out["maxLength"] = min(out.get("maxLength", c["max"]), c["max"])
        elif k == "enum":
            values = [_enum_value(v, kind) for v in c.get("values") or []]
            if kind == "bool":
                continue
            if "enum" in out:
                values = [v for v in out["enum"] if v in values]
            out["enum"] = values
        elif k == "range" and kind in ("int", "float"):
            if isinstance(c.get("min"), (int, float)):
                out["minimum"] = max(out.get("minimum", c["min"]), c["min"])
            if isinstance(c.get("max"), (int, float)):
                out["maximum"] = min(out.get("maximum", c["max"]), c["max"])
        elif k == "forbidden_prefix":
            values = [v for v in c.get("values") or [] if isinstance(v, str) and v]
            if values:
                nots.append({"pattern": "^(?:" + "|".join(escape(v) for v in values) + ")"})
        elif k == "max_items" and kind == "list" and isinstance(c.get("max"), int):
            out["maxItems"] = c["max"]
        elif k in ("max_items", "separator", "pattern"):
            unenforced.append(k)
    if kind in ("str", "any") and (firsts or charsets):
        if len(firsts) <= 1 and len(charsets) <= 1:
            body = f"[{charsets[0]}]*" if charsets else ""
            pattern = (f"^(?:[{firsts[0]}]{body})?$" if body else f"^(?:$|[{firsts[0]}])") if firsts else f"^{body}$"
        else:  # several lists: each a lookahead (an empty text passes, as for the validator)
            pattern = "^" + "".join(f"(?=$|[{f}])" for f in firsts) + "".join(f"(?=[{b}]*$)" for b in charsets)
        if charsets:
            nots.append({"pattern": "\\n"})
        if "pattern" in out:
            unenforced.append("first_char/charset")
        else:
            out["pattern"] = pattern
    if nots:
        out["not"] = nots[0] if len(nots) == 1 else {"anyOf": nots}
    if unenforced:
        out["x-errkb-unenforced"] = sorted(set(unenforced))
    return out


def _enum_value(v: Any, kind: str) -> Any:
    if kind in ("int", "float") and isinstance(v, str):
        try:
            return int(v) if kind == "int" else float(v)
        except ValueError:
            return v
    if kind == "str" and not isinstance(v, str):
        return ("true" if v else "false") if isinstance(v, bool) else str(v)
    return v


def request_schema(spec: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema (2020-12) of one operation's request."""
    props: dict[str, Any] = {}
    patterns: dict[str, Any] = {}
    required: list[str] = []
    seen: set[str] = set()
    for p in spec.get("request", []):
        name = p.get("name")
        if not isinstance(name, str) or not name or name in seen:
            continue
        seen.add(name)
        kind = _kind(p)
        segs = name.split(".")
        if len(segs) > 1 and any(s in INDEX_SEGMENTS for s in segs):
            limits = [c.get("max") for c in p.get("constraints", []) if c.get("kind") == "max_items"
                      and str(c.get("index", "N")).upper() == "N" and isinstance(c.get("max"), int)]
            first = True
            parts = []
            for s in segs:
                if s in INDEX_SEGMENTS:
                    parts.append(index_regex(min(limits) if limits and first else None))
                    first = False
                else:
                    parts.append(escape(s))
            schema = value_schema({**p, "constraints": [c for c in p.get("constraints", [])
                                                        if c.get("kind") != "max_items"]}, kind)
            patterns["^" + "\\.".join(parts) + "$"] = schema
            continue
        props[name] = value_schema(p, kind)
        if p.get("required") and not p.get("removed"):
            required.append(name)
    out: dict[str, Any] = {
        "$schema": DIALECT,
        "title": f"{spec.get('product') or spec['product_key']} {spec['operation']} request",
        "type": "object",
        "properties": props,
        "additionalProperties": False,
    }
    if patterns:
        out["patternProperties"] = patterns
    if required:
        out["required"] = required
    return out


def _field_schema(ftype: str) -> dict[str, Any]:
    t = ftype.strip().lower()
    if t.startswith("array") or t.endswith("[]") or t in ("list", "repeatlist", "set"):
        return {"type": ["array", "object"]}
    kind = TYPE_KINDS.get(t)
    if kind in JSON_TYPES and kind != "list":
        return {"type": JSON_TYPES[kind]}
    return {}


def response_schema(spec: dict[str, Any]) -> dict[str, Any]:
    """The 200 answer: an object whose top-level documented fields have their documented types."""
    samples = [s["body"] for s in spec.get("samples", []) if s.get("kind") == "success" and isinstance(s["body"], dict)]
    top = set().union(*(s.keys() for s in samples)) if samples else None
    props: dict[str, Any] = {}
    for f in spec.get("response", []):
        name = str(f.get("name", ""))
        if not name or name in props or f.get("parent") or (top is not None and name not in top):
            continue
        props[name] = {**_field_schema(str(f.get("type", ""))), **({"description": f["description"]}
                                                                    if f.get("description") else {})}
    return {"type": "object", "properties": props}


def code_regex(row: dict[str, Any]) -> str:
    code = str(row["code"])
    holes = (row.get("pattern") or {}).get("placeholders") or ["%s"]
    parts = re.split("(" + "|".join(re.escape(h) for h in holes) + ")", code)
    return "^" + "".join("[^\\s]+" if part in holes else escape(part) for part in parts) + "$"


def error_responses(spec: dict[str, Any], name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(responses by status, component schemas) for the documented error codes."""
    by_status: dict[str, list[dict[str, Any]]] = {}
    for row in spec.get("errors", []):
        try:
            status = str(int(row.get("status")))
        except (TypeError, ValueError):
            status = "default"
        by_status.setdefault(status, []).append(row)
    responses: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for status, rows in sorted(by_status.items()):
        codes = sorted({str(r["code"]) for r in rows if not r.get("pattern")})
        regexes = sorted({code_regex(r) for r in rows if r.get("pattern")})
        choices = ([{"enum": codes}] if codes else []) + [{"pattern": rx} for rx in regexes]
        code_schema: dict[str, Any] = {"type": "string"}
        if choices:
            code_schema["anyOf"] = choices
        key = f"{name}Error{status.capitalize()}"
        schemas[key] = {
            "type": "object",
            "required": ["Code", "Message", "RequestId"],
            "properties": {"Code": code_schema, "Message": {"type": "string"}, "RequestId": {"type": "string"}},
        }
        listed = ", ".join(sorted({str(r["code"]) for r in rows}))
        responses[status] = {
            "description": f"Documented errors: {listed}",
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{key}"}}},
        }
    return responses, schemas


def openapi(group: list[dict[str, Any]]) -> dict[str, Any]:
    first = group[0]
    product = first.get("product") or first["product_key"]
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for spec in group:
        op = spec["operation"]
        req = {k: v for k, v in request_schema(spec).items() if k != "$schema"}
        schemas[f"{op}Request"] = req
        schemas[f"{op}Response"] = response_schema(spec)
        errors, error_schemas = error_responses(spec, op)
        schemas.update(error_schemas)
        paths[f"/{op}"] = {"post": {
            "operationId": op,
            "summary": str(spec.get("summary") or op),
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{op}Request"}}}},
            "responses": {"200": {"description": "Success", "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{op}Response"}}}}, **errors},
            "x-errkb-rpc": {"action": op, "version": str(spec.get("api_version", "")),
                            "request": f"POST /?Action={op}&Version={spec.get('api_version', '')}&<parameters>"},
        }}
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": DIALECT,
        "info": {"title": f"{product} API (errkb export)", "version": str(first.get("api_version") or "0"),
                 "description": f"{first.get('product_name') or product}: requests and documented errors, one "
                                f"path per RPC operation (`/<Operation>`, JSON body)."},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def render(specs: list[dict[str, Any]], env: jinja2.Environment) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for key, group in by_product(specs).items():
        pkg = naming.product_package(key)
        for spec in group:
            files[f"generated/schemas/{pkg}/{spec['operation']}.request.json"] = dumps(request_schema(spec))
        files[f"generated/openapi/{pkg}.openapi.json"] = dumps(openapi(group))
    return files
