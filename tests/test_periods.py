"""ROC dates and periods (converters.periods)."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twpolice.converters.periods import (
    InvalidDate,
    find_periods,
    parse_period,
    parse_period_arg,
    roc_to_ad,
    same_period_in_year,
)
from twpolice.model import Period

D = date


def test_roc_to_ad() -> None:
    assert roc_to_ad(111) == 2022 and roc_to_ad(1) == 1912


@pytest.mark.parametrize(
    ("text", "start", "end", "slug"),
    [
        ("111年", D(2022, 1, 1), D(2022, 12, 31), "2022"),
        ("111年度", D(2022, 1, 1), D(2022, 12, 31), "2022"),
        ("2022年", D(2022, 1, 1), D(2022, 12, 31), "2022"),
        ("112年1至6月", D(2023, 1, 1), D(2023, 6, 30), "2023-H1"),
        ("112年1月至6月", D(2023, 1, 1), D(2023, 6, 30), "2023-H1"),
        ("112年1-6月", D(2023, 1, 1), D(2023, 6, 30), "2023-H1"),
        ("１１２年１至６月", D(2023, 1, 1), D(2023, 6, 30), "2023-H1"),
        ("111年6至12月", D(2022, 6, 1), D(2022, 12, 31), "2022-06-01--2022-12-31"),
        ("111年度上半年", D(2022, 1, 1), D(2022, 6, 30), "2022-H1"),
        ("111年10月28日22時至同月29日12時", D(2022, 10, 28), D(2022, 10, 29), "2022-10-28--2022-10-29"),  # hours read past
        ("112年前3季", D(2023, 1, 1), D(2023, 9, 30), "2023-01-01--2023-09-30"),
        ("112年第1至3季", D(2023, 1, 1), D(2023, 9, 30), "2023-01-01--2023-09-30"),
        ("112年第2季至第4季", D(2023, 4, 1), D(2023, 12, 31), "2023-04-01--2023-12-31"),
        ("112年前2季", D(2023, 1, 1), D(2023, 6, 30), "2023-H1"),
        ("112.1.1至112.6.30", D(2023, 1, 1), D(2023, 6, 30), "2023-H1"),
        ("112.01.01-112.06.30", D(2023, 1, 1), D(2023, 6, 30), "2023-H1"),
        ("112.1.1-6.30", D(2023, 1, 1), D(2023, 6, 30), "2023-H1"),
        ("截至112.6.30止", D(2023, 6, 30), D(2023, 6, 30), "2023-06-30"),
        ("107至110年度", D(2018, 1, 1), D(2021, 12, 31), "2018--2021"),
        ("107 至 110 年度", D(2018, 1, 1), D(2021, 12, 31), "2018--2021"),
        ("107-110年", D(2018, 1, 1), D(2021, 12, 31), "2018--2021"),
        ("108至111年", D(2019, 1, 1), D(2022, 12, 31), "2019--2022"),
        ("107 年至 110 年度", D(2018, 1, 1), D(2021, 12, 31), "2018--2021"),
        ("111年1月至112年6月", D(2022, 1, 1), D(2023, 6, 30), "2022-01-01--2023-06-30"),
        ("107 年 1 月至 110 年 12 月", D(2018, 1, 1), D(2021, 12, 31), "2018--2021"),
        ("112年第1季", D(2023, 1, 1), D(2023, 3, 31), "2023-Q1"),
        ("112年3月", D(2023, 3, 1), D(2023, 3, 31), "2023-03"),
        ("112年3月30日", D(2023, 3, 30), D(2023, 3, 30), "2023-03-30"),
        ("至111年12月底", D(2022, 12, 31), D(2022, 12, 31), "2022-12-31"),
        ("截至112年6月底止", D(2023, 6, 30), D(2023, 6, 30), "2023-06-30"),
        ("111年底", D(2022, 12, 31), D(2022, 12, 31), "2022-12-31"),
        ("106 年底", D(2017, 12, 31), D(2017, 12, 31), "2017-12-31"),
        ("107 年 2 月底", D(2018, 2, 28), D(2018, 2, 28), "2018-02-28"),
        ("112年1月1日至112年12月31日", D(2023, 1, 1), D(2023, 12, 31), "2023"),
        ("111年1月1日起至12月31日止", D(2022, 1, 1), D(2022, 12, 31), "2022"),
        ("111年12月19日至23日", D(2022, 12, 19), D(2022, 12, 23), "2022-12-19--2022-12-23"),
        ("111年4月18日至同年12月5日", D(2022, 4, 18), D(2022, 12, 5), "2022-04-18--2022-12-05"),
        ("111學年度", D(2022, 8, 1), D(2023, 7, 31), "2022-08-01--2023-07-31"),
        ("去(110)年", D(2021, 1, 1), D(2021, 12, 31), "2021"),
    ],
)
def test_parse_period(text: str, start: date, end: date, slug: str) -> None:
    p = parse_period(text)
    assert isinstance(p, Period)
    assert (p.start, p.end, p.slug) == (start, end, slug)
    assert p.label in text and p.label.strip() == p.label


def test_label_is_the_printed_text() -> None:
    assert parse_period("截至112年6月底止").label == "截至112年6月底止"  # type: ignore[union-attr]
    assert parse_period("（107 至 110 年度）").label == "107 至 110 年度"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "instant"),
    [("至111年12月底", True), ("111年底", True), ("112年3月30日", True), ("111年", False), ("112年3月", False)],
)
def test_is_instant(text: str, instant: bool) -> None:
    (m,) = find_periods(text)
    assert m.is_instant is instant


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("112年6月31日", "6月沒有31日"),
        ("本案計畫期程自106年9月1日至112年6月31日止", "6月沒有31日"),
        ("112年13月", "沒有13月"),
        ("111年2月29日", "2月沒有29日"),
        ("112年0月", "沒有0月"),
        ("112.13.1至112.6.30", "沒有13月"),
    ],
)
def test_impossible_dates_are_flagged_not_raised(text: str, reason: str) -> None:
    (m,) = find_periods(text)
    assert m.period is None and isinstance(m.invalid, InvalidDate)
    assert text[m.start : m.end] == m.printed == m.invalid.printed
    assert reason in m.invalid.msg.zh and "not a real date" in m.invalid.msg.en
    p = parse_period(text)
    assert isinstance(p, InvalidDate) and not p  # falsy, like None


def test_leap_day_is_valid() -> None:
    assert parse_period("113年2月29日") == Period(D(2024, 2, 29), D(2024, 2, 29))


def test_same_period_in_year() -> None:
    h1 = Period(D(2023, 1, 1), D(2023, 6, 30))
    assert same_period_in_year(h1, 111) == Period(D(2022, 1, 1), D(2022, 6, 30))
    feb = Period(D(2023, 2, 1), D(2023, 2, 28))
    assert same_period_in_year(feb, 113).end == D(2024, 2, 29)  # month ends stay month ends
    span = Period(D(2018, 1, 1), D(2021, 12, 31))
    assert same_period_in_year(span, 103) == Period(D(2014, 1, 1), D(2017, 12, 31))
    assert same_period_in_year(h1, 111).label == "111年同期"


def test_same_period_phrase_needs_the_current_period() -> None:
    s = "(1)全般刑案方面：發生數減少855件，破獲率較111年同期提升2.83%。"
    h1 = parse_period("112年1至6月")
    assert isinstance(h1, Period)
    (m,) = find_periods(s, default_period=h1)
    assert m.same_period and m.printed == "111年同期"
    assert m.period == Period(D(2022, 1, 1), D(2022, 6, 30)) and m.period.label == "111年同期"
    (bare,) = find_periods(s)
    assert bare.same_period and bare.period is None and bare.invalid is not None
    # an explicit comparison period needs nothing more
    (explicit,) = find_periods("3.本期治安狀況分析(與111年1至6月同期相比)：")
    assert explicit.period is not None and explicit.period.slug == "2022-H1"


def test_yearless_dates_need_a_default_year() -> None:
    s = "已於111年11月21日完工、12月7日驗收"
    assert [m.printed for m in find_periods(s)] == ["111年11月21日"]
    found = find_periods(s, default_year=111)
    assert [m.printed for m in found] == ["111年11月21日", "12月7日"]
    assert found[1].period == Period(D(2022, 12, 7), D(2022, 12, 7))
    assert find_periods("12月7日", default_year=2022)[0].period == Period(D(2022, 12, 7), D(2022, 12, 7))


@pytest.mark.parametrize(
    "text",
    [
        "退休人員服務滿35年警察獎章",
        "持續運作 1 年以上",
        "使用已逾 6 年",
        "最近 2 年曾於轄內犯案",
        "維持3年內每一年",
        "嚴重超速 40 公里以上",
        "40年以上",
        "A111年",
        "1,111年",
        "中央：12,000 本府：11,020",
    ],
)
def test_durations_and_non_years_are_not_periods(text: str) -> None:
    assert find_periods(text) == []


def test_find_periods_in_a_real_sentence() -> None:
    s = "1.111年M-Police整合查詢人車；另於111年8月1日至5日、 8月8日至12日辦理"
    found = find_periods(s)
    assert [(m.printed, m.period.slug if m.period else None) for m in found] == [
        ("111年", "2022"),
        ("111年8月1日至5日", "2022-08-01--2022-08-05"),
    ]
    assert all(s[m.start : m.end] == m.printed for m in found)


# --- --period ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arg", "slug"),
    [
        ("111", "2022"),
        ("111年", "2022"),
        ("107-110", "2018--2021"),
        ("112H1", "2023-H1"),
        ("112-H1", "2023-H1"),
        ("112-h2", "2023-H2"),
        ("112Q3", "2023-Q3"),
        ("2022", "2022"),
        ("2018--2021", "2018--2021"),
        ("2023-H1", "2023-H1"),
        ("2023-Q1", "2023-Q1"),
        ("2023-06", "2023-06"),
        ("2022-12-31", "2022-12-31"),
        ("2023-01-01--2023-06-30", "2023-H1"),
        ("112年1至6月", "2023-H1"),
        (" 2022 ", "2022"),
    ],
)
def test_parse_period_arg(arg: str, slug: str) -> None:
    assert parse_period_arg(arg).slug == slug


@pytest.mark.parametrize(
    "arg", ["", "x", "111-12", "2023-13", "2023-02-30", "2024--2020", "110至107年", "112H3", "1.5", "12345", "0", "112年6月31日"]
)
def test_parse_period_arg_rejects(arg: str) -> None:
    with pytest.raises(ValueError, match="--period"):
        parse_period_arg(arg)


def periods() -> st.SearchStrategy[Period]:
    years = st.integers(min_value=1950, max_value=2100)
    year = years.map(lambda y: Period(D(y, 1, 1), D(y, 12, 31)))
    span = st.tuples(years, st.integers(1, 20)).map(lambda t: Period(D(t[0], 1, 1), D(min(t[0] + t[1], 2100), 12, 31)))
    half = st.tuples(years, st.sampled_from([1, 7])).map(lambda t: Period(D(t[0], t[1], 1), D(t[0], t[1] + 5, 30 + (t[1] == 7))))
    quarter = st.tuples(years, st.integers(1, 4)).map(
        lambda t: Period(D(t[0], 3 * t[1] - 2, 1), D(t[0], 3 * t[1], calendar.monthrange(t[0], 3 * t[1])[1]))
    )
    month = st.tuples(years, st.integers(1, 12)).map(
        lambda t: Period(D(t[0], t[1], 1), D(t[0], t[1], calendar.monthrange(t[0], t[1])[1]))
    )
    days = st.dates(D(1950, 1, 1), D(2100, 12, 31))
    day = days.map(lambda d: Period(d, d))
    interval = st.tuples(days, days).map(lambda t: Period(min(t), max(t)))
    return st.one_of(year, span, half, quarter, month, day, interval)


@given(periods())
def test_every_slug_is_a_valid_period_arg(p: Period) -> None:
    assert parse_period_arg(p.slug) == p


# --- properties ------------------------------------------------------------------------------------

roc_years = st.integers(min_value=40, max_value=189)


@given(st.dates(D(1951, 1, 1), D(2100, 12, 31)), st.booleans())
def test_roc_day_round_trips(d: date, spaced: bool) -> None:
    sp = " " if spaced else ""
    text = f"於{d.year - 1911}{sp}年{sp}{d.month}{sp}月{sp}{d.day}{sp}日完工"
    (m,) = find_periods(text)
    assert m.period == Period(d, d) and m.is_instant and text[m.start : m.end] == m.printed


@given(roc_years, st.integers(1, 12), st.integers(1, 12), st.sampled_from(["至", "-", "月至", "～"]))
def test_roc_month_range_round_trips(y: int, m1: int, m2: int, sep: str) -> None:
    a, b = sorted((m1, m2))
    text = f"{y}年{a}{sep}{b}月"
    p = parse_period(text)
    ad = roc_to_ad(y)
    assert p == Period(D(ad, a, 1), D(ad, b, calendar.monthrange(ad, b)[1]))


@given(st.integers(40, 179), st.integers(1, 20), st.sampled_from(["至", "-", " 至 ", "年至"]), st.sampled_from(["年", "年度"]))
def test_roc_year_range_round_trips(y: int, n: int, sep: str, suffix: str) -> None:
    text = f"{y}{sep}{y + n}{suffix}"
    assert parse_period(text) == Period(D(roc_to_ad(y), 1, 1), D(roc_to_ad(y + n), 12, 31))


@given(roc_years, st.integers(1, 12))
def test_roc_month_end_round_trips(y: int, m: int) -> None:
    ad = roc_to_ad(y)
    last = D(ad, m, calendar.monthrange(ad, m)[1])
    assert parse_period(f"截至{y}年{m}月底止") == Period(last, last)


@given(roc_years, st.integers(1, 12), st.integers(1, 40))
def test_any_roc_day_is_a_period_or_flagged(y: int, m: int, d: int) -> None:
    (match,) = find_periods(f"{y}年{m}月{d}日")
    valid = d <= calendar.monthrange(roc_to_ad(y), m)[1]
    assert (match.period is not None) is valid and (match.invalid is None) is valid


PERIODISH = st.sampled_from(
    list("0123456789０１２３年月日至底止季度上下半同期截迄()-~ 　第學")
    + ["111年", "12月", "31日", "同年", "同月", "民國", "西元", "年底", "起至", "至同年"]
)


@settings(max_examples=300)
@given(st.one_of(st.text(), st.lists(PERIODISH, max_size=40).map("".join)), st.sampled_from([None, 112, 2023]))
def test_random_text_never_raises(s: str, default_year: int | None) -> None:
    h1 = Period(D(2023, 1, 1), D(2023, 6, 30))
    for m in find_periods(s, default_year=default_year, default_period=h1):
        assert s[m.start : m.end] == m.printed
        assert (m.period is None) == (m.invalid is not None)
        if m.period is not None:
            assert m.period.start <= m.period.end
    parse_period(s)
    try:
        parse_period_arg(s)
    except ValueError:
        pass


@pytest.mark.parametrize("digits,year", [("107", 2018), ("99", 2010), ("2018", 2018), ("12", None), ("8", None),
                                         ("365", None), ("3000", None)])
def test_a_year_printed_alone(digits, year):
    from twpolice.converters.periods import printed_year

    assert printed_year(digits) == year


@pytest.mark.parametrize("text", ["第1.2.3節", "3.5.1", "1.1.1至1.2.3", "成長112.5%", "預算111.5萬元", "10.1.1"])
def test_dotted_numbers_that_are_not_dates(text: str) -> None:
    """Section numbers and decimals are not dotted ROC dates (the year must be plausible, three parts)."""
    assert find_periods(text) == []


# --- periods read from the text: relative years, yearless months, quarters, halves, 本期, 同期 ----------

Y111 = Period(D(2022, 1, 1), D(2022, 12, 31))
Y112 = Period(D(2023, 1, 1), D(2023, 12, 31))
Y113 = Period(D(2024, 1, 1), D(2024, 12, 31))
H1_112 = Period(D(2023, 1, 1), D(2023, 6, 30))
Q1_112 = Period(D(2023, 1, 1), D(2023, 3, 31))
SEP_112 = Period(D(2023, 9, 1), D(2023, 9, 30))
MIDTERM = Period(D(2019, 1, 1), D(2022, 12, 31))
UNRESOLVED = (None, None)


def _row(printed: str, start: date | None, end: date | None, instant: bool = False) -> tuple:
    return (printed, start, end, instant)


@pytest.mark.parametrize(
    ("text", "default", "reporting", "expected"),
    [
        # this year / last year, alone and before months, quarters, halves, 底
        ("今年1至3月本縣全般刑案發生1,208件", Y112, None, [_row("今年1至3月", D(2023, 1, 1), D(2023, 3, 31))]),
        ("今年１至３月本縣竊盜發生186件", Y112, None, [_row("今年１至３月", D(2023, 1, 1), D(2023, 3, 31))]),
        ("本(113)年1-2月全縣全般刑案發生842件", Y113, None, [_row("本(113)年1-2月", D(2024, 1, 1), D(2024, 2, 29))]),
        ("本（１１２）年１至８月受理", Y113, None, [_row("本（１１２）年１至８月", D(2023, 1, 1), D(2023, 8, 31))]),
        ("今（112）年截至目前", Y113, None, [_row("今（112）年", D(2023, 1, 1), D(2023, 12, 31))]),
        ("本年度預計辦理", Y112, None, [_row("本年度", D(2023, 1, 1), D(2023, 12, 31))]),
        ("今年第1季全般刑案發生1,734件", Y113, None, [_row("今年第1季", D(2024, 1, 1), D(2024, 3, 31))]),
        ("本（112）年上半年全市", Y113, None, [_row("本（112）年上半年", D(2023, 1, 1), D(2023, 6, 30))]),
        ("去年發生；上年度；前一年；上一年度", Y112, None,
         [_row("去年", D(2022, 1, 1), D(2022, 12, 31)), _row("上年度", D(2022, 1, 1), D(2022, 12, 31)),
          _row("前一年", D(2022, 1, 1), D(2022, 12, 31)), _row("上一年度", D(2022, 1, 1), D(2022, 12, 31))]),
        ("截至去年12月底止", Y112, None, [_row("截至去年12月底止", D(2022, 12, 31), D(2022, 12, 31), True)]),
        ("至今年底完成", Y112, None, [_row("至今年底", D(2023, 12, 31), D(2023, 12, 31), True)]),
        ("今年發生", None, None, [_row("今年", *UNRESOLVED)]),  # no year to resolve it: flagged
        ("今年1至3月", None, H1_112, [_row("今年1至3月", D(2023, 1, 1), D(2023, 3, 31))]),  # the reporting year
        ("今年發生", MIDTERM, None, [_row("今年", *UNRESOLVED)]),  # a four-year plan has no one 今年
        # yearless months (end = the month's last day, leap years too)
        ("1-2月全縣全般刑案發生842件", Y113, None, [_row("1-2月", D(2024, 1, 1), D(2024, 2, 29))]),
        ("1-2月全縣全般刑案發生842件", Y112, None, [_row("1-2月", D(2023, 1, 1), D(2023, 2, 28))]),
        ("1~6月查獲", Y112, None, [_row("1~6月", D(2023, 1, 1), D(2023, 6, 30))]),
        ("1月至8月受理", Y111, None, [_row("1月至8月", D(2022, 1, 1), D(2022, 8, 31))]),
        ("１至３月", Y112, None, [_row("１至３月", D(2023, 1, 1), D(2023, 3, 31))]),
        ("9月份全縣A1類死亡5人，較8月份減少2人", Y112, None,
         [_row("9月份", D(2023, 9, 1), D(2023, 9, 30)), _row("8月份", D(2023, 8, 1), D(2023, 8, 30 + 1))]),
        ("4月取締酒駕127件", Y113, None, [_row("4月", D(2024, 4, 1), D(2024, 4, 30))]),
        # instants
        ("截至6月底已執行1億1,260萬元", Y112, None, [_row("截至6月底", D(2023, 6, 30), D(2023, 6, 30), True)]),
        ("2月底止", Y113, None, [_row("2月底止", D(2024, 2, 29), D(2024, 2, 29), True)]),
        ("截至9月30日止已完成", Y112, None, [_row("截至9月30日止", D(2023, 9, 30), D(2023, 9, 30), True)]),
        ("截至111年12月31日止", Y112, None, [_row("截至111年12月31日止", D(2022, 12, 31), D(2022, 12, 31), True)]),
        ("迄111年底", Y112, None, [_row("迄111年底", D(2022, 12, 31), D(2022, 12, 31), True)]),
        # quarters and halves
        ("第3季", Y112, None, [_row("第3季", D(2023, 7, 1), D(2023, 9, 30))]),
        ("第一季", Y112, None, [_row("第一季", D(2023, 1, 1), D(2023, 3, 31))]),
        ("前3季累計", Y112, None, [_row("前3季", D(2023, 1, 1), D(2023, 9, 30))]),
        ("第1至3季", Y112, None, [_row("第1至3季", D(2023, 1, 1), D(2023, 9, 30))]),
        ("第2季至第4季", Y112, None, [_row("第2季至第4季", D(2023, 4, 1), D(2023, 12, 31))]),
        ("第四季度", Y112, None, [_row("第四季度", D(2023, 10, 1), D(2023, 12, 31))]),
        ("上半年全市全般刑案發生", Y112, None, [_row("上半年", D(2023, 1, 1), D(2023, 6, 30))]),
        ("下半年度辦理", Y112, None, [_row("下半年度", D(2023, 7, 1), D(2023, 12, 31))]),
        ("上、下半年各辦理1次", Y112, None, [_row("上、下半年", D(2023, 1, 1), D(2023, 12, 31))]),
        # dated yearless spans, as printed
        ("春節連續假期（2月8日至14日）期間", Y113, None, [_row("2月8日至14日", D(2024, 2, 8), D(2024, 2, 14))]),
        ("2月8日至2月14日", Y113, None, [_row("2月8日至2月14日", D(2024, 2, 8), D(2024, 2, 14))]),
        ("12月28日至1月3日", Y112, None, [_row("12月28日至1月3日", D(2023, 12, 28), D(2024, 1, 3))]),  # over new year
        ("111年12月30日至1月2日", Y112, None, [_row("111年12月30日至1月2日", D(2022, 12, 30), D(2023, 1, 2))]),
        ("6月5日至6月1日", Y112, None, [_row("6月5日至6月1日", *UNRESOLVED)]),  # the same month backwards
        # the year of a yearless date: the year printed before it (not one compared with), else the default
        ("已於111年11月21日完工、12月7日驗收", Y112, None,
         [_row("111年11月21日", D(2022, 11, 21), D(2022, 11, 21), True), _row("12月7日", D(2022, 12, 7), D(2022, 12, 7), True)]),
        ("較110年增加5件，3月份發生", Y112, None,
         [_row("110年", D(2021, 1, 1), D(2021, 12, 31)), _row("3月份", D(2023, 3, 1), D(2023, 3, 31))]),
        # 本期, 本季, 本月
        ("本期發生203件", Y112, None, [_row("本期", D(2023, 1, 1), D(2023, 12, 31))]),
        ("本期發生203件", Y112, H1_112, [_row("本期", D(2023, 1, 1), D(2023, 6, 30))]),
        ("本季並查獲毒品案件142件", Y112, Q1_112, [_row("本季", D(2023, 1, 1), D(2023, 3, 31))]),
        ("本季並查獲毒品案件142件", Y112, H1_112, [_row("本季", *UNRESOLVED)]),  # the report is not one quarter
        ("本月取締酒駕127件", Y112, SEP_112, [_row("本月", D(2023, 9, 1), D(2023, 9, 30))]),
        ("本期發生203件", None, None, []),  # nothing given: not looked for
        # 同期: the same months one year before the period printed last, else the reporting period
        ("112年1至6月發生100件，較去年同期減少5件", Y112, None,
         [_row("112年1至6月", D(2023, 1, 1), D(2023, 6, 30)), _row("去年同期", D(2022, 1, 1), D(2022, 6, 30))]),
        ("今年1至9月發生4,186件，較去年同期提升2.4個百分點", Y111, None,
         [_row("今年1至9月", D(2022, 1, 1), D(2022, 9, 30)), _row("去年同期", D(2021, 1, 1), D(2021, 9, 30))]),
        ("竊盜案件發生186件，較去年同期減少27件", Y112, Q1_112, [_row("去年同期", D(2022, 1, 1), D(2022, 3, 31))]),
        ("與上年同期相較", Y112, None, [_row("上年同期", D(2022, 1, 1), D(2022, 12, 31))]),
        ("較同期減少5件", Y112, H1_112, [_row("同期", D(2022, 1, 1), D(2022, 6, 30))]),
        ("同比下降10%", Y112, H1_112, [_row("同比", D(2022, 1, 1), D(2022, 6, 30))]),  # 同比 compares by itself
        ("同期辦理", Y112, H1_112, []),  # 同期 alone is no period
        ("截至6月底設置1萬支，較去年同期增加382支", Y112, None,
         [_row("截至6月底", D(2023, 6, 30), D(2023, 6, 30), True), _row("去年同期", D(2022, 6, 30), D(2022, 6, 30), True)]),
        ("1-2月發生842件，較去年同期減少57件", Y113, None,
         [_row("1-2月", D(2024, 1, 1), D(2024, 2, 29)), _row("去年同期", D(2023, 1, 1), D(2023, 2, 28))]),
        ("111年同期", Y112, H1_112, [_row("111年同期", D(2022, 1, 1), D(2022, 6, 30))]),
        # 同月: the month printed last (not the one compared with)
        ("4月份取締酒駕127件，較3月份減少14件；同月A1類交通事故死亡3人", Y113, None,
         [_row("4月份", D(2024, 4, 1), D(2024, 4, 30)), _row("3月份", D(2024, 3, 1), D(2024, 3, 31)),
          _row("同月", D(2024, 4, 1), D(2024, 4, 30))]),
        # 上月/上季: the one before the current month/quarter; 去年同月
        ("9月份竊盜發生104件，較上月減少18件", Y112, None,
         [_row("9月份", D(2023, 9, 1), D(2023, 9, 30)), _row("上月", D(2023, 8, 1), D(2023, 8, 31))]),
        ("1月份發生，較上個月增加", Y112, None,
         [_row("1月份", D(2023, 1, 1), D(2023, 1, 31)), _row("上個月", D(2022, 12, 1), D(2022, 12, 31))]),
        ("較上季增加", Y112, Q1_112, [_row("上季", D(2022, 10, 1), D(2022, 12, 31))]),
        ("較上月增加", Y112, H1_112, [_row("上月", *UNRESOLVED)]),  # a half year has no one month before
        # 上期: as many months as the current period, right before it (a council report's half year before)
        ("與上期相較，死亡人數減少9人", Y112, Period(D(2023, 7, 1), D(2023, 12, 31)),
         [_row("上期", D(2023, 1, 1), D(2023, 6, 30))]),
        ("較上期減少64件", Y112, Period(D(2023, 3, 1), D(2023, 8, 31)), [_row("上期", D(2022, 9, 1), D(2023, 2, 28))]),
        ("9月份死亡5人，較去年同月減少2人", Y112, None,
         [_row("9月份", D(2023, 9, 1), D(2023, 9, 30)), _row("去年同月", D(2022, 9, 1), D(2022, 9, 30))]),
        ("旅客上月台候車", Y112, SEP_112, []),
        # ranges of years stay
        ("107至110年度", Y112, None, [_row("107至110年度", D(2018, 1, 1), D(2021, 12, 31))]),
    ],
)
def test_periods_read_from_the_text(text: str, default: Period | None, reporting: Period | None,
                                    expected: list[tuple]) -> None:
    found = find_periods(text, default_period=default, reporting=reporting)
    got = [(m.printed, m.period.start if m.period else None, m.period.end if m.period else None,
            m.is_instant) for m in found]
    assert got == expected
    for m in found:
        assert text[m.start:m.end] == m.printed
        assert (m.period is None) == (m.invalid is not None)


@pytest.mark.parametrize(
    "text",
    [
        "24小時內到場", "近5年平均", "3個月內完成", "每月召開1次", "每季召開1次", "逾6個月未到案", "18歲以下",
        "110報案專線", "第3屆第6次定期會", "前3名", "1至3名", "近3月", "處有期徒刑6月", "3月以上", "6月以內",
        "連續3月", "每3月檢討", "60歲以上年長者", "基本年金", "過去年度", "同期間", "第1.2.3節", "成長112.5%",
        "1,111年", "全國第2名", "第4條", "國道5號", "A1類", "同期查獲毒品",
    ],
)
def test_non_periods_stay_out(text: str) -> None:
    assert find_periods(text, default_period=Y112, reporting=H1_112) == []


def test_precision_of_words_and_yearless_forms() -> None:
    kinds = {m.printed: m.precision for m in find_periods("上半年、第1季、9月份、截至6月底、2月8日至14日、本期、今年",
                                                          default_period=Y112, reporting=Q1_112)}
    assert kinds == {"上半年": "half", "第1季": "quarter", "9月份": "month", "截至6月底": "month",
                     "2月8日至14日": "day", "本期": "quarter", "今年": "year"}


# --- the lexicon file --------------------------------------------------------------------------------

from dataclasses import replace as _replace  # noqa: E402

from twpolice.converters import periods as P  # noqa: E402


def test_the_lexicon_is_package_data() -> None:
    from importlib.resources import files

    assert files("twpolice.converters").joinpath("lexicon/periods.toml").is_file()
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"twpolice.converters" = ["lexicon/*.toml"]' in pyproject  # so a wheel carries it


def _one(text: str, **kw) -> P.PeriodMatch:
    found = find_periods(text, **kw)
    assert len(found) == 1, found
    return found[0]


LEX = P.Lexicon.load()


@pytest.mark.parametrize("word", LEX.this_year)
def test_each_this_year_word(word: str) -> None:
    m = _one(f"{word}1至3月發生10件", default_period=Y112)
    assert m.printed == f"{word}1至3月" and m.period == Period(D(2023, 1, 1), D(2023, 3, 31))


@pytest.mark.parametrize("word", LEX.last_year)
def test_each_last_year_word(word: str) -> None:
    assert _one(f"{word}12月底", default_period=Y112).period == Period(D(2022, 12, 31), D(2022, 12, 31))
    same = _one(f"較{word}同期", default_period=Y112, reporting=H1_112)
    assert same.same_period and same.period == Period(D(2022, 1, 1), D(2022, 6, 30))


@pytest.mark.parametrize("word", LEX.bracketed)
def test_each_bracketed_year_word(word: str) -> None:
    assert _one(f"{word}（110）年", default_period=Y112).period == Period(D(2021, 1, 1), D(2021, 12, 31))


@pytest.mark.parametrize("word", LEX.blocked_before)
def test_each_blocking_character(word: str) -> None:
    assert all(m.printed != LEX.this_year[0] for m in find_periods(f"{word}{LEX.this_year[0]}", default_period=Y112))


@pytest.mark.parametrize(("word", "reporting", "expected"),
                         [(w, H1_112, H1_112) for w in LEX.current_period]
                         + [(w, Q1_112, Q1_112) for w in LEX.current_quarter]
                         + [(w, SEP_112, SEP_112) for w in LEX.current_month])
def test_each_current_word(word: str, reporting: Period, expected: Period) -> None:
    assert _one(f"{word}發生5件", default_period=Y112, reporting=reporting).period == expected


@pytest.mark.parametrize(("word", "expected"),
                         [(w, H1_112) for w in LEX.first_half]
                         + [(w, Period(D(2023, 7, 1), D(2023, 12, 31))) for w in LEX.second_half]
                         + [(w, Y112) for w in LEX.both_halves])
def test_each_half_word(word: str, expected: Period) -> None:
    assert _one(f"{word}辦理", default_period=Y112).period == expected
    assert _one(f"112年{word}辦理", default_period=Y111).period == expected


@pytest.mark.parametrize("word", LEX.quarter_unit)
def test_each_quarter_word(word: str) -> None:
    for nth in LEX.quarter_nth:
        assert _one(f"{nth}2{word}", default_period=Y112).period == Period(D(2023, 4, 1), D(2023, 6, 30))
    for first_n in LEX.quarter_first_n:
        assert _one(f"{first_n}2{word}", default_period=Y112).period == H1_112


@pytest.mark.parametrize("word", LEX.upto)
def test_each_upto_word(word: str) -> None:
    m = _one(f"{word}6月底", default_period=Y112)
    assert m.printed == f"{word}6月底" and m.is_instant and m.period.end == D(2023, 6, 30)


@pytest.mark.parametrize("word", LEX.end_of)
def test_each_end_of_word(word: str) -> None:
    assert _one(f"111年{word}").period == Period(D(2022, 12, 31), D(2022, 12, 31))
    assert _one(f"2月{word}", default_period=Y113).period == Period(D(2024, 2, 29), D(2024, 2, 29))


@pytest.mark.parametrize("word", LEX.closing)
def test_each_closing_word(word: str) -> None:
    assert _one(f"截至111年12月31日{word}").printed.endswith(word)


@pytest.mark.parametrize("word", LEX.compared_by)
def test_each_comparison_word_before_a_bare_same_period(word: str) -> None:
    for same in LEX.same:
        m = _one(f"{word}{same}", default_period=Y112, reporting=H1_112)
        assert m.same_period and m.period == Period(D(2022, 1, 1), D(2022, 6, 30))


@pytest.mark.parametrize("word", LEX.duration_before)
def test_each_duration_word_before(word: str) -> None:
    assert find_periods(f"{word}3月", default_period=Y112) == []
    assert find_periods(f"{word}60年") == []


@pytest.mark.parametrize("word", LEX.duration_after)
def test_each_duration_word_after_a_year(word: str) -> None:
    assert find_periods(f"40年{word}") == []


@pytest.mark.parametrize("word", LEX.month_duration_after)
def test_each_duration_word_after_a_month(word: str) -> None:
    assert find_periods(f"3月{word}", default_period=Y112) == []


@pytest.mark.parametrize(("word", "expected"),
                         [(w, Period(D(2023, 8, 1), D(2023, 8, 31))) for w in LEX.previous_month]
                         + [(w, Period(D(2023, 4, 1), D(2023, 6, 30))) for w in LEX.previous_quarter])
def test_each_previous_word(word: str, expected: Period) -> None:
    current = SEP_112 if expected.end.month == 8 else Period(D(2023, 7, 1), D(2023, 9, 30))
    assert _one(f"較{word}減少18件", default_period=Y112, reporting=current).period == expected
    for ch in LEX.blocked_after_previous:
        assert find_periods(f"{word}{ch}", default_period=Y112, reporting=current) == []


@pytest.mark.parametrize("word", LEX.same_month)
def test_each_same_month_word(word: str) -> None:
    m = find_periods(f"9月份死亡5人，較去年{word}減少2人", default_period=Y112)[-1]
    assert m.printed == f"去年{word}" and m.same_period and m.period == Period(D(2022, 9, 1), D(2022, 9, 30))


@pytest.mark.parametrize("word", LEX.anchor_month + LEX.anchor_year)
def test_each_anchor_word(word: str) -> None:
    found = find_periods(f"4月份發生10件；{word}死亡3人", default_period=Y113)
    expected = Period(D(2024, 4, 1), D(2024, 4, 30)) if word in LEX.anchor_month else Y113
    assert [m.printed for m in found] == ["4月份", word] and found[1].period == expected


def test_removing_a_word_stops_it_being_read() -> None:
    text = "較去年同期減少5件"
    assert [m.printed for m in find_periods(text, default_period=Y112)] == ["去年同期"]
    without = P.Grammar(_replace(LEX, last_year=tuple(w for w in LEX.last_year if w != "去年")))
    assert without.find_periods(text, default_period=Y112) == []


def test_an_empty_lexicon_still_reads_printed_periods(tmp_path: Path) -> None:
    empty = tmp_path / "periods.toml"
    empty.write_text("# nothing\n", encoding="utf-8")
    g = P.Grammar(P.Lexicon.load(empty))
    assert [m.printed for m in g.find_periods("112年1至6月，今年，本期", default_period=Y112)] == ["112年1至6月"]


# --- the reporting period a document states -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "document", "expected"),
    [
        (["○○縣政府新聞稿（112年4月18日）", "縣府今（18）日召開112年第2次治安會報。",
          "警察局報告：今年1至3月本縣全般刑案發生1,208件。"], Y112, Q1_112),
        (["○○縣政府新聞稿：112年第3季治安會報", "一、本期（112年7至9月）重要刑案統計如下："], Y112,
         Period(D(2023, 7, 1), D(2023, 9, 30))),
        (["○○市政府施政報告（112年1月至6月）　警察局", "一、本期全般刑案發生100件"], Y112, H1_112),
        (["○○縣政府施政報告（警政）", "一、本報告所稱本期，係指112年1月1日至6月30日。"], Y112, H1_112),
        (["○○縣政府施政報告　警政篇", "一、治安績效（112年1月至8月，以下簡稱本期）"], Y112,
         Period(D(2023, 1, 1), D(2023, 8, 31))),
        (["○○市政府施政報告", "一、治安工作（本期：１１２年１月至６月）"], Y112, H1_112),
        # the word declared (本期, itself a current-period word) is not the period declared
        (["○○縣政府警察局業務報告（第20屆第3次定期會）", "報告期間：本期（112年1月1日至6月30日）"], Y112, H1_112),
        (["拾參、警　政", "一、維護治安", "1.刑案分析(本期為112年1至6月)"], None, H1_112),
        (["○○市政府施政報告", "一、111年全年發生100件", "二、本期為112年1至6月"], None, H1_112),  # declared wins
        (["○○縣政府111年7月份治安會報新聞稿", "縣府今（26）日召開治安會報，警察局報告上半年全縣刑案發生3,102件"],
         Y111, Period(D(2022, 1, 1), D(2022, 6, 30))),
        (["○○縣政府新聞稿（112年10月17日）", "警察局報告9月份本縣治安狀況：全般刑案發生712件"], Y112, SEP_112),
        (["○○縣政府新聞稿：縣府於111年10月14日召開第3季治安會報，警察局提出本(111)年1至9月治安工作報告。"], Y111,
         Period(D(2022, 1, 1), D(2022, 9, 30))),
        (["○○縣政府113年第2次治安會報新聞稿", "警察局提出第1季治安報告：今年第1季全般刑案發生1,734件"], Y113,
         Period(D(2024, 1, 1), D(2024, 3, 31))),
        (["○○縣政府施政報告（警政）", "壹、治安狀況：本（１１１）年１至８月全縣全般刑案發生5,217件"], Y111,
         Period(D(2022, 1, 1), D(2022, 8, 31))),
        (["○○市政府警察局111年度施政績效成果報告", "三、觀光季：4月至10月旺季期間巡邏3,872班次"], Y111, Y111),
        (["○○縣警察局中程施政計畫（108至111年度）"], MIDTERM, MIDTERM),
        (["壹、前言：", "為實現核心價值，警察局持續精進警政。"], Y111, None),
        (["○○市政府施政報告（111年1月至6月）"], Y112, None),  # not within the document's period
        # a council session's half year may begin in the year before the document's (「報告期間」 declares it)
        (["伍、警政業務（報告期間：112年10月至113年3月）", "(一)報告期間全般刑案發生5,684件"], Y113,
         Period(D(2023, 10, 1), D(2024, 3, 31))),
        (["○○市政府施政報告（110年7月至112年6月）"], Y112, None),  # begun more than a year before
        (["○○縣政府施政報告", "與111年1至6月同期相比，本縣刑案減少"], Y112, None),  # compared, not reported
        (["○○縣政府新聞稿（112年4月18日）", "縣府今（18）日召開112年第2次治安會報。"], Y112, None),  # dates of events
    ],
)
def test_stated_reporting_period(lines: list[str], document: Period | None, expected: Period | None) -> None:
    from twpolice.converters.periods import stated_reporting_period

    assert stated_reporting_period(lines, document) == expected


@pytest.mark.parametrize("word", LEX.meeting)
def test_each_meeting_word(word: str) -> None:
    from twpolice.converters.periods import stated_reporting_period

    assert stated_reporting_period(["○○縣政府新聞稿", f"112年第3季{word}紀要"], Y112) is None


@pytest.mark.parametrize("word", LEX.naming + tuple(f"本期{w}" for w in LEX.linking))
def test_each_declaring_word(word: str) -> None:
    from twpolice.converters.periods import stated_reporting_period

    line = f"一、治安（112年1月至8月，{word}）" if word in LEX.naming else f"一、治安績效，{word}112年1月至8月"
    lines = ["○○市政府施政報告（112年7至9月）", line]
    assert stated_reporting_period(lines, Y112) == Period(D(2023, 1, 1), D(2023, 8, 31))


@pytest.mark.parametrize(
    ("lines", "slug"),
    [
        (["宜蘭縣政府113年3月份治安會報新聞稿", "縣長今（11）日主持治安會報：本(113)年1-2月全縣全般刑案發生842件"],
         "2024-01-01--2024-02-29"),
        (["○○縣政府新聞稿：112年第1季治安會報紀要", "警察局報告：112年第1季（1至3月）全縣全般刑案發生247件"], "2023-Q1"),
        (["臺南市政府警察局", "111年度施政計畫", "一、112年1至6月預計完成"], "2022"),
    ],
)
def test_detect_period_passes_over_meeting_names(lines: list[str], slug: str) -> None:
    from twpolice.converters.detect import detect_period

    p = detect_period(lines, "council-report")
    assert p is not None and p.slug == slug


@pytest.mark.parametrize("text, compared", [
    ("本季（113年7月至9月）發生1,032件，較上季（4月至6月）1,105件減少73件", [False, False, True, True]),
    ("較110年（109年數據）減少5件", [True, True]),
    ("111年（1至6月）發生120件", [False, False]),
    ("較去年同期增加3件，本年（113年）破獲40件", [True, False, False]),
])
def test_a_compared_period_and_the_bracket_that_spells_it_out_are_marked(text: str, compared: list[bool]) -> None:
    found = find_periods(text, default_period=P.parse_period_arg("113"))
    assert [pm.compared for pm in found] == compared, [(pm.printed, pm.compared) for pm in found]


def test_whole_year_is_the_year_printed_before_else_the_documents() -> None:
    found = find_periods("上半年度發生56件，下半年度48件，全年計104件", default_period=P.parse_period_arg("111"))
    assert [(pm.printed, pm.period.slug) for pm in found] == [
        ("上半年度", "2022-H1"), ("下半年度", "2022-H2"), ("全年", "2022")]
    found = find_periods("110年1至6月發生56件，全年度計104件", default_period=P.parse_period_arg("111"))
    assert [pm.period.slug for pm in found][-1] == "2021"
    assert [pm.printed for pm in find_periods("全年12月", default_period=P.parse_period_arg("111"))] == ["12月"]


def test_up_to_a_month_before_a_total_is_its_last_day():
    """「導入車牌辨識功能至112年6月計有3,178支」: as of 30 June; 「112年1至6月計有…」 stays the months."""
    found = [p for p in find_periods("導入車牌辨識功能至112年6月計有3,178支") if p.period]
    assert [(p.period.start, p.period.end) for p in found] == [(date(2023, 6, 30), date(2023, 6, 30))]
    found = [p for p in find_periods("112年1至6月計有發生120件") if p.period]
    assert [(p.period.start, p.period.end) for p in found] == [(date(2023, 1, 1), date(2023, 6, 30))]
