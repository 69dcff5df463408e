"""Cross-city comparison: pick a shared indicator, see every city and period that has it — targets and actuals
side by side in normalised units, a chart, the CSV and the SPARQL that produced them (one query behind all three)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from twpolice import iris
from twpolice.api.state import SiteState, get_state
from twpolice.api.views import svg
from twpolice.api.views.pages import View, topic_order
from twpolice.api.views.rendering import render

router = APIRouter()

KINDS = ("actual", "target", "baseline", "budget")
VALUE_TYPE = str(iris.BASE) + "id/value-type/"

# the shared indicators that have values, with how many agencies report each and its topic
OFFERED = """
SELECT ?shared (COUNT(DISTINCT ?agency) AS ?agencies) (COUNT(DISTINCT ?m) AS ?values) (MIN(STR(?t)) AS ?topic) WHERE {
  ?shared skos:inScheme scheme:indicator .
  { ?m twp:indicator ?shared } UNION { ?m twp:indicator/skos:exactMatch ?shared }
  ?m twp:agency ?agency .
  OPTIONAL { ?shared dcterms:subject/skos:broader* ?t . ?t skos:topConceptOf scheme:category }
} GROUP BY ?shared
"""

COMPARE = """# 各縣市、各期間的「{label}」：實際值、目標值、基準值與預算，以正規化單位（金額為元）並列
# every city and period of "{label_en}": actuals, targets, baselines and budgets in normalised units (money in NTD)
SELECT ?agency ?agencyLabel ?kind ?start ?end ?periodLabel ?value ?unit ?operator ?measurement WHERE {{
  VALUES ?shared {{ <{iri}> }}
  {{ ?measurement twp:indicator ?shared }} UNION {{ ?measurement twp:indicator/skos:exactMatch ?shared }}
  ?measurement twp:agency ?agency ; twp:valueType ?vt ; twp:period ?p ; twp:value ?raw .
  ?p dcat:startDate ?start ; dcat:endDate ?end .
  OPTIONAL {{ ?p rdfs:label ?periodLabel FILTER (langMatches(lang(?periodLabel), "zh")) }}
  OPTIONAL {{ ?measurement twp:valueNormalized ?norm ; twp:unitNormalized ?normUnit }}
  OPTIONAL {{ ?measurement twp:unit ?printedUnit }}
  OPTIONAL {{ ?measurement twp:targetOperator ?op }}
  OPTIONAL {{ ?agency skos:prefLabel ?agencyLabel FILTER (langMatches(lang(?agencyLabel), "zh")) }}
  BIND (COALESCE(?norm, ?raw) AS ?value)
  BIND (COALESCE(?normUnit, ?printedUnit) AS ?unit)
  BIND (STRAFTER(STR(?vt), "value-type/") AS ?kind)
  BIND (STRAFTER(STR(?op), "target-operator/") AS ?operator)
  FILTER (?kind IN ("actual", "target", "baseline", "budget"))
}}
ORDER BY ?agencyLabel ?start ?end ?kind"""

PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(iris.PREFIXES.items())
                   if p in ("twp", "skos", "dcat", "rdfs"))


def offered(v: View) -> list[dict]:
    """Shared indicators with values, grouped by topic, most widely reported first within each."""
    groups: dict[str | None, list[dict]] = defaultdict(list)
    for r in v.d.select(OFFERED):
        topic = r["topic"].value if r.get("topic") is not None else None
        groups[topic].append({"indicator": v.term(r["shared"]), "notation": r["shared"].value.rsplit("/", 1)[-1],
                              "agencies": int(r["agencies"].value), "values": int(r["values"].value)})

    return [{"topic": v.iri(t) if t else None,
             "indicators": sorted(es, key=lambda e: (-e["agencies"], -e["values"], e["indicator"].text))}
            for t, es in sorted(groups.items(), key=lambda kv: topic_order(v, kv[0]))]


def compare_query(v: View, iri: str) -> str:
    """The one SPARQL query behind the comparison's table, chart and CSV (shown on the page as it is run)."""
    return PROLOGUE + COMPARE.format(iri=iri, label=v.d.label(iri, "zh-Hant") or iri,
                                     label_en=v.d.label(iri, "en") or iri)


def comparison(v: View, iri: str) -> dict:
    """Rows per agency, columns per period; each cell the period's actuals, targets and baselines."""
    text = compare_query(v, iri)
    rows = v.d.select(text)
    periods = sorted({(r["start"].value, r["end"].value) for r in rows})
    period_label = {}
    for r in rows:
        key = (r["start"].value, r["end"].value)
        label = r["periodLabel"].value if r["periodLabel"] is not None else f"{key[0]}–{key[1]}"
        if v.lang == "en":
            label = f"{key[0]}–{key[1]}" if key[0] != key[1] else key[0]
        period_label.setdefault(key, label)
    units = {v.text(r["unit"]) for r in rows if r["unit"] is not None}
    table: dict[str, dict] = {}
    cells: dict[tuple, dict] = {}
    for r in rows:
        agency, key = r["agency"].value, (r["start"].value, r["end"].value)
        entry = table.setdefault(agency, {"agency": v.term(r["agency"]), "cells": defaultdict(list)})
        kind, op = r["kind"].value, r["operator"].value if r["operator"] is not None else ""
        try:
            number = float(r["value"].value)
        except ValueError:
            continue
        ckey = (agency, key, kind, op) if kind == "budget" else (agency, key, kind, op, number)
        if ckey in cells:  # a period's budgets of several programmes add up; the same figure again is one value
            if kind == "budget":
                cells[ckey]["sum"] += number
                cells[ckey]["parts"] += 1
            continue
        cell = {"kind": kind, "kind_term": v.iri(VALUE_TYPE + kind), "operator": op, "sum": number, "parts": 1,
                "href": v.href(r["measurement"].value), "key": key, "agency": agency}
        cells[ckey] = cell
        entry["cells"][periods.index(key)].append(cell)
    series: dict[tuple, svg.Series] = {}
    for cell in cells.values():
        cell["value"] = svg.fmt(cell["sum"])
        if cell["operator"] in ("increase-by", "decrease-by"):
            continue  # a relative target is not a level: the table shows it, the chart does not
        s, e = (date.fromisoformat(d[:10]) for d in cell["key"])
        chart_op = (cell["operator"] or "equal") if cell["kind"] == "target" else None
        skey = (cell["agency"], *svg.group_key(cell["kind"], chart_op, s, e))
        name = f"{table[cell['agency']]['agency'].text} {cell['kind_term'].text}"
        line = series.setdefault(skey, svg.Series(name, [], kind=cell["kind"], operator=chart_op,
                                                  length=svg.period_length(s, e)))
        if all((p.start, p.end) != (s, e) for p in line.points):  # one point per period on a line
            line.points.append(svg.Point(s, e, cell["sum"], period_label[cell["key"]],
                                         cell["href"] if cell["parts"] == 1 else None))
    ordered = sorted(table.values(), key=lambda x: x["agency"].text)
    for entry in ordered:
        for cells in entry["cells"].values():
            cells.sort(key=lambda c: KINDS.index(c["kind"]) if c["kind"] in KINDS else 9)
    chart_series = list(series.values())[:12]
    unit = ", ".join(sorted(units))
    chart = svg.time_chart(chart_series, title=v.d.label(iri, v.lang) or iri, unit=unit, lang=v.lang,
                           describedby="compare-table") if len(units) <= 1 else ""
    return {"query": text, "periods": [period_label[p] for p in periods], "rows": ordered, "unit": unit,
            "chart": chart, "notes": svg.marker_notes(chart_series, v.lang) if chart else [],
            "count": len(rows)}


@router.get("/compare", tags=["Site"], summary="Compare one shared indicator across cities and years")
def compare(request: Request, indicator: str | None = Query(None, max_length=200), st: SiteState = Depends(get_state)) -> Response:
    v = View(st, "en" if request.query_params.get("lang") == "en" else "zh-Hant")
    choices = offered(v)
    chosen = None
    status = 200
    if indicator:
        iri = str(iris.BASE) + "id/indicator/" + indicator
        if any(e["notation"] == indicator for g in choices for e in g["indicators"]):
            data = comparison(v, iri)
            chosen = {"indicator": v.iri(iri), "notation": indicator, **data,
                      "csv": "/sparql?" + urlencode({"query": data["query"], "format": "csv"}),
                      "editor": "/query?" + urlencode({"query": data["query"], **({"lang": "en"} if v.lang == "en" else {})})}
        else:
            status = 404
    return render(request, "compare.html", status=status, choices=choices, chosen=chosen, indicator=indicator or "",
                  lang=v.lang)
