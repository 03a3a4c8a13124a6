from __future__ import annotations

from bs4 import BeautifulSoup
from bs4.element import Tag

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


TRICKY = [
    PAGE,
    "<p>plain <b>bold</b> &amp; &lt;tags&gt; <!-- note --> <?php echo 1 ?></p>",
    ("<!DOCTYPE html><html lang='en' xml:lang='en'><body><svg xmlns='http://www.w3.org/2000/svg' "
    "xmlns:xlink='http://www.w3.org/1999/xlink'><use xlink:href='#a'/><rect/></svg>"
    "<math><mi>x</mi></math><td>stray</td><p>a<p>b</body></html>"),
    ("<table><tr><td>a<script>var s = 1;</script><style>p {}</style><template><p>t</p></template>"
    "<ruby>b<rt>c</rt><rp>(</rp></ruby><![CDATA[d]]></td></tr></table><a href=x href=y>dup</a>"),
    "<div><span>x<div>y</div></span><span>z</span><pre>  keep\n  this </pre></div>",
    "text with no tags at all",
]


def test_parse_builds_the_stock_bs4_tree() -> None:
    """The lean builder gives the very tree `BeautifulSoup(text, "lxml")` gives, namespaces included."""
    assert html._BUILDER is not None  # the internals it needs are there in the installed bs4
    for doc in TRICKY:
        ours, stock = html.parse(doc), BeautifulSoup(doc, "lxml")
        assert ours.decode() == stock.decode()
        assert [type(n) for n in ours.descendants] == [type(n) for n in stock.descendants]


def test_text_walks_match_bs4_generators() -> None:
    """Text and block checks over `next_element` agree with bs4's own `strings` and `descendants`."""
    for doc in TRICKY:
        for el in BeautifulSoup(doc, "lxml").find_all(True):
            assert html._joined(el) == "".join(el.strings)
            assert html._has_block(el) == any(isinstance(d, Tag) and d.name in html._BLOCKS for d in el.descendants)


def test_section_titles_written_in_bold() -> None:
    spec = extract(
        html.read(
            "<html><body><h1>createServiceTask</h1><p><strong>请求参数</strong></p><table>"
            "<tr><th>名称</th><th>类型</th><th>是否必选</th><th>描述</th></tr>"
            "<tr><td>appId</td><td>String</td><td>是</td><td>应用唯一标识符</td></tr></table>"
            "<p><b>Note</b> a bold word opening a paragraph.</p></body></html>",
            "p.html",
        )
    )
    assert [(p["name"], p["required"]) for p in spec["request"]] == [("appId", True)]
