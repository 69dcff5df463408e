"""Exports: the measurement CSV (one code path for ``convert --format csv`` and the store)
and RDF serialisations of a single converted document.

The CSV is produced by one SPARQL query over a store, so a converted file and the
built store can never disagree on what a row means.
"""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox

from twpolice.graph.store import GraphStore
from twpolice.model import Extraction

CSV_COLUMNS = (
    "measurement", "agency", "agency_label", "program_label", "section", "indicator", "indicator_label",
    "shared_indicator", "kind", "value", "unit", "unit_iri", "period_start", "period_end", "qualifier",
    "document", "source_file", "line_start", "line_end", "evidence",
)

MEASUREMENTS_QUERY = """
SELECT ?measurement ?agency ?agency_label ?program_label ?section ?indicator ?indicator_label
       ?shared_indicator ?kind ?value ?unit ?unit_iri ?period_start ?period_end ?qualifier
       ?document ?source_file ?line_start ?line_end ?evidence
WHERE {
  ?measurement a twp:Measurement ;
     twp:agency ?agency ; twp:indicator ?indicator ; twp:valueType ?vt ; twp:value ?value ;
     twp:period ?period ; twp:sourcePassage ?passage .
  BIND (STRAFTER(STR(?vt), "/value-type/") AS ?kind)
  OPTIONAL { ?agency skos:prefLabel ?agency_label FILTER (langMatches(lang(?agency_label), "zh-Hant")) }
  OPTIONAL { ?measurement twp:program/skos:prefLabel ?program_label FILTER (langMatches(lang(?program_label), "zh-Hant")) }
  OPTIONAL { ?indicator skos:prefLabel ?indicator_label FILTER (langMatches(lang(?indicator_label), "zh-Hant")) }
  OPTIONAL { ?indicator skos:exactMatch ?shared_indicator }
  OPTIONAL { ?measurement twp:unitText ?unit }
  OPTIONAL { ?measurement twp:unit ?unit_iri }
  ?period dcat:startDate ?period_start ; dcat:endDate ?period_end .
  OPTIONAL {
    SELECT ?measurement (GROUP_CONCAT(?q; separator="; ") AS ?qualifier)
    WHERE { ?measurement twp:qualifier ?q } GROUP BY ?measurement
  }
  ?passage twp:inDocument ?document ; twp:lineStart ?line_start ; twp:lineEnd ?line_end ; twp:quote ?evidence .
  OPTIONAL { ?passage twp:section ?section }
  ?document twp:sourceFile ?source_file .
}
ORDER BY ?source_file ?line_start ?measurement
"""


def measurement_rows(store: GraphStore) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for sol in store.query(MEASUREMENTS_QUERY):
        row = {c: (sol[c].value if sol[c] is not None else "") for c in CSV_COLUMNS}
        if row["measurement"] in seen:  # a measurement cited from two passages: first passage wins
            continue
        seen.add(row["measurement"])
        rows.append(row)
    return rows


def rows_to_csv(rows: list[dict[str, str]], columns=CSV_COLUMNS) -> bytes:
    """UTF-8 with BOM (Excel in Taiwan needs it), CRLF line ends as RFC 4180 says."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def measurements_csv(store: GraphStore) -> bytes:
    return rows_to_csv(measurement_rows(store))


def extraction_store(extraction: Extraction) -> tuple[GraphStore, str]:
    """A throwaway in-memory store holding just this document (plus the vocabularies it uses)."""
    from twpolice.converters.rdf import extraction_triples
    from twpolice.graph.build import load_vocabularies

    store = GraphStore.in_memory()
    load_vocabularies(store)
    graph, triples = extraction_triples(extraction)
    store.replace_graph(str(graph), triples)
    return store, str(graph)


RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


def serialize_extraction(extraction: Extraction, fmt: str) -> bytes:
    if fmt == "csv":
        store, _ = extraction_store(extraction)
        return measurements_csv(store)
    from twpolice import iris
    from twpolice.converters.rdf import extraction_triples
    from twpolice.graph.store import to_ox

    _, triples = extraction_triples(extraction)
    oxt = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]
    if fmt == "turtle":
        return ox.serialize(oxt, format=ox.RdfFormat.TURTLE, prefixes=iris.PREFIXES)
    return ox.serialize(oxt, format=RDF_FORMATS[fmt])
