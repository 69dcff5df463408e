"""Outline numbering: parsing real lines, nesting learnt per document, numeral round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twpolice.converters.sections import program_label
from twpolice.converters.outline import (
    STYLES,
    Heading,
    OutlineTracker,
    cjk_to_int,
    format_numbering,
    format_ordinal,
    parse_heading,
    section_key,
)

DOCS = Path(__file__).resolve().parent.parent / "documents"


def _lines(prefix: str) -> list[str]:
    (path,) = DOCS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8").split("\n")


def _paths(prefix: str) -> dict[int, tuple[str, ...]]:
    """Section path (labels) in force at every line of a document."""
    tracker = OutlineTracker()
    out: dict[int, tuple[str, ...]] = {}
    for i, line in enumerate(_lines(prefix), 1):
        h = parse_heading(line)
        if h:
            tracker.push(h)
        out[i] = tracker.path_labels()
    return out


# --------------------------------------------------------------------------- parse_heading


@pytest.mark.parametrize(
    ("line", "style", "ordinal", "numbering", "title"),
    [
        ("1.刑案分析(本期為112年1至6月)", "arabic", 1, "1.", "刑案分析(本期為112年1至6月)"),
        ("2.111年度列管新臺幣(以下同)100萬元", "arabic", 2, "2.", "111年度列管新臺幣(以下同)100萬元"),
        ("4.111年警察局各分局", "arabic", 4, "4.", "111年警察局各分局"),
        ("(1)112年元旦連假：指揮疏導", "paren-arabic", 1, "(1)", "112年元旦連假：指揮疏導"),
        ("一、 治安防治 專案-重要路口 錄影監視系統 計畫：", "cjk", 1, "一、", "治安防治 專案-重要路口 錄影監視系統 計畫："),
        ("拾參、警　政", "cjk-capital", 13, "拾參、", "警　政"),
        ("壹、自治行政", "cjk-capital", 1, "壹、", "自治行政"),
        ("十一、提升人力資源素質", "cjk", 11, "十一、", "提升人力資源素質"),
        ("一.警政", "cjk", 1, "一.", "警政"),
        ("二\u3000交通", "cjk", 2, "二\u3000", "交通"),
        ("(一)公文查詢", "paren-cjk", 1, "(一)", "公文查詢"),
        ("（十二）提升道路環境安全", "paren-cjk", 12, "（十二）", "提升道路環境安全"),
        ("1、提升全般刑案破獲率", "arabic", 1, "1、", "提升全般刑案破獲率"),
        ("3．超速", "arabic", 3, "3．", "超速"),
        ("（3）針對製造", "paren-arabic", 3, "（3）", "針對製造"),
        ("甲.預防：本府", "stem", 1, "甲.", "預防：本府"),
        ("乙、偵查", "stem", 2, "乙、", "偵查"),
        ("丙\u3000第三級", "stem", 3, "丙\u3000", "第三級"),
        ("⑩三民第一分局視訊系統建置案", "circled", 10, "⑩", "三民第一分局視訊系統建置案"),
        ("① 依規定配合", "circled", 1, "①", "依規定配合"),
        ("l.前鎮區凱旋四路/前鎮街", "latin", 12, "l.", "前鎮區凱旋四路/前鎮街"),
        ("(b)次要", "paren-latin", 2, "(b)", "次要"),
    ],
)
def test_parse_heading_recognises_markers(
    line: str, style: str, ordinal: int, numbering: str, title: str
) -> None:
    h = parse_heading(line)
    assert h is not None
    assert (h.style, h.ordinal, h.numbering, h.title) == (style, ordinal, numbering, title)
    assert h.label == numbering + title


@pytest.mark.parametrize(
    "line",
    [
        "110年賡續推動「社會安全網」",
        "1萬人",
        "3.67％",
        "1.5版，包含「1合、2清」",
        "102.13",
        "(110至113年)計畫",
        "(含目標)",
        "參加人數56,276人次",
        "一般公文",
        "A1類交通事故",
        "P1 重要路口",
        "e.g. something",
        "",
        "   ",
        "\t",
        "本期查緝毒品犯罪成效如下：",
        # a table row: the heading is the first cell, not a section of the document
        "一、 治安防治 專案-重要路口\t重要路口監視系統建置與汰舊。\t14,000",
    ],
)
def test_parse_heading_rejects_prose(line: str) -> None:
    assert parse_heading(line) is None


def test_indent_bullets_and_bookmarks_are_not_part_of_the_marker() -> None:
    h = parse_heading("[bookmark: _Hlk140047815](1)全般刑案方面：發生數減少855件")
    assert h is not None and h.numbering == "(1)" and h.title.startswith("全般刑案方面")
    assert h.indent == "" and h.start == len("[bookmark: _Hlk140047815]")

    h = parse_heading(" - (1) 遴派妥適人員至各級學校講解相關法令，至少 40 場次。")
    assert h is not None and (h.style, h.ordinal, h.indent) == ("paren-arabic", 1, " ")
    assert h.title == "遴派妥適人員至各級學校講解相關法令，至少 40 場次。"

    h = parse_heading("- （3）針對製造")
    assert h is not None and h.indent == "" and h.numbering == "（3）"

    h = parse_heading("\t壹、自治行政")
    assert h is not None and h.indent == "\t" and h.start == 1
    h = parse_heading("(一)公文查詢\t")  # a trailing empty cell does not make a table row
    assert h is not None and h.title == "公文查詢"


def test_every_heading_in_the_documents_has_a_clean_title() -> None:
    """No title starts with its own separator, and markers sit where ``start`` says."""
    count = 0
    for prefix in ("000", "001", "002", "003", "004"):
        for line in _lines(prefix):
            h = parse_heading(line)
            if h is None:
                continue
            count += 1
            assert line[h.start :].startswith(h.numbering)
            assert not h.title.startswith(("、", ".", "．", ")", "）"))
    assert count > 900


# --------------------------------------------------------------------------- nesting on real documents


def test_000_path_of_line_7() -> None:
    assert _paths("000")[7] == ("壹、自治行政", "一、行政管理", "(一)公文查詢")


def test_001_chapter_and_stems_under_paren_arabic() -> None:
    paths = _paths("001")
    assert paths[4] == ("拾參、警\u3000政", "一、戮力維護社會治安", "(一)重點偵防工作成效與分析", "1.刑案分析(本期為112年1至6月)")
    # 甲. nests under (2) under 1. ...
    assert paths[101][-2:] == ("(2)本期查緝毒品犯罪成效如下：", "甲.第一級毒品：查獲349件、400人，重量0.82公斤。")
    assert len(paths[101]) == 6
    # a. under (1); (2) pops back over it
    assert paths[232][-2] == "(1)路口多向違規監測系統12處："
    assert paths[232][-1].startswith("a.三民區")
    assert paths[244][-1] == "(2)自動辨識違規停車系統1處：高雄市火車站站東路。"
    assert len(paths[244]) == 5
    # a new cjk section pops all the way up to the chapter
    assert paths[264] == ("拾參、警\u3000政", "三、提升為民服務品質")


def test_003_uses_1_under_paren_cjk_and_paren_arabic_under_1() -> None:
    paths = _paths("003")
    p = paths[85]
    assert p[0].startswith("參、") and p[1] == "一、關鍵策略目標"
    assert p[2].startswith("(一)加強打擊犯罪") and p[3] == "1、提升全般刑案破獲率"
    assert p[4].startswith("(1)積極遏止住宅竊盜")
    assert paths[186][3] == "5、充實應勤裝備、汰換逾期警用車輛"


def test_tracker_keys_and_popping() -> None:
    t = OutlineTracker()
    lines = ["參、施政", "一、甲", "(一)乙", "1.丙", "(二)丁", "二、戊", "(一)己"]
    keys = []
    for line in lines:
        h = parse_heading(line)
        assert h is not None
        t.push(h)
        keys.append(t.key())
    assert keys == ["3", "3.1", "3.1.1", "3.1.1.1", "3.1.2", "3.2", "3.2.1"]
    assert section_key(t.path) == "3.2.1"
    assert t.style_order == ("cjk-capital", "cjk", "paren-cjk", "arabic")


def test_known_style_not_on_stack_pops_deeper_levels() -> None:
    """壹 > (一) skipping 一、 is allowed; a later 一、 (known shallower) must not nest under (一)."""
    t = OutlineTracker()
    for line in ["壹、a", "一、b", "(一)c", "貳、d", "(一)e", "一、f"]:
        h = parse_heading(line)
        assert h is not None
        t.push(h)
    assert t.path_labels() == ("貳、d", "一、f")


# --------------------------------------------------------------------------- numerals


def test_every_cjk_numeral_1_to_99_round_trips() -> None:
    for style in ("cjk", "cjk-capital", "paren-cjk"):
        for n in range(1, 100):
            text = format_ordinal(style, n)
            assert cjk_to_int(text) == n
            h = parse_heading(format_numbering(style, n) + "治安")
            assert h is not None and (h.style, h.ordinal, h.title) == (style, n, "治安"), text


def test_known_numerals() -> None:
    assert format_ordinal("cjk", 10) == "十"
    assert format_ordinal("cjk", 11) == "十一"
    assert format_ordinal("cjk", 20) == "二十"
    assert format_ordinal("cjk", 99) == "九十九"
    assert format_ordinal("cjk-capital", 13) == "拾參"
    assert format_ordinal("cjk-capital", 40) == "肆拾"
    assert format_ordinal("stem", 2) == "乙"
    assert format_ordinal("circled", 10) == "⑩"
    assert cjk_to_int("廿一") == 21
    assert cjk_to_int("十十") is None and cjk_to_int("一二") is None and cjk_to_int("") is None
    with pytest.raises(ValueError):
        format_ordinal("stem", 11)
    with pytest.raises(ValueError):
        format_ordinal("cjk", 0)


_MAX_ORDINAL = {"stem": 10, "latin": 26, "paren-latin": 26, "circled": 50}


@given(st.sampled_from(STYLES), st.data())
def test_any_style_round_trips(style: str, data: st.DataObject) -> None:
    n = data.draw(st.integers(1, _MAX_ORDINAL.get(style, 99)))
    h = parse_heading(format_numbering(style, n) + "計畫")
    assert h is not None
    assert (h.style, h.ordinal, h.title) == (style, n, "計畫")


# --------------------------------------------------------------------------- random outlines

_SEPS = {
    "cjk-capital": ["、"],
    "cjk": ["、", ".", "．", "\u3000"],
    "arabic": [".", "、", "．"],
    "stem": [".", "、", "．"],
    "latin": ["."],
}
_TITLE = st.builds(
    lambda year, body: year + body,
    st.sampled_from(["", "111年", "112年度"]),
    st.text(alphabet="治安交通計畫工作成果執行預防犯罪宣導年度「」：，", min_size=1, max_size=12),
).filter(lambda t: t[0] not in "：，")
_PREFIX = st.sampled_from(["", " ", "\t", "- ", " - ", "[bookmark: _Hlk1]", "　"])


@st.composite
def outlines(draw: st.DrawFn) -> tuple[list[str], list[tuple[tuple[str, int], ...]], list[str]]:
    """Lines of a random valid outline and, per line, the expected (style, ordinal) path."""
    styles = draw(st.permutations(STYLES))
    depth_max = draw(st.integers(1, len(STYLES)))
    steps = draw(st.integers(1, 40))
    counters = [0] * depth_max
    stack: list[tuple[str, int]] = []
    lines: list[str] = []
    expected: list[tuple[tuple[str, int], ...]] = []
    titles: list[str] = []
    depth = -1
    for _ in range(steps):
        d = draw(st.integers(0, min(depth + 1, depth_max - 1)))
        if counters[d] >= 10:
            continue
        counters[d] += 1
        for k in range(d + 1, depth_max):
            counters[k] = 0
        style = styles[d]
        sep = draw(st.sampled_from(_SEPS[style])) if style in _SEPS else None
        title = draw(_TITLE)
        space = draw(st.sampled_from(["", " "]))
        lines.append(draw(_PREFIX) + format_numbering(style, counters[d], sep) + space + title)
        del stack[d:]
        stack.append((style, counters[d]))
        expected.append(tuple(stack))
        titles.append(title)
        depth = d
    return lines, expected, titles


@settings(max_examples=300)
@given(outlines())
def test_random_outlines_are_reconstructed(case: tuple[list[str], list, list[str]]) -> None:
    lines, expected, titles = case
    tracker = OutlineTracker()
    for line, want, title in zip(lines, expected, titles, strict=True):
        h = parse_heading(line)
        assert h is not None, line
        assert h.title == title
        path = tracker.push(h)
        assert tuple((x.style, x.ordinal) for x in path) == want, line
        assert tracker.key() == ".".join(str(o) for _, o in want)


def test_rank_is_first_seen_order_not_position() -> None:
    """1. first appears directly under 貳 (skipping 一、): the later 一、 must close it, not nest in it."""
    t = OutlineTracker()
    for line in ["壹、a", "一、b", "(一)c", "貳、d", "1.e", "一、f", "(一)g", "1.h"]:
        h = parse_heading(line)
        assert h is not None
        t.push(h)
        if line == "一、f":
            assert t.path_labels() == ("貳、d", "一、f")
    assert t.path_labels() == ("貳、d", "一、f", "(一)g", "1.h")
    assert t.style_order == ("cjk-capital", "cjk", "paren-cjk", "arabic")


def test_heading_is_hashable_and_frozen() -> None:
    h = Heading("cjk", 1, "一、", "x")
    assert {h: 1}[h] == 1
    with pytest.raises(AttributeError):
        h.ordinal = 2  # type: ignore[misc]


# --------------------------------------------------------------------------- program titles


@pytest.mark.parametrize(("title", "label"), [
    ("強化觀光騎警隊服務效能", "強化觀光騎警隊服務效能"),
    ("加強查緝毒品：本局針對轄內…", "加強查緝毒品"),
    # a separator inside quotes does not end the title: this is one long sentence, an item of its section
    ("持續強化騎警執勤密度、服勤態度及服務功能，並秉持「服務用心、民眾開心；警察用心、民眾安心」之理念，塑造警察全方位的清新形象", None),
    ("落實「查緝；預防」策略：提升破獲率", "落實「查緝；預防」策略"),
    ("（一）暴力犯罪發生6件，全數偵破", None),
])
def test_a_programme_title_ends_at_its_first_separator_outside_quotes(title: str, label: str | None) -> None:
    assert program_label(title) == label
