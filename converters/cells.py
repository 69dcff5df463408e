"""One value per cell: facts that would land in the same cell with different values.

A cell is agency × indicator × period × value type × program × qualifiers. Prose
sometimes gives two figures the same derived name (「合計約92支，每年約23支」);
the later ones get the words printed just before the number (or their line, when
those words do not tell them apart) added to their indicator name, so the data
never claims two values for one thing.
"""

from __future__ import annotations

import re
from collections import defaultdict

from twpolice.converters.prose import CLAUSE_END
from twpolice.normalise import normalise_width
from twpolice.model import Fact

_CUT = re.compile(r"[，、；：。,;:\s]")
MAX_CONTEXT = 12


def cell_key(fact: Fact) -> tuple:
    """What R-unique-cell (shapes/core.ttl) calls one cell: a level target (at least 99.4 %) and a relative one
    (increase by 0.1 %) of the same indicator are two cells."""
    return (fact.indicator, fact.period.slug, fact.kind, fact.program, tuple(sorted(fact.qualifiers.items())),
            fact.unit, fact.operator, fact.relative_to.slug if fact.relative_to else None)


_NUMBERING = re.compile(r"^\s*(?:[-‧•·]\s*)?(?:[(（][0-9一二三四五六七八九十]+[)）]|[0-9]+[.、．]|[①-⑳])\s*")
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_WORDS = re.compile(r"[^\d，、；：。,;:()（）\s]+")


def _context(fact: Fact) -> str:
    """What tells this figure apart: the sentence's opening words (「發生搶奪案」), else the
    words printed right after the number (「區間測速」)."""
    numbering = _NUMBERING.match(normalise_width(fact.passage.quote))  # 「１．」 is 「1.」
    quote = fact.passage.quote[numbering.end():] if numbering else fact.passage.quote
    quote = _SPACED.sub("", quote)  # 「春  節：4人」 opens with 春節
    opening = _WORDS.match(quote)
    if opening:
        return opening.group()[:MAX_CONTEXT]
    pos = quote.find(fact.value_text)
    if pos >= 0:
        after = _WORDS.match(quote, pos + len(fact.value_text))
        if after:
            return after.group()[:MAX_CONTEXT]
    return ""


def _clause_before(fact: Fact) -> str:
    """「平常日規劃交通崗144處，動用警力367人次，例假日規劃交通崗71處，動用警力108人次」: the second 動用警力 is
    told apart by the clause before its own (例假日規劃交通崗), as the sentence's opening tells neither."""
    quote = fact.passage.quote
    pos = quote.rfind(fact.value_text)
    ends = [m.start() for m in CLAUSE_END.finditer(quote, 0, max(pos, 0))]
    if pos < 0 or not ends:
        return ""
    start = ends[-2] + 1 if len(ends) > 1 else 0
    words = _WORDS.match(_NUMBERING.sub("", quote[start:ends[-1]]).lstrip())
    return words.group()[:MAX_CONTEXT] if words and len(words.group()) >= 3 else ""  # not 「至」 of 「至111年底止」


def _clause_after(fact: Fact) -> str:
    """The words of the clause right after the figure's (「…500萬元，於永安區裝設72支攝影機」: 於永安區裝設), when the
    figure ends its clause."""
    quote = fact.passage.quote
    pos = quote.find(fact.value_text)
    if pos < 0:
        return ""
    rest = quote[pos + len(fact.value_text):]
    if not rest[:1] or not CLAUSE_END.match(rest[:1]):
        return ""
    words = _WORDS.match(rest[1:].lstrip())
    return words.group()[:MAX_CONTEXT] if words and len(words.group()) >= 3 else ""


def keep_cells_unique(facts: list[Fact]) -> list[Fact]:
    """Every fact whose value differs from the first one in its cell gets a cell of its own."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[cell_key(fact)].append(fact)
    for group in groups.values():
        if len({f.value for f in group}) < 2:
            continue
        base = group[0].value
        named: dict[str, object] = {}  # context → the value it already names
        per_line: dict[int, int] = defaultdict(int)
        for fact in group:
            if fact.value == base:
                continue
            context = _context(fact)
            if fact.passage.quote == group[0].passage.quote and context == _context(group[0]):
                context = _clause_before(fact) or context
            if not context or named.get(context, fact.value) != fact.value:
                context = _clause_after(fact)  # 「台電促協金500萬元，於永安區裝設72支攝影機」: what the money is for
            if not context or named.get(context, fact.value) != fact.value:
                per_line[fact.passage.line_start] += 1
                context = f"第{fact.passage.line_start}行之{per_line[fact.passage.line_start]}"
            named[context] = fact.value
            fact.indicator = f"{fact.indicator}（{context}）"
    return facts
