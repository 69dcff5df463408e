"""The ``twpolice`` command line: a thin layer over converters, graph, shapes and api.

Every command that fails on bad input prints one line (繁體中文 by default,
``--lang en`` or ``TWPOLICE_LANG=en`` for English) and exits with code 2.
"""

from __future__ import annotations

import ipaddress
import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from twpolice import __version__
from twpolice.errors import UserError
from twpolice.messages import current_lang
from twpolice.review.report import merge_lines, orphan_line, outcome_line

app = typer.Typer(
    help="twpolice：臺灣警察機關施政計畫與績效的鏈結開放資料 / Taiwan police plans and results as Linked Open Data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
export_app = typer.Typer(help="匯出資料 / Export data from the store.", no_args_is_help=True)
app.add_typer(export_app, name="export")

# Not a terminal (a pipe, a file, CI's log): never wrapped at 80 columns, so file names and agency keys stay whole
# and a table keeps its rows on one line each. A terminal keeps its own width (and $COLUMNS).
PIPE_WIDTH = 1000


def _console(stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    tty = stream.isatty()
    return Console(stderr=stderr, width=None if tty else PIPE_WIDTH, soft_wrap=not tty)


out = _console()
err = _console(stderr=True)

StoreOpt = typer.Option(None, "--store", help="資料庫路徑或遠端 SPARQL 網址 / store path or remote SPARQL store URL "
                        "(default: $TWPOLICE_STORE or the user data dir; credentials from $TWPOLICE_STORE_USER/"
                        "_PASSWORD or _TOKEN).")
LangOpt = typer.Option(None, "--lang", help="訊息語言 / message language: zh-Hant (default) or en.")


def _fail(exc: Exception, lang: str | None = None) -> None:
    if isinstance(exc, UserError):
        msg = exc.message(lang)
    else:
        msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    err.print(f"[red]錯誤 / error:[/red] {msg}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def _set_lang(lang: str | None) -> None:
    if lang:
        if lang not in ("zh-Hant", "en"):
            _fail(UserError(f"不支援的語言：{lang}（可用 zh-Hant、en）", f"unsupported language: {lang} (zh-Hant or en)"))
        os.environ["TWPOLICE_LANG"] = lang


def _store_spec(store: Optional[str]) -> str | Path:
    """A URL as given, else a path (``None``: $TWPOLICE_STORE or the default path, which may be a URL too)."""
    from twpolice.graph.backends import is_url
    from twpolice.graph.store import default_store_path

    if store is None:
        env = os.environ.get("TWPOLICE_STORE", "")
        return env if is_url(env) else default_store_path()
    return store if is_url(store) else Path(store).expanduser()


def _open_store(store: Optional[str], read_only: bool):
    """The embedded store at a path or a remote store at a URL; a problem is one line and exit 2."""
    from twpolice.graph.backends import open_store
    from twpolice.graph.store import StoreError

    try:
        return open_store(_store_spec(store), read_only=read_only)
    except (StoreError, UserError, OSError, ValueError) as exc:
        _fail(exc)


def _store_label(gs) -> str:
    return getattr(gs, "url", None) or str(gs.path)


@app.callback()
def main(version: bool = typer.Option(False, "--version", help="顯示版本 / show the version.")) -> None:
    if version:
        out.print(f"twpolice {__version__}")
        raise typer.Exit(0)


@app.command()
def build(
    documents: Optional[Path] = typer.Option(None, "--documents", help="文件資料夾（含 manifest.toml）/ folder with manifest.toml (default: the bundled documents)."),
    store: Optional[str] = StoreOpt,
    allow_invalid: bool = typer.Option(False, "--allow-invalid", help="不符合 core 規則的文件仍載入（附警告）/ load non-conforming documents with a warning."),
    lang: Optional[str] = LangOpt,
) -> None:
    """轉換 manifest 中每份文件並載入資料庫 / Convert every document in the manifest and load the store."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from twpolice.graph.build import build_store

    _set_lang(lang)
    gs = _open_store(store, read_only=False)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err,
                  transient=True) as bar:
        task = bar.add_task("轉換 converting", total=None)

        def progress(done: int, total: int, file: str) -> None:
            bar.update(task, completed=done, total=total, description=f"轉換 converting {file}")

        try:
            report = build_store(None, documents, allow_invalid=allow_invalid, progress=progress, store=gs)
        except (UserError, OSError, ValueError) as exc:
            _fail(exc)
    table = Table(title="twpolice build")
    for col in ("文件 document", "機關 agency", "三元組 triples", "量測值 measurements", "有共用指標 with shared",
                "主題不明 unknown subject", "狀態 status"):
        table.add_column(col, overflow="fold", justify="right" if col[0] in "三量有主" else "left")
    for row in report.rows:
        table.add_row(row.source_file, row.agency, f"{row.triples:,}", f"{row.measurements:,}", f"{row.shared:,}",
                      f"{row.unknown_subject:,}", row.status)
    out.print(table)
    lang = current_lang()
    out.print(f"資料庫 store: {report.store_path}", highlight=False, soft_wrap=True)
    out.print(f"{report.size.text(lang)} · {report.indicators.text(lang)}", highlight=False, soft_wrap=True)
    share = f"{report.shared / report.measurements:.1%}" if report.measurements else "-"
    out.print(f"量測值有共用指標 measurements with a shared indicator: {report.shared:,}/{report.measurements:,} ({share})"
              f" · 主題不明（twp:unmappedIndicator）unknown subject: {report.unknown_subject:,}"
              f" · 目標／實際配對 target-actual pairs: {report.pairs:,}", highlight=False, soft_wrap=True)
    outcomes = [r.outcome for r in report.rows if r.outcome is not None]
    reviewed = sum(o.confirmed + o.corrected + o.added for o in outcomes)
    out.print(f"已審閱 reviewed: {reviewed:,}/{report.measurements:,}"
              f" · 已剔除 rejected: {sum(o.rejected for o in outcomes):,}"
              f" · 找不到對應數值的審閱決定 orphaned review decisions: {len(report.orphans):,}",
              highlight=False, soft_wrap=True)
    for file, orphan in report.orphans:
        out.print(orphan_line(file, orphan, lang), highlight=False, soft_wrap=True, markup=False)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def query(
    sparql: str = typer.Argument(..., help="SPARQL 查詢（或 @檔案）/ SPARQL query text, or @file."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | csv | tsv | json"),
    store: Optional[str] = StoreOpt,
    lang: Optional[str] = LangOpt,
) -> None:
    """對資料庫執行 SPARQL 查詢 / Run a SPARQL query against the store."""
    from twpolice.graph.results import format_results, run_query

    _set_lang(lang)
    if sparql.startswith("@"):
        try:
            sparql = Path(sparql[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            _fail(UserError(f"無法讀取查詢檔：{exc}", f"cannot read query file: {exc}"))
    try:
        result = run_query(None, sparql, store=_open_store(store, read_only=True))
        text = format_results(result, fmt)
    except (UserError, OSError, ValueError, SyntaxError) as exc:
        _fail(exc)
    if fmt == "table":
        out.print(text)
    else:
        sys.stdout.write(text)


@app.command()
def info(store: Optional[str] = StoreOpt, lang: Optional[str] = LangOpt) -> None:
    """資料庫路徑、圖、數量與版本 / Store path, graphs, counts and versions."""
    import pyoxigraph
    import pyshacl
    import rdflib

    from twpolice.graph.store import StoreError
    from twpolice.graph.summary import indicator_count, store_size

    _set_lang(lang)
    out.print(f"twpolice {__version__} · pyoxigraph {pyoxigraph.__version__} · rdflib {rdflib.__version__} · pyshacl {pyshacl.__version__}")
    gs = _open_store(store, read_only=True)
    out.print(f"資料庫 store: {_store_label(gs)}", highlight=False, soft_wrap=True)
    if getattr(gs, "path", None) is not None:
        from twpolice.graph import generation

        stamp = generation.read(gs.path)
        if stamp is not None:
            state = "建置完成 ready" if stamp.ready else "建置中 building"
            out.print(f"資料版本 generation: {stamp.number} ({state}, {stamp.time})", highlight=False)
    try:
        counts = [(gs.count(g), g) for g in gs.graphs()]
        size = store_size(gs)
        indicators = indicator_count(gs.query)
    except (StoreError, UserError) as exc:
        _fail(exc)
    out.print("三元組 triples  具名圖 named graph")
    for n, g in counts:
        out.print(f"{n:>14,}  {g}", highlight=False, soft_wrap=True)
    out.print(f"{size.quads:>14,}  合計四元組 quads in all graphs", highlight=False)
    lang = current_lang()
    out.print(f"{size.text(lang)} · {indicators.text(lang)}", highlight=False, soft_wrap=True)


@app.command()
def convert(
    file: Path = typer.Argument(..., help="文件：純文字、PDF（文字層）、DOCX 或 ODT，依內容判斷 / the document: text, PDF (text layer), DOCX or ODT, told by content."),
    agency: Optional[str] = typer.Option(None, "--agency", help="機關代碼或名稱 / registry key or any Chinese name the registry knows."),
    genre: Optional[str] = typer.Option(None, "--genre", help="plan | midterm-plan | performance-report | council-report"),
    period: Optional[str] = typer.Option(None, "--period", help="民國或西元 / ROC (111, 107-110, 112H1) or ISO (2022, 2018--2021, 2023-H1)."),
    fmt: str = typer.Option("turtle", "--format", "-f", help="turtle | nt | jsonld | csv"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="輸出檔（預設標準輸出）/ output file (default stdout)."),
    corrections: Optional[Path] = typer.Option(None, "--corrections", help="審閱決定檔（預設 reviews/<文件名>.csv）/ review decisions (default: reviews/<document>.csv beside it)."),
    lang: Optional[str] = LangOpt,
) -> None:
    """將一份文件轉為 RDF 或 CSV（套用審閱決定）/ Convert one document to RDF or CSV (review decisions applied)."""
    from twpolice.graph.export import serialize_extraction
    from twpolice.review.document import convert_reviewed

    _set_lang(lang)
    if fmt not in ("turtle", "nt", "jsonld", "csv"):
        _fail(UserError(f"不支援的格式：{fmt}", f"unsupported format: {fmt}"))
    _check_output(output)
    try:
        reviewed = convert_reviewed(file, corrections, **_document_options(file, agency, genre, period))
        extraction = reviewed.extraction
        data = serialize_extraction(extraction, fmt)
    except (UserError, OSError, ValueError) as exc:
        _fail(exc)
    _write(data, output)
    for w in extraction.warnings:
        err.print(f"[yellow]警告 / warning:[/yellow] {w}", highlight=False)
    if reviewed.decisions:
        err.print(outcome_line(reviewed.outcome, current_lang()), highlight=False, soft_wrap=True, markup=False)
    for orphan in reviewed.outcome.orphans:
        err.print(orphan_line(file.name, orphan, current_lang()), highlight=False, soft_wrap=True, markup=False)


@app.command()
def review(
    document: Path = typer.Argument(..., help="文件（純文字、PDF、DOCX、ODT）/ the document (text, PDF, DOCX, ODT)."),
    out_file: Optional[Path] = typer.Option(None, "--out", "-o", help="審閱表 CSV（預設標準輸出）/ review sheet CSV (default stdout)."),
    only: Optional[str] = typer.Option(None, "--only", help="unreviewed（未審閱）| low-confidence（低信心）"),
    apply: Optional[Path] = typer.Option(None, "--apply", help="將填好的審閱表併入審閱決定檔 / merge a filled-in sheet into the corrections file."),
    reviewer: Optional[str] = typer.Option(None, "--reviewer", help="審閱者（填入審閱表中空白的 reviewer 欄）/ reviewer for rows that name none."),
    corrections: Optional[Path] = typer.Option(None, "--corrections", help="審閱決定檔（預設 reviews/<文件名>.csv）/ corrections file (default: reviews/<document>.csv beside it)."),
    agency: Optional[str] = typer.Option(None, "--agency", help="機關（預設取自同資料夾的 manifest.toml）/ agency (default: from the folder's manifest.toml)."),
    genre: Optional[str] = typer.Option(None, "--genre", help="plan | midterm-plan | performance-report | council-report"),
    period: Optional[str] = typer.Option(None, "--period", help="民國或西元 / ROC or ISO period."),
    store: Optional[str] = typer.Option(None, "--store", help="資料庫（有則以同機關其他文件的數值評估信心）/ store whose other documents of the agency inform the confidence (default: the default store, when built)."),
    lang: Optional[str] = LangOpt,
) -> None:
    """審閱表：每個數值與原文句子，最需要查核的在前；或以 --apply 併入審閱決定 /
    Review sheet: every fact beside its sentence, riskiest first; or merge a filled-in sheet with --apply."""
    from twpolice.csvformat import rows_to_csv
    from twpolice.review.document import convert_reviewed
    from twpolice.review.sheet import ONLY, SHEET_COLUMNS, SheetProblems, merge, read_sheet, sheet_table

    _set_lang(lang)
    language = current_lang()
    if only is not None and only not in ONLY:
        _fail(UserError(f"--only 須為 {' 或 '.join(ONLY)}", f"--only must be {' or '.join(ONLY)}"))
    if apply is not None and (out_file is not None or only is not None):
        _fail(UserError("--apply 不能與 --out 或 --only 同時使用", "--apply cannot be combined with --out or --only"))
    _check_output(out_file)
    try:
        doc = convert_reviewed(document, corrections, **_document_options(document, agency, genre, period))
        if apply is None:
            history = _review_history(store, doc.machine.document)
            data = rows_to_csv(sheet_table(doc, only, language, history), SHEET_COLUMNS)
        else:
            try:
                sheet = apply.read_bytes()
            except OSError as exc:
                raise UserError(f"無法讀取 {apply}：{exc.strerror}", f"cannot read {apply}: {exc.strerror}") from exc
            summary = merge(doc, read_sheet(sheet, apply.name, doc, reviewer))
    except SheetProblems as exc:
        for problem in exc.problems:
            err.print(f"[red]錯誤 / error:[/red] {problem.message()}", highlight=False, soft_wrap=True)
        err.print(f"審閱表有 {len(exc.problems):,} 個問題，審閱決定檔未變更" if language != "en" else
                  f"{len(exc.problems):,} problems in the sheet; the corrections file is unchanged",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except (UserError, OSError, ValueError) as exc:
        _fail(exc)
    for orphan in doc.outcome.orphans:
        err.print(orphan_line(document.name, orphan, language), highlight=False, soft_wrap=True, markup=False)
    if apply is not None:
        for line in merge_lines(summary, str(doc.corrections), language):
            out.print(line, highlight=False, soft_wrap=True, markup=False)
        return
    _write(data, out_file)
    err.print(outcome_line(doc.outcome, language), highlight=False, soft_wrap=True, markup=False)


@app.command()
def validate(
    files: list[Path] = typer.Argument(..., help="Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML 或量測值 CSV / RDF files or the measurement CSV."),
    profile: str = typer.Option("core", "--profile", help="core | publish"),
    fmt: str = typer.Option("text", "--format", "-f", help="text | json | turtle | html"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="報告檔 / report file (default stdout)."),
    lang: str = typer.Option("zh-Hant", "--lang", help="zh-Hant | en"),
) -> None:
    """驗證提交的資料（SHACL）/ Validate a submission against the SHACL shapes.

    結束代碼 / exit code: 0 符合（可有警告）conforms, 1 不符合 violations, 2 無法使用的輸入 unusable input.
    """
    from twpolice.shapes.cli import validate_command

    _set_lang(lang)
    raise typer.Exit(validate_command(files, profile=profile, lang=lang, fmt=fmt, output=output))


@app.command()
def publish(
    out_dir: Path = typer.Option(..., "--out", help="發布資料夾（空的或先前的發布）/ release folder (empty, or an earlier release to replace)."),
    profile: str = typer.Option("publish", "--profile", help="驗證規則 / SHACL profile: publish (default) or core."),
    previous: Optional[Path] = typer.Option(None, "--previous", help="上一版發布資料夾，用於列出變更 / the previous release, for CHANGES."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="另將具名圖同步到此遠端 SPARQL 資料庫 / also sync the named graphs to this remote store URL."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="網站網址（下載連結為 {base}downloads/…）/ site URL; downloads at {base}downloads/…"),
    require_review: bool = typer.Option(False, "--require-review", help="尚有未審閱的數值時不發布（結束代碼 1）/ refuse while any number is not reviewed (exit 1)."),
    store: Optional[str] = StoreOpt,
    lang: Optional[str] = LangOpt,
) -> None:
    """驗證後寫出開放資料發布資料夾 / Validate, then write a release folder for the open data portal.

    結束代碼 / exit code: 0 已發布 published, 1 不符合規則或未審閱而未發布 refused: does not conform, or --require-review and numbers not reviewed (nothing written), 2 無法使用的輸入 unusable input.
    """
    from twpolice.graph.publish import PublishRefused, ReviewRequired, format_refusal, publish_release

    _set_lang(lang)
    language = current_lang()
    _check_release_dirs(out_dir, previous)
    if profile not in ("publish", "core"):
        _fail(UserError(f"不支援的規則組：{profile}（publish 或 core）", f"unknown profile: {profile} (publish or core)"))
    gs = _open_store(store, read_only=True)
    target = _open_store(endpoint, read_only=False) if endpoint else None  # unreachable: fail before writing
    try:
        with err.status("發布中 publishing …"):  # shown on a terminal only
            report = publish_release(gs, out_dir, profile=profile, previous=previous, base_url=base_url,
                                     require_review=require_review)
    except ReviewRequired as exc:
        err.print(exc.message(language), highlight=False, soft_wrap=True, markup=False)
        for line in exc.lines_en if language == "en" else exc.lines_zh:
            err.print(line, highlight=False, soft_wrap=True, markup=False)
        raise typer.Exit(1) from None
    except PublishRefused as exc:
        err.print(exc.message(language), highlight=False, soft_wrap=True, markup=False)
        err.print(format_refusal(exc.report, language), highlight=False, soft_wrap=True, markup=False)
        raise typer.Exit(1) from None
    except UserError as exc:
        _fail(exc)
    except OSError as exc:
        _fail(UserError(f"無法寫入 {out_dir}：{exc.strerror or exc}", f"cannot write {out_dir}: {exc.strerror or exc}"))
    for line in report.summary_lines(language):
        out.print(line, highlight=False, soft_wrap=True, markup=False)
    if target is not None:
        _sync_to(gs, target, language)


def _check_release_dirs(out_dir: Path, previous: Optional[Path]) -> None:
    """Bad ``--out`` / ``--previous`` are one line and exit 2, before the store is even read."""
    from twpolice.graph.publish import RELEASE_MANIFEST, is_release

    if previous is not None and not is_release(previous):
        _fail(UserError(f"--previous {previous} 不是 twpolice 發布資料夾（找不到 {RELEASE_MANIFEST}）",
                        f"--previous {previous} is not a twpolice release (no {RELEASE_MANIFEST})"))
    if out_dir.exists() and not out_dir.is_dir():
        _fail(UserError(f"--out {out_dir} 是檔案，不是資料夾", f"--out {out_dir} is a file, not a folder"))
    if out_dir.is_dir() and any(out_dir.iterdir()) and not is_release(out_dir):
        _fail(UserError(f"--out {out_dir} 不是空資料夾，也不是 twpolice 發布資料夾；未寫入任何檔案",
                        f"--out {out_dir} is neither empty nor a twpolice release; nothing written"))
    parent = out_dir.resolve().parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        _fail(UserError(f"--out {out_dir} 無法寫入（{parent} 沒有寫入權限）",
                        f"--out {out_dir} is not writable (no write permission on {parent})"))


def _sync_to(source, target, language: str) -> None:
    """``--endpoint``: one atomic replacement per changed graph; a failure leaves the remote graph as it was."""
    from twpolice.graph.backends import sync_graphs

    try:
        rep = sync_graphs(source, target)
    except (UserError, OSError, ValueError) as exc:
        _fail(exc, language)
    if language == "en":
        line = (f"remote store {target.url}: {len(rep.replaced)} graphs replaced, {len(rep.unchanged)} unchanged"
                + (f", {len(rep.only_in_target)} only there (kept)" if rep.only_in_target else "")
                + f" ({rep.seconds:.1f} s)")
    else:
        line = (f"遠端資料庫 {target.url}：取代 {len(rep.replaced)} 個圖、{len(rep.unchanged)} 個未變更"
                + (f"、{len(rep.only_in_target)} 個僅遠端有（保留）" if rep.only_in_target else "")
                + f"（{rep.seconds:.1f} 秒）")
    out.print(line, highlight=False, soft_wrap=True, markup=False)


@app.command()
def serve(
    store: Optional[str] = StoreOpt,
    host: str = typer.Option("127.0.0.1", "--host", help="監聽位址 / address to bind."),
    port: int = typer.Option(8000, "--port", help="埠號 / port."),
    timeout: float = typer.Option(10.0, "--timeout", help="每個查詢的時間上限（秒）/ per-query time limit in seconds."),
    row_cap: int = typer.Option(100_000, "--row-cap", help="查詢結果列數上限 / maximum rows per result."),
    releases: Optional[Path] = typer.Option(None, "--releases", help="發布資料夾（twpolice publish 的輸出），最新一版於 /downloads/ 提供 / "
                                            "release folder(s) from `twpolice publish`; the latest is served at /downloads/ (default $TWPOLICE_RELEASES)."),
    web_processes: Optional[int] = typer.Option(
        None, "--web-processes", min=1,
        help="網頁程序數（預設每個 CPU 一個）/ web processes (default: one per CPU)."),
    client_share: Optional[int] = typer.Option(
        None, "--client-share", min=1,
        help="同一位址可同時佔用的查詢程序數（預設：全部減一）/ query workers one client address may hold at once "
             "(default: all but one)."),
    review: bool = typer.Option(False, "--review", help="於 /review 提供發布前審閱頁面（僅限本機位址）/ serve the review pages at /review (loopback addresses only)."),
    documents: Optional[Path] = typer.Option(None, "--documents", help="要審閱的文件資料夾（含 manifest.toml；預設內附文件）/ documents folder to review (default: the bundled documents)."),
    lang: Optional[str] = LangOpt,
) -> None:
    """啟動 SPARQL 端點與鏈結資料網站 / Serve the SPARQL endpoint and Linked Data site (embedded or remote store)."""
    from twpolice.api.serve.server import run
    from twpolice.graph.backends import is_url

    _set_lang(lang)
    if timeout <= 0 or row_cap <= 0:
        _fail(UserError("--timeout 與 --row-cap 必須大於 0", "--timeout and --row-cap must be > 0"))
    if documents is not None and not review:
        _fail(UserError("--documents 只用於 --review", "--documents is for --review only"))
    review_documents = None
    if review:
        if not _is_loopback(host):
            _fail(UserError(f"審閱頁面只能在本機位址提供（--host 127.0.0.1 或 ::1），不能在 {host}；遠端審閱請用 SSH 通道",
                            f"the review pages are served on a loopback address only (--host 127.0.0.1 or ::1), "
                            f"not {host}; review remotely through an SSH tunnel"))
        from twpolice.graph.build import bundled_documents, read_manifest

        review_documents = documents if documents is not None else bundled_documents()
        try:
            read_manifest(review_documents)
        except UserError as exc:
            _fail(exc)
    spec = _store_spec(store)
    gs = _open_store(store, read_only=True)  # a clear error now rather than from a worker later
    if releases is not None and not releases.is_dir():
        _fail(UserError(f"--releases {releases} 不是資料夾", f"--releases {releases} is not a folder"))
    from twpolice.api.serve.webprocs import ensure_port_free

    try:
        ensure_port_free(host, port)
    except UserError as exc:
        _fail(exc)
    out.print(f"twpolice serve: http://{host}:{port}/ · 資料庫 store: {_store_label(gs)}", highlight=False)
    del gs
    try:
        code = run(spec if is_url(spec) else Path(spec), host=host, port=port, query_timeout=timeout, row_cap=row_cap,
                   releases=releases, web_processes=web_processes, client_share=client_share,
                   review_documents=review_documents)
    except (UserError, OSError) as exc:
        _fail(exc)
    raise typer.Exit(code)


@export_app.command("measurements")
def export_measurements(
    fmt: str = typer.Option("csv", "--format", "-f", help="csv"),
    output: Optional[Path] = typer.Option(None, "-o", "--output"),
    store: Optional[str] = StoreOpt,
    lang: Optional[str] = LangOpt,
) -> None:
    """所有量測值匯出為 CSV（UTF-8 BOM）/ All measurements as CSV (UTF-8 with BOM)."""
    from twpolice.graph.export import measurements_csv
    from twpolice.graph.store import StoreError

    _set_lang(lang)
    if fmt != "csv":
        _fail(UserError(f"不支援的格式：{fmt}（僅 csv）", f"unsupported format: {fmt} (csv only)"))
    _check_output(output)
    try:
        data = measurements_csv(_open_store(store, read_only=True))
    except (StoreError, UserError) as exc:
        _fail(exc)
    _write(data, output)


def _document_options(document: Path, agency: Optional[str], genre: Optional[str], period: Optional[str]) -> dict:
    """What the manifest beside the document says of it, overridden by the options given (as `build` reads it)."""
    from twpolice.graph.build import manifest_options

    given = {k: v for k, v in (("agency", agency), ("genre", genre), ("period", period)) if v}
    return manifest_options(document) | given


def _review_history(store: Optional[str], meta):
    """The agency's values in the store's other documents, when there is a store (``--store`` or the default one
    once built); a sheet without one compares each figure with its own document only."""
    from twpolice.graph.backends import is_url
    from twpolice.graph.history import indicator_history

    spec = _store_spec(store)
    if store is None and not is_url(spec) and not Path(spec).exists():
        return None
    return indicator_history(_open_store(store, read_only=True).query, meta)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_output(output: Optional[Path]) -> None:
    """``-o`` onto a folder or into a missing one is one line and exit 2, before any work is done."""
    if output is None:
        return
    if output.is_dir():
        _fail(UserError(f"-o {output} 是資料夾，請指定檔名", f"-o {output} is a folder: give a file name"))
    if not output.parent.is_dir():
        _fail(UserError(f"-o {output}：資料夾 {output.parent} 不存在", f"-o {output}: folder {output.parent} does not exist"))


def _write(data: bytes, output: Optional[Path]) -> None:
    """stdout, or ``output`` replaced whole (written beside it, then renamed; no ``.tmp`` left on failure)."""
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    _check_output(output)
    tmp = output.with_name(output.name + ".tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        _fail(UserError(f"無法寫入 {output}：{exc.strerror or exc}", f"cannot write {output}: {exc.strerror or exc}"))


if __name__ == "__main__":  # pragma: no cover
    app()
