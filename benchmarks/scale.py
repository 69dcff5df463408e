"""Scale: 22 agencies × 20 years of plans and reports, loaded into the embedded store and into a
remote Oxigraph server; load time, store size on disk and the research queries' latency.

The documents are synthetic but shaped exactly like converted ones: each is an
:class:`~twpolice.model.Extraction` (programs, facts with passages, periods, qualifiers) mapped to RDF
by ``converters/rdf.py``'s own :class:`DocumentGraph`, so every triple pattern the queries touch is the
real one. Per agency and year: an annual plan (targets with operators, program budgets 中央/本府/合計
in 千元), a performance report (actuals, changes against the year before) and, every other year, a
half-year council report. Indicators are the shared scheme's (with their units and printed labels),
plus agency-specific printed names that map to no shared indicator.

Loading: the embedded store uses ``Store.bulk_load`` on an N-Quads file (the fast path for a large
import), then stores the union of the named graphs as its default graph (what ``GraphStore`` does
when it opens a store without one); the server gets the same N-Quads with one Graph Store Protocol
``POST /store`` (its bulk path) and the union, dumped from the embedded store, with one ``POST
/store?default`` (``RemoteStore`` fills a missing union with ``INSERT … WHERE`` before its first
write, which is fine for a store of bundled-document size but far slower at 2 million quads). A sample of documents is then replaced one by one on both, through
``GraphStore.replace_graph`` and ``RemoteStore.replace_graph`` (staging graph + MOVE), which keep the
union up to date in the same transaction: the incremental path ``twpolice build`` takes. Both then
derive the target-actual pairs (``graph/derived.py``), as ``twpolice build`` does once after the
documents, and the time it takes is reported; the embedded store's indexes are then compacted
(``GraphStore.optimize``), as ``twpolice build`` ends.

Baseline in the same run: the research queries over Oxigraph's per-query union
(``use_default_graph_as_union``), which matches a triple once per graph holding it (one run each,
capped at 30 s).

Target (issue 6): every research query under 1 s on the embedded store at about 2 million triples.

    python benchmarks/scale.py                 # ~2 million triples
    python benchmarks/scale.py --triples 200000 --runs 3
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "api" / "queries").glob("*.rq"))
TARGET_SECONDS = 1.0
YEARS = list(range(2005, 2025))  # 20 years
TRIPLES_PER_MEASUREMENT = 19.0  # measured on the generator's output (measurement + passage + share of the rest)


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------------------------------------
# generation

def generate(n_triples: int, seed: int = 7):
    """Yield (graph IRI, triples) per synthetic document until about ``n_triples`` triples."""
    from twpolice import registry, vocab
    from twpolice.converters.rdf import DocumentGraph
    from twpolice.model import DocumentMeta, Extraction, Fact, Passage, Period, Program

    rng = random.Random(seed)
    agencies = registry.departments()
    shared = [s for s in vocab.shared_indicators() if s.unit_iri and vocab.unit_label(s.unit_iri)]
    kpis = [s for s in shared if not s.slug.startswith("budget-")]
    docs_per_year = 2.5
    n_docs = len(agencies) * len(YEARS) * docs_per_year
    per_doc = max(4, int(n_triples / TRIPLES_PER_MEASUREMENT / n_docs))

    def year(y: int) -> Period:
        return Period(date(y, 1, 1), date(y, 12, 31))

    def value(ind) -> Decimal:
        unit = vocab.unit_label(ind.unit_iri) or ""
        if unit in ("%", "％", "百分點"):
            return Decimal(rng.randint(3000, 13000)) / 100
        return Decimal(rng.randint(1, 50000))

    for a in agencies:
        local_names = [f"{a.city_zh or a.name_zh}自訂指標{i}" for i in range(30)]
        for y in YEARS:
            roc = y - 1911
            genres = ["plan", "performance-report"] + (["council-report"] if y % 2 == 0 else [])
            for genre in genres:
                period = Period(date(y, 1, 1), date(y, 6, 30)) if genre == "council-report" else year(y)
                title = {"plan": f"{a.name_zh}{roc}年度施政計畫", "performance-report": f"{a.name_zh}{roc}年度施政績效成果報告",
                         "council-report": f"{a.city_zh}政府施政報告（警政）{roc}年1至6月"}[genre]
                meta = DocumentMeta(a.key, genre, period, title, f"synthetic/{a.key}-{roc}-{genre}.txt",
                                    f"{rng.getrandbits(256):064x}", 400, "scale-benchmark", date(y, 3, 1))
                x = Extraction(meta)
                line = 10
                chosen = rng.sample(kpis, min(len(kpis), max(1, per_doc // 2)))
                if genre == "plan":
                    for p in range(max(1, per_doc // 10)):
                        key = f"p{p}"
                        passage = Passage(line, line, f"計畫{p}：重要施政項目{p}", ("貳、重要施政計畫",))
                        x.programs.append(Program(key, f"重要施政項目{p}", passage, numbering=f"{p + 1}.",
                                                  subject="cctv" if p == 0 else None))
                        line += 1
                        for src, ind in (("central", "budget-central"), ("local", "budget-local"), ("total", "budget-total")):
                            v = Decimal(rng.randint(100, 90000))
                            x.facts.append(Fact("budget", "經費", v, "千元", year(y),
                                                Passage(line, line, f"{src} {v}千元", ("貳、重要施政計畫",)), f"{v}",
                                                program=key, qualifiers={"funding": src}, shared_indicator=ind))
                            line += 1
                for ind in chosen:
                    unit = vocab.unit_label(ind.unit_iri)
                    label = ind.label_zh if rng.random() < 0.8 else rng.choice(local_names)
                    shared_slug = ind.slug if label == ind.label_zh else None
                    v = value(ind)
                    quote = f"{label}{v}{unit}"
                    passage = Passage(line, line, quote, ("參、年度關鍵績效指標", label))
                    line += 1
                    if genre == "plan":
                        x.facts.append(Fact("target", label, v, unit, year(y), passage, str(v), operator="at-least",
                                            shared_indicator=shared_slug))
                    else:
                        x.facts.append(Fact("actual", label, v, unit, period, passage, str(v), shared_indicator=shared_slug))
                        if rng.random() < 0.5:
                            d = Decimal(rng.randint(1, 500))
                            x.facts.append(Fact("change", label, d, unit, period,
                                                Passage(line, line, f"較{roc - 1}年增加{d}{unit}", ("參、年度關鍵績效指標", label)),
                                                f"增加{d}", relative_to=year(y - 1), shared_indicator=shared_slug))
                            line += 1
                dg = DocumentGraph(x)
                yield dg.graph_name, dg.build()


def write_nquads(path: Path, n_triples: int) -> tuple[int, int, float]:
    """The synthetic documents as one N-Quads file (with the vocabularies); returns (quads, graphs, seconds)."""
    from twpolice.graph.build import vocabulary_graphs

    t0 = time.perf_counter()
    quads = graphs = 0
    with path.open("wb") as fh:
        for graph, p in vocabulary_graphs().items():
            g = ox.NamedNode(graph)
            qs = [ox.Quad(q.subject, q.predicate, q.object, g) for q in ox.parse(path=str(p), format=ox.RdfFormat.TURTLE)]
            fh.write(ox.serialize(qs, format=ox.RdfFormat.N_QUADS))
            quads += len(qs)
            graphs += 1
        for graph, triples in generate(n_triples):
            g = ox.NamedNode(graph)
            qs = [ox.Quad(s, p, o, g) for s, p, o in triples]
            fh.write(ox.serialize(qs, format=ox.RdfFormat.N_QUADS))
            quads += len(qs)
            graphs += 1
            if quads >= n_triples:
                break
    return quads, graphs, time.perf_counter() - t0


# ---------------------------------------------------------------------------------------------

CAP_SECONDS = 30.0

_CHILD = """
import json, os, select, signal, statistics, sys, time
import pyoxigraph as ox
from twpolice import iris
path, runs, mode, cap = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
store = ox.Store.read_only(path)
if mode == "memory":  # the site's in-memory copy of the union, loaded once, before any clock starts
    from twpolice.api.query.worker import load_memory_copy
    store = load_memory_copy(path)
out = []
for text in json.load(sys.stdin):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # each query in a fork of the loaded store, so one past the cap can be killed
        os.close(r)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            n = len(list(store.query(text, prefixes=iris.PREFIXES, use_default_graph_as_union=mode == "union")))
            times.append(time.perf_counter() - t0)
        os.write(w, json.dumps([statistics.median(times), n]).encode())
        os._exit(0)
    os.close(w)
    ready, _, _ = select.select([r], [], [], cap * runs)
    if ready:
        out.append(json.loads(os.read(r, 4096) or b"[null, -1]"))
    else:
        os.kill(pid, signal.SIGKILL)
        out.append([None, -1])
    os.waitpid(pid, 0)
    os.close(r)
print(json.dumps(out))
"""


def time_embedded(path: Path, runs: int, mode: str = "stored") -> dict[str, tuple[float | None, int]]:
    """Median seconds and rows per research query, each capped at 30 s, in a child process: on the on-disk
    store (``stored``), on its in-memory copy as the site serves it (``memory``), or with Oxigraph's
    per-query union instead of the stored one (``union``, the baseline)."""
    import json

    texts = [q.read_text(encoding="utf-8") for q in QUERIES]
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(runs), mode, str(CAP_SECONDS)],
                          input=json.dumps(texts), capture_output=True, text=True, check=True)
    answers = json.loads(proc.stdout)
    return {q.stem: (secs, n) for q, (secs, n) in zip(QUERIES, answers)}


def time_remote(store, runs: int) -> dict[str, tuple[float | None, int]]:
    from twpolice.graph.remote import RemoteStoreError

    out = {}
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        times, n = [], -1
        try:
            for _ in range(runs):
                t0 = time.perf_counter()
                n = len(list(store.query(text)))
                times.append(time.perf_counter() - t0)
            out[q.stem] = (statistics.median(times), n)
        except RemoteStoreError:
            out[q.stem] = (None, -1)
    return out


def start_server(folder: Path) -> tuple[subprocess.Popen, str]:
    binary = Path(sys.executable).parent / "oxigraph"
    binary = str(binary) if binary.exists() else shutil.which("oxigraph")
    shutil.rmtree(folder, ignore_errors=True)
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}",
                             "--timeout-s", str(int(CAP_SECONDS))], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/", timeout=2).read()
            break
        except OSError:
            time.sleep(0.1)
    return proc, url


def post_file(url: str, path: Path, media: str, graph: str | None = None) -> float:
    """Graph Store Protocol POST of a file: to the dataset (N-Quads), a named graph, or ``graph="default"``."""
    t0 = time.perf_counter()
    where = "?default" if graph == "default" else f"?graph={urllib.parse.quote(graph, safe='')}" if graph else ""
    target = url + "/store" + where
    with path.open("rb") as fh:
        req = urllib.request.Request(target, data=fh, method="POST",
                                     headers={"Content-Type": media, "Content-Length": str(path.stat().st_size)})
        urllib.request.urlopen(req, timeout=3600).read()
    return time.perf_counter() - t0


def fmt(t: float | None) -> str:
    return f">{CAP_SECONDS:.0f}s" if t is None else f"{t * 1000:.0f}ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=2_000_000, help="about how many triples to generate")
    ap.add_argument("--runs", type=int, default=3, help="runs per query (median reported)")
    ap.add_argument("--sample-docs", type=int, default=20, help="documents replaced one by one on the server")
    ap.add_argument("--keep", type=Path, default=None, help="keep the stores in this folder")
    ap.add_argument("--no-baseline", dest="baseline", action="store_false",
                    help="skip the per-query-union baseline (up to 30 s per query)")
    args = ap.parse_args()

    from twpolice import iris
    from twpolice.graph.derived import refresh_derived
    from twpolice.graph.remote import RemoteStore
    from twpolice.graph.store import CONTENT_HASH, GraphStore

    work = args.keep or Path(tempfile.mkdtemp(prefix="twpolice-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    nq = work / "synthetic.nq"
    quads, graphs, gen_s = write_nquads(nq, args.triples)
    print(f"generated {quads:,} quads in {graphs} named graphs ({nq.stat().st_size / 1e6:.0f} MB N-Quads) in {gen_s:.1f} s")

    # embedded: bulk load, then the union as default graph (GraphStore does it on opening such a store)
    emb_path = work / "embedded"
    shutil.rmtree(emb_path, ignore_errors=True)
    t0 = time.perf_counter()
    raw = ox.Store(str(emb_path))
    raw.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    raw.flush()
    del raw
    emb_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    gs = GraphStore(emb_path)
    gs.flush()
    emb_union = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_pairs = refresh_derived(gs)  # what `twpolice build` does once after the documents
    emb_derive = time.perf_counter() - t0
    n_union = gs.union_count()
    sample = [g for g in gs.graphs() if "/graph/vocabulary" not in g
              and g not in (str(iris.GRAPH_AGENCIES), str(iris.GRAPH_ONTOLOGY), str(iris.GRAPH_DERIVED))]
    sample = sample[: args.sample_docs]
    documents = {g: [ox.Triple(q.subject, q.predicate, q.object) for q in gs.quads(g) if q.predicate.value != CONTENT_HASH]
                 for g in sample}
    union_nt = work / "union.nt"
    gs.raw.dump(str(union_nt), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    emb_replace = replace_each(gs, documents)
    t0 = time.perf_counter()
    gs.flush()
    gs.optimize()  # as `twpolice build` ends
    emb_optimize = time.perf_counter() - t0
    del gs
    emb_size = du(emb_path)
    print(f"embedded: bulk_load {emb_load:.1f} s ({quads / emb_load:,.0f} quads/s) + union stored {emb_union:.1f} s (bulk loader) "
          f"({n_union:,} distinct triples, {quads / n_union:.2f} quads per triple), {emb_size / 1e6:.0f} MB on disk")
    print(f"embedded: {n_pairs:,} target-actual pairs derived (graph/derived.py, once per build) in {emb_derive:.1f} s, "
          f"indexes compacted (GraphStore.optimize, also once per build) in {emb_optimize:.1f} s")
    print(f"embedded: replace_graph (one update: union kept, DROP, INSERT DATA) {emb_replace * 1000:.0f} ms per document "
          f"({sum(map(len, documents.values())) / max(1, len(documents)):.0f} triples each, {len(documents)} documents)")

    proc, url = start_server(work / "server")
    try:
        srv_load = post_file(url, nq, "application/n-quads")
        srv_union = post_file(url, union_nt, "application/n-triples", "default")  # the bulk path for the union
        remote = RemoteStore(url, timeout=CAP_SECONDS + 5, retries=1)
        assert remote.union_stored()
        t0 = time.perf_counter()
        refresh_derived(remote)
        srv_derive = time.perf_counter() - t0
        srv_replace = replace_each(remote, documents)
        srv_size = du(work / "server")
        print(f"server: POST /store {srv_load:.1f} s ({quads / srv_load:,.0f} quads/s) + union POST {srv_union:.1f} s, "
              f"{srv_size / 1e6:.0f} MB on disk, {remote.count():,} quads")
        print(f"server: target-actual pairs derived in {srv_derive:.1f} s")
        print(f"server: replace_graph (GSP PUT to staging + one update: union kept, MOVE) {srv_replace * 1000:.0f} ms per document")
        emb = time_embedded(emb_path, args.runs)
        mem = time_embedded(emb_path, args.runs, "memory")
        base = time_embedded(emb_path, 1, "union") if args.baseline else {}
        srv = time_remote(remote, args.runs)
    finally:
        proc.terminate()
        proc.wait(timeout=60)

    print()
    print(f"research queries (api/queries) at {quads:,} quads / {n_union:,} triples; median of {args.runs} runs, "
          f"capped at {CAP_SECONDS:.0f} s; target < {TARGET_SECONDS:.0f} s embedded")
    print(f"{'query':30} {'rows':>6} {'disk':>8} {'memory':>8} {'server':>8} {'srv÷disk':>8} {'per-query union':>16} "
          f"{'speed-up':>9}  memory (as served)  disk (twpolice query)")
    worst = {"memory": 0.0, "disk": 0.0}
    for name, (e, n) in emb.items():
        m, _ = mem[name]
        s_, n_s = srv[name]
        b, _ = base.get(name, (None, -1))
        for key, t in (("memory", m), ("disk", e)):
            worst[key] = max(worst[key], t if t is not None else float("inf"))
        ratio = f"{s_ / e:.2f}x" if (e and s_) else "-"
        speed = f"{(b if b is not None else CAP_SECONDS) / e:.0f}x{'+' if b is None else ''}" if (e and args.baseline) else "-"
        verdict = lambda t: "ok" if t is not None and t < TARGET_SECONDS else "MISSED"  # noqa: E731
        note = "" if n == n_s or n_s < 0 else f"  (rows differ: server {n_s})"
        print(f"{name:30} {n:>6} {fmt(e):>8} {fmt(m):>8} {fmt(s_):>8} {ratio:>8} {fmt(b) if args.baseline else '-':>16} "
              f"{speed:>9}  {verdict(m):18}  {verdict(e)}{note}")
    print()
    print(f"load: embedded {emb_load + emb_union:.1f} s; server {srv_load + srv_union:.1f} s "
          f"(server/embedded {(srv_load + srv_union) / (emb_load + emb_union):.2f}x)")
    print(f"size: embedded {emb_size / 1e6:.0f} MB ({emb_size / quads:.0f} B/quad) vs server {srv_size / 1e6:.0f} MB "
          f"(server/embedded {srv_size / emb_size:.2f}x)")
    for key, what in (("memory", "in-memory copy of the union, as the site and its query workers answer"),
                      ("disk", "on-disk store, as `twpolice query` answers")):
        w = worst[key]
        print(f"slowest research query, embedded {what}: "
              f"{'>' + str(int(CAP_SECONDS)) + ' s' if w == float('inf') else f'{w * 1000:.0f} ms'} "
              f"({'meets' if w < TARGET_SECONDS else 'misses'} the {TARGET_SECONDS:.0f} s target)")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


def replace_each(store, documents: dict[str, list]) -> float:
    """Seconds per document to replace each graph with an edited copy (one triple changed), then back."""
    from twpolice import iris

    t0 = time.perf_counter()
    for g, triples in documents.items():
        edited = triples[:-1] + [ox.Triple(ox.NamedNode(g), ox.NamedNode(f"{iris.BASE}def#benchmarkMark"), ox.Literal("edit"))]
        store.replace_graph(g, edited)
        store.replace_graph(g, triples)
    return (time.perf_counter() - t0) / max(1, 2 * len(documents))


if __name__ == "__main__":
    os.environ.setdefault("TWPOLICE_LANG", "en")
    main()
