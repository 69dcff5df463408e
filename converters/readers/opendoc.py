"""ODT (OpenDocument text, the format of 政府文件標準格式) through odfpy: the body's paragraphs, headings,
list items and tables in document order.

A list item's number (the list style's format, prefix and suffix: 「一、」「（一）」「1.」) is put in front of its
first paragraph, as LibreOffice prints it. Text is a paragraph's text nodes with ``text:s`` as its count of spaces and tabs and line breaks as spaces;
notes and annotations are left out. Tables come from their cells: ``table:number-columns-spanned`` and
``table:covered-table-cell`` give every row one position per column, a covered position is empty;
``table:table-header-rows`` are the header. Paragraph numbers count paragraphs and headings outside tables
(list items and sections included), from 1; table numbers count tables, from 1.
"""

from __future__ import annotations

import io
import zipfile

from odf.namespaces import OFFICENS, STYLENS, TABLENS, TEXTNS
from odf.opendocument import load
from odf.text import ListStyle

from twpolice.converters.readers.archive import open_package
from twpolice.converters.readers.layout import Grid, Location, Paragraph
from twpolice.converters.readers.numbering import format_number
from twpolice.converters.text import InputError

__all__ = ["read_odt"]

MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
MAX_REPEAT = 1000  # a row or cell repeated more than this is a spreadsheet's filler, not printed content

_PARAGRAPHS = {(TEXTNS, "p"), (TEXTNS, "h")}
_CONTAINERS = {(TEXTNS, n) for n in ("list", "list-item", "list-header", "section", "numbered-paragraph")}  # read through
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
    for block, _ in _blocks_of(cell):
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


class _ListLevel:
    __slots__ = ("fmt", "prefix", "suffix", "start", "display")

    def __init__(self, el) -> None:
        self.fmt = el.getAttrNS(STYLENS, "num-format") or "" if el.qname == (TEXTNS, "list-level-style-number") else ""
        self.prefix = el.getAttrNS(STYLENS, "num-prefix") or ""
        self.suffix = el.getAttrNS(STYLENS, "num-suffix") or ""
        self.start = _positive(el.getAttrNS(TEXTNS, "start-value"), 1)
        self.display = _positive(el.getAttrNS(TEXTNS, "display-levels"), 1)


def _positive(text, default: int) -> int:
    try:
        return max(1, int(text)) if text else default
    except (TypeError, ValueError):
        return default


class _Lists:
    """The numbers LibreOffice prints before list items (the text holds none): a list style's level has a
    format (``1``, ``一, 二, 三, ...``), a prefix and suffix (「（」「）」), a start and how many levels it shows.
    Each outermost list counts anew unless it continues the list before it (``text:continue-numbering``)."""

    def __init__(self, doc) -> None:
        self.styles: dict[str, dict[int, _ListLevel]] = {}
        for holder in (doc.styles, doc.automaticstyles):
            for style in holder.getElementsByType(ListStyle):
                levels = {}
                for el in style.childNodes:
                    if getattr(el, "qname", None) in ((TEXTNS, "list-level-style-number"), (TEXTNS, "list-level-style-bullet")):
                        levels[_positive(el.getAttrNS(TEXTNS, "level"), 1)] = _ListLevel(el)
                self.styles[style.getAttrNS(STYLENS, "name")] = levels
        self.last: dict[str, list[int]] = {}  # style -> counters of its last list, for continued numbering

    def label(self, style: str | None, counters: list[int]) -> str:
        levels = self.styles.get(style or "", {})
        level = levels.get(len(counters))
        if level is None or not level.fmt:
            return ""
        shown = counters[-level.display:]
        first = len(counters) - len(shown) + 1
        numbers = [format_number(n, (levels.get(first + k) or level).fmt or "1") for k, n in enumerate(shown)]
        return level.prefix + ".".join(numbers) + level.suffix


def _blocks_of(parent, lists: _Lists | None = None, style: str | None = None, counters: list[int] | None = None):
    """(paragraph, heading or table, the list number printed before it) under ``parent`` in order, through
    lists and sections."""
    for node in parent.childNodes:
        q = getattr(node, "qname", None)
        if q in _PARAGRAPHS or q == _TABLE:
            yield node, ""
        elif q == (TEXTNS, "list") and lists is not None:
            inner_style = node.getAttrNS(TEXTNS, "style-name") or style
            if counters is None:  # an outermost list: count anew, or go on from the last one of its style
                going_on = node.getAttrNS(TEXTNS, "continue-numbering") == "true"
                mine = list(lists.last.get(inner_style or "", [])[:1]) if going_on else []
                yield from _list_items(node, lists, inner_style, mine, 1)
                lists.last[inner_style or ""] = mine
            else:
                yield from _list_items(node, lists, inner_style, counters, len(counters) + 1)
        elif q in _CONTAINERS:
            yield from _blocks_of(node, lists, style, counters)


def _list_items(lst, lists: _Lists, style: str | None, counters: list[int], depth: int):
    """A list's items at level ``depth`` (1 outermost); they advance ``counters[depth - 1]``."""
    level = lists.styles.get(style or "", {}).get(depth)
    for item in lst.childNodes:
        q = getattr(item, "qname", None)
        if q not in ((TEXTNS, "list-item"), (TEXTNS, "list-header")):
            continue
        label = ""
        if q == (TEXTNS, "list-item"):
            start = item.getAttrNS(TEXTNS, "start-value")
            if len(counters) < depth:
                counters.append((level.start if level else 1) - 1)
            counters[depth - 1] = _positive(start, 0) if start else counters[depth - 1] + 1
            del counters[depth:]
            label = lists.label(style, counters[:depth])
        for node in item.childNodes:
            nq = getattr(node, "qname", None)
            if nq in _PARAGRAPHS or nq == _TABLE:
                yield node, label
                label = ""  # only the item's first paragraph carries the number
            elif nq == (TEXTNS, "list"):
                inner = node.getAttrNS(TEXTNS, "style-name") or style
                yield from _list_items(node, lists, inner, counters[:depth], depth + 1)
            elif nq in _CONTAINERS:
                yield from _blocks_of(node, lists, style, counters[:depth])


def read_odt(data: bytes, name: str) -> list[Paragraph | Grid]:
    """The document's blocks; :class:`InputError` for a package that cannot be read."""
    package = open_package(data, name)  # bounded: the directory is checked before odfpy inflates anything
    zh, en = (f"「{name}」", f"'{name}'") if name else ("輸入", "the input")
    try:
        encrypted = b"encryption-data" in package.read("META-INF/manifest.xml")
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        encrypted = False
    if encrypted:
        raise InputError(f"{zh}是有密碼保護的 ODT 檔，無法讀取；請在 LibreOffice 中移除密碼後另存一份。",
                         f"{en} is a password-protected ODT: remove the password in LibreOffice and save a copy.",
                         code="encrypted")
    try:
        doc = load(io.BytesIO(data))
        blocks: list[Paragraph | Grid] = []
        paragraphs = tables = 0
        for block, label in _blocks_of(doc.text, _Lists(doc)):
            if block.qname == _TABLE:
                tables += 1
                rows, header = _grid(block)
                if rows:
                    blocks.append(Grid(rows, Location(table=tables), header_rows=header or 1))
            else:
                paragraphs += 1
                blocks.append(Paragraph(label + inline_text(block), Location(paragraph=paragraphs)))
    except InputError:
        raise
    except Exception as exc:  # odfpy and the XML parser raise many kinds for a damaged package: all mean "unreadable"
        raise InputError(f"{zh}是損毀的 ODT 檔，無法讀取（{type(exc).__name__}）；請用 LibreOffice 開啟後另存一次。",
                         f"{en} is a damaged ODT file ({type(exc).__name__}): open it in LibreOffice and save it again.",
                         code="corrupt") from None
    return blocks
