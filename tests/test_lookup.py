"""errkb lookup: which products and operations document an error code."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.build import plan_specs, write
from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _lookup(*args: str):
    return CliRunner().invoke(main, ["lookup", *args, "--root", str(ROOT)])


def test_exact_code_case_insensitive() -> None:
    res = _lookup("ordersysconstraintinvalid", "--json")
    assert res.exit_code == 0, res.output
    matches = json.loads(res.output)["matches"]
    assert len(matches) == 2  # the page lists the code twice, with two messages
    assert {m["operation"] for m in matches} == {"CreateSnapshot"}
    assert all(m["code"] == "OrderSysConstraintInvalid" and m["status"] == 400 for m in matches)
    assert len({m["message"] for m in matches}) == 2
    text = _lookup("NoPermission")
    assert text.exit_code == 0
    assert "ENS CreateSnapshot: NoPermission" in text.output
    assert "page versions: 2024-04-09 … 2024-08-19" in text.output
    assert "message:     Permission denied." in text.output


def test_pattern_code_matches_and_names_the_field() -> None:
    res = _lookup("InvalidParameter.DiskId", "--json")
    assert res.exit_code == 0, res.output
    (m,) = json.loads(res.output)["matches"]
    assert m["code"] == "InvalidParameter.%s" and m["via_pattern"] and m["fields"] == {"%s": "DiskId"}
    assert m["first_seen"] == "2024-04-09" and m["last_seen"] == "2024-08-19"


def test_near_miss_suggests_and_exits_1() -> None:
    res = _lookup("OrderFaild")
    assert res.exit_code == 1
    assert "no operation in 1 spec(s) documents OrderFaild; did you mean OrderFailed" in res.output
    nothing = _lookup("Zzzzzzzz", "--json")
    assert nothing.exit_code == 1 and json.loads(nothing.output) == {
        "code": "Zzzzzzzz", "matches": [], "suggestions": []}


def test_catalog_of_several_products(tmp_path: Path, corpus: Path) -> None:
    runner = CliRunner()
    added = runner.invoke(main, ["add", str(corpus / "eip"), str(corpus / "vpn"), "--root", str(tmp_path)])
    assert added.exit_code == 0, added.output
    plan = plan_specs(tmp_path)
    assert not plan.failures
    write(tmp_path, plan)  # the specs are what lookup reads
    documented: dict[str, set[tuple[str, str]]] = {}
    for product in ("eip", "vpn"):
        for p in (corpus / product).glob("*/truth.json"):
            for e in json.loads(p.read_text(encoding="utf-8"))["errors"]:
                documented.setdefault(e["code"], set()).add((product, p.parent.name))
    code = max(sorted(documented), key=lambda c: len(documented[c]))
    assert len(documented[code]) > 3
    res = runner.invoke(main, ["lookup", code.swapcase(), "--root", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    found = {(m["product_key"], m["operation"]) for m in json.loads(res.output)["matches"]
             if not m["via_pattern"] and not m["removed"]}
    assert found == documented[code]
