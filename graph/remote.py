"""A remote backend: any SPARQL 1.1 store over HTTP, behind the same interface as
:class:`twpolice.graph.store.GraphStore`.

* **Reading** goes through SPARQLWrapper (SPARQL 1.1 Protocol, POST, JSON results parsed by
  pyoxigraph), so ``query()`` returns the same objects as the embedded store: ``QuerySolutions``,
  ``QueryBoolean`` or an iterator of ``Triple``. The project's prefixes are predeclared.
* **Union default graph.** Queries must see the union of the named graphs, as embedded ones do.
  On the Oxigraph server twpolice keeps it in the store's own default graph, each triple once, with
  every write in the same update request (as the embedded store does; see ``graph/store.py``); a
  store written by an older version is queried with the per-request ``union-default-graph``
  parameter until the next write fills the default graph. Virtuoso 7.2 has no default graph of its
  own (a query without FROM sees every graph, its system graphs included, and a triple in two graphs
  twice), so the union is kept in the named graph ``{base}id/union`` by the same writes and queries
  name it with ``default-graph-uri``. Fuseki and GraphDB: see ``docs/deployment.md``.
* **Writing** replaces one named graph atomically: the new content is uploaded to a *staging graph*
  with the Graph Store HTTP Protocol (``PUT``), its size is checked, then one SPARQL Update
  ``MOVE GRAPH <staging> TO GRAPH <graph>`` swaps it in (one update request = one transaction on the
  stores checked). Where a store has no Graph Store Protocol (404/405/501 on PUT) the staging graph is
  filled with ``INSERT DATA`` requests instead. While the upload runs, union queries also see the
  staging copy; the swap itself is atomic. ``write_mode="single-update"`` uses one
  ``DROP + INSERT DATA`` request instead (no visible staging copy; needs a store that accepts large
  updates, such as Oxigraph).
* **MOVE is never retried blindly**: on both Oxigraph 0.5 and Virtuoso 7.2 a ``MOVE SILENT`` whose
  source is gone *drops the target*. After a failed swap the store is inspected (content hash of the
  target, size of the staging graph) before anything else is sent, and the MOVE is never SILENT.
* Failures (connection refused, timeouts, 5xx) become one bilingual line (:class:`RemoteStoreError`)
  and leave the previous graph in place. Connection errors and 502/503/504/429 are retried a bounded
  number of times with back-off; timeouts are not retried (the store is busy; say so instead).
* Authentication: HTTP bearer token, basic (sent pre-emptively) or digest (Virtuoso's ``-auth``
  endpoints) — see :func:`auth_from_env`.

Only graphs under ``{base}id/graph/`` are this project's (a shared store holds other things, and
Virtuoso has system graphs): ``graphs()``, ``count()`` and ``quads()`` see only those.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from SPARQLWrapper import JSON, POST, POSTDIRECTLY, TURTLE, URLENCODED, SPARQLWrapper

from twpolice import iris
from twpolice.errors import UserError
from twpolice.graph.store import (CONTENT_HASH, StoreError, drop_graph_update, move_graph_update,
                                  replace_graph_update, skolemised_triples, to_ox)

GRAPH_PREFIX = f"{iris.BASE}id/graph/"
STAGING_PREFIX = f"{iris.BASE}id/staging/"
UNION_GRAPH = f"{iris.BASE}id/union"  # the union, each triple once, on stores without a default graph of their own
STALE_STAGING_SECONDS = 3600
INSERT_CHUNK = 5000  # triples per INSERT DATA request when the Graph Store Protocol is missing
USER_AGENT = "twpolice (SPARQLWrapper)"


class RemoteStoreError(UserError, StoreError):
    """A remote store problem in one line (both languages); the previous data is left in place."""


@dataclass(frozen=True)
class Flavor:
    """Where a kind of store has its endpoints, relative to the URL it is given by."""

    name: str
    query: str
    update: str
    gsp: str | None
    union_param: tuple[str, str] | None = None
    dataset_get: bool = False  # GET {gsp} with Accept: application/n-quads returns every graph
    auth_query: str | None = None  # query path to use when credentials are given
    verified: bool = False
    union_in: str | None = None  # where twpolice keeps the union of its graphs: "default" graph, a named "graph"


FLAVORS: dict[str, Flavor] = {
    # Verified here against `oxigraph serve` 0.5.13 (PyPI package `oxigraph`).
    "oxigraph": Flavor("oxigraph", "/query", "/update", "/store", ("union-default-graph", "true"),
                       dataset_get=True, verified=True, union_in="default"),
    # Verified here against Debian's virtuoso-opensource 7.2.5 (virtuoso-t 07.20.3229), digest auth as dba.
    "virtuoso": Flavor("virtuoso", "/sparql", "/sparql-auth", "/sparql-graph-crud-auth",
                       auth_query="/sparql-auth", verified=True, union_in="graph"),
    # Not verifiable here (no Fuseki or GraphDB on this machine): paths from their documentation.
    "fuseki": Flavor("fuseki", "/query", "/update", "/data"),
    "graphdb": Flavor("graphdb", "", "/statements", "/rdf-graphs/service"),
    "generic": Flavor("generic", "", "", None),
}


@dataclass(frozen=True)
class Auth:
    scheme: str  # "bearer" | "basic" | "digest"
    user: str = ""
    password: str = ""
    token: str = ""


def auth_from_env(env: dict | None = None) -> Auth | None:
    """``TWPOLICE_STORE_TOKEN`` (bearer) or ``TWPOLICE_STORE_USER`` + ``TWPOLICE_STORE_PASSWORD``
    (``TWPOLICE_STORE_AUTH=basic`` by default, or ``digest``)."""
    env = os.environ if env is None else env
    if env.get("TWPOLICE_STORE_TOKEN"):
        return Auth("bearer", token=env["TWPOLICE_STORE_TOKEN"])
    if env.get("TWPOLICE_STORE_USER"):
        scheme = env.get("TWPOLICE_STORE_AUTH", "basic").lower()
        if scheme not in ("basic", "digest"):
            raise RemoteStoreError(f"TWPOLICE_STORE_AUTH 只能是 basic 或 digest：{scheme}",
                                   f"TWPOLICE_STORE_AUTH must be basic or digest: {scheme}")
        return Auth(scheme, env["TWPOLICE_STORE_USER"], env.get("TWPOLICE_STORE_PASSWORD", ""))
    return None


def public_url(url: str) -> str:
    """The URL without credentials (safe to print)."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


class _Response:
    def __init__(self, status: int, headers, body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    def read(self) -> bytes:
        return self.body

    def info(self):
        return self.headers

    @property
    def content_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()


class _Http:
    """urllib with our authentication, timeout and bounded retries; errors become RemoteStoreError."""

    RETRY_STATUS = (429, 502, 503, 504)

    def __init__(self, auth: Auth | None, timeout: float, retries: int, backoff: float, base_url: str) -> None:
        self.auth = auth
        self.timeout = timeout
        self.retries = max(1, retries)
        self.backoff = backoff
        handlers: list = []
        if auth is not None and auth.scheme == "digest":
            parts = urllib.parse.urlsplit(base_url)
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            mgr.add_password(None, f"{parts.scheme}://{parts.netloc}/", auth.user, auth.password)
            self.digest = _DigestHandler(mgr)
            handlers.append(self.digest)
        else:
            self.digest = None
        self.opener = urllib.request.build_opener(*handlers)
        self.plain = urllib.request.build_opener()

    def _preempt_digest(self, request: urllib.request.Request) -> None:
        """Digest with a large body: get the challenge with a bodiless GET first, then send the body once.

        (Virtuoso answers 401 and closes the connection before reading a large upload: broken pipe.)
        """
        probe = urllib.request.Request(request.full_url, method="GET")
        try:
            self.plain.open(probe, timeout=self.timeout).close()
            return
        except urllib.error.HTTPError as exc:
            challenge = exc.headers.get("WWW-Authenticate", "") if exc.code == 401 else ""
            exc.close()
        except OSError:
            return  # the real request will report it
        if not challenge.lower().startswith("digest "):
            return
        chal = urllib.request.parse_keqv_list(urllib.request.parse_http_list(challenge[7:]))
        auth = self.digest.get_authorization(request, chal)
        if auth:
            request.add_unredirected_header("Authorization", f"Digest {auth}")

    def headers(self) -> dict[str, str]:
        a = self.auth
        if a is None or a.scheme == "digest":
            return {}
        if a.scheme == "bearer":
            return {"Authorization": f"Bearer {a.token}"}
        token = base64.b64encode(f"{a.user}:{a.password}".encode("utf-8")).decode("ascii")
        return {"Authorization": f"Basic {token}"}

    def open(self, request: urllib.request.Request, *, what: str, retry: bool = True,
             ok_statuses: tuple[int, ...] = ()) -> _Response:
        for k, v in self.headers().items():
            request.add_header(k, v)
        if not request.has_header("User-agent"):
            request.add_header("User-Agent", USER_AGENT)
        attempts = self.retries if retry else 1
        url = public_url(request.full_url.split("?")[0])
        last: Exception | None = None
        for attempt in range(1, attempts + 1):
            if self.digest is not None and request.data is not None and len(request.data) > 16_384:
                self._preempt_digest(request)
            try:
                with self.opener.open(request, timeout=self.timeout) as resp:
                    return _Response(resp.status, resp.headers, resp.read())
            except urllib.error.HTTPError as exc:
                body = exc.read() if exc.fp is not None else b""
                if exc.code in ok_statuses:
                    return _Response(exc.code, exc.headers, body)
                if exc.code in self.RETRY_STATUS and attempt < attempts:
                    last = exc
                    time.sleep(self.backoff * 2 ** (attempt - 1))
                    continue
                raise _http_error(exc.code, body, url, what) from exc
            except (socket.timeout, TimeoutError) as exc:
                raise RemoteStoreError(
                    f"遠端資料庫 {url} 在 {self.timeout:g} 秒內沒有回應（{what}）；先前的資料未變動",
                    f"the remote store at {url} did not answer within {self.timeout:g} s ({what}); "
                    f"previous data left in place") from exc
            except (urllib.error.URLError, ConnectionError, http.client.HTTPException, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, (socket.timeout, TimeoutError)):
                    raise RemoteStoreError(
                        f"遠端資料庫 {url} 在 {self.timeout:g} 秒內沒有回應（{what}）；先前的資料未變動",
                        f"the remote store at {url} did not answer within {self.timeout:g} s ({what}); "
                        f"previous data left in place") from exc
                last = exc
                if attempt < attempts:
                    time.sleep(self.backoff * 2 ** (attempt - 1))
                    continue
        reason = getattr(last, "reason", last)
        if isinstance(last, urllib.error.HTTPError):
            raise _http_error(last.code, b"", url, what)
        raise RemoteStoreError(
            f"無法連線到遠端資料庫 {url}：{reason}（已嘗試 {attempts} 次，{what}）；先前的資料未變動",
            f"cannot reach the remote store at {url}: {reason} ({attempts} attempt(s), {what}); "
            f"previous data left in place") from last


class _DigestHandler(urllib.request.HTTPDigestAuthHandler):
    """urllib's digest handler gives up after 5 retries per handler instance; reset it per request."""

    def http_error_401(self, req, fp, code, msg, headers):
        self.reset_retry_count()
        return super().http_error_401(req, fp, code, msg, headers)


def _http_error(code: int, body: bytes, url: str, what: str) -> RemoteStoreError:
    text = body.decode("utf-8", "replace").strip().splitlines()
    detail = text[0][:300] if text else ""
    if code in (401, 403):
        return RemoteStoreError(
            f"遠端資料庫 {url} 拒絕存取（HTTP {code}，{what}）：請檢查帳號、密碼或權杖；先前的資料未變動",
            f"the remote store at {url} refused access (HTTP {code}, {what}): check the user, password "
            f"or token; previous data left in place")
    return RemoteStoreError(
        f"遠端資料庫 {url} 回應錯誤 HTTP {code}（{what}）：{detail}；先前的資料未變動",
        f"the remote store at {url} answered HTTP {code} ({what}): {detail}; previous data left in place")


_TOKEN = re.compile(
    r"""(?P<iri><[^<>"{}|^`\\\s]*>)|(?P<str>'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")"""
    r"|(?P<comment>#[^\n]*)|(?P<kw>\b(?:SELECT|ASK|CONSTRUCT|DESCRIBE)\b(?!:))",
    re.IGNORECASE | re.DOTALL,
)


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first such keyword outside comments, IRIs and strings."""
    for m in _TOKEN.finditer(text):
        if m.group("kw"):
            return m.group("kw").upper()
    return "SELECT"


class _Wrapper(SPARQLWrapper):
    """SPARQLWrapper that sends its requests through our opener (auth, timeout, retries).

    SPARQLWrapper's own digest support installs a process-wide urllib opener; ours does not.
    """

    def __init__(self, endpoint: str, update_endpoint: str, http: _Http, what: str, is_update: bool) -> None:
        self._is_update = is_update
        super().__init__(endpoint, updateEndpoint=update_endpoint, agent=USER_AGENT)
        self._http = http
        self._what = what

    def setQuery(self, query) -> None:  # noqa: N802 (SPARQLWrapper's name)
        # SPARQLWrapper guesses the form with regular expressions that comments can fool; we know it.
        self.queryString = query
        self.queryType = "INSERT" if self._is_update else query_form(query)

    def isSparqlUpdateRequest(self) -> bool:  # noqa: N802
        return self._is_update

    def isSparqlQueryRequest(self) -> bool:  # noqa: N802
        return not self._is_update

    def _query(self):
        request = self._createRequest()
        return self._http.open(request, what=self._what, retry=not self.isSparqlUpdateRequest()), self.returnFormat


class RemoteStore:
    """A SPARQL 1.1 store over HTTP with the interface of :class:`~twpolice.graph.store.GraphStore`."""

    path = None  # not on this machine

    def __init__(self, url: str, *, flavor: str | None = None, query_url: str | None = None,
                 update_url: str | None = None, gsp_url: str | None = None, auth: Auth | None = None,
                 read_only: bool = False, timeout: float = 60.0, retries: int = 3, backoff: float = 0.5,
                 write_mode: str = "staging", probe: bool = True) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RemoteStoreError(f"不是 http(s) 網址：{public_url(url)}", f"not an http(s) URL: {public_url(url)}")
        if write_mode not in ("staging", "single-update"):
            raise ValueError(f"write_mode must be 'staging' or 'single-update', not {write_mode!r}")
        if parts.username is not None and auth is None:
            auth = Auth("basic", urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or ""))
        self.url = public_url(url).rstrip("/")
        self.read_only = read_only
        self.write_mode = write_mode
        self._http = _Http(auth if auth is not None else auth_from_env(), timeout, retries, backoff, self.url)
        name = flavor or os.environ.get("TWPOLICE_STORE_FLAVOR") or self._detect(probe)
        if name not in FLAVORS:
            raise RemoteStoreError(f"不認得的資料庫類型：{name}（可用 {', '.join(FLAVORS)}）",
                                   f"unknown store flavour: {name} (one of {', '.join(FLAVORS)})")
        fl = FLAVORS[name]
        base = self.url
        if name == "virtuoso":
            for suffix in ("/sparql-auth", "/sparql"):
                if base.endswith(suffix):
                    base = base[: -len(suffix)]
        elif name in ("oxigraph", "fuseki"):
            for suffix in ("/query", "/sparql"):
                if base.endswith(suffix):
                    base = base[: -len(suffix)]
        qpath = fl.auth_query if (fl.auth_query and auth_is_set(self._http.auth)) else fl.query
        self.flavor = fl
        self.query_url = query_url or base + qpath
        self.update_url = update_url or base + fl.update
        self.gsp_url = gsp_url if gsp_url is not None else (base + fl.gsp if fl.gsp is not None else None)
        self._gsp_ok: bool | None = None if self.gsp_url else False
        self._cleaned = False
        self._union_ready: bool | None = None
        self.union_graph = UNION_GRAPH if fl.union_in == "graph" else None

    # -- set-up ----------------------------------------------------------------
    def _detect(self, probe: bool) -> str:
        """Flavour from the URL's shape, else from the ``Server`` header of one GET, else generic."""
        path = urllib.parse.urlsplit(self.url).path.rstrip("/")
        if "/repositories/" in path:
            return "graphdb"
        if path.endswith("/sparql") or path.endswith("/sparql-auth"):
            return "virtuoso"
        if not probe:
            return "oxigraph" if path in ("", "/query") else "generic"
        server = ""
        try:
            req = urllib.request.Request(self.url + "/", method="GET")
            resp = self._http.open(req, what="probe", retry=True, ok_statuses=tuple(range(300, 600)))
            server = (resp.headers.get("Server") or "").lower()
        except RemoteStoreError:
            raise
        if "oxigraph" in server:
            return "oxigraph"
        if "virtuoso" in server:
            return "virtuoso"
        if "fuseki" in server or "jetty" in server:
            return "fuseki"
        if "graphdb" in server:
            return "graphdb"
        return "oxigraph" if path in ("", "/query") else "generic"

    def describe(self) -> str:
        return f"{self.flavor.name} @ {self.url}"

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r}, flavor={self.flavor.name!r})"

    # -- SPARQL ------------------------------------------------------------------
    def _wrapper(self, text: str, *, update: bool, what: str, extra: Iterable[tuple[str, str]] = ()) -> _Wrapper:
        w = _Wrapper(self.query_url, self.update_url, self._http, what, update)
        w.setMethod(POST)
        w.setOnlyConneg(True)
        w.setTimeout(int(self._http.timeout) or 1)
        w.setRequestMethod(POSTDIRECTLY if update else URLENCODED)
        w.setQuery(text)
        if not update:
            for k, v in extra:
                w.addParameter(k, v)
        return w

    def query(self, sparql: str, *, union: bool = True, default_graph: str | None = None, _probe: bool = False,
              **_ignored):
        """Run a query over the union of named graphs (unless ``union=False`` or ``default_graph``).

        Returns pyoxigraph ``QuerySolutions`` / ``QueryBoolean`` / an iterator of ``Triple``, like
        :meth:`GraphStore.query`. A syntax error raises ``SyntaxError`` (as pyoxigraph does).
        """
        text = iris.sparql_prefixes() + sparql
        extra = [("default-graph-uri", str(default_graph))] if default_graph is not None else []
        if union and default_graph is None and not _probe:
            extra = self.union_params()
        w = self._wrapper(text, update=False, what="query", extra=extra)
        kind = w.queryType
        w.setReturnFormat(TURTLE if kind in ("CONSTRUCT", "DESCRIBE") else JSON)
        try:
            resp = w.query().response
        except RemoteStoreError as exc:
            if "HTTP 400" in exc.en:
                raise SyntaxError(exc.en.split(": ", 1)[-1]) from exc
            raise
        body = resp.read()
        ctype = resp.content_type
        if kind in ("CONSTRUCT", "DESCRIBE"):
            fmt = ox.RdfFormat.from_media_type(ctype) or ox.RdfFormat.TURTLE
            try:
                return iter([ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=fmt)])
            except SyntaxError as exc:
                raise RemoteStoreError(f"遠端資料庫 {self.query_url} 的回答不完整：{exc}",
                                       f"the remote store at {self.query_url} sent an incomplete answer: {exc}") from exc
        fmt = ox.QueryResultsFormat.from_media_type(ctype) or ox.QueryResultsFormat.JSON
        try:  # a store that hits its own time limit mid-answer sends 200 and then an error text
            parsed = ox.parse_query_results(body, format=fmt)
            if isinstance(parsed, ox.QuerySolutions):
                for _ in parsed:
                    pass
                parsed = ox.parse_query_results(body, format=fmt)
        except SyntaxError as exc:
            tail = body[-200:].decode("utf-8", "replace").strip().splitlines()
            raise RemoteStoreError(
                f"遠端資料庫 {self.query_url} 的回答不完整（可能超過它自己的時間上限）：{tail[-1] if tail else exc}",
                f"the remote store at {self.query_url} sent an incomplete answer (its own time limit?): "
                f"{tail[-1] if tail else exc}") from exc
        return parsed

    def update(self, sparql: str, *, what: str = "update") -> None:
        self._check_writable()
        w = self._wrapper(sparql, update=True, what=what)
        w.query()

    def union_params(self) -> list[tuple[str, str]]:
        """SPARQL Protocol parameters that make a query's default graph the union of the project's graphs."""
        if self.union_stored():
            return [("default-graph-uri", self.union_graph)] if self.union_graph else []
        return [self.flavor.union_param] if self.flavor.union_param is not None else []

    def union_stored(self) -> bool:
        """True when the store's own default graph holds the union of this project's graphs (Oxigraph:
        kept by every write, like the embedded store); otherwise queries ask for a per-query union."""
        if self.flavor.union_in is None:
            return False
        if self._union_ready is None:
            where = f"GRAPH <{self.union_graph}> {{ ?s ?p ?o }}" if self.union_graph else "?s ?p ?o"
            filled = bool(self.query(f"ASK {{ {where} }}", union=False, _probe=True))
            self._union_ready = filled or not self.graphs()
        return self._union_ready

    def _ensure_union(self) -> None:
        """Before the first write: fill the default graph with the union if an older writer did not."""
        if self.flavor.union_in is not None and not self.union_stored():
            target = f"GRAPH <{self.union_graph}> {{ ?s ?p ?o }}" if self.union_graph else "?s ?p ?o"
            self.update(f'INSERT {{ {target} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                        f'FILTER (STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }}', what="store the union graph")
            self._union_ready = True

    def _select(self, sparql: str, *, union: bool = False) -> list:
        return list(self.query(sparql, union=union))

    # -- reading -----------------------------------------------------------------
    def graphs(self) -> list[str]:
        rows = self._select(
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }}')
        return sorted(r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode))

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            q = (f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                 f'FILTER (STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }}')
        else:
            q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        rows = self._select(q)
        return int(rows[0]["n"].value) if rows and rows[0]["n"] is not None else 0

    def union_count(self) -> int:
        """Distinct triples across the named graphs (a triple in two documents' graphs once)."""
        rows = self._select(f'SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                            f'FILTER (STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }} }}')
        return int(rows[0]["n"].value) if rows and rows[0]["n"] is not None else 0

    def content_hash(self, graph: str) -> str | None:
        rows = self._select(f"SELECT ?h WHERE {{ GRAPH <{graph}> {{ <{graph}> <{CONTENT_HASH}> ?h }} }}")
        return rows[0]["h"].value if rows else None

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad of one graph, or of every graph of this project."""
        if graph is not None:
            return iter(self._graph_quads(str(graph)))
        if self.flavor.dataset_get and self._gsp_ok is not False:
            req = urllib.request.Request(self.gsp_url, headers={"Accept": "application/n-quads"}, method="GET")
            body = self._http.open(req, what="GET dataset").body
            return (q for q in ox.parse(body, format=ox.RdfFormat.N_QUADS)
                    if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(GRAPH_PREFIX))
        return (q for g in self.graphs() for q in self._graph_quads(g))

    def _graph_quads(self, graph: str) -> list[ox.Quad]:
        g = ox.NamedNode(graph)
        if self.gsp_url and self._gsp_ok is not False:
            req = urllib.request.Request(self._gsp(graph), headers={"Accept": "application/n-triples"}, method="GET")
            resp = self._http.open(req, what="GET graph", ok_statuses=(404, 405, 501))
            if resp.status == 404:
                return []
            if resp.status < 300:
                fmt = ox.RdfFormat.from_media_type(resp.content_type) or ox.RdfFormat.N_TRIPLES
                return [ox.Quad(q.subject, q.predicate, q.object, g) for q in ox.parse(resp.body, format=fmt)]
        triples = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", union=False)
        return [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        if graph is not None:
            return ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in self.quads(graph)], format=fmt)
        if fmt not in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            raise ValueError(f"A RDF format supporting datasets was expected, {fmt.name} found")
        return ox.serialize(list(self.quads()), format=fmt)

    # -- writing -----------------------------------------------------------------
    def replace_graph(self, graph: str, triples: Iterable[tuple]) -> int:
        """Atomically replace named graph ``graph`` with ``triples`` (rdflib or pyoxigraph terms)."""
        oxt = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]
        data = ox.serialize(oxt, format=ox.RdfFormat.N_TRIPLES)
        return self.replace_graph_data(str(graph), data)

    def load_file(self, graph: str, path: Path, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> int:
        """Replace ``graph`` with a parsed RDF file; blank nodes skolemised exactly as the embedded store does."""
        oxt = skolemised_triples(str(graph), path, fmt)
        return self.replace_graph_data(str(graph), ox.serialize(oxt, format=ox.RdfFormat.N_TRIPLES))

    def replace_graph_data(self, graph: str, ntriples: bytes, digest: str | None = None) -> int:
        """Replace ``graph`` with N-Triples ``ntriples``; ``digest`` defaults to its SHA-256 (as embedded).

        An unchanged graph (same content hash) is skipped.
        """
        self._check_writable()
        digest = digest or hashlib.sha256(ntriples).hexdigest()
        if self.content_hash(graph) == digest:
            return self.count(graph)
        marker = f'<{graph}> <{CONTENT_HASH}> "{digest}" .\n'.encode("utf-8")
        body = ntriples if ntriples.endswith(b"\n") or not ntriples else ntriples + b"\n"
        body += marker
        expected = len({line for line in body.splitlines() if line.strip() and not line.lstrip().startswith(b"#")})
        self._cleanup_stale_staging()
        self._ensure_union()
        if self.write_mode == "single-update" and self.flavor.union_in is not None:
            self.update(replace_graph_update(graph, body.decode("utf-8"), GRAPH_PREFIX, self.union_graph),
                        what=f"replace {graph}")
        elif self.write_mode == "single-update":
            self.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body.decode('utf-8')}}} }}",
                        what=f"replace {graph}")
        else:
            self._swap_in(graph, body, digest, expected)
        return self.count(graph)

    def drop_graph(self, graph: str) -> None:
        self._ensure_union()
        text = (drop_graph_update(graph, GRAPH_PREFIX, self.union_graph) if self.flavor.union_in is not None
                else f"DROP SILENT GRAPH <{graph}>")
        self.update(text, what=f"drop {graph}")

    def flush(self) -> None:
        """Nothing to flush: every request is committed by the store."""

    def optimize(self) -> None:
        """Nothing to do: the server manages its own storage."""

    def _check_writable(self) -> None:
        if self.read_only:
            raise RemoteStoreError(f"遠端資料庫以唯讀方式開啟：{self.url}", f"the remote store {self.url} is opened read-only")

    def _gsp(self, graph: str) -> str:
        return f"{self.gsp_url}?graph={urllib.parse.quote(graph, safe='')}"

    def _staging_name(self, graph: str) -> str:
        return f"{STAGING_PREFIX}{int(time.time())}-{iris.short_hash(graph, length=8)}-{uuid.uuid4().hex[:8]}"

    def _upload(self, staging: str, body: bytes) -> None:
        if self.gsp_url and self._gsp_ok is not False:
            req = urllib.request.Request(self._gsp(staging), data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
            resp = self._http.open(req, what=f"PUT {staging}", ok_statuses=(404, 405, 415, 501))
            if resp.status < 300:
                self._gsp_ok = True
                return
            if self._gsp_ok is True:  # worked before: a real error now
                raise _http_error(resp.status, resp.body, self.gsp_url, f"PUT {staging}")
            self._gsp_ok = False  # no Graph Store Protocol here: fall back to SPARQL Update
        lines = [ln for ln in body.decode("utf-8").splitlines() if ln.strip()]
        self.update(f"DROP SILENT GRAPH <{staging}>", what=f"clear {staging}")
        for i in range(0, len(lines), INSERT_CHUNK):
            chunk = "\n".join(lines[i:i + INSERT_CHUNK])
            self.update(f"INSERT DATA {{ GRAPH <{staging}> {{\n{chunk}\n}} }}", what=f"INSERT DATA {staging}")

    def _swap_in(self, graph: str, body: bytes, digest: str, expected: int) -> None:
        staging = self._staging_name(graph)
        try:
            self._upload(staging, body)
            got = self.count(staging)
            if got != expected:
                raise RemoteStoreError(
                    f"上傳到暫存圖 {staging} 的三元組數不符（{got}，應為 {expected}）；先前的資料未變動",
                    f"the staging graph {staging} holds {got} triples, expected {expected}; previous data left in place")
            self._move(staging, graph, digest, expected)
        except BaseException:
            self._drop_quietly(staging)
            raise

    def _move(self, staging: str, graph: str, digest: str, expected: int) -> None:
        """``MOVE GRAPH <staging> TO GRAPH <graph>`` — never SILENT, never retried without looking first."""
        attempts = self._http.retries
        for attempt in range(1, attempts + 1):
            try:
                text = (move_graph_update(staging, graph, GRAPH_PREFIX, self.union_graph) if self.flavor.union_in is not None
                        else f"MOVE GRAPH <{staging}> TO GRAPH <{graph}>")
                self.update(text, what=f"MOVE {staging} → {graph}")
                return
            except RemoteStoreError as exc:
                error = exc
            # Did the swap happen after all? Look before doing anything else.
            try:
                if self.content_hash(graph) == digest and self.count(staging) == 0:
                    return
                staged = self.count(staging)
            except RemoteStoreError:
                raise error from None
            if staged != expected or attempt == attempts:
                raise error
            time.sleep(self._http.backoff * 2 ** (attempt - 1))

    def _drop_quietly(self, staging: str) -> None:
        try:
            w = self._wrapper(f"DROP SILENT GRAPH <{staging}>", update=True, what=f"drop {staging}")
            w.query()
        except RemoteStoreError:
            pass  # left for _cleanup_stale_staging; graphs() never lists staging graphs

    def staging_graphs(self) -> list[str]:
        rows = self._select(
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}')
        return sorted(r["g"].value for r in rows)

    def _cleanup_stale_staging(self) -> None:
        """Drop staging graphs older than an hour (left by a crashed writer), once per instance."""
        if self._cleaned:
            return
        self._cleaned = True
        now = time.time()
        for g in self.staging_graphs():
            stamp = g[len(STAGING_PREFIX):].split("-", 1)[0]
            if stamp.isdigit() and now - int(stamp) > STALE_STAGING_SECONDS:
                self._drop_quietly(g)


def auth_is_set(auth: Auth | None) -> bool:
    return auth is not None


__all__ = ["RemoteStore", "RemoteStoreError", "Auth", "auth_from_env", "FLAVORS", "Flavor", "public_url",
           "GRAPH_PREFIX", "STAGING_PREFIX"]
