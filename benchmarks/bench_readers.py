"""Time each reader from file to spec over the shared corpus, against parser floors measured in the same run.

    python benchmarks/bench_readers.py [--pages N] [--repeat R] [--corpus DIR] [--out FILE]

For every corpus page (PRODUCT/OPERATION/) and every method, the work is repeated R times
(interleaved across methods, after one warm-up pass) and the page's median is kept; the table
shows the median over pages (and the mean and 90th percentile) in ms/page.

Methods:
  html      read_path(page.html)  + extract      (errkb's HTML reader, beautifulsoup4 + lxml)
  markdown  read_path(source.md)  + extract
  pipe      read_path(pipe.txt)   + extract      (text reader, pipe tables)
  flat      read_path(flat.txt)   + extract      (text reader, glued cells)
  html-read read_path(page.html) only            (the reader alone, without extraction)
  flat-read read_path(flat.txt)  only
  bs4       BeautifulSoup(page.html text, "lxml") only: the floor for any bs4-based reader
  lxml      lxml.html.fromstring(page.html text) only: the floor for a reader on lxml's tree

Every method includes reading the file from disk. Ratios are of the medians over pages, with
the median of the per-page ratios beside them. Goals: html / bs4 <= 1.5, markdown and text
readers / html <= 0.5. A JSON summary goes to benchmarks/results/readers.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bs4
import lxml  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]
from bs4 import BeautifulSoup

from generator.errors import ErrkbError
from generator.extract.operation import extract
from generator.readers import read_path

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "readers.json"

READERS = {"html": "page.html", "markdown": "source.md", "pipe": "pipe.txt", "flat": "flat.txt"}
READ_ONLY = {"html-read": "page.html", "flat-read": "flat.txt"}
FLOORS = {"bs4": "page.html", "lxml": "page.html"}
GOALS = {"html/bs4": 1.5, "markdown/html": 0.5, "pipe/html": 0.5, "flat/html": 0.5}


def _reader(path: Path) -> Callable[[], object]:
    return lambda: extract(read_path(path))


def _read_only(path: Path) -> Callable[[], object]:
    return lambda: read_path(path)


def _bs4(path: Path) -> Callable[[], object]:
    return lambda: BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def _lxml(path: Path) -> Callable[[], object]:
    return lambda: lxml.html.fromstring(path.read_text(encoding="utf-8"))


def page_folders(corpus: Path, limit: int | None) -> list[Path]:
    folders = sorted(p.parent for p in corpus.glob("*/*/truth.json") if (p.parent / "page.html").is_file())
    if limit is not None and limit < len(folders):
        # spread the sample over every product rather than taking the first product's pages
        step = len(folders) / limit
        folders = [folders[int(k * step)] for k in range(limit)]
    return folders


def time_pages(folders: list[Path], repeat: int) -> tuple[dict[str, list[float]], dict[str, list[str]]]:
    """Per method, the median seconds of each page (pages where the method failed are left out)."""
    methods: dict[str, tuple[str, Callable[[Path], Callable[[], object]]]] = {
        **{name: (file, _reader) for name, file in READERS.items()},
        **{name: (file, _read_only) for name, file in READ_ONLY.items()},
        "bs4": (FLOORS["bs4"], _bs4),
        "lxml": (FLOORS["lxml"], _lxml),
    }
    per_page: dict[str, list[float]] = {m: [] for m in methods}
    failures: dict[str, list[str]] = {m: [] for m in methods}
    for folder in folders:
        jobs: dict[str, Callable[[], object]] = {}
        for name, (file, make) in methods.items():
            path = folder / file
            if not path.is_file():
                continue
            job = make(path)
            try:
                job()  # warm-up, and find the pages a reader refuses
            except ErrkbError as exc:
                failures[name].append(f"{folder.parent.name}/{folder.name}: {exc}")
                continue
            except Exception as exc:  # noqa: BLE001 - a crash is reported, not fatal to the benchmark
                failures[name].append(f"{folder.parent.name}/{folder.name}: CRASH {type(exc).__name__}: {exc}")
                continue
            jobs[name] = job
        samples: dict[str, list[float]] = {name: [] for name in jobs}
        for _ in range(repeat):
            for name, job in jobs.items():  # interleaved, so drift hits every method alike
                t0 = time.perf_counter()
                job()
                samples[name].append(time.perf_counter() - t0)
        for name, s in samples.items():
            per_page[name].append(statistics.median(s))
    return per_page, failures


def _stats(seconds: list[float]) -> dict[str, float]:
    if not seconds:
        return {}
    ms = sorted(s * 1000 for s in seconds)
    return {
        "median_ms": round(statistics.median(ms), 3),
        "mean_ms": round(statistics.fmean(ms), 3),
        "p90_ms": round(ms[min(len(ms) - 1, int(0.9 * len(ms)))], 3),
        "min_ms": round(ms[0], 3),
        "max_ms": round(ms[-1], 3),
        "pages": len(ms),
    }


def summarise(per_page: dict[str, list[float]], folders: list[Path]) -> dict[str, Any]:
    stats = {m: _stats(v) for m, v in per_page.items()}
    ratios: dict[str, dict[str, Any]] = {}
    for num, den in (("html", "bs4"), ("html", "lxml"), ("markdown", "html"), ("pipe", "html"), ("flat", "html"),
                     ("flat-read", "html-read")):
        a, b = per_page.get(num, []), per_page.get(den, [])
        if not a or not b:
            continue
        key = f"{num}/{den}"
        entry: dict[str, Any] = {"of_medians": round(statistics.median(a) / statistics.median(b), 3)}
        if len(a) == len(b):  # same pages: the median of the per-page ratios too
            entry["median_per_page"] = round(statistics.median(x / y for x, y in zip(a, b)), 3)
        if key in GOALS:
            entry["goal"] = GOALS[key]
            entry["met"] = entry["of_medians"] <= GOALS[key]
        ratios[key] = entry
    sizes = sorted((f / "page.html").stat().st_size for f in folders)
    return {"methods": stats, "ratios": ratios, "page_html_bytes_median": statistics.median(sizes) if sizes else 0}


def print_table(summary: dict[str, Any], failures: dict[str, list[str]]) -> None:
    print(f"{'method':<10}{'median':>9}{'mean':>9}{'p90':>9}{'pages':>7}   ms/page")
    for name, s in summary["methods"].items():
        if s:
            print(f"{name:<10}{s['median_ms']:>9.2f}{s['mean_ms']:>9.2f}{s['p90_ms']:>9.2f}{s['pages']:>7}")
        else:
            print(f"{name:<10}{'-':>9}{'-':>9}{'-':>9}{0:>7}")
    print()
    print(f"{'ratio':<20}{'of medians':>11}{'per page':>10}   goal")
    for key, r in summary["ratios"].items():
        goal = f"<= {r['goal']}  {'ok' if r['met'] else 'MISSED'}" if "goal" in r else "(report)"
        print(f"{key:<20}{r['of_medians']:>11.2f}{r.get('median_per_page', float('nan')):>10.2f}   {goal}")
    for name, items in failures.items():
        if items:
            print(f"\n{name}: {len(items)} page(s) failed, e.g. {items[0][:160]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=None, help="pages to time (spread over products); default all")
    ap.add_argument("--repeat", type=int, default=7, help="timed runs per page and method (default 7)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    folders = page_folders(args.corpus, args.pages)
    if not folders:
        print(f"no pages under {args.corpus}", file=sys.stderr)
        return 1
    gc.collect()
    t0 = time.perf_counter()
    per_page, failures = time_pages(folders, args.repeat)
    wall = time.perf_counter() - t0
    summary = summarise(per_page, folders)
    print(f"{len(folders)} pages x {args.repeat} runs, corpus {args.corpus}, {wall:.1f} s\n")
    print_table(summary, failures)

    result = {
        "benchmark": "readers",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": platform.python_version(),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
        "versions": {"beautifulsoup4": bs4.__version__, "lxml": lxml.__version__},
        "corpus": str(args.corpus),
        "pages": len(folders),
        "repeat": args.repeat,
        "wall_s": round(wall, 2),
        **summary,
        "failures": {k: v for k, v in failures.items() if v},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
