"""errkb diff: changes between two versions of a page, each with its place and class."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.diff import BREAKING, DOCS, NON_BREAKING, diff_catalogs
from generator.diff_sides import load_path

OLD = "spec/sources/ens/CreateSnapshot/2024-04-09.txt"
NEW = "spec/sources/ens/CreateSnapshot/2024-08-19.txt"
ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str):
    return CliRunner().invoke(main, ["diff", *args])


def test_ens_seed_000_to_001_sources_as_sides() -> None:
    res = _run(str(ROOT / OLD), str(ROOT / NEW), "--json")
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert not report["breaking"]
    by = {(c["section"], c["name"], c["kind"]): c for c in report["changes"]}
    reworded = by[("request", "EnsRegionId", "description-changed")]
    assert reworded["severity"] == DOCS and reworded["attribute"] == "description"
    assert reworded["old"] == "The ID of the edge node."
    # the newer copy is a lossy text copy: its cut sentences are not a loosened rule
    for name in ("SnapshotName", "Description"):
        assert by[("request", name, "description-lossy")]["severity"] == DOCS
    assert not [c for c in report["changes"] if c["section"] == "request" and c["severity"] != DOCS]
    old_codes = Counter(e["code"] for e in load_path(ROOT / OLD)[0]["errors"])
    new_codes = Counter(e["code"] for e in load_path(ROOT / NEW)[0]["errors"])
    added = [c for c in report["changes"] if c["kind"] == "error-code-added"]
    assert len(added) == sum((new_codes - old_codes).values()) == 101
    assert all(c["severity"] == NON_BREAKING and c["section"] == "errors" for c in added)
    assert by[("errors", "SystemUseCouponFailed", "error-code-added")]["new"] == 400
    assert report["summary"] == {BREAKING: 0, NON_BREAKING: 101, DOCS: 5}
    text = _run(str(ROOT / OLD), str(ROOT / NEW))
    assert "docs          request EnsRegionId [description]: description reworded" in text.output


def _edit(tmp: Path, replace: list[tuple[str, str]]) -> Path:
    text = (ROOT / NEW).read_text(encoding="utf-8")
    for a, b in replace:
        assert a in text, a
        text = text.replace(a, b)
    out = tmp / "2025-01-01.txt"
    out.write_text(text, encoding="utf-8")
    return out


def test_breaking_and_loosened_changes_are_classified(tmp_path: Path) -> None:
    newer = _edit(tmp_path, [
        ('"SnapShotId": "s-bp17441ohwka0yuh****",', '"SnapShotId": ["s-bp17441ohwka0yuh****"],'),
        ("The name must be 2 to 128 characters in length. It must start with a letter and cannot start with |",
         "The name must be 2 to 64 characters in length. It must start with a letter or a Chinese character. |"),
        ("DiskId | string | Yes |", "DiskIds | string | Yes |"),
        ("EnsRegionId | string | Yes |", "EnsRegionId | integer | Yes |"),
        ("Description | string | No |", "Description | string | Yes |"),
        ("| testDescription |", "| testDescription |\n"
         + "InstanceBillingCycle | string | No | The billing cycle. | Day |\n"
         + "Zone | string | Yes | The zone. | z1 |"),
        ("400 | OrderFailed |", "403 | OrderFailed |"),
    ])
    res = _run(str(ROOT / NEW), str(newer), "--json")
    assert res.exit_code == 1, res.output
    got = {(c["kind"], c["name"], c["attribute"]): c for c in json.loads(res.output)["changes"]}
    expect = {
        ("response-type-changed", "SnapShotId", "type"): BREAKING,
        ("constraint-tightened", "SnapshotName", "constraints.length.max"): BREAKING,
        ("constraint-loosened", "SnapshotName", "constraints.first_char"): NON_BREAKING,
        ("parameter-renamed", "DiskId", "name"): BREAKING,
        ("type-changed", "EnsRegionId", "type"): BREAKING,
        ("parameter-now-required", "Description", "required"): BREAKING,
        ("optional-parameter-added", "InstanceBillingCycle", ""): NON_BREAKING,
        ("required-parameter-added", "Zone", "required"): BREAKING,
        ("error-status-changed", "OrderFailed", "status"): BREAKING,
    }
    for key, severity in expect.items():
        assert key in got and got[key]["severity"] == severity, (key, sorted(got))
    assert got[("response-type-changed", "SnapShotId", "type")]["new"] == "Array"
    assert got[("parameter-renamed", "DiskId", "name")]["new"] == "DiskIds"
    assert "chinese" in got[("constraint-loosened", "SnapshotName", "constraints.first_char")]["detail"]


def test_a_parameter_moved_to_another_part_of_the_request_is_breaking(tmp_path: Path) -> None:
    def page(position: str) -> str:
        return (
            "# GetThing\n\n## Request parameters\n\n|Parameter|Position|Type|Required|Example|Description|\n"
            f"|---|---|---|---|---|---|\n|ThingId|{position}|String|Yes|t-1|The ID of the thing.|\n\n"
            "## Error codes\n\n|HttpCode|Error code|Error message|Description|\n|---|---|---|---|\n"
            "|404|ThingNotFound|No thing.|The thing does not exist.|\n"
        )
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(page("Query"), encoding="utf-8")
    new.write_text(page("Path"), encoding="utf-8")
    res = _run(str(old), str(new), "--json")
    assert res.exit_code == 1, res.output
    [moved] = [c for c in json.loads(res.output)["changes"] if c["kind"] == "parameter-moved"]
    assert (moved["name"], moved["old"], moved["new"], moved["severity"]) == ("ThingId", "query", "path", BREAKING)


def test_corpus_versions_match_truth(corpus: Path) -> None:
    """Every published version pair: added/removed parameters and error codes agree with truth.json."""
    pages = sorted(corpus.glob("*/*/versions"))
    assert pages
    pairs = 0
    for vdir in pages:
        seq = [*sorted(vdir.iterdir()), vdir.parent]
        for a, b in itertools.pairwise(seq):
            pairs += 1
            changes = diff_catalogs(load_path(a / "source.md"), load_path(b / "source.md"))
            ta, tb = (json.loads((p / "truth.json").read_text(encoding="utf-8")) for p in (a, b))
            an, bn = {r["name"] for r in ta["request"]}, {r["name"] for r in tb["request"]}
            treq = {r["name"]: r["required"] for r in tb["request"]}
            removed = {c.name for c in changes if c.kind == "parameter-removed"}
            removed |= {c.old for c in changes if c.kind == "parameter-renamed"}
            added = {c.name: c for c in changes if c.kind.endswith("parameter-added")}
            renamed_to = {c.new for c in changes if c.kind == "parameter-renamed"}
            assert removed == an - bn, (a, b)
            assert set(added) | renamed_to == bn - an, (a, b)
            for name, c in added.items():
                assert c.severity == (BREAKING if treq[name] else NON_BREAKING), (b, name)
            ea = Counter(e["code"] for e in ta["errors"])
            eb = Counter(e["code"] for e in tb["errors"])
            codes_added = {c.name.split(" (row")[0] for c in changes if c.kind == "error-code-added"}
            assert codes_added == set(eb - ea), (a, b)
            assert all(c.severity in (BREAKING, NON_BREAKING, DOCS) and c.operation for c in changes)
    assert pairs >= 150


def test_spec_json_and_folder_sides(tmp_path: Path) -> None:
    spec = ROOT / "spec" / "ens" / "CreateSnapshot.json"
    assert _run(str(spec), str(spec)).exit_code == 0
    assert "no changes" in _run(str(spec), str(ROOT)).output
    folder = tmp_path / "ens" / "CreateSnapshot"
    folder.mkdir(parents=True)
    shutil.copy(ROOT / OLD, folder / "2024-04-09.txt")
    res = _run(str(ROOT / OLD), str(folder), "--json")
    assert res.exit_code == 0 and json.loads(res.output)["summary"][BREAKING] == 0
    bad = _run(str(tmp_path / "missing.json"), str(spec))
    assert bad.exit_code == 2 and "not a git REV:PATH" in bad.output


def test_git_revisions(tmp_path: Path) -> None:
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    (repo / "spec" / "ens").mkdir(parents=True)
    spec_file = repo / "spec" / "ens" / "CreateSnapshot.json"
    spec_file.write_bytes((ROOT / "spec" / "ens" / "CreateSnapshot.json").read_bytes())

    def g(*args: str) -> None:
        subprocess.run([git, "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com",
                        "-c", "commit.gpgsign=false", *args], check=True, capture_output=True)

    g("init", "-q")
    g("add", "spec")
    g("commit", "-q", "-m", "one")
    data = json.loads(spec_file.read_text(encoding="utf-8"))
    data["request"] = [p for p in data["request"] if p["name"] != "Description"]
    spec_file.write_text(json.dumps(data), encoding="utf-8")
    res = _run("--git", "HEAD", "--root", str(repo), "--json")  # HEAD against the working tree
    assert res.exit_code == 1, res.output
    (change,) = [c for c in json.loads(res.output)["changes"] if c["severity"] == BREAKING]
    assert (change["kind"], change["name"]) == ("parameter-removed", "Description")
    g("commit", "-q", "-am", "two")
    assert _run("--git", "HEAD~1", "HEAD", "--root", str(repo)).exit_code == 1
    assert _run("HEAD~1:spec", "HEAD~1:spec/ens/CreateSnapshot.json", "--root", str(repo)).exit_code == 0
    missing = _run("--git", "nosuchrev", "--root", str(repo))
    assert missing.exit_code == 2 and "nosuchrev" in missing.output
