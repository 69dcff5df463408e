"""Remote store benchmark: the bundled documents written to and read from a real `oxigraph serve` on loopback
(and Virtuoso, when `virtuoso-t` is on the machine), and the site served over it (``twpolice serve --store URL``).

What it times is what the remote client does (graph/remote.py and api/query/remote.py): the first sync of every
document graph (Graph Store Protocol PUT to a staging graph + one MOVE update each), a re-sync where every graph
is unchanged (content hashes only), replacing one document, the research queries (api/queries) through
``RemoteStore.query``, a dump of every graph (``RemoteStore.dump``, the growth of a child process's peak memory while it runs),
and the site's /sparql (point look-up, aggregate; result cache off) and an agency page at concurrency 1 and 4.

    .venv/bin/python benchmarks/remote.py                 # Oxigraph (and Virtuoso when installed)
    .venv/bin/python benchmarks/remote.py --runs 5 --duration 5 --json out.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))  # the live-site support the tests use
sys.path.insert(0, str(HERE))
from endpoint import get_request, run_load, sparql_requests, wait_http  # noqa: E402
from livesite import free_port, shared_store  # noqa: E402

from twpolice.graph.backends import open_store, sync_graphs  # noqa: E402
from twpolice.graph.remote import Auth, RemoteStore, RemoteStoreError  # noqa: E402
from twpolice.graph.store import CONTENT_HASH, GraphStore  # noqa: E402

QUERIES = sorted((ROOT / "api" / "queries").glob("*.rq"))
AGGREGATE = "SELECT ?t (COUNT(*) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY DESC(?n)"
DUMP_CHILD = """
import sys, time
from twpolice.graph.remote import Auth, RemoteStore
import pyoxigraph as ox
def kb(what):  # VmHWM, not ru_maxrss: that one keeps the forking parent's peak across exec
    return next(int(ln.split()[1]) for ln in open("/proc/self/status") if ln.startswith(what + ":"))
auth = Auth("digest", "dba", "dba") if sys.argv[2] == "virtuoso" else None
store = RemoteStore(sys.argv[1], flavor=sys.argv[2], auth=auth, read_only=True, timeout=300)
store.count()
before = kb("VmRSS")
t0 = time.perf_counter()
n = len(store.dump(ox.RdfFormat.N_QUADS))
print(time.perf_counter() - t0, n, kb("VmHWM") - before)
"""


def oxigraph_server(folder: Path) -> tuple[subprocess.Popen, str]:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}", "--timeout-s", "60"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_http(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D")
    return proc, f"http://127.0.0.1:{port}"


def virtuoso_server(folder: Path) -> tuple[subprocess.Popen, str] | None:
    binary = shutil.which("virtuoso-t")
    if binary is None:
        return None
    from test_remote import VIRTUOSO_INI

    sql, port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=port))
    proc = subprocess.Popen([binary, "-f", "-c", str(folder / "virtuoso.ini")], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            RemoteStore(f"http://127.0.0.1:{port}", flavor="virtuoso", timeout=2, retries=1).count()
            return proc, f"http://127.0.0.1:{port}"
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("Virtuoso did not start")


def seconds(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def store_figures(name: str, embedded: GraphStore, remote: RemoteStore, runs: int) -> dict:
    out: dict = {"first sync (s)": seconds(lambda: sync_graphs(embedded, remote))}
    out["re-sync, all unchanged (s)"] = statistics.median(seconds(lambda: sync_graphs(embedded, remote))
                                                          for _ in range(runs))
    graph = next(g for g in embedded.graphs() if g.endswith("-plan"))
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in embedded.quads(graph)
               if q.predicate.value != CONTENT_HASH]
    mark = ox.Triple(ox.NamedNode(graph), ox.NamedNode("https://example.org/bench#run"), ox.Literal("x"))
    times = []
    for k in range(runs):
        changed = triples + [mark] if k % 2 == 0 else triples
        times.append(seconds(lambda changed=changed: remote.replace_graph(graph, changed)))
    out[f"replace one document, {len(triples)} triples (ms)"] = statistics.median(times) * 1000
    per_query, refused = [], []
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        try:
            per_query.append(statistics.median(seconds(lambda text=text: list(remote.query(text))) for _ in range(runs)))
        except (RemoteStoreError, SyntaxError):  # Virtuoso 7.2 cannot compile some of them (SQ156, SP031)
            refused.append(q.stem)
    out[f"research queries answered, {len(per_query)} of {len(QUERIES)}"] = len(per_query)
    out["research queries, sum of medians (ms)"] = sum(per_query) * 1000
    if refused:
        print(f"{name:9} refused by the store: {', '.join(refused)}")
    child = subprocess.run([sys.executable, "-c", DUMP_CHILD, remote.url, remote.flavor.name],
                           capture_output=True, text=True, check=True)
    secs, size, rss = child.stdout.split()
    out["dump every graph (s)"] = float(secs)
    out["dump size (MB)"] = int(size) / 1e6
    out["dump: peak memory above the client's before it (MB)"] = int(rss) / 1024
    for k, v in out.items():
        print(f"{name:9} {k:55} {v:10.2f}", flush=True)
    return out


def site_figures(url: str, duration: float) -> dict:
    port = free_port()
    code = (f"from twpolice.api.serve.server import run; run({url!r}, '127.0.0.1', {port}, query_timeout=30.0, "
            "cache_size=0, log_level='warning')")  # `twpolice serve --store URL`, result cache off
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    site = f"http://127.0.0.1:{port}"
    out: dict = {}
    try:
        wait_http(site + "/sparql", timeout=120)
        host = f"127.0.0.1:{port}"
        point = "SELECT ?p ?o WHERE { <https://w3id.org/twpolice/id/agency/keelung-police> ?p ?o }"
        loads = {"point": sparql_requests(host, "/sparql", [point]), "aggregate": sparql_requests(host, "/sparql", [AGGREGATE]),
                 "page": [get_request(host, "/doc/agency/keelung-police", "text/html")]}
        for wl, reqs in loads.items():
            for c in (1, 4):
                r = run_load(site, reqs, c, duration)
                out[f"{wl} c={c}"] = r
                print(f"site      {wl:9} c={c}  {r['qps']:8.1f} q/s  p50 {r['p50']:8.2f} ms  p99 {r['p99']:8.2f} ms  "
                      f"errors {r['errors']}", flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="runs per timing (median reported)")
    ap.add_argument("--duration", type=float, default=4.0, help="seconds per site load measurement")
    ap.add_argument("--skip-virtuoso", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    embedded = GraphStore(shared_store(), read_only=True)
    print(f"data: the bundled documents, {len(embedded.graphs())} graphs, {embedded.count():,} quads", flush=True)
    work = Path(tempfile.mkdtemp(prefix="twpolice-remote-bench-"))
    figures: dict = {}
    servers = []
    try:
        proc, url = oxigraph_server(work / "oxigraph")
        servers.append(proc)
        figures["oxigraph"] = store_figures("oxigraph", embedded, open_store(url), args.runs)
        figures["site over oxigraph"] = site_figures(url, args.duration)
        if not args.skip_virtuoso:
            (work / "virtuoso").mkdir()
            started = virtuoso_server(work / "virtuoso")
            if started is not None:
                servers.append(started[0])
                virtuoso = RemoteStore(started[1], flavor="virtuoso", auth=Auth("digest", "dba", "dba"), timeout=300)
                figures["virtuoso"] = store_figures("virtuoso", embedded, virtuoso, args.runs)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2))
        return 0
    finally:
        for proc in servers:
            proc.terminate()
            proc.wait(timeout=60)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
