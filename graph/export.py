"""Exports: the measurement CSV (one code path for ``convert --format csv`` and the store)
and RDF serialisations of a single converted document.

The CSV is produced by one SPARQL query over a store, so a converted file and the
built store can never disagree on what a row means.
"""

from __future__ import annotations

import tempfile

import pyoxigraph as ox

from twpolice import iris
from twpolice.converters.rdf import extraction_triples
from twpolice.csvformat import NUMERIC_COLUMNS, rows_to_csv
from twpolice.graph.build import load_vocabularies
from twpolice.graph.store import DEFAULT_GRAPH, GraphStore, to_ox
from twpolice.model import Extraction



# Several small queries joined in Python: one big query with a dozen OPTIONALs made
# Oxigraph pick a poor join order (tens of seconds for a thousand rows on disk).
_CORE = """SELECT ?m ?agency ?indicator ?vt ?value ?period ?passage ?program ?unit ?unit_iri WHERE {
  ?m a twp:Measurement ; twp:agency ?agency ; twp:indicator ?indicator ; twp:valueType ?vt ;
     twp:value ?value ; twp:period ?period ; twp:sourcePassage ?passage .
  OPTIONAL { ?m twp:program ?program } OPTIONAL { ?m twp:unitText ?unit } OPTIONAL { ?m twp:unit ?unit_iri } }"""
_LABELS = """SELECT ?s ?label WHERE { ?s skos:prefLabel ?label FILTER (langMatches(lang(?label), "zh-Hant")) }"""
_MATCHES = "SELECT ?s ?o WHERE { ?s a twp:Indicator ; skos:exactMatch ?o }"
_PERIODS = "SELECT ?s ?start ?end WHERE { ?s a twp:Period ; dcat:startDate ?start ; dcat:endDate ?end }"
_PASSAGES = """SELECT ?s ?doc ?file ?first ?last ?quote ?section WHERE {
  ?s a twp:SourcePassage ; twp:inDocument ?doc ; twp:lineStart ?first ; twp:lineEnd ?last ; twp:quote ?quote .
  ?doc twp:sourceFile ?file . OPTIONAL { ?s twp:section ?section } }"""
_PLACES = {"page": "twp:page", "locator": "twp:locator"}  # passage -> where in the original file, one scan each
_QUALIFIERS = "SELECT ?s ?q WHERE { ?s a twp:Measurement ; twp:qualifier ?q }"
# one cheap scan per attribute, keyed by measurement (no OPTIONAL joins: see above)
_ATTRIBUTES = {
    "operator": "twp:targetOperator", "reference": "twp:relativeTo|twp:comparisonPeriod",
    "printed_label": "twp:printedLabel", "value_normalized": "twp:valueNormalized",
    "unit_normalized": "twp:unitNormalized", "measure": "twp:measure", "subject": "twp:subject",
    "extraction_rule": "twp:extractionRule", "review_status": "twp:reviewStatus",
}


def _v(term) -> str:
    return "" if term is None else term.value


def _attribute_values(store: GraphStore, path: str) -> dict[str, list[str]]:
    """Measurement IRI -> the values of one attribute (sorted: the store keeps no order)."""
    out: dict[str, list[str]] = {}
    for sol in store.query(f"SELECT ?s ?o WHERE {{ ?s {path} ?o }}"):
        out.setdefault(sol["s"].value, []).append(sol["o"].value)
    return {s: sorted(v) for s, v in out.items()}


def _frame_columns(m: str, attrs: dict[str, dict[str, list[str]]], periods: dict[str, tuple[str, str]]) -> dict[str, str]:
    """The columns after ``evidence``: operator slug, reference period, statement frame, normalised value."""
    one = {name: (values.get(m) or [""])[0] for name, values in attrs.items()}
    start, end = periods.get(one["reference"], ("", ""))
    return {
        "operator": one["operator"].rsplit("/", 1)[-1], "reference_start": start, "reference_end": end,
        "printed_label": one["printed_label"], "value_normalized": one["value_normalized"],
        "unit_normalized": one["unit_normalized"], "measure": one["measure"], "subject": one["subject"],
        "extraction_rule": "; ".join(attrs["extraction_rule"].get(m, [])),
        "review_status": one["review_status"].rsplit("/", 1)[-1],
    }


def measurement_rows(store: GraphStore) -> list[dict[str, str]]:
    """One dict per measurement in CSV_COLUMNS order, sorted by file and line; a measurement
    cited from several passages is listed once, with its first passage."""
    labels: dict[str, str] = {}
    for sol in store.query(_LABELS):
        labels.setdefault(sol["s"].value, sol["label"].value)
    matches = {sol["s"].value: sol["o"].value for sol in store.query(_MATCHES)}
    periods = {sol["s"].value: (sol["start"].value, sol["end"].value) for sol in store.query(_PERIODS)}
    passages = {sol["s"].value: (sol["doc"].value, sol["file"].value, int(sol["first"].value), int(sol["last"].value),
                                 sol["quote"].value, _v(sol["section"])) for sol in store.query(_PASSAGES)}
    qualifiers: dict[str, list[str]] = {}
    for sol in store.query(_QUALIFIERS):
        qualifiers.setdefault(sol["s"].value, []).append(sol["q"].value)
    attrs = {name: _attribute_values(store, path) for name, path in _ATTRIBUTES.items()}
    places = {name: _attribute_values(store, path) for name, path in _PLACES.items()}
    best: dict[str, dict[str, str]] = {}
    for sol in store.query(_CORE):
        m, passage = sol["m"].value, passages.get(sol["passage"].value)
        if passage is None:
            continue
        doc, file, first, last, quote, section = passage
        key = (file, first)
        if m in best and (best[m]["source_file"], int(best[m]["line_start"])) <= key:
            continue
        indicator, program = sol["indicator"].value, _v(sol["program"])
        start, end = periods.get(sol["period"].value, ("", ""))
        best[m] = {
            "measurement": m, "agency": sol["agency"].value, "agency_label": labels.get(sol["agency"].value, ""),
            "program_label": labels.get(program, ""), "section": section, "indicator": indicator,
            "indicator_label": labels.get(indicator, ""), "shared_indicator": matches.get(indicator, ""),
            "kind": sol["vt"].value.rsplit("/", 1)[-1], "value": sol["value"].value, "unit": _v(sol["unit"]),
            "unit_iri": _v(sol["unit_iri"]), "period_start": start, "period_end": end,
            "qualifier": "; ".join(sorted(qualifiers.get(m, []))), "document": doc, "source_file": file,
            "line_start": str(first), "line_end": str(last), "evidence": quote,
            **_frame_columns(m, attrs, periods),
            **{name: (values.get(sol["passage"].value) or [""])[0] for name, values in places.items()},
        }
    return sorted(best.values(), key=lambda r: (r["source_file"], int(r["line_start"]), r["measurement"]))


def measurements_csv(store: GraphStore) -> bytes:
    return rows_to_csv(measurement_rows(store), numeric=NUMERIC_COLUMNS)


def extraction_store(extraction: Extraction) -> tuple[GraphStore, str]:
    """A throwaway in-memory store holding just this document (plus the vocabularies it uses)."""
    store = GraphStore.in_memory()
    load_vocabularies(store)
    graph, triples = extraction_triples(extraction)
    store.replace_graph(str(graph), triples)
    return store, str(graph)


RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


def csv_store(extraction: Extraction) -> GraphStore:
    """A throwaway in-memory store for the CSV query: the vocabularies, and this document's triples in the
    default graph only. The CSV reads only the default graph (the union), so it is the same as with
    :func:`extraction_store`, without a second copy of every triple in the document's named graph (half
    the store's time and memory for a 20 MB document)."""
    store = GraphStore.in_memory()
    load_vocabularies(store)
    _, triples = extraction_triples(extraction)
    with tempfile.TemporaryFile() as fh:  # N-Triples through a file: a third faster and lighter than Quad objects
        ox.serialize((ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples), fh,
                     format=ox.RdfFormat.N_TRIPLES)
        fh.seek(0)
        store.raw.load(fh, format=ox.RdfFormat.N_TRIPLES, to_graph=DEFAULT_GRAPH)
    return store


def serialize_extraction(extraction: Extraction, fmt: str) -> bytes:
    if fmt == "csv":
        return measurements_csv(csv_store(extraction))
    _, triples = extraction_triples(extraction)
    oxt = (ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples)  # made as written, never all held
    if fmt == "turtle":
        return ox.serialize(oxt, format=ox.RdfFormat.TURTLE, prefixes=iris.PREFIXES)
    return ox.serialize(oxt, format=RDF_FORMATS[fmt])
