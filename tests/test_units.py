"""Printed units ↔ IRIs (converters.units, over twpolice.vocab reading ontology/units.ttl)."""

from __future__ import annotations

from importlib.resources import files
import pytest

from twpolice import iris
from twpolice.converters.units import canonical, is_unit, match_unit_prefix, unit_iri, unit_table

U = "http://qudt.org/vocab/unit/"
T = str(iris.TWPU)  # our units follow the deployment base (TWPOLICE_BASE)

# The agreed table (design brief). units.ttl may add forms; it must not contradict these.
EXPECTED: dict[str, str] = {
    "件": U + "CASES",
    "人": U + "INDIV", "名": U + "INDIV", "位": U + "INDIV",
    "%": U + "PERCENT", "％": U + "PERCENT",
    "公斤": U + "KiloGM",
    "公克": U + "GM",
    "元": U + "CCY_TWD",
    "千元": T + "KiloCCY_TWD",
    "小時": U + "HR",
    "天": U + "DAY", "日": U + "DAY", "工作天": U + "DAY",
    "公里": U + "KiloM",
    "平方公里": U + "KiloM2",
    "個": U + "NUM", "項": U + "NUM", "則": U + "NUM", "張": U + "NUM", "本": U + "NUM", "筆": U + "NUM",
    "場": T + "SESSION", "場次": T + "SESSION",
    "支": T + "CAMERA",
    "枝": T + "FIREARM",
    "顆": T + "ROUND",
    "人次": T + "PERSON-TIME",
    "百分點": T + "PERCENTAGE_POINT",
    "次": T + "TIMES",
    "班次": T + "PATROL-SHIFT",
    "通": T + "CALL",
    "團": T + "RING", "個集團": T + "RING",
    "班": T + "CLASS", "班期": T + "CLASS",
    "輛": T + "VEHICLE",
    "臺": T + "DEVICE", "台": T + "DEVICE",
    "組": T + "SET",
    "處": T + "SITE",
    "隊": T + "TEAM",
    "案": T + "PROJECT",
    "戶": T + "HOUSEHOLD",
    "期": T + "ISSUE",
    "架": T + "AIRCRAFT",
    "頂": T + "HEADGEAR",
}

UNITS_TTL = files("twpolice.ontology") / "units.ttl"
needs_file = pytest.mark.skipif(
    not UNITS_TTL.is_file(), reason="ontology/units.ttl not written yet (owned by the ontology engineer)"
)


@needs_file
@pytest.mark.parametrize("printed", sorted(EXPECTED))
def test_units_file_agrees_with_expected_table(printed: str) -> None:
    assert unit_table().get(printed) == EXPECTED[printed]
    assert unit_iri(printed) == EXPECTED[printed]


@needs_file
def test_table_is_read_from_the_file_and_only_from_units() -> None:
    table = unit_table()
    assert len(table) >= len(EXPECTED)
    assert unit_iri("計量單位") is None  # the concept scheme's label is not a unit
    assert unit_iri("number (count)") is None  # English labels are not printed forms
    assert unit_iri("英畝") is None  # not printed by any document: not in the unit vocabulary


@needs_file
def test_canonical_only_folds_width() -> None:
    assert canonical("％") == "%"
    assert canonical(" 場次 ") == "場次"  # not folded to 場
    assert canonical("台") == "台"  # printed form kept; 台 and 臺 share an IRI instead
    assert unit_iri("％") == unit_iri("%") == U + "PERCENT"


@needs_file
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("人次參加", "人次"),
        ("人，", "人"),
        ("千元", "千元"),
        ("元", "元"),
        ("公斤。", "公斤"),
        ("平方公里，", "平方公里"),
        ("場次", "場次"),
        ("班期，", "班期"),
        ("％。", "％"),
        ("本府", "本"),  # the prefix matcher is literal; numbers.py decides 本府 is a word
        ("年", None),
        ("", None),
        ("警察", None),
    ],
)
def test_match_unit_prefix(text: str, unit: str | None) -> None:
    assert match_unit_prefix(text) == unit


@needs_file
def test_is_unit() -> None:
    assert is_unit("件") and is_unit("千元") and is_unit("％")
    assert not is_unit("年") and not is_unit("") and not is_unit("件數")


@needs_file
def test_every_printed_form_is_matched_whole() -> None:
    for form, iri in unit_table().items():
        assert match_unit_prefix(form + "。") == form, form
        assert unit_iri(form) == iri, form


@pytest.mark.parametrize("label,name,unit", [
    ("全般刑案破獲率(%)", "全般刑案破獲率", "%"),
    ("毒品查緝（單位：公斤）", "毒品查緝", "公斤"),
    ("達成度 (％)", "達成度", "%"),
    ("宣導（含網路）", "宣導（含網路）", None),  # a note that is no unit stays in the name
    ("破獲率", "破獲率", None),
])
def test_a_unit_printed_in_a_names_note(label, name, unit):
    from twpolice.converters.semantics import split_unit_note, unit_from_label

    assert split_unit_note(label) == (name, unit)
    if unit is not None:
        assert unit_from_label(label) == unit
