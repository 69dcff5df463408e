"""Terms in validation reports: short display forms, and rdflib triples loaded into Oxigraph for the fast core
(the conversions themselves, both ways, are :mod:`twpolice.terms`)."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from twpolice import iris
from twpolice.terms import XSD_STRING, bnode_id, to_ox, to_rdflib

@contextmanager
def quiet_rdflib() -> Iterator[None]:
    """Silence rdflib's per-literal warnings for ill-typed values (they are reported as results)."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def triples_to_store(triples: Iterable[tuple]) -> tuple[ox.Store, dict[str, BNode]]:
    """Copy rdflib triples (a Graph or any iterable) into an in-memory Oxigraph store; returns the
    store and the blank-node id map back to the rdflib nodes."""
    store = ox.Store()
    bnodes: dict[str, BNode] = {}
    cache: dict = {}

    def conv(term):
        found = cache.get(term)
        if found is not None:
            return found
        if isinstance(term, BNode):
            oid = bnode_id(term)
            bnodes[oid] = term
            found = ox.BlankNode(oid)
        else:
            found = to_ox(term)
        cache[term] = found
        return found

    dg = ox.DefaultGraph()
    store.bulk_extend(ox.Quad(conv(s), conv(p), conv(o), dg) for s, p, o in triples)
    return store, bnodes




def from_store(term, bnodes: dict[str, BNode]) -> Node:
    """Oxigraph result term → the rdflib term of the original graph."""
    if isinstance(term, ox.BlankNode) and term.value in bnodes:
        return bnodes[term.value]
    return to_rdflib(term)


PREFIXES: dict[str, str] = {**iris.PREFIXES, "twpsh": str(iris.SHAPES), "sh": "http://www.w3.org/ns/shacl#",
                            "fs": iris.BASE + "id/funding-source/"}


def curie(term: Node) -> str:
    """Compact form of an IRI using the project prefixes; literals as their lexical form."""
    if isinstance(term, URIRef):
        text = str(term)
        best = ""
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and len(ns) > len(best) and _is_local(text[len(ns):]):
                best = ns
                found = prefix
        if best:
            return f"{found}:{text[len(best):]}"
        if text.startswith(iris.BASE + "id/"):  # things: id:agency/kaohsiung-police
            return "id:" + text[len(iris.BASE) + 3:]
        return f"<{text}>"
    if isinstance(term, Literal):
        return str(term)
    return f"_:{term}"


def _is_local(local: str) -> bool:
    return bool(local) and all(c.isalnum() or c in "-_." for c in local) and not local.endswith(".")


def literal_display(term: Node) -> str:
    """A value as people read it: "12.0"^^xsd:double, "基隆"@zh-TW, <iri> → curie."""
    if isinstance(term, Literal):
        if term.language:
            return f'"{term}"@{term.language}'
        if term.datatype is not None and str(term.datatype) != XSD_STRING:
            return f'"{term}"^^{curie(URIRef(term.datatype))}'
        return f'"{term}"'
    return curie(term)


def copy_closure(source: Graph, node: Node, into: Graph) -> None:
    """Copy ``node``'s triples from ``source`` into ``into``, and those of every blank node they reach (a SHACL
    path's sequence or alternative, a shape's nested property shapes), so the copy reads alone."""
    todo, seen = [node], set()
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        for p, o in source.predicate_objects(n):
            into.add((n, p, o))
            if isinstance(o, BNode):
                todo.append(o)
