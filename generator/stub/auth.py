"""Checking a request's signature the way the vendor's gateway does, with its error codes.

A request is authenticated by exactly one of the two signatures (see `signatures`). Either way the
caller's AccessKey must be one of the configured test keys, the time stamp (``x-acs-date`` or
``Timestamp``, ISO 8601 UTC) within `window` seconds of the server's clock, and the nonce
(``x-acs-signature-nonce`` or ``SignatureNonce``) not seen within that window.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

from . import signatures as sig

DEFAULT_KEY_ID = "errkb-test-key-id"
DEFAULT_KEY_SECRET = "errkb-test-key-secret"
WINDOW_SECONDS = 15 * 60


class ApiFailure(Exception):
    """An answer in the vendor's error form: HTTP status, ``Code`` and ``Message``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


Failure = tuple[int, str, str]


def _fail(status: int, code: str, message: str) -> Failure:
    return (status, code, message)


MISSING_KEY = _fail(400, "MissingAccessKeyId", "AccessKeyId is mandatory for this action.")
KEY_NOT_FOUND = _fail(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.")
MISSING_SIGNATURE = _fail(400, "MissingSignature", "Signature is mandatory for this action.")
INCOMPLETE = _fail(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.")
MISMATCH = _fail(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.")
MISSING_TIMESTAMP = _fail(400, "MissingTimestamp", "Timestamp is mandatory for this action.")
BAD_TIMESTAMP = _fail(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.")
EXPIRED = _fail(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.")
MISSING_NONCE = _fail(400, "MissingSignatureNonce", "SignatureNonce is mandatory for this action.")
NONCE_USED = _fail(400, "SignatureNonceUsed", "Specified signature nonce was used already.")
BAD_METHOD = _fail(400, "InvalidSignatureMethod", "Specified signature method is not supported.")
BAD_VERSION = _fail(400, "InvalidSignatureVersion", "Specified signature version is not supported.")
PAYLOAD_MISMATCH = _fail(400, "ContentSHA256NotMatched", "The x-acs-content-sha256 header does not match the body.")


def parse_timestamp(value: str) -> float:
    """Seconds since the epoch of ``yyyy-MM-ddTHH:mm:ssZ`` (UTC); raises BAD_TIMESTAMP otherwise."""
    try:
        moment = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise ApiFailure(*BAD_TIMESTAMP) from None
    return moment.replace(tzinfo=UTC).timestamp()


class NonceStore:
    """Nonces seen within the window; thread-safe, pruned as it goes so it stays bounded by traffic."""

    def __init__(self, window: float) -> None:
        self.window = window
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()
        self._next_prune = 0.0

    def claim(self, nonce: str, now: float) -> bool:
        """True when `nonce` is new (and is now recorded); False when it was used already."""
        with self._lock:
            if now >= self._next_prune:
                self._seen = {n: t for n, t in self._seen.items() if t > now}
                self._next_prune = now + 60.0
            expiry = self._seen.get(nonce)
            if expiry is not None and expiry > now:
                return False
            self._seen[nonce] = now + self.window
            return True


class Authenticator:
    """Verifies both signature styles for a fixed set of AccessKey pairs."""

    def __init__(self, keys: Mapping[str, str], window: float = WINDOW_SECONDS,
                 clock: Callable[[], float] = time.time) -> None:
        self.keys = dict(keys)
        self.window = window
        self.clock = clock
        self.nonces = NonceStore(window)

    def _secret(self, key_id: str) -> str:
        if not key_id:
            raise ApiFailure(*MISSING_KEY)
        secret = self.keys.get(key_id)
        if secret is None:
            raise ApiFailure(*KEY_NOT_FOUND)
        return secret

    def _fresh(self, stamp: str | None, nonce: str | None) -> None:
        if not stamp:
            raise ApiFailure(*MISSING_TIMESTAMP)
        now = self.clock()
        if abs(now - parse_timestamp(stamp)) > self.window:
            raise ApiFailure(*EXPIRED)
        if not nonce:
            raise ApiFailure(*MISSING_NONCE)
        if not self.nonces.claim(nonce, now):
            raise ApiFailure(*NONCE_USED)

    def verify(self, method: str, path: str, query: Sequence[tuple[str, str]],
               headers: Mapping[str, Sequence[str]], body: bytes, form: Sequence[tuple[str, str]]) -> str:
        """The caller's AccessKey id; raises ApiFailure. `headers` maps lower-case names to values."""
        auth = headers.get("authorization")
        if auth:
            return self._verify_v3(method, path, query, headers, body, auth[0])
        return self._verify_v2(method, list(query) + list(form))

    def _verify_v3(self, method: str, path: str, query: Sequence[tuple[str, str]],
                   headers: Mapping[str, Sequence[str]], body: bytes, value: str) -> str:
        parsed = sig.parse_authorization(value)
        if parsed is None:
            raise ApiFailure(*INCOMPLETE)
        if parsed.algorithm != sig.V3_ALGORITHM:
            raise ApiFailure(*BAD_METHOD)
        secret = self._secret(parsed.credential)
        signed = parsed.signed_headers
        if list(signed) != sorted(set(signed)) or any(h not in headers for h in signed):
            raise ApiFailure(*INCOMPLETE)
        required = ("host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
                    "x-acs-content-sha256")
        if any(h in headers and h not in signed for h in required):
            raise ApiFailure(*INCOMPLETE)
        payload = hashlib.sha256(body).hexdigest()
        claimed = headers.get("x-acs-content-sha256", [payload])[0].strip()
        if claimed != payload:
            raise ApiFailure(*PAYLOAD_MISMATCH)
        canon = sig.canonical_request_v3(method, path, query, headers, signed, payload)
        expected = sig.signature_v3(secret, sig.string_to_sign_v3(canon))
        if not hmac.compare_digest(expected, parsed.signature.lower()):
            raise ApiFailure(*MISMATCH)
        self._fresh(_first(headers, "x-acs-date"), _first(headers, "x-acs-signature-nonce"))
        return parsed.credential

    def _verify_v2(self, method: str, params: Sequence[tuple[str, str]]) -> str:
        values = dict(params)
        secret = self._secret(values.get("AccessKeyId", ""))
        if "Signature" not in values:
            raise ApiFailure(*MISSING_SIGNATURE)
        if values.get("SignatureMethod", sig.V2_METHOD) != sig.V2_METHOD:
            raise ApiFailure(*BAD_METHOD)
        if values.get("SignatureVersion", "1.0") != "1.0":
            raise ApiFailure(*BAD_VERSION)
        if sum(1 for k, _ in params if k == "Signature") != 1:
            raise ApiFailure(*INCOMPLETE)
        expected = sig.signature_v2(secret, sig.string_to_sign_v2(method, params))
        if not hmac.compare_digest(expected.encode(), values["Signature"].encode("utf-8", "replace")):
            raise ApiFailure(*MISMATCH)
        self._fresh(values.get("Timestamp"), values.get("SignatureNonce"))
        return values["AccessKeyId"]


def _first(headers: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = headers.get(name)
    return values[0].strip() if values else None
