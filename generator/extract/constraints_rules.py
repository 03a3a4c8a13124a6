"""One small rule per constraint kind, each reading one sentence (already split, `Note:` removed).

Each rule adds items (dicts without their `sentence`) and notes (why part of the sentence could
not be read) to a `Found`. Rules never raise: text they do not recognise yields nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .constraints_text import NUMBER, STARTERS, coerce, count, is_number, kind_of, literal, lower_pattern, lowered

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


@dataclass(slots=True)
class Found:
    items: list[Item] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, kind: str, **values: Any) -> None:
        self.items.append({"kind": kind, **values})



def holds_word(low: str, words: tuple[str, ...]) -> bool:
    """Does the lowered text hold one of `words`? The cheap pre-test before a costly pattern."""
    for w in words:
        if w in low:
            return True
    return False

def _singular(word: str) -> str:
    w = word.lower().strip()
    if w.endswith("es") and w[:-2] in ("ampersand", "dash", "slash", "backslash", "forward slash"):
        return w[:-2]
    if w.endswith(("ches", "shes")):
        return w[:-2]
    return w.removesuffix("s")


# A list of things: "a, b, and c", "a or b".
LIST_SPLIT = re.compile(r",\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+")
_ONLY = re.compile(r"^(?:only|either)\s+", _I)
_ARTICLE = re.compile(r"^(?:a|an|the|only|one or more|English)\s+", _I)
# The ASCII letters those two can begin with (other letters may fold to them: always tried).
_ONLY_FIRST = "oOeE"
_ARTICLE_FIRST = "aAtToOeE"
_NAMED_CHARS = re.compile(r"([a-z][a-z -]*?)\s*\(([^()]+)\)", _I)
_CLASS_NAMES = (  # (pattern of a lower-case element, class)
    (re.compile(r"(?:english |ascii |alphabetic |latin )?(?:letters?|alphabets?)"), "letter"),
    (re.compile(r"(?:lowercase|lower-case|small)(?: letters?)?"), "lower"),
    (re.compile(r"(?:uppercase|upper-case|capital)(?: letters?)?"), "upper"),
    (re.compile(r"(?:digits?|numbers?|numerals?|numeric characters?|arabic numerals?)"), "digit"),
    (re.compile(r"chinese(?: characters?)?"), "chinese"),
    (re.compile(r"(?:printable )?ascii(?: characters?)?"), "ascii"),
)


def char_classes(phrase: str) -> tuple[list[str], list[str], list[str]]:
    """`letters, digits, colons (:)` → (classes, chars, unrecognised elements)."""
    classes: list[str] = []
    chars: list[str] = []
    unknown: list[str] = []
    p = phrase.strip()
    if p[:1] in _ONLY_FIRST or not p[:1].isascii():
        p = _ONLY.sub("", p)
    for raw in LIST_SPLIT.split(p):
        el = raw.strip()
        if el[:1] in _ARTICLE_FIRST or not el[:1].isascii():
            el = _ARTICLE.sub("", el).strip()
        if not el:
            continue
        low = el.lower()
        m = _NAMED_CHARS.fullmatch(el) if el.endswith(")") else None
        if m:
            chars.extend(c for c in m.group(2).replace(" ", "") if c not in chars)
            continue
        for rx, cls in _CLASS_NAMES:
            if rx.fullmatch(low):
                classes.append(cls)
                break
        else:
            _char_name(el, low, chars, unknown)
    return sorted(set(classes), key=CLASS_ORDER.index), chars, unknown


def _char_name(el: str, low: str, chars: list[str], unknown: list[str]) -> None:
    """A named character (`underscores`) joins `chars`; anything else is unknown."""
    c = _CHAR_NAMES.get(_singular(low))
    if c is None:
        unknown.append(el)
    elif c not in chars:
        chars.append(c)


# --- length ----------------------------------------------------------------------------------

_LEN_PATTERNS = (
    (re.compile(rf"\b{_N}\s*(?:to|-|~)\s*{_N}\s+{_CHARS}", _I), "min", "max"),
    (re.compile(rf"\bbetween\s+{_N}\s+and\s+{_N}\s+{_CHARS}", _I), "min", "max"),
    (re.compile(rf"\b(?:cannot|can ?not|must not|should not|may not|does not)\s+exceed\s+{_N}\s+{_CHARS}", _I), "max", ""),
    (re.compile(rf"\b(?:up to|at most|a maximum of|maximum of|no more than|not more than)\s+{_N}\s+{_CHARS}", _I), "max", ""),
    (re.compile(rf"\b(?:at least|a minimum of|no less than|no fewer than|minimum of)\s+{_N}\s+{_CHARS}", _I), "min", ""),
    (re.compile(rf"\b(?:maximum|max\.?) length (?:is|of)\s+{_N}\b(?P<ascii>)", _I), "max", ""),
)


# (pattern, its lower-case twin, words one of which its matches hold in lower case, keys)
_LEN_RULES = tuple(
    (rx, lower_pattern(rx), words, first, second)
    for (rx, first, second), words in zip(
        _LEN_PATTERNS,
        (
            ("character",),
            ("between",),
            ("exceed",),
            ("up to", "at most", "maximum of", "no more than", "not more than"),
            ("at least", "minimum of", "no less than", "no fewer than"),
            ("length",),
        ),
        strict=True,
    )
)
_NOT_EMPTY = re.compile(r"\bcannot be (?:an? )?empty(?: string)?\b", _I)
# sizes in bytes (`which consists of up to 3,200 bytes`); not those of each item (`Each tag consists of...`)
_ENCODED = r"(?:UTF-8(?:[- ]encoded)?\s+)?"  # (`up to 128 UTF-8 encoded bytes`)
_BYTES = (
    (re.compile(rf"\b{_N}\s*(?:to|-|~)\s*{_N}\s+{_ENCODED}bytes\b", _I), "min", "max"),
    (re.compile(rf"\b(?:up to|at most|a maximum of|maximum of|no more than|not more than|(?:cannot|must not|can ?not) exceed)"
                rf"\s+{_N}\s+{_ENCODED}bytes\b", _I), "max", ""),
)
_EACH = re.compile(r"^(?:Each|Every)\b", _I)


def length(body: str, found: Found) -> None:
    low = lowered(body)  # None: not ASCII, every pre-test passes
    if low is not None and "character" not in low and "length" not in low and "empty" not in low and "byte" not in low:
        return  # LENGTH_WORDS
    if (low is None or "byte" in low) and not _EACH.match(body):
        for rx, first, second in _BYTES:
            for m in rx.finditer(body):
                size: Item = {first: int(m.group(1).replace(",", ""))}
                if second:
                    size[second] = int(m.group(2).replace(",", ""))
                found.add("length", **size, unit="bytes")
    ascii_seen = False
    for rx, low_rx, words, first, second in _LEN_RULES:
        if low is None:
            matches = rx.finditer(body)
        else:
            if not holds_word(low, words):
                continue
            matches = low_rx.finditer(low)  # digits and spans as in `body`
        for m in matches:
            item: Item = {first: int(m.group(1).replace(",", ""))}
            if second:
                item[second] = int(m.group(2).replace(",", ""))
            found.add("length", **item, unit="characters")
            ascii_seen = ascii_seen or bool(m.group("ascii"))
    if (low is None or "empty" in low) and _NOT_EMPTY.search(body):
        found.add("length", min=1, unit="characters")
    if ascii_seen:
        found.add("charset", classes=["ascii"], chars=[])


# --- first character and forbidden prefixes ---------------------------------------------------

_NEG = r"(?:cannot|can ?not|must not|shall not|should not|may not|can't|does not|do not)"
_START = re.compile(rf"(?P<neg>{_NEG}\s+)?(?:start|begin)(?:s)?(?P<end> or end)? with\b\s*(?P<what>[^,;]*?){_CLAUSE_END}", _I)
_START_LOW = lower_pattern(_START)
_STARTER_WORD = re.compile(rf"^(?:{'|'.join(STARTERS)})\b")


def starts(body: str, found: Found) -> None:
    """`must start with a letter` → first_char; `cannot start with http://` → forbidden_prefix."""
    low = lowered(body)
    if low is not None and "start" not in low and "begin" not in low:
        return  # START_WORDS
    # on lowered ASCII text the lower-case twin finds the same spans; `what` is read from `body`
    for m in _START.finditer(body) if low is None else _START_LOW.finditer(low):
        what = body[m.start("what") : m.end("what")].strip()
        if not what or _STARTER_WORD.match(what):
            found.notes.append("truncated")
            continue
        if m.group("neg"):
            what = _prefix_list(body, m.start("what"), what)
            values = _prefixes(what)
            if values:
                found.add("forbidden_prefix", values=values)
            else:
                found.notes.append(f"unrecognised prefix: {what}")
            if m.group("end"):
                found.notes.append("no vocabulary item for forbidden suffixes")
            continue
        add_first_char(found, what, *char_classes(what))


def add_first_char(found: Found, what: str, classes: list[str], chars: list[str], unknown: list[str]) -> None:
    """The `first_char` item of `what` read as character classes (English or Chinese), else a note."""
    if unknown or not (classes or chars):
        found.notes.append(f"unrecognised first character: {what}")
        return
    item: Item = {"classes": classes}
    if chars:
        item["chars"] = chars
    found.add("first_char", **item)


# `cannot start with aliyun, acs:, http://, or https://.`: a list of prefixes runs over its commas
_PREFIX_LIST = re.compile(r"[^\s,;]+(?:,\s*(?:or\s+)?[^\s,;]+)+(?=\.?(?:\s|$)|;)")
_NOT_PREFIX = frozenset(["and", "but", "it", "must", "can", "cannot", "is", "the", "a", "an"])


def _prefix_list(body: str, at: int, what: str) -> str:
    """`what`, or the whole comma-separated list of prefixes it opens."""
    if " " in what:
        return what
    m = _PREFIX_LIST.match(body, at)
    if not m:
        return what
    listed = m.group(0).rstrip(".")
    tokens = [t.strip().removeprefix("or ").strip() for t in listed.split(",")]
    if any(not t or " " in t or t.lower() in _NOT_PREFIX for t in tokens):
        return what
    return listed


_OR_SPLIT = re.compile(r",\s*(?:or\s+)?|\s+or\s+")
_A_THE = re.compile(r"^(?:a|an|the)\s+", _I)
_LAST_PARENS = re.compile(r"\(([^()]+)\)\s*$")


def _prefixes(what: str) -> list[str]:
    out: list[str] = []
    for raw in _OR_SPLIT.split(what):
        el = _A_THE.sub("", raw.strip())
        m = _LAST_PARENS.search(el)
        token = m.group(1) if m else el
        token = token.strip("`'\"“”")
        if not m and char_classes(el)[0]:
            return []  # `a digit`, `a letter`: a kind of character, not a literal prefix
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


_LENGTH_PHRASE = re.compile(r"(?:up to|a maximum of|at most|at least|\d)", _I)
_NOT_CHARS = re.compile(r"(?:the following|multiple|one or more|both|wildcard)", _I)


def charset(body: str, found: Found) -> None:
    low = lowered(body)
    for rx, words in _CHARSET_RULES:
        if low is not None and not holds_word(low, words):
            continue
        for m in rx.finditer(body):
            phrase = m.group("list").strip()
            if rx is _CONTAIN and m.group("bad"):
                found.notes.append("damaged list of allowed characters")
                continue
            if _LENGTH_PHRASE.match(phrase):
                continue  # a length ("can contain up to 64 characters"), read by `length`
            if _NOT_CHARS.match(phrase):
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


_COMPARED = re.compile(rf"^(?P<op>>=|≥|>|<=|≤|<)\s*(?P<n>{NUMBER})$")  # `>0` (`取值：>0`)


def range_item(spec: str, ptype: str) -> Item | None:
    s = spec.strip().rstrip(".。").strip()
    m = _COMPARED.match(s)
    if m:
        op, num = m.group("op"), coerce(m.group("n"), ptype)
        if op in (">=", "≥"):
            return {"kind": "range", "min": num}
        if op in ("<=", "≤"):
            return {"kind": "range", "max": num}
        if isinstance(num, int) and not isinstance(num, bool):
            return {"kind": "range", "min": num + 1} if op == ">" else {"kind": "range", "max": num - 1}
        return None
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


_DEFAULT_MARKER = re.compile(r"\s*\((?:default|default value|the default value)\)", _I)
_HAS_LIST = re.compile(r",|\s(?:and|or)\s")


def value_list(spec: str, ptype: str) -> tuple[list[Any], Any] | None:
    """An inline list of allowed values: `a|b|c`, `a, b, and c`, `a or b`, `x`, `60 120 300`.

    Returns (values, default) where default is the value marked `(default value)`, or None.
    """
    s = spec.strip().rstrip(".").strip()
    if not s:
        return None
    default: Any = None
    marker = _DEFAULT_MARKER
    if "|" in s:
        parts = [p.strip() for p in s.split("|")]
    elif _HAS_LIST.search(s):
        parts = [p.strip() for p in LIST_SPLIT.split(s)]
    else:
        parts = [s]
    values: list[Any] = []
    for part in parts:
        if part.lstrip()[:1] in ("<", ">", "≤", "≥"):
            return None  # (`>0.5`: a bound, not a value)
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


_TOKEN = re.compile(r"[\w.$<>=:/+-]+")
_WORD_CHAR = re.compile(r"\w")
_PLAIN_TOKEN = re.compile(r"[\w.-]+")


def _spaced(s: str, ptype: str) -> tuple[list[Any], Any] | None:
    """`60 120 300 900` or `qps bps http_code`: space-separated literals (lists joined by a copy)."""
    tokens = s.split()
    if len(tokens) < 2 or any(t.lower() in _STOP for t in tokens):
        return None
    if not all(_TOKEN.fullmatch(t) and _WORD_CHAR.search(t) for t in tokens):
        return None
    if not (all(is_number(t) for t in tokens) or all(_PLAIN_TOKEN.fullmatch(t) for t in tokens)):
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
    low = lowered(body)
    m = _MINMAX.match(body) if low is None or low.startswith(("max", "min")) else None
    if m:
        key = "max" if m.group("which").lower().startswith("max") else "min"
        found.add("range", **{key: coerce(m.group("n"), ptype)})
        return
    if low is not None and "range" not in low and "must be from" not in low:
        return
    for m in _RANGES_FROM.finditer(body):
        item = range_item(m.group("spec"), ptype)
        if item:
            found.items.append(item)


_SIGNED = re.compile(
    r"^(?:the )?(?:value|it|this parameter)(?: of this parameter)? must be an? (?P<sign>positive|non-negative|nonnegative)"
    r" (?:integer|whole number)\.?$",
    _I,
)


_BOUND_SENTENCE = re.compile(
    rf"^(?:the value(?: of this parameter)?|this value|it|this parameter|the [a-z]+(?: [a-z]+)?)\s+"
    rf"(?P<neg>must not|cannot|can't|must|can) be (?P<op>less|smaller|lower|greater|more|larger|higher) than"
    rf"(?P<eq> or equal to)? (?P<n>{NUMBER})(?:\s*(?P<unit>[A-Za-z%/]+))?\.?$",
    _I,
)


def bound_sentence(body: str, ptype: str, found: Found) -> None:
    """`The bandwidth cannot be less than 2 Mbps.`, `This value must be greater than 0.`: a bound of the
    parameter's own value (a sentence naming another parameter's value is no rule on this one)."""
    m = _BOUND_SENTENCE.match(body)
    if not m or m.group("neg").lower() == "can":
        return
    num = coerce(m.group("n"), ptype)
    if not isinstance(num, (int, float)) or isinstance(num, bool):
        return
    low = m.group("op").lower() in ("less", "smaller", "lower")
    negated = m.group("neg").lower() != "must"
    inclusive = bool(m.group("eq"))
    item: dict[str, int | float]
    # `cannot be less than N` is `at least N`; `must be less than N` is `at most N - 1` (integers)
    if negated:
        if inclusive:
            if not isinstance(num, int):
                return
            item = {"min": num + 1} if low else {"max": num - 1}
        else:
            item = {"min": num} if low else {"max": num}
    elif inclusive:
        item = {"max": num} if low else {"min": num}
    else:
        if not isinstance(num, int):
            return
        item = {"max": num - 1} if low else {"min": num + 1}
    found.add("range", **item)
    unit = m.group("unit")
    if unit:
        found.add("unit", unit=unit)


def signed(body: str, ptype: str, found: Found) -> None:
    """`The value must be a positive integer.`: a lower bound for an integer parameter."""
    m = _SIGNED.match(body)
    if m and kind_of(ptype) == "int":
        found.add("range", min=1 if m.group("sign").lower() == "positive" else 0)


# --- units, counts, separators, patterns ------------------------------------------------------

_UNIT_WORDS = r"(?:milliseconds|seconds|minutes|hours|days|weeks|months|years|bytes|KB|MB|GB|TB|KiB|MiB|GiB|TiB|Mbit/s|Kbit/s|Gbit/s|Mbps|percent)"
_UNIT = (  # (pattern, a word its matches hold in lower case)
    (re.compile(r"(?:^|\()\s*Unit\s*:\s*(?P<u>[^.;()]+?(?:/[A-Za-z]+)?)\s*(?:\.(?:\s|$)|\)|$)", _I), "unit"),
    (re.compile(rf"(?:^|,\s*|\(\s*)in (?P<u>{_UNIT_WORDS})\b", _I), "in "),
)


def units(body: str, found: Found) -> None:
    low = lowered(body)
    if low is not None and "unit" not in low and "in " not in low:
        return
    for rx, word in _UNIT:
        if low is not None and word not in low:
            continue
        m = rx.search(body)
        if m and len(m.group("u").split()) <= 3:
            found.add("unit", unit=m.group("u").strip())
            return


_COUNT = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)"
_MAX_ITEMS = (  # (pattern, words one of which its matches hold in lower case)
    (
        re.compile(
            rf"\b(?:up to|at most|a maximum of|maximum of|no more than)\s+{_COUNT}\b(?!,\d)(?!\s+(?:ASCII\s+)?characters)"
            r"(?!\s+(?:UTF-8(?:[- ]encoded)?\s+)?(?:bytes?|[KMGT]B|bits?|seconds?|minutes?|hours?|days?|ms)\b)",  # a size or a duration, not a count
            _I,
        ),
        ("up to", "at most", "maximum of", "no more than"),
    ),
    (
        re.compile(r"\byou can (?:only )?(?:specify|enter|add|set|query|pass|select|remove|delete|disassociate|detach|attach|release|manage|include|provide)\s+only\s+(?P<n>one)\b(?! of\b)", _I),
        ("you can",),
    ),
    # (not `only one of the following parameters`: which parameter, not how many values)
    (re.compile(r"\byou can (?:specify|enter|add|set|query|pass|select) (?P<n>only one|one)\b(?! or more| of\b)", _I), ("you can",)),
)
_ITEMS_VERB = re.compile(
    r"\b(?:you can (?:\w+ ){0,2}?(?:specify|enter|add|set|query|pass|select|remove|delete|disassociate|detach|attach|release|manage|include|provide)"
    r"|can be (?:specified|added|entered|set|queried|passed)|consists? of|contains? up to)\b",
    _I,
)
_ITEMS_VERB_LOW = lower_pattern(_ITEMS_VERB)  # for lowered ASCII text


def max_items(body: str, found: Found) -> None:
    low = lowered(body)
    if low is not None and "you can" not in low and "can be" not in low and "consist" not in low and "contain" not in low:
        return
    if not (_ITEMS_VERB_LOW.search(low) if low is not None else _ITEMS_VERB.search(body)):
        return
    for rx, words in _MAX_ITEMS:
        if low is not None and not holds_word(low, words):
            continue
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
    low = lowered(body)
    m = _SEP.search(body) if low is None or "separate" in low else None
    if not m:
        return
    value = m.group("c")
    if value is None:
        value = _CHAR_NAMES.get(_singular(m.group("name")))
    if value is not None:
        found.add("separator", value=value.strip() or " ")


_REGEX = re.compile(r"(?:regular expression|regex|pattern)\b[^`^]*?[`\"]?(?P<re>\^[^\s`\"]+\$?|[^\s`\"]+\$)[`\"]?", _I)


def pattern(body: str, found: Found) -> None:
    low = lowered(body)
    m = _REGEX.search(body) if low is None or "regex" in low or "regular expression" in low or "pattern" in low else None
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

_LEFTOVERS = (  # (pattern, words its matches hold in lower case, note)
    (re.compile(r"\bcannot contain\b(?! only)", _I), "cannot contain", "no vocabulary item for forbidden substrings"),
    (re.compile(r"\bend with\b", _I), "end with", "no vocabulary item for suffixes"),
    (re.compile(r"\bconsecutive\b", _I), "consecutive", "no vocabulary item for repeated characters"),
    (re.compile(r"\bat least \w+ of the following\b", _I), "of the following", "no vocabulary item for character-type mixes"),
    (re.compile(r"\b(?:must be|is) unique\b", _I), "unique", "uniqueness cannot be checked from one value"),
    (re.compile(r"\bcontain only\b", _I), "contain only", "no vocabulary item for excluded whole values"),
    (re.compile(r"\bdecimal places?\b", _I), "decimal place", "no vocabulary item for precision"),
)
_CANNOT_CONTAIN_ONLY = re.compile(r"cannot[^.]*contain only", _I)


def leftovers(body: str, found: Found) -> None:
    low = lowered(body)
    for rx, words, note in _LEFTOVERS:
        if low is not None and words not in low:
            continue
        if rx.search(body) and note not in found.notes:
            if note.endswith("excluded whole values") and not _CANNOT_CONTAIN_ONLY.search(body):
                continue
            found.notes.append(note)


# --- which rules can apply ---------------------------------------------------------------------

# One of these words (in lower case) is in every sentence of ASCII text the rule reads anything from.
LENGTH_WORDS = ("character", "length", "empty", "byte")
START_WORDS = ("start", "begin")
CHARSET_WORDS = tuple(w for _, words in _CHARSET_RULES for w in words)
UNIT_WORDS = tuple(word for _, word in _UNIT)
ITEMS_WORDS = ("you can", "can be", "consist", "contain")
SEPARATOR_WORDS = ("separate",)
PATTERN_WORDS = ("regular expression", "regex", "pattern")
LEFTOVER_WORDS = tuple(words for _, words, _ in _LEFTOVERS)

Rule = Callable[[str, Found], None]
SHAPE_RULES: tuple[tuple[Rule, tuple[str, ...]], ...] = (
    (length, LENGTH_WORDS), (starts, START_WORDS), (charset, CHARSET_WORDS),
)
OTHER_RULES: tuple[tuple[Rule, tuple[str, ...]], ...] = (
    (units, UNIT_WORDS), (max_items, ITEMS_WORDS), (separator, SEPARATOR_WORDS), (pattern, PATTERN_WORDS),
    (leftovers, LEFTOVER_WORDS),
)


def apply_rules(rules: tuple[tuple[Rule, tuple[str, ...]], ...], body: str, low: str | None, found: Found) -> None:
    """Run each rule in order, skipping those whose words `low` (the lowered body, None when not
    ASCII) lacks; the same result as running them all, without the calls that read nothing."""
    for rule, words in rules:
        if low is not None and not holds_word(low, words):
            continue
        rule(body, found)
