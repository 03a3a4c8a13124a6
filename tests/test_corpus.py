"""Every page of ../shared/corpus in every rendering, compared with its truth.json.

The floors are the accuracy reached; raising them is how an improvement is locked in, and a
reader change that loses ground fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.measure import RENDERINGS, Score, measure

# rendering → kind → lowest accepted ratio of exact rows
FLOORS: dict[str, dict[str, float]] = {
    "html": {"request": 1.0, "request_description": 1.0, "response": 1.0, "errors": 1.0, "operation": 1.0},
    "markdown": {"request": 1.0, "request_description": 1.0, "response": 1.0, "errors": 1.0, "operation": 1.0},
    # pipe copies lose the rest of a paragraph from its first code span: descriptions are lossy
    "pipe": {"request": 1.0, "request_description": 0.97, "response": 1.0, "errors": 1.0, "operation": 1.0},
    # glued cells: a few code/message borders stay ambiguous
    "flat": {"request": 1.0, "request_description": 0.999, "response": 1.0, "errors": 0.995, "operation": 1.0},
}


@pytest.fixture(scope="module")
def scores(corpus: Path) -> dict[str, Score]:
    return measure(corpus)


@pytest.mark.parametrize("rendering", sorted(RENDERINGS))
def test_accuracy_floor(scores: dict[str, Score], rendering: str) -> None:
    score = scores[rendering]
    assert score.pages >= 150, "the corpus should hold every page"
    assert not score.failed_pages, score.failed_pages[:5]
    low = {
        kind: (round(score.ratio(kind), 4), floor)
        for kind, floor in FLOORS[rendering].items()
        if score.ratio(kind) < floor
    }
    assert not low, f"{rendering}: below floor {low}; first misses: {score.misses[:5]}"
