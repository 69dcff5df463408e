"""converters/framing.py: every converted fact gets subject, measure and shared indicator by meaning."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from twpolice.converters.pipeline import convert_file
from twpolice.converters.framing import frame_facts
from twpolice.model import DocumentMeta, Extraction, Fact, Passage, Period, Program

YEAR = Period(date(2022, 1, 1), date(2022, 12, 31))
META = DocumentMeta("kaohsiung-police", "performance-report", YEAR, "t", "t.txt", "0" * 64, 3, "test")


def fact(indicator: str, unit: str, kind: str = "actual", **kw) -> Fact:
    return Fact(kind, indicator, Decimal("1"), unit, YEAR, Passage(1, 1, indicator), "1", **kw)


def test_a_mapped_fact_is_named_by_its_indicator_and_keeps_the_printed_wording():
    f = fact("竊案發生數", "件")
    assert frame_facts(Extraction(META, facts=[f])) == 1
    assert (f.shared_indicator, f.subject, f.measure) == ("theft-occurrences", "theft", "occurrences")
    assert (f.indicator, f.printed_label) == ("竊盜犯罪發生數", "竊案發生數")


def test_the_carried_subject_decides_a_bare_measure():
    own = fact("發生數", "件", subject="fraud")
    under = fact("破獲率", "%", program="p1")
    x = Extraction(META, programs=[Program("p1", "機車竊盜防制", Passage(1, 1, "x"), subject="motorcycle-theft")],
                   facts=[own, under])
    frame_facts(x)
    assert own.shared_indicator == "fraud-occurrences"
    assert under.shared_indicator == "motorcycle-theft-clearance-rate"


def test_a_programme_topic_without_the_measure_does_not_lose_the_generic_indicator():
    f = fact("破獲數", "件", program="p1")
    frame_facts(Extraction(META, programs=[Program("p1", "宣導", Passage(1, 1, "x"), subject="crime-prevention")],
                           facts=[f]))
    assert f.shared_indicator == "cleared"


def test_a_change_in_percent_is_matched_without_its_unit():
    level = fact("全般刑案發生數", "件")
    change = fact("全般刑案發生數", "%", kind="change")
    frame_facts(Extraction(META, facts=[level, change]))
    assert level.shared_indicator == change.shared_indicator == "crime-all-occurrences"


def test_units_that_disagree_leave_the_name_unmapped_but_framed():
    a, b = fact("取締酒駕件數", "件"), fact("取締酒駕件數", "人")
    frame_facts(Extraction(META, facts=[a, b]))
    assert a.shared_indicator is None and b.shared_indicator is None
    assert a.subject == "drunk-driving" and a.indicator == "取締酒駕件數"


def test_what_a_converter_set_is_kept():
    f = fact("合計", "千元", kind="budget", shared_indicator="budget-total", subject="cctv")
    frame_facts(Extraction(META, facts=[f]))
    assert (f.shared_indicator, f.subject, f.indicator) == ("budget-total", "cctv", "合計")


def test_an_unknown_subject_stays_unmapped():
    f = fact("一般公文逾期", "件")
    assert frame_facts(Extraction(META, facts=[f])) == 0
    assert (f.shared_indicator, f.subject, f.measure) == (None, None, None)


def test_unknown_subjects_are_flagged_and_counted():
    from twpolice.converters.rdf import extraction_triples
    from twpolice.graph.build import mapping_counts

    facts = [fact("竊案發生數", "件"), fact("一般公文逾期", "件"), fact("取締酒駕件數", "%")]
    x = Extraction(META, facts=facts)
    frame_facts(x)
    _, triples = extraction_triples(x)
    flagged = {s.value for s, p, o in triples if p.value.endswith("#unmappedIndicator") and o.value == "true"}
    assert len(flagged) == 1  # 公文逾期: no subject; 取締酒駕 in %: subject known, only the measure does not fit
    assert mapping_counts(triples) == (1, 1)


def _valued(indicator: str, unit: str, value: str) -> Fact:
    return Fact("actual", indicator, Decimal(value), unit, YEAR, Passage(1, 1, indicator), value)


def test_one_indicator_keeps_one_value_per_period_from_its_plainest_name():
    whole, part = _valued("現有義警人數", "人", "2320"), _valued("南區義警人數", "人", "57")
    frame_facts(Extraction(META, facts=[whole, part]))
    assert whole.shared_indicator == "auxiliary-police"
    assert part.shared_indicator is None and part.indicator == "南區義警人數"
    assert "indicator_value_conflict" in part.rules


def test_a_total_wins_a_tie_and_equal_plain_names_with_other_values_lose_it():
    total, a, b = (_valued("社區治安會議合計人次", "人次", "2407"), _valued("社區治安會議人次", "人次", "1175"),
                   _valued("社區治安會議參與人次", "人次", "1232"))
    frame_facts(Extraction(META, facts=[total, a, b]))
    assert [f.shared_indicator for f in (total, a, b)] == ["community-meeting-attendance", None, None]
    x, y = _valued("查獲詐欺嫌疑犯人數", "人", "10"), _valued("詐欺案犯人數", "人", "12")
    frame_facts(Extraction(META, facts=[x, y]))
    assert x.shared_indicator is None and y.shared_indicator == "fraud-offenders"  # counts: a part never exceeds its whole
    r, s = _valued("竊盜破獲率", "%", "80"), _valued("竊案破獲率", "%", "75")
    frame_facts(Extraction(META, facts=[r, s]))
    assert r.shared_indicator is None and s.shared_indicator is None  # two plain names, two rates: neither is sure


def test_one_value_per_indicator_compares_units_as_the_unit_vocabulary_does():
    # 「55名」 and 「363人」 both count persons: one indicator, one period, two values is a conflict
    plain, wordy = _valued("治平目標到案人數", "名", "55"), _valued("南區治平目標到案人數", "人", "363")
    frame_facts(Extraction(META, facts=[plain, wordy]))
    assert plain.shared_indicator == "gang-targets"
    assert wordy.shared_indicator is None and "indicator_value_conflict" in wordy.rules


def test_a_figure_noted_to_include_more_takes_no_indicator_of_its_name():
    # 「檢肅治平專案目標到案件數55件、363人(含目標)」: the 363 are targets and accomplices, not targets
    noted = _valued("治平目標到案人數", "人", "363")
    noted.qualifiers["includes"] = "目標"
    plain = _valued("治平目標到案人數", "名", "55")
    frame_facts(Extraction(META, facts=[noted, plain]))
    assert noted.shared_indicator is None and "includes_note" in noted.rules
    assert plain.shared_indicator == "gang-targets"


def test_the_same_value_printed_under_two_names_keeps_both_and_budgets_are_left_alone():
    a, b = _valued("竊案發生數", "件", "100"), _valued("竊盜案件發生件數", "件", "100")
    frame_facts(Extraction(META, facts=[a, b]))
    assert a.shared_indicator == b.shared_indicator == "theft-occurrences"


def test_a_drug_schedule_is_a_part_not_the_shared_count():
    """「查獲毒品案件385件，其中第一級毒品42件」: the 42 is named with its schedule and carries the schedule's own
    indicator, so 查獲毒品案件數 never holds a part beside the whole; 「核頒第一級獎勵金」 is a grade, not a schedule."""
    whole = fact("查獲毒品案件數", "件")
    part = fact("查獲毒品案件數", "件", qualifiers={"schedule": "第一級"})
    reward = fact("核頒獎勵金", "元", kind="budget", qualifiers={"schedule": "第一級"})
    frame_facts(Extraction(META, facts=[whole, part, reward]))
    assert whole.shared_indicator == "drug-cases-seized"
    assert (part.shared_indicator, part.indicator) == ("drugs-schedule-1-cases", "查獲第一級毒品案件數")
    assert (part.subject, part.measure) == ("drugs-schedule-1", "cases-seized")
    both = fact("查獲毒品嫌疑人數", "人", qualifiers={"schedule": "第三、四級"})
    frame_facts(Extraction(META, facts=[both]))
    assert both.shared_indicator == "drugs-schedule-3-4-offenders"
    assert (reward.indicator, reward.qualifiers) == ("核頒獎勵金（第一級）", {"grade": "第一級"})


def test_the_heading_right_above_gives_its_subject_to_figures_naming_none(tmp_path):
    """「5.加強取締職業賭場：」 over 「(3) 以110年取締件數202件基準…111年取締目標值為204件」: 取締職業賭場件數 (the
    heading's subject; the numbered paragraph is no heading of its own). A heading two levels up gives nothing."""
    path = tmp_path / "plan.txt"
    path.write_text("\n".join((
        "臺南市政府警察局111年度施政計畫", "壹、年度施政目標", "一、警政治安", "5.加強取締職業賭場：",
        "(1) 依據警政署函頒規定，加強查緝賭博案件。",
        "(3) 以110年取締件數202件基準，逐年提升1%為目標，111年取締目標值為204件。",
        "6.強化為民服務：", "(1) 111年受理件數目標值為300件。")) + "\n", encoding="utf-8")
    got = convert_file(path, agency="tainan-police", genre="plan", period="111", title="t")
    assert [(f.indicator, f.shared_indicator, str(f.value)) for f in got.facts] == [
        ("取締職業賭場件數", "gambling-den-cases", "202"), ("取締職業賭場件數", "gambling-den-cases", "1"),
        ("取締職業賭場件數", "gambling-den-cases", "204"), ("受理件數", None, "300")]


def _council(tmp_path, *lines: str):
    path = tmp_path / "report.txt"
    path.write_text("\n".join(("高雄市政府施政報告（警政）", *lines)) + "\n", encoding="utf-8")
    return convert_file(path, agency="kaohsiung-police", genre="council-report", period="112H1", title="t").facts


def test_a_count_noted_as_including_the_targets_is_the_wholes(tmp_path):
    """「檢肅治平專案目標到案件數55件、363人(含目標)」: the 363 are the targets and those caught with them, 治平專案查獲人數;
    without the note it would be the targets' own count, which a note that names nothing known leaves unmapped."""
    facts = _council(tmp_path, "檢肅治平專案目標到案件數55件、363人(含目標)。", "查獲竊盜案件45件、60人(含少年)。")
    got = {str(f.value): (f.indicator, f.shared_indicator) for f in facts}
    assert got["363"] == ("治平專案查獲人數", "gang-suspects")
    assert got["60"][1] is None


def test_a_note_of_earlier_cases_cleared_leaves_the_clearances_shared(tmp_path):
    """「破獲91件（含破獲以前積案）」: every 破獲數 counts earlier cases cleared now, so the note changes nothing; a note
    that names a part the count would not otherwise hold (「(含少年)」) still keeps it unmapped."""
    facts = _council(tmp_path, "竊盜犯罪本期發生521件、破獲509件，其中機車竊盜發生88件、破獲91件（含破獲以前積案）。",
                     "詐欺犯罪：本期發生519件、破獲537件（含以前年度積案），破獲率103.47%。")
    got = {str(f.value): f.shared_indicator for f in facts}
    assert got["91"] == "motorcycle-theft-cleared" and got["537"] == "fraud-cleared"


def test_a_part_that_names_its_own_measure_counts_that_measure(tmp_path):
    """「全般刑案發生3,174件，破獲3,089件，…其中第3季（7-9月）發生1,622件」: the quarter's 發生數, not a part of the 破獲數
    printed last; 「其中10月份單月發生83件」 likewise (單月 only repeats the month)."""
    facts = _council(tmp_path, "本期全般刑案發生3,174件，破獲3,089件，其中第3季（7-9月）發生1,622件、第4季發生1,552件。",
                     "詐欺犯罪本期發生436件，破獲401件，其中10月份單月發生83件為本期高峰。")
    got = {str(f.value): (f.shared_indicator, f.period.slug) for f in facts}
    assert got["1622"] == ("crime-all-occurrences", "2023-Q3") and got["1552"] == ("crime-all-occurrences", "2023-Q4")
    assert got["83"] == ("fraud-occurrences", "2023-10")


def test_a_crime_counted_without_a_verb_is_its_occurrences(tmp_path):
    """「住宅竊盜56件」「暴力犯罪5件」「本期受理發生487件」: a crime's cases counted with no other verb (or as 受理發生)
    are the cases reported; 「受理詐欺案件1,208件」 names received cases, a count annotators keep apart."""
    facts = _council(tmp_path, "住宅竊盜由去年同期56件降至41件，暴力犯罪5件全數破獲。", "本期受理詐欺案件1,208件，破獲1,097件。")
    facts += _council(tmp_path, "（三）詐欺犯罪方面，本期受理發生487件，較去年同期增加21件。")
    got = {str(f.value): f.shared_indicator for f in facts}
    assert (got["56"], got["41"], got["5"]) == ("residential-burglary-occurrences",) * 2 + ("violent-crime-occurrences",)
    assert got["487"] == got["21"] == "fraud-occurrences" and got["1208"] is None


def _convert(tmp_path, genre: str, period: str, *lines: str):
    path = tmp_path / f"{genre}.txt"
    path.write_text("\n".join(("宜蘭縣政府警察局", *lines)) + "\n", encoding="utf-8")
    return convert_file(path, agency="yilan-police", genre=genre, period=period, title="t").facts


@pytest.mark.parametrize("genre, period, line, expected", [
    # a bare 目標 with a level to reach is a target (治平專案目標 are the gang targets, no role)
    ("performance-report", "112", "A1類交通事故死亡人數目標控制在45人以下，實際為41人。",
     {"45": ("target", "a1-deaths"), "41": ("actual", "a1-deaths")}),
    ("performance-report", "112", "檢肅治平專案目標達28件。", {"28": ("actual", "gang-target-cases")}),
    # the counts in brackets under a rate's heading are its subject's
    ("performance-report", "112", "（一）全般刑案破獲率：年度目標值95%，實際破獲率97.46%（發生4,218件、破獲4,111件）。",
     {"95": ("target", "crime-all-clearance-rate"), "97.46": ("actual", "crime-all-clearance-rate"),
      "4218": ("actual", "crime-all-occurrences"), "4111": ("actual", "crime-all-cleared")}),
    # a change in percent in brackets names no subject for what follows
    ("council-report", "112", "（二）詐欺犯罪：發生1,204件，較去年同期增加86件（上升7.69%），破獲率72.84%；"
     "攔阻民眾遭詐金額1億3,560萬元，較去年同期多攔阻2,145萬元。",
     {"72.84": ("actual", "fraud-clearance-rate"), "7.69": ("change", "fraud-occurrences"),
      "135600000": ("actual", "fraud-intercepted-amount"), "21450000": ("change", "fraud-intercepted-amount")}),
    # 分別為: 為 is no verb of the items
    ("council-report", "112", "查獲非法槍械43件，起獲制式手槍及非制式槍枝分別為3枝及40枝。",
     {"3": ("actual", "military-firearms-seized"), "40": ("actual", "improvised-firearms-seized")}),
    # changes 「分別」 of counts pair with the counts, not with a rate printed between them
    ("council-report", "112", "暴力犯罪發生5件、全數偵破（破獲率100%），竊盜犯罪發生412件、破獲398件（破獲率96.60%），"
     "較去年同期分別減少2件及增加31件。",
     {"100": ("actual", "violent-crime-clearance-rate"), "-2": ("change", "theft-occurrences"),
      "31": ("change", "theft-cleared")}),
    # 「6件全數偵破」 counts what occurred; a record low is no part of the name
    ("council-report", "112", "本年1至9月全般刑案發生3,876件、破獲3,702件，其中暴力犯罪6件全數偵破，"
     "住宅竊盜發生數更降至歷年同期最低之47件。",
     {"6": ("actual", "violent-crime-occurrences"), "47": ("actual", "residential-burglary-occurrences")}),
    # 「減少12.5%（即47件）」: the same change in its count
    ("council-report", "112", "七堵分局發生329件，較上期減少12.5%（即47件）。", {"-47": ("change", None), "-12.5": ("change", None)}),
    ("council-report", "112", "治平專案檢肅目標到案9件、42人。",
     {"9": ("actual", "gang-target-cases"), "42": ("actual", "gang-targets")}),
    ("performance-report", "112", "三、人事：年底現有員警1,104人，編制1,268人。",
     {"1104": ("actual", "police-actual"), "1268": ("actual", "police-authorised")}),
    # a heading that names the quantity names the weight
    ("plan", "113", "四、查獲第一、二級毒品數量：113年目標查獲15公斤以上（112年實際查獲12.6公斤）。",
     {"15": ("target", "drugs-schedule-1-2-seized"), "12.6": ("actual", "drugs-schedule-1-2-seized")}),
    # the actual and attainment of the target printed just before, not the heading's
    ("performance-report", "112", "（二）查緝毒品：製造運輸販賣毒品查獲人數目標60人，實際查獲68人，達成率113.33%。",
     {"60": ("target", "drug-trafficking-suspects"), "68": ("actual", "drug-trafficking-suspects")}),
    # what the baseline counts may stand between the figure and 為基準; 比較基礎 is a baseline word too
    ("midterm-plan", "113-116", "（二）錄影監視系統：以112年底全市1萬3,560支攝影機為基準，116年系統妥善率達98%以上。",
     {"13560": ("baseline", "cctv-cameras")}),
    # a target against an average of years is of the year's count; the average keeps its name
    ("plan", "113", "二、住宅竊盜發生數：以前3年（110至112年）平均值為比較基礎，113年較前3年平均減少5%以上。",
     {"5": ("target", "residential-burglary-occurrences")}),
    ("plan", "113", "一、打擊詐欺犯罪：以前3年（110至112年）詐欺犯罪發生數平均5,214件為基準值，113年目標較前3年平均降低5%。",
     {"5214": ("baseline", None), "5": ("target", "fraud-occurrences")}),
])
def test_what_a_figure_counts_in_a_report_or_plan(tmp_path, genre, period, line, expected):
    got = {str(f.value): (f.kind, f.shared_indicator) for f in _convert(tmp_path, genre, period, line)}
    assert {v: got.get(v) for v in expected} == expected


def test_a_year_printed_in_numerals_is_read_as_its_digits(tmp_path):
    """「較一一一年同期」: 111年's same months, so the change is against 2022 and the year is no part of a name."""
    facts = _convert(tmp_path, "council-report", "112", "全般刑案發生7,845件，較一一一年同期減少318件。",
                     "二、竊盜犯罪破獲數：一一二年目標值為一千一百件以上。")
    got = {str(f.value): (f.kind, f.relative_to.slug if f.relative_to else None, f.shared_indicator) for f in facts}
    assert got["-318"] == ("change", "2022", "crime-all-occurrences")
    assert got["1100"] == ("target", None, "theft-cleared")


def test_each_year_from_a_printed_year_is_each_plan_year_from_it(tmp_path):
    """「自114年起每年…」 in a plan for 113–116: a target for 114, 115 and 116 (not 113, not one year)."""
    facts = _convert(tmp_path, "midterm-plan", "113-116", "（三）打擊詐欺：自114年起每年攔阻詐欺金額目標為3億元。")
    assert sorted((f.period.slug, f.kind, f.shared_indicator) for f in facts) == [
        (str(y), "target", "fraud-intercepted-amount") for y in (2025, 2026, 2027)]


def test_the_ends_of_a_range_are_marked_as_ends(tmp_path):
    """「每隊發予獎勵金1萬5,000元至3萬5,000元不等」: neither end is the amount, so each says which end it is."""
    facts = _convert(tmp_path, "plan", "111", "二、每隊發予獎勵金1萬5,000元至3萬5,000元不等，共計77萬5,000元。")
    got = {str(f.value): f.qualifiers.get("range") for f in facts}
    assert got == {"15000": "最低", "35000": "最高", "775000": None}


def test_money_actually_spent_is_an_actual(tmp_path):
    """「歲出預算數4億6,218萬元，實際執行4億5,377萬元」: the budget, then what was spent (README: money spent is actual)."""
    facts = _convert(tmp_path, "performance-report", "111", "（一）會計：111年度歲出預算數4億6,218萬元，實際執行4億5,377萬元。")
    assert [(f.kind, str(f.value)) for f in facts] == [("budget", "462180000"), ("actual", "453770000")]


def test_a_narrower_heading_names_what_a_generic_measure_counts(tmp_path):
    """「1.加強婦幼安全宣導」 over 「…本期共宣導301場次，參加人數56,276人次」: 婦幼安全宣導場次, not every outreach."""
    facts = _council(tmp_path, "(六)保護婦孺安全", "1.加強婦幼安全宣導",
                     "主動派員走入社區，以行動劇或演講方式加強婦幼安全宣導，本期共宣導301場次，參加人數56,276人次。")
    assert [(f.indicator, str(f.value)) for f in facts] == [("婦幼安全宣導場次", "301"), ("婦幼安全宣導參與人次", "56276")]


def test_a_class_in_brackets_before_its_noun_is_part_of_the_name(tmp_path):
    """「本期發生(A1+A2類）交通事故共18,009件」: A1+A2類交通事故件數 (the composed indicator), not every accident."""
    facts = _council(tmp_path, "本期發生(A1+A2類）交通事故共18,009件，與111年同期發生18,281件比較，減少272件。")
    assert [(f.kind, f.shared_indicator, str(f.value)) for f in facts] == [
        ("actual", "a1a2-accidents", "18009"), ("actual", "a1a2-accidents", "18281"), ("change", "a1a2-accidents", "-272")]


def test_one_districts_installations_are_a_part_not_the_agencys_count(tmp_path):
    """「於永安區裝設52支攝影機」 is one district's, no 新設攝影機數 of the city; 「於轄區重要路口裝設…」 is the city's."""
    facts = _council(tmp_path, "台電促協金500萬元，於永安區裝設52支攝影機，已於112年3月30日完工。",
                     "本期於轄區重要路口裝設攝影機26支。")
    got = {str(f.value): (f.shared_indicator, f.qualifiers.get("place")) for f in facts if f.unit == "支"}
    assert got == {"52": (None, "永安區"), "26": ("cctv-cameras-installed", None)}


def test_items_listed_before_their_count_are_matched_by_the_count(tmp_path):
    """「「闖紅燈」、「嚴重超速」、「酒後駕車」及「併排停車」4項違規執法績效，較去年度平均值增加1%」: the 4項違規執法績效 of
    the shared scheme; the printed list stays the printed label."""
    path = tmp_path / "plan.txt"
    path.write_text("某警察局111年度施政計畫\n「闖紅燈」、「嚴重超速」、「酒後駕車」及「併排停車」4項違規執法績效，較去年度平均值增加1%。\n",
                    encoding="utf-8")
    facts = convert_file(path, agency="tainan-police", genre="plan", period="111", title="t").facts
    assert [(f.shared_indicator, f.printed_label) for f in facts] == [
        ("major-violation-citations", "闖紅燈、嚴重超速、酒後駕車及併排停車4項違規執法績效")]


def test_a_numbered_heading_names_the_deed_of_the_paragraph_under_it(tmp_path):
    """The outline gives the paragraph its heading: 「3.勸導深夜遊蕩少年返家」 over 「…共計勸導671人次」 is
    勸導深夜遊蕩少年返家人次; a numbered paragraph holding a figure is no heading of the lines after it."""
    facts = _convert(tmp_path, "performance-report", "111",
                     "一、少年警察業務", "3.勸導深夜遊蕩少年返家",
                     "由各分局於深夜規劃臨檢及巡邏勤務，加強勸導在外遊蕩之少年返家，111年共計勸導671人次。",
                     "4.111年辦理校園宣導計1,071場次。", "另勸導逃學少年35人次。")
    got = {str(f.value): f.indicator for f in facts}
    assert got["671"] == "勸導深夜遊蕩少年返家人次"
    assert got["35"] != "勸導深夜遊蕩少年返家人次"


def test_a_continuation_line_takes_the_subject_of_the_line_before(tmp_path):
    """「（一）刑案概況：本期全般刑案發生3,921件…」 then 「第1季發生1,986件、第2季發生1,935件」: the quarters are of
    全般刑案; a line after a blank line or under another heading takes nothing."""
    facts = _council(tmp_path, "（一）刑案概況（本期為112年1至6月）：本期全般刑案發生3,921件，破獲3,887件。",
                     "第1季發生1,986件、第2季發生1,935件。",
                     "", "本期取締違規停車發生12件。", "（二）交通安全", "發生2,001件。")
    got = {str(f.value): f.shared_indicator for f in facts}
    assert got["1986"] == got["1935"] == "crime-all-occurrences"
    assert got["2001"] != "crime-all-occurrences"


def test_the_money_of_items_listed_below_is_a_part_of_the_money_above(tmp_path):
    """「(3)執行成效：…協助調度挹注共計10案，金額約269萬餘元，計有如下：」 over 「①鼓山分局…水電費不足案45萬餘元」: the
    item's money is 協助調度挹注金額（鼓山分局…案）, not a bare project name; money under no such list keeps its name."""
    facts = _convert(tmp_path, "performance-report", "111",
                     "一、會計業務", "(3)執行成效：111年度協助調度挹注共計10案，金額約269萬餘元，計有如下：",
                     "①鼓山分局新建辦公大樓水電費不足案45萬餘元。", "②交通警察大隊擴充智慧交通執法管理系統43萬餘元。",
                     "(4)其他：辦理設備採購案12萬元。")
    got = {str(f.value): f.indicator for f in facts}
    assert got["450000"] == "協助調度挹注金額（鼓山分局新建辦公大樓水電費不足案）"
    assert got["430000"] == "協助調度挹注金額（交通警察大隊擴充智慧交通執法管理系統）"
    assert not got["120000"].startswith("協助調度挹注")


def test_an_event_under_a_heading_is_the_kind_of_event_about_its_topic(tmp_path):
    """「防杜外來人口非法活動及維護合法外僑安全」 over 「…預計辦理宣導16場次」: 外來人口宣導場次 (a kind of both 宣導 and
    外來人口); firearms seized under 「檢肅黑槍防制暴力犯罪」 stay firearms, not shootings."""
    facts = _convert(tmp_path, "plan", "111", "（五）防杜外來人口非法活動及維護合法外僑安全",
                     "1.透過外事警察及地區警察力量深耕地方，結合僱用移工之企業，預計辦理宣導16場次。",
                     "（六）檢肅黑槍防制暴力犯罪", "1.預計查獲非法槍械案件30件。")
    got = {str(f.value): f.shared_indicator for f in facts}
    assert got["16"] == "foreign-outreach-sessions"
    assert got["30"] == "firearm-cases"
