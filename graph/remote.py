"""A remote backend: any SPARQL 1.1 store over HTTP, implementing :class:`twpolice.graph.protocol.Store` as
:class:`twpolice.graph.store.GraphStore` does.

* **Two HTTP clients, one each job.** SPARQL queries and updates go through SPARQLWrapper's public API
  (SPARQL 1.1 Protocol, POST; JSON results and Turtle graphs parsed by pyoxigraph), so ``query()`` returns the
  same objects as the embedded store: ``QuerySolutions``, ``QueryBoolean`` or an iterator of ``Triple``. The
  project's prefixes are predeclared on the query's first line (a syntax error names the caller's line).
  The Graph Store Protocol (GET, PUT of a named graph; GET of the whole dataset on Oxigraph) goes through
  httpx, answers streamed to a temporary file past a few megabytes and parsed from there.
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
* Failures (connection refused, timeouts, 5xx, a malformed answer) become one bilingual line
  (:class:`RemoteStoreError`; :class:`RemoteTimeout` for the time limit) and leave the previous graph in
  place. Connection errors and 502/503/504/429 are retried a bounded number of times with back-off;
  timeouts are not retried (the store is busy; say so instead), nor are updates.
* Authentication: HTTP bearer token, basic (sent pre-emptively) or digest (Virtuoso's ``-auth``
  endpoints: SPARQLWrapper's ``setHTTPAuth(DIGEST)`` for SPARQL, ``httpx.DigestAuth`` for the Graph Store
  Protocol) — see :func:`auth_from_env`.

Only graphs under ``{base}id/graph/`` are this project's (a shared store holds other things, and
Virtuoso has system graphs): ``graphs()``, ``count()`` and ``quads()`` see only those.
"""

from __future__ import annotations

import ast
import hashlib
import http.client
import os
import re
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, TypeVar

import httpx
import pyoxigraph as ox
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, POSTDIRECTLY, TURTLE, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (EndPointInternalError, EndPointNotFound, QueryBadFormed,
                                            SPARQLWrapperException, Unauthorized, URITooLong)

from twpolice import iris
from twpolice.errors import UserError
from twpolice.graph.store import (CONTENT_HASH, StoreError, drop_graph_update, move_graph_update,
                                  replace_graph_update, skolemised_triples, to_ox)
from twpolice.sparqltext import shape

GRAPH_PREFIX = f"{iris.BASE}id/graph/"
STAGING_PREFIX = f"{iris.BASE}id/staging/"
UNION_GRAPH = f"{iris.BASE}id/union"  # the union, each triple once, on stores without a default graph of their own
STALE_STAGING_SECONDS = 3600
INSERT_CHUNK = 5000  # triples per INSERT DATA request when the Graph Store Protocol is missing
USER_AGENT = "twpolice (SPARQLWrapper, httpx)"
MAX_ANSWER_BYTES = 512 * 1024 * 1024  # a query's answer, held to be parsed (a dump is streamed to a file instead)
SPOOL_BYTES = 8 * 1024 * 1024  # Graph Store answers past this go to a temporary file
DIGEST_PROBE_BYTES = 16_384  # bodies past this are sent only once the digest challenge is known (see _upload)
GRAPH_FORMS = ("CONSTRUCT", "DESCRIBE")


class RemoteStoreError(UserError, StoreError):
    """A remote store problem in one line (both languages); the previous data is left in place.

    ``status``: the HTTP status when the store answered one; ``detail``: the first line of its answer."""

    status: int | None = None
    detail: str = ""


class RemoteTimeout(RemoteStoreError):
    """The store did not answer within the time limit (never retried: it is busy)."""


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


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after the prologue, outside comments, IRIs and
    strings (the core SPARQL lexer, :mod:`twpolice.sparqltext`); SELECT when there is none."""
    return shape(text).form or "SELECT"


# -- failures: both HTTP stacks report through these, as one line ------------------------------------------------

class _Status(Exception):
    """The store answered an HTTP error status (``body``: the start of its answer)."""

    def __init__(self, code: int, body: bytes = b"") -> None:
        super().__init__(code)
        self.code = code
        self.body = body


# what SPARQLWrapper raises for a status it names (it keeps the answer only in the message: see _answer_of)
_SPARQLWRAPPER_STATUS = {QueryBadFormed: 400, Unauthorized: 401, EndPointNotFound: 404, URITooLong: 414,
                         EndPointInternalError: 500}
# a request that did not get an answer: connection refused or reset, a malformed response, a time limit
_NO_ANSWER = (urllib.error.URLError, ConnectionError, http.client.HTTPException, httpx.TransportError, OSError)


def _answer_of(exc: SPARQLWrapperException) -> bytes:
    """The store's answer, which SPARQLWrapper 2.0 keeps only in the exception's text (``…Response:\\nb'…'``)."""
    _, found, tail = str(exc).partition("Response:\n")
    if not found:
        return b""
    try:
        value = ast.literal_eval(tail.strip())
    except (ValueError, SyntaxError):
        return tail.encode("utf-8", "replace")
    return value if isinstance(value, bytes) else str(value).encode("utf-8", "replace")


def _is_timeout(exc: BaseException) -> bool:
    return isinstance(exc, (TimeoutError, httpx.TimeoutException)) or isinstance(getattr(exc, "reason", None),
                                                                                TimeoutError)


def _timeout_error(url: str, seconds: float, what: str) -> RemoteTimeout:
    return RemoteTimeout(f"遠端資料庫 {url} 在 {seconds:g} 秒內沒有回應（{what}）；先前的資料未變動",
                         f"the remote store at {url} did not answer within {seconds:g} s ({what}); "
                         f"previous data left in place")


def _unreachable(url: str, reason: object, attempts: int, what: str) -> RemoteStoreError:
    return RemoteStoreError(
        f"無法連線到遠端資料庫 {url}：{reason}（已嘗試 {attempts} 次，{what}）；先前的資料未變動",
        f"cannot reach the remote store at {url}: {reason} ({attempts} attempt(s), {what}); "
        f"previous data left in place")


def _http_error(code: int, body: bytes, url: str, what: str) -> RemoteStoreError:
    text = body.decode("utf-8", "replace").strip().splitlines()
    detail = text[0][:500] if text else ""
    if code in (401, 403):
        exc = RemoteStoreError(
            f"遠端資料庫 {url} 拒絕存取（HTTP {code}，{what}）：請檢查帳號、密碼或權杖；先前的資料未變動",
            f"the remote store at {url} refused access (HTTP {code}, {what}): check the user, password "
            f"or token; previous data left in place")
    else:
        exc = RemoteStoreError(
            f"遠端資料庫 {url} 回應錯誤 HTTP {code}（{what}）：{detail[:300]}；先前的資料未變動",
            f"the remote store at {url} answered HTTP {code} ({what}): {detail[:300]}; previous data left in place")
    exc.status, exc.detail = code, detail
    return exc


def _too_large(url: str, limit: int, what: str) -> RemoteStoreError:
    return RemoteStoreError(f"遠端資料庫 {url} 的回答超過 {limit:,} 位元組（{what}）",
                            f"the answer of the remote store at {url} is larger than {limit:,} bytes ({what})")


def _incomplete(url: str, body: bytes | None, problem: str) -> RemoteStoreError:
    """A 200 whose body does not parse: a store that hits its own time limit mid-answer sends an error text."""
    tail = body[-200:].decode("utf-8", "replace").strip().splitlines() if body else []
    said = tail[-1] if tail else (problem.strip().splitlines() or ["?"])[0]
    return RemoteStoreError(f"遠端資料庫 {url} 的回答不完整（可能超過它自己的時間上限）：{said}",
                            f"the remote store at {url} sent an incomplete answer (its own time limit?): {said}")


T = TypeVar("T")


class _Client:
    """How one store is reached: credentials, time limit and bounded retries, for both HTTP stacks
    (SPARQLWrapper for SPARQL, httpx for the Graph Store Protocol); every failure is one RemoteStoreError."""

    RETRY_STATUS = (429, 502, 503, 504)

    def __init__(self, auth: Auth | None, timeout: float, retries: int, backoff: float) -> None:
        self.auth = auth
        self.timeout = timeout
        self.retries = max(1, retries)
        self.backoff = backoff
        headers = {"User-Agent": USER_AGENT}
        gsp_auth: httpx.Auth | None = None
        if auth is not None and auth.scheme == "bearer":
            headers["Authorization"] = f"Bearer {auth.token}"
        elif auth is not None and auth.scheme == "digest":
            gsp_auth = httpx.DigestAuth(auth.user, auth.password)  # keeps the challenge: later requests skip the 401
        elif auth is not None:
            gsp_auth = httpx.BasicAuth(auth.user, auth.password)
        self.http = httpx.Client(auth=gsp_auth, headers=headers, timeout=timeout, follow_redirects=True)
        self._realm: str | None = None

    @property
    def digest(self) -> bool:
        return self.auth is not None and self.auth.scheme == "digest"

    def attempt(self, send: Callable[[], T], *, url: str, what: str, retry: bool = True,
                timeout: float | None = None) -> T:
        """``send()``, retried on connection failures and 429/502/503/504 (``retry``), never on a time limit."""
        attempts = self.retries if retry else 1
        last: BaseException | None = None
        for attempt in range(1, attempts + 1):
            try:
                return send()
            except _Status as exc:
                if exc.code in self.RETRY_STATUS and attempt < attempts:
                    time.sleep(self.backoff * 2 ** (attempt - 1))
                    continue
                raise _http_error(exc.code, exc.body, url, what) from None
            except _NO_ANSWER as exc:
                if _is_timeout(exc):
                    raise _timeout_error(url, timeout or self.timeout, what) from exc
                last = exc
                if attempt < attempts:
                    time.sleep(self.backoff * 2 ** (attempt - 1))
        raise _unreachable(url, getattr(last, "reason", last), attempts, what) from last

    # -- SPARQL, through SPARQLWrapper ---------------------------------------------------------------------
    def credentials(self, w: SPARQLWrapper, url: str) -> None:
        a = self.auth
        if a is None or a.scheme != "digest":  # a digest store's handler would answer this store's 401 itself
            urllib.request.install_opener(None)  # (and fail on a Bearer challenge): urlopen's default opener again
        if a is None:
            return
        if a.scheme == "bearer":
            w.addCustomHttpHeader("Authorization", f"Bearer {a.token}")
        elif a.scheme == "digest":  # SPARQLWrapper installs a new urllib digest handler per request, process-wide:
            w.setHTTPAuth(DIGEST)   # fine for a process that talks to one store with one set of credentials
            w.setCredentials(a.user, a.password, realm=self.realm(url))
        else:
            w.setHTTPAuth(BASIC)  # sent with the request, as before: no 401 round trip
            w.setCredentials(a.user, a.password)

    def realm(self, url: str) -> str:
        """The digest realm the store names in its challenge (SPARQLWrapper needs it up front; its default,
        ``SPARQL``, is Virtuoso's), asked for once with a bodiless request."""
        if self._realm is None:
            realm = "SPARQL"
            try:
                challenge = self.http.get(url, auth=None).headers.get("WWW-Authenticate", "")
                found = re.search(r'realm="([^"]*)"', challenge)
                realm = found.group(1) if found else realm
            except httpx.HTTPError:
                pass  # the request itself will say what is wrong
            self._realm = realm
        return self._realm

    @staticmethod
    def sparql(w: SPARQLWrapper, *, limit: int, deadline: float | None) -> tuple[str, bytes]:
        """Send ``w``; (media type, body). HTTP errors become :class:`_Status`; the body is read in pieces, at
        most ``limit`` bytes, and no later than ``deadline`` (``time.monotonic()``)."""
        try:
            result = w.query()
        except SPARQLWrapperException as exc:
            raise _Status(_SPARQLWRAPPER_STATUS.get(type(exc), 500), _answer_of(exc)) from exc
        except urllib.error.HTTPError as exc:
            with exc:
                body = exc.read(4096) if exc.fp is not None else b""
            raise _Status(exc.code, body) from exc
        resp = result.response
        try:
            ctype = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            chunks, size = [], 0
            read = getattr(resp, "read1", resp.read)  # what has arrived, rather than waiting for a full piece
            while chunk := read(65536):
                size += len(chunk)
                if size > limit:
                    raise _TooLarge()
                if deadline is not None and time.monotonic() > deadline:
                    raise TimeoutError("the time limit passed while the answer was arriving")
                chunks.append(chunk)
            return ctype, b"".join(chunks)
        finally:
            resp.close()

    # -- the Graph Store Protocol, through httpx ----------------------------------------------------------
    def gsp(self, method: str, url: str, *, accept: str | None = None, body: bytes | None = None,
            content_type: str | None = None, ok: tuple[int, ...] = ()) -> tuple[int, str, IO[bytes] | None]:
        """One Graph Store request: (status, media type, the answer in a file, read from the start; None for a
        status in ``ok``). Other HTTP errors become :class:`_Status`."""
        headers = {k: v for k, v in (("Accept", accept), ("Content-Type", content_type)) if v}
        if self.digest and body is not None and len(body) > DIGEST_PROBE_BYTES:
            self._prime_digest(url)
        with self.http.stream(method, url, headers=headers, content=body) as resp:
            if resp.status_code in ok:
                return resp.status_code, "", None
            if resp.status_code >= 300:
                raise _Status(resp.status_code, next(resp.iter_bytes(4096), b""))
            spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
            for chunk in resp.iter_bytes():
                spool.write(chunk)
            spool.seek(0)
            ctype = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            return resp.status_code, ctype, spool

    def _prime_digest(self, url: str) -> None:
        """Virtuoso answers 401 and closes the connection before reading a large upload (a broken pipe), so the
        challenge is fetched with a bodiless GET first; httpx.DigestAuth then signs the upload up front."""
        try:
            self.http.get(url, headers={"Accept": "application/n-triples"}).close()
        except httpx.HTTPError:
            pass  # the upload itself will report it


class _TooLarge(Exception):
    pass


def _parse_answer(body: bytes, ctype: str, form: str):
    """(the parsed answer, None) or (None, what did not parse): a store that hits its own time limit mid-answer
    sends 200 and then an error text, so solutions are read to the end once before they are handed out. The
    parse error is returned, not raised: a traceback would keep pyoxigraph's objects, which must be dropped
    in the thread that made them, alive."""
    try:
        if form in GRAPH_FORMS:
            fmt = ox.RdfFormat.from_media_type(ctype) or ox.RdfFormat.TURTLE
            return iter([ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=fmt)]), None
        fmt = ox.QueryResultsFormat.from_media_type(ctype) or ox.QueryResultsFormat.JSON
        parsed = ox.parse_query_results(body, format=fmt)
        if isinstance(parsed, ox.QuerySolutions) and form == "ASK":
            # Virtuoso 7.2 answers ASK as SELECT ?__ASK_RETVAL: no row (false) or a row of 1
            truth = any(v is not None and v.value not in ("0", "false") for sol in parsed for v in sol)
            return ox.parse_query_results(b'{"head":{},"boolean":%s}' % (b"true" if truth else b"false"),
                                          format=ox.QueryResultsFormat.JSON), None
        if isinstance(parsed, ox.QuerySolutions):
            for _ in parsed:
                pass
            parsed = ox.parse_query_results(body, format=fmt)
        return parsed, None
    except SyntaxError as exc:
        return None, str(exc)


class RemoteStore:
    """A SPARQL 1.1 store over HTTP implementing :class:`twpolice.graph.protocol.Store`.

    ``cache_seconds``: how long a read-only store keeps its list of graphs (a full scan on a large store; the
    site asks for it on every VoID request); a writable store always asks, so it sees its own writes."""

    path = None  # not on this machine

    def __init__(self, url: str, *, flavor: str | None = None, query_url: str | None = None,
                 update_url: str | None = None, gsp_url: str | None = None, auth: Auth | None = None,
                 read_only: bool = False, timeout: float = 60.0, retries: int = 3, backoff: float = 0.5,
                 write_mode: str = "staging", probe: bool = True, cache_seconds: float = 0.0) -> None:
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
        self.cache_seconds = cache_seconds if read_only else 0.0
        self._client = _Client(auth if auth is not None else auth_from_env(), timeout, retries, backoff)
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
        qpath = fl.auth_query if (fl.auth_query and self._client.auth is not None) else fl.query
        self.flavor = fl
        self.query_url = query_url or base + qpath
        self.update_url = update_url or base + fl.update
        self.gsp_url = gsp_url if gsp_url is not None else (base + fl.gsp if fl.gsp is not None else None)
        self._gsp_ok: bool | None = None if self.gsp_url else False
        self._cleaned = False
        self._union_ready: bool | None = None
        self.union_graph = UNION_GRAPH if fl.union_in == "graph" else None
        self._graphs_cache: tuple[float, list[str]] | None = None
        self._lock = threading.Lock()

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

        def server() -> str:
            return self._client.http.get(self.url + "/").headers.get("Server", "").lower()

        found = self._client.attempt(server, url=self.url + "/", what="probe")
        for name, marks in (("oxigraph", ("oxigraph",)), ("virtuoso", ("virtuoso",)), ("fuseki", ("fuseki", "jetty")),
                            ("graphdb", ("graphdb",))):
            if any(m in found for m in marks):
                return name
        return "oxigraph" if path in ("", "/query") else "generic"

    def describe(self) -> str:
        return f"{self.flavor.name} @ {self.url}"

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r}, flavor={self.flavor.name!r})"

    @property
    def retries(self) -> int:
        """Attempts per request that may be repeated (connection failures, 429/502/503/504)."""
        return self._client.retries

    # -- SPARQL ------------------------------------------------------------------
    def _wrapper(self, text: str, *, form: str | None, params: Iterable[tuple[str, str]] = (),
                 timeout: float | None = None) -> SPARQLWrapper:
        """A SPARQLWrapper for one request: a query of ``form``, or an update (``form=None``)."""
        w = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url, agent=USER_AGENT)
        w.setMethod(POST)
        w.setOnlyConneg(True)  # the Accept header only, no format parameters (some stores refuse them)
        w.setRequestMethod(URLENCODED if form else POSTDIRECTLY)
        # its documented attributes rather than setQuery()/setTimeout(): the form is our lexer's (setQuery's
        # regular expression is fooled by comments, warns on a user's syntax error, and an update it took for a
        # query would go to the query endpoint), and the time limit may be fractional (setTimeout() keeps whole
        # seconds: 1.5 s would be 1, 0.4 s no limit at all)
        w.queryString = text
        w.queryType = form or "INSERT"
        w.timeout = timeout or self._client.timeout
        w.setReturnFormat(TURTLE if form in GRAPH_FORMS else JSON)
        for k, v in params:
            w.addParameter(k, v)
        self._client.credentials(w, self.query_url if form else self.update_url)
        return w

    def query(self, sparql: str, *, prefixes: dict[str, str] | None = iris.PREFIXES, base_iri: str | None = None,
              union: bool = True, use_default_graph_as_union: bool | None = None, default_graph=None,
              named_graphs=None, timeout: float | None = None, retry: bool = True,
              max_bytes: int = MAX_ANSWER_BYTES, **_ignored):
        """Run a query over the union of named graphs (unless ``union=False``, or a dataset is given).

        Returns pyoxigraph ``QuerySolutions`` / ``QueryBoolean`` / an iterator of ``Triple``, like
        :meth:`GraphStore.query`. A syntax error raises ``SyntaxError`` (as pyoxigraph does) with the store's
        message. ``default_graph``/``named_graphs``: IRIs (or pyoxigraph terms) sent as the protocol's
        ``default-graph-uri``/``named-graph-uri``. ``timeout`` (seconds) bounds this request, answer included
        (:class:`RemoteTimeout`); ``retry=False``: one attempt; ``max_bytes``: the largest answer read.
        """
        head = "".join(f"PREFIX {p}: <{ns}> " for p, ns in (prefixes or {}).items())
        text = (f"BASE <{base_iri}> " if base_iri else "") + head + sparql  # one line: the caller's line numbers hold
        if default_graph is not None or named_graphs is not None:
            params = [("default-graph-uri", g) for g in _iris(default_graph)]
            params += [("named-graph-uri", g) for g in _iris(named_graphs)]
        elif union if use_default_graph_as_union is None else use_default_graph_as_union:
            params = self.union_params()
        else:
            params = []
        form = query_form(sparql)  # the caller's text: the predeclared prologue does not change it
        seconds = timeout or self._client.timeout
        w = self._wrapper(text, form=form, params=params, timeout=seconds)
        deadline = time.monotonic() + seconds
        try:
            ctype, body = self._client.attempt(lambda: _Client.sparql(w, limit=max_bytes, deadline=deadline),
                                               url=self.query_url, what="query", retry=retry, timeout=seconds)
        except RemoteStoreError as exc:
            if exc.status == 400:
                raise SyntaxError(exc.detail or "syntax error") from exc
            raise
        except _TooLarge:
            raise _too_large(self.query_url, max_bytes, "query") from None
        parsed, problem = _parse_answer(body, ctype, form)
        if problem is not None:
            raise _incomplete(self.query_url, body, problem)
        return parsed

    def update(self, sparql: str, *, what: str = "update") -> None:
        self._check_writable()
        self._send_update(sparql, what)

    def _send_update(self, sparql: str, what: str) -> None:
        """One SPARQL Update request, never repeated (a repeated MOVE could drop the target: see _move)."""
        w = self._wrapper(sparql, form=None)
        deadline = time.monotonic() + self._client.timeout
        try:
            self._client.attempt(lambda: _Client.sparql(w, limit=MAX_ANSWER_BYTES, deadline=deadline),
                                 url=self.update_url, what=what, retry=False)
        except _TooLarge:
            raise _too_large(self.update_url, MAX_ANSWER_BYTES, what) from None

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
            filled = bool(self.query(f"ASK {{ {where} }}", union=False))
            self._union_ready = filled or not self._graphs()
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
        if self.cache_seconds <= 0:
            return self._graphs()
        with self._lock:
            hit = self._graphs_cache
        if hit is not None and time.monotonic() - hit[0] < self.cache_seconds:
            return list(hit[1])
        names = self._graphs()
        with self._lock:
            self._graphs_cache = (time.monotonic(), names)
        return list(names)

    def _graphs(self) -> list[str]:
        rows = self._select(
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }}')
        return sorted(r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode))

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        return iter([ox.NamedNode(g) for g in self.graphs()])

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
        """Every quad of one graph, or of every graph of this project (streamed: a large answer is held in a
        temporary file, not in memory)."""
        if graph is not None:
            return self._graph_quads(str(graph))
        if self.flavor.dataset_get and self._gsp_ok is not False:
            _, _, spool = self._gsp("GET", self.gsp_url, what="GET dataset", accept="application/n-quads")
            return (q for q in self._parse(spool, ox.RdfFormat.N_QUADS)
                    if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(GRAPH_PREFIX))
        return (q for g in self.graphs() for q in self._graph_quads(g))

    def _graph_quads(self, graph: str) -> Iterator[ox.Quad]:
        g = ox.NamedNode(graph)
        if self.gsp_url and self._gsp_ok is not False:
            status, ctype, spool = self._gsp("GET", self._gsp_graph(graph), what="GET graph",
                                             accept="application/n-triples", ok=(404, 405, 501))
            if status == 404:
                return iter(())
            if spool is not None:
                fmt = ox.RdfFormat.from_media_type(ctype) or ox.RdfFormat.N_TRIPLES
                return (ox.Quad(t.subject, t.predicate, t.object, g) for t in self._parse(spool, fmt))
        triples = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", union=False)
        return (ox.Quad(t.subject, t.predicate, t.object, g) for t in triples)

    def _parse(self, spool: IO[bytes], fmt: ox.RdfFormat) -> Iterator:
        """Triples or quads of a spooled Graph Store answer (the file closed once read)."""
        problem = None
        with spool:
            try:
                yield from ox.parse(spool, format=fmt)
            except SyntaxError as exc:
                problem = str(exc)
        if problem is not None:
            raise _incomplete(self.gsp_url or self.url, None, problem)

    def quads_for_pattern(self, subject, predicate, object, graph_name=None) -> Iterator[ox.Quad]:  # noqa: A002
        """Quads matching a pattern, as the embedded store gives them: in a named graph of the project, or in
        the default graph (``DefaultGraph()``: the union of the graphs, each triple once). Fetched a first page
        at a time (existence checks stop there)."""
        try:
            parts = [_ref(x) if x is not None else f"?{v}" for x, v in ((subject, "s"), (predicate, "p"), (object, "o"))]
            graph = _ref(graph_name) if graph_name is not None and not isinstance(graph_name, ox.DefaultGraph) else None
        except ValueError:
            return iter(())
        fixed = (subject, predicate, object, graph_name)
        if isinstance(graph_name, ox.DefaultGraph):
            return self._pattern(f"SELECT DISTINCT * WHERE {{ {parts[0]} {parts[1]} {parts[2]} }}", fixed, union=True)
        where = f"GRAPH {graph or '?g'} {{ {parts[0]} {parts[1]} {parts[2]} }}"
        if graph is None:
            where += f' FILTER (STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))'
        return self._pattern(f"SELECT * WHERE {{ {where} }}", fixed, union=False)

    def _pattern(self, text: str, fixed: tuple, union: bool) -> Iterator[ox.Quad]:
        def quad(row) -> ox.Quad:
            return ox.Quad(*(f if f is not None else row[v] for f, v in zip(fixed, ("s", "p", "o", "g"))))

        first = list(self.query(f"{text} LIMIT {PATTERN_PAGE}", union=union))
        yield from (quad(r) for r in first)
        if len(first) == PATTERN_PAGE:
            yield from (quad(r) for r in self.query(f"{text} OFFSET {PATTERN_PAGE}", union=union))

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        if graph is not None:
            return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in self.quads(graph)), format=fmt)
        if fmt not in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            raise ValueError(f"A RDF format supporting datasets was expected, {fmt.name} found")
        return ox.serialize(self.quads(), format=fmt)

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

    def _gsp_graph(self, graph: str) -> str:
        return f"{self.gsp_url}?graph={urllib.parse.quote(graph, safe='')}"

    def _gsp(self, method: str, url: str, *, what: str, accept: str | None = None, body: bytes | None = None,
             ok: tuple[int, ...] = ()) -> tuple[int, str, IO[bytes] | None]:
        """One Graph Store Protocol request through httpx, with this store's retries and error lines."""
        return self._client.attempt(
            lambda: self._client.gsp(method, url, accept=accept, body=body, ok=ok,
                                     content_type="application/n-triples" if body is not None else None),
            url=self.gsp_url or url, what=what)

    def _staging_name(self, graph: str) -> str:
        return f"{STAGING_PREFIX}{int(time.time())}-{iris.short_hash(graph, length=8)}-{uuid.uuid4().hex[:8]}"

    def _upload(self, staging: str, body: bytes) -> None:
        if self.gsp_url and self._gsp_ok is not False:
            unsupported = (404, 405, 415, 501)
            status, _, answer = self._gsp("PUT", self._gsp_graph(staging), what=f"PUT {staging}", body=body,
                                          ok=() if self._gsp_ok else unsupported)  # worked before: an error now
            if answer is not None:
                answer.close()
                self._gsp_ok = True
                return
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
        attempts = self._client.retries
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
            time.sleep(self._client.backoff * 2 ** (attempt - 1))

    def _drop_quietly(self, staging: str) -> None:
        try:
            self._send_update(f"DROP SILENT GRAPH <{staging}>", f"drop {staging}")
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


PATTERN_PAGE = 1000  # quads fetched before the rest in a pattern look-up: existence checks stop after the first


def _ref(term) -> str:
    """A fixed pattern position in SPARQL syntax (pyoxigraph terms print as N-Triples)."""
    if isinstance(term, ox.BlankNode):
        raise ValueError("blank nodes cannot be sent to a remote store")
    return str(term)


def _iris(graphs) -> list[str]:
    """Graph IRIs from None, one IRI or term, or a list of them (the protocol's dataset parameters)."""
    if graphs is None:
        return []
    if isinstance(graphs, (str, ox.NamedNode)):
        graphs = [graphs]
    return [g.value if isinstance(g, ox.NamedNode) else str(g) for g in graphs]


__all__ = ["RemoteStore", "RemoteStoreError", "RemoteTimeout", "Auth", "auth_from_env", "FLAVORS", "Flavor",
           "public_url", "GRAPH_PREFIX", "STAGING_PREFIX"]
