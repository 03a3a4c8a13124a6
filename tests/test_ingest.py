"""errkb add: file pages of many products and operations by what they say they are."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.build import plan_specs, write
from generator.cli import main
from generator.ingest import date_from_path

ROOT = Path(__file__).resolve().parents[1]


def _add(root: Path, *paths: Path | str):
    return CliRunner().invoke(main, ["add", *map(str, paths), "--root", str(root)])


def _smallest_product(corpus: Path) -> Path:
    return min((p for p in corpus.iterdir() if p.is_dir()), key=lambda p: (len(list(p.iterdir())), p.name))


def test_whole_product_in_one_command_then_build(tmp_path: Path, corpus: Path) -> None:
    product = _smallest_product(corpus)
    res = _add(tmp_path, product)
    assert res.exit_code == 0, res.output
    ops = sorted(p.name for p in product.iterdir() if p.is_dir())
    base = tmp_path / "spec" / "sources" / product.name
    assert sorted(p.name for p in base.iterdir() if p.is_dir()) == ops
    meta = json.loads((base / "product.json").read_text())
    assert meta["product"].lower() == product.name
    for op in ops:
        truth = json.loads((product / op / "truth.json").read_text())
        names = sorted(p.name for p in (base / op).iterdir())
        # the newest page as HTML (dated by its Last Updated line), each older version as Markdown
        versions = sorted(v.name[:10] for v in (product / op / "versions").iterdir()) if (
            product / op / "versions").is_dir() else []
        assert f"{truth['updated']}.html" in names
        assert sorted(n[:10] for n in names if n.endswith(".md")) == versions
    # the other renderings of each page are recognised, not filed twice
    assert "duplicate" in res.output and "0 conflict, 0 unidentified" in res.output
    plan = plan_specs(tmp_path)
    assert not plan.failures
    assert sorted(s["operation"] for s in plan.specs) == ops
    write(tmp_path, plan)
    again = _add(tmp_path, product)
    assert again.exit_code == 0 and "0 added" in again.output


def test_conflict_duplicate_and_unidentified(tmp_path: Path) -> None:
    src = ROOT / "spec" / "sources" / "ens"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(src / "CreateSnapshot" / "2024-04-09.txt", inbox / "page.txt")
    root = tmp_path / "tree"
    first = _add(root, inbox / "page.txt")
    assert first.exit_code == 0, first.output
    assert "added      spec/sources/ens/CreateSnapshot/2024-04-09.txt" in first.output
    assert json.loads((root / "spec/sources/ens/product.json").read_text()) == {"product": "ENS"}
    assert "0 added, 1 duplicate" in _add(root, inbox).output
    changed = inbox / "changed.txt"
    changed.write_text((inbox / "page.txt").read_text().replace("The ID of the edge node.", "The node."))
    (inbox / "page.txt").unlink()
    conflict = _add(root, changed)
    assert conflict.exit_code == 1
    assert f"conflict: {changed}: page version 2024-04-09 of CreateSnapshot is already filed" in conflict.output
    assert "The ID of the edge node." in (root / "spec/sources/ens/CreateSnapshot/2024-04-09.txt").read_text()
    changed.unlink()
    (inbox / "notes.md").write_text("# Notes\n\nNothing to see.\n")
    shutil.copy(src / "CreateSnapshot" / "2024-08-19.txt", inbox / "untitled.txt")
    res = _add(root, inbox)
    assert res.exit_code == 1
    assert f"cannot identify {inbox / 'notes.md'}: cannot read it as an API reference page" in res.output
    assert f"cannot identify {inbox / 'untitled.txt'}: the page names no operation" in res.output


def test_page_naming_only_its_operation(tmp_path: Path, corpus: Path) -> None:
    version = next(v for v in sorted(corpus.glob("*/*/versions/*"))
                   if (v / "source.md").read_text(encoding="utf-8").startswith(f"# {v.parent.parent.name}\n"))
    page = version.parent.parent
    alone = _add(tmp_path, version / "source.md")
    assert alone.exit_code == 1 and "no product in the tree has it; pass --product" in alone.output
    res = CliRunner().invoke(main, ["add", str(version / "source.md"), "--product", page.parent.name.upper(),
                                    "--root", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "spec/sources" / page.parent.name / page.name / f"{version.name[:10]}.md").exists()
    assert date_from_path(Path("x/2020-09-21-cb361f2/source.md")) == "2020-09-21"
    assert date_from_path(Path("x/y/source.md")) is None
