"""Every passage of a document read from PDF, DOCX or ODT told where it is in the original file.

Converters cite lines of the rendered text; the reader knows each line's page, paragraph or table row
(:class:`~.layout.Location`). A passage gets the page of its first line and a locator: the paragraph, or the
table, row and — when the figure sits in one cell of the row — the cell. The cell is the one holding the
quote, or, when the quote is the whole row (table converters quote the row), the one cell holding the
figure as printed; n figures of one row printed alike (a KPI row's 「85%」 for each year) go to the n cells holding
that text, in column order by their periods; otherwise a figure printed in two cells names no cell rather than a
wrong one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from twpolice.converters.readers.layout import Location, NativeSource
from twpolice.model import Extraction, Fact, Passage

__all__ = ["attach_provenance"]


def _cells_holding(line: str, needle: str) -> set[int]:
    """0-based tab-separated cells of ``line`` in which ``needle`` occurs (a number not inside a longer one)."""
    if not needle:
        return set()
    pattern = re.escape(needle)
    if needle[:1].isdigit():
        pattern = r"(?<![0-9.,])" + pattern
    if needle[-1:].isdigit():
        pattern += r"(?![0-9])"
    return {line.count("\t", 0, m.start()) for m in re.finditer(pattern, line)}


def _cell(line: str, location: Location, quote: str, value_text: str, nth: tuple[int, int] = (0, 1)) -> int | None:
    """The grid column of the cell holding the figure; ``nth`` = (k, n): this is the k-th of n figures of the row
    printed alike, which sit in the cells holding that text in column order (a KPI row's 85% for each year)."""
    if not location.cells:
        return None
    holding = _cells_holding(line, quote.strip())
    if len(holding) != 1 or "\t" in quote.strip():
        holding = _cells_holding(line, value_text.strip())
    k, n = nth
    if len(holding) == 1 and n == 1:
        col = holding.pop()
    elif len(holding) == n > 1:
        col = sorted(holding)[k]
    else:
        return None
    return location.cells[col] if col < len(location.cells) else None


def _located(passage: Passage, source: NativeSource, value_text: str = "", nth: tuple[int, int] = (0, 1)) -> Passage:
    location = source.location(passage.line_start)
    if location is None:
        return passage
    cell = None
    if location.table is not None:
        cell = _cell(source.lines[passage.line_start - 1], location, passage.quote, value_text, nth)
    return replace(passage, page=location.page, locator=location.locator(cell))


def attach_provenance(extraction: Extraction, source: NativeSource) -> None:
    """Give every fact's and program's passages their page and locator, in place."""
    alike: dict[tuple[int, str], list[Fact]] = defaultdict(list)  # figures of one row printed the same
    for fact in extraction.facts:
        alike[(fact.passage.line_start, fact.value_text.strip())].append(fact)
    for group in alike.values():
        in_order = sorted(group, key=lambda f: (f.period.start, f.period.end))  # a table's columns run in time
        for k, fact in enumerate(in_order):
            fact.passage = _located(fact.passage, source, fact.value_text, (k, len(group)))
            fact.also_in = tuple(_located(p, source, fact.value_text) for p in fact.also_in)
    for program in extraction.programs:
        program.passage = _located(program.passage, source)
