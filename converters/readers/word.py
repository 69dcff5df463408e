"""DOCX (Office Open XML) through python-docx: the body's paragraphs and tables in document order.

A paragraph's automatic list number (壹、 一、 (一) 1.) is put in front of its text (:mod:`.numbering`); a
table of contents is left out (a content control of that gallery, or paragraphs in the ``toc N`` styles).
Text is every ``w:t`` of a paragraph (inserted text of tracked changes included, deleted text — ``w:delText`` —
not), ``w:tab`` and breaks as spaces. Tables come from their cells: ``w:gridSpan`` spreads a cell over grid
columns and ``w:vMerge`` continues a cell from the row above, so every row has one position per grid column
(``w:gridBefore``/``w:gridAfter`` leave positions empty); a covered position is empty. Rows marked
``w:tblHeader`` (repeated on every page by Word) are the header. Content controls (``w:sdt``) are read
through. Paragraph numbers count the body's paragraphs outside tables, from 1; table numbers count the
body's tables, from 1.
"""

from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn

from twpolice.converters.readers.archive import open_package
from twpolice.converters.readers.layout import Grid, Location, Paragraph
from twpolice.converters.readers.numbering import WordNumbering
from twpolice.converters.text import InputError

__all__ = ["read_docx"]

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_TR, _TC, _TR_PR, _TC_PR = qn("w:tr"), qn("w:tc"), qn("w:trPr"), qn("w:tcPr")
_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_VAL = qn("w:val")
_TEXT_TAGS = {_T: None, _TAB: " ", _BR: "\n", _CR: "\n"}


def paragraph_text(p) -> str:
    """The paragraph as printed: its text runs (hyperlinks, fields' results and insertions included)."""
    parts: list[str] = []
    for el in p.iter(_T, _TAB, _BR, _CR):
        fixed = _TEXT_TAGS[el.tag]
        parts.append((el.text or "") if fixed is None else fixed)
    return "".join(parts)


def _is_toc(sdt) -> bool:
    """A table of contents (its headings again, with page numbers): not text of the document."""
    gallery = sdt.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
    return gallery is not None and (gallery.get(_VAL) or "").lower().startswith("table of contents")


def _blocks_of(parent, toc_styles: frozenset[str] = frozenset()):
    """Paragraphs and tables directly in ``parent``, content controls opened, tables of contents left out."""
    for child in parent.iterchildren():
        if child.tag == _P:
            style = child.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            if style is None or style.get(_VAL) not in toc_styles:
                yield child
        elif child.tag == _TBL:
            yield child
        elif child.tag == _SDT and not _is_toc(child):
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks_of(content, toc_styles)


class _Reader:
    """One document's paragraphs in order, with their printed list numbers."""

    def __init__(self, document) -> None:
        self.numbering = WordNumbering(document)
        styles = document.styles.element.iterchildren(qn("w:style"))
        self.toc_styles = frozenset(st.get(qn("w:styleId")) for st in styles
                                    if (_name_of(st) or "").lower().startswith("toc "))

    def text(self, p) -> str:
        return self.numbering.label(p) + paragraph_text(p)

    def cell_text(self, tc) -> str:
        """A cell's paragraphs, one per line; a table nested in the cell as its rows' text."""
        parts: list[str] = []
        for block in _blocks_of(tc, self.toc_styles):
            if block.tag == _P:
                parts.append(self.text(block).strip())
            else:
                for row in self.grid_rows(block)[0]:
                    parts.append(" ".join(t for t in row if t))
        return "\n".join(p for p in parts if p)

    def grid_rows(self, tbl) -> tuple[list[list[str]], int]:
        return _grid_rows(tbl, self.cell_text)


def _name_of(style) -> str | None:
    name = style.find(qn("w:name"))
    return name.get(_VAL) if name is not None else None


def _int_attr(parent, tag: str, default: int) -> int:
    el = parent.find(qn(tag)) if parent is not None else None
    try:
        return int(el.get(_VAL)) if el is not None else default
    except (TypeError, ValueError):
        return default


def _grid_rows(tbl, cell_text) -> tuple[list[list[str]], int]:
    """The table's grid of texts, and how many leading rows are marked as header rows."""
    rows: list[list[str]] = []
    header = 0
    counting_header = True
    for tr in tbl.iterchildren(_TR):
        tr_pr = tr.find(_TR_PR)
        row: list[str] = [""] * _int_attr(tr_pr, "w:gridBefore", 0)
        for tc in tr.iterchildren(_TC):
            tc_pr = tc.find(_TC_PR)
            span = max(1, min(_int_attr(tc_pr, "w:gridSpan", 1), 1000))
            v_merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
            continues = v_merge is not None and v_merge.get(_VAL, "continue") == "continue"
            row.append("" if continues else cell_text(tc))
            row.extend([""] * (span - 1))
        row.extend([""] * _int_attr(tr_pr, "w:gridAfter", 0))
        is_header = tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
        if counting_header and is_header:
            header += 1
        else:
            counting_header = False
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows], header


def read_docx(data: bytes, name: str) -> list[Paragraph | Grid]:
    """The document's blocks; :class:`InputError` for a package Word could not open either."""
    open_package(data, name)  # bounded: the directory is checked before python-docx inflates anything
    try:
        document = Document(io.BytesIO(data))
        reader = _Reader(document)
        blocks: list[Paragraph | Grid] = []
        paragraphs = tables = 0
        for block in _blocks_of(document.element.body, reader.toc_styles):
            if block.tag == _P:
                paragraphs += 1
                blocks.append(Paragraph(reader.text(block), Location(paragraph=paragraphs)))
            else:
                tables += 1
                rows, header = reader.grid_rows(block)
                if rows:
                    blocks.append(Grid(rows, Location(table=tables), header_rows=header or 1))
    except InputError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds for a damaged package: all mean "unreadable"
        zh, en = (f"「{name}」", f"'{name}'") if name else ("輸入", "the input")
        raise InputError(f"{zh}是損毀的 DOCX 檔，無法讀取（{type(exc).__name__}）；請用 Word 或 LibreOffice 開啟後另存一次。",
                         f"{en} is a damaged DOCX file ({type(exc).__name__}): open it in Word or LibreOffice and save "
                         "it again.", code="corrupt") from None
    return blocks
