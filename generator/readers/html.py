"""Reader for API reference pages as the doc site serves them (beautifulsoup4 + lxml).

Site chrome (header, navigation, search form, footer, scripts) is skipped; headings, paragraphs,
lists, code blocks and tables of the article become the document model, each with the element
path it came from.
"""

from __future__ import annotations

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from ..document import Cell, Document, Loc, Row, Table, fold
from .common import SectionBuilder, clean_heading
from .meta import explorer_facts, parse_meta_line

_SKIP = {"script", "style", "header", "nav", "footer", "form", "noscript", "template", "button", "input"}
_BLOCKS = {"p", "ul", "ol", "li", "pre", "div", "table", "blockquote", "dl", "dd", "dt", "section"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def element_path(el: Tag) -> str:
    """An XPath-like path such as `/html/body/main/div[2]/table`."""
    parts: list[str] = []
    node: Tag | None = el
    while node is not None and node.name not in (None, "[document]"):
        parent = node.parent
        index = 1
        if parent is not None:
            same = [c for c in parent.children if isinstance(c, Tag) and c.name == node.name]
            if len(same) > 1:
                index = next(k for k, c in enumerate(same, 1) if c is node)
                parts.append(f"{node.name}[{index}]")
                node = parent if isinstance(parent, Tag) else None
                continue
        parts.append(str(node.name))
        node = parent if isinstance(parent, Tag) else None
    return "/" + "/".join(reversed(parts))


def _text(el: Tag) -> str:
    return fold("".join(el.strings))


def cell_paragraphs(td: Tag) -> tuple[str, ...]:
    """Paragraphs and list items of a cell, in order; inline runs between blocks count too."""
    out: list[str] = []
    inline: list[str] = []

    def flush() -> None:
        text = fold("".join(inline))
        if text:
            out.append(text)
        inline.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                inline.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "br":
                    inline.append(" ")
                elif child.name in ("ul", "ol", "div", "blockquote", "dl", "table"):
                    flush()
                    walk(child)
                    flush()
                elif child.name in _BLOCKS:
                    flush()
                    inline.append("".join(child.strings))
                    flush()
                else:
                    inline.append("".join(child.strings))

    walk(td)
    flush()
    return tuple(out)


def _table(el: Tag, origin: str) -> Table:
    path = element_path(el)
    header: list[str] = []
    rows: list[Row] = []
    for r, tr in enumerate(el.find_all("tr"), 1):
        if tr.find_parent("table") is not el:
            continue
        ths = tr.find_all(["th", "td"], recursive=False)
        if not header and ths and all(c.name == "th" for c in ths):
            header = [_text(c) for c in ths]
            continue
        loc = Loc(origin, path=f"{path}//tr[{r}]")
        cells = tuple(
            Cell(cell_paragraphs(td), Loc(origin, path=f"{path}//tr[{r}]/{td.name}[{k}]"))
            for k, td in enumerate(ths, 1)
        )
        rows.append(Row(cells, loc))
    return Table(tuple(header), tuple(rows), Loc(origin, path=path))


def read(text: str, origin: str) -> Document:
    soup = BeautifulSoup(text, "lxml")
    sb = SectionBuilder(origin, "html")
    meta: dict[str, str] = {}
    title: str | None = None
    root = soup.find("main") or soup.body or soup

    def visit(node: Tag) -> None:
        nonlocal title
        for child in node.children:
            if not isinstance(child, Tag) or child.name in _SKIP:
                continue
            name = child.name
            if name in _HEADINGS:
                text = clean_heading(_text(child))
                if _HEADINGS[name] == 1 and title is None:
                    title = text
                    meta.update(parse_meta_line(text))
                else:
                    sb.heading(text, _HEADINGS[name], Loc(origin, path=element_path(child)))
            elif name == "table":
                sb.add(_table(child, origin))
            elif name in ("ul", "ol"):
                for li in child.find_all("li", recursive=False):
                    sb.paragraph(_text(li), Loc(origin, path=element_path(li)), "item")
            elif name == "pre":
                code = "".join(child.strings)
                sb.paragraph(code, Loc(origin, path=element_path(child)), "code")
            elif name == "p" or (name == "span" and not child.find(_BLOCKS)):
                text = _text(child)
                found = parse_meta_line(text)
                if found and not sb.sections and "updated" in found:
                    meta.update(found)
                else:
                    sb.paragraph(text, Loc(origin, path=element_path(child)))
            else:
                visit(child)

    if isinstance(root, Tag):
        visit(root)
    for a in soup.find_all("a", href=True):
        facts = explorer_facts(str(a["href"]))
        if facts:
            meta.update(facts)
            break
    if soup.title is not None and "og_title" not in meta:
        meta["html_title"] = _text(soup.title)
    return sb.document(title, meta)

