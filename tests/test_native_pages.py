"""What people see of a figure read from a PDF or DOCX (issue 15): its measurement page in headless Chromium shows
the page and the place in the file, in 繁體中文 and in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from browsing import BROWSER_MARKS, chromium
from conftest import DOCUMENTS
from nativedocs import native_versions
from livesite import LiveServer
from twpolice.graph.build import build_store
from twpolice.graph.store import GraphStore

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def native_store(tmp_path_factory, manifest):
    """002 as PDF and 003 as DOCX, built into a store."""
    folder = tmp_path_factory.mktemp("native-docs")
    lines = ["version = 1"]
    for key, fmt in (("002", "pdf"), ("003", "docx")):
        entry = manifest[key]
        name = f"{entry.file[:-4]}.{fmt}"
        (folder / name).write_bytes(native_versions((DOCUMENTS / entry.file).read_text(encoding="utf-8"))[fmt])
        lines.append(f'[[document]]\nfile = "{name}"')
    (folder / "manifest.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = tmp_path_factory.mktemp("native-store") / "db"
    report = build_store(store, folder)
    assert not report.failed, [r.status for r in report.rows]
    return store


@pytest.fixture(scope="module")
def server(native_store):
    with LiveServer(native_store, workers=1) as srv:
        yield srv


@pytest.fixture(scope="module")
def browser():
    with chromium(height=1400) as drv:
        yield drv


def _measurement(store: Path, file_suffix: str, locator_prefix: str) -> tuple[str, str, str]:
    """(page path, twp:page or "", twp:locator) of a measurement from the file ending in ``file_suffix``."""
    gs = GraphStore(store, read_only=True)
    rows = list(gs.query(f"""SELECT ?m ?page ?loc WHERE {{
        ?m a twp:Measurement ; twp:sourcePassage ?p . ?p twp:inDocument/twp:sourceFile ?f ; twp:locator ?loc .
        OPTIONAL {{ ?p twp:page ?page }}
        FILTER (STRENDS(?f, "{file_suffix}") && STRSTARTS(?loc, "{locator_prefix}") && CONTAINS(?loc, "cell=")) }}
        ORDER BY ?m LIMIT 1"""))
    del gs
    m = rows[0]["m"].value
    page = rows[0]["page"].value if rows[0]["page"] is not None else ""
    return "/" + m.split("https://w3id.org/twpolice/", 1)[1], page, rows[0]["loc"].value


def _facts(drv) -> dict[str, str]:
    from selenium.webdriver.common.by import By

    source = drv.find_element(By.CSS_SELECTOR, "div.source dl.facts")
    terms = [e.text for e in source.find_elements(By.TAG_NAME, "dt")]
    values = [e.text for e in source.find_elements(By.TAG_NAME, "dd")]
    return dict(zip(terms, values))


def test_a_pdf_figure_shows_its_page_and_cell(server, browser, native_store):
    path, page, locator = _measurement(native_store, ".pdf", "table=")
    table, row, cell = (int(kv.split("=")[1]) for kv in locator.split(";"))
    browser.get(server.url + path)
    facts = _facts(browser)
    assert facts["頁"] == page and int(page) >= 1
    assert facts["原檔位置"] == f"第 {table} 個表格第 {row} 列第 {cell} 格"
    browser.get(server.url + path + "?lang=en")
    facts = _facts(browser)
    assert facts["Page"] == page and facts["In the file"] == f"table {table}, row {row}, cell {cell}"


def test_a_docx_figure_shows_its_paragraph_or_cell_and_no_page(server, browser, native_store):
    path, page, locator = _measurement(native_store, ".docx", "table=")
    assert page == ""
    browser.get(server.url + path)
    facts = _facts(browser)
    assert "頁" not in facts and facts["原檔位置"].startswith("第 ") and facts["原檔位置"].endswith(" 格")
