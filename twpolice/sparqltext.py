"""The one SPARQL lexer: a query's tokens, and what the query is (form, update, SERVICE, FROM) without running it.

The engine parses the query for real; :func:`tokens` only splits it (strings, IRIs, variables, prefixed names,
words, numbers, punctuation; comments and whitespace dropped), so the endpoint can refuse updates and ``SERVICE``
before anything runs (pyoxigraph would otherwise make the HTTP call), keep the union default graph unless the
query names its own dataset, tell a remote store's form (:mod:`twpolice.graph.remote`) and plan provably cheap
queries (:mod:`twpolice.api.query.inline`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from twpolice.errors import UserError
from twpolice.nesting import check_depth

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# where brackets do not count towards nesting: comments, strings (all four quotings) and IRIs
_SKIP = (r'''\#[^\n\r]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
         r'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'|<[^<>"{}|^`\\\s]*>''')
_LEXEME = re.compile(
    r'''(?P<ws>\s+|\#[^\n\r]*)'''
    r'''|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'''
    r'''|(?P<str>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
    r'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')'''
    r'''|(?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)'''
    r'''|(?P<bnode>_:[A-Za-z0-9_\u00C0-\uFFFF][\w\-.\u00B7\u00C0-\uFFFF]*)'''
    r'''|(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)'''
    r'''|(?P<num>[+-]?(?:\d*\.\d+|\d+)(?:[eE][+-]?\d+)?)'''
    r'''|(?P<pname>(?:[A-Za-z\u00C0-\uFFFF](?:[\w\-.\u00B7\u00C0-\uFFFF]*[\w\-\u00B7\u00C0-\uFFFF])?)?:'''
    r'''(?:(?:[\w:\u00C0-\uFFFF]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])'''
    r'''(?:[\w\-:.\u00B7\u00C0-\uFFFF]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])*'''
    r'''(?<!\.))?)'''
    r'''|(?P<word>[A-Za-z_][A-Za-z0-9_]*)'''
    r'''|(?P<punct>\^\^|[{}.;,*])'''
    r'''|(?P<other>.)''',  # whitespace, newlines included, is taken by ws above
)


@dataclass(frozen=True)
class Token:
    """``kind``: iri, str, var, bnode, lang, num, pname, word, punct, or other (any character no token above
    starts with: brackets, operators, a stray quote)."""

    kind: str
    text: str


UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


@dataclass(frozen=True)
class QueryShape:
    """Keywords found at the top of / anywhere in a request's text."""

    form: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE, or None when unknown
    is_update: bool
    has_service: bool
    has_from: bool
    has_graph: bool  # a GRAPH pattern: reads named graphs


def unescape(text: str) -> str:
    """Apply SPARQL's codepoint escapes (\\uXXXX, \\UXXXXXXXX), processed before parsing."""
    if "\\u" not in text and "\\U" not in text:
        return text

    def repl(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except ValueError:
            return m.group(0)

    return _ESCAPE.sub(repl, text)


def tokens(text: str) -> list[Token]:
    """The tokens of ``text`` after codepoint escapes, whitespace and comments dropped."""
    return [Token(m.lastgroup, m.group()) for m in _LEXEME.finditer(unescape(text)) if m.lastgroup != "ws"]


def keywords(text: str) -> list[str]:
    """Bare words outside strings, IRIs, comments and variables, upper-cased (prefixed names excluded)."""
    return [tok.text.upper() for tok in tokens(text) if tok.kind == "word"]


def shape(text: str) -> QueryShape:
    words = keywords(text)
    i = 0
    # skip the prologue: BASE <iri> / PREFIX p: <iri> (the IRIs and prefixed names are not words)
    while i < len(words) and words[i] in ("BASE", "PREFIX"):
        i += 1
    first = words[i] if i < len(words) else None
    form = first if first in FORMS else None
    return QueryShape(
        form=form,
        is_update=first in UPDATE_WORDS,
        has_service="SERVICE" in words,
        has_from="FROM" in words,
        has_graph="GRAPH" in words,
    )


class QueryRefused(UserError):
    """A query refused before the engine sees it; ``status`` is the endpoint's answer."""

    def __init__(self, status: int, zh: str, en: str) -> None:
        super().__init__(zh, en)
        self.status = status


def check_query(text: str) -> QueryShape:
    """The shape of a query that may run here; the one gate for the CLI and the endpoint. An update is refused
    as read-only (rather than left to the query parser's syntax error), and nesting past
    :data:`~twpolice.nesting.MAX_DEPTH` before Oxigraph's parser overflows its stack (a segfault)."""
    try:
        check_depth(unescape(text), _SKIP, "查詢", "the query")
    except UserError as exc:
        raise QueryRefused(400, exc.zh, exc.en) from exc
    info = shape(text)
    if info.is_update:
        raise QueryRefused(403, "唯讀：不接受 SPARQL Update", "read-only: SPARQL Update is refused")
    return info


_ERROR_AT = re.compile(r"error at (?P<line>\d+):(?P<col>\d+)")
_PREFIXED = re.compile(r"(?<![\w?$:/#<])(?P<prefix>[A-Za-z][\w\-.]*)?:(?=[\w\-%\\]|\s|$)")


def undeclared_prefix(text: str, message: str) -> tuple[str, int, int] | None:
    """(prefix, line, column) of the prefixed name the parser could not resolve, from its 「Prefix not found」
    error; None for any other error (its own message is shown then)."""
    if "Prefix not found" not in message:
        return None
    at = _ERROR_AT.search(message)
    if at is None:
        return None
    line, col = int(at["line"]), int(at["col"])
    rows = text.splitlines()
    if not 0 < line <= len(rows):
        return None
    best = None
    for m in _PREFIXED.finditer(rows[line - 1]):
        if m.start() < col:  # the last prefixed name that starts before the error's column
            best = m
    return (best["prefix"] or "", line, col) if best is not None else None
