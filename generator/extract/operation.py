"""Document → the spec of one page (one operation as one document describes it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..document import Document, Loc, Paragraph, fold
from ..errors import NotAReferencePage
from . import tables as T
from .constraints import parse_constraints
from .constraints_text import kind_of
from .errors import error_entries
from .extras import authorization, history, samples, summary
from .response import response_fields

_BOOL = {"yes": True, "true": True, "required": True, "是": True, "no": False, "false": False, "optional": False, "否": False}


def _prov(loc: Loc, confidence: float = 1.0) -> dict[str, Any]:
    out: dict[str, Any] = loc.to_json()
    if confidence < 1.0:
        out["confidence"] = round(confidence, 2)
    return out


def request_params(doc: Document, table: T.RoledTable | None = None) -> list[dict[str, Any]]:
    """The parameters of `table` (by default the document's request table, found by `T.find_tables`)."""
    if table is None:
        found = T.find_tables(doc, T.REQUEST_SECTIONS, "name", first=True)
        if not found:
            return []
        table = found[0]
    roles, rows = T.map_table(*table)
    out = []
    for mr in rows:
        name = mr.get("name")
        if not name or T.is_placeholder_row(name):
            continue
        req_text = mr.get("required").lower().rstrip(".。 ")  # (`Yes.`)
        param: dict[str, Any] = {
            "name": name,
            "type": mr.get("type"),
            "required": _BOOL.get(req_text, False) if "required" in roles else False,
            "description": mr.get("description"),
            "example": mr.get("example"),
        }
        position = mr.get("position").lower()
        if position:
            param["position"] = position
        sentences = mr.paragraphs("description", roles)
        param.update({"constraints": [], "unparsed": []})
        param.update(parse_constraints(sentences, param["type"]))
        if _URL_NAME.search(name):
            _url_lengths(param)
        if not any(seg in ("N", "n") or seg.isdigit() for seg in name.split(".")):
            _n_is_the_value(param)
        param["source"] = _prov(mr.row.loc, mr.row.confidence)
        out.append(param)
    return out


def extract(doc: Document) -> dict[str, Any]:
    """The spec of one document; raises NotAReferencePage when it has no API tables at all."""
    tables = T.page_tables(doc)
    request = request_params(doc, tables.request) if tables.request else []
    errors = error_entries(doc, tables.errors)
    response = response_fields(doc, tables.response)
    if not request and not errors and not response:
        raise NotAReferencePage(
            "no request-parameter, response or error-code table found; this is not an API reference page",
            file=doc.origin,
        )
    operation = doc.meta.get("operation") or _operation_from_title(doc) or doc.meta.get("explorer_operation")
    for param in request:
        if param["name"] == "Action" and operation:
            _action_is_the_operation(param, operation)
    warnings: list[dict[str, str]] = []
    if not tables.errors:
        warnings.append({"level": "warning", "message": "page has no error-code table", "file": doc.origin})
    spec: dict[str, Any] = {
        "product": doc.meta.get("product"),
        "operation": operation,
        "format": doc.format,
        "api_version": doc.meta.get("api_version"),
        "api_product": doc.meta.get("api_product"),
        "summary": summary(doc),
        "updated": doc.meta.get("updated"),
        "request": request,
        "response": response,
        "samples": samples(doc),
        "errors": errors,
        "authorization": authorization(doc),
        "history": history(doc),
        "warnings": warnings,
    }
    return spec


_URL_NAME = re.compile(r"(?:URL|Url|url)$")
_SIZE = re.compile(r"\d[\d,]*\s+(?:bytes|characters)\b")
_ABOUT_URL = re.compile(r"\bURLs?\b|\blinks?\b|\bpath\b|链接|地址|路径", re.IGNORECASE)


def _url_lengths(param: dict[str, Any]) -> None:
    """A URL parameter's sizes that are about what it points to (`The template must be 1 to
    524,288 bytes in length.` under `TemplateURL`) are no rule on the URL itself."""
    _demote(param, lambda c: c["kind"] == "length" and not _ABOUT_URL.search(_clause_of(c)),
            "the size of what the URL points to")


_N_RANGE = re.compile(r"\b(\d+)\s*(?:to|-|~)\s*(\d+)\b")


def _n_is_the_value(param: dict[str, Any]) -> None:
    """`Valid values of N: 0 to 24` on a parameter that repeats nothing (`PasswordReusePrevention`):
    N is the value itself, so the rule is its range, not a count of repeats."""
    kept = []
    for c in param["constraints"]:
        m = _N_RANGE.search(c["sentence"]) if c["kind"] == "max_items" and c.get("index") == "N" else None
        if m is None:
            kept.append(c)
            continue
        low, high = int(m.group(1)), int(m.group(2))
        if kind_of(param.get("type") or "") == "int":
            kept.append({"kind": "range", "min": low, "max": high, "sentence": c["sentence"]})
        else:
            param["unparsed"].append({"sentence": c["sentence"], "reason": "N is the value of a parameter that repeats nothing"})
    param["constraints"] = kept


def _demote(param: dict[str, Any], doomed: Callable[[dict[str, Any]], Any], reason: str) -> None:
    """The constraints `doomed` picks are no rule: they go to `unparsed` with `reason`."""
    keep = []
    for c in param["constraints"]:
        if doomed(c):
            param["unparsed"].append({"sentence": c["sentence"], "reason": reason})
        else:
            keep.append(c)
    param["constraints"] = keep


def _clause_of(c: dict[str, Any]) -> str:
    """The clause of a length's sentence that states it: `the URL can be up to 1,350 bytes` of
    `The policy can be up to 16,384 bytes in length and the URL can be up to 1,350 bytes in length.`"""
    sentence = str(c["sentence"])
    bound = c.get("max", c.get("min"))
    if not isinstance(bound, int) or len(_SIZE.findall(sentence)) < 2:
        return sentence  # one size: the sentence is its clause
    at = max(sentence.find(f"{bound:,}"), sentence.find(str(bound)))
    if at < 0:
        return sentence
    start = max(sentence.rfind(" and ", 0, at), sentence.rfind(";", 0, at), 0)
    return sentence[start:at]


def _action_is_the_operation(param: dict[str, Any], operation: str) -> None:
    """The `Action` of an RPC request is its operation's name: a value list naming another operation
    (a copy-and-paste slip of the page) is no rule a request can keep."""
    _demote(param, lambda c: c["kind"] == "enum" and operation not in c.get("values", []),
            f"contradicts the operation name {operation}")


def _operation_from_title(doc: Document) -> str | None:
    if doc.title:
        t = fold(doc.title)
        # `ECS:CreateDisk`, `CreateDisk`, `AddDnsGtmMonitor (new)` (a version note in parentheses)
        # (RESTful operations may open in lower case: `createInstance`)
        m = re.fullmatch(
            r"(?:[A-Za-z][\w -]*:)?\s*([A-Z][A-Za-z0-9]+|[a-z]+[A-Z][A-Za-z0-9]*)(?:\s*[(（][^()（）]{1,20}[)）])?", t
        )
        if m:
            return m.group(1)
    return None


def first_paragraph(doc: Document) -> Paragraph | None:
    for s in doc.sections:
        for p in s.paragraphs():
            return p
    return None
