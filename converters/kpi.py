"""KPI tables: one row per indicator, targets in year columns (中程施政計畫) or in a
衡量標準 sentence with a 預算金額 column (年度施政計畫).

Rows that share a merged goal cell are grouped by their 序號 (the merged text may
be printed on any row of the group, often the middle one), so every indicator
lands on its strategic goal's program.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from twpolice.converters.numbers import NumberMatch, find_numbers, holds_a_figure
from twpolice.converters.periods import printed_year, year_period, years_before
from twpolice.converters.sections import topic_of
from twpolice.converters.semantics import (INDICATOR_COLUMNS, bound_named, names_targets, printed_operator,
                                            split_unit_note, unit_from_label)
from twpolice.converters.tables import Row, Table
from twpolice.normalise import normalise_spaces
from twpolice.normalise import normalise_width
from twpolice.model import Fact, Passage, Period, Program

# 「107」「107年度」「民國107年」「107年度目標值」「107(年度)」「2018」, alone or under a spanning header (「…/107」)
_YEAR_COLUMN = re.compile(r"(?:^|/)(?:民國)?(?P<y>[0-9]{2,4})(?:年度?|\(年度?\))?"
                          r"(?:(?:績效|預定|預期)?目標(?:值|數)?)?$"
                          # 「目標值（113年）」: the year in brackets after the role
                          r"|^(?:年度)?(?:績效|預定|預期)?目標(?:值|數)?[(（](?:民國)?(?P<y2>[0-9]{2,4})(?:年度?)?[)）]$")
_DECREASE = re.compile(r"減少|降低|下降")
_INCREASE = re.compile(r"增加|提升|成長")
_RELATIVE_CUE = re.compile(r"與前一?年|較前一?年|較去年|與去年|逐年|(?:較|與)\s*(?P<y>[0-9]{2,3})\s*年")  # 「較112年減少」
# a target cell that is itself relative: 「較前3年平均減少5%」「較111年降低2%」
_CELL_CHANGE = re.compile(r"(?P<verb>減少|降低|下降|增加|提升|提高|成長|上升)\s*")
_CELL_YEAR = re.compile(r"較\s*(?P<y>[0-9]{2,4})\s*年")


# 「基準值(111年)」「111年基準值」「基準年(111)」: the figure a plan measures its targets from
_BASELINE_COLUMN = re.compile(r"基準(?:值|年|數)?[(（]?(?:民國)?(?P<y>[0-9]{2,4})(?:年度?)?[)）]?$"
                              r"|^(?:民國)?(?P<y2>[0-9]{2,4})(?:年度?)?基準(?:值|數)?$")


@dataclass
class YearColumn:
    index: int
    year: int  # AD
    kind: str = "target"  # or "baseline"
    last_year: int | None = None  # a column over the years 「4年累計」: its last year (``year`` is its first)

    @property
    def period(self) -> Period:
        if self.last_year is None:
            return year_period(self.year)
        return Period(year_period(self.year).start, year_period(self.last_year).end,
                      f"{self.year - 1911}至{self.last_year - 1911}年累計")


_SPAN_COLUMN = re.compile(r"(?:[0-9一二三四五六七八九十]+年|全期|計畫期間)?(?:累計|合計|總計)(?:目標值?)?")


def span_columns(table: Table, years: list[YearColumn]) -> list[YearColumn]:
    """「113年 | 114年 | 115年 | 116年 | 4年累計」: the column of a target over the years of the columns beside it."""
    targets = [yc.year for yc in years if yc.kind == "target"]
    if len(targets) < 2:
        return []
    return [YearColumn(i, min(targets), "target", max(targets)) for i, name in enumerate(table.header)
            if _SPAN_COLUMN.fullmatch(normalise_width(name).strip().replace(" ", ""))]


def baseline_columns(table: Table) -> list[YearColumn]:
    """The 基準值 column of a KPI table, with the year it names; a bare 「基準值」 beside year columns is of the year
    before the first of them (「基準值 | 114年 | 115年」: 113)."""
    cols = []
    first_year = min((yc.year for yc in year_columns(table)), default=None)
    for i, name in enumerate(table.header):
        text = normalise_width(name).strip().replace(" ", "")
        m = _BASELINE_COLUMN.search(text)
        year = printed_year(m.group("y") or m.group("y2")) if m else None
        if year is None and first_year is not None and _BARE_BASELINE.fullmatch(text):
            year = first_year - 1
        if year is not None:
            cols.append(YearColumn(i, year, "baseline"))
    return cols


_BARE_BASELINE = re.compile(r"基準(?:值|數)")


def year_columns(table: Table) -> list[YearColumn]:
    cols = []
    for i, name in enumerate(table.header):
        m = _YEAR_COLUMN.search(normalise_width(name).strip().replace(" ", ""))
        year = printed_year(m.group("y") or m.group("y2")) if m else None
        if year is not None:
            cols.append(YearColumn(i, year))
    return cols


def find_column(table: Table, *names: str) -> int | None:
    for name in names:
        idx = table.column_index(name)
        if idx is not None:
            return idx
    return None


def group_rows(table: Table, key_col: int | None) -> list[list[Row]]:
    """Consecutive rows belong together until a row prints a new key (序號)."""
    groups: list[list[Row]] = []
    for row in table.rows:
        if not groups or (key_col is not None and row.text(key_col).strip()):
            groups.append([row])
        else:
            groups[-1].append(row)
    return groups


def _goal_key(label: str) -> str:
    """A goal as compared: no trailing note in parentheses, whitespace and width ignored (「宣 (輔) 導」 ==
    「宣（輔）導」)."""
    return normalise_spaces(_TRAILING_NOTE.sub("", normalise_width(label)))


_TRAILING_NOTE = re.compile(r"\([^)]*\)\s*$")


class ProgramIndex:
    """A document's programs by goal key, so matching a goal cell costs the same with 50 programs or 50,000.

    It wraps the caller's list (which converters append table-only programs to) and indexes new entries
    lazily. :meth:`match` answers exactly what a scan of the list in order would: the first program whose
    goal key equals, starts or is started by the cell's.
    """

    def __init__(self, programs: list[Program]) -> None:
        self.programs = programs
        self._indexed = 0
        self._first: dict[str, int] = {}  # goal key → index of its first program
        self._sorted: list[str] = []  # the distinct goal keys, sorted (for 「labels that start with key」)
        self._lengths: list[int] = []  # the distinct goal key lengths, sorted (for 「labels key starts with」)
        self._keys: dict[str, Program] = {}  # Program.key → its first program
        self._found: dict[str, int] = {}  # goal key → first match; a later program never changes a match

    def _catch_up(self) -> None:
        if len(self.programs) < self._indexed:  # the list was replaced or cut: start again
            self.__init__(self.programs)
        for i in range(self._indexed, len(self.programs)):
            prog = self.programs[i]
            self._keys.setdefault(prog.key, prog)
            key = _goal_key(prog.label)
            if key and key not in self._first:
                self._first[key] = i
                bisect.insort(self._sorted, key)
                at = bisect.bisect_left(self._lengths, len(key))
                if at == len(self._lengths) or self._lengths[at] != len(key):
                    self._lengths.insert(at, len(key))
        self._indexed = len(self.programs)

    def by_key(self, key: str) -> Program | None:
        """The first program with this Program.key."""
        self._catch_up()
        return self._keys.get(key)

    def match(self, text: str) -> Program | None:
        key = _goal_key(text)
        if not key:
            return None
        self._catch_up()
        found = self._found.get(key)
        if found is None:
            found = self._first_match(key)
            if found is None:
                return None  # not cached: a program added later may match
            self._found[key] = found
        return self.programs[found]

    def _first_match(self, key: str) -> int | None:
        candidates = [self._first[key[:n]] for n in self._lengths[:bisect.bisect_right(self._lengths, len(key))]
                      if key[:n] in self._first]
        at = bisect.bisect_left(self._sorted, key)
        while at < len(self._sorted) and self._sorted[at].startswith(key):
            candidates.append(self._first[self._sorted[at]])
            at += 1
        return min(candidates, default=None)


def add_table_program(programs: ProgramIndex, key: str, label: str, cell, *, parent: str | None) -> Program:
    """A plan item that exists only as a table row (quoted from the row's first printed part)."""
    known = programs.by_key(key)
    if known is not None:
        return known
    quote = cell.text.split("\n")[0].strip()
    prog = Program(key=key, label=label, passage=Passage(cell.line_start, cell.line_start, quote),
                   parent=parent, subject=topic_of(label))
    programs.programs.append(prog)
    return prog


def match_program(text: str, programs: ProgramIndex) -> Program | None:
    """The outline program whose label is this (merged) goal cell."""
    return programs.match(text)


def _cell_passage(row: Row, col: int, section: tuple[str, ...], lines: list[str]) -> Passage | None:
    cell = row.cell(col)
    if cell is None or cell.is_empty:
        return None
    line = lines[cell.line_start - 1]
    return Passage(cell.line_start, cell.line_start, line.strip(), section)


def target_column(table: Table, period: Period) -> list[YearColumn]:
    """A one-year plan's single 「年度目標值」 column, which holds that year's targets (none for other periods)."""
    if period.start.year != period.end.year:
        return []
    return [YearColumn(i, period.start.year) for i, name in enumerate(table.header)
            if names_targets(name)][:1]


def year_target_facts(table: Table, lines: list[str], programs: ProgramIndex | list[Program], *, section: tuple[str, ...],
                      goal_names: tuple[str, ...], years: list[YearColumn] | None = None) -> list[Fact]:
    """One target per indicator row and target column (``years``: default, the table's year columns)."""
    years = (year_columns(table) if years is None else years)
    years = years + baseline_columns(table) + span_columns(table, years) if years else []
    base_year = next((yc.year for yc in years if yc.kind == "baseline"), None)  # 「基準值（110年）| 降低2%」
    ind_col = find_column(table, *INDICATOR_COLUMNS)
    if not years or ind_col is None:
        return []
    key_col = find_column(table, "序號")
    goal_col = find_column(table, *goal_names)
    std_col = find_column(table, "衡量標準")
    goal_programs = programs if isinstance(programs, ProgramIndex) else ProgramIndex(list(programs))
    facts: list[Fact] = []
    for group in group_rows(table, key_col):
        goal_text = next((r.text(goal_col) for r in group if goal_col is not None and r.text(goal_col).strip()), "")
        program = match_program(goal_text, goal_programs) if goal_text else None
        for row in group:
            indicator, noted_unit = split_unit_note(row.cell(ind_col).flat if row.cell(ind_col) else "")
            if not indicator:
                continue
            standard = row.cell(std_col).flat if std_col is not None and row.cell(std_col) else ""
            step = _yearly_step(standard)
            if step is not None:  # 「較前一年度降低5%」 in the standard: a relative target for each year column
                facts.extend(_step_targets(step, indicator, row, std_col, years, section, lines, program))
            for yc in years:
                cell = row.cell(yc.index)
                if cell is None or cell.is_empty:
                    continue
                numbers = [n for n in find_numbers(cell.text) if n.kind in ("quantity", "code", "ordinal", "year")]
                if not numbers:
                    continue
                relative = _relative_cell(cell.text, yc.period, base_year) if yc.kind == "target" else None
                if relative is not None:  # the figure after the verb, not the 3 of 「前3年」
                    numbers = [n for n in numbers if n.start >= relative[2]] or numbers
                n = numbers[0]
                unit = n.unit or noted_unit or unit_from_label(standard) or unit_from_label(indicator)
                if not unit:
                    continue
                period = yc.period
                passage = _cell_passage(row, yc.index, section, lines)
                if passage is None or cell.text[n.start:n.unit_end or n.end] not in passage.quote:
                    continue
                text = f"{indicator} {standard}"
                operator, relative_to = _operator(text, indicator, period) if yc.kind == "target" else (None, None)
                if relative is not None:
                    operator, relative_to = relative[0], relative[1]
                elif step is not None and operator in ("increase-by", "decrease-by") and unit != step.unit:
                    # 「A1類交通事故死亡人數 | 較前一年度降低5% | 170人」: the level the yearly 5% leads to
                    operator = "at-most" if operator == "decrease-by" else "at-least"
                    relative_to = None
                if operator == "equal":  # 「≥180場」「97%以上」 in the cell, 「每年至少辦理場次」 in the standard
                    operator = (printed_operator(cell.text[:n.start], cell.text[n.unit_end or n.end:])
                                or bound_named(standard) or operator)
                facts.append(Fact(
                    kind=yc.kind, indicator=_rate_name(indicator, standard, unit, relative_to is not None),
                    value=n.value, unit=unit, period=period,
                    passage=passage, value_text=cell.text[n.start:n.unit_end or n.end],
                    program=program.key if program else None, operator=operator, relative_to=relative_to,
                ))
    return facts


_RATE_NAME = re.compile(r"(?:率|比率|比例|百分比)$")
_COMPARED = re.compile(r"基準|較")  # with _CELL_CHANGE's verbs: a standard that compares with another figure


def _rate_name(indicator: str, standard: str, unit: str, relative: bool = False) -> str:
    """「汰換本局個人電腦主機 | 汰換本局個人電腦主機預算執行率 | 85%」: a percentage of an indicator that names no rate
    is the rate its 衡量標準 names, when the standard is that name (「年度取締酒駕件數…達成率」 names its own)."""
    standard = standard.strip()
    if unit not in ("%", "％") or _RATE_NAME.search(indicator):
        return indicator
    if not _RATE_NAME.search(standard):
        # 「建置車牌辨識監視器鏡頭 | 建置車牌辨識監視器鏡頭20支 | 80%」: the share of a count the standard sets is how far
        # that target is reached (not a baseline's figure: 「以111年死亡人數（186人）為基準」,
        # nor a change from one: 「超速40公里以上之取締件數 | 較基準值增加1%」)
        return f"{indicator}目標達成率" if (holds_a_figure(standard) and not relative
                                         and not _COMPARED.search(standard)
                                         and not _CELL_CHANGE.search(standard)) else indicator
    return standard if standard.startswith(indicator) else indicator


def _yearly_step(standard: str) -> NumberMatch | None:
    """「較前一年度降低5%」「每年成長2%」 in a 衡量標準 cell: the yearly change it prints, a figure in % after the verb."""
    text = normalise_width(standard)
    verb = _CELL_CHANGE.search(text)
    if verb is None or not (_RELATIVE_CUE.search(text) or "每年" in text):
        return None
    found = [n for n in find_numbers(text) if n.kind == "quantity" and n.unit == "%" and n.start >= verb.start()]
    return found[0] if found else None


def _step_targets(step: NumberMatch, indicator: str, row: Row, std_col: int, years: list[YearColumn],
                  section: tuple[str, ...], lines: list[str], program: Program | None) -> list[Fact]:
    text = normalise_width(row.cell(std_col).flat)
    operator = "decrease-by" if _DECREASE.search(text[:step.start]) else "increase-by"
    facts = []
    for yc in years:
        passage = _cell_passage(row, yc.index, section, lines) if yc.kind == "target" else None
        printed = text[step.start:step.unit_end]
        if passage is None or printed not in normalise_width(passage.quote):
            continue
        period = year_period(yc.year)
        facts.append(Fact(kind="target", indicator=indicator, value=step.value, unit="%", period=period,
                          passage=passage, value_text=printed, program=program.key if program else None,
                          operator=operator, relative_to=year_period(yc.year - 1), rules=("yearly_step_standard",)))
    return facts


def _relative_cell(text: str, period: Period, base_year: int | None = None) -> tuple[str, Period, int] | None:
    """「較前3年平均減少5%」 in a target cell: (decrease-by, 3 years before, where the figure starts), or None. A
    cell that opens with the verb (「降低2%」) is relative to the table's 基準值 year, or else to the year before."""
    text = normalise_width(text)
    verb = _CELL_CHANGE.search(text)
    if verb is None or ("較" not in text[:verb.start()] and text[:verb.start()].strip()):
        return None
    before = text[:verb.start()]
    year = _CELL_YEAR.search(before)
    printed = printed_year(year.group("y")) if year else None
    reference = (years_before(before, period) or (year_period(printed) if printed else None)
                 or (year_period(base_year) if base_year and "較" not in before else None)
                 or year_period(period.start.year - 1))
    operator = "decrease-by" if _DECREASE.match(verb.group("verb")) else "increase-by"
    return operator, reference, verb.end()


def _operator(text: str, indicator: str, period: Period) -> tuple[str, Period | None]:
    """減少A1事故死亡人數 1人 (與前年相較) → decrease-by 1 relative to the previous year."""
    if (cue := _RELATIVE_CUE.search(text)) or (_DECREASE.search(indicator) and not indicator.endswith("率")):
        printed = printed_year(cue["y"]) if cue is not None and cue["y"] else None
        prev = year_period(printed) if printed else year_period(period.start.year - 1)
        if _DECREASE.search(text):
            return "decrease-by", prev
        if _INCREASE.search(text):
            return "increase-by", prev
    return "equal", None


