"""A two-column table (heading | body) flattened by text extraction: first every heading
cell in order, then — after a run of blank lines — every body cell in the same order.

Body cells are separated by one blank line and an empty cell (a parent heading's)
shows as an extra blank line, but cells may also contain blank lines of their own
and a few run together. So bodies are paired with headings by an alignment that
scores both the shared words of a heading and its candidate body and the layout
evidence (empty cells on parents, numbering that restarts at 1.), never by
position alone.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from dataclasses import dataclass

from twpolice.converters.outline import OutlineTracker, parse_heading
from twpolice.normalise import normalise_width

MIN_HEADINGS = 8
MAX_ALIGN_CELLS = 1_000_000
"""Headings × body blocks the alignment may score (about 3 s; document 000 needs 40,000). The blocks past
it are not aligned: their text is read like any document's (outline and prose), so a long text after a
flattened table costs time in proportion to its length instead of its length times the headings."""
MAX_HEADING_CHARS = 40
_SENTENCE = re.compile(r"[。；]")
_RESTART = re.compile(r"^\s*(?:\[bookmark:[^\]]*\])?\s*(?:1[.、．]|[(（]1[)）]|[(（]一[)）]|一、|①)")
_MARKER = re.compile(r"^\s*(?:\[bookmark:[^\]]*\])?\s*(?:[0-9０-９]+[.、．]|[(（][0-9０-９一二三四五六七八九十]+[)）]|[①-⑳]|[甲乙丙丁戊己庚辛壬癸][.、．])")
_STOP_BIGRAMS = frozenset({"業務", "工作", "推動", "加強", "執行", "辦理", "落實", "強化", "提升", "持續"})


@dataclass
class Block:
    """A run of non-blank body lines; ``empty`` marks an empty cell (an extra blank line)."""

    first: int
    last: int
    empty: bool = False
    new_paragraph: bool = True  # False: split off a longer block at a numbering restart


@dataclass
class Pairing:
    heading_lines: list[int]  # the heading cells, in order
    bodies: dict[int, list[tuple[int, int]]]  # heading line → its body line ranges
    body_start: int
    body_end: int = 0  # the last line the bodies may cover; later lines were not aligned (MAX_ALIGN_CELLS)


def _is_heading_cell(line: str) -> bool:
    text = line.strip()
    return bool(text) and len(text) <= MAX_HEADING_CHARS and not _SENTENCE.search(text)


def find_heading_run(lines: list[str]) -> tuple[list[int], int] | None:
    """The heading cells and the first body line, when the document has this layout.

    The run starts at the first numbered heading and holds only short, sentence-free
    lines; the body starts with the blank-separated block that holds the first
    sentence (a body may open with a short subtitle of its own).
    """
    headings: list[int] = []
    numbered = 0
    block_start: int | None = None
    for no, line in enumerate(lines, start=1):
        if not line.strip():
            block_start = None
            continue
        if block_start is None:
            block_start = no
        if not headings:
            if parse_heading(line) is not None and _is_heading_cell(line):
                headings, numbered = [no], 1
            continue
        if _is_heading_cell(line):
            headings.append(no)
            numbered += parse_heading(line) is not None
            continue
        run = [n for n in headings if n < block_start]
        if len(run) >= MIN_HEADINGS and numbered >= 0.8 * len(headings):
            return run, block_start
        headings, numbered = [], 0
    return None


def body_blocks(lines: list[str], start: int) -> list[Block]:
    """Blocks of the body region; empty cells for extra blank lines; restarts split a block."""
    blocks: list[Block] = []
    first = None
    blanks = 0
    for no in range(start, len(lines) + 1):
        text = lines[no - 1]
        if not text.strip():
            if first is not None:
                blocks.extend(_split_restarts(lines, first, no - 1))
                first = None
                blanks = 1
            else:
                blanks += 1
                if blocks and blanks >= 2:
                    blocks.append(Block(no, no, empty=True))
            continue
        if first is None:
            first = no
    if first is not None:
        blocks.extend(_split_restarts(lines, first, len(lines)))
    return blocks


def _split_restarts(lines: list[str], first: int, last: int) -> list[Block]:
    """Cut a block where numbering restarts at 1. after a finished sentence (cells run together)."""
    cuts = [first]
    for no in range(first + 1, last + 1):
        prev = lines[no - 2].rstrip()
        here = lines[no - 1]
        if prev.endswith(("。", "）", ")")) and (_RESTART.match(here) or not _MARKER.match(here)):
            cuts.append(no)
    out = []
    for i, c in enumerate(cuts):
        end = cuts[i + 1] - 1 if i + 1 < len(cuts) else last
        out.append(Block(c, end, new_paragraph=(i == 0)))
    return out


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[\s0-9０-９、，。：:;；()（）「」\[\]\-.．]", "", normalise_width(text))
    return {t[i:i + 2] for i in range(len(t) - 1)} - _STOP_BIGRAMS


def pair(lines: list[str]) -> Pairing | None:
    found = find_heading_run(lines)
    if found is None:
        return None
    heading_lines, body_start = found
    blocks = body_blocks(lines, body_start)
    if not blocks:
        return None
    limit = MAX_ALIGN_CELLS // len(heading_lines)
    if limit < len(heading_lines):
        return None  # too many headings to align with even one block each: read as an outline
    body_end = len(lines) if len(blocks) <= limit else blocks[limit].first - 1
    blocks = blocks[:limit]
    titles = [_title(lines[n - 1]) for n in heading_lines]
    is_parent = _parents(lines, heading_lines)
    head_grams = [_bigrams(t) for t in titles]
    block_grams = [_bigrams(" ".join(lines[b.first - 1:min(b.last, b.first + 3)])) if not b.empty else set()
                   for b in blocks]
    bodies = _align(blocks, head_grams, block_grams, is_parent)
    if bodies is None:
        return None
    return Pairing(heading_lines, {h: bodies[i] for i, h in enumerate(heading_lines)}, body_start, body_end)


# Scores of the alignment (log-odds-like weights, tuned on the layout's known failure modes).
W_SHARED = 2.5  # share of the heading's words found in its first body block
W_SHARED_MORE = 1.0  # ... found in later blocks of the same cell
JOIN_BLANK = 0.25  # a cell spanning a blank line
JOIN_CUT = 0.05  # re-joining a block cut at a finished sentence
START_AT_CUT = 0.5  # a cell starting where a block was only cut, not separated by a blank line
PARENT_CONTENT = 1.5  # a parent heading given body text (parents have empty cells)
PARENT_EMPTY = 0.6  # a parent heading given exactly its empty cell
EXTRA_EMPTY = 0.6  # any further empty cell
LEAF_NOTHING = 1.2  # a leaf heading given no body at all
PARENT_NOTHING = 0.4  # a parent heading given not even its empty cell


def _align(blocks: list[Block], head_grams: list[set[str]], block_grams: list[set[str]],
           is_parent: list[bool]) -> list[list[tuple[int, int]]] | None:
    """Assign every block, in order, to a heading (monotone), maximising the score.

    ``dp[c][i]`` is the best score with the current block assigned to heading ``i``;
    ``c`` says whether heading ``i`` already has body text. Moving to a later heading
    skips the ones in between (they get nothing); a running maximum makes each step
    O(headings), so the whole alignment is O(headings × blocks).
    """
    H, B = len(head_grams), len(blocks)
    NEG = float("-inf")
    nothing = [-(PARENT_NOTHING if p else LEAF_NOTHING) for p in is_parent]
    skip_prefix = [0.0]
    for v in nothing:
        skip_prefix.append(skip_prefix[-1] + v)  # skip_prefix[i] = sum of nothing[0:i]

    share = _shares(head_grams, block_grams)

    def first_score(i: int, b: int) -> tuple[float, int]:
        """Block b opens heading i: (score, has-content flag)."""
        blk = blocks[b]
        if blk.empty:
            return (PARENT_EMPTY if is_parent[i] else -EXTRA_EMPTY), 0
        sc = W_SHARED * share[b].get(i, 0.0)
        if is_parent[i]:
            sc -= PARENT_CONTENT
        if not blk.new_paragraph:
            sc -= START_AT_CUT
        return sc, 1

    def more_score(i: int, b: int, has_content: int) -> tuple[float, int]:
        """Block b continues heading i."""
        blk = blocks[b]
        if blk.empty:
            return -EXTRA_EMPTY, has_content
        if not has_content:
            return first_score(i, b)[0] - PARENT_EMPTY, 1  # text after an empty cell: its own start
        sc = W_SHARED_MORE * share[b].get(i, 0.0)
        sc -= JOIN_BLANK if blk.new_paragraph else JOIN_CUT
        return sc, 1

    # dp[c][i] for the current block; back[b][c * H + i] = previous heading * 2 + previous flag (-1: none),
    # machine ints rather than tuples: the table has 2 × headings × blocks entries
    dp = [[NEG] * H, [NEG] * H]
    back: list[array] = []
    for i in range(H):
        sc, c = first_score(i, 0)
        dp[c][i] = max(dp[c][i], skip_prefix[i] + sc)
    back.append(array("i", [-1]) * (2 * H))
    for b in range(1, B):
        new = [[NEG] * H, [NEG] * H]
        ptr = array("i", [-1]) * (2 * H)
        best_prev, best_arg = NEG, -1  # max over i' < i of dp[c'][i'] - skip_prefix[i' + 1]
        for i in range(H):
            # continue heading i
            for c in (0, 1):
                if dp[c][i] > NEG:
                    sc, c2 = more_score(i, b, c)
                    if dp[c][i] + sc > new[c2][i]:
                        new[c2][i], ptr[c2 * H + i] = dp[c][i] + sc, i * 2 + c
            # open heading i after some earlier heading
            if best_prev > NEG:
                sc, c2 = first_score(i, b)
                total = best_prev + skip_prefix[i] + sc
                if total > new[c2][i]:
                    new[c2][i], ptr[c2 * H + i] = total, best_arg
            for c in (0, 1):
                cand = dp[c][i] - skip_prefix[i + 1]
                if cand > best_prev:
                    best_prev, best_arg = cand, i * 2 + c
        dp = new
        back.append(ptr)
    best, state = NEG, (-1, -1)
    for i in range(H):
        for c in (0, 1):
            total = dp[c][i] + skip_prefix[H] - skip_prefix[i + 1]
            if total > best:
                best, state = total, (i, c)
    if best == NEG:
        return None
    out: list[list[tuple[int, int]]] = [[] for _ in range(H)]
    i, c = state
    for b in range(B - 1, -1, -1):
        if not blocks[b].empty:
            out[i].append((blocks[b].first, blocks[b].last))
        i, c = divmod(back[b][c * H + i], 2)
    for ranges in out:
        ranges.reverse()  # collected last block first
    return out


def _shares(head_grams: list[set[str]], block_grams: list[set[str]]) -> list[dict[int, float]]:
    """For each block, the share of each heading's words it holds (headings sharing none left out), found
    through the headings of each word instead of intersecting every heading with every block."""
    headings_of: dict[str, list[int]] = defaultdict(list)
    for i, hg in enumerate(head_grams):
        for gram in hg:
            headings_of[gram].append(i)
    out: list[dict[int, float]] = []
    for bg in block_grams:
        shared: dict[int, int] = defaultdict(int)
        for gram in bg:
            for i in headings_of.get(gram, ()):
                shared[i] += 1
        out.append({i: n / max(1, len(head_grams[i])) for i, n in shared.items()})
    return out


def _title(line: str) -> str:
    h = parse_heading(line)
    return h.title if h else line.strip()


def _parents(lines: list[str], heading_lines: list[int]) -> list[bool]:
    """A heading is a parent when the next heading nests under it (deeper outline style)."""
    tracker = OutlineTracker()
    depths = []
    for n in heading_lines:
        h = parse_heading(lines[n - 1])
        if h is None:
            depths.append(len(tracker.path) + 1)  # an unnumbered sub-title nests under the current one
            continue
        depths.append(len(tracker.push(h)))
    return [i + 1 < len(depths) and depths[i + 1] > depths[i] for i in range(len(depths))]
