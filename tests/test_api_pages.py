"""HTML pages: home, search, agency, indicator (table + SVG chart), measurement, document, program, dataset."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import httpx
import pyoxigraph as ox
import pytest
import rdflib

from twpolice import iris
from twpolice.api.research import ready_queries
from livesite import LiveServer, shared_store
from twpolice.graph.store import GraphStore
from twpolice.graph.summary import indicator_count, store_size

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)


@pytest.fixture(scope="module")
def server():
    with LiveServer(shared_store(), workers=2) as srv:
        yield srv


@pytest.fixture(scope="module")
def store():
    s = ox.Store.read_only(str(shared_store()))
    yield s
    del s


def q(store, text):
    return list(store.query(text, prefixes=iris.PREFIXES))


def doc_path(iri: str) -> str:
    return "/doc/" + iri[len(iris.BASE) + 3:]


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.srcs: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe") and a.get("src"):
            self.srcs.append(a["src"])
        if tag == "link" and a.get("href"):
            self.srcs.append(a["href"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])


def assets(html: str) -> Links:
    p = Links()
    p.feed(html)
    return p


def test_home_counts_queries_and_downloads(server, store):
    html = httpx.get(server.url + "/").text
    n_docs = len({r["d"] for r in q(store, "SELECT DISTINCT ?d WHERE { ?d a twp:Document }")})
    assert re.search(rf'id="count-documents">{n_docs}<', html)
    links = assets(html).hrefs
    runs = [h for h in links if h.startswith("/query?id=") and "run=1" in h]
    assert len(set(runs)) == len(ready_queries()) >= 8
    assert "/download/twpolice.nq" in links and "/download/measurements.csv" in links
    assert "lang=en" in html  # the English switch


def test_no_external_assets_anywhere(server):
    for path in ("/", "/query", "/docs", "/dataset", "/def", "/search?q=police"):
        html = httpx.get(server.url + path).text
        for src in assets(html).srcs:
            assert src.startswith("/"), (path, src)
    js = httpx.get(server.url + "/static/query.js").text
    assert "http://" not in js and "https://" not in js


def test_english_switch(server, store):
    a = q(store, "SELECT ?a WHERE { ?a a twp:Agency ; skos:prefLabel ?l FILTER(langMatches(lang(?l), 'en')) } LIMIT 1")
    iri = a[0]["a"].value
    zh = httpx.get(server.url + doc_path(iri)).text
    en = httpx.get(server.url + doc_path(iri) + "?lang=en").text
    en_label = [r["l"].value for r in q(store, f"SELECT ?l WHERE {{ <{iri}> skos:prefLabel ?l "
                                                 "FILTER(langMatches(lang(?l), 'en')) }")][0]
    assert '<html lang="zh-Hant">' in zh and '<html lang="en">' in en
    assert f"<h1 id=\"title\">{en_label}</h1>" in en
    assert "機關" in zh and "Agency" in en


def test_search_zh_and_en(server, store):
    row = q(store, "SELECT ?a ?zh ?en WHERE { ?a a twp:Agency ; skos:prefLabel ?zh, ?en "
                   "FILTER(langMatches(lang(?zh), 'zh-Hant') && langMatches(lang(?en), 'en')) } LIMIT 1")[0]
    for text in (row["zh"].value, row["en"].value.upper()):
        r = httpx.get(server.url + "/search", params={"q": text, "format": "json"})
        assert row["a"].value in [h["iri"] for h in r.json()["results"]], text
    html = httpx.get(server.url + "/search", params={"q": row["zh"].value[:2]}).text
    assert doc_path(row["a"].value) in html
    assert httpx.get(server.url + "/search", params={"q": "zzzz-no-such-thing", "format": "json"}).json()["results"] == []
    by_accept = httpx.get(server.url + "/search", params={"q": row["en"].value},
                          headers={"Accept": "text/html;q=0.1, application/json"})  # q-values count, as site-wide
    assert row["a"].value in [h["iri"] for h in by_accept.json()["results"]]
    browser = httpx.get(server.url + "/search", params={"q": row["en"].value},
                        headers={"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    assert browser.headers["content-type"].startswith("text/html")


def test_indicator_page_table_and_chart(server, store):
    rows = q(store, """SELECT ?i (COUNT(DISTINCT ?m) AS ?n) WHERE { ?i skos:inScheme scheme:indicator .
        ?m twp:indicator/skos:exactMatch ?i ; twp:valueType vt:actual ; twp:agency ?a .
        FILTER NOT EXISTS { ?m twp:targetOperator ?o } }
        GROUP BY ?i ORDER BY DESC(?n) ?i LIMIT 1""")
    ind = rows[0]["i"].value
    actuals = q(store, f"""SELECT DISTINCT ?m ?v WHERE {{ ?m twp:indicator/skos:exactMatch <{ind}> ;
        twp:valueType vt:actual ; twp:value ?v }}""")
    html = httpx.get(server.url + doc_path(ind)).text
    table = html[html.index('id="indicator-table"'):]
    for r in actuals:
        assert doc_path(r["m"].value) in table
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert 'class="point"' in svg and "cdn" not in svg.lower()
    # every plotted point carries its value, and shows it in a tooltip
    points = re.findall(r'class="point"[^>]*?data-value="([^"]+)"|data-value="([^"]+)" class="point"', svg)
    shown = {float(a or b) for a, b in points}
    assert any(float(r["v"].value) in shown for r in actuals)
    tips = re.findall(r":\s([\d,.]+)[^<]*</title></(?:circle|polygon|rect)>", svg)
    assert {float(t.replace(",", "")) for t in tips} == shown


def test_measurement_page_shows_source(server, store):
    r = q(store, """SELECT ?m ?v ?q ?ls ?le ?title WHERE { ?m a twp:Measurement ; twp:value ?v ;
        twp:sourcePassage ?sp . ?sp twp:quote ?q ; twp:lineStart ?ls ; twp:lineEnd ?le ; twp:inDocument ?d .
        ?d dcterms:title ?title } ORDER BY ?m LIMIT 1""")[0]
    html = httpx.get(server.url + doc_path(r["m"].value)).text
    assert f'id="value">{r["v"].value}<' in html
    from html import escape
    assert escape(r["q"].value, quote=False) in html
    assert f'{r["ls"].value}–{r["le"].value}' in html
    assert escape(r["title"].value, quote=False) in html


def test_target_and_actual_pages_link_each_other(server, store):
    """A target's page lists the actuals the build paired it with, and an actual's page its targets."""
    pairs = q(store, "SELECT ?t ?x WHERE { ?t twp:pairedActual ?x } ORDER BY ?t ?x")
    if not pairs:
        pytest.skip("no target-actual pair in the test store")
    t, x = pairs[0]["t"].value, pairs[0]["x"].value
    for page, other in ((t, x), (x, t)):
        html = httpx.get(server.url + doc_path(page)).text
        section = html[html.index('id="paired"'):]
        section = section[:section.index("</table>")]
        assert doc_path(other) in section, (page, other)
    lone = q(store, "SELECT ?m WHERE { ?m twp:valueType vt:budget } LIMIT 1")
    if lone:  # a budget is never paired: no section
        assert 'id="paired"' not in httpx.get(server.url + doc_path(lone[0]["m"].value)).text


def test_document_page(server, store):
    d = q(store, "SELECT ?d (COUNT(DISTINCT ?m) AS ?n) WHERE { ?d a twp:Document . "
                 "?m twp:sourcePassage/twp:inDocument ?d } GROUP BY ?d ORDER BY DESC(?n) LIMIT 1")[0]
    html = httpx.get(server.url + doc_path(d["d"].value)).text
    counts = html[html.index('id="document-counts"'):]
    total = sum(int(x) for x in re.findall(r"<b>(\d+)</b>", counts[:counts.index("</ul>")]))
    assert total >= int(d["n"].value)
    sha = q(store, f"SELECT ?s WHERE {{ <{d['d'].value}> twp:sha256 ?s }}")
    if sha:
        assert f'id="sha256">{sha[0]["s"].value}<' in html


def test_agency_and_program_pages(server, store):
    p = q(store, "SELECT ?p ?a WHERE { ?p a twp:Program ; twp:agency ?a FILTER NOT EXISTS { ?p twp:parentProgram ?x } } "
                 "ORDER BY ?p LIMIT 1")[0]
    html = httpx.get(server.url + doc_path(p["a"].value), timeout=30).text
    assert doc_path(p["p"].value) in html[html.index('id="agency-programs"'):]
    docs = q(store, f"SELECT DISTINCT ?d WHERE {{ ?d a twp:Document ; dcterms:publisher <{p['a'].value}> }}")
    for d in docs:
        assert doc_path(d["d"].value) in html
    assert httpx.get(server.url + doc_path(p["p"].value)).status_code == 200


def test_dataset_and_void(server, store):
    r = httpx.get(server.url + "/.well-known/void")
    assert r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    ds = next(g.subjects(rdflib.RDF.type, void.Dataset))
    distinct = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))  # the stored union
    assert int(g.value(ds, void.triples)) == distinct
    assert (ds, void.sparqlEndpoint, rdflib.URIRef(server.url + "/sparql")) in g
    assert list(g.objects(ds, void.exampleResource)) and list(g.objects(ds, void.dataDump))
    assert g.value(ds, rdflib.DCTERMS.license) is not None
    assert (ds, rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/dcat#Dataset")) in g
    for dump in g.objects(ds, void.dataDump):
        path = str(dump).replace(server.url, "")
        assert httpx.get(server.url + path).status_code == 200
    html = httpx.get(server.url + "/dataset").text
    assert f'id="void-triples">{distinct}<' in html
    jl = httpx.get(server.url + "/dataset", headers={"Accept": "application/ld+json"})
    assert jl.headers["content-type"].startswith("application/ld+json")


def test_downloads_parse(server, store):
    nq = httpx.get(server.url + "/download/twpolice.nq").content
    named = [q for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != ox.DefaultGraph()]
    assert set(ox.parse(nq, format=ox.RdfFormat.N_QUADS)) == set(named)
    csv_text = httpx.get(server.url + "/download/measurements.csv").content.decode("utf-8-sig")
    assert csv_text.startswith("measurement,agency")


def test_api_docs_without_cdn(server):
    html = httpx.get(server.url + "/docs").text
    assert "/openapi.json" in html and "/sparql" in html
    spec = httpx.get(server.url + "/openapi.json").json()
    assert "/sparql" in spec["paths"] and "post" in spec["paths"]["/sparql"]


def test_home_counts_say_triples_quads_and_indicators_as_the_cli_does(server):
    """The home page and `twpolice info` word and count the store alike (triples are distinct, quads per graph)."""
    gs = GraphStore(shared_store(), read_only=True)
    size, indicators = store_size(gs), indicator_count(gs.query)
    del gs
    html = httpx.get(server.url + "/").text
    assert f'id="count-size">{size.text("zh-Hant")}<' in html
    assert f'id="count-indicators">{indicators.text("zh-Hant")}<' in html
    assert size.quads >= size.triples > 0 and indicators.total == indicators.shared + indicators.own
    english = httpx.get(server.url + "/", params={"lang": "en"}).text
    assert f'id="count-size">{size.text("en")}<' in english
