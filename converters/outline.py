"""Chinese outline numbering: recognise numbered lines and track their nesting.

Government documents number sections with several marker families (壹、 一、 (一) 1. (1) 甲. ① a. (a)),
but the *order* in which the families nest differs between documents (003 puts 1、 under (一) and
(1) under 1、; 001 puts 甲. under (1)).  So nothing here hard-codes a global depth order:
:class:`OutlineTracker` learns it from the order in which styles first appear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "STYLES",
    "Heading",
    "OutlineTracker",
    "cjk_to_int",
    "format_numbering",
    "format_ordinal",
    "parse_heading",
    "section_key",
]

STYLES: tuple[str, ...] = (
    "cjk-capital",
    "cjk",
    "paren-cjk",
    "arabic",
    "paren-arabic",
    "stem",
    "circled",
    "latin",
    "paren-latin",
)


@dataclass(frozen=True)
class Heading:
    """One numbered line.

    ``numbering`` is the marker exactly as printed (with its separator: "拾參、", "(一)", "1."),
    ``title`` the rest of the line stripped, ``indent`` the leading whitespace (bookmarks and
    list bullets removed), ``start`` the offset of the marker in the original line, so a converter
    can quote the printed text.
    """

    style: str
    ordinal: int
    numbering: str
    title: str
    indent: str = ""
    start: int = 0

    @property
    def label(self) -> str:
        """Numbering and title as printed, e.g. "(一)公文查詢"."""
        return self.numbering + self.title


# --------------------------------------------------------------------------- numerals

_CJK_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CAP_DIGITS = {
    "壹": 1, "貳": 2, "貮": 2, "參": 3, "叁": 3, "叄": 3, "肆": 4,
    "伍": 5, "陸": 6, "柒": 7, "捌": 8, "玖": 9,
}
_CJK_TEN = {"十", "拾"}
_CJK_TWENTY = {"廿": 20, "卅": 30}
_FMT_CJK = "一二三四五六七八九"
_FMT_CAP = "壹貳參肆伍陸柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = (
    [chr(c) for c in range(0x2460, 0x2474)]  # ①..⑳
    + [chr(c) for c in range(0x3251, 0x3260)]  # ㉑..㉟
    + [chr(c) for c in range(0x32B1, 0x32C0)]  # ㊱..㊿
)
_CIRCLED_VALUE = {ch: i + 1 for i, ch in enumerate(_CIRCLED)}


def cjk_to_int(text: str) -> int | None:
    """Value of a CJK numeral 1..99 (一, 十一, 二十, 玖拾玖, 廿一); None if not a well-formed one."""
    if not text:
        return None
    digits = _CAP_DIGITS if text[0] in _CAP_DIGITS or text[0] == "拾" else _CJK_DIGITS
    if text[0] in _CJK_TWENTY:
        rest = text[1:]
        if not rest:
            return _CJK_TWENTY[text[0]]
        if len(rest) == 1 and rest in _CJK_DIGITS:
            return _CJK_TWENTY[text[0]] + _CJK_DIGITS[rest]
        return None
    tens_at = [i for i, ch in enumerate(text) if ch in _CJK_TEN]
    if not tens_at:
        return digits.get(text) if len(text) == 1 else None
    if len(tens_at) > 1:
        return None
    i = tens_at[0]
    # 十 with 一 numerals and 拾 with capitals only: "一拾" / "壹十" are not printed forms.
    if (text[i] == "拾") != (digits is _CAP_DIGITS):
        return None
    head, tail = text[:i], text[i + 1 :]
    if len(head) > 1 or len(tail) > 1:
        return None
    tens = 1 if not head else digits.get(head)
    units = 0 if not tail else digits.get(tail)
    if tens is None or units is None:
        return None
    return tens * 10 + units


def format_ordinal(style: str, n: int) -> str:
    """The numeral of ``n`` in ``style`` without brackets or separator (十一, 拾參, 3, 丙, ⑩, c)."""
    if n < 1:
        raise ValueError(f"ordinal must be positive, got {n}")
    if style in ("cjk", "paren-cjk", "cjk-capital"):
        if n > 99:
            raise ValueError(f"CJK ordinals are supported up to 99, got {n}")
        cap = style == "cjk-capital"
        digits, ten = (_FMT_CAP, "拾") if cap else (_FMT_CJK, "十")
        tens, units = divmod(n, 10)
        out = ""
        if tens:
            out = ("" if tens == 1 else digits[tens - 1]) + ten
        if units:
            out += digits[units - 1]
        return out
    if style in ("arabic", "paren-arabic"):
        return str(n)
    if style == "stem":
        if n > len(_STEMS):
            raise ValueError(f"stem ordinals go up to {len(_STEMS)}, got {n}")
        return _STEMS[n - 1]
    if style == "circled":
        if n > len(_CIRCLED):
            raise ValueError(f"circled ordinals go up to {len(_CIRCLED)}, got {n}")
        return _CIRCLED[n - 1]
    if style in ("latin", "paren-latin"):
        if n > 26:
            raise ValueError(f"latin ordinals go up to 26, got {n}")
        return chr(ord("a") + n - 1)
    raise ValueError(f"unknown style {style!r}")


def format_numbering(style: str, n: int, sep: str | None = None) -> str:
    """A full marker as documents print it: "壹、", "一、", "(一)", "1.", "(1)", "甲.", "①", "a.", "(a)"."""
    num = format_ordinal(style, n)
    if style.startswith("paren-"):
        return f"({num})"
    if style == "circled":
        return num
    if sep is None:
        sep = "、" if style in ("cjk", "cjk-capital") else "."
    return num + sep


# --------------------------------------------------------------------------- parsing

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_WS = re.compile(r"[ \t\u3000]+")
_BULLET = re.compile(r"[-–•●○■□◆◇▪・*][ \t\u3000]+")

_CJK_CHARS = "一二三四五六七八九十廿卅"
_CAP_CHARS = "壹貳貮參叁叄肆伍陸柒捌玖拾"
_DIGIT = "0-9０-９"
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_PAREN = re.compile(
    rf"[(（][ \u3000]*(?:(?P<cjk>[{_CJK_CHARS}]{{1,3}})|(?P<num>[{_DIGIT}]{{1,2}})|(?P<lat>[a-zA-Z]))"
    rf"[ \u3000]*[)）]、?"
)
_CIRCLED_RE = re.compile("[" + "".join(_CIRCLED) + "][、.．]?")
_CAPITAL = re.compile(rf"(?P<n>[{_CAP_CHARS}]{{1,3}})(?:[、.．:：]|\u3000)")
_CJK = re.compile(rf"(?P<n>[{_CJK_CHARS}]{{1,3}})(?:[、.．:：]|\u3000)")
_STEM = re.compile(rf"(?P<n>[{_STEMS}])(?:[、.．]|\u3000)")
_ARABIC = re.compile(rf"(?P<n>[{_DIGIT}]{{1,2}})(?P<sep>[.．、])")
_ARABIC_YEAR_AFTER = re.compile(rf"[{_DIGIT}]{{2,3}}[ \u3000]*年")
_LATIN = re.compile(r"(?P<n>[a-z])[.．、]|(?P<N>[A-Z])[.．]")
_DIGIT_AT = re.compile(rf"[{_DIGIT}]")


def _strip_prefix(line: str) -> int:
    """Offset of the marker: skip DOCX bookmarks, whitespace and Markdown-ish bullets ("- ")."""
    pos = 0
    n = len(line)
    while pos < n:
        m = _BOOKMARK.match(line, pos) or _WS.match(line, pos) or _BULLET.match(line, pos)
        if not m:
            break
        pos = m.end()
    return pos


def _leading_ws(line: str) -> str:
    """Leading whitespace of the line (what precedes any bookmark or bullet)."""
    m = _WS.match(line)
    return m.group() if m else ""


def parse_heading(line: str) -> Heading | None:
    """Recognise a numbered line; None for prose.

    「1.刑案分析」 and 「2.111年度列管」 are headings, 「110年賡續推動」, 「1萬人」 and 「3.67％」 are not:
    an arabic marker needs a separator, and a digit right after "N." must start a year (「…年」).
    A tab after the marker means a table row, not a section: parse the cell text instead.
    """
    line = line.rstrip("\r\n")
    pos = _strip_prefix(line)
    if pos >= len(line) or "\t" in line[pos:].rstrip():
        return None
    indent = _leading_ws(line)
    ch = line[pos]
    style: str
    ordinal: int | None
    m: re.Match[str] | None
    if ch in "(（":
        m = _PAREN.match(line, pos)
        if not m:
            return None
        if m.group("cjk"):
            style, ordinal = "paren-cjk", cjk_to_int(m.group("cjk"))
        elif m.group("num"):
            style, ordinal = "paren-arabic", int(m.group("num").translate(_FULLWIDTH_DIGITS))
        else:
            style, ordinal = "paren-latin", ord(m.group("lat").lower()) - ord("a") + 1
    elif ch in _CIRCLED_VALUE:
        m = _CIRCLED_RE.match(line, pos)
        assert m is not None
        style, ordinal = "circled", _CIRCLED_VALUE[ch]
    elif ch in _CAP_CHARS:
        m = _CAPITAL.match(line, pos)
        if not m:
            return None
        style, ordinal = "cjk-capital", cjk_to_int(m.group("n"))
    elif ch in _CJK_CHARS:
        m = _CJK.match(line, pos)
        if not m:
            return None
        style, ordinal = "cjk", cjk_to_int(m.group("n"))
    elif ch in _STEMS:
        m = _STEM.match(line, pos)
        if not m:
            return None
        style, ordinal = "stem", _STEMS.index(ch) + 1
    elif _DIGIT_AT.match(ch):
        m = _ARABIC.match(line, pos)
        if not m:
            return None
        if m.group("sep") != "、" and _DIGIT_AT.match(line, m.end()):
            # "3.67％", "1.5版" are numbers; "2.111年度…" is item 2 about a year
            if not _ARABIC_YEAR_AFTER.match(line, m.end()):
                return None
        style, ordinal = "arabic", int(m.group("n").translate(_FULLWIDTH_DIGITS))
    elif ch.isascii() and ch.isalpha():
        m = _LATIN.match(line, pos)
        if not m:
            return None
        nxt = line[m.end() : m.end() + 1]
        if nxt.isascii() and nxt.isalpha():  # "e.g.", "U.S."
            return None
        letter = (m.group("n") or m.group("N")).lower()
        style, ordinal = "latin", ord(letter) - ord("a") + 1
    else:
        return None
    if not ordinal:
        return None
    numbering = m.group()
    return Heading(
        style=style,
        ordinal=ordinal,
        numbering=numbering,
        title=line[m.end() :].strip(),
        indent=indent,
        start=pos,
    )


# --------------------------------------------------------------------------- nesting


def section_key(path: Sequence[Heading]) -> str:
    """Stable key of a section path: ordinals by level, e.g. "3.1.2" (empty path: "")."""
    return ".".join(str(h.ordinal) for h in path)


class OutlineTracker:
    """Keeps the current section path while headings are fed in document order.

    Rank is the order in which styles are *first seen in this document*.  A new style nests under
    the current heading; a style already on the stack pops back to its level; a known style that is
    not on the stack pops every style of higher rank first, so after 壹 > 一 > (一) and 貳 > 1.,
    a following 一、 closes 1. instead of nesting under it.
    """

    __slots__ = ("_order", "_stack")

    def __init__(self) -> None:
        self._order: list[str] = []
        self._stack: list[Heading] = []

    @property
    def path(self) -> tuple[Heading, ...]:
        return tuple(self._stack)

    @property
    def depth(self) -> int:
        return len(self._stack)

    @property
    def style_order(self) -> tuple[str, ...]:
        """Styles from outermost to innermost, as learnt so far."""
        return tuple(self._order)

    def push(self, heading: Heading) -> tuple[Heading, ...]:
        """Place ``heading`` in the outline and return the new path (root first)."""
        style = heading.style
        stack = self._stack
        for i, h in enumerate(stack):
            if h.style == style:
                del stack[i:]
                stack.append(heading)
                return tuple(stack)
        order = self._order
        if style not in order:
            order.append(style)
        rank = order.index(style)
        while stack and order.index(stack[-1].style) > rank:
            stack.pop()
        stack.append(heading)
        return tuple(stack)

    def path_labels(self) -> tuple[str, ...]:
        """Numbering and title of each level as printed: ("壹、自治行政", "一、行政管理", "(一)公文查詢")."""
        return tuple(h.label for h in self._stack)

    def key(self) -> str:
        """:func:`section_key` of the current path."""
        return section_key(self._stack)

    def reset(self) -> None:
        self._order.clear()
        self._stack.clear()
