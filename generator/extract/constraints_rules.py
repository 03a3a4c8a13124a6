"""One small rule per constraint kind, each reading one sentence (already split, `Note:` removed).

Each rule adds items (dicts without their `sentence`) and notes (why part of the sentence could
not be read) to a `Found`. Rules never raise: text they do not recognise yields nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .constraints_text import NUMBER, STARTERS, coerce, count, is_number, kind_of, literal, mentions

Item = dict[str, Any]
CLASS_ORDER = ("letter", "lower", "upper", "digit", "chinese", "ascii")
_I = re.IGNORECASE
_N = r"(\d{1,3}(?:,\d{3})+|\d+)"
_CHARS = r"(?P<ascii>ASCII |printable ASCII )?(?:Chinese |English |Unicode |single-byte )?characters?\b"
# How a clause ends: a period before a space or the end, a comma, `and/but` before a new verb.
_CLAUSE_END = r"(?=\.(?:\s|$)|[,;]|\s+(?:and|but)\s+(?:it\s+)?(?:can|cannot|must|is|start|should|may)\b|$)"
_CHAR_NAMES = {
    "underscore": "_", "hyphen": "-", "dash": "-", "period": ".", "dot": ".", "colon": ":", "comma": ",",
    "forward slash": "/", "slash": "/", "backslash": "\\", "at sign": "@", "number sign": "#",
    "pound sign": "#", "percent sign": "%", "ampersand": "&", "plus sign": "+", "equal sign": "=",
    "equals sign": "=", "asterisk": "*", "question mark": "?", "dollar sign": "$", "tilde": "~",
    "exclamation point": "!", "exclamation mark": "!", "semicolon": ";", "space": " ", "caret": "^",
    "vertical bar": "|", "apostrophe": "'", "quotation mark": '"',
}


@dataclass
class Found:
    items: list[Item] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, kind: str, **values: Any) -> None:
        self.items.append({"kind": kind, **values})


def _singular(word: str) -> str:
    w = word.lower().strip()
    if w.endswith("es") and w[:-2] in ("ampersand", "dash", "slash", "backslash", "forward slash"):
        return w[:-2]
    if w.endswith(("ches", "shes")):
        return w[:-2]
    return w.removesuffix("s")


def char_classes(phrase: str) -> tuple[list[str], list[str], list[str]]:
    """`letters, digits, colons (:)` → (classes, chars, unrecognised elements)."""
    classes: list[str] = []
    chars: list[str] = []
    unknown: list[str] = []
    p = re.sub(r"^(?:only|either)\s+", "", phrase.strip(), flags=_I)
    for raw in re.split(r",\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+", p):
        el = re.sub(r"^(?:a|an|the|only|one or more|English)\s+", "", raw.strip(), flags=_I).strip()
        if not el:
            continue
        low = el.lower()
        m = re.fullmatch(r"([a-z][a-z -]*?)\s*\(([^()]+)\)", el, _I)
        if m:
            chars.extend(c for c in m.group(2).replace(" ", "") if c not in chars)
            continue
        if re.fullmatch(r"(?:english |ascii |alphabetic |latin )?(?:letters?|alphabets?)", low):
            classes.append("letter")
        elif re.fullmatch(r"(?:lowercase|lower-case|small)(?: letters?)?", low):
            classes.append("lower")
        elif re.fullmatch(r"(?:uppercase|upper-case|capital)(?: letters?)?", low):
            classes.append("upper")
        elif re.fullmatch(r"(?:digits?|numbers?|numerals?|numeric characters?|arabic numerals?)", low):
            classes.append("digit")
        elif re.fullmatch(r"chinese(?: characters?)?", low):
            classes.append("chinese")
        elif re.fullmatch(r"(?:printable )?ascii(?: characters?)?", low):
            classes.append("ascii")
        elif _singular(low) in _CHAR_NAMES:
            c = _CHAR_NAMES[_singular(low)]
            if c not in chars:
                chars.append(c)
        else:
            unknown.append(el)
    return sorted(set(classes), key=CLASS_ORDER.index), chars, unknown


# --- length ----------------------------------------------------------------------------------

_LEN_PATTERNS = (
    (re.compile(rf"\b{_N}\s*(?:to|-|~)\s*{_N}\s+{_CHARS}", _I), "min", "max"),
    (re.compile(rf"\bbetween\s+{_N}\s+and\s+{_N}\s+{_CHARS}", _I), "min", "max"),
    (re.compile(rf"\b(?:cannot|can ?not|must not|should not|may not|does not)\s+exceed\s+{_N}\s+{_CHARS}", _I), "max", ""),
    (re.compile(rf"\b(?:up to|at most|a maximum of|maximum of|no more than|not more than)\s+{_N}\s+{_CHARS}", _I), "max", ""),
    (re.compile(rf"\b(?:at least|a minimum of|no less than|no fewer than|minimum of)\s+{_N}\s+{_CHARS}", _I), "min", ""),
    (re.compile(rf"\b(?:maximum|max\.?) length (?:is|of)\s+{_N}\b(?P<ascii>)", _I), "max", ""),
)


def length(body: str, found: Found) -> None:
    if not mentions(body, ("character", "length", "empty")):
        return
    ascii_seen = False
    for rx, first, second in _LEN_PATTERNS:
        for m in rx.finditer(body):
            item: Item = {first: int(m.group(1).replace(",", ""))}
            if second:
                item[second] = int(m.group(2).replace(",", ""))
            found.add("length", **item, unit="characters")
            ascii_seen = ascii_seen or bool(m.group("ascii"))
    if re.search(r"\bcannot be (?:an? )?empty(?: string)?\b", body, _I):
        found.add("length", min=1, unit="characters")
    if ascii_seen:
        found.add("charset", classes=["ascii"], chars=[])


# --- first character and forbidden prefixes ---------------------------------------------------

_NEG = r"(?:cannot|can ?not|must not|shall not|should not|may not|can't|does not|do not)"
_START = re.compile(rf"(?P<neg>{_NEG}\s+)?(?:start|begin)(?:s)?(?P<end> or end)? with\b\s*(?P<what>[^,;]*?){_CLAUSE_END}", _I)
_STARTER_WORD = re.compile(rf"^(?:{'|'.join(STARTERS)})\b")


def starts(body: str, found: Found) -> None:
    """`must start with a letter` → first_char; `cannot start with http://` → forbidden_prefix."""
    if not mentions(body, ("start", "begin")):
        return
    for m in _START.finditer(body):
        what = m.group("what").strip()
        if not what or _STARTER_WORD.match(what):
            found.notes.append("truncated")
            continue
        if m.group("neg"):
            values = _prefixes(what)
            if values:
                found.add("forbidden_prefix", values=values)
            else:
                found.notes.append(f"unrecognised prefix: {what}")
            if m.group("end"):
                found.notes.append("no vocabulary item for forbidden suffixes")
            continue
        classes, chars, unknown = char_classes(what)
        if unknown or not (classes or chars):
            found.notes.append(f"unrecognised first character: {what}")
            continue
        item: Item = {"classes": classes}
        if chars:
            item["chars"] = chars
        found.add("first_char", **item)


def _prefixes(what: str) -> list[str]:
    out: list[str] = []
    for raw in re.split(r",\s*(?:or\s+)?|\s+or\s+", what):
        el = re.sub(r"^(?:a|an|the)\s+", "", raw.strip(), flags=_I)
        m = re.search(r"\(([^()]+)\)\s*$", el)
        token = m.group(1) if m else el
        token = token.strip("`'\"“”")
        if not token or " " in token:
            classes, chars, unknown = char_classes(el)
            if chars and not classes and not unknown:
                out.extend(chars)
                continue
            return []
        out.append(token)
    return out


# --- allowed characters -----------------------------------------------------------------------

_CONTAIN = re.compile(
    r"\b(?:can|may|must)\s+(?:only\s+)?(?:contain|consist of|include|be composed of)(?P<bad>,)?(?:\s+only)?\s+(?P<list>[^;]*?)"
    r"(?=\.(?:\s|$)|;|\s+(?:and|but)\s+(?:it\s+)?(?:can|cannot|must|is|start|should|may)\b|,\s+(?:and|but)\s+(?:it\s+)?(?:can|cannot|must|start)\b|,\s+must\b|$)",
    _I,
)
_CAN_LIST = re.compile(r"\bcan\s+(?P<list>(?:letters|digits|numbers)\b[^;.]*?)(?=\.(?:\s|$)|$)", _I)
_ALLOWED = re.compile(r"^(?:Only\s+)?(?P<list>.+?)\s+are\s+(?:allowed|supported|permitted)\.?$", _I)


_CHARSET_RULES = (
    (_CONTAIN, ("contain", "consist", "include", "composed")),
    (_CAN_LIST, ("can",)),
    (_ALLOWED, ("allowed", "supported", "permitted")),
)


def charset(body: str, found: Found) -> None:
    for rx, words in _CHARSET_RULES:
        if not mentions(body, words):
            continue
        for m in rx.finditer(body):
            phrase = m.group("list").strip()
            if rx is _CONTAIN and m.group("bad"):
                found.notes.append("damaged list of allowed characters")
                continue
            if re.match(r"(?:up to|a maximum of|at most|at least|\d)", phrase, _I):
                continue  # a length ("can contain up to 64 characters"), read by `length`
            if re.match(r"(?:the following|multiple|one or more|both|wildcard)", phrase, _I):
                found.notes.append(f"not a list of characters: {phrase}")
                continue
            classes, chars, unknown = char_classes(phrase)
            if unknown:
                if rx is not _ALLOWED:
                    found.notes.append(f"unrecognised character class: {', '.join(unknown)}")
                continue
            if classes or chars:
                found.add("charset", classes=classes, chars=chars)
            if rx is _CONTAIN:
                break


# --- numeric ranges and inline value lists ----------------------------------------------------

_RANGE = re.compile(rf"^\[?\s*(?P<lo>{NUMBER})\s*(?:to|-|~|–|,)\s*(?P<hi>{NUMBER})\s*\]?$", _I)
_BOUND = re.compile(
    rf"^(?:an? )?(?:integers?|numbers?|values?)?\s*(?P<op>greater than or equal to|less than or equal to|greater than|"
    rf"larger than|more than|less than|smaller than|at least|at most|no less than|no more than)\s+(?P<n>{NUMBER})$",
    _I,
)
_BETWEEN = re.compile(
    rf"^(?:an? )?(?:integers?|numbers?|values?)?\s*(?:between|from)\s+(?P<lo>{NUMBER})\s+(?:and|to)\s+(?P<hi>{NUMBER})$", _I
)
_STOP = frozenset(
    ["the", "a", "an", "of", "to", "is", "are", "be", "than", "for", "with", "by", "that", "this", "which", "if", "when", "from", "see", "more", "information", "values", "value", "integers", "integer", "greater", "less", "following", "must", "can"]
)


def range_item(spec: str, ptype: str) -> Item | None:
    s = spec.strip().rstrip(".").strip()
    m = _RANGE.match(s) or _BETWEEN.match(s)
    if m:
        return {"kind": "range", "min": coerce(m.group("lo"), ptype), "max": coerce(m.group("hi"), ptype)}
    m = _BOUND.match(s)
    if m:
        op, n = m.group("op").lower(), m.group("n")
        num = coerce(n, ptype)
        if op in ("greater than", "larger than", "more than") and isinstance(num, int):
            return {"kind": "range", "min": num + 1}
        if op in ("less than", "smaller than") and isinstance(num, int):
            return {"kind": "range", "max": num - 1}
        if op in ("greater than or equal to", "at least", "no less than"):
            return {"kind": "range", "min": num}
        if op in ("less than or equal to", "at most", "no more than"):
            return {"kind": "range", "max": num}
    return None


def value_list(spec: str, ptype: str) -> tuple[list[Any], Any] | None:
    """An inline list of allowed values: `a|b|c`, `a, b, and c`, `a or b`, `x`, `60 120 300`.

    Returns (values, default) where default is the value marked `(default value)`, or None.
    """
    s = spec.strip().rstrip(".").strip()
    if not s:
        return None
    default: Any = None
    marker = re.compile(r"\s*\((?:default|default value|the default value)\)", _I)
    if "|" in s:
        parts = [p.strip() for p in s.split("|")]
    elif re.search(r",|\s(?:and|or)\s", s):
        parts = [p.strip() for p in re.split(r",\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+", s)]
    else:
        parts = [s]
    values: list[Any] = []
    for part in parts:
        if marker.search(part):
            part = marker.sub("", part)
            default = True
        token = literal(part)
        if token is None:
            return _spaced(s, ptype) if len(parts) == 1 else None
        if default is True:
            default = coerce(token, ptype)
        values.append(coerce(token, ptype))
    return values, default


def _spaced(s: str, ptype: str) -> tuple[list[Any], Any] | None:
    """`60 120 300 900` or `qps bps http_code`: space-separated literals (lists joined by a copy)."""
    tokens = s.split()
    if len(tokens) < 2 or any(t.lower() in _STOP for t in tokens):
        return None
    if not all(re.fullmatch(r"[\w.$<>=:/+-]+", t) and re.search(r"\w", t) for t in tokens):
        return None
    if not (all(is_number(t) for t in tokens) or all(re.fullmatch(r"[\w.-]+", t) for t in tokens)):
        return None
    if kind_of(ptype) != "str" and not all(is_number(t) for t in tokens):
        return None
    return [coerce(t, ptype) for t in tokens], None


_MINMAX = re.compile(rf"^(?P<which>Maximum|Minimum|Max|Min)(?: value)?\s*:\s*(?P<n>{NUMBER})\.?$", _I)
_RANGES_FROM = re.compile(
    rf"\b(?:value|it|this parameter)?\s*(?:ranges from|range is|must be in the range of|must range from|must be from)\s+"
    rf"(?P<spec>\[?\s*{NUMBER}\s*(?:to|-|~|–|,)\s*{NUMBER}\s*\]?)",
    _I,
)


def ranges(body: str, ptype: str, found: Found) -> None:
    m = _MINMAX.match(body)
    if m:
        key = "max" if m.group("which").lower().startswith("max") else "min"
        found.add("range", **{key: coerce(m.group("n"), ptype)})
        return
    if not mentions(body, ("range", "must be from")):
        return
    for m in _RANGES_FROM.finditer(body):
        item = range_item(m.group("spec"), ptype)
        if item:
            found.items.append(item)


# --- units, counts, separators, patterns ------------------------------------------------------

_UNIT_WORDS = r"(?:milliseconds|seconds|minutes|hours|days|weeks|months|years|bytes|KB|MB|GB|TB|KiB|MiB|GiB|TiB|Mbit/s|Kbit/s|Gbit/s|Mbps|percent)"
_UNIT = (
    re.compile(r"(?:^|\()\s*Unit\s*:\s*(?P<u>[^.;()]+?(?:/[A-Za-z]+)?)\s*(?:\.(?:\s|$)|\)|$)", _I),
    re.compile(rf"(?:^|,\s*|\(\s*)in (?P<u>{_UNIT_WORDS})\b", _I),
)


def units(body: str, found: Found) -> None:
    if not mentions(body, ("unit", "in ")):
        return
    for rx in _UNIT:
        m = rx.search(body)
        if m and len(m.group("u").split()) <= 3:
            found.add("unit", unit=m.group("u").strip())
            return


_COUNT = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)"
_MAX_ITEMS = (
    re.compile(rf"\b(?:up to|at most|a maximum of|maximum of|no more than)\s+{_COUNT}\b(?!\s+(?:ASCII\s+)?characters)", _I),
    re.compile(r"\byou can (?:only )?(?:specify|enter|add|set|query|pass|select|remove|delete|disassociate|detach|attach|release|manage|include|provide)\s+only\s+(?P<n>one)\b", _I),
    re.compile(r"\byou can (?:specify|enter|add|set|query|pass|select) (?P<n>only one|one)\b(?! or more)", _I),
)
_ITEMS_VERB = re.compile(
    r"\b(?:you can (?:\w+ ){0,2}?(?:specify|enter|add|set|query|pass|select|remove|delete|disassociate|detach|attach|release|manage|include|provide)"
    r"|can be (?:specified|added|entered|set|queried|passed)|consists? of|contains? up to)\b",
    _I,
)


def max_items(body: str, found: Found) -> None:
    if not mentions(body, ("you can", "can be", "consist", "contain")) or not _ITEMS_VERB.search(body):
        return
    for rx in _MAX_ITEMS:
        m = rx.search(body)
        if m:
            n = count(m.group("n").replace("only ", ""))
            if n is not None:
                found.add("max_items", max=n)
            return


_SEP = re.compile(
    r"\bseparate\s+(?:them|(?:the\s+|multiple\s+|each\s+)?[\w .-]{1,40}?)\s+(?:with|by)\s+(?:an?\s+)?"
    r"(?P<name>[a-z ]+?)\s*(?:\((?P<c>[^()]+)\))?(?=[.,;]|\s|$)",
    _I,
)


def separator(body: str, found: Found) -> None:
    m = _SEP.search(body) if mentions(body, ("separate",)) else None
    if not m:
        return
    value = m.group("c")
    if value is None:
        value = _CHAR_NAMES.get(_singular(m.group("name")))
    if value is not None:
        found.add("separator", value=value.strip() or " ")


_REGEX = re.compile(r"(?:regular expression|regex|pattern)\b[^`^]*?[`\"]?(?P<re>\^[^\s`\"]+\$?|[^\s`\"]+\$)[`\"]?", _I)


def pattern(body: str, found: Found) -> None:
    m = _REGEX.search(body) if mentions(body, ("regular expression", "regex", "pattern")) else None
    if not m:
        return
    rx = m.group("re").rstrip(".") if not m.group("re").endswith("$") else m.group("re")
    try:
        re.compile(rx)
    except re.error:
        found.notes.append("pattern does not compile")
        return
    found.add("pattern", regex=rx, dialect="python", anchored=rx.startswith("^") and rx.endswith("$"))


# --- clauses the vocabulary has no item for ---------------------------------------------------

_LEFTOVERS = (
    (re.compile(r"\bcannot contain\b(?! only)", _I), "no vocabulary item for forbidden substrings"),
    (re.compile(r"\bend with\b", _I), "no vocabulary item for suffixes"),
    (re.compile(r"\bconsecutive\b", _I), "no vocabulary item for repeated characters"),
    (re.compile(r"\bat least \w+ of the following\b", _I), "no vocabulary item for character-type mixes"),
    (re.compile(r"\b(?:must be|is) unique\b", _I), "uniqueness cannot be checked from one value"),
    (re.compile(r"\bcontain only\b", _I), "no vocabulary item for excluded whole values"),
    (re.compile(r"\bdecimal places?\b", _I), "no vocabulary item for precision"),
)


def leftovers(body: str, found: Found) -> None:
    if not mentions(body, ("contain", "end with", "consecutive", "following", "unique", "decimal")):
        return
    for rx, note in _LEFTOVERS:
        if rx.search(body) and note not in found.notes:
            if note.endswith("excluded whole values") and not re.search(r"cannot[^.]*contain only", body, _I):
                continue
            found.notes.append(note)
