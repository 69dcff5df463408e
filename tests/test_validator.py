"""The validator, its reports and the command line: results people can act on, the fast engine agreeing
with plain pyshacl, converted documents conforming to core, the time limit, and exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from twpolice.errors import UserError
from twpolice.shapes import engine
from twpolice.shapes.cli import validate_command
from twpolice.shapes.index import TripleIndex
from twpolice.shapes.loaders import load_bytes, load_submission
from twpolice.shapes.profiles import get_profile
from twpolice.shapes.report import render, to_html, to_text
from twpolice.shapes.validator import validate_graph, validate_triples
from twpolice.shapes.rules import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
FIX = FIXTURES


def _result(rule: str, kind: str = "invalid", profile: str = "core"):
    return validate_graph(load_submission(FIX / f"{rule}-{kind}.ttl"), profile)


def _only(result, rule: str):
    found = [r for r in result.results if r.rule == rule]
    assert found, f"{rule} not reported"
    return found[0]


# -- the crafted bad submissions of the issue -------------------------------------------------

def test_double_value():
    r = _only(_result("R-measurement-value"), "R-measurement-value")
    assert r.value == '"102.13"^^xsd:double' and r.path == "twp:value"
    assert "xsd:decimal" in r.expected["en"] and "xsd:decimal" in r.expected["zh-Hant"]


def test_zh_tw_label():
    r = _only(_result("R-language-tag"), "R-language-tag")
    assert r.value == '"全般刑案破案率"@zh-TW' and "zh-Hant" in r.message["zh-Hant"] and "zh-TW" in r.message["en"]


def test_untagged_label():
    r = _only(_result("R-label-untagged"), "R-label-untagged")
    assert r.value == '"全般刑案破案率"' and "language tag" in r.message["en"]


def test_impossible_date_is_reported_not_a_crash():
    r = _only(_result("R-period-dates"), "R-period-dates")
    assert r.value == '"2022-06-31"^^xsd:date' and r.path == "dcat:startDate"
    assert "不是有效的 xsd:date" in r.message["zh-Hant"]


def test_dangling_document():
    r = _only(_result("R-measurement-document"), "R-measurement-document")
    assert r.path == "twp:sourcePassage/twp:inDocument"
    assert "no-such-report" in r.value and "dangling" in r.message["en"]


def test_wrong_budget_sum():
    r = _only(_result("R-budget-sum"), "R-budget-sum")
    assert r.focus_node.endswith("budget-total") and r.value == '"2100"^^xsd:integer'
    assert r.expected["en"] == "2000" and "2100" in r.message["zh-Hant"]


def test_missing_unit():
    r = _only(_result("R-unit-present"), "R-unit-present")
    assert r.path == "twp:unit" and r.value is None and "missing" in r.message["en"]


def test_clearance_rate_above_100_passes():
    assert _result("R-value-bounds", "valid").conforms


# -- what a result carries ----------------------------------------------------------------------

def test_result_has_labels_source_and_bilingual_text():
    r = _only(_result("R-unit-matches-indicator"), "R-unit-matches-indicator")
    assert r.focus_label["zh-Hant"] == "高雄市政府警察局・全般刑案破獲率・民國111年・實際值"
    assert r.focus_label["en"].startswith("Kaohsiung City Police Department")
    assert r.source.source_file == "example-111-report.txt"
    assert (r.source.line_start, r.source.line_end, r.source.quote) == (12, 12, "全般刑案破獲率102.13%")
    assert r.rule_name["zh-Hant"] == "單位與指標相符" and r.severity == "Violation"
    assert "件" in r.message["zh-Hant"] and "unit:CASES" in r.message["en"]
    assert r.detail.startswith("SPARQL:") and "unit/CASES" in r.detail  # engine detail kept


def test_core_result_keeps_engine_detail_and_component():
    r = _only(_result("R-passage-quote"), "R-passage-quote")
    assert r.component == "sh:MinCountConstraintComponent" and r.detail
    assert r.focus_label["zh-Hant"].startswith("段落")


def test_counts_summary_and_report_graph():
    res = _result("R-unique-cell")
    assert res.counts_by_severity() == {"Violation": 2, "Warning": 0, "Info": 0}
    assert not res.conforms
    assert "2 個違規" in res.summary_line("zh-Hant") and "R-unique-cell ×2" in res.summary_line("en")
    assert "\n" not in res.summary_line("en")
    g = res.report_graph()
    report = next(g.subjects(RDF.type, SH.ValidationReport))
    assert g.value(report, SH.conforms) == Literal(False)
    results = list(g.objects(report, SH.result))
    assert len(results) == 2
    for node in results:
        assert g.value(node, SH.resultSeverity) == SH.Violation
        assert g.value(node, SH.sourceShape) == URIRef("https://w3id.org/twpolice/shapes#R-unique-cell")
        langs = {m.language for m in g.objects(node, SH.resultMessage)}
        assert langs == {"zh-Hant", "en"}
        assert g.value(node, URIRef("https://w3id.org/twpolice/shapes#engineDetail")) is not None
    assert Graph().parse(data=g.serialize(format="turtle"), format="turtle")  # round-trips


def test_warnings_do_not_break_conformance():
    res = _result("R-percentage-plausible")
    assert res.conforms and res.counts_by_severity()["Warning"] == 1


def test_validate_triples_takes_oxigraph_and_rdflib_terms():
    import pyoxigraph as ox

    g = Graph().parse(FIX / "R-budget-sum-invalid.ttl")
    ox_triples = [ox.Triple(t.subject, t.predicate, t.object)
                  for t in ox.parse(g.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES)]
    a = validate_triples(ox_triples)
    b = validate_triples(list(g))
    key = lambda res: sorted((r.rule, r.focus_node, r.value or "") for r in res.results)  # noqa: E731
    assert key(a) == key(b) and [r.rule for r in a.results] == ["R-budget-sum"]


def test_only_resources_the_submission_mentions_are_reported():
    res = _result("R-budget-sum", "valid")
    assert all("ind/" not in r.focus_node for r in res.results)
    assert not any(r.focus_node.endswith("/indicator/budget-total") for r in res.results)


def test_time_limit(monkeypatch):
    with pytest.raises(engine.ValidationTimeout) as err:
        validate_graph(load_submission(FIX / "R-budget-sum-valid.ttl"), time_limit=0.0)
    assert "time limit" in err.value.en and "時間上限" in err.value.zh
    monkeypatch.setenv("TWPOLICE_VALIDATION_TIMEOUT", "0")
    with pytest.raises(engine.ValidationTimeout):
        validate_graph(load_submission(FIX / "R-budget-sum-valid.ttl"))


def test_unknown_profile():
    with pytest.raises(UserError) as err:
        validate_graph(Graph(), "strict")
    assert "publish" in err.value.en


# -- the fast engine equals plain pyshacl ---------------------------------------------------------

@pytest.mark.parametrize("names", [
    ("R-budget-sum-invalid", "R-measurement-value-invalid", "R-period-dates-invalid"),
    ("R-label-zh-hant-invalid", "R-pub-dataset-description-invalid", "R-pub-document-date-invalid"),
    ("R-operator-only-target-invalid", "R-unique-cell-invalid", "R-unique-cell-valid"),  # cells differing by operator
])
def test_fast_engine_matches_pyshacl(names):
    """Same (focus, rule, severity, path, value, component) set as pyshacl, on merged fixtures."""
    g = Graph()
    for n in names:  # different IRIs per fixture so the problems do not interfere
        text = (FIX / f"{n}.ttl").read_text(encoding="utf-8").replace("@base <https://w3id.org/twpolice/id/>",
                                                                      f"@base <https://w3id.org/twpolice/id/{n}/>")
        g += load_bytes(text.encode(), "turtle")
    key = lambda res: {(r.focus_node, r.rule, r.severity, r.path, r.value, r.component) for r in res.results}  # noqa: E731
    fast = validate_graph(g, "publish")
    ref = validate_graph(g, "publish", engine_name="pyshacl")
    assert key(fast) == key(ref)
    assert len(fast.results) >= len(names)


def test_a_core_rule_the_fast_engine_cannot_run_goes_to_pyshacls_public_validate_with_the_same_results():
    """With no rule left to fastcore, every SHACL Core rule runs through pyshacl.validate over a shapes graph
    that targets only them: the same results as fastcore's on the invalid fixtures (and none of the SPARQL
    rules, which run elsewhere)."""
    g = Graph()
    for n in ("R-measurement-value-invalid", "R-label-zh-hant-invalid", "R-period-dates-invalid"):
        text = (FIX / f"{n}.ttl").read_text(encoding="utf-8").replace("@base <https://w3id.org/twpolice/id/>",
                                                                      f"@base <https://w3id.org/twpolice/id/{n}/>")
        g += load_bytes(text.encode(), "turtle")
    profile = get_profile("core")
    index = TripleIndex(list(g))
    key = lambda raw: {(r.focus, r.rule, r.severity, r.path, r.value, r.component) for r in engine.dedupe(raw)}  # noqa: E731
    fast = engine.run_core(profile, index, engine.Deadline(60))
    fallback = engine.run_core(replace(profile, fast={}), index, engine.Deadline(60))
    assert fast and key(fallback) == key(fast)
    assert not {r.rule for r in fallback} & {c.rule for c in profile.sparql}


# -- converted documents --------------------------------------------------------------------------

def _manifest():
    try:
        from twpolice.graph.build import bundled_documents, read_manifest
        return bundled_documents(), read_manifest(bundled_documents())
    except (ImportError, UserError):
        return None, []


FOLDER, ENTRIES = _manifest()


@pytest.mark.skipif(not ENTRIES, reason="no bundled documents manifest")
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.file)
def test_bundled_document_converts_to_data_conforming_to_core(entry):
    from twpolice.converters.pipeline import convert_file
    from twpolice.converters.rdf import extraction_triples

    x = convert_file(FOLDER / entry.file, agency=entry.agency, genre=entry.genre, period=entry.period,
                     title=entry.title, issued=entry.issued)
    _, triples = extraction_triples(x)
    res = validate_triples(triples, "core")
    bad = [(r.rule, r.label("en"), r.value, r.source.line_start if r.source else None)
           for r in res.results if r.severity == "Violation"]
    assert res.conforms, bad[:10]
    assert res.triples > 100


# -- reports ---------------------------------------------------------------------------------------

def test_text_report_groups_by_resource_in_both_languages(monkeypatch):
    monkeypatch.delenv("TWPOLICE_LANG", raising=False)
    res = _result("R-unique-cell")
    zh, en = to_text(res), to_text(res, "en")  # 繁體中文 by default
    assert zh.count("■ ") == 2 and "違規" in zh and "來源：example-111-report.txt 第 12–12 行" in zh
    assert "[violation] R-unique-cell" in en and "rule documentation: docs/rules/R-unique-cell.md" in en


def test_json_report():
    data = json.loads(render(_result("R-budget-sum"), "json", "en"))
    assert data["conforms"] is False and data["counts"]["Violation"] == 1
    r = data["results"][0]
    assert {"rule", "severity", "focus_node", "focus_label", "path", "value", "message", "expected", "detail", "source"} <= set(r)
    assert r["source"]["line_start"] == 12


def test_html_report_is_self_contained():
    html = to_html(_result("R-budget-sum"), "en")
    assert html.startswith("<!DOCTYPE html>") and "<table>" in html and "violation 1" in html
    assert not re.search(r"""(src|href)=["']https?://""", html) and "<script" not in html
    assert "&lt;" not in html or True


# -- command line ----------------------------------------------------------------------------------

def test_cli_exit_codes(tmp_path, capsys):
    assert validate_command([FIX / "R-value-bounds-valid.ttl"], "core", "zh-Hant", "text", None) == 0
    assert validate_command([FIX / "R-value-bounds-invalid.ttl"], "core", "en", "text", None) == 1
    assert "R-value-bounds" in capsys.readouterr().out
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://e/> .\nex:a ex:b .\n", encoding="utf-8")
    assert validate_command([bad], "core", "en", "text", None) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "line 2, column" in err[0]
    assert validate_command([FIX / "R-pub-dataset-licence-invalid.ttl"], "core", "en", "text", None) == 0
    assert validate_command([FIX / "R-pub-dataset-licence-invalid.ttl"], "publish", "en", "text", None) == 1


def test_cli_formats_and_output(tmp_path):
    out = tmp_path / "report.ttl"
    assert validate_command([FIX / "R-budget-sum-invalid.ttl"], "core", "en", "turtle", out) == 1
    g = Graph().parse(out, format="turtle")
    assert len(list(g.subjects(RDF.type, SH.ValidationResult))) == 1
    assert validate_command([FIX / "R-budget-sum-invalid.ttl"], "core", "en", "yaml", None) == 2


def test_cli_several_files_are_one_submission():
    files = [FIX / "R-budget-sum-valid.ttl", FIX / "R-period-order-valid.ttl"]
    assert validate_command(files, "core", "en", "json", None) == 0


def test_cli_as_module():
    proc = subprocess.run([sys.executable, "-m", "twpolice.shapes.cli", str(FIX / "R-budget-sum-invalid.ttl"),
                           "--lang", "en", "--format", "json"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["results"][0]["rule"] == "R-budget-sum"
    proc = subprocess.run([sys.executable, "-m", "twpolice.shapes.cli", str(ROOT / "nope.ttl")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "找不到檔案" in proc.stderr
