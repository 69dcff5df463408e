"""``/download/{name}``: the whole-dataset dumps of the store; ``/downloads/``: the files of the latest release
folder (``twpolice publish``), listed and served.

The release's DCAT catalogue points its distributions at ``{base_url}downloads/{path}``, so the site
serves exactly those paths. Only files listed in the release's ``release.json`` are served
(:func:`~twpolice.graph.publish.release_file`), so no path can reach anything else on the machine.
"""

from __future__ import annotations


import pyoxigraph as ox
from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response

from twpolice.api import negotiation
from twpolice.api.errors import SiteError
from twpolice.api.releases import current_release
from twpolice.api.state import SiteState, get_state
from twpolice.api.views.rendering import lang_of, render
from twpolice.graph.publish import RELEASE_MANIFEST, release_file

router = APIRouter()

TEXT_TYPES = ("text/", "application/json", "application/ld+json", "application/n-quads", "application/trig",
              "application/n-triples")


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
    return (request.query_params.get("format") == "json"
            or negotiation.choose(request.headers.get("accept"), "page") == "json")


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


@router.get("/download/{name}", tags=["Dataset"], summary="Dumps: twpolice.nq, twpolice.trig, measurements.csv")
def download(name: str, request: Request, st: SiteState = Depends(get_state)) -> Response:
    if name == "twpolice.nq":
        body, media = st.dump(ox.RdfFormat.N_QUADS, "nq"), "application/n-quads"
    elif name == "twpolice.trig":
        body, media = st.dump(ox.RdfFormat.TRIG, "trig"), "application/trig"
    elif name == "measurements.csv":
        body, media = st.dump(None, "csv"), "text/csv; charset=utf-8"
    else:
        raise SiteError(404)
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})
