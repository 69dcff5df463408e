"""Fair workers and steady memory under load (issue 16, item 5 and its load figures).

1. Fairness: one address (127.0.0.1) keeps eight cross products running (each until the time limit); another
   address (127.0.0.2) asks aggregates that need a worker, one after another. Printed: the other address's
   latency (median, p95, max) with each client's share at its default (all workers but one) against the named
   baseline of the same run, the same server with ``--client-share`` equal to the workers (no share kept back,
   as before issue 16).
2. Load: three rounds of 500 mixed requests, 500 at once (pages, look-ups, SPARQL, a dump, 404s), counting
   5xx answers and the server's resident memory (all its processes) after each round.

    python benchmarks/fairness.py [--seconds 20] [--timeout 3]
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import statistics
import threading
import sys
import time

from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the live-site support the tests use
from livesite import LiveServer, descendants, rss_kb, shared_store  # noqa: E402


CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
AGGREGATE = "SELECT ?p (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }} GROUP BY ?p LIMIT {k}"


def attack_and_measure(store, share: int | None, workers: int, seconds: float, timeout: float) -> list[float]:
    with LiveServer(store, workers=workers, web_processes=2, query_timeout=timeout, client_share=share) as site:
        stop = threading.Event()

        def attacker() -> None:
            with httpx.Client(base_url=site.url, timeout=60) as c:
                while not stop.is_set():
                    c.get("/sparql", params={"query": CROSS}, headers={"Accept": "text/csv"})

        threads = [threading.Thread(target=attacker) for _ in range(8)]
        for t in threads:
            t.start()
        time.sleep(1.0)
        latencies: list[float] = []
        k = 100
        with httpx.Client(base_url=site.url, timeout=60,
                          transport=httpx.HTTPTransport(local_address="127.0.0.2")) as victim:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                k += 1  # a new text each time: no cached answer
                t0 = time.monotonic()
                victim.get("/sparql", params={"query": AGGREGATE.format(k=k)}, headers={"Accept": "text/csv"})
                latencies.append(time.monotonic() - t0)
        stop.set()
        for t in threads:
            t.join()
    return latencies


def summary(name: str, xs: list[float]) -> str:
    xs = sorted(xs)
    p95 = xs[max(0, int(round(0.95 * len(xs))) - 1)]
    return f"{name:<34} n={len(xs):>4}  median {statistics.median(xs):6.3f} s  p95 {p95:6.3f} s  max {xs[-1]:6.3f} s"


def load_rounds(store, rounds: int = 3, per_round: int = 500) -> None:
    urls = ["/", "/search?q=police", "/dataset", "/id/agency/nope", "/download/twpolice.nq",
            "/sparql?query=" + "SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%3Fs%20a%20twp%3AMeasurement%7D&format=csv",
            "/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%7D",  # 400
            "/sparql?format=csv&query=" + "SELECT%20%3Fp%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20GROUP%20BY%20%3Fp"]
    with LiveServer(store, web_processes=2) as site:
        def one(i: int) -> int:
            with httpx.Client(base_url=site.url, timeout=60, follow_redirects=False) as c:
                return c.get(urls[i % len(urls)]).status_code

        def rss() -> int:
            return rss_kb(site.proc.pid) + sum(rss_kb(p) for p in descendants(site.proc.pid))

        sizes = []
        for r in range(rounds):
            with cf.ThreadPoolExecutor(500) as pool:
                codes = list(pool.map(one, range(r * per_round, (r + 1) * per_round)))
            time.sleep(1.5)
            sizes.append(rss())
            print(f"round {r + 1}: {per_round} requests at once, 5xx {sum(c >= 500 for c in codes)}, "
                  f"codes {sorted(set(codes))}, RSS {sizes[-1] / 1024:.1f} MiB")
        print(f"RSS after round {rounds} / after round 1: {sizes[-1] / sizes[0]:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=20.0, help="how long the other address asks, per run")
    ap.add_argument("--timeout", type=float, default=3.0, help="the server's query time limit")
    ap.add_argument("--workers", type=int, default=2, help="query workers per web process")
    a = ap.parse_args()
    store = shared_store()
    fair = attack_and_measure(store, None, a.workers, a.seconds, a.timeout)
    base = attack_and_measure(store, a.workers, a.workers, a.seconds, a.timeout)
    print("another address's aggregates while one address runs eight cross products "
          f"({a.workers} workers × 2 web processes, {a.timeout:g} s limit):")
    print(summary("with client shares (default)", fair))
    print(summary(f"baseline: --client-share {a.workers}", base))
    load_rounds(store)


if __name__ == "__main__":
    main()
