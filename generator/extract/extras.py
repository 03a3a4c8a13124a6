"""The smaller parts of a page: summary, sample responses, authorization, change history."""

from __future__ import annotations

import json
from typing import Any

from ..document import Document, Loc, Section

EXAMPLE_SECTIONS = ("Examples", "Example", "Sample success responses", "Response example")
_SKIP_SUMMARY = ("debugging", "openapi explorer", "all products", "search", "document center")


def summary(doc: Document) -> str:
    """The page's one-line summary: the first paragraph before any titled section."""
    for sec in doc.sections:
        if sec.level and sec.title:
            break
        for p in sec.paragraphs():
            if p.kind == "text" and not p.text.lower().startswith(_SKIP_SUMMARY):
                return p.text
    return ""


def _balanced_json(text: str) -> list[tuple[int, str]]:
    """Every top-level `{...}` run of `text` that parses as JSON, with its offset."""
    found: list[tuple[int, str]] = []
    i = 0
    while True:
        start = text.find("{", i)
        if start < 0:
            return found
        depth = 0
        in_str = False
        esc = False
        for k in range(start, len(text)):
            ch = text[k]
            if in_str:
                if esc:
                    esc = False
                elif ch == "\\":
                    esc = True
                elif ch == '"':
                    in_str = False
            elif ch == '"':
                in_str = True
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    chunk = text[start : k + 1]
                    try:
                        json.loads(chunk)
                    except ValueError:
                        break
                    found.append((start, chunk))
                    i = k + 1
                    break
        else:
            return found
        if i <= start:
            i = start + 1


def _example_sections(doc: Document) -> list[Section]:
    names = {n.lower() for n in EXAMPLE_SECTIONS}
    return [s for s in doc.sections if s.title.lower() in names]


def sample_bodies(doc: Document) -> list[tuple[str, Loc]]:
    """JSON sample responses (success first) of the Examples section, normalised."""
    out: list[tuple[str, Loc]] = []
    for sec in _example_sections(doc):
        paras = sec.paragraphs()
        joined = "\n".join(p.text for p in paras)
        starts = []
        pos = 0
        for p in paras:
            starts.append(pos)
            pos += len(p.text) + 1
        for offset, chunk in _balanced_json(joined):
            idx = max(k for k, s in enumerate(starts) if s <= offset) if starts else 0
            body = json.dumps(json.loads(chunk), indent=2, ensure_ascii=False, sort_keys=False)
            out.append((body, paras[idx].loc if paras else sec.loc))
    return out


def samples(doc: Document) -> list[dict[str, Any]]:
    result = []
    for body, loc in sample_bodies(doc):
        data = json.loads(body)
        kind = "error" if isinstance(data, dict) and "Code" in data and "Message" in data else "success"
        result.append({"kind": kind, "format": "json", "body": data, "source": loc.to_json()})
    return result


def _section_tables(doc: Document, *names: str) -> list[tuple[list[str], Any]]:
    wanted = {n.lower() for n in names}
    out = []
    for sec in doc.sections:
        if sec.title.lower() in wanted:
            for t in sec.tables():
                out.append(([h.lower() for h in t.header], t))
    return out


def authorization(doc: Document) -> list[dict[str, Any]]:
    """Rows of the "Authorization information" table (action, access level, resource type)."""
    rows: list[dict[str, Any]] = []
    for header, table in _section_tables(doc, "Authorization information"):
        keys: list[str | None] = []
        for h in header:
            if "action" in h or h in ("operation", "api"):
                keys.append("action")
            elif "access level" in h:
                keys.append("access_level")
            elif "resource type" in h:
                keys.append("resource_type")
            elif "condition" in h:
                keys.append("condition_key")
            elif "dependent" in h:
                keys.append("dependent_action")
            else:
                keys.append(None)
        for row in table.rows:
            entry = {k: c.text for k, c in zip(keys, row.cells) if k}
            if entry.get("action"):
                entry["source"] = row.loc.to_json()
                rows.append(entry)
    return rows


def history(doc: Document) -> list[dict[str, Any]]:
    """Rows of the change-history table: date and summary of each change."""
    out: list[dict[str, Any]] = []
    for header, table in _section_tables(doc, "Change history"):
        if not header or not any("time" in h or "date" in h for h in header):
            continue
        for row in table.rows:
            texts = row.texts()
            if not texts or not texts[0][:4].isdigit():
                continue
            entry = {"date": texts[0], "summary": texts[1] if len(texts) > 1 else ""}
            entry_src: dict[str, Any] = dict(entry)
            entry_src["source"] = row.loc.to_json()
            out.append(entry_src)
    return out
