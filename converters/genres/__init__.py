"""One converter per document genre; each composes the shared primitives and engines."""

from __future__ import annotations

from collections.abc import Callable

from twpolice.converters.genres import council_report, midterm_plan, performance_report, plan
from twpolice.converters.text import SourceText
from twpolice.model import DocumentMeta, Extraction

CONVERTERS: dict[str, Callable[[SourceText, DocumentMeta], Extraction]] = {
    "plan": plan.convert,
    "midterm-plan": midterm_plan.convert,
    "performance-report": performance_report.convert,
    "council-report": council_report.convert,
}
