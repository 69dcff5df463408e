"""The provably-cheap classifier (api/query/inline.py): what may skip the killable worker, and what may not."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from livesite import shared_store
from twpolice import iris
from twpolice.api.query import results
from twpolice.api.query.worker import load_memory_copy
from twpolice.api.query.inline import (MAX_PATTERNS, InlinePath, NotCheap, _Parser, classify, point_plan, point_query,
                                       tokenize)
from twpolice.graph.store import MATERIALISE_UNION

P = iris.PREFIXES
M = "<https://w3id.org/twpolice/id/measurement/x/m1>"

CHEAP = {
    "point": f"SELECT ?p ?o WHERE {{ {M} ?p ?o }}",
    "star": f"SELECT * {{ {M} ?p ?o }}",
    "distinct-limit-offset": f"select distinct ?o where {{ {M} twp:agency ?o }} LIMIT 5 OFFSET 2",
    "offset-limit": f"SELECT ?o {{ {M} ?p ?o }} OFFSET 1 LIMIT 1",
    "pname-subject": "SELECT ?l WHERE { ind:s3 skos:prefLabel ?l }",
    "chain": f"SELECT ?l WHERE {{ {M} twp:agency ?a . ?a skos:prefLabel ?l }}",
    "chain-out-of-order": f"SELECT ?l WHERE {{ ?a skos:prefLabel ?l . {M} twp:agency ?a }}",
    "branches": f"SELECT * WHERE {{ {M} twp:agency ?a ; twp:indicator ?i . ?a a ?t . ?i skos:exactMatch ?s }}",
    "object-lists": f'SELECT * WHERE {{ {M} twp:unitText "件", "x"@zh-Hant, "1"^^xsd:integer, true ; ?p ?o }}',
    "numbers": f"SELECT * WHERE {{ {M} ?p 1.5, -2, 3e4, .5 }}",
    "ask": f"ASK {{ {M} a twp:Measurement }}",
    "ask-empty": "ASK {}",
    "construct": f"CONSTRUCT {{ {M} ?p ?o . _:b a ?p }} WHERE {{ {M} ?p ?o }}",
    "construct-where": f"CONSTRUCT WHERE {{ {M} ?p ?o }}",
    "describe": f"DESCRIBE {M} <http://example.org/x>",
    "prefix": "PREFIX ex: <http://example.org/> SELECT ?o WHERE { ex:a ex:b ?o }",
    "comment-with-keywords": f"# FILTER OPTIONAL {{ ?s ?p ?o }}\nSELECT ?o WHERE {{ {M} ?p ?o }} # UNION",
    "string-with-keywords": f'ASK {{ {M} ?p "FILTER {{ ?s ?p ?o }} UNION # not a comment" }}',
    "long-string": f"ASK {{ {M} ?p '''a 'b' '' }} ?x ?y ?z''' }}",
    "dollar-var": f"SELECT $o WHERE {{ {M} ?p $o }}",
    "pname-escape": r"SELECT ?o WHERE { twp:a\-b ?p ?o }",
    "pname-trailing-dot": "SELECT ?o WHERE { twp:a ?p ?o. }",
    "unicode-escape": f"SELECT ?o WHERE {{ {M} ?p ?o \\u007D",
}

NOT_CHEAP = {
    "cross-product": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "cross-product-anchored": f"SELECT * WHERE {{ {M} ?p ?o . ?s ?q ?r }}",
    "unanchored": "SELECT * WHERE { ?s ?p ?o }",
    "object-anchored": f"SELECT * WHERE {{ ?s ?p {M} }}",
    "anchored-by-subject-only": f"SELECT * WHERE {{ {M} ?p ?o . ?x ?q ?o }}",
    "anchored-by-predicate": f"SELECT * WHERE {{ {M} ?p ?o . ?p ?q ?r }}",
    "type-scan": "SELECT ?m WHERE { ?m a twp:Measurement }",
    "path-seq": f"SELECT * WHERE {{ {M} twp:agency/skos:prefLabel ?l }}",
    "path-alt": f"SELECT * WHERE {{ {M} twp:agency|twp:indicator ?l }}",
    "path-star": f"SELECT * WHERE {{ {M} twp:agency* ?l }}",
    "path-plus": f"SELECT * WHERE {{ {M} twp:agency+ ?l }}",
    "path-opt": f"SELECT * WHERE {{ {M} twp:agency? ?l }}",
    "path-inverse": f"SELECT * WHERE {{ {M} ^twp:agency ?l }}",
    "path-negated": f"SELECT * WHERE {{ {M} !twp:agency ?l }}",
    "optional": f"SELECT * WHERE {{ {M} ?p ?o OPTIONAL {{ ?o ?q ?r }} }}",
    "union": f"SELECT * WHERE {{ {{ {M} ?p ?o }} UNION {{ {M} ?p ?o }} }}",
    "minus": f"SELECT * WHERE {{ {M} ?p ?o MINUS {{ {M} a ?o }} }}",
    "filter": f"SELECT * WHERE {{ {M} ?p ?o FILTER(?o = 1) }}",
    "filter-exists": f"SELECT * WHERE {{ {M} ?p ?o FILTER EXISTS {{ ?a ?b ?c }} }}",
    "bind": f"SELECT * WHERE {{ {M} ?p ?o BIND(1 AS ?x) }}",
    "values-inside": f"SELECT * WHERE {{ VALUES ?x {{ 1 }} {M} ?p ?o }}",
    "values-after": f"SELECT * WHERE {{ {M} ?p ?o }} VALUES ?o {{ 1 }}",
    "service": f"SELECT * WHERE {{ SERVICE <http://example.org/> {{ {M} ?p ?o }} }}",
    "graph": f"SELECT * WHERE {{ GRAPH ?g {{ {M} ?p ?o }} }}",
    "subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ {M} ?p ?o }} }} }}",
    "nested-group": f"SELECT * WHERE {{ {{ {M} ?p ?o }} }}",
    "aggregate": f"SELECT (COUNT(*) AS ?n) WHERE {{ {M} ?p ?o }}",
    "expression": f"SELECT (STR(?o) AS ?s) WHERE {{ {M} ?p ?o }}",
    "group-by": f"SELECT ?p WHERE {{ {M} ?p ?o }} GROUP BY ?p",
    "having": f"SELECT ?p WHERE {{ {M} ?p ?o }} HAVING (1)",
    "order-by": f"SELECT ?o WHERE {{ {M} ?p ?o }} ORDER BY ?o",
    "from": f"SELECT ?o FROM <http://example.org/g> WHERE {{ {M} ?p ?o }}",
    "from-named": f"SELECT ?o FROM NAMED <http://example.org/g> WHERE {{ {M} ?p ?o }}",
    "base-relative": "BASE <http://example.org/> SELECT ?o WHERE { <a> ?p ?o }",
    "relative-iri": "SELECT ?o WHERE { <a> ?p ?o }",
    "unknown-prefix": "SELECT ?o WHERE { nope:a ?p ?o }",
    "blank-subject": "SELECT ?o WHERE { _:b ?p ?o }",
    "blank-object-in-pattern": f"SELECT ?o WHERE {{ {M} ?p _:b . _:b ?q ?o }}",
    "anon-blank": f"SELECT ?o WHERE {{ {M} ?p [ ?q ?o ] }}",
    "collection": f"SELECT ?o WHERE {{ {M} ?p ( 1 2 ) }}",
    "literal-subject": 'SELECT ?o WHERE { "x" ?p ?o }',
    "var-subject-unbound": f"SELECT ?o WHERE {{ {M} ?p ?o . ?q ?r ?s }}",
    "describe-var": f"DESCRIBE ?x WHERE {{ {M} ?p ?x }}",
    "describe-star": f"DESCRIBE * WHERE {{ {M} ?p ?x }}",
    "update": f"INSERT DATA {{ {M} a twp:X }}",
    "delete-where": "DELETE WHERE { ?s ?p ?o }",
    "two-limits": f"SELECT * WHERE {{ {M} ?p ?o }} LIMIT 1 LIMIT 2",
    "limit-expression": f"SELECT * WHERE {{ {M} ?p ?o }} LIMIT ?x",
    "construct-no-where": f"CONSTRUCT {{ {M} ?p ?o }} {{ {M} ?p ?o }}",
    "keyword-hidden-after-string": f'SELECT * WHERE {{ {M} ?p "a" FILTER(?o) }}',
    "unterminated-string": f'SELECT * WHERE {{ {M} ?p "a }}',
    "escape-reveals-brace": f"SELECT * WHERE {{ {M} ?p ?o \\u007D UNION {{ ?a ?b ?c }}",
    "lowercase-a-only": f"SELECT * WHERE {{ {M} A ?o }}",
    "too-many-patterns": "SELECT * WHERE { " + f"{M} ?p0 ?o0 . " + " ".join(
        f"?o{i} ?p{i + 1} ?o{i + 1} ." for i in range(MAX_PATTERNS)) + " }",
    "integer-then-dot": f"SELECT * WHERE {{ {M} ?p 1. ?x ?q ?r }}",
    "other-punctuation": f"SELECT * WHERE {{ {M} ?p ?o }} ;",
    "empty": "",
    "garbage": "hello world",
}


@pytest.mark.parametrize("name", sorted(CHEAP))
def test_cheap(name):
    assert classify(CHEAP[name], P) is not None, CHEAP[name]


@pytest.mark.parametrize("name", sorted(NOT_CHEAP))
def test_not_cheap(name):
    assert classify(NOT_CHEAP[name], P) is None, NOT_CHEAP[name]


def test_depths_follow_out_edges():
    plan = classify(CHEAP["chain-out-of-order"], P)
    assert plan.depths == [2, 1] and not plan.direct
    assert classify(CHEAP["point"], P).direct


def test_tokenizer_keeps_strings_iris_and_comments_whole():
    toks = tokenize('SELECT ?x # a } comment\n{ <http://e/a#b> ?p "}" }')
    assert [t.kind for t in toks] == ["word", "var", "punct", "iri", "var", "str", "punct"]


def _store(extra: list[ox.Quad] = ()) -> ox.Store:
    n = ox.NamedNode
    st = ox.Store()
    st.extend([ox.Quad(n("http://e/s"), n(f"http://e/p{i}"), ox.Literal(str(i)), n("http://e/g")) for i in range(10)]
              + list(extra))
    st.update(MATERIALISE_UNION)  # as in the site's copy of a built store: the union is the default graph
    return st


def test_budget_uses_the_largest_out_degree():
    path = InlinePath(_store(), P, budget=150)
    assert path.degree == 10 and not path.blank_objects
    two = "SELECT * WHERE { <http://e/s> ?p ?o . ?o ?q ?r }"
    three = "SELECT * WHERE { <http://e/s> ?p ?o . ?o ?q ?r . ?r ?x ?y }"
    assert path.plan(two) is not None  # 10**2 <= 150
    assert path.plan(three) is None  # 10**3 > 150


def test_describe_refused_when_blank_nodes_could_be_followed():
    n = ox.NamedNode
    plain = InlinePath(_store(), P)
    assert plain.plan("DESCRIBE <http://e/s>") is not None
    blank = InlinePath(_store([ox.Quad(n("http://e/s"), n("http://e/q"), ox.BlankNode(), n("http://e/g"))]), P)
    assert blank.blank_objects and blank.plan("DESCRIBE <http://e/s>") is None


def test_scratch_store_gives_the_same_solutions():
    n = ox.NamedNode
    quads = [ox.Quad(n("http://e/a"), n("http://e/to"), n(f"http://e/b{i}"), n(f"http://e/g{i % 2}")) for i in range(5)]
    quads += [ox.Quad(n(f"http://e/b{i}"), n("http://e/label"), ox.Literal(f"b{i}"), n("http://e/g0")) for i in range(5)]
    quads += [ox.Quad(n(f"http://e/z{i}"), n("http://e/label"), ox.Literal(f"z{i}"), n("http://e/g0")) for i in range(50)]
    st = ox.Store()
    st.extend(quads)
    st.update(MATERIALISE_UNION)
    path = InlinePath(st, P)
    q = "SELECT ?b ?l WHERE { ?b <http://e/label> ?l . <http://e/a> <http://e/to> ?b }"
    plan = path.plan(q)
    scratch = path.scratch(plan)
    assert len(scratch) == 10  # only what is reachable from <a>, not the 50 unrelated labels
    full = sorted(tuple(str(t) for t in r) for r in st.query(q))
    small = sorted(tuple(str(t) for t in r) for r in scratch.query(q))
    assert full == small and len(full) == 5
    assert InlinePath(st, P, budget=8).scratch(plan) is None  # fetching stops at the budget


FAST = ["SELECT ?p ?o WHERE { <http://e/a> ?p ?o }", "select distinct * {<http://e/a> a ?o .} limit 3",
        "SELECT ?o WHERE\n\t{ <http://e/a> <http://e/p> ?o }", "SELECT $p$o { <http://e/a> $p <http://e/b> }"]
NOT_FAST = ["SELECT ?p ?o WHERE { <a> ?p ?o }", "SELECT ?o WHERE { <http://e/a> ?p ?o } LIMIT 1 OFFSET 2",
            "SELECT ?o WHERE { <http://e/a> A ?o }", "SELECT ?o WHERE { <http://e/a> ?p ?o } # c",
            "SELECT ?o WHERE { <http://e/a> ?p ?o \\u007D", "SELECT ?o WHERE { <http://e/a> ?p \"x\" }",
            "SELECT ?o WHERE { <http://e/a> ?p ?o . ?o ?q ?r }", "SELECT ?o WHERE\u3000{ <http://e/a> ?p ?o }"]


@pytest.mark.parametrize("query", FAST + NOT_FAST + list(CHEAP.values()) + list(NOT_CHEAP.values()))
def test_one_step_match_is_a_subset_of_the_parser(query):

    fast = point_plan(query)
    if query in FAST:
        assert fast is not None
    if query in NOT_FAST:
        assert fast is None
    if fast is not None:
        try:
            full = _Parser(tokenize(query), P).query()
        except NotCheap as exc:
            pytest.fail(f"the one-step match accepted what the parser refuses ({exc}): {query}")
        assert full.patterns == fast.patterns and full.form == fast.form and full.depths == fast.depths


def test_prefixes_flag():
    assert classify("SELECT ?o WHERE { <http://e/a> ?p ?o }", P).pnames is False
    assert classify("SELECT ?o WHERE { ind:s3 ?p ?o }", P).pnames is True
    assert classify("ASK { <http://e/a> a ?o }", P).pnames is False


def test_json_results_byte_for_byte():
    """The string-built SPARQL JSON writer gives exactly the json.dumps document, over every term of a store."""
    n = ox.NamedNode
    odd = [ox.Literal('x,"y"\n\tz\\ \u2028 \x01 中文'), ox.Literal("a", language="zh-Hant"),
           ox.Literal("1", datatype=n("http://www.w3.org/2001/XMLSchema#integer")), ox.BlankNode("b1"),
           n("http://example.org/\u00e9?q=1&r=%22"), ox.Triple(n("http://e/s"), n("http://e/p"), ox.Literal("o"))]
    rows = [(t, None, t) for t in odd]
    assert results.to_json(["a", "b", "c"], rows) == results.to_json_reference(["a", "b", "c"], rows)
    st = ox.Store.read_only(str(shared_store()))
    rows = [tuple(r) for r in st.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")]
    assert len(rows) > 1000
    assert results.to_json(["s", "p", "o"], rows) == results.to_json_reference(["s", "p", "o"], rows)
    assert results.to_json(["x"], []) == results.to_json_reference(["x"], [])


def _engine_rows(store: ox.Store, query: str) -> tuple[list[str], list[tuple]]:
    res = store.query(query)
    names = [v.value for v in res.variables]
    return names, [tuple(r[v] for v in names) for r in res]


@pytest.mark.parametrize("template", [
    "SELECT ?p ?o WHERE {{ <{s}> ?p ?o }}", "SELECT * {{ <{s}> ?p ?o }}", "SELECT ?o ?p {{ <{s}> ?p ?o . }}",
    "SELECT ?o {{ <{s}> ?p ?o }}", "SELECT DISTINCT ?p {{ <{s}> ?p ?o }}", "select reduced ?p {{ <{s}> ?p ?o }}",
    "SELECT ?o {{ <{s}> a ?o }}", "SELECT ?p {{ <{s}> ?p <{o}> }}", "SELECT * {{ <{s}> <{p}> <{o}> }}",
    "SELECT ?x {{ <{s}> ?x ?x }}", "SELECT ?p ?nothing {{ <{s}> ?p ?o }}", "SELECT $p $o {{ <{s}> $p $o }} LIMIT 3",
    "SELECT ?o {{ <{s}> ?p ?o }} LIMIT 0", "SELECT DISTINCT ?o {{ <http://e/none> ?p ?o }}",
])
def test_point_query_answers_what_the_engine_answers(template):
    """Every shape the one-step match accepts, answered from the index, equals the engine's solutions over a
    real built store (the stored union as default graph), at the row cap too."""

    store = load_memory_copy(str(shared_store()))
    rich = next(iter(store.query("SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s ORDER BY DESC(COUNT(*)) ?s LIMIT 1")))["s"]
    p, o = next((q.predicate, q.object) for q in store.quads_for_pattern(rich, None, None, ox.DefaultGraph())
                if isinstance(q.object, ox.NamedNode))
    query = template.format(s=rich.value, p=p.value, o=o.value)
    point = point_query(query)
    assert point is not None, query
    names, expected = _engine_rows(store, query)
    rows, truncated = point.solutions(store, 100_000)
    assert list(point.variables) == names
    if " REDUCED " in query.upper():
        assert set(rows) == set(expected)
    else:
        assert sorted(rows, key=str) == sorted(expected, key=str) and not truncated
    if len(expected) > 2 and "LIMIT" not in query:
        capped, truncated = point.solutions(store, 2)
        assert len(capped) == 2 and truncated and set(capped) <= set(expected)


@pytest.mark.parametrize("query", [
    "SELECT ?p ?p { <http://e/a> ?p ?o }", "SELECT ?o { <http://e/a b> ?p ?o }", "SELECT ?o { <http://e/a> ?p 'x' }",
    "SELECT ?o { ?s ?p ?o }", "ASK { <http://e/a> ?p ?o }", "SELECT ?o { <http://e/a> ?p ?o } OFFSET 1",
])
def test_point_query_leaves_other_shapes_to_the_engine(query):

    assert point_query(query) is None
