"""Serving the site (``twpolice serve``): gunicorn with uvicorn workers over a snapshot, uvicorn alone over a
remote store."""

from __future__ import annotations

import os
from pathlib import Path

import uvicorn

from twpolice import iris
from twpolice.api.app import create_app
from twpolice.api.serve.generations import Snapshots
from twpolice.api.serve.webprocs import UVICORN_OPTIONS, Site, ensure_port_free, serve
from twpolice.graph.backends import is_url



def default_web_processes() -> int:
    """One web process per CPU this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def run(store_path: Path | str, host: str = "127.0.0.1", port: int = 8000, *, base: str = iris.BASE,
        query_timeout: float = 10.0, row_cap: int = 100_000, max_query_bytes: int = 1_000_000,
        workers: int | None = None, cache_size: int = 1024, log_level: str = "info",
        releases: Path | str | None = None, web_processes: int | None = None, poll: float = 1.0,
        client_share: int | None = None, review_documents: Path | None = None) -> int:
    """Start uvicorn on ``host:port`` over the store at ``store_path`` or a remote store URL (blocks until
    stopped; returns an exit code).

    An on-disk store is served from a snapshot, and the site switches to a new snapshot when a build has
    finished (:mod:`twpolice.api.serve.generations`; checked every ``poll`` seconds). ``web_processes`` (default:
    one per CPU; one when the store is too large to copy into memory) web processes are forked after the
    store is loaded (:mod:`twpolice.api.serve.webprocs`); ``workers`` is the number of query processes of each.
    A remote store is served by one process, as it is. ``client_share``: query workers one client address may
    hold at once (default: all but one; :mod:`twpolice.api.query.fairness`). ``review_documents``: serve the web review
    of that documents folder at ``/review`` (:mod:`twpolice.api.routes.review`).
    """
    ensure_port_free(host, port)  # before loading anything: a busy port must not end up shared
    options = dict(base=base, query_timeout=query_timeout, row_cap=row_cap, max_query_bytes=max_query_bytes,
                   workers=workers, cache_size=cache_size, releases=releases, client_share=client_share,
                   review_documents=review_documents)
    if is_url(store_path):
        uvicorn.run(create_app(str(store_path), **options), host=host, port=port, log_level=log_level,
                    **UVICORN_OPTIONS)
        return 0

    snapshots = Snapshots(Path(store_path))
    serving: list = [None]  # the generation of the newest site

    def load(taken) -> Site:
        path, generation = taken
        app = create_app(path, generation=generation, **options)
        runner = app.state.twp.runner
        if getattr(runner, "in_memory", False):
            runner.share_zygote()  # one zygote per version, shared by its web processes

        def close() -> None:
            runner.close_shared_zygote()
            snapshots.drop(path)

        serving[0] = generation
        return Site(app, runner.adopt_shared_zygote, close)

    def next_site() -> Site | None:
        if not snapshots.newer(serving[0]):
            return None
        taken = snapshots.take(ready_only=True)
        return load(taken) if taken is not None else None

    try:
        taken = None
        while taken is None:  # a build that stamps between the two reads: take it again
            taken = snapshots.take(ready_only=False)
        first = load(taken)
        # a store too large to copy stays on disk, opened before the fork: one web process unless asked otherwise
        forkable = getattr(first.app.state.twp.runner, "in_memory", False)
        n = web_processes or (default_web_processes() if forkable else 1)
        return serve(first, host, port, n, log_level=log_level, next_site=next_site, poll=poll)
    finally:
        snapshots.close()
