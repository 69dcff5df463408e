"""Conversion throughput on the bundled documents: documents/s and facts/s; with ``--scale`` or
``--megabytes``, how conversion time and memory grow with the input.

Cold = first pass in a fresh process (vocabularies and registry are parsed once);
warm = the best of later passes. Baseline: the target of issue 3, all five documents
(text → RDF triples) in under 1 s on one core.

Scale mode (issue 13, item 11: linear conversion cost) converts document 002 repeated N times
(``--corpus mix``: the five documents concatenated, repeated), and ``--megabytes M`` as many
repeats as make M MB (at most the 20 MiB input limit). Each size runs in a fresh child process
(so its peak RSS is its own) that converts once (a small document first, so vocabularies are warm),
then writes the CSV, then the Turtle, as ``twpolice convert`` does. Figures are printed against the
named baseline of the same run: the five bundled documents warm, text → CSV, in seconds per MB of
text; a linear converter keeps the ratio of each size's s/MB (convert + CSV) to the baseline's
near 1 (fixed costs per document make small inputs dearer per MB).

Formats mode (issue 15): each bundled document as text and as the DOCX, ODT and PDF the tests build
(``tests/nativedocs.py``), read and converted warm (best of ``--rounds``), against the named baseline of the
same run: the text. ``--pdf-pages 100`` also converts a PDF of at least that many pages (document 000's
model repeated) in a fresh process: time and peak memory (target: under 20 s).

    python benchmarks/convert.py [--rounds 5]
    python benchmarks/convert.py --scale 1,4,16,64 --megabytes 20 [--corpus 002|mix]
    python benchmarks/convert.py --formats [--pdf-pages 100] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from twpolice.converters.pipeline import convert_file
from twpolice.converters.rdf import extraction_triples
from twpolice.converters.text import DEFAULT_MAX_BYTES
from twpolice.graph.build import bundled_documents, read_manifest
from twpolice.graph.export import serialize_extraction

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


def one_pass_csv(folder: Path) -> float:
    """Text → measurement CSV (what the scale mode times) for the bundled documents."""
    t0 = time.perf_counter()
    for e in read_manifest(folder):
        x = convert_file(folder / e.file, agency=e.agency, genre=e.genre, period=e.period, title=e.title)
        serialize_extraction(x, "csv")
    return time.perf_counter() - t0


def folder_bytes(folder: Path) -> int:
    return sum((folder / e.file).stat().st_size for e in read_manifest(folder))


# --------------------------------------------------------------------------- scale mode


def corpus_text(folder: Path, corpus: str) -> str:
    """One copy of the repeated unit: document 002, or the five documents in manifest order."""
    entries = read_manifest(folder)
    if corpus == "002":
        entries = [e for e in entries if e.file.startswith("002_")]
    parts = [(folder / e.file).read_text(encoding="utf-8") for e in entries]
    return "".join(p if p.endswith("\n") else p + "\n" for p in parts)


def repeats_for(unit: str, megabytes: float) -> int:
    """Copies of ``unit`` that make about ``megabytes`` MB without passing the input limit."""
    size = len(unit.encode("utf-8"))
    return max(1, min(int(megabytes * 1_000_000) // size, DEFAULT_MAX_BYTES // size))


def measure_child(path: Path) -> dict:
    """In the child: convert ``path`` once, write CSV, then Turtle; seconds and peak RSS."""
    folder = bundled_documents()
    small = next(e for e in read_manifest(folder) if e.file.startswith("004_"))
    convert_file(folder / small.file, agency=small.agency, genre=small.genre, period=small.period)  # warm up
    t0 = time.perf_counter()
    x = convert_file(path)
    t1 = time.perf_counter()
    csv_bytes = len(serialize_extraction(x, "csv"))
    t2 = time.perf_counter()
    ttl_bytes = len(serialize_extraction(x, "turtle"))
    t3 = time.perf_counter()
    return {"facts": len(x.facts), "convert": t1 - t0, "csv": t2 - t1, "turtle": t3 - t2,
            "csv_bytes": csv_bytes, "turtle_bytes": ttl_bytes,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_child(path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(path)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def scale(folder: Path, corpus: str, counts: list[int], megabytes: float | None, rounds: int) -> None:
    warm = min(one_pass(folder)[0] for _ in range(max(1, rounds + 1)))  # the first pass is cold
    warm_csv = min(one_pass_csv(folder) for _ in range(max(1, rounds)))
    base_mb = folder_bytes(folder) / 1e6
    base_rate = warm_csv / base_mb
    print(f"baseline — the five bundled documents, warm: text → triples {warm:.3f} s (target {TARGET_SECONDS:.0f} s); "
          f"text → CSV {warm_csv:.3f} s for {base_mb:.2f} MB = {base_rate:.2f} s/MB")
    unit = corpus_text(folder, corpus)
    sizes = list(counts) + ([repeats_for(unit, megabytes)] if megabytes else [])
    print(f"corpus: {'document 002' if corpus == '002' else 'the five documents'} × N, each size in a fresh process")
    print(f"{'N':>5} {'MB':>6} {'facts':>8} {'convert s':>10} {'+csv s':>7} {'+ttl s':>7} {'csv total':>10} "
          f"{'MB/s':>6} {'peak MB':>8} {'s/MB ÷ baseline':>16}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"{corpus}x{n}.txt"
            path.write_text(unit * n, encoding="utf-8")
            mb = path.stat().st_size / 1e6
            r = run_child(path)
            csv_total = r["convert"] + r["csv"]
            print(f"{n:>5} {mb:>6.2f} {r['facts']:>8,} {r['convert']:>10.2f} {r['csv']:>7.2f} {r['turtle']:>7.2f} "
                  f"{csv_total:>10.2f} {mb / csv_total:>6.2f} {r['peak_mb']:>8.0f} "
                  f"{csv_total / mb / base_rate:>16.2f}")
            path.unlink()


# --------------------------------------------------------------------------- formats mode

PDF_TARGET_SECONDS = 20.0


def _nativedocs():
    """The fixture writers of the tests (DOCX, ODT, PDF from a text)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import nativedocs

    return nativedocs


def formats(folder: Path, rounds: int, pdf_pages: int) -> None:
    nd = _nativedocs()
    print("baseline — each document's text, read and converted warm (best of "
          f"{rounds}); the native formats against it")
    print(f"{'document':<28} {'format':<5} {'KB':>6} {'pages':>5} {'facts':>6} {'seconds':>8} {'÷ text':>7}")
    totals: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for e in read_manifest(folder):
            text = (folder / e.file).read_text(encoding="utf-8")
            blocks = nd.model_of(text)
            pdf, layout = nd.to_pdf(blocks, nd.title_of(text))
            files = {"text": folder / e.file}
            for fmt, data in (("docx", nd.to_docx(blocks)), ("odt", nd.to_odt(blocks)), ("pdf", pdf)):
                files[fmt] = Path(tmp) / f"{e.file[:3]}.{fmt}"
                files[fmt].write_bytes(data)
            base = 0.0
            for fmt, path in files.items():
                best, facts = float("inf"), 0
                for _ in range(max(1, rounds) + 1):  # the first pass warms the readers
                    t0 = time.perf_counter()
                    x = convert_file(path, agency=e.agency, genre=e.genre, period=e.period, title=e.title)
                    best = min(best, time.perf_counter() - t0)
                    facts = len(x.facts)
                base = base or best
                totals[fmt] = totals.get(fmt, 0.0) + best
                pages = layout.pages if fmt == "pdf" else ""
                print(f"{e.file:<28} {fmt:<5} {path.stat().st_size / 1024:>6.0f} {pages:>5} {facts:>6} "
                      f"{best:>8.3f} {best / base:>7.1f}")
        print("all five: " + "  ".join(f"{fmt} {secs:.2f} s ({secs / totals['text']:.1f}×)" for fmt, secs in totals.items()))
        if pdf_pages:
            entry = next(e for e in read_manifest(folder) if e.file.startswith("000_"))
            blocks = nd.model_of((folder / entry.file).read_text(encoding="utf-8"))
            copies = 1
            while True:
                data, layout = nd.to_pdf(blocks * copies, "高雄市政府警察局111年度施政績效成果報告")
                if layout.pages >= pdf_pages:
                    break
                copies += 1
            path = Path(tmp) / "long.pdf"
            path.write_bytes(data)
            r = run_child(path)
            print(f"a {layout.pages}-page PDF ({len(data) / 1e6:.1f} MB, document 000 × {copies}), fresh process: "
                  f"{r['facts']:,} facts, convert {r['convert']:.1f} s (target {PDF_TARGET_SECONDS:.0f} s: "
                  f"{r['convert'] / PDF_TARGET_SECONDS:.2f}), peak {r['peak_mb']:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--documents", type=Path, default=None)
    ap.add_argument("--scale", default="", help="repeat counts, e.g. 1,4,16,64")
    ap.add_argument("--megabytes", type=float, default=None, help="also one input of about this many MB")
    ap.add_argument("--corpus", choices=("002", "mix"), default="002")
    ap.add_argument("--formats", action="store_true", help="text against DOCX, ODT and PDF of the five documents")
    ap.add_argument("--pdf-pages", type=int, default=0, help="with --formats: also a PDF of this many pages")
    ap.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        print(json.dumps(measure_child(args.child)))
        return
    folder = args.documents or bundled_documents()
    if args.formats:
        formats(folder, args.rounds, args.pdf_pages)
        return
    if args.scale or args.megabytes:
        counts = [int(c) for c in args.scale.split(",") if c.strip()]
        scale(folder, args.corpus, counts, args.megabytes, args.rounds)
        return
    cold, docs, facts, triples = one_pass(folder)
    warm = min(one_pass(folder)[0] for _ in range(max(1, args.rounds)))
    print(f"documents: {docs}  facts: {facts}  triples: {triples}")
    for name, secs in (("cold", cold), ("warm", warm)):
        print(f"{name}: {secs:.3f} s  {docs / secs:.1f} documents/s  {facts / secs:,.0f} facts/s  "
              f"ratio to the {TARGET_SECONDS:.0f} s target: {secs / TARGET_SECONDS:.2f}")


if __name__ == "__main__":
    main()
