"""The remote backend against real servers on loopback: the `oxigraph` server (PyPI package) always,
Virtuoso (Debian's virtuoso-opensource-7-bin) when `virtuoso-t` is on the machine.

Faults (hanging or failing requests, authentication) are injected by a small forwarding proxy in
front of the real Oxigraph server, so the store behind it is always the real one.
"""

from __future__ import annotations

import contextlib
import http.client
import http.server
import json
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
import pytest

from twpolice import iris
from livesite import free_port
from twpolice.graph.backends import open_store, sync_graphs
from twpolice.graph.remote import Auth, RemoteStore, RemoteStoreError, query_form
from twpolice.graph.store import CONTENT_HASH, GraphStore

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

ROOT = Path(__file__).resolve().parent.parent
API_QUERIES = sorted((ROOT / "api" / "queries").glob("*.rq"))

# Research questions of the design note (sketch/queries), adapted to this graph: langMatches (Oxigraph
# lower-cases language tags), value type `budget` instead of `planned`, and no federated query.
SKETCH_QUERIES = {
    "sketch-q2-targets-2022": """
SELECT ?agency ?indicator ?periodLabel ?operator ?value ?unit ?relativeTo ?valueText WHERE {
  ?m a twp:Measurement ; twp:valueType vt:target ; twp:agency/skos:prefLabel ?agency ;
     twp:indicator/skos:prefLabel ?indicator ; twp:period ?p ; twp:targetOperator/skos:prefLabel ?operator ;
     twp:value ?value ; twp:unitText ?unit .
  ?p dcat:startDate ?s ; dcat:endDate ?e ; rdfs:label ?periodLabel .
  FILTER (?s <= "2022-12-31"^^xsd:date && ?e >= "2022-01-01"^^xsd:date)
  OPTIONAL { ?m twp:relativeTo ?relativeTo } OPTIONAL { ?m twp:valueText ?valueText }
  FILTER (langMatches(lang(?agency), "zh-Hant") && langMatches(lang(?indicator), "zh-Hant") &&
          langMatches(lang(?operator), "zh-Hant") && langMatches(lang(?periodLabel), "zh-Hant"))
} ORDER BY ?agency ?indicator""",
    "sketch-q3-cctv-budget": """
SELECT ?agency (SUM(?v) AS ?total) (COUNT(?m) AS ?n) WHERE {
  ?prog a twp:Program ; dcterms:subject/skos:broader* cat:cctv ; twp:agency ?a .
  ?a skos:prefLabel ?agency FILTER (langMatches(lang(?agency), "zh-Hant"))
  ?m twp:program ?prog ; twp:valueType vt:budget ; twp:value ?v .
} GROUP BY ?agency ORDER BY DESC(?total)""",
    "sketch-q6-provenance": """
SELECT ?m ?value ?file ?start ?end ?quote WHERE {
  ?m a twp:Measurement ; twp:value ?value ; twp:sourcePassage ?ps .
  ?ps twp:inDocument/twp:sourceFile ?file ; twp:lineStart ?start ; twp:lineEnd ?end ; twp:quote ?quote .
} ORDER BY ?file ?start ?m LIMIT 200""",
    "sketch-q7-coverage": """
SELECT ?indicator ?valueType (COUNT(DISTINCT ?a) AS ?agencies) WHERE {
  ?ind skos:inScheme scheme:indicator ; skos:prefLabel ?indicator .
  ?m twp:indicator/skos:exactMatch ?ind ; twp:valueType/skos:prefLabel ?valueType ; twp:agency ?a .
  FILTER (langMatches(lang(?indicator), "zh-Hant") && langMatches(lang(?valueType), "zh-Hant"))
} GROUP BY ?indicator ?valueType ORDER BY DESC(?agencies) ?indicator""",
    "sketch-q8-over-years": """
SELECT ?year ?kind ?value WHERE {
  ?m twp:agency <https://w3id.org/twpolice/id/agency/keelung-police> ; twp:valueType/skos:notation ?kind ;
     twp:value ?value ; twp:period/dcat:startDate ?s .
  BIND (YEAR(?s) AS ?year)
} ORDER BY ?year ?kind ?value""",
    "ask-and-construct": """
CONSTRUCT { ?d dcterms:title ?t } WHERE { ?d a twp:Document ; dcterms:title ?t }""",
}


# ---------------------------------------------------------------------------------------------
# servers

def wait_http(url: str, seconds: float = 30) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not start")


def oxigraph_binary() -> str | None:
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.exists() else shutil.which("oxigraph")


@contextlib.contextmanager
def running_oxigraph(folder: Path, timeout_s: int) -> Iterator[str]:
    """A real `oxigraph serve` on loopback with its own query time limit; yields its URL (skips without it)."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph; it is in the test extra)")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}",
                             "--timeout-s", str(timeout_s)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_http(f"http://127.0.0.1:{port}/")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    with running_oxigraph(tmp_path_factory.mktemp("oxigraph"), timeout_s=60) as url:
        yield url


@pytest.fixture(scope="module")
def embedded(tmp_path_factory) -> GraphStore:
    from twpolice.graph.build import build_store

    path = tmp_path_factory.mktemp("embedded") / "store"
    report = build_store(path)
    assert not report.failed
    return GraphStore(path)


@pytest.fixture(scope="module")
def loaded(embedded, oxigraph_server) -> RemoteStore:
    remote = open_store(oxigraph_server)
    report = sync_graphs(embedded, remote)
    assert len(report.replaced) == len(embedded.graphs())
    return remote


# ---------------------------------------------------------------------------------------------
# a forwarding proxy that can hang, fail or demand credentials

class Proxy:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.replace("http://", "")
        self.hang_on: str | None = None  # a substring of an /update body that makes the proxy hang
        self.fail_next = 0  # answer 503 to this many requests
        self.status_for_path: dict[str, int] = {}  # e.g. {"/store": 405}
        self.require: str | None = None  # an exact Authorization header value
        self.requests: list[tuple[str, str]] = []
        self.release = threading.Event()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?")[0]
                proxy.requests.append((self.command, path))
                if proxy.require is not None and self.headers.get("Authorization") != proxy.require:
                    return self._reply(401, b"unauthorized", {"WWW-Authenticate": 'Bearer realm="t"'})
                if proxy.fail_next > 0:
                    proxy.fail_next -= 1
                    return self._reply(503, b"busy")
                if path in proxy.status_for_path:
                    return self._reply(proxy.status_for_path[path], b"not here")
                if proxy.hang_on and path == "/update" and proxy.hang_on.encode() in body:
                    proxy.release.wait(30)
                    return
                conn = http.client.HTTPConnection(proxy.upstream, timeout=60)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "authorization")}
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                self._reply(resp.status, data, {k: v for k, v in resp.getheaders()
                                                if k.lower() in ("content-type", "server")})
                conn.close()

            def _reply(self, status: int, data: bytes, headers: dict | None = None):
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def proxy(oxigraph_server):
    p = Proxy(oxigraph_server)
    yield p
    p.close()


G = f"{iris.BASE}id/graph/test/remote-a"


def _t(*values: str):
    return [(ox.NamedNode(f"https://example.org/s/{v}"), ox.NamedNode("https://example.org/p"), ox.Literal(v, language="zh-Hant"))
            for v in values]


def _values(store, graph=G) -> list[str]:
    return sorted(t.object.value for t in (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(graph))
                  if t.predicate.value == "https://example.org/p")


# ---------------------------------------------------------------------------------------------
# the interface

def test_open_store_picks_the_backend(tmp_path, oxigraph_server):
    local = open_store(tmp_path / "s")
    assert isinstance(local, GraphStore)
    remote = open_store(oxigraph_server)
    assert isinstance(remote, RemoteStore) and remote.flavor.name == "oxigraph"  # detected from the Server header
    assert remote.query_url.endswith("/query") and remote.gsp_url.endswith("/store")
    with pytest.raises(RemoteStoreError):
        open_store("http://127.0.0.1:9/", read_only=True, flavor="nonsense")


def test_query_form_ignores_comments_and_strings():
    assert query_form("# DELETE me\nPREFIX a: <http://x/#SELECT>\nCONSTRUCT { ?s ?p 'ASK' } WHERE {}") == "CONSTRUCT"
    assert query_form('ask { ?s ?p "SELECT" }') == "ASK"


def test_sync_copies_every_graph_with_the_same_hashes(embedded, loaded):
    assert loaded.graphs() == embedded.graphs()
    for g in embedded.graphs():
        assert loaded.content_hash(g) == embedded.content_hash(g)
        assert loaded.count(g) == embedded.count(g)
    assert loaded.count() == embedded.count()
    again = sync_graphs(embedded, loaded)
    assert again.replaced == [] and len(again.unchanged) == len(embedded.graphs())
    assert loaded.staging_graphs() == []


def test_remote_quads_equal_embedded(embedded, loaded):
    assert set(loaded.quads()) == set(embedded.quads())
    g = embedded.graphs()[-1]
    assert set(loaded.quads(g)) == set(embedded.quads(g))
    assert ox.parse(loaded.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)


def _embedded_answer(store_path: Path, text: str, timeout: float) -> list | None:
    """Run a query on the embedded store in a child process (a runaway query can be stopped)."""
    code = (
        "import sys, json, pyoxigraph as ox\n"
        "from twpolice.graph.store import GraphStore\n"
        "gs = GraphStore.in_memory(); d = ox.Store.read_only(sys.argv[1])\n"
        "gs.raw.bulk_extend(d.quads_for_pattern(None, None, None, None))\n"
        "res = gs.query(sys.stdin.read())\n"
        "if isinstance(res, ox.QueryBoolean): out = [[str(bool(res))]]\n"
        "elif isinstance(res, ox.QuerySolutions):\n"
        "    names = [v.value for v in res.variables]\n"
        "    out = [[str(s[n]) if s[n] is not None else '' for n in names] for s in res]\n"
        "else: out = [[str(t.subject), str(t.predicate), str(t.object)] for t in res]\n"
        "json.dump(out, sys.stdout)\n"
    )
    try:
        proc = subprocess.run([sys.executable, "-c", code, str(store_path)], input=text, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def _remote_answer(store: RemoteStore, text: str) -> list:
    res = store.query(text)
    if isinstance(res, ox.QueryBoolean):
        return [[str(bool(res))]]
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        return [[str(s[n]) if s[n] is not None else "" for n in names] for s in res]
    return [[str(t.subject), str(t.predicate), str(t.object)] for t in res]


QUERIES = [(p.stem, p.read_text(encoding="utf-8")) for p in API_QUERIES] + list(SKETCH_QUERIES.items())
_SEPARATORS = re.compile(r"(、|, |; )")


def _canonical(rows: list) -> list[tuple]:
    """Rows as a sorted multiset; inside a literal, GROUP_CONCAT parts are sorted (SPARQL leaves their order open)."""
    def cell(v: str) -> str:
        if v.startswith('"') and _SEPARATORS.search(v):
            body, _, tail = v[1:].rpartition('"')
            parts = _SEPARATORS.split(body)
            items, seps = parts[0::2], sorted(set(parts[1::2]))
            return '"' + seps[0].join(sorted(items)) + '"' + tail
        return v
    return sorted(tuple(cell(v) for v in r) for r in rows)



@pytest.mark.parametrize("name,text", QUERIES, ids=[q[0] for q in QUERIES])
def test_research_questions_same_answers(embedded, loaded, name, text):
    embedded.flush()
    expected = _embedded_answer(embedded.path, text, timeout=30)
    if expected is None:
        pytest.skip(f"{name} takes over 30 s on the embedded store (a query problem, not a backend difference)")
    got = _remote_answer(loaded, text)
    assert _canonical(got) == _canonical(expected)
    if name.startswith("sketch"):
        assert expected, f"{name} should find something in the bundled documents"


def test_publish_reads_a_remote_store(embedded, loaded, tmp_path):
    """`twpolice publish` over a remote store writes the same release as over the embedded one."""
    from datetime import datetime, timezone

    from twpolice.graph.publish import publish_release

    now = datetime(2026, 1, 5, tzinfo=timezone.utc)
    a = publish_release(embedded, tmp_path / "embedded", now=now)
    b = publish_release(loaded, tmp_path / "remote", now=now)
    assert a.written and b.written and a.quads == b.quads == loaded.count()
    for rel in ("rdf/twpolice.nq", "csv/measurements.csv", "csv/indicators.csv", "csv/documents.csv"):
        assert (tmp_path / "embedded" / rel).read_bytes() == (tmp_path / "remote" / rel).read_bytes(), rel


def _server_union(store: RemoteStore) -> set:
    """The server's default graph, content hashes aside (a graph written here gets its own hash)."""
    return {t for t in store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", union=False)
            if t.predicate.value != CONTENT_HASH}


def test_server_keeps_the_union_once_in_its_default_graph(embedded, loaded):
    """The server's own default graph is the union of the graphs, each triple once, through replacements."""
    union = {ox.Triple(q.subject, q.predicate, q.object) for q in embedded.raw.quads_for_pattern(None, None, None, ox.DefaultGraph())
             if q.predicate.value != CONTENT_HASH}
    assert loaded.union_stored() and _server_union(loaded) == union
    graph = next(g for g in loaded.graphs() if g.endswith("/111-plan"))
    original = [ox.Triple(q.subject, q.predicate, q.object) for q in loaded.quads(graph)
                if q.predicate.value != CONTENT_HASH]
    mark = ox.Triple(ox.NamedNode(graph), ox.NamedNode(f"{iris.BASE}def#testMark"), ox.Literal("x"))
    loaded.replace_graph(graph, original[1:] + [mark])
    changed = _server_union(loaded)
    assert mark in changed and len(changed) >= len(union) - 1
    loaded.replace_graph(graph, original)
    assert _server_union(loaded) == union
    n = int(next(iter(loaded.query("SELECT (COUNT(*) AS ?n) WHERE { ?m twp:period ?p . ?p dcat:startDate ?d }")))["n"].value)
    assert n == int(next(iter(embedded.query("SELECT (COUNT(*) AS ?n) WHERE { ?m twp:period ?p . ?p dcat:startDate ?d }")))["n"].value)


def test_chinese_and_language_tags_survive(loaded):
    rows = list(loaded.query('SELECT ?l WHERE { <https://w3id.org/twpolice/id/agency/keelung-police> skos:prefLabel ?l '
                             'FILTER (langMatches(lang(?l), "zh-Hant")) }'))
    assert [r["l"].value for r in rows] == ["基隆市警察局"]


def test_syntax_error_is_a_syntax_error(loaded):
    with pytest.raises(SyntaxError):
        loaded.query("SELEC ?x WHERE { ?x ?p ?o }")


# ---------------------------------------------------------------------------------------------
# writing

def test_replace_is_atomic_and_skips_unchanged(oxigraph_server):
    store = RemoteStore(oxigraph_server)
    store.replace_graph(G, _t("甲", "乙"))
    first = store.content_hash(G)
    assert _values(store) == ["乙", "甲"]
    store.replace_graph(G, _t("甲", "乙"))
    assert store.content_hash(G) == first
    store.replace_graph(G, _t("丙"))
    assert _values(store) == ["丙"] and store.content_hash(G) != first
    assert store.staging_graphs() == []
    # the same triples give the same hash as the embedded store
    local = GraphStore.in_memory()
    local.replace_graph(G, _t("丙"))
    assert local.content_hash(G) == store.content_hash(G)


def test_read_only_refuses_writes(oxigraph_server):
    with pytest.raises(RemoteStoreError):
        open_store(oxigraph_server, read_only=True).replace_graph(G, _t("x"))


def test_single_update_mode(oxigraph_server):
    store = RemoteStore(oxigraph_server, write_mode="single-update")
    store.replace_graph(G + "-single", _t("一", "二"))
    assert _values(store, G + "-single") == ["一", "二"]


def test_connection_refused_is_one_line_after_bounded_retries():
    port = free_port()  # nothing listens there
    store = RemoteStore(f"http://127.0.0.1:{port}", flavor="oxigraph", retries=3, backoff=0.05, timeout=2)
    t0 = time.perf_counter()
    with pytest.raises(RemoteStoreError) as info:
        store.replace_graph(G, _t("x"))
    assert time.perf_counter() - t0 < 5
    msg = info.value.message("en")
    assert "\n" not in msg and "3 attempt" in msg and "previous data left in place" in msg
    assert "先前的資料未變動" in info.value.message("zh-Hant")


def test_hanging_swap_times_out_and_keeps_previous_data(oxigraph_server, proxy):
    direct = RemoteStore(oxigraph_server)
    direct.replace_graph(G + "-hang", _t("舊"))
    before = set(direct.quads(G + "-hang"))
    proxy.hang_on = "MOVE"
    store = RemoteStore(proxy.url, flavor="oxigraph", timeout=1.5, retries=2, backoff=0.05)
    with pytest.raises(RemoteStoreError) as info:
        store.replace_graph(G + "-hang", _t("新"))
    assert "did not answer within 1.5 s" in info.value.message("en")
    assert set(direct.quads(G + "-hang")) == before  # the previous version is intact
    assert direct.staging_graphs() == []  # the staging copy was dropped
    assert ("POST", "/update") in proxy.requests


def test_transient_503_is_retried_but_bounded(oxigraph_server, proxy):
    store = RemoteStore(proxy.url, flavor="oxigraph", retries=3, backoff=0.05)
    proxy.fail_next = 2
    store.replace_graph(G + "-retry", _t("好"))
    assert _values(RemoteStore(oxigraph_server), G + "-retry") == ["好"]
    proxy.fail_next = 10
    with pytest.raises(RemoteStoreError) as info:
        store.replace_graph(G + "-retry", _t("壞"))
    assert "HTTP 503" in info.value.message("en")
    assert _values(RemoteStore(oxigraph_server), G + "-retry") == ["好"]


def test_falls_back_to_sparql_update_without_graph_store_protocol(oxigraph_server, proxy):
    proxy.status_for_path["/store"] = 405
    store = RemoteStore(proxy.url, flavor="oxigraph")
    many = [str(i) for i in range(12_000)]  # more than one INSERT DATA chunk
    store.replace_graph(G + "-nogsp", _t(*many))
    assert len(_values(RemoteStore(oxigraph_server), G + "-nogsp")) == 12_000
    assert store._gsp_ok is False
    assert set(store.quads(G + "-nogsp")) == set(RemoteStore(oxigraph_server).quads(G + "-nogsp"))  # CONSTRUCT path


def test_bearer_and_basic_authentication(oxigraph_server, proxy):
    proxy.require = "Bearer s3cret"
    with pytest.raises(RemoteStoreError) as info:
        RemoteStore(proxy.url, flavor="oxigraph").count()
    assert "HTTP 401" in info.value.message("en") and "\n" not in info.value.message("en")
    store = RemoteStore(proxy.url, flavor="oxigraph", auth=Auth("bearer", token="s3cret"))
    store.replace_graph(G + "-auth", _t("授權"))  # GSP PUT, queries and the MOVE all carry the token
    assert _values(store, G + "-auth") == ["授權"]
    import base64

    proxy.require = "Basic " + base64.b64encode(b"ann:pw").decode()
    basic = RemoteStore(proxy.url.replace("http://", "http://ann:pw@"), flavor="oxigraph")
    assert basic.count(G + "-auth") == 2
    assert "pw" not in basic.url


def test_auth_from_environment(monkeypatch):
    from twpolice.graph.remote import auth_from_env

    assert auth_from_env({"TWPOLICE_STORE_TOKEN": "t"}) == Auth("bearer", token="t")
    assert auth_from_env({"TWPOLICE_STORE_USER": "u", "TWPOLICE_STORE_PASSWORD": "p", "TWPOLICE_STORE_AUTH": "digest"}) \
        == Auth("digest", "u", "p")
    assert auth_from_env({}) is None


def test_build_into_a_remote_store(oxigraph_server, tmp_path):
    """`twpolice build --store URL`: build_store writes through the same interface."""
    from twpolice.graph.build import load_vocabularies

    store = RemoteStore(oxigraph_server)
    n = load_vocabularies(store)
    assert n > 0 and f"{iris.BASE}id/graph/agencies" in store.graphs()


# ---------------------------------------------------------------------------------------------
# Virtuoso, when the machine has it

VIRTUOSO_INI = """
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 5
ServerThreads = 5
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("Virtuoso is not installed on this machine (apt-get install virtuoso-opensource-7-bin)")
    d = tmp_path_factory.mktemp("virtuoso")
    sql, port = free_port(), free_port()
    (d / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=d, sql=sql, http=port))
    proc = subprocess.Popen([binary, "-f", "-c", str(d / "virtuoso.ini")], cwd=d,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_http(f"http://127.0.0.1:{port}/sparql", seconds=90)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.mark.external
def test_virtuoso_same_answers(embedded, virtuoso):
    store = RemoteStore(virtuoso, flavor="virtuoso", auth=Auth("digest", "dba", "dba"), timeout=120)
    assert store.update_url.endswith("/sparql-auth") and store.gsp_url.endswith("/sparql-graph-crud-auth")
    report = sync_graphs(embedded, store)
    assert len(report.replaced) == len(embedded.graphs())
    assert store.graphs() == embedded.graphs()  # Virtuoso's own system graphs are not ours
    assert store.count() == embedded.count()
    again = sync_graphs(embedded, store)
    assert again.replaced == []
    for name in ("sketch-q2-targets-2022", "sketch-q6-provenance", "sketch-q8-over-years"):
        text = SKETCH_QUERIES[name]
        expected = _embedded_answer(embedded.path, text, timeout=60)
        assert _canonical(_remote_answer(store, text)) == _canonical(expected), name


@pytest.mark.external
def test_a_digest_store_does_not_answer_another_stores_challenge(virtuoso, proxy):
    """SPARQLWrapper installs its digest handler process-wide; a later request to a Bearer store must still get
    that store's 401 as a RemoteStoreError (not urllib's "does not support the following scheme: 'Bearer'")."""
    digest = RemoteStore(virtuoso, flavor="virtuoso", auth=Auth("digest", "dba", "dba"), timeout=120)
    digest.query("ASK { ?s ?p ?o }")
    proxy.require = "Bearer s3cret"
    with pytest.raises(RemoteStoreError) as info:
        RemoteStore(proxy.url, flavor="oxigraph").count()
    assert "HTTP 401" in info.value.message("en")
    assert RemoteStore(proxy.url, flavor="oxigraph", auth=Auth("bearer", token="s3cret")).count() >= 0
