"""The vocabularies a submission may reference, loaded once, and the part of them it does reference.

Validation runs over the submitted triples plus the vocabulary they point to (value types,
operators, units, funding sources, document types, shared indicators, agencies), never the
whole store: a few hundred extra triples instead of everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from twpolice import iris
from twpolice.vocab import ontology_files as vocab_ontology_files
from twpolice.shapes.terms import quiet_rdflib
from twpolice.terms import to_rdflib

Triple = tuple[Node, Node, Node]
#: beyond what the submission names directly, only these links are followed (unit compatibility,
#: shared indicators' units and bounds, sums).
FOLLOW = frozenset({iris.TWP.unit, iris.TWP.sumOf, SKOS.exactMatch, SKOS.closeMatch,
                    URIRef("http://qudt.org/schema/qudt/scalingOf")})
#: followed backwards from what the submission names: a funding source's narrower sources (its parts).
INVERSE = (SKOS.broader,)
DEPTH = 3


def ontology_files() -> dict[str, Path]:
    """The ontology and vocabulary files (:func:`twpolice.vocab.ontology_files`)."""
    return dict(vocab_ontology_files())


@dataclass
class Vocabulary:
    """All vocabulary triples indexed by subject (and by object for :data:`INVERSE` predicates)."""

    by_subject: dict[Node, list[tuple[Node, Node]]]
    by_object: dict[Node, list[Triple]]
    schema: list[Triple]  # rdfs:subClassOf, always included (sh:class needs it)
    size: int

    def describe(self, node: Node) -> list[Triple]:
        return [(node, p, o) for p, o in self.by_subject.get(node, ())]

    def referenced(self, data: Iterable[Triple]) -> list[Triple]:
        """Vocabulary triples reachable from the IRIs ``data`` mentions (:data:`DEPTH` hops)."""
        seen: set[Node] = set()
        frontier = {t for s, _, o in data for t in (s, o) if isinstance(t, URIRef)}
        out: list[Triple] = list(self.schema)
        for depth in range(DEPTH):
            nxt: set[Node] = set()
            for node in frontier - seen:
                seen.add(node)
                for p, o in self.by_subject.get(node, ()):
                    out.append((node, p, o))
                    if p in FOLLOW and isinstance(o, URIRef):
                        nxt.add(o)
                if depth == 0:
                    out.extend(self.by_object.get(node, ()))
            frontier = nxt
        return out


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Parse every vocabulary file once per process (Oxigraph parser, rdflib terms)."""
    by_subject: dict[Node, list[tuple[Node, Node]]] = {}
    by_object: dict[Node, list[Triple]] = {}
    schema: list[Triple] = []
    size = 0
    with quiet_rdflib():
        for triple in _parse_all(ontology_files().values()):
            s, p, o = triple
            size += 1
            by_subject.setdefault(s, []).append((p, o))
            if p in INVERSE:
                by_object.setdefault(o, []).append(triple)
            if p == RDFS.subClassOf and not isinstance(o, Literal):
                schema.append(triple)
    return Vocabulary(by_subject, by_object, schema, size)


def _parse_all(paths: Iterable[Path]) -> Iterable[Triple]:
    for path in paths:
        data = path.read_bytes()
        if iris.BASE != iris.DEFAULT_BASE:
            data = data.replace(iris.DEFAULT_BASE.encode(), iris.BASE.encode())
        for q in ox.parse(data, format=ox.RdfFormat.TURTLE, base_iri=iris.BASE):
            if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode):
                continue  # blank structures (qb components) are never referenced by submissions
            yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)


def whole_graph() -> Graph:
    """Every vocabulary triple as one rdflib graph (for the benchmark baseline and tools)."""
    g = Graph()
    with quiet_rdflib():
        for path in ontology_files().values():
            g.parse(path, format="turtle")
    return g
