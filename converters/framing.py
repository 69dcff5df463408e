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
| one indicator has one value per period: of names that map to it with different values, the one printed with least beside its subject and measure keeps it, the others are left unmapped | 「現有義警人數2,320人…南區義警57人」: 57 is not 義勇警察數 |
| what was installed, counted at an instant, is the stock in place | 「截至9月底建置攝影機2萬1,234支」 → 錄影監視系統攝影機數 |
| among equally plain names, a total wins, then a printed subject, then (counts only) the largest: a part never exceeds its whole | 「查獲妨害風化(俗)案件58件」 over one unit's 「色情3件」 |
"""

from __future__ import annotations

import re
from collections import defaultdict

from twpolice import composition, vocab
from twpolice.converters.prose import with_schedule
from twpolice.model import Extraction, Fact

_RELATIVE_UNITS = {"%", "百分點"}
_TOTAL = re.compile(r"合計|總計|共計|總數")


def _match_unit(fact: Fact) -> str | None:
    if fact.unit in _RELATIVE_UNITS and (fact.kind == "change" or fact.operator in ("increase-by", "decrease-by")):
        return None
    return fact.unit or None


def _subject_slug(ind: vocab.SharedIndicator) -> str | None:
    """The category slug of an indicator about one subject, else None."""
    return ind.subjects[0].rsplit("/", 1)[-1] if len(ind.subjects) == 1 else None


def _frame_from_indicator(fact: Fact, ind: vocab.SharedIndicator) -> None:
    if ind.measure and not fact.measure:
        fact.measure = ind.measure
    if ind.measure and not fact.subject and (subject := _subject_slug(ind)):
        fact.subject = subject


def _match_group(label: str, facts: list[Fact], carried: str | None, strict: bool) -> vocab.SharedIndicator | None:
    """The one shared indicator every unit of this name agrees on, or None. A name that lists its items before
    their count (「闖紅燈、嚴重超速、酒後駕車及併排停車4項違規執法績效」) is matched by the count and what follows."""
    found = _agreed(label, facts, carried, strict)
    if found is None and (listed := _ITEMS_THEN_COUNT.match(label)):
        found = _agreed(listed["counted"], facts, carried, strict)
    return found


_ITEMS_THEN_COUNT = re.compile(r"^[^、及與]+(?:[、及與][^、及與]+)+?(?P<counted>[0-9一二三四五六七八九十]+項\S{2,})$")


def _agreed(label: str, facts: list[Fact], carried: str | None, strict: bool) -> vocab.SharedIndicator | None:
    found = {composition.match_indicator(label, _match_unit(f), carried) for f in facts}
    if not strict and found == {None} and carried:
        found = {composition.match_indicator(label, _match_unit(f)) for f in facts}
    if len(found) != 1:
        return None
    ind = found.pop()
    if ind is not None and carried and ind.measure:
        printed = composition.parse_indicator(label)[0]
        if printed and carried in vocab.close_subjects(printed):  # 「全般刑案：…刑案發生數…」: the heading's 全般刑案
            ind = vocab.indicator_for(carried, ind.measure) or ind
    return ind


def frame_facts(extraction: Extraction) -> int:
    """Fill ``shared_indicator``, ``subject``, ``measure`` (and the label) of each fact; returns how many map."""
    topic = {p.key: p.subject for p in extraction.programs}
    groups: dict[tuple[str, str | None, bool], list[Fact]] = defaultdict(list)
    matched: list[Fact] = []
    mapped = 0
    for fact in extraction.facts:
        if "schedule" in fact.qualifiers:
            mapped += _name_schedule(fact, fact.subject or (topic.get(fact.program) if fact.program else None))
            continue
        if fact.shared_indicator:
            try:
                _frame_from_indicator(fact, vocab.shared_indicator(fact.shared_indicator))
            except KeyError:
                pass
            mapped += 1
            continue
        if "place" in fact.qualifiers:  # 「於永安區裝設72支攝影機」: one district's part of what the agency counts
            fact.subject, fact.measure = composition.parse_indicator(fact.indicator, _match_unit(fact))
            fact.rules = (*fact.rules, "part_of_a_place")
            continue
        if "includes" in fact.qualifiers:  # 「363人(含目標)」 counts more than 目標: no indicator of its name
            fact.rules = (*fact.rules, "includes_note")
            mapped += _name_with_what_it_includes(fact)
            continue
        own = fact.subject
        carried = own or (topic.get(fact.program) if fact.program else None)
        groups[(fact.indicator, carried, own is not None)].append(fact)
    for (label, carried, strict), facts in groups.items():
        ind = _match_group(label, facts, carried, strict)
        for fact in facts:
            if ind is None:
                subject, measure = composition.parse_indicator(label, _match_unit(fact))
                fact.subject = fact.subject or subject
                fact.measure = fact.measure or measure
                continue
            mapped += 1
            ind = _stock_at_an_instant(fact, ind)
            fact.shared_indicator = ind.slug
            _frame_from_indicator(fact, ind)
            if not fact.printed_label:
                fact.printed_label = fact.indicator
            fact.indicator = ind.label_zh
            matched.append(fact)
    extraction.framed = True
    return mapped - _one_value_per_indicator(matched)


def _stock_at_an_instant(fact: Fact, ind: vocab.SharedIndicator) -> vocab.SharedIndicator:
    """「截至9月底全縣建置…攝影機2萬1,234支」: what was installed, counted at an instant, is what is in place (a flow has
    a duration; its total to a date is the stock)."""
    subject = _subject_slug(ind)
    if fact.kind != "actual" or fact.period.start != fact.period.end or ind.measure != "installed" or not subject:
        return ind  # 「截至6月底…預計建置219支」 is still a target of installations
    if "汰換" in (fact.printed_label or fact.indicator):
        return ind  # 「截至9月底已完成汰換286支」: replacements to date are no count of what is in place
    return vocab.indicator_for(subject, "stock") or ind


def _name_schedule(fact: Fact, carried: str | None = None) -> bool:
    """「其中第一級毒品42件」 is a part of the drug cases, not the shared count of them: it keeps its schedule in
    its name and takes the schedule's own indicator, never the whole's (查獲毒品案件數 must not meet the part). A name
    that says only what is done (「遏止毒品氾濫 | 第一級 | 查獲349件」: 查獲件數) is first the drugs' (查獲毒品案件數)."""
    schedule = fact.qualifiers["schedule"]
    label = fact.indicator
    if "毒品" not in label and carried == "drugs" and (
            whole := composition.match_indicator(label, _match_unit(fact), subject=carried)) is not None:
        label = whole.label_zh
    if "毒品" not in label:  # 「核頒第一級獎勵金」: a grade, not a drug schedule
        fact.qualifiers["grade"] = fact.qualifiers.pop("schedule")
        label = f"{label}（{schedule}）"
    else:
        label = with_schedule(label, schedule)
    fact.indicator = fact.printed_label = label
    fact.shared_indicator = None
    fact.subject, fact.measure = composition.parse_indicator(label, _match_unit(fact))
    ind = composition.match_indicator(label, _match_unit(fact)) if fact.subject not in (None, "drugs") else None
    if ind is None:
        return False
    fact.shared_indicator = ind.slug  # the schedule's own indicator (查獲第一級毒品案件數), never the drugs' whole
    fact.indicator = ind.label_zh
    _frame_from_indicator(fact, ind)
    return True


def _name_with_what_it_includes(fact: Fact) -> bool:
    """「檢肅治平專案目標80件、490人(含目標)」: the 490 are the targets and the others caught with them, so the count is
    the whole's as a vocabulary names it with its note (治平專案查獲人數, printed 「檢肅治平專案人數(含目標)」), or none."""
    what = fact.qualifiers["includes"]
    if what not in fact.indicator:
        return False
    ind = composition.match_indicator(f"{fact.indicator.replace(what, '', 1)}（含{what}）", _match_unit(fact))
    if ind is None:
        return False
    fact.printed_label = fact.printed_label or fact.indicator
    fact.shared_indicator, fact.indicator = ind.slug, ind.label_zh
    _frame_from_indicator(fact, ind)
    return True


def _extra_words(fact: Fact) -> int:
    """How much the printed name says beyond its subject and measure (「南區義警人數」 2, 「義警人數」 0)."""
    found = composition.unexplained_words(fact.printed_label or fact.indicator, _match_unit(fact))
    return len(fact.printed_label or fact.indicator) if found is None else found


def _is_total(fact: Fact) -> bool:
    return _TOTAL.search(fact.printed_label or fact.indicator) is not None


def _is_count(fact: Fact) -> bool:
    """A count or an amount adds up over the parts of the whole (件, 人, 元); a rate or a share does not (%)."""
    return fact.unit not in _RELATIVE_UNITS


def _names_subject(fact: Fact) -> bool:
    return composition.parse_indicator(fact.printed_label or fact.indicator)[0] is not None


def _one_value_per_indicator(facts: list[Fact]) -> int:
    """Unmap the figures of a name-matched indicator that disagree with a plainer name for the same period.

    Budgets are left alone (one indicator per programme). Returns how many facts were unmapped."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind != "budget":
            unit = vocab.resolve_unit(fact.unit) or fact.unit  # 「55名」 and 「363人」 count in one unit
            groups[(fact.shared_indicator, fact.kind, fact.period, unit, fact.operator, fact.relative_to,
                    tuple(sorted(fact.qualifiers.items())))].append(fact)
    unmapped = 0
    for group in groups.values():
        if len({f.value for f in group}) < 2:
            continue
        plainest = min(_extra_words(f) for f in group)
        keepers = {f.value for f in group if _extra_words(f) == plainest}
        for prefer in (_is_total, _names_subject):  # ties: 「…合計2,407人次」 over its parts; a printed subject over a carried one
            if len(keepers) > 1:
                keepers = {f.value for f in group if f.value in keepers and prefer(f)} or keepers
        if len(keepers) > 1 and _is_count(group[0]):
            keepers = {max(keepers)}  # the whole's count is never below a part's: 「查獲…色情3件」 (one unit's) vs 58件
        for fact in group:
            if len(keepers) == 1 and fact.value in keepers:
                continue
            fact.shared_indicator = None
            fact.indicator = fact.printed_label or fact.indicator
            fact.rules = (*fact.rules, "indicator_value_conflict")
            unmapped += 1
    return unmapped
