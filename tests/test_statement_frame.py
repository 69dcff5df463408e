"""The data contract for statement frames (issue 13): repeats folded into one measurement, the frame and
the normalised value in RDF and CSV, budgets summed in one unit, target-actual pairs by measure and subject.
Everything runs through the real pipeline, RDF mapping and an in-memory Oxigraph store."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest

from twpolice import iris, vocab
from twpolice.api.research import ready_queries
from twpolice.api.views.describe import Describer
from twpolice.api.views.pages import Page, View, _indicator
from twpolice.converters.merge import merge_repeats
from twpolice.csvformat import CSV_COLUMNS
from twpolice.graph.export import extraction_store, measurements_csv
from twpolice.model import DocumentMeta, Extraction, Fact, Passage, Period, Program

Y2022 = Period(date(2022, 1, 1), date(2022, 12, 31), "111年")
Y2021 = Period(date(2021, 1, 1), date(2021, 12, 31), "110年")
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"


def _meta(agency: str = "kaohsiung-police", genre: str = "performance-report") -> DocumentMeta:
    return DocumentMeta(agency=agency, genre=genre, period=Y2022, title="測試報告", source_file="test.txt",
                        sha256="0" * 64, line_count=100, converter_version="test")


def _fact(line: int, value: str = "1234", quote: str | None = None, **kw) -> Fact:
    quote = quote or f"詐欺案件發生{value}件"
    base = dict(kind="actual", indicator="詐欺案件發生數", value=Decimal(value), unit="件", period=Y2022,
                passage=Passage(line, line, quote), value_text=f"{value}件")
    base.update(kw)
    return Fact(**base)


# ----------------------------------------------------------------------------- normalisation

@pytest.mark.parametrize("printed,value,expected,base", [
    ("千元", "101653", "101653000", "CCY_TWD"),
    ("萬元", "2.5", "25000", "CCY_TWD"),
    ("百萬元", "3", "3000000", "CCY_TWD"),
    ("億元", "1.2", "120000000", "CCY_TWD"),
    ("元", "119736000", "119736000", "CCY_TWD"),
    ("公克", "1500", "1.5", "KiloGM"),
    ("件", "12", "12", "CASES"),
    ("%", "99.5", "99.5", "PERCENT"),
])
def test_normalize_value_uses_the_scaling_base(printed, value, expected, base):
    got, unit = vocab.normalise_value(Decimal(value), vocab.resolve_unit(printed))
    assert got == Decimal(expected) and unit == str(iris.UNIT[base])


def test_units_without_a_fixed_factor_stay_as_they_are_and_durations_are_in_seconds():
    iri = vocab.resolve_unit("個月")
    assert vocab.normalise_value(Decimal(3), iri) == (Decimal(3), iri)  # a month has no fixed length
    seconds = vocab.resolve_unit("秒")
    assert vocab.normalise_value(Decimal(3), vocab.resolve_unit("小時")) == (Decimal(10800), seconds)
    assert vocab.normalise_value(Decimal(5), vocab.resolve_unit("分鐘")) == (Decimal(300), seconds)
    assert vocab.normalise_value(Decimal(2), vocab.resolve_unit("公噸")) == (Decimal(2000), vocab.resolve_unit("公斤"))
    assert vocab.normalise_value(Decimal(3), None) is None
    assert vocab.normalise_value(Decimal(3), "https://example.org/unknown-unit") is None


# ----------------------------------------------------------------------------- repeats

def test_repeats_fold_into_the_first_printing():
    first = _fact(10, rules=("table-row",))
    again = _fact(40, quote="本年詐欺案件發生1234件", rules=("prose-count", "table-row"))
    other_value = _fact(50, value="99")
    other_kind = _fact(60, kind="target", operator="at-most")
    facts = merge_repeats([again, first, other_value, other_kind])
    assert facts == [first, other_value, other_kind]  # the later printing is gone, input order kept
    assert first.passage.line_start == 10
    assert first.also_in == (again.passage,)
    assert first.rules == ("table-row", "prose-count")


def test_the_same_passage_twice_is_not_a_second_source():
    a, b = _fact(10), _fact(10)
    assert merge_repeats([a, b]) == [a] and a.also_in == ()


def test_repeats_differing_in_any_part_of_the_cell_stay_apart():
    variants = [
        _fact(20, unit="人"), _fact(21, period=Y2021), _fact(22, qualifiers={"funding": "central"}),
        _fact(23, program="p1"), _fact(24, kind="change", relative_to=Y2021), _fact(25, measure="occurrences"),
        _fact(26, subject="fraud"),
    ]
    facts = [_fact(10), *variants]
    assert len(merge_repeats(facts)) == len(facts)


def test_a_programmes_money_printed_in_two_units_is_one_figure():
    """A plan table's 1,705 (千元) column and its row's text 「編列…170萬5,000元」 are one budget of the programme; another
    programme's, or the same programme's other funding source, stays apart."""
    column = _fact(225, value="1705", unit="千元", kind="budget", indicator="預算金額（合計）", program="p1",
                   shared_indicator="budget-total", quote="1,705")
    text = _fact(224, value="1705000", unit="元", kind="budget", indicator="編列總維修費用金額", program="p1",
                 shared_indicator="budget-total", quote="編列軟、硬體總維修費用170萬5,000元")
    other_programme = _fact(230, value="1705", unit="千元", kind="budget", indicator="預算金額（合計）", program="p2",
                            shared_indicator="budget-total", quote="1,705")
    local = _fact(225, value="1705", unit="千元", kind="budget", indicator="預算金額（本府）", program="p1",
                  shared_indicator="budget-local", quote="1,705")
    facts = merge_repeats([text, column, other_programme, local])  # the text first: the layout does not decide
    assert len(facts) == 3 and other_programme in facts and local in facts
    kept = next(f for f in facts if f.shared_indicator == "budget-total" and f.program == "p1")
    assert kept is column and kept.also_in == (text.passage,)  # the column's 千元 figure stands for both


def _extraction(facts: list[Fact], programs: list[Program] | None = None, **meta) -> Extraction:
    return Extraction(document=_meta(**meta), programs=programs or [], facts=facts)


def _objects(store, s: str, p: str) -> set[str]:
    return {r["o"].value for r in store.query(f"SELECT ?o WHERE {{ <{s}> <{p}> ?o }}")}


def _measurements(store) -> list[str]:
    return sorted(r["m"].value for r in store.query("SELECT ?m WHERE { ?m a twp:Measurement }"))


def test_a_repeated_figure_is_one_measurement_derived_from_each_passage():
    from twpolice.converters.pipeline import merge_repeats as pipeline_step

    assert pipeline_step is merge_repeats  # the pipeline runs this very step after conversion
    x = _extraction([_fact(10), _fact(40, quote="本年詐欺案件發生1234件")])
    x.facts = merge_repeats(x.facts)
    store, _ = extraction_store(x)
    (m,) = _measurements(store)
    derived = _objects(store, m, PROV_DERIVED)
    primary = _objects(store, m, str(iris.TWP.sourcePassage))
    assert len(derived) == 2 and len(primary) == 1 and primary < derived
    assert "/passage/L10-L10-" in primary.pop()
    for passage in derived:  # each one a described passage of the document
        assert _objects(store, passage, str(iris.TWP.inDocument))
    rows = list(csv.DictReader(io.StringIO(measurements_csv(store).decode("utf-8-sig"))))
    assert len(rows) == 1 and rows[0]["line_start"] == "10"


def test_measurement_iris_stay_deterministic_and_unique():
    def iris_of() -> list[str]:
        x = _extraction([_fact(10), _fact(40, quote="本年詐欺案件發生1234件"), _fact(50, value="99")])
        x.facts = merge_repeats(x.facts)
        return _measurements(extraction_store(x)[0])

    first = iris_of()
    assert first == iris_of() and len(first) == len(set(first)) == 2


# ----------------------------------------------------------------------------- frame in RDF and CSV

def _framed_target() -> Fact:
    return _fact(12, kind="target", value="3", unit="%", value_text="減少3%", quote="詐欺案件發生數較110年減少3%",
                 operator="decrease-by", relative_to=Y2021, printed_label="詐欺案件發生數", measure="occurrences",
                 subject="fraud", rules=("relative-target", "prose-sentence"))


def test_frame_and_normalised_value_in_rdf():
    store, _ = extraction_store(_extraction([_framed_target()], genre="plan"))
    (m,) = _measurements(store)
    twp = iris.TWP
    assert _objects(store, m, str(twp.printedLabel)) == {"詐欺案件發生數"}
    lang = store.query(f"SELECT (LANG(?l) AS ?t) WHERE {{ <{m}> twp:printedLabel ?l }}")
    assert [r["t"].value.lower() for r in lang] == ["zh-hant"]  # Oxigraph lower-cases tags
    assert _objects(store, m, str(twp.measure)) == {iris.measure("occurrences")}
    assert _objects(store, m, str(twp.subject)) == {iris.category("fraud")}
    assert _objects(store, m, str(twp.extractionRule)) == {"relative-target", "prose-sentence"}
    assert _objects(store, m, str(twp.valueNormalized)) == {"3"}
    assert _objects(store, m, str(twp.unitNormalized)) == {str(iris.UNIT.PERCENT)}
    assert _objects(store, m, str(twp.targetOperator)) == {iris.target_operator("decrease-by")}
    assert _objects(store, m, str(twp.relativeTo)) == {iris.period("2021")}


def test_csv_header_and_the_new_columns_of_a_row():
    budget = _fact(30, kind="budget", value="17033", unit="千元", value_text="17,033", quote="中央補助17,033千元",
                   indicator="錄影監視系統經費")
    store, _ = extraction_store(_extraction([_framed_target(), budget], genre="plan"))
    raw = measurements_csv(store).decode("utf-8-sig")
    header = raw.split("\r\n", 1)[0].split(",")
    assert header == list(CSV_COLUMNS)
    assert header[:20][-1] == "evidence" and header[20:29] == [
        "operator", "reference_start", "reference_end", "printed_label", "value_normalized", "unit_normalized",
        "measure", "subject", "extraction_rule"]
    target, money = list(csv.DictReader(io.StringIO(raw)))
    assert (target["operator"], target["reference_start"], target["reference_end"]) == ("decrease-by", "2021-01-01", "2021-12-31")
    assert target["printed_label"] == "詐欺案件發生數"
    assert target["measure"] == iris.measure("occurrences") and target["subject"] == iris.category("fraud")
    assert target["extraction_rule"] == "prose-sentence; relative-target"
    assert (money["value"], money["value_normalized"], money["unit_normalized"]) == (
        "17033", "17033000", "http://qudt.org/vocab/unit/CCY_TWD")
    assert money["operator"] == money["reference_start"] == money["measure"] == money["extraction_rule"] == ""


def test_a_change_gives_its_comparison_period_as_reference():
    change = _fact(14, kind="change", value="-855", value_text="減少855件", relative_to=Y2021)
    store, _ = extraction_store(_extraction([change]))
    (row,) = csv.DictReader(io.StringIO(measurements_csv(store).decode("utf-8-sig")))
    assert (row["reference_start"], row["reference_end"], row["operator"]) == ("2021-01-01", "2021-12-31", "")


# ----------------------------------------------------------------------------- Q3 in one unit

def _budget_document(agency: str, unit: str, amounts: dict[str, str]) -> Extraction:
    program = Program("p1", "錄影監視系統建置", Passage(5, 5, "錄影監視系統建置"), subject="cctv")
    facts = [_fact(6 + i, kind="budget", value=v, unit=unit, indicator=f"經費（{fs}）", value_text=v,
                   quote=f"錄影監視系統建置{v}{unit}", program="p1", qualifiers={"funding": fs})
             for i, (fs, v) in enumerate(amounts.items())]
    return _extraction(facts, [program], agency=agency, genre="plan")


def test_q3_sums_budgets_in_one_unit():
    from twpolice.converters.rdf import extraction_triples
    from twpolice.graph.build import load_vocabularies
    from twpolice.graph.store import GraphStore

    store = GraphStore.in_memory()
    load_vocabularies(store)
    for x in (_budget_document("tainan-police", "千元", {"central": "17033", "local": "84620", "total": "101653"}),
              _budget_document("kaohsiung-police", "元", {"total": "119736000"}),
              _budget_document("kaohsiung-police", "萬元", {"central": "2"})):
        x.document.source_file = x.document.agency + x.facts[0].unit + ".txt"
        graph, triples = extraction_triples(x)
        store.replace_graph(graph + x.facts[0].unit, triples)
    q3 = next(q for q in ready_queries() if q.id.startswith("q3-"))
    rows = {r["city"].value: (r["centralNTD"].value, r["localNTD"].value, r["totalNTD"].value)
            for r in store.query(q3.text)}
    assert {city: tuple(Decimal(v) for v in vs) for city, vs in rows.items()} == {
        "臺南市": (Decimal(17033000), Decimal(84620000), Decimal(101653000)),
        "高雄市": (Decimal(20000), Decimal(0), Decimal(119736000)),
    }


# ----------------------------------------------------------------------------- shapes

def _fixture_with(change) -> list[str]:
    from rdflib import Literal, URIRef

    from twpolice.shapes.loaders import load_submission
    from twpolice.shapes.rules import FIXTURES
    from twpolice.shapes.validator import validate_graph

    graph = load_submission(FIXTURES / "R-normalized-consistent-valid.ttl")
    m2 = URIRef(f"{iris.BASE}id/measurement/kaohsiung-police/m2")
    change(graph, m2, iris.TWP, Literal, URIRef)
    result = validate_graph(graph, "core")
    return [r.message["en"] for r in result.results if r.rule == "R-normalized-consistent"]


def test_a_normalised_value_needs_its_unit():
    messages = _fixture_with(lambda g, m, twp, L, U: g.remove((m, twp.unitNormalized, None)))
    assert any("must come together" in m for m in messages), messages


def test_the_normalised_unit_is_the_scaling_base():
    messages = _fixture_with(lambda g, m, twp, L, U: g.set((m, twp.unitNormalized, U(str(iris.UNIT.KiloGM)))))
    assert any("neither the measurement's unit" in m for m in messages), messages


def test_converted_documents_conform_with_repeats_folded():
    from twpolice.converters.rdf import extraction_triples, to_rdflib
    from twpolice.shapes.validator import validate_graph

    x = _extraction([_fact(10), _fact(40, quote="本年詐欺案件發生1234件"), _framed_target()])
    x.facts = merge_repeats(x.facts)
    _, triples = extraction_triples(x)
    result = validate_graph(to_rdflib(triples), "core")
    rules = {"R-measurement-frame", "R-value-normalized", "R-normalized-consistent"}
    assert not [r for r in result.results if r.rule in rules]


def test_the_indicator_chart_puts_thousands_and_units_of_ntd_on_one_axis():
    """Budgets printed in 千元 one year and 元 the next are charted in 元, not dropped or mixed."""
    from types import SimpleNamespace


    y2023 = Period(date(2023, 1, 1), date(2023, 12, 31), "112年")
    facts = [_fact(5, kind="budget", value="1500", unit="千元", value_text="1,500", indicator="錄影監視系統經費",
                   quote="錄影監視系統經費1,500千元"),
             _fact(6, kind="budget", value="1800000", unit="元", value_text="1,800,000", indicator="錄影監視系統經費",
                   quote="錄影監視系統經費1,800,000元", period=y2023)]
    store, _ = extraction_store(_extraction(facts, genre="plan"))
    view = View(SimpleNamespace(describer=Describer(store.raw), local_path=lambda iri: None), "zh-Hant")
    indicator = iris.local_indicator("kaohsiung-police", "錄影監視系統經費")
    page = Page(indicator, "indicator", "錄影監視系統經費", "zh-Hant")
    _indicator(page, view)
    chart = page.sections["chart"]
    assert chart.count('class="point"') == 2  # both years on the one axis (by printed unit only one could be)
    assert "千元" not in chart and "元" in chart


def test_a_shared_indicators_actual_printed_again_in_another_section_is_one_figure():
    """「二、本期…破獲率98.67%」 then 「七、綜上，本期全般刑案破獲率98.67%」: the agency's figure, whatever section
    prints it; a target of the same number under another programme stays its own (two programmes may aim at it)."""
    first = _fact(10, program="p1", shared_indicator="fraud-occurrences")
    again = _fact(40, program="p7", shared_indicator="fraud-occurrences")
    assert merge_repeats([first, again]) == [first] and first.also_in == (again.passage,)
    t1 = _fact(10, kind="target", operator="equal", program="p1", shared_indicator="fraud-occurrences")
    t2 = _fact(40, kind="target", operator="equal", program="p7", shared_indicator="fraud-occurrences")
    own1, own2 = _fact(10, program="p1"), _fact(40, program="p7")  # no shared indicator: the programme's own
    assert len(merge_repeats([t1, t2])) == 2 and len(merge_repeats([own1, own2])) == 2
