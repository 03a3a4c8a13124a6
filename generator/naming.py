"""Names for generated code: exception classes from error codes, modules from operation names.

Every name is a valid ASCII Python identifier, deterministic for the same set of inputs and free
of collisions inside its namespace:

- `SaleControl.VerificationFailed` → `SaleControlVerificationFailed` (each run of letters and
  digits, first letter capitalised, joined).
- A code starting with a digit gets an `E` prefix (`404NotFound` → `E404NotFound`).
- A character that is not an ASCII letter or digit inside a part is spelt `U<hex>`
  (`错误` → `U9519U8BEF`), so two codes never lose their difference to a transliteration.
- A templated code names each placeholder `Field` (`InvalidParameter.%s` → `InvalidParameterField`).
- A name that is a keyword, a builtin or reserved by the module gets a trailing `_`.
- Codes whose names still collide (`Foo.Bar` and `FooBar`, `foo.bar`) are ordered: a code that is
  itself the name keeps it; the others get their punctuation spelt as `_` (`Foo_Bar`), then a
  numeric suffix (`FooBar_2`) in sorted code order.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Iterable

_PART = re.compile(r"[A-Za-z0-9]+|[^\x00-\x7f]+")
_ASCII_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
BUILTINS = frozenset(dir(builtins))


def _spell(part: str) -> str:
    if part.isascii():
        return part
    return "".join(f"U{ord(c):04X}" for c in part)


def _finish(name: str, reserved: frozenset[str] | set[str]) -> str:
    if not name:
        name = "Empty"
    if name[0].isdigit():
        name = "E" + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in BUILTINS or name in reserved:
        name += "_"
    return name


def primary_name(code: str, reserved: frozenset[str] | set[str] = frozenset()) -> str:
    """The preferred class name of an error code (parts capitalised and joined)."""
    parts = [_spell(p) for p in _PART.findall(code)]
    return _finish("".join(p[:1].upper() + p[1:] for p in parts), reserved)


def secondary_name(code: str, reserved: frozenset[str] | set[str] = frozenset()) -> str:
    """The fallback name: the code's parts as written, joined by `_`."""
    return _finish("_".join(_spell(p) for p in _PART.findall(code)), reserved)


_PLACEHOLDER = re.compile(r"%[sd]|\{[A-Za-z_][A-Za-z0-9_]*\}|\$\{[A-Za-z_]+\}")


def _named(code: str) -> str:
    """A templated code is named with `Field` for each placeholder: `InvalidParameter.%s` → `…Field`."""
    return _PLACEHOLDER.sub("Field", code)


def class_names(codes: Iterable[str], reserved: Iterable[str] = ()) -> dict[str, str]:
    """Distinct codes → distinct class names (see the module docstring for the rules)."""
    taken: set[str] = set(reserved)
    res = frozenset(taken)
    unique = sorted(set(codes))
    # A code that already is its own name goes first, so `FooBar` keeps `FooBar` beside `Foo.Bar`.
    order = sorted(unique, key=lambda c: (primary_name(c, res) != c, c))
    out: dict[str, str] = {}
    for code in order:
        first = primary_name(_named(code), res)
        candidates = [first, secondary_name(_named(code), res)]
        name = next((c for c in candidates if c not in taken), None)
        k = 2
        while name is None:
            if f"{first}_{k}" not in taken:
                name = f"{first}_{k}"
            k += 1
        taken.add(name)
        out[code] = name
    return dict(sorted(out.items()))


def is_identifier(name: str) -> bool:
    return bool(_ASCII_ID.match(name)) and not keyword.iskeyword(name)


def snake(operation: str) -> str:
    """`CreateSnapshot` → `create_snapshot`; `DescribeDBInstances` → `describe_db_instances`."""
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", operation)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").lower()
    return s or "operation"


# Names a product package already uses for something else.
PACKAGE_RESERVED = frozenset({"errors", "spec", "conftest"})


def operation_module(operation: str) -> str:
    """The module name of one operation's validator (`create_snapshot`), never a reserved one.

    Names that would read as another module's (`errors`, `spec`, a keyword, one ending in
    `_strategies`, one starting with `test_`) get an `_op` suffix.
    """
    name = snake(operation)
    if name[0].isdigit():
        name = "op_" + name
    if (
        name in PACKAGE_RESERVED
        or keyword.iskeyword(name)
        or name.endswith("_strategies")
        or name.startswith(("test", "errkb"))
    ):
        name += "_op"
    return name


def operation_modules(operations: Iterable[str]) -> dict[str, str]:
    """Operations of one product → distinct module names (`_2`, `_3` in sorted order on a clash)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for op in sorted(set(operations)):
        base = operation_module(op)
        name, k = base, 2
        while name in taken:
            name = f"{base}_{k}"
            k += 1
        taken.add(name)
        out[op] = name
    return out


def product_class(product_key: str) -> str:
    """`ens` → `EnsError`, `cloud-api` → `CloudApiError`: the product's base exception class."""
    return primary_name(product_key) + "Error"


def product_package(product_key: str) -> str:
    """The package folder of a product (`ens`); product keys are `^[a-z0-9][a-z0-9_-]*$`."""
    name = re.sub(r"[^a-z0-9_]", "_", product_key.lower())
    if name[0].isdigit() or keyword.iskeyword(name) or name in ("errkb_runtime",):
        name = "p_" + name
    return name
