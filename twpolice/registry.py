"""The agency registry (``ontology/agencies.ttl``): keys, names and jurisdictions of police agencies.

Converters must name the publishing agency of every document. They get a key from a manifest
(:func:`get`), from a name printed in the document (:func:`resolve`), or by scanning text
(:func:`find_in_text`). Matching is exact after :func:`normalise_name` (NFKC, 台 -> 臺, whitespace
removed, lower-cased) over the registry's labels plus "<city>警察局 / 政府警察局 / 警局" for each
department. It never guesses: a document's self-references (本局, 本府, 警察局) never resolve, nor
does a bare city name, and the ``unidentified`` placeholder is reachable only through :func:`get`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SKOS

from twpolice import iris
from twpolice.vocab import load_graph
from twpolice.errors import UserError
from twpolice.normalise import normalise_name

UNIDENTIFIED = "unidentified"
NPA = "npa"
#: Names documents use for themselves or their government; never an agency on their own.
SELF_REFERENCES = frozenset({"本局", "本府", "本市", "本縣", "警察局", "本局警察局", "本府警察局", "市府", "縣府", "市政府", "縣政府"})
_CITY_SUFFIXES = ("警察局", "政府警察局", "警局")


class UnknownAgency(UserError, ValueError):
    """A key that is not in the registry."""

    def __init__(self, key: str) -> None:
        self.key = key
        known = ", ".join(sorted(_agencies()))
        super().__init__(f"機關登錄表中沒有代碼 {key!r} 的機關（ontology/agencies.ttl）。已知代碼：{known}",
                         f"Unknown agency key {key!r}: not in the agency registry (ontology/agencies.ttl). "
                         f"Known keys: {known}")


@dataclass(frozen=True)
class Agency:
    """One registry entry; ``place_iri``/``moi_code``/``city_*`` are None for the NPA and the placeholder."""

    key: str
    iri: str
    name_zh: str
    name_en: str
    place_iri: str | None
    moi_code: str | None
    city_zh: str | None
    city_en: str | None
    alt_names: tuple[str, ...]

    @property
    def is_department(self) -> bool:
        """True for the 22 city and county police departments (they have a jurisdiction)."""
        return self.place_iri is not None


def _literal(graph: Graph, node: URIRef, prop: URIRef, lang: str) -> str | None:
    for value in graph.objects(node, prop):
        if isinstance(value, Literal) and value.language == lang:
            return str(value)
    return None


@lru_cache(maxsize=None)
def _agencies() -> dict[str, Agency]:
    graph = load_graph("agencies")
    out: dict[str, Agency] = {}
    for node in sorted(graph.subjects(RDF.type, iris.TWP.Agency)):
        key = str(graph.value(node, iris.TWP.agencyKey))
        place = graph.value(node, iris.TWP.jurisdiction)
        pref = {lang: _literal(graph, node, SKOS.prefLabel, lang) or "" for lang in ("zh-Hant", "en")}
        alts = sorted(
            {
                str(v)
                for prop in (SKOS.altLabel, SKOS.hiddenLabel, FOAF.name)
                for v in graph.objects(node, prop)
                if isinstance(v, Literal)
            }
            - set(pref.values())
        )
        out[key] = Agency(
            key=key,
            iri=str(node),
            name_zh=pref["zh-Hant"],
            name_en=pref["en"],
            place_iri=None if place is None else str(place),
            moi_code=None if place is None else str(graph.value(place, iris.TWP.moiCode)),
            city_zh=None if place is None else _literal(graph, place, SKOS.prefLabel, "zh-Hant"),
            city_en=None if place is None else _literal(graph, place, SKOS.prefLabel, "en"),
            alt_names=tuple(alts),
        )
    return out


def _names(agency: Agency) -> set[str]:
    """Every spelling that identifies ``agency`` (before normalisation)."""
    names = {agency.key, agency.name_zh, agency.name_en, *agency.alt_names}
    if agency.city_zh:
        names.update(agency.city_zh + suffix for suffix in _CITY_SUFFIXES)
    return {n for n in names if n}


@lru_cache(maxsize=None)
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    blocked = {normalise_name(s) for s in SELF_REFERENCES}
    for agency in _agencies().values():
        if agency.key == UNIDENTIFIED:
            continue
        for name in _names(agency):
            norm = normalise_name(name)
            if not norm or norm in blocked:
                continue
            if index.setdefault(norm, agency.key) != agency.key:
                raise RuntimeError(f"agencies.ttl: name {name!r} is used by {index[norm]} and {agency.key}")
    return index


def all_agencies() -> list[Agency]:
    """Every registry entry (22 departments, the NPA, the placeholder), sorted by key."""
    return list(_agencies().values())


def departments() -> list[Agency]:
    """The 22 city and county police departments, sorted by MOI code."""
    return sorted((a for a in _agencies().values() if a.is_department), key=lambda a: a.moi_code or "")


def get(key: str) -> Agency:
    """The agency with this registry key; :class:`UnknownAgency` if there is none."""
    try:
        return _agencies()[key]
    except KeyError:
        raise UnknownAgency(key) from None


def resolve(name: str) -> Agency | None:
    """The agency a name denotes (official name, alt label, key, city + 警察局, English name), or None."""
    key = _name_index().get(normalise_name(name or ""))
    return None if key is None else _agencies()[key]


def find_in_text(text: str) -> list[Agency]:
    """Agencies named in ``text``, in order of first mention (leftmost-longest, non-overlapping).

    Longest match wins where names overlap: 「新北市警局」 is New Taipei, not the 「北市警局」 inside it.
    """
    hay = normalise_name(text or "")
    spans: list[tuple[int, int, str]] = []
    for name, key in _name_index().items():
        if len(name) < 3 or (name.isascii() and len(name) < 8):
            continue  # short ASCII (npa) would match inside English words
        start = hay.find(name)
        while start != -1:
            spans.append((start, -(start + len(name)), key))
            start = hay.find(name, start + 1)
    found: list[Agency] = []
    end = 0
    for start, neg_end, key in sorted(spans):
        if start < end:
            continue
        end = -neg_end
        agency = _agencies()[key]
        if agency not in found:
            found.append(agency)
    return found
