"""Reader for tag-stripped text copies whose table cells are glued together."""

from __future__ import annotations

from ..document import Document
from .common import SectionBuilder


def read(text: str, origin: str) -> Document:
    return SectionBuilder(origin, "text").document(None, {})
