"""Reading a document in the format its agency published it: plain text, PDF (its text layer), DOCX or ODT.

The format is told by the file's first bytes, never by its name. Text goes to
:func:`~twpolice.converters.text.decode`; PDF, DOCX and ODT to their readers, whose paragraphs and tables
:func:`~.layout.render` lays out as the lines every converter reads, each line remembering its page,
paragraph or table cell (:class:`~.layout.NativeSource`). The SHA-256 is always of the original bytes. What
cannot be read — a scanned PDF with no text layer, an encrypted file, a damaged or truncated one, a zip
bomb, a legacy binary Word file — is refused with one line saying why and what to do
(:class:`~twpolice.converters.text.InputError`).
"""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

from twpolice.converters.readers import opendoc, pdf, word
from twpolice.converters.readers.archive import open_package, package_kind
from twpolice.converters.readers.layout import Location, NativeSource, render
from twpolice.converters.text import DEFAULT_MAX_BYTES, InputError, SourceText, decode

__all__ = ["Location", "NativeSource", "decode_document", "read_document", "sniff_format"]

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")  # a password-protected DOCX is an OLE2 file holding it


def _labels(name: str) -> tuple[str, str]:
    return (f"「{name}」", f"'{name}'") if name else ("輸入", "the input")


def sniff_format(data: bytes, name: str = "") -> str:
    """"pdf", "docx", "odt" or "text"; :class:`InputError` for a package or Office file that is none of them."""
    zh, en = _labels(name)
    if data.startswith(b"%PDF-") or data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(_OLE2):
        if _ENCRYPTED_OOXML in data:
            raise InputError(f"{zh}是有密碼保護（加密）的 Office 文件，無法讀取；請在 Word 中移除密碼後另存為 DOCX。",
                             f"{en} is a password-protected (encrypted) Office document: remove the password in Word "
                             "and save it as DOCX.", code="encrypted")
        raise InputError(f"{zh}是舊版 Word／Office 二進位檔（.doc），無法直接讀取；請另存為 DOCX 或 ODT"
                         "（例如 soffice --headless --convert-to docx 檔名.doc）再轉換。",
                         f"{en} is a legacy binary Word/Office file (.doc): save it as DOCX or ODT first "
                         "(e.g. soffice --headless --convert-to docx file.doc).", code="legacy-doc")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        kind = package_kind(open_package(data, name))
        if kind is None:
            raise InputError(f"{zh}是 ZIP 封裝檔，但不是 DOCX 或 ODT 文字文件（可能是試算表、簡報或一般壓縮檔）。",
                             f"{en} is a ZIP package but not a DOCX or ODT text document (a spreadsheet, a "
                             "presentation or a plain archive?).", code="docx")
        return kind
    return "text"


_READERS = {
    "pdf": (pdf.read_pdf, pdf.MEDIA_TYPE),
    "docx": (word.read_docx, word.MEDIA_TYPE),
    "odt": (opendoc.read_odt, opendoc.MEDIA_TYPE),
}


def decode_document(data: bytes, name: str = "", *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> SourceText:
    """The lines the converters read, from a document's bytes in any supported format."""
    if max_bytes is not None and len(data) > max_bytes:
        _refuse_size(name, len(data), max_bytes)
    kind = sniff_format(data, name)
    if kind == "text":
        return decode(data, name, max_bytes=None)
    reader, media_type = _READERS[kind]
    blocks = reader(data, name)
    source = render(blocks, sha256=hashlib.sha256(data).hexdigest(), name=name, media_type=media_type)
    if not any(line.strip() for line in source.lines):
        zh, en = _labels(name)
        raise InputError(f"{zh}沒有任何文字。", f"{en} has no text.", code="empty")
    return source


def read_document(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read a file of any supported format, refusing one over ``max_bytes`` before loading it."""
    path = Path(path)
    zh, en = _labels(path.name)
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        size = path.stat().st_size
        if size > max_bytes:
            _refuse_size(path.name, size, max_bytes)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # stat can lie (pipes, /proc, growing files)
    except InputError:
        raise
    except (FileNotFoundError, IsADirectoryError):
        raise
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputError(f"無法讀取{zh}：{reason}。", f"Cannot read {en}: {reason}.", code="unreadable") from exc
    if len(data) > max_bytes:
        _refuse_size(path.name, len(data), max_bytes)
    return decode_document(data, path.name, max_bytes=None)


def _refuse_size(name: str, size: int, limit: int) -> None:
    zh, en = _labels(name)
    raise InputError(f"{zh}有 {size:,} 位元組，超過上限 {limit:,} 位元組。",
                     f"{en} has {size:,} bytes, over the limit of {limit:,} bytes.", code="too-large")
