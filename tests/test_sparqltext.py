"""twpolice/sparqltext.py: the one SPARQL lexer behind the query gate, remote stores' form and the inline path."""

from __future__ import annotations

import pytest

from twpolice.api.query.inline import NotCheap, tokenize
from twpolice.sparqltext import QueryRefused, check_query, keywords, shape, tokens


def test_tokens_of_a_query():
    kinds = [(t.kind, t.text) for t in tokens('PREFIX p: <http://x/> SELECT ?a { ?a p:b "x"@en ; a _:b . } # c\nLIMIT 3')]
    assert kinds == [("word", "PREFIX"), ("pname", "p:"), ("iri", "<http://x/>"), ("word", "SELECT"), ("var", "?a"),
                     ("punct", "{"), ("var", "?a"), ("pname", "p:b"), ("str", '"x"'), ("lang", "@en"), ("punct", ";"),
                     ("word", "a"), ("bnode", "_:b"), ("punct", "."), ("punct", "}"), ("word", "LIMIT"), ("num", "3")]


def test_keywords_are_words_outside_strings_iris_and_comments():
    text = 'SELECT * { ?s ?p "INSERT DATA" . <http://x/SERVICE> ?p ?o } # DELETE WHERE'
    assert keywords(text) == ["SELECT"]
    assert shape(text).form == "SELECT" and not shape(text).has_service


@pytest.mark.parametrize("text", ["INSERT DATA { <a:a> <a:b> <a:c> }", "\\u0049NSERT DATA { <a:a> <a:b> <a:c> }",
                                  "PREFIX p: <http://x/>\nDELETE WHERE { ?s ?p ?o }"])
def test_an_update_is_refused_however_it_is_spelled(text):
    with pytest.raises(QueryRefused) as info:
        check_query(text)
    assert info.value.status == 403


def test_service_is_seen_and_the_inline_path_refuses_what_it_cannot_plan():
    assert shape("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }").has_service
    with pytest.raises(NotCheap):
        tokenize("SELECT * { ?s ?p ?o FILTER(?o > 1) }")  # brackets and operators are outside the cheap subset
    assert [t.kind for t in tokenize("ASK { <http://x/a> ?p ?o }")] == ["word", "punct", "iri", "var", "var", "punct"]
