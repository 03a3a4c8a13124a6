"""Exported JSON Schemas and OpenAPI documents: valid, deterministic, and agreeing with the validator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate as validate_openapi

from generated.ens import create_snapshot as op
from generated.ens import create_snapshot_strategies as strat
from generated.ens import errors
from generator.writers import export
from generator.writers.env import environment

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "generated/schemas/ens/CreateSnapshot.request.json").read_text("utf-8"))
OPENAPI = json.loads((ROOT / "generated/openapi/ens.openapi.json").read_text("utf-8"))
CHECK = jsonschema.Draft202012Validator(SCHEMA)


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((ROOT / "spec/ens/CreateSnapshot.json").read_text("utf-8"))
    return loaded


def test_exports_are_valid_and_deterministic() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    validate_openapi(OPENAPI)
    first = export.render([_spec()], environment())
    assert first == export.render([_spec()], environment())
    assert first["generated/openapi/ens.openapi.json"] == (ROOT / "generated/openapi/ens.openapi.json").read_bytes()
    post = OPENAPI["paths"]["/CreateSnapshot"]["post"]
    assert post["operationId"] == "CreateSnapshot"
    code = OPENAPI["components"]["schemas"]["CreateSnapshotError400"]["properties"]["Code"]
    jsonschema.validate("InvalidParameter.DiskId", code)
    jsonschema.validate("OrderFailed", code)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate("NotDocumented", code)
    response = OPENAPI["components"]["schemas"]["CreateSnapshotResponse"]
    for sample in _spec()["samples"]:
        jsonschema.validate(sample["body"], response)


def _agree(request: dict[str, Any]) -> None:
    try:
        op.validate(request)
        accepted = True
    except errors.EnsError:
        accepted = False
    assert CHECK.is_valid(request) == accepted, request


def test_schema_agrees_with_the_validator_at_the_boundaries() -> None:
    for request, _ in strat.boundary_cases():
        _agree(request)
    for name in ("SnapshotName", "Description"):
        for text in ("Abc\n", "Ab", "http://x", "https:/x", "httpx", "中文", "A" * 128, "A" * 129, "A"):
            _agree({"DiskId": "d", "EnsRegionId": "r", name: text})


@settings(max_examples=300, database=None)
@given(data=st.data())
def test_schema_agrees_with_the_validator(data: Any) -> None:
    _agree(data.draw(strat.valid_requests()))
    _agree(data.draw(strat.invalid_requests()).request)


def test_corpus_exports_are_valid(corpus: Path) -> None:
    from generator.extract.operation import extract
    from generator.readers import read_path

    specs = []
    for page in sorted(corpus.glob("*/*/source.md"))[::3]:
        spec = extract(read_path(page))
        spec["product_key"] = page.parent.parent.name
        specs.append(spec)
    files = export.render(specs, environment())
    assert len([f for f in files if f.startswith("generated/schemas/")]) == len(specs)
    for rel, data in files.items():
        doc = json.loads(data)
        if rel.startswith("generated/openapi/"):
            validate_openapi(doc)
        else:
            jsonschema.Draft202012Validator.check_schema(doc)


def test_hypothesis_jsonschema_generates_accepted_requests() -> None:
    hj = pytest.importorskip("hypothesis_jsonschema")

    @settings(max_examples=50, database=None, deadline=None)
    @given(hj.from_schema(SCHEMA))
    def accepted(request: dict[str, Any]) -> None:
        op.validate(request)

    accepted()


def test_schemathesis_loads_the_openapi_document() -> None:
    schemathesis = pytest.importorskip("schemathesis")
    schema = schemathesis.openapi.from_dict(OPENAPI)
    operations = [r.ok() for r in schema.get_all_operations()]
    assert [o.definition.raw["operationId"] for o in operations] == ["CreateSnapshot"]
    seen: list[Any] = []

    @settings(max_examples=10, database=None, deadline=None)
    @given(operations[0].as_strategy())
    def cases(case: Any) -> None:
        assert case.path == "/CreateSnapshot"
        seen.append(case.body)

    cases()
    assert seen
