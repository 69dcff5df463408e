"""Fixtures: a text document as an agency would publish it — DOCX (python-docx), ODT (odfpy) and PDF
(reportlab, with an embedded TrueType CJK font that carries a ToUnicode map, as office suites write them).

The text is first read into a document model (:func:`model_of`): paragraphs, and tables as real tables —
the text's tab-separated and cell-per-line tables with their header (a two-line header's spanning cells as
horizontally merged cells), merged key cells as vertically merged cells, a row cut by a page break whole
again and the repeated header gone; a two-column table that text extraction flattened (headings first,
bodies after, document 000) as the two-column table it was. Cells that the extraction wrote as
``<p>…</p>`` are cells of several paragraphs. Then each writer lays the model out in its format.

The PDF has a running header (the title) and footer (「第 N 頁」) on every page, tables with ruling lines
(continued on the next page with the header row repeated, a row too tall for the page cut in two) and,
for a table whose rows each fit on one line, no ruling at all (columns by alignment only). Paragraphs wrap at
the margin and run over page breaks. :class:`PdfLayout` records where that happened, for the tests.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement, parse_xml
from odf import teletype
from odf.opendocument import OpenDocumentText
from odf.style import ListLevelProperties
from odf.table import CoveredTableCell, Table as OdfTable, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import List, ListItem, ListLevelStyleNumber, ListStyle, P
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from twpolice.converters import flattened
from twpolice.converters.outline import format_ordinal, parse_heading
from twpolice.converters.tables import Table, find_tables, iter_paragraphs, strip_markup

FONT_FILE = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")  # Debian fonts-wqy-zenhei (.ci/run installs it)


# --------------------------------------------------------------------------- the document model


@dataclass
class TableSpec:
    """A table as a grid of cell texts (a cell of several paragraphs holds them on separate lines).

    ``hspan[(r, c)] = n``: the cell at (r, c) spans n columns (the next n-1 positions are covered);
    ``vcont``: positions that continue the cell above (vertically merged)."""

    rows: list[list[str]]
    header_rows: int = 1
    hspan: dict[tuple[int, int], int] = field(default_factory=dict)
    vcont: set[tuple[int, int]] = field(default_factory=set)

    @property
    def width(self) -> int:
        return max(len(r) for r in self.rows)

    def covered(self, r: int, c: int) -> bool:
        return any(cc < c < cc + n for (rr, cc), n in self.hspan.items() if rr == r)


def _cell_text(text: str) -> str:
    """A cell as its paragraphs, one per line: 「<p>一、…</p> <p>二、…</p>」 is two paragraphs; a word cut by a
    page break in the extraction (「守望相\\n助隊」) is whole again."""
    flat = "".join(part.strip() for part in text.split("\n"))
    if "<p" in flat.lower():
        return "\n".join(strip_markup(p).strip() for p, _, _ in iter_paragraphs(flat) if strip_markup(p).strip())
    return flat


def _table_spec(table: Table) -> TableSpec:
    header = [[_cell_text(c.text) for c in r.cells] for r in table.header_rows]
    rows_in_order = sorted(table.filled_rows() + table.notes, key=lambda r: r.line_start)
    body = [[_cell_text(c.text) if not c.inherited else "" for c in r.cells] for r in rows_in_order]
    width = max(len(r) for r in header + body)
    rows = [r + [""] * (width - len(r)) for r in header + body]
    spec = TableSpec(rows, header_rows=len(header))
    if len(header) == 2:  # the parent header cell spans the sub-columns printed under its empty neighbours
        top, sub = rows[0], rows[1]
        for c, text in enumerate(top):
            if not text:
                continue
            n = 1
            while c + n < width and not top[c + n] and sub[c + n]:
                n += 1
            if n > 1:
                spec.hspan[(0, c)] = n
    for i, row in enumerate(rows_in_order):
        for cell in row.cells:
            if cell.inherited:
                spec.vcont.add((len(header) + i, cell.col))
    return spec


def _flattened_spec(lines: list[str], pairing: flattened.Pairing) -> tuple[int, TableSpec, int]:
    """The two-column table a flattened layout came from: (first line it replaces, the table, last line)."""
    first = pairing.heading_lines[0]
    header_lines = [n for n in range(1, first) if lines[n - 1].startswith("\t") and lines[n - 1].strip()]
    rows = [[lines[n - 1].strip() for n in header_lines]] if len(header_lines) == 2 else []
    for h in pairing.heading_lines:
        body = [lines[n - 1].rstrip() for a, b in pairing.bodies.get(h, []) for n in range(a, b + 1)
                if lines[n - 1].strip()]
        rows.append([lines[h - 1].strip(), "\n".join(body)])
    start = header_lines[0] if len(header_lines) == 2 else first
    return start, TableSpec(rows, header_rows=1 if len(header_lines) == 2 else 0), pairing.body_end


def model_of(text: str) -> list:
    """The document's blocks: paragraph strings ("" for a blank line) and :class:`TableSpec` tables."""
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    replaced: dict[int, tuple[int, TableSpec]] = {}
    pairing = flattened.pair(lines)
    if pairing is not None:
        start, spec, end = _flattened_spec(lines, pairing)
        replaced[start] = (end, spec)
        searched = [(1, start - 1), (end + 1, len(lines))]
    else:
        searched = [(1, len(lines))]
    for lo, hi in searched:
        if hi < lo:
            continue
        for table in find_tables(lines[lo - 1:hi], first_line=lo):
            replaced[table.line_start] = (table.line_end, _table_spec(table))
    blocks: list = []
    n = 1
    while n <= len(lines):
        if n in replaced:
            end, spec = replaced[n]
            blocks.append(spec)
            n = end + 1
            continue
        blocks.append(lines[n - 1].rstrip())
        n += 1
    return blocks


# --------------------------------------------------------------------------- DOCX


_WORD_FORMATS = {"cjk-capital": "ideographLegalTraditional", "cjk": "taiwaneseCountingThousand",
                 "paren-cjk": "taiwaneseCountingThousand", "arabic": "decimal", "paren-arabic": "decimal",
                 "circled": "decimalEnclosedCircle", "stem": "ideographTraditional"}


class _WordLists:
    """Automatic numbering for headings, as Word writes it: each numbered paragraph's printed marker becomes a
    list level (format, start, pattern such as 「（%1）」) and the marker leaves the paragraph's text."""

    def __init__(self, doc) -> None:
        self.root = doc.part.numbering_part.element
        self.next_id = 1000

    def number(self, paragraph, text: str) -> None:
        h = parse_heading(text)
        if h is None or h.start != 0 or h.style not in _WORD_FORMATS:
            paragraph.add_run(text)
            return
        printed = format_ordinal(h.style, h.ordinal)
        at = h.numbering.find(printed)
        if at < 0:
            paragraph.add_run(text)
            return
        pattern = h.numbering[:at] + "%1" + h.numbering[at + len(printed):]
        self.next_id += 1
        n = self.next_id
        self.root.append(_xml(
            f'<w:abstractNum {_W} w:abstractNumId="{n}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="{h.ordinal}"/><w:numFmt w:val="{_WORD_FORMATS[h.style]}"/>'
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{pattern}"/></w:lvl></w:abstractNum>'))
        self.root.append(_xml(f'<w:num {_W} w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>'))
        ppr = paragraph._p.get_or_add_pPr()
        ppr.append(_xml(f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="{n}"/></w:numPr>'))
        paragraph.add_run(text[len(h.numbering):])


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _xml(text: str):
    return parse_xml(text)  # python-docx's parser: its element classes


def to_docx(blocks: list, numbered: bool = False) -> bytes:
    """``numbered``: headings numbered automatically (the marker in the numbering definitions, not the text)."""
    doc = Document()
    lists = _WordLists(doc) if numbered else None
    for block in blocks:
        if isinstance(block, str):
            if lists is None:
                doc.add_paragraph(block)
            else:
                lists.number(doc.add_paragraph(), block)
            continue
        table = doc.add_table(rows=len(block.rows), cols=block.width)
        table.style = "Table Grid"
        for r, row in enumerate(block.rows):
            for c, text in enumerate(row):
                if block.covered(r, c) or (r, c) in block.vcont or not text:
                    continue
                cell = table.cell(r, c)
                parts = text.split("\n")
                cell.paragraphs[0].text = parts[0]
                for part in parts[1:]:
                    cell.add_paragraph(part)
        for r in range(block.header_rows):
            tr_pr = table.rows[r]._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:tblHeader"))
        for (r, c), n in block.hspan.items():
            table.cell(r, c).merge(table.cell(r, c + n - 1))
        for r, c in sorted(block.vcont):
            if (r - 1, c) not in block.vcont:  # the first continued row: merge the run into the cell above
                last = r
                while (last + 1, c) in block.vcont:
                    last += 1
                table.cell(r - 1, c).merge(table.cell(last, c))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- ODT


_ODF_FORMATS = {"cjk-capital": "壹, 貳, 參, ...", "cjk": "一, 二, 三, ...", "paren-cjk": "一, 二, 三, ...",
                "arabic": "1", "paren-arabic": "1", "circled": "①, ②, ③, ...", "stem": "甲, 乙, 丙, ..."}


def _odf_numbered(doc, text: str, n: int):
    """A heading as LibreOffice numbers it: a one-item list whose list style prints the marker (prefix, format,
    suffix, start value); the paragraph holds only the title. None when the text is not a numbered heading."""
    h = parse_heading(text)
    if h is None or h.start != 0 or h.style not in _ODF_FORMATS:
        return None
    printed = format_ordinal(h.style, h.ordinal)
    at = h.numbering.find(printed)
    if at < 0:
        return None
    style = ListStyle(name=f"L{n}")
    level = ListLevelStyleNumber(level=1, numformat=_ODF_FORMATS[h.style], numprefix=h.numbering[:at],
                                 numsuffix=h.numbering[at + len(printed):], startvalue=h.ordinal)
    level.addElement(ListLevelProperties())
    style.addElement(level)
    doc.automaticstyles.addElement(style)
    lst = List(stylename=f"L{n}")
    item = ListItem()
    p = P()
    teletype.addTextToElement(p, text[len(h.numbering):])
    item.addElement(p)
    lst.addElement(item)
    return lst


def to_odt(blocks: list, numbered: bool = False) -> bytes:
    """``numbered``: headings numbered by list styles (the marker in the style, not the text)."""
    doc = OpenDocumentText()
    for i, block in enumerate(blocks):
        if isinstance(block, str):
            listed = _odf_numbered(doc, block, i) if numbered else None
            if listed is not None:
                doc.text.addElement(listed)
                continue
            p = P()
            teletype.addTextToElement(p, block)
            doc.text.addElement(p)
            continue
        table = OdfTable(name=f"表{i}")
        table.addElement(TableColumn(numbercolumnsrepeated=block.width))
        head = TableHeaderRows() if block.header_rows else None
        if head is not None:
            table.addElement(head)
        for r, row in enumerate(block.rows):
            tr = TableRow()
            for c, text in enumerate(row):
                if block.covered(r, c) or (r, c) in block.vcont:
                    tr.addElement(CoveredTableCell())
                    continue
                span = block.hspan.get((r, c), 1)
                down = 1
                while (r + down, c) in block.vcont:
                    down += 1
                attrs = {}
                if span > 1:
                    attrs["numbercolumnsspanned"] = span
                if down > 1:
                    attrs["numberrowsspanned"] = down
                cell = TableCell(**attrs)
                for part in text.split("\n") if text else []:
                    p = P()
                    teletype.addTextToElement(p, part)
                    cell.addElement(p)
                tr.addElement(cell)
            (head if r < block.header_rows and head is not None else table).addElement(tr)
        doc.text.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- PDF


@dataclass
class PdfLayout:
    """What the PDF writer did that a reader must undo."""
    pages: int = 0
    split_paragraphs: list[str] = field(default_factory=list)  # paragraphs that run over a page break
    split_tables: int = 0  # tables continued on a later page
    split_rows: int = 0  # table rows cut by a page break
    unruled_tables: int = 0  # tables printed without ruling lines


class PdfWriter:
    """A4 pages, 72 pt margins, 10.5 pt text on 16 pt lines, 4 pt between paragraphs, a header and footer."""

    PAGE_W, PAGE_H = 595.0, 842.0
    LEFT, RIGHT, TOP, BOTTOM = 72.0, 72.0, 72.0, 72.0
    SIZE, LEADING, PARA_GAP = 10.5, 16.0, 4.0
    CELL_SIZE, CELL_LEADING, PAD = 9.0, 13.0, 3.0

    def __init__(self, header: str, font_file: Path = FONT_FILE) -> None:
        if "TWPZenHei" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("TWPZenHei", str(font_file), subfontIndex=0))
        self.font = "TWPZenHei"
        self.width = pdfmetrics.stringWidth
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(self.PAGE_W, self.PAGE_H), invariant=1)
        self.header = header
        self.layout = PdfLayout(pages=1)
        self.y = self.PAGE_H - self.TOP
        self._decorate()

    # -- pages
    def _decorate(self) -> None:
        """The page number on every page; the running header from page 2 on (a different first page, as
        official documents set it: the first page has the title itself)."""
        c = self.c
        c.setFont(self.font, 8)
        if self.layout.pages > 1:
            c.drawRightString(self.PAGE_W - self.RIGHT, self.PAGE_H - 40, self.header)
        c.drawCentredString(self.PAGE_W / 2, 36, f"第 {self.layout.pages} 頁")

    def new_page(self) -> None:
        self.c.showPage()
        self.layout.pages += 1
        self.y = self.PAGE_H - self.TOP
        self._decorate()

    def room(self) -> float:
        return self.y - self.BOTTOM

    # -- text
    def wrap(self, text: str, width: float, size: float) -> list[str]:
        """Lines of at most ``width`` points: CJK breaks anywhere, a run of ASCII (a number) stays whole."""
        tokens = [m.group() for m in re.finditer(r"[A-Za-z0-9.,%/:()\-+]+|.", text)]
        lines: list[str] = []
        cur = ""
        for tok in tokens:
            if self.width(cur + tok, self.font, size) <= width:
                cur += tok
                continue
            if cur.strip():
                lines.append(cur.rstrip())
            cur = tok.lstrip() if tok.strip() else ""
            while len(cur) > 1 and self.width(cur, self.font, size) > width:  # a token wider than the line
                cut = len(cur) - 1
                while cut > 1 and self.width(cur[:cut], self.font, size) > width:
                    cut -= 1
                lines.append(cur[:cut])
                cur = cur[cut:]
        if cur.strip() or not lines:
            lines.append(cur.rstrip())
        return lines

    def paragraph(self, text: str) -> None:
        if not text.strip():
            self.y -= self.LEADING  # a blank line of the text
            if self.room() < self.LEADING:
                self.new_page()
            return
        indent = self.width(text[: len(text) - len(text.lstrip())], self.font, self.SIZE)
        lines = self.wrap(text.strip(), self.PAGE_W - self.LEFT - self.RIGHT - indent, self.SIZE)
        for i, line in enumerate(lines):
            if self.room() < self.LEADING:
                self.new_page()
                if i:
                    self.layout.split_paragraphs.append(text.strip())
            self.y -= self.LEADING
            self.c.setFont(self.font, self.SIZE)
            self.c.drawString(self.LEFT + indent, self.y + 4, line)
        self.y -= self.PARA_GAP

    # -- tables
    def _columns(self, spec: TableSpec, total: float) -> list[float]:
        """Column widths in proportion to their longest text (at least 40 pt)."""
        need = []
        for c in range(spec.width):
            longest = max((self.width(t, self.font, self.CELL_SIZE) for r in spec.rows for t in
                           (r[c].split("\n") if c < len(r) else [""])), default=0)
            need.append(max(40.0, min(longest + 2 * self.PAD, 400.0)))
        scale = total / sum(need)
        return [w * scale for w in need]

    def _fits_unruled(self, spec: TableSpec) -> list[float] | None:
        """Column widths when every cell fits on one line with room between columns, else None."""
        if spec.hspan or spec.vcont or any("\n" in t for r in spec.rows for t in r):
            return None
        widths = [max(self.width(r[c], self.font, self.CELL_SIZE) for r in spec.rows) + 24 for c in range(spec.width)]
        return widths if sum(widths) <= self.PAGE_W - self.LEFT - self.RIGHT else None

    def table(self, spec: TableSpec) -> None:
        self.y -= self.PARA_GAP
        unruled = self._fits_unruled(spec)
        if unruled is not None:
            self._unruled(spec, unruled)
        else:
            self._ruled(spec)
        self.y -= self.PARA_GAP + 4

    def _unruled(self, spec: TableSpec, widths: list[float]) -> None:
        self.layout.unruled_tables += 1
        first_page = self.layout.pages
        for row in spec.rows:
            if self.room() < self.CELL_LEADING:
                self.new_page()
                for h in range(spec.header_rows):
                    self._unruled_row(spec.rows[h], widths)
            self._unruled_row(row, widths)
        if self.layout.pages != first_page:
            self.layout.split_tables += 1

    def _unruled_row(self, row: list[str], widths: list[float]) -> None:
        self.y -= self.CELL_LEADING
        x = self.LEFT
        self.c.setFont(self.font, self.CELL_SIZE)
        for text, w in zip(row, widths):
            self.c.drawString(x, self.y + 3, text)
            x += w

    def _cell_lines(self, spec: TableSpec, r: int, c: int, widths: list[float]) -> list[str]:
        if spec.covered(r, c) or (r, c) in spec.vcont:
            return []
        span = spec.hspan.get((r, c), 1)
        inner = sum(widths[c:c + span]) - 2 * self.PAD
        out: list[str] = []
        for part in spec.rows[r][c].split("\n"):
            if part.strip():
                out.extend(self.wrap(part, inner, self.CELL_SIZE))
        return out

    def _ruled(self, spec: TableSpec) -> None:
        widths = self._columns(spec, self.PAGE_W - self.LEFT - self.RIGHT)
        xs = [self.LEFT]
        for w in widths:
            xs.append(xs[-1] + w)
        first_page = self.layout.pages
        last_drawn = [-1]  # the row drawn last on this page (a merged cell spans only rows on one page)

        def lines_of(r: int) -> dict[int, list[str]]:
            return {col: self._cell_lines(spec, r, col, widths) for col in range(spec.width)}

        def draw(r: int, cells: dict[int, list[str]], continued: bool) -> None:
            """Draw what of row r fits on this page and leave the rest in ``cells``."""
            room_lines = int((self.room() - 2 * self.PAD) // self.CELL_LEADING)
            n = max(1, min(max((len(v) for v in cells.values()), default=0), room_lines))
            height = n * self.CELL_LEADING + 2 * self.PAD
            top, c = self.y, self.c
            c.setFont(self.font, self.CELL_SIZE)
            for col in range(spec.width):
                if spec.covered(r, col):
                    continue
                x0, x1 = xs[col], xs[col + spec.hspan.get((r, col), 1)]
                c.line(x0, top - height, x0, top)
                c.line(x1, top - height, x1, top)
                merged = (r, col) in spec.vcont and last_drawn[0] == r - 1 and not continued
                if not merged:
                    c.line(x0, top, x1, top)
                for i, line in enumerate(cells[col][:n]):
                    c.drawString(x0 + self.PAD, top - self.PAD - (i + 1) * self.CELL_LEADING + 3.5, line)
                cells[col] = cells[col][n:]
            self.y -= height
            last_drawn[0] = r

        def turn_page() -> None:
            self.c.line(xs[0], self.y, xs[-1], self.y)  # the table's bottom rule on this page
            self.new_page()
            last_drawn[0] = -1
            for h in range(spec.header_rows):  # the header row repeated, as Word and LibreOffice print it
                draw(h, lines_of(h), True)

        body_height = self.PAGE_H - self.TOP - self.BOTTOM - 60
        for r in range(len(spec.rows)):
            cells = lines_of(r)
            height = max(1, max(len(v) for v in cells.values())) * self.CELL_LEADING + 2 * self.PAD
            # a row that fits on a fresh page moves there whole; a taller one is cut where the page ends
            if height > self.room() and (height <= body_height or self.room() < 3 * self.CELL_LEADING + 2 * self.PAD):
                turn_page()
            draw(r, cells, False)
            while any(cells.values()):
                turn_page()
                self.layout.split_rows += 1
                draw(r, cells, True)
        self.c.line(xs[0], self.y, xs[-1], self.y)
        if self.layout.pages != first_page:
            self.layout.split_tables += 1

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def to_pdf(blocks: list, header: str) -> tuple[bytes, PdfLayout]:
    writer = PdfWriter(header)
    for block in blocks:
        if isinstance(block, str):
            writer.paragraph(block)
        else:
            writer.table(block)
    return writer.finish(), writer.layout


def title_of(text: str) -> str:
    """The running header: the document's first non-blank line."""
    return next((ln.strip() for ln in text.split("\n") if ln.strip()), "")


def native_versions(text: str) -> dict[str, bytes]:
    """The text as DOCX and ODT (headings typed, and numbered automatically) and PDF."""
    blocks = model_of(text)
    pdf, _ = to_pdf(blocks, title_of(text))
    return {"docx": to_docx(blocks), "docx-numbered": to_docx(blocks, numbered=True), "odt": to_odt(blocks),
            "odt-numbered": to_odt(blocks, numbered=True), "pdf": pdf}
