"""Readers: one per input format, each `read(text, origin) -> Document`.

`read_path` decodes a file safely (size, binary, encoding checks) and picks the reader.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..document import Document
from ..errors import InputError
from . import flat, html, markdown, pipe

FORMATS = ("html", "markdown", "text")
MAX_BYTES = 8 * 1024 * 1024
_PIPE_HEADER = re.compile(r"^[^|\n]+( \| [^|\n]+)+ \|\s*\n\s*-{2,}\|", re.MULTILINE)
_MD_TABLE = re.compile(r"^\|[^\n]*\|\s*\n\|\s*:?-{2,}", re.MULTILINE)


def detect(text: str) -> str:
    """Tell the formats apart: `html`, `markdown`, `pipe` or `flat` (the last two are `text`)."""
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(body|table|h1|main)\b", text[:65536], re.IGNORECASE):
        return "html"
    if _MD_TABLE.search(text) or re.search(r"^#{1,6} \S", text, re.MULTILINE):
        return "markdown"
    if _PIPE_HEADER.search(text):
        return "pipe"
    return "flat"


def decode(data: bytes, origin: str) -> str:
    """Bytes → text, refusing what no reference page is: empty, binary, non-UTF-8, too large."""
    if len(data) > MAX_BYTES:
        raise InputError(f"file is {len(data) / 1e6:.1f} MB; the limit for one page is {MAX_BYTES // 2**20} MiB", file=origin)
    if not data.strip():
        raise InputError("file is empty", file=origin)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(data) > 3 and data[1:2] == b"\x00" and data[3:4] == b"\x00"):
        raise InputError("file is UTF-16 encoded; save it as UTF-8", file=origin, place="byte 0")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError("file is binary (holds a NUL byte), not a text or HTML page", file=origin, place=f"byte {nul}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"file is not UTF-8 (byte 0x{data[exc.start]:02x}); GBK and other legacy encodings must be converted to UTF-8",
            file=origin,
            place=f"line {line}",
        ) from None


def read_text(text: str, origin: str, fmt: str = "auto") -> Document:
    kind = detect(text) if fmt == "auto" else fmt
    if kind == "html":
        return html.read(text, origin)
    if kind == "markdown":
        return markdown.read(text, origin)
    if kind == "text":
        kind = "pipe" if _PIPE_HEADER.search(text) else "flat"
    if kind == "pipe":
        return pipe.read(text, origin)
    if kind == "flat":
        return flat.read(text, origin)
    raise InputError(f"unknown format {fmt!r}; expected auto, {', '.join(FORMATS)}", file=origin)


def read_path(path: Path | str, fmt: str = "auto", origin: str | None = None) -> Document:
    p = Path(path)
    name = origin or str(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", file=name) from None
    return read_text(decode(data, name), name, fmt)
