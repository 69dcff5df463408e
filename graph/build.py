"""``twpolice build``: vocabularies + registry + every document of a manifest into the store.

Each document is converted, validated against the ``core`` shapes and only then
swapped into its named graph, so a bad document never replaces a good one.
"""

from __future__ import annotations

import time
import tomllib
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from rdflib.namespace import SKOS

from twpolice import iris
from twpolice.converters.rdf import extraction_triples
from twpolice.errors import UserError
from twpolice.graph.backends import open_store
from twpolice.graph.derived import refresh_derived
from twpolice.graph import generation as stamps
from twpolice.graph.store import GraphStore
from twpolice.graph.summary import IndicatorCount, Size, indicator_count, store_size
from twpolice.review.apply import Orphan, Outcome
from twpolice.iris import TWP
from twpolice.review.document import convert_reviewed
from twpolice.shapes.validator import validate_triples
from twpolice.vocab import ontology_files

MANIFEST = "manifest.toml"


@dataclass
class ManifestEntry:
    file: str
    agency: str | None = None
    genre: str | None = None
    period: str | None = None
    title: str | None = None
    issued: str | None = None
    note: str = ""


@dataclass
class BuildRow:
    source_file: str
    agency: str
    triples: int
    measurements: int
    status: str
    seconds: float = 0.0
    shared: int = 0  # measurements whose indicator maps to a shared indicator
    unknown_subject: int = 0  # measurements whose indicator is flagged twp:unmappedIndicator (subject unknown)
    outcome: Outcome | None = None  # what the document's review decisions did (counts, orphaned decisions)


@dataclass
class BuildReport:
    store_path: str
    rows: list[BuildRow] = field(default_factory=list)
    size: Size | None = None  # of the whole store after the build
    indicators: IndicatorCount | None = None
    pairs: int = 0  # target-actual pairs derived after the documents (graph/derived.py)
    generation: stamps.Generation | None = None  # the stamp written last (embedded stores)

    @property
    def measurements(self) -> int:
        return sum(r.measurements for r in self.rows)

    @property
    def shared(self) -> int:
        return sum(r.shared for r in self.rows)

    @property
    def unknown_subject(self) -> int:
        return sum(r.unknown_subject for r in self.rows)

    @property
    def orphans(self) -> list[tuple[str, Orphan]]:
        """(document file, decision) for every review decision whose fact the document no longer prints."""
        return [(r.source_file, o) for r in self.rows if r.outcome is not None for o in r.outcome.orphans]

    @property
    def failed(self) -> bool:
        return any(r.status.startswith("失敗") for r in self.rows)


def bundled_documents() -> Path:
    return Path(str(files("twpolice.documents")))


def read_manifest(folder: Path) -> list[ManifestEntry]:
    path = folder / MANIFEST
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UserError(f"找不到 {path}", f"no {MANIFEST} in {folder}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path} 格式錯誤：{exc}", f"{path} is not valid TOML: {exc}") from exc
    entries = []
    known = set(ManifestEntry.__dataclass_fields__)
    for i, raw in enumerate(data.get("document", []), start=1):
        if not isinstance(raw, dict) or "file" not in raw:
            raise UserError(f"{path} 第 {i} 個 [[document]] 缺少 file", f"{path}: [[document]] #{i} has no file")
        unknown = set(raw) - known
        if unknown:
            raise UserError(f"{path} 第 {i} 個 [[document]] 有未知欄位：{', '.join(sorted(unknown))}",
                            f"{path}: [[document]] #{i} has unknown keys: {', '.join(sorted(unknown))}")
        entries.append(ManifestEntry(**raw))
    return entries


def manifest_options(document: Path) -> dict[str, str]:
    """The options the manifest beside ``document`` gives it (agency, genre, period, title, issued), if any."""
    try:
        entries = read_manifest(document.parent)
    except UserError:
        return {}
    for entry in entries:
        if entry.file == document.name:
            return {k: v for k in ("agency", "genre", "period", "title", "issued") if (v := getattr(entry, k))}
    return {}


def vocabulary_graphs() -> dict[str, Path]:
    """Graph IRI → data file: the ontology, each vocabulary, and the agency registry."""
    graphs: dict[str, Path] = {}
    for name, path in ontology_files().items():
        if name == "twpolice":
            graphs[str(iris.GRAPH_ONTOLOGY)] = path
        elif name == "agencies":
            graphs[str(iris.GRAPH_AGENCIES)] = path
        else:
            graphs[str(iris.ID[f"graph/vocabulary/{name}"])] = path
    return graphs


def load_vocabularies(store: GraphStore) -> int:
    return sum(store.load_file(graph, path) for graph, path in vocabulary_graphs().items())


def build_store(store_path: Path | str | None, documents: Path | None = None, *, allow_invalid: bool = False,
                progress=None, store=None) -> BuildReport:
    """Build the store; ``progress(done, total, file)`` is called as each document starts.

    ``store_path`` is a path or an http(s) URL (:func:`~twpolice.graph.backends.open_store`), or ``store``
    an open store of either kind: every document is converted and validated here, then swapped into
    its named graph in one atomic replacement, so a remote store never sees a half-built document.
    """
    folder = documents if documents is not None else bundled_documents()
    entries = read_manifest(folder)
    if store is None:
        gs = open_store(store_path)
    else:
        gs = store
    report = BuildReport(_store_name(gs, store_path))
    stamped = getattr(gs, "path", None)  # an embedded store: a running site learns of the new version by its stamp
    if stamped is not None:
        unfinished = (previous := stamps.read(stamped)) is not None and not previous.ready
        hashes = {g: gs.content_hash(g) for g in gs.graphs()}
        stamps.mark_building(stamped)
    load_vocabularies(gs)
    for done, entry in enumerate(entries):
        if progress is not None:
            progress(done, len(entries), entry.file)
        t0 = time.perf_counter()
        try:
            reviewed = convert_reviewed(folder / entry.file, agency=entry.agency, genre=entry.genre,
                                        period=entry.period, title=entry.title, issued=entry.issued)
            extraction = reviewed.extraction
            graph, triples = extraction_triples(extraction)
            status = "已載入 loaded"
            problems = _validate(triples)
            if problems:
                if not allow_invalid:
                    report.rows.append(BuildRow(entry.file, extraction.document.agency, 0, 0,
                                                f"失敗 failed: {problems}", time.perf_counter() - t0))
                    continue
                status = f"已載入（不符規則）loaded with violations: {problems}"
            before = gs.content_hash(str(graph))
            count = gs.replace_graph(str(graph), triples)
            if before is not None and gs.content_hash(str(graph)) == before and not status.startswith("已載入（"):
                status = "未變更 unchanged"  # same content hash: nothing was written
            n_meas = len(extraction.facts)
            shared, unknown = mapping_counts(triples)
            report.rows.append(BuildRow(entry.file, extraction.document.agency, count, n_meas, status,
                                        time.perf_counter() - t0, shared, unknown, reviewed.outcome))
        except (UserError, ValueError, OSError) as exc:
            report.rows.append(BuildRow(entry.file, entry.agency or "?", 0, 0, f"失敗 failed: {exc}",
                                        time.perf_counter() - t0))
    report.pairs = refresh_derived(gs)  # once, after every document: pairs cross documents
    gs.flush()
    gs.optimize()
    if stamped is not None:  # last: everything above is on disk
        changed = unfinished or hashes != {g: gs.content_hash(g) for g in gs.graphs()}
        report.generation = stamps.mark_ready(stamped, changed)
    if progress is not None:
        progress(len(entries), len(entries), "")
    report.size = store_size(gs)
    report.indicators = indicator_count(gs.query)
    return report


def mapping_counts(triples) -> tuple[int, int]:
    """(measurements with a shared indicator, measurements whose indicator's subject is unknown)."""
    indicator, exact, flag = str(TWP.indicator), str(SKOS.exactMatch), str(TWP.unmappedIndicator)
    mapped = {s.value for s, p, _ in triples if p.value == exact}
    flagged = {s.value for s, p, _ in triples if p.value == flag}
    uses = [o.value for _, p, o in triples if p.value == indicator]
    return sum(u in mapped for u in uses), sum(u in flagged for u in uses)


def _store_name(store, spec) -> str:
    """What to print for the store: its path, its URL (without credentials), or "(memory)"."""
    url = getattr(store, "url", None)
    if url:
        return url
    path = getattr(store, "path", None)
    return str(path) if path is not None else "(memory)"


def _validate(triples) -> str:
    """Empty string when the document conforms to the core profile, else a one-line summary."""
    result = validate_triples(triples, profile="core")
    if result.conforms:
        return ""
    return result.summary_line()
