"""The store interface: what the build, exports, publishing, the CLI and the site call on a store.

Two backends implement it: the embedded Oxigraph store (:class:`twpolice.graph.store.GraphStore`) and a
remote SPARQL store over HTTP (:class:`twpolice.graph.remote.RemoteStore`); ``open_store`` in
:mod:`twpolice.graph.backends` picks one. Callers type against :class:`Store`, never a backend, so code that
works on one works on the other (tests/test_store_protocol.py runs the same steps on both and compares).

Both answer with pyoxigraph objects (``QuerySolutions``, ``QueryBoolean``, ``Triple``/``Quad`` iterators),
and both read the *union of the named graphs*, each triple once, as their default graph. The pattern look-up
keeps pyoxigraph's name and argument order (``quads_for_pattern``, ``named_graphs``): the site's pages were
written against ``pyoxigraph.Store`` and read either backend through them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Protocol, Union, runtime_checkable

import pyoxigraph as ox

QueryResult = Union[ox.QuerySolutions, ox.QueryBoolean, Iterator[ox.Triple]]


@runtime_checkable
class Store(Protocol):
    """A store of one named graph per document (plus vocabularies), whose default graph is their union."""

    read_only: bool
    path: Path | None  # where the store is on this machine (None: in memory, or on a server)

    # -- reading -------------------------------------------------------------------------------------------
    def query(self, sparql: str, **options) -> QueryResult:
        """A SPARQL query over the union of the named graphs; the project's prefixes are predeclared.

        ``options`` are pyoxigraph's (``prefixes``, ``base_iri``, ``default_graph``, ``named_graphs``,
        ``use_default_graph_as_union``). A syntax error raises ``SyntaxError``."""
        ...

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads of one named graph, or of every named graph of the project (never the stored union)."""
        ...

    def quads_for_pattern(self, subject, predicate, object, graph_name=None) -> Iterator[ox.Quad]:  # noqa: A002
        """Quads matching a pattern (None: any); ``graph_name=DefaultGraph()`` reads the union."""
        ...

    def graphs(self) -> list[str]:
        """The named graphs' IRIs, sorted."""
        ...

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        """The named graphs as pyoxigraph terms."""
        ...

    def count(self, graph: str | None = None) -> int:
        """Quads in one named graph, or in all of them."""
        ...

    def union_count(self) -> int:
        """Distinct triples across the named graphs."""
        ...

    def content_hash(self, graph: str) -> str | None:
        """The hash of the N-Triples the graph was last written from (None if never): unchanged graphs are skipped."""
        ...

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        """One named graph in ``fmt``, or every named graph (a quad format: N-Quads, TriG)."""
        ...

    # -- writing -------------------------------------------------------------------------------------------
    def replace_graph(self, graph: str, triples: Iterable[tuple]) -> int:
        """Atomically replace a named graph (rdflib or pyoxigraph terms) and keep the union; returns its size."""
        ...

    def load_file(self, graph: str, path: Path, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> int:
        """The same from an RDF file, blank nodes skolemised the same way by both backends."""
        ...

    def drop_graph(self, graph: str) -> None:
        ...

    def flush(self) -> None:
        ...

    def optimize(self) -> None:
        ...


__all__ = ["QueryResult", "Store"]
