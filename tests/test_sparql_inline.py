"""Provably cheap queries are answered in the web process (X-Twpolice-Path: inline), the rest by a killable worker.

Real uvicorn on loopback, two web processes (the default on two CPUs is forced here), no mocks.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import signal
import time
from urllib.parse import quote

import httpx
import pytest

from livesite import LiveServer, children, descendants, shared_store
from twpolice.api.app import create_app
from twpolice.api.routes.sparql import SparqlFastPath

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
AGENCY = "SELECT ?a WHERE { ?a a twp:Agency } ORDER BY ?a LIMIT 1"
RICH = "SELECT ?s WHERE { ?s ?p ?o . FILTER(isIRI(?o)) } GROUP BY ?s ORDER BY DESC(COUNT(*)) ?s LIMIT 1"


@pytest.fixture(scope="module")
def server():
    with LiveServer(shared_store(), query_timeout=1.0, workers=2, cache_size=0, web_processes=2) as srv:
        yield srv


def get(server, query: str, fmt: str = "json", **params) -> httpx.Response:
    return httpx.get(server.url + "/sparql", params={"query": query, "format": fmt, **params}, timeout=30)


def one(server, query: str, var: str) -> str:
    r = get(server, query)
    assert r.status_code == 200
    return r.json()["results"]["bindings"][0][var]["value"]


def rows(r: httpx.Response) -> list[tuple]:
    data = r.json()
    if "boolean" in data:
        return [(data["boolean"],)]
    names = data["head"]["vars"]
    return sorted(tuple(sorted(b.get(v, {}).items())) for b in data["results"]["bindings"] for v in names)


def test_point_lookup_inline_and_the_same_as_a_worker(server):
    agency = one(server, AGENCY, "a")
    cheap = f"SELECT ?p ?o WHERE {{ <{agency}> ?p ?o }}"
    a, b = get(server, cheap), get(server, cheap.replace("?o }", "?o FILTER(true) }"))
    assert a.headers["x-twpolice-path"] == "inline" and b.headers["x-twpolice-path"] == "worker"
    assert rows(a) == rows(b) and len(rows(a)) > 1
    assert a.headers["x-twpolice-rows"] == b.headers["x-twpolice-rows"]


def test_tree_pattern_inline_on_a_scratch_store_gives_the_worker_answer(server):
    subject = one(server, RICH, "s")
    cheap = f"SELECT * WHERE {{ ?o ?q ?r . <{subject}> ?p ?o }}"
    a, b = get(server, cheap), get(server, cheap.replace("?o }", "?o FILTER(true) }"))
    assert b.headers["x-twpolice-path"] == "worker" and b.status_code == 200
    assert a.headers["x-twpolice-path"] == "inline", "the test store's out-degree must allow a 2-pattern tree"
    assert rows(a) == rows(b) and len(rows(a)) > 0


@pytest.mark.parametrize("fmt", ["nt", "turtle"])
def test_describe_and_construct_inline_match_the_worker(server, fmt):
    import rdflib

    agency = one(server, AGENCY, "a")
    pairs = [(f"DESCRIBE <{agency}>", f"DESCRIBE <{agency}> WHERE {{}}"),
             (f"CONSTRUCT WHERE {{ <{agency}> ?p ?o }}",
              f"CONSTRUCT {{ <{agency}> ?p ?o }} WHERE {{ <{agency}> ?p ?o FILTER(true) }}")]
    rdf_format = {"nt": "nt", "turtle": "turtle"}[fmt]
    for cheap, costly in pairs:
        a, b = get(server, cheap, fmt), get(server, costly, fmt)
        assert a.status_code == b.status_code == 200, (a.text, b.text)
        assert a.headers["x-twpolice-path"] == "inline" and b.headers["x-twpolice-path"] == "worker"
        ga, gb = rdflib.Graph().parse(data=a.text, format=rdf_format), rdflib.Graph().parse(data=b.text, format=rdf_format)
        assert len(ga) > 0 and set(ga) == set(gb)
        assert a.headers["content-type"] == b.headers["content-type"]


def test_ask_and_formats_inline(server):
    agency = one(server, AGENCY, "a")
    ask = f"ASK {{ <{agency}> a twp:Agency }}"
    for fmt, ctype in (("json", "application/sparql-results+json"), ("xml", "application/sparql-results+xml")):
        r = get(server, ask, fmt)
        assert r.headers["x-twpolice-path"] == "inline" and r.headers["content-type"].startswith(ctype)
        assert "true" in r.text
    r = get(server, f"SELECT ?o WHERE {{ <{agency}> skos:prefLabel ?o }}", "csv")
    assert r.headers["x-twpolice-path"] == "inline" and r.text.splitlines()[0] == "o"


def test_errors_are_the_same_on_the_inline_path(server):
    r = get(server, "SELECT ?o WHERE { <http://example.org/a> nope:p ?o }")  # classified cheap, refused by the parser
    assert r.status_code == 400 and "SPARQL syntax error" in r.text
    r = get(server, "ASK { <http://example.org/a> ?p ?o }", "turtle")
    assert r.status_code == 406
    r = httpx.post(server.url + "/sparql", content="INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
                   headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403


def test_row_cap_on_the_inline_path():
    with LiveServer(shared_store(), row_cap=2, workers=1, cache_size=0, web_processes=1) as srv:
        agency = one(srv, AGENCY, "a")
        r = get(srv, f"SELECT ?p ?o WHERE {{ <{agency}> ?p ?o }}")
        assert r.headers["x-twpolice-path"] == "inline"
        assert r.headers["x-twpolice-truncated"] == "true" and r.headers["x-twpolice-row-cap"] == "2"
        assert len(r.json()["results"]["bindings"]) == 2


def test_time_limit_still_stops_a_cross_product_while_inline_answers_continue(server):
    agency = one(server, AGENCY, "a")
    point = f"SELECT ?p ?o WHERE {{ <{agency}> ?p ?o }}"
    with cf.ThreadPoolExecutor(2) as pool:
        t0 = time.monotonic()
        slow = pool.submit(get, server, CROSS)
        time.sleep(0.1)
        fast = [get(server, point) for _ in range(30)]
        r = slow.result()
        elapsed = time.monotonic() - t0
    assert r.status_code == 503 and "stopped" in r.text and r.headers.get("retry-after") == "1"
    assert 0.9 <= elapsed < 5
    assert all(f.status_code == 200 and f.headers["x-twpolice-path"] == "inline" for f in fast)
    assert get(server, point).status_code == 200


def test_cache_hit_is_labelled():
    with LiveServer(shared_store(), workers=1, cache_size=16, web_processes=1) as srv:
        agency = one(srv, AGENCY, "a")
        q = f"SELECT ?p ?o WHERE {{ <{agency}> ?p ?o }}"
        assert get(srv, q).headers["x-twpolice-path"] == "inline"
        assert get(srv, q).headers["x-twpolice-path"] == "cache"


def _alive(pids: list[int]) -> list[int]:
    out = []
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] != "Z":
                    out.append(pid)
        except OSError:
            pass
    return out


def _web_processes(pid: int) -> list[int]:
    def cmdline(p: int) -> str:
        with open(f"/proc/{p}/cmdline", "rb") as f:
            return f.read().decode(errors="replace")

    return [c for c in children(pid) if "twpolice.api.query.worker" not in cmdline(c)]  # forks, not the zygote


def test_two_web_processes_share_the_port_and_stop_cleanly():
    srv = LiveServer(shared_store(), workers=1, cache_size=0, web_processes=2).start()
    try:
        deadline = time.monotonic() + 20
        while len(web := _web_processes(srv.proc.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(web) == 2, "two forked web processes (the query zygote is the parent's other child)"
        everyone = descendants(srv.proc.pid)
        for _ in range(20):  # new connections land on both processes; every one is answered
            with httpx.Client() as c:
                assert c.get(srv.url + "/sparql", params={"query": "ASK {}", "format": "json"}).status_code == 200
    finally:
        srv.stop()
    time.sleep(0.5)
    assert _alive(everyone) == [], "no web process, query zygote or worker outlives the server"


def test_a_web_process_that_dies_is_replaced():
    srv = LiveServer(shared_store(), workers=1, cache_size=0, web_processes=2).start()
    try:
        deadline = time.monotonic() + 20
        while len(first := _web_processes(srv.proc.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        os.kill(first[0], signal.SIGKILL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            now = _web_processes(srv.proc.pid)
            if len(now) == 2 and first[0] not in now:
                break
            time.sleep(0.2)
        assert len(now) == 2 and first[0] not in now, "the master forks a new web process for the dead one"
        for _ in range(10):
            assert httpx.get(srv.url + "/sparql", params={"query": "ASK {}", "format": "json"}).status_code == 200
    finally:
        srv.stop()


def test_no_orphans_when_the_master_is_killed():
    srv = LiveServer(shared_store(), workers=1, cache_size=0, web_processes=2).start()
    deadline = time.monotonic() + 20
    while len(everyone := descendants(srv.proc.pid)) < 4 and time.monotonic() < deadline:
        time.sleep(0.2)  # the site answers once one web process is up; the others fork meanwhile
    assert len(everyone) >= 4  # 2 web processes, the zygote, their workers
    os.kill(srv.proc.pid, signal.SIGKILL)
    srv.proc.wait()
    deadline = time.monotonic() + 15
    while _alive(everyone) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _alive(everyone) == [], "children must follow a killed gunicorn master"


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml",
                                    "text/csv", "text/tab-separated-values", "*/*"])
def test_bare_point_lookup_gives_the_full_handlers_answer(server, accept):
    """``GET /sparql?query=…`` alone is answered from the raw scope; the bytes and headers are those of the full
    handler (reached here by adding a timeout parameter), and the rows are the engine's."""
    agency = one(server, AGENCY, "a")
    q = f"SELECT ?p ?o WHERE {{ <{agency}> ?p ?o }}"
    headers = {"Accept": accept, "Origin": "http://notebook.example"}
    lean = httpx.get(server.url + "/sparql", params={"query": q}, headers=headers)
    full = httpx.get(server.url + "/sparql", params={"query": q, "timeout": "5"}, headers=headers)
    assert lean.status_code == full.status_code == 200
    assert lean.content == full.content
    for name in ("content-type", "x-twpolice-rows", "x-twpolice-path", "vary", "access-control-allow-origin",
                 "access-control-expose-headers"):
        assert lean.headers.get(name) == full.headers.get(name), name
    if "json" in accept:
        worker = get(server, q.replace("?o }", "?o FILTER(true) }"))
        assert worker.headers["x-twpolice-path"] == "worker" and rows(lean) == rows(worker)


def test_point_answer_from_the_scope_and_its_fallbacks():
    """Which requests the raw-scope answer takes, checked on the middleware itself."""
    app = create_app(shared_store(), workers=1, row_cap=2)
    front = SparqlFastPath(None, fastapi_app=app)
    subject = next(iter(app.state.twp.store.query("SELECT ?a WHERE { ?a a twp:Agency } LIMIT 1",
                                                  prefixes={"twp": "https://w3id.org/twpolice/def#"})))["a"].value
    point = quote(f"SELECT ?p ?o WHERE {{ <{subject}> ?p ?o }}").encode()

    def scope(qs: bytes, **headers: str) -> dict:
        return {"type": "http", "method": "GET", "path": "/sparql", "query_string": qs,
                "headers": [(k.encode(), v.encode()) for k, v in headers.items()]}

    start, body = front.point(scope(b"query=" + point, accept="text/csv"))
    got = dict(start["headers"])
    assert start["status"] == 200 and got[b"x-twpolice-truncated"] == b"true" and got[b"x-twpolice-row-cap"] == b"2"
    assert body["body"].decode("utf-8").count("\r\n") == 3  # header + the two rows of the cap
    assert front.point(scope(b"query=" + point + b"&format=json")) is None  # other parameters: full handler
    assert front.point(scope(b"query=" + point, accept="text/html")) is None  # a browser: redirected to the editor
    assert front.point(scope(b"query=" + point, accept="text/turtle")) is None  # 406 comes from the full handler
    assert front.point(scope(b"query=" + quote("SELECT ?o { ?s ?p ?o }").encode())) is None
    assert front.point(scope(b"query=%FF" + point)) is None  # not UTF-8: the full handler's message
