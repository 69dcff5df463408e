"""Data for the HTML pages of agencies, indicators, measurements, documents, programs and anything else."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import pyoxigraph as ox

from twpolice import iris
from twpolice.api.views.describe import Describer, Term
from twpolice.normalise import normalise_search
from twpolice.api.state import SiteState
from twpolice.api.views import svg
from twpolice.api.views.i18n import locator_text
from twpolice.api.views.rendering import linkable
from twpolice.model import KINDS

TWP = str(iris.TWP)
SKOS = str(iris.SKOS)
PROV = str(iris.PROV)
FOAF = str(iris.FOAF)
RDF_TYPE = str(iris.RDF.type)
ROW_LIMIT = 2000


@dataclass
class Page:
    iri: str
    kind: str  # agency, indicator, measurement, document, program, resource
    title: str
    lang: str
    types: list[Term] = field(default_factory=list)
    props: list[tuple[Term, list[Term]]] = field(default_factory=list)
    inbound: list[tuple[Term, Term]] = field(default_factory=list)
    inbound_more: bool = False
    sections: dict[str, object] = field(default_factory=dict)


@lru_cache(maxsize=65536)
def compact(iri_: str) -> str:
    best = None
    for p, ns in iris.PREFIXES.items():
        if iri_.startswith(ns) and (best is None or len(ns) > len(best[1])):
            best = (p, ns)
    return f"{best[0]}:{iri_[len(best[1]):]}" if best else iri_


class View:
    """Turns RDF terms into template terms with labels in the page language and site links."""

    def __init__(self, st: SiteState, lang: str) -> None:
        self.st, self.lang, self.d = st, lang, st.describer

    def href(self, iri_: str) -> str | None:
        """This site's page for an IRI under the base, the IRI itself when it may be a link, else None (text)."""
        path = self.st.local_path(iri_)
        if path is None:
            return iri_ if linkable(iri_) else None
        if path.startswith("/id/"):
            path = "/doc/" + path[4:]
        return path + ("?lang=en" if self.lang == "en" else "")

    def term(self, t, *, label: bool = True) -> Term:
        if isinstance(t, ox.NamedNode):
            text = (self.d.label(t.value, self.lang) if label else None) or compact(t.value)
            return Term(text, self.href(t.value), iri=t.value)
        if isinstance(t, ox.Literal):
            dt = t.datatype.value if t.datatype else None
            return Term(t.value, lang=t.language, datatype=None if dt and dt.endswith("#string") else dt)
        if isinstance(t, ox.BlankNode):
            return Term("_:" + t.value)
        if t is None:
            return Term("")
        return Term(str(t))

    def iri(self, iri_: str) -> Term:
        return self.term(ox.NamedNode(iri_))

    def text(self, t) -> str:
        return "" if t is None else self.term(t).text


def _props(v: View, iri_: str) -> list[tuple[Term, list[Term]]]:
    grouped: dict[str, list] = defaultdict(list)
    for p, o in v.d.outgoing(iri_):
        grouped[p.value].append(o)
    first = [RDF_TYPE, SKOS + "prefLabel", str(iris.RDFS.label), str(iris.DCTERMS.title)]
    order = sorted(grouped, key=lambda p: (first.index(p) if p in first else len(first), compact(p)))
    out = []
    for p in order:
        objs = sorted(grouped[p], key=lambda o: (not isinstance(o, ox.Literal), getattr(o, "language", "") or "",
                                                  getattr(o, "value", "")))
        out.append((v.term(ox.NamedNode(p), label=False), [v.term(o) for o in objs[:200]]))
    return out


def _inbound(v: View, iri_: str, skip: set[str] = frozenset()) -> tuple[list[tuple[Term, Term]], bool]:
    rows, more = v.d.incoming(iri_, limit=200)
    return [(v.term(s), v.term(p, label=False)) for s, p in rows if p.value not in skip], more


def base_page(st: SiteState, iri_: str, lang: str, kind: str) -> tuple[Page, View]:
    v = View(st, lang)
    title = v.d.label(iri_, lang) or compact(iri_)
    page = Page(iri_, kind, title, lang)
    page.types = [v.iri(t) for t in sorted(v.d.types(iri_))]
    page.props = _props(v, iri_)
    return page, v


def classify(d: Describer, iri_: str) -> str:
    types = d.types(iri_)
    for cls, kind in (("Measurement", "measurement"), ("Document", "document"), ("Program", "program"),
                      ("Agency", "agency"), ("Indicator", "indicator")):
        if TWP + cls in types:
            return kind
    if any(o.value == str(iris.SCHEME["indicator"]) for o in d.objects(iri_, SKOS + "inScheme")
           if isinstance(o, ox.NamedNode)):
        return "indicator"
    return "resource"


def build_page(st: SiteState, iri_: str, lang: str, params: dict[str, str] | None = None) -> Page:
    """The page of a resource; ``params``: the request's query parameters (an agency's indicator search and
    page number)."""
    kind = classify(st.describer, iri_)
    page, v = base_page(st, iri_, lang, kind)
    if kind == "agency":
        _agency(page, v, params or {})
    builder = {"indicator": _indicator, "measurement": _measurement, "document": _document,
               "program": _program}.get(kind)
    if builder is not None:
        builder(page, v)
    skip = {TWP + "agency", TWP + "indicator", TWP + "program", TWP + "inDocument", TWP + "sourcePassage",
            str(iris.DCTERMS.publisher)} if kind in ("agency", "indicator", "document", "program") else set()
    page.inbound, page.inbound_more = _inbound(v, iri_, skip)
    return page


# -- shared helpers ------------------------------------------------------------
def _kind_of(vt) -> str:
    return vt.value.rsplit("/", 1)[-1] if isinstance(vt, ox.NamedNode) else ""


# what every row of a measurement table reads besides its value (one list, for every page query: _row_view reads it)
ROW_VARIABLES = "?m ?agency ?ind ?vt ?value ?unitText ?unit ?p ?start ?end ?prog ?valueText ?op ?norm ?normUnit"
ROW_OPTIONALS = """
  OPTIONAL { ?m twp:unitText ?unitText }
  OPTIONAL { ?m twp:unit ?unit }
  OPTIONAL { ?m twp:valueNormalized ?norm ; twp:unitNormalized ?normUnit }
  OPTIONAL { ?m twp:program ?prog }
  OPTIONAL { ?m twp:valueText ?valueText }
  OPTIONAL { ?m twp:targetOperator ?op }
"""
MEASUREMENTS_OF = """
SELECT DISTINCT %s WHERE {
  %%s
  ?m twp:valueType ?vt ; twp:value ?value ; twp:period ?p ; twp:agency ?agency ; twp:indicator ?ind .
  ?p dcat:startDate ?start ; dcat:endDate ?end .
  %s
} LIMIT %%d
""" % (ROW_VARIABLES, ROW_OPTIONALS)


def _measurement_rows(v: View, pattern: str, **bind: str) -> list[dict]:
    return v.d.select(MEASUREMENTS_OF % (pattern, ROW_LIMIT + 1), **bind)


def _row_view(v: View, r: dict) -> dict:
    return {
        "m": v.term(r["m"], label=False), "agency": v.term(r["agency"]), "indicator": v.term(r["ind"]),
        "kind": v.term(r["vt"]), "kind_key": _kind_of(r["vt"]), "value": r["value"].value,
        "value_text": r["valueText"].value if r.get("valueText") is not None else "",
        "unit": r["unitText"].value if r.get("unitText") is not None else (v.text(r.get("unit")) if r.get("unit") else ""),
        "period": v.term(r["p"]), "start": r["start"].value, "end": r["end"].value,
        "program": v.term(r["prog"]) if r.get("prog") is not None else None,
        "operator": r["op"].value.rsplit("/", 1)[-1] if r.get("op") is not None else None,
        "relative": r.get("op") is not None and r["op"].value.rsplit("/", 1)[-1] in ("increase-by", "decrease-by"),
        # what charts and sums use: the value in its unit's base (千元 and 元 on one axis), else as printed
        "norm": r["norm"].value if r.get("norm") is not None else r["value"].value,
        "norm_unit": (v.text(r["normUnit"]) if r.get("normUnit") is not None else None),
    }


# -- agency --------------------------------------------------------------------
AGENCY_SHARED = f"""
SELECT ?shared ?topic {ROW_VARIABLES} WHERE {{
  ?m twp:agency $a ; twp:indicator ?ind ; twp:valueType ?vt ; twp:value ?value ; twp:period ?p .
  {{ ?ind skos:inScheme scheme:indicator BIND (?ind AS ?shared) }}
  UNION {{ ?ind skos:exactMatch ?shared . ?shared skos:inScheme scheme:indicator }}
  ?p dcat:startDate ?start ; dcat:endDate ?end .
  BIND ($a AS ?agency)
  OPTIONAL {{ ?shared dcterms:subject/skos:broader* ?topic . ?topic skos:topConceptOf scheme:category }}
  {ROW_OPTIONALS}
}} LIMIT 20000
"""
AGENCY_OWN = """
SELECT ?ind (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m twp:agency $a ; twp:indicator ?ind .
  FILTER NOT EXISTS { ?ind skos:exactMatch ?shared }
  FILTER NOT EXISTS { ?ind skos:inScheme scheme:indicator } } GROUP BY ?ind LIMIT 20000
"""
LATEST_OF = """
SELECT %s WHERE {
  VALUES ?ind { %%s }
  ?m twp:agency $a ; twp:indicator ?ind ; twp:period ?p ; twp:valueType ?vt ; twp:value ?value .
  ?p dcat:endDate ?end ; dcat:startDate ?start .
  BIND ($a AS ?agency)
  %s
}
""" % (ROW_VARIABLES, ROW_OPTIONALS)
# topics in the order a reader of a police report expects them; any other topic follows by name
TOPIC_ORDER = ["crime", "women-children-safety", "juvenile", "traffic-safety", "crime-prevention", "outreach", "cctv",
               "foreign-nationals", "missing-persons", "service", "equipment", "personnel", "budget",
               "jurisdiction-profile"]
OWN_PAGE = 50


def topic_order(v: View, topic: str | None) -> tuple:
    """Where a topic's group stands on a page: in :data:`TOPIC_ORDER`, then by name; no topic last."""
    key = topic.rsplit("/", 1)[-1] if topic else ""
    return (TOPIC_ORDER.index(key) if key in TOPIC_ORDER else len(TOPIC_ORDER), topic is None,
            v.d.label(topic, v.lang) if topic else "", topic or "")
_LEADING = re.compile(r"^(?:[\d０-９]+|[（(][一二三四五六七八九十\d０-９]+[）)]|[一二三四五六七八九十]+、"
                      r"|第[\d０-９一二三四五六七八九十]+[項條點類]?|[\s.．、,，:：\-－—_/])+")


def sort_name(text: str) -> str:
    """How a machine-made name sorts: without a leading number, ordinal or punctuation (「1機」 sorts as 「機」,
    「（一）…」 by its words), so nothing is ordered by the digit a converter happened to keep."""
    return _LEADING.sub("", text) or text


def _latest(views: list[dict]) -> dict[str, dict]:
    """The latest value of each kind (by the end of its period, then the longer period)."""
    out: dict[str, dict] = {}
    for r in sorted(views, key=lambda r: (r["end"], r["start"] < r["end"], r["start"], r["m"].iri or "")):
        out[r["kind_key"]] = r
    return dict(sorted(out.items(), key=lambda kv: KINDS.index(kv[0]) if kv[0] in KINDS else 99))


def trend(views: list[dict]) -> dict | None:
    """The latest actual against the one before it of the same period length (a half-year never against a
    year): the change and its direction, or None when there is no such pair."""
    actuals = [r for r in views if r["kind_key"] == "actual" and _num_str(r["norm"]) is not None]
    if not actuals:
        return None
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in actuals:
        s, e = date.fromisoformat(r["start"][:10]), date.fromisoformat(r["end"][:10])
        groups[svg.group_key("actual", None, s, e)].append(r)
    latest = max(actuals, key=lambda r: (r["end"], r["start"]))
    same = sorted(groups[next(k for k, g in groups.items() if latest in g)], key=lambda r: r["end"])
    before = [r for r in same if r["end"] < latest["start"]]
    if not before:
        return None
    prev = before[-1]
    a, b = _num_str(latest["norm"]), _num_str(prev["norm"])
    if a is None or b is None:
        return None
    diff = a - b
    return {"sign": "↑" if diff > 0 else "↓" if diff < 0 else "→", "diff": svg.fmt(diff),
            "percent": f"{diff / b:+.1%}" if b else "", "from": prev["period"], "to": latest["period"]}


def _agency(page: Page, v: View, params: dict[str, str]) -> None:
    a = page.iri
    docs = v.d.select("""SELECT DISTINCT ?d ?issued WHERE { ?d a twp:Document ; dcterms:publisher $a .
                         OPTIONAL { ?d dcterms:issued ?issued } } ORDER BY DESC(?issued) ?d LIMIT 500""", a=a)
    page.sections["documents"] = [v.term(r["d"]) for r in docs]
    progs = v.d.select("""SELECT DISTINCT ?p WHERE { ?p a twp:Program ; twp:agency $a .
                          FILTER NOT EXISTS { ?p twp:parentProgram ?parent } } LIMIT 501""", a=a)
    page.sections["programs"] = sorted((v.term(r["p"]) for r in progs[:500]), key=lambda t: sort_name(t.text))
    page.sections["programs_more"] = len(progs) > 500
    juris = v.d.first(a, TWP + "jurisdiction")
    page.sections["jurisdiction"] = v.term(juris) if juris is not None else None
    page.sections["topics"] = _agency_shared(v, a)
    page.sections["own"] = _agency_own(v, a, params)


def _agency_shared(v: View, a: str) -> list[dict]:
    """Shared indicators grouped by topic, each with its latest values and trend."""
    by_shared: dict[str, dict] = {}
    for r in v.d.select(AGENCY_SHARED, a=a):
        entry = by_shared.setdefault(r["shared"].value, {"indicator": v.term(r["shared"]), "topics": set(),
                                                         "views": {}})
        if r.get("topic") is not None:
            entry["topics"].add(r["topic"].value)
        entry["views"].setdefault(r["m"].value, _row_view(v, r))

    topics: dict[str | None, list[dict]] = defaultdict(list)
    for entry in by_shared.values():
        views = list(entry.pop("views").values())
        entry.update(latest=_latest(views), trend=trend(views), count=len(views))
        # a subject under two topics (少年 and 刑案) is listed once, under the first topic in reading order
        topics[min(entry.pop("topics"), key=lambda t: topic_order(v, t), default=None)].append(entry)

    return [{"topic": v.iri(t) if t else None, "indicators": sorted(es, key=lambda e: e["indicator"].text)}
            for t, es in sorted(topics.items(), key=lambda kv: topic_order(v, kv[0]))]


def _agency_own(v: View, a: str, params: dict[str, str]) -> dict:
    """The agency's own indicators (no shared one): filtered by ``q``, sorted by name without leading numbers,
    ``OWN_PAGE`` to a page (``page``)."""
    query = normalise_search(params.get("q", ""))
    rows = [(v.term(r["ind"]), int(r["n"].value)) for r in v.d.select(AGENCY_OWN, a=a)]
    if query:
        rows = [(t, n) for t, n in rows if query in normalise_search(t.text)]
    rows.sort(key=lambda tn: (sort_name(tn[0].text), tn[0].text))
    pages = max(1, -(-len(rows) // OWN_PAGE))
    try:
        number = min(max(1, int(params.get("page", "1"))), pages)
    except ValueError:
        number = 1
    shown = rows[(number - 1) * OWN_PAGE: number * OWN_PAGE]
    latest: dict[str, list[dict]] = defaultdict(list)
    if shown:
        values = " ".join(f"<{t.iri}>" for t, _ in shown)
        for r in v.d.select(LATEST_OF % values, a=a):
            latest[r["ind"].value].append(_row_view(v, r))
    return {"query": params.get("q", ""), "total": len(rows), "page": number, "pages": pages,
            "indicators": [{"indicator": t, "count": n, "latest": _latest(latest[t.iri])} for t, n in shown]}


# -- indicator -----------------------------------------------------------------
def _indicator(page: Page, v: View) -> None:
    i = page.iri
    rows = _measurement_rows(v, "{ ?m twp:indicator $i } UNION { ?m twp:indicator ?local . ?local skos:exactMatch $i }", i=i)
    more = len(rows) > ROW_LIMIT
    rows = rows[:ROW_LIMIT]
    mapped = v.d.select("""SELECT ?l (SAMPLE(?agency) AS ?a) WHERE { ?l skos:exactMatch|skos:closeMatch|skos:broadMatch $i
                           OPTIONAL { ?m twp:indicator ?l ; twp:agency ?agency } } GROUP BY ?l LIMIT 500""", i=i)
    # the same printed name in two cities is two entries: say whose each one is
    page.sections["mapped"] = sorted(((v.term(r["l"]), v.term(r["a"]) if r.get("a") is not None else None)
                                      for r in mapped), key=lambda e: (e[0].text, e[1].text if e[1] else ""))
    shared = [o for o in v.d.objects(i, SKOS + "exactMatch") if isinstance(o, ox.NamedNode)]
    page.sections["shared"] = [v.term(o) for o in shared]
    periods = sorted({(r["start"].value, r["end"].value, r["p"].value) for r in rows})
    labels = [v.d.label(p[2], v.lang) or p[0][:4] for p in periods]
    index = {p[2]: k for k, p in enumerate(periods)}
    table: dict[tuple[str, str], dict] = {}
    for r in rows:
        rv = _row_view(v, r)
        key = (r["agency"].value, rv["kind_key"])
        row = table.setdefault(key, {"agency": rv["agency"], "kind": rv["kind"], "kind_key": rv["kind_key"],
                                     "cells": defaultdict(list), "unit": rv["unit"]})
        row["cells"][index[r["p"].value]].append(rv)
    ordered = sorted(table.values(), key=lambda x: (x["agency"].text, KINDS.index(x["kind_key"])
                                                    if x["kind_key"] in KINDS else 99))
    page.sections["periods"] = labels
    page.sections["table"] = ordered
    page.sections["more"] = more
    page.sections.update(_chart(v, page.title, ordered, periods, labels))


CHARTED = ("actual", "target", "baseline", "budget")


def _chart(v: View, title: str, rows: list[dict], periods: list[tuple[str, str, str]],
           labels: list[str]) -> dict[str, object]:
    """The indicator chart, the rows of its data table and the notes on its markers. One axis in one unit (never a
    sum across units); each agency's values of one kind, operator and period length are one line."""
    units = [c["norm_unit"] or c["unit"] for row in rows for cells in row["cells"].values() for c in cells
             if not c["relative"]]
    unit = max(set(units), key=units.count) if units else ""
    grouped: dict[tuple, svg.Series] = {}
    for row in rows:
        if row["kind_key"] not in CHARTED:
            continue
        for k, cells in sorted(row["cells"].items()):
            cells = [c for c in cells if not c["relative"] and (c["norm_unit"] or c["unit"]) == unit]
            nums = [(n, c) for n, c in ((_num_str(c["norm"]), c) for c in cells) if n is not None]
            if not nums:
                continue
            value = sum(n for n, _ in nums) if row["kind_key"] == "budget" else nums[0][0]  # programmes' budgets add up
            cell = nums[0][1]
            start, end = date.fromisoformat(periods[k][0][:10]), date.fromisoformat(periods[k][1][:10])
            op = cell["operator"] or "equal" if row["kind_key"] == "target" else None
            key = (row["agency"].iri, *svg.group_key(row["kind_key"], op, start, end))
            series = grouped.setdefault(key, svg.Series(f"{row['agency'].text} {row['kind'].text}", [],
                                                         kind=row["kind_key"], operator=op,
                                                         length=svg.period_length(start, end)))
            series.points.append(svg.Point(start, end, value, labels[k], cell["m"].href))
    series = list(grouped.values())[:10]
    chart = svg.time_chart(series, title=title, unit=unit, lang=v.lang, describedby="chart-data")
    return {"chart": chart, "chart_rows": svg.chart_rows(series) if chart else [], "chart_unit": unit,
            "chart_notes": svg.marker_notes(series, v.lang) if chart else []}


def _num_str(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


# -- measurement ---------------------------------------------------------------
def _measurement(page: Page, v: View) -> None:
    m = page.iri
    d = v.d

    def one(p: str):
        o = d.first(m, TWP + p)
        return v.term(o) if o is not None else None

    value = d.first(m, TWP + "value")
    page.sections.update({
        "value": value.value if value is not None else "",
        "value_text": d.literal(m, TWP + "valueText", v.lang) or "",
        "unit": one("unit"), "unit_text": d.literal(m, TWP + "unitText", v.lang) or "",
        "period": one("period"), "kind": one("valueType"), "operator": one("targetOperator"),
        "relative_to": one("relativeTo"), "comparison_period": one("comparisonPeriod"),
        "agency": one("agency"), "indicator": one("indicator"), "program": one("program"),
        "funding": one("fundingSource"),
        "review": one("reviewStatus"), "reviewed_on": d.literal(m, TWP + "reviewedOn", v.lang) or "",
        "review_note": d.literal(m, TWP + "reviewNote", v.lang) or "",
    })
    reviewer = d.first(m, PROV + "wasAttributedTo")
    page.sections["reviewer"] = (d.literal(reviewer.value, FOAF + "name", v.lang) or "") if reviewer is not None else ""
    was = d.first(m, PROV + "wasRevisionOf")
    page.sections["revision_of"] = v.term(was) if was is not None else None
    ind = d.first(m, TWP + "indicator")
    shared = d.first(ind.value, SKOS + "exactMatch") if isinstance(ind, ox.NamedNode) else None
    page.sections["shared"] = v.term(shared) if shared is not None else None
    page.sections["sources"] = [_passage(v, sp) for sp in d.objects(m, TWP + "sourcePassage")]
    # a target's actuals, an actual's targets: the pairs the build derived (graph/derived.py)
    paired = _measurement_rows(v, "{ $me twp:pairedActual ?m } UNION { ?m twp:pairedActual $me }", me=m)
    page.sections["paired"] = [_row_view(v, r) for r in paired[:ROW_LIMIT]]
    page.title = f"{v.text(ind)} · {page.sections['value']}"


def _passage(v: View, sp) -> dict:
    d = v.d
    s = sp.value
    doc = d.first(s, TWP + "inDocument")
    ls, le = d.first(s, TWP + "lineStart"), d.first(s, TWP + "lineEnd")
    return {"passage": v.term(sp, label=False), "document": v.term(doc) if doc is not None else None,
            "section": d.literal(s, TWP + "section", v.lang) or "", "page": v.text(d.first(s, TWP + "page")),
            "locator": locator_text(d.literal(s, TWP + "locator", v.lang) or "", v.lang),
            "lines": f"{ls.value}–{le.value}" if ls is not None and le is not None else "",
            "quote": d.literal(s, TWP + "quote", v.lang) or ""}


# -- document ------------------------------------------------------------------
def _document(page: Page, v: View) -> None:
    doc = page.iri
    d = v.d
    lit = lambda p: d.literal(doc, p, v.lang) or ""  # noqa: E731
    publisher = d.first(doc, str(iris.DCTERMS.publisher))
    genre = d.first(doc, str(iris.DCTERMS.type))
    temporal = d.first(doc, str(iris.DCTERMS.temporal))
    page.sections["meta"] = {
        "publisher": v.term(publisher) if publisher else None, "genre": v.term(genre) if genre else None,
        "period": v.term(temporal) if temporal else None, "issued": lit(str(iris.DCTERMS.issued)),
        "sha256": lit(TWP + "sha256"), "source_file": lit(TWP + "sourceFile"),
        "line_count": lit(TWP + "lineCount"), "converter": lit(TWP + "converterVersion"),
    }
    counts = d.select("""SELECT ?vt (COUNT(DISTINCT ?m) AS ?n) WHERE { ?sp twp:inDocument $d .
                         ?m twp:sourcePassage ?sp ; twp:valueType ?vt } GROUP BY ?vt ORDER BY DESC(?n)""", d=doc)
    page.sections["counts"] = [(v.term(r["vt"]), r["n"].value) for r in counts]
    progs = d.select("""SELECT DISTINCT ?p WHERE { ?p a twp:Program ; twp:sourcePassage/twp:inDocument $d } LIMIT 500""",
                     d=doc)
    page.sections["programs"] = [v.term(r["p"]) for r in progs]
    rows = _measurement_rows(v, "?m twp:sourcePassage/twp:inDocument $d .", d=doc)
    page.sections["more"] = len(rows) > ROW_LIMIT
    views = [_row_view(v, r) for r in rows[:ROW_LIMIT]]
    views.sort(key=lambda r: (r["indicator"].text, r["start"], r["kind_key"]))
    page.sections["measurements"] = views
    graph = st_graph_for(v, doc)
    page.sections["graph"] = graph


def st_graph_for(v: View, doc: str) -> str | None:
    """The named graph holding a document (:func:`twpolice.iris.graph_of_document`) if the store has it."""
    g = iris.graph_of_document(doc)
    if g is None:
        return None
    for _ in v.st.graphs.quads_for_pattern(None, None, None, ox.NamedNode(g)):
        return g
    return None


# -- program -------------------------------------------------------------------
def _program(page: Page, v: View) -> None:
    p = page.iri
    d = v.d
    for key, prop in (("agency", TWP + "agency"), ("period", TWP + "period"), ("parent", TWP + "parentProgram"),
                      ("subject", str(iris.DCTERMS.subject))):
        o = d.first(p, prop)
        page.sections[key] = v.term(o) if o is not None else None
    page.sections["children"] = [v.term(s) for s in d.subjects(TWP + "parentProgram", p, limit=500)]
    page.sections["sources"] = [_passage(v, sp) for sp in d.objects(p, TWP + "sourcePassage")]
    rows = _measurement_rows(v, "?m twp:program $p .", p=p)
    page.sections["more"] = len(rows) > ROW_LIMIT
    views = [_row_view(v, r) for r in rows[:ROW_LIMIT]]
    views.sort(key=lambda r: (r["start"], r["indicator"].text, r["kind_key"]))
    page.sections["measurements"] = views
