"""The official Python SDK against the stub: valid requests succeed, invalid ones and every documented
code come back as the SDK's ClientException and errkb's adapter turns them into the typed classes."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings

from generator.stub import DEFAULT_KEY_ID, DEFAULT_KEY_SECRET, running_stub

ens_client = pytest.importorskip("alibabacloud_ens20171110.client")
ens_models = pytest.importorskip("alibabacloud_ens20171110.models")
openapi_models = pytest.importorskip("alibabacloud_tea_openapi.models")
openapi_exc = pytest.importorskip("alibabacloud_tea_openapi.exceptions")
dara_runtime = pytest.importorskip("darabonba.runtime")
errors = pytest.importorskip("generated.ens.errors")
operation = pytest.importorskip("generated.ens.create_snapshot")
strategies = pytest.importorskip("generated.ens.create_snapshot_strategies")

ROOT = Path(__file__).resolve().parents[1]
SPEC = json.loads((ROOT / "spec" / "ens" / "CreateSnapshot.json").read_text("utf-8"))
FIRST_ROWS = {e["code"]: e for e in reversed(SPEC["errors"])}
EXAMPLES = settings(max_examples=30, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_stub(ROOT, port=0) as base:
        yield base


def _client(url: str, algorithm: str | None = None) -> Any:
    config = openapi_models.Config(access_key_id=DEFAULT_KEY_ID, access_key_secret=DEFAULT_KEY_SECRET,
                                   endpoint=url.split("://", 1)[1], protocol="http", read_timeout=10000,
                                   connect_timeout=5000)
    if algorithm:
        config.signature_algorithm = algorithm
    return ens_client.Client(config)


@pytest.fixture(scope="module")
def sdk(url: str) -> Any:
    return _client(url)


@pytest.fixture(scope="module")
def sdk_v2(url: str) -> Any:
    return _client(url, "v2")


def _wire(request: dict[str, Any]) -> dict[str, Any]:
    """The request as the SDK's model takes it (every parameter here is a string on the wire)."""
    return {k: v if isinstance(v, str) else json.dumps(v) for k, v in request.items()}


def _call(sdk: Any, request: dict[str, Any], runtime: Any = None) -> Any:
    model = ens_models.CreateSnapshotRequest().from_map(_wire(request))
    if runtime is None:
        return sdk.create_snapshot(model)
    return sdk.create_snapshot_with_options(model, runtime)


def _scenario(url: str, code: str, times: int = 1) -> None:
    data = json.dumps({"operation": "CreateSnapshot", "code": code, "times": times}).encode()
    req = urllib.request.Request(f"{url}/_errkb/scenario", data=data, method="POST",
                                 headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert resp.status == 200


@EXAMPLES
@given(request=strategies.valid_requests())
def test_valid_requests_succeed_through_the_sdk(sdk: Any, request: dict[str, Any]) -> None:
    response = _call(sdk, request)
    assert response.status_code == 200
    assert response.body.request_id and response.body.order_id


@EXAMPLES
@given(example=strategies.invalid_requests())
def test_invalid_requests_raise_the_expected_code(sdk: Any, example: Any) -> None:
    # A list or an object cannot travel as one query-string value (the SDK flattens it into other names).
    assume(not isinstance(example.request.get(example.parameter), (list, dict)))
    with pytest.raises(openapi_exc.ClientException) as info:
        _call(sdk, example.request)
    assert info.value.code in example.codes
    typed = errors.from_sdk(info.value)
    assert example.accepts(typed)
    assert isinstance(typed, errors.lookup(info.value.code))
    assert typed.request_id and typed.status == info.value.status_code == 400


def test_every_documented_code_round_trips(url: str, sdk: Any) -> None:
    for code, row in FIRST_ROWS.items():
        concrete = code.replace("%s", "DiskId")
        _scenario(url, concrete)
        with pytest.raises(errors.EnsError) as info, errors.translate():
            _call(sdk, {"DiskId": "d-1", "EnsRegionId": "cn-x"})
        typed = info.value
        assert type(typed) is errors.lookup(concrete), code
        assert isinstance(typed.__cause__, openapi_exc.ClientException)
        assert (typed.code, typed.status, typed.message) == (
            concrete, int(row["status"]), row["message"].replace("%s", "DiskId"))
        assert typed.request_id == typed.__cause__.request_id


def test_scenario_by_header_through_sdk_extends_parameters(sdk: Any) -> None:
    runtime = dara_runtime.RuntimeOptions(
        extends_parameters=dara_runtime.ExtendsParameters(headers={"x-errkb-scenario": "InvalidParameter.DiskId"}))
    with pytest.raises(openapi_exc.ClientException) as info:
        _call(sdk, {"DiskId": "d-1", "EnsRegionId": "cn-x"}, runtime)
    typed = errors.from_sdk(info.value)
    assert typed.code == "InvalidParameter.DiskId" and typed.field == "DiskId"


def test_older_hmac_sha1_signature_through_the_sdk(url: str, sdk_v2: Any) -> None:
    assert _call(sdk_v2, {"DiskId": "d-1", "EnsRegionId": "cn-x", "SnapshotName": "abc"}).status_code == 200
    with pytest.raises(openapi_exc.ClientException) as info:
        _call(sdk_v2, {"EnsRegionId": "cn-x"})
    assert info.value.code == operation.expected_error("DiskId", "required")
    _scenario(url, "OrderFailed")
    with pytest.raises(errors.OrderFailed), errors.translate():
        _call(sdk_v2, {"DiskId": "d-1", "EnsRegionId": "cn-x"})


def test_wrong_key_through_the_sdk(url: str) -> None:
    config = openapi_models.Config(access_key_id=DEFAULT_KEY_ID, access_key_secret="wrong",
                                   endpoint=url.split("://", 1)[1], protocol="http")
    with pytest.raises(openapi_exc.ClientException) as info:
        _call(ens_client.Client(config), {"DiskId": "d-1", "EnsRegionId": "cn-x"})
    assert (info.value.code, info.value.status_code) == ("SignatureDoesNotMatch", 400)
    typed = errors.from_sdk(info.value)
    assert isinstance(typed, errors.EnsError) and typed.code == "SignatureDoesNotMatch"
