"""Table layouts of text extracted from PDF/DOCX: rows of cells that remember their source lines.

Two layouts occur (design README §5):

* ``tsv``: one row per line, cells separated by tabs (002, 003, 004), or by vertical bars in a text
  export (「績效指標 | 目標值 | 實際值」, Markdown's outer bars and |---| rule allowed).  Page breaks repeat
  the header and may cut a row in two; merged cells print once and leave the others empty.
* ``cell-per-line``: one cell per line, each starting with a tab, rows separated by blank lines
  (001).  A cell may continue on following lines that do not start with a tab.

This module is about layout only: numbers stay text (the numbers module parses them), so every
cell keeps the printed text and its 1-based line span for provenance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from twpolice.converters.outline import parse_heading
from twpolice.normalise import normalise_spaces

__all__ = [
    "Cell",
    "LabeledSpan",
    "Row",
    "Table",
    "find_cell_per_line_tables",
    "find_labeled_values",
    "find_tables",
    "iter_paragraphs",
    "normalise_spaces",
    "strip_markup",
    "strip_markup_with_map",
]

_SPACES = re.compile(r"\s+")


@dataclass
class Cell:
    """One cell as printed: ``text`` is stripped; a cell spanning lines joins them with "\\n".

    ``inherited`` is only set in :meth:`Table.filled_rows`: the text was copied from the row above
    (a merged cell), and ``line_start``/``line_end`` point at the printed copy.
    """

    text: str
    line_start: int
    line_end: int
    col: int
    inherited: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.text

    @property
    def flat(self) -> str:
        """Text with line breaks removed: a word cut by a page break ("守望相\\n助隊") is whole again."""
        return "".join(part.strip() for part in self.text.split("\n"))


@dataclass
class Row:
    """A table row.

    ``merged_above``: the first key column is empty, i.e. this row shares the merged key cell of
    the row above (004: the second 計畫名稱 row of program 五, whose budget 7,165 is printed
    again — do not count it twice).  ``truncated``: the row was cut off by the end of the text.
    """

    cells: list[Cell]
    line_start: int
    line_end: int
    merged_above: bool = False
    truncated: bool = False

    def cell(self, col: int) -> Cell | None:
        return self.cells[col] if 0 <= col < len(self.cells) else None

    def text(self, col: int) -> str:
        """Text of column ``col``; "" for an empty or missing cell (ragged rows)."""
        c = self.cell(col)
        return c.text if c else ""

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    @property
    def is_continuation_of_merge(self) -> bool:
        """Alias of ``merged_above``."""
        return self.merged_above

    @property
    def is_empty(self) -> bool:
        return all(c.is_empty for c in self.cells)


@dataclass
class Table:
    """Rows under a header.

    ``header_rows`` are the printed header lines (one or two); ``header`` the column names,
    whitespace removed, a two-line header combined as "parent/sub" ("年度績效目標值/107").
    ``rows`` never contain repeated headers; rows cut by a page break are merged back.
    """

    layout: str  # "tsv" | "cell-per-line"
    header_rows: list[Row]
    header: list[str]
    rows: list[Row] = field(default_factory=list)
    line_start: int = 0
    line_end: int = 0
    notes: list[Row] = field(default_factory=list)  # 備註 rows of cell-per-line tables
    truncated: bool = False
    key_columns: tuple[int, ...] = ()
    repeated_header_lines: list[int] = field(default_factory=list)

    @property
    def columns(self) -> list[str]:
        return self.header

    @property
    def width(self) -> int:
        return max([len(self.header)] + [len(r.cells) for r in self.rows])

    def column_index(self, name: str) -> int | None:
        """Index of the column whose name equals ``name`` ignoring whitespace; else the first
        column whose name contains it; None if none does."""
        key = normalise_spaces(name)
        for i, h in enumerate(self.header):
            if h == key:
                return i
        for i, h in enumerate(self.header):
            if key and key in h:
                return i
        return None

    def filled_rows(self, key_columns: Sequence[int] | None = None) -> list[Row]:
        """Rows with empty key cells filled from the row above (merged cells printed once).

        Only key columns are filled, and column ``c`` only when every key column before it was
        empty too: a row that starts a new group in column 0 does not inherit column 1.  Value
        columns are never filled.  The returned rows are copies; filled cells have
        ``inherited=True`` and the line span of the printed text.
        """
        keys = tuple(self.key_columns if key_columns is None else key_columns)
        out: list[Row] = []
        prev: Row | None = None
        for row in self.rows:
            cells = list(row.cells)
            if prev is not None:
                for c in keys:
                    own = row.cell(c)
                    if own is not None and not own.is_empty:
                        break
                    above = prev.cell(c)
                    if above is None or above.is_empty:
                        break
                    while len(cells) <= c:
                        cells.append(Cell("", row.line_start, row.line_start, len(cells)))
                    cells[c] = replace(above, col=c, inherited=True)
            new = replace(row, cells=cells)
            out.append(new)
            prev = new
        return out


# --------------------------------------------------------------------------- helpers


def _line(raw: str) -> str:
    return raw.rstrip("\r\n")


def _guess_key_columns(rows: list[Row], width: int) -> tuple[int, ...]:
    """Leading columns that have gaps (merged cells), never the last column (values live there)."""
    keys: list[int] = []
    for c in range(max(0, width - 1)):
        texts = [r.text(c) for r in rows]
        if any(texts) and not all(texts[1:] if len(texts) > 1 else texts):
            keys.append(c)
        else:
            break
    return tuple(keys)


def _mark_merged(rows: list[Row], keys: tuple[int, ...]) -> None:
    if not keys:
        return
    for i, r in enumerate(rows):
        r.merged_above = i > 0 and not r.text(keys[0])


# --------------------------------------------------------------------------- tsv layout


# 「績效指標 | 目標值 | 實際值」 or 「| 績效指標 | 目標值 |」: cells between vertical bars (a text export of a table)
_PIPE_ROW = re.compile(r"^\s*\|?[^|]*\S[^|]*(?:\|[^|]*)+\|?\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?\|?\s*$")  # 「|---|---|」 under a header


def _cells_of(line: str) -> list[str] | None:
    """The printed cells of a table line: tab-separated, or separated by vertical bars (outer bars dropped)."""
    if "\t" in line:
        return line.split("\t")
    if "|" in line and _PIPE_ROW.match(line):
        inner = line.strip()
        inner = inner[1:] if inner.startswith("|") else inner
        inner = inner[:-1] if inner.endswith("|") else inner
        return inner.split("|")
    return None


def _split_tsv(line: str, lineno: int) -> Row:
    parts = _cells_of(line) or [line]
    cells = [Cell(p.strip(), lineno, lineno, i) for i, p in enumerate(parts)]
    return Row(cells, lineno, lineno)


def _starts_table(line: str) -> bool:
    """A line that can open a tsv table: ≥2 cells, not the cell-per-line form "\\tcell"."""
    n = line.count("\t")
    if n == 1 and line.startswith("\t"):
        return False
    parts = _cells_of(line)
    return parts is not None and len(parts) >= 2 and any(p.strip() for p in parts)


def _norm_cells(row: Row) -> list[str]:
    out = [normalise_spaces(c.text) for c in row.cells]
    while out and not out[-1]:
        out.pop()
    return out


def _is_subheader(header: Row, cand: Row) -> bool:
    """Second header line: fills the sub-columns under a merged (spanning) header cell only."""
    htexts = [c.text for c in header.cells]
    if not any(not t for t in htexts) or cand.text(0):
        return False
    filled = [c.col for c in cand.cells if c.text]
    if not filled:
        return False
    for c in filled:
        in_span = (c < len(htexts) and not htexts[c]) or (c + 1 < len(htexts) and not htexts[c + 1])
        if not in_span:
            return False
    return True


def _combine_header(header: Row, sub: Row | None) -> list[str]:
    names = [normalise_spaces(c.text) for c in header.cells]
    if sub is None:
        return names
    width = max(len(names), len(sub.cells))
    names += [""] * (width - len(names))
    out: list[str] = []
    parent = ""
    for c in range(width):
        if names[c]:
            parent = names[c]
        s = normalise_spaces(sub.text(c))
        if s and parent:
            out.append(f"{parent}/{s}")
        else:
            out.append(names[c] or s)
    return out


def _is_page_continuation(row: Row, prev: Row, width: int) -> bool:
    """After a page break: a row whose key cell is empty and whose few cells continue ``prev``."""
    if row.text(0):
        return False
    filled = [c.col for c in row.cells if c.text]
    if not filled or len(filled) * 2 > max(width, 2):
        return False
    return all(prev.text(c) for c in filled)


def _merge_into(prev: Row, rows: list[Row]) -> None:
    """Append the continuation ``rows`` to ``prev``, all at once: one join per cell, where a join per row
    made a cell continued on n pages cost n² characters copied."""
    parts: dict[int, list[str]] = {}
    for row in rows:
        for cell in row.cells:
            if not cell.text:
                continue
            target = prev.cell(cell.col)
            if target is None:  # unreachable after _is_page_continuation, kept for ragged input
                continue
            parts.setdefault(cell.col, [target.text]).append(cell.text)
            target.line_end = cell.line_end
        prev.line_end = row.line_end
    for col, texts in parts.items():
        prev.cells[col].text = "\n".join(texts)


class _TsvBuilder:
    __slots__ = ("header", "sub", "rows", "repeated", "after_break", "last_was_header", "end", "continued",
                 "_width", "_measured")

    def __init__(self, header: Row) -> None:
        self.header = header
        self.sub: Row | None = None
        self.rows: list[Row] = []
        self.repeated: list[int] = []
        self.after_break = False
        self.last_was_header = False
        self.end = header.line_end
        self.continued: list[Row] = []  # rows continuing rows[-1] after page breaks, merged by add/build
        self._width = len(header.cells)
        self._measured = 0  # rows already counted in _width

    @property
    def width(self) -> int:
        """Widest of the header and the rows, kept up to date instead of recounted for every row."""
        for row in self.rows[self._measured:]:
            self._width = max(self._width, len(row.cells))
        self._measured = len(self.rows)
        return self._width

    def add(self, row: Row) -> None:
        self._merge_continued()
        self.rows.append(row)

    def _merge_continued(self) -> None:
        # merging late changes nothing a later row looks at: a continuation only extends non-empty cells
        if self.continued:
            _merge_into(self.rows[-1], self.continued)
            self.continued = []

    def build(self) -> Table | None:
        if not self.rows:
            return None
        self._merge_continued()
        if self.sub is None and _numbered_without_heading(self.header, self.rows):
            # 「衡量指標 | 基準值 | 112年…」 over rows 「1 | 全般刑案破獲率 | 93.6 | 95…」: the numbers' column has no heading
            h = self.header
            self.header = Row([Cell("序號", h.line_start, h.line_end, 0),
                               *(Cell(c.text, c.line_start, c.line_end, c.col + 1) for c in h.cells)],
                              h.line_start, h.line_end)
        if self.sub is None and sum(bool(_ROLE_AND_VALUE.search(c.text)) for c in self.header.cells) >= 2:
            # 「衡量指標一 | 查緝逃犯數 | 目標值60人 | 實際值68人」: rows that say their roles in each cell, no header
            h = self.header
            self.rows.insert(0, h)
            self.header = Row([Cell("", h.line_start, h.line_start, c.col) for c in h.cells], h.line_start, h.line_start)
        header_rows = [self.header] + ([self.sub] if self.sub else [])
        table = Table(
            layout="tsv",
            header_rows=header_rows,
            header=_combine_header(self.header, self.sub),
            rows=self.rows,
            line_start=self.header.line_start,
            line_end=self.end,
            repeated_header_lines=self.repeated,
        )
        if self.last_was_header:
            # the text ends on a repeated header: the row before it was cut off
            table.truncated = True
            self.rows[-1].truncated = True
        table.key_columns = _guess_key_columns(self.rows, table.width)
        _mark_merged(self.rows, table.key_columns)
        return table


_ROW_NUMBER = re.compile(r"[0-9一二三四五六七八九十]{1,3}[.、．]?")


# a cell printing a figure with its role: 「目標值60人」「實際值131.2%」「達成率113.33%」
_ROLE_AND_VALUE = re.compile(r"(?:目標|實際|基準|達成|執行)(?:值|數|率)\s*[:：]?\s*[0-9０-９][0-9０-９,，.．]*\s*(?:%|％|[人件場次個元])")


def _numbered_without_heading(header: Row, rows: list[Row]) -> bool:
    """Every row has one cell more than the header, and it is the row's number (1, 2, 三、)."""
    width = len(header.cells)
    return bool(rows) and all(len(r.cells) == width + 1 and _ROW_NUMBER.fullmatch(r.cells[0].text) for r in rows)


def find_tsv_tables(lines: Sequence[str], first_line: int = 1) -> list[Table]:
    """Tab-separated tables; ``first_line`` is the line number of ``lines[0]``.

    Handles a two-line header (sub-columns under a spanning cell), the header repeated after a
    page break (whitespace-insensitive; not a data row), a row cut by a page break (merged back,
    ``line_end`` extended), and a text ending on a repeated header (``truncated``).  A blank line
    does not end a table; a line without a tab does.
    """
    tables: list[Table] = []
    cur: _TsvBuilder | None = None
    header_key: list[str] = []
    sub_key: list[str] = []
    pending_sub = False  # the line after a (repeated) header may be the sub-header

    def close() -> None:
        nonlocal cur
        if cur is not None:
            t = cur.build()
            if t is not None:
                tables.append(t)
        cur = None

    for idx, raw in enumerate(lines):
        lineno = first_line + idx
        line = _line(raw)
        if _PIPE_RULE.match(line):
            continue  # the rule under a header of bars
        has_tab = _cells_of(line) is not None
        blank = not line.strip()
        if cur is None:
            if _starts_table(line):
                cur = _TsvBuilder(_split_tsv(line, lineno))
                header_key = _norm_cells(cur.header)
                sub_key = []
                pending_sub = True
            continue
        if blank:
            # a blank line or a row of empty cells: maybe a page break, the table goes on
            cur.after_break = True
            pending_sub = False
            continue
        if not has_tab:
            close()
            continue
        row = _split_tsv(line, lineno)
        if len(row.cells) < 2:
            close()
            continue
        key = _norm_cells(row)
        if pending_sub:
            pending_sub = False
            if cur.sub is None and not cur.rows and _is_subheader(cur.header, row):
                cur.sub = row
                sub_key = key
                cur.end = lineno
                continue
            if sub_key and key == sub_key:
                cur.repeated.append(lineno)
                cur.end = lineno
                continue
        if (h := parse_heading(row.text(0))) is not None and h.style == "cjk-capital" and key != header_key:
            close()  # 「參、重要計畫項目 | 實施內容 | 中央（千元）…」 right under another table: a table of its own
            cur = _TsvBuilder(row)
            header_key, sub_key, pending_sub = key, [], True
            continue
        if key == header_key:
            cur.repeated.append(lineno)
            cur.after_break = True
            cur.last_was_header = True
            cur.end = lineno
            pending_sub = bool(sub_key)
            continue
        if cur.after_break and cur.rows and _is_page_continuation(row, cur.rows[-1], cur.width):
            cur.continued.append(row)
        else:
            cur.add(row)
        cur.after_break = False
        cur.last_was_header = False
        cur.end = lineno
    close()
    return tables


# --------------------------------------------------------------------------- cell-per-line layout

_NOTE_LABELS = ("備註", "附註", "註", "說明")


def _is_cpl_cell_line(line: str) -> bool:
    return line.startswith("\t") and line.count("\t") == 1


def find_cell_per_line_tables(lines: Sequence[str], first_line: int = 1) -> list[Table]:
    """Tables printed one cell per line (each starting with a TAB), rows separated by blank lines.

    The first row is the header.  A line without a leading tab continues the previous cell until
    a blank line; after a blank line it ends the table.  Rows whose first cell is 備註 go to
    ``Table.notes``.  Empty first cells (sub-rows such as 第二級 under 遏止毒品氾濫) are filled by
    :meth:`Table.filled_rows`.
    """
    tables: list[Table] = []
    blocks: list[list[Row]] = []
    rows: list[Row] | None = None  # rows of the current block
    cur: list[Cell] | None = None  # cells of the current row
    in_row = False

    continued: list[str] = []  # lines continuing cur[-1], joined once the cell is complete

    def end_cell() -> None:
        if continued and cur:
            last = cur[-1]
            last.text = "\n".join(([last.text] if last.text else []) + continued)
        continued.clear()

    def end_row() -> None:
        nonlocal cur, in_row
        end_cell()
        if rows is not None and cur:
            rows.append(Row(cur, cur[0].line_start, cur[-1].line_end))
        cur = None
        in_row = False

    def end_block() -> None:
        nonlocal rows
        end_row()
        if rows:
            blocks.append(rows)
        rows = None

    for idx, raw in enumerate(lines):
        lineno = first_line + idx
        line = _line(raw)
        if _is_cpl_cell_line(line):
            if rows is None:
                rows = []
            if cur is None:
                cur = []
            end_cell()
            cur.append(Cell(line[1:].strip(), lineno, lineno, len(cur)))
            in_row = True
            continue
        if not line.strip():
            if rows is not None:
                end_row()
            continue
        if rows is not None and in_row and cur and "\t" not in line:
            continued.append(line.strip())
            cur[-1].line_end = lineno
            continue
        end_block()
    end_block()

    for block in blocks:
        header, body = block[0], block[1:]
        if len(header.cells) < 2 or not body:
            continue
        data: list[Row] = []
        notes: list[Row] = []
        for r in body:
            if r.is_empty:
                continue
            (notes if normalise_spaces(r.text(0)) in _NOTE_LABELS else data).append(r)
        if not data:
            continue
        table = Table(
            layout="cell-per-line",
            header_rows=[header],
            header=[normalise_spaces(c.text) for c in header.cells],
            rows=data,
            line_start=header.line_start,
            line_end=block[-1].line_end,
            notes=notes,
        )
        table.key_columns = _guess_key_columns(data, table.width)
        _mark_merged(data, table.key_columns)
        tables.append(table)
    return tables


def find_tables(lines: Sequence[str], first_line: int = 1) -> list[Table]:
    """Both layouts, in document order."""
    found = find_tsv_tables(lines, first_line) + find_cell_per_line_tables(lines, first_line)
    return sorted(found, key=lambda t: t.line_start)


# --------------------------------------------------------------------------- labelled values


@dataclass(frozen=True)
class LabeledSpan:
    """「中央：5,033」 inside a cell: offsets are into the text given to :func:`find_labeled_values`.

    ``value_text`` is the leading number (or, when there is none, the first word) as printed;
    ``remainder`` what follows it up to the next label (「/ 每年(111-113年)」), stripped.
    ``end`` is the end of the remainder (or of the value when there is none).
    """

    label: str
    value_text: str
    remainder: str
    start: int
    value_start: int
    value_end: int
    end: int

    def quote(self, text: str) -> str:
        """The printed span from the label to the end of its value/remainder."""
        return text[self.start : self.end]


_VALUE = re.compile(r"[-－−+＋]?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?")
_WORD = re.compile(r"[^\s/／<]+")
_label_re_cache: dict[tuple[tuple[str, ...], bool], re.Pattern[str]] = {}


def _label_regex(labels: Sequence[str], require_colon: bool) -> re.Pattern[str]:
    key = (tuple(labels), require_colon)
    pat = _label_re_cache.get(key)
    if pat is None:
        alts = "|".join(re.escape(lb) for lb in sorted(set(labels), key=len, reverse=True))
        colon = r"[ \t\u3000]*[:：][ \t\u3000]*" if require_colon else r"[ \t\u3000]*(?:[:：][ \t\u3000]*)?"
        pat = re.compile(f"(?P<label>{alts}){colon}")
        if len(_label_re_cache) > 256:
            _label_re_cache.clear()
        _label_re_cache[key] = pat
    return pat


def find_labeled_values(
    text: str, labels: Sequence[str], require_colon: bool = True
) -> list[LabeledSpan]:
    """Every 「label：value」 in ``text`` (「中央：5,033 本府：73,600 合計：78,633」).

    Full-width or ASCII colon with optional spaces.  Each value runs to the next label; the text
    after the number (「/ 每年(111-113年)」, a closing 「</p>」) is kept as ``remainder``.
    Labels are matched longest first, in order of appearance; repeated labels give repeated spans.
    """
    labels = [lb for lb in labels if lb]
    if not text or not labels:
        return []
    matches = list(_label_regex(labels, require_colon).finditer(text))
    out: list[LabeledSpan] = []
    for i, m in enumerate(matches):
        seg_end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        vs = m.end()
        vm = _VALUE.match(text, vs, seg_end) or _WORD.match(text, vs, seg_end)
        ve = vm.end() if vm else vs
        rest = text[ve:seg_end]
        remainder = rest.strip()
        end = ve + len(rest.rstrip()) if remainder else ve
        out.append(
            LabeledSpan(
                label=m.group("label"),
                value_text=text[vs:ve],
                remainder=remainder,
                start=m.start(),
                value_start=vs,
                value_end=ve,
                end=end,
            )
        )
    return out


# --------------------------------------------------------------------------- markup

_TAG = re.compile(r"</?(?:p|br|span|b|i|u|strong|em)\b[^>]*>", re.IGNORECASE)
_P_BLOCK = re.compile(r"<p\b[^>]*>(.*?)(?:</p>|$)", re.IGNORECASE | re.DOTALL)


def strip_markup_with_map(text: str) -> tuple[str, list[int]]:
    """Text without HTML-ish tags, and for each kept character its offset in ``text``."""
    plain: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _TAG.finditer(text):
        for j in range(pos, m.start()):
            plain.append(text[j])
            where.append(j)
        pos = m.end()
    for j in range(pos, len(text)):
        plain.append(text[j])
        where.append(j)
    return "".join(plain), where


def strip_markup(text: str) -> str:
    """Text without the <p>…</p> (and similar) tags found in DOCX-derived cells."""
    return _TAG.sub("", text)


def iter_paragraphs(cell_text: str) -> list[tuple[str, int, int]]:
    """Paragraphs of a cell as (text, start, end), offsets into ``cell_text``.

    A cell without <p> tags is one paragraph; text outside <p>…</p> that is not blank is a
    paragraph of its own.  Each text is ``cell_text[start:end]`` (tags excluded, stripped).
    """
    out: list[tuple[str, int, int]] = []

    def add(start: int, end: int) -> None:
        chunk = cell_text[start:end]
        inner = chunk.strip()
        if not inner or not _TAG.sub("", inner).strip():
            return
        s = start + (len(chunk) - len(chunk.lstrip()))
        out.append((inner, s, s + len(inner)))

    pos = 0
    for m in _P_BLOCK.finditer(cell_text):
        add(pos, m.start())
        add(m.start(1), m.end(1))
        pos = m.end()
    add(pos, len(cell_text))
    return out

