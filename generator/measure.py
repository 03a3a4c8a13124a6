"""Measure the readers on a corpus of real pages with ground truth (`truth.json`).

A corpus folder holds `PRODUCT/OPERATION/{page.html,source.md,pipe.txt,flat.txt,truth.json}`.
For each rendering, request rows, response rows and error rows are compared with the truth:
a row is exact when every compared field equals the truth's (whitespace folded).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import fold
from .errors import ErrkbError
from .extract.operation import extract
from .readers import read_path

RENDERINGS = {"html": "page.html", "markdown": "source.md", "pipe": "pipe.txt", "flat": "flat.txt"}
REQUEST_KEYS = ("name", "type", "required", "example")
ERROR_KEYS = ("status", "code", "message", "description")


@dataclass
class Score:
    """Exact / total counters for one rendering."""

    pages: int = 0
    failed_pages: list[str] = field(default_factory=list)
    counts: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, kind: str, exact: int, total: int) -> None:
        c = self.counts.setdefault(kind, [0, 0])
        c[0] += exact
        c[1] += total

    def ratio(self, kind: str) -> float:
        exact, total = self.counts.get(kind, [0, 0])
        return exact / total if total else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "failed_pages": self.failed_pages,
            **{k: {"exact": v[0], "total": v[1], "ratio": round(self.ratio(k), 4)} for k, v in sorted(self.counts.items())},
        }


def _norm(v: Any) -> Any:
    return fold(v) if isinstance(v, str) else v


def _row_key(row: dict[str, Any], keys: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(_norm(row.get(k, "")) for k in keys)


def _compare(kind: str, got: list[dict[str, Any]], want: list[dict[str, Any]], keys: tuple[str, ...], score: Score, page: str) -> None:
    """Rows are compared in order; a missing or extra row counts as a miss."""
    exact = 0
    for k, w in enumerate(want):
        g = got[k] if k < len(got) else {}
        if _row_key(g, keys) == _row_key(w, keys):
            exact += 1
        elif len(score.misses) < 10000:
            score.misses.append(f"{page} {kind}[{k}]: got {_row_key(g, keys)!r} want {_row_key(w, keys)!r}")
    score.add(kind, exact, max(len(want), len(got)))


def score_page(folder: Path, rendering: str, score: Score) -> None:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    page = f"{folder.parent.name}/{folder.name}/{RENDERINGS[rendering]}"
    score.pages += 1
    try:
        spec = extract(read_path(folder / RENDERINGS[rendering]))
    except ErrkbError as exc:
        score.failed_pages.append(f"{page}: {exc}")
        spec = {"request": [], "response": [], "errors": []}
    _compare("request", spec["request"], truth["request"], REQUEST_KEYS, score, page)
    _compare("request_description", spec["request"], truth["request"], ("name", "description"), score, page)
    _compare("response", spec["response"], truth["response"], ("name", "type"), score, page)
    _compare("errors", spec["errors"], truth["errors"], ERROR_KEYS, score, page)
    if truth.get("operation"):
        score.add("operation", int(spec.get("operation") == truth["operation"]), 1)


def pages(corpus: Path) -> list[Path]:
    return sorted(p.parent for p in corpus.glob("*/*/truth.json"))


def measure(corpus: Path, renderings: tuple[str, ...] = tuple(RENDERINGS)) -> dict[str, Score]:
    folders = pages(corpus)
    out: dict[str, Score] = {}
    for r in renderings:
        score = Score()
        for f in folders:
            if (f / RENDERINGS[r]).exists():
                score_page(f, r, score)
        out[r] = score
    return out


def main() -> None:  # pragma: no cover - a developer's tool: `python -m generator.measure CORPUS`
    import sys

    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    which = tuple(sys.argv[2].split(",")) if len(sys.argv) > 2 else tuple(RENDERINGS)
    for r, s in measure(corpus, which).items():
        print(r, json.dumps(s.to_json()))
        for m in s.misses[: int(__import__("os").environ.get("SHOW", "0"))]:
            print("   ", m)
        for m in s.failed_pages[:5]:
            print("   FAIL", m)


if __name__ == "__main__":
    main()
