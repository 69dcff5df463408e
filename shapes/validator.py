"""Fast validation of a submission against a profile (``core`` or ``publish``).

What is validated: the submitted triples plus only the vocabulary they reference (value
types, operators, units, funding sources, document types, shared indicators, agencies) —
never the whole store. Shapes are parsed and compiled once per process; the SHACL Core part
runs in pyshacl over an rdflib in-memory graph, the SHACL-SPARQL part once per constraint in
Oxigraph (see :mod:`twpolice.shapes.engine`). Results are reported only for resources the
submission mentions.
"""

from __future__ import annotations

import os
import time
from typing import Iterable

import pyoxigraph as ox
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.graph import ConjunctiveGraph, Dataset
from rdflib.term import BNode, Node

from twpolice.iris import TWP
from twpolice.shapes import engine
from twpolice.shapes.messages import Labeler, describe_core, fill, path_text
from twpolice.shapes.profiles import SH, Profile, RuleInfo, get_profile, profile_names
from twpolice.shapes.result import Origin, RuleResult, SourceRef, ValidationResult
from twpolice.shapes.index import TripleIndex
from twpolice.shapes.terms import curie, literal_display, quiet_rdflib, triples_to_store
from twpolice.terms import to_ox, to_rdflib
from twpolice.shapes.vocabulary import vocabulary

__all__ = ["validate_graph", "validate_triples", "default_time_limit", "preload", "ValidationResult", "RuleResult"]

DEFAULT_TIME_LIMIT = 60.0


def default_time_limit() -> float:
    """``$TWPOLICE_VALIDATION_TIMEOUT`` seconds, else 60."""
    try:
        return float(os.environ.get("TWPOLICE_VALIDATION_TIMEOUT", DEFAULT_TIME_LIMIT))
    except ValueError:
        return DEFAULT_TIME_LIMIT


def preload(profiles: Iterable[str] | None = None) -> None:
    """Parse and compile the shapes and vocabularies now (e.g. at API start-up)."""
    vocabulary()
    for name in profiles or profile_names():
        get_profile(name)


def validate_triples(triples: Iterable, profile: str = "core", *, time_limit: float | None = None,
                     engine_name: str = "fast") -> ValidationResult:
    """Validate triples as produced by ``converters.rdf.extraction_triples``.

    Accepts rdflib term tuples and pyoxigraph terms (tuples or ``ox.Triple``/``ox.Quad``); pyoxigraph
    terms go to the SPARQL store as they are.
    """
    rdf: list[tuple[Node, Node, Node]] = []
    native: list[tuple] = []
    cache: dict = {}
    with quiet_rdflib():
        for t in triples:
            s, p, o = _spo(t)
            if isinstance(s, Node):
                rdf.append((s, p, o))
                continue
            native.append((s, p, o))
            rdf.append((_cached(s, cache), _cached(p, cache), _cached(o, cache)))
    if native and len(native) != len(rdf):
        native = []  # mixed input: convert everything for the store
    return _validate(rdf, native or None, profile, time_limit, engine_name, None)


def validate_graph(data: Graph, profile: str = "core", *, time_limit: float | None = None,
                   engine_name: str = "fast") -> ValidationResult:
    """Validate an rdflib graph (plain, or a dataset whose graphs are merged) against ``profile``.

    ``engine_name="pyshacl"`` runs plain pyshacl on the same triples instead (the slow reference).
    A :class:`~twpolice.shapes.submission.Submission` from a spreadsheet carries cell origins, which the
    results then point at.
    """
    return _validate(_triples(data), None, profile, time_limit, engine_name, getattr(data, "origins", None))


def _spo(t) -> tuple:
    if isinstance(t, tuple):
        return t[0], t[1], t[2]
    return t.subject, t.predicate, t.object  # ox.Triple / ox.Quad


def _term(term) -> Node:
    return term if isinstance(term, Node) else to_rdflib(term)


def _cached(term, cache: dict) -> Node:
    found = cache.get(term)
    if found is None:
        found = cache[term] = to_rdflib(term)
    return found


def _triples(data: Graph) -> list[tuple[Node, Node, Node]]:
    if isinstance(data, (Dataset, ConjunctiveGraph)):
        return [(s, p, o) for s, p, o, _ in data.quads((None, None, None, None))]
    return list(data)


def _validate(submitted: list[tuple[Node, Node, Node]], native: list[tuple] | None, profile: str,
              time_limit: float | None, engine_name: str, origins) -> ValidationResult:
    t0 = time.perf_counter()
    deadline = engine.Deadline(default_time_limit() if time_limit is None else time_limit)
    prof = get_profile(profile)
    timings: dict[str, float] = {}
    with quiet_rdflib():
        index = TripleIndex(submitted)
        n_submitted = len(index)
        scope = _scope(submitted)
        referenced = vocabulary().referenced(submitted)
        index.add_all(referenced)
        timings["prepare"] = time.perf_counter() - t0
        deadline.check()
        t1 = time.perf_counter()
        if engine_name == "pyshacl":
            raw = engine.run_pyshacl(prof, index.to_graph())
        else:
            raw = engine.run_core(prof, index, deadline)
            timings["core"] = time.perf_counter() - t1
            t1 = time.perf_counter()
            if prof.sparql:
                store, bnodes = _store(native, referenced, index)
                raw += engine.run_sparql(prof, index, store, bnodes, deadline)
        timings["sparql"] = time.perf_counter() - t1
        raw = [r for r in engine.dedupe(raw) if r.focus in scope]
        t1 = time.perf_counter()
        results = _enrich(prof, raw, index, origins)
        timings["report"] = time.perf_counter() - t1
    return ValidationResult(prof.name, prof.version, results, n_submitted, time.perf_counter() - t0, timings)


def _store(native: list[tuple] | None, referenced: list, index: TripleIndex):
    """The Oxigraph copy for the SPARQL constraints (pyoxigraph terms used as given when we have them)."""
    if native is None:
        return triples_to_store(index)
    store = ox.Store()
    dg = ox.DefaultGraph()
    cache: dict = {}

    def conv(term):
        found = cache.get(term)
        if found is None:
            found = cache[term] = to_ox(term)
        return found

    store.bulk_extend(ox.Quad(s, p, o, dg) for s, p, o in native)
    store.bulk_extend(ox.Quad(conv(s), conv(p), conv(o), dg) for s, p, o in referenced)
    return store, {}


def _scope(triples: list[tuple[Node, Node, Node]]) -> set[Node]:
    scope: set[Node] = set()
    for s, _, o in triples:
        scope.add(s)
        if not isinstance(o, Literal):
            scope.add(o)
    return scope


# ---------------------------------------------------------------------------------------------


def _enrich(prof: Profile, raw: list[engine.RawResult], work: TripleIndex, origins) -> list[RuleResult]:
    labeler = Labeler(work)
    out = [_result(prof, r, work, labeler, origins) for r in raw]
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    out.sort(key=lambda r: (order[r.severity], r.rule, r.focus_node, r.path or "", r.value or ""))
    return out


def _result(prof: Profile, r: engine.RawResult, work: TripleIndex, labeler: Labeler, origins) -> RuleResult:
    info = prof.rules.get(r.rule) or RuleInfo(r.rule, curie(r.rule), {}, {}, "Violation", prof.name, "core")
    severity = str(r.severity).rsplit("#", 1)[-1]
    if r.component == SH.SPARQLConstraintComponent:
        message = {lang: fill(t, r.bindings, labeler, lang) for lang, t in r.messages.items() if lang in ("zh-Hant", "en")}
        exp = r.bindings.get("expected")
        expected = ({lang: labeler.display(exp, lang) if not isinstance(exp, Literal) else str(exp) for lang in ("zh-Hant", "en")}
                    if exp is not None else dict(info.name))
        path = curie(r.path) if r.path is not None else None
    else:
        message, expected = describe_core(prof.graph, r.shape, r.component, r.value, r.path, r.focus, labeler, work)
        path = path_text(prof.graph, r.path) or None
    value = None
    if r.value is not None and r.value != r.focus:
        value = literal_display(r.value)
    focus_text = str(r.focus) if not isinstance(r.focus, BNode) else f"_:{r.focus}"
    return RuleResult(
        rule=info.id, rule_iri=str(info.iri), rule_name=dict(info.name), severity=severity,
        focus_node=focus_text, focus_label=labeler.labels(r.focus), path=path, value=value, message=message,
        expected=expected, detail=r.detail, component=curie(r.component) if r.component is not None else "",
        source=_source(work, r.focus, r.value), origin=_origin(origins, r, prof.graph),
        terms={"focus": r.focus, "path": r.path, "value": r.value, "shape": r.shape, "component": r.component,
               "constraint": r.constraint, "shapes": prof.graph},
    )


def _passage_of(g: TripleIndex, node: Node | None) -> Node | None:
    if node is None or isinstance(node, Literal):
        return None
    if (node, RDF.type, TWP.SourcePassage) in g:
        return node
    passages = list(g.objects(node, TWP.sourcePassage))
    if not passages:
        return None
    return min(passages, key=lambda p: (_int(g.value(p, TWP.lineStart)) or 0, str(p)))


def _source(g: TripleIndex, focus: Node, value: Node | None) -> SourceRef | None:
    """The passage a result's resource came from: its own, its value's, or a measurement's it is tied to."""
    candidates = [focus, value]
    candidates += [o for o in g.objects(focus, None) if (o, RDF.type, TWP.Measurement) in g]
    candidates += [s for s in g.subjects(None, focus) if (s, RDF.type, TWP.Measurement) in g][:1]
    for node in candidates:
        passage = _passage_of(g, node)
        if passage is None:
            continue
        doc = g.value(passage, TWP.inDocument)
        file = g.value(doc, TWP.sourceFile) if doc is not None else None
        quote = g.value(passage, TWP.quote)
        return SourceRef(str(doc) if doc is not None else "", str(file) if file is not None else None,
                         _int(g.value(passage, TWP.lineStart)), _int(g.value(passage, TWP.lineEnd)),
                         str(quote) if quote is not None else None)
    return None


def _int(term: Node | None) -> int | None:
    try:
        return int(str(term)) if term is not None else None
    except ValueError:
        return None


def _origin(origins, r: engine.RawResult, shapes: Graph) -> Origin | None:
    """Row and column of a submitted spreadsheet cell behind a result (CSV submissions only)."""
    if not origins:
        return None
    first = r.path
    if isinstance(first, BNode) and (first, RDF.first, None) in shapes:
        first = next(iter(Collection(shapes, first)), None)
    keys = []
    if isinstance(first, URIRef):
        keys.append((r.focus, first))
    if r.value is not None and not isinstance(r.value, Literal):
        keys.append((r.value, None))
    keys.append((r.focus, None))
    for key in keys:
        if key in origins:
            return origins[key]
    return None
