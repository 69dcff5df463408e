"""Headless Chromium: the home page, a ready-made query run in the editor, and an indicator chart."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from browsing import BROWSER_MARKS, chromium, wait_for
from twpolice import iris
from livesite import LiveServer, shared_store

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def server():
    with LiveServer(shared_store(), workers=2) as srv:
        yield srv


@pytest.fixture(scope="module")
def browser():
    with chromium() as drv:
        yield drv


def test_home_then_ready_query_in_editor(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server.url + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-Hant"
    links = browser.find_elements(By.CSS_SELECTOR, "#ready-queries a.run")
    assert len(links) >= 8
    # Q6 (provenance) returns rows on any data that has measurements
    target = next(a for a in links if "q6-" in a.get_attribute("href"))
    target.click()
    wait_for(browser, "#result-table tbody tr")
    rows = browser.find_elements(By.CSS_SELECTOR, "#result-table tbody tr")
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#result-table thead th")]
    assert "quote" in headers and "measurement" in headers and rows
    status = browser.find_element(By.ID, "status").text
    assert str(len(rows)) in status
    link = browser.find_element(By.CSS_SELECTOR, "#result-table tbody tr a[href^='/doc/measurement/']")
    # the syntax highlighter coloured the keywords
    assert browser.find_elements(By.CSS_SELECTOR, "#highlight .t-k")
    link.click()
    wait_for(browser, "#measurement")
    assert browser.find_element(By.CSS_SELECTOR, "blockquote.quote").text.strip()


def test_editor_runs_typed_query_and_reports_errors(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server.url + "/query")
    area = browser.find_element(By.ID, "query")
    area.clear()
    area.send_keys("SELECT ?a WHERE { ?a a twp:Agency } LIMIT 3")
    browser.find_element(By.ID, "run").click()
    wait_for(browser, "#result-table tbody tr")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#result-table tbody tr")) == 3
    area.clear()
    area.send_keys("SELECT * WHERE { ?s ?p }")
    browser.find_element(By.ID, "run").click()
    wait_for(browser, "#status.error")
    assert "400" in browser.find_element(By.ID, "status").text


def test_indicator_page_chart(server, browser):
    from selenium.webdriver.common.by import By

    s = ox.Store.read_only(str(shared_store()))
    rows = list(s.query("""SELECT ?i (COUNT(DISTINCT ?m) AS ?n) WHERE { ?i skos:inScheme scheme:indicator .
        ?m twp:indicator/skos:exactMatch ?i ; twp:valueType vt:actual .
        } GROUP BY ?i ORDER BY DESC(?n) ?i LIMIT 1""",
                        prefixes=iris.PREFIXES))
    del s
    ind = rows[0]["i"].value
    browser.get(server.url + "/doc/" + ind[len(iris.BASE) + 3:] + "?lang=en")
    svg = wait_for(browser, "#chart svg.chart")
    assert svg.size["width"] > 300 and svg.size["height"] > 150
    points = browser.find_elements(By.CSS_SELECTOR, "#chart svg circle.point")
    assert points
    cells = browser.find_elements(By.CSS_SELECTOR, "#indicator-table tbody td.num a")
    assert len(cells) >= len(points)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    browser.find_element(By.ID, "lang-switch").click()
    wait_for(browser, "#chart svg.chart")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-Hant"


def csp_violations(drv) -> list[str]:
    return [e["message"] for e in drv.get_log("browser") if "Content Security Policy" in e["message"]]


def test_editor_runs_under_csp_and_links_only_safe_iris(server, browser):
    """The site's Content-Security-Policy leaves the editor working, and a javascript: IRI in the results is
    text, not a link (issue 16, item 7)."""
    from selenium.webdriver.common.by import By

    browser.get(server.url + "/query?lang=en")
    csp_violations(browser)  # drop what came before
    area = browser.find_element(By.ID, "query")
    area.clear()
    area.send_keys("SELECT ?x WHERE { VALUES ?x { <javascript:alert(1)> <https://example.org/ok> "
                   "<mailto:a@example.org> } }")
    browser.find_element(By.ID, "run").click()
    wait_for(browser, "#result-table tbody tr")
    cells = browser.find_elements(By.CSS_SELECTOR, "#result-table tbody td")
    assert [c.text for c in cells] == ["javascript:alert(1)", "https://example.org/ok", "mailto:a@example.org"]
    hrefs = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#result-table a")]
    assert hrefs == ["https://example.org/ok", "mailto:a@example.org"]
    assert browser.find_elements(By.CSS_SELECTOR, "#highlight .t-k")  # the highlighter ran too
    for path in ("/query", "/", "/validate"):
        browser.get(server.url + path)
        assert not csp_violations(browser), path
