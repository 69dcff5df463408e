"""Bounded fuzzing of the site (issue 16): whatever arrives at /sparql, /id/…, /doc/… or POST /validate, the
answer is never a 5xx other than a deliberate 503 (time limit, busy)."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livesite import LiveServer, shared_store

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
                derandomize=True)
SPARQL_BITS = ["SELECT", "*", "?s", "?p", "?o", "WHERE", "{", "}", "(", ")", "[", "]", "<urn:x>", '"a"', "'b'",
               "FILTER", "OPTIONAL", "UNION", "GRAPH", "BIND", "AS", "VALUES", "+", "-", "/", "|", "^", "!", ".",
               ";", ",", "a", "twp:x", "LIMIT", "1", "ORDER BY", "COUNT", "DESCRIBE", "CONSTRUCT", "ASK", "\\u0028",
               "#", "\n", "INSERT", "SERVICE", "FROM", "<javascript:x>", "%", "\x00", "é", "基隆"]


@pytest.fixture(scope="module")
def server():
    with LiveServer(shared_store(), query_timeout=2.0, workers=2, web_processes=1, cache_size=0) as srv:
        with httpx.Client(base_url=srv.url, timeout=60) as client:
            yield client


def no_unexpected_5xx(r: httpx.Response) -> None:
    assert r.status_code < 500 or (r.status_code == 503 and "Retry-After" in r.headers), (r.status_code, r.text[:300])


@FUZZ
@given(st.lists(st.sampled_from(SPARQL_BITS), max_size=25).map(" ".join) | st.text(max_size=200))
def test_sparql(server, query):
    no_unexpected_5xx(server.post("/sparql", data={"query": query}, headers={"accept": "application/sparql-results+json"}))


@FUZZ
@given(st.text(max_size=60), st.sampled_from(["/id/", "/doc/", "/id/agency/", "/doc/agency/"]),
       st.sampled_from(["", ".ttl", ".jsonld", ".nt", ".rdf", ".html"]),
       st.sampled_from(["text/html", "text/turtle", "*/*", "application/ld+json"]))
def test_linked_data_paths(server, tail, prefix, suffix, accept):
    no_unexpected_5xx(server.get(prefix + quote(tail, safe="/") + suffix, headers={"accept": accept},
                                 follow_redirects=False))


@FUZZ
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode),
       st.sampled_from(["text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
                        "text/csv", "application/trig", "application/n-quads", "text/plain"]))
def test_validate_bodies(server, body, ctype):
    no_unexpected_5xx(server.post("/validate", content=body, headers={"content-type": ctype, "accept": "application/json"}))
