"""What the words around a figure imply: its unit when a table cell prints a bare number, its role
(a target or an actual), money cues, and the bound a target prints (以上/以下/至少 …).
"""

from __future__ import annotations

import re

from twpolice.converters import lexicon
from twpolice.converters.units import canonical, is_unit
from twpolice.normalise import normalise_width

_UNIT_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    ("人次", "人次"), ("場次", "場"), ("案犯數", "人"), ("人數", "人"), ("件數", "件"), ("發生數", "件"),
    ("破獲數", "件"), ("查獲數", "件"), ("率", "%"), ("比率", "%"), ("百分比", "%"), ("金額", "千元"),
    ("支數", "支"), ("場數", "場"), ("次數", "次"), ("隊數", "隊"), ("重量", "公斤"),
)


# Money: a budget (預算數, 編列, 經費 …) unless the words say it was spent (執行數, 決算數, 實支 …)
MONEY_UNITS = frozenset({"元", "千元"})
BUDGET_CUE = re.compile(r"預算|編列|增列|經費|補助|獎勵金|獎助金|概算|促協金|回饋金|輔助金|睦鄰基金")  # a grant is allocated money
SPENT = re.compile(r"執行數|實際執行|支用數|實支數?|決算數?|執行金額|已支用|已執行|核銷|支用(?!計畫)|支出(?!預算|計畫)|動支")
# Column headings that name each row's indicator (KPI tables, result tables), most specific first
# 指標名稱 first: 「衡量指標 | 指標名稱 | …」 numbers its rows in the first column (衡量指標一) and names them in the second
# Column headings whose rows are programmes (a budget table's 計畫名稱, a results report's 工作計畫)
PROGRAMME_COLUMNS = ("重要施政計畫項目", "計畫項目", "計畫名稱", "工作計畫名稱", "工作計畫", "工作項目")
INDICATOR_COLUMNS = ("指標名稱", "關鍵績效指標", "共同性指標", "績效指標", "衡量指標", "指標項目", "指標")
# The role a figure's own words give it, printed right before it (「目標值85%，實際值93.45%」) or as its table
# column (年度目標值 | 實際值): a target or an actual of one indicator, not part of the indicator's name. A bare
# 「目標」 is not a role: 「治平專案目標80件」 counts targeted persons.
TARGET_ROLE = re.compile(r"(?:(?:未|已|均|尚未|超越|超過)?(?:達成?|優於|低於|高於)?"  # 「未達目標值（55人）」
                         r"(?:[^\s，,；;。]{0,6}?(?:核定|核配|律定|所訂|訂定)之?)?"  # 「達成警政署核定目標值（3,600件）」
                         r"(?:(?:(?:年度|原訂|原定|預定|預期|設定|績效)目標(?:值|數)?|目標值)(?:[為是]|訂為|定為)?"
                         # 「目標控制在45人以下」: a bare 目標 with a level to reach is a role too (not 治平專案目標, the gang targets)
                         r"|目標(?:[為是]|訂為|定為|(?<!專案目標)(?<!治平目標)(?<!到案目標)(?=(?:提升|提高|降低|減少|下降|增加|成長)(?:至|到)|控制在|維持|達)))"
                         # 「113年目標值提升至93%以上」: a level to reach (「目標值提升1%」 stays a relative target)
                         r"(?:(?:提升|提高|降低|減少|下降|增加|成長)(?:至|到)|控制在|維持在?|達到?)?)\s*[:：]?\s*[（(]?\s*$")
# 「以111年為基準值（12,476件）」: the words that make a figure the baseline a plan measures from
BASELINE_ROLE = re.compile(r"以?\s*(?:[0-9]{2,4}\s*年(?:度)?)?\s*(?:為|作為)?\s*基準(?:值|年|數)?\s*(?:為|是)?\s*[（(]?\s*$")
_ACHIEVEMENT = re.compile(r"^達成(?:率|度)$")


def names_targets(heading: str) -> bool:
    """A table column whose heading names targets (「年度目標值」「111年目標值」): its figures are targets."""
    return TARGET_ROLE.search(normalise_width(heading)) is not None


def achievement_name(name: str) -> str:
    """「達成率」 or 「達成度」 printed after a target (prose) or as a results table's column: 目標達成率, the share of
    the target reached (「全般刑案破獲率目標達成率」), in prose and tables alike; other names unchanged."""
    return "目標達成率" if _ACHIEVEMENT.match(name) else name


ACTUAL_ROLE = re.compile(r"(?:實際(?:值|數|達成(?:值|數|率)?)|執行(?:結果|成果|情形|成效)|實績值?|達成值)(?:[為是])?\s*[:：]?\s*$")


_UNIT_NOTE = re.compile(r"\s*[(（]\s*(?:單位[:：]\s*)?([^()（）]{1,6}?)\s*[)）]\s*$")


def split_unit_note(label: str) -> tuple[str, str | None]:
    """A name and the unit printed in its trailing note: 「全般刑案破獲率(%)」 → (全般刑案破獲率, %),
    「毒品查緝（單位：公斤）」 → (毒品查緝, 公斤); a note that is no unit stays part of the name."""
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


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_BOUNDS = lexicon.load("bounds")
_BOUND_BEFORE = {op: re.compile(rf"(?:{_alternatives(b['before'])})[\u4e00-\u9fff]{{0,8}}\s*$")
                 for op, b in _BOUNDS.items() if isinstance(b, dict)}
_BOUND_AFTER = {op: re.compile(rf"^\s*(?:{_alternatives(b['after'])})") for op, b in _BOUNDS.items() if isinstance(b, dict)}
_BOUND_WORD = re.compile(_alternatives([w for b in _BOUNDS.values() if isinstance(b, dict) for w in b["before"] + b["after"]]))


def bound_named(text: str) -> str | None:
    """The bound a 衡量標準 names anywhere in its words (「每年至少辦理場次」: at-least), or None."""
    for op in ("at-least", "at-most"):
        if any(w in text for w in _BOUNDS[op]["before"] + _BOUNDS[op]["after"]):
            return op
    return None


def only_bound_words(text: str) -> bool:
    """Whether a cell's words besides its figure only bound it (「9,000人以下」's 以下, 「≥95%」's ≥)."""
    return bool(text.strip()) and not _BOUND_WORD.sub("", text).strip()


def actual_bound(word: str | None) -> str | None:
    """The bound an actual's printed word gives it (lexicon ``bounds.toml``): 「逾」 more-than, 「未滿」 less-than,
    「以上」 at-least, 「以內」 at-most; None for none (「達」 only says the figure was reached)."""
    if not word:
        return None
    for op in ("more-than", "less-than", "at-least", "at-most"):
        if word in _BOUNDS[op]["before"] or word in _BOUNDS[op]["after"]:
            return op
    return None


def printed_operator(before: str, after: str = "") -> str | None:
    """The bound printed around a target's figure (lexicon ``bounds.toml``): 「至少辦理40場」「≥180場」 → at-least,
    「控制在3人以下」 → at-most; None when none is printed (then the target is the value itself: equal)."""
    for op in ("at-least", "at-most"):
        if _BOUND_BEFORE[op].search(before) or _BOUND_AFTER[op].match(after):
            return op
    return None
