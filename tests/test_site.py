"""The docs-site writer: pages, anchors, escaping, determinism, --check, and a strict mkdocs build."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import urllib.parse
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from click.testing import CliRunner
from support import write_files

from generator import build
from generator.cli import main
from generator.sitecmd import build_html
from generator.writers import WRITER_MODULES, site
from generator.writers.env import environment
from generator.writers.site_model import changes, code_index, response_tree
from generator.writers.site_text import code_anchors, describe_constraint, md_text, title_text

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile_site"


@pytest.fixture(scope="module")
def ens_specs() -> list[dict[str, Any]]:
    return build.plan_specs(ROOT).specs


@pytest.fixture(scope="module")
def ens_files(ens_specs: list[dict[str, Any]]) -> dict[str, bytes]:
    return site.render(ens_specs, environment())


@pytest.fixture(scope="module")
def ens_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_html(ROOT, tmp_path_factory.mktemp("ens") / "html")


def _write_site(root: Path, files: dict[str, bytes]) -> None:
    write_files(files, root)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], Path]:
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(HOSTILE / "spec", root / "spec")
    plan = build.plan_specs(root)
    assert not plan.failures and plan.specs
    _write_site(root, site.render(plan.specs, environment()))
    return plan.specs, build_html(root, root / "html")


def test_writer_is_registered() -> None:
    assert "generator.writers.site" in WRITER_MODULES


def test_pages_exist(ens_files: dict[str, bytes]) -> None:
    for rel in ("site/mkdocs.yml", "site/hooks/search_boost.py", "site/docs/index.md", "site/docs/codes.md",
                "site/docs/ens/index.md", "site/docs/ens/CreateSnapshot.md", "site/docs/changes/index.md",
                "site/docs/changes/2024-04-09.md", "site/docs/changes/2024-08-19.md", "site/docs/assets/extra.css"):
        assert rel in ens_files, rel
    nav = ens_files["site/mkdocs.yml"].decode()
    assert '"CreateSnapshot": "ens/CreateSnapshot.md"' in nav and "site_dir: \"../site-build\"" in nav
    op = ens_files["site/docs/ens/CreateSnapshot.md"].decode()
    for heading in ("Request parameters", "Response", "Sample responses", "Errors", "Authorization",
                    "Change history", "Sources"):
        assert f"\n## {heading}\n" in op
    assert "https://www.alibabacloud.com/help/en/ens/developer-reference/api-ens-2017-11-10-createsnapshot" in op
    assert "spec/sources/ens/CreateSnapshot/2024-04-09.txt" in op


def test_output_is_deterministic(ens_specs: list[dict[str, Any]], ens_files: dict[str, bytes]) -> None:
    assert site.render(list(reversed(ens_specs)), environment()) == ens_files


def test_site_dir_is_outside_owned_folders() -> None:
    out = (ROOT / "site" / site.SITE_DIR).resolve()
    assert all(not out.is_relative_to(ROOT / top) for top in build.OWNED)
    assert "/site-build/" in (ROOT / ".gitignore").read_text().splitlines()


def test_check_covers_site(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec" / "sources", tmp_path / "spec" / "sources")
    plan = build.plan(tmp_path)
    build.write(tmp_path, plan)
    assert build.differences(tmp_path, plan) == []
    (tmp_path / "site/docs/codes.md").write_text("edited\n")
    (tmp_path / "site/docs/index.md").unlink()
    (tmp_path / "site/docs/old.md").write_text("stale\n")
    diffs = build.differences(tmp_path, plan)
    assert {"changed: site/docs/codes.md", "missing: site/docs/index.md", "stale: site/docs/old.md"} <= set(diffs)


def test_code_anchors_are_stable_and_collision_free() -> None:
    codes = ["SaleControl.VerificationFailed", "SaleControl_VerificationFailed", "salecontrol-verificationfailed",
             "InvalidParameter.%s", "错误"]
    anchors = code_anchors(codes)
    assert anchors == code_anchors(reversed(codes))
    assert len(set(anchors.values())) == len(codes)
    # Suffixes follow the sorted order of the codes that share a slug.
    assert anchors["SaleControl.VerificationFailed"] == "code-salecontrol-verificationfailed"
    assert anchors["SaleControl_VerificationFailed"] == "code-salecontrol-verificationfailed-2"
    assert anchors["salecontrol-verificationfailed"] == "code-salecontrol-verificationfailed-3"
    assert anchors["InvalidParameter.%s"] == "code-invalidparameter-s"
    assert re.fullmatch(r"code-[0-9a-f]{10}", anchors["错误"])


def test_code_index(ens_specs: list[dict[str, Any]], ens_files: dict[str, bytes]) -> None:
    entries = {e.code: e for e in code_index(ens_specs)}
    sale = entries["SaleControl.VerificationFailed"]
    assert sale.anchor == "code-salecontrol-verificationfailed"
    assert sale.statuses == ["400"] and sale.since == "2024-04-09"
    assert [u.operation for u in sale.uses] == ["CreateSnapshot"]
    assert entries["InvalidParameter.%s"].pattern
    page = ens_files["site/docs/codes.md"].decode()
    assert page.count("\n## ") == len(entries)
    assert "## SaleControl\\.VerificationFailed { #code-salecontrol-verificationfailed }" in page
    op = ens_files["site/docs/ens/CreateSnapshot.md"].decode()
    assert 'href="../../codes/#code-orderarrearage"' in op


def test_constraints_read_like_rules() -> None:
    assert describe_constraint({"kind": "length", "min": 2, "max": 128, "unit": "characters"}) \
        == "length 2–128 characters"
    assert describe_constraint({"kind": "forbidden_prefix", "values": ["http://", "https://"]}) \
        == "must not start with http://, https://"
    assert describe_constraint({"kind": "first_char", "classes": ["letter", "digit"]}) \
        == "must start with letters or digits"
    assert describe_constraint({"kind": "charset", "classes": ["letter", "digit"], "chars": [":", "_", "-"]}) \
        == "may contain only letters, digits and : _ -"
    assert describe_constraint({"kind": "enum", "values": ["web", "video"]}) == "one of “web”, “video”"
    assert describe_constraint({"kind": "range", "min": 1, "max": 100}) == "value 1–100"
    assert describe_constraint({"kind": "max_items", "max": 5, "index": "N"}) == "at most 5 items (N ≤ 5)"
    assert describe_constraint({"kind": "default", "value": ""}) == "default: empty"


def test_operation_page_shows_words_and_rules(ens_files: dict[str, bytes]) -> None:
    op = ens_files["site/docs/ens/CreateSnapshot.md"].decode()
    row = next(line for line in op.splitlines() if line.startswith("<tr><td><code>SnapshotName</code>"))
    assert "The name must be 2 to 128 characters in length." in row  # the page's words
    assert "length 2–128 characters" in row and "must not start with http://, https://" in row
    assert "<pre><code class=\"language-json\">" in op and "&quot;SnapShotId&quot;" in op


def test_unparsed_sentences_are_flagged(ens_specs: list[dict[str, Any]]) -> None:
    spec = json.loads(json.dumps(ens_specs[0]))
    spec["request"][0]["unparsed"] = [{"sentence": "Odd rule here.", "reason": "no rule matched"}]
    page = site.render([spec], environment())["site/docs/ens/CreateSnapshot.md"].decode()
    assert '<li class="errkb-unparsed">⚠ not read as a rule: “Odd rule here.” (no rule matched)</li>' in page


def test_response_tree_nests_by_parent() -> None:
    fields = [{"name": "Items", "type": "Array"}, {"name": "└Id", "field": "Id", "parent": "Items", "type": "String"},
              {"name": "Total", "type": "Integer"}]
    tree = response_tree(fields)
    assert [n.name for n in tree] == ["Items", "Total"]
    assert [c.name for c in tree[0].children] == ["Id"]


def test_changes_per_version(ens_specs: list[dict[str, Any]], ens_files: dict[str, bytes]) -> None:
    per = changes(ens_specs)
    assert list(per) == ["2024-04-09", "2024-08-19"]
    assert [(c.what, c.name) for c in per["2024-04-09"] if c.what == "documented"] == [("documented", "CreateSnapshot")]
    added = {c.name for c in per["2024-08-19"] if c.what == "added" and c.kind == "error"}
    assert "OrderArrearage" in added and "SaleControl.VerificationFailed" not in added
    spec = json.loads(json.dumps(ens_specs[0]))
    spec["errors"][0].update(removed=True, last_seen="2024-04-09")
    removed = [c for c in changes([spec])["2024-08-19"] if c.what == "removed"]
    assert [c.name for c in removed] == [spec["errors"][0]["code"]]
    assert "Change history rows" in ens_files["site/docs/changes/2024-08-19.md"].decode()


def test_markdown_escaping() -> None:
    hostile = "a | b <script>x</script> *y* _z_ `t` [l](javascript:x) {: #id } # h \x02wzxhzdk:0\x03"
    out = md_text(hostile)
    assert "<" not in out and "\x02" not in out
    assert re.search(r"(?<!\\)[|*_`\[\]{}#]", out) is None
    assert json.loads(title_text("A <b>&\"'` C")) == "A ‹b›＆”’ˋ C"


def _article(path: Path) -> Any:
    doc = lxml.html.parse(str(path)).getroot()
    return doc.xpath("//article")[0]


def test_hostile_document_renders_as_text(hostile: tuple[list[dict[str, Any]], Path]) -> None:
    specs, out = hostile
    spec_text = json.dumps(specs)
    assert "<script>" in spec_text and "onerror=" in spec_text  # the fixture really carries it
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 5
    for page in pages:
        raw = page.read_text(encoding="utf-8")
        assert "__pwned" not in "".join(re.findall(r"<script\b[^>]*>.*?</script>", raw, re.DOTALL)), page
        assert re.search(r"<title>[^<]*</title>", raw), page
        root = lxml.html.fromstring(raw)
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            assert el.tag not in ("iframe", "img", "style") or "pwned" not in lxml.html.tostring(el, encoding="unicode")
            for name, value in el.attrib.items():
                assert not name.startswith("on"), (page, el.tag, name)
                assert not value.strip().lower().startswith("javascript:"), (page, el.tag, name)
    op = _article(out / "evil" / "CreateTrap" / "index.html")
    text = op.text_content()
    assert "<script>window.__pwned='summary'</script>" in text
    assert "[a link](javascript:window.__pwned='mdlink')" in text and "{{ 7*7 }}" in text
    rows = op.xpath(".//table[contains(@class, 'errkb-errors')]/tbody/tr")
    assert len(rows) == len(specs[0]["errors"]) and all(len(r.xpath("./td")) == 6 for r in rows)
    assert "Evil.<script>window.__pwned='code'</script>" in rows[0].text_content()
    sample = op.xpath(".//pre/code")[0].text_content()
    assert json.loads(sample) == specs[0]["samples"][0]["body"]
    codes = _article(out / "codes" / "index.html")
    assert [h.text_content().rstrip("¶") for h in codes.xpath(".//h2")] == sorted(e["code"] for e in specs[0]["errors"])


def test_bundled_site_builds_strict_with_working_links(ens_html: Path) -> None:
    index = json.loads((ens_html / "search" / "search_index.json").read_text())
    assert index["config"]["separator"] == site.SEARCH_SEPARATOR
    boosts = {d["location"]: d.get("boost") for d in index["docs"]}
    assert boosts["codes/#code-salecontrol-verificationfailed"] > boosts["codes/#code-salecontrolverificationfailedstock"]
    assert not any(b for loc, b in boosts.items() if "#code-" not in loc and loc.startswith("ens/"))
    checked = 0
    for page in ens_html.rglob("*.html"):
        if page.name == "404.html":
            continue
        for a in _article(page).xpath(".//a[@href]"):
            href = a.get("href")
            parts = urllib.parse.urlsplit(href)
            if parts.scheme or href.startswith("mailto:"):
                continue
            target = (page.parent / urllib.parse.unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file(), (page, href)
            if parts.fragment:
                assert lxml.html.parse(str(target)).getroot().get_element_by_id(parts.fragment, None) is not None, \
                    (page, href)
            checked += 1
    assert checked > 200


def test_search_hook_prefers_the_exact_code(ens_files: dict[str, bytes], tmp_path: Path) -> None:
    hook = tmp_path / "search_boost.py"
    hook.write_bytes(ens_files["site/hooks/search_boost.py"])
    spec = importlib.util.spec_from_file_location("search_boost", hook)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sep = re.compile(site.SEARCH_SEPARATOR)
    assert mod.boost("InvalidParameter", sep) > mod.boost("InvalidParameter.%s", sep) > 1
    assert mod.boost("OrderArrearage", sep) > mod.boost("OrderArrearageX.Y", sep)


def test_site_command_needs_a_site(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["site", "build", "--root", str(tmp_path)])
    assert result.exit_code == 2 and "run `errkb build` first" in result.output


def test_changes_list_spec_changes_once_with_their_class(ens_specs: list[dict[str, Any]],
                                                         ens_files: dict[str, bytes]) -> None:
    per = changes(ens_specs)["2024-08-19"]
    added = [c for c in per if c.what == "added" and c.kind == "error"]
    # one row per new error row: the diff's additions mark these rows, they are not listed again
    assert len(added) == 101 and all(c.severity == "non-breaking" for c in added)
    changed = [(c.kind, c.name, c.attribute, c.severity, c.since) for c in per if c.what == "changed"]
    assert sorted(changed) == sorted([
        ("request", "Description", "description", "documentation", "2024-04-09"),
        ("request", "EnsRegionId", "description", "documentation", "2024-04-09"),
        ("request", "SnapshotName", "description", "documentation", "2024-04-09"),
        ("error", "OrderFailed", "description", "documentation", "2024-04-09"),
        ("error", "OrderFailed", "message", "documentation", "2024-04-09"),
    ])
    page = ens_files["site/docs/changes/2024-08-19.md"].decode()
    assert "Changed request parameters" in page and "Changed error codes" in page
    assert page.count("<code>OrderArrearage</code>") == 1
    assert "The ID of the edge node." in page and "errkb-documentation" in page
    index = ens_files["site/docs/changes/index.md"].decode()
    assert "<th>Changed</th><th>Breaking</th>" in index
    assert '<tr><td><a href="2024-08-19/">2024-08-19</a></td><td>0</td><td>101</td><td>0</td><td>5</td><td>0</td>' \
        in index


def _change(**kw: Any) -> dict[str, Any]:
    base = {"version": "2024-08-19", "since": "2024-04-09", "class": "documentation", "kind": "description-changed",
            "section": "request", "name": "EnsRegionId", "attribute": "description", "old": "a", "new": "b",
            "message": "description reworded"}
    return {**base, **kw}


def test_changes_page_highlights_breaking_and_escapes_text(ens_specs: list[dict[str, Any]]) -> None:
    from generator.spec import io as spec_io

    spec = json.loads(json.dumps(ens_specs[0]))
    evil = "<script>window.__pwned=1</script> *x* | y"
    spec["changes"] = [
        _change(**{"class": "breaking", "kind": "type-changed", "attribute": "type", "old": "String",
                   "new": "Integer", "message": "type String → Integer"}),
        _change(name=evil, old=evil, new={"kind": "enum", "values": [evil]}, message=evil),
        # an addition the first/last page versions do not show (a code back after a gap) is listed itself
        _change(**{"class": "non-breaking", "kind": "error-code-added", "section": "errors", "name": "Evil<b>",
                   "attribute": "", "old": None, "new": 400, "message": "new error code (HTTP 400): " + evil}),
    ]
    spec_io.validate(spec)
    per = changes([spec])["2024-08-19"]
    assert [c.name for c in per if c.what == "added" and c.kind == "error"].count("Evil<b>") == 1
    first = next(c for c in per if c.what == "changed")
    assert (first.name, first.severity) == ("EnsRegionId", "breaking")  # breaking first
    files = site.render([spec], environment())
    page = files["site/docs/changes/2024-08-19.md"].decode()
    assert "<script>" not in page and "<b>" not in page.replace("<br>", "")
    assert '<strong class="errkb-breaking">1 breaking</strong>' in page
    assert '<span class="errkb-badge errkb-breaking">breaking</span> <code>EnsRegionId</code>' in page
    table = lxml.html.fromstring(page[page.index("<table"):])
    assert not table.xpath("//script") and not table.xpath("//b")
    text = table.text_content()
    assert evil in text and "Evil<b>" in text and '"values": ["<script>' in text
    index = files["site/docs/changes/index.md"].decode()
    assert '<strong class="errkb-breaking">1</strong>' in index
