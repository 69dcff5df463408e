"""``/downloads/``: the files of the latest release folder (``twpolice publish``), listed and served.

The release's DCAT catalogue points its distributions at ``{base_url}downloads/{path}``, so the site
serves exactly those paths. Only files listed in the release's ``release.json`` are served
(:func:`~twpolice.graph.publish.release_file`), so no path can reach anything else on the machine.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response

from twpolice.api.errors import SiteError
from twpolice.api.web import lang_of, render
from twpolice.api.state import SiteState, get_state
from twpolice.graph.publish import RELEASE_MANIFEST, latest_release, release_file

router = APIRouter()

RELEASES_ENV = "TWPOLICE_RELEASES"
TEXT_TYPES = ("text/", "application/json", "application/ld+json", "application/n-quads", "application/trig",
              "application/n-triples")
# the whole-dataset dumps the site serves (VoID and DCAT list them) ...
DUMPS = [
    ("twpolice.nq", "application/n-quads", "All named graphs (N-Quads)"),
    ("twpolice.trig", "application/trig", "All named graphs (TriG)"),
    ("measurements.csv", "text/csv", "All measurements with their sources (CSV, UTF-8 with BOM)"),
]
# ... and the release files that replace them when a release exists
DUMP_FILES = {"twpolice.nq": "rdf/twpolice.nq", "twpolice.trig": "rdf/twpolice.trig",
              "measurements.csv": "csv/measurements.csv"}


def releases_root(configured: Path | str | None) -> Path | None:
    """``--releases DIR``, else ``$TWPOLICE_RELEASES``, else None (no downloads configured)."""
    value = configured if configured not in (None, "") else os.environ.get(RELEASES_ENV) or None
    return Path(value).expanduser() if value is not None else None


def current_release(st) -> tuple[Path | None, dict | None]:
    """The latest release folder and its manifest (read on each request: a new release shows at once)."""
    root = getattr(st, "releases", None)
    if root is None:
        return None, None
    release = latest_release(root)
    if release is None:
        return None, None
    try:
        return release, json.loads((release / RELEASE_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, None


def dump_links(st) -> list[tuple[str, str, str]]:
    """(href, media type, title) of each whole-dataset dump: the release's files when one is served."""
    release, manifest = current_release(st)
    listed = {f["path"] for f in manifest.get("files", [])} if manifest else set()
    out = []
    for key, media, title in DUMPS:
        rel = DUMP_FILES.get(key)
        href = f"/downloads/{rel}" if release is not None and rel in listed else f"/download/{key}"
        out.append((href, media, title))
    return out


def _served_type(path: str, listed: dict) -> str:
    """The Content-Type a release file is served with, which is also what /downloads/ lists for it (a gzipped
    dump is application/gzip, though the manifest names the N-Triples inside)."""
    return _media_type(path, listed.get("media_type") or ("application/json" if path == RELEASE_MANIFEST
                                                          else "text/plain"))


def _media_type(path: str, listed: str | None) -> str:
    if path.endswith(".gz"):
        return "application/gzip"  # the bytes are gzip; the manifest names what is inside
    media = listed or "application/octet-stream"
    if media.startswith(TEXT_TYPES) and "charset" not in media:
        media += "; charset=utf-8"
    return media


def _wants_json(request: Request) -> bool:
    if request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept") or ""
    return "application/json" in accept and "text/html" not in accept


@router.get("/downloads", include_in_schema=False)
def downloads_redirect(request: Request) -> Response:
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse("/downloads/" + query, status_code=308)


@router.get("/downloads/", tags=["Dataset"], summary="The latest release's files: sizes and SHA-256 (HTML or JSON)")
def downloads(request: Request, st: SiteState = Depends(get_state)) -> Response:
    release, manifest = current_release(st)
    if release is None:
        message = {"zh-Hant": "本站尚未設定發布資料夾（twpolice serve --releases DIR 或 TWPOLICE_RELEASES），"
                              "或資料夾中還沒有發布版本（twpolice publish --out DIR）。",
                   "en": "No release is served here yet: start the site with `twpolice serve --releases DIR` "
                         "(or TWPOLICE_RELEASES) pointing at a folder written by `twpolice publish --out DIR`."}
        if _wants_json(request):
            return JSONResponse({"release": None, "files": [], "message": message})
        return render(request, "downloads.html", release=None, files=[], manifest=None,
                      message=message["en" if lang_of(request) == "en" else "zh-Hant"])
    files = [{"path": f["path"], "href": f"/downloads/{f['path']}", "bytes": f.get("bytes"),
              "sha256": f.get("sha256"), "media_type": _served_type(f["path"], f), "modified": f.get("modified")}
             for f in manifest.get("files", [])]
    if _wants_json(request):
        return JSONResponse({"release": manifest.get("release"), "created": manifest.get("created"),
                             "profile": manifest.get("profile"), "counts": manifest.get("counts", {}),
                             "checksums": "/downloads/SHA256SUMS", "manifest": f"/downloads/{RELEASE_MANIFEST}",
                             "files": files})
    return render(request, "downloads.html", release=manifest.get("release"), files=files, manifest=manifest,
                  message="")


@router.api_route("/downloads/{path:path}", methods=["GET", "HEAD"], tags=["Dataset"],
                  summary="One file of the latest release (ETag, Content-Length, Range)")
def download_file(path: str, request: Request, st: SiteState = Depends(get_state)) -> Response:
    release, manifest = current_release(st)
    target = release_file(release, path) if release is not None else None
    if target is None:
        raise SiteError(404, detail=request.url.path)
    listed = next((f for f in manifest.get("files", []) if f["path"] == path), {})
    media = _served_type(path, listed)
    headers = {"Cache-Control": "public, max-age=300"}
    if listed.get("sha256"):
        headers["ETag"] = f'"{listed["sha256"]}"'  # strong and content-based: the file's SHA-256
        wanted = [t.strip() for t in (request.headers.get("if-none-match") or "").split(",")]
        if headers["ETag"] in wanted or "*" in wanted:
            return Response(status_code=304, headers=headers)
    return FileResponse(target, media_type=media, headers=headers, filename=None,
                        content_disposition_type="inline")
