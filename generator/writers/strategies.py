"""Writer: one hypothesis strategies module per operation (`generated/<p>/<op>_strategies.py`).

The module holds the operation's request rules and error rows as Python literals and builds its
strategies with `generated.errkb_runtime.strategies`; the expected code of a broken rule comes from
the operation's validator module (`expected_error`), its class from the product's `errors.lookup`.
"""

from __future__ import annotations

import pprint
from typing import Any

import jinja2

from .. import naming
from .package import by_product, lit

PARAM_KEYS = ("name", "type", "required", "removed", "default", "constraints")
ERROR_KEYS = ("code", "status", "message", "pattern")


def literal(value: Any) -> str:
    """A deterministic Python literal of plain data (dict keys sorted), wrapped for reading."""
    return pprint.pformat(value, indent=1, width=110, sort_dicts=True)


def parameters(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The request parameters, reduced to what the strategies read (sentences kept for messages)."""
    return [{k: p[k] for k in PARAM_KEYS if k in p} for p in spec.get("request", [])]


def errors(spec: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for e in spec.get("errors", []):
        row = {k: e[k] for k in ERROR_KEYS if k in e}
        if "pattern" in row:
            row["pattern"] = {k: row["pattern"][k] for k in ("placeholders", "regex") if k in row["pattern"]}
        out.append(row)
    return out


def module_path(spec: dict[str, Any], modules: dict[str, str], suffix: str) -> str:
    return f"generated/{naming.product_package(spec['product_key'])}/{modules[spec['operation']]}{suffix}"


def render(specs: list[dict[str, Any]], env: jinja2.Environment) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    template = env.get_template("strategies.py.j2")
    for group in by_product(specs).values():
        modules = naming.operation_modules(s["operation"] for s in group)
        for spec in group:
            product = spec.get("product") or spec["product_key"]
            files[module_path(spec, modules, "_strategies.py")] = template.render(
                docstring=lit(f"Hypothesis strategies for {product} {spec['operation']} requests and error "
                              f"answers, generated from its API reference."),
                module=modules[spec["operation"]],
                product_key=lit(spec["product_key"]),
                operation=lit(spec["operation"]),
                parameters=literal(parameters(spec)),
                errors=literal(errors(spec)),
            ).encode("utf-8")
    return files
