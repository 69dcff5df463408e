"""Reading submissions: every RDF format and the measurement CSV, and refusing what is unsafe or unusable."""

from __future__ import annotations

import json
import socket

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from twpolice.errors import UserError
from twpolice.csvformat import CSV_COLUMNS
from twpolice import iris
from twpolice.iris import TWP
from twpolice.shapes.loaders import (SubmissionTooLarge, UnsupportedFormat, load_bytes, load_submission,
                                     max_upload_bytes, normalise_format, sniff)
from twpolice.shapes.validator import validate_graph
from twpolice.shapes.rules import FIXTURES

VALID = FIXTURES / "R-budget-sum-valid.ttl"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _reference() -> Graph:
    return Graph().parse(VALID, format="turtle")


@pytest.mark.parametrize("fmt,ext", [("nt", ".nt"), ("nquads", ".nq"), ("trig", ".trig"), ("json-ld", ".jsonld"),
                                     ("xml", ".rdf"), ("turtle", ".ttl")])
def test_every_rdf_format_loads_the_same_triples(tmp_path, fmt, ext, no_network):
    ref = _reference()
    path = tmp_path / f"submission{ext}"
    if fmt in ("nquads", "trig"):  # named graphs are merged into one
        ds = Dataset()
        ds.graph(URIRef("http://example.org/graph")).__iadd__(ref)
        path.write_text(ds.serialize(format=fmt), encoding="utf-8")
    else:
        path.write_text(ref.serialize(format=fmt), encoding="utf-8")
    sub = load_submission(path)
    assert len(sub) == len(ref)
    assert set(sub) == set(ref)
    assert validate_graph(sub).conforms


def test_explicit_format_wins_over_extension(tmp_path):
    path = tmp_path / "data.txt"
    path.write_text(_reference().serialize(format="nt"), encoding="utf-8")
    assert len(load_submission(path, "nt")) == len(_reference())
    assert len(load_submission(path)) == len(_reference())  # sniffed


def test_format_names_and_media_types():
    assert normalise_format("text/turtle; charset=utf-8") == "turtle"
    assert normalise_format("application/ld+json") == "json-ld"
    assert normalise_format(".nq") == "nquads"
    assert normalise_format("application/x-foo") is None
    assert sniff('{"@context": {}}') == "json-ld"
    assert sniff('<?xml version="1.0"?><rdf:RDF/>') == "rdfxml"
    assert sniff(",".join(CSV_COLUMNS) + "\n") == "csv"
    with pytest.raises(UnsupportedFormat):
        load_bytes(b"<a> <b> <c> .", "application/x-foo")


def test_language_tag_case_is_kept():
    sub = load_bytes('<http://e/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "甲"@zh-Hant .'.encode(), "nt")
    assert next(iter(sub.objects())).language == "zh-Hant"


# -- refused -----------------------------------------------------------------------------------

@pytest.mark.parametrize("doc", [
    {"@context": "https://schema.org/", "@id": "http://e/a", "name": "x"},
    {"@context": ["http://example.org/ctx.jsonld", {"ex": "http://e/"}], "@id": "ex:a"},
    {"@context": {"@import": "http://example.org/ctx.jsonld"}, "@id": "http://e/a"},
    {"@context": {"ex": "http://e/"}, "@graph": [{"@context": "http://example.org/nested", "@id": "ex:b"}]},
    {"@context": {"p": {"@id": "http://e/p", "@context": "http://example.org/scoped"}}, "@id": "http://e/a"},
])
def test_remote_jsonld_context_is_refused(doc, no_network):
    with pytest.raises(UserError) as err:
        load_bytes(json.dumps(doc).encode(), "json-ld", name="x.jsonld")
    assert "@context" in err.value.en and "@context" in err.value.zh


def test_inline_jsonld_context_is_fine(no_network):
    doc = {"@context": {"skos": "http://www.w3.org/2004/02/skos/core#"}, "@id": "http://e/a",
           "skos:prefLabel": {"@value": "甲", "@language": "zh-Hant"}}
    assert len(load_bytes(json.dumps(doc).encode(), "json-ld")) == 1


@pytest.mark.parametrize("fmt,text", [
    ("turtle", "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n<http://e/s> owl:imports <http://example.org/other.ttl> ."),
    ("json-ld", json.dumps({"@id": "http://e/s", "http://www.w3.org/2002/07/owl#imports": {"@id": "http://example.org/o"}})),
])
def test_owl_imports_is_refused(fmt, text, no_network):
    with pytest.raises(UserError) as err:
        load_bytes(text.encode(), fmt)
    assert "owl:imports" in err.value.en and "owl:imports" in err.value.zh


def test_rdfxml_entity_bomb_is_refused(no_network):
    bomb = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">
  <rdf:Description rdf:about="http://e/a"><ex:p>&c;</ex:p></rdf:Description></rdf:RDF>"""
    with pytest.raises(UserError) as err:
        load_bytes(bomb.encode(), "rdfxml", name="bomb.rdf")
    assert "DOCTYPE" in err.value.en and "第 2 行" in err.value.zh


def test_malformed_turtle_reports_line_and_column():
    text = '@prefix ex: <http://e/> .\nex:a ex:p "x" ;\n   ex:q ex:b ex:c .\n'
    with pytest.raises(UserError) as err:
        load_bytes(text.encode(), "turtle", name="bad.ttl")
    assert "line 3, column" in err.value.en
    assert "第 3 行第" in err.value.zh and "bad.ttl" in err.value.zh


def test_malformed_json_reports_line_and_column():
    with pytest.raises(UserError) as err:
        load_bytes(b'{\n  "@id": "http://e/a",\n  oops\n}', "json-ld", name="bad.jsonld")
    assert "line 3, column 3" in err.value.en


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_input_is_refused(data):
    with pytest.raises(UserError) as err:
        load_bytes(data, "turtle", name="empty.ttl")
    assert "empty" in err.value.en


def test_binary_input_is_refused():
    with pytest.raises(UserError) as err:
        load_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, name="picture.ttl")
    assert "binary" in err.value.en


def test_empty_file_and_missing_file(tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_bytes(b"")
    with pytest.raises(UserError):
        load_submission(empty)
    with pytest.raises(UserError):
        load_submission(tmp_path / "missing.ttl")


def test_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.ttl"
    path.write_bytes(VALID.read_bytes())
    with pytest.raises(SubmissionTooLarge) as err:
        load_submission(path, max_bytes=100)
    assert err.value.status == 413
    monkeypatch.setenv("TWPOLICE_MAX_UPLOAD_MB", "0.001")
    assert max_upload_bytes() == 1048
    with pytest.raises(SubmissionTooLarge):
        load_submission(path)
    monkeypatch.delenv("TWPOLICE_MAX_UPLOAD_MB")
    assert max_upload_bytes() == 20 * 1024 * 1024


# -- CSV -----------------------------------------------------------------------------------------

def _row(**over) -> dict:
    row = {c: "" for c in CSV_COLUMNS}
    row.update({
        "agency": "https://w3id.org/twpolice/id/agency/kaohsiung-police", "agency_label": "高雄市政府警察局",
        "indicator": "https://w3id.org/twpolice/id/indicator/kaohsiung-police/i-clearance",
        "indicator_label": "全般刑案破獲率",
        "shared_indicator": "https://w3id.org/twpolice/id/indicator/crime-all-clearance-rate",
        "kind": "actual", "value": "102.13", "unit": "%", "unit_iri": "http://qudt.org/vocab/unit/PERCENT",
        "period_start": "2022-01-01", "period_end": "2022-12-31",
        "document": "https://w3id.org/twpolice/id/document/kaohsiung-police/111-performance-report",
        "source_file": "example.txt", "line_start": "12", "line_end": "12", "evidence": "全般刑案破獲率102.13%",
    })
    row.update(over)
    return row


def _csv(rows: list[dict], columns=CSV_COLUMNS) -> bytes:
    import csv
    import io

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def test_csv_builds_measurements_like_the_converter():
    sub = load_bytes(_csv([_row(), _row(value="95.4", indicator_label="詐欺犯罪破獲率",
                                         indicator="https://w3id.org/twpolice/id/indicator/kaohsiung-police/i-fraud",
                                         shared_indicator="https://w3id.org/twpolice/id/indicator/fraud-clearance-rate")]),
                     "csv", name="ok.csv")
    assert len(list(sub.subjects(None, TWP.Measurement))) == 2
    assert Literal("102.13", datatype=XSD.decimal) in set(sub.objects(None, TWP.value))
    period = URIRef("https://w3id.org/twpolice/id/period/2022")
    assert (period, URIRef("http://www.w3.org/ns/dcat#startDate"), Literal("2022-01-01", datatype=XSD.date)) in sub
    result = validate_graph(sub)
    assert result.conforms, [(r.rule, r.message["en"], r.origin) for r in result.results]


def test_csv_error_points_at_row_and_column():
    rows = [_row(), _row(value="12,3x", indicator="https://w3id.org/twpolice/id/indicator/kaohsiung-police/i-x",
                         indicator_label="某指標"),
            _row(period_start="2023-06-31", period_end="2023-12-31", value="90")]
    result = validate_graph(load_bytes(_csv(rows), "csv", name="agency.csv"))
    by_rule = {r.rule: r for r in result.results if r.severity == "Violation"}
    value = by_rule["R-measurement-value"]
    assert (value.origin.file, value.origin.row, value.origin.column) == ("agency.csv", 3, "value")
    date = by_rule["R-period-dates"]
    assert (date.origin.row, date.origin.column) == (4, "period_start")
    assert "2023-06-31" in date.value


def test_csv_missing_unit_and_unknown_agency():
    rows = [_row(unit="", unit_iri=""), _row(agency="https://w3id.org/twpolice/id/agency/atlantis-police",
                                             indicator="https://w3id.org/twpolice/id/indicator/atlantis-police/i-1")]
    result = validate_graph(load_bytes(_csv(rows), "csv", name="x.csv"))
    cells = {(r.rule, r.origin.row, r.origin.column) for r in result.results if r.severity == "Violation"}
    assert ("R-unit-present", 2, "unit_iri") in cells
    assert ("R-measurement-agency", 3, "agency") in cells


def test_csv_printed_unit_is_resolved_when_no_iri():
    sub = load_bytes(_csv([_row(unit_iri="")]), "csv")
    assert URIRef("http://qudt.org/vocab/unit/PERCENT") in set(sub.objects(None, TWP.unit))


def test_csv_target_needs_operator_column():
    row = _row(kind="target", value="100")
    result = validate_graph(load_bytes(_csv([row]), "csv", name="t.csv"))
    miss = [r for r in result.results if r.rule == "R-target-operator"]
    assert miss and miss[0].origin.column == "operator"  # the export's (empty) operator column
    without = _csv([{k: v for k, v in row.items() if k != "operator"}], columns=[c for c in CSV_COLUMNS if c != "operator"])
    miss = [r for r in validate_graph(load_bytes(without, "csv")).results if r.rule == "R-target-operator"]
    assert miss and miss[0].origin.column == "kind"
    with_op = _csv([dict(row, operator="at-least")])
    assert validate_graph(load_bytes(with_op, "csv")).conforms


def test_csv_without_required_columns_is_refused():
    with pytest.raises(UserError) as err:
        load_bytes(b"a,b,c\n1,2,3\n", "csv", name="other.csv")
    assert "period_start" in err.value.en


def test_csv_header_only_is_refused():
    with pytest.raises(UserError):
        load_bytes(_csv([]), "csv")


def test_csv_big5_is_read():
    data = _csv([_row()]).decode("utf-8").lstrip("\ufeff").encode("cp950")
    sub = load_bytes(data, "csv")
    assert Literal("全般刑案破獲率", lang="zh-Hant") in set(sub.objects())


def test_csv_statement_frame_columns_round_trip():
    """The export's frame columns load back to the triples the RDF mapping makes; old column names still read."""
    row = _row(kind="target", value="3", unit="%", operator="decrease-by", reference_start="2021-01-01",
               reference_end="2021-12-31", printed_label="全般刑案破獲率", value_normalized="3",
               unit_normalized="http://qudt.org/vocab/unit/PERCENT", measure="clearance-rate", subject="crime-all",
               extraction_rule="prose-sentence; relative-target")
    sub = load_bytes(_csv([row]), "csv")
    m = next(sub.subjects(RDF.type, TWP.Measurement))
    assert sub.value(m, TWP.printedLabel) == Literal("全般刑案破獲率", lang="zh-Hant")
    assert str(sub.value(m, TWP.measure)) == iris.measure("clearance-rate")
    assert str(sub.value(m, TWP.subject)) == iris.category("crime-all")
    assert {str(o) for o in sub.objects(m, TWP.extractionRule)} == {"prose-sentence", "relative-target"}
    assert str(sub.value(m, TWP.relativeTo)) == iris.period("2021")
    assert validate_graph(sub).conforms
    old = _csv([{("relative_start" if k == "reference_start" else "relative_end" if k == "reference_end" else k): v
                 for k, v in row.items()}],
               columns=[{"reference_start": "relative_start", "reference_end": "relative_end"}.get(c, c) for c in CSV_COLUMNS])
    sub_old = load_bytes(old, "csv")
    assert str(sub_old.value(next(sub_old.subjects(RDF.type, TWP.Measurement)), TWP.relativeTo)) == iris.period("2021")
