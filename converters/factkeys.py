"""Stable fact keys (issue 14): the name a reviewer's decision is filed under.

A key must survive re-conversion and edits elsewhere in the document, so it is built from what a reader
sees of the figure — the document's identity (agency, genre, period; not its bytes or line numbers), the
figure as printed and its quoted context (the sentence, or for a table cell the row's and column's names,
which the printed label and period carry) — never from line numbers, which shift when lines are inserted."""

from __future__ import annotations

import hashlib
import re

from twpolice.model import DocumentMeta, Fact

_SPACE = re.compile(r"\s+")


def document_identity(meta: DocumentMeta) -> str:
    """Agency, genre and period: unchanged when the text is corrected, unlike sha256 or line counts."""
    return f"{meta.agency}/{meta.genre}/{meta.period.slug}"


def squeeze(text: str) -> str:
    """Whitespace removed, so re-wrapping or re-indenting lines keeps the key."""
    return _SPACE.sub("", text)


def _base(identity: str, fact: Fact) -> str:
    parts = (identity, fact.kind, fact.period.slug, squeeze(fact.value_text), squeeze(fact.passage.quote),
             squeeze(fact.printed_label or fact.indicator))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def fact_keys(meta: DocumentMeta, facts: list[Fact]) -> list[str]:
    """One key per fact, in order; the same figure read alike twice in one context gets ``-2``, ``-3`` by order."""
    identity = document_identity(meta)
    seen: dict[str, int] = {}
    keys: list[str] = []
    for fact in facts:
        base = _base(identity, fact)
        seen[base] = seen.get(base, 0) + 1
        keys.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return keys


def assign_keys(meta: DocumentMeta, facts: list[Fact]) -> None:
    """Set ``Fact.key`` on every fact of a converted document (the pipeline's last step)."""
    for fact, key in zip(facts, fact_keys(meta, facts)):
        fact.key = key


def added_key(meta: DocumentMeta, quote: str, value_text: str, indicator: str) -> str:
    """The key of a fact a reviewer added: ``add-`` and a hash of where and what it is."""
    parts = (document_identity(meta), squeeze(quote), squeeze(value_text), squeeze(indicator))
    return "add-" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
