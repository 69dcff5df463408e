"""Home, search, query editor, dataset description (VoID/DCAT) and API docs."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from twpolice import iris
from twpolice.api import negotiation
from twpolice.api.errors import SiteError
from twpolice.api.releases import dump_links
from twpolice.api.research import by_id, ready_queries
from twpolice.api.routes.compare import offered
from twpolice.api.state import LICENSE, LICENSE_NOTE, SiteState, get_state
from twpolice.api.views.pages import View, compact
from twpolice.api.views.rendering import lang_of, render
from twpolice.api.views.void import VOCABULARIES, example_resources, void_document

router = APIRouter()

HOME_DOCS = """
SELECT ?d ?publisher ?temporal ?issued WHERE { ?d a twp:Document .
  OPTIONAL { ?d dcterms:publisher ?publisher } OPTIONAL { ?d dcterms:temporal ?temporal }
  OPTIONAL { ?d dcterms:issued ?issued } } ORDER BY ?publisher ?issued ?d LIMIT 200
"""
HOME_AGENCIES = """
SELECT ?a (COUNT(DISTINCT ?d) AS ?docs) WHERE { ?a a twp:Agency .
  OPTIONAL { ?d a twp:Document ; dcterms:publisher ?a } } GROUP BY ?a ORDER BY DESC(?docs) ?a LIMIT 100
"""


@router.get("/", include_in_schema=False)
def home(request: Request, st: SiteState = Depends(get_state)) -> Response:
    lang = lang_of(request)
    v = View(st, lang)
    docs = [{"doc": v.term(r["d"]), "publisher": v.term(r["publisher"]) if r["publisher"] else None,
             "period": v.term(r["temporal"]) if r["temporal"] else None,
             "issued": r["issued"].value if r["issued"] else ""} for r in st.describer.select(HOME_DOCS)]
    agencies = [{"agency": v.term(r["a"]), "docs": int(r["docs"].value)} for r in st.describer.select(HOME_AGENCIES)]
    return render(request, "home.html", docs=docs, agencies=agencies, queries=ready_queries(), dumps=dump_links(st),
                  stats=st.stats, generation=st.generation, choices=offered(v))


@router.get("/search", tags=["Site"], summary="Search agencies, indicators and programs by name (zh or en)")
def search(request: Request, q: str = Query("", max_length=200), format: str | None = None, st: SiteState = Depends(get_state)) -> Response:
    lang = lang_of(request)
    v = View(st, lang)
    hits = st.search.search(q)
    rows = [{"iri": h.iri, "kind": h.kind, "matched": h.label, "label": v.d.label(h.iri, lang) or h.label,
             "href": v.href(h.iri)} for h in hits]
    if format == "json" or negotiation.choose(request.headers.get("accept"), "page") == "json":
        return JSONResponse({"query": q, "results": rows})
    return render(request, "search.html", q=q, rows=rows)


@router.get("/query", include_in_schema=False)
def query_page(request: Request, id: str | None = None, query: str | None = None, st: SiteState = Depends(get_state)) -> Response:
    ready = by_id(id) if id else None
    text = query if query is not None else ready.text if ready else ready_queries()[0].text
    return render(request, "query.html", text=text, ready=ready, queries=ready_queries(),
                  prefixes=sorted(iris.PREFIXES.items()), timeout=st.query_timeout, cap=st.row_cap)


@router.get("/queries/{qid}.rq", tags=["Site"], summary="A ready-made research query as text")
def query_text(qid: str) -> Response:
    q = by_id(qid)
    if q is None:
        raise SiteError(404)
    return Response(q.text, media_type="application/sparql-query; charset=utf-8")


@router.get("/queries", tags=["Site"], summary="The ready-made research queries (JSON)")
def queries_json(request: Request) -> Response:
    return JSONResponse([{"id": q.id, "title": {"zh-Hant": q.title_zh, "en": q.title_en},
                          "description": {"zh-Hant": q.description_zh, "en": q.description_en},
                          "editor": f"/query?id={q.id}&run=1", "text": f"/queries/{q.id}.rq", "query": q.text}
                         for q in ready_queries()])


def _void(request: Request, table: str) -> Response:
    """The dataset description in the format ``format=`` names, else as Accept prefers it from ``table``."""
    st = get_state(request)
    fmt = negotiation.choose(request.headers.get("accept"), table)
    fmt_param = request.query_params.get("format")
    if fmt_param:
        fmt = negotiation.from_format_params([fmt_param])[1] or ("html" if fmt_param == "html" else None)
    if fmt is None:
        raise SiteError(406, detail=negotiation.offered(table))
    site = str(request.base_url)
    if fmt == "html":
        lang = lang_of(request)
        v = View(st, lang)
        examples = [v.iri(e) for e in example_resources(st)]
        classes = [(v.iri(c), n) for c, n in list(st.stats.classes.items())[:30]]
        return render(request, "dataset.html", stats=st.stats, examples=examples, classes=classes, dumps=dump_links(st),
                      licence=LICENSE, licence_note=LICENSE_NOTE.text(lang),
                      vocabularies=[(compact(x), x) for x in VOCABULARIES], site=site.rstrip("/"))
    return Response(void_document(st, fmt, site), media_type=negotiation.content_type(fmt), headers={"Vary": "Accept"})


@router.get("/dataset", tags=["Dataset"], summary="DCAT/VoID description (HTML, or RDF by Accept)")
def dataset(request: Request) -> Response:
    return _void(request, "document")


@router.get("/.well-known/void", tags=["Dataset"], summary="VoID description (Turtle by default)")
def well_known_void(request: Request) -> Response:
    return _void(request, "data")


@router.get("/docs", include_in_schema=False)
def api_docs(request: Request) -> Response:
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [(p.get("name"), p.get("in"), p.get("required", False)) for p in op.get("parameters", [])]
            ops.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params,
                        "tags": ", ".join(op.get("tags", []))})
    return render(request, "docs.html", ops=ops, title=spec.get("info", {}).get("title", ""))


@router.get("/redoc", include_in_schema=False)
def redoc_redirect() -> Response:
    return RedirectResponse("/docs", status_code=307)
