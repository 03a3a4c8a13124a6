"""A content-addressed cache of each operation's merged spec, so an unchanged rebuild is instant.

An entry lives at `<root>/.errkb-cache/specs/<product_key>/<Operation>.json` and holds the key it
was made for and the canonical spec text. The key hashes everything the spec depends on: the
errkb version, the spec schema and version, the code of the readers, extractor and merge, the
operation's metadata, and the path, page version and bytes of every source file. An entry
whose key differs, or that cannot be read or is damaged, is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .spec import io as spec_io
from .spec.merge import SPEC_VERSION
from .spec.sources import OperationSources

CACHE_DIR = ".errkb-cache"
_FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent
# The code a spec depends on: changing any of it invalidates every entry.
_CODE = ("readers", "extract", "spec", "document.py", "errors.py", "build.py", "diff.py", "diff_sides.py")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """errkb version + spec schema + spec version + the code that reads, extracts and merges."""
    h = hashlib.sha256()
    try:
        version = metadata.version("errkb")
    except metadata.PackageNotFoundError:
        version = "unknown"
    h.update(f"errkb {version}; spec {SPEC_VERSION}; cache {_FORMAT}\n".encode())
    h.update(spec_io.schema_text().encode("utf-8"))
    for name in _CODE:
        base = _PACKAGE / name
        files = sorted(base.rglob("*.py")) if base.is_dir() else [base]
        for f in files:
            h.update(f.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            h.update(f.read_bytes())
    return h.hexdigest()


def key(ops: OperationSources) -> str:
    """The key of one operation: the fingerprint, its metadata, and each source's path, version and bytes."""
    h = hashlib.sha256(fingerprint().encode())
    h.update(json.dumps([ops.product_key, ops.operation, ops.meta], sort_keys=True, ensure_ascii=False).encode())
    for sf in ops.files:
        h.update(f"\0{sf.rel}\0{sf.version}\0".encode())
        h.update(hashlib.sha256(sf.path.read_bytes()).digest())
    return h.hexdigest()


def entry_path(root: Path, ops: OperationSources) -> Path:
    return root / CACHE_DIR / "specs" / ops.product_key / f"{ops.operation}.json"


def get(root: Path, ops: OperationSources, wanted: str) -> str | None:
    """The cached canonical spec text for key `wanted`, or None (missing, stale or damaged)."""
    try:
        data = json.loads(entry_path(root, ops).read_text(encoding="utf-8"))
        text = data["spec"]
        if data["key"] != wanted or data["sha256"] != hashlib.sha256(text.encode("utf-8")).hexdigest():
            return None
        return text if isinstance(text, str) else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def put(root: Path, ops: OperationSources, key_: str, spec_text: str) -> None:
    """Store one entry atomically; a cache that cannot be written is only slower, never an error."""
    from .build import atomic_write

    entry = {"key": key_, "sha256": hashlib.sha256(spec_text.encode("utf-8")).hexdigest(), "spec": spec_text}
    path = entry_path(root, ops)
    try:
        atomic_write(path, json.dumps(entry, ensure_ascii=False).encode("utf-8"))
        gitignore = root / CACHE_DIR / ".gitignore"
        if not gitignore.exists():
            atomic_write(gitignore, b"*\n")
    except OSError:
        pass


# --- writer outputs -----------------------------------------------------------------------------
# What the writers render depends only on the specs, the templates and the writers' own code, so a
# build whose specs come out unchanged can reuse the last rendering instead of running every writer.
_WRITER_CODE = ("writers", "runtime", "templates", "naming.py")


@lru_cache(maxsize=1)
def writer_fingerprint() -> str:
    h = hashlib.sha256(fingerprint().encode())
    for name in _WRITER_CODE:
        base = _PACKAGE / name
        files = sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if base.is_dir() else [base]
        for f in files:
            h.update(f.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            h.update(f.read_bytes())
    return h.hexdigest()


def outputs_key(specs: list[dict[str, Any]], templates: Path | None) -> str:
    """The key of one rendering: writer code, override templates (names and bytes), every spec."""
    h = hashlib.sha256(writer_fingerprint().encode())
    if templates is not None:
        for f in sorted(p for p in templates.rglob("*") if p.is_file()):
            h.update(b"\0template\0" + f.relative_to(templates).as_posix().encode() + b"\0")
            h.update(f.read_bytes())
    for spec in specs:
        h.update(b"\0spec\0" + json.dumps(spec, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def _outputs_path(root: Path) -> Path:
    return root / CACHE_DIR / "outputs.json"


def get_outputs(root: Path, wanted: str) -> dict[str, bytes] | None:
    """The files the writers rendered for key `wanted`, or None (missing, stale or damaged)."""
    try:
        data = json.loads(_outputs_path(root).read_text(encoding="utf-8"))
        files = data["files"]
        if data["key"] != wanted or not isinstance(files, dict):
            return None
        digest = hashlib.sha256(json.dumps(files, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
        if digest != data["sha256"]:
            return None
        return {str(rel): text.encode("utf-8") for rel, text in files.items() if isinstance(text, str)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def put_outputs(root: Path, key_: str, files: dict[str, bytes]) -> None:
    """Store one rendering (text files only; a rendering holding other bytes is not cached)."""
    from .build import atomic_write

    try:
        texts = {rel: data.decode("utf-8") for rel, data in files.items()}
    except UnicodeDecodeError:
        return
    digest = hashlib.sha256(json.dumps(texts, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    try:
        atomic_write(_outputs_path(root), json.dumps({"key": key_, "sha256": digest, "files": texts},
                                                     ensure_ascii=False).encode("utf-8"))
        gitignore = root / CACHE_DIR / ".gitignore"
        if not gitignore.exists():
            atomic_write(gitignore, b"*\n")
    except OSError:
        pass
