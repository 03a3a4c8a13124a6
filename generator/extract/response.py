"""Response fields: every row of the response tables, flattened in order, with nesting."""

from __future__ import annotations

import re
from typing import Any

from ..document import Document
from . import tables as T
from .extras import sample_data

_TREE = re.compile(r"^[\s└├│─|-]+")


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "Float"
    if isinstance(value, list):
        return "Array"
    if isinstance(value, dict):
        return "Object"
    return "String"


def _depth(raw: str) -> int:
    """How deep a name is drawn into the tree: the length of its `└`/`│`/space prefix."""
    m = _TREE.match(raw)
    return m.end() if m else 0


def response_fields(doc: Document, tables: list[T.RoledTable] | None = None) -> list[dict[str, Any]]:
    """The rows of `tables` (by default the document's response tables, found by `T.find_tables`)."""
    out: list[dict[str, Any]] = []
    containers: list[tuple[int, str]] = []  # (depth, name) of the open container fields
    for table, roles in T.find_tables(doc, T.RESPONSE_SECTIONS, "name") if tables is None else tables:
        _, rows = T.map_table(table, roles)
        named = [mr for mr in rows if mr.get("name") and not T.is_placeholder_row(mr.get("name"))]
        depths = [_depth(mr.get("name")) for mr in named]
        for k, mr in enumerate(named):
            raw = mr.get("name")
            depth = depths[k]
            # A row whose next row is drawn deeper holds that row, whatever its type says (`N/A`, `-`).
            holds_next = k + 1 < len(named) and depths[k + 1] > depth
            name = raw[depth:].strip()  # `_TREE` removed: it matches the first `depth` characters
            ftype = mr.get("type")
            field: dict[str, Any] = {"name": raw, "type": ftype}
            if name != raw:
                field["field"] = name
            while containers and containers[-1][0] >= depth and depth > 0:
                containers.pop()
            if depth and containers:
                field["parent"] = containers[-1][1]
            desc = mr.get("description")
            if desc:
                field["description"] = desc
            ex = mr.get("example")
            if ex:
                field["example"] = ex
            field["source"] = mr.row.loc.to_json()
            out.append(field)
            low = ftype.lower()
            if low.startswith(("array", "list", "struct", "object")) or not ftype or holds_next:
                containers.append((depth, name))
    if not out:
        out = _from_samples(doc)
    return out


def _from_samples(doc: Document) -> list[dict[str, Any]]:
    """No response table: take top-level fields and their types from the sample success body."""
    for data, loc in sample_data(doc):
        if isinstance(data, dict):
            return [
                {"name": k, "type": _json_type(v), "inferred": "sample", "source": loc.to_json()}
                for k, v in data.items()
            ]
    return []
