"""A contract-test target that is a live endpoint: every call is a signed RPC request over HTTP.

`HttpTarget(url)` sends what the official SDK sends (``POST /?<parameters>``, ``x-acs-action`` /
``x-acs-version`` headers, an ``ACS3-HMAC-SHA256`` signature), with the standard library only, and
turns an error answer into the product's typed exception through its generated ``errors`` module.
Point it at ``errkb stub`` or at any endpoint that accepts the configured AccessKey.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import importlib
import json
import os
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from importlib import resources
from typing import Any
from urllib.parse import quote, urlsplit

DEFAULT_KEY_ID = "errkb-test-key-id"
DEFAULT_KEY_SECRET = "errkb-test-key-secret"
ALGORITHM = "ACS3-HMAC-SHA256"
PACKAGE_ROOT = __name__.rsplit(".", 2)[0]  # the generated package this module is copied into
SCENARIO_HEADER = "x-errkb-scenario"


def _encode(text: str) -> str:
    return quote(text, safe="~", encoding="utf-8")


def _wire(value: Any) -> str:
    """A parameter value as the SDK puts it in the query string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def flatten(request: Mapping[str, Any]) -> dict[str, str]:
    """Request values → query parameters; a list of scalars under ``Name`` becomes ``Name.1``, ``Name.2``…,
    a list of objects ``Name.1.Key``… (the SDK's flat style); ``None`` is left out."""
    out: dict[str, str] = {}

    def put(prefix: str, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, (list, tuple)):
            for i, item in enumerate(value, 1):
                put(f"{prefix}.{i}", item)
        elif isinstance(value, Mapping):
            for k, v in value.items():
                put(f"{prefix}.{k}", v)
        else:
            out[prefix] = _wire(value)

    for key, value in request.items():
        put(str(key), value)
    return out


def signed_headers(method: str, path: str, query: Mapping[str, str], headers: Mapping[str, str], body: bytes,
                   key_id: str, secret: str) -> dict[str, str]:
    """`headers` plus ``x-acs-content-sha256`` and the ``Authorization`` header of the ACS3-HMAC-SHA256
    signature (canonical request: method, path, sorted encoded query, signed headers, payload hash)."""
    out = {k.lower(): str(v).strip() for k, v in headers.items()}
    out["x-acs-content-sha256"] = hashlib.sha256(body).hexdigest()
    names = sorted(out)
    canon_query = "&".join(f"{_encode(k)}={_encode(v)}" for k, v in sorted(query.items()))
    canon_headers = "".join(f"{n}:{out[n]}\n" for n in names)
    canonical = "\n".join([method, path, canon_query, canon_headers, ";".join(names), out["x-acs-content-sha256"]])
    to_sign = f"{ALGORITHM}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"
    signature = hmac.new(secret.encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    out["authorization"] = f"{ALGORITHM} Credential={key_id},SignedHeaders={';'.join(names)},Signature={signature}"
    return out


class HttpTarget:
    """Sends signed RPC requests to `url` (``http://host:port``).

    `key_id` / `secret` default to ``ERRKB_ACCESS_KEY_ID`` / ``ERRKB_ACCESS_KEY_SECRET`` or the stub's
    documented test key pair.
    """

    def __init__(self, url: str, key_id: str | None = None, secret: str | None = None,
                 timeout: float = 10.0) -> None:
        parts = urlsplit(url if "://" in url else f"http://{url}")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        self.url = url
        self.scheme = parts.scheme
        self.netloc = parts.netloc
        self.path = parts.path or "/"
        self.key_id = key_id or os.environ.get("ERRKB_ACCESS_KEY_ID") or DEFAULT_KEY_ID
        self.secret = secret or os.environ.get("ERRKB_ACCESS_KEY_SECRET") or DEFAULT_KEY_SECRET
        self.timeout = timeout
        self._versions: dict[tuple[str, str], str] = {}

    def __repr__(self) -> str:
        return f"HttpTarget({self.url!r})"

    # -- the wire ---------------------------------------------------------------------------------
    def send(self, action: str, version: str, params: Mapping[str, Any],
             headers: Mapping[str, str] | None = None) -> tuple[int, dict[str, Any]]:
        """One signed ``POST /?<params>``; returns (HTTP status, parsed JSON body or ``{}``)."""
        query = flatten(params)
        path = self.path
        target = path + ("?" + "&".join(f"{_encode(k)}={_encode(v)}" for k, v in sorted(query.items()))
                         if query else "")
        base = {
            "host": self.netloc,
            "x-acs-action": action,
            "x-acs-version": version,
            "x-acs-date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "x-acs-signature-nonce": uuid.uuid4().hex,
            "accept": "application/json",
        }
        base.update({k.lower(): v for k, v in (headers or {}).items()})
        final = signed_headers("POST", path, query, base, b"", self.key_id, self.secret)
        conn_cls = http.client.HTTPSConnection if self.scheme == "https" else http.client.HTTPConnection
        conn = conn_cls(self.netloc, timeout=self.timeout)
        try:
            conn.request("POST", target, body=b"", headers=final)
            resp = conn.getresponse()
            status, raw = resp.status, resp.read()
        finally:
            conn.close()
        try:
            data = json.loads(raw.decode("utf-8")) if raw else {}
        except ValueError:
            data = {"Message": raw.decode("utf-8", "replace")}
        return status, data if isinstance(data, dict) else {"Body": data}

    # -- typed -----------------------------------------------------------------------------------
    def version(self, product: str, operation: str) -> str:
        """The API version of `operation`, from the generated package's copy of its spec."""
        key = (product, operation)
        if key not in self._versions:
            text = resources.files(f"{PACKAGE_ROOT}.{product}").joinpath("spec", f"{operation}.json").read_text("utf-8")
            self._versions[key] = json.loads(text)["api_version"]
        return self._versions[key]

    def call(self, product: str, operation: str, request: Mapping[str, Any], *,
             scenario: str | None = None) -> dict[str, Any]:
        """Call `operation` of the generated package `product` (``ens``); the success body, or the
        product's typed error raised from the answer. `scenario` asks the stub for that error code."""
        headers = {SCENARIO_HEADER: scenario} if scenario else None
        status, body = self.send(operation, self.version(product, operation), request, headers)
        if 200 <= status < 300:
            return body
        raise self.from_response(product, status, body)

    def from_response(self, product: str, status: Any, body: Any) -> BaseException:
        """The product's typed error for an error answer (its generated ``errors.from_response``)."""
        errors = importlib.import_module(f"{PACKAGE_ROOT}.{product}.errors")
        exc: BaseException = errors.from_response(status, body)
        return exc
