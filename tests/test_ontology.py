"""The Turtle files in ontology/ themselves: syntax, labels, language tags, required terms, integrity.

These read the files with rdflib directly (not through twpolice.vocab), so a defect in the data is
reported against the file even if the loader would hide it.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, Namespace

from twpolice import composition, vocab
from twpolice.model import GENRES, KINDS, OPERATORS

ONTO = Path(__file__).resolve().parents[1] / "ontology"
BASE = "https://w3id.org/twpolice/"
TWP = Namespace(BASE + "def#")
ID = Namespace(BASE + "id/")
IND = Namespace(BASE + "id/indicator/")
TWPU = Namespace(BASE + "id/unit/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
QB = Namespace("http://purl.org/linked-data/cube#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("http://schema.org/")
FILES = sorted(ONTO.glob("*.ttl"))
EXPECTED = {"twpolice", "value-types", "target-operators", "units", "genres", "funding-sources", "categories",
            "indicators", "agencies", "measures"}
LANGS = {"zh-Hant", "en"}
LABEL_PROPS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, SKOS.definition, SKOS.scopeNote,
               RDFS.comment, DCTERMS.title, DCTERMS.description)


@pytest.fixture(scope="module")
def graphs() -> dict[str, Graph]:
    out = {}
    for path in FILES:
        g = Graph()
        g.parse(path, format="turtle")
        out[path.stem] = g
    return out


@pytest.fixture(scope="module")
def union(graphs) -> Graph:
    g = Graph()
    for part in graphs.values():
        g += part
    return g


def langs(g: Graph, s, p) -> set[str]:
    return {o.language for o in g.objects(s, p) if isinstance(o, Literal) and o.language}


def has_both_labels(g: Graph, s) -> bool:
    found = langs(g, s, SKOS.prefLabel) | langs(g, s, RDFS.label)
    return LANGS <= found


# ---------------------------------------------------------------- files, syntax, language tags


def test_all_expected_files_present():
    assert {p.stem for p in FILES} >= EXPECTED


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_parses_and_is_not_empty(path):
    g = Graph()
    g.parse(path, format="turtle")
    assert len(g) > 40


def test_no_zh_tw_tag_in_any_file():
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        assert "@zh-TW" not in text and "@zh-tw" not in text, path.name


def test_only_zh_hant_and_en_language_tags(union):
    tags = {o.language for o in union.objects() if isinstance(o, Literal) and o.language}
    assert tags == LANGS


def test_no_untagged_human_readable_literals(union):
    bad = [(s, p, o) for p in LABEL_PROPS for s, o in union.subject_objects(p)
           if isinstance(o, Literal) and not o.language]
    assert bad == []


def test_at_most_one_preflabel_per_language(union):
    for s in set(union.subjects(SKOS.prefLabel)):
        tags = [o.language for o in union.objects(s, SKOS.prefLabel)]
        assert len(tags) == len(set(tags)), (s, tags)


LABELLED_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept, SKOS.ConceptScheme,
                  QB.DataStructureDefinition, DCTERMS.Location, ORG.FormalOrganization, TWP.Agency, QUDT.Unit)


def test_every_class_property_concept_and_thing_labelled_in_both_languages(union):
    subjects = {s for t in LABELLED_TYPES for s in union.subjects(RDF.type, t)}
    assert len(subjects) > 300
    missing = sorted(str(s) for s in subjects if not has_both_labels(union, s))
    assert missing == []


# ---------------------------------------------------------------- the ontology


def test_ontology_header(graphs):
    g = graphs["twpolice"]
    onto = URIRef(BASE + "def")
    assert (onto, RDF.type, OWL.Ontology) in g
    version = str(g.value(onto, OWL.versionInfo))
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert str(g.value(onto, OWL.versionIRI)) == f"{BASE}def/{version}"
    modified = g.value(onto, DCTERMS.modified)
    assert modified is not None and str(modified.datatype) == "http://www.w3.org/2001/XMLSchema#date"


CLASSES = ["Agency", "Program", "Indicator", "Measurement", "Document", "SourcePassage", "Period"]
PROPERTIES = [
    "agency", "program", "indicator", "period", "valueType", "value", "unit", "valueText", "targetOperator",
    "relativeTo", "comparisonPeriod", "sourcePassage", "qualifier", "fundingSource", "approximate", "inDocument",
    "section", "page", "lineStart", "lineEnd", "quote", "sha256", "sourceFile", "converterVersion", "lineCount",
    "genre", "agencyKey", "jurisdiction", "moiCode", "parentProgram", "hasIndicator", "higherIsBetter", "sumOf",
]


def test_seven_classes_and_required_properties(graphs):
    g = graphs["twpolice"]
    assert {s for s in g.subjects(RDF.type, OWL.Class)} == {TWP[c] for c in CLASSES}
    declared = set(g.subjects(RDF.type, OWL.ObjectProperty)) | set(g.subjects(RDF.type, OWL.DatatypeProperty))
    assert {TWP[p] for p in PROPERTIES} <= declared
    assert (TWP["dsd-agency"], RDF.type, QB.DataStructureDefinition) in g
    assert (TWP["dsd-program"], RDF.type, QB.DataStructureDefinition) in g


def test_every_term_has_label_preflabel_and_comment_in_both_languages(graphs):
    g = graphs["twpolice"]
    terms = {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(TWP))}
    assert len(terms) >= len(CLASSES) + len(PROPERTIES) + 2
    for term in terms:
        for prop in (RDFS.label, SKOS.prefLabel, RDFS.comment):
            assert langs(g, term, prop) == LANGS, (term, prop)


def test_alignment_superclasses(graphs):
    g = graphs["twpolice"]
    expected = {
        "Agency": [ORG.Organization, Namespace("http://www.w3.org/ns/prov#").Organization],
        "Measurement": [QB.Observation],
        "Indicator": [SKOS.Concept],
        "Period": [DCTERMS.PeriodOfTime],
    }
    for cls, supers in expected.items():
        for sup in supers:
            assert (TWP[cls], RDFS.subClassOf, sup) in g


def test_dsd_components_are_declared_with_the_matching_qb_type(graphs):
    g = graphs["twpolice"]
    kinds = {QB.dimension: QB.DimensionProperty, QB.measure: QB.MeasureProperty, QB.attribute: QB.AttributeProperty}
    for dsd in (TWP["dsd-agency"], TWP["dsd-program"]):
        seen = set()
        for comp in g.objects(dsd, QB.component):
            for link, qbtype in kinds.items():
                for prop in g.objects(comp, link):
                    seen.add(prop)
                    if str(prop).startswith(str(TWP)):
                        assert (prop, RDF.type, qbtype) in g, (dsd, prop)
        assert {TWP.agency, TWP.indicator, TWP.period, TWP.valueType, TWP.value, TWP.unit, TWP.sourcePassage,
                TWP.fundingSource, TWP.comparisonPeriod, TWP.qualifier, TWP.approximate} <= seen


def test_comparison_period_specialises_relative_to(graphs):
    assert (TWP.comparisonPeriod, RDFS.subPropertyOf, TWP.relativeTo) in graphs["twpolice"]


# ---------------------------------------------------------------- concept schemes


def test_each_vocabulary_has_a_titled_versioned_scheme_holding_its_concepts(graphs):
    for name in EXPECTED - {"twpolice", "agencies"}:
        g = graphs[name]
        schemes = set(g.subjects(RDF.type, SKOS.ConceptScheme))
        assert len(schemes) == 1, name
        scheme = schemes.pop()
        assert langs(g, scheme, DCTERMS.title) == LANGS, name
        assert re.fullmatch(r"\d+\.\d+\.\d+", str(g.value(scheme, OWL.versionInfo))), name
        for concept in g.subjects(RDF.type, SKOS.Concept):
            assert (concept, SKOS.inScheme, scheme) in g, (name, concept)
            assert langs(g, concept, SKOS.prefLabel) == LANGS, (name, concept)
            if name != "units" or str(concept).startswith(BASE):
                assert langs(g, concept, SKOS.definition) == LANGS, (name, concept)


def slugs_in(g: Graph, prefix: str) -> set[str]:
    return {str(s)[len(prefix):] for s in g.subjects(RDF.type, SKOS.Concept) if str(s).startswith(prefix)}


def test_value_types_are_the_model_kinds(graphs):
    g = graphs["value-types"]
    prefix = BASE + "id/value-type/"
    assert slugs_in(g, prefix) == set(KINDS)
    for kind in KINDS:
        assert str(g.value(URIRef(prefix + kind), SKOS.notation)) == kind


def test_target_operators_are_the_model_operators_with_notations_and_wordings(graphs):
    g = graphs["target-operators"]
    prefix = BASE + "id/target-operator/"
    assert slugs_in(g, prefix) == set(OPERATORS)
    notation = {"at-least": ">=", "at-most": "<=", "equal": "=", "increase-by": "+", "decrease-by": "-"}
    wordings = {"at-least": {"以上", "至少", "達"}, "at-most": {"以下", "不超過", "控制在"},
                "increase-by": {"逐年增加", "提升", "成長"}, "decrease-by": {"降低", "減少", "逐年降低"}}
    seen: dict[str, str] = {}
    for op, sym in notation.items():
        node = URIRef(prefix + op)
        assert str(g.value(node, SKOS.notation)) == sym
        words = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in g.objects(node, p) if o.language == "zh-Hant"}
        assert wordings.get(op, set()) <= words, op
        for w in words:
            assert seen.setdefault(w, op) == op, f"{w!r} is a wording of both {seen[w]} and {op}"


def test_genres_are_the_model_genres(graphs):
    g = graphs["genres"]
    prefix = BASE + "id/document-type/"
    assert slugs_in(g, prefix) == set(GENRES)
    labels = {str(o) for o in g.objects(URIRef(prefix + "performance-report"), SKOS.altLabel)}
    assert {"施政績效報告", "績效報告"} <= labels
    expected = {"plan": "年度施政計畫", "midterm-plan": "中程施政計畫", "performance-report": "施政績效成果報告",
                "council-report": "議會施政報告（警政）"}
    for slug, label in expected.items():
        assert Literal(label, lang="zh-Hant") in set(g.objects(URIRef(prefix + slug), SKOS.prefLabel)), slug


def test_funding_sources(graphs):
    g = graphs["funding-sources"]
    prefix = BASE + "id/funding-source/"
    assert slugs_in(g, prefix) == {"central", "local", "total"}
    local = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in g.objects(URIRef(prefix + "local"), p)}
    assert {"本府", "地方", "市府", "縣府", "自籌", "地方自籌"} <= local
    central = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in g.objects(URIRef(prefix + "central"), p)}
    assert {"中央", "中央補助"} <= central


def test_category_hierarchy_is_acyclic_and_covers_required_topics(graphs):
    g = graphs["categories"]
    prefix = BASE + "id/category/"
    required = {"crime", "crime-all", "violent-crime", "theft", "vehicle-theft", "motorcycle-theft",
                "residential-burglary", "fraud", "drugs", "firearms", "gangs", "gambling", "vice", "street-violence",
                "domestic-violence", "sexual-assault", "juvenile", "traffic-safety", "a1", "a2", "drunk-driving",
                "traffic-enforcement", "cctv", "crime-prevention", "fugitives", "foreign-nationals",
                "human-trafficking", "missing-persons", "budget", "personnel", "service"}
    assert required <= slugs_in(g, prefix)
    for concept in g.subjects(RDF.type, SKOS.Concept):
        seen, stack = set(), list(g.objects(concept, SKOS.broader))
        while stack:
            node = stack.pop()
            assert node != concept, f"cycle through {concept}"
            if node not in seen:
                seen.add(node)
                stack.extend(g.objects(node, SKOS.broader))


REFERENCE_PROPS = (SKOS.broader, SKOS.inScheme, SKOS.topConceptOf, SKOS.hasTopConcept, SKOS.related,
                   DCTERMS.subject, DCTERMS.spatial, TWP.unit, TWP.sumOf, TWP.fundingSource, TWP.jurisdiction,
                   ORG.subOrganizationOf, QB.codeList, SKOS.closeMatch)


def test_every_referenced_project_or_qudt_iri_is_described(union):
    for prop in REFERENCE_PROPS:
        for s, o in union.subject_objects(prop):
            if isinstance(o, URIRef) and (str(o).startswith(BASE) or str(o).startswith(str(UNIT))):
                assert has_both_labels(union, o), f"{s} {prop} {o}: target not described"


# ---------------------------------------------------------------- units


def norm_unit(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("台", "臺")


def unit_forms(g: Graph) -> dict[str, set[URIRef]]:
    forms: dict[str, set[URIRef]] = {}
    for node in g.subjects(SKOS.inScheme, URIRef(BASE + "id/scheme/unit")):
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for o in g.objects(node, prop):
                if o.language == "zh-Hant":
                    forms.setdefault(norm_unit(str(o)), set()).add(node)
    return forms


PRINTED_UNITS = {
    "件": UNIT.CASES, "人": UNIT.INDIV, "名": UNIT.INDIV, "位": UNIT.INDIV, "%": UNIT.PERCENT, "％": UNIT.PERCENT,
    "公斤": UNIT.KiloGM, "公克": UNIT.GM, "元": UNIT.CCY_TWD, "小時": UNIT.HR, "天": UNIT.DAY, "日": UNIT.DAY,
    "工作天": UNIT.DAY, "公里": UNIT.KiloM, "平方公里": UNIT.KiloM2, "個": UNIT.NUM, "項": UNIT.NUM, "則": UNIT.NUM,
    "張": UNIT.NUM, "本": UNIT.NUM, "筆": UNIT.NUM, "千元": TWPU.KiloCCY_TWD, "場": TWPU.SESSION,
    "場次": TWPU.SESSION, "支": TWPU.CAMERA, "枝": TWPU.FIREARM, "顆": TWPU.ROUND, "人次": TWPU["PERSON-TIME"],
    "百分點": TWPU.PERCENTAGE_POINT, "次": TWPU.TIMES, "班次": TWPU["PATROL-SHIFT"], "班": TWPU.CLASS,
    "班期": TWPU.CLASS, "輛": TWPU.VEHICLE, "臺": TWPU.DEVICE, "台": TWPU.DEVICE, "組": TWPU.SET, "處": TWPU.SITE,
    "隊": TWPU.TEAM, "案": TWPU.PROJECT, "戶": TWPU.HOUSEHOLD, "期": TWPU.ISSUE,
}


def test_each_printed_unit_form_belongs_to_exactly_one_unit(graphs):
    forms = unit_forms(graphs["units"])
    clashes = {f: u for f, u in forms.items() if len(u) > 1}
    assert clashes == {}
    for printed, iri in PRINTED_UNITS.items():
        assert forms.get(norm_unit(printed)) == {iri}, printed


def test_own_units_are_qudt_style(graphs):
    g = graphs["units"]
    own = {s for s in g.subjects(SKOS.inScheme, URIRef(BASE + "id/scheme/unit")) if str(s).startswith(str(TWPU))}
    assert len(own) >= 18
    for node in own:
        assert (node, RDF.type, QUDT.Unit) in g, node
        assert g.value(node, QUDT.symbol) is not None, node
        if (node, RDF.type, QUDT.CountingUnit) in g:
            assert (node, SKOS.broader, UNIT.NUM) in g, node
    k = TWPU.KiloCCY_TWD
    assert g.value(k, QUDT.conversionMultiplier).toPython() == 1000
    assert (k, QUDT.scalingOf, UNIT.CCY_TWD) in g
    for count_unit in (TWPU.SESSION, TWPU.CAMERA, TWPU["PERSON-TIME"], TWPU.VEHICLE):
        assert (count_unit, RDF.type, QUDT.CountingUnit) in g


# ---------------------------------------------------------------- shared indicators


def indicators(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects(RDF.type, TWP.Indicator) if (s, SKOS.inScheme, URIRef(BASE + "id/scheme/indicator")) in g}


def test_at_least_sixty_shared_indicators_fully_described(graphs, union):
    g = graphs["indicators"]
    inds = indicators(g)
    assert len(inds) >= 60
    units = set(graphs["units"].subjects(SKOS.inScheme, URIRef(BASE + "id/scheme/unit")))
    categories = set(graphs["categories"].subjects(RDF.type, SKOS.Concept))
    for ind in inds:
        assert str(ind).startswith(str(IND))
        assert langs(g, ind, SKOS.prefLabel) == LANGS, ind
        assert langs(g, ind, SKOS.definition) == LANGS, ind
        assert (ind, RDF.type, SKOS.Concept) in g
        ind_units = list(g.objects(ind, TWP.unit))
        assert len(ind_units) == 1 and ind_units[0] in units, ind
        subjects = set(g.objects(ind, DCTERMS.subject))
        assert subjects and subjects <= categories, ind
        for b in g.objects(ind, SKOS.broader):
            assert b in inds, (ind, b)
        lo, hi = g.value(ind, SCHEMA.minValue), g.value(ind, SCHEMA.maxValue)
        if lo is not None and hi is not None:
            assert lo.toPython() <= hi.toPython(), ind
        if hi is not None:
            assert ind_units[0] == UNIT.PERCENT, f"{ind}: maxValue only on shares"


def test_top_concepts_are_the_indicators_without_broader(graphs):
    g = graphs["indicators"]
    scheme = URIRef(BASE + "id/scheme/indicator")
    inds = indicators(g)
    tops = {i for i in inds if g.value(i, SKOS.broader) is None}
    assert set(g.objects(scheme, SKOS.hasTopConcept)) == tops
    assert set(g.subjects(SKOS.topConceptOf, scheme)) == tops


def test_rates_that_can_exceed_100_have_no_upper_bound(graphs):
    g = graphs["indicators"]
    open_ended = [i for i in indicators(g) if str(i).endswith("clearance-rate") or str(i).endswith("found-rate")
                  or str(i).endswith("attendance-rate") or str(i).endswith("attainment")]
    assert len(open_ended) >= 15
    for ind in open_ended:
        assert g.value(ind, SCHEMA.maxValue) is None, ind
        assert g.value(ind, SCHEMA.minValue).toPython() == 0, ind


def test_polarity_of_key_indicators(graphs):
    g = graphs["indicators"]
    expected = {"crime-all-clearance-rate": True, "fraud-clearance-rate": True, "a1-deaths": False,
                "crime-all-occurrences": False, "enforcement-error-rate": False, "prevention-sessions": True}
    for slug, hib in expected.items():
        assert g.value(IND[slug], TWP.higherIsBetter).toPython() is hib, slug


def test_sums(graphs):
    g = graphs["indicators"]
    assert set(g.objects(IND["budget-total"], TWP.sumOf)) == {IND["budget-central"], IND["budget-local"]}
    assert set(g.objects(IND["a1a2-accidents"], TWP.sumOf)) == {IND["a1-accidents"], IND["a2-accidents"]}
    fs = Namespace(BASE + "id/funding-source/")
    for slug, source in (("budget-total", fs.total), ("budget-central", fs.central), ("budget-local", fs.local)):
        assert (IND[slug], TWP.fundingSource, source) in g
        assert g.value(IND[slug], TWP.unit) == TWPU.KiloCCY_TWD


def test_design_note_slugs_exist(graphs):
    """Slugs the design note, the sketch queries and the CSV export rely on."""
    g = graphs["indicators"]
    for slug in ("crime-all-clearance-rate", "fraud-clearance-rate", "fraud-occurrences", "theft-clearance-rate",
                 "violent-crime-clearance-rate", "a1-deaths", "a2-injuries", "budget-total", "budget-central",
                 "budget-local", "cctv-cameras", "prevention-sessions", "drug-cases-seized", "drug-weight-seized"):
        assert IND[slug] in indicators(g), slug


# ---------------------------------------------------------------- agencies file


def test_agencies_file_has_no_self_references_and_no_unverified_links(graphs):
    g = graphs["agencies"]
    words = {str(o) for o in g.objects() if isinstance(o, Literal)}
    assert not words & {"本局", "本府", "警察局", "本市"}
    assert (None, OWL.sameAs, None) not in g
    assert "wikidata" not in (ONTO / "agencies.ttl").read_text(encoding="utf-8")


def test_governments_are_not_agencies(graphs):
    g = graphs["agencies"]
    for gov in g.objects(None, ORG.subOrganizationOf):
        if str(gov).endswith("-government"):
            assert (gov, RDF.type, TWP.Agency) not in g
            assert (gov, TWP.jurisdiction, None) not in g  # rdfs:domain twp:Agency would make it one


# ---------------------------------------------------------------- composed indicators (issue 13)

MEASURE = Namespace(BASE + "id/measure/")
CAT = Namespace(BASE + "id/category/")
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "indicator-labels-0.1.0.json"


def test_every_0_1_0_slug_and_zh_label_is_kept(graphs):
    """Frozen before the scheme was generated: IRIs keep resolving, labels stay on the same indicator."""
    import json

    g = graphs["indicators"]
    frozen = json.loads(FIXTURE.read_text(encoding="utf-8"))["indicators"]
    assert len(frozen) == 157
    for slug, labels in frozen.items():
        node = IND[slug]
        assert (node, RDF.type, TWP.Indicator) in g, slug
        now = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in g.objects(node, p) if o.language == "zh-Hant"}
        missing = {labels["prefLabel"], *labels["altLabels"]} - now
        assert not missing, (slug, missing)


def test_committed_indicators_ttl_is_generated_from_its_sources():
    from twpolice.ontology import generate

    assert (ONTO / "indicators.ttl").read_text(encoding="utf-8") == generate.generate(), (
        "ontology/indicators.ttl is stale: run python -m twpolice.ontology.generate")


def test_measures_are_a_complete_closed_vocabulary(graphs):
    g = graphs["measures"]
    measures = set(g.subjects(SKOS.inScheme, ID["scheme/measure"]))
    assert {MEASURE[m] for m in ("occurrences", "cleared", "clearance-rate", "offenders", "citations", "sessions",
                                 "attendance", "stock", "installed", "replaced", "deaths", "injuries")} <= measures
    units = set(graphs["units"].subjects(SKOS.inScheme, ID["scheme/unit"]))
    for m in measures:
        patterns = {o.language: str(o) for o in g.objects(m, TWP.labelPattern)}
        assert set(patterns) == LANGS and all("{s}" in p for p in patterns.values()), m
        assert "{s}" in str(g.value(m, TWP.slugPattern)), m
        forms = [str(o) for o in g.objects(m, TWP.printedForm)]
        assert forms and all(f.count("{s}") == 1 for f in forms), m
        assert patterns["zh-Hant"] in forms, f"{m}: the composed label must read as one of its printed forms"
        unit = g.value(m, TWP.unit)
        assert unit is None or unit in units, m


def test_every_declared_pair_has_a_unit_and_a_composed_indicator(graphs):
    cats, inds = graphs["categories"], graphs["indicators"]
    pairs = {(s, m) for s, m in cats.subject_objects(TWP.hasMeasure)}
    assert len(pairs) >= 100
    composed = {(inds.value(i, DCTERMS.subject), m) for p in (TWP.measure, TWP.includesMeasure)
                for i, m in inds.subject_objects(p)}
    assert pairs == composed  # an included measure (新設（汰換） counts 汰換) is the pair's indicator too
    for s, m in pairs:
        assert graphs["measures"].value(m, TWP.unit) is not None or cats.value(s, TWP.quantityUnit) is not None, (s, m)


def test_subject_forms_of_composable_categories_are_unambiguous(graphs):
    g = graphs["categories"]
    owner: dict[str, set] = {}
    for s in set(g.subjects(TWP.hasMeasure, None)):
        for p in (SKOS.prefLabel, SKOS.altLabel):
            for o in g.objects(s, p):
                if o.language == "zh-Hant":
                    owner.setdefault(unicodedata.normalize("NFKC", str(o)), set()).add(s)
    assert {f: s for f, s in owner.items() if len(s) > 1} == {}


def test_composed_polarity_and_broader_follow_the_pair(graphs):
    g = graphs["indicators"]
    assert g.value(IND["theft-occurrences"], TWP.higherIsBetter).toPython() is False
    assert g.value(IND["drunk-driving-citations"], TWP.higherIsBetter).toPython() is True
    assert (IND["theft-cleared"], SKOS.broader, IND["crime-all-cleared"]) in g
    assert (IND["severe-speeding-citations"], SKOS.broader, IND["speeding-citations"]) in g
    assert g.value(IND["lpr-cameras-installed"], TWP.unit) == TWPU.CAMERA
    assert g.value(IND["drug-weight-seized"], TWP.unit) == UNIT.KiloGM


def test_other_names_of_a_subject_compose_labels_unless_another_indicator_has_them(graphs):
    g = graphs["indicators"]

    def labels(slug):
        return {str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in g.objects(IND[slug], p) if o.language == "zh-Hant"}

    assert "攔阻詐騙金額" in labels("fraud-intercepted-amount")  # 攔阻{詐欺}金額 with 詐騙, another name of 詐欺
    assert "汰換車牌辨識監視器數" in labels("lpr-cameras-replaced")
    assert "汰換攝影機數" in labels("cctv-cameras-installed")  # a 0.1.0 label stays where it was ...
    assert "汰換攝影機數" not in labels("lpr-cameras-replaced")  # ... and is not composed for another indicator


def test_an_included_measure_folds_its_indicator_into_the_one_that_counts_it(graphs):
    """新設（汰換）攝影機數 counts replaced cameras (twp:includesMeasure): the composed 汰換 indicator's names are its
    names, the folded IRI still resolves as a deprecated concept pointing to it, and matching maps 汰換 there."""
    g = graphs["indicators"]
    installed, replaced = IND["cctv-cameras-installed"], IND["cctv-cameras-replaced"]
    assert (installed, TWP.includesMeasure, URIRef(BASE + "id/measure/replaced")) in g
    assert Literal("汰換監視器數", lang="zh-Hant") in set(g.objects(installed, SKOS.altLabel))
    assert (replaced, OWL.deprecated, Literal(True)) in g and g.value(replaced, DCTERMS.isReplacedBy) == installed
    assert (replaced, RDF.type, TWP.Indicator) not in g
    assert (IND["lpr-cameras-replaced"], SKOS.broader, installed) in g
    assert vocab.indicator_for("cctv-cameras", "replaced").slug == "cctv-cameras-installed"
    assert composition.match_indicator("汰換錄影監視器數", "支").slug == "cctv-cameras-installed"
    assert vocab.indicator_for("police-cars", "replaced").slug == "police-cars-replaced"  # other subjects keep theirs


def test_the_ontology_readme_counts_the_shared_indicators_there_are():
    """The README's table says how many shared indicators the generated scheme holds; a regenerated scheme that
    adds subjects or measures must update it."""
    g = Graph().parse(ONTO / "indicators.ttl")
    scheme = URIRef("https://w3id.org/twpolice/id/scheme/indicator")
    count = len({s for s in g.subjects(SKOS.inScheme, scheme) if (s, RDF.type, TWP.Indicator) in g})
    stated = re.search(r"shared indicator scheme\*\* \((\d+) indicators\)", (ONTO / "README.md").read_text())
    assert stated is not None and int(stated.group(1)) == count
