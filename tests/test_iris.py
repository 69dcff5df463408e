"""twpolice/iris.py: a document's IRI and its named graph's are minted and read back in one place."""

from __future__ import annotations

import pytest

from twpolice import iris


def test_a_document_iri_gives_its_key_and_its_graph_under_any_base():
    doc = iris.document("kaohsiung-police", "111-performance-report")
    assert iris.document_key(doc) == ("kaohsiung-police", "111-performance-report")
    assert iris.graph_of_document(doc) == iris.document_graph("kaohsiung-police", "111-performance-report")
    other = "http://data.example.gov.tw/twpolice/id/document/taipei-police/2023-plan"  # a deployment's own base
    assert iris.graph_of_document(other) == "http://data.example.gov.tw/twpolice/id/graph/taipei-police/2023-plan"


@pytest.mark.parametrize("iri", [
    iris.agency("kaohsiung-police"),
    iris.BASE + "id/document/kaohsiung-police",  # no slug
    iris.BASE + "id/document/kaohsiung-police/111-report/passage/L1-L2",  # a passage, not the document
    iris.BASE + "id/document//111-report",
])
def test_other_iris_are_not_documents(iri):
    assert iris.document_key(iri) is None and iris.graph_of_document(iri) is None
