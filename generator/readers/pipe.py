"""Reader for pipe-table text copies: headings as plain lines, one table row per line.

`a | b | c |` rows under a header and a `---|---|` line; paragraphs of a cell were joined by
spaces when the copy was saved, so a row is always one line.
"""

from __future__ import annotations

import re

from ..document import Cell, Document, Loc, Row, Table, fold
from .common import SectionBuilder, fit_cells, heading_key

_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def looks_like_pipe_row(line: str) -> bool:
    s = line.rstrip()
    return s.endswith("|") and " | " in f" {s}"


def _ends_table(line: str) -> bool:
    return not line.strip() or heading_key(line) is not None or bool(_SEP.match(line))


def _row_end(lines: list[str], start: int, ncols: int) -> int | None:
    """The last line of the table row that starts at `start`, or None when no row starts there.

    A row is one line in most copies, but where the page had a list in a cell the copy drops the
    list and breaks the line: `X | string | Yes | Valid values:` then `| SpeedUp |`. Such a row
    runs on until it ends in a bar with all its cells, or the next line starts no continuation.
    """
    first = lines[start]
    if _ends_table(first) or " | " not in f" {first.strip()} ":
        return None
    if start + 1 < len(lines) and _SEP.match(lines[start + 1]):
        return None  # the header of a table right below this one
    buf = first
    end = start
    while True:
        closed = buf.rstrip().endswith("|")
        if closed and len(_cells(buf)) >= ncols:
            return end
        nxt = lines[end + 1] if end + 1 < len(lines) else None
        if nxt is None or _ends_table(nxt) or (closed and not nxt.lstrip().startswith("|")):
            return end
        end += 1
        buf = f"{buf} {nxt}"


def _split(line: str) -> list[str]:
    body = line.strip()
    body = body.removeprefix("|")
    body = body.removesuffix("|")
    return body.split("|")


def _cells(line: str) -> list[str]:
    return [fold(c) for c in _split(line)]


def read(text: str, origin: str) -> Document:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    sb = SectionBuilder(origin, "text-pipe")
    title: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        loc = Loc(origin, line=i + 1)
        key = heading_key(line)
        if key:
            sb.heading(key, 2, loc)
            i += 1
            continue
        if looks_like_pipe_row(line) and i + 1 < len(lines) and _SEP.match(lines[i + 1]):
            header = tuple(_cells(line))
            rows: list[Row] = []
            i += 2
            while i < len(lines):
                end = _row_end(lines, i, len(header))
                if end is None:
                    break
                rloc = Loc(origin, line=i + 1)
                # the lines of a broken row are the paragraphs of the cell they fall in
                raw = _split("\n".join(lines[i : end + 1]))
                cells = fit_cells(raw, header)
                paras = [tuple(p for p in (fold(x) for x in c.split("\n")) if p) for c in cells]
                rows.append(Row(tuple(Cell(ps, rloc) for ps in paras), rloc))
                i = end + 1
            sb.add(Table(header, tuple(rows), loc))
            continue
        if title is None and not sb.sections and re.fullmatch(r"[A-Z][A-Za-z0-9]+", line.strip()):
            title = line.strip()
        else:
            sb.paragraph(line, loc)
        i += 1
    return sb.document(title, {})
