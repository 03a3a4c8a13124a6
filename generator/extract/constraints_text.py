"""Sentences and literal values for the constraint parser (no rules here, only text handling).

A description cell arrives as paragraphs; pipe copies join a whole cell into one paragraph, so
every rule works on sentences and never relies on paragraph breaks alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Words that open a new sentence: used where a copy lost the period or the space between two
# sentences, or lost the end of a clause ("cannot start with If you do not ...").
STARTERS = (
    "It", "The", "This", "These", "You", "Each", "If", "When", "Note", "For", "By", "Default", "Valid",
    "Unit", "Only", "Separate", "Set", "Specify", "In", "After", "Otherwise", "We",
)
_STARTER = "|".join(STARTERS)
_ABBREV = re.compile(r"(?:\be\.g|\bi\.e|\betc|\bvs|\bNo|\bapprox)\.\**$", re.IGNORECASE)
# A period (optionally followed by a markdown `****` remnant) and white space end a sentence. The
# match starts at the period (a leading character class lets the search skip ahead quickly). A
# Chinese full stop or semicolon ends a sentence without white space.
_END = re.compile(r"[.!?。]\**\s+|[。；]\**")
# "seconds.You can", "(.).Each segment": a lost space between two sentences. The match is the
# period (a literal first lets the search skip ahead quickly); "\x00" goes after it.
_GLUED = re.compile(rf"\.(?<=[a-z)]\.)(?=(?:{_STARTER}) )")
# A clause cut off by a lossy copy, followed directly by the next sentence.
_CUT = re.compile(  # the space first, so the search only stops at spaces
    rf" (?:(?<=\bwith )|(?<=\bcontain )|(?<=\binclude )|(?<=\bcontains )|(?<=\bincludes ))(?=(?:{_STARTER})\b)"
)
# A label that starts a new statement although no period precedes it ("60 120 Default value: 300").
_LABEL = re.compile(  # white space after a character other than `.:;,` (matched from the white space)
    r"\s(?<=[^\s.:;,]\s)\s*(?=(?:Default value|Valid values?|Value range|Note)\s*:|Set the value to\b"
    r"|(?:It|This parameter) (?:can|cannot|must|is)\b)"
)
_LABEL_WORDS = ("It ", "Note", "Default value", "Valid value", "Value range", "Set the value to", "This parameter ")
_LABEL_WORD = re.compile("|".join(map(re.escape, _LABEL_WORDS)))
# "Valid values: web: images ..." or "the following parameters: ServerId: ...": a list head and its
# first keyed entry in one sentence (a copy that joined the paragraphs of a cell).
_HEAD_ENTRY = re.compile(r"\s(?<=[a-z]:\s)\s*(?=[^\s:()]+(?:\s*\((?:default|default value)\))?:\s)", re.IGNORECASE)
_NOTE = re.compile(r"^(?:Note|Notes|Important|Warning)\s*:\s*", re.IGNORECASE)
# Every first letter `_NOTE` can match, case-insensitive matching included (`İ`, `ı` fold to `i`).
_NOTE_FIRST = frozenset("NnIiWw\u0130\u0131")


@dataclass(unsafe_hash=True)
class Sentence:
    """One sentence of a description: its text, order, and place in its paragraph.

    Treated as immutable (hashed by value) but not `frozen`: a frozen dataclass is three times
    slower to build, and the parser builds one or more per sentence it reads.
    """

    text: str
    index: int
    para: int
    first: bool  # the first sentence of its paragraph
    whole: bool  # the only sentence of its paragraph
    # The text without a leading `Note:` label and final punctuation space (nearly every sentence
    # built is read through it, so it is set at once).
    body: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        text = self.text
        self.body = (_NOTE.sub("", text) if text[:1] in _NOTE_FIRST else text).strip()


# A list item copied from a rendered page keeps its bullet glyph (`• BandwidthByDay: ...`).
_BULLET_CHARS = "•●◦▪‣·"
_BULLET = re.compile(rf"^[{_BULLET_CHARS}]\s*")


# A list flattened into one line by an export: `Valid values: * HTTP   * HTTPS   * PING`.
_INLINE_LIST_START = re.compile(r"[:：]\s+\*\s+[^\s*]")
_INLINE_ITEM = re.compile(r"\s+\*\s+(?=[^\s*])")


def _unflatten_lists(paragraphs: tuple[str, ...]) -> list[str]:
    """Split `intro: * a * b` into the intro and one paragraph per item (two items at least)."""
    out: list[str] = []
    for para in paragraphs:
        text = para or ""
        if " * " in text and _INLINE_LIST_START.search(text) and len(_INLINE_ITEM.findall(text)) >= 2:
            out.extend(_INLINE_ITEM.split(text))
        else:
            out.append(text)
    return out


def split_sentences(paragraphs: tuple[str, ...]) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, para in enumerate(_unflatten_lists(paragraphs)):
        text = " ".join((para or "").split())  # white space folded, as `document.fold`
        if text[:1] in _BULLET_CHARS:
            text = _BULLET.sub("", text)
        if not text:
            continue
        pieces = _split(text)  # stripped, none empty
        whole = len(pieces) == 1
        for k, piece in enumerate(pieces):
            out.append(Sentence(piece, len(out), p_index, k == 0, whole))
    return out


_ABBREVIATIONS = ("e.g", "i.e", "etc", "vs", "no", "approx")


def _may_abbreviate(chunk: str) -> bool:
    """Can `_ABBREV` match this chunk (which ends with a period)? The abbreviation just precedes it;
    ASCII letters there match it only in one of two cases, other letters may fold to them."""
    tail = chunk[-7:-1]
    return not tail.isascii() or tail.lower().endswith(_ABBREVIATIONS)


def _split(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _END.finditer(text):
        end = m.start() + 1
        chunk = text[start:end]
        # the chunk ends with its punctuation: only its last few characters can be an abbreviation
        if text[end - 1] == "." and _may_abbreviate(chunk) and _ABBREV.search(chunk, max(0, len(chunk) - 10)):
            continue
        parts.append(chunk)
        start = m.end()
    parts.append(text[start:])
    out: list[str] = []
    for part in parts:
        if part.find(".", 0, -1) >= 0:  # a glued sentence needs a period followed by more text
            part = _GLUED.sub(".\x00", part)
        if "with " in part or "contain" in part or "include" in part:
            part = _CUT.sub("\x00", part)
        if _LABEL_WORD.search(part, 2):  # a label follows a character and white space
            part = _LABEL.sub("\x00", part)
        if part.count(":") >= 2:
            part = _HEAD_ENTRY.sub("\x00", part)
        if "\x00" in part:
            out.extend(s.strip() for s in part.split("\x00") if s.strip())
        else:
            part = part.strip()
            if part:
                out.append(part)
    return out


_LAST = ("", "")  # the last text `lowered`: rules test one sentence many times in a row


def lowered(text: str) -> str | None:
    """`text` in lower case when it is ASCII, else None.

    On ASCII text a case-insensitive pattern matches just where the same pattern written in lower
    case (and compiled without IGNORECASE) matches the lowered text, which is faster to search.
    """
    global _LAST
    seen, low = _LAST
    if seen is text:  # only ASCII text is kept
        return low
    if not text.isascii():
        return None
    low = text.lower()
    _LAST = (text, low)
    return low


def lower_pattern(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` (case-insensitive) written in lower case and compiled without IGNORECASE, for the
    lowered text `lowered` gives: it matches there at the same places, only faster."""
    out: list[str] = []
    text = rx.pattern
    i = 0
    while i < len(text):
        if text[i] == "\\":  # an escape (`\S`, `\D`) keeps its case
            out.append(text[i : i + 2])
            i += 2
        elif text.startswith("(?P<", i):  # so does a group name
            end = text.index(">", i) + 1
            out.append(text[i:end])
            i = end
        else:
            out.append(text[i].lower())
            i += 1
    low = re.compile("".join(out), rx.flags & ~re.IGNORECASE)
    if low.groupindex != rx.groupindex or low.groups != rx.groups:
        raise ValueError(f"cannot lower {rx.pattern!r}")
    return low


# --- literal values ---------------------------------------------------------------------------

INT_TYPES = frozenset({"integer", "int", "long", "short", "int32", "int64", "byte"})
FLOAT_TYPES = frozenset({"float", "double", "number", "decimal"})
NUMBER = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?"
_NUMBER = re.compile(rf"^{NUMBER}$")
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50, "hundred": 100,
}


def kind_of(ptype: str) -> str:
    """`int`, `float` or `str`: how enum and range values of a parameter of this type are written."""
    t = (ptype or "").strip().lower()
    if t in INT_TYPES:
        return "int"
    if t in FLOAT_TYPES:
        return "float"
    return "str"


def is_number(token: str) -> bool:
    return bool(_NUMBER.match(token))


_COUNT_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def count(token: str) -> int | None:
    """A count written as digits ("1,000") or as a small English number word ("five")."""
    t = token.strip().lower()
    if _COUNT_DIGITS.fullmatch(t):
        return int(t.replace(",", ""))
    return _WORDS.get(t)


def coerce(token: str, ptype: str) -> int | float | str:
    """A literal as the parameter's type holds it: ints for Integer/Long, floats for Float/Double."""
    kind = kind_of(ptype)
    t = token.strip()
    if kind != "str" and _NUMBER.match(t):
        plain = t.replace(",", "")
        if kind == "int":
            try:
                return int(plain)
            except ValueError:
                value = float(plain)
                return int(value) if value.is_integer() and abs(value) < 2**63 else value
        return float(plain)
    return t


_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
_SPACE = re.compile(r"\s")
_VALUE_CHAR = re.compile(r"[\w<>=!]")


def literal(text: str) -> str | None:
    """A single literal value: one token, quotes and a trailing explanation in parentheses removed."""
    t = text.strip().rstrip(".").strip()
    if ")" in t:
        t = _TRAILING_NOTE.sub("", t).strip()
    t = t.strip("`'\"“”‘’")
    if not t or _SPACE.search(t) or not _VALUE_CHAR.search(t):
        return None
    return t
