"""`errkb diff`: what changed between two versions of an API, and whether it breaks callers.

Each side is a set of operation specs (a canonical spec file or folder, a single page's spec, or a
source document read on the fly). Operations are matched by product and name; within one
operation request parameters are matched by name, response fields by path, error rows by code.
Every change names its place and falls in one class:

- `breaking`: a caller that worked against the old version may fail against the new one;
- `non-breaking`: new capability, or a rule that now accepts more;
- `documentation`: wording, examples, nothing a caller can observe.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from .spec.wording import lost_words

BREAKING, NON_BREAKING, DOCS = "breaking", "non-breaking", "documentation"
SEVERITIES = (BREAKING, NON_BREAKING, DOCS)
_SECTIONS = ("operation", "request", "response", "errors", "samples")


@dataclass(frozen=True)
class Change:
    """One difference: where it is (operation, section, name, attribute), how bad, old and new value."""

    severity: str
    kind: str
    operation: str
    section: str
    name: str
    attribute: str
    old: Any
    new: Any
    detail: str

    def place(self) -> str:
        parts = [self.section]
        if self.name:
            parts.append(self.name)
        where = " ".join(parts)
        return f"{where} [{self.attribute}]" if self.attribute else where

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --- small helpers ------------------------------------------------------------------------

_TYPE_ALIASES = {
    "int": "integer", "int32": "integer", "int64": "integer", "long": "integer", "integer": "integer",
    "float": "number", "double": "number", "number": "number",
    "bool": "boolean", "boolean": "boolean",
    "list": "array", "array": "array",
    "struct": "object", "object": "object", "map": "object",
    "str": "string", "string": "string",
}


_UNKNOWN_TYPES = {"", "-", "n/a", "none", "null"}


def norm_type(t: str | None) -> str:
    """A page's type word → a comparable one (`Long` and `Integer` are one type, `String`/`string` too)."""
    low = (t or "").strip().lower()
    if low in _UNKNOWN_TYPES:
        return ""
    if low.startswith(("array", "list")) or low.endswith("[]"):
        return "array"
    return _TYPE_ALIASES.get(low, low)


def _fold(text: Any) -> str:
    return " ".join(str(text or "").split())


def _current(entries: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries the newest page of a spec still lists (merged specs keep dropped ones, marked removed)."""
    return [e for e in entries if not e.get("removed")]


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(a=_fold(a).lower(), b=_fold(b).lower(), autojunk=False).ratio()


def lossy_pair(old: str, new: str) -> str | None:
    """'new' or 'old' when one text is the other with words cut out (a lossy copy), else None."""
    old, new = _fold(old), _fold(new)
    if old == new:
        return None
    if lost_words(new, old):
        return "new"
    if lost_words(old, new):
        return "old"
    return None


# --- character classes -----------------------------------------------------------------------

_CLASS_ATOMS = {
    "letter": {"lower", "upper"}, "lower": {"lower"}, "upper": {"upper"}, "digit": {"digit"},
    "chinese": {"chinese"}, "ascii": {"lower", "upper", "digit", "ascii-symbol"},
}


def _atoms(classes: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for c in classes:
        out |= _CLASS_ATOMS.get(c, {c})
    return out


def _char_atom(ch: str) -> str:
    if ch.isascii():
        if ch.islower():
            return "lower"
        if ch.isupper():
            return "upper"
        if ch.isdigit():
            return "digit"
        return "ascii-symbol"
    return "chinese" if "\u4e00" <= ch <= "\u9fff" else ch


def _class_delta(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(no longer allowed, newly allowed) between two character rules, classes and single characters."""
    oa, na = _atoms(old.get("classes", [])), _atoms(new.get("classes", []))
    oc, nc = set(old.get("chars", [])), set(new.get("chars", []))
    lost = sorted(oa - na) + sorted(c for c in oc - nc if _char_atom(c) not in na)
    gained = sorted(na - oa) + sorted(c for c in nc - oc if _char_atom(c) not in oa)
    return lost, gained


# --- constraints -----------------------------------------------------------------------------

# Kinds that describe the value without refusing any: adding one restricts nothing.
_NON_RESTRICTIVE = {"default", "unit"}


def _bound(old: Any, new: Any, lower_bound: bool) -> str | None:
    """Tightened/loosened for one min (lower_bound) or max; None when equal."""
    if old == new:
        return None
    if old is None:
        return BREAKING
    if new is None:
        return NON_BREAKING
    try:
        o, n = float(old), float(new)
    except (TypeError, ValueError):
        return BREAKING  # bounds that are not numbers (dates, words): a change may refuse old values
    tighter = n > o if lower_bound else n < o
    return BREAKING if tighter else NON_BREAKING


def _constraint_changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str, Any, Any, str]]:
    """(severity, kind, attribute, old, new, detail) for one constraint kind present on both sides."""
    kind = old["kind"]
    out = []
    if kind in ("length", "range", "max_items"):
        for attr in ("min", "max"):
            sev = _bound(old.get(attr), new.get(attr), attr == "min")
            if sev:
                word = "tightened" if sev == BREAKING else "loosened"
                out.append((sev, f"constraint-{word}", f"{kind}.{attr}", old.get(attr), new.get(attr),
                            f"{kind} {attr} {old.get(attr)} → {new.get(attr)} ({word})"))
        if kind == "length" and old.get("unit") != new.get("unit"):
            out.append((BREAKING, "constraint-changed", "length.unit", old.get("unit"), new.get("unit"),
                        f"length counted in {new.get('unit')} instead of {old.get('unit')}"))
    elif kind in ("first_char", "charset"):
        lost, gained = _class_delta(old, new)
        what = "first character" if kind == "first_char" else "characters"
        if lost:
            out.append((BREAKING, "constraint-tightened", kind, old, new,
                        f"{what} no longer allowed: {', '.join(lost)}"))
        if gained:
            out.append((NON_BREAKING, "constraint-loosened", kind, old, new, f"{what} now allowed: {', '.join(gained)}"))
    elif kind in ("enum", "forbidden_prefix"):
        old_values, new_values = list(old.get("values", [])), list(new.get("values", []))
        gone = [v for v in old_values if v not in new_values]
        added = [v for v in new_values if v not in old_values]
        if kind == "enum":
            if gone:
                out.append((BREAKING, "constraint-tightened", "enum.values", gone, None,
                            f"values no longer accepted: {', '.join(map(str, gone))}"))
            if added:
                out.append((NON_BREAKING, "constraint-loosened", "enum.values", None, added,
                            f"new accepted values: {', '.join(map(str, added))}"))
        else:
            if added:
                out.append((BREAKING, "constraint-tightened", "forbidden_prefix.values", None, added,
                            f"new forbidden prefixes: {', '.join(added)}"))
            if gone:
                out.append((NON_BREAKING, "constraint-loosened", "forbidden_prefix.values", gone, None,
                            f"prefixes no longer forbidden: {', '.join(gone)}"))
    else:  # default, unit, pattern, separator: any other value changes what a request means
        ov = {k: v for k, v in old.items() if k != "sentence"}
        nv = {k: v for k, v in new.items() if k != "sentence"}
        if _comparable(ov) != _comparable(nv):
            out.append((BREAKING, "constraint-changed", kind, ov, nv,
                        f"{kind} changed: {_short(ov)} → {_short(nv)}"))
    return out


def _unit_word(text: str) -> str:
    low = text.strip().lower()
    return low[:-1] if low.endswith("s") and not low.endswith("/s") and len(low) > 3 else low


def _comparable(c: dict[str, Any]) -> dict[str, Any]:
    """A constraint's values as text, so `20` and `"20"`, `seconds` and `Second` compare equal."""
    out = {}
    for k, v in c.items():
        text = json.dumps(v, sort_keys=True, ensure_ascii=False) if not isinstance(v, str) else v
        out[k] = _unit_word(text) if k == "unit" else text.strip('"')
    return out


def _short(value: Any) -> str:
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k != "kind"}
        if len(value) == 1:
            value = next(iter(value.values()))
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 80 else text[:77] + "..."


def _by_kind(constraints: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for c in constraints:
        out.setdefault(c["kind"], []).append(c)
    return out


def _strip(c: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in c.items() if k != "sentence"}, sort_keys=True, ensure_ascii=False)


# --- one operation -------------------------------------------------------------------------------


class _Ops:
    """Collects the changes of one operation."""

    def __init__(self, operation: str) -> None:
        self.operation = operation
        self.changes: list[Change] = []

    def add(self, severity: str, kind: str, section: str, name: str, attribute: str,
            old: Any, new: Any, detail: str) -> None:
        self.changes.append(Change(severity, kind, self.operation, section, name, attribute, old, new, detail))


def _params(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in _current(spec.get("request", []))}


def _renames(removed: list[dict[str, Any]], added: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Pairs (old, new) of parameters that are one parameter under a new name: same type, same description."""
    pairs = []
    free = list(added)
    for old in removed:
        best, score = None, 0.0
        for new in free:
            if norm_type(new.get("type")) != norm_type(old.get("type")):
                continue
            same_name = new["name"].lower() == old["name"].lower()
            s = 1.0 if same_name else _similar(old.get("description", ""), new.get("description", ""))
            if (same_name or (_fold(old.get("description")) and s >= 0.9)) and s > score:
                best, score = new, s
        if best is not None:
            pairs.append((old, best))
            free.remove(best)
    return pairs


def _diff_request(acc: _Ops, old: dict[str, Any], new: dict[str, Any]) -> None:
    op, np_ = _params(old), _params(new)
    removed = [p for n, p in op.items() if n not in np_]
    added = [p for n, p in np_.items() if n not in op]
    for o, n in _renames(removed, added):
        removed.remove(o)
        added.remove(n)
        acc.add(BREAKING, "parameter-renamed", "request", o["name"], "name", o["name"], n["name"],
                f"renamed to {n['name']} (same type and description); requests using {o['name']} break")
        _diff_param(acc, o, n, n["name"])
    for p in removed:
        acc.add(BREAKING, "parameter-removed", "request", p["name"], "", p.get("type"), None,
                "parameter removed")
    for p in added:
        if p.get("required"):
            acc.add(BREAKING, "required-parameter-added", "request", p["name"], "required", None, p.get("type"),
                    f"new required parameter ({p.get('type')})")
        else:
            acc.add(NON_BREAKING, "optional-parameter-added", "request", p["name"], "", None, p.get("type"),
                    f"new optional parameter ({p.get('type')})")
    for name, o in op.items():
        if name in np_:
            _diff_param(acc, o, np_[name], name)


def _diff_param(acc: _Ops, o: dict[str, Any], n: dict[str, Any], name: str) -> None:
    sec = "request"
    if bool(o.get("required")) != bool(n.get("required")):
        if n.get("required"):
            acc.add(BREAKING, "parameter-now-required", sec, name, "required", False, True, "optional → required")
        else:
            acc.add(NON_BREAKING, "parameter-now-optional", sec, name, "required", True, False, "required → optional")
    if o.get("position") and n.get("position") and o["position"] != n["position"]:
        acc.add(BREAKING, "parameter-moved", sec, name, "position", o["position"], n["position"],
                f"sent in the {n['position']} instead of the {o['position']}")
    if norm_type(o.get("type")) != norm_type(n.get("type")) and norm_type(o.get("type")) and norm_type(n.get("type")):
        acc.add(BREAKING, "type-changed", sec, name, "type", o.get("type"), n.get("type"),
                f"type {o.get('type')} → {n.get('type')}")
    od, nd = o.get("description") or "", n.get("description") or ""
    lossy = lossy_pair(od, nd)
    if lossy:
        which = "newer" if lossy == "new" else "older"
        acc.add(DOCS, "description-lossy", sec, name, "description", od, nd,
                f"the {which} copy lost words mid-sentence (a lossy text copy); constraints read from the full text")
    elif _fold(od) != _fold(nd):
        acc.add(DOCS, "description-changed", sec, name, "description", od, nd, "description reworded")
    if _fold(o.get("example")) != _fold(n.get("example")) and o.get("example") and n.get("example"):
        acc.add(DOCS, "example-changed", sec, name, "example", o.get("example"), n.get("example"), "example changed")
    if lossy:
        return  # the constraints differ only by the words the lossy copy lost
    ok, nk = _by_kind(o.get("constraints", [])), _by_kind(n.get("constraints", []))
    for kind in [k for k in ok if k not in nk]:
        for c in ok[kind]:
            acc.add(NON_BREAKING, "constraint-removed", sec, name, f"constraints.{kind}", c, None,
                    f"{kind} rule dropped ({c['sentence']!r}); more values accepted")
    for kind in [k for k in nk if k not in ok]:
        for c in nk[kind]:
            sev = DOCS if kind in _NON_RESTRICTIVE else BREAKING
            label = "constraint-added" if sev == BREAKING else "constraint-documented"
            acc.add(sev, label, sec, name, f"constraints.{kind}", None, c,
                    f"new {kind} rule: {c['sentence']!r}")
    for kind in [k for k in ok if k in nk]:
        olds, news = ok[kind], nk[kind]
        if len(olds) == 1 and len(news) == 1:
            pairs = [(olds[0], news[0])]
        else:  # several rules of one kind: match the identical ones, the rest are dropped / new
            ostr, nstr = Counter(map(_strip, olds)), Counter(map(_strip, news))
            for c in olds:
                if ostr[_strip(c)] > nstr[_strip(c)]:
                    acc.add(NON_BREAKING, "constraint-removed", sec, name, f"constraints.{kind}", c, None,
                            f"{kind} rule dropped ({c['sentence']!r})")
            for c in news:
                if nstr[_strip(c)] > ostr[_strip(c)]:
                    acc.add(BREAKING, "constraint-added", sec, name, f"constraints.{kind}", None, c,
                            f"new {kind} rule: {c['sentence']!r}")
            pairs = []
        for oc, nc in pairs:
            for sev, kd, attr, ov, nv, detail in _constraint_changes(oc, nc):
                acc.add(sev, kd, sec, name, f"constraints.{attr}", ov, nv, detail)


def _field_paths(fields: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Response fields by path (`Parent.Child`); a page that only has a sample yields top-level fields."""
    paths: dict[str, dict[str, Any]] = {}
    last: dict[str, str] = {}
    for f in fields:
        name = f.get("field") or f["name"]
        parent = f.get("parent")
        path = f"{last.get(parent, parent)}.{name}" if parent else name
        last[name] = path
        if path not in paths:
            paths[path] = f
    return paths


def _diff_response(acc: _Ops, old: dict[str, Any], new: dict[str, Any]) -> None:
    ofs, nfs = _current(old.get("response", [])), _current(new.get("response", []))
    guessed = any(f.get("inferred") for f in ofs) or any(f.get("inferred") for f in nfs)
    of, nf = _field_paths(ofs), _field_paths(nfs)
    if guessed:  # fields read from a sample body are only the top level: compare that level
        of = {k: v for k, v in of.items() if "." not in k}
        nf = {k: v for k, v in nf.items() if "." not in k}
    sec = "response"
    for path, f in of.items():
        if path not in nf:
            if not nfs:
                continue  # the new page has no response table nor sample: nothing to compare
            acc.add(BREAKING, "response-field-removed", sec, path, "", f.get("type"), None, "response field removed")
            continue
        g = nf[path]
        if norm_type(f.get("type")) != norm_type(g.get("type")) and norm_type(f.get("type")) and norm_type(g.get("type")):
            how = " (read from the sample response)" if f.get("inferred") or g.get("inferred") else ""
            acc.add(BREAKING, "response-type-changed", sec, path, "type", f.get("type"), g.get("type"),
                    f"type {f.get('type')} → {g.get('type')}{how}")
        od, nd = f.get("description") or "", g.get("description") or ""
        if od and nd and _fold(od) != _fold(nd):
            acc.add(DOCS, "description-changed", sec, path, "description", od, nd, "description reworded")
    if ofs:
        for path, g in nf.items():
            if path not in of:
                acc.add(NON_BREAKING, "response-field-added", sec, path, "", None, g.get("type"),
                        f"new response field ({g.get('type')})")


def _error_rows(spec: dict[str, Any]) -> dict[tuple[str, int], dict[str, Any]]:
    seen: Counter[str] = Counter()
    out = {}
    for e in _current(spec.get("errors", [])):
        out[(e["code"], seen[e["code"]])] = e
        seen[e["code"]] += 1
    return out


def _code_label(key: tuple[str, int]) -> str:
    return key[0] if not key[1] else f"{key[0]} (row {key[1] + 1})"


def _diff_errors(acc: _Ops, old: dict[str, Any], new: dict[str, Any]) -> None:
    oe, ne = _error_rows(old), _error_rows(new)
    sec = "errors"
    for key, e in ne.items():
        if key not in oe:
            acc.add(NON_BREAKING, "error-code-added", sec, _code_label(key), "", None, e.get("status"),
                    f"new error code (HTTP {e.get('status')}): {_fold(e.get('message'))}")
    for key, e in oe.items():
        label = _code_label(key)
        if key not in ne:
            acc.add(NON_BREAKING, "error-code-removed", sec, label, "", e.get("status"), None,
                    "error code no longer documented")
            continue
        n = ne[key]
        if e.get("status") not in ("", None) and n.get("status") not in ("", None) and e["status"] != n["status"]:
            acc.add(BREAKING, "error-status-changed", sec, label, "status", e["status"], n["status"],
                    f"HTTP status {e['status']} → {n['status']}")
        for attr in ("message", "description"):
            a, b = e.get(attr) or "", n.get(attr) or ""
            if _fold(a) != _fold(b) and not lossy_pair(a, b):
                acc.add(DOCS, f"{attr}-changed", sec, label, attr, a, b, f"{attr} reworded")


def _success_sample(spec: dict[str, Any]) -> Any:
    for s in spec.get("samples", []):
        if s.get("kind") == "success":
            return s.get("body")
    return None


def diff_operation(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from the `old` spec of an operation to the `new` one."""
    acc = _Ops(new.get("operation") or old.get("operation") or "?")
    if old.get("operation") and new.get("operation") and old["operation"] != new["operation"]:
        acc.add(BREAKING, "operation-renamed", "operation", "", "operation", old["operation"], new["operation"],
                f"operation {old['operation']} → {new['operation']}")
    if old.get("api_version") and new.get("api_version") and old["api_version"] != new["api_version"]:
        acc.add(BREAKING, "api-version-changed", "operation", "", "api_version", old["api_version"],
                new["api_version"], f"API version {old['api_version']} → {new['api_version']}")
    if _fold(old.get("summary")) != _fold(new.get("summary")) and old.get("summary") and new.get("summary"):
        acc.add(DOCS, "summary-changed", "operation", "", "summary", old["summary"], new["summary"],
                "summary reworded")
    _diff_request(acc, old, new)
    _diff_response(acc, old, new)
    _diff_errors(acc, old, new)
    os_, ns = _success_sample(old), _success_sample(new)
    if os_ is not None and ns is not None and os_ != ns:
        acc.add(DOCS, "sample-changed", "samples", "success", "body", os_, ns, "sample success response changed")
    order = {s: i for i, s in enumerate(SEVERITIES)}
    sec_order = {s: i for i, s in enumerate(_SECTIONS)}
    return sorted(acc.changes, key=lambda c: (order[c.severity], sec_order[c.section]))


# --- catalogs ------------------------------------------------------------------------------------


def op_key(spec: dict[str, Any]) -> tuple[str, str]:
    product = spec.get("product_key") or (spec.get("product") or "").lower()
    return product, spec.get("operation") or "?"


def _label(spec: dict[str, Any]) -> str:
    product, op = op_key(spec)
    return f"{product}:{op}" if product else op


def diff_catalogs(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[Change]:
    """Changes between two sets of operation specs, operations matched by product and name.

    Two single operations are compared whatever their names; a page that does not name its
    product matches an operation of the same name.
    """
    if len(old) == 1 and len(new) == 1:
        return diff_operation(old[0], new[0])
    om = {op_key(s): s for s in old}
    nm = {op_key(s): s for s in new}

    def partner(key: tuple[str, str], other: dict[tuple[str, str], dict[str, Any]]) -> tuple[str, str] | None:
        if key in other:
            return key
        same = [k for k in other if k[1] == key[1] and (not k[0] or not key[0])]
        return same[0] if len(same) == 1 else None

    out: list[Change] = []
    matched: set[tuple[str, str]] = set()
    for key in sorted(om):
        other = partner(key, nm)
        if other is None:
            out.append(Change(BREAKING, "operation-removed", _label(om[key]), "operation", "", "", key[1], None,
                              "operation no longer documented"))
            continue
        matched.add(other)
        out.extend(diff_operation(om[key], nm[other]))
    for key in sorted(set(nm) - matched):
        out.append(Change(NON_BREAKING, "operation-added", _label(nm[key]), "operation", "", "", None, key[1],
                          "new operation"))
    return out


def summary_counts(changes: list[Change]) -> dict[str, int]:
    counts = Counter(c.severity for c in changes)
    return {s: counts.get(s, 0) for s in SEVERITIES}


def render_text(changes: list[Change], old_label: str, new_label: str) -> str:
    """A readable report: one block per operation, breaking changes first."""
    lines = [f"errkb diff {old_label} → {new_label}"]
    tags = {BREAKING: "BREAKING", NON_BREAKING: "non-breaking", DOCS: "docs"}
    by_op: dict[str, list[Change]] = {}
    for c in changes:
        by_op.setdefault(c.operation, []).append(c)
    for op, items in by_op.items():
        lines.append("")
        lines.append(op)
        for c in items:
            lines.append(f"  {tags[c.severity]:<13} {c.place()}: {c.detail}")
    counts = summary_counts(changes)
    lines.append("")
    if not changes:
        lines.append("no changes")
    lines.append(", ".join(f"{n} {s}" for s, n in counts.items()))
    return "\n".join(lines) + "\n"


def render_json(changes: list[Change], old_label: str, new_label: str) -> str:
    return json.dumps({
        "old": old_label, "new": new_label, "summary": summary_counts(changes),
        "breaking": any(c.severity == BREAKING for c in changes),
        "changes": [c.to_json() for c in changes],
    }, indent=2, ensure_ascii=False, default=str) + "\n"
