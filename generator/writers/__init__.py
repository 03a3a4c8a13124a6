"""Writers: the canonical specs → generated files (Python package, site).

A writer module exposes `render(specs, env) -> dict[relative path, bytes]`; it never reads a
document, only specs. `WRITER_MODULES` lists them in the order a build runs them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

Writer = Callable[[list[dict[str, Any]], Any], dict[str, bytes]]

WRITER_MODULES: tuple[str, ...] = (
    "generator.writers.package",
    "generator.writers.exceptions",
    "generator.writers.validators",
    "generator.writers.site",
    "generator.writers.strategies",
    "generator.writers.contract",
    "generator.writers.export",
)


def writers() -> list[Writer]:
    return [importlib.import_module(name).render for name in WRITER_MODULES]
