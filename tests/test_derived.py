"""Target-actual pairs derived at build time (graph/derived.py): the pairing rule, kept up to date as
documents change, read by Q4, and checked by R-paired-actual."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from twpolice import iris
from twpolice.api.queries import ready_queries
from twpolice.graph.derived import PAIRED_ACTUAL, refresh_derived, target_actual_pairs
from twpolice.graph.store import GraphStore

E = "https://example.org/"
PREFIXES = f"""
@prefix twp: <{iris.TWP}> . @prefix vt: <{iris.VT}> . @prefix op: <{iris.OP}> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix qb: <http://purl.org/linked-data/cube#> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix e: <{E}> .
"""
PERIODS = """
e:y2022 a twp:Period ; rdfs:label "民國111年"@zh-Hant ; dcat:startDate "2022-01-01"^^xsd:date ; dcat:endDate "2022-12-31"^^xsd:date .
e:h2022 a twp:Period ; rdfs:label "民國111年上半年"@zh-Hant ; dcat:startDate "2022-01-01"^^xsd:date ; dcat:endDate "2022-06-30"^^xsd:date .
e:y2023 a twp:Period ; rdfs:label "民國112年"@zh-Hant ; dcat:startDate "2023-01-01"^^xsd:date ; dcat:endDate "2023-12-31"^^xsd:date .
e:shared1 a twp:Indicator ; skos:prefLabel "全般刑案破獲率"@zh-Hant .
e:plan1 skos:exactMatch e:shared1 . e:report1 skos:exactMatch e:shared1 .
"""


def _document(name: str, measurements: list[tuple]) -> str:
    """Turtle for one document: its dataset, title and measurements (id, value type, agency, indicator,
    period, value)."""
    out = [PREFIXES, f'e:ds-{name} a qb:DataSet ; prov:hadPrimarySource e:doc-{name} .',
           f'e:doc-{name} dcterms:title "{name}"@zh-Hant .']
    for mid, kind, agency, indicator, period, value in measurements:
        extra = " ; twp:targetOperator op:at-least" if kind == "target" else ""
        out.append(f"e:{mid} twp:valueType vt:{kind} ; twp:agency e:{agency} ; twp:indicator e:{indicator} ; "
                   f"twp:period e:{period} ; twp:value {value} ; qb:dataSet e:ds-{name}{extra} .")
    return "\n".join(out)


PLAN = _document("plan", [
    ("t1", "target", "taipei", "plan1", "y2022", 85),     # printed differently, same shared indicator
    ("t2", "target", "taipei", "own", "y2022", 10),       # unmapped, the same indicator IRI in both
    ("t3", "target", "taipei", "own-plan", "y2022", 5),   # unmapped, a different IRI: not the same indicator
])
REPORT_ROWS = [
    ("x1", "actual", "taipei", "report1", "y2022", 90),      # pairs with t1
    ("x2", "actual", "taipei", "report1", "h2022", 40),      # overlapping half year: pairs with t1
    ("x3", "actual", "taipei", "report1", "y2023", 95),      # another year
    ("x4", "actual", "kaohsiung", "report1", "y2022", 99),   # another agency
    ("b1", "baseline", "taipei", "report1", "y2022", 80),    # a baseline is not an actual
    ("x5", "actual", "taipei", "own", "y2022", 8),           # pairs with t2
    ("x6", "actual", "taipei", "own-report", "y2022", 7),    # t3's wording, another IRI
]
REPORT = _document("report", REPORT_ROWS)
EXPECTED = {("t1", "x1"), ("t1", "x2"), ("t2", "x5")}


def _load(store, graph: str, turtle: str) -> None:
    triples = [(q.subject, q.predicate, q.object) for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)]
    store.replace_graph(graph, triples)


def _stored_pairs(store) -> set[tuple[str, str]]:
    rows = store.query(f"SELECT ?t ?x WHERE {{ GRAPH <{iris.GRAPH_DERIVED}> {{ ?t <{PAIRED_ACTUAL}> ?x }} }}")
    return {(r["t"].value.removeprefix(E), r["x"].value.removeprefix(E)) for r in rows}


def _fill(store) -> None:
    _load(store, E + "graph/periods", PREFIXES + PERIODS)
    _load(store, E + "graph/plan", PLAN)
    _load(store, E + "graph/report", REPORT)


def test_pairing_rule():
    store = GraphStore.in_memory()
    _fill(store)
    assert refresh_derived(store) == len(EXPECTED)
    assert _stored_pairs(store) == EXPECTED


def test_pairs_follow_the_documents():
    store = GraphStore.in_memory()
    _fill(store)
    refresh_derived(store)
    digest = store.content_hash(str(iris.GRAPH_DERIVED))
    refresh_derived(store)  # nothing changed: the graph is not rewritten
    assert store.content_hash(str(iris.GRAPH_DERIVED)) == digest
    _load(store, E + "graph/report", _document("report", [r for r in REPORT_ROWS if r[0] != "x1"]))
    refresh_derived(store)
    assert _stored_pairs(store) == {("t1", "x2"), ("t2", "x5")}
    assert not store.query(f"ASK {{ <{E}t1> <{PAIRED_ACTUAL}> <{E}x1> }}")  # gone from the union too
    store.drop_graph(E + "graph/report")
    assert refresh_derived(store) == 0 and _stored_pairs(store) == set()


def test_q4_reads_the_pairs():
    store = GraphStore.in_memory()
    _fill(store)
    refresh_derived(store)
    q4 = next(q for q in ready_queries() if q.id.startswith("q4-"))
    rows = {(r["target"].value, r["actual"].value, r["achieved"].value, r["targetDocument"].value,
             r["actualDocument"].value) for r in store.query(q4.text)}
    assert rows == {("85", "90", "true", "plan", "report"), ("85", "40", "partial-period", "plan", "report"),
                    ("10", "8", "false", "plan", "report")}


def test_build_derives_the_pairs(full_store):
    stored = _stored_pairs(full_store)
    assert stored and stored == set(target_actual_pairs(full_store))


def test_a_pair_across_agencies_is_a_violation():
    from rdflib import URIRef

    from twpolice.shapes.loaders import load_submission
    from twpolice.shapes.rules import FIXTURES
    from twpolice.shapes.validator import validate_graph

    graph = load_submission(FIXTURES / "R-paired-actual-valid.ttl")
    m1 = URIRef(f"{iris.BASE}id/measurement/kaohsiung-police/m1")
    graph.set((m1, iris.TWP["agency"], URIRef(f"{iris.BASE}id/agency/taipei-police")))
    result = validate_graph(graph, "core")
    messages = [r.message["en"] for r in result.results if r.rule == "R-paired-actual"]
    assert any("belongs to agency" in m and "taipei-police" in m for m in messages), messages


@pytest.mark.live
def test_a_remote_store_derives_the_same_pairs(tmp_path):
    """`twpolice build --store URL` derives the pairs on the server through the same interface."""
    from test_remote import running_oxigraph

    from twpolice.graph.remote import RemoteStore

    with running_oxigraph(tmp_path, timeout_s=60) as url:
        remote = RemoteStore(url)
        _fill(remote)
        assert refresh_derived(remote) == len(EXPECTED)
        assert _stored_pairs(remote) == EXPECTED
        remote.drop_graph(E + "graph/report")
        refresh_derived(remote)
        assert _stored_pairs(remote) == set()
