"""mkdocs hook: an error code typed into the search box ranks that code's entry first.

The search plugin scores a section by the index tokens its title shares with the query; a code
whose tokens all appear in a longer code (`SaleControl.VerificationFailed` in
`SaleControlVerificationFailedStock`) would tie with it. Each entry of the code index gets a boost
that falls with the number of tokens in its code, so the exact code wins and every code entry
ranks above other sections that mention the code. Runs after the search plugin has written its index.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

from mkdocs.plugins import event_priority

CODE_ANCHOR = "#code-"


def boost(title: str, separator: re.Pattern[str]) -> float:
    tokens = [t for t in separator.split(title) if t]
    return round(1 + 4 / max(1, len(tokens)), 4)


@event_priority(-100)
def on_post_build(config: Any, **kwargs: Any) -> None:
    path = os.path.join(config["site_dir"], "search", "search_index.json")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as fh:
        index = json.load(fh)
    separator = re.compile(index["config"]["separator"])
    for doc in index["docs"]:
        if CODE_ANCHOR in doc["location"]:
            doc["boost"] = boost(doc["title"], separator)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(index, separators=(",", ":")))
