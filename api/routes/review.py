"""The web review (``twpolice serve --review``): a page per document listing its facts beside their sentences, with
keyboard shortcuts to confirm, reject or edit, and a form to add a missed fact by selecting it in the text.

It writes the same corrections file as ``twpolice review --apply`` through the same functions
(:func:`twpolice.review.sheet.decision_for`, :func:`twpolice.review.sheet.merge`). Only on a loopback address:
the router refuses other clients, and a decision must come from this site's own script (a custom header and a
same-origin ``Origin``), so another web page cannot post one."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response

from twpolice.api.state import get_state
from twpolice.api.views.rendering import lang_of, render
from twpolice.errors import UserError
from twpolice.graph.build import manifest_options, read_manifest
from twpolice.graph.history import indicator_history
from twpolice.review.corrections import FIELDS
from twpolice.review.document import ReviewedDocument, convert_reviewed
from twpolice.review.report import orphan_line
from twpolice.review.sheet import decision_for, merge, sheet_rows

router = APIRouter(prefix="/review", include_in_schema=False)
HEADER = "x-twpolice-review"  # set by /static/review.js; a cross-site form cannot set it
MAX_BODY = 100_000


def _folder(request: Request) -> Path:
    folder = getattr(request.app.state, "review_documents", None)
    if folder is None:
        raise HTTPException(404)
    host = request.client.host if request.client else ""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise HTTPException(403, "審閱頁面只供本機使用 / the review pages are for this machine only")
    return folder


def _document(folder: Path, file: str) -> ReviewedDocument:
    names = {e.file for e in read_manifest(folder)}
    if file not in names:  # only the manifest's documents: never a path of the caller's choosing
        raise HTTPException(404)
    path = folder / file
    return convert_reviewed(path, **manifest_options(path))


@router.get("")
def review_index(request: Request) -> Response:
    folder = _folder(request)
    docs = []
    for entry in read_manifest(folder):
        try:
            doc = _document(folder, entry.file)
        except UserError as exc:
            docs.append({"file": entry.file, "error": exc.message(lang_of(request))})
            continue
        rows = sheet_rows(doc)
        docs.append({"file": entry.file, "title": doc.extraction.document.title, "facts": len(rows),
                     "decided": sum(r.decision is not None for r in rows), "low": sum(r.confidence.low for r in rows),
                     "orphans": len(doc.outcome.orphans)})
    return render(request, "review_index.html", docs=docs, folder=str(folder))


@router.get("/{file}")
def review_page(request: Request, file: str) -> Response:
    folder = _folder(request)
    doc = _document(folder, file)
    lang = lang_of(request)
    order = request.query_params.get("order", "risk")
    history = indicator_history(get_state(request).describer.select, doc.machine.document)
    rows = sheet_rows(doc, history=history)
    if order == "line":
        rows.sort(key=lambda r: (r.fact.passage.line_start, r.fact.key))
    views = [r.cells(lang) | {"quote": r.fact.passage.quote, "figure": r.fact.value_text,
                              "low": r.confidence.low} for r in rows]
    return render(request, "review.html", file=file, doc=doc, rows=views, fields=FIELDS, order=order,
                  lines=list(enumerate(doc.lines, start=1)),
                  orphans=[orphan_line(file, o, lang) for o in doc.outcome.orphans])


@router.post("/{file}/decisions")
async def post_decision(request: Request, file: str) -> Response:
    folder = _folder(request)
    origin = request.headers.get("origin")
    if request.headers.get(HEADER) != "1" or (origin and origin.split("://", 1)[-1] != request.headers.get("host")):
        raise HTTPException(403, "只接受本站審閱頁面送出的決定 / decisions come from this site's review page only")
    body = await request.body()
    if len(body) > MAX_BODY:
        raise HTTPException(413, "決定內容過大 / decision too large")
    try:
        data = await request.json()
    except ValueError:
        data = None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        return JSONResponse({"errors": ["須為字串欄位的 JSON 物件 / a JSON object of string fields"]}, status_code=400)
    doc = _document(folder, file)
    lang = lang_of(request)
    decision, problems = decision_for(data, "決定 decision", doc)
    if problems:
        return JSONResponse({"errors": [p.message(lang) for p in problems]}, status_code=400)
    summary = merge(doc, [decision])
    return JSONResponse({"key": decision.key, "decision": decision.decision, "counts": summary.counts(),
                         "conflicts": len(summary.conflicts), "unchanged": summary.unchanged})
