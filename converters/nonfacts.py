"""Printed numbers that are not facts (a frequency, a rank, a count of list items, a threshold inside a
definition, an article number, an ordinal), by the rules of the lexicon ``nonfacts.toml``.

A figure is dropped when a rule's match puts its ``{n}`` on the figure, so 「每年至少辦理120場」 (a target)
survives while 「每月召開1次」 does not; the rules are data so that a reviewer can read and extend them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from twpolice.converters import lexicon

_FIGURE = r"(?P<n{i}>[0-9][0-9,]*(?:\.[0-9]+)?)"


def _compile(pattern: str) -> re.Pattern[str]:
    """``{n}`` -> a named group per occurrence (n0, n1 …), so alternatives may each place the figure."""
    parts = pattern.split("{n}")
    out = parts[0]
    for i, part in enumerate(parts[1:]):
        out += _FIGURE.replace("{i}", str(i)) + part
    return re.compile(out)


@dataclass(frozen=True)
class NonFactRule:
    name: str
    reason: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    facts: tuple[str, ...]


@lru_cache(maxsize=1)
def rules() -> tuple[NonFactRule, ...]:
    """The rules of ``nonfacts.toml``, compiled once."""
    return tuple(
        NonFactRule(r["name"], r["reason"], _compile(r["pattern"]),
                    tuple(r.get("examples", ())), tuple(r.get("facts", ())))
        for r in lexicon.load("nonfacts")["rule"]
    )


def non_fact_spans(norm: str) -> dict[int, NonFactRule]:
    """Start offset of every figure in a width-folded sentence that is not a fact -> the rule saying so."""
    found: dict[int, NonFactRule] = {}
    for rule in rules():
        for m in rule.pattern.finditer(norm):
            for name, value in m.groupdict().items():
                if value is not None:
                    found.setdefault(m.start(name), rule)
    return found
