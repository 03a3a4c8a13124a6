'Request validator of ENS CreateSnapshot, generated from its API reference (2024-04-09, 2024-08-19).'

from __future__ import annotations

import re as _re
from collections.abc import Mapping as _Mapping
from typing import Any, cast

from ..errkb_runtime import validation as _v
from ..errkb_runtime.errors import prebuilt as _prebuilt
from . import errors as _errors

OPERATION = 'CreateSnapshot'
PARAMETERS: tuple[str, ...] = ('DiskId', 'EnsRegionId', 'SnapshotName', 'Description')
REQUIRED: tuple[str, ...] = ('DiskId', 'EnsRegionId')

_BAD = _v.BAD
_as_int = _v.as_int
_as_float = _v.as_float
_as_bool = _v.as_bool
_as_list = _v.as_list
_as_object = _v.as_object
_text = _v.text
_number = _v.number
_count_items = _v.count_items
_KNOWN = frozenset({'Description', 'DiskId', 'EnsRegionId', 'SnapshotName'})
_F0 = _prebuilt(_errors.REGISTRY['InvalidParameter.%s'], 'The specified field DiskId invalid. Please check it again.', code='InvalidParameter.DiskId', field='DiskId', parameter='DiskId', constraint='type', detail=None)
_F1 = _prebuilt(_errors.UNDOCUMENTED['errkb.MissingParameter'], 'The required parameter DiskId is missing.', code='errkb.MissingParameter', parameter='DiskId', constraint='required', detail=None)
_F2 = _prebuilt(_errors.REGISTRY['InvalidParameter.%s'], 'The specified field EnsRegionId invalid. Please check it again.', code='InvalidParameter.EnsRegionId', field='EnsRegionId', parameter='EnsRegionId', constraint='type', detail=None)
_F3 = _prebuilt(_errors.UNDOCUMENTED['errkb.MissingParameter'], 'The required parameter EnsRegionId is missing.', code='errkb.MissingParameter', parameter='EnsRegionId', constraint='required', detail=None)
_F4 = _prebuilt(_errors.REGISTRY['InvalidParameter.%s'], 'The specified field SnapshotName invalid. Please check it again.', code='InvalidParameter.SnapshotName', field='SnapshotName', parameter='SnapshotName', constraint='type', detail=None)
_F5 = _prebuilt(_errors.REGISTRY['InvalidParameter.%s'], 'The specified field SnapshotName invalid. Please check it again.', code='InvalidParameter.SnapshotName', field='SnapshotName', parameter='SnapshotName', constraint='length', detail='The name must be 2 to 128 characters in length.')
_F6 = _prebuilt(_errors.REGISTRY['InvalidParameter.%s'], 'The specified field SnapshotName invalid. Please check it again.', code='InvalidParameter.SnapshotName', field='SnapshotName', parameter='SnapshotName', constraint='first_char', detail='It must start with a letter and cannot start with http:// or https://.')
_F7 = _prebuilt(_errors.REGISTRY['InvalidParameter.%s'], 'The specified field SnapshotName invalid. Please check it again.', code='InvalidParameter.SnapshotName', field='SnapshotName', parameter='SnapshotName', constraint='forbidden_prefix', detail='It must start with a letter and cannot start with http:// or https://.')
_R0 = _re.compile('[A-Za-z0-9:_\\-]*').fullmatch
_F8 = _prebuilt(_errors.REGISTRY['InvalidParameter.%s'], 'The specified field SnapshotName invalid. Please check it again.', code='InvalidParameter.SnapshotName', field='SnapshotName', parameter='SnapshotName', constraint='charset', detail='It can contain letters, digits, colons (:), underscores (_), and hyphens (-).')
_C1 = _re.compile('(?=[A-Za-z])(?!http://|https://)[A-Za-z0-9:_\\-]*').fullmatch
_F9 = _prebuilt(_errors.REGISTRY['InvalidParameter.%s'], 'The specified field Description invalid. Please check it again.', code='InvalidParameter.Description', field='Description', parameter='Description', constraint='type', detail=None)
_F10 = _prebuilt(_errors.REGISTRY['InvalidParameter.%s'], 'The specified field Description invalid. Please check it again.', code='InvalidParameter.Description', field='Description', parameter='Description', constraint='length', detail='The description must be 2 to 256 characters in length and cannot start with http:// or https://.')
_F11 = _prebuilt(_errors.REGISTRY['InvalidParameter.%s'], 'The specified field Description invalid. Please check it again.', code='InvalidParameter.Description', field='Description', parameter='Description', constraint='forbidden_prefix', detail='The description must be 2 to 256 characters in length and cannot start with http:// or https://.')
_FAILS = {
    ('Description', 'forbidden_prefix'): _F11,
    ('Description', 'length'): _F10,
    ('Description', 'type'): _F9,
    ('DiskId', 'required'): _F1,
    ('DiskId', 'type'): _F0,
    ('EnsRegionId', 'required'): _F3,
    ('EnsRegionId', 'type'): _F2,
    ('SnapshotName', 'charset'): _F8,
    ('SnapshotName', 'first_char'): _F6,
    ('SnapshotName', 'forbidden_prefix'): _F7,
    ('SnapshotName', 'length'): _F5,
    ('SnapshotName', 'type'): _F4,
}
# Kind of rule to which of a parameter's codes below it raises.
_SLOT = {"required": 0, "type": 1, "enum": 3}
# Parameter to codes raised when it is missing, of the wrong type, breaks a rule, is not a listed value.
_EXPECTED: dict[str, tuple[str, str, str, str]] = {
    'DiskId': ('errkb.MissingParameter', 'InvalidParameter.DiskId', 'InvalidParameter.DiskId', 'InvalidParameter.DiskId'),
    'EnsRegionId': ('errkb.MissingParameter', 'InvalidParameter.EnsRegionId', 'InvalidParameter.EnsRegionId', 'InvalidParameter.EnsRegionId'),
    'SnapshotName': ('errkb.MissingParameter', 'InvalidParameter.SnapshotName', 'InvalidParameter.SnapshotName', 'InvalidParameter.SnapshotName'),
    'Description': ('errkb.MissingParameter', 'InvalidParameter.Description', 'InvalidParameter.Description', 'InvalidParameter.Description'),
}


def _fail(name: str, kind: str) -> _errors.EnsError:
    factory = _FAILS.get((name, kind))
    if factory is not None:
        return cast("_errors.EnsError", factory())
    cls = _errors.UNDOCUMENTED["errkb.UnknownParameter"]
    return cls(f"The parameter {name} is not documented for {OPERATION}.", code=cls.code, parameter=name,
               constraint="unknown")


_INDEXED: tuple[_v.Indexed, ...] = (
)
_LISTS: dict[str, _v.Indexed] = {
}


def validate(request: _Mapping[str, Any]) -> dict[str, Any]:
    """Check a request against the documented rules; return it normalised or raise the typed error.

    Integer, Float and Boolean values may be given as the text the SDK sends ("5", "true");
    the result holds only the keys given (no defaults filled in), values in their documented type.
    """
    if request.__class__ is not dict and not isinstance(request, _Mapping):
        raise TypeError(f"a request is a mapping of parameter names to values, not {type(request).__name__}")
    get = request.get
    out: dict[str, Any] = {}
    v = get('DiskId')
    if v is None:
        raise _F1()
    if v.__class__ is not str and not isinstance(v, str):
        raise _F0()
    out['DiskId'] = v
    v = get('EnsRegionId')
    if v is None:
        raise _F3()
    if v.__class__ is not str and not isinstance(v, str):
        raise _F2()
    out['EnsRegionId'] = v
    v = get('SnapshotName')
    if v is not None:
        if v.__class__ is not str and not isinstance(v, str):
            raise _F4()
        if not 2 <= len(v) <= 128:
            raise _F5()
        if _C1(v) is None:
            if v[0] not in {'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'}:
                raise _F6()
            if v.startswith(('http://', 'https://')):
                raise _F7()
            if _R0(v) is None:
                raise _F8()
        out['SnapshotName'] = v
    v = get('Description')
    if v is not None:
        if v.__class__ is not str and not isinstance(v, str):
            raise _F9()
        if not 2 <= len(v) <= 256:
            raise _F10()
        if v.startswith(('http://', 'https://')):
            raise _F11()
        out['Description'] = v
    if len(out) != len(request):
        out.update(_v.split_extra(request, _KNOWN, _INDEXED, _LISTS, _fail))
    return out


def expected_error(name: str, kind: str) -> str:
    """The code `validate` raises when parameter `name` breaks a rule of `kind`.

    `kind` is "required", "type", "unknown" or a constraint kind ("length", "enum", ...).
    """
    if kind == "unknown":
        return "errkb.UnknownParameter"
    if kind not in {'charset', 'default', 'enum', 'first_char', 'forbidden_prefix', 'length', 'max_items', 'pattern', 'range', 'required', 'separator', 'type', 'unit'}:
        raise KeyError(f"no rule kind {kind!r}")
    return _EXPECTED[name][_SLOT.get(kind, 2)]
