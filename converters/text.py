"""Reading a source document safely: size limit, binary sniffing, encoding, line endings.

Converters cite quotes by line number, so every converter must see the *same* lines:
this module is the one place that turns bytes into text. Lines are split on ``\\n``
only (after CRLF/CR normalisation), never with :meth:`str.splitlines`, which also
breaks on form feeds and other separators that PDF extractors leave inside lines.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes
from twpolice.errors import UserError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "InputError",
    "SourceText",
    "decode",
    "MAX_SENTENCE_CHARS",
    "bounded_sentences",
    "read_source",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Default upper bound on an input file; larger files are refused before being read."""

# Share of control characters above which a "text" is treated as binary.
_MAX_CONTROL_SHARE = 0.01

# C0 controls other than TAB, LF, VT, FF, CR, plus DEL. None of these occur as trail bytes in
# UTF-8 or Big5/CP950, so counting them on the raw bytes is encoding-independent.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])

_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF", "PDF", "PDF"),
    (b"PK\x03\x04", "ZIP（DOCX／XLSX／ODT）", "ZIP (DOCX/XLSX/ODT)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "舊版 Office（DOC／XLS）", "legacy Office (DOC/XLS)"),
    (b"{\\rtf", "RTF", "RTF"),
    (b"\x89PNG", "PNG 圖檔", "PNG image"),
    (b"\xff\xd8\xff", "JPEG 圖檔", "JPEG image"),
    (b"GIF8", "GIF 圖檔", "GIF image"),
    (b"\x1f\x8b", "gzip 壓縮檔", "gzip archive"),
)


class InputError(UserError, ValueError):
    """A refused input, with a one-line message in both languages (:class:`~twpolice.messages.Msg`).

    ``code`` is a stable machine-readable reason (``empty``, ``binary``, ``pdf``, ``docx``,
    ``encoding``, ``too-large``, ``unreadable``) for APIs and per-error documentation.
    """

    def __init__(self, zh: str, en: str, *, code: str = "input") -> None:
        super().__init__(zh, en)
        self.code = code


# --- bounded sentences ---------------------------------------------------------------------------

MAX_SENTENCE_CHARS = 1000
"""The longest sentence the prose engine is given. Its work per figure grows with the sentence (the clause
before each figure, the periods before it), so one sentence of a million characters without 。 would take
hours; the longest in the bundled documents and the dev corpus is 234 characters."""

_SENTENCE_END = re.compile(r"[。；;]")  # where the prose engine ends a sentence (；, full width, is ; folded)
_CLAUSE_CUT = re.compile(r"[，、,：:\s]")


def bounded_sentences(line: str, limit: int = MAX_SENTENCE_CHARS) -> list[str]:
    """The line as it is when no sentence in it is longer than ``limit`` (every line of real documents);
    else its sentences, each as printed, with a longer one cut after its last clause break (，、：, space)
    before the limit, or at the limit when it has none. A sentence cut this way loses at most the link
    between a figure and words more than ``limit`` characters before it."""
    if len(line) <= limit:
        return [line]
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        pieces.extend(_cut(line[start:m.end()], limit))
        start = m.end()
    if start < len(line):
        pieces.extend(_cut(line[start:], limit))
    return pieces


def _cut(sentence: str, limit: int) -> list[str]:
    out: list[str] = []
    start = 0
    while len(sentence) - start > limit:
        breaks = [m.end() for m in _CLAUSE_CUT.finditer(sentence, start + limit // 2, start + limit)]
        at = breaks[-1] if breaks else start + limit
        out.append(sentence[start:at])
        start = at
    out.append(sentence[start:])
    return out


# --- the decoded source ------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceText:
    """A decoded document: ``text`` with ``\\n`` line endings and its ``lines`` (no terminators)."""

    text: str
    lines: list[str] = field(repr=False)
    encoding: str
    had_bom: bool
    crlf: bool
    sha256: str
    name: str = ""

    @property
    def line_count(self) -> int:
        return len(self.lines)

    def line(self, n: int) -> str:
        """Line ``n``, 1-based as in :class:`twpolice.model.Passage`."""
        if not 1 <= n <= len(self.lines):
            raise IndexError(f"line {n} out of range 1..{len(self.lines)}")
        return self.lines[n - 1]

    def span(self, first: int, last: int) -> str:
        """Lines ``first``..``last`` (1-based, inclusive) joined with ``\\n``; quotes live in here."""
        if not 1 <= first <= last <= len(self.lines):
            raise IndexError(f"lines {first}..{last} out of range 1..{len(self.lines)}")
        return "\n".join(self.lines[first - 1 : last])


def _label(name: str) -> tuple[str, str]:
    return (f"「{name}」", f"'{name}'") if name else ("輸入", "the input")


def _sniff_magic(data: bytes, name: str) -> None:
    zh_name, en_name = _label(name)
    for magic, zh_kind, en_kind in _MAGIC:
        if data.startswith(magic):
            code = "pdf" if magic == b"%PDF" else "docx" if magic == b"PK\x03\x04" else "binary"
            if code == "docx" and b"word/" not in data[:65536]:
                zh_kind, en_kind = "ZIP 壓縮檔", "ZIP archive"
            elif code == "docx":
                zh_kind, en_kind = "DOCX", "DOCX"
            raise InputError(
                f"{zh_name}是 {zh_kind} 檔，不是純文字；請先抽出文字（例如存成 UTF-8 .txt）再轉換。",
                f"{en_name} is a {en_kind} file, not plain text: extract its text first (e.g. save as UTF-8 .txt).",
                code=code,
            )


def _decode_bytes(data: bytes, name: str) -> tuple[str, str, bool]:
    """Return (text, encoding, had_bom); UTF-8 first, then the Taiwanese legacy encodings."""
    zh_name, en_name = _label(name)
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8", True
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{zh_name}有 UTF-8 BOM，但第 {exc.start + 3} 位元組不是有效的 UTF-8。",
                f"{en_name} starts with a UTF-8 BOM but byte {exc.start + 3} is not valid UTF-8.",
                code="encoding",
            ) from None
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(enc), "utf-16", True
            except UnicodeDecodeError:
                break  # fall through to the binary checks and the error below
    if b"\x00" in data:
        raise InputError(
            f"{zh_name}含有 NUL 位元組，看來是二進位檔而非文字檔。",
            f"{en_name} contains NUL bytes: it looks binary, not text.",
            code="binary",
        )
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > max(2, _MAX_CONTROL_SHARE * len(data)):
        raise InputError(
            f"{zh_name}有 {controls} 個控制字元，看來是二進位檔而非文字檔。",
            f"{en_name} has {controls} control characters: it looks binary, not text.",
            code="binary",
        )
    for enc in ("utf-8", "cp950", "big5hkscs"):
        try:
            return data.decode(enc), enc, False
        except UnicodeDecodeError:
            continue
    hint_zh = hint_en = ""
    try:
        best = from_bytes(data[:1_000_000]).best()
        if best is not None:
            hint_zh, hint_en = f"（看來可能是 {best.encoding}）", f" (it may be {best.encoding})"
    except Exception:  # a hint only; never let the detector itself fail the read
        pass
    raise InputError(
        f"{zh_name}不是 UTF-8、CP950 或 Big5-HKSCS 編碼{hint_zh}；請轉存為 UTF-8。",
        f"{en_name} is not UTF-8, CP950 or Big5-HKSCS{hint_en}: re-save it as UTF-8.",
        code="encoding",
    )


def decode(data: bytes, name: str = "", *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> SourceText:
    """Decode a document's bytes, or raise :class:`InputError` saying why it is not usable text."""
    zh_name, en_name = _label(name)
    if max_bytes is not None and len(data) > max_bytes:
        raise _too_large(zh_name, en_name, len(data), max_bytes)
    _sniff_magic(data, name)
    text, encoding, had_bom = _decode_bytes(data, name)
    if not text.strip():
        raise InputError(
            f"{zh_name}是空的（只有空白）。", f"{en_name} is empty (whitespace only).", code="empty"
        )
    crlf = "\r\n" in text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return SourceText(
        text=text,
        lines=lines,
        encoding=encoding,
        had_bom=had_bom,
        crlf=crlf,
        sha256=hashlib.sha256(data).hexdigest(),
        name=name,
    )


def _too_large(zh_name: str, en_name: str, size: int, limit: int) -> InputError:
    return InputError(
        f"{zh_name}有 {size:,} 位元組，超過上限 {limit:,} 位元組。",
        f"{en_name} has {size:,} bytes, over the limit of {limit:,} bytes.",
        code="too-large",
    )


def read_source(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read and decode a file, refusing one over ``max_bytes`` before loading it into memory."""
    path = Path(path)
    zh_name, en_name = _label(path.name)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if size > max_bytes:
            raise _too_large(zh_name, en_name, size, max_bytes)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # stat can lie (pipes, /proc, growing files)
    except InputError:
        raise
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputError(
            f"無法讀取{zh_name}：{reason}。", f"Cannot read {en_name}: {reason}.", code="unreadable"
        ) from exc
    if len(data) > max_bytes:
        raise _too_large(zh_name, en_name, len(data), max_bytes)
    return decode(data, path.name, max_bytes=None)
