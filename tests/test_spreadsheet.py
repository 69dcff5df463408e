"""Spreadsheet safety (issue 16, item 6): CSV meant for spreadsheets never starts a text cell with a formula
character (= + - @ tab CR; OWASP "CSV injection"), numbers stay numbers, and the RDF keeps the text as printed."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import doc_path
from twpolice.csvformat import FORMULA_START, printed_cell, spreadsheet_cell
from twpolice.graph.publish import publish_release
from twpolice.graph.tables import TABLES, numeric_columns


def rows_of(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def formula_cells(rows: list[dict[str, str]], numeric: set[str]) -> list[tuple[str, str]]:
    """Cells a spreadsheet would run: text beginning with a formula character (numbers in numeric columns
    are numbers, not formulas)."""
    return [(k, v) for r in rows for k, v in r.items()
            if v and v.startswith(FORMULA_START) and not (k in numeric and spreadsheet_cell(v, True) == v)]


@pytest.fixture(scope="module")
def release(full_store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("spreadsheet") / "release"
    assert publish_release(full_store, out).written
    return out


@pytest.fixture(scope="module")
def quotes_with_formula_start(full_store) -> set[str]:
    """The source quotes, as the RDF holds them, that begin with a formula character (the test's point)."""
    found = {sol["q"].value for sol in full_store.query("SELECT DISTINCT ?q WHERE { ?p twp:quote ?q }")
             if sol["q"].value.startswith(FORMULA_START)}
    assert len(found) >= 10, "the bundled documents quote list items that begin with '-'"
    return found


def test_release_csvs_have_no_formula_cells(release):
    numeric_by_file = {f"{name}.csv": set(numeric_columns(t.columns)) for name, t in TABLES.items()}
    files = sorted(release.rglob("*.csv"))
    assert len(files) >= 10
    for f in files:
        numeric = numeric_by_file.get(f.name, {"old_value", "new_value"} if f.name == "changes.csv" else set())
        assert not formula_cells(rows_of(f.read_bytes()), numeric), f


def test_evidence_starting_with_minus_is_neutralised_and_rdf_keeps_it(release, quotes_with_formula_start):
    rows = rows_of((release / "csv" / "measurements.csv").read_bytes())
    evidence = {r["evidence"] for r in rows}
    shown = {q for q in quotes_with_formula_start if "'" + q in evidence}
    assert shown and not (quotes_with_formula_start & evidence), "as text with a leading ', never as printed"
    assert {printed_cell("'" + q) for q in shown} == shown
    nq = (release / "rdf" / "twpolice.nq").read_text(encoding="utf-8")
    q = sorted(shown)[0]
    assert f'"{q}"' in nq or q.replace('"', '\\"') in nq  # the RDF keeps the text as printed


def test_negative_values_stay_numbers(release):
    rows = rows_of((release / "csv" / "measurements.csv").read_bytes())
    negative = [r["value"] for r in rows if r["value"].startswith("-")]
    assert negative, "the bundled documents print decreases as negative changes"
    assert all(float(v) < 0 for v in negative)
    assert not [r["value"] for r in rows if r["value"].startswith("'")]


def test_readme_says_how(release):
    readme = (release / "README.md").read_text(encoding="utf-8")
    assert "CSV injection" in readme and "'" in readme


def twpolice(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "twpolice.cli", *args], capture_output=True,
                          env={"TWPOLICE_LANG": "zh-Hant", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())})


def test_export_and_convert_csv_are_neutralised(full_store, quotes_with_formula_start, tmp_path):
    numeric = set(numeric_columns(TABLES["measurements"].columns))
    exported = twpolice("export", "measurements", "--store", str(full_store.path))
    assert exported.returncode == 0, exported.stderr
    rows = rows_of(exported.stdout)
    assert not formula_cells(rows, numeric)
    assert {"'" + q for q in quotes_with_formula_start} & {r["evidence"] for r in rows}
    converted = twpolice("convert", str(doc_path("003")), "--format", "csv")
    assert converted.returncode == 0, converted.stderr
    assert not formula_cells(rows_of(converted.stdout), numeric)


def test_exported_csv_validates_as_printed(full_store, tmp_path):
    """Reading our own CSV back (``twpolice validate measurements.csv``) takes the leading ' off again."""
    from twpolice.shapes.csv_submission import load_csv

    f = tmp_path / "m.csv"
    assert twpolice("export", "measurements", "--store", str(full_store.path), "-o", str(f)).returncode == 0
    sub = load_csv(f.read_bytes(), "m.csv")
    quotes = {str(o) for _, p, o in sub if str(p).endswith("#quote") or str(p).endswith("/quote")}
    assert quotes and not [q for q in quotes if q.startswith("'-")]
