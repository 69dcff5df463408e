"""The validation engine: SHACL Core through pyshacl, SHACL-SPARQL once per constraint.

pyshacl evaluates a SPARQL constraint once per focus node (10,000 measurements → 10,000
queries per constraint). Here each constraint runs once over the whole data graph in an
in-memory Oxigraph store with ``$this`` left unbound, and only solutions whose ``$this`` is
one of the shape's focus nodes are kept. That equals pre-binding because every constraint
binds ``$this`` in its first, required triple pattern and uses no sub-query (checked by the
tests). The SHACL Core part runs in :mod:`fastcore`; a Core rule it cannot run goes to ``pyshacl.validate`` (its
public API, imported only then) with a shapes graph that targets only those rules, built once per profile when
first needed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from twpolice.errors import UserError
from twpolice.shapes import fastcore
from twpolice.shapes.profiles import SH, Profile
from twpolice.shapes.index import TripleIndex
from twpolice.shapes.terms import from_store, literal_display


class ValidationTimeout(UserError):
    """Validation took longer than the configured limit."""


class Deadline:
    """A cooperative time limit, checked between shapes and constraints."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.end = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self.end is not None and time.monotonic() > self.end:
            raise ValidationTimeout(
                f"驗證超過時間上限 {self.seconds:g} 秒，已中止；請分批提交或提高上限。",
                f"validation exceeded the time limit of {self.seconds:g} s and was stopped; submit smaller parts or raise the limit.",
            )


@dataclass
class RawResult:
    """One engine result before labels and sources are attached."""

    rule: URIRef
    shape: Node
    component: URIRef
    severity: URIRef
    focus: Node
    path: Node | None
    value: Node | None
    detail: str
    constraint: Node | None = None
    bindings: dict[str, Node] = field(default_factory=dict)
    messages: dict[str, str] = field(default_factory=dict)

    def key(self) -> tuple:
        return (str(self.rule), str(self.focus), str(self.path), _term_key(self.value), str(self.severity))


def _term_key(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return literal_display(term)
    return str(term)


def run_core(profile: Profile, index: TripleIndex, deadline: Deadline) -> list[RawResult]:
    """SHACL Core rules: :mod:`fastcore` where it supports the rule, ``pyshacl.validate`` (over an rdflib
    in-memory graph, with a shapes graph of just those rules) for any rule it does not."""
    out: list[RawResult] = []
    for rule, spec in profile.fast.items():
        deadline.check()
        for h in fastcore.evaluate(spec, profile.targets[rule], index):
            out.append(RawResult(rule, h.shape, h.component, h.severity, h.focus, h.path, h.value, h.detail))
    rest = frozenset(rule for rule in profile.core_rules if rule not in profile.fast)
    if rest:
        deadline.check()
        out += _pyshacl_results(profile, index.to_graph(), _fallback_shapes(profile, rest))
    return out


_FALLBACK: dict[tuple[str, frozenset], Graph] = {}
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


def _fallback_shapes(profile: Profile, rules: frozenset) -> Graph:
    """The profile's shapes without SPARQL constraints, the other rules' targets removed (a shape without targets is
    not validated on its own), built once per profile."""
    key = (profile.name, rules)
    if key not in _FALLBACK:
        others = set(profile.rules) - rules  # rules run elsewhere: their own targets go (nested shapes keep theirs)
        shapes = Graph()
        for s, p, o in profile.graph:
            if p != SH.sparql and not (p in _TARGETS and s in others):
                shapes.add((s, p, o))
        _FALLBACK[key] = shapes
    return _FALLBACK[key]


def _pyshacl_results(profile: Profile, graph: Graph, shapes: Graph) -> list[RawResult]:
    """``pyshacl.validate`` (inference none, warnings and infos kept), its report read back as results."""
    import pyshacl  # lazy: ~90 ms start-up for build, serve, validate (benchmarks/validate.py); no bundled rule uses it

    _, report, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True,
                                    allow_infos=True, advanced=False)
    out = []
    for node in report.objects(None, SH.result):  # the report's own results, not the sh:detail nested in them
        shape = report.value(node, SH.sourceShape)
        rule = profile.rule_of_shape(shape) or URIRef(str(shape))
        out.append(RawResult(
            rule=rule, shape=shape, component=report.value(node, SH.sourceConstraintComponent),
            severity=report.value(node, SH.resultSeverity), focus=report.value(node, SH.focusNode),
            path=report.value(node, SH.resultPath), value=report.value(node, SH.value),
            detail=" / ".join(str(m) for m in report.objects(node, SH.resultMessage)),
            constraint=report.value(node, SH.sourceConstraint),
        ))
    return out


def run_sparql(profile: Profile, index: TripleIndex, store, bnodes: dict, deadline: Deadline) -> list[RawResult]:
    """Each SHACL-SPARQL constraint once over the whole graph (Oxigraph), filtered to its focus nodes."""
    out: list[RawResult] = []
    focus_cache: dict[object, set[Node]] = {}
    for check in profile.sparql:
        deadline.check()
        focus = focus_cache.get(check.targets)
        if focus is None:
            focus = focus_cache[check.targets] = check.targets.focus(index)
        if not focus:
            continue
        solutions = store.query(check.query)
        names = [v.value for v in solutions.variables]
        for sol in solutions:
            bindings = {n: from_store(sol[n], bnodes) for n in names if sol[n] is not None}
            this = bindings.get("this")
            if this is None or this not in focus:
                continue
            value = bindings.get("value", this)
            out.append(RawResult(
                rule=check.rule, shape=check.rule, component=SH.SPARQLConstraintComponent,
                severity=check.severity, focus=this, path=bindings.get("path"), value=value,
                detail=_detail(bindings), constraint=check.constraint, bindings=bindings, messages=check.messages,
            ))
    return out


def _detail(bindings: dict[str, Node]) -> str:
    """The engine's view of a SPARQL result: the solution's bindings."""
    return "SPARQL: " + ", ".join(f"?{k}={_term_key(v) if isinstance(v, Literal) else v}" for k, v in bindings.items())


def run_pyshacl(profile: Profile, graph: Graph) -> list[RawResult]:
    """The reference: plain ``pyshacl.validate`` (inference none) with the whole profile, results parsed.

    Slow (SPARQL constraints run once per focus node) but independent of this module's shortcuts;
    the tests and the benchmark compare the fast path against it.
    """
    return _pyshacl_results(profile, graph, profile.graph)


def dedupe(results: list[RawResult]) -> list[RawResult]:
    seen: set[tuple] = set()
    out = []
    for r in results:
        k = r.key()
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out
