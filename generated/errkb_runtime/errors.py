"""Typed API errors: the base machinery every generated `errors` module builds on.

A product module defines `<Product>Error(ApiError)`, one subclass per documented code, one
`PatternError` subclass per templated code (`InvalidParameter.%s`) and a few undocumented classes
(`documented = False`) for checks the pages give no code for. The functions here take that
module's registry as arguments, so the generated module stays a list of literals.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar

_STATUS = re.compile(r"\s*(\d{3})\s*\Z")
_XML_FIELD = {
    "code": re.compile(r"<Code>([^<]{0,512})</Code>"),
    "message": re.compile(r"<Message>([^<]{0,8192})</Message>"),
    "request_id": re.compile(r"<RequestId>([^<]{0,512})</RequestId>"),
}
_KEYS = {
    "code": ("Code", "code", "ErrorCode", "errorCode"),
    "message": ("Message", "message", "ErrorMessage", "errorMessage", "Msg", "msg"),
    "request_id": ("RequestId", "requestId", "request_id", "RequestID", "requestID"),
}


# What an error carries besides its class: set by `__init__`, or read from a prebuilt `Site`.
INSTANCE_FIELDS = ("code", "message", "status", "request_id", "body", "parameter", "constraint", "detail",
                   "field", "fields")
_DEFAULTS: dict[str, Any] = {"fields": ()}


class Site:
    """Everything one raise site of a validator knows about its error, computed once at import.

    An error made from a site (`prebuilt`) holds it as its only argument and reads its attributes
    from it, so raising costs what raising a bare exception costs.
    """

    __slots__ = INSTANCE_FIELDS

    code: str
    message: str
    status: int | None
    request_id: str | None
    body: Any
    parameter: str | None
    constraint: str | None
    detail: str | None
    field: str | None
    fields: tuple[str, ...]

    def __init__(self, values: Mapping[str, Any]) -> None:
        for name in INSTANCE_FIELDS:
            setattr(self, name, values.get(name, _DEFAULTS.get(name)))

    def __repr__(self) -> str:
        return f"Site({self.code!r}, {self.message!r})"


class ApiError(Exception):
    """Root of every typed API error.

    Instance attributes: `code` (the code the server sent, or the class's), `message`, `status`
    (HTTP status), `request_id`, `body` (the parsed error body), and for errors raised by a
    validator `parameter` (the request parameter), `constraint` (the kind of rule broken) and
    `detail` (the documented sentence of that rule).
    """

    code: ClassVar[str] = ""
    product: ClassVar[str] = ""
    documented: ClassVar[bool] = True
    statuses: ClassVar[tuple[int | str, ...]] = ()
    messages: ClassVar[tuple[str, ...]] = ()
    descriptions: ClassVar[tuple[str, ...]] = ()
    operations: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        status: int | None = None,
        request_id: str | None = None,
        body: Any = None,
        parameter: str | None = None,
        constraint: str | None = None,
        detail: str | None = None,
    ) -> None:
        cls = type(self)
        self.code = _class_code(cls) if code is None else code  # type: ignore[misc]
        self.message = (cls.messages[0] if cls.messages else "") if message is None else message
        self.status = status if status is not None else _first_status(cls.statuses)
        self.request_id = request_id
        self.body = body
        self.parameter = parameter
        self.constraint = constraint
        self.detail = detail
        super().__init__(self.message)

    def __getattr__(self, name: str) -> Any:
        if name in INSTANCE_FIELDS:
            args = self.args
            if args and type(args[0]) is Site:
                return getattr(args[0], name)
            return _DEFAULTS.get(name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __str__(self) -> str:
        text = f"{self.code}: {self.message}" if self.message else str(self.code)
        return f"{text} (request id {self.request_id})" if self.request_id else text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), {name: getattr(self, name) for name in INSTANCE_FIELDS}))


def _class_code(cls: type[ApiError]) -> str:
    return str(getattr(cls, "template", cls.code))


def _rebuild(cls: type[ApiError], state: dict[str, Any]) -> ApiError:
    exc = cls.__new__(cls, Site(state))
    return exc


def _first_status(statuses: tuple[int | str, ...]) -> int | None:
    for s in statuses:
        if isinstance(s, int):
            return s
    return None


class _PatternCode:
    """`code` of a templated error: the concrete code on an instance, the template on the class."""

    def __get__(self, obj: Any, owner: type) -> str:
        if obj is None:
            return owner.template  # type: ignore[attr-defined, no-any-return]
        d = obj.__dict__
        if "code" in d:
            return d["code"]  # type: ignore[no-any-return]
        args = obj.args
        if args and type(args[0]) is Site:
            return args[0].code
        return type(obj).template  # type: ignore[no-any-return]

    def __set__(self, obj: Any, value: str) -> None:
        obj.__dict__["code"] = value


class PatternError(ApiError):
    """An error whose documented code is a template such as `InvalidParameter.%s`.

    The class's `code` (and `template`) is the template; an instance's `code` is the concrete
    code. `pattern` matches the concrete codes; `.fields` holds what filled the placeholders and
    `.field` the first of them (`InvalidParameter.DiskId` → `field == "DiskId"`).
    """

    code = _PatternCode()
    template: ClassVar[str] = ""
    pattern: ClassVar[re.Pattern[str]] = re.compile(r"(?!)")
    placeholders: ClassVar[tuple[str, ...]] = ()

    def __init__(self, message: str | None = None, *, field: str | None = None, code: str | None = None,
                 **kwargs: Any) -> None:
        cls = type(self)
        if code is None and field is not None:
            code = fill(cls.template, cls.placeholders, (field,))
        m = cls.pattern.match(code) if isinstance(code, str) and field is None else None
        self.fields: tuple[str, ...] = tuple(g for g in m.groups() if g is not None) if m else (
            (field,) if field is not None else ())
        self.field = self.fields[0] if self.fields else None
        if message is None and cls.messages and self.fields:
            message = fill(cls.messages[0], cls.placeholders, self.fields)
        super().__init__(message, code=code, **kwargs)


def prebuilt(cls: type[ApiError], message: str | None = None, **attrs: Any) -> Callable[[], ApiError]:
    """A factory of ready-made errors for a validator's raise sites: all attributes are computed once.

    `prebuilt(cls, msg, code=..., field=..., parameter=..., constraint=..., detail=...)()` equals
    `cls(msg, ...)` but calls no Python code, so an invalid request is rejected about as fast as a
    hand-written check raising a bare exception.
    """
    sample = cls(message, **attrs)
    site = Site({name: getattr(sample, name) for name in INSTANCE_FIELDS})
    return functools.partial(BaseException.__new__, cls, site)


def fill(template: str, placeholders: tuple[str, ...], values: tuple[str, ...]) -> str:
    """Put `values` into `template` in place of its placeholders, first come first served."""
    out = template
    for holder, value in zip(placeholders, values):
        if holder in out:
            out = out.replace(holder, value, 1)
    return out


def lookup(
    code: object,
    registry: Mapping[str, type[ApiError]],
    patterns: tuple[type[PatternError], ...],
    base: type[ApiError],
) -> type[ApiError]:
    """The class for `code`: exact code, then a templated code, then its family, then `base`."""
    if not isinstance(code, str) or not code:
        return base
    cls = registry.get(code)
    if cls is not None:
        return cls
    for p in patterns:
        if p.pattern.match(code):
            return p
    if "." in code:
        family = registry.get(code.split(".", 1)[0])
        if family is not None:
            return family
    return base


def parse_body(body: Any) -> dict[str, Any]:
    """An error body (dict, JSON or XML text, bytes) → a dict; anything unreadable → `{}`."""
    if isinstance(body, Mapping):
        return dict(body)
    if isinstance(body, (bytes, bytearray, memoryview)):
        body = bytes(body).decode("utf-8", "replace")
    if not isinstance(body, str):
        return {}
    text = body.strip()
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}
    if text.startswith("<"):
        out: dict[str, Any] = {}
        for key, rx in _XML_FIELD.items():
            m = rx.search(text)
            if m:
                out[_KEYS[key][0]] = m.group(1)
        return out
    return {}


def _pick(data: Mapping[str, Any], key: str) -> str | None:
    for k in _KEYS[key]:
        v = data.get(k)
        if isinstance(v, str) and v:
            return v
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return str(v)
    return None


def _status(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, (str, bytes)):
        m = _STATUS.match(value.decode("ascii", "replace") if isinstance(value, bytes) else value)
        if m:
            return int(m.group(1))
    return None


def from_response(
    status: Any,
    body: Any,
    lookup_fn: Any,
    base: type[ApiError],
) -> ApiError:
    """An HTTP error answer → the typed error; never raises on a malformed body."""
    data = parse_body(body)
    code = _pick(data, "code")
    cls = lookup_fn(code) if code else base
    return cls(
        _pick(data, "message"),
        code=code if code else base.code,
        status=_status(status),
        request_id=_pick(data, "request_id"),
        body=data if data else body,
    )


def looks_like_sdk_error(exc: BaseException) -> bool:
    """Is `exc` shaped like the official SDK's error (`code` plus a status or a data body)?"""
    return hasattr(exc, "code") and (
        hasattr(exc, "status_code") or hasattr(exc, "statusCode") or isinstance(getattr(exc, "data", None), dict)
    )


def from_sdk(exc: BaseException, lookup_fn: Any, base: type[ApiError]) -> ApiError:
    """The SDK's `ClientException`/`ServerException` (or anything shaped like it) → the typed error.

    The original message is `exc.data['Message']` (the SDK reformats `exc.message`); a code the
    SDK spells `'None'` (a body without `Code`) counts as no code.
    """
    if isinstance(exc, ApiError):
        return exc
    data = getattr(exc, "data", None)
    data = data if isinstance(data, Mapping) else {}
    code = getattr(exc, "code", None)
    if not isinstance(code, str) or code in ("", "None"):
        code = _pick(data, "code")
    status = _status(getattr(exc, "status_code", None))
    if status is None:
        status = _status(getattr(exc, "statusCode", None))
    if status is None:
        status = _status(data.get("statusCode"))
    message = _pick(data, "message")
    if message is None:
        m = getattr(exc, "message", None)
        message = m if isinstance(m, str) else None
    request_id = getattr(exc, "request_id", None)
    if not isinstance(request_id, str) or not request_id:
        request_id = _pick(data, "request_id")
    cls = lookup_fn(code) if code else base
    return cls(message, code=code if code else base.code, status=status, request_id=request_id,
               body=dict(data) if data else None)


@contextlib.contextmanager
def translate(convert: Any) -> Iterator[None]:
    """Re-raise an SDK-shaped error as the typed one (`raise typed from original`)."""
    try:
        yield
    except ApiError:
        raise
    except Exception as exc:
        if not looks_like_sdk_error(exc):
            raise
        raise convert(exc) from exc
