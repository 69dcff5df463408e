"""Every passage of a document read from PDF, DOCX or ODT told where it is in the original file.

Converters cite lines of the rendered text; the reader knows each line's page, paragraph or table row
(:class:`~.layout.Location`). A passage gets the page of its first line and a locator: the paragraph, or the
table, row and — when the figure sits in one cell of the row — the cell. The cell is the one holding the
quote, or, when the quote is the whole row (table converters quote the row), the one cell holding the
figure as printed; a figure printed in two cells of the row names no cell rather than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from twpolice.converters.readers.layout import Location, NativeSource
from twpolice.model import Extraction, Passage

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


def _cell(line: str, location: Location, quote: str, value_text: str) -> int | None:
    if not location.cells:
        return None
    holding = _cells_holding(line, quote.strip())
    if len(holding) != 1 or "\t" in quote.strip():
        holding = _cells_holding(line, value_text.strip())
    if len(holding) != 1:
        return None
    col = holding.pop()
    return location.cells[col] if col < len(location.cells) else None


def _located(passage: Passage, source: NativeSource, value_text: str = "") -> Passage:
    location = source.location(passage.line_start)
    if location is None:
        return passage
    cell = None
    if location.table is not None:
        cell = _cell(source.lines[passage.line_start - 1], location, passage.quote, value_text)
    return replace(passage, page=location.page, locator=location.locator(cell))


def attach_provenance(extraction: Extraction, source: NativeSource) -> None:
    """Give every fact's and program's passages their page and locator, in place."""
    for fact in extraction.facts:
        fact.passage = _located(fact.passage, source, fact.value_text)
        fact.also_in = tuple(_located(p, source, fact.value_text) for p in fact.also_in)
    for program in extraction.programs:
        program.passage = _located(program.passage, source)
