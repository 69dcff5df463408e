"""A second ``twpolice serve`` on a port that is already served refuses to start (issue 16, item 2).

With ``SO_REUSEPORT`` it used to bind anyway and the kernel split connections between two sites.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from livesite import LiveServer, shared_store

pytestmark = pytest.mark.live  # real servers on loopback (pyproject.toml markers)


def serve(store: Path, port: int, *extra: str) -> subprocess.CompletedProcess:
    """``twpolice serve`` as a user runs it; it must give up on its own (the timeout only guards the test)."""
    return subprocess.run([sys.executable, "-m", "twpolice.cli", "serve", "--store", str(store), "--port", str(port),
                           *extra], capture_output=True, text=True, timeout=120,
                          env={"TWPOLICE_LANG": "zh-Hant", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())})


def refused(proc: subprocess.CompletedProcess, port: int, word: str) -> str:
    """Exit 2 and one line naming the port and why; returns that line."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and str(port) in lines[0] and word in lines[0], proc.stderr[-2000:]
    return lines[0]


@pytest.mark.parametrize("web_processes", [2, 1])
def test_second_serve_on_a_served_port_exits_2(web_processes):
    store = shared_store()
    with LiveServer(store, workers=1, web_processes=web_processes) as first:
        refused(serve(store, first.port, "--web-processes", "2"), first.port, "已被其他程序使用")
        refused(serve(store, first.port, "--web-processes", "1", "--lang", "en"), first.port, "already in use")
        for _ in range(20):  # every connection still reaches the first site
            r = httpx.get(first.url + "/sparql", params={"query": "ASK {}", "format": "json"}, timeout=30)
            assert r.status_code == 200
        assert first.proc.poll() is None


def test_port_held_by_any_other_program_exits_2():
    store = shared_store()
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        port = other.getsockname()[1]
        line = refused(serve(store, port, "--lang", "en"), port, "already in use")
        assert f"{port}" in line and "already in use" in line, line
        with socket.create_connection(("127.0.0.1", port), timeout=5):  # the other program still owns the port
            conn, _ = other.accept()
            conn.close()
