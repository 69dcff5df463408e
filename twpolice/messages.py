"""Bilingual messages: 繁體中文 by default, English on request — one shape for every text a user reads.

:class:`Msg` is one message in both languages; :func:`t` picks a message from a table of them (the site's
interface strings, the validation report's words) in a language; :func:`current_lang` is the language of
this process (``TWPOLICE_LANG``). Errors (:class:`twpolice.errors.UserError` and its kinds) carry a Msg.
"""

from __future__ import annotations

import os
from typing import Mapping, NamedTuple

def current_lang() -> str:
    """``TWPOLICE_LANG`` (zh-Hant or en); zh-Hant by default."""
    return "en" if os.environ.get("TWPOLICE_LANG", "zh-Hant").lower().startswith("en") else "zh-Hant"


class Msg(NamedTuple):
    """One message in both languages: ``Msg("找不到檔案", "no such file")``."""

    zh: str
    en: str

    def text(self, lang: str | None = None, /, **values: object) -> str:
        """The message in ``lang`` (default :func:`current_lang`), with ``{name}`` fields filled from ``values``."""
        chosen = self.en if (lang or current_lang()) == "en" else self.zh
        return chosen.format(**values) if values else chosen


class HasMsg:
    """Something that carries a :class:`Msg` (an error): its ``zh`` and ``en`` are the message's."""

    msg: Msg

    @property
    def zh(self) -> str:
        return self.msg.zh

    @property
    def en(self) -> str:
        return self.msg.en


def t(table: Mapping[str, Msg], key: str, lang: str | None = None, /, **values: object) -> str:
    """``table[key]`` in ``lang``; an unknown key is shown as itself (a missing string is visible, not a crash).
    Positional-only, so a message's fields may be called ``table``, ``key`` or ``lang`` (「第 {table} 個表格」)."""
    msg = table.get(key)
    return msg.text(lang, **values) if msg is not None else key
