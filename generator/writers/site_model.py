"""What the docs site shows, computed from the specs alone: products, the code index, changes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .site_text import code_anchors


def op_path(spec: dict[str, Any]) -> str:
    """The docs path of an operation page, relative to docs/."""
    return f"{spec['product_key']}/{spec['operation']}.md"


@dataclass
class CodeUse:
    """One error row of one operation, as the code index lists it."""

    product_key: str
    product: str
    operation: str
    status: Any
    message: str
    description: str
    first_seen: str
    last_seen: str
    removed: bool

    @property
    def key(self) -> tuple[str, str, str, bool]:
        """What the index shows beside the operation: status, first and last page version, removed."""
        return (str(self.status), self.first_seen, self.last_seen, self.removed)


@dataclass
class CodeEntry:
    code: str
    anchor: str
    pattern: bool = False
    uses: list[CodeUse] = field(default_factory=list)

    @property
    def statuses(self) -> list[str]:
        return sorted({str(u.status) for u in self.uses}, key=lambda s: (not s.isdigit(), s.zfill(5)))

    @property
    def since(self) -> str:
        return min(u.first_seen for u in self.uses)

    @property
    def removed(self) -> bool:
        return all(u.removed for u in self.uses)

    @property
    def meanings(self) -> list[tuple[str, str, list[CodeUse]]]:
        """Distinct (message, description) pairs, each with the rows that give it."""
        groups: dict[tuple[str, str], list[CodeUse]] = defaultdict(list)
        for u in self.uses:
            groups[(u.message, u.description)].append(u)
        return [(m, d, groups[(m, d)]) for m, d in sorted(groups)]


def code_index(specs: list[dict[str, Any]]) -> list[CodeEntry]:
    """Every documented code across products and operations, sorted by code, with stable anchors."""
    anchors = code_anchors(e["code"] for s in specs for e in s["errors"])
    entries: dict[str, CodeEntry] = {}
    for s in specs:
        for e in s["errors"]:
            entry = entries.setdefault(e["code"], CodeEntry(e["code"], anchors[e["code"]]))
            entry.pattern = entry.pattern or "pattern" in e
            entry.uses.append(CodeUse(
                s["product_key"], s["product"], s["operation"], e["status"], e["message"], e["description"],
                e["first_seen"], e["last_seen"], bool(e.get("removed")),
            ))
    for entry in entries.values():
        entry.uses.sort(key=lambda u: (u.product_key, u.operation, str(u.status), u.message))
    return [entries[c] for c in sorted(entries)]


# --- changes per page version -----------------------------------------------------------------


@dataclass
class Change:
    product_key: str
    operation: str
    kind: str  # "operation", "request", "response", "error", "sample", "history"
    what: str  # "added", "removed", "changed", "documented", "history"
    name: str
    detail: str = ""
    severity: str = ""  # class from comparing with the page version before: breaking, non-breaking, documentation
    attribute: str = ""  # for "changed": the attribute that changed
    old: Any = None
    new: Any = None
    since: str = ""  # for "changed": the page version compared with


SEVERITY_ORDER = {"breaking": 0, "non-breaking": 1, "documentation": 2, "": 3}
_SECTION_KIND = {"operation": "operation", "request": "request", "response": "response", "errors": "error",
                 "samples": "sample"}
# Diff kinds that add or drop a whole entry: the first/last page version rows already list those.
_ADDS = {"optional-parameter-added": "request", "required-parameter-added": "request",
         "response-field-added": "response", "error-code-added": "error"}
_DROPS = {"parameter-removed": "request", "response-field-removed": "response", "error-code-removed": "error"}


def _next_version(versions: list[str], v: str) -> str | None:
    later = [x for x in versions if x > v]
    return later[0] if later else None


def _item_name(kind: str, item: dict[str, Any]) -> tuple[str, str]:
    if kind == "error":
        return item["code"], f"{item['status']} {item['message']}".strip()
    if kind == "response":
        return item.get("field", item["name"]), item.get("type", "")
    return item["name"], item.get("type", "")


def _base_name(kind: str, name: str) -> str:
    """The name a first/last-seen row uses for a diff's place (`Code (row 2)` → `Code`, `A.B` → `B`)."""
    if kind == "error" and name.endswith(")") and " (row " in name:
        return name[: name.rindex(" (row ")]
    if kind == "response":
        return name.rsplit(".", 1)[-1]
    return name


def _worse(a: str, b: str) -> str:
    return a if SEVERITY_ORDER[a] <= SEVERITY_ORDER[b] else b


def _version_changes(s: dict[str, Any], out: dict[str, list[Change]]) -> None:
    """The spec's per-version changes: entry additions/removals mark the rows already listed with
    their class; one the first/last page versions do not show is listed itself; the rest are "changed"."""
    pk, op = s["product_key"], s["operation"]
    for c in s.get("changes", []):
        v, name = c["version"], c["name"]
        direction, kind = ("added", _ADDS[c["kind"]]) if c["kind"] in _ADDS else (
            ("removed", _DROPS[c["kind"]]) if c["kind"] in _DROPS else ("changed", _SECTION_KIND[c["section"]]))
        if direction != "changed":
            rows = [r for r in out[v] if (r.product_key, r.operation, r.what, r.kind) == (pk, op, direction, kind)
                    and r.name in (name, _base_name(kind, name))]
            if rows:
                for r in rows:
                    r.severity = _worse(r.severity or c["class"], c["class"])
                continue
        detail = c["message"]
        out[v].append(Change(pk, op, kind, direction, name, detail, c["class"], c["attribute"], c["old"], c["new"],
                             c["since"]))


def changes(specs: list[dict[str, Any]]) -> dict[str, list[Change]]:
    """Page version → what it added, removed, changed or stated as changed, over every operation."""
    out: dict[str, list[Change]] = defaultdict(list)
    for s in specs:
        versions = sorted(s["page_versions"])
        first = versions[0]
        pk, op = s["product_key"], s["operation"]
        for v in versions:
            out.setdefault(v, [])  # every page version gets a page, even one that changed nothing
        out[first].append(Change(pk, op, "operation", "documented", op, s.get("summary", "")))
        for kind, key in (("request", "request"), ("response", "response"), ("error", "errors")):
            for item in s[key]:
                name, detail = _item_name(kind, item)
                if item["first_seen"] != first:
                    out[item["first_seen"]].append(Change(pk, op, kind, "added", name, detail))
                if item.get("removed"):
                    gone = _next_version(versions, item["last_seen"])
                    if gone is not None:
                        out[gone].append(Change(pk, op, kind, "removed", name, detail))
        _version_changes(s, out)
        for h in s["history"]:
            # A history row belongs to the first page version published on or after its date.
            when = next((v for v in versions if v >= h["date"]), versions[-1])
            out[when].append(Change(pk, op, "history", "history", h["date"], h["summary"]))
    order = {"documented": 0, "added": 1, "removed": 2, "changed": 3, "history": 4}
    kinds = {"operation": 0, "request": 1, "response": 2, "error": 3, "sample": 4, "history": 5}
    for rows in out.values():
        rows.sort(key=lambda c: (c.product_key, c.operation, order[c.what], kinds[c.kind],
                                 SEVERITY_ORDER[c.severity] if c.what == "changed" else 0, c.name, c.attribute,
                                 c.detail))
    return dict(sorted(out.items()))


def grouped(rows: list[Change]) -> list[tuple[Change, list[Change]]]:
    """Consecutive changes of one operation, kind and direction, as (first change, all of them)."""
    out: list[tuple[Change, list[Change]]] = []
    for c in rows:
        if out and (out[-1][0].product_key, out[-1][0].operation, out[-1][0].what, out[-1][0].kind) == (
                c.product_key, c.operation, c.what, c.kind):
            out[-1][1].append(c)
        else:
            out.append((c, [c]))
    return out


# --- response tree ----------------------------------------------------------------------------


@dataclass
class FieldNode:
    item: dict[str, Any]
    children: list[FieldNode] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.item.get("field", self.item["name"]))


def response_tree(fields: list[dict[str, Any]]) -> list[FieldNode]:
    """Response fields nested under the container field their `parent` names, in page order."""
    roots: list[FieldNode] = []
    latest: dict[str, FieldNode] = {}
    for f in fields:
        node = FieldNode(f)
        parent = latest.get(f["parent"]) if f.get("parent") else None
        if parent is not None and parent is not node:
            parent.children.append(node)
        else:
            roots.append(node)
        latest[node.name] = node
    return roots
