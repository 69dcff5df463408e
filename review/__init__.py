"""Review before publishing (issue 14): a person confirms, corrects, rejects or adds facts, and the decisions,
filed per document under stable fact keys, are applied to every later conversion of the document.

``corrections`` reads and writes a document's corrections file; ``apply`` applies its decisions to a converted
document; ``confidence`` scores each fact so the riskiest come first; ``sheet`` writes the review sheet and merges
a filled-in one; ``document`` converts a document with its corrections applied (what ``build``, ``convert``,
``review`` and the web review page all call)."""
