"""Render a :class:`ValidationResult` as text, JSON, Turtle (sh:ValidationReport) or HTML.

Text and HTML group results by resource and say, in 繁體中文 (default) or English: which rule, which
resource (label and IRI), which property, the offending value, what was expected, the engine's own
detail, and where the fact came from (source file, lines and quote, or spreadsheet row and column).
The HTML is self-contained (inline CSS, no scripts, nothing loaded from elsewhere).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from twpolice.messages import Msg, t
from twpolice.shapes.result import SEVERITY_LABEL, SEVERITY_ORDER, RuleResult, ValidationResult, norm_lang

FORMATS = ("text", "json", "turtle", "html")

# the report's words (twpolice.messages.t picks one in a language)
WORDS: dict[str, Msg] = {
    "title": Msg("驗證報告", "Validation report"),
    "conforms": Msg("符合", "conforms"),
    "not": Msg("不符合", "does not conform"),
    "profile": Msg("設定檔", "profile"),
    "rule": Msg("規則", "rule"),
    "resource": Msg("資源", "resource"),
    "property": Msg("屬性", "property"),
    "value": Msg("值", "value"),
    "problem": Msg("問題", "problem"),
    "expected": Msg("應為", "expected"),
    "detail": Msg("引擎詳情", "engine detail"),
    "source": Msg("來源", "source"),
    "lines": Msg("第 {a}–{b} 行", "lines {a}–{b}"),
    "row": Msg("第 {row} 列「{col}」欄", "row {row}, column “{col}”"),
    "none": Msg("沒有任何問題。", "No problems found."),
    "triples": Msg("共 {n:,} 個三元組，{s:.2f} 秒", "{n:,} triples, {s:.2f} s"),
    "doc": Msg("規則說明", "rule documentation"),
    "severity": Msg("嚴重度", "severity"),
    "summary": Msg("{v} 個違規、{w} 個警告、{i} 個提示", "{v} violation(s), {w} warning(s), {i} info"),
}


def render(result: ValidationResult, fmt: str = "text", lang: str = "zh-Hant", *, rule_url: str = "docs/rules/{rule}.md") -> str:
    """The report in ``fmt`` (text, json, turtle, html)."""
    if fmt == "json":
        return to_json(result, lang)
    if fmt == "turtle":
        return to_turtle(result)
    if fmt == "html":
        return to_html(result, lang, rule_url=rule_url)
    if fmt == "text":
        return to_text(result, lang, rule_url=rule_url)
    raise ValueError(f"unknown report format {fmt!r}; one of {', '.join(FORMATS)}")


def _words(lang: str) -> Callable[..., str]:
    """The report's words in one language: ``w("row", row=3, col="指標")``."""
    return lambda key, **values: t(WORDS, key, lang, **values)


def _counts(result: ValidationResult, lang: str) -> str:
    c = result.counts_by_severity()
    return t(WORDS, "summary", lang, v=c["Violation"], w=c["Warning"], i=c["Info"])


def _source(r: RuleResult, lang: str) -> str | None:
    w = _words(lang)
    if r.origin is not None:
        return f"{r.origin.file} " + w('row', row=r.origin.row, col=r.origin.column)
    if r.source is not None:
        s = r.source
        where = s.source_file or s.document
        if s.line_start is not None:
            where += " " + w("lines", a=s.line_start, b=s.line_end if s.line_end is not None else s.line_start)
        if s.quote:
            quote = s.quote if len(s.quote) <= 160 else s.quote[:157] + "…"
            where += f"「{quote}」" if lang == "zh-Hant" else f" “{quote}”"
        return where
    return None


def to_text(result: ValidationResult, lang: str = "zh-Hant", *, rule_url: str = "docs/rules/{rule}.md") -> str:
    lang = norm_lang(lang)
    w = _words(lang)
    state = w("conforms") if result.conforms else w("not")
    lines = [f"{w('title')}：{state} {result.profile} {result.version}" if lang == "zh-Hant"
             else f"{w('title')}: {state} to {result.profile} {result.version}",
             f"{_counts(result, lang)}（{w('triples', n=result.triples, s=result.seconds)}）" if lang == "zh-Hant"
             else f"{_counts(result, lang)} ({w('triples', n=result.triples, s=result.seconds)})"]
    if not result.results:
        lines += ["", w("none")]
    sep = "：" if lang == "zh-Hant" else ": "
    for focus, group in result.by_focus():
        first = group[0]
        lines += ["", f"■ {first.label(lang)}", f"  {focus}"]
        src = _source(first, lang)
        if src:
            lines.append(f"  {w('source')}{sep}{src}")
        for r in group:
            sev = SEVERITY_LABEL[r.severity].text(lang)
            lines.append(f"  [{sev}] {r.rule}  {r.rule_name.get(lang, '')}")
            if r.path:
                lines.append(f"      {w('property')}{sep}{r.path}")
            if r.value:
                lines.append(f"      {w('value')}{sep}{r.value}")
            lines.append(f"      {w('problem')}{sep}{r.message.get(lang, '')}")
            if r.expected.get(lang):
                lines.append(f"      {w('expected')}{sep}{r.expected[lang]}")
            if r.detail:
                lines.append(f"      {w('detail')}{sep}{r.detail}")
            own = _source(r, lang)
            if own and own != src:
                lines.append(f"      {w('source')}{sep}{own}")
            lines.append(f"      {w('doc')}{sep}{rule_url.format(rule=r.rule)}")
    return "\n".join(lines) + "\n"


def to_json(result: ValidationResult, lang: str = "zh-Hant") -> str:
    data = result.to_dict()
    data["summary"] = result.summary_line(lang)
    data["lang"] = norm_lang(lang)
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_turtle(result: ValidationResult) -> str:
    return result.report_graph().serialize(format="turtle")


CSS = """
:root{--v:#b3261e;--w:#8a5a00;--i:#1f5fa8;--bg:#fafaf7;--line:#ddd}
body{font-family:system-ui,"Noto Sans TC","PingFang TC","Microsoft JhengHei",sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;background:var(--bg);color:#222;line-height:1.5}
h1{font-size:1.5rem;margin:.2rem 0} .state{font-weight:700} .ok{color:#1b6e20} .bad{color:var(--v)}
.counts{display:flex;gap:.6rem;margin:.6rem 0 1.2rem;flex-wrap:wrap} .count{border-radius:.4rem;padding:.3rem .8rem;color:#fff;font-weight:600}
.Violation{background:var(--v)} .Warning{background:var(--w)} .Info{background:var(--i)}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.92rem} th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f0efe9} tr.group td{background:#f6f5f0;font-weight:600} .iri{font-family:ui-monospace,monospace;font-size:.8rem;color:#555;word-break:break-all}
.sev{color:#fff;border-radius:.3rem;padding:0 .35rem;font-size:.8rem;white-space:nowrap} .detail{color:#666;font-size:.8rem}
.quote{color:#444} form textarea{width:100%;min-height:12rem;font-family:ui-monospace,monospace} form{background:#fff;border:1px solid var(--line);padding:1rem;border-radius:.4rem;margin-bottom:1.2rem}
label{margin-right:1rem} .err{color:var(--v);font-weight:600}
"""


def _sev_badge(sev: str, lang: str) -> str:
    return f'<span class="sev {sev}">{escape(SEVERITY_LABEL[sev].text(lang))}</span>'


def html_table(result: ValidationResult, lang: str = "zh-Hant", *, rule_url: str = "/rules/{rule}") -> str:
    """The counts and the grouped results table (a fragment, reused by the API page)."""
    lang = norm_lang(lang)
    w = _words(lang)
    c = result.counts_by_severity()
    state = (f'<span class="state ok">{escape(w("conforms"))}</span>' if result.conforms
             else f'<span class="state bad">{escape(w("not"))}</span>')
    out = [f"<p>{state} {escape(result.profile)} {escape(result.version)} — "
           f"{escape(w('triples', n=result.triples, s=result.seconds))}</p>",
           '<div class="counts">' + "".join(
               f'<span class="count {s}">{escape(SEVERITY_LABEL[s].text(lang))} {c[s]}</span>' for s in SEVERITY_ORDER) + "</div>"]
    if not result.results:
        out.append(f"<p>{escape(w('none'))}</p>")
        return "\n".join(out)
    head = "".join(f"<th>{escape(w(k))}</th>" for k in ("severity", "rule", "property", "value", "problem", "expected", "source"))
    rows = [f"<table><thead><tr>{head}</tr></thead><tbody>"]
    for focus, group in result.by_focus():
        rows.append(f'<tr class="group"><td colspan="7">{escape(group[0].label(lang))} '
                    f'<span class="iri">{escape(focus)}</span></td></tr>')
        for r in group:
            link = escape(rule_url.format(rule=r.rule))
            src = _source(r, lang) or ""
            rows.append(
                "<tr>"
                f"<td>{_sev_badge(r.severity, lang)}</td>"
                f'<td><a href="{link}">{escape(r.rule)}</a><br>{escape(r.rule_name.get(lang, ""))}</td>'
                f'<td class="iri">{escape(r.path or "")}</td>'
                f'<td class="iri">{escape(r.value or "")}</td>'
                f'<td>{escape(r.message.get(lang, ""))}<div class="detail">{escape(w("detail"))}: {escape(r.detail)}</div></td>'
                f"<td>{escape(r.expected.get(lang, ''))}</td>"
                f'<td class="quote">{escape(src)}</td>'
                "</tr>")
    rows.append("</tbody></table>")
    return "\n".join(out + rows)


def page(title: str, body: str, lang: str = "zh-Hant") -> str:
    """A complete self-contained HTML page."""
    return (f'<!DOCTYPE html>\n<html lang="{escape(norm_lang(lang))}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
            f"<style>{CSS}</style></head><body>\n{body}\n</body></html>\n")


def to_html(result: ValidationResult, lang: str = "zh-Hant", *, rule_url: str = "/rules/{rule}") -> str:
    lang = norm_lang(lang)
    w = _words(lang)
    return page(w('title'), f"<h1>{escape(w('title'))}</h1>\n" + html_table(result, lang, rule_url=rule_url), lang)
