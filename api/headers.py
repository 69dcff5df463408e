"""Security headers: every HTML page runs only this site's own scripts and styles and is never framed.

Nothing from the data can run as script: templates escape it, the one inline ``<script>`` is a JSON
data block (``type="application/json"``, never executed), and the Content-Security-Policy below allows
scripts from ``/static/`` only. The one inline style, the self-contained validation report's
(:data:`twpolice.shapes.report.CSS`, so a saved report file still looks right), is allowed by its hash.
"""

from __future__ import annotations

import base64
import hashlib

from twpolice.shapes.report import CSS


def _sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy() -> str:
    return ("default-src 'self'; script-src 'self'; style-src 'self' " + _sha256_source(CSS) + "; "
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
