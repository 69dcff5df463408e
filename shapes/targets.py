"""The SHACL namespace and a rule's targets: which nodes of a data graph (an rdflib Graph or the fast core's
:class:`~twpolice.shapes.index.TripleIndex`) a rule is checked on — explicit targets, no inference."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, RDFS, Literal, Namespace, URIRef
from rdflib.term import Node

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Targets:
    """The SHACL targets of a rule (explicit; no inference)."""

    classes: tuple[URIRef, ...] = ()
    subjects_of: tuple[URIRef, ...] = ()
    objects_of: tuple[URIRef, ...] = ()
    nodes: tuple[Node, ...] = ()

    def focus(self, graph) -> set[Node]:
        """Focus nodes in an rdflib Graph or a :class:`~twpolice.shapes.index.TripleIndex`."""
        found: set[Node] = set(n for n in self.nodes if (n, None, None) in graph or (None, None, n) in graph)
        by_pred = getattr(graph, "by_pred", None)
        if self.classes:
            wanted: set[Node] = set()
            for cls in self.classes:
                wanted |= _subclasses(graph, cls)
            if by_pred is not None:
                found.update(s for s, o in by_pred.get(RDF.type, ()) if o in wanted)
            else:
                for sub in wanted:
                    found.update(graph.subjects(RDF.type, sub))
        for p in self.subjects_of:
            if by_pred is not None:
                found.update(s for s, _ in by_pred.get(p, ()))
            else:
                found.update(graph.subjects(p, None))
        for p in self.objects_of:
            found.update(o for o in graph.objects(None, p) if not isinstance(o, Literal))
        return found


def _subclasses(graph, cls: URIRef) -> set[Node]:
    by_pred = getattr(graph, "by_pred", None)
    if by_pred is not None:
        children: dict[Node, list[Node]] = {}
        for s, o in by_pred.get(RDFS.subClassOf, ()):
            children.setdefault(o, []).append(s)
        subjects = lambda c: children.get(c, ())  # noqa: E731
    else:
        subjects = lambda c: graph.subjects(RDFS.subClassOf, c)  # noqa: E731
    seen, todo = {cls}, [cls]
    while todo:
        for sub in subjects(todo.pop()):
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return seen
