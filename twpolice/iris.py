"""Namespaces and the deterministic IRI patterns of the graph (same input, same IRI).

The base is configurable per deployment (``TWPOLICE_BASE``); everything minted
here is under it. Vocabulary terms live in ``{base}def#``, things under ``{base}id/``.
"""

from __future__ import annotations

import hashlib
import os
import re

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, QB, RDF, RDFS, SKOS, XSD

DEFAULT_BASE = "https://w3id.org/twpolice/"
BASE = os.environ.get("TWPOLICE_BASE", DEFAULT_BASE)
if not BASE.endswith("/"):
    BASE += "/"

TWP = Namespace(BASE + "def#")
ID = Namespace(BASE + "id/")
SHAPES = Namespace(BASE + "shapes#")
IND = Namespace(BASE + "id/indicator/")
VT = Namespace(BASE + "id/value-type/")
OP = Namespace(BASE + "id/target-operator/")
DOCTYPE = Namespace(BASE + "id/document-type/")
TWPU = Namespace(BASE + "id/unit/")
CAT = Namespace(BASE + "id/category/")
SCHEME = Namespace(BASE + "id/scheme/")
MEASURE = Namespace(BASE + "id/measure/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
SCHEMA = Namespace("http://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")
SDMX_ATTR = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
VOID = Namespace("http://rdfs.org/ns/void#")

# Graph names for the non-document graphs.
GRAPH_ONTOLOGY = ID["graph/ontology"]
GRAPH_AGENCIES = ID["graph/agencies"]
GRAPH_DERIVED = ID["graph/derived"]  # what the build derives from the documents (graph/derived.py)
GRAPH_CATALOGUE = ID["graph/catalogue"]  # a release's data set descriptions, in its dumps (graph/publish.py)

PREFIXES: dict[str, str] = {
    "twp": str(TWP),
    "ind": str(IND),
    "vt": str(VT),
    "op": str(OP),
    "doctype": str(DOCTYPE),
    "twpu": str(TWPU),
    "cat": str(CAT),
    "measure": str(MEASURE),
    "scheme": str(SCHEME),
    "unit": str(UNIT),
    "qudt": str(QUDT),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "dcat": str(DCAT),
    "foaf": str(FOAF),
    "org": str(ORG),
    "prov": str(PROV),
    "qb": str(QB),
    "schema": str(SCHEMA),
    "oa": str(OA),
    "time": str(TIME),
    "sdmx-attribute": str(SDMX_ATTR),
    "spdx": str(SPDX),
    "void": str(VOID),
}


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def short_hash(*parts: object, length: int = 12) -> str:
    """Stable short hash of a natural key (unit separator between parts)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    return _SLUG_RE.sub("-", text.lower()).strip("-")


# The functions below return plain strings: IRIs are minted by the thousand per document
# and rdflib's URIRef/Namespace validation would dominate conversion time.
_ID = BASE + "id/"


def agency(key: str) -> str:
    return f"{_ID}agency/{key}"


def place(moi_code: str) -> str:
    return f"{_ID}place/{moi_code}"


def period(slug: str) -> str:
    return f"{_ID}period/{slug}"


def document(agency_key: str, doc_slug: str) -> str:
    return f"{_ID}document/{agency_key}/{doc_slug}"


def document_graph(agency_key: str, doc_slug: str) -> str:
    """Named graph holding everything converted from one document."""
    return f"{_ID}graph/{agency_key}/{doc_slug}"


def document_key(document_iri: str) -> tuple[str, str] | None:
    """(agency key, document slug) of an IRI minted by :func:`document`, under whatever base it was minted with;
    None for any other IRI."""
    _, sep, rest = document_iri.rpartition("/id/document/")
    parts = rest.split("/")
    return (parts[0], parts[1]) if sep and len(parts) == 2 and all(parts) else None


def graph_of_document(document_iri: str) -> str | None:
    """The named graph of a document (``…/id/document/a/b`` → ``…/id/graph/a/b``), under the document's base."""
    key = document_key(document_iri)
    if key is None:
        return None
    return document_iri[:document_iri.rindex("/id/document/")] + "/id/graph/" + "/".join(key)


def dataset(agency_key: str, doc_slug: str, level: str) -> str:
    """qb:DataSet per document and structure level ("agency" or "program")."""
    return f"{_ID}dataset/{agency_key}/{doc_slug}/{level}"


def passage(agency_key: str, doc_slug: str, line_start: int, line_end: int, quote: str, locator: str = "") -> str:
    """A passage of a document; ``locator`` (a DOCX/ODT paragraph or table cell) tells apart two figures of one
    table row, which quote the same row."""
    tail = f"-{short_hash(locator, length=6)}" if locator else ""
    return f"{_ID}document/{agency_key}/{doc_slug}/passage/L{line_start}-L{line_end}-{short_hash(quote, length=8)}{tail}"


def program(agency_key: str, doc_slug: str, key: str) -> str:
    return f"{_ID}program/{agency_key}/{doc_slug}-{short_hash(key, length=10)}"


def local_indicator(agency_key: str, printed_label: str) -> str:
    """An as-printed indicator concept in the agency's own scheme (shared across its documents)."""
    return f"{_ID}indicator/{agency_key}/i-{short_hash(printed_label, length=10)}"


def local_indicator_scheme(agency_key: str) -> str:
    return f"{_ID}scheme/indicator/{agency_key}"


def shared_indicator(slug: str) -> str:
    return f"{_ID}indicator/{slug}"


def measurement(agency_key: str, *natural_key: object) -> str:
    return f"{_ID}measurement/{agency_key}/{short_hash(*natural_key, length=16)}"


def machine_reading(measurement_iri: str) -> str:
    """The converter's reading a reviewer corrected (``prov:wasRevisionOf`` of the corrected measurement)."""
    return f"{measurement_iri}/machine-reading"


def reviewer(agency_key: str, name: str) -> str:
    """A reviewer of an agency's documents, by name (hashed: the IRI does not spell the person's name)."""
    return f"{_ID}reviewer/{agency_key}/{short_hash(name, length=12)}"


def review_status(status: str) -> str:
    return f"{_ID}review-status/{status}"


def value_type(kind: str) -> str:
    return f"{_ID}value-type/{kind}"


def target_operator(op: str) -> str:
    return f"{_ID}target-operator/{op}"


def genre(g: str) -> str:
    return f"{_ID}document-type/{g}"


def funding_source(source: str) -> str:
    return f"{_ID}funding-source/{source}"


def category(slug: str) -> str:
    return f"{_ID}category/{slug}"


def measure(slug: str) -> str:
    """A measure of the measure vocabulary (發生數 occurrences, 破獲率 clearance rate …; ontology/measures.ttl)."""
    return f"{_ID}measure/{slug}"
