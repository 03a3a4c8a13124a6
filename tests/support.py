"""Helpers shared by tests that render generated files into a temporary folder and import them."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

_count = itertools.count()


def write_files(files: Mapping[str, bytes], where: Path) -> None:
    """Write rendered files (relative path → bytes) below `where`."""
    for rel, data in files.items():
        path = where / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def import_package(base: Path, prefix: str = "errkb_test") -> ModuleType:
    """Import the package in folder `base` under a fresh name, so several renderings can coexist."""
    name = f"{prefix}_{next(_count)}"
    spec = importlib.util.spec_from_file_location(name, base / "__init__.py", submodule_search_locations=[str(base)])
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod
