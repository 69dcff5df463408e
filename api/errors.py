"""One error body for the whole site: every refusal (bad input, an unknown resource, an unacceptable format, a
remote store that is down) is the same bilingual message, as plain text, a page or JSON as the request's Accept
asks (text for */*).

Routes raise (:class:`~twpolice.errors.UserError`, :class:`SiteError`, FastAPI's ``HTTPException``) or return
:func:`error_response`; :func:`install` registers the handlers that turn what they raise into it.
"""

from __future__ import annotations

import json

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from twpolice.api import negotiation
from twpolice.api.views.i18n import STRINGS
from twpolice.api.views.rendering import lang_of, render
from twpolice.errors import UserError
from twpolice.graph.remote import RemoteStoreError
from twpolice.messages import HasMsg, Msg


class SiteError(HasMsg, Exception):
    """A refusal with its HTTP status and its message (:class:`~twpolice.messages.Msg`; by default the interface
    string of that status)."""

    def __init__(self, status: int, zh: str | None = None, en: str | None = None, detail: str = "",
                 headers: dict[str, str] | None = None) -> None:
        default = STRINGS.get(f"error_{status}", STRINGS["error"])
        self.msg = Msg(zh or default.zh, en or default.en)
        super().__init__(self.msg.en)
        self.status, self.detail, self.headers = status, detail, headers or {}


def error_response(request: Request, error: SiteError, fmt: str | None = None) -> Response:
    """The error as the client asked for it: text (「中文\nEnglish」), the site's error page, or JSON (``fmt`` when
    the route has already negotiated its answers: the validation API answers JSON to */*)."""
    if error.status == 404 and not error.detail:
        error.detail = request.url.path
    fmt = fmt or negotiation.choose(request.headers.get("accept"), "error") or "text"
    headers = {**error.headers, "Vary": "Accept"}
    if fmt == "html":
        lang = lang_of(request)
        return render(request, "error.html", status=error.status, headers=headers, title=str(error.status),
                      message=error.en if lang == "en" else error.zh, detail=error.detail)
    if fmt == "json":
        body = {"status": error.status, "error": {"zh-Hant": error.zh, "en": error.en}}
        if error.detail:
            body["detail"] = error.detail
        return Response(json.dumps(body, ensure_ascii=False), status_code=error.status, headers=headers,
                        media_type="application/json")
    text = f"{error.zh}\n{error.en}\n" + (f"{error.detail}\n" if error.detail else "")
    return Response(text, status_code=error.status, headers=headers, media_type="text/plain; charset=utf-8")


def install(app: FastAPI) -> None:
    """The site's exception handlers: all of them answer through :func:`error_response`."""

    @app.exception_handler(SiteError)
    async def site_error(request: Request, exc: SiteError) -> Response:
        return error_response(request, exc)

    @app.exception_handler(RemoteStoreError)  # before UserError: it is one, but the store is down, not the input
    async def remote_error(request: Request, exc: RemoteStoreError) -> Response:
        return error_response(request, SiteError(503, exc.zh, exc.en, headers={"Retry-After": "5"}))

    @app.exception_handler(UserError)
    async def user_error(request: Request, exc: UserError) -> Response:
        return error_response(request, SiteError(400, exc.zh, exc.en))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        detail = request.url.path if exc.status_code == 404 else ""
        return error_response(request, SiteError(exc.status_code, detail=detail, headers=dict(exc.headers or {})))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return error_response(request, SiteError(400, f"參數有誤：{where}", f"invalid parameter: {where}"))
