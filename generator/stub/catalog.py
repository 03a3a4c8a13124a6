"""What the stub serves: one product's operations, read from the canonical specs, each with its
generated validator, its documented error rows and a success body shaped by its response schema."""

from __future__ import annotations

import copy
import importlib
import json
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import naming
from ..errors import ErrkbError, SpecError

# Parameters of the RPC protocol itself; never handed to an operation's validator unless it documents them.
COMMON_PARAMETERS = frozenset({
    "Action", "Version", "Format", "Timestamp", "SignatureNonce", "SignatureMethod", "SignatureVersion",
    "SignatureType", "AccessKeyId", "Signature", "SecurityToken", "BearerToken", "RegionId",
})


@dataclass(frozen=True)
class ErrorRow:
    status: int
    code: str
    message: str
    regex: re.Pattern[str] | None = None
    placeholders: tuple[str, ...] = ()

    def fill(self, code: str) -> tuple[int, str, str] | None:
        """(status, code, message) when `code` is this row's code or matches its pattern."""
        if self.regex is None:
            return (self.status, self.code, self.message) if code == self.code else None
        m = self.regex.fullmatch(code)
        if m is None:
            return None
        message = self.message
        for i, ph in enumerate(self.placeholders):
            message = message.replace(ph, m.group(f"p{i}") if f"p{i}" in m.groupdict() else m.group(i + 1), 1)
        return (self.status, code, message)


def _status(value: Any) -> int:
    try:
        status = int(value)
    except (TypeError, ValueError):
        return 400
    return status if 400 <= status <= 599 else 400


def _rows(spec: Mapping[str, Any]) -> list[ErrorRow]:
    rows = []
    for e in spec.get("errors", []):
        if e.get("removed"):
            continue
        pattern = e.get("pattern")
        regex = re.compile(pattern["regex"]) if pattern else None
        rows.append(ErrorRow(_status(e["status"]), e["code"], e.get("message", ""), regex,
                             tuple(pattern["placeholders"]) if pattern else ()))
    return rows


_PLACEHOLDER_VALUES = {"string": "example", "integer": 1, "long": 1, "boolean": True, "float": 1.0,
                       "double": 1.0, "array": [], "object": {}}


def _example(field_spec: Mapping[str, Any]) -> Any:
    ftype = str(field_spec.get("type", "string")).lower()
    example = field_spec.get("example")
    if ftype.startswith("array"):
        return [] if example is None else [example]
    if ftype in {"object", "struct", "map"}:
        return {}
    if example is None:
        return _PLACEHOLDER_VALUES.get(ftype, "example")
    if ftype in {"integer", "long", "int32", "int64"}:
        try:
            return int(example)
        except ValueError:
            return 1
    if ftype == "boolean":
        return example.strip().lower() == "true"
    return example


def success_body(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The documented sample success body, or one built from the response fields (``parent`` nests)."""
    for sample in spec.get("samples", []):
        if sample.get("kind") == "success" and sample.get("format") == "json" and isinstance(sample.get("body"),
                                                                                             dict):
            return copy.deepcopy(sample["body"])
    fields = [f for f in spec.get("response", []) if not f.get("removed")]
    by_name: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for f in fields:
        value = _example(f)
        by_name[f.get("field") or f["name"]] = value
        parent = f.get("parent")
        holder = by_name.get(parent) if parent else body
        if isinstance(holder, list):
            if not holder:
                holder.append({})
            holder = holder[0]
        if isinstance(holder, dict):
            holder[f["name"]] = value
        else:
            body[f["name"]] = value
    return body


Validator = Callable[[Mapping[str, Any]], Any]


@dataclass
class Operation:
    name: str
    version: str
    spec: dict[str, Any]
    validate: Validator
    rows: list[ErrorRow] = field(default_factory=list)
    body: dict[str, Any] = field(default_factory=dict)
    parameters: frozenset[str] = frozenset()

    def error(self, code: str) -> tuple[int, str, str] | None:
        """(status, code, message) of the first documented row for `code`, exact rows before patterns."""
        for row in sorted(self.rows, key=lambda r: r.regex is not None):
            filled = row.fill(code)
            if filled is not None:
                return filled
        return None

    def concrete(self, code: str) -> str:
        """A pattern code written as documented (``InvalidParameter.%s``) filled with a parameter name."""
        for row in self.rows:
            if row.regex is not None and row.code == code:
                name = min(self.parameters) if self.parameters else "Parameter"
                for ph in row.placeholders:
                    code = code.replace(ph, name, 1)
        return code


def _import_validator(root: Path, product_key: str, module: str) -> Validator:
    module_name = f"generated.{naming.product_package(product_key)}.{module}"
    base = str(root.resolve())
    if (root / "generated" / "__init__.py").is_file() and base not in sys.path:
        sys.path.insert(0, base)
    try:
        loaded = importlib.import_module(module_name)
    except ImportError as exc:
        raise ErrkbError(f"cannot import {module_name} ({exc}); run `errkb build` first",
                         file=str(root / "generated" / product_key)) from None
    validate = getattr(loaded, "validate", None)
    if not callable(validate):
        raise ErrkbError(f"{module_name} has no validate(request)", file=getattr(loaded, "__file__", None))
    return validate  # type: ignore[no-any-return]


@dataclass
class Catalog:
    product_key: str
    product: str
    version: str
    operations: dict[str, Operation]


def load(root: Path, product_key: str = "ens") -> Catalog:
    """Every operation of `product_key` under ``root/spec/``, with its generated validator."""
    folder = root / "spec" / product_key
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise SpecError(f"no specs for product {product_key!r}; run `errkb build`", file=str(folder))
    specs = []
    for path in files:
        try:
            specs.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise SpecError(f"cannot read spec: {exc}", file=str(path)) from None
    modules = naming.operation_modules(spec["operation"] for spec in specs)
    operations: dict[str, Operation] = {}
    versions = set()
    product = product_key.upper()
    for spec in specs:
        name = spec["operation"]
        versions.add(spec["api_version"])
        product = spec.get("product", product)
        operations[name] = Operation(
            name=name, version=spec["api_version"], spec=spec,
            validate=_import_validator(root, product_key, modules[name]), rows=_rows(spec), body=success_body(spec),
            parameters=frozenset(p["name"] for p in spec.get("request", []) if not p.get("removed")))
    if len(versions) != 1:
        raise SpecError(f"operations of {product_key!r} disagree on the API version: {sorted(versions)}",
                        file=str(folder))
    return Catalog(product_key, product, versions.pop(), operations)
