"""The ``twpolice`` command line: a thin layer over converters, graph, shapes and api.

Every command that fails on bad input prints one line (繁體中文 by default,
``--lang en`` or ``TWPOLICE_LANG=en`` for English) and exits with code 2.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from twpolice import __version__
from twpolice.errors import UserError, current_lang

app = typer.Typer(
    help="twpolice：臺灣警察機關施政計畫與績效的鏈結開放資料 / Taiwan police plans and results as Linked Open Data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
export_app = typer.Typer(help="匯出資料 / Export data from the store.", no_args_is_help=True)
app.add_typer(export_app, name="export")

out = Console()
err = Console(stderr=True)

StoreOpt = typer.Option(None, "--store", help="資料庫路徑 / store path (default: $TWPOLICE_STORE or the user data dir).")
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


def _store_path(store: Optional[Path]) -> Path:
    from twpolice.graph.store import default_store_path

    return store if store is not None else default_store_path()


@app.callback()
def main(version: bool = typer.Option(False, "--version", help="顯示版本 / show the version.")) -> None:
    if version:
        out.print(f"twpolice {__version__}")
        raise typer.Exit(0)


@app.command()
def build(
    documents: Optional[Path] = typer.Option(None, "--documents", help="文件資料夾（含 manifest.toml）/ folder with manifest.toml (default: the bundled documents)."),
    store: Optional[Path] = StoreOpt,
    allow_invalid: bool = typer.Option(False, "--allow-invalid", help="不符合 core 規則的文件仍載入（附警告）/ load non-conforming documents with a warning."),
    lang: Optional[str] = LangOpt,
) -> None:
    """轉換 manifest 中每份文件並載入資料庫 / Convert every document in the manifest and load the store."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from twpolice.graph.build import build_store

    _set_lang(lang)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err,
                  transient=True) as bar:
        task = bar.add_task("轉換 converting", total=None)

        def progress(done: int, total: int, file: str) -> None:
            bar.update(task, completed=done, total=total, description=f"轉換 converting {file}")

        try:
            report = build_store(_store_path(store), documents, allow_invalid=allow_invalid, progress=progress)
        except (UserError, OSError, ValueError) as exc:
            _fail(exc)
    table = Table(title="twpolice build")
    for col in ("文件 document", "機關 agency", "三元組 triples", "量測值 measurements", "狀態 status"):
        table.add_column(col, overflow="fold")
    for row in report.rows:
        table.add_row(row.source_file, row.agency, str(row.triples), str(row.measurements), row.status)
    out.print(table)
    out.print(f"資料庫 store: {report.store_path} · 三元組 triples: {report.total_triples}")
    if report.failed:
        raise typer.Exit(1)


@app.command()
def query(
    sparql: str = typer.Argument(..., help="SPARQL 查詢（或 @檔案）/ SPARQL query text, or @file."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | csv | tsv | json"),
    store: Optional[Path] = StoreOpt,
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
        result = run_query(_store_path(store), sparql)
        text = format_results(result, fmt)
    except (UserError, OSError, ValueError, SyntaxError) as exc:
        _fail(exc)
    if fmt == "table":
        out.print(text)
    else:
        sys.stdout.write(text)


@app.command()
def info(store: Optional[Path] = StoreOpt) -> None:
    """資料庫路徑、圖、數量與版本 / Store path, graphs, counts and versions."""
    import pyoxigraph
    import pyshacl
    import rdflib

    from twpolice.graph.store import GraphStore, StoreError

    path = _store_path(store)
    out.print(f"twpolice {__version__} · pyoxigraph {pyoxigraph.__version__} · rdflib {rdflib.__version__} · pyshacl {pyshacl.__version__}")
    out.print(f"資料庫 store: {path}")
    try:
        gs = GraphStore(path, read_only=True)
    except StoreError as exc:
        _fail(exc)
    out.print("三元組 triples  圖 graph")
    for g in gs.graphs():
        out.print(f"{gs.count(g):>14,}  {g}", highlight=False, soft_wrap=True)
    out.print(f"{gs.count():>14,}  合計 total", highlight=False)


@app.command()
def convert(
    file: Path = typer.Argument(..., help="文件（純文字）/ the document (plain text)."),
    agency: Optional[str] = typer.Option(None, "--agency", help="機關代碼或名稱 / registry key or any Chinese name the registry knows."),
    genre: Optional[str] = typer.Option(None, "--genre", help="plan | midterm-plan | performance-report | council-report"),
    period: Optional[str] = typer.Option(None, "--period", help="民國或西元 / ROC (111, 107-110, 112H1) or ISO (2022, 2018--2021, 2023-H1)."),
    fmt: str = typer.Option("turtle", "--format", "-f", help="turtle | nt | jsonld | csv"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="輸出檔（預設標準輸出）/ output file (default stdout)."),
    lang: Optional[str] = LangOpt,
) -> None:
    """將一份文件轉為 RDF 或 CSV / Convert one document to RDF or CSV."""
    from twpolice.converters.pipeline import convert_file
    from twpolice.graph.export import serialize_extraction

    _set_lang(lang)
    if fmt not in ("turtle", "nt", "jsonld", "csv"):
        _fail(UserError(f"不支援的格式：{fmt}", f"unsupported format: {fmt}"))
    try:
        extraction = convert_file(file, agency=agency, genre=genre, period=period)
        data = serialize_extraction(extraction, fmt)
    except (UserError, OSError, ValueError) as exc:
        _fail(exc)
    _write(data, output)
    for w in extraction.warnings:
        err.print(f"[yellow]警告 / warning:[/yellow] {w}", highlight=False)


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
def serve(
    store: Optional[Path] = StoreOpt,
    host: str = typer.Option("127.0.0.1", "--host", help="監聽位址 / address to bind."),
    port: int = typer.Option(8000, "--port", help="埠號 / port."),
    timeout: float = typer.Option(10.0, "--timeout", help="每個查詢的時間上限（秒）/ per-query time limit in seconds."),
    row_cap: int = typer.Option(100_000, "--row-cap", help="查詢結果列數上限 / maximum rows per result."),
    web_processes: Optional[int] = typer.Option(
        None, "--web-processes", min=1,
        help="網頁程序數（預設每個 CPU 一個）/ web processes (default: one per CPU)."),
) -> None:
    """啟動 SPARQL 端點與鏈結資料網站 / Serve the SPARQL endpoint and Linked Data site."""
    from twpolice.api.server import run
    from twpolice.graph.store import GraphStore, StoreError

    path = _store_path(store)
    try:
        GraphStore(path, read_only=True)  # a clear error now rather than from a worker later
    except StoreError as exc:
        _fail(exc)
    out.print(f"twpolice serve: http://{host}:{port}/ · 資料庫 store: {path}")
    raise typer.Exit(run(path, host=host, port=port, query_timeout=timeout, row_cap=row_cap,
                         web_processes=web_processes))


@export_app.command("measurements")
def export_measurements(
    fmt: str = typer.Option("csv", "--format", "-f", help="csv"),
    output: Optional[Path] = typer.Option(None, "-o", "--output"),
    store: Optional[Path] = StoreOpt,
) -> None:
    """所有量測值匯出為 CSV（UTF-8 BOM）/ All measurements as CSV (UTF-8 with BOM)."""
    from twpolice.graph.export import measurements_csv
    from twpolice.graph.store import GraphStore, StoreError

    if fmt != "csv":
        _fail(UserError(f"不支援的格式：{fmt}（僅 csv）", f"unsupported format: {fmt} (csv only)"))
    try:
        data = measurements_csv(GraphStore(_store_path(store), read_only=True))
    except StoreError as exc:
        _fail(exc)
    _write(data, output)


def _write(data: bytes, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        tmp = output.with_name(output.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(output)


if __name__ == "__main__":  # pragma: no cover
    app()
