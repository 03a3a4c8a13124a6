"""Building signed requests by hand, in both signature styles (for tests, load runs and debugging)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from urllib.parse import urlsplit

from . import signatures as sig
from .auth import DEFAULT_KEY_ID, DEFAULT_KEY_SECRET


def timestamp(at: datetime | None = None) -> str:
    return (at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _query(params: Mapping[str, str]) -> str:
    return "&".join(f"{sig.percent_encode(k)}={sig.percent_encode(v)}" for k, v in sorted(params.items()))


def v3_request(url: str, action: str, version: str, params: Mapping[str, str], *,
               key_id: str = DEFAULT_KEY_ID, secret: str = DEFAULT_KEY_SECRET,
               headers: Mapping[str, str] | None = None, nonce: str | None = None,
               at: datetime | None = None) -> tuple[str, dict[str, str]]:
    """(full URL, headers) of a ``POST`` signed with ACS3-HMAC-SHA256, as the SDK sends it."""
    host = urlsplit(url).netloc
    base = {"host": host, "x-acs-action": action, "x-acs-version": version, "x-acs-date": timestamp(at),
            "x-acs-signature-nonce": nonce or uuid.uuid4().hex, "accept": "application/json"}
    base.update({k.lower(): v for k, v in (headers or {}).items()})
    signed = sig.sign_v3_headers("POST", "/", sorted(params.items()), base, b"", key_id, secret)
    q = _query(params)
    return f"{url.rstrip('/')}/" + (f"?{q}" if q else ""), signed


def v2_request(url: str, action: str, version: str, params: Mapping[str, str], *,
               key_id: str = DEFAULT_KEY_ID, secret: str = DEFAULT_KEY_SECRET, nonce: str | None = None,
               at: datetime | None = None, method: str = "POST") -> str:
    """The full URL of a request signed with the older HMAC-SHA1 RPC signature (all in the query)."""
    common = {"Action": action, "Version": version, "Format": "json", "AccessKeyId": key_id,
              "SignatureMethod": sig.V2_METHOD, "SignatureVersion": "1.0",
              "SignatureNonce": nonce or uuid.uuid4().hex, "Timestamp": timestamp(at)}
    signed = sig.sign_v2_params(method, {**common, **params}, secret)
    return f"{url.rstrip('/')}/?{_query(signed)}"
