"""Choosing a backend: the embedded Oxigraph store for a path, a remote SPARQL store for a URL.

Both implement :class:`twpolice.graph.protocol.Store`, the interface the build, exports, publishing, the
CLI and the site use (query, quads, graphs, count, dump, replace_graph, content hash, ...).

CLI wiring: ``--store`` takes either; ``open_store(value)`` picks the backend.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from twpolice.graph.protocol import Store
from twpolice.graph.remote import RemoteStore
from twpolice.graph.store import GraphStore


def is_url(spec: str | Path | None) -> bool:
    return isinstance(spec, str) and spec.lower().startswith(("http://", "https://"))


def open_store(spec: str | Path | None = None, read_only: bool = False, **remote_options) -> Store:
    """The embedded store at a path (``None``: the default path) or a remote store at an http(s) URL.

    ``remote_options`` go to :class:`~twpolice.graph.remote.RemoteStore` (``flavor``, ``auth``,
    ``timeout``, ``retries``, ``query_url``, ``update_url``, ``gsp_url``, ``write_mode``, ``cache_seconds``);
    credentials also come from ``TWPOLICE_STORE_TOKEN`` / ``TWPOLICE_STORE_USER`` + ``TWPOLICE_STORE_PASSWORD``
    (+ ``TWPOLICE_STORE_AUTH=digest``) or the URL's ``user:password@``.
    """
    if is_url(spec):
        return RemoteStore(str(spec), read_only=read_only, **remote_options)
    if remote_options:
        raise TypeError(f"remote options given for a local store: {', '.join(remote_options)}")
    from twpolice.graph.store import default_store_path

    path = Path(spec).expanduser() if spec is not None else default_store_path()
    return GraphStore(path, read_only=read_only)


@dataclass
class SyncReport:
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    only_in_target: list[str] = field(default_factory=list)
    seconds: float = 0.0


def sync_graphs(source: Store, target: Store, graphs: list[str] | None = None) -> SyncReport:
    """Copy named graphs from ``source`` to ``target``, one atomic replacement per graph.

    A graph whose content hash is the same on both sides is skipped; the source's hash is carried over,
    so re-running is cheap. Graphs only the target has are listed, never dropped.
    ``twpolice publish --endpoint URL`` = ``sync_graphs(open_store(store), open_store(URL))``.
    """
    import pyoxigraph as ox

    from twpolice.graph.store import CONTENT_HASH

    t0 = time.perf_counter()
    report = SyncReport()
    names = graphs if graphs is not None else source.graphs()
    for g in names:
        digest = source.content_hash(g)
        if digest is not None and target.content_hash(g) == digest:
            report.unchanged.append(g)
            continue
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in source.quads(g)
                   if not (q.predicate.value == CONTENT_HASH and q.subject.value == g)]
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        if isinstance(target, RemoteStore):
            target.replace_graph_data(g, data, digest)
        else:
            target.replace_graph(g, triples)
        report.replaced.append(g)
    if graphs is None:
        have = set(names)
        report.only_in_target = [g for g in target.graphs() if g not in have]
    target.flush()
    report.seconds = time.perf_counter() - t0
    return report
