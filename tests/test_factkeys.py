"""Stable fact keys (issue 14): same figure and context → same key; different figure or context → different key."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from twpolice.converters.factkeys import fact_keys
from twpolice.model import DocumentMeta, Fact, Passage, Period

YEAR = Period(date(2023, 1, 1), date(2023, 12, 31), "112年")
META = DocumentMeta("keelung-police", "result", YEAR, "t", "a.txt", "0" * 64, 10, "1")


def _fact(quote: str, value: str = "56", line: int = 3) -> Fact:
    return Fact("actual", "成員人數", Decimal(value), "人", YEAR, Passage(line, line, quote), f"{value}人")


def test_key_survives_line_shift_rewrap_and_new_bytes():
    before = fact_keys(META, [_fact("瓦解犯罪集團8個，成員56人")])
    moved = fact_keys(replace(META, sha256="1" * 64, line_count=40), [_fact("瓦解犯罪集團8個，\n成員56人", line=30)])
    assert before == moved


def test_key_changes_with_value_context_or_document():
    base = fact_keys(META, [_fact("瓦解犯罪集團8個，成員56人")])[0]
    assert fact_keys(META, [_fact("瓦解犯罪集團8個，成員57人", "57")])[0] != base
    assert fact_keys(META, [_fact("瓦解詐騙集團8個，成員56人")])[0] != base
    assert fact_keys(replace(META, agency="taipei-police"), [_fact("瓦解犯罪集團8個，成員56人")])[0] != base


def test_same_figure_twice_in_one_context_gets_distinct_keys():
    keys = fact_keys(META, [_fact("56人，另56人"), _fact("56人，另56人")])
    assert len(set(keys)) == 2 and keys[1] == keys[0] + "-2"
