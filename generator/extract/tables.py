"""Find the parameter, response and error tables of a document and map their columns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document, Row, Section, Table, fold

# The Chinese names are those of the same pages on the vendor's Chinese site.
# (`Request structure`: the message of a protobuf API, Tablestore's)
REQUEST_SECTIONS = ("Request parameters", "Request parameter", "Request elements", "Request structure", "请求参数")
RESPONSE_SECTIONS = (
    "Response parameters", "Response parameter", "Return parameters", "Response elements", "Response structure",
    "返回参数", "返回数据",
)
# `Common errors`: the errors every operation of a product can return, listed on its pages
ERROR_SECTIONS = ("Error codes", "Errors", "Error code", "Common errors", "错误码", "特殊错误码", "公共错误码")

_ROLE_NAMES = {
    "name": (
        "parameter", "parameters", "name", "field", "parameter name", "field name", "element", "名称", "参数", "参数名",
    ),
    "type": ("type", "data type", "类型"),
    "required": (
        "required", "is required", "mandatory", "required or not", "required or optional", "是否必选", "是否必填",
        "是否必需", "是否必须", "必填", "必选",
    ),
    # where the parameter goes in the request (RESTful operations): Query, Path, Body, Header...
    "position": ("position", "location", "parameter position", "参数位置", "位置"),
    "example": ("example", "example value", "sample", "sample value", "示例值", "示例"),
    "description": ("description", "meaning", "remarks", "details", "semantics", "描述", "说明"),
    "status": (
        "httpcode", "http code", "http status code", "http status", "status code", "http status codes",
        "http状态码", "http 状态码", "状态码",
    ),
    "code": ("error code", "error codes", "errorcode", "code", "错误码", "错误代码"),
    "message": ("error message", "errormessage", "message", "错误信息"),
}
_ROLE_OF = {alias: role for role, aliases in _ROLE_NAMES.items() for alias in aliases}


PLACEHOLDER_ROW = re.compile(r"<[^<>]{2,80}>")  # `<Common request parameters>`


# a row named for the common parameters themselves (`公共请求参数`, `Common request parameters`)
_COMMON_PARAMETERS = re.compile(r"公共(请求)?参数|common (request )?parameters", re.IGNORECASE)


def is_placeholder_row(name: str) -> bool:
    """`<Common request parameters>`, `公共请求参数`: a row that stands for the common parameters, not
    one of its own."""
    text = name.strip()
    return PLACEHOLDER_ROW.fullmatch(text) is not None or _COMMON_PARAMETERS.fullmatch(text) is not None


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


def map_table(table: Table, roles: list[str | None] | None = None) -> tuple[list[str | None], list[MappedRow]]:
    """The table's column roles (`roles` when the caller has them already) and its mapped rows."""
    if roles is None:
        roles = table_roles(table.header)
    # the first column of each role, in column order
    firsts: list[tuple[int, str]] = []
    for k, role in enumerate(roles):
        if role and all(r != role for _, r in firsts):
            firsts.append((k, role))
    rows = []
    for row in table.rows:
        cells = row.cells
        n = len(cells)
        # `cells[k].text`, written out: this runs for every cell of every table
        rows.append(MappedRow(row, {role: " ".join(" ".join(cells[k].paragraphs).split()) for k, role in firsts if k < n}))
    return roles, rows


def _section(doc: Document, names: tuple[str, ...]) -> list[Section]:
    wanted = {n.lower() for n in names}
    return [s for s in doc.sections if section_title(s.title) in wanted]


# `Error codes.`, `Errors codes`: the same title with a stray full stop or plural
_TITLE_SLIPS = re.compile(r"^errors codes$")


def section_title(title: str) -> str:
    """A section's title as the section lists above spell it (lower case, no final full stop)."""
    key = fold(title).lower().rstrip(".:： ").strip()
    return "error codes" if _TITLE_SLIPS.match(key) else key


RoledTable = tuple[Table, list[str | None]]


def find_tables(
    doc: Document, names: tuple[str, ...], role: str, first: bool = False, sections: list[Section] | None = None
) -> list[RoledTable]:
    """The tables of the sections titled `names` (or of `sections`, found so already) that have a
    column of `role`, with their column roles (so mapping them does not work the roles out again);
    only the first one if `first`."""
    out: list[RoledTable] = []
    for sec in _section(doc, names) if sections is None else sections:
        for t in sec.tables():
            roles = table_roles(t.header)
            if role in roles:
                out.append((t, roles))
                if first:
                    return out
    return out


@dataclass(frozen=True)
class PageTables:
    """The request, response and error tables of one document, found in one pass."""

    request: RoledTable | None
    response: list[RoledTable]
    errors: list[RoledTable]


# normalised section title → 0 (request), 1 (response) or 2 (errors)
_SECTION_KIND = {n.lower(): k for k, names in enumerate((REQUEST_SECTIONS, RESPONSE_SECTIONS, ERROR_SECTIONS)) for n in names}


def page_tables(doc: Document) -> PageTables:
    found: tuple[list[Section], list[Section], list[Section]] = ([], [], [])
    for s in doc.sections:
        kind = _SECTION_KIND.get(section_title(s.title))
        if kind is not None:
            found[kind].append(s)
    if not found[1] and len(found[0]) > 1:
        # a page that titles its response table `Request parameters` once more: a later section of
        # the same title whose tables have no Required column describes the response
        title = section_title(found[0][0].title)
        later = [sec for sec in found[0][1:] if section_title(sec.title) == title and sec.tables() and not any(
            "required" in table_roles(t.header) for t in sec.tables())]
        found[1].extend(later)
        found[0][1:] = [sec for sec in found[0][1:] if section_title(sec.title) != title]
    request = find_tables(doc, REQUEST_SECTIONS, "name", first=True, sections=found[0])
    return PageTables(
        request[0] if request else None,
        find_tables(doc, RESPONSE_SECTIONS, "name", sections=found[1]),
        find_tables(doc, ERROR_SECTIONS, "code", sections=found[2]),
    )


def request_table(doc: Document) -> Table | None:
    """The first parameter table of the Request parameters section."""
    found = find_tables(doc, REQUEST_SECTIONS, "name", first=True)
    return found[0][0] if found else None


def response_tables(doc: Document) -> list[Table]:
    return [t for t, _ in find_tables(doc, RESPONSE_SECTIONS, "name")]


def error_tables(doc: Document) -> list[Table]:
    return [t for t, _ in find_tables(doc, ERROR_SECTIONS, "code")]
