"""Find the parameter, response and error tables of a document and map their columns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document, Row, Section, Table, fold

# The Chinese names are those of the same pages on the vendor's Chinese site.
REQUEST_SECTIONS = ("Request parameters", "请求参数")
RESPONSE_SECTIONS = ("Response parameters", "Return parameters", "返回参数", "返回数据")
ERROR_SECTIONS = ("Error codes", "Errors", "错误码")

_ROLE_NAMES = {
    "name": ("parameter", "parameters", "name", "field", "parameter name", "field name", "名称", "参数", "参数名"),
    "type": ("type", "data type", "类型"),
    "required": ("required", "is required", "mandatory", "是否必选", "是否必填", "必填", "必选"),
    "example": ("example", "example value", "sample", "sample value", "示例值", "示例"),
    "description": ("description", "meaning", "remarks", "details", "semantics", "描述", "说明"),
    "status": (
        "httpcode", "http code", "http status code", "http status", "status code", "http status codes",
        "http状态码", "http 状态码", "状态码",
    ),
    "code": ("error code", "errorcode", "code", "错误码", "错误代码"),
    "message": ("error message", "errormessage", "message", "错误信息"),
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


def table_roles(header: tuple[str, ...] | list[str]) -> list[str | None]:
    """Column roles of a header; an error table with two description-like columns and no message
    column (`Error code | Description | HTTP status code | Semantics`) shows the message first."""
    roles = [column_role(h) for h in header]
    if "code" in roles and "message" not in roles and roles.count("description") >= 2:
        roles[roles.index("description")] = "message"
    return roles


def map_table(table: Table) -> tuple[list[str | None], list[MappedRow]]:
    roles = table_roles(table.header)
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
