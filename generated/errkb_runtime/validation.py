"""Helpers the generated validators call off their fast path.

Rules of every generated `validate(request)`:

- Values are normalised to what the spec's type says; a value may be given as the query string
  the SDK would send: `"5"` → `5` for Integer/Long, `"2.5"` → `2.5` for Float/Double,
  `"true"`/`"false"` (any case) → `True`/`False` for Boolean. A bool is never an Integer.
- `None` counts as not given (the SDK drops `None` fields too).
- The returned dict holds only what was given, normalised; documented defaults are not filled in.
- Unknown keys raise `errkb.UnknownParameter`, except the RPC common parameters below, which are
  passed through unchanged (unless the page documents one, then it is checked like any other).
- Repeated parameters (`InstanceId.N`, `Tag.N.Key`) are given flattened, as the SDK sends them
  (`InstanceId.1`, `Tag.2.Key`); a simple list `InstanceId.N` may also be given as a list under
  `InstanceId`. The index must be 1 or more and within a documented `max_items` of that index.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any

COMMON_PARAMETERS = frozenset({
    "Action", "Version", "Format", "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion",
    "SignatureNonce", "SignatureType", "Timestamp", "RegionId", "SecurityToken", "BearerToken",
    "ResourceOwnerAccount", "ResourceOwnerId", "OwnerAccount", "OwnerId", "CallerParentId",
})

BAD = object()  # returned by the converters below for a value of the wrong type
_INT = re.compile(r"[+-]?[0-9]+\Z")
_FLOAT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")


def as_int(v: Any) -> Any:
    if isinstance(v, bool):
        return BAD
    if isinstance(v, int):
        return int(v)
    if isinstance(v, str) and _INT.match(v):
        return int(v)
    return BAD


def as_float(v: Any) -> Any:
    if isinstance(v, bool):
        return BAD
    if isinstance(v, (int, float)) or isinstance(v, str) and _FLOAT.match(v):
        f = float(v)
    else:
        return BAD
    return f if math.isfinite(f) else BAD


def as_bool(v: Any) -> Any:
    if v is True or v is False:
        return v
    if isinstance(v, str):
        low = v.lower()
        if low == "true":
            return True
        if low == "false":
            return False
    return BAD


def as_str(v: Any) -> Any:
    return v if isinstance(v, str) else BAD


def as_list(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return list(v)
    if isinstance(v, str):  # already encoded for the wire (JSON or separated text)
        return v
    return BAD


def as_object(v: Any) -> Any:
    if isinstance(v, Mapping):
        return dict(v)
    if isinstance(v, (str, list)):
        return v
    return BAD


def as_any(v: Any) -> Any:
    return v


def text(v: Any) -> str:
    """The text a value travels as on the wire."""
    if isinstance(v, str):
        return v
    if v is True or v is False:
        return "true" if v else "false"
    return str(v)


def number(v: Any) -> Any:
    """A value read as a number for a range check; `BAD` if it is not one."""
    if isinstance(v, bool):
        return BAD
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, str):
        if _INT.match(v):
            return int(v)
        if _FLOAT.match(v):
            return float(v)
    return BAD


def count_items(v: Any, separator: str | None) -> int:
    """How many items a value holds: a list's length, or the parts of separated text."""
    if isinstance(v, (list, tuple)):
        return len(v)
    if separator and isinstance(v, str):
        return v.count(separator) + 1 if v else 0
    return 1


class Indexed:
    """A repeated parameter (`Tag.N.Key`): how its flattened keys look and how a value is checked."""

    __slots__ = ("check", "limits", "name", "regex", "required", "root", "simple")

    def __init__(self, name: str, root: str, regex: str, check: Callable[[Any], Any],
                 limits: tuple[int | None, ...], required: bool, simple: bool) -> None:
        self.name = name
        self.root = root  # the part before the first index (`Tag` of `Tag.N.Key`)
        self.regex = re.compile(regex)
        self.check = check
        self.limits = limits  # the largest value of each index, None when undocumented
        self.required = required
        self.simple = simple  # a plain list (`InstanceId.N`), not a field of an element


def split_extra(
    request: Mapping[str, Any],
    known: frozenset[str],
    indexed: tuple[Indexed, ...],
    lists: Mapping[str, Indexed],
    fail: Callable[[str, str], BaseException],
) -> dict[str, Any]:
    """Keys outside the fixed parameters: indexed keys checked, common ones passed, others refused."""
    out: dict[str, Any] = {}
    seen: dict[Indexed, set[tuple[int, ...]]] = {}
    prefixes: set[tuple[str, tuple[int, ...]]] = set()
    for key, value in request.items():
        if key in known:
            continue
        if not isinstance(key, str):
            raise fail(repr(key), "unknown")
        if value is None:
            continue
        spec = lists.get(key)
        if spec is not None:
            out[key] = _check_list(spec, value, fail)
            if out[key]:
                seen.setdefault(spec, set()).add((1,))
            continue
        for ix in indexed:
            m = ix.regex.match(key)
            if m is None:
                continue
            idx = tuple(int(g) for g in m.groups())
            for pos, (n, limit) in enumerate(zip(idx, ix.limits)):
                if n < 1 or (limit is not None and n > limit):
                    raise fail(ix.name, "max_items")
                prefixes.add((ix.root, idx[: pos + 1]))
            out[key] = ix.check(value)
            seen.setdefault(ix, set()).add(idx)
            break
        else:
            if key in COMMON_PARAMETERS:
                out[key] = value
                continue
            raise fail(key, "unknown")
    for ix in indexed:
        if not ix.required:
            continue
        have = seen.get(ix, set())
        if ix.simple:
            if not have:
                raise fail(ix.name, "required")
            continue
        # A field of an element (`Tag.N.Key`) is required in every element given, not overall.
        width = len(ix.limits)
        for root, idx in sorted(prefixes):
            if root == ix.root and len(idx) == width and idx not in have:
                raise fail(ix.name, "required")
    return out


def _check_list(spec: Indexed, value: Any, fail: Callable[[str, str], BaseException]) -> Any:
    if not isinstance(value, (list, tuple)):
        raise fail(spec.name, "type")
    limit = spec.limits[0] if spec.limits else None
    if limit is not None and len(value) > limit:
        raise fail(spec.name, "max_items")
    return [spec.check(v) for v in value if v is not None]
