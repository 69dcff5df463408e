"""Write ``ontology/indicators.ttl`` from subjects × measures plus the curated indicators.

Run ``python -m twpolice.ontology.generate`` after editing ``measures.ttl``, ``categories.ttl`` or
``source/indicators.src.ttl``; ``tests/test_ontology.py`` fails while the committed file is stale.

Why generated: the 0.1.0 scheme enumerated every printed variant as an altLabel, one indicator at a
time. A shared indicator is a subject (a category) counted by a measure (發生數, 取締件數 ...); both
vocabularies carry their own printed forms, so an indicator's unit, polarity, labels, broader
indicator and subject follow from the pair, and matching (``twpolice.composition.parse_indicator``) finds
the pair in a printed name instead of looking the name up in a list.

The source file holds what cannot be composed: the curated indicators (population, budget, rates
of one programme ...) in full, and for composed indicators that existed in 0.1.0 their labels,
definition and scope notes, so that every 0.1.0 IRI and zh-Hant label stays where it was.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from twpolice.iris import DEFAULT_BASE  # the files are written against the default base (vocab moves them)

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source" / "indicators.src.ttl"
TARGET = HERE / "indicators.ttl"
VERSION = "0.3.0"
MODIFIED = "2026-12-06"

TWP = Namespace(DEFAULT_BASE + "def#")
CAT = Namespace(DEFAULT_BASE + "id/category/")
MEASURE = Namespace(DEFAULT_BASE + "id/measure/")
IND = Namespace(DEFAULT_BASE + "id/indicator/")
SCHEME = Namespace(DEFAULT_BASE + "id/scheme/")
SCHEMA = Namespace("http://schema.org/")
ZH, EN = "zh-Hant", "en"

# (subject, measure) -> slug, where the 0.1.0 slug differs from the measure's twp:slugPattern.
# Slugs are never reused for another meaning, so these stay for good.
KEPT_SLUGS: dict[tuple[str, str], str] = {
    ("crime", "occurrences"): "occurrences",
    ("crime", "cleared"): "cleared",
    ("crime", "clearance-rate"): "clearance-rate",
    ("crime", "offenders"): "offenders",
    ("homicide", "occurrences"): "homicide-occurrences",
    ("rape", "occurrences"): "rape-occurrences",
    ("shootings", "occurrences"): "shooting-occurrences",
    ("shootings", "cleared"): "shooting-cleared",
    ("shootings", "clearance-rate"): "shooting-clearance-rate",
    ("shootings", "offenders"): "shooting-offenders",
    ("drugs", "cases-seized"): "drug-cases-seized",
    ("drugs", "offenders"): "drug-suspects",
    ("drugs", "quantity-seized"): "drug-weight-seized",
    ("drug-trafficking", "offenders"): "drug-trafficking-suspects",
    ("firearms", "cases-seized"): "firearm-cases",
    ("firearms", "offenders"): "firearm-suspects",
    ("firearms", "quantity-seized"): "firearms-seized",
    ("firearm-trafficking", "offenders"): "firearm-trafficking-suspects",
    ("ammunition", "quantity-seized"): "ammunition-seized",
    ("gambling-dens", "cases-seized"): "gambling-den-cases",
    ("gambling-dens", "offenders"): "gambling-den-suspects",
    ("online-gambling", "offenders"): "online-gambling-suspects",
    ("gambling-arcades", "cases-seized"): "gambling-arcade-cases",
    ("gambling-arcades", "offenders"): "gambling-arcade-suspects",
    ("gambling-arcades", "quantity-seized"): "gambling-machines-seized",
    ("vice", "offenders"): "vice-suspects",
    ("sex-ads", "cases-seized"): "sex-ads",
    ("fugitives", "offenders"): "fugitives-arrested",
    ("traffic-enforcement", "citations"): "traffic-citations",
    ("traffic-accidents", "accidents"): "traffic-accidents",
    ("traffic-accidents", "deaths"): "traffic-accident-deaths",
    ("traffic-accidents", "injuries"): "traffic-accident-injuries",
    ("prevention-outreach", "sessions"): "prevention-sessions",
    ("prevention-outreach", "attendance"): "prevention-attendance",
    ("community-meetings", "sessions"): "community-meetings",
    ("community-meetings", "attendance"): "community-meeting-attendance",
    ("neighbourhood-watch", "stock"): "neighbourhood-watch-teams",
    ("dropouts", "found-rate"): "dropout-found-rate",
    ("domestic-violence", "received"): "dv-cases-received",
    ("emergency-calls", "received"): "emergency-calls",
    # curated in 0.1.0-0.2.0, composed since 0.3.0
    ("a1a2", "accidents"): "a1a2-accidents",  # composed since 0.3.15 of the categories
    ("police-officers", "headcount"): "police-actual",
    ("police-officers", "authorized"): "police-authorised",
    ("criminal-record-certificates", "issued"): "record-certificates",
    ("juvenile-offenders", "offenders"): "juvenile-offenders",
    ("budget", "execution-rate"): "budget-execution-rate",
    ("protection-orders", "petitioned"): "protection-order-petitions",
    ("protection-orders", "executed"): "protection-orders-executed",
    ("gang-targets", "arrested"): "gang-targets",
    ("drunk-driving", "attainment-rate"): "drunk-driving-target-attainment",
    ("cctv-footage", "cleared"): "cases-cleared-via-cctv",
    ("cctv-footage", "share-of-cleared"): "cctv-clearance-share",
    ("emergency-calls-valid", "received"): "emergency-calls-valid",
}

PREFIXES = """@prefix twp:     <https://w3id.org/twpolice/def#> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema:  <http://schema.org/> .
@prefix unit:    <http://qudt.org/vocab/unit/> .
@prefix twpu:    <https://w3id.org/twpolice/id/unit/> .
@prefix scheme:  <https://w3id.org/twpolice/id/scheme/> .
@prefix ind:     <https://w3id.org/twpolice/id/indicator/> .
@prefix cat:     <https://w3id.org/twpolice/id/category/> .
@prefix measure: <https://w3id.org/twpolice/id/measure/> .
@prefix fs:      <https://w3id.org/twpolice/id/funding-source/> .
"""

HEADER = """# GENERATED by `python -m twpolice.ontology.generate` from measures.ttl, categories.ttl and
# source/indicators.src.ttl: do not edit; edit those and regenerate (a test fails when this file is stale).
# Shared indicator scheme: what cross-city queries group by. IRIs: /id/indicator/{slug}.
# A composed indicator is a subject (dcterms:subject, a category) counted by a measure (twp:measure): its unit,
# polarity, bounds, labels and skos:broader follow from the pair. Curated indicators (not compositional) come
# from the source file as written. altLabels are the composed label, the pattern around the subject's other
# names (unless another indicator has that label) and the 0.1.0 labels, kept so that every
# 0.1.0 label stays a label of the same indicator; new printed wordings go to the subject (categories.ttl) or
# the measure (measures.ttl, twp:printedForm), never here. Bounds (schema:minValue / maxValue) apply to actual,
# target (absolute) and baseline values, never to change values or relative-target magnitudes.
"""

_PREFIX_OF = {
    str(TWP): "twp:", str(CAT): "cat:", str(MEASURE): "measure:", str(IND): "ind:", str(SCHEME): "scheme:",
    "http://qudt.org/vocab/unit/": "unit:", DEFAULT_BASE + "id/unit/": "twpu:",
    DEFAULT_BASE + "id/funding-source/": "fs:", str(SKOS): "skos:", str(DCTERMS): "dcterms:", str(SCHEMA): "schema:",
}


@dataclass
class Measure:
    slug: str
    unit: str | None
    higher_is_better: bool | None
    pattern: dict[str, str]
    slug_pattern: str
    definition: dict[str, str]


@dataclass
class Subject:
    slug: str
    label: dict[str, str]
    broader: tuple[str, ...]
    measures: tuple[str, ...]
    quantity_unit: str | None
    forms: tuple[str, ...] = ()  # zh-Hant altLabels: other names of the subject (詐騙 for 詐欺)


@dataclass
class Indicator:
    slug: str
    subject: str
    measure: str
    unit: str
    higher_is_better: bool | None
    pref: dict[str, str]
    alt: list[str] = field(default_factory=list)
    definition: dict[str, str] = field(default_factory=dict)
    scope: dict[str, str] = field(default_factory=dict)
    broader: list[str] = field(default_factory=list)
    includes: list[str] = field(default_factory=list)  # measures it counts besides its own (twp:includesMeasure)
    sum_of: list[str] = field(default_factory=list)  # the indicators it adds up (twp:sumOf, from the source's notes)


def _lang(graph: Graph, node: URIRef, prop: URIRef) -> dict[str, str]:
    return {o.language: str(o) for o in graph.objects(node, prop) if isinstance(o, Literal) and o.language}


def _tail(iri: object, ns: Namespace) -> str:
    return str(iri)[len(str(ns)):]


def load_measures(graph: Graph) -> dict[str, Measure]:
    out = {}
    for node in graph.subjects(SKOS.inScheme, SCHEME.measure):
        hib = graph.value(node, TWP.higherIsBetter)
        unit = graph.value(node, TWP.unit)
        out[_tail(node, MEASURE)] = Measure(
            slug=_tail(node, MEASURE),
            unit=None if unit is None else str(unit),
            higher_is_better=None if hib is None else bool(hib.toPython()),
            pattern=_lang(graph, node, TWP.labelPattern),
            slug_pattern=str(graph.value(node, TWP.slugPattern)),
            definition=_lang(graph, node, TWP.definitionPattern),
        )
    return out


def load_subjects(graph: Graph) -> dict[str, Subject]:
    out = {}
    for node in graph.subjects(SKOS.inScheme, SCHEME.category):
        qu = graph.value(node, TWP.quantityUnit)
        out[_tail(node, CAT)] = Subject(
            slug=_tail(node, CAT),
            label=_lang(graph, node, SKOS.prefLabel),
            broader=tuple(sorted(_tail(b, CAT) for b in graph.objects(node, SKOS.broader))),
            measures=tuple(sorted(_tail(m, MEASURE) for m in graph.objects(node, TWP.hasMeasure))),
            quantity_unit=None if qu is None else str(qu),
            forms=tuple(sorted(str(o) for o in graph.objects(node, SKOS.altLabel) if o.language == ZH)),
        )
    return out


def indicator_slug(subject: str, measure: Measure) -> str:
    """The slug of (subject, measure): a kept 0.1.0 slug, else the measure's slug pattern."""
    return KEPT_SLUGS.get((subject, measure.slug)) or measure.slug_pattern.replace("{s}", subject)


def compose(subject: Subject, measure: Measure, lang: str) -> str:
    """The label the pair composes to: the measure's pattern around the subject's prefLabel."""
    return measure.pattern[lang].replace("{s}", subject.label[lang])


def _broader(subject: str, measure: str, subjects: dict[str, Subject]) -> list[str]:
    """Nearest broader subjects carrying the same measure (the indicator's skos:broader subjects)."""
    found: set[str] = set()
    todo = list(subjects[subject].broader)
    seen: set[str] = set()
    while todo:
        s = todo.pop()
        if s in seen or s not in subjects:
            continue
        seen.add(s)
        if measure in subjects[s].measures:
            found.add(s)
        else:
            todo.extend(subjects[s].broader)

    def ancestors(s: str) -> set[str]:
        out, stack = set(), list(subjects[s].broader)
        while stack:
            b = stack.pop()
            if b not in out and b in subjects:
                out.add(b)
                stack.extend(subjects[b].broader)
        return out

    return sorted(s for s in found if not any(s in ancestors(o) for o in found if o != s))


def composed_indicators(measures: dict[str, Measure], subjects: dict[str, Subject], source: Graph) -> list[Indicator]:
    """One indicator per declared (subject, measure), labels and notes of 0.1.0 taken from the source."""
    out: list[Indicator] = []
    for subject in sorted(subjects.values(), key=lambda s: s.slug):
        for m in subject.measures:
            measure = measures[m]
            slug = indicator_slug(subject.slug, measure)
            node = IND[slug]
            unit = measure.unit or subject.quantity_unit
            if unit is None:
                raise ValueError(f"{subject.slug} × {m}: the measure has no unit and the subject no twp:quantityUnit")
            composed = {lang: compose(subject, measure, lang) for lang in (ZH, EN)}
            pref = {**composed, **_lang(source, node, SKOS.prefLabel)}
            alt = sorted({str(o) for o in source.objects(node, SKOS.altLabel) if o.language == ZH} | {composed[ZH]})
            definition = _lang(source, node, SKOS.definition) or {
                lang: measure.definition[lang].replace("{s}", subject.label[lang]) for lang in (ZH, EN)
            }
            broader = [indicator_slug(b, measure) for b in _broader(subject.slug, m, subjects)]
            out.append(Indicator(
                slug=slug, subject=subject.slug, measure=m, unit=unit, higher_is_better=measure.higher_is_better,
                pref=pref, alt=[a for a in alt if a != pref[ZH]], definition=definition,
                scope=_lang(source, node, SKOS.scopeNote), broader=broader,
                sum_of=sorted(_tail(o, IND) for o in source.objects(node, TWP.sumOf)),
            ))
    _add_other_names(out, measures, subjects, source)
    return out


def fold_included(indicators: list[Indicator], source: Graph) -> tuple[list[Indicator], dict[str, Indicator]]:
    """「新設（汰換）攝影機數」 counts replaced cameras too (twp:includesMeasure in the source): the subject's
    composed 'replaced' indicator is folded into it (its names become its names) and kept only as a redirect."""
    by_pair = {(i.subject, i.measure): i for i in indicators}
    folded: dict[str, Indicator] = {}
    for ind in indicators:
        for m in sorted(_tail(o, MEASURE) for o in source.objects(IND[ind.slug], TWP.includesMeasure)):
            other = by_pair.get((ind.subject, m))
            if other is None:
                raise ValueError(f"{ind.slug} includes {m}, which {ind.subject} does not declare")
            ind.includes.append(m)
            ind.alt = sorted(set(ind.alt) | {other.pref[ZH], *other.alt} - {ind.pref[ZH]})
            folded[other.slug] = ind
    kept = [i for i in indicators if i.slug not in folded]
    for ind in kept:  # 車牌辨識攝影機汰換數 is narrower than what counts replaced cameras now
        ind.broader = list(dict.fromkeys(folded[b].slug if b in folded else b for b in ind.broader))
    return kept, folded


def _add_other_names(indicators: list[Indicator], measures: dict[str, Measure], subjects: dict[str, Subject],
                     source: Graph) -> None:
    """The pattern around each other name of the subject is a label too (「攔阻詐騙金額」 is 攔阻{詐欺}金額), unless
    that label already names another indicator or two indicators would compose it (「汰換攝影機數」 stays 0.1.0's)."""
    taken: dict[str, set[str]] = defaultdict(set)
    for node, label in ((n, o) for p in (SKOS.prefLabel, SKOS.altLabel) for n, o in source.subject_objects(p)):
        if getattr(label, "language", None) == ZH:
            taken[str(label)].add(_tail(node, IND))
    for ind in indicators:
        for label in (ind.pref[ZH], *ind.alt):
            taken[label].add(ind.slug)
    extra: dict[str, set[str]] = defaultdict(set)
    for ind in indicators:
        for form in subjects[ind.subject].forms:
            extra[measures[ind.measure].pattern[ZH].replace("{s}", form)].add(ind.slug)
    for ind in indicators:
        names = {label for label, owners in extra.items()
                 if owners == {ind.slug} and taken.get(label, {ind.slug}) <= {ind.slug}}
        ind.alt = sorted(set(ind.alt) | names - {ind.pref[ZH]})


# --------------------------------------------------------------------------- Turtle writing


def _term(node: object) -> str:
    if isinstance(node, Literal):
        text = str(node).replace("\\", "\\\\").replace('"', '\\"')
        if node.language:
            return f'"{text}"@{node.language}'
        if node.datatype is not None and str(node.datatype).endswith("#date"):
            return f'"{text}"^^xsd:date'
        if node.datatype is not None and str(node.datatype).endswith(("#integer", "#decimal", "#boolean")):
            return text
        return f'"{text}"'
    iri = str(node)
    for ns, prefix in sorted(_PREFIX_OF.items(), key=lambda kv: -len(kv[0])):
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return f"<{iri}>"


def _lit(text: str, lang: str) -> str:
    return _term(Literal(text, lang=lang))


def _block(slug: str, lines: list[str]) -> str:
    return f"ind:{slug}\n    a twp:Indicator , skos:Concept ;\n    " + " ;\n    ".join(lines) + " .\n"


def _composed_block(ind: Indicator, top: bool) -> str:
    lines = ["skos:inScheme scheme:indicator"]
    lines.append("skos:topConceptOf scheme:indicator" if top else "skos:broader " + " , ".join(f"ind:{b}" for b in ind.broader))
    lines.append(f'skos:notation "{ind.slug}"')
    lines.append(f"skos:prefLabel {_lit(ind.pref[ZH], ZH)} , {_lit(ind.pref[EN], EN)}")
    if ind.alt:
        lines.append("skos:altLabel " + " , ".join(_lit(a, ZH) for a in ind.alt))
    lines.append(f"skos:definition {_lit(ind.definition[ZH], ZH)} , {_lit(ind.definition[EN], EN)}")
    if ind.scope:
        lines.append("skos:scopeNote " + " , ".join(_lit(ind.scope[lang], lang) for lang in (ZH, EN) if lang in ind.scope))
    lines.append(f"dcterms:subject cat:{ind.subject}")
    lines.append(f"twp:measure measure:{ind.measure}")
    if ind.includes:
        lines.append("twp:includesMeasure " + " , ".join(f"measure:{m}" for m in ind.includes))
    if ind.sum_of:
        lines.append("twp:sumOf " + " , ".join(f"ind:{i}" for i in ind.sum_of))
    lines.append(f"twp:unit {_term(URIRef(ind.unit))}")
    lines.append("schema:minValue 0")
    if ind.higher_is_better is not None:
        lines.append(f"twp:higherIsBetter {'true' if ind.higher_is_better else 'false'}")
    return _block(ind.slug, lines)


_CURATED_ORDER = [SKOS.inScheme, SKOS.topConceptOf, SKOS.broader, SKOS.notation, SKOS.prefLabel, SKOS.altLabel,
                  SKOS.definition, SKOS.scopeNote, DCTERMS.subject, TWP.sumOf, TWP.fundingSource, TWP.unit,
                  SCHEMA.minValue, SCHEMA.maxValue, TWP.higherIsBetter]


def _redirect_block(slug: str, into: Indicator, subject: Subject, measure: Measure) -> str:
    """A folded indicator's IRI keeps resolving: a deprecated concept pointing to the indicator that counts it."""
    names = {lang: compose(subject, measure, lang) for lang in (ZH, EN)}
    meant = {lang: measure.definition[lang].replace("{s}", subject.label[lang]) for lang in (ZH, EN)}
    lines = ["skos:inScheme scheme:indicator", f'skos:notation "{slug}"',
             f"skos:prefLabel {_lit(names[ZH], ZH)} , {_lit(names[EN], EN)}",
             f"skos:definition {_lit(meant[ZH], ZH)} , {_lit(meant[EN], EN)}",
             f"skos:scopeNote {_lit(f'已併入「{into.pref[ZH]}」，不再單獨使用。', ZH)} , "
             f"{_lit(f'Folded into {into.pref[EN]!r}; no longer used on its own.', EN)}",
             "owl:deprecated true", f"dcterms:isReplacedBy ind:{into.slug}"]
    return f"ind:{slug}\n    a skos:Concept ;\n    " + " ;\n    ".join(lines) + " .\n"


def _curated_block(source: Graph, node: URIRef) -> str:
    preds = set(source.predicates(node)) - {RDF.type}
    unknown = preds - set(_CURATED_ORDER)
    if unknown:
        raise ValueError(f"{node}: properties the generator does not write: {sorted(map(str, unknown))}")
    lines = []
    for pred in _CURATED_ORDER:
        objs = sorted(source.objects(node, pred), key=lambda o: (getattr(o, "language", "") != ZH, str(o)))
        if objs:
            lines.append(f"{_term(pred)} " + " , ".join(_term(o) for o in objs))
    return _block(_tail(node, IND), lines)


def generate(root: Path = HERE) -> str:
    """The Turtle text of indicators.ttl."""
    measures_g, categories_g, source = Graph(), Graph(), Graph()
    measures_g.parse(root / "measures.ttl")
    categories_g.parse(root / "categories.ttl")
    source.parse(root / "source" / "indicators.src.ttl")
    measures, subjects = load_measures(measures_g), load_subjects(categories_g)
    composed, folded = fold_included(composed_indicators(measures, subjects, source), source)
    composed_slugs = {i.slug for i in composed} | set(folded)
    if len(composed_slugs) != len(composed) + len(folded):
        raise ValueError("two (subject, measure) pairs compose to the same slug")
    curated = sorted(
        n for n in set(source.subjects(RDF.type, TWP.Indicator))
        if _tail(n, IND) not in composed_slugs
    )
    tops = sorted(
        [i.slug for i in composed if not i.broader]
        + [_tail(n, IND) for n in curated if source.value(n, SKOS.broader) is None]
    )
    blocks: dict[str, str] = {i.slug: _composed_block(i, not i.broader) for i in composed}
    for node in curated:
        blocks[_tail(node, IND)] = _curated_block(source, node)
    for slug, into in folded.items():
        measure = next(m for m in into.includes if indicator_slug(into.subject, measures[m]) == slug)
        blocks[slug] = _redirect_block(slug, into, subjects[into.subject], measures[measure])
    scheme = (
        "scheme:indicator\n    a skos:ConceptScheme ;\n"
        '    skos:prefLabel "共用指標"@zh-Hant , "Shared indicators"@en ;\n'
        '    dcterms:title "共用指標"@zh-Hant , "Shared indicators"@en ;\n'
        '    skos:definition "跨縣市比較用的共用指標：主題（dcterms:subject）× 量測項目（twp:measure）組合而成，另有少數自訂指標；'
        '各機關原文指標以 skos:exactMatch 對應至此。單位、上下限與方向為指標資料，不寫死在形狀中。"@zh-Hant ,\n'
        '        "Shared indicators for cross-city comparison: a subject (dcterms:subject) counted by a measure (twp:measure), '
        'plus a few curated indicators; each agency\'s as-printed indicators map here with skos:exactMatch. Unit, bounds '
        'and polarity are data on the indicator, not hard-coded in shapes."@en ;\n'
        f'    owl:versionInfo "{VERSION}" ;\n    dcterms:modified "{MODIFIED}"^^xsd:date ;\n'
        "    skos:hasTopConcept " + " ,\n        ".join(f"ind:{t}" for t in tops) + " .\n"
    )
    return HEADER + PREFIXES + "\n" + scheme + "\n" + "\n".join(blocks[s] for s in sorted(blocks))


def main(argv: list[str] | None = None) -> int:
    """Write indicators.ttl (``--check``: exit 1 when the committed file differs)."""
    argv = sys.argv[1:] if argv is None else argv
    text = generate()
    if "--check" in argv:
        stale = TARGET.read_text(encoding="utf-8") != text
        print("indicators.ttl is stale: run python -m twpolice.ontology.generate" if stale else "indicators.ttl is up to date")
        return int(stale)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
