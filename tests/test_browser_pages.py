"""What people see, in headless Chromium with CJK fonts: an indicator chart with mixed period lengths and values
above 100 %, an agency page, the cross-city comparison reached in two clicks, and the query page at 1400 px.
Assertions are on the rendered DOM (axis range, label boxes, overflow); screenshots go to the test's folder."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import httpx
import pytest

from browsing import BROWSER_MARKS, chromium, wait_for
from twpolice.api.views.pages import sort_name
from livesite import LiveServer, load_ontology_files, shared_store
from twpolice.converters.rdf import extraction_triples
from twpolice.graph.derived import refresh_derived
from twpolice.graph.store import GraphStore
from twpolice.model import DocumentMeta, Extraction, Fact, Passage, Period

pytestmark = BROWSER_MARKS

Y2021 = Period(date(2021, 1, 1), date(2021, 12, 31), "110年")
H2022 = Period(date(2022, 1, 1), date(2022, 6, 30), "111年1至6月")
Y2022 = Period(date(2022, 1, 1), date(2022, 12, 31), "111年")
H2023 = Period(date(2023, 1, 1), date(2023, 6, 30), "112年1至6月")
RATES = {Y2021: "99", H2022: "103.42", Y2022: "101.5", H2023: "102.13"}


def _fact(line, kind, value, period, operator=None):
    return Fact(kind=kind, indicator="全般刑案破獲率", value=Decimal(value), unit="%", period=period,
                passage=Passage(line, line, f"全般刑案破獲率{value}%"), value_text=f"{value}%", operator=operator,
                shared_indicator="crime-all-clearance-rate", measure="clearance-rate", subject="crime-all")


def _document(agency, genre, period, facts):
    meta = DocumentMeta(agency=agency, genre=genre, period=period, title=f"{agency} 測試文件", source_file=f"{agency}.txt",
                        sha256="0" * 64, line_count=100, converter_version="test")
    return Extraction(document=meta, programs=[], facts=facts)


@pytest.fixture(scope="module")
def mixed_server(tmp_path_factory):
    """A store with one shared indicator whose actuals mix years and half-years above 100 %, and a single
    at-least target of another city."""
    path = tmp_path_factory.mktemp("mixed") / "store"
    gs = GraphStore(path)
    load_ontology_files(gs)
    actuals = [_fact(10 + i, "actual", v, p) for i, (p, v) in enumerate(RATES.items())]
    target = [_fact(5, "target", "100", Y2022, operator="at-least")]
    for x in (_document("kaohsiung-police", "council-report", H2023, actuals),
              _document("keelung-police", "plan", Y2022, target)):
        graph, triples = extraction_triples(x)
        gs.replace_graph(str(graph), triples)
    refresh_derived(gs)
    gs.flush()
    del gs
    with LiveServer(path, workers=2) as srv:
        yield srv


@pytest.fixture(scope="module")
def server():
    with LiveServer(shared_store(), workers=2) as srv:
        yield srv


@pytest.fixture(scope="module")
def browser():
    with chromium() as drv:
        yield drv


def screenshot(drv, folder, name: str) -> None:
    """The whole page as a PNG in the test's folder (``pytest --basetemp`` keeps them)."""
    height = drv.execute_script("return document.documentElement.scrollHeight")
    width = drv.execute_script("return window.outerWidth")
    drv.set_window_size(width, min(height + 120, 4000))
    path = folder / f"{name}.png"
    drv.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    drv.set_window_size(width, 1000)


def no_horizontal_overflow(drv) -> bool:
    return drv.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


BOXES = """
const rect = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
const svg = document.querySelector(arguments[0]);
return { plot: rect(svg.querySelector('rect.plot')),
         points: [...svg.querySelectorAll('.point')].map(e => [...rect(e), parseFloat(e.dataset.value)]),
         xlabels: [...svg.querySelectorAll('text.xlabel')].map(rect),
         legend: [...svg.querySelectorAll('text.legend')].map(rect),
         ymin: parseFloat(svg.dataset.yMin), ymax: parseFloat(svg.dataset.yMax),
         lines: [...svg.querySelectorAll('polyline.series')].map(e => e.dataset.length) };
"""


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check_chart(drv, css: str) -> dict:
    box = drv.execute_script(BOXES, css)
    assert box["points"], "no value drawn"
    left, top, right, bottom = box["plot"]
    for x0, y0, x1, y1, value in box["points"]:
        assert box["ymin"] <= value <= box["ymax"], (value, box["ymin"], box["ymax"])
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        assert left - 1 <= cx <= right + 1 and top - 1 <= cy <= bottom + 1, "a value drawn outside the plot"
        assert x1 - x0 >= 6 and y1 - y0 >= 6, "a point too small to see"
    for boxes in (box["xlabels"], box["legend"]):
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not _overlap(a, b), f"labels overlap: {a} {b}"
    return box


def test_indicator_chart_with_mixed_period_lengths_and_values_over_100(mixed_server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(mixed_server.url + "/doc/indicator/crime-all-clearance-rate")
    wait_for(browser, "#chart svg.chart")
    box = check_chart(browser, "#chart svg.chart")
    values = sorted(p[4] for p in box["points"])
    assert values == sorted([99.0, 103.42, 101.5, 102.13, 100.0])
    assert box["ymax"] >= 103.42 and box["ymin"] > 0  # fitted to the rates, not 0–100
    assert sorted(box["lines"]) == ["half", "year"]  # years and half-years are two lines, never one zig-zag
    chart = browser.find_element(By.CSS_SELECTOR, "#chart svg.chart").get_attribute("outerHTML")
    assert "≥" in chart and "polygon" in chart  # the at-least target, its own marker, its single point drawn
    notes = browser.find_element(By.CSS_SELECTOR, "#chart .chart-notes").text
    assert "▲" in notes and "至少" in notes
    # the accessible data table lists every value drawn, and the chart points at it
    table = browser.find_element(By.ID, "chart-data").get_attribute("textContent")
    for v in ("99", "103.42", "101.5", "102.13", "100"):
        assert v in table
    assert browser.find_element(By.CSS_SELECTOR, "#chart svg").get_attribute("aria-describedby") == "chart-data"
    # the unit is printed once in a value's tooltip, and the table's marker is explained
    assert "% %" not in chart and "（%）" not in chart
    assert "†" in browser.find_element(By.ID, "table-notes").text
    assert no_horizontal_overflow(browser)
    screenshot(browser, tmp_path, "indicator-mixed")


def test_agency_page_shared_first_by_topic_then_own_searchable_and_paginated(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    agency = "/doc/agency/kaohsiung-police"
    html = httpx.get(server.url + agency, timeout=30).text
    assert len(html.encode()) < 150_000  # was 306 KB with every indicator on one page
    browser.get(server.url + agency)
    wait_for(browser, "#own-indicators")
    order = browser.execute_script(
        "return [...document.querySelectorAll('h2')].map(h => h.id).filter(Boolean)")
    assert order.index("shared-indicators") < order.index("own-indicators")
    topics = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "h3.topic")]
    assert topics and topics[0].startswith("刑案")
    own = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#agency-indicators tbody td:first-child a")]
    assert 0 < len(own) <= 50
    assert [sort_name(n) for n in own] == sorted(sort_name(n) for n in own)
    assert not own[0][0].isdigit()
    assert browser.find_element(By.CSS_SELECTOR, "nav.pager a[rel=next]")
    assert no_horizontal_overflow(browser)
    screenshot(browser, tmp_path, "agency")
    # the filter keeps only names that contain the words typed
    box = browser.find_element(By.CSS_SELECTOR, "form.own-search input[name=q]")
    box.send_keys("DNA")
    box.submit()
    wait_for(browser, "#agency-indicators")
    names = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#agency-indicators tbody td:first-child a")]
    assert names and all("DNA" in n for n in names)


def test_compare_cities_in_two_clicks_with_csv_and_sparql(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(server.url + "/")
    pick = Select(wait_for(browser, "#home-compare select"))
    option = next(o for o in pick.options if o.get_attribute("value") == "prevention-sessions")
    pick.select_by_value(option.get_attribute("value"))  # click 1: the indicator
    browser.find_element(By.CSS_SELECTOR, "#home-compare button").click()  # click 2: compare
    wait_for(browser, "#compare-table")
    rows = browser.find_elements(By.CSS_SELECTOR, "#compare-table tbody tr")
    assert len(rows) >= 2  # two cities side by side
    kinds = browser.find_element(By.ID, "compare-table").text
    assert "目標值" in kinds and "實際值" in kinds
    check_chart(browser, "#chart svg.chart")
    query = browser.find_element(By.CSS_SELECTOR, "#compare-sparql code").get_attribute("textContent")
    assert "prevention-sessions" in query
    csv_href = browser.find_element(By.ID, "compare-csv").get_attribute("href")
    body = httpx.get(csv_href, timeout=30)
    assert body.status_code == 200 and body.text.splitlines()[0].startswith("agency,agencyLabel,kind")
    cells = browser.find_elements(By.CSS_SELECTOR, "#compare-table td a")
    assert len(body.text.strip().splitlines()) - 1 == len(cells)  # every row of the CSV is a value on the page
    assert no_horizontal_overflow(browser)
    screenshot(browser, tmp_path, "compare")
    # an unknown indicator is a 404 with the picker, not an error page
    assert httpx.get(server.url + "/compare", params={"indicator": "no-such"}).status_code == 404


def test_query_page_fits_1400px_and_states_its_limits(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    browser.set_window_size(1400, 1000)
    try:
        browser.get(server.url + "/query?id=q1-fraud-clearance-by-city&run=1")
        wait_for(browser, "#result-table tbody tr")
        assert no_horizontal_overflow(browser)
        right = browser.execute_script("return document.getElementById('prefix-list').getBoundingClientRect().right")
        assert right <= browser.execute_script("return window.innerWidth")
        help_text = browser.find_element(By.CSS_SELECTOR, "p.help").text
        assert "10.0 秒" in help_text and "100,000" in help_text
        screenshot(browser, tmp_path, "query-1400")
    finally:
        browser.set_window_size(1280, 1000)
