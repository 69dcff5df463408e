"""Conversion throughput on the bundled documents: documents/s and facts/s.

Cold = first pass in a fresh process (vocabularies and registry are parsed once);
warm = the best of later passes. Baseline: the target of issue 3, all five documents
(text → RDF triples) in under 1 s on one core.

    python benchmarks/convert.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from twpolice.converters.pipeline import convert_file
from twpolice.converters.rdf import extraction_triples
from twpolice.graph.build import bundled_documents, read_manifest

TARGET_SECONDS = 1.0


def one_pass(folder: Path) -> tuple[float, int, int, int]:
    t0 = time.perf_counter()
    facts = triples = docs = 0
    for e in read_manifest(folder):
        x = convert_file(folder / e.file, agency=e.agency, genre=e.genre, period=e.period, title=e.title)
        _, tr = extraction_triples(x)
        facts += len(x.facts)
        triples += len(tr)
        docs += 1
    return time.perf_counter() - t0, docs, facts, triples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--documents", type=Path, default=None)
    args = ap.parse_args()
    folder = args.documents or bundled_documents()
    cold, docs, facts, triples = one_pass(folder)
    warm = min(one_pass(folder)[0] for _ in range(max(1, args.rounds)))
    print(f"documents: {docs}  facts: {facts}  triples: {triples}")
    for name, secs in (("cold", cold), ("warm", warm)):
        print(f"{name}: {secs:.3f} s  {docs / secs:.1f} documents/s  {facts / secs:,.0f} facts/s  "
              f"ratio to the {TARGET_SECONDS:.0f} s target: {secs / TARGET_SECONDS:.2f}")


if __name__ == "__main__":
    main()
