"""Numbers as printed (converters.numbers), on real snippets of the five documents."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from twpolice.converters.numbers import KINDS, NumberMatch, find_numbers, parse_chinese_number, parse_number
from twpolice.converters.text import read_source

DOCS = sorted((Path(__file__).resolve().parent.parent / "documents").glob("*.txt"))
FULLWIDTH = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def quantities(s: str) -> list[NumberMatch]:
    return [n for n in find_numbers(s) if n.kind == "quantity"]


def only(s: str) -> NumberMatch:
    found = quantities(s)
    assert len(found) == 1, found
    return found[0]


# --- parse_number ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("10,182", 10182),
        ("3億8,112萬8,306", 381128306),
        ("1萬5,000", 15000),
        ("140萬", 1400000),
        ("83 萬 4,000", 834000),
        ("6,976萬9,000", 69769000),
        ("4億5,190萬", 451900000),
        ("1萬0,166", 10166),
        ("１２３", 123),
        ("１０，１８２", 10182),
        ("1.5萬", 15000),
        ("102.13", Decimal("102.13")),
        ("10.10", Decimal("10.10")),
        ("-3.5", Decimal("-3.5")),
        (" 0 ", 0),
        ("二", 2),
        ("兩", 2),
        ("十", 10),
        ("十五", 15),
        ("一百二十三", 123),
        ("兩百", 200),
        ("三億五千萬", 350000000),
        ("一一〇", 110),
        ("八點七", Decimal("8.7")),
    ],
)
def test_parse_number(token: str, value: int | Decimal) -> None:
    assert parse_number(token) == Decimal(value)


@pytest.mark.parametrize("token", ["", "abc", "1萬12,000", "10,182件", "1,2,3", "三四十", "十十", "1.2.3"])
def test_parse_number_refuses_non_numbers(token: str) -> None:
    assert parse_number(token) is None


def test_parse_number_keeps_printed_precision() -> None:
    assert str(parse_number("10.10")) == "10.10"
    assert str(parse_number("1.5萬")) == "15000"


def test_parse_chinese_number() -> None:
    assert parse_chinese_number("百") == 100
    assert parse_chinese_number("十二萬三千") == 123000
    assert parse_chinese_number("5") is None


# --- find_numbers on real text --------------------------------------------------------------------


def test_money_composite_is_one_number_in_yuan() -> None:
    s = "攔阻受騙款項金額達新臺幣(以下同) 3億8,112萬8,306元，較111年同期增加94.5%。"
    n = only(s.split("，")[0])
    assert (n.value, n.unit, n.printed) == (381128306, "元", "3億8,112萬8,306")
    assert s[n.start : n.unit_end] == "3億8,112萬8,306元"
    assert [(q.value, q.unit) for q in quantities(s)] == [(381128306, "元"), (Decimal("94.5"), "%")]


def test_minutes_and_seconds_are_one_duration_in_seconds() -> None:
    """「4分32秒」 is 272 秒 (quoted whole); a score (「95分」) is no duration."""
    s = "平均派遣時間為4分32秒，績效評核95分。"
    assert [(q.value, q.unit, s[q.start:q.unit_end]) for q in quantities(s)] == [(272, "秒", "4分32秒"), (95, None, "95")]


def test_tonnes_are_a_mass_unit() -> None:
    """「查扣愷他命約2公噸」: 2 公噸 (2,000 公斤 normalised), not an unread number."""
    s = "查扣愷他命約2公噸。"
    assert [(q.value, q.unit) for q in quantities(s)] == [(2, "公噸")]


@pytest.mark.parametrize("printed, unit", [
    ("攔檢車輛1萬2,345車次", "車次"), ("盤查車輛321輛次", "輛次"), ("辦理講習4梯次", "梯次"), ("空拍巡邏12架次", "架次"),
    ("查獲賭場12間", "間"), ("服勤320人日", "人日"), ("山坡地5公頃", "公頃"), ("查扣私菸12萬包", "包"),
    ("走私酒類3,456瓶", "瓶"), ("查扣2箱", "箱"), ("毒品咖啡包30盒", "盒"),
])
def test_counting_units_other_agencies_print(printed: str, unit: str) -> None:
    """Units a department prints that the first documents did not: each is a unit, so its figure is read."""
    assert [q.unit for q in quantities(printed)] == [unit]


def test_budget_total() -> None:
    n = only("合計4,995萬5,000元，汰換")
    assert (n.value, n.unit) == (49955000, "元")


def test_a1_is_a_code_not_a_quantity() -> None:
    s = "1.本期發生A1類交通事故77件、死亡80人，與111年同期發生100件"
    found = find_numbers(s)
    kinds = [(n.printed, n.kind, n.unit) for n in found]
    assert kinds == [
        ("1", "ordinal", None),
        ("1", "code", None),
        ("77", "quantity", "件"),
        ("80", "quantity", "人"),
        ("111", "year", "年"),
        ("100", "quantity", "件"),
    ]


@pytest.mark.parametrize(
    ("text", "printed", "value", "unit"),
    [
        ("破獲率為103.5％。", "103.5", Decimal("103.5"), "％"),
        ("占全般案犯3.67％。", "3.67", Decimal("3.67"), "％"),
        ("每隊補助新臺幣（以下同）7,000 元", "7,000", 7000, "元"),
        ("共計 140 萬元。", "140 萬", 1400000, "元"),
        ("度預算編列新臺幣 83 萬 4,000 元。", "83 萬 4,000", 834000, "元"),
        ("重量0.82公斤。", "0.82", Decimal("0.82"), "公斤"),
        ("總樓板面積1萬0,166平方公尺之現代化", "1萬0,166", 10166, "平方公尺"),
        ("共計查詢約1,524萬次；", "1,524萬", 15240000, "次"),
        ("至少 40 場次。", "40", 40, "場次"),
        ("破獲率較111年同期提升2.83%。", "2.83", Decimal("2.83"), "%"),
        ("預算金額 (千元)\t14,782", "14,782", 14782, None),
        ("參加人數 80 人", "80", 80, "人"),
        ("預防犯罪宣導 50場", "50", 50, "場"),
        ("取締 1,455", "1,455", 1455, None),
        ("總計有志工2,479人。", "2,479", 2479, "人"),
        ("1.5萬人", "1.5萬", 15000, "人"),
        ("金額增加(+19.91%)", "+19.91", Decimal("19.91"), "%"),
        ("下降(-0.5%)", "-0.5", Decimal("-0.5"), "%"),
        ("１２３件", "１２３", 123, "件"),
        ("破獲率達8成5。", "8成5", 85, "%"),
        ("到驗率逾9成。", "9成", 90, "%"),
        ("較去年成長3成", "3成", 30, "%"),
        ("人人有責10成", "10成", 100, "%"),
        ("１０成", "１０成", 100, "%"),
        ("查獲8成員", "8", 8, None),
        ("較去年3成長", "3", 3, None),
        ("嫌犯中逾3成為少年", "3成", 30, "%"),
        ("較去年增加一成二", "一成二", 12, "%"),
        ("滿意度逾八成", "八成", 80, "%"),
        ("九成九", "九成九", 99, "%"),
    ],
)
def test_quantity_value_and_unit(text: str, printed: str, value: int | Decimal, unit: str | None) -> None:
    n = quantities(text)[-1]
    assert (n.printed, n.value, n.unit) == (printed, Decimal(value), unit)
    assert text[n.start : n.end] == printed


def test_budget_cells_are_not_followed_by_unit_ben() -> None:
    s = "中央：5,033 本府：73,600 合計：78,633"
    assert [(n.value, n.unit, n.kind) for n in find_numbers(s)] == [
        (5033, None, "quantity"),
        (73600, None, "quantity"),
        (78633, None, "quantity"),
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx", "bound", "phrase"),
    [
        ("金額約269萬餘元，", 2690000, "元", "餘", None, "約269萬餘元"),
        ("監錄系統電費等337萬餘元，", 3370000, "元", "餘", None, "337萬餘元"),
        ("合計約 92 支，", 92, "支", "約", None, "約 92 支"),
        ("共計5,100多人。", 5100, "人", "多", None, "5,100多人"),
        ("預防犯罪宣導人數達 1 萬人以上。", 10000, "人", None, "以上", "達 1 萬人以上"),
        ("至少 40 場次。", 40, "場次", None, "至少", "至少 40 場次"),
        ("主動查訪毒品治安顧慮人口未滿 12 歲子女", 12, "歲", None, "未滿", "未滿 12 歲"),
        ("其中 83.69% 使用已逾 6 年，", 6, "年", "逾", "逾", "逾 6 年"),
        ("持照率維持 97% 以上。", 97, "%", None, "以上", "97% 以上"),
        ("降低至 0.1% 以下", Decimal("0.1"), "%", None, "以下", "0.1% 以下"),
        ("約20人左右", 20, "人", "約", None, "約20人左右"),
    ],
)
def test_approx_and_bound(text: str, value: int, unit: str, approx: str | None, bound: str | None, phrase: str) -> None:
    n = [q for q in quantities(text) if q.unit == unit][-1]
    assert (n.value, n.unit, n.approx, n.bound) == (Decimal(value), unit, approx, bound)
    assert text[n.phrase_start : n.phrase_end] == phrase


@pytest.mark.parametrize(
    ("text", "printed", "kind"),
    [
        ("1.111年M-Police整合查詢人車", "1", "ordinal"),
        ("1.111年M-Police整合查詢人車", "111", "year"),
        ("(1)全般刑案方面", "1", "ordinal"),
        ("（2）暴力犯罪方面", "2", "ordinal"),
        ("- 1、持續結合保全", "1", "ordinal"),
        ("每月發生數依序為98、104、87、112件", "87", "quantity"),  # a listed figure, not an item marker after 、
        ("測驗項目︰1.近迫射擊、2.五環靶射擊", "2", "ordinal"),
        ("②向高雄市議會", "②", "ordinal"),
        ("「新世代反毒策略行動綱領」第2期(110至113年)", "2", "ordinal"),
        ("「新世代反毒策略行動綱領」第2期(110至113年)", "110", "year"),
        ("核定分數為全國第3名。", "3", "ordinal"),
        ("南議財經字第1110000584號函", "1110000584", "code"),
        ("人機比」3：1 目標", "3", "code"),
        ("警民比 1:322 人", "322", "code"),
        ("針對 ATM 及 i-bon 機台、C24至C31施工", "24", "code"),
        ("對高、中 (DV1、DV2) 危機個案", "2", "code"),
        ("運用5G獨立組網網路", "5", "code"),
        ("導入ISO27001資訊安全管理", "27001", "code"),
        ("即刻通報 110 或轄區派出所", "110", "code"),
        ("本局 110 與本市消防局 119 報案專線", "119", "code"),
        ("強化 165 反詐騙聯防平臺", "165", "code"),
        ("每日採 24 小時全天候為市民服務", "24", "code"),
        ("開設計有0511、0607、0730", "0607", "code"),
        ("111年發生搶奪9件，與去(110)年發生18", "110", "year"),
        ("112年3月30日完工", "30", "date"),
        ("已於111年11月21日完工、12月7日驗收", "7", "date"),
        ("111年10月28日22時至同月29日12時執行", "22", "date"),
        ("111年10月28日22時至同月29日12時執行", "29", "date"),
        ("「社區輔警」執勤時段(凌晨0至6時)", "0", "date"),
        ("截至112年6月底，通過英檢", "6", "date"),
        ("臺灣警察專科學校111學年度專科警員班", "111", "year"),
        ("至 106 年底，累積全市監視錄影鏡頭達 4,429 支", "106", "year"),
        ("退休人員服務滿35年警察獎章", "35", "quantity"),
        ("持續運作 1 年以上守望相助隊", "1", "quantity"),
        ("事故發生後 10 日內邀請相關單位", "10", "quantity"),
        ("每人每月訓練8小時。", "8", "quantity"),
        ("逾 48 小時", "48", "quantity"),
    ],
)
def test_kinds(text: str, printed: str, kind: str) -> None:
    matches = [n for n in find_numbers(text) if n.printed == printed]
    assert matches, find_numbers(text)
    assert matches[-1].kind == kind


def test_year_is_reported_with_unit_nian() -> None:
    y = [n for n in find_numbers("111年度辦理32次") if n.printed == "111"][0]
    assert (y.kind, y.unit) == ("year", "年度")
    assert [(n.value, n.unit) for n in quantities("111年度辦理32次")] == [(32, "次")]


def test_unit_is_longest_and_a_number_inside_a_unit_is_not_reported() -> None:
    assert only("宣導1,234人次參加").unit == "人次"
    assert only("2.83個百分點").unit == "個百分點"
    assert only("共2 個月").unit == "個月"
    assert [n.printed for n in find_numbers("犯罪率 1,234件/10萬人")] == ["1,234"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("中央：0 本府：0", None),
        ("查獲 3 場所", None),
        ("3 處理", None),
        ("共 3 台灣", None),
        ("印製 500 本宣導手冊", "本"),
        ("90家營業場所", "家"),
    ],
)
def test_unit_char_starting_another_word_is_not_a_unit(text: str, unit: str | None) -> None:
    assert find_numbers(text)[0].unit == unit


def test_percent_in_words() -> None:
    n = quantities("通達率百分之百，另百分之八點七")[0]
    assert (n.value, n.unit, n.printed) == (100, "%", "百分之百")
    assert [q.value for q in find_numbers("百分之八點七")] == [Decimal("8.7")]


def test_an_impossible_wan_remainder_is_a_separate_number() -> None:
    assert [(n.printed, n.value) for n in find_numbers("1萬12,000")] == [("1萬", 10000), ("12,000", 12000)]


def test_full_width_comma_before_a_year_does_not_hide_it() -> None:
    s = "各單位辦理公文情形，111年度一般公文逾期"
    assert [(n.printed, n.kind) for n in find_numbers(s)] == [("111", "year")]


def test_no_numbers() -> None:
    assert find_numbers("") == []
    assert find_numbers("警政治安是長治久安之道") == []


# --- properties ------------------------------------------------------------------------------------


def wan_yi(n: int, spaced: bool = False, pad: bool = False) -> str:
    """n printed with 億/萬 parts as Taiwanese documents do (3億8,112萬8,306)."""
    sp = " " if spaced else ""
    yi, wan, rest = n // 10**8, (n // 10**4) % 10**4, n % 10**4
    parts = []
    if yi:
        parts.append(f"{yi:,}{sp}億")
    if wan:
        parts.append(f"{wan:,}{sp}萬")
    if rest or not parts:
        parts.append(f"{rest:04d}"[:1] + "," + f"{rest:04d}"[1:] if pad and parts and rest < 1000 else f"{rest:,}")
    return sp.join(parts)


@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_separators_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}".translate(FULLWIDTH)) == n


@given(st.integers(min_value=0, max_value=10**14), st.booleans(), st.booleans())
def test_wan_yi_round_trip(n: int, spaced: bool, pad: bool) -> None:
    printed = wan_yi(n, spaced, pad)
    assert parse_number(printed) == n, printed
    assert parse_number(printed.translate(FULLWIDTH)) == n
    s = f"合計{printed}元，"
    found = quantities(s)
    assert [(q.value, q.unit, q.printed) for q in found] == [(n, "元", printed)]


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=4))
def test_decimals_round_trip(n: int, places: int) -> None:
    text = f"{Decimal(n).scaleb(-places):.{places}f}"
    assert parse_number(text) == Decimal(text)
    assert str(parse_number(text)) == text


NUMBERISH = st.sampled_from(
    list("0123456789０１２３４５６７８９,.，．萬億年月日至底件人元%％約餘多以上下第()（）ABCDK:：-+ 　\n\t號期季半同")
    + ["百分之", "千元", "人次", "小時", "112年", "6月31日", "①", "i-bon", "報案"]
)


@settings(max_examples=300)
@given(st.one_of(st.text(), st.lists(NUMBERISH, max_size=40).map("".join)))
def test_find_numbers_never_raises_and_spans_are_exact(s: str) -> None:
    found = find_numbers(s)
    last_end = 0
    for n in found:
        assert n.kind in KINDS
        assert s[n.start : n.end] == n.printed
        assert 0 <= n.phrase_start <= n.start < n.end <= n.unit_end <= n.phrase_end <= len(s)
        if n.unit is not None and n.printed[:3] != "百分之":
            assert s[n.unit_end - len(n.unit) : n.unit_end] == n.unit
            assert n.unit_end - len(n.unit) >= n.end
        assert n.start >= last_end or n.printed in "①②③④⑤⑥⑦⑧⑨⑩"
        last_end = max(last_end, n.end)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["件", "人", "人次", "元", "％", "公斤", "場次"]))
def test_quantity_in_sentence(n: int, unit: str) -> None:
    assume(unit != "元" or n > 0)
    s = f"本期查獲{n:,}{unit}，"
    q = only(s)
    assert (q.value, q.unit) == (n, unit)


def test_real_documents_scan_exact() -> None:
    """Every number found in the five documents is exactly its printed span (speed: benchmarks/convert.py)."""
    total = 0
    for path in DOCS:
        src = read_source(path)
        for line in src.lines:
            for n in find_numbers(line):
                assert line[n.start : n.end] == n.printed
                total += 1
    assert total > 2000


@pytest.mark.parametrize("s, expected", [
    ("第一級毒品嫌疑人計三十二人，第二級毒品嫌疑人計一百零五人。", [(32, "人"), (105, "人")]),
    ("上半年發生農機具竊盜案件六十七件，破獲六十一件。", [(67, "件"), (61, "件")]),
    ("參訓人員計三百二十人", [(320, "人")]),
    ("宣導一千零二十場次", [(1020, "場次")]),
])
def test_counts_in_chinese_numerals_with_a_unit_are_quantities(s, expected) -> None:
    assert [(int(n.value), n.unit) for n in find_numbers(s) if n.kind == "quantity"] == expected


@pytest.mark.parametrize("s", ["辦理一次", "推動三大主軸", "第十二次會議", "十一月間", "五十年來", "查獲第二級毒品", "十大治安要點"])
def test_chinese_numerals_that_are_words_dates_or_ordinals_are_not_counts(s) -> None:
    assert [n for n in find_numbers(s) if n.kind == "quantity"] == []


def test_zero_marks_a_skipped_place_in_chinese_numerals() -> None:
    assert parse_chinese_number("一百零五") == 105
    assert parse_chinese_number("一千零二十") == 1020
    assert parse_chinese_number("三四十") is None  # a range, not a number


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("1-2月全縣全般刑案發生842件", [(842, "件")]),
        ("１至３月本縣全般刑案發生1,208件", [(1208, "件")]),
        ("本(113)年1-2月全縣發生842件", [(842, "件")]),
        ("今年第1季全般刑案發生1,734件", [(1734, "件")]),
        ("前3季累計發生12件", [(12, "件")]),
        ("第2季至第4季查獲5人", [(5, "人")]),
        ("第一季查獲5人", [(5, "人")]),
        ("截至9月30日已執行3件", [(3, "件")]),
        ("截至6月底已執行1億1,260萬元", [(112600000, "元")]),
        ("春節連續假期（2月8日至14日）期間，臨檢216處", [(216, "處")]),
        ("9月份查獲7件，較8月份減少2件", [(7, "件"), (2, "件")]),
        ("本（１１２）年１至８月受理27件", [(27, "件")]),
        ("去年12月底止計有30隊", [(30, "隊")]),
    ],
)
def test_digits_of_periods_are_not_quantities(text: str, figures: list[tuple[int, str]]) -> None:
    """Every period converters.periods recognises is a date span, so its digits are never figures."""
    assert [(n.value, n.unit) for n in quantities(text)] == figures


@pytest.mark.parametrize("text", ["近3月內查獲", "處有期徒刑6月", "每3月召開", "6月以內"])
def test_a_month_printed_as_a_duration_is_no_figure(text: str) -> None:
    """No period (converters.periods rejects it), but still no count of 月 either."""
    assert quantities(text) == []


@pytest.mark.parametrize("text, value, unit, printed", [
    ("計8萬5千人次參加", "85000", "人次", "8萬5千"),     # was 80005 with no unit
    ("共1萬2千件", "12000", "件", "1萬2千"),
    ("1萬2千元", "12000", "元", "1萬2千"),
    ("3千5百萬元", "35000000", "元", "3千5百萬"),       # was 3 and 5 百萬元
    ("1億2千萬元", "120000000", "元", "1億2千萬"),
    ("逾2千人", "2000", "人", "2千"),
    ("5千3百件", "5300", "件", "5千3百"),
    ("5千元", "5", "千元", "5"),                        # 千元 is a unit of money, not a place
    ("3,600千元", "3600", "千元", "3,600"),
])
def test_digits_with_positional_thousands_and_hundreds(text, value, unit, printed):
    n = only(text)
    assert (n.value, n.unit, n.printed) == (Decimal(value), unit, printed)


@pytest.mark.parametrize("text", ["一成不變", "三成員", "第一成果", "成立十成立"])
def test_tenths_words_that_are_not_tenths(text: str) -> None:
    """「一成不變」 is an idiom, 「成員」「成果」 are words: no share in them."""
    assert not [n for n in find_numbers(text) if n.unit == "%"]


@pytest.mark.parametrize("text, value, unit", [
    ("攔阻金額計新臺幣八百六十五萬元", "865", "萬元"),  # as 「865萬元」 reads: the unit printed last
    ("動員警力二萬六千四百三十人次", "26430", "人次"),
    ("查獲嫌疑人計三十二人", "32", "人"),
])
def test_chinese_numerals_with_a_myriad(text, value, unit):
    n = only(text)
    assert (n.value, n.unit) == (Decimal(value), unit)
