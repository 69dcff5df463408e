"""Table layouts on the real documents, plus synthetic edge cases and garbage input."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twpolice.converters.outline import OutlineTracker, parse_heading
from twpolice.converters.tables import (
    Table,
    find_cell_per_line_tables,
    find_labeled_values,
    find_tables,
    find_tsv_tables,
    iter_paragraphs,
    normalise_spaces,
    strip_markup,
    strip_markup_with_map,
)

DOCS = Path(__file__).resolve().parent.parent / "documents"


def _lines(prefix: str) -> list[str]:
    (path,) = DOCS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8").split("\n")


def _table_with(tables: list[Table], column: str) -> Table:
    for t in tables:
        if t.column_index(column) is not None:
            return t
    raise AssertionError(f"no table with column {column!r}")


def _row(table: Table, col: int, startswith: str):
    rows = [r for r in table.rows if r.text(col).startswith(startswith)]
    assert len(rows) == 1, (startswith, [r.texts for r in rows])
    return rows[0]


# --------------------------------------------------------------------------- 003: KPI tables


@pytest.fixture(scope="module")
def kpi003() -> Table:
    return _table_with(find_tsv_tables(_lines("003")), "關鍵績效指標")


def test_003_two_line_header_gives_year_columns(kpi003: Table) -> None:
    years = [f"年度績效目標值/{y}" for y in (107, 108, 109, 110)]
    assert kpi003.header[-4:] == years
    assert kpi003.header[:4] == ["序號", "關鍵策略目標", "編號", "關鍵績效指標"]
    assert [r.line_start for r in kpi003.header_rows] == [201, 202]
    assert kpi003.line_start == 201 and kpi003.line_end == 217


def test_003_rows_have_targets_under_each_year(kpi003: Table) -> None:
    ind = kpi003.column_index("關鍵績效指標")
    assert ind == 3
    cols = [kpi003.column_index(f"年度績效目標值/{y}") for y in (107, 108, 109, 110)]
    assert cols == [7, 8, 9, 10]
    clearance = _row(kpi003, ind, "全般刑案破獲率")
    assert [clearance.text(c) for c in cols] == ["85%"] * 4
    assert clearance.line_start == clearance.line_end == 203
    talks = _row(kpi003, ind, "預防犯罪宣導")
    assert [talks.text(c) for c in cols] == ["50場"] * 4
    assert talks.line_start == 209
    assert len(kpi003.rows) == 12  # 203 and 207..217


def test_003_repeated_header_is_not_a_row(kpi003: Table) -> None:
    assert kpi003.repeated_header_lines == [205, 206]
    starts = {r.line_start for r in kpi003.rows}
    assert not starts & {201, 202, 205, 206}
    assert all(r.text(0) != "序號" and r.text(7) != "107" for r in kpi003.rows)


def test_003_merged_strategy_cells_fill_downwards(kpi003: Table) -> None:
    assert kpi003.key_columns == (0, 1)
    filled = {r.line_start: r for r in kpi003.filled_rows()}
    # 208 shares 序號 1 and the strategy printed on 207
    r208 = filled[208]
    assert r208.text(0) == "1" and r208.cells[0].inherited and r208.cells[0].line_start == 203
    assert r208.text(1).startswith("加強打擊犯罪") and r208.cells[1].line_start == 207
    # 209 starts a new group: nothing inherited
    assert not any(c.inherited for c in filled[209].cells)
    # the raw rows are untouched
    raw = {r.line_start: r for r in kpi003.rows}
    assert raw[208].text(0) == "" and raw[208].merged_above and not raw[209].merged_above


def test_003_row_cut_by_page_break_is_completed() -> None:
    common = _table_with(find_tsv_tables(_lines("003")), "共同性指標")
    assert common.repeated_header_lines == [237, 238]
    last = common.rows[-1]
    assert (last.line_start, last.line_end) == (235, 239)
    assert last.text(6).endswith("÷本單\n位現有公務人員 人數×100%")
    assert last.cells[6].flat.endswith("÷本單位現有公務人員 人數×100%")
    assert [last.text(c) for c in range(7, 11)] == ["70%"] * 4
    # the text after the last header was the rest of the row, so nothing is missing
    assert not common.truncated and not last.truncated


# --------------------------------------------------------------------------- 002: budget table


@pytest.fixture(scope="module")
def budget002() -> Table:
    tables = find_tsv_tables(_lines("002"))
    assert len(tables) == 1
    return tables[0]


def test_002_header_repeats_are_skipped_whitespace_insensitively(budget002: Table) -> None:
    assert budget002.header == ["工作計畫名稱", "重要施政計畫項目", "實施內容", "預算金額(單位：千元)(未含人事費)"]
    assert budget002.repeated_header_lines == [212, 223, 229, 233, 241, 249, 258, 267, 275]
    assert all(normalise_spaces(r.text(0)) != "工作計畫名稱" for r in budget002.rows)
    assert (budget002.line_start, budget002.line_end) == (205, 276)


def test_002_row_split_across_page_break_is_merged(budget002: Table) -> None:
    guard = _row(budget002, 1, "健全守望相助隊功能")
    assert guard.line_start == 210 and guard.line_end >= 213
    assert "增加守望相\n助隊間之交流學習" in guard.text(2)
    assert guard.cells[2].line_end == 213 and guard.cells[3].line_end == 210
    assert guard.text(3) == "中央：0 本府：8,290 合計：8,290"
    assert not any(c.text.startswith("助隊間") for r in budget002.rows for c in r.cells)
    # the other page-break continuations
    spans = {r.text(1)[:6]: (r.line_start, r.line_end) for r in budget002.rows}
    assert spans["提升110報"] == (221, 224)
    assert spans["精實教育訓練"] == (227, 230)
    assert spans["員警心理輔導"] == (231, 234)
    assert spans["查捕通緝犯"] == (239, 242)
    # 71 lines, minus 9 blanks, 9 repeated headers and 5 continuations
    assert len(budget002.rows) == 48


def test_002_rows_after_a_header_that_are_real_rows_stay_rows(budget002: Table) -> None:
    """259 follows a repeated header with an empty program cell, but it is a new row."""
    r = _row(budget002, 1, "校園安全維護及防止幫派")
    assert (r.line_start, r.line_end) == (259, 259)
    assert r.merged_above
    filled = {x.line_start: x for x in budget002.filled_rows()}
    assert filled[259].text(0) == "少年警察業務" and filled[259].cells[0].line_start == 256


def test_002_budget_cells_yield_labelled_values(budget002: Table) -> None:
    cctv = _row(budget002, 1, "持續汰換已逾使用年限")
    text = cctv.text(3)
    spans = find_labeled_values(text, ["中央", "本府", "合計"])
    assert [(s.label, s.value_text) for s in spans] == [("中央", "5,033"), ("本府", "73,600"), ("合計", "78,633")]
    assert all(text[s.value_start : s.value_end] == s.value_text for s in spans)
    assert spans[0].quote(text) == "中央：5,033"
    assert sum(Decimal(s.value_text.replace(",", "")) for s in spans[:2]) == Decimal("78633")

    yearly = _row(budget002, 1, "推行委外製單勞務採購作業").text(3)
    spans = find_labeled_values(yearly, ["中央", "本府", "合計"])
    assert [(s.label, s.value_text, s.remainder) for s in spans] == [
        ("中央", "0", ""),
        ("本府", "12,000", "/ 每年(111-113年)"),
        ("合計", "12,000", ""),
    ]
    assert spans[1].quote(yearly) == "本府：12,000/ 每年(111-113年)"

    last = budget002.rows[-1].text(3)
    spans = find_labeled_values(last, ["中央", "本府", "合計", "總計"], require_colon=False)
    assert [s.label for s in spans] == ["中央", "本府", "合計", "總計", "中央", "本府", "合計"]
    assert spans[-1].value_text == "348,024"

    in_p = _row(budget002, 1, "員警心理輔導").text(3)
    spans = find_labeled_values(in_p, ["中央", "本府", "合計"])
    assert spans[-1].value_text == "160" and spans[-1].remainder == "</p>"


def test_002_paragraph_cells(budget002: Table) -> None:
    cell = _row(budget002, 1, "110報案系統總機維護").text(2)
    paras = iter_paragraphs(cell)
    assert len(paras) == 2
    assert paras[0][0].startswith("一、為維護「110 受理報案派遣系統」")
    assert paras[1][0].endswith("新臺幣 170 萬 5,000 元。")
    for text, s, e in paras:
        assert cell[s:e] == text and "<p>" not in text

    # a paragraph cut by a page break is two paragraphs, on either side of the line break
    training = _row(budget002, 1, "精實教育訓練").text(2)
    texts = [p[0] for p in iter_paragraphs(training)]
    assert texts[2].endswith("保安警") and texts[3].startswith("察大隊")
    # plain cells are one paragraph
    assert iter_paragraphs("一、嚴格查處。") == [("一、嚴格查處。", 0, 7)]


def test_strip_markup_keeps_a_map_to_printed_offsets() -> None:
    text = "<p>中央：0 本府：160</p> <p>合計：160</p>"
    plain, where = strip_markup_with_map(text)
    assert plain == strip_markup(text) == "中央：0 本府：160 合計：160"
    assert len(where) == len(plain)
    assert all(text[where[i]] == ch for i, ch in enumerate(plain))
    i = plain.index("合計")
    assert text[where[i] : where[i] + 2] == "合計"


# --------------------------------------------------------------------------- 004: KPI and risk tables


def test_004_kpi_table_merged_program_cell() -> None:
    kpi = _table_with(find_tsv_tables(_lines("004")), "衡量指標")
    assert kpi.header == ["計畫名稱", "衡量指標", "衡量標準", "預算金額(千元)"]
    assert [r.line_start for r in kpi.rows] == [41, 42, 43, 44, 45, 46]
    raw = kpi.rows[5]
    assert raw.text(0) == "" and raw.merged_above and raw.is_continuation_of_merge
    assert not kpi.rows[4].merged_above
    filled = kpi.filled_rows()
    assert filled[5].text(0).startswith("五、 賡續執行")
    assert filled[5].cells[0].inherited and filled[5].cells[0].line_start == 45
    # value cells are as printed: 7,165 appears on both rows, never inherited
    assert filled[4].text(3) == filled[5].text(3) == "7,165"
    assert not filled[5].cells[3].inherited
    assert filled[0].text(3) == "14,000"
    # the program cell parses as an outline heading (the brief's 「一、 治安防治 專案-…」)
    h = parse_heading(filled[0].text(0))
    assert h is not None and (h.style, h.ordinal) == ("cjk", 1)
    assert h.title.startswith("治安防治 專案-重要路口")


def test_004_risk_table_two_line_header_and_split_row() -> None:
    risk = _table_with(find_tsv_tables(_lines("004")), "風險情境")
    assert risk.header[4:7] == ["現有風險等級/可能性(L)", "現有風險等級/影響程度(I)", "現有風險值(R)=(L)×(I)"]
    assert risk.header[8:10] == ["殘餘風險等級/可能性(L)", "殘餘風險等級/影響程度(I)"]
    assert risk.repeated_header_lines == [70, 71]
    assert len(risk.rows) == 1
    row = risk.rows[0]
    assert (row.line_start, row.line_end) == (68, 72)
    assert row.text(3).endswith("管控\n進度。")
    assert row.cells[3].line_end == 72 and row.cells[2].line_end == 68
    assert row.text(11) == "保安科"


# --------------------------------------------------------------------------- 001: cell per line


@pytest.fixture(scope="module")
def cpl001() -> list[Table]:
    return find_cell_per_line_tables(_lines("001"))


def test_001_crime_table(cpl001: list[Table]) -> None:
    crime = cpl001[0]
    assert crime.layout == "cell-per-line"
    assert crime.header == ["項目", "發生數", "破獲數", "破獲率", "查獲案犯數"]
    assert (crime.line_start, crime.line_end) == (5, 45)
    fraud = _row(crime, 0, "詐欺犯罪")
    assert fraud.texts == ["詐欺犯罪", "1,171", "1,343", "114.69", "1,757"]
    assert (fraud.line_start, fraud.line_end) == (29, 33)
    assert [c.line_start for c in fraud.cells] == [29, 30, 31, 32, 33]
    street = _row(crime, 0, "街頭暴力")
    assert len(street.cells) == 5 and street.texts[4] == "" and street.cells[4].line_start == 39
    assert [r.text(0) for r in crime.rows] == ["全般刑案", "暴力犯罪", "竊盜犯罪", "詐欺犯罪", "街頭暴力"]
    assert len(crime.notes) == 1
    note = crime.notes[0]
    assert note.text(0) == "備註" and (note.line_start, note.line_end) == (41, 45)
    assert note.text(1).count("\n") == 3 and note.text(1).endswith("等38項詐欺案類。")


def test_001_project_table_sub_rows_and_multiline_cells(cpl001: list[Table]) -> None:
    proj = cpl001[1]
    assert proj.header == ["項目", "執行成果"]
    assert proj.line_start == 49  # the first table ended before 「2.專案工作績效」
    drugs = [r for r in proj.rows if 58 <= r.line_start <= 68]
    assert [r.text(1) for r in drugs] == ["第一級", "第二級", "第三、四級"]
    assert [r.text(0) for r in drugs] == ["遏止毒品氾濫", "", ""]
    filled = [r for r in proj.filled_rows() if 58 <= r.line_start <= 68]
    assert [r.text(0) for r in filled] == ["遏止毒品氾濫"] * 3
    assert [r.cells[0].inherited for r in filled] == [False, True, True]
    assert filled[2].cells[0].line_start == 58
    assert filled[2].text(2) == "查獲72件、111人，重量842.38公斤。"

    porn = _row(proj, 0, "取締色情")
    assert porn.text(0) == "取締色情\n賭博電玩"
    assert (porn.cells[0].line_start, porn.cells[0].line_end) == (79, 80)
    assert porn.text(1) == "取締色情案件20件、106人，色情廣告24件。\n查獲無照賭博電玩29件、61臺。"
    assert (porn.cells[1].line_start, porn.cells[1].line_end) == (81, 82)
    assert proj.line_end == 85


def test_001_training_table_is_ragged(cpl001: list[Table]) -> None:
    training = cpl001[2]
    assert training.header == ["項目", "執行成果"]
    assert [r.text(0) for r in training.rows] == ["1", "2", "3", "4", "5"]
    assert training.rows[0].texts == ["1", "警政人員諮詢輔導研習班", "計2班期，200人次參加。"]
    assert training.key_columns == ()
    assert len(cpl001) == 3


def test_find_tables_orders_layouts_and_offsets() -> None:
    lines = _lines("001")
    assert [t.line_start for t in find_tables(lines)] == [5, 49, 283]
    # a slice keeps document line numbers when told where it starts
    sliced = find_cell_per_line_tables(lines[279:], first_line=280)
    assert [t.line_start for t in sliced] == [283]
    assert sliced[0].rows[-1].line_end == 304


def test_tables_and_outline_together() -> None:
    """A converter locates a table in the outline: 003's KPI table sits under 參 > 三."""
    lines = _lines("003")
    tracker = OutlineTracker()
    paths = {}
    for i, line in enumerate(lines, 1):
        h = parse_heading(line)
        if h:
            tracker.push(h)
        paths[i] = tracker.path_labels()
    kpi = _table_with(find_tsv_tables(lines), "關鍵績效指標")
    assert paths[kpi.line_start][-1] == "三、關鍵績效指標、衡量標準及年度目標值"


# --------------------------------------------------------------------------- synthetic edge cases


def test_truncated_when_text_ends_on_a_repeated_header() -> None:
    lines = ["名稱\t數值", "甲\t1", "乙\t2 還沒", "", "名 稱\t數 值"]
    (t,) = find_tsv_tables(lines)
    assert [r.texts for r in t.rows] == [["甲", "1"], ["乙", "2 還沒"]]
    assert t.truncated and t.rows[-1].truncated and not t.rows[0].truncated
    assert t.line_end == 5 and t.repeated_header_lines == [5]


def test_cells_between_vertical_bars_are_a_table() -> None:
    """A text export of a table: 「績效指標 | 目標值 | 實際值」, with or without outer bars and a |---| rule."""
    lines = ["一、關鍵績效指標達成情形", "績效指標 | 目標值 | 實際值", "全般刑案破獲率 | 95% | 98.62%",
             "取締酒後駕車件數 | 6,800件 | 7,415件", "說明：均超越目標。",
             "| 計畫名稱 | 預算數 | 執行數 |", "|---|:---:|---|", "| 警用機車汰換 | 8,000 | 7,215 |"]
    first, second = find_tsv_tables(lines)
    assert first.columns == ["績效指標", "目標值", "實際值"] and (first.line_start, first.line_end) == (2, 4)
    assert [r.texts for r in first.rows] == [["全般刑案破獲率", "95%", "98.62%"], ["取締酒後駕車件數", "6,800件", "7,415件"]]
    assert second.columns == ["計畫名稱", "預算數", "執行數"]
    assert [r.texts for r in second.rows] == [["警用機車汰換", "8,000", "7,215"]]


def test_a_number_column_without_a_heading_gets_one() -> None:
    """Rows 「1\t全般刑案破獲率\t93.6…」 under a header without the number's column: the header moves right."""
    lines = ["衡量指標\t基準值（111年）\t112年", "1\t全般刑案破獲率（%）\t93.6\t95", "2\t住宅竊盜發生數（件）\t186\t180"]
    (t,) = find_tsv_tables(lines)
    assert t.columns == ["序號", "衡量指標", "基準值（111年）", "112年"]
    assert t.rows[0].texts == ["1", "全般刑案破獲率（%）", "93.6", "95"]
    ragged = ["項目\t數值", "甲\t1\t2", "乙\t3"]  # not every row numbered: left as printed
    assert find_tsv_tables(ragged)[0].columns == ["項目", "數值"]


def test_a_bar_inside_prose_opens_no_table() -> None:
    assert find_tsv_tables(["詐欺案件發生1,203件|較去年同期減少65件。", "本期無重大刑案。"]) == []


def test_filled_rows_never_fill_value_columns_or_across_groups() -> None:
    lines = [
        "類別\t項目\t數值",
        "A\tx\t10",
        "\ty\t",  # merged A; the value is genuinely empty
        "B\t\t30",  # new group; must not inherit 'y'
        "\t\t40",
    ]
    (t,) = find_tsv_tables(lines)
    assert t.key_columns == (0, 1)
    filled = t.filled_rows()
    assert filled[1].texts == ["A", "y", ""]
    assert filled[2].texts == ["B", "", "30"]
    assert filled[3].texts == ["B", "", "40"]
    assert not filled[3].cells[1].inherited
    assert filled[1].cells[2].inherited is False
    assert t.filled_rows(key_columns=()) == t.rows


def test_page_break_without_repeated_header_still_merges_a_short_continuation() -> None:
    lines = ["名稱\t說明\t金額", "甲\t第一段未完", "", "\t待續。\t", "乙\t完整\t5"]
    (t,) = find_tsv_tables(lines)
    assert [r.texts for r in t.rows] == [["甲", "第一段未完\n待續。"], ["乙", "完整", "5"]]
    assert t.rows[0].line_end == 4


def test_tables_end_at_prose_and_two_tables_are_kept_apart() -> None:
    lines = ["a\tb", "1\t2", "說明文字", "c\td\te", "3\t4\t5"]
    t1, t2 = find_tsv_tables(lines)
    assert t1.header == ["a", "b"] and t2.header == ["c", "d", "e"]
    assert (t1.line_end, t2.line_start) == (2, 4)


@pytest.mark.parametrize(
    "lines",
    [
        [],
        [""],
        ["\t"],
        ["\t\t\t"],
        ["\t\t\t", "\t\t"],
        ["a\tb\tc", "1\t2", "x\ty\tz\tw", "", "\t", "\t\t"],
        ["\t項目", "", "\t只有標題"],
        ["\t項目\t", "\t", ""],
        ["單獨一行"],
        ["a\tb"],  # a header without rows is not a table
        ["\r\n", "a\tb\r\n", "1\t2\r\n"],
        ["<p>", "中央：", "\t中央：\t"],
    ],
)
def test_bad_input_does_not_raise(lines: list[str]) -> None:
    for t in find_tables(lines):
        assert t.rows
        for r in t.rows:
            assert 1 <= r.line_start <= r.line_end <= len(lines)
        t.filled_rows()
    find_labeled_values("".join(lines), ["中央", "合計"])
    for line in lines:
        iter_paragraphs(line)
        parse_heading(line)


def test_crlf_lines_are_read_like_lf() -> None:
    (t,) = find_tsv_tables(["a\tb\r\n", "1\t2\r\n"])
    assert t.header == ["a", "b"] and t.rows[0].texts == ["1", "2"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="\t 甲1:：<p>中央\n", max_size=12), max_size=30))
def test_random_lines_never_raise_and_spans_are_sane(lines: list[str]) -> None:
    lines = [x.replace("\n", "") for x in lines]
    for t in find_tables(lines):
        assert t.line_start <= t.line_end
        prev_end = t.line_start
        for r in t.rows:
            assert r.line_start >= prev_end and r.line_start <= r.line_end <= t.line_end
            for c in r.cells:
                assert r.line_start <= c.line_start <= c.line_end <= r.line_end
            prev_end = r.line_start
        for r in t.filled_rows():
            assert len(r.cells) >= 1
    for line in lines:
        for s in find_labeled_values(line, ["中央", "甲"]):
            assert line[s.value_start : s.value_end] == s.value_text
            assert s.start <= s.value_start <= s.value_end <= s.end <= len(line)
        for text, a, b in iter_paragraphs(line):
            assert line[a:b] == text


def test_labelled_values_variants() -> None:
    text = "中央: 1,000  本府 ：－ 合計：1,000.5元"
    spans = find_labeled_values(text, ["中央", "本府", "合計"])
    assert [(s.label, s.value_text, s.remainder) for s in spans] == [
        ("中央", "1,000", ""),
        ("本府", "－", ""),
        ("合計", "1,000.5", "元"),
    ]
    assert find_labeled_values("中央 5 本府 6", ["中央", "本府"]) == []
    assert [s.value_text for s in find_labeled_values("中央 5 本府 6", ["中央", "本府"], require_colon=False)] == ["5", "6"]
    assert find_labeled_values("", ["中央"]) == [] and find_labeled_values("中央：1", []) == []


# --------------------------------------------------------------------------- performance


def test_all_documents_parse_fast() -> None:
    docs = [_lines(p) for p in ("000", "001", "002", "003", "004")]
    started = time.perf_counter()
    for lines in docs:
        find_tables(lines)
        tracker = OutlineTracker()
        for line in lines:
            h = parse_heading(line)
            if h:
                tracker.push(h)
    assert time.perf_counter() - started < 0.25
