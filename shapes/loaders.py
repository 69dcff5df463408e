"""Read a submission safely: Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML, or the measurement CSV.

Nothing is ever fetched: a JSON-LD document naming a remote ``@context`` (or ``@import``) is refused
before parsing, RDF/XML with a DOCTYPE or ENTITY declaration is refused (no entity expansion at all),
and ``owl:imports`` in any format is refused. Size is limited (20 MB unless configured). Syntax errors
give the parser's line and column. Named graphs (N-Quads, TriG) are merged into one graph.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import OWL

from twpolice.errors import UserError
from twpolice.nesting import check_depth, check_xml_depth
from twpolice.shapes.csv_submission import load_csv
from twpolice.shapes.submission import Submission
from twpolice.shapes.terms import quiet_rdflib
from twpolice.terms import to_rdflib

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

FORMATS: dict[str, ox.RdfFormat | None] = {
    "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "json-ld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML, "csv": None,
}
ALIASES = {
    "ttl": "turtle", "text/turtle": "turtle", "application/x-turtle": "turtle",
    "ntriples": "nt", "n-triples": "nt", "application/n-triples": "nt",
    "nq": "nquads", "n-quads": "nquads", "application/n-quads": "nquads",
    "application/trig": "trig",
    "jsonld": "json-ld", "json": "json-ld", "application/ld+json": "json-ld", "application/json": "json-ld",
    "xml": "rdfxml", "rdf": "rdfxml", "rdf/xml": "rdfxml", "rdf-xml": "rdfxml", "owl": "rdfxml",
    "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml",
    "text/csv": "csv", "application/csv": "csv",
}
EXTENSIONS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
    ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "rdfxml", ".xml": "rdfxml", ".owl": "rdfxml", ".csv": "csv",
}
FORMAT_NAMES = {"turtle": "Turtle", "nt": "N-Triples", "nquads": "N-Quads", "trig": "TriG", "json-ld": "JSON-LD",
                "rdfxml": "RDF/XML", "csv": "CSV"}


class SubmissionTooLarge(UserError):
    """Over the upload size limit (HTTP 413)."""

    status = 413


class UnsupportedFormat(UserError):
    """A format we do not read (HTTP 415)."""

    status = 415


def max_upload_bytes() -> int:
    """``$TWPOLICE_MAX_UPLOAD_MB`` megabytes, else 20 MB."""
    try:
        return int(float(os.environ.get("TWPOLICE_MAX_UPLOAD_MB", "20")) * 1024 * 1024)
    except ValueError:
        return DEFAULT_MAX_BYTES


def normalise_format(fmt: str | None) -> str | None:
    """Our format key for a name, alias, extension or media type (parameters ignored); None if unknown."""
    if not fmt:
        return None
    key = fmt.split(";")[0].strip().lower()
    if key.startswith("."):
        return EXTENSIONS.get(key)
    return key if key in FORMATS else ALIASES.get(key)


def load_submission(path: Path, fmt: str | None = None, *, max_bytes: int | None = None) -> Submission:
    """Parse a file into a :class:`Submission` (format from ``fmt``, else the extension, else the content)."""
    path = Path(path)
    limit = max_upload_bytes() if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise UserError(f"找不到檔案：{path}", f"no such file: {path}") from exc
    if path.is_dir():
        raise UserError(f"這是資料夾，不是檔案：{path}", f"is a directory, not a file: {path}")
    _check_size(size, limit, path.name)
    with path.open("rb") as fh:
        data = fh.read(limit + 1)
    return load_bytes(data, fmt or path.suffix.lower(), name=path.name, max_bytes=limit)


def load_bytes(data: bytes, fmt: str | None = None, *, name: str = "submission", max_bytes: int | None = None) -> Submission:
    """Parse submitted bytes; ``fmt`` may be a format name, an extension (".ttl") or a media type."""
    limit = max_upload_bytes() if max_bytes is None else max_bytes
    _check_size(len(data), limit, name)
    if not data.strip():
        raise UserError(f"{name} 是空的，沒有可驗證的內容", f"{name} is empty: nothing to validate")
    key = normalise_format(fmt) if fmt else None
    if fmt and key is None and not fmt.startswith(".") and fmt.split(";")[0].strip().lower() not in ("text/plain", "application/octet-stream"):
        raise UnsupportedFormat(f"不支援的格式：{fmt}（可用 Turtle、N-Triples、N-Quads、TriG、JSON-LD、RDF/XML、CSV）",
                                f"unsupported format: {fmt} (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML, CSV)")
    if key == "csv":
        return load_csv(data, name)
    text = _text(data, name)
    key = key or sniff(text)
    if key == "csv":
        return load_csv(data, name)
    if key == "json-ld":
        _check_jsonld(text, name)
    if key == "rdfxml":
        _check_xml(text, name)
    return _parse(text.encode("utf-8"), key, name)


def human_size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{n / 1024:.1f} KB"


def too_large(name: str, size: int | None, limit: int) -> SubmissionTooLarge:
    got_zh = f"（{human_size(size)}）" if size is not None else ""
    got_en = f" ({human_size(size)})" if size is not None else ""
    return SubmissionTooLarge(f"{name} 太大{got_zh}，上限為 {human_size(limit)}",
                              f"{name} is too large{got_en}; the limit is {human_size(limit)}")


def _check_size(size: int, limit: int, name: str) -> None:
    if size > limit:
        raise too_large(name, size, limit)


def _text(data: bytes, name: str) -> str:
    if b"\x00" in data[:65536]:
        raise UserError(f"{name} 看起來是二進位檔，不是 RDF 或 CSV 文字", f"{name} looks binary, not RDF or CSV text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(f"{name} 第 {line} 行不是有效的 UTF-8 編碼（請以 UTF-8 儲存）",
                        f"{name} line {line} is not valid UTF-8 (save the file as UTF-8)") from exc


def sniff(text: str) -> str:
    """Guess the format of text without an extension or media type."""
    head = text.lstrip()[:2000]
    if head.startswith(("{", "[")):
        return "json-ld"
    if head.startswith("<?xml") or re.match(r"<(rdf:RDF|!DOCTYPE)", head):
        return "rdfxml"
    first = head.splitlines()[0] if head else ""
    if "," in first and ("measurement" in first or "indicator" in first) and "<" not in first:
        return "csv"
    if re.search(r"^\s*(@prefix|PREFIX|@base|BASE)\b", head, re.M | re.I) or ";" in head or " a " in head:
        return "trig" if re.search(r"^\s*(GRAPH\s*)?<[^>]*>\s*\{", head, re.M) else "turtle"
    return "nquads" if re.search(r">\s+<[^>]*>\s*\.\s*$", head.splitlines()[0] if head else "") else "turtle"


def _check_jsonld(text: str, name: str) -> None:
    """Refuse deep nesting (``json`` recurses per level), remote contexts and @import before any JSON-LD
    processor sees the document."""
    check_depth(text, JSON_STRING, f"{name} ", name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _syntax(name, exc.lineno, exc.colno, exc.msg) from exc
    for iri in _remote_contexts(doc):
        raise UserError(
            f"{name} 引用了遠端 JSON-LD @context「{iri}」；為了安全，驗證時不會連網，請把 context 內嵌在文件中",
            f"{name} refers to a remote JSON-LD @context \"{iri}\"; validation never fetches anything: inline the context",
        )


JSON_STRING = r'"(?:[^"\\]|\\.)*"'


def _remote_contexts(node) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                found += _context_refs(value)
            found += _remote_contexts(value)
    elif isinstance(node, list):
        for item in node:
            found += _remote_contexts(item)
    return found


def _context_refs(ctx) -> list[str]:
    if isinstance(ctx, str):
        return [ctx]
    if isinstance(ctx, list):
        return [r for c in ctx for r in _context_refs(c)]
    if isinstance(ctx, dict) and "@import" in ctx:
        return [str(ctx["@import"])]
    return []


def _check_xml(text: str, name: str) -> None:
    """No DOCTYPE, no ENTITY: nothing to expand, nothing external to resolve; and no nesting past the
    depth limit (the RDF/XML parser is quadratic in depth)."""
    m = re.search(r"<!(DOCTYPE|ENTITY)", text, re.I)
    if m:
        line = text[: m.start()].count("\n") + 1
        raise UserError(
            f"{name} 第 {line} 行含有 <!{m.group(1).upper()}> 宣告；為了安全（實體展開攻擊），RDF/XML 不接受 DOCTYPE 或 ENTITY",
            f"{name} line {line} has a <!{m.group(1).upper()}> declaration; RDF/XML with DOCTYPE or ENTITY is refused (entity expansion attacks)",
        )
    check_xml_depth(text.encode("utf-8"), f"{name} ", name)


def _syntax(name: str, line: int | None, col: int | None, msg: str) -> UserError:
    where_zh = f"第 {line} 行第 {col} 欄" if line and col else f"第 {line} 行" if line else ""
    where_en = f" at line {line}, column {col}" if line and col else f" at line {line}" if line else ""
    return UserError(f"{name} {where_zh}語法錯誤：{msg}", f"{name}: syntax error{where_en}: {msg}")


def _parse(data: bytes, key: str, name: str) -> Submission:
    fmt = FORMATS[key]
    sub = Submission(name, key)
    cache: dict = {}
    try:
        quads = list(ox.parse(data, format=fmt))
    except SyntaxError as exc:
        msg = str(exc.msg or exc)
        msg = re.sub(r"^Parser error at line \d+ (between columns \d+ and \d+|column \d+)?:?\s*", "", msg)
        line, col = exc.lineno, exc.offset
        if line is None:
            m = re.search(r"line (\d+)(?:\D+(\d+))?", str(exc))
            if m:
                line, col = int(m.group(1)), int(m.group(2)) if m.group(2) else None
        raise _syntax(name, line, col, msg) from exc
    except (ValueError, OSError) as exc:
        raise UserError(f"{name} 無法以 {FORMAT_NAMES[key]} 解析：{exc}", f"{name} cannot be parsed as {FORMAT_NAMES[key]}: {exc}") from exc

    def conv(term):
        found = cache.get(term)
        if found is None:
            found = cache[term] = to_rdflib(term)
        return found

    with quiet_rdflib():
        sub.addN((conv(q.subject), conv(q.predicate), conv(q.object), sub) for q in quads)
    imports = list(sub.objects(None, OWL.imports))
    if imports:
        raise UserError(
            f"{name} 含有 owl:imports（{imports[0]}）；驗證時不會載入外部文件，請移除 owl:imports 或把內容直接放進提交檔",
            f"{name} has owl:imports ({imports[0]}); validation never loads other documents: remove it or include the content",
        )
    if not len(sub):
        raise UserError(f"{name} 沒有任何三元組", f"{name} contains no triples")
    return sub
