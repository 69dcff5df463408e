"""Stable fact keys (issue 14): the name a reviewer's decision is filed under.

A key must survive re-conversion and edits elsewhere in the document, so it is built from what a reader
sees of the figure itself — the document's identity (agency, genre, period, not its bytes or line numbers)
and the figure's quoted context — never from positions that shift when other lines are edited."""

from __future__ import annotations

import hashlib
import re

from twpolice.model import DocumentMeta, Fact

_SPACE = re.compile(r"\s+")


def document_identity(meta: DocumentMeta) -> str:
    """Agency, genre and period: unchanged when the text is corrected, unlike sha256 or line counts."""
    return f"{meta.agency}/{meta.genre}/{meta.period.slug}"


def _context(fact: Fact) -> str:
    """The quote with whitespace removed, so re-wrapping or re-indenting lines keeps the key."""
    return _SPACE.sub("", fact.passage.quote)


def _base(meta: DocumentMeta, fact: Fact) -> str:
    parts = (document_identity(meta), fact.kind, fact.period.slug, _SPACE.sub("", fact.value_text), _context(fact))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def fact_keys(meta: DocumentMeta, facts: list[Fact]) -> list[str]:
    """One key per fact, in order; the same figure quoted twice in one context gets ``-2``, ``-3`` by order."""
    seen: dict[str, int] = {}
    keys: list[str] = []
    for fact in facts:
        base = _base(meta, fact)
        seen[base] = seen.get(base, 0) + 1
        keys.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return keys
