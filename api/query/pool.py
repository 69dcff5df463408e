"""Queries that can be stopped: a pool of worker processes, killed and replaced on timeout.

The Python binding of Oxigraph cannot interrupt a running query, so every user
query runs in a child process (:mod:`twpolice.api.query.worker`). By default a "zygote"
process loads an in-memory copy of the store once and forks the workers from it
(aggregates run several times faster from memory than from disk, and a replacement
is a fork, not a reload); ``in_memory=False`` makes each worker open the on-disk
store read-only instead (for stores too large to copy). The event loop talks to each child over a socket pair; when the time
limit passes, the child gets SIGKILL, a fresh one is started in the background, and
the caller gets :class:`QueryTimeout`. The other workers keep answering meanwhile.
With several web processes (:mod:`twpolice.api.serve.webprocs`) one zygote, started before they
fork, serves all of them; provably cheap queries never get here (:mod:`twpolice.api.query.inline`).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from twpolice.api.query.worker import HEADER


class QueryTimeout(Exception):
    """The query ran past its time limit and its worker was killed."""


class PoolBusy(Exception):
    """No worker became free within the request's time limit."""


class WorkerFailed(Exception):
    """A worker died while answering (it is replaced)."""


class QueryCrashes(Exception):
    """The query killed two workers in a row: the engine itself crashes on it (its parser or evaluator
    overflowing the stack on very deep expressions), so retrying cannot help."""


@dataclass(eq=False)
class _Worker:
    pid: int
    proc: subprocess.Popen | None  # None for children of the zygote (it reaps them)
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    served: int = 0


@dataclass
class RunnerStats:
    started: int = 0
    killed: int = 0
    recycled: int = 0
    queries: int = 0
    timeouts: int = 0
    pids: list[int] = field(default_factory=list)


class QueryRunner:
    """A fixed-size pool of query processes over one on-disk store."""

    def __init__(self, store_path: Path, prefixes: dict[str, str], *, workers: int | None = None,
                 max_queries_per_worker: int = 50_000, start_timeout: float = 120.0, in_memory: bool = True) -> None:
        self.store_path = str(Path(store_path).resolve())
        self.prefixes_json = json.dumps(prefixes)
        self.size = workers or max(2, os.cpu_count() or 2)
        self.max_queries = max_queries_per_worker
        self.start_timeout = start_timeout
        self.stats = RunnerStats()
        self._idle: collections.deque[_Worker] = collections.deque()
        self._waiters: collections.deque[asyncio.Future] = collections.deque()
        self._started = False
        self._all: set[_Worker] = set()
        self._closing = False
        self._spawning: set[asyncio.Task] = set()
        self.in_memory = in_memory
        self._zygote: subprocess.Popen | None = None
        self._ctrl: socket.socket | None = None
        self._ctrl_lock = threading.Lock()
        self._shared_lock: str | None = None  # lock file when web processes share one zygote
        self._crashers: collections.OrderedDict[bytes, None] = collections.OrderedDict()  # payloads that crash

    # -- lifecycle -----------------------------------------------------------
    async def start(self) -> None:
        if self.in_memory and self._ctrl is None:
            await asyncio.get_running_loop().run_in_executor(None, self._start_zygote)
        workers = await asyncio.gather(*(self._spawn() for _ in range(self.size)))
        for w in workers:
            self._release(w)
        self._started = True

    def _start_zygote(self) -> None:
        """Start the process that holds the in-memory copy and forks workers (blocking; run in a thread)."""
        ctrl, child = socket.socketpair()
        try:
            self._zygote = subprocess.Popen(
                [sys.executable, "-m", "twpolice.api.query.worker", "--zygote", str(child.fileno()), self.store_path,
                 self.prefixes_json], pass_fds=(child.fileno(),), stdin=subprocess.DEVNULL, close_fds=True)
        finally:
            child.close()
        ctrl.settimeout(self.start_timeout)
        if ctrl.recv(1) != b"R":
            raise RuntimeError(f"query zygote did not start (store {self.store_path})")
        self._ctrl = ctrl

    def share_zygote(self) -> None:
        """Start the zygote now, before the web processes fork, so they all fork workers from one in-memory copy.

        Each web process then calls :meth:`adopt_shared_zygote` after the fork; the control socket is used under
        a file lock (one request/answer at a time across processes). Only this process stops the zygote
        (:meth:`close_shared_zygote`).
        """
        if not self.in_memory or self._ctrl is not None:
            return
        self._start_zygote()
        fd, self._shared_lock = tempfile.mkstemp(prefix="twpolice-zygote-", suffix=".lock")
        os.close(fd)

    def adopt_shared_zygote(self) -> None:
        """In a forked web process: use the parent's zygote, never stop it (it is not this process's child)."""
        self._zygote = None
        self._ctrl_lock = threading.Lock()

    def _stop_zygote(self) -> None:
        if self._ctrl is not None:
            self._ctrl.close()
            self._ctrl = None
        if self._zygote is not None:
            self._zygote.kill()
            self._zygote.wait(timeout=10)
            self._zygote = None

    def close_shared_zygote(self) -> None:
        self._stop_zygote()
        if self._shared_lock:
            with contextlib.suppress(OSError):
                os.unlink(self._shared_lock)

    @contextlib.contextmanager
    def _across_processes(self):
        if not self._shared_lock or self._zygote is not None:  # own zygote: the thread lock is enough
            yield
            return
        with open(self._shared_lock, "rb") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            yield

    def _ask_zygote(self, fd: int) -> int:
        with self._across_processes():
            socket.send_fds(self._ctrl, [b"S"], [fd])
            data = b""
            while len(data) < 8:
                chunk = self._ctrl.recv(8 - len(data))
                if not chunk:
                    raise ConnectionError("query zygote went away")
                data += chunk
            return int.from_bytes(data, "big")

    def _fork_worker(self, fd: int) -> int:
        with self._ctrl_lock:
            if self._ctrl is None or (self._zygote is not None and self._zygote.poll() is not None):
                self._restart_zygote()
            try:
                return self._ask_zygote(fd)
            except OSError:
                if self._zygote is not None and self._zygote.poll() is None:
                    raise
                self._restart_zygote()  # the (shared) zygote went away: this process starts its own
                return self._ask_zygote(fd)

    def _restart_zygote(self) -> None:
        self._stop_zygote()
        self._start_zygote()

    async def _spawn(self) -> _Worker:
        parent, child = socket.socketpair()
        proc = None
        try:
            if self.in_memory:
                pid = await asyncio.get_running_loop().run_in_executor(None, self._fork_worker, child.fileno())
            else:
                proc = subprocess.Popen(
                    [sys.executable, "-m", "twpolice.api.query.worker", str(child.fileno()), self.store_path,
                     self.prefixes_json], pass_fds=(child.fileno(),), stdin=subprocess.DEVNULL, close_fds=True)
                pid = proc.pid
        finally:
            child.close()
        reader, writer = await asyncio.open_unix_connection(sock=parent, limit=2**20)
        w = _Worker(pid, proc, reader, writer)
        try:
            await asyncio.wait_for(self._read_frame(w), self.start_timeout)  # the "ready" frame
        except (asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError, OSError) as exc:
            self._kill(w)
            raise RuntimeError(f"query worker did not start (store {self.store_path}): {exc}") from exc
        except asyncio.CancelledError:
            self._kill(w)
            raise
        self._all.add(w)
        self.stats.started += 1
        self.stats.pids = sorted(x.pid for x in self._all)
        return w

    def _replace_later(self) -> None:
        if self._closing:
            return

        async def replace() -> None:
            for attempt in range(5):
                try:
                    w = await self._spawn()
                except (RuntimeError, OSError):
                    await asyncio.sleep(0.2 * (attempt + 1))
                    continue
                if self._closing:
                    self._kill(w)
                else:
                    self._release(w)
                return

        task = asyncio.get_running_loop().create_task(replace())
        self._spawning.add(task)
        task.add_done_callback(self._spawning.discard)

    def _kill(self, w: _Worker) -> None:
        self._all.discard(w)
        self.stats.pids = sorted(x.pid for x in self._all)
        try:
            os.kill(w.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            w.writer.close()
        except Exception:  # noqa: BLE001 - closing a dead socket
            pass
        if w.proc is not None:
            try:
                w.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass

    async def close(self) -> None:
        self._closing = True
        for t in list(self._spawning):
            t.cancel()
        for w in list(self._all):
            self._kill(w)
        if self._ctrl is not None:
            self._ctrl.close()
            self._ctrl = None
        if self._zygote is not None:  # None in a web process that uses its parent's zygote
            self._zygote.kill()
            self._zygote.wait(timeout=10)

    def pids(self) -> list[int]:
        return [w.pid for w in self._all]

    # -- running -------------------------------------------------------------
    def _release(self, w: _Worker) -> None:
        while self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.set_result(w)
                return
        self._idle.append(w)

    async def _acquire(self, timeout: float) -> _Worker:
        if self._idle:
            return self._idle.popleft()
        fut = asyncio.get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            return await asyncio.wait_for(asyncio.shield(fut), timeout)
        except BaseException as exc:
            if fut.done() and not fut.cancelled():
                if isinstance(exc, asyncio.TimeoutError):
                    return fut.result()  # handed over just as the time ran out
                self._release(fut.result())  # cancelled: pass the worker on
            else:
                fut.cancel()
            if isinstance(exc, asyncio.TimeoutError):
                raise PoolBusy() from exc
            raise

    @staticmethod
    async def _read_frame(w: _Worker) -> tuple[dict, bytes]:
        head = await w.reader.readexactly(HEADER.size)
        mlen, blen = HEADER.unpack(head)
        meta = json.loads(await w.reader.readexactly(mlen))
        body = await w.reader.readexactly(blen) if blen else b""
        return meta, body

    async def run(self, request: dict, timeout: float) -> tuple[dict, bytes]:
        """Answer ``request`` (see :func:`twpolice.api.query.worker.execute`) within ``timeout`` seconds.

        A worker that dies while answering may have been killed from outside, so the query gets one more
        worker; if that one dies too, the query is what kills them (:class:`QueryCrashes`), and it is
        remembered so asking again costs no third worker.
        """
        assert self._started, "runner not started"
        payload = json.dumps(request, ensure_ascii=False).encode("utf-8")
        if payload in self._crashers:
            raise QueryCrashes()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            return await self._run_once(payload, deadline)
        except WorkerFailed:
            try:
                return await self._run_once(payload, deadline)
            except WorkerFailed as exc:
                self._crashers[payload] = None
                while len(self._crashers) > 256:
                    self._crashers.popitem(last=False)
                raise QueryCrashes() from exc

    async def _run_once(self, payload: bytes, deadline: float) -> tuple[dict, bytes]:
        loop = asyncio.get_running_loop()
        w = await self._acquire(max(0.001, deadline - loop.time()))
        self.stats.queries += 1
        try:
            w.writer.write(HEADER.pack(len(payload), 0) + payload)
            meta, body = await asyncio.wait_for(self._read_frame(w), max(0.001, deadline - loop.time()))
        except asyncio.TimeoutError as exc:
            self.stats.timeouts += 1
            self.stats.killed += 1
            self._kill(w)
            self._replace_later()
            raise QueryTimeout() from exc
        except (asyncio.IncompleteReadError, ConnectionError, OSError) as exc:
            self._kill(w)
            self._replace_later()
            raise WorkerFailed(str(exc)) from exc
        except asyncio.CancelledError:
            # the request went away mid-query: the worker's answer would be out of step, so replace it
            self._kill(w)
            self._replace_later()
            raise
        w.served += 1
        if w.served >= self.max_queries:
            self.stats.recycled += 1
            self._kill(w)
            self._replace_later()
        else:
            self._release(w)
        return meta, body
