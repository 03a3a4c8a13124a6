"""Reader for tag-stripped text copies whose table cells are glued together.

Such a copy is the text of the HTML page with every tag removed and nothing put between cells:

    ParameterTypeRequiredExampleDescription        <- header: column names glued
    RegionIdStringYescn-hangzhou                   <- inline cells of a row, glued on one line

    The ID of the region.                          <- a block cell: one paragraph per line
    400InvalidName.MalformedName is not valid.The error message returned because ...

Headings are plain lines (the known section titles). The lines before the `PRODUCT:Operation`
title are the site's header and breadcrumb, the lines from `Was this page helpful?` on its
footer; the title and the `Last Updated:` line give the metadata. Borders between glued cells
are found by `glued.split_row`; a cell whose border was a close call gets a confidence below 1.
An inline cell that follows a block cell (the Example after the Description) starts a line of
its own: it is the last line of the row's block, glued to the next row, while an empty one
leaves a blank line there. Every other line is a paragraph of its section, in order.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..document import Cell, Document, Loc, Row, Table
from ..extract.tables import PLACEHOLDER_ROW, column_role
from .common import SECTION_TITLES, SectionBuilder, heading_key
from .glued import Split, example_likeness, split_row
from .glued_header import column_known, split_header
from .glued_words import CJK_CHAR, TYPE_WORDS, Lexicon
from .meta import parse_meta_line

_TITLE_WINDOW = 40  # the title is among the first lines, after the site's header
_CHROME = {"all products", "search", "document center", "documentation center", "home", "menu"}
_FOOTER_START = re.compile(r"^(was this (page|topic|document) helpful\??|feedback)$", re.IGNORECASE)
_DATE = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|[A-Z][a-z]{2,8} \d{1,2}, \d{4})")
_HISTORY_OP = re.compile(r"(see changesets|view changes?(?: details)?|view change details|details)$", re.IGNORECASE)
# `ens:CreateSnapshotcreate`: a RAM action (service:Operation) glued to its access level
_ACTION = re.compile(
    r"([a-z][a-z0-9-]*:[A-Z*][A-Za-z0-9*]*?)(create|delete|update|list|get|read|write)?(?=$|[^A-Za-z0-9])"
)
_ELEMENT_TYPE = re.compile(r"of\s+([A-Za-z_]\w*)$|^([A-Za-z_]\w*)\[\]$|<([A-Za-z_]\w*)>$", re.IGNORECASE)
_ROW_HEAD = re.compile(r"[└├│─\s]*[A-Za-z_$@]?[\w.\-\[\]$@]*")
_TYPE_ANY = re.compile("|".join(re.escape(t) for t in TYPE_WORDS), re.IGNORECASE)
# the first words of type words of several words (`Enumerated string`), which the window may cut
_TYPE_OPENING = re.compile("|".join(re.escape(t.split()[0]) for t in TYPE_WORDS if " " in t), re.IGNORECASE)
_ANNOUNCE = re.compile(
    r"\b(the )?(following|below) table\b|\btable below\b|\bconsists of the following (parameters|fields)\b|如下(所示|表)|下表",
    re.IGNORECASE,
)
_BARE_OPERATION = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z0-9]+")
_TYPE_TITLE = re.compile(r"[A-Za-z_][\w.\[\]<> ]{0,60}")
_BARE_NAME = re.compile(r"[└├│─]*([A-Za-z_][\w.]*)")
_HUMP = re.compile(r"[A-Z][a-z0-9]+")
# the orders in which the cells of an error row usually come
_ERROR_LAYOUTS: tuple[tuple[str, ...], ...] = (
    ("status", "code", "message", "description"),
    ("code", "message", "status", "description"),
    ("code", "message", "description", "status"),
    ("message", "code", "description", "status"),
    ("status", "code", "message"),
    ("code", "message", "status"),
)


_CAPITAL = re.compile(r"[A-Z]")
_HEADERS_TITLE = re.compile(r"(?:Request|Response|Common request|Common response) headers?|请求头|响应头|公共请求头|公共响应头", re.IGNORECASE)
_INLINE_LIST_START = re.compile(r"[:：]\s*-\s*\S+(?:\s*\([^()]*\))?$")  # (`:- ReadWrite (default)`)
_CONTAINER_TYPES = frozenset(["list", "array", "set", "map", "repeatlist"])
_IDENT_RUN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_UNTYPED_EXAMPLE = re.compile(r"[\[{\"].*|(?:[0-9']|[A-Z]{2,}(?![a-z]))\S*")
# (one word is enough before a JSON value: `Sources{ "Source": [...] }`)
_CAMEL_THEN_EXAMPLE = re.compile(r"((?:[A-Z][a-z0-9]*[a-z])+)[\[{\"].*|((?:[A-Z][a-z0-9]*[a-z]){2,})(?:[0-9']|[A-Z]{2,}(?![a-z]))\S*")
_TITLED_TYPE = re.compile(r"(?:^|\s)([A-Z][A-Za-z0-9_]*[a-z0-9][A-Za-z0-9_]*)$")  # the type a table title names


def _own_type(ident: str) -> tuple[str, str] | None:
    """A name glued to a type of the page's own, named after it: `DataData` (the type is the name
    again), `MountTargetsMountTargetType`, `ScalingConfigurationsScalingConfigurationSetType` (older
    pages: the element's name, `Set` or `Item`, and `Type`)."""
    half = len(ident) // 2
    if len(ident) % 2 == 0 and half >= 3 and ident[0].isupper() and ident[:half] == ident[half:]:
        return ident[:half], ident[half:]
    if not (ident.endswith("Type") and ident[0].isupper()):
        return None
    for m in _CAPITAL.finditer(ident, 3, len(ident) - 4):
        name, kind = ident[: m.start()], ident[m.start() :]
        stem = kind[:-4]
        for tail in ("Set", "Item", "List"):
            if stem.endswith(tail) and len(stem) > len(tail):
                stem = stem[: -len(tail)]
                break
        if len(stem) >= 3 and (name.startswith(stem) or stem.startswith(name)):
            return name, kind
    return None


def _has_cjk(text: str) -> bool:
    return CJK_CHAR.search(text) is not None
_NAME_START = re.compile(r"[└├│─\s]*[A-Za-z_$@]")
_STATUS = re.compile(r"\d{3}")
_CODE_SHAPE = re.compile(r"[a-z][A-Z]|[._]")
_CONSTANT = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
# notes the vendor puts under a request table (about the common parameters), not a cell's paragraphs
_PAGE_NOTE = re.compile(
    r"(All (Alibaba Cloud )?API operations must include common|For more information about (common|sample) "
    r"(request )?(parameters|requests)|详细参数解释|.{0,20}公共(请求)?参数|调用API时，除了|调用API的请求格式)",
    re.IGNORECASE,
)
_TITLE_FIRST = frozenset(t[0].lower() for t in SECTION_TITLES)


@dataclass
class _Line:
    no: int  # 1-based line number
    text: str  # stripped
    blank_before: bool
    blank_after: bool


@dataclass
class _RowBuf:
    line: _Line
    inline: list[str]
    conf: list[float]
    lines: list[_Line] = field(default_factory=list)


class _Reader:
    def __init__(self, text: str, origin: str) -> None:
        raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.origin = origin
        self.raw = raw[: _footer_start(raw)]
        self.lex = Lexicon.of(self.raw)
        self.sb = SectionBuilder(origin, "text-flat")
        self.meta: dict[str, str] = {}
        self.title: str | None = None
        self._row_cache: dict[tuple[str, tuple[str | None, ...]], Split | None] = {}
        self._headers: dict[str, list[str] | None] = {}
        self._stops: dict[str, str | bool] = {}
        self._locs: dict[int, Loc] = {}  # one (immutable) place per line
        self._described: set[str] | None = None  # the types tables of their own describe

    # -- helpers ---------------------------------------------------------------------------

    def loc(self, no: int) -> Loc:
        found = self._locs.get(no)
        if found is None:
            found = self._locs[no] = Loc(self.origin, line=no)
        return found

    def line(self, i: int) -> _Line:
        return _Line(
            i + 1,
            self.raw[i].strip(),
            i == 0 or not self.raw[i - 1].strip(),
            i + 1 >= len(self.raw) or not self.raw[i + 1].strip(),
        )

    def split(self, text: str, roles: list[str | None]) -> Split | None:
        key = (text, tuple(roles))
        if key not in self._row_cache:
            self._row_cache[key] = split_row(text, roles, self.lex)
        return self._row_cache[key]

    def header(self, text: str) -> list[str] | None:
        if text not in self._headers:
            self._headers[text] = split_header(text, self.lex)
        return self._headers[text]

    def _weak_header(self, text: str) -> bool:
        """A line read as a header of two columns only one of which is a column name (`CommodityType`):
        below a row whose inline cells follow its description, it is more likely that row's last cell."""
        cols = self.header(text)
        return cols is not None and len(cols) == 2 and sum(1 for c in cols if column_known(c)) == 1

    def _phrase_header(self, text: str) -> bool:
        """A Chinese phrase made of two column names (`操作类型`, operation type) below a row: its
        description, not the header of a table without a name column."""
        cols = self.header(text)
        return (
            cols is not None
            and len(cols) == 2
            and _has_cjk(text)
            and not any(column_role(c) in ("name", "code") for c in cols)
        )

    def stops(self, text: str, i: int | None = None) -> bool:
        """A line that ends any table: a heading or another table's header. The title of the section
        the table is in is a heading there only when a table's header follows it (line `i`); else it
        is a description (`返回数据` inside the `返回数据` section)."""
        found = self._stops.get(text)
        if found is None:
            key = _heading(text)
            found = self._stops[text] = (key if key else "") if key or self.header(text) is None else True
        # (the cached value: the heading's key, True for another table's header, "" for neither)
        if not found:
            return False
        if found != self.sb.title:
            return True
        nxt = self._next_text(i) if i is not None else None
        return nxt is not None and self.header(nxt) is not None

    # -- document --------------------------------------------------------------------------

    def read(self) -> Document:
        raw = self.raw
        i = self._title_line()
        if i is None:
            i = 0
            while i < len(raw) and (not raw[i].strip() or _fold(raw[i]).lower() in _CHROME):
                i += 1
        else:
            # what comes before the `PRODUCT:Operation` line is the site's header and breadcrumb
            self.title = _fold(raw[i])
            self.meta.update(parse_meta_line(self.title))
            i += 1
        while i < len(raw):
            text = raw[i].strip()
            if not text:
                i += 1
                continue
            no = i + 1
            key = _heading(text)
            if key:
                self.sb.heading(key, 2, self.loc(no))
                i += 1
                continue
            if not self.sb.sections and text.lower().startswith("last updated"):
                found = parse_meta_line(text)
                if found:
                    self.meta.update(found)
                    i += 1
                    continue
            header = self.header(text)
            if header is not None:
                i = self.table(i, header)
                continue
            self.sb.paragraph(raw[i].rstrip(), self.loc(no))
            i += 1
        if self.title is None:
            self.title = self.meta.get("operation")
        return self.sb.document(self.title, self.meta)

    def _title_line(self) -> int | None:
        """The `PRODUCT:Operation` line heading the page, if one comes before any section."""
        head = self.raw[:_TITLE_WINDOW]
        for k, line in enumerate(head):
            text = line.strip()
            if not text:
                continue
            if _heading(text):
                return None
            if "operation" in parse_meta_line(text):
                return k
            if _BARE_OPERATION.fullmatch(text):
                # a bare operation name as the title, when the date line follows it
                after = [x.strip() for x in head[k + 1 :] if x.strip()][:2]
                if any(x.lower().startswith("last updated") for x in after):
                    return k
        return None

    # -- tables ----------------------------------------------------------------------------

    def table(self, i: int, header: list[str]) -> int:
        roles = [column_role(h) for h in header]
        low = [h.lower() for h in header]
        if "code" in roles and ("message" in roles or "status" in roles):
            return self.error_table(i, header, roles)
        if "name" in roles and ("type" in roles or "description" in roles):
            return self.param_table(i, header, roles)
        if low and ("time" in low[0] or "date" in low[0]):
            return self.history_table(i, header)
        if any("access level" in h for h in low):
            return self.auth_table(i, header)
        return self.generic_table(i, header)

    def _emit(self, header: list[str], rows: list[Row], start: int) -> None:
        self.sb.add(Table(tuple(header), tuple(rows), self.loc(start + 1)))

    def param_table(self, i: int, header: list[str], roles: list[str | None]) -> int:
        start = i
        d = roles.index("description") if "description" in roles else len(roles)
        before, after = roles[:d], roles[d + 1 :]
        has_block = d < len(roles)
        rows: list[_RowBuf] = []
        cur: _RowBuf | None = None
        i += 1
        trailing: list[_Line] = []
        expected: set[str] = set()
        while i < len(self.raw):
            text = self.raw[i].strip()
            if not text:
                i += 1
                continue
            ln = self.line(i)
            if self.stops(text, i) and not (cur is not None and (after and self._weak_header(text) or self._phrase_header(text))):
                if cur is not None and not after and self.header(text) is not None:
                    trailing = self._table_title(cur)
                    if not trailing and not cur.lines and rows and not any(cur.inline[1:]) and cur.line.blank_after:
                        rows.pop()  # a bare name right above a header titles that table
                        trailing = [cur.line]
                break
            found = self._row_start(ln, before, not after, i, expected, cur)
            if found is not None:
                cur = _RowBuf(ln, list(found.cells), list(found.confidence))
                rows.append(cur)
                kind = dict(zip(before, found.cells)).get("type", "")
                m = _ELEMENT_TYPE.search(kind)
                if m:
                    expected.add(m.group(1) or m.group(2) or m.group(3))
            elif cur is not None and has_block:
                cur.lines.append(ln)
            else:
                break
            i += 1
        if rows and rows[-1].lines:
            trailing = self._page_notes(rows[-1]) + trailing
        out = [self._param_row(r, roles, d, after, k == len(rows) - 1) for k, r in enumerate(rows)]
        self._emit(header, out, start)
        for ln in trailing:
            self.sb.paragraph(ln.text, self.loc(ln.no))
        return i

    @staticmethod
    def _page_notes(last: _RowBuf) -> list[_Line]:
        """The paragraphs after a table's last row that are the page's notes on common parameters."""
        k = len(last.lines)
        while k > 1 and _PAGE_NOTE.match(last.lines[k - 1].text):
            k -= 1
        notes = last.lines[k:]
        del last.lines[k:]
        return notes

    def _table_title(self, cur: _RowBuf) -> list[_Line]:
        """Lines above the next table's header that belong to it, not to the last row.

        The title of a nested-type table (`UsageData` above its header), or the sentence that
        announces it (`The following table describes ...`) with what follows it.
        """
        for k in range(len(cur.lines) - 1, max(-1, len(cur.lines) - 6), -1):
            if _ANNOUNCE.search(cur.lines[k].text) or _HEADERS_TITLE.fullmatch(cur.lines[k].text):
                # (or the title of a table of headers: `Request headers`, then what it says of them)
                out = cur.lines[k:]
                del cur.lines[k:]
                return out
        if cur.lines:
            last = cur.lines[-1]
            if (
                _TYPE_TITLE.fullmatch(last.text)
                and len(last.text.split()) <= 3
                and last.blank_before
            ):
                cur.lines.pop()
                return [last]
        return []

    def _row_start(
        self, ln: _Line, before: list[str | None], weak_ok: bool, i: int, expected: set[str], cur: _RowBuf | None
    ) -> Split | None:
        """The inline cells of a row when `ln` starts one, else None."""
        if not before:
            return None
        pseudo = PLACEHOLDER_ROW.match(ln.text)
        if pseudo and before[0] == "name":
            # `<Common request parameters>-Yes`: the row standing for the common parameters
            rest = self.split(ln.text[pseudo.end() :], before[1:]) if len(before) > 1 and pseudo.end() < len(ln.text) else None
            cells = (pseudo.group(0), *(rest.cells if rest else ("",) * (len(before) - 1)))
            return Split(cells, tuple(1.0 for _ in before), 0.0)
        if "type" in before:
            # cheap test first: a row line starts with a name glued to a type word
            head = _ROW_HEAD.match(ln.text)
            if not head:
                return None
            window = ln.text[: head.end() + 4]
            if head.end() != len(ln.text) and not (_TYPE_ANY.search(window) or _TYPE_OPENING.search(window)) and "[]" not in window:
                return self._untyped_row(ln.text, before, cur)
        sp = self.split(ln.text, before)
        strong = sp is not None and self._typed(sp, before, ln.text)
        if not strong:
            untyped = self._untyped_row(ln.text, before, cur)
            if untyped is not None:
                return untyped
        bare = _BARE_NAME.fullmatch(ln.text)
        if bare and "name" in before and not bare.group(1).endswith("."):
            # (`GetInstanceList.` alone on a line ends the sentence above it: names end in no dot)
            # a row whose other inline cells are empty (`SourceModel`, `EipInfo`): a name the
            # samples use or the type of the row above announced, a line glued to the next
            # row, or a CamelCase name standing alone where a row may start
            ident = bare.group(1)
            name_only = Split(tuple(ln.text if r == "name" else "" for r in before), tuple(1.0 for _ in before), 0.0)
            own = (_own_type(ident) or self._described_type(ident)) if "type" in before and not strong else None
            if own is not None:
                tree = ln.text[: bare.start(1)]
                owned = {"name": tree + own[0], "type": own[1]}
                return Split(tuple(owned.get(r or "", "") for r in before), tuple(0.8 for _ in before), 0.0)
            if self._continues(cur, ident, before) or self._in_value_list(cur):
                pass
            elif ident in expected or ident in self.lex.names:
                split = dict(zip(before, sp.cells)) if sp else {}
                # (`TopicList`, a key of the samples, rather than `Topic` of type `List`: a line
                # holding a name and a container type and nothing else names the container)
                container = split.get("type", "").lower() in _CONTAINER_TYPES and not any(
                    v for r, v in split.items() if r not in ("name", "type")
                )
                if not (strong and split.get("name", "") in self.lex.names) or container and ident in self.lex.names:
                    return name_only
            elif sp is not None and strong and ident[0].isupper() and not dict(zip(before, sp.cells)).get("name"):
                # `List` alone: a capitalised name whose row has no type, not a type without a name
                # (a row without a name is a response's root, whose type is written in lower case)
                return name_only
            elif not strong and weak_ok:
                glued_next = not ln.blank_after and self._strong_next(i, before)
                # (one capitalised word alone below a Chinese description is no sentence of it either)
                # (but not below an identifier standing alone in the description: the fields of a
                # JSON value, listed one by one, `FailureToleranceCount` then `MaxConcurrentCount`)
                compound = (
                    ln.blank_before
                    and ident[0].isupper()
                    and (len(_HUMP.findall(ident)) >= 2 or cur is not None and bool(cur.lines) and _has_cjk(cur.lines[-1].text))
                    and not (cur is not None and any(_BARE_NAME.fullmatch(x.text) for x in cur.lines))
                )
                if glued_next or compound:
                    return Split(name_only.cells, tuple(0.7 for _ in before), 0.0)
        return sp if strong else None

    def _untyped_row(self, text: str, before: list[str | None], cur: _RowBuf | None) -> Split | None:
        """`DestinationCidrBlocks1.1.1.0/10`: a row whose type the page left empty, its name glued to
        its example (a name the samples use, or CamelCase words each ending in a small letter, before
        an example no name goes on with: a number, a JSON value, capitals; one word). Never the line
        right below a row, which is that row's description."""
        if "example" not in before or before.index("example") != before.index("type") + 1 if "type" in before else True:
            return None
        if cur is not None and not cur.lines:
            return None  # (the line below a row is its description: `Id` then `InstanceID`)
        run = _IDENT_RUN.match(text)
        if run is None or run.end() == len(text) and run.group(0) in self.lex.names:
            return None  # (a name alone: a row without type or example)
        if " " in text and text[run.end() : run.end() + 1] not in ("[", "{", '"'):
            return None  # (one word, or a JSON value: `ListenerPorts"ListenerPort": [ 80, 443 ]`)
        ident = run.group(0)
        cut = next(
            (k for k in range(len(ident), 2, -1) if ident[:k] in self.lex.names and _UNTYPED_EXAMPLE.fullmatch(text, k)),
            None,
        )
        if cut is None:
            # a name of CamelCase words, each ending in a small letter, then such an example
            m = _CAMEL_THEN_EXAMPLE.fullmatch(text)
            cut = (m.end(1) if m.group(1) else m.end(2)) if m else None
        if cut is None:
            return None
        cells = {"name": text[:cut], "example": text[cut:]}
        return Split(tuple(cells.get(r or "", "") for r in before), tuple(0.7 for _ in before), 0.0)

    def _described_type(self, ident: str) -> tuple[str, str] | None:
        """`DataMqttClientInfoDo`: a name glued to a type that the page describes in a table of its
        own (titled `Fields in MqttClientInfoDo` or `MqttClientInfoDo`)."""
        if self._described is None:
            self._described = set()
            lines = [t.strip() for t in self.raw if t.strip()]
            for text, nxt in itertools.pairwise(lines):
                if len(text) > 60 or not text[-1].isalnum() or len(text.split()) > 5:
                    continue
                m = _TITLED_TYPE.search(text)
                if m and self.header(nxt) is not None:
                    self._described.add(m.group(1))
        found = [t for t in self._described if ident.endswith(t) and len(ident) - len(t) >= 2]
        if not found:
            return None
        kind = max(found, key=len)
        return ident[: -len(kind)], kind

    @staticmethod
    def _continues(cur: _RowBuf | None, ident: str, before: list[str | None]) -> bool:
        """A lone identifier that goes on the current row's description (`Value:` then the value)."""
        if cur is None:
            return False
        if cur.lines and cur.lines[-1].text.endswith((":", "：")):
            return True
        if not cur.lines and ident in [t.lstrip("└├│─ ") for t, r in zip(cur.inline, before) if r in ("name", "type")]:
            return True  # `MediaMedia` then `Media`: a description that names the row again
        values = [t for t, r in zip(cur.inline, before) if r not in ("name", "type", "required")]
        return any(ident in t for t in values)

    @staticmethod
    def _in_value_list(cur: _RowBuf | None) -> bool:
        """Whether the current row's description ends in a list of one-word values (`Valid values:`
        then `Ready`, `Running`...): a lone CamelCase word below them is one more value."""
        if cur is None or not cur.lines:
            return False
        for ln in reversed(cur.lines):
            if ln.text.endswith((":", "：")) or _INLINE_LIST_START.search(ln.text):
                return True  # (`Valid values:` or `The privilege can be:- ReadWrite`)
            if len(ln.text.split()) != 1:
                return False
        return False

    @staticmethod
    def _typed(sp: Split, before: list[str | None], text: str) -> bool:
        if _CONSTANT.fullmatch(text):
            return False  # `UPDATE_IN_PROGRESS`: a value listed in a description, not `UP` + `DATE`
        cells = dict(zip(before, sp.cells))
        name = cells.get("name", "")
        if name and (" " in name or not _NAME_START.match(name) or _has_cjk(name)):
            return False
        typed = "type" not in cells or bool(cells["type"])
        if typed and "type" in before:
            k = before.index("type")
            constant = name.isupper() and cells["type"].isupper()  # (`UP` + `DATE` + `_ADMIN_CONTACT`)
            after = sp.cells[k + 1] if k + 1 < len(sp.cells) else ""
            if "_" in name and after.startswith("_") or constant and (after[:1] == "_" or after[:1].isupper()):
                # `_aliyun_involvedObject_kind`, `UPDATE_ADMIN_CONTACT`: a type word inside one identifier
                return False
            if not name and after[:1].islower() and cells["type"][-1:].isalpha():
                return False  # `List` + `enerPorts...`: no row without a name starts inside a word
            if after.startswith((": ", "：")):
                return False  # `dataHeaderList: the names of...`: a field described in a description
        flagged = "required" not in cells or bool(cells["required"])
        if not (typed and flagged and (name or cells.get("type"))):
            return False
        return bool(name) or len(text) <= 40

    def _strong_next(self, i: int, before: list[str | None]) -> bool:
        nxt = i + 1
        if nxt >= len(self.raw) or not self.raw[nxt].strip():
            return False
        sp = self.split(self.raw[nxt].strip(), before)
        if sp is None:
            return False
        cells = dict(zip(before, sp.cells))
        return bool(cells.get("name")) and bool(cells.get("type", "x")) and bool(cells.get("required", "x"))

    def _param_row(self, r: _RowBuf, roles: list[str | None], d: int, after: list[str | None], last_row: bool) -> Row:
        rloc = self.loc(r.line.no)
        cells: list[Cell] = [Cell((t,) if t else (), rloc, c) for t, c in zip(r.inline, r.conf)]
        if d >= len(roles):
            return Row(tuple(cells), rloc)
        block = list(r.lines)
        tail: list[Cell] = []
        for k in range(len(after)):
            # the inline cells after the block are its last lines, the last cell last
            if not block:
                tail.insert(0, Cell((), rloc))
                continue
            ln = block[-1]
            score = example_likeness(ln.text)
            if not ln.blank_after:
                score += 2.0  # glued to the next row: an inline cell, not a paragraph
            elif not (last_row and ln is r.lines[-1]):
                score -= 2.0  # an empty inline cell leaves a blank line before the next row
            if len(block) == 1 and k == len(after) - 1:
                score -= 0.5
            if score > 0:
                block.pop()
                conf = 1.0 if score >= 2.5 else 0.7
                tail.insert(0, Cell((ln.text,), self.loc(ln.no), conf))
            else:
                conf = 1.0 if score <= -2.5 else 0.7
                tail.insert(0, Cell((), rloc, conf))
        dloc = self.loc(block[0].no) if block else rloc
        cells.append(Cell(tuple(_fold(b.text) for b in block), dloc))
        cells.extend(tail)
        return Row(tuple(cells), rloc)

    def error_table(self, i: int, header: list[str], roles: list[str | None]) -> int:
        """Error rows are glued on one line each; a message made of paragraphs (a block cell)
        leaves the status and code alone on the row's line, the rest on the lines below it."""
        start = i
        roles = self._row_roles(i, roles)
        # the cells on the row's own line when the rest is a block: the status and the code
        lead = 0
        while lead < len(roles) and roles[lead] in ("status", "code"):
            lead += 1
        prefix = roles[: max(lead, roles.index("code") + 1)]
        groups: list[tuple[int, Split, bool, list[tuple[int, str]]]] = []
        i += 1
        while i < len(self.raw):
            text = self.raw[i].strip()
            if not text:
                i += 1
                continue
            if self.stops(text, i):
                break
            nxt = self._next_text(i)
            block_row = (
                len(prefix) < len(roles)
                and nxt is not None
                and not self.stops(nxt)
                and self._error_row(nxt, roles) is None
                and self._prefix_row(text, prefix) is not None
            )
            if block_row:
                sp = self._prefix_row(text, prefix)
                assert sp is not None
                groups.append((i + 1, sp, True, []))
            else:
                sp = self._error_row(text, roles)
                if sp is not None:
                    groups.append((i + 1, sp, False, []))
                elif groups and (groups[-1][2] or self._row_ahead(i, roles)):
                    groups[-1][3].append((i + 1, text))  # goes on the cell above
                else:
                    break
            i += 1
        rows = [self._error_group(g, roles, prefix) for g in groups]
        self._emit(header, rows, start)
        return i

    def _row_roles(self, i: int, roles: list[str | None]) -> list[str | None]:
        """The roles to split an error table's rows with. A header with a column of no known role
        (`错误ID`), often shifted by one column, does not say in which order the cells come: the first
        row is split by the header and by the usual orders of as many cells, and the best split
        wins. The cells keep their places under the header; the extractor tells their roles from them."""
        nxt = self._next_text(i)
        if nxt is None or None not in roles:
            return roles
        best, best_score = roles, float("-inf")
        for layout in [roles] + [list(x) for x in _ERROR_LAYOUTS if len(x) == len(roles)]:
            sp = self._error_row(nxt, layout)
            if sp is not None and sp.score > best_score:
                best, best_score = layout, sp.score
        return best

    def _next_text(self, i: int) -> str | None:
        j = i + 1
        while j < len(self.raw) and not self.raw[j].strip():
            j += 1
        return self.raw[j].strip() if j < len(self.raw) else None

    def _row_ahead(self, i: int, roles: list[str | None]) -> bool:
        """Whether a row of the table follows the paragraph at i (before the table ends)."""
        j = i + 1
        while j < len(self.raw):
            text = self.raw[j].strip()
            if text:
                if self.stops(text, j):
                    return False
                return self._error_row(text, roles) is not None
            j += 1
        return False

    def _prefix_row(self, text: str, prefix: list[str | None]) -> Split | None:
        sp = self.split(text, prefix)
        if sp is None or not dict(zip(prefix, sp.cells)).get("code"):
            return None
        cells = dict(zip(prefix, sp.cells))
        if "status" in cells and not _STATUS.fullmatch(cells["status"]):
            return None
        return sp

    def _error_group(
        self, group: tuple[int, Split, bool, list[tuple[int, str]]], roles: list[str | None], prefix: list[str | None]
    ) -> Row:
        no, sp, is_block, extra = group
        rloc = self.loc(no)
        cells = [Cell((c,) if c else (), rloc, cf) for c, cf in zip(sp.cells, sp.confidence)]
        if not is_block:
            if extra:
                tail = cells[-1]
                cells[-1] = Cell(tail.paragraphs + tuple(_fold(t) for _, t in extra), tail.loc, tail.confidence)
            return Row(tuple(cells), rloc)
        rest = roles[len(prefix) :]
        lines = list(extra)
        tail_cells: list[Cell] = []
        for _ in rest[1:]:
            if lines:
                lno, t = lines.pop()
                tail_cells.insert(0, Cell((_fold(t),), self.loc(lno), 0.8))
            else:
                tail_cells.insert(0, Cell((), rloc, 0.6))
        bloc = self.loc(lines[0][0]) if lines else rloc
        cells.append(Cell(tuple(_fold(t) for _, t in lines), bloc, 0.9))
        cells.extend(tail_cells)
        return Row(tuple(cells), rloc)

    def _error_row(self, text: str, roles: list[str | None]) -> Split | None:
        sp = self.split(text, roles)
        if sp is None:
            return None
        cells = dict(zip(roles, sp.cells))
        code = cells.get("code", "")
        if not code:
            return None
        if "status" in cells and not cells["status"] and (sp.score < 6 or not _CODE_SHAPE.search(code)):
            return None  # no status: only a line that really starts with a code
        if "message" in cells and not cells["message"] and not cells.get("description"):
            return None
        pair = (cells.get("message"), cells.get("description"))
        if "-" in pair and "" in pair:
            # `400OrderFailed-`: one of the two is the `-` of an empty cell, the other is
            # missing; the `-` is read as the description (as in the rows where the page
            # writes it after a message), but that is a guess
            conf = list(sp.confidence)
            for k, r in enumerate(roles):
                if r in ("message", "description"):
                    conf[k] = min(conf[k], 0.5)
            sp = Split(sp.cells, tuple(conf), sp.score)
        return sp

    def history_table(self, i: int, header: list[str]) -> int:
        start = i
        rows: list[Row] = []
        i += 1
        while i < len(self.raw):
            text = self.raw[i].strip()
            if not text:
                i += 1
                continue
            if self.stops(text, i):
                break
            m = _DATE.match(text)
            rloc = self.loc(i + 1)
            if m:
                rest = text[m.end() :]
                op = _HISTORY_OP.search(rest) if len(header) > 2 else None
                cells = [m.group(1), rest[: op.start()] if op else rest]
                if len(header) > 2:
                    cells.append(op.group(1) if op else "")
                conf = 1.0 if op or len(header) <= 2 else 0.6
                rows.append(
                    Row(tuple(Cell((c,) if c else (), rloc, conf if k else 1.0) for k, c in enumerate(cells)), rloc)
                )
            elif rows:
                self._append(rows, text)
            else:
                break
            i += 1
        self._emit(header, rows, start)
        return i

    def auth_table(self, i: int, header: list[str]) -> int:
        """`ram:Actionaccess` then the other cells one per line (resource type, keys...)."""
        start = i
        rows: list[Row] = []
        block: list[tuple[int, str]] = []
        first: tuple[int, str, str] | None = None
        i += 1

        def flush() -> None:
            if first is None:
                return
            no, action, level = first
            rloc = self.loc(no)
            cells = [Cell((action,), rloc), Cell((level,) if level else (), rloc, 0.8 if level else 0.6)]
            rest = [t for _, t in block]
            ncols = len(header) - 2
            if ncols > 0:
                tailn = min(len(rest), max(ncols - 1, 0))
                head = rest[: len(rest) - tailn] if tailn else rest
                tails = rest[len(rest) - tailn :] if tailn else []
                cells.append(Cell(tuple(head), rloc, 0.7))
                for t in tails:
                    cells.append(Cell((t,), rloc, 0.7))
                while len(cells) < len(header):
                    cells.append(Cell((), rloc, 0.7))
            rows.append(Row(tuple(cells[: len(header)]), rloc))

        while i < len(self.raw):
            text = self.raw[i].strip()
            if not text:
                i += 1
                if first is not None and block:
                    break
                continue
            if self.stops(text, i):
                break
            m = _ACTION.match(text)
            if m:
                flush()
                block = []
                first = (i + 1, m.group(1), m.group(2) or "")
                extra = text[m.end() :].strip()
                if extra:
                    block.append((i + 1, extra))
            elif first is not None:
                block.append((i + 1, text.lstrip("• ").strip() or text))
            else:
                break
            i += 1
        flush()
        self._emit(header, rows, start)
        return i

    def generic_table(self, i: int, header: list[str]) -> int:
        """A table of unknown columns: split each row at its glue points, extra lines continue it."""
        start = i
        rows: list[Row] = []
        i += 1
        ncol = len(header)
        while i < len(self.raw):
            text = self.raw[i].strip()
            if not text:
                i += 1
                continue
            if self.stops(text, i):
                break
            rloc = self.loc(i + 1)
            sp = self.split(text, [None] * ncol) if ncol > 1 else None
            indented = self.raw[i][:1].isspace()
            if sp is not None and all(sp.cells) and not indented:
                rows.append(Row(tuple(Cell((c,), rloc, cf) for c, cf in zip(sp.cells, sp.confidence)), rloc))
            elif rows:
                self._append(rows, text)
            else:
                break
            i += 1
        self._emit(header, rows, start)
        return i

    @staticmethod
    def _append(rows: list[Row], text: str) -> None:
        last = rows[-1]
        tail = last.cells[-1]
        cell = Cell(tail.paragraphs + (_fold(text),), tail.loc, tail.confidence)
        rows[-1] = Row(last.cells[:-1] + (cell,), last.loc)


def _fold(text: str) -> str:
    """`document.fold` (every run of whitespace one space, trimmed), without a regular expression."""
    return " ".join(text.split())


def _heading(text: str) -> str | None:
    """A section title line; `Examples:` ending in a colon is a paragraph of a cell, not a heading."""
    if len(text) > 40 or text.endswith((":", "：")) or text[:1].lower() not in _TITLE_FIRST:
        return None  # section titles are short and open with a letter of their own
    return heading_key(text)


def _footer_start(lines: list[str]) -> int:
    """Where the site footer begins (`Was this page helpful?` and short link lines after it)."""
    for k in range(len(lines) - 1, max(-1, len(lines) - 40), -1):
        if _FOOTER_START.match(lines[k].strip()) and all(len(x.strip()) <= 80 for x in lines[k + 1 :]):
            return k
    return len(lines)


def read(text: str, origin: str) -> Document:
    return _Reader(text, origin).read()
