"""`errkb lookup CODE`: every product and operation whose built spec documents an error code.

A code matches a documented row when they are equal ignoring case, or when the row is a pattern
(`InvalidParameter.%s`, carrying a `pattern` regex) that the code fills. Nothing found: the
closest documented codes are suggested.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .spec import io as spec_io


@dataclass(frozen=True)
class Hit:
    """One documented error row that a looked-up code matches."""

    product_key: str
    product: str
    operation: str
    code: str
    status: Any
    message: str
    description: str
    first_seen: str
    last_seen: str
    removed: bool
    via_pattern: bool
    fields: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=1024)
def _compiled(regex: str) -> re.Pattern[str] | None:
    try:
        return re.compile(regex, re.IGNORECASE)
    except re.error:
        return None


def _match(code: str, entry: dict[str, Any]) -> tuple[bool, bool, dict[str, str]]:
    """(matches, through the pattern, the values filling the pattern's placeholders)."""
    if entry["code"].lower() == code.lower():
        return True, False, {}
    pattern = entry.get("pattern")
    if isinstance(pattern, dict) and pattern.get("regex"):
        rx = _compiled(pattern["regex"])
        m = rx.fullmatch(code) if rx else None
        if m:
            names = pattern.get("placeholders") or []
            values = {names[i] if i < len(names) else k: v
                      for i, (k, v) in enumerate(sorted(m.groupdict().items())) if v is not None}
            return True, True, values
    return False, False, {}


def find(specs: list[dict[str, Any]], code: str) -> list[Hit]:
    """Every documented error row of `specs` that `code` matches, exact matches before patterns."""
    hits = []
    for spec in specs:
        for e in spec.get("errors", []):
            ok, via, fields = _match(code, e)
            if ok:
                hits.append(Hit(
                    spec.get("product_key", ""), spec.get("product", ""), spec.get("operation", ""), e["code"],
                    e.get("status", ""), e.get("message", ""), e.get("description", ""), e.get("first_seen", ""),
                    e.get("last_seen", ""), bool(e.get("removed")), via, fields,
                ))
    return sorted(hits, key=lambda h: (h.via_pattern, h.product_key, h.operation, h.code.lower()))


def suggest(specs: list[dict[str, Any]], code: str, n: int = 5) -> list[str]:
    """The documented codes closest to `code` (spelling), for a code nobody documents."""
    codes: dict[str, str] = {}
    for spec in specs:
        for e in spec.get("errors", []):
            codes.setdefault(e["code"].lower(), e["code"])
    close = difflib.get_close_matches(code.lower(), list(codes), n=n, cutoff=0.6)
    return [codes[c] for c in close]


def load_specs(root: Path) -> list[dict[str, Any]]:
    return spec_io.load_all(root)


def render_text(code: str, hits: list[Hit]) -> str:
    lines = [f"{code}: documented by {len(hits)} operation row(s)"]
    for h in hits:
        lines.append("")
        via = f"  (pattern {h.code}" + (f"; {', '.join(f'{k}={v}' for k, v in h.fields.items())})" if h.fields else ")")
        lines.append(f"{h.product} {h.operation}: {h.code}" + (via if h.via_pattern else ""))
        lines.append(f"  HTTP status: {h.status if h.status != '' else '(not given)'}")
        if h.message:
            lines.append(f"  message:     {h.message}")
        if h.description and h.description != "-":
            lines.append(f"  description: {h.description}")
        seen = f"{h.first_seen} … {h.last_seen}" if h.first_seen != h.last_seen else h.first_seen
        lines.append(f"  page versions: {seen}" + ("  (no longer documented by the newest page)" if h.removed else ""))
    return "\n".join(lines) + "\n"
