"""A build reuses unchanged operations from .errkb-cache/, in parallel when many, same bytes either way."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator import build, cache
from generator.cli import main
from generator.spec.sources import discover


def _tree(tmp: Path, corpus: Path, n: int = 30) -> Path:
    """`n` operations of the corpus, each newest page as HTML."""
    pages = sorted(corpus.glob("*/*/page.html"))[:n]
    for page in pages:
        dest = tmp / "spec" / "sources" / page.parent.parent.name / page.parent.name
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, dest / "2021-01-01.html")
    return tmp


def _counting(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    built: list[str] = []
    real = build.build_operation

    def counted(ops):  # type: ignore[no-untyped-def]
        built.append(ops.operation)
        return real(ops)

    monkeypatch.setattr(build, "build_operation", counted)
    return built


def test_parallel_cached_and_serial_builds_agree(tmp_path: Path, corpus: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = _tree(tmp_path, corpus)
    serial = build.plan_specs(root, jobs=1, use_cache=False, store_cache=False)
    assert not serial.failures and len(serial.specs) == 30
    assert not (root / cache.CACHE_DIR).exists()
    seen: list[str] = []
    parallel = build.plan_specs(root, seen.append, jobs=2)
    assert parallel.files == serial.files  # byte-identical, same order
    assert list(parallel.files) == list(serial.files)
    assert seen == [f"spec/{o.product_key}/{o.operation}.json" for o in discover(root)]
    assert (root / cache.CACHE_DIR / ".gitignore").read_text() == "*\n"
    built = _counting(monkeypatch)
    again = build.plan_specs(root, jobs=1)
    assert built == [] and again.files == serial.files  # nothing changed: every operation from the cache


def test_cache_follows_content_and_survives_damage(tmp_path: Path, corpus: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = _tree(tmp_path, corpus, n=4)
    first = build.plan_specs(root, jobs=1)
    ops = discover(root)
    built = _counting(monkeypatch)
    # one source edited: only its operation is rebuilt
    page = ops[1].files[0].path
    page.write_text(page.read_text(encoding="utf-8").replace("</h1>", " </h1>", 1), encoding="utf-8")
    build.plan_specs(root, jobs=1)
    assert built == [ops[1].operation]
    # damaged entries (not JSON; right key but altered spec) are ignored and rebuilt
    built.clear()
    cache.entry_path(root, ops[0]).write_text("{not json")
    entry = cache.entry_path(root, ops[2])
    text = entry.read_text()
    assert '\\"operation\\"' in text
    entry.write_text(text.replace('\\"operation\\"', '\\"operatiom\\"', 1))
    fixed = build.plan_specs(root, jobs=1)
    assert sorted(built) == sorted([ops[0].operation, ops[2].operation])
    assert fixed.files[f"spec/{ops[0].product_key}/{ops[0].operation}.json"] == \
        first.files[f"spec/{ops[0].product_key}/{ops[0].operation}.json"]
    # product metadata is part of the key
    built.clear()
    (root / "spec" / "sources" / ops[3].product_key / "product.json").write_text('{"name": "Renamed"}')
    build.plan_specs(root, jobs=1)
    assert ops[3].operation in built


def test_cli_build_progress_and_no_cache(tmp_path: Path, corpus: Path) -> None:
    root = _tree(tmp_path, corpus, n=3)
    runner = CliRunner()
    res = runner.invoke(main, ["build", "--root", str(root), "--progress", "--no-cache", "--jobs", "1"])
    assert "building" in res.stderr
    assert "3 operation(s) built" in res.output
    assert not (root / cache.CACHE_DIR).exists()
    check = runner.invoke(main, ["build", "--root", str(root), "--check"])
    assert "up to date" in check.output
    assert not (root / cache.CACHE_DIR).exists()  # --check writes nothing, not even the cache


def _counting_writers(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    real = build.writers

    def counted():  # type: ignore[no-untyped-def]
        calls.append(1)
        return real()

    monkeypatch.setattr(build, "writers", counted)
    return calls


def test_unchanged_specs_reuse_the_last_rendering(tmp_path: Path, corpus: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = _tree(tmp_path, corpus, n=3)
    fresh = build.plan(root, use_cache=False, store_cache=False)
    first = build.plan(root)
    assert first.files == fresh.files
    calls = _counting_writers(monkeypatch)
    again = build.plan(root)
    assert calls == [] and again.files == fresh.files  # nothing changed: no writer ran
    # a template override changes the key: the writers run again
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "unused.j2").write_text("x", encoding="utf-8")
    build.plan(root, templates)
    assert calls == [1]
    # a damaged rendering is ignored and rebuilt
    outputs = root / cache.CACHE_DIR / "outputs.json"
    outputs.write_text(outputs.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    assert build.plan(root).files == fresh.files and calls == [1, 1]
    # a changed source changes a spec, so the writers run
    page = discover(root)[0].files[0].path
    page.write_text(page.read_text(encoding="utf-8").replace("</h1>", " (v2)</h1>", 1), encoding="utf-8")
    build.plan(root)
    assert calls == [1, 1, 1]


def test_written_files_keep_their_mode(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.txt"
    build.atomic_write(target, b"one")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask  # as plain open() would make it
    target.chmod(0o640)
    build.atomic_write(target, b"two")
    assert target.read_bytes() == b"two" and target.stat().st_mode & 0o777 == 0o640
