"""The stub server: an ASGI (Starlette) app speaking the vendor's RPC protocol for one product.

Order of checks for ``GET|POST /`` (any path is answered the same way, as the gateway does):
method → parameters decode → signature (key, signature, time stamp, nonce) → action → version →
scenario → the operation's generated validator → the documented success body.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import scenarios
from .auth import ApiFailure, Authenticator
from .catalog import COMMON_PARAMETERS, Catalog, Operation

log = logging.getLogger("errkb.stub")

MAX_BODY = 1 << 20
MAX_FIELDS = 1000
SCENARIO_HEADER = "x-errkb-scenario"
UNDOCUMENTED_STATUS = 400


class JsonBody(JSONResponse):
    media_type = "application/json;charset=utf-8"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _request_id() -> str:
    return str(uuid.uuid4()).upper()


def _error(status: int, code: str, message: str, request_id: str) -> Response:
    body = {"RequestId": request_id, "Code": code, "Message": message}
    return JsonBody(body, status_code=status, headers={"x-acs-request-id": request_id})


def _pairs(raw: bytes) -> list[tuple[str, str]]:
    """``k=v&…`` (percent-encoded UTF-8) → pairs; raises ApiFailure on a malformed string."""
    if not raw:
        return []
    try:
        return parse_qsl(raw.decode("ascii"), keep_blank_values=True, strict_parsing=False, encoding="utf-8",
                         errors="strict", max_num_fields=MAX_FIELDS)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ApiFailure(400, "errkb.MalformedRequest", f"The parameters cannot be decoded: {exc}.") from None


@dataclass
class Outcome:
    status: int
    code: str
    action: str


class StubApp:
    """Holds the catalog, the authenticator and the scenarios; builds the Starlette app."""

    def __init__(self, catalog: Catalog, authenticator: Authenticator) -> None:
        self.catalog = catalog
        self.auth = authenticator
        self.scenarios = scenarios.ScenarioBook()
        self.app = Starlette(routes=[
            Route("/_errkb/scenario", self.scenario_endpoint, methods=["GET", "POST", "DELETE"]),
            Route("/_errkb/health", self.health, methods=["GET"]),
            Route("/{path:path}", self.rpc, methods=["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
        ])

    async def health(self, request: Request) -> Response:
        return JsonBody({"product": self.catalog.product, "version": self.catalog.version,
                         "operations": sorted(self.catalog.operations)})

    async def scenario_endpoint(self, request: Request) -> Response:
        if request.method == "GET":
            return JsonBody({"pending": self.scenarios.pending()})
        if request.method == "DELETE":
            return JsonBody({"cleared": self.scenarios.clear()})
        try:
            raw = await request.body()
            scenario = scenarios.parse(json.loads(raw or b"null"))
            if scenario.operation != scenarios.ANY and scenario.operation not in self.catalog.operations:
                raise scenarios.ScenarioError(f"unknown operation {scenario.operation!r}")
            ops = (self.catalog.operations.values() if scenario.operation == scenarios.ANY
                   else [self.catalog.operations[scenario.operation]])
            if not all(op.error(op.concrete(scenario.code)) for op in ops):
                raise scenarios.ScenarioError(f"code {scenario.code!r} is not documented for {scenario.operation}")
        except (ValueError, scenarios.ScenarioError) as exc:
            return _error(400, "errkb.InvalidScenario", str(exc), _request_id())
        self.scenarios.add(scenario)
        return JsonBody({"pending": self.scenarios.pending()})

    async def rpc(self, request: Request) -> Response:
        started = time.perf_counter()
        request_id = _request_id()
        outcome = Outcome(500, "InternalError", "-")
        try:
            response = await self._answer(request, request_id, outcome)
        except ApiFailure as exc:
            outcome.status, outcome.code = exc.status, exc.code
            response = _error(exc.status, exc.code, exc.message, request_id)
        except Exception:  # a bad request must never take the server down
            log.exception("errkb stub: internal error on request %s", request_id)
            outcome.status, outcome.code = 500, "InternalError"
            response = _error(500, "InternalError", "The request processing has failed due to some unknown error.",
                              request_id)
        client = request.client.host if request.client else "-"
        log.info("%s %s %s %s -> %d %s %s %.1fms", client, request.method, request.url.path, outcome.action,
                 outcome.status, outcome.code, request_id, (time.perf_counter() - started) * 1000)
        return response

    async def _answer(self, request: Request, request_id: str, outcome: Outcome) -> Response:
        if request.method not in ("GET", "POST"):
            raise ApiFailure(400, "UnsupportedHTTPMethod", "This http method is not supported.")
        length = request.headers.get("content-length", "0")
        if not length.isdigit() or int(length) > MAX_BODY:
            raise ApiFailure(400, "errkb.MalformedRequest", "The request body is too large or its length invalid.")
        body = await request.body()
        if len(body) > MAX_BODY:
            raise ApiFailure(400, "errkb.MalformedRequest", "The request body is too large.")
        query = _pairs(request.scope.get("query_string", b""))
        ctype = request.headers.get("content-type", "")
        form = _pairs(body) if ctype.startswith("application/x-www-form-urlencoded") else []
        headers = _headers(request)
        given = dict(query)
        action = _first(headers, "x-acs-action") or given.get("Action", "")
        version = _first(headers, "x-acs-version") or given.get("Version", "")
        outcome.action = action or "-"
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        self.auth.verify(request.method, path, query, headers, body, form)
        if not action:
            raise ApiFailure(400, "MissingAction", "Action is mandatory for this request.")
        op = self.catalog.operations.get(action)
        if op is None:
            raise ApiFailure(404, "InvalidAction.NotFound",
                             "Specified api is not found, please check your url and method.")
        if not version:
            raise ApiFailure(400, "MissingVersion", "Version is mandatory for this request.")
        if version != op.version:
            raise ApiFailure(400, "InvalidVersion", "Specified parameter Version is not valid.")
        code = _first(headers, SCENARIO_HEADER) or self.scenarios.take(op.name)
        if code:
            raise self._documented(op, op.concrete(code), f"scenario code {code!r} is not documented for {op.name}")
        params = {k: v for k, v in query + form if k in op.parameters or k not in COMMON_PARAMETERS}
        self._validate(op, params)
        outcome.status, outcome.code = 200, "OK"
        body_out = dict(op.body)
        body_out["RequestId"] = request_id
        return JsonBody(body_out, headers={"x-acs-request-id": request_id})

    @staticmethod
    def _documented(op: Operation, code: str, otherwise: str) -> ApiFailure:
        found = op.error(code)
        if found is None:
            return ApiFailure(400, "errkb.InvalidScenario", otherwise)
        return ApiFailure(*found)

    @staticmethod
    def _validate(op: Operation, params: Mapping[str, str]) -> None:
        try:
            op.validate(params)
        except Exception as exc:  # typed errors carry a code; others are re-raised
            code = getattr(exc, "code", None)
            if not isinstance(code, str) or not code:
                raise
            found = op.error(code)
            if found is not None:
                raise ApiFailure(*found) from None
            status = getattr(exc, "status", None)
            message = getattr(exc, "message", None) or str(exc)
            raise ApiFailure(status if isinstance(status, int) and 400 <= status < 600 else UNDOCUMENTED_STATUS,
                             code, str(message)) from None


def _headers(request: Request) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for k, v in request.headers.raw:
        out.setdefault(k.decode("latin-1").lower(), []).append(v.decode("utf-8", "replace"))
    return out


def _first(headers: Mapping[str, Sequence[str]], name: str) -> str:
    values = headers.get(name)
    return values[0].strip() if values else ""


def create_app(catalog: Catalog, authenticator: Authenticator) -> StubApp:
    return StubApp(catalog, authenticator)
