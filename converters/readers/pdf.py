"""PDF through pdfplumber: the text layer's paragraphs and tables, page by page, put back in reading order.

Per page: ruled tables (:mod:`.pdftables`), the rest of the characters as lines (:mod:`.pdflines`). Over the
document: running headers, footers and page numbers are dropped; tables printed without rules are found by
column alignment; lines are joined into paragraphs (a paragraph cut by a page break is one); a table
continued on the next page is one table. Every paragraph and table row keeps its page.

Refused with one line: a file that does not open as a PDF (corrupt, truncated), one that needs a password to
open (a PDF restricted only by an owner password opens and is read), one with no text layer (scanned pages:
run OCR first), one whose text cannot be decoded (fonts without a Unicode map), and one whose compressed
streams would inflate past :data:`MAX_INFLATED_BYTES` or that has more than :data:`MAX_PAGES` pages (so time
and memory stay bounded).
"""

from __future__ import annotations

import io
import re
import zlib

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pdfplumber.utils.exceptions import PdfminerException

from twpolice.converters.readers.layout import Grid, Location, Paragraph
from twpolice.converters.readers.pdflines import VLine, join_paragraphs, line_pitch, running_lines, visual_lines
from twpolice.converters.readers.pdftables import PdfTable, aligned_tables, merge_continuation, ruled_tables
from twpolice.converters.text import InputError

__all__ = ["MAX_INFLATED_BYTES", "MAX_PAGES", "read_pdf"]

MEDIA_TYPE = "application/pdf"
MAX_PAGES = 1000
MAX_INFLATED_BYTES = 256 * 1024 * 1024
"""Most the compressed streams a reader inflates (page contents, fonts' maps, object streams; not images,
which are never decoded) may inflate to, together."""
MAX_STREAM_BYTES = 64 * 1024 * 1024
MIN_TEXT_CHARS = 20  # fewer characters than this in the whole text layer: there is no text layer to speak of

_STREAM = re.compile(rb"stream\r?\n")
_OCR_ZH = "請先以 OCR 加上文字層（例如 ocrmypdf -l chi_tra 原檔.pdf 輸出.pdf，或 Adobe Acrobat 的「辨識文字」），或改用機關提供的 ODT／DOCX 檔"
_OCR_EN = ("add a text layer with OCR first (e.g. ocrmypdf -l chi_tra in.pdf out.pdf, or Acrobat's Recognize Text), "
           "or use the ODT/DOCX the agency publishes")


def _labels(name: str) -> tuple[str, str]:
    return (f"「{name}」", f"'{name}'") if name else ("輸入", "the input")


def _check_inflation(data: bytes, name: str) -> None:
    """Refuse a PDF whose compressed streams (other than images) would inflate past the limits, inflating each
    at most to the limit to find out."""
    zh, en = _labels(name)
    total = 0
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 600):m.start()]
        if b"/Image" in head[head.rfind(b"obj") + 1:] or b"Flate" not in head[head.rfind(b"obj") + 1:]:
            continue
        inflater = zlib.decompressobj()
        end = data.find(b"endstream", m.end())
        pending = data[m.end(): end if end > 0 else len(data)]
        size = 0
        try:
            while pending and size <= MAX_STREAM_BYTES:
                size += len(inflater.decompress(pending, 1 << 20))
                pending = inflater.unconsumed_tail
        except zlib.error:
            continue  # not deflated after all, or encrypted: the parser reports what matters
        total += size
        if size > MAX_STREAM_BYTES or total > MAX_INFLATED_BYTES:
            raise InputError(f"{zh}的壓縮內容解開後超過上限 {MAX_INFLATED_BYTES:,} 位元組（疑似壓縮炸彈），拒絕讀取。",
                             f"{en} has compressed content that inflates past the limit of {MAX_INFLATED_BYTES:,} "
                             "bytes (a decompression bomb?): refused.", code="zip-bomb")


def _open(data: bytes, name: str):
    zh, en = _labels(name)
    if b"%%EOF" not in data[-2048:]:  # every PDF ends with it; a parser would recover what it can and say nothing
        raise _corrupt(name, ("檔尾沒有 %%EOF，檔案不完整", "it does not end with %%EOF: cut short"))
    try:
        doc = pdfplumber.open(io.BytesIO(data))
        count = len(doc.pages)
    except (PDFPasswordIncorrect, PdfminerException) as exc:
        if isinstance(exc, PDFPasswordIncorrect) or "PDFPasswordIncorrect" in repr(exc.args):
            raise InputError(f"{zh}是加密的 PDF，需要密碼才能開啟；請以密碼開啟後另存一份未加密的 PDF 再轉換。",
                             f"{en} is an encrypted PDF that needs a password to open: open it with the password "
                             "and save an unencrypted copy first.", code="encrypted") from None
        raise _corrupt(name, exc) from None
    except Exception as exc:  # pdfminer raises many kinds for a damaged file: all mean "unreadable"
        raise _corrupt(name, exc) from None
    if count == 0:
        raise _corrupt(name, ("沒有任何頁面", "it has no pages"))
    if count > MAX_PAGES:
        doc.close()
        raise InputError(f"{zh}有 {count:,} 頁，超過上限 {MAX_PAGES:,} 頁；請分冊後再轉換。",
                         f"{en} has {count:,} pages, over the limit of {MAX_PAGES:,}: split it first.", code="too-large")
    return doc


def _corrupt(name: str, why: BaseException | tuple[str, str]) -> InputError:
    """A corrupt or truncated file; ``why`` is the parser's exception or (zh, en) words."""
    zh, en = _labels(name)
    why_zh, why_en = (why if isinstance(why, tuple) else (type(why).__name__, type(why).__name__))
    return InputError(f"{zh}是損毀或不完整的 PDF 檔，無法讀取（{why_zh}）；請重新下載或另存一次。",
                      f"{en} is a corrupt or truncated PDF ({why_en}): download or save it again.", code="corrupt")


_COLLECTIONS = {"UniCNS": b"CNS1", "UniGB": b"GB1", "UniJIS": b"Japan1", "UniKS": b"Korea1"}


def _name(value) -> str:
    return getattr(value, "name", value if isinstance(value, str) else str(value))


def _undecodable_fonts(page) -> set[str]:
    """Composite (Type0) fonts of the page whose characters cannot be told: no ToUnicode map, and codes that are
    glyph numbers (Identity-H) or a Unicode CMap of another character collection than the font's (the text
    comes out as other characters, e.g. reportlab's built-in CID fonts)."""
    out: set[str] = set()
    fonts = resolve1(page.page_obj.resources.get("Font")) if page.page_obj.resources else None
    for spec in (resolve1(v) for v in (fonts or {}).values()):
        if not isinstance(spec, dict) or _name(spec.get("Subtype")) != "Type0" or "ToUnicode" in spec:
            continue
        encoding = _name(resolve1(spec.get("Encoding")))
        descendants = resolve1(spec.get("DescendantFonts")) or [{}]
        info = resolve1(resolve1(descendants[0]).get("CIDSystemInfo")) or {}
        ordering = resolve1(info.get("Ordering")) or b""
        collection = next((c for prefix, c in _COLLECTIONS.items() if encoding.startswith(prefix)), None)
        if collection is None or collection != (ordering if isinstance(ordering, bytes) else str(ordering).encode()):
            out.add(_name(spec.get("BaseFont")))
    return out


def _dedupe(chars: list[dict]) -> list[dict]:
    """Characters without the copies drawn over them (a bold made by printing twice, a shadow): one per text and
    point of the page."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for c in chars:
        key = (c["text"], round(c["x0"]), round(c["top"]))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _page_items(page, number: int) -> tuple[list[tuple[PdfTable, tuple]], list[VLine], int, int]:
    """The page's ruled tables, its other lines, its count of characters, and of undecodable ones."""
    chars = _dedupe(page.chars)
    blind = _undecodable_fonts(page)
    undecodable = sum(1 for c in chars if c["text"].startswith("(cid:") or c.get("fontname") in blind)
    tables = ruled_tables(page, chars, number)
    boxes = [box for _, box in tables]
    rest = [c for c in chars if not any(b[0] <= (c["x0"] + c["x1"]) / 2 <= b[2] and b[1] <= (c["top"] + c["bottom"]) / 2 <= b[3]
                                        for b in boxes)]
    return tables, visual_lines(rest, number), len(chars), undecodable


def read_pdf(data: bytes, name: str) -> list[Paragraph | Grid]:
    """The document's blocks in reading order."""
    zh, en = _labels(name)
    _check_inflation(data, name)
    doc = _open(data, name)
    pages_tables: list[list[PdfTable]] = []
    pages_lines: list[list[VLine]] = []
    heights: list[float] = []
    chars = undecodable = images = 0
    try:
        for number, page in enumerate(doc.pages, start=1):
            tables, lines, n, bad = _page_items(page, number)
            pages_tables.append([t for t, _ in tables])
            pages_lines.append(lines)
            heights.append(float(page.height))
            chars, undecodable = chars + n, undecodable + bad
            images += len(page.images)
            page.close()  # let pdfplumber drop the page's objects: memory stays one page deep
    except InputError:
        raise
    except Exception as exc:  # a damaged page deep in the file
        raise _corrupt(name, exc) from None
    finally:
        doc.close()
    if undecodable and undecodable * 2 > chars:
        raise InputError(f"{zh}的文字層無法解碼（字型沒有 Unicode 對照表），讀不出文字；{_OCR_ZH}。",
                         f"{en} has a text layer that cannot be decoded (its fonts have no Unicode map): {_OCR_EN}.",
                         code="no-text")
    if chars - undecodable < MIN_TEXT_CHARS:
        scanned = "（每頁只有影像，看來是掃描檔）" if images else ""
        scanned_en = " (its pages are images: a scan)" if images else ""
        raise InputError(f"{zh}沒有文字層{scanned}，無法讀出文字；{_OCR_ZH}。",
                         f"{en} has no text layer{scanned_en}, so there is no text to read: {_OCR_EN}.", code="no-text")
    return _assemble(pages_tables, pages_lines, heights)


def _assemble(pages_tables: list[list[PdfTable]], pages_lines: list[list[VLine]], heights: list[float]
              ) -> list[Paragraph | Grid]:
    running = running_lines(pages_lines, heights)
    body_pages = [[ln for ln in lines if id(ln) not in running] for lines in pages_lines]
    body = [ln for lines in body_pages for ln in lines]
    pitch = line_pitch(body)
    right = max((ln.x1 for ln in body), default=0.0)
    # each page: its items in reading order (top to bottom), aligned tables taken out of the lines
    pages: list[list[VLine | PdfTable]] = []
    for lines, tables in zip(body_pages, pages_tables):
        items: list[VLine | PdfTable] = list(tables)
        taken: set[int] = set()
        for first, after, table in aligned_tables(lines, pitch):
            items.append(table)
            taken.update(range(first, after))
        items.extend(ln for k, ln in enumerate(lines) if k not in taken)
        pages.append(sorted(items, key=lambda it: it.top))
    blocks: list[Paragraph | PdfTable] = []
    pending: list[VLine] = []
    ended_on_table = False

    def flush() -> None:
        for text, first, last in join_paragraphs(pending, right, pitch):
            blocks.append(Paragraph(text, Location(page=first.page, page_end=last.page if last.page != first.page else None)))
        pending.clear()

    for items in pages:
        for k, item in enumerate(items):
            if isinstance(item, VLine):
                pending.append(item)
                continue
            flush()
            if k == 0 and ended_on_table and isinstance(blocks[-1], PdfTable) and merge_continuation(blocks[-1], item):
                continue
            blocks.append(item)
        ended_on_table = bool(items) and isinstance(items[-1], PdfTable)
    flush()
    out: list[Paragraph | Grid] = []
    tables = 0
    for block in blocks:
        if isinstance(block, PdfTable):
            tables += 1
            out.append(Grid(block.rows, Location(page=block.row_pages[0], table=tables), header_rows=1,
                            row_pages=block.row_pages, cell_pages=block.cell_pages))
        else:
            out.append(block)
    return out
