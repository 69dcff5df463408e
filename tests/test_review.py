"""Review before publishing (issue 14): stable keys, the corrections file, the sheet, confidence, the graph, the CSV,
publishing, and the whole loop on a bundled document through the CLI, including a re-conversion of edited text."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from conftest import DOCUMENTS, doc_path
from twpolice import iris
from livesite import LiveServer
from twpolice.converters.pipeline import convert_file
from twpolice.model import Fact, Passage, Period
from twpolice.review.apply import apply_decisions
from twpolice.review.confidence import SIGNS, Peers, confidence
from twpolice.review.corrections import Decision, corrections_path, read_corrections
from twpolice.review.document import convert_reviewed
from twpolice.review.sheet import SHEET_COLUMNS, marked_sentence, sheet_rows

FILE = doc_path("003").name  # the Keelung mid-term plan: prose and tables, 98 facts


def twpolice(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "twpolice.cli", *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd)


def own_folder(tmp_path: Path, file: str) -> Path:
    """A bundled document with its manifest entry, in a folder of its own (its reviews/ written there)."""
    shutil.copy(DOCUMENTS / file, tmp_path)
    manifest = (DOCUMENTS / "manifest.toml").read_text(encoding="utf-8")
    entry = next(b for b in manifest.split("[[document]]")[1:] if f'"{file}"' in b)
    (tmp_path / "manifest.toml").write_text("[[document]]" + entry, encoding="utf-8")
    return tmp_path


@pytest.fixture()
def folder(tmp_path) -> Path:
    return own_folder(tmp_path, FILE)


def sheet(folder: Path, *args: str, file: str = FILE) -> list[dict[str, str]]:
    done = twpolice("review", str(folder / file), *args)
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout.lstrip("\ufeff"))))


def write_sheet(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(SHEET_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    return path


# -- keys -----------------------------------------------------------------------------------------------------------
def test_every_fact_of_every_bundled_document_has_its_own_key(extractions):
    for number, extraction in extractions.items():
        keys = [f.key for f in extraction.facts]
        assert all(keys) and len(set(keys)) == len(keys), number


def test_keys_survive_lines_inserted_above_and_rewrapping(tmp_path, manifest):
    entry = manifest["003"]
    options = dict(agency=entry.agency, genre=entry.genre, period=entry.period)
    before = convert_file(doc_path("003"), **options)
    text = doc_path("003").read_text(encoding="utf-8")
    moved = tmp_path / FILE
    moved.write_text("（本文件另附說明一行）\n\n" + text.replace("，", "，\n", 3), encoding="utf-8")
    after = convert_file(moved, **options)
    assert {f.key for f in before.facts} <= {f.key for f in after.facts}


# -- applying decisions ----------------------------------------------------------------------------------------------
def _extraction():
    return convert_reviewed(doc_path("004"), agency="unidentified", genre="plan", period="111")


def test_every_decision_kind_is_applied_and_an_orphan_is_never_applied_elsewhere():
    doc = _extraction()
    facts = doc.machine.facts
    a, b, c = facts[0], facts[1], facts[2]
    line = next(n for n, text in enumerate(doc.lines, 1) if "110年賡續推動" in text)
    decisions = [
        Decision(a.key, "confirm", reviewer="甲", on=date(2024, 1, 2)),
        Decision(b.key, "correct", {"value": "42", "period": "2023"}, reviewer="乙", note="原文誤植"),
        Decision(c.key, "reject", reviewer="甲"),
        Decision("add-x", "add", {"kind": "actual", "indicator": "測試新增件數", "value": "110", "unit": "件"},
                 value_text="110", quote=doc.lines[line - 1].split("110年賡續推動")[0][-6:] + "110年賡續推動",
                 reviewer="丙"),
        Decision("0000000000000000", "confirm", reviewer="甲"),
    ]
    x = doc.machine
    extraction = type(x)(x.document, x.programs, [replace(f) for f in x.facts], x.warnings)
    out = apply_decisions(extraction, decisions, doc.lines)
    by_key = {f.key: f for f in extraction.facts}
    assert (out.confirmed, out.corrected, out.rejected, out.added) == (1, 1, 1, 1)
    assert by_key[a.key].review.status == "confirmed" and by_key[a.key].review.reviewer == "甲"
    fixed = by_key[b.key]
    assert fixed.value == Decimal(42) and fixed.period.slug == "2023" and fixed.review.status == "corrected"
    assert fixed.review.machine.value == b.value and fixed.review.machine.period == b.period
    assert c.key not in by_key and out.rejected_facts[0].key == c.key
    added = [f for f in extraction.facts if f.review and f.review.status == "added"]
    assert len(added) == 1 and added[0].passage.line_start == line and added[0].key.startswith("add-")
    assert [o.decision.key for o in out.orphans] == ["0000000000000000"]
    assert len(extraction.facts) == len(facts)  # one rejected, one added, the orphan touched nothing


def test_an_added_fact_whose_sentence_is_not_printed_is_an_orphan():
    doc = _extraction()
    d = Decision("add-y", "add", {"kind": "actual", "indicator": "不存在", "value": "5", "unit": "件"},
                 value_text="5", quote="這句話不在文件中5件", reviewer="甲")
    out = apply_decisions(doc.extraction, [d], doc.lines)
    assert out.added == 0 and out.orphans[0].decision is d


# -- confidence -------------------------------------------------------------------------------------------------------
YEAR = Period(date(2022, 1, 1), date(2022, 12, 31))


def _fact(indicator="竊盜發生數", value="100", unit="件", **kw) -> Fact:
    return Fact(kind=kw.pop("kind", "actual"), indicator=indicator, value=Decimal(value), unit=unit, period=YEAR,
                passage=Passage(1, 1, f"{indicator}{value}{unit}"), value_text=f"{value}{unit}", **kw)


SIGN_CASES = {
    "from_context": _fact(shared_indicator="theft-occurrences", rules=("subject_carried",)),
    "unknown_subject": _fact("辦理學習活動場次", "3", "場次"),
    "no_shared_indicator": _fact("查獲非制式手槍枝數", "9", "枝", subject="firearms"),
    "conflicting_value": _fact(shared_indicator="theft-occurrences", rules=("indicator_value_conflict",)),
    "outside_bounds": _fact("執法錯誤率", "135", "%", shared_indicator="enforcement-error-rate"),
    "bare_name": _fact("件數", shared_indicator="theft-occurrences"),
}


@pytest.mark.parametrize("sign", [s[0] for s in SIGNS], ids=lambda s: s.__name__)
def test_each_sign_of_risk_has_a_fact_it_catches_and_a_plain_one_it_does_not(sign):
    plain = _fact(shared_indicator="theft-occurrences", subject="theft")
    peers = Peers.of([plain])
    if sign.__name__ == "unlike_other_periods":
        odd = _fact(value="4299", shared_indicator="theft-occurrences")
        others = [replace(plain, value=Decimal(v)) for v in ("42", "45", "40")]
        assert sign(odd, Peers.of([odd, *others])) and not sign(others[0], Peers.of([odd, *others]))
    else:
        assert sign(SIGN_CASES[sign.__name__], peers)
    assert not sign(plain, peers) and confidence(plain, peers).score == 1.0


def test_the_sheet_puts_the_riskiest_first_and_marks_the_figure():
    doc = _extraction()
    rows = sheet_rows(doc)
    scores = [r.confidence.score for r in rows]
    assert scores == sorted(scores) and scores[0] < scores[-1]
    fact = rows[-1].fact
    assert f"【{fact.value_text}】" in marked_sentence(fact)


# -- the CLI: bad sheets change nothing --------------------------------------------------------------------------------
BAD_ROWS = [
    ({"decision": "approve"}, "decision"),
    ({"decision": "correct", "kind": "forecast"}, "kind"),
    ({"decision": "correct", "value": "十二"}, "value"),
    ({"decision": "correct", "unit": "公噸噸"}, "unit"),
    ({"decision": "correct", "period": "next year"}, "period"),
    ({"decision": "correct", "reference_period": "2023-H3"}, "reference_period"),
    ({"decision": "correct", "operator": "≈"}, "operator"),
    ({"decision": "correct", "shared_indicator": "no-such-indicator"}, "shared_indicator"),
    ({"decision": "correct", "subject": "no-such-subject"}, "subject"),
    ({"decision": "correct", "measure": "no-such-measure"}, "measure"),
    ({"decision": "confirm", "date": "2024/01/02"}, "date"),
    ({"decision": "confirm", "key": "0123456789abcdef"}, "key"),
    ({"decision": "correct"}, "no field differs"),
    ({"decision": "confirm", "reviewer": ""}, "reviewer"),
    ({"decision": "add", "key": "", "kind": "actual", "indicator": "x", "value": "1", "unit": "件", "sentence": ""},
     "quote"),
]


@pytest.mark.parametrize("change,needle", BAD_ROWS, ids=[n for _, n in BAD_ROWS])
def test_a_bad_row_is_one_line_exit_2_and_the_corrections_file_is_unchanged(folder, change, needle):
    rows = sheet(folder)
    good = dict(rows[0], decision="confirm", reviewer="甲")
    bad = {**rows[1], "reviewer": "甲", **change}
    path = write_sheet(folder / "sheet.csv", [good])
    assert twpolice("review", str(folder / FILE), "--apply", str(path)).returncode == 0
    before = corrections_path(folder / FILE).read_bytes()
    path = write_sheet(folder / "sheet.csv", [dict(good, decision="reject"), bad])
    done = twpolice("review", str(folder / FILE), "--apply", str(path), "--lang", "en")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("錯誤 / error:")]
    assert len(errors) == 1 and needle in errors[0] and "row 3" in errors[0], done.stderr
    assert corrections_path(folder / FILE).read_bytes() == before  # not even the good row was applied


def test_sheets_that_are_not_sheets_are_refused(folder):
    for name, data in (("empty.csv", b""), ("latin1.csv", "key,decision\nx,confirm\n".encode("utf-16")),
                       ("nokey.csv", b"a,b\n1,2\n")):
        path = folder / name
        path.write_bytes(data)
        done = twpolice("review", str(folder / FILE), "--apply", str(path))
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not corrections_path(folder / FILE).exists()


def test_only_filters_and_bad_options(folder):
    everything = sheet(folder)
    low = sheet(folder, "--only", "low-confidence")
    assert 0 < len(low) < len(everything) and all(float(r["confidence"]) < 0.7 for r in low)
    write_sheet(folder / "s.csv", [dict(everything[0], decision="confirm", reviewer="甲")])
    assert twpolice("review", str(folder / FILE), "--apply", str(folder / "s.csv")).returncode == 0
    assert len(sheet(folder, "--only", "unreviewed")) == len(everything) - 1
    done = twpolice("review", str(folder / FILE), "--only", "everything")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1


# -- the whole loop ----------------------------------------------------------------------------------------------------
def _query(store: Path, text: str) -> list:
    s = ox.Store.read_only(str(store))
    try:
        return list(s.query(text, prefixes=iris.PREFIXES))
    finally:
        del s


@pytest.mark.live
def test_the_whole_review_loop_survives_an_edited_document(tmp_path):
    """Sheet → a decision of every kind → apply → build → graph, CSV and page reflect them → a line inserted above
    and one figure changed → the rebuild keeps every decision whose fact still exists and reports the other."""
    file = doc_path("001").name  # the Tainan council report: mostly prose
    folder = own_folder(tmp_path, file)
    rows = sheet(folder, file=file)
    by_sentence: dict[str, list[dict]] = {}
    for r in rows:
        by_sentence.setdefault(r["sentence"].replace("【", "").replace("】", ""), []).append(r)
    solo = [rs[0] for sentence, rs in by_sentence.items() if len(rs) == 1 and len(sentence) > 30]
    confirm, correct, reject, doomed = solo[:4]  # each alone in its sentence: changing one figure touches no other
    lines = (folder / file).read_text(encoding="utf-8").splitlines()
    missed = next(n for n, line in enumerate(lines) if "111年同期" in line)  # a printed number the converter skips
    figure_missed = "111"
    added = {k: "" for k in SHEET_COLUMNS} | {"decision": "add", "kind": "actual", "indicator": "測試新增年數",
                                              "value": figure_missed, "unit": "件", "value_text": figure_missed,
                                              "sentence": lines[missed].strip(), "note": "測試"}
    filled = [dict(confirm, decision="confirm"), dict(correct, decision="correct", value="12345", period="2019"),
              dict(reject, decision="reject"), dict(doomed, decision="confirm"), added]
    done = twpolice("review", str(folder / file), "--apply", str(write_sheet(folder / "s.csv", filled)),
                    "--reviewer", "王審閱")
    assert done.returncode == 0, done.stderr
    assert "已確認 2、已更正 1、已剔除 1、已新增 1、衝突 0" in done.stdout
    decisions = read_corrections(corrections_path(folder / file))
    assert [d.decision for d in decisions] == ["confirm", "correct", "reject", "confirm", "add"]
    assert all(d.reviewer == "王審閱" for d in decisions)

    store = folder / "store"
    built = twpolice("build", "--documents", str(folder), "--store", str(store))
    assert built.returncode == 0, built.stderr
    assert "已審閱 reviewed: 4/" in built.stdout and "已剔除 rejected: 1" in built.stdout
    status = _statuses(store)
    assert (status["confirmed"], status["corrected"], status["added"]) == (2, 1, 1)
    assert status["machine"] == len(rows) - 4  # the rejected one is gone
    revised = _query(store, """SELECT ?m ?v ?label ?who WHERE { ?m twp:reviewStatus <%s> ; twp:value ?v ;
                               prov:wasRevisionOf ?was ; prov:wasAttributedTo/foaf:name ?who . ?was rdfs:label ?label
                               FILTER(lang(?label) = "zh-hant") }""" % iris.review_status("corrected"))
    assert [(r["v"].value, r["who"].value) for r in revised] == [("12345", "王審閱")]
    assert correct["value_text"] in revised[0]["label"].value
    with LiveServer(store, workers=1, web_processes=1) as srv:  # the measurement's page says who corrected it
        page = httpx.get(srv.url + "/doc/" + revised[0]["m"].value.split("/id/", 1)[1]).text
    assert 'id="review-status"' in page and "已更正" in page and "王審閱" in page and "轉換器原讀取" in page
    exported = twpolice("export", "measurements", "--store", str(store))
    table = list(csv.DictReader(io.StringIO(exported.stdout.lstrip("\ufeff"))))
    assert {r["review_status"] for r in table} == {"machine", "confirmed", "corrected", "added"}
    assert [r["evidence"] for r in table if r["review_status"] == "added"] == [lines[missed].strip()]
    rejected = reject["sentence"].replace("【", "").replace("】", "")
    assert not any(r["evidence"] == rejected and r["value"] == reject["value"] for r in table)

    text = (folder / file).read_text(encoding="utf-8")
    plain = doomed["sentence"].replace("【", "").replace("】", "")
    assert text.count(plain) == 1
    figure = doomed["value_text"]
    number = figure.rstrip("件人次%％元千萬億台臺支場處輛枝公克斤名案項個所組隊班期座部線")
    edited = plain.replace(figure, figure.replace(number, "9999", 1), 1)
    (folder / file).write_text("（新增的第一行）\n" + text.replace(plain, edited), encoding="utf-8")
    rebuilt = twpolice("build", "--documents", str(folder), "--store", str(store))
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "找不到對應數值的審閱決定 orphaned review decisions: 1" in rebuilt.stdout
    assert doomed["key"] in rebuilt.stdout and "已審閱 reviewed: 3/" in rebuilt.stdout
    status = _statuses(store)
    assert (status["confirmed"], status["corrected"], status["added"]) == (1, 1, 1)
    report = twpolice("review", str(folder / file), "-o", str(folder / "again.csv"))
    assert report.returncode == 0 and doomed["key"] in report.stderr and "原文已變更" in report.stderr
    again = {r["key"]: r for r in csv.DictReader(io.StringIO((folder / "again.csv").read_text(encoding="utf-8-sig")))}
    assert again[confirm["key"]]["decision"] == "confirm" and again[correct["key"]]["value"] == "12345"
    assert again[reject["key"]]["decision"] == "reject"  # listed, so a rejection can be undone


def _statuses(store: Path) -> dict[str, int]:
    return {r["s"].value.rsplit("/", 1)[-1]: int(r["n"].value) for r in _query(
        store, "SELECT ?s (COUNT(?m) AS ?n) WHERE { ?m twp:reviewStatus ?s } GROUP BY ?s")}


def test_publish_require_review_refuses_until_every_number_is_reviewed(folder):
    store = folder / "store"
    assert twpolice("build", "--documents", str(folder), "--store", str(store)).returncode == 0
    refused = twpolice("publish", "--store", str(store), "--out", str(folder / "rel"), "--require-review")
    assert refused.returncode == 1 and f"{FILE}：98 個未審閱（共 98）" in refused.stderr, refused.stderr
    assert not (folder / "rel").exists()
    rows = sheet(folder)
    write_sheet(folder / "s.csv", [dict(r, decision="confirm", reviewer="甲") for r in rows])
    assert twpolice("review", str(folder / FILE), "--apply", str(folder / "s.csv")).returncode == 0
    assert twpolice("build", "--documents", str(folder), "--store", str(store)).returncode == 0
    done = twpolice("publish", "--store", str(store), "--out", str(folder / "rel"), "--require-review")
    assert done.returncode == 0, done.stderr
    readme = (folder / "rel" / "README.md").read_text(encoding="utf-8")
    assert "98 個數值中 98 個經人工審閱（100.0%）" in readme and "98 of 98 numbers reviewed by a person" in readme


def test_publish_without_require_review_states_the_share_reviewed(folder):
    rows = sheet(folder)
    write_sheet(folder / "s.csv", [dict(r, decision="confirm", reviewer="甲") for r in rows[:10]])
    assert twpolice("review", str(folder / FILE), "--apply", str(folder / "s.csv")).returncode == 0
    store = folder / "store"
    assert twpolice("build", "--documents", str(folder), "--store", str(store)).returncode == 0
    assert twpolice("publish", "--store", str(store), "--out", str(folder / "rel")).returncode == 0
    readme = (folder / "rel" / "README.md").read_text(encoding="utf-8")
    assert "98 個數值中 10 個經人工審閱（10.2%）" in readme
    portal = (folder / "rel" / "portal" / "portal-metadata.csv").read_text(encoding="utf-8-sig")
    assert "10 個經人工審閱" in portal


def test_history_from_the_store_is_the_agencys_other_documents_and_makes_an_odd_figure_risky(full_store, extractions):
    from twpolice.graph.history import indicator_history

    keelung = extractions["003"]
    meta = keelung.document
    assert not indicator_history(full_store.query, meta)  # its own document is not its history
    later = replace(meta, period=Period(date(2023, 1, 1), date(2026, 12, 31)))  # a later plan of the same agency
    history = indicator_history(full_store.query, later)
    fact = next(f for f in keelung.facts  # an indicator printed for several years (the plan's table)
                if f.value > 10 and len(history.get((f.indicator, f.kind, f.unit), ())) >= 3)
    assert fact.value in history[(fact.indicator, fact.kind, fact.unit)]
    odd = replace(fact, value=fact.value * 1000, period=later.period)
    assert "與其他期間相差十倍以上" in confidence(odd, Peers.of([odd], history)).reasons_zh
    assert "與其他期間相差十倍以上" not in confidence(odd, Peers.of([odd])).reasons_zh
