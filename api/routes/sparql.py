"""The SPARQL 1.1 Protocol endpoint at ``/sparql`` (query only; update and SERVICE refused)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote_plus

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from twpolice.api import errors, negotiation
from twpolice.api.errors import SiteError
from twpolice.api.headers import CAP_HEADER, CORS_HEADERS, PATH_HEADER, ROWS_HEADER, TRUNCATED_HEADER

from twpolice.api.query.inline import point_query
from twpolice.api.query.pool import PoolBusy, QueryCrashes, QueryTimeout, WorkerFailed
from twpolice.api.state import get_state
from twpolice.api.views import void
from twpolice.sparqltext import QueryRefused, check_query, undeclared_prefix

router = APIRouter()



def _refusal(request: Request, status: int, zh: str, en: str, headers: dict[str, str] | None = None) -> Response:
    """The site's one error body (:mod:`twpolice.api.errors`): text for SPARQL clients, a page or JSON by Accept."""
    return errors.error_response(request, SiteError(status, zh, en, headers=headers))


@dataclass
class Params:
    query: str | None
    update: bool
    default: list[str]
    named: list[str]
    formats: list[str]
    timeout: str | None


def _multi(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise SiteError(413, f"查詢過大（上限 {limit} 位元組）", f"query too large (limit {limit} bytes)")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise SiteError(413, f"查詢過大（上限 {limit} 位元組）", f"query too large (limit {limit} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SiteError(400, "查詢必須是 UTF-8 編碼", f"the query must be UTF-8 encoded: {exc}") from exc


async def read_params(request: Request, max_bytes: int) -> Params:
    """Collect protocol parameters from the URL and, for POST, the body (form or direct query)."""
    url = _multi(parse_qsl(request.url.query, keep_blank_values=True))
    params = dict(url)
    body_query: str | None = None
    if request.method == "POST":
        raw_type = request.headers.get("content-type")
        ctype = (raw_type or "").split(";")[0].strip().lower()
        charset = ""
        for part in (raw_type or "").split(";")[1:]:
            k, _, v = part.partition("=")
            if k.strip().lower() == "charset":
                charset = v.strip().strip('"').lower()
        if ctype == "application/sparql-update":
            raise SiteError(403, "本端點唯讀：不接受 SPARQL Update", "this endpoint is read-only: SPARQL Update is refused")
        if ctype not in ("application/x-www-form-urlencoded", "application/sparql-query"):
            if not ctype:
                raise SiteError(400, "POST 需要 Content-Type（application/x-www-form-urlencoded 或 application/sparql-query）",
                                    "POST needs a Content-Type (application/x-www-form-urlencoded or application/sparql-query)")
            raise SiteError(415, f"不支援的 Content-Type：{ctype}", f"unsupported Content-Type: {ctype}")
        if charset and charset not in ("utf-8", "utf8"):
            raise SiteError(415, f"只接受 UTF-8（收到 charset={charset}）", f"only UTF-8 is accepted (got charset={charset})")
        body = await _read_body(request, max_bytes + 4096)
        if ctype == "application/sparql-query":
            if "query" in url:
                raise SiteError(400, "查詢不可同時出現在網址與內容", "the query cannot be in both the URL and the body")
            body_query = _decode(body)
        else:
            form = _multi(parse_qsl(_decode(body), keep_blank_values=True))
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
    if "update" in params:
        raise SiteError(403, "本端點唯讀：不接受 SPARQL Update", "this endpoint is read-only: SPARQL Update is refused")
    queries = params.get("query", [])
    if body_query is not None:
        queries = [body_query]
    if len(queries) > 1:
        raise SiteError(400, "只能有一個 query 參數", "exactly one query parameter is allowed")
    timeout = params.get("timeout", [None])[-1]
    return Params(queries[0] if queries else None, False, params.get("default-graph-uri", []),
                  params.get("named-graph-uri", []), params.get("format", []), timeout)


def _timeout(value: str | None, limit: float) -> float:
    if value is None or value == "":
        return limit
    try:
        t = float(value)
    except ValueError as exc:
        raise SiteError(400, f"timeout 必須是秒數：{value}", f"timeout must be a number of seconds: {value}") from exc
    if not math.isfinite(t) or t <= 0:
        raise SiteError(400, f"timeout 必須大於 0：{value}", f"timeout must be > 0: {value}")
    return min(t, limit)


async def handle(request: Request) -> Response:
    st = get_state(request)
    try:
        params = await read_params(request, st.max_query_bytes)
        if params.query is None:
            if request.method == "GET":
                return service_description(request)
            raise SiteError(400, "缺少 query 參數", "missing query parameter")
        query = params.query
        if len(query.encode("utf-8")) > st.max_query_bytes:
            raise SiteError(413, f"查詢過大（上限 {st.max_query_bytes} 位元組）",
                                f"query too large (limit {st.max_query_bytes} bytes)")
        try:
            info = check_query(query)
        except QueryRefused as exc:
            raise SiteError(exc.status, exc.zh, exc.en) from exc
        if info.has_service:
            raise SiteError(403, "不允許 SERVICE（聯邦查詢）：本端點不代為呼叫其他端點",
                                "SERVICE (federated query) is not allowed: this endpoint does not call other endpoints")
        timeout = _timeout(params.timeout, st.query_timeout)
        accept = request.headers.get("accept")
        if params.formats:
            sel, graph, known = negotiation.from_format_params(params.formats)
            if not known:
                raise SiteError(406, f"不支援的格式：{', '.join(params.formats)}",
                                    f"unsupported format: {', '.join(params.formats)}")
        else:
            if request.method == "GET" and negotiation.choose(accept, "query") == "html":
                return RedirectResponse("/query?run=1&query=" + quote(query, safe=""), status_code=303)
            sel, graph = negotiation.choose(accept, "solutions"), negotiation.choose(accept, "graph")
        wanted = sel if info.form in ("SELECT", "ASK") else graph if info.form in ("CONSTRUCT", "DESCRIBE") else "?"
        if wanted is None:
            raise SiteError(406, "無法以要求的格式回應此查詢", _not_acceptable(info.form))
        req = {"query": query, "sel": sel, "graph": graph, "cap": st.row_cap, "union": not info.has_from,
               "graphs": info.has_from or info.has_graph}
        if params.default or params.named:
            req["default"], req["named"] = params.default, params.named
        key = (query, sel, graph, tuple(params.default), tuple(params.named))
        hit = st.cache.get(key)
        if hit is not None:
            meta, body = hit
            path = "cache"
        else:
            answer = _inline(st, query, req)
            path = "inline" if answer is not None else "worker"
            if answer is not None:
                meta, body = answer
            else:
                async with st.fairness.admit(request.client.host if request.client else "", key, timeout):
                    meta, body = await st.runner.run(req, timeout)
            if meta.get("status") == 200:
                st.cache.put(key, meta, body)
    except SiteError as exc:
        return errors.error_response(request, exc)
    except QueryTimeout:
        return _refusal(request, 503, f"查詢超過時間上限（{timeout:g} 秒），已中止。請縮小查詢範圍或加上 LIMIT。",
                              f"The query exceeded the time limit ({timeout:g} s) and was stopped. Narrow it or add a LIMIT.",
                              {"Retry-After": "1"})
    except PoolBusy:
        return _refusal(request, 503, "伺服器忙碌：所有查詢程序都在執行長查詢，請稍後再試。",
                              "Server busy: every query process is running a long query; try again shortly.",
                              {"Retry-After": "2"})
    except QueryCrashes:
        return _refusal(request, 400, "查詢巢狀過深或運算式過長，查詢引擎無法處理（已試兩次）：請簡化查詢。",
                              "The query is too deeply nested (or its expression too long) for the query engine, "
                              "which crashed on it twice: simplify it.")
    except WorkerFailed as exc:
        return _refusal(request, 503, "查詢程序意外結束，請重試。", f"The query process ended unexpectedly; retry. ({exc})")
    status = meta.get("status", 500)
    if status == 400:
        first = meta.get("message", "")
        missing = undeclared_prefix(query, first) if meta.get("error") == "syntax" else None
        if missing is not None:
            prefix, line, col = missing
            return _refusal(
                request,
                400, f"SPARQL 語法錯誤：未宣告的前綴「{prefix}:」（第 {line} 行第 {col} 字）。請加上 PREFIX {prefix}: <…>，"
                     "或改用本站預先宣告的前綴（見 /query 頁右側）。",
                f"SPARQL syntax error: undeclared prefix \"{prefix}:\" (line {line}, column {col}). Add PREFIX "
                f"{prefix}: <…>, or use one of the prefixes this site declares (listed on /query).")
        label = ("SPARQL 語法錯誤", "SPARQL syntax error") if meta.get("error") == "syntax" else ("查詢錯誤", "query error")
        return _refusal(request, 400, f"{label[0]}：{first}", f"{label[1]}: {first}")
    if status == 406:
        return _refusal(request, 406, "無法以要求的格式回應此查詢", _not_acceptable(meta.get("kind")))
    if status != 200:
        return _refusal(request, 500, "內部錯誤", f"internal error: {meta.get('message', '')}")
    headers = {ROWS_HEADER: str(meta.get("rows", 0)), PATH_HEADER: path, "Vary": "Accept"}
    if meta.get("truncated"):
        headers[TRUNCATED_HEADER] = "true"
        headers[CAP_HEADER] = str(st.row_cap)
    return Response(body, media_type=negotiation.content_type(meta["fmt"]), headers=headers)


def _inline(st, query: str, req: dict) -> tuple[dict, bytes] | None:
    """The answer from the web process itself when the query is provably cheap (:mod:`twpolice.api.query.inline`)."""
    inline = getattr(st, "inline", None)
    if inline is None or "default" in req:
        return None
    plan = inline.plan(query)
    return inline.run(plan, req) if plan is not None else None


def _not_acceptable(form: str | None) -> str:
    if form in ("SELECT", "ASK", "solutions", "boolean"):
        return ("not acceptable: SELECT/ASK results are available as application/sparql-results+json, "
                "application/sparql-results+xml, text/csv, text/tab-separated-values")
    return ("not acceptable: CONSTRUCT/DESCRIBE results are available as text/turtle, application/n-triples, "
            "application/ld+json, application/rdf+xml")


def service_description(request: Request) -> Response:
    st = get_state(request)
    accept = request.headers.get("accept")
    if negotiation.choose(accept, "query") == "html":  # a browser: the query editor
        return RedirectResponse("/query", status_code=303)
    fmt = negotiation.choose(accept, "graph")
    if fmt is None:
        return _refusal(request, 406, "服務描述僅提供 RDF 格式", "the service description is available in RDF formats only")
    return Response(void.service_description(st, fmt, str(request.base_url)), media_type=negotiation.content_type(fmt),
                    headers={"Vary": "Accept"})


@router.get("/sparql", summary="SPARQL 1.1 query (GET)", tags=["SPARQL"],
            description="`query` (SPARQL text; without it: the Service Description in Turtle), `default-graph-uri`, "
                        "`named-graph-uri`, `format` (json, xml, csv, tsv, turtle, nt, jsonld, rdfxml), "
                        "`timeout` (seconds, may only lower the server's limit). Results by Accept header.")
async def sparql_get(request: Request) -> Response:
    return await handle(request)


@router.post("/sparql", summary="SPARQL 1.1 query (POST)", tags=["SPARQL"],
             description="Form-encoded (`query=`…) or a direct `application/sparql-query` body. Update is refused (403).")
async def sparql_post(request: Request) -> Response:
    return await handle(request)


class SparqlFastPath:
    """Outermost ASGI middleware: ``GET``/``POST /sparql`` go straight to :func:`handle`.

    The protocol handler needs neither routing, nor the exception middleware, nor the generic
    CORS middleware (it sets the CORS headers itself), and skipping them is most of the
    per-request overhead of a point look-up. The commonest request of all, ``GET
    /sparql?query=SELECT…{ <iri> ?p ?o }`` with nothing else in the URL, is answered from the
    raw ASGI scope (:meth:`point`), without building a request or response object.
    Everything else (OPTIONS preflight included) takes the normal path.
    """

    def __init__(self, app, fastapi_app=None) -> None:
        self.app = app
        self.fastapi_app = fastapi_app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["path"] == "/sparql" and scope["method"] in ("GET", "POST"):
            answer = self.point(scope) if scope["method"] == "GET" else None
            if answer is not None:
                await send(answer[0])
                await send(answer[1])
                return
            scope["app"] = self.fastapi_app
            request = Request(scope, receive)
            response = await handle(request)
            if request.headers.get("origin"):
                response.headers.update(CORS_HEADERS)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def point(self, scope) -> tuple[dict, dict] | None:
        """The two ASGI messages answering a point look-up, or None when the request needs the full handler.

        Only ``query=…`` in the URL (no format, timeout or graph parameters), an Accept header that picks a
        results format without preferring HTML, and a query :func:`~twpolice.api.query.inline.point_query` accepts;
        the answer is the one :func:`handle` gives (tests compare them)."""
        qs = scope["query_string"]
        st = self.fastapi_app.state.twp
        inline = getattr(st, "inline", None)
        if inline is None or not qs.startswith(b"query=") or b"&" in qs or len(qs) > st.max_query_bytes:
            return None
        accept, cors = None, False
        for name, value in scope["headers"]:
            if name == b"accept":
                accept = value.decode("latin-1")
            elif name == b"origin":
                cors = True
        if accept is not None and "html" in accept:
            return None
        fmt = negotiation.choose(accept, "solutions")
        if fmt is None:
            return None
        try:
            text = unquote_plus(qs[6:].decode("ascii"), errors="strict")
        except UnicodeDecodeError:
            return None
        point = point_query(text)
        if point is None:
            return None
        meta, body = inline.answer_point(point, fmt, st.row_cap)
        headers = {"content-type": _CONTENT_TYPES[fmt], "content-length": str(len(body)),
                   ROWS_HEADER: str(meta["rows"]), PATH_HEADER: "inline", "vary": "Accept"}
        if meta["truncated"]:
            headers |= {TRUNCATED_HEADER: "true", CAP_HEADER: str(st.row_cap)}
        if cors:
            headers |= CORS_HEADERS
        return ({"type": "http.response.start", "status": 200,
                 "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]},
                {"type": "http.response.body", "body": body})


_CONTENT_TYPES = {fmt: negotiation.content_type(fmt) for fmt in ("json", "xml", "csv", "tsv")}
