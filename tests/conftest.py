"""Shared fixtures: the bundled documents, converted once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "documents"


def doc_path(prefix: str) -> Path:
    return next(DOCUMENTS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def manifest():
    from twpolice.graph.build import read_manifest

    return {e.file[:3]: e for e in read_manifest(DOCUMENTS)}


@pytest.fixture(scope="session")
def extractions(manifest):
    """Every bundled document converted with its manifest metadata, keyed by its number (000..004)."""
    from twpolice.converters.pipeline import convert_file

    return {
        key: convert_file(DOCUMENTS / e.file, agency=e.agency, genre=e.genre, period=e.period, title=e.title)
        for key, e in manifest.items()
    }


@pytest.fixture(scope="session")
def full_store(tmp_path_factory):
    """The five bundled documents built into an on-disk store, once per session."""
    from twpolice.graph.build import build_store
    from twpolice.graph.store import GraphStore

    path = tmp_path_factory.mktemp("full-store") / "db"
    report = build_store(path)
    assert not report.failed, [r.status for r in report.rows]
    store = GraphStore(path)
    yield store


# In CI a backend or browser test must run: a skip there means CI did not verify what the README says it does.
MUST_RUN_IN_CI = ("live", "external", "browser")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """With ``CI=true``, a skipped test marked live, external or browser fails the run (with its skip reason)."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI", "").lower() == "true" \
            and any(item.get_closest_marker(m) for m in MUST_RUN_IN_CI):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where backend and browser tests must run: {reason}"
