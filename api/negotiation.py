"""Content negotiation: Accept headers with q-values and wildcards, and ``format=`` names."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

# One registry of the RDF and result formats: pyoxigraph's format (which writes it) gives the media type, the
# Content-Type we send (text/* in UTF-8) and the file suffix; clients may also ask by these further media types.
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_ALSO_ASKED_AS: dict[str, tuple[str, ...]] = {
    "turtle": ("application/turtle", "application/x-turtle", "text/n3", "text/rdf+n3"),
    "ntriples": ("text/plain",),
    "jsonld": ("application/x-json+ld", "application/json"),
    "rdfxml": ("application/xml", "text/xml"),
    "json": ("application/json",),
    "xml": ("application/xml", "text/xml"),
}


def _sent_as(media_type: str) -> str:
    return media_type + "; charset=utf-8" if media_type.startswith("text/") and "charset" not in media_type else media_type


def _types(formats: dict) -> dict[str, tuple[tuple[str, ...], str]]:
    """format key -> (media types it answers to, the Content-Type we send)."""
    return {key: ((f.media_type.split(";")[0], *_ALSO_ASKED_AS.get(key, ())), _sent_as(f.media_type))
            for key, f in formats.items()}


SOLUTION_TYPES = _types(RESULT_FORMATS)
GRAPH_TYPES = _types(RDF_FORMATS)
HTML_TYPE: dict[str, tuple[tuple[str, ...], str]] = {
    "html": (("text/html", "application/xhtml+xml"), "text/html; charset=utf-8"),
}
# Linked Data documents: HTML first for browsers, then RDF.
DOCUMENT_TYPES = {**HTML_TYPE, **GRAPH_TYPES}
# The endpoint's answers, a page only when a browser prefers one (*/* gets results: SPARQL clients, curl).
QUERY_TYPES = {**SOLUTION_TYPES, **GRAPH_TYPES, **HTML_TYPE}
# A description that is data first (/.well-known/void: Turtle for */*), the page when a browser asks for it.
DATA_TYPES = {**GRAPH_TYPES, **HTML_TYPE}
# Error bodies: plain text for */* (curl, SPARQL clients), a page for browsers, JSON for programs that ask for it.
ERROR_TYPES: dict[str, tuple[tuple[str, ...], str]] = {
    "text": (("text/plain",), "text/plain; charset=utf-8"),
    **HTML_TYPE,
    "json": (("application/json", "application/problem+json"), "application/json"),
}

# Validation reports: JSON for programs (the default), a page for browsers, the SHACL report graph as Turtle.
REPORT_TYPES: dict[str, tuple[tuple[str, ...], str]] = {
    "json": (("application/json",), "application/json"),
    **HTML_TYPE,
    "turtle": (("text/turtle",), "text/turtle; charset=utf-8"),
}
# A documentation page (a validation rule): the page, or what it says as JSON.
PAGE_TYPES: dict[str, tuple[tuple[str, ...], str]] = {
    **HTML_TYPE,
    "json": (("application/json",), "application/json"),
}

FORMAT_NAMES: dict[str, tuple[str | None, str | None]] = {
    # name -> (solutions format, graph format)
    "json": ("json", "jsonld"), "srj": ("json", None), "xml": ("xml", "rdfxml"), "srx": ("xml", None),
    "csv": ("csv", None), "tsv": ("tsv", None),
    "turtle": (None, "turtle"), "ttl": (None, "turtle"), "n3": (None, "turtle"),
    "nt": (None, "ntriples"), "ntriples": (None, "ntriples"), "n-triples": (None, "ntriples"),
    "jsonld": (None, "jsonld"), "json-ld": (None, "jsonld"),
    "rdfxml": (None, "rdfxml"), "rdf": (None, "rdfxml"), "rdf+xml": (None, "rdfxml"), "owl": (None, "rdfxml"),
    "html": (None, None),
}
for _key, (_types, _) in SOLUTION_TYPES.items():
    for _t in _types:
        FORMAT_NAMES.setdefault(_t, (_key, None))
for _key, (_types, _) in GRAPH_TYPES.items():
    for _t in _types:
        sel, _g = FORMAT_NAMES.get(_t, (None, None))
        FORMAT_NAMES[_t] = (sel, _g or _key)

SUFFIXES = {"." + f.file_extension: key for key, f in RDF_FORMATS.items()} | {".html": "html"}


@lru_cache(maxsize=512)
def parse_accept(header: str | None) -> tuple[tuple[str, str, float], ...]:
    """Media ranges as (type, subtype, q), q=0 entries kept (they exclude)."""
    if not header:
        return (("*", "*", 1.0),)
    ranges = []
    for part in header.split(","):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        mt = bits[0].lower()
        if "/" not in mt:
            mt = "*/*" if mt == "*" else mt + "/*"
        typ, _, sub = mt.partition("/")
        q = 1.0
        for b in bits[1:]:
            k, _, v = b.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(v)))
                except ValueError:
                    q = 0.0
        ranges.append((typ, sub, q))
    return tuple(ranges) or (("*", "*", 1.0),)


def _quality(media: str, ranges) -> tuple[float, int]:
    """q of the most specific range matching ``media`` and that specificity (2 exact, 1 type/*, 0 */*)."""
    typ, _, sub = media.partition("/")
    best: tuple[int, float] | None = None
    for rt, rs, q in ranges:
        if rt == typ and rs == sub:
            spec = 2
        elif rt == typ and rs == "*":
            spec = 1
        elif rt == "*" and rs == "*":
            spec = 0
        else:
            continue
        if best is None or spec > best[0]:
            best = (spec, q)
    if best is None:
        return 0.0, -1
    return best[1], best[0]


@lru_cache(maxsize=1024)
def _choose_cached(header: str | None, table_key: str) -> str | None:
    table = _TABLES[table_key]
    ranges = parse_accept(header)
    best, best_score = None, (0.0, -1, 0, 0)
    for order, (key, (types, _)) in enumerate(table.items()):
        for alias, media in enumerate(types):
            q, spec = _quality(media, ranges)
            score = (q, spec, alias == 0, -order)  # a match on the canonical type beats one on an alias
            if q > 0 and score > best_score:
                best, best_score = key, score
    return best


_TABLES = {"solutions": SOLUTION_TYPES, "graph": GRAPH_TYPES, "document": DOCUMENT_TYPES, "error": ERROR_TYPES,
           "report": REPORT_TYPES, "page": PAGE_TYPES, "query": QUERY_TYPES, "data": DATA_TYPES}


def choose(header: str | None, table: str) -> str | None:
    """Best format key of ``table`` (a key of ``_TABLES``) for an Accept header, or None (406)."""
    return _choose_cached(header, table)


def offered(table: str) -> str:
    """The media types a table answers with, for a 406's message (「text/html, text/turtle, …」)."""
    return ", ".join(types[0] for types, _ in _TABLES[table].values())


def content_type(fmt: str) -> str:
    for table in (SOLUTION_TYPES, GRAPH_TYPES, HTML_TYPE, ERROR_TYPES):
        if fmt in table:
            return table[fmt][1]
    raise KeyError(fmt)


def from_format_params(values: list[str]) -> tuple[str | None, str | None, bool]:
    """``format=`` values → (solutions format, graph format, recognised?). The first known value wins per kind."""
    sel = graph = None
    known = False
    for raw in values:
        name = raw.strip().lower().split(";")[0].strip()
        if name in FORMAT_NAMES:
            known = True
            s, g = FORMAT_NAMES[name]
            sel = sel or s
            graph = graph or g
    return sel, graph, known
