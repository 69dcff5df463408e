"""Text normalisation in one place: which printed forms compare equal, for each kind of comparison.

Every function here is for *matching* only; what is stored and shown is always the text as printed.

| function | for | example |
|---|---|---|
| :func:`fold` | every name matcher: NFKC (full width → half width), 台 → 臺 | 「台中市」 → 「臺中市」 |
| :func:`normalise_width` | finding things in a document's text without moving offsets (one character in, one out) | 「１２３％」 → 「123%」 |
| :func:`normalise_label` | printed indicator names against the vocabularies (the documented matching rule) | 「1.竊盜案件發生數：」 → 「竊盜案件發生數」 |
| :func:`normalise_unit` | printed units against units.ttl (case kept: g is not G) | 「千 元」 → 「千元」 |
| :func:`normalise_name` | agency names against the registry | 「台北市政府 警察局」 → 「臺北市政府警察局」 |
| :func:`normalise_search` | what a visitor types into the site's search | 「TAIPEI」 → 「taipei」 |
| :func:`normalise_spaces` | table header cells, printed with spaces to fill the column | 「序 號」 → 「序號」 |

:data:`CN_DIGITS` is the value of each Chinese numeral digit, for numbers printed digit by digit (「一一〇」) and ROC
years printed so (「一一二年」).
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_LEADING_NUMBER = re.compile(r"^(?:\(?\d{1,3}[).、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")
_DROP = re.compile(r"[\s「」『』\"'“”‘’、,，;；·・]")
_TRAILING = ".。:：;；!！?？"


def fold(text: str) -> str:
    """NFKC (full-width -> half-width), 台 -> 臺; shared by every name matcher in the project."""
    return unicodedata.normalize("NFKC", text).replace("台", "臺")


def _build_width_table() -> dict[int, int]:
    """Full-width ASCII → ASCII, ideographic space → space, and PDF-extraction look-alikes
    (Kangxi radicals, CJK compatibility ideographs) → the unified ideograph; all 1:1."""
    table = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
    table[0x3000] = 0x20
    table[0xFE6A] = ord("%")  # small percent sign
    for lo, hi in ((0x2F00, 0x2FD6), (0xF900, 0xFB00)):
        for cp in range(lo, hi):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = ord(folded)
    return table


_WIDTH_TABLE = _build_width_table()

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def normalise_width(s: str) -> str:
    """Fold full-width digits, letters and punctuation (（）％，．：…) to ASCII, for matching only.

    One character in, one character out, so an offset found in the result is the same
    offset in ``s``; quotes must still be taken from ``s`` as printed.
    """
    return s.translate(_WIDTH_TABLE)


def normalise_label(text: str) -> str:
    """The documented normalisation behind :func:`twpolice.composition.match_indicator`.

    NFKC and 台 -> 臺 (:func:`fold`); a leading list number (``1.``, ``(2)``, ``三、``) dropped;
    whitespace, quote marks and enumeration commas (、，,;；·) removed; trailing punctuation
    stripped; ASCII lower-cased. Nothing else: no synonyms, no fuzzy matching.
    """
    text = fold(text).strip()
    text = _LEADING_NUMBER.sub("", text, count=1)
    text = _DROP.sub("", text).rstrip(_TRAILING)
    return text.lower()


def normalise_unit(text: str) -> str:
    """Printed unit normalisation: :func:`fold` and whitespace removed (case kept: g is not G)."""
    return _SPACES.sub("", fold(text))


def normalise_name(text: str) -> str:
    """:func:`fold` (full-width -> half-width, 台 -> 臺), whitespace removed, lower-cased."""
    return _SPACES.sub("", fold(text)).lower()


def normalise_search(text: str) -> str:
    """Case- and width-insensitive form; 台/臺 treated alike (both spellings are in use)."""
    return fold(text).casefold().strip()


def normalise_spaces(text: str) -> str:
    """Whitespace-insensitive form for comparing printed labels (「序 號」 == 「序號」)."""
    return _SPACES.sub("", text)
