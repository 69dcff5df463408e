"""The site over a remote SPARQL store (``twpolice serve --store URL``), nothing copied locally.

The pages read the remote store through the store interface (:class:`twpolice.graph.protocol.Store`), as
they read the embedded one: :func:`open_remote_site` opens it read-only with :func:`~twpolice.graph.backends.
open_store`, its list of graphs kept for a few minutes (a full scan on a large store).

User SPARQL goes through :class:`RemoteQueryRunner`, the interface of :class:`~twpolice.api.query.pool.QueryRunner`:
each query is forwarded by :meth:`RemoteStore.query <twpolice.graph.remote.RemoteStore.query>` from a bounded
pool of threads, once (no retries), with the time left as its limit: past it the request is abandoned and the
caller gets :class:`~twpolice.api.query.pool.QueryTimeout` (503), whatever the store is doing. The answer is
re-serialised by the same :func:`twpolice.api.query.worker.serialise` as the embedded site's, so formats and the
row cap behave alike.

The remote store keeps working on an abandoned query until its own limit: set one (``oxigraph serve
--timeout-s``, Virtuoso ``MaxQueryExecutionTime``…; see ``docs/deployment.md``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import time

from twpolice import iris
from twpolice.api.query.pool import PoolBusy, QueryTimeout, RunnerStats, WorkerFailed
from twpolice.api.query.worker import serialise
from twpolice.graph.backends import open_store
from twpolice.graph.remote import RemoteStore, RemoteStoreError, RemoteTimeout

CACHE_SECONDS = 300.0
MAX_ANSWER_BYTES = 512 * 1024 * 1024


class _Deadline(Exception):
    pass


class RemoteQueryRunner:
    """User SPARQL forwarded to the remote store, at most ``workers`` at a time, each within its time limit."""

    def __init__(self, remote: RemoteStore, prefixes: dict[str, str], *, workers: int | None = None) -> None:
        self.remote = remote
        self.prefixes = prefixes
        self.size = workers or 4
        self.stats = RunnerStats()
        self.store_path = remote.url
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._sem: asyncio.Semaphore | None = None

    async def start(self) -> None:
        self._pool = concurrent.futures.ThreadPoolExecutor(self.size, thread_name_prefix="twpolice-remote-query")
        self._sem = asyncio.Semaphore(self.size)

    async def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        return []

    async def run(self, request: dict, timeout: float) -> tuple[dict, bytes]:
        """Answer ``request`` (see :func:`twpolice.api.query.worker.execute`) within ``timeout`` seconds."""
        assert self._pool is not None and self._sem is not None, "runner not started"
        loop = asyncio.get_running_loop()
        deadline = time.monotonic() + timeout
        try:
            await asyncio.wait_for(self._sem.acquire(), timeout)
        except asyncio.TimeoutError as exc:
            raise PoolBusy() from exc
        self.stats.queries += 1
        sem = self._sem
        fut = self._pool.submit(self._answer, request, deadline)
        fut.add_done_callback(lambda _f: loop.call_soon_threadsafe(sem.release))  # free once the thread is done
        try:
            return await asyncio.wait_for(asyncio.wrap_future(fut), max(0.001, deadline - time.monotonic()) + 1.0)
        except (asyncio.TimeoutError, _Deadline) as exc:
            self.stats.timeouts += 1
            raise QueryTimeout() from exc

    # -- in a pool thread ----------------------------------------------------------
    def _answer(self, req: dict, deadline: float) -> tuple[dict, bytes]:
        left = deadline - time.monotonic()
        if left <= 0:
            raise _Deadline()
        named = req.get("default") is not None or req.get("named") is not None
        t0 = time.perf_counter()
        try:
            # predeclared prefixes on the query's first line, so a syntax error names the user's line number
            res = self.remote.query(req["query"], prefixes=self.prefixes, base_iri=req.get("base") or None,
                                    default_graph=req.get("default") if named else None,
                                    named_graphs=req.get("named") if named else None,
                                    use_default_graph_as_union=req.get("union", True), timeout=left, retry=False,
                                    max_bytes=MAX_ANSWER_BYTES)
        except SyntaxError as exc:
            return {"status": 400, "error": "syntax", "message": str(exc)[:500] or "bad request"}, b""
        except RemoteTimeout as exc:
            raise _Deadline() from exc
        except RemoteStoreError as exc:
            reason = f"the remote store answered HTTP {exc.status}" if exc.status else exc.message("en")
            raise WorkerFailed(reason) from exc
        return serialise(res, self.prefixes, req, t0)


def open_remote_site(url: str, *, query_timeout: float, workers: int | None = None):
    """(the store, opened read-only, and its runner) for the remote store at ``url``."""
    remote = open_store(url, read_only=True, timeout=max(30.0, query_timeout * 3), cache_seconds=CACHE_SECONDS)
    return remote, RemoteQueryRunner(remote, iris.PREFIXES, workers=workers)


__all__ = ["RemoteQueryRunner", "open_remote_site"]
