"""Reader for API reference pages as the doc site serves them (beautifulsoup4 + lxml).

Site chrome (header, navigation, search form, footer, scripts) is skipped; headings, paragraphs,
lists, code blocks and tables of the article become the document model, each with the element
path it came from.

The tree is walked by hand over `Tag.contents` lists and the parser's `next_element` chain rather
than with `find`/`find_all` or bs4's generators: bs4's matching machinery cost as much as building
the soup. Element paths are built on the way down instead of from each element up, and every walk
uses an explicit stack or the flat element chain, so a deeply nested page cannot exhaust Python's
recursion limit.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.builder import TreeBuilder
from bs4.builder._lxml import LXMLTreeBuilder
from bs4.element import CData, NavigableString, PageElement, Tag

from ..document import Cell, Document, Loc, Row, Table, fold
from ..errors import InputError
from .common import SectionBuilder, clean_heading, heading_key
from .meta import explorer_facts, parse_meta_line

_SKIP = {"script", "style", "header", "nav", "footer", "form", "noscript", "template", "button", "input"}
_BLOCKS = {"p", "ul", "ol", "li", "pre", "div", "table", "blockquote", "dl", "dd", "dt", "section"}
_CONTAINERS = {"ul", "ol", "div", "blockquote", "dl", "table"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CELLS = ("th", "td")
_LANDMARKS = {"main", "body", "title", "a"}
# Deeper nesting than libxml2 allows on its own (256) is no page layout: refuse it rather than build
# ever longer element paths (quadratic in the depth).
MAX_DEPTH = 512
# The string types a page displays (what `Tag.strings` yields): not comments, doctypes, CDATA-as-comment.
_TEXT_TYPES = (NavigableString, CData)
_MAIN_TYPES = frozenset(_TEXT_TYPES)


class _HtmlBuilder(LXMLTreeBuilder):
    """bs4's lxml HTML builder without its namespace bookkeeping where no namespace is in play.

    Plain HTML (no `xmlns` mapping, no `{uri}name` tag or attribute) makes the stock `start`/`end`
    pass `namespace=None, nsprefix=None` and the attributes unchanged; this does the same directly,
    which saves about a tenth of the parse. Anything else goes to the stock methods.
    """

    def start(self, tag: str | bytes, attrib: dict[str | bytes, str | bytes], nsmap: dict[str, str] = {}) -> None:  # noqa: B006
        if nsmap or len(self.nsmaps) > 1 or not isinstance(tag, str) or tag[:1] == "{":
            return super().start(tag, attrib, nsmap)
        attrs = self.attribute_dict_class()
        for k, v in attrib.items():
            if not isinstance(k, str) or not isinstance(v, str) or k[:1] == "{":
                return super().start(tag, attrib, nsmap)
            attrs[k] = v
        assert self.soup is not None
        self.soup.handle_starttag(tag, None, None, attrs, namespaces=self.active_namespace_prefixes[-1])
        return None

    def end(self, tag: str | bytes) -> None:
        if len(self.nsmaps) > 1 or not isinstance(tag, str) or tag[:1] == "{":
            return super().end(tag)
        assert self.soup is not None
        self.soup.endData()
        self.soup.handle_endtag(tag, None)
        return None


def _builder() -> type[TreeBuilder] | None:
    """The lean builder when this bs4 has the internals it relies on, else None (bs4's own `lxml`)."""
    try:
        probe = _HtmlBuilder()
        ok = (
            isinstance(probe.nsmaps, list)
            and isinstance(probe.active_namespace_prefixes, list)
            and callable(probe.attribute_dict_class)
            and callable(getattr(BeautifulSoup, "handle_starttag", None))
        )
    except (AttributeError, TypeError):
        return None
    return _HtmlBuilder if ok else None


_BUILDER = _builder()


def parse(text: str) -> BeautifulSoup:
    """The soup of a page: the same tree `BeautifulSoup(text, "lxml")` builds."""
    with warnings.catch_warnings():
        # A fragment that starts like XML, or looks like a file name, is still parsed as HTML.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        if _BUILDER is None:
            return BeautifulSoup(text, "lxml")
        return BeautifulSoup(text, builder=_BUILDER)


def element_path(el: Tag) -> str:
    """An XPath-like path such as `/html/body/main/div[2]/table`."""
    parts: list[str] = []
    node: Tag | None = el
    while node is not None and node.name not in (None, "[document]"):
        parent = node.parent
        if parent is not None:
            same = [c for c in parent.contents if isinstance(c, Tag) and c.name == node.name]
            if len(same) > 1:
                index = next(k for k, c in enumerate(same, 1) if c is node)
                parts.append(f"{node.name}[{index}]")
                node = parent if isinstance(parent, Tag) else None
                continue
        parts.append(str(node.name))
        node = parent if isinstance(parent, Tag) else None
    return "/" + "/".join(reversed(parts))


def _child_paths(node: Tag, path: str) -> list[tuple[Tag, str]]:
    """The element children of `node` with their paths (`name[k]` where the name repeats)."""
    tags = [c for c in node.contents if type(c) is Tag]
    if not tags:
        return []
    counts: dict[str, int] = {}
    for t in tags:
        counts[t.name] = counts.get(t.name, 0) + 1
    if len(counts) == len(tags):  # no name repeats
        return [(t, f"{path}/{t.name}") for t in tags]
    out: list[tuple[Tag, str]] = []
    seen: dict[str, int] = {}
    for t in tags:
        name = t.name
        if counts[name] > 1:
            k = seen[name] = seen.get(name, 0) + 1
            out.append((t, f"{path}/{name}[{k}]"))
        else:
            out.append((t, f"{path}/{name}"))
    return out


def _after(el: Tag) -> PageElement | None:
    """The element the parser met right after `el`'s last descendant (None at the end of the page)."""
    last: PageElement = el
    while type(last) is Tag and last.contents:
        last = last.contents[-1]
    return last.next_element


def _joined(el: Tag) -> str:
    """`"".join(el.strings)`, walking the parser's element chain instead of bs4's generators."""
    contents = el.contents
    if not contents:
        return ""
    types: Iterable[type] | type | None = el.interesting_string_types
    if types is None:
        types = _MAIN_TYPES
    elif isinstance(types, type):
        types = (types,)
    if len(contents) == 1 and type(contents[0]) is not Tag:  # one run of text (or a comment)
        return str(contents[0]) if type(contents[0]) in types else ""
    stop = _after(el)
    parts: list[str] = []
    node: PageElement | None = contents[0]
    while node is not stop and node is not None:
        if type(node) in types:
            parts.append(node)  # type: ignore[arg-type]
        node = node.next_element
    return "".join(parts)


def _text(el: Tag) -> str:
    return fold(_joined(el))


def _has_block(el: Tag) -> bool:
    if not el.contents:
        return False
    stop = _after(el)
    node: PageElement | None = el.contents[0]
    while node is not stop and node is not None:
        if type(node) is Tag and node.name in _BLOCKS:
            return True
        node = node.next_element
    return False


def cell_paragraphs(td: Tag) -> tuple[str, ...]:
    """Paragraphs and list items of a cell, in order; inline runs between blocks count too."""
    contents = td.contents
    if len(contents) <= 1:  # most cells: empty, or one run of text
        if not contents:
            return ()
        only = contents[0]
        if type(only) is NavigableString or type(only) is CData:
            text = fold(only)
            return (text,) if text else ()
    out: list[str] = []
    inline: list[str] = []

    def flush() -> None:
        text = fold("".join(inline))
        if text:
            out.append(text)
        inline.clear()

    # (children, next index) pairs: an explicit stack instead of recursion
    stack: list[list[PageElement]] = [contents]
    positions = [0]
    while stack:
        children = stack[-1]
        k = positions[-1]
        if k >= len(children):
            stack.pop()
            positions.pop()
            if stack:  # the end of a nested container
                flush()
            continue
        positions[-1] = k + 1
        child = children[k]
        kind = type(child)
        if kind is NavigableString or kind is CData:
            inline.append(child)  # type: ignore[arg-type]
        elif isinstance(child, Tag):
            name = child.name
            if name == "br":
                inline.append(" ")
            elif name in _CONTAINERS:
                flush()
                stack.append(child.contents)
                positions.append(0)
            elif name in _BLOCKS:
                flush()
                text = fold(_joined(child))
                if text:
                    out.append(text)
            else:
                inline.append(_joined(child))
    flush()
    return tuple(out)


def _rows(table: Tag) -> list[tuple[int, Tag]]:
    """(k, tr) for the rows of `table` itself; k counts every `tr` below it, nested tables' too."""
    out: list[tuple[int, Tag]] = []
    k = 0
    if not table.contents:
        return out
    stop = _after(table)
    node: PageElement | None = table.contents[0]
    while node is not stop and node is not None:
        if type(node) is Tag and node.name == "tr":
            k += 1
            owner = node.parent
            while owner is not None and owner.name != "table":
                owner = owner.parent
            if owner is table:
                out.append((k, node))
        node = node.next_element
    return out


def _table(el: Tag, origin: str, path: str) -> Table:
    header: list[str] = []
    rows: list[Row] = []
    for r, tr in _rows(el):
        ths = [c for c in tr.contents if type(c) is Tag and c.name in _CELLS]
        if not header and ths and all(c.name == "th" for c in ths):
            header = [_text(c) for c in ths]
            continue
        row_path = f"{path}//tr[{r}]"
        cells = []
        for k, td in enumerate(ths, 1):
            cells.append(Cell(cell_paragraphs(td), Loc(origin, None, f"{row_path}/{td.name}[{k}]")))
        rows.append(Row(tuple(cells), Loc(origin, None, row_path)))
    return Table(tuple(header), tuple(rows), Loc(origin, path=path))


def _landmarks(soup: BeautifulSoup) -> tuple[Tag | None, Tag | None, Tag | None, dict[str, str]]:
    """One pass over the tree: the first `main`, `body` and `title`, and the OpenAPI Explorer facts."""
    main = body = title = None
    facts: dict[str, str] = {}
    node: PageElement | None = soup.contents[0] if soup.contents else None
    while node is not None:
        if type(node) is Tag and node.name in _LANDMARKS:
            name = node.name
            if name == "main":
                if main is None:
                    main = node
            elif name == "body":
                if body is None:
                    body = node
            elif name == "title":
                if title is None:
                    title = node
            elif name == "a" and not facts:
                href = node.attrs.get("href")
                if href is not None:
                    facts = explorer_facts(str(href))
        node = node.next_element
    return main, body, title, facts


def _bold_only(p: Tag) -> bool:
    """Whether a paragraph holds nothing but one bold run (a section title written in bold)."""
    parts = [c for c in p.contents if not (isinstance(c, NavigableString) and not c.strip())]
    return len(parts) == 1 and isinstance(parts[0], Tag) and parts[0].name in ("strong", "b")


def read(text: str, origin: str) -> Document:
    soup = parse(text)
    sb = SectionBuilder(origin, "html")
    meta: dict[str, str] = {}
    title: str | None = None
    main, body, title_el, facts = _landmarks(soup)
    root = main or body

    # (children with paths, next index) pairs: an explicit stack instead of recursion
    stack = [_child_paths(root, element_path(root)) if root is not None else _child_paths(soup, "")]
    positions = [0]
    while stack:
        level_items = stack[-1]
        k = positions[-1]
        if k >= len(level_items):
            stack.pop()
            positions.pop()
            continue
        positions[-1] = k + 1
        child, path = level_items[k]
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
        elif name == "ul" or name == "ol":
            for li, li_path in _child_paths(child, path):
                if li.name == "li":
                    sb.paragraph(_text(li), Loc(origin, path=li_path), "item")
        elif name == "pre":
            sb.paragraph(_joined(child), Loc(origin, path=path), "code")
        elif name == "p" or (name == "span" and not _has_block(child)):
            text = _text(child)
            found = parse_meta_line(text)
            if name == "p" and _bold_only(child) and heading_key(text):
                sb.heading(clean_heading(text), 2, Loc(origin, path=path))  # `<p><strong>请求参数</strong></p>`
            elif found and not sb.sections and "updated" in found:
                meta.update(found)
            else:
                sb.paragraph(text, Loc(origin, path=path))
        elif len(stack) >= MAX_DEPTH:
            raise InputError(
                f"elements nest more than {MAX_DEPTH} deep; this is not a page errkb can read", file=origin
            )
        else:
            stack.append(_child_paths(child, path))
            positions.append(0)
    meta.update(facts)
    if title_el is not None and "og_title" not in meta:
        meta["html_title"] = _text(title_el)
    return sb.document(title, meta)
