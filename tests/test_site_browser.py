"""The built docs site in a real browser (Debian's headless Chromium through chromedriver).

Searches for codes and message words, opens an operation page, saves screenshots, and proves that
no script carried by document text runs on the hostile fixture site.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import write_files

from generator.build import plan_specs
from generator.sitecmd import build_html
from generator.writers import site
from generator.writers.env import environment

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile_site"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="Debian chromium and chromium-driver are not installed (/usr/bin/chromium, /usr/bin/chromedriver)",
)

# Runs before any page script: a dialog or a write to window.__pwned is recorded, never shown.
TRAP = """
window.__dialogs = [];
for (const name of ['alert', 'confirm', 'prompt']) {
  window[name] = (...args) => { window.__dialogs.push(name + ':' + String(args[0])); };
}
"""


# Elements of the page content that carry an event handler, a script URL, or are scripts/frames.
DOM_CHECK = """
const bad = [];
for (const el of document.querySelectorAll('article *')) {
  if (['SCRIPT', 'IFRAME', 'IMG', 'SVG', 'STYLE', 'OBJECT', 'EMBED'].includes(el.tagName.toUpperCase())
      && !el.closest('.md-source-file, .md-content__button')) bad.push(el.tagName);
  for (const a of el.attributes) {
    if (a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value)) bad.push(el.tagName + ' ' + a.name);
  }
}
return bad;
"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(folder: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def ens_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = build_html(ROOT, tmp_path_factory.mktemp("ens-site") / "html")
    yield from _serve(out)


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(HOSTILE / "spec", root / "spec")
    plan = plan_specs(root)
    assert not plan.failures
    write_files(site.render(plan.specs, environment()), root)
    yield from _serve(build_html(root, root / "html"))


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture(scope="module")
def driver() -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--disable-gpu"):
        options.add_argument(arg)
    options.set_capability("unhandledPromptBehavior", "ignore")
    drv = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    drv.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP})
    try:
        yield drv
    finally:
        drv.quit()


def _search(drv: object, base: str, query: str) -> list[list[str]]:
    """Type a query into the search box; the links of each result item, best item first."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    drv.get(base)  # type: ignore[attr-defined]
    box = drv.find_element(By.CSS_SELECTOR, "input.md-search__input")  # type: ignore[attr-defined]
    WebDriverWait(drv, 20).until(lambda d: box.is_enabled())
    box.click()
    box.send_keys(query)

    seen: list[list[list[str]]] = []

    def results(d: object) -> list[list[str]] | None:
        # the search runs as the keys arrive: only results that held still over two polls with the
        # whole query typed are the query's, not a prefix's
        if box.get_attribute("value") != query:
            return None
        items = d.find_elements(By.CSS_SELECTOR, ".md-search-result__list > li.md-search-result__item")  # type: ignore[attr-defined]
        meta = d.find_element(By.CSS_SELECTOR, ".md-search-result__meta").text  # type: ignore[attr-defined]
        if not items:
            assert "No matching" not in meta or seen, f"no result for {query!r}"
            return None
        now = [[a.get_attribute("href") for a in it.find_elements(By.CSS_SELECTOR, "a.md-search-result__link")]
               for it in items]
        stable = bool(seen) and seen[-1] == now
        seen.append(now)
        return now if stable else None

    found: list[list[str]] = WebDriverWait(drv, 30, poll_frequency=0.3).until(lambda d: results(d))
    return found


def _best_section(item: list[str]) -> urllib.parse.SplitResult:
    """The best-scoring section of a result item: its first link with an anchor (the page comes first)."""
    return next(urllib.parse.urlsplit(h) for h in item if urllib.parse.urlsplit(h).fragment)


@pytest.mark.parametrize("code, anchor", [
    ("OrderArrearage", "code-orderarrearage"),
    ("SaleControl.VerificationFailed", "code-salecontrol-verificationfailed"),
    ("SaleControlVerificationFailedStock", "code-salecontrolverificationfailedstock"),
    ("InvalidParameter.%s", "code-invalidparameter-s"),
    ("NoPermission", "code-nopermission"),
])
def test_typed_code_finds_its_entry_first(driver: object, ens_url: str, shots: Path, code: str,
                                          anchor: str) -> None:
    items = _search(driver, ens_url, code)
    first = items[0]
    assert urllib.parse.urlsplit(first[0]).path.endswith("/codes/")
    best = _best_section(first)
    assert best.path.endswith("/codes/") and best.fragment == anchor, items[:2]
    driver.save_screenshot(str(shots / f"search-{anchor}.png"))  # type: ignore[attr-defined]


def test_message_words_are_searchable(driver: object, ens_url: str) -> None:
    items = _search(driver, ens_url, "coupon")
    fragments = {urllib.parse.urlsplit(h).fragment for h in items[0]}
    assert "code-systemusecouponfailed" in fragments


def test_operation_page_opens(driver: object, ens_url: str, shots: Path) -> None:
    from selenium.webdriver.common.by import By

    driver.get(ens_url + "ens/CreateSnapshot/")  # type: ignore[attr-defined]
    assert driver.find_element(By.CSS_SELECTOR, "article h1").text.startswith("CreateSnapshot")  # type: ignore[attr-defined]
    body = driver.find_element(By.CSS_SELECTOR, "article").text  # type: ignore[attr-defined]
    assert "length 2–128 characters" in body and "must not start with http://, https://" in body
    link = driver.find_element(By.CSS_SELECTOR, "table.errkb-errors a[href*='#code-orderarrearage']")  # type: ignore[attr-defined]
    driver.save_screenshot(str(shots / "operation.png"))  # type: ignore[attr-defined]
    link.click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(  # the theme may follow the link after the click returns
        lambda d: urllib.parse.urlsplit(d.current_url).fragment == "code-orderarrearage")  # type: ignore[attr-defined]
    assert driver.execute_script(  # type: ignore[attr-defined]
        "return document.getElementById('code-orderarrearage').textContent").startswith("OrderArrearage")


def _assert_clean(drv: object) -> None:
    pwned = drv.execute_script("return [window.__pwned, window.__dialogs]")  # type: ignore[attr-defined]
    assert pwned == [None, []], pwned


def test_hostile_text_never_runs(driver: object, hostile_url: str, shots: Path) -> None:
    from selenium.webdriver.common.by import By

    pages = ["", "evil/", "evil/CreateTrap/", "codes/", "changes/", "changes/2024-01-01/"]
    for page in pages:
        driver.get(hostile_url + page)  # type: ignore[attr-defined]
        _assert_clean(driver)
        assert driver.execute_script(DOM_CHECK) == [], page  # type: ignore[attr-defined]
    driver.get(hostile_url + "evil/CreateTrap/")  # type: ignore[attr-defined]
    text = driver.find_element(By.CSS_SELECTOR, "article").text  # type: ignore[attr-defined]
    assert "<script>window.__pwned='summary'</script>" in text  # shown as text, not run
    assert "<img src=x onerror=\"window.__pwned='example'\">" in text
    driver.save_screenshot(str(shots / "hostile-operation.png"))  # type: ignore[attr-defined]
    for query in ("coupon", "script", "onerror"):
        items = _search(driver, hostile_url, query)
        assert items, query
        _assert_clean(driver)
    driver.save_screenshot(str(shots / "hostile-search.png"))  # type: ignore[attr-defined]
