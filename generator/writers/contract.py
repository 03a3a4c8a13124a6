"""Writer: one pytest contract module per operation (`generated/<p>/test_<op>_contract.py`).

The tests take what they exercise from the errkb pytest plugin's fixtures (`errkb_target`,
`errkb_strategies`, `errkb_spec`), so the same module checks the generated validator by default
and a user's client or an HTTP endpoint when the fixture is overridden or `--errkb-target` is given.
"""

from __future__ import annotations

from typing import Any

import jinja2

from .. import naming
from .package import by_product, lit


def render(specs: list[dict[str, Any]], env: jinja2.Environment) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    template = env.get_template("contract_test.py.j2")
    for key, group in by_product(specs).items():
        pkg = naming.product_package(key)
        modules = naming.operation_modules(s["operation"] for s in group)
        for spec in group:
            product = spec.get("product") or key
            files[f"generated/{pkg}/test_{modules[spec['operation']]}_contract.py"] = template.render(
                docstring=lit(f"Contract tests of {product} {spec['operation']}, generated from its API reference: "
                              f"valid and invalid requests, documented error answers, sample responses."),
                package=lit(pkg),
                operation=lit(spec["operation"]),
            ).encode("utf-8")
    return files
