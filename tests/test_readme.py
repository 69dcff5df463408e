"""The README works as written: every command under "Using it" runs from a fresh shell after the two commands
(the store built from the bundled documents), on files that exist, and the limits it states are the code's."""

from __future__ import annotations

import csv
import inspect
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from twpolice.api.serve.server import run
from livesite import shared_store
from twpolice.cli import serve
from twpolice.converters.pipeline import convert_file
from twpolice.converters.readers.pdf import MAX_PAGES
from twpolice.converters.text import DEFAULT_MAX_BYTES
from twpolice.nesting import MAX_DEPTH
from twpolice.shapes.loaders import max_upload_bytes

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
PROGRAM = ".venv/bin/twpolice"


def using_it() -> list[list[str]]:
    """The commands of the first ``sh`` block under "## Using it", each as the shell would split it."""
    section = README[README.index("## Using it"):]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)[1]
    commands, current = [], ""
    for line in block.splitlines():
        if line.startswith(PROGRAM) and current:
            commands.append(current)
            current = ""
        current += line + "\n"
    commands.append(current)
    return [shlex.split(c, comments=True) for c in commands]


def test_the_using_it_commands_name_the_installed_program_and_files_that_exist():
    commands = using_it()
    assert len(commands) >= 6
    for argv in commands:
        assert argv[0] == PROGRAM, argv
        for arg in argv:
            if arg.startswith(("documents/", "examples/")):
                assert (REPO / arg).is_file(), arg


def test_every_using_it_command_runs_after_the_two_commands(tmp_path):
    """Run in a scratch folder that sees the repository's documents and examples, against the store the main
    job builds; ``.venv/bin/twpolice`` as written when the README's install made it, else this interpreter's."""
    for name in ("documents", "examples"):
        (tmp_path / name).symlink_to(REPO / name)
    installed = REPO / PROGRAM
    env = {**os.environ, "TWPOLICE_STORE": str(shared_store()), "TWPOLICE_LANG": "zh-Hant"}
    outputs = {}
    for argv in using_it():
        program = [str(installed)] if installed.exists() else [sys.executable, "-m", "twpolice.cli"]
        done = subprocess.run(program + argv[1:], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, (argv, done.stderr[-500:])
        outputs[argv[1]] = done.stdout
    keelung = list(csv.DictReader((tmp_path / "keelung.csv").open(encoding="utf-8-sig")))
    assert keelung and {r["agency"].rsplit("/", 1)[-1] for r in keelung} == {"keelung-police"}
    assert "twp:Measurement" in (tmp_path / "plan.ttl").read_text(encoding="utf-8")
    plan = list(csv.DictReader((tmp_path / "plan.csv").open(encoding="utf-8-sig")))
    assert plan and all(r["page"] for r in plan)  # the PDF's pages are in the CSV, as the comment says
    assert len(list(csv.DictReader((tmp_path / "measurements.csv").open(encoding="utf-8-sig")))) > 1000
    assert all(str(y) in outputs["query"] for y in range(2018, 2022))
    assert "個三元組" in outputs["info"] and "個指標" in outputs["info"]


def test_the_review_commands_run_as_their_comments_say(tmp_path):
    """"Reviewing before publishing": each command on a copy of the documents (a sheet applied writes beside the
    document); publish --require-review refuses with exit 1 as its comment says; serve is the site's tests'."""
    section = README[README.index("### Reviewing before publishing"):]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)[1]
    commands = [shlex.split(line, comments=True) for line in block.splitlines() if line.strip()]
    (tmp_path / "documents").mkdir()
    for path in (REPO / "documents").glob("*"):
        if path.is_file():
            (tmp_path / "documents" / path.name).write_bytes(path.read_bytes())
    env = {**os.environ, "TWPOLICE_STORE": str(shared_store()), "TWPOLICE_LANG": "zh-Hant"}
    ran = []
    for argv in commands:
        assert argv[0] == PROGRAM and all((REPO / a).is_file() for a in argv if a.startswith("documents/"))
        if argv[1] == "serve":
            continue
        done = subprocess.run([sys.executable, "-m", "twpolice.cli", *argv[1:]], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == (1 if "--require-review" in argv else 0), (argv, done.stderr[-500:])
        ran.append(argv[1])
    assert ran == ["review", "review", "review", "publish"]
    sheet = list(csv.DictReader((tmp_path / "sheet.csv").open(encoding="utf-8-sig")))
    risky = list(csv.DictReader((tmp_path / "risky.csv").open(encoding="utf-8-sig")))
    assert len(sheet) > len(risky) > 0 and not (tmp_path / "releases" / "next").exists()


@pytest.mark.parametrize("example", ["004-plan.pdf", "004-plan.odt"])
def test_the_example_files_give_the_texts_facts(example):
    """examples/ holds document 004 as published formats: the same figures as the bundled text."""
    options = dict(agency="臺南市政府警察局", genre="plan", period="111")
    text = convert_file(REPO / "documents" / "004_b7561b9adedc7f21.txt", **options)
    native = convert_file(REPO / "examples" / example, **options)

    def key(f):
        return (str(f.value), f.kind, f.unit, f.period.slug)

    assert sorted(map(key, native.facts)) == sorted(map(key, text.facts))


def _limits() -> dict[str, str]:
    table = README[README.index("### Limits"):]
    return {m[1]: m[2] for m in re.finditer(r"^\| ([^|]+?) \| ([^|]+?) \|", table, re.MULTILINE)}


def test_the_limits_the_readme_states_are_the_codes():
    limits = _limits()
    serve_defaults = {p.name: p.default.default for p in inspect.signature(serve).parameters.values()
                      if hasattr(p.default, "default")}
    run_defaults = {p.name: p.default for p in inspect.signature(run).parameters.values()}
    assert limits["a document to convert or build"] == \
        f"{DEFAULT_MAX_BYTES // 2**20} MB (text), {MAX_PAGES:,} pages (PDF)"
    assert limits["a submission to `/validate` or `twpolice validate`"] == f"{max_upload_bytes() // 2**20} MB"
    assert limits["a SPARQL request"] == f"{run_defaults['max_query_bytes']:,} bytes, nesting depth {MAX_DEPTH}"
    assert limits["rows in an answer"].startswith(f"{serve_defaults['row_cap']:,} ")
    assert limits["time per query"].startswith(f"{serve_defaults['timeout']:g} s ")


def test_the_api_module_map_names_every_module():
    """The README's map of api/ (issue 18): a module added without a line in its package's row fails here."""
    start = README.index("| package | modules |", README.index("### Web site and SPARQL endpoint"))
    table = README[start:README.index("\n\n", start)]
    rows = {re.match(r"\| `([^`]+)`", line).group(1): line for line in table.splitlines()[2:]}
    missing = []
    for package in [REPO / "api", *sorted(p.parent for p in (REPO / "api").glob("*/__init__.py"))]:
        row = rows.get(package.relative_to(REPO).as_posix() + "/", "")
        missing += [f"{package.name}/{p.name}" for p in package.glob("*.py")
                    if p.name != "__init__.py" and f"`{p.name}`" not in row]
    assert missing == []
