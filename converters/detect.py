"""Detect a document's agency, genre and period from what it states (never guessed).

Title lines (the first non-empty lines) come first. When the title is silent, the
body may still be unambiguous: one department named in the text, or one city the
text keeps naming (the 警政 chapter of a city's report says 本府/高雄, never the
department); a report excerpt whose figures are about one year. A document that
names no agency at all (like 004) is refused so the user passes ``--agency``.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from twpolice import registry
from twpolice.converters.periods import ad_to_roc, find_periods, printed_year, stated_reporting_period
from twpolice.model import Genre, Period
from twpolice.normalise import fold

TITLE_LINES = 6
# a line that is only a date, as a cover or a closing signature prints it (「中華民國112年3月15日」「發布日期：112.3.15」)
_DATE_LINE = re.compile(r"^(?:(?:發布|發行|印製|出版|公布)日期\s*[:：]?\s*)?(?:中\s*華\s*民\s*國\s*)?"
                        r"(?P<y>\d{2,4})\s*(?:年|[.．/])\s*(?P<m>\d{1,2})\s*(?:月|[.．/])\s*(?P<d>\d{1,2})\s*日?$")
EDGE_LINES = 15

_RESULTS = re.compile(r"績效(?:成果)?報告|成果報告|執行成果|執行情形報告|績效評估報告")
# a police department's report to the city council, and the periodic status reports of the same shape (治安會報)
_TO_COUNCIL = re.compile(r"業務報告|議會.{0,12}報告|治安(?:會報|狀況報告|情勢報告)")
_COUNCIL_CHAPTER = re.compile(r"^[壹貳參肆伍陸柒捌玖拾]+、\s*警\s*政\s*$")
_CURRENT_PERIOD = re.compile(r"本期(?:為|係|：|:)?\s*(?P<p>[0-9０-９]{2,3}\s*年[^)）。，]{0,12})")

# Police results stated in prose: enough of these make an untitled excerpt a report.
_RESULT_WORDS = re.compile(r"(?:破獲|查獲|發生|取締|破獲率|受理)[^。，]{0,12}?[0-9０-９][0-9０-９,，.]*\s*(?:件|人|%|％)")

# Body signatures used only when the title says nothing about the genre: phrase → genre.
_BODY_SIGNATURES: tuple[tuple[str, Genre], ...] = (
    ("年度績效目標值", Genre.MIDTERM_PLAN),
    ("中程施政計畫", Genre.MIDTERM_PLAN),
    ("施政計畫衡量指標", Genre.PLAN),
    ("年度施政計畫", Genre.PLAN),
    ("年度重要施政計畫", Genre.PLAN),
    ("施政績效成果", Genre.PERFORMANCE_REPORT),
)


def title_block(lines: list[str]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for no, line in enumerate(lines, start=1):
        text = line.strip()
        if text:
            out.append((no, text))
            if len(out) >= TITLE_LINES:
                break
    return out


def genre_from_text(text: str) -> Genre | None:
    """Genre named by a title (or heading) text."""
    compact = re.sub(r"\s+", "", text)
    if _COUNCIL_CHAPTER.match(text.strip()) or ("施政報告" in compact and "警政" in compact) or _TO_COUNCIL.search(compact):
        return Genre.COUNCIL_REPORT
    if _RESULTS.search(compact):  # 施政績效報告, 施政成果報告, 施政計畫執行成果: what was done, not planned
        return Genre.PERFORMANCE_REPORT
    if "中程施政計畫" in compact or "中程計畫" in compact:
        return Genre.MIDTERM_PLAN
    if "施政計畫" in compact:
        return Genre.PLAN
    return None


def detect_genre(lines: list[str]) -> str | None:
    for _, text in title_block(lines):
        genre = genre_from_text(text)
        if genre:
            return genre
    body = "\n".join(lines)
    if "本期" in body and "同期" in body and re.search(r"較\s*[0-9]{2,3}\s*年同期|與\s*[0-9]{2,3}\s*年.{0,8}同期", body):
        return Genre.COUNCIL_REPORT
    votes = Counter(g for phrase, g in _BODY_SIGNATURES if phrase in body)
    if votes:
        return votes.most_common(1)[0][0]
    if len(_RESULT_WORDS.findall(body)) >= 3:
        return Genre.PERFORMANCE_REPORT  # an excerpt reporting police results (破獲、查獲、發生…件)
    return None


def detect_agency(lines: list[str], genre: str | None) -> str | None:
    title = "\n".join(text for _, text in title_block(lines))
    found = registry.find_in_text(title)
    if found:
        return found[0].key
    cities = _cities_named(title)  # 「臺中市政府施政報告（警政）」: the city's own report, its police's chapter
    if len(cities) == 1:
        return cities.pop()
    named = {a.key for a in registry.find_in_text("\n".join(lines))}
    if len(named) == 1:
        return named.pop()
    return _dominant_city(lines)


def _cities_named(text: str) -> set[str]:
    """Police agencies whose city or county is named in full in ``text`` (臺 or 台)."""
    return {a.key for a in registry.all_agencies()
            if a.city_zh and (a.city_zh in text or a.city_zh.replace("臺", "台") in text)}


def _dominant_city(lines: list[str]) -> str | None:
    """The one city a council chapter keeps naming (≥ 3 mentions and twice any other)."""
    body = "\n".join(lines)
    counts = Counter()
    for agency in registry.all_agencies():
        if not agency.city_zh:
            continue
        short = agency.city_zh[:-1]  # 高雄市 → 高雄
        n = body.count(short) + (body.count(short.replace("臺", "台")) if "臺" in short else 0)
        if n:
            counts[agency.key] = n
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def detect_issued(lines: list[str]) -> date | None:
    """The issue date a document states on a line of its own near its start or end (a cover's 「中華民國112年3月15日」,
    a signature's date); None when it states none. A date inside a sentence is an event, never the issue date."""
    text = [ln.strip() for ln in lines if ln.strip()]
    for line in text[:EDGE_LINES] + text[-EDGE_LINES:]:
        m = _DATE_LINE.match(fold(line).replace(" ", ""))
        if m is None:
            continue
        year = printed_year(m.group("y"))
        try:
            return date(year, int(m.group("m")), int(m.group("d"))) if year else None
        except ValueError:
            return None
    return None


def detect_period(lines: list[str], genre: str | None) -> Period | None:
    # what the title or lead says the document covers, passing over event dates and meeting names
    # (「宜蘭縣政府113年3月份治安會報新聞稿」 reports on 「本(113)年1-2月」)
    if (stated := stated_reporting_period(lines, None)) is not None:
        return stated
    for _, text in title_block(lines):
        matches = [m for m in find_periods(text) if m.period is not None and not m.is_instant]
        if matches:
            return matches[0].period
    for line in lines[:60]:
        m = _CURRENT_PERIOD.search(line)
        if m:
            found = [p for p in find_periods(m.group("p")) if p.period is not None]
            if found:
                return found[0].period
    if genre in (Genre.PERFORMANCE_REPORT, Genre.COUNCIL_REPORT):
        return _dominant_year(lines)
    return None


def _dominant_year(lines: list[str]) -> Period | None:
    """The one year a report's figures are about: most period mentions, and most of them."""
    years = Counter()
    for line in lines:
        for pm in find_periods(line):
            if pm.period is not None and pm.period.start.year == pm.period.end.year:
                years[pm.period.start.year] += 1
    ranked = years.most_common(2)
    if not ranked or ranked[0][1] < 3 or ranked[0][1] < 0.5 * sum(years.values()):
        return None
    year = ranked[0][0]
    return Period(date(year, 1, 1), date(year, 12, 31), f"{ad_to_roc(year)}年")
