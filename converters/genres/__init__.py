"""One converter per document genre; each composes the shared primitives and engines."""

from __future__ import annotations

from collections.abc import Callable

from twpolice.converters.genres import council_report, midterm_plan, performance_report, plan
from twpolice.converters.text import SourceText
from twpolice.model import DocumentMeta, Extraction, Genre

CONVERTERS: dict[Genre, Callable[[SourceText, DocumentMeta], Extraction]] = {
    Genre.PLAN: plan.convert,
    Genre.MIDTERM_PLAN: midterm_plan.convert,
    Genre.PERFORMANCE_REPORT: performance_report.convert,
    Genre.COUNCIL_REPORT: council_report.convert,
}
