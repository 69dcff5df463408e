"""Rendering helpers shared by the HTML routes: templates, language, links."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from twpolice import __version__
from twpolice.api.state import get_state
from twpolice.api.views.i18n import pick_lang, t

TEMPLATES = Path(__file__).parent.parent / "templates"


LINK_SCHEMES = ("http:", "https:", "mailto:")


def linkable(iri: str) -> bool:
    """Whether an IRI from the data may become a link: only http, https and mailto (a ``javascript:`` or
    ``data:`` IRI in a result is shown as text, never as something to click). Mirrored in static/query.js."""
    return iri.lower().startswith(LINK_SCHEMES)


def thousands(value: object) -> str:
    """A number as people read it (11733 → 11,733; 102.13 stays; a non-number is returned as given)."""
    text = str(value)
    head, dot, tail = text.partition(".")
    sign = "-" if head.startswith("-") else ""
    digits = head.lstrip("-")
    if not digits.isdigit() or (tail and not tail.isdigit()):
        return text
    return f"{sign}{int(digits):,}{dot}{tail}"


def make_env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["version"] = __version__
    env.filters["num"] = thousands
    env.globals["OPERATOR_SIGNS"] = {"at-least": "≥", "at-most": "≤", "increase-by": "+", "decrease-by": "−",
                                     "more-than": ">", "less-than": "<"}
    return env


def lang_of(request: Request) -> str:
    return pick_lang(request.query_params.get("lang"))


def switch_url(request: Request, lang: str) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    if lang == "en":
        params.append(("lang", "en"))
    return request.url.path + ("?" + urlencode(params) if params else "")


def link(path: str, lang: str, **params: object) -> str:
    items = [(k, v) for k, v in params.items() if v is not None]
    if lang == "en":
        items.append(("lang", "en"))
    return path + ("?" + urlencode(items) if items else "")


def render(request: Request, name: str, status: int = 200, headers: dict[str, str] | None = None,
           **ctx: object) -> HTMLResponse:
    st = get_state(request)
    lang = ctx.pop("lang", None) or lang_of(request)
    env = request.app.state.jinja
    html = env.get_template(name).render(
        request=request, lang=lang, t=lambda key, **kw: t(key, lang, **kw), link=lambda p, **kw: link(p, lang, **kw),
        switch_url=switch_url(request, "en" if lang != "en" else "zh-Hant"), st=st,
        html_lang="en" if lang == "en" else "zh-Hant", **ctx)
    return HTMLResponse(html, status_code=status, headers=headers)
