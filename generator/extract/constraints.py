"""Prose → machine constraints (placeholder until the full vocabulary lands)."""

from __future__ import annotations

from typing import Any


def parse_constraints(sentences: tuple[str, ...], ptype: str) -> dict[str, Any]:
    return {}
