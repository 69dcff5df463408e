"""The release folder the site serves (``twpolice publish``) and the whole-dataset dumps it offers: what the
downloads routes serve, and what the home page, the dataset page and VoID/DCAT link to."""

from __future__ import annotations

import json
import os
from pathlib import Path

from twpolice.graph.publish import RELEASE_MANIFEST, latest_release

RELEASES_ENV = "TWPOLICE_RELEASES"
# the whole-dataset dumps the site serves (VoID and DCAT list them) ...
DUMPS = [
    ("twpolice.nq", "application/n-quads", "All named graphs (N-Quads)"),
    ("twpolice.trig", "application/trig", "All named graphs (TriG)"),
    ("measurements.csv", "text/csv", "All measurements with their sources (CSV, UTF-8 with BOM)"),
]
# ... and the release files that replace them when a release exists
DUMP_FILES = {"twpolice.nq": "rdf/twpolice.nq", "twpolice.trig": "rdf/twpolice.trig",
              "measurements.csv": "csv/measurements.csv"}


def releases_root(configured: Path | str | None) -> Path | None:
    """``--releases DIR``, else ``$TWPOLICE_RELEASES``, else None (no downloads configured)."""
    value = configured if configured not in (None, "") else os.environ.get(RELEASES_ENV) or None
    return Path(value).expanduser() if value is not None else None


def current_release(st) -> tuple[Path | None, dict | None]:
    """The latest release folder and its manifest (read on each request: a new release shows at once)."""
    root = getattr(st, "releases", None)
    if root is None:
        return None, None
    release = latest_release(root)
    if release is None:
        return None, None
    try:
        return release, json.loads((release / RELEASE_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, None


def dump_links(st) -> list[tuple[str, str, str]]:
    """(href, media type, title) of each whole-dataset dump: the release's files when one is served."""
    release, manifest = current_release(st)
    listed = {f["path"] for f in manifest.get("files", [])} if manifest else set()
    out = []
    for key, media, title in DUMPS:
        rel = DUMP_FILES.get(key)
        href = f"/downloads/{rel}" if release is not None and rel in listed else f"/download/{key}"
        out.append((href, media, title))
    return out
