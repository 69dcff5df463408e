"""How deeply a text nests its brackets, checked before a recursive parser sees it.

Parsers recurse once per level: Python's ``json`` raises ``RecursionError`` near 1,000 levels and
Oxigraph's SPARQL parser overflows its stack (a segmentation fault, not an error) near 3,000. No real
query or submission nests anywhere near :data:`MAX_DEPTH`, so deeper input is refused up front with one
clear line instead of crashing whoever parses it.
"""

from __future__ import annotations

import re
from xml.parsers import expat

from twpolice.errors import UserError

MAX_DEPTH = 256
_BRACKETS = r"(?P<open>[(\[{])|(?P<close>[)\]}])"


def max_depth(text: str, skip: str) -> int:
    """The deepest bracket nesting (``()``, ``[]``, ``{}``) outside what the regex ``skip`` matches
    (strings, IRIs, comments), without recursing."""
    depth = deepest = 0
    for m in re.finditer(f"(?:{skip})|{_BRACKETS}", text, re.DOTALL):
        if m.group("open"):
            depth += 1
            deepest = max(deepest, depth)
        elif m.group("close"):
            depth = max(0, depth - 1)
    return deepest


class TooDeeplyNested(UserError):
    """Input nested past :data:`MAX_DEPTH` levels (``depth`` None: counting stopped at the limit)."""

    def __init__(self, what_zh: str, what_en: str, depth: int | None) -> None:
        zh, en = (f"{depth} 層", f"{depth} levels") if depth else (f"超過 {MAX_DEPTH} 層", f"over {MAX_DEPTH} levels")
        super().__init__(f"{what_zh}巢狀層數過深（{zh}，上限 {MAX_DEPTH} 層）：請簡化",
                         f"{what_en} is too deeply nested ({en}, limit {MAX_DEPTH}): simplify it")


def check_depth(text: str, skip: str, what_zh: str, what_en: str) -> None:
    """Raise :class:`TooDeeplyNested` when ``text`` nests deeper than :data:`MAX_DEPTH`."""
    depth = max_depth(text, skip)
    if depth > MAX_DEPTH:
        raise TooDeeplyNested(what_zh, what_en, depth)


def check_xml_depth(data: bytes, what_zh: str, what_en: str) -> None:
    """Raise :class:`TooDeeplyNested` when XML elements nest deeper than :data:`MAX_DEPTH`.

    Oxigraph's RDF/XML parser takes time quadratic in the depth (4.6 MB nested 57,000 deep took about two
    minutes); expat counts the depth in linear time, without recursing, and stops at the limit. Malformed
    XML is left to the RDF parser, which reports it with its line and column.
    """
    class _Deep(Exception):
        pass

    depth = 0

    def start(_name: str, _attrs: dict) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _Deep()

    def end(_name: str) -> None:
        nonlocal depth
        depth -= 1

    parser = expat.ParserCreate()
    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        parser.Parse(data, True)
    except _Deep:
        raise TooDeeplyNested(what_zh, what_en, None) from None
    except expat.ExpatError:
        return
