"""`twpolice publish` and `--store URL`, run as a user runs them: in a subprocess.

Releases are written from a store built from the bundled documents; the remote cases use the real
`oxigraph` server on loopback (the fixture of `test_remote.py`).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_remote import Proxy, free_port, oxigraph_server  # noqa: F401 - the fixture
from twpolice import iris
from twpolice.graph.remote import RemoteStore

DOCUMENT_PERIOD = """
PREFIX twp: <https://w3id.org/twpolice/def#>
PREFIX dcterms: <http://purl.org/dc/terms/>
DELETE { GRAPH ?g { ?d dcterms:temporal ?t } } WHERE { GRAPH ?g { ?d a twp:Document ; dcterms:temporal ?t } }
"""


def twpolice(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    base = {"TWPOLICE_LANG": "zh-Hant", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())}
    return subprocess.run([sys.executable, "-m", "twpolice.cli", *args], capture_output=True, text=True,
                          env={**base, **(env or {})}, timeout=600)


def one_line_error(proc: subprocess.CompletedProcess, code: int = 2) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cli-publish")


@pytest.fixture(scope="module")
def store(work) -> Path:
    path = work / "store"
    proc = twpolice("build", "--store", str(path))
    assert proc.returncode == 0, proc.stderr
    return path


def _copy_store(store: Path, to: Path) -> Path:
    shutil.copytree(store, to)
    return to


def _verify_sums(release: Path) -> int:
    n = 0
    for line in (release / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(None, 1)
        assert hashlib.sha256((release / name.lstrip("*")).read_bytes()).hexdigest() == digest, name
        n += 1
    return n


def test_publish_writes_a_release_whose_checksums_verify(store, work):
    out = work / "r1"
    proc = twpolice("publish", "--out", str(out), "--store", str(store), "--base-url", "https://data.example.tw/tp/")
    assert proc.returncode == 0, proc.stderr
    files = json.loads((out / "release.json").read_text(encoding="utf-8"))["files"]
    assert _verify_sums(out) >= len(files) > 10
    assert f"{len(files)} 個檔案" in proc.stdout and "measurements" in proc.stdout and "新增文件 5" in proc.stdout
    catalogue = (out / "catalog" / "catalog.ttl").read_text(encoding="utf-8")
    assert "https://data.example.tw/tp/downloads/rdf/twpolice.nq" in catalogue


def test_publish_again_with_previous_reports_changes(store, work):
    first = work / "r1"
    if not first.exists():
        assert twpolice("publish", "--out", str(first), "--store", str(store)).returncode == 0
    changed = _copy_store(store, work / "store-less")
    from twpolice.graph.store import GraphStore

    gs = GraphStore(changed)
    doc_graph = next(g for g in gs.graphs() if "/id/graph/keelung-police/" in g)
    gs.drop_graph(doc_graph)
    gs.flush()
    del gs
    out = work / "r2"
    proc = twpolice("publish", "--out", str(out), "--store", str(changed), "--previous", str(first), "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "document removed 1" in proc.stdout
    assert "measurement removed" in proc.stdout
    assert (out / "CHANGES.md").exists() and _verify_sums(out) > 10


def test_refused_release_names_the_rule_and_writes_nothing(store, work):
    broken = _copy_store(store, work / "store-no-period")
    import pyoxigraph as ox

    raw = ox.Store(str(broken))
    raw.update(DOCUMENT_PERIOD)
    raw.flush()
    del raw
    out = work / "refused"
    proc = twpolice("publish", "--out", str(out), "--store", str(broken))
    assert proc.returncode == 1, proc.stderr
    assert "R-pub-document-period" in proc.stderr and "Traceback" not in proc.stderr
    assert "未發布" in proc.stderr
    assert not out.exists()
    assert not [p for p in work.iterdir() if p.name.startswith(".refused")]


def test_bad_inputs_are_one_line_and_exit_2(store, work, tmp_path):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine", encoding="utf-8")
    cases = [
        (("--out", str(tmp_path / "o1"), "--previous", str(tmp_path)), "--previous"),
        (("--out", str(a_file)), "--out"),
        (("--out", str(a_file / "sub")), "--out"),
        (("--out", str(busy)), "--out"),
        (("--out", str(tmp_path / "o2"), "--profile", "nonsense"), "nonsense"),
    ]
    for args, needle in cases:
        line = one_line_error(twpolice("publish", *args, "--store", str(store)))
        assert needle in line, line
    assert (busy / "notes.txt").read_text(encoding="utf-8") == "mine"
    line = one_line_error(twpolice("publish", "--out", str(tmp_path / "o3"), "--store", str(tmp_path / "nostore"),
                                   "--lang", "en"))
    assert "no store" in line
    assert not (tmp_path / "o1").exists() and not (tmp_path / "o3").exists()


# ---------------------------------------------------------------------------------------------
# remote stores

def _project_graphs(url: str) -> dict[str, str | None]:
    remote = RemoteStore(url)
    return {g: remote.content_hash(g) for g in remote.graphs()}


@pytest.mark.live
def test_build_into_a_remote_store_then_skip_unchanged(oxigraph_server):  # noqa: F811
    proc = twpolice("build", "--store", oxigraph_server)
    assert proc.returncode == 0, proc.stderr
    graphs = _project_graphs(oxigraph_server)
    docs = [g for g in graphs if "-police/" in g]  # one graph per document: …/id/graph/{agency}/{document}
    assert f"{iris.BASE}id/graph/agencies" in graphs and len(graphs) >= 10 and docs
    assert all(graphs.values())
    assert oxigraph_server in proc.stdout
    again = twpolice("build", "--store", oxigraph_server)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("未變更") >= 5 and "已載入" not in again.stdout
    assert _project_graphs(oxigraph_server) == graphs
    q = twpolice("query", "SELECT (COUNT(*) AS ?n) WHERE { ?m a twp:Measurement }", "-f", "csv",
                 "--store", oxigraph_server)
    assert q.returncode == 0 and int(q.stdout.split()[-1]) > 1000, q.stderr
    info = twpolice("info", "--store", oxigraph_server)
    assert info.returncode == 0 and f"{iris.BASE}id/graph/agencies" in info.stdout
    csv = twpolice("export", "measurements", "--store", oxigraph_server)
    assert csv.returncode == 0 and csv.stdout.count("\n") > 1000


@pytest.mark.live
def test_publish_syncs_to_an_endpoint_and_reads_from_a_url(store, work, oxigraph_server):  # noqa: F811
    out = work / "r-endpoint"
    proc = twpolice("publish", "--out", str(out), "--store", str(store), "--endpoint", oxigraph_server, "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert f"remote store {oxigraph_server}" in proc.stdout
    from twpolice.graph.store import GraphStore

    local = GraphStore(store, read_only=True)
    remote = _project_graphs(oxigraph_server)
    for g in local.graphs():
        assert remote[g] == local.content_hash(g)
    again = twpolice("publish", "--out", str(out), "--store", str(store), "--endpoint", oxigraph_server, "--lang", "en")
    assert again.returncode == 0, again.stderr
    assert "0 graphs replaced" in again.stdout
    from_url = twpolice("publish", "--out", str(work / "r-from-url"), "--store", oxigraph_server)
    assert from_url.returncode == 0, from_url.stderr
    assert _verify_sums(work / "r-from-url") > 10


def test_dead_url_is_one_line_and_exit_2(store, work):
    dead = f"http://127.0.0.1:{free_port()}"
    line = one_line_error(twpolice("build", "--store", dead, "--lang", "en"))
    assert "cannot reach the remote store" in line
    out = work / "never"
    line = one_line_error(twpolice("publish", "--out", str(out), "--store", str(store), "--endpoint", dead))
    assert "無法連線" in line
    assert not out.exists()
    line = one_line_error(twpolice("query", "ASK {}", "--store", dead))
    assert dead in line


@pytest.mark.live
def test_failed_sync_is_one_line_and_keeps_the_remote_graphs(store, work, oxigraph_server):  # noqa: F811
    """The store answers queries but refuses uploads (HTTP 500 on the Graph Store Protocol): exit 2, one line,
    and every graph on the store is what it was before."""
    changed = _copy_store(store, work / "store-for-sync")
    from twpolice.graph.store import GraphStore

    import pyoxigraph as ox

    from twpolice.graph.store import CONTENT_HASH

    gs = GraphStore(changed)
    g = next(g for g in gs.graphs() if "/id/graph/keelung-police/" in g)
    triples = [(q.subject, q.predicate, q.object) for q in gs.quads(g) if q.predicate.value != CONTENT_HASH]
    triples.append((ox.NamedNode(g), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment"),
                    ox.Literal("sync test")))
    gs.replace_graph(g, triples)  # one changed graph: the sync has something to upload
    gs.flush()
    del gs
    before = _project_graphs(oxigraph_server)
    proxy = Proxy(oxigraph_server)
    proxy.status_for_path["/store"] = 500
    try:
        proc = twpolice("publish", "--out", str(work / "r-sync-fails"), "--store", str(changed),
                        "--endpoint", proxy.url, "--lang", "en")
    finally:
        proxy.close()
    line = one_line_error(proc) if not proc.stdout else [ln for ln in proc.stderr.splitlines() if ln.strip()][-1]
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "HTTP 500" in line and "previous data left in place" in line
    assert _project_graphs(oxigraph_server) == before
