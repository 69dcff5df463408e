"""Which build an embedded store holds: a generation stamp the build writes, the site reads.

A build first marks the stamp ``building`` and, after its last write and flush, ``ready`` with the next
generation number (only when something changed, so re-running an unchanged build starts no reload). A
running site (:mod:`twpolice.api.serve.generations`) switches to a new version only when the stamp is ``ready``
with a number it has not served, and reads the stamp again after copying the store, so it never serves a
half-written one. A build that dies leaves ``building``: the site keeps the version it has.

The stamp is a small JSON file beside the store's folder (``store`` → ``store.generation.json``), written to a
temporary file and renamed, so a reader sees the old stamp or the new one, never half of one.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

BUILDING, READY = "building", "ready"


@dataclass(frozen=True)
class Generation:
    number: int
    state: str  # BUILDING or READY
    time: str  # ISO 8601, UTC: when the state was written

    @property
    def ready(self) -> bool:
        return self.state == READY


def stamp_path(store_path: Path | str) -> Path:
    path = Path(store_path)
    return path.with_name(path.name + ".generation.json")


def read(store_path: Path | str) -> Generation | None:
    """The stamp, or None when there is none or it cannot be read (a store built before stamps)."""
    try:
        data = json.loads(stamp_path(store_path).read_text(encoding="utf-8"))
        return Generation(int(data["number"]), str(data["state"]), str(data["time"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write(store_path: Path | str, generation: Generation) -> Generation:
    target = stamp_path(store_path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(asdict(generation), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)
    return generation


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def mark_building(store_path: Path | str) -> Generation:
    """Before a build writes: a site seeing this keeps serving what it has."""
    current = read(store_path)
    return _write(store_path, Generation(current.number if current else 0, BUILDING, _now()))


def mark_ready(store_path: Path | str, changed: bool) -> Generation:
    """After a build's last write: the next number when the store changed (or has never been stamped ready)."""
    current = read(store_path)
    number = current.number if current else 0
    if changed or current is None or number == 0:
        number += 1
    return _write(store_path, Generation(number, READY, _now()))
