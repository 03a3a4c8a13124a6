"""Pieces shared by the text-based readers: heading vocabulary and block assembly."""

from __future__ import annotations

import re

from ..document import Block, Document, Loc, Paragraph, Section, Table, fold

# Section titles of API reference pages. Text copies carry headings as plain lines, so a
# reader only treats a line as a heading when it is one of these (case-insensitive).
SECTION_TITLES = (
    "Description",
    "API description",
    "Debugging",
    "Debug",
    "Make the API call",
    "Authorization information",
    "Request parameters",
    "Request parameter",
    "Request elements",
    "Response parameters",
    "Response parameter",
    "Return parameters",
    "Response elements",
    "Request structure",
    "Response structure",
    "Examples",
    "Example",
    "Request example",
    "Response example",
    "Sample requests",
    "Sample success responses",
    "Sample error responses",
    "Error codes",
    "Errors",
    "Error code",
    "Common errors",
    "SDK examples",
    "Usage notes",
    "Operation description",
    "Request syntax",
    "Response syntax",
    "Change history",
    "Limits",
    # the same sections on the vendor's Chinese pages
    "请求参数",
    "返回参数",
    "返回数据",
    "错误码",
    "特殊错误码",
    "公共错误码",
    "请求头",
    "请求语法",
    "授权信息",
    "示例",
    "调试",
    "接口说明",
    "变更历史",
)
_TITLE_KEYS = {t.lower(): t for t in SECTION_TITLES}
_TITLE_KEYS.update({"errors codes": "Error codes", "error codes.": "Error codes"})  # (slips of real pages)
# Sub-headings (inside Examples) that are not top-level sections.
SUBSECTION_TITLES = {"sample success responses", "sample error responses", "sample requests"}

_HEADING_ATTR = re.compile(r"\s*\{\s*[#.][^{}]*\}\s*$")  # `{#id .section}`, not `{"Format":"mp4"}`


def heading_key(line: str) -> str | None:
    """The canonical section title if `line` is a known heading, else None."""
    text = _HEADING_ATTR.sub("", fold(line)).rstrip(":").strip()
    return _TITLE_KEYS.get(text.lower())


def clean_heading(line: str) -> str:
    return _HEADING_ATTR.sub("", fold(line)).strip()


class SectionBuilder:
    """Collects blocks under the current heading and yields the finished Document."""

    def __init__(self, origin: str, fmt: str) -> None:
        self.origin = origin
        self.fmt = fmt
        self.sections: list[Section] = []
        self._title = ""
        self._level = 0
        self._loc = Loc(origin, line=1)
        self._blocks: list[Block] = []

    def heading(self, title: str, level: int, loc: Loc) -> None:
        self._flush()
        self._title, self._level, self._loc = title, level, loc

    @property
    def title(self) -> str:
        """The title of the section being collected."""
        return self._title

    def add(self, block: Block) -> None:
        self._blocks.append(block)

    def paragraph(self, text: str, loc: Loc, kind: str = "text") -> None:
        text = fold(text) if kind != "code" else text.strip("\n")
        if text:
            self._blocks.append(Paragraph(text, loc, kind))

    def _flush(self) -> None:
        if self._blocks or self._title:
            self.sections.append(Section(self._title, self._level, self._loc, tuple(self._blocks)))
        self._blocks = []

    def document(self, title: str | None, meta: dict[str, str]) -> Document:
        self._flush()
        return Document(self.origin, self.fmt, title, tuple(self.sections), meta)


def fit_cells(cells: list[str], header: tuple[str, ...] | list[str]) -> list[str]:
    """A bare bar inside a description splits it: give the surplus cells back to that column."""
    if len(cells) <= len(header) or not header:
        return cells + [""] * (len(header) - len(cells))
    while len(cells) > len(header) and not cells[-1].strip():
        cells = cells[:-1]  # (`| |` closing a row: an empty cell past the header's)
    extra = len(cells) - len(header)
    if not extra:
        return cells
    lowered = [h.strip().lower() for h in header]
    target = lowered.index("description") if "description" in lowered else len(header) - 1
    merged = "|".join(c.strip() for c in cells[target : target + extra + 1])
    return cells[:target] + [merged] + cells[target + extra + 1 :]


def tables_of(doc: Document) -> list[Table]:
    return [t for s in doc.sections for t in s.tables()]
