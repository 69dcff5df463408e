"""Reading inputs: encodings, line endings, refusals (converters.text)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twpolice.converters.text import InputError, SourceText, decode, read_source

from twpolice.normalise import normalise_width

DOCS = sorted((Path(__file__).resolve().parent.parent / "documents").glob("*.txt"))
SENTENCE = "本期發生A1類交通事故77件、死亡80人，攔阻受騙款項金額達新臺幣(以下同) 3億8,112萬8,306元"


def test_utf8_lines_are_one_based_and_exact() -> None:
    src = decode("第一行\n第二行：10,182件\n".encode(), "a.txt")
    assert src.encoding == "utf-8" and not src.had_bom and not src.crlf
    assert src.lines == ["第一行", "第二行：10,182件"]
    assert src.line(2) == "第二行：10,182件" and src.line_count == 2
    assert src.span(1, 2) == "第一行\n第二行：10,182件"
    with pytest.raises(IndexError):
        src.line(0)
    with pytest.raises(IndexError):
        src.line(3)


def test_bom_is_stripped_and_recorded() -> None:
    data = b"\xef\xbb\xbf" + SENTENCE.encode()
    src = decode(data)
    assert src.had_bom and src.text == SENTENCE and src.lines == [SENTENCE]
    assert src.sha256 == hashlib.sha256(data).hexdigest()  # of the bytes as received, BOM included


def test_crlf_and_lone_cr_are_normalised() -> None:
    src = decode("甲\r\n乙\r\n\r\n丙".encode())
    assert src.crlf and src.lines == ["甲", "乙", "", "丙"] and "\r" not in src.text
    old_mac = decode("甲\r乙\r".encode())
    assert old_mac.lines == ["甲", "乙"] and not old_mac.crlf


def test_form_feed_does_not_split_lines() -> None:
    # str.splitlines() would split here and shift every later line number.
    src = decode("頁一\x0c頁二\n下一行\n".encode())
    assert src.lines == ["頁一\x0c頁二", "下一行"]


def test_big5_sentence_decodes_exactly() -> None:
    src = decode(SENTENCE.encode("cp950"), "big5.txt")
    assert src.encoding == "cp950" and src.text == SENTENCE


def test_big5hkscs_fallback() -> None:
    text = "香港增補字符集：㗎"  # 㗎 is in Big5-HKSCS but not in CP950
    with pytest.raises(UnicodeEncodeError):
        text.encode("cp950")
    src = decode(text.encode("big5hkscs"))
    assert src.encoding == "big5hkscs" and src.text == text


def test_utf16_with_bom() -> None:
    src = decode(b"\xff\xfe" + "警政\r\n".encode("utf-16-le"))
    assert src.encoding == "utf-16" and src.lines == ["警政"]


@pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n", b"\xef\xbb\xbf", "\u3000\u3000\n".encode()])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as exc:
        decode(data, "e.txt")
    assert exc.value.code == "empty"
    assert "空" in str(exc.value) and "empty" in exc.value.en


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(InputError) as exc:
        decode("警政".encode() + b"\x00\x01abc")
    assert exc.value.code == "binary" and "NUL" in exc.value.en


def test_many_control_characters_are_binary() -> None:
    data = bytes(range(1, 9)) * 20 + "警政".encode()
    with pytest.raises(InputError) as exc:
        decode(data)
    assert exc.value.code == "binary"


def test_a_few_control_characters_are_tolerated() -> None:
    text = SENTENCE * 20 + "\x1b"
    assert decode(text.encode()).text == text


def test_pdf_is_refused_with_advice() -> None:
    with pytest.raises(InputError) as exc:
        decode(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "report.pdf")
    err = exc.value
    assert err.code == "pdf" and isinstance(err, ValueError)
    assert str(err) == err.zh and "PDF" in err.zh and "「report.pdf」" in err.zh
    assert "extract its text first" in err.en and "\n" not in err.en


def test_docx_is_refused_as_docx() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(InputError) as exc:
        decode(buf.getvalue(), "plan.docx")
    assert exc.value.code == "docx" and "DOCX" in exc.value.en


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(InputError) as exc:
        decode(b"abc \xff\xff\xff\xfe\x80\x80 def")
    assert exc.value.code == "encoding" and "UTF-8" in exc.value.en


def test_decode_limit() -> None:
    with pytest.raises(InputError) as exc:
        decode(b"x" * 100, max_bytes=10)
    assert exc.value.code == "too-large"


def test_read_source_refuses_large_file_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes("警政".encode() * 100)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened although it is over the limit")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(InputError) as exc:
        read_source(p, max_bytes=50)
    assert exc.value.code == "too-large" and "600" in exc.value.en


def test_read_source_reads_within_limit(tmp_path: Path) -> None:
    p = tmp_path / "ok.txt"
    p.write_bytes(SENTENCE.encode("cp950"))
    src = read_source(p, max_bytes=1000)
    assert isinstance(src, SourceText) and src.text == SENTENCE and src.name == "ok.txt"


def test_read_source_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_source(tmp_path / "nope.txt")
    assert exc.value.code == "unreadable"
    with pytest.raises(InputError):
        read_source(tmp_path)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name[:3])
def test_real_documents_decode(path: Path) -> None:
    src = read_source(path)
    data = path.read_bytes()
    assert src.encoding == "utf-8" and src.sha256 == hashlib.sha256(data).hexdigest()
    assert len(src.lines) == src.text.count("\n") + (0 if src.text.endswith("\n") else 1)
    assert all("\n" not in line and "\r" not in line for line in src.lines)


def test_normalize_width_examples() -> None:
    assert normalise_width("１２３（以下同）１０，１８２．５％：Ａｂ\u3000") == "123(以下同)10,182.5%:Ab "
    assert normalise_width("⾼雄市") == "高雄市"  # Kangxi radical from PDF extraction
    assert normalise_width("破獲率103.5％") == "破獲率103.5%"


@given(st.text())
def test_normalize_width_is_one_to_one(s: str) -> None:
    out = normalise_width(s)
    assert len(out) == len(s)
    assert normalise_width(out) == out  # idempotent


@given(st.text(st.characters(exclude_categories=("Cs",)), min_size=1).filter(lambda t: t.strip() and not t.startswith("\ufeff")))
def test_decode_round_trips_utf8_text(s: str) -> None:
    try:
        src = decode(s.encode("utf-8"))
    except InputError as exc:
        assert exc.code in ("binary", "pdf", "docx")  # control-heavy or magic-looking text only
        return
    assert src.encoding == "utf-8"
    assert src.text == s.replace("\r\n", "\n").replace("\r", "\n")
