"""The stub server: signatures, protocol errors, scenarios, validation, robustness and concurrency."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from generator.errors import ErrkbError
from generator.stub import DEFAULT_KEY_ID, DEFAULT_KEY_SECRET, client, running_stub
from generator.stub import auth as auth_mod
from generator.stub import signatures as sig
from generator.stub.server import parse_key

ROOT = Path(__file__).resolve().parents[1]
ACTION = "CreateSnapshot"
VALID = {"DiskId": "d-123", "EnsRegionId": "cn-shenzhen-3", "SnapshotName": "snapA"}


def _spec() -> dict[str, Any]:
    return json.loads((ROOT / "spec" / "ens" / f"{ACTION}.json").read_text("utf-8"))


SPEC = _spec()
VERSION = SPEC["api_version"]
ROWS = {e["code"]: e for e in reversed(SPEC["errors"])}  # first documented row of each code wins


@pytest.fixture(scope="module")
def op_module() -> Any:
    return pytest.importorskip("generated.ens.create_snapshot")


@pytest.fixture(scope="module")
def url(op_module: Any) -> Iterator[str]:
    with running_stub(ROOT, port=0) as base:
        yield base


def _open(req: urllib.request.Request | str) -> tuple[int, dict[str, Any]]:
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def _v3(url: str, params: dict[str, str], **kw: Any) -> tuple[int, dict[str, Any]]:
    action = kw.pop("action", ACTION)
    version = kw.pop("version", VERSION)
    full, headers = client.v3_request(url, action, version, params, **kw)
    return _open(urllib.request.Request(full, data=b"", headers=headers, method="POST"))


# -- signatures, checked against the official SDK's own signing code --------------------------------

def test_v3_signature_matches_the_sdk() -> None:
    utils = pytest.importorskip("alibabacloud_tea_openapi.utils")
    from darabonba.request import DaraRequest

    query = {"DiskId": "d-1 é+&=/~", "EnsRegionId": "cn-x", "SnapshotName": "A*b"}
    headers = {"host": "127.0.0.1:1", "x-acs-action": ACTION, "x-acs-version": VERSION,
               "x-acs-date": "2024-01-01T00:00:00Z", "x-acs-signature-nonce": "n1", "accept": "application/json",
               "x-acs-content-sha256": sig.EMPTY_SHA256}
    req = DaraRequest()
    req.method, req.pathname, req.query, req.headers = "POST", "/", dict(query), dict(headers)
    theirs = utils.Utils.get_authorization(req, sig.V3_ALGORITHM, sig.EMPTY_SHA256, "AK", "SK")
    ours = sig.sign_v3_headers("POST", "/", sorted(query.items()), headers, b"", "AK", "SK")["authorization"]
    assert ours == theirs


def test_v2_signature_matches_the_sdk() -> None:
    utils = pytest.importorskip("alibabacloud_tea_openapi.utils")
    params = {"Action": ACTION, "DiskId": "d-1 é+&=/~*", "Timestamp": "2024-01-01T00:00:00Z", "AccessKeyId": "AK"}
    theirs = utils.Utils.get_rpcsignature(params, "POST", "SK")
    assert sig.sign_v2_params("POST", params, "SK")["Signature"] == theirs


@pytest.mark.parametrize("value", [
    "", "ACS3-HMAC-SHA256", "ACS3-HMAC-SHA256 Credential=a", "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=,Signature=x",
    "ACS3-HMAC-SHA256 Credential=a,Credential=b,SignedHeaders=host,Signature=x",
    "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=x,Extra=1",
])
def test_malformed_authorization_headers_are_refused(value: str) -> None:
    assert sig.parse_authorization(value) is None


def test_authorization_header_is_parsed() -> None:
    parsed = sig.parse_authorization("ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host;x-acs-date,Signature=ab")
    assert parsed == sig.Authorization("ACS3-HMAC-SHA256", "AK", ("host", "x-acs-date"), "ab")


# -- the authenticator on its own (a clock that can be moved) ----------------------------------------

class Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> float:
        return self.now.timestamp()


def _v3_parts(at: datetime, nonce: str = "n", secret: str = DEFAULT_KEY_SECRET,
              key_id: str = DEFAULT_KEY_ID) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    _, headers = client.v3_request("http://h:1", ACTION, VERSION, VALID, key_id=key_id, secret=secret,
                                      nonce=nonce, at=at)
    return sorted(VALID.items()), {k: [v] for k, v in headers.items()}


def _verify(a: auth_mod.Authenticator, query: list[tuple[str, str]], headers: dict[str, list[str]]) -> str:
    try:
        return a.verify("POST", "/", query, headers, b"", [])
    except auth_mod.ApiFailure as exc:
        return exc.code


def test_authenticator_accepts_then_rejects_replay_stale_forged_and_unknown() -> None:
    clock = Clock()
    a = auth_mod.Authenticator({DEFAULT_KEY_ID: DEFAULT_KEY_SECRET}, clock=clock)
    q, h = _v3_parts(clock.now, nonce="once")
    assert _verify(a, q, h) == DEFAULT_KEY_ID
    assert _verify(a, q, h) == "SignatureNonceUsed"
    q, h = _v3_parts(clock.now - timedelta(minutes=16), nonce="old")
    assert _verify(a, q, h) == "InvalidTimeStamp.Expired"
    q, h = _v3_parts(clock.now - timedelta(minutes=14), nonce="recent")
    assert _verify(a, q, h) == DEFAULT_KEY_ID
    q, h = _v3_parts(clock.now, nonce="forged", secret="not-the-secret")
    assert _verify(a, q, h) == "SignatureDoesNotMatch"
    q, h = _v3_parts(clock.now, nonce="who", key_id="nobody")
    assert _verify(a, q, h) == "InvalidAccessKeyId.NotFound"
    q, h = _v3_parts(clock.now, nonce="tamper")
    assert _verify(a, [(k, v + "x") for k, v in q], h) == "SignatureDoesNotMatch"
    q, h = _v3_parts(clock.now, nonce="no-date")
    h["authorization"] = [h["authorization"][0].replace("x-acs-date;", "")]
    assert _verify(a, q, h) == "IncompleteSignature"
    clock.now += timedelta(minutes=16)  # a used nonce is forgotten once it could no longer be fresh
    q, h = _v3_parts(clock.now, nonce="once")
    assert _verify(a, q, h) == DEFAULT_KEY_ID


def test_authenticator_v2_errors() -> None:
    clock = Clock()
    a = auth_mod.Authenticator({DEFAULT_KEY_ID: DEFAULT_KEY_SECRET}, clock=clock)

    def v2(**kw: Any) -> str:
        kw.setdefault("at", clock.now)
        full = client.v2_request("http://h:1", ACTION, VERSION, VALID, **kw)
        params = parse_qsl(full.split("?", 1)[1], keep_blank_values=True)
        try:
            return a.verify("POST", "/", params, {}, b"", [])
        except auth_mod.ApiFailure as exc:
            return exc.code

    assert v2(nonce="a") == DEFAULT_KEY_ID
    assert v2(nonce="a") == "SignatureNonceUsed"
    assert v2(nonce="b", secret="wrong") == "SignatureDoesNotMatch"
    assert v2(nonce="c", key_id="nobody") == "InvalidAccessKeyId.NotFound"
    assert v2(nonce="d", at=clock.now + timedelta(minutes=20)) == "InvalidTimeStamp.Expired"
    with pytest.raises(auth_mod.ApiFailure) as info:
        a.verify("POST", "/", [("Action", ACTION)], {}, b"", [])
    assert (info.value.status, info.value.code) == (400, "MissingAccessKeyId")
    with pytest.raises(auth_mod.ApiFailure) as info:
        a.verify("POST", "/", [("AccessKeyId", DEFAULT_KEY_ID)], {}, b"", [])
    assert info.value.code == "MissingSignature"


def test_parse_key() -> None:
    assert parse_key("id:se:cret") == ("id", "se:cret")
    with pytest.raises(ErrkbError):
        parse_key("no-secret")


# -- the server over HTTP ---------------------------------------------------------------------------

def test_success_body_is_the_sample_with_a_fresh_request_id(url: str) -> None:
    (s1, b1), (s2, b2) = _v3(url, VALID), _v3(url, VALID)
    sample = next(s["body"] for s in SPEC["samples"] if s["kind"] == "success")
    assert s1 == s2 == 200
    assert {k: v for k, v in b1.items() if k != "RequestId"} == {k: v for k, v in sample.items() if k != "RequestId"}
    assert b1["RequestId"] != b2["RequestId"] != sample["RequestId"]


def test_old_signature_path(url: str) -> None:
    status, body = _open(urllib.request.Request(client.v2_request(url, ACTION, VERSION, VALID), data=b"",
                                                method="POST"))
    assert status == 200 and "RequestId" in body
    status, body = _open(client.v2_request(url, ACTION, VERSION, VALID, method="GET"))
    assert status == 200
    forged = client.v2_request(url, ACTION, VERSION, VALID).replace("snapA", "snapB")
    status, body = _open(urllib.request.Request(forged, data=b"", method="POST"))
    assert (status, body["Code"]) == (400, "SignatureDoesNotMatch")


def test_form_body_parameters_are_signed_and_read(url: str) -> None:
    form = {"DiskId": "d-9", "EnsRegionId": "cn-x"}
    full, headers = client.v3_request(url, ACTION, VERSION, {})
    body = "&".join(f"{k}={sig.percent_encode(v)}" for k, v in form.items()).encode()
    del headers["authorization"]
    headers["content-type"] = "application/x-www-form-urlencoded"
    signed = sig.sign_v3_headers("POST", "/", [], headers, body, DEFAULT_KEY_ID, DEFAULT_KEY_SECRET)
    assert _open(urllib.request.Request(full, data=body, headers=signed, method="POST"))[0] == 200
    signed["x-acs-content-sha256"] = sig.EMPTY_SHA256  # a body that is not the one signed
    status, err = _open(urllib.request.Request(full, data=body, headers=signed, method="POST"))
    assert status == 400 and err["Code"] in ("ContentSHA256NotMatched", "SignatureDoesNotMatch")


@pytest.mark.parametrize(("kwargs", "status", "code"), [
    ({"action": "NoSuchAction"}, 404, "InvalidAction.NotFound"),
    ({"version": "2000-01-01"}, 400, "InvalidVersion"),
    ({"secret": "forged"}, 400, "SignatureDoesNotMatch"),
    ({"key_id": "unknown-key"}, 404, "InvalidAccessKeyId.NotFound"),
    ({"at": datetime.now(UTC) - timedelta(minutes=30)}, 400, "InvalidTimeStamp.Expired"),
])
def test_protocol_errors(url: str, kwargs: dict[str, Any], status: int, code: str) -> None:
    got_status, body = _v3(url, VALID, **kwargs)
    assert (got_status, body["Code"]) == (status, code)
    assert body["RequestId"] and body["Message"]


def test_missing_signature_and_replay_over_http(url: str) -> None:
    status, body = _open(urllib.request.Request(f"{url}/?Action={ACTION}&Version={VERSION}", data=b"",
                                                method="POST"))
    assert (status, body["Code"]) == (400, "MissingAccessKeyId")
    full, headers = client.v3_request(url, ACTION, VERSION, VALID)
    assert _open(urllib.request.Request(full, data=b"", headers=headers, method="POST"))[0] == 200
    status, body = _open(urllib.request.Request(full, data=b"", headers=headers, method="POST"))
    assert (status, body["Code"]) == (400, "SignatureNonceUsed")


def test_validation_errors_use_the_documented_rows(url: str, op_module: Any) -> None:
    code = op_module.expected_error("SnapshotName", "first_char")
    status, body = _v3(url, {**VALID, "SnapshotName": "1abc"})
    assert body["Code"] == code
    row = next((e for e in SPEC["errors"] if e.get("pattern") and re.fullmatch(
        e["pattern"]["regex"], code)), ROWS.get(code))
    if row is not None:
        assert status == int(row["status"])
        assert body["Message"] == row["message"].replace("%s", "SnapshotName")
    missing = op_module.expected_error("DiskId", "required")
    status, body = _v3(url, {k: v for k, v in VALID.items() if k != "DiskId"})
    assert body["Code"] == missing
    if missing.startswith("errkb."):
        assert status == 400


def test_every_documented_code_through_the_scenario_header(url: str) -> None:
    for code, row in ROWS.items():
        concrete = code.replace("%s", "DiskId")
        status, body = _v3(url, VALID, headers={"x-errkb-scenario": concrete})
        assert (status, body["Code"]) == (int(row["status"]), concrete), code
        assert body["Message"] == row["message"].replace("%s", "DiskId")


def _post_json(url: str, payload: Any, method: str = "POST") -> tuple[int, dict[str, Any]]:
    data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return _open(urllib.request.Request(f"{url}/_errkb/scenario", data=data, method=method,
                                        headers={"content-type": "application/json"}))


def test_control_endpoint_scenarios(url: str) -> None:
    assert _post_json(url, {"operation": ACTION, "code": "OrderFailed", "times": 2})[0] == 200
    assert _v3(url, VALID)[1]["Code"] == "OrderFailed"
    assert _v3(url, VALID)[1]["Code"] == "OrderFailed"
    assert _v3(url, VALID)[0] == 200
    assert _post_json(url, {"code": "NoPermission", "times": None})[0] == 200
    assert [_v3(url, VALID)[1]["Code"] for _ in range(3)] == ["NoPermission"] * 3
    assert _post_json(url, b"", method="DELETE") == (200, {"cleared": 1})
    assert _v3(url, VALID)[0] == 200
    for bad in ({"code": "NotADocumentedCode"}, {"operation": "Nope", "code": "OrderFailed"},
                {"code": "OrderFailed", "times": 0}, {"code": 5}, [1, 2], {"code": "OrderFailed", "x": 1}):
        status, body = _post_json(url, bad)
        assert (status, body["Code"]) == (400, "errkb.InvalidScenario"), bad
    assert _post_json(url, b"{not json")[1]["Code"] == "errkb.InvalidScenario"
    status, body = _v3(url, VALID, headers={"x-errkb-scenario": "NotDocumented"})
    assert (status, body["Code"]) == (400, "errkb.InvalidScenario")


def _raw(url: str, data: bytes) -> bytes:
    host, port = url.rsplit("/", 1)[1].split(":")
    with socket.create_connection((host, int(port)), timeout=5) as s:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_malformed_requests_never_crash_it(url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="errkb.stub")
    answers = [
        _open(urllib.request.Request(f"{url}/?%ZZ=%FF%FE", data=b"", method="POST")),
        _open(urllib.request.Request(f"{url}/?Action={ACTION}", data=b"\xff\xfe=\x00", method="POST",
                                     headers={"content-type": "application/x-www-form-urlencoded"})),
        _open(urllib.request.Request(f"{url}/", data=b"", method="PUT")),
        _open(urllib.request.Request(f"{url}/", data=b"", method="POST",
                                     headers={"authorization": "ACS3-HMAC-SHA256 garbage",
                                              "x-acs-action": ACTION})),
        _open(urllib.request.Request(f"{url}/", data=b"", method="POST",
                                     headers={"authorization": "HMAC-MD5 Credential=a,SignedHeaders=h,Signature=s"})),
        _open(urllib.request.Request(f"{url}/?AccessKeyId={DEFAULT_KEY_ID}&Signature=x&Timestamp=yesterday"
                                     f"&SignatureNonce=z", data=b"", method="POST")),
        _open(urllib.request.Request(f"{url}/?" + "&".join(f"k{i}=v" for i in range(2000)), data=b"",
                                     method="POST")),
    ]
    for status, body in answers:
        assert 400 <= status < 500 and body["Code"] and body["RequestId"], (status, body)
    assert not _raw(url, b"\x00\x01garbage\r\n\r\n").startswith(b"HTTP/1.1 2")
    _raw(url, b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\nabc")
    _raw(url, b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert _v3(url, VALID)[0] == 200  # still serving
    lines = [r for r in caplog.records if r.name == "errkb.stub"]
    assert len(lines) >= len(answers) + 1
    assert all("->" in r.getMessage() for r in lines)


# -- concurrency ------------------------------------------------------------------------------------

def test_200_concurrent_requests_all_answered_right(url: str, op_module: Any) -> None:
    aiohttp = pytest.importorskip("aiohttp")
    missing = op_module.expected_error("DiskId", "required")
    codes = sorted(c for c in ROWS if "%s" not in c)
    cases: list[tuple[dict[str, str], dict[str, str], str]] = []
    for i in range(200):
        kind = i % 4
        if kind == 0:
            cases.append(({**VALID, "DiskId": f"d-{i}"}, {}, "OK"))
        elif kind == 1:
            cases.append(({"EnsRegionId": "cn-x"}, {}, missing))
        elif kind == 2:
            code = codes[i % len(codes)]
            cases.append((VALID, {"x-errkb-scenario": code}, code))
        else:
            cases.append((VALID, {}, "SignatureDoesNotMatch"))

    async def one(session: Any, i: int) -> tuple[str, str]:
        params, headers, expected = cases[i]
        secret = "forged" if expected == "SignatureDoesNotMatch" else DEFAULT_KEY_SECRET
        full, signed = client.v3_request(url, ACTION, VERSION, params, headers=headers, secret=secret)
        async with session.post(full, data=b"", headers=signed) as resp:
            body = await resp.json(content_type=None)
            if resp.status == 200:
                return expected, "OK" if body.get("RequestId") else "no RequestId"
            return expected, body.get("Code", "?") if resp.status == 400 else f"{resp.status} {body.get('Code')}"

    async def run() -> list[tuple[str, str]]:
        connector = aiohttp.TCPConnector(limit=200)
        async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as session:
            return await asyncio.gather(*(one(session, i) for i in range(len(cases))))

    results = asyncio.run(run())
    wrong = [(i, e, g) for i, (e, g) in enumerate(results) if e != g]
    assert not wrong, wrong[:5]


# -- the HTTP contract-test target -----------------------------------------------------------------

def test_http_target_against_the_stub(url: str, op_module: Any) -> None:
    http_target = pytest.importorskip("generated.errkb_runtime.http_target")
    errors = pytest.importorskip("generated.ens.errors")
    HttpTarget = http_target.HttpTarget
    assert (http_target.DEFAULT_KEY_ID, http_target.DEFAULT_KEY_SECRET) == (DEFAULT_KEY_ID, DEFAULT_KEY_SECRET)
    target = HttpTarget(url)
    body = target.call("ens", ACTION, VALID)
    assert body["RequestId"] and body["SnapShotId"]
    with pytest.raises(errors.EnsError) as info:
        target.call("ens", ACTION, {**VALID, "SnapshotName": "1abc"})
    assert info.value.code == op_module.expected_error("SnapshotName", "first_char") and info.value.request_id
    with pytest.raises(errors.lookup("OrderFailed")):
        target.call("ens", ACTION, VALID, scenario="OrderFailed")
    with pytest.raises(errors.EnsError) as info:
        HttpTarget(url, secret="wrong").call("ens", ACTION, VALID)
    assert (info.value.code, info.value.status) == ("SignatureDoesNotMatch", 400)
    with pytest.raises(ValueError):
        HttpTarget("ftp://x")


def test_cli_refuses_an_unknown_product_and_a_bad_key() -> None:
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["stub", "--root", str(ROOT), "--product", "no-such-product", "--port", "0"])
    assert result.exit_code == 2 and "no specs" in result.output
    result = CliRunner().invoke(main, ["stub", "--root", str(ROOT), "--key", "nosecret", "--port", "0"])
    assert result.exit_code == 2 and "ID:SECRET" in result.output


def test_generated_contract_tests_run_against_the_stub(op_module: Any, caplog: pytest.LogCaptureFixture) -> None:
    import subprocess
    import sys
    from importlib.metadata import entry_points

    if not (ROOT / "generated" / "errkb_runtime" / "plugin.py").is_file():
        pytest.skip("generated/errkb_runtime/plugin.py is not built")
    tests = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "generated").glob("*/test_*_contract.py"))
    if not tests:
        pytest.skip("no generated contract tests")
    registered = any(ep.value.startswith("generated.errkb_runtime.plugin") for ep in entry_points(group="pytest11"))
    plugin = [] if registered else ["-p", "generated.errkb_runtime.plugin"]
    caplog.set_level(logging.INFO, logger="errkb.stub")
    with running_stub(ROOT, port=0) as base:
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *plugin,
                               "--errkb-target", base, *tests], cwd=ROOT, capture_output=True, text=True,
                              timeout=120, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert re.search(r"\d+ passed", done.stdout)
    served = [r for r in caplog.records if r.name == "errkb.stub"]
    assert served, "the contract tests never reached the stub"
