"""The twpolice command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DOCUMENTS, doc_path

KEELUNG_TARGETS = """
SELECT ?indicator ?year ?value ?unit WHERE {
  ?m twp:agency <https://w3id.org/twpolice/id/agency/keelung-police> ; twp:valueType vt:target ;
     twp:indicator/skos:prefLabel ?indicator ; twp:value ?value ; twp:unitText ?unit ;
     twp:period/dcat:startDate ?start .
  FILTER (STR(?indicator) IN ("全般刑案破獲率", "預防犯罪宣導場次"))
  BIND (YEAR(?start) AS ?year)
} ORDER BY ?indicator ?year
"""


def twpolice(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "twpolice.cli", *args], capture_output=True, text=True,
                          env={"TWPOLICE_LANG": "zh-Hant", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())})
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def small_documents(tmp_path_factory) -> Path:
    """The Keelung mid-term plan and the unnamed annual plan, with their manifest entries."""
    folder = tmp_path_factory.mktemp("documents")
    for key in ("003", "004"):
        shutil.copy(doc_path(key), folder)
    manifest = (DOCUMENTS / "manifest.toml").read_text(encoding="utf-8")
    entries = [block for block in manifest.split("[[document]]")[1:] if '"003_' in block or '"004_' in block]
    (folder / "manifest.toml").write_text("".join("[[document]]" + e for e in entries), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built_store(small_documents, tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("store") / "db"
    twpolice("build", "--documents", str(small_documents), "--store", str(store))
    return store


def test_build_then_query_gives_keelung_targets(built_store):
    out = twpolice("query", KEELUNG_TARGETS, "--format", "json", "--store", str(built_store)).stdout
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(out)["results"]["bindings"]]
    got = {(r["indicator"], int(r["year"])): (float(r["value"]), r["unit"]) for r in rows}
    for year in range(2018, 2022):
        assert got[("全般刑案破獲率", year)] == (85.0, "%")
        assert got[("預防犯罪宣導場次", year)] == (50.0, "場")  # named by its shared indicator


def test_build_twice_gives_the_same_triples(small_documents, built_store, tmp_path):
    dump = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    first = sorted(twpolice("query", dump, "--format", "csv", "--store", str(built_store)).stdout.splitlines())
    other = tmp_path / "again"
    twpolice("build", "--documents", str(small_documents), "--store", str(other))
    twpolice("build", "--documents", str(small_documents), "--store", str(other))
    second = sorted(twpolice("query", dump, "--format", "csv", "--store", str(other)).stdout.splitlines())
    assert first == second and len(first) > 3000


def test_info_lists_graphs(built_store):
    out = twpolice("info", "--store", str(built_store)).stdout
    assert "keelung-police/107-110-midterm-plan" in out and "graph/agencies" in out


def test_export_measurements_csv(built_store, tmp_path):
    target = tmp_path / "m.csv"
    twpolice("export", "measurements", "--store", str(built_store), "-o", str(target))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and list(rows[0])[:3] == ["measurement", "agency", "agency_label"]
    assert {r["kind"] for r in rows} <= {"actual", "target", "baseline", "change", "budget"}


def test_convert_to_csv_and_turtle(tmp_path):
    out = tmp_path / "k.csv"
    twpolice("convert", str(doc_path("003")), "--format", "csv", "-o", str(out))
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("measurement,agency,agency_label,program_label,section")
    ttl = twpolice("convert", str(doc_path("004")), "--agency", "unidentified", "--period", "111").stdout
    assert "twp:Measurement" in ttl


@pytest.mark.parametrize("args,needle", [
    (["convert", "DOC004"], "--agency"),
    (["convert", "DOC003", "--genre", "novel"], "novel"),
    (["convert", "DOC003", "--period", "not-a-year"], "period"),
    (["convert", "DOC003", "--agency", "火星警察局"], "火星警察局"),
    (["query", "SELECT WHERE {", "--store", "STORE"], "SPARQL"),
])
def test_bad_input_exits_2_with_one_line(built_store, args, needle, tmp_path):
    lone = tmp_path / doc_path("004").name  # away from the manifest that names its agency
    lone.write_bytes(doc_path("004").read_bytes())
    args = [a.replace("DOC004", str(lone)).replace("DOC003", str(doc_path("003")))
            .replace("STORE", str(built_store)) for a in args]
    proc = twpolice(*args, check=False)
    assert proc.returncode == 2
    assert needle in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_english_messages(built_store, tmp_path):
    lone = tmp_path / doc_path("004").name
    lone.write_bytes(doc_path("004").read_bytes())
    proc = twpolice("convert", str(lone), "--lang", "en", check=False)
    assert proc.returncode == 2 and "names no agency" in proc.stderr


def test_convert_takes_the_options_the_manifest_beside_the_document_gives():
    """004 names no agency or year; documents/manifest.toml gives them, so convert (like build and review) reads it
    with the same metadata and the same fact keys."""
    ttl = twpolice("convert", str(doc_path("004"))).stdout
    assert "id/document/unidentified/111-plan" in ttl


def test_output_to_a_pipe_is_not_wrapped_and_counts_agree(small_documents, tmp_path):
    """Piped (not a terminal), nothing is cut at 80 columns: a long store path, each document's file name and
    agency key stay whole on one line; build and info name triples, quads and indicators in the same words."""
    store = tmp_path / ("a-rather-long-folder-name-for-the-store-so-the-line-passes-eighty-columns" * 2) / "db"
    build = twpolice("build", "--documents", str(small_documents), "--store", str(store)).stdout
    lines = build.splitlines()
    assert any(str(store) in line for line in lines)
    for name in ("003_960ad116a0401fee.txt", "004_b7561b9adedc7f21.txt"):
        row = next(line for line in lines if name in line)
        assert "keelung-police" in row or "unidentified" in row
    info = twpolice("info", "--store", str(store)).stdout
    assert str(store) in info.splitlines()[1]
    sizes = [line for line in build.splitlines() + info.splitlines() if "個三元組（" in line]
    assert len(sizes) == 2 and sizes[0] == sizes[1]  # the same counts in the same words
    assert "個四元組" in sizes[0] and "個指標（共用" in sizes[0] and "機關自訂" in sizes[0]
    english = twpolice("info", "--store", str(store), "--lang", "en").stdout
    assert "quads in" in english and "shared," in english and "of agencies)" in english
