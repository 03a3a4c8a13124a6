"""Text helpers of the docs site: escaping document text, anchors, readable constraints.

Every value that comes from a document reaches the site through one of the escaping filters here
(template filter names in brackets): `html_text` [h, hm] for HTML element content and attributes,
`pre_text` [hpre] for code blocks, `md_text` [md] for Markdown headings, and `title_text` [title]
for page and nav titles in YAML.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterable
from typing import Any

# C0/C1 control characters (except tab and newline) never reach a page: Python-Markdown uses
# STX/ETX as placeholders, and none of them displays.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Python-Markdown's backslash escapes (with the tables extension's `|`); `<`, `>` and `&` become entities.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_SPACES = re.compile(r"\s+")


def clean(value: Any) -> str:
    """A document value as display text: controls dropped, `None` as empty."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False)
    return _CONTROL.sub("", value)


def html_text(value: Any, multiline: bool = False) -> str:
    """Escape for HTML element content or a quoted attribute; newlines become `<br>` when asked."""
    text = html.escape(clean(value), quote=True)
    if multiline:
        return "<br>".join(line.strip() for line in text.splitlines()) if "\n" in text else text
    return _SPACES.sub(" ", text).strip()


def pre_text(value: Any) -> str:
    """Escape for a `<pre>` block: HTML entities only, line breaks and spaces kept."""
    return html.escape(clean(value), quote=True)


def md_text(value: Any) -> str:
    """Escape for one line of Markdown: HTML entities, then a backslash before every Markdown marker."""
    text = _SPACES.sub(" ", html.escape(clean(value), quote=False)).strip()
    # `&` of the entities just written must stay as is; escape the rest of the markers.
    return _MD_SPECIAL.sub(r"\\\1", text)


# The theme prints page and nav titles unescaped (`<title>`, nav links), so a title never holds a
# character that means something in HTML: each is swapped for a look-alike.
_TITLE_SWAP = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”", "'": "’", "`": "ˋ", "\\": "∖"})


def title_text(value: Any) -> str:
    """A page or nav title as a YAML double-quoted scalar (JSON strings are valid YAML), HTML-inert."""
    return json.dumps(_SPACES.sub(" ", clean(value)).strip().translate(_TITLE_SWAP), ensure_ascii=True)


def safe_url(value: Any) -> str | None:
    """The URL if it is a plain http(s) address, else None (never a `javascript:` or relative link)."""
    url = clean(value).strip()
    if re.fullmatch(r"https?://[^\s<>\"'`]+", url):
        return url
    return None


# --- anchors ---------------------------------------------------------------------------------


def slug(text: str) -> str:
    """Lowercase ASCII letters and digits joined by single hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def code_anchors(codes: Iterable[str]) -> dict[str, str]:
    """Error code → its anchor on the code index: `code-<slug>`, collisions get -2, -3… in sorted order.

    An anchor depends only on the set of codes, never on the order they were met in.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for code in sorted(set(codes)):
        base = "code-" + (slug(code) or hashlib.sha1(code.encode("utf-8")).hexdigest()[:10])
        anchor, n = base, 1
        while anchor in taken:
            n += 1
            anchor = f"{base}-{n}"
        taken.add(anchor)
        out[code] = anchor
    return out


# --- constraints -----------------------------------------------------------------------------

_CLASS_WORDS = {
    "letter": "letters", "lower": "lowercase letters", "upper": "uppercase letters", "digit": "digits",
    "chinese": "Chinese characters", "ascii": "ASCII characters",
}


def _join(words: list[str], last: str = "and") -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {last} " + words[-1]


def _value(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v


def _quoted(values: Iterable[Any]) -> list[str]:
    return [_value(v) if not isinstance(v, str) else f"“{v}”" for v in values]


def _classes(c: dict[str, Any]) -> list[str]:
    words = [_CLASS_WORDS.get(k, str(k)) for k in c.get("classes", [])]
    chars = [str(ch) for ch in c.get("chars", [])]
    if chars:
        words.append(" ".join(chars) if len(chars) > 1 else chars[0])
    return words


def describe_constraint(c: dict[str, Any]) -> str:
    """One machine constraint as a short plain-text phrase ("length 2–128 characters")."""
    kind = c.get("kind")
    if kind == "length":
        unit = c.get("unit") or "characters"
        lo, hi = c.get("min"), c.get("max")
        if lo is not None and hi is not None:
            return f"length {lo}–{hi} {unit}"
        return f"length at least {lo} {unit}" if lo is not None else f"length at most {hi} {unit}"
    if kind == "range":
        lo, hi = c.get("min"), c.get("max")
        if lo is not None and hi is not None:
            return f"value {_value(lo)}–{_value(hi)}"
        return f"value at least {_value(lo)}" if lo is not None else f"value at most {_value(hi)}"
    if kind == "first_char":
        return "must start with " + _join(_classes(c), "or")
    if kind == "forbidden_prefix":
        return "must not start with " + ", ".join(str(v) for v in c.get("values", []))
    if kind == "charset":
        return "may contain only " + _join(_classes(c))
    if kind == "enum":
        return "one of " + ", ".join(_quoted(c.get("values", [])))
    if kind == "default":
        value = c.get("value")
        return "default: empty" if value == "" else f"default: {_value(value)}"
    if kind == "unit":
        return f"unit: {c.get('unit', '')}"
    if kind == "max_items":
        per = f" (N ≤ {c['max']})" if c.get("index") else ""
        return f"at most {c.get('max')} items{per}"
    if kind == "separator":
        return f"items separated by “{c.get('value', '')}”"
    rest = ", ".join(f"{k} {_value(v)}" for k, v in sorted(c.items()) if k not in ("kind", "sentence"))
    return f"{kind}: {rest}" if rest else str(kind)
