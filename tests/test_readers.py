"""The readers of native formats (issue 15): DOCX, ODT and PDF read into the lines the converters read, tables as
tables, each line knowing its page, paragraph or table cell; the format told by content, not by name."""

from __future__ import annotations

import hashlib
import io

import pytest
from docx import Document
from docx.oxml import parse_xml
from odf import teletype
from odf.opendocument import OpenDocumentText
from odf.style import ListLevelProperties
from odf.text import List, ListItem, ListLevelStyleNumber, ListStyle, P
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from nativedocs import FONT_FILE, TableSpec, to_docx, to_odt, to_pdf
from twpolice.converters.readers import decode_document, read_document, sniff_format
from twpolice.converters.readers.layout import NativeSource

# a table with a two-line header (年度目標值 spans 111 and 112) and a key cell merged over two rows
KPI = TableSpec(
    rows=[["指標", "年度目標值", "", "單位"],
          ["", "111", "112", ""],
          ["全般刑案破獲率", "80", "81", "%"],
          ["", "82", "83", "%"],
          ["詐欺案件查獲數", "1,200", "1,300", "件"]],
    header_rows=2,
    hspan={(0, 1): 2},
    vcont={(3, 0)},
)
KPI_LINES = ["指標\t年度目標值\t\t單位", "\t111\t112\t", "全般刑案破獲率\t80\t81\t%", "\t82\t83\t%",
             "詐欺案件查獲數\t1,200\t1,300\t件"]
BLOCKS = ["臺南市政府警察局111年度施政計畫", "", "壹、年度施政目標", KPI, "一、警政治安：提升破獲率。"]


@pytest.mark.parametrize("write", [to_docx, to_odt], ids=["docx", "odt"])
def test_office_tables_are_read_from_their_cells(write):
    """gridSpan / number-columns-spanned and vMerge / covered cells: one position per grid column, the covered
    ones empty, exactly the tab layout the table modules read (header span, merged key cell)."""
    data = write(BLOCKS)
    source = decode_document(data, "plan.bin")
    assert isinstance(source, NativeSource)
    assert source.lines == ["臺南市政府警察局111年度施政計畫", "", "壹、年度施政目標", *KPI_LINES, "一、警政治安：提升破獲率。"]
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.location(1).locator() == "paragraph=1"
    assert source.location(3).locator() == "paragraph=3"
    assert source.location(9).locator() == "paragraph=4"  # the paragraph after the table: tables are not counted
    row = source.location(6)
    assert (row.table, row.row, row.cells) == (1, 3, (1, 2, 3, 4))
    assert row.locator(2) == "table=1;row=3;cell=2"


def test_the_format_is_told_by_content_not_by_name(tmp_path):
    docx = tmp_path / "report.txt"
    docx.write_bytes(to_docx(BLOCKS))
    text = tmp_path / "report.pdf"
    text.write_text("臺南市政府警察局111年度施政計畫\n", encoding="utf-8")
    assert isinstance(read_document(docx), NativeSource) and read_document(docx).lines[2] == "壹、年度施政目標"
    assert not isinstance(read_document(text), NativeSource)
    assert sniff_format(to_odt(BLOCKS)) == "odt" and sniff_format(b"%PDF-1.7\n") == "pdf"


# ------------------------------------------------------------------ PDF

FILLER = "本局持續推動社區治安工作，結合民力強化守望相助，落實各項勤務作為，提升民眾安全感。"
CUT_SENTENCE = ("本期查獲毒品案件共計1,392件，較去年同期增加12.5%，其中製造、運輸及販賣毒品者計218人，"
                "另查獲詐欺車手集團52個，移送法辦共計1,048人，攔阻民眾遭詐款項新臺幣2億3,561萬元。")


LONG_CELL = "。".join(f"第{i}項工作持續辦理並按月追蹤列管執行進度" for i in range(1, 121)) + "。"  # taller than a page


def _pdf_blocks(fillers: int) -> list:
    """Prose, a paragraph that the first page break cuts (with the right number of ``fillers`` before it), a
    ruled table of 71 rows over several pages (header repeated) with a row taller than a page, and a table
    without ruling lines."""
    rows = [["項目", "目標值", "說明"]] + [[f"工作項目{i}", f"{i * 10}", "按季檢討"] for i in range(1, 71)]
    rows.insert(40, ["長期項目", "999", LONG_CELL])
    blocks: list = ["臺中市政府警察局112年度施政計畫", "壹、施政重點"]
    blocks += [f"{k}.{FILLER}" for k in range(1, fillers + 1)]
    blocks += [CUT_SENTENCE]
    blocks += [TableSpec(rows)]
    blocks += ["貳、風險等級", TableSpec([["等級", "可能性", "詳細描述"], ["3", "非常可能", "1年內大部分情況下會發生"],
                                         ["2", "可能", "1年內有些情況下會發生"], ["1", "不太可能", "1年內只有在少數情況下會發生"]])]
    return blocks


@pytest.fixture(scope="module")
def pdf_source():
    for fillers in range(15, 40):  # as many paragraphs before it as put the sentence across the first page break
        data, layout = to_pdf(_pdf_blocks(fillers), "臺中市政府警察局112年度施政計畫")
        if CUT_SENTENCE in layout.split_paragraphs:
            return data, layout, decode_document(data, "plan.pdf")
    raise AssertionError("no filler count puts the sentence across a page break")


def test_the_fixture_pdf_has_what_the_reader_must_undo(pdf_source):
    _, layout, _ = pdf_source
    assert CUT_SENTENCE in layout.split_paragraphs  # the sentence really runs over a page break
    assert layout.split_tables >= 1 and layout.split_rows >= 1 and layout.unruled_tables == 1
    assert layout.pages >= 4


def test_running_headers_footers_and_page_numbers_are_not_text(pdf_source):
    _, layout, source = pdf_source
    assert source.lines.count("臺中市政府警察局112年度施政計畫") == 1  # the title, not the header of pages 2..n
    assert not [ln for ln in source.lines if "頁" in ln]


def test_a_sentence_cut_by_a_page_break_is_one_line(pdf_source):
    _, _, source = pdf_source
    no = source.lines.index(CUT_SENTENCE) + 1
    where = source.location(no)
    assert (where.page, where.page_end) == (1, 2)


def test_a_table_over_three_pages_is_one_table_with_one_header(pdf_source):
    _, _, source = pdf_source
    table = [ln for ln in source.lines if ln.count("\t") == 2 and not ln.startswith(("等級", "3\t", "2\t", "1\t"))]
    assert table[0] == "項目\t目標值\t說明"
    assert table.count("項目\t目標值\t說明") == 1
    items = [ln.split("\t")[0] for ln in table[1:]]
    assert items == [f"工作項目{i}" for i in range(1, 40)] + ["長期項目"] + [f"工作項目{i}" for i in range(40, 71)]
    first = source.location(source.lines.index(table[1]) + 1)
    last = source.location(source.lines.index(table[-1]) + 1)
    assert first.table == last.table == 1 and last.row == 72 and last.page > first.page


def test_a_row_cut_by_a_page_break_is_one_row(pdf_source):
    _, _, source = pdf_source
    row = next(ln for ln in source.lines if ln.startswith("長期項目\t"))
    assert row.split("\t")[2] == LONG_CELL


def test_a_table_without_ruling_lines_is_read_by_column_alignment(pdf_source):
    _, _, source = pdf_source
    at = source.lines.index("等級\t可能性\t詳細描述")
    assert source.lines[at + 1:at + 4] == ["3\t非常可能\t1年內大部分情況下會發生", "2\t可能\t1年內有些情況下會發生",
                                           "1\t不太可能\t1年內只有在少數情況下會發生"]
    assert source.location(at + 1).table == 2


def test_a_line_printed_twice_over_itself_is_read_once():
    """Bold made by drawing the text twice, a hair apart (as some PDF writers do), is one line of text."""


    if "TWPZenHei" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TWPZenHei", str(FONT_FILE), subfontIndex=0))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("TWPZenHei", 14)
    for dx in (0, 0.3):
        c.drawString(72 + dx, 760, "壹、年度施政目標")
    c.setFont("TWPZenHei", 10.5)
    c.drawString(72, 730, "一、本年度查獲毒品案件目標值為1,400件。")
    c.showPage()
    c.save()
    assert decode_document(buf.getvalue(), "bold.pdf").lines == ["壹、年度施政目標", "一、本年度查獲毒品案件目標值為1,400件。"]


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbered_docx() -> bytes:
    """Three list levels (一、 （一） 1.), a second list instance that starts again at 5, a style that numbers
    its paragraphs, a bullet, and a table of contents."""


    doc = Document()
    root = doc.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate([("taiwaneseCountingThousand", "%1、"), ("taiwaneseCountingThousand", "（%2）"),
                                         ("decimal", "%3."), ("bullet", "●")]))
    root.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="90">{levels}</w:abstractNum>'))
    root.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                          f'<w:numFmt w:val="ideographLegalTraditional"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'))
    root.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    root.append(parse_xml(f'<w:num {W} w:numId="92"><w:abstractNumId w:val="90"/><w:lvlOverride w:ilvl="2">'
                          f'<w:startOverride w:val="5"/></w:lvlOverride></w:num>'))
    root.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    styles = doc.styles.element
    styles.append(parse_xml(f'<w:style {W} w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/>'
                            f'<w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr></w:style>'))
    styles.append(parse_xml(f'<w:style {W} w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'))
    body = doc.element.body

    def para(text: str, num: str | None = None, ilvl: int = 0, style: str | None = None) -> None:
        ppr = ""
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
        body.insert(len(body) - 1, parse_xml(f'<w:p {W}><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'))

    para("目錄", style="TOC1")
    body.insert(len(body) - 1, parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
        f'<w:sdtContent><w:p><w:r><w:t>壹、年度施政目標 ........ 3</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    para("年度施政目標", style="Chapter")
    for text, ilvl in [("警政治安", 0), ("營造安全城市", 1), ("加強肅槍", 2), ("查緝毒品", 2), ("交通安全", 1),
                       ("取締酒駕", 2), ("宣導", 3), ("為民服務", 0), ("便民措施", 1)]:
        para(text, "90", ilvl)
    para("再起一項", "92", 2)
    para("預算", style="Chapter")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_word_list_numbers_are_printed_before_the_text():
    lines = [ln for ln in decode_document(_numbered_docx(), "numbered.docx").lines if ln]
    assert lines == ["壹、年度施政目標", "一、警政治安", "（一）營造安全城市", "1.加強肅槍", "2.查緝毒品", "（二）交通安全",
                     "1.取締酒駕", "宣導", "二、為民服務", "（一）便民措施", "5.再起一項", "貳、預算"]


def _numbered_odt() -> bytes:
    """A list style of two levels (一、 and （一）), nested lists, a list continuing the one before it, and one
    item whose number is set (start-value)."""


    doc = OpenDocumentText()
    style = ListStyle(name="Outline")
    for level, (fmt, prefix, suffix) in enumerate([("一, 二, 三, ...", "", "、"), ("一, 二, 三, ...", "（", "）"),
                                                   ("1", "", ".")], start=1):
        el = ListLevelStyleNumber(level=level, numformat=fmt, numprefix=prefix, numsuffix=suffix)
        el.addElement(ListLevelProperties())
        style.addElement(el)
    doc.automaticstyles.addElement(style)

    def item(text: str, inner: List | None = None, **kw) -> ListItem:
        it = ListItem(**kw)
        p = P()
        teletype.addTextToElement(p, text)
        it.addElement(p)
        if inner is not None:
            it.addElement(inner)
        return it

    first = List(stylename="Outline")
    sub = List()
    sub.addElement(item("營造安全城市"))
    sub.addElement(item("交通安全", List()))
    first.addElement(item("警政治安", sub))
    doc.text.addElement(first)
    p = P()
    teletype.addTextToElement(p, "（本段不在清單中）")
    doc.text.addElement(p)
    going_on = List(stylename="Outline", continuenumbering="true")
    going_on.addElement(item("為民服務"))
    going_on.addElement(item("後勤", startvalue=5))
    doc.text.addElement(going_on)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def test_odt_list_numbers_are_printed_before_the_text():
    assert decode_document(_numbered_odt(), "numbered.odt").lines == [
        "一、警政治安", "（一）營造安全城市", "（二）交通安全", "（本段不在清單中）", "二、為民服務", "五、後勤"]
