'Contract tests of ENS CreateSnapshot, generated from its API reference: valid and invalid requests, documented error answers, sample responses.'

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ..errkb_runtime import plugin as _plugin
from ..errkb_runtime import strategies as _rt

# The operation these tests check; the errkb pytest plugin's fixtures read it.
ERRKB_OPERATION = ('ens', 'CreateSnapshot')
_SETTINGS = _plugin.contract_settings()


def _call(target: Any, request: dict[str, Any]) -> BaseException | None:
    try:
        target.call(*ERRKB_OPERATION, request)
    except Exception as exc:  # noqa: BLE001 - every error is compared with the expected one
        return exc
    return None


def _check_invalid(target: Any, example: _rt.Invalid) -> None:
    exc = _call(target, example.request)
    assert exc is not None, f"accepted a request that breaks {example.kind} of {example.parameter}: {example.request!r}"
    assert example.accepts(exc), (
        f"{example.parameter} breaking {example.kind} ({example.constraint!r}) should raise one of "
        f"{[e.__name__ for e in example.errors]} with code in {example.codes}, got "
        f"{type(exc).__name__}(code={getattr(exc, 'code', None)!r}): {exc}"
    )


@_SETTINGS
@given(data=st.data())
def test_accepts_valid_requests(errkb_target: Any, errkb_strategies: Any, data: Any) -> None:
    request = data.draw(errkb_strategies.valid_requests(), label="request")
    exc = _call(errkb_target, request)
    assert exc is None, f"rejected a valid request {request!r}: {type(exc).__name__}: {exc}"


@_SETTINGS
@given(data=st.data())
def test_rejects_invalid_requests(errkb_target: Any, errkb_strategies: Any, data: Any) -> None:
    if not errkb_strategies.can_break():
        pytest.skip("the page documents no rule a request can break")
    example = data.draw(errkb_strategies.invalid_requests(), label="example")
    assume(example.wire or not getattr(errkb_target, "wire_only", False))
    _check_invalid(errkb_target, example)


def test_boundary_cases(errkb_target: Any, errkb_strategies: Any) -> None:
    wire_only = getattr(errkb_target, "wire_only", False)
    cases = errkb_strategies.boundary_cases()
    assert cases
    for request, example in cases:
        if example is None:
            exc = _call(errkb_target, request)
            assert exc is None, f"rejected a boundary request {request!r}: {type(exc).__name__}: {exc}"
        elif example.wire or not wire_only:
            _check_invalid(errkb_target, example)


def _message(body: dict[str, Any], cls: Any) -> str:
    """The message an error carries: the answer's, or the documented one when the answer has none."""
    return body["Message"] or (cls.messages[0] if cls.messages else "")


@_SETTINGS
@given(data=st.data())
def test_error_answers_map_to_classes(errkb_target: Any, errkb_strategies: Any, data: Any) -> None:
    status, body, cls = data.draw(errkb_strategies.error_responses(), label="answer")
    exc = errkb_target.from_response(ERRKB_OPERATION[0], status, body)
    assert type(exc) is cls
    assert (exc.code, exc.status, exc.message, exc.request_id) == (
        body["Code"], status, _message(body, cls), body["RequestId"])


def test_every_documented_code_round_trips(errkb_target: Any, errkb_spec: dict[str, Any]) -> None:
    names = [p["name"] for p in errkb_spec["request"]]
    assert len(_rt.error_examples(errkb_spec["errors"], names)) == len(errkb_spec["errors"])
    for row, (status, body) in zip(errkb_spec["errors"], _rt.error_examples(errkb_spec["errors"], names)):
        exc = errkb_target.from_response(ERRKB_OPERATION[0], status, body)
        cls = type(exc)
        assert cls.code == row["code"], f"{body['Code']} maps to {cls.__name__} ({cls.code})"
        # (a status or message the page leaves empty is not one of the class's)
        assert row["status"] in (*cls.statuses, "") and row["message"] in (*cls.messages, "")
        assert (exc.code, exc.status, exc.message) == (body["Code"], status, _message(body, cls))


def _success_reports(spec: dict[str, Any]) -> list[_rt.ResponseReport]:
    return [_rt.response_report(spec["response"], s["body"]) for s in spec["samples"] if s["kind"] == "success"]


def test_sample_answers_match_response_fields(errkb_spec: dict[str, Any], record_property: Any) -> None:
    """Every documented field of a sample answer has its documented type and place."""
    for i, report in enumerate(_success_reports(errkb_spec)):
        assert report.mismatches == (), f"sample answer {i + 1} breaks the documented fields: {report.mismatches}"
        if report.undocumented:
            record_property(f"undocumented_fields_{i + 1}", ", ".join(report.undocumented))


def test_sample_answers_hold_only_documented_fields(errkb_spec: dict[str, Any]) -> None:
    """Keys of sample answers the page does not document: listed as an expected failure, never hidden."""
    found = sorted({path for report in _success_reports(errkb_spec) for path in report.undocumented})
    if found:
        pytest.xfail(f"the page does not document these fields of its sample answer: {', '.join(found)}")
