"""converters/captions.py: a table row's caption line names the subject of the figures under it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from twpolice.converters.captions import Captions, give_subject
from twpolice.converters.genres.common import prose_facts
from twpolice.converters.sections import walk_outline
from twpolice.model import DocumentMeta, Fact, Passage, Period

YEAR = Period(date(2023, 1, 1), date(2023, 6, 30), "112年1至6月")
META = DocumentMeta("kaohsiung-police", "council-report", YEAR, "t", "t.txt", "0" * 64, 9, "test")


@pytest.mark.parametrize("line, caption", [
    ("\t查緝非法槍械", True),
    ("遏止毒品氾濫", True),
    ("第三、四級", True),                     # a schedule is a caption (its digits are words)
    ("查獲45件、43人。", False),              # figures
    ("本期查獲毒品案件", True),
    ("加強查緝毒品，成效良好。", False),       # a sentence
    ("檢肅治平專案目標到案件數與人數之統計結果一覽", False),  # too long for a caption
])
def test_what_a_caption_is(line, caption):
    assert Captions().read(line) is caption


def test_a_caption_gives_its_subject_and_a_schedule_keeps_it():
    c = Captions()
    c.read("遏止毒品氾濫")
    assert (c.subject, c.qualifiers) == ("drugs", {})
    c.read("第二級")
    assert (c.subject, c.qualifiers) == ("drugs", {"schedule": "第二級"})
    c.read("檢肅幫派組合")  # names no subject of a shared indicator: ends the one before
    assert (c.subject, c.qualifiers) == (None, {})


def test_a_figure_naming_its_own_subject_keeps_it():
    own = Fact("actual", "查獲非法槍彈件數", Decimal(3), "件", YEAR, Passage(1, 1, "x"), "3")
    bare = Fact("actual", "查獲件數", Decimal(3), "件", YEAR, Passage(1, 1, "x"), "3")
    give_subject(own, "crime")
    give_subject(bare, "firearms")
    assert (own.subject, bare.subject) == (None, "firearms")


def test_captioned_rows_in_prose_name_their_figures_and_a_blank_line_ends_the_caption():
    lines = ["\t查緝非法槍械", "\t查獲45件、43人。", "", "\t遏止毒品氾濫", "\t第一級", "\t查獲349件、400人。", "",
             "\t查獲12件。"]
    facts = prose_facts(lines, META, walk_outline(lines), range(1, len(lines) + 1))
    got = [(f.passage.line_start, f.subject, f.qualifiers.get("schedule")) for f in facts]
    assert got == [(2, "firearms", None), (2, "firearms", None), (6, "drugs", "第一級"), (6, "drugs", "第一級"),
                   (8, None, None)]


def test_a_caption_ends_with_its_section_even_without_a_blank_line():
    """An aligned report's bodies come without blank lines: 「刑事案件報案單一窗口業務」 names the figures of its own
    section, not those of the next (「二、警察局鳳山分局重建工程」: 總樓板面積 is no crime figure)."""
    lines = ["一、刑事案件", "刑事案件報案單一窗口業務", "受理他轄移轉本轄案件1,312件。", "二、警察局鳳山分局重建工程",
             "總樓板面積1萬0,166平方公尺。"]
    outline = walk_outline(lines)
    bodies = replace(outline, heading_lines=set())  # the bodies alone, as the aligned report reads them
    facts = prose_facts(lines, META, bodies, [2, 3, 5])
    assert [(f.passage.line_start, f.subject) for f in facts] == [(3, "crime"), (5, None)]
