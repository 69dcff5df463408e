"""Facts the genre converters must find in the bundled documents (value, unit, period, kind, line)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from conftest import doc_path
from twpolice.converters.pipeline import convert_file


def printed(fact) -> str:
    """The indicator's wording as printed (a mapped fact is named by its shared indicator's label)."""
    return fact.printed_label or fact.indicator


def find(extraction, line, value, **expect):
    """The facts printed on ``line`` with ``value`` (as the first printing or a later one), filtered by the expected
    attributes."""
    hits = [f for f in extraction.facts if f.value == Decimal(str(value))
            and line in (f.passage.line_start, *(p.line_start for p in f.also_in))]
    for key, want in expect.items():
        if key == "period":
            hits = [f for f in hits if f.period.slug == want]
        elif key == "relative_to":
            hits = [f for f in hits if f.relative_to is not None and f.relative_to.slug == want]
        else:
            hits = [f for f in hits if getattr(f, key) == want]
    return hits


CASES = [
    # council report (001): table cells, prose, changes against 111年同期, quarters, stocks
    ("001", 12, 10182, dict(kind="actual", unit="件", period="2023-H1", indicator="全般刑案發生數")),
    ("001", 32, "114.69", dict(kind="actual", unit="%", period="2023-H1", indicator="詐欺犯罪破獲率")),
    ("001", 89, -855, dict(kind="change", unit="件", period="2023-H1", relative_to="2022-H1")),
    ("001", 89, "2.83", dict(kind="change", unit="%", period="2023-H1", relative_to="2022-H1")),
    ("001", 101, 349, dict(kind="actual", unit="件", period="2023-H1")),
    ("001", 137, 381128306, dict(kind="actual", unit="元", period="2023-H1")),
    ("001", 143, 1929, dict(kind="actual", unit="人", period="2023-Q1")),
    ("001", 189, 20526000, dict(unit="元", period="2023-06-30")),
    ("001", 203, 101, dict(kind="actual", unit="人", period="2022-H1", indicator="A1類交通事故死亡人數")),
    ("001", 203, -21, dict(kind="change", unit="人", period="2023-H1")),
    ("001", 115, 11, dict(kind="change", unit="名", period="2023-H1", relative_to="2022-H1")),
    ("001", 187, 49955000, dict(kind="budget", unit="元", period="2023")),
    # performance report (000): bodies paired with their headings
    ("000", 1505, 21, dict(kind="actual", unit="件", period="2022")),
    ("000", 1518, 726647, dict(kind="actual", unit="件", period="2022")),
    ("000", 2271, 175, dict(kind="actual", unit="人", period="2022")),
    ("000", 2271, 188, dict(kind="actual", unit="人", period="2021")),
    ("000", 2271, -13, dict(kind="change", unit="人", period="2022", relative_to="2021")),
    ("000", 2243, "19.91", dict(kind="change", unit="%", period="2022", relative_to="2021", indicator="攔阻詐欺件數")),
    ("000", 2304, 31862000, dict(kind="budget", unit="元", period="2022")),
    # annual plan (002): baselines, relative and level targets, budget table
    ("002", 19, 99, dict(kind="baseline", unit="人", period="2021")),
    ("002", 19, 1, dict(kind="target", unit="%", period="2022", operator="increase-by", relative_to="2021")),
    ("002", 19, 100, dict(kind="target", unit="人", period="2022", operator="equal")),
    ("002", 74, 2028, dict(kind="target", unit="次", period="2022", operator="equal")),
    ("002", 84, 40, dict(kind="target", unit="場次", operator="at-least")),
    ("002", 130, "0.1", dict(kind="target", unit="%", operator="at-most")),
    ("002", 215, 5033, dict(kind="budget", unit="千元", period="2022", indicator="預算金額（中央）")),
    ("002", 215, 78633, dict(kind="budget", unit="千元", indicator="預算金額（合計）")),
    ("002", 276, 348024, dict(kind="budget", unit="千元", program=None)),
    # mid-term plan (003): per-year KPI targets
    ("003", 209, 50, dict(kind="target", unit="場", period="2020")),
    ("003", 233, 4, dict(kind="target", unit="%", period="2021")),
    # annual plan without a named agency (004): KPI table and budget column
    ("004", 41, 200, dict(kind="target", unit="支", operator="at-least")),
    ("004", 41, 14000, dict(kind="budget", unit="千元")),
    ("004", 42, "0.1", dict(kind="target", unit="%", operator="decrease-by")),
    ("004", 42, 10000, dict(kind="target", unit="人", operator="at-least")),
    ("004", 46, "0.2", dict(kind="target", unit="%", operator="at-most")),
]


@pytest.mark.parametrize("doc,line,value,expect", CASES, ids=[f"{c[0]}-L{c[1]}-{c[2]}" for c in CASES])
def test_fact_is_found(extractions, doc, line, value, expect):
    assert find(extractions[doc], line, value, **expect), f"no fact {value} {expect} on line {line}"


def test_merged_budget_cell_is_counted_once(extractions):
    budgets = [f for f in extractions["004"].facts if f.kind == "budget" and f.value == Decimal("7165")]
    assert len(budgets) == 1


def test_budget_totals_equal_their_parts(extractions):
    rows: dict[tuple, dict[str, Decimal]] = {}
    for f in extractions["002"].facts:
        if f.kind == "budget" and "funding" in f.qualifiers:
            rows.setdefault((f.passage.line_start, f.program, f.indicator[:4]), {})[f.qualifiers["funding"]] = f.value
    complete = [r for r in rows.values() if len(r) == 3]
    assert len(complete) >= 40
    assert all(r["total"] == r["central"] + r["local"] for r in complete)


def test_flattened_report_pairs_bodies_with_headings(extractions):
    x = extractions["000"]
    programs = {p.key: p.label for p in x.programs}
    by_line = {f.passage.line_start: f for f in x.facts}
    assert programs[by_line[1505].program] == "公文查詢"
    assert programs[by_line[2271].program] == "各項交通事故防制作為"
    # the two bodies that ran together (no blank line between them) go to their own headings
    assert programs[by_line[2312].program].startswith("警察局鳳山分局南成派出所")
    assert programs[by_line[2313].program].startswith("警察局小港分局漢民路派出所")


@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_every_fact_is_grounded(extractions, doc):
    lines = doc_path(doc).read_text(encoding="utf-8").split("\n")
    for f in extractions[doc].facts:
        text = "\n".join(lines[f.passage.line_start - 1:f.passage.line_end])
        assert f.passage.quote and f.passage.quote in text, (f.passage.line_start, f.passage.quote)
        assert f.value_text in f.passage.quote


def test_document_metadata_is_detected_from_title(extractions):
    assert extractions["000"].document.agency == "kaohsiung-police"
    assert extractions["000"].document.genre == "performance-report"
    assert extractions["000"].document.period.start == date(2022, 1, 1)
    assert extractions["002"].document.agency == "tainan-police"
    assert extractions["003"].document.period.slug == "2018--2021"


def test_programs_keep_their_outline_hierarchy(extractions):
    x = extractions["002"]
    by_key = {p.key: p for p in x.programs}
    child = next(p for p in x.programs if p.label == "加強肅槍工作")
    parent = by_key[child.parent]
    assert parent.label.startswith("營造安心家園")


# The same document as another city would print it: the converters must find the same facts and the new agency
# (nothing may depend on which city a bundled document happens to come from).
CITY_SWAPS = [
    ("000", (("高雄市", "臺中市"), ("高雄", "臺中")), "taichung-police"),
    ("002", (("臺南市", "桃園市"), ("臺南", "桃園")), "taoyuan-police"),
    ("003", (("基隆市", "嘉義市"), ("基隆", "嘉義")), "chiayi-city-police"),
]


def _fact_key(fact, swaps=()):
    label = fact.indicator
    for old, new in swaps:
        label = label.replace(old, new)
    return (fact.kind, fact.unit, fact.value, fact.period.slug,
            fact.relative_to.slug if fact.relative_to else None, label, fact.operator, fact.passage.line_start)


@pytest.mark.parametrize("doc,swaps,agency", CITY_SWAPS, ids=[c[0] for c in CITY_SWAPS])
def test_same_document_for_another_city_gives_the_same_facts(extractions, tmp_path, doc, swaps, agency):
    from collections import Counter

    text = doc_path(doc).read_text(encoding="utf-8")
    for old, new in swaps:
        text = text.replace(old, new)
    moved = tmp_path / doc_path(doc).name
    moved.write_text(text, encoding="utf-8")
    x = convert_file(moved)
    assert x.document.agency == agency
    assert x.document.period == extractions[doc].document.period
    assert Counter(_fact_key(f) for f in x.facts) == Counter(_fact_key(f, swaps) for f in extractions[doc].facts)
    assert len(x.programs) == len(extractions[doc].programs)


def test_a_chapter_heading_is_not_taken_for_the_documents_title():
    """001 opens with 「拾參、警　政」 (its chapter in the city's report): without a title from the manifest the
    title is made from the agency, period and genre, and a year period reads 「111年度」, not 「111年年度」."""
    chapter = convert_file(doc_path("001"))
    assert chapter.document.title == "高雄市政府警察局112年1至6月議會施政報告（警政）"
    plan = convert_file(doc_path("004"), agency="unidentified", genre="plan", period="111")
    assert plan.document.title.endswith("111年度施政計畫") and "年年度" not in plan.document.title


REPORT_WITH_ROLES = """臺中市政府警察局111年度施政績效成果報告

壹、年度施政目標及執行成果
一、強化治安維護
(一)全般刑案破獲率：111年目標值85%，實際值93.45%，達成度109.9%。
(二)詐欺犯罪破獲率：原訂目標值80%，執行結果為82.1%，已達成目標。
(三)預防犯罪宣導：預定辦理50場次，實際辦理62場次。
(四)檢肅治平專案目標80件、490人。
"""


def test_a_figures_printed_role_makes_it_a_target_or_actual_of_one_indicator(tmp_path):
    """「目標值85%，實際值93.45%」: one indicator, a target and an actual (what Q4 pairs); a bare 「目標」 is not a
    role (「治平專案目標」 are targeted persons, counted as actuals)."""
    path = tmp_path / "report.txt"
    path.write_text(REPORT_WITH_ROLES, encoding="utf-8")
    facts = {(f.passage.line_start, f.value): f for f in convert_file(path).facts}
    for line, target, actual, indicator in ((5, "85", "93.45", "全般刑案破獲率"), (6, "80", "82.1", "詐欺犯罪破獲率"),
                                            (7, "50", "62", "預防犯罪宣導場次")):
        t, a = facts[(line, Decimal(target))], facts[(line, Decimal(actual))]
        assert (t.kind, a.kind) == ("target", "actual")
        assert t.indicator == a.indicator == indicator
    assert facts[(5, Decimal("109.9"))].indicator == "全般刑案破獲率目標達成率"
    assert {facts[(8, Decimal(v))].kind for v in ("80", "490")} == {"actual"}


def test_a_level_and_a_relative_target_of_one_indicator_are_two_cells(extractions):
    """002 line 43: 「逐年增加0.1%為目標，…破獲率目標值為99.4%」 — both keep the indicator's name (R-unique-cell keys on
    the operator and reference too)."""
    targets = [f for f in extractions["002"].facts if f.passage.line_start == 43 and f.kind == "target"]
    assert {(printed(f), f.operator, f.value) for f in targets} == {
        ("檢肅全般竊盜破獲率", "increase-by", Decimal("0.1")), ("檢肅全般竊盜破獲率", "equal", Decimal("99.4"))}


def test_a_relative_target_is_named_without_its_comparison(tmp_path):
    """「A1類交通事故死亡人數較111年減少5%」 is a target of 「A1類交通事故死亡人數」 relative to 2022, not of an
    indicator called 「…較111年比率」."""
    path = tmp_path / "plan.txt"
    path.write_text("臺中市政府警察局112年度施政計畫\n\n壹、施政重點\n一、A1類交通事故死亡人數較111年減少5%。\n"
                    "二、全般刑案發生數與去年相較降低2%。\n", encoding="utf-8")
    got = {(f.indicator, f.operator, f.value, f.relative_to.slug) for f in convert_file(path).facts}
    assert got == {("A1類交通事故死亡人數", "decrease-by", Decimal("5"), "2022"),
                   ("全般刑案發生數", "decrease-by", Decimal("2"), "2022")}


COUNCIL_EXCERPT = """臺中市政府施政報告（警政）

拾貳、警政
一、治安維護
(一)本期(112年1至6月)全般刑案發生10,182件，較111年同期減少855件(-7.75%)，破獲9,871件，破獲率96.94%。
(二)竊盜案件發生1,234件，較去年同期減少100件（7.5%）。
"""


def test_a_comparison_period_is_the_reference_of_its_change_only(tmp_path):
    """After 「較111年同期減少855件」 the sentence goes on about 本期: 破獲9,871件 is 2023-H1, not 2022-H1; a
    percentage in parentheses right after a change is that change in percent (signed like it); a city's own
    report names its police by the city in the title."""
    path = tmp_path / "council.txt"
    path.write_text(COUNCIL_EXCERPT, encoding="utf-8")
    x = convert_file(path, genre="council-report")
    assert x.document.agency == "taichung-police"
    got = {(f.passage.line_start, f.value): (f.kind, f.period.slug, f.relative_to.slug if f.relative_to else None,
                                             printed(f)) for f in x.facts}
    assert got[(5, Decimal("9871"))][:3] == ("actual", "2023-H1", None)
    assert got[(5, Decimal("96.94"))][:3] == ("actual", "2023-H1", None)
    assert got[(5, Decimal("-855"))] == ("change", "2023-H1", "2022-H1", "全般刑案發生件數")
    assert got[(5, Decimal("-7.75"))] == ("change", "2023-H1", "2022-H1", "全般刑案發生件數")
    assert got[(6, Decimal("-7.5"))] == ("change", "2023-H1", "2022-H1", "竊盜案件發生件數")


FROM_TO_REPORT = """新北市政府警察局111年度施政績效報告

壹、年度施政目標及執行成果
一、A1類道路交通事故死亡人數由110年85人降至111年72人，減少13人。
二、詐欺犯罪破獲率由110年的85.2%提升至111年的90.1%，增加4.9個百分點。
三、住宅竊盜發生數由500件降至450件，減少50件。
四、編組由3人組成，共執勤20次。
"""


def test_from_one_year_to_another_is_one_indicator_and_their_change(tmp_path):
    """「由110年85人降至111年72人，減少13人」: two actuals of one indicator in their own years and the change
    between them; without printed years (「由500件降至450件」) only the figure it went to is kept, under the
    name printed before 「由」, and the difference of the two is not a change of a known period."""
    path = tmp_path / "report.txt"
    path.write_text(FROM_TO_REPORT, encoding="utf-8")
    got = {(f.passage.line_start, f.value): (f.kind, printed(f), f.period.slug, f.relative_to.slug if f.relative_to else None)
           for f in convert_file(path).facts}
    a1 = "A1類道路交通事故死亡人數"
    assert got[(4, Decimal("85"))] == ("actual", a1, "2021", None)
    assert got[(4, Decimal("72"))] == ("actual", a1, "2022", None)
    assert got[(4, Decimal("-13"))] == ("change", a1, "2022", "2021")
    assert got[(5, Decimal("85.2"))][:3] == ("actual", "詐欺犯罪破獲率", "2021")
    assert got[(5, Decimal("90.1"))][:3] == ("actual", "詐欺犯罪破獲率", "2022")
    assert got[(5, Decimal("4.9"))] == ("change", "詐欺犯罪破獲率", "2022", "2021")
    assert {k: v for k, v in got.items() if k[0] == 6} == {(6, Decimal("450")): ("actual", "住宅竊盜發生數", "2022", None)}
    assert (7, Decimal("3")) in got and (7, Decimal("20")) in got  # 「由3人組成」 goes nowhere: not a from-to


def test_a_plans_raise_to_is_a_level_not_a_relative_target(tmp_path):
    """In a plan 「由111年的80%提升至112年的85%」 is 2022's 80% and a target of at least 85% for 2023 (not an
    increase by 85%); 「降至112年70人以下」 is at most 70."""
    path = tmp_path / "plan.txt"
    path.write_text("臺南市政府警察局112年度施政計畫\n\n壹、施政重點\n一、A1類交通事故死亡人數由111年85人降至112年70人以下。\n"
                    "二、詐欺犯罪破獲率由111年的80%提升至112年的85%。\n", encoding="utf-8")
    got = {(f.indicator, f.kind, f.operator, f.period.slug, f.value) for f in convert_file(path).facts}
    assert got == {("A1類交通事故死亡人數", "actual", None, "2022", Decimal("85")),
                   ("A1類交通事故死亡人數", "target", "at-most", "2023", Decimal("70")),
                   ("詐欺犯罪破獲率", "actual", None, "2022", Decimal("80")),
                   ("詐欺犯罪破獲率", "target", "equal", "2023", Decimal("85"))}


def test_calls_and_rings_are_counted_in_their_units(tmp_path):
    """「110報案電話計1,234,567通」「破獲詐欺集團45團、320人」: calls and rings are units, and the persons of
    the ring share its name (before: the rings were dropped and the persons were just 「人數」)."""
    path = tmp_path / "council.txt"
    path.write_text("桃園市政府警察局業務報告（112年1月至6月）\n\n壹、治安狀況\n一、受理民眾110報案電話計1,234,567通。\n"
                    "二、破獲詐欺集團45團、320人。\n", encoding="utf-8")
    got = {(f.indicator, f.unit, f.value) for f in convert_file(path).facts}
    assert got == {("受理民眾110報案電話通數", "通", Decimal("1234567")), ("破獲詐欺集團團數", "團", Decimal("45")),
                   ("破獲詐欺集團人數", "人", Decimal("320"))}


def test_plan_target_names_leave_out_headings_and_goal_words(tmp_path):
    """A heading that says what is done (「加強查緝毒品：」) does not become part of the names after it, while a
    topic naming what is counted (「全般刑案方面：發生…」) still does; 「…案件目標1,200件」 「目標值為…年增1%」
    「期能將…錯誤率降低至0.1%以下」 are named by what they count."""
    path = tmp_path / "plan.txt"
    path.write_text("臺北市政府警察局113年度施政計畫\n\n壹、年度施政目標\n"
                    "一、加強查緝毒品：全年查獲毒品案件目標1,200件，緝獲毒品重量800公斤以上。\n"
                    "二、加強取締重大交通違規：持續嚴正執法，目標值為各項違規項目取締總件數年增1%。\n"
                    "三、提升舉發單製單品質：期能將舉發單錯誤率降低至0.1%以下。\n"
                    "四、全般刑案方面：發生件數控制在30,000件以下。\n", encoding="utf-8")
    got = {(printed(f), f.operator, f.value) for f in convert_file(path).facts}
    assert got == {("查獲毒品案件", "equal", Decimal("1200")), ("緝獲毒品重量", "at-least", Decimal("800")),
                   ("各項違規項目取締總件數", "increase-by", Decimal("1")), ("舉發單錯誤率", "at-most", Decimal("0.1")),
                   ("全般刑案發生件數", "at-most", Decimal("30000"))}


def test_a_year_inside_a_name_and_the_year_compared_with(tmp_path):
    """「死亡人數112年為150人，較111年160人減少10人」: the year is the figure's period, not part of its name, and
    160 is 2022's figure of the same indicator; a change in percent after a figure (「總重量1,234.5公斤，較111年增加
    12.3%」) is that figure's change, not a 「…比率」; 「為民服務：」 keeps its 為."""
    path = tmp_path / "report.txt"
    path.write_text("高雄市政府警察局112年度施政績效報告\n\n貳、年度關鍵績效指標\n"
                    "一、防制毒品：查獲各級毒品總重量1,234.5公斤，較111年增加12.3%。\n"
                    "二、A1類交通事故死亡人數112年為150人，較111年160人減少10人。\n"
                    "三、為民服務：提供民眾法律諮詢1,234件。\n", encoding="utf-8")
    got = {(f.indicator, f.kind, f.period.slug, f.relative_to.slug if f.relative_to else None, f.value)
           for f in convert_file(path).facts}
    a1 = "A1類交通事故死亡人數"
    assert got == {("查獲毒品重量", "actual", "2023", None, Decimal("1234.5")),
                   ("查獲毒品重量", "change", "2023", "2022", Decimal("12.3")),
                   (a1, "actual", "2023", None, Decimal("150")), (a1, "actual", "2022", None, Decimal("160")),
                   (a1, "change", "2023", "2022", Decimal("-10")),
                   ("為民服務提供民眾法律諮詢件數", "actual", "2023", None, Decimal("1234"))}


RESULT_TABLE = """臺中市政府警察局111年度施政績效成果報告

貳、關鍵績效指標達成情形
關鍵策略目標	關鍵績效指標	衡量標準	年度目標值	實際值	達成度(%)
一、強化治安	全般刑案破獲率	破獲件數÷發生件數×100%	85%	93.45%	109.94
二、交通安全	A1類交通事故死亡人數	A1死亡人數	120人	105人	112.5
"""


def test_a_results_table_gives_targets_and_actuals_of_the_indicator_column(tmp_path):
    """關鍵績效指標 | 年度目標值 | 實際值 | 達成度(%): the indicator is the KPI column (not the goal beside it), the
    columns are roles (target with the indicator's polarity, actual), and 達成度 is its own indicator in %."""
    path = tmp_path / "results.txt"
    path.write_text(RESULT_TABLE, encoding="utf-8")
    got = {(f.kind, f.operator, f.indicator, f.value, f.unit) for f in convert_file(path).facts}
    assert got == {
        ("target", "equal", "全般刑案破獲率", Decimal("85"), "%"),
        ("actual", None, "全般刑案破獲率", Decimal("93.45"), "%"),
        ("actual", None, "全般刑案破獲率目標達成率", Decimal("109.94"), "%"),
        ("target", "equal", "A1類交通事故死亡人數", Decimal("120"), "人"),
        ("actual", None, "A1類交通事故死亡人數", Decimal("105"), "人"),
        ("actual", None, "A1類交通事故死亡人數目標達成率", Decimal("112.5"), "%"),
    }


def test_a_bounded_target_cell_is_a_target_with_its_operator(tmp_path):
    """「9,000人以下」「95%以上」 in a 年度目標值 column: the bound is the target's operator, not a reason to read the
    row as prose (where the 9,000 became an actual)."""
    path = tmp_path / "results.txt"
    path.write_text(RESULT_TABLE.replace("\t120人\t", "\t120人以下\t").replace("\t85%\t", "\t95%以上\t"),
                    encoding="utf-8")
    got = {(f.kind, f.operator, f.indicator, f.value) for f in convert_file(path).facts if f.kind == "target"}
    assert got == {("target", "at-least", "全般刑案破獲率", Decimal("95")),
                   ("target", "at-most", "A1類交通事故死亡人數", Decimal("120"))}


@pytest.mark.parametrize("title,genre", [
    ("高雄市政府警察局111年度施政績效成果報告", "performance-report"),
    ("桃園市政府警察局111年度施政績效報告", "performance-report"),
    ("臺中市政府警察局112年度施政成果報告", "performance-report"),
    ("臺北市政府警察局111年度施政計畫執行成果", "performance-report"),  # results of a plan, not the plan
    ("臺南市政府警察局111年度施政計畫", "plan"),
    ("基隆市警察局中程施政計畫（107 至 110 年度）", "midterm-plan"),
    ("高雄市政府施政報告（警政）112年1至6月", "council-report"),
    ("臺中市議會第4屆第1次定期會 臺中市政府警察局業務報告", "council-report"),
    ("拾參、警　政", "council-report"),
    ("宜蘭縣政府113年3月份治安會報新聞稿", "council-report"),  # a periodic status report of the same shape
    ("南投縣政府警察局113年1至6月治安狀況報告", "council-report"),
    ("高雄市政府警察局112年度工作報告", None),  # too vague to say
])
def test_genre_named_by_a_title(title, genre):
    from twpolice.converters.detect import genre_from_text

    assert genre_from_text(title) == genre


def test_plan_target_names_leave_out_bounds_and_verbs(tmp_path):
    """「以達75%為目標」「至少300場次」「目標為5,000件」「降低…至100人以下」「維持90%以上」: the bound, role and verb
    words set the operator and stay out of the indicator's name."""
    (tmp_path / "plan.txt").write_text(
        "臺中市政府警察局112年度施政計畫\n\n壹、施政重點\n一、詐欺犯罪破獲率以達75%為目標。\n二、辦理防制詐騙宣導至少300場次。\n"
        "三、年度取締酒駕件數目標為5,000件。\n四、降低A1類交通事故死亡人數至100人以下。\n五、竊盜案件破獲率維持90%以上。\n",
        encoding="utf-8")
    got = {(printed(f), f.operator, f.value) for f in convert_file(tmp_path / "plan.txt").facts}
    assert got == {("詐欺犯罪破獲率", "equal", Decimal("75")), ("辦理防制詐騙宣導場次", "at-least", Decimal("300")),
                   ("取締酒駕件數", "equal", Decimal("5000")), ("A1類交通事故死亡人數", "at-most", Decimal("100")),
                   ("竊盜案件破獲率", "at-least", Decimal("90"))}


def test_an_achievement_rate_after_a_target_belongs_to_its_indicator(tmp_path):
    """「詐欺案件破獲率年度目標值為70%，實際為75.3%，達成率107.57%」: the 達成率 is the fraud clearance rate's."""
    (tmp_path / "r.txt").write_text("新北市政府警察局111年度施政績效報告\n\n壹、施政成果\n"
                                    "二、詐欺案件破獲率年度目標值為70%，實際為75.3%，達成率107.57%。\n", encoding="utf-8")
    got = {(f.kind, printed(f), f.value) for f in convert_file(tmp_path / "r.txt").facts}
    assert got == {("target", "詐欺案件破獲率", Decimal("70")), ("actual", "詐欺案件破獲率", Decimal("75.3")),
                   ("actual", "詐欺案件破獲率目標達成率", Decimal("107.57"))}


def test_money_spent_is_an_actual_not_a_budget(tmp_path):
    """「預算數3億2,000萬元，執行數2億9,800萬元」: the budget, then what was spent of it."""
    (tmp_path / "r.txt").write_text("新北市政府警察局111年度施政績效報告\n\n壹、施政成果\n"
                                    "一、錄影監視系統建置計畫：111年度預算數3億2,000萬元，執行數2億9,800萬元，執行率93.1%。\n",
                                    encoding="utf-8")
    got = {(f.kind, f.value) for f in convert_file(tmp_path / "r.txt").facts}
    assert got == {("budget", Decimal("320000000")), ("actual", Decimal("298000000")), ("actual", Decimal("93.1"))}


def test_a_change_column_gives_changes_against_its_period(tmp_path):
    """案類 | 發生數 | … | 發生數較111年同期增減: the last column is a change of 發生數 against 2022-H1."""
    (tmp_path / "c.txt").write_text(
        "臺中市政府施政報告（警政）\n\n拾貳、警政\n一、治安狀況（112年1至6月）\n"
        "案類\t發生數(件)\t破獲數(件)\t發生數較111年同期增減(件)\n全般刑案\t10,182\t9,871\t-855\n", encoding="utf-8")
    got = {(f.kind, f.indicator, f.value, f.period.slug, f.relative_to.slug if f.relative_to else None)
           for f in convert_file(tmp_path / "c.txt", genre="council-report").facts}
    assert got == {("actual", "全般刑案發生數", Decimal("10182"), "2023-H1", None),
                   ("actual", "全般刑案破獲數", Decimal("9871"), "2023-H1", None),
                   ("change", "全般刑案發生數", Decimal("-855"), "2023-H1", "2022-H1")}


def test_a_change_column_without_a_unit_takes_the_unit_of_what_it_changes(tmp_path):
    """案類 | 發生數 | 破獲數 | 發生數較去年同期增減 with bare numbers: the change is of 發生數, in 件, against the
    year before (the column names no year)."""
    (tmp_path / "c.txt").write_text(
        "高雄市政府施政報告（警政）\n\n拾參、警政\n一、治安狀況\n"
        "案類\t發生數\t破獲數\t發生數較去年同期增減\n竊盜\t3,210\t3,001\t+57\n詐欺\t1,402\t1,233\t-88\n",
        encoding="utf-8")
    got = {(f.kind, f.indicator, f.value, f.unit, f.relative_to.slug if f.relative_to else None)
           for f in convert_file(tmp_path / "c.txt", genre="council-report", period="112").facts if f.kind == "change"}
    assert got == {("change", "竊盜犯罪發生數", Decimal("57"), "件", "2022"),  # named by their shared indicators
                   ("change", "詐欺犯罪發生數", Decimal("-88"), "件", "2022")}


def test_a_funding_table_under_a_unit_caption_gives_budgets_of_each_source(tmp_path):
    """計畫名稱 | 中央 | 縣府 | 合計 under 「（單位：新臺幣千元）」: bare numbers are 千元 budgets of their funding
    source; a dash is no figure."""
    (tmp_path / "p.txt").write_text(
        "臺東縣警察局113年度施政計畫\n參、計畫及預算（單位：新臺幣千元）\n計畫名稱\t中央\t縣府\t合計\n"
        "一、婦幼安全維護計畫\t2,100\t900\t3,000\n二、廳舍整建\t—\t12,000\t12,000\n", encoding="utf-8")
    got = sorted((f.kind, f.value, f.unit, f.shared_indicator)
                 for f in convert_file(tmp_path / "p.txt", agency="臺東縣警察局").facts)
    assert got == sorted([("budget", Decimal("2100"), "千元", "budget-central"),
                          ("budget", Decimal("900"), "千元", "budget-local"),
                          ("budget", Decimal("3000"), "千元", "budget-total"),
                          ("budget", Decimal("12000"), "千元", "budget-local"),
                          ("budget", Decimal("12000"), "千元", "budget-total")])


@pytest.mark.parametrize("genre", ["plan", "performance-report"])
def test_a_budget_tables_source_columns_are_budgets_of_their_source_in_the_budget_columns_unit(tmp_path, genre):
    """計畫名稱 | 經費需求（千元） | 中央補助 | 縣府自籌: the source columns (named as a source, not only 中央/縣府)
    are budgets of that source in 千元 (they gave nothing); an empty cell is no figure."""
    (tmp_path / "p.txt").write_text(
        "花蓮縣警察局112年度施政計畫\n三、經費需求\n計畫名稱\t經費需求（千元）\t中央補助\t縣府自籌\n"
        "科技偵查設備購置\t12,000\t8,000\t4,000\n交通安全設施\t5,000\t\t5,000\n", encoding="utf-8")
    got = sorted((f.kind, f.value, f.unit, f.shared_indicator)
                 for f in convert_file(tmp_path / "p.txt", agency="花蓮縣警察局", genre=genre).facts)
    assert got == sorted([("budget", Decimal("12000"), "千元", "budget-total"),
                          ("budget", Decimal("8000"), "千元", "budget-central"),
                          ("budget", Decimal("4000"), "千元", "budget-local"),
                          ("budget", Decimal("5000"), "千元", "budget-total"),
                          ("budget", Decimal("5000"), "千元", "budget-local")])


def test_a_kpi_tables_baseline_column_gives_baselines_of_its_year(tmp_path):
    """關鍵績效指標 | 基準值(111年) | 112年 | 113年: the first column is 2022's baseline, the others targets."""
    (tmp_path / "m.txt").write_text(
        "宜蘭縣政府警察局中程施政計畫（112至113年度）\n參、關鍵績效指標\n"
        "關鍵績效指標\t基準值(111年)\t112年\t113年\n竊盜犯罪發生數\t700件\t690件\t680件\n", encoding="utf-8")
    got = sorted((f.kind, f.period.slug, f.value) for f in convert_file(tmp_path / "m.txt").facts)
    assert got == [("baseline", "2022", Decimal("700")), ("target", "2023", Decimal("690")),
                   ("target", "2024", Decimal("680"))]


def test_an_indicator_a_heading_names_names_the_figures_of_the_lines_under_it(tmp_path):
    """「（一）關鍵績效指標：全般刑案破獲率」 then 「2.年度目標值：114年93%、115年93.5%」: targets of that indicator; the
    next heading (「（二）關鍵績效指標：暴力犯罪發生數」) names the lines under it, and a heading naming none, none."""
    (tmp_path / "m.txt").write_text(
        "臺東縣警察局中程施政計畫（114至115年度）\n貳、施政重點\n一、關鍵策略目標：有效抑制犯罪\n"
        "（一）關鍵績效指標：全般刑案破獲率\n1.衡量標準：（破獲數÷發生數）×100%。\n2.年度目標值：114年93%、115年93.5%。\n"
        "（二）關鍵績效指標：暴力犯罪發生數\n1.年度目標值：每年控制在30件以下。\n"
        "二、關鍵策略目標：提升服務品質\n（一）強化為民服務\n1.每年辦理至少60場。\n", encoding="utf-8")
    got = [(f.indicator, f.period.slug, f.value, f.shared_indicator) for f in convert_file(tmp_path / "m.txt").facts]
    assert got == [("全般刑案破獲率", "2025", Decimal("93"), "crime-all-clearance-rate"),
                   ("全般刑案破獲率", "2026", Decimal("93.5"), "crime-all-clearance-rate"),
                   ("暴力犯罪發生數", "2025", Decimal("30"), "violent-crime-occurrences"),
                   ("暴力犯罪發生數", "2026", Decimal("30"), "violent-crime-occurrences"),
                   ("場次", "2025", Decimal("60"), None), ("場次", "2026", Decimal("60"), None)]


def test_a_crime_tables_comparison_column_and_a_half_year_budget(tmp_path):
    """案類 | 發生件數 | … | 發生數與去年同期比較: changes of 發生數 against the same months a year earlier, signed as
    printed (毒品's 發生 is its cases detected); a 工作計畫's 預算數 in a half-year report is the fiscal year's budget
    of that programme."""
    (tmp_path / "r.txt").write_text(
        "南投縣政府警察局113年1至6月治安狀況報告\n一、刑案統計\n案類\t發生件數\t破獲件數\t發生數與去年同期比較\n"
        "竊盜\t456\t432\t-23\n毒品\t789\t789\t+12\n二、預算執行\n工作計畫\t預算數(千元)\t執行數(千元)\n"
        "治安維護\t123,456\t98,765\n", encoding="utf-8")
    facts = convert_file(tmp_path / "r.txt").facts
    got = {(f.kind, f.shared_indicator, f.value, f.period.slug, f.relative_to.slug if f.relative_to else None)
           for f in facts if f.kind in ("change", "budget") or f.shared_indicator == "drug-cases-seized"}
    assert got == {("change", "theft-occurrences", Decimal("-23"), "2024-H1", "2023-H1"),
                   ("change", "drug-cases-seized", Decimal("12"), "2024-H1", "2023-H1"),
                   ("actual", "drug-cases-seized", Decimal("789"), "2024-H1", None),
                   ("budget", "budget-total", Decimal("123456"), "2024", None)}


def test_a_kpi_listed_line_by_line_under_its_heading(tmp_path):
    """「（一）衡量指標：A1類交通事故死亡人數」 then 「年度目標值：90%」「實際達成值：95.61%」「達成度：106.23%」 on lines of
    their own: a target, an actual and the 目標達成率 of the heading's indicator (a name with digits too)."""
    (tmp_path / "r.txt").write_text(
        "臺南市政府警察局112年度施政績效成果報告\n壹、年度施政目標執行成效\n（一）衡量指標：全般刑案破獲率\n年度目標值：90%\n"
        "實際達成值：95.61%\n達成度：106.23%\n（二）衡量指標：A1類交通事故死亡人數\n年度目標值：較111年減少5%\n"
        "執行成果：112年死亡158人。\n", encoding="utf-8")
    got = [(f.kind, f.indicator, f.value, f.shared_indicator) for f in convert_file(tmp_path / "r.txt").facts]
    assert got == [("target", "全般刑案破獲率", Decimal("90"), "crime-all-clearance-rate"),
                   ("actual", "全般刑案破獲率", Decimal("95.61"), "crime-all-clearance-rate"),
                   ("actual", "全般刑案破獲率目標達成率", Decimal("106.23"), None),
                   ("target", "A1類交通事故死亡人數", Decimal("5"), "a1-deaths"),
                   ("actual", "A1類交通事故死亡人數", Decimal("158"), "a1-deaths")]


def test_what_was_installed_counted_at_an_instant_is_the_stock(tmp_path):
    """「截至9月底全縣建置…攝影機2萬1,234支」 is the cameras in place (a stock), 「本期新增612支」 the installations."""
    (tmp_path / "r.txt").write_text("雲林縣政府警察局業務報告（112年1至9月）\n一、路口監視器\n"
                                    "截至9月底全縣建置攝影機2萬1,234支，本期新增612支。\n", encoding="utf-8")
    got = [(f.shared_indicator, f.value, f.period.slug) for f in convert_file(tmp_path / "r.txt").facts]
    assert got == [("cctv-cameras", Decimal("21234"), "2023-09-30"),
                   ("cctv-cameras-installed", Decimal("612"), "2023-01-01--2023-09-30")]


def test_a_budget_table_gives_budgets_and_money_spent(tmp_path):
    """計畫名稱 | 預算數(千元) | 執行數(千元) | 執行率(%): a budget, an actual (spent) and a rate."""
    (tmp_path / "b.txt").write_text("新北市政府警察局111年度施政績效報告\n\n參、預算執行情形\n"
                                    "計畫名稱\t預算數(千元)\t執行數(千元)\t執行率(%)\n錄影監視系統建置\t320,000\t298,000\t93.13\n",
                                    encoding="utf-8")
    got = {(f.kind, f.unit, f.value) for f in convert_file(tmp_path / "b.txt").facts}
    assert got == {("budget", "千元", Decimal("320000")), ("actual", "千元", Decimal("298000")),
                   ("actual", "%", Decimal("93.13"))}


def test_a_plans_target_column_holds_that_years_targets(tmp_path):
    """關鍵績效指標 | 衡量標準 | 年度目標值 in a one-year plan: targets of that year (with the indicator's polarity,
    or relative to the year before when the standard says 較前一年減少), not results."""
    (tmp_path / "p.txt").write_text(
        "新北市政府警察局112年度施政計畫\n\n參、年度關鍵績效指標\n關鍵策略目標\t關鍵績效指標\t衡量標準\t年度目標值\n"
        "一、打擊犯罪\t全般刑案破獲率\t破獲數÷發生數×100%\t85%\n二、交通安全\tA1類交通事故死亡人數\t較前一年減少\t2%\n",
        encoding="utf-8")
    got = {(f.kind, f.operator, f.indicator, f.value, f.period.slug, f.relative_to.slug if f.relative_to else None)
           for f in convert_file(tmp_path / "p.txt").facts}
    assert got == {("target", "equal", "全般刑案破獲率", Decimal("85"), "2023", None),
                   ("target", "decrease-by", "A1類交通事故死亡人數", Decimal("2"), "2023", "2022")}


def test_a_target_column_beside_a_budget_column_still_gives_targets(tmp_path):
    """計畫名稱 | 衡量指標 | 年度目標值 | 預算金額: the cell path keeps the budgets and reads the 年度目標值 cells as
    targets (「100人以下」 at most, a bare 85% by the indicator's polarity)."""
    (tmp_path / "p.txt").write_text(
        "新北市政府警察局112年度施政計畫\n\n參、年度關鍵績效指標\n計畫名稱\t衡量指標\t年度目標值\t預算金額(千元)\n"
        "一、打擊犯罪計畫\t全般刑案破獲率\t85%\t1,200\n二、交通安全計畫\tA1類交通事故死亡人數\t100人以下\t800\n", encoding="utf-8")
    got = {(f.kind, f.operator, f.value) for f in convert_file(tmp_path / "p.txt").facts}
    assert got == {("target", "equal", Decimal("85")), ("budget", None, Decimal("1200")),
                   ("target", "at-most", Decimal("100")), ("budget", None, Decimal("800"))}


BY_YEAR_TABLE = """南投縣政府警察局112年度施政績效報告
一、近4年全般刑案統計
年度\t發生數\t破獲數\t破獲率
109年\t3,412\t3,201\t93.82%
112年\t2,874\t2,830\t98.47%
二、竊盜案件統計
年度\t案類\t發生數
111年\t汽車竊盜\t40
112年\t汽車竊盜\t35
"""


def test_a_by_year_table_gives_each_row_its_year_and_the_caption_its_subject(tmp_path):
    """年度 | 發生數 | 破獲數 | 破獲率 under 「近4年全般刑案統計」: each row is its year's figures of 全般刑案 (the rows were
    read as nothing: a year is no label); a category column beside the year still names the row."""
    path = tmp_path / "by-year.txt"
    path.write_text(BY_YEAR_TABLE, encoding="utf-8")
    got = {(f.indicator, f.value, f.period.slug, f.shared_indicator) for f in
           convert_file(path, agency="nantou-police", genre="performance-report", period="112").facts}
    assert {("全般刑案發生數", Decimal("3412"), "2020", "crime-all-occurrences"),
            ("全般刑案破獲率", Decimal("98.47"), "2023", "crime-all-clearance-rate")} <= got
    assert {(v, p) for i, v, p, _ in got if "汽車竊盜" in i} == {(Decimal("40"), "2022"), (Decimal("35"), "2023")}


COMPARISON_TABLE = """臺中市政府警察局業務報告
表1 全般刑案發生及破獲情形
項目\t112年1-6月\t111年1-6月\t增減數\t增減率
發生數（件）\t12,345\t12,876\t-531\t-4.12%
破獲率（%）\t97.10\t93.21\t3.89\t-
表2 竊盜案件
類別\t發生數\t破獲數
汽車竊盜\t45\t44
表3 交通事故
項目\t本期\t去年同期\t比較增減(%)
A1類死亡人數\t72\t80\t-10.00
"""


def test_a_comparison_tables_period_columns_date_its_figures_and_its_change_columns_compare_them(tmp_path):
    """項目 | 112年1-6月 | 111年1-6月 | 增減數 | 增減率 under 「表1 全般刑案發生及破獲情形」: each period column is its
    figures' period (not part of their name), the bare change columns are changes of the later period against the
    earlier (two rates differ in percentage points; a column printed in % is a relative change), and the caption names
    the subject of rows that name only a measure; a table without period columns is read as before."""
    path = tmp_path / "comparison.txt"
    path.write_text(COMPARISON_TABLE, encoding="utf-8")
    got = {(f.kind, f.indicator, f.value, f.unit, f.period.slug, f.relative_to.slug if f.relative_to else None,
            f.shared_indicator) for f in convert_file(path, agency="taichung-police", genre="council-report",
                                                     period="112H1").facts}
    assert got == {
        ("actual", "全般刑案發生數", Decimal("12345"), "件", "2023-H1", None, "crime-all-occurrences"),
        ("actual", "全般刑案發生數", Decimal("12876"), "件", "2022-H1", None, "crime-all-occurrences"),
        ("change", "全般刑案發生數", Decimal("-531"), "件", "2023-H1", "2022-H1", "crime-all-occurrences"),
        ("change", "全般刑案發生數", Decimal("-4.12"), "%", "2023-H1", "2022-H1", "crime-all-occurrences"),
        ("actual", "全般刑案破獲率", Decimal("97.10"), "%", "2023-H1", None, "crime-all-clearance-rate"),
        ("actual", "全般刑案破獲率", Decimal("93.21"), "%", "2022-H1", None, "crime-all-clearance-rate"),
        ("change", "全般刑案破獲率", Decimal("3.89"), "百分點", "2023-H1", "2022-H1", "crime-all-clearance-rate"),
        ("actual", "汽車竊盜發生數", Decimal("45"), "件", "2023-H1", None, "vehicle-theft-occurrences"),
        ("actual", "汽車竊盜破獲數", Decimal("44"), "件", "2023-H1", None, "vehicle-theft-cleared"),
        ("actual", "A1類交通事故死亡人數", Decimal("72"), "人", "2023-H1", None, "a1-deaths"),
        ("actual", "A1類交通事故死亡人數", Decimal("80"), "人", "2022-H1", None, "a1-deaths"),
        ("change", "A1類交通事故死亡人數", Decimal("-10.00"), "%", "2023-H1", "2022-H1", "a1-deaths"),
    }


def test_a_programme_budget_table_in_a_results_report(tmp_path):
    """工作計畫 | 預算數（千元） | 執行數（千元） | 執行率: each programme's budget (a total of its sources), the money
    spent and the share spent, named as the shared budget indicators rather than 「交通警察業務預算數」."""
    (tmp_path / "report.txt").write_text(
        "臺北市政府警察局111年度施政績效報告\n四、預算執行\n"
        "工作計畫\t預算數（千元）\t執行數（千元）\t執行率\n"
        "交通警察業務\t186,420\t179,835\t96.47%\n刑事警察業務\t94,310\t93,102\t98.72%\n", encoding="utf-8")
    facts = convert_file(tmp_path / "report.txt", genre="performance-report").facts
    got = {(f.kind, f.indicator, f.value, f.unit, f.shared_indicator, f.qualifiers.get("item")) for f in facts}
    assert got == {
        ("budget", "預算金額（合計）", Decimal("186420"), "千元", "budget-total", "交通警察業務"),
        ("actual", "預算執行數", Decimal("179835"), "千元", None, "交通警察業務"),
        ("actual", "預算執行率", Decimal("96.47"), "%", "budget-execution-rate", "交通警察業務"),
        ("budget", "預算金額（合計）", Decimal("94310"), "千元", "budget-total", "刑事警察業務"),
        ("actual", "預算執行數", Decimal("93102"), "千元", None, "刑事警察業務"),
        ("actual", "預算執行率", Decimal("98.72"), "%", "budget-execution-rate", "刑事警察業務")}


def test_bare_figures_after_funding_sources_are_money_in_the_unit_a_heading_states(tmp_path):
    """「貳、重要計畫及預算（單位：千元）」 over 「「…計畫」中央0、市府45,320、合計45,320」: three budgets in 千元; money a
    funding source names in a plan is a budget (「由縣府自籌1,150千元」); without the heading bare figures stay out."""
    text = ("臺北市政府警察局113年度施政計畫\n壹、重要計畫及預算（單位：千元）\n"
            "「智慧交通執法設備建置計畫」中央0、市府45,320、合計45,320，預計新設科技執法設備36套。\n"
            "「校園周邊安全維護計畫」由縣府自籌1,150千元。\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    got = {(f.kind, f.value, f.unit, f.shared_indicator) for f in convert_file(path).facts if f.unit == "千元"}
    assert got == {("budget", Decimal("0"), "千元", "budget-central"), ("budget", Decimal("45320"), "千元", "budget-local"),
                   ("budget", Decimal("45320"), "千元", "budget-total"), ("budget", Decimal("1150"), "千元", "budget-local")}
    path.write_text(text.replace("（單位：千元）", ""), encoding="utf-8")
    assert {f.value for f in convert_file(path).facts if f.kind == "budget"} == {Decimal("1150")}


def test_a_plan_table_naming_the_year_after_the_role(tmp_path):
    """「項次 | 衡量指標 | 基準值（112年）| 目標值（113年）」: baselines of 112 and targets of 113, the year printed in
    brackets after the role (before: read as a statistics table, every figure an actual of the plan year)."""
    path = tmp_path / "plan.txt"
    path.write_text("屏東縣政府警察局113年度施政計畫\n壹、年度關鍵績效指標\n項次\t衡量指標\t基準值（112年）\t目標值（113年）\n"
                    "1\t全般刑案破獲率\t96.5%\t97%\n2\t查獲逃犯數\t1,356人\t較基準值增加1%\n", encoding="utf-8")
    got = {(f.kind, f.value, f.period.slug, f.operator, f.relative_to.slug if f.relative_to else None)
           for f in convert_file(path).facts}
    assert got == {("baseline", Decimal("96.5"), "2023", None, None), ("target", Decimal("97"), "2024", "equal", None),
                   ("baseline", Decimal("1356"), "2023", None, None),
                   ("target", Decimal("1"), "2024", "increase-by", "2023")}


def test_a_table_row_naming_a_drug_schedule_counts_that_schedule(extractions):
    """001's 「遏止毒品氾濫 | 第一級 | 查獲349件、400人，重量0.82公斤」: the first schedule's own indicators (not all
    drugs'), and 「甲.第一級毒品：查獲349件、400人…」 printed again later is the same measurement, citing both lines."""
    got = {f.shared_indicator: f for f in extractions["001"].facts if f.passage.line_start == 60}
    assert set(got) == {"drugs-schedule-1-cases", "drugs-schedule-1-offenders", "drugs-schedule-1-seized"}
    assert all(101 in {p.line_start for p in f.also_in} for f in got.values())


def test_the_grand_total_of_a_plans_programmes_is_no_programme_budget(extractions):
    """002's 「總計 中央：110,774 本府：237,250 合計：348,024」 sums every programme: no programme's shared budget
    indicator (it would count each programme twice), as the agency's 歲出預算數 is not one."""
    line = [f for f in extractions["002"].facts if f.passage.line_start == 276 and f.kind == "budget"]
    totals = [f for f in line if f.indicator.startswith("預算總計")]
    assert {f.value for f in totals} == {Decimal("110774"), Decimal("237250"), Decimal("348024")}
    assert all(f.shared_indicator is None for f in totals)
    assert {f.shared_indicator for f in line if f not in totals} == {"budget-central", "budget-local", "budget-total"}


def test_a_period_compared_in_a_numbered_line_is_not_the_period_it_reports(tmp_path):
    """「（一）本期全般刑案共發生1萬1,276件，較上期（111年1至6月）之10,984件增加292件」 under 「報告期間：111年7月至
    12月」: 本期 is July to December; only the 10,984 is of January to June."""
    path = tmp_path / "report.txt"
    path.write_text("拾參、警政業務報告（報告期間：111年7月至12月）\n一、偵防犯罪\n"
                    "（一）本期全般刑案共發生1萬1,276件，較上期（111年1至6月）之10,984件增加292件；破獲1萬1,530件。\n",
                    encoding="utf-8")
    got = convert_file(path, agency="kaohsiung-police", genre="council-report", period="111", title="t")
    assert [(str(f.value), f.period.slug) for f in got.facts] == [
        ("11276", "2022-H2"), ("10984", "2022-H1"), ("292", "2022-H2"), ("11530", "2022-H2")]


def test_a_numbered_line_reporting_a_figure_is_no_programme(tmp_path):
    """「（一）暴力犯罪發生6件，全數偵破；竊盜犯罪發生703件」: a finding, so its figures keep the section's programme
    (偵防犯罪), not a sentence as programme."""
    path = tmp_path / "report.txt"
    path.write_text("嘉義縣警察局治安會報\n一、偵防犯罪\n（一）暴力犯罪發生6件，全數偵破；竊盜犯罪發生703件。\n", encoding="utf-8")
    got = convert_file(path, agency="chiayi-county-police", genre="council-report", period="111", title="t")
    labels = {p.key: p.label for p in got.programs}
    assert {labels.get(f.program) for f in got.facts} == {"偵防犯罪"}


def test_a_budget_cell_with_its_sources_in_brackets_gives_each_source(tmp_path):
    """「8,920（中央補助3,000、本府配合款5,920）」 in a plan's budget column: the programme's total and each source."""
    path = tmp_path / "plan.txt"
    path.write_text("臺北市政府警察局113年度施政計畫\n貳、計畫及經費（單位：千元）\n"
                    "項次\t計畫名稱\t衡量指標\t預算金額\n"
                    "1\t治安維護計畫\t全般刑案破獲率\t8,920（中央補助3,000、本府配合款5,920）\n"
                    "2\t交通安全執法計畫\t取締件數\t12,600\n", encoding="utf-8")
    got = {(f.shared_indicator, f.value, f.unit, f.period.slug) for f in convert_file(path).facts if f.kind == "budget"}
    assert got == {("budget-total", Decimal("8920"), "千元", "2024"), ("budget-central", Decimal("3000"), "千元", "2024"),
                   ("budget-local", Decimal("5920"), "千元", "2024"), ("budget-total", Decimal("12600"), "千元", "2024")}


def test_a_tables_caption_period_it_is_compared_with_is_not_its_rows_period(tmp_path):
    """「三、重點犯罪分析（與111年1至8月比較）」: the rows are of the period reported, their changes against 111."""
    path = tmp_path / "council.txt"
    path.write_text("雲林縣政府施政報告（警政部分）\n壹、治安維護（本期為112年1月至8月）\n"
                    "一、重點犯罪分析（與111年1至8月比較）\n"
                    "案類\t發生數\t破獲數\t發生數較去年同期增減\n"
                    "詐欺犯罪\t1,046\t982\t-157\n", encoding="utf-8")
    got = {(f.kind, f.value, f.period.slug, f.relative_to.slug if f.relative_to else None)
           for f in convert_file(path).facts}
    assert got == {("actual", Decimal("1046"), "2023-01-01--2023-08-31", None),
                   ("actual", Decimal("982"), "2023-01-01--2023-08-31", None),
                   ("change", Decimal("-157"), "2023-01-01--2023-08-31", "2022-01-01--2022-08-31")}


def test_each_plan_year_said_once_for_a_sentence(tmp_path):
    """「各年度資本門預算執行率均達90%以上，經常門業務費賸餘數百分比則控制在3%以內」: both targets are of each year."""
    path = tmp_path / "midterm.txt"
    path.write_text("高雄市政府警察局中程施政計畫（110至113年度）\n一、共同性目標：各年度資本門預算執行率均達90%以上，"
                    "經常門業務費賸餘數百分比則控制在3%以內。\n", encoding="utf-8")
    got = sorted((printed(f), f.period.slug, f.operator) for f in convert_file(path).facts)
    assert got == sorted([(name, str(y), op) for y in range(2021, 2025) for name, op in
                          (("資本門預算執行率", "at-least"), ("經常門業務費賸餘數百分比", "at-most"))])


def test_a_role_column_with_a_year_is_of_that_year(tmp_path):
    """衡量指標 | 111年目標值 | 111年實際值 | 110年實際值: the last column is 110's actual, not 111's."""
    path = tmp_path / "report.txt"
    path.write_text("桃園市政府警察局111年度施政績效報告\n一、年度重要施政績效\n"
                    "衡量指標\t111年目標值\t111年實際值\t110年實際值\n"
                    "員警違紀件數\t12件以下\t11件\t14件\n", encoding="utf-8")
    got = {(f.kind, f.value, f.period.slug) for f in convert_file(path).facts}
    assert got == {("target", Decimal("12"), "2022"), ("actual", Decimal("11"), "2022"), ("actual", Decimal("14"), "2021")}


def test_kpi_rows_that_print_each_figures_role_have_no_header_row(tmp_path):
    """「衡量指標一 | 查緝逃犯數 | 目標值60人 | 實際值68人 | 達成率113.33%」 under a heading: the first row is data,
    the row's number and its verdict (「達成」) name nothing, and 達成率 is the share of the row's target reached."""
    path = tmp_path / "report.txt"
    path.write_text("金門縣警察局112年度施政績效成果報告\n一、年度績效指標達成情形\n"
                    "衡量指標一\t查緝逃犯數\t目標值60人\t實際值68人\t達成率113.33%\n"
                    "衡量指標二\tA1類交通事故死亡人數\t目標值3人以下\t實際值2人\t達成\n", encoding="utf-8")
    got = {(f.kind, printed(f), f.value, f.shared_indicator) for f in convert_file(path).facts}
    assert got == {("target", "查緝逃犯數", Decimal("60"), "fugitives-arrested"),
                   ("actual", "查緝逃犯數", Decimal("68"), "fugitives-arrested"),
                   ("actual", "查緝逃犯數目標達成率", Decimal("113.33"), None),
                   ("target", "A1類交通事故死亡人數", Decimal("3"), "a1-deaths"),
                   ("actual", "A1類交通事故死亡人數", Decimal("2"), "a1-deaths")}


def test_a_midterm_plans_target_of_one_printed_year_and_a_yearly_minimum_after_it(tmp_path):
    """「以110年A1類交通事故死亡71人為基準，114年降低10%，並每年取締…至少48,000件」: one target of 114 against the
    baseline, and the 每年 minimum is of every plan year (not only of the 114 printed before it)."""
    path = tmp_path / "midterm.txt"
    path.write_text("南投縣政府警察局中程施政計畫（111至114年度）\n（三）交通安全：以110年A1類交通事故死亡71人為基準，"
                    "114年降低10%，並每年取締闖紅燈、嚴重超速、酒後駕車及併排停車等4項重大違規至少48,000件。\n",
                    encoding="utf-8")
    got = sorted((f.kind, f.value, f.period.slug, f.relative_to.slug if f.relative_to else None)
                 for f in convert_file(path).facts)
    assert got == sorted([("baseline", Decimal("71"), "2021", None), ("target", Decimal("10"), "2025", "2021"),
                          *(("target", Decimal("48000"), str(y), None) for y in range(2022, 2026))])


def test_a_midterm_plans_cumulative_column_is_a_target_over_its_years(tmp_path):
    """「113年 | 114年 | 115年 | 116年 | 4年累計」: 2萬4,600件以上 under 4年累計 is one target over 2024–2027 (a cell of
    「—」 gives none); the year columns keep their own."""
    path = tmp_path / "midterm.txt"
    path.write_text("臺北市政府警察局中程施政計畫（113至116年度）\n貳、關鍵績效指標\n"
                    "編號\t關鍵績效指標\t基準值(112年)\t113年\t114年\t115年\t116年\t4年累計\n"
                    "1\t全般刑案破獲率\t94.2%\t95%\t95.5%\t96%\t96.5%\t—\n"
                    "2\t取締酒後駕車件數\t5,980件\t6,000件以上\t6,100件以上\t6,200件以上\t6,300件以上\t2萬4,600件以上\n",
                    encoding="utf-8")
    spans = [(f.indicator, f.value, f.operator, f.period.start.year, f.period.end.year)
             for f in convert_file(path, agency="taipei-police", genre="midterm-plan", period="113-116").facts
             if f.period.start.year != f.period.end.year]
    assert spans == [("取締酒後駕車件數", Decimal("24600"), "at-least", 2024, 2027)]


def test_a_change_under_a_target_column_is_a_relative_target_of_the_rows_indicator(tmp_path):
    """指標名稱 | 衡量標準 | 目標值 | 實際值 with 「降低住宅竊盜發生數 | 以109年發生數為基準值（312件） | 降低5% | 296件」:
    the target is 5 % less than the year before, of 住宅竊盜發生數 (not an actual 「降低比率」)."""
    path = tmp_path / "report.txt"
    path.write_text("新竹縣政府警察局110年度施政績效成果報告\n一、關鍵績效指標\n指標名稱\t衡量標準\t目標值\t實際值\t達成率\n"
                    "降低住宅竊盜發生數\t以109年發生數為基準值（312件）\t降低5%\t296件\t達成\n", encoding="utf-8")
    got = {(f.kind, f.value, f.operator, f.relative_to.slug if f.relative_to else None, f.shared_indicator)
           for f in convert_file(path).facts}
    assert got == {("baseline", Decimal("312"), None, None, "residential-burglary-occurrences"),
                   ("target", Decimal("5"), "decrease-by", "2020", "residential-burglary-occurrences"),
                   ("actual", Decimal("296"), None, None, "residential-burglary-occurrences")}
