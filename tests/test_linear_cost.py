"""Conversion cost grows linearly with the input (issue 13, item 11), checked without timing anything:
N copies of a document give N times the same facts, work that was quadratic is counted, and inputs
that a quadratic step would take minutes on (the times in comments were measured before the fix)
convert in a few seconds. Figures per size: ``benchmarks/convert.py --scale 1,4,16,64 --megabytes 20``."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import doc_path
from twpolice.converters import flattened, kpi
from twpolice.converters.pipeline import convert_file, convert_source
from twpolice.converters.tables import find_cell_per_line_tables, find_tsv_tables
from twpolice.converters.text import MAX_SENTENCE_CHARS, bounded_sentences, decode

OPTIONS = {
    "001": dict(agency="kaohsiung-police", genre="council-report", period="112H1"),
    "002": {},
    "003": {},
    "004": dict(agency="unidentified", genre="plan", period="111"),
}


def _repeated(prefix: str, copies: int) -> tuple[str, int]:
    """The document's text ``copies`` times, and the lines of one copy."""
    text = doc_path(prefix).read_text(encoding="utf-8")
    text = text if text.endswith("\n") else text + "\n"
    return text * copies, text.count("\n")


def _printings(extraction):
    """(fact, passage) for every printing of every fact: a figure printed again (in the next copy too) is one fact
    with its later passages in ``also_in`` (converters/merge.py)."""
    return [(f, p) for f in extraction.facts for p in (f.passage, *f.also_in)]


def _per_copy(extraction, lines_per_copy: int) -> Counter:
    return Counter((p.line_start - 1) // lines_per_copy for _, p in _printings(extraction))


def _content(extraction, lines_per_copy: int, copy: int) -> Counter:
    """What each printing in one copy says and where in its copy: the same figure in every copy differs only in copy."""
    return Counter((f.kind, f.indicator, f.value, f.unit, f.period.slug, f.operator, p.quote,
                    (p.line_start - 1) % lines_per_copy)
                   for f, p in _printings(extraction) if (p.line_start - 1) // lines_per_copy == copy)


@pytest.mark.parametrize("prefix", sorted(OPTIONS))
def test_n_copies_give_n_times_the_same_facts(prefix):
    """Every printing in every copy is kept (a repeat as a passage of its first printing), no context leaks from one
    copy into the next, nothing is dropped."""
    one = convert_file(doc_path(prefix), **OPTIONS[prefix])
    text, lines = _repeated(prefix, 4)
    four = convert_source(decode(text.encode("utf-8"), name=doc_path(prefix).name), **OPTIONS[prefix])
    printed_once = len(_printings(one))
    assert len(_printings(four)) == 4 * printed_once
    assert _per_copy(four, lines) == Counter({c: printed_once for c in range(4)})
    first = _content(four, lines, 0)
    assert first == _content(one, lines, 0)
    for copy in (1, 2, 3):
        assert _content(four, lines, copy) == first


def test_goal_matching_work_grows_linearly(monkeypatch):
    """Matching a plan's goal cells normalises each program label once, not once per row (002 × 16 made
    925,607 normalisations before ProgramIndex)."""
    calls = Counter()
    original = kpi._goal_key

    def counting(label: str) -> str:
        calls["n"] += 1
        return original(label)

    monkeypatch.setattr(kpi, "_goal_key", counting)
    work = {}
    for copies in (1, 8):
        calls.clear()
        text, _ = _repeated("002", copies)
        convert_source(decode(text.encode("utf-8"), name="002.txt"))
        work[copies] = calls["n"]
    assert work[8] <= 9 * work[1]


def test_long_text_after_a_flattened_table_is_read_as_an_outline(monkeypatch):
    """The alignment scores at most MAX_ALIGN_CELLS headings × blocks; the blocks past it still give facts."""
    text, lines = _repeated("000", 3)
    pairing = flattened.pair(text.split("\n"))
    assert pairing is not None and pairing.body_end == len(text.split("\n"))  # 3 copies fit: all aligned
    monkeypatch.setattr(flattened, "MAX_ALIGN_CELLS", len(pairing.heading_lines) * 400)
    capped = flattened.pair(text.split("\n"))
    assert capped.body_end < 2 * lines
    x = convert_source(decode(text.encode("utf-8"), name="000.txt"))
    assert sum(f.passage.line_start > capped.body_end for f in x.facts) > 100


def test_ten_thousand_copies_of_one_line():
    line = "本年度查獲毒品案件120件，較去年增加5件。\n"
    x = convert_source(decode((line * 10_000).encode("utf-8"), name="short.txt"),
                       agency="kaohsiung-police", genre="plan", period="111")
    assert len({p.line_start for _, p in _printings(x)}) == 10_000


def test_one_long_line_without_a_sentence_end():
    """200 KB on one line without 。: a minute and a half before sentences were bounded (50 KB took 10 s)."""
    line = "".join(f"查獲{i + 100}件 " for i in range(25_000))  # distinct figures (a repeat is one fact)
    x = convert_source(decode(line.encode("utf-8"), name="long.txt"),
                       agency="kaohsiung-police", genre="plan", period="111")
    assert len(_printings(x)) > 20_000
    assert all(len(p.quote) <= MAX_SENTENCE_CHARS for _, p in _printings(x))


def test_bounded_sentences_keep_every_character():
    assert bounded_sentences("短句。另一句；") == ["短句。另一句；"]
    for line in ("查獲120件，" * 500, "x" * 2500, ("甲" * 300 + "。") * 10, "乙" * 999 + "。" + "丙" * 1500):
        pieces = bounded_sentences(line)
        assert "".join(pieces) == line
        assert max(len(p) for p in pieces) <= MAX_SENTENCE_CHARS


def test_a_table_with_a_blank_line_after_every_row():
    """The table's width was recounted over all rows for every row after a blank line: 40 s for 20,000."""
    lines = ["項目\t數量\t說明"] + [x for i in range(20_000) for x in (f"查獲{i}\t{i}件\t說明", "")]
    (table,) = find_tsv_tables(lines)
    assert len(table.rows) == 20_000


def test_a_cell_continued_on_many_lines():
    """Continuation lines were joined one at a time, copying the cell each time (n² characters)."""
    lines = ["\t項目", "\t說明", "", "\t查獲", "\t本年度"] + [f"查獲毒品案件{i}件，移送法辦。" for i in range(100_000)]
    (table,) = find_cell_per_line_tables(lines)
    cell = table.rows[0].cells[1]
    assert cell.text.count("\n") == 100_000 and cell.line_end == len(lines)
    tsv = ["項目\t數量\t說明", "查獲\t1件\t說明"] + [x for i in range(100_000) for x in ("", f"\t\t續{i}件")]
    (table,) = find_tsv_tables(tsv)
    assert len(table.rows) == 1 and table.rows[0].cells[2].text.count("\n") == 100_000
