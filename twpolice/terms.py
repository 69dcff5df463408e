"""RDF terms between pyoxigraph (the store, the converters) and rdflib (pyshacl, the CSV reader): the one place
that converts them, both ways.

Oxigraph lowercases language tags; :func:`canonical_lang` restores BCP 47 casing (``zh-hant`` → ``zh-Hant``) so
what goes back to rdflib reads as people wrote it. Blank nodes keep their ids where Oxigraph accepts them.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from twpolice import iris

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def canonical_lang(tag: str) -> str:
    """BCP 47 recommended casing: language lower, script title, region upper."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha():
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def bnode_id(node: BNode) -> str:
    """An id Oxigraph accepts for an rdflib blank node: its own when alphanumeric, else a hash of it."""
    text = str(node)
    return text if text.isalnum() and text[:1].isalpha() else "b" + iris.short_hash(text, length=24)


def to_rdflib(term) -> Node:
    """pyoxigraph term → rdflib term (xsd:string literals plain, language tags in BCP 47 casing)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=canonical_lang(term.language))
        dt = term.datatype.value
        return Literal(term.value) if dt == XSD_STRING else Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unsupported term: {term!r}")


def to_ox(term) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An Oxigraph term for a pyoxigraph term (as is), an rdflib term or an IRI string. A language tag or datatype
    Oxigraph refuses keeps the literal's text (the shapes report the rest)."""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term
    if isinstance(term, URIRef) or type(term) is str:
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        try:
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        except ValueError:
            pass
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(bnode_id(term))
    raise TypeError(f"not an RDF term: {term!r}")
