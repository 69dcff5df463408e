"""Bounded work for uploads (issue 16, item 3): a submission nested past the depth limit is refused before the
parser sees it (Oxigraph's RDF/XML parser is quadratic in depth: 4.6 MB nested took about two minutes), with
one clear line (exit 2) or a 4xx, and the site keeps answering meanwhile."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from livesite import LiveServer, shared_store
from twpolice.nesting import MAX_DEPTH

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

HEAD = ('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:ex="http://example.org/">\n')


def nested_rdfxml(depth: int) -> bytes:
    """RDF/XML of ``depth`` nested descriptions (two XML elements each, one triple); 57,000 make about 5 MB."""
    body = ("".join(f'<rdf:Description rdf:about="http://example.org/a{i}"><ex:p>' for i in range(depth)) + "x"
            + "</ex:p></rdf:Description>" * depth)
    return (HEAD + body + "</rdf:RDF>\n").encode()


@pytest.fixture(scope="module")
def server():
    with LiveServer(shared_store(), workers=1, web_processes=1) as srv:
        yield srv


def test_deep_rdfxml_upload_is_refused(server):
    data = nested_rdfxml(57_000)
    assert len(data) > 4_000_000
    r = httpx.post(server.url + "/validate?lang=en", content=data,
                   headers={"content-type": "application/rdf+xml", "accept": "application/json"}, timeout=120)
    assert r.status_code == 400, r.text[:300]
    assert "too deeply nested" in r.json()["error"]["en"] and str(MAX_DEPTH) in r.json()["error"]["en"]
    ok = httpx.get(server.url + "/sparql", params={"query": "ASK {}", "format": "json"}, timeout=30)
    assert ok.status_code == 200


def test_deep_rdfxml_file_is_exit_2(tmp_path):
    f = tmp_path / "deep.rdf"
    f.write_bytes(nested_rdfxml(57_000))
    proc = subprocess.run([sys.executable, "-m", "twpolice.cli", "validate", str(f), "--lang", "en"],
                          capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(Path.home())})
    assert proc.returncode == 2, proc.stderr[-2000:]
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "deep.rdf" in lines[0] and "too deeply nested" in lines[0], proc.stderr


def test_rdfxml_within_the_limit_still_validates():
    from twpolice.shapes.loaders import load_bytes

    sub = load_bytes(nested_rdfxml(MAX_DEPTH // 2 - 2), "rdfxml", name="ok.rdf")
    assert len(sub) == MAX_DEPTH // 2 - 2
