"""The cross-rendering check: corpus-style renderings of Markdown pages, read back by every reader."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import crosscheck


def _sample(corpus: Path, tmp: Path, every: int = 9) -> list[Path]:
    """Every `every`-th corpus page's Markdown source as PRODUCT/Operation.md (the tool's layout)."""
    out = []
    for source in sorted(corpus.glob("*/*/source.md"))[::every]:
        target = tmp / source.parent.parent.name / f"{source.parent.name}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
        out.append(target)
    return out


def test_corpus_pages_rendered_and_read_back_agree(corpus: Path, tmp_path: Path) -> None:
    report = crosscheck.Report()
    pages = _sample(corpus, tmp_path)
    for page in pages:
        crosscheck.check_page(page, report)
    assert not report.failed, report.failed
    for (rendering, kind), (exact, total) in report.counts.items():
        assert total > 0
        floor = 1.0 if rendering != "flat.txt" else 0.98
        assert exact / total >= floor, (rendering, kind, exact, total, report.misses)


def test_flat_rendering_matches_the_corpus_flat_copies(corpus: Path) -> None:
    """The rendering is faithful: the table lines of the corpus's own flat copies come out the same."""
    same = total = 0
    for folder in sorted(p.parent for p in corpus.glob("*/*/source.md"))[::15]:
        source = (folder / "source.md").read_text(encoding="utf-8")
        mine = crosscheck.renderings(source, "t.md", folder.parent.name, folder.name)["flat.txt"]
        theirs = (folder / "flat.txt").read_text(encoding="utf-8")
        start, end = theirs.find("Request parameters"), theirs.find("Was this page helpful?")  # (not the footer)
        # (code samples are left out: their indentation is the Markdown reader's, not the page's)
        want = [ln for ln in theirs[start:end].split("\n") if ln.strip() and not ln[0].isspace()]
        got = {ln.strip() for ln in mine.split("\n") if ln.strip()}
        want = [ln.strip() for ln in want]
        same += sum(1 for ln in want if ln in got)
        total += len(want)
    assert total and same / total >= 0.98, (same, total)


@pytest.mark.parametrize("name", ["page.html", "flat.txt", "pipe.txt"])
def test_renderings_of_an_unseen_shape(tmp_path: Path, name: str) -> None:
    page = tmp_path / "thing" / "GetThing.md"
    page.parent.mkdir()
    page.write_text(
        "# GetThing\n\nGets a thing.\n\n## Request parameters\n\n|Parameter|Position|Type|Required|Example|Description|\n"
        "|--|--|--|--|--|--|\n|ThingId|Path|String|Yes|t-1|The ID of the thing.|\n\n## Response parameters\n\n"
        "|Parameter|Type|Example|Description|\n|--|--|--|--|\n|RequestId|String|A-1|The ID of the request.|\n\n"
        "## Error codes\n\n|HttpCode|Error code|Error message|Description|\n|--|--|--|--|\n"
        "|404|ThingNotFound|The thing does not exist.|The error message returned because the thing does not exist.|\n",
        encoding="utf-8",
    )
    report = crosscheck.Report()
    crosscheck.check_page(page, report)
    assert not report.failed and not [m for m in report.misses if f" {name} " in m]
    assert report.counts[(name, "request")] == [1, 1]
