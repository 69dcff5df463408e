"""Query worker process: opens the store read-only and answers framed requests on a socket.

Two ways to run: ``python -m twpolice.api.query.worker FD STORE_PATH PREFIXES_JSON`` opens the
on-disk store read-only and serves one socket; ``--zygote FD STORE_PATH PREFIXES_JSON`` loads
an in-memory copy of the union once and forks a worker per request, so a replacement after a
timeout kill takes milliseconds and shares the copy (copy-on-write); queries that name graphs
run on the on-disk store.

Frame (both ways): 8-byte header ``>II`` = (meta length, body length), then the
meta JSON and the body bytes.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import struct
import sys
import time
from collections.abc import Iterable
from itertools import islice

import pyoxigraph as ox

from twpolice.api import negotiation
from twpolice.api.query import results
from twpolice.graph.protocol import QueryResult
from twpolice.graph.store import GraphStore, StoreError

HEADER = struct.Struct(">II")


def _graphs(iris: list[str] | None):
    if iris is None:
        return None
    return [ox.NamedNode(i) for i in iris]


def execute(store: GraphStore | ox.Store, prefixes: dict[str, str], req: dict,
            union_stored: bool = True) -> tuple[dict, bytes]:
    """Run one query and serialise at most ``cap`` rows/triples in the requested formats.

    ``pnames: False`` in ``req`` (the text has no prefixed names) skips handing the predeclared prefixes to the
    engine, which costs a noticeable part of a point look-up; Turtle output still uses them.
    """
    kwargs: dict = {"prefixes": prefixes if req.get("pnames", True) else None}
    if req.get("base"):
        kwargs["base_iri"] = req["base"]
    dg, ng = req.get("default"), req.get("named")
    if dg is not None or ng is not None:
        kwargs["default_graph"] = _graphs(dg or [])
        kwargs["named_graphs"] = _graphs(ng or [])
    else:  # the union, unless the request says otherwise or the store's default graph already is the union
        kwargs["use_default_graph_as_union"] = bool(req.get("union", True) and not union_stored)
    t0 = time.perf_counter()
    try:
        res = store.query(req["query"], **kwargs)
    except SyntaxError as exc:
        return {"status": 400, "error": "syntax", "message": str(exc)}, b""
    except (OSError, ValueError, RuntimeError) as exc:
        return {"status": 400, "error": "evaluation", "message": str(exc)}, b""
    return serialise(res, prefixes, req, t0)


def serialise(res: QueryResult, prefixes: dict[str, str], req: dict, t0: float) -> tuple[dict, bytes]:
    """A query's result as the answer :func:`execute` gives (at most ``cap`` rows/triples, in the requested
    format), whichever store answered it; ``t0``: when the query started (``time.perf_counter``)."""
    cap = int(req.get("cap", 100_000))
    try:
        if isinstance(res, ox.QueryBoolean):
            fmt = req.get("sel")
            if not fmt:
                return {"status": 406, "error": "format", "kind": "boolean"}, b""
            return {"status": 200, "fmt": fmt, "kind": "boolean", "rows": 1, "truncated": False,
                    "ms": _ms(t0)}, results.BOOLEAN_WRITERS[fmt](bool(res))
        if isinstance(res, ox.QuerySolutions):
            fmt = req.get("sel")
            if not fmt:
                return {"status": 406, "error": "format", "kind": "solutions"}, b""
            variables = [v.value for v in res.variables]
            rows, truncated = _capped((tuple(sol) for sol in res), cap)
            body = results.SELECT_WRITERS[fmt](variables, rows)
            return {"status": 200, "fmt": fmt, "kind": "solutions", "rows": len(rows), "truncated": truncated,
                    "ms": _ms(t0)}, body
        fmt = req.get("graph")
        if not fmt:
            return {"status": 406, "error": "format", "kind": "graph"}, b""
        triples, truncated = _capped(res, cap)
        kw = {"prefixes": prefixes} if fmt == "turtle" else {}
        body = ox.serialize(triples, format=negotiation.RDF_FORMATS[fmt], **kw)
        return {"status": 200, "fmt": fmt, "kind": "graph", "rows": len(triples), "truncated": truncated,
                "ms": _ms(t0)}, body
    except (OSError, ValueError, RuntimeError, TypeError) as exc:
        return {"status": 400, "error": "evaluation", "message": str(exc)}, b""


def _capped(items: Iterable, cap: int) -> tuple[list, bool]:
    """At most ``cap`` items, and whether there were more (one more is read to know)."""
    taken = list(islice(items, cap + 1))
    return taken[:cap], len(taken) > cap


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 3)


def _read_exact(f, n: int) -> bytes | None:
    data = f.read(n)
    if data is None or len(data) < n:
        return None
    return data


def names_graphs(req: dict) -> bool:
    """Whether a request can read a named graph (GRAPH or FROM in the text, or the protocol's dataset
    parameters): only those need the on-disk store when the in-memory copy holds just the union."""
    return bool(req.get("graphs")) or "default" in req or "named" in req


class GraphsOnDisk:
    """The on-disk store, opened read-only on first use in this process (a handle does not survive a fork;
    opening takes milliseconds): where queries that name graphs run when the in-memory copy is the union."""

    def __init__(self, store_path: str) -> None:
        self.store_path = store_path
        self._open: tuple[int, GraphStore] | None = None

    def get(self) -> tuple[GraphStore, bool]:
        """(the store, whether its default graph is the stored union)"""
        if self._open is None or self._open[0] != os.getpid():
            self._open = (os.getpid(), GraphStore(self.store_path, read_only=True))
        return self._open[1], self._open[1].union_stored


def serve(sock: socket.socket, store: GraphStore, prefixes: dict[str, str], union_stored: bool = True,
          graphs: GraphsOnDisk | None = None) -> None:
    """Answer framed requests on ``sock`` until it closes; with ``graphs``, ``store`` holds only the union and
    requests that name graphs run on the on-disk store."""
    reader = sock.makefile("rb")
    sock.sendall(HEADER.pack(2, 0) + b"{}")  # ready
    while True:
        head = _read_exact(reader, HEADER.size)
        if head is None:
            return
        mlen, blen = HEADER.unpack(head)
        meta = _read_exact(reader, mlen)
        if meta is None or (blen and _read_exact(reader, blen) is None):
            return
        try:
            req = json.loads(meta)
            target, stored = graphs.get() if graphs is not None and names_graphs(req) else (store, union_stored)
            out_meta, body = execute(target, prefixes, req, stored)
        except Exception as exc:  # noqa: BLE001 - a worker must answer, never die silently
            out_meta, body = {"status": 500, "error": "internal", "message": f"{type(exc).__name__}: {exc}"}, b""
        m = json.dumps(out_meta, ensure_ascii=False).encode("utf-8")
        sock.sendall(HEADER.pack(len(m), len(body)) + m)
        if body:
            sock.sendall(body)


def load_memory_copy(store_path: str) -> GraphStore:
    """The in-memory copy of the union the site and its workers answer from (:meth:`GraphStore.union_copy`);
    queries that name graphs run on the on-disk store (:class:`GraphsOnDisk`)."""
    return GraphStore.union_copy(store_path)


def zygote(ctrl: socket.socket, store_path: str, prefixes: dict[str, str]) -> None:
    """Hold one in-memory copy of the store and fork a query worker per request (copy-on-write, milliseconds).

    Control protocol: the runner sends one byte with a socket fd attached (SCM_RIGHTS); the zygote forks a
    child serving on that socket and answers with the child's pid (8 bytes). Children are reaped here.
    """
    store = load_memory_copy(store_path)

    def reap(*_: object) -> None:
        while True:
            try:
                pid, _status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return

    signal.signal(signal.SIGCHLD, reap)
    ctrl.sendall(b"R")
    while True:
        msg, fds, _flags, _addr = socket.recv_fds(ctrl, 16, 1)
        if not msg:
            return
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            ctrl.close()
            code = 0
            try:
                serve(socket.socket(fileno=fds[0]), store, prefixes, graphs=GraphsOnDisk(store_path))
            except (BrokenPipeError, ConnectionResetError):
                pass
            except BaseException:  # noqa: BLE001 - a forked child must never return into the zygote loop
                code = 1
            os._exit(code)
        os.close(fds[0])
        ctrl.sendall(struct.pack(">Q", pid))


def main(argv: list[str]) -> None:
    if argv[0] == "--zygote":
        ctrl = socket.socket(fileno=int(argv[1]))
        try:
            zygote(ctrl, argv[2], json.loads(argv[3]))
        except (BrokenPipeError, ConnectionResetError, KeyboardInterrupt):
            pass
        except OSError as exc:
            print(f"twpolice query zygote: cannot load {argv[2]}: {exc}", file=sys.stderr)
            sys.exit(1)
        return
    fd, store_path, prefixes = int(argv[0]), argv[1], json.loads(argv[2])
    sock = socket.socket(fileno=fd)
    try:
        disk = GraphStore(store_path, read_only=True)
        serve(sock, disk, prefixes, union_stored=disk.union_stored)
    except (BrokenPipeError, ConnectionResetError, KeyboardInterrupt):
        pass
    except (OSError, StoreError) as exc:  # the store went away or is unreadable: say so in one line
        print(f"twpolice query worker: cannot open {store_path}: {exc}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
