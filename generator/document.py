"""The small document model every reader produces and the extractor consumes.

A Document is a title, a few metadata lines and a flat list of sections; a section holds
paragraphs and tables in page order. Every node records where it came from: a line number for
text formats, an element path for HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def fold(text: str) -> str:
    """Fold every run of whitespace to one space and trim.

    `str.split()` splits on exactly the characters a regex `\\s` matches in text (`str.isspace`),
    so this equals `re.sub(r"\\s+", " ", text).strip()`, only faster.
    """
    return " ".join(text.split())


@dataclass(frozen=True)
class Loc:
    """A place in a source document: `line` for text formats, `path` for HTML elements."""

    file: str
    line: int | None = None
    path: str | None = None

    def place(self) -> str:
        if self.line is not None:
            return f"line {self.line}"
        if self.path:
            return self.path
        return ""

    def __str__(self) -> str:
        where = self.place()
        return f"{self.file}:{where}" if where else self.file

    def to_json(self) -> dict[str, str | int]:
        out: dict[str, str | int] = {"file": self.file}
        if self.line is not None:
            out["line"] = self.line
        if self.path:
            out["path"] = self.path
        return out


@dataclass(frozen=True)
class Paragraph:
    """One paragraph, list item or code block of running text."""

    text: str
    loc: Loc
    kind: str = "text"  # text | item | code


@dataclass(frozen=True)
class Cell:
    """One table cell: its paragraphs (already unescaped plain text) and a confidence.

    A reader that had to guess where the cell begins or ends (glued text) lowers `confidence`.
    """

    paragraphs: tuple[str, ...]
    loc: Loc
    confidence: float = 1.0

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.paragraphs).split())  # fold() of the joined paragraphs


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    loc: Loc

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    @property
    def confidence(self) -> float:
        return min([c.confidence for c in self.cells], default=1.0)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    loc: Loc


Block = Paragraph | Table


@dataclass(frozen=True)
class Section:
    title: str
    level: int
    loc: Loc
    blocks: tuple[Block, ...] = ()

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]


@dataclass(frozen=True)
class Document:
    """A whole page. `sections[0]` may be an untitled preamble (level 0)."""

    origin: str
    format: str
    title: str | None
    sections: tuple[Section, ...]
    meta: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def section(self, *names: str) -> Section | None:
        """The first section whose normalised title is one of `names`."""
        wanted = {n.lower() for n in names}
        for s in self.sections:
            if s.title.lower() in wanted:
                return s
        return None
