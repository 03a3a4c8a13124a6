"""Split text whose table cells were glued together (`DiskIdstringYes`, `400CodeMessage.Description`).

A tag-stripped copy of a page puts nothing between the cells of a row. This module finds the
borders again with generic signals, never with knowledge of a particular page:

- header rows (`glued_header`) are column names glued: they split where a lower-case letter
  (or `?`) meets an upper-case one, known names of several humps (`HttpCode`) put back together;
- a row line is split by enumerating the ways its cells can follow each other (a name is an
  identifier, a type a type word, `Yes`/`No` the required flag, a status three digits, an error
  code dotted CamelCase...) and scoring every border: case changes, sentence ends, words a
  message starts with, words known from the rest of the document, names of the sample responses;
- the best split wins; when the runner-up is close, the cells around the borders that differ
  get a confidence below 1.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .glued_words import (
    CJK_CHAR,
    MAX_CELL,
    REQUIRED_WORDS,
    STARTERS,
    TYPE_SET,
    TYPE_WORDS,
    Lexicon,
    wordset,
)

_LONGEST_TYPE = max(len(t) for t in TYPE_WORDS)
_TYPE_OF = re.compile(r"(array|list)\s+of\s+", re.IGNORECASE)
_TYPE_ANGLE = re.compile(r"(array|list|map|set)[<(]", re.IGNORECASE)  # (`List<Tag>`, `List(SubscriptionDo)`)
_IDENT_RUN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CUSTOM_ARRAY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\[\]")
_PUNCT_END = ".!?。"
_DESC_PHRASES = ("The error message returned", "The error message that is returned", "The error code returned")
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_WORD = re.compile(r"[^\s]+")
_CAPS_HEAD = re.compile(r"[A-Z][A-Z0-9_]+(?=[A-Z][a-z])")
_CAPS_ID = re.compile(r"[A-Z0-9]+_[A-Z0-9_]+")
_TREE = re.compile(r"[└├│─\s]*")
_NAME_RUN = re.compile(r"[A-Za-z_$@][\w.\-\[\]$@]*")
_STATUS = re.compile(r"\d{3}(?!\d)")
_SPACED_CODE = re.compile(r"\. ([A-Z][A-Za-z0-9_.]*)")
_ODD_WORD = re.compile(r"[.\"“”]")
_GLUED_SENTENCE = re.compile(r"[.!?][A-Z]")
_GLUED_SENTENCE_LOW = re.compile(r"[a-z][.!?][A-Z]")
_LOWER_RUN = re.compile(r"[a-z]+")
@functools.lru_cache(maxsize=4096)
def _camel_words(token: str) -> tuple[str, ...]:
    return tuple(_CAMEL.findall(token[:MAX_CELL]))


# --- row splitting ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Split:
    """The best split of one line: the cell texts, a confidence per cell, the score."""

    cells: tuple[str, ...]
    confidence: tuple[float, ...]
    score: float


Candidates = list[tuple[int, float]]
Generator = Callable[[str, int, bool, "Lexicon"], Candidates]


def _boundary(s: str, j: int) -> float:
    """How much position j looks like the border of two glued identifiers/words."""
    if j <= 0 or j >= len(s):
        return 0.0
    a, b = s[j - 1], s[j]
    if a.isspace() or b.isspace():
        return -3.0
    if (a.islower() or a.isdigit()) and b.isupper():
        return 1.0
    if a.isupper() and b.isupper():
        return 0.5 if j + 1 < len(s) and s[j + 1].islower() else 0.0
    if a.isupper() and b.islower():
        return -2.0
    if a.isalpha() and b.isdigit() or a.isdigit() and b.isalpha():
        return 0.5
    if a.islower() and b.islower():
        return -0.3
    return 0.0


def _word_at(s: str, j: int) -> str:
    """The word starting at j: up to a space, or to where the next glued cell seems to start."""
    m = _WORD.match(s, j, j + MAX_CELL)
    if not m:
        return ""
    word = m.group(0)
    caps = _CAPS_HEAD.match(word)  # `INVALID_PAY_METHOD` + `The`
    if caps and word[caps.end() :].lower() in STARTERS:
        return caps.group(0)
    return word


def _strip_word(w: str) -> str:
    # (a curly apostrophe is the plain one: `It’s`)
    return w.strip("\"'“”‘’()[]{}.,;:!?").replace("’", "'")


def _sentence_start(s: str, j: int, lex: Lexicon) -> float:
    """Score for a free-text cell (message, description) starting at j, glued to what precedes."""
    scores = lex.sentence.get(s)
    if scores is None:
        scores = lex.sentence[s] = {}
    found = scores.get(j)
    if found is None:
        found = scores[j] = _sentence_start_score(s, j, lex)
    return found


def _sentence_start_score(s: str, j: int, lex: Lexicon) -> float:
    if j >= len(s):
        return 0.0
    if j == 0:
        return 0.0
    a, b = s[j - 1], s[j]
    if a.isspace() or b.isspace():
        return -4.0
    if "\u4e00" <= b <= "\u9fff" and not "\u4e00" <= a <= "\u9fff" and a not in "，。：；、（）":
        return 3.0 if a in _PUNCT_END else 2.0  # Chinese text glued to what is not: a cell starts
    w = _strip_word(_word_at(s, j))
    first = _camel_words(w)[0] if _camel_words(w) else w
    score = 0.0
    starter = w.lower() in STARTERS or first.lower() in STARTERS and first == w
    if a in _PUNCT_END:
        score += 2.5 if (b.isupper() or b in "\"“'%-") else 0.5
    elif b == "-" and s[j:].strip() == "-":
        score += 2.0
    elif b.isupper():
        if a.islower() or a.isdigit() or a in ")\"”'":
            score += 1.5 if starter else -0.3
        elif a.isupper():
            if j + 1 < len(s) and s[j + 1].islower():
                score += 1.0 if starter else 0.0
            elif not _CAPS_ID.fullmatch(w):  # `..._METHOD` + `INVALID_PAY_METHOD`
                score -= 1.5
        else:
            score += 0.5
    elif b.isdigit() and not a.isdigit():
        score += 0.3
    elif b.islower() and lex.known(w):
        score -= 0.5  # `vpc incorrect status.`
    elif b in "%{" and a.isalnum() and s[j + 1 : j + 2].isalpha() and not _placeholder_in_code(s, j):
        score += 0.5  # a message that is a placeholder (`%s`, `{reason}`)
    else:
        score -= 2.0
    if starter:
        score += 1.0
    if s.startswith(_DESC_PHRASES, j):
        score += 4.0
    return score


def _glue_points(s: str, i: int, lex: Lexicon) -> list[int]:
    """Places after i where a glued free-text cell can end."""
    points = _all_glue_points(s, lex)
    return points[bisect.bisect_right(points, i) :]


_GLUE = re.compile(
    r"[.!?。](?=[A-Za-z0-9\"“'%-])"  # a sentence end glued to the next cell
    r"|[a-z0-9)\"”'](?=[A-Z])"  # a lower-case letter or digit glued to a capital
    r"|[A-Z](?=[A-Z][a-z])"  # an acronym glued to a word (`IDThe`)
    r"|[A-Za-z](?=[0-9])|[0-9](?=[A-Za-z])"  # letters and digits (`valid.400`)
)
# on a line holding Chinese, also: an English message glued to a Chinese description
_GLUE_CJK = re.compile(_GLUE.pattern + r"|[^\s\u4e00-\u9fff，。：；、（）](?=[\u4e00-\u9fff])")


def _all_glue_points(s: str, lex: Lexicon) -> list[int]:
    """Places where a glued free-text cell can end (each match ends on one)."""
    found = lex.positions.get(("glue", s))
    if found is None:
        n = len(s)
        found = [m.end() for m in (_GLUE if s.isascii() else _GLUE_CJK).finditer(s)]
        if found and found[-1] >= n:
            found.pop()
        dash = s.rfind("-", max(0, n - 2))
        if dash > 0 and s[dash + 1 :] in ("", "\n") and not s[dash - 1].isspace() and dash not in found:
            found.append(dash)  # before a lone `-` at the end
            found.sort()
        lex.positions[("glue", s)] = found
    return found


# Generators: each returns (end, score) candidates for a cell starting at i.


def _gen_name(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    return _name_candidates(s, i, last, lex, _next_cell_starts)


def _gen_name_before_position(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    """A name followed by where the parameter goes (`RegionIdQueryStringYes`)."""
    return _name_candidates(s, i, last, lex, _position_starts)


def _name_candidates(
    s: str, i: int, last: bool, lex: Lexicon, next_starts: Callable[[str, int, int], list[int]]
) -> Candidates:
    m = _TREE.match(s, i)
    start = m.end() if m else i
    run = _NAME_RUN.match(s, start)
    out: Candidates = []
    if last:
        if run and run.end() == len(s):
            out.append((len(s), 1.0 + (3.0 if s[start:] in lex.names else 0.0)))
        return out
    out.append((i, -4.0))  # a row without a name (the root `object` of a response)
    if not run:
        return out
    end = run.end()
    if end - start > MAX_CELL:
        return out  # no name is that long: not a row
    # a name is followed by its type (or the required flag, or nothing)
    ends = {p for p in next_starts(s, start, end) if start < p}
    if end == len(s):
        ends.add(end)
    for j in sorted(ends):
        name = s[start:j]
        if name.endswith((".", "-", "[")) or name.endswith("[]") and s[j : j + 1].isupper():
            continue  # (`ProxyTypes[]` + `String`: the list is the type's, `[]String`)
        score = _boundary(s, j)
        if name in lex.names:
            score += 2.0
        out.append((j, score))
    return out[:1] + sorted(out[1:], key=lambda c: -c[1])[: 2 * _BEAM]


_CELL_WORDS = TYPE_WORDS + tuple(w.lower() for w in REQUIRED_WORDS)
# the first characters are tested alone first, which rejects most places fast
_CELL_AHEAD = re.compile(
    "(?=[{}])(?={})".format(
        re.escape("".join(sorted({w[0] for w in _CELL_WORDS}))),
        "|".join(re.escape(w) for w in _CELL_WORDS),
    ),
    re.IGNORECASE,
)
_CELL_AHEAD_LOWER = re.compile(_CELL_AHEAD.pattern)
_LONGEST_CELL_WORD = max(len(w) for w in _CELL_WORDS)


def _next_cell_starts(s: str, start: int, end: int) -> list[int]:
    """Positions in [start, end] where a type word or a required flag could begin."""
    # on ASCII text, matching the lower-cased line is the same and much faster than ignoring case
    # (the end of the search lets a word of several words starting at `end` be seen whole)
    stop = end + _LONGEST_CELL_WORD
    found = _CELL_AHEAD_LOWER.finditer(s.lower(), start, stop) if s.isascii() else _CELL_AHEAD.finditer(s, start, stop)
    out = [m.start() for m in found if m.start() <= end]
    if "[]" in s:  # a type of the page's own, `UsageData[]`: it starts at a capital
        for m in _CUSTOM_ARRAY_AHEAD.finditer(s, start + 1):
            if m.start() >= end:
                break
            out.append(m.start())
        # or a list written the other way round, `[]Domain`
        out.extend(m.start() for m in _PREFIXED_ARRAY.finditer(s, start + 1, end + 1))
    return out


_CUSTOM_ARRAY_AHEAD = re.compile(r"(?=[A-Z][A-Za-z0-9_]*\[\])")
_PREFIXED_ARRAY = re.compile(r"\[\][A-Z][A-Za-z0-9_]*")


_TYPES_LONGEST_FIRST = sorted(TYPE_WORDS, key=len, reverse=True)
_TYPE_LONGEST = re.compile("|".join(re.escape(t) for t in _TYPES_LONGEST_FIRST), re.IGNORECASE)
# the type words that begin another one (`date` in `datetime`) and those that end one
# (`list` in `repeatlist`)
_TYPE_PREFIXES = {t: [w for w in TYPE_WORDS if w != t and t.startswith(w)] for t in TYPE_WORDS}
_TYPE_SUFFIX_OF = {t: [w for w in TYPE_WORDS if w != t and w.endswith(t)] for t in TYPE_WORDS}


def _match_type(s: str, i: int) -> list[int]:
    """End positions of a type word starting at i."""
    ends: list[int] = []
    m = _TYPE_LONGEST.match(s, i)
    if m:
        word = m.group(0).lower()
        for t in [word] + _TYPE_PREFIXES[word]:
            ends.append(i + len(t))
            if s.startswith("[]", i + len(t)):
                ends.append(i + len(t) + 2)
        m = _TYPE_OF.match(s, i)
        if m:
            inner = _TYPE_LONGEST.match(s, m.end())
            if inner:
                ends.append(inner.end())  # `Array of String` + an example `www...`
            run = _IDENT_RUN.match(s, m.end())
            if run:
                for k in range(m.end() + 1, run.end() + 1):
                    if k == run.end() or s[k].isupper() and s[k - 1].islower():
                        ends.append(k)
        m = _TYPE_ANGLE.match(s, i)
        if m:
            depth = 0
            opening = s[m.end() - 1]
            closing = ">" if opening == "<" else ")"
            for k in range(m.end() - 1, len(s)):
                if s[k] == opening:
                    depth += 1
                elif s[k] == closing:
                    depth -= 1
                    if depth == 0:
                        ends.append(k + 1)
                        break
    m = _CUSTOM_ARRAY.match(s, i)
    if m:
        ends.append(m.end())
    if s.startswith("[]", i):
        m = _PREFIXED_ARRAY.match(s, i)
        if m:
            ends.append(m.end())
            inner = _TYPE_LONGEST.match(s, i + 2)  # `[]String` + an example `80`
            if inner:
                ends.append(inner.end())
    return sorted(set(ends))


def _gen_type(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    out: Candidates = []
    n = len(s)
    for j in _match_type(s, i):
        if last and j != n:
            continue
        t = s[i:j]
        if t[0].islower() and not t.islower():
            continue  # `GreaterTh` + `anY`: a type word is written in lower case, capitalised or in capitals
        score = 2.5
        low = t.lower()
        of = _TYPE_OF.match(t)
        if of:
            element = t[of.end() :]
            run = _IDENT_RUN.match(s, j - len(element))
            # `Array of CertInfo` rather than `Array of Cert` + an example `Info` (and `Array of Resource`
            # + `N/A` rather than `ResourceN` + `/A`)
            if run is not None:
                end = run.end() - 1 if s.startswith("N/A", run.end() - 1) else run.end()
                if end == j:
                    score += 1.0
            if element in lex.names or element in lex.lone:
                score += 0.5
            if element.lower() in TYPE_SET:
                score += 1.5  # `Array of String` + `www...`: the element is a type itself
        elif t.endswith("[]") and low[:-2] not in _TYPE_PREFIXES:
            # a type of the page's own (`UsageData[]`): its table is titled by its name
            score += 2.0 if t[:-2] in lex.lone else -0.5
            if j < n and s[j].isupper():
                score -= 2.0  # `Severs[]` + `Layer7...`: the brackets open the next type, `[]Layer7RealServer`
            if t[:-2] in s[:i]:
                score += 1.0  # `MediaList` + `Media[]`: a list is named after its element
        elif low in _TYPE_PREFIXES:
            m = _TYPE_LONGEST.match(s, i)
            if m and len(m.group(0)) > len(t):
                score -= 1.0  # `Bool` when `Boolean` is written
            if j < n and t[-1].isalpha() and s[j].islower():
                # `Maps` is not the type `Map` followed by `s`; a lower-case type may still be
                # followed by a lower-case example (`stringcn-hangzhou`).
                score -= 2.0 if t[-1].islower() and t[0].isupper() else 0.8
            # `NRepeatList`: the type is RepeatList, not List after a name ending in `Repeat`
            for w in _TYPE_SUFFIX_OF[low]:
                if j - len(w) < i and s[max(0, j - len(w)) : j].lower() == w:
                    score -= 2.0
                    break
        if i > 0 and s[i - 1].isupper() and t[0].isupper():
            score -= 2.5 if t.isupper() and len(t) > 1 else 0.5  # `UPDATE` is no name `UP` + `DATE`
        if j < n and s[j] == "_" and t[-1].isalnum():
            score -= 3.0  # `involvedObject_kind`: the type word is inside an identifier
        if j + len(t) < n and s[j : j + len(t)].lower() == low:
            # `ConnectionStringString...`, `BlackListList[...]`: the same type word twice, glued to
            # more text; the first one ends the name (names end in type words), the second is the type
            score -= 3.0
        out.append((j, score))
    if not last or i == n:
        out.append((i, -3.0))
    return out


# where a parameter goes in a request (the Position column of RESTful operations)
POSITION_WORDS = ("formData", "Query", "Path", "Body", "Header", "Form", "Cookie", "Host")
_POSITION = re.compile("|".join(POSITION_WORDS), re.IGNORECASE)
_POSITION_AHEAD = re.compile("(?=(?:{}))".format("|".join(POSITION_WORDS)), re.IGNORECASE)


def _position_starts(s: str, start: int, end: int) -> list[int]:
    return [m.start() for m in _POSITION_AHEAD.finditer(s, start, end + 1) if m.start() <= end]


def _gen_position(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    out: Candidates = []
    m = _POSITION.match(s, i)
    if m and (not last or m.end() == len(s)):
        out.append((m.end(), 2.5))
    if not last or i == len(s):
        out.append((i, -3.0))
    return out


_REQUIRED_BY_FIRST = {c: tuple(w for w in REQUIRED_WORDS if w[0] == c) for c in {w[0] for w in REQUIRED_WORDS}}


def _gen_required(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    out: Candidates = []
    for w in _REQUIRED_BY_FIRST.get(s[i : i + 1], ()):
        if s.startswith(w, i):
            j = i + len(w)
            if last and j != len(s):
                continue
            out.append((j, 2.5))
    if not last or i == len(s):
        out.append((i, -3.0))
    return out


def _gen_rest(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    """Free text (example, description, message...): the rest if last, else a glue point.

    On a line with very many glue points only the places that read most like a sentence
    start are tried, which keeps a pathological line from costing quadratic time.
    """
    if last:
        return [(len(s), 0.0)]
    points = _glue_points(s, i, lex)
    if len(points) > _MAX_GLUES:
        best = set(_likely_starts(s, lex))
        points = [j for j in points if j in best]
    return [(i, -1.5)] + [(j, 0.0) for j in points]


# an example cell opening with what reads as a name glued to a type (`OfImageToKeepInteger8`): the
# row's name probably runs on into it (`MaxNumberOfImageToKeep` + `Integer` + `8`, not `Max` + `Number`)
# (or a type word alone, or glued to a number: `NextRotation` + `Date` + `String2022...`)
_CAP_TYPES = "|".join(t.capitalize() for t in TYPE_WORDS if t.isalpha())
_NAME_THEN_TYPE = re.compile(rf"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*?(?:{_CAP_TYPES})(?![a-z])|(?:{_CAP_TYPES})$")
# `Long1581912859713`, `String[{"OpenUrl"...`: no value reads so (a type glued to its example)
_TYPE_THEN_DIGITS = re.compile(rf"(?:{_CAP_TYPES})[0-9\[{{\"]")


def _gen_example(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    if last:
        n = len(s)
        # (both shapes open with a capital; a type word alone is short)
        if not s[i : i + 1].isupper():
            return [(n, 0.0)]
        if _TYPE_THEN_DIGITS.match(s, i):
            return [(n, -3.0)]
        odd = _NAME_THEN_TYPE.match(s, i) is not None or (
            n - i <= _LONGEST_TYPE and s[i:].lower() != "n/a" and n in _match_type(s, i)  # (`N/A`: no value given)
        )
        return [(n, -1.0 if odd else 0.0)]
    return _gen_rest(s, i, last, lex)


_MAX_GLUES = 48


def _likely_starts(s: str, lex: Lexicon) -> list[int]:
    key = (s, -4, 0)
    found = lex.starts.get(key)
    if found is None:
        ranked = sorted(_all_glue_points(s, lex), key=lambda j: -_sentence_start(s, j, lex))
        found = lex.starts[key] = ranked[:_MAX_GLUES]
    return found


def _gen_status(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    m = _STATUS.match(s, i)
    out: Candidates = []
    if m and (not last or i + 3 == len(s)):
        out.append((i + 3, 3.0))
    if not last and not (i < len(s) and s[i].isdigit()) or last and i == len(s):
        out.append((i, -2.5))
    return out


_CODE_CHARS = re.compile(r"[A-Za-z0-9_.%\-:{}$/]+")
_CODE_OK = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.%\-:{}$/]*[A-Za-z0-9%}]|[A-Za-z]")
_CODE_FINAL = wordset(
    """
    notfound malformed duplicate notexist notexists found mismatch exceeded conflict denied
    forbidden unsupported notsupported notsupport unauthorized inuse full used failed error
    missing limit invalidstatus incorrectstatus quotaexceeded notallowed toolong tooshort
    notenough expired exist exists configuring violation insufficient unavailable timeout overlap
    occupied locked disabled illegal duplicated exceed notready notempty
    """
)


_BEAM = 4


def _gen_code(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    n = len(s)
    run = _CODE_CHARS.match(s, i)
    if not run:
        return []
    end = min(run.end(), i + MAX_CELL)  # the code ends within its first MAX_CELL characters
    # `InvalidInstanceId. RegionMismatch`: a space after a dot inside a code.
    more = _SPACED_CODE.match(s, end - 1) if s[end - 1 : end] == "." else None
    if more:
        end = more.end()
    if last:
        return [(len(s), 2.0)] if end == len(s) and _CODE_OK.fullmatch(s[i:].replace(". ", ".")) else []
    if not s[i].isalnum():
        return []
    out: Candidates = []
    run_end, run_ok = -1, False  # the lower-case run j is in: where it ends, and whether a space follows
    braces = "{" in s[i:end]
    for j in range(i + 1, end + 1):
        a = s[j - 1]
        if not (a.isalnum() or a in "%}"):
            continue  # a code ends with a letter, a digit or a placeholder
        if braces and s.count("{", i, j) != s.count("}", i, j):
            continue  # never inside a placeholder (`InvalidSchema{reason}`)
        if j < n:
            b = s[j]
            if a.isupper() and b.islower() or b.isspace():
                continue  # `Invali|d`: never inside a capitalised word
            if a.islower() and b.islower():
                if j >= run_end:
                    low = _LOWER_RUN.match(s, j)  # None for a lower-case letter outside a-z
                    run_end = low.end() if low else j + 1
                    run_ok = low is not None and (run_end == n or s[run_end] == " ")
                if not (run_ok and lex.known(s[j:run_end])):
                    continue  # `Status|vpc incorrect`: only before a whole word the page knows
        score = 2.0 + _code_end(s, i, j, lex)
        if j < n and "\u4e00" <= s[j] <= "\u9fff" and s[j - 1] != "}" and s[j - 2 : j - 1] != "%":
            score += 2.0  # Chinese text glued to the code: no code goes on in Chinese (`%s` is the message)
        out.append((j, score))
    # the few best ends are enough: the message and description only refine them
    return sorted(out, key=lambda c: -c[1])[:_BEAM]


_REASON_PHRASE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+(?=\d{3}(?!\d))")


def _gen_code_before_status(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    """A code followed by its HTTP status (`InvalidArgument400The error...`): it ends where three
    digits that are no part of it begin; where none do, as a code before a message."""
    run = _CODE_CHARS.match(s, i)
    if last or not run or not s[i].isalnum():
        return _gen_code(s, i, last, lex)
    phrase = _REASON_PHRASE.match(s, i)
    if phrase:
        return [(phrase.end(), 5.0)]  # `Precondition Failed412`: an HTTP reason phrase as the code
    out: Candidates = [
        (j, 5.0 + _code_words_score(s[i:j], (), lex))
        for j in range(i + 1, min(run.end(), i + MAX_CELL) + 1)
        if not s[j - 1].isdigit() and _STATUS.match(s, j)
    ]
    return out or _gen_code(s, i, last, lex)


def _code_end(s: str, i: int, j: int, lex: Lexicon) -> float:
    """Score of an error code s[i:j] followed by a message glued at j."""
    key = (s, i, j)
    found = lex.memo.get(key)
    if found is None:
        found = lex.memo[key] = _code_end_score(s, i, j, lex)
    return found


# a placeholder inside a code, which goes on after it (`Invalid%s.ValueNotSupported`)
_CODE_PLACEHOLDER = re.compile(r"(?:%[a-z]|\{\w+\})\.[A-Za-z]")
def _placeholder_in_code(s: str, j: int) -> bool:
    """Whether the placeholder at j goes on inside a code (`Invalid%s.ValueNotSupported`), not
    opening a message (`{reason}.` then the description `The error message returned...`)."""
    m = _CODE_PLACEHOLDER.match(s, j)
    return m is not None and not s.startswith(_DESC_PHRASES, m.end() - 1)


_HYPHENATED = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)+")


def _message_head(s: str, j: int, lex: Lexicon) -> tuple[float, str, tuple[str, ...]]:
    """What the first word of a message glued at j tells, whatever the code before it."""
    key = (s, -2, j)
    found = lex.heads.get(key)
    if found is not None:
        return found
    n = len(s)
    raw = _word_at(s, j)
    word = _strip_word(raw)
    if _HYPHENATED.fullmatch(word):
        word = word.split("-", 1)[0]  # `Pay-As-You-Go`, `Real-name`: words joined, not an identifier
    parts = _camel_words(word)
    wlow = word.lower()
    score = 0.0
    if wlow in STARTERS:
        score += 2.0
    if raw.endswith(".") and len(word) <= 3 and j + len(raw) < n:
        score -= 1.5  # `Id. RegionMismatch...`: a message does not open with a one-word sentence
    lex.heads[key] = found = (score, word, parts)
    return found


def _code_end_score(s: str, i: int, j: int, lex: Lexicon) -> float:
    n = len(s)
    if j >= n:
        return 0.0
    a, b = s[j - 1], s[j]
    if b.isspace():
        return -3.0
    code = s[i:j]
    score, word, parts = _message_head(s, j, lex)
    if a.isupper():
        if b.isupper():
            if j + 1 < n and s[j + 1].islower():
                score += 1.0
        elif b.islower():
            score -= 2.5
    elif a.islower() or a.isdigit():
        if b.isupper():
            score += 1.5
        elif b.islower():
            score -= 0.5
    elif b in "\"“'%(-":
        score += 1.0
    if b in "{%" and a.isalnum() and not _placeholder_in_code(s, j):
        # `InvalidSchema{reason}.`, `InvalidParameter%s`: a message opening with a placeholder
        return score + 2.0 + _code_words_score(s[i:j], (), lex)
    # The message's first word: an English word, or an identifier the page uses elsewhere
    # (`StartTime and EndTime ...`); a long glued run (`ParameterStartTime`) is half a code.
    low = code.lower()
    wlow = word.lower()
    inside = len(word) >= 3 and wlow in low
    if _CAPS_ID.fullmatch(word):
        # a constant (`MISSING_USERPROFILE`): one word, often repeating parts of the code
        pieces = [p for p in word.split("_") if p]
        if any(len(p) >= 4 and p.lower() in low for p in pieces):
            score += 1.0
        if any(len(p) >= 4 and not lex.known(p) and p.lower() not in low for p in pieces):
            score -= 1.0  # `COMPLETEMISSING`: a piece that is no word is half of another
    elif len(parts) >= 2 or _ODD_WORD.search(word):
        if word in lex.names or lex.standalone(word):
            score += 1.0
        elif not inside:
            score -= 2.0
    elif word:
        score += 1.0 if lex.known(word) else -1.0
    if inside:
        score += 2.0 if len(word) >= 8 else 1.0  # a message repeats words of its code
    return score + _code_words_score(code, parts, lex)


def _code_words_score(code: str, parts: tuple[str, ...], lex: Lexicon) -> float:
    """What the words of a code ending where a message starts tell (`parts`: the message's first word)."""
    score = 0.0
    segment = code.rsplit(".", 1)[-1].lstrip()
    code_words = _camel_words(segment)
    if code_words:
        last_word = code_words[-1]
        if (
            last_word.lower() in _CODE_FINAL
            or "".join(code_words[-2:]).lower() in _CODE_FINAL  # `IpAddress` + `InUse`
            or segment.lower().replace("_", "") in _CODE_FINAL
        ):
            score += 1.0
        elif len(last_word) > 1 and lex.known(last_word):
            score += 0.5
        elif not (last_word.isupper() and len(last_word) > 1):
            score -= 0.5
        # a split inside an identifier the code or the page uses whole (`...Nat|Gateway`)
        if parts:
            head = code[: len(code) - len(last_word)]
            joined = parts[0]
            for k in range(1, min(3, len(code_words)) + 1):
                joined = code_words[-k] + joined
                if joined in head or joined in lex.names or joined in lex.lone:
                    score -= 2.5
                    break
        if len(code_words) == 1 and segment == code and "_" not in code:
            score -= 0.5  # a one-word code (`Invalid`) is rarely the whole code
    return score


def _gen_message(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    if last:
        return [(len(s), 0.0)]
    # An empty message is rare; a lone `-` after the code is the empty description's mark.
    # (a Chinese description right after the code leaves the message empty more often than not)
    empty = 0.0 if s[i:].strip() == "-" else -1.5 if "\u4e00" <= s[i : i + 1] <= "\u9fff" else -6.0
    out: Candidates = [(i, empty)]
    points = _all_glue_points(s, lex)
    english = not s.isascii() and s[i : i + 1].isascii()
    ends = _message_ends(s, lex)
    # a message may hold glued sentences of its own; a description rarely does
    before = bisect.bisect_left(_glued_sentences(s, lex), i)
    for k in range(bisect.bisect_right(points, i), len(points)):
        score, glued_before = ends[k]
        if k == bisect.bisect_right(points, i) and not _WORDY.search(s, i, points[k]):
            score -= 4.0  # a message of punctuation only (`.` after `InvalidSchema{reason}`)
        if english and CJK_CHAR.search(s, i, points[k]):
            score -= 2.0  # an English message runs into no Chinese text (that is the description)
        out.append((points[k], score - 0.3 * (glued_before - before)))
    return out


_WORDY = re.compile(r"[^\W_]")


def _message_ends(s: str, lex: Lexicon) -> list[tuple[float, int]]:
    """Per glue point j of s: the score of a message ending there, and how many sentences glue before j - 1."""
    key = (s, -5, 0)
    found = lex.ends.get(key)
    if found is None:
        glued = _glued_sentences(s, lex)
        found = lex.ends[key] = [
            (0.5 if s[j - 1] in _PUNCT_END else 0.0, bisect.bisect_right(glued, j - 2))
            for j in _all_glue_points(s, lex)
        ]
    return found


def _glued_sentences_low(s: str, lex: Lexicon) -> list[int]:
    """Positions of `a.X`: a sentence glued to the next one after a lower-case letter."""
    found = lex.positions.get(("low", s))
    if found is None:
        found = lex.positions[("low", s)] = [m.start() for m in _GLUED_SENTENCE_LOW.finditer(s)]
    return found


def _glued_sentences(s: str, lex: Lexicon) -> list[int]:
    """Positions of `.X` where a sentence end is glued to the next one."""
    found = lex.positions.get(("end", s))
    if found is None:
        found = lex.positions[("end", s)] = [m.start() for m in _GLUED_SENTENCE.finditer(s)]
    return found


def _gen_description(s: str, i: int, last: bool, lex: Lexicon) -> Candidates:
    if last:
        if i >= len(s):
            return [(len(s), -1.0)]
        glued = _glued_sentences_low(s, lex)
        score = -1.0 * (len(glued) - bisect.bisect_left(glued, i))  # glued sentences inside
        if s[i:] == "-":
            score += 0.5
        if s[i].isascii() and s[i].isalpha() and not s.isascii():
            # an English sentence glued to a Chinese one inside the description: the English one
            # more likely ends the message (`...contain duplicate key.` + `标签中存在...`)
            zh = _EN_TO_ZH.search(s, i)
            if zh is not None and _SENTENCE_END_IN.search(s, i, zh.end()):
                score -= 1.5
        return [(len(s), score)]
    return _gen_rest(s, i, last, lex)


_EN_TO_ZH = re.compile(r"[.!?](?=[\u4e00-\u9fff])")  # an English sentence's end glued to Chinese text
_SENTENCE_END_IN = re.compile(r"[a-z][.!?]")


_GENERATORS: dict[str, Generator] = {
    "name": _gen_name,
    "type": _gen_type,
    "required": _gen_required,
    "position": _gen_position,
    "example": _gen_example,
    "status": _gen_status,
    "code": _gen_code,
    "message": _gen_message,
    "description": _gen_description,
}


_REQUIRED_RE = re.compile("|".join(re.escape(w) for w in REQUIRED_WORDS))
_TYPE_START = re.compile("(?:" + "|".join(re.escape(t) for t in TYPE_WORDS) + r")|[A-Za-z_]\w*\[\]|\[\][A-Z]", re.IGNORECASE)


def _clear_start(s: str, lex: Lexicon) -> bool:
    key = (s, -3, 0)
    found = lex.memo.get(key)
    if found is None:
        # without one of the phrases a description opens with, a start scores 3.5 at most
        points = set(_all_glue_points(s, lex))
        phrased = (j for j in _phrase_starts(s) if j in points)
        found = lex.memo[key] = float(any(_sentence_start(s, j, lex) >= 4.0 for j in phrased))
    return found > 0


def _phrase_starts(s: str) -> list[int]:
    """Where one of `_DESC_PHRASES` begins in s."""
    out: list[int] = []
    for phrase in _DESC_PHRASES:
        k = s.find(phrase)
        while k >= 0:
            out.append(k)
            k = s.find(phrase, k + 1)
    return sorted(out)


def _can_start(role: str | None, s: str, j: int, lex: Lexicon) -> bool:
    """A cheap test that a cell of `role` may start at j (prunes hopeless states)."""
    if role == "description" and 0 < j < len(s):
        # never in the middle of a word; and when some place of the line reads clearly as a
        # sentence start, only places that read as one at all
        return _sentence_start(s, j, lex) > (0.0 if _clear_start(s, lex) else -1.0)
    if j >= len(s) or role not in ("type", "required"):
        return True
    if _REQUIRED_RE.match(s, j):
        return True  # the type may be empty before `Yes`/`No`
    return role == "type" and bool(_TYPE_START.match(s, j))


_FREE_BEFORE = ("code", "message", "status", "description", None)


def _by_score(item: tuple[float, int, int]) -> float:
    return -item[0]


_Plan = tuple[list[Generator], list[int], list[str | None], list[bool], list[bool]]


@functools.lru_cache(maxsize=64)
def _plan(roles: tuple[str | None, ...]) -> _Plan:
    """What the search needs per cell that depends on the columns alone (a page has few layouts)."""
    nroles = len(roles)
    gens = [_GENERATORS.get(r or "", _gen_rest) for r in roles]
    for k in range(nroles - 1):
        if roles[k] == "name" and roles[k + 1] == "position":
            gens[k] = _gen_name_before_position
        elif roles[k] == "code" and roles[k + 1] == "status":
            gens[k] = _gen_code_before_status
    # 0: a cell whose start is not scored; 1: scored as a sentence start; 2: as the start of a message,
    # which the phrases a description opens with (`The error message returned`) do not open
    scored_start = [
        (2 if roles[k] == "message" else 1)
        if k > 0 and roles[k] in ("message", "description", None) and roles[k - 1] in _FREE_BEFORE else 0
        for k in range(nroles)
    ]
    next_role = [roles[k + 1] if k + 1 < nroles else None for k in range(nroles)]
    checked = [k + 1 < nroles and roles[k + 1] in ("type", "required", "description") for k in range(nroles)]
    code_message = [r == "code" and k + 1 < nroles and roles[k + 1] == "message" for k, r in enumerate(roles)]
    return gens, scored_start, next_role, checked, code_message


def split_row(text: str, roles: list[str | None], lex: Lexicon) -> Split | None:
    """The best split of a glued row line into len(roles) cells (None when no split fits).

    A dynamic programme over (cell, start position): each state keeps its three best
    completions, enough to know the best split and how close the runner-up came.
    """
    s = text.strip()
    n = len(s)
    nroles = len(roles)
    if not nroles:
        return None
    # state (k, i) -> [(score, end of cell k, rank of the completion used at (k+1, end))]
    memo: dict[int, list[tuple[float, int, int]]] = {}
    stride = n + 1
    gens, scored_start, next_role, checked, code_message = _plan(tuple(roles))
    sentence = lex.sentence.get(s)
    if sentence is None:
        sentence = lex.sentence[s] = {}
    floor: list[float] = []  # the least sentence-start score of a description, once known

    def sentence_start(j: int) -> float:
        found = sentence.get(j)
        if found is None:
            found = sentence[j] = _sentence_start_score(s, j, lex)
        return found

    def can_start(role: str | None, j: int) -> bool:
        """`_can_start`, with what depends on the line alone worked out once."""
        if role == "description" and 0 < j < n:
            if not floor:
                floor.append(0.0 if _clear_start(s, lex) else -1.0)
            return sentence_start(j) > floor[0]
        return _can_start(role, s, j, lex)

    def best(k: int, i: int) -> list[tuple[float, int, int]]:
        key = k * stride + i
        found = memo.get(key)
        if found is not None:
            return found
        last = k == nroles - 1
        start = sentence_start(i) if scored_start[k] and 0 < i < n else 0.0
        if scored_start[k] == 2 and 0 < i < n and s.startswith(_DESC_PHRASES, i):
            start -= 4.0
        before_message = code_message[k] and not last
        nxt_role = next_role[k]
        check = checked[k]
        out: list[tuple[float, int, int]] = []
        opens_spaced = 0 < i < n and s[i].isspace()
        for j, sc in gens[k](s, i, last, lex):
            if j < i:
                continue
            if j > i and (opens_spaced or j < n and s[j - 1].isspace()):
                sc -= 3.0  # a glued cell neither starts nor ends with a space
            if last:
                if j == n:
                    out.append((sc + start, j, -1))
                continue
            if check and not can_start(nxt_role, j):
                continue
            base = sc + start
            if before_message:
                for rank, (rest, end, _) in enumerate(best(k + 1, j)):
                    if end == j:
                        # the code's end was judged on the message's first word, which is not there
                        rest -= max(0.0, _code_end(s, i, j, lex))
                    out.append((base + rest, j, rank))
            else:
                for rank, (rest, _, _) in enumerate(best(k + 1, j)):
                    out.append((base + rest, j, rank))
        if len(out) > 1:
            out.sort(key=_by_score)
            del out[3:]
        memo[key] = out
        return out

    def path(rank: int) -> tuple[float, list[int]]:
        k, i = 0, 0
        score, end, nxt = best(0, 0)[rank]
        cuts = [end]
        while nxt >= 0:
            k, i = k + 1, end
            _, end, nxt = best(k, i)[nxt]
            cuts.append(end)
        return score, cuts

    top = best(0, 0)
    if not top:
        return None
    best_score, cuts = path(0)
    conf = [1.0] * nroles
    for rank in range(1, len(top)):
        score, other = path(rank)
        if other == cuts:
            continue
        margin = best_score - score
        if margin < 2.5:
            value = max(0.3, min(0.95, 0.5 + margin / 5))
            for k, (x, y) in enumerate(zip(cuts, other)):
                if x != y:
                    conf[k] = min(conf[k], value)
                    if k + 1 < nroles:
                        conf[k + 1] = min(conf[k + 1], value)
        break
    cells: list[str] = []
    prev = 0
    for cut in cuts:
        cells.append(s[prev:cut].strip())
        prev = cut
    return Split(tuple(cells), tuple(conf), best_score)


# --- free text -----------------------------------------------------------------------------


def example_likeness(text: str) -> float:
    """> 0 when a lone line looks like an example value, < 0 when it reads like a description."""
    t = text.strip()
    if not t:
        return 0.0
    words = t.split()
    score = 0.0
    if len(words) == 1:
        score += 2.0
    elif len(words) <= 3 and t[-1] not in _PUNCT_END + ":":
        score += 0.5
    if t[-1] in _PUNCT_END + ":：" and len(words) >= 3:
        score -= 2.0
    if len(words) >= 8:
        score -= 2.0
    if len(words) > 2 and _DESCRIPTION_OPENING.match(t):
        score -= 1.5
    if _EXAMPLE_MARK.search(t):
        score += 1.0
    return score


_DESCRIPTION_OPENING = re.compile(r"(The|This|These|Indicates|Specifies|Whether|Valid values|If|You|A|An|Schema)\b")
_EXAMPLE_MARK = re.compile(r"[\[\]{}=/\\*]|\d{2,}|^[-\w.]+$")
