"""CSV on the Web (W3C CSVW) metadata for the release's tables, and a converter from such a CSV back
to RDF for the features our metadata uses.

The converter implements CSVW's *minimal mode* (csv2rdf §4) for: ``url``, ``dialect`` (UTF-8, header
row, BOM stripped), ``tableSchema`` with ``aboutUrl``; columns with ``name``, ``titles``, ``datatype``
(``string``, ``integer``, ``decimal``, ``date``, ``anyURI``), ``lang``, ``separator``, ``null``
(empty cell), ``propertyUrl``, ``valueUrl``, ``aboutUrl``, ``suppressOutput`` and ``virtual``; URI
templates with ``{name}`` (simple expansion, percent-encoded) and ``{+name}`` (reserved expansion).
It never fetches anything: the ``@context`` is recognised by its IRI, not loaded.
"""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

from twpolice.graph.tables import RDF_TYPE, Table

CSVW_CONTEXT = "http://www.w3.org/ns/csvw"
XSD = "http://www.w3.org/2001/XMLSchema#"
_DATATYPES = {"string": XSD + "string", "integer": XSD + "integer", "decimal": XSD + "decimal",
              "date": XSD + "date", "anyURI": XSD + "anyURI"}


def _template(col_name: str) -> str:
    return "{+" + col_name + "}"


def metadata(table: Table, csv_name: str | None = None) -> dict:
    """The CSVW metadata document (``{csv}-metadata.json``) for one table."""
    columns = []
    for c in table.columns:
        col: dict = {
            "name": c.name,
            "titles": c.name,
            "dc:description": [{"@value": c.zh, "@language": "zh-Hant"}, {"@value": c.en, "@language": "en"}],
            "datatype": c.datatype,
        }
        if c.lang:
            col["lang"] = c.lang
        if c.separator:
            col["separator"] = c.separator
        if c.name == table.subject or c.prop is None:
            col["suppressOutput"] = True
            if c.path:
                col["dc:source"] = c.path  # where the value comes from in the graph
        else:
            col["propertyUrl"] = c.prop
            if c.about:
                col["aboutUrl"] = _template(c.about)
            if c.value_url:
                col["valueUrl"] = c.value_url
        columns.append(col)
    if table.rdf_type:
        columns.append({"name": "rdf_type", "virtual": True, "propertyUrl": "rdf:type", "valueUrl": table.rdf_type})
    return {
        "@context": [CSVW_CONTEXT, {"@language": "zh-Hant"}],
        "url": csv_name or f"{table.name}.csv",
        "dc:title": [{"@value": table.title_zh, "@language": "zh-Hant"}, {"@value": table.title_en, "@language": "en"}],
        "dc:description": [{"@value": table.description_zh, "@language": "zh-Hant"},
                           {"@value": table.description_en, "@language": "en"}],
        "dc:license": {"@id": "https://data.gov.tw/license"},
        "dialect": {"encoding": "utf-8", "header": True, "headerRowCount": 1, "lineTerminators": ["\r\n", "\n"]},
        "tableSchema": {
            "aboutUrl": _template(table.subject),
            "primaryKey": table.subject if table.name != "indicators" else None,
            "columns": columns,
        },
    }


def metadata_json(table: Table, csv_name: str | None = None) -> bytes:
    meta = metadata(table, csv_name)
    if meta["tableSchema"]["primaryKey"] is None:
        del meta["tableSchema"]["primaryKey"]  # an indicator mapped twice has two rows
    return (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------
# CSVW → RDF (minimal mode)

_PREFIXES = {  # the CSVW initial context prefixes our metadata may use
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": XSD,
    "dc": "http://purl.org/dc/terms/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}
_VAR = re.compile(r"\{(\+?)([A-Za-z0-9_]+)\}")


class CsvwError(ValueError):
    pass


def _expand_curie(value: str) -> str:
    prefix, _, local = value.partition(":")
    if prefix in _PREFIXES and not local.startswith("//"):
        return _PREFIXES[prefix] + local
    return value


def expand_template(template: str, cells: dict[str, str | None]) -> str | None:
    """RFC 6570 level 2 expansion ({var}, {+var}); None when a referenced cell is null."""
    missing = False

    def sub(m: re.Match) -> str:
        nonlocal missing
        value = cells.get(m.group(2))
        if value is None or value == "":
            missing = True
            return ""
        if m.group(1) == "+":
            return urllib.parse.quote(value, safe=":/?#[]@!$&'()*+,;=%-._~")
        return urllib.parse.quote(value, safe="-._~")

    out = _VAR.sub(sub, template)
    return None if missing else _expand_curie(out)


def _literal(value: str, col: dict) -> ox.Literal:
    dt = col.get("datatype", "string")
    if isinstance(dt, dict):
        dt = dt.get("base", "string")
    if col.get("lang") and dt == "string":
        return ox.Literal(value, language=col["lang"])
    if dt == "string":
        return ox.Literal(value)
    if dt == "integer":
        if not re.fullmatch(r"[+-]?\d+", value):
            raise CsvwError(f"{col['name']}: not an integer: {value!r}")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(_DATATYPES["integer"]))
    if dt == "decimal":
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", value):
            raise CsvwError(f"{col['name']}: not a decimal: {value!r}")
        return ox.Literal(value, datatype=ox.NamedNode(_DATATYPES["decimal"]))
    if dt == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise CsvwError(f"{col['name']}: not a date: {value!r}")
        return ox.Literal(value, datatype=ox.NamedNode(_DATATYPES["date"]))
    if dt in _DATATYPES:
        return ox.Literal(value, datatype=ox.NamedNode(_DATATYPES[dt]))
    raise CsvwError(f"{col['name']}: unsupported datatype {dt!r}")


def csv_to_rdf(metadata_path: Path) -> list[ox.Triple]:
    """Triples of a CSV described by a CSVW metadata file (minimal mode), the CSV read from ``url``."""
    meta = json.loads(metadata_path.read_text(encoding="utf-8"))
    ctx = meta.get("@context")
    if ctx != CSVW_CONTEXT and not (isinstance(ctx, list) and ctx and ctx[0] == CSVW_CONTEXT):
        raise CsvwError("not CSVW metadata (@context)")
    dialect = meta.get("dialect", {})
    if dialect.get("encoding", "utf-8").lower() != "utf-8":
        raise CsvwError("only utf-8 is supported")
    csv_path = (metadata_path.parent / meta["url"]).resolve()
    text = csv_path.read_bytes().decode("utf-8-sig")  # CSVW reads UTF-8; a BOM is not data
    schema = meta["tableSchema"]
    columns = schema["columns"]
    real = [c for c in columns if not c.get("virtual")]
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    titles = [c.get("titles", c["name"]) for c in real]
    if header != titles:
        raise CsvwError(f"header {header} does not match the metadata's columns {titles}")
    table_about = schema.get("aboutUrl")
    triples: list[ox.Triple] = []
    for n, raw in enumerate(reader, start=2):
        if not raw:
            continue
        if len(raw) != len(real):
            raise CsvwError(f"row {n}: {len(raw)} cells, {len(real)} columns")
        cells = {c["name"]: (v if v != c.get("null", "") else None) for c, v in zip(real, raw)}
        row_subject = expand_template(table_about, cells) if table_about else None
        for col in columns:
            if col.get("suppressOutput"):
                continue
            value = None if col.get("virtual") else cells[col["name"]]
            if value is None and not col.get("virtual"):
                continue
            about = expand_template(col["aboutUrl"], cells) if "aboutUrl" in col else row_subject
            if about is None:
                continue
            prop = expand_template(col["propertyUrl"], cells) if "propertyUrl" in col else None
            if prop is None:
                if "propertyUrl" in col:
                    continue
                prop = f"{csv_path.as_uri()}#{urllib.parse.quote(col['name'])}"
            values = [value] if col.get("separator") is None or value is None else value.split(col["separator"])
            for v in values:
                if "valueUrl" in col:
                    obj_iri = expand_template(col["valueUrl"], {**cells, col["name"]: v})
                    if obj_iri is None:
                        continue
                    obj = ox.NamedNode(obj_iri)
                else:
                    obj = _literal(v, col)
                triples.append(ox.Triple(ox.NamedNode(about), ox.NamedNode(prop), obj))
    return triples


__all__ = ["metadata", "metadata_json", "csv_to_rdf", "expand_template", "CsvwError", "RDF_TYPE"]
