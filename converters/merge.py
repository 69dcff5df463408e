"""Repeats are one measurement: the same figure printed again later in a document is one fact.

Reports restate their headline figures (a summary table, then the section that discusses them). Each
printing used to become a measurement of its own, so a reader counting or summing rows counted the
figure twice. After conversion the pipeline folds every later printing into the first one: the first
passage stays the fact's passage (its measurement IRI is minted from it, so IRIs stay deterministic),
the later ones go to :attr:`Fact.also_in`, and the RDF cites each with ``prov:wasDerivedFrom``.
"""

from __future__ import annotations

from twpolice import vocab
from twpolice.model import Fact, Passage


def figure_key(fact: Fact) -> tuple:
    """What makes two printings the same figure: the cell of :func:`converters.cells.cell_key` plus the
    value itself and the statement frame (measure, subject), so nothing the fact says is lost by folding.
    A shared indicator's actual is the agency's whatever section prints it (「二、本期…破獲率98.67%」, then 「七、綜上，
    本期…破獲率98.67%」), so its programme is not part of the key; a target's, a budget's and an agency's own
    indicator's programme is (two programmes may aim at the same number), and so is a target's printed name (「汰換
    本局個人電腦主機預算執行率」 and 「汰換逾期警用車輛預算執行率」 are two targets of one shared indicator). A programme has
    one amount of each shared budget indicator a year, so its money is the same figure in whichever unit it is printed."""
    if fact.kind == "budget" and fact.shared_indicator and (amount := _in_base_unit(fact)) is not None:
        return (fact.shared_indicator, fact.kind, amount, fact.period.slug, fact.program,
                tuple(sorted(fact.qualifiers.items())))
    agency_wide = fact.shared_indicator and fact.kind in ("actual", "change", "baseline")
    program = None if agency_wide else fact.program
    printed = None if agency_wide else fact.printed_label
    return (fact.indicator, fact.kind, fact.value, fact.unit, fact.period.slug, fact.operator,
            fact.relative_to.slug if fact.relative_to else None, program, printed,
            tuple(sorted(fact.qualifiers.items())), fact.measure, fact.subject, fact.shared_indicator)


def _in_base_unit(fact: Fact) -> tuple | None:
    """A programme's money in 元 however printed: 「編列…170萬5,000元」 in a row's text is its 1,705 (千元) column."""
    found = vocab.normalise_value(fact.value, vocab.resolve_unit(fact.unit))
    return (found[0].normalize(), found[1]) if found else None


def _position(passage: Passage) -> tuple[int, int, str]:
    return passage.line_start, passage.line_end, passage.quote


def merge_repeats(facts: list[Fact]) -> list[Fact]:
    """One fact per figure, in document order of first printing; later printings become ``also_in``
    (each passage once, the primary never repeated), rule names are the union in first-seen order. Of one
    programme's money printed in two units, the printing in the larger unit (the budget column's 1,705 千元, not
    the row text's 170萬5,000元) is the primary, so the fact does not depend on which the layout puts first."""
    groups: dict[tuple, list[Fact]] = {}
    for fact in sorted(facts, key=lambda f: _position(f.passage)):  # stable: equal passages keep their order
        groups.setdefault(figure_key(fact), []).append(fact)
    kept = set()
    for group in groups.values():
        first = min(group, key=lambda f: f.value) if group[0].kind == "budget" and len(group) > 1 else group[0]
        kept.add(id(first))
        seen = {first.passage, *first.also_in}
        for fact in (f for f in group if f is not first):
            extra = tuple(p for p in (fact.passage, *fact.also_in) if p not in seen and not seen.add(p))
            first.also_in = tuple(sorted((*first.also_in, *extra), key=_position))
            first.rules = first.rules + tuple(r for r in fact.rules if r not in first.rules)
    return [f for f in facts if id(f) in kept]
