"""Steps every genre shares: tables out of the text, the outline over the rest, prose facts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from twpolice import composition
from twpolice.converters.budget import STATED_UNIT
from twpolice.converters.captions import Captions, give_subject
from twpolice.converters.periods import stated_reporting_period
from twpolice.converters.outline import parse_heading
from twpolice.converters.prose import INDICATOR_NAMED, ProseContext, extract_line
from twpolice.converters.sections import Outline, program_label
from twpolice.converters.tables import Table, find_tables
from twpolice.converters.text import bounded_sentences
from twpolice.model import DocumentMeta, Fact, Genre, Period


def table_lines(tables: Iterable[Table]) -> set[int]:
    lines: set[int] = set()
    for t in tables:
        lines.update(range(t.line_start, t.line_end + 1))
    return lines


def tables_of(lines: list[str], first_line: int = 1) -> tuple[list[Table], set[int]]:
    """Tables of ``lines[first_line - 1:]`` (document line numbers) and the lines they cover."""
    tables = find_tables(lines[first_line - 1:], first_line=first_line)
    return tables, table_lines(tables)


def reporting_period(lines: list[str], meta: DocumentMeta) -> Period:
    """The period a periodic report covers: what its title or lead states (「本期（112年7至9月）」,
    「今年1至3月…」) within the document's period, else the document's period. Figures the text does not
    date are of it."""
    return stated_reporting_period(lines, meta.period) or meta.period


def plan_years(period: Period) -> tuple[int, ...]:
    """Calendar years of a multi-year plan (逐年 targets repeat for each)."""
    if period.start.year == period.end.year:
        return ()
    return tuple(range(period.start.year, period.end.year + 1))


def prose_facts(lines: list[str], meta: DocumentMeta, outline: Outline, line_numbers: Iterable[int],
                *, context_of=None, period: Period | None = None) -> list[Fact]:
    """Prose facts of the given lines, each in its section and program.

    ``context_of(line) -> (period, comparison period)`` lets a genre say what period its
    headings set for a line; by default every line is about ``period`` (the document's period).
    """
    default = period or meta.period
    facts: list[Fact] = []
    years = plan_years(meta.period) if meta.genre == Genre.MIDTERM_PLAN else ()
    captions = Captions()
    section: tuple[str, ...] | None = None
    subject_before = ""  # the subject the last line of prose left, for the unnumbered line continuing it
    listed_money: dict[int, Fact] = {}  # a heading that lists its money's items 「…金額約269萬餘元，計有如下：」 → that money
    for no in line_numbers:
        line = lines[no - 1]
        if not line.strip():
            captions.reset()  # a caption names only the figures right under it
            subject_before = ""
            continue
        if (here := outline.section(no)) != section:
            section, subject_before = here, ""
            captions.reset()  # nor those of the next section (an aligned report's bodies have no blank lines)
        if no in outline.heading_lines:
            captions.reset()
            subject_before = ""
        elif captions.read(line):
            subject_before = ""
            continue
        line_period, comparison = context_of(no) if context_of else (default, None)
        ctx = ProseContext(
            genre=meta.genre, period=line_period, section=here,
            program=outline.program_of_line.get(no), plan_years=years, comparison=comparison,
            qualifiers=dict(captions.qualifiers), indicator=indicator_named_above(outline, no),
            money_unit=money_unit_above(outline, no), lead_in=paragraph_above(outline, no),
            heading=title_above(outline, no), subject_before=subject_before,
        )
        path = outline.path_of_line.get(no, ())
        numbered = parse_heading(line) is not None  # its own last heading (a body's items are in no heading_lines)
        parent = path[-2] if numbered and len(path) > 1 else path[-1] if path else None
        for piece in bounded_sentences(line):  # a line of real text is one piece
            for fact in extract_line(piece, no, ctx):
                give_subject(fact, captions.subject or subject_named_above(outline, no))
                if parent is not None and (whole := listed_money.get(id(parent))) is not None:
                    item_of_listed_money(fact, whole)
                facts.append(fact)
                subject_before = composition.last_subject_form(fact.printed_label or fact.indicator)
        if numbered and _LISTS_BELOW.search(line) and (money := [
                f for f in facts if f.passage.line_start == no and f.unit.endswith("元")]):
            listed_money[id(path[-1])] = money[-1]
    return facts


_LISTS_BELOW = re.compile(r"(?:計有|分述|詳|臚列|條列)?如下\s*[：:]?\s*$")


def item_of_listed_money(fact: Fact, whole: Fact) -> None:
    """「(3)…協助調度挹注共計10案，金額約269萬餘元，計有如下：」 over 「①鼓山分局新建辦公大樓水電費不足案45萬餘元」: an
    item's money is a part of that money, named by it with the item (協助調度挹注金額（鼓山分局…案）)."""
    if not fact.unit.endswith("元") or fact.kind != whole.kind:
        return
    item = fact.indicator.removesuffix("金額")
    fact.printed_label = fact.printed_label or fact.indicator
    fact.indicator = f"{whole.indicator}（{item}）"
    fact.rules = (*fact.rules, "item_of_listed_money")


def money_unit_above(outline: Outline, no: int) -> str:
    """The money unit the nearest heading over a line states (「貳、重要計畫及預算（單位：千元）」), else empty."""
    for heading in reversed(outline.path_of_line.get(no, ())):
        if (m := STATED_UNIT.search(heading.title)) is not None:
            return m.group(1)
    return ""


def paragraph_above(outline: Outline, no: int) -> str:
    """The whole numbered paragraph right over a line (「(2)…核發早期退休人員三節特別照護金計12人次。」), empty when the
    line is a numbered one itself."""
    path = outline.path_of_line.get(no, ())
    return path[-1].title if path and no not in outline.heading_lines else ""


def subject_named_above(outline: Outline, no: int) -> str | None:
    """The subject the heading right over a line names (「5.加強取締職業賭場：」 gambling-dens), for its figures whose
    names have none (「以110年取締件數202件基準…」: 取締職業賭場件數). Only the nearest heading: one further up may head
    many topics."""
    title = title_above(outline, no)
    return composition.parse_indicator(title)[0] if title else None


def title_above(outline: Outline, no: int) -> str:
    """The title of the nearest heading over a line that is a title, not a numbered paragraph (「3.勸導深夜遊蕩少年返家」);
    a numbered line is its own last heading, so not over itself."""
    path = outline.path_of_line.get(no, ())
    above = path[:-1] if no in outline.heading_lines else path
    return next((label for h in reversed(above) if (label := program_label(h.title))), "")


def indicator_named_above(outline: Outline, no: int) -> str:
    """The indicator the nearest heading over a line names, for its figures that name none: 「（一）關鍵績效指標：
    全般刑案破獲率」 (or a heading that is an indicator's name, 「（一）全般刑案破獲率」) over 「2.年度目標值：114年93%、
    115年93.5%」. Empty when no heading on the line's path names one."""
    for heading in reversed(outline.path_of_line.get(no, ())):
        title = heading.title.strip().rstrip("：:")
        if (named := INDICATOR_NAMED.fullmatch(title)) is not None:
            return named["name"]
        if not re.search(r"[0-9，,。；;：:]", title) and None not in composition.parse_indicator(title):
            return title
    return ""
