"""What a submission is once read: its triples, with where each came from (a CSV cell), for validation reports."""

from __future__ import annotations

from rdflib import Graph


class Submission(Graph):
    """The submitted triples, with where they came from.

    ``origins`` maps (node, predicate) and (node, None) to the spreadsheet cell a triple came from
    (CSV submissions only), so validation results can point at a row and a column.
    """

    def __init__(self, name: str = "submission", fmt: str = "turtle") -> None:
        super().__init__()
        self.name = name
        self.format = fmt
        self.origins: dict = {}
