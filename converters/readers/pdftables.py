"""Tables of a PDF: from their ruling lines, from the alignment of their columns, and across page breaks.

* Ruled tables are pdfplumber's (the cells its ruling lines enclose); a cell spanning columns or rows leaves
  the positions it covers empty. Each cell's lines are joined into paragraphs within the cell's width.
* A table printed without rules is a run of lines each split into segments by wide gaps: the columns are
  where some line has text, separated by the x-ranges where none has (the projection of the segments).
* A table that ends one page and one that opens the next with the same number of columns are one table:
  the header row(s) printed again are dropped, and a first row whose key cell is empty and whose few filled
  cells continue the row before (the rest of a row the page break cut) is joined to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from twpolice.converters.outline import parse_heading
from twpolice.converters.readers.pdflines import Pitch, VLine, join_paragraphs, joined, line_pitch, visual_lines

__all__ = ["PdfTable", "aligned_tables", "merge_continuation", "ruled_tables"]

MAX_HEADER_ROWS = 3


@dataclass
class PdfTable:
    """A table found on a page: its rows of cell texts (paragraphs of a cell on separate lines)."""

    rows: list[list[str]]
    top: float
    bottom: float
    last_page: int  # the page it ends on
    row_pages: list[int] = field(default_factory=list)
    open_ends: list[bool] = field(default_factory=list)  # last row: does the cell's text run on past its end?
    cell_pages: list[list[list[int]]] = field(default_factory=list)  # [row][col]: the page of each paragraph

    def __post_init__(self) -> None:
        if not self.cell_pages:
            self.cell_pages = [[[self.last_page] * len(t.split("\n")) for t in row] for row in self.rows]

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def _inside(c: dict, box: tuple[float, float, float, float]) -> bool:
    x = (c["x0"] + c["x1"]) / 2
    y = (c["top"] + c["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _cell(chars: list[dict], box: tuple[float, float, float, float], page: int) -> tuple[str, bool]:
    """A cell's text (its paragraphs on separate lines) and whether its last line is full."""
    lines = visual_lines(chars, page)
    if not lines:
        return "", False
    pad = max(1.0, min(ln.x0 for ln in lines) - box[0])
    right = box[2] - pad
    paragraphs = join_paragraphs(lines, right, line_pitch(lines), blanks=False)
    last = lines[-1]
    return "\n".join(t for t, _, _ in paragraphs), last.x1 + 1.5 * last.size >= right


def ruled_tables(page, chars: list[dict], number: int) -> list[tuple[PdfTable, tuple[float, float, float, float]]]:
    """The page's ruled tables of at least two rows and two columns, with their boxes (a framed paragraph
    is one cell, not a table)."""
    out = []
    for found in page.find_tables():
        rows = found.rows
        if len(rows) < 2 or max(len(r.cells) for r in rows) < 2:
            continue
        box = found.bbox
        mine = [c for c in chars if _inside(c, box)]
        grid: list[list[str]] = []
        open_ends: list[bool] = []
        for row in rows:
            texts: list[str] = []
            open_ends = []
            for cell in row.cells:
                if cell is None:
                    texts.append("")
                    open_ends.append(False)
                    continue
                text, open_end = _cell([c for c in mine if _inside(c, cell)], cell, number)
                texts.append(text)
                open_ends.append(open_end)
            grid.append(texts)
        out.append((PdfTable(grid, box[1], box[3], number, [number] * len(grid), open_ends), box))
    return out


def _columns(lines: list[VLine]) -> list[tuple[float, float]]:
    """x-ranges where some line has a segment, merged where they overlap."""
    spans = sorted((x0, x1) for ln in lines for _, x0, x1 in ln.segments)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1] + 2.0:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def aligned_tables(lines: list[VLine], pitch: Pitch) -> list[tuple[int, int, PdfTable]]:
    """Runs of two or more lines of one page, each in two or more segments, whose segments fall into two or
    more columns: (index of the first line, index after the last, the table)."""
    out: list[tuple[int, int, PdfTable]] = []
    i = 0
    while i < len(lines):
        if len(lines[i].segments) < 2:
            i += 1
            continue
        j = i + 1
        while (j < len(lines) and len(lines[j].segments) >= 2 and lines[j].page == lines[i].page
               and lines[j].top - lines[j - 1].top <= 2.5 * pitch.of(lines[j - 1])):
            j += 1
        run = lines[i:j]
        columns = _columns(run)
        if len(run) >= 2 and len(columns) >= 2:
            rows = []
            for ln in run:
                row = [""] * len(columns)
                for text, x0, x1 in ln.segments:
                    centre = (x0 + x1) / 2
                    col = next(k for k, (a, b) in enumerate(columns) if a - 2.0 <= centre <= b + 2.0)
                    row[col] = f"{row[col]} {text}".strip()
                rows.append(row)
            last = run[-1]
            table = PdfTable(rows, run[0].top, last.bottom, last.page, [ln.page for ln in run], [False] * len(columns))
            out.append((i, j, table))
        i = j
    return out


def _same(a: list[str], b: list[str]) -> bool:
    return ["".join(t.split()) for t in a] == ["".join(t.split()) for t in b]


def _continues_row(prev: list[str], row: list[str]) -> bool:
    """The rest of ``prev`` after a page break: key cell empty, few cells filled, each continuing one of prev's."""
    filled = [c for c, t in enumerate(row) if t.strip()]
    if not filled or row[0].strip() or not prev[0].strip() or len(filled) * 2 > max(len(row), 2):
        return False
    return all(c < len(prev) and prev[c].strip() for c in filled)


def _glue(before: str, after: str, open_end: bool) -> tuple[str, bool]:
    """A cell's text continued after a page break, and whether its paragraph goes on (when the last line was
    full) rather than a new one beginning."""
    if open_end and parse_heading(after.split("\n", 1)[0]) is None:
        return joined(before, after), True
    return f"{before}\n{after}", False


def merge_continuation(prev: PdfTable, nxt: PdfTable) -> bool:
    """Append ``nxt`` (opening the page after ``prev`` ends one) to ``prev`` when it continues it."""
    if nxt.row_pages[:1] != [prev.last_page + 1] or nxt.width != prev.width:
        return False
    rows, pages = list(nxt.rows), list(nxt.row_pages)
    k = 0
    while k < min(MAX_HEADER_ROWS, len(rows), len(prev.rows) - 1) and _same(rows[k], prev.rows[k]):
        k += 1
    rows, pages = rows[k:], pages[k:]
    if rows and _continues_row(prev.rows[-1], rows[0]):
        last, last_pages, rest_pages = prev.rows[-1], prev.cell_pages[-1], nxt.cell_pages[k]
        for c, text in enumerate(rows[0]):
            if text.strip():
                last[c], goes_on = _glue(last[c], text, prev.open_ends[c] if c < len(prev.open_ends) else False)
                last_pages[c] = last_pages[c] + rest_pages[c][1 if goes_on else 0:]
        rows, pages, k = rows[1:], pages[1:], k + 1
    prev.rows.extend(rows)
    prev.row_pages.extend(pages)
    prev.cell_pages.extend(nxt.cell_pages[k:])
    prev.open_ends = nxt.open_ends
    prev.last_page, prev.bottom = nxt.last_page, nxt.bottom
    return True
