"""`twpolice publish` on the bundled documents: validation first, then a release folder whose CSVs read
back with correct Chinese, whose checksums verify, whose DCAT conforms and parses, whose dumps reload
into the same triples, whose CSVW metadata turns the CSVs back into the graph's triples, and whose
CHANGES list exactly what changed between two releases.

The bundled manifest gives no issue dates (the documents print none): `publish` warns and still
writes a release (tested). A graph with a real violation is refused and nothing is written (tested).
The other releases are built from a copy of the bundled documents whose manifest adds `issued` dates;
those dates are test fixtures, not the documents' real dates.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import shutil
from datetime import date, datetime, timezone
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from twpolice import iris
from twpolice.graph import csvw, portal
from twpolice.graph.build import build_store
from twpolice.graph.publish import PublishRefused, ReleaseReport, latest_release, publish_release, release_file
from twpolice.graph.store import GraphStore
from twpolice.graph.summary import IndicatorCount
from twpolice.graph.tables import TABLES

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "documents"
BASE_URL = "https://data.example.tw/twpolice/"
TEST_ISSUED = {"000": "2023-03-31", "001": "2023-09-30", "002": "2022-01-31", "003": "2018-01-31", "004": "2022-01-31"}
DAY1 = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
DAY2 = datetime(2026, 2, 9, 9, 0, tzinfo=timezone.utc)
CHANGED_FROM, CHANGED_TO = "宣導 342 場", "宣導 343 場"  # document 003, line 149


def _documents_with_dates(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for f in DOCUMENTS.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    text = (DOCUMENTS / "manifest.toml").read_text(encoding="utf-8")
    blocks = re.split(r"^\[\[document\]\]$", text, flags=re.MULTILINE)
    for i, block in enumerate(blocks[1:], start=1):
        key = block.split('file = "', 1)[1][:3]
        blocks[i] = block.rstrip("\n") + f'\nissued = "{TEST_ISSUED[key]}"\n\n'
    assert len(blocks) == 6
    (folder / "manifest.toml").write_text("[[document]]".join(blocks), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("publish")


@pytest.fixture(scope="module")
def store(work) -> GraphStore:
    docs = _documents_with_dates(work / "docs")
    report = build_store(work / "store", docs)
    assert not report.failed, [r.status for r in report.rows]
    return GraphStore(work / "store")


@pytest.fixture(scope="module")
def release(store, work) -> Path:
    out = work / "releases" / "r1"
    report = publish_release(store, out, base_url=BASE_URL, now=DAY1)
    assert report.written and report.validation.conforms
    return out


def _csv_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), f"{path.name}: no UTF-8 BOM (Excel would show mojibake)"
    text = data.decode("utf-8-sig")  # what pandas.read_csv(encoding="utf-8-sig") and Excel do
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return list(reader.fieldnames or []), list(reader)


def _union_triples(store: GraphStore) -> set:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()}


# ---------------------------------------------------------------------------------------------

def test_bundled_manifest_publishes_with_date_warnings(tmp_path):
    """`twpolice build` + `publish` on the manifest as bundled: a release, with one warning per undated document."""
    build_store(tmp_path / "store")
    out = tmp_path / "out" / "release"
    report = publish_release(GraphStore(tmp_path / "store"), out, base_url=BASE_URL)
    assert report.written and report.validation.conforms
    warnings = [r for r in report.validation.results if r.rule == "R-pub-document-date"]
    assert len(warnings) == 5 and {r.severity for r in warnings} == {"Warning"}
    _, documents = _csv_rows(out / "csv" / "documents.csv")
    assert len(documents) == 5 and {d["issued"] for d in documents} == {""}
    checks = json.loads((out / "portal" / "precheck.json").read_text(encoding="utf-8"))["資料集"]
    overall = next(c for c in checks if c["dataset"].endswith("/all"))
    empty = next(x for x in overall["criteria"] if x["id"] == "no-empty-columns")
    # an issue date no document states is empty by nature: the rule says so instead of failing
    assert empty["passed"] and "column issued may be empty" in empty["reason_en"]


def test_violation_is_refused_and_nothing_written(tmp_path):
    """A document without the period it covers violates the publish profile: refused, the report says why."""
    build_store(tmp_path / "store")
    store = GraphStore(tmp_path / "store")
    graph = next(g for g in store.graphs() if g.endswith("/111-plan"))
    store.raw.update(f"DELETE WHERE {{ GRAPH <{graph}> {{ ?d <http://purl.org/dc/terms/temporal> ?p }} }}")
    out = tmp_path / "out" / "release"
    with pytest.raises(PublishRefused) as info:
        publish_release(store, out, base_url=BASE_URL)
    assert "R-pub-document-period" in info.value.message("en")
    assert "nothing was written" in info.value.message("en") and "沒有寫入" in info.value.message("zh-Hant")
    violations = [r for r in info.value.report.validation.results if r.severity == "Violation"]
    assert len(violations) == 1 and violations[0].rule == "R-pub-document-period"
    assert not out.exists() and not (tmp_path / "out").exists()


def test_csvs_load_with_correct_chinese(release, store):
    n_measurements = int(next(iter(store.query(
        "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a twp:Measurement ; twp:sourcePassage ?p }")))["n"].value)
    for name, table in TABLES.items():
        path = release / "csv" / f"{name}.csv"
        header, rows = _csv_rows(path)
        assert header == table.column_names
        assert rows, name
        assert b"\r\n" in path.read_bytes()[:2000]  # RFC 4180 line ends
        dictionary = json.loads((release / "csv" / f"{name}-dictionary.json").read_text(encoding="utf-8"))
        assert [e["欄位名稱"] for e in dictionary["欄位"]] == header
        dheader, drows = _csv_rows(release / "csv" / f"{name}-dictionary.csv")
        assert dheader[:5] == ["欄位名稱", "說明", "型態", "單位", "範例"]
        assert [r["欄位名稱"] for r in drows] == header
    _, measurements = _csv_rows(release / "csv" / "measurements.csv")
    assert len(measurements) == n_measurements
    labels = {r["agency_label"] for r in measurements}
    assert {"高雄市政府警察局", "臺南市政府警察局", "基隆市警察局"} <= labels
    assert any("破獲率" in r["indicator_label"] for r in measurements)
    _, documents = _csv_rows(release / "csv" / "documents.csv")
    assert len(documents) == 5 and len({d["document"] for d in documents}) == 5
    assert {d["issued"] for d in documents} == set(TEST_ISSUED.values())
    _, programs = _csv_rows(release / "csv" / "programs.csv")
    assert len({p["program"] for p in programs}) == len(programs)  # one row per program
    # the per-agency file holds exactly that agency's rows
    header, keelung = _csv_rows(release / "agencies" / "keelung-police" / "measurements.csv")
    assert header == list(TABLES["measurements"].column_names)
    assert keelung and {r["agency_label"] for r in keelung} == {"基隆市警察局"}
    assert len(keelung) == sum(1 for r in measurements if r["agency_label"] == "基隆市警察局")


def test_checksums_verify(release):
    listed = {}
    for line in (release / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, path = line.split("  ", 1)
        assert hashlib.sha256((release / path).read_bytes()).hexdigest() == digest, path
        listed[path] = digest
    on_disk = {str(p.relative_to(release)) for p in release.rglob("*") if p.is_file()}
    assert on_disk - set(listed) == {"SHA256SUMS"}
    manifest = json.loads((release / "release.json").read_text(encoding="utf-8"))
    for f in manifest["files"]:
        assert (release / f["path"]).stat().st_size == f["bytes"] and listed[f["path"]] == f["sha256"]
    # the DCAT distributions state the same sizes and SHA-256
    g = rdflib.Graph().parse(release / "catalog" / "catalog.ttl")
    DCAT, SPDX = rdflib.Namespace("http://www.w3.org/ns/dcat#"), rdflib.Namespace("http://spdx.org/rdf/terms#")
    checked = 0
    for dist in g.subjects(rdflib.RDF.type, DCAT.Distribution):
        url = str(g.value(dist, DCAT.downloadURL))
        assert url.startswith(BASE_URL + "downloads/")
        path = url[len(BASE_URL + "downloads/"):]
        data = (release / path).read_bytes()
        assert int(g.value(dist, DCAT.byteSize)) == len(data)
        checksum = g.value(dist, SPDX.checksum)
        assert g.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
        assert str(g.value(checksum, SPDX.checksumValue)) == hashlib.sha256(data).hexdigest()
        assert g.value(dist, rdflib.DCTERMS.modified) is not None and g.value(dist, DCAT.mediaType) is not None
        checked += 1
    # a distribution per file, except the catalogue itself and the two files listing the catalogue
    assert checked == len(on_disk) - 4


def test_dcat_parses_and_conforms_to_publish(release):
    from twpolice.shapes.validator import validate_graph

    ttl = rdflib.Graph().parse(release / "catalog" / "catalog.ttl")
    jsonld = rdflib.Graph().parse(release / "catalog" / "catalog.jsonld", format="json-ld")
    assert len(ttl) > 500 and isomorphic(ttl, jsonld)
    DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
    datasets = set(ttl.subjects(rdflib.RDF.type, DCAT.Dataset))
    agencies = {str(d).rsplit("/", 1)[-1] for d in datasets if "/id/dataset/" in str(d)}
    assert agencies == {"all", "kaohsiung-police", "tainan-police", "keelung-police", "unidentified"}
    series = {str(s).rsplit("/", 1)[-1] for s in ttl.subjects(rdflib.RDF.type, DCAT.DatasetSeries)}
    assert series == {"plan", "midterm-plan", "performance-report", "council-report"}
    for ds in datasets:
        assert ttl.value(ds, rdflib.DCTERMS.license) == rdflib.URIRef("https://data.gov.tw/license")
        assert ttl.value(ds, rdflib.DCTERMS.publisher) is not None and ttl.value(ds, DCAT.contactPoint) is not None
    kaohsiung = rdflib.URIRef(f"{iris.BASE}id/dataset/kaohsiung-police")
    assert ttl.value(kaohsiung, rdflib.DCTERMS.spatial) == rdflib.URIRef(f"{iris.BASE}id/place/64000")
    period = ttl.value(kaohsiung, rdflib.DCTERMS.temporal)
    assert ttl.value(period, DCAT.startDate) is not None and ttl.value(period, DCAT.endDate) is not None
    service = next(ttl.subjects(rdflib.RDF.type, DCAT.DataService))
    assert str(ttl.value(service, DCAT.endpointURL)) == BASE_URL + "sparql"
    assert (rdflib.URIRef(f"{iris.BASE}id/dataset/keelung-police"), rdflib.DCTERMS.hasPart, None) in ttl
    assert ("政府資料開放授權條款－第1版" in
            {str(o) for o in ttl.objects(rdflib.URIRef("https://data.gov.tw/license"), rdflib.RDFS.label)})
    # the published graph + its catalogue conform to the publish profile
    data = rdflib.Graph()
    data.parse(release / "rdf" / "twpolice.ttl")
    data += ttl
    result = validate_graph(data, profile="publish")
    assert result.conforms, result.summary_line("en")
    # ... and the check can fail: the same graph without the licences does not
    for ds in datasets:
        data.remove((ds, rdflib.DCTERMS.license, None))
    broken = validate_graph(data, profile="publish")
    assert not broken.conforms and "R-pub-dataset-licence" in broken.counts_by_rule("Violation")


def test_dumps_reload_into_the_same_triples(release, store):
    """The store's quads, plus the data sets' descriptions (the catalogue graph) so a dump validates alone."""
    quads = set(store.quads())
    catalogue = ox.NamedNode(str(iris.GRAPH_CATALOGUE))
    for name, fmt in (("twpolice.nq", ox.RdfFormat.N_QUADS), ("twpolice.trig", ox.RdfFormat.TRIG)):
        fresh = ox.Store()
        fresh.load(path=str(release / "rdf" / name), format=fmt)
        assert {q for q in fresh if q.graph_name != catalogue} == quads, name
        described = {q.subject.value for q in fresh.quads_for_pattern(
            None, ox.NamedNode("http://purl.org/dc/terms/license"), None, catalogue)}
        assert f"{iris.BASE}id/dataset/all" in described, name
    catalogue_triples = {ox.Triple(q.subject, q.predicate, q.object) for q in fresh if q.graph_name == catalogue}
    union = _union_triples(store) | catalogue_triples
    for name, fmt in (("twpolice.ttl", ox.RdfFormat.TURTLE), ("twpolice.jsonld", ox.RdfFormat.JSON_LD)):
        got = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(release / "rdf" / name), format=fmt)}
        assert got == union, name
    with gzip.open(release / "rdf" / "twpolice.nt.gz") as fh:
        got = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(fh.read(), format=ox.RdfFormat.N_TRIPLES)}
    assert got == union
    # the agency's TriG holds exactly its documents' graphs
    fresh = ox.Store()
    fresh.load(path=str(release / "agencies" / "keelung-police" / "keelung-police.trig"), format=ox.RdfFormat.TRIG)
    graphs = {g.value for g in fresh.named_graphs()}
    assert graphs == {g for g in store.graphs() if "/graph/keelung-police/" in g} and graphs
    assert set(fresh) == {q for q in quads if q.graph_name.value in graphs}


def test_csvw_round_trip(release, store, tmp_path):
    union = _union_triples(store)
    for name in TABLES:
        meta = release / "csv" / f"{name}.csv-metadata.json"
        doc = json.loads(meta.read_text(encoding="utf-8"))
        assert doc["@context"][0] == "http://www.w3.org/ns/csvw" and doc["url"] == f"{name}.csv"
        triples = csvw.csv_to_rdf(meta)
        assert triples, name
        missing = [t for t in triples if t not in union]
        assert not missing, f"{name}: {len(missing)} triples not in the graph, e.g. {missing[:2]}"
    # every mapped property of every measurement comes back exactly
    triples = set(csvw.csv_to_rdf(release / "csv" / "measurements.csv-metadata.json"))
    props = [f"{iris.TWP}{p}" for p in ("agency", "indicator", "valueType", "value", "unit", "unitText", "qualifier")]
    _, rows = _csv_rows(release / "csv" / "measurements.csv")

    def index(ts):
        out: dict = {}
        for t in ts:
            if t.predicate.value in props:
                out.setdefault(t.subject, set()).add(t)
        return out

    from_graph, from_csv = index(union), index(triples)
    for r in rows:
        m = ox.NamedNode(r["measurement"])
        assert from_csv[m] == from_graph[m], r["measurement"]
    # the check can fail: a changed value gives a triple the graph does not have
    copy = tmp_path / "csv"
    shutil.copytree(release / "csv", copy)
    text = (copy / "measurements.csv").read_bytes().decode("utf-8-sig")
    first = rows[0]
    text = text.replace(f",{first['value']},{first['unit']},", f",{first['value']}1,{first['unit']},", 1)
    (copy / "measurements.csv").write_bytes(("\ufeff" + text).encode("utf-8"))
    changed = csvw.csv_to_rdf(copy / "measurements.csv-metadata.json")
    assert [t for t in changed if t not in union]


def test_portal_metadata_and_precheck(release):
    doc = json.loads((release / "portal" / "portal-metadata.json").read_text(encoding="utf-8"))
    records = doc["資料集"]
    assert len(records) == 5
    for r in records:
        for f in portal.PORTAL_FIELDS:
            assert r[f], (r["資料集識別碼"], f)
        assert r["授權方式"] == "政府資料開放授權條款－第1版" and r["編碼格式"] == "UTF-8" and r["計費方式"] == "免費"
        assert all(u.startswith(BASE_URL + "downloads/") for u in r["下載網址"].values())
    header, rows = _csv_rows(release / "portal" / "portal-metadata.csv")
    assert header[1:13] == list(portal.PORTAL_FIELDS) and len(rows) == 5
    checks = json.loads((release / "portal" / "precheck.json").read_text(encoding="utf-8"))["資料集"]
    for c in checks:
        ids = [x["id"] for x in c["criteria"]]
        assert ids == ["open-format", "utf-8", "field-descriptions", "no-empty-columns", "stable-urls", "updated-date"]
        for x in c["criteria"]:
            assert x["reason_zh"] and x["reason_en"]
            if x["id"] != "no-empty-columns":
                assert x["passed"], (c["title"], x)
        # reported truthfully: a column with no value in a dataset's CSVs is a fail naming the column
        key = c["dataset"].rsplit("/", 1)[-1]
        csvs = list((release / "csv").glob("*.csv")) if key == "all" else [release / "agencies" / key / "measurements.csv"]
        empty = {(p.name, col) for p in csvs for col in portal.empty_columns(p)}
        criterion = next(x for x in c["criteria"] if x["id"] == "no-empty-columns")
        assert criterion["passed"] == all(col in portal.SOMETIMES_EMPTY for _, col in empty)
        assert all(col in criterion["reason_en"] for _, col in empty)
    assert "預檢" in (release / "portal" / "precheck.md").read_text(encoding="utf-8")


def test_precheck_criteria_fail_for_real_problems(tmp_path):
    bad_urls = portal.check_urls({"csv/a.csv": "http://127.0.0.1:8000/downloads/csv/a.csv",
                                  "csv/b.csv": "https://data.example.tw/tmp/csv/b.csv"})
    assert not bad_urls.passed and "not https" in bad_urls.reason_en and "/tmp/" in bad_urls.reason_en
    (tmp_path / "big5.csv").write_bytes("機關\r\n臺南\r\n".encode("cp950"))
    bad_utf8 = portal.check_utf8(tmp_path, ["big5.csv"])
    assert not bad_utf8.passed and "big5.csv" in bad_utf8.reason_en
    (tmp_path / "t.csv").write_bytes("\ufeffa,b\r\n1,\r\n".encode("utf-8"))
    (tmp_path / "t.json").write_text(json.dumps({"欄位": [{"欄位名稱": "a", "說明": "x"}, {"欄位名稱": "c", "說明": "y"}]}))
    assert not portal.check_fields(tmp_path, [("t.csv", "t.json")]).passed
    empty = portal.check_empty_columns(tmp_path, ["t.csv"])
    assert not empty.passed and "b" in empty.reason_en
    # a column empty by nature (no PDF source has pages) is named with its reason, and does not fail the rule
    (tmp_path / "p.csv").write_bytes("\ufeffa,page\r\n1,\r\n".encode("utf-8"))
    pages = portal.check_empty_columns(tmp_path, ["p.csv"])
    assert pages.passed and "page may be empty" in pages.reason_en
    (tmp_path / "q.csv").write_bytes("\ufeffa,page,b\r\n1,,\r\n".encode("utf-8"))
    both = portal.check_empty_columns(tmp_path, ["q.csv"])
    assert not both.passed and "q.csv: b" in both.reason_en
    assert not portal.check_dates("2026-01-01", {"x.csv": None}).passed
    assert not portal.check_formats(["data.xlsx"]).passed


def test_two_releases_list_exactly_the_changed_values(release, store, work):
    docs2 = _documents_with_dates(work / "docs2")
    path = next(docs2.glob("003_*.txt"))
    text = path.read_text(encoding="utf-8")
    assert text.count(CHANGED_FROM) == 1
    path.write_text(text.replace(CHANGED_FROM, CHANGED_TO), encoding="utf-8")
    shutil.copytree(work / "store", work / "store2")
    report = build_store(work / "store2", docs2)
    assert not report.failed
    out = work / "releases" / "r2"
    r2 = publish_release(GraphStore(work / "store2"), out, previous=release, base_url=BASE_URL, now=DAY2)
    _, changes = _csv_rows(out / "changes.csv")
    kinds = sorted(c["change"] for c in changes)
    assert kinds == ["document-replaced", "measurement-changed"], changes
    doc = next(c for c in changes if c["change"] == "document-replaced")
    assert doc["item"].endswith("/keelung-police/107-110-midterm-plan") and doc["field"] == "sha256"
    m = next(c for c in changes if c["change"] == "measurement-changed")
    assert (m["old_value"], m["new_value"], m["unit"], m["kind"]) == ("342", "343", "場", "target")
    assert m["item"] != m["old_item"]  # the measurement IRI hashes the quote
    assert r2.changes["measurement-changed"] == 1 and r2.previous == json.loads(
        (release / "release.json").read_text(encoding="utf-8"))["release"]
    md = (out / "CHANGES.md").read_text(encoding="utf-8")
    assert "342 → 343 場" in md
    # files whose bytes did not change keep the first release's modified date
    m1 = {f["path"]: f for f in json.loads((release / "release.json").read_text())["files"]}
    m2 = {f["path"]: f for f in json.loads((out / "release.json").read_text())["files"]}
    tainan = "agencies/tainan-police/measurements.csv"
    assert m2[tainan]["sha256"] == m1[tainan]["sha256"] and m2[tainan]["modified"] == "2026-01-05"
    keelung = "agencies/keelung-police/measurements.csv"
    assert m2[keelung]["sha256"] != m1[keelung]["sha256"] and m2[keelung]["modified"] == "2026-02-09"
    # latest_release serves r2; a folder being written is never served
    (work / "releases" / ".r3.tmp-abc").mkdir()
    assert latest_release(work / "releases") == out
    assert latest_release(out) == out
    assert latest_release(work / "nothing") is None
    assert release_file(out, "csv/measurements.csv") == (out / "csv" / "measurements.csv").resolve()
    assert release_file(out, "../r1/release.json") is None and release_file(out, "store") is None


def test_failure_while_writing_leaves_no_half_release(release, store, work):
    """A previous release missing a file fails mid-write: the existing release is untouched, no temp folder left."""
    broken_prev = work / "broken-prev"
    shutil.copytree(release, broken_prev)
    (broken_prev / "csv" / "measurements.csv").unlink()
    target = work / "releases" / "r-fail"
    shutil.copytree(release, target)
    before = {p: p.read_bytes() for p in target.rglob("*") if p.is_file()}
    from twpolice.errors import UserError

    with pytest.raises(UserError) as info:
        publish_release(store, target, previous=broken_prev, base_url=BASE_URL, now=DAY2)
    assert "measurements.csv" in info.value.message("en")
    assert {p: p.read_bytes() for p in target.rglob("*") if p.is_file()} == before
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".r-fail")]
    # and a folder that is not a release is never overwritten
    other = work / "not-a-release"
    other.mkdir()
    (other / "keep.txt").write_text("mine")
    with pytest.raises(UserError):
        publish_release(store, other, base_url=BASE_URL)
    assert (other / "keep.txt").read_text() == "mine"


def test_the_console_names_each_failed_precheck_criterion():
    """「開放資料平臺預檢：28/30 項通過」 is followed by one line per failure, with its dataset and reason."""
    report = ReleaseReport(Path("out"), "r1", datetime(2026, 12, 5, tzinfo=timezone.utc), "publish", written=True)
    fail = portal.Criterion("no-empty-columns", "無全空欄位", "no empty columns", False,
                            "全為空值的欄位：csv/a.csv: b", "columns with no value: csv/a.csv: b")
    ok = portal.Criterion("utf-8", "UTF-8 編碼", "UTF-8 encoding", True, "好", "fine")
    report.precheck = [portal.DatasetCheck("https://example/all", "全部", [ok, fail])]
    report.indicators = IndicatorCount(10, 4)
    zh, en = report.summary_lines("zh-Hant"), report.summary_lines("en")
    assert "開放資料平臺預檢：1/2 項通過" in zh
    assert any(line.strip().startswith("✗ 全部 · 無全空欄位：") and "csv/a.csv: b" in line for line in zh)
    assert any("✗ 全部 · no empty columns: columns with no value: csv/a.csv: b" in line for line in en)
    assert not any("UTF-8" in line for line in zh)  # passed criteria are not listed


@pytest.mark.parametrize("lines,expected", [
    (["臺北市政府警察局112年度施政計畫", "中華民國112年3月15日", "壹、前言"], date(2023, 3, 15)),
    (["高雄市政府警察局", "發布日期：112.3.15"], date(2023, 3, 15)),
    (["報告", "２０２３年１月５日"], date(2023, 1, 5)),
    (["112年度預算於112年6月20日經市議會三讀審議通過"], None),  # an event inside a sentence
    (["中華民國112年2月30日"], None),  # no such day
    (["112年3月"], None),  # a month is not an issue date
])
def test_the_issue_date_is_read_only_where_the_document_states_it(lines, expected):
    from twpolice.converters.detect import detect_issued

    assert detect_issued(lines) == expected
