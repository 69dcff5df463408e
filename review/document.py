"""A document converted with its review decisions applied: what ``build``, ``convert``, ``review`` and the web
review page all use, so every path sees the same facts."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from twpolice.converters.pipeline import convert_source, read_source
from twpolice.model import Extraction
from twpolice.review.apply import Outcome, apply_decisions
from twpolice.review.corrections import Decision, corrections_path, read_corrections


@dataclass
class ReviewedDocument:
    path: Path
    corrections: Path  # the corrections file (it may not exist yet)
    machine: Extraction  # the converter's reading, before any decision
    extraction: Extraction  # after the decisions
    decisions: list[Decision]
    outcome: Outcome
    lines: list[str]


def convert_reviewed(path: Path, corrections: Path | None = None, **options) -> ReviewedDocument:
    """Convert ``path`` and apply its corrections file (default ``reviews/<stem>.csv`` beside it)."""
    path = Path(path)
    source = read_source(path)
    machine = convert_source(source, **options)
    where = corrections if corrections is not None else corrections_path(path)
    decisions = read_corrections(where)
    extraction = copy.deepcopy(machine) if decisions else machine  # decisions change facts in place
    outcome = apply_decisions(extraction, decisions, source.lines)
    return ReviewedDocument(path, where, machine, extraction, decisions, outcome, source.lines)
