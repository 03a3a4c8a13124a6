"""The two sides of `errkb diff`: what a command-line argument names, loaded as operation specs.

A side is one of:

- a spec JSON file (canonical, or a single page's spec as `errkb parse` prints it);
- a folder: a project root (its `spec/`), a spec folder, or a folder of source documents of one
  operation (merged as a build would);
- a source document (`.html`, `.htm`, `.md`, `.txt`), read and extracted on the fly;
- `REV:PATH`, a git revision of a spec file, spec folder or document (`HEAD~1:spec`), read with
  `git show` / `git ls-tree` in the repository at `--root`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import ErrkbError, InputError, SpecError
from .extract.operation import extract
from .readers import decode, read_path, read_text
from .spec import io as spec_io
from .spec.merge import merge
from .spec.sources import SOURCE_SUFFIXES, OperationSources, SourceFile, page_version


@dataclass
class Side:
    label: str
    specs: list[dict[str, Any]]


def _spec_from_json(text: str, origin: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SpecError(f"not valid JSON: {exc}", file=origin) from None
    if not isinstance(data, dict) or "operation" not in data or "request" not in data:
        raise SpecError("not an operation spec (no 'operation' and 'request')", file=origin)
    if "spec_version" in data:
        spec_io.validate(data, origin)
    return data


def _is_spec_file(rel: PurePosixPath) -> bool:
    return rel.suffix == ".json" and rel.name != spec_io.SCHEMA_NAME and "sources" not in rel.parts


def _spec_files(folder: Path) -> list[Path]:
    """Spec JSON files of a spec folder (`<product>/<Op>.json`) or of one product (`<Op>.json`)."""
    found = [p for p in sorted(folder.glob("*/*.json")) if _is_spec_file(PurePosixPath(p.relative_to(folder).as_posix()))]
    return found or [p for p in sorted(folder.glob("*.json")) if p.name != spec_io.SCHEMA_NAME]


def _documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)


def merged_folder(folder: Path) -> dict[str, Any]:
    """The documents of one operation folder merged into one spec, oldest page version first."""
    files = sorted(_documents(folder), key=lambda p: (page_version(p), p.name))
    docs = []
    for p in files:
        docs.append((SourceFile(p, p.as_posix(), page_version(p)), extract(read_path(p))))
    named = [d for _, d in docs if d.get("operation")]
    operation = named[-1]["operation"] if named else folder.name
    product = next((d["product"] for _, d in reversed(docs) if d.get("product")), None) or folder.parent.name
    ops = OperationSources(str(product).lower(), operation, {"product": product}, [sf for sf, _ in docs])
    return merge(ops, docs)


def load_path(path: Path) -> list[dict[str, Any]]:
    if path.is_dir():
        if (path / "spec").is_dir():
            path = path / "spec"
        specs = [_spec_from_json(p.read_text(encoding="utf-8"), str(p)) for p in _spec_files(path)]
        if specs:
            return specs
        if _documents(path):
            return [merged_folder(path)]
        raise InputError("folder holds no spec JSON files and no source documents", file=str(path))
    if path.suffix.lower() == ".json":
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read spec: {exc}", file=str(path)) from None
        return [_spec_from_json(text, str(path))]
    return [extract(read_path(path))]


def _git(root: Path, *args: str) -> bytes:
    exe = shutil.which("git")
    if exe is None:
        raise ErrkbError("git is not installed; a REV:PATH side needs it")
    proc = subprocess.run([exe, "-C", str(root), *args], capture_output=True, check=False)
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"git {' '.join(args)}: {msg[-1] if msg else 'failed'}")
    return proc.stdout


def load_git(root: Path, rev: str, rel: str) -> list[dict[str, Any]]:
    """Specs at `rev:rel` in the repository at `root`: a spec file, a spec folder or a document."""
    origin = f"{rev}:{rel}"
    rel = rel.strip("/") or "."
    kind = _git(root, "cat-file", "-t", origin).decode().strip()
    if kind == "blob":
        text = decode(_git(root, "show", origin), origin)
        if rel.endswith(".json"):
            return [_spec_from_json(text, origin)]
        return [extract(read_text(text, origin))]
    names = _git(root, "ls-tree", "-r", "--name-only", "--full-tree", rev, "--", rel).decode("utf-8").splitlines()
    base = PurePosixPath(rel)
    specs = []
    for name in sorted(names):
        sub = PurePosixPath(name)
        inner = sub.relative_to(base) if rel != "." else sub
        if rel == "." and (not inner.parts or inner.parts[0] != "spec"):
            continue
        if _is_spec_file(inner) and len(inner.parts) <= (3 if rel == "." else 2):
            specs.append(_spec_from_json(decode(_git(root, "show", f"{rev}:{name}"), f"{rev}:{name}"), f"{rev}:{name}"))
    if not specs:
        raise InputError("no spec JSON files there", file=origin)
    return specs


def load_side(arg: str, root: Path) -> Side:
    """The specs an argument names: an existing path first, else `REV:PATH` in git."""
    p = Path(arg)
    if p.exists():
        return Side(arg, load_path(p))
    if ":" in arg:
        rev, _, rel = arg.partition(":")
        if rev:
            return Side(arg, load_git(root, rev, rel or "spec"))
    raise InputError("no such file or folder, and not a git REV:PATH", file=arg)
