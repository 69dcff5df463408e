"""What a native reader hands the converters: paragraphs and tables with their place in the file, laid out
as the lines every converter reads.

The genre converters read lines (:class:`~twpolice.converters.text.SourceText`): a paragraph is a line, a
table row is a line of tab-separated cells (the ``tsv`` layout of :mod:`..tables`, which finds its header,
merged key cells and sub-header there). So a reader builds :class:`Paragraph` and :class:`Grid` blocks and
:func:`render` lays them out the way those modules read them, keeping for every line where it came from
(:class:`Location`). A merged cell is expanded to the grid positions it covers: its text sits in its first
position and the positions it covers to the right or below are empty cells, as office suites print them and
as :meth:`..tables.Table.filled_rows` fills key columns.

A two-column table whose second column is prose (項目 | 執行成果與效益, a performance report's usual layout) is
text set in a table for its looks, not figures: it is laid out as each row's heading line followed by its
body's paragraphs, which the outline walk reads as a section and its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from twpolice.converters.text import SourceText

__all__ = ["Grid", "Location", "NativeSource", "Paragraph", "render"]


@dataclass(frozen=True)
class Location:
    """Where a rendered line sits in the original file.

    ``page`` (PDF, 1-based physical page of the line's first character; ``page_end`` when the line runs
    on to a later page); ``paragraph`` (DOCX/ODT, 1-based among the body's paragraphs outside tables);
    ``table`` and ``row`` (1-based) for a table row, with ``cells`` the 1-based grid column of each
    tab-separated cell of the line.
    """

    page: int | None = None
    page_end: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cells: tuple[int, ...] = ()

    def locator(self, cell: int | None = None) -> str:
        """The language-neutral locator of ``twp:locator``: ``paragraph=12`` or ``table=2;row=3;cell=4``
        (``cell`` omitted when the quote is not within one cell); "" for a PDF line, whose page says it."""
        if self.table is not None:
            text = f"table={self.table};row={self.row}"
            return text + (f";cell={cell}" if cell is not None else "")
        if self.paragraph is not None:
            return f"paragraph={self.paragraph}"
        return ""


@dataclass
class Paragraph:
    """One paragraph as printed (line breaks inside it already joined)."""

    text: str
    location: Location = field(default_factory=Location)


@dataclass
class Grid:
    """A table as a full grid: ``rows[r][c]`` is the text of grid position (r, c); a position covered by a
    merged cell is "". ``header_rows`` leading rows are the header; ``location`` gives the table's number
    (and first page)."""

    rows: list[list[str]]
    location: Location = field(default_factory=Location)
    header_rows: int = 1
    row_pages: list[int] = field(default_factory=list)  # PDF: the page each row starts on
    cell_pages: list[list[list[int]]] = field(default_factory=list)  # PDF: [row][col] the page of each paragraph

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass(frozen=True)
class NativeSource(SourceText):
    """A document read from PDF, DOCX or ODT: the lines the converters read, and each line's place.

    ``sha256`` is of the original file; ``media_type`` names its format."""

    locations: tuple[Location | None, ...] = ()
    media_type: str = "text/plain"

    def location(self, line: int) -> Location | None:
        """Place of line ``line`` (1-based), or None for a blank line the layout added."""
        return self.locations[line - 1] if 1 <= line <= len(self.locations) else None


_SENTENCE = re.compile(r"[。；;]")
_WS = re.compile(r"[\t\r\n\v\f]+")


def _one_line(text: str) -> str:
    """Cell text on one line: tabs and line breaks would start new cells or lines."""
    return _WS.sub(" ", text).strip()


def _paragraph_line(text: str) -> str:
    """A paragraph as one line, its indentation kept (it is part of the text as typed)."""
    return _WS.sub(" ", text).rstrip()


def is_prose_table(grid: Grid) -> bool:
    """Two columns, the second holding sentences in most rows that have text: a layout table of headings and
    their bodies, not a table of figures."""
    if grid.width != 2:
        return False
    bodies = [r[1] for r in grid.rows[grid.header_rows:] if len(r) > 1 and r[1].strip()]
    if len(bodies) < 2:
        return False
    prose = sum(1 for b in bodies if _SENTENCE.search(b) and len(b) > 40)
    return prose * 2 >= len(bodies)


def render(blocks: list[Paragraph | Grid], *, sha256: str, name: str, media_type: str) -> NativeSource:
    """Lay the blocks out as lines, one per paragraph and one per table row, nothing added between them, so a
    document typed line by line keeps its line numbers in every format."""
    lines: list[str] = []
    where: list[Location | None] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(_paragraph_line(block.text))
            where.append(block.location)
        elif is_prose_table(block):
            _render_prose_table(block, lines, where)
        else:
            _render_grid(block, lines, where)
    while lines and not lines[-1]:
        lines.pop()
        where.pop()
    text = "\n".join(lines) + "\n"
    return NativeSource(text=text, lines=lines, encoding=media_type, had_bom=False, crlf=False, sha256=sha256,
                        name=name, locations=tuple(where), media_type=media_type)


def _row_location(grid: Grid, r: int, cells: tuple[int, ...]) -> Location:
    loc = grid.location
    page = grid.row_pages[r] if r < len(grid.row_pages) else loc.page
    return Location(page=page, table=loc.table, row=r + 1, cells=cells)


def _render_grid(grid: Grid, lines: list[str], where: list[Location | None]) -> None:
    width = grid.width
    for r, row in enumerate(grid.rows):
        cells = [_one_line(row[c]) if c < len(row) else "" for c in range(width)]
        if not any(cells):
            continue
        lines.append("\t".join(cells))
        where.append(_row_location(grid, r, tuple(range(1, width + 1))))


def _render_prose_table(grid: Grid, lines: list[str], where: list[Location | None]) -> None:
    """Each row: its heading cell as a line, then its body cell's paragraphs, then a blank line."""
    for r, row in enumerate(grid.rows):
        for c, cell in enumerate(row[:2]):
            pages = grid.cell_pages[r][c] if r < len(grid.cell_pages) and c < len(grid.cell_pages[r]) else []
            for k, part in enumerate(cell.split("\n")):
                part = _one_line(part)
                if part:
                    lines.append(part)
                    at = _row_location(grid, r, (c + 1,))
                    where.append(replace(at, page=pages[k]) if k < len(pages) else at)
        if lines and lines[-1] != "":
            lines.append("")
            where.append(None)
