"""Bad input never crashes conversion: one clear bilingual error (UserError → exit 2), nothing else."""

from __future__ import annotations

import string
from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import doc_path
from twpolice.converters.pipeline import convert_file, convert_source
from twpolice.converters.text import decode
from twpolice.errors import UserError
from twpolice.normalise import normalise_width


def _convert_bytes(tmp_path, data: bytes, name="in.txt", **options):
    path = tmp_path / name
    path.write_bytes(data)
    return convert_file(path, **options)


@pytest.mark.parametrize("data,word", [
    (b"", "空"),
    (b"   \n\n\t\n", "空"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (b"\x00\x01\x02\x03binary\x00\x00", "二進位"),
])
def test_unusable_files_are_refused(tmp_path, data, word):
    with pytest.raises(UserError) as err:
        _convert_bytes(tmp_path, data)
    assert word in err.value.zh
    assert err.value.en and "\n" not in err.value.zh


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="nope.txt"):
        convert_file(tmp_path / "nope.txt")


def test_document_without_agency_is_refused_not_guessed():
    with pytest.raises(UserError) as err:
        convert_file(doc_path("004"))
    assert "--agency" in err.value.zh and "--agency" in err.value.en


def test_document_of_another_genre_is_refused(tmp_path):
    text = "高雄市政府警察局111年度採購案決標公告\n\n本案決標金額新臺幣1,000元。\n".encode()
    with pytest.raises(UserError):
        _convert_bytes(tmp_path, text)


def test_big5_crlf_and_bom_inputs_convert_like_utf8(tmp_path):
    original = doc_path("003").read_text(encoding="utf-8")
    base = convert_file(doc_path("003"))
    big5 = _convert_bytes(tmp_path, original.replace("\n", "\r\n").encode("cp950", errors="strict"), "big5.txt")
    bom = _convert_bytes(tmp_path, b"\xef\xbb\xbf" + original.encode("utf-8"), "bom.txt")
    for other in (big5, bom):
        assert [(f.value, f.passage.line_start) for f in other.facts] == [(f.value, f.passage.line_start) for f in base.facts]


_FULL_WIDTH = str.maketrans("0123456789%.()", "０１２３４５６７８９％．（）")


@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_full_width_digits_and_punctuation_convert_like_ascii(tmp_path, manifest, extractions, doc):
    """Typed documents mix 「１２３」「％」「．」「（）」 with ASCII: every fact, unit, target operator, KPI year
    column and program link must come out the same (labels and units compared width-folded; quotes as printed)."""
    e = manifest[doc]
    text = doc_path(doc).read_text(encoding="utf-8").translate(_FULL_WIDTH)
    x = _convert_bytes(tmp_path, text.encode("utf-8"), doc_path(doc).name,
                       agency=e.agency, genre=e.genre, period=e.period, title=e.title)

    def facts(extraction):
        return Counter((f.kind, normalise_width(f.unit), f.value, f.period.slug, f.passage.line_start,
                        normalise_width(f.indicator), f.operator, f.relative_to and f.relative_to.slug,
                        f.program is None)
                       for f in extraction.facts)

    assert facts(x) == facts(extractions[doc])
    assert sorted(normalise_width(p.label) for p in x.programs) == \
        sorted(normalise_width(p.label) for p in extractions[doc].programs)


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    import twpolice.converters.text as text

    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(text.InputError):
        text.read_source(path, max_bytes=1024)


def test_fifty_megabyte_file_is_refused_cleanly(tmp_path):
    """Real plans and reports are a few hundred kB; 50 MB is refused before it is read."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(UserError) as err:
        convert_file(path)
    assert "52,428,800" in err.value.zh and "over the limit" in err.value.en


def test_large_file_converts_without_error(tmp_path):
    """A multi-megabyte report (the bundled one repeated) converts without error."""
    chunk = doc_path("001").read_bytes()
    path = tmp_path / "large.txt"
    with path.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(chunk) // 20):  # ~2.5 MB keeps the suite fast
            fh.write(chunk)
    x = convert_file(path, agency="kaohsiung-police", genre="council-report", period="112H1")
    assert len(x.facts) > 1000


_ALPHABET = string.digits + "年月日至底同期本期較增加減少件人％%，。、：()（）一二三壹貳(1)1.\n\t 萬億千元場次" + "破獲率發生數警察局高雄市政府"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_ALPHABET, max_size=400))
def test_random_text_never_crashes_convert(text):
    source = decode(("高雄市政府警察局111年度施政績效成果報告\n" + text).encode("utf-8"), "fuzz.txt")
    try:
        x = convert_source(source)
    except UserError as err:
        assert err.zh and err.en
        return
    for f in x.facts:
        assert f.passage.quote in "\n".join(source.lines[f.passage.line_start - 1:f.passage.line_end])


def test_untitled_excerpt_with_crime_statistics_converts(tmp_path):
    """A report excerpt: no title, one city named in the text, figures about one year."""
    text = ("本市112年全般刑案發生數12,345件，破獲12,000件，破獲率97.21%，較111年減少230件。\n"
            "112年查獲毒品案件1,200件、1,350人。臺中市112年詐欺犯罪發生3,000件，破獲率85.5%。\n"
            "臺中市政府持續推動治安維護工作，維護臺中市民安全。\n")
    x = _convert_bytes(tmp_path, text.encode("utf-8"))
    assert x.document.agency == "taichung-police" and x.document.genre == "performance-report"
    facts = {(f.indicator, f.value, f.kind, f.period.slug) for f in x.facts}
    assert ("全般刑案破獲率", Decimal("97.21"), "actual", "2023") in facts
    # a change is of the figure of its unit printed just before it (破獲12,000件), as annotators of such reports read it
    assert ("全般刑案破獲數", Decimal("-230"), "change", "2023") in facts
    assert ("詐欺犯罪破獲率", Decimal("85.5"), "actual", "2023") in facts


def test_excerpt_naming_two_cities_equally_is_refused(tmp_path):
    text = "臺中市與臺南市112年查獲毒品案件1,200件、1,350人，破獲率85.5%，取締酒駕300件。\n臺中市、臺南市、臺中市、臺南市\n"
    with pytest.raises(UserError, match="--agency"):
        _convert_bytes(tmp_path, text.encode("utf-8"))
