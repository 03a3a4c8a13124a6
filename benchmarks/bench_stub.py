"""Load on the stub server over loopback, against a trivial endpoint of the same server library.

A fixed number of signed requests (a mix of valid calls, invalid ones, scenario codes and forged
signatures) is sent with a fixed concurrency and a time limit; every answer is checked. The stub
and the baseline (a Starlette app with one route returning ``ok``, run by the same uvicorn settings)
each run in a child process, so the client does not share an interpreter with the server; both are
measured in the same run, and the stub's latencies are printed as ratios to the baseline's.

    python benchmarks/bench_stub.py [--requests 4000] [--concurrency 200] [--time-limit 120]

Needs aiohttp (in the ``test`` extra).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.stub import DEFAULT_KEY_SECRET, client
from generator.stub.server import serving

ACTION = "CreateSnapshot"


def _baseline_app() -> Any:
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    async def ok(request: Any) -> PlainTextResponse:
        return PlainTextResponse("ok")

    return Starlette(routes=[Route("/", ok, methods=["GET", "POST"])])


def _serve(kind: str, urls: Any, stop: Any) -> None:
    import logging

    logging.getLogger("errkb.stub").setLevel(logging.WARNING)  # the per-request line is not what is measured
    if kind == "stub":
        from generator.stub.server import build

        app = build(ROOT).app
    else:
        app = _baseline_app()
    with serving(app) as url:
        urls.put(url)
        stop.wait()


def _cases(url: str, version: str, n: int, codes: list[str], missing: str) -> list[tuple[str, dict[str, str], str]]:
    """(full URL, headers, expected answer) for n requests, signed ahead of the clock start."""
    valid = {"DiskId": "d-1", "EnsRegionId": "cn-shenzhen-3", "SnapshotName": "snapA"}
    out = []
    for i in range(n):
        kind = i % 10
        params, headers, secret, expected = dict(valid, DiskId=f"d-{i}"), {}, DEFAULT_KEY_SECRET, "OK"
        if kind == 7:
            params.pop("DiskId")
            expected = missing
        elif kind == 8:
            headers = {"x-errkb-scenario": codes[i % len(codes)]}
            expected = codes[i % len(codes)]
        elif kind == 9:
            secret, expected = "forged", "SignatureDoesNotMatch"
        full, signed = client.v3_request(url, ACTION, version, params, headers=headers, secret=secret)
        out.append((full, signed, expected))
    return out


async def _load(requests: list[tuple[str, dict[str, str], str]], concurrency: int, time_limit: float,
                check: bool) -> tuple[list[float], int, float]:
    import aiohttp

    latencies: list[float] = []
    wrong = 0
    queue = list(reversed(requests))

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal wrong
        while queue:
            full, headers, expected = queue.pop()
            t0 = time.perf_counter()
            async with session.post(full, data=b"", headers=headers) as resp:
                raw = await resp.read()
            latencies.append(time.perf_counter() - t0)
            if check:
                body = json.loads(raw)
                got = "OK" if resp.status == 200 and body.get("RequestId") else body.get("Code")
                wrong += got != expected
            elif resp.status != 200:
                wrong += 1

    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=time_limit)
    started = time.perf_counter()
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await asyncio.wait_for(asyncio.gather(*(worker(session) for _ in range(concurrency))), time_limit)
    return latencies, wrong, time.perf_counter() - started


def _run(kind: str, n: int, concurrency: int, time_limit: float) -> tuple[list[float], int, float]:
    ctx = mp.get_context("spawn")
    urls, stop = ctx.Queue(), ctx.Event()
    proc = ctx.Process(target=_serve, args=(kind, urls, stop), daemon=True)
    proc.start()
    try:
        url = urls.get(timeout=30)
        spec = json.loads((ROOT / "spec" / "ens" / f"{ACTION}.json").read_text("utf-8"))
        from generated.ens import create_snapshot

        codes = sorted({e["code"] for e in spec["errors"] if "pattern" not in e})
        missing = create_snapshot.expected_error("DiskId", "required")
        # The baseline gets the very same request bytes (query, signed headers), so only the handling differs.
        asyncio.run(_load(_cases(url, spec["api_version"], min(n, 2 * concurrency), codes, missing), concurrency,
                          time_limit, kind == "stub"))  # warm-up, its own nonces
        reqs = _cases(url, spec["api_version"], n, codes, missing)
        return asyncio.run(_load(reqs, concurrency, time_limit, kind == "stub"))
    finally:
        stop.set()
        proc.join(10)
        if proc.is_alive():
            proc.terminate()


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=4000)
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--time-limit", type=float, default=120.0, help="seconds per phase")
    args = ap.parse_args()
    base_lat, base_bad, base_wall = _run("baseline", args.requests, args.concurrency, args.time_limit)
    stub_lat, wrong, stub_wall = _run("stub", args.requests, args.concurrency, args.time_limit)
    print(f"{args.requests} requests, {args.concurrency} concurrent, loopback")
    print(f"{'':10} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8} {'req/s':>8}  wrong")
    for name, lat, wall, bad in (("baseline", base_lat, base_wall, base_bad), ("stub", stub_lat, stub_wall, wrong)):
        print(f"{name:10} {_pct(lat, .5) * 1e3:8.2f} {_pct(lat, .99) * 1e3:8.2f} {statistics.mean(lat) * 1e3:8.2f} "
              f"{len(lat) / wall:8.0f}  {bad}")
    print(f"ratio stub/baseline: p50 {_pct(stub_lat, .5) / _pct(base_lat, .5):.2f}x, "
          f"p99 {_pct(stub_lat, .99) / _pct(base_lat, .99):.2f}x, "
          f"throughput {(len(stub_lat) / stub_wall) / (len(base_lat) / base_wall):.2f}x")
    return 1 if wrong or base_bad else 0


if __name__ == "__main__":
    sys.exit(main())
