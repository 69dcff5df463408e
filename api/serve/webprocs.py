"""Several web processes on one port, under gunicorn: the site is built once, then forked (``twpolice serve``).

One Python process tops out at one core, so gunicorn's master loads the site once (``preload_app``: the
in-memory store is shared copy-on-write, not reloaded) and forks ``N`` uvicorn workers (``uvicorn_worker``)
that accept on its listening socket (``reuse_port``). Gunicorn replaces a worker that dies, forwards
SIGTERM/SIGINT and halts when a worker cannot boot. What is ours is in its hooks and one method of the
arbiter: a finished build switches the site to the new version of the store (:mod:`twpolice.api.serve.generations`;
gunicorn's own reload: new workers from the new version, the old ones finish what they hold), a version is
closed when its last worker has gone, each worker adopts its version's query zygote and gets SIGTERM if the
master itself dies (``PR_SET_PDEATHSIG``), so nothing is left behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import signal
import socket
import time
from dataclasses import dataclass
from typing import Any, Callable

from gunicorn.app.base import BaseApplication
from gunicorn.arbiter import Arbiter
from uvicorn_worker import UvicornWorker

from twpolice.errors import UserError

PR_SET_PDEATHSIG = 1
UVICORN_OPTIONS: dict[str, Any] = {"access_log": False, "http": "httptools", "loop": "uvloop",
                                   "timeout_keep_alive": 30}


def ensure_port_free(host: str, port: int) -> None:
    """Refuse a port another process listens on, before this one binds it.

    ``SO_REUSEPORT`` (gunicorn's ``reuse_port``) lets any process of the same user bind a port that is
    already served, and the kernel then splits connections between the two sites. A probe bound without
    it fails on a port that anyone holds; only after it has been closed does gunicorn bind. (A second ``serve`` starting in the same instant could still slip
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


def _die_with_parent() -> None:
    """Linux: SIGTERM this process when the master goes away (no orphans, even after a SIGKILL)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


@dataclass
class Site:
    """One version of the site: the app built in the master, what a worker does first, what to close after it."""

    app: Any
    prepare_worker: Callable[[], None]
    close: Callable[[], None]


class Worker(UvicornWorker):
    """uvicorn as ``twpolice serve`` runs it (httptools, uvloop, no access log)."""

    CONFIG_KWARGS: dict[str, Any] = UVICORN_OPTIONS


class _Master(Arbiter):
    """gunicorn's arbiter, plus: every ``poll`` seconds a new version of the site may replace the current one."""

    def __init__(self, app: "_Application", next_site: Callable[[], Site | None] | None, poll: float) -> None:
        self.sites: dict[int, Site] = {0: app.site}
        self.version = 0
        self._next_site, self._poll, self._checked, self._switching = next_site, poll, time.monotonic(), False
        super().__init__(app)

    def manage_workers(self) -> None:
        if self._next_site is not None and not self._switching and time.monotonic() - self._checked >= self._poll:
            self._switching = True
            try:
                site = self._next_site()
                if site is not None:
                    self.version += 1
                    self.sites[self.version] = self.app.site = site
                    self.app.callable = None  # reload() preloads it: the new workers fork from the new version
                    self.reload()
            finally:
                self._switching = False
                self._checked = time.monotonic()
        super().manage_workers()

    def retire(self) -> None:
        """Close every old version no worker serves any more."""
        serving = {getattr(w, "twp_version", None) for w in self.WORKERS.values()}
        for version in [v for v in self.sites if v != self.version and v not in serving]:
            self.sites.pop(version).close()

    def close_all(self) -> None:
        for site in self.sites.values():
            site.close()
        self.sites.clear()


def _pre_fork(master: _Master, worker: Any) -> None:
    worker.twp_version = master.version


def _post_fork(master: _Master, worker: Any) -> None:
    _die_with_parent()
    master.sites[worker.twp_version].prepare_worker()


def _child_exit(master: _Master, worker: Any) -> None:
    master.retire()


class _Application(BaseApplication):
    def __init__(self, site: Site, options: dict[str, Any]) -> None:
        self.site, self.options = site, options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self.site.app


def serve(first: Site, host: str, port: int, web_processes: int, *, log_level: str = "info",
          next_site: Callable[[], Site | None] | None = None, poll: float = 1.0) -> int:
    """Serve ``first`` on ``host:port`` with ``web_processes`` workers until SIGTERM/SIGINT; returns an exit code
    (gunicorn's: 0, or 3 when a worker could not boot)."""
    options = {"bind": [f"[{host}]:{port}" if ":" in host else f"{host}:{port}"], "workers": web_processes,
               "worker_class": Worker, "preload_app": True, "reuse_port": True, "backlog": 2048,
               "keepalive": UVICORN_OPTIONS["timeout_keep_alive"], "graceful_timeout": 20, "loglevel": log_level,
               "accesslog": None, "control_socket_disable": True, "proc_name": "twpolice",
               "pre_fork": _pre_fork, "post_fork": _post_fork, "child_exit": _child_exit}
    app = _Application(first, options)
    master = _Master(app, next_site, poll)
    gc.freeze()  # keep the collector from touching (and so copying) the master's objects in every worker
    try:
        master.run()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    finally:
        master.close_all()
    return 0
