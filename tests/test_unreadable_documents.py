"""Documents that cannot be read (issue 15): one clear line in 繁體中文 (English with --lang en), exit 2, bounded
time and memory, nothing stored — a scanned PDF (with how to get a text layer), an encrypted PDF or DOCX, a
corrupt or truncated file, a zip bomb, a PDF whose streams inflate past the limit, a legacy binary .doc, a
package that is not a text document. Every fixture is made here."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from nativedocs import FONT_FILE, TableSpec, to_docx, to_pdf
from twpolice.converters.pipeline import convert_file
from twpolice.converters.readers import archive, pdf, read_document
from twpolice.errors import UserError

PLAN = ["臺南市政府警察局111年度施政計畫", "壹、年度施政目標", "一、本年度查獲毒品案件目標值為1,400件。",
        TableSpec([["指標", "目標值"], ["全般刑案破獲率", "80%"], ["詐欺案件查獲數", "1,200件"]])]


def _canvas(buf, **kw):
    if "TWPZenHei" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TWPZenHei", str(FONT_FILE), subfontIndex=0))
    return canvas.Canvas(buf, **kw)


def scanned_pdf() -> bytes:
    """Two pages that are only pictures of text, as a scanner makes them."""
    buf = io.BytesIO()
    c = _canvas(buf)
    for _ in range(2):
        img = Image.new("L", (600, 800), 255)
        draw = ImageDraw.Draw(img)
        for y in range(60, 760, 24):
            draw.rectangle((50, y, 550, y + 10), fill=30)
        c.drawImage(ImageReader(img), 0, 0, 595, 842)
        c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    buf = io.BytesIO()
    c = _canvas(buf, encrypt=StandardEncryption(user_password, ownerPassword="owner-secret", canPrint=0))
    c.setFont("TWPZenHei", 12)
    c.drawString(72, 760, "臺南市政府警察局111年度施政計畫")
    c.drawString(72, 730, "一、本年度查獲毒品案件目標值為1,400件。")
    c.showPage()
    c.save()
    return buf.getvalue()


def cid_font_pdf() -> bytes:
    """reportlab's built-in CID font: no ToUnicode map, the text cannot be told (the issue's warning)."""
    pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont("MSung-Light", 12)
    for k in range(10):
        c.drawString(72, 760 - 20 * k, "臺南市政府警察局111年度施政計畫，本年度查獲毒品案件1,392件。")
    c.showPage()
    c.save()
    return buf.getvalue()


def many_pages_pdf(pages: int) -> bytes:
    buf = io.BytesIO()
    c = _canvas(buf)
    for k in range(pages):
        c.setFont("TWPZenHei", 10)
        c.drawString(72, 760, f"第{k + 1}頁")
        c.showPage()
    c.save()
    return buf.getvalue()


def inflating_pdf(megabytes: int) -> bytes:
    """A page whose content stream is a few hundred kB deflated and ``megabytes`` inflated."""
    packer = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    body = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def zip_bomb(megabytes: int) -> bytes:
    """A DOCX-shaped package whose document.xml is ``megabytes`` of zeros (a few hundred kB packed)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"0" * (1 << 20)
            for _ in range(megabytes):
                f.write(chunk)
    return buf.getvalue()


def lying_zip() -> bytes:
    """A package whose directory says document.xml is 100 bytes while it inflates to 50 MB: inflating stops at
    the stated size and the checksum fails."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" * (50 << 20))
    data = bytearray(buf.getvalue())
    stated = (50 << 20).to_bytes(4, "little")
    for at in range(len(data) - 4):  # the size in the local header and in the central directory
        if data[at:at + 4] == stated:
            data[at:at + 4] = (100).to_bytes(4, "little")
    return bytes(data)


def package(members: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_GOOD_PDF = to_pdf(PLAN, "臺南市政府警察局111年度施政計畫")[0]

CASES = {
    # name: (file name, bytes, words the zh message must hold, words the en message must hold)
    "scanned": ("scan.pdf", scanned_pdf, ("沒有文字層", "掃描", "OCR", "ocrmypdf"), ("no text layer", "scan", "OCR")),
    "cid-font": ("cid.pdf", cid_font_pdf, ("無法解碼", "Unicode", "OCR"), ("cannot be decoded", "Unicode map")),
    "encrypted-pdf": ("locked.pdf", lambda: encrypted_pdf("user-secret"), ("加密", "密碼"), ("encrypted", "password")),
    "truncated-pdf": ("cut.pdf", lambda: _GOOD_PDF[: len(_GOOD_PDF) // 2], ("不完整", "PDF"), ("truncated", "PDF")),
    "garbled-pdf": ("garbled.pdf", lambda: b"%PDF-1.7\n" + os.urandom(4000) + b"\n%%EOF\n", ("損毀", "PDF"), ("corrupt", "PDF")),
    "pdf-bomb": ("bomb.pdf", lambda: inflating_pdf(300), ("超過上限", "炸彈"), ("inflates past the limit", "bomb")),
    "too-many-pages": ("long.pdf", lambda: many_pages_pdf(pdf.MAX_PAGES + 1), ("頁", "上限"), ("pages", "limit")),
    "zip-bomb": ("bomb.docx", lambda: zip_bomb(300), ("超過上限", "ZIP 炸彈"), ("over the limit", "zip bomb")),
    "lying-zip": ("liar.docx", lying_zip, ("損毀",), ("damaged",)),
    "truncated-docx": ("cut.docx", lambda: to_docx(PLAN)[:3000], ("損毀或不完整",), ("corrupt or truncated",)),
    "broken-xml-docx": ("broken.docx", lambda: package({"[Content_Types].xml": "<Types", "word/document.xml": "<w:document"}),
                        ("損毀的 DOCX",), ("damaged DOCX",)),
    "broken-odt": ("broken.odt", lambda: package({"mimetype": archive.ODF_TEXT, "content.xml": "<office:document"}),
                   ("損毀的 ODT",), ("damaged ODT",)),
    "encrypted-odt": ("locked.odt", lambda: package({
        "mimetype": archive.ODF_TEXT, "content.xml": os.urandom(2000),
        "META-INF/manifest.xml": '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                                 '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
                                 '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>'
                                 '</manifest:file-entry></manifest:manifest>'}), ("密碼",), ("password-protected",)),
    "legacy-doc": ("old.doc", lambda: OLE2 + bytes(4096), (".doc", "DOCX", "ODT"), ("legacy", ".doc", "DOCX")),
    "encrypted-docx": ("locked.docx", lambda: OLE2 + bytes(512) + "EncryptedPackage".encode("utf-16-le") + bytes(512),
                       ("密碼", "加密"), ("password", "encrypted")),
    "spreadsheet": ("sheet.xlsx", lambda: package({"xl/workbook.xml": "<workbook/>", "[Content_Types].xml": "<Types/>"}),
                    ("不是 DOCX 或 ODT",), ("not a DOCX or ODT",)),
    "empty-docx": ("empty.docx", lambda: to_docx([""]), ("沒有任何文字",), ("has no text",)),
}


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("unreadable")
    files = {}
    for case, (name, make, _, _) in CASES.items():
        path = folder / case / name
        path.parent.mkdir()
        path.write_bytes(make())
        files[case] = path
    return files


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_unreadable_document_is_one_clear_line_in_both_languages(case, bad_files):
    _, _, zh_words, en_words = CASES[case]
    with pytest.raises(UserError) as err:
        convert_file(bad_files[case])
    zh, en = err.value.zh, err.value.en
    assert "\n" not in zh and "\n" not in en
    assert bad_files[case].name in zh and bad_files[case].name in en
    for w in zh_words:
        assert w in zh, zh
    for w in en_words:
        assert w in en, en


# Runs the CLI and, at exit, notes its own peak memory (VmHWM of the process after exec: a child's ru_maxrss
# would count the pages of the big test process it was forked from).
_MEASURED = """import atexit, os, runpy, sys
def _peak():
    with open('/proc/self/status') as f:
        kb = next(int(line.split()[1]) for line in f if line.startswith('VmHWM:'))
    with open(os.environ['TWP_PEAK_FILE'], 'w') as out:
        out.write(str(kb))
atexit.register(_peak)
sys.argv[0] = 'twpolice'
runpy.run_module('twpolice.cli', run_name='__main__')
"""


def _cli(*args: str, tmp: Path | None = None) -> tuple[int, str, str, int]:
    """Run ``twpolice`` as a user does: (exit code, stdout, stderr, peak memory in kB)."""
    peak_file = Path(tmp or "/tmp") / f"peak-{os.getpid()}-{time.monotonic_ns()}"
    done = subprocess.run([sys.executable, "-c", _MEASURED, *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "TWPOLICE_LANG": "zh-Hant", "TWP_PEAK_FILE": str(peak_file)})
    peak = int(peak_file.read_text()) if peak_file.exists() else 0
    peak_file.unlink(missing_ok=True)
    return done.returncode, done.stdout, done.stderr, peak


@pytest.mark.parametrize("case", ["scanned", "encrypted-pdf", "zip-bomb", "legacy-doc", "truncated-pdf"])
def test_the_cli_exits_2_with_one_line(case, bad_files):
    code, out, errs, _ = _cli("convert", str(bad_files[case]))
    assert code == 2 and not out and "Traceback" not in errs
    assert len(errs.strip().splitlines()) == 1 and CASES[case][2][0] in errs
    code, out, errs, _ = _cli("convert", str(bad_files[case]), "--lang", "en")
    assert code == 2 and len(errs.strip().splitlines()) == 1 and CASES[case][3][0] in errs


@pytest.mark.parametrize("case", ["zip-bomb", "pdf-bomb"])
def test_bombs_are_refused_in_bounded_time_and_memory(case, bad_files, tmp_path):
    """300 MB behind a few hundred kB: refused after looking, with memory far below what inflating would take."""
    assert bad_files[case].stat().st_size < 2 * 1024 * 1024
    started = time.perf_counter()
    code, _, errs, peak_kb = _cli("convert", str(bad_files[case]), tmp=tmp_path)
    assert code == 2 and len(errs.strip().splitlines()) == 1
    assert time.perf_counter() - started < 120
    assert 0 < peak_kb < 250 * 1024, f"peak {peak_kb // 1024} MB"


def test_a_pdf_locked_only_against_printing_is_read(tmp_path):
    """An owner password alone (printing or copying restricted, as agencies often set) does not stop reading."""
    path = tmp_path / "restricted.pdf"
    path.write_bytes(encrypted_pdf(""))

    assert read_document(path).lines[:2] == ["臺南市政府警察局111年度施政計畫", "一、本年度查獲毒品案件目標值為1,400件。"]
