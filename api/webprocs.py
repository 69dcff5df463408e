"""Several web processes on one port: the site is built once, then forked (``twpolice serve --web-processes``).

One Python process tops out at one core, so the endpoint forks ``N`` web processes after
the store is loaded (the in-memory copy is shared copy-on-write, not reloaded). Each gets
its own ``SO_REUSEPORT`` listening socket on the same address, so the kernel spreads
connections evenly; each runs its own uvicorn and its own pool of query workers, all
forked from one query zygote started here before the fork. The parent only supervises:
it forwards SIGTERM/SIGINT, replaces a web process that dies, switches to a new version of the
store when a build has finished (:mod:`twpolice.api.generations`), stops the zygotes last, and
the children get SIGTERM if the parent itself dies (``PR_SET_PDEATHSIG``), so nothing is
left behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import signal
import socket
import sys
import time
from dataclasses import dataclass
from typing import Any, Callable

from twpolice.errors import UserError

PR_SET_PDEATHSIG = 1


def ensure_port_free(host: str, port: int) -> None:
    """Refuse a port another process listens on, before this one binds it.

    ``SO_REUSEPORT`` (:func:`listening_sockets`) lets any process of the same user bind a port that is
    already served, and the kernel then splits connections between the two sites. A probe bound without
    it fails on a port that anyone holds; only after it has been closed do our own web processes bind, so
    they never trip over each other. (A second ``serve`` starting in the same instant could still slip
    between probe and bind; a bind error is still reported then.)
    """
    if port == 0:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a closed predecessor's TIME_WAIT is fine
        try:
            probe.bind((host, port))
            probe.listen(1)
        except OSError as exc:
            raise UserError(f"埠號 {host}:{port} 已被其他程序使用（{exc.strerror}）：請停止它或改用 --port",
                            f"port {host}:{port} is already in use by another process ({exc.strerror}): "
                            "stop it or choose another --port") from exc


def listening_sockets(host: str, port: int, count: int, backlog: int = 2048) -> list[socket.socket]:
    """``count`` sockets bound to the same address with SO_REUSEPORT (port 0: one free port for all)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    out: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket(family, socket.SOCK_STREAM)
            out.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((host, port))
            port = sock.getsockname()[1]
            sock.listen(backlog)
            sock.set_inheritable(True)
    except OSError:
        for sock in out:
            sock.close()
        raise
    return out


def _die_with_parent() -> None:
    """Linux: SIGTERM this process when the supervising parent goes away (no orphans)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


@dataclass
class Site:
    """One version of the site: the app built in the parent, how a child serves it, and what to close after it."""

    app: Any
    serve_one: Callable[[Any, socket.socket], None]
    close: Callable[[], None]
    label: str = ""


def supervise(first: Site, sockets: list[socket.socket], *, next_site: Callable[[], Site | None] | None = None,
              poll: float = 1.0, min_uptime: float = 2.0) -> int:
    """Fork one web process per socket and keep them running until SIGTERM/SIGINT; returns an exit code.

    ``site.serve_one(app, sock)`` runs uvicorn in a child. A child that dies on its own is replaced, unless
    it died within ``min_uptime`` seconds of starting (a crash loop): then everything stops with exit code 1.

    Every ``poll`` seconds ``next_site()`` may return a new version (a build finished): its web processes
    are forked on the same sockets, then the old ones get SIGTERM, finish the requests they hold and exit
    (what waits in the sockets is taken by the new ones), and the old version is closed when its last
    process has gone. Each process answers from the one version it was forked with.
    """
    parent = os.getpid()
    children: dict[int, tuple[int, float, int]] = {}  # pid -> (socket index, start time, version)
    sites: dict[int, Site] = {0: first}
    current = 0
    stopping = False
    code = 0

    def start(index: int, version: int) -> None:
        site = sites[version]
        pid = os.fork()
        if pid == 0:
            status = 1
            try:
                for sig in (signal.SIGTERM, signal.SIGINT):
                    signal.signal(sig, signal.SIG_DFL)
                _die_with_parent()
                if os.getppid() != parent:  # the parent died between fork and prctl
                    os._exit(1)
                for k, sock in enumerate(sockets):
                    if k != index:
                        sock.close()
                site.serve_one(site.app, sockets[index])
                status = 0
            except BaseException as exc:  # noqa: BLE001 - a forked child must never return into the parent's loop
                print(f"twpolice web process {os.getpid()}: {type(exc).__name__}: {exc}", file=sys.stderr)
            finally:
                os._exit(status)
        children[pid] = (index, time.monotonic(), version)

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    def retire_finished() -> None:
        for version in [v for v in sites if v != current and all(c[2] != v for c in children.values())]:
            sites.pop(version).close()

    def switch() -> None:
        nonlocal current
        site = next_site()
        if site is None:
            return
        current += 1
        sites[current] = site
        for index in range(len(sockets)):
            start(index, current)
        for pid, (_, _, version) in list(children.items()):
            if version != current:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)  # uvicorn stops accepting and finishes what it holds

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    gc.freeze()  # keep the collector from touching (and so copying) the parent's objects in every child
    try:
        for index in range(len(sockets)):
            start(index, current)
        checked = time.monotonic()
        while children:
            try:
                pid, _status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                if next_site is not None and not stopping and time.monotonic() - checked >= poll:
                    switch()
                    checked = time.monotonic()
                time.sleep(0.05)
                continue
            if pid not in children:
                continue  # e.g. a query zygote, a child of this process too
            index, started, version = children.pop(pid)
            if stopping or version != current:
                retire_finished()
                continue
            if time.monotonic() - started < min_uptime:
                print("twpolice: 網頁程序啟動後立即結束，停止服務 / a web process exited right after starting; "
                      "stopping", file=sys.stderr)
                code = 1
                stop()
                continue
            start(index, current)
    finally:
        stop()
        deadline = time.monotonic() + 20
        while children and time.monotonic() < deadline:
            try:
                pid, _status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                time.sleep(0.05)
            children.pop(pid, None)
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for sock in sockets:
            sock.close()
        for site in sites.values():
            site.close()
    return code
