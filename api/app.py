"""The application factory: SPARQL endpoint, Linked Data, pages, query editor and dataset description."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from twpolice import __version__, iris
from twpolice.api import errors
from twpolice.api.views.describe import Describer
from twpolice.api.headers import SecurityHeaders, add_cors
from twpolice.api.query.fairness import Fairness
from twpolice.api.query.inline import DEFAULT_BUDGET, InlinePath
from twpolice.api.query.pool import QueryRunner
from twpolice.api.query.remote import open_remote_site
from twpolice.api.query.resultcache import ResultCache
from twpolice.api.query.worker import GraphsOnDisk, load_memory_copy
from twpolice.api.releases import releases_root
from twpolice.api.routes import compare, downloads, linkeddata, review, site, sparql, validation
from twpolice.api.search import SearchIndex
from twpolice.api.state import SiteState, compute_stats
from twpolice.api.views.rendering import make_env
from twpolice.errors import UserError
from twpolice.graph.backends import is_url, open_store
from twpolice.graph.generation import Generation
from twpolice.graph.store import GraphStore

STATIC = Path(__file__).parent / "static"


def create_app(store_path: Path | str, *, base: str = iris.BASE, query_timeout: float = 10.0, row_cap: int = 100_000,
               max_query_bytes: int = 1_000_000, workers: int | None = None, cache_size: int = 1024,
               in_memory_limit: int = 6_000_000, releases: Path | str | None = None,
               inline_budget: int = DEFAULT_BUDGET, generation: Generation | None = None,
               client_share: int | None = None, review_documents: Path | str | None = None) -> FastAPI:
    """Build the site over the store at ``store_path`` (opened read-only; build it first with ``twpolice build``),
    or over a remote SPARQL store when ``store_path`` is an http(s) URL (:mod:`twpolice.api.query.remote`).

    ``workers`` query processes (default: max(2, CPUs)) run user SPARQL so a query past ``query_timeout``
    seconds can be killed; ``cache_size`` answers are kept (0 turns the result cache off). Stores of up to
    ``in_memory_limit`` quads (the named graphs plus their stored union: about 3 million triples) are queried
    from an in-memory copy of the union shared by the query processes; what names graphs (GRAPH, FROM, the
    graph pages and dumps) reads the on-disk store.
    ``releases`` (default ``$TWPOLICE_RELEASES``): release folders written by ``twpolice publish``; the latest
    is served under ``/downloads/``.
    Provably cheap queries (worst case within ``inline_budget`` solutions; 0 = never) skip the worker hop.
    ``generation``: the build stamp of the version served (shown on the home page).
    ``client_share``: query workers one client address may hold at once (default: all but one; :mod:`.fairness`).
    ``review_documents``: a documents folder (with its manifest) to review at ``/review`` (:mod:`.review`; serve it
    on a loopback address only); None: no review pages.
    """
    if not base.endswith("/"):
        base += "/"
    if is_url(store_path):  # a remote SPARQL store: pages and user queries go to it over HTTP, nothing copied
        path = str(store_path)
        store, runner = open_remote_site(path, query_timeout=query_timeout, workers=workers)
    else:
        path, store, runner = _embedded(Path(store_path), in_memory_limit, workers)
    graphs_on_disk = GraphsOnDisk(str(path)) if getattr(runner, "in_memory", False) else None
    stats = compute_stats(store, graphs_on_disk.get()[0] if graphs_on_disk else None)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await runner.start()
        try:
            yield
        finally:
            await runner.close()

    app = FastAPI(
        title="twpolice SPARQL endpoint and Linked Data",
        version=__version__,
        description="臺灣警察機關施政計畫與績效的鏈結開放資料 / Taiwan police plans and results as Linked Open Data. "
                    "SPARQL 1.1 Protocol at /sparql (read-only), dereferenceable IRIs under /id/ and /def.",
        docs_url=None, redoc_url=None, lifespan=lifespan,
    )
    app.state.twp = SiteState(
        store_path=path, base=base, query_timeout=float(query_timeout), row_cap=int(row_cap),
        max_query_bytes=int(max_query_bytes), store=store, runner=runner, cache=ResultCache(cache_size),
        describer=Describer(store), search=SearchIndex(store), stats=stats, releases=releases_root(releases),
        graphs_on_disk=graphs_on_disk, generation=generation,
        fairness=Fairness(getattr(runner, "size", 2), share=client_share),
    )
    if inline_budget and isinstance(store, GraphStore):  # a remote store answers everything itself
        app.state.twp.inline = InlinePath(store, iris.PREFIXES, budget=inline_budget)
    app.state.jinja = make_env()
    add_cors(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(sparql.SparqlFastPath, fastapi_app=app)  # added last = outermost
    app.include_router(sparql.router)
    app.include_router(site.router)
    app.include_router(compare.router)
    app.include_router(downloads.router)
    app.include_router(linkeddata.router)
    if review_documents is not None:
        app.state.review_documents = Path(review_documents)
        app.include_router(review.router)
    _include_validation(app)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    errors.install(app)
    return app


def _embedded(path: Path, in_memory_limit: int, workers: int | None):
    """The on-disk store (copied into memory when small enough) and its pool of query processes."""
    if not path.exists():
        raise UserError(f"找不到資料庫：{path}（請先執行 twpolice build）", f"no store at {path}: run `twpolice build` first")
    store = open_store(path, read_only=True)
    in_memory = len(store) <= in_memory_limit
    if in_memory:  # pages and look-ups run several times faster from memory than from the on-disk store
        store = load_memory_copy(str(path))
    elif not store.union_stored:
        raise UserError(f"資料庫 {path} 由舊版建立，預設圖尚未存放所有具名圖的聯集：請再執行一次 twpolice build",
                        f"the store at {path} was written by an older version (no union default graph): "
                        "run `twpolice build` once more")
    return path, store, QueryRunner(path, iris.PREFIXES, workers=workers, in_memory=in_memory)


def _include_validation(app: FastAPI) -> None:
    """Mount the POST /validate and /rules router."""
    app.include_router(validation.router)
