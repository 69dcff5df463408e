"""User-facing errors: one line, 繁體中文 by default, English on request.

The CLI turns any :class:`UserError` into that line on stderr and exit code 2; the
API turns it into a 4xx with the same message. Nothing else should reach users.
"""

from __future__ import annotations

from twpolice.messages import HasMsg, Msg


class UserError(HasMsg, Exception):
    """Bad input or an unusable request: carries the same message in both languages (:class:`Msg`)."""

    exit_code = 2

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh)
        self.msg = Msg(zh, en)

    def message(self, lang: str | None = None) -> str:
        return self.msg.text(lang)

    def __str__(self) -> str:
        return self.message()
