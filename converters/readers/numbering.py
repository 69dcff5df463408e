"""The numbers Word and LibreOffice print before a paragraph but do not store in its text.

Agencies number their sections with automatic lists (壹、 一、 (一) 1.); the number is in the document's
numbering definitions, not in the paragraph, and the outline the converters read is made of those numbers.
So the readers put the printed number back in front of the paragraph's text:

* :class:`WordNumbering` for DOCX: a paragraph's ``w:numPr`` (or its style's, through ``w:basedOn``) names a
  list (``w:num`` → ``w:abstractNum``) and a level; each level has a start, a format (``w:numFmt``) and a
  pattern (``w:lvlText``, ``%1、`` or ``(%2)``). Counters run per abstract list, a level restarts when a level
  above it advances, and a list instance with ``w:startOverride`` starts again.
* :func:`format_number` renders a counter in a format, Word's names (``taiwaneseCountingThousand``,
  ``ideographLegalTraditional``, ``decimalEnclosedCircle`` …) and ODF's (``1``, ``a``, ``一, 二, 三, ...``).

Bullets print nothing (the text does not need them); a format this module does not know prints the number in
digits, so a list item is never left unnumbered.
"""

from __future__ import annotations

from docx.oxml.ns import qn

from twpolice.converters.outline import format_ordinal

__all__ = ["WordNumbering", "format_number"]

_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_DIGITS_CJK = "〇一二三四五六七八九"
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    """A, B, … Z, AA, BB (Word repeats the letter)."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _cjk(n: int, style: str) -> str:
    return format_ordinal(style, n) if 1 <= n <= 99 else "".join(_DIGITS_CJK[int(d)] for d in str(n))


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(_FULL_WIDTH),
    "decimalFullWidth2": lambda n: str(n).translate(_FULL_WIDTH),
    "decimalHalfWidth": str,
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "decimalEnclosedCircle": lambda n: format_ordinal("circled", n) if n <= 50 else str(n),
    "decimalEnclosedCircleChinese": lambda n: format_ordinal("circled", n) if n <= 50 else str(n),
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "taiwaneseCounting": lambda n: _cjk(n, "cjk"),
    "taiwaneseCountingThousand": lambda n: _cjk(n, "cjk"),
    "chineseCounting": lambda n: _cjk(n, "cjk"),
    "chineseCountingThousand": lambda n: _cjk(n, "cjk"),
    "japaneseCounting": lambda n: _cjk(n, "cjk"),
    "ideographTraditional": lambda n: _STEMS[(n - 1) % 10],
    "ideographZodiac": lambda n: _BRANCHES[(n - 1) % 12],
    "ideographLegalTraditional": lambda n: _cjk(n, "cjk-capital"),
    "chineseLegalSimplified": lambda n: _cjk(n, "cjk-capital"),
    "ideographDigital": lambda n: "".join(_DIGITS_CJK[int(d)] for d in str(n)),
    "taiwaneseDigital": lambda n: "".join(_DIGITS_CJK[int(d)] for d in str(n)),
    # ODF (style:num-format), LibreOffice's CJK formats included
    "1": str,
    "a": lambda n: _letters(n).lower(),
    "A": _letters,
    "i": lambda n: _roman(n).lower(),
    "I": _roman,
    "一, 二, 三, ...": lambda n: _cjk(n, "cjk"),
    "壹, 貳, 參, ...": lambda n: _cjk(n, "cjk-capital"),
    "甲, 乙, 丙, ...": lambda n: _STEMS[(n - 1) % 10],
    "子, 丑, 寅, ...": lambda n: _BRANCHES[(n - 1) % 12],
    "①, ②, ③, ...": lambda n: format_ordinal("circled", n) if n <= 50 else str(n),
    "１, ２, ３, ...": lambda n: str(n).translate(_FULL_WIDTH),
}


def format_number(n: int, fmt: str) -> str:
    """``n`` as the format prints it; "" for bullets and ``none``; digits for a format not known here."""
    if fmt in ("bullet", "none", ""):
        return ""
    render = _FORMATS.get(fmt, str)
    return render(max(n, 0)) if n > 0 else str(n)


_VAL = qn("w:val")


def _val(parent, tag: str) -> str | None:
    el = parent.find(qn(tag)) if parent is not None else None
    return el.get(_VAL) if el is not None else None


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


class _Level:
    __slots__ = ("start", "fmt", "text", "suffix", "restart")

    def __init__(self, lvl) -> None:
        self.start = _int(_val(lvl, "w:start"), 1)
        self.fmt = _val(lvl, "w:numFmt") or "decimal"
        self.text = _val(lvl, "w:lvlText")
        self.suffix = _val(lvl, "w:suff") or "tab"
        self.restart = _int(_val(lvl, "w:lvlRestart"), -1)


class WordNumbering:
    """The printed number of each numbered paragraph of one DOCX, fed the paragraphs in document order."""

    def __init__(self, document) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._num: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self._style_num: dict[str, tuple[str | None, int | None]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError, AttributeError):
            part = None
        if part is not None:
            root = part.element
            for abstract in root.iterchildren(qn("w:abstractNum")):
                levels = {_int(lvl.get(qn("w:ilvl")), 0): _Level(lvl) for lvl in abstract.iterchildren(qn("w:lvl"))}
                self._abstract[abstract.get(qn("w:abstractNumId"))] = levels
            for num in root.iterchildren(qn("w:num")):
                starts: dict[int, int] = {}
                overrides: dict[int, _Level] = {}
                for override in num.iterchildren(qn("w:lvlOverride")):
                    ilvl = _int(override.get(qn("w:ilvl")), 0)
                    start = _val(override, "w:startOverride")
                    if start is not None:
                        starts[ilvl] = _int(start, 1)
                    lvl = override.find(qn("w:lvl"))
                    if lvl is not None:
                        overrides[ilvl] = _Level(lvl)
                self._num[num.get(qn("w:numId"))] = (_val(num, "w:abstractNumId"), starts, overrides)
        self._styles = {s.get(qn("w:styleId")): s for s in document.styles.element.iterchildren(qn("w:style"))}

    def _style_numbering(self, style_id: str | None, depth: int = 0) -> tuple[str | None, int | None]:
        """(numId, ilvl) a paragraph style gives, through the styles it is based on."""
        if style_id is None or depth > 20:
            return None, None
        if style_id not in self._style_num:
            style = self._styles.get(style_id)
            num_id = ilvl = None
            if style is not None:
                ppr = style.find(qn("w:pPr"))
                numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
                if numpr is not None:
                    num_id, ilvl = _val(numpr, "w:numId"), _int(_val(numpr, "w:ilvl"), 0)
                else:
                    num_id, ilvl = self._style_numbering(_val(style, "w:basedOn"), depth + 1)
                    if num_id is None:
                        ilvl = None
            self._style_num[style_id] = (num_id, ilvl)
        return self._style_num[style_id]

    def label(self, p) -> str:
        """The number printed before paragraph ``p`` (with what follows it), "" when it has none; advances the
        counters, so call it once per paragraph, in order."""
        ppr = p.find(qn("w:pPr"))
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        style_num, style_ilvl = self._style_numbering(_val(ppr, "w:pStyle")) if ppr is not None else (None, None)
        num_id = _val(numpr, "w:numId") if numpr is not None else None
        ilvl = _int(_val(numpr, "w:ilvl"), -1) if numpr is not None else -1
        num_id = num_id if num_id is not None else style_num
        ilvl = ilvl if ilvl >= 0 else (style_ilvl or 0)
        if not num_id or num_id == "0" or num_id not in self._num:
            return ""
        abstract_id, starts, overrides = self._num[num_id]
        levels = {**self._abstract.get(abstract_id, {}), **overrides}
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(abstract_id or num_id, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for k, start in starts.items():  # a list instance that starts again
                counters[k] = start - 1
                for deeper in [d for d in counters if d > k]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [d for d in counters if d > ilvl]:
            restart = levels[deeper].restart if deeper in levels else -1
            if restart != 0:  # 0: this level never restarts
                del counters[deeper]
        if level.fmt == "bullet" or level.text is None:
            return ""
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                lv = levels.get(k)
                n = counters.get(k, lv.start if lv else 1)
                text = text.replace(f"%{k + 1}", format_number(n, lv.fmt if lv else "decimal"))
        if not text:
            return ""
        if level.suffix == "space" or (level.suffix == "tab" and text[-1].isascii()):
            return text + " "  # 「1.」 and its text; after 「一、」 or 「（一）」 a tab is only room
        return text
