"""中程施政計畫 (mid-term plan): strategic goals from the outline, KPI and common-indicator
tables with one target per year, and the figures stated in the text."""

from __future__ import annotations

from twpolice.converters.genres.common import prose_facts, tables_of
from twpolice.converters.kpi import ProgramIndex, year_target_facts
from twpolice.converters.sections import walk_outline
from twpolice.converters.text import SourceText
from twpolice.converters.yearbudget import is_year_budget, stated_unit, year_budget_facts
from twpolice.model import DocumentMeta, Extraction

GOAL_COLUMNS = ("關鍵策略目標", "共同性目標", "策略目標")


def convert(source: SourceText, meta: DocumentMeta) -> Extraction:
    lines = source.lines
    tables, in_tables = tables_of(lines)
    outline = walk_outline(lines, skip=in_tables)
    index = ProgramIndex(outline.programs)  # once per document, not once per table
    facts = []
    for table in tables:
        section = outline.section(table.line_start)
        if is_year_budget(table, unit := stated_unit(table, lines, section)):
            # 「參、中程計畫經費需求（單位：千元）」 over 計畫名稱 | 113年 | … | 合計
            facts.extend(year_budget_facts(table, lines, index, section=section, unit=unit,
                                           parent=outline.program_of_line.get(table.line_start)))
            continue
        facts.extend(year_target_facts(table, lines, index, section=section, goal_names=GOAL_COLUMNS))
    prose_lines = [n for n in range(1, len(lines) + 1) if n not in in_tables]
    facts.extend(prose_facts(lines, meta, outline, prose_lines))
    return Extraction(document=meta, programs=outline.programs, facts=facts)
