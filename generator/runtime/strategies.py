"""Hypothesis strategies built from an operation's documented request rules.

Every value is built by construction from the rules (alphabets from character classes, sizes from
lengths, first characters from their classes, forbidden prefixes avoided by choosing what follows),
never by rejecting draws. Invalid examples break one rule on purpose; `Rules.broken` then computes
every rule the final value breaks, so an example carries each code a validator may rightly raise.

hypothesis is imported only when a strategy is asked for: importing this module needs the stdlib only.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from .kinds import CLASS_CHARS, INDEX_SEGMENTS, PRINTABLE, TYPE_KINDS, element_kind, is_chinese, value_kind

if TYPE_CHECKING:  # pragma: no cover
    from hypothesis.strategies import SearchStrategy

Param = Mapping[str, Any]
ExpectedError = Callable[[str, str], str]
Lookup = Callable[[str], type]
Answer = tuple[int, dict[str, Any], type]  # (status, error body, exception class) of a documented answer

# Chinese characters drawn for valid values: the common ideographs (a subset of kinds.CHINESE_RANGES).
CHINESE = (0x4E00, 0x9FA5)
CHINESE_SAMPLE = "中文名称测试"
# Unconstrained text: printable ASCII and Chinese; surrounding whitespace is left out.
FREE = "".join(c for c in PRINTABLE if c != " ")
_FLOAT_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
SPAN = 24  # how far past a lower bound an unbounded size or number reaches
FREE_VALUE = "errkb"  # deterministic filler for boundary examples


def wire_key(name: str, first: int = 1) -> str:
    """The flattened key a repeated parameter travels under: `Tag.N.Key` → `Tag.1.Key`."""
    segs = name.split(".")
    if len(segs) == 1:
        return name
    idx = [i for i, x in enumerate(segs) if x in INDEX_SEGMENTS]
    return ".".join((str(first) if i == idx[0] else "1") if i in idx else x for i, x in enumerate(segs))


@dataclass(frozen=True)
class Alphabet:
    """A set of characters: explicit ones plus, optionally, the common Chinese characters."""

    chars: str
    chinese: bool = False

    def __contains__(self, c: str) -> bool:
        return c in self.chars or (self.chinese and is_chinese(c))

    def __bool__(self) -> bool:
        return bool(self.chars) or self.chinese

    def minus(self, excluded: Iterable[str]) -> Alphabet:
        ex = set(excluded)
        return Alphabet("".join(c for c in self.chars if c not in ex), self.chinese)

    def first(self) -> str:
        """The first letter (else the first character) it holds: deterministic filler text."""
        letters = [c for c in self.chars if c.isalpha()]
        return letters[0] if letters else self.chars[0] if self.chars else chr(CHINESE[0])

    def strategy(self) -> SearchStrategy[str]:
        """One character of the set (an interval set: as fast as hypothesis's own alphabets)."""
        return _char_strategy(self)


@lru_cache(maxsize=256)
def _char_strategy(a: Alphabet) -> SearchStrategy[str]:
    from hypothesis import strategies as st

    chinese = "".join(map(chr, range(CHINESE[0], CHINESE[1] + 1))) if a.chinese else ""
    return st.characters(codec=None, categories=(), include_characters=a.chars + chinese)


def alphabet(classes: Iterable[str], chars: Iterable[str] = ()) -> Alphabet:
    out: set[str] = set(chars)
    for cls in classes:
        out.update(CLASS_CHARS.get(cls, ""))
    return Alphabet("".join(sorted(out)), "chinese" in set(classes))


def _ascii(a: Alphabet) -> Alphabet:
    return Alphabet("".join(c for c in a.chars if c.isascii()), False)


def _intersect(a: Alphabet, b: Alphabet) -> Alphabet:
    return Alphabet("".join(c for c in a.chars if c in b), a.chinese and b.chinese)


def _num(v: Any, kind: str) -> int | float | None:
    try:
        return int(v) if kind == "int" else float(v)
    except (TypeError, ValueError):
        return None


def _int_bound(v: float | None) -> int | None:
    """A bound of an "int" parameter as an int (`_num` already made it one)."""
    return v if v is None or isinstance(v, int) else int(v)


@dataclass
class Rules:
    """The rules of one request parameter, merged from its constraint items."""

    name: str
    kind: str
    required: bool
    constraints: list[dict[str, Any]]
    default: Any = None
    min_len: int = 0
    max_len: int | None = None
    first: Alphabet | None = None
    body: Alphabet | None = None
    prefixes: tuple[str, ...] = ()
    enum: tuple[Any, ...] = ()
    low: int | float | None = None
    high: int | float | None = None
    regex: str | None = None
    by_kind: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    typed: bool = True  # the page gives a type a value can break
    indexed: bool = False  # a repeated parameter (`InstanceId.N`), sent as flattened keys
    limit: int | None = None  # the largest first index of a repeated parameter
    sep: str | None = None  # separator of a list written as text
    max_count: int | None = None  # most items such a list may hold
    numeric: bool = False  # text holding a number (a range on a String)
    opaque: bool = False  # a list or object value: built only as a plain value
    broken_rules: bool = False  # enum values that do not fit the type
    byte_sized: bool = False  # a length in bytes: valid text is drawn from ASCII, a byte a character

    @classmethod
    def from_param(cls, p: Param) -> Rules:
        name = str(p["name"])
        cons = [dict(c) for c in p.get("constraints", ()) if isinstance(c, Mapping)]
        kind = value_kind(str(p.get("type", "")))
        indexed = len(name.split(".")) > 1 and any(x in INDEX_SEGMENTS for x in name.split("."))
        if indexed and kind in ("list", "any"):
            kind = element_kind(cons)
        typed = kind != "any"
        kind = "str" if kind == "any" else kind
        r = cls(name, kind, bool(p.get("required")) and not p.get("removed"), cons, p.get("default"),
                typed=typed, indexed=indexed, opaque=kind in ("list", "obj"))
        if any(c.get("kind") == "range" for c in cons) and kind == "str":
            bounds = [c.get(b) for c in cons if c.get("kind") == "range" for b in ("min", "max")]
            r.numeric = True
            kind = r.kind = "int" if all(isinstance(b, int) for b in bounds if b is not None) else "float"
        first_sets: list[Alphabet] = []
        body_sets: list[Alphabet] = []
        for c in r.constraints:
            r.by_kind.setdefault(c["kind"], []).append(c)
            k = c["kind"]
            if k == "length":
                r.min_len = max(r.min_len, int(c.get("min", 0)))
                if c.get("max") is not None:
                    r.max_len = int(c["max"]) if r.max_len is None else min(r.max_len, int(c["max"]))
            elif k == "first_char":
                first_sets.append(alphabet(c.get("classes", ()), c.get("chars", ())))
            elif k == "charset":
                body_sets.append(alphabet(c.get("classes", ()), c.get("chars", ())))
            elif k == "forbidden_prefix":
                r.prefixes += tuple(v for v in c.get("values", ()) if v and v not in r.prefixes)
            elif k == "enum":
                vals = tuple(_enum_value(v, kind) for v in c.get("values", ()))
                r.broken_rules = r.broken_rules or any(v is None for v in vals)
                r.enum = vals if "enum" not in r.by_kind or len(r.by_kind["enum"]) == 1 else tuple(
                    v for v in r.enum if v in vals)
                r.broken_rules = r.broken_rules or not r.enum  # lists that share no value
            elif k == "max_items" and isinstance(c.get("max"), int):
                if indexed and str(c.get("index", "N")).upper() == "N":
                    r.limit = c["max"] if r.limit is None else min(r.limit, c["max"])
                elif not indexed:
                    r.max_count = c["max"] if r.max_count is None else min(r.max_count, c["max"])
            elif k == "separator" and isinstance(c.get("value"), str) and c["value"] and r.sep is None:
                r.sep = c["value"]
            elif k == "range" and kind in ("int", "float"):
                lo, hi = _num(c.get("min"), kind), _num(c.get("max"), kind)
                if lo is not None:
                    r.low = lo if r.low is None else max(r.low, lo)
                if hi is not None:
                    r.high = hi if r.high is None else min(r.high, hi)
            elif k == "pattern" and c.get("regex"):
                r.regex = str(c["regex"])
        if body_sets:
            body = body_sets[0]
            for b in body_sets[1:]:
                body = _intersect(body, b)
            r.body = body
        if first_sets:
            first = first_sets[0]
            for f in first_sets[1:]:
                first = _intersect(first, f)
            r.first = _intersect(first, r.body) if r.body is not None else first
        if r.sep is None or r.max_count is None or r.max_count < 1:
            r.max_count = None
        r.byte_sized = any(c.get("unit") == "bytes" for c in r.by_kind.get("length", ()))
        return r

    def usable(self) -> bool:
        """Whether valid values can be built (rules that contradict each other are skipped)."""
        if self.broken_rules:
            return False
        if self.numeric:
            return not any(k in self.by_kind for k in ("length", "first_char", "forbidden_prefix", "charset",
                                                       "pattern", "enum"))
        if self.kind == "str" and not self.enum and self.regex is None:
            lo, hi = self.sizes()
            return lo <= hi and bool(self.start) and bool(self.free)
        if self.kind in ("int", "float") and self.low is not None and self.high is not None:
            return bool(self.low <= self.high)
        return True

    # --- the reference check ----------------------------------------------------------------

    @property
    def text_rules(self) -> bool:
        return self.kind == "str" and not self.enum

    def broken(self, value: Any) -> list[str]:
        """Every rule kind `value` breaks (empty: valid); "type" alone when the type is wrong."""
        if self.numeric:
            if not isinstance(value, str):
                return ["type"] if self.typed else []
            n = _num(value, "float")
            bad = n is None or (self.low is not None and n < self.low) or (self.high is not None and n > self.high)
            return ["range"] if bad else []
        if self.opaque:
            return [] if isinstance(value, (list, dict, str)) else ["type"]
        if not _type_ok(value, self.kind):
            return ["type"] if self.typed else []
        out: list[str] = []
        if self.enum:
            if _normal(value, self.kind) not in self.enum:
                out.append("enum")
            return out
        if self.kind in ("int", "float"):
            n = _normal(value, self.kind)
            if (self.low is not None and n < self.low) or (self.high is not None and n > self.high):
                out.append("range")
            return out
        if self.kind != "str":
            return out
        s = str(value)
        if "length" in self.by_kind and (len(s) < self.min_len or (self.max_len is not None and len(s) > self.max_len)):
            out.append("length")
        if self.first is not None and s and s[0] not in self.first:
            out.append("first_char")
        if any(s.startswith(p) for p in self.prefixes):
            out.append("forbidden_prefix")
        if self.body is not None and any(c not in self.body for c in s):
            out.append("charset")
        if self.regex is not None and not re.fullmatch(self.regex, s):
            out.append("pattern")
        if self.max_count is not None and self.sep is not None and s.count(self.sep) + 1 > self.max_count:
            out.append("max_items")
        return out

    # --- valid values -------------------------------------------------------------------------

    @cached_property
    def free(self) -> Alphabet:
        """Characters valid text is made of (a list's separator left out: one item unless asked)."""
        base = self.body if self.body is not None else Alphabet(FREE, True)
        if self.byte_sized and _ascii(base):
            base = _ascii(base)
        return base.minus(self.sep) if self.max_count is not None and self.sep else base

    @cached_property
    def start(self) -> Alphabet:
        if self.first is None:
            return self.free
        ascii_first = _ascii(self.first) if self.byte_sized else None
        return ascii_first if ascii_first else self.first

    def sizes(self) -> tuple[int, int]:
        lo = max(self.min_len, 1)
        hi = self.max_len if self.max_len is not None else lo + SPAN
        return lo, hi

    def valid_values(self) -> SearchStrategy[Any]:
        """Every kind of valid value: the plain ones, the boundaries and the other spellings."""
        core, extras = self.valid_parts
        return _pick([core, *extras])

    @cached_property
    def valid_parts(self) -> tuple[SearchStrategy[Any], list[SearchStrategy[Any]]]:
        """(plain valid values: one cheap draw, [boundaries, values as text, values close to a limit])."""
        from hypothesis import strategies as st

        if self.opaque:
            return st.just(["errkb"] if self.kind == "list" else {}), []
        if self.enum:
            return st.sampled_from(self.enum), []
        if self.kind == "bool":
            return st.booleans(), [st.sampled_from(["true", "false"])]  # RPC values travel as text
        if self.kind in ("int", "float"):
            lo, hi = self.low, self.high
            core: SearchStrategy[Any]
            if self.kind == "int":
                ints = st.integers(min_value=_int_bound(lo), max_value=_int_bound(hi))
                core = ints.map(str) if self.numeric else ints
            else:
                floats = st.floats(min_value=lo, max_value=hi, allow_nan=False, allow_infinity=False)
                core = floats.map(repr) if self.numeric else floats
            bounds = [v for v in (lo, hi) if v is not None]
            extras = [st.sampled_from([repr(v) for v in bounds] if self.numeric else bounds)] if bounds else []
            if self.typed and not self.numeric:
                extras.append(core.map(str))
            return core, extras
        if self.regex is not None:
            return st.from_regex(self.regex, fullmatch=True), []
        lo, hi = self.sizes()
        if lo > hi:
            return st.nothing(), []
        edges = [v for v in self.boundary_valid() if isinstance(v, str)]
        near = self.near_text(lo, hi)
        return self.text(lo, hi), ([st.sampled_from(edges)] if edges else []) + ([near] if near is not None else [])

    def text(self, lo: int, hi: int) -> SearchStrategy[str]:
        """Text of lo..hi characters that keeps the first-character, charset and prefix rules.

        One text draw from the charset; then `repair` puts an allowed first character in place and
        breaks a forbidden prefix at its last character.
        """
        from hypothesis import strategies as st

        lo, hi = max(lo, 0), max(hi, 0)
        fix = self.repair
        if lo > hi or fix is _IMPOSSIBLE:
            return st.nothing()
        if lo > _LONG_TEXT:  # (Hypothesis draws no text that long: a short piece, repeated)
            body = st.builds(_Repeat(lo), st.text(self.free.strategy(), min_size=1, max_size=16),
                             st.integers(min_value=0, max_value=min(hi - lo, 8)))
        else:
            body = st.text(self.free.strategy(), min_size=lo, max_size=hi)
        return body if fix is None else body.map(fix)

    def near_text(self, lo: int, hi: int) -> SearchStrategy[str] | None:
        """Valid text starting like a forbidden prefix (`htt…` for `http://`); None without prefixes."""
        from hypothesis import strategies as st

        lo, hi = max(lo, 0), max(hi, 0)
        fix = self.repair
        near = self.near_prefixes(hi)
        if lo > hi or fix is None or fix is _IMPOSSIBLE or not near:
            return None
        tail = st.text(self.free.strategy(), min_size=max(lo - 1, 0), max_size=max(hi - 1, 0))
        return st.builds(_Near(fix, hi), st.sampled_from(near), tail)

    def near_prefixes(self, hi: int) -> list[str]:
        """The starts of forbidden prefixes (`h`, `ht`, ... of `http://`) a valid text may begin with."""
        out: list[str] = []
        for p in self.prefixes:
            for k in range(1, min(len(p), hi + 1)):
                head = p[:k]
                if head[0] in self.start and all(c in self.free for c in head[1:]) and head not in out:
                    out.append(head)
        return out

    @cached_property
    def repair(self) -> Callable[[str], str] | None:
        """str → str keeping the first-character and prefix rules; None when nothing needs it."""
        prefixes = sorted(set(self.prefixes), key=len)
        if not prefixes and self.start == self.free:
            return None
        starts = list(self.start.chars) + (list(CHINESE_SAMPLE) if self.start.chinese else [])
        safe: dict[int, str] = {}
        for p in prefixes:
            j = len(p) - 1
            pool = self.start if j == 0 else self.free
            bad = _both_cases(q[j] for q in prefixes if len(q) > j)
            ok = [c for c in pool.chars if c not in bad] or (
                [c for c in CHINESE_SAMPLE if c not in bad] if pool.chinese else [])
            if not ok:
                return _IMPOSSIBLE
            safe[j] = ok[0]
        if not starts:
            return _IMPOSSIBLE
        checks = tuple((len(p), p.lower(), safe[len(p) - 1]) for p in prefixes)
        start = self.start

        def fix(s: str) -> str:
            if s and s[0] not in start:
                s = starts[ord(s[0]) % len(starts)] + s[1:]
            for n, low, c in checks:
                if s[:n].lower() == low:
                    s = s[: n - 1] + c + s[n:]
            return s

        return fix

    def sample_text(self, n: int, head: str | None = None) -> str:
        """A deterministic valid-looking text of n characters (boundary examples)."""
        h = head if head is not None else self.start.minus(_both_cases(p[0] for p in self.prefixes)).first()
        fill = self.free.minus(_both_cases(p[1] for p in self.prefixes if len(p) > 1 and p[0].lower() == h.lower()))
        filler = FREE_VALUE if all(c in fill for c in FREE_VALUE) else fill.first()
        body = (filler * n)[: max(n - 1, 0)]
        return (h + body)[:n]

    def boundary_valid(self) -> list[Any]:
        if self.opaque:
            return []
        if self.numeric:
            return [repr(v) for v in (self.low, self.high) if v is not None]
        if self.enum:
            return list(self.enum)
        if self.kind in ("int", "float"):
            return [v for v in (self.low, self.high) if v is not None]
        if self.kind != "str" or self.regex is not None:
            return []
        lo, hi = self.sizes()
        out = [self.sample_text(n) for n in sorted({lo, hi}) if lo <= hi]
        if self.start.chinese and (self.max_len is None or self.max_len >= lo):
            out.append(self.sample_text(max(lo, 2) if hi >= 2 else 1, CHINESE_SAMPLE[0]))
        return [v for v in out if not self.broken(v)]

    # --- invalid values ----------------------------------------------------------------------

    def invalid_values(self) -> dict[str, SearchStrategy[Any]]:
        """Rule kind → strategy of values built to break that rule."""
        from hypothesis import strategies as st

        out: dict[str, SearchStrategy[Any]] = {"type": self.wrong_type()} if self.typed else {}
        if self.opaque:
            return out
        if self.numeric:
            out.update(self.numeric_invalid())
            return out
        if self.enum:
            if self.kind != "bool":  # a Boolean outside true/false is a wrong type
                out["enum"] = self.not_in_enum()
            return out
        if self.kind in ("int", "float") and (self.low is not None or self.high is not None):
            parts: list[SearchStrategy[Any]] = []
            ints = self.kind == "int"
            if self.low is not None:
                below = self.low - 1 if ints else _next_down(self.low)
                parts.append(st.integers(max_value=int(below)) if ints else
                             st.floats(max_value=float(below), allow_nan=False, allow_infinity=False))
                parts.append(st.just(below))
            if self.high is not None:
                above = self.high + 1 if ints else _next_up(self.high)
                parts.append(st.integers(min_value=int(above)) if ints else
                             st.floats(min_value=float(above), allow_nan=False, allow_infinity=False))
                parts.append(st.just(above))
            out["range"] = _pick(parts)
            return out
        if not self.text_rules or self.regex is not None:
            return out
        lo, hi = self.sizes()
        if "length" in self.by_kind:
            parts = []
            if self.min_len >= 2:
                parts += [st.just(self.sample_text(self.min_len - 1)), self.text(1, self.min_len - 1)]
            if self.max_len is not None:
                n = max(self.max_len + 1, 1)
                parts += [st.just(self.sample_text(n)), self.text(n, n + 8)]
            if parts:
                out["length"] = _pick(parts)
        if self.first is not None:
            wrong = self.free.minus(self.first.chars)
            wrong = Alphabet(wrong.chars, wrong.chinese and not self.first.chinese)
            clean = wrong.minus(_both_cases(p[0] for p in self.prefixes))
            pick = clean or wrong
            if not pick:  # every allowed character may start: break the charset too
                pick = self.outside()
            if pick:
                size = (max(lo - 1, 0), max(hi - 1, 0))
                out["first_char"] = _join(pick.strategy(), self.safe_tail().strategy(), *size)
        if self.prefixes:
            def fill(p: str) -> SearchStrategy[str]:
                rest = (max(lo - len(p), 0), max(hi - len(p), 0, 4 if self.max_len is None else 0))
                return st.text(self.free.strategy(), min_size=rest[0], max_size=rest[1]).map(lambda s: p + s)
            out["forbidden_prefix"] = _pick([fill(p) for p in self.prefixes])
        if self.body is not None:
            foreign = self.outside()
            if self.max_count is not None and self.sep is not None:
                item = self.text(max(lo, 1), min(hi, max(lo, 1) + 4))
                many = st.lists(item, min_size=self.max_count + 1, max_size=self.max_count + 3).map(self.sep.join)
                out["max_items"] = many
            if foreign and hi >= 2:
                base = self.text(max(lo, 2), hi)
                out["charset"] = _pick([
                    st.builds(_replace, base, foreign.strategy(), st.integers(min_value=1, max_value=hi)),
                    st.just(self.sample_text(max(lo, 2)) + "\n"),
                ])
        return out

    def numeric_invalid(self) -> dict[str, SearchStrategy[Any]]:
        """Text that is not a number in the range: below, above, or not a number at all."""
        from hypothesis import strategies as st

        parts = [st.text(string.ascii_letters, max_size=6).map("x".__add__)]
        for v in self.boundary_numeric_invalid():
            parts.append(st.just(v))
        if self.kind == "int":
            if self.low is not None:
                parts.append(st.integers(max_value=int(self.low) - 1).map(str))
            if self.high is not None:
                parts.append(st.integers(min_value=int(self.high) + 1).map(str))
        return {"range": _pick(parts)}

    def boundary_numeric_invalid(self) -> list[str]:
        out = []
        if self.low is not None:
            out.append(str(self.low - 1) if self.kind == "int" else repr(_next_down(self.low)))
        if self.high is not None:
            out.append(str(self.high + 1) if self.kind == "int" else repr(_next_up(self.high)))
        return out

    def safe_tail(self) -> Alphabet:
        return self.free

    def outside(self) -> Alphabet:
        """Characters the charset does not allow (a newline among them)."""
        base = self.body if self.body is not None else Alphabet(FREE, True)
        chars = "".join(c for c in PRINTABLE + "\n" if c not in base)
        return Alphabet(chars, not base.chinese)

    def wrong_type(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        word = st.text(string.ascii_letters, max_size=6).map("x".__add__)
        if self.numeric:
            return st.lists(word, min_size=1, max_size=2)
        if self.kind in ("int", "float"):
            return word
        if self.kind in ("list", "obj"):
            return st.integers()
        if self.kind == "bool":
            return _pick([word, st.integers(min_value=2)])
        return _pick([st.dictionaries(word, word, min_size=1, max_size=2), st.lists(word, min_size=1, max_size=2)])

    def not_in_enum(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        nums = [v for v in self.enum if isinstance(v, (int, float)) and not isinstance(v, bool)]
        if self.kind in ("int", "float") and nums:
            lo, hi = min(nums), max(nums)
            parts = [st.integers(min_value=int(hi) + 1), st.integers(max_value=int(lo) - 1)]
            gaps = sorted(v for v in range(int(lo), int(hi)) if v not in self.enum)[:50] if hi - lo < 10_000 else []
            if gaps:
                parts.append(st.sampled_from(gaps))
            return _pick(parts)
        taken = {str(v)[:1].lower() for v in self.enum}
        heads = [c for c in string.ascii_letters if c.lower() not in taken] or ["~"]
        tail = st.text(string.ascii_letters + string.digits, max_size=12)
        return st.tuples(st.sampled_from(heads), tail).map("".join)

    def boundary_invalid(self) -> list[tuple[str, Any]]:
        """(intended kind, value) pairs at and just past each documented limit."""
        out: list[tuple[str, Any]] = []
        if self.opaque:
            return out
        if self.numeric:
            return [("range", v) for v in self.boundary_numeric_invalid()]
        if self.enum or self.kind != "str":
            if self.kind in ("int", "float") and not self.enum:
                if self.low is not None:
                    out.append(("range", self.low - 1 if self.kind == "int" else _next_down(self.low)))
                if self.high is not None:
                    out.append(("range", self.high + 1 if self.kind == "int" else _next_up(self.high)))
            return out
        if self.regex is not None:
            return out
        lo = self.sizes()[0]
        if "length" in self.by_kind:
            if self.min_len >= 2:
                out.append(("length", self.sample_text(self.min_len - 1)))
            if self.max_len is not None:
                out.append(("length", self.sample_text(self.max_len + 1)))
        for p in self.prefixes:
            out.append(("forbidden_prefix", p + self.sample_text(max(lo - len(p), 1))[: max(lo - len(p), 1)]))
        if self.first is not None and not self.first.chinese:
            out.append(("first_char", self.sample_text(max(lo, 2), CHINESE_SAMPLE[0])))
        if self.body is not None and "\n" not in self.body:
            out.append(("charset", self.sample_text(max(lo, 2)) + "\n"))
        return out


def _enum_value(v: Any, kind: str) -> Any:
    """A documented value as a request holds it; None when it does not fit the type."""
    if kind == "bool":
        if isinstance(v, bool):
            return v
        low = str(v).strip().lower()
        return True if low == "true" else False if low == "false" else None
    if kind in ("int", "float"):
        if isinstance(v, bool):
            return None
        if kind == "int" and isinstance(v, str) and not re.fullmatch(r"[+-]?\d+", v):
            return None
        return _num(v, kind)
    return ("true" if v else "false") if isinstance(v, bool) else str(v)


def _type_ok(value: Any, kind: str) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "bool":
        return isinstance(value, bool) or (isinstance(value, str) and value.lower() in ("true", "false"))
    if isinstance(value, bool):
        return False
    if kind == "int":
        return isinstance(value, int) or (isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value) is not None)
    if isinstance(value, (int, float)):
        return math.isfinite(value)
    return isinstance(value, str) and _FLOAT_TEXT.fullmatch(value) is not None and math.isfinite(float(value))


def _normal(value: Any, kind: str) -> Any:
    if kind == "bool":
        return value if isinstance(value, bool) else value.lower() == "true"
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    return value


def _both_cases(chars: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for c in chars:
        out.update((c, c.lower(), c.upper()))
    return out


def _same(strategy: Any) -> Any:
    return strategy


def _pick(branches: Sequence[SearchStrategy[Any]]) -> SearchStrategy[Any]:
    """One of `branches`, chosen by one draw (cheaper per example than `st.one_of` nesting)."""
    from hypothesis import strategies as st

    if not branches:
        return st.nothing()
    return branches[0] if len(branches) == 1 else st.sampled_from(list(branches)).flatmap(_same)


def _IMPOSSIBLE(s: str) -> str:
    """Marks rules no text can keep (see `Rules.repair`)."""
    return s


class _Near:
    """Joins the start of a forbidden prefix and a tail, cut to `hi` characters, then repairs."""

    __slots__ = ("fix", "hi")

    def __init__(self, fix: Callable[[str], str], hi: int) -> None:
        self.fix = fix
        self.hi = hi

    def __call__(self, head: str, tail: str) -> str:
        return self.fix((head + tail)[: self.hi])


_LONG_TEXT = 4096  # longer texts are built by repeating a short one


class _Repeat:
    """(piece, extra) → the piece repeated to exactly `lo + extra` characters."""

    def __init__(self, lo: int) -> None:
        self.lo = lo

    def __call__(self, piece: str, extra: int) -> str:
        n = self.lo + extra
        return (piece * (n // len(piece) + 1))[:n]

    def __repr__(self) -> str:
        return f"_Repeat({self.lo})"


def _join(head: SearchStrategy[str], tail: SearchStrategy[str], lo: int, hi: int) -> SearchStrategy[str]:
    from hypothesis import strategies as st

    lo, hi = max(lo, 0), max(hi, 0)
    if lo > _LONG_TEXT:
        rest = st.builds(_Repeat(lo), st.text(tail, min_size=1, max_size=16),
                         st.integers(min_value=0, max_value=min(max(hi - lo, 0), 8)))
        return st.builds(str.__add__, head, rest)
    return st.builds(str.__add__, head, st.text(tail, min_size=lo, max_size=max(lo, hi)))


def _replace(s: str, c: str, i: int) -> str:
    """`s` with its character at position `i` (never the first) replaced by `c`."""
    i = 1 + (i - 1) % (len(s) - 1)
    return s[:i] + c + s[i + 1:]


def _next_down(x: float) -> float:
    return math.nextafter(float(x), -math.inf)


def _next_up(x: float) -> float:
    return math.nextafter(float(x), math.inf)


# --- examples ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Invalid:
    """A request that breaks `kind` of `parameter` (and maybe more: `also`), with what it must raise."""

    request: dict[str, Any]
    parameter: str
    kind: str
    constraint: dict[str, Any] | None
    code: str
    error: type
    also: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    errors: tuple[type, ...] = ()
    key: str = ""  # the request key the parameter travels under (`Tag.1.Key`)
    wire: bool = True  # still invalid once every value is sent as text (false for a dict as a String)

    def accepts(self, exc: BaseException) -> bool:
        """Whether `exc` is an error this example may rightly raise."""
        return any(type(exc) is e or isinstance(exc, e) for e in self.errors) and getattr(exc, "code", None) in self.codes


class OperationStrategies:
    """Strategies and boundary examples for one operation, from its request parameters and errors.

    Requests are dicts keyed as the SDK sends them: a repeated parameter `Tag.N.Key` as `Tag.1.Key`.
    `expected_error(name, kind)` gives the code a broken rule raises, `lookup(code)` its class.
    """

    def __init__(self, params: Sequence[Param], errors: Sequence[Mapping[str, Any]],
                 expected_error: ExpectedError, lookup: Lookup) -> None:
        self.rules: dict[str, Rules] = {}
        for p in params:
            if isinstance(p.get("name"), str) and p["name"] and p["name"] not in self.rules:
                self.rules[p["name"]] = Rules.from_param(p)
        self.keys = {name: wire_key(name) for name in self.rules}
        self.error_rows = list(errors)
        self.expected_error = expected_error
        self.lookup = lookup

    def usable(self) -> dict[str, Rules]:
        """Parameters a valid value can be built for."""
        return {name: r for name, r in self.rules.items() if r.usable()}

    def base_request(self) -> dict[str, Any]:
        """The smallest valid request: each required parameter at its first boundary value."""
        out = {}
        for name, r in self.usable().items():
            if r.required:
                vals = r.boundary_valid()
                out[self.keys[name]] = vals[0] if vals else _plain(r)
        return out

    def valid_requests(self) -> SearchStrategy[dict[str, Any]]:
        """Requests every documented rule accepts (optional parameters drawn or left out)."""
        return self._valid_requests

    def invalid_requests(self) -> SearchStrategy[Invalid]:
        """Requests that break one rule by construction, each an `Invalid` naming what it must raise."""
        return self._invalid_requests

    def can_break(self) -> bool:
        """Whether the page documents any rule a request can break (a required parameter, a type,
        a constraint); an operation without parameters has none."""
        return bool(self._invalid_branches)

    def error_responses(self) -> SearchStrategy[Answer]:
        """(status, body with Code/Message/RequestId, expected class) for every documented error."""
        return self._error_responses

    @cached_property
    def _valid_requests(self) -> SearchStrategy[dict[str, Any]]:
        from hypothesis import strategies as st

        # Plain values in one dictionary; in the other, each value is also drawn among boundaries,
        # other spellings and near misses. One choice per request keeps drawing cheap.
        required, optional = self._valid_parts
        plain = st.fixed_dictionaries(required, optional=optional)
        usable = self.usable()
        if not any(r.valid_parts[1] for r in usable.values()):
            return plain
        mixed = {self.keys[n]: r.valid_values() for n, r in usable.items()}
        return _pick([plain, st.fixed_dictionaries({k: mixed[k] for k in required},
                                                   optional={k: mixed[k] for k in optional})])

    def invalid(self, request: dict[str, Any], name: str, kind: str, key: str | None = None) -> Invalid:
        """The `Invalid` for `request` whose parameter `name` was made to break `kind`."""
        r = self.rules[name]
        key = key or self.keys[name]
        kinds = [kind]
        if kind not in ("required", "type", "max_items") or key in request and not r.indexed:
            kinds += [k for k in r.broken(request[key]) if k != kind] if key in request else []
        codes = tuple(dict.fromkeys(self.expected_error(name, k) for k in kinds))
        errors = tuple(dict.fromkeys(self.lookup(c) for c in codes))
        constraint = _constraint(r, kind, request.get(key))
        wire = kind != "type" or r.kind not in ("str", "list", "obj") or r.numeric
        return Invalid(request, name, kind, constraint, codes[0], errors[0], tuple(kinds[1:]), codes, errors,
                       key, wire)

    def _missing(self, name: str, r: Rules) -> bool:
        """Whether leaving `name` out is an error on its own (a field of a list element is not)."""
        return r.required and (not r.indexed or len([x for x in name.split(".") if x in INDEX_SEGMENTS]) == 1
                               and name.split(".")[-1] in INDEX_SEGMENTS)

    @cached_property
    def _valid_parts(self) -> tuple[dict[str, SearchStrategy[Any]], dict[str, SearchStrategy[Any]]]:
        """(required, optional) request key → strategy of its plain valid values (one cheap draw each)."""
        usable = self.usable()
        required = {self.keys[n]: r.valid_parts[0] for n, r in usable.items() if r.required}
        optional = {self.keys[n]: r.valid_parts[0] for n, r in usable.items() if not r.required}
        return required, optional

    def _with(self, key: str, put: str | None = None, values: SearchStrategy[Any] | None = None
              ) -> SearchStrategy[dict[str, Any]]:
        """Valid requests without `key`, with `put` drawn from `values` instead when given."""
        from hypothesis import strategies as st

        required, optional = self._valid_parts
        req = {k: v for k, v in required.items() if k != key}
        if put is not None and values is not None:
            req[put] = values
        return st.fixed_dictionaries(req, optional={k: v for k, v in optional.items() if k != key})

    @cached_property
    def _invalid_requests(self) -> SearchStrategy[Invalid]:
        return _pick(self._invalid_branches)

    @cached_property
    def _invalid_branches(self) -> list[SearchStrategy[Invalid]]:
        """One branch per broken rule: the rest of the request drawn valid, the broken key drawn bad."""
        branches = []
        for name, r in self.usable().items():
            key = self.keys[name]
            if self._missing(name, r):
                branches.append(self._with(key).map(_Broken(self, name, "required")))
            for kind, values in r.invalid_values().items():
                branches.append(self._with(key, key, values).map(_Broken(self, name, kind)))
            if r.indexed and r.limit is not None:
                far = wire_key(name, r.limit + 1)
                branches.append(self._with(key, far, r.valid_values()).map(_Broken(self, name, "max_items", far)))
        return branches

    def boundary_cases(self) -> list[tuple[dict[str, Any], Invalid | None]]:
        """Deterministic (request, None) valid and (request, Invalid) invalid cases at every limit."""
        base = self.base_request()
        out: list[tuple[dict[str, Any], Invalid | None]] = [(dict(base), None)]
        for name, r in self.usable().items():
            key = self.keys[name]
            for v in r.boundary_valid():
                if base.get(key, _MISSING) != v:
                    out.append(({**base, key: v}, None))
            for kind, v in r.boundary_invalid():
                req = {**base, key: v}
                broken = r.broken(v)
                if not broken:
                    out.append((req, None))  # e.g. a Chinese first character the page allows
                    continue
                out.append((req, self.invalid(req, name, kind if kind in broken else broken[0])))
            if self._missing(name, r):
                req = {k: v for k, v in base.items() if k != key}
                out.append((req, self.invalid(req, name, "required")))
            if r.indexed and r.limit is not None:
                vals = r.boundary_valid() or [_plain(r)]
                far = wire_key(name, r.limit + 1)
                req = {**{k: v for k, v in base.items() if k != key}, far: vals[0]}
                out.append((req, self.invalid(req, name, "max_items", far)))
        return out

    @cached_property
    def _error_responses(self) -> SearchStrategy[Answer]:
        from hypothesis import strategies as st

        names = sorted(self.rules) or ["Name"]
        request_id = st.uuids().map(lambda u: str(u).upper())
        branches: list[SearchStrategy[Answer]] = []
        for row in self.error_rows:
            status = _status(row.get("status"))
            code, message = str(row["code"]), str(row.get("message", ""))
            if row.get("pattern"):
                holes = list(row["pattern"].get("placeholders", ())) or ["%s"]
                fill = st.sampled_from(names)
                branches.append(st.tuples(fill, request_id).map(self._filled_answer(status, code, message, holes)))
            else:
                branches.append(request_id.map(self._plain_answer(status, code, message)))
        if not branches:
            # a page that documents no code: whatever the service answers maps to the product's base class
            branches.append(request_id.map(self._plain_answer(400, "UndocumentedError", "An error no page documents.")))
        return _pick(branches)

    def _filled_answer(self, status: int, code: str, message: str,
                       holes: list[str]) -> Callable[[tuple[str, str]], Answer]:
        """(placeholder value, request id) → the answer of a templated code, its holes filled."""
        def answer(t: tuple[str, str]) -> Answer:
            return self._answer(status, _fill(code, holes, t[0]), _fill(message, holes, t[0]), t[1])
        return answer

    def _plain_answer(self, status: int, code: str, message: str) -> Callable[[str], Answer]:
        """request id → the answer of a fixed code."""
        def answer(rid: str) -> Answer:
            return self._answer(status, code, message, rid)
        return answer

    def _answer(self, status: int, code: str, message: str, rid: str) -> Answer:
        return status, {"Code": code, "Message": message, "RequestId": rid}, self.lookup(code)


_MISSING = object()


class _Broken:
    """request → the `Invalid` of `name` breaking `kind` (under `key` when not its usual key)."""

    __slots__ = ("key", "kind", "name", "ops")

    def __init__(self, ops: OperationStrategies, name: str, kind: str, key: str | None = None) -> None:
        self.ops, self.name, self.kind, self.key = ops, name, kind, key

    def __call__(self, request: dict[str, Any]) -> Invalid:
        return self.ops.invalid(request, self.name, self.kind, self.key)


def _plain(r: Rules) -> Any:
    if r.opaque:
        return ["errkb"] if r.kind == "list" else {}
    return {"int": 0, "float": 0.0, "bool": False}.get(r.kind, r.sample_text(r.sizes()[0]))


def _constraint(r: Rules, kind: str, value: Any) -> dict[str, Any] | None:
    items = r.by_kind.get(kind, [])
    if not items:
        return None
    if kind == "length" and isinstance(value, str):
        for c in items:
            if len(value) < int(c.get("min", 0)) or (c.get("max") is not None and len(value) > int(c["max"])):
                return dict(c)
    if kind == "range" and len(items) > 1:
        for c in items:
            single = Rules.from_param({"name": r.name, "type": r.kind, "constraints": [c]})
            if single.broken(value):
                return dict(c)
    return dict(items[0])


def _status(v: Any) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return 400


def _fill(text: str, holes: Sequence[str], value: str) -> str:
    for h in holes:
        text = text.replace(h, value)
    return text


# --- documented answers -----------------------------------------------------------------------

_ARRAY_TYPES = frozenset({"list", "repeatlist", "set", "array"})
_OBJECT_TYPES = frozenset({"struct", "object", "map", "json", "dict"})
_TEXT_TYPES = frozenset({"string", "str", "text", "datetime", "date", "time"})


def field_kind(ftype: str) -> str:
    """A response field's page type → array/object/int/number/bool/str, or `any` when unknown."""
    t = (ftype or "").strip().lower()
    if t in _ARRAY_TYPES or t.startswith(("array", "list<")) or t.endswith("[]"):
        return "array"
    if t in _OBJECT_TYPES:
        return "object"
    kind = TYPE_KINDS.get(t)
    if kind in ("int", "bool"):
        return kind
    if kind == "float":
        return "number"
    return "str" if t in _TEXT_TYPES else "any"


def _fits(value: Any, kinds: set[str]) -> bool:
    if "any" in kinds:
        return True
    if isinstance(value, (dict, list)):
        return bool(kinds & {"array", "object"}) and (isinstance(value, dict) or "array" in kinds)
    if isinstance(value, bool):
        return bool(kinds & {"bool", "str"})
    if isinstance(value, int) or (isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value)):
        return bool(kinds & {"int", "number", "str"})
    if isinstance(value, float) or (isinstance(value, str) and _FLOAT_TEXT.fullmatch(value)):
        return bool(kinds & {"number", "str"})
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return bool(kinds & {"bool", "str"})
    return "str" in kinds or value is None


@dataclass(frozen=True)
class ResponseReport:
    """How a sample answer compares with the documented response fields.

    `mismatches`: documented fields whose value breaks what the page promises (its type, or the
    structure it is documented under). `undocumented`: keys of the answer the page does not list
    (paths such as `Items.Item`); the page makes no promise about them.
    """

    mismatches: tuple[str, ...]
    undocumented: tuple[str, ...]


def response_report(fields: Sequence[Mapping[str, Any]], body: Any) -> ResponseReport:
    """Compare a sample answer with the documented response fields: names, types, nesting.

    Every documented field found in the answer, at any depth, must have a value its type fits (a
    list or object for an array or structure, a scalar otherwise; numbers may be written as text);
    a field documented only under a parent must sit under a key of that name. Alibaba's JSON wraps
    an array in an object, so an array field may hold an object. Keys the page does not document
    are listed apart, and what they hold is still checked.
    """
    kinds: dict[str, set[str]] = {}
    parents: dict[str, set[str | None]] = {}
    for f in fields:
        name = str(f.get("name", ""))
        kinds.setdefault(name, set()).add(field_kind(str(f.get("type", ""))))
        parents.setdefault(name, set()).add(str(f["parent"]) if f.get("parent") else None)
    mismatches: list[str] = []
    undocumented: list[str] = []

    def walk(value: Any, path: tuple[str, ...]) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item, path)
            return
        if not isinstance(value, dict):
            return
        for key, item in value.items():
            where = ".".join((*path, str(key)))
            if key not in kinds:
                if where not in undocumented:
                    undocumented.append(where)
            elif not _fits(item, kinds[key]):
                mismatches.append(f"{where}: {type(item).__name__} does not fit {'/'.join(sorted(kinds[key]))}")
            elif None not in parents[key] and not parents[key] & set(path):
                mismatches.append(f"{where}: documented under {'/'.join(sorted(p for p in parents[key] if p))}")
            walk(item, (*path, str(key)))

    walk(body, ())
    return ResponseReport(tuple(mismatches), tuple(undocumented))


def response_mismatches(fields: Sequence[Mapping[str, Any]], body: Any) -> list[str]:
    """Where a sample answer breaks what the page documents (see `response_report`)."""
    return list(response_report(fields, body).mismatches)


def undocumented_fields(fields: Sequence[Mapping[str, Any]], body: Any) -> list[str]:
    """Paths of the keys of a sample answer the page does not document (see `response_report`)."""
    return list(response_report(fields, body).undocumented)


def error_examples(errors: Sequence[Mapping[str, Any]], names: Sequence[str]) -> list[tuple[int, dict[str, Any]]]:
    """One (status, body) per documented error row; a templated code gets the first parameter name."""
    fill_with = min(names) if names else "Name"
    out = []
    for i, row in enumerate(errors):
        code, message = str(row["code"]), str(row.get("message", ""))
        if row.get("pattern"):
            holes = list(row["pattern"].get("placeholders", ())) or ["%s"]
            code, message = _fill(code, holes, fill_with), _fill(message, holes, fill_with)
        body = {"Code": code, "Message": message, "RequestId": f"00000000-0000-4000-8000-{i:012d}"}
        out.append((_status(row.get("status")), body))
    return out
