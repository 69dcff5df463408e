"""The dev corpus as a ratchet: ``../shared/eval/score.py`` on its 36 excerpts of 18 departments must not fall
below the level the converters have reached (raise FLOOR when they improve; never lower it to pass).

The scorer converts every excerpt with the installed ``twpolice convert`` and compares with the corpus's
exhaustive gold facts, so this is an end-to-end test of the CLI, the converters and the shared indicators.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FLOOR = {"precision": 0.994, "recall": 1.000, "fully right": 1.000}
_SUMMARY = re.compile(r"precision (?P<precision>[0-9.]+) .*recall (?P<recall>[0-9.]+) .*fully right (?P<right>[0-9.]+)")


def test_dev_corpus_scores_do_not_fall_below_the_level_reached():
    if not SCORER.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the dev corpus scorer is missing: {SCORER}")
        pytest.skip(f"no shared eval corpus beside this checkout ({SCORER})")
    twpolice = Path(sys.executable).parent / "twpolice"
    done = subprocess.run([sys.executable, str(SCORER), "--twpolice", str(twpolice)], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "convert failed" not in done.stdout, done.stdout
    summary = _SUMMARY.search(done.stdout.strip().splitlines()[-1])
    assert summary, done.stdout[-2000:]
    got = {"precision": float(summary["precision"]), "recall": float(summary["recall"]),
           "fully right": float(summary["right"])}
    for name, floor in FLOOR.items():
        assert got[name] >= floor, f"{name} fell to {got[name]:.3f} (floor {floor:.3f}):\n{done.stdout[-3000:]}"
