"""Links and headers (issue 16, item 7): only http, https and mailto IRIs become links, and every HTML page
sends a Content-Security-Policy (scripts and styles from this site only, never framed) and nosniff."""

from __future__ import annotations

import re

import httpx
import pyoxigraph as ox
import pytest

from twpolice import iris
from livesite import LiveServer, shared_store
from twpolice.graph.store import GraphStore

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

KEELUNG = iris.BASE + "id/agency/keelung-police"
HOSTILE = ["javascript:alert(document.domain)", "data:text/html,%3Cscript%3Ealert(1)%3C/script%3E", "vbscript:msgbox(1)"]
SAFE = ["https://example.org/ok", "mailto:police@example.org"]
SEE_ALSO = "http://www.w3.org/2000/01/rdf-schema#seeAlso"


@pytest.fixture(scope="module")
def store_with_hostile_iris(tmp_path_factory):
    """The shared store plus Keelung rdfs:seeAlso links to hostile and harmless IRIs, in a graph of their own."""
    path = tmp_path_factory.mktemp("hostile-iris") / "store"
    copy = ox.Store(str(path))
    copy.bulk_extend(ox.Store.read_only(str(shared_store())).quads_for_pattern(None, None, None, None))
    copy.flush()
    del copy
    gs = GraphStore(path)
    gs.replace_graph(iris.BASE + "id/graph/test/hostile-iris", [(KEELUNG, SEE_ALSO, ox.NamedNode(i)) for i in HOSTILE + SAFE])
    gs.flush()
    del gs
    return path


@pytest.fixture(scope="module")
def server(store_with_hostile_iris):
    with LiveServer(store_with_hostile_iris, workers=1, web_processes=1) as srv:
        yield srv


def test_only_http_https_mailto_become_links_in_pages(server):
    html = httpx.get(server.url + "/doc/agency/keelung-police", headers={"accept": "text/html"}, timeout=30).text
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert not [h for h in hrefs if not h.startswith(("/", "http:", "https:", "mailto:", "#"))], hrefs
    assert "https://example.org/ok" in hrefs and "mailto:police@example.org" in hrefs
    assert "javascript:alert(document.domain)" in html  # shown, as text


@pytest.mark.parametrize("path", ["/", "/query", "/doc/agency/keelung-police", "/validate", "/nope", "/dataset",
                                  "/search?q=基隆"])
def test_html_pages_send_csp_nosniff_and_frame_ancestors(server, path):
    r = httpx.get(server.url + path, headers={"accept": "text/html"}, timeout=30)
    assert r.headers["content-type"].startswith("text/html"), (path, r.status_code)
    csp = r.headers.get("content-security-policy", "")
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers.get("x-content-type-options") == "nosniff"
    # no inline script can run: the one <script> without src is a JSON data block
    for tag in re.findall(r"<script\b[^>]*>", r.text):
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert not re.search(r"\son[a-z]+\s*=", r.text), "no inline event handlers"


def test_validation_and_rule_pages_are_the_sites_own_pages_with_no_inline_style(server):
    """/validate and /rules are rendered with the site's templates: its stylesheet and navigation, no <style> of
    their own, so the CSP allows styles from the site only."""
    for path in ("/validate", "/rules", "/rules/R-budget-sum"):
        r = httpx.get(server.url + path, headers={"accept": "text/html"}, timeout=30)
        assert r.status_code == 200, path
        assert "<style" not in r.text and 'href="/static/style.css"' in r.text and 'class="top"' in r.text, path
        assert "style-src 'self';" in r.headers["content-security-policy"], path


def test_one_cors_policy_for_pages_the_endpoint_and_its_fast_path(server):
    """CORS is set in one place (api/headers.py): a page, a full /sparql answer and the fast path's answer give a
    cross-origin reader the same headers, X-Twpolice-Path included."""
    origin = {"Origin": "http://notebook.example"}
    q = {"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"}
    answers = [httpx.get(server.url + "/", headers=origin),
               httpx.get(server.url + "/sparql", params={**q, "timeout": "5"}, headers=origin),
               httpx.get(server.url + "/sparql", params={"query": "SELECT ?p ?o WHERE { <urn:x> ?p ?o }"},
                         headers=origin)]
    assert answers[2].headers["x-twpolice-path"] == "inline"
    for r in answers:
        assert r.headers["access-control-allow-origin"] == "*"
        exposed = {h.strip().lower() for h in r.headers["access-control-expose-headers"].split(",")}
        assert exposed == {"x-twpolice-truncated", "x-twpolice-rows", "x-twpolice-row-cap", "x-twpolice-path"}
