"""Reader for the vendor's Markdown doc sources.

Pipe tables there are looser than GFM: a row runs over several lines and ends at a line ending
in `|`; cells hold blank-line separated paragraphs, lists, `<br>` and even fenced code; `\\|` is
a literal bar inside a cell.
"""

from __future__ import annotations

import html
import re

from ..document import Cell, Document, Loc, Row, Table, fold
from .common import SectionBuilder, clean_heading, fit_cells, heading_key
from .meta import explorer_facts

# (one hyphen is enough: `|:-|:-|` on older pages)
_SEP_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"\*\*([^*]{1,60})\*\*")
# A setext heading: a line of text underlined by `===` (level 1) or `---` (level 2).
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_INLINE_ITEM = re.compile(r"(?<=\S)[ \t]{2,}-[ \t]{2,}(?=\S)")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
# Link text may hold one level of brackets, a URL one level of parentheses; neither class may hold
# an opening bracket or parenthesis, so a run of `[` or `(` cannot make matching quadratic.
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK = re.compile(r"\[((?:\\.|[^\[\]\\]|\[(?:\\.|[^\[\]\\])*\])*)\]\((?:[^()]|\([^()]*\))*\)")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~\"'$%&,/:;=?@^])")
_PLACEHOLDER = "\x00{}\x00"
# Exactly two asterisks delimit strong text; longer runs (`****`) are literal on the rendered page.
_STRONG = re.compile(r"(?<!\*)\*\*(?!\*)")
# `*text*`, also inside a word (`*yyyy-MM-dd*T*HH:mm:ss*Z` shows `yyyy-MM-ddTHH:mm:ssZ`)
_EMPHASIS = re.compile(r"(?<![*_])\*(?=[^\s*])([^*]*?[^\s*])\*(?![*_])")
_CODE_SPAN = re.compile(r"`([^`]+)`")  # shown as written: no emphasis, link or tag inside
_RESTORE = re.compile("\x00(\\d+)\x00")
_CELL_BAR = re.compile(r"(?<!\\)\|")
# Every character some step of `inline_text` acts on; text without any of them is already plain.
_MARKUP = re.compile(r"[\\\[<*`&\x00]")


def inline_text(text: str) -> str:
    """Markdown inline markup → the plain text a reader of the page sees."""
    if _MARKUP.search(text) is None:
        return text
    # Each step below runs only when the character its pattern needs is in the text.
    escapes: list[str] = []

    def keep(m: re.Match[str]) -> str:
        escapes.append(m.group(1))
        return _PLACEHOLDER.format(len(escapes) - 1)

    # NUL marks the placeholders below; one in the input (never visible text) must not pose as one.
    if "\x00" in text:
        text = text.replace("\x00", "")
    if "\\" in text:
        text = _ESCAPE.sub(keep, text)
    if "`" in text:
        text = _CODE_SPAN.sub(keep, text)
    if "[" in text:
        if "![" in text:
            text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _TAG.sub("", text)
    if "*" in text:
        text = _STRONG.sub("", text)
    if "`" in text:
        text = text.replace("`", "")
    if "*" in text:
        text = _EMPHASIS.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    if escapes:
        for _ in range(2):  # (a code span kept whole may hold an escape kept before it)
            text = _RESTORE.sub(lambda m: escapes[int(m.group(1))], text)
    return text


def split_cells(row: str) -> list[str]:
    """Split one logical table row on bars that are not escaped."""
    body = row.strip()
    body = body.removeprefix("|")
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    if "\\|" not in body:
        return body.split("|")
    return _CELL_BAR.split(body)


def _is_fence(line: str) -> bool:
    return ("```" in line or "~~~" in line) and _FENCE.match(line) is not None


def cell_paragraphs(raw: str) -> tuple[str, ...]:
    """A cell's raw Markdown → its paragraphs and list items as plain text."""
    if "<" in raw:
        raw = _BR.sub("\n\n", raw)
    if "  -  " in raw:
        # `requirements:    -   The name...`: a list whose first item runs on after the text
        raw = _INLINE_ITEM.sub("\n-   ", raw)
    if "\n" not in raw:  # most cells: one line
        if _is_fence(raw) or not raw.strip():
            return ()
        m = _LIST_ITEM.match(raw)
        text = fold(inline_text(raw[m.end() :] if m else raw))
        return (text,) if text else ()
    out: list[str] = []
    current: list[str] = []
    in_fence = False

    def flush() -> None:
        text = fold(inline_text(" ".join(current)))
        if text:
            out.append(text)
        current.clear()

    for line in raw.split("\n"):
        if _is_fence(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                out.append(line.strip())
            continue
        if not line.strip():
            flush()
        else:
            m = _LIST_ITEM.match(line)
            if m:
                flush()
                current.append(line[m.end() :])
            else:
                current.append(line)
    flush()
    return tuple(out)


def _logical_rows(lines: list[str], start: int) -> tuple[list[tuple[int, str]], int]:
    """Collect table rows from `start`.

    A row ends at a line ending in an unescaped `|`, once it has as many cells as the header:
    a cell left empty on the row's first line (`|AutoPay|Boolean|No|false|`) continues below.
    """
    rows: list[tuple[int, str]] = []
    ncols = 0
    i = start
    while i < len(lines) and lines[i].lstrip().startswith("|"):
        first = i
        buf = [lines[i]]
        while i + 1 < len(lines):
            if _ends_row(buf[-1]) and (not ncols or len(split_cells("\n".join(buf))) >= ncols):
                break
            nxt = lines[i + 1]
            if (nxt.startswith("#") and _HEADING.match(nxt)) or (nxt.lstrip().startswith("|") and _ends_row(buf[-1])):
                break
            i += 1
            buf.append(nxt)
        raw = "\n".join(buf)
        if not ncols and _SEP_ROW.match(raw):
            ncols = len(split_cells(raw))
        rows.append((first + 1, raw))
        i += 1
    return rows, i


def _ends_row(line: str) -> bool:
    s = line.rstrip()
    return s.endswith("|") and not s.endswith("\\|")


def read(text: str, origin: str) -> Document:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    sb = SectionBuilder(origin, "markdown")
    title: str | None = None
    para: list[str] = []
    para_line = 1
    i = 0

    def flush_para() -> None:
        if para:
            sb.paragraph(inline_text(" ".join(para)), Loc(origin, line=para_line))
            para.clear()

    def heading(raw: str, level: int, lineno: int) -> None:
        """A heading; the first one of level 1 is the page's title."""
        nonlocal title
        name = inline_text(clean_heading(raw))
        if level == 1 and title is None:
            title = name
        else:
            sb.heading(name, level, Loc(origin, line=lineno))

    while i < len(lines):
        line = lines[i]
        m = _HEADING.match(line) if line.startswith("#") else None
        if m:
            flush_para()
            heading(m.group(2), len(m.group(1)), i + 1)
            i += 1
            continue
        if not para and _setext_heading(lines, i):
            heading(line.strip(), 1 if lines[i + 1].lstrip().startswith("=") else 2, i + 1)
            i += 2
            continue
        bold = _BOLD_LINE.fullmatch(line.strip()) if not para and line.startswith("**") else None
        if bold and heading_key(bold.group(1)) and (i + 1 >= len(lines) or not lines[i + 1].strip()):
            # `**请求参数**` alone on its line: a section title written in bold, not a heading
            heading(bold.group(1), 2, i + 1)
            i += 1
            continue
        if _is_fence(line):
            flush_para()
            start = i
            i += 1
            code: list[str] = []
            while i < len(lines) and not _is_fence(lines[i]):
                code.append(lines[i])
                i += 1
            sb.paragraph("\n".join(code), Loc(origin, line=start + 1), kind="code")
            i += 1
            continue
        if line.lstrip().startswith("|"):
            flush_para()
            rows, nxt = _logical_rows(lines, i)
            table = _table(rows, origin)
            if table is not None:
                sb.add(table)
                i = nxt
                continue
            for lineno, raw in rows:
                sb.paragraph(inline_text(raw), Loc(origin, line=lineno))
            i = nxt
            continue
        if not line.strip():
            flush_para()
        else:
            m = _LIST_ITEM.match(line)
            if m:
                flush_para()
                para_line = i + 1
                para.append(line[m.end() :])
            else:
                if not para:
                    para_line = i + 1
                para.append(line)
        i += 1
    flush_para()
    return sb.document(title, explorer_facts(text))


def _setext_heading(lines: list[str], i: int) -> bool:
    """`lines[i]` is a one-line paragraph of text underlined by `===` or `---` (three or more)."""
    if i + 1 >= len(lines):
        return False
    line, under = lines[i], lines[i + 1]
    stripped = line.strip()
    if not stripped or line.startswith(("    ", "\t")) or stripped.startswith(("|", "#", ">", "`", "~")):
        return False
    if _LIST_ITEM.match(line):
        return False
    m = _SETEXT_UNDERLINE.match(under)
    return m is not None and len(m.group(1)) >= 3


def _table(rows: list[tuple[int, str]], origin: str) -> Table | None:
    sep = next((k for k, (_, raw) in enumerate(rows) if _SEP_ROW.match(raw.replace("\n", " "))), None)
    if sep is None and _bare_header(rows):
        sep = 0  # no delimiter row: the first row is the header, as the doc site renders it
        body_rows = rows[1:]
    elif sep is None or sep == 0:
        return None
    else:
        body_rows = rows[sep + 1 :]
    header_cells: list[str] = []
    for _, raw in rows[: max(sep, 1)]:
        parts = [fold(inline_text(c)) for c in split_cells(raw.replace("\n", " "))]
        if not header_cells:
            header_cells = parts
        else:  # a header written over several rows: join column by column
            for k, p in enumerate(parts):
                if k < len(header_cells):
                    header_cells[k] = fold(f"{header_cells[k]} {p}")
    body: list[Row] = []
    for lineno, raw in body_rows:
        loc = Loc(origin, line=lineno)
        cells = tuple(Cell(cell_paragraphs(c), loc) for c in fit_cells(split_cells(raw), header_cells))
        body.append(Row(cells, loc))
    return Table(tuple(header_cells), tuple(body), Loc(origin, line=rows[0][0]))


def _bare_header(rows: list[tuple[int, str]]) -> bool:
    """A table exported without a delimiter row (`|Name|Type|Description|` then the rows).

    The first row counts as a header when it has two or more short, non-empty one-line cells and
    every row below it has at least as many cells.
    """
    if len(rows) < 2 or "\n" in rows[0][1]:
        return False
    head = [inline_text(c).strip() for c in split_cells(rows[0][1])]
    if len(head) < 2 or not all(0 < len(c) <= 40 for c in head):
        return False
    return all(len(split_cells(raw)) >= len(head) for _, raw in rows[1:])
