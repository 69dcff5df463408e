"""Fair use of the query workers (issue 16, item 5): one client cannot take them all.

Without it, eight slow queries from one address occupy every worker of a web process and everyone else waits
for them. Two rules, per web process (each has its own workers):

| rule | example |
|---|---|
| a client (address) runs at most ``share`` queries at once (default: all workers but one); its further queries wait for its own earlier ones, within their time limit | eight cross products from one address: one runs, seven wait their turn, another address's query takes the free worker |
| a query that once ran past ``budget`` seconds runs in the slow lane, which holds at most ``share`` workers, so at least one is always free for the rest | the same cross product asked again by many addresses |

A query that cannot start within its time limit gets the pool's "busy" answer (503, Retry-After).
"""

from __future__ import annotations

import asyncio
import collections
import time
from contextlib import asynccontextmanager

from twpolice.api.query.pool import PoolBusy


class Fairness:
    def __init__(self, workers: int, *, share: int | None = None, budget: float = 0.5, remember: int = 1024) -> None:
        self.share = max(1, share if share is not None else workers - 1)
        self.budget = budget
        self._remember = remember
        self._clients: dict[str, tuple[asyncio.Semaphore, int]] = {}  # address -> (its share, queries using it)
        self._slow: collections.OrderedDict[object, None] = collections.OrderedDict()
        self._slow_lane: asyncio.Semaphore | None = None

    def is_slow(self, key: object) -> bool:
        return key in self._slow

    @staticmethod
    async def _enter(lane: asyncio.Semaphore, timeout: float) -> None:
        try:
            await asyncio.wait_for(lane.acquire(), timeout)
        except asyncio.TimeoutError as exc:
            raise PoolBusy() from exc

    @asynccontextmanager
    async def admit(self, client: str, key: object, timeout: float):
        """Run one query of ``client`` (the query ``key``) once its share and, for a known-slow query, the slow lane
        have room; raises :class:`~twpolice.api.query.pool.PoolBusy` when that does not happen within ``timeout``."""
        own, users = self._clients.get(client) or (asyncio.Semaphore(self.share), 0)
        self._clients[client] = (own, users + 1)
        slow = key in self._slow
        if self._slow_lane is None:
            self._slow_lane = asyncio.Semaphore(self.share)
        lanes = [own, self._slow_lane] if slow else [own]
        entered: list[asyncio.Semaphore] = []
        deadline = time.monotonic() + timeout
        started = None
        try:
            for lane in lanes:
                await self._enter(lane, max(0.001, deadline - time.monotonic()))
                entered.append(lane)
            started = time.monotonic()
            yield
        finally:
            if started is not None and not slow and time.monotonic() - started > self.budget:
                self._slow[key] = None  # also when it ran into its time limit: that is what the lane is for
                while len(self._slow) > self._remember:
                    self._slow.popitem(last=False)
            for lane in entered:
                lane.release()
            sem, users = self._clients[client]
            if users <= 1:
                del self._clients[client]
            else:
                self._clients[client] = (sem, users - 1)
