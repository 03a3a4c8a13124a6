"""Generated contract tests, run as a user runs them: for every corpus page, in a pytest of their own."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from generator import naming
from generator.extract.operation import extract
from generator.readers import read_path
from generator.runtime import strategies as rt
from generator.writers import contract, exceptions, package, strategies, validators
from generator.writers.env import environment
from generator.writers.package import by_product

PACKAGE = "corpusgen"
WRITERS = (package, exceptions, validators, strategies, contract)
EXAMPLES = 4  # per property: enough to run every test body, fast for 174 pages

# Pages whose sample answer contradicts their own response table; the contract test is right to fail.
CONTRADICTIONS = {
    ("DescribeCdnDomainStagingConfig", "test_sample_answers_match_response_fields"):
        "ArgName and ArgValue are documented as String; the sample gives each a list of strings",
    ("DescribeDomainSrcDetailData", "test_sample_answers_match_response_fields"):
        "Data is documented as String; the sample gives a list of objects (bps, qps, http_code, ...)",
}


def _write_package(pages: list[Path], tmp: Path) -> list[dict[str, Any]]:
    specs = []
    for page in pages:
        spec = extract(read_path(page))
        spec["product_key"] = page.parent.parent.name
        spec["product"] = spec.get("product") or page.parent.parent.name.upper()
        specs.append(spec)
    env = environment()
    for writer in WRITERS:
        for rel, data in writer.render(specs, env).items():
            path = tmp / rel.replace("generated/", f"{PACKAGE}/", 1)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    # The generated package's own plugin, not the installed one, serves the fixtures.
    (tmp / "pytest.ini").write_text(
        "[pytest]\nfilterwarnings = error\n"
        f"addopts = -p no:errkb -p {PACKAGE}.errkb_runtime.plugin -p no:cacheprovider\n", encoding="utf-8")
    return specs


def _results(report: Path) -> list[tuple[str, str, str, str]]:
    """(module, test, outcome, message) of every test case in a JUnit XML report."""
    out = []
    for case in ET.parse(report).getroot().iter("testcase"):
        outcome, message = "passed", ""
        for tag in ("failure", "error", "skipped"):
            node = case.find(tag)
            if node is not None:
                outcome, message = tag, node.get("message", "")
        props = [f"{p.get('name')}={p.get('value')}" for p in case.iter("property")]
        out.append((case.get("classname", ""), case.get("name", ""), outcome, message or "; ".join(props)))
    return out


@pytest.fixture(scope="module")
def corpus_contracts(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], Any]:
    tmp = tmp_path_factory.mktemp("contracts")
    specs = _write_package(sorted(corpus.glob("*/*/source.md")), tmp)
    report = tmp / "report.xml"
    env = {**os.environ, "PYTHONPATH": str(tmp), "ERRKB_MAX_EXAMPLES": str(EXAMPLES)}
    env.pop("ERRKB_TARGET", None)
    command = [sys.executable, "-m", "pytest", "-q", f"--junitxml={report}", "-o", "junit_family=xunit1", PACKAGE]
    proc = subprocess.run(command, check=False, cwd=tmp, env=env, capture_output=True, text=True, timeout=600)
    assert report.is_file(), proc.stdout[-3000:] + proc.stderr[-3000:]
    return specs, _results(report)


def _classnames(specs: list[dict[str, Any]]) -> dict[str, str]:
    """JUnit class name of each contract module → its operation."""
    out = {}
    for key, group in by_product(specs).items():
        modules = naming.operation_modules(s["operation"] for s in group)
        for spec in group:
            out[f"{PACKAGE}.{naming.product_package(key)}.test_{modules[spec['operation']]}_contract"] = spec["operation"]
    return out


def test_contract_tests_of_every_corpus_page_pass(corpus_contracts: tuple[list[dict[str, Any]], Any]) -> None:
    specs, results = corpus_contracts
    operations = _classnames(specs)
    assert len(operations) == len(specs) == 174
    assert {cls for cls, *_ in results} == set(operations)
    failed = {(operations[cls], name): message[:300] for cls, name, outcome, message in results
              if outcome in ("failure", "error")}
    assert set(failed) == set(CONTRADICTIONS), failed
    # Fields a sample has but its page does not document: reported (xfail reason, recorded property), never failing.
    undocumented = {s["operation"] for s in specs for sample in s["samples"]
                    if sample["kind"] == "success" and rt.undocumented_fields(s["response"], sample["body"])}
    xfailed = {(operations[cls], name): message for cls, name, outcome, message in results if outcome == "skipped"}
    assert {name for _, name in xfailed} == {"test_sample_answers_hold_only_documented_fields"}
    assert {op for op, _ in xfailed} == undocumented and len(undocumented) >= 40
    assert all("does not document these fields" in m for m in xfailed.values())
    recorded = {operations[cls] for cls, name, outcome, message in results
                if name == "test_sample_answers_match_response_fields" and "undocumented_fields_" in message}
    assert recorded == undocumented - {op for op, _ in CONTRADICTIONS}


UNUSUAL = {
    # a page that documents no error code; a RESTful operation named in lower case
    "createThing": (
        "# createThing\n\n## Request parameters\n\n|Parameter|Position|Type|Required|Example|Description|\n"
        "|--|--|--|--|--|--|\n|ThingName|Body|String|Yes|t1|The name. It must be 2 to 16 characters in length.|\n"
        "|ExtendedConfig|Body|Json|No|{}|The settings. The value can be up to 1,024 characters in length. "
        "SubType: the subtype. Valid values:\n\n-   Single\n-   Double |\n\n"
        "## Response parameters\n\n|Parameter|Type|Example|Description|\n|--|--|--|--|\n|RequestId|String|A-1|The ID.|\n\n"
        "## Error codes\n\nSee the API Error Center.\n"
    ),
    # errors without a message column, under a header shifted by one column
    "DeleteThing": (
        "# DeleteThing\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|--|--|--|--|--|\n"
        "|ThingId|String|Yes|t-1|The ID of the thing.|\n\n## Error codes\n\n|Error code|Description|\n|--|--|\n"
        "|ThingBusy|The thing is busy.|\n\n## Common errors\n\n|Error ID|Error code|Error message|HTTP status code|\n"
        "|--|--|--|--|\n|ThingNotFound|The thing does not exist.|404|No such thing.|\n"
    ),
}


def test_contract_tests_of_unusual_pages_pass(tmp_path: Path) -> None:
    pages = []
    for op, text in UNUSUAL.items():
        page = tmp_path / "pages" / "thing" / op / "source.md"
        page.parent.mkdir(parents=True)
        page.write_text(text, encoding="utf-8")
        pages.append(page)
    out = tmp_path / "out"
    out.mkdir()
    specs = _write_package(pages, out)
    create = next(s for s in specs if s["operation"] == "createThing")
    config = next(p for p in create["request"] if p["name"] == "ExtendedConfig")
    assert [c["kind"] for c in config["constraints"]] == ["length"]  # the values are of a field inside it
    delete = next(s for s in specs if s["operation"] == "DeleteThing")
    assert [(e["status"], e["code"], e["message"]) for e in delete["errors"]] == [
        ("", "ThingBusy", ""), (404, "ThingNotFound", "The thing does not exist."),
    ]
    report = out / "report.xml"
    env = {**os.environ, "PYTHONPATH": str(out), "ERRKB_MAX_EXAMPLES": "20"}
    env.pop("ERRKB_TARGET", None)
    command = [sys.executable, "-m", "pytest", "-q", f"--junitxml={report}", "-o", "junit_family=xunit1", PACKAGE]
    proc = subprocess.run(command, check=False, cwd=out, env=env, capture_output=True, text=True, timeout=300)
    results = _results(report)
    assert len(results) >= 14, proc.stdout[-2000:]
    assert not [r for r in results if r[2] in ("failure", "error")], proc.stdout[-3000:]
