"""errkb's error types: one root, a few clear kinds, each naming the file and the place."""

from __future__ import annotations


class ErrkbError(Exception):
    """Root of every error errkb raises on purpose."""

    exit_code = 2

    def __init__(self, message: str, *, file: str | None = None, place: str | None = None) -> None:
        self.file = file
        self.place = place
        self.detail = message
        super().__init__(self._render())

    def _render(self) -> str:
        where = self.file or ""
        if self.place:
            where = f"{where}:{self.place}" if where else self.place
        return f"{where}: {self.detail}" if where else self.detail


class InputError(ErrkbError):
    """A source document cannot be read (encoding, size, binary, empty)."""


class NotAReferencePage(InputError):
    """The document is readable but is not an API reference page errkb understands."""


class SpecError(ErrkbError):
    """A spec file is missing, malformed or fails its JSON Schema."""


class MetadataError(ErrkbError):
    """A page contradicts its path or metadata (product, operation, version)."""
