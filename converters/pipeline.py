"""One entry point for every genre: read safely, settle the metadata, run the genre converter.

Metadata comes from the command line (or manifest) first, then from the
document's title lines; a document whose agency, genre or period cannot be
settled is refused with one line that says which option to pass.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from twpolice import __version__, registry, vocab
from twpolice.converters import detect
from twpolice.converters.cells import keep_cells_unique
from twpolice.converters.factkeys import assign_keys
from twpolice.converters.genres import CONVERTERS
from twpolice.converters.framing import frame_facts
from twpolice.converters.merge import merge_repeats
from twpolice.converters.outline import parse_heading
from twpolice.converters.units import canonical
from twpolice.converters.periods import parse_period_arg, roc_label
from twpolice.converters.readers import NativeSource, read_document
from twpolice.converters.readers.provenance import attach_provenance
from twpolice.converters.text import SourceText
from twpolice.errors import UserError
from twpolice.model import GENRES, DocumentMeta, Extraction

CONVERTER_VERSION = __version__

def _genre(value: str) -> str:
    """A genre slug, label or alias as genres.ttl names it (「施政計畫」, annual-plan)."""
    g = vocab.genre_named(value)
    if g not in GENRES:
        raise UserError(f"未知的文件類型：{value}（可用 {', '.join(GENRES)}）",
                        f"unknown genre: {value} (use one of {', '.join(GENRES)})")
    return g


def _agency(value: str) -> str:
    """A registry key as given, or any name the registry resolves."""
    try:
        return registry.get(value).key
    except registry.UnknownAgency:
        pass
    agency = registry.resolve(value)
    if agency is None:
        raise UserError(f"機關登錄中找不到「{value}」（可用代碼如 kaohsiung-police 或全名）",
                        f"agency {value!r} is not in the registry (use a key like kaohsiung-police or a known name)")
    return agency.key


def settle_metadata(source: SourceText, *, agency: str | None, genre: str | None, period: str | None,
                    title: str | None = None, issued: str | None = None) -> DocumentMeta:
    g = _genre(genre) if genre else detect.detect_genre(source.lines)
    if g is None:
        raise UserError("無法判斷文件類型，請以 --genre 指定（plan、midterm-plan、performance-report、council-report）",
                        "cannot tell the document's genre: pass --genre (plan, midterm-plan, performance-report, council-report)")
    a = _agency(agency) if agency else detect.detect_agency(source.lines, g)
    if a is None:
        raise UserError("文件未載明機關，請以 --agency 指定（例如 --agency 高雄市政府警察局）",
                        "the document names no agency: pass --agency (e.g. --agency kaohsiung-police)")
    if period:
        try:
            p = parse_period_arg(period)
        except ValueError as exc:
            raise UserError(f"無法解讀期間「{period}」：{exc}", f"cannot read period {period!r}: {exc}") from exc
    else:
        p = detect.detect_period(source.lines, g)
    if p is None:
        raise UserError("文件未載明期間，請以 --period 指定（例如 --period 111 或 2022）",
                        "the document states no period: pass --period (e.g. --period 111 or 2022)")
    if title is None:
        block = detect.title_block(source.lines)
        # a numbered first line (「拾參、警政」) is the chapter's heading, not the document's title
        if block and detect.genre_from_text(block[0][1]) and parse_heading(block[0][1]) is None:
            title = block[0][1]
    if title is None:
        when, what = roc_label(p).removeprefix("民國"), vocab.genre_label(g)
        if when.endswith("年") and what.startswith("年度"):
            when = when[:-1]  # 111年 + 年度施政計畫 → 111年度施政計畫
        title = f"{registry.get(a).name_zh}{when}{what}"
    issued_date = date.fromisoformat(issued) if issued else detect.detect_issued(source.lines)
    return DocumentMeta(agency=a, genre=g, period=p, title=title, source_file=source.name,
                        sha256=source.sha256, line_count=len(source.lines),
                        converter_version=CONVERTER_VERSION, issued=issued_date)


def convert_source(source: SourceText, *, agency: str | None = None, genre: str | None = None,
                   period: str | None = None, title: str | None = None, issued: str | None = None) -> Extraction:
    meta = settle_metadata(source, agency=agency, genre=genre, period=period, title=title, issued=issued)
    extraction = CONVERTERS[meta.genre](source, meta)
    for fact in extraction.facts:
        fact.unit = canonical(fact.unit)  # 「％」 and 「%」 are one unit
    frame_facts(extraction)  # subject, measure and shared indicator by meaning, before cells are told apart
    extraction.facts = merge_repeats(extraction.facts)  # a figure printed twice is one measurement
    keep_cells_unique(extraction.facts)
    if isinstance(source, NativeSource):
        attach_provenance(extraction, source)  # page, paragraph or table cell of the original file
    assign_keys(meta, extraction.facts)  # the names reviewers' decisions are filed under
    if not extraction.facts:
        raise UserError(f"在 {source.name} 中找不到任何{meta.genre}類型的數值；文件類型是否正確？",
                        f"no facts of a {meta.genre} found in {source.name}: is it a document of that genre?")
    return extraction


def read_source(path: Path) -> SourceText:
    """The document's text (text, PDF, DOCX or ODT, told by content); unreadable input is a UserError."""
    try:
        return read_document(Path(path))
    except FileNotFoundError as exc:
        raise UserError(f"找不到檔案：{path}", f"no such file: {path}") from exc
    except IsADirectoryError as exc:
        raise UserError(f"這是資料夾，不是檔案：{path}", f"is a directory, not a file: {path}") from exc


def convert_file(path: Path, **options) -> Extraction:
    return convert_source(read_source(path), **options)
