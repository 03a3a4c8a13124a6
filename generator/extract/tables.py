"""Find the parameter, response and error tables of a document and map their columns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document, Row, Section, Table, fold

REQUEST_SECTIONS = ("Request parameters",)
RESPONSE_SECTIONS = ("Response parameters", "Return parameters")
ERROR_SECTIONS = ("Error codes", "Errors")

_ROLE_NAMES = {
    "name": ("parameter", "parameters", "name", "field", "parameter name", "field name"),
    "type": ("type", "data type"),
    "required": ("required", "is required", "mandatory"),
    "example": ("example", "example value", "sample", "sample value"),
    "description": ("description", "meaning", "remarks", "details"),
    "status": ("httpcode", "http code", "http status code", "http status", "status code", "http status codes"),
    "code": ("error code", "errorcode", "code"),
    "message": ("error message", "errormessage", "message"),
}
_ROLE_OF = {alias: role for role, aliases in _ROLE_NAMES.items() for alias in aliases}


def column_role(header: str) -> str | None:
    """The role of a column from its header text; tolerant of `?` and cut-off headers."""
    key = fold(header).lower().rstrip("?:").strip()
    if key in _ROLE_OF:
        return _ROLE_OF[key]
    if key.startswith(("http sta", "http code")):
        return "status"
    return None


@dataclass(frozen=True)
class MappedRow:
    """One table row with its cells looked up by role."""

    row: Row
    values: dict[str, str]

    def get(self, role: str) -> str:
        return self.values.get(role, "")

    def paragraphs(self, role: str, roles: list[str | None]) -> tuple[str, ...]:
        for k, r in enumerate(roles):
            if r == role and k < len(self.row.cells):
                return self.row.cells[k].paragraphs
        return ()


def map_table(table: Table) -> tuple[list[str | None], list[MappedRow]]:
    roles = [column_role(h) for h in table.header]
    rows = []
    for row in table.rows:
        values: dict[str, str] = {}
        for role, cell in zip(roles, row.cells):
            if role and role not in values:
                values[role] = cell.text
        rows.append(MappedRow(row, values))
    return roles, rows


def _section(doc: Document, names: tuple[str, ...]) -> list[Section]:
    wanted = {n.lower() for n in names}
    return [s for s in doc.sections if re.sub(r"\s+", " ", s.title).strip().lower() in wanted]


def request_table(doc: Document) -> Table | None:
    """The first parameter table of the Request parameters section."""
    for sec in _section(doc, REQUEST_SECTIONS):
        for t in sec.tables():
            if "name" in {column_role(h) for h in t.header}:
                return t
    return None


def response_tables(doc: Document) -> list[Table]:
    out = []
    for sec in _section(doc, RESPONSE_SECTIONS):
        out += [t for t in sec.tables() if "name" in {column_role(h) for h in t.header}]
    return out


def error_tables(doc: Document) -> list[Table]:
    out = []
    for sec in _section(doc, ERROR_SECTIONS):
        out += [t for t in sec.tables() if "code" in {column_role(h) for h in t.header}]
    return out
