"""A read-only in-memory triple index with the small part of rdflib's ``Graph`` API validation needs.

Building an rdflib ``Graph`` costs ~100 µs per triple (its store keeps contexts and events);
this index costs ~2 µs and answers the lookups the fast evaluator, the target computation
and the report make. :meth:`to_graph` gives a real rdflib graph when pyshacl needs one.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from rdflib import RDF, RDFS, Graph
from rdflib.term import Node

Triple = tuple[Node, Node, Node]
RDF_TYPE, SUBCLASS = RDF.type, RDFS.subClassOf


class TripleIndex:
    """subject → predicate → objects, predicate → (subject, object) pairs; reverse index on demand."""

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        self.out: dict[Node, dict[Node, list[Node]]] = {}
        self.by_pred: dict[Node, list[tuple[Node, Node]]] = {}
        self._seen: set[Triple] = set()
        self._in: dict[Node, list[tuple[Node, Node]]] | None = None
        self._supers: dict[Node, set[Node]] = {}
        self.add_all(triples)

    def add_all(self, triples: Iterable[Triple]) -> None:
        seen, out, by_pred = self._seen, self.out, self.by_pred
        for t in triples:
            if t in seen:
                continue
            seen.add(t)
            s, p, o = t
            preds = out.get(s)
            if preds is None:
                preds = out[s] = {}
            objs = preds.get(p)
            if objs is None:
                preds[p] = [o]
            else:
                objs.append(o)
            pairs = by_pred.get(p)
            if pairs is None:
                by_pred[p] = [(s, o)]
            else:
                pairs.append((s, o))
        self._in = None
        self._supers.clear()

    # -- rdflib-like API ---------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._seen)

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._seen)

    def __contains__(self, triple: tuple) -> bool:
        s, p, o = triple
        if s is None:
            return any(True for _ in self.subjects(p, o))
        preds = self.out.get(s)
        if not preds:
            return False
        if p is None:
            return o is None or any(o in objs for objs in preds.values())
        objs = preds.get(p)
        return bool(objs) and (o is None or o in objs)

    def objects(self, subject: Node | None = None, predicate: Node | None = None) -> Iterator[Node]:
        if subject is not None:
            preds = self.out.get(subject)
            if not preds:
                return iter(())
            if predicate is not None:
                return iter(preds.get(predicate, ()))
            return (o for objs in preds.values() for o in objs)
        if predicate is not None:
            return (o for _, o in self.by_pred.get(predicate, ()))
        return (t[2] for t in self._seen)

    def subjects(self, predicate: Node | None = None, object: Node | None = None) -> Iterator[Node]:  # noqa: A002
        if object is not None:
            return (s for s, p in self._reverse().get(object, ()) if predicate is None or p == predicate)
        if predicate is not None:
            return iter(dict.fromkeys(s for s, _ in self.by_pred.get(predicate, ())))
        return iter(self.out)

    def value(self, subject: Node, predicate: Node) -> Node | None:
        preds = self.out.get(subject)
        if preds:
            objs = preds.get(predicate)
            if objs:
                return objs[0]
        return None

    def predicate_objects(self, subject: Node) -> Iterator[tuple[Node, Node]]:
        return ((p, o) for p, objs in self.out.get(subject, {}).items() for o in objs)

    def to_graph(self) -> Graph:
        g = Graph()
        g.addN((s, p, o, g) for s, p, o in self._seen)
        return g

    # -- helpers for the evaluator -----------------------------------------------------------
    def _reverse(self) -> dict[Node, list[tuple[Node, Node]]]:
        if self._in is None:
            rev: dict[Node, list[tuple[Node, Node]]] = {}
            for s, p, o in self._seen:
                rev.setdefault(o, []).append((s, p))
            self._in = rev
        return self._in

    def values(self, focus: Node, steps: tuple) -> list[Node]:
        """Value nodes of a compiled SHACL path: ("iri"|"alt"|"seq", [predicates])."""
        kind, preds = steps
        if kind == "iri":
            d = self.out.get(focus)
            return d.get(preds[0], []) if d else []
        if kind == "alt":
            seen: dict[Node, None] = {}
            for p in preds:
                for o in self.objects(focus, p):
                    seen[o] = None
            return list(seen)
        current = [focus]
        for p in preds:
            nxt: dict[Node, None] = {}
            for n in current:
                for o in self.objects(n, p):
                    nxt[o] = None
            current = list(nxt)
        return current

    def is_instance(self, node: Node, cls: Node) -> bool:
        """rdf:type/rdfs:subClassOf* cls, as sh:class and sh:targetClass read it."""
        for t in self.objects(node, RDF_TYPE):
            if t == cls or cls in self.superclasses(t):
                return True
        return False

    def superclasses(self, cls: Node) -> set[Node]:
        if cls not in self._supers:
            seen, todo = set(), [cls]
            while todo:
                for sup in self.objects(todo.pop(), SUBCLASS):
                    if sup not in seen:
                        seen.add(sup)
                        todo.append(sup)
            self._supers[cls] = seen
        return self._supers[cls]
