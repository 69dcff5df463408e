"""SPARQL result serialisers (JSON, XML, CSV, TSV) over a list of pyoxigraph solutions.

Written here rather than with ``QuerySolutions.serialize`` because the endpoint
stops at a row cap: it takes the first rows from the engine, then serialises them.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _jstr  # the C quoting json.dumps(ensure_ascii=False) uses
from typing import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term_json(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            out["datatype"] = t.datatype.value
        return out
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(t.subject), "predicate": term_json(t.predicate),
                                            "object": term_json(t.object)}}
    raise TypeError(f"not a term: {t!r}")


def _term_text(t) -> str:
    """``json.dumps(term_json(t), ensure_ascii=False, separators=(",", ":"))``, written out (the hot path)."""
    cls = type(t)
    if cls is ox.NamedNode:
        return '{"type":"uri","value":' + _jstr(t.value) + "}"
    if cls is ox.Literal:
        lang = t.language
        if lang:
            return '{"type":"literal","value":' + _jstr(t.value) + ',"xml:lang":' + _jstr(lang) + "}"
        dt = t.datatype.value
        if dt != XSD_STRING:
            return '{"type":"literal","value":' + _jstr(t.value) + ',"datatype":' + _jstr(dt) + "}"
        return '{"type":"literal","value":' + _jstr(t.value) + "}"
    if cls is ox.BlankNode:
        return '{"type":"bnode","value":' + _jstr(t.value) + "}"
    return json.dumps(term_json(t), ensure_ascii=False, separators=(",", ":"))


def to_json(variables: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """The same bytes as ``json.dumps`` of the results document, built from strings (several times faster)."""
    keys = [_jstr(v) + ":" for v in variables]
    bindings = []
    for row in rows:
        bindings.append("{" + ",".join([k + _term_text(t) for k, t in zip(keys, row) if t is not None]) + "}")
    head = '{"head":{"vars":[' + ",".join(_jstr(v) for v in variables) + ']},"results":{"bindings":['
    return (head + ",".join(bindings) + "]}}").encode("utf-8")


def to_json_reference(variables: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """The plain ``json.dumps`` version :func:`to_json` must equal byte for byte (tests)."""
    bindings = [{name: term_json(t) for name, t in zip(variables, row) if t is not None} for row in rows]
    doc = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def boolean_json(value: bool) -> bytes:
    return b'{"head":{},"boolean":' + (b"true" if value else b"false") + b"}"


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    if isinstance(t, ox.Triple):
        return (f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>{_xml_term(t.predicate)}</predicate>"
                f"<object>{_xml_term(t.object)}</object></triple>")
    raise TypeError(f"not a term: {t!r}")


_XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'


def to_xml(variables: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    parts = [_XML_HEAD, "<head>"]
    parts += [f"<variable name={quoteattr(v)}/>" for v in variables]
    parts.append("</head><results>")
    for row in rows:
        parts.append("<result>")
        for name, t in zip(variables, row):
            if t is not None:
                parts.append(f"<binding name={quoteattr(name)}>{_xml_term(t)}</binding>")
        parts.append("</result>")
    parts.append("</results></sparql>\n")
    return "".join(parts).encode("utf-8")


def boolean_xml(value: bool) -> bytes:
    return (f"{_XML_HEAD}<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode("utf-8")


def _csv_cell(t) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        text = "_:" + t.value
    elif isinstance(t, (ox.NamedNode, ox.Literal)):
        text = t.value
    else:
        text = _nt(t)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def to_csv(variables: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    lines = [",".join(variables)]
    lines += [",".join(_csv_cell(t) for t in row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _nt(t) -> str:
    """N-Triples / Turtle syntax of a term (TSV cells)."""
    if isinstance(t, ox.Literal):
        v = t.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        if t.language:
            return f'"{v}"@{t.language}'
        if t.datatype.value == XSD_STRING:
            return f'"{v}"'
        return f'"{v}"^^<{t.datatype.value}>'
    if isinstance(t, ox.NamedNode):
        return f"<{t.value}>"
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, ox.Triple):
        return f"<< {_nt(t.subject)} {_nt(t.predicate)} {_nt(t.object)} >>"
    raise TypeError(f"not a term: {t!r}")


def to_tsv(variables: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    lines = ["\t".join("?" + v for v in variables)]
    lines += ["\t".join("" if t is None else _nt(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def boolean_text(value: bool) -> bytes:
    return b"true\n" if value else b"false\n"


SELECT_WRITERS = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}
BOOLEAN_WRITERS = {"json": boolean_json, "xml": boolean_xml, "csv": boolean_text, "tsv": boolean_text}
