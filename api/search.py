"""Search by name: agencies, indicators (as printed and shared) and programs, in Chinese or English."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from twpolice import iris
from twpolice.normalise import normalise_search

INDEX_QUERY = """
SELECT DISTINCT ?s ?kind ?l WHERE {
  {
    VALUES (?t ?kind) { (twp:Agency "agency") (twp:Indicator "indicator") (twp:Program "program") }
    ?s a ?t .
  } UNION {
    ?s skos:inScheme scheme:indicator . BIND("indicator" AS ?kind)
  }
  ?s skos:prefLabel|skos:altLabel|rdfs:label|foaf:name|skos:notation ?l .
}
"""
KIND_ORDER = {"agency": 0, "indicator": 1, "program": 2}


@dataclass
class Hit:
    iri: str
    kind: str
    label: str
    score: int


class SearchIndex:
    """An in-memory list of (normalised label, IRI, kind); built once at start-up."""

    def __init__(self, store: ox.Store) -> None:
        self.entries: list[tuple[str, str, str, str]] = []
        for sol in store.query(INDEX_QUERY, prefixes=iris.PREFIXES):
            s, kind, label = sol["s"], sol["kind"], sol["l"]
            if isinstance(s, ox.NamedNode) and isinstance(label, ox.Literal):
                self.entries.append((normalise_search(label.value), s.value, kind.value, label.value))

    def search(self, text: str, limit: int = 50) -> list[Hit]:
        q = normalise_search(text)
        if not q:
            return []
        best: dict[str, Hit] = {}
        for norm, iri_, kind, label in self.entries:
            if q in norm:
                score = 0 if norm == q else 1 if norm.startswith(q) else 2
            elif q in iri_.lower():
                score = 3
            else:
                continue
            prev = best.get(iri_)  # ties between labels of one IRI go to the shortest, then the first in order
            if prev is None or (score, len(label), label) < (prev.score, len(prev.label), prev.label):
                best[iri_] = Hit(iri_, kind, label, score)
        hits = sorted(best.values(), key=lambda h: (h.score, KIND_ORDER.get(h.kind, 9), len(h.label), h.label))
        return hits[:limit]
