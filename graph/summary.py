"""The store's size and its indicators, counted and worded one way for every surface (build, info, the home
page, publish and the release README), so the numbers a person reads agree.

A *quad* is a triple in one named graph; the same triple in two documents' graphs is two quads and one triple.
Indicators are every ``twp:Indicator``: the shared scheme's (comparable across cities) and the agencies' own.
"""

from __future__ import annotations

from dataclasses import dataclass

INDICATORS = """SELECT (COUNT(DISTINCT ?i) AS ?all) (COUNT(DISTINCT ?s) AS ?shared) WHERE {
  ?i a twp:Indicator . OPTIONAL { ?i skos:inScheme scheme:indicator BIND (?i AS ?s) } }"""


@dataclass(frozen=True)
class Size:
    triples: int  # distinct triples of the union of the named graphs
    quads: int  # triples counted once per named graph that holds them
    graphs: int

    def text(self, lang: str = "zh-Hant") -> str:
        """「51,608 個三元組（51,971 個四元組，16 個具名圖）」/ "51,608 triples (51,971 quads in 16 named graphs)"."""
        if lang == "en":
            return f"{self.triples:,} triples ({self.quads:,} quads in {self.graphs:,} named graphs)"
        return f"{self.triples:,} 個三元組（{self.quads:,} 個四元組，{self.graphs:,} 個具名圖）"


@dataclass(frozen=True)
class IndicatorCount:
    total: int
    shared: int

    @property
    def own(self) -> int:
        return self.total - self.shared

    def text(self, lang: str = "zh-Hant") -> str:
        """「1,099 個指標（共用 157、機關自訂 942）」/ "1,099 indicators (157 shared, 942 of agencies)"."""
        if lang == "en":
            return f"{self.total:,} indicators ({self.shared:,} shared, {self.own:,} of agencies)"
        return f"{self.total:,} 個指標（共用 {self.shared:,}、機關自訂 {self.own:,}）"


def indicator_count(query) -> IndicatorCount:
    """Counted with ``query(sparql)`` (any store's query function) over the union of the graphs."""
    row = next(iter(query(INDICATORS)))
    return IndicatorCount(*(int(row[k].value) if row[k] is not None else 0 for k in ("all", "shared")))



def store_size(store) -> Size:
    """The size of an embedded or remote store (``union_count``, ``count``, ``graphs``)."""
    return Size(store.union_count(), store.count(), len(store.graphs()))
