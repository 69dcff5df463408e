"""`twpolice serve --store URL`: the same site in front of a real Oxigraph server on loopback, compared
with the embedded site over the same documents — pages, Linked Data, search, VoID and /sparql with its
protections (read-only, SERVICE refused, size limit, time limit → 503, the site keeps answering)."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from test_downloads import get, start_serve, stop
from test_remote import free_port, running_oxigraph
from livesite import shared_store

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "api" / "queries").glob("*.rq"))
TIMEOUT = 30.0  # the site's limit; research queries over per-document graphs take seconds on the server
SLOW_LIMIT = 2.0  # the slow query lowers it with the protocol's `timeout` parameter
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """An Oxigraph server with its own time limit a little above the site's (abandoned queries stop there)."""
    with running_oxigraph(tmp_path_factory.mktemp("ox"), timeout_s=10) as url:
        yield url


@pytest.fixture(scope="module")
def sites(oxigraph):
    """(embedded site, remote-backed site) over the same graphs."""
    from twpolice.graph.backends import open_store, sync_graphs
    from twpolice.graph.store import GraphStore

    store = shared_store()
    sync_graphs(GraphStore(store, read_only=True), open_store(oxigraph))
    local, local_url = start_serve("--store", str(store), "--timeout", str(TIMEOUT))
    remote, remote_url = start_serve("--store", oxigraph, "--timeout", str(TIMEOUT))
    yield local_url, remote_url
    stop(remote)
    stop(local)


def sparql(site: str, query: str, accept: str = "text/csv", method: str = "GET",
           **params: str) -> tuple[int, dict, bytes]:
    if method == "GET":
        return get(site + "/sparql?" + urllib.parse.urlencode({"query": query, **params}), {"Accept": accept})
    req = urllib.request.Request(site + "/sparql", data=urllib.parse.urlencode({"query": query, **params}).encode(),
                                 headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _rows(body: bytes) -> list[tuple[str, ...]]:
    """Header + rows as a sorted multiset; GROUP_CONCAT parts sorted (SPARQL leaves their order open)."""
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    cell = lambda v: "、".join(sorted(v.split("、"))) if "、" in v else v  # noqa: E731
    return [tuple(rows[0])] + sorted(tuple(cell(v) for v in r) for r in rows[1:])


def _html(site: str, path: str) -> str:
    status, _, body = get(site + path, {"Accept": "text/html"})
    assert status == 200, (site, path, status)
    return body.decode("utf-8")


def test_home_page_same_counts(sites):
    local, remote = sites
    a, b = _html(local, "/"), _html(remote, "/")
    for key in ("count-agencies", "count-documents", "count-measurements", "count-indicators", "count-size"):
        pat = re.compile(rf'id="{key}">([^<]+)<')
        assert pat.search(a).group(1) == pat.search(b).group(1) != "0", key
    assert re.findall(r'href="(/id/[^"]+)"', a) == re.findall(r'href="(/id/[^"]+)"', b)


def test_agency_page_and_linked_data(sites):
    local, remote = sites
    page = "/doc/agency/keelung-police"
    a, b = _html(local, page), _html(remote, page)
    assert "基隆" in b
    ids = ("agency-documents", "agency-indicators", "agency-programs")
    for i in ids:
        assert i in b
    assert sorted(re.findall(r'href="([^"]+)"', a)) == sorted(re.findall(r'href="([^"]+)"', b))  # ties may differ in order
    assert _html(remote, page + "?lang=en").count("<tr") == a.count("<tr")
    status, headers, _ = get(remote + "/id/agency/keelung-police", {"Accept": "text/turtle"})
    assert status == 200  # urllib follows the 303
    import pyoxigraph as ox

    ta = set(ox.parse(get(local + "/doc/agency/keelung-police.nt")[2], format=ox.RdfFormat.N_TRIPLES))
    tb = set(ox.parse(get(remote + "/doc/agency/keelung-police.nt")[2], format=ox.RdfFormat.N_TRIPLES))
    assert ta == tb and len(ta) > 10


def test_search_void_and_graph_pages(sites):
    local, remote = sites
    q = "/search?" + urllib.parse.urlencode({"q": "刑案", "format": "json"})
    import json

    hits_a, hits_b = (json.loads(get(site + q)[2])["results"] for site in (local, remote))
    key = lambda h: (h["iri"], h["matched"])  # noqa: E731 - equal scores may come in another order
    assert sorted(hits_a, key=key) == sorted(hits_b, key=key) and hits_a
    void = get(remote + "/.well-known/void")[2].decode()
    assert "void:triples" in void or "triples" in void
    assert _html(remote, "/dataset").count("<tr") == _html(local, "/dataset").count("<tr")


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_research_queries_answered_the_same(sites, path):
    local, remote = sites
    text = path.read_text(encoding="utf-8")
    sa, _, a = sparql(local, text)
    sb, hb, b = sparql(remote, text, method="POST")
    assert sa == sb == 200, b[:300]
    assert _rows(a) == _rows(b)


def test_protections(sites):
    _local, remote = sites
    status, _, body = sparql(remote, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert status == 403 and "read-only" in body.decode()
    status, _, body = sparql(remote, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert status == 403 and "SERVICE" in body.decode()
    import httpx

    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 1_100_000
    r = httpx.post(remote + "/sparql", content=big.encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413
    status, _, body = sparql(remote, "SELECT * WHERE { ?s ?p }")
    assert status == 400 and "syntax error" in body.decode() and "1:" in body.decode()
    status, headers, body = sparql(remote, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5", accept="text/turtle")
    assert status == 200 and headers["content-type"].startswith("text/turtle") and b"twpolice" in body


def test_slow_query_is_stopped_and_the_site_keeps_answering(sites):
    _local, remote = sites
    t0 = time.monotonic()
    status, headers, body = sparql(remote, CROSS_PRODUCT, timeout=str(SLOW_LIMIT))
    elapsed = time.monotonic() - t0
    assert status == 503 and "time limit" in body.decode(), body
    # the cross product of the whole store would run for hours: answered a few seconds after the limit, it was stopped
    # (a tight margin here only measures the machine, as the CI failure of a like test showed)
    assert SLOW_LIMIT <= elapsed < SLOW_LIMIT + 4, elapsed
    t1 = time.monotonic()
    assert "count-measurements" in _html(remote, "/")
    status, _, body = sparql(remote, "SELECT (COUNT(*) AS ?n) WHERE { ?m a twp:Measurement }")
    assert status == 200 and int(body.decode().split()[-1]) > 0
    assert time.monotonic() - t1 < 5.0


def test_serve_with_a_dead_url_is_one_line():
    dead = f"http://127.0.0.1:{free_port()}"
    proc = subprocess.run([sys.executable, "-m", "twpolice.cli", "serve", "--store", dead, "--port", str(free_port()),
                           "--lang", "en"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert [ln for ln in proc.stderr.splitlines() if ln.strip()] == [ln for ln in proc.stderr.splitlines()
                                                                     if "cannot reach the remote store" in ln]
