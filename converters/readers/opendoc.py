"""ODT (OpenDocument text, the format of 政府文件標準格式) through odfpy: the body's paragraphs, headings,
list items and tables in document order.

Text is a paragraph's text nodes with ``text:s`` as its count of spaces and tabs and line breaks as spaces;
notes and annotations are left out. Tables come from their cells: ``table:number-columns-spanned`` and
``table:covered-table-cell`` give every row one position per column, a covered position is empty;
``table:table-header-rows`` are the header. Paragraph numbers count paragraphs and headings outside tables
(list items and sections included), from 1; table numbers count tables, from 1.
"""

from __future__ import annotations

import io

from odf.namespaces import OFFICENS, TABLENS, TEXTNS
from odf.opendocument import load

from twpolice.converters.readers.archive import open_package
from twpolice.converters.readers.layout import Grid, Location, Paragraph
from twpolice.converters.text import InputError

__all__ = ["read_odt"]

MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
MAX_REPEAT = 1000  # a row or cell repeated more than this is a spreadsheet's filler, not printed content

_PARAGRAPHS = {(TEXTNS, "p"), (TEXTNS, "h")}
_CONTAINERS = {(TEXTNS, n) for n in ("list", "list-item", "list-header", "section", "numbered-paragraph")}
_SKIPPED = {(TEXTNS, "note"), (OFFICENS, "annotation"), (TEXTNS, "table-of-content"), (TEXTNS, "tracked-changes"),
            (OFFICENS, "forms"), (TEXTNS, "sequence-decls"), (TEXTNS, "variable-decls"), (TEXTNS, "user-field-decls")}
_TABLE = (TABLENS, "table")
_ROW_GROUPS = {(TABLENS, n) for n in ("table-header-rows", "table-rows", "table-row-group")}
_ROW, _CELL, _COVERED = (TABLENS, "table-row"), (TABLENS, "table-cell"), (TABLENS, "covered-table-cell")


def _count(el, name: str) -> int:
    try:
        return max(1, int(el.getAttrNS(TABLENS, name) or 1))
    except (TypeError, ValueError):
        return 1


def inline_text(el) -> str:
    """A paragraph's text as printed."""
    parts: list[str] = []
    for node in el.childNodes:
        if node.nodeType == node.TEXT_NODE:
            parts.append(node.data)
            continue
        q = node.qname
        if q in _SKIPPED:
            continue
        if q == (TEXTNS, "s"):
            try:
                parts.append(" " * min(max(1, int(node.getAttrNS(TEXTNS, "c") or 1)), 100))
            except (TypeError, ValueError):
                parts.append(" ")
        elif q in ((TEXTNS, "tab"), (TEXTNS, "line-break")):
            parts.append(" ")
        else:
            parts.append(inline_text(node))
    return "".join(parts)


def _cell_text(cell) -> str:
    parts: list[str] = []
    for block in _blocks_of(cell):
        if block.qname == _TABLE:
            parts.extend(" ".join(t for t in row if t) for row in _grid(block)[0])
        else:
            parts.append(inline_text(block).strip())
    return "\n".join(p for p in parts if p)


def _rows_of(table):
    """(row element, is a header row) in order, through row groups."""
    for node in table.childNodes:
        q = getattr(node, "qname", None)
        if q == _ROW:
            yield node, False
        elif q in _ROW_GROUPS:
            header = q == (TABLENS, "table-header-rows")
            for row, inner_header in _rows_of(node):
                yield row, header or inner_header


def _grid(table) -> tuple[list[list[str]], int]:
    rows: list[list[str]] = []
    header = 0
    for row_el, is_header in _rows_of(table):
        row: list[str] = []
        for cell in row_el.childNodes:
            q = getattr(cell, "qname", None)
            if q not in (_CELL, _COVERED):
                continue
            repeat = min(_count(cell, "number-columns-repeated"), MAX_REPEAT)
            text = _cell_text(cell) if q == _CELL else ""
            row.extend([text] * repeat)
        repeat = _count(row_el, "number-rows-repeated")
        if repeat > MAX_REPEAT and not any(row):
            repeat = 1
        for _ in range(min(repeat, MAX_REPEAT)):
            rows.append(list(row))
            header += is_header
    width = max((len(r) for r in rows), default=0)
    while width and not any(r[width - 1] for r in rows if len(r) >= width):  # trailing filler columns
        width -= 1
    return [(r + [""] * width)[:width] for r in rows], header


def _blocks_of(parent):
    """Paragraphs, headings and tables under ``parent`` in order, through lists and sections."""
    for node in parent.childNodes:
        q = getattr(node, "qname", None)
        if q in _PARAGRAPHS or q == _TABLE:
            yield node
        elif q in _CONTAINERS:
            yield from _blocks_of(node)


def read_odt(data: bytes, name: str) -> list[Paragraph | Grid]:
    """The document's blocks; :class:`InputError` for a package that cannot be read."""
    open_package(data, name)  # bounded: the directory is checked before odfpy inflates anything
    try:
        body = load(io.BytesIO(data)).text
        blocks: list[Paragraph | Grid] = []
        paragraphs = tables = 0
        for block in _blocks_of(body):
            if block.qname == _TABLE:
                tables += 1
                rows, header = _grid(block)
                if rows:
                    blocks.append(Grid(rows, Location(table=tables), header_rows=header or 1))
            else:
                paragraphs += 1
                blocks.append(Paragraph(inline_text(block), Location(paragraph=paragraphs)))
    except InputError:
        raise
    except Exception as exc:  # odfpy and the XML parser raise many kinds for a damaged package: all mean "unreadable"
        zh, en = (f"「{name}」", f"'{name}'") if name else ("輸入", "the input")
        raise InputError(f"{zh}是損毀的 ODT 檔，無法讀取（{type(exc).__name__}）；請用 LibreOffice 開啟後另存一次。",
                         f"{en} is a damaged ODT file ({type(exc).__name__}): open it in LibreOffice and save it again.",
                         code="corrupt") from None
    return blocks
