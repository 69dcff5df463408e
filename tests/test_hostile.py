"""Hostile input (issue 16, item 4): every case is one clear line or a 4xx, never a 500, traceback or crash.

The site runs in a real ``twpolice serve`` on loopback; the CLI runs in a subprocess, as a user runs it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from livesite import LiveServer, shared_store

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

DEEP_PARENS = "SELECT * WHERE { FILTER(" + "(" * 5000 + "true" + ")" * 5000 + ") }"
# no brackets at all, so the nesting check lets it through, yet the engine's parser recurses once per `+`
# and overflows its stack: the worker dies every time it is asked
LONG_SUM = "SELECT (" + "+".join(["1"] * 20000) + " AS ?x) WHERE {}"


def deep_jsonld(depth: int = 2000) -> str:
    return '{"@id": "https://example.org/a", "https://example.org/p": ' * depth + '"x"' + "}" * depth


def twpolice(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "twpolice.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env={"TWPOLICE_LANG": "zh-Hant", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())})


def one_clear_line(proc: subprocess.CompletedProcess, *words: str) -> str:
    """Exit 2, one line on stderr, no traceback, naming what went wrong; returns that line."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def store() -> Path:
    return shared_store()


@pytest.fixture(scope="module")
def server(store):
    with LiveServer(store, query_timeout=10.0, workers=2, web_processes=1) as srv:
        yield srv


@pytest.mark.parametrize("path", ["/doc/agency/keelung-police%20", "/id/x%3E", "/id/agency/keelung-police%20",
                                  "/doc/x%3E.ttl", "/id/a%7Bb%7D", "/doc/a%5Cb", "/id/a%0Ab"])
@pytest.mark.parametrize("accept", ["text/html", "text/turtle"])
def test_iri_with_illegal_characters_is_404(server, path, accept):
    r = httpx.get(server.url + path, headers={"accept": accept}, timeout=30)
    assert r.status_code == 404, r.text[:300]


def test_deeply_nested_jsonld_upload_is_400(server):
    r = httpx.post(server.url + "/validate?lang=en", content=deep_jsonld(),
                   headers={"content-type": "application/ld+json", "accept": "application/json"}, timeout=60)
    assert r.status_code == 400, r.text[:300]
    assert "nested" in r.json()["error"]["en"]


def test_deeply_nested_jsonld_file_is_exit_2(tmp_path):
    f = tmp_path / "deep.jsonld"
    f.write_text(deep_jsonld())
    zh = one_clear_line(twpolice("validate", str(f)))
    assert "deep.jsonld" in zh and "層" in zh, zh
    en = one_clear_line(twpolice("validate", str(f), "--lang", "en"))
    assert "nested" in en, en


@pytest.mark.parametrize("how", ["missing-folder", "onto-folder"])
def test_export_to_an_unusable_path_is_one_line(store, tmp_path, how):
    target = tmp_path / "nope" / "m.csv" if how == "missing-folder" else tmp_path
    one_clear_line(twpolice("export", "measurements", "--store", str(store), "-o", str(target)), str(target))
    assert not list(tmp_path.rglob("*.tmp"))


@pytest.mark.parametrize("how", ["missing-folder", "onto-folder"])
def test_convert_to_an_unusable_path_is_one_line(tmp_path, how):
    from conftest import doc_path

    target = tmp_path / "nope" / "k.ttl" if how == "missing-folder" else tmp_path
    one_clear_line(twpolice("convert", str(doc_path("003")), "-o", str(target), "--lang", "en"), str(target))
    assert not list(tmp_path.rglob("*.tmp"))


def test_cli_query_with_5000_nested_parentheses_is_an_error(store):
    zh = one_clear_line(twpolice("query", DEEP_PARENS, "--store", str(store)))
    assert "巢狀" in zh, zh
    en = one_clear_line(twpolice("query", DEEP_PARENS, "--store", str(store), "--lang", "en"))
    assert "nested" in en, en


def test_cli_update_is_read_only(store):
    en = one_clear_line(twpolice("query", 'INSERT DATA { <urn:a> <urn:b> "c" }', "--store", str(store), "--lang", "en"))
    assert "read-only" in en, en
    zh = one_clear_line(twpolice("query", "PREFIX x: <urn:x> DELETE WHERE { ?s ?p ?o }", "--store", str(store)))
    assert "唯讀" in zh, zh


def test_endpoint_refuses_deep_nesting_before_the_engine(server):
    r = httpx.post(server.url + "/sparql", data={"query": DEEP_PARENS}, timeout=30)
    assert r.status_code == 400, r.text
    assert "too deeply nested" in r.text


def test_query_that_kills_its_worker_every_time_is_400(server):
    for _ in range(2):  # the second time it is known, and refused without killing another worker
        r = httpx.post(server.url + "/sparql", data={"query": LONG_SUM},
                       headers={"accept": "application/sparql-results+json"}, timeout=60)
        assert r.status_code == 400, r.text
        assert "too deeply nested" in r.text and "retry" not in r.text
    ok = httpx.get(server.url + "/sparql", params={"query": "SELECT (1+1 AS ?x) {}", "format": "json"}, timeout=30)
    assert ok.status_code == 200 and ok.json()["results"]["bindings"][0]["x"]["value"] == "2"
