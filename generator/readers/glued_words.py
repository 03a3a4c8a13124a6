"""The words glued text is read with: column names, type words, required flags, the words a sentence
opens with, common English words, and the Lexicon of what a page itself says."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

# --- vocabulary ------------------------------------------------------------------------------

CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character (the common ideographs)

# Column names of the tables of reference pages (lower case). Used to split glued header rows.
COLUMN_NAMES = (
    "parameter",
    "parameters",
    "name",
    "field",
    "parameter name",
    "field name",
    "element",
    "header",
    "type",
    "data type",
    "required",
    "is required",
    "mandatory",
    "required?",
    "required or not",
    "required or optional",
    "position",
    "location",
    "example",
    "example value",
    "sample",
    "sample value",
    "default value",
    "default",
    "description",
    "meaning",
    "remarks",
    "details",
    "valid values",
    "value",
    "httpcode",
    "http code",
    "http status code",
    "http status",
    "status code",
    "http status codes",
    "error code",
    "error codes",
    "errorcode",
    "code",
    "error message",
    "errormessage",
    "message",
    "change time",
    "summary of changes",
    "operation",
    "change item",
    "change content",
    "access level",
    "resource type",
    "condition key",
    "associated operation",
    "dependent action",
    "dependent operation",
    "action",
    "api",
    # the vendor's Chinese pages
    "名称",
    "参数",
    "参数名",
    "字段",
    "类型",
    "数据类型",
    "位置",
    "参数位置",
    "是否必选",
    "是否必填",
    "是否必需",
    "是否必须",
    "必选",
    "必填",
    "示例值",
    "示例",
    "描述",
    "说明",
    "错误码",
    "错误代码",
    "错误id",
    "错误信息",
    "http状态码",
    "http 状态码",
    "状态码",
    "取值",
    "默认值",
    "变更时间",
    "变更内容",
    "变更内容概要",
    "操作",
    "访问级别",
    "资源类型",
    "条件关键字",
    "关联操作",
)
COLUMN_SET = frozenset(COLUMN_NAMES)

# Data types of parameter tables; compound forms (`Array of X`, `array<object>`, `X[]`) are built
# on top of these.
TYPE_WORDS = (
    "json object",
    "enumerated string",
    "json array",
    "repeatlist",
    "datetime",
    "timestamp",
    "integer",
    "boolean",
    "string",
    "object",
    "struct",
    "container",  # OSS: an XML element holding others
    "double",
    "number",
    "float",
    "array",
    "int64",
    "int32",
    "binary",
    "bytes",
    "long",
    "list",
    "json",
    "date",
    "bool",
    "map",
    "any",
    "n/a",
    # written in Chinese
    "json数组",
    "json对象",
    "字符串",
    "数组",
    "对象",
)
TYPE_SET = frozenset(TYPE_WORDS)
# Names, types and codes are short: longer runs are not searched for borders (keeps a
# pathological line linear).
MAX_CELL = 160

REQUIRED_WORDS = (
    "Yes",
    "No",
    "yes",
    "no",
    "YES",
    "NO",
    "True",
    "False",
    "TRUE",
    "FALSE",
    "true",
    "false",
    "Required",
    "Optional",
    "required",
    "optional",
    "是",
    "否",
)


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a sentence (an error message, a description) commonly starts with.
STARTERS = wordset(
    """
    the this that these those a an you your we it its it's if when while after before specified
    specific please failed fail cannot can can't could not no only some there both at to in on
    for of current another all any each illegal insufficient unknown unsupported user users
    operation request invalid missing miss maximum minimum too exceeded internal system service
    an parameter parameters param value number access permission order quota one more less other
    such none because since however note make check
    """
)

# Common English words of messages and descriptions (a small built-in lexicon, completed by
# the words of the document itself).
COMMON_WORDS = wordset(
    """
    a about above access account action actions active add added address addresses after again
    all allocated allowed already also an and another any api are as associated at attached
    authorized available bandwidth be because been before being belong belongs both bound but by
    call called can cannot certificate change changed check client code codes configuration
    configured connection contact could create created creating current data default deleted
    denied describe description different disabled does domain duplicate during each empty
    enabled entry error exceed exceeded exceeds exist existed exists expired failed field first
    for format formed found from full gateway group has have id if illegal in incorrect
    information instance instances insufficient internal into invalid ip is it its length limit
    list load malformed match max maximum message min minimum mismatch missing more must name
    network no not notfound now number of on one only operation or order other owner parameter
    parameters permission please policy port process processing product provided quota range
    reached region request required resource resources returned role rule same see select server
    service set should size some specified spec state status still such support supported system
    than that the their them there these this time to too type unauthorized under unknown
    unsupported update used user valid validity value values verification version was when which
    while will with within you your zone
    """
)



_WORDS = re.compile(r"[a-z]+|[A-Z](?:[a-z]+|[A-Z]+(?![a-z]))")  # `HTTPServer` → HTTP, Server




# `"Key":`, `<Key>` (not `<<Key>`), `?Key=`/`&Key=`; the first character is matched before any
# lookbehind, so the search skips other characters fast
_SAMPLE_KEY = re.compile(
    r"[\"<?&](?:(?<=\")([A-Za-z_][\w.]*)\"\s*:|(?<=(?<![\w<])<)([A-Za-z_][\w.]*)>|(?<=[?&])([A-Za-z_][\w.]*)=)"
)
_IDENT = re.compile(r"[A-Za-z_]\w*")


def _glues(c: str) -> bool:
    """A character that would make a token part of a longer one (what `[\\w.]` matches)."""
    return c.isalnum() or c in "_."


def _occurs_alone(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` with neither a word character nor a dot on either side."""
    k = text.find(word)
    while k >= 0:
        end = k + len(word)
        if (k == 0 or not _glues(text[k - 1])) and (end == len(text) or not _glues(text[end])):
            return True
        k = text.find(word, k + 1)
    return False
# a line holding one identifier; the text is searched with a line break put before and after it
# (a pattern opening with a plain character is searched much faster than one opening with `^`)
_LONE = re.compile(r"\n[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?=\n)")


@dataclass
class Lexicon:
    """What the document itself tells: its words, and the names its samples use."""

    words: Counter[str] = field(default_factory=Counter)
    names: set[str] = field(default_factory=set)
    lone: set[str] = field(default_factory=set)  # identifiers standing alone on a line
    text: str = ""
    _alone: dict[str, bool] = field(default_factory=dict, repr=False)
    _twice: dict[str, bool] = field(default_factory=dict, repr=False)
    _raw_words: Counter[str] | None = field(default=None, repr=False)  # the words as written
    memo: dict[tuple[str, int, int], float] = field(default_factory=dict, repr=False)
    heads: dict[tuple[str, int, int], tuple[float, str, tuple[str, ...]]] = field(default_factory=dict, repr=False)
    starts: dict[tuple[str, int, int], list[int]] = field(default_factory=dict, repr=False)
    ends: dict[tuple[str, int, int], list[tuple[float, int]]] = field(default_factory=dict, repr=False)
    positions: dict[tuple[str, str], list[int]] = field(default_factory=dict, repr=False)
    sentence: dict[str, dict[int, float]] = field(default_factory=dict, repr=False)  # line → start → score

    @classmethod
    def of(cls, lines: Iterable[str]) -> Lexicon:
        """The page's names and lone identifiers; its word counts are worked out per word asked for."""
        text = "\n".join(lines)
        names = {m.group(1) or m.group(2) or m.group(3) for m in _SAMPLE_KEY.finditer(text)}
        lone = set(_LONE.findall("\n" + text + "\n"))
        # `array<object>` and a lone `string` line name types, not fields
        names = {x for x in names if x.lower() not in TYPE_SET}
        lone = {x for x in lone if x.lower() not in TYPE_SET}
        return cls(Counter(), names, lone, text)

    def standalone(self, word: str) -> bool:
        """Whether `word` occurs on its own somewhere (not glued to other letters or a dot)."""
        found = self._alone.get(word)
        if found is None:
            found = self._alone[word] = _IDENT.fullmatch(word) is not None and _occurs_alone(self.text, word)
        return found

    def known(self, word: str) -> bool:
        w = word.lower()
        if w in COMMON_WORDS or self.words.get(w, 0) >= 2:
            return True
        found = self._twice.get(w)
        if found is None:
            found = self._twice[w] = self._occurs_twice(w)
        return found

    def _occurs_twice(self, w: str) -> bool:
        """Whether `w` (lower case) is at least twice a word of the text, as `_WORDS` cuts it."""
        if not self.text or not w.isascii():
            return False  # words are runs of ASCII letters
        counts = self._raw_words
        if counts is None:  # cut once per page, the first time a word is not a common one
            counts = self._raw_words = Counter(_WORDS.findall(self.text))
        # a word is written in lower case, capitalised or in capitals
        forms = {w, w.capitalize(), w.upper()}
        return sum(counts.get(f, 0) for f in forms) >= 2
