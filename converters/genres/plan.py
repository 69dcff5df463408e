"""年度施政計畫 (annual plan): goals and programs from the outline, baselines and targets
stated in prose, KPI tables (計畫名稱 | 衡量指標 | 衡量標準 | 預算金額) and budget tables
(工作計畫名稱 | 重要施政計畫項目 | 實施內容 | 預算金額 中央/本府/合計)."""

from __future__ import annotations

import re
from dataclasses import replace

from twpolice.converters.budget import (STATED_UNIT, bracketed_sources, budget_facts, funding_column_fact, funding_of,
                                         lines_above, unit_of_header)
from twpolice.converters.genres.common import prose_facts, tables_of
from twpolice.converters.kpi import (ProgramIndex, add_table_program, find_column, match_program, target_column,
                                     year_columns, year_target_facts)
from twpolice.converters.outline import parse_heading
from twpolice.converters.prose import ProseContext
from twpolice.converters.semantics import names_targets
from twpolice.converters.sections import Outline, program_label, walk_outline
from twpolice.converters.stats import cell_prose_facts, numeric_cell, table_facts
from twpolice.converters.tables import Cell, Row, Table
from twpolice.converters.text import SourceText
from twpolice.converters.yearbudget import is_year_budget, stated_unit, year_budget_facts
from twpolice.model import DocumentMeta, Extraction, Fact, Passage, Program

GOAL_COLUMNS = ("關鍵策略目標", "策略目標", "施政目標", "共同性目標")
SKIP_TABLE_WORDS = ("風險", "可能性", "影響程度")
ITEM_COLUMNS = ("重要施政計畫項目", "計畫項目", "計畫名稱", "工作項目", "施政重點")
WORK_COLUMNS = ("工作計畫名稱", "工作計畫")
BUDGET_COLUMNS = ("預算金額", "預算數", "預算", "經費")
_TRAILING_COLON = re.compile(r"[：:]\s*$")
SOURCES = ("central", "local")  # the funding sources a budget table may print in columns of their own


def convert(source: SourceText, meta: DocumentMeta) -> Extraction:
    lines = source.lines
    tables, in_tables = tables_of(lines)
    outline = walk_outline(lines, skip=in_tables)
    programs = list(outline.programs)
    index = ProgramIndex(programs)  # one for the document: tables append their table-only programs to it
    facts: list[Fact] = []
    for table in tables:
        header = "".join(table.header)
        if any(w in header for w in SKIP_TABLE_WORDS):
            continue
        ctx = ProseContext(genre=meta.genre, period=meta.period, section=outline.section(table.line_start),
                           program=outline.program_of_line.get(table.line_start))
        if is_year_budget(table, unit := stated_unit(table, lines, ctx.section)):
            facts.extend(year_budget_facts(table, lines, index, section=ctx.section, unit=unit, parent=ctx.program))
            continue
        budget_col = find_column(table, *BUDGET_COLUMNS)
        # targets per year column (107 | 108 …), or in a 年度目標值 column when no budget column needs the cell path
        targets = year_columns(table) or (target_column(table, meta.period) if budget_col is None else [])
        if targets:
            facts.extend(year_target_facts(table, lines, index, section=ctx.section, goal_names=GOAL_COLUMNS,
                                           years=targets))
        elif budget_col is not None or find_column(table, "衡量標準") is not None:
            facts.extend(_plan_table_facts(table, lines, ctx, outline, index))
        else:
            facts.extend(table_facts(table, lines, ctx))
    prose_lines = [n for n in range(1, len(lines) + 1) if n not in in_tables]
    facts.extend(prose_facts(lines, meta, outline, prose_lines))
    facts.extend(_labeled_budget_lines(lines, meta, outline, index, prose_lines))
    return Extraction(document=meta, programs=programs, facts=facts)


_ITEM_OPENS = re.compile(r"^\s*(?:[^，,：:]*[：:]\s*)?(?P<name>[^，,：:。0-9]{2,20})[，,]")  # the name before the first comma


def _labeled_budget_lines(lines: list[str], meta: DocumentMeta, outline: Outline, programs: ProgramIndex,
                          numbers: list[int]) -> list[Fact]:
    """「參、計畫項目及經費（單位：千元）：警用車輛汰換，…，中央：9,600，縣府：6,400，合計：16,000。」: a prose line
    of labelled amounts with no unit of their own, read like a budget table's cell in the unit the line or its
    heading states (none is guessed)."""
    facts: list[Fact] = []
    for no in numbers:
        line = lines[no - 1]
        if line.count("：") + line.count(":") < 2 or not any(w in line for w in ("中央", "合計")):
            continue
        section = outline.section(no)
        note = next((m.group(1) for text in (line, *reversed(section), *lines_above(lines, no))
                     if (m := STATED_UNIT.search(text))), None)
        if note is None:
            continue
        cell = Cell(line.strip(), no, no, 0)
        program = outline.program_of_line.get(no)
        heading = parse_heading(line)
        if item := _ITEM_OPENS.match(STATED_UNIT.sub("", heading.title if heading else line)):
            # 「婦幼安全保護，辦理…，中央：0，縣府：1,280」: the programme the line opens with
            name = _clean_name(item.group("name"))
            program = (match_program(name, programs) or add_table_program(programs, f"T{no}", name, cell, parent=program)).key
        facts.extend(budget_facts(cell, lines, unit=note, period=meta.period, program=program, section=section))
    return facts


def _plan_table_facts(table: Table, lines: list[str], ctx: ProseContext, outline: Outline,
                      programs: ProgramIndex) -> list[Fact]:
    budget_col = find_column(table, *BUDGET_COLUMNS)
    item_col = find_column(table, *ITEM_COLUMNS)
    work_col = find_column(table, *WORK_COLUMNS)
    indicator_col = find_column(table, "衡量指標", "績效指標")
    unit = unit_of_header(table.header[budget_col]) if budget_col is not None else "千元"
    facts: list[Fact] = []
    previous_budget: tuple[str, str] | None = None
    for row in table.filled_rows():
        program = _row_program(row, item_col, work_col, outline, programs, ctx)
        row_ctx = replace(ctx, program=program.key if program else ctx.program,
                          section=ctx.section + ((program.label,) if program and program.key.startswith("T") else ()))
        topic = row.cell(indicator_col).flat if indicator_col is not None and row.cell(indicator_col) else ""
        for cell in row.cells:
            if cell.inherited or cell.is_empty or cell.col in (item_col, work_col, indicator_col):
                continue
            if cell.col == budget_col:
                key = (program.key if program else "", cell.flat)
                if row.merged_above and key == previous_budget:
                    continue  # a merged budget cell printed again on the program's next row
                previous_budget = key
                facts.extend(_budget_cell_facts(cell, lines, unit, row_ctx))
            else:
                heading = table.header[cell.col] if cell.col < len(table.header) else ""
                if (source := funding_of(heading)) in SOURCES and (n := numeric_cell(cell)) is not None:
                    facts.append(funding_column_fact(  # 計畫名稱 | 經費需求（千元） | 中央補助 | 縣府自籌, in 千元
                        cell, n.value, n.unit or unit, source, lines, period=row_ctx.period, program=row_ctx.program,
                        section=row_ctx.section, qualifiers={}))
                    continue
                targets = names_targets(heading)  # under 年度目標值
                facts.extend(cell_prose_facts(cell, lines, replace(row_ctx, topic=topic, targets=targets)))
    return facts


def _budget_cell_facts(cell, lines, unit, ctx: ProseContext) -> list[Fact]:
    facts = budget_facts(cell, lines, unit=unit, period=ctx.period, program=ctx.program, section=ctx.section) or \
        bracketed_sources(cell, lines, unit=unit, period=ctx.period, program=ctx.program, section=ctx.section)
    if facts:
        return facts
    n = numeric_cell(cell)
    if n is None:
        return []
    line = lines[cell.line_start - 1]
    return [Fact(kind="budget", indicator="預算金額", value=n.value, unit=n.unit or unit, period=ctx.period,
                 passage=Passage(cell.line_start, cell.line_start, line.strip(), ctx.section),
                 value_text=cell.text.strip(), program=ctx.program, qualifiers={"funding": "total"},
                 shared_indicator="budget-total")]


def _clean_name(text: str) -> str:
    h = parse_heading(text)
    name = h.title if h is not None else text
    return _TRAILING_COLON.sub("", re.sub(r"\s+", "", name))


def _row_program(row: Row, item_col, work_col, outline: Outline, programs: ProgramIndex,
                 ctx: ProseContext) -> Program | None:
    """The outline program a row is about, or a new program for a table-only plan item."""
    cell = row.cell(item_col) if item_col is not None else None
    if cell is None or cell.is_empty:
        return None
    name = _clean_name(cell.flat)
    found = match_program(name, programs)
    if found is not None:
        return found
    parent = None
    if work_col is not None and row.cell(work_col) and not row.cell(work_col).is_empty:
        work_name = _clean_name(row.cell(work_col).flat)
        parent = match_program(work_name, programs) or add_table_program(
            programs, f"W:{work_name}", work_name, row.cell(work_col), parent=ctx.program)
    label = program_label(name) or name[:60]
    return add_table_program(programs, f"T{cell.line_start}", label, cell, parent=parent.key if parent else ctx.program)
