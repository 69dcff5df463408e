"""What an agency printed for its indicators in the store's other documents: the history a review's confidence
compares a figure with (「竊盜發生數 4,299件」 beside 42 and 45 in other years is worth a second look)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation

from twpolice import iris
from twpolice.converters.rdf import doc_slug
from twpolice.model import DocumentMeta
from twpolice.review.confidence import History

_HISTORY = """SELECT ?label ?vt ?unit ?v WHERE {{
  ?m a twp:Measurement ; twp:agency <{agency}> ; twp:indicator/skos:prefLabel ?label ; twp:valueType ?vt ;
     twp:value ?v ; twp:unitText ?unit ; twp:sourcePassage/twp:inDocument ?d .
  FILTER (?d != <{document}>) }}"""


def indicator_history(select: Callable[[str], Iterable], meta: DocumentMeta) -> History:
    """(indicator, kind, unit) → the agency's values in the other documents; ``select`` runs a SPARQL query over
    the union graph and gives rows whose cells have ``.value`` (a GraphStore's ``query``, a site's describer)."""
    document = iris.document(meta.agency, doc_slug(meta))
    out: History = defaultdict(list)
    for row in select(_HISTORY.format(agency=iris.agency(meta.agency), document=document)):
        try:
            value = Decimal(row["v"].value)
        except InvalidOperation:
            continue
        out[(row["label"].value, row["vt"].value.rsplit("/", 1)[-1], row["unit"].value)].append(value)
    return dict(out)
