"""Linked Data as a browser would fetch it: 303 from /id/…, then content negotiation, suffixes, 404s."""

from __future__ import annotations

import json

import httpx
import pyoxigraph as ox
import pytest
import rdflib

from twpolice import iris
from livesite import LiveServer, shared_store

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

BASE = iris.BASE


@pytest.fixture(scope="module")
def server():
    with LiveServer(shared_store(), workers=2) as srv:
        yield srv


@pytest.fixture(scope="module")
def samples():
    """One IRI of each kind, taken from the store itself."""
    s = ox.Store.read_only(str(shared_store()))
    out = {}
    for cls in ("Agency", "Indicator", "Measurement", "Document", "Program"):
        rows = list(s.query(f"SELECT ?x WHERE {{ ?x a twp:{cls} }} ORDER BY ?x LIMIT 1", prefixes=iris.PREFIXES))
        out[cls] = rows[0]["x"].value
    rows = list(s.query("SELECT ?m ?q WHERE { ?m a twp:Measurement ; twp:sourcePassage/twp:quote ?q } ORDER BY ?m "
                        "LIMIT 1", prefixes=iris.PREFIXES))
    out["quoted"] = (rows[0]["m"].value, rows[0]["q"].value)
    out["n_agency_triples"] = len({(q.predicate, q.object) for q in
                                   s.quads_for_pattern(ox.NamedNode(out["Agency"]), None, None, None)})
    del s
    return out


def path_of(iri: str) -> str:
    assert iri.startswith(BASE)
    return "/" + iri[len(BASE):]


@pytest.mark.parametrize("accept,suffix,ctype", [
    ("text/html", "", "text/html"),
    ("text/turtle", ".ttl", "text/turtle"),
    ("application/ld+json", ".jsonld", "application/ld+json"),
    ("application/n-triples", ".nt", "application/n-triples"),
    ("application/rdf+xml", ".rdf", "application/rdf+xml"),
])
def test_303_then_negotiated_description(server, samples, accept, suffix, ctype):
    iri = samples["Agency"]
    r = httpx.get(server.url + path_of(iri), headers={"Accept": accept})
    assert r.status_code == 303
    loc = r.headers["location"]
    assert loc == path_of(iri).replace("/id/", "/doc/", 1) + suffix
    r2 = httpx.get(server.url + loc, headers={"Accept": accept})
    assert r2.status_code == 200 and r2.headers["content-type"].startswith(ctype)
    if ctype != "text/html":
        fmt = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
               "application/rdf+xml": "xml"}[ctype]
        g = rdflib.Graph().parse(data=r2.content, format=fmt)
        own = {(p, o) for p, o in g.predicate_objects(rdflib.URIRef(iri))}
        assert len(own) == samples["n_agency_triples"]
        assert (rdflib.URIRef(iri), rdflib.RDF.type, rdflib.URIRef(str(iris.TWP.Agency))) in g


def test_follow_redirects_like_a_linked_data_client(server, samples):
    for kind in ("Indicator", "Measurement", "Document", "Program"):
        iri = samples[kind]
        r = httpx.get(server.url + path_of(iri), headers={"Accept": "text/turtle"}, follow_redirects=True)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
        g = rdflib.Graph().parse(data=r.text, format="turtle")
        assert (rdflib.URIRef(iri), rdflib.RDF.type, rdflib.URIRef(str(iris.TWP[kind]))) in g


def test_suffix_on_the_iri_path_serves_directly(server, samples):
    iri = samples["Measurement"]
    r = httpx.get(server.url + path_of(iri) + ".jsonld")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    data = json.loads(r.text)
    assert iri in json.dumps(data)


def test_unknown_iris_are_404(server):
    for path in ("/id/agency/no-such-police", "/doc/agency/no-such-police", "/doc/agency/no-such-police.ttl",
                 "/id/nothing"):
        r = httpx.get(server.url + path, headers={"Accept": "text/turtle"})
        assert r.status_code == 404, path
    r = httpx.get(server.url + "/id/agency/no-such-police", headers={"Accept": "text/html"})
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]


def test_vary_and_link_headers(server, samples):
    r = httpx.get(server.url + path_of(samples["Agency"]).replace("/id/", "/doc/", 1), headers={"Accept": "text/turtle"})
    assert "accept" in r.headers["vary"].lower()
    assert samples["Agency"] in r.headers["link"]


def test_ontology_under_def(server):
    r = httpx.get(server.url + "/def", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert (rdflib.URIRef(str(iris.TWP.Measurement)), rdflib.RDF.type, rdflib.OWL.Class) in g
    html = httpx.get(server.url + "/def").text
    assert 'id="Measurement"' in html and 'id="Agency"' in html
    assert httpx.get(server.url + "/def.ttl").headers["content-type"].startswith("text/turtle")


def test_vocabulary_concepts_dereference(server):
    for path in ("/id/value-type/actual", "/id/scheme/indicator"):
        r = httpx.get(server.url + path, headers={"Accept": "text/turtle"}, follow_redirects=True)
        assert r.status_code == 200, path
        g = rdflib.Graph().parse(data=r.text, format="turtle")
        assert len(g) > 0
    html = httpx.get(server.url + "/doc/scheme/indicator?lang=en").text
    assert "/doc/indicator/" in html  # concepts of the scheme are linked


def test_named_graph_iri_serves_the_graph(server):
    s = ox.Store.read_only(str(shared_store()))
    g = next(x.value for x in s.named_graphs() if "/graph/" in x.value and "vocabulary" not in x.value
             and "ontology" not in x.value)
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in s.quads_for_pattern(None, None, None, ox.NamedNode(g))]
    want = set(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode().strip().splitlines())
    del s
    r = httpx.get(server.url + path_of(g), headers={"Accept": "application/n-triples"}, follow_redirects=True)
    assert r.status_code == 200
    lines = set(r.text.strip().splitlines())
    assert want <= lines and want
    assert all(x.startswith(f"<{g}> ") for x in lines - want)  # plus only the graph's own metadata
