"""Budget cells of plan tables: 「中央：5,033 本府：73,600 合計：78,633」 (千元 as the header says).

Each labelled amount is a budget fact with its funding source (central / local /
total) mapped to the shared budget indicators, so total = central + local can be
checked. A 「總計」 that follows the row's own amounts opens the document's grand
total, which belongs to no program. :func:`funding_of` reads the same sources in running text
(「中央補助4,500萬元、縣府自籌7,845萬元」) for the prose reader.
"""

from __future__ import annotations

import re
from dataclasses import replace

from twpolice.converters.numbers import find_numbers
from twpolice.converters.tables import Cell, find_labeled_values
from twpolice.model import Fact, Passage, Period

FUNDING_LABELS = {
    "中央": "central", "中央補助": "central", "內政部補助": "central", "警政署補助": "central", "本府": "local", "市府": "local", "縣府": "local",
    "地方": "local", "自籌": "local", "合計": "total", "小計": "total",
}
FUNDING_ZH = {"central": "中央", "local": "本府", "total": "合計"}
SHARED = {"central": "budget-central", "local": "budget-local", "total": "budget-total"}
GRAND_TOTAL = ("總計",)
_UNIT_IN_HEADER = re.compile(r"(千元|萬元|元)")

# A source counts where it names the money: right before the figure or before 補助/自籌/配合款 (「本府112年度編列…經費」
# is the government acting, 「本府880萬元」 its share)
_SOURCE_END = r"(?=\s*(?:補助|自籌|配合|負擔|分擔|款|經費|預算|金額|新臺幣|新台幣|約)?\s*[（(]?\s*$|\s*(?:補助|自籌|配合|負擔|分擔))"
_FUNDING_WORDS = (("central", re.compile(rf"(?:中央|內政部|警政署|行政院){_SOURCE_END}")),  # a ministry's grant is central
                  ("local", re.compile(rf"(?:[縣市本]府|地方){_SOURCE_END}|由\s*[縣市本]府|自籌|配合款")),  # 「由本府編列」
                  ("total", re.compile(r"合計|總計|總經費|計畫經費|核定經費|編列(?:預算|經費)?|所需經費|經費需求|需求經費|預算金額|"
                                       r"」\s*(?:本年度|年度|全年)?\s*(?:經費|預算數?)|"
                                       r"^\s*(?:經費|預算)\s*(?:約|為|計|共)?\s*(?:新[臺台]幣)?\s*$")))  # 「建置…1套，經費3,500萬元」
SHARE_NAME = {"central": "中央補助比率", "local": "地方自籌比率", "total": "經費比率"}
_NOT_A_PROGRAMME = re.compile(r"歲出|歲入")  # 「歲出預算數」 is the agency's, not a programme's


def funding_of(words: str) -> str | None:
    """The funding source the words before a budget figure name: a source (中央, 本府, 自籌) over a total, the one
    printed last winning (「所需經費中央補助1億元」 is central); None for money no programme's budget names (歲出預算數)."""
    if _NOT_A_PROGRAMME.search(words):
        return None
    found = [(source != "total", m.end(), source) for source, pattern in _FUNDING_WORDS for m in pattern.finditer(words)]
    return max(found)[2] if found else None  # 「中央補助設置監視器經費合計」 sums central money: central



# 「（單位：千元）」 printed in a line or heading: the unit of the bare amounts under it (none is guessed without it)
STATED_UNIT = re.compile(r"[(（]\s*(?:金額)?單位\s*[:：]\s*(?:新[臺台]幣)?\s*(千元|萬元|元)\s*[)）]")


def lines_above(lines: list[str], no: int, reach: int = 3) -> list[str]:
    """The few lines right above line ``no``, nearest first (a unit note printed once over a list or table)."""
    return [lines[i] for i in range(no - 2, max(no - 2 - reach, -1), -1)]


def unit_of_header(header_text: str, default: str | None = "千元") -> str | None:
    m = _UNIT_IN_HEADER.search(header_text)
    return m.group(1) if m else default


def budget_facts(cell: Cell, lines: list[str], *, unit: str, period: Period, program: str | None,
                 section: tuple[str, ...]) -> list[Fact]:
    """Facts of one budget cell (several physical lines possible)."""
    spans = find_labeled_values(cell.text, list(FUNDING_LABELS) + list(GRAND_TOTAL))
    facts: list[Fact] = []
    grand = False
    previous_end = 0
    for span in spans:
        # 「… 合計：0 總計 中央：110,774 …」: the words between amounts may open the grand total
        if span.label in GRAND_TOTAL or any(w in cell.text[previous_end:span.start] for w in GRAND_TOTAL):
            grand = True
        previous_end = span.value_end
        if span.label in GRAND_TOTAL:
            continue
        funding = FUNDING_LABELS.get(span.label)
        numbers = [n for n in find_numbers(span.value_text) if n.kind == "quantity"]
        if funding is None or not numbers:
            continue
        n = numbers[0]
        line_no = cell.line_start + cell.text.count("\n", 0, span.value_start)
        line = lines[line_no - 1]
        printed = span.value_text[n.start:n.end]
        quote = _quote(line, printed)
        if quote is None:
            continue
        base = "預算總計" if grand else "預算金額"
        facts.append(Fact(
            kind="budget", indicator=f"{base}（{FUNDING_ZH[funding]}）", value=n.value, unit=n.unit or unit,
            period=period, passage=Passage(line_no, line_no, quote, section), value_text=f"{span.label}：{printed}",
            program=None if grand else program, qualifiers={"funding": funding},
            # the 總計 of all a plan's programmes is no programme's budget (as the agency's 歲出預算數 is not)
            shared_indicator=None if grand else SHARED[funding],
        ))
    return facts


# 「8,920（中央補助3,000、本府配合款5,920）」: a programme's money in a budget column, with its sources in brackets
_SOURCES_IN_BRACKETS = re.compile(r"(?P<total>[0-9０-９][0-9０-９,，.．]*)\s*[（(](?P<parts>[^()（）]*[0-9０-９][^()（）]*)[)）]")


def bracketed_sources(cell: Cell, lines: list[str], *, unit: str, period: Period, program: str | None,
                      section: tuple[str, ...]) -> list[Fact]:
    """A budget cell printing its total and, in brackets, each source: the total, then each source's budget
    (a word that names no source, such as 合計, gives nothing); empty when the cell is not so printed."""
    m = _SOURCES_IN_BRACKETS.fullmatch(cell.text.strip())
    if m is None:
        return []
    total = [n for n in find_numbers(m["total"]) if n.kind == "quantity"]
    if len(total) != 1:
        return []
    facts = [funding_column_fact(replace(cell, text=m["total"]), total[0].value, total[0].unit or unit, "total",
                                 lines, period=period, program=program, section=section, qualifiers={})]
    previous, parts = 0, m["parts"]
    for n in find_numbers(parts):
        source = funding_of(parts[previous:n.start])
        previous = n.unit_end or n.end
        if source is not None and source != "total":
            facts.append(funding_column_fact(cell, n.value, n.unit or unit, source, lines, period=period,
                                             program=program, section=section, qualifiers={}))
    return facts


def funding_column_fact(cell: Cell, value, unit: str, funding: str, lines: list[str], *, period: Period,
                        program: str | None, section: tuple[str, ...], qualifiers: dict[str, str]) -> Fact:
    """計畫名稱 | 中央補助 | 縣府自籌 | 合計 (千元): one source column's amount, a budget of that funding source."""
    return Fact(
        kind="budget", indicator=f"預算金額（{FUNDING_ZH[funding]}）", value=value, unit=unit, period=period,
        passage=Passage(cell.line_start, cell.line_start, lines[cell.line_start - 1].strip(), section),
        value_text=cell.text.strip(), program=program, qualifiers={**qualifiers, "funding": funding},
        shared_indicator=SHARED[funding], rules=("funding_column",))


def _quote(line: str, printed: str) -> str | None:
    """The budget part of the printed line (the last tab-separated cell holding the amount)."""
    for part in reversed(line.split("\t")):
        if printed in part:
            return part.strip()
    return None
