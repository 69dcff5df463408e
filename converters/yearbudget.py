"""Budget tables with one column per year, as mid-term plans print their 經費需求:

    計畫名稱 | 113年 | 114年 | 115年 | 116年 | 合計
    計畫名稱 | 經費來源 | 114年 | 115年 | 116年 | 117年        (rows 中央 / 縣府 / 合計, 「同上」 for the same programme)

Each amount is a budget of its programme for that year (the 合計 column: for the years of the table), by the
funding source its row names (a total when none), in the unit the header or the heading above states — an
amount of no stated unit is not read.
"""

from __future__ import annotations

import re

from twpolice.converters.budget import FUNDING_LABELS, FUNDING_ZH, SHARED, STATED_UNIT, lines_above, unit_of_header
from twpolice.converters.kpi import ProgramIndex, add_table_program, find_column, year_columns
from twpolice.converters.numbers import find_numbers
from twpolice.converters.periods import year_period
from twpolice.converters.semantics import INDICATOR_COLUMNS, PROGRAMME_COLUMNS
from twpolice.converters.tables import Table
from twpolice.model import Fact, Passage, Period

SOURCE_COLUMNS = ("經費來源", "來源")
TOTAL_WORDS = ("合計", "總計", "小計")
SAME_AS_ABOVE = re.compile(r"^(?:同上|〃|\"|″)$")


def stated_unit(table: Table, lines: list[str], section: tuple[str, ...]) -> str | None:
    """The money unit the header (「113年（千元）」), a line right above or a heading over the table (「（單位：千元）」)
    states."""
    for text in ("".join(table.header), *lines_above(lines, table.line_start), *reversed(section)):
        if (m := STATED_UNIT.search(text)) is not None:
            return m.group(1)
    return unit_of_header("".join(table.header), default=None)


def is_year_budget(table: Table, unit: str | None) -> bool:
    """Year columns, programmes (no indicator) in rows, and a money unit stated."""
    return (unit is not None and len(year_columns(table)) >= 2
            and find_column(table, *INDICATOR_COLUMNS) is None and find_column(table, "衡量標準") is None)


def year_budget_facts(table: Table, lines: list[str], programs: ProgramIndex, *, section: tuple[str, ...],
                      unit: str, parent: str | None = None) -> list[Fact]:
    years = year_columns(table)
    name_col = find_column(table, *PROGRAMME_COLUMNS)
    name_col = 0 if name_col is None else name_col
    source_col = find_column(table, *SOURCE_COLUMNS)
    total_col = next((i for i, h in enumerate(table.header) if h.strip() in TOTAL_WORDS), None)
    span = Period(year_period(years[0].year).start, year_period(years[-1].year).end)
    columns: list[tuple[int, Period]] = [(yc.index, year_period(yc.year)) for yc in years]
    if total_col is not None:
        columns.append((total_col, span))
    facts: list[Fact] = []
    name = ""
    for row in table.rows:
        cell = row.cell(name_col)
        printed = cell.flat if cell is not None else ""
        if printed and not SAME_AS_ABOVE.match(printed):
            name = printed
        if not name:
            continue
        source = row.text(source_col).strip() if source_col is not None else ""
        funding = FUNDING_LABELS.get(source, "total") if source else "total"
        grand = name in TOTAL_WORDS
        program = None if grand else _programme(name, cell, programs, parent)
        for col, period in columns:
            facts.extend(_amount(row.cell(col), lines, unit, period, funding, program, section))
    return facts


def _programme(name: str, cell, programs: ProgramIndex, parent: str | None) -> str:
    found = programs.match(name)
    return (found or add_table_program(programs, f"T{cell.line_start}", name, cell, parent=parent)).key


def _amount(cell, lines: list[str], unit: str, period: Period, funding: str, program: str | None,
            section: tuple[str, ...]) -> list[Fact]:
    if cell is None or cell.is_empty:
        return []
    numbers = [n for n in find_numbers(cell.text) if n.kind == "quantity"]
    if len(numbers) != 1:
        return []
    n = numbers[0]
    line = lines[cell.line_start - 1]
    return [Fact(kind="budget", indicator=f"預算金額（{FUNDING_ZH[funding]}）", value=n.value, unit=n.unit or unit,
                 period=period, passage=Passage(cell.line_start, cell.line_start, line.strip(), section),
                 value_text=cell.text[n.start:n.unit_end].strip(), program=program, qualifiers={"funding": funding},
                 shared_indicator=SHARED[funding], rules=("year_budget_column",))]
