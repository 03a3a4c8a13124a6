"""Writer: the canonical specs → an mkdocs-material project in `site/` (mkdocs.yml, docs/, assets).

Pages: Home, one per product, one per operation, the error-code index (one heading and a stable
anchor per code) and one page of changes per page version. Document text reaches the pages only
through the escaping filters of `site_text`; tables are HTML blocks whose cells are escaped, so no
document text can open a Markdown or HTML construct. `errkb site build` turns the project into HTML.
"""

from __future__ import annotations

import json
import posixpath
import re
from typing import Any, TypedDict

import jinja2

from . import site_model as model
from . import site_text as text

SITE = "site"
DOCS = "docs"
# Built HTML goes beside the sources, outside every folder a build owns.
SITE_DIR = "../site-build"
# Tokens of the search index: whitespace and punctuation, CamelCase humps, dots not inside numbers.
SEARCH_SEPARATOR = r'[\s\-,:!=\[\]()"/]+|(?!\b)(?=[A-Z][a-z])|\.(?!\d)|&[lg]t;'
# Above this many codes the index page drops its table of contents (it would list every code).
TOC_LIMIT = 300


class VersionPage(TypedDict):
    """One page version's changes page, as the templates read it."""

    version: str
    doc: str
    changes: list[model.Change]
    groups: list[tuple[model.Change, list[model.Change]]]
    breaking: int


def page_url(doc: str) -> str:
    """The URL mkdocs gives a docs file with directory URLs (`a/b.md` → `a/b/`, `a/index.md` → `a/`)."""
    base = doc[:-3]
    if base == "index":
        return ""
    if base.endswith("/index"):
        return base[:-5]
    return base + "/"


def link(from_doc: str, to_doc: str, anchor: str = "") -> str:
    """A relative URL from one page to another (raw HTML links are not rewritten by mkdocs)."""
    src, dst = page_url(from_doc), page_url(to_doc)
    rel = posixpath.relpath(dst or ".", src.rstrip("/") or ".")
    rel = "" if rel == "." else rel + "/"
    if not rel and not anchor:
        rel = "./"
    return rel + (f"#{anchor}" if anchor else "")


def version_file(version: str) -> str:
    return "changes/" + (re.sub(r"[^A-Za-z0-9._-]+", "-", version).strip("-.") or "undated") + ".md"


def _filters(env: jinja2.Environment) -> jinja2.Environment:
    site_env = env.overlay()
    site_env.filters.update({
        "h": text.html_text,
        "hm": lambda v: text.html_text(v, multiline=True),
        "hpre": text.pre_text,
        "md": text.md_text,
        "title": text.title_text,
        "q": lambda v: json.dumps(str(v), ensure_ascii=True),
        "url": text.safe_url,
        "constraint": text.describe_constraint,
    })
    return site_env


def _sample_json(body: Any) -> str:
    return json.dumps(body, indent=2, ensure_ascii=False)


def _products(specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_key: dict[str, dict[str, Any]] = {}
    for s in specs:
        p = by_key.setdefault(s["product_key"], {
            "key": s["product_key"], "product": s["product"], "name": s.get("product_name") or s["product"],
            "api_version": s["api_version"], "specs": [], "doc": f"{s['product_key']}/index.md",
        })
        p["specs"].append(s)
    return [by_key[k] for k in sorted(by_key)]


def render(specs: list[dict[str, Any]], env: jinja2.Environment) -> dict[str, bytes]:
    """The site project: `site/mkdocs.yml`, `site/hooks/…`, `site/docs/**` (relative path → bytes)."""
    env = _filters(env)
    specs = sorted(specs, key=lambda s: (s["product_key"], s["operation"]))
    products = _products(specs)
    codes = model.code_index(specs)
    anchors = {c.code: c.anchor for c in codes}
    changes = model.changes(specs)
    versions: list[VersionPage] = [
        {"version": v, "doc": version_file(v), "changes": cs, "groups": model.grouped(cs),
         "breaking": sum(c.severity == "breaking" for c in cs)}
        for v, cs in changes.items()]
    version_docs = {v["version"]: v["doc"] for v in versions}
    counts = {
        "products": len(products), "operations": len(specs), "codes": len(codes),
        "error_rows": sum(len(s["errors"]) for s in specs), "parameters": sum(len(s["request"]) for s in specs),
        "versions": len(versions), "sources": sum(len(s["sources"]) for s in specs),
    }
    common = {
        "link": link, "op_doc": model.op_path, "products": products, "counts": counts, "anchors": anchors,
        "codes_doc": "codes.md", "changes_doc": "changes/index.md", "version_docs": version_docs,
        "versions": versions,
    }
    pages: dict[str, str] = {}
    pages["index.md"] = env.get_template("site/index.md.j2").render(doc="index.md", **common)
    pages["codes.md"] = env.get_template("site/codes.md.j2").render(
        doc="codes.md", codes=codes, show_toc=len(codes) <= TOC_LIMIT, **common)
    pages["changes/index.md"] = env.get_template("site/changes_index.md.j2").render(doc="changes/index.md", **common)
    version_tpl = env.get_template("site/changes.md.j2")
    for v in versions:
        pages[v["doc"]] = version_tpl.render(doc=v["doc"], version=v, **common)
    product_tpl = env.get_template("site/product.md.j2")
    op_tpl = env.get_template("site/operation.md.j2")
    for p in products:
        pages[p["doc"]] = product_tpl.render(doc=p["doc"], product=p, **common)
        for s in p["specs"]:
            doc = model.op_path(s)
            pages[doc] = op_tpl.render(
                doc=doc, spec=s, response=model.response_tree(s["response"]),
                samples=[(sm, _sample_json(sm["body"])) for sm in s["samples"]], **common)
    files = {f"{SITE}/{DOCS}/{rel}": body.encode("utf-8") for rel, body in pages.items()}
    files[f"{SITE}/{DOCS}/assets/extra.css"] = env.get_template("site/extra.css").render().encode("utf-8")
    files[f"{SITE}/hooks/search_boost.py"] = env.get_template("site/search_boost.py.j2").render().encode("utf-8")
    files[f"{SITE}/mkdocs.yml"] = env.get_template("site/mkdocs.yml.j2").render(
        site_dir=SITE_DIR, separator=SEARCH_SEPARATOR, **common).encode("utf-8")
    return files
