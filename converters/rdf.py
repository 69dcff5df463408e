"""Map an :class:`~twpolice.model.Extraction` to RDF triples (one document's graph).

Triples are pyoxigraph terms: cheap to make, loaded into the store and
serialised (Turtle, N-Triples, JSON-LD) without conversion; :func:`to_rdflib`
turns them into an rdflib Graph for pyshacl. No blank nodes: every resource has a
deterministic IRI, so converting twice gives the same graph.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, QB, RDF, RDFS, SKOS, XSD

from twpolice import composition, iris, vocab
from twpolice.terms import to_rdflib as to_rdflib_term
from twpolice.converters import units
from twpolice.converters.periods import ad_to_roc, roc_label
from twpolice.iris import OA, TIME, TWP
from twpolice.model import DocumentMeta, Extraction, Fact, Passage, Period, Program

# Terms used per triple, looked up once (rdflib namespace attribute access is slow).
_DCAT_Dataset = ox.NamedNode(str(DCAT.Dataset))
_DCAT_endDate = ox.NamedNode(str(DCAT.endDate))
_DCAT_startDate = ox.NamedNode(str(DCAT.startDate))
_DCTERMS_PeriodOfTime = ox.NamedNode(str(DCTERMS.PeriodOfTime))
_DCTERMS_description = ox.NamedNode(str(DCTERMS.description))
_DCTERMS_issued = ox.NamedNode(str(DCTERMS.issued))
_DCTERMS_publisher = ox.NamedNode(str(DCTERMS.publisher))
_DCTERMS_subject = ox.NamedNode(str(DCTERMS.subject))
_DCTERMS_temporal = ox.NamedNode(str(DCTERMS.temporal))
_DCTERMS_title = ox.NamedNode(str(DCTERMS.title))
_DCTERMS_type = ox.NamedNode(str(DCTERMS.type))
_FOAF_Document = ox.NamedNode(str(FOAF.Document))
_FOAF_name = ox.NamedNode(str(FOAF.name))
_OA_SpecificResource = ox.NamedNode(str(OA.SpecificResource))
_PROV_Entity = ox.NamedNode(str(PROV.Entity))
_PROV_Plan = ox.NamedNode(str(PROV.Plan))
_PROV_hadPrimarySource = ox.NamedNode(str(PROV.hadPrimarySource))
_PROV_wasAttributedTo = ox.NamedNode(str(PROV.wasAttributedTo))
_PROV_wasDerivedFrom = ox.NamedNode(str(PROV.wasDerivedFrom))
_PROV_wasRevisionOf = ox.NamedNode(str(PROV.wasRevisionOf))
_PROV_Agent = ox.NamedNode(str(PROV.Agent))
_QB_DataSet = ox.NamedNode(str(QB.DataSet))
_QB_Observation = ox.NamedNode(str(QB.Observation))
_QB_dataSet = ox.NamedNode(str(QB.dataSet))
_QB_structure = ox.NamedNode(str(QB.structure))
_RDF_type = ox.NamedNode(str(RDF.type))
_RDFS_label = ox.NamedNode(str(RDFS.label))
_SKOS_Concept = ox.NamedNode(str(SKOS.Concept))
_SKOS_altLabel = ox.NamedNode(str(SKOS.altLabel))
_SKOS_ConceptScheme = ox.NamedNode(str(SKOS.ConceptScheme))
_SKOS_exactMatch = ox.NamedNode(str(SKOS.exactMatch))
_SKOS_inScheme = ox.NamedNode(str(SKOS.inScheme))
_SKOS_notation = ox.NamedNode(str(SKOS.notation))
_SKOS_prefLabel = ox.NamedNode(str(SKOS.prefLabel))
_TIME_Instant = ox.NamedNode(str(TIME.Instant))
_TIME_ProperInterval = ox.NamedNode(str(TIME.ProperInterval))
_TWP_Document = ox.NamedNode(str(TWP.Document))
_TWP_Indicator = ox.NamedNode(str(TWP.Indicator))
_TWP_Measurement = ox.NamedNode(str(TWP.Measurement))
_TWP_Period = ox.NamedNode(str(TWP.Period))
_TWP_Program = ox.NamedNode(str(TWP.Program))
_TWP_SourcePassage = ox.NamedNode(str(TWP.SourcePassage))
_TWP_agency = ox.NamedNode(str(TWP.agency))
_TWP_approximate = ox.NamedNode(str(TWP.approximate))
_TWP_comparisonPeriod = ox.NamedNode(str(TWP.comparisonPeriod))
_TWP_converterVersion = ox.NamedNode(str(TWP.converterVersion))
_TWP_extractionRule = ox.NamedNode(str(TWP.extractionRule))
_TWP_reviewStatus = ox.NamedNode(str(TWP.reviewStatus))
_TWP_reviewedOn = ox.NamedNode(str(TWP.reviewedOn))
_TWP_reviewNote = ox.NamedNode(str(TWP.reviewNote))
_TWP_fundingSource = ox.NamedNode(str(TWP.fundingSource))
_TWP_inDocument = ox.NamedNode(str(TWP.inDocument))
_TWP_indicator = ox.NamedNode(str(TWP.indicator))
_TWP_lineCount = ox.NamedNode(str(TWP.lineCount))
_TWP_lineEnd = ox.NamedNode(str(TWP.lineEnd))
_TWP_lineStart = ox.NamedNode(str(TWP.lineStart))
_TWP_locator = ox.NamedNode(str(TWP.locator))
_TWP_measure = ox.NamedNode(str(TWP.measure))
_TWP_page = ox.NamedNode(str(TWP.page))
_TWP_parentProgram = ox.NamedNode(str(TWP.parentProgram))
_TWP_period = ox.NamedNode(str(TWP.period))
_TWP_printedLabel = ox.NamedNode(str(TWP.printedLabel))
_TWP_program = ox.NamedNode(str(TWP.program))
_TWP_qualifier = ox.NamedNode(str(TWP.qualifier))
_TWP_quote = ox.NamedNode(str(TWP.quote))
_TWP_relativeTo = ox.NamedNode(str(TWP.relativeTo))
_TWP_section = ox.NamedNode(str(TWP.section))
_TWP_sha256 = ox.NamedNode(str(TWP.sha256))
_TWP_sourceFile = ox.NamedNode(str(TWP.sourceFile))
_TWP_sourcePassage = ox.NamedNode(str(TWP.sourcePassage))
_TWP_subject = ox.NamedNode(str(TWP.subject))
_TWP_targetOperator = ox.NamedNode(str(TWP.targetOperator))
_TWP_unit = ox.NamedNode(str(TWP.unit))
_TWP_unitNormalized = ox.NamedNode(str(TWP.unitNormalized))
_TWP_unitText = ox.NamedNode(str(TWP.unitText))
_TWP_unmappedIndicator = ox.NamedNode(str(TWP.unmappedIndicator))
_TWP_value = ox.NamedNode(str(TWP.value))
_TWP_valueNormalized = ox.NamedNode(str(TWP.valueNormalized))
_TWP_valueText = ox.NamedNode(str(TWP.valueText))
_TWP_valueType = ox.NamedNode(str(TWP.valueType))
_XSD_date = ox.NamedNode(str(XSD.date))
_XSD_decimal = ox.NamedNode(str(XSD.decimal))

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]
_XSD_integer = ox.NamedNode(str(XSD.integer))
_XSD_boolean = ox.NamedNode(str(XSD.boolean))
_TRUE = ox.Literal("true", datatype=_XSD_boolean)


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_XSD_integer)

ZH = "zh-Hant"
EN = "en"

FUNDING = {"central", "local", "total"}
_LEADING_EVENT = re.compile(r"^(?:本期|計|共)?(?:發生)")


def _relative_in_percent(fact: Fact) -> bool:
    """A change or relative target printed in % or 百分點: a share of the indicator, not its unit."""
    relative = fact.kind == "change" or fact.operator in ("increase-by", "decrease-by")
    return relative and fact.unit in ("%", "百分點", "個百分點")


def doc_slug(meta: DocumentMeta) -> str:
    """ROC period + genre: 111-performance-report, 107-110-midterm-plan, 112-h1-council-report."""
    p = meta.period
    ry, ey = ad_to_roc(p.start.year), ad_to_roc(p.end.year)
    slug = p.slug
    if slug.isdigit():
        roc = str(ry)
    elif "--" in slug and slug.replace("--", "").isdigit():
        roc = f"{ry}-{ey}"
    elif "--" not in slug and p.start.year == p.end.year:
        roc = f"{ry}-{slug[5:].lower()}"  # h1, q3, 06, or a day
    else:
        roc = iris.slugify(slug)
    return f"{roc}-{meta.genre}"


def decimal_literal(value: Decimal) -> Literal:
    """xsd:decimal in canonical plain notation (never exponent, never double)."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    return ox.Literal(text, datatype=_XSD_decimal)


class DocumentGraph:
    """Collects the triples of one converted document."""

    def __init__(self, extraction: Extraction, match_indicator=None, unit_iri=None) -> None:
        self.x = extraction
        self.meta = extraction.document
        self.slug = doc_slug(self.meta)
        self.agency = iris.agency(self.meta.agency)
        self.doc = iris.document(self.meta.agency, self.slug)
        self.graph_name = iris.document_graph(self.meta.agency, self.slug)
        self._match = match_indicator or composition.match_indicator
        self._normalize = vocab.normalise_value
        self._unit_iri = unit_iri or units.unit_iri
        self.triples: list[Triple] = []
        self._nodes: dict[str, ox.NamedNode] = {}
        self._seen_periods: set[str] = set()
        self._seen_passages: set[str] = set()
        self._seen_indicators: set[str] = set()
        self._seen_printed: set[tuple[str, str]] = set()
        self._programs: dict[str, str] = {}
        self._measurements: set[str] = set()

    # -- helpers -----------------------------------------------------------
    def add(self, s, p, o) -> None:
        """Append a triple; IRIs minted by :mod:`twpolice.iris` (strings) become Oxigraph terms, one per IRI:
        a measurement's subject, agency and data set recur in every triple, and a term per use was half
        the memory of a 20 MB document's triples."""
        if type(s) is str:
            s = self._node(s)
        if type(o) is str:
            o = self._node(o)
        self.triples.append((s, p, o))

    def _node(self, iri: str) -> ox.NamedNode:
        node = self._nodes.get(iri)
        if node is None:
            node = self._nodes[iri] = ox.NamedNode(iri)
        return node

    def period(self, period: Period) -> str:
        node = iris.period(period.slug)
        if period.slug not in self._seen_periods:
            self._seen_periods.add(period.slug)
            self.add(node, _RDF_type, _TWP_Period)
            self.add(node, _RDF_type, _DCTERMS_PeriodOfTime)
            self.add(node, _RDF_type, _TIME_Instant if period.is_instant else _TIME_ProperInterval)
            self.add(node, _DCAT_startDate, ox.Literal(period.start.isoformat(), datatype=_XSD_date))
            self.add(node, _DCAT_endDate, ox.Literal(period.end.isoformat(), datatype=_XSD_date))
            self.add(node, _RDFS_label, ox.Literal(roc_label(period), language=ZH))
            self.add(node, _RDFS_label, ox.Literal(period.label_en(), language=EN))
        return node

    def passage(self, passage: Passage) -> str:
        node = iris.passage(self.meta.agency, self.slug, passage.line_start, passage.line_end, passage.quote,
                            passage.locator)
        if node not in self._seen_passages:
            self._seen_passages.add(node)
            self.add(node, _RDF_type, _TWP_SourcePassage)
            self.add(node, _RDF_type, _OA_SpecificResource)
            self.add(node, _RDF_type, _PROV_Entity)
            self.add(node, _TWP_inDocument, self.doc)
            if passage.section:
                self.add(node, _TWP_section, ox.Literal(passage.section_path))
            self.add(node, _TWP_lineStart, _int(passage.line_start))
            self.add(node, _TWP_lineEnd, _int(passage.line_end))
            self.add(node, _TWP_quote, ox.Literal(passage.quote))
            if passage.page is not None:  # PDF, DOCX, ODT: where in the original file (issue 15)
                self.add(node, _TWP_page, _int(passage.page))
            if passage.locator:
                self.add(node, _TWP_locator, ox.Literal(passage.locator))
        return node

    def indicator(self, fact: Fact) -> str:
        node = iris.local_indicator(self.meta.agency, fact.indicator)
        if fact.printed_label and fact.printed_label != fact.indicator:
            printed = (node, fact.printed_label)
            if printed not in self._seen_printed:
                self._seen_printed.add(printed)  # the wording as printed, when the name is the shared label
                self.add(node, _SKOS_altLabel, ox.Literal(fact.printed_label, language=ZH))
        if node not in self._seen_indicators:
            self._seen_indicators.add(node)
            self.add(node, _RDF_type, _TWP_Indicator)
            self.add(node, _RDF_type, _SKOS_Concept)
            self.add(node, _SKOS_inScheme, iris.local_indicator_scheme(self.meta.agency))
            self.add(node, _SKOS_prefLabel, ox.Literal(fact.indicator, language=ZH))
            shared = self.shared_indicator(fact)
            if shared is not None:
                self.add(node, _SKOS_exactMatch, shared)
            elif not self._subject_of(fact):
                self.add(node, _TWP_unmappedIndicator, _TRUE)  # not even what it counts is known
        return node

    def _subject_of(self, fact: Fact) -> str | None:
        """The subject the fact carries, else the one its printed name shows (twpolice.composition.parse_indicator)."""
        return fact.subject or composition.parse_indicator(fact.indicator)[0]

    def shared_indicator(self, fact: Fact) -> str | ox.NamedNode | None:
        """The shared indicator this printed name maps to, when every unit it is printed with agrees."""
        if fact.shared_indicator:
            return iris.shared_indicator(fact.shared_indicator)
        if self.x.framed:  # framing left it unmapped on purpose (a drug schedule, a value another figure claims)
            return None
        printed_units = self._units_of.get(fact.indicator) or {None}
        matches = {self._match_variants(fact.indicator, unit, fact.subject) for unit in printed_units}
        if len(matches) != 1 or None in matches:
            return None
        return ox.NamedNode(matches.pop().iri)

    def _match_variants(self, label: str, unit: str | None, subject: str | None = None):
        """The label as printed (with the fact's carried subject), else without a leading 發生/本期
        (「發生A1類交通事故件數」)."""
        match = (lambda text: self._match(text, unit, subject)) if subject else (lambda text: self._match(text, unit))
        found = match(label)
        if found is None:
            bare = _LEADING_EVENT.sub("", label)
            if bare != label:
                found = match(bare)
        return found

    # -- sections ----------------------------------------------------------
    def build(self) -> list[Triple]:
        self._units_of: dict[str, set[str]] = {}
        for fact in self.x.facts:
            self._units_of.setdefault(fact.indicator, set())
            if not _relative_in_percent(fact):  # 「下降6.68%」 of a count says nothing of the count's unit
                self._units_of[fact.indicator].add(fact.unit)
        self._document()
        for prog in self.x.programs:
            self._program(prog)
        for fact in self.x.facts:
            self._measurement(fact)
        return self.triples

    def _document(self) -> None:
        m, d = self.meta, self.doc
        for t in (_TWP_Document, _FOAF_Document, _PROV_Entity):
            self.add(d, _RDF_type, t)
        self.add(d, _DCTERMS_title, ox.Literal(m.title, language=ZH))
        self.add(d, _RDFS_label, ox.Literal(m.title, language=ZH))
        self.add(d, _DCTERMS_publisher, self.agency)
        self.add(d, _PROV_wasAttributedTo, self.agency)
        self.add(d, _DCTERMS_type, iris.genre(m.genre))
        self.add(d, _DCTERMS_temporal, self.period(m.period))
        self.add(d, _TWP_sha256, ox.Literal(m.sha256))
        self.add(d, _TWP_sourceFile, ox.Literal(m.source_file))
        self.add(d, _TWP_converterVersion, ox.Literal(m.converter_version))
        self.add(d, _TWP_lineCount, _int(m.line_count))
        if m.issued is not None:
            self.add(d, _DCTERMS_issued, ox.Literal(m.issued.isoformat(), datatype=_XSD_date))
        scheme = iris.local_indicator_scheme(m.agency)
        self.add(scheme, _RDF_type, _SKOS_ConceptScheme)
        self.add(scheme, _SKOS_prefLabel, ox.Literal(f"{m.agency} 原文指標", language=ZH))
        self.add(scheme, _SKOS_prefLabel, ox.Literal(f"Indicators as printed by {m.agency}", language=EN))
        for level in ("agency", "program"):
            ds = iris.dataset(m.agency, self.slug, level)
            self.add(ds, _RDF_type, _QB_DataSet)
            self.add(ds, _RDF_type, _DCAT_Dataset)
            self.add(ds, _QB_structure, _n(TWP["dsd-" + level]))
            self.add(ds, _PROV_hadPrimarySource, d)
            self.add(ds, _DCTERMS_publisher, self.agency)
            self.add(ds, _DCTERMS_temporal, self.period(m.period))
            what_zh = "機關層級量測值" if level == "agency" else "計畫層級量測值"
            what_en = "agency-level measurements" if level == "agency" else "program-level measurements"
            self.add(ds, _DCTERMS_title, ox.Literal(f"{m.title}：{what_zh}", language=ZH))
            self.add(ds, _DCTERMS_title, ox.Literal(f"{m.title}: {what_en}", language=EN))
            self.add(ds, _DCTERMS_description, ox.Literal(f"自《{m.title}》擷取的{what_zh}，每一數值附原文出處。", language=ZH))
            self.add(ds, _DCTERMS_description, ox.Literal(f"The {what_en} extracted from {m.source_file}, each with its source passage.", language=EN))

    def _program(self, prog: Program) -> None:
        node = iris.program(self.meta.agency, self.slug, prog.key)
        self._programs[prog.key] = node
        self.add(node, _RDF_type, _TWP_Program)
        self.add(node, _RDF_type, _PROV_Plan)
        self.add(node, _SKOS_prefLabel, ox.Literal(prog.label, language=ZH))
        if prog.numbering:
            self.add(node, _SKOS_notation, ox.Literal(prog.numbering))
        self.add(node, _TWP_agency, self.agency)
        self.add(node, _TWP_period, self.period(prog.period or self.meta.period))
        self.add(node, _TWP_sourcePassage, self.passage(prog.passage))
        if prog.parent is not None:
            self.add(node, _TWP_parentProgram, iris.program(self.meta.agency, self.slug, prog.parent))
        if prog.subject:
            self.add(node, _DCTERMS_subject, iris.category(prog.subject))

    def _measurement(self, fact: Fact) -> None:
        m = self.meta
        program = self._programs.get(fact.program) if fact.program else None
        level = "program" if program is not None else "agency"
        key = (m.agency, self.slug, fact.program, fact.indicator, fact.period.slug, fact.kind,
               sorted(fact.qualifiers.items()), fact.passage.line_start, fact.passage.quote, fact.value_text)
        node = iris.measurement(*key)
        # 「至少各1場次」: one figure, one measurement per item, each with its own printed name; the second and later
        # get an IRI of their own (the first keeps the IRI it always had)
        n = 1
        while node in self._measurements:
            n += 1
            node = iris.measurement(*key, n)
        self._measurements.add(node)
        self.add(node, _RDF_type, _TWP_Measurement)
        self.add(node, _RDF_type, _QB_Observation)
        self.add(node, _RDF_type, _PROV_Entity)
        self.add(node, _QB_dataSet, iris.dataset(m.agency, self.slug, level))
        self.add(node, _TWP_agency, self.agency)
        if program is not None:
            self.add(node, _TWP_program, program)
        self.add(node, _TWP_indicator, self.indicator(fact))
        self.add(node, _TWP_period, self.period(fact.period))
        self.add(node, _TWP_valueType, iris.value_type(fact.kind))
        self.add(node, _TWP_value, decimal_literal(fact.value))
        unit = self._unit_iri(fact.unit)
        if unit is not None:
            self.add(node, _TWP_unit, ox.NamedNode(unit))
        normalized = self._normalize(fact.value, unit)
        if normalized is not None:
            self.add(node, _TWP_valueNormalized, decimal_literal(normalized[0]))
            self.add(node, _TWP_unitNormalized, ox.NamedNode(normalized[1]))
        self.add(node, _TWP_unitText, ox.Literal(fact.unit))
        self.add(node, _TWP_valueText, ox.Literal(fact.value_text))
        if fact.operator:
            self.add(node, _TWP_targetOperator, iris.target_operator(fact.operator))
        if fact.relative_to is not None:
            prop = _TWP_comparisonPeriod if fact.kind == "change" else _TWP_relativeTo
            self.add(node, prop, self.period(fact.relative_to))
        for key, value in sorted(fact.qualifiers.items()):
            if key == "funding" and value in FUNDING:
                self.add(node, _TWP_fundingSource, iris.funding_source(value))
            elif key == "approx":
                self.add(node, _TWP_approximate, _TRUE)
                self.add(node, _TWP_qualifier, ox.Literal(f"{key}={value}"))
            else:
                self.add(node, _TWP_qualifier, ox.Literal(f"{key}={value}"))
        self._frame(node, fact)
        self._review(node, fact)
        primary = self.passage(fact.passage)
        self.add(node, _TWP_sourcePassage, primary)  # the first printing: the CSV's line and quote
        for passage in (primary, *(self.passage(p) for p in fact.also_in)):
            self.add(node, _PROV_wasDerivedFrom, passage)

    def _frame(self, node: str, fact: Fact) -> None:
        """The statement frame: the wording as printed, what is counted (measure, subject) and the
        extraction rules that read it so, for a researcher to audit how a number was understood."""
        if fact.printed_label:
            self.add(node, _TWP_printedLabel, ox.Literal(fact.printed_label, language=ZH))
        if fact.measure:
            self.add(node, _TWP_measure, iris.measure(fact.measure))
        if fact.subject:
            self.add(node, _TWP_subject, iris.category(fact.subject))
        for rule in dict.fromkeys(fact.rules):
            self.add(node, _TWP_extractionRule, ox.Literal(rule))


    def _review(self, node: str, fact: Fact) -> None:
        """Review status; who decided and when; for a correction, the machine reading it replaced."""
        review = fact.review
        self.add(node, _TWP_reviewStatus, iris.review_status(review.status if review else "machine"))
        if review is None:
            return
        if review.reviewer:
            agent = iris.reviewer(self.meta.agency, review.reviewer)
            if agent not in self._nodes:  # first mention: say who the agent is
                self.add(agent, _RDF_type, _PROV_Agent)
                self.add(agent, _FOAF_name, ox.Literal(review.reviewer))  # a name, in no language
            self.add(node, _PROV_wasAttributedTo, agent)
        if review.on is not None:
            self.add(node, _TWP_reviewedOn, ox.Literal(review.on.isoformat(), datatype=_XSD_date))
        if review.note:
            self.add(node, _TWP_reviewNote, ox.Literal(review.note))
        machine = review.machine
        if machine is not None:
            was = iris.machine_reading(node)
            self.add(node, _PROV_wasRevisionOf, was)
            self.add(was, _RDF_type, _PROV_Entity)
            read = f"{machine.indicator} {machine.value_text}（{machine.kind}，{machine.period.slug}）"
            self.add(was, _RDFS_label, ox.Literal(f"轉換器原讀取：{read}", language=ZH))
            self.add(was, _RDFS_label, ox.Literal(f"the converter's reading: {read}", language=EN))


def extraction_triples(extraction: Extraction) -> tuple[str, list[Triple]]:
    """The document's named graph IRI and its triples."""
    dg = DocumentGraph(extraction)
    return dg.graph_name, dg.build()


def to_rdflib(triples: Iterable[Triple], graph: Graph | None = None) -> Graph:
    g = graph if graph is not None else Graph()
    for prefix, ns in iris.PREFIXES.items():
        g.bind(prefix, ns, override=True)
    g.addN((to_rdflib_term(s), to_rdflib_term(p), to_rdflib_term(o), g) for s, p, o in triples)
    return g
