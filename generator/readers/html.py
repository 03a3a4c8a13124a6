"""Reader for API reference pages as the doc site serves them (beautifulsoup4 + lxml).

Site chrome (header, navigation, search form, footer, scripts) is skipped; headings, paragraphs,
lists, code blocks and tables of the article become the document model, each with the element
path it came from.

The tree is walked by hand (children, descendants, parents) rather than with `find`/`find_all`:
bs4's matching machinery cost as much as building the soup. Element paths are built on the way
down instead of from each element up, and both walks use explicit stacks, so a deeply nested
page cannot exhaust Python's recursion limit.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import CData, NavigableString, Tag

from ..document import Cell, Document, Loc, Row, Table, fold
from ..errors import InputError
from .common import SectionBuilder, clean_heading
from .meta import explorer_facts, parse_meta_line

_SKIP = {"script", "style", "header", "nav", "footer", "form", "noscript", "template", "button", "input"}
_BLOCKS = {"p", "ul", "ol", "li", "pre", "div", "table", "blockquote", "dl", "dd", "dt", "section"}
_CONTAINERS = {"ul", "ol", "div", "blockquote", "dl", "table"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Deeper nesting than libxml2 allows on its own (256) is no page layout: refuse it rather than build
# ever longer element paths (quadratic in the depth).
MAX_DEPTH = 512
# The string types a page displays (what `Tag.strings` yields): not comments, doctypes, CDATA-as-comment.
_TEXT_TYPES = (NavigableString, CData)


def element_path(el: Tag) -> str:
    """An XPath-like path such as `/html/body/main/div[2]/table`."""
    parts: list[str] = []
    node: Tag | None = el
    while node is not None and node.name not in (None, "[document]"):
        parent = node.parent
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


def _child_paths(node: Tag, path: str) -> Iterator[tuple[Tag, str]]:
    """The element children of `node` with their paths (`name[k]` where the name repeats)."""
    tags = [c for c in node.children if isinstance(c, Tag)]
    counts: dict[str, int] = {}
    for t in tags:
        counts[t.name] = counts.get(t.name, 0) + 1
    seen: dict[str, int] = {}
    for t in tags:
        if counts[t.name] > 1:
            seen[t.name] = seen.get(t.name, 0) + 1
            yield t, f"{path}/{t.name}[{seen[t.name]}]"
        else:
            yield t, f"{path}/{t.name}"


def _text(el: Tag) -> str:
    return fold("".join(el.strings))


def _has_block(el: Tag) -> bool:
    return any(isinstance(d, Tag) and d.name in _BLOCKS for d in el.descendants)


def cell_paragraphs(td: Tag) -> tuple[str, ...]:
    """Paragraphs and list items of a cell, in order; inline runs between blocks count too."""
    out: list[str] = []
    inline: list[str] = []

    def flush() -> None:
        text = fold("".join(inline))
        if text:
            out.append(text)
        inline.clear()

    stack: list[Iterator[object]] = [iter(td.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            if stack:  # the end of a nested container
                flush()
            continue
        if type(child) in _TEXT_TYPES:
            inline.append(str(child))
        elif isinstance(child, Tag):
            if child.name == "br":
                inline.append(" ")
            elif child.name in _CONTAINERS:
                flush()
                stack.append(iter(child.children))
            elif child.name in _BLOCKS:
                flush()
                inline.append("".join(child.strings))
                flush()
            else:
                inline.append("".join(child.strings))
    flush()
    return tuple(out)


def _rows(table: Tag) -> Iterator[tuple[int, Tag]]:
    """(k, tr) for the rows of `table` itself; k counts every `tr` below it, nested tables' too."""
    k = 0
    for node in table.descendants:
        if isinstance(node, Tag) and node.name == "tr":
            k += 1
            owner = node.parent
            while owner is not None and owner.name != "table":
                owner = owner.parent
            if owner is table:
                yield k, node


def _table(el: Tag, origin: str, path: str) -> Table:
    header: list[str] = []
    rows: list[Row] = []
    for r, tr in _rows(el):
        ths = [c for c in tr.children if isinstance(c, Tag) and c.name in ("th", "td")]
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


def _landmarks(soup: BeautifulSoup) -> tuple[Tag | None, Tag | None, Tag | None, dict[str, str]]:
    """One pass over the tree: the first `main`, `body` and `title`, and the OpenAPI Explorer facts."""
    main = body = title = None
    facts: dict[str, str] = {}
    for node in soup.descendants:
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name == "main" and main is None:
            main = node
        elif name == "body" and body is None:
            body = node
        elif name == "title" and title is None:
            title = node
        elif name == "a" and not facts:
            href = node.get("href")
            if href is not None:
                facts = explorer_facts(str(href))
    return main, body, title, facts


def read(text: str, origin: str) -> Document:
    with warnings.catch_warnings():
        # A fragment that starts like XML, or looks like a file name, is still parsed as HTML.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(text, "lxml")
    sb = SectionBuilder(origin, "html")
    meta: dict[str, str] = {}
    title: str | None = None
    main, body, title_el, facts = _landmarks(soup)
    root = main or body

    if root is not None:
        stack = [_child_paths(root, element_path(root))]
    else:
        stack = [_child_paths(soup, "")]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
            continue
        child, path = item
        name = child.name
        if name in _SKIP:
            continue
        if name in _HEADINGS:
            text = clean_heading(_text(child))
            if _HEADINGS[name] == 1 and title is None:
                title = text
                meta.update(parse_meta_line(text))
            else:
                sb.heading(text, _HEADINGS[name], Loc(origin, path=path))
        elif name == "table":
            sb.add(_table(child, origin, path))
        elif name in ("ul", "ol"):
            for li, li_path in _child_paths(child, path):
                if li.name == "li":
                    sb.paragraph(_text(li), Loc(origin, path=li_path), "item")
        elif name == "pre":
            sb.paragraph("".join(child.strings), Loc(origin, path=path), "code")
        elif name == "p" or (name == "span" and not _has_block(child)):
            text = _text(child)
            found = parse_meta_line(text)
            if found and not sb.sections and "updated" in found:
                meta.update(found)
            else:
                sb.paragraph(text, Loc(origin, path=path))
        elif len(stack) >= MAX_DEPTH:
            raise InputError(
                f"elements nest more than {MAX_DEPTH} deep; this is not a page errkb can read", file=origin
            )
        else:
            stack.append(_child_paths(child, path))
    meta.update(facts)
    if title_el is not None and "og_title" not in meta:
        meta["html_title"] = _text(title_el)
    return sb.document(title, meta)
