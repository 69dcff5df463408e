"""Fair use of the query workers (issue 16, item 5): one client cannot take them all."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

from twpolice.api.query.fairness import Fairness
from twpolice.api.query.pool import PoolBusy
from livesite import LiveServer, shared_store

CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # runs until the time limit
# an aggregate over every triple: quick on this store, but never "provably cheap", so it needs a worker
AGGREGATE = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"


async def _hold(fair: Fairness, client: str, key: str, seconds: float, log: list[str], timeout: float = 1.0) -> None:
    try:
        async with fair.admit(client, key, timeout):
            log.append(f"{client} {key} runs")
            await asyncio.sleep(seconds)
    except PoolBusy:
        log.append(f"{client} {key} busy")


def test_a_client_runs_at_most_its_share_at_once_and_others_still_get_in():
    async def scenario() -> list[str]:
        fair, log = Fairness(workers=3), []  # share: all but one = 2
        await asyncio.gather(_hold(fair, "10.0.0.1", "q1", 0.3, log), _hold(fair, "10.0.0.1", "q2", 0.3, log),
                             _hold(fair, "10.0.0.1", "q3", 0.0, log),  # waits for the client's own q1/q2
                             _hold(fair, "10.0.0.1", "q4", 0.0, log, timeout=0.1),  # gives up waiting: busy
                             _hold(fair, "10.0.0.2", "q5", 0.0, log))  # another address: in at once
        return log

    log = asyncio.run(scenario())
    assert log[:3] == ["10.0.0.1 q1 runs", "10.0.0.1 q2 runs", "10.0.0.2 q5 runs"]
    assert log.index("10.0.0.1 q4 busy") < log.index("10.0.0.1 q3 runs")


def test_a_query_that_ran_past_the_budget_runs_in_the_slow_lane_which_leaves_a_worker_free():
    async def scenario() -> tuple[bool, list[str]]:
        fair, log = Fairness(workers=2, budget=0.05), []  # share 1: the slow lane holds one worker
        await _hold(fair, "a", "cross", 0.1, log)
        await _hold(fair, "a", "quick", 0.0, log)
        marked = fair.is_slow("cross") and not fair.is_slow("quick")
        log.clear()
        await asyncio.gather(_hold(fair, "b", "cross", 0.3, log),  # the known-slow query takes the lane ...
                             _hold(fair, "c", "cross", 0.0, log, timeout=0.1),  # ... so from another address it waits
                             _hold(fair, "d", "aggregate", 0.0, log, timeout=0.1))  # while the rest get in
        return marked, log

    marked, log = asyncio.run(scenario())
    assert marked
    assert sorted(log) == ["b cross runs", "c cross busy", "d aggregate runs"]


@pytest.mark.live
def test_eight_cross_products_from_one_address_leave_the_workers_to_others():
    """One address fires eight cross products at once: they run one at a time (its share of two workers) and end
    at the time limit or busy (503); meanwhile another address's aggregates are answered (200), before any of the
    cross products has ended (without a share they queue behind them)."""
    store = shared_store()
    with LiveServer(store, workers=2, web_processes=1, query_timeout=3.0) as site:
        statuses: list[int] = []

        ended: list[float] = []

        def attack() -> None:
            with httpx.Client(base_url=site.url, timeout=30) as c:
                statuses.append(c.get("/sparql", params={"query": CROSS}, headers={"Accept": "text/csv"}).status_code)
                ended.append(time.monotonic())

        threads = [threading.Thread(target=attack) for _ in range(8)]
        for t in threads:
            t.start()
        time.sleep(0.5)  # the cross products have reached the workers
        with httpx.Client(base_url=site.url, timeout=30,
                          transport=httpx.HTTPTransport(local_address="127.0.0.2")) as other:
            answers = [other.get("/sparql", params={"query": AGGREGATE + f" LIMIT {100 + k}"},
                                 headers={"Accept": "text/csv"}) for k in range(5)]
            answered = time.monotonic()
        for t in threads:
            t.join()
    assert answered < min(ended)  # answered while the cross products still held their workers, not after them
    assert [(a.status_code, a.headers["X-Twpolice-Path"]) for a in answers] == [(200, "worker")] * 5
    assert statuses == [503] * 8
