"""Validation profiles: the shapes files, their rules, and the compiled form the validator runs.

A profile is a Turtle file in this folder whose ontology node has ``twpsh:profileName``;
``twpsh:extends`` pulls in another profile (publish extends core). Each profile is parsed
and compiled once per process (:func:`get_profile` is cached): each SHACL Core rule the fast core
supports becomes a :mod:`fastcore` spec, each SHACL-SPARQL constraint a query run once over the
whole data graph instead of once per focus node.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL
from rdflib.term import Node

from twpolice import iris
from twpolice.errors import UserError
from twpolice.shapes import fastcore
from twpolice.shapes.targets import SH, Targets

TWPSH = Namespace(str(iris.SHAPES))
SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
_NESTING = (SH.property, SH.node, SH["not"], SH.qualifiedValueShape)
_LISTS = (SH["or"], SH["and"], SH.xone)


@dataclass(frozen=True)
class RuleInfo:
    """One rule: a shape with a stable identifier, bilingual name and description, and a severity."""

    iri: URIRef
    id: str
    name: dict[str, str]
    description: dict[str, str]
    severity: str
    profile: str
    kind: str  # "core" (SHACL Core) or "sparql" (SHACL-SPARQL)


@dataclass(frozen=True)
class SparqlCheck:
    """A SHACL-SPARQL constraint compiled for whole-graph evaluation."""

    rule: URIRef
    constraint: Node
    query: str
    messages: dict[str, str]
    severity: URIRef
    targets: Targets


@dataclass
class Profile:
    name: str
    iri: URIRef
    version: str
    files: list[Path]
    graph: Graph
    rules: dict[URIRef, RuleInfo]
    shape_rule: dict[Node, URIRef]
    sparql: list[SparqlCheck]
    core_rules: list = field(default_factory=list)  # the SHACL Core rules (the rest are SHACL-SPARQL)
    fast: dict = field(default_factory=dict)  # rule → fastcore.Spec for the rules fastcore can run
    targets: dict = field(default_factory=dict)  # rule → Targets

    def rule(self, key: str | URIRef) -> RuleInfo:
        iri = URIRef(key) if str(key).startswith("http") else TWPSH[str(key)]
        return self.rules[iri]

    def rule_of_shape(self, shape: Node) -> URIRef | None:
        return self.shape_rule.get(shape)


def shapes_dir() -> Path:
    return Path(str(files("twpolice.shapes")))


def _read(path: Path) -> Graph:
    text = path.read_text(encoding="utf-8")
    if iris.BASE != iris.DEFAULT_BASE:  # a deployment with its own base: shapes follow it
        text = text.replace(iris.DEFAULT_BASE, iris.BASE)
    g = Graph()
    g.parse(data=text, format="turtle")
    return g


@lru_cache(maxsize=1)
def profile_sources() -> dict[str, tuple[Path, URIRef, str, URIRef | None]]:
    """name → (file, ontology IRI, version, extended profile IRI)."""
    found: dict[str, tuple[Path, URIRef, str, URIRef | None]] = {}
    for path in sorted(shapes_dir().glob("*.ttl")):
        g = _read(path)
        for onto, name in g.subject_objects(TWPSH.profileName):
            version = str(g.value(onto, OWL.versionInfo) or "")
            found[str(name)] = (path, URIRef(onto), version, g.value(onto, TWPSH.extends))
    return found


def profile_names() -> list[str]:
    return list(profile_sources())


def _chain(name: str) -> list[str]:
    sources = profile_sources()
    by_iri = {iri: n for n, (_, iri, _, _) in sources.items()}
    chain, current = [], name
    while current is not None and current not in chain:
        chain.insert(0, current)
        parent = sources[current][3]
        current = by_iri.get(parent) if parent is not None else None
    return chain


@lru_cache(maxsize=None)
def get_profile(name: str) -> Profile:
    """The compiled profile (parsed and harvested once per process)."""
    sources = profile_sources()
    if name not in sources:
        names = "、".join(sources)
        raise UserError(f"未知的驗證設定檔：{name}（可用：{names}）", f"unknown validation profile: {name} (available: {', '.join(sources)})")
    graph = Graph()
    paths = []
    for member in _chain(name):
        path = sources[member][0]
        paths.append(path)
        graph += _read(path)
    for prefix, ns in iris.PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    graph.bind("twpsh", str(TWPSH), override=True)
    names = {iri: n for n, (_, iri, _, _) in sources.items()}
    rules: dict[URIRef, RuleInfo] = {}
    shape_rule: dict[Node, URIRef] = {}
    for rule in sorted(graph.subjects(RDF.type, TWPSH.Rule), key=str):
        info = _rule_info(graph, URIRef(rule), names)
        rules[info.iri] = info
        for node in _nested(graph, rule):
            shape_rule.setdefault(node, info.iri)
    _, iri, version, _ = sources[name]
    profile = Profile(name, iri, version, paths, graph, rules, shape_rule, _sparql_checks(graph, rules))
    profile.core_rules = [iri for iri, info in rules.items() if info.kind == "core"]
    profile.fast = fastcore.supported_rules(graph, profile.core_rules)
    profile.targets = {iri: _targets(graph, iri) for iri in rules}
    return profile


def _texts(graph: Graph, node: Node, prop: URIRef) -> dict[str, str]:
    out: dict[str, str] = {}
    for lit in graph.objects(node, prop):
        if isinstance(lit, Literal):
            out[(lit.language or "").lower().replace("zh-hant", "zh-Hant")] = str(lit)
    return out


def _rule_info(graph: Graph, rule: URIRef, names: dict[URIRef, str]) -> RuleInfo:
    severity = SEVERITIES.get(graph.value(rule, SH.severity), "Violation")
    defined = graph.value(rule, RDFS.isDefinedBy)
    kind = "sparql" if (rule, SH.sparql, None) in graph else "core"
    rid = str(rule)[len(str(TWPSH)):] if str(rule).startswith(str(TWPSH)) else str(rule)
    return RuleInfo(rule, rid, _texts(graph, rule, SH.name), _texts(graph, rule, SH.description), severity,
                    names.get(defined, "core"), kind)


def _nested(graph: Graph, shape: Node) -> list[Node]:
    """The shape and every shape nested in it (property shapes, sh:or members …)."""
    out, todo = [], [shape]
    while todo:
        node = todo.pop()
        if node in out:
            continue
        out.append(node)
        for p in _NESTING:
            todo.extend(graph.objects(node, p))
        for p in _LISTS:
            for head in graph.objects(node, p):
                todo.extend(Collection(graph, head))
    return out


def _targets(graph: Graph, shape: Node) -> Targets:
    return Targets(
        tuple(graph.objects(shape, SH.targetClass)),
        tuple(graph.objects(shape, SH.targetSubjectsOf)),
        tuple(graph.objects(shape, SH.targetObjectsOf)),
        tuple(graph.objects(shape, SH.targetNode)),
    )


def _prefix_block(graph: Graph, constraint: Node) -> str:
    lines = []
    for decl_holder in graph.objects(constraint, SH.prefixes):
        for decl in graph.objects(decl_holder, SH.declare):
            lines.append(f"PREFIX {graph.value(decl, SH.prefix)}: <{graph.value(decl, SH.namespace)}>")
    return "\n".join(lines) + "\n"


def _sparql_checks(graph: Graph, rules: dict[URIRef, RuleInfo]) -> list[SparqlCheck]:
    checks = []
    for rule in rules:
        for constraint in graph.objects(rule, SH.sparql):
            if graph.value(constraint, SH.deactivated) == Literal(True):
                continue
            select = str(graph.value(constraint, SH.select))
            checks.append(SparqlCheck(
                rule, constraint, _prefix_block(graph, constraint) + select, _texts(graph, constraint, SH.message),
                graph.value(rule, SH.severity) or SH.Violation, _targets(graph, rule),
            ))
    return checks
