"""Dereferenceable IRIs: ``/id/…`` answers 303 to ``/doc/…``, served as HTML, Turtle, JSON-LD, N-Triples or RDF/XML.

The path after the base IRI is the path on this site, so ``{base}id/agency/x``
is ``/id/agency/x`` here. A suffix (``.ttl``, ``.jsonld``, ``.nt``, ``.rdf``,
``.html``) picks the format; otherwise the Accept header does.
"""

from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from twpolice import iris
from twpolice.api import negotiation
from twpolice.api.errors import SiteError, error_response
from twpolice.api.state import SiteState, get_state
from twpolice.api.views.ontology import ontology_view
from twpolice.api.views.pages import build_page, compact
from twpolice.api.views.rendering import lang_of, render

router = APIRouter()

SUFFIX_OF = {"turtle": ".ttl", "ntriples": ".nt", "jsonld": ".jsonld", "rdfxml": ".rdf", "html": ""}


def split_suffix(path: str) -> tuple[str, str | None]:
    for suffix, fmt in negotiation.SUFFIXES.items():
        if path.endswith(suffix):
            return path[: -len(suffix)], fmt
    return path, None


def not_found(request: Request, iri: str) -> Response:
    return error_response(request, SiteError(404, detail=iri))


def serialize(triples: list[ox.Triple], fmt: str) -> bytes:
    kw = {"prefixes": iris.PREFIXES} if fmt == "turtle" else {}
    return ox.serialize(triples, format=negotiation.RDF_FORMATS[fmt], **kw)


def resource_iri(st, path: str) -> str | None:
    """The IRI a site path names, or None when the path has characters no IRI may hold (a space, ``<``, ``{`` …):
    such a resource cannot exist, so it is a 404 rather than the store's ValueError."""
    iri = st.iri_of(path)
    try:
        ox.NamedNode(iri)
    except ValueError:
        return None
    return iri


def _graph_iri(st, iri: str) -> bool:
    if "/id/graph/" not in iri:
        return False
    for _ in st.graphs.quads_for_pattern(None, None, None, ox.NamedNode(iri)):
        return True
    return False


@router.get("/id/{path:path}", tags=["Linked Data"], summary="Dereference an IRI (303 See Other to its description)")
@router.head("/id/{path:path}", include_in_schema=False)
def dereference(path: str, request: Request, st: SiteState = Depends(get_state)) -> Response:
    iri = resource_iri(st, "id/" + path)
    accept = request.headers.get("accept")
    if iri is None:
        return not_found(request, "/id/" + path)
    if st.describer.exists(iri) or _graph_iri(st, iri):
        fmt = negotiation.choose(accept, "document")
        if fmt is None:
            return error_response(request, SiteError(406, detail=negotiation.offered("document")))
        target = "/doc/" + path + SUFFIX_OF[fmt]
        if request.url.query:
            target += "?" + request.url.query
        return RedirectResponse(target, status_code=303, headers={"Vary": "Accept"})
    stem, fmt = split_suffix(path)
    if fmt is not None and stem != path and st.describer.exists(st.iri_of("id/" + stem)):
        return describe(stem, fmt, request)
    return not_found(request, iri)


@router.get("/doc/{path:path}", tags=["Linked Data"],
            summary="The description of a resource (HTML, Turtle, JSON-LD, N-Triples, RDF/XML)")
@router.head("/doc/{path:path}", include_in_schema=False)
def document(path: str, request: Request) -> Response:
    stem, fmt = split_suffix(path)
    if fmt is None:
        fmt = negotiation.choose(request.headers.get("accept"), "document")
        if fmt is None:
            return error_response(request, SiteError(406, detail=negotiation.offered("document")))
    return describe(stem, fmt, request, vary=True)


def describe(stem: str, fmt: str, request: Request, vary: bool = False) -> Response:
    st = get_state(request)
    iri = resource_iri(st, "id/" + stem)
    if iri is None:
        return not_found(request, "/id/" + stem)
    headers = {"Vary": "Accept"} if vary else {}
    headers["Link"] = f'<{iri}>; rel="describes"'
    if _graph_iri(st, iri):
        return graph_document(request, iri, fmt, headers)
    if not st.describer.exists(iri):
        return not_found(request, iri)
    if fmt == "html":
        page = build_page(st, iri, lang_of(request), dict(request.query_params))
        formats = {name: "/doc/" + stem + suffix for name, suffix in SUFFIX_OF.items() if suffix}
        return render(request, "resource.html", page=page, formats=formats, compact=compact, headers=headers)
    body = serialize(st.describer.triples(iri), fmt)
    return Response(body, media_type=negotiation.content_type(fmt), headers=headers)


def graph_document(request: Request, iri: str, fmt: str, headers: dict[str, str]) -> Response:
    st = get_state(request)
    g = ox.NamedNode(iri)
    if fmt == "html":
        count = sum(1 for _ in st.graphs.quads_for_pattern(None, None, None, g))
        path = st.local_path(iri) or ""
        return render(request, "graph.html", iri=iri, count=count, path=path.replace("/id/", "/doc/", 1),
                      headers=headers)
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in st.graphs.quads_for_pattern(None, None, None, g)]
    seen = set(triples)
    triples += [t for t in st.describer.triples(iri, inbound=False) if t not in seen]  # the graph's own metadata
    return Response(serialize(triples, fmt), media_type=negotiation.content_type(fmt), headers=headers)


@router.get("/def", tags=["Linked Data"], summary="The ontology (twp:), HTML or RDF by Accept or suffix")
@router.head("/def", include_in_schema=False)
@router.get("/def{suffix}", include_in_schema=False)
@router.head("/def{suffix}", include_in_schema=False)
def ontology(request: Request, suffix: str = "", st: SiteState = Depends(get_state)) -> Response:
    fmt = negotiation.SUFFIXES.get(suffix) if suffix else negotiation.choose(request.headers.get("accept"), "document")
    if fmt is None:
        return error_response(request, SiteError(404, detail=request.url.path) if suffix
                              else SiteError(406, detail=negotiation.offered("document")))
    prefix = st.base + "def"
    triples = st.describer.triples_with_prefix(prefix)
    if fmt != "html":
        return Response(serialize(triples, fmt), media_type=negotiation.content_type(fmt), headers={"Vary": "Accept"})
    return render(request, "ontology.html", onto=ontology_view(st, triples, lang_of(request)),
                  formats={n: "/def" + s for n, s in SUFFIX_OF.items() if s})
