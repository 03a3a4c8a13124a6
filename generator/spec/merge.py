"""Merge the per-document specs of one operation into its canonical, versioned spec.

Documents are taken oldest first. The newest document wins a conflict, except where its fact is
low-confidence (a guessed cell border) and an older copy states it with confidence, or where its
text is the older text with words lost (a lossy copy): then the older text is kept, with a warning
naming both places. Every parameter, field and error row records the first and last page version
it appears in; what a newer page drops is kept and marked removed.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from typing import Any

from ..diff import diff_operation
from ..extract.constraints import parse_constraints
from .sources import OperationSources, SourceFile
from .wording import lost_words

SPEC_VERSION = 1
Doc = tuple[SourceFile, dict[str, Any]]


def _place(src: dict[str, Any]) -> str:
    where = src.get("line")
    return f"{src['file']}:line {where}" if where is not None else f"{src['file']}:{src.get('path', '')}"


def _prov(version: str, src: dict[str, Any]) -> dict[str, Any]:
    out = {"version": version, **src}
    return out


def _confident(entry: dict[str, Any]) -> bool:
    return float(entry.get("source", {}).get("confidence", 1.0)) >= 1.0


class _Keyed:
    """Entries of one kind (params, fields, errors) keyed across versions, newest order last."""

    def __init__(self) -> None:
        self.entries: dict[Any, dict[str, Any]] = {}
        self.history: dict[Any, list[tuple[str, dict[str, Any]]]] = {}
        self.order: list[Any] = []

    def add(self, key: Any, version: str, entry: dict[str, Any]) -> None:
        if key not in self.entries:
            self.order.append(key)
        self.history.setdefault(key, []).append((version, entry))
        self.entries[key] = entry


def _nth_keys(items: list[dict[str, Any]], field: str) -> list[tuple[str, int]]:
    """Key by (value of `field`, n-th occurrence): a code listed twice is two rows, and so is a
    response field named twice (`Page` the struct, `Page` the number inside it)."""
    seen: Counter[str] = Counter()
    keys = []
    for e in items:
        keys.append((e[field], seen[e[field]]))
        seen[e[field]] += 1
    return keys


def _error_keys(errors: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return _nth_keys(errors, "code")


def _field_keys(fields: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return _nth_keys(fields, "name")


def _merge_kind(
    docs: list[Doc],
    pick: str,
    key_of: Any,
    text_fields: tuple[str, ...],
    warnings: list[dict[str, str]],
) -> list[dict[str, Any]]:
    keyed = _Keyed()
    for sf, spec in docs:
        items = spec.get(pick, [])
        for key, item in zip(key_of(items), items):
            keyed.add(key, sf.version, item)
    newest = docs[-1][0].version
    newest_keys = set(key_of(docs[-1][1].get(pick, [])))
    out = []
    # Newest page's order first, then what older pages had and the newest lost.
    order = [k for k in key_of(docs[-1][1].get(pick, []))] + [k for k in keyed.order if k not in newest_keys]
    for key in order:
        hist = keyed.history[key]
        version, latest = hist[-1]
        if latest.get("inferred"):  # a field guessed from a sample yields to one a table states
            stated = [(v, e) for v, e in hist if not e.get("inferred")]
            if stated:
                version, latest = stated[-1]
        merged = {k: v for k, v in latest.items() if k != "source"}
        repaired = False
        for fld in text_fields:
            new_text = merged.get(fld) or ""
            for old_version, old in reversed(hist[:-1]):
                old_text = old.get(fld) or ""
                better = (not _confident(latest) and _confident(old) and old_text and new_text != old_text)
                if lost_words(new_text, old_text) or better:
                    merged[fld] = old_text
                    repaired = True
                    reason = "words lost in the newer copy" if not better else "a low-confidence reading"
                    warnings.append({
                        "level": "warning",
                        "message": (
                            f"{pick} {key[0] if isinstance(key, tuple) else key}: {fld} repaired from "
                            f"{_place(old['source'])} (version {old_version}); {reason} at "
                            f"{_place(latest['source'])} (version {version})"
                        ),
                        "file": latest["source"]["file"],
                    })
                    break
        if repaired and pick == "request":
            merged.update(parse_constraints((merged["description"],), merged.get("type", "")))
        merged["first_seen"] = hist[0][0]
        merged["last_seen"] = hist[-1][0]
        if merged["last_seen"] != newest:
            merged["removed"] = True
        merged["provenance"] = [_prov(v, e["source"]) for v, e in hist]
        out.append(merged)
    return out


def merge(ops: OperationSources, docs: list[Doc]) -> dict[str, Any]:
    """One canonical spec from the documents of one operation (oldest first)."""
    warnings: list[dict[str, str]] = []
    for _, doc_spec in docs:
        warnings.extend(doc_spec.get("warnings", []))
    newest_sf, newest = docs[-1]

    def newest_fact(name: str) -> Any:
        for _, doc_spec in reversed(docs):
            if doc_spec.get(name):
                return doc_spec[name]
        return None

    meta = ops.meta
    product = newest_fact("product") or meta.get("product") or ops.product_key.upper()
    api_version = newest_fact("api_version") or meta.get("api_version", "")
    url_template = meta.get("url", "")
    url = url_template.format(
        api_version=api_version, operation=ops.operation, operation_lower=ops.operation.lower(),
        product=ops.product_key,
    ) if url_template else ""
    spec: dict[str, Any] = {
        "spec_version": SPEC_VERSION,
        "product": product,
        "product_key": ops.product_key,
        "product_name": meta.get("name", product),
        "api_product": newest_fact("api_product") or meta.get("api_product", product),
        "api_version": api_version,
        "operation": ops.operation,
        "url": url,
        "summary": newest_fact("summary") or "",
        "updated": newest_fact("updated"),
        "page_versions": [sf.version for sf, _ in docs],
        "sources": [
            {"version": sf.version, "file": sf.rel, "sha256": sf.sha256(), "format": d.get("format", ""),
             "updated": d.get("updated")}
            for sf, d in docs
        ],
        "request": _merge_kind(docs, "request", lambda xs: [x["name"] for x in xs], ("description",), warnings),
        "response": _merge_kind(docs, "response", _field_keys, ("description",), warnings),
        "errors": _merge_kind(docs, "errors", _error_keys, ("message", "description"), warnings),
        "samples": [
            {**s, "source": _prov(newest_sf.version, s["source"])} for s in newest.get("samples", [])
        ] or [
            {**s, "source": _prov(sf.version, s["source"])} for sf, sp in docs for s in sp.get("samples", [])
        ][:1],
        "authorization": [{**a, "source": _prov(newest_sf.version, a["source"])} for a in newest.get("authorization", [])],
        "history": _merge_history(docs),
        "changes": version_changes(docs),
        "warnings": warnings,
    }
    return spec


def _json_safe(value: Any) -> Any:
    """A value as plain JSON data (tuples become lists, anything else unusual its text)."""
    return json.loads(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))


def version_changes(docs: list[Doc]) -> list[dict[str, Any]]:
    """What each page version changed against the one before it, as the diff engine classes it.

    Documents are oldest first; of several documents of one page version the last one stands for
    it. Each entry names the newer version (`version`) and the older one (`since`), then the class
    (breaking, non-breaking, documentation), kind, section, name, attribute, old and new value and
    a message, in the diff's order (breaking first, then by section, then page order).
    """

    by_version: dict[str, dict[str, Any]] = {}
    for sf, doc_spec in docs:
        by_version[sf.version] = doc_spec
    versions = list(by_version)
    out: list[dict[str, Any]] = []
    for since, version in itertools.pairwise(versions):
        for c in diff_operation(by_version[since], by_version[version]):
            out.append({
                "version": version, "since": since, "class": c.severity, "kind": c.kind, "section": c.section,
                "name": c.name, "attribute": c.attribute, "old": _json_safe(c.old), "new": _json_safe(c.new),
                "message": c.detail,
            })
    return out


def _merge_history(docs: list[Doc]) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for sf, spec in docs:
        for h in spec.get("history", []):
            rows[h["date"] + "\x00" + h["summary"]] = {**h, "source": _prov(sf.version, h["source"])}
    return sorted(rows.values(), key=lambda h: (h["date"], h["summary"]), reverse=True)
