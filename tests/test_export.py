"""The measurement CSV over the built store: exact columns, BOM, and every row grounded in its lines."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from conftest import DOCUMENTS
from twpolice.converters.numbers import find_numbers
from twpolice.csvformat import CSV_COLUMNS, printed_cell
from twpolice.converters.pipeline import convert_file
from twpolice.graph.export import measurements_csv, serialize_extraction

COLUMNS = ("measurement,agency,agency_label,program_label,section,indicator,indicator_label,shared_indicator,kind,"
           "value,unit,unit_iri,period_start,period_end,qualifier,document,source_file,line_start,line_end,evidence,"
           "operator,reference_start,reference_end,printed_label,value_normalized,unit_normalized,measure,subject,"
           "extraction_rule,page,locator,review_status")


def _rows(store):
    """The rows as a program reads them back: without the ' that keeps spreadsheets from running a cell."""
    raw = measurements_csv(store)
    assert raw.startswith("\ufeff".encode("utf-8"))
    return [{k: printed_cell(v) for k, v in r.items()} for r in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))]


def test_columns_are_exactly_the_published_set(full_store):
    assert ",".join(CSV_COLUMNS) == COLUMNS
    rows = _rows(full_store)
    assert list(rows[0]) == COLUMNS.split(",")


def test_every_row_is_grounded(full_store):
    rows = _rows(full_store)
    assert len(rows) > 1000
    files = {}
    for row in rows:
        lines = files.setdefault(row["source_file"], (DOCUMENTS / row["source_file"]).read_text(encoding="utf-8").split("\n"))
        start, end = int(row["line_start"]), int(row["line_end"])
        cited = "\n".join(lines[start - 1:end])
        assert row["evidence"] and row["evidence"] in cited, row
        printed = {n.value for n in find_numbers(row["evidence"])}
        assert abs(Decimal(row["value"])) in printed, (row["value"], row["evidence"])


def test_kinds_units_and_periods_are_well_formed(full_store):
    for row in _rows(full_store):
        assert row["kind"] in {"actual", "target", "baseline", "change", "budget"}
        assert row["unit"] and row["period_start"] <= row["period_end"]
        assert row["agency"].startswith("https://w3id.org/twpolice/id/agency/")


def test_operator_and_reference_period_are_columns(full_store):
    """Targets carry their operator slug, an actual printed as a bound (「逾」「以上」) its bound; relative targets and
    changes their reference period."""
    rows = _rows(full_store)
    ops = {r["operator"] for r in rows if r["kind"] == "target"}
    assert ops and ops <= {"at-least", "at-most", "equal", "increase-by", "decrease-by"}
    bounds = {r["operator"] for r in rows if r["kind"] != "target" and r["operator"]}
    assert bounds <= {"more-than", "less-than", "at-least", "at-most"}  # the bundled documents print no bounded actual
    assert all(not r["operator"] or "bound=" in r["qualifier"] for r in rows if r["kind"] != "target")
    changes = [r for r in rows if r["kind"] == "change"]
    assert changes and all(r["reference_start"] <= r["reference_end"] for r in changes)
    assert any(r["reference_start"] for r in changes)


def test_normalised_value_is_in_the_base_unit(full_store):
    for row in _rows(full_store):
        if row["unit"] == "千元":
            assert row["unit_normalized"] == "http://qudt.org/vocab/unit/CCY_TWD"
            assert Decimal(row["value_normalized"]) == Decimal(row["value"]) * 1000
        elif row["unit_iri"]:
            assert row["value_normalized"] and row["unit_normalized"]


def test_a_bounded_actual_carries_its_bound_in_the_csv(tmp_path):
    """「其中逾3成為少年」: an actual printed as a bound has the operator more-than and the qualifier bound=逾."""
    text = tmp_path / "bound.txt"
    text.write_text("臺中市政府警察局112年施政報告\n本期查獲毒品嫌疑犯212人，其中逾3成為少年。\n", encoding="utf-8")
    x = convert_file(text, agency="臺中市政府警察局", genre="council-report", period="112")
    raw = serialize_extraction(x, "csv").decode("utf-8-sig")
    rows = [{k: printed_cell(v) for k, v in r.items()} for r in csv.DictReader(io.StringIO(raw))]
    bounded = [r for r in rows if r["value"] == "30"]
    assert bounded and bounded[0]["kind"] == "actual" and bounded[0]["operator"] == "more-than"
    assert "bound=逾" in bounded[0]["qualifier"]


def test_one_figure_of_several_items_is_one_measurement_per_item(tmp_path):
    """「於寒、暑假定期辦理春風、青春專案活動合併擴大宣導，至少各1場次」: 各 gives one fact per item; each is a
    measurement of its own (its own IRI and printed name), and the first keeps the IRI one figure always had."""
    path = tmp_path / "plan.txt"
    path.write_text("臺南市政府警察局111年度施政計畫\n壹、重點工作\n"
                    "一、於寒、暑假定期辦理春風、青春專案活動合併擴大宣導，至少各1場次。\n", encoding="utf-8")
    x = convert_file(path)
    assert len(x.facts) == 2 and len({f.printed_label for f in x.facts}) == 2
    rows = list(csv.DictReader(io.StringIO(serialize_extraction(x, "csv").decode("utf-8-sig"))))
    assert len({r["measurement"] for r in rows}) == 2
    assert sorted(printed_cell(r["printed_label"]) for r in rows) == sorted(f.printed_label for f in x.facts)
