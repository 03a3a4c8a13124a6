"""The source tree: `spec/sources/<product>/<Operation>/<page-version>.<ext>`.

Product facts the pages do not always say (display name, API version, URL template) live in
`spec/sources/<product>/product.json`; an operation folder may hold a `meta.json` that overrides
them. A page that names a different product or operation than its path is an error.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import MetadataError, SpecError

SOURCE_SUFFIXES = (".html", ".htm", ".md", ".txt")
_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class SourceFile:
    """One document of one operation; `version` is its page version (from the file name)."""

    path: Path
    rel: str
    version: str

    def sha256(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


@dataclass
class OperationSources:
    product_key: str
    operation: str
    meta: dict[str, Any]
    files: list[SourceFile] = field(default_factory=list)


def _load_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SpecError(f"cannot read metadata: {exc}", file=str(path)) from None
    if not isinstance(data, dict):
        raise SpecError("metadata must be a JSON object", file=str(path))
    return data


def discover(root: Path) -> list[OperationSources]:
    """Every operation folder under `root/spec/sources`, sorted, with its documents by version."""
    base = root / "spec" / "sources"
    out: list[OperationSources] = []
    if not base.is_dir():
        return out
    for pdir in sorted(p for p in base.iterdir() if p.is_dir()):
        pmeta = _load_json(pdir / "product.json") if (pdir / "product.json").exists() else {}
        for odir in sorted(p for p in pdir.iterdir() if p.is_dir()):
            meta = dict(pmeta)
            if (odir / "meta.json").exists():
                meta.update(_load_json(odir / "meta.json"))
            ops = OperationSources(pdir.name, odir.name, meta)
            for f in sorted(odir.iterdir()):
                if f.is_file() and f.suffix.lower() in SOURCE_SUFFIXES:
                    ops.files.append(SourceFile(f, f.relative_to(root).as_posix(), page_version(f)))
            ops.files.sort(key=lambda s: (s.version, s.rel))
            if ops.files:
                out.append(ops)
    return out


def page_version(path: Path) -> str:
    """The page version a file is named by (`2024-04-09.txt` → `2024-04-09`), else its stem."""
    m = _VERSION.match(path.name)
    return m.group(0) if m else path.stem


def check_identity(facts: dict[str, Any], ops: OperationSources, rel: str) -> None:
    """Refuse a page whose own product or operation contradicts its place in the tree."""
    op = facts.get("operation")
    if op and op != ops.operation:
        raise MetadataError(f"page is about operation {op!r} but is filed under {ops.operation!r}", file=rel)
    product = facts.get("product")
    expected = ops.meta.get("product", ops.product_key)
    if product and product.lower() not in {str(expected).lower(), ops.product_key.lower()}:
        raise MetadataError(f"page is about product {product!r} but is filed under {ops.product_key!r}", file=rel)
