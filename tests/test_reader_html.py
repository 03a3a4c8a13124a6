from __future__ import annotations

from generator.extract.operation import extract
from generator.readers import detect, html

PAGE = """<!DOCTYPE html><html><head><title>x</title></head><body>
<header><form class="search"><input name="k"></form></header><nav>Home</nav>
<main><h1>ENS:CreateThing</h1><div class="doc-meta"><span>Last Updated:Apr 09, 2024</span></div>
<div class="markdown-body"><p>Creates a thing.</p>
<h2>Request parameters</h2>
<table><thead><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Example</th><th>Description</th></tr></thead>
<tbody><tr><td>Name</td><td>String</td><td>No</td><td>abc</td><td><p>The name.</p><ul><li>One.</li><li>Two.</li></ul></td></tr></tbody></table>
<h2>Error codes</h2>
<table><thead><tr><th>HttpCode</th><th>Error code</th><th>Error message</th><th>Description</th></tr></thead>
<tbody><tr><td>400</td><td>Bad.Name</td><td>Bad name.</td><td>The name is bad.</td></tr></tbody></table>
</div></main><footer>(c)</footer></body></html>"""


def test_html_page_to_document() -> None:
    assert detect(PAGE) == "html"
    doc = html.read(PAGE, "p.html")
    assert doc.meta == {"product": "ENS", "operation": "CreateThing", "updated": "2024-04-09", "html_title": "x"}
    req = doc.section("Request parameters")
    assert req is not None
    row = req.tables()[0].rows[0]
    assert row.cells[4].paragraphs == ("The name.", "One.", "Two.")
    assert row.loc.path is not None and row.loc.path.startswith("/html/body/main/div[2]/table[1]/")


def test_html_extract() -> None:
    spec = extract(html.read(PAGE, "p.html"))
    assert spec["operation"] == "CreateThing"
    assert spec["product"] == "ENS"
    assert spec["summary"] == "Creates a thing."
    assert spec["request"][0]["description"] == "The name. One. Two."
    assert spec["errors"][0] == {
        "status": 400, "code": "Bad.Name", "message": "Bad name.", "description": "The name is bad.",
        "source": spec["errors"][0]["source"],
    }
