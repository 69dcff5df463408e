"""The site over a remote SPARQL store (``twpolice serve --store URL``), nothing copied locally.

Two pieces, so the rest of the site does not know where the data lives:

* :class:`RemoteSiteStore` — the part of ``pyoxigraph.Store`` the pages read (``query`` with the union
  default graph, ``quads_for_pattern``, ``named_graphs``, ``dump``, ``len``), answered by SPARQL queries to
  the remote store and returning pyoxigraph objects. Graph names and the size are cached for a few
  minutes (a full scan on a large store); everything else is asked for when needed.
* :class:`RemoteQueryRunner` — the interface of :class:`~twpolice.api.runner.QueryRunner` for user SPARQL:
  each query is forwarded over HTTP by a bounded pool of threads, and the request is *abandoned* (its
  connection closed) when the time limit passes, whatever the store is doing; the caller gets
  :class:`~twpolice.api.runner.QueryTimeout` (503). The answer is parsed and re-serialised by the same
  :func:`twpolice.api.worker.execute` as the embedded site, so formats and the row cap behave alike.

The remote store keeps working on an abandoned query until its own limit: set one (``oxigraph serve
--timeout-s``, Virtuoso ``MaxQueryExecutionTime``…; see ``docs/deployment.md``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import http.client
import socket
import threading
import time
import urllib.parse

import pyoxigraph as ox

from twpolice import iris
from twpolice.api.runner import PoolBusy, QueryTimeout, RunnerStats, WorkerFailed
from twpolice.api.worker import execute
from twpolice.graph.remote import GRAPH_PREFIX, USER_AGENT, RemoteStore, query_form

FIRST_PAGE = 1000  # quads fetched before the rest: existence checks stop after the first
CACHE_SECONDS = 300.0
MAX_ANSWER_BYTES = 512 * 1024 * 1024


def _ref(term) -> str:
    """A fixed pattern position in SPARQL syntax (pyoxigraph terms print as N-Triples)."""
    if isinstance(term, ox.BlankNode):
        raise ValueError("blank nodes cannot be sent to a remote store")
    return str(term)


class RemoteSiteStore:
    """What the site reads from a ``pyoxigraph.Store``, over a :class:`RemoteStore` (read-only)."""

    def __init__(self, remote: RemoteStore) -> None:
        self.remote = remote
        self._lock = threading.Lock()
        self._cached: dict[str, tuple[float, object]] = {}

    def _cache(self, key: str, compute):
        with self._lock:
            hit = self._cached.get(key)
            if hit is not None and time.monotonic() - hit[0] < CACHE_SECONDS:
                return hit[1]
        value = compute()
        with self._lock:
            self._cached[key] = (time.monotonic(), value)
        return value

    def query(self, sparql: str, *, prefixes: dict | None = None, **_ignored):
        """The site's own queries over the union of the graphs (fixed texts; the prefixes are sent with every query)."""
        return self.remote.query(sparql)

    def quads_for_pattern(self, s=None, p=None, o=None, g=None):
        """Quads matching a pattern, as the embedded store gives them: in a named graph, or in the default
        graph (``DefaultGraph()``: the union of the graphs, each triple once)."""
        try:
            parts = [_ref(x) if x is not None else f"?{v}" for x, v in ((s, "s"), (p, "p"), (o, "o"))]
            graph = _ref(g) if g is not None and not isinstance(g, ox.DefaultGraph) else None
        except ValueError:
            return iter(())
        if isinstance(g, ox.DefaultGraph):
            return self._quads(f"SELECT DISTINCT * WHERE {{ {parts[0]} {parts[1]} {parts[2]} }}", s, p, o, g, union=True)
        where = f"GRAPH {graph or '?g'} {{ {parts[0]} {parts[1]} {parts[2]} }}"
        if graph is None:
            where += f' FILTER (STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))'
        return self._quads(f"SELECT * WHERE {{ {where} }}", s, p, o, g)

    def _quads(self, text: str, s, p, o, g, union: bool = False):
        def quad(row) -> ox.Quad:
            return ox.Quad(s if s is not None else row["s"], p if p is not None else row["p"],
                           o if o is not None else row["o"], g if g is not None else row["g"])

        first = list(self.remote.query(f"{text} LIMIT {FIRST_PAGE}", union=union))
        yield from (quad(r) for r in first)
        if len(first) == FIRST_PAGE:
            yield from (quad(r) for r in self.remote.query(f"{text} OFFSET {FIRST_PAGE}", union=union))

    def named_graphs(self):
        return iter([ox.NamedNode(g) for g in self._cache("graphs", self.remote.graphs)])

    def __len__(self) -> int:
        return self._cache("count", self.remote.count)

    def dump(self, format: ox.RdfFormat, from_graph=None) -> bytes:  # noqa: A002 - pyoxigraph's name
        return self.remote.dump(format, from_graph.value if from_graph is not None else None)


class _Answer:
    """A parsed remote answer standing in for a store, so :func:`execute` serialises it as usual."""

    def __init__(self, result) -> None:
        self.result = result

    def query(self, *_args, **_kwargs):
        return self.result


class _Deadline(Exception):
    pass


class RemoteQueryRunner:
    """User SPARQL forwarded to the remote store, at most ``workers`` at a time, each within its time limit."""

    def __init__(self, remote: RemoteStore, prefixes: dict[str, str], *, workers: int | None = None) -> None:
        self.remote = remote
        self.prefixes = prefixes
        self.size = workers or 4
        self.stats = RunnerStats()
        self.store_path = remote.url
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._sem: asyncio.Semaphore | None = None
        parts = urllib.parse.urlsplit(remote.query_url)
        self._https = parts.scheme == "https"
        self._host, self._port = parts.hostname, parts.port
        self._path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    async def start(self) -> None:
        self._pool = concurrent.futures.ThreadPoolExecutor(self.size, thread_name_prefix="twpolice-remote-query")
        self._sem = asyncio.Semaphore(self.size)

    async def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        return []

    async def run(self, request: dict, timeout: float) -> tuple[dict, bytes]:
        """Answer ``request`` (see :func:`twpolice.api.worker.execute`) within ``timeout`` seconds."""
        assert self._pool is not None and self._sem is not None, "runner not started"
        loop = asyncio.get_running_loop()
        deadline = time.monotonic() + timeout
        try:
            await asyncio.wait_for(self._sem.acquire(), timeout)
        except asyncio.TimeoutError as exc:
            raise PoolBusy() from exc
        self.stats.queries += 1
        sem = self._sem
        fut = self._pool.submit(self._answer, request, deadline)
        fut.add_done_callback(lambda _f: loop.call_soon_threadsafe(sem.release))  # free once the thread is done
        try:
            return await asyncio.wait_for(asyncio.wrap_future(fut), max(0.001, deadline - time.monotonic()) + 1.0)
        except (asyncio.TimeoutError, _Deadline) as exc:
            self.stats.timeouts += 1
            raise QueryTimeout() from exc

    # -- in a pool thread ----------------------------------------------------------
    def _request_body(self, req: dict) -> tuple[str, str]:
        form = query_form(req["query"])
        # predeclared prefixes on the query's first line, so a syntax error names the user's line number
        text = "".join(f"PREFIX {p}: <{ns}> " for p, ns in self.prefixes.items()) + req["query"]
        if req.get("base"):
            text = f"BASE <{req['base']}> {text}"
        params: list[tuple[str, str]] = [("query", text)]
        dg, ng = req.get("default"), req.get("named")
        if dg is not None or ng is not None:
            params += [("default-graph-uri", g) for g in dg or []] + [("named-graph-uri", g) for g in ng or []]
        elif req.get("union", True):
            params += self.remote.union_params()
        accept = "application/n-triples" if form in ("CONSTRUCT", "DESCRIBE") else "application/sparql-results+json"
        return urllib.parse.urlencode(params), accept

    def _answer(self, req: dict, deadline: float) -> tuple[dict, bytes]:
        body, accept = self._request_body(req)
        status, ctype, data = self._post(body, accept, deadline)
        if status == 400:
            lines = data.decode("utf-8", "replace").strip().splitlines()
            return {"status": 400, "error": "syntax", "message": lines[0][:500] if lines else "bad request"}, b""
        if status >= 300:
            raise WorkerFailed(f"the remote store answered HTTP {status}")
        try:
            if accept == "application/n-triples":
                fmt = ox.RdfFormat.from_media_type(ctype) or ox.RdfFormat.N_TRIPLES
                parsed = iter([ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=fmt)])
            else:
                fmt = ox.QueryResultsFormat.from_media_type(ctype) or ox.QueryResultsFormat.JSON
                parsed = ox.parse_query_results(data, format=fmt)
                if isinstance(parsed, ox.QuerySolutions):  # a store cut off by its own limit sends half an answer
                    for _ in parsed:
                        pass
                    parsed = ox.parse_query_results(data, format=fmt)
        except SyntaxError as exc:
            raise WorkerFailed(f"the remote store sent an incomplete answer (its own time limit?): {exc}") from exc
        return execute(_Answer(parsed), self.prefixes, req)

    def _post(self, body: str, accept: str, deadline: float) -> tuple[int, str, bytes]:
        """POST the query; the connection is closed as soon as the deadline passes (the query is abandoned)."""
        def left() -> float:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Deadline()
            return remaining

        cls = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
        conn = cls(self._host, self._port, timeout=left())
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept, "User-Agent": USER_AGENT,
                   **self.remote._http.headers()}  # noqa: SLF001 - the store's own credentials (bearer/basic)
        try:
            conn.request("POST", self._path, body=body.encode("utf-8"), headers=headers)
            conn.sock.settimeout(left())
            resp = conn.getresponse()
            chunks, size = [], 0
            while True:
                conn.sock.settimeout(left())
                chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_ANSWER_BYTES:
                    raise WorkerFailed(f"the remote answer is larger than {MAX_ANSWER_BYTES} bytes")
                chunks.append(chunk)
            return resp.status, (resp.getheader("Content-Type") or "").split(";")[0].strip(), b"".join(chunks)
        except (socket.timeout, TimeoutError) as exc:
            raise _Deadline() from exc
        except (ConnectionError, http.client.HTTPException, OSError) as exc:
            raise WorkerFailed(f"cannot reach the remote store at {self.remote.query_url}: {exc}") from exc
        finally:
            conn.close()


def open_remote_site(url: str, *, query_timeout: float, workers: int | None = None):
    """(store adapter, runner) over the remote store at ``url``, opened read-only."""
    remote = RemoteStore(url, read_only=True, timeout=max(30.0, query_timeout * 3))
    return RemoteSiteStore(remote), RemoteQueryRunner(remote, iris.PREFIXES, workers=workers)


__all__ = ["RemoteSiteStore", "RemoteQueryRunner", "open_remote_site"]
