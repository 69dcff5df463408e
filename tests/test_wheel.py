"""The wheel installs everything it needs: built from this checkout, installed into a fresh virtual environment
outside it, it builds the bundled documents, answers a query, serves the home page and the research queries, and
validates a submission — with none of the checkout's files in reach."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from livesite import free_port

REPO = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.live]


def _run(*args, cwd: Path, env: dict, timeout: float = 300) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, (args, done.stdout[-800:], done.stderr[-800:])
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(venv bin folder, a working folder outside the checkout, environment) with only the wheel of twpolice."""
    work = tmp_path_factory.mktemp("wheel")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(work), "TWPOLICE_LANG": "zh-Hant",
           **{k: v for k, v in os.environ.items() if k.startswith("PIP_")}}
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", work / "dist", REPO, cwd=work, env=env)
    (wheel,) = (work / "dist").glob("twpolice-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("twpolice/api/queries/") and n.endswith(".rq") for n in names)
    assert any(n.startswith("twpolice/shapes/examples/") for n in names)
    venv = work / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=work, env=env)
    # the dependencies come from this test's environment (no network here); twpolice itself only from the wheel
    (purelib,) = venv.glob("lib/python*/site-packages")
    (purelib / "deps.pth").write_text("\n".join(p for p in site.getsitepackages() if Path(p).is_dir()) + "\n")
    _run(venv / "bin" / "python", "-m", "pip", "install", "-q", "--no-deps", wheel, cwd=work, env=env)
    where = _run(venv / "bin" / "python", "-c", "import twpolice, sys; print(twpolice.__file__)", cwd=work, env=env)
    assert str(REPO) not in where.stdout and str(purelib) in where.stdout
    return venv / "bin", work, env


def test_build_query_and_validate_from_the_wheel(installed):
    bin_, work, env = installed
    store = work / "store"
    build = _run(bin_ / "twpolice", "build", "--store", store, cwd=work, env=env)
    assert "個三元組" in build.stdout
    out = _run(bin_ / "twpolice", "query", "SELECT (COUNT(*) AS ?n) WHERE { ?m a twp:Measurement }", "--format", "csv",
               "--store", store, cwd=work, env=env).stdout
    assert int(out.splitlines()[1]) > 1000
    example = _run(bin_ / "python", "-c", "from twpolice.shapes.rules import FIXTURES; "
                   "print(FIXTURES / 'R-budget-sum-valid.ttl')", cwd=work, env=env).stdout.strip()
    assert str(REPO) not in example
    _run(bin_ / "twpolice", "validate", example, cwd=work, env=env)


def test_serve_from_the_wheel_answers_the_home_page_and_q1(installed):
    bin_, work, env = installed
    store = work / "store-serve"
    _run(bin_ / "twpolice", "build", "--store", store, cwd=work, env=env)
    port = free_port()
    proc = subprocess.Popen([str(bin_ / "twpolice"), "serve", "--store", str(store), "--port", str(port)], cwd=work,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                home = urllib.request.urlopen(base + "/", timeout=5).read().decode("utf-8")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "the server did not come up"
                time.sleep(0.5)
        assert "Q1" in home and 'id="count-measurements"' in home
        q1 = urllib.request.urlopen(base + "/queries/q1-fraud-clearance-by-city.rq", timeout=10).read()
        request = urllib.request.Request(base + "/sparql", data=q1, headers={
            "Content-Type": "application/sparql-query", "Accept": "text/csv"})
        rows = urllib.request.urlopen(request, timeout=60).read().decode("utf-8").strip().splitlines()
        assert len(rows) > 1
        rule = urllib.request.urlopen(base + "/rules/R-budget-sum", timeout=10).read().decode("utf-8")
        assert "合計 2001 = 中央 1200 + 本府 800" in rule  # the rule's example, read from the installed package
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_the_installed_package_keeps_its_import_contracts(installed):
    """`lint-imports` with pyproject's contracts, on the package as installed (its real layout: the checkout maps
    api/, graph/ … into twpolice by package-dir, which import-linter cannot walk): the CLI over the site over the
    store over validation over conversion, and the core using none of them."""
    bin_, work, env = installed
    done = subprocess.run([str(bin_ / "python"), "-c", "import sys; from importlinter.cli import lint_imports_command; "
                           f"sys.argv = ['lint-imports', {str(REPO / 'pyproject.toml')!r}]; lint_imports_command()"],
                          cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "0 broken" in done.stdout, done.stdout[-3000:] + done.stderr[-1000:]
    assert str(work / "venv") in subprocess.run(
        [str(bin_ / "python"), "-c", "import twpolice.api; print(twpolice.api.__file__)"], cwd=work, env=env,
        capture_output=True, text=True).stdout
