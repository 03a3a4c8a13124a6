"""Rule sentences written in Chinese, read into the same vocabulary as the English ones.

`长度为2~128个字符` → length, `必须以字母开头` → first_char, `不能以http://开头` → forbidden_prefix,
`可包含数字、下划线（_）` → charset, `取值：ipv4或ipv6` → enum, `取值范围：1~100` → range,
`默认值：10` → default. A sentence is read this way when it holds a CJK ideograph.
"""

from __future__ import annotations

import re
from typing import Any

from .constraints_rules import CLASS_ORDER, Found, Item, add_first_char, range_item
from .constraints_text import coerce, literal

_CJK = re.compile(r"[\u4e00-\u9fff]")
TRIGGER_WORDS = ("必须", "不能", "不可", "不得", "长度", "取值", "默认", "范围", "包含", "开头", "只支持", "仅支持")


def is_zh(text: str) -> bool:
    """Does the text hold a Chinese ideograph (so the Chinese rules read it)?"""
    return not text.isascii() and bool(_CJK.search(text))


def zh_triggered(body: str) -> bool:
    """Does a Chinese sentence read like a rule?"""
    return any(w in body for w in TRIGGER_WORDS)


def normalise(text: str) -> str:
    """Full-width punctuation that carries values as its ASCII form, markdown emphasis removed."""
    return text.translate(_WIDTH).replace("**", "").replace("`", "")


_WIDTH = str.maketrans({"。": ".", "；": ";", "：": ":", "～": "~", "－": "-", "（": "(", "）": ")", "，": ",", "［": "[", "］": "]"})

# --- character classes ------------------------------------------------------------------------

_CLASS_WORDS = (  # (pattern of one element, class)
    (re.compile(r"(?:英文)?(?:大小写|大写或小写|大写和小写|大小)(?:英文)?字母|(?:英文)?字母|英文"), "letter"),
    (re.compile(r"(?:英文)?小写(?:英文)?字母|小写"), "lower"),
    (re.compile(r"(?:英文)?大写(?:英文)?字母|大写"), "upper"),
    (re.compile(r"(?:阿拉伯)?数字"), "digit"),
    (re.compile(r"中文(?:字符)?|汉字|中文汉字"), "chinese"),
    (re.compile(r"(?:可打印的?)?ASCII(?:字符|码)?", re.IGNORECASE), "ascii"),
)
_CHAR_WORDS = {
    "下划线": "_", "短划线": "-", "中划线": "-", "短横线": "-", "连字符": "-", "横线": "-", "半角句号": ".",
    "句号": ".", "句点": ".", "点号": ".", "英文句号": ".", "冒号": ":", "半角冒号": ":", "正斜线": "/",
    "斜线": "/", "斜杠": "/", "反斜线": "\\", "逗号": ",", "半角逗号": ",", "空格": " ", "at符号": "@", "@符号": "@",
}
_NAMED = re.compile(r"^(?P<name>[^()]*?)\s*\((?P<c>[^()]+)\)$")
_QUOTED = re.compile(r"^(?P<name>[^()\"“”]*?)\s*[\"“](?P<c>[^\"“”]+)[\"”]$")  # `英文句点 "."`
_ELEMENT_SPLIT = re.compile(r"、|,|或者|或|以及|及|和|与")
_ETC = re.compile(r"等(?:特殊)?(?:字符|符号)?$")
_ELEMENT_PREFIX = re.compile(r"^(?:仅|只|以及|及|和|或|与|半角的?|英文的?)(?=\S)")


def classes_of(phrase: str) -> tuple[list[str], list[str], list[str]]:
    """`大小写字母、数字、下划线（_）` → (classes, chars, unrecognised elements), in order read."""
    classes: list[str] = []
    chars: list[str] = []
    unknown: list[str] = []
    for raw in _ELEMENT_SPLIT.split(phrase):
        el = _ETC.sub("", raw.strip()).strip()  # (`“_”等字符`)
        if not el:
            continue
        m = _NAMED.match(el) or _QUOTED.match(el)
        if m:
            inside = m.group("c").replace(" ", "")
            if _CJK.search(inside):
                unknown.append(el)  # `华东1（杭州）`: a name explained, not a character
                continue
            chars.extend(c for c in inside if c not in chars)
            continue
        for rx, cls in _CLASS_WORDS:
            if rx.fullmatch(el):
                classes.append(cls)
                break
        else:
            c = _CHAR_WORDS.get(_ELEMENT_PREFIX.sub("", el)) or _CHAR_WORDS.get(el)
            if c is None:
                unknown.append(el)
            elif c not in chars:
                chars.append(c)
    return sorted(set(classes), key=CLASS_ORDER.index), chars, unknown


def _leading_classes(phrase: str) -> tuple[list[str], list[str], str]:
    """The recognised elements at the start of `phrase` (a list that runs into the next clause),
    and the first element not recognised ("" when all are)."""
    classes: list[str] = []
    chars: list[str] = []
    for raw in _ELEMENT_SPLIT.split(phrase):
        if not raw.strip():
            continue
        c, ch, unknown = classes_of(raw)
        if unknown:
            return classes, chars, unknown[0]
        classes.extend(x for x in c if x not in classes)
        chars.extend(x for x in ch if x not in chars)
    return sorted(classes, key=CLASS_ORDER.index), chars, ""


# --- rules ------------------------------------------------------------------------------------

_N = r"(\d+)"
_UNIT = r"\s*个?\s*(?:(?:英文|中文|ASCII)?字符|字节|位|字)"
_LENGTH = (
    (re.compile(rf"{_N}\s*(?:~|-|至|到)\s*{_N}{_UNIT}"), "min", "max"),
    (re.compile(rf"长度[^,.:;]*?(?:为|是|在|:)\s*{_N}\s*(?:~|-|至|到)\s*{_N}(?!\d)(?!{_UNIT})"), "min", "max"),
    (re.compile(rf"(?:不(?:能|可|得|可以|应)?超过|最多|最长|至多|不多于|不大于|小于等于|最大长度为?:?)\s*{_N}{_UNIT}"), "max", ""),
    (re.compile(rf"长度(?:不(?:能|可|得|可以|应)?超过|最多|最长|至多|不多于|不大于|小于等于)\s*{_N}(?!\d)(?!{_UNIT})"), "max", ""),
    (re.compile(rf"(?:至少|最少|不少于|不(?:能|可|得)?少于|大于等于|最小长度为?:?)\s*{_N}{_UNIT}"), "min", ""),
)
_NOT_EMPTY = re.compile(r"不(?:能|可|得|可以)为空")


def length(text: str, found: Found) -> None:
    if "长度" not in text and "空" not in text and not re.search(_UNIT, text):
        return
    spans: list[tuple[int, int]] = []
    for rx, first, second in _LENGTH:
        for m in rx.finditer(text):
            if any(a <= m.start(1) < b for a, b in spans):
                continue
            spans.append((m.start(), m.end()))
            item: Item = {first: int(m.group(1))}
            if second:
                item[second] = int(m.group(2))
            # (`长度为1~64个字节`: a size in bytes)
            unit = "bytes" if "字节" in m.group(0) else "characters"
            found.add("length", **item, unit=unit)
    if _NOT_EMPTY.search(text) and not any(it["kind"] == "length" for it in found.items):
        found.add("length", min=1, unit="characters")


_NEG = r"不(?:能|可|得|允许|可以|应|要)"
_START = re.compile(rf"(?P<neg>{_NEG})?\s*以\s*(?P<what>[^,;.]+?)\s*(?:开头|开始|起始)")


def starts(text: str, found: Found) -> None:
    if "以" not in text:
        return
    for m in _START.finditer(text):
        what = m.group("what").strip()
        if m.group("neg"):
            what = re.sub(r"^(?:使用|用)\s*", "", what)  # `不可以使用http://或https://开头`
            values = [t.strip().strip("'\"“”‘’") for t in re.split(r"、|,|或者|或|和|及|与|\s+", what)]
            values = [v for v in values if v]
            if values and not any(_CJK.search(v) for v in values):
                found.add("forbidden_prefix", values=values)
            else:
                found.notes.append(f"unrecognised prefix: {what}")
            continue
        what = re.sub(r"^(?:必须|需要|需|应|只能|仅能)\s*", "", what)
        add_first_char(found, what, *classes_of(what))


_CONTAIN = re.compile(
    r"(?:(?:可|可以|允许|只能|仅能|仅可|只可|必须)(?:包含|包括|使用|输入)|(?:只|仅)(?:支持|允许|包含)|支持|允许|由)\s*(?P<list>[^;]+)"
)
_MIX = re.compile(r"任意\S{1,3}种|至少\S{1,3}种|中的\S{1,3}种|任意组合")


def charset(text: str, found: Found) -> None:
    classes: list[str] = []
    chars: list[str] = []
    seen = False
    pos = 0
    while (m := _CONTAIN.search(text, pos)) is not None:
        pos = m.start("list")  # the list runs to the end: a later clause may add more classes
        phrase = re.sub(r"组成.*$", "", m.group("list")).rstrip(". ")
        among_special = phrase.startswith("特殊字符中的")  # only these special characters: letters and digits too
        c, ch, stop = _leading_classes(phrase.removeprefix("特殊字符中的"))
        if among_special and (c or ch):
            c = sorted({*c, "letter", "digit"}, key=CLASS_ORDER.index)
        if not (c or ch):
            continue
        seen = True
        classes.extend(x for x in c if x not in classes)
        chars.extend(x for x in ch if x not in chars)
        if stop and _MIX.search(stop):
            found.notes.append("no vocabulary item for character-type mixes")
            return
    if _MIX.search(text):
        found.notes.append("no vocabulary item for character-type mixes")
        return
    if seen:
        found.add("charset", classes=sorted(classes, key=CLASS_ORDER.index), chars=chars)


_HEAD = re.compile(
    r"(?:^|[,.:;])\s*(?:仅|只能)?(?P<label>取值范围|取值|可选值|有效值|枚举值|范围)\s*(?:(?:为|是|如下)\s*:?|:|(?=\d|-\d|\[))\s*(?P<rest>.*)$"
)
_VALUE_SPLIT = re.compile(r"\s*(?:、|,|\||或者|或|和|及)\s*")
_ZH_RANGE = re.compile(r"^(?P<lo>-?\d[\d.]*)\s*(?:~|-|至|到)\s*(?P<hi>-?\d[\d.]*)(?:之间)?$")
_DEFAULT_MARK = re.compile(r"\s*\((?:默认值?|默认取值)\)")


def head(text: str) -> re.Match[str] | None:
    """`取值：a或b`, `取值范围：1~100`: the label and the rest (empty when a list follows)."""
    return _HEAD.search(text) if ("取值" in text or "值" in text or "范围" in text) else None


def values(rest: str, ptype: str, found: Found) -> bool:
    """Read the rest of a value head: a range or an inline list. False when it is neither."""
    r = rest.strip().rstrip(".").strip()
    r = re.sub(r"(?:之间|以内|\s*的?整数)$", "", r)
    m = _ZH_RANGE.match(r)
    item = range_item(f"{m.group('lo')} to {m.group('hi')}", ptype) if m else range_item(r, ptype)
    if item:
        found.items.append(item)
        return True
    parts = [p for p in _VALUE_SPLIT.split(r) if p]
    out: list[Any] = []
    default: Any = None
    for part in parts:
        marked = bool(_DEFAULT_MARK.search(part))
        token = literal(_DEFAULT_MARK.sub("", part))
        if token is None or _CJK.search(token):
            return False
        out.append(coerce(token, ptype))
        if marked:
            default = out[-1]
    if not out:
        return False
    found.add("enum", values=list(dict.fromkeys(out)))
    if default is not None:
        found.add("default", value=default)
    return True


_DEFAULT = re.compile(r"默认(?:值|取值)?(?:(?:为|是)\s*:?|:)\s*(?P<v>[^\s,;)]+)")  # `默认取值为：MySQL` too


def default(text: str, ptype: str, found: Found) -> None:
    if "默认" not in text:
        return
    m = _DEFAULT.search(text)
    if not m:
        return
    if len({x.group("v").rstrip(".") for x in _DEFAULT.finditer(text)}) > 1:
        # `…默认值为cloud，否则，默认值为cloud_efficiency`: a default per case
        found.notes.append("the default depends on a case")
        return
    v = m.group("v").rstrip(".")
    if v in ("空", "空字符串"):
        found.add("default", value="")
        return
    token = literal(v)
    if token is None or _CJK.search(token):
        found.notes.append("default is described, not a literal")
        return
    found.add("default", value=coerce(token, ptype))


_LEFTOVERS = (  # (pattern, note): clauses the vocabulary has no item for
    (re.compile(r"不(?:能|可|得|允许|可以)(?:包含|含有|出现)"), "no vocabulary item for forbidden substrings"),
    (re.compile(r"结尾|结束"), "no vocabulary item for suffixes"),
    (re.compile(r"连续"), "no vocabulary item for repeated characters"),
    (re.compile(r"(?:必须|需要?|应)(?:是|为|保持)?(?:全局)?唯一"), "uniqueness cannot be checked from one value"),
)
# A clause after a value head that starts another rule (`取值范围：1~100，默认值：10`).
_NEXT_RULE = re.compile(r"\s*[,;]\s*(?=默认|长度|必须|不能|单位|且)")


def split_rest(rest: str) -> tuple[str, str]:
    """The values after a head, and the rules that follow them in the same sentence."""
    m = _NEXT_RULE.search(rest)
    return (rest[: m.start()], rest[m.end() :]) if m else (rest, "")


_UNIT_WORDS = {
    "毫秒": "milliseconds", "秒": "seconds", "分钟": "minutes", "小时": "hours", "天": "days", "周": "weeks",
    "月": "months", "年": "years", "字节": "bytes", "个": "", "次": "",
}
_UNIT_LABEL = re.compile(r"(?:^|\()\s*单位\s*(?:为|是|:)\s*(?P<u>[A-Za-z%/]+|[\u4e00-\u9fff]{1,2})(?=$|[\s.;,)])")


def unit(text: str, found: Found) -> None:
    """`单位：秒` → unit seconds; a unit written in ASCII (`GB`, `Mbps`) is kept as written."""
    m = _UNIT_LABEL.search(text) if "单位" in text else None
    if m:
        u = m.group("u")
        u = _UNIT_WORDS.get(u, "") if _CJK.search(u) else u
        if u:
            found.add("unit", unit=u)


# `多个状态码用逗号（,）分割`: several values in one text, and what separates them
_SEPARATED = re.compile(r"多个\S{0,12}?(?:之间)?(?:用|使用|以)(?P<name>半角)?(?:逗号|英文逗号)\s*(?:\((?P<c>[^()]+)\))?\s*(?:分隔|分割|隔开)")


def separator(text: str, found: Found) -> None:
    m = _SEPARATED.search(text) if "多个" in text else None
    if m:
        found.add("separator", value=(m.group("c") or ",").strip() or ",")


def rules(body: str, ptype: str, found: Found) -> None:
    """Every Chinese rule on one sentence (the value head is read by the caller)."""
    text = normalise(body)
    length(text, found)
    starts(text, found)
    charset(text, found)
    default(text, ptype, found)
    unit(text, found)
    separator(text, found)
    for rx, note in _LEFTOVERS:
        if rx.search(text) and note not in found.notes:
            found.notes.append(note)


# --- list entries -----------------------------------------------------------------------------

_ENTRY = re.compile(r"^(?P<key>[A-Za-z0-9_.:/+\-$]+)\s*(?P<mark>\((?:默认值?|默认取值)\))?\s*(?::\s*(?P<desc>.*))?$")


# (a value may hold a comma: `product,metricName：按照云服务和监控项统计`)
_WIDE_KEYED = re.compile(r"^(?P<key>[A-Za-z0-9_.:/+\-$]+(?:,[A-Za-z0-9_.:/+\-$]+)*)\s*(?P<mark>（(?:默认值?|默认取值)）)?\s*：(?P<desc>.*)$")


def entry(body: str) -> tuple[str, bool, str] | None:
    """`true：发送检查请求` / `**false**（默认值）` → (key, default marked, description)."""
    wide = _WIDE_KEYED.match(body.strip())
    if wide and wide.group("desc").strip():
        # (`emr：E-MapReduce`: the full-width colon ends the key; the text after it may hold an ASCII one)
        return wide.group("key"), bool(wide.group("mark")), wide.group("desc").strip()
    m = _ENTRY.match(normalise(body).strip().rstrip("."))
    if not m or (m.group("desc") is None and not m.group("key")):
        return None
    if m.group("desc") is None and normalise(body).strip().rstrip(".") != m.group(0):
        return None
    return m.group("key"), bool(m.group("mark")), m.group("desc") or ""
