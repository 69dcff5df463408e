"""Service Description (SPARQL 1.1 SD) and the VoID + DCAT description of the dataset."""

from __future__ import annotations

import pyoxigraph as ox

from twpolice import iris
from twpolice.api import negotiation
from twpolice.api.releases import dump_links
from twpolice.api.state import LICENSE, SiteState

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
RDF = str(iris.RDF)
XSD = str(iris.XSD)
VOCABULARIES = [
    str(iris.TWP), str(iris.SKOS), str(iris.QB), str(iris.DCAT), str(iris.DCTERMS), str(iris.PROV),
    str(iris.ORG), str(iris.FOAF), "http://www.w3.org/ns/oa#", "http://www.w3.org/2006/time#",
    "http://qudt.org/schema/qudt/", "http://purl.org/linked-data/sdmx/2009/attribute#",
]


def _n(v: str) -> ox.NamedNode:
    return ox.NamedNode(v)


def _lit(v: object, dt: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(v), language=lang)
    if dt:
        return ox.Literal(str(v), datatype=_n(dt))
    return ox.Literal(str(v))


def _serialize(triples: list[ox.Triple], fmt: str) -> bytes:
    kw = {"prefixes": {**iris.PREFIXES, "sd": SD, "formats": FORMATS_NS}} if fmt == "turtle" else {}
    return ox.serialize(triples, format=negotiation.RDF_FORMATS[fmt], **kw)


def service_description(st: SiteState, fmt: str, site: str) -> bytes:
    site = site.rstrip("/")
    svc = _n(site + "/sparql")
    ds = ox.BlankNode("dataset")
    dg = ox.BlankNode("defaultGraph")
    t = [
        ox.Triple(svc, _n(RDF + "type"), _n(SD + "Service")),
        ox.Triple(svc, _n(SD + "endpoint"), svc),
        ox.Triple(svc, _n(SD + "supportedLanguage"), _n(SD + "SPARQL11Query")),
        ox.Triple(svc, _n(SD + "feature"), _n(SD + "UnionDefaultGraph")),
        ox.Triple(svc, _n(str(iris.DCTERMS.title)), _lit("twpolice SPARQL 端點", lang="zh-Hant")),
        ox.Triple(svc, _n(str(iris.DCTERMS.title)), _lit("twpolice SPARQL endpoint", lang="en")),
        ox.Triple(svc, _n(str(iris.RDFS.comment)), _lit(
            f"唯讀；不接受 SPARQL Update 與 SERVICE；每次查詢上限 {st.query_timeout:g} 秒、{st.row_cap} 列（截斷時回應標頭 "
            "X-Twpolice-Truncated: true）。預設圖為所有具名圖的聯集。", lang="zh-Hant")),
        ox.Triple(svc, _n(str(iris.RDFS.comment)), _lit(
            f"Read-only; SPARQL Update and SERVICE are refused; each query is limited to {st.query_timeout:g} s and "
            f"{st.row_cap} rows (truncation is flagged by the X-Twpolice-Truncated: true header). The default graph "
            "is the union of all named graphs.", lang="en")),
        ox.Triple(svc, _n(SD + "defaultDataset"), ds),
        ox.Triple(ds, _n(RDF + "type"), _n(SD + "Dataset")),
        ox.Triple(ds, _n(SD + "defaultGraph"), dg),
        ox.Triple(dg, _n(RDF + "type"), _n(SD + "Graph")),
        ox.Triple(dg, _n(str(iris.VOID) + "triples"), _lit(st.stats.triples, XSD + "integer")),
        ox.Triple(ds, _n(str(iris.VOID) + "sparqlEndpoint"), svc),
    ]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        t.append(ox.Triple(svc, _n(SD + "resultFormat"), _n(FORMATS_NS + name)))
    for g in sorted(st.graphs.named_graphs(), key=lambda x: getattr(x, "value", "")):
        if not isinstance(g, ox.NamedNode):
            continue
        ng = ox.BlankNode("g" + iris.short_hash(g.value, length=10))
        t += [
            ox.Triple(ds, _n(SD + "namedGraph"), ng),
            ox.Triple(ng, _n(SD + "name"), g),
        ]
    return _serialize(t, fmt)


def void_triples(st: SiteState, site: str) -> list[ox.Triple]:
    site = site.rstrip("/")
    V = str(iris.VOID)
    D = str(iris.DCTERMS)
    C = str(iris.DCAT)
    ds = _n(st.base + "id/dataset/twpolice")
    s = st.stats
    t = [
        ox.Triple(ds, _n(RDF + "type"), _n(V + "Dataset")),
        ox.Triple(ds, _n(RDF + "type"), _n(C + "Dataset")),
        ox.Triple(ds, _n(D + "title"), _lit("臺灣警察機關施政計畫與績效鏈結資料", lang="zh-Hant")),
        ox.Triple(ds, _n(D + "title"), _lit("Taiwan police plans and results as Linked Open Data", lang="en")),
        ox.Triple(ds, _n(D + "description"), _lit(
            "各縣市警察局施政計畫、績效報告與議會報告中的指標、目標值、實際值與經費，每一數值附原文出處（文件、章節、行號、原句）。",
            lang="zh-Hant")),
        ox.Triple(ds, _n(D + "description"), _lit(
            "Indicators, targets, actuals and budgets from Taiwan police departments' plans, performance reports and "
            "council reports; every number points to its source (document, section, lines, quote).", lang="en")),
        ox.Triple(ds, _n(D + "license"), _n(LICENSE)),
        ox.Triple(ds, _n(V + "uriSpace"), _lit(st.base + "id/")),
        ox.Triple(ds, _n(V + "sparqlEndpoint"), _n(site + "/sparql")),
        ox.Triple(ds, _n(V + "triples"), _lit(s.triples, XSD + "integer")),
        ox.Triple(ds, _n(V + "entities"), _lit(sum(s.classes.values()), XSD + "integer")),
        ox.Triple(ds, _n(V + "classes"), _lit(len(s.classes), XSD + "integer")),
        ox.Triple(ds, _n(V + "rootResource"), _n(st.base + "id/scheme/indicator")),
    ]
    for v in VOCABULARIES:
        t.append(ox.Triple(ds, _n(V + "vocabulary"), _n(v)))
    for cls, n in list(s.classes.items())[:40]:
        part = ox.BlankNode("c" + iris.short_hash(cls, length=10))
        t += [ox.Triple(ds, _n(V + "classPartition"), part), ox.Triple(part, _n(V + "class"), _n(cls)),
              ox.Triple(part, _n(V + "entities"), _lit(n, XSD + "integer"))]
    for ex in example_resources(st):
        t.append(ox.Triple(ds, _n(V + "exampleResource"), _n(ex)))
    service = _n(site + "/sparql#service")
    t += [ox.Triple(service, _n(RDF + "type"), _n(C + "DataService")),
          ox.Triple(service, _n(C + "endpointURL"), _n(site + "/sparql")),
          ox.Triple(service, _n(C + "servesDataset"), ds),
          ox.Triple(ds, _n(C + "landingPage"), _n(site + "/"))]
    for href, media, title in dump_links(st):  # the release's files when one is served
        dist = _n(site + href)
        t += [ox.Triple(ds, _n(V + "dataDump"), dist), ox.Triple(ds, _n(C + "distribution"), dist),
              ox.Triple(dist, _n(RDF + "type"), _n(C + "Distribution")),
              ox.Triple(dist, _n(C + "downloadURL"), dist), ox.Triple(dist, _n(C + "mediaType"),
                                                                       _n("https://www.iana.org/assignments/media-types/" + media)),
              ox.Triple(dist, _n(D + "title"), _lit(title, lang="en")),
              ox.Triple(dist, _n(D + "license"), _n(LICENSE))]
    for g in sorted(st.graphs.named_graphs(), key=lambda x: getattr(x, "value", "")):
        if isinstance(g, ox.NamedNode) and "/graph/staging/" not in g.value:
            t.append(ox.Triple(ds, _n(V + "subset"), g))
    return t


def example_resources(st: SiteState) -> list[str]:
    out = []
    for cls in ("Agency", "Indicator", "Measurement", "Document", "Program"):
        subs = st.describer.subjects(str(iris.RDF.type), str(iris.TWP[cls]), limit=1)
        out += [s.value for s in subs if isinstance(s, ox.NamedNode)]
    return out


def void_document(st: SiteState, fmt: str, site: str) -> bytes:
    return _serialize(void_triples(st, site), fmt)
