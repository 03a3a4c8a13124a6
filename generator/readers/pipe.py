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


def _cells(line: str) -> list[str]:
    body = line.strip()
    body = body.removeprefix("|")
    body = body.removesuffix("|")
    return [fold(c) for c in body.split("|")]


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
            while i < len(lines) and looks_like_pipe_row(lines[i]):
                rloc = Loc(origin, line=i + 1)
                cells = fit_cells(_cells(lines[i]), header)
                rows.append(Row(tuple(Cell((c,) if c else (), rloc) for c in cells), rloc))
                i += 1
            sb.add(Table(header, tuple(rows), loc))
            continue
        if title is None and not sb.sections and re.fullmatch(r"[A-Z][A-Za-z0-9]+", line.strip()):
            title = line.strip()
        else:
            sb.paragraph(line, loc)
        i += 1
    return sb.document(title, {})
