"""ROC (民國) dates and periods as printed in Taiwanese documents → :class:`twpolice.model.Period`.

ROC year + 1911 = AD year; a 4-digit printed year is taken as AD. Periods are inclusive
date intervals; stocks (「至111年12月底」) are instants (start == end). Impossible dates
(「112年6月31日」 appears in a real plan) never raise: they come back as
:class:`InvalidDate`, which keeps the printed text so a converter can quote and flag it.

Periods stated relative to the document (今年, 去年同期, 本期, 1至3月, 第1季, 上半年, 截至6月底) resolve
against the caller's defaults and what the text printed before them. Their words live in
``lexicon/periods.toml`` (read once); the grammar that combines them with digits is here.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from twpolice.normalise import CN_DIGITS, normalise_width
from twpolice.model import Period
from twpolice.messages import Msg

__all__ = [
    "Grammar",
    "InvalidDate",
    "Lexicon",
    "PeriodMatch",
    "date_spans",
    "find_periods",
    "parse_period",
    "parse_period_arg",
    "precision_of",
    "roc_to_ad",
    "same_period_in_year",
    "stated_reporting_period",
    "year_before",
    "roc_label",
]

ROC_OFFSET = 1911


def roc_to_ad(y: int) -> int:
    """民國 year → AD year (111 → 2022)."""
    return y + ROC_OFFSET


def ad_to_roc(y: int) -> int:
    """AD year → 民國 year (2022 → 111), for labels printed the way the documents print them."""
    return y - ROC_OFFSET


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
    msg: Msg

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        return self.msg.text()


@dataclass(frozen=True)
class PeriodMatch:
    """A period phrase found in a string; ``s[start:end] == printed``.

    ``period`` is None exactly when ``invalid`` says why (impossible date, or 「同期」 without
    a current period to resolve it). ``precision`` is the finest printed part: year, half,
    quarter, month or day. ``same_period`` marks 「111年同期」; ``compared`` a period a comparison word
    names (「較110年」, and the bracket that spells it out: 「較上季（4月至6月）」).
    """

    start: int
    end: int
    printed: str
    period: Period | None
    is_instant: bool
    precision: str
    invalid: InvalidDate | None = None
    same_period: bool = False
    compared: bool = False


# --- words: converters/lexicon/periods.toml ------------------------------------------------------

LEXICON_PATH = Path(__file__).parent / "lexicon" / "periods.toml"


def _list(data: dict, section: str, key: str) -> tuple[str, ...]:
    return tuple(normalise_width(w) for w in data.get(section, {}).get(key, []))


@dataclass(frozen=True)
class Lexicon:
    """The period words of :data:`LEXICON_PATH` (see its header for the format), width-folded."""

    this_year: tuple[str, ...]
    last_year: tuple[str, ...]
    bracketed: tuple[str, ...]
    blocked_before: str
    current_period: tuple[str, ...]
    current_quarter: tuple[str, ...]
    current_month: tuple[str, ...]
    first_half: tuple[str, ...]
    second_half: tuple[str, ...]
    both_halves: tuple[str, ...]
    previous_month: tuple[str, ...]
    previous_quarter: tuple[str, ...]
    previous_period: tuple[str, ...]
    blocked_after_previous: str
    same_month: tuple[str, ...]
    anchor_month: tuple[str, ...]
    anchor_year: tuple[str, ...]
    quarter_unit: tuple[str, ...]
    quarter_nth: tuple[str, ...]
    quarter_first_n: tuple[str, ...]
    upto: tuple[str, ...]
    end_of: tuple[str, ...]
    closing: tuple[str, ...]
    total_after: tuple[str, ...]
    same: tuple[str, ...]
    compared_by: tuple[str, ...]
    same_compared: tuple[str, ...]
    duration_before: tuple[str, ...]
    duration_after: tuple[str, ...]
    month_duration_after: tuple[str, ...]
    meeting: tuple[str, ...]
    naming: tuple[str, ...]
    linking: tuple[str, ...]
    span_before: tuple[str, ...] = ()
    span_after: tuple[str, ...] = ()
    whole_year: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: Path = LEXICON_PATH) -> Lexicon:
        with open(path, "rb") as f:
            d = tomllib.load(f)
        return cls(
            this_year=_list(d, "year", "this"), last_year=_list(d, "year", "last"),
            bracketed=_list(d, "year", "bracketed"),
            blocked_before=normalise_width(d.get("year", {}).get("blocked_before_chars", "")),
            current_period=_list(d, "current", "period"), current_quarter=_list(d, "current", "quarter"),
            current_month=_list(d, "current", "month"),
            first_half=_list(d, "half", "first"), second_half=_list(d, "half", "second"),
            both_halves=_list(d, "half", "both"),
            previous_month=_list(d, "previous", "month"), previous_quarter=_list(d, "previous", "quarter"),
            previous_period=_list(d, "previous", "period"),
            blocked_after_previous=normalise_width(d.get("previous", {}).get("blocked_after_chars", "")),
            same_month=_list(d, "same", "month"),
            anchor_month=_list(d, "anchor", "month"), anchor_year=_list(d, "anchor", "year"),
            whole_year=_list(d, "anchor", "whole_year"),
            quarter_unit=_list(d, "quarter", "unit"), quarter_nth=_list(d, "quarter", "nth"),
            quarter_first_n=_list(d, "quarter", "first_n"),
            upto=_list(d, "instant", "upto"), end_of=_list(d, "instant", "end_of"),
            closing=_list(d, "instant", "closing"), total_after=_list(d, "instant", "total_after"),
            same=_list(d, "same", "words"), compared_by=_list(d, "same", "compared_by"),
            same_compared=_list(d, "same", "compared"),
            duration_before=_list(d, "duration", "before"), duration_after=_list(d, "duration", "after"),
            month_duration_after=_list(d, "duration", "month_after"),
            meeting=_list(d, "reporting", "meeting"), naming=_list(d, "reporting", "naming"),
            linking=_list(d, "reporting", "linking"),
            span_before=_list(d, "span", "before"), span_after=_list(d, "span", "after"),
        )


def _words(words: tuple[str, ...]) -> str:
    """An alternation of ``words``, longest first; one that never matches when the list is empty."""
    if not words:
        return r"(?!x)x"
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


# --- grammar -----------------------------------------------------------------------------------
# Matched on normalise_width(s): same offsets, ASCII digits and punctuation.

_SP = r"[ ]{0,2}"
_SEP = rf"{_SP}(?:起{_SP})?(?:至|到|迄|-|–|—|~|〜){_SP}"
_LEFT = r"(?<![0-9A-Za-z])(?<![0-9],)"  # a year never continues a code or a number (「1,111年」)
_PRE = r"(?:民國|西元)?"
_CN_SMALL = {ch: n for n, ch in enumerate("一二三四五六七八九十", start=1)}  # quarters, 「前三年」
_NIAN = r"年(?:度)?"
_M = r"[0-9]{1,2}"
_HOUR = rf"(?:{_SP}[0-9]{{1,2}}{_SP}(?:時|點)(?:{_SP}[0-9]{{1,2}}{_SP}分)?)?"  # 「28日22時」: a time of day
_Q = r"[1-4一二三四]"
_RANGE_NAMES = {"dr", "ddr", "mr2", "mr", "yr", "ydr", "ymr"}
_YEARLESS_NAMES = {"ydr", "ymr", "ymend", "yday", "ymon", "yq", "yh"}  # durations are checked around these


def _y(n: str) -> str:
    return rf"{_PRE}(?P<{n}>[0-9]{{2,4}}){_SP}"


def _alt(name: str, body: str) -> str:
    return rf"(?P<{name}>{body.replace('{n}', name)})"


def _name_of(form: str) -> str:
    return re.match(r"\(\?P<(\w+)>", form).group(1)  # type: ignore[union-attr]


class Grammar:
    """The period grammar with the words of one :class:`Lexicon`, compiled once."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.year_kind = {w: "this" for w in lex.this_year} | {w: "last" for w in lex.last_year}
        self.current_kind = ({w: "period" for w in lex.current_period} | {w: "quarter" for w in lex.current_quarter}
                             | {w: "month" for w in lex.current_month})
        self.half_kind = {w: 1 for w in lex.first_half} | {w: 2 for w in lex.second_half} | {
            w: 0 for w in lex.both_halves}
        self.anchor_kind = {w: "month" for w in lex.anchor_month} | {w: "year" for w in lex.anchor_year}
        self.previous_kind = ({w: "month" for w in lex.previous_month} | {w: "quarter" for w in lex.previous_quarter}
                              | {w: "period" for w in lex.previous_period})
        self.duration_before = re.compile(rf"{_words(lex.duration_before)}[ ]{{0,2}}$")
        self.duration_after = re.compile(rf"(?:度)?{_words(lex.duration_after)}")
        self.month_duration_after = re.compile(rf"[ ]{{0,2}}{_words(lex.month_duration_after)}")
        self.compared_before = re.compile(rf"{_words(lex.compared_by)}[ ]{{0,2}}$")
        self.same_compared = frozenset(lex.same_compared)
        full, yearless = self._forms()
        first_chars = set("0123456789截迄至民西同(")
        for words in (lex.this_year, lex.last_year, lex.bracketed, lex.current_period, lex.current_quarter,
                      lex.current_month, lex.first_half, lex.second_half, lex.quarter_nth, lex.quarter_first_n,
                      lex.upto, lex.same, lex.both_halves, lex.anchor_month, lex.anchor_year, lex.whole_year,
                      lex.previous_month, lex.previous_quarter, lex.previous_period, lex.same_compared):
            first_chars.update(w[0] for w in words if w)
        lead = "(?=[" + "".join(re.escape(c) for c in sorted(first_chars)) + "])"

        def compile_(forms: list[str]) -> re.Pattern[str]:
            # The leading lookahead lets the regex engine skip to candidate characters (benchmarks/convert.py).
            return re.compile(lead + _LEFT + "(?:" + "|".join(forms) + ")")

        self.full = compile_(full)
        self.all = compile_(full + yearless)
        # Without the range forms: the fallback when a range fails validation.
        self.single_full = compile_([f for f in full if _name_of(f) not in _RANGE_NAMES])
        self.single_all = compile_([f for f in full + yearless if _name_of(f) not in _RANGE_NAMES])

    def find_periods(self, s: str, default_year: int | None = None, default_period: Period | None = None,
                     reporting: Period | None = None) -> list[PeriodMatch]:
        """:func:`find_periods` with this grammar's words."""
        ctx = _Context(_ad(default_year) if default_year is not None else None, default_period, reporting)
        yearless = default_year is not None or default_period is not None or reporting is not None
        return _scan(s, ctx, yearless, g=self)

    def _year_unit(self, n: str) -> str:
        """A year with its 年: 「112年」「112年度」「本（112）年」「(110)年」「今年」「去年度」."""
        lex = self.lex
        nb = rf"(?<![{re.escape(lex.blocked_before)}])" if lex.blocked_before else ""
        return (rf"(?:{_PRE}(?P<{n}>[0-9]{{2,4}}){_SP}{_NIAN}"
                rf"|(?:{nb}(?P<{n}_w>{_words(lex.bracketed)}){_SP})?\({_SP}(?P<{n}_p>[0-9]{{2,4}}){_SP}\){_SP}{_NIAN}"
                rf"|{nb}(?P<{n}_rel>{_words(lex.this_year + lex.last_year)}))")

    def _forms(self) -> tuple[list[str], list[str]]:
        lex = self.lex
        U = self._year_unit
        upto = rf"(?:(?P<{{n}}_upto>{_words(lex.upto)}){_SP})?"
        end_of, closing = _words(lex.end_of), rf"(?:{_SP}{_words(lex.closing)})?"
        qunit, nth, first_n = _words(lex.quarter_unit), _words(lex.quarter_nth), _words(lex.quarter_first_n)
        halves = _words(lex.first_half + lex.second_half + lex.both_halves)
        nb = rf"(?<![{re.escape(lex.blocked_before)}])" if lex.blocked_before else ""
        full = [
            # 112年1月1日至112年12月31日, 111年12月19日至23日, 111年4月18日至同年12月5日
            # 「111年10月28日22時至同月29日12時」: the hours of a span of days are read past
            _alt("dr", rf"{U('dr_y1')}{_SP}(?P<dr_m1>{_M}){_SP}月{_SP}(?P<dr_d1>{_M}){_SP}日{_HOUR}{_SEP}"
                 rf"(?:(?:{_y('dr_y2')}{_NIAN}|同年){_SP})?(?:(?:(?P<dr_m2>{_M}){_SP}月|同月){_SP})?"
                 rf"(?P<dr_d2>{_M}){_SP}日{_HOUR}{closing}"),
            # dotted ROC dates: 112.1.1至112.6.30, 112.01.01-06.30, 截至112.6.30止
            _alt("ddr", rf"{_y('ddr_y1')}\.(?P<ddr_m1>{_M})\.(?P<ddr_d1>{_M}){_SEP}"
                 rf"(?:{_y('ddr_y2')}\.)?(?P<ddr_m2>{_M})\.(?P<ddr_d2>{_M})(?![0-9.]){closing}"),
            _alt("dday", rf"{upto}{_y('dday_y')}\.(?P<dday_m>{_M})\.(?P<dday_d>{_M})(?![0-9.]){closing}"),
            # 111年1月至112年6月, 107 年 1 月至 110 年 12 月, 去年7月至今年6月
            _alt("mr2", rf"{U('mr2_y1')}{_SP}(?P<mr2_m1>{_M}){_SP}月(?:份)?{_SEP}"
                 rf"{U('mr2_y2')}{_SP}(?P<mr2_m2>{_M}){_SP}月(?:份)?(?:{_SP}{end_of})?{closing}"),
            # 112年1至6月, 112年1月至6月, 112年1-6月, 今年1至3月, 本(113)年1-2月
            _alt("mr", rf"{U('mr_y')}{_SP}(?P<mr_m1>{_M}){_SP}(?:月(?:份)?)?{_SEP}(?:同年{_SP})?"
                 rf"(?P<mr_m2>{_M}){_SP}月(?:份)?{closing}"),
            # 107至110年度, 107 年至 110 年度, 107-110年
            _alt("yr", rf"{_y('yr_y1')}(?:{_NIAN}{_SP})?{_SEP}{_y('yr_y2')}{_NIAN}"),
            # 112年第1季, 112年前3季 (Q1-Q3), 112年第1至3季, 112年1-2季, 今年第1季
            _alt("q", rf"{U('q_y')}{_SP}(?:(?P<q_first>{first_n})|{nth})?{_SP}"
                 rf"(?:(?P<q_a>{_Q}){_SP}(?:{qunit}{_SP})?{_SEP}(?:{nth}{_SP})?)?(?P<q_n>{_Q}){_SP}{qunit}"),
            # 111年度上半年, 本(112)年上半年
            _alt("h", rf"{U('h_y')}{_SP}(?P<h_n>{halves})"),
            _alt("sy", rf"{_y('sy_y')}學年(?:度)?"),
            # 截至112年6月底止, 去年12月底
            _alt("mend", rf"{upto}{U('mend_y')}{_SP}(?P<mend_m>{_M}){_SP}月(?:份)?{_SP}{end_of}{closing}"),
            # 111年底, 截至去年底
            _alt("yend", rf"{upto}{U('yend_y')}{_SP}{end_of}{closing}"),
            # 112年3月30日, 截至111年12月31日止
            _alt("day", rf"{upto}{U('day_y')}{_SP}(?P<day_m>{_M}){_SP}月{_SP}(?P<day_d>{_M}){_SP}[日號]{closing}"),
            # 至112年6月計有: to the end of that month
            _alt("mto", rf"(?P<mto_upto>{_words(lex.upto)}){_SP}{U('mto_y')}{_SP}(?P<mto_m>{_M}){_SP}月(?:份)?"
                 rf"(?={_SP}{_words(lex.total_after)})"),
            _alt("mon", rf"{U('mon_y')}{_SP}(?P<mon_m>{_M}){_SP}月(?:份)?"),
            # 111年同期, 去年同期, 上年度同期
            _alt("same", rf"{U('same_y')}{_SP}{_words(lex.same + lex.same_month)}"),
            # 111年, 今年, 本（112）年, 去(110)年
            _alt("year", U("year_y")),
        ]
        # Without a printed year (「10月6日驗收」, 「同年12月5日」): the year comes from the text or the caller.
        yearless = [
            # 2月8日至14日, 2月8日至2月14日
            _alt("ydr", rf"(?:同年{_SP})?(?P<ydr_m1>{_M}){_SP}月{_SP}(?P<ydr_d1>{_M}){_SP}日{_SEP}"
                 rf"(?:(?:(?P<ydr_m2>{_M}){_SP}月|同月){_SP})?(?P<ydr_d2>{_M}){_SP}日{closing}"),
            # 1至3月, 1-2月, 1~6月, 1月至8月
            _alt("ymr", rf"(?:同年{_SP})?(?P<ymr_m1>{_M}){_SP}(?:月(?:份)?)?{_SEP}(?P<ymr_m2>{_M}){_SP}月(?:份)?{closing}"),
            # 截至6月底, 6月底止
            _alt("ymend", rf"{upto}(?:同年{_SP})?(?P<ymend_m>{_M}){_SP}月(?:份)?{_SP}{end_of}{closing}"),
            # 12月7日, 截至9月30日止
            _alt("yday", rf"{upto}(?:同年{_SP})?(?P<yday_m>{_M}){_SP}月{_SP}(?P<yday_d>{_M}){_SP}[日號]{closing}"),
            # 9月份, 9月
            _alt("ymon", rf"(?:同年{_SP})?(?P<ymon_m>{_M}){_SP}月(?:份)?"),
            # 第1季, 第一季, 前3季, 第1至3季, 第2季至第4季
            _alt("yq", rf"(?:(?P<yq_first>{first_n})|{nth}){_SP}(?:(?P<yq_a>{_Q}){_SP}(?:{qunit}{_SP})?{_SEP}"
                 rf"(?:{nth}{_SP})?)?(?P<yq_n>{_Q}){_SP}{qunit}"),
            # 上半年, 下半年度
            _alt("yh", rf"(?P<yh_n>{halves})"),
            # 本期, 本季, 本月
            _alt("cur", rf"{nb}(?P<cur_w>{_words(lex.current_period + lex.current_quarter + lex.current_month)})"),
            # 同月, 同年 alone: the month or year of the period printed before
            _alt("anchor", rf"(?P<anchor_w>{_words(lex.anchor_month + lex.anchor_year)})(?![ ]{{0,2}}[0-9])"),
            # 全年: the whole year of the period printed before (「上半年…，下半年…，全年計104件」), else the current year
            *([_alt("whole", rf"(?P<whole_w>{_words(lex.whole_year)})(?![ ]{{0,2}}[0-9]{{1,2}}[ ]{{0,2}}月)")]
              if lex.whole_year else []),
            # 上月, 上季: the month or quarter before the current one
            _alt("prev", rf"(?P<prev_w>{_words(lex.previous_month + lex.previous_quarter + lex.previous_period)})"
                 + (rf"(?![{re.escape(lex.blocked_after_previous)}])" if lex.blocked_after_previous else "")),
            # 較同期 (the same words after a comparison word)
            _alt("bsame", rf"(?P<bsame_w>{_words(lex.same + lex.same_compared)})"),
        ]
        return full, yearless


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The grammar of the bundled lexicon, built once."""
    return Grammar(Lexicon.load())


def _form(m: re.Match[str]) -> str:
    """Which alternative matched: its outer group closes last, so it is ``lastgroup``."""
    return m.lastgroup or ""


class _Reject(Exception):
    """The text matched the grammar but is not a period (a duration, an implausible year)."""


class _Unresolved(Exception):
    """A period word (今年, 本期, 去年同期, a yearless month) with nothing to resolve it against."""

    def __init__(self, zh: str, en: str):
        super().__init__(en)
        self.zh, self.en = zh, en


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _cn_or_int(s: str) -> int:
    return _CN_SMALL.get(s) or int(s)


def _single_year(p: Period | None) -> int | None:
    return p.start.year if p is not None and p.start.year == p.end.year else None


def _is_quarter(p: Period) -> bool:
    return p.start.day == 1 and p.start.month % 3 == 1 and p.end == _month_end(p.start.year, p.start.month + 2)


def _is_month(p: Period) -> bool:
    return p.start.day == 1 and p.end == _month_end(p.start.year, p.start.month)


def precision_of(p: Period) -> str:
    """The finest unit a period spans whole: year, half, quarter, month or day."""
    return precision_of_dates(p.start, p.end)


def precision_of_dates(s: date, e: date) -> str:
    """:func:`precision_of` of the span from ``s`` to ``e`` (both days included)."""
    if s.day != 1 or e != _month_end(e.year, e.month):
        return "day"
    if s.month == 1 and e.month == 12:
        return "year"
    months = (e.year - s.year) * 12 + e.month - s.month + 1
    if s.month in (1, 7) and months % 6 == 0:
        return "half"
    if s.month % 3 == 1 and months % 3 == 0:
        return "quarter"
    return "month"


@dataclass
class _Context:
    """What resolves the words of one text: the caller's defaults and what the text printed so far."""

    default_year: int | None  # AD
    default_period: Period | None
    reporting: Period | None
    anchor_year: int | None = None  # the last year printed earlier in the text (not a compared one)
    anchor_period: Period | None = None  # the last period printed earlier (what a 同期 compares with)
    durations: bool = False  # keep 「近3月」 as a span: date_spans tells numbers.py it is no count of 月

    def current_year(self) -> int | None:
        """今年: the caller's year, else the reporting period's, else the default period's."""
        if self.default_year is not None:
            return self.default_year
        return _single_year(self.reporting) or _single_year(self.default_period)

    def yearless_year(self) -> int | None:
        """The year of 「9月份」: the nearest year printed earlier in the text, else the current year."""
        return self.anchor_year or self.current_year()

    def current_period(self) -> Period | None:
        """What 去年同期 is the same months of: the period printed last, else the reporting period."""
        return self.anchor_period or self.reporting or self.default_period


class _Builder:
    """Turns one regex match into a PeriodMatch, collecting date errors instead of raising."""

    def __init__(self, m: re.Match[str], norm: str, g: Grammar, ctx: _Context):
        self.m = m
        self.gd = m.groupdict()
        self.norm = norm
        self.g = g
        self.ctx = ctx
        self.errors: list[tuple[str, str]] = []
        self.explicit = False  # a year is printed (or 今年): later yearless dates take it

    def year(self, group: str) -> int:
        gd = self.gd
        if (digits := gd.get(group)) is not None:
            y = int(digits)
            if not _plausible_year(y, len(digits)):
                raise _Reject
            before = self.norm[max(0, self.m.start(group) - 6) : self.m.start(group)]
            if self.g.duration_before.search(before):
                raise _Reject
            self.explicit = True
            return _ad(y)
        if (digits := gd.get(f"{group}_p")) is not None:  # 本（112）年
            y = int(digits)
            if not _plausible_year(y, len(digits)):
                raise _Reject
            self.explicit = True
            return _ad(y)
        kind = self.g.year_kind.get(gd.get(f"{group}_rel") or "", "this")  # 今年 / 去年
        current = self.ctx.current_year()
        if current is None:
            raise _Unresolved("要有文件年度才能換算", "needs the document's year to resolve")
        self.explicit = kind == "this"
        return current - 1 if kind == "last" else current

    def yearless(self) -> int:
        y = self.ctx.yearless_year()
        if y is None:
            raise _Unresolved("未載年份，要有文件年度才能換算", "no year printed and no document year to resolve it")
        return y

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

    def quarters(self, prefix: str, y: int) -> tuple[date, date]:
        q = _cn_or_int(self.m.group(f"{prefix}_n"))
        a = self.gd.get(f"{prefix}_a")
        q1 = 1 if self.gd.get(f"{prefix}_first") else _cn_or_int(a) if a else q
        if q1 > q:
            raise _Reject
        return date(y, 3 * q1 - 2, 1), _month_end(y, 3 * q)

    def half(self, group: str, y: int) -> tuple[date, date]:
        """上半年 → Jan–Jun, 下半年 → Jul–Dec, 上、下半年 (each half) → the year."""
        kind = self.g.half_kind[self.m.group(group)]
        return (date(y, 1 if kind != 2 else 7, 1), date(y, 6 if kind == 1 else 12, 30 if kind == 1 else 31))

    def base(self) -> Period:
        """The period a 同期 is the same months of."""
        p = self.ctx.current_period()
        if p is None:
            raise _Unresolved("要有本期期間才能換算", "needs the current period to resolve")
        return p


def _current(kind: str, ctx: _Context) -> Period:
    """本期 → the reporting period (else the default period); 本季/本月 only when that is one quarter/month."""
    p = ctx.reporting or ctx.default_period
    if p is not None and (kind == "period" or (kind == "quarter" and _is_quarter(p))
                          or (kind == "month" and _is_month(p))):
        return p
    what = {"period": "本期期間", "quarter": "一季的報告期間", "month": "一個月的報告期間"}[kind]
    raise _Unresolved(f"要有{what}才能換算", f"needs a reporting {kind} to resolve")


def _previous(kind: str, base: Period) -> tuple[date, date]:
    """上月 → the month before a one-month current period; 上季 → the quarter before a one-quarter one."""
    if kind == "month" and _is_month(base):
        y, mo = (base.start.year, base.start.month - 1) if base.start.month > 1 else (base.start.year - 1, 12)
        return date(y, mo, 1), _month_end(y, mo)
    if kind == "quarter" and _is_quarter(base):
        y, mo = (base.start.year, base.start.month - 3) if base.start.month > 3 else (base.start.year - 1, 10)
        return date(y, mo, 1), _month_end(y, mo + 2)
    if kind == "period" and base.start.day == 1 and base.end == _month_end(base.end.year, base.end.month):
        # 上期 of 112年7至12月 is 112年1至6月: as many months, right before
        months = (base.end.year - base.start.year) * 12 + base.end.month - base.start.month + 1
        first = base.start.year * 12 + base.start.month - 1 - months
        last = first + months - 1
        return date(first // 12, first % 12 + 1, 1), _month_end(last // 12, last % 12 + 1)
    raise _Unresolved(f"要有一{'個月' if kind == 'month' else '季' if kind == 'quarter' else '段整月'}的本期期間才能換算",
                      f"needs a current {kind} to resolve")


def _anchored(kind: str, ctx: _Context) -> tuple[date, date]:
    """同月 → the month of the period printed before (when it lies in one month); 同年 → its year."""
    p = ctx.anchor_period
    if p is not None and kind == "month" and (p.start.year, p.start.month) == (p.end.year, p.end.month):
        return date(p.start.year, p.start.month, 1), _month_end(p.start.year, p.start.month)
    if p is not None and kind == "year" and p.start.year == p.end.year:
        return date(p.start.year, 1, 1), date(p.start.year, 12, 31)
    raise _Unresolved("要有前文的月份或年份才能換算", "needs a month or year printed before it")


def _whole_year(ctx: _Context) -> tuple[date, date]:
    """全年 → the whole year of the period printed before when it lies in one year (as 同年), else the current year."""
    try:
        return _anchored("year", ctx)
    except _Unresolved:
        year = ctx.current_year()
    if year is None:
        raise _Unresolved("要有前文的年份或文件年度才能換算", "needs a year printed before it or the document's year")
    return date(year, 1, 1), date(year, 12, 31)


@dataclass(frozen=True)
class _Span:
    """What one form resolves to, before validation."""

    first: date
    last: date
    precision: str
    instant: bool = False


def _day_range(b: _Builder, name: str) -> _Span:
    """112年1月1日至112年12月31日, 111年4月18日至同年12月5日, 2月8日至14日, 12月28日至1月3日 (over the new year)."""
    m = b.m
    y1 = b.year("dr_y1") if name == "dr" else b.yearless()
    m1 = b.month(f"{name}_m1")
    d1 = b.day(y1, m1, f"{name}_d1")
    m2 = b.month(f"{name}_m2") if m.group(f"{name}_m2") else m1
    printed_y2 = name == "dr" and m.group("dr_y2")
    y2 = b.year("dr_y2") if printed_y2 else y1 + (m2 < m1)
    return _Span(d1, b.day(y2, m2, f"{name}_d2"), "day")


def _dotted_range(b: _Builder, name: str) -> _Span:
    """112.1.1至112.6.30, 112.01.01-06.30."""
    y1 = b.year("ddr_y1")
    first = b.day(y1, b.month("ddr_m1"), "ddr_d1")
    y2 = b.year("ddr_y2") if b.m.group("ddr_y2") else y1
    return _Span(first, b.day(y2, b.month("ddr_m2"), "ddr_d2"), "day")


def _dotted_day(b: _Builder, name: str) -> _Span:
    """截至112.6.30止."""
    y = b.year("dday_y")
    d = b.day(y, b.month("dday_m"), "dday_d")
    return _Span(d, d, "day", True)


def _month_range_years(b: _Builder, name: str) -> _Span:
    """111年1月至112年6月, 去年7月至今年6月."""
    y1, y2 = b.year("mr2_y1"), b.year("mr2_y2")
    return _Span(date(y1, b.month("mr2_m1"), 1), _month_end(y2, b.month("mr2_m2")), "month")


def _month_range(b: _Builder, name: str) -> _Span:
    """112年1至6月, 今年1至3月, 1-2月 (in 113: to 2024-02-29), 1月至8月."""
    y = b.year("mr_y") if name == "mr" else b.yearless()
    return _Span(date(y, b.month(f"{name}_m1"), 1), _month_end(y, b.month(f"{name}_m2")), "month")


def _year_range(b: _Builder, name: str) -> _Span:
    """107至110年度, 107-110年; not 「110-107年」 nor a span longer than a plan's."""
    g1, g2 = b.m.group("yr_y1"), b.m.group("yr_y2")
    if (len(g1) == 4) != (len(g2) == 4):
        raise _Reject
    y1, y2 = b.year("yr_y1"), b.year("yr_y2")
    if not 0 < y2 - y1 <= 30:
        raise _Reject
    return _Span(date(y1, 1, 1), date(y2, 12, 31), "year")


def _quarters(b: _Builder, name: str) -> _Span:
    """112年第1季, 第一季, 前3季 (Q1–Q3), 第1至3季, 第2季至第4季."""
    y = b.year("q_y") if name == "q" else b.yearless()
    return _Span(*b.quarters(name, y), "quarter")


def _half(b: _Builder, name: str) -> _Span:
    """111年度上半年, 上半年, 下半年度, 上、下半年 (each half: the year)."""
    y = b.year("h_y") if name == "h" else b.yearless()
    return _Span(*b.half(f"{name}_n", y), "half")


def _school_year(b: _Builder, name: str) -> _Span:
    """111學年度: August to July."""
    y = b.year("sy_y")
    return _Span(date(y, 8, 1), date(y + 1, 7, 31), "year")


def _month_end_instant(b: _Builder, name: str) -> _Span:
    """截至112年6月底止, 截至6月底, 去年12月底, 至112年6月計有."""
    y = b.year(f"{name}_y") if name in ("mend", "mto") else b.yearless()
    d = _month_end(y, b.month(f"{name}_m"))
    return _Span(d, d, "month", True)


def _year_end_instant(b: _Builder, name: str) -> _Span:
    """111年底, 截至去年底."""
    d = date(b.year("yend_y"), 12, 31)
    return _Span(d, d, "year", True)


def _day(b: _Builder, name: str) -> _Span:
    """112年3月30日, 截至111年12月31日止, 12月7日, 截至9月30日."""
    y = b.year("day_y") if name == "day" else b.yearless()
    d = b.day(y, b.month(f"{name}_m"), f"{name}_d")
    return _Span(d, d, "day", True)


def _month(b: _Builder, name: str) -> _Span:
    """112年3月, 9月份."""
    y = b.year("mon_y") if name == "mon" else b.yearless()
    mo = b.month(f"{name}_m")
    return _Span(date(y, mo, 1), _month_end(y, mo), "month")


def _same_period(b: _Builder, name: str) -> _Span:
    """111年同期 (those months in 111), 去年同期 / 較同期 (one year before), 去年同月: the same months as the
    period printed before, else the reporting period."""
    base = b.base()
    word = b.gd.get("same_y_rel")
    if name == "bsame" or word:
        kind = "last" if name == "bsame" else b.g.year_kind.get(word, "this")
        period = base if kind == "this" else year_before(base)
    else:
        period = same_period_in_year(base, b.year("same_y") - ROC_OFFSET)
    return _Span(period.start, period.end, "year", period.is_instant)  # the printed part is a year


def _previous_one(b: _Builder, name: str) -> _Span:
    """上月, 上季, 上期: the month, quarter or as many months before the current one."""
    kind = b.g.previous_kind[b.m.group("prev_w")]
    first, last = _previous(kind, b.base())
    return _Span(first, last, precision_of_dates(first, last) if kind == "period" else kind)


def _whole(b: _Builder, name: str) -> _Span:
    """全年, 全年度: a whole year (see _whole_year)."""
    return _Span(*_whole_year(b.ctx), "year")


def _anchor(b: _Builder, name: str) -> _Span:
    """同月, 同年 alone: the month or year of the period printed before."""
    kind = b.g.anchor_kind[b.m.group("anchor_w")]
    return _Span(*_anchored(kind, b.ctx), kind)


def _current_one(b: _Builder, name: str) -> _Span:
    """本期, 本季, 本月: the reporting period."""
    p = _current(b.g.current_kind[b.m.group("cur_w")], b.ctx)
    return _Span(p.start, p.end, precision_of(p), p.is_instant)


def _year(b: _Builder, name: str) -> _Span:
    """111年, 2022年, 今年, 本（112）年, 去(110)年; not 「40年以上」."""
    y = b.year("year_y")
    if b.gd.get("year_y") and len(b.m.group("year_y")) == 2 and b.g.duration_after.match(b.norm, b.m.end()):
        raise _Reject
    return _Span(date(y, 1, 1), date(y, 12, 31), "year")


_RESOLVERS: dict[str, Callable[[_Builder, str], _Span]] = {
    "dr": _day_range, "ydr": _day_range, "ddr": _dotted_range, "dday": _dotted_day,
    "mr2": _month_range_years, "mr": _month_range, "ymr": _month_range, "yr": _year_range,
    "q": _quarters, "yq": _quarters, "h": _half, "yh": _half, "sy": _school_year,
    "mend": _month_end_instant, "ymend": _month_end_instant, "mto": _month_end_instant, "yend": _year_end_instant,
    "day": _day, "yday": _day, "mon": _month, "ymon": _month,
    "same": _same_period, "bsame": _same_period, "prev": _previous_one, "anchor": _anchor, "whole": _whole,
    "cur": _current_one, "year": _year,
}


def _build(m: re.Match[str], s: str, norm: str, g: Grammar, ctx: _Context) -> tuple[PeriodMatch, bool]:
    """The PeriodMatch of one regex match and whether it printed a year later yearless dates take."""
    name = _form(m)
    start, end = m.start(), m.end()
    printed = s[start:end]
    same = name in ("same", "bsame")
    if name in _YEARLESS_NAMES and not ctx.durations and (g.duration_before.search(norm[max(0, start - 6):start])
                                                         or g.month_duration_after.match(norm, end)):
        raise _Reject  # 「近3月」「有期徒刑6月」「3月以上」 are durations
    if name == "bsame" and printed not in g.same_compared and not g.compared_before.search(norm[max(0, start - 4):start]):
        raise _Reject  # 「同期」 alone is not a period; 「較同期」 is
    b = _Builder(m, norm, g, ctx)
    try:
        span = _RESOLVERS[name](b, name)
    except _Unresolved as exc:
        invalid = InvalidDate(printed, Msg(f"「{printed}」{exc.zh}。", f"'{printed}': {exc.en}."))
        return PeriodMatch(start, end, printed, None, False, "year" if same else "day", invalid, same), False
    if not b.errors and span.first > span.last:
        b.errors.append(("起日晚於迄日", "the start is after the end"))
    if b.errors:
        zh = "；".join(e[0] for e in b.errors)
        en = "; ".join(e[1] for e in b.errors)
        invalid = InvalidDate(printed, Msg(f"「{printed}」不是有效的日期或期間：{zh}。",
                                           f"'{printed}' is not a real date or period: {en}."))
        return PeriodMatch(start, end, printed, None, span.instant, span.precision, invalid, same), False
    period = Period(span.first, span.last, printed)
    return PeriodMatch(start, end, printed, period, span.instant, span.precision, None, same), b.explicit


def _update_anchors(pm: PeriodMatch, explicit: bool, norm: str, g: Grammar, ctx: _Context) -> None:
    """What later words in the text resolve against: a compared period (「較110年」) or a 同期 is not the
    text's own period, nor is an event's single day (「於4月18日召開」)."""
    if pm.period is None or pm.same_period or pm.compared:
        return
    if explicit:
        ctx.anchor_year = pm.period.end.year
    if not (pm.precision == "day" and pm.is_instant and not _UPTO_PRINTED.search(normalise_width(pm.printed))):
        ctx.anchor_period = pm.period


_UPTO_PRINTED = re.compile(r"截|迄|止|底")
_BRACKET_OPEN = re.compile(r"\s*[(（]\s*")


def _scan(
    s: str, ctx: _Context, yearless: bool, norm: str | None = None, g: Grammar | None = None
) -> list[PeriodMatch]:
    g = g or grammar()
    if norm is None:
        norm = normalise_width(s)
    rx, single = (g.all, g.single_all) if yearless else (g.full, g.single_full)
    out: list[PeriodMatch] = []
    pos = 0
    n = len(norm)
    while pos < n:
        m = rx.search(norm, pos)
        if m is None:
            break
        for candidate in (m, single.match(norm, m.start()) if _form(m) in _RANGE_NAMES else None):
            if candidate is None:
                continue
            try:
                pm, explicit = _build(candidate, s, norm, g, ctx)
            except _Reject:
                continue
            if g.compared_before.search(norm[max(0, pm.start - 4):pm.start]) or pm.printed in g.same_compared or (
                    out and out[-1].compared and _BRACKET_OPEN.fullmatch(norm, out[-1].end, pm.start)):
                pm = replace(pm, compared=True)
            out.append(pm)
            _update_anchors(pm, explicit, norm, g, ctx)
            pos = candidate.end()
            break
        else:
            pos = m.start() + 1
    return out


def find_periods(
    s: str, default_year: int | None = None, default_period: Period | None = None, reporting: Period | None = None
) -> list[PeriodMatch]:
    """Every period phrase in ``s``, left to right, non-overlapping; never raises.

    Printed periods need nothing. Words and yearless dates resolve against what the caller knows, and
    are looked for only when it gives any of the three (else 「10月6日」「1至3月」「本期」 are skipped):

    * ``default_year`` (ROC, or AD if ≥ 1000): the year of 今年/去年 and of yearless dates (「10月6日」,
      「1至3月」, 「第1季」, 「上半年」) — a yearless date takes the nearest year printed earlier in ``s``
      first (「111年11月21日完工、12月7日驗收」), unless that year was compared with (「較110年」);
    * ``reporting``: the period the document reports on (:func:`stated_reporting_period`): 本期, and
      本季/本月 when it is one quarter/month; its year is 今年's when ``default_year`` is None;
    * ``default_period``: the document's period, standing in for ``reporting`` when that is None.

    「111年同期」「去年同期」「較同期」 are the same months as the period printed last before them (else the
    reporting period, else the default period), in 111 / one year earlier; 「同月」 is the month printed
    last. A phrase with nothing to resolve it against (「今年」 with no year given) comes back with
    ``period=None`` and ``invalid`` saying why.
    """
    folded = _ROC_YEAR_IN_NUMERALS.sub(lambda m: m.group().translate(_NUMERAL_DIGITS), s)
    found = grammar().find_periods(folded, default_year, default_period, reporting)
    return found if folded == s else [replace(pm, printed=s[pm.start:pm.end]) for pm in found]


# 「一一二年」「一一三年底」: an ROC year printed in numerals digit by digit, read as 112年 (same length, so offsets hold)
_NUMERAL_DIGITS = str.maketrans({ch: str(d) for ch, d in CN_DIGITS.items()})
_ROC_YEAR_IN_NUMERALS = re.compile(r"(?<![一二三四五六七八九十百千萬〇○零])一[〇○零一][〇○零一二三四五六七八九](?=\s*年)")


def date_spans(s: str, norm: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, precision) of every date phrase, yearless ones too: how numbers.py tells a
    year or a date from a quantity without a second date grammar. ``norm``: normalise_width(s) if known.

    A month printed as a duration (「近3月」「有期徒刑6月」) is no period, but it stays a span here, as it
    always was: its digits are not a count of anything."""
    return [(p.start, p.end, p.precision) for p in _scan(s, _Context(2000, None, None, durations=True), True, norm)]


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


def roc_label(period: Period) -> str:
    """Canonical zh-Hant label of a period (民國), independent of how a document printed it."""
    s, e = period.start, period.end
    ry, ey = ad_to_roc(s.year), ad_to_roc(e.year)
    if period.is_instant:
        return f"民國{ry}年{s.month}月{s.day}日"
    whole_months = s.day == 1 and (e + timedelta(days=1)).day == 1
    if whole_months and s.month == 1 and e.month == 12:
        return f"民國{ry}年" if ry == ey else f"民國{ry}至{ey}年"
    if whole_months and ry == ey:
        return f"民國{ry}年{s.month}月" if s.month == e.month else f"民國{ry}年{s.month}至{e.month}月"
    if whole_months:
        return f"民國{ry}年{s.month}月至{ey}年{e.month}月"
    return f"民國{ry}年{s.month}月{s.day}日至{ey}年{e.month}月{e.day}日"


def year_period(year: int) -> Period:
    """The calendar year ``year`` (AD) as a Period labelled in ROC (112年)."""
    return Period(date(year, 1, 1), date(year, 12, 31), f"{year - ROC_OFFSET}年")


def fiscal_year(period: Period) -> Period:
    """The budget year of a figure dated ``period``: a budget printed in a half-year report (本期 112年1至6月) is the
    whole fiscal year's (Taiwan's fiscal year is the calendar year); a multi-year span stays as it is."""
    return year_period(period.start.year) if period.start.year == period.end.year else period


@lru_cache(maxsize=1)
def _span_pattern() -> re.Pattern[str]:
    lex = grammar().lex
    return re.compile(rf"(?:{_words(lex.span_before)})(?P<n>\d{{1,2}}|[一二三四五六七八九十])年(?:度)?"
                      rf"(?:{_words(lex.span_after)})")


def years_before(text: str, period: Period) -> Period | None:
    """「前3年平均值」「近5年同期」 in ``text`` (the last one): the N whole years before ``period``'s year, else None."""
    found = list(_span_pattern().finditer(normalise_width(text)))
    if not found:
        return None
    n = _cn_or_int(found[-1].group("n"))
    end = period.start.year - 1
    if not 1 <= n <= 20:
        return None
    first = end - n + 1
    return Period(date(first, 1, 1), date(end, 12, 31), f"{first - ROC_OFFSET}年至{end - ROC_OFFSET}年")


def parts_of(period: Period, grain: str) -> list[Period]:
    """The consecutive whole years, quarters or months ``period`` consists of, in order (「第1季至第4季分別…」:
    the quarters of the year); empty when the period does not start and end on that grain's bounds."""
    step = {"year": 12, "quarter": 3, "month": 1}[grain]
    s, e = period.start, period.end
    if s.day != 1 or (s.month - 1) % step or e != _month_end(e.year, e.month) or e.month % step:
        return []
    parts, y, m = [], s.year, s.month
    while (y, m) <= (e.year, e.month):
        last_y, last_m = y + (m + step - 2) // 12, (m + step - 2) % 12 + 1
        parts.append(Period(date(y, m, 1), _month_end(last_y, last_m)))
        y, m = y + (m + step - 1) // 12, (m + step - 1) % 12 + 1
    return parts


def year_before(period: Period) -> Period:
    """The same span one year earlier (逐年, 較去年, 較去年同期增減): what a yearly change compares with."""
    return same_period_in_year(period, period.start.year - ROC_OFFSET - 1)


def parse_period_arg(s: str) -> Period:
    """A ``--period`` option (ROC or ISO, every Period.slug form) → Period; ValueError otherwise."""
    text = normalise_width(s).strip()
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
        raise ValueError(f"--period {s!r}: {parsed.msg.en}")
    raise ValueError(f"--period {s!r}: {_ARG_HELP}")


# --- the reporting period a document states --------------------------------------------------------

REPORTING_LINES = 6  # the title and the lead: the first non-empty lines


def _declares_current(norm: str, pm: PeriodMatch, g: Grammar) -> bool:
    """「本期（112年7至9月）」「本期為112年1至6月」「本報告所稱本期，係指…」「（…，以下簡稱本期）」."""
    if norm[pm.end:pm.end + 12].lstrip(" ,").startswith(g.lex.naming):
        return True
    linked = rf"{_words(g.lex.current_period)}(?:[ ]|{_words(g.lex.linking)}){{0,4}}$"
    return re.search(linked, norm[max(0, pm.start - 12):pm.start]) is not None


def _names_a_meeting(norm: str, pm: PeriodMatch, g: Grammar) -> bool:
    """「第3季治安會報」「113年第2次治安會報」「111年7月份治安會報」 date the meeting, not the figures."""
    return re.match(rf"[ ]*(?:第[ ]*[0-9一二三四五六七八九十]+[ ]*次)?[ ]*{_words(g.lex.meeting)}",
                    norm[pm.end:]) is not None


def _within(p: Period, outer: Period | None) -> bool:
    """A reporting period of a document of ``outer``: ending within it, and begun no earlier than a year before
    it (a council session's 「112年10月至113年3月」 in a 113 report)."""
    return outer is None or (outer.start <= p.end <= outer.end
                             and p.start >= date(outer.start.year - 1, outer.start.month, outer.start.day))


def stated_reporting_period(lines: list[str], document_period: Period | None) -> Period | None:
    """The period a periodic report says it covers, from its first non-empty lines, or None.

    In order: a period declared as 本期 (「本期（112年7至9月）」, 「本期為112年1至6月」, 「…，以下簡稱本期」);
    else the first period of the title (「臺北市政府施政報告（112年1月至6月）」, 「…111年度施政績效成果報告」)
    or the lead (「今年1至3月本縣…」, 「本（111）年1至8月」, 「上半年全縣…」, 「9月份本縣…」). Dates of events
    (「新聞稿（112年4月18日）」, a lead's 「春節期間（1月20日至29日）」), meetings (「第3季治安會報」) and compared
    periods (「與111年同期比較」) are not what is reported. ``document_period`` resolves 今年 and yearless months
    and bounds the answer: a period outside it is not this document's reporting period.
    """
    g = grammar()
    block = [line for line in lines if line.strip()][:REPORTING_LINES]
    scanned: list[tuple[str, list[PeriodMatch]]] = []
    for line in block:
        found = find_periods(line, default_period=document_period) if document_period is not None else find_periods(line)
        scanned.append((normalise_width(line), found))
    for norm, found in scanned:
        for pm in found:
            if pm.period is not None and not pm.same_period and _declares_current(norm, pm, g) \
                    and normalise_width(pm.printed) not in g.lex.current_period \
                    and _within(pm.period, document_period):  # 「報告期間：本期（…）」: 本期 is the word, not the period
                return pm.period

    def candidates(norm: str, found: list[PeriodMatch], days: bool) -> list[Period]:
        return [pm.period for pm in found
                if pm.period is not None and not pm.same_period and not pm.is_instant
                and (days or pm.precision != "day")  # 「春節期間（1月20日至29日）」 in a lead is an event
                and not _names_a_meeting(norm, pm, g)
                and not pm.compared
                and normalise_width(pm.printed) not in g.lex.current_period
                and _within(pm.period, document_period)]

    for i, (norm, found) in enumerate(scanned):
        if stated := candidates(norm, found, days=i == 0):
            return stated[0]
    return None
