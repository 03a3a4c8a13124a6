"""Error-code rows: every row of every error table, in page order."""

from __future__ import annotations

import re
from typing import Any

from ..document import Document
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


def error_entries(doc: Document, tables: list[T.RoledTable] | None = None) -> list[dict[str, Any]]:
    """The rows of `tables` (by default the document's error tables, found by `T.find_tables`)."""
    out: list[dict[str, Any]] = []
    for table, roles in T.find_tables(doc, T.ERROR_SECTIONS, "code") if tables is None else tables:
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
