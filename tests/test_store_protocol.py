"""The store interface (graph/protocol.py): the embedded store and a real remote store (`oxigraph serve` on loopback;
Virtuoso with digest authentication when `virtuoso-t` is on the machine) run the same steps and give the same
answers; a remote that answers badly (a cut-off or malformed answer, a stall mid-answer, an answer past the size
limit) is one bilingual line within the time limit, never a traceback."""

from __future__ import annotations

import http.server
import threading
import time
from typing import Iterator

import pyoxigraph as ox
import pytest

from livesite import free_port
from test_remote import running_oxigraph, virtuoso  # noqa: F401 - virtuoso is a fixture used by name
from twpolice import iris
from twpolice.graph.protocol import Store
from twpolice.graph.remote import Auth, RemoteStore, RemoteStoreError, RemoteTimeout
from twpolice.graph.store import GraphStore

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

G1 = f"{iris.BASE}id/graph/test/protocol-one"
G2 = f"{iris.BASE}id/graph/test/protocol-two"
EX = "https://example.org/protocol/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _triples(tag: str) -> list[ox.Triple]:
    s = ox.NamedNode(f"{EX}{tag}")
    return [ox.Triple(s, ox.NamedNode(f"{EX}label"), ox.Literal(f"基隆市警察局 {tag}", language="zh-Hant")),
            ox.Triple(s, ox.NamedNode(f"{EX}label"), ox.Literal(f"Keelung {tag}", language="en")),
            ox.Triple(s, ox.NamedNode(f"{EX}value"), ox.Literal("12.5", datatype=ox.NamedNode(f"{XSD}decimal"))),
            ox.Triple(s, ox.NamedNode(f"{EX}shared"), ox.NamedNode(f"{EX}common")),
            ox.Triple(ox.NamedNode(f"{EX}common"), ox.NamedNode(f"{EX}kind"), ox.Literal("共用"))]  # in every graph


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory) -> Iterator[str]:
    with running_oxigraph(tmp_path_factory.mktemp("protocol-oxigraph"), timeout_s=60) as url:
        yield url


@pytest.fixture(params=["oxigraph", pytest.param("virtuoso", marks=pytest.mark.external)])
def remote(request, oxigraph_url) -> RemoteStore:
    if request.param == "oxigraph":
        store = RemoteStore(oxigraph_url)
    else:
        store = RemoteStore(request.getfixturevalue("virtuoso"), flavor="virtuoso", auth=Auth("digest", "dba", "dba"))
    for g in (G1, G2):
        store.drop_graph(g)
    return store


def _steps(store: Store) -> dict:
    """One sequence of the interface's calls; everything it returns, made comparable across backends."""
    out: dict = {}
    out["sizes"] = [store.replace_graph(G1, _triples("a")), store.replace_graph(G2, _triples("b") + _triples("c"))]
    first_hash = store.content_hash(G1)
    out["unchanged"] = store.replace_graph(G1, _triples("a")) == 6 and store.content_hash(G1) == first_hash
    out["hash"] = first_hash
    ours = [g for g in store.graphs() if g in (G1, G2)]
    out["graphs"] = ours
    out["named"] = sorted(g.value for g in store.named_graphs() if g.value in (G1, G2))
    out["count"] = [store.count(G1), store.count(G2)]
    rows = store.query(f"SELECT ?s ?v WHERE {{ ?s <{EX}value> ?v }} ORDER BY ?s")
    out["select"] = [(r["s"].value, r["v"].value) for r in rows]
    out["union once"] = int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{EX}kind> ?o }}")))["n"].value)
    out["ask"] = bool(store.query(f'ASK {{ <{EX}b> <{EX}label> ?l FILTER (langMatches(lang(?l), "zh-Hant") '
                                  f'&& STR(?l) = "基隆市警察局 b") }}'))
    out["construct"] = set(store.query(f"CONSTRUCT {{ ?s <{EX}label> ?l }} WHERE {{ ?s <{EX}label> ?l }}"))
    out["pattern"] = {(q.subject, q.predicate, q.object)
                      for q in store.quads_for_pattern(ox.NamedNode(f"{EX}c"), None, None, ox.DefaultGraph())}
    out["quads"] = set(store.quads(G2))
    out["dump"] = set(ox.parse(store.dump(ox.RdfFormat.N_TRIPLES, G1), format=ox.RdfFormat.N_TRIPLES))
    everything = ox.parse(store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    out["dump all"] = {q for q in everything if q.graph_name.value in (G1, G2)}
    store.replace_graph(G1, _triples("d"))
    out["replaced"] = (store.content_hash(G1) != first_hash, store.count(G1),
                       bool(store.query(f"ASK {{ <{EX}a> ?p ?o }}")), bool(store.query(f"ASK {{ <{EX}d> ?p ?o }}")))
    store.drop_graph(G2)
    out["dropped"] = (G2 in store.graphs(), bool(store.query(f"ASK {{ <{EX}b> ?p ?o }}")),
                      bool(store.query(f"ASK {{ ?s <{EX}kind> ?o }}")))  # still in G1: the union keeps it
    return out


def test_both_backends_implement_the_interface(oxigraph_url):
    assert isinstance(GraphStore.in_memory(), Store)
    assert isinstance(RemoteStore(oxigraph_url, read_only=True), Store)
    assert not isinstance(ox.Store(), Store)  # pyoxigraph's own store is not the interface


def test_the_same_steps_give_the_same_answers(remote):
    embedded = _steps(GraphStore.in_memory())
    got = _steps(remote)
    assert embedded["sizes"] == [6, 10] and embedded["unchanged"] and embedded["union once"] == 1
    assert embedded["replaced"] == (True, 6, False, True) and embedded["dropped"] == (False, False, True)
    for key, value in embedded.items():
        assert got[key] == value, key


# ---------------------------------------------------------------------------------------------
# a remote that answers badly

class BadStore:
    """A loopback HTTP server answering every request with ``status``, ``ctype`` and ``body``, optionally stalling
    after the first ``stall_after`` bytes of the body."""

    def __init__(self, body: bytes, ctype: str, status: int = 200, stall_after: int | None = None) -> None:
        release = self.release = threading.Event()

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if stall_after is None:
                    self.wfile.write(body)
                    return
                self.wfile.write(body[:stall_after])
                self.wfile.flush()
                release.wait(30)

            do_GET = do_POST = do_PUT = _answer

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def bad_store():
    started: list[BadStore] = []

    def start(*args, **kwargs) -> RemoteStore:
        server = BadStore(*args, **kwargs)
        started.append(server)
        return RemoteStore(server.url, flavor="oxigraph", timeout=1.5, retries=1)

    yield start
    for server in started:
        server.close()


def _one_line(exc: RemoteStoreError, *english: str) -> None:
    en, zh = exc.message("en"), exc.message("zh-Hant")
    assert "\n" not in en and "\n" not in zh and "Traceback" not in en, en
    assert all(e in en for e in english), en
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), zh


CUT = b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","val'


def test_a_cut_off_query_answer_is_one_line(bad_store):
    store = bad_store(CUT, "application/sparql-results+json")
    with pytest.raises(RemoteStoreError) as info:
        store.query("SELECT ?n WHERE { ?s ?p ?n }", union=False)
    _one_line(info.value, "incomplete answer")


def test_a_malformed_graph_answer_is_one_line(bad_store):
    store = bad_store(b"<https://e/s> <https://e/p> this is not N-Triples\n", "application/n-triples")
    with pytest.raises(RemoteStoreError) as info:
        list(store.quads(G1))  # Graph Store Protocol GET, parsed as it is read
    _one_line(info.value, "incomplete answer")
    with pytest.raises(RemoteStoreError) as info:
        store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", union=False)
    _one_line(info.value, "incomplete answer")


def test_an_answer_that_stalls_midway_stops_at_the_time_limit(bad_store):
    store = bad_store(CUT + b'ue":"1"}}]}}', "application/sparql-results+json", stall_after=20)
    t0 = time.monotonic()
    with pytest.raises(RemoteTimeout) as info:
        store.query("SELECT ?n WHERE { ?s ?p ?n }", union=False)
    assert time.monotonic() - t0 < 5
    _one_line(info.value, "did not answer within 1.5 s")


def test_an_answer_past_the_size_limit_is_refused(bad_store):
    rows = ",".join('{"n":{"type":"literal","value":"%d"}}' % i for i in range(5000))
    store = bad_store(('{"head":{"vars":["n"]},"results":{"bindings":[%s]}}' % rows).encode(),
                      "application/sparql-results+json")
    assert len(list(store.query("SELECT ?n WHERE { ?s ?p ?n }", union=False))) == 5000
    with pytest.raises(RemoteStoreError) as info:
        store.query("SELECT ?n WHERE { ?s ?p ?n }", union=False, max_bytes=10_000)
    _one_line(info.value, "larger than 10,000 bytes")


def test_an_error_status_is_one_line_and_a_400_a_syntax_error(bad_store):
    store = bad_store(b"error at 1:5: expected SELECT\nmore detail", "text/plain", status=400)
    with pytest.raises(SyntaxError, match="error at 1:5"):
        store.query("SELEC ?n WHERE { ?s ?p ?n }", union=False)
    failing = bad_store(b"the server fell over\nstack trace here", "text/plain", status=500)
    with pytest.raises(RemoteStoreError) as info:
        failing.count()
    _one_line(info.value, "HTTP 500", "the server fell over")
