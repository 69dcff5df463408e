"""The one conversion of RDF terms between pyoxigraph and rdflib (twpolice/terms.py), both ways."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from twpolice.terms import bnode_id, canonical_lang, to_ox, to_rdflib


@pytest.mark.parametrize("term", [
    URIRef("https://w3id.org/twpolice/id/agency/taipei-police"),
    Literal("臺北市政府警察局", lang="zh-Hant"),
    Literal("12.5", datatype=XSD.decimal),
    Literal("plain text"),
    BNode("b1"),
])
def test_a_term_survives_the_round_trip(term):
    assert to_rdflib(to_ox(term)) == term


def test_oxigraph_lowercases_tags_and_the_way_back_restores_bcp47_casing():
    assert to_ox(Literal("x", lang="zh-Hant")).language == "zh-hant"
    assert to_rdflib(ox.Literal("x", language="zh-tw")).language == "zh-TW"
    assert canonical_lang("ZH-HANT-tw") == "zh-Hant-TW"


def test_strings_and_pyoxigraph_terms_go_in_as_they_are():
    node = ox.NamedNode("https://example.org/x")
    assert to_ox(node) is node
    assert to_ox("https://example.org/y") == ox.NamedNode("https://example.org/y")
    assert to_rdflib(ox.Literal("x", datatype=ox.NamedNode(str(XSD.string)))) == Literal("x")  # no explicit xsd:string


def test_a_blank_node_oxigraph_refuses_gets_a_stable_id_and_a_bad_datatype_keeps_the_text():
    odd = BNode("not-alnum:1")
    assert bnode_id(odd) == bnode_id(BNode("not-alnum:1")) and bnode_id(odd).isalnum()
    assert to_ox(odd) == ox.BlankNode(bnode_id(odd))
    assert to_ox(Literal("值", datatype=URIRef("not an iri"))) == ox.Literal("值")  # a datatype Oxigraph refuses


def test_what_is_no_term_is_refused():
    with pytest.raises(TypeError):
        to_ox(3.5)
    with pytest.raises(TypeError):
        to_rdflib("https://example.org/a string is no pyoxigraph term")
