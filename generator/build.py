"""`errkb build`: sources → canonical specs (and, through the writers, everything generated).

A build first computes every output in memory; only then are files written, each atomically
(a temporary file renamed over the old one). An operation whose sources fail keeps its last good
spec; every failure is reported at the end. `check` compares the plan with the tree instead.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def plan_specs(root: Path, progress: Callable[[str], None] | None = None) -> Plan:
    plan = Plan()
    plan.files["spec/" + spec_io.SCHEMA_NAME] = spec_io.schema_text().encode("utf-8")
    for ops in discover(root):
        rel = f"spec/{ops.product_key}/{ops.operation}.json"
        if progress:
            progress(rel)
        failed: list[ErrkbError] = []
        docs = []
        for sf in ops.files:
            try:
                docs.append((sf, parse_source(sf, ops)))
            except ErrkbError as exc:
                failed.append(exc)
        if failed or not docs:
            plan.failures.extend(failed)
            old = root / rel
            if old.exists():  # keep the last good spec of an operation that failed
                plan.files[rel] = old.read_bytes()
            continue
        try:
            spec = merge(ops, docs)
            spec_io.validate(spec, rel)
        except ErrkbError as exc:
            plan.failures.append(exc)
            continue
        plan.specs.append(spec)
        plan.warnings.extend(f"{w['file']}: {w['level']}: {w['message']}" for w in spec["warnings"])
        plan.files[rel] = spec_io.dumps(spec).encode("utf-8")
    return plan


def plan(root: Path, templates: Path | None = None, progress: Callable[[str], None] | None = None) -> Plan:
    """Everything a build writes: specs, then each writer's files rendered from those specs."""
    result = plan_specs(root, progress)
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
    env = environment(templates)
    for writer in writers():
        for rel, data in writer(specs, env).items():
            if rel in result.files:
                raise ErrkbError(f"two writers produce {rel}")
            result.files[rel] = data
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


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
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
