"""Endpoint benchmark: twpolice vs the Oxigraph server vs rdflib-endpoint, same data, loopback only.

Measures queries per second and p50/p99 latency for a point look-up, an aggregate
across cities and a page render, at concurrency 1, 8 and 32, and prints ratios.
twpolice runs with its time limit and safety checks on, result cache off (and on).

    .venv/bin/python benchmarks/endpoint.py --triples 500000 --duration 5

Needs the ``bench`` extra (``oxigraph`` for the server binary, ``rdflib-endpoint``).
The load generator is a small keep-alive HTTP/1.1 client on asyncio in its own
process, so the Python client does not share the servers' GIL.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from twpolice import iris
from twpolice.api.serve.server import default_web_processes
from twpolice.graph.store import GraphStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the live-site support the tests use
from livesite import LiveServer, descendants, free_port  # noqa: E402

BASE = iris.BASE
TWP = str(iris.TWP)
CITIES = ["taipei", "new-taipei", "taoyuan", "taichung", "tainan", "kaohsiung", "keelung", "hsinchu-city",
          "hsinchu-county", "miaoli", "changhua", "nantou", "yunlin", "chiayi-city", "chiayi-county", "pingtung",
          "yilan", "hualien", "taitung", "penghu", "kinmen", "lienchiang"]
KINDS = ["actual", "target", "baseline", "change", "budget"]

PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in (("twp", TWP), ("skos", str(iris.SKOS)),
                                                          ("ind", str(iris.IND)), ("vt", str(iris.VT))))
AGGREGATE = PREFIXES + """SELECT ?city (COUNT(?m) AS ?n) (AVG(?v) AS ?avg) (MAX(?v) AS ?max) WHERE {
  ?m twp:indicator ?i ; twp:valueType vt:actual ; twp:agency ?a ; twp:value ?v .
  ?i skos:exactMatch ind:s3 .
  ?a twp:jurisdiction ?city .
} GROUP BY ?city ORDER BY ?city"""


# -- synthetic data -----------------------------------------------------------------------------------------
def synthetic_quads(n_triples: int, seed: int = 7):
    """Police-like data: agencies, shared + local indicators, periods, documents, passages, measurements."""
    rnd = random.Random(seed)
    N, L, Q = ox.NamedNode, ox.Literal, ox.Quad
    t = lambda x: N(TWP + x)  # noqa: E731
    rdf_type, pref = N(str(iris.RDF.type)), N(str(iris.SKOS.prefLabel))
    dec = N(str(iris.XSD.decimal))
    vocab = N(BASE + "id/graph/bench-vocabulary")
    out = []
    for k in range(40):
        s = N(f"{BASE}id/indicator/s{k}")
        out += [Q(s, rdf_type, t("Indicator"), vocab), Q(s, pref, L(f"共用指標{k}", language="zh-Hant"), vocab),
                Q(s, pref, L(f"shared indicator {k}", language="en"), vocab)]
    for y in range(2010, 2030):
        p = N(f"{BASE}id/period/{y}")
        out += [Q(p, rdf_type, t("Period"), vocab),
                Q(p, N(str(iris.DCAT.startDate)), L(f"{y}-01-01", datatype=N(str(iris.XSD.date))), vocab),
                Q(p, N(str(iris.DCAT.endDate)), L(f"{y}-12-31", datatype=N(str(iris.XSD.date))), vocab)]
    for c, city in enumerate(CITIES):
        a = N(f"{BASE}id/agency/{city}-police")
        out += [Q(a, rdf_type, t("Agency"), vocab), Q(a, pref, L(f"{city} 警察局", language="zh-Hant"), vocab),
                Q(a, pref, L(f"{city} police", language="en"), vocab),
                Q(a, t("jurisdiction"), N(f"{BASE}id/place/{10000 + c}"), vocab)]
    i = 0
    doc_no = 0
    while len(out) < n_triples:
        city = CITIES[doc_no % len(CITIES)]
        agency = N(f"{BASE}id/agency/{city}-police")
        doc = N(f"{BASE}id/document/{city}-police/d{doc_no}")
        g = N(f"{BASE}id/graph/{city}-police/d{doc_no}")
        out += [Q(doc, rdf_type, t("Document"), g), Q(doc, N(str(iris.DCTERMS.title)),
                                                      L(f"文件 {doc_no}", language="zh-Hant"), g),
                Q(doc, N(str(iris.DCTERMS.publisher)), agency, g)]
        for j in range(400):
            local = N(f"{BASE}id/indicator/{city}-police/i{j % 60}")
            if j < 60:
                out += [Q(local, rdf_type, t("Indicator"), g),
                        Q(local, pref, L(f"指標{j}", language="zh-Hant"), g),
                        Q(local, N(str(iris.SKOS.exactMatch)), N(f"{BASE}id/indicator/s{j % 40}"), g)]
            m = N(f"{BASE}id/measurement/{city}-police/m{i}")
            sp = N(f"{BASE}id/document/{city}-police/d{doc_no}/passage/L{j}")
            out += [Q(m, rdf_type, t("Measurement"), g), Q(m, t("agency"), agency, g), Q(m, t("indicator"), local, g),
                    Q(m, t("period"), N(f"{BASE}id/period/{2010 + rnd.randrange(20)}"), g),
                    Q(m, t("valueType"), N(f"{BASE}id/value-type/{KINDS[rnd.randrange(len(KINDS))]}"), g),
                    Q(m, t("value"), L(f"{rnd.uniform(0, 1000):.2f}", datatype=dec), g),
                    Q(m, t("unitText"), L("件"), g), Q(m, t("sourcePassage"), sp, g),
                    Q(sp, t("inDocument"), doc, g), Q(sp, t("lineStart"), L(str(j + 1), datatype=N(str(iris.XSD.integer))), g),
                    Q(sp, t("quote"), L(f"第{j}行的原文"), g)]
            i += 1
        doc_no += 1
    return out, i


def build_synthetic(folder: Path, n_triples: int) -> tuple[Path, Path, int]:
    store_dir, nq = folder / "store", folder / "data.nq"
    quads, n_meas = synthetic_quads(n_triples)
    gs = GraphStore(store_dir)  # a twpolice store: the named graphs and their union stored as the default graph
    gs.add_quads(quads)
    gs.flush()
    gs.raw.optimize()
    del gs
    ox.serialize(quads, str(nq), format=ox.RdfFormat.N_QUADS)
    return store_dir, nq, n_meas


def measurement_iris(store_dir: Path, n: int = 200) -> list[str]:
    st = ox.Store.read_only(str(store_dir))
    rows = st.query(f"SELECT ?m WHERE {{ ?m a <{TWP}Measurement> }} LIMIT {n}")
    out = [r["m"].value for r in rows]
    del st
    return out


# -- load generator ------------------------------------------------------------------------------------------
async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def _client(host: str, port: int, requests: list[bytes], deadline: float, lat: list[float], errors: list[int]):
    reader, writer = await asyncio.open_connection(host, port)
    k = random.randrange(len(requests))
    while time.perf_counter() < deadline:
        req = requests[k % len(requests)]
        k += 1
        t0 = time.perf_counter()
        writer.write(req)
        status = await _read_response(reader)
        lat.append(time.perf_counter() - t0)
        if status != 200:
            errors.append(status)
    writer.close()


def _load(args: tuple) -> dict:
    host, port, requests, concurrency, duration, warmup = args
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass

    async def main() -> dict:
        lat: list[float] = []
        errors: list[int] = []
        await asyncio.gather(*(_client(host, port, requests, time.perf_counter() + warmup, [], [])
                               for _ in range(concurrency)))
        t0 = time.perf_counter()
        await asyncio.gather(*(_client(host, port, requests, t0 + duration, lat, errors) for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
        lat.sort()
        q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")  # noqa: E731
        return {"n": len(lat), "qps": len(lat) / elapsed, "p50": q(0.50), "p99": q(0.99), "errors": len(errors),
                "statuses": sorted(set(errors))}

    return asyncio.run(main())


def run_load(url: str, requests: list[bytes], concurrency: int, duration: float, warmup: float = 1.0) -> dict:
    parsed = urllib.parse.urlsplit(url)
    with mp.get_context("spawn").Pool(1) as pool:
        return pool.apply(_load, ((parsed.hostname, parsed.port, requests, concurrency, duration, warmup),))


def get_request(host: str, path: str, accept: str) -> bytes:
    return (f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: {accept}\r\nConnection: keep-alive\r\n\r\n").encode()


def sparql_requests(host: str, path: str, queries: list[str]) -> list[bytes]:
    return [get_request(host, f"{path}?{urllib.parse.urlencode({'query': q})}", "application/sparql-results+json")
            for q in queries]


# -- servers ---------------------------------------------------------------------------------------------------
def wait_http(url: str, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"{url} did not come up")


class Proc:
    def __init__(self, cmd: list[str], url: str, probe: str, timeout: float = 600) -> None:
        self.url = url
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_http(probe, timeout)

    def stop(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            self.proc.kill()


def oxigraph_server(store_dir: Path) -> Proc:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    probe = url + "/query?" + urllib.parse.urlencode({"query": "ASK {}"})
    # the same store: its default graph is the stored union of the named graphs, as twpolice serves it
    return Proc([exe, "serve-read-only", "--location", str(store_dir), "--bind", f"127.0.0.1:{port}"], url, probe)


def rdflib_endpoint(nq: Path) -> Proc:
    exe = shutil.which("rdflib-endpoint") or str(Path(sys.executable).parent / "rdflib-endpoint")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    probe = url + "/?" + urllib.parse.urlencode({"query": "ASK {}"})
    return Proc([exe, "serve", "--host", "127.0.0.1", "--port", str(port), str(nq)], url, probe, timeout=900)


def pss_mb(pid: int) -> float:
    """Proportional set size of a process and its descendants (shared copy-on-write pages counted once)."""
    total = 0
    for p in [pid] + descendants(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup", encoding="ascii") as f:
                total += sum(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        except OSError:
            pass
    return total / 1024


def answered_by(url: str, query: str) -> str:
    """Which path (inline, worker, cache) answered, from the X-Twpolice-Path header."""
    req = urllib.request.Request(url + "/sparql?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.headers.get("X-Twpolice-Path", "?")


# -- main ------------------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=500_000, help="size of the synthetic dataset (default 500000)")
    ap.add_argument("--duration", type=float, default=5.0, help="seconds per measurement (default 5)")
    ap.add_argument("--concurrency", default="1,8,32")
    ap.add_argument("--workers", type=int, default=None,
                    help="twpolice query processes per web process (default: max(2, CPUs))")
    ap.add_argument("--web-processes", type=int, default=None,
                    help="twpolice web processes (default: one per CPU, as `twpolice serve`)")
    ap.add_argument("--skip-rdflib", action="store_true", help="do not start rdflib-endpoint (slow to load)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    levels = [int(c) for c in args.concurrency.split(",")]

    tmp = Path(tempfile.mkdtemp(prefix="twpolice-bench-"))
    servers: dict[str, object] = {}
    try:
        t0 = time.perf_counter()
        store_dir, nq, n_meas = build_synthetic(tmp, args.triples)
        print(f"data: {args.triples:,} triples requested, {n_meas:,} measurements, built in "
              f"{time.perf_counter() - t0:.1f} s ({tmp})", flush=True)
        points = [f"SELECT ?p ?o WHERE {{ <{m}> ?p ?o }}" for m in measurement_iris(store_dir)]
        if not points:
            raise SystemExit("no measurements in the synthetic store")
        agency_page = "/doc/agency/kaohsiung-police"

        web = args.web_processes or default_web_processes()
        servers["twpolice"] = LiveServer(store_dir, cache_size=0, workers=args.workers, web_processes=web).start()
        servers["twpolice+cache"] = LiveServer(store_dir, cache_size=4096, workers=args.workers,
                                               web_processes=web).start()
        tw = servers["twpolice"]
        print(f"twpolice: {web} web process(es), {args.workers or max(2, os.cpu_count() or 2)} query workers each, "
              f"time limit {tw.query_timeout:g} s, row cap {tw.row_cap}, SERVICE/Update refused; "
              f"'twpolice' = result cache off, 'twpolice+cache' = cache of 4096 answers; "
              f"machine: {os.cpu_count()} CPUs", flush=True)
        print(f"twpolice answers: point → {answered_by(tw.url, points[0])}, aggregate → {answered_by(tw.url, AGGREGATE)}"
              f"; memory (PSS, all processes): {pss_mb(tw.proc.pid):.0f} MB", flush=True)
        servers["oxigraph"] = oxigraph_server(store_dir)
        if not args.skip_rdflib:
            t1 = time.perf_counter()
            servers["rdflib-endpoint"] = rdflib_endpoint(nq)
            print(f"rdflib-endpoint loaded in {time.perf_counter() - t1:.1f} s", flush=True)

        paths = {"twpolice": "/sparql", "twpolice+cache": "/sparql", "oxigraph": "/query", "rdflib-endpoint": "/"}
        results: dict[str, dict[str, dict[int, dict]]] = {}
        workloads: dict[str, dict[str, list[bytes]]] = {}
        for name, srv in servers.items():
            host = urllib.parse.urlsplit(srv.url).netloc
            workloads[name] = {"point": sparql_requests(host, paths[name], points),
                               "aggregate": sparql_requests(host, paths[name], [AGGREGATE])}
            if name.startswith("twpolice"):
                workloads[name]["page"] = [get_request(host, agency_page, "text/html")]
        # servers take turns at each workload and concurrency, so a ratio compares measurements minutes apart
        # at most (other jobs on a shared machine come and go)
        for wl in ("point", "aggregate", "page"):
            for c in levels:
                for name, srv in servers.items():
                    reqs = workloads[name].get(wl)
                    if reqs is None or (name == "rdflib-endpoint" and wl == "aggregate" and c > 1):
                        continue  # ~15 s per request at 500k triples and one request at a time (GIL): c=1 says enough
                    r = run_load(srv.url, reqs, c, args.duration)
                    results.setdefault(name, {}).setdefault(wl, {})[c] = r
                    print(f"{name:16} {wl:9} c={c:<3} {r['qps']:9.1f} q/s  p50 {r['p50']:8.2f} ms  "
                          f"p99 {r['p99']:8.2f} ms  errors {r['errors']}{r['statuses'] or ''}", flush=True)
        print(f"\nratios (twpolice, cache off, with time limit and safety on, {web} web process(es)):")
        for wl, ref, target in (("point", "oxigraph", 0.5), ("aggregate", "oxigraph", 0.9),
                                ("aggregate", "rdflib-endpoint", 10.0)):
            for c in levels:
                ours = results.get("twpolice", {}).get(wl, {}).get(c)
                theirs = results.get(ref, {}).get(wl, {}).get(c)
                if ours and theirs and theirs["qps"] > 0:
                    ratio = ours["qps"] / theirs["qps"]
                    mark = "ok" if ratio >= target else "below target"
                    print(f"  {wl:9} c={c:<3} twpolice/{ref}: {ratio:6.2f}  (target ≥ {target:g}: {mark})")
            cached = results.get("twpolice+cache", {}).get(wl, {})
            for c in levels:
                theirs = results.get(ref, {}).get(wl, {}).get(c)
                if cached.get(c) and theirs and theirs["qps"] > 0 and ref == "oxigraph":
                    print(f"  {wl:9} c={c:<3} twpolice+cache/{ref}: {cached[c]['qps'] / theirs['qps']:6.2f}")
        if args.json:
            args.json.write_text(json.dumps(results, indent=2))
        return 0
    finally:
        for srv in servers.values():
            srv.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
