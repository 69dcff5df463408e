"""Opening a DOCX or ODT package (a ZIP) with bounded decompression.

A ZIP states each member's uncompressed size in its central directory, and :mod:`zipfile` never inflates a
member past that size (it cuts the output there and fails the CRC). So a package whose stated sizes add up
to more than :data:`MAX_UNPACKED_BYTES`, or that has more than :data:`MAX_MEMBERS` members, is refused
before anything is inflated: a zip bomb costs a look at its directory, nothing more. Only stored and
deflated members are accepted (bzip2 and LZMA inflate a whole chunk at once, whatever its size).
"""

from __future__ import annotations

import io
import zipfile

from twpolice.converters.text import InputError

__all__ = ["MAX_MEMBERS", "MAX_UNPACKED_BYTES", "open_package", "package_kind"]

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""Most a package may unpack to, all members together: a 20 MB document with its images stays well under."""
MAX_MEMBERS = 10_000

ODF_TEXT = "application/vnd.oasis.opendocument.text"


def _labels(name: str) -> tuple[str, str]:
    return (f"「{name}」", f"'{name}'") if name else ("輸入", "the input")


def open_package(data: bytes, name: str) -> zipfile.ZipFile:
    """The package, its directory checked; :class:`InputError` for a corrupt, truncated or bomb-like one."""
    zh, en = _labels(name)
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"{zh}是損毀或不完整的 ZIP（DOCX／ODT）檔，無法讀取（找不到完整的 ZIP 目錄）；請重新下載或另存一次。",
                         f"{en} is a corrupt or truncated ZIP (DOCX/ODT) file ({exc}): download or save it again.",
                         code="corrupt") from None
    if len(members) > MAX_MEMBERS:
        raise InputError(f"{zh}有 {len(members):,} 個封裝成員，超過上限 {MAX_MEMBERS:,}；不像一般文件，拒絕解壓縮。",
                         f"{en} has {len(members):,} package members, over the limit of {MAX_MEMBERS:,}: "
                         "not an ordinary document, refused before unpacking.", code="zip-bomb")
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(f"{zh}解壓縮後有 {unpacked:,} 位元組，超過上限 {MAX_UNPACKED_BYTES:,}（疑似 ZIP 炸彈），拒絕解壓縮。",
                         f"{en} would unpack to {unpacked:,} bytes, over the limit of {MAX_UNPACKED_BYTES:,} "
                         "(a zip bomb?): refused before unpacking.", code="zip-bomb")
    odd = sorted({m.compress_type for m in members} - {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
    if odd:
        raise InputError(f"{zh}使用了文件不會用的壓縮方式（{odd}），拒絕解壓縮。",
                         f"{en} uses a compression method documents do not use ({odd}): refused.", code="corrupt")
    if any(m.flag_bits & 0x1 for m in members):
        raise InputError(f"{zh}的 ZIP 內容有密碼保護，無法讀取；請先移除密碼再轉換。",
                         f"{en} is a password-protected ZIP: remove the password first.", code="encrypted")
    return package


def package_kind(package: zipfile.ZipFile) -> str | None:
    """"docx", "odt", or None for any other package (XLSX, ODS, a plain ZIP)."""
    names = set(package.namelist())
    if "word/document.xml" in names:
        return "docx"
    if "mimetype" in names:
        info = package.getinfo("mimetype")
        if info.file_size <= 100:
            try:
                if package.read("mimetype").decode("ascii", "replace").strip() == ODF_TEXT:
                    return "odt"
            except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                return None
    return None
