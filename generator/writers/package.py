"""The generated package's skeleton: `generated/__init__.py`, the runtime, product packages, spec copies.

The runtime is every `.py` file of `generator/runtime/`, copied byte for byte into
`generated/errkb_runtime/`. Text from documents reaches Python only as `repr()` literals.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import Any

import jinja2

from .. import naming
from ..spec import io as spec_io

RUNTIME_PACKAGE = "errkb_runtime"


def by_product(specs: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Specs grouped by product key (sorted), each group sorted by operation."""
    out: dict[str, list[dict[str, Any]]] = {}
    for spec in specs:
        out.setdefault(spec["product_key"], []).append(spec)
    return {k: sorted(v, key=lambda s: s["operation"]) for k, v in sorted(out.items())}


def lit(value: Any) -> str:
    """A Python literal for a value read from a document (str, number, bool, None, tuples).

    `ascii()` is `repr()` with every non-ASCII character escaped, so generated sources are plain
    ASCII: no bidirectional-control or look-alike characters from a document reach them.
    """
    return ascii(value)


def set_lit(values: Any) -> str:
    """A set display with its items in a fixed order: `{'a', 'b'}` (never empty)."""
    items = sorted({ascii(v): v for v in values})
    if not items:
        raise ValueError("an empty set has no set display")
    return "{" + ", ".join(items) + "}"


def frozenset_lit(values: Any) -> str:
    """`frozenset({...})` with its items in a fixed order; `frozenset()` when empty."""
    return f"frozenset({set_lit(values)})" if values else "frozenset()"


def runtime_files() -> dict[str, bytes]:
    """Every module of generator/runtime/, verbatim, under generated/errkb_runtime/."""
    base = resources.files("generator") / "runtime"
    out: dict[str, bytes] = {}
    for entry in sorted(base.iterdir(), key=lambda e: e.name):
        if entry.is_file() and entry.name.endswith(".py"):
            out[f"generated/{RUNTIME_PACKAGE}/{entry.name}"] = entry.read_bytes()
    return out


def render(specs: list[dict[str, Any]], env: jinja2.Environment) -> dict[str, bytes]:
    files = runtime_files()
    groups = by_product(specs)
    files["generated/__init__.py"] = env.get_template("generated_init.py.j2").render(
        docstring=lit("Code errkb generates from the canonical specs: typed errors and request validators."),
        products=[(lit(k), lit(naming.product_package(k))) for k in groups],
    ).encode("utf-8")
    template = env.get_template("package_init.py.j2")
    for key, group in groups.items():
        pkg = naming.product_package(key)
        first = group[0]
        modules = naming.operation_modules(s["operation"] for s in group)
        name = first.get("product_name") or first.get("product") or key
        files[f"generated/{pkg}/__init__.py"] = template.render(
            docstring=lit(f"{name} ({first.get('product', key)}): typed errors and request validators."),
            product=lit(first.get("product", key)),
            product_key=lit(key),
            api_version=lit(first.get("api_version", "")),
            operations=[(lit(op), lit(mod)) for op, mod in modules.items()],
        ).encode("utf-8")
        for spec in group:
            files[f"generated/{pkg}/spec/{spec['operation']}.json"] = spec_io.dumps(spec).encode("utf-8")
    return files
