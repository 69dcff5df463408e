"""What an indicator's printed name implies: its unit when a table cell prints a bare
number, and whether lower values are better (how a target without 以上/以下 reads).

The shared indicator scheme is consulted first (its unit and polarity are data);
these word rules are the fallback for names the scheme does not know.
"""

from __future__ import annotations

import re

_UNIT_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    ("人次", "人次"), ("場次", "場"), ("案犯數", "人"), ("人數", "人"), ("件數", "件"), ("發生數", "件"),
    ("破獲數", "件"), ("查獲數", "件"), ("率", "%"), ("比率", "%"), ("百分比", "%"), ("金額", "千元"),
    ("支數", "支"), ("場數", "場"), ("次數", "次"), ("隊數", "隊"), ("重量", "公斤"),
)
LOWER_IS_BETTER = re.compile(r"錯誤|死亡|受傷|傷亡|發生數|發生件|事故件|犯罪率|再犯|失竊|被害|員額成長|員額.*成長率")
HIGHER_IS_BETTER = re.compile(r"(?:執行|達成|到驗|破獲|查獲|尋獲|完成|出席|參訓|持照)率$")


# Money: a budget (預算數, 編列, 經費 …) unless the words say it was spent (執行數, 決算數, 實支 …)
MONEY_UNITS = frozenset({"元", "千元"})
BUDGET_CUE = re.compile(r"預算|編列|經費|補助|獎勵金|獎助金|概算")
SPENT = re.compile(r"執行數|支用數|實支數?|決算數?|執行金額|已支用|核銷")
# Column headings that name each row's indicator (KPI tables, result tables), most specific first
INDICATOR_COLUMNS = ("關鍵績效指標", "共同性指標", "績效指標", "衡量指標", "指標名稱", "指標項目", "指標")
# The role a figure's own words give it, printed right before it (「目標值85%，實際值93.45%」) or as its table
# column (年度目標值 | 實際值): a target or an actual of one indicator, not part of the indicator's name. A bare
# 「目標」 is not a role: 「治平專案目標80件」 counts targeted persons.
TARGET_ROLE = re.compile(r"(?:(?:(?:年度|原訂|原定|預定|預期|設定|績效)目標(?:值|數)?|目標值)(?:[為是]|訂為|定為)?"
                         r"|目標(?:[為是]|訂為|定為))\s*$")
ACTUAL_ROLE = re.compile(r"(?:實際(?:值|數|達成(?:值|數|率)?)|執行(?:結果|成果|情形|成效)|實績值?|達成值)(?:[為是])?\s*$")


_UNIT_NOTE = re.compile(r"\s*[(（]\s*(?:單位[:：]\s*)?([^()（）]{1,6}?)\s*[)）]\s*$")


def split_unit_note(label: str) -> tuple[str, str | None]:
    """A name and the unit printed in its trailing note: 「全般刑案破獲率(%)」 → (全般刑案破獲率, %),
    「毒品查緝（單位：公斤）」 → (毒品查緝, 公斤); a note that is no unit stays part of the name."""
    from twpolice.converters.units import canonical, is_unit

    note = _UNIT_NOTE.search(label)
    if note is None or not is_unit(note.group(1)):
        return label, None
    return label[: note.start()], canonical(note.group(1))


def unit_from_label(label: str) -> str | None:
    """The unit a bare number under this column or row name has: printed in its note (達成度(%), 重量(公斤)),
    else implied by its ending (率 → %, 件數 → 件 ...)."""
    label, unit = split_unit_note(label)
    if unit is not None:
        return unit
    compact = re.sub(r"\s+", "", label)
    for suffix, unit in _UNIT_BY_SUFFIX:
        if compact.endswith(suffix):
            return unit
    return None


def lower_is_better(label: str) -> bool:
    from twpolice.vocab import match_indicator

    shared = match_indicator(label)
    if shared is not None and shared.higher_is_better is not None:
        return not shared.higher_is_better
    if HIGHER_IS_BETTER.search(label):
        return False
    return bool(LOWER_IS_BETTER.search(label))


def level_operator(label: str) -> str:
    """A level target with no 以上/以下 printed: at least for good things, at most for bad ones."""
    return "at-most" if lower_is_better(label) else "at-least"
