"""Comparing two wordings of one text: was the newer one cut short, or really reworded?"""

from __future__ import annotations

import difflib


def lost_words(new: str, old: str) -> bool:
    """True when `new` is `old` with words cut out mid-sentence and nothing added or changed.

    Lossy copies drop the rest of a sentence (`cannot start with` and nothing after); a page
    that drops a whole sentence has changed, and that change is kept.
    """
    if not old or new == old:
        return False
    a, b = new.split(), old.split()
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    if any(tag not in ("equal", "insert") for tag, *_ in ops):
        return False
    ends = (".", "!", "?", ":", "。")
    gaps = [(i1, b[j2 - 1]) for tag, i1, _, _, j2 in ops if tag == "insert"]
    return bool(gaps) and all(
        i > 0
        and not a[i - 1].endswith(ends)  # the kept part stops mid-sentence
        and last.endswith(ends)  # the lost part runs to the sentence's end
        and (i == len(a) or a[i][:1].isupper())  # and what follows starts a new one
        for i, last in gaps
    )
