"""Measure the readers on vendor Markdown pages that have no ground truth.

Each Markdown source is rendered the way the shared corpus renders its pages: `page.html` (the
doc site's page: header, `<h1>PRODUCT:Operation</h1>`, tables whose short cells are inline and
whose descriptions are `<p>` blocks), `flat.txt` (that page with every tag stripped) and
`pipe.txt` (a pipe-table text copy). Every rendering is then read back and compared, row by row,
with the Markdown reading: request rows (name, type, required, position, example, description;
no description for the lossy pipe copy), response rows (name, type) and error rows.

    python -m generator.crosscheck PAGES...      # Markdown files or folders holding them

A page's product is the name of its folder. The report gives the exact rows per rendering and,
with `-v`, every row that differs.
"""

from __future__ import annotations

import argparse
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import Document, Paragraph, fold
from .errors import ErrkbError
from .extract.operation import extract
from .extract.tables import column_role
from .readers import read_text

Facts = dict[str, list[tuple[Any, ...]]]
KINDS = ("request", "response", "errors")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def render_html(doc: Document, product: str, operation: str) -> str:
    """The page as the doc site shows it (the corpus's `page.html` layout)."""
    out = [
        '<html><head><title>API reference</title></head><body><header class="aliyun-header">',
        '<a href="/">\n\nAll Products</a><form><input type="text" name="k"><button type="submit">\n\nSearch</button>',
        '</form></header><nav class="breadcrumb"><a href="/help">\n\nDocument Center</a></nav>',
        f'<main class="help-detail"><h1 class="title">\n\n{_esc(product.upper())}:{_esc(operation)}</h1>',
        '<div class="doc-meta"><span class="last-updated">\n\nLast Updated:Mar 21, 2021</span></div>',
        '<div class="markdown-body">',
    ]
    for sec in doc.sections:
        if sec.level > 0:
            out.append(f"<h2>\n\n{_esc(sec.title)}</h2>")
        for block in sec.blocks:
            if isinstance(block, Paragraph):
                tag = {"code": "pre", "item": "li"}.get(block.kind, "p")
                body = f"<{tag}>\n\n{_esc(block.text)}</{tag}>"
                out.append(f"<ul>{body}</ul>" if tag == "li" else body)
                continue
            roles = [column_role(h) for h in block.header]
            params = "type" in roles  # a parameter table: its descriptions are blocks
            head = "".join(("<th>\n\n" if k == 0 else "<th>") + _esc(h) + "</th>" for k, h in enumerate(block.header))
            rows = []
            for row in block.rows:
                cells = []
                for k, cell in enumerate(row.cells):
                    role = roles[k] if k < len(roles) else None
                    if (params and role == "description") or len(cell.paragraphs) > 1:
                        cells.append("<td>" + "".join(f"<p>\n\n{_esc(p)}\n</p>" for p in cell.paragraphs) + "</td>")
                    else:
                        cells.append("<td>" + _esc(" ".join(cell.paragraphs)) + "</td>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            out.append(f'<div class="table-wrapper"><table class="table"><thead><tr>{head}</tr></thead><tbody>\n'
                       + "\n".join(rows) + "</tbody></table></div>")
    out.append('</div><div class="feedback"><p>\n\nWas this page helpful?</p></div></main>'
               '<footer><a href="/about">\n\nAbout Alibaba Cloud</a></footer></body></html>')
    return "".join(out)


_TAG = re.compile(r"<[^>]+>")


def render_flat(page_html: str) -> str:
    """The page's text with every tag stripped and nothing put between cells."""
    return html.unescape(_TAG.sub("", page_html))


def render_pipe(doc: Document, operation: str) -> str:
    """A pipe-table text copy: headings as lines, one row per line, a cell's paragraphs joined."""
    out = [operation]
    for sec in doc.sections:
        if sec.level > 0:
            out.append(sec.title)
        for block in sec.blocks:
            if isinstance(block, Paragraph):
                out.extend(block.text.split("\n"))
                continue
            out.append(" | ".join(block.header) + " |")
            out.append("|".join("---" for _ in block.header) + "|")
            for row in block.rows:
                out.append(" | ".join(fold(" ".join(c.paragraphs)).replace("|", "/") for c in row.cells) + " |")
    return "\n".join(out) + "\n"


def renderings(source: str, origin: str, product: str, operation: str) -> dict[str, str]:
    """The corpus's three other renderings of one Markdown page."""
    doc = read_text(source, origin, "markdown")
    page = render_html(doc, product, operation)
    return {"page.html": page, "flat.txt": render_flat(page), "pipe.txt": render_pipe(doc, operation)}


def facts(spec: dict[str, Any], lossy: bool = False) -> Facts:
    """The rows compared: what a reader must get right."""
    request = [(p["name"], p["type"], p["required"], p.get("position", ""), p.get("example") or "")
               + (() if lossy else (fold(p.get("description") or ""),)) for p in spec["request"]]
    response = [(f["name"], f["type"]) for f in spec["response"] if f.get("inferred") is None]
    errors = [(e["status"], e["code"], e["message"], e["description"]) for e in spec["errors"]]
    return {"request": request, "response": response, "errors": errors}


@dataclass
class Report:
    """Exact / total rows per (rendering, kind), the pages no reader could read, the rows that differ."""

    counts: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, rendering: str, kind: str, exact: int, total: int) -> None:
        c = self.counts.setdefault((rendering, kind), [0, 0])
        c[0] += exact
        c[1] += total


def check_page(path: Path, report: Report) -> None:
    """Render one Markdown page and compare every reading of it with the Markdown one."""
    source = path.read_text(encoding="utf-8")
    product, operation = path.parent.name, path.stem
    try:
        want = extract(read_text(source, str(path), "markdown"))
    except ErrkbError as exc:
        report.failed.append(f"{path}: markdown: {exc}")
        return
    for name, text in renderings(source, str(path), product, operation).items():
        lossy = name == "pipe.txt"
        expected = facts(want, lossy)
        try:
            got = facts(extract(read_text(text, f"{path.parent}/{operation}/{name}")), lossy)
        except ErrkbError as exc:
            report.failed.append(f"{path}: {name}: {exc}")
            got = {kind: [] for kind in KINDS}
        for kind in KINDS:
            a, b = expected[kind], got[kind]
            same = sum(1 for x, y in zip(a, b) if x == y)
            report.add(name, kind, same, len(a))
            if same != len(a) or len(a) != len(b):
                report.misses.append(f"{path} {name} {kind}: {same}/{len(a)} exact, {len(b)} read")


def markdown_files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.rglob("*.md")) if p.is_dir() else [p])
    return out


def main() -> None:  # pragma: no cover - a developer's tool: `python -m generator.crosscheck PAGES`
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the pages whose rows differ")
    args = ap.parse_args()
    report = Report()
    files = markdown_files(args.paths)
    for path in files:
        check_page(path, report)
    print(f"{len(files)} page(s)")
    for (rendering, kind), (exact, total) in sorted(report.counts.items()):
        print(f"{rendering:10} {kind:9} {exact}/{total} ({exact / total:.1%})" if total else f"{rendering:10} {kind:9} -")
    for line in report.failed + (report.misses if args.verbose else []):
        print(line)


if __name__ == "__main__":
    main()
