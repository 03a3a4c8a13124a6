"""The one place that says how spec types and character classes map to Python values.

Shared by the validators, strategies and exports (writers import it from `generator.runtime`; the
generated package carries a copy in `errkb_runtime`), so the three never disagree on what a type
string or a character class means.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import Any

# A page's type string (any case) → str/int/float/bool/list/obj; unknown types are not checked ("any").
TYPE_KINDS = {
    "string": "str", "str": "str", "text": "str",
    "integer": "int", "int": "int", "int32": "int", "int64": "int", "long": "int", "short": "int",
    "float": "float", "double": "float", "number": "float", "decimal": "float",
    "boolean": "bool", "bool": "bool",
    "array": "list", "list": "list", "repeatlist": "list", "set": "list",
    "object": "obj", "map": "obj", "json": "obj", "struct": "obj", "dict": "obj",
}
# Name segments that stand for an index in repeated parameters (`Tag.N.Key`).
INDEX_SEGMENTS = frozenset({"N", "M", "n", "m"})
# Chinese characters: CJK Unified Ideographs and Extension A.
CHINESE_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))
# Character classes as regex set bodies (same syntax in Python and ECMA 262).
CLASS_RANGES = {
    "letter": "A-Za-z",
    "lower": "a-z",
    "upper": "A-Z",
    "digit": "0-9",
    "chinese": "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in CHINESE_RANGES),
    "ascii": "\\x20-\\x7e",
}
PRINTABLE = "".join(chr(c) for c in range(0x20, 0x7F))
# Classes small enough to list their characters.
CLASS_CHARS = {
    "letter": string.ascii_letters,
    "lower": string.ascii_lowercase,
    "upper": string.ascii_uppercase,
    "digit": string.digits,
    "ascii": PRINTABLE,
}


def value_kind(ptype: Any) -> str:
    """str/int/float/bool/list/obj, or `any` (no type check): the native type of a request value."""
    return TYPE_KINDS.get(str(ptype or "").strip().lower(), "any")


def is_chinese(c: str) -> bool:
    o = ord(c)
    return any(lo <= o <= hi for lo, hi in CHINESE_RANGES)


def element_kind(constraints: Iterable[Mapping[str, Any]]) -> str:
    """The type of one item of a list: numbers if its enum/range bounds all are, else text."""
    nums: list[Any] = []
    for c in constraints:
        if c.get("kind") == "range":
            nums += [c.get("min"), c.get("max")]
        elif c.get("kind") == "enum":
            nums += list(c.get("values") or [])
    nums = [n for n in nums if n is not None]
    if nums and all(isinstance(n, int) and not isinstance(n, bool) for n in nums):
        return "int"
    if nums and all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in nums):
        return "float"
    return "str"
