"""Serving the site with uvicorn (``twpolice serve``)."""

from __future__ import annotations

from pathlib import Path

from twpolice import iris


def run(store_path: Path | str, host: str = "127.0.0.1", port: int = 8000, *, base: str = iris.BASE,
        query_timeout: float = 10.0, row_cap: int = 100_000, max_query_bytes: int = 1_000_000,
        workers: int | None = None, cache_size: int = 1024, log_level: str = "info",
        releases: Path | str | None = None) -> None:
    """Start uvicorn on ``host:port`` over the store at ``store_path`` or a remote store URL (blocks until stopped)."""
    import uvicorn

    from twpolice.api.app import create_app

    from twpolice.graph.backends import is_url

    store = store_path if is_url(store_path) else Path(store_path)
    app = create_app(store, base=base, query_timeout=query_timeout, row_cap=row_cap,
                     max_query_bytes=max_query_bytes, workers=workers, cache_size=cache_size, releases=releases)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False, http="httptools",
                loop="uvloop", timeout_keep_alive=30)
