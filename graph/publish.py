"""``twpolice publish``: a release folder for the open data portal, validated first.

:func:`publish_release` takes a snapshot of the store (embedded or remote: anything with
``quads()``), validates the union of its graphs together with the release's DCAT catalogue against a
SHACL profile (``publish`` by default) and, only if that conforms, writes::

    README.md                     what this is, how to cite, licence, how to query
    CHANGES.md, changes.csv       what changed since --previous (documents, values old → new, mappings)
    release.json, SHA256SUMS      the file list with sizes and SHA-256 (``sha256sum -c SHA256SUMS``)
    rdf/twpolice.nq, .trig        every named graph (N-Quads, TriG)
    rdf/twpolice.ttl, .jsonld     the union graph (Turtle, JSON-LD)
    rdf/twpolice.nt.gz            the union graph (N-Triples, gzipped)
    csv/{table}.csv               measurements, indicators, programs, agencies, documents (UTF-8 + BOM)
    csv/{table}.csv-metadata.json CSVW metadata (the CSV converts back to the graph's triples)
    csv/{table}-dictionary.csv/.json   data dictionary: 欄位名稱, 說明, 型態, 單位, 範例 (+ 英文說明)
    agencies/{key}/measurements.csv (+ CSVW) and {key}.trig    one dataset per agency
    catalog/catalog.ttl, .jsonld  DCAT-AP catalogue (datasets, series per genre, distributions, service)
    portal/portal-metadata.json/.csv, portal/precheck.json/.md   the portal's fields and quality pre-check
    validation/publish-validation.json/.ttl                       the validation report

Everything is written to a temporary sibling folder and moved into place at the end, so a failure never
leaves half a release; an existing release at ``out_dir`` is replaced, any other non-empty folder is
refused. :func:`latest_release` finds what the site should serve under ``/downloads/``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, timezone
from pathlib import Path

import pyoxigraph as ox

from twpolice import __version__, iris
from twpolice.errors import UserError
from twpolice.graph import changes as changes_mod
from twpolice.graph import csvw, dcat, portal
from twpolice.csvformat import rows_to_csv
from twpolice.graph.store import GraphStore
from twpolice.graph.summary import IndicatorCount, Size, indicator_count
from twpolice.shapes.validator import validate_triples
from twpolice.graph.tables import DICTIONARY_COLUMNS, TABLES, dictionary_json, dictionary_rows, numeric_columns

RELEASE_MANIFEST = "release.json"
RELEASE_FORMAT = "twpolice-release/1"
DEFAULT_PUBLISHER = "npa"
DEFAULT_FREQUENCY = "每1年"


@dataclass(frozen=True)
class ReviewShare:
    """How many of a document's measurements a person reviewed (status other than ``machine``)."""

    reviewed: int
    total: int

    @property
    def unreviewed(self) -> int:
        return self.total - self.reviewed

    def text(self, lang: str) -> str:
        share = f"{self.reviewed / self.total:.1%}" if self.total else "-"
        if lang == "en":
            return f"{self.reviewed:,} of {self.total:,} numbers reviewed by a person ({share})"
        return f"{self.total:,} 個數值中 {self.reviewed:,} 個經人工審閱（{share}）"


def review_shares(measurements: list[dict[str, str]]) -> dict[str, ReviewShare]:
    """Source file → its review share, from the measurement table (``review_status``; empty counts as not reviewed)."""
    counts: dict[str, list[int]] = {}
    for row in measurements:
        c = counts.setdefault(row["source_file"], [0, 0])
        c[0] += row.get("review_status", "") not in ("", "machine")
        c[1] += 1
    return {file: ReviewShare(*c) for file, c in sorted(counts.items())}


class ReviewRequired(UserError):
    """``--require-review`` and some measurements are not reviewed: nothing was written."""

    exit_code = 1

    def __init__(self, shares: dict[str, ReviewShare]) -> None:
        waiting = {f: s for f, s in shares.items() if s.unreviewed}
        self.lines_zh = [f"  {f}：{s.unreviewed:,} 個未審閱（共 {s.total:,}）" for f, s in waiting.items()]
        self.lines_en = [f"  {f}: {s.unreviewed:,} not reviewed (of {s.total:,})" for f, s in waiting.items()]
        n = sum(s.unreviewed for s in waiting.values())
        super().__init__(f"未發布：{len(waiting)} 份文件尚有 {n:,} 個數值未經審閱（--require-review），沒有寫入任何檔案",
                         f"not published: {n:,} numbers in {len(waiting)} documents are not reviewed (--require-review); "
                         "nothing was written")


class PublishRefused(UserError):
    """The graph does not conform to the profile: nothing was written. ``report.validation`` says why."""

    def __init__(self, zh: str, en: str, report: "ReleaseReport") -> None:
        super().__init__(zh, en)
        self.report = report


@dataclass
class ReleaseReport:
    out_dir: Path
    release_id: str
    created: datetime
    profile: str
    validation: object = None  # twpolice.shapes.result.ValidationResult
    files: list[dcat.FileInfo] = field(default_factory=list)
    precheck: list[portal.DatasetCheck] = field(default_factory=list)
    changes: dict[str, int] = field(default_factory=dict)
    previous: str | None = None
    graphs: int = 0
    quads: int = 0
    triples: int = 0
    indicators: IndicatorCount | None = None
    rows: dict[str, int] = field(default_factory=dict)
    review: dict[str, ReviewShare] = field(default_factory=dict)  # source file → share reviewed
    seconds: float = 0.0
    written: bool = False

    @property
    def size(self) -> Size:
        return Size(self.triples, self.quads, self.graphs)

    def summary_lines(self, lang: str = "zh-Hant") -> list[str]:
        en = lang == "en"
        out = []
        if self.validation is not None:
            out.append(self.validation.summary_line(lang))
        if not self.written:
            return out
        passed = sum(x.passed for c in self.precheck for x in c.criteria)
        total = sum(len(c.criteria) for c in self.precheck)
        size = sum(f.bytes for f in self.files)
        if en:
            out.append(f"release {self.release_id}: {len(self.files)} files, {size:,} bytes in {self.out_dir}")
            out.append(f"{self.size.text(lang)} · {self.indicators.text(lang)}; " +
                       ", ".join(f"{k} {v:,}" for k, v in self.rows.items()))
            out.append(f"portal pre-check: {passed}/{total} criteria passed")
            out.extend(f"  ✗ {c.title} · {x.name_en}: {x.reason_en}" for c in self.precheck for x in c.criteria
                       if not x.passed)
            labels = changes_mod.CHANGE_LABELS
            out.append("changes: " + (", ".join(f"{labels[k].en} {v}" for k, v in self.changes.items() if v) or "none"))
        else:
            out.append(f"版本 {self.release_id}：{len(self.files)} 個檔案，共 {size:,} 位元組，位於 {self.out_dir}")
            out.append(f"{self.size.text(lang)} · {self.indicators.text(lang)}；" +
                       "、".join(f"{k} {v:,}" for k, v in self.rows.items()))
            out.append(f"開放資料平臺預檢：{passed}/{total} 項通過")
            out.extend(f"  ✗ {c.title} · {x.name_zh}：{x.reason_zh}" for c in self.precheck for x in c.criteria
                       if not x.passed)
            labels = changes_mod.CHANGE_LABELS
            out.append("變更：" + ("、".join(f"{labels[k].zh} {v}" for k, v in self.changes.items() if v) or "無"))
        return out


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_release(folder: Path) -> bool:
    try:
        doc = json.loads((folder / RELEASE_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(doc, dict) and doc.get("format") == RELEASE_FORMAT


def latest_release(root: Path) -> Path | None:
    """The release folder the site should serve under ``/downloads/``.

    ``root`` is a release folder itself, or a folder of release folders (``releases/2026…/``): then the
    one whose ``release.json`` has the latest ``created`` time (ties: the folder name) wins. Folders
    being written (``.name.tmp-…``) are never returned. None when there is no release.

    The route should serve only files listed in that ``release.json`` (see :func:`release_file`).
    """
    root = Path(root)
    if is_release(root):
        return root
    if not root.is_dir():
        return None
    best: tuple[str, str] | None = None
    found: Path | None = None
    for child in root.iterdir():
        if child.name.startswith(".") or not child.is_dir() or not is_release(child):
            continue
        created = json.loads((child / RELEASE_MANIFEST).read_text(encoding="utf-8")).get("created", "")
        key = (created, child.name)
        if best is None or key > best:
            best, found = key, child
    return found


def release_file(release: Path, relpath: str) -> Path | None:
    """The file ``relpath`` of a release if the release lists it (no path tricks), else None."""
    try:
        doc = json.loads((release / RELEASE_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    listed = {f["path"] for f in doc.get("files", [])} | {RELEASE_MANIFEST, "SHA256SUMS"}
    if relpath not in listed:
        return None
    path = (release / relpath).resolve()
    if not str(path).startswith(str(release.resolve()) + os.sep) or not path.is_file():
        return None
    return path


# ---------------------------------------------------------------------------------------------

class _Writer:
    """Writes files into the temporary folder and records what was written."""

    def __init__(self, root: Path, settings: dcat.CatalogueSettings, previous: dict[str, dict], today: date) -> None:
        self.root = root
        self.settings = settings
        self.previous = previous
        self.today = today
        self.files: list[dcat.FileInfo] = []

    def write(self, path: str, data: bytes, dataset: str, title_zh: str, title_en: str, rows: int | None = None) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        digest = _sha256(data)
        prev = self.previous.get(path)
        modified = self.today
        if prev is not None and prev.get("sha256") == digest and prev.get("modified"):
            modified = date.fromisoformat(prev["modified"])
        self.files.append(dcat.FileInfo(path, len(data), digest, modified, title_zh, title_en, dataset, rows))


def _agency_key(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _graph_agency(graph: str) -> str | None:
    prefix = f"{iris.BASE}id/graph/"
    if not graph.startswith(prefix):
        return None
    rest = graph[len(prefix):].split("/")
    return rest[0] if len(rest) == 2 else None


DOC_DATASETS_QUERY = """
SELECT ?ds ?doc ?agency ?genre WHERE {
  ?ds a qb:DataSet ; prov:hadPrimarySource ?doc .
  ?doc dcterms:publisher ?agency ; dcterms:type ?genre .
}
"""


def publish_release(store, out_dir: Path, *, profile: str = "publish", previous: Path | None = None,
                    base_url: str | None = None, endpoint_url: str | None = None, publisher: str | None = None,
                    contact_name: str | None = None, contact_email: str | None = None,
                    update_frequency: str = DEFAULT_FREQUENCY, now: datetime | None = None,
                    require_review: bool = False) -> ReleaseReport:
    """Validate, then write a release folder at ``out_dir`` (see the module docstring).

    ``store``: a :class:`GraphStore` or :class:`~twpolice.graph.remote.RemoteStore`.
    ``previous``: an earlier release folder, for CHANGES.md / changes.csv and unchanged files' dates.
    ``base_url``: where the site serves the release (download URLs are ``{base_url}downloads/{path}``),
    default the IRI base; ``endpoint_url``: the public SPARQL endpoint, default ``{base_url}sparql``.
    ``publisher``: registry key of the agency publishing the release (default ``$TWPOLICE_PUBLISHER`` or
    ``npa``); ``contact_email`` default ``$TWPOLICE_CONTACT_EMAIL``.
    Raises :class:`PublishRefused` (a UserError; nothing written) when the graph does not conform, and
    :class:`ReviewRequired` when ``require_review`` and some measurements are not reviewed.
    """
    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    release_id = now.strftime("%Y%m%dT%H%M%SZ")
    base_url = (base_url or iris.BASE).rstrip("/") + "/"
    endpoint_url = endpoint_url or base_url + "sparql"
    publisher_key = publisher or os.environ.get("TWPOLICE_PUBLISHER") or DEFAULT_PUBLISHER
    contact_email = contact_email or os.environ.get("TWPOLICE_CONTACT_EMAIL") or None

    if out_dir.exists() and (not out_dir.is_dir() or (any(out_dir.iterdir()) and not is_release(out_dir))):
        raise UserError(f"{out_dir} 已存在且不是 twpolice 發布資料夾；請指定空資料夾或先前的發布資料夾",
                        f"{out_dir} exists and is not a twpolice release; give an empty folder or an earlier release")
    prev_manifest: dict = {}
    if previous is not None:
        previous = Path(previous)
        if not is_release(previous):
            raise UserError(f"--previous {previous} 不是 twpolice 發布資料夾（找不到 {RELEASE_MANIFEST}）",
                            f"--previous {previous} is not a twpolice release (no {RELEASE_MANIFEST})")
        prev_manifest = json.loads((previous / RELEASE_MANIFEST).read_text(encoding="utf-8"))

    # 1. a consistent snapshot of the store, in memory (fast joins; the store may change meanwhile)
    snap = GraphStore.in_memory()
    snap.add_quads(store.quads())  # tables read the default graph: the union, every triple once
    union = snap.raw
    report = ReleaseReport(out_dir, release_id, now, profile, previous=prev_manifest.get("release"))
    report.graphs = len(snap.graphs())
    report.quads = snap.count()
    report.triples = snap.union_count()
    report.indicators = indicator_count(snap.query)

    # 2. tables
    rows = {name: t.rows(snap) for name, t in TABLES.items()}
    report.rows = {name: len(r) for name, r in rows.items()}
    report.review = review_shares(rows["measurements"])
    if require_review and any(s.unreviewed for s in report.review.values()):
        raise ReviewRequired(report.review)
    agencies = {r["agency"]: r for r in rows["agencies"]}
    publisher_iri = iris.agency(publisher_key)
    if publisher_iri not in agencies:
        raise UserError(f"發布機關 {publisher_key} 不在機關登錄表", f"publisher {publisher_key} is not in the agency registry")
    pub_row = agencies[publisher_iri]
    contact_name = contact_name or pub_row["name_zh"]
    settings = dcat.CatalogueSettings(base_url, endpoint_url, publisher_iri, contact_name, contact_email, now,
                                      release_id, base_url)

    # 3. datasets for the catalogue
    datasets, doc_datasets = _datasets(snap, rows, agencies, publisher_iri)
    registry = f"{iris.BASE}id/graph/agencies"
    has_registry = bool(snap.query(f"ASK {{ <{registry}> a dcat:Dataset }}"))
    publishers = {iri: (a["name_zh"], a["name_en"]) for iri, a in agencies.items()
                  if iri == publisher_iri or any(d.publisher == iri for d in datasets)}

    # 4. validate the union graph + the catalogue; refuse to publish anything that does not conform
    skeleton = dcat.build_catalogue(settings, datasets, [], doc_datasets, publishers, registry if has_registry else None)
    submitted = [(q.subject, q.predicate, q.object) for q in union.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    submitted += list(skeleton)
    result = validate_triples(submitted, profile=profile)
    report.validation = result
    if not result.conforms:
        raise PublishRefused(
            f"未發布：資料不符合 {profile} 規則，沒有寫入任何檔案。{result.summary_line('zh-Hant')}",
            f"not published: the graph does not conform to {profile}; nothing was written. {result.summary_line('en')}",
            report)

    # the dumps carry what was validated, the data sets' descriptions and licences included, so that
    # `twpolice validate rdf/twpolice.nq --profile publish` conforms without catalog/ beside it
    snap.replace_graph(str(iris.GRAPH_CATALOGUE), sorted(skeleton))  # one order, so one content hash on every store

    # 5. write everything to a temporary sibling, then move into place
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.parent / f".{out_dir.name}.tmp-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        w = _Writer(tmp, settings, {f["path"]: f for f in prev_manifest.get("files", [])}, now.date())
        _write_release(w, snap, union, rows, datasets, doc_datasets, publishers, settings, result, report,
                       previous, prev_manifest, has_registry, registry, update_frequency, contact_email, pub_row)
        report.files = w.files
        _move_into_place(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    report.written = True
    report.seconds = time.perf_counter() - t0
    return report


def _datasets(snap: GraphStore, rows: dict, agencies: dict, publisher_iri: str):
    docs = rows["documents"]
    meas_by_agency: dict[str, list[dict]] = {}
    for m in rows["measurements"]:
        meas_by_agency.setdefault(m["agency"], []).append(m)
    doc_datasets: dict[str, tuple[str, str]] = {}
    parts_by_agency: dict[str, list[str]] = {}
    for sol in snap.query(DOC_DATASETS_QUERY):
        key = _agency_key(sol["agency"].value)
        genre = _agency_key(sol["genre"].value)
        doc_datasets[sol["ds"].value] = (key, genre)
        parts_by_agency.setdefault(sol["agency"].value, []).append(sol["ds"].value)
    datasets: list[dcat.DatasetInfo] = []
    all_places: set[str] = set()
    starts = [m["period_start"] for m in rows["measurements"] if m["period_start"]]
    ends = [m["period_end"] for m in rows["measurements"] if m["period_end"]]
    for agency_iri in sorted({d["agency"] for d in docs if d["agency"]}):
        a = agencies.get(agency_iri, {})
        key = a.get("key") or _agency_key(agency_iri)
        ms = meas_by_agency.get(agency_iri, [])
        s = [m["period_start"] for m in ms if m["period_start"]]
        e = [m["period_end"] for m in ms if m["period_end"]]
        spatial = [a["jurisdiction"]] if a.get("jurisdiction") else []
        all_places.update(spatial)
        name_zh, name_en = a.get("name_zh", key), a.get("name_en", key)
        n_docs = sum(1 for d in docs if d["agency"] == agency_iri)
        datasets.append(dcat.DatasetInfo(
            dcat.agency_dataset(key),
            f"{name_zh}施政計畫與績效資料", f"{name_en}: plans and results",
            f"{name_zh}的施政計畫、中程施政計畫、施政績效成果報告與議會施政報告中擷取的 {len(ms)} 個數值（{n_docs} 份文件），每個數值附原文出處（文件、章節、行號、原句）。",
            f"{len(ms)} numbers extracted from {n_docs} plan(s) and report(s) of the {name_en}, each traced to its "
            f"source document, section, lines and sentence.",
            agency_iri, keywords=["警政", "施政計畫", "施政績效", name_zh],
            temporal=(min(s), max(e)) if s and e else None, spatial=spatial,
            parts=sorted(parts_by_agency.get(agency_iri, [])), agency_key=key))
    genres: dict[str, list[dict]] = {}
    for d in docs:
        if d["genre"]:
            genres.setdefault(d["genre"], []).append(d)
    for genre_iri, ds in sorted(genres.items()):
        slug = _agency_key(genre_iri)
        label = ds[0]["genre_label"] or slug
        s = [d["period_start"] for d in ds if d["period_start"]]
        e = [d["period_end"] for d in ds if d["period_end"]]
        datasets.append(dcat.DatasetInfo(
            dcat.genre_series(slug), f"{label}（資料集系列）", f"{slug.replace('-', ' ')} (dataset series)",
            f"所有機關、所有年度的「{label}」所擷取的資料；每份文件一個資料集。",
            f"Data extracted from every agency's {slug.replace('-', ' ')} documents, every year; one dataset per document.",
            publisher_iri, keywords=["警政", label], temporal=(min(s), max(e)) if s and e else None, series=True))
    datasets.insert(0, dcat.DatasetInfo(
        f"{iris.BASE}id/dataset/all", "臺灣警察機關施政計畫與績效（全部）", "Taiwan police plans and results (everything)",
        f"本版收錄的所有機關、所有文件的資料：{len(rows['measurements'])} 個數值、{len(rows['programs'])} 個計畫、"
        f"{len(rows['indicators'])} 個原文指標，含 RDF 全集與 CSV 表格。",
        f"Everything in this release: {len(rows['measurements'])} numbers, {len(rows['programs'])} programs and "
        f"{len(rows['indicators'])} printed indicators from every agency and document, as RDF dumps and CSV tables.",
        publisher_iri, keywords=["警政", "施政計畫", "施政績效", "鏈結資料"],
        temporal=(min(starts), max(ends)) if starts and ends else None, spatial=sorted(all_places),
        parts=[d.iri for d in datasets if not d.series]))
    return datasets, doc_datasets


def _write_release(w: _Writer, snap: GraphStore, union: ox.Store, rows: dict, datasets, doc_datasets, publishers,
                   settings, result, report: ReleaseReport, previous: Path | None, prev_manifest: dict,
                   has_registry: bool, registry: str, frequency: str, contact_email: str | None, pub_row: dict) -> None:
    all_ds = f"{iris.BASE}id/dataset/all"
    prefixes = iris.PREFIXES

    # RDF dumps
    w.write("rdf/twpolice.nq", snap.dump(ox.RdfFormat.N_QUADS), all_ds,
            "全部具名圖（N-Quads）", "All named graphs (N-Quads)")
    w.write("rdf/twpolice.trig", snap.dump(ox.RdfFormat.TRIG, prefixes=prefixes), all_ds,
            "全部具名圖（TriG）", "All named graphs (TriG)")
    dg = ox.DefaultGraph()
    w.write("rdf/twpolice.ttl", union.dump(format=ox.RdfFormat.TURTLE, from_graph=dg, prefixes=prefixes), all_ds,
            "聯集圖（Turtle）", "Union graph (Turtle)")
    w.write("rdf/twpolice.jsonld", union.dump(format=ox.RdfFormat.JSON_LD, from_graph=dg), all_ds,
            "聯集圖（JSON-LD）", "Union graph (JSON-LD)")
    nt = union.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=dg)
    w.write("rdf/twpolice.nt.gz", gzip.compress(nt, compresslevel=6, mtime=0), all_ds,
            "聯集圖（N-Triples，gzip 壓縮）", "Union graph (N-Triples, gzipped)")

    # CSV tables, dictionaries, CSVW
    for name, table in TABLES.items():
        data = rows[name]
        w.write(f"csv/{name}.csv", rows_to_csv(data, table.column_names, numeric_columns(table.columns)), all_ds,
                f"{table.title_zh}（CSV）", f"{table.title_en} (CSV)", rows=len(data))
        w.write(f"csv/{name}.csv-metadata.json", csvw.metadata_json(table), all_ds,
                f"{table.title_zh}：CSVW 詮釋資料", f"{table.title_en}: CSVW metadata")
        entries = dictionary_rows(table, data)
        w.write(f"csv/{name}-dictionary.csv", rows_to_csv(entries, DICTIONARY_COLUMNS), all_ds,
                f"{table.title_zh}：資料字典（CSV）", f"{table.title_en}: data dictionary (CSV)", rows=len(entries))
        w.write(f"csv/{name}-dictionary.json", dictionary_json(table, entries), all_ds,
                f"{table.title_zh}：資料字典（JSON）", f"{table.title_en}: data dictionary (JSON)")

    # one dataset per agency: its measurements and its documents' graphs
    mtable = TABLES["measurements"]
    for ds in datasets:
        if ds.agency_key is None:
            continue
        key = ds.agency_key
        ms = [m for m in rows["measurements"] if m["agency"] == ds.publisher]
        w.write(f"agencies/{key}/measurements.csv", rows_to_csv(ms, mtable.column_names, numeric_columns(mtable.columns)),
                ds.iri,
                f"{ds.title_zh}：量測值（CSV）", f"{ds.title_en}: measurements (CSV)", rows=len(ms))
        w.write(f"agencies/{key}/measurements.csv-metadata.json", csvw.metadata_json(mtable), ds.iri,
                f"{ds.title_zh}：量測值 CSVW 詮釋資料", f"{ds.title_en}: CSVW metadata of the measurements")
        agency_graphs = ox.Store()
        agency_graphs.bulk_extend(q for g in snap.graphs() if _graph_agency(g) == key for q in snap.quads(g))
        w.write(f"agencies/{key}/{key}.trig", agency_graphs.dump(format=ox.RdfFormat.TRIG, prefixes=prefixes), ds.iri,
                f"{ds.title_zh}：各文件具名圖（TriG）", f"{ds.title_en}: the documents' named graphs (TriG)")

    # changes
    ch = changes_mod.compare(previous, rows["documents"], rows["measurements"], rows["indicators"],
                             prev_manifest.get("release"))
    report.changes = ch.counts()
    w.write("CHANGES.md", changes_mod.changes_markdown(ch, report.release_id), all_ds, "變更紀錄", "Changes")
    w.write("changes.csv", rows_to_csv(ch.rows, changes_mod.CHANGE_COLUMNS, ("old_value", "new_value")), all_ds,
            "變更明細（CSV）", "Changes (CSV)", rows=len(ch.rows))

    # validation report
    w.write("validation/publish-validation.json",
            (json.dumps(_validation_dict(result), ensure_ascii=False, indent=1) + "\n").encode("utf-8"), all_ds,
            "驗證報告（JSON）", "Validation report (JSON)")
    w.write("validation/publish-validation.ttl", result.report_graph().serialize(format="turtle", encoding="utf-8"),
            all_ds, "驗證報告（SHACL，Turtle）", "Validation report (SHACL, Turtle)")

    # README
    w.write("README.md", _readme(report, rows, datasets, settings, result, w.files), all_ds,
            "說明文件", "README")

    # portal metadata and pre-check (reads the files as written)
    records, checks = _portal(w, rows, datasets, settings, frequency, contact_email, pub_row)
    report.precheck = checks
    w.write("portal/portal-metadata.json", portal.portal_json(records), all_ds,
            "開放資料平臺詮釋資料（JSON）", "Open data portal metadata (JSON)")
    w.write("portal/portal-metadata.csv", portal.portal_csv(records), all_ds,
            "開放資料平臺詮釋資料（CSV）", "Open data portal metadata (CSV)", rows=len(records))
    w.write("portal/precheck.json", portal.precheck_json(checks), all_ds,
            "平臺品質預檢（JSON）", "Portal quality pre-check (JSON)")
    w.write("portal/precheck.md", portal.precheck_markdown(checks), all_ds,
            "平臺品質預檢報告", "Portal quality pre-check report")

    # DCAT catalogue: a distribution per file written so far
    graph = dcat.build_catalogue(settings, datasets, w.files, doc_datasets, publishers, registry if has_registry else None)
    ttl, jsonld = dcat.serialise(graph)
    (w.root / "catalog").mkdir(exist_ok=True)
    (w.root / "catalog/catalog.ttl").write_bytes(ttl)
    (w.root / "catalog/catalog.jsonld").write_bytes(jsonld)
    for path, data in (("catalog/catalog.ttl", ttl), ("catalog/catalog.jsonld", jsonld)):
        w.files.append(dcat.FileInfo(path, len(data), _sha256(data), w.today, "DCAT-AP 目錄", "DCAT-AP catalogue", all_ds))

    # release.json and SHA256SUMS last
    manifest = {
        "format": RELEASE_FORMAT,
        "release": report.release_id,
        "created": report.created.isoformat(),
        "twpolice": __version__,
        "profile": report.profile,
        "validation": {"conforms": result.conforms, "summary": {"zh-Hant": result.summary_line("zh-Hant"),
                                                                "en": result.summary_line("en")},
                       "counts": result.counts_by_severity()},
        "previous": report.previous,
        "base_url": settings.base_url,
        "endpoint_url": settings.endpoint_url,
        "publisher": settings.publisher,
        "license": str(dcat.LICENSE),
        "counts": {"graphs": report.graphs, "quads": report.quads, "triples": report.triples, **report.rows},
        "changes": report.changes,
        "files": [{"path": f.path, "bytes": f.bytes, "sha256": f.sha256, "media_type": f.media_type,
                   "modified": f.modified.isoformat(), "dataset": f.dataset} for f in w.files],
    }
    data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    (w.root / RELEASE_MANIFEST).write_bytes(data)
    sums = "".join(f"{f.sha256}  {f.path}\n" for f in w.files) + f"{_sha256(data)}  {RELEASE_MANIFEST}\n"
    (w.root / "SHA256SUMS").write_bytes(sums.encode("utf-8"))


def _validation_dict(result) -> dict:
    """``ValidationResult.to_dict()`` without its deep copies (dataclasses.asdict copies each result's
    rdflib terms before dropping them: minutes for a thousand results)."""
    names = [f.name for f in fields(result.results[0])] if result.results else []
    out = []
    for r in result.results:
        d = {}
        for n in names:
            if n == "terms":
                continue
            v = getattr(r, n)
            d[n] = asdict(v) if n in ("source", "origin") and v is not None else v
        out.append(d)
    return {"profile": result.profile, "version": result.version, "conforms": result.conforms,
            "counts": result.counts_by_severity(), "triples": result.triples, "seconds": round(result.seconds, 3),
            "results": out}


def _portal(w: _Writer, rows: dict, datasets, settings: dcat.CatalogueSettings, frequency: str,
            contact_email: str | None, pub_row: dict):
    mtable = TABLES["measurements"]
    main_cols = [(c.name, c.zh) for c in mtable.columns]
    contact = f"{settings.contact_name}（{contact_email or settings.landing_page}）"
    by_ds: dict[str, list[dcat.FileInfo]] = {}
    for f in w.files:
        by_ds.setdefault(f.dataset, []).append(f)
    records, checks = [], []
    for ds in datasets:
        if ds.series:
            continue
        if ds.agency_key is not None:
            files = [f for f in by_ds.get(ds.iri, [])]
            pairs = [(f"agencies/{ds.agency_key}/measurements.csv", "csv/measurements-dictionary.json")]
            mine = [m for m in rows["measurements"] if m["agency"] == ds.publisher]
            n_rows = len(mine)
            provider = ds.title_zh.replace("施政計畫與績效資料", "")
        else:
            files = [f for f in by_ds.get(ds.iri, []) if f.path.startswith(("rdf/", "csv/"))]
            pairs = [(f"csv/{t}.csv", f"csv/{t}-dictionary.json") for t in TABLES]
            mine = rows["measurements"]
            n_rows = len(mine)
            provider = pub_row["name_zh"]
        paths = [f.path for f in files]
        urls = {p: dcat.download_url(settings, p) for p in paths}
        record = portal.portal_record(
            title_zh=ds.title_zh, title_en=ds.title_en, main_table_columns=main_cols,
            description_zh=f"{ds.description_zh}{_shares_sum(review_shares(mine)).text('zh-Hant')}。",
            provider=provider, frequency=frequency, files=paths, rows=n_rows, size=sum(f.bytes for f in files),
            url=settings.landing_page, contact=contact, downloads=urls)
        record = {"資料集識別碼": ds.iri, **record}
        records.append(record)
        csvs = [p for p in paths if p.endswith(".csv")]
        criteria = [
            portal.check_formats(paths),
            portal.check_utf8(w.root, paths),
            portal.check_fields(w.root, pairs),
            portal.check_empty_columns(w.root, csvs),
            portal.check_urls(urls),
            portal.check_dates(settings.issued.date().isoformat(), {f.path: f.modified.isoformat() for f in files}),
        ]
        checks.append(portal.DatasetCheck(ds.iri, ds.title_zh, criteria))
    return records, checks


def _shares_sum(shares: dict[str, ReviewShare]) -> ReviewShare:
    return ReviewShare(sum(s.reviewed for s in shares.values()), sum(s.total for s in shares.values()))


def _total_share(report: ReleaseReport) -> ReviewShare:
    return _shares_sum(report.review)


def _readme(report: ReleaseReport, rows: dict, datasets, settings: dcat.CatalogueSettings, result,
            files: list[dcat.FileInfo]) -> bytes:
    year = report.created.year
    n_agencies = sum(1 for d in datasets if d.agency_key)
    lines = [
        f"# 臺灣警察機關施政計畫與績效開放資料 — 版本 {report.release_id}",
        "# Taiwan police plans and results as open data — release " + report.release_id,
        "",
        "## 這是什麼 / What this is",
        "",
        f"警察機關施政計畫、中程施政計畫、施政績效成果報告與議會施政報告中的每一個數字（目標值、實際值、基準值、變動值、預算），"
        f"連回出處文件、章節、行號與原句。本版收錄 {n_agencies} 個機關、{len(rows['documents'])} 份文件、"
        f"{len(rows['measurements']):,} 個數值；{report.indicators.text('zh-Hant')}；{report.size.text('zh-Hant')}。",
        "",
        f"Every number (target, actual, baseline, change, budget) in Taiwan police departments' plans and reports, "
        f"traced to its document, section, lines and sentence. This release holds {n_agencies} agencies, "
        f"{len(rows['documents'])} documents and {len(rows['measurements']):,} numbers; "
        f"{report.indicators.text('en')}; {report.size.text('en')}.",
        "",
        f"驗證 / validation: {result.summary_line('zh-Hant')} · {result.summary_line('en')}",
        "",
        f"審閱 / review: {_total_share(report).text('zh-Hant')} · {_total_share(report).text('en')}.",
        "",
        "每個數值的 `review_status`（machine 未審閱、confirmed 已確認、corrected 已更正、added 人工新增）見 "
        "`csv/measurements.csv` 與 RDF 的 `twp:reviewStatus`。 Each number's `review_status` is in "
        "`csv/measurements.csv` and `twp:reviewStatus` in the RDF.",
        "",
        *(f"- {file}: {share.text('zh-Hant')} · {share.text('en')}" for file, share in report.review.items()),
        "",
        "## 授權 / Licence",
        "",
        f"[{dcat.LICENSE_ZH}]({dcat.LICENSE})（{dcat.LICENSE_EN}）。",
        "",
        "## 引用 / How to cite",
        "",
        f"> twpolice（{year}）。臺灣警察機關施政計畫與績效開放資料，版本 {report.release_id}。{settings.base_url}downloads/",
        "",
        f"> twpolice ({year}). *Taiwan police plans and results as open data*, release {report.release_id}. "
        f"{settings.base_url}downloads/",
        "",
        "Cite a number with its measurement IRI (column `measurement` in `csv/measurements.csv`); its page shows the source sentence.",
        "",
        "## 如何查詢 / How to query",
        "",
        f"- SPARQL 端點 / endpoint: <{settings.endpoint_url}> (SPARQL 1.1 Protocol; the default graph is the union of all named graphs).",
        "- 離線 / offline: `pip install pyoxigraph`, then",
        "",
        "```python",
        "import gzip, pyoxigraph as ox",
        "store = ox.Store()",
        "store.load(gzip.open('rdf/twpolice.nt.gz'), format=ox.RdfFormat.N_TRIPLES)",
        "q = '''PREFIX twp: <" + str(iris.TWP) + ">",
        "SELECT ?value WHERE { ?m a twp:Measurement ; twp:value ?value } LIMIT 10'''",
        "for row in store.query(q): print(row['value'])",
        "```",
        "",
        "- 或 / or: `oxigraph load --location db --file rdf/twpolice.nq` and `oxigraph serve --location db`.",
        "- Excel：直接開啟 `csv/*.csv`（UTF-8 含 BOM）；欄位說明見 `csv/*-dictionary.csv`。",
        "  Excel opens `csv/*.csv` directly (UTF-8 with BOM); columns are described in `csv/*-dictionary.csv`.",
        "- 試算表安全：文字欄位的內容若以 `=`、`+`、`-`、`@`、Tab 或 CR 開頭，CSV 中會在前面加上一個 `'`，"
        "讓試算表把它當文字而不是公式執行（OWASP CSV injection）；數值欄位（型態為整數或數值，如 `value` 的 `-12`）不加。"
        "原文以 RDF 為準（`rdf/` 中的文字未加 `'`）；程式讀取 CSV 時，去掉開頭的 `'` 即得原文。",
        "  Spreadsheet safety: a text cell that begins with `=`, `+`, `-`, `@`, tab or CR is written with a leading "
        "`'` so spreadsheets show it as text instead of running it as a formula (OWASP CSV injection); numeric "
        "columns (type integer or decimal, such as `-12` in `value`) are left as numbers. The RDF in `rdf/` keeps "
        "the text as printed; a program reading the CSV gets it back by removing that leading `'`.",
        "- CSV → RDF: each `csv/*.csv-metadata.json` is W3C CSVW metadata; a CSVW processor turns the CSV back into the graph's triples.",
        "",
        "## 檔案 / Files",
        "",
        "| 檔案 file | 說明 description |",
        "|---|---|",
        "| `rdf/twpolice.nq`, `rdf/twpolice.trig` | 全部具名圖 / every named graph (one per document, vocabularies, registry, the target-actual pairs derived by the build) |",
        "| `rdf/twpolice.ttl`, `rdf/twpolice.jsonld`, `rdf/twpolice.nt.gz` | 聯集圖 / the union graph |",
        "| `csv/{measurements,indicators,programs,agencies,documents}.csv` | 表格 / tables, with `-dictionary.csv/.json` and `.csv-metadata.json` (CSVW) |",
        "| `agencies/{key}/` | 每機關資料集 / one dataset per agency: measurements CSV and its documents' graphs (TriG) |",
        "| `catalog/catalog.ttl`, `catalog/catalog.jsonld` | DCAT-AP 目錄 / catalogue: sizes, SHA-256, licence, coverage |",
        "| `portal/` | 開放資料平臺詮釋資料與品質預檢 / portal metadata and quality pre-check |",
        "| `CHANGES.md`, `changes.csv` | 與上一版的差異 / changes since the previous release |",
        "| `validation/` | SHACL 驗證報告 / validation report |",
        "| `release.json`, `SHA256SUMS` | 檔案清單與雜湊 / file list and hashes: `sha256sum -c SHA256SUMS` |",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def _move_into_place(tmp: Path, out_dir: Path) -> None:
    """Swap the finished folder in: two renames, the old release removed only after the new one is in place."""
    old = None
    if out_dir.exists():
        old = out_dir.parent / f".{out_dir.name}.old-{uuid.uuid4().hex[:8]}"
        out_dir.rename(old)
    try:
        tmp.rename(out_dir)
    except BaseException:
        if old is not None:
            old.rename(out_dir)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def format_refusal(report: ReleaseReport, lang: str = "zh-Hant", limit: int = 20) -> str:
    """Several lines for the CLI: why the release was refused (the first ``limit`` violations)."""
    res = report.validation
    if res is None:
        return ""
    lines = [res.summary_line(lang)]
    shown = 0
    for r in res.results:
        if r.severity != "Violation":
            continue
        msg = r.message.get("en" if lang == "en" else "zh-Hant") or r.message.get("en", "")
        lines.append(f"  {r.rule}: {r.label(lang)} — {msg}")
        shown += 1
        if shown >= limit:
            break
    return "\n".join(lines)
