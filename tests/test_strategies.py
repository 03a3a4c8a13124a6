"""Generated hypothesis strategies: built by construction, agreeing with the generated validators."""

from __future__ import annotations

import importlib
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generated.ens import create_snapshot as op
from generated.ens import create_snapshot_strategies as strat
from generated.ens import errors
from generated.errkb_runtime import strategies as rt


def _rejects(request: dict[str, Any], example: rt.Invalid) -> None:
    with pytest.raises(errors.EnsError) as info:
        op.validate(request)
    assert example.accepts(info.value), (example, info.value.code)


@settings(max_examples=1000, database=None, deadline=None, suppress_health_check=[])
@given(data=st.data())
def test_ens_strategies_agree_with_the_validator(data: Any) -> None:
    op.validate(data.draw(strat.valid_requests()))
    example = data.draw(strat.invalid_requests())
    assert example.code == op.expected_error(example.parameter, example.kind)
    assert example.error is errors.lookup(example.code)
    _rejects(example.request, example)


def test_drawn_requests_reach_limits_and_near_misses() -> None:
    names: list[str] = []
    descriptions: list[str] = []
    kinds: set[tuple[str, str]] = set()

    @settings(max_examples=400, database=None, derandomize=True, deadline=None)
    @given(strat.valid_requests(), strat.invalid_requests())
    def draw(request: dict[str, Any], example: rt.Invalid) -> None:
        op.validate(request)
        names.append(request.get("SnapshotName", "ab"))
        descriptions.append(request.get("Description", "ab"))
        kinds.add((example.parameter, example.kind))

    draw()
    assert {len(n) for n in names} >= {2, 128} and {len(d) for d in descriptions} >= {2, 256}
    assert len(set(names)) > 30 and len(set(descriptions)) > 30
    assert any(d.lower().startswith(("http:", "https")) for d in descriptions)  # valid, close to the prefix
    assert kinds >= {("SnapshotName", k) for k in ("length", "first_char", "forbidden_prefix", "charset", "type")}
    assert kinds >= {("DiskId", "required"), ("EnsRegionId", "required"), ("Description", "forbidden_prefix")}


def test_boundaries_of_create_snapshot() -> None:
    cases = strat.boundary_cases()
    valid = [r for r, ex in cases if ex is None]
    invalid = {(ex.parameter, ex.kind, str(r.get(ex.key, ""))[:8], len(str(r.get(ex.key, "")))): ex
               for r, ex in cases if ex is not None}
    names = [r.get("SnapshotName") for r in valid if "SnapshotName" in r]
    assert {len(n) for n in names} >= {2, 128}
    assert not any(n[0] == "中" for n in names)
    assert any(r.get("Description", " ")[0] == "中" for r in valid)  # no first-character rule there
    short = [k for k in invalid if k[:2] == ("SnapshotName", "length")]
    assert {k[3] for k in short} == {1, 129}
    prefixes = {k[2] for k in invalid if k[:2] == ("SnapshotName", "forbidden_prefix")}
    assert prefixes == {"http://A", "https://"}
    assert ("SnapshotName", "first_char") in {k[:2] for k in invalid}
    assert {"DiskId", "EnsRegionId"} <= {k[0] for k in invalid if k[1] == "required"}
    for request in valid:
        op.validate(request)
    for request, example in cases:
        if example is not None:
            assert example.constraint is None or example.constraint["kind"] == example.kind
            _rejects(request, example)


@settings(max_examples=200, database=None)
@given(st.data())
def test_wrong_types_and_missing_parameters_are_invalid(data: Any) -> None:
    example = data.draw(strat.invalid_requests())
    if example.kind == "required":
        assert example.key not in example.request and example.code == "errkb.MissingParameter"
    if example.kind == "type":
        assert not isinstance(example.request[example.key], str) and not example.wire


def test_every_documented_code_has_an_answer() -> None:
    seen: set[str] = set()

    @settings(max_examples=600, database=None)
    @given(strat.error_responses())
    def draw(answer: tuple[int, dict[str, Any], type]) -> None:
        status, body, cls = answer
        assert set(body) == {"Code", "Message", "RequestId"} and status == 400
        assert errors.lookup(body["Code"]) is cls and cls is not errors.EnsError
        if body["Code"].startswith("InvalidParameter."):
            assert body["Code"].split(".", 1)[1] in {"DiskId", "EnsRegionId", "SnapshotName", "Description"}
            assert "%s" not in body["Message"]
        seen.add(cls.code)

    draw()
    assert len(seen) > len(strat.ERRORS) // 2
    examples = rt.error_examples(strat.ERRORS, ["DiskId"])
    assert {errors.lookup(b["Code"]).code for _, b in examples} == {e["code"] for e in strat.ERRORS}


def test_response_shape_check() -> None:
    fields = [{"name": "RequestId", "type": "String"}, {"name": "Items", "type": "Array of Item"},
              {"name": "Count", "type": "Integer"}, {"name": "Id", "type": "String", "parent": "Items"}]
    wrapped = {"RequestId": "x", "Count": 3, "Items": {"Item": [{"Id": "1", "Extra": 2}, {"Extra": 3}]}, "Page": 1}
    assert rt.response_mismatches(fields, wrapped) == []
    assert rt.undocumented_fields(fields, wrapped) == ["Items.Item", "Items.Item.Extra", "Page"]
    # Documented fields inside an undocumented one are still checked.
    assert rt.response_report(fields, {"Page": {"Count": "x"}}) == rt.ResponseReport(
        ("Page.Count: str does not fit int",), ("Page",))
    assert rt.response_mismatches(fields, {"Count": "many"}) == ["Count: str does not fit int"]
    assert rt.response_mismatches(fields, {"Id": "x"}) == ["Id: documented under Items"]
    assert rt.response_mismatches(fields, {"RequestId": "a", "Items": [{"Id": "1"}]}) == []
    assert rt.response_mismatches(fields, {"Count": {"Id": 1}}) == ["Count: dict does not fit int",
                                                                 "Count.Id: documented under Items"]
    # A name documented both at the top and under a parent may appear anywhere.
    twice = [*fields, {"name": "Id", "type": "String"}]
    assert rt.response_report(twice, {"Id": "x", "Items": [{"Id": "y"}]}) == rt.ResponseReport((), ())


def _render(specs: list[dict[str, Any]], tmp: Path) -> str:
    from generator.writers import contract, exceptions, package, strategies, validators
    from generator.writers.env import environment

    env = environment()
    for writer in (package, exceptions, validators, strategies, contract):
        for rel, data in writer.render(specs, env).items():
            path = tmp / rel.replace("generated/", "corpusgen/", 1)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    sys.path.insert(0, str(tmp))
    return "corpusgen"


def _agree(operation: str, strategies: Any, validator: Any) -> None:
    @settings(max_examples=25, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.data())
    def agree(data: Any) -> None:
        validator.validate(data.draw(strategies.valid_requests()))
        ex = data.draw(strategies.invalid_requests())
        try:
            validator.validate(ex.request)
        except Exception as exc:  # noqa: BLE001
            assert ex.accepts(exc), (operation, ex, exc)
        else:
            raise AssertionError(f"{operation}: accepted {ex!r}")

    agree()


@pytest.fixture(scope="module")
def corpus_specs(corpus: Path) -> list[dict[str, Any]]:
    from generator.extract.operation import extract
    from generator.readers import read_path

    out = []
    for i, page in enumerate(sorted(corpus.glob("*/*/source.md"))):
        if i % 4:
            continue
        spec = extract(read_path(page))
        spec["product_key"] = "c" + page.parent.parent.name
        spec["product"] = spec.get("product") or page.parent.parent.name.upper()
        out.append(spec)
    return out


def test_corpus_strategies_agree_with_generated_validators(corpus_specs: list[dict[str, Any]],
                                                           tmp_path_factory: pytest.TempPathFactory) -> None:
    from generator import naming

    root = _render(pickle.loads(pickle.dumps(corpus_specs)), tmp_path_factory.mktemp("corpus"))
    checked = 0
    for spec in corpus_specs:
        pkg = naming.product_package(spec["product_key"])
        mod = naming.operation_modules(s["operation"] for s in corpus_specs if s["product_key"] == spec["product_key"])
        strategies = importlib.import_module(f"{root}.{pkg}.{mod[spec['operation']]}_strategies")
        validator = importlib.import_module(f"{root}.{pkg}.{mod[spec['operation']]}")
        _agree(spec["operation"], strategies, validator)
        checked += 1
    assert checked == len(corpus_specs) > 30


def test_limits_longer_than_hypothesis_draws() -> None:
    """`5,000 to 524,288 characters`: too-long and long valid values are built, not drawn whole."""
    param = {"name": "Body", "type": "String", "required": True, "description": "", "example": "", "unparsed": [],
             "constraints": [{"kind": "length", "min": 5000, "max": 524288, "unit": "characters", "sentence": "s"}]}
    b = rt.OperationStrategies([param], [], lambda name, kind: errors.ErrkbInvalidValue, errors.lookup)

    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
    @given(b.invalid_requests(), b.valid_requests())
    def check(example: Any, request: dict[str, Any]) -> None:
        assert 5000 <= len(request["Body"]) <= 524288
        body = example.request.get("Body")
        if example.kind == "length" and isinstance(body, str):
            assert len(body) < 5000 or len(body) > 524288

    check()


def test_lengths_in_bytes_are_drawn_a_byte_a_character() -> None:
    """`up to 64 bytes`: valid text keeps to ASCII, so Chinese characters never push it past the limit."""
    param = {"name": "Name", "type": "String", "required": True, "description": "", "example": "", "unparsed": [],
             "constraints": [{"kind": "length", "max": 64, "unit": "bytes", "sentence": "s"}]}
    b = rt.OperationStrategies([param], [], lambda name, kind: errors.ErrkbInvalidValue, errors.lookup)

    @settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
    @given(b.valid_requests())
    def check(request: dict[str, Any]) -> None:
        assert len(request["Name"].encode()) <= 64

    check()


def test_an_operation_without_parameters_has_no_request_to_break() -> None:
    b = rt.OperationStrategies([], [], lambda name, kind: errors.ErrkbInvalidValue, errors.lookup)
    assert not b.can_break()
    assert strat.can_break()
