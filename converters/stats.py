"""Statistics and result tables: a label column, then either number columns (each column
an indicator: 發生數 破獲數 破獲率 查獲案犯數) or a result column in prose
(項目 | 執行成果: 「查獲45件、43人…」).

A numeric cell becomes one fact named by its row label and column name; a prose
cell goes through the prose engine with the row label as its topic.
"""

from __future__ import annotations

import re
from dataclasses import replace

from twpolice import composition
from twpolice.converters.budget import FUNDING_LABELS, funding_column_fact, funding_of
from twpolice.converters.captions import give_subject
from twpolice.converters.kpi import find_column
from twpolice.converters.numbers import find_numbers
from twpolice.converters.periods import find_periods, fiscal_year, printed_year, year_before, year_period
from twpolice.converters.prose import SCHEDULE, ProseContext, extract_line
from twpolice.converters.semantics import (ACTUAL_ROLE, BUDGET_CUE, INDICATOR_COLUMNS, MONEY_UNITS, PROGRAMME_COLUMNS,
                                            SPENT, TARGET_ROLE, achievement_name, names_targets, only_bound_words,
                                            printed_operator, split_unit_note, unit_from_label)
from twpolice.converters.tables import Cell, Row, Table
from twpolice.converters.text import bounded_sentences
from twpolice.normalise import normalise_width
from twpolice.converters.units import canonical, is_unit
from twpolice.model import Fact, Passage, Period

_LABEL_HEADERS = ("項目", "類別", "案類", "名稱", "區分", "單位")
# cells that name no figure: a row's number (「3」「衡量指標一」) or a verdict (「達成」「未達成」)
_NAMES_NO_FIGURE = re.compile(r"^\s*(?:[0-9０-９]{1,3}|(?:(?:衡量|績效|關鍵績效)?指標|項次|編號)\s*[一二三四五六七八九十0-9]{1,3}"
                      r"|(?:未|尚未)?(?:達成|達標)|(?:不)?符合)\s*$")


def numeric_cell(cell: Cell):
    """The single number a cell prints (with its unit if any), or None for text cells."""
    text = cell.text.strip()
    if not text:
        return None
    numbers = find_numbers(text)
    if len(numbers) != 1:
        return None
    n = numbers[0]
    rest = (text[:n.start] + text[(n.unit_end or n.end):]).strip(" %％")
    return n if not rest or only_bound_words(rest) else None  # 「9,000人以下」 in a target column is a bounded target


def _row_label(row: Row, value_cols: set[int]) -> tuple[str, list[str]]:
    """Label of a row from its non-value cells; the extra label cells are sub-categories."""
    labels = [c.flat for c in row.cells if c.col not in value_cols and c.flat and not _NAMES_NO_FIGURE.match(c.flat)
              and not any(n.unit for n in find_numbers(c.text))]
    if not labels:
        return "", []
    return labels[0], labels[1:]


_CAPTION_UNIT = re.compile(r"單位\s*[:：]\s*(?:新臺幣|新台幣)?\s*(?P<unit>[^\s()（）、，,;；]{1,4}?)\s*[)）]")


def caption_unit(table: Table, lines: list[str]) -> str | None:
    """The unit a table's caption prints for its bare numbers: 「…項目及預算（單位：新臺幣千元）」 → 千元."""
    for no in range(max(1, table.line_start - 2), table.line_start):
        m = _CAPTION_UNIT.search(normalise_width(lines[no - 1]))
        if m and is_unit(m.group("unit")):
            return canonical(m.group("unit"))
    return None


_YEAR_CELL = re.compile(r"(?:民國)?\s*(?P<y>[0-9]{2,4})\s*(?:年度?)?")
_CAPTION_NOISE = re.compile(r"^\s*(?:[0-9一二三四五六七八九十]+\s*[、.．]|[（(][0-9一二三四五六七八九十]+[)）])\s*"
                            r"|近\s*[0-9一二三四五六七八九十]+\s*年(?:來|度)?|歷年|(?:統計|比較|分析|一覽)表?|統計資料|情形|概況"
                            r"|[（(][^)）]*[)）]|[:：]\s*$")


def _row_year(row: Row) -> int | None:
    """The year a row of a by-year table stands for (its first cell 「109年」「110年度」「2021」), else None."""
    first = row.cell(0)
    m = _YEAR_CELL.fullmatch(normalise_width(first.flat).strip()) if first is not None and first.flat else None
    return printed_year(m["y"]) if m else None


def _row_part_of_year(row: Row, ctx: ProseContext) -> Period | None:
    """The month or quarter a row of a by-month table stands for (its first cell 「1月」「第2季」, of the table's year),
    else None."""
    first = row.cell(0)
    text = normalise_width(first.flat).strip() if first is not None and first.flat else ""
    found = find_periods(text, default_period=ctx.period) if text else []
    if len(found) == 1 and found[0].period is not None and found[0].printed.strip() == text:
        return found[0].period
    return None


def _caption_line(table: Table, lines: list[str]) -> str:
    """The nearest printed line of the two above a table (its caption, if it has one), width-folded."""
    for no in range(table.line_start - 1, max(0, table.line_start - 3), -1):
        if text := lines[no - 1].strip():
            return normalise_width(text).strip()
    return ""


def caption_period(table: Table, lines: list[str], ctx: ProseContext) -> Period | None:
    """The period a table's caption states (「貳、113年1至3月各月刑案」): what its rows are within, over the
    document's own; None when the caption states none or is a sentence with figures of its own."""
    text = _caption_line(table, lines)
    found = [p for p in find_periods(text, default_period=ctx.period) if p.period is not None] if text else []
    bare = text
    for p in found:
        bare = bare.replace(p.printed, "")
    if len(found) == 1 and (found[0].compared or _COMPARED_AFTER.match(text, found[0].end)):
        return None  # 「三、重點犯罪分析（與111年1至8月比較）」: what the rows are compared with, not their period
    return found[0].period if len(found) == 1 and len(text) <= 40 and not find_numbers(bare) else None


def _role_column_period(column: str, ctx: ProseContext) -> Period | None:
    """The period a target or actual column's header opens with (「110年實際值」), else None."""
    if not (TARGET_ROLE.search(column) or ACTUAL_ROLE.search(column)):
        return None
    found = [p for p in find_periods(column, default_period=ctx.period) if p.period is not None]
    return found[0].period if len(found) == 1 and found[0].start == 0 else None


_COMPARED_AFTER = re.compile(r"\s*(?:同期)?\s*(?:相比|比較|相較|對照)")


def caption_subject(table: Table, lines: list[str]) -> str:
    """What a by-year table counts, from its caption: 「一、近4年全般刑案統計」 → 全般刑案."""
    return _CAPTION_NOISE.sub("", _caption_line(table, lines)).strip()


def period_columns(header: list[str], ctx: ProseContext) -> dict[int, Period]:
    """Columns whose header is a period and nothing else (「112年1-6月」「111年」): what their figures are of."""
    out: dict[int, Period] = {}
    for col, text in enumerate(header):
        bare = split_unit_note(normalise_width(text))[0].strip()
        found = find_periods(bare, default_period=ctx.period) if bare else []
        if len(found) == 1 and found[0].period is not None and found[0].printed.strip() == bare:
            out[col] = found[0].period
    return out


def _compared_periods(columns: dict[int, Period]) -> tuple[Period, Period] | None:
    """A comparison table's two period columns, later first: its bare 增減數/增減率 columns are changes of the later
    period against the earlier."""
    periods = sorted(set(columns.values()), key=lambda p: (p.start, p.end))
    return (periods[1], periods[0]) if len(periods) == 2 else None


def _header_money_unit(header: list[str]) -> str | None:
    """計畫名稱 | 經費需求（千元） | 中央補助 | 縣府自籌: the money unit one heading prints is the bare columns' too."""
    units = {u for text in header if (u := split_unit_note(normalise_width(text))[1]) in MONEY_UNITS}
    return units.pop() if len(units) == 1 else None


def _caption_named_subject(table: Table, lines: list[str]) -> str:
    """「表1 全般刑案發生及破獲情形」 → 全般刑案: the subject a caption names, when the vocabulary knows it."""
    return composition.last_subject_form(caption_subject(table, lines))


_TOTAL_ROW = re.compile(r"\s*(?:合計|總計|全市|全縣|總數|共計)\s*")


_BARE_MEASURE = re.compile(r"^(?:發生|破獲|偵破|查獲)?(?:件?數|率)(?:\s*[(（][^()（）]*[)）])?$")


def _subjects_carried(header: list[str]) -> list[str]:
    """月份 | 全般刑案發生數 | 破獲數 | 破獲率(%): a column naming only a measure is of the subject the column before
    it named (全般刑案破獲數)."""
    out, subject = [], ""
    for name in header:
        own = composition.last_subject_form(name)
        if own:
            subject = "" if normalise_width(name).startswith("其中") else own
        elif subject and _BARE_MEASURE.match(name.strip()):
            name = subject + name.strip()
        out.append(name)
    return out


def table_facts(table: Table, lines: list[str], ctx: ProseContext) -> list[Fact]:
    facts: list[Fact] = []
    header = table.header
    unit_note = caption_unit(table, lines)
    rows = table.filled_rows()
    indicator_col = find_column(table, *INDICATOR_COLUMNS)  # 關鍵策略目標 | 關鍵績效指標 | 年度目標值 | 實際值
    caption = None
    columns = period_columns(header, ctx)  # 項目 | 112年1-6月 | 111年1-6月 | 增減數 | 增減率
    compared = _compared_periods(columns)
    # 「表1 全般刑案發生及破獲情形」 over 項目 | 112年1-6月 | …; 「各分局全般刑案統計」 names its 合計 row
    captioned = _caption_named_subject(table, lines)
    month_header = _subjects_carried(header)  # the column names a by-month row's figures take
    if not columns and (within := caption_period(table, lines, ctx)) is not None:
        ctx = replace(ctx, period=within)  # 「113年1至3月各月刑案」 under a report of 112
    for row in rows:
        value_cols = {c.col for c in row.cells if c.col > 0 and numeric_cell(c) is not None}
        label, subs = _row_label(row, value_cols)
        named = row.cell(indicator_col) if indicator_col is not None else None
        if named is not None and named.flat and named.col not in value_cols:
            label, subs = named.flat, []  # the goal or category columns beside it are not part of its name
        if (captioned and label and not composition.last_subject_form(label)
                and (columns or _TOTAL_ROW.fullmatch(label))):
            label = captioned + label  # 「表1 全般刑案發生及破獲情形」 row 發生數: 全般刑案發生數; the 合計 of 各分局
        row_ctx = ctx
        if (year := _row_year(row)) is not None:
            # 年度 | 發生數 | 破獲數: each row is a year; what is counted is the caption's (「近4年全般刑案統計」)
            caption = caption if caption is not None else caption_subject(table, lines)
            if not label:  # 年度 | 案類 | 發生數: the category column still names the row
                label, subs = caption, []
            row_ctx = replace(ctx, period=year_period(year))
        elif not label and (part := _row_part_of_year(row, ctx)) is not None:
            row_ctx = replace(ctx, period=part)  # 月份 | 全般刑案發生數 | 竊盜發生數: each row is a month
        for cell in row.cells:
            if cell.inherited or cell.is_empty:
                continue
            if cell.col in value_cols:
                period = columns.get(cell.col) or (compared[0] if compared else None)
                cell_ctx = replace(row_ctx, period=period) if period is not None else row_ctx
                by_period = row_ctx is not ctx and not label
                found = _number_fact(cell, label, subs, month_header if by_period else header, lines,
                                     cell_ctx, unit_note, columns.get(cell.col), compared[1] if compared else None,
                                     by_period=by_period)
                if indicator_col is not None and period is not None and period.start > ctx.period.end:
                    for fact in found:  # 關鍵績效指標 | 114年 | 115年 in a report of 113: the years ahead are targets
                        if fact.kind == "actual":
                            fact.kind, fact.operator = "target", "equal"
                            fact.rules = (*fact.rules, "future_year_column")
                facts.extend(found)
            elif _is_prose(cell, label, subs):
                topic = " ".join([label, *subs]).strip()
                sub_ctx = replace(ctx, topic=topic, qualifiers={**ctx.qualifiers, **(_row_qualifier(subs[-1]) if subs else {})},
                                  targets=cell.col < len(header) and names_targets(header[cell.col]))  # 目標值 | 「降低5%」
                facts.extend(cell_prose_facts(cell, lines, sub_ctx))
    return facts


def _row_qualifier(sub: str) -> dict[str, str]:
    """A row's sub-label: 「遏止毒品氾濫 | 第一級 | 查獲349件…」 names a drug schedule (the schedule's own indicators,
    as 「其中第一級毒品…」 in prose); any other sub-label is a category of the row."""
    schedule = SCHEDULE.fullmatch(sub.strip())
    return {"schedule": schedule.group().removesuffix("毒品")} if schedule else {"category": sub}


def cell_segments(cell: Cell, lines: list[str]) -> list[tuple[int, str]]:
    """Each printed part of a cell with its line (a cell merged across a page break skips
    the repeated header between its parts)."""
    out: list[tuple[int, str]] = []
    no = cell.line_start
    for part in cell.text.split("\n"):
        part = part.strip()
        if not part:
            continue
        while no <= cell.line_end and part not in lines[no - 1]:
            no += 1
        if no > cell.line_end:
            break
        out.append((no, part))
        no += 1
    return out


def cell_prose_facts(cell: Cell, lines: list[str], ctx: ProseContext) -> list[Fact]:
    """Facts of a cell's text; the row's caption (``ctx.topic``) gives its subject to figures that name none
    (「查緝非法槍械」 row: 「查獲45件、43人」 are firearms cases and suspects)."""
    facts: list[Fact] = []
    subject = composition.subject_in(ctx.topic) if ctx.topic else None
    for no, part in cell_segments(cell, lines):
        for piece in bounded_sentences(part):  # a line of real text is one piece
            for fact in extract_line(piece, no, ctx):
                if ctx.topic and fact.unit == "%" and achievement_name(fact.indicator) != fact.indicator:
                    # 「查緝逃犯數 | 目標值60人 | 實際值68人 | 達成率113.33%」: the share of the row's target reached
                    fact.indicator = fact.printed_label = f"{ctx.topic}{achievement_name(fact.indicator)}"
                give_subject(fact, subject)
                facts.append(fact)
    return facts


def _is_prose(cell: Cell, label: str, subs: list[str]) -> bool:
    return cell.flat not in (label, *subs) and any(n.unit for n in find_numbers(cell.text))


# 「發生數較去年同期增減」「發生數與去年同期比較」: a change of 發生數 against 去年同期
_CHANGE_COLUMN = re.compile(r"(?:較|與)(?P<ref>.{1,16}?)(?:(?:相較|相比|比較)?(?:增減|增加|減少|變動|差異)(?:數|值|量)?|相較|相比|比較)$")


def _column_reference(text: str, ctx: ProseContext) -> Period | None:
    """What a change column compares with: 「111年同期」 (resolved against the table's period), 「去年同期」."""
    found = [p.period for p in find_periods(text, default_period=ctx.period) if p.period is not None]
    if found:
        return found[0]
    if re.search(r"去年|上年|前一年", text):
        return year_before(ctx.period)
    return None


_PROGRAMME_BUDGET = re.compile(r"預算(?:數|金額)?|經費|計畫經費")
_EXECUTION_COLUMN = re.compile(r"(?:預算)?執行(?:數|金額|(?P<rate>率))")
_BARE_CHANGE = re.compile(r"(?:比較)?(?:增減|增加|減少|變動|差異)(?:數|值|量|件數|人數)?|(?P<rate>(?:增減|變動)(?:比?率|幅度?|百分比))")


def _number_fact(cell: Cell, label: str, subs: list[str], header: list[str], lines: list[str],
                 ctx: ProseContext, unit_note: str | None = None, column_period: Period | None = None,
                 compared: Period | None = None, by_period: bool = False) -> list[Fact]:
    n = numeric_cell(cell)
    if n is None or not (label or by_period):  # a by-month row has no name: its columns name its figures
        return []
    column = header[cell.col] if cell.col < len(header) else ""
    if column in _LABEL_HEADERS:
        return []
    bare_column = split_unit_note(column)[0]
    change = _CHANGE_COLUMN.search(bare_column)
    measured = bare_column[: change.start()] if change else column  # 「發生數較去年同期增減」 counts 發生數, in 件
    # 中央補助 | 縣府自籌 | 經費需求 (a programme's total), also with their unit (「本府（千元）」)
    funding = FUNDING_LABELS.get(column) or FUNDING_LABELS.get(bare_column) or funding_of(column)
    unit = (n.unit or unit_from_label(measured) or unit_from_label(label) or unit_note
            or (_header_money_unit(header) if funding is not None else None))
    if not unit:
        return []
    programmes = normalise_width(header[0]).strip() in PROGRAMME_COLUMNS if header else False
    if programmes and unit in MONEY_UNITS and funding is None and _PROGRAMME_BUDGET.fullmatch(bare_column):
        funding = "total"  # 工作計畫 | 預算數（千元） | 執行數（千元）: each programme's budget
    if unit in MONEY_UNITS and funding is not None:  # 計畫名稱 | 中央 | 縣府 | 合計 (單位：千元)
        return [funding_column_fact(cell, n.value, unit, funding, lines, period=fiscal_year(ctx.period),
                                    program=ctx.program, section=ctx.section, qualifiers={**ctx.qualifiers, "item": label})]
    line = lines[cell.line_start - 1]
    printed = cell.text.strip()
    label, column = split_unit_note(label)[0], achievement_name(split_unit_note(column)[0])  # 達成度(%): 目標達成率
    kind, operator, reference = "actual", None, None
    role_period = _role_column_period(column, ctx) if column_period is None else None
    if role_period is not None:
        ctx = replace(ctx, period=role_period)  # 衡量指標 | 111年目標值 | 111年實際值 | 110年實際值: that year's
    if TARGET_ROLE.search(column):  # 年度目標值 | 實際值: one indicator, a target and an actual
        kind, operator, column = "target", printed_operator(printed[:n.start], printed[n.unit_end or n.end:]) or "equal", ""
    elif ACTUAL_ROLE.search(column):
        column = ""
    elif unit in MONEY_UNITS and BUDGET_CUE.search(column) and not SPENT.search(column):
        kind = "budget"  # 計畫名稱 | 預算數(千元) | 執行數(千元)
    elif change is not None and (reference := _column_reference(change.group("ref"), ctx)) is not None:
        kind, column = "change", column[: change.start()]  # 發生數較111年同期增減: a change of 發生數
    elif compared is not None and (bare := _BARE_CHANGE.fullmatch(column)):
        kind, column, reference = "change", "", compared  # 項目 | 112年1-6月 | 111年1-6月 | 增減數 | 增減率
        if bare["rate"]:
            unit = "%"
        elif unit == "%" and unit_from_label(measured) != "%":
            unit = "百分點"  # 全般刑案破獲率 | 97.12% | 96.50% | +0.62: two rates differ in percentage points
    elif column_period is not None:
        column = ""  # 項目 | 112年1-6月 | 111年1-6月: the column is the figure's period, not part of its name
    indicator = f"{label}{column}" if column and column not in label else label
    qualifiers = dict(ctx.qualifiers)
    if programmes and (execution := _EXECUTION_COLUMN.fullmatch(column)):
        # 計畫名稱 | … | 執行數 | 執行率: how much of the programme's budget was spent (the row names the programme)
        indicator = "預算執行率" if execution.group("rate") else "預算執行數"
        qualifiers["item"] = label
    if subs:
        qualifiers.update(_row_qualifier(subs[-1]))
    return [Fact(
        kind=kind, indicator=indicator, value=n.value, unit=unit,
        period=fiscal_year(ctx.period) if kind == "budget" else ctx.period,
        passage=Passage(cell.line_start, cell.line_start, line.strip(), ctx.section),
        value_text=printed, program=ctx.program, qualifiers=qualifiers, operator=operator, relative_to=reference,
    )]
