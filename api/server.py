"""Serving the site with uvicorn (``twpolice serve``)."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

from twpolice import iris
from twpolice.api.webprocs import ensure_port_free

UVICORN_OPTIONS: dict[str, Any] = {"access_log": False, "http": "httptools", "loop": "uvloop",
                                   "timeout_keep_alive": 30}


def default_web_processes() -> int:
    """One web process per CPU this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def run(store_path: Path | str, host: str = "127.0.0.1", port: int = 8000, *, base: str = iris.BASE,
        query_timeout: float = 10.0, row_cap: int = 100_000, max_query_bytes: int = 1_000_000,
        workers: int | None = None, cache_size: int = 1024, log_level: str = "info",
        releases: Path | str | None = None, web_processes: int | None = None) -> int:
    """Start uvicorn on ``host:port`` over the store at ``store_path`` or a remote store URL (blocks until
    stopped; returns an exit code).

    ``web_processes`` (default: one per CPU; one when the store is too large to copy into memory or is
    remote) web processes are forked after the store is loaded (:mod:`twpolice.api.webprocs`);
    ``workers`` is the number of query processes of each.
    """
    import uvicorn

    from twpolice.api.app import create_app
    ensure_port_free(host, port)  # before loading anything: a busy port must not end up shared

    from twpolice.graph.backends import is_url

    store = store_path if is_url(store_path) else Path(store_path)
    app = create_app(store, base=base, query_timeout=query_timeout, row_cap=row_cap,
                     max_query_bytes=max_query_bytes, workers=workers, cache_size=cache_size, releases=releases)
    runner = app.state.twp.runner
    # a store too large to copy stays on disk, opened before the fork (and a remote store has no zygote to
    # share): one web process unless asked otherwise
    forkable = getattr(runner, "in_memory", False)
    n = web_processes or (default_web_processes() if forkable else 1)
    if n <= 1 or not forkable:
        uvicorn.run(app, host=host, port=port, log_level=log_level, **UVICORN_OPTIONS)
        return 0

    from twpolice.api.webprocs import listening_sockets, supervise

    sockets = listening_sockets(host, port, n)
    runner.share_zygote()

    def serve_one(app_: Any, sock: socket.socket) -> None:
        runner.adopt_shared_zygote()
        uvicorn.Server(uvicorn.Config(app_, log_level=log_level, **UVICORN_OPTIONS)).run(sockets=[sock])

    return supervise(app, sockets, serve_one, runner.close_shared_zygote)
