"""errkb build / build --check on small source trees made in tmp_path."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import plan_specs, write
from generator.cli import main
from generator.spec import io as spec_io
from generator.spec.wording import lost_words


def _tree(tmp: Path, corpus: Path) -> Path:
    """nat/CreateNatGateway in four page versions (Markdown), oldest to newest."""
    page = corpus / "nat" / "CreateNatGateway"
    dest = tmp / "spec" / "sources" / "nat" / "CreateNatGateway"
    dest.mkdir(parents=True)
    for v in sorted((page / "versions").iterdir()):
        shutil.copy(v / "source.md", dest / f"{v.name[:10]}.md")
    shutil.copy(page / "source.md", dest / "2021-04-26.md")
    return tmp


def test_build_is_deterministic_and_checkable(tmp_path: Path, corpus: Path) -> None:
    root = _tree(tmp_path, corpus)
    runner = CliRunner()
    first = runner.invoke(main, ["build", "--root", str(root)])
    assert first.exit_code == 0, first.output
    spec_file = root / "spec" / "nat" / "CreateNatGateway.json"
    before = spec_file.read_bytes()
    again = runner.invoke(main, ["build", "--root", str(root)])
    assert again.exit_code == 0 and spec_file.read_bytes() == before
    assert runner.invoke(main, ["build", "--root", str(root), "--check"]).exit_code == 0

    spec_file.write_text(before.decode().replace("CreateNatGateway", "Changed", 1))
    (root / "spec" / "nat" / "Stale.json").write_text("{}")
    res = runner.invoke(main, ["build", "--root", str(root), "--check"])
    assert res.exit_code == 1
    assert "changed: spec/nat/CreateNatGateway.json" in res.output
    assert "stale: spec/nat/Stale.json" in res.output


def test_versions_merge(tmp_path: Path, corpus: Path) -> None:
    root = _tree(tmp_path, corpus)
    plan = plan_specs(root)
    assert not plan.failures
    (spec,) = plan.specs
    spec_io.validate(spec)
    assert spec["page_versions"] == ["2020-09-21", "2020-11-03", "2020-12-11", "2021-04-26"]
    by_name = {p["name"]: p for p in spec["request"]}
    assert by_name["RegionId"]["first_seen"] == "2020-09-21" and by_name["RegionId"]["last_seen"] == "2021-04-26"
    removed = [p["name"] for p in spec["request"] if p.get("removed")]
    assert removed and all(by_name[n]["last_seen"] < "2021-04-26" for n in removed)
    new_codes = [e["code"] for e in spec["errors"] if e["first_seen"] == "2021-04-26"]
    assert "OperationFailed.NormalInventoryNotEnough" in new_codes
    for p in spec["request"]:
        assert p["provenance"] and all("version" in s and "line" in s for s in p["provenance"])


def test_failed_source_keeps_last_good_output(tmp_path: Path, corpus: Path) -> None:
    root = _tree(tmp_path, corpus)
    write(root, plan_specs(root))
    good = (root / "spec" / "nat" / "CreateNatGateway.json").read_bytes()
    other = root / "spec" / "sources" / "nat" / "Other"
    other.mkdir()
    shutil.copy(corpus / "nat" / "CreateSnatEntry" / "source.md", other / "2021-01-01.md")
    bad = root / "spec" / "sources" / "nat" / "CreateNatGateway" / "2022-01-01.md"
    bad.write_bytes(b"")
    res = CliRunner().invoke(main, ["build", "--root", str(root)])
    assert res.exit_code == 2
    # the page in Other/ names CreateSnatEntry: it contradicts its path, and is reported too
    assert "2022-01-01.md: file is empty" in res.output
    assert "is filed under 'Other'" in res.output
    assert (root / "spec" / "nat" / "CreateNatGateway.json").read_bytes() == good


def test_page_contradicting_its_path_is_an_error(tmp_path: Path, corpus: Path) -> None:
    dest = tmp_path / "spec" / "sources" / "nat" / "CreateNatGateway"
    dest.mkdir(parents=True)
    shutil.copy(corpus / "nat" / "CreateSnatEntry" / "page.html", dest / "2021-01-01.html")
    plan = plan_specs(tmp_path)
    assert len(plan.failures) == 1
    assert "operation 'CreateSnatEntry' but is filed under 'CreateNatGateway'" in str(plan.failures[0])


@pytest.mark.parametrize(
    ("new", "old", "lost"),
    [
        ("It must start with a letter and cannot start with", "It must start with a letter and cannot start with http:// or https://.", True),
        ("cannot start with By default, empty.", "cannot start with http:// or https://. By default, empty.", True),
        ("The zone does not exist.", "The zone ID does not exist.", False),
        ("Region missing.", "Region missing. Check the region ID.", False),
        ("Same text.", "Same text.", False),
    ],
)
def test_lost_words(new: str, old: str, lost: bool) -> None:
    assert lost_words(new, old) is lost


def test_parse_command_prints_json(corpus: Path) -> None:
    res = CliRunner().invoke(main, ["parse", str(corpus / "nat" / "CreateNatGateway" / "page.html")])
    assert res.exit_code == 0
    spec = json.loads(res.stdout)
    assert spec["operation"] == "CreateNatGateway"
    assert {"name", "type", "required"} <= set(spec["request"][0])
    assert {"status", "code", "message", "description"} <= set(spec["errors"][0])


def test_parse_bad_file_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    res = CliRunner().invoke(main, ["parse", str(empty)])
    assert res.exit_code == 2
    assert "empty.html" in res.output and "empty" in res.output


def test_spec_records_changes_between_consecutive_page_versions(tmp_path: Path, corpus: Path) -> None:
    from generator.diff import diff_operation
    from generator.extract.operation import extract
    from generator.readers import read_path

    root = _tree(tmp_path, corpus)
    (spec,) = plan_specs(root).specs
    spec_io.validate(spec)
    versions = spec["page_versions"]
    pairs = sorted({(c["since"], c["version"]) for c in spec["changes"]}, key=lambda p: versions.index(p[1]))
    assert pairs == list(itertools.pairwise(versions))
    assert json.loads(json.dumps(spec["changes"])) == spec["changes"]
    # each entry is the diff engine's verdict on the two pages themselves, in the engine's order
    src = root / "spec" / "sources" / "nat" / "CreateNatGateway"
    since, version = versions[0], versions[1]
    expected = diff_operation(extract(read_path(src / f"{since}.md")), extract(read_path(src / f"{version}.md")))
    got = [c for c in spec["changes"] if c["version"] == version]
    assert [(c["class"], c["kind"], c["section"], c["name"], c["attribute"], c["message"]) for c in got] == [
        (c.severity, c.kind, c.section, c.name, c.attribute, c.detail) for c in expected]
    by = {(c["version"], c["kind"], c["name"], c["attribute"]): c for c in spec["changes"]}
    gone = by[("2020-11-03", "parameter-removed", "BandwidthPackage.N.Zone", "")]
    assert gone["class"] == "breaking" and gone["since"] == "2020-09-21" and gone["new"] is None
    required = by[("2021-04-26", "parameter-now-required", "VSwitchId", "required")]
    assert (required["class"], required["old"], required["new"]) == ("breaking", False, True)
    assert {c["class"] for c in spec["changes"]} == {"breaking", "non-breaking", "documentation"}


def test_ens_seed_spec_changes() -> None:
    root = Path(__file__).resolve().parents[1]
    (spec,) = [s for s in plan_specs(root).specs if s["operation"] == "CreateSnapshot"]
    assert {(c["since"], c["version"]) for c in spec["changes"]} == {("2024-04-09", "2024-08-19")}
    added = [c for c in spec["changes"] if c["kind"] == "error-code-added"]
    assert len(added) == 101 and all(c["class"] == "non-breaking" and c["section"] == "errors" for c in added)
    new_rows = [e["code"] for e in spec["errors"] if e["first_seen"] == "2024-08-19"]
    assert len(new_rows) == 101 and {c["name"].split(" (row ")[0] for c in added} == set(new_rows)
    docs = {(c["section"], c["name"], c["attribute"]) for c in spec["changes"] if c["class"] == "documentation"}
    assert docs == {("request", "EnsRegionId", "description"), ("request", "SnapshotName", "description"),
                    ("request", "Description", "description"), ("errors", "OrderFailed", "message"),
                    ("errors", "OrderFailed", "description")}
    reworded = next(c for c in spec["changes"] if c["name"] == "EnsRegionId")
    assert reworded["old"] == "The ID of the edge node." and reworded["new"].startswith("The ID of the ENS node.")


def test_single_version_has_no_changes_and_field_is_required(tmp_path: Path, corpus: Path) -> None:
    dest = tmp_path / "spec" / "sources" / "nat" / "CreateSnatEntry"
    dest.mkdir(parents=True)
    shutil.copy(corpus / "nat" / "CreateSnatEntry" / "source.md", dest / "2021-01-01.md")
    (spec,) = plan_specs(tmp_path).specs
    assert spec["changes"] == []
    del spec["changes"]
    with pytest.raises(spec_io.SpecError, match="changes"):
        spec_io.validate(spec)


def test_a_field_named_twice_keeps_both_rows(tmp_path: Path) -> None:
    """`Page` the struct and `Page` the page number inside it: two response rows, each its own type."""
    dest = tmp_path / "spec" / "sources" / "arms" / "ListActivatedAlerts"
    dest.mkdir(parents=True)
    (dest / "2021-01-01.md").write_text(
        "# ListActivatedAlerts\n\n## Request parameters\n\n|Parameter|Type|Required|Description|\n|--|--|--|--|\n"
        "|RegionId|String|Yes|The region.|\n\n## Response parameters\n\n|Parameter|Type|Description|\n|--|--|--|\n"
        "|Page|Struct|The page.|\n|Total|Integer|The total.|\n|Page|Integer|The page number.|\n",
        encoding="utf-8",
    )
    plan = plan_specs(tmp_path)
    assert not plan.failures
    (spec,) = plan.specs
    assert [(f["name"], f["type"]) for f in spec["response"]] == [("Page", "Struct"), ("Total", "Integer"), ("Page", "Integer")]
