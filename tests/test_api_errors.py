"""One error body for the whole site (issue 18): whatever refuses a request — an unknown resource, a format the
client cannot take, bad input — answers with the same bilingual message, as text for */*, the site's page for a
browser and JSON for a program that asks for it."""

from __future__ import annotations

import httpx
import pytest

from livesite import LiveServer, shared_store

pytestmark = pytest.mark.live

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def server():
    with LiveServer(shared_store(), workers=1, web_processes=1) as srv:
        yield srv


# (path, extra headers, status, the zh-Hant words, the English words)
REFUSALS = [
    ("/id/no-such-thing/at-all", {}, 404, "找不到此資源", "not found"),  # linked data
    ("/queries/no-such-query.rq", {}, 404, "找不到此資源", "not found"),  # site
    ("/download/no-such-dump.nq", {}, 404, "找不到此資源", "not found"),  # dumps
    ("/no/such/route", {}, 404, "找不到此資源", "not found"),  # no route at all
    ("/def", {"Accept": "image/png"}, 406, "無法以要求的格式提供", "not acceptable"),
    ("/compare?indicator=" + "x" * 300, {}, 400, "參數有誤", "invalid parameter"),  # a query parameter too long
    ("/sparql?update=DROP%20ALL", {}, 403, "本端點唯讀", "read-only"),  # the SPARQL protocol's refusals too
    ("/sparql?query=ASK%7B%7D&format=png", {}, 406, "不支援的格式", "unsupported format"),
]


@pytest.mark.parametrize("path, headers, status, zh, en", REFUSALS, ids=[r[0][:30] for r in REFUSALS])
def test_every_refusal_is_one_bilingual_body_in_the_representation_asked_for(server, path, headers, status, zh, en):
    text = httpx.get(server.url + path, headers={"Accept": "*/*", **headers})
    assert text.status_code == status and text.headers["content-type"].startswith("text/plain")
    assert zh in text.text and en in text.text
    if "Accept" in headers:
        return  # the client said what it takes: none of the error representations, so it gets text
    page = httpx.get(server.url + path, headers={"Accept": BROWSER})
    assert page.status_code == status and page.headers["content-type"].startswith("text/html")
    assert zh in page.text and "<html" in page.text and 'href="/search"' in page.text  # the site's own page
    english = httpx.get(server.url + path + ("&" if "?" in path else "?") + "lang=en", headers={"Accept": BROWSER})
    assert en in english.text.lower()
    body = httpx.get(server.url + path, headers={"Accept": "application/json"}).json()
    assert body["status"] == status and zh in body["error"]["zh-Hant"] and en in body["error"]["en"].lower()
    assert "Accept" in text.headers["vary"]


def test_a_404_names_what_was_not_found(server):
    r = httpx.get(server.url + "/id/no-such-thing/at-all")
    assert "/id/no-such-thing/at-all" in r.text
