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
import; ``GraphStore.replace_graph`` per document is the incremental path); the server gets the same
N-Quads with one Graph Store Protocol ``POST /store`` (its bulk path), and — to measure the path
``twpolice build --store URL`` takes — a sample of documents is also replaced one by one through
:class:`~twpolice.graph.remote.RemoteStore` (staging graph + MOVE).

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
    budget = [s for s in shared if s.slug.startswith("budget-")]
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

_CHILD = (
    "import sys, time, statistics, json, pyoxigraph as ox\n"
    "from twpolice import iris\n"
    "store = ox.Store.read_only(sys.argv[1]); runs = int(sys.argv[2])\n"
    "text = sys.stdin.read(); times = []\n"
    "for _ in range(runs):\n"
    "    t0 = time.perf_counter(); n = len(list(store.query(text, prefixes=iris.PREFIXES, use_default_graph_as_union=True)))\n"
    "    times.append(time.perf_counter() - t0)\n"
    "print(json.dumps([statistics.median(times), n]))\n"
)


def time_embedded(path: Path, runs: int) -> dict[str, tuple[float | None, int]]:
    """Median seconds and rows per research query on an on-disk store, each in a child process capped at 30 s."""
    import json

    out = {}
    for q in QUERIES:
        try:
            proc = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(runs)], input=q.read_text(encoding="utf-8"),
                                  capture_output=True, text=True, timeout=CAP_SECONDS * runs + 20)
            secs, n = json.loads(proc.stdout)
            out[q.stem] = (secs, n)
        except subprocess.TimeoutExpired:
            out[q.stem] = (None, -1)
    return out


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
    t0 = time.perf_counter()
    target = url + "/store" + (f"?graph={urllib.parse.quote(graph, safe='')}" if graph else "")
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
    args = ap.parse_args()

    from twpolice import iris
    from twpolice.graph.remote import RemoteStore
    from twpolice.graph.store import GraphStore

    work = args.keep or Path(tempfile.mkdtemp(prefix="twpolice-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    nq = work / "synthetic.nq"
    quads, graphs, gen_s = write_nquads(nq, args.triples)
    print(f"generated {quads:,} quads in {graphs} named graphs ({nq.stat().st_size / 1e6:.0f} MB N-Quads) in {gen_s:.1f} s")

    # A. embedded, as `twpolice build` lays it out: one named graph per document (bulk_load)
    emb_path = work / "embedded"
    shutil.rmtree(emb_path, ignore_errors=True)
    t0 = time.perf_counter()
    store = ox.Store(str(emb_path))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    emb_load = time.perf_counter() - t0
    # B. the same triples once each, in one graph (the union materialised)
    mem = ox.Store()
    mem.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in store)
    union_nt = work / "union.nt"
    mem.dump(str(union_nt), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    n_union = len(mem)
    del mem, store
    uni_path = work / "embedded-union"
    shutil.rmtree(uni_path, ignore_errors=True)
    t0 = time.perf_counter()
    ustore = ox.Store(str(uni_path))
    ustore.bulk_load(path=str(union_nt), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(f"{iris.BASE}id/graph/union"))
    ustore.flush()
    uni_load = time.perf_counter() - t0
    del ustore
    emb_size, uni_size = du(emb_path), du(uni_path)
    print(f"embedded (graph per document): bulk_load {emb_load:.1f} s ({quads / emb_load:,.0f} quads/s), "
          f"{emb_size / 1e6:.0f} MB on disk")
    print(f"embedded (union materialised): {n_union:,} distinct triples ({quads / n_union:.2f} quads per triple), "
          f"bulk_load {uni_load:.1f} s, {uni_size / 1e6:.0f} MB on disk")

    proc, url = start_server(work / "server")
    proc2, url2 = start_server(work / "server-union")
    try:
        srv_load = post_file(url, nq, "application/n-quads")
        srv2_load = post_file(url2, union_nt, "application/n-triples", f"{iris.BASE}id/graph/union")
        remote = RemoteStore(url, timeout=CAP_SECONDS + 5, retries=1)
        remote2 = RemoteStore(url2, timeout=CAP_SECONDS + 5, retries=1)
        srv_size, srv2_size = du(work / "server"), du(work / "server-union")
        print(f"server (graph per document): POST /store {srv_load:.1f} s ({quads / srv_load:,.0f} quads/s), "
              f"{srv_size / 1e6:.0f} MB on disk, {remote.count():,} quads")
        print(f"server (union materialised): POST /store {srv2_load:.1f} s, {srv2_size / 1e6:.0f} MB on disk")

        gs = GraphStore(emb_path, read_only=True)
        sample = [g for g in gs.graphs() if "/graph/vocabulary" not in g and g not in (str(iris.GRAPH_AGENCIES), str(iris.GRAPH_ONTOLOGY))]
        sample = sample[: args.sample_docs]
        n_sample = 0
        t0 = time.perf_counter()
        for g in sample:
            triples = [ox.Triple(q.subject, q.predicate, q.object) for q in gs.quads(g)]
            n_sample += len(triples)
            remote.replace_graph(g + "-copy", triples)
        per_doc = (time.perf_counter() - t0) / max(1, len(sample))
        for g in sample:
            remote.drop_graph(g + "-copy")
        print(f"server: replace_graph (GSP PUT to staging + MOVE) {per_doc * 1000:.0f} ms per document "
              f"({n_sample / max(1, len(sample)):.0f} triples each, {len(sample)} documents)")
        del gs

        emb = time_embedded(emb_path, args.runs)
        uni = time_embedded(uni_path, args.runs)
        srv = time_remote(remote, args.runs)
        srv2 = time_remote(remote2, args.runs)
    finally:
        for p in (proc, proc2):
            p.terminate()
            p.wait(timeout=60)

    print()
    print(f"research queries (api/queries) at {quads:,} quads / {n_union:,} triples; median of {args.runs} runs, "
          f"capped at {CAP_SECONDS:.0f} s; target < {TARGET_SECONDS:.0f} s embedded")
    print(f"{'query':30} {'rows':>6} {'emb/graphs':>11} {'emb/union':>10} {'srv/graphs':>11} {'srv/union':>10} "
          f"{'srv÷emb':>8}  target(union)")
    worst = 0.0
    for name in uni:
        e, n = emb[name]
        u, n_u = uni[name]
        s_, _ = srv[name]
        s2, n_s2 = srv2[name]
        worst = max(worst, u if u is not None else float("inf"))
        ratio = f"{s2 / u:.2f}x" if (u and s2) else "-"
        ok = "ok" if u is not None and u < TARGET_SECONDS else "MISSED"
        note = "" if n_u == n_s2 or n_s2 < 0 else f"  (rows differ: server {n_s2})"
        print(f"{name:30} {n_u:>6} {fmt(e):>11} {fmt(u):>10} {fmt(s_):>11} {fmt(s2):>10} {ratio:>8}  {ok}{note}")
    print()
    print(f"load: embedded bulk_load {emb_load:.1f} s; server POST {srv_load:.1f} s (server/embedded {srv_load / emb_load:.2f}x)")
    print(f"size: embedded {emb_size / 1e6:.0f} MB ({emb_size / quads:.0f} B/quad) vs server {srv_size / 1e6:.0f} MB "
          f"(server/embedded {srv_size / emb_size:.2f}x)")
    print(f"slowest research query, embedded with the union materialised: "
          f"{'>' + str(int(CAP_SECONDS)) + ' s' if worst == float('inf') else f'{worst * 1000:.0f} ms'} "
          f"({'meets' if worst < TARGET_SECONDS else 'misses'} the {TARGET_SECONDS:.0f} s target)")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("TWPOLICE_LANG", "en")
    main()
