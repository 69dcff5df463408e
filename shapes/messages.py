"""Bilingual messages: labels of resources, and what each SHACL constraint expected.

Core shapes carry no ``sh:message`` (a custom message would replace the engine's detail);
instead the expectation is described here from the shape's own parameters, in 繁體中文 and English,
and the engine's detail is kept next to it.
"""

from __future__ import annotations

import re
from typing import Callable

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, FOAF, SKOS
from rdflib.term import Node

from twpolice import iris
from twpolice.shapes.profiles import SH
from twpolice.shapes.terms import curie, literal_display
from twpolice.vocab import kind_label

Bi = dict[str, str]
LABEL_PROPS = (SKOS.prefLabel, RDFS.label, DCTERMS.title, FOAF.name)


class Labeler:
    """Human labels (zh-Hant / en) of nodes in the validated graph, cached."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self._cache: dict[Node, Bi] = {}

    def labels(self, node: Node) -> Bi:
        if node not in self._cache:
            self._cache[node] = self._compute(node)
        return self._cache[node]

    def _own(self, node: Node) -> Bi:
        out: Bi = {}
        for prop in LABEL_PROPS:
            for lit in self.g.objects(node, prop):
                if not isinstance(lit, Literal):
                    continue
                lang = (lit.language or "").lower()
                key = "en" if lang.startswith("en") else "zh-Hant" if lang.startswith("zh") else ""
                if key and key not in out:
                    out[key] = str(lit)
                elif not key and "" not in out:
                    out[""] = str(lit)
            if "zh-Hant" in out and "en" in out:
                break
        plain = out.pop("", None)
        if plain and not out:
            out = {"zh-Hant": plain, "en": plain}
        return out

    def _compute(self, node: Node) -> Bi:
        own = self._own(node)
        if own:
            return {"zh-Hant": own.get("zh-Hant") or own["en"], "en": own.get("en") or own["zh-Hant"]}
        if (node, RDF.type, iris.TWP.Measurement) in self.g:
            return self._measurement(node)
        if (node, RDF.type, iris.TWP.SourcePassage) in self.g:
            ls, le = self.g.value(node, iris.TWP.lineStart), self.g.value(node, iris.TWP.lineEnd)
            if ls is not None:
                return {"zh-Hant": f"段落（第 {ls}–{le} 行）", "en": f"passage (lines {ls}–{le})"}
        return {}

    def _measurement(self, node: Node) -> Bi:
        parts: dict[str, list[str]] = {"zh-Hant": [], "en": []}
        for prop in (iris.TWP.agency, iris.TWP.program, iris.TWP.indicator, iris.TWP.period, iris.TWP.valueType):
            target = self.g.value(node, prop)
            if target is None:
                continue
            lab = self._own(target)
            if prop == iris.TWP.valueType and not lab and isinstance(target, URIRef):
                kind = str(target).rsplit("/", 1)[-1]
                lab = {"zh-Hant": kind_label(kind), "en": kind}
            for lang in parts:
                text = lab.get(lang) or lab.get("zh-Hant") or lab.get("en")
                if text:
                    parts[lang].append(text)
        if not parts["zh-Hant"]:
            return {}
        return {"zh-Hant": "・".join(parts["zh-Hant"]), "en": " · ".join(parts["en"])}

    def display(self, term: Node | None, lang: str) -> str:
        """A term for a sentence: 件 (unit:CASES), "12.0"^^xsd:double, 高雄市政府警察局 (…/agency/…)."""
        if term is None:
            return "—"
        if isinstance(term, Literal):
            return literal_display(term)
        text = self.labels(term).get(lang)
        short = curie(term)
        return f"{text}（{short}）" if text and lang == "zh-Hant" else f"{text} ({short})" if text else short


# ---------------------------------------------------------------------------------------------
# Core constraint components


def _n(shapes: Graph, shape: Node, prop: URIRef) -> Node | None:
    return shapes.value(shape, prop)


def path_text(shapes: Graph, path: Node | None) -> str:
    """SPARQL-style rendering of a SHACL path."""
    if path is None:
        return ""
    if isinstance(path, URIRef):
        return curie(path)
    if (path, RDF.first, None) in shapes:
        return "/".join(path_text(shapes, p) for p in Collection(shapes, path))
    alt = shapes.value(path, SH.alternativePath)
    if alt is not None:
        return "|".join(path_text(shapes, p) for p in Collection(shapes, alt))
    inv = shapes.value(path, SH.inversePath)
    if inv is not None:
        return "^" + path_text(shapes, inv)
    for prop, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = shapes.value(path, prop)
        if inner is not None:
            return path_text(shapes, inner) + mark
    return str(path)


def describe_shape(shapes: Graph, shape: Node) -> Bi:
    """What a (nested) shape asks for, in both languages."""
    zh, en = [], []
    name = [lit for lit in shapes.objects(shape, SH.name) if isinstance(lit, Literal)]
    dt = _n(shapes, shape, SH.datatype)
    if dt is not None:
        zh.append(f"資料型別 {curie(dt)}")
        en.append(f"datatype {curie(dt)}")
    cls = _n(shapes, shape, SH["class"])
    if cls is not None:
        zh.append(f"類別 {curie(cls)}")
        en.append(f"an instance of {curie(cls)}")
    langs = _n(shapes, shape, SH.languageIn)
    if langs is not None:
        tags = " 或 ".join(str(t) for t in Collection(shapes, langs))
        zh.append(f"語言標記 {tags}")
        en.append(f"language {tags.replace(' 或 ', ' or ')}")
    path = _n(shapes, shape, SH.path)
    mc = _n(shapes, shape, SH.minCount)
    if path is not None and mc is not None:
        zh.append(f"有 {path_text(shapes, path)}")
        en.append(f"has {path_text(shapes, path)}")
    for lst_prop, zh_join, en_join in ((SH["or"], " 或 ", " or "),):
        lst = _n(shapes, shape, lst_prop)
        if lst is not None:
            parts = [describe_shape(shapes, m) for m in Collection(shapes, lst)]
            zh.append(zh_join.join(p["zh-Hant"] for p in parts))
            en.append(en_join.join(p["en"] for p in parts))
    node = _n(shapes, shape, SH.node)
    if node is not None:
        inner = describe_shape(shapes, node)
        zh.append(inner["zh-Hant"])
        en.append(inner["en"])
    if not zh and name:
        return {"zh-Hant": str(name[0]), "en": str(name[-1])}
    return {"zh-Hant": "、".join(zh) or curie(shape), "en": ", ".join(en) or curie(shape)}


def describe_core(shapes: Graph, shape: Node, component: URIRef, value: Node | None, path: Node | None,
                  focus: Node, labeler: Labeler, data: Graph) -> tuple[Bi, Bi]:
    """(message, expected) for a SHACL Core result, from the shape's own parameters."""
    comp = str(component).rsplit("#", 1)[-1].replace("ConstraintComponent", "")
    fn = _COMPONENTS.get(comp)
    p = path_text(shapes, path) or "—"
    v = {lang: labeler.display(value, lang) for lang in ("zh-Hant", "en")}
    if fn is None:
        return ({"zh-Hant": f"{p}：不符合 {comp} 限制", "en": f"{p}: fails the {comp} constraint"},
                describe_shape(shapes, shape))
    return fn(shapes, shape, p, v, value, data)


def _bi(zh: str, en: str) -> Bi:
    return {"zh-Hant": zh, "en": en}


def _min_count(shapes, shape, p, v, value, data):
    n = _n(shapes, shape, SH.minCount)
    if str(n) == "1":
        return _bi(f"缺少 {p}", f"{p} is missing"), _bi("至少 1 個值", "at least 1 value")
    return _bi(f"{p} 少於 {n} 個值", f"{p} has fewer than {n} values"), _bi(f"至少 {n} 個值", f"at least {n} values")


def _max_count(shapes, shape, p, v, value, data):
    n = _n(shapes, shape, SH.maxCount)
    return (_bi(f"{p} 的值超過 {n} 個", f"{p} has more than {n} value(s)"),
            _bi(f"至多 {n} 個值", f"at most {n} value(s)"))


def _datatype(shapes, shape, p, v, value, data):
    dt = curie(_n(shapes, shape, SH.datatype))
    exp = _bi(f"資料型別 {dt}", f"datatype {dt}")
    if isinstance(value, Literal) and getattr(value, "ill_typed", False):
        return _bi(f"{p} 的值 {v['zh-Hant']} 不是有效的 {dt}（例如日曆上不存在的日期）",
                   f"{p} value {v['en']} is not a valid {dt} (e.g. a date that does not exist)"), exp
    if isinstance(value, Literal) and value.language and dt == "rdf:langString":
        return _bi(f"{p} 的值 {v['zh-Hant']} 不符", f"{p} value {v['en']} does not match"), exp
    if isinstance(value, Literal) and dt == "rdf:langString":
        return _bi(f"{p} 的值 {v['zh-Hant']} 沒有語言標記", f"{p} value {v['en']} has no language tag"), \
            _bi("帶語言標記的字串（@zh-Hant 或 @en）", "a language-tagged string (@zh-Hant or @en)")
    return _bi(f"{p} 的值 {v['zh-Hant']} 的資料型別不是 {dt}", f"{p} value {v['en']} is not of datatype {dt}"), exp


def _or(shapes, shape, p, v, value, data):
    exp = describe_shape(shapes, shape)
    lst = _n(shapes, shape, SH["or"])
    if lst is not None:
        parts = [describe_shape(shapes, m) for m in Collection(shapes, lst)]
        exp = _bi(" 或 ".join(x["zh-Hant"] for x in parts), " or ".join(x["en"] for x in parts))
    if p == "—":
        return _bi(f"需要其中之一：{exp['zh-Hant']}", f"needs one of: {exp['en']}"), exp
    return _bi(f"{p} 的值 {v['zh-Hant']} 不符：應為 {exp['zh-Hant']}", f"{p} value {v['en']} does not match: expected {exp['en']}"), exp


def _node(shapes, shape, p, v, value, data):
    exp = describe_shape(shapes, _n(shapes, shape, SH.node))
    return _bi(f"{p} 的值 {v['zh-Hant']} 不符：應為 {exp['zh-Hant']}", f"{p} value {v['en']} does not match: expected {exp['en']}"), exp


def _class(shapes, shape, p, v, value, data):
    cls = curie(_n(shapes, shape, SH["class"]))
    exp = _bi(f"類別 {cls} 的資源", f"an instance of {cls}")
    if value is not None and not isinstance(value, Literal) and (value, RDF.type, None) not in data:
        return _bi(f"{p} 指向 {v['zh-Hant']}，但找不到它的描述（懸空的參照，應為 {cls}）",
                   f"{p} points to {v['en']}, which is not described anywhere (dangling reference; expected {cls})"), exp
    return _bi(f"{p} 的值 {v['zh-Hant']} 不是 {cls}", f"{p} value {v['en']} is not a {cls}"), exp


def _in(shapes, shape, p, v, value, data):
    allowed = ", ".join(curie(x) for x in Collection(shapes, _n(shapes, shape, SH["in"])))
    return (_bi(f"{p} 的值 {v['zh-Hant']} 不在允許的值中", f"{p} value {v['en']} is not one of the allowed values"),
            _bi(f"其中之一：{allowed}", f"one of: {allowed}"))


def _has_value(shapes, shape, p, v, value, data):
    hv = curie(_n(shapes, shape, SH.hasValue))
    return _bi(f"{p} 應為 {hv}", f"{p} must be {hv}"), _bi(f"值 {hv}", f"the value {hv}")


def _node_kind(shapes, shape, p, v, value, data):
    kind = str(_n(shapes, shape, SH.nodeKind)).rsplit("#", 1)[-1]
    zh = {"IRI": "IRI", "Literal": "字面值（字串或數字）", "BlankNode": "空白節點"}.get(kind, kind)
    return _bi(f"{p} 的值 {v['zh-Hant']} 應為 {zh}", f"{p} value {v['en']} must be a {kind}"), _bi(zh, kind)


def _qualified(shapes, shape, p, v, value, data, which: str):
    inner = describe_shape(shapes, _n(shapes, shape, SH.qualifiedValueShape))
    lo, hi = _n(shapes, shape, SH.qualifiedMinCount), _n(shapes, shape, SH.qualifiedMaxCount)
    if lo is not None and hi is not None and str(lo) == str(hi):
        exp = _bi(f"恰 {lo} 個 {inner['zh-Hant']} 的 {p}", f"exactly {lo} {p} with {inner['en']}")
    elif lo is not None:
        exp = _bi(f"至少 {lo} 個 {inner['zh-Hant']} 的 {p}", f"at least {lo} {p} with {inner['en']}")
    else:
        exp = _bi(f"至多 {hi} 個 {inner['zh-Hant']} 的 {p}", f"at most {hi} {p} with {inner['en']}")
    if which == "min":
        return _bi(f"缺少 {inner['zh-Hant']} 的 {p}", f"no {p} with {inner['en']}"), exp
    return _bi(f"{inner['zh-Hant']} 的 {p} 超過 {hi} 個", f"more than {hi} {p} with {inner['en']}"), exp


def _unique_lang(shapes, shape, p, v, value, data):
    return (_bi(f"{p} 在同一語言有多個值", f"{p} has more than one value in the same language"),
            _bi("每種語言至多一個值", "at most one value per language"))


def _min_inclusive(shapes, shape, p, v, value, data):
    n = _n(shapes, shape, SH.minInclusive)
    return _bi(f"{p} 的值 {v['zh-Hant']} 小於 {n}", f"{p} value {v['en']} is below {n}"), _bi(f"≥ {n}", f"≥ {n}")


def _min_length(shapes, shape, p, v, value, data):
    n = _n(shapes, shape, SH.minLength)
    return _bi(f"{p} 是空字串", f"{p} is empty"), _bi(f"至少 {n} 個字元", f"at least {n} character(s)")


def _pattern(shapes, shape, p, v, value, data):
    pat = _n(shapes, shape, SH.pattern)
    return (_bi(f"{p} 的值 {v['zh-Hant']} 不符合格式 {pat}", f"{p} value {v['en']} does not match {pat}"),
            _bi(f"符合格式 {pat}", f"matches {pat}"))


def _language_in(shapes, shape, p, v, value, data):
    tags = ", ".join(str(t) for t in Collection(shapes, _n(shapes, shape, SH.languageIn)))
    return (_bi(f"{p} 的值 {v['zh-Hant']} 的語言不在 {tags} 中", f"{p} value {v['en']} is not in language {tags}"),
            _bi(f"語言標記 {tags}", f"language {tags}"))


_COMPONENTS: dict[str, Callable] = {
    "MinCount": _min_count, "MaxCount": _max_count, "Datatype": _datatype, "Or": _or, "Node": _node,
    "Class": _class, "In": _in, "HasValue": _has_value, "NodeKind": _node_kind,
    "QualifiedMinCount": lambda *a: _qualified(*a, which="min"),
    "QualifiedMaxCount": lambda *a: _qualified(*a, which="max"),
    "UniqueLang": _unique_lang, "MinInclusive": _min_inclusive, "MinLength": _min_length, "Pattern": _pattern,
    "LanguageIn": _language_in,
}

# ---------------------------------------------------------------------------------------------
# SPARQL constraints: sh:message templates with {?var} / {$var}

_PLACEHOLDER = re.compile(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}")


def fill(template: str, bindings: dict[str, Node], labeler: Labeler, lang: str) -> str:
    def sub(m: re.Match) -> str:
        term = bindings.get(m.group(1))
        if term is None:
            return ""
        if isinstance(term, Literal) and term.datatype is None and not term.language:
            return str(term)
        if isinstance(term, Literal) and str(term.datatype).endswith(("#decimal", "#integer")):
            return str(term)
        if isinstance(term, Literal) and str(term.datatype).endswith("#date"):
            return str(term)
        return labeler.display(term, lang)

    return _PLACEHOLDER.sub(sub, template)
