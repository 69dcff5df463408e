"""Issue 15, must show: every bundled document converted from its text and from DOCX (headings typed, and
numbered by automatic lists), ODT (the same two ways) and PDF versions of it
gives the same facts (value, kind, unit, period, indicator), the native ones with page or cell provenance that
points at the figure in the file; every difference is listed and explained below (at most 2% per document); and
the dev corpus scorer gives the same figures on the corpus turned into DOCX, ODT and PDF as on its text.

The fixtures are built here (``nativedocs``): the text read into paragraphs and real tables, then written by
python-docx, odfpy and reportlab (a TrueType CJK font with a ToUnicode map, running header and footer, tables
over page breaks with the header repeated, a row cut by a page break, tables without rules).
"""

from __future__ import annotations

import csv
import hashlib
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from odf import teletype
from odf.opendocument import load
from odf.text import P

from conftest import DOCUMENTS, ROOT
from nativedocs import model_of, native_versions, title_of, to_docx, to_odt, to_pdf
from twpolice.converters.cells import _clause_after, _clause_before, _context
from twpolice.converters.pipeline import convert_file
from twpolice.graph.export import serialize_extraction
from twpolice.graph.store import GraphStore
from test_unreadable_documents import scanned_pdf

FORMATS = ("docx", "docx-numbered", "odt", "odt-numbered", "pdf")  # -numbered: headings numbered by lists
MAX_SHARE = 0.02

# What differs, and why. Key: (value, kind, unit, period, indicator); "-" only from the text, "+" only native.
_CUT_ROWS = ("002's text extraction cut table rows at page breaks (「…111年」|「度預算編列…」, 「保安警」|「察大隊…」); "
             "the native table has each cell whole, so the figure's name is read from the whole sentence")
_CELL_ORDER = ("two 0 千元 budgets share a cell; which one gets the telling word 「中央」 added depends on the order "
               "of the rows, which the cut rows above change")
EXPECTED: dict[str, list[tuple[str, tuple[str, ...], tuple[str, str, str, str, str], str]]] = {
    "000": [
        ("+", ("pdf",), ("310000", "actual", "元", "2022", "協助調度挹注金額（新興分局建物保存登記費及高壓電機冷氣房設備汰換案）"),
         "the text extraction broke 「…汰換案31」|「萬餘元。」 into two lines of the cell; in the PDF the first line "
         "fills the cell's width, so the reader reads one sentence (31萬餘元) as a reader of the page does; as an item "
         "listed under 「…協助調度挹注共計10案，金額約269萬餘元，計有如下：」 it is a part of that money"),
    ],
    "002": [
        ("-", FORMATS, ("6400", "target", "人", "2022", "助隊間之交流學習補助人數"), _CUT_ROWS),
        ("+", FORMATS, ("6400", "target", "人", "2022", "補助人數"), _CUT_ROWS),
        ("-", FORMATS, ("8", "target", "小時", "2022", "每人每月訓練時數"), _CUT_ROWS),
        ("+", FORMATS, ("8", "target", "小時", "2022", "術科每人每月訓練時數"), _CUT_ROWS),
        ("-", FORMATS, ("0", "budget", "千元", "2022", "預算金額（中央）"), _CELL_ORDER),
        ("+", FORMATS, ("0", "budget", "千元", "2022", "預算金額"), _CELL_ORDER),
    ],
}

_LINE_SUFFIX = re.compile(r"（第\d+行之\d+）$")


def base_indicator(fact) -> str:
    """The indicator without the words :func:`~twpolice.converters.cells.keep_cells_unique` adds to tell apart
    two values of one cell: a line number (which differs between layouts) or the words before or after the
    figure. Which of the two values gets them depends on their order, not on what they are."""
    name = _LINE_SUFFIX.sub("", fact.indicator)
    for context in (_context(fact), _clause_before(fact), _clause_after(fact)):
        if context and name.endswith(f"（{context}）"):
            return name[: -len(context) - 2]
    return name


def fact_key(fact) -> tuple[str, str, str, str, str]:
    return (str(fact.value), fact.kind, fact.unit, fact.period.slug, base_indicator(fact))


@pytest.fixture(scope="module")
def native_files(tmp_path_factory, manifest):
    """Each bundled document as DOCX, ODT and PDF, written once."""
    folder = tmp_path_factory.mktemp("native")
    files: dict[tuple[str, str], Path] = {}
    for key, entry in manifest.items():
        for fmt, data in native_versions((DOCUMENTS / entry.file).read_text(encoding="utf-8")).items():
            path = folder / f"{key}.{fmt}"
            path.write_bytes(data)
            files[(key, fmt)] = path
    return files


@pytest.fixture(scope="module")
def native_extractions(native_files, manifest):
    return {(key, fmt): convert_file(path, agency=manifest[key].agency, genre=manifest[key].genre,
                                     period=manifest[key].period, title=manifest[key].title)
            for (key, fmt), path in native_files.items()}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_native_formats_give_the_same_facts_as_the_text(doc, fmt, extractions, native_extractions):
    text = Counter(fact_key(f) for f in extractions[doc].facts)
    native = Counter(fact_key(f) for f in native_extractions[(doc, fmt)].facts)
    got = {("-", k) for k in text - native} | {("+", k) for k in native - text}
    expected = {(side, k) for side, formats, k, _ in EXPECTED.get(doc, []) if fmt in formats}
    assert got == expected, f"unexplained: {sorted(got - expected)}; no longer differing: {sorted(expected - got)}"
    differing = max(sum((text - native).values()), sum((native - text).values()))  # facts read differently
    assert differing <= MAX_SHARE * sum(text.values())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_every_native_passage_says_where_it_is(doc, fmt, native_extractions, native_files):
    """Every fact's passage has its page (PDF) or paragraph/cell locator (DOCX, ODT), the document its file's hash."""
    x = native_extractions[(doc, fmt)]
    assert x.document.sha256 == hashlib.sha256(native_files[(doc, fmt)].read_bytes()).hexdigest()
    for fact in x.facts:
        p = fact.passage
        if fmt == "pdf":
            assert p.page is not None and p.page >= 1, fact
        else:
            assert p.page is None and re.fullmatch(r"paragraph=\d+|table=\d+;row=\d+(;cell=\d+)?", p.locator), fact


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("doc", ["001", "002", "003", "004"])
def test_a_docx_locator_points_at_the_figure(doc, native_extractions, native_files):
    """Read the DOCX again with python-docx: the paragraph or cell each locator names prints the figure."""
    d = Document(str(native_files[(doc, "docx")]))
    cells = 0
    for fact in native_extractions[(doc, "docx")].facts:
        parts = dict(kv.split("=") for kv in fact.passage.locator.split(";"))
        if "paragraph" in parts:
            text = d.paragraphs[int(parts["paragraph"]) - 1].text
        else:
            row = d.tables[int(parts["table"]) - 1].rows[int(parts["row"]) - 1]
            text = row.cells[int(parts["cell"]) - 1].text if "cell" in parts else " ".join(c.text for c in row.cells)
            cells += "cell" in parts
        assert _squeeze(fact.value_text) in _squeeze(text), (fact.passage.locator, fact.value_text, text[:200])
    if doc in ("001", "002", "003"):
        assert cells > 20  # table figures are placed in their cell, not just their row (003: a KPI row's 85% each year)


@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_a_pdf_page_prints_the_figure(doc, native_extractions, native_files):
    """Read the PDF again with pdfplumber: the page each passage names prints the figure (or, for a sentence
    run over a page break, the page after it). A page's text is its characters in the order they are drawn
    (a table's text in reading order interleaves the lines of its cells)."""
    with pdfplumber.open(native_files[(doc, "pdf")]) as pdf:
        pages = [_squeeze("".join(c["text"] for c in page.chars)) for page in pdf.pages]
    for fact in native_extractions[(doc, "pdf")].facts:
        page = fact.passage.page
        printed = _squeeze(fact.value_text)
        assert printed in pages[page - 1] or printed in "".join(pages[page - 1:page + 1]), (page, fact.value_text)


# ------------------------------------------------------------------ the dev corpus scorer

def _scorer() -> Path | None:
    """``../shared/eval/score.py`` beside the checkout (or beside the folder of worktrees holding it)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "eval" / "score.py").exists():
            return base / "shared" / "eval"
    return None


def _score(eval_dir: Path, csv_dir: Path) -> str:
    done = subprocess.run([sys.executable, str(eval_dir / "score.py"), "--csv-dir", str(csv_dir)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _as(fmt: str, text: str, blocks) -> bytes:
    """One excerpt in one format: the text itself, or the DOCX/ODT/PDF the fixtures build from its blocks."""
    if fmt == "text":
        return text.encode("utf-8")
    if fmt.startswith(("docx", "odt")):
        return (to_docx if fmt.startswith("docx") else to_odt)(blocks, numbered=fmt.endswith("-numbered"))
    return to_pdf(blocks, title_of(text))[0]


def test_the_dev_corpus_scores_the_same_from_docx_odt_and_pdf(tmp_path):
    eval_dir = _scorer()
    if eval_dir is None:
        pytest.skip("no shared eval corpus beside this checkout")
    corpus = eval_dir / "dev"
    meta = {r["file"]: r for r in csv.DictReader((corpus / "metadata.tsv").open(encoding="utf-8"), delimiter="\t")}
    outputs = {}
    for fmt in ("text", *FORMATS):
        out = tmp_path / fmt
        out.mkdir()
        for name, row in sorted(meta.items()):
            text = (corpus / "texts" / name).read_text(encoding="utf-8")
            blocks = model_of(text)
            data = _as(fmt, text, blocks)
            source = out / name  # the same name (.txt) whatever the format: it is told by content
            source.write_bytes(data)
            x = convert_file(source, agency=row["agency"] or None, genre=row["genre"] or None,
                             period=row["period"] or None)
            (out / f"{name}.csv").write_bytes(serialize_extraction(x, "csv"))  # what `convert --format csv` writes
        outputs[fmt] = _score(eval_dir, out)
    summary = outputs["text"].strip().splitlines()[-1]
    assert summary.startswith("precision") and "recall" in summary
    for fmt in FORMATS:
        assert outputs[fmt] == outputs["text"], f"{fmt}:\n{outputs[fmt]}\ntext:\n{outputs['text']}"


# ------------------------------------------------------------------ build from a manifest naming native files

def _twpolice(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "twpolice.cli", *args], capture_output=True, text=True, timeout=600,
                          env={"TWPOLICE_LANG": "zh-Hant", "PATH": "/usr/bin:/bin", "HOME": str(Path.home()),
                               "COLUMNS": "400"})  # the build report is a table: wide enough for one line a row


def test_build_reads_the_formats_a_manifest_names(tmp_path, native_files, manifest):
    """`twpolice build` over PDF, DOCX and ODT entries (and one scanned PDF, which fails alone); the exported CSV
    gives page and locator; the documents' hashes are of the files; a second build changes nothing."""


    folder = tmp_path / "documents"
    folder.mkdir()
    entries = {"002": "pdf", "003": "docx", "004": "odt"}
    lines = ["version = 1"]
    for key, fmt in entries.items():
        name = f"{manifest[key].file[:-4]}.{fmt}"
        (folder / name).write_bytes(native_files[(key, fmt)].read_bytes())
        lines.append(f'[[document]]\nfile = "{name}"')
        for field in ("agency", "genre", "period", "title"):
            if getattr(manifest[key], field):
                lines.append(f'{field} = "{getattr(manifest[key], field)}"')
    (folder / "scan.pdf").write_bytes(scanned_pdf())
    lines.append('[[document]]\nfile = "scan.pdf"\nagency = "tainan-police"\ngenre = "plan"\nperiod = "111"')
    (folder / "manifest.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = tmp_path / "store"

    built = _twpolice("build", "--documents", str(folder), "--store", str(store))
    assert built.returncode == 1, built.stderr  # one document failed
    assert "scan.pdf" in built.stdout + built.stderr and "沒有文字層" in built.stdout + built.stderr
    exported = _twpolice("export", "measurements", "--store", str(store), "-o", str(tmp_path / "m.csv"))
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader((tmp_path / "m.csv").open(encoding="utf-8-sig")))
    by_file = Counter(r["source_file"] for r in rows)
    assert set(by_file) == {f"{manifest[k].file[:-4]}.{fmt}" for k, fmt in entries.items()}
    for r in rows:
        if r["source_file"].endswith(".pdf"):
            assert r["page"].isdigit() and int(r["page"]) >= 1
        else:
            assert r["page"] == "" and re.fullmatch(r"paragraph=\d+|table=\d+;row=\d+(;cell=\d+)?", r["locator"])
    assert any(r["locator"].startswith("table=") and ";cell=" in r["locator"] for r in rows)


    gs = GraphStore(store)
    hashes = {sol["file"].value: sol["sha"].value for sol in gs.query(
        "SELECT ?file ?sha WHERE { ?d twp:sourceFile ?file ; twp:sha256 ?sha }")}
    for name, sha in hashes.items():
        assert sha == hashlib.sha256((folder / name).read_bytes()).hexdigest()
    del gs
    again = _twpolice("build", "--documents", str(folder), "--store", str(store))
    assert again.stdout.count("未變更") == 3, again.stdout


def test_the_numbered_fixtures_keep_their_markers_out_of_the_text(native_files, native_extractions):
    """In the -numbered versions the markers (壹、 一、 (一)) are in list definitions, not in the paragraphs, so the
    outline the converters read (programs) comes from the readers' numbering."""
    typed = [p.text for p in Document(str(native_files[("003", "docx")])).paragraphs]
    numbered = [p.text for p in Document(str(native_files[("003", "docx-numbered")])).paragraphs]
    assert "壹、使命及願景" in typed and "壹、使命及願景" not in numbered and "使命及願景" in numbered
    odt = [teletype.extractText(p) for p in load(str(native_files[("003", "odt-numbered")])).text.getElementsByType(P)]
    assert "壹、使命及願景" not in odt and "使命及願景" in odt
    for fmt in ("docx-numbered", "odt-numbered"):
        labels = [p.label for p in native_extractions[("003", fmt)].programs]
        assert labels == [p.label for p in native_extractions[("003", "docx")].programs] and len(labels) > 10
