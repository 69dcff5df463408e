"""The agency registry: the 22 departments, name resolution, and finding agencies in document text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twpolice import iris, registry
from twpolice.errors import UserError
from twpolice.registry import UnknownAgency

DOCS = Path(__file__).resolve().parents[1] / "documents"

# Independent of agencies.ttl on purpose: a typo in the file must fail here.
MOI = {
    "taipei": ("臺北市", "63000", "TW-TPE"), "kaohsiung": ("高雄市", "64000", "TW-KHH"),
    "new-taipei": ("新北市", "65000", "TW-NWT"), "taichung": ("臺中市", "66000", "TW-TXG"),
    "tainan": ("臺南市", "67000", "TW-TNN"), "taoyuan": ("桃園市", "68000", "TW-TAO"),
    "yilan": ("宜蘭縣", "10002", "TW-ILA"), "hsinchu-county": ("新竹縣", "10004", "TW-HSQ"),
    "miaoli": ("苗栗縣", "10005", "TW-MIA"), "changhua": ("彰化縣", "10007", "TW-CHA"),
    "nantou": ("南投縣", "10008", "TW-NAN"), "yunlin": ("雲林縣", "10009", "TW-YUN"),
    "chiayi-county": ("嘉義縣", "10010", "TW-CYQ"), "pingtung": ("屏東縣", "10013", "TW-PIF"),
    "taitung": ("臺東縣", "10014", "TW-TTT"), "hualien": ("花蓮縣", "10015", "TW-HUA"),
    "penghu": ("澎湖縣", "10016", "TW-PEN"), "keelung": ("基隆市", "10017", "TW-KEE"),
    "hsinchu-city": ("新竹市", "10018", "TW-HSZ"), "chiayi-city": ("嘉義市", "10020", "TW-CYI"),
    "kinmen": ("金門縣", "09020", "TW-KIN"), "lienchiang": ("連江縣", "09007", "TW-LIE"),
}
OFFICIAL = {
    "taipei": "臺北市政府警察局", "new-taipei": "新北市政府警察局", "taoyuan": "桃園市政府警察局",
    "taichung": "臺中市政府警察局", "tainan": "臺南市政府警察局", "kaohsiung": "高雄市政府警察局",
    "keelung": "基隆市警察局", "hsinchu-city": "新竹市警察局", "chiayi-city": "嘉義市政府警察局",
    "hsinchu-county": "新竹縣政府警察局", "miaoli": "苗栗縣警察局", "changhua": "彰化縣警察局",
    "nantou": "南投縣政府警察局", "yunlin": "雲林縣警察局", "chiayi-county": "嘉義縣警察局",
    "pingtung": "屏東縣政府警察局", "yilan": "宜蘭縣政府警察局", "hualien": "花蓮縣警察局",
    "taitung": "臺東縣警察局", "penghu": "澎湖縣政府警察局", "kinmen": "金門縣警察局", "lienchiang": "連江縣警察局",
}


def test_exactly_22_departments_with_distinct_moi_codes():
    deps = registry.departments()
    assert len(deps) == 22
    assert len({a.moi_code for a in deps}) == 22
    assert {a.key for a in deps} == {f"{c}-police" for c in MOI}
    keys = {a.key for a in registry.all_agencies()}
    assert keys == {a.key for a in deps} | {"npa", "unidentified"}


@pytest.mark.parametrize("city", sorted(MOI))
def test_department_identity(city):
    agency = registry.get(f"{city}-police")
    city_zh, moi, _iso = MOI[city]
    assert agency.moi_code == moi
    assert agency.city_zh == city_zh
    assert agency.name_zh == OFFICIAL[city]
    assert agency.name_en and agency.city_en
    assert agency.iri == str(iris.agency(f"{city}-police"))
    assert agency.place_iri == str(iris.place(moi))
    assert agency.is_department


def test_iso_codes_are_place_notations():
    from twpolice.vocab import load_graph
    from rdflib import URIRef
    from rdflib.namespace import SKOS

    g = load_graph("agencies")
    for city_zh, moi, iso in MOI.values():
        notations = {str(n) for n in g.objects(URIRef(str(iris.place(moi))), SKOS.notation)}
        assert notations == {moi, iso}, city_zh


def test_npa_and_placeholder_have_no_jurisdiction():
    for key in ("npa", "unidentified"):
        agency = registry.get(key)
        assert agency.place_iri is None and agency.moi_code is None and not agency.is_department
    assert registry.get("unidentified").name_zh == "未具名機關（文件未載明）"


def test_get_unknown_key_raises_bilingual_value_error():
    with pytest.raises(UnknownAgency) as info:
        registry.get("gotham-police")
    assert isinstance(info.value, ValueError) and isinstance(info.value, UserError)  # one line, exit code 2 in the CLI
    assert "gotham-police" in info.value.message("zh-Hant") and "機關" in info.value.message("zh-Hant")
    assert "gotham-police" in info.value.message("en") and "Unknown agency" in info.value.message("en")


@pytest.mark.parametrize("name, key", [
    ("高雄市政府警察局", "kaohsiung-police"),
    ("高市警局", "kaohsiung-police"),
    ("高雄市警察局", "kaohsiung-police"),
    ("kaohsiung-police", "kaohsiung-police"),
    ("Kaohsiung City Police Department", "kaohsiung-police"),
    ("  高雄市　政府警察局 ", "kaohsiung-police"),
    ("臺南市政府警察局", "tainan-police"),
    ("台南市政府警察局", "tainan-police"),
    ("基隆市警察局", "keelung-police"),
    ("基隆市政府警察局", "keelung-police"),
    ("台北市政府警察局", "taipei-police"),
    ("北市警局", "taipei-police"),
    ("新北市警察局", "new-taipei-police"),
    ("新北市警局", "new-taipei-police"),
    ("臺東縣警察局", "taitung-police"),
    ("嘉義縣警察局", "chiayi-county-police"),
    ("嘉義市政府警察局", "chiayi-city-police"),
    ("新竹縣警察局", "hsinchu-county-police"),
    ("新竹市警察局", "hsinchu-city-police"),
    ("桃園縣政府警察局", "taoyuan-police"),
    ("內政部警政署", "npa"),
    ("警政署", "npa"),
])
def test_resolve_name_variants(name, key):
    agency = registry.resolve(name)
    assert agency is not None and agency.key == key


@pytest.mark.parametrize("name", ["本局", "本府", "警察局", "本府警察局", "市府", "高雄市", "高雄市政府", "",
                                  "unidentified", "未具名機關（文件未載明）", "高雄市政府警察局局長", "police"])
def test_self_references_cities_and_placeholder_do_not_resolve(name):
    assert registry.resolve(name) is None


def test_every_police_department_name_printed_in_the_documents_resolves():
    pattern = re.compile(r"[\u4e00-\u9fff]{2}[市縣](?:政府)?警察局")
    names = set()
    for path in DOCS.glob("*.txt"):
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            if not m.group().startswith("本"):
                names.add(m.group())
    assert {"高雄市政府警察局", "臺南市政府警察局", "基隆市警察局"} <= names
    for name in names:
        assert registry.resolve(name) is not None, name


@pytest.mark.parametrize("doc, keys", [
    ("000_76431df853febc6e.txt", ["kaohsiung-police"]),
    ("002_8108948787d2cae5.txt", ["tainan-police"]),
    ("003_960ad116a0401fee.txt", ["keelung-police"]),
    ("004_b7561b9adedc7f21.txt", []),
    ("001_5389195ea125f8f8.txt", []),
])
def test_find_in_text_on_document_openings(doc, keys):
    head = "\n".join((DOCS / doc).read_text(encoding="utf-8").splitlines()[:5])
    assert [a.key for a in registry.find_in_text(head)] == keys


def test_find_in_text_whole_documents():
    council = (DOCS / "001_5389195ea125f8f8.txt").read_text(encoding="utf-8")
    assert "kaohsiung-police" in [a.key for a in registry.find_in_text(council)]
    unnamed = (DOCS / "004_b7561b9adedc7f21.txt").read_text(encoding="utf-8")
    assert registry.find_in_text(unnamed) == []


def test_find_in_text_order_and_longest_match():
    text = "基隆市警察局函請新北市警局與內政部警政署，並副知高市警局；本局、本府不算。unpaid"
    assert [a.key for a in registry.find_in_text(text)] == [
        "keelung-police", "new-taipei-police", "npa", "kaohsiung-police"]
    assert [a.key for a in registry.find_in_text("新北市警局")] == ["new-taipei-police"]
    assert registry.find_in_text("") == []


def _spell(draw, name: str) -> str:
    out = []
    for ch in name:
        if ch.isascii() and ch.isalnum() and draw(st.booleans()):
            ch = chr(ord(ch) + 0xFEE0)  # full-width form
        if ch == "臺" and draw(st.booleans()):
            ch = "台"
        out.append(ch + draw(st.sampled_from(["", "", " ", "\u3000"])))
    return "".join(out)


ALL_NAMES = sorted(
    (name, a.key)
    for a in registry.all_agencies() if a.key != "unidentified"
    for name in (a.name_zh, a.name_en, *a.alt_names)
)


@given(st.data())
def test_resolution_survives_spacing_width_and_tai_variants(data):
    name, key = data.draw(st.sampled_from(ALL_NAMES))
    spelled = _spell(data.draw, name)
    agency = registry.resolve(spelled)
    assert agency is not None and agency.key == key, spelled


def test_agency_records_are_cached_and_immutable():
    a = registry.get("kaohsiung-police")
    assert registry.get("kaohsiung-police") is a
    with pytest.raises(AttributeError):
        a.key = "x"  # type: ignore[misc]
    assert "高市警局" in a.alt_names and a.name_zh not in a.alt_names
