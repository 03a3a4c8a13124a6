"""Mutated real pages: every reader either yields a spec or raises an ErrkbError, nothing else.

Small pages of the shared corpus in all four renderings plus the two seed copies are damaged the
way files get damaged (flipped bytes, lost or doubled line ranges, stray `|` `<` NUL, foreign
text, truncation) and fed through `read_text` (auto-detected and with the rendering's own format)
and through `read_path` (bytes on disk). Any exception that is not an ErrkbError is a bug.

`ERRKB_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz_readers.py` runs a longer hunt.
"""

from __future__ import annotations

import os
import tempfile
import time
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import ErrkbError
from generator.extract.operation import extract
from generator.readers import read_path, read_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PAGES = (
    "ess/DeleteScalingRule",
    "cdn/ModifyPathCacheExpiredConfig",
    "slb/DeleteServerCertificate",
    "nat/ListEnhanhcedNatGatewayAvailableZones",
)
# rendering file → the format a user would name for it
RENDERINGS = {"page.html": "html", "source.md": "markdown", "pipe.txt": "text", "flat.txt": "text"}


def _load() -> list[tuple[str, str, bytes]]:
    """(label, format, bytes) of every input that exists."""
    out: list[tuple[str, str, bytes]] = []
    for page in PAGES:
        for name, fmt in RENDERINGS.items():
            p = SHARED / "corpus" / page / name
            if p.is_file():
                out.append((f"{page}/{name}", fmt, p.read_bytes()))
    for p in sorted((SHARED / "seeds").glob("*.txt")):
        out.append((f"seeds/{p.name}", "text", p.read_bytes()))
    return out


INPUTS = _load()
pytestmark = [
    pytest.mark.skipif(not INPUTS, reason="../shared/corpus and ../shared/seeds are not beside the project"),
    # Hypothesis' failure report touches mypy_extensions, whose DeprecationWarning (an error under
    # this project's filterwarnings) would otherwise hide the falsifying example behind an INTERNALERROR.
    pytest.mark.filterwarnings("ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"),
]

EXAMPLES = int(os.environ.get("ERRKB_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

# Fragments that mean something to one of the readers.
TOKENS = (
    "|",
    "||",
    "\\|",
    "<",
    ">",
    "\x00",
    "\x00" + "0" + "\x00",
    "\x001\x00",
    "&",
    "&#0;",
    "&#xD800;",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    "\t",
    "\ufeff",
    "\u2028",
    "\u00a0",
    "---|---|",
    "|---|---|\n",
    "| a | b |\n",
    "|",
    "```",
    "\n```\n",
    "# ",
    "## Error codes\n",
    "## ",
    "\nError codes\n",
    "\nRequest parameters\n",
    "\nResponse parameters\n",
    "└",
    "├─",
    "<table>",
    "</table>",
    "<tr>",
    "<td>",
    "</td>",
    "<th>",
    "<h1>",
    "</h1>",
    "<h2>",
    "<p>",
    "<br>",
    "<ul><li>",
    "<pre>",
    "<!--",
    "-->",
    "<![CDATA[",
    "<?xml version='1.0'?>",
    "<script>",
    "<main>",
    "<td colspan=99999>",
    "<html>",
    "<body>",
    "**",
    "*",
    "`",
    "[",
    "](",
    "![x](",
    "\\",
    "{",
    "}",
    '{"a":',
    "%s",
    "{Name}",
    "Last Updated:",
    "Last Updated: Feb 30, 2024",
    "ENS:",
    "400",
    "InvalidParameter.%s",
    "https://api.aliyun.com/#product=Ecs&version=2014-05-26",
    "#?=&=",
)

position = st.floats(min_value=0.0, max_value=1.0)
foreign = st.text(st.characters(codec="utf-8"), max_size=12)


@st.composite
def text_edit(draw: st.DrawFn) -> tuple[str, float, float, str]:
    kind = draw(st.sampled_from(("insert", "insert", "delete_lines", "dup_lines", "truncate", "replace_char")))
    piece = draw(st.one_of(st.sampled_from(TOKENS), foreign)) if kind in ("insert", "replace_char") else ""
    return kind, draw(position), draw(position), piece


@st.composite
def byte_edit(draw: st.DrawFn) -> tuple[str, float, float, bytes]:
    kind = draw(st.sampled_from(("flip", "flip", "insert", "delete", "truncate", "dup")))
    piece = draw(st.binary(min_size=1, max_size=4)) if kind in ("flip", "insert") else b""
    return kind, draw(position), draw(position), piece


def apply_text(text: str, edits: list[tuple[str, float, float, str]]) -> str:
    for kind, a, b, piece in edits:
        if kind in ("delete_lines", "dup_lines"):
            lines = text.split("\n")
            i, j = sorted((int(a * len(lines)), int(b * len(lines))))
            j = min(max(j, i + 1), i + 1 + len(lines) // 3)  # at most a third of the page
            chunk = lines[i:j]
            lines[i:j] = chunk * 2 if kind == "dup_lines" else []
            text = "\n".join(lines)
            continue
        at = int(a * len(text))
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "replace_char":
            text = text[:at] + piece + text[at + 1 :]
        elif kind == "truncate":
            text = text[:at]
    return text


def apply_bytes(data: bytes, edits: list[tuple[str, float, float, bytes]]) -> bytes:
    buf = bytearray(data)
    for kind, a, b, piece in edits:
        at = min(int(a * len(buf)), max(len(buf) - 1, 0))
        if kind == "flip" and buf:
            for k, x in enumerate(piece):
                if at + k < len(buf):
                    buf[at + k] ^= x or 0x80
        elif kind == "insert":
            buf[at:at] = piece
        elif kind == "delete":
            end = min(len(buf), at + 1 + int(b * 200))
            del buf[at:end]
        elif kind == "truncate":
            del buf[at:]
        elif kind == "dup":
            end = min(len(buf), at + 1 + int(b * 2000))
            buf[end:end] = buf[at:end]
    return bytes(buf)


def _through(run: object) -> None:
    """Run the reader; anything other than success or an ErrkbError propagates as a failure."""
    with warnings.catch_warnings():
        # A reader's own warnings (bs4 and friends) must not escape: turn them into failures too.
        warnings.simplefilter("error")
        try:
            spec = run()  # type: ignore[operator]
        except ErrkbError as exc:
            assert str(exc), "an ErrkbError must say what is wrong"
            return
    assert isinstance(spec, dict)
    for key in ("request", "response", "errors", "warnings"):
        assert isinstance(spec[key], list)


inputs = st.sampled_from(INPUTS) if INPUTS else st.nothing()


@FUZZ
@given(src=inputs, edits=st.lists(text_edit(), min_size=1, max_size=6), auto=st.booleans())
def test_mutated_text(src: tuple[str, str, bytes], edits: list[tuple[str, float, float, str]], auto: bool) -> None:
    label, fmt, data = src
    text = apply_text(data.decode("utf-8"), edits)
    _through(lambda: extract(read_text(text, label, "auto" if auto else fmt)))


@FUZZ
@given(src=inputs, edits=st.lists(byte_edit(), min_size=1, max_size=6))
def test_mutated_bytes_on_disk(src: tuple[str, str, bytes], edits: list[tuple[str, float, float, bytes]]) -> None:
    label, _, data = src
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / label.replace("/", "_")
        path.write_bytes(apply_bytes(data, edits))
        _through(lambda: extract(read_path(path)))


@FUZZ
@given(
    src=inputs,
    fmt=st.sampled_from(("auto", "html", "markdown", "text")),
    junk=st.text(st.characters(codec="utf-8"), max_size=200),
    keep=position,
)
def test_any_format_on_any_text(src: tuple[str, str, bytes], fmt: str, junk: str, keep: float) -> None:
    """A rendering read with the wrong reader, cut short and followed by random text."""
    label, _, data = src
    text = data.decode("utf-8")
    text = text[: int(keep * len(text))] + junk
    _through(lambda: extract(read_text(text, label, fmt)))


@pytest.mark.parametrize("fmt", ["auto", "html", "markdown", "text"])
@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n",
        "\x00",
        "|",
        "<",
        "||\n|-|-|\n|||",
        "<table><tr><td>",
        "# \n",
        "\ufeff",
        "<?xml version='1.0'?><a/>",
    ],
)
def test_tiny_inputs(text: str, fmt: str) -> None:
    _through(lambda: extract(read_text(text, "tiny", fmt)))


PATHOLOGICAL = {
    # each took seconds to minutes (or raised RecursionError) before the fix that goes with it
    "brackets": "[" * 20_000,  # markdown link regex: quadratic
    "images": "![a](" * 20_000,  # markdown image/link regex: quadratic
    "pipe-header-blank-run": "a | b |" + "\n" * 20_000 + "x",  # format detection: quadratic backtracking
    "deep-html": "<html><body>" + "<div>" * 5_000 + "x",  # html reader: RecursionError, then quadratic paths
    "deep-cell": "<html><body><h2>Errors</h2><table><tr><th>Error code</th></tr><tr><td>" + "<div>" * 5_000 + "x",
}


@pytest.mark.parametrize("fmt", ["auto", "markdown", "text"])
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_stay_fast(name: str, fmt: str) -> None:
    t0 = time.perf_counter()
    _through(lambda: extract(read_text(PATHOLOGICAL[name], name, fmt)))
    assert time.perf_counter() - t0 < 2.0, f"{name} read as {fmt} took {time.perf_counter() - t0:.1f} s"


def test_html_comment_in_cell_is_not_text() -> None:
    """Broken markup that libxml2 turns into a comment (`<!-- -->`, `</` + junk) stays out of the cell."""
    page = (
        "<html><body><h2>Error codes</h2><table><tr><th>Error code</th><th>Error message</th></tr>"
        "<tr><td>Bad.Name<!-- hidden --></td><td>Bad</\x01x>name.</td></tr></table></body></html>"
    )
    spec = extract(read_text(page, "c.html"))
    assert [(e["code"], e["message"]) for e in spec["errors"]] == [("Bad.Name", "Badname.")]


def test_inputs_unmutated_read() -> None:
    """The fuzzing starts from pages the readers handle (a corpus change would show up here)."""
    for label, fmt, data in INPUTS:
        spec = extract(read_text(data.decode("utf-8"), label, fmt))
        assert spec["request"] or spec["errors"], label
