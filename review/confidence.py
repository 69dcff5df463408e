"""How far to trust a fact as read, so a review sheet can put the riskiest facts first.

A score in [0.05, 1]: one minus the weights of the signs of risk a fact shows (table :data:`SIGNS`), each a
small named function with the Chinese example of what it catches. Reasons are kept with the score."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from statistics import median
from typing import Callable

from twpolice import vocab
from twpolice.model import Fact

CONTEXT_RULES = frozenset({"subject_carried", "list_verb_carried", "topic_heading", "subject_named_earlier",
                           "subject_of_previous_clause", "goal_of_previous_clause", "change_of_previous_figure",
                           "amount_of_previous_count"})
History = dict[tuple[str, str, str], list[Decimal]]  # (indicator, kind, unit) → values in other documents
LOW = 0.7  # below this a fact is "low confidence" (``review --only low-confidence``)


@dataclass(frozen=True)
class Peers:
    """What the other figures say about a fact's indicator: the values of its other periods, in this document and
    (when a store is at hand) in the agency's other documents."""

    values: dict[tuple[str, str, str], list[Decimal]]

    @classmethod
    def of(cls, facts: list[Fact], history: History | None = None) -> Peers:
        """The document's own figures, and ``history``: the agency's values in its other documents (a store's)."""
        values: dict[tuple[str, str, str], list[Decimal]] = defaultdict(list)
        for key, earlier in (history or {}).items():
            values[key].extend(earlier)
        for f in facts:
            values[(f.indicator, f.kind, f.unit)].append(f.value)
        return cls(dict(values))


def from_context(fact: Fact, peers: Peers) -> bool:
    """「竊盜案件，去年發生4,299件、破獲2,516件」: 破獲 took its subject from earlier in the sentence."""
    return bool(CONTEXT_RULES.intersection(fact.rules))


def unknown_subject(fact: Fact, peers: Peers) -> bool:
    """「辦理警政人員學習活動場次」: no known subject, so no shared indicator can be checked against it."""
    return fact.shared_indicator is None and fact.subject is None


def no_shared_indicator(fact: Fact, peers: Peers) -> bool:
    """「查獲非制式手槍枝數」: a known subject, but the name maps to no shared indicator."""
    return fact.shared_indicator is None and fact.subject is not None


def conflicting_value(fact: Fact, peers: Peers) -> bool:
    """「現有義警人數2,320人…山地義警57人」: another figure claimed the same indicator and period."""
    return "indicator_value_conflict" in fact.rules


def outside_bounds(fact: Fact, peers: Peers) -> bool:
    """「執法錯誤率 135%」: outside the shared indicator's bounds (a 破獲率 may pass 100%: older cases cleared)."""
    if not fact.shared_indicator or fact.kind == "change" or fact.operator in ("increase-by", "decrease-by"):
        return False
    try:
        ind = vocab.shared_indicator(fact.shared_indicator)
    except KeyError:
        return False
    return (ind.min is not None and fact.value < ind.min) or (ind.max is not None and fact.value > ind.max)


def unlike_other_periods(fact: Fact, peers: Peers) -> bool:
    """「竊盜發生數 4,299件」 beside 42, 45 and 40 in other years: ten times off the indicator's other values."""
    others = list(peers.values.get((fact.indicator, fact.kind, fact.unit), ()))
    if len(others) < 3:
        return False
    others.remove(fact.value)
    mid = median(others)
    if mid <= 0 or fact.value <= 0:
        return False
    return fact.value / mid > 10 or mid / fact.value > 10


def bare_name(fact: Fact, peers: Peers) -> bool:
    """「件數」「人數」: the name says what is counted in no more than a measure."""
    return len((fact.printed_label or fact.indicator).strip()) <= 3


Sign = tuple[Callable[[Fact, Peers], bool], float, str, str]

SIGNS: tuple[Sign, ...] = (
    (from_context, 0.15, "主詞取自上下文", "subject taken from context"),
    (unknown_subject, 0.3, "主題不明", "unknown subject"),
    (no_shared_indicator, 0.1, "無共用指標", "no shared indicator"),
    (conflicting_value, 0.25, "同指標同期間另有數值", "another value claims this indicator and period"),
    (outside_bounds, 0.4, "超出共用指標的值域", "outside the indicator's bounds"),
    (unlike_other_periods, 0.3, "與其他期間相差十倍以上", "ten times off its other periods"),
    (bare_name, 0.2, "名稱僅有量測方式", "the name is only a measure"),
)


@dataclass(frozen=True)
class Confidence:
    score: float
    reasons_zh: tuple[str, ...]
    reasons_en: tuple[str, ...]

    @property
    def low(self) -> bool:
        return self.score < LOW


def confidence(fact: Fact, peers: Peers) -> Confidence:
    hits = [(w, zh, en) for sign, w, zh, en in SIGNS if sign(fact, peers)]
    score = max(0.05, round(1.0 - sum(w for w, _, _ in hits), 2))
    return Confidence(score, tuple(zh for _, zh, _ in hits), tuple(en for _, _, en in hits))
