"""Alibaba Cloud request signatures, both styles, for signing and for checking.

* ACS3-HMAC-SHA256 (the current SDKs' default): a canonical request

      METHOD \\n CanonicalURI \\n CanonicalQueryString \\n CanonicalHeaders \\n SignedHeaders \\n HashedPayload

  is hashed with SHA-256; the string to sign is ``ACS3-HMAC-SHA256\\n<hex hash>`` and the signature
  the hex HMAC-SHA256 of it under the AccessKey secret. The query is sorted by name, names and
  values percent-encoded (RFC 3986, ``~`` kept); each signed header is ``name:value`` with the name
  lower-cased and the value trimmed (repeated headers: values sorted, joined by commas).
  The ``Authorization`` header reads
  ``ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b;c>,Signature=<hex>``.
* HMAC-SHA1 (the older RPC signature, ``SignatureVersion=1.0``): every parameter but ``Signature``
  (query and form body together) sorted by name, percent-encoded into ``k=v&…``; the string to sign
  is ``METHOD&%2F&<percent-encoded canonical string>`` and the signature the base64 HMAC-SHA1 of it
  under ``secret + "&"``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

V3_ALGORITHM = "ACS3-HMAC-SHA256"
V2_METHOD = "HMAC-SHA1"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()

Pairs = Sequence[tuple[str, str]]


def percent_encode(text: str) -> str:
    """RFC 3986 percent-encoding as both signatures use it: only ``A-Z a-z 0-9 - _ . ~`` stay."""
    return quote(text, safe="~", encoding="utf-8")


def canonical_query(pairs: Iterable[tuple[str, str]]) -> str:
    return "&".join(f"{percent_encode(k)}={percent_encode(v)}" for k, v in sorted(pairs))


def canonical_headers(headers: Mapping[str, Sequence[str]], signed: Sequence[str]) -> str:
    """``name:value\\n`` for each signed header, in the order given (already sorted by the signer)."""
    lines = []
    for name in signed:
        values = sorted(v.strip() for v in headers.get(name, ()))
        lines.append(f"{name}:{','.join(values)}\n")
    return "".join(lines)


def canonical_request_v3(method: str, path: str, query: Pairs, headers: Mapping[str, Sequence[str]],
                         signed: Sequence[str], payload_hash: str) -> str:
    return "\n".join([method.upper(), path or "/", canonical_query(query), canonical_headers(headers, signed),
                      ";".join(signed), payload_hash])


def string_to_sign_v3(canonical_request: str) -> str:
    return f"{V3_ALGORITHM}\n{hashlib.sha256(canonical_request.encode('utf-8')).hexdigest()}"


def signature_v3(secret: str, string_to_sign: str) -> str:
    return hmac.new(secret.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def string_to_sign_v2(method: str, params: Pairs) -> str:
    canon = canonical_query((k, v) for k, v in params if k != "Signature")
    return f"{method.upper()}&{percent_encode('/')}&{percent_encode(canon)}"


def signature_v2(secret: str, string_to_sign: str) -> str:
    digest = hmac.new((secret + "&").encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


@dataclass(frozen=True)
class Authorization:
    """The parts of an ``Authorization: ACS3-…`` header."""

    algorithm: str
    credential: str
    signed_headers: tuple[str, ...]
    signature: str


_AUTH_PART = re.compile(r"\s*([A-Za-z]+)=([^,]*)\s*")


def parse_authorization(value: str) -> Authorization | None:
    """The header's parts, or None when it is not of the documented form."""
    algorithm, _, rest = value.strip().partition(" ")
    parts: dict[str, str] = {}
    for chunk in rest.split(","):
        m = _AUTH_PART.fullmatch(chunk)
        if m is None or m.group(1) in parts:
            return None
        parts[m.group(1)] = m.group(2)
    if set(parts) != {"Credential", "SignedHeaders", "Signature"} or not algorithm:
        return None
    signed = tuple(h for h in parts["SignedHeaders"].split(";") if h)
    if not parts["Credential"] or not parts["Signature"] or not signed:
        return None
    return Authorization(algorithm, parts["Credential"], signed, parts["Signature"])


def sign_v3_headers(method: str, path: str, query: Pairs, headers: Mapping[str, str], body: bytes,
                    key_id: str, secret: str) -> dict[str, str]:
    """Headers to send: ``headers`` plus ``x-acs-content-sha256`` and ``Authorization`` (client side)."""
    out = {k.lower(): v for k, v in headers.items()}
    out["x-acs-content-sha256"] = hashlib.sha256(body).hexdigest()
    signed = sorted(out)
    multi = {k: [v] for k, v in out.items()}
    canon = canonical_request_v3(method, path, query, multi, signed, out["x-acs-content-sha256"])
    sig = signature_v3(secret, string_to_sign_v3(canon))
    out["authorization"] = f"{V3_ALGORITHM} Credential={key_id},SignedHeaders={';'.join(signed)},Signature={sig}"
    return out


def sign_v2_params(method: str, params: Mapping[str, str], secret: str) -> dict[str, str]:
    """``params`` (which must already hold AccessKeyId, SignatureMethod, …) plus ``Signature``."""
    out = dict(params)
    out["Signature"] = signature_v2(secret, string_to_sign_v2(method, sorted(out.items())))
    return out
