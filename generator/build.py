"""`errkb build`: sources → canonical specs (and, through the writers, everything generated).

A build first computes every output in memory; only then are files written, each atomically
(a temporary file renamed over the old one). An operation whose sources fail keeps its last good
spec; every failure is reported at the end. `check` compares the plan with the tree instead.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import cache
from .errors import ErrkbError
from .extract.operation import extract
from .readers import read_path
from .spec import io as spec_io
from .spec.merge import merge
from .spec.sources import OperationSources, SourceFile, check_identity, discover
from .writers import writers
from .writers.env import environment

# Folders a build owns entirely: a file there that the build does not write is stale.
OWNED = ("spec", "generated", "site")
KEEP = ("spec/sources",)


@dataclass
class Plan:
    """Every file a build would write (relative path → bytes) and what went wrong."""

    files: dict[str, bytes] = field(default_factory=dict)
    specs: list[dict[str, Any]] = field(default_factory=list)
    failures: list[ErrkbError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_source(sf: SourceFile, ops: OperationSources, fmt: str = "auto") -> dict[str, Any]:
    """One source document → its own spec, after checking it is filed where it belongs."""
    spec = extract(read_path(sf.path, fmt, origin=sf.rel))
    check_identity(spec, ops, sf.rel)
    return spec


@dataclass
class _OpResult:
    """What building one operation gave: its spec text, or the failures (picklable across processes)."""

    rel: str
    spec_text: str | None
    failures: list[tuple[type[ErrkbError], str, str | None, str | None]]
    key: str = ""
    cached: bool = False


def _failure(exc: ErrkbError) -> tuple[type[ErrkbError], str, str | None, str | None]:
    return type(exc), exc.detail, exc.file, exc.place


def build_operation(ops: OperationSources) -> _OpResult:
    """Read, extract and merge the documents of one operation, and validate the merged spec."""
    rel = f"spec/{ops.product_key}/{ops.operation}.json"
    failed: list[ErrkbError] = []
    docs = []
    for sf in ops.files:
        try:
            docs.append((sf, parse_source(sf, ops)))
        except ErrkbError as exc:
            failed.append(exc)
    if failed or not docs:
        return _OpResult(rel, None, [_failure(e) for e in failed])
    try:
        spec = merge(ops, docs)
        spec_io.validate(spec, rel)
    except ErrkbError as exc:
        return _OpResult(rel, None, [_failure(exc)])
    return _OpResult(rel, spec_io.dumps(spec), [])


# Below this many operations to (re)build, starting worker processes costs more than it saves.
PARALLEL_MIN = 24


def _workers(jobs: int | None, todo: int) -> int:
    """Processes to build `todo` operations with: one per core that is not busy with other work."""
    if jobs is not None:
        return max(1, jobs)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if todo < PARALLEL_MIN or cpus < 2:
        return 1
    try:
        busy = max(0.0, os.getloadavg()[0] - 1.0)  # the load of other work (this process counts one)
    except OSError:
        busy = 0.0
    return max(1, min(cpus, int(cpus - busy + 0.5), todo // 8))


def _build_all(todo: list[OperationSources], workers: int) -> Iterator[_OpResult]:
    """Results in the order of `todo`, built in `workers` processes when more than one."""
    if workers <= 1:
        yield from map(build_operation, todo)
        return
    chunk = max(1, len(todo) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(build_operation, todo, chunksize=chunk)


def plan_specs(root: Path, progress: Callable[[str], None] | None = None, *, jobs: int | None = None,
               use_cache: bool = True, store_cache: bool = True) -> Plan:
    """Every operation's canonical spec, in product/operation order.

    Operations whose sources, metadata and errkb code are unchanged come from the cache under
    `.errkb-cache/`; the others are built, in worker processes when there are many (`jobs` sets
    their number; 1 builds in this process). `progress(rel)` is called once per operation.
    """
    plan = Plan()
    plan.files["spec/" + spec_io.SCHEMA_NAME] = spec_io.schema_text().encode("utf-8")
    all_ops = discover(root)
    results: dict[int, _OpResult] = {}
    todo: list[tuple[int, OperationSources, str]] = []
    for i, ops in enumerate(all_ops):
        k = cache.key(ops) if use_cache or store_cache else ""
        text = cache.get(root, ops, k) if use_cache else None
        if text is not None:
            results[i] = _OpResult(f"spec/{ops.product_key}/{ops.operation}.json", text, [], k, cached=True)
        else:
            todo.append((i, ops, k))
    built = _build_all([ops for _, ops, _ in todo], _workers(jobs, len(todo)))
    pending = iter(todo)
    for i, ops in enumerate(all_ops):
        if i not in results:
            j, _, k = next(pending)
            res = next(built)
            res.key = k
            results[j] = res
            if store_cache and res.spec_text is not None:
                cache.put(root, ops, k, res.spec_text)
        res = results[i]
        if progress:
            progress(res.rel)
        _add_result(root, plan, res)
    return plan


def _add_result(root: Path, plan: Plan, res: _OpResult) -> None:
    if res.spec_text is None:
        plan.failures.extend(cls(detail, file=file, place=place) for cls, detail, file, place in res.failures)
        old = root / res.rel
        if old.exists():  # keep the last good spec of an operation that failed
            plan.files[res.rel] = old.read_bytes()
        return
    spec = json.loads(res.spec_text)
    plan.specs.append(spec)
    plan.warnings.extend(f"{w['file']}: {w['level']}: {w['message']}" for w in spec["warnings"])
    plan.files[res.rel] = res.spec_text.encode("utf-8")


def plan(root: Path, templates: Path | None = None, progress: Callable[[str], None] | None = None, *,
         jobs: int | None = None, use_cache: bool = True, store_cache: bool = True) -> Plan:
    """Everything a build writes: specs, then each writer's files rendered from those specs."""
    result = plan_specs(root, progress, jobs=jobs, use_cache=use_cache, store_cache=store_cache)
    specs = list(result.specs)
    built = {(s["product_key"], s["operation"]) for s in specs}
    for rel, data in sorted(result.files.items()):  # last good specs of operations that failed
        parts = rel.split("/")
        if len(parts) == 3 and parts[2].endswith(".json") and (parts[1], parts[2][:-5]) not in built:
            try:
                specs.append(spec_io.load(root / rel))
            except ErrkbError as exc:
                result.failures.append(exc)
    specs.sort(key=lambda s: (s["product_key"], s["operation"]))
    out_key = cache.outputs_key(specs, templates) if use_cache or store_cache else ""
    rendered = cache.get_outputs(root, out_key) if use_cache else None
    if rendered is not None:
        for rel, data in rendered.items():
            if rel in result.files:
                raise ErrkbError(f"two writers produce {rel}")
            result.files[rel] = data
        return result
    env = environment(templates)
    writer_failed = False
    produced_all: dict[str, bytes] = {}
    for writer in writers():
        try:
            produced = writer(specs, env)
        except ErrkbError as exc:
            result.failures.append(exc)
            writer_failed = True
            continue
        for rel, data in produced.items():
            if rel in result.files:
                raise ErrkbError(f"two writers produce {rel}")
            result.files[rel] = data
            produced_all[rel] = data
    if store_cache and not writer_failed:
        cache.put_outputs(root, out_key, produced_all)
    if writer_failed:  # keep the last good generated files rather than remove what the writer did not redo
        for rel in sorted(_owned_files(root) - set(result.files)):
            if not rel.startswith("spec/"):
                result.files[rel] = (root / rel).read_bytes()
    return result


def _owned_files(root: Path) -> set[str]:
    found: set[str] = set()
    for top in OWNED:
        base = root / top
        if not base.exists():
            continue
        for p in base.rglob("*"):
            rel = p.relative_to(root).as_posix()
            if p.is_file() and not any(rel == k or rel.startswith(k + "/") for k in KEEP):
                found.add(rel)
    return found


def differences(root: Path, plan: Plan) -> list[str]:
    """Files that differ between the tree and the plan: changed, missing or stale."""
    out = []
    for rel, data in sorted(plan.files.items()):
        p = root / rel
        if not p.exists():
            out.append(f"missing: {rel}")
        elif p.read_bytes() != data:
            out.append(f"changed: {rel}")
    for rel in sorted(_owned_files(root) - set(plan.files)):
        out.append(f"stale: {rel}")
    return out


def _new_file_mode() -> int:
    """The mode `open()` would give a new file (0o666 less the umask); mkstemp's own is 0o600."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`.

    A reader sees the old file or the new one, never a part; the file keeps its mode (a new one
    gets the mode a plain `open()` would give it).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = _new_file_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write(root: Path, plan: Plan) -> list[str]:
    """Write what changed, remove what is stale; returns the paths touched."""
    touched = []
    for rel, data in sorted(plan.files.items()):
        p = root / rel
        if not p.exists() or p.read_bytes() != data:
            atomic_write(p, data)
            touched.append(rel)
    for rel in sorted(_owned_files(root) - set(plan.files)):
        (root / rel).unlink()
        touched.append(f"removed {rel}")
    return touched
