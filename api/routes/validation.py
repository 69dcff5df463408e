"""Validation over HTTP: ``POST /validate``, an upload/paste page at ``GET /validate``, rule pages at ``/rules``.

``POST /validate`` takes the submission as the raw body (format from Content-Type, or ``?format=``)
or as a multipart upload (field ``file``, or pasted text in field ``text`` with ``format``), with
``profile`` and ``lang`` parameters. It answers JSON by default, HTML or Turtle (an
``sh:ValidationReport``) by Accept. 413 over the size limit, 415 for a format we do not read, 400 for
unusable input, 422 when validation exceeds its time limit — each with a bilingual message.
"""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from twpolice.api import errors, negotiation
from twpolice.api.errors import SiteError
from twpolice.api.views.i18n import t
from twpolice.api.views.rendering import lang_of, link, render
from twpolice.errors import UserError
from twpolice.shapes.engine import ValidationTimeout
from twpolice.shapes.loaders import SubmissionTooLarge, human_size, UnsupportedFormat, load_bytes, max_upload_bytes, too_large
from twpolice.shapes.profiles import profile_names
from twpolice.shapes.report import html_table, to_json, to_turtle
from twpolice.shapes.result import SEVERITY_LABEL, ValidationResult, norm_lang
from twpolice.shapes.rules import all_rules, rule_page
from twpolice.shapes.validator import validate_graph

router = APIRouter()

FORM_OVERHEAD = 64 * 1024  # multipart boundaries and the small fields


def _wants(request: Request) -> str:
    """The report's format by Accept (q-values and wildcards as everywhere on the site); JSON when nothing fits, as
    a report is always worth sending."""
    return negotiation.choose(request.headers.get("accept"), "report") or "json"


def _error(request: Request, exc: UserError, lang: str, status: int) -> Response:
    """A refused submission: the form again with the message (a browser), else the site's one error body — JSON
    where a report would have been JSON, text where it would have been Turtle."""
    wanted = _wants(request)
    if wanted == "html":
        return _page(request, lang, error=exc.message(lang), status=status)
    return errors.error_response(request, SiteError(status, exc.zh, exc.en), "json" if wanted == "json" else "text")


def _status(exc: UserError) -> int:
    if isinstance(exc, SubmissionTooLarge):
        return 413
    if isinstance(exc, UnsupportedFormat):
        return 415
    if isinstance(exc, ValidationTimeout):
        return 422
    return 400


async def _read_raw(request: Request, limit: int) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large("submission", None, limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def _submission(request: Request, limit: int) -> tuple[bytes, str | None, str, dict]:
    """(bytes, format hint, name, form fields) from a raw body or a multipart form."""
    declared = request.headers.get("content-length")
    ctype = (request.headers.get("content-type") or "").lower()
    multipart = ctype.startswith("multipart/form-data") or ctype.startswith("application/x-www-form-urlencoded")
    if declared and declared.isdigit() and int(declared) > limit + (FORM_OVERHEAD if multipart else 0):
        raise too_large("submission", int(declared), limit)
    fmt = request.query_params.get("format")
    if not multipart:
        data = await _read_raw(request, limit)
        return data, fmt or (ctype or None), "submission", {}
    form = await request.form(max_files=1, max_fields=20, max_part_size=limit + 1)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str) and getattr(upload, "filename", ""):
        data = await upload.read(limit + 1)
        name = upload.filename or "upload"
        hint = fields.get("format") or fmt or ("." + name.rsplit(".", 1)[-1].lower() if "." in name else None)
        return data, hint, name, fields
    text = fields.get("text", "")
    return text.encode("utf-8"), fields.get("format") or fmt, "pasted", fields


@router.post("/validate")
async def validate(request: Request) -> Response:
    """Validate a submission; JSON (default), HTML or Turtle by Accept."""
    lang = norm_lang(request.query_params.get("lang"))
    try:
        limit = max_upload_bytes()
        data, hint, name, fields = await _submission(request, limit)
        lang = norm_lang(fields.get("lang") or request.query_params.get("lang"))
        profile = fields.get("profile") or request.query_params.get("profile") or "core"
        if hint and hint.lower() in ("auto", "", "text/plain", "application/octet-stream"):
            hint = None
        result = await run_in_threadpool(_run, data, hint, name, profile)
    except UserError as exc:
        return _error(request, exc, lang, _status(exc))
    kind = _wants(request)
    if kind == "turtle":
        return Response(to_turtle(result), media_type="text/turtle; charset=utf-8")
    if kind == "html":
        report = html_table(result, lang, rule_url=link("/rules/{rule}", lang))
        return _page(request, lang, profile=profile, report=report)
    return Response(to_json(result, lang), media_type="application/json; charset=utf-8")


def _run(data: bytes, hint: str | None, name: str, profile: str) -> ValidationResult:
    return validate_graph(load_bytes(data, hint, name=name), profile)


@router.get("/validate", response_class=HTMLResponse)
def validate_page(request: Request) -> Response:
    """The upload / paste form."""
    return _page(request, lang_of(request))


FORMAT_CHOICES = (("auto", "validate_detect"), ("turtle", "Turtle"), ("nt", "N-Triples"), ("nquads", "N-Quads"),
                  ("trig", "TriG"), ("json-ld", "JSON-LD"), ("rdfxml", "RDF/XML"), ("csv", "validate_csv"))


def _page(request: Request, lang: str, *, profile: str = "core", report: str | None = None, error: str | None = None,
          status: int = 200) -> Response:
    """The form, with a report or a refusal under it, in the site's own page."""
    formats = [(value, t(label, lang)) for value, label in FORMAT_CHOICES]
    return render(request, "validate.html", status=status, lang=lang, formats=formats, profiles=profile_names(),
                  profile=profile, limit=human_size(max_upload_bytes()), report=report, error=error)


@router.get("/rules", response_class=HTMLResponse)
def rules_index(request: Request) -> Response:
    lang = lang_of(request)
    rules = [{"id": rid, "name": p.info.name.get(lang, ""), "severity": p.info.severity,
              "severity_label": SEVERITY_LABEL[p.info.severity].text(lang), "profiles": ", ".join(p.profiles)}
             for rid, p in all_rules().items()]
    return render(request, "rules.html", rules=rules)


@router.get("/rules/{rule_id}")
def rule_doc(rule_id: str, request: Request) -> Response:
    """The documentation page of one rule (HTML; JSON by Accept)."""
    lang = lang_of(request)
    fmt = negotiation.choose(request.headers.get("accept"), "page")
    if fmt is None:
        raise SiteError(406, detail=negotiation.offered("page"))
    try:
        info = rule_page(rule_id)
    except UserError as exc:
        raise SiteError(404, exc.zh, exc.en) from exc  # the site's one error body
    i = info.info
    if fmt == "json":
        return Response(json.dumps({"id": i.id, "iri": str(i.iri), "name": i.name, "description": i.description,
                                    "severity": i.severity, "profiles": info.profiles, "version": info.version,
                                    "valid_example": info.valid, "invalid_example": info.invalid},
                                   ensure_ascii=False), media_type="application/json; charset=utf-8")
    other = "en" if lang == "zh-Hant" else "zh-Hant"
    rule = {"id": i.id, "iri": str(i.iri), "name": i.name.get(lang, ""), "name_other": i.name.get(other, ""),
            "severity": i.severity, "severity_label": SEVERITY_LABEL[i.severity].text(lang),
            "profiles": ", ".join(info.profiles), "version": info.version, "description": i.description.get(lang, ""),
            "description_other": i.description.get(other, ""), "valid": info.valid, "invalid": info.invalid,
            "shacl": info.shacl}
    return render(request, "rule.html", rule=rule)
