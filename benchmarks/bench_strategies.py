"""Examples per second of the generated CreateSnapshot strategies against hypothesis-jsonschema.

    python benchmarks/bench_strategies.py [--examples N] [--repeat R]

Each strategy feeds the same no-op @given test of N examples (database off, no deadline, same
settings for every method; never `.example()`, which is slow and warns). After one untimed
warm-up run each, the R runs are interleaved across methods; the median is kept. Baselines measured in the same run: `st.integers()` (the framework's floor)
and hypothesis-jsonschema's `from_schema` on the exported request schema
(generated/schemas/ens/CreateSnapshot.request.json). Goal: valid_requests() and invalid_requests() >= 3x from_schema.
Health checks stay on: a strategy that filters too much fails here.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from generated.ens import create_snapshot_strategies as strat

SCHEMA = json.loads((ROOT / "generated/schemas/ens/CreateSnapshot.request.json").read_text("utf-8"))


def rate(strategy: Any, n: int) -> float:
    seen = [0]

    @settings(max_examples=n, database=None, deadline=None)
    @given(strategy)
    def run(_: Any) -> None:
        seen[0] += 1

    t = time.perf_counter()
    run()
    return seen[0] / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    methods = {
        "st.integers() (floor)": st.integers(),
        "hypothesis-jsonschema": from_schema(SCHEMA),
        "valid_requests()": strat.valid_requests(),
        "invalid_requests()": strat.invalid_requests(),
        "error_responses()": strat.error_responses(),
    }
    for s in methods.values():  # warm-up: lazy strategy construction and imports are not timed
        rate(s, 20)
    runs: dict[str, list[float]] = {name: [] for name in methods}
    for _ in range(args.repeat):  # interleaved, so load changes on the machine hit every method alike
        for name, s in methods.items():
            runs[name].append(rate(s, args.examples))
    rows = {name: statistics.median(r) for name, r in runs.items()}
    base = rows["hypothesis-jsonschema"]
    print(f"{args.examples} examples per run, median of {args.repeat} runs")
    print(f"{'strategy':<24}{'examples/s':>12}   ratio to hypothesis-jsonschema")
    for name, r in rows.items():
        print(f"{name:<24}{r:>12.0f}   {r / base:.2f}x")
    for name in ("valid_requests()", "invalid_requests()"):
        worst = min(r / b for r, b in zip(runs[name], runs["hypothesis-jsonschema"]))
        print(f"{name[:-2]} / hypothesis-jsonschema: {rows[name] / base:.2f}x, worst run {worst:.2f}x (goal >= 3)")


if __name__ == "__main__":
    main()
