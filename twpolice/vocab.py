"""The controlled vocabularies in ``ontology/*.ttl``, loaded once, as plain Python.

Converters need three things from the vocabularies without touching RDF: the file list (the store
loads each file into its own graph), the printed-unit -> unit IRI mapping, and the printed-indicator
-> shared-indicator mapping. Matching is exact after :func:`normalise_label`; nothing is guessed, so
an unknown or ambiguous name returns ``None`` and stays a local (unmapped) indicator.

Graphs returned by :func:`load_graph` are cached and shared: do not mutate them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from twpolice import iris
from twpolice.normalise import fold, normalise_label, normalise_unit

PACKAGE = "twpolice.ontology"
SCHEMA_MIN = iris.SCHEMA.minValue
SCHEMA_MAX = iris.SCHEMA.maxValue
QUDT_SCALING_OF = iris.QUDT.scalingOf
QUDT_SYMBOL = iris.QUDT.symbol
QUDT_MULTIPLIER = iris.QUDT.conversionMultiplier
ZH = "zh-Hant"


# --------------------------------------------------------------------------- files and graphs


def ontology_files() -> dict[str, Path]:
    """Name (file stem, e.g. ``"units"``) -> path of every Turtle file shipped in ``twpolice.ontology``."""
    root = Path(str(resources.files(PACKAGE)))
    return {p.stem: p for p in sorted(root.glob("*.ttl"))}


def read_ttl(name: str) -> str:
    """Turtle text of one ontology file, with IRIs moved to the deployment base (``TWPOLICE_BASE``).

    The files are written against the default base; a deployment with another base gets the same
    triples under its own base, matching what :mod:`twpolice.iris` mints.
    """
    try:
        path = ontology_files()[name]
    except KeyError:
        raise KeyError(f"no ontology file {name!r}; known: {', '.join(ontology_files())}") from None
    text = path.read_text(encoding="utf-8")
    if iris.BASE != iris.DEFAULT_BASE:
        text = text.replace(iris.DEFAULT_BASE, iris.BASE)
    return text


@lru_cache(maxsize=None)
def load_graph(name: str) -> Graph:
    """Parsed graph of one ontology file (cached; shared, do not mutate)."""
    graph = Graph()
    graph.parse(data=read_ttl(name), format="turtle", publicID=str(ontology_files()[name].as_uri()))
    return graph


def _label(graph: Graph, node: URIRef, lang: str, prop: URIRef = SKOS.prefLabel) -> str | None:
    for value in graph.objects(node, prop):
        if isinstance(value, Literal) and value.language == lang:
            return str(value)
    return None


def _zh_labels(graph: Graph, node: URIRef, *props: URIRef) -> list[str]:
    return sorted(
        str(v) for p in props for v in graph.objects(node, p) if isinstance(v, Literal) and v.language == ZH
    )


# --------------------------------------------------------------------------- normalisation

_UNIT_SUFFIX = re.compile(r"^(?P<label>.*?)[(（]\s*(?:單位\s*[:：]\s*)?(?P<unit>[^()（）]+?)\s*[)）]\s*$")


# --------------------------------------------------------------------------- units


@dataclass(frozen=True)
class Unit:
    """A unit of ``units.ttl``: ``forms`` are its printed zh-Hant forms (prefLabel first)."""

    iri: str
    label_zh: str
    label_en: str
    forms: tuple[str, ...]
    symbol: str | None
    scaling_of: str | None
    multiplier: Decimal | None
    close_matches: tuple[str, ...]


@lru_cache(maxsize=None)
def _units() -> dict[str, Unit]:
    graph = load_graph("units")
    scheme = iris.SCHEME["unit"]
    out: dict[str, Unit] = {}
    for node in sorted(graph.subjects(SKOS.inScheme, scheme)):
        pref = _label(graph, node, ZH) or ""
        symbol = graph.value(node, QUDT_SYMBOL)
        scaling = graph.value(node, QUDT_SCALING_OF)
        mult = graph.value(node, QUDT_MULTIPLIER)
        out[str(node)] = Unit(
            iri=str(node),
            label_zh=pref,
            label_en=_label(graph, node, "en") or "",
            forms=(pref, *_zh_labels(graph, node, SKOS.altLabel)),
            symbol=None if symbol is None else str(symbol),
            scaling_of=None if scaling is None else str(scaling),
            multiplier=None if mult is None else Decimal(str(mult)),
            close_matches=tuple(sorted(str(o) for o in graph.objects(node, SKOS.closeMatch))),
        )
    return out


@lru_cache(maxsize=None)
def _unit_forms() -> dict[str, str]:
    index: dict[str, str] = {}
    for unit in _units().values():
        for form in unit.forms:
            key = normalise_unit(form)
            if index.setdefault(key, unit.iri) != unit.iri:
                raise RuntimeError(f"units.ttl: printed form {form!r} belongs to {index[key]} and {unit.iri}")
    return index


def units() -> list[Unit]:
    """Every unit of the unit scheme, by IRI."""
    return list(_units().values())


def resolve_unit(printed: str) -> str | None:
    """IRI of the unit printed as ``printed`` (件, ％, 千元, 人次 ...), or None if unknown."""
    return _unit_forms().get(normalise_unit(printed))


def unit_label(iri: str, lang: str = ZH) -> str | None:
    """The unit as people print it (zh-Hant prefLabel, e.g. 件) or its English label; None if unknown."""
    unit = _units().get(str(iri))
    if unit is None:
        return None
    return unit.label_zh if lang == ZH else unit.label_en


def _base(iri: str) -> str:
    seen = {iri}
    unit = _units().get(iri)
    while unit is not None and unit.scaling_of and unit.scaling_of not in seen:
        iri = unit.scaling_of
        seen.add(iri)
        unit = _units().get(iri)
    return iri


def units_compatible(a: str, b: str) -> bool:
    """True when a value in unit ``a`` can stand for an indicator in unit ``b``.

    Same unit; the same QUDT scaling base (元 / 千元 / 萬元, 公克 / 公斤, 小時 / 天); or a declared
    skos:closeMatch (人次 ~ 人, 百分點 ~ %), because documents print 人 for person-times and % for points.
    """
    a, b = str(a), str(b)
    if a == b or _base(a) == _base(b):
        return True
    ua, ub = _units().get(a), _units().get(b)
    return bool((ua and b in ua.close_matches) or (ub and a in ub.close_matches))


def normalise_value(value: Decimal, unit_iri: str | None) -> tuple[Decimal, str] | None:
    """``value`` in ``unit_iri`` restated in the unit's QUDT scaling base (千元 -> 元 ×1,000, 公克 -> 公斤).

    The one place values are made comparable: the RDF (twp:valueNormalized / twp:unitNormalized), and
    through it the CSV and the queries that sum or compare, use this. The factor is the unit's
    ``qudt:conversionMultiplier`` over the base's (1 when the base declares none, as 元 does). A unit
    without a scaling base is its own canonical unit; one whose factor is not fixed (個月 -> 秒) stays in
    its own unit rather than be given a made-up factor, and so does one whose base the unit vocabulary
    does not describe. Durations are restated in seconds (「6分12秒」 and 「5分鐘」 compare: 372 and 300 秒).
    None when the unit is unknown.
    """
    if not unit_iri:
        return None
    unit = _units().get(str(unit_iri))
    if unit is None:
        return None
    base = _units().get(_base(unit.iri))
    if base is None or base.iri == unit.iri or unit.multiplier is None:
        return value, unit.iri
    return value * unit.multiplier / (base.multiplier or Decimal(1)), base.iri


# --------------------------------------------------------------------------- shared indicators


@dataclass(frozen=True)
class SharedIndicator:
    """One concept of the shared indicator scheme (``/id/indicator/{slug}``)."""

    slug: str
    iri: str
    label_zh: str
    label_en: str
    unit_iri: str | None
    min: Decimal | None
    max: Decimal | None
    higher_is_better: bool | None
    alt_labels: tuple[str, ...]
    subjects: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    sum_of: tuple[str, ...] = ()
    measure: str | None = None  # measure slug when composed (subject × measure), None when curated
    includes: tuple[str, ...] = ()  # measures it also counts (twp:includesMeasure: 新設（汰換） counts 汰換 too)


def _slug_of(node: object, ns: object) -> str | None:
    return None if node is None else str(node)[len(str(ns)):]


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@lru_cache(maxsize=None)
def _indicators() -> dict[str, SharedIndicator]:
    graph = load_graph("indicators")
    scheme = iris.SCHEME["indicator"]
    prefix = str(iris.IND)
    out: dict[str, SharedIndicator] = {}
    for node in sorted(graph.subjects(SKOS.inScheme, scheme)):
        if (node, RDF.type, iris.TWP.Indicator) not in graph:
            continue
        hib = graph.value(node, iris.TWP.higherIsBetter)
        unit = graph.value(node, iris.TWP.unit)
        slug = str(node)[len(prefix):]
        out[slug] = SharedIndicator(
            slug=slug,
            iri=str(node),
            label_zh=_label(graph, node, ZH) or "",
            label_en=_label(graph, node, "en") or "",
            unit_iri=None if unit is None else str(unit),
            min=_decimal(graph.value(node, SCHEMA_MIN)),
            max=_decimal(graph.value(node, SCHEMA_MAX)),
            higher_is_better=None if hib is None else bool(hib.toPython()),
            alt_labels=tuple(_zh_labels(graph, node, SKOS.altLabel)),
            subjects=tuple(sorted(str(o) for o in graph.objects(node, iris.DCTERMS.subject))),
            broader=tuple(sorted(str(o)[len(prefix):] for o in graph.objects(node, SKOS.broader))),
            sum_of=tuple(sorted(str(o)[len(prefix):] for o in graph.objects(node, iris.TWP.sumOf))),
            measure=_slug_of(graph.value(node, iris.TWP.measure), iris.MEASURE),
            includes=tuple(sorted(_slug_of(o, iris.MEASURE) for o in graph.objects(node, iris.TWP.includesMeasure))),
        )
    return out


def shared_indicators() -> list[SharedIndicator]:
    """All shared indicators, sorted by slug."""
    return list(_indicators().values())


def shared_indicator(slug: str) -> SharedIndicator:
    """The shared indicator with this slug (KeyError if there is none)."""
    try:
        return _indicators()[slug]
    except KeyError:
        raise KeyError(f"no shared indicator {slug!r}") from None


def split_unit_suffix(printed: str) -> tuple[str, str | None]:
    """``"預防犯罪宣導 (場)"`` -> ``("預防犯罪宣導 ", unit IRI of 場)``; unchanged if the brackets hold no unit."""
    m = _UNIT_SUFFIX.match(fold(printed))
    if m:
        iri = resolve_unit(m.group("unit"))
        if iri is not None and m.group("label").strip():
            return m.group("label"), iri
    return printed, None


@lru_cache(maxsize=None)
def _label_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for ind in _indicators().values():
        for label in (ind.label_zh, *ind.alt_labels):
            key = normalise_label(split_unit_suffix(label)[0])
            slugs = index.setdefault(key, [])
            if ind.slug not in slugs:
                slugs.append(ind.slug)
    return {k: tuple(v) for k, v in index.items()}


def indicator_label_index() -> dict[str, tuple[str, ...]]:
    """Normalised label -> slugs carrying it (more than one only where units tell them apart)."""
    return dict(_label_index())


def given_units(printed: str, unit: str | None) -> tuple[str, list[str]] | None:
    """The label without a bracketed unit, and the unit IRIs given (None when a given unit is unknown)."""
    label, hinted = split_unit_suffix(printed)
    given: list[str] = [hinted] if hinted else []
    if unit is not None and unit.strip():
        iri = unit if unit.startswith(("http://", "https://")) else resolve_unit(unit)
        if iri is None:
            return None
        given.append(iri)
    return label, given


def exact_indicator(label: str, given: list[str]) -> SharedIndicator | None:
    slugs = _label_index().get(normalise_label(label), ())
    found = [
        _indicators()[s]
        for s in slugs
        if all(_indicators()[s].unit_iri and units_compatible(u, _indicators()[s].unit_iri) for u in given)
    ]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=None)
def _pairs() -> dict[tuple[str, str], str]:
    cat = str(iris.CAT)
    out: dict[tuple[str, str], str] = {}
    for ind in _indicators().values():
        for measure in filter(None, (ind.measure, *ind.includes)):
            for subject in ind.subjects:
                out[(subject[len(cat):], measure)] = ind.slug
    return out


def indicator_for(subject: str | None, measure: str | None) -> SharedIndicator | None:
    """The shared indicator composed of this subject and measure (slugs), or None if the pair is not declared."""
    slug = _pairs().get((subject or "", measure or ""))
    return None if slug is None else _indicators()[slug]


def _notations(graph: Graph, scheme: str) -> dict[str, URIRef]:
    """A small closed vocabulary's concepts by their notation (the word the data uses: plan, actual …)."""
    return {str(graph.value(node, SKOS.notation)): node for node in graph.subjects(SKOS.inScheme, iris.SCHEME[scheme])}


def _pref_labels(graph: Graph, node: URIRef) -> dict[str, str]:
    return {o.language: str(o) for o in graph.objects(node, SKOS.prefLabel)}


@lru_cache(maxsize=None)
def _genres() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """genres.ttl: genre → {lang: prefLabel}, and every name of a genre (slug, labels, hidden labels) → genre."""
    graph = load_graph("genres")
    labels: dict[str, dict[str, str]] = {}
    names: dict[str, str] = {}
    for genre, node in _notations(graph, "document-type").items():
        labels[genre] = _pref_labels(graph, node)
        names[genre] = genre
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for o in graph.objects(node, prop):
                names.setdefault(str(o), genre)
    return labels, names


def genre_label(genre: str, lang: str = ZH) -> str:
    """「年度施政計畫」 for plan (genres.ttl's prefLabel)."""
    return _genres()[0][genre][lang]


@lru_cache(maxsize=None)
def _kind_labels() -> dict[str, dict[str, str]]:
    graph = load_graph("value-types")
    return {kind: _pref_labels(graph, node) for kind, node in _notations(graph, "value-type").items()}


def kind_label(kind: str, lang: str = ZH) -> str:
    """「實際值」 for actual (value-types.ttl's prefLabel); the kind itself when the vocabulary has none."""
    return _kind_labels().get(kind, {}).get(lang, kind)


def genre_named(name: str) -> str | None:
    """The genre a name means: its slug, a label (「施政計畫」「績效報告」) or a command-line alias (annual-plan)."""
    return _genres()[1].get(name.strip())


@lru_cache(maxsize=None)
def _close_subjects() -> dict[str, frozenset[str]]:
    graph = load_graph("categories")
    prefix = str(iris.ID) + "category/"
    out: dict[str, set[str]] = {}
    for a, b in graph.subject_objects(SKOS.closeMatch):
        x, y = str(a)[len(prefix):], str(b)[len(prefix):]
        out.setdefault(x, set()).add(y)
        out.setdefault(y, set()).add(x)
    return {k: frozenset(v) for k, v in out.items()}


def close_subjects(subject: str) -> frozenset[str]:
    """Categories a printed subject may stand for in another's context (``skos:closeMatch`` in categories.ttl):
    刑案 under a 全般刑案 heading is 全般刑案."""
    return _close_subjects().get(subject, frozenset())


