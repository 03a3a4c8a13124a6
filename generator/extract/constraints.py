"""Prose → machine constraints: one canonical vocabulary read from a parameter's description.

`parse_constraints(paragraphs, type)` returns `{"constraints": [...], "unparsed": [...]}`, plus
`"default"` and `"unit"` when the page documents them. Every item names its kind, its values and
the sentence it came from; items are in sentence order. A sentence that reads like a rule but
yields no item (or only part of one) is listed in `unparsed` with a reason, never dropped.

Kinds: length, first_char, forbidden_prefix, charset, enum, range, default, unit, pattern,
max_items, separator. Enum and range values are ints for Integer/Long, floats for Float/Double,
strings otherwise. "letters" are ASCII letters; Chinese characters only when the page says so.
"""

from __future__ import annotations

import re
from typing import Any

from . import constraints_zh as zh
from .constraints_lists import ValueList, conditional, entry, head, param_marker, split_entries
from .constraints_rules import (
    CLASS_ORDER,
    LIST_SPLIT,
    OTHER_RULES,
    SHAPE_RULES,
    Found,
    Item,
    apply_rules,
    bound_sentence,
    charset,
    holds_word,
    length,
    range_item,
    ranges,
    separator,
    signed,
    value_list,
)
from .constraints_text import NUMBER, Sentence, coerce, kind_of, literal, lower_pattern, lowered, split_sentences
from .constraints_zh import is_zh, zh_triggered

_I = re.IGNORECASE
_TRIGGER = re.compile(
    # one leading `\b` for most words: the search rejects a position inside a word at once
    r"\b(?:(?:start|begin)s? with\b|characters\b[^.]*\b(?:up to|at most|exceed)"
    r"|valid values?\b|default\b|value range\b|ranges? from\b|range is\b|maximum\b|minimum\b"
    r"|can (?:only )?contain\b|must\b|cannot\b|can not\b|up to \d|at most\b|unit\s*:"
    r"|regular expression\b|separate\b)"
    r"|characters? (?:in length|long)|^set (?:the value|this parameter) to\b",
    _I,
)
_TRIGGER_LOW = lower_pattern(_TRIGGER)  # for lowered ASCII text
_PART = re.compile(r"^(?:A|An|Each|Every)\s+(?!maximum\b|minimum\b|total\b)", _I)
_SET = re.compile(r"^Set (?:the value|this parameter|the parameter|this value|it) to (?P<v>.+?)\.?$", _I)
_DEFAULT_OF = re.compile(r"^Default values? of \S+\s*:", _I)
_DEFAULT_IS = re.compile(
    r"^(?:Default values?|Default|The default values?|The default|The default value of this parameter)\s*(?::|\bis\b)\s*(?P<v>.+?)\.?$",
    _I,
)
_EMPTY = re.compile(
    r"\b(?:is|are) (?:left )?empty by default\b|^By default, (?:this parameter|the parameter|it|this value|the value) is (?:left )?empty\b"
    r"|\bdefaults? to (?:an )?empty\b|\bdefault value is (?:an )?empty(?: string)?\b",
    _I,
)
_NUM_UNIT = re.compile(rf"^(?P<n>{NUMBER})\s*(?P<u>[A-Za-z%][A-Za-z%]*(?:/[A-Za-z]+)?)?$")
_THIS_DEFAULT = re.compile(r"\bthis is the default(?: value)?\b", _I)
_DEFAULT_START = re.compile(r"(?:The )?default", _I)
_VALUE_WORD = re.compile(r"\bvalues?\b|\bdefault\b", _I)
# a case labelled before a colon (`Windows实例：…`, `TCP/UDP协议：…`, `其他类型实例（Linux等）：…`)
_ZH_CASE_LABEL = re.compile(r"^[^：:，。,]{1,20}?(?:实例|协议|系统|类型)(?:（[^（）]{1,12}）)?[：:]")
_ZH_GOES_ON = re.compile(r"(?:当|如果|若|其中|例如|此时|该)")
_ZH_COND = re.compile(r"^(?:如果|若|当|仅当|对于|在)\S*?(?:时|,|，)|" + _ZH_CASE_LABEL.pattern[1:])
_VALUE_WORDS = frozenset(["the", "a", "an", "this", "that", "one", "any", "your", "its", "their"])

COND = "conditional: applies only in some cases"
ENTRY = "describes one listed value"
FIELD = "describes a field inside the value"
_RANGE_VALUE = re.compile(r"-?\d+(?:\.\d+)?\s*(?:~|-|to)\s*-?\d+(?:\.\d+)?")
_SLASHED = re.compile(r"[A-Z][A-Za-z0-9]+(?:/[A-Z][A-Za-z0-9]+)+")
_FIELD_LABEL = re.compile(r"\s*[A-Za-z]\w*\.\s?[A-Z]\w*\s*[:：]")  # a paragraph on one field (`SSLConfig.Port：…`)
_JSON_VALUE = re.compile(
    r"\b(?:to|is|as|be) (?:a |an )?JSON (?:string|object|array)\b.{0,40}\b(?:contains|following|fields|parameters|format)\b"
    r"|\bin JSON format\b.{0,80}\b(?:structure|fields|parameters)\b"
    r"|由\s*Key-Values?\s*键值对组成|key-value\s*键值对形式|JSON\s*字符串表示"  # (the same in Chinese)
    r"|JSON\s*(?:格式|字符串|数组)[^，。]{0,20}(?:包含|如下|字段|参数)"
    r"|^" + _FIELD_LABEL.pattern,  # a paragraph on one of its fields (`SSLConfig.Cipher：...`)
    _I | re.MULTILINE,
)
_STRUCTURED = frozenset(["json", "object", "map", "struct", "json object", "jsonobject", "json数组", "json对象"])
CASE = "applies to one listed case"


# Every alternative of _TRIGGER holds one of these words: a sentence without them is skipped cheaply.
_TRIGGER_WORDS = (
    "character", "start", "begin", "valid value", "default", "range", "maximum", "minimum", "contain", "must",
    "cannot", "can not", "up to", "at most", "unit", "set ", "regular expression", "separate",
)


def triggered(body: str) -> bool:
    """Does the sentence read like a rule (so it must not be dropped silently)?"""
    low = lowered(body)
    if low is None:
        return bool(_TRIGGER.search(body)) or (is_zh(body) and zh_triggered(body))
    return holds_word(low, _TRIGGER_WORDS) and bool(_TRIGGER_LOW.search(low))


def parse_constraints(sentences: tuple[str, ...], ptype: str) -> dict[str, Any]:
    paragraphs = tuple(p if isinstance(p, str) else "" for p in (sentences or ()))
    parser = _Parser(ptype if isinstance(ptype, str) else "")
    # a String whose value is JSON (`Set this parameter to a JSON string`) holds fields as a JSON type does
    parser.structured = parser.ptype.strip().lower() in _STRUCTURED or any(_JSON_VALUE.search(p) for p in paragraphs)
    for s in split_sentences(paragraphs):
        parser.feed(s)
    return parser.result()


_SWITCHES = frozenset({"boolean", "bool"})
_VALUE_ALONE = re.compile(r"(?P<key>[^\s:()]+)\s*(?P<mark>\((?:default|default value)\))?\s*:", _I)
_NO_VALUE = frozenset({"null", "none", "nil"})
_SHORTEST_JSON_LIMIT = 16  # a length limit below this on a JSON value counts its items
# (a case, or a field named first: `Key和Value的长度为1~64个字节`)
_CASE_CLAUSE = re.compile(r"时\s*[：:，,]|^\s*(?:if|when)\b|^\s*[A-Za-z]\w*(?:\s*(?:和|或|、)\s*[A-Za-z]\w*)*\s*的", _I)
_TEXT_RULES = frozenset({"charset", "length", "first_char", "forbidden_prefix", "pattern"})


class _Parser:
    def __init__(self, ptype: str) -> None:
        self.ptype = ptype
        self.structured = False  # the value holds fields (a JSON value): rules on them are not on it
        self.items: list[tuple[int, int, Item]] = []
        self.unparsed: dict[int, tuple[str, list[str]]] = {}
        self.ctx: ValueList | None = None
        self.cond_at: Sentence | None = None
        self.case_at: Sentence | None = None  # the last sentence of a case labelled in Chinese (`Windows实例：`)
        self.seq = 0

    # --- output ---------------------------------------------------------------------------

    def emit(self, s: Sentence, item: Item) -> None:
        self.items.append((s.index, self.seq, {**item, "sentence": s.text}))
        self.seq += 1

    def _demote(self, doomed: list[tuple[int, int, Item]], reason: str) -> None:
        """Items read but not kept: each goes to `unparsed` with its sentence and `reason`."""
        for s_index, _, it in doomed:
            self.unparsed.setdefault(s_index, (it["sentence"], []))[1].append(reason)
        self.items = [t for t in self.items if t not in doomed]

    def skip(self, s: Sentence, reason: str) -> None:
        reasons = self.unparsed.setdefault(s.index, (s.text, []))[1]
        if reason not in reasons:
            reasons.append(reason)

    def result(self) -> dict[str, Any]:
        if self.ctx is not None:
            self._close()
        if not self.items and not self.unparsed:
            return {"constraints": [], "unparsed": []}
        if self.structured:
            # a JSON or object value: value lists, ranges and character rules in its description are
            # about the fields inside it (`SecretSubType: ... Valid values:`), not about the whole value
            fields = [t for t in self.items if t[2]["kind"] not in ("length", "default", "unit")]
            said = {t[2]["sentence"] for t in fields}
            # (and a default marked in one of their value lists, `取值：UDP（默认值）|TCP`, or said of a
            # field, `SSLConfig.Port：…默认值为1194`)
            fields += [t for t in self.items if t[2]["kind"] == "default"
                       and (t[2]["sentence"] in said or _FIELD_LABEL.match(t[2]["sentence"]))]
            self._demote(fields, FIELD)
            # (`长度为0~1` on a JSON array: a count of its items; no JSON text is that short)
            tiny = [t for t in self.items if t[2]["kind"] == "length" and (t[2].get("max") or 99) < _SHORTEST_JSON_LIMIT]
            self._demote(tiny, "the number of the value's items, not the length of its text")
            # (`Key取值为SecretName时：长度为1~192个字符`: the length of a field in one case)
            cases = [t for t in self.items if t[2]["kind"] == "length" and _CASE_CLAUSE.search(t[2]["sentence"])]
            self._demote(cases, FIELD)
        if self.ptype.strip().lower() in _SWITCHES:
            # `Specifies whether the password must contain uppercase letters.`: a switch's text says
            # what it turns on; character, length and start rules there are about that, not about it
            self._demote([t for t in self.items if t[2]["kind"] in _TEXT_RULES], "describes what the switch turns on")
        listed = {str(v).lower() for t in self.items if t[2]["kind"] == "enum" for v in t[2]["values"]}
        nulls = [t for t in self.items if t[2]["kind"] == "default" and str(t[2]["value"]).lower() in _NO_VALUE]
        # `Default value: null`: the parameter is left out (unless `NULL` is one of its listed values)
        self._demote([t for t in nulls if str(t[2]["value"]).lower() not in listed], "no default: the parameter is left out")
        counts = [t for t in self.items if t[2]["kind"] == "max_items"]
        if len({t[2]["max"] for t in counts}) > 1:
            # `up to 20 IP addresses` ... `only one domain name`: counts of different things; the largest
            # is the one no valid request goes over
            top = max(counts, key=lambda t: t[2]["max"])
            self._demote([t for t in counts if t is not top], "another count of items is larger")
        enums = [t for t in self.items if t[2]["kind"] == "enum"]
        mixed = [t for t in enums if any(isinstance(v, str) and _RANGE_VALUE.fullmatch(v) for v in t[2]["values"])]
        slashed = [t for t in enums if any(isinstance(v, str) and _SLASHED.fullmatch(v) for v in t[2]["values"])]
        self._demote(mixed, "values mixed with ranges")  # `1~9、12、24、或36`: no list of values says that
        self._demote(slashed, "values joined by slashes")  # `Month/Year`: two values, or one with a slash?
        if kind_of(self.ptype) != "str":
            # `cloud：5~2000 cloud_efficiency：20~32768` on a number: cases that pick a range, not values
            cases = [t for t in self.items if t[2]["kind"] == "enum"
                     and not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in t[2]["values"])]
            self._demote(cases, "values that are no numbers: cases, not values")
        items = [it for _, _, it in sorted(self.items, key=lambda t: (t[0], t[1]))]
        _widen_charset(items)
        out: dict[str, Any] = {}
        defaults = [it for it in items if it["kind"] == "default"]
        if len({repr(d["value"]) for d in defaults}) > 1:
            items = [it for it in items if it["kind"] != "default"]
            for s_index, _, it in self.items:
                if it["kind"] == "default":
                    self.unparsed.setdefault(s_index, (it["sentence"], []))[1].append("conflicting defaults")
        elif defaults:
            out["default"] = defaults[0]["value"]
        unit = next((it["unit"] for it in items if it["kind"] == "unit"), None)
        if unit is not None:
            out["unit"] = unit
        unparsed = []
        for _, (text, reasons) in sorted(self.unparsed.items()):
            ordered = sorted(dict.fromkeys(reasons), key=lambda r: r != "truncated")
            unparsed.append({"sentence": text, "reason": "; ".join(ordered)})
        return {"constraints": items, "unparsed": unparsed, **out}

    # --- reading --------------------------------------------------------------------------

    def feed(self, s: Sentence) -> None:
        if self.ctx is not None:
            if self._zh_in_list(s) if self.ctx.zh else self._in_list(s, s.text):
                return
            self._close()
        if is_zh(s.body):
            self._zh_statement(s)
            return
        self._statement(s)

    def _statement(self, s: Sentence) -> None:
        body = s.body
        if not body:
            return
        h = head(body) if ":" in body else None  # (`head` needs a colon)
        if h is not None:
            self._head(s, h.kind, h.rest, h.index, h.name)
            return
        if conditional(body):
            self.cond_at = s
            found = Found()
            separator(body, found)
            for it in found.items:
                self.emit(s, it)
            if body.endswith(":"):
                self.ctx = ValueList(s, "cond")
            elif not found.items and triggered(body):
                self.skip(s, COND)
            return
        if body.endswith(":"):
            self.ctx = ValueList(s, "other")
            if triggered(body):
                self.skip(s, "introduces a list that is not a list of values")
            return
        prev = self.cond_at
        if (
            prev is not None
            and prev.index == s.index - 1
            and prev.para == s.para
            and _DEFAULT_START.match(body)
            and _VALUE_WORD.search(prev.text)
        ):
            self.cond_at = s
            self.skip(s, COND)
            return
        found = Found()
        self._rules(s, body, found)
        self._found(s, found)

    def _found(self, s: Sentence, found: Found, check: bool = True) -> None:
        body = s.body
        for it in found.items:
            self.emit(s, it)
        notes = list(dict.fromkeys(found.notes)) if found.notes else []
        if found.items and notes:
            self.skip(s, "truncated" if notes == ["truncated"] else "partly parsed: " + "; ".join(notes))
        elif notes:
            self.skip(s, "; ".join(notes))
        elif check and not found.items and triggered(body):
            self.skip(s, "describes part or one kind of the value" if _PART.match(body) else "not machine-readable")

    def _rules(self, s: Sentence, body: str, found: Found) -> None:
        # Lowered ASCII text shows which anchored patterns cannot match (by how it begins); other
        # text (None) is always tried, since case-insensitive letters also match some non-ASCII ones.
        low = lowered(body)
        self._default(body, found, low)
        m = _SET.match(body) if low is None or low.startswith("set ") else None
        if m:
            token = literal(re.split(r"[\s,:]", m.group("v").strip(), maxsplit=1)[0])
            if token and token.lower() not in _VALUE_WORDS:
                found.add("enum", values=[coerce(token, self.ptype)])
            else:
                found.notes.append("value described, not a literal")
            return
        if (low is not None and not low.startswith(("a", "e"))) or not _PART.match(body):
            apply_rules(SHAPE_RULES, body, low, found)  # length, starts, charset
            if low is None or low.startswith("m") or "range" in low or "must be from" in low:
                ranges(body, self.ptype, found)
            if low is None or "integer" in low or "whole number" in low:
                signed(body, self.ptype, found)
            if low is None or " than " in low:
                bound_sentence(body, self.ptype, found)
        apply_rules(OTHER_RULES, body, low, found)  # units, max_items, separator, pattern, leftovers

    def _default(self, body: str, found: Found, low: str | None) -> None:
        if (low is None or low.startswith("default value")) and _DEFAULT_OF.match(body):
            found.notes.append("default given for one numbered instance")
            return
        if (low is None or "empty" in low) and _EMPTY.search(body):
            found.add("default", value="")
            return
        m = _DEFAULT_IS.match(body) if low is None or low.startswith(("default", "the default")) else None
        if m:
            v = m.group("v").strip().rstrip(".")
            n = _NUM_UNIT.match(v)
            if n:
                found.add("default", value=coerce(n.group("n"), self.ptype))
                if n.group("u"):
                    found.add("unit", unit=n.group("u"))
                return
            token = literal(v)
            if token and token.lower() not in _VALUE_WORDS:
                found.add("default", value=coerce(token, self.ptype))
            else:
                found.notes.append("default is described, not a literal")
            return
        if (low is None or "default" in low) and _THIS_DEFAULT.search(body):
            found.notes.append("no listed value to attach the default to")

    def _head(self, s: Sentence, kind: str, rest: str, index: str, name: str) -> None:
        if kind == "index":
            item = range_item(rest, "Integer")
            if item and isinstance(item.get("max"), int):
                self.emit(s, {"kind": "max_items", "max": item["max"], "index": index})
            else:
                self.skip(s, "not machine-readable")
            return
        if kind == "other":
            self.skip(s, f"describes the values of {name}")
            if not rest:
                self.ctx = ValueList(s, "cond")
            return
        if kind == "conditional":
            self.cond_at = s
            if rest:
                self.skip(s, COND)
            else:
                self.ctx = ValueList(s, "cond")
            return
        if not rest:
            self.ctx = ValueList(s, "enum")
            return
        item = range_item(rest, self.ptype)
        if item:
            self.emit(s, item)
            return
        listed = value_list(rest, self.ptype)
        if listed:
            values, default = listed
            self.emit(s, {"kind": "enum", "values": list(dict.fromkeys(values))})
            if default is not None:
                self.emit(s, {"kind": "default", "value": default})
            return
        if any(range_item(p, self.ptype) for p in LIST_SPLIT.split(rest)):
            self.skip(s, "mixes a range with single values")
            return
        self.ctx = ValueList(s, "enum")
        self._in_list(s, rest, inline=True)

    # --- Chinese ----------------------------------------------------------------------------

    def _zh_statement(self, s: Sentence) -> None:
        body = s.body
        if not body:
            return
        found = Found()
        prev = self.case_at
        follows_case = prev is not None and prev.para == s.para and prev.index == s.index - 1 and not s.first
        if _ZH_COND.match(body) or follows_case:
            # (the sentences after a case's label, in its paragraph, are that case's too)
            self.case_at = s if follows_case or _ZH_CASE_LABEL.match(body) else None
            zh.rules(body, self.ptype, found)
            if zh_triggered(body) or found.items:
                self.skip(s, COND)
            return
        text = zh.normalise(body)
        h = zh.head(text)
        if h is None:
            zh.rules(body, self.ptype, found)
            self._found(s, found)
            return
        zh.rules(text[: h.start("label")], self.ptype, found)
        rest = h.group("rest").strip().rstrip(".").strip()
        if not rest:
            self._found(s, found, check=False)  # the list that follows holds the rule
            self.ctx = ValueList(s, "enum", zh=True)
            return
        rest, tail = zh.split_rest(rest)
        if not zh.values(rest, self.ptype, found):
            e = zh.entry(rest)
            if e is not None and e[2] and not tail:
                self._found(s, found, check=False)  # the list that starts here holds the rule
                self.ctx = ValueList(s, "enum", zh=True)
                self._zh_entry(s, *e)
                return
            found.notes.append("describes the allowed values in prose")
        if tail:
            zh.rules(tail, self.ptype, found)
        self._found(s, found)

    def _zh_in_list(self, s: Sentence) -> bool:
        ctx = self.ctx
        assert ctx is not None
        e = zh.entry(s.body)
        if e is not None and (e[2] or s.first):
            self._zh_entry(s, *e)
            return True
        # more of the last entry's explanation: the rest of its paragraph, or a paragraph that goes on
        # with it (`当权重值相同时，…` below `wlc：…`)
        if ctx.last is not None and (not s.first or _ZH_GOES_ON.match(s.body)):
            if triggered(s.body):
                self.skip(s, ENTRY)
            return True
        return False

    def _zh_entry(self, s: Sentence, key: str, marked: bool, desc: str) -> None:
        ctx = self.ctx
        assert ctx is not None
        value = coerce(key, self.ptype)
        ctx.values.append(value)
        ctx.last = s
        if marked:
            ctx.pending.append((s, value))
        if desc and zh_triggered(desc):
            self.skip(s, ENTRY)
            rules = Found()
            zh.rules(desc, self.ptype, rules)
            if any(it["kind"] in ("length", "charset") for it in rules.items):
                # `domain：域名长度为1~80，只能包含字母…`: the entry stands for a class of values
                ctx.open_reason = "a listed entry stands for a class of values, not a literal"

    # --- lists ----------------------------------------------------------------------------

    def _in_list(self, s: Sentence, text: str, inline: bool = False) -> bool:
        ctx = self.ctx
        assert ctx is not None
        body = Sentence(text, s.index, s.para, s.first, s.whole).body
        if ctx.kind == "other":
            return self._in_other(s, body)
        if not inline and param_marker(body):
            return False
        if body.endswith(":") and not inline:
            alone = _VALUE_ALONE.fullmatch(body) if s.whole and ctx.kind == "enum" else None
            token = literal(alone.group("key")) if alone else None
            if (alone and token is not None and token == alone.group("key")
                    and entry(Sentence(token + ": x", s.index, s.para, True, False), True) is not None):
                # `Running:` (or `false (default):`) alone on its list item, described by the items below it
                value = coerce(token, self.ptype)
                ctx.values.append(value)
                if alone.group("mark"):
                    ctx.pending.append((s, value))
                ctx.last = s
                ctx.cases_of_value = True
                return True
            if ctx.last is not None and ctx.last.para == s.para and ctx.last.index == s.index - 1 and not head(body):
                ctx.last = s  # an entry's own explanation ("true: deletes it. If you set the value to true:")
                if triggered(body):
                    self.skip(s, ENTRY)
                return True
            return False
        pieces = split_entries(text, [str(v) for v in ctx.values])
        for k, piece in enumerate(pieces):
            sub = Sentence(piece, s.index, s.para, s.first and k == 0 and not inline, s.whole and len(pieces) == 1 and not inline)
            e = entry(sub, bool(ctx.values))
            if e is None:
                self._continuation(s, sub.body)
                continue
            if e.case and ctx.cases_of_value:
                ctx.last = s  # (`Recurring execution: ...` below `Running:`: the value's description)
                self._entry_text(s, e.desc)
                continue
            ctx.cases_of_value = False
            if e.case:
                ctx.kind = "cond" if ctx.kind == "enum" and not ctx.values else ctx.kind
                ctx.open_reason = ctx.open_reason or "the allowed values depend on a condition"
                ctx.last = s
                if triggered(e.desc) or triggered(sub.body):
                    self.skip(s, CASE)
                continue
            value = coerce(e.key, self.ptype)
            ctx.values.append(value)
            ctx.last = s
            if e.default:
                ctx.pending.append((s, value))
            elif triggered(sub.body):
                self.skip(s, ENTRY)  # `default: the default tenancy`: the value itself reads like a rule
            self._entry_text(s, e.desc)
        return True

    def _entry_text(self, s: Sentence, text: str) -> None:
        """Text describing one listed value: a rule here makes the entry a class, not a literal."""
        ctx = self.ctx
        assert ctx is not None
        found = Found()
        length(text, found)
        charset(text, found)
        if found.items:
            ctx.open_reason = "a listed entry stands for a class of values, not a literal"
        if triggered(text):
            self.skip(s, ENTRY)

    def _continuation(self, s: Sentence, body: str) -> None:
        ctx = self.ctx
        assert ctx is not None
        if not body:
            return
        if ctx.last is None:
            item = range_item(body, self.ptype)
            if item:
                self.emit(s, item)
                return
            if conditional(body):
                ctx.kind = "cond"
                self.cond_at = s
                if triggered(body):
                    self.skip(s, COND)
                return
            ctx.open_reason = ctx.open_reason or "a listed entry is not a literal value"
            if triggered(body):
                self.skip(s, "describes the allowed values in prose")
            return
        if _THIS_DEFAULT.search(body) and ctx.values:
            ctx.pending.append((s, ctx.values[-1]))
            return
        found = Found()
        separator(body, found)
        for it in found.items:
            self.emit(s, it)
        if found.items:
            return
        if ctx.last.para == s.para:
            self._entry_text(s, body)
        elif triggered(body):
            self.skip(s, ENTRY)

    def _in_other(self, s: Sentence, body: str) -> bool:
        ctx = self.ctx
        assert ctx is not None
        e = entry(Sentence(body, s.index, s.para, s.first, s.whole), ctx.fields)
        if e is not None:
            ctx.fields = ctx.fields or not e.case
            ctx.last = s
            if triggered(body):
                self.skip(s, FIELD if not e.case else CASE)
            return True
        if body.endswith(":"):
            if ctx.fields and not re.match(r"^(?:Notes?|Examples?|Samples?)\b", body, _I):
                if triggered(body):
                    self.skip(s, FIELD)
                return True
            return False
        if ctx.fields or (ctx.last is not None and ctx.last.para == s.para and not s.first):
            if triggered(body):
                self.skip(s, FIELD if ctx.fields else CASE)
            return True
        return False

    def _close(self) -> None:
        ctx = self.ctx
        self.ctx = None
        if ctx is None or ctx.kind == "other":
            return
        if ctx.kind == "cond":
            self.skip(ctx.head, COND)
            for s, _ in ctx.pending:
                self.skip(s, COND)  # a default marked inside a list of cases holds in one case only
            return
        if ctx.open_reason:
            self.skip(ctx.head, ctx.open_reason)
        elif not ctx.values:
            self.skip(ctx.head, "no literal values listed")
        else:
            self.emit(ctx.head, {"kind": "enum", "values": list(dict.fromkeys(ctx.values))})
        for s, value in ctx.pending:
            self.emit(s, {"kind": "default", "value": value})


def _widen_charset(items: list[Item]) -> None:
    """A value may hold the characters it may start with: add first_char's classes to charset.

    Pages write "must start with a letter. It can contain digits, periods (.) ..." and mean the
    listed characters besides letters; without this every value would break one of the two rules.
    """
    firsts = [it for it in items if it["kind"] == "first_char"]
    if not firsts:
        return
    for it in items:
        if it["kind"] != "charset":
            continue
        classes = set(it["classes"])
        chars = list(it["chars"])
        for f in firsts:
            for c in f["classes"]:
                covered = "ascii" in classes and c in ("letter", "lower", "upper", "digit")
                covered = covered or ("letter" in classes and c in ("lower", "upper"))
                if not covered:
                    classes.add(c)
            chars.extend(ch for ch in f.get("chars", []) if ch not in chars)
        it["classes"] = sorted(classes, key=CLASS_ORDER.index)
        it["chars"] = chars
