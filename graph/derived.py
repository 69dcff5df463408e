"""Data derived from the documents at build time: which actuals each target is judged against.

A target (plan) and the actuals that answer it (report, council report) come from different documents,
so pairing them is a join over every target and every actual of the store: 1 s at 2 million triples,
paid by every Q4 and every page that asks. The build pays it once instead and stores the pairs as
``target twp:pairedActual actual`` in their own named graph (:data:`iris.GRAPH_DERIVED`), replaced
like a document's graph (atomically, skipped when unchanged) on either backend. The rule is the one Q4
used to apply itself, so the graph only saves time; it never changes an answer:

* same agency (``twp:agency``);
* same indicator, where "same" means the same shared indicator (``skos:exactMatch``) or, for an
  indicator without a mapping, the very indicator as printed;
* periods that are equal or overlap (a whole-year target and a half-year actual pair; Q4 says
  "partial-period" for them);
* the same measure (``twp:measure``) and the same subject (``twp:subject``) when both sides state one:
  a target on occurrences of fraud is not answered by the clearance rate of fraud, even where a broad
  printed indicator maps both to one shared indicator. A side that does not state it pairs as before.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib.namespace import RDFS

from twpolice import iris

PAIRED_ACTUAL = str(iris.TWP["pairedActual"])

PAIRING_QUERY = """
SELECT DISTINCT ?t ?x WHERE {
  # targets and actuals keyed by (agency, indicator, period), joined with the small table of overlapping
  # periods (one hash join; comparing dates per pair is far slower)
  { SELECT ?t ?a ?ind ?p WHERE {
      ?t twp:valueType vt:target ; twp:agency ?a ; twp:indicator ?ti ; twp:period ?p .
      OPTIONAL { ?ti skos:exactMatch ?ts }
      BIND (COALESCE(?ts, ?ti) AS ?ind) } }
  { SELECT ?x ?a ?ind ?xp WHERE {
      ?x twp:valueType vt:actual ; twp:agency ?a ; twp:indicator ?xi ; twp:period ?xp .
      OPTIONAL { ?xi skos:exactMatch ?xs }
      BIND (COALESCE(?xs, ?xi) AS ?ind) } }
  { SELECT ?p ?xp WHERE {
      ?p a twp:Period ; dcat:startDate ?ps ; dcat:endDate ?pe .
      ?xp a twp:Period ; dcat:startDate ?xs0 ; dcat:endDate ?xe .
      FILTER (?xs0 <= ?pe && ?xe >= ?ps) } }
  # measure and subject must agree where both sides state them: two lookups per joined pair, by subject
  # (OPTIONALs inside the sub-selects cost a left join over every target and every actual instead)
  FILTER NOT EXISTS { ?t twp:measure ?tm . ?x twp:measure ?xm . FILTER (?tm != ?xm) }
  FILTER NOT EXISTS { ?t twp:subject ?tsub . ?x twp:subject ?xsub . FILTER (?tsub != ?xsub) }
}
"""


def target_actual_pairs(store) -> list[tuple[str, str]]:
    """(target IRI, actual IRI) for every pair in the store's union, sorted (so the graph's content hash
    is the same whenever the pairs are)."""
    rows = store.query(PAIRING_QUERY)
    return sorted({(r["t"].value, r["x"].value) for r in rows
                   if isinstance(r["t"], ox.NamedNode) and isinstance(r["x"], ox.NamedNode)})


def derived_triples(pairs: list[tuple[str, str]]) -> list[ox.Triple]:
    graph = ox.NamedNode(str(iris.GRAPH_DERIVED))
    label = ox.NamedNode(str(RDFS.label))
    out = [ox.Triple(graph, label, ox.Literal("目標值與實際值配對（建置時推導）", language="zh-Hant")),
           ox.Triple(graph, label, ox.Literal("Target-actual pairs (derived at build time)", language="en"))]
    paired = ox.NamedNode(PAIRED_ACTUAL)
    out += [ox.Triple(ox.NamedNode(t), paired, ox.NamedNode(x)) for t, x in pairs]
    return out


def refresh_derived(store) -> int:
    """Re-derive the pairs from what the store holds now and swap them in; returns how many there are.

    Call it once after the documents' graphs changed (``build_store`` does); on a remote store it is one
    SELECT and one graph replacement, like a document's."""
    pairs = target_actual_pairs(store)
    store.replace_graph(str(iris.GRAPH_DERIVED), derived_triples(pairs))
    return len(pairs)
