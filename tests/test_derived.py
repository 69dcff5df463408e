"""Target-actual pairs derived at build time (graph/derived.py): the pairing rule, kept up to date as
documents change, read by Q4, and checked by R-paired-actual."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from twpolice import iris
from twpolice.api.research import ready_queries
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


PLAN_TEXT = """臺南市政府警察局112年度施政計畫
壹、年度施政目標
一、全般刑案破獲率目標值95%。
二、預計建置219支攝影機，其中40支導入即時車辨功能。
"""
REPORT_TEXT = """臺南市政府警察局112年度施政績效報告
壹、執行成果
一、全般刑案破獲率96.5%。
二、已建置攝影機200支。
"""


def test_build_derives_the_pairs_a_person_would(tmp_path):
    """A plan and a report of one city and year, built: each target pairs with the actual of its indicator, and the
    cameras' part (「其中40支導入即時車辨功能」) pairs with nothing (it was the actual of its whole before)."""
    from twpolice.graph.build import build_store

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(PLAN_TEXT, encoding="utf-8")
    (docs / "report.txt").write_text(REPORT_TEXT, encoding="utf-8")
    (docs / "manifest.toml").write_text('[[document]]\nfile = "plan.txt"\n[[document]]\nfile = "report.txt"\n',
                                        encoding="utf-8")
    report = build_store(tmp_path / "db", docs)
    assert not report.failed, [r.status for r in report.rows]
    store = GraphStore(tmp_path / "db")
    stored = {(t.rsplit("/", 1)[-1], x.rsplit("/", 1)[-1]) for t, x in _stored_pairs(store)}
    assert stored == {(t.rsplit("/", 1)[-1], x.rsplit("/", 1)[-1]) for t, x in target_actual_pairs(store)}
    values = {r["tv"].value + "/" + r["xv"].value for r in store.query(
        f"SELECT ?tv ?xv WHERE {{ GRAPH <{iris.GRAPH_DERIVED}> {{ ?t <{PAIRED_ACTUAL}> ?x }} "
        f"?t <{iris.TWP}value> ?tv . ?x <{iris.TWP}value> ?xv }}")}
    assert values == {"95/96.5", "219/200"}


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


FRAMED = PREFIXES + """
e:ds-frame a qb:DataSet ; prov:hadPrimarySource e:doc-frame . e:doc-frame dcterms:title "frame"@zh-Hant .
e:ft twp:valueType vt:target ; twp:agency e:tainan ; twp:indicator e:broad ; twp:period e:y2022 ; twp:value 100 ;
     twp:targetOperator op:at-most ; qb:dataSet e:ds-frame ; twp:measure e:occurrences ; twp:subject e:fraud .
e:fx1 twp:valueType vt:actual ; twp:agency e:tainan ; twp:indicator e:broad ; twp:period e:y2022 ; twp:value 90 ;
      qb:dataSet e:ds-frame ; twp:measure e:occurrences ; twp:subject e:fraud .
e:fx2 twp:valueType vt:actual ; twp:agency e:tainan ; twp:indicator e:broad ; twp:period e:y2022 ; twp:value 60 ;
      qb:dataSet e:ds-frame ; twp:measure e:clearance-rate ; twp:subject e:fraud .
e:fx3 twp:valueType vt:actual ; twp:agency e:tainan ; twp:indicator e:broad ; twp:period e:y2022 ; twp:value 70 ;
      qb:dataSet e:ds-frame ; twp:measure e:occurrences ; twp:subject e:theft .
e:fx4 twp:valueType vt:actual ; twp:agency e:tainan ; twp:indicator e:broad ; twp:period e:y2022 ; twp:value 95 ;
      qb:dataSet e:ds-frame .
"""


def test_pairs_respect_measure_and_subject_when_both_sides_state_them():
    store = GraphStore.in_memory()
    _load(store, E + "graph/periods", PREFIXES + PERIODS)
    _load(store, E + "graph/frame", FRAMED)
    pairs = {(t.removeprefix(E), x.removeprefix(E)) for t, x in target_actual_pairs(store)}
    # fx2 counts something else (clearance rate), fx3 is about theft; fx4 states neither: the old rule
    assert pairs == {("ft", "fx1"), ("ft", "fx4")}


def test_q4_compares_normalised_values():
    """A target of 1,500 千元 is not met by 1,200,000 元, although 1,200,000 ≥ 1,500 as printed."""
    money = PREFIXES + PERIODS + """
    e:ds-m a qb:DataSet ; prov:hadPrimarySource e:doc-m . e:doc-m dcterms:title "m"@zh-Hant .
    e:mt twp:valueType vt:target ; twp:agency e:tainan ; twp:indicator e:spend ; twp:period e:y2022 ; twp:value 1500 ;
         twp:valueNormalized 1500000.0 ; twp:targetOperator op:at-least ; qb:dataSet e:ds-m .
    e:mx twp:valueType vt:actual ; twp:agency e:tainan ; twp:indicator e:spend ; twp:period e:y2022 ; twp:value 1200000 ;
         twp:valueNormalized 1200000.0 ; qb:dataSet e:ds-m .
    """
    store = GraphStore.in_memory()
    _load(store, E + "graph/m", money)
    refresh_derived(store)
    q4 = next(q for q in ready_queries() if q.id.startswith("q4-"))
    rows = {(r["target"].value, r["actual"].value, r["achieved"].value) for r in store.query(q4.text)}
    assert rows == {("1500", "1200000", "false")}
