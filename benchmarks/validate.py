"""Benchmark: twpolice's validator versus plain pyshacl, in the same run, with the same results.

    .venv/bin/python benchmarks/validate.py [--measurements 10000] [--skip-baseline] [--baseline-timeout 3600]
                                            [--compare-measurements 300]

Two inputs: the bundled documents converted (the "bundled graph") and a generated submission of
N measurements shaped exactly like converter output (via ``converters.rdf``), with a few defects
of each kind so the comparison covers violations too. First it prints what importing the validator
costs a fresh process; then, for each input, it times

* ours — ``validate_triples(triples, "core")``: the submission plus the vocabulary it references;
  shapes parsed once per process (a warm-up run is excluded; the cold run is printed too);
* baseline — ``pyshacl.validate(union, shacl_graph=core shapes)`` with pyshacl's default options,
  where ``union`` is an rdflib graph of the ontology, every vocabulary and the data;

then prints both times, the ratio, and whether the results agree: the same (focus node, rule,
severity, value) set, counting baseline results only for resources the submission mentions.

Plain pyshacl evaluates every SPARQL constraint once per focus node, which takes long on 10,000
measurements; the baseline runs in a child process stopped after ``--baseline-timeout`` seconds (the
ratio is then a lower bound), and a smaller generated submission (``--compare-measurements``) is always
compared in full.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF, SH

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from twpolice.model import DocumentMeta, Extraction, Fact, Passage, Period, Program  # noqa: E402

KINDS_SHARED = [  # (printed indicator, shared slug, printed unit, max sensible value)
    ("全般刑案破獲率", "crime-all-clearance-rate", "%", 110),
    ("詐欺犯罪破獲率", "fraud-clearance-rate", "%", 100),
    ("竊盜破獲率", "theft-clearance-rate", "%", 100),
    ("全般刑案發生數", "crime-all-occurrences", "件", 50000),
    ("詐欺發生數", "fraud-occurrences", "件", 9000),
    ("A1類交通事故死亡人數", "a1-deaths", "人", 400),
    ("查獲毒品嫌疑人數", "drug-suspects", "人", 3000),
]


def generate_extraction(n: int, seed: int = 7, defects: bool = True) -> Extraction:
    """A synthetic performance report with ``n`` measurements (budgets sum correctly unless defective)."""
    rnd = random.Random(seed)
    year = Period(date(2022, 1, 1), date(2022, 12, 31), "111年")
    meta = DocumentMeta("kaohsiung-police", "performance-report", year, "高雄市政府警察局111年度施政績效報告（合成）",
                        "synthetic-10k.txt", "0" * 64, n, "bench", date(2023, 3, 31))
    programs, facts = [], []
    line = 1

    def passage(quote: str) -> Passage:
        nonlocal line
        line += 1
        return Passage(line, line, quote, ("貳", "一"))

    n_programs = max(1, n // 30)
    for p in range(n_programs):
        key = f"p{p}"
        programs.append(Program(key, f"合成計畫{p}", passage(f"合成計畫{p}"), numbering=str(p + 1)))
        central, local = rnd.randint(0, 5000), rnd.randint(0, 5000)
        total = central + local + (rnd.choice([0, 1]) if not (defects and p % 97 == 5) else 250)
        quote = f"合成計畫{p} 經費{total}千元（中央{central}、本府{local}）"
        ps = passage(quote)
        for label, slug, value, funding in (("預算金額（中央）", "budget-central", central, "central"),
                                            ("預算金額（本府）", "budget-local", local, "local"),
                                            ("預算金額（合計）", "budget-total", total, "total")):
            facts.append(Fact("budget", label, Decimal(value), "千元", year, ps, f"{value}千元", program=key,
                              qualifiers={"funding": funding}, shared_indicator=slug))
    months = [Period(date(2022, m, 1), date(2022, m, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)) for m in range(1, 13)]
    i = 0
    while len(facts) < n:
        printed, slug, unit, top = KINDS_SHARED[i % len(KINDS_SHARED)]
        period = months[(i // len(KINDS_SHARED)) % 12]
        item = i // (len(KINDS_SHARED) * 12)
        value = Decimal(rnd.randint(0, top * 100)) / 100 if unit == "%" else Decimal(rnd.randint(0, top))
        kind, operator, rel = "actual", None, None
        if i % 10 == 3:
            kind, operator = "target", "at-least"
        elif i % 10 == 7:
            kind, rel = "change", Period(date(2021, period.start.month, 1), date(2021, period.end.month, period.end.day))
            value = Decimal(rnd.randint(-500, 500))
        if defects and i % 1009 == 11:
            value = Decimal(-5) if kind == "actual" and unit != "%" else value  # below the bound
        if defects and i % 1013 == 17 and kind == "target":
            operator = None  # target without operator
        if defects and i % 1019 == 23 and unit == "%" and kind == "actual":
            value = Decimal(350)  # suspicious percentage (warning)
        facts.append(Fact(kind, printed, value, unit, period, passage(f"{printed}{value}{unit}"), f"{value}{unit}",
                          operator=operator, relative_to=rel, qualifiers={"item": str(item)}, shared_indicator=slug))
        i += 1
    return Extraction(meta, programs, facts[:n])


def synthetic_triples(n: int) -> list:
    from twpolice.converters.rdf import extraction_triples

    return extraction_triples(generate_extraction(n))[1]


def bundled_triples() -> tuple[list, list[str]]:
    """Triples of every bundled document that converts; notes for those that do not."""
    from twpolice.converters.pipeline import convert_file
    from twpolice.converters.rdf import extraction_triples
    from twpolice.graph.build import bundled_documents, read_manifest

    folder = bundled_documents()
    triples, notes = [], []
    for entry in read_manifest(folder):
        try:
            x = convert_file(folder / entry.file, agency=entry.agency, genre=entry.genre, period=entry.period,
                             title=entry.title, issued=entry.issued)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports and goes on
            notes.append(f"{entry.file}: {exc}")
            continue
        triples += extraction_triples(x)[1]
    return triples, notes


# ---------------------------------------------------------------------------------------------


def _rdflib_graph(triples) -> Graph:
    from twpolice.shapes.validator import _spo, _term

    g = Graph()
    g.addN((_term(s), _term(p), _term(o), g) for s, p, o in (_spo(t) for t in triples))
    return g


def ours(triples) -> tuple[float, object]:
    from twpolice.shapes.validator import validate_triples

    t0 = time.perf_counter()
    result = validate_triples(triples, "core", time_limit=10_000)
    return time.perf_counter() - t0, result


def baseline(triples) -> tuple[float, Graph, int]:
    """pyshacl with default options on ontology + vocabularies + data (graph building not timed)."""
    import pyshacl

    from twpolice.shapes.profiles import get_profile
    from twpolice.shapes.terms import quiet_rdflib
    from twpolice.shapes.vocabulary import whole_graph

    with quiet_rdflib():
        union = whole_graph()
        union += _rdflib_graph(triples)
        shapes = get_profile("core").graph
        t0 = time.perf_counter()
        _conforms, report, _text = pyshacl.validate(union, shacl_graph=shapes)
        seconds = time.perf_counter() - t0
    return seconds, report, len(union)


def _baseline_child(triples, out_path: str) -> None:
    seconds, report, size = baseline(triples)
    Path(out_path).write_text(f"{seconds}\n{size}\n" + report.serialize(format="nt"), encoding="utf-8")


def baseline_with_timeout(triples, timeout: float) -> tuple[float, Graph | None, int]:
    """Run :func:`baseline` in a forked child; (seconds, report or None if stopped, union size)."""
    import multiprocessing as mp
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".nt", delete=False) as tmp:
        out = tmp.name
    proc = mp.get_context("fork").Process(target=_baseline_child, args=(triples, out))
    t0 = time.perf_counter()
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.kill()  # our own child, by its handle
        proc.join()
        Path(out).unlink(missing_ok=True)
        return time.perf_counter() - t0, None, 0
    text = Path(out).read_text(encoding="utf-8")
    Path(out).unlink(missing_ok=True)
    seconds, size, nt = text.split("\n", 2)
    return float(seconds), Graph().parse(data=nt, format="nt"), int(size)


def _key_value(term) -> str:
    from twpolice.shapes.terms import literal_display

    return "" if term is None else literal_display(term) if isinstance(term, Literal) else str(term)


def compare(result, report: Graph, data: Graph) -> tuple[set, set]:
    """(only ours, only baseline) over (focus, rule, severity, value) for resources the data mentions."""
    from twpolice.shapes.profiles import get_profile

    profile = get_profile("core")
    scope = set(data.subjects()) | {o for o in data.objects() if not isinstance(o, Literal)}
    theirs = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        if focus not in scope:
            continue
        shape = report.value(r, SH.sourceShape)
        rule = profile.rule_of_shape(shape) or shape
        value = report.value(r, SH.value)
        if value == focus:
            value = None
        theirs.add((str(focus), str(rule), str(report.value(r, SH.resultSeverity)).rsplit("#")[-1], _key_value(value)))
    mine = {(r.terms["focus"].__str__(), r.rule_iri, r.severity,
             _key_value(r.terms["value"] if r.terms["value"] != r.terms["focus"] else None)) for r in result.results}
    return mine - theirs, theirs - mine


def run(name: str, triples, skip_baseline: bool, timeout: float) -> bool:
    """Time ours (and the baseline); True when the baseline finished in time."""
    print(f"\n== {name}: {len(triples):,} triples")
    cold, _ = ours(triples[:50])  # first call in the process: parses shapes and vocabularies
    warm, result = ours(triples)
    c = result.counts_by_severity()
    print(f"ours      {warm:8.2f} s  ({result.summary_line('en')})")
    print("          timings: " + ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items()))
    if skip_baseline:
        return False
    seconds, report, size = baseline_with_timeout(triples, timeout)
    if report is None:
        print(f"baseline  > {seconds:6.0f} s  (pyshacl {_pyshacl_version()} defaults; stopped at the time limit)")
        print(f"ratio     > {seconds / warm:6.1f} ×  faster (lower bound)")
        return False
    n_base = len(set(report.subjects(RDF.type, SH.ValidationResult)))
    print(f"baseline  {seconds:8.2f} s  (pyshacl {_pyshacl_version()} defaults, {size:,} triples, {n_base} results)")
    print(f"ratio     {seconds / warm:8.1f} ×  faster")
    only_ours, only_base = compare(result, report, _rdflib_graph(triples))
    same = not only_ours and not only_base
    print(f"same results: {'yes' if same else 'NO'} ({len(result.results)} results; {c['Violation']} violations, {c['Warning']} warnings, {c['Info']} info)")
    for label, diff in (("only ours", only_ours), ("only baseline", only_base)):
        for item in sorted(diff)[:10]:
            print(f"  {label}: {item}")
    return True


def startup() -> str:
    """What importing the validator costs a fresh process (every build, serve and validate pays it): the median of
    five ``-X importtime`` runs, and whether pyshacl, imported only for a rule the fast core cannot run, came with it."""
    code = "import sys, twpolice.shapes.validator; print('pyshacl' in sys.modules)"
    runs = [subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, cwd=ROOT)
            for _ in range(5)]
    cumulative = [int(line.split("|")[1]) for done in runs for line in done.stderr.splitlines()
                  if line.rstrip().endswith("| twpolice.shapes.validator")]
    loaded = "yes" if runs[0].stdout.strip() == "True" else "no"
    return f"validator import in a fresh process: {statistics.median(cumulative) / 1000:.0f} ms (pyshacl loaded: {loaded})"


def _pyshacl_version() -> str:
    import pyshacl

    return getattr(pyshacl, "__version__", "?")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--measurements", type=int, default=10_000)
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--skip-bundled", action="store_true")
    ap.add_argument("--baseline-timeout", type=float, default=3600.0, help="seconds before the baseline is stopped")
    ap.add_argument("--compare-measurements", type=int, default=300,
                    help="size of the smaller generated submission compared in full when the big baseline is stopped")
    args = ap.parse_args(argv)
    print(startup())
    from twpolice.shapes.validator import preload

    t0 = time.perf_counter()
    preload(["core"])
    print(f"shapes + vocabularies loaded once in {time.perf_counter() - t0:.2f} s")
    if not args.skip_bundled:
        triples, notes = bundled_triples()
        for note in notes:
            print(f"(not converted: {note})")
        run("bundled graph", triples, args.skip_baseline, args.baseline_timeout)
    finished = run(f"generated submission, {args.measurements:,} measurements", synthetic_triples(args.measurements),
                   args.skip_baseline, args.baseline_timeout)
    if not finished and not args.skip_baseline and args.compare_measurements:
        run(f"generated submission, {args.compare_measurements:,} measurements (full comparison)",
            synthetic_triples(args.compare_measurements), False, args.baseline_timeout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
