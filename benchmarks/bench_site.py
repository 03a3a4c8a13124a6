"""Docs-site build for many operations against a plain mkdocs-material build of as many pages.

Synthesises N operations (default 1,000) from the bundled ENS spec: renamed operations over ten
products, and ten codes of each operation renamed so the code index grows as a real catalogue
would. errkb's side: the site writer + writing the project + `mkdocs build`. Baseline, measured in
the same run: a plain mkdocs-material build (same theme features) of N Markdown pages holding the
same parameter, response, sample and error tables written as ordinary Markdown.
Prints both times, their ratio (goal ≤ 1.5×) and the size of each search index.

    python benchmarks/bench_site.py [N]
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from generator.build import plan_specs
from generator.sitecmd import build_html
from generator.writers import site
from generator.writers.env import environment

PRODUCTS = 10
RENAMED_CODES = 10


def synthesise(base: dict[str, Any], n: int) -> list[dict[str, Any]]:
    specs = []
    for i in range(n):
        s = copy.deepcopy(base)
        p = i % PRODUCTS
        s["product_key"] = f"{base['product_key']}{p}"
        s["product"] = f"{base['product']}{p}"
        s["product_name"] = f"{base.get('product_name', base['product'])} {p}"
        s["operation"] = f"{base['operation']}{i:04d}"
        s["summary"] = f"{base['summary']} (variant {i})"
        for e in s["errors"][:RENAMED_CODES]:
            e["code"] = f"{e['code']}.V{i % 200}"
        specs.append(s)
    return specs


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def plain_page(s: dict[str, Any]) -> str:
    lines = [f"# {s['operation']}", "", s["summary"], "", "## Request parameters", "",
             "| Parameter | Type | Required | Description | Example |", "|---|---|---|---|---|"]
    lines += [f"| {p['name']} | {p['type']} | {p['required']} | {_cell(p['description'])} | {_cell(p['example'])} |"
              for p in s["request"]]
    lines += ["", "## Response", ""]
    lines += [f"- `{f['name']}` {f['type']}: {_cell(f.get('description', ''))}" for f in s["response"]]
    lines += ["", "## Sample responses", ""]
    for sm in s["samples"]:
        lines += ["```json", json.dumps(sm["body"], indent=2), "```", ""]
    lines += ["## Errors", "", "| Status | Code | Message | Description | First | Last |", "|---|---|---|---|---|---|"]
    lines += [f"| {e['status']} | {_cell(e['code'])} | {_cell(e['message'])} | {_cell(e['description'])} | "
              f"{e['first_seen']} | {e['last_seen']} |" for e in s["errors"]]
    lines += ["", "## Change history", ""]
    lines += [f"- {h['date']}: {h['summary']}" for h in s["history"]]
    return "\n".join(lines) + "\n"


def baseline(specs: list[dict[str, Any]], folder: Path) -> tuple[float, int]:
    docs = folder / "docs"
    for s in specs:
        page = docs / s["product_key"] / f"{s['operation']}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(plain_page(s), encoding="utf-8")
    (docs / "index.md").write_text("# Home\n\nPlain pages.\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text(
        "site_name: Plain\ntheme:\n  name: material\n  features:\n    - navigation.indexes\n"
        "    - navigation.prune\nplugins:\n  - search\n", encoding="utf-8")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    start = time.perf_counter()
    config = load_config(config_file=str(folder / "mkdocs.yml"), site_dir=str(folder / "html"))
    build(config)
    elapsed = time.perf_counter() - start
    return elapsed, (folder / "html" / "search" / "search_index.json").stat().st_size


def errkb_site(specs: list[dict[str, Any]], folder: Path) -> tuple[float, int, int]:
    start = time.perf_counter()
    files = site.render(specs, environment())
    for rel, data in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
    out = build_html(folder, folder / "html")
    elapsed = time.perf_counter() - start
    return elapsed, (out / "search" / "search_index.json").stat().st_size, len(files)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    base = plan_specs(ROOT).specs[0]
    specs = synthesise(base, n)
    codes = len({e["code"] for s in specs for e in s["errors"]})
    tmp = Path(tempfile.mkdtemp(prefix="bench-site-"))
    try:
        t_base, idx_base = baseline(specs, tmp / "plain")
        t_errkb, idx_errkb, nfiles = errkb_site(specs, tmp / "errkb")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"operations: {n}  distinct codes: {codes}  errkb site files: {nfiles}")
    print(f"plain mkdocs-material build, {n + 1} pages: {t_base:8.1f} s  search_index.json {idx_base / 1e6:7.2f} MB")
    print(f"errkb writer + mkdocs build:             {t_errkb:8.1f} s  search_index.json {idx_errkb / 1e6:7.2f} MB")
    print(f"ratio errkb / plain: {t_errkb / t_base:.2f}x (goal <= 1.5x); search index ratio "
          f"{idx_errkb / idx_base:.2f}x")


if __name__ == "__main__":
    main()
