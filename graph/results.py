"""Running a query for the CLI and formatting its results (table, CSV, TSV, JSON)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rich.table import Table

from twpolice.errors import UserError
from twpolice.graph.store import GraphStore
from twpolice.sparqltext import check_query

RESULT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV, "json": ox.QueryResultsFormat.JSON}


@dataclass
class QueryResult:
    kind: str  # "select" | "ask" | "graph"
    raw: object


def run_query(store_path: Path, sparql: str, store: GraphStore | None = None) -> QueryResult:
    """Parse and run ``sparql`` on the union graph; a syntax error, an update or nesting deep enough to crash the
    parser becomes a one-line UserError (:func:`~twpolice.sparqltext.check_query`, the endpoint's gate too)."""
    check_query(sparql)
    gs = store if store is not None else GraphStore(store_path, read_only=True)
    try:
        res = gs.query(sparql)
    except SyntaxError as exc:
        first = str(exc).splitlines()[0]
        raise UserError(f"SPARQL 語法錯誤：{first}", f"SPARQL syntax error: {first}") from exc
    if isinstance(res, ox.QuerySolutions):
        return QueryResult("select", res)
    if isinstance(res, ox.QueryBoolean):
        return QueryResult("ask", bool(res))
    return QueryResult("graph", res)


def term_text(term) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


def format_results(result: QueryResult, fmt: str) -> str:
    if fmt not in ("table", "csv", "tsv", "json"):
        raise UserError(f"不支援的格式：{fmt}（table、csv、tsv、json）", f"unsupported format: {fmt} (table, csv, tsv, json)")
    if result.kind == "ask":
        value = bool(result.raw)
        if fmt == "json":
            return '{"head":{},"boolean":%s}\n' % ("true" if value else "false")
        return ("true" if value else "false") + "\n"
    if result.kind == "graph":
        triples = result.raw
        rdf_fmt = ox.RdfFormat.N_TRIPLES if fmt != "json" else ox.RdfFormat.JSON_LD
        return ox.serialize(list(triples), format=rdf_fmt).decode("utf-8")
    solutions = result.raw
    if fmt in RESULT_FORMATS:
        return solutions.serialize(format=RESULT_FORMATS[fmt]).decode("utf-8")
    names = [v.value for v in solutions.variables]
    table = Table(*names)
    count = 0
    for sol in solutions:
        table.add_row(*(term_text(sol[n]) for n in names))
        count += 1
    table.caption = f"{count} 列 rows"
    return table
