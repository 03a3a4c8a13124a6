"""The smaller parts of a page: summary, sample responses, authorization, change history."""

from __future__ import annotations

import json
import re
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


_DECODER = json.JSONDecoder()  # what `json.loads` uses


def _balanced_json(text: str) -> list[tuple[int, str]]:
    """Every top-level `{...}` run of `text` that parses as JSON, with its offset."""
    return [(start, chunk) for start, chunk, _ in _json_objects(text)]


def _json_objects(text: str) -> list[tuple[int, str, Any]]:
    """`_balanced_json` with each run's parsed value."""
    found: list[tuple[int, str, Any]] = []
    i = 0
    while True:
        start = text.find("{", i)
        if start < 0:
            return found
        # Fast path: a run that parses as JSON ends at the brace that balances the first one, so the
        # decoder finds the same run the scan below would; only a run that does not parse needs the scan.
        try:
            value, end = _DECODER.raw_decode(text, start)
        except (ValueError, RecursionError):  # the scan decides, as without the fast path
            pass
        else:
            found.append((start, text[start:end], value))
            i = end
            continue
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
                        value = json.loads(chunk)
                    except ValueError:
                        break
                    found.append((start, chunk, value))
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
    return [(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False), loc) for data, loc in sample_data(doc)]


def sample_data(doc: Document) -> list[tuple[Any, Loc]]:
    """The parsed values of `sample_bodies` (JSON text round-trips: the same values, parsed once)."""
    out: list[tuple[Any, Loc]] = []
    for sec in _example_sections(doc):
        paras = sec.paragraphs()
        joined = "\n".join(p.text for p in paras)
        starts = []
        pos = 0
        for p in paras:
            starts.append(pos)
            pos += len(p.text) + 1
        for offset, _, data in _json_objects(joined):
            idx = max(k for k, s in enumerate(starts) if s <= offset) if starts else 0
            if paras and _not_a_body(paras[idx].text, offset - starts[idx]):
                continue
            out.append((data, paras[idx].loc if paras else sec.loc))
    return out


_HTTP_REQUEST_LINE = re.compile(r"\s*(?:GET|POST|PUT|DELETE|PATCH|HEAD)\s+\S+\s+HTTP/", re.IGNORECASE)
_HEADERS_LABEL = re.compile(r"(?:request |response )?headers?\s*[:：]?", re.IGNORECASE)


def _not_a_body(block: str, at: int) -> bool:
    """Whether the JSON value at `at` of a sample is no response body: the headers of a sample
    (`Header :` above it), or part of a sample request (`PUT /machinegroups/... HTTP/1.1`)."""
    if _HTTP_REQUEST_LINE.match(block):
        return True
    before = block[:at].rstrip().rsplit("\n", 1)[-1].strip()
    return _HEADERS_LABEL.fullmatch(before) is not None


def samples(doc: Document) -> list[dict[str, Any]]:
    result = []
    for data, loc in sample_data(doc):
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
