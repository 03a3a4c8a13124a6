"""Error-code rows: every row of every error table, in page order."""

from __future__ import annotations

import re
from typing import Any

from ..document import Document, Table
from . import tables as T

_PLACEHOLDER = re.compile(r"%[sd]|\{[A-Za-z_][A-Za-z0-9_]*\}|\$\{[A-Za-z_]+\}")


_STATUS = re.compile(r"\s*(\d{3})\s*")


def parse_status(text: str) -> int | str:
    m = _STATUS.fullmatch(text)
    return int(m.group(1)) if m else text.strip()


def code_pattern(code: str) -> dict[str, Any] | None:
    """A templated code such as `InvalidParameter.%s` → an anchored regex and its placeholders."""
    if "%" not in code and "{" not in code:  # every placeholder holds one of them
        return None
    holders = _PLACEHOLDER.findall(code)
    if not holders:
        return None
    parts = _PLACEHOLDER.split(code)
    regex = "".join(
        re.escape(p) + (f"(?P<p{k}>[^\\s]+)" if k < len(holders) else "") for k, p in enumerate(parts)
    )
    return {"regex": "^" + regex + "\\Z", "placeholders": holders, "dialect": "python"}


_CODE_LIKE = re.compile(r"[A-Za-z][\w.%{}:/-]*")


def _realign(table: Table, roles: list[str | None]) -> list[str | None]:
    """Column roles from the cells when the header contradicts them: a header shifted by one column
    (`错误ID | 错误代码 | 描述 | Http 状态码` over `code | message | status | description` rows) has no
    status in its status column and one column of nothing but statuses elsewhere."""
    if "status" not in roles or not table.rows:
        return roles
    ncol = len(roles)
    cols = [[r.cells[k].text for r in table.rows if k < len(r.cells) and r.cells[k].text] for k in range(ncol)]
    numeric = [k for k in range(ncol) if cols[k] and all(_STATUS.fullmatch(v) for v in cols[k])]
    at = roles.index("status")
    if any(_STATUS.fullmatch(v) for v in cols[at]) or len(numeric) != 1:
        return roles
    coded = [k for k in range(ncol) if k not in numeric and cols[k] and all(_CODE_LIKE.fullmatch(v) for v in cols[k])]
    if not coded:
        return roles
    out: list[str | None] = [None] * ncol
    out[numeric[0]] = "status"
    out[coded[0]] = "code"
    texts = iter(("message", "description"))
    for k in range(ncol):
        if out[k] is None and cols[k]:
            out[k] = next(texts, None)
    return out


def error_entries(doc: Document, tables: list[T.RoledTable] | None = None) -> list[dict[str, Any]]:
    """The rows of `tables` (by default the document's error tables, found by `T.find_tables`)."""
    out: list[dict[str, Any]] = []
    for table, roles in T.find_tables(doc, T.ERROR_SECTIONS, "code") if tables is None else tables:
        roles = _realign(table, roles)
        _, rows = T.map_table(table, roles)
        for mr in rows:
            code = mr.get("code")
            if not code:
                continue
            entry: dict[str, Any] = {
                "status": parse_status(mr.get("status")),
                "code": code,
                "message": mr.get("message"),
                "description": mr.get("description"),
            }
            pattern = code_pattern(code)
            if pattern:
                entry["pattern"] = pattern
            src: dict[str, Any] = mr.row.loc.to_json()
            confidence = mr.row.confidence
            if confidence < 1.0:
                src["confidence"] = round(confidence, 2)
            entry["source"] = src
            out.append(entry)
    return out
