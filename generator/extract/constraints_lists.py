"""Recognising the parts of a "Valid values:" list: heads, keyed entries, conditions, labels.

A list head is a sentence ending in a colon; its entries follow as paragraphs (`Small: a small
NAT gateway.`, `**PostPaid**`) or, in pipe copies, as further sentences of the same paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .constraints_text import Sentence, literal, lowered

_I = re.IGNORECASE

_HEAD = re.compile(
    r"^(?:the\s+)?(?P<label>valid values?|allowed values?|possible values?|values?|value range|valid range|range)"
    r"(?P<qual>\s+(?:of|for|when|if|based on|depends? on)\b[^:]*?)?(?:\s+(?:are|is|include))?\s*:\s*(?P<rest>.*)$",
    _I,
)
_INDEX = re.compile(r"^\s*of\s+(?P<ix>[A-Za-z])\s*$")
_PLAIN_QUAL = re.compile(r"^\s*of\s+(?:this|the)\s+(?:parameter|value|field)\s*$", _I)


@dataclass(frozen=True)
class Head:
    """`Valid values of N: 1 to 20` → qualifier kind `index` (N), rest `1 to 20`."""

    kind: str  # plain | index | conditional | other
    rest: str
    index: str = ""
    name: str = ""


def head(body: str) -> Head | None:
    m = _HEAD.match(body) if ":" in body else None
    if not m:
        return None
    rest = m.group("rest").strip()
    # "Valid values: Valid values:" — a label written twice.
    while True:
        again = _HEAD.match(rest)
        if not again or again.group("qual"):
            break
        rest = again.group("rest").strip()
    qual = m.group("qual") or ""
    if not qual.strip() or _PLAIN_QUAL.match(qual):
        return Head("plain", rest)
    ix = _INDEX.match(qual)
    if ix:
        return Head("index", rest, index=ix.group("ix").upper())
    if re.match(r"\s*of\s+\S+\s*$", qual):
        return Head("other", rest, name=qual.strip()[3:].strip())
    return Head("conditional", rest)


_PARAM_LABELS = re.compile(
    r"^(?:default values?|valid values?|value range|valid range|maximum value|minimum value|note|notes|unit|units|"
    r"example|examples|format|warning|important|remarks?|tips?|caution|description|range|values?)$",
    _I,
)
_COND = re.compile(
    r"^(?:(?:If|When|Whenever|Unless|Once|Only when|Only if|In other cases|In this case|Otherwise|Except)\b"
    r"|If(?=[A-Z])|For (?!example\b|more\b|details\b|information\b|security\b|instance\b)[^,]{1,80},"
    r"|(?:valid values?|default values?|the default value|the valid values?)\s+(?:when|for|if|based on|depends?)\b)",
    _I,
)
# How ASCII text that `_COND` matches begins, in lower case.
_COND_OPENINGS = (
    "if", "when", "unless", "once", "only when", "only if", "in other cases", "in this case", "otherwise", "except",
    "for ", "valid value", "default value", "the default value", "the valid value",
)
_LABEL = re.compile(r"^(?P<label>[A-Za-z0-9$][^:]{0,80}?)\s*:\s+\S")
# A clause with a rule's verb before the colon is a sentence whose value holds a colon (`cannot start
# with acs: or aliyun`), not the label of a case.
_RULE_VERB = re.compile(r"\b(?:can|cannot|can not|must|must not|should|may)\b", _I)


def conditional(body: str) -> bool:
    """True when a sentence applies only in some cases (`If ...`, `Windows instances: ...`)."""
    low = lowered(body)
    if (low is None or low.startswith(_COND_OPENINGS)) and _COND.match(body):
        return True
    m = _LABEL.match(body) if ":" in body else None
    if m:
        label = m.group("label").strip()
        if " " in label and not _PARAM_LABELS.match(label) and not head(body) and not _RULE_VERB.search(label):
            return True
        if re.fullmatch(r"-?\d[\d,.]*\s*(?:to|-|~)\s*-?\d[\d,.]*", label):
            return True
    return False


_MARKER = re.compile(
    r"^(?:Default values?\b|The default value\b|Default\s*:\s*\S+\s*$|Valid values?\b|Value range\b|Maximum value\b|"
    r"Minimum value\b|This parameter\b|The parameter\b|By default, this parameter\b|Separate\b|Set the value to\b)",
    _I,
)


def param_marker(body: str) -> bool:
    """A sentence that speaks about the parameter again, so it ends a list of values."""
    return bool(_MARKER.match(body))


_DEFAULT_MARK = re.compile(r"\s*\((?:default|default value|the default value|this is the default value)\)", _I)
_KEYED = re.compile(r"^(?P<key>[^\s:()]+)(?P<mark>\s*\((?:default|default value)\))?\s*:(?:\s+|(?=[A-Za-z(]))(?P<desc>.*)$", _I)
# a value holding colons itself (`CreationTime:Desc (default): The results are sorted...`)
_KEYED_COLON = re.compile(
    r"^(?P<key>[^\s:()]+(?::[^\s:()]+)+)(?P<mark>\s*\((?:default|default value)\))?\s*:\s+(?P<desc>.*)$", _I
)
_MULTI = re.compile(r"^(?P<key>[^:]{1,80}?)\s*:\s+(?P<desc>.*)$")
_BARE_CAMEL = re.compile(r"^(?P<key>[A-Z][a-z]+[A-Z]\w*|[A-Za-z]+_\w+)\s+(?=(?:a|an|the)\s)(?P<desc>.*)$")
_STOPWORDS = frozenset(
    ["the", "a", "an", "of", "to", "is", "are", "be", "than", "for", "with", "by", "that", "this", "which", "if", "when", "from", "see", "more", "following", "follows", "include", "includes", "including", "example", "format", "note", "unit", "value", "values", "and", "or", "as", "in", "on", "at"]
)


# Stop words that are also common literal values of switches.
_VALUE_WORDS = frozenset(["on", "off", "all", "none", "in", "out"])


@dataclass(frozen=True)
class Entry:
    """One entry of a list: a single literal key, or a case (`1 to 200`, `Windows instances`)."""

    key: str
    desc: str
    default: bool
    case: bool  # a multi-word or range label: the entry is a case, not a literal value


def entry(s: Sentence, keyed_before: bool) -> Entry | None:
    body = s.text.strip()
    m = _KEYED_COLON.match(body) or _KEYED.match(body)
    if m:
        key = literal(m.group("key")) or ""
        desc = m.group("desc").strip()
        # a short word (`on`, `off`, `all`) opening its own paragraph is a value; inside a sentence
        # it is more likely a clause's end ("... depends on: ...")
        stop = key.lower() in _STOPWORDS and not (s.first and key.lower() in _VALUE_WORDS)
        if key and not stop and not _PARAM_LABELS.match(key):
            if key.lower() == "default" and literal(desc) is not None:
                return None  # "Default: 1." is a default value, not an entry named Default
            marked = bool(m.group("mark")) or bool(_DEFAULT_MARK.search(desc))
            return Entry(key, _DEFAULT_MARK.sub("", desc), marked, False)
    if s.whole and literal(body) is not None and not body.endswith(":"):
        token = literal(_DEFAULT_MARK.sub("", body)) or ""
        if token.lower() not in _STOPWORDS:
            return Entry(token, "", bool(_DEFAULT_MARK.search(body)), False)
    m = _MULTI.match(body)
    if m and not _PARAM_LABELS.match(m.group("key").strip()) and not head(body):
        return Entry(m.group("key").strip(), m.group("desc"), False, True)
    if keyed_before and s.first:
        m = _BARE_CAMEL.match(body)
        if m:
            return Entry(m.group("key"), m.group("desc"), False, False)
    return None


# White space after a character other than `:,;(`, before a key; the search starts at white space
# (a first character class lets it skip ahead quickly), the look-behind checks the character.
_MID_KEY = re.compile(r"\s(?<=[^\s:,;(]\s)\s*(?=[^\s:()]+(?:\s*\((?:default|default value)\))?:\s)", _I)
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z]\w*")
_MID_CAMEL = re.compile(r"\s(?<=[a-z)]\s)\s*(?=[A-Z][a-z]+[A-Z]\w*\s+(?:a|an|the)\s)")  # as `_MID_KEY`
# Words that end a clause before a colon ("when the following conditions are met: ...").
_CLAUSE_WORDS = frozenset(["are", "is", "be", "was", "were", "follows", "following", "include", "includes", "including", "as", "below", "here", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])


def split_entries(text: str, keys: list[str] | None = None) -> list[str]:
    """`a: first b: second` (a list joined into one sentence) → [`a: first`, `b: second`].

    A key inside a sentence must look like a value: code-like (`SCALE_IN`, `en-US`, `eth0`) or a
    short lowercase token (`ja`, `eni`); a plain English word before a colon ends a clause instead.
    With `keys` all CamelCase, `HaVip a high-availability ...` (a lost colon) also starts an entry.
    """
    cuts: list[int] = []
    for m in _MID_KEY.finditer(text) if ":" in text else ():
        key = _DEFAULT_MARK.sub("", text[m.end() :].split(":", 1)[0]).strip()
        before = text[: m.start()].split()
        if key.lower() in _STOPWORDS or _PARAM_LABELS.match(key) or not literal(key):
            continue
        if before and before[-1].lower().strip(",") in _CLAUSE_WORDS:
            continue
        if re.fullmatch(r"[a-z]{5,}", key):
            continue
        cuts.append(m.start())
    if keys and all(_CAMEL.fullmatch(str(k)) for k in keys):
        cuts.extend(m.start() for m in _MID_CAMEL.finditer(text))
    out: list[str] = []
    start = 0
    for cut in sorted(set(cuts)):
        out.append(text[start:cut].strip())
        start = cut
    out.append(text[start:].strip())
    return [p for p in out if p]


@dataclass
class ValueList:
    """The state of one open list while its sentences are read."""

    head: Sentence
    kind: str  # enum | cond | other
    values: list[Any] = field(default_factory=list)
    pending: list[tuple[Sentence, Any]] = field(default_factory=list)  # defaults marked in entries
    last: Sentence | None = None  # the sentence of the last entry
    open_reason: str = ""
    fields: bool = False  # entries are named fields of a structured value: everything after belongs to them
    zh: bool = False  # opened by a Chinese head: its entries are read by the Chinese rules
    # the last value stands alone (`Running:`): the labelled entries below it describe it case by
    # case (`Recurring execution: ...`) and are no values
    cases_of_value: bool = False
