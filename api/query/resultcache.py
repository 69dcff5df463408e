"""The endpoint's result cache: a small LRU of serialised answers, keyed by query and format.

The store does not change while the site runs, so an answer can be served again as it was serialised.
"""

from __future__ import annotations

from collections import OrderedDict


class ResultCache:
    """A small LRU of serialised answers (the store does not change while the site runs)."""

    def __init__(self, size: int, max_entry_bytes: int = 512 * 1024) -> None:
        self.size = size
        self.max_entry = max_entry_bytes
        self._data: OrderedDict[tuple, tuple[dict, bytes]] = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key: tuple):
        if not self.size:
            return None
        item = self._data.get(key)
        if item is None:
            self.misses += 1
            return None
        self._data.move_to_end(key)
        self.hits += 1
        return item

    def put(self, key: tuple, meta: dict, body: bytes) -> None:
        if not self.size or len(body) > self.max_entry:
            return
        self._data[key] = (meta, body)
        self._data.move_to_end(key)
        while len(self._data) > self.size:
            self._data.popitem(last=False)
