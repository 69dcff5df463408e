"""One value per cell (converters/cells.py): two figures a sentence names alike are told apart by what it prints."""

from __future__ import annotations

from pathlib import Path

from twpolice.converters.pipeline import convert_file


def _convert(tmp_path: Path, *lines: str) -> list[tuple[str, str]]:
    path = tmp_path / "report.txt"
    path.write_text("\n".join(("高雄市政府施政報告（警政）", *lines)) + "\n", encoding="utf-8")
    got = convert_file(path, agency="kaohsiung-police", genre="council-report", period="112H1", title="t")
    return [(f.indicator, str(f.value)) for f in got.facts]


def test_a_second_figure_named_alike_in_one_sentence_takes_the_clause_before_it(tmp_path):
    """「平常日規劃交通崗144處，動用警(民)力367人次，例假日規劃交通崗71處，動用警(民)力108人次」: the second 動用警力
    is the holidays' (the clause before it), not the sentence's opening words, which name the first."""
    got = _convert(tmp_path, "本期平常日規劃交通崗144處，動用警(民)力367人次，例假日規劃交通崗71處，動用警(民)力108人次。")
    assert ("動用警力人次", "367") in got
    assert ("動用警力人次（例假日規劃交通崗）", "108") in got


def test_a_clause_of_a_period_only_does_not_tell_figures_apart(tmp_path):
    """「…，至111年12月底止，總計有志工18個中隊、96個分隊」: 「至」 is no name; the sentence's opening is used."""
    got = _convert(tmp_path, "配合推動志工計畫，至112年6月底止，總計有志工18個中隊、96個分隊、2,479人。")
    named = [name for name, value in got if value == "96"]
    assert named and "（至）" not in named[0]


def test_spaces_inside_a_spaced_out_heading_are_no_break(tmp_path):
    """「春  節：4人」 opens with 春節, never with 春."""
    got = _convert(tmp_path, "春  節：4人，共計10萬1,800元。", "春  節：6人，共計12萬元。")
    assert all("（春）" not in name for name, _ in got)


def test_lines_opening_alike_are_told_apart_by_what_follows_the_figure_not_a_line_number(tmp_path):
    """「(甲)台電促協金500萬元，於永安區裝設72支攝影機」 under 「(丙)台電促協金190萬元，於路竹區…」: each is the money for
    what the clause after it says, never 「（第N行之1）」."""
    got = _convert(tmp_path, "(甲)台電促協金190萬元，於路竹區體育園區周邊裝設26支攝影機，於112年5月22日完工。",
                   "(乙)台電促協金500萬元，於永安區裝設72支攝影機，於112年6月1日開工。")
    money = [name for name, value in got if value in ("1900000", "5000000")]
    assert len(money) == 2 and len(set(money)) == 2
    assert not any("行之" in name for name in money)
    assert any("永安區" in name for name in money)
