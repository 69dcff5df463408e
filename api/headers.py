"""The site's response headers in one place: security headers, CORS, and the endpoint's own ``X-Twpolice-*``.

Every HTML page runs only this site's own scripts and styles and is never framed.

Nothing from the data can run as script: templates escape it, the one inline ``<script>`` is a JSON
data block (``type="application/json"``, never executed), and the Content-Security-Policy below allows
scripts and styles from ``/static/`` only (no page has an inline style: the validation pages are the site's own
templates; only a report saved by ``twpolice validate --format html`` carries its CSS inline).
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

TRUNCATED_HEADER = "X-Twpolice-Truncated"
ROWS_HEADER = "X-Twpolice-Rows"
CAP_HEADER = "X-Twpolice-Row-Cap"
PATH_HEADER = "X-Twpolice-Path"  # inline (answered in the web process), worker (a killable query process) or cache

# CORS: open data, so any origin may read every answer, and the endpoint's own headers are readable too. The
# middleware applies it to the site; the SPARQL fast path, which answers before the middleware, adds CORS_HEADERS.
CORS_EXPOSED = (TRUNCATED_HEADER, ROWS_HEADER, CAP_HEADER, PATH_HEADER)
CORS_HEADERS = {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": ", ".join(CORS_EXPOSED)}


def add_cors(app: FastAPI) -> None:
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "HEAD", "OPTIONS"],
                       allow_headers=["*"], expose_headers=list(CORS_EXPOSED))


def content_security_policy() -> str:
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class SecurityHeaders:
    """ASGI middleware: ``X-Content-Type-Options: nosniff`` on every response; on HTML ones also the CSP
    (whose ``frame-ancestors 'none'`` forbids framing) and ``X-Frame-Options`` for older browsers."""

    def __init__(self, app) -> None:
        self.app = app
        self.html_headers = [(b"content-security-policy", content_security_policy().encode("ascii")),
                             (b"x-frame-options", b"DENY")]

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"x-content-type-options"]
                headers.append((b"x-content-type-options", b"nosniff"))
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if ctype.startswith(b"text/html"):
                    headers += self.html_headers
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
