"""A document's corrections file: ``reviews/<document>.csv`` beside the document, one row per decision.

UTF-8 with BOM and CRLF (it opens in Excel); columns :data:`COLUMNS`. A decision is filed under the fact's
stable key (:mod:`twpolice.converters.factkeys`); ``correct`` rows fill only the fields that change, ``add`` rows
give the fact in full and the sentence it is printed in (``quote``)."""

from __future__ import annotations

import csv
import fcntl
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from twpolice import composition, vocab
from twpolice.converters.periods import parse_period_arg
from twpolice.converters.units import canonical, unit_iri
from twpolice.csvformat import printed_cell, rows_to_csv
from twpolice.errors import UserError
from twpolice.model import KINDS, OPERATORS, Period

DECISIONS = ("confirm", "correct", "reject", "add")
FIELDS = ("kind", "indicator", "subject", "measure", "shared_indicator", "value", "unit", "period", "operator",
          "reference_period")
COLUMNS = ("key", "decision", *FIELDS, "value_text", "quote", "reviewer", "date", "note")
REVIEWS = "reviews"  # the folder beside the documents
MAX_BYTES = 5_000_000  # a corrections file or sheet larger than this is refused (the largest sheet is ~0.5 MB)

# 「≥」 and the notations of target-operators.ttl, as a reviewer types them
OPERATOR_FORMS = {">=": "at-least", "≥": "at-least", "<=": "at-most", "≤": "at-most", "=": "equal",
                  "+": "increase-by", "-": "decrease-by", "−": "decrease-by", ">": "more-than", "<": "less-than"}
OPERATOR_NOTATION = {"at-least": "≥", "at-most": "≤", "equal": "=", "increase-by": "+", "decrease-by": "-",
                     "more-than": ">", "less-than": "<"}


@dataclass(frozen=True)
class Decision:
    """One reviewer's decision on one fact (``fields``: the corrected or added values, as written)."""

    key: str
    decision: str
    fields: dict[str, str] = field(default_factory=dict)
    value_text: str = ""
    quote: str = ""
    reviewer: str = ""
    on: date | None = None
    note: str = ""

    def row(self) -> dict[str, str]:
        return {"key": self.key, "decision": self.decision, **{f: self.fields.get(f, "") for f in FIELDS},
                "value_text": self.value_text, "quote": self.quote, "reviewer": self.reviewer,
                "date": self.on.isoformat() if self.on else "", "note": self.note}


@dataclass
class Corrected:
    """Typed values of a decision's fields (only those it sets)."""

    kind: str | None = None
    indicator: str | None = None
    subject: str | None = None
    measure: str | None = None
    shared_indicator: str | None = None
    value: Decimal | None = None
    unit: str | None = None
    period: Period | None = None
    operator: str | None = None
    reference_period: Period | None = None


def corrections_path(document: Path) -> Path:
    """``documents/000_x.txt`` → ``documents/reviews/000_x.csv``."""
    return document.parent / REVIEWS / f"{document.stem}.csv"


def _problem(where: str, zh: str, en: str) -> UserError:
    return UserError(f"{where}：{zh}", f"{where}: {en}")


class _Unusable(Exception):
    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en


def _kind(text: str) -> str:
    """「actual」: one of the value types."""
    if text not in KINDS:
        raise _Unusable(f"未知的值類型「{text}」（可用 {'、'.join(KINDS)}）", f"unknown kind {text!r} (use {', '.join(KINDS)})")
    return text


def _subject(text: str) -> str:
    """「theft」: a slug of categories.ttl."""
    if text not in composition.categories():
        raise _Unusable(f"未知的量測對象「{text}」（ontology/categories.ttl 的代碼）",
                        f"unknown subject {text!r} (a slug of ontology/categories.ttl)")
    return text


def _measure(text: str) -> str:
    """「occurrences」: a slug of measures.ttl."""
    if text not in composition.measures():
        raise _Unusable(f"未知的量測方式「{text}」（ontology/measures.ttl 的代碼）",
                        f"unknown measure {text!r} (a slug of ontology/measures.ttl)")
    return text


def _shared_indicator(text: str) -> str:
    """「theft-occurrences」 or its IRI."""
    slug = text.rsplit("/", 1)[-1]
    try:
        vocab.shared_indicator(slug)
    except KeyError:
        raise _Unusable(f"共用指標中沒有「{text}」", f"no shared indicator {text!r}") from None
    return slug


def _value(text: str) -> Decimal:
    """「4,299」「102.13」: a plain number as a spreadsheet writes it (not 「十二」)."""
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise _Unusable(f"「{text}」不是數字", f"{text!r} is not a number")
    return value


def _unit(text: str) -> str:
    """「件」「％」: a printed form of units.ttl."""
    unit = canonical(text)
    if unit_iri(unit) is None:
        raise _Unusable(f"未知的單位「{text}」（ontology/units.ttl）", f"unknown unit {text!r} (ontology/units.ttl)")
    return unit


def _period(text: str) -> Period:
    """「111」「2023-H1」: as ``--period`` takes it."""
    try:
        return parse_period_arg(text)
    except ValueError:
        raise _Unusable(f"無法解讀期間「{text}」（例如 111、2022、2023-H1、2023-Q3、2023-06）",
                        f"cannot read period {text!r} (e.g. 111, 2022, 2023-H1, 2023-Q3, 2023-06)") from None


def _operator(text: str) -> str:
    """「≥」「>=」「at-least」."""
    op = OPERATOR_FORMS.get(text, text)
    if op not in OPERATORS:
        raise _Unusable(f"未知的運算子「{text}」（可用 ≥ ≤ = + -）", f"unknown operator {text!r} (use >= <= = + -)")
    return op


FIELD_PARSERS = {"kind": _kind, "indicator": str, "subject": _subject, "measure": _measure,
                 "shared_indicator": _shared_indicator, "value": _value, "unit": _unit, "period": _period,
                 "operator": _operator, "reference_period": _period}
assert set(FIELD_PARSERS) == set(FIELDS), "every corrected field has a parser"


def parse_fields(fields: dict[str, str], where: str) -> tuple[Corrected, list[UserError]]:
    """The typed values of a decision's fields (:data:`FIELD_PARSERS`), and one problem per value that cannot be
    used."""
    out, problems = Corrected(), []
    for name, raw in fields.items():
        text = raw.strip()
        if not text or name not in FIELD_PARSERS:
            continue
        try:
            setattr(out, name, FIELD_PARSERS[name](text))
        except _Unusable as exc:
            problems.append(_problem(f"{where} {name}", exc.zh, exc.en))
    return out, problems


def decision_problems(d: Decision, where: str) -> list[UserError]:
    """What makes a decision unusable, one problem each (the fields' values, a missing reviewer, an add without
    its figure)."""
    problems: list[UserError] = []
    if d.decision not in DECISIONS:
        problems.append(_problem(f"{where} decision", f"未知的決定「{d.decision}」（可用 {'、'.join(DECISIONS)}）",
                                 f"unknown decision {d.decision!r} (use {', '.join(DECISIONS)})"))
        return problems
    typed, problems = parse_fields(d.fields, where)
    if d.decision == "add":
        for name in ("kind", "indicator", "value", "unit"):
            if getattr(typed, name) is None and not any(p.en.startswith(f"{where} {name}:") for p in problems):
                problems.append(_problem(f"{where} {name}", "新增的數值須填此欄", "an added fact needs this field"))
        if not d.quote.strip():
            problems.append(_problem(f"{where} quote", "新增的數值須填原文句子（quote）",
                                     "an added fact needs the sentence it is printed in (quote)"))
    elif d.decision == "correct" and not any(v.strip() for v in d.fields.values()):
        problems.append(_problem(where, "更正（correct）須至少填一個更正欄位", "a correction needs at least one corrected field"))
    if not d.reviewer.strip():
        problems.append(_problem(f"{where} reviewer", "須填審閱者（或以 --reviewer 指定）",
                                 "needs a reviewer (or pass --reviewer)"))
    return problems


def read_rows(data: bytes, name: str) -> list[dict[str, str]]:
    """The rows of a CSV written by us or a spreadsheet (BOM or not; cells a spreadsheet guard prefixed read back)."""
    if len(data) > MAX_BYTES:
        raise UserError(f"{name} 超過 {MAX_BYTES:,} 位元組", f"{name} is larger than {MAX_BYTES:,} bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{name} 不是 UTF-8 文字（第 {exc.start} 位元組）",
                        f"{name} is not UTF-8 text (byte {exc.start})") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in ("key", "decision") if c not in header]
    if missing:
        raise UserError(f"{name} 缺少欄位：{', '.join(missing)}", f"{name} lacks the columns: {', '.join(missing)}")
    try:
        return [{k: printed_cell(v or "") for k, v in row.items() if k is not None} for row in reader]
    except csv.Error as exc:
        raise UserError(f"{name} 不是有效的 CSV：{exc}", f"{name} is not valid CSV: {exc}") from exc


def decision_from_row(row: dict[str, str], where: str) -> tuple[Decision, list[UserError]]:
    on, problems = None, []
    if row.get("date", "").strip():
        try:
            on = date.fromisoformat(row["date"].strip())
        except ValueError:
            problems.append(_problem(f"{where} date", f"日期「{row['date']}」須為 YYYY-MM-DD",
                                     f"date {row['date']!r} must be YYYY-MM-DD"))
    d = Decision(key=row.get("key", "").strip(), decision=row.get("decision", "").strip().lower(),
                 fields={f: row.get(f, "").strip() for f in FIELDS if row.get(f, "").strip()},
                 value_text=row.get("value_text", "").strip(), quote=row.get("quote", "").strip(),
                 reviewer=row.get("reviewer", "").strip(), on=on, note=row.get("note", "").strip())
    return d, problems


def read_corrections(path: Path) -> list[Decision]:
    """The decisions of a corrections file ([] when there is none); a file with any bad row is refused whole."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise UserError(f"無法讀取 {path}：{exc.strerror}", f"cannot read {path}: {exc.strerror}") from exc
    decisions, problems = [], []
    for i, row in enumerate(read_rows(data, str(path)), start=2):
        d, bad = decision_from_row(row, f"{path.name} 第 {i} 列 row {i}")
        problems += bad + decision_problems(d, f"{path.name} 第 {i} 列 row {i}")
        decisions.append(d)
    if problems:
        first = problems[0]
        more = f"（另 {len(problems) - 1} 個問題）" if len(problems) > 1 else ""
        more_en = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise UserError(first.zh + more, first.en + more_en)
    return decisions


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """An exclusive lock on a corrections file for a read-merge-write (the CLI and the web processes of a review
    site may write the same file at once)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(f".{path.name}.lock"), "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def write_corrections(path: Path, decisions: list[Decision]) -> None:
    """Write the whole file through a temporary file and a rename: a crash leaves the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(rows_to_csv([d.row() for d in decisions], COLUMNS, numeric=("value",)))
    tmp.replace(path)
