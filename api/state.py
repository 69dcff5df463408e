"""What the running site holds: config, the read-only store, the query runner, counts and caches."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from fastapi import Request

from twpolice import __version__, iris
from twpolice.api.query.fairness import Fairness
from twpolice.api.query.pool import QueryRunner
from twpolice.api.query.resultcache import ResultCache
from twpolice.api.query.worker import GraphsOnDisk
from twpolice.api.search import SearchIndex
from twpolice.graph.export import measurements_csv
from twpolice.graph.generation import Generation
from twpolice.graph.store import DEFAULT_GRAPH
from twpolice.graph.summary import IndicatorCount, Size, indicator_count
from twpolice.messages import Msg

if TYPE_CHECKING:  # a type only: the describer is built by the app (views sit above the state)
    from twpolice.api.views.describe import Describer

LICENSE = "https://data.gov.tw/license"
LICENSE_NOTE = Msg("資料依來源機關公開之政府資訊整理，依政府資料開放授權條款－第1版釋出。",
                "Compiled from public government documents; released under Taiwan's Open Government Data "
                "License, version 1.0 (政府資料開放授權條款－第1版).")


@dataclass
class Stats:
    triples: int = 0
    quads: int = 0
    graphs: int = 0
    agencies: int = 0
    documents: int = 0
    measurements: int = 0
    indicators: int = 0
    shared_indicators: int = 0
    programs: int = 0
    years: list[int] = field(default_factory=list)
    classes: dict[str, int] = field(default_factory=dict)

    @property
    def size(self) -> Size:
        return Size(self.triples, self.quads, self.graphs)

    @property
    def indicator_count(self) -> IndicatorCount:
        return IndicatorCount(self.indicators, self.shared_indicators)


@dataclass
class SiteState:
    store_path: Path
    base: str
    query_timeout: float
    row_cap: int
    max_query_bytes: int
    store: ox.Store
    runner: QueryRunner
    cache: ResultCache
    describer: Describer
    search: SearchIndex
    stats: Stats
    templates: object = None
    releases: Path | None = None  # folder of release folders (or one release) served under /downloads/
    inline: object = None  # twpolice.api.query.inline.InlinePath: provably cheap queries answered in this process
    graphs_on_disk: GraphsOnDisk | None = None  # set when ``store`` is an in-memory copy of the union only
    generation: Generation | None = None  # the build stamp of the version served (twpolice.graph.generation)
    fairness: Fairness = field(default_factory=lambda: Fairness(2))  # each client's share of the query workers
    _dumps: dict[str, bytes] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def graphs(self) -> ox.Store:
        """Where the named graphs (one per document) are read: ``store`` itself, or the on-disk store when
        ``store`` is the in-memory copy of their union (:func:`twpolice.api.query.worker.load_memory_copy`)."""
        return self.graphs_on_disk.get()[0] if self.graphs_on_disk is not None else self.store

    def local_path(self, iri: str) -> str | None:
        """Site path of an IRI under the base (``https://w3id.org/twpolice/id/x`` → ``/id/x``), else None."""
        if iri.startswith(self.base):
            return "/" + iri[len(self.base):]
        return None

    def iri_of(self, path: str) -> str:
        return self.base + path.lstrip("/")

    def dump(self, fmt: ox.RdfFormat, key: str) -> bytes:
        """Whole-store dumps, made once (the store is read-only while the site runs)."""
        with self._lock:
            if key not in self._dumps:
                if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):  # the named graphs (not the stored union)
                    quads = (q for q in self.graphs.quads_for_pattern(None, None, None, None)
                             if q.graph_name != DEFAULT_GRAPH)
                    self._dumps[key] = ox.serialize(quads, format=fmt)
                else:
                    self._dumps[key] = self._csv() if key == "csv" else b""
            return self._dumps[key]

    def _csv(self) -> bytes:
        """The same CSV as ``twpolice export measurements`` (one code path), run on the in-memory copy."""
        store = self.store

        class _Union:
            def query(self, sparql: str):
                return store.query(sparql, prefixes=iris.PREFIXES)

        return measurements_csv(_Union())


COUNT_QUERY = """
SELECT
  (SUM(IF(?t = twp:Agency, 1, 0)) AS ?agencies)
  (SUM(IF(?t = twp:Document, 1, 0)) AS ?documents)
  (SUM(IF(?t = twp:Measurement, 1, 0)) AS ?measurements)
  (SUM(IF(?t = twp:Program, 1, 0)) AS ?programs)
WHERE { SELECT DISTINCT ?s ?t WHERE { VALUES ?t { twp:Agency twp:Document twp:Measurement twp:Program }
  ?s a ?t } }
"""
YEARS_QUERY = """
SELECT DISTINCT ?y WHERE { ?m twp:period ?p . ?p dcat:startDate ?s ; dcat:endDate ?e .
  BIND(YEAR(?s) AS ?y) } ORDER BY ?y
"""
CLASSES_QUERY = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n)"


def compute_stats(store: ox.Store, graphs: ox.Store | None = None) -> Stats:
    """Counts for the home page and VoID; ``graphs``: where the named graphs are, when not in ``store``."""
    def q(text: str):
        return list(store.query(text, prefixes=iris.PREFIXES))

    union = int(q("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"].value)  # distinct triples: the stored union
    named = graphs or store
    names = list(named.named_graphs())
    values = " ".join(f"<{g.value}>" for g in names)  # the documents' graphs only, whatever else a remote store holds
    quads = 0
    if names:
        counted = named.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        quads = int(next(iter(counted))["n"].value)
    st = Stats(triples=union, quads=quads, graphs=len(names))
    row = q(COUNT_QUERY)[0]
    for name in ("agencies", "documents", "measurements", "programs"):
        setattr(st, name, int(row[name].value) if row[name] is not None else 0)
    indicators = indicator_count(q)  # counted and worded as build, info and publish do (graph/summary.py)
    st.indicators, st.shared_indicators = indicators.total, indicators.shared
    st.years = [int(r["y"].value) for r in q(YEARS_QUERY) if r["y"] is not None]
    st.classes = {r["c"].value: int(r["n"].value) for r in q(CLASSES_QUERY) if isinstance(r["c"], ox.NamedNode)}
    return st


def version() -> str:
    return __version__


def get_state(request: Request) -> SiteState:
    """What the running site holds, for a route (``st: SiteState = Depends(get_state)``) or a helper."""
    return request.app.state.twp
