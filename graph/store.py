"""The embedded store: Oxigraph on disk (or in memory for tests), one named graph per document.

The store's *default graph* holds the union of all named graphs, each triple once (the RDF merge,
as a SPARQL dataset's default graph should be), so users never need GRAPH clauses. It is stored,
not computed per query: Oxigraph's ``use_default_graph_as_union`` keeps a triple once per graph
that holds it, so a period or label repeated in many document graphs multiplied every join through
it (wrong COUNTs, and research queries 100–1,000× slower at 2 million triples).

Replacing a document's graph is one SPARQL update, i.e. one transaction: remove from the default
graph what only the old version held, DROP, INSERT DATA, add the new triples to the default graph.
A failure at any point leaves the previous version intact, and readers never see half a document.
A store written before the default graph was kept is brought up to date when opened for writing;
opened read-only, it is queried with the per-query union instead (same answers, slower joins).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from twpolice import iris
from twpolice.terms import to_ox

CONTENT_HASH = str(iris.TWP.contentHash)
DEFAULT_GRAPH = ox.DefaultGraph()
MATERIALISE_UNION = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def union_is_stored(store: ox.Store) -> bool:
    """True when the default graph holds the union of the named graphs (or there is nothing to hold)."""
    for _ in store.quads_for_pattern(None, None, None, DEFAULT_GRAPH):
        return True
    return next(iter(store.named_graphs()), None) is None


def _in_union(union_graph: str | None, pattern: str) -> str:
    return f"GRAPH <{union_graph}> {{ {pattern} }}" if union_graph else pattern


def _remove_only_here(graph: str, within: str | None, also_not: str | None, union_graph: str | None) -> str:
    """Remove from the union the triples no named graph but ``graph`` (or ``also_not``) holds.

    ``within``: only named graphs whose IRI starts with it count (a shared store holds other graphs);
    ``union_graph``: where the union is kept (None: the default graph)."""
    cond = [f"?h != <{graph}>"] + ([f"?h != <{also_not}>"] if also_not else [])
    cond += [f'STRSTARTS(STR(?h), "{within}")'] if within else []
    return (f"DELETE {{ {_in_union(union_graph, '?s ?p ?o')} }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER ({' && '.join(cond)}) }} }}")


def _add_to_union(graph: str, union_graph: str | None) -> str:
    return f"INSERT {{ {_in_union(union_graph, '?s ?p ?o')} }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"


def replace_graph_update(graph: str, ntriples: str, within: str | None = None, union_graph: str | None = None) -> str:
    """One SPARQL update that replaces ``graph`` and keeps the union of all graphs up to date."""
    return (f"{_remove_only_here(graph, within, None, union_graph)} ;\n"
            f"DROP SILENT GRAPH <{graph}> ;\n"
            f"INSERT DATA {{ GRAPH <{graph}> {{ {ntriples} }} }} ;\n"
            f"{_add_to_union(graph, union_graph)}")


def move_graph_update(staging: str, graph: str, within: str | None = None, union_graph: str | None = None) -> str:
    """``MOVE GRAPH <staging> TO GRAPH <graph>`` (never SILENT) that keeps the union up to date."""
    return (f"{_remove_only_here(graph, within, staging, union_graph)} ;\n"
            f"MOVE GRAPH <{staging}> TO GRAPH <{graph}> ;\n"
            f"{_add_to_union(graph, union_graph)}")


def drop_graph_update(graph: str, within: str | None = None, union_graph: str | None = None) -> str:
    return f"{_remove_only_here(graph, within, None, union_graph)} ;\nDROP SILENT GRAPH <{graph}>"


def skolemised_triples(graph: str, path: Path, fmt: ox.RdfFormat) -> list[ox.Triple]:
    """The triples of an RDF file with blank nodes skolemised (RDF 1.1 §3.5) to IRIs made from the graph
    name and their order in the file, so the same file always gives the same triples."""
    prefix = f"{iris.BASE}.well-known/genid/{iris.short_hash(graph, length=8)}-"
    labels: dict[str, ox.NamedNode] = {}

    def stable(term):
        if isinstance(term, ox.BlankNode):
            if term.value not in labels:
                labels[term.value] = ox.NamedNode(f"{prefix}{len(labels)}")
            return labels[term.value]
        return term

    return [ox.Triple(stable(q.subject), q.predicate, stable(q.object)) for q in ox.parse(path=str(path), format=fmt)]


class _Sha256Writer:
    """A binary file that only hashes what is written to it."""

    def __init__(self) -> None:
        self.hash = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.hash.update(data)
        return len(data)

    def flush(self) -> None:
        pass


def _ntriples_digest(triples: Iterable[ox.Triple]) -> str:
    """SHA-256 of the triples' N-Triples, hashed as written rather than held as one string."""
    out = _Sha256Writer()
    ox.serialize(triples, out, format=ox.RdfFormat.N_TRIPLES)
    return out.hash.hexdigest()


def _triples(terms: Iterable[tuple]) -> Iterator[ox.Triple]:
    return (ox.Triple(s, p, o) for s, p, o in terms)


class StoreError(RuntimeError):
    """A store problem worth one clear line (locked, missing, unreadable)."""


def default_store_path() -> Path:
    """``$TWPOLICE_STORE``, else the user's data dir (XDG) + twpolice/store."""
    env = os.environ.get("TWPOLICE_STORE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(base) / "twpolice" / "store"


def snapshot(path: Path | str, into: Path | str) -> None:
    """A checkpoint of the on-disk store at ``path`` in the new folder ``into`` (hard links: milliseconds; a
    version the site can serve while a build writes into ``path``). Raises ``OSError`` as pyoxigraph does."""
    ox.Store.read_only(str(path)).backup(str(into))


class GraphStore:
    """Thin wrapper over ``pyoxigraph.Store`` with the project's conventions; implements
    :class:`twpolice.graph.protocol.Store`."""

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
        self.union_stored = union_is_stored(self._store)
        if not self.union_stored and not read_only:
            self._store_union()

    @classmethod
    def in_memory(cls) -> "GraphStore":
        return cls(None)

    @classmethod
    def union_copy(cls, path: Path | str) -> "GraphStore":
        """An in-memory, read-only copy of the union of the on-disk store's named graphs, as its default graph
        (stored by ``twpolice build``; made here for a store written before it was). Only the union: with the
        named graphs beside it every look-up in Oxigraph's memory store walks both, and queries over the union
        ran 3-7 times slower at 2 million triples (benchmarks/scale.py); it also halves the memory and load
        time. Raises ``OSError`` when the store cannot be opened."""
        disk = ox.Store.read_only(str(path))
        copy = cls.in_memory()
        if union_is_stored(disk):
            copy._store.bulk_extend(disk.quads_for_pattern(None, None, None, DEFAULT_GRAPH))
        else:  # the same triples once each: the store is a set
            copy._store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, DEFAULT_GRAPH)
                                    for q in disk.quads_for_pattern(None, None, None, None))
        del disk
        copy.read_only = True
        return copy

    def __len__(self) -> int:
        """Quads held, the stored union included (``len`` of the pyoxigraph store: no scan)."""
        return len(self._store)

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
        terms = [(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]
        return self._replace(str(graph), terms)

    def load_file(self, graph: str, path: Path, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> int:
        """Replace ``graph`` with a parsed RDF file (parsed fully before anything is written).

        Blank nodes are skolemised (RDF 1.1 §3.5) to IRIs made from the graph name and their
        order in the file: INSERT DATA would give them fresh labels on every load, and the
        same file must always give the same triples (so an unchanged graph is skipped).
        """
        terms = [(t.subject, t.predicate, t.object) for t in skolemised_triples(graph, path, fmt)]
        return self._replace(str(graph), terms)

    def _replace(self, graph: str, terms: list[tuple]) -> int:
        """``terms``: (subject, predicate, object) Oxigraph terms; their ox.Triple objects are made as
        they are written, never held in a list (each copies its strings: 136 MB for 002 × 64)."""
        digest = _ntriples_digest(_triples(terms))
        if self.content_hash(graph) == digest:
            return self.count(graph)
        if self._is_new(graph, terms):
            self._insert_new(graph, terms, digest)
            return self.count(graph)
        data = ox.serialize(_triples(terms), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        marker = f"<{graph}> <{CONTENT_HASH}> \"{digest}\" ."
        self._store.update(replace_graph_update(graph, f"{data}\n{marker}"))
        return self.count(graph)

    def _is_new(self, graph: str, terms: list[tuple]) -> bool:
        """A graph not in the store yet, of triples without blank nodes (which INSERT DATA would relabel)."""
        if not self.union_stored or self._store.contains_named_graph(ox.NamedNode(graph)):
            return False
        return not any(type(s) is ox.BlankNode or type(o) is ox.BlankNode for s, _, o in terms)

    def _insert_new(self, graph: str, terms: list[tuple], digest: str) -> None:
        """What :func:`replace_graph_update` does for a graph the store does not hold (nothing to remove or
        drop; the graph and the union get the triples and the marker), as one transaction of quads instead
        of a SPARQL text, whose parse takes memory and time in proportion to it (benchmarks/convert.py --scale)."""
        g = ox.NamedNode(graph)
        marker = (g, ox.NamedNode(CONTENT_HASH), ox.Literal(digest))
        self._store.extend(ox.Quad(s, p, o, where) for where in (g, DEFAULT_GRAPH)
                           for s, p, o in itertools.chain(terms, (marker,)))

    def content_hash(self, graph: str) -> str | None:
        """The hash of the N-Triples the graph was last written from (None if never)."""
        g = ox.NamedNode(graph)
        for q in self._store.quads_for_pattern(g, ox.NamedNode(CONTENT_HASH), None, g):
            return q.object.value
        return None

    def drop_graph(self, graph: str) -> None:
        self._store.update(drop_graph_update(str(graph)))

    # -- reading -------------------------------------------------------------
    def query(self, sparql: str, *, prefixes: dict[str, str] | None = iris.PREFIXES, **kwargs):
        """Run a query whose default graph is the union of the named graphs (unless told otherwise).

        ``prefixes``: predeclared (the project's by default; None: none); ``kwargs``: pyoxigraph's."""
        if not self.union_stored and "default_graph" not in kwargs:
            kwargs.setdefault("use_default_graph_as_union", True)
        return self._store.query(sparql, prefixes=prefixes, **kwargs)

    def quads_for_pattern(self, subject, predicate, object, graph_name=None) -> Iterator[ox.Quad]:  # noqa: A002
        """pyoxigraph's look-up as it is (``DEFAULT_GRAPH``: the stored union)."""
        return self._store.quads_for_pattern(subject, predicate, object, graph_name)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        return (g for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.named_graphs())

    def count(self, graph: str | None = None) -> int:
        """Quads in one named graph, or in all of them (the stored union is not counted again)."""
        if graph is None:
            return sum(1 for _ in self.quads())
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))))

    def union_count(self) -> int:
        """Distinct triples across all named graphs."""
        if not self.union_stored:
            return len({(q.subject, q.predicate, q.object) for q in self.quads()})
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, DEFAULT_GRAPH))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads of one named graph, or of every named graph (never the stored union)."""
        if graph is not None:
            return self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))
        return (q for q in self._store.quads_for_pattern(None, None, None, None) if q.graph_name != DEFAULT_GRAPH)

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None, **options) -> bytes:
        """One named graph, or every named graph (a quad format: N-Quads, TriG); ``options``: ``prefixes``."""
        if graph is not None:
            return self._store.dump(format=fmt, from_graph=ox.NamedNode(str(graph)), **options)
        return ox.serialize(self.quads(), format=fmt, **options)

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Bulk-add named-graph quads (a snapshot or a large import: no content hashes, no per-graph
        replacement), then store their union as the default graph."""
        self._store.bulk_extend(q for q in quads if q.graph_name != DEFAULT_GRAPH)
        self._store_union()

    def _store_union(self) -> None:
        """Fill the default graph with the union of the named graphs, with the bulk loader: for 200k quads
        on disk 4.4 s and 52 MB instead of 6.8 s and 139 MB for ``INSERT … WHERE`` (benchmarks/scale.py)."""
        with tempfile.TemporaryFile() as fh:
            for g in list(self._store.named_graphs()):
                self._store.dump(fh, format=ox.RdfFormat.N_TRIPLES, from_graph=g)
            fh.seek(0)
            try:
                self._store.bulk_load(fh, format=ox.RdfFormat.N_TRIPLES)
            except BaseException:  # the bulk loader is not transactional: leave no partial union behind
                self._store.clear_graph(DEFAULT_GRAPH)
                raise
        self.union_stored = True

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    def optimize(self) -> None:
        """Compact the on-disk indexes after a build: at 2 million triples 6 s, after which look-ups from disk
        are 25-30% faster (Q4 1.4 -> 1.2 s, Q7 1.85 -> 1.3 s; benchmarks/scale.py)."""
        if self.path is not None and not self.read_only:
            self._store.optimize()
