"""Test and benchmark support: build a store from the bundled documents once per process and run the site in a
real uvicorn on a free loopback port (``twpolice serve`` in a subprocess).

Importable by the tests (pytest puts ``tests/`` on the path) and by ``benchmarks/`` (which add it).
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
from functools import lru_cache
from pathlib import Path

from twpolice.graph.build import load_vocabularies
from twpolice.graph.store import GraphStore


BUILD_TIMEOUT = float(os.environ.get("TWPOLICE_TEST_BUILD_TIMEOUT", "300"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_ontology_files(gs: GraphStore) -> None:
    """The vocabularies, through the build's own loader."""
    load_vocabularies(gs)


def build_test_store(path: Path) -> None:
    """``twpolice build`` of the bundled documents into an on-disk store at ``path``, in a subprocess with a time
    limit so a slow or broken build cannot hang the test session (it fails it)."""
    code = ("import sys; from pathlib import Path; from twpolice.graph.build import build_store; "
            f"r = build_store(Path({str(path)!r})); "
            "sys.exit(0 if sum(x.measurements for x in r.rows) > 0 else 3)")
    try:
        done = subprocess.run([sys.executable, "-c", code], timeout=BUILD_TIMEOUT, capture_output=True)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"twpolice build took longer than {BUILD_TIMEOUT} s") from None
    if done.returncode != 0:
        problem = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or [f"exit {done.returncode}"]
        raise RuntimeError(f"twpolice build failed: {problem[0]}")


@lru_cache(maxsize=1)
def shared_store() -> Path:
    """One store built from the bundled documents per test process (removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="twpolice-test-store-"))
    atexit.register(shutil.rmtree, folder, True)
    build_test_store(folder / "store")
    return folder / "store"


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
    tmpdir: Path | None = None  # the server's TMPDIR (where its snapshots of the store go)
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, wait: float = 60.0) -> "LiveServer":
        self.port = self.port or free_port()
        code = ("import sys; from pathlib import Path; from twpolice.api.serve.server import run; "
                f"run(Path({str(self.store)!r}), '127.0.0.1', {self.port}, query_timeout={self.query_timeout}, "
                f"row_cap={self.row_cap}, max_query_bytes={self.max_query_bytes}, workers={self.workers!r}, "
                f"cache_size={self.cache_size}, log_level='warning', web_processes={self.web_processes!r}, "
                f"client_share={self.client_share!r}, "
                f"review_documents={str(self.review_documents) if self.review_documents else None!r})")
        env = {**os.environ, "PYTHONUNBUFFERED": "1", **({"TMPDIR": str(self.tmpdir)} if self.tmpdir else {})}
        self.proc = subprocess.Popen([sys.executable, "-c", code], env=env)
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
