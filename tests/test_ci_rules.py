"""The test suite's own rules (issue 16, item 9): markers are registered and strict, skips are shown, ruff, vulture and
lint-imports are clean, and in CI (``CI=true``) a skipped backend or browser test fails the run instead of passing
silently."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pytest_run(*args: str, ci: bool) -> subprocess.CompletedProcess:
    """pytest in a subprocess where Chromium cannot be found (PATH without it), so the browser tests skip."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PATH"] = "/nonexistent"
    if ci:
        env["CI"] = "true"
    return subprocess.run([sys.executable, "-m", "pytest", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


def test_a_skipped_browser_test_fails_in_ci():
    proc = pytest_run("tests/test_browser.py", "-k", "home", ci=True)
    assert proc.returncode == 1, proc.stdout[-2000:]
    assert "skipped in CI" in proc.stdout and "chromium" in proc.stdout


def test_outside_ci_the_skip_is_shown():
    proc = pytest_run("tests/test_browser.py", "-k", "home", ci=False)
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert "SKIPPED" in proc.stdout and "chromium" in proc.stdout  # -rs: every skip says why


def test_markers_are_registered_and_strict(tmp_path):
    listed = subprocess.run([sys.executable, "-m", "pytest", "--markers"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120).stdout
    for name in ("live", "external", "browser", "timeout"):
        assert f"@pytest.mark.{name}" in listed, name
    bad = tmp_path / "test_typo.py"
    bad.write_text("import pytest\n\n@pytest.mark.brwoser\ndef test_x():\n    pass\n")
    proc = subprocess.run([sys.executable, "-m", "pytest", str(bad), "-c", str(ROOT / "pyproject.toml"),
                           "--rootdir", str(ROOT)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "brwoser" in proc.stdout + proc.stderr


def test_ruff_is_clean():
    """`ruff check` with the project's rules (pyproject's [tool.ruff]) finds nothing: an unused import, a name that
    does not exist, a closure over a loop variable or a bare re-raise fails here, not in review."""
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", str(ROOT)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-1000:]


def test_vulture_finds_no_dead_code(tmp_path):
    """`vulture` with pyproject's [tool.vulture] finds nothing; the same run on a module with an unreachable line and an
    unused import reports both, so the check is not silently empty."""
    done = subprocess.run([sys.executable, "-m", "vulture"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-1000:]
    bad = tmp_path / "dead.py"
    bad.write_text("import os\n\n\ndef f():\n    return 1\n    print('never')\n")
    dead = subprocess.run([sys.executable, "-m", "vulture", str(bad), "--min-confidence", "80"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert dead.returncode != 0 and "unused import 'os'" in dead.stdout and "unreachable code" in dead.stdout, dead.stdout


def installed_layout(root: Path) -> Path:
    """The package's modules laid out as the wheel installs them (pyproject's package-dir: api/ → twpolice/api …),
    which import-linter can walk, unlike the checkout."""
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    for package in setup["packages"]:
        dest = root.joinpath(*package.split("."))
        dest.mkdir(parents=True, exist_ok=True)
        for module in (ROOT / setup["package-dir"][package]).glob("*.py"):
            shutil.copy2(module, dest / module.name)
    return root


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """`lint-imports` with pyproject's contracts on the modules under ``root``."""
    return subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
                           f"sys.argv = ['lint-imports', '--no-cache', {str(ROOT / 'pyproject.toml')!r}]; "
                           "lint_imports_command()"],
                          env={**os.environ, "PYTHONPATH": str(root)}, cwd=root, capture_output=True, text=True,
                          timeout=120)


def test_lint_imports_keeps_every_contract_and_a_cycle_hidden_in_a_function_breaks_it(tmp_path):
    """pyproject's import contracts hold for the package; the same run on a copy where csv_submission reaches back to
    loaders from inside a function (how shapes/ hid its cycles) fails, naming the package and the import to remove."""
    layout = installed_layout(tmp_path)
    done = lint_imports(layout)
    assert done.returncode == 0 and "0 broken" in done.stdout, done.stdout[-3000:] + done.stderr[-1000:]
    planted = layout / "twpolice" / "shapes" / "csv_submission.py"
    planted.write_text(planted.read_text(encoding="utf-8") + "\n\ndef _late():\n"
                       "    from twpolice.shapes.loaders import load_submission  # noqa: F401\n", encoding="utf-8")
    broken = lint_imports(layout)
    assert broken.returncode != 0 and "1 broken" in broken.stdout, broken.stdout[-3000:]
    assert "No cycles are allowed in twpolice.shapes." in broken.stdout
    assert ".loaders -> .csv_submission" in broken.stdout or ".csv_submission -> .loaders" in broken.stdout


def test_every_module_leads_with_a_short_summary():
    """Issue 18, item 9: every module of the package opens with a docstring whose first paragraph is at most three
    lines (what it holds, for whoever opens it first); details follow after a blank line."""
    long_or_missing = []
    for folder in ("twpolice", "converters", "graph", "shapes", "api", "ontology", "review", "documents"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")), clean=False)
            first = doc.strip("\n").split("\n\n")[0] if doc else ""
            if not first or len(first.strip().splitlines()) > 3:
                long_or_missing.append(str(path.relative_to(ROOT)))
    assert long_or_missing == []
