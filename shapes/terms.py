"""Term conversions between pyoxigraph and rdflib, and short display forms of terms.

Oxigraph lowercases language tags; :func:`canonical_lang` restores BCP 47 casing
(``zh-hant`` → ``zh-Hant``, ``zh-tw`` → ``zh-TW``) so reports show what people wrote.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from twpolice import iris

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def canonical_lang(tag: str) -> str:
    """BCP 47 recommended casing: language lower, script title, region upper."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for i, part in enumerate(parts[1:], start=1):
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha() and i >= 1:
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


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


def to_rdflib(term) -> Node:
    """pyoxigraph term → rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=canonical_lang(term.language))
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unsupported term: {term!r}")


def to_ox(term) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """rdflib term → pyoxigraph term (blank node ids kept)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        try:
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        except ValueError:  # a tag or datatype Oxigraph refuses: keep the text, the shapes report the rest
            pass
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(_bnode_id(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _bnode_id(node: BNode) -> str:
    text = str(node)
    return text if text.isalnum() and text[:1].isalpha() else "b" + iris.short_hash(text, length=24)


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
            oid = _bnode_id(term)
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
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return f'"{term}"^^{curie(URIRef(term.datatype))}'
        return f'"{term}"'
    return curie(term)
