"""The measurement CSV (``graph/export.py`` CSV_COLUMNS) as RDF, remembering each cell's row and column.

Each row becomes a measurement with its passage, period, indicator, program and data set, minted the
way ``converters/rdf.py`` mints them, so a spreadsheet round-trips to the same IRIs. Values are kept
as written when they cannot be read (a value "12,3x" stays a string; a date "2023-06-31" stays an
ill-typed xsd:date) so the shapes report them at their row and column instead of the loader guessing.

Every column but :data:`REQUIRED` is optional on input, the statement-frame columns included:
``operator`` (at-least, at-most, equal, increase-by, decrease-by), ``reference_start``/``reference_end``
(the reference period of a relative target or the comparison period of a change; ``relative_start`` /
``relative_end`` are read as their older names), ``printed_label``, ``value_normalized`` /
``unit_normalized``, ``measure``, ``subject`` and ``extraction_rule`` (``; ``-separated). Two columns the
export does not have are read too: ``genre`` and ``document_title``.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal, InvalidOperation

from rdflib import Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, QB, RDF, RDFS, SKOS, XSD

from twpolice import iris
from twpolice.errors import UserError
from twpolice.csvformat import CSV_COLUMNS, printed_cell
from twpolice.iris import TWP
from twpolice.converters.periods import roc_label
from twpolice.model import GENRES, Period
from twpolice.shapes.result import Origin
from twpolice.shapes.submission import Submission
from twpolice.shapes.terms import quiet_rdflib
from twpolice.shapes.vocabulary import vocabulary
from twpolice.vocab import resolve_unit

REQUIRED = ("agency", "indicator", "kind", "value", "period_start", "period_end")
EXTRA = ("genre", "document_title")  # read when present; the export cannot express them
OLD_NAMES = {"relative_start": "reference_start", "relative_end": "reference_end"}  # before the export had them
ZH = "zh-Hant"


def load_csv(data: bytes, name: str = "submission.csv"):
    """Parse a measurement CSV into a :class:`~twpolice.shapes.submission.Submission` with cell origins."""
    text = _decode(data, name)
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise UserError(
            f"{name} 不是量測值 CSV：缺少欄位 {', '.join(missing)}（欄位見 twpolice export 的 CSV：{', '.join(CSV_COLUMNS)}）",
            f"{name} is not a measurement CSV: missing column(s) {', '.join(missing)} (columns: {', '.join(CSV_COLUMNS)})",
        )
    header = [OLD_NAMES.get(h, h) if OLD_NAMES.get(h) not in header else h for h in header]
    reader.fieldnames = header
    sub = Submission(name, "csv")
    builder = _Builder(sub, name, set(header))
    with quiet_rdflib():
        for row_no, row in enumerate(reader, start=2):
            builder.row(row_no, {k: printed_cell((v or "").strip()) for k, v in row.items() if k is not None})
    if not len(sub):
        raise UserError(f"{name} 只有標題列，沒有資料", f"{name} has a header but no rows")
    return sub


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:65536]:
        raise UserError(f"{name} 看起來是二進位檔（Excel 請另存為 CSV UTF-8）", f"{name} looks binary (save Excel sheets as CSV UTF-8)")
    for encoding in ("utf-8-sig", "cp950"):  # Excel in Taiwan may still save Big5
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(f"{name} 的編碼無法辨識（請存成 UTF-8）", f"{name}: unknown text encoding (save as UTF-8)")


def _iri(text: str, mint) -> URIRef:
    return URIRef(text) if text.startswith(("http://", "https://", "urn:")) else URIRef(mint(text))


def _key(agency: URIRef) -> str:
    text = str(agency)
    return text.rsplit("/", 1)[-1] if text.startswith(iris.BASE + "id/agency/") else iris.slugify(text)[-40:]


class _Builder:
    """Turns rows into triples; the first row that mentions a resource is where it comes from."""

    def __init__(self, graph, name: str, columns: set[str]) -> None:
        self.g = graph
        self.name = name
        self.columns = columns
        self.done: set[URIRef] = set()

    def add(self, s, p, o, row: int, column: str | None) -> None:
        self.g.add((s, p, o))
        if column:
            self.g.origins.setdefault((s, p), Origin(self.name, row, column))

    def origin(self, node, row: int, column: str) -> None:
        self.g.origins.setdefault((node, None), Origin(self.name, row, column))

    def first(self, node: URIRef) -> bool:
        if node in self.done:
            return False
        self.done.add(node)
        return True

    # -- one row -------------------------------------------------------------------------------
    def row(self, n: int, r: dict[str, str]) -> None:
        agency = _iri(r["agency"], iris.agency) if r.get("agency") else None
        key = _key(agency) if agency is not None else "unknown"
        document = URIRef(r["document"]) if r.get("document") else None
        doc_slug = self._doc_slug(document, key)
        given = r.get("measurement", "")
        m = URIRef(given) if given.startswith(("http://", "https://", "urn:")) else URIRef(iris.measurement(key, self.name, n))
        self.origin(m, n, "measurement" if r.get("measurement") else "value")
        # cells a missing attribute would have been in (the export has no operator or reference columns)
        for prop, column in ((TWP.targetOperator, "operator"), (TWP.relativeTo, "reference_start"),
                             (TWP.comparisonPeriod, "reference_start"), (TWP.unit, "unit_iri")):
            self.g.origins.setdefault((m, prop), Origin(self.name, n, column if column in self.columns else "kind"))
        self.add(m, RDF.type, TWP.Measurement, n, None)
        self.add(m, RDF.type, QB.Observation, n, None)
        self.add(m, RDF.type, PROV.Entity, n, None)
        if agency is not None:
            self.add(m, TWP.agency, agency, n, "agency")
            self._agency(agency, r, n)
        program = self._program(r, key, doc_slug, agency, document, n)
        if program is not None:
            self.add(m, TWP.program, program, n, "program_label")
        if document is not None:
            level = "program" if program is not None else "agency"
            ds = URIRef(iris.dataset(key, doc_slug, level)) if doc_slug else URIRef(f"{document}/dataset/{level}")
            self.add(m, QB.dataSet, ds, n, "document")
            self._dataset(ds, level, document, agency, n)
            self._document(document, doc_slug, agency, r, n)
        if r.get("indicator") or r.get("indicator_label"):
            self.add(m, TWP.indicator, self._indicator(r, key, n), n, "indicator")
        period = self._period(r.get("period_start", ""), r.get("period_end", ""), n, "period_start", "period_end")
        if period is not None:
            self.add(m, TWP.period, period, n, "period_start")
        if r.get("kind"):
            self.add(m, TWP.valueType, URIRef(iris.value_type(r["kind"].lower())), n, "kind")
        if r.get("value"):
            self.add(m, TWP.value, _number(r["value"]), n, "value")
        self._unit(m, r, n)
        self._qualifiers(m, r, n)
        self._relative(m, r, n)
        self._frame(m, r, n)
        passage = self._passage(r, key, doc_slug, document, n)
        if passage is not None:
            self.add(m, TWP.sourcePassage, passage, n, "document" if document is None else "evidence")
            if program is not None and self.first(URIRef(str(program) + "#source")):
                self.add(program, TWP.sourcePassage, passage, n, "program_label")

    def _doc_slug(self, document: URIRef | None, key: str) -> str | None:
        if document is None:
            return None
        text = str(document)
        key = iris.document_key(text) if text.startswith(iris.BASE) else None
        return key[1] if key else None

    def _agency(self, agency: URIRef, r: dict, n: int) -> None:
        self.origin(agency, n, "agency")
        label = r.get("agency_label")
        if label and self.first(agency) and not vocabulary().describe(agency):
            self.add(agency, SKOS.prefLabel, Literal(label, lang=ZH), n, "agency_label")  # named, not typed: unknown agencies stay unknown

    def _program(self, r: dict, key: str, doc_slug, agency, document, n: int) -> URIRef | None:
        label = r.get("program_label")
        if not label:
            return None
        node = URIRef(iris.program(key, doc_slug or iris.short_hash(str(document)), label))
        if self.first(node):
            self.origin(node, n, "program_label")
            self.add(node, RDF.type, TWP.Program, n, None)
            self.add(node, RDF.type, PROV.Plan, n, None)
            self.add(node, SKOS.prefLabel, Literal(label, lang=ZH), n, "program_label")
            if agency is not None:
                self.add(node, TWP.agency, agency, n, "agency")
        return node

    def _dataset(self, ds: URIRef, level: str, document: URIRef, agency, n: int) -> None:
        if not self.first(ds):
            return
        self.origin(ds, n, "document")
        self.add(ds, RDF.type, QB.DataSet, n, None)
        self.add(ds, RDF.type, DCAT.Dataset, n, None)
        self.add(ds, QB.structure, TWP["dsd-" + level], n, "program_label")
        self.add(ds, PROV.hadPrimarySource, document, n, "document")
        if agency is not None:
            self.add(ds, DCTERMS.publisher, agency, n, "agency")

    def _document(self, doc: URIRef, slug: str | None, agency, r: dict, n: int) -> None:
        if not self.first(doc):
            return
        self.origin(doc, n, "document")
        for t in (TWP.Document, FOAF.Document, PROV.Entity):
            self.add(doc, RDF.type, t, n, None)
        source = r.get("source_file")
        if source:
            self.add(doc, TWP.sourceFile, Literal(source), n, "source_file")
        title = r.get("document_title") or source or str(doc).rsplit("/", 1)[-1]
        self.add(doc, DCTERMS.title, Literal(title, lang=ZH), n, "document_title" if r.get("document_title") else "source_file")
        if agency is not None:
            self.add(doc, DCTERMS.publisher, agency, n, "agency")
        genre = r.get("genre") or next((g for g in sorted(GENRES, key=len, reverse=True) if slug and slug.endswith(g)), None)
        if genre:
            self.add(doc, DCTERMS.type, URIRef(iris.genre(genre)), n, "genre" if r.get("genre") else "document")

    def _indicator(self, r: dict, key: str, n: int) -> URIRef:
        label = r.get("indicator_label") or ""
        node = _iri(r["indicator"], lambda t: iris.local_indicator(key, t)) if r.get("indicator") else URIRef(iris.local_indicator(key, label))
        if self.first(node):
            self.origin(node, n, "indicator")
            if not _is_shared_indicator(node):  # shared indicators are described by the vocabulary
                self.add(node, RDF.type, TWP.Indicator, n, None)
                self.add(node, RDF.type, SKOS.Concept, n, None)
                self.add(node, SKOS.inScheme, URIRef(iris.local_indicator_scheme(key)), n, "indicator")
                if label:
                    self.add(node, SKOS.prefLabel, Literal(label, lang=ZH), n, "indicator_label")
                shared = r.get("shared_indicator")
                if shared:
                    self.add(node, SKOS.exactMatch, _iri(shared, iris.shared_indicator), n, "shared_indicator")
        return node

    def _period(self, start: str, end: str, n: int, c_start: str, c_end: str) -> URIRef | None:
        if not start and not end:
            return None
        try:
            p = Period(date.fromisoformat(start), date.fromisoformat(end))
            node, label_zh, label_en = URIRef(iris.period(p.slug)), roc_label(p), p.label_en()
        except ValueError:
            node = URIRef(iris.period(iris.slugify(f"{start}--{end}") or "unknown"))
            label_zh = label_en = f"{start}–{end}"
        if self.first(node):
            self.origin(node, n, c_start)
            self.add(node, RDF.type, TWP.Period, n, None)
            self.add(node, RDF.type, DCTERMS.PeriodOfTime, n, None)
            if start:
                self.add(node, DCAT.startDate, Literal(start, datatype=XSD.date), n, c_start)
            if end:
                self.add(node, DCAT.endDate, Literal(end, datatype=XSD.date), n, c_end)
            self.add(node, RDFS.label, Literal(label_zh, lang=ZH), n, c_start)
            self.add(node, RDFS.label, Literal(label_en, lang="en"), n, c_start)
        return node

    def _unit(self, m: URIRef, r: dict, n: int) -> None:
        printed = r.get("unit", "")
        if printed:
            self.add(m, TWP.unitText, Literal(printed), n, "unit")
        iri = r.get("unit_iri") or (_resolve_unit(printed) if printed else None)
        if iri:
            self.add(m, TWP.unit, URIRef(iri), n, "unit_iri" if r.get("unit_iri") else "unit")

    def _qualifiers(self, m: URIRef, r: dict, n: int) -> None:
        for part in filter(None, (p.strip() for p in r.get("qualifier", "").split(";"))):
            k, _, v = part.partition("=")
            k, v = k.strip(), v.strip()
            if k == "funding" and v in ("central", "local", "total"):
                self.add(m, TWP.fundingSource, URIRef(iris.funding_source(v)), n, "qualifier")
            elif k == "operator":
                self.add(m, TWP.targetOperator, URIRef(iris.target_operator(v)), n, "qualifier")
            else:
                if k == "approx":
                    self.add(m, TWP.approximate, Literal(True), n, "qualifier")
                self.add(m, TWP.qualifier, Literal(part), n, "qualifier")
        if r.get("operator"):
            self.add(m, TWP.targetOperator, URIRef(iris.target_operator(r["operator"])), n, "operator")

    def _relative(self, m: URIRef, r: dict, n: int) -> None:
        if not (r.get("reference_start") or r.get("reference_end")):
            return
        period = self._period(r.get("reference_start", ""), r.get("reference_end", ""), n, "reference_start", "reference_end")
        prop = TWP.comparisonPeriod if r.get("kind", "").lower() == "change" else TWP.relativeTo
        self.add(m, prop, period, n, "reference_start")

    def _frame(self, m: URIRef, r: dict, n: int) -> None:
        """The statement-frame columns, as the export writes them (the shapes check what they say)."""
        if r.get("printed_label"):
            self.add(m, TWP.printedLabel, Literal(r["printed_label"], lang=ZH), n, "printed_label")
        if r.get("value_normalized"):
            self.add(m, TWP.valueNormalized, _number(r["value_normalized"]), n, "value_normalized")
        minters = {"unit_normalized": (TWP.unitNormalized, lambda t: _resolve_unit(t) or iris.BASE + "id/unit/" + t),
                   "measure": (TWP.measure, iris.measure), "subject": (TWP.subject, iris.category)}
        for column, (prop, mint) in minters.items():  # an IRI, or a slug / printed unit minted as the export would
            if r.get(column):
                self.add(m, prop, _iri(r[column], mint), n, column)
        for rule in filter(None, (p.strip() for p in r.get("extraction_rule", "").split(";"))):
            self.add(m, TWP.extractionRule, Literal(rule), n, "extraction_rule")
        if r.get("review_status"):
            self.add(m, TWP.reviewStatus, _iri(r["review_status"], iris.review_status), n, "review_status")

    def _passage(self, r: dict, key: str, slug, document, n: int) -> URIRef | None:
        ls, le, quote = r.get("line_start", ""), r.get("line_end", ""), r.get("evidence", "")
        if not (ls or le or quote or document):
            return None
        page, locator = r.get("page", ""), r.get("locator", "")
        if slug and ls.isdigit() and le.isdigit():
            node = URIRef(iris.passage(key, slug, int(ls), int(le), quote, locator))
        else:
            node = URIRef(f"{document or iris.BASE + 'id/document/unknown'}/passage/L{ls}-L{le}-{iris.short_hash(quote, length=8)}")
        if self.first(node):
            self.origin(node, n, "line_start")
            self.add(node, RDF.type, TWP.SourcePassage, n, None)
            if document is not None:
                self.add(node, TWP.inDocument, document, n, "document")
            for prop, text, column in ((TWP.lineStart, ls, "line_start"), (TWP.lineEnd, le, "line_end")):
                if text:
                    self.add(node, prop, Literal(int(text)) if text.isdigit() else Literal(text), n, column)
            if quote:
                self.add(node, TWP.quote, Literal(quote), n, "evidence")
            if r.get("section"):
                self.add(node, TWP.section, Literal(r["section"]), n, "section")
            if page:
                self.add(node, TWP.page, Literal(int(page)) if page.isdigit() else Literal(page), n, "page")
            if locator:
                self.add(node, TWP.locator, Literal(locator), n, "locator")
        return node


def _is_shared_indicator(node: URIRef) -> bool:
    """/id/indicator/{slug} (shared) rather than /id/indicator/{agency}/i-… (as printed)."""
    text = str(node)
    return text.startswith(str(iris.IND)) and "/" not in text[len(str(iris.IND)):]


def _number(text: str) -> Literal:
    """xsd:decimal when the cell is a number (thousands separators allowed), else the text as written."""
    cleaned = text.replace(",", "").replace("，", "").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return Literal(text)
    if not value.is_finite() or "e" in cleaned.lower():
        return Literal(text)
    out = format(value, "f")
    return Literal(out, datatype=XSD.decimal)




def _resolve_unit(printed: str) -> str | None:
    return resolve_unit(printed)
