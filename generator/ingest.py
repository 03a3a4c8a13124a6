"""`errkb add`: file documents of many products and operations into the source tree.

Each page is read and filed by what it says it is:

- operation: the `PRODUCT:Operation` title or the page heading;
- product: the title's product; else `--product`; else the one product of the tree (or of this
  run) that already has that operation;
- page version: the page's `Last Updated` date; else a `YYYY-MM-DD` date that starts the file's
  name or the name of a folder holding it (`2020-09-21-cb361f2/source.md`).

It lands in `spec/sources/<product_key>/<Operation>/<page-version>.<ext>`; `product.json` is
written for a product that has none. The same content already filed is a duplicate and skipped;
another content for the same operation and page version is a conflict and is not written.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .build import atomic_write
from .errors import ErrkbError
from .extract.operation import extract
from .readers import read_path
from .spec.sources import SOURCE_SUFFIXES

_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[^0-9])")


@dataclass
class Outcome:
    """What `add` did with one input file."""

    path: Path
    status: str  # added | duplicate | conflict | unidentified
    target: str = ""
    message: str = ""


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    products_created: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def ok(self) -> bool:
        return not any(o.status in ("conflict", "unidentified") for o in self.outcomes)


def collect(paths: Iterable[Path]) -> list[Path]:
    """Input files: each file given, and every html/md/txt file under each folder, sorted."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SOURCE_SUFFIXES))
        else:
            out.append(p)
    seen: set[Path] = set()
    unique = []
    for p in out:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def product_key(product: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", product.lower()).strip("-") or "product"


def date_from_path(path: Path) -> str | None:
    """A `YYYY-MM-DD` date starting the file's name or one of its folders' names, nearest first."""
    for part in [path.name, *(p.name for p in path.parents)]:
        m = _DATE.match(part)
        if m:
            return m.group(1)
    return None


class _Tree:
    """The source tree as `add` sees it: products, their operations, and what is filed where."""

    def __init__(self, root: Path) -> None:
        self.base = root / "spec" / "sources"
        self.products: dict[str, str] = {}  # product name (lower) → key
        self.ops: dict[str, set[str]] = {}  # operation → product keys that have it
        self.content: dict[tuple[str, str], dict[str, bytes]] = {}  # (key, op) → {file name: sha}
        self.sigs: dict[tuple[str, str, str], tuple[str, str] | None] = {}  # (key, op, file name) → signature
        if not self.base.is_dir():
            return
        for pdir in sorted(p for p in self.base.iterdir() if p.is_dir()):
            self.products.setdefault(pdir.name.lower(), pdir.name)
            meta = pdir / "product.json"
            if meta.exists():
                try:
                    name = json.loads(meta.read_text(encoding="utf-8")).get("product")
                except (OSError, ValueError, AttributeError):
                    name = None
                if isinstance(name, str):
                    self.products[name.lower()] = pdir.name
            for odir in sorted(p for p in pdir.iterdir() if p.is_dir()):
                self.ops.setdefault(odir.name, set()).add(pdir.name)

    def key_for(self, product: str) -> str:
        return self.products.get(product.lower()) or product_key(product)

    def filed(self, key: str, op: str) -> dict[str, bytes]:
        """File name → sha256 of what the operation folder holds (and what this run added)."""
        if (key, op) not in self.content:
            folder = self.base / key / op
            self.content[(key, op)] = {
                f.name: hashlib.sha256(f.read_bytes()).digest()
                for f in (sorted(folder.iterdir()) if folder.is_dir() else [])
                if f.is_file() and f.suffix.lower() in SOURCE_SUFFIXES
            }
        return self.content[(key, op)]


    def signature(self, key: str, op: str, name: str) -> tuple[str, str] | None:
        if (key, op, name) not in self.sigs:
            self.sigs[(key, op, name)] = _signature_of(self.base / key / op / name)
        return self.sigs[(key, op, name)]

    def same_page(self, key: str, op: str, names: Iterable[str], sig: tuple[str, str]) -> str | None:
        """The first of `names` (files of one operation) that is `sig`'s page in another rendering."""
        for n in sorted(names):
            other = self.signature(key, op, n)
            if other is not None and other[1] == sig[1] and other[0] != sig[0]:
                return n
        return None


def _version_of(name: str) -> str:
    m = _DATE.match(name)
    return m.group(1) if m else Path(name).stem


# Renderings of one page, richest first: the one filed when several arrive for one page version.
_FORMAT_RANK = {"html": 0, "markdown": 1, "text-pipe": 2, "text-flat": 3}


def signature(spec: dict[str, Any]) -> tuple[str, str]:
    """What a caller sees of a page: request parameters, response fields and error rows.

    Two renderings of one page (HTML and its text copy) share it even though their bytes differ;
    the format is returned beside it, since two copies in one format that differ are two texts.
    """
    return spec.get("format") or "", json.dumps([
        [(p["name"], str(p.get("type", "")).lower(), bool(p.get("required"))) for p in spec.get("request", [])],
        [f["name"] for f in spec.get("response", []) if not f.get("inferred")],
        [(e["code"], e.get("status")) for e in spec.get("errors", [])],
    ], ensure_ascii=False)


def identify(path: Path) -> dict[str, Any]:
    """What a page says it is: product, operation, updated date, API product/version (may be None),
    its format and its `signature`."""
    spec = extract(read_path(path))
    facts = {k: spec.get(k) for k in ("product", "operation", "updated", "api_product", "api_version", "format")}
    facts["signature"] = signature(spec)
    return facts


def _signature_of(path: Path) -> tuple[str, str] | None:
    try:
        return signature(extract(read_path(path)))
    except ErrkbError:
        return None


def add(root: Path, inputs: Iterable[Path], product: str | None = None,
        progress: Callable[[Path], None] | None = None) -> Report:
    """File every input page under `root/spec/sources`; see the module docstring for the rules."""
    tree = _Tree(root)
    report = Report()
    facts_of: dict[Path, dict[str, Any]] = {}
    files = collect(inputs)
    for path in files:
        try:
            facts_of[path] = identify(path)
        except ErrkbError as exc:
            report.outcomes.append(Outcome(path, "unidentified", message=f"cannot read it as an API reference page: {exc.detail}"))
        if progress:
            progress(path)
    # Operations named with their product by a page of this run, for pages that name only the operation.
    run_ops: dict[str, set[str]] = {}
    for facts in facts_of.values():
        if facts["product"] and facts["operation"]:
            run_ops.setdefault(facts["operation"], set()).add(tree.key_for(facts["product"]))
    # Dated pages first, richest rendering first: undated copies are then recognised as renderings.
    ranked = sorted(facts_of, key=lambda p: (not (facts_of[p]["updated"] or date_from_path(p)),
                                             _FORMAT_RANK.get(facts_of[p]["format"] or "", 9)))
    for path in ranked:
        if path in facts_of:
            report.outcomes.append(_file_one(root, tree, path, facts_of[path], product, run_ops, report))
    order = {p: i for i, p in enumerate(files)}
    report.outcomes.sort(key=lambda o: order[o.path])
    return report


def _file_one(root: Path, tree: _Tree, path: Path, facts: dict[str, Any], product: str | None,
              run_ops: dict[str, set[str]], report: Report) -> Outcome:
    op = facts["operation"]
    if not op:
        return Outcome(path, "unidentified", message="the page names no operation (no `PRODUCT:Operation` title "
                       "or operation heading); file it by hand under spec/sources/<product>/<Operation>/")
    if facts["product"]:
        if product and tree.key_for(product) != tree.key_for(facts["product"]):
            return Outcome(path, "unidentified", message=f"the page says product {facts['product']!r}, not {product!r}")
        key = tree.key_for(facts["product"])
    elif product:
        key = tree.key_for(product)
    else:
        known = tree.ops.get(op, set()) | run_ops.get(op, set())
        if len(known) != 1:
            why = "no product in the tree has it" if not known else f"products {', '.join(sorted(known))} all have it"
            return Outcome(path, "unidentified", message=f"the page names operation {op} but no product, and {why}; "
                           "pass --product")
        (key,) = known
    version = facts["updated"] or date_from_path(path)
    filed = tree.filed(key, op)
    if not version:
        twin = tree.same_page(key, op, filed, facts["signature"])
        if twin:
            return Outcome(path, "duplicate", f"spec/sources/{key}/{op}/{twin}", "an undated rendering of a page "
                           "already filed (same parameters, fields and error codes)")
        return Outcome(path, "unidentified", message=f"{op}: the page has no `Last Updated` date and no date "
                       "starts its file or folder name; rename it `YYYY-MM-DD.<ext>`")
    suffix = path.suffix.lower()
    data = path.read_bytes()
    digest = hashlib.sha256(data).digest()
    rel = f"spec/sources/{key}/{op}/{version}{suffix}"
    for name, sha in filed.items():
        if sha == digest:
            return Outcome(path, "duplicate", f"spec/sources/{key}/{op}/{name}", "same content already filed")
    clash = sorted(n for n in filed if _version_of(n) == version)
    if clash and all(tree.same_page(key, op, [n], facts["signature"]) for n in clash):
        return Outcome(path, "duplicate", f"spec/sources/{key}/{op}/{clash[0]}",
                       "the same page version is already filed in another rendering with the same parameters, "
                       "fields and error codes")
    if clash:
        return Outcome(path, "conflict", rel, f"page version {version} of {op} is already filed as "
                       f"spec/sources/{key}/{op}/{clash[0]} with other content; not overwritten")
    pdir = root / "spec" / "sources" / key
    if not (pdir / "product.json").exists():
        meta = {"product": facts["product"] or (product or key).upper()}
        for k in ("api_product", "api_version"):
            if facts.get(k):
                meta[k] = facts[k]
        atomic_write(pdir / "product.json", (json.dumps(meta, indent=2, sort_keys=True) + "\n").encode("utf-8"))
        report.products_created.append(key)
        tree.products.setdefault(meta["product"].lower(), key)
    atomic_write(root / rel, data)
    filed[f"{version}{suffix}"] = digest
    tree.sigs[(key, op, f"{version}{suffix}")] = facts["signature"]
    tree.ops.setdefault(op, set()).add(key)
    return Outcome(path, "added", rel)
