"""The records every converter produces, independent of RDF.

Converters read a document's text and return an :class:`Extraction`; the RDF
mapping (:mod:`twpolice.converters.rdf`) and the CSV export read only these
records, so a genre converter never touches IRIs or triples.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

class Kind(StrEnum):
    """A figure's value type (value-types.ttl's notations; vocab.kind_label gives the printed names)."""

    ACTUAL = "actual"
    TARGET = "target"
    BASELINE = "baseline"
    CHANGE = "change"
    BUDGET = "budget"


KINDS = tuple(Kind)  # in the order pages and tables list them
OPERATORS = ("at-least", "at-most", "equal", "increase-by", "decrease-by", "more-than", "less-than")
# An actual printed as a bound (「逾3成」「未滿18歲」「8成5以上」) carries one of these instead of a target's operator.
BOUND_OPERATORS = ("at-least", "at-most", "more-than", "less-than")
class Genre(StrEnum):
    """A document's genre (genres.ttl's notations; vocab.genre_label gives the printed names and aliases)."""

    PLAN = "plan"  # 年度施政計畫
    MIDTERM_PLAN = "midterm-plan"  # 中程施政計畫
    PERFORMANCE_REPORT = "performance-report"  # 施政績效成果報告
    COUNCIL_REPORT = "council-report"  # 警政 chapter of a city's report to its council


GENRES = tuple(Genre)
PLAN_GENRES = frozenset({Genre.PLAN, Genre.MIDTERM_PLAN})  # the genres whose figures are planned (targets)
# A fact's review status (issue 14): read by the converter only, confirmed or corrected by a reviewer, or added
# by one. A rejected fact leaves the extraction; its decision stays in the document's corrections file.
REVIEW_STATUSES = ("machine", "confirmed", "corrected", "added")


@dataclass(frozen=True, order=True)
class Period:
    """An inclusive date interval; ``label`` keeps the text as printed (民國)."""

    start: date
    end: date
    label: str = field(default="", compare=False)

    @property
    def slug(self) -> str:
        """Deterministic IRI slug: 2022, 2023-H1, 2023-Q1, 2023-06, 2018--2021, 2022-12-31."""
        s, e = self.start, self.end
        if s == e:
            return s.isoformat()
        if s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31:
            return str(s.year) if s.year == e.year else f"{s.year}--{e.year}"
        if s.year == e.year and s.day == 1 and _is_month_end(e):
            if s.month == e.month:
                return f"{s.year}-{s.month:02d}"
            if (s.month, e.month) in ((1, 6), (7, 12)):
                return f"{s.year}-H{1 if s.month == 1 else 2}"
            if e.month - s.month == 2 and s.month % 3 == 1:
                return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
        return f"{s.isoformat()}--{e.isoformat()}"

    @property
    def is_instant(self) -> bool:
        return self.start == self.end

    def label_en(self) -> str:
        return self.slug.replace("--", "–")


def _is_month_end(d: date) -> bool:
    return d.day == monthrange(d.year, d.month)[1]


@dataclass(frozen=True)
class Passage:
    """Where a fact sits: 1-based inclusive line span and an exact quote from those lines.

    A document read from PDF, DOCX or ODT also says where in the original file: ``page`` (PDF, 1-based)
    and ``locator`` (``paragraph=12`` or ``table=2;row=3;cell=4``), set by the pipeline from the reader's
    line locations."""

    line_start: int
    line_end: int
    quote: str
    section: tuple[str, ...] = ()
    page: int | None = None
    locator: str = ""

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)


@dataclass
class Program:
    """A plan item or report section; ``key`` is unique within the document."""

    key: str
    label: str
    passage: Passage
    numbering: str = ""
    parent: str | None = None
    period: Period | None = None
    subject: str | None = None  # shared topic slug (e.g. "cctv") when recognisable


@dataclass
class Fact:
    """One number as printed, with everything needed to make it a Measurement."""

    kind: str  # one of KINDS
    indicator: str  # the indicator name as printed (or composed from the row/column labels)
    value: Decimal
    unit: str  # the unit as printed: 件, 人, %, 千元 ...
    period: Period
    passage: Passage
    value_text: str  # the number (and unit/operator words) exactly as printed
    program: str | None = None  # Program.key
    operator: str | None = None  # one of OPERATORS: a target's, or an actual's BOUND_OPERATORS (「逾3成」 more-than)
    relative_to: Period | None = None  # relative targets and changes: the comparison period
    qualifiers: dict[str, str] = field(default_factory=dict)  # funding, schedule, approx ...
    shared_indicator: str | None = None  # slug in the shared scheme, when the converter knows it
    # The statement frame the figure was read as (issue 13): what is counted and why it was read so.
    printed_label: str = ""  # the indicator's wording as printed; ``indicator`` is the label composed from the frame
    measure: str | None = None  # measure slug (發生數 occurrences, 破獲率 clearance-rate ...), when recognised
    subject: str | None = None  # subject slug (a crime category or other object), when recognised
    rules: tuple[str, ...] = ()  # names of the extraction rules that produced this fact, in order
    also_in: tuple[Passage, ...] = ()  # further passages printing the same figure (one measurement, several sources)
    key: str = ""  # the stable review key (converters/factkeys.py): what a reviewer's decision is filed under
    review: Review | None = None  # a reviewer's decision, when one was applied (review/apply.py)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")
        if self.operator is not None and self.operator not in OPERATORS:
            raise ValueError(f"unknown operator {self.operator!r}")
        if self.operator is not None and self.kind != "target" and self.operator not in BOUND_OPERATORS:
            raise ValueError(f"a {self.kind} can only be bounded ({', '.join(BOUND_OPERATORS)}), not {self.operator!r}")


@dataclass(frozen=True)
class Review:
    """A reviewer's decision as applied to a fact; ``machine`` is the converter's reading a correction replaced."""

    status: str  # one of REVIEW_STATUSES
    reviewer: str = ""
    on: date | None = None
    note: str = ""
    machine: Fact | None = None

    def __post_init__(self) -> None:
        if self.status not in REVIEW_STATUSES:
            raise ValueError(f"unknown review status {self.status!r}")


@dataclass
class DocumentMeta:
    agency: str  # registry key, e.g. "keelung-police"
    genre: str  # one of GENRES
    period: Period
    title: str
    source_file: str
    sha256: str
    line_count: int
    converter_version: str
    issued: date | None = None


@dataclass
class Extraction:
    document: DocumentMeta
    programs: list[Program] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    framed: bool = False  # converters/framing.py decided every fact's shared indicator (the RDF keeps its decision)
