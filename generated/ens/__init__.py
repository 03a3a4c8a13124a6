'Edge Node Service (ENS): typed errors and request validators.'

from __future__ import annotations

import importlib as _importlib
from types import ModuleType as _ModuleType
from typing import Any as _Any

from . import errors

PRODUCT = 'ENS'
PRODUCT_KEY = 'ens'
API_VERSION = '2017-11-10'

# Operation to module holding its `validate(request)` and `expected_error(name, kind)`.
OPERATIONS: dict[str, str] = {
    'CreateSnapshot': 'create_snapshot',
}


def validator(operation: str) -> _ModuleType:
    """The validator module of an operation (KeyError for an operation the specs do not have)."""
    return _importlib.import_module("." + OPERATIONS[operation], __name__)


def validate(operation: str, request: _Any) -> dict[str, _Any]:
    """Check a request for `operation`; returns it normalised or raises the typed error."""
    result: dict[str, _Any] = validator(operation).validate(request)
    return result


__all__ = ["API_VERSION", "OPERATIONS", "PRODUCT", "PRODUCT_KEY", "errors", "validate", "validator"]
