"""The ready-made research queries: headers in both languages, they run, and over the bundled documents
Q1, Q3, Q4, Q6 and Q8 draw rows from more than one document."""

from __future__ import annotations

import httpx
import pyoxigraph as ox
import pytest

from twpolice import iris
from twpolice.api.research import FOLDER, parse, ready_queries
from twpolice.sparqltext import shape
from livesite import LiveServer, shared_store

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

# Research questions whose answer on the bundled documents draws on several documents. Not Q4: the bundled documents
# hold no target and actual of one agency, indicator and period in two documents (its one former pair matched
# 「其中40支」 with 「預計建置219支」, a part with its whole); tests/test_derived.py pairs a plan with a report.
MULTI_DOCUMENT = ("q1-", "q3-", "q6-", "q8-")


@pytest.fixture(scope="module")
def server():
    with LiveServer(shared_store(), workers=2) as srv:
        yield srv


def test_at_least_eight_with_bilingual_headers():
    qs = ready_queries()
    assert len(qs) >= 8
    for q in qs:
        assert q.title_zh and q.title_en and q.description_zh and q.description_en
        assert q.title_zh != q.title_en
        s = shape(q.text)
        assert s.form == "SELECT" and not s.has_service and not s.is_update


def test_header_is_required(tmp_path):
    bad = tmp_path / "x.rq"
    bad.write_text("# title@en: only English\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(ValueError, match="title@zh-Hant"):
        parse(bad)
    assert FOLDER.is_dir()


def test_every_ready_query_runs_and_has_a_share_link(server):
    listing = httpx.get(server.url + "/queries").json()
    assert [x["id"] for x in listing] == [q.id for q in ready_queries()]
    for q in ready_queries():
        r = httpx.post(server.url + "/sparql", data={"query": q.text}, headers={"Accept": "application/sparql-results+json"},
                       timeout=60)
        assert r.status_code == 200, (q.id, r.text)
        assert "head" in r.json()
        page = httpx.get(server.url + f"/query?id={q.id}&run=1")
        assert page.status_code == 200 and q.title_zh in page.text
        assert httpx.get(server.url + f"/queries/{q.id}.rq").text == q.text


def _documents_per_query(store: ox.Store, text: str) -> int:
    """How many source documents the rows of a query come from (via the measurement IRIs or titles it returns)."""
    rows = list(store.query(text, prefixes=iris.PREFIXES))
    docs = set()
    for r in rows:
        for v in ("document", "targetDocument", "actualDocument", "documents"):
            try:
                t = r[v]
            except (KeyError, IndexError):
                continue
            if t is None:
                continue
            docs.update(x.strip() for x in t.value.split(" | "))  # aggregate queries list titles with " | "
    return len(docs)


def test_research_questions_span_documents():
    store = ox.Store.read_only(str(shared_store()))
    for q in ready_queries():
        if q.id.startswith(MULTI_DOCUMENT):
            assert _documents_per_query(store, q.text) > 1, q.id
