"""Apply a document's review decisions to its converted facts.

A decision finds its fact by key; one whose fact no longer exists (the text changed) is an *orphan*: listed in
the build summary and the review report, never dropped silently or applied to another fact."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from twpolice import composition, vocab
from twpolice.converters.factkeys import added_key, squeeze
from twpolice.model import BOUND_OPERATORS, Extraction, Fact, Passage, Review
from twpolice.review.corrections import Corrected, Decision, parse_fields



@dataclass
class Orphan:
    decision: Decision
    reason_zh: str
    reason_en: str


@dataclass
class Outcome:
    """What applying a document's decisions did."""

    confirmed: int = 0
    corrected: int = 0
    rejected: int = 0
    added: int = 0
    orphans: list[Orphan] = field(default_factory=list)
    rejected_facts: list[Fact] = field(default_factory=list)  # out of the published graph, kept for the record


def _review(d: Decision, status: str, machine: Fact | None = None) -> Review:
    return Review(status, reviewer=d.reviewer, on=d.on, note=d.note, machine=machine)


def _rematch(fact: Fact, c: Corrected) -> None:
    """A corrected name or unit is matched as the converter matches; an explicit shared indicator wins."""
    if c.shared_indicator is not None:
        ind = vocab.shared_indicator(c.shared_indicator)
        fact.shared_indicator = ind.slug
        if c.indicator is None:
            fact.indicator = ind.label_zh
        if ind.measure:
            fact.measure = ind.measure
            fact.subject = ind.subjects[0].rsplit("/", 1)[-1] if len(ind.subjects) == 1 else fact.subject
    elif c.indicator is not None or c.unit is not None:
        unit = None if fact.unit in ("%", "百分點") and fact.kind == "change" else fact.unit
        ind = composition.match_indicator(fact.indicator, unit)
        fact.shared_indicator = ind.slug if ind else None
        subject, measure = composition.parse_indicator(fact.indicator, unit)
        fact.subject, fact.measure = subject, measure
    if c.subject is not None:
        fact.subject = c.subject
    if c.measure is not None:
        fact.measure = c.measure


def correct(fact: Fact, c: Corrected) -> None:
    """Set the corrected fields of ``fact`` (in place)."""
    if c.indicator is not None:
        fact.printed_label = fact.printed_label or fact.indicator
        fact.indicator = c.indicator
    for name in ("kind", "value", "unit", "period", "operator"):
        if getattr(c, name) is not None:
            setattr(fact, name, getattr(c, name))
    if c.reference_period is not None:
        fact.relative_to = c.reference_period
    if fact.kind != "target" and fact.operator not in BOUND_OPERATORS:
        fact.operator = None  # a target corrected to an actual keeps a bound (「逾」) at most, never 「=」 or 「+」
    _rematch(fact, c)


def _find_lines(lines: list[str], quote: str) -> tuple[int, int] | None:
    """The 1-based line span that prints ``quote`` (whitespace and line breaks ignored), or None."""
    wanted = squeeze(quote)
    if not wanted:
        return None
    text, owner = [], []
    for n, line in enumerate(lines, start=1):
        squeezed = squeeze(line)
        text.append(squeezed)
        owner.extend([n] * len(squeezed))
    at = "".join(text).find(wanted)
    if at < 0:
        return None
    return owner[at], owner[at + len(wanted) - 1]


def added_fact(extraction: Extraction, d: Decision, lines: list[str]) -> Fact | None:
    """The fact an ``add`` decision describes, grounded on the line(s) printing its sentence; None if not printed."""
    c, _ = parse_fields(d.fields, d.key)
    span = _find_lines(lines, d.quote)
    if span is None:
        return None
    value_text = d.value_text or d.fields.get("value", "")
    if squeeze(value_text) not in squeeze(d.quote):
        return None
    fact = Fact(kind=c.kind or "actual", indicator=c.indicator or "", value=c.value, unit=c.unit or "",
                period=c.period or extraction.document.period, passage=Passage(span[0], span[1], d.quote),
                value_text=value_text, operator=c.operator, relative_to=c.reference_period,
                rules=("reviewer_added",))
    fact.printed_label = fact.indicator
    _rematch(fact, Corrected(indicator=fact.indicator, subject=c.subject, measure=c.measure,
                             shared_indicator=c.shared_indicator))
    fact.key = added_key(extraction.document, d.quote, value_text, fact.indicator)
    fact.review = _review(d, "added")
    return fact


def apply_decisions(extraction: Extraction, decisions: list[Decision], lines: list[str]) -> Outcome:
    """Apply ``decisions`` to ``extraction`` in place (``lines``: the document's text, to ground added facts)."""
    out = Outcome()
    by_key = {f.key: f for f in extraction.facts}
    kept: list[Fact] = []
    decided: dict[str, Decision] = {}
    for d in decisions:
        if d.decision == "add":
            continue
        if d.key not in by_key:
            out.orphans.append(Orphan(d, "文件中已找不到這個數值（原文已變更）",
                                      "the document no longer prints this figure (the text changed)"))
        else:
            decided[d.key] = d  # a later row for the same key replaces an earlier one
    for fact in extraction.facts:
        d = decided.get(fact.key)
        if d is None:
            kept.append(fact)
        elif d.decision == "reject":
            out.rejected += 1
            out.rejected_facts.append(fact)
        elif d.decision == "confirm":
            fact.review = _review(d, "confirmed")
            out.confirmed += 1
            kept.append(fact)
        else:
            machine = copy.copy(fact)
            c, _ = parse_fields(d.fields, d.key)
            correct(fact, c)
            fact.rules = (*fact.rules, "reviewer_corrected")
            fact.review = _review(d, "corrected", machine)
            out.corrected += 1
            kept.append(fact)
    existing = {f.key for f in kept}
    for d in decisions:
        if d.decision != "add":
            continue
        fact = added_fact(extraction, d, lines)
        if fact is None:
            out.orphans.append(Orphan(d, "文件中找不到新增數值的原文句子", "the document does not print the added fact's sentence"))
        elif fact.key not in existing:
            existing.add(fact.key)
            kept.append(fact)
            out.added += 1
    if out.added:  # an added fact goes where it is printed
        kept.sort(key=lambda f: (f.passage.line_start, f.passage.line_end))
    extraction.facts = kept
    return out
