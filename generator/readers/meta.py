"""Recognise the metadata lines of a reference page: `PRODUCT:Operation` and `Last Updated:`."""

from __future__ import annotations

import datetime as _dt
import re

_TITLE = re.compile(r"^([A-Za-z][A-Za-z0-9 _-]{0,40}):\s*([A-Z][A-Za-z0-9]{2,80})$")
_UPDATED = re.compile(r"^Last Updated\s*:\s*(.+)$", re.IGNORECASE)
_DATE_FORMATS = ("%b %d, %Y", "%B %d, %Y", "%Y-%m-%d", "%d %b %Y", "%Y/%m/%d")


def parse_date(text: str) -> str | None:
    """A page date in any of the forms pages use → ISO `YYYY-MM-DD`, or None."""
    text = text.strip().rstrip(".")
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def parse_meta_line(line: str) -> dict[str, str]:
    """`{'product', 'operation'}` for a title line, `{'updated'}` for a date line, else `{}`."""
    if ":" not in line:  # both forms have a colon
        return {}
    line = line.strip()
    m = _UPDATED.match(line)
    if m:
        date = parse_date(m.group(1))
        return {"updated": date} if date else {}
    m = _TITLE.match(line)
    if m:
        return {"product": m.group(1).strip(), "operation": m.group(2)}
    return {}


_EXPLORER = re.compile(r"api\.aliyun(?:cs)?\.com/#/?\?*([^\s)\"'<>]+)")


def explorer_facts(text: str) -> dict[str, str]:
    """API product, version and operation from the first OpenAPI Explorer link
    (`#product=Vpc&api=CreateVpc&...&version=...`)."""
    m = _EXPLORER.search(text)
    if not m:
        return {}
    fields = dict(part.split("=", 1) for part in m.group(1).replace("&amp;", "&").split("&") if "=" in part)
    out = {}
    if fields.get("product"):
        out["api_product"] = fields["product"]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields.get("version", "")):
        out["api_version"] = fields["version"]
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9]+", fields.get("api", "")):
        out["explorer_operation"] = fields["api"]  # (the operation, for a page whose title does not name it)
    return out
