"""Review sheets (issue 14) of the bundled documents: time to write each document's sheet (convert, apply its
corrections, score every fact, sort, write the CSV) against the named baseline of the same run, the plain
conversion of the same document (text → facts). Target: the sheet of the largest document (000) in under 2 s.

Cold = in a fresh process (vocabularies parsed once); warm = the best of ``--rounds`` later passes.

    python benchmarks/review.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from twpolice.converters.pipeline import convert_file
from twpolice.graph.build import bundled_documents, manifest_options, read_manifest
from twpolice.csvformat import rows_to_csv
from twpolice.review.document import convert_reviewed
from twpolice.review.sheet import SHEET_COLUMNS, sheet_table

TARGET_SECONDS = 2.0


def best(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def sheet_bytes(path: Path) -> bytes:
    doc = convert_reviewed(path, **manifest_options(path))
    return rows_to_csv(sheet_table(doc, None, "zh-Hant"), SHEET_COLUMNS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folder = bundled_documents()
    entries = read_manifest(folder)
    largest = max(entries, key=lambda e: (folder / e.file).stat().st_size)
    cold = subprocess.run([sys.executable, "-m", "twpolice.cli", "review", str(folder / largest.file), "-o", "/dev/null"],
                          capture_output=True, text=True)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "twpolice.cli", "review", str(folder / largest.file), "-o", "/dev/null"],
                   capture_output=True, check=True)
    cold_seconds = time.perf_counter() - t0
    print(f"{'document':<28} {'facts':>6} {'convert s':>10} {'sheet s':>9} {'ratio':>6}")
    for e in entries:
        path = folder / e.file
        options = manifest_options(path)
        n = len(convert_file(path, **options).facts)
        base = best(lambda p=path, o=options: convert_file(p, **o), args.rounds)
        sheet = best(lambda p=path: sheet_bytes(p), args.rounds)
        print(f"{e.file:<28} {n:>6} {base:>10.3f} {sheet:>9.3f} {sheet / base:>6.2f}")
    verdict = "ok" if cold_seconds < TARGET_SECONDS else "SLOWER THAN TARGET"
    print(f"`twpolice review {largest.file}` in a fresh process (CLI start-up included): {cold_seconds:.2f} s "
          f"(target {TARGET_SECONDS:.0f} s: {verdict}){'' if cold.returncode == 0 else ' — failed: ' + cold.stderr}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
