"""The ontology page at ``/def``: every class and property with labels, definitions, domain and range."""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from twpolice import iris
from twpolice.api.views.describe import pick_literal
from twpolice.api.state import SiteState
from twpolice.api.views.pages import View, compact

OWL = str(iris.OWL)
RDFS = str(iris.RDFS)
RDF_TYPE = str(iris.RDF.type)
SKOS = str(iris.SKOS)

CLASS_TYPES = {OWL + "Class", RDFS + "Class"}
PROPERTY_TYPES = {OWL + "ObjectProperty", OWL + "DatatypeProperty", str(iris.RDF.Property), OWL + "AnnotationProperty"}


def ontology_view(st: SiteState, triples: list[ox.Triple], lang: str) -> dict:
    v = View(st, lang)
    by_s: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        by_s[t.subject.value][t.predicate.value].append(t.object)
    header = {}
    terms = {"classes": [], "properties": [], "other": []}
    for s, props in by_s.items():
        types = {o.value for o in props.get(RDF_TYPE, []) if isinstance(o, ox.NamedNode)}
        item = {
            "iri": s, "anchor": s.split("#", 1)[1] if "#" in s else "", "curie": compact(s),
            "label": pick_literal(props.get(RDFS + "label", []) + props.get(SKOS + "prefLabel", []), lang) or compact(s),
            "other_label": pick_literal(props.get(RDFS + "label", []) + props.get(SKOS + "prefLabel", []),
                                        "zh-Hant" if lang == "en" else "en") or "",
            "comment": pick_literal(props.get(RDFS + "comment", []) + props.get(SKOS + "definition", []), lang) or "",
            "domain": [v.term(o) for o in props.get(RDFS + "domain", []) if isinstance(o, ox.NamedNode)],
            "range": [v.term(o) for o in props.get(RDFS + "range", []) if isinstance(o, ox.NamedNode)],
            "super": [v.term(o) for o in props.get(RDFS + "subClassOf", []) + props.get(RDFS + "subPropertyOf", [])
                      + props.get(OWL + "equivalentClass", []) if isinstance(o, ox.NamedNode)],
        }
        if OWL + "Ontology" in types:
            header = item | {"version": pick_literal(props.get(OWL + "versionInfo", []), lang) or "",
                             "version_iri": [o.value for o in props.get(OWL + "versionIRI", [])]}
        elif types & CLASS_TYPES:
            terms["classes"].append(item)
        elif types & PROPERTY_TYPES:
            terms["properties"].append(item)
        else:
            terms["other"].append(item)
    for items in terms.values():
        items.sort(key=lambda i: i["curie"])
    schemes = v.d.subjects(RDF_TYPE, SKOS + "ConceptScheme", limit=500)
    scheme_terms = sorted((v.term(s) for s in schemes if isinstance(s, ox.NamedNode)), key=lambda x: x.text)
    return {"header": header, **terms, "schemes": scheme_terms}
