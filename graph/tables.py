"""The release's tables: columns described once (name, 說明 / description, type, unit, RDF mapping),
the SPARQL that fills them, and the data dictionaries made from the descriptions.

The measurement table is :mod:`twpolice.graph.export`'s (same columns, same query, same CSV writer).
Each column either maps to triples the store holds (``prop`` + ``about``/``value_url``), which the
CSVW metadata states so the CSV converts back to those triples, or is a convenience copy of a value
further along a path (``path`` says which) and is marked ``suppressOutput`` in the CSVW metadata.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

from twpolice import iris
from twpolice.csvformat import CSV_COLUMNS, NUMERIC_COLUMNS
from twpolice.graph import export

TWP = str(iris.TWP)
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
DCAT = "http://www.w3.org/ns/dcat#"
ORG = "http://www.w3.org/ns/org#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

TYPE_ZH = {"string": "字串", "integer": "整數", "decimal": "數值（小數）", "date": "日期（YYYY-MM-DD）", "anyURI": "網址（IRI）"}
TYPE_EN = {"string": "text", "integer": "integer", "decimal": "decimal number", "date": "date (YYYY-MM-DD)", "anyURI": "IRI"}


@dataclass(frozen=True)
class Column:
    name: str
    zh: str
    en: str
    datatype: str = "string"  # CSVW built-in datatype name
    unit: str = ""
    prop: str | None = None  # predicate IRI, or a URI template ({column} references)
    about: str | None = None  # column whose IRI is the subject (None: the row's subject)
    value_url: str | None = None  # URI template for an IRI object
    lang: str | None = None
    separator: str | None = None
    path: str = ""  # for unmapped columns: the RDF path the value comes from


@dataclass(frozen=True)
class Table:
    name: str  # file stem
    title_zh: str
    title_en: str
    description_zh: str
    description_en: str
    subject: str  # column whose value is the row's subject IRI
    rdf_type: str | None
    columns: tuple[Column, ...]
    rows: Callable  # store -> list[dict[str, str]]

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


# ---------------------------------------------------------------------------------------------
# measurements: the converters' column set (twpolice/csvformat.py)

_M = {
    "measurement": Column("measurement", "量測值的 IRI（每列一個量測值）", "IRI of the measurement (one per row)", "anyURI"),
    "agency": Column("agency", "機關的 IRI", "IRI of the agency", "anyURI", prop=TWP + "agency", value_url="{+agency}"),
    "agency_label": Column("agency_label", "機關名稱", "Agency name (zh-Hant)", prop=SKOS + "prefLabel", about="agency", lang="zh-Hant"),
    "program_label": Column("program_label", "所屬計畫名稱（計畫層級的量測值才有）", "Name of the program the measurement belongs to (program-level measurements only)", path="twp:program/skos:prefLabel"),
    "section": Column("section", "來源章節路徑（以 > 分隔）", "Section path in the source document (separated by >)", path="twp:sourcePassage/twp:section"),
    "indicator": Column("indicator", "原文指標的 IRI（機關自己的指標架構）", "IRI of the indicator as printed (in the agency's own scheme)", "anyURI", prop=TWP + "indicator", value_url="{+indicator}"),
    "indicator_label": Column("indicator_label", "指標名稱（原文）", "Indicator name as printed", prop=SKOS + "prefLabel", about="indicator", lang="zh-Hant"),
    "shared_indicator": Column("shared_indicator", "對應的共用指標 IRI（跨縣市比較用；無對應則空白）", "IRI of the shared indicator it maps to (for cross-city comparison; empty when unmapped)", "anyURI", prop=SKOS + "exactMatch", about="indicator", value_url="{+shared_indicator}"),
    "kind": Column("kind", "值類型：actual 實際值、target 目標值、baseline 基準值、change 變動值、budget 預算", "Value type: actual, target, baseline, change or budget", prop=TWP + "valueType", value_url=f"{iris.BASE}id/value-type/{{kind}}"),
    "value": Column("value", "數值", "The number", "decimal", unit="見 unit 欄 / see the unit column", prop=TWP + "value"),
    "unit": Column("unit", "單位（原文，如 件、人、%、千元）", "Unit as printed (件, 人, %, 千元 …)", prop=TWP + "unitText"),
    "unit_iri": Column("unit_iri", "單位的 IRI（QUDT 或本專案定義）", "IRI of the unit (QUDT or this project's)", "anyURI", prop=TWP + "unit", value_url="{+unit_iri}"),
    "period_start": Column("period_start", "期間起日（含）", "First day of the period (inclusive)", "date", path="twp:period/dcat:startDate"),
    "period_end": Column("period_end", "期間迄日（含）", "Last day of the period (inclusive)", "date", path="twp:period/dcat:endDate"),
    "qualifier": Column("qualifier", "其他限定（key=value，以「; 」分隔）", "Other qualifiers (key=value, separated by '; ')", prop=TWP + "qualifier", separator="; "),
    "document": Column("document", "來源文件的 IRI", "IRI of the source document", "anyURI", path="twp:sourcePassage/twp:inDocument"),
    "source_file": Column("source_file", "來源文件檔名", "File name of the source document", prop=TWP + "sourceFile", about="document"),
    "line_start": Column("line_start", "原文起始行號", "First line of the source passage", "integer", unit="行 / line", path="twp:sourcePassage/twp:lineStart"),
    "line_end": Column("line_end", "原文結束行號", "Last line of the source passage", "integer", unit="行 / line", path="twp:sourcePassage/twp:lineEnd"),
    "evidence": Column("evidence", "原文引述（數字所在的句子）", "Verbatim quote of the sentence the number comes from", path="twp:sourcePassage/twp:quote"),
    "operator": Column("operator", "目標運算子：at-least 不低於、at-most 不高於、equal 等於、increase-by 增加、decrease-by 減少；以界限印出的實際值（「逾3成」「8成5以上」）為 more-than 超過、less-than 未滿、at-least 或 at-most", "Target operator: at-least, at-most, equal, increase-by or decrease-by; for an actual printed as a bound (「逾3成」 over 30 %, 「8成5以上」), more-than, less-than, at-least or at-most", prop=TWP + "targetOperator", value_url=f"{iris.BASE}id/target-operator/{{operator}}"),
    "reference_start": Column("reference_start", "比較基準期間起日（相對目標的參考期間，或變動值的比較期間）", "First day of the reference period (of a relative target) or comparison period (of a change)", "date", path="(twp:relativeTo|twp:comparisonPeriod)/dcat:startDate"),
    "reference_end": Column("reference_end", "比較基準期間迄日（含）", "Last day of the reference or comparison period (inclusive)", "date", path="(twp:relativeTo|twp:comparisonPeriod)/dcat:endDate"),
    "printed_label": Column("printed_label", "原文指標寫法（數字旁所印的文字，未經組合）", "The indicator's wording exactly as printed next to the number (indicator_label is composed)", prop=TWP + "printedLabel", lang="zh-Hant"),
    "value_normalized": Column("value_normalized", "換算為單位基準後的數值（千元、萬元、億元皆換為元；公克換為公斤）；加總或比較請用此欄", "The value in its unit's base (千元, 萬元, 億元 → NTD; grams → kilograms); sum and compare this column", "decimal", unit="見 unit_normalized 欄 / see unit_normalized", prop=TWP + "valueNormalized"),
    "unit_normalized": Column("unit_normalized", "value_normalized 的單位 IRI", "IRI of the unit of value_normalized", "anyURI", prop=TWP + "unitNormalized", value_url="{+unit_normalized}"),
    "measure": Column("measure", "量測方式的 IRI（發生數、破獲率…；辨識得出時才有）", "IRI of the measure (occurrences, clearance rate …; when recognised)", "anyURI", prop=TWP + "measure", value_url="{+measure}"),
    "subject": Column("subject", "量測對象（犯罪類別或主題）的 IRI（辨識得出時才有）", "IRI of the subject (a crime category or topic; when recognised)", "anyURI", prop=TWP + "subject", value_url="{+subject}"),
    "extraction_rule": Column("extraction_rule", "產生此數值的擷取規則名稱（以「; 」分隔）", "Names of the extraction rules that produced the number (separated by '; ')", prop=TWP + "extractionRule", separator="; "),
    "page": Column("page", "原始檔頁碼（PDF，從1起算；其他格式空白）", "Page of the original file (PDF, from 1; empty for other formats)", "integer", unit="頁 / page", path="twp:sourcePassage/twp:page"),
    "locator": Column("locator", "原始檔中的位置：paragraph=段落序，或 table=表;row=列;cell=格（DOCX、ODT、PDF 表格；純文字空白）", "Where in the original file: paragraph=N, or table=T;row=R;cell=C (DOCX, ODT, PDF tables; empty for plain text)", path="twp:sourcePassage/twp:locator"),
    "review_status": Column("review_status", "審閱狀態：machine 未審閱、confirmed 已確認、corrected 已更正（原讀取見 prov:wasRevisionOf）、added 人工新增", "Review status: machine (not reviewed), confirmed, corrected (the machine reading is prov:wasRevisionOf) or added by a reviewer", prop=TWP + "reviewStatus", value_url=f"{iris.BASE}id/review-status/{{review_status}}"),
}
assert tuple(_M) == CSV_COLUMNS, "measurement columns must be the converters' CSV columns"

NUMERIC_DATATYPES = frozenset({"integer", "decimal", "double", "float", "long", "int", "nonNegativeInteger"})


def numeric_columns(columns) -> list[str]:
    """Names of the columns whose CSVW datatype is a number."""
    return [c.name for c in columns if c.datatype in NUMERIC_DATATYPES]


assert tuple(numeric_columns(_M.values())) == NUMERIC_COLUMNS, "numeric measurement columns: csvformat.NUMERIC_COLUMNS"


def _measurement_rows(store) -> list[dict[str, str]]:
    return export.measurement_rows(store)


# ---------------------------------------------------------------------------------------------

def _select(store, sparql: str, columns: list[str]) -> list[dict[str, str]]:
    rows = []
    for sol in store.query(sparql):
        rows.append({c: (sol[c].value if sol[c] is not None else "") for c in columns})
    return rows


INDICATORS_QUERY = """
SELECT ?indicator ?scheme ?agency ?agency_label ?indicator_label ?mapping ?shared_indicator
       ?shared_label_zh ?shared_label_en ?shared_unit ?measurements
WHERE {
  { SELECT ?indicator ?agency (COUNT(DISTINCT ?m) AS ?measurements)
    WHERE { ?m a twp:Measurement ; twp:indicator ?indicator ; twp:agency ?agency } GROUP BY ?indicator ?agency }
  OPTIONAL { ?indicator skos:inScheme ?scheme }
  OPTIONAL { ?indicator skos:prefLabel ?indicator_label FILTER (langMatches(lang(?indicator_label), "zh-Hant")) }
  OPTIONAL { ?agency skos:prefLabel ?agency_label FILTER (langMatches(lang(?agency_label), "zh-Hant")) }
  OPTIONAL {
    VALUES ?rel { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch skos:relatedMatch }
    ?indicator ?rel ?shared_indicator .
    BIND (STRAFTER(STR(?rel), "#") AS ?mapping)
    OPTIONAL { ?shared_indicator skos:prefLabel ?shared_label_zh FILTER (langMatches(lang(?shared_label_zh), "zh-Hant")) }
    OPTIONAL { ?shared_indicator skos:prefLabel ?shared_label_en FILTER (langMatches(lang(?shared_label_en), "en")) }
    OPTIONAL { ?shared_indicator twp:unit ?shared_unit }
  }
}
ORDER BY ?agency ?indicator_label ?indicator ?mapping ?shared_indicator
"""

_I = (
    Column("indicator", "原文指標的 IRI", "IRI of the indicator as printed", "anyURI"),
    Column("scheme", "所屬指標架構（機關自己的）", "Concept scheme it belongs to (the agency's own)", "anyURI", prop=SKOS + "inScheme", value_url="{+scheme}"),
    Column("agency", "使用此指標的機關 IRI", "IRI of the agency that prints this indicator", "anyURI", path="^twp:indicator/twp:agency"),
    Column("agency_label", "機關名稱", "Agency name (zh-Hant)", prop=SKOS + "prefLabel", about="agency", lang="zh-Hant"),
    Column("indicator_label", "指標名稱（原文）", "Indicator name as printed", prop=SKOS + "prefLabel", lang="zh-Hant"),
    Column("mapping", "對應關係（exactMatch 完全對應、closeMatch 近似、broadMatch 較廣…；空白表示尚無對應）", "Mapping relation (SKOS exactMatch, closeMatch, broadMatch …; empty when not mapped)", path="the SKOS mapping property itself"),
    Column("shared_indicator", "對應的共用指標 IRI", "IRI of the shared indicator it maps to", "anyURI", prop=SKOS + "{mapping}", value_url="{+shared_indicator}"),
    Column("shared_label_zh", "共用指標名稱（中文）", "Shared indicator name (zh-Hant)", prop=SKOS + "prefLabel", about="shared_indicator", lang="zh-Hant"),
    Column("shared_label_en", "共用指標名稱（英文）", "Shared indicator name (English)", prop=SKOS + "prefLabel", about="shared_indicator", lang="en"),
    Column("shared_unit", "共用指標的單位 IRI", "IRI of the shared indicator's unit", "anyURI", prop=TWP + "unit", about="shared_indicator", value_url="{+shared_unit}"),
    Column("measurements", "此指標的量測值筆數", "Number of measurements of this indicator", "integer", unit="筆 / rows", path="count of ^twp:indicator"),
)

PROGRAMS_QUERY = """
SELECT ?program ?agency ?agency_label ?program_label ?numbering ?parent_program ?subject ?period
       ?period_start ?period_end ?document ?source_file ?section ?line_start ?line_end ?measurements
WHERE {
  ?program a twp:Program ; twp:agency ?agency .
  OPTIONAL { ?program skos:prefLabel ?program_label FILTER (langMatches(lang(?program_label), "zh-Hant")) }
  OPTIONAL { ?agency skos:prefLabel ?agency_label FILTER (langMatches(lang(?agency_label), "zh-Hant")) }
  OPTIONAL { ?program skos:notation ?numbering }
  OPTIONAL { ?program twp:parentProgram ?parent_program }
  OPTIONAL { ?program dcterms:subject ?subject }
  OPTIONAL { ?program twp:period ?period . ?period dcat:startDate ?period_start ; dcat:endDate ?period_end }
  OPTIONAL { ?program twp:sourcePassage ?passage .
             ?passage twp:inDocument ?document ; twp:lineStart ?line_start ; twp:lineEnd ?line_end .
             OPTIONAL { ?passage twp:section ?section }
             OPTIONAL { ?document twp:sourceFile ?source_file } }
  OPTIONAL { SELECT ?program (COUNT(DISTINCT ?m) AS ?measurements) WHERE { ?m twp:program ?program } GROUP BY ?program }
}
ORDER BY ?source_file ?line_start ?program
"""

_P = (
    Column("program", "計畫的 IRI", "IRI of the program", "anyURI"),
    Column("agency", "負責機關的 IRI", "IRI of the responsible agency", "anyURI", prop=TWP + "agency", value_url="{+agency}"),
    Column("agency_label", "機關名稱", "Agency name (zh-Hant)", prop=SKOS + "prefLabel", about="agency", lang="zh-Hant"),
    Column("program_label", "計畫名稱（原文）", "Program name as printed", prop=SKOS + "prefLabel", lang="zh-Hant"),
    Column("numbering", "原文編號（如 一、(一)）", "Numbering as printed", prop=SKOS + "notation"),
    Column("parent_program", "上層計畫的 IRI", "IRI of the parent program", "anyURI", prop=TWP + "parentProgram", value_url="{+parent_program}"),
    Column("subject", "主題分類 IRI", "IRI of the topic", "anyURI", prop=DCT + "subject", value_url="{+subject}"),
    Column("period", "計畫期間的 IRI", "IRI of the program's period", "anyURI", prop=TWP + "period", value_url="{+period}"),
    Column("period_start", "期間起日（含）", "First day of the period (inclusive)", "date", prop=DCAT + "startDate", about="period"),
    Column("period_end", "期間迄日（含）", "Last day of the period (inclusive)", "date", prop=DCAT + "endDate", about="period"),
    Column("document", "來源文件的 IRI", "IRI of the source document", "anyURI", path="twp:sourcePassage/twp:inDocument"),
    Column("source_file", "來源文件檔名", "File name of the source document", prop=TWP + "sourceFile", about="document"),
    Column("section", "來源章節路徑", "Section path in the source document", path="twp:sourcePassage/twp:section"),
    Column("line_start", "原文起始行號", "First line of the source passage", "integer", unit="行 / line", path="twp:sourcePassage/twp:lineStart"),
    Column("line_end", "原文結束行號", "Last line of the source passage", "integer", unit="行 / line", path="twp:sourcePassage/twp:lineEnd"),
    Column("measurements", "此計畫的量測值筆數（如經費）", "Number of measurements of this program (budgets …)", "integer", unit="筆 / rows", path="count of ^twp:program"),
)

AGENCIES_QUERY = """
SELECT ?agency ?key ?name_zh ?name_en ?jurisdiction ?jurisdiction_label ?moi_code ?parent_organization
       ?documents ?measurements
WHERE {
  ?agency a twp:Agency .
  OPTIONAL { ?agency twp:agencyKey ?key }
  OPTIONAL { ?agency skos:prefLabel ?name_zh FILTER (langMatches(lang(?name_zh), "zh-Hant")) }
  OPTIONAL { ?agency skos:prefLabel ?name_en FILTER (langMatches(lang(?name_en), "en")) }
  OPTIONAL { ?agency twp:jurisdiction ?jurisdiction .
             OPTIONAL { ?jurisdiction skos:prefLabel ?jurisdiction_label FILTER (langMatches(lang(?jurisdiction_label), "zh-Hant")) }
             OPTIONAL { ?jurisdiction twp:moiCode ?moi_code } }
  OPTIONAL { ?agency org:subOrganizationOf ?parent_organization }
  OPTIONAL { SELECT ?agency (COUNT(DISTINCT ?d) AS ?documents) WHERE { ?d a twp:Document ; dcterms:publisher ?agency } GROUP BY ?agency }
  OPTIONAL { SELECT ?agency (COUNT(DISTINCT ?m) AS ?measurements) WHERE { ?m a twp:Measurement ; twp:agency ?agency } GROUP BY ?agency }
}
ORDER BY ?key ?agency
"""

_A = (
    Column("agency", "機關的 IRI", "IRI of the agency", "anyURI"),
    Column("key", "機關代碼（IRI 的最後一段）", "Registry key (last segment of the IRI)", prop=TWP + "agencyKey"),
    Column("name_zh", "機關中文名稱", "Official name (zh-Hant)", prop=SKOS + "prefLabel", lang="zh-Hant"),
    Column("name_en", "機關英文名稱", "Name in English", prop=SKOS + "prefLabel", lang="en"),
    Column("jurisdiction", "轄區（直轄市、縣市）的 IRI", "IRI of the jurisdiction (city or county)", "anyURI", prop=TWP + "jurisdiction", value_url="{+jurisdiction}"),
    Column("jurisdiction_label", "轄區名稱", "Name of the jurisdiction", prop=SKOS + "prefLabel", about="jurisdiction", lang="zh-Hant"),
    Column("moi_code", "內政部行政區代碼", "Ministry of the Interior administrative-division code", prop=TWP + "moiCode", about="jurisdiction"),
    Column("parent_organization", "上級機關（市、縣政府）的 IRI", "IRI of the parent organisation (city or county government)", "anyURI", prop=ORG + "subOrganizationOf", value_url="{+parent_organization}"),
    Column("documents", "本版收錄的該機關文件數", "Number of this agency's documents in the release", "integer", unit="份 / documents", path="count of ^dcterms:publisher"),
    Column("measurements", "本版收錄的該機關量測值筆數", "Number of this agency's measurements in the release", "integer", unit="筆 / rows", path="count of ^twp:agency"),
)

DOCUMENTS_QUERY = """
SELECT ?document ?agency ?agency_label ?genre ?genre_label ?title ?period ?period_start ?period_end ?issued
       ?source_file ?sha256 ?line_count ?converter_version ?measurements ?programs
WHERE {
  ?document a twp:Document .
  OPTIONAL { ?document dcterms:publisher ?agency .
             OPTIONAL { ?agency skos:prefLabel ?agency_label FILTER (langMatches(lang(?agency_label), "zh-Hant")) } }
  OPTIONAL { ?document dcterms:type ?genre .
             OPTIONAL { ?genre skos:prefLabel ?genre_label FILTER (langMatches(lang(?genre_label), "zh-Hant")) } }
  OPTIONAL { ?document dcterms:title ?title FILTER (langMatches(lang(?title), "zh-Hant")) }
  OPTIONAL { ?document dcterms:temporal ?period . ?period dcat:startDate ?period_start ; dcat:endDate ?period_end }
  OPTIONAL { ?document dcterms:issued ?issued }
  OPTIONAL { ?document twp:sourceFile ?source_file }
  OPTIONAL { ?document twp:sha256 ?sha256 }
  OPTIONAL { ?document twp:lineCount ?line_count }
  OPTIONAL { ?document twp:converterVersion ?converter_version }
  OPTIONAL { SELECT ?document (COUNT(DISTINCT ?m) AS ?measurements)
             WHERE { ?m a twp:Measurement ; twp:sourcePassage/twp:inDocument ?document } GROUP BY ?document }
  OPTIONAL { SELECT ?document (COUNT(DISTINCT ?pr) AS ?programs)
             WHERE { ?pr a twp:Program ; twp:sourcePassage/twp:inDocument ?document } GROUP BY ?document }
}
ORDER BY ?source_file ?document
"""

_D = (
    Column("document", "來源文件的 IRI", "IRI of the source document", "anyURI"),
    Column("agency", "發布機關的 IRI", "IRI of the publishing agency", "anyURI", prop=DCT + "publisher", value_url="{+agency}"),
    Column("agency_label", "機關名稱", "Agency name (zh-Hant)", prop=SKOS + "prefLabel", about="agency", lang="zh-Hant"),
    Column("genre", "文件類型的 IRI", "IRI of the document type", "anyURI", prop=DCT + "type", value_url="{+genre}"),
    Column("genre_label", "文件類型（年度施政計畫、中程施政計畫、施政績效成果報告、議會施政報告）", "Document type name", prop=SKOS + "prefLabel", about="genre", lang="zh-Hant"),
    Column("title", "文件標題", "Document title", prop=DCT + "title", lang="zh-Hant"),
    Column("period", "文件涵蓋期間的 IRI", "IRI of the period the document covers", "anyURI", prop=DCT + "temporal", value_url="{+period}"),
    Column("period_start", "期間起日（含）", "First day of the period (inclusive)", "date", prop=DCAT + "startDate", about="period"),
    Column("period_end", "期間迄日（含）", "Last day of the period (inclusive)", "date", prop=DCAT + "endDate", about="period"),
    Column("issued", "文件發布日期", "Date the document was issued", "date", prop=DCT + "issued"),
    Column("source_file", "來源文件檔名", "File name of the source text", prop=TWP + "sourceFile"),
    Column("sha256", "來源檔案的 SHA-256", "SHA-256 of the source file", prop=TWP + "sha256"),
    Column("line_count", "來源檔案行數", "Number of lines in the source file", "integer", unit="行 / lines", prop=TWP + "lineCount"),
    Column("converter_version", "轉換器版本", "Converter version", prop=TWP + "converterVersion"),
    Column("measurements", "擷取的量測值筆數", "Number of measurements extracted", "integer", unit="筆 / rows", path="count"),
    Column("programs", "擷取的計畫數", "Number of programs extracted", "integer", unit="項 / programs", path="count"),
)


def _rows(query: str, columns: tuple[Column, ...]):
    names = [c.name for c in columns]
    return lambda store: _select(store, query, names)


TABLES: dict[str, Table] = {
    "measurements": Table(
        "measurements", "量測值", "Measurements",
        "每一列為一個數值（目標值、實際值、基準值、變動值或預算），附機關、指標、期間、單位與原文出處（文件、章節、行號、原句）。",
        "One row per number (target, actual, baseline, change or budget) with its agency, indicator, period, unit and "
        "source (document, section, lines, sentence).",
        "measurement", TWP + "Measurement", tuple(_M.values()), _measurement_rows),
    "indicators": Table(
        "indicators", "指標與共用指標對應", "Indicators and their shared mapping",
        "各機關原文指標，以及其對應的共用指標（跨縣市比較時依共用指標分組）。",
        "Every indicator as printed by an agency and the shared indicator it maps to (what cross-city comparisons group by).",
        "indicator", TWP + "Indicator", _I, _rows(INDICATORS_QUERY, _I)),
    "programs": Table(
        "programs", "施政計畫項目", "Programs",
        "計畫、計畫項目與報告章節，附機關、期間與原文出處。",
        "Plan items, programs and report sections with their agency, period and source.",
        "program", TWP + "Program", _P, _rows(PROGRAMS_QUERY, _P)),
    "agencies": Table(
        "agencies", "機關", "Agencies",
        "機關登錄表：22 個直轄市、縣（市）警察局、內政部警政署與「未具名機關」，附轄區與本版收錄數量。",
        "The agency registry (22 city and county police departments, the National Police Agency and the "
        "'unidentified' placeholder) with jurisdictions and counts in this release.",
        "agency", TWP + "Agency", _A, _rows(AGENCIES_QUERY, _A)),
    "documents": Table(
        "documents", "來源文件", "Source documents",
        "本版收錄的來源文件：機關、類型、期間、檔名、SHA-256 與擷取數量。",
        "The source documents in this release: agency, type, period, file, SHA-256 and what was extracted.",
        "document", TWP + "Document", _D, _rows(DOCUMENTS_QUERY, _D)),
}


# ---------------------------------------------------------------------------------------------
# data dictionaries

DICTIONARY_COLUMNS = ("欄位名稱", "說明", "型態", "單位", "範例", "英文說明")


def dictionary_rows(table: Table, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """One entry per column: 欄位名稱 (exactly the CSV header), 說明, 型態, 單位, 範例 (first value in the data)."""
    out = []
    for c in table.columns:
        example = next((r[c.name] for r in rows if r.get(c.name)), "")
        if len(example) > 80:
            example = example[:79] + "…"
        out.append({
            "欄位名稱": c.name,
            "說明": c.zh,
            "型態": f"{TYPE_ZH[c.datatype]} / {TYPE_EN[c.datatype]}",
            "單位": c.unit,
            "範例": example,
            "英文說明": c.en,
        })
    return out


def dictionary_json(table: Table, entries: list[dict[str, str]]) -> bytes:
    doc = {
        "資料表": f"{table.name}.csv",
        "名稱": table.title_zh,
        "name": table.title_en,
        "說明": table.description_zh,
        "description": table.description_en,
        "欄位": entries,
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
