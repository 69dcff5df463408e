"""``/downloads/`` on a real `twpolice serve --releases DIR` on loopback: the message before any release,
then (a release published into DIR while the site runs) the listing, files matching their SHA-256,
ETag / Content-Length / Range / HEAD, traversal refused, and dump links pointing at the release."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

import pytest

from livesite import free_port, shared_store

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)

BASE_URL = "https://data.example.tw/twpolice/"


def get(url: str, headers: dict | None = None, method: str = "GET") -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def start_serve(*args: str, wait: float = 90) -> tuple[subprocess.Popen, str]:
    """``twpolice serve`` as a user starts it, on a free loopback port."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "twpolice.cli", "serve", "--port", str(port), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "TWPOLICE_LANG": "zh-Hant"})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"serve exited {proc.returncode}: {proc.stderr.read().decode()}")
        try:
            with urllib.request.urlopen(url + "/sparql", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.2)
    stop(proc)
    raise RuntimeError("serve did not start")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def releases(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("releases")


@pytest.fixture(scope="module")
def site(releases):
    store = shared_store()
    proc, url = start_serve("--store", str(store), "--releases", str(releases))
    yield url
    stop(proc)


def test_no_release_yet_says_so(site):
    status, headers, body = get(site + "/downloads/", {"Accept": "text/html"})
    assert status == 200 and 'id="no-release"' in body.decode()
    assert "twpolice publish" in body.decode() and "尚未" in body.decode()
    status, _, body = get(site + "/downloads/?lang=en", {"Accept": "text/html"})
    assert "No release is served here yet" in body.decode()
    status, _, body = get(site + "/downloads/", {"Accept": "application/json"})
    assert status == 200 and json.loads(body)["release"] is None
    assert get(site + "/downloads/rdf/twpolice.nq")[0] == 404
    status, _, body = get(site + "/", {"Accept": "text/html"})
    assert 'href="/download/twpolice.nq"' in body.decode()  # the site's own dump until a release exists


@pytest.fixture(scope="module")
def release(site, releases) -> Path:
    from twpolice.graph.publish import publish_release
    from twpolice.graph.store import GraphStore

    store = shared_store()
    gs = GraphStore(store, read_only=True)
    out = releases / "2026-01"
    publish_release(gs, out, base_url=BASE_URL, now=datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc))
    return out


def test_listing_and_files_match_their_checksums(site, release):
    manifest = json.loads((release / "release.json").read_text(encoding="utf-8"))
    status, _, body = get(site + "/downloads/", {"Accept": "application/json"})
    listing = json.loads(body)
    assert status == 200 and listing["release"] == manifest["release"]
    assert [f["path"] for f in listing["files"]] == [f["path"] for f in manifest["files"]]
    for f in listing["files"]:
        if f["bytes"] > 3_000_000:
            continue  # the big dumps are checked below with HEAD and a range
        status, headers, data = get(site + f["href"])
        assert status == 200, f["path"]
        assert hashlib.sha256(data).hexdigest() == f["sha256"] and len(data) == f["bytes"]
        assert headers["content-length"] == str(f["bytes"]) and headers["etag"] == f'"{f["sha256"]}"'
    sums = get(site + "/downloads/SHA256SUMS")[2].decode()
    assert sums == (release / "SHA256SUMS").read_text(encoding="utf-8")
    status, headers, data = get(site + "/downloads/csv/measurements.csv")
    assert headers["content-type"].startswith("text/csv") and "charset=utf-8" in headers["content-type"]
    assert data.startswith(b"\xef\xbb\xbf")
    assert get(site + "/downloads/rdf/twpolice.nt.gz")[1]["content-type"] == "application/gzip"


def test_head_range_and_etag(site, release):
    nq = next(f for f in json.loads((release / "release.json").read_text(encoding="utf-8"))["files"]
              if f["path"] == "rdf/twpolice.nq")
    status, headers, body = get(site + "/downloads/rdf/twpolice.nq", method="HEAD")
    assert status == 200 and body == b"" and headers["content-length"] == str(nq["bytes"])
    assert headers["content-type"].startswith("application/n-quads")
    status, headers, body = get(site + "/downloads/rdf/twpolice.nq", {"Range": "bytes=0-99"})
    assert status == 206 and len(body) == 100
    assert body == (release / "rdf" / "twpolice.nq").read_bytes()[:100]
    status, _, _ = get(site + "/downloads/rdf/twpolice.nq", {"If-None-Match": f'"{nq["sha256"]}"'})
    assert status == 304


def test_html_listing_in_both_languages(site, release):
    status, _, body = get(site + "/downloads/", {"Accept": "text/html"})
    html = body.decode()
    assert status == 200 and 'id="release-files"' in html and "檔案" in html and "SHA256SUMS" in html
    assert 'href="/downloads/catalog/catalog.ttl"' in html
    assert "Bytes" in get(site + "/downloads/?lang=en", {"Accept": "text/html"})[2].decode()
    assert get(site + "/downloads")[0] == 200  # redirected to /downloads/


def test_traversal_is_refused(site, release, releases):
    (releases / "secret.txt").write_text("no", encoding="utf-8")
    for path in ("/downloads/../secret.txt", "/downloads/%2e%2e/secret.txt", "/downloads/..%2fsecret.txt",
                 "/downloads/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/downloads//etc/passwd", "/downloads/rdf/../../secret.txt",
                 "/downloads/rdf/", "/downloads/.2026-01.tmp/x", "/downloads/rdf%2ftwpolice.nq%00"):
        status, _, body = get(site + path)
        assert status in (400, 404), (path, status)
        assert b"no" != body


def test_release_links_from_home_dataset_and_void(site, release):
    home = get(site + "/", {"Accept": "text/html"})[2].decode()
    assert 'href="/downloads/rdf/twpolice.nq"' in home and 'id="release-downloads"' in home
    dataset = get(site + "/dataset", {"Accept": "text/html"})[2].decode()
    assert 'href="/downloads/csv/measurements.csv"' in dataset and 'href="/downloads/"' in dataset
    void = get(site + "/.well-known/void")[2].decode()
    assert f"{site}/downloads/rdf/twpolice.trig" in void
    catalogue = (release / "catalog" / "catalog.ttl").read_text(encoding="utf-8")
    for f in json.loads((release / "release.json").read_text(encoding="utf-8"))["files"]:
        if f["path"].startswith(("rdf/", "csv/")):
            assert f"{BASE_URL}downloads/{f['path']}" in catalogue or f["path"].endswith(".json"), f["path"]
            assert get(site + "/downloads/" + f["path"], method="HEAD")[0] == 200


def test_listing_names_the_type_each_file_is_served_with(site, release):
    """/downloads/ lists twpolice.nt.gz as application/gzip, what it is served with (issue 16, item 8)."""
    listing = json.loads(get(site + "/downloads/", {"Accept": "application/json"})[2])
    html = get(site + "/downloads/", {"Accept": "text/html"})[2].decode()
    for f in listing["files"]:
        status, headers, _ = get(site + f["href"], method="HEAD")
        assert status == 200 and headers["content-type"] == f["media_type"], f["path"]
    gz = next(f for f in listing["files"] if f["path"] == "rdf/twpolice.nt.gz")
    assert gz["media_type"] == "application/gzip"
    row = next(r for r in html.split("<tr>") if "rdf/twpolice.nt.gz" in r)
    assert "application/gzip" in row and "application/n-triples" not in row


def test_full_dump_validates_on_its_own(release):
    """`twpolice validate rdf/twpolice.nq --profile publish` conforms without catalog/ (issue 16, item 8)."""
    proc = subprocess.run([sys.executable, "-m", "twpolice.cli", "validate", str(release / "rdf" / "twpolice.nq"),
                           "--profile", "publish", "--lang", "en"], capture_output=True, text=True,
                          env={**os.environ, "TWPOLICE_LANG": "en"})
    assert proc.returncode == 0, proc.stdout[:3000]
    assert "conforms to publish" in proc.stdout
