"""The measurement CSV's contract, shared by its writer (:mod:`twpolice.graph.export`) and its reader
(:mod:`twpolice.shapes.csv_submission`): the columns in order and the cells' spreadsheet safety.

Also the rule that keeps a cell from running as a spreadsheet formula (and how to read such a cell back), and the
one writer of CSV meant for spreadsheets (release tables, exports, review sheets and corrections files)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection

CSV_COLUMNS = (
    "measurement", "agency", "agency_label", "program_label", "section", "indicator", "indicator_label",
    "shared_indicator", "kind", "value", "unit", "unit_iri", "period_start", "period_end", "qualifier",
    "document", "source_file", "line_start", "line_end", "evidence",
    # the statement frame (issue 13): added after today's columns, so positional readers keep working
    "operator", "reference_start", "reference_end", "printed_label", "value_normalized", "unit_normalized",
    "measure", "subject", "extraction_rule",
    # where in the original file (issue 15): PDF page; DOCX/ODT paragraph or table cell
    "page", "locator",
    # review before publishing (issue 14): machine, confirmed, corrected or added
    "review_status",
)

# the columns whose cells are numbers (a spreadsheet keeps a leading minus sign there); the CSVW description
# (graph/tables.py) gives them numeric datatypes and checks it agrees
NUMERIC_COLUMNS = ("value", "line_start", "line_end", "value_normalized", "page")

# Spreadsheets run a cell that begins with one of these as a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_cell(value: str, numeric: bool = False) -> str:
    """A cell a spreadsheet shows as text instead of running it: text beginning with ``= + - @``, tab or CR
    gets a leading ``'``. A number in a numeric column (``-12`` in ``value``) stays a number; a numeric
    column's cell that is not a plain number is treated as text. The RDF keeps the text as printed."""
    if not value.startswith(FORMULA_START) or (numeric and _NUMBER.fullmatch(value)):
        return value
    return "'" + value


def printed_cell(value: str) -> str:
    """The text :func:`spreadsheet_cell` was given (for reading our own CSVs back)."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value


def rows_to_csv(rows: list[dict[str, str]], columns=CSV_COLUMNS, numeric: Collection[str] = ()) -> bytes:
    """The one writer of CSV meant for spreadsheets (release tables, ``export``, ``convert --format csv``):
    UTF-8 with BOM (Excel in Taiwan needs it), CRLF line ends as RFC 4180 says, and every cell through
    :func:`spreadsheet_cell` (``numeric``: the columns whose numbers are left as numbers)."""
    numeric = frozenset(numeric)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: spreadsheet_cell(v, k in numeric) if isinstance(v, str) else v for k, v in row.items()}
                     for row in rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
