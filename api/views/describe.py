"""Reading resources straight from the store for Linked Data documents and pages.

These are fixed, bounded look-ups (by IRI, with limits), so they run in the web
process on the shared read-only store; user-written SPARQL goes to the runner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

import pyoxigraph as ox

from twpolice import iris
from twpolice.graph.store import DEFAULT_GRAPH as UNION

RDF_TYPE = ox.NamedNode(str(iris.RDF.type))
LABEL_PROPS = [
    str(iris.SKOS.prefLabel), str(iris.RDFS.label), str(iris.DCTERMS.title), str(iris.FOAF.name),
]
LABEL_NODES = [ox.NamedNode(p) for p in LABEL_PROPS]
INBOUND_LIMIT = 500


_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def iri_ref(value: str) -> str:
    """``<value>`` for a query text; refuses characters that could break out of an IRI reference."""
    if _BAD_IRI.search(value):
        raise ValueError(f"not an IRI: {value!r}")
    return f"<{value}>"


def node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _lang_ok(lit: ox.Literal, lang: str) -> bool:
    tag = (lit.language or "").lower()
    want = lang.lower()
    return tag == want or tag.startswith(want + "-")


def pick_literal(values: Iterable, lang: str) -> str | None:
    """The value in ``lang``, else zh-Hant, else en, else any plain literal."""
    vals = [v for v in values if isinstance(v, ox.Literal)]
    for want in (lang, "zh-Hant", "zh", "en"):
        for v in vals:
            if _lang_ok(v, want):
                return v.value
    for v in vals:
        if not v.language:
            return v.value
    return vals[0].value if vals else None


class Describer:
    """Look-ups over one (read-only) pyoxigraph store, in its default graph (the union of the named graphs)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._label_cache: dict[tuple[str, str], str | None] = {}

    def objects(self, s: str, p: str) -> list:
        seen, out = set(), []
        for q in self.store.quads_for_pattern(node(s), node(p), None, UNION):
            if q.object not in seen:
                seen.add(q.object)
                out.append(q.object)
        return out

    def first(self, s: str, p: str):
        objs = self.objects(s, p)
        return objs[0] if objs else None

    def subjects(self, p: str, o, limit: int = 10_000) -> list:
        seen, out = set(), []
        obj = node(o) if isinstance(o, str) else o
        for q in self.store.quads_for_pattern(None, node(p), obj, UNION):
            if q.subject not in seen:
                seen.add(q.subject)
                out.append(q.subject)
                if len(out) >= limit:
                    break
        return out

    def types(self, s: str) -> set[str]:
        return {o.value for o in self.objects(s, str(iris.RDF.type)) if isinstance(o, ox.NamedNode)}

    def exists(self, s: str) -> bool:
        n = node(s)
        for _ in self.store.quads_for_pattern(n, None, None, UNION):
            return True
        for _ in self.store.quads_for_pattern(None, None, n, UNION):
            return True
        return False

    def label(self, s: str, lang: str) -> str | None:
        key = (s, lang)
        if key in self._label_cache:
            return self._label_cache[key]
        n = node(s)
        value = None
        for p in LABEL_NODES:
            vals = [q.object for q in self.store.quads_for_pattern(n, p, None, UNION)]
            value = pick_literal(vals, lang)
            if value:
                break
        if len(self._label_cache) < 200_000:
            self._label_cache[key] = value
        return value

    def literal(self, s: str, p: str, lang: str) -> str | None:
        return pick_literal(self.objects(s, p), lang)

    def outgoing(self, s: str) -> list[tuple[ox.NamedNode, object]]:
        seen, out = set(), []
        for q in self.store.quads_for_pattern(node(s), None, None, UNION):
            key = (q.predicate, q.object)
            if key not in seen:
                seen.add(key)
                out.append(key)
        return out

    def incoming(self, o: str, limit: int = INBOUND_LIMIT) -> tuple[list[tuple[object, ox.NamedNode]], bool]:
        seen, out = set(), []
        for q in self.store.quads_for_pattern(None, None, node(o), UNION):
            key = (q.subject, q.predicate)
            if key not in seen:
                seen.add(key)
                out.append(key)
                if len(out) > limit:
                    return out[:limit], True
        return out, False

    def triples(self, s: str, *, inbound: bool = True) -> list[ox.Triple]:
        """The description of ``s``: its own triples plus (a bounded number of) triples pointing at it."""
        n = node(s)
        out = [ox.Triple(n, p, o) for p, o in self.outgoing(s)]
        if inbound:
            for subj, p in self.incoming(s)[0]:
                out.append(ox.Triple(subj, p, n))
        return out

    def triples_with_prefix(self, prefix: str) -> list[ox.Triple]:
        """Every triple whose subject IRI starts with ``prefix`` (the ontology under /def)."""
        seen, out = set(), []
        for q in self.store.quads_for_pattern(None, None, None, UNION):
            if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(prefix):
                t = ox.Triple(q.subject, q.predicate, q.object)
                if t not in seen:
                    seen.add(t)
                    out.append(t)
        return out

    def select(self, sparql: str, **bindings: str) -> list[dict[str, object]]:
        """Run a fixed page query (union default graph); ``$name`` placeholders get IRIs substituted."""
        for name, value in sorted(bindings.items(), key=lambda kv: -len(kv[0])):
            sparql = sparql.replace("$" + name, iri_ref(value))
        res = self.store.query(sparql, prefixes=iris.PREFIXES)
        names = [v.value for v in res.variables]
        return [dict(zip(names, sol)) for sol in res]


@dataclass
class Term:
    """A term ready for a template: text, link (local path or external IRI), kind."""

    text: str
    href: str | None = None
    iri: str | None = None
    lang: str | None = None
    datatype: str | None = None
