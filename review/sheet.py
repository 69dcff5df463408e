"""The review sheet: every fact of a document beside its sentence, riskiest first, with a column for the decision;
and the merge of a filled-in sheet into the document's corrections file.

A reviewer edits the fields of a row in place and writes ``correct`` (the fields that differ from the converter's
reading become the correction), ``confirm`` or ``reject``; a missed fact is a new row with ``add``, its fields and
its sentence. A sheet with any bad row changes nothing."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from twpolice.converters.factkeys import added_key
from twpolice.errors import UserError
from twpolice.model import Fact
from twpolice.review.confidence import Confidence, History, Peers, confidence
from twpolice.review.corrections import (FIELDS, OPERATOR_NOTATION, Decision, decision_from_row, decision_problems,
                                locked, read_corrections, read_rows, write_corrections)
from twpolice.review.document import ReviewedDocument

SHEET_COLUMNS = ("key", "decision", "confidence", "reasons", "review_status", "line", "page", "locator", "section",
                 "sentence", *FIELDS, "value_text", "printed_label", "rules", "reviewer", "date", "note")
ONLY = ("unreviewed", "low-confidence")
MARK = ("【", "】")  # around the figure in its sentence


def field_text(fact: Fact, name: str) -> str:
    """A fact's field as the sheet prints it, in a form :func:`review.corrections.parse_fields` reads back."""
    match name:
        case "value":
            return format(fact.value, "f")
        case "period":
            return fact.period.slug
        case "reference_period":
            return fact.relative_to.slug if fact.relative_to else ""
        case "operator":
            return OPERATOR_NOTATION.get(fact.operator or "", "")
        case _:
            return getattr(fact, name) or ""


def marked_sentence(fact: Fact) -> str:
    quote, figure = fact.passage.quote, fact.value_text
    at = quote.find(figure) if figure else -1
    if at < 0:
        return quote
    return f"{quote[:at]}{MARK[0]}{figure}{MARK[1]}{quote[at + len(figure):]}"


def _unmark(sentence: str) -> str:
    return sentence.replace(MARK[0], "").replace(MARK[1], "")


@dataclass
class SheetRow:
    fact: Fact
    confidence: Confidence
    decision: Decision | None

    def cells(self, lang: str) -> dict[str, str]:
        f, d = self.fact, self.decision
        reasons = self.confidence.reasons_en if lang == "en" else self.confidence.reasons_zh
        return {"key": f.key, "decision": d.decision if d else "", "confidence": f"{self.confidence.score:.2f}",
                "reasons": "; ".join(reasons), "review_status": f.review.status if f.review else "machine",
                "line": str(f.passage.line_start), "page": str(f.passage.page or ""), "locator": f.passage.locator,
                "section": f.passage.section_path, "sentence": marked_sentence(f),
                **{name: field_text(f, name) for name in FIELDS}, "value_text": f.value_text,
                "printed_label": f.printed_label, "rules": "; ".join(dict.fromkeys(f.rules)),
                "reviewer": d.reviewer if d else "", "date": d.on.isoformat() if d and d.on else "",
                "note": d.note if d else ""}


def sheet_rows(doc: ReviewedDocument, only: str | None = None, history: History | None = None) -> list[SheetRow]:
    """Every fact (kept, added, and rejected ones so a rejection can be undone), riskiest first; ``history``: the
    agency's values in its other documents (:func:`twpolice.graph.history.indicator_history`)."""
    decided = {d.key: d for d in doc.decisions}
    facts = doc.extraction.facts + doc.outcome.rejected_facts
    peers = Peers.of(doc.machine.facts, history)
    rows = [SheetRow(f, confidence(f, peers), decided.get(f.key)) for f in facts]
    if only == "unreviewed":
        rows = [r for r in rows if r.decision is None]
    elif only == "low-confidence":
        rows = [r for r in rows if r.confidence.low]
    return sorted(rows, key=lambda r: (r.confidence.score, r.fact.passage.line_start, r.fact.key))


def sheet_table(doc: ReviewedDocument, only: str | None, lang: str, history: History | None = None) -> list[dict[str, str]]:
    return [r.cells(lang) for r in sheet_rows(doc, only, history)]


@dataclass
class MergeSummary:
    confirmed: int = 0
    corrected: int = 0
    rejected: int = 0
    added: int = 0
    unchanged: int = 0
    conflicts: list[tuple[Decision, Decision]] = field(default_factory=list)  # (on file, from the sheet)
    decisions: list[Decision] = field(default_factory=list)  # the corrections file as written

    def counts(self) -> dict[str, int]:
        return {"confirm": self.confirmed, "correct": self.corrected, "reject": self.rejected, "add": self.added}


def _correction(row_fields: dict[str, str], machine: Fact) -> dict[str, str]:
    """The fields of a sheet row that differ from the converter's reading of the fact."""
    return {name: value for name, value in row_fields.items() if value != field_text(machine, name)}


def decision_for(row: dict[str, str], where: str, doc: ReviewedDocument, reviewer: str | None = None,
                 today: date | None = None) -> tuple[Decision, list[UserError]]:
    """The decision one filled-in row makes (a sheet row, or the web review page's form), and its problems."""
    machine = {f.key: f for f in doc.machine.facts}
    added = {d.key: d for d in doc.decisions if d.decision == "add"}
    d, bad = decision_from_row(row, where)
    if reviewer and not d.reviewer:
        d = replace(d, reviewer=reviewer)
    d = replace(d, on=d.on or today or date.today())
    if d.decision == "add" or (d.key.startswith("add-") and d.key in added):
        d = _as_add(d, row, added.get(d.key), doc)
    elif d.key not in machine:
        return d, bad + [UserError(f"{where} key：文件中沒有這個數值鍵「{d.key}」",
                                   f"{where} key: the document has no fact with key {d.key!r}")]
    elif d.decision == "correct":
        d = replace(d, fields=_correction(d.fields, machine[d.key]))
        if not d.fields:
            return d, bad + [UserError(f"{where}：更正（correct）但沒有任何欄位與機器讀取不同",
                                       f"{where}: 'correct' but no field differs from the machine reading")]
    else:
        d = replace(d, fields={})
    if d.decision != "add" and d.key in machine:  # the figure and sentence decided on: the file reads alone
        d = replace(d, value_text=machine[d.key].value_text, quote=machine[d.key].passage.quote)
    return d, bad + decision_problems(d, where)


def read_sheet(data: bytes, name: str, doc: ReviewedDocument, reviewer: str | None = None,
               today: date | None = None) -> list[Decision]:
    """The decisions a filled-in sheet makes; :class:`SheetProblems` (every problem, one line each) if a row is bad."""
    decisions: list[Decision] = []
    problems: list[UserError] = []
    for i, row in enumerate(read_rows(data, name), start=2):
        if not row.get("decision", "").strip():
            continue  # not reviewed yet
        d, bad = decision_for(row, f"{name} 第 {i} 列 row {i}", doc, reviewer, today)
        problems += bad
        decisions.append(d)
    if problems:
        raise SheetProblems(problems)
    return decisions


def _as_add(d: Decision, row: dict[str, str], on_file: Decision | None, doc: ReviewedDocument) -> Decision:
    """An ``add`` row (a new fact, or one added before and edited or rejected here), keyed by what it adds."""
    if on_file is not None and d.decision == "reject":
        return replace(on_file, decision="reject", reviewer=d.reviewer, on=d.on, note=d.note)
    if on_file is not None and d.decision == "confirm":
        return replace(on_file, reviewer=d.reviewer or on_file.reviewer, on=d.on, note=d.note or on_file.note)
    quote = _unmark(row.get("sentence", "") or d.quote)
    value_text = d.value_text or d.fields.get("value", "")
    key = added_key(doc.machine.document, quote, value_text, d.fields.get("indicator", ""))
    return replace(d, decision="add", key=key, quote=quote, value_text=value_text)


class SheetProblems(UserError):
    """Every problem of a sheet, one line each (the CLI prints them all, then exits 2)."""

    def __init__(self, problems: list[UserError]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.zh for p in problems), "\n".join(p.en for p in problems))


_COUNTED = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected", "add": "added"}


def merge(doc: ReviewedDocument, new: list[Decision]) -> MergeSummary:
    """File ``new`` decisions in the document's corrections file: a key decided again gets the new decision (a
    different one on file is a conflict, listed); an added fact rejected again is taken off the file."""
    if not new:  # a sheet with no decision written in it changes nothing, not even by creating the file
        return MergeSummary(decisions=list(doc.decisions))
    with locked(doc.corrections):
        on_file_now = read_corrections(doc.corrections)  # another reviewer may have written since it was read
        summary = _merge(on_file_now, new)
        write_corrections(doc.corrections, summary.decisions)
    doc.decisions = summary.decisions
    return summary


def _merge(decisions: list[Decision], new: list[Decision]) -> MergeSummary:
    summary = MergeSummary()
    on_file = {d.key: d for d in decisions}
    order = [d.key for d in decisions]
    for d in new:
        old = on_file.get(d.key)
        if d.key.startswith("add-") and d.decision == "reject" and old is not None and old.decision == "add":
            del on_file[d.key]
            order.remove(d.key)
            summary.rejected += 1
            continue
        if old is not None and (old.decision, old.fields, old.quote) == (d.decision, d.fields, d.quote):
            summary.unchanged += 1
            continue
        if old is not None:
            summary.conflicts.append((old, d))
        else:
            order.append(d.key)
        on_file[d.key] = d
        counted = _COUNTED[d.decision]
        setattr(summary, counted, getattr(summary, counted) + 1)
    summary.decisions = [on_file[k] for k in order]
    return summary
