"""SPARQL 1.1 Protocol over a real uvicorn server, queried with SPARQLWrapper, rdflib and plain HTTP."""

from __future__ import annotations

import csv
import io
import json
import re
import socket
import threading
import time
from urllib.parse import quote

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from twpolice import iris
from livesite import LiveServer, shared_store

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

AGENCIES = "SELECT DISTINCT ?a ?label WHERE { ?a a twp:Agency ; skos:prefLabel ?label } ORDER BY ?a ?label"
CONSTRUCT = "CONSTRUCT { ?a a twp:Agency ; skos:prefLabel ?l } WHERE { ?a a twp:Agency ; skos:prefLabel ?l }"


@pytest.fixture(scope="module")
def store():
    return shared_store()


@pytest.fixture(scope="module")
def expected(store):
    """What the store itself answers (read-only, outside the server)."""
    s = ox.Store.read_only(str(store))
    rows = {(r["a"].value, r["label"].value)
            for r in s.query(AGENCIES, prefixes=iris.PREFIXES)}
    triples = {(t.subject.value, t.predicate.value, t.object.value)
               for t in s.query(CONSTRUCT, prefixes=iris.PREFIXES)}
    graphs = sorted(g.value for g in s.named_graphs())
    del s
    assert rows and triples
    return {"agencies": rows, "triples": triples, "graphs": graphs}


@pytest.fixture(scope="module")
def server(store):
    with LiveServer(store, query_timeout=10, workers=2) as srv:
        yield srv


@pytest.fixture(scope="module")
def capped(store):
    with LiveServer(store, row_cap=5, workers=2, cache_size=0) as srv:
        yield srv


def wrapper(server, fmt, query=AGENCIES, **kw) -> SPARQLWrapper:
    w = SPARQLWrapper(server.url + "/sparql", **kw)
    w.setQuery(query)
    w.setReturnFormat(fmt)
    return w


def test_select_json(server, expected):
    res = wrapper(server, JSON).queryAndConvert()
    got = {(b["a"]["value"], b["label"]["value"]) for b in res["results"]["bindings"]}
    assert got == expected["agencies"]
    langs = {b["label"].get("xml:lang") for b in res["results"]["bindings"]}
    assert langs <= {"zh-hant", "en"} and langs


def test_select_xml(server, expected):
    doc = wrapper(server, XML).queryAndConvert()  # xml.dom.minidom document
    got = set()
    for result in doc.getElementsByTagName("result"):
        vals = {b.getAttribute("name"): b.firstChild.firstChild.nodeValue for b in result.getElementsByTagName("binding")}
        got.add((vals["a"], vals["label"]))
    assert got == expected["agencies"]


def test_select_csv(server, expected):
    raw = wrapper(server, CSV).queryAndConvert()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert {(r["a"], r["label"]) for r in rows} == expected["agencies"]


def test_select_tsv(server, expected):
    raw = wrapper(server, TSV).queryAndConvert().decode("utf-8")
    lines = raw.rstrip("\n").split("\n")
    assert lines[0] == "?a\t?label"
    got = set()
    for line in lines[1:]:
        a, label = line.split("\t")
        assert a.startswith("<") and a.endswith(">") and label.startswith('"')
        got.add((a[1:-1], label[1:label.rindex('"')]))
    assert got == expected["agencies"]


def test_ask_json_and_xml(server):
    assert wrapper(server, JSON, "ASK { ?a a twp:Agency }").queryAndConvert()["boolean"] is True
    assert wrapper(server, JSON, "ASK { ?a a twp:NoSuchClass }").queryAndConvert()["boolean"] is False
    doc = wrapper(server, XML, "ASK { ?a a twp:Agency }").queryAndConvert()
    assert doc.getElementsByTagName("boolean")[0].firstChild.nodeValue == "true"


@pytest.mark.parametrize("fmt,accept", [(TURTLE, "turtle"), (RDFXML, "xml"), (JSONLD, "json-ld")])
def test_construct_formats(server, expected, fmt, accept):
    w = wrapper(server, fmt, CONSTRUCT)
    raw = w.query().response.read()
    g = rdflib.Graph().parse(data=raw, format=accept)
    got = {(str(s), str(p), str(o)) for s, p, o in g}
    assert got == expected["triples"]


def test_construct_ntriples_by_accept(server, expected):
    w = wrapper(server, N3, CONSTRUCT)
    w.setOnlyConneg(True)
    w.addCustomHttpHeader("Accept", "application/n-triples")
    res = w.query()
    assert res.response.headers["Content-Type"].startswith("application/n-triples")
    g = rdflib.Graph().parse(data=res.response.read(), format="nt")
    assert {(str(s), str(p), str(o)) for s, p, o in g} == expected["triples"]


def test_describe(server):
    some = next(iter(server_agencies(server)))
    r = httpx.get(server.url + "/sparql", params={"query": f"DESCRIBE <{some}>"}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert (rdflib.URIRef(some), rdflib.RDF.type, rdflib.URIRef(str(iris.TWP.Agency))) in g


def server_agencies(server) -> set[str]:
    r = httpx.get(server.url + "/sparql", params={"query": AGENCIES, "format": "json"})
    return {b["a"]["value"] for b in r.json()["results"]["bindings"]}


def test_rdflib_sparqlstore(server, expected):
    st = SPARQLStore(server.url + "/sparql", returnFormat="json")
    g = rdflib.Graph(store=st)
    rows = {(str(r.a), str(r.label)) for r in g.query(AGENCIES)}  # prefixes are predeclared by the server
    assert rows == expected["agencies"]
    subjects = {str(s) for s, _, _ in g.triples((None, rdflib.RDF.type, rdflib.URIRef(str(iris.TWP.Agency))))}
    assert subjects == {a for a, _ in expected["agencies"]}


def test_post_form_and_direct(server, expected):
    r1 = httpx.post(server.url + "/sparql", data={"query": AGENCIES},
                    headers={"Accept": "application/sparql-results+json"})
    r2 = httpx.post(server.url + "/sparql", content=AGENCIES.encode(),
                    headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    for r in (r1, r2):
        assert r.status_code == 200
        assert {(b["a"]["value"], b["label"]["value"]) for b in r.json()["results"]["bindings"]} == expected["agencies"]


def test_accept_qvalues_and_wildcards(server):
    cases = {
        "text/csv;q=0.5, application/sparql-results+xml": "application/sparql-results+xml",
        "text/csv;q=0.9, text/tab-separated-values": "text/tab-separated-values",
        "application/*": "application/sparql-results+json",
        "*/*": "application/sparql-results+json",
        "text/*;q=0.2, application/sparql-results+json;q=0.1": "text/",
    }
    for accept, want in cases.items():
        r = httpx.get(server.url + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"},
                      headers={"Accept": accept})
        assert r.status_code == 200, accept
        assert r.headers["content-type"].startswith(want), (accept, r.headers["content-type"])


def test_format_parameter_overrides_accept(server):
    r = httpx.get(server.url + "/sparql", params={"query": AGENCIES, "format": "csv"},
                  headers={"Accept": "application/sparql-results+xml"})
    assert r.headers["content-type"].startswith("text/csv")
    r = httpx.get(server.url + "/sparql", params={"query": CONSTRUCT, "format": "nt"})
    assert r.headers["content-type"].startswith("application/n-triples")


def test_not_acceptable(server):
    r = httpx.get(server.url + "/sparql", params={"query": AGENCIES}, headers={"Accept": "text/turtle"})
    assert r.status_code == 406
    r = httpx.get(server.url + "/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert r.status_code == 406
    r = httpx.get(server.url + "/sparql", params={"query": AGENCIES}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_syntax_error_is_400_with_parser_message(server):
    r = httpx.get(server.url + "/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400
    assert "error at 1:" in r.text and "syntax" in r.text.lower()


def test_two_queries_and_bad_posts(server):
    r = httpx.get(server.url + "/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert r.status_code == 400
    r = httpx.post(server.url + "/sparql", content=b"query=ASK%7B%7D")  # no Content-Type
    assert 400 <= r.status_code < 500
    r = httpx.post(server.url + "/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415
    r = httpx.put(server.url + "/sparql", content=b"ASK {}")
    assert r.status_code == 405
    r = httpx.post(server.url + "/sparql", content="ASK {}".encode("utf-16"),
                   headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400


def test_dataset_parameters(server, expected):
    named = [g for g in expected["graphs"] if "/graph/" in g]
    assert len(named) >= 2
    one = next(g for g in named if server_count(server, {"default-graph-uri": g}) > 0)
    n_one = server_count(server, {"default-graph-uri": one})
    n_all = server_count(server, {})
    assert 0 < n_one < n_all
    # the named graph is visible by GRAPH only when given as named-graph-uri
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = httpx.get(server.url + "/sparql", params={"query": q, "named-graph-uri": one, "format": "json"})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == n_one
    r = httpx.get(server.url + "/sparql", params={"query": q, "default-graph-uri": one, "format": "json"})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == 0
    # GRAPH in the text alone reads the named graphs (from the on-disk store: the in-memory copy is the union),
    # also joined with the union default graph in one query
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{one}> {{ ?s ?p ?o }} }}"
    r = httpx.get(server.url + "/sparql", params={"query": q, "format": "json"})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == n_one
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?d a twp:Document . GRAPH ?g { ?d a twp:Document } }"
    r = httpx.get(server.url + "/sparql", params={"query": q, "format": "json"})
    documents = httpx.get(server.url + "/sparql", params={
        "query": "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a twp:Document }", "format": "json"})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == \
        int(documents.json()["results"]["bindings"][0]["n"]["value"]) >= 2
    # FROM in the query replaces the union default graph
    r = httpx.get(server.url + "/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) FROM <{one}> WHERE {{ ?s ?p ?o }}",
                                                   "format": "json"})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == n_one


def server_count(server, params) -> int:
    r = httpx.get(server.url + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                                   "format": "json", **params})
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_service_description(server):
    r = httpx.get(server.url + "/sparql")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    svc = rdflib.URIRef(server.url + "/sparql")
    assert (svc, rdflib.RDF.type, sd.Service) in g
    assert (svc, sd.supportedLanguage, sd.SPARQL11Query) in g
    assert (svc, sd.feature, sd.UnionDefaultGraph) in g


def test_update_refused(server):
    upd = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    assert httpx.post(server.url + "/sparql", data={"update": upd}).status_code == 403
    assert httpx.post(server.url + "/sparql", content=upd.encode(),
                      headers={"Content-Type": "application/sparql-update"}).status_code == 403
    assert httpx.get(server.url + "/sparql", params={"query": upd}).status_code == 403
    assert httpx.get(server.url + "/sparql", params={"query": "PREFIX ex: <http://e/> DROP ALL"}).status_code == 403
    assert server_count(server, {"default-graph-uri": "http://example.org/nothing"}) == 0
    r = httpx.get(server.url + "/sparql", params={"query": "ASK { <http://example.org/a> ?p ?o }", "format": "json"})
    assert r.json()["boolean"] is False


def test_service_refused_without_any_connection(server):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    accepted = []

    def watch():
        try:
            conn, _ = listener.accept()
            accepted.append(conn)
        except OSError:
            pass

    th = threading.Thread(target=watch)
    th.start()
    for q in (f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
              f"SELECT * WHERE {{ \\u0053ERVICE SILENT <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}"):
        r = httpx.get(server.url + "/sparql", params={"query": q})
        assert r.status_code == 403 and "SERVICE" in r.text
    th.join()
    listener.close()
    assert accepted == []


def test_ten_megabyte_query_refused(server):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * (10 * 1024 * 1024)
    r = httpx.post(server.url + "/sparql", content=big.encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413
    r = httpx.post(server.url + "/sparql", data={"query": big})
    assert r.status_code == 413
    assert server_count(server, {}) > 0  # still serving


def test_cors(server):
    r = httpx.get(server.url + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert r.headers.get("access-control-allow-origin") in ("*", "https://example.org")
    r = httpx.options(server.url + "/sparql", headers={"Origin": "https://example.org",
                                                       "Access-Control-Request-Method": "POST",
                                                       "Access-Control-Request-Headers": "content-type"})
    assert r.status_code == 200 and "POST" in r.headers.get("access-control-allow-methods", "")


def test_predeclared_prefixes(server):
    r = httpx.get(server.url + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?m a twp:Measurement ; "
                                                            "twp:valueType vt:actual }", "format": "json"})
    assert r.status_code == 200 and int(r.json()["results"]["bindings"][0]["n"]["value"]) > 0


def test_an_undeclared_prefix_is_named(server):
    """Not the parser's list of character classes: which prefix, where, and what to do."""
    query = "SELECT * WHERE {\n  ?s twp:agency ?a .\n  ?a foo:bar ?o }"
    r = httpx.get(server.url + "/sparql", params={"query": query})
    assert r.status_code == 400
    assert "未宣告的前綴「foo:」" in r.text and "第 3 行" in r.text and "\\u{" not in r.text
    assert 'undeclared prefix "foo:"' in r.text and "line 3" in r.text  # the English line below the Chinese
    # any other syntax error keeps the parser's own message
    r = httpx.get(server.url + "/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400 and "未宣告" not in r.text


def test_pages_that_offer_a_capped_download_say_so(capped):
    page = httpx.get(capped.url + "/query").text
    assert "「下載 CSV」「下載 JSON」同樣只含這 5 列" in page  # shown when a run comes back truncated
    compare = httpx.get(capped.url + "/compare", params={"indicator": "budget-total"})
    assert compare.status_code == 200 and 'id="compare-truncated"' in compare.text
    csv_href = re.search(r'id="compare-csv" href="([^"]+)"', compare.text)[1].replace("&amp;", "&")
    assert httpx.get(capped.url + csv_href).headers["x-twpolice-truncated"] == "true"


def test_row_cap_is_never_silent(capped):
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    for fmt in ("json", "csv", "tsv", "xml"):
        r = httpx.get(capped.url + "/sparql", params={"query": q, "format": fmt})
        assert r.status_code == 200
        assert r.headers["x-twpolice-truncated"] == "true" and r.headers["x-twpolice-row-cap"] == "5"
    r = httpx.get(capped.url + "/sparql", params={"query": q, "format": "json"})
    assert len(r.json()["results"]["bindings"]) == 5
    r = httpx.get(capped.url + "/sparql", params={"query": q + " LIMIT 5", "format": "json"})
    assert "x-twpolice-truncated" not in r.headers and len(r.json()["results"]["bindings"]) == 5
    r = httpx.get(capped.url + "/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": "nt"})
    assert r.headers["x-twpolice-truncated"] == "true" and len(r.text.strip().splitlines()) == 5


def test_timeout_parameter_lowers_the_limit(server):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    t0 = time.monotonic()
    r = httpx.get(server.url + "/sparql", params={"query": q, "timeout": "1", "format": "json"}, timeout=30)
    elapsed = time.monotonic() - t0
    assert r.status_code == 503 and "time limit" in r.text
    assert elapsed < 5
    r = httpx.get(server.url + "/sparql", params={"query": "ASK {}", "timeout": "abc"})
    assert r.status_code == 400
    assert server_count(server, {}) > 0


def test_browser_accept_goes_to_editor(server):
    r = httpx.get(server.url + "/sparql", params={"query": "ASK {}"},
                  headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 303 and r.headers["location"].startswith("/query?")
    assert quote("ASK {}", safe="") in r.headers["location"]


def test_results_round_trip_literals(server):
    q = ('SELECT ?a ?b ?c ?d WHERE { BIND("x,\\"y\\"\\nz" AS ?a) BIND("中文"@zh-Hant AS ?b) '
         'BIND(42 AS ?c) BIND(<http://example.org/i> AS ?d) }')
    j = httpx.get(server.url + "/sparql", params={"query": q, "format": "json"}).json()["results"]["bindings"][0]
    assert j["a"] == {"type": "literal", "value": 'x,"y"\nz'}
    assert j["b"]["xml:lang"].lower() == "zh-hant" and j["c"]["datatype"].endswith("#integer")
    c = httpx.get(server.url + "/sparql", params={"query": q, "format": "csv"}).text
    assert list(csv.reader(io.StringIO(c)))[1] == ['x,"y"\nz', "中文", "42", "http://example.org/i"]
    x = httpx.get(server.url + "/sparql", params={"query": q, "format": "xml"}).text
    parsed = rdflib.query.Result.parse(io.BytesIO(x.encode()), format="xml")
    row = list(parsed)[0]
    assert str(row[0]) == 'x,"y"\nz' and row[1].language.lower() == "zh-hant"
    t = httpx.get(server.url + "/sparql", params={"query": q, "format": "tsv"}).text
    assert t.splitlines()[1].split("\t")[0] == '"x,\\"y\\"\\nz"'
    assert json.loads(httpx.get(server.url + "/sparql", params={"query": "ASK {}", "format": "json"}).text) == \
        {"head": {}, "boolean": True}
