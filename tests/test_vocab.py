"""twpolice.vocab: files, units, and mapping printed indicator names to the shared scheme."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twpolice import composition, iris, vocab
from twpolice.model import GENRES

DOCS = Path(__file__).resolve().parents[1] / "documents"
ONTO = Path(__file__).resolve().parents[1] / "ontology"


def doc(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


# ---------------------------------------------------------------- files


def test_ontology_files_lists_every_ttl():
    files = vocab.ontology_files()
    assert set(files) == {p.stem for p in ONTO.glob("*.ttl")}
    assert {"twpolice", "units", "indicators", "agencies", "value-types", "target-operators", "genres",
            "funding-sources", "categories"} <= set(files)
    assert all(p.is_file() and p.suffix == ".ttl" for p in files.values())


def test_load_graph_is_cached_and_unknown_names_fail():
    assert vocab.load_graph("units") is vocab.load_graph("units")
    with pytest.raises(KeyError):
        vocab.read_ttl("no-such-file")


# ---------------------------------------------------------------- units


@pytest.mark.parametrize("printed, local", [
    ("件", "CASES"), ("％", "PERCENT"), ("%", "PERCENT"), ("名", "INDIV"), ("公斤", "KiloGM"), ("工作天", "DAY"),
    ("千元", "KiloCCY_TWD"), ("仟元", "KiloCCY_TWD"), ("場次", "SESSION"), ("台", "DEVICE"), ("臺", "DEVICE"),
    ("人次", "PERSON-TIME"), ("人（次）", "PERSON-TIME"), (" 支 ", "CAMERA"), ("班期", "CLASS"), ("班次", "PATROL-SHIFT"),
])
def test_resolve_unit(printed, local):
    iri = vocab.resolve_unit(printed)
    assert iri is not None and iri.rsplit("/", 1)[1] == local


def test_unknown_unit_and_labels():
    assert vocab.resolve_unit("坨") is None
    assert vocab.unit_label(str(iris.UNIT.CASES)) == "件"
    assert vocab.unit_label(str(iris.TWPU.KiloCCY_TWD)) == "千元"
    assert vocab.unit_label(str(iris.TWPU.KiloCCY_TWD), "en") == "thousand New Taiwan dollars"
    assert vocab.unit_label("http://example.org/nope") is None


def test_unit_compatibility():
    u = vocab.resolve_unit
    assert vocab.units_compatible(u("千元"), u("元"))
    assert vocab.units_compatible(u("萬元"), u("千元"))
    assert vocab.units_compatible(u("公克"), u("公斤"))
    assert vocab.units_compatible(u("人"), u("人次"))
    assert vocab.units_compatible(u("百分點"), u("%"))
    assert not vocab.units_compatible(u("件"), u("人"))
    assert not vocab.units_compatible(u("場"), u("人次"))
    assert not vocab.units_compatible(u("%"), u("件"))


def test_every_unit_form_resolves_back_to_its_unit():
    for unit in vocab.units():
        for form in unit.forms:
            assert vocab.resolve_unit(form) == unit.iri, form


# ---------------------------------------------------------------- shared indicators


def test_shared_indicators_loaded():
    inds = vocab.shared_indicators()
    assert len(inds) >= 60
    assert len({i.slug for i in inds}) == len(inds)
    unit_iris = {u.iri for u in vocab.units()}
    for ind in inds:
        assert ind.iri == str(iris.shared_indicator(ind.slug))
        assert ind.label_zh and ind.label_en
        assert ind.unit_iri in unit_iris, ind.slug


def test_indicator_fields():
    rate = vocab.shared_indicator("crime-all-clearance-rate")
    assert rate.label_zh == "全般刑案破獲率"
    assert rate.unit_iri == str(iris.UNIT.PERCENT)
    assert rate.min == Decimal(0) and rate.max is None and rate.higher_is_better is True
    assert "clearance-rate" in rate.broader
    share = vocab.shared_indicator("enforcement-error-rate")
    assert share.max == Decimal(100) and share.higher_is_better is False
    assert vocab.shared_indicator("budget-total").sum_of == ("budget-central", "budget-local")
    with pytest.raises(KeyError):
        vocab.shared_indicator("nonsense")


def test_shared_labels_are_told_apart_by_unit():
    """A normalised label may belong to several indicators only if their units cannot be confused."""
    for label, slugs in vocab.indicator_label_index().items():
        units = [vocab.shared_indicator(s).unit_iri for s in slugs]
        for i, a in enumerate(units):
            for b in units[i + 1:]:
                assert not vocab.units_compatible(a, b), (label, slugs)


@pytest.mark.parametrize("printed, unit, slug", [
    ("全般刑案破獲率", None, "crime-all-clearance-rate"),
    ("全般刑案 破獲率", None, "crime-all-clearance-rate"),
    ("１．全般刑案破獲率。", "％", "crime-all-clearance-rate"),
    ("詐欺犯罪破獲率", None, "fraud-clearance-rate"),
    ("詐欺破獲率", None, "fraud-clearance-rate"),
    ("詐欺案件破獲率", None, "fraud-clearance-rate"),
    ("竊盜犯罪發生數", "件", "theft-occurrences"),
    ("竊盜發生數", None, "theft-occurrences"),
    ("檢肅全般竊盜破獲率", None, "theft-clearance-rate"),
    ("預防犯罪宣導 (場)", None, "prevention-sessions"),
    ("預防犯罪宣導（場次）", None, "prevention-sessions"),
    ("預防犯罪宣導", "場", "prevention-sessions"),
    ("預防犯罪宣導", "人次", "prevention-attendance"),
    ("加強預防犯罪宣導", "人", "prevention-attendance"),
    ("婦幼安全宣導", "場次", "women-children-outreach-sessions"),
    ("A1類交通事故", "人", "a1-deaths"),
    ("A1類交通事故", "件", "a1-accidents"),
    ("（A1+A2類）交通事故", "件", "a1a2-accidents"),
    ("闖紅燈(含紅燈右轉)", "件", "red-light-citations"),
    ("蛇行、惡意逼車", "件", "dangerous-driving-citations"),
    ("110報案台受理民眾報案", None, "emergency-calls"),
    ("預算金額（單位：千元）", None, "budget-total"),
    ("本府", "千元", "budget-local"),
    ("中央", "元", "budget-central"),
    ("查獲各級毒品案", "件", "drug-cases-seized"),
    ("查獲毒品重量", "公克", "drug-weight-seized"),
    ("治平專案檢肅目標", "名", "gang-targets"),
    ("治平專案檢肅目標", "件", "gang-target-cases"),
])
def test_match_indicator(printed, unit, slug):
    found = composition.match_indicator(printed, unit)
    assert found is not None and found.slug == slug


@pytest.mark.parametrize("printed, unit", [
    ("銀河系外星人數", None),          # nonsense
    ("", None),
    ("   ", None),
    ("全般刑案破獲率", "件"),          # unit contradicts the indicator
    ("全般刑案破獲率", "坨"),          # unknown unit: cannot be checked
    ("預防犯罪宣導", None),            # ambiguous without a unit
    ("預防犯罪宣導 (場)", "人次"),     # bracketed unit and argument disagree
    ("全般刑案破獲率提升", None),      # no fuzzy matching
    ("破獲率全般刑案", None),
])
def test_match_indicator_returns_none(printed, unit):
    assert composition.match_indicator(printed, unit) is None


def test_match_indicator_accepts_unit_iris():
    assert composition.match_indicator("全般刑案破獲率", str(iris.UNIT.PERCENT)).slug == "crime-all-clearance-rate"
    assert composition.match_indicator("全般刑案破獲率", str(iris.UNIT.CASES)) is None


def test_council_report_crime_table_maps_row_by_column():
    """Doc 001's table: rows 全般刑案 .. 街頭暴力 x columns 發生數 .. 查獲案犯數, composed as printed."""
    lines = [line.strip() for line in doc("001_5389195ea125f8f8.txt").splitlines()[:40]]
    columns = lines[5:9]
    assert columns == ["發生數", "破獲數", "破獲率", "查獲案犯數"]
    rows = {"全般刑案": "crime-all", "暴力犯罪": "violent-crime", "竊盜犯罪": "theft", "詐欺犯罪": "fraud",
            "街頭暴力": "street-violence"}
    measure = {"發生數": ("occurrences", "件"), "破獲數": ("cleared", "件"), "破獲率": ("clearance-rate", "%"),
               "查獲案犯數": ("offenders", "人")}
    for row, cat in rows.items():
        assert row in lines
        for col in columns:
            m, unit = measure[col]
            found = composition.match_indicator(f"{row} {col}", unit)
            assert found is not None and found.slug == f"{cat}-{m}", (row, col)


@pytest.mark.parametrize("printed, unit, slug", [
    ("全般刑案破獲率", "%", "crime-all-clearance-rate"),
    ("加強掃蕩毒品績效", "%", "drug-enforcement-score-attainment"),
    ("應受尿液採驗人到驗率", "%", "urine-test-attendance-rate"),
    ("預防犯罪宣導", "場", "prevention-sessions"),
    ("防制酒後駕車工作", "%", "drunk-driving-target-attainment"),
    ("減少A1事故死亡人數", "人", "a1-deaths"),
    ("查處人口販運仲介集團成效", "件", "human-trafficking-cases"),
    ("查獲違反保護令罪執行成效", "件", "protection-order-violations"),
    ("查獲違反家庭暴力罪執行成效", "件", "dv-crime-referrals"),
    ("各單位當年度經常門業務費賸餘數百分比", "%", "operating-expense-surplus-rate"),
    ("約聘僱員額成長率", "%", "contract-staff-growth-rate"),
    ("單位公務人員完成年度學習時數之人數比率", "%", "learning-completion-rate"),
    ("建置車牌辨識監視器鏡頭", "%", None),  # printed as an attainment %, the indicator counts cameras
    ("汰換逾期警用車輛", "%", None),
])
def test_keelung_midterm_plan_kpis(printed, unit, slug):
    assert printed in doc("003_960ad116a0401fee.txt")
    found = composition.match_indicator(printed, unit)
    assert (found.slug if found else None) == slug


@pytest.mark.parametrize("printed, unit, slug", [
    ("重要路口監視系統建置與汰舊。", "支", "cctv-cameras-installed"),
    ("降低全般刑案發生數", None, "crime-all-occurrences"),
    ("加強預防犯罪宣導", "人", "prevention-attendance"),
])
def test_unnamed_plan_kpis(printed, unit, slug):
    assert printed in doc("004_b7561b9adedc7f21.txt")
    found = composition.match_indicator(printed, unit)
    assert found is not None and found.slug == slug


INDICATORS = sorted(vocab.shared_indicators(), key=lambda i: i.slug)


@given(st.data())
def test_prefLabels_match_whatever_the_spacing_and_width(data):
    ind = data.draw(st.sampled_from(INDICATORS))
    spelled = "".join(
        (chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() and data.draw(st.booleans()) else ch)
        + data.draw(st.sampled_from(["", "", " ", "\u3000", "\t"]))
        for ch in ind.label_zh
    )
    found = composition.match_indicator(spelled, vocab.unit_label(ind.unit_iri))
    assert found is not None and found.slug == ind.slug, spelled


def test_genres_are_named_as_genres_ttl_names_them():
    """One place for genres' names: the slug, every zh-Hant label and the command-line aliases (hidden labels)."""
    assert {vocab.genre_named(g) for g in GENRES} == set(GENRES)
    assert vocab.genre_named("施政計畫") == "plan" and vocab.genre_named("annual-plan") == "plan"
    assert vocab.genre_named("績效報告") == "performance-report" and vocab.genre_named("council") == "council-report"
    assert vocab.genre_named("小說") is None
    assert vocab.genre_label("council-report") == "議會施政報告（警政）" and vocab.genre_label("plan", "en") == "annual policy plan"
