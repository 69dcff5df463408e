"""The ready-made research queries (``api/queries/*.rq``), each with a bilingual title and description.

Header lines at the top of each file::

    # title@zh-Hant: …
    # title@en: …
    # description@zh-Hant: …
    # description@en: …
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FOLDER = Path(__file__).parent / "queries"
_HEADER = re.compile(r"^#\s*(title|description)@(zh-Hant|en):\s*(.*)$")


@dataclass(frozen=True)
class ReadyQuery:
    id: str
    title_zh: str
    title_en: str
    description_zh: str
    description_en: str
    text: str

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_zh

    def description(self, lang: str) -> str:
        return self.description_en if lang == "en" else self.description_zh


def parse(path: Path) -> ReadyQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if m:
            meta[f"{m.group(1)}@{m.group(2)}"] = m.group(3).strip()
    missing = [k for k in ("title@zh-Hant", "title@en", "description@zh-Hant", "description@en") if not meta.get(k)]
    if missing:
        raise ValueError(f"{path.name}: missing header line(s) {', '.join(missing)}")
    return ReadyQuery(path.stem, meta["title@zh-Hant"], meta["title@en"], meta["description@zh-Hant"],
                      meta["description@en"], text)


@lru_cache(maxsize=1)
def ready_queries() -> tuple[ReadyQuery, ...]:
    return tuple(parse(p) for p in sorted(FOLDER.glob("*.rq")))


def by_id(qid: str) -> ReadyQuery | None:
    return next((q for q in ready_queries() if q.id == qid), None)
