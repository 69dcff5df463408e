"""A fast evaluator for the SHACL Core constraint components the twpolice shapes use.

pyshacl spends ~150 µs per focus node and property shape; a 10,000-measurement submission
has ~25 property shapes per measurement. This module compiles each Core rule once into plain
Python checks over a subject → predicate → objects index, following pyshacl's semantics for
every component it supports (same focus nodes, values and components; the tests and
``benchmarks/validate.py`` compare the two). A rule using anything else is marked
unsupported and runs through pyshacl (:func:`twpolice.shapes.engine.run_core`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Iterable

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import XSD
from rdflib.term import Node

from twpolice.shapes.index import TripleIndex
from twpolice.shapes.targets import SH, Targets

META = {RDF.type, RDFS.isDefinedBy, RDFS.label, RDFS.comment, SH.name, SH.description, SH.severity,
        SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.order, SH.group}
SUPPORTED = {SH.path, SH.property, SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH["in"], SH.hasValue,
             SH.nodeKind, SH.minInclusive, SH.minLength, SH.pattern, SH.uniqueLang, SH.languageIn,
             SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH["or"], SH.node}
C = {name: SH[name + "ConstraintComponent"] for name in (
    "MinCount", "MaxCount", "Datatype", "Class", "In", "HasValue", "NodeKind", "MinInclusive", "MinLength",
    "Pattern", "UniqueLang", "LanguageIn", "QualifiedMinCount", "QualifiedMaxCount", "Or", "Node")}


# Namespace attribute access builds a new URIRef each time: look the terms up once.
MIN_COUNT, MAX_COUNT, DATATYPE, CLASS, IN = SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH["in"]
HAS_VALUE, NODE_KIND, MIN_INCLUSIVE, MIN_LENGTH = SH.hasValue, SH.nodeKind, SH.minInclusive, SH.minLength
PATTERN, UNIQUE_LANG, LANGUAGE_IN = SH.pattern, SH.uniqueLang, SH.languageIn
Q_MIN, Q_MAX = SH.qualifiedMinCount, SH.qualifiedMaxCount
RDF_TYPE, SUBCLASS, LANGSTRING, RDFS_LITERAL, RDFS_DATATYPE = RDF.type, RDFS.subClassOf, RDF.langString, RDFS.Literal, RDFS.Datatype
XSD_STRING = XSD.string


class Unsupported(Exception):
    """The shape uses a feature this evaluator does not implement."""


@dataclass
class Spec:
    node: Node
    severity: URIRef
    path: Node | None = None
    path_steps: tuple = ()  # ("seq" | "alt" | "iri", [iris])
    params: dict = field(default_factory=dict)
    properties: list["Spec"] = field(default_factory=list)
    members: list["Spec"] = field(default_factory=list)  # sh:or
    node_spec: "Spec | None" = None
    qualified: "Spec | None" = None
    value_level: bool = False  # any per-value check?


_VALUE_PARAMS = {SH.datatype, SH["class"], SH["in"], SH.nodeKind, SH.minInclusive, SH.minLength, SH.pattern, SH.languageIn}


def compile_rule(shapes: Graph, rule: Node) -> Spec:
    """Compile one rule (and its nested shapes) or raise :class:`Unsupported`."""
    return _spec(shapes, rule, SH.Violation, depth=0)


def _spec(g: Graph, node: Node, inherited: URIRef, depth: int) -> Spec:
    if depth > 8:
        raise Unsupported("nesting too deep")
    for p in set(g.predicates(node, None)):
        if p not in META and p not in SUPPORTED and str(p).startswith(str(SH)):
            raise Unsupported(str(p))
        if p == SH.sparql:
            raise Unsupported("sparql")
    severity = g.value(node, SH.severity) or SH.Violation
    spec = Spec(node, severity)
    path = g.value(node, SH.path)
    if path is not None:
        spec.path = path
        spec.path_steps = _path(g, path)
    for p in (SH.minCount, SH.maxCount, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.minLength):
        v = g.value(node, p)
        if v is not None:
            spec.params[p] = int(v)
    for p in (SH.datatype, SH["class"], SH.hasValue, SH.nodeKind, SH.minInclusive):
        vals = list(g.objects(node, p))
        if len(vals) > 1:
            raise Unsupported(f"several {p}")
        if vals:
            spec.params[p] = vals[0]
    pat = g.value(node, SH.pattern)
    if pat is not None:
        if g.value(node, SH.flags) is not None:
            raise Unsupported("flags")
        spec.params[SH.pattern] = re.compile(str(pat))
    if g.value(node, SH.uniqueLang) == Literal(True):
        spec.params[SH.uniqueLang] = True
    lst = g.value(node, SH["in"])
    if lst is not None:
        spec.params[SH["in"]] = list(Collection(g, lst))
    langs = g.value(node, SH.languageIn)
    if langs is not None:
        spec.params[SH.languageIn] = {str(x).lower() for x in Collection(g, langs)}
    for child in g.objects(node, SH.property):
        spec.properties.append(_spec(g, child, severity, depth + 1))
    ors = g.value(node, SH["or"])
    if ors is not None:
        spec.members = [_spec(g, m, severity, depth + 1) for m in Collection(g, ors)]
    nd = g.value(node, SH.node)
    if nd is not None:
        spec.node_spec = _spec(g, nd, severity, depth + 1)
    q = g.value(node, SH.qualifiedValueShape)
    if q is not None:
        if g.value(node, SH.qualifiedValueShapesDisjoint) is not None:
            raise Unsupported("qualifiedValueShapesDisjoint")
        spec.qualified = _spec(g, q, severity, depth + 1)
    spec.value_level = bool(_VALUE_PARAMS & set(spec.params)) or bool(spec.members) or spec.node_spec is not None
    return spec


def _path(g: Graph, path: Node) -> tuple:
    if isinstance(path, URIRef):
        return ("iri", [path])
    if (path, RDF.first, None) in g:
        items = list(Collection(g, path))
        if all(isinstance(i, URIRef) for i in items):
            return ("seq", items)
    alt = g.value(path, SH.alternativePath)
    if alt is not None:
        items = list(Collection(g, alt))
        if all(isinstance(i, URIRef) for i in items):
            return ("alt", items)
    raise Unsupported("complex path")


# ---------------------------------------------------------------------------------------------


@dataclass
class Hit:
    shape: Node
    component: URIRef
    severity: URIRef
    focus: Node
    path: Node | None
    value: Node | None
    detail: str


def evaluate(spec: Spec, targets: Targets, index: TripleIndex) -> list[Hit]:
    """All results of one compiled rule over its focus nodes."""
    hits: list[Hit] = []
    for focus in targets.focus(index):
        _shape(spec, focus, index, hits)
    return hits


def conforms(spec: Spec, focus: Node, index: TripleIndex) -> bool:
    sink: list[Hit] = []
    _shape(spec, focus, index, sink, stop=True)
    return not sink


def _shape(spec: Spec, focus: Node, index: TripleIndex, hits: list[Hit], stop: bool = False) -> None:
    values = index.values(focus, spec.path_steps) if spec.path is not None else [focus]
    _constraints(spec, focus, values, index, hits, stop)
    for child in spec.properties:
        if stop and hits:
            return
        _shape(child, focus, index, hits, stop)


def _hit(hits: list[Hit], spec: Spec, comp: str, focus: Node, value: Node | None, detail: str) -> None:
    hits.append(Hit(spec.node, C[comp], spec.severity, focus, spec.path, value, detail))


def _constraints(spec: Spec, focus: Node, values: list[Node], index: TripleIndex, hits: list[Hit], stop: bool) -> None:
    P = spec.params
    if not P and spec.qualified is None and not spec.members and spec.node_spec is None:
        return
    if MIN_COUNT in P and len(values) < P[MIN_COUNT]:
        _hit(hits, spec, "MinCount", focus, None, f"fewer than {P[MIN_COUNT]} value(s)")
    if MAX_COUNT in P and len(values) > P[MAX_COUNT]:
        _hit(hits, spec, "MaxCount", focus, None, f"{len(values)} values, at most {P[MAX_COUNT]}")
    if HAS_VALUE in P and P[HAS_VALUE] not in values:
        _hit(hits, spec, "HasValue", focus, None, f"value {P[HAS_VALUE]} missing")
    if UNIQUE_LANG in P:
        seen: set[str] = set()
        dups: list[str] = []
        for v in values:
            if isinstance(v, Literal) and v.language:
                low = v.language.lower()
                if low in seen and low not in dups:
                    dups.append(low)
                seen.add(low)
        for lang in dups:
            _hit(hits, spec, "UniqueLang", focus, None, f"several values in language {lang}")
    if spec.qualified is not None:
        n = sum(1 for v in values if conforms(spec.qualified, v, index))
        if Q_MAX in P and n > P[Q_MAX]:
            _hit(hits, spec, "QualifiedMaxCount", focus, None, f"{n} qualified values")
        if Q_MIN in P and n < P[Q_MIN]:
            _hit(hits, spec, "QualifiedMinCount", focus, None, f"{n} qualified values")
    if not spec.value_level:
        return
    for v in values:
        if stop and hits:
            return
        _value_checks(spec, focus, v, index, hits)


def _value_checks(spec: Spec, focus: Node, v: Node, index: TripleIndex, hits: list[Hit]) -> None:
    P = spec.params
    dt = P.get(DATATYPE)
    if dt is not None and not _datatype_ok(v, dt):
        _hit(hits, spec, "Datatype", focus, v, f"not a literal of datatype {dt}")
    cls = P.get(CLASS)
    if cls is not None and (isinstance(v, Literal) or not index.is_instance(v, cls)):
        _hit(hits, spec, "Class", focus, v, f"not an instance of {cls}")
    if IN in P and v not in P[IN]:
        _hit(hits, spec, "In", focus, v, "not in the allowed list")
    kind = P.get(NODE_KIND)
    if kind is not None and not _kind_ok(v, kind):
        _hit(hits, spec, "NodeKind", focus, v, f"not of node kind {kind}")
    if MIN_INCLUSIVE in P and not _min_inclusive_ok(v, P[MIN_INCLUSIVE]):
        _hit(hits, spec, "MinInclusive", focus, v, f"below {P[MIN_INCLUSIVE]}")
    if MIN_LENGTH in P and (isinstance(v, BNode) or len(str(v)) < P[MIN_LENGTH]):
        _hit(hits, spec, "MinLength", focus, v, f"shorter than {P[MIN_LENGTH]}")
    if PATTERN in P and (isinstance(v, BNode) or not P[PATTERN].search(str(v))):
        _hit(hits, spec, "Pattern", focus, v, f"does not match {P[PATTERN].pattern}")
    if LANGUAGE_IN in P:
        need = P[LANGUAGE_IN]
        lang = v.language.lower() if isinstance(v, Literal) and v.language else None
        if not lang or (lang not in need and lang.split("-")[0] not in need):
            _hit(hits, spec, "LanguageIn", focus, v, "language not allowed")
    if spec.members and not any(conforms(m, v, index) for m in spec.members):
        _hit(hits, spec, "Or", focus, v, "conforms to none of the sh:or shapes")
    if spec.node_spec is not None and not conforms(spec.node_spec, v, index):
        _hit(hits, spec, "Node", focus, v, f"does not conform to {spec.node_spec.node}")


_VALUE_TYPES = {XSD.integer: int, XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.dateTime: datetime,
                XSD.double: float, XSD.float: float}


def _datatype_ok(v: Node, dt: Node) -> bool:
    """pyshacl's DatatypeConstraintComponent: same datatype and a well-formed value."""
    if not isinstance(v, Literal):
        return False
    if dt == LANGSTRING:
        return bool(v.language)
    if dt == XSD_STRING and v.datatype is None and not v.language:
        return True
    if v.datatype != dt:
        return dt == RDFS_LITERAL or (dt == RDFS_DATATYPE and v.datatype is not None)
    if getattr(v, "ill_typed", None) is True:
        return False
    expected = _VALUE_TYPES.get(dt)
    if expected is None:
        return dt != XSD.string or isinstance(v.value, (str, bytes))
    if expected is date:
        return isinstance(v.value, date) and (dt != XSD.date or not isinstance(v.value, datetime))
    return isinstance(v.value, expected)


def _kind_ok(v: Node, kind: Node) -> bool:
    is_iri, is_b, is_l = isinstance(v, URIRef), isinstance(v, BNode), isinstance(v, Literal)
    return {SH.IRI: is_iri, SH.BlankNode: is_b, SH.Literal: is_l, SH.BlankNodeOrIRI: is_b or is_iri,
            SH.BlankNodeOrLiteral: is_b or is_l, SH.IRIOrLiteral: is_iri or is_l}.get(kind, False)


def _min_inclusive_ok(v: Node, m: Node) -> bool:
    if not isinstance(v, Literal) or not isinstance(m, Literal):
        return False
    a, b = v.value, m.value
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return False
    try:
        return a >= b
    except TypeError:
        return False


def supported_rules(shapes: Graph, rules: Iterable[Node]) -> dict[Node, Spec]:
    """rule → compiled spec, for every rule this evaluator can run."""
    out = {}
    for rule in rules:
        try:
            out[rule] = compile_rule(shapes, rule)
        except Unsupported:
            continue
    return out


__all__ = ["Spec", "Hit", "Unsupported", "compile_rule", "evaluate", "supported_rules"]
