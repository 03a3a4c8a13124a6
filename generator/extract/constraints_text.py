"""Sentences and literal values for the constraint parser (no rules here, only text handling).

A description cell arrives as paragraphs; pipe copies join a whole cell into one paragraph, so
every rule works on sentences and never relies on paragraph breaks alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Words that open a new sentence: used where a copy lost the period or the space between two
# sentences, or lost the end of a clause ("cannot start with If you do not ...").
STARTERS = (
    "It", "The", "This", "These", "You", "Each", "If", "When", "Note", "For", "By", "Default", "Valid",
    "Unit", "Only", "Separate", "Set", "Specify", "In", "After", "Otherwise", "We",
)
_STARTER = "|".join(STARTERS)
_ABBREV = re.compile(r"(?:\be\.g|\bi\.e|\betc|\bvs|\bNo|\bapprox)\.\**$", re.IGNORECASE)
# A period (optionally followed by a markdown `****` remnant) and white space end a sentence.
_END = re.compile(r"(?<=[.!?。])\**\s+")
# "seconds.You can", "(.).Each segment": a lost space between two sentences.
_GLUED = re.compile(rf"(?<=[a-z)]\.)(?=(?:{_STARTER}) )")
# A clause cut off by a lossy copy, followed directly by the next sentence.
_CUT = re.compile(
    rf"(?:(?<=\bwith)|(?<=\bcontain)|(?<=\binclude)|(?<=\bcontains)|(?<=\bincludes)) (?=(?:{_STARTER})\b)"
)
# A label that starts a new statement although no period precedes it ("60 120 Default value: 300").
_LABEL = re.compile(
    r"(?<=[^\s.:;,])\s+(?=(?:Default value|Valid values?|Value range|Note)\s*:|Set the value to\b"
    r"|(?:It|This parameter) (?:can|cannot|must|is)\b)"
)
_LABEL_WORDS = ("Default value", "Valid value", "Value range", "Note", "Set the value to", "It ", "This parameter ")
# "Valid values: web: images ..." or "the following parameters: ServerId: ...": a list head and its
# first keyed entry in one sentence (a copy that joined the paragraphs of a cell).
_HEAD_ENTRY = re.compile(r"(?<=[a-z]:)\s+(?=[^\s:()]+(?:\s*\((?:default|default value)\))?:\s)", re.IGNORECASE)
_WS = re.compile(r"\s+")
_NOTE = re.compile(r"^(?:Note|Notes|Important|Warning)\s*:\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a description: its text, order, and place in its paragraph."""

    text: str
    index: int
    para: int
    first: bool  # the first sentence of its paragraph
    whole: bool  # the only sentence of its paragraph

    @functools.cached_property
    def body(self) -> str:
        """The text without a leading `Note:` label and final punctuation space."""
        return _NOTE.sub("", self.text).strip()


# A list item copied from a rendered page keeps its bullet glyph (`• BandwidthByDay: ...`).
_BULLET = re.compile(r"^[•●◦▪‣·]\s*")


def split_sentences(paragraphs: tuple[str, ...]) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, para in enumerate(paragraphs):
        text = _BULLET.sub("", _WS.sub(" ", para or "").strip())
        if not text:
            continue
        pieces = [s for s in _split(text) if s]
        for k, piece in enumerate(pieces):
            out.append(Sentence(piece, len(out), p_index, k == 0, len(pieces) == 1))
    return out


def _split(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _END.finditer(text):
        chunk = text[start : m.start()]
        # the chunk ends with its punctuation: only its last few characters can be an abbreviation
        if chunk.endswith(".") and _ABBREV.search(chunk, max(0, len(chunk) - 10)):
            continue
        parts.append(chunk)
        start = m.end()
    parts.append(text[start:])
    out: list[str] = []
    for part in parts:
        if "." in part:
            part = _GLUED.sub("\x00", part)
        if "with " in part or "contain" in part or "include" in part:
            part = _CUT.sub("\x00", part)
        if any(w in part for w in _LABEL_WORDS):
            part = _LABEL.sub("\x00", part)
        if part.count(":") >= 2:
            part = _HEAD_ENTRY.sub("\x00", part)
        out.extend(s.strip() for s in part.split("\x00") if s.strip())
    return out


_LAST = ("", "")  # the last text `mentions` lowered: rules test one sentence many times in a row


def mentions(text: str, words: tuple[str, ...]) -> bool:
    """A cheap pre-test before a costly pattern: does `text` hold one of `words` (lower case)?

    Text outside ASCII always passes, since case-insensitive patterns fold letters (`K`, `ſ`)
    that `str.lower` leaves alone.
    """
    global _LAST
    if not text.isascii():
        return True
    seen, low = _LAST
    if seen is not text:
        low = text.lower()
        _LAST = (text, low)
    return any(w in low for w in words)


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


def count(token: str) -> int | None:
    """A count written as digits ("1,000") or as a small English number word ("five")."""
    t = token.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
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


def literal(text: str) -> str | None:
    """A single literal value: one token, quotes and a trailing explanation in parentheses removed."""
    t = text.strip().rstrip(".").strip()
    t = re.sub(r"\s*\([^()]*\)\s*$", "", t).strip()
    t = t.strip("`'\"“”‘’")
    if not t or re.search(r"\s", t) or not re.search(r"[\w<>=!]", t):
        return None
    return t
