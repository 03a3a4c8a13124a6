"""Which error code a broken request rule raises, chosen from the codes one operation documents.

For a parameter `P` (its name without index segments: `Tag.N.Key` → `TagKey`):

- `required`: `MissingParameter.P`, `MissingP`, a templated code filled with P
  (`MissingParameter.%s`), plain `MissingParameter`, else `errkb.MissingParameter`.
- every other kind: for `enum` first `InvalidP.ValueNotSupported`, `InvalidParameter.P.ValueNotSupported`;
  then `InvalidParameter.P`, `InvalidParameter.P.Malformed`, `InvalidP.Malformed`, `InvalidP`, each
  exact (case-insensitive, the page's spelling kept), then the same names through a templated code
  whose placeholder takes exactly P (`InvalidParameter.%s` → `InvalidParameter.P`), then plain
  `InvalidParameter`, else `errkb.InvalidType` (kind `type`) or `errkb.InvalidValue`.
- `unknown`: always `errkb.UnknownParameter`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..runtime.kinds import INDEX_SEGMENTS

KINDS = ("required", "type", "length", "first_char", "forbidden_prefix", "charset", "enum", "range", "default",
         "unit", "pattern", "max_items", "separator")


@dataclass(frozen=True)
class Resolved:
    code: str  # the concrete code raised (`InvalidParameter.SnapshotName`)
    template: str  # the documented code whose class raises it (`InvalidParameter.%s`), or errkb.*
    field: str | None  # what fills the template's placeholder
    documented: bool
    message: str | None  # the documented message, placeholders filled


def forms(name: str) -> list[str]:
    """How a parameter name may appear inside a code: `Tag.N.Key` → [`TagKey`, `Tag.Key`]."""
    parts = [s for s in name.split(".") if s not in INDEX_SEGMENTS]
    out = ["".join(parts), ".".join(parts)]
    return [f for f in dict.fromkeys(out) if f]


class Codes:
    """The documented codes of one operation, ready to answer `resolve(name, kind)`."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        self.exact: dict[str, dict[str, Any]] = {}
        self.folded: dict[str, dict[str, Any]] = {}
        self.patterns: list[tuple[re.Pattern[str], dict[str, Any]]] = []
        for err in errors:
            code = err.get("code")
            if not isinstance(code, str):
                continue
            if err.get("pattern"):
                self.patterns.append((re.compile(err["pattern"]["regex"]), err))
                continue
            self.exact.setdefault(code, err)
            self.folded.setdefault(code.lower(), err)

    def _exact(self, candidates: list[str]) -> Resolved | None:
        for c in candidates:
            err = self.exact.get(c) or self.folded.get(c.lower())
            if err is not None:
                return Resolved(err["code"], err["code"], None, True, err.get("message") or None)
        return None

    def _templated(self, candidates: list[str], fills: list[str]) -> Resolved | None:
        for c in candidates:
            for rx, err in self.patterns:
                m = rx.match(c)
                # Every placeholder must take the parameter's name: `%s.%s` is no code for it.
                if m and m.groups() and all(g in fills for g in m.groups()):
                    values = tuple(g for g in m.groups() if g is not None)
                    message = err.get("message") or None
                    if message:
                        for holder, value in zip(err["pattern"].get("placeholders", []), values):
                            message = message.replace(holder, value, 1)
                    return Resolved(c, err["code"], values[0], True, message)
        return None

    def resolve(self, name: str, kind: str) -> Resolved:
        if kind == "unknown":
            return Resolved("errkb.UnknownParameter", "errkb.UnknownParameter", None, False, None)
        fs = forms(name)
        if kind == "required":
            cands = [c for p in fs for c in (f"MissingParameter.{p}", f"Missing{p}")]
            generic, fallback = "MissingParameter", "errkb.MissingParameter"
        else:
            cands = []
            if kind == "enum":
                cands += [c for p in fs for c in (f"Invalid{p}.ValueNotSupported", f"InvalidParameter.{p}.ValueNotSupported")]
            cands += [c for p in fs for c in (f"InvalidParameter.{p}", f"InvalidParameter.{p}.Malformed",
                                               f"Invalid{p}.Malformed", f"Invalid{p}")]
            generic = "InvalidParameter"
            fallback = "errkb.InvalidType" if kind == "type" else "errkb.InvalidValue"
        found = self._exact(cands) or self._templated(cands, fs) or self._exact([generic])
        return found or Resolved(fallback, fallback, None, False, None)
