"""A PDF page's characters as lines, and lines as paragraphs.

A PDF holds positioned glyphs, not paragraphs: a paragraph is wrapped into visual lines and may run on to
the next page; a title and page number are printed again on every page. These functions put the lines back
together the way a reader sees them:

* :func:`visual_lines` groups characters into lines by their vertical position and orders them left to
  right; a gap wider than a space becomes a space, and a gap of several characters splits the line into
  *segments* (what column alignment is made of).
* :func:`running_lines` finds the header, footer and page-number lines: lines in the top or bottom margin
  whose text, digits aside, recurs on at least half the pages, and lines there that are only a page number.
* :func:`join_paragraphs` makes one paragraph of the lines of a wrapped paragraph: a line continues the one
  before it when that line is full (the next line's first word would not have fitted on it), the next line
  is not a numbered heading, and the gap between them is a line's, not a paragraph's; across a page break
  the gap does not count, so a sentence cut by the break is one sentence again.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from twpolice.converters.outline import parse_heading

__all__ = ["Pitch", "VLine", "join_paragraphs", "line_pitch", "running_lines", "visual_lines"]

SPACE_GAP = 0.25  # a gap wider than this many font sizes between two characters is a space
SEGMENT_GAP = 1.6  # ... and wider than this, a column break
MARGIN_SHARE = 0.12  # the top and bottom this share of a page is where running headers and footers sit

_PAGE_NUMBER = re.compile(
    r"^[\s\-–—－‒~·.]*(?:第\s*[0-9０-９]+\s*頁(?:\s*[,，/]?\s*共\s*[0-9０-９]+\s*頁)?|[0-9０-９]+(?:\s*/\s*[0-9０-９]+)?|"
    r"[ivxlcIVXLC]+|(?:page|p\.)\s*[0-9]+(?:\s*(?:of|/)\s*[0-9]+)?)[\s\-–—－‒~·.]*$", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9０-９]+")
_SPACES = re.compile(r"\s+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9.,%/:()\-+]+")
_SENTENCE_END = ("。", "！", "？", "!", "?")


@dataclass
class VLine:
    """One visual line: its text, box, font size, page (1-based) and segments (text, x0, x1)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    segments: list[tuple[str, float, float]] = field(default_factory=list)
    first_width: float = 0.0  # width of the line's first word (a CJK character or a run of ASCII)


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch == "\u3000"


def _line_of(chars: list[dict], page: int) -> VLine:
    chars.sort(key=lambda c: c["x0"])
    size = Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0] or 10.0
    parts: list[str] = []
    segments: list[tuple[str, float, float]] = []
    seg_text: list[str] = []
    seg_x0 = seg_x1 = None
    prev = None  # the last non-space character
    pending_space = False
    for c in chars:
        ch = c["text"]
        if _is_space(ch):
            pending_space = True
            continue
        if prev is not None:
            gap = c["x0"] - prev["x1"]
            if gap > SEGMENT_GAP * size:
                segments.append(("".join(seg_text).strip(), seg_x0, seg_x1))
                seg_text, seg_x0 = [], None
                parts.append(" ")
            elif pending_space or gap > SPACE_GAP * size:
                parts.append(" ")
                seg_text.append(" ")
        if seg_x0 is None:
            seg_x0 = c["x0"]
        seg_x1 = c["x1"]
        parts.append(ch)
        seg_text.append(ch)
        prev = c
        pending_space = False
    if seg_x0 is not None:
        segments.append(("".join(seg_text).strip(), seg_x0, seg_x1))
    visible = [c for c in chars if not _is_space(c["text"])]
    text = "".join(parts).strip()
    m = _ASCII_WORD.match(text)
    first = visible[: len(m.group())] if m else visible[:1]
    return VLine(text=text, x0=visible[0]["x0"], x1=visible[-1]["x1"], top=min(c["top"] for c in visible),
                 bottom=max(c["bottom"] for c in visible), size=size, page=page, segments=segments,
                 first_width=(first[-1]["x1"] - first[0]["x0"]) if first else 0.0)


def visual_lines(chars: list[dict], page: int) -> list[VLine]:
    """The characters (pdfplumber's dicts) as lines, top to bottom; rotated text (watermarks) is left out."""
    upright = sorted((c for c in chars if c.get("upright", True) and c["text"]), key=lambda c: (c["top"], c["x0"]))
    groups: list[list[dict]] = []
    mid = None
    for c in upright:
        centre = (c["top"] + c["bottom"]) / 2
        if groups and mid is not None and abs(centre - mid) <= 0.45 * max(c["size"], 1.0):
            groups[-1].append(c)
            continue
        groups.append([c])
        mid = centre
    lines = [_line_of(g, page) for g in groups if any(not _is_space(c["text"]) for c in g)]
    return sorted(lines, key=lambda ln: (ln.top, ln.x0))


def _key(text: str) -> str:
    return _DIGITS.sub("#", _SPACES.sub("", text))


def running_lines(pages: list[list[VLine]], heights: list[float]) -> set[int]:
    """``id()`` of every line that is a running header, footer or page number: a line in the top or bottom
    margin whose text (digits aside) is printed at the same height on at least half the pages, or that is
    only a page number. The title on page 1 is not the running header that repeats it on later pages: it
    is not printed where the header is."""
    zones: list[list[VLine]] = []
    for lines, height in zip(pages, heights):
        zones.append([ln for ln in lines if ln.bottom <= height * MARGIN_SHARE or ln.top >= height * (1 - MARGIN_SHARE)])
    places: dict[str, list[tuple[int, float]]] = {}
    for number, zone in enumerate(zones):
        for ln in zone:
            places.setdefault(_key(ln.text), []).append((number, ln.top))
    out: set[int] = set()
    for zone in zones:
        for ln in zone:
            same = {n for n, top in places[_key(ln.text)] if abs(top - ln.top) <= 3.0}
            if (len(pages) >= 2 and len(same) >= 2 and len(same) * 2 >= len(pages)) or _PAGE_NUMBER.match(ln.text):
                out.add(id(ln))
    return out


class Pitch:
    """The leading of the text, per font size: the commonest distance between consecutive lines of one size on
    one page (a table's smaller rows keep their own)."""

    def __init__(self, lines: list[VLine]) -> None:
        gaps: dict[float, Counter[float]] = {}
        for a, b in zip(lines, lines[1:]):
            if a.page == b.page and abs(a.size - b.size) < 0.5 and b.top > a.top:
                gaps.setdefault(round(a.size), Counter())[round((b.top - a.top) * 2) / 2] += 1
        self._of = {size: counts.most_common(1)[0][0] for size, counts in gaps.items()}

    def of(self, line: VLine) -> float:
        return self._of.get(round(line.size)) or 1.3 * line.size


def line_pitch(lines: list[VLine]) -> Pitch:
    return Pitch(lines)


def is_full(prev: VLine, nxt: VLine, right: float) -> bool:
    """``prev`` reaches the right edge: ``nxt``'s first word would not have fitted after it."""
    return prev.x1 + nxt.first_width + 0.5 * prev.size >= right


def joined(left: str, right: str) -> str:
    """Two pieces of one paragraph: no space between CJK, one between two ASCII words."""
    if left and right and left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha():
        return f"{left} {right}"
    return left + right


def continues(prev: VLine, nxt: VLine, right: float, pitch: Pitch) -> bool:
    """``nxt`` carries on the paragraph ``prev`` ends. A full line that ends a sentence is taken to end its
    paragraph (a paragraph that happens to fill its last line is not run into the next one; a paragraph
    that goes on after a sentence is split only where its sentence ends)."""
    if not is_full(prev, nxt, right) or parse_heading(nxt.text) is not None or prev.text.endswith(_SENTENCE_END):
        return False
    if prev.page != nxt.page:
        return True  # a page break: the margins in between say nothing
    return nxt.top - prev.top <= pitch.of(prev) * 1.15


def join_paragraphs(lines: list[VLine], right: float, pitch: Pitch, *, blanks: bool = True
                    ) -> list[tuple[str, VLine, VLine]]:
    """Paragraphs as (text, first line, last line); with ``blanks``, an empty paragraph ("", line, line) for
    each line's worth of extra space between two paragraphs (a blank line of the text)."""
    out: list[tuple[str, VLine, VLine]] = []
    for ln in lines:
        if out:
            text, first, last = out[-1]
            if text and continues(last, ln, right, pitch):
                out[-1] = (joined(text, ln.text), first, ln)
                continue
            if blanks and last.page == ln.page:
                step = pitch.of(last)
                for _ in range(min(10, int((ln.top - last.top - step) / step + 0.1))):  # a whole line's space more
                    out.append(("", last, last))
        out.append((ln.text, ln, ln))
    return out
