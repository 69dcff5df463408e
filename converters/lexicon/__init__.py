"""The converters' lexicons: data files (TOML) of the words that decide what a printed figure is.

Words live here, not in code, so that a reader can see and extend them: each file documents its
own format in its header. :func:`load` reads one file once.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

PACKAGE = "twpolice.converters.lexicon"


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed lexicon ``{name}.toml`` of this package (cached; do not mutate)."""
    path = resources.files(PACKAGE) / f"{name}.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)
