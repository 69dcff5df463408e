"""The site serves one version of the store at a time, and switches when a build has finished.

``twpolice build`` writes into the store a running site reads. Read directly, the site would answer from
what the build had written so far: some graphs old, some new, different from one query process to the next.
So the site serves a *snapshot*: a checkpoint of the store (``Store.backup``: hard links, taken in
milliseconds, never written to afterwards), and every process of one version opens that snapshot. The build
stamps the store when it has finished (:mod:`twpolice.graph.generation`); the gunicorn master polls the stamp,
takes a new snapshot when a new generation is ready, builds the new site beside the old one, forks its web
processes and retires the old ones (:mod:`twpolice.api.serve.webprocs`). Caches, dumps and counts
belong to a version and go with it.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from twpolice.graph import generation as stamps
from twpolice.graph.store import snapshot


class Snapshots:
    """Checkpoints of one on-disk store, in a private temporary folder removed by :meth:`close`."""

    def __init__(self, store_path: Path) -> None:
        self.store_path = Path(store_path)
        self.root = Path(tempfile.mkdtemp(prefix="twpolice-serve-"))
        self._taken = 0

    def take(self, *, ready_only: bool) -> tuple[Path, stamps.Generation | None] | None:
        """A checkpoint and the generation it holds; None when no complete version can be taken now (a build is
        running, or the stamp changed while copying). ``ready_only=False``: take whatever is there (at start,
        when there is no older version to serve instead)."""
        before = stamps.read(self.store_path)
        if ready_only and (before is None or not before.ready):
            return None
        self._taken += 1
        path = self.root / f"generation-{self._taken}"
        snapshot(self.store_path, path)
        if stamps.read(self.store_path) != before:  # a build started or ended meanwhile: try again later
            self.drop(path)
            return None
        return path, before

    def newer(self, serving: stamps.Generation | None) -> bool:
        """A finished build has stamped a generation other than the one being served."""
        now = stamps.read(self.store_path)
        return now is not None and now.ready and (serving is None or now.number != serving.number)

    @staticmethod
    def drop(path: Path) -> None:
        shutil.rmtree(path, ignore_errors=True)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
