"""A rebuild under a running site (issue 16, item 1): one consistent version at a time, the new one after the switch.

The build stamps the store (graph/generation.py); the site serves a snapshot and switches when a new generation is
ready (api/serve/generations.py, the gunicorn master in api/serve/webprocs.py).
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from twpolice.api.serve.generations import Snapshots
from livesite import LiveServer
from twpolice.graph import generation as stamps
from twpolice.graph.build import build_store

DOCUMENTS = Path(__file__).resolve().parent.parent / "documents"
DOC = "004_b7561b9adedc7f21.txt"
OLD, NEW = "200", "201"  # 「建置及汰舊 200 支以上之錄影監視器」: the one figure the rebuild changes


def _documents(folder: Path, figure: str) -> Path:
    """Document 004 with its manifest entry; the camera target printed as ``figure``."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (DOCUMENTS / DOC).read_text(encoding="utf-8")
    assert text.count(f"建置及汰舊 {OLD} 支") == 1
    (folder / DOC).write_text(text.replace(f"建置及汰舊 {OLD} 支", f"建置及汰舊 {figure} 支"), encoding="utf-8")
    manifest = (DOCUMENTS / "manifest.toml").read_text(encoding="utf-8")
    entry = next(block for block in manifest.split("[[document]]")[1:] if f'"{DOC}"' in block)
    (folder / "manifest.toml").write_text("[[document]]" + entry, encoding="utf-8")
    return folder


# ----------------------------------------------------------------------------- the stamp


def test_a_build_stamps_its_generation_and_an_unchanged_rebuild_keeps_it(tmp_path):
    store = tmp_path / "store"
    docs = _documents(tmp_path / "docs", OLD)
    assert stamps.read(store) is None
    first = build_store(store, docs).generation
    assert (first.number, first.state) == (1, "ready") and stamps.read(store) == first
    assert build_store(store, docs).generation.number == 1  # nothing changed: no new version to switch to
    assert build_store(store, _documents(tmp_path / "docs2", NEW)).generation.number == 2


def test_a_build_that_died_leaves_building_and_the_next_build_is_a_new_generation(tmp_path):
    store = tmp_path / "store"
    docs = _documents(tmp_path / "docs", OLD)
    build_store(store, docs)
    stamps.mark_building(store)  # what a build killed half-way leaves
    assert not stamps.read(store).ready
    assert build_store(store, docs).generation == stamps.read(store)
    assert stamps.read(store).number == 2  # even with the same documents: what it left may be half-written


def test_an_unreadable_stamp_is_no_stamp(tmp_path):
    store = tmp_path / "store"
    stamps.stamp_path(store).write_text("{not json", encoding="utf-8")
    assert stamps.read(store) is None


# ----------------------------------------------------------------------------- snapshots


def test_a_snapshot_is_taken_only_of_a_finished_build_and_never_changes(tmp_path):
    store = tmp_path / "store"
    build_store(store, _documents(tmp_path / "docs", OLD))
    snapshots = Snapshots(store)
    try:
        path, generation = snapshots.take(ready_only=True)
        assert generation.number == 1 and not snapshots.newer(generation)
        stamps.mark_building(store)
        assert snapshots.take(ready_only=True) is None  # a build is writing: keep what is served
        assert not snapshots.newer(generation)
        build_store(store, _documents(tmp_path / "docs2", NEW))
        assert snapshots.newer(generation)

        def values(where: Path) -> set[str]:
            return {r["v"].value for r in ox.Store.read_only(str(where)).query(
                f"SELECT ?v WHERE {{ ?m <https://w3id.org/twpolice/def#value> ?v FILTER(?v IN ({OLD}, {NEW})) }}")}

        assert values(path) == {OLD} and values(store) == {NEW}  # the snapshot kept the version it was taken of
    finally:
        snapshots.close()
    assert not snapshots.root.exists()


# ----------------------------------------------------------------------------- the running site

SPARQL_BOTH = (f"SELECT ?a ?b WHERE {{ ?m twp:value ?a FILTER(?a IN ({OLD}, {NEW})) "
               f"GRAPH ?g {{ ?n twp:value ?b FILTER(?b IN ({OLD}, {NEW})) }} }}")
SPARQL_DEFAULT = f"SELECT ?a WHERE {{ ?m twp:value ?a FILTER(?a IN ({OLD}, {NEW})) }}"
SPARQL_GRAPH = f"SELECT ?b WHERE {{ GRAPH ?g {{ ?n twp:value ?b FILTER(?b IN ({OLD}, {NEW})) }} }}"


def _get(client: httpx.Client, url: str, **kw) -> httpx.Response:
    """GET once more when a kept-alive connection was closed under the request (RFC 9112 §9.3.1: a client may
    retry an idempotent request then, as browsers do): an old web process closes its idle connections when it
    is retired."""
    try:
        return client.get(url, **kw)
    except (httpx.ReadError, httpx.RemoteProtocolError):
        return client.get(url, **kw)


def _version(client: httpx.Client, kind: str, page: str) -> str:
    """Which version one answer is: "old", "new", or "mixed" (both, or a default graph and a named graph apart)."""
    if kind == "page":
        response = _get(client, page)
        assert response.status_code == 200, (response.status_code, response.text[:300])
        text = response.text
        seen = {v for v in (OLD, NEW) if re.search(rf"(?<![0-9.,]){v}(?![0-9.,])", text)}
    elif kind == "dump":
        text = _get(client, "/download/twpolice.nq").text
        seen = {v for v in (OLD, NEW) if f'"{v}"^^' in text}
    else:
        query = {"both": SPARQL_BOTH, "default": SPARQL_DEFAULT, "graph": SPARQL_GRAPH}[kind]
        rows = _get(client, "/sparql", params={"query": query}, headers={"Accept": "text/csv"}).text.splitlines()[1:]
        seen = {v for row in rows for v in row.split(",")}
    assert seen, (kind, "no figure in the answer")
    return "mixed" if len(seen) > 1 else ("old" if seen == {OLD} else "new")


@pytest.mark.live
def test_rebuild_under_a_running_site_answers_one_version_at_a_time(tmp_path):
    store = tmp_path / "store"
    build_store(store, _documents(tmp_path / "docs", OLD))
    served = tmp_path / "served"
    served.mkdir()
    with LiveServer(store, workers=1, web_processes=2, tmpdir=served) as site, \
            httpx.Client(base_url=site.url, timeout=30, follow_redirects=True) as client:
        rows = client.get("/sparql", params={"query": "SELECT ?d WHERE { ?d a twp:Document }"},
                          headers={"Accept": "text/csv"}).text.splitlines()[1:]
        page = rows[0].replace("https://w3id.org/twpolice/", "/")  # the document's page lists its figures
        kinds = ["both", "default", "graph", "page", "dump"]
        answers: list[tuple[float, str, str]] = []
        stop = threading.Event()

        def ask(offset: int) -> None:
            with httpx.Client(base_url=site.url, timeout=30, follow_redirects=True) as own:
                i = offset
                while not stop.is_set():
                    kind = kinds[i % len(kinds)]
                    try:
                        answers.append((time.monotonic(), kind, _version(own, kind, page)))
                    except (AssertionError, httpx.HTTPError) as exc:  # reported below, not lost with the thread
                        answers.append((time.monotonic(), kind, f"error: {exc!r}"))
                    i += 1

        threads = [threading.Thread(target=ask, args=(k,)) for k in range(3)]
        for t in threads:
            t.start()
        build = subprocess.run([sys.executable, "-m", "twpolice.cli", "build", "--store", str(store), "--documents",
                                str(_documents(tmp_path / "docs2", NEW))], capture_output=True, text=True, timeout=300)
        assert build.returncode == 0, build.stderr[-2000:]
        deadline = time.monotonic() + 60
        while _get(client, "/").text.count('data-generation="2"') == 0:  # the switch, seen from outside
            assert time.monotonic() < deadline, "the site did not switch to the new build"
            time.sleep(0.2)
        time.sleep(2)  # the old web processes finish what they hold
        switched = time.monotonic()
        while len([a for a in answers if a[0] > switched]) < 60 or len(answers) < 200:
            assert time.monotonic() < deadline + 120, f"{len(answers)} answers"
            time.sleep(0.1)
        stop.set()
        for t in threads:
            t.join()
        snapshots = sorted(p.name for p in served.glob("twpolice-serve-*/generation-*"))
        assert snapshots == ["generation-2"], "the old version is closed once its last web process has gone"
    assert len(answers) >= 200
    assert [a for a in answers if a[2].startswith("error")] == []
    assert [a for a in answers if a[2] == "mixed"] == []  # every answer wholly old or wholly new
    assert {a[2] for a in answers if a[0] > switched} == {"new"}  # and every answer new after the switch
    assert {k for _, k, v in answers if v == "new"} == set(kinds)  # pages, both graphs and dumps all moved
