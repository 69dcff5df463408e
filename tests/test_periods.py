"""ROC dates and periods (converters.periods)."""

from __future__ import annotations

import calendar
from datetime import date

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
    assert reason in m.invalid.message_zh and "not a real date" in m.invalid.message_en
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
