"""Inputs that are not reference pages get a clear ErrkbError naming the file and the problem.

Every case goes through the public path a user takes, `read_path(path)` then `extract(doc)`;
the inputs are built in `tmp_path`.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from generator.errors import ErrkbError, InputError, NotAReferencePage
from generator.extract.operation import extract
from generator.readers import MAX_BYTES, decode, read_path

CHINESE = (
    "# ENS:CreateSnapshot\n\n创建快照。\n\n## 请求参数\n\n"
    "|名称|类型|是否必选|示例值|描述|\n|---|---|---|---|---|\n"
    "|DiskId|String|是|d-5tzm9wz|云盘ID。|\n"
)

REQUEST_TABLE_HTML = (
    "<h2>Request parameters</h2><table><thead><tr><th>Parameter</th><th>Type</th><th>Required</th>"
    "<th>Example</th><th>Description</th></tr></thead><tbody><tr><td>DiskId</td><td>String</td>"
    "<td>Yes</td><td>d-5tzm9wz</td><td><p>The ID of the disk.</p></td></tr></tbody></table>"
    "<h2>Response parameters</h2><table><thead><tr><th>Parameter</th><th>Type</th><th>Example</th>"
    "<th>Description</th></tr></thead><tbody><tr><td>RequestId</td><td>String</td><td>473469C7</td>"
    "<td>The ID of the request.</td></tr></tbody></table>"
)

NO_ERRORS = {
    "page.html": (
        "<!DOCTYPE html><html><head><title>CreateSnapshot</title></head><body><main>"
        "<h1>ENS:CreateSnapshot</h1><p>Creates a snapshot.</p>" + REQUEST_TABLE_HTML + "</main></body></html>"
    ),
    "source.md": (
        "# CreateSnapshot\n\nCreates a snapshot.\n\n## Request parameters\n\n"
        "|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n"
        "|DiskId|String|Yes|d-5tzm9wz|The ID of the disk.|\n\n"
        "## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n"
        "|RequestId|String|473469C7|The ID of the request.|\n"
    ),
    "pipe.txt": (
        "CreateSnapshot\nCreates a snapshot.\nRequest parameters\n"
        "Parameter | Type | Required | Example | Description |\n---|---|---|---|---|\n"
        "DiskId | String | Yes | d-5tzm9wz | The ID of the disk. |\n"
        "Response parameters\nParameter | Type | Example | Description |\n---|---|---|---|\n"
        "RequestId | String | 473469C7 | The ID of the request. |\n"
    ),
}


def _run(path: Path) -> dict[str, Any]:
    return extract(read_path(path))


def _refused(path: Path, kind: type[ErrkbError], *words: str) -> ErrkbError:
    """The input is refused with `kind`; the message names the file and holds every word."""
    with pytest.raises(ErrkbError) as info:
        _run(path)
    err = info.value
    assert isinstance(err, kind), f"{type(err).__name__}: {err}"
    message = str(err)
    assert str(path) in message, message
    assert err.file == str(path)
    for word in words:
        assert word.lower() in message.lower(), message
    return err


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("name", ["empty.html", "empty.md", "empty.txt"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    _refused(_write(tmp_path, name, b""), InputError, "empty")


@pytest.mark.parametrize(
    "data",
    [b"   ", b"\n\n\n", b" \t\r\n \r\n\t", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", "\u00a0\u3000\n\u2003".encode()],
    ids=["spaces", "newlines", "mixed", "bom-only", "bom-space", "unicode-spaces"],
)
def test_whitespace_only_file(tmp_path: Path, data: bytes) -> None:
    _refused(_write(tmp_path, "blank.md", data), InputError, "empty")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa",
        bytes(random.Random(7).randrange(256) for _ in range(4096)) + b"\x00",
        b"<html><body><h1>x</h1>\x00<table></table></body></html>",
    ],
    ids=["png", "random", "html-with-nul"],
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    err = _refused(_write(tmp_path, "page.html", data), InputError, "binary")
    assert err.place and err.place.startswith("byte ")


def test_random_bytes_without_nul(tmp_path: Path) -> None:
    data = bytes(b for b in random.Random(11).randbytes(4096) if b)
    _refused(_write(tmp_path, "noise.txt", data), InputError, "not UTF-8")


def test_html_page_that_is_not_a_reference(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>My trip</title></head><body><header><nav>Home</nav></header>"
        "<main><h1>Hiking in Hangzhou</h1><p>Last Updated: Apr 09, 2024</p><p>We walked around the lake.</p>"
        "<h2>Day one</h2><p>Rain.</p><ul><li>Tea</li><li>Dumplings</li></ul></main>"
        "<footer>(c) me</footer></body></html>"
    )
    _refused(_write(tmp_path, "blog.html", page.encode()), NotAReferencePage, "not an API reference page")


def test_markdown_page_that_is_not_a_reference(tmp_path: Path) -> None:
    page = "# Release notes\n\n## Version 2\n\n- Faster.\n- Smaller.\n\n|Item|Value|\n|---|---|\n|a|b|\n"
    _refused(_write(tmp_path, "notes.md", page.encode()), NotAReferencePage, "not an API reference page")


@pytest.mark.parametrize("name", sorted(NO_ERRORS))
def test_page_without_error_table_parses_with_warning(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name, NO_ERRORS[name].encode())
    spec = _run(path)
    assert spec["operation"] == "CreateSnapshot"
    assert [p["name"] for p in spec["request"]] == ["DiskId"]
    assert [f["name"] for f in spec["response"]] == ["RequestId"]
    assert spec["errors"] == []
    warnings = [w for w in spec["warnings"] if "error-code table" in w["message"]]
    assert warnings and warnings[0]["file"] == str(path) and warnings[0]["level"] == "warning"


def test_page_with_error_table_has_no_such_warning(tmp_path: Path) -> None:
    page = NO_ERRORS["source.md"] + (
        "\n## Error codes\n\n|HttpCode|Error code|Error message|Description|\n|---|---|---|---|\n"
        "|400|Bad.Name|Bad name.|The name is bad.|\n"
    )
    spec = _run(_write(tmp_path, "source.md", page.encode()))
    assert len(spec["errors"]) == 1
    assert not [w for w in spec["warnings"] if "error-code table" in w["message"]]


@pytest.mark.parametrize("name", ["source.md", "page.txt"])
def test_gbk_text(tmp_path: Path, name: str) -> None:
    err = _refused(_write(tmp_path, name, CHINESE.encode("gbk")), InputError, "not UTF-8", "GBK")
    # the first Chinese character is on line 3
    assert err.place == "line 3"


def test_gbk_html(tmp_path: Path) -> None:
    page = "<html><head><meta charset='gbk'></head><body><h1>ENS:CreateSnapshot</h1><p>创建快照</p></body></html>"
    _refused(_write(tmp_path, "page.html", page.encode("gbk")), InputError, "not UTF-8", "GBK")


@pytest.mark.parametrize(
    ("encoding", "words"),
    [
        ("utf-16", ("UTF-16",)),  # with BOM (native order, little-endian here)
        ("utf-16-le", ("UTF-16", "little-endian")),  # without BOM
        ("utf-16-be", ("UTF-16", "big-endian")),  # without BOM
    ],
)
@pytest.mark.parametrize("text", [CHINESE, NO_ERRORS["source.md"]], ids=["chinese", "english"])
def test_utf16_text(tmp_path: Path, encoding: str, words: tuple[str, ...], text: str) -> None:
    data = text.encode(encoding)
    _refused(_write(tmp_path, "source.md", data), InputError, *words, "UTF-8")


def test_utf16_with_explicit_bom_both_orders(tmp_path: Path) -> None:
    text = NO_ERRORS["page.html"]
    _refused(_write(tmp_path, "le.html", b"\xff\xfe" + text.encode("utf-16-le")), InputError, "UTF-16", "little-endian")
    _refused(_write(tmp_path, "be.html", b"\xfe\xff" + text.encode("utf-16-be")), InputError, "UTF-16", "big-endian")


def test_utf32_text(tmp_path: Path) -> None:
    _refused(_write(tmp_path, "source.md", CHINESE.encode("utf-32")), InputError, "UTF-32")


def test_utf8_with_bom_is_read(tmp_path: Path) -> None:
    spec = _run(_write(tmp_path, "source.md", b"\xef\xbb\xbf" + NO_ERRORS["source.md"].encode()))
    assert spec["operation"] == "CreateSnapshot"


def test_file_of_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    chunk = NO_ERRORS["page.html"].encode()
    with path.open("wb") as f:
        f.write(chunk * (20 * 2**20 // len(chunk) + 1))
    assert path.stat().st_size > 20 * 2**20
    err = _refused(path, InputError, "MiB", "limit")
    assert "20.0 MiB" in str(err)


def test_decode_refuses_too_large_bytes() -> None:
    with pytest.raises(InputError, match="limit"):
        decode(b"a" * (MAX_BYTES + 1), "big.md")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    _refused(tmp_path / "missing.html", InputError, "cannot read")
    (tmp_path / "dir.html").mkdir()
    _refused(tmp_path / "dir.html", InputError, "cannot read")
