"""Printed units (件, 人次, 千元, ％ …) ↔ unit IRIs, for converters.

The vocabulary is data, not code: ``ontology/units.ttl`` gives every unit its printed forms
(``skos:prefLabel`` / ``skos:altLabel`` @zh-Hant). :mod:`twpolice.vocab` loads that file once
(with the deployment's IRI base); this module only adds what a text scanner needs on top:
the longest printed unit at a position in a line, from one precompiled regex.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from twpolice import vocab
from twpolice.normalise import normalise_width

__all__ = [
    "canonical",
    "is_unit",
    "match_unit_at",
    "match_unit_prefix",
    "printed_units",
    "unit_iri",
    "unit_table",
]


@lru_cache(maxsize=1)
def _table() -> tuple[Mapping[str, str], re.Pattern[str]]:
    table: dict[str, str] = {}
    for unit in vocab.units():
        for form in unit.forms:
            if form.strip():
                # resolve_unit, not unit.iri: the vocabulary's own fold and ambiguity check apply
                table[form] = vocab.resolve_unit(form) or unit.iri
    forms = sorted(table, key=lambda u: (-len(u), u))  # longest first: 人次 before 人, 千元 before 元
    prefix_re = re.compile("|".join(map(re.escape, forms))) if forms else re.compile(r"(?!)")
    return MappingProxyType(table), prefix_re


def unit_table() -> Mapping[str, str]:
    """Printed form (as in units.ttl) → unit IRI (read-only)."""
    return _table()[0]


def printed_units() -> frozenset[str]:
    return frozenset(_table()[0])


def canonical(printed: str) -> str:
    """The printed unit with width folded (％ → %); no other rewriting (場次 stays 場次)."""
    return normalise_width(printed.strip())


def unit_iri(printed: str) -> str | None:
    """IRI of a printed unit, or None when the vocabulary does not know it."""
    return vocab.resolve_unit(printed) if printed.strip() else None


def is_unit(s: str) -> bool:
    return unit_iri(s) is not None


def match_unit_at(s: str, pos: int = 0) -> str | None:
    """Longest printed unit starting at ``s[pos]``, as printed (no slicing: the number scanner's hot path)."""
    m = _table()[1].match(s, pos)
    return m.group() if m else None


def match_unit_prefix(s: str) -> str | None:
    """Longest printed unit at the start of ``s``: 「人次參加」 → 人次, 「千元」 → 千元."""
    return match_unit_at(s, 0)
