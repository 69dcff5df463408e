"""twpolice/messages.py: one shape for every bilingual text (issue 18, item 1)."""

from __future__ import annotations

from twpolice.errors import UserError
from twpolice.messages import Msg, current_lang, t

TABLE = {"rows": Msg("共 {n:,} 列", "{n:,} rows")}


def test_a_message_in_either_language_with_its_fields(monkeypatch):
    monkeypatch.delenv("TWPOLICE_LANG", raising=False)
    assert current_lang() == "zh-Hant" and t(TABLE, "rows", None, n=1200) == "共 1,200 列"
    assert t(TABLE, "rows", "en", n=1200) == "1,200 rows"
    monkeypatch.setenv("TWPOLICE_LANG", "en")
    assert Msg("找不到檔案", "no such file").text() == "no such file"
    assert t(TABLE, "no-such-key", "en") == "no-such-key"  # a missing string shows, it does not crash
    cell = {"at": Msg("第 {table} 個表格第 {key} 列", "table {table}, row {key}")}
    assert t(cell, "at", "en", table=2, key=3) == "table 2, row 3"  # fields may share the parameters' names


def test_an_error_carries_one_message(monkeypatch):
    monkeypatch.setenv("TWPOLICE_LANG", "zh-Hant")
    err = UserError("找不到檔案：a.txt", "no such file: a.txt")
    assert err.msg == Msg("找不到檔案：a.txt", "no such file: a.txt") and str(err) == "找不到檔案：a.txt"
    assert (err.zh, err.en, err.message("en")) == (err.msg.zh, err.msg.en, "no such file: a.txt")
