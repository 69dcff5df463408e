"""ROC (民國) dates and periods as printed in Taiwanese documents → :class:`twpolice.model.Period`.

ROC year + 1911 = AD year; a 4-digit printed year is taken as AD. Periods are inclusive
date intervals; stocks (「至111年12月底」) are instants (start == end). Impossible dates
(「112年6月31日」 appears in a real plan) never raise: they come back as
:class:`InvalidDate`, which keeps the printed text so a converter can quote and flag it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from twpolice.converters.text import normalize_width
from twpolice.model import Period

__all__ = [
    "InvalidDate",
    "PeriodMatch",
    "date_spans",
    "find_periods",
    "parse_period",
    "parse_period_arg",
    "roc_to_ad",
    "same_period_in_year",
    "year_before",
]

ROC_OFFSET = 1911


def roc_to_ad(y: int) -> int:
    """民國 year → AD year (111 → 2022)."""
    return y + ROC_OFFSET


def _ad(y: int) -> int:
    """A printed year to AD: 4 digits are AD already, fewer are ROC."""
    return y if y >= 1000 else y + ROC_OFFSET


def _plausible_year(y: int, digits: int) -> bool:
    """Only years a police document can mean; keeps durations (「逾8年」) out."""
    if digits == 4:
        return 1900 <= y <= 2100
    return 40 <= y <= 199


def printed_year(digits: str) -> int | None:
    """A year printed alone (a table's 「107」 or 「2018」 column) as AD, or None when no police document
    can mean it."""
    y = int(digits)
    return _ad(y) if _plausible_year(y, len(digits)) else None


@dataclass(frozen=True)
class InvalidDate:
    """A printed date or period that names no real interval (「112年6月31日」, month 13).

    Falsy, so ``if period:`` skips it like ``None`` while the text and reason stay available.
    """

    printed: str
    message_zh: str
    message_en: str

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        return self.message_zh


@dataclass(frozen=True)
class PeriodMatch:
    """A period phrase found in a string; ``s[start:end] == printed``.

    ``period`` is None exactly when ``invalid`` says why (impossible date, or 「同期」 without
    a current period to resolve it). ``precision`` is the finest printed part: year, half,
    quarter, month or day. ``same_period`` marks 「111年同期」.
    """

    start: int
    end: int
    printed: str
    period: Period | None
    is_instant: bool
    precision: str
    invalid: InvalidDate | None = None
    same_period: bool = False


# --- grammar -----------------------------------------------------------------------------------
# Matched on normalize_width(s): same offsets, ASCII digits and punctuation.

_SP = r"[ ]{0,2}"
_SEP = rf"{_SP}(?:起{_SP})?(?:至|到|迄|-|–|—|~|〜){_SP}"
_LEFT = r"(?<![0-9A-Za-z])(?<![0-9],)"  # a year never continues a code or a number (「1,111年」)
_PRE = r"(?:民國|西元)?"
_UPTO = rf"(?:(?P<{{n}}_upto>截至|截止|迄至|迄|至){_SP})?"
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4}


def _y(n: str) -> str:
    return rf"{_PRE}(?P<{n}>[0-9]{{2,4}}){_SP}"


def _alt(name: str, body: str) -> str:
    return rf"(?P<{name}>{body.replace('{n}', name)})"


_NIAN = r"年(?:度)?"
_FULL_FORMS = [
    # 112年1月1日至112年12月31日, 111年12月19日至23日, 111年4月18日至同年12月5日
    _alt("dr", rf"{_y('dr_y1')}年{_SP}(?P<dr_m1>[0-9]{{1,2}}){_SP}月{_SP}(?P<dr_d1>[0-9]{{1,2}}){_SP}日{_SEP}"
         rf"(?:(?:{_y('dr_y2')}{_NIAN}|同年){_SP})?(?:(?:(?P<dr_m2>[0-9]{{1,2}}){_SP}月|同月){_SP})?"
         rf"(?P<dr_d2>[0-9]{{1,2}}){_SP}日(?:{_SP}止)?"),
    # dotted ROC dates: 112.1.1至112.6.30, 112.01.01-06.30, 截至112.6.30止
    _alt("ddr", rf"{_y('ddr_y1')}\.(?P<ddr_m1>[0-9]{{1,2}})\.(?P<ddr_d1>[0-9]{{1,2}}){_SEP}"
         rf"(?:{_y('ddr_y2')}\.)?(?P<ddr_m2>[0-9]{{1,2}})\.(?P<ddr_d2>[0-9]{{1,2}})(?![0-9.])(?:{_SP}止)?"),
    _alt("dday", rf"{_UPTO}{_y('dday_y')}\.(?P<dday_m>[0-9]{{1,2}})\.(?P<dday_d>[0-9]{{1,2}})(?![0-9.])(?:{_SP}止)?"),
    # 111年1月至112年6月, 107 年 1 月至 110 年 12 月
    _alt("mr2", rf"{_y('mr2_y1')}{_NIAN}{_SP}(?P<mr2_m1>[0-9]{{1,2}}){_SP}月(?:份)?{_SEP}"
         rf"{_y('mr2_y2')}{_NIAN}{_SP}(?P<mr2_m2>[0-9]{{1,2}}){_SP}月(?:份)?(?:{_SP}底)?(?:{_SP}止)?"),
    # 112年1至6月, 112年1月至6月, 112年1-6月, 111年8月至9月
    _alt("mr", rf"{_y('mr_y')}{_NIAN}{_SP}(?P<mr_m1>[0-9]{{1,2}}){_SP}(?:月(?:份)?)?{_SEP}(?:同年{_SP})?"
         rf"(?P<mr_m2>[0-9]{{1,2}}){_SP}月(?:份)?(?:{_SP}止)?"),
    # 107至110年度, 107 年至 110 年度, 107-110年
    _alt("yr", rf"{_y('yr_y1')}(?:{_NIAN}{_SP})?{_SEP}{_y('yr_y2')}{_NIAN}"),
    # 112年第1季, 112年前3季 (Q1-Q3), 112年第1至3季, 112年1-2季
    _alt("q", rf"{_y('q_y')}{_NIAN}{_SP}(?:(?P<q_first>前)|第)?{_SP}"
         rf"(?:(?P<q_a>[1-4一二三四]){_SP}(?:季{_SP})?{_SEP}(?:第{_SP})?)?(?P<q_n>[1-4一二三四]){_SP}季(?:度)?"),
    _alt("h", rf"{_y('h_y')}{_NIAN}{_SP}(?P<h_n>[上下])半年(?:度)?"),
    _alt("sy", rf"{_y('sy_y')}學年(?:度)?"),
    _alt("mend", rf"{_UPTO}{_y('mend_y')}{_NIAN}{_SP}(?P<mend_m>[0-9]{{1,2}}){_SP}月(?:份)?{_SP}底(?:{_SP}止)?"),
    _alt("yend", rf"{_UPTO}{_y('yend_y')}{_NIAN}{_SP}底(?:{_SP}止)?"),
    _alt("day", rf"{_y('day_y')}{_NIAN}{_SP}(?P<day_m>[0-9]{{1,2}}){_SP}月{_SP}(?P<day_d>[0-9]{{1,2}}){_SP}[日號]"),
    _alt("mon", rf"{_y('mon_y')}{_NIAN}{_SP}(?P<mon_m>[0-9]{{1,2}}){_SP}月(?:份)?"),
    _alt("same", rf"{_y('same_y')}{_NIAN}{_SP}同期"),
    # 「去(110)年」
    _alt("pyear", rf"\({_SP}(?P<pyear_y>[0-9]{{2,4}}){_SP}\){_SP}{_NIAN}"),
    _alt("year", rf"{_y('year_y')}{_NIAN}"),
]
# Without a printed year (「10月6日驗收」, 「同年12月5日」): the year comes from the caller.
_YEARLESS_FORMS = [
    _alt("ydr", rf"(?:同年{_SP})?(?P<ydr_m1>[0-9]{{1,2}}){_SP}月{_SP}(?P<ydr_d1>[0-9]{{1,2}}){_SP}日{_SEP}"
         rf"(?:(?:(?P<ydr_m2>[0-9]{{1,2}}){_SP}月|同月){_SP})?(?P<ydr_d2>[0-9]{{1,2}}){_SP}日(?:{_SP}止)?"),
    _alt("ymr", rf"(?:同年{_SP})?(?P<ymr_m1>[0-9]{{1,2}}){_SP}(?:月(?:份)?)?{_SEP}(?P<ymr_m2>[0-9]{{1,2}}){_SP}月(?:份)?"),
    _alt("ymend", rf"{_UPTO}(?:同年{_SP})?(?P<ymend_m>[0-9]{{1,2}}){_SP}月(?:份)?{_SP}底(?:{_SP}止)?"),
    _alt("yday", rf"(?:同年{_SP})?(?P<yday_m>[0-9]{{1,2}}){_SP}月{_SP}(?P<yday_d>[0-9]{{1,2}}){_SP}[日號]"),
    _alt("ymon", rf"(?:同年{_SP})?(?P<ymon_m>[0-9]{{1,2}}){_SP}月(?:份)?"),
]
_RANGE_NAMES = {"dr", "ddr", "mr2", "mr", "yr", "ydr", "ymr"}


def _name_of(form: str) -> str:
    return re.match(r"\(\?P<(\w+)>", form).group(1)  # type: ignore[union-attr]


def _compile(forms: list[str]) -> re.Pattern[str]:
    # The leading lookahead lets the regex engine skip to candidate characters (13x faster).
    return re.compile(r"(?=[0-9截迄至民西同(])" + _LEFT + "(?:" + "|".join(forms) + ")")


_FULL_RE = _compile(_FULL_FORMS)
_ALL_RE = _compile(_FULL_FORMS + _YEARLESS_FORMS)
# The same grammars without the range forms: the fallback when a range fails validation.
_SINGLE_FULL_RE = _compile([f for f in _FULL_FORMS if _name_of(f) not in _RANGE_NAMES])
_SINGLE_ALL_RE = _compile([f for f in _FULL_FORMS + _YEARLESS_FORMS if _name_of(f) not in _RANGE_NAMES])

# Words before a number + 年 that make it a duration (「服務滿35年」, 「逾 60 年」), not a year.
_DURATION_BEFORE = re.compile(r"(?:逾|滿|近|超過|約|每|歷時|為期|長達|連續|未滿|不到|將近)[ ]{0,2}$")
# ... and after 年 for two-digit numbers (「40年以上」).
_DURATION_AFTER = re.compile(r"(?:度)?(?:以上|以下|以內|內|來|之久|多|餘|左右|半)")


def _form(m: re.Match[str]) -> str:
    """Which alternative matched: its outer group closes last, so it is ``lastgroup``."""
    return m.lastgroup or ""


class _Reject(Exception):
    """The text matched the grammar but is not a period (a duration, an implausible year)."""


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _cn_or_int(s: str) -> int:
    return _CN_Q.get(s) or int(s)


class _Builder:
    """Turns one regex match into a PeriodMatch, collecting date errors instead of raising."""

    def __init__(self, m: re.Match[str], norm: str, default_year: int | None):
        self.m = m
        self.norm = norm
        self.default_year = default_year
        self.errors: list[tuple[str, str]] = []

    def year(self, group: str) -> int:
        g = self.m.group(group)
        y = int(g)
        if not _plausible_year(y, len(g)):
            raise _Reject
        before = self.norm[max(0, self.m.start(group) - 6) : self.m.start(group)]
        if _DURATION_BEFORE.search(before):
            raise _Reject
        return _ad(y)

    def yearless(self) -> int:
        if self.default_year is None:
            raise _Reject
        return _ad(self.default_year)

    def month(self, group: str) -> int:
        mo = int(self.m.group(group))
        if not 1 <= mo <= 12:
            self.errors.append((f"沒有{mo}月", f"there is no month {mo}"))
            return 1
        return mo

    def day(self, y: int, mo: int, group: str) -> date:
        d = int(self.m.group(group))
        last = calendar.monthrange(y, mo)[1]
        if not 1 <= d <= last:
            self.errors.append((f"{mo}月沒有{d}日", f"month {mo} has no day {d}"))
            return date(y, mo, min(max(d, 1), last))
        return date(y, mo, d)


def _build(
    m: re.Match[str], s: str, norm: str, default_year: int | None, default_period: Period | None
) -> PeriodMatch:
    name = _form(m)
    b = _Builder(m, norm, default_year)
    start, end = m.start(), m.end()
    instant = False
    same = False
    precision = "day"
    invalid: InvalidDate | None = None

    if name == "dr" or name == "ydr":
        y1 = b.year("dr_y1") if name == "dr" else b.yearless()
        m1 = b.month(f"{name}_m1")
        d1 = b.day(y1, m1, f"{name}_d1")
        y2 = b.year("dr_y2") if name == "dr" and m.group("dr_y2") else y1
        m2 = b.month(f"{name}_m2") if m.group(f"{name}_m2") else m1
        d2 = b.day(y2, m2, f"{name}_d2")
        first, last = d1, d2
    elif name == "ddr":
        y1 = b.year("ddr_y1")
        m1 = b.month("ddr_m1")
        first = b.day(y1, m1, "ddr_d1")
        y2 = b.year("ddr_y2") if m.group("ddr_y2") else y1
        m2 = b.month("ddr_m2")
        last = b.day(y2, m2, "ddr_d2")
    elif name == "dday":
        y = b.year("dday_y")
        mo = b.month("dday_m")
        first = last = b.day(y, mo, "dday_d")
        instant = True
    elif name == "mr2":
        y1, y2 = b.year("mr2_y1"), b.year("mr2_y2")
        m1, m2 = b.month("mr2_m1"), b.month("mr2_m2")
        first, last = date(y1, m1, 1), _month_end(y2, m2)
        precision = "month"
    elif name in ("mr", "ymr"):
        y = b.year("mr_y") if name == "mr" else b.yearless()
        m1, m2 = b.month(f"{name}_m1"), b.month(f"{name}_m2")
        first, last = date(y, m1, 1), _month_end(y, m2)
        precision = "month"
    elif name == "yr":
        g1, g2 = m.group("yr_y1"), m.group("yr_y2")
        if (len(g1) == 4) != (len(g2) == 4):
            raise _Reject
        y1, y2 = b.year("yr_y1"), b.year("yr_y2")
        if not 0 < y2 - y1 <= 30:
            raise _Reject  # 「110-107年」 or a far span is not a plan period
        first, last = date(y1, 1, 1), date(y2, 12, 31)
        precision = "year"
    elif name == "q":
        y, q = b.year("q_y"), _cn_or_int(m.group("q_n"))
        q1 = 1 if m.group("q_first") else _cn_or_int(m.group("q_a")) if m.group("q_a") else q
        if q1 > q:
            raise _Reject
        first, last = date(y, 3 * q1 - 2, 1), _month_end(y, 3 * q)
        precision = "quarter"
    elif name == "h":
        y = b.year("h_y")
        first, last = (date(y, 1, 1), date(y, 6, 30)) if m.group("h_n") == "上" else (date(y, 7, 1), date(y, 12, 31))
        precision = "half"
    elif name == "sy":
        y = b.year("sy_y")
        first, last = date(y, 8, 1), date(y + 1, 7, 31)
        precision = "year"
    elif name in ("mend", "ymend"):
        y = b.year("mend_y") if name == "mend" else b.yearless()
        mo = b.month(f"{name}_m")
        first = last = _month_end(y, mo)
        instant, precision = True, "month"
    elif name == "yend":
        y = b.year("yend_y")
        first = last = date(y, 12, 31)
        instant, precision = True, "year"
    elif name in ("day", "yday"):
        y = b.year("day_y") if name == "day" else b.yearless()
        mo = b.month(f"{name}_m")
        first = last = b.day(y, mo, f"{name}_d")
        instant = True
    elif name in ("mon", "ymon"):
        y = b.year("mon_y") if name == "mon" else b.yearless()
        mo = b.month(f"{name}_m")
        first, last = date(y, mo, 1), _month_end(y, mo)
        precision = "month"
    elif name == "same":
        y = b.year("same_y")
        same, precision = True, "year"
        first, last = date(y, 1, 1), date(y, 12, 31)
    elif name == "pyear":
        y = b.year("pyear_y")
        first, last = date(y, 1, 1), date(y, 12, 31)
        precision = "year"
    else:  # year
        y = b.year("year_y")
        if len(m.group("year_y")) == 2 and _DURATION_AFTER.match(norm, end):
            raise _Reject  # 「40年以上」 is a duration
        first, last = date(y, 1, 1), date(y, 12, 31)
        precision = "year"

    printed = s[start:end]
    if not b.errors and first > last:
        b.errors.append(("起日晚於迄日", "the start is after the end"))
    if b.errors:
        zh = "；".join(e[0] for e in b.errors)
        en = "; ".join(e[1] for e in b.errors)
        invalid = InvalidDate(printed, f"「{printed}」不是有效的日期或期間：{zh}。", f"'{printed}' is not a real date or period: {en}.")
        return PeriodMatch(start, end, printed, None, instant, precision, invalid, same)
    if same:
        if default_period is None:
            invalid = InvalidDate(
                printed,
                f"「{printed}」要有本期期間才能換算。",
                f"'{printed}' (same period of that year) needs the current period to resolve.",
            )
            return PeriodMatch(start, end, printed, None, False, precision, invalid, True)
        period = same_period_in_year(default_period, first.year - ROC_OFFSET, label=printed)
        return PeriodMatch(start, end, printed, period, period.is_instant, precision, None, True)
    return PeriodMatch(start, end, printed, Period(first, last, printed), instant, precision)


def _scan(
    s: str, default_year: int | None, default_period: Period | None, yearless: bool, norm: str | None = None
) -> list[PeriodMatch]:
    if norm is None:
        norm = normalize_width(s)
    rx, single = (_ALL_RE, _SINGLE_ALL_RE) if yearless else (_FULL_RE, _SINGLE_FULL_RE)
    out: list[PeriodMatch] = []
    pos = 0
    n = len(norm)
    while pos < n:
        m = rx.search(norm, pos)
        if m is None:
            break
        try:
            out.append(_build(m, s, norm, default_year, default_period))
            pos = m.end()
            continue
        except _Reject:
            pass
        if _form(m) in _RANGE_NAMES:
            m2 = single.match(norm, m.start())
            if m2 is not None:
                try:
                    out.append(_build(m2, s, norm, default_year, default_period))
                    pos = m2.end()
                    continue
                except _Reject:
                    pass
        pos = m.start() + 1
    return out


def find_periods(
    s: str, default_year: int | None = None, default_period: Period | None = None
) -> list[PeriodMatch]:
    """Every period phrase in ``s``, left to right, non-overlapping; never raises.

    ``default_year`` (ROC, or AD if ≥ 1000) resolves phrases without a year (「10月6日」);
    without it they are skipped. ``default_period`` resolves 「111年同期」.
    """
    return _scan(s, default_year, default_period, yearless=default_year is not None)


def date_spans(s: str, norm: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, precision) of every date phrase, yearless ones too: how numbers.py tells a
    year or a date from a quantity without a second date grammar. ``norm``: normalize_width(s) if known."""
    return [(p.start, p.end, p.precision) for p in _scan(s, 2000, None, True, norm)]


def parse_period(
    s: str, default_year: int | None = None, default_period: Period | None = None
) -> Period | InvalidDate | None:
    """The first period phrase in ``s`` (label = printed text), an InvalidDate, or None."""
    found = find_periods(s, default_year, default_period)
    if not found:
        return None
    first = found[0]
    return first.period if first.period is not None else first.invalid


def same_period_in_year(period: Period, roc_year: int, label: str | None = None) -> Period:
    """The same calendar span in another (ROC) year: 2023-H1 and 111 → 2022-H1.

    Month ends stay month ends (so February follows leap years); a multi-year span keeps its length.
    """
    delta = roc_to_ad(roc_year) - period.start.year

    def shift(d: date) -> date:
        y = d.year + delta
        last = calendar.monthrange(y, d.month)[1]
        if d.day == calendar.monthrange(d.year, d.month)[1]:
            return date(y, d.month, last)
        return date(y, d.month, min(d.day, last))

    return Period(shift(period.start), shift(period.end), label if label is not None else f"{roc_year}年同期")


# --- command-line periods ------------------------------------------------------------------------

_ARG_YEAR = re.compile(r"([0-9]{2,4})")
_ARG_RANGE = re.compile(r"([0-9]{2,4})(?:--|-|~|至)([0-9]{2,4})")
_ARG_HALF = re.compile(r"([0-9]{2,4})-?([HQ])([1-4])", re.IGNORECASE)
_ARG_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_ARG_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_ARG_DAYS = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})--([0-9]{4}-[0-9]{2}-[0-9]{2})")
_ARG_HELP = (
    "expected a ROC or ISO period: 111, 111年, 107-110, 112H1, 112-Q1, 2022, 2018--2021, "
    "2023-H1, 2023-Q1, 2023-06, 2022-12-31, 2023-01-01--2023-06-30"
)


def year_period(year: int) -> Period:
    """The calendar year ``year`` (AD) as a Period labelled in ROC (112年)."""
    return Period(date(year, 1, 1), date(year, 12, 31), f"{year - 1911}年")


def year_before(period: Period) -> Period:
    """The same span one year earlier (逐年, 較去年, 較去年同期增減): what a yearly change compares with."""
    return same_period_in_year(period, period.start.year - ROC_OFFSET - 1)


def parse_period_arg(s: str) -> Period:
    """A ``--period`` option (ROC or ISO, every Period.slug form) → Period; ValueError otherwise."""
    text = normalize_width(s).strip()
    label = s.strip()

    def year(g: str) -> int:
        y = int(g)
        if len(g) == 4 and 1900 <= y <= 2100:
            return y
        if len(g) < 4 and 1 <= y <= 199:
            return roc_to_ad(y)
        raise ValueError(f"--period {s!r}: year {g} out of range; {_ARG_HELP}")

    try:
        if m := _ARG_DAYS.fullmatch(text):
            a, b = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
            if a > b:
                raise ValueError(f"--period {s!r}: start after end")
            return Period(a, b, label)
        if m := _ARG_DAY.fullmatch(text):
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return Period(d, d, label)
        if m := _ARG_MONTH.fullmatch(text):
            y, mo = int(m.group(1)), int(m.group(2))
            return Period(date(y, mo, 1), _month_end(y, mo), label)
        if m := _ARG_HALF.fullmatch(text):
            y, kind, k = year(m.group(1)), m.group(2).upper(), int(m.group(3))
            if kind == "H" and k in (1, 2):
                return Period(date(y, 6 * k - 5, 1), _month_end(y, 6 * k), label)
            if kind == "Q":
                return Period(date(y, 3 * k - 2, 1), _month_end(y, 3 * k), label)
        if m := _ARG_RANGE.fullmatch(text):
            g1, g2 = m.group(1), m.group(2)
            if (len(g1) == 4) == (len(g2) == 4):
                y1, y2 = year(g1), year(g2)
                if y1 <= y2:
                    return Period(date(y1, 1, 1), date(y2, 12, 31), label)
        if m := _ARG_YEAR.fullmatch(text):
            y = year(m.group(1))
            return Period(date(y, 1, 1), date(y, 12, 31), label)
    except ValueError as exc:
        if str(exc).startswith("--period"):
            raise
        raise ValueError(f"--period {s!r}: {exc}; {_ARG_HELP}") from None
    parsed = parse_period(s)
    if isinstance(parsed, Period) and find_periods(s)[0].printed.strip() == s.strip():
        return parsed
    if isinstance(parsed, InvalidDate):
        raise ValueError(f"--period {s!r}: {parsed.message_en}")
    raise ValueError(f"--period {s!r}: {_ARG_HELP}")
