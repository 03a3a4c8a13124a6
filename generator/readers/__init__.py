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
# `[ \t\r]*\n` rather than `\s*\n`: two adjacent `\s*` around a newline backtrack quadratically on a long blank run.
_PIPE_HEADER = re.compile(r"^[^|\n]+( \| [^|\n]+)+ \|[ \t\r]*\n\s*-{2,}\|", re.MULTILINE)
# Line-start patterns as "at the start, or after a newline": a search for the literal `\n` prefix is
# much faster than trying `^` (MULTILINE) at every position.
_MD_TABLE = r"\|[^\n]*\|\s*\n\|\s*:?(?:-{2,}|-:?\s*\|)"
_MD_HEADING = r"#{1,6} \S"
_MD_START = re.compile(f"{_MD_TABLE}|{_MD_HEADING}")
_MD_LINE = re.compile(f"\n(?:{_MD_TABLE}|{_MD_HEADING})")


def detect(text: str) -> str:
    """Tell the formats apart: `html`, `markdown`, `pipe` or `flat` (the last two are `text`)."""
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(body|table|h1|main)\b", text[:65536], re.IGNORECASE):
        return "html"
    if _MD_START.match(text) or _MD_LINE.search(text):
        return "markdown"
    if " | " in text and _PIPE_HEADER.search(text):
        return "pipe"
    return "flat"


def _wide_encoding(data: bytes) -> str | None:
    """Name a UTF-16/UTF-32 encoding from its byte-order mark or from where its NUL bytes fall."""
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "UTF-32"
    if data[:2] == b"\xff\xfe":
        return "UTF-16 (little-endian)"
    if data[:2] == b"\xfe\xff":
        return "UTF-16 (big-endian)"
    sample = data[:4096]
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # Text in UTF-16 without a BOM: ASCII characters (spaces, newlines, digits) put a NUL
    # in every other byte, on one side only; binary data has NULs scattered on both sides.
    if pairs >= 2 and odd >= 0.25 * pairs and even <= 0.05 * odd:
        return "UTF-16 (little-endian, no byte-order mark)"
    if pairs >= 2 and even >= 0.25 * pairs and odd <= 0.05 * even:
        return "UTF-16 (big-endian, no byte-order mark)"
    return None


def _too_large(size: int, origin: str) -> InputError:
    return InputError(
        f"file is {size / 2**20:.1f} MiB; the limit for one page is {MAX_BYTES // 2**20} MiB", file=origin
    )


def decode(data: bytes, origin: str) -> str:
    """Bytes → text, refusing what no reference page is: empty, binary, non-UTF-8, too large."""
    if len(data) > MAX_BYTES:
        raise _too_large(len(data), origin)
    wide = _wide_encoding(data)
    if wide:
        raise InputError(f"file is {wide} encoded; save it as UTF-8", file=origin, place="byte 0")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise InputError("file is empty", file=origin)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError("file is binary (holds a NUL byte), not a text or HTML page", file=origin, place=f"byte {nul}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = "GBK and other legacy encodings must be converted to UTF-8"
        try:
            data.decode("gbk")
            hint = "it looks GBK-encoded; convert it to UTF-8"
        except UnicodeDecodeError:
            pass
        raise InputError(
            f"file is not UTF-8 (byte 0x{data[exc.start]:02x}); {hint}",
            file=origin,
            place=f"line {line}",
        ) from None
    if not text.strip():
        raise InputError("file is empty (only white space)", file=origin)
    return text


def read_text(text: str, origin: str, fmt: str = "auto") -> Document:
    kind = detect(text) if fmt == "auto" else fmt
    if kind == "html":
        return html.read(text, origin)
    if kind == "markdown":
        return markdown.read(text, origin)
    if kind == "text":
        kind = "pipe" if " | " in text and _PIPE_HEADER.search(text) else "flat"
    if kind == "pipe":
        return pipe.read(text, origin)
    if kind == "flat":
        return flat.read(text, origin)
    raise InputError(f"unknown format {fmt!r}; expected auto, {', '.join(FORMATS)}", file=origin)


def read_path(path: Path | str, fmt: str = "auto", origin: str | None = None) -> Document:
    p = Path(path)
    name = origin or str(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:  # refuse before reading the whole file into memory
            raise _too_large(size, name)
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", file=name) from None
    return read_text(decode(data, name), name, fmt)
