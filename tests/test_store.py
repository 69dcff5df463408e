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


def test_read_only_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="twpolice build"):
        GraphStore(tmp_path / "nothing", read_only=True)
