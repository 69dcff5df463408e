"""Test and benchmark support: build a store once per process and run the site in a real uvicorn.

``build_test_store`` builds from the bundled documents (``twpolice build``) when that
works, and otherwise from the design sketch's hand-written examples plus the
ontology files, so the API can be tested before every converter has landed.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from twpolice import iris

REPO = Path(__file__).resolve().parent.parent
SKETCH_EXAMPLES = REPO / "tests" / "fixtures" / "sketch" / "valid.ttl"  # the design sketch examples, copied
_BUILT: dict[str, tuple[Path, str]] = {}
BUILD_TIMEOUT = float(os.environ.get("TWPOLICE_TEST_BUILD_TIMEOUT", "300"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_ontology_files(gs) -> None:
    """The vocabularies through the build's own loader when present, else every ``ontology/*.ttl``."""
    try:
        from twpolice.graph.build import load_vocabularies

        load_vocabularies(gs)
        return
    except Exception:  # noqa: BLE001 - the vocabulary module may not have landed yet
        pass
    for f in sorted((REPO / "ontology").glob("*.ttl")):
        name = f.stem
        graph = iris.GRAPH_ONTOLOGY if name == "twpolice" else iris.GRAPH_AGENCIES if name == "agencies" \
            else iris.ID[f"graph/vocabulary/{name}"]
        gs.load_file(str(graph), f)


def build_test_store(path: Path, source: str = "auto") -> str:
    """Fill an on-disk store at ``path``; returns "documents" or "sketch" (what it holds)."""
    from twpolice.graph.store import GraphStore

    if source in ("auto", "documents"):
        # in a subprocess with a time limit, so a slow or broken build cannot hang the test session
        code = ("import sys; from pathlib import Path; from twpolice.graph.build import build_store; "
                f"r = build_store(Path({str(path)!r})); "
                "sys.exit(0 if sum(x.measurements for x in r.rows) > 0 else 3)")
        try:
            done = subprocess.run([sys.executable, "-c", code], timeout=BUILD_TIMEOUT, capture_output=True)
            if done.returncode == 0:
                return "documents"
            problem = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or [f"exit {done.returncode}"]
        except subprocess.TimeoutExpired:
            problem = [f"build took longer than {BUILD_TIMEOUT} s"]
        if source == "documents":
            raise RuntimeError(f"twpolice build failed: {problem[0]}")
        print(f"twpolice test store: using the design sketch examples ({problem[0]})", file=sys.stderr)
        shutil.rmtree(path, ignore_errors=True)
    gs = GraphStore(path)
    load_ontology_files(gs)
    gs.load_file(str(iris.ID["graph/example/sketch"]), SKETCH_EXAMPLES)
    from twpolice.graph.derived import refresh_derived

    refresh_derived(gs)
    gs.flush()
    del gs
    return "sketch"


def shared_store(source: str | None = None) -> tuple[Path, str]:
    """One built store per test process (removed at exit); ``TWPOLICE_TEST_STORE`` = auto | documents | sketch."""
    source = source or os.environ.get("TWPOLICE_TEST_STORE", "auto")
    if source not in _BUILT:
        folder = Path(tempfile.mkdtemp(prefix="twpolice-test-store-"))
        atexit.register(shutil.rmtree, folder, True)
        kind = build_test_store(folder / "store", source)
        _BUILT[source] = (folder / "store", kind)
    return _BUILT[source]


def rss_kb(pid: int) -> int:
    """Resident memory of a process in KiB (Linux /proc)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def children(pid: int) -> list[int]:
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                stat = (p / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(p.name))
    return out


def descendants(pid: int) -> list[int]:
    """Children, grandchildren … of a process (the query zygote and its forked workers)."""
    out, todo = [], [pid]
    while todo:
        kids = children(todo.pop())
        out += kids
        todo += kids
    return out


@dataclass
class LiveServer:
    """``twpolice serve`` in a subprocess on a free loopback port."""

    store: Path
    query_timeout: float = 10.0
    row_cap: int = 100_000
    max_query_bytes: int = 1_000_000
    workers: int | None = None
    cache_size: int = 1024
    web_processes: int | None = None  # None: the server's default (one per CPU)
    client_share: int | None = None  # None: the server's default (all workers but one)
    review_documents: Path | None = None  # serve the web review of this documents folder (``serve --review``)
    port: int = 0
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, wait: float = 60.0) -> "LiveServer":
        self.port = self.port or free_port()
        code = ("import sys; from pathlib import Path; from twpolice.api.server import run; "
                f"run(Path({str(self.store)!r}), '127.0.0.1', {self.port}, query_timeout={self.query_timeout}, "
                f"row_cap={self.row_cap}, max_query_bytes={self.max_query_bytes}, workers={self.workers!r}, "
                f"cache_size={self.cache_size}, log_level='warning', web_processes={self.web_processes!r}, "
                f"client_share={self.client_share!r}, "
                f"review_documents={str(self.review_documents) if self.review_documents else None!r})")
        self.proc = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(self.url + "/sparql", timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __enter__(self) -> "LiveServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
