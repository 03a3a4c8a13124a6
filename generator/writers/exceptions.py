"""`generated/<product>/errors.py`: one exception class per documented error code of a product.

Codes are gathered over every operation of the product; a code documented with several statuses,
messages or descriptions keeps all of them (tuples, in page order). A templated code
(`InvalidParameter.%s`) becomes a `PatternError` class matching the concrete codes. Four
undocumented classes cover checks the pages give no code for (`errkb.MissingParameter`, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import jinja2

from .. import naming
from ..errors import SpecError
from .package import by_product, lit

UNDOCUMENTED = (
    ("errkb.MissingParameter", "A required request parameter is missing."),
    ("errkb.InvalidType", "A request parameter has a value of the wrong type."),
    ("errkb.InvalidValue", "A request parameter breaks a documented rule the page gives no error code for."),
    ("errkb.UnknownParameter", "The request holds a parameter the operation does not document."),
)
# Names the generated errors module defines besides the classes.
MODULE_NAMES = frozenset({"REGISTRY", "PATTERNS", "UNDOCUMENTED", "lookup", "from_response", "from_sdk",
                          "translate", "annotations"})


@dataclass
class CodeInfo:
    code: str
    statuses: list[int | str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    operations: list[str] = field(default_factory=list)
    pattern: dict[str, Any] | None = None


def _add(values: list[Any], value: Any) -> None:
    if value not in values and value not in (None, ""):
        values.append(value)


def collect(specs: list[dict[str, Any]]) -> dict[str, CodeInfo]:
    """Every documented code of one product's specs, with everything documented about it."""
    out: dict[str, CodeInfo] = {}
    for spec in specs:
        for err in spec.get("errors", []):
            code = err["code"]
            info = out.setdefault(code, CodeInfo(code))
            status = err.get("status")
            if isinstance(status, int) or (isinstance(status, str) and status.strip()):
                _add(info.statuses, status)
            _add(info.messages, err.get("message"))
            _add(info.descriptions, err.get("description"))
            _add(info.operations, spec["operation"])
            if err.get("pattern") and info.pattern is None:
                info.pattern = _checked_pattern(err["pattern"], spec, code)
    return out


def _checked_pattern(pattern: dict[str, Any], spec: dict[str, Any], code: str) -> dict[str, Any]:
    where = f"spec/{spec['product_key']}/{spec['operation']}.json"
    regex = pattern.get("regex")
    if not isinstance(regex, str):
        raise SpecError(f"error {code!r}: pattern has no regex", file=where)
    try:
        re.compile(regex)
    except re.error as exc:
        raise SpecError(f"error {code!r}: pattern does not compile: {exc}", file=where) from None
    holders = [h for h in pattern.get("placeholders", []) if isinstance(h, str)]
    return {"regex": regex, "placeholders": holders}


def class_names(key: str, infos: dict[str, CodeInfo]) -> tuple[str, dict[str, str]]:
    """The product base class name and code → class name for documented and undocumented codes."""
    base = naming.product_class(key)
    reserved = set(MODULE_NAMES) | {base}
    names = naming.class_names(list(infos) + [c for c, _ in UNDOCUMENTED], reserved)
    return base, names


def _doc(code: str, info: CodeInfo) -> str:
    lines = [f"Error code {code}."]
    if info.statuses:
        lines.append("HTTP status: " + ", ".join(str(s) for s in info.statuses) + ".")
    for m in info.messages:
        lines.append(f"Message: {m}")
    for d in info.descriptions:
        if d != "-":
            lines.append(f"Description: {d}")
    if info.operations:
        lines.append("Documented for: " + ", ".join(info.operations) + ".")
    return "\n\n".join(lines)


def _specificity(info: CodeInfo) -> tuple[int, str]:
    literal = info.code
    for h in (info.pattern or {}).get("placeholders", []):
        literal = literal.replace(h, "")
    return (-len(literal), info.code)


def render_product(key: str, specs: list[dict[str, Any]], env: jinja2.Environment) -> bytes:
    infos = collect(specs)
    base, names = class_names(key, infos)
    product = specs[0].get("product", key)
    classes = []
    for code in sorted(infos):
        info = infos[code]
        classes.append({
            "name": names[code],
            "doc": lit(_doc(code, info)),
            "code": lit(code),
            "statuses": lit(tuple(info.statuses)),
            "messages": lit(tuple(info.messages)),
            "descriptions": lit(tuple(info.descriptions)),
            "operations": lit(tuple(info.operations)),
            "pattern": lit(info.pattern["regex"]) if info.pattern else None,
            "placeholders": lit(tuple(info.pattern["placeholders"])) if info.pattern else None,
        })
    undocumented = [
        {"name": names[code], "code": lit(code), "doc": lit(f"{text} (Not from the documents.)"),
         "statuses": lit((400,)), "messages": lit((text,))}
        for code, text in UNDOCUMENTED
    ]
    patterns = [names[i.code] for i in sorted((i for i in infos.values() if i.pattern), key=_specificity)]
    return env.get_template("errors.py.j2").render(
        docstring=lit(f"Typed errors of {product} ({key}), generated from its API reference pages."),
        base=base,
        base_doc=lit(f"Base class of every {product} API error; catch it to catch them all."),
        product=lit(key),
        classes=classes,
        undocumented=undocumented,
        registry=[(lit(code), names[code]) for code in sorted(infos)],
        patterns=patterns,
    ).encode("utf-8")


def render(specs: list[dict[str, Any]], env: jinja2.Environment) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for key, group in by_product(specs).items():
        pkg = naming.product_package(key)
        files[f"generated/{pkg}/errors.py"] = render_product(key, group, env)
    return files
