"""Validation results people can act on: which rule, which resource (with its label), which property,
the offending value, what was expected, and where in the source it came from."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from twpolice import iris
from twpolice.messages import Msg, current_lang
from twpolice.shapes.profiles import SH, TWPSH
from twpolice.shapes.terms import copy_closure

SEVERITY_ORDER = ("Violation", "Warning", "Info")
SEVERITY_LABEL: dict[str, Msg] = {
    "Violation": Msg("違規", "violation"), "Warning": Msg("警告", "warning"), "Info": Msg("提示", "info"),
}


def norm_lang(lang: str | None) -> str:
    """zh-Hant or en; with no language given, $TWPOLICE_LANG (zh-Hant by default)."""
    if not lang:
        return current_lang()
    return "en" if lang.lower().startswith("en") else "zh-Hant"


@dataclass(frozen=True)
class SourceRef:
    """Where a fact sits in a converted document."""

    document: str
    source_file: str | None
    line_start: int | None
    line_end: int | None
    quote: str | None


@dataclass(frozen=True)
class Origin:
    """Where a value sits in a submitted spreadsheet (1-based data row as numbered in a spreadsheet, header = 1)."""

    file: str
    row: int
    column: str


@dataclass
class RuleResult:
    rule: str
    rule_iri: str
    rule_name: dict[str, str]
    severity: str
    focus_node: str
    focus_label: dict[str, str]
    path: str | None
    value: str | None
    message: dict[str, str]
    expected: dict[str, str]
    detail: str
    component: str
    source: SourceRef | None = None
    origin: Origin | None = None
    # rdflib terms for the sh:ValidationReport graph (not serialised to JSON)
    terms: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def label(self, lang: str = "zh-Hant") -> str:
        lang = norm_lang(lang)
        return self.focus_label.get(lang) or self.focus_label.get("zh-Hant") or self.focus_label.get("en") or self.focus_node

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("terms", None)
        return d


@dataclass
class ValidationResult:
    profile: str
    version: str
    results: list[RuleResult]
    triples: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        return not any(r.severity == "Violation" for r in self.results)

    def counts_by_severity(self) -> dict[str, int]:
        counts = Counter(r.severity for r in self.results)
        return {s: counts.get(s, 0) for s in SEVERITY_ORDER}

    def counts_by_rule(self, severity: str | None = None) -> dict[str, int]:
        return dict(Counter(r.rule for r in self.results if severity is None or r.severity == severity).most_common())

    def by_focus(self) -> list[tuple[str, list[RuleResult]]]:
        """Results grouped by focus node, in first-seen order of the severity-sorted list."""
        groups: dict[str, list[RuleResult]] = {}
        for r in sorted(self.results, key=lambda r: (SEVERITY_ORDER.index(r.severity), r.focus_node, r.rule)):
            groups.setdefault(r.focus_node, []).append(r)
        return list(groups.items())

    def summary_line(self, lang: str | None = None) -> str:
        lang = norm_lang(lang)
        c = self.counts_by_severity()
        top = ", ".join(f"{rule} ×{n}" for rule, n in list(self.counts_by_rule("Violation").items())[:5])
        if lang == "en":
            counts = f"{c['Violation']} violation(s), {c['Warning']} warning(s), {c['Info']} info"
            if self.conforms:
                return f"conforms to {self.profile} {self.version} ({counts})"
            return f"does not conform to {self.profile} {self.version}: {counts} — {top}"
        counts = f"{c['Violation']} 個違規、{c['Warning']} 個警告、{c['Info']} 個提示"
        if self.conforms:
            return f"符合 {self.profile} {self.version} 規則（{counts}）"
        return f"不符合 {self.profile} {self.version} 規則：{counts}——{top}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "version": self.version,
            "conforms": self.conforms,
            "counts": self.counts_by_severity(),
            "triples": self.triples,
            "seconds": round(self.seconds, 3),
            "results": [r.to_dict() for r in self.results],
        }

    def report_graph(self) -> Graph:
        """The results as a W3C ``sh:ValidationReport``; our extras are in the twpsh: namespace."""
        g = Graph()
        g.bind("sh", str(SH))
        g.bind("twpsh", str(TWPSH))
        for prefix, ns in iris.PREFIXES.items():
            g.bind(prefix, ns)
        report = BNode()
        g.add((report, RDF.type, SH.ValidationReport))
        g.add((report, SH.conforms, Literal(self.conforms)))
        g.add((report, TWPSH.profile, Literal(self.profile)))
        g.add((report, TWPSH.profileVersion, Literal(self.version)))
        for r in self.results:
            g.add((report, SH.result, _result_node(g, r)))
        return g


def _result_node(g: Graph, r: RuleResult) -> BNode:
    node = BNode()
    t = r.terms
    g.add((node, RDF.type, SH.ValidationResult))
    g.add((node, SH.resultSeverity, SH[r.severity]))
    g.add((node, SH.focusNode, t.get("focus") or URIRef(r.focus_node)))
    g.add((node, SH.sourceShape, t.get("shape") or URIRef(r.rule_iri)))
    g.add((node, TWPSH.rule, URIRef(r.rule_iri)))
    g.add((node, SH.sourceConstraintComponent, t.get("component") or URIRef(SH + r.component.split(":")[-1])))
    if t.get("constraint") is not None and not isinstance(t["constraint"], BNode):
        g.add((node, SH.sourceConstraint, t["constraint"]))
    path = t.get("path")
    if path is not None:
        g.add((node, SH.resultPath, _copy_path(g, path, t.get("shapes"))))
    if t.get("value") is not None:
        g.add((node, SH.value, t["value"]))
    for lang, text in r.message.items():
        g.add((node, SH.resultMessage, Literal(text, lang=lang)))
    for lang, text in r.expected.items():
        g.add((node, TWPSH.expected, Literal(text, lang=lang)))
    for lang, text in r.focus_label.items():
        g.add((node, TWPSH.focusLabel, Literal(text, lang=lang)))
    if r.detail:
        g.add((node, TWPSH.engineDetail, Literal(r.detail)))
    if r.source is not None:
        s = r.source
        g.add((node, TWPSH.sourceDocument, URIRef(s.document)))
        if s.source_file:
            g.add((node, TWPSH.sourceFile, Literal(s.source_file)))
        if s.line_start is not None:
            g.add((node, TWPSH.lineStart, Literal(s.line_start, datatype=XSD.integer)))
        if s.line_end is not None:
            g.add((node, TWPSH.lineEnd, Literal(s.line_end, datatype=XSD.integer)))
        if s.quote:
            g.add((node, TWPSH.quote, Literal(s.quote)))
    if r.origin is not None:
        g.add((node, TWPSH.sourceFile, Literal(r.origin.file)))
        g.add((node, TWPSH.csvRow, Literal(r.origin.row, datatype=XSD.integer)))
        g.add((node, TWPSH.csvColumn, Literal(r.origin.column)))
    return node


def _copy_path(g: Graph, path: Node, shapes: Graph | None) -> Node:
    """A SHACL path; blank-node paths (sequences, alternatives) are copied from the shapes graph."""
    if not isinstance(path, BNode) or shapes is None:
        return path
    copy_closure(shapes, path, g)
    return path
