"""Queries that are provably cheap, answered in the web process without the worker hop.

Every user query normally goes to a killable worker process (:mod:`twpolice.api.query.pool`)
because pyoxigraph cannot interrupt a running query. That socket hop costs more than a
point look-up itself, so this module recognises, from the query text alone (the one SPARQL
lexer, :func:`twpolice.sparqltext.tokens`; no rdflib parse), a subset whose work is bounded by the data:

* ``SELECT [DISTINCT|REDUCED] ?v… | *``, ``ASK``, ``CONSTRUCT {template}`` or
  ``CONSTRUCT WHERE`` over one basic graph pattern, optionally ``LIMIT``/``OFFSET``;
  no FROM, FILTER, OPTIONAL, UNION, MINUS, GRAPH, SERVICE, BIND, VALUES, sub-queries,
  property paths, blank nodes or collections in the pattern, expressions, aggregates,
  GROUP BY, HAVING or ORDER BY (anything not in this list is refused, not guessed);
* every triple pattern's subject is a constant IRI or a variable that is the object of
  another pattern which is itself anchored this way (a tree following out-edges from
  constants), at most :data:`MAX_PATTERNS` patterns;
* ``DESCRIBE <iri>…`` when the store has no blank node in object position (then
  Oxigraph's description is exactly the IRI's out-edges).

Why the bound holds: with ``D`` = the largest number of quads sharing one subject
(computed once at start; the store is read-only while serving), a pattern at depth
``d`` of the tree can only match quads whose subject is reached by ``d-1`` out-edges
from a constant, so a ``k``-pattern query has at most ``D**k`` solutions. A single
pattern with a constant subject is one index range of at most ``D`` quads, whatever the
engine does, so it runs on the store directly. With two or more patterns the engine's
join order is its own business (it might scan an unanchored pattern first), so those
run on a scratch store holding only the quads reachable from the constants (fetched
here, at most ``Σ D**d``, stopping at the budget): the solutions are the same, because
every quad a solution uses is reachable that way, and the engine's work is bounded by the
scratch store's size. Queries whose bound exceeds the budget take the worker path.

The commonest shape, ``SELECT ?p ?o WHERE { <iri> ?p ?o }``, is recognised by one regular
expression before the lexer runs (a strict subset of what the parser accepts; tests check it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

from twpolice.api.query import results
from twpolice.api.query.worker import execute
from twpolice.graph.store import DEFAULT_GRAPH as UNION
from twpolice.sparqltext import Token, tokens

MAX_PATTERNS = 6
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DEFAULT_BUDGET = 20_000

_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_WS = r"[ \t\r\n]"
_ABS_IRI = r"<[A-Za-z][A-Za-z0-9+.\-]*:[^<>\"{}|^`\\\x00-\x20]*>"
_VAR = r"[?$][A-Za-z0-9_]+"
# The most common shape, ``SELECT ?p ?o WHERE { <iri> ?p ?o } [LIMIT n]``, matched in one step: a strict subset
# of what the parser below accepts (no comments, escapes, prefixed names or other whitespace; checked by tests).
_POINT = re.compile(
    rf"{_WS}*(?i:SELECT){_WS}+(?:(?P<mod>(?i:DISTINCT|REDUCED)){_WS}+)?(?P<proj>\*|(?:{_VAR}{_WS}*)+){_WS}*"
    rf"(?:(?i:WHERE){_WS}*)?"
    rf"\{{{_WS}*(?P<s>{_ABS_IRI}){_WS}*(?P<p>{_VAR}|{_ABS_IRI}|a{_WS}){_WS}*(?P<o>{_VAR}|{_ABS_IRI})"
    rf"{_WS}*(?:\.{_WS}*)?\}}{_WS}*(?:(?i:LIMIT){_WS}+(?P<limit>[0-9]+){_WS}*)?")
_VAR_NAME = re.compile(_VAR)
_LOCAL_ESC = re.compile(r"\\(.)")


class NotCheap(Exception):
    """The query is outside the provably cheap subset (it goes to a worker)."""


@dataclass(frozen=True)
class Term:
    """A pattern term: ``var`` (name), ``iri`` (absolute IRI, or None when not resolvable) or ``other``."""

    kind: str
    value: str | None


@dataclass
class Plan:
    """What :func:`classify` found: the form, the patterns (subject, predicate, object) and their depths."""

    form: str
    patterns: list[tuple[Term, Term, Term]] = field(default_factory=list)
    depths: list[int] = field(default_factory=list)
    describe: list[str] = field(default_factory=list)
    pnames: bool = True  # the text has prefixed names (else the engine needs no predeclared prefixes)

    @property
    def direct(self) -> bool:
        """One pattern with a constant subject (or DESCRIBE, or no pattern): one index range, no join."""
        return self.form == "DESCRIBE" or len(self.patterns) <= 1


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` (the one SPARQL lexer, :func:`twpolice.sparqltext.tokens`); a character outside the
    known token forms refuses."""
    toks = tokens(text)
    for tok in toks:
        if tok.kind == "other":
            raise NotCheap(f"unexpected text {tok.text!r}")
    return toks


class _Parser:
    def __init__(self, toks: list[Token], prefixes: dict[str, str]) -> None:
        self.toks, self.i = toks, 0
        self.prefixes = dict(prefixes)
        self.base: str | None = None

    # -- token helpers -------------------------------------------------------------
    def peek(self, k: int = 0) -> Token | None:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def next(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise NotCheap("unexpected end")
        self.i += 1
        return tok

    def is_word(self, *words: str) -> bool:
        tok = self.peek()
        return tok is not None and tok.kind == "word" and tok.text.upper() in words

    def is_punct(self, text: str) -> bool:
        tok = self.peek()
        return tok is not None and tok.kind == "punct" and tok.text == text

    def expect_punct(self, text: str) -> None:
        if not self.is_punct(text):
            raise NotCheap(f"expected {text}")
        self.i += 1

    # -- terms -----------------------------------------------------------------------
    def iri_value(self, tok: Token) -> str | None:
        """The absolute IRI a token denotes, or None when it cannot be resolved here with certainty."""
        if tok.kind == "iri":
            value = tok.text[1:-1]
            return value if _ABSOLUTE.match(value) else None
        prefix, _, local = tok.text.partition(":")
        ns = self.prefixes.get(prefix)
        if ns is None or not _ABSOLUTE.match(ns):
            return None
        return ns + _LOCAL_ESC.sub(r"\1", local)

    def term(self, position: str) -> Term:
        tok = self.next()
        if tok.kind == "var":
            return Term("var", tok.text[1:])
        if tok.kind in ("iri", "pname"):
            return Term("iri", self.iri_value(tok))
        if position == "verb" and tok.kind == "word" and tok.text == "a":
            return Term("iri", RDF_TYPE)
        if position == "object":
            if tok.kind == "str":
                if self.peek() is not None and self.peek().kind == "lang":
                    self.i += 1
                elif self.is_punct("^^"):
                    self.i += 1
                    if self.next().kind not in ("iri", "pname"):
                        raise NotCheap("bad datatype")
                return Term("other", None)
            if tok.kind == "num" or (tok.kind == "word" and tok.text in ("true", "false")):
                return Term("other", None)
        if position == "template" and tok.kind == "bnode":
            return Term("other", None)
        raise NotCheap(f"{tok.text!r} is not allowed as a {position}")

    def triples(self, closing: str, template: bool = False) -> list[tuple[Term, Term, Term]]:
        """``s p o ; p o , o . …`` up to ``closing`` (consumed)."""
        out: list[tuple[Term, Term, Term]] = []
        node = "template" if template else None
        while not self.is_punct(closing):
            s = self.term(node or "subject")
            while True:
                p = self.term("verb")
                while True:
                    o = self.term(node or "object") if not template else self._template_object()
                    out.append((s, p, o))
                    if not self.is_punct(","):
                        break
                    self.i += 1
                if not self.is_punct(";"):
                    break
                while self.is_punct(";"):
                    self.i += 1
                if self.is_punct(".") or self.is_punct(closing):
                    break
            if self.is_punct("."):
                self.i += 1
            elif not self.is_punct(closing):
                raise NotCheap("expected . or }")
            if len(out) > MAX_PATTERNS * 4:
                raise NotCheap("too many patterns")
        self.i += 1
        return out

    def _template_object(self) -> Term:
        tok = self.peek()
        if tok is not None and tok.kind == "bnode":
            self.i += 1
            return Term("other", None)
        return self.term("object")

    def group(self) -> list[tuple[Term, Term, Term]]:
        self.expect_punct("{")
        return self.triples("}")

    def modifiers(self) -> None:
        seen: set[str] = set()
        while self.is_word("LIMIT", "OFFSET"):
            word = self.next().text.upper()
            tok = self.next()
            if word in seen or tok.kind != "num" or not tok.text.isdigit():
                raise NotCheap("bad LIMIT/OFFSET")
            seen.add(word)
        if self.peek() is not None:
            raise NotCheap(f"{self.peek().text!r} after the pattern")

    # -- the query -----------------------------------------------------------------------
    def prologue(self) -> None:
        while self.is_word("BASE", "PREFIX"):
            if self.next().text.upper() == "BASE":
                tok = self.next()
                if tok.kind != "iri":
                    raise NotCheap("bad BASE")
                self.base = tok.text[1:-1]
                continue
            name, iri = self.next(), self.next()
            if name.kind != "pname" or not name.text.endswith(":") or iri.kind != "iri":
                raise NotCheap("bad PREFIX")
            self.prefixes[name.text[:-1]] = iri.text[1:-1]

    def query(self) -> Plan:
        self.prologue()
        if self.base is not None:
            raise NotCheap("BASE")  # relative IRIs are the engine's business
        form = self.next()
        word = form.text.upper() if form.kind == "word" else ""
        if word == "SELECT":
            if self.is_word("DISTINCT", "REDUCED"):
                self.i += 1
            if self.is_punct("*"):
                self.i += 1
            else:
                count = 0
                while self.peek() is not None and self.peek().kind == "var":
                    self.i += 1
                    count += 1
                if not count:
                    raise NotCheap("projection is not plain variables")
            if self.is_word("WHERE"):
                self.i += 1
            plan = Plan("SELECT", self.group())
        elif word == "ASK":
            if self.is_word("WHERE"):
                self.i += 1
            plan = Plan("ASK", self.group())
        elif word == "CONSTRUCT":
            if self.is_word("WHERE"):
                self.i += 1
                plan = Plan("CONSTRUCT", self.group())
            else:
                self.expect_punct("{")
                self.triples("}", template=True)
                if not self.is_word("WHERE"):
                    raise NotCheap("CONSTRUCT needs WHERE")
                self.i += 1
                plan = Plan("CONSTRUCT", self.group())
        elif word == "DESCRIBE":
            iris: list[str] = []
            while self.peek() is not None and self.peek().kind in ("iri", "pname"):
                value = self.iri_value(self.next())
                if value is None:
                    raise NotCheap("unresolved IRI")
                iris.append(value)
            if not iris or self.peek() is not None:
                raise NotCheap("DESCRIBE of constant IRIs only")
            return Plan("DESCRIBE", describe=iris)
        else:
            raise NotCheap("not a query form")
        self.modifiers()
        plan.depths = anchor_depths(plan.patterns)
        return plan


def anchor_depths(patterns: list[tuple[Term, Term, Term]]) -> list[int]:
    """Depth of each pattern in the out-edge tree from constant subjects; refuses unanchored patterns."""
    if len(patterns) > MAX_PATTERNS:
        raise NotCheap(f"more than {MAX_PATTERNS} patterns")
    depth: list[int | None] = [None] * len(patterns)
    var_depth: dict[str, int] = {}
    changed = True
    while changed:
        changed = False
        for n, (s, _p, o) in enumerate(patterns):
            if depth[n] is not None:
                continue
            if s.kind == "iri":
                if s.value is None:
                    raise NotCheap("subject IRI not resolvable here")
                d = 1
            elif s.kind == "var" and s.value in var_depth:
                d = var_depth[s.value] + 1
            else:
                continue
            depth[n] = d
            changed = True
            if o.kind == "var" and (o.value not in var_depth or var_depth[o.value] > d):
                var_depth[o.value] = d
    if any(d is None for d in depth):
        raise NotCheap("a pattern's subject is not reachable from a constant")
    return [int(d) for d in depth]  # type: ignore[arg-type]


def _point_term(token: str) -> Term:
    token = token.strip()
    if token == "a":
        return Term("iri", RDF_TYPE)
    return Term("var", token[1:]) if token[0] in "?$" else Term("iri", token[1:-1])


def point_plan(text: str) -> Plan | None:
    """The plan of ``SELECT … { <iri> ?p ?o }`` in one regular-expression match (None: not that simple shape)."""
    m = _POINT.fullmatch(text)
    if m is None:
        return None
    return Plan("SELECT", [(_point_term(m["s"]), _point_term(m["p"]), _point_term(m["o"]))], [1], pnames=False)


@dataclass(frozen=True)
class PointQuery:
    """``SELECT [DISTINCT|REDUCED] vars { <s> P O } [LIMIT n]`` (P, O a variable or an IRI), answered from one
    index range of the stored union without the SPARQL engine: parsing and planning a query costs several
    times the look-up itself. The solutions are the engine's (tests compare both over a whole store)."""

    subject: ox.NamedNode
    predicate: ox.NamedNode | None
    object: ox.NamedNode | None
    pvar: str | None
    ovar: str | None
    variables: tuple[str, ...]
    distinct: bool
    limit: int | None

    def solutions(self, store: ox.Store, cap: int) -> tuple[list[tuple], bool]:
        """(rows in ``variables`` order, truncated at ``cap``?)"""
        pvar, ovar, variables = self.pvar, self.ovar, self.variables
        limit = cap if self.limit is None else min(self.limit, cap)
        dedupe = self.distinct and not ({v for v in (pvar, ovar) if v} <= set(variables))
        seen: set = set()
        rows: list[tuple] = []
        truncated = False
        for quad in store.quads_for_pattern(self.subject, self.predicate, self.object, UNION):
            p, o = quad.predicate, quad.object
            if pvar is not None and pvar == ovar and p != o:
                continue
            binding = {}
            if pvar is not None:
                binding[pvar] = p
            if ovar is not None:
                binding[ovar] = o
            row = tuple([binding.get(v) for v in variables])
            if dedupe:
                if row in seen:
                    continue
                seen.add(row)
            if len(rows) >= limit:
                truncated = self.limit is None or self.limit > cap
                break
            rows.append(row)
        return rows, truncated


@lru_cache(maxsize=4096)
def point_query(text: str) -> PointQuery | None:
    """The :class:`PointQuery` of ``text``, or None when it is not that shape (or names an invalid IRI)."""
    m = _POINT.fullmatch(text)
    if m is None:
        return None
    s, p, o = _point_term(m["s"]), _point_term(m["p"]), _point_term(m["o"])
    pattern_vars = [t.value for t in (p, o) if t.kind == "var"]
    if m["proj"] == "*":
        variables = tuple(sorted(set(pattern_vars)))  # the engine's order for SELECT * (a test checks it)
    else:
        variables = tuple(v[1:] for v in _VAR_NAME.findall(m["proj"]))
        if len(set(variables)) != len(variables):
            return None  # a repeated projection: leave the verdict to the engine
    try:
        return PointQuery(ox.NamedNode(s.value), ox.NamedNode(p.value) if p.kind == "iri" else None,
                          ox.NamedNode(o.value) if o.kind == "iri" else None,
                          p.value if p.kind == "var" else None, o.value if o.kind == "var" else None,
                          variables, (m["mod"] or "").upper() == "DISTINCT",
                          int(m["limit"]) if m["limit"] is not None else None)
    except ValueError:  # not an IRI the engine would accept either: its error message is the better answer
        return None


def classify(text: str, prefixes: dict[str, str]) -> Plan | None:
    """The plan of a provably cheap query, or None (then it goes to a worker)."""
    plan = point_plan(text)
    if plan is not None:
        return plan
    try:
        toks = tokenize(text)
        plan = _Parser(toks, prefixes).query()
    except NotCheap:
        return None
    plan.pnames = any(t.kind == "pname" for t in toks)
    return plan


def store_bounds(store: ox.Store) -> tuple[int, bool]:
    """(largest number of triples with one subject, any blank node in object position) in the default graph:
    the union of the named graphs, which is all a cheap query (no FROM, no GRAPH) can read."""
    q = "SELECT (MAX(?n) AS ?d) WHERE { SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s }"
    row = next(iter(store.query(q)), None)
    degree = int(row["d"].value) if row is not None and row["d"] is not None else 0
    blank = bool(store.query("ASK { ?s ?p ?o FILTER(isBlank(?o)) }"))
    return degree, blank


class InlinePath:
    """Decides and runs the in-process path for one read-only store."""

    def __init__(self, store: ox.Store, prefixes: dict[str, str], *, budget: int = DEFAULT_BUDGET,
                 degree: int | None = None, blank_objects: bool | None = None) -> None:
        self.store, self.prefixes, self.budget = store, prefixes, budget
        if degree is None or blank_objects is None:
            degree, blank_objects = store_bounds(store)
        self.degree, self.blank_objects = max(1, degree), blank_objects
        self.answered = 0

    def plan(self, text: str) -> Plan | None:
        """A plan whose worst case (``D**k`` solutions) is within the budget, else None."""
        plan = classify(text, self.prefixes)
        if plan is None:
            return None
        if plan.form == "DESCRIBE":
            ok = not self.blank_objects and self.degree * len(plan.describe) <= self.budget
            return plan if ok else None
        if plan.patterns and self.degree ** len(plan.patterns) > self.budget:
            return None
        return plan

    def scratch(self, plan: Plan) -> ox.Store | None:
        """A store with every quad reachable along the plan's tree (None when past the budget)."""
        fetched: list[ox.Quad] = []
        reached: dict[str, set] = {}
        order = sorted(range(len(plan.patterns)), key=lambda n: plan.depths[n])
        for n in order:
            s, p, o = plan.patterns[n]
            if s.kind == "iri":
                subjects = {ox.NamedNode(s.value)}
            else:
                subjects = reached.get(s.value, set())
            pred = ox.NamedNode(p.value) if p.kind == "iri" and p.value else None
            objs: set = set()
            for subject in subjects:
                for quad in self.store.quads_for_pattern(subject, pred, None, UNION):
                    fetched.append(quad)
                    if len(fetched) > self.budget:
                        return None
                    if isinstance(quad.object, (ox.NamedNode, ox.BlankNode)):
                        objs.add(quad.object)
            if o.kind == "var":
                if o.value in reached:
                    reached[o.value] &= objs
                else:
                    reached[o.value] = objs
        scratch = ox.Store()
        scratch.extend(fetched)
        return scratch

    def run(self, plan: Plan, request: dict) -> tuple[dict, bytes] | None:
        """Answer with the worker's own :func:`~twpolice.api.query.worker.execute`; None = use a worker after all."""
        point = point_query(request["query"]) if plan.direct else None
        if point is not None:
            return self.answer_point(point, request["sel"], int(request.get("cap", 100_000)))
        store = self.store if plan.direct else self.scratch(plan)
        if store is None:
            return None
        self.answered += 1
        if not plan.pnames:
            request = {**request, "pnames": False}
        return execute(store, self.prefixes, request)

    def answer_point(self, point: PointQuery, fmt: str | None, cap: int) -> tuple[dict, bytes]:
        """What :func:`~twpolice.api.query.worker.execute` answers for ``point``, from the index."""
        if not fmt:
            return {"status": 406, "error": "format", "kind": "solutions"}, b""
        rows, truncated = point.solutions(self.store, cap)
        self.answered += 1
        return ({"status": 200, "fmt": fmt, "kind": "solutions", "rows": len(rows), "truncated": truncated},
                results.SELECT_WRITERS[fmt](point.variables, rows))
