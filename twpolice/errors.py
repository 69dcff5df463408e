"""User-facing errors: one line, 繁體中文 by default, English on request.

The CLI turns any :class:`UserError` into that line on stderr and exit code 2; the
API turns it into a 4xx with the same message. Nothing else should reach users.
"""

from __future__ import annotations

import os


def current_lang() -> str:
    """``TWPOLICE_LANG`` (zh-Hant or en); zh-Hant by default."""
    return "en" if os.environ.get("TWPOLICE_LANG", "zh-Hant").lower().startswith("en") else "zh-Hant"


class UserError(Exception):
    """Bad input or an unusable request: carries the same message in both languages."""

    exit_code = 2

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh)
        self.zh = zh
        self.en = en

    def message(self, lang: str | None = None) -> str:
        return self.en if (lang or current_lang()) == "en" else self.zh

    def __str__(self) -> str:
        return self.message()
