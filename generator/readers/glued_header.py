"""Header rows of glued tables: `ParameterTypeRequiredExampleDescription` → the column names."""

from __future__ import annotations

import re

from .glued_words import COLUMN_NAMES, COLUMN_SET, TYPE_WORDS, Lexicon

_CJK_COLUMNS = sorted((c for c in COLUMN_NAMES if any("\u4e00" <= ch <= "\u9fff" for ch in c)), key=len, reverse=True)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_RUN = re.compile(r"[A-Z]+(?![a-z])")  # (`ID` in `错误ID错误代码`, not `Http` in `错误Http`)

_HEADER_GLUE = re.compile(r"(?<=[a-z?)\]])(?=[A-Z])")
_HEADER_GLUE_AT = re.compile(r"[a-z?)\]][A-Z]")  # whether _HEADER_GLUE splits a line (faster to search)


def split_header(line: str, lex: Lexicon | None = None) -> list[str] | None:
    """`ParameterTypeRequiredExampleDescription` → the column names, or None if not a header."""
    text = line.strip()
    if not text or len(text) > 160 or text.endswith((".", ",", ";")) or "  " in text or text.count(" ") > 14:
        return None
    if not text.isascii() and _CJK_RUN.search(text):
        return _split_cjk_header(text)
    if not text[0].isupper():
        return None
    first = _HEADER_GLUE_AT.search(text)
    if not first:
        return None
    # a header opens with a known column name (or is two columns): tested on its first pieces
    # before the whole line is cut
    cut = first.start() + 1
    second = _HEADER_GLUE_AT.search(text, cut)
    head, rest = text[:cut], text[cut : second.start() + 1] if second else text[cut:]
    if not (column_known(head) or column_known(head + rest) or (not second and column_known(rest))):
        return None
    cols = _glued_columns(text)
    is_known = [column_known(c) for c in cols]
    known = sum(is_known)
    if any(len(c.split()) > 5 or not ok and _NOT_COLUMN.search(c) for c, ok in zip(cols, is_known)):
        return None  # `ParameterValueStringecs.cm4.6xlarge` is a row whose name is two column names
    if len({c.lower() for c in cols}) < len(cols):
        return None  # `DescriptionStringtestDescription`: no header names a column twice
    if any(not ok and c.lower().startswith(TYPE_WORDS) for c, ok in zip(cols, is_known)):
        # `DescriptionStringAPI`, `OperationTypeStringcreate`: a row (`String` is a type, never a column)
        return None
    if known < 2 or known * 2 < len(cols) + 1:
        # two columns, one of them known and the other a plain word (`FeatureParameter`)
        plain = [c for c, ok in zip(cols, is_known) if not ok]
        if not (
            len(cols) == 2
            and known == 1
            and lex is not None
            and re.fullmatch(r"[A-Z][a-z]{3,}", plain[0])
            and not plain[0].lower().startswith(TYPE_WORDS + ("yes", "no", "true", "false"))
            and lex.known(plain[0])
            and line.strip() not in lex.names
        ):
            return None
    return [c.strip() for c in cols]


# what no column name holds: digits, dots, underscores, quotes, brackets (a value glued to a row)
_NOT_COLUMN = re.compile(r"[0-9._\"'\[\]{}=*/\\@#$&<>]")


def _glued_columns(text: str) -> list[str]:
    """Cut where a lower-case letter meets a capital, putting back known names a case change cut
    (`HttpCode`, `ErrorCode`)."""
    pieces = _HEADER_GLUE.split(text)
    cols: list[str] = []
    k = 0
    while k < len(pieces):
        for width in (3, 2):
            joined = "".join(pieces[k : k + width])
            if k + width <= len(pieces) and joined.lower() in COLUMN_SET:
                cols.append(joined)
                k += width
                break
        else:
            cols.append(pieces[k])
            k += 1
    return cols


def _split_cjk_header(text: str) -> list[str] | None:
    """`名称类型是否必选示例值描述`, `HttpCode错误码错误信息描述`: Chinese column names have no case to
    split at; a run of them is cut into the longest known names, every character of it covered."""
    cols: list[str] = []
    pos = 0
    for m in _CJK_RUN.finditer(text):
        if m.start() < pos:
            continue  # (taken with the name before it)
        before = text[pos : m.start()].strip()
        if before:
            cols.extend(c.strip() for c in _glued_columns(before) if c.strip())
        run, k = m.group(0), 0
        pos = m.end()
        while k < len(run):
            name = next((c for c in _CJK_COLUMNS if run.startswith(c, k)), None)
            if name is None:
                # a name written in both scripts (`错误ID`)
                latin = _LATIN_RUN.match(text, m.end())
                mixed = run[k:] + latin.group(0) if latin and k < len(run) else ""
                if not mixed or mixed.lower() not in COLUMN_SET:
                    return None  # a character no column name covers: prose, not a header
                cols.append(mixed)
                pos = latin.end() if latin else pos
                break
            cols.append(name)
            k += len(name)
    rest = text[pos:].strip()
    if rest:
        cols.extend(c.strip() for c in _glued_columns(rest) if c.strip())
    k = 0
    while k + 1 < len(cols):  # `Http` + `状态码`: one name written in both scripts
        for joined in (f"{cols[k]} {cols[k + 1]}", cols[k] + cols[k + 1]):
            if joined in text and joined.lower() in COLUMN_SET and not column_known(cols[k]):
                cols[k : k + 2] = [joined]
                break
        k += 1
    if len(cols) < 2 or not all(column_known(c) for c in cols):
        return None
    return cols


def column_known(col: str) -> bool:
    """Whether `col` is a column name of reference tables (`Required?`, a cut-off `HTTP sta`...)."""
    key = col.strip().lower().rstrip("?:").strip()
    return key in COLUMN_SET or key.startswith(("http sta", "http code"))
