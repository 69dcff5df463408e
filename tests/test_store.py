"""The embedded store: atomic replacement, union default graph, reopening from disk."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from twpolice.graph.store import GraphStore, StoreError

G = "https://example.org/graph/a"


def _triples(*values: str):
    return [(ox.NamedNode(f"https://example.org/s/{v}"), ox.NamedNode("https://example.org/p"), ox.Literal(v))
            for v in values]


def _values(store: GraphStore) -> list[str]:
    return sorted(s["o"].value for s in store.query("SELECT ?o WHERE { ?s <https://example.org/p> ?o }"))


def test_replace_swaps_the_whole_graph():
    store = GraphStore.in_memory()
    store.replace_graph(G, _triples("a", "b"))
    store.replace_graph(G, _triples("c"))
    assert _values(store) == ["c"]


def test_union_default_graph_sees_every_named_graph():
    store = GraphStore.in_memory()
    store.replace_graph(G, _triples("a"))
    store.replace_graph(G + "2", _triples("b"))
    assert _values(store) == ["a", "b"]
    assert store.graphs() == [G, G + "2"]


def test_failed_replacement_keeps_previous_version():
    store = GraphStore.in_memory()
    store.replace_graph(G, _triples("a"))
    bad = [(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"), object())]
    with pytest.raises(TypeError):
        store.replace_graph(G, bad)
    assert _values(store) == ["a"]


def test_unchanged_graph_is_not_rewritten(tmp_path):
    store = GraphStore(tmp_path / "s")
    store.replace_graph(G, _triples("a"))
    first = store.content_hash(G)
    store.replace_graph(G, _triples("a"))
    assert store.content_hash(G) == first
    store.replace_graph(G, _triples("b"))
    assert store.content_hash(G) != first


def test_reopen_from_disk(tmp_path):
    path = tmp_path / "store"
    store = GraphStore(path)
    store.replace_graph(G, _triples("x", "y"))
    store.flush()
    del store
    again = GraphStore(path, read_only=True)
    assert _values(again) == ["x", "y"]


def test_compacting_keeps_every_quad(tmp_path):
    """`twpolice build` ends with optimize(): the indexes are rewritten, the data must not change."""
    path = tmp_path / "store"
    store = GraphStore(path)
    for i in range(30):  # many small transactions: many files to compact
        store.replace_graph(f"{G}/{i}", _triples(str(i), f"{i}b"))
    before = sorted(map(str, store.raw.quads_for_pattern(None, None, None)))
    store.optimize()
    store.flush()
    del store
    again = GraphStore(path, read_only=True)
    assert sorted(map(str, again.raw.quads_for_pattern(None, None, None))) == before
    again.optimize()  # read-only: nothing to do, and no error
    assert len(_values(again)) == 60


def test_read_only_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="twpolice build"):
        GraphStore(tmp_path / "nothing", read_only=True)


# -- the union of the named graphs, stored once as the default graph ---------------------------

DG = ox.DefaultGraph()


def _stored_union(store: GraphStore) -> set:
    return {(q.subject, q.predicate, q.object) for q in store.raw.quads_for_pattern(None, None, None, DG)}


def _named_union(store: GraphStore) -> set:
    return {(q.subject, q.predicate, q.object) for q in store.quads()}


def test_stored_union_follows_replacements_and_drops():
    """Shared triples stay while any graph holds them; a triple only the old version held goes."""
    store = GraphStore.in_memory()
    store.replace_graph(G, _triples("shared", "only-a"))
    store.replace_graph(G + "2", _triples("shared", "b"))
    assert _stored_union(store) == _named_union(store)
    store.replace_graph(G, _triples("new-a"))
    assert _values(store) == ["b", "new-a", "shared"]
    assert _stored_union(store) == _named_union(store)
    store.drop_graph(G + "2")
    assert _values(store) == ["new-a"]
    assert _stored_union(store) == _named_union(store)
    assert store.count() == len(list(store.quads())) and store.union_count() == len(_stored_union(store))


def test_a_triple_in_many_graphs_is_matched_once():
    """COUNT over a join through a resource every document repeats counts each value once."""
    store = GraphStore.in_memory()
    period = ox.NamedNode("https://example.org/period/2022")
    start = ox.NamedNode("https://example.org/start")
    for i in range(3):
        m = ox.NamedNode(f"https://example.org/m/{i}")
        store.replace_graph(f"{G}{i}", [(m, ox.NamedNode("https://example.org/period"), period),
                                         (period, start, ox.Literal("2022-01-01"))])
    n = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?m <https://example.org/period> ?p . ?p <https://example.org/start> ?d }")
    assert int(next(iter(n))["n"].value) == 3  # the per-query union would give 9


def test_store_without_stored_union_is_brought_up_to_date(tmp_path):
    """A store written before the union was stored: read-only it is queried with the per-query union,
    opened for writing it gets its default graph filled."""
    path = tmp_path / "old"
    raw = ox.Store(str(path))
    for i, v in enumerate(("a", "b")):
        raw.add(ox.Quad(*_triples(v)[0], ox.NamedNode(f"{G}{i}")))
    raw.flush()
    del raw
    ro = GraphStore(path, read_only=True)
    assert not ro.union_stored and _values(ro) == ["a", "b"] and not _stored_union(ro)
    del ro
    rw = GraphStore(path)
    assert rw.union_stored and _stored_union(rw) == _named_union(rw) and _values(rw) == ["a", "b"]


def test_dump_holds_named_graphs_only():
    store = GraphStore.in_memory()
    store.replace_graph(G, _triples("a"))
    quads = list(ox.parse(store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS))
    assert quads and all(q.graph_name == ox.NamedNode(G) for q in quads)
