"""api/negotiation.py: one registry of formats, seeded from pyoxigraph's format enums (issue 18, item 4)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from twpolice.api import negotiation

TRIPLE = ox.Triple(ox.NamedNode("https://w3id.org/twpolice/id/a"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                   ox.Literal("高雄市政府警察局", language="zh-Hant"))


@pytest.mark.parametrize("key", sorted(negotiation.RDF_FORMATS))
def test_each_rdf_format_is_sent_as_what_reads_it_back(key):
    """What we write with a key's format, a client reading the Content-Type we send parses back to the same triple;
    the URL suffix names the same format."""
    body = ox.serialize([TRIPLE], format=negotiation.RDF_FORMATS[key])
    sent = negotiation.content_type(key)
    assert [q.triple for q in ox.parse(body, format=ox.RdfFormat.from_media_type(sent.split(";")[0]))] == [TRIPLE]
    assert negotiation.SUFFIXES["." + negotiation.RDF_FORMATS[key].file_extension] == key
    assert negotiation.choose(sent, "graph") == key


@pytest.mark.parametrize("key", sorted(negotiation.RESULT_FORMATS))
def test_each_result_format_is_chosen_by_its_own_media_type(key):
    sent = negotiation.content_type(key)
    assert ox.QueryResultsFormat.from_media_type(sent.split(";")[0]) == negotiation.RESULT_FORMATS[key]
    assert negotiation.choose(sent, "solutions") == key


def test_text_formats_say_utf_8_and_q_values_decide():
    assert negotiation.content_type("turtle") == "text/turtle; charset=utf-8"
    assert negotiation.choose("text/turtle;q=0.5, application/ld+json", "graph") == "jsonld"
    assert negotiation.choose("application/json", "solutions") == "json"  # an alias of SPARQL JSON results
    assert negotiation.choose("image/png", "graph") is None  # 406


BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize("accept, query, data", [
    (BROWSER, "html", "html"),  # a browser: the query editor, the dataset page
    ("*/*", "json", "turtle"),  # curl: results; /.well-known/void is data first
    (None, "json", "turtle"),
    ("application/sparql-results+json", "json", None),
    ("text/turtle", "turtle", "turtle"),
])
def test_a_page_only_when_a_browser_prefers_one(accept, query, data):
    assert negotiation.choose(accept, "query") == query
    assert negotiation.choose(accept, "data") == data
