"""The embedded store: Oxigraph on disk (or in memory for tests), one named graph per document.

Queries see the union of all named graphs as their default graph, so users never
need GRAPH clauses. Replacing a document's graph is one SPARQL update (DROP +
INSERT DATA), i.e. one transaction: a failure at any point leaves the previous
version intact, and readers never see half a document.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from twpolice import iris

CONTENT_HASH = str(iris.TWP.contentHash)


class StoreError(RuntimeError):
    """A store problem worth one clear line (locked, missing, unreadable)."""


def default_store_path() -> Path:
    """``$TWPOLICE_STORE``, else the user's data dir (XDG) + twpolice/store."""
    env = os.environ.get("TWPOLICE_STORE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(base) / "twpolice" / "store"


def to_ox(term) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An Oxigraph term for a pyoxigraph term (as is), an rdflib term, or an IRI string."""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term
    if isinstance(term, URIRef) or type(term) is str:
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


class GraphStore:
    """Thin wrapper over ``pyoxigraph.Store`` with the project's conventions."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"找不到資料庫：{self.path}（請先執行 twpolice build） / no store at {self.path}: run `twpolice build` first")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"無法開啟資料庫 {self.path}：{exc} / cannot open store {self.path}: {exc}") from exc
        self.read_only = read_only

    @classmethod
    def in_memory(cls) -> "GraphStore":
        return cls(None)

    @property
    def raw(self) -> ox.Store:
        return self._store

    # -- writing -------------------------------------------------------------
    def replace_graph(self, graph: str, triples: Iterable[tuple]) -> int:
        """Atomically replace named graph ``graph`` with ``triples`` (rdflib terms); returns its size.

        One SPARQL update (DROP + INSERT DATA) is one transaction, so readers see either
        the old graph or the new one. A content hash stored in the graph lets an
        unchanged graph be skipped, which keeps re-running a build cheap.
        """
        oxt = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]
        return self._replace(str(graph), oxt)

    def load_file(self, graph: str, path: Path, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> int:
        """Replace ``graph`` with a parsed RDF file (parsed fully before anything is written).

        Blank nodes are skolemised (RDF 1.1 §3.5) to IRIs made from the graph name and their
        order in the file: INSERT DATA would give them fresh labels on every load, and the
        same file must always give the same triples (so an unchanged graph is skipped).
        """
        prefix = f"{iris.BASE}.well-known/genid/{iris.short_hash(graph, length=8)}-"
        labels: dict[str, ox.NamedNode] = {}

        def stable(term):
            if isinstance(term, ox.BlankNode):
                if term.value not in labels:
                    labels[term.value] = ox.NamedNode(f"{prefix}{len(labels)}")
                return labels[term.value]
            return term

        oxt = [ox.Triple(stable(q.subject), q.predicate, stable(q.object))
               for q in ox.parse(path=str(path), format=fmt)]
        return self._replace(str(graph), oxt)

    def _replace(self, graph: str, oxt: list[ox.Triple]) -> int:
        data = ox.serialize(oxt, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        digest = hashlib.sha256(data.encode("utf-8")).hexdigest()
        if self.content_hash(graph) == digest:
            return self.count(graph)
        marker = f"<{graph}> <{CONTENT_HASH}> \"{digest}\" ."
        self._store.update(f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{ {data}\n{marker} }} }}")
        return self.count(graph)

    def content_hash(self, graph: str) -> str | None:
        """The hash of the N-Triples the graph was last written from (None if never)."""
        g = ox.NamedNode(graph)
        for q in self._store.quads_for_pattern(g, ox.NamedNode(CONTENT_HASH), None, g):
            return q.object.value
        return None

    def drop_graph(self, graph: str) -> None:
        self._store.remove_graph(ox.NamedNode(str(graph)))

    # -- reading -------------------------------------------------------------
    def query(self, sparql: str, **kwargs):
        """Run a query with the union of named graphs as default graph (unless told otherwise)."""
        if "default_graph" not in kwargs:
            kwargs.setdefault("use_default_graph_as_union", True)
        return self._store.query(sparql, prefixes=iris.PREFIXES, **kwargs)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            return len(self._store)
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        g = ox.NamedNode(str(graph)) if graph is not None else None
        return self._store.quads_for_pattern(None, None, None, g)

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        if graph is not None:
            return self._store.dump(format=fmt, from_graph=ox.NamedNode(str(graph)))
        return self._store.dump(format=fmt)

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()
