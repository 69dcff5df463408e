"""Give every converted fact its statement frame: subject, measure and shared indicator (issue 13).

Runs once per document after the genre converter (``pipeline.convert_source``), so every converter
(tables, KPI tables, statistics, flattened tables, budgets, prose) gets the same compositional
matching without deciding it itself. What a converter already set (``shared_indicator``,
``subject``, ``measure``) is kept.

| step | example |
|---|---|
| a printed name is matched once per (name, carried subject), over every unit it is printed with | 「竊盜發生數」 件 |
| a change or relative target in % / 百分點 is matched without its unit (the % belongs to the change) | 「發生數減少3.2%」 |
| the carried subject is the fact's own, else its programme's topic (only when that gives a pair) | 「發生數」 under 竊盜 |
| a mapped fact is named by its indicator's label; the printed wording stays in ``printed_label`` | 「竊案發生數」 → 竊盜犯罪發生數 |
| an unmapped fact still gets the subject and measure its name shows | 「酒駕防制」 → subject drunk-driving |
"""

from __future__ import annotations

from collections import defaultdict

from twpolice import vocab
from twpolice.model import Extraction, Fact

_RELATIVE_UNITS = {"%", "百分點"}


def _match_unit(fact: Fact) -> str | None:
    if fact.unit in _RELATIVE_UNITS and (fact.kind == "change" or fact.operator in ("increase-by", "decrease-by")):
        return None
    return fact.unit or None


def _frame_from_indicator(fact: Fact, ind: vocab.SharedIndicator) -> None:
    if ind.measure and not fact.measure:
        fact.measure = ind.measure
    if ind.measure and not fact.subject and len(ind.subjects) == 1:
        fact.subject = ind.subjects[0].rsplit("/", 1)[-1]


def _match_group(label: str, facts: list[Fact], carried: str | None, strict: bool) -> vocab.SharedIndicator | None:
    """The one shared indicator every unit of this name agrees on, or None."""
    found = {vocab.match_indicator(label, _match_unit(f), carried) for f in facts}
    if not strict and found == {None} and carried:
        found = {vocab.match_indicator(label, _match_unit(f)) for f in facts}
    if len(found) != 1:
        return None
    return found.pop()


def frame_facts(extraction: Extraction) -> int:
    """Fill ``shared_indicator``, ``subject``, ``measure`` (and the label) of each fact; returns how many map."""
    topic = {p.key: p.subject for p in extraction.programs}
    groups: dict[tuple[str, str | None, bool], list[Fact]] = defaultdict(list)
    mapped = 0
    for fact in extraction.facts:
        if fact.shared_indicator:
            try:
                _frame_from_indicator(fact, vocab.shared_indicator(fact.shared_indicator))
            except KeyError:
                pass
            mapped += 1
            continue
        own = fact.subject
        carried = own or (topic.get(fact.program) if fact.program else None)
        groups[(fact.indicator, carried, own is not None)].append(fact)
    for (label, carried, strict), facts in groups.items():
        ind = _match_group(label, facts, carried, strict)
        for fact in facts:
            if ind is None:
                subject, measure = vocab.parse_indicator(label, _match_unit(fact))
                fact.subject = fact.subject or subject
                fact.measure = fact.measure or measure
                continue
            mapped += 1
            fact.shared_indicator = ind.slug
            _frame_from_indicator(fact, ind)
            if not fact.printed_label:
                fact.printed_label = fact.indicator
            fact.indicator = ind.label_zh
    return mapped
