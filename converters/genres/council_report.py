"""議會施政報告（警政）: a city's report to its council, police chapter, for a period
(often 1–6 months) compared with the same period a year earlier.

Result tables (crime statistics, project results) are read cell by cell; the
prose gives results, changes against 「111年同期」 and dated events. A heading that
says which period it covers (「本期為112年1至6月」) or what it compares with
(「與111年1至6月同期相比」) sets that context for everything under it.
"""

from __future__ import annotations

import re

from twpolice.converters.genres.common import prose_facts, reporting_period, tables_of
from twpolice.converters.periods import ad_to_roc, find_periods, same_period_in_year
from twpolice.converters.prose import ProseContext
from twpolice.converters.outline import Heading
from twpolice.converters.sections import walk_outline
from twpolice.converters.stats import table_facts
from twpolice.converters.text import SourceText
from twpolice.model import DocumentMeta, Extraction, Period


_DECLARES_THIS_PERIOD = re.compile(r"本期\s*(?:係指|為|係|指|[:：(（,，]|\s){0,4}$")


def heading_context(path: tuple[Heading, ...], default: Period) -> tuple[Period, Period | None]:
    """(period, comparison period) stated by the headings of a section path."""
    period, comparison = default, None
    for heading in path:
        text = heading.title
        for pm in find_periods(text):
            if pm.period is None:
                continue
            if re.match(r"\s*(?:同期|.{0,2}相比|.{0,2}比較)", text[pm.end:]):
                whole_year = pm.period.slug.isdigit() and not pm.same_period
                comparison = same_period_in_year(default, ad_to_roc(pm.period.start.year)) if whole_year else pm.period
            elif _DECLARES_THIS_PERIOD.search(text[:pm.start]) and not pm.same_period and not pm.compared:
                period = pm.period  # 「本期（112年7至9月）」; not 「本期…較上期（111年1至6月）之10,984件」
    return period, comparison


def convert(source: SourceText, meta: DocumentMeta) -> Extraction:
    lines = source.lines
    tables, in_tables = tables_of(lines)
    outline = walk_outline(lines, skip=in_tables)
    cache: dict[tuple[Heading, ...], tuple[Period, Period | None]] = {}
    reporting = reporting_period(lines, meta)

    def context(lineno: int) -> tuple[Period, Period | None]:
        path = outline.path_of_line.get(lineno, ())
        if path not in cache:
            cache[path] = heading_context(path, reporting)
        return cache[path]

    facts = []
    for table in tables:
        period, _ = context(table.line_start)
        ctx = ProseContext(genre=meta.genre, period=period, section=outline.section(table.line_start),
                           program=outline.program_of_line.get(table.line_start))
        facts.extend(table_facts(table, lines, ctx))
    prose_lines = [n for n in range(1, len(lines) + 1) if n not in in_tables]
    facts.extend(prose_facts(lines, meta, outline, prose_lines,
                             context_of=context))
    return Extraction(document=meta, programs=outline.programs, facts=facts)
