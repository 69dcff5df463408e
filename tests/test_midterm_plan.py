"""The 中程施政計畫 converter on the bundled Keelung plan (003): targets per year, programs, provenance."""

from __future__ import annotations

from decimal import Decimal

import pytest
from twpolice.converters.kpi import _rate_name

from conftest import doc_path
from twpolice.converters.pipeline import convert_file, convert_source
from twpolice.converters.text import decode


def _targets(extraction, indicator):
    return {f.period.start.year: f for f in extraction.facts if f.kind == "target" and (f.printed_label or f.indicator) == indicator}


def test_clearance_rate_target_is_85_percent_each_year(extractions):
    targets = _targets(extractions["003"], "全般刑案破獲率")
    assert sorted(targets) == [2018, 2019, 2020, 2021]
    for fact in targets.values():
        assert fact.value == Decimal("85") and fact.unit == "%" and fact.operator == "equal"


def test_prevention_outreach_target_is_50_sessions_each_year(extractions):
    targets = _targets(extractions["003"], "預防犯罪宣導")
    assert {y: (f.value, f.unit) for y, f in targets.items()} == {y: (Decimal("50"), "場") for y in range(2018, 2022)}


def test_decrease_target_is_relative_to_the_previous_year(extractions):
    targets = _targets(extractions["003"], "減少A1事故死亡人數")
    fact = targets[2019]
    assert fact.operator == "decrease-by" and fact.value == Decimal("1") and fact.relative_to.start.year == 2018


def test_kpi_rows_belong_to_their_strategic_goal(extractions):
    x = extractions["003"]
    programs = {p.key: p for p in x.programs}
    fact = _targets(x, "全般刑案破獲率")[2018]
    assert programs[fact.program].label.startswith("加強打擊犯罪")
    fact = _targets(x, "約聘僱員額成長率")[2020]
    assert programs[fact.program].label.startswith("約聘僱員額控管")


def test_every_fact_quotes_its_line(extractions):
    lines = doc_path("003").read_text(encoding="utf-8").split("\n")
    for fact in extractions["003"].facts:
        text = "\n".join(lines[fact.passage.line_start - 1:fact.passage.line_end])
        assert fact.passage.quote in text
        assert fact.value_text in fact.passage.quote


def test_text_figures_are_extracted(extractions):
    facts = {(f.indicator, f.value) for f in extractions["003"].facts}
    assert ("人口數", Decimal("371204")) in facts
    assert any(v == Decimal("4429") for _, v in facts)


@pytest.mark.parametrize("printed", ["{roc}年", "{roc}年度", "{roc}年度目標值", "民國{roc}年", "{roc}（年度）", "{ad}", "{ad}年"])
def test_year_columns_are_read_however_the_year_is_printed(extractions, tmp_path, printed):
    """Other plans head the target columns 「107年度」「107年度目標值」「2018」…: the same targets, per year."""
    from twpolice.converters.pipeline import convert_file

    text = doc_path("003").read_text(encoding="utf-8")
    header = "\t".join(str(y) for y in (107, 108, 109, 110))
    assert header in text
    reprinted = text.replace(header, "\t".join(printed.format(roc=y, ad=y + 1911) for y in (107, 108, 109, 110)))
    (tmp_path / "003.txt").write_text(reprinted, encoding="utf-8")

    def targets(extraction):
        return sorted((f.indicator, f.value, f.period.slug) for f in extraction.facts if f.kind == "target")

    assert targets(convert_file(tmp_path / "003.txt")) == targets(extractions["003"])


def test_a_unit_printed_with_the_indicator_is_the_targets_unit(tmp_path):
    """「全般刑案破獲率(%)」 with bare 86, 87 …: targets in %, named without the note (not 件 from 「破獲數」)."""
    from twpolice.converters.pipeline import convert_file

    (tmp_path / "plan.txt").write_text(
        "臺中市政府警察局中程施政計畫（112至115年度）\n\n參、關鍵績效指標\n"
        "關鍵策略目標\t關鍵績效指標\t衡量標準\t112年度\t113年度\n"
        "一、打擊犯罪\t全般刑案破獲率(%)\t破獲數÷發生數\t86\t87\n"
        "\t毒品查緝（單位：公斤）\t查獲毒品重量\t100\t110\n", encoding="utf-8")
    got = {(f.indicator, f.unit, f.value, f.period.slug) for f in convert_file(tmp_path / "plan.txt").facts}
    assert got == {("全般刑案破獲率", "%", Decimal("86"), "2023"), ("全般刑案破獲率", "%", Decimal("87"), "2024"),
                   ("毒品查緝", "公斤", Decimal("100"), "2023"), ("毒品查緝", "公斤", Decimal("110"), "2024")}


def test_yearly_and_deadline_targets_in_prose(tmp_path):
    """「每年提升1%」「逐年減少2%」「每年…至少200場次」 give one target per plan year, named without 每年/逐年;
    「115年底前完成…3,000支」 is a target at that deadline, not a result."""
    from twpolice.converters.pipeline import convert_file

    (tmp_path / "plan.txt").write_text(
        "臺中市政府警察局中程施政計畫（112至115年度）\n\n貳、施政目標\n一、全般刑案破獲率每年提升1%。\n"
        "二、A1類交通事故死亡人數逐年減少2%。\n三、每年辦理社區治安會議至少200場次。\n"
        "四、115年底前完成全市錄影監視系統汰換3,000支。\n", encoding="utf-8")
    facts = convert_file(tmp_path / "plan.txt").facts
    assert {f.kind for f in facts} == {"target"}
    assert {(f.printed_label or f.indicator) for f in facts} == {"全般刑案破獲率", "A1類交通事故死亡人數", "辦理社區治安會議場次", "錄影監視系統汰換支數"}
    for name in ("全般刑案破獲率", "A1類交通事故死亡人數", "辦理社區治安會議場次"):
        assert sorted(f.period.slug for f in facts if (f.printed_label or f.indicator) == name) == ["2023", "2024", "2025", "2026"]
    (deadline,) = [f for f in facts if (f.printed_label or f.indicator) == "錄影監視系統汰換支數"]
    assert deadline.period.slug == "2026-12-31" and deadline.value == Decimal("3000")


def test_a_relative_target_cell_reads_its_figure_verb_and_reference_years():
    """「較前3年平均減少5%」 in a KPI table's 年度目標值 column: −5 % against the three years before, not a target of
    3 年; 「較111年降低2%」 against 111; 「1,200件以上」 stays a level."""
    text = ("臺東縣警察局113年度施政計畫\n肆、年度關鍵績效指標\n"
            "關鍵策略目標\t關鍵績效指標\t評估體制\t評估方式\t衡量標準\t年度目標值\n"
            "一、提升交通安全\t1.A1類道路交通事故死亡人數\t1\t統計數據\t當年度A1類死亡人數\t較前3年平均減少5%\n"
            "\t2.詐欺案件發生數\t1\t統計數據\t當年度詐欺案件發生數\t較111年降低2%\n"
            "\t3.取締酒駕件數\t1\t統計數據\t當年度取締件數\t1,200件以上\n")
    facts = convert_source(decode(text.encode("utf-8"), name="plan.txt")).facts
    got = [(f.shared_indicator, str(f.value), f.unit, f.operator, f.relative_to and f.relative_to.slug) for f in facts]
    assert got == [("a1-deaths", "5", "%", "decrease-by", "2021--2023"),
                   ("fraud-occurrences", "2", "%", "decrease-by", "2022"),
                   ("drunk-driving-citations", "1200", "件", "at-least", None)]


YEAR_BUDGET = ("桃園市政府警察局中程施政計畫（113至116年度）\n參、中程計畫經費需求（單位：千元）\n"
               "計畫名稱 | 經費來源 | 113年 | 114年 | 合計\n"
               "智慧城市治安監視系統擴充計畫 | 中央 | 6,000 | 6,500 | 12,500\n"
               "同上 | 市府 | 4,000 | 4,500 | 8,500\n"
               "同上 | 合計 | 10,000 | 11,000 | 21,000\n")


@pytest.mark.parametrize("separator", [" | ", "\t"])
def test_a_budget_table_by_year_gives_each_year_and_source(tmp_path, separator):
    """計畫名稱 | 經費來源 | 113年 | 114年 | 合計 under 「（單位：千元）」: one budget per year and source, the 合計 column
    for the table's years, all of the one programme 「同上」 repeats."""
    (tmp_path / "plan.txt").write_text(YEAR_BUDGET.replace(" | ", separator), encoding="utf-8")
    facts = convert_file(tmp_path / "plan.txt", genre="midterm-plan").facts
    got = {(f.shared_indicator, f.value, f.unit, f.period.slug) for f in facts if f.kind == "budget"}
    assert got == {
        ("budget-central", Decimal("6000"), "千元", "2024"), ("budget-central", Decimal("6500"), "千元", "2025"),
        ("budget-central", Decimal("12500"), "千元", "2024--2025"),
        ("budget-local", Decimal("4000"), "千元", "2024"), ("budget-local", Decimal("4500"), "千元", "2025"),
        ("budget-local", Decimal("8500"), "千元", "2024--2025"),
        ("budget-total", Decimal("10000"), "千元", "2024"), ("budget-total", Decimal("11000"), "千元", "2025"),
        ("budget-total", Decimal("21000"), "千元", "2024--2025")}
    assert len({f.program for f in facts if f.kind == "budget"}) == 1


def test_a_budget_table_by_year_with_no_stated_unit_is_not_read_as_money(tmp_path):
    """No 「（單位：千元）」 and no unit in the header: the amounts' unit is not guessed."""
    (tmp_path / "plan.txt").write_text(YEAR_BUDGET.replace("（單位：千元）", "") + "一、每年辦理宣導至少200場次。\n",
                                       encoding="utf-8")
    facts = convert_file(tmp_path / "plan.txt", genre="midterm-plan").facts
    assert not [f for f in facts if f.kind == "budget"]


def test_a_standard_of_yearly_change_over_level_cells_gives_both(tmp_path):
    """「A1類交通事故死亡人數 | 較前一年度降低5% | 170人 | 161人」: a −5% target against the year before for each year,
    and the levels as upper bounds; 「每年至少辦理場次」 bounds its cells from below; a bare 基準值 column is of the
    year before the first year column."""
    (tmp_path / "plan.txt").write_text(
        "桃園市政府警察局中程施政計畫（113至116年度）\n參、關鍵績效指標\n"
        "關鍵績效指標 | 衡量標準 | 基準值 | 113年 | 114年\n"
        "A1類交通事故死亡人數 | 較前一年度降低5% | 179人 | 170人 | 161人\n"
        "預防犯罪宣導場次 | 每年至少辦理場次 | 1,150場 | 1,200場 | 1,250場\n", encoding="utf-8")
    facts = convert_file(tmp_path / "plan.txt", genre="midterm-plan").facts
    got = {(f.kind, f.printed_label or f.indicator, f.value, f.unit, f.period.slug, f.operator,
            f.relative_to.slug if f.relative_to else None) for f in facts}
    assert got == {
        ("target", "A1類交通事故死亡人數", Decimal("5"), "%", "2024", "decrease-by", "2023"),
        ("target", "A1類交通事故死亡人數", Decimal("5"), "%", "2025", "decrease-by", "2024"),
        ("target", "A1類交通事故死亡人數", Decimal("170"), "人", "2024", "at-most", None),
        ("target", "A1類交通事故死亡人數", Decimal("161"), "人", "2025", "at-most", None),
        ("baseline", "A1類交通事故死亡人數", Decimal("179"), "人", "2023", None, None),
        ("target", "預防犯罪宣導場次", Decimal("1200"), "場", "2024", "at-least", None),
        ("target", "預防犯罪宣導場次", Decimal("1250"), "場", "2025", "at-least", None),
        ("baseline", "預防犯罪宣導場次", Decimal("1150"), "場", "2023", None, None)}


def test_a_percentage_of_an_indicator_naming_no_rate_is_the_rate_its_standard_names(extractions):
    """「汰換本局個人電腦主機 | 汰換本局個人電腦主機預算執行率 | 85%」: the target is that 預算執行率 (its printed name),
    and the two programmes' 85% (computers, vehicles) stay two targets though they share one indicator."""
    computers = _targets(extractions["003"], "汰換本局個人電腦主機預算執行率")
    vehicles = _targets(extractions["003"], "汰換逾期警用車輛預算執行率")
    assert sorted(computers) == sorted(vehicles) == [2018, 2019, 2020, 2021]
    assert {(f.value, f.unit) for f in (*computers.values(), *vehicles.values())} == {(Decimal("85"), "%")}
    # a percentage whose standard sets a count (「建置車牌辨識監視器鏡頭20支」) is how far that target is reached; one
    # whose standard names neither a rate nor a count keeps the indicator's name
    assert sorted(_targets(extractions["003"], "建置車牌辨識監視器鏡頭目標達成率")) == [2018, 2019, 2020, 2021]
    assert sorted(_targets(extractions["003"], "加強掃蕩毒品績效")) == [2018, 2019, 2020, 2021]


@pytest.mark.parametrize("indicator, standard, relative, expected", [
    ("建置車牌辨識監視器鏡頭", "建置車牌辨識監視器鏡頭20支", False, "建置車牌辨識監視器鏡頭目標達成率"),
    ("汰換本局個人電腦主機", "汰換本局個人電腦主機預算執行率", False, "汰換本局個人電腦主機預算執行率"),
    ("加強掃蕩毒品績效", "基本配分年度目標值", False, "加強掃蕩毒品績效"),
    # a threshold in the standard of a relative target, or a baseline's figure, sets no count to reach
    ("取締嚴重超速件數", "超速40公里以上之取締件數", True, "取締嚴重超速件數"),
    ("A1類交通事故死亡人數", "以111年死亡人數（186人）為基準", False, "A1類交通事故死亡人數"),
])
def test_what_a_percentage_in_a_target_table_measures(indicator, standard, relative, expected):
    assert _rate_name(indicator, standard, "%", relative) == expected
