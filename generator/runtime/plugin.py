"""pytest plugin of the generated package (entry point `errkb`): fixtures for the contract tests.

Fixtures:

- `errkb_spec`: the canonical spec (dict) of the operation a contract module tests (its module
  attribute `ERRKB_OPERATION = (package, operation)`); elsewhere a dict `{(package, operation): spec}`
  of every generated operation.
- `errkb_strategies`: the operation's generated strategies module (`valid_requests()`,
  `invalid_requests()`, `boundary_cases()`, `error_responses()`).
- `errkb_target`: what the contract tests run against. It has `call(package, operation, request)`,
  which returns a success answer or raises the product's typed error, and optionally
  `from_response(package, status, body)` and `wire_only` (True when every value travels as text, so
  examples invalid only as Python objects are skipped). The default target is the generated
  validator with the generated `errors.from_response`. Point the same tests elsewhere by defining an
  `errkb_target` fixture in a conftest, or with `--errkb-target URL` / `ERRKB_TARGET=URL`, which uses
  `HttpTarget(url)` from `errkb_runtime.http_target`.

Options: `--errkb-target URL`, `--errkb-max-examples N` (or `ERRKB_MAX_EXAMPLES`; default 50) sets
how many examples each contract property draws.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Mapping
from importlib import resources
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from hypothesis import settings as Settings

ROOT = __name__.rsplit(".", 2)[0]  # the generated package (`generated`)
RUNTIME = __name__.rsplit(".", 1)[0]
DEFAULT_MAX_EXAMPLES = 50
_OPTIONS: dict[str, Any] = {}


def pytest_addoption(parser: Any) -> None:
    group = parser.getgroup("errkb", "errkb contract tests")
    group.addoption("--errkb-target", default=None, metavar="URL",
                    help="run the contract tests against this HTTP endpoint (default: the generated validator; "
                         "env ERRKB_TARGET)")
    group.addoption("--errkb-max-examples", type=int, default=None, metavar="N",
                    help=f"examples per contract property (default {DEFAULT_MAX_EXAMPLES}; env ERRKB_MAX_EXAMPLES)")


def pytest_configure(config: Any) -> None:
    _OPTIONS["target"] = config.getoption("--errkb-target", default=None) or os.environ.get("ERRKB_TARGET") or None
    _OPTIONS["max_examples"] = config.getoption("--errkb-max-examples", default=None)


def max_examples() -> int:
    """Examples per contract property: the option, else `ERRKB_MAX_EXAMPLES`, else 50."""
    n = _OPTIONS.get("max_examples") or os.environ.get("ERRKB_MAX_EXAMPLES") or DEFAULT_MAX_EXAMPLES
    return max(int(n), 1)


def contract_settings() -> Settings:
    """The hypothesis settings of a contract property (read when the test module is imported)."""
    from hypothesis import settings

    return settings(max_examples=max_examples(), deadline=None)


# --- the generated package --------------------------------------------------------------------


def products() -> dict[str, str]:
    """Product key → package name, as the generated package lists them."""
    return dict(importlib.import_module(ROOT).PRODUCTS)


def operations(package: str) -> dict[str, str]:
    """Operation → module name in one product package."""
    return dict(importlib.import_module(f"{ROOT}.{package}").OPERATIONS)


def load_spec(package: str, operation: str) -> dict[str, Any]:
    text = resources.files(f"{ROOT}.{package}").joinpath("spec", f"{operation}.json").read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def all_specs() -> dict[tuple[str, str], dict[str, Any]]:
    return {(pkg, op): load_spec(pkg, op) for pkg in sorted(products().values()) for op in sorted(operations(pkg))}


def module_of(package: str, operation: str, suffix: str = "") -> ModuleType:
    return importlib.import_module(f"{ROOT}.{package}.{operations(package)[operation]}{suffix}")


class LocalTarget:
    """The generated validator as a target: `call` validates and returns the normalised request."""

    wire_only = False

    def __repr__(self) -> str:
        return "LocalTarget()"

    def call(self, package: str, operation: str, request: Mapping[str, Any]) -> Any:
        return module_of(package, operation).validate(request)

    def from_response(self, package: str, status: Any, body: Any) -> BaseException:
        errors = importlib.import_module(f"{ROOT}.{package}.errors")
        exc: BaseException = errors.from_response(status, body)
        return exc


class RemoteTarget:
    """Wraps a target that sends requests over HTTP (every value travels as text)."""

    wire_only = True

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __repr__(self) -> str:
        return f"RemoteTarget({self.inner!r})"

    def call(self, package: str, operation: str, request: Mapping[str, Any]) -> Any:
        return self.inner.call(package, operation, request)

    def from_response(self, package: str, status: Any, body: Any) -> BaseException:
        convert = getattr(self.inner, "from_response", None)
        if convert is not None:
            exc: BaseException = convert(package, status, body)
            return exc
        return LocalTarget().from_response(package, status, body)


def make_target(url: str | None) -> Any:
    """The target for `url` (an `HttpTarget`), or the generated validator when there is none."""
    if not url:
        return LocalTarget()
    try:
        http = importlib.import_module(f"{RUNTIME}.http_target")
    except ImportError as exc:
        raise RuntimeError(f"--errkb-target {url}: this generated package has no {RUNTIME}.http_target "
                           f"module to send requests with ({exc})") from exc
    return RemoteTarget(http.HttpTarget(url))


def _declared(request: Any) -> tuple[str, str] | None:
    module = getattr(request, "module", None)
    op = getattr(module, "ERRKB_OPERATION", None)
    return (str(op[0]), str(op[1])) if op else None


def _fixtures() -> None:
    import pytest

    @pytest.fixture(scope="module")
    def errkb_spec(request: Any) -> Any:
        """The spec of this module's operation, else every spec by (package, operation)."""
        op = _declared(request)
        return load_spec(*op) if op else all_specs()

    @pytest.fixture(scope="module")
    def errkb_strategies(request: Any) -> ModuleType:
        """The generated strategies module of this module's operation."""
        op = _declared(request)
        if op is None:
            pytest.fail("errkb_strategies needs ERRKB_OPERATION = (package, operation) in the test module")
        return module_of(*op, suffix="_strategies")

    @pytest.fixture(scope="session")
    def errkb_target() -> Any:
        """What the contract tests exercise: the generated validator, or `--errkb-target URL`."""
        try:
            return make_target(_OPTIONS.get("target"))
        except (RuntimeError, ValueError) as exc:
            pytest.fail(str(exc), pytrace=False)

    globals().update(errkb_spec=errkb_spec, errkb_strategies=errkb_strategies, errkb_target=errkb_target)


_fixtures()
