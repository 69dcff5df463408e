"""Facts stated in running text, for every genre.

A line is cut into sentences (。；) and clauses (，、：); every quantity with a
unit becomes a :class:`~twpolice.model.Fact`. What the number *is* comes from the
words around it: the clause before it names the indicator, cue words decide the
kind (基準 → baseline, 目標/預計 → target, 較…同期增加 → change, 預算/編列 → budget),
a period phrase before it in the sentence sets the period, and 以上/以下/逐年增加
set a target's operator. The quote is the sentence, so every fact is grounded in
one printed line.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import chain
from typing import NamedTuple
from dataclasses import dataclass, field, replace
from functools import lru_cache
from decimal import Decimal

from twpolice import registry
from twpolice.composition import last_subject_form, narrower, subject_in, subjects
from twpolice.composition import match_indicator, whole_of
from twpolice.vocab import close_subjects, exact_indicator, resolve_unit
from twpolice.converters import lexicon
from twpolice.converters.budget import FUNDING_ZH, SHARE_NAME, SHARED, funding_of
from twpolice.converters.nonfacts import non_fact_spans
from twpolice.converters.numbers import NumberMatch, find_numbers, holds_a_figure
from twpolice.converters.periods import (ad_to_roc, date_spans, find_periods, fiscal_year, parts_of, printed_year,
                                         same_period_in_year, year_before, year_period, years_before)
from twpolice.converters.semantics import (ACTUAL_ROLE, BASELINE_ROLE, BUDGET_CUE, MONEY_UNITS, SPENT, TARGET_ROLE,
                                            achievement_name, actual_bound, printed_operator)
from twpolice.normalise import normalise_width
from twpolice.model import PLAN_GENRES, Fact, Passage, Period


_SENTENCE_END = re.compile(r"[。；;]")
_CLAUSE_BREAK = "，,、；;：:。"
_PARENTHESIS = re.compile(r"[(（][^()（）]*[)）]")
_CLASS_ASIDE = re.compile(r"[(（]\s*(?P<cls>A[0-9](?:\s*[+＋、及]\s*A?[0-9])*\s*類?)\s*[)）](?=\S)")
# 「（二）」「2.」「甲、」「③」: the number an outline item opens with
_MARKER = r"(?:[\(（]?\s*[0-9一二三四五六七八九十甲乙丙丁壹貳參肆伍陸柒捌玖拾]+\s*[\)）.、．]|[①-⑳])"
_LIST_MARKER = re.compile(r"^\s*" + _MARKER + r"\s*")
_LEADING_FILLER = re.compile(
    r"^(?:[\s\-－‧•·●○◎■□◆▲★(（]|度(?=預算|經費|計畫)|即(?!時)|將(?=控制|維持|提升|提高|降低|減少|增加)|(?:增加|減少|上升|下降|提升|降低|增|減|升|降)(?:至|到)|目標(?:值|數)?(?=以)|自\s*起|(?:全數|均已|全部)(?:偵破|破獲)|使(?!用)(?=\S{2})|其中|其後|此後|之後|以後|爾後|嗣後|另外?|並|且|而|惟|雖|則|已|均|皆|於|至少|最少|不少於|實際|底?前完成|底前|計有|共計|總計|合計|累計|累積|共有|共(?![犯同])|計|約(?!聘)|達到?(?!成)|為(?!民)|係|有(?!效)|以|逐年|同期間?|預估|預計|預定|原訂|原定|原規劃|以及|及|與(?!會)|和(?!平)|暨|或|由(?!於)|"
    r"[各每逐](?:季|月)(?=分別|依序|依次)|分別|依序|依次|預期|"
    r"目標(?:值|數)?(?=攔阻|查獲|取締|破獲|偵破|辦理|建置|新增|完成|降低|提升|減少|增加)|本期|單月|單季|當月|當季|本年度|本年|全年度?|全市|本市|全縣|本縣|全轄|轄內|本局|本府|警察局|年度|迄今|至今|目前|期能將?|期使|目標值?(?:[為是]|訂為|定為)|"
    r"(?:近|前|過去|最近)[0-9一二三四五六七八九十]{1,2}年(?:來|內|間)?|[0-9]{1,2}年(?:內|間)|"  # 「近5年發生數」「4年內新建置」
    r"[0-9一二三四五六七八九十]{1,2}年(?=合計|共計|總計|累計)|"  # 「4年合計600支」
    r"(?:衡量|績效|關鍵績效)指標(?:[為是]|：|:))+"  # 「衡量指標為取締酒駕件數目標值達成率」
)
_TRAILING_FILLER = re.compile(r"(?:[\s:：≥≤≧≦較]|(?<![理事自緣])由|從|(?<=率)[占佔]|(?:分別|依序|依次)[為是]?|自\s*起|亦|卻|其後|此後|以後|爾後|之|仍|雖|(?<!規)則|(?<![位由對關屬等基])於|辦理|累計|累積|共計|總計|計有|合計|共|計|約|達到?|(?<![作行])為|(?<!關)係|各|(?<!平)均|皆|逾|近|超過|僅|已|以|"
                              r"至少|最少|不少於|不低於|不得超過|不超過|不高於|控制在|降低?至|(?:增派|調高|擴增)至|至|維持在?|[需須應]達?|目標值|期能|期達|每年|逐年|"
                              r"預計|預估|預定|預期|(?<=[率數量額])可望?|"
                              r"(?<=[數率量額])(?:目標(?:值)?)?(?:提升|提高|降低|減少|增加|降|升)?)+$")  # 「詐欺犯罪破獲率(目標)提升至85%」
_CHANGES = lexicon.load("changes")
_DECREASE = frozenset(_CHANGES["verbs"]["decrease"] + _CHANGES["amplitude"]["decrease"])
_CHANGE_WORDS = sorted(_DECREASE | set(_CHANGES["verbs"]["increase"] + _CHANGES["amplitude"]["increase"]),
                       key=len, reverse=True)
_CHANGE_VERB = re.compile(rf"(?P<verb>{'|'.join(_CHANGE_WORDS)})(?:了|幅度|幅|率為)?(?:達|(?<=[幅率度])為)?\s*$")  # 「降幅3.03%」 too
_AMPLITUDE_WORDS = _CHANGES["amplitude"]["increase"] + _CHANGES["amplitude"]["decrease"]
# 「較去年同期多攔阻2,145萬元」: more (or fewer) of what was done than in the period compared with
_FEWER = frozenset(_CHANGES["comparative"]["decrease"])
_COMPARATIVE = re.compile(r"較[^，,；;。]{1,16}?(?P<verb>" + "|".join(_CHANGES["comparative"]["increase"]
                          + _CHANGES["comparative"]["decrease"]) + r")(?:" + "|".join(_CHANGES["comparative"]["done"])
                          + r")\s*$")
# 「降幅達12.5%」「成長率15.2%」: the size of a change
_AMPLITUDE = re.compile(rf"(?P<verb>{'|'.join(_AMPLITUDE_WORDS)}|成長)率?(?:為|高達|達到?|約)?\s*$")
_TARGET_ACHIEVEMENT = re.compile(r"目標(?:值)?達成(?:率|度)")
_COUNT_NOUN_END = re.compile(r"(?:件數|人數|人次|次數|數)$")  # 「…刑案件數」 → 「…刑案」 (not 案 too, as _COUNT_TAIL)
_SHARE_OF = re.compile(r"^(?:約|計)?[占佔](?:了)?(?P<whole>.{2,24}?)(?:之|的)?(?:比率|比例)?$")
_OF_TARGET = re.compile(r"(?P<word>目標(?:值|數)?)\s*(?:[（(][^）)]{0,16}[）)]|[0-9][0-9,.]*\s*[^\s0-9，,；;。之]{1,3})?\s*之\s*$")
_ACTUAL_OPENS = re.compile(r"^\s*(?:實際|實績|執行結果)(?:值|數)?\s*(?:為|是|[:：])?")
_LEADING_CHANGE = re.compile(r"^(?:每年|逐年)?(?:降低|減少|下降|提升|提高|增加)?")  # of a target's name
_OPEN_PAREN = re.compile(r"\s*[(（]\s*(?P<same>即|亦即)?\s*(?P<verb>增加|減少|下降|降低|提升|上升|成長)?\s*")
CLAUSE_END = re.compile(r"[，；;。]|,(?![0-9])|(?<![0-9]),")  # not a thousands separator
_COMPARISON = re.compile(r"較|同比|與.{0,20}?(?:同期|相較|相比|比較)|比較|相較|相比|同期")
_TARGET_CUE = re.compile(r"目標|預計|預估|預定|預期|規劃|(?<![模比虛])擬|期能|期達|逐年|維持|將|底前完成")
_TARGET_BOUNDS = frozenset({"至少", "以上", "以下", "不低於", "不超過", "不少於", "以內", "未滿", "不得超過"})
_LEADING_VERB = re.compile(r"^\s*(?:[0-9]+[.、]\s*)?(?:並|且|另)?(?:每年|逐年)?(?P<verb>降低|減少|下降|增加|提升|提高|成長)(?!至|到)")  # 提升至: a level
_MOVE_VERB = "(?:降低|下降|減少|縮短|縮減|提升|提高|增加|上升|成長|延長|充實|擴充|補足|降|升|減|增)"  # 「降至」「提升到」: moved to a level
_TO_LEVEL = re.compile(rf"{_MOVE_VERB}(?:至|到)")  # in a plan: a level to reach
_STOCK_CUE = re.compile(r"現有|目前|累計|累積|截至|至.{0,8}底|迄今")
_SKIP_UNITS = frozenset({"年", "歲"})
_FORMULA = re.compile(r"[×÷]")  # a calculation: its figures are non-facts (lexicon rule 「formula」)
_DURATION_UNITS = frozenset({"日", "天", "工作天", "小時", "週", "月", "個月", "分鐘", "秒"})
_TIME_MEASURE = re.compile(r"時間|時數|時效|天數|日數|歷時")  # 「平均派遣時間4分32秒」: a measured time is a figure
_TIME_RULE = re.compile(r"每|不得|不超過|應有|連續")  # 「每日應有1次連續8小時之睡眠」: a rule of duty hours
# not 模擬槍; 「並於年底前完成…汰換200支」 is still to be done (「已於…前完成」 was done)
_LIST_JOIN = re.compile(r"\s*(?:及|和|與|、|以及)")  # the next item of a list
_PLACE_OF_WORK = re.compile(r"(?:於|在)(?P<place>(?![轄社校山市地園營景學該本全各廠災重要路]區)[\u4e00-\u9fff]{2,5}?(?:區|里|鄉|鎮))"
                            r"(?=[\u4e00-\u9fff]{0,12}?(?:裝設|設置|建置|增設|架設|新設|汰換))")
_WORKS = re.compile(r"裝設|建置|設置|增設|汰換|新建|興建|整建|購置|換裝|佈建|布建")
_COMPLETION_AHEAD = re.compile(r"預計[^，,；;。]{0,16}?(?:完工|竣工|完成|驗收|啟用|交車)")
_COMPLETED = re.compile(r"已[^，,；;。]{0,16}?(?:完工|竣工|驗收|啟用|交車)|完工啟用")
_FUTURE_CUE = re.compile(r"預計|預估|預定|預期|原訂|原定|原規劃|(?<![模比虛])擬|將於|將循|將(?:控制|維持|提升|提高|降低|減少|增加)|(?<!已)(?:於|在)(?:本?年底|年度結束|[0-9]{1,2}月底)前")
_BY_YEAR_END = re.compile(r"(?:本?年底|年度結束)前")  # a target to reach by the end of the year is of the year
_BASELINE_AFTER = re.compile(r"^\s*[)）]?\s*[，,]?\s*(?:(?:[^\s，,；;。、()（）0-9]{1,5}?)?(?:為|作為)|之|訂為|定為|列為|設為)?\s*"
                             r"(?:比較)?基(?:準|礎)")  # 「以111年（96.3%）為基準值」「以112年底…1萬3,560支攝影機為基準」 too
_RELATIVE = re.compile(r"(?P<each>逐年|每年|年)?(?P<verb>增加|提升|提高|成長|增長|降低|減少|下降|增|減)\s*$")
_NOUN_END = "數率量額值次場人件費金比度點隊處支枝顆輛臺台組案戶班期元間"
_BARE_TARGET = re.compile(r"(?<=[\u4e00-\u9fff])(?<!治平)目標(?:值|數)?\s*$")  # not 「治平目標20名」 (persons)
_UNIT_NOUN = {
    "件": "件數", "人": "人數", "名": "人數", "位": "人數", "人次": "人次", "%": "比率", "％": "比率",
    "公斤": "重量", "公克": "重量", "元": "金額", "千元": "金額", "場": "場次", "場次": "場次", "支": "支數",
    "枝": "枝數", "顆": "顆數", "輛": "輛數", "臺": "臺數", "台": "臺數", "次": "次數", "處": "處數",
    "隊": "隊數", "組": "組數", "案": "案數", "戶": "戶數", "班次": "班次", "小時": "時數", "通": "通數",
    "團": "團數",
}
_COUNTERS = frozenset({"部", "臺", "台", "個", "組", "套", "具", "座", "輛", "支", "枝", "處", "隊", "班", "期", "班期",
                       "所", "家", "本", "篇", "張", "顆", "只", "線", "間", "艘", "架", "頂", "面", "份", "項", "條", "把", "門",
                       "梯次", "期別", "種", "類", "群", "團", "站", "網"})
_COUNTED_BY = {"輛": "車", "艘": "船艇"}  # a counter and the things it counts: 車 are counted in 輛
_MEASURE_END = "數率量額值次場費金比度點元時"  # a name already saying what number it is (…處數, …比率, …次)
_PERSON_UNITS = frozenset({"人", "名", "位", "人次"})
_GIVEN_THING_END = "金費款物品"  # money or goods given out: 「…照護金」12人次 counts those given it
_THING_END = "隊處支枝顆輛臺台組案戶班期間機器具站所館車槍彈械刀桿座艇艘網線燈頭屋舍體統卡證章旗備腦品物材船校院局"  # a counted thing
_ALL_UNIT_NOUNS = sorted(set(_UNIT_NOUN.values()), key=len, reverse=True)
_UNIT_NOUNS = [n for n in _ALL_UNIT_NOUNS if n not in ("比率", "金額", "重量")]  # nouns of a count
# A figure named only by what happened to the subject (「死亡80人」「破獲18件」) takes the subject
# from the sentence's first named figure (「發生A1類交通事故77件」).
_PREDICATE_ONLY = re.compile(r"^(?:(?:死亡|受傷|傷亡|破獲|偵破|查獲|到驗|列管|發生|破案|尋獲|取締|舉發|比中)(?:率|數|件數|總件數|人數|人次|案件數|案件)?"
                             r"|(?:參與|參加|出席|與會|受惠|受益)(?:民眾|人員)?(?:人數|人次)?|宣導(?:人數|人次)|辦理場次|宣導場次|執行率"
                             r"|(?:查獲|緝獲|逮捕)?(?:嫌犯|嫌疑犯|嫌疑人|犯嫌|案犯|成員)(?:人數)?|犯罪人數|被害人數?"
                             r"|(?:完成)?(?:新增|新設|增設|建置|裝設|汰換|汰除)(?:設置)?(?:支數|處數|數)?|件數|案件數"
                             r"|攔阻(?:民眾)?(?:被害|被騙|受騙|遭詐)?(?:款項)?(?:件數|案件數|金額)?|保[全住](?:民眾)?(?:財產)?金額|逾齡率)$")  # a measure without its subject
_ENFORCEMENT = re.compile(r"^(?:取締|舉發)")
# 「1等3級」「二等」: a grade, which names no object of its own; the award the sentence opens with is what it grades
_GRADE_ITEM = re.compile(r"(?:.*?[計共])?(?P<grade>[0-9一二三四五六]等(?:[0-9一二三四五六]級)?|[0-9一二三四五六]級)")
_AWARD = re.compile(r"(?P<award>[\u4e00-\u9fff]{0,6}(?:獎章|勳章|獎牌|徽章|獎狀))")
_AWARD_REACH = 40  # the award is named where the sentence opens
_PER_UNIT = re.compile(r"^(?:每一?(?:隊|人|件|案|車|處|組|班|年|月|日|週|季|期|場|次|戶|校|所|單位))+")
_GOAL_AFTER = re.compile(r"^\s*(?:以上|以下)?\s*(?:為|作為)(?:年度|本年度|全年|本期)?目標")
_CASUALTIES = frozenset({"死亡", "受傷", "傷亡", "輕傷", "重傷"})
_CAUSED = re.compile(r"(?:造成|導致|致使|致)$")  # 「…造成19人死亡」: the cause is the name, the outcome its measure
_DONE = re.compile(r"^完成(?=汰換|汰除|建置|新設|增設|裝設|設置)")  # 「已完成汰換286支」: 汰換 of the subject
_EXECUTION = re.compile(r"(?:已|實際)?執行(?:率|數|金額)?")  # after money: how much of it was spent
_LEADING_VERB_WORD = re.compile(r"^(?:本期|計)?(?:發生|查獲|破獲|偵破|受理|列管|辦理|取締)")
# 「每年」「逐年」「各年度資本門預算執行率均達90%以上」: of each plan year; opening a sentence, of all its targets
_EACH_YEAR_WORD = r"(?:每年度?|逐年|各年度?)(?!齡)"  # not 各年齡層
_EACH_YEAR = re.compile(_EACH_YEAR_WORD)
_EACH_YEAR_OPENS = re.compile(rf"^(?:[^，,；;。：:]{{0,12}}[：:])?\s*{_EACH_YEAR_WORD}")
_EACH_YEAR_AT_EDGE = re.compile(rf"^{_EACH_YEAR_WORD}|{_EACH_YEAR_WORD}$")
_SINCE_YEAR = re.compile(rf"自\s*[0-9]{{2,4}}\s*年度?\s*起\s*{_EACH_YEAR_WORD}")  # each year from the one printed on
_YEAR_PRINTED = re.compile(r"[0-9]{2,4}\s*年")
_CUMULATIVE_TO_YEAR = re.compile(r"(?:至|到)\s*(?P<y>[0-9]{2,4})\s*年度?\s*(?:止|為止)?\s*(?:累計|累積|總計|共)")
_TOTAL_BEFORE = re.compile(r"(?:合計|共計|總計|累計)\s*(?:降低|減少|增加|提升|下降|上升|成長)?\s*\S?\s*$")
_LEADING_PERIOD = re.compile(
    r"^[0-9０-９]{2,3}\s*年(?:度)?(?:\s*(?:至|-|~)\s*[0-9０-９]{2,3}\s*年(?:度)?)?"
    r"(?:[0-9０-９]{1,2}\s*(?:至|-|~)\s*[0-9０-９]{1,2}\s*月)?")
_TRAILING_PERIOD = re.compile(r"(?<![0-9０-９])[0-9０-９]{2,3}\s*年(?:度)?(?:[0-9０-９]{1,2}\s*(?:至|-|~)\s*[0-9０-９]{1,2}\s*月)?$")
_MEASURE_SUFFIX = re.compile(r"(?:發生數|發生件數|件數|人數|發生|數)$")
SCHEDULE = re.compile(r"第[一二三四1-4](?:[、,及][一二三四1-4])?級(?:毒品)?")
_AGGREGATE_BEFORE = re.compile(r"^\s*(?:合計|總計|共計|小計|總共)")
_AGGREGATE = frozenset({"合計", "總計", "共計", "小計", "總數", "計"})
_AMOUNT_WORDS = frozenset({"金額", "總金額", "金額合計"})
_SHARE_UNITS = frozenset({"%", "百分點", "個百分點"})  # a share and its change, as printed
_MONEY_UNITS = frozenset({"元", "千元", "萬元", "百萬元", "億元"})
_UNIT_NOUN_TAIL = re.compile(r"(?:件數|人數|人次|次數|案數|數)$")  # what a count's unit adds to its name
_COUNT_TAIL = re.compile(r"(?:案件數|案件|案數|件數|人數|人次|次數|數|件|(?<!報)案)$")  # 「有效報案」 keeps its 案
# 「A1死亡人數由110年85人降至111年72人，減少13人」: one indicator in two years and the change between them
_MOVE_HOW = "(?:逐年|逐步|持續|大幅|明顯|一路)?"  # 「由4,105件逐年下降至3,412件」
_FROM_YEAR = re.compile(r"(?:由|從|自)\s*(?P<p>[^，,；;。由從自]{0,10}?[0-9]{2,4}\s*年(?!起)[^，,；;。由從自]{0,8}?)(?:的|之)?\s*$")
_TO_YEAR = re.compile(rf"^\s*{_MOVE_HOW}{_MOVE_VERB}?(?:至|為|到)\s*[^，,；;。]{{0,10}}?[0-9]{{2,4}}\s*年[^，,；;。]{{0,8}}?(?:的|之)?\s*$")
_COMPARED_YEAR = re.compile(r"(?:較|與|比)\s*(?:[0-9]{2,4}\s*年(?:度)?(?:同期)?|(?P<last>去年|上年|前一年|"
                            r"(?:前|近|過去)[0-9一二三四五六七八九十]{1,2}年(?:平均值?|平均數|同期平均))(?:同期)?)"
                            r"(?:的|之)?\s*(?P<paren>[（(])?\s*$")
# 「失蹤人口尋獲率由去年同期81.4%上升至86.3%」「由上季的221件降至187件」: the first figure is of the period compared with
_FROM_COMPARED = re.compile(r"(?:由|從)\s*(?:去年同期|上年同期|前一年同期|去年|上年|前一年|上季|上月|上期|前期)(?:的|之)?\s*$")
_FROM_BARE = re.compile(r"(?:由|從)\s*$")  # 「竊盜案件由1,200件降至1,100件」: an earlier figure of no printed period
_TO_AHEAD = re.compile(rf"\s*{_MOVE_HOW}{_MOVE_VERB}?(?:至|為|到)\s*[0-9]")
_TO_BARE = re.compile(rf"^\s*{_MOVE_HOW}{_MOVE_VERB}?(?:至|為|到)\s*$")
# 「加強查緝毒品：全年查獲毒品案件…」: a heading that says what is done, not what the figures count
_POLICY_HEADING = re.compile(r"^(?:加強|提升|強化|落實|推動|精進|建構|深化|打擊|防制|維護|擴大|持續|健全|提高|降低|"
                             r"減少|確保|營造|整合|結合)")
_TOPIC = re.compile(r"^(?P<topic>[^，,。；;：:]{1,24}?)(?:(?:方面|部分)?[：:]|(?:方面|部分)[，,])")  # 「竊盜案件部分，」


@dataclass
class ProseContext:
    """What a block of text is about: its document, section, program and default period."""

    genre: str
    period: Period  # the default period of facts in this block
    section: tuple[str, ...] = ()
    program: str | None = None
    topic: str = ""  # e.g. a heading title when the block is a table cell
    comparison: Period | None = None  # 「與111年1至6月同期相比」 in a heading
    plan_years: tuple[int, ...] = ()  # years a multi-year plan covers (逐年 → one target per year)
    targets: bool = False  # the block is a target column (年度目標值): a figure with no other role is a target
    qualifiers: dict[str, str] = field(default_factory=dict)
    indicator: str = ""  # what a heading above names (「關鍵績效指標：全般刑案破獲率」), for figures that name nothing
    money_unit: str = ""  # the unit a heading above states for money (「重要計畫及預算（單位：千元）」)
    lead_in: str = ""  # the whole numbered paragraph the line sits under (section labels keep only its opening)
    heading: str = ""  # the title of the nearest heading over the line (「3.勸導深夜遊蕩少年返家」)
    subject_before: str = ""  # the subject the line before left, when this line continues its paragraph


@dataclass
class _Sentence:
    text: str  # as printed
    norm: str  # width-folded, markup blanked, same length
    offset: int  # in the line
    periods: list = field(default_factory=list)  # PeriodMatch list, filled once per sentence
    unperiod: str = ""  # norm with its period phrases blanked: what names a figure never holds its period

    def read_periods(self, ctx: ProseContext) -> None:
        self.periods = find_periods(self.text, default_period=ctx.period)
        chars = list(self.norm)
        for pm in self.periods:
            chars[pm.start:pm.end] = " " * (pm.end - pm.start)
        self.unperiod = "".join(chars)


_MARKUP = re.compile(r"\[bookmark:[^\]]*\]|</?p>")


def sentences(line: str) -> list[_Sentence]:
    """Sentences of a line; DOCX bookmarks and <p> tags are blanked (same length) in ``norm``."""
    norm = _MARKUP.sub(lambda m: " " * len(m.group()), normalise_width(line))
    out: list[_Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(norm):
        out.append(_Sentence(line[start:m.end()], norm[start:m.end()], start))
        start = m.end()
    if start < len(line):
        out.append(_Sentence(line[start:], norm[start:], start))
    return [s for s in out if s.text.strip()]


_NUMERALS = "一二三四五六七八九十"


def _clause_start(norm: str, pos: int) -> int:
    """Start of the clause holding ``pos``; a comma between digits is a thousands separator, and a 「、」 with no
    figure before it in its clause joins words of one name (「第一、二級毒品製造、運輸、販賣嫌疑犯120人」)."""
    i = pos - 1
    while i >= 0:
        ch = norm[i]
        if ch in _CLAUSE_BREAK and not (ch == "," and 0 < i < len(norm) - 1 and norm[i - 1].isdigit() and norm[i + 1].isdigit()) \
                and not (ch == "、" and 0 < i < len(norm) - 1 and norm[i - 1] in _NUMERALS and norm[i + 1] in _NUMERALS) \
                and not (ch == "、" and _joins_words(norm, i)):  # 「第一、二級毒品」 is one name
            break
        i -= 1
    return i + 1


def _joins_words(norm: str, i: int) -> bool:
    """The 「、」 at i enumerates words of a name: no figure between it and the clause break before it."""
    j = i - 1
    while j >= 0 and norm[j] not in _CLAUSE_BREAK:
        j -= 1
    words = _LIST_MARKER.sub("", norm[j + 1:i])  # 「1.運用警察、憲兵及民力」: the item's number is no figure
    dated = {k for start, end, _ in date_spans(words) for k in range(start, end)}
    # 「111年查緝製造、運輸、販賣…槍械目標值為100人」: nor is a year
    return not any(ch.isdigit() for k, ch in enumerate(words) if k not in dated)


@lru_cache(maxsize=1)
def _place_prefix() -> re.Pattern[str]:
    """City and county names (from the agency registry) that open a label: 「臺中市詐欺犯罪」."""
    names = {a.city_zh for a in registry.all_agencies() if a.city_zh}
    names |= {n.replace("臺", "台") for n in names}
    return re.compile("^(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + ")")


_BASELINE_WRAP = re.compile(r"^\s*(?:將|並|另|且)?\s*(?:以\s*)?(?P<name>[^，,；;。]{2,30}?)\s*(?:為|作為)(?:比較)?基(?:準|礎)(?:值|年|數)?"
                            r"\s*[，,]?\s*(?:目標)?(?:值)?\s*$")


def _clean_label(text: str) -> str:
    text = re.sub(r"[\[【].*?[\]】]", "", text)
    text = re.sub(r"[(（]\s*$", "", text)  # 「A1類交通事故死亡人數以112年（」 before 「71人）為基準值」: the bracket holds the figure
    text = re.sub(r"^[^(（]*[)）]", "", text)  # 「（上升7.69%），破獲率72.84%」: the aside closing here is the figure before's
    text = re.sub(r"^(?:總|共|合)計有(?=\S{2})", "", text)  # 「總計有志工」: 志工, not 總志工
    text = re.sub(r"(?<=\S)(?:合計|總計|共)?(?:計有|共有)(?=\S)", "", text)  # 「錄影監視系統計有鏡頭」: 錄影監視系統鏡頭
    # 「騎警隊目前現有自行車」: 騎警隊自行車 (but 「員警現有人數」 keeps the measure it names)
    text = re.sub(r"(?<=\S)(?:目前)?現有(?=\S)(?!人數|數|員額|員警)", "", text)
    # 「住宅竊盜僅發生4件」「全般刑案共發生」「住宅竊盜則發生57件」
    text = re.sub(r"(?<=\S)(?:僅|共|總共|共計|(?<![累統設估會合總共預])計|則|亦|也|又)(?=發生|破獲|查獲|受理|取締|舉發|偵破|攔阻)", "", text)
    # 「住宅竊盜發生數更降至歷年同期最低之47件」: how low it went is no part of what is counted
    text = re.sub(r"(?:更|再|已)?(?:降|減|升|增)(?:低|少|加|高)?至(?:歷年|近年|近\d+年|同期|歷史)[^，,；;。]{0,8}?(?:最低|最高|新低|新高)(?:之|的)?$", "", text)
    text = re.sub(r"受理(?=發生)", "", text)  # 「詐欺犯罪本期受理發生487件」: cases reported are those received
    text = re.sub(r"(?<=\S{2})部分(?=\S)", "", text)  # 「失蹤人口部分共受理報案241人」: 部分 only turns to the topic
    text = _CLASS_ASIDE.sub(r"\g<cls>", text)  # 「本期發生(A1+A2類）交通事故」: the class is part of the name
    text = _PARENTHESIS.sub("", text).replace("新臺幣", "").replace("新台幣", "")
    text = _LIST_MARKER.sub("", text)
    for _ in range(3):
        text = _place_prefix().sub("", _LEADING_FILLER.sub("", _LEADING_COMPARISON.sub("", text)))
        text = _WHERE_DONE.sub("", text)
        text = _TRAILING_FILLER.sub("", text)
        text = _LEADING_PERIOD.sub("", text)
        text = _BASELINE_WRAP.sub(r"\g<name>", text)  # 「以113年全年A1類交通事故死亡人數為基準，目標降低10%」: that count
        text = _TRAILING_PERIOD.sub("", text)  # 「A1類交通事故死亡人數112年為150人」
        text = _LEGAL_BASIS.sub("", _BASED_ON_ACTUAL.sub("", text))
    text = _LONG_LIST.sub(r"\g<first>", text)
    if (doer := _DOER.match(text)) and (subject_in(rest := text[doer.end():]) or _PREDICATE_ONLY.match(rest)) \
            and not subject_in(doer.group()):
        text = text[doer.end():]  # 「結合超商及金融機構辦理防詐宣導」: what is done (防詐宣導), not who joins in
    if (rel := _RELATIVE_CLAUSE.match(text)) and subject_in(rel["noun"]) and not subject_in(rel["which"]):
        text = rel["verb"] + rel["noun"]  # 「汰除已逾5年使用年限…無修復效益之攝影機」: which ones is no part of the count's name
    text = _AT_SCHOOL.sub("校園", text, count=1)  # 「深入校園辦理犯罪預防宣導」: outreach in schools
    if (among := _AMONG.fullmatch(text)) and last_subject_form(among["whole"]) == among["whole"] and (
            part := subject_in(among["part"])) and (whole := subject_in(among["whole"])) and narrower(part, whole):
        text = among["part"]  # 「竊盜案件中機車竊盜119件」: a kind of the whole is counted as itself
    return re.sub(r"[「」『』()（）\s]", "", text).strip("\"'").lstrip("、")  # 「…二百零六場、參與學生約3萬1千人次」


_AMONG = re.compile(r"(?P<whole>[^，,；;。中]{2,12})中(?P<part>[^，,；;。中]{2,12})")
# 「於台9線、台11線等事故熱點增設測速照相4處」: where it was done is no part of what is counted
_WHERE_DONE = re.compile(r"^(?:(?:於|在)[^，,；;。於在]{1,20}?(?:事故熱點|熱點|路段|路口|沿線|周邊)|[^，,；;。於在]{0,20}?"
                         r"(?:等(?:事故熱點|熱點|路段|路口|周邊)|沿線))(?=\S{2})")
# 「依家庭暴力防治法第61條查獲違反保護令罪移送件數」: the law a count is kept under is no part of its name
_LEGAL_BASIS = re.compile(r"^依(?:據|照)?[^，,；;。\s]{1,16}?(?:法|條例|辦法|要點|規定)(?:第[0-9一二三四五六七八九十]+條(?:之[0-9一二三]+)?)?"
                          r"(?:規定)?(?=\S{2})")
# 「取締酒後駕車以112年實際取締9,870件為基準」: what the count is based on repeats its verb (取締酒後駕車件數)
_BASED_ON_ACTUAL = re.compile(r"(?<=\S{2})以\s*(?:實際|全年|年度)?\s*(?:取締|查獲|破獲|發生|辦理|執行|受理|舉發)?(?:數|件數)?$")
_RELATIVE_CLAUSE = re.compile(r"^(?P<verb>汰除|汰換|新設|新增|建置|增設|裝設|購置|設置|修復|維修|報廢)"
                              r"(?P<which>[^，,；;。之]{4,40})之(?P<noun>[^之，,；;。]{2,12})$")
_AT_SCHOOL = re.compile(r"^[^，,；;。]{0,10}?(?:深入|至|赴|到|前往|進入)(?:各級|轄內|轄區)?(?:校園|學校)(?:辦理|實施|進行)?(?=\S{2})")
# partners, not a qualifier: 「結合超商辦理…」「與金融機構合作攔阻…」
_DOER = re.compile(r"^(?:(?:結合|會同|協同|配合|聯合|偕同|邀集|邀請)[^，,；;。]{1,14}?辦理|與?[^，,；;。]{2,12}?合作(?!社))(?=\S{2})")
# 「樂安醫院、慈惠醫院、…及張老師中心等取得合格證照人數」: a list of three or more named examples reads as its first
_LONG_LIST = re.compile(r"(?P<first>(?<![^\s，,；;:：])[^、，,；;:：\s]+)(?:、[^、，,；;:：\s等]+){2,}(?:(?:及|與|和)[^、，,；;:：\s等]+)?(?=等)")


def _unit_noun(label: str, unit: str, force: bool = False) -> str:
    """「查獲」+件 → 查獲件數; a label that already ends in a noun keeps it unless ``force``; a thing counted by a
    counter the table above does not name reads as its number (「防情有線電話總機」1部 → 防情有線電話總機數)."""
    if unit == "件" and label.endswith("到案"):
        return label + "件數"  # 「治平專案檢肅目標到案9件」: 到案 is what happened to them, so …到案件數
    if unit in _PERSON_UNITS and label and label[-1] in _GIVEN_THING_END:
        return label + _UNIT_NOUN[unit]  # 「核發早期退休人員三節特別照護金」12人次: …照護金人次 (the money counts no one)
    if unit in _COUNTERS and unit not in _UNIT_NOUN and label and label[-1] not in _MEASURE_END:
        # 「撰研專題統計分析」4篇: 篇數; 「防情有線電話總機」1部: 總機數
        return label + ("數" if label[-1] in _THING_END or unit == "個" else f"{unit}數")
    if label and label[-1] in _COUNTED_BY.get(unit, ""):
        return label + "數"  # 「新設交通事故處理車4輛」: 新設交通事故處理車數, not …車輛數
    noun = _UNIT_NOUN.get(unit, "")
    if not noun or label.endswith(noun) or (noun == "比率" and label.endswith("率")) or (
            noun == "重量" and label.endswith(("淨重", "毛重", "總重"))) or (
            not force and label and label[-1] in _NOUN_END):
        return label
    other = next((o for o in _UNIT_NOUNS if label.endswith(o)), None)
    if other is not None:  # 「…到案件數」 then 363人: 「…到案人數」
        return label[: -len(other)] + noun
    if label.endswith(("數", "率")) and noun in _UNIT_NOUNS:
        return label  # 「竊盜犯罪發生數」 is not 「…發生數件數」 (but a share or money of it is named so)
    if noun == "件數" and label.endswith("案件"):
        return label + "數"  # 「查獲第一級毒品案件」: 查獲第一級毒品案件數, not …案件件數
    return label + noun


_UPTO_WORDS = re.compile(r"截至|截止|迄|底|止")


def _is_event_date(s: _Sentence, pm) -> bool:
    """「於111年6月辦理完成」「112年3月30日決標」 date an event; they are not the period a figure covers (「於9月份」
    and 「於3月間」 are)."""
    if pm.precision == "day" and pm.period.start == pm.period.end and not _UPTO_WORDS.search(pm.printed):
        return True
    return (pm.precision == "month" and s.norm[max(0, pm.start - 1):pm.start] == "於"
            and not pm.printed.rstrip().endswith("份")  # 「於9月份執行取締…320件」: the month's figures
            and s.norm[pm.end:pm.end + 1] != "間")  # 「於3月間辦理…參訓人員320人」: during that month


def _period_before(s: _Sentence, pos: int, reference: bool = False) -> tuple[Period | None, bool]:
    """The last period phrase before ``pos`` in the sentence (「111年同期」 already resolved
    against the block's period) and whether it was a 同期; ``reference``: looking for what a change
    compares with, so a 「較…」 period counts however far back it is."""
    best = None
    for pm in s.periods:
        if pm.end <= pos and pm.period is not None and not _is_event_date(s, pm):
            compared = pm.compared
            if not reference and compared and CLAUSE_END.search(s.norm, pm.end, pos):
                # 「較111年同期減少855件，破獲9,871件」: that change's reference, not this figure's period (while
                # 「與111年同期發生100件、死亡101人比較」 is all 111)
                continue
            if not reference and _OF_BASELINE.match(s.norm, pm.end) and CLAUSE_END.search(s.norm, pm.end, pos):
                continue  # 「以112年54人為基準，降低5%；實際死亡49人」: that year is the baseline's, not the figures' after it
            if not reference and pm.printed.strip() in _THIS_WHOLE_YEAR and _OF_GOAL.match(s.norm, pm.end) \
                    and CLAUSE_END.search(s.norm, pm.end, pos):
                continue  # 「已達全年目標值600人之52%，其中…積案逃犯4人」: the year is the target's
            if not reference and _in_closed_aside(s.norm, pm.start, pos):
                continue  # 「發生1,148件（去年同期為1,024件），破獲1,102件」: the aside's year is its own figure's
            if not reference and (_names_an_occasion(s, pm, best) or _school_year_of_a_name(s, pm)):
                continue
            best = _joined_spans(s, best, pm) if best is not None else pm
    if best is None:
        return None, False
    return _this_years_same_months(s, best) or best.period, best.same_period


_PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 3, "year": 4}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NOT_A_NAME_NEXT = re.compile(r"[共計累合總達為已均皆起迄至止底間份內中]")


def _names_an_occasion(s: _Sentence, pm, best) -> bool:
    """「111年3月15日至4月1日辦理警察局111年特殊任務警力訓練測驗，受測人數計76人」: a year printed inside a name, in the
    clause of a narrower period it holds, names the occasion (the 111 training); the figures keep the narrower days."""
    if best is None or best.period is None or pm.precision != "year" or best.compared or best.same_period:
        return False
    if _PRECISION_RANK.get(best.precision, 4) >= _PRECISION_RANK["year"] or CLAUSE_END.search(s.norm, best.end, pm.start):
        return False
    if not (pm.period.start <= best.period.start and best.period.end <= pm.period.end):
        return False
    following = s.norm[pm.end:pm.end + 1]
    return bool(_CJK.match(following)) and not _NOT_A_NAME_NEXT.match(following)


def _school_year_of_a_name(s: _Sentence, pm) -> bool:
    """「支援臺灣警察專科學校111學年度專科警員班…新生入學考試」「參加中央警察大學111學年度各項…招生考試報名計98人次」: a
    school year after a school's name, inside a clause, names the class or the exam; the figures are the document's."""
    if "學年" not in pm.printed:
        return False
    before = s.norm[max(0, pm.start - 1):pm.start]
    return bool(_CJK.match(before)) and before not in "於在自從至迄" and bool(
        _CJK.match(s.norm[pm.end:pm.end + 1]))


_SPAN_JOIN = re.compile(r"^[\s、及與和暨]*$")


def _joined_spans(s: _Sentence, best, pm):
    """「於111年8月1日至5日、8月8日至12日、11月28日至12月2日，…共計3梯次」: figures after a list of spans count over all of
    them, so they are dated from the first day to the last."""
    if (best.period is None or pm.period is None or best.compared or pm.compared or best.same_period or pm.same_period
            or best.period.start == best.period.end or pm.period.start == pm.period.end
            or not _SPAN_JOIN.match(s.norm[best.end:pm.start]) or pm.period.start < best.period.end):
        return pm
    label = s.text[best.start:pm.end]
    return replace(pm, start=best.start, printed=label,
                   period=Period(best.period.start, pm.period.end, label=label))


def _of_an_occasion(s: _Sentence, pos: int) -> bool:
    """Whether the last period before ``pos`` is a bare year naming an occasion (「112年春節連假」): the days are the
    government calendar's, so the figure is dated to the narrowest period the document states that holds them."""
    last = next((pm for pm in reversed(s.periods) if pm.end <= pos and pm.period is not None), None)
    return last is not None and last.precision == "year" and _OCCASION.match(s.norm, last.end) is not None


_THIS_YEAR = frozenset(lexicon.load("periods")["year"]["this"])


def _this_years_same_months(s: _Sentence, best) -> Period | None:
    """「由111年同期之96件、112年同期之83件，下降至本年之71件」: beside same-months figures of earlier years, 本年 is this
    year's same months (the reporting period's), not the whole year."""
    if best.printed.strip() not in _THIS_YEAR or best.same_period:
        return None
    same = next((pm.period for pm in s.periods if pm.same_period and pm.period is not None
                 and pm.period.start.year < best.period.start.year), None)
    if same is None or (same.start.month, same.start.day, same.end.month, same.end.day) == (1, 1, 12, 31):
        return None  # 「111年同期」 of a whole year: 本年 is the whole year
    return same_period_in_year(same, ad_to_roc(best.period.start.year), best.printed)


_CLOSE_PAREN = re.compile(r"[)）]")


def _in_closed_aside(norm: str, start: int, pos: int) -> bool:
    """Whether ``start`` is inside parentheses that close before ``pos`` and hold a figure of their own (「（去年同期為
    1,024件）」); a parenthesis holding only a period (「本期（112年7至9月）」) dates what follows."""
    opened = _open_paren_before(norm, start)
    if opened < 0:
        return False
    close = _CLOSE_PAREN.search(norm, start)
    if close is None or close.end() > pos:
        return False
    inside = norm[opened + 1:close.start()]
    return holds_a_figure(inside) or _says_more_than_a_period(inside)


_DATA_WORDS = re.compile(r"統計期間|資料期間|統計至|數據|資料|統計|期間|截至|截止|迄|上半年|下半年|民國|年度|同年|同月|"
                         r"第[0-9一二三四]季|[0-9\s年月日時分旬至起迄底止間~～\-－：:，,、]")


def _says_more_than_a_period(inside: str) -> bool:
    """「協助(因疫情關係111年4月18日至同年12月5日停止協勤)其他為民服務事項453次」: the bracket tells of something else
    done in those days, so they are not the figure's period (「本期（112年7至9月）」「（111年1至6月數據）」 are)."""
    return len(_CJK.findall(_DATA_WORDS.sub("", inside))) >= 3


def _open_paren_before(norm: str, pos: int) -> int:
    """Where the parenthesis ``pos`` is inside opened, or -1 when it is inside none."""
    opened = max(norm.rfind("(", 0, pos), norm.rfind("（", 0, pos))
    return -1 if opened < 0 or _CLOSE_PAREN.search(norm, opened, pos) else opened


def _own_period_before(s: _Sentence, pos: int) -> Period | None:
    """The last period printed before ``pos`` that is the figures' own: not one compared with (較8月份, 較去年同期)
    and not an event's date. 「9月份…死亡5人，較8月份減少2人」: the change is of 9月份."""
    own = None
    for pm in s.periods:
        if pm.end <= pos and pm.period is not None and not pm.same_period and not _is_event_date(s, pm) \
                and not pm.compared:
            own = pm.period
    return own


_TRAILING_GOAL = re.compile(r"(?<!到案)(?<!檢肅)(?<!治平)目標(?:[為是])?\s*$")  # 「治平專案到案目標28件」: the gang targets brought in
_WHOLE_YEAR = re.compile(r"(?:全年度?|本年度|年度)(?:共|計|合計|總計)?")  # 「每月至少召開1次…，全年12次」
_THIS_WHOLE_YEAR = frozenset(lexicon.load("periods")["anchor"]["whole_year"]) | _THIS_YEAR
_OF_GOAL = re.compile(r"\s*(?:之|的)?\s*(?:目標|預定|預計)")
_OF_BASELINE = re.compile(r"[^，,；;。]*?基準")  # a period whose clause calls its figure the baseline
_PERIOD_NOTE = re.compile(r"^[^。；，,較比與]{0,6}?[(（](?P<p>[^()（）]{2,20}?)(?:數據|資料|統計)?[)）]")


def _period_after(s: _Sentence, n: NumberMatch, ctx: ProseContext) -> Period | None:
    """「現有 1,154 人（107 年 2 月底數據）」: a parenthetical date right after the figures."""
    m = _PERIOD_NOTE.match(s.norm[n.unit_end:])
    if not m or holds_a_figure(m.group("p")):
        return None  # 「（去年同期為1,024件）」 dates its own figure, not the one before it
    note = s.text[n.unit_end + m.start("p"):n.unit_end + m.end("p")]
    found = [p for p in find_periods(note, default_period=ctx.period) if p.period]  # 「（6月底數據）」 too
    return found[0].period if found else None


_DATA_NOTE = re.compile(r"[(（](?P<p>[^()（）]{2,20}?)(?:數據|資料|統計)[)）]")


def _data_note_later(s: _Sentence, n: NumberMatch, ctx: ProseContext) -> Period | None:
    """「全市土地面積為132平方公里，…人口數達37萬1,204人，…現有1,154人（107年2月底數據）」: a note of the data's date
    closing the sentence dates every figure before it that prints no period of its own."""
    for m in _DATA_NOTE.finditer(s.norm, n.unit_end):
        if any(n.unit_end <= pm.start < m.start() for pm in s.periods):
            return None  # a period printed in between is the later figures' own
        found = [p for p in find_periods(m.group("p"), default_period=ctx.period) if p.period]
        return found[0].period if found else None
    return None


def extract_line(line: str, lineno: int, ctx: ProseContext) -> list[Fact]:
    """The facts of one printed line (a paragraph): a subject named in one sentence carries to the next
    (「本期全般刑案發生1,876件…；與去年同期相較，發生數減少96件」) until another is named."""
    facts: list[Fact] = []
    # 「上開案類…」 reads the paragraph's figures; a continuation line's bare 「第1季發生1,986件」 the line before's subject
    carried: Carried = Carried(subject=ctx.indicator or ctx.subject_before, paragraph=facts)
    for s in sentences(line):
        found, carried = _extract_sentence(s, lineno, ctx, carried)
        facts.extend(_baseline_of_target(found))
    return facts


def _baseline_of_target(found: list[Fact]) -> list[Fact]:
    """「以111年為基準值（11,958件），112年竊盜犯罪發生數目標降低3%」: a baseline its own words do not name is of the
    relative target measured from it."""
    for i, f in enumerate(found):
        if f.kind == "baseline" and "subject_carried" in f.rules:
            target = next((x for x in found[i + 1:] if x.kind == "target" and x.relative_to == f.period
                           and x.operator in ("increase-by", "decrease-by")), None)
            if target is not None:
                f.indicator, f.printed_label = target.indicator, target.printed_label
                f.rules = (*f.rules, "baseline_of_target")
    return found


def _topic(s: _Sentence) -> tuple[str, int]:
    """「全般刑案方面：…」 → (全般刑案, end offset); numbers after it are about that topic. Of nested headings
    (「衡量指標：（一）全般刑案破獲率：…」) the last names the figures; a generic one (衡量指標一) names nothing."""
    topic, end = "", 0
    while (m := _TOPIC.match(s.norm[end:].lstrip(" -\t"))) is not None:
        lead = len(s.norm[end:]) - len(s.norm[end:].lstrip(" -\t"))
        text = s.norm[end + lead:end + lead + len(m.group("topic"))]
        if _NUMBER_IN_TOPIC.search(text) or not s.unperiod[end + lead:end + lead + len(text)].strip():
            break  # 「111年發生1,096件：」 is no heading; 「A1類交通事故死亡人數：113年：4人」 dates, not names, the figure
        named = _TOPIC_OPENER.sub("", _clean_label(text))
        # a generic heading (衡量指標一) or a role (「實際達成值：95.61%」「年度目標值：90%」) names nothing
        role = _LIST_MARKER.sub("", text)  # 「（二）年度目標值：95%」 is a role line of a numbered list
        generic = _GENERIC_TOPIC.match(named) or ACTUAL_ROLE.fullmatch(role) or TARGET_ROLE.fullmatch(role)
        topic = "" if generic else named
        end += lead + m.end()
    return topic, end


# --------------------------------------------------------------------------- statement frames
# Each figure of a sentence becomes a Frame; ordered tables of small named rules decide its kind, strip role
# words from its name and name it from its sentence's context. A rule's docstring is its Chinese example; the
# names of the rules that fired are kept on the fact (twp:extractionRule) so a reviewer sees why.


@dataclass
class Frame:
    """One figure being read, and what the rules have decided about it so far."""

    n: NumberMatch
    unit: str  # width-folded: 「％」 is 「%」 for every decision
    value: Decimal
    cstart: int  # where its clause starts
    before: str  # the clause's words before the figure
    named: str  # the same words with their period phrases blanked (what names the figure)
    after: str  # a few characters after the figure
    sentence_before: str  # the sentence before the figure
    period: Period | None  # the period printed before it, if any
    same_period: bool  # that period was a 「同期」
    change: re.Match[str] | None  # a change verb right before it
    paren: re.Match[str] | None  # 「(」 right after the previous change
    opens: re.Match[str] | None  # 「由110年」 before it
    undated: re.Match[str] | None  # 「由」 before it, with no year
    from_compared: re.Match[str] | None  # 「由去年同期」「由上季的」 before it: the period compared with
    compared: bool  # 「較111年160人」 after a figure of the same unit
    reaches: bool  # 「降至111年72人」 after a 「由110年…」
    earlier_label: str  # the sentence's last named indicator before this figure
    prior_end: int  # where the figure (or non-fact) before it ended
    label_text: str = ""
    printed_unit: str = ""  # the fact's unit when the words around the figure change it (a rate per population)
    kind: str = "actual"
    operator: str | None = None
    relative_to: Period | None = None
    same_change: bool = False
    range_end: str = ""  # 最低 / 最高: an end of 「1萬5,000元至3萬5,000元不等」
    respective_of: str = ""  # 「分別…」: the indicator of the figure this change pairs with
    skip: bool = False
    rules: list[str] = field(default_factory=list)


@dataclass
class _Reading:
    """A sentence being read: what its earlier figures established for the later ones."""

    s: _Sentence
    ctx: ProseContext
    plan: bool
    passage: Passage
    topic: str
    topic_end: int
    facts: list[Fact] = field(default_factory=list)
    previous_label: str = ""
    subject: str = ""
    first_label_by_unit: dict[str, str] = field(default_factory=dict)
    previous_end: int = 0
    last_change: tuple[int, str, Period | None, int] | None = None  # (where it ended, its label, reference, sign)
    last_target: str = ""  # 「…目標值70%，實際為75.3%，達成率107.57%」: the 達成率 is this target's
    # [label, from period, to period or None, the span's last year or None] of 「由110年85人降至111年72人」 and
    # 「108年至111年…由812件上升至1,106件」
    from_to: list | None = None
    carried: str = ""  # the subject the sentences before named
    carried_period: Period | None = None  # the period they printed last (「9月份…；A2類交通事故受傷412人」)
    earlier: tuple[Fact, ...] = ()  # the figures of the sentence before, in this paragraph
    paragraph: tuple[Fact, ...] | list[Fact] = ()  # the figures of the sentences before, in this paragraph
    respective: dict[int, tuple[int, int]] = field(default_factory=dict)  # 「分別…及…」: figure -> (i, of m)
    last_verb: str | None = None  # the verb of the last 「分別」 change
    last_action: tuple[str, str] | None = None  # the verb and noun of the last 「撰研12篇警政統計通報」
    stock_until: int = -1  # where the last stock figure ended: 「現有義警1,210人、民防人員860人」 lists stocks
    ends: dict[int, Fact] = field(default_factory=dict)  # a figure's fact by where its unit ends (parenthesised parts)
    before_subset: str | None = None  # the subject before a 「其中…」 list named its own: what the next sentence is about
    last_part: tuple[str, str] | None = None  # (whole, part) of the last part figure: 「其中少年28人，占5.35%」
    range_high: int = 0  # where the high end of a range 「…至3萬5,000元不等」 printed in this sentence ends
    compared_then: tuple[Period, Period] | None = None  # 「由去年同期…至…」: (that period, the one reported) after it
    respective_items: list[str] = field(default_factory=list)  # 「闖紅燈及超速分別舉發…」: one name per figure after 分別
    parts_total: Period | None = None  # the span of the parts a total just printed adds up (「…，合計335件」)
    respective_subjects: list[str] = field(default_factory=list)  # the subjects a 分別 list of three or more named
    respective_periods: dict[tuple[int, int], Period] = field(default_factory=dict)  # (i, of m) -> its printed year
    cause: str = ""  # 「酒駕肇事致3人死亡、12人受傷」: what caused the casualties counted after it
    item_subject: str = ""  # a kind of the heading's subject that named the last figure: the next item of its list is its


_GOAL_WORD = re.compile(r"(?:[0-9]{2,4}\s*年(?:度)?)?\s*目標(?:值)?\s*(?:為|是|[:：])?\s*$")  # 「112年目標降低3%」: no name
# 「年度目標查獲…」「目標值為取締…」: the goal word opening a clause, with what may come before it (a year, 年度)
_GOAL_OPENS = re.compile(r"^\s*(?:[0-9]{2,4}\s*年度?|年度|全年度?|本年度?)?\s*(?:績效|預定|預期|原訂|原定)?目標(?:值|數)?"
                         r"(?:[為是]|訂為|定為)?\s*[:：]?\s*(?!達成)")  # not 「目標達成率108%」
_PLANNED_ACTION = re.compile(r"新設|建置|汰換|汰舊|汰除|增設|購置|設置|辦理|舉辦|完成|取締|查獲|查緝|破獲|召開|培訓|宣導|"
                             r"補助|獎勵|招募|訪視|巡邏|稽查|檢查|臨檢|外聘|聘請|聘用|進用|採購|換裝|更新|施訓|訓練|(?<!已)(?<!實際)執行|規劃")
_GENERIC_TOPIC = re.compile(r"^(?:(?:衡量|績效|關鍵績效)?指標|衡量標準|目標達成情形|執行情形|執行成果|辦理情形|環境分析|現況分析)"
                            r"[一二三四五六七八九十0-9]*$")
_NUMBER_IN_TOPIC = re.compile(r"[0-9][0-9,.]*\s*[件人場處支枝名次元%％]")
_HEADING_NAME_MAX = 12  # a heading longer than this is a policy, not a name to put before a figure
_TOPIC_OPENER = re.compile(r"^(?:在|於|就|針對|有關|關於)(?=.{2})")  # 「在防制轄區車手提款部分，」
_LEADING_COMPARISON = re.compile(r"^(?:較|與(?!會)|比(?![中對率例]))\s*(?:去年|上年|前一年|[0-9]{2,4}\s*年(?:度)?)?\s*(?:同期)?")
_ADDED = re.compile(r"^(?:全年|本期)?(?:新增|新設|新建置|新購置|增設|建置|汰換|購置)")
_LIST_END = re.compile(r"[，,；;。：:]")  # what ends an enumeration (「、」 and 及 do not)
_STOCK_LIST_END = re.compile(r"[；;。：:]")
_EVENT_UNITS = frozenset({"人次", "人(次)", "次", "場", "場次", "班次", "梯次"})
_FLOW_VERB = re.compile(r"新增|新設|增設|建置|購置|汰換|汰除|查獲|破獲|取締|舉發|辦理|完成|執行|受理|發生|核發|維修|修復|"
                        r"更換|補強|採購|動員|動用|出動|參與|協助|協勤|移送|逮捕|緝獲|起獲|尋獲|攔阻|偵辦|檢肅|宣導|訪視|"
                        r"全年|本期|期間")
_SINCE_YEAR = re.compile(r"(?:自|從)\s*(?:民國)?(?P<y>[0-9]{2,4})\s*年(?:度)?\s*(?:起|以來)")
_CUMULATIVE = re.compile(r"累計|累積")
_LEFT_OVER = re.compile(r"賸餘|剩餘|結餘|保留數|保留款")
# 「運用結餘款辦理經費流用計7案，金額共計412萬6,000元」「協助調度挹注計9案，金額共計231萬餘元」: money moved and spent
_REALLOCATED = re.compile(r"流用|挹注")
_PAID = re.compile(r"(?:已|累計)?(?:核撥|撥付|撥款|請款)")
_PAID_OUT = re.compile(r"核撥|撥付|核發|發放|發給|核頒|獲頒|頒發")
_RATE_OF_FLOWS = re.compile(r"(?:破獲率|破案率|尋獲率)$")  # not a budget's 執行率 (as of that day)
_DONE_SO_FAR = re.compile(r"(?:(?:累計|累積)(?:共)?|(?<!列管)(?<!現有)(?<!未))(?:查獲|破獲|偵破|取締|舉發|受理|攔阻|核發|尋獲|逮捕|移送|發生)")
_CURRENCY_WORDS = re.compile(r"新[臺台]幣|約|計|共")
# 「列管412人」 opening its clause is under watch now (「新增列管」 is not)
_STOCK_NOW = re.compile(r"現有|目前|現已|累計達|累積達|累計已|累積已|迄今"
                        r"|^\s*" + _MARKER + r"?\s*(?:本市|本縣|全市|全縣|現)?列管")
_NOW_OPENS = re.compile(r"^\s*" + _MARKER + r"?\s*(?:目前|現階段|截至目前)")


def _states_now(s: _Sentence, pos: int) -> bool:
    """「目前工程預定進度為6.90%，實際進度為6.95%，進度超前0.05%」: a sentence opening with 目前 states levels now, up to
    a period or a clause doing something (「目前本市警察志工共計有2,365人，本期走入社區訪視宣導432次」)."""
    return bool(_NOW_OPENS.match(s.norm)) and not _FLOW_VERB.search(s.norm, 0, pos) and not any(
        pm.start < pos for pm in s.periods)


_PRESENT_CUE = re.compile(r"現況|現行|已(?:完成|建置|設置|辦理|達)|執行(?:成果|情形|成效)|實績|去年|上年")
_NONE_HAPPENED = re.compile(r"(?:無|未|零)(發生)$")
_PART_OF_NAME = frozenset({"threshold", "list-count"})  # non-facts that belong to the name after them


def _sign(verb: str) -> int:
    return -1 if verb in _DECREASE or verb in _FEWER else 1


def _whole_of_parts(s: _Sentence, before: int, reported: Period) -> Period | None:
    """The span of the parts of the reporting period printed before a figure (「1至3月…、4至6月…」), when there are
    two or more; None otherwise."""
    parts = {pm.period for pm in s.periods if pm.period is not None and pm.end <= before and not pm.compared
             and reported.start <= pm.period.start and pm.period.end <= reported.end and pm.period != reported}
    if len(parts) < 2:
        return None
    start, end = min(p.start for p in parts), max(p.end for p in parts)
    return reported if (start, end) == (reported.start, reported.end) else Period(start, end, "合計")


def _frame(n: NumberMatch, r: _Reading) -> Frame:
    """What the words around a figure say before any rule interprets them."""
    s = r.s
    cstart = max(_clause_start(s.norm, n.start), r.previous_end)
    prior_end, r.previous_end = r.previous_end, max(n.unit_end, n.phrase_end)  # 「85%以上（…）」: 以上 is its
    before = s.norm[cstart:n.start]
    period, same_period = _period_before(s, n.start)
    if period is not None and _of_an_occasion(s, n.start) and r.ctx.period.start >= period.start \
            and r.ctx.period.end <= period.end:
        period = r.ctx.period  # 「112年春節連假：…動員警力312人次」 in a half-year report: within the half year
    if _TOTAL_BEFORE.search(before) and (whole := _whole_of_parts(s, n.start, r.ctx.period)):
        period, same_period = whole, False  # 「1至3月查獲毒品案件162件、4至6月173件，合計335件」: of the two together
        r.parts_total = whole
    elif r.parts_total is not None and not before.strip(" 、及"):
        period, same_period = r.parts_total, False  # 「…，合計335件、412人」: the figure listed with the total
    else:
        r.parts_total = None
    opens = _FROM_YEAR.search(before) if period is not None else None
    undated = None if opens else _FROM_BARE.search(before)
    if undated and not _TO_AHEAD.match(s.norm, n.unit_end):
        undated = None
    from_compared = (_FROM_COMPARED.search(before) if period is not None and not (opens or undated)
                     and _TO_AHEAD.match(s.norm, n.unit_end) else None)
    unit = normalise_width(n.unit) if n.unit else n.unit
    from_to = r.from_to
    f = Frame(
        n=n, unit=unit, value=n.value, cstart=cstart, before=before, named=s.unperiod[cstart:n.start], after=s.norm[n.unit_end:n.unit_end + 8],
        sentence_before=s.norm[:n.start], period=period, same_period=same_period,
        change=_CHANGE_VERB.search(before) or _COMPARATIVE.search(before),
        paren=_OPEN_PAREN.fullmatch(before) if r.last_change is not None and r.last_change[0] == cstart else None,
        opens=opens, undated=undated, from_compared=from_compared,
        compared=((cy := _COMPARED_YEAR.search(before)) is not None and (period is not None or bool(cy["last"])) and (
            (bool(r.facts) and r.facts[-1].unit == n.unit and r.facts[-1].period != period) or bool(cy["paren"])
            or cy.group().rstrip().endswith("之"))),  # 「查獲人數較112年之109人」: that year's figure
        reaches=from_to is not None and from_to[2] is None and (
            ((from_to[1] is None or from_to[3] is not None) and _TO_BARE.match(before) is not None)
            or (period is not None and period != from_to[1] and _TO_YEAR.match(before) is not None)),
        earlier_label=r.previous_label, prior_end=prior_end,
    )
    start = opens or undated or from_compared
    f.label_text = f.named[: start.start()] if start else f.named
    # 「減少855件(-7.75%)」; 「減少12.5%（即47件）」: the same change, in the other unit
    f.same_change = f.paren is not None and (unit in _SHARE_UNITS or bool(f.paren["same"]))
    if unit == "件" and (per := _PER_POPULATION.search(f.label_text)):
        f.printed_unit = "件/十萬人"  # 「犯罪率每十萬人口136.5件」「每十萬人口犯罪率136.5件」: cases per 100,000 people
        if per.end() == len(f.label_text):
            f.label_text = f.label_text[: per.start()]
        f.rules.append("rate_per_population")
    return f


_PER_POPULATION = re.compile(r"(?:為|是)?每(?:十萬|10萬|100,000)人口?\s*(?:為|有|達)?\s*(?=$|[^\s]*率)")


# --- kind: the first rule whose condition holds decides (a rule may leave the figure an actual) ---------------

def change_in_percent(f: Frame, r: _Reading) -> bool:
    """「減少855件(-7.75%)」: a percentage in parentheses right after a change is that change, in percent (and
    「減少12.5%（即47件）」 a count after 即 that change in its count)."""
    if not f.same_change:
        return False
    f.kind, f.relative_to = "change", r.last_change[2]
    if f.paren["verb"]:
        f.value *= _sign(f.paren["verb"])
    elif f.n.printed[:1] not in "+-":
        f.value *= r.last_change[3]
    return True


_BASELINE_ASIDE = re.compile(r"[（(]\s*基準(?:值|年|數)?\s*[：:為]?[^（()）：:]{0,12}$")


def baseline(f: Frame, r: _Reading) -> bool:
    """「以111年為基準值（12,476件）」「基準值12,476件」「…不低於97%（基準值：112年96.42%）」: the figure a plan measures
    from."""
    if not (_BASELINE_AFTER.match(f.after) or (re.search(r"基準", f.before) and not f.change)
            or _BASELINE_ASIDE.search(f.sentence_before)):
        return False
    f.kind = "baseline"
    return True


def relative_target(f: Frame, r: _Reading) -> bool:
    """「112年目標降低3%」「逐年增加1%」: a target stated as a change from the year before (money is not: a plan's
    「歲出預算…較上年度增加3,210萬元」 compares budgets)."""
    after_baseline = bool(r.facts) and r.facts[-1].kind == "baseline"  # 「目標值以112年54人為基準，降低5%」
    if not (f.change and (r.plan or after_baseline or _TARGET_CUE.search(f.sentence_before[-12:]))):
        return False
    if r.plan and not after_baseline and _past_of_plan(f, r) and not _TARGET_CUE.search(f.before):
        return False  # 「110年A1類交通事故死亡人數178人，較109年增加9人」 in a plan's 環境分析: a change that happened
    if (f.unit in _MONEY_UNITS or (r.facts and r.facts[-1].kind == "budget")) \
            and not _TARGET_CUE.search(f.sentence_before[-12:]):
        return False  # 「歲出預算數為9,812,345千元，較112年度增加1.8%」: budgets compared, no target
    rel = _RELATIVE.search(f.before)
    if rel:  # in a plan, or after a target's cue in any genre (「目標值為較111年減少5%」 in a results report)
        f.kind = "target"
        f.operator = "decrease-by" if rel.group("verb") in _DECREASE else "increase-by"
        f.label_text = _GOAL_WORD.sub("", f.named[: f.change.start()])
    return True


def _past_of_plan(f: Frame, r: _Reading) -> bool:
    """The figure's own printed period (not one compared with), or the one its paragraph carries (「111年…；竊盜犯罪發生
    1,032件，較110年減少87件」), is before the plan's (an 環境分析 of past years)."""
    own = _own_period_before(r.s, f.n.start) or r.carried_period
    return own is not None and own.end < r.ctx.period.start


def plan_percent_verb(f: Frame, r: _Reading) -> bool:
    """「降低交通事故死亡人數10%」 opening a plan's clause: a relative target."""
    verb = _LEADING_VERB.match(f.before)
    if not (r.plan and f.unit in _SHARE_UNITS and not f.n.bound and verb) or _past_of_plan(f, r):
        return False
    f.kind = "target"
    f.operator = "decrease-by" if verb.group("verb") in ("降低", "減少", "下降") else "increase-by"
    f.label_text = f.named[verb.end():]
    return True


def respective_change(f: Frame, r: _Reading) -> bool:
    """「詐欺犯罪發生97件、竊盜犯罪發生118件，分別較去年同期減少12件及增加5件」: the i-th change is of the i-th of the
    figures before, in order; a figure after 及 takes the verb before it (「分別增加9枝及318顆」)."""
    place = r.respective.get(f.n.start)
    if place is None or not (_COMPARISON.search(f.sentence_before) or r.ctx.comparison is not None):
        return False
    verb = f.change.group("verb") if f.change else r.last_verb
    if verb is None:
        return False
    i, m = place
    listed = _listed_names(r.s.unperiod[: r.s.norm.rfind("分別", 0, f.n.start)], r)
    named = [_printed_name(x) for x in r.facts if x.kind != "change"]
    f.kind = "change"
    f.value *= _sign(verb)
    f.label_text = ""
    at = r.s.norm.rfind("分別", 0, f.n.start)
    measured = _measure_of_items(r.s.norm[_clause_start(r.s.norm, at):at])
    of_measure: list[str] = []  # the last m figures of that measure in the paragraph, in order
    for x in (chain(reversed(r.facts), reversed(r.paragraph)) if measured else ()):
        if len(of_measure) == m:
            break
        if x.kind == "actual" and measured in (name := _printed_name(x)):
            of_measure.insert(0, name)
    if len(listed) == m:  # 「發生數及破獲率較去年同期分別減少512件及增加0.84個百分點」: the names listed, in order
        f.respective_of = listed[i]
    elif len(of_measure) >= m:  # 「住宅竊盜發生94件…；機車竊盜發生418件…，上開案類發生數分別減少12件、4件及31件」
        f.respective_of = of_measure[len(of_measure) - m + i]
    else:
        # 「發生412件、破獲398件（破獲率96.60%），較去年同期分別減少2件及增加31件」: counts change counts, not the rate
        counted = [_printed_name(x) for x in r.facts
                   if x.kind != "change" and (x.unit in _SHARE_UNITS) == (f.unit in _SHARE_UNITS)]
        pool = counted if len(counted) >= m else named
        f.respective_of = pool[len(pool) - m + i] if len(pool) >= m else ""
    f.relative_to = _comparison_period(r.s, f.n.start, r.ctx)
    r.last_verb = verb
    return True


_BARE_RECEIVED = re.compile(r"(?:計|共)?受理(?P<rest>件數|案件數|人次|次數)?")
_SERVICE_OFFERED = re.compile(r"(?:提供|辦理|推動|開辦)(?P<service>[\u4e00-\u9fff]{2,8}?(?:服務|申請|業務))")
_ABOVE_ITEMS = re.compile(r"^(?:上開|上述|前述|前開)(?:案類|類別|案件|各類案件)(?:共|合計|總計)?")
_ITEMS_MEASURE = re.compile(r"^(?:上開|上述|前述|以上|前開|各)?(?:案類|類別|項目|各類|案件)?(?P<m>發生|破獲|查獲|取締|偵破)(?:件?數|率)?"
                            r"(?:較.*)?$")


def _measure_of_items(words: str) -> str:
    """「上開案類發生數較111年同期」 → 發生: the measure a change list names for the items counted before it."""
    m = _ITEMS_MEASURE.match(words.strip(" ，,"))
    return m.group("m") if m else ""


def compared_change(f: Frame, r: _Reading) -> bool:
    """「較111年同期減少855件」「較去年增加36件」: a change against the period compared with."""
    if not (f.change and (_COMPARISON.search(f.sentence_before) or r.ctx.comparison is not None or f.same_period)):
        return False
    f.kind = "change"
    f.value *= _sign(f.change.group("verb"))
    f.label_text = f.named[: f.change.start()]
    f.relative_to = _baseline_compared(f, r)
    if f.relative_to is not None:
        f.rules.append("compared_with_baseline")
    else:
        f.relative_to = _comparison_period(r.s, f.n.start, r.ctx)
    return True


_GOAL_ONLY = re.compile(r"(?:每年|逐年|年度)?目標(?:值|數)?|")  # a goal word alone, or nothing at all
_TO_BASELINE_ANYWHERE = re.compile(r"較基準(?:值|年|年度)?")
_TO_BASELINE = re.compile(_TO_BASELINE_ANYWHERE.pattern + r"(?:同期)?\s*$")
_BASELINE_STATED = re.compile(r"以(?P<p>[^，。；]{1,12}?)(?:之[^，。；]*)?為基準")


def _baseline_compared(f: Frame, r: _Reading) -> Period | None:
    """「以111年…96人為基準，…較基準減少8人」: the period of the baseline stated before."""
    if not _TO_BASELINE.search(f.before[: f.change.start()] if f.change else f.before):
        return None
    base = next((x for x in reversed((*r.earlier, *r.facts)) if x.kind == "baseline"), None)
    if base is not None:
        return base.period
    stated = _BASELINE_STATED.search(r.s.norm[: f.n.start])  # 「以110年為基準年，…較基準年減少39件」
    found = [p for p in find_periods(stated.group("p"), default_period=r.ctx.period) if p.period] if stated else []
    return found[0].period if found else None


def amplitude_alone(f: Frame, r: _Reading) -> bool:
    """「詐欺案件發生2,345件，降幅達12.5%」「…查獲312件，成長率15.2%」: the size of a change printed with no comparison
    is the change of the figure before it against the same period a year earlier."""
    # in a plan, of a past figure only (「惟詐欺案件由108年之612件增加至111年之1,094件，增幅高達78.76%」)
    amplitude = _AMPLITUDE.search(f.before) if (f.unit in _SHARE_UNITS and r.facts and (
        not r.plan or (r.facts[-1].kind == "actual" and r.facts[-1].period.end < r.ctx.period.start))) else None
    if amplitude is None or (f.before[: amplitude.start()].strip(" ，,") and not f.change):
        return False  # 「約聘僱員額成長率2.5%」 is a rate of its own
    f.kind, f.label_text = "change", ""
    f.value *= _sign(amplitude.group("verb"))
    went = r.from_to is not None and r.from_to[1] is not None and r.from_to[2] == r.facts[-1].period
    f.relative_to = r.from_to[1] if went else year_before(r.facts[-1].period)  # 「由108年…增加至111年…，增幅…」: from 108
    return True


def change_between_years(f: Frame, r: _Reading) -> bool:
    """「由110年85人降至111年72人，減少13人」「由上季的221件降至187件，減少34件」: the change from the first figure's
    period to the second's (none without printed periods)."""
    if not (f.change and r.from_to is not None and r.from_to[2] is not None):
        return False
    if r.from_to[1] is None:
        f.skip = True  # 「由500件降至450件，減少50件」: the difference of two figures of no printed period
        return True
    f.kind = "change"
    f.value *= _sign(f.change.group("verb"))
    f.label_text, f.relative_to, f.period = "", r.from_to[1], r.from_to[2]
    return True


def change_after_levels(f: Frame, r: _Reading) -> bool:
    """「108年發生712件，111年增至1,146件，增加434件，增幅達60.96%」: a change printed after two figures of one name in
    two periods is between them (no 較 needed)."""
    levels = [x for x in r.facts if x.kind == "actual" and _same_count(x.unit, f.unit if f.unit not in _SHARE_UNITS
                                                                          else x.unit)]
    if not (f.change and len(levels) >= 2 and levels[-1].indicator == levels[-2].indicator
            and levels[-2].period.end < levels[-1].period.start and not _COMPARISON.search(f.before)):
        return False
    f.kind, f.label_text = "change", ""
    f.value *= _sign(f.change.group("verb"))
    f.relative_to = levels[-2].period
    f.period = levels[-1].period
    f.respective_of = levels[-1].indicator
    return True


def leading_verb_change(f: Frame, r: _Reading) -> bool:
    """「與111年同期相較，增加治平目標11名」: a change whose verb opens the clause."""
    lead = None if r.plan else _LEADING_VERB.match(f.before)
    if not (lead and (_COMPARISON.search(f.sentence_before) or r.ctx.comparison is not None)):
        return False
    f.kind = "change"
    f.value *= _sign(lead.group("verb"))
    f.label_text = f.named[lead.end():]
    f.relative_to = _comparison_period(r.s, f.n.start, r.ctx)
    return True


def budget(f: Frame, r: _Reading) -> bool:
    """「預算數3億2,000萬元」 is a budget; 「執行數2億9,800萬元」 is money spent, an actual. In a plan (or under a heading
    stating the money's unit) money a funding source names is a budget too: 「「校園周邊安全維護計畫」由縣府自籌1,150千元」."""
    cue = BUDGET_CUE.search(f.sentence_before) or ((r.plan or r.ctx.money_unit) and funding_of(f.named) is not None)
    # a report of what was done: money paid out earlier in the sentence (「核發進修補助計12人，補助金額共計4萬8,600元」)
    paid = _PAID.search(f.before) or (not r.plan and _PAID_OUT.search(f.sentence_before))
    if not (f.unit in MONEY_UNITS and cue and not SPENT.search(f.before) and not _REALLOCATED.search(f.sentence_before)
            and not paid and not _LEFT_OVER.search(f.before)):
        return False  # 「已核撥補助382萬元」 is money paid out, 「賸餘384萬元」 money not spent: actuals
    f.kind = "budget"
    return True


def funding_share(f: Frame, r: _Reading) -> bool:
    """「總經費1億2,800萬元，由中央補助6成、縣府自籌4成」: each source's share of a budget is a budget figure in %."""
    if not (f.unit == "%" and BUDGET_CUE.search(f.sentence_before) and funding_of(f.named) in ("central", "local")):
        return False
    f.kind = "budget"
    return True


def total_of_targets(f: Frame, r: _Reading) -> bool:
    """「每年新設路口監視器150支，4年合計600支」: in a plan, the total of the targets before it is a target too."""
    if not (r.plan and _TOTAL_BEFORE.search(f.before) and r.facts and r.facts[-1].kind == "target"
            and r.facts[-1].unit == f.unit):
        return False
    f.kind = "target"
    return True


def plan_target(f: Frame, r: _Reading) -> bool:
    """In a plan, 「預計汰換59臺」「至少40場」「至少各1場次」「提升至85%」「達95%」「（每年200支）」「…，全年12次」 and a
    figure dated after the plan begins (「116年底累計達6,500支」) are targets."""
    future = (f.period is not None and not _PRESENT_CUE.search(f.sentence_before) and (
        f.period.start > r.ctx.period.start
        # 「A1類交通事故死亡人數：113年：4人；114年：4人…」: a mid-term plan's own first year is a goal too
        or (r.ctx.plan_years and f.period == year_period(r.ctx.plan_years[0]))))
    if not (r.plan and (_TARGET_CUE.search(f.sentence_before) or f.n.bound in _TARGET_BOUNDS
                        or printed_operator(f.before, f.after) is not None or future
                        or (_EACH_YEAR.search(f.before) and f.unit not in _DURATION_UNITS)
                        or _TO_LEVEL.search(f.before) or _WHOLE_YEAR.fullmatch(f.before.strip())
                        or (f.n.bound == "達" and not _STOCK_CUE.search(f.sentence_before)))):
        return False
    f.kind = "target"
    return True


def plan_intention(f: Frame, r: _Reading) -> bool:
    """A plan states what it will do: 「新設路口錄影監視器300支」「辦理婦幼安全宣導不少於80場」 in a plan of its
    own year are targets (an action verb names what is done); what exists now (現有, 目前, 累計, 截至), how long
    something takes and figures of past years are not."""
    if (not r.plan or f.unit in _DURATION_UNITS or not _PLANNED_ACTION.search(f.before)
            or _STOCK_CUE.search(f.sentence_before) or _PRESENT_CUE.search(f.sentence_before)):
        return False
    if f.period is not None and f.period.end < r.ctx.period.start:
        return False
    f.kind = "target"
    return True


def respective_target(f: Frame, r: _Reading) -> bool:
    """「113年至116年全般刑案破獲率分別為95%、95.5%、96%、96.5%」: the later figures of a 分別 list are targets when
    the first one is."""
    place = r.respective.get(f.n.start)
    if not (place and place[0] > 0 and r.facts and r.facts[-1].kind == "target"):
        return False
    f.kind, f.operator = "target", r.facts[-1].operator
    return True


def goal_opens_clause(f: Frame, r: _Reading) -> bool:
    """「年度目標查獲毒品嫌疑人800人，實際查獲912人」「目標值為取締酒駕1,500件」「本年度目標：查獲…800人」: a clause
    (or a heading) that opens with the goal word states a target of what follows it, in any genre."""
    opens = _GOAL_OPENS.match(f.named)
    heading_text = _LIST_MARKER.sub("", r.s.norm[:r.topic_end]).strip(" :：，,")
    heading = 0 < r.topic_end <= f.cstart and (_GOAL_OPENS.fullmatch(heading_text) or (
        # 「衡量標準：婦幼案件加害人約制訪查執行率達95%以上」: the standard a bound figure states is the target
        heading_text == "衡量標準" and (f.n.bound or printed_operator(f.before, f.after))))
    if not (opens or heading) or f.change:
        return False
    f.kind = "target"
    if opens:
        f.label_text = f.label_text[opens.end():] if f.label_text.startswith(opens.group()) else f.label_text
    return True


def goal_after(f: Frame, r: _Reading) -> bool:
    """「以查獲製造、運輸、販賣毒品嫌疑人至少420人為目標」: a figure the words after it call the goal, in any genre."""
    if not _GOAL_AFTER.match(f.after) or f.change:
        return False
    f.kind = "target"
    return True


def future_target(f: Frame, r: _Reading) -> bool:
    """In a report, 「預計於年底前完成30處」 is still a target; so are an item listed right after such a figure
    (「預計汰換警用汽車11輛及機車475輛」) and a figure in a parenthesis opened right after it (「(汰換後至112年底，
    使警用機車逾齡率降為53.99%)」)."""
    if r.plan or not (_FUTURE_CUE.search(f.before) or _continues_a_future(f, r)):
        return False
    f.kind = "target"
    return True


def completion_expected(f: Frame, r: _Reading) -> bool:
    """In a report, 「於永安區裝設72支攝影機，於111年12月1日開工，預計於112年3月底完工」: the work is begun, not done, so
    the figure is what it is to reach (a target); 「…裝設26支攝影機，於111年8月22日完工」 is done."""
    if r.plan or f.kind != "actual" or not _WORKS.search(f.before) or "已" in f.before:
        return False
    after = r.s.norm[f.n.unit_end:]
    if (other := _WORKS.search(after)) is not None:
        after = after[:other.start()]  # 「…1,872支，…汰換…220支，預計於12月底前完成驗收」: the later work's
    if not _COMPLETION_AHEAD.search(after) or _COMPLETED.search(after):
        return False
    f.kind = "target"
    return True


def _continues_a_future(f: Frame, r: _Reading) -> bool:
    last = r.facts[-1] if r.facts else None
    if last is None or last.kind != "target" or "future_target" not in last.rules:
        return False
    gap = r.s.norm[f.prior_end:f.n.start]
    listed = f.cstart == f.prior_end and _LIST_JOIN.match(gap) is not None
    return listed or (gap.lstrip()[:1] in ("(", "（") and not re.search(r"[)）]", gap))


def listed_after_target(f: Frame, r: _Reading) -> bool:
    """In a plan, the next item of a list opened by a target is planned too (「汰換巡邏機車85輛、偵防機車20輛」)."""
    if not (r.plan and r.facts and r.facts[-1].kind == "target" and _next_list_item(f, r) and not f.change
            and not _STOCK_CUE.search(f.before) and not _past_of_plan(f, r)):
        return False
    f.kind = "target"
    return True


KIND_RULES = (change_in_percent, baseline, relative_target, plan_percent_verb, respective_change,
              compared_change, change_between_years, change_after_levels, leading_verb_change, amplitude_alone,
              budget, funding_share, respective_target, total_of_targets, plan_target, goal_opens_clause,
              goal_after, future_target, completion_expected, plan_intention, listed_after_target)


# --- role words: printed right before the figure, they set its kind and are not part of its name ------------

def printed_target_role(f: Frame, r: _Reading) -> bool:
    """「全般刑案破獲率目標值85%」: a target of 全般刑案破獲率."""
    role = TARGET_ROLE.search(f.label_text) if f.kind in ("actual", "target") else None
    if role is None:
        return False
    f.kind, f.label_text = "target", f.label_text[: role.start()]
    return True


def bare_target_word(f: Frame, r: _Reading) -> bool:
    """A plan's 「查獲毒品案件目標1,200件」 (but 「治平目標20名」 are persons)."""
    role = _BARE_TARGET.search(f.label_text) if f.kind == "target" else None
    if role is None or _VERB_GOAL.search(f.label_text):  # 「取締目標」 names its object elsewhere (_name)
        return False
    f.label_text = f.label_text[: role.start()]
    return True


def verb_target_word(f: Frame, r: _Reading) -> bool:
    """「全年取締目標8,000件」 in any genre: what is to be done, a target (its object is named by the clause before,
    else by the words before the verb)."""
    if f.kind != "actual" or not _VERB_GOAL.search(f.label_text):
        return False
    f.kind = "target"
    return True


def printed_actual_role(f: Frame, r: _Reading) -> bool:
    """「實際值93.45%」「執行結果120場」: an actual of the indicator named before (「以112年實際值97.1%為基準」: a
    baseline of it)."""
    role = ACTUAL_ROLE.search(f.label_text) if f.kind in ("actual", "baseline", "target") else None
    if role is None:
        return False
    if f.kind == "target":  # 「114年目標值85%以上（113年實際值83.6%）」: the word says actual, whatever a plan expects
        f.kind, f.operator = "actual", None
    f.label_text = f.label_text[: role.start()]
    return True


def baseline_role(f: Frame, r: _Reading) -> bool:
    """「全般刑案發生數以111年為基準值（12,476件）」: a baseline of 全般刑案發生數, not of 「…為基準值」."""
    role = BASELINE_ROLE.search(f.label_text) if f.kind == "baseline" else None
    if role is None or role.start() == role.end():
        return False
    f.label_text = f.label_text[: role.start()]
    return True


def trailing_goal_word(f: Frame, r: _Reading) -> bool:
    """「攔阻詐騙金額目標8,000萬元，實際攔阻1億2,345萬元」: the goal word right before a report's figure makes it a
    target of the name before it (「治平目標20名」 are persons: there 目標 ends a subject)."""
    role = _TRAILING_GOAL.search(f.label_text) if f.kind == "actual" else None
    if role is None:
        return False
    named, unit = f.label_text[: role.end()].strip(), resolve_unit(f.unit)
    if role.start() == 0 or last_subject_form(named).endswith("目標") or exact_indicator(named, [unit] if unit else []):
        return False  # 「檢肅治平專案目標80件」 names the targets themselves
    f.kind, f.label_text = "target", f.label_text[: role.start()]
    return True


_ROLE_COLON = re.compile(r"(?:(?P<target>(?:年度|原訂|原定|預定|預期|設定|績效)?目標(?:值|數)?)|實際(?:值|數)|實績值?|達成值)"
                         r"\s*[:：]\s*$")


def role_before_colon(f: Frame, r: _Reading) -> bool:
    """「衡量指標一：查獲毒品嫌疑人數（原訂目標值：120人；實際值：138人）」: a role word and a colon right before the
    figure say what it is of the indicator named before them."""
    role = _ROLE_COLON.search(r.s.norm[:f.cstart]) if not f.named.strip() and f.kind in ("actual", "target") else None
    if role is None:
        return False
    if role["target"]:
        f.kind = "target"
    own = _clean_label(r.s.unperiod[_clause_start(r.s.norm, role.start()):role.start()])
    f.label_text = own or next((x.indicator for x in reversed(r.earlier) if x.unit == f.unit), "") or r.carried
    return True


ROLE_RULES = (printed_target_role, bare_target_word, verb_target_word, printed_actual_role, baseline_role,
              trailing_goal_word, role_before_colon)


def _first(rules, f: Frame, r: _Reading) -> None:
    for rule in rules:
        if rule(f, r):
            f.rules.append(rule.__name__)
            return


# --- naming -----------------------------------------------------------------------------------------------

def _name(f: Frame, r: _Reading) -> str:
    """The indicator a figure counts, from its own words and what the sentence named before it."""
    first_named = not (r.subject or r.facts or r.carried or r.topic or r.ctx.topic)  # nothing named before this figure
    if part := _part_in_parentheses(f, r):
        f.rules.append("part_in_parentheses")
        return part
    if item := _respective_item(f, r):
        f.rules.append("respective_items")
        return item
    relative = f.kind == "change" or f.operator in ("increase-by", "decrease-by")
    # 「…較111年」 and the 年 of 「年增1%」 are not part of what changes
    text = f.label_text
    if relative and (cmp := _COMPARED_TO.search(text)) and _PREDICATE_ONLY.match(rest := text[cmp.end():].strip()):
        text = text[:cmp.start()] + rest  # 「較上季（4至6月）發生數減少31件」: a change of 發生數
    label = _clean_label(re.sub(r"(?:相)?較.*$|與.*$|(?:相)?比.*$|(?<![每逐少成老青當今去明前])年$", "", text)
                         if relative else text)
    unit = f.unit
    if (above := _ABOVE_ITEMS.match(label)) and len({subject_in(x.printed_label or x.indicator) for x in (
            *r.earlier, *r.facts)} - {None}) == 1 and (subject := last_subject_form(r.subject or r.carried)):
        # 「詐欺犯罪發生58件…，上開案類共查獲嫌疑犯七十四人」: of the one subject named before (of several: as printed)
        label = _clean_label(subject + label[above.end():])
        f.rules.append("items_named_above")
    if (bare := _BARE_RECEIVED.fullmatch(label)) and (offered := _SERVICE_OFFERED.search(r.s.unperiod, 0, f.cstart)):
        label = f"受理{offered['service']}{bare['rest'] or ''}"  # 「…隨時提供護鈔服務，…計受理199件」: 受理護鈔服務件數
        f.rules.append("service_offered_before")
    if label and (verb := _list_verb(f, r)):
        label = verb + label  # 「預計汰換巡邏汽車3輛、偵防汽車2輛」: 汰換偵防汽車
        f.rules.append("list_verb_carried")
    elif label and (measure := _list_measure(f, r, label)):
        label += measure  # 「住宅竊盜發生45件、汽車竊盜32件」: 汽車竊盜發生件數
        f.rules.append("list_measure_carried")
    noun = _noun_after(f, r)
    if noun in _CASUALTIES and f.unit == "人":  # 「A1類交通事故造成19人死亡」「致3人死亡、12人受傷」: the outcome after it
        own = _CAUSED.sub("", _clean_label(f.label_text)) or r.cause or r.subject or r.carried
        f.rules.append("casualty_after_figure")
        r.cause, label, noun = own, f"{own}{noun}", ""
    if noun and r.last_action and (item := _NEXT_ITEM.fullmatch(f.label_text.strip())) and (
            item["noun"] == r.last_action[1]):
        # 「撰研12篇警政統計通報及4篇專題統計分析」: 撰研專題統計分析; 「訂定7案行政規則及修正3案作業規定」: 修正作業規定
        label = (item["verb"] or r.last_action[0]) + noun
        f.rules.append("noun_after_figure")
    elif noun and (before := _BEFORE_COUNTED.search(f.label_text.rstrip())) and before.group() in ("等", "所轄", "轄內"):
        # 「輔導新興區德政里等30個里守望相助隊」: 輔導里守望相助隊 (the examples listed are no part of the name)
        verb = _ITEM_VERB.match(own := _clean_label(f.label_text)) or _COUNTING_VERB.match(own)
        label = (verb.group() if verb and before.group() == "等" else "轄內" if before.group() != "等" else "") + noun
        f.rules.append("noun_after_figure")
    elif noun and (action := _ACTION_END.search(f.label_text.rstrip()) or _BEFORE_COUNTED.search(f.label_text.rstrip())
                   or (subject_in(noun) and _CASE_VERB_END.search(f.label_text.rstrip()))):
        # 「預計建置219支攝影機」: 建置攝影機; 「列冊共400所各級學校」: 列冊各級學校
        label = _clean_label(_TOTAL_WORD.sub("", f.label_text.rstrip()) + noun)
        if f.unit in _EVENT_UNITS:
            label = _unit_noun(label, f.unit, force=True)  # 「實施2次「同步肅槍專案」」: 實施同步肅槍專案次數
        f.rules.append("noun_after_figure")
        r.last_action = (action.group(), noun)
    if _SUBSET.match(f.named) and (r.facts or r.earlier):
        # 「預計建置219支攝影機，其中40支導入即時車辨功能」: a part of that figure, not its actual; 「暴力犯罪：發生12件，
        # 全數破獲，破獲率100%。其中故意殺人3件」: of the sentence before's, the last counted in its unit
        before = (*r.earlier, *r.facts)
        whole = next((x for x in reversed(r.facts) if x.kind == f.kind and _same_count(x.unit, f.unit)), None) or (
            r.facts[-1] if r.facts else next((x for x in reversed(before) if _same_count(x.unit, f.unit)), before[-1]))
        # 「查獲各類逃犯312人，已達全年目標值600人之52%，其中…積案逃犯4人」: a part of the 312, not of the target
        if (f.period is not None and f.period != whole.period and f.unit == whole.unit
                and _COUNT_TAIL.sub("", _clean_label(label)) in whole.indicator):
            f.rules.append("same_measure_in_part_of_period")  # 「本期累計取締酒後駕車1,306件，其中6月份取締152件」
            return whole.indicator
        whole_label = whole.printed_label or whole.indicator
        if _OWN_MEASURE.fullmatch(own := _clean_label(label)) \
                and (subject := last_subject_form(whole_label)) and whole_label.startswith(subject):
            f.rules.append("part_with_own_measure")  # 「全般刑案…破獲3,089件，其中第3季發生1,622件」: 全般刑案發生件數
            return subject + own
        if (own and last_subject_form(own) == own and f.unit == "件"
                and _ALL_CLEARED.match(r.s.norm, f.n.unit_end)):
            f.rules.append("part_with_own_measure")  # 「…破獲3,702件，其中暴力犯罪6件全數偵破」: the 6 that occurred
            return own + "發生"
        f.rules.append("subset_of_previous")
        if whole.period.is_instant and not any(f.cstart <= pm.start and pm.end <= f.n.start for pm in r.s.periods):
            f.period = whole.period  # 「…合計205處，其中區間測速19處」: a part of what is in place then
        if whole.kind == "target" and f.kind == "actual":
            f.kind, f.operator = "target", whole.operator
        # 「查獲嫌疑犯212人，其中逾3成為少年」「…，其中車手占逾4成」: 查獲嫌疑犯中少年比率, 查獲嫌犯中車手比率
        part = re.sub(r"^(?:為|是|係|屬)", "", noun) if not label and noun else re.sub(r"(?:占|佔)$", "", label)
        if f.unit == "%" and part and (not label or part != label):
            return f"{_MEASURE_SUFFIX.sub('', whole.indicator)}中{part}比率"
        if not label and noun and (mine := subject_in(noun)) and (theirs := subject_in(whole_label)) \
                and narrower(mine, theirs) and (form := last_subject_form(whole_label)):
            # 「預計建置219支攝影機，其中40支導入車牌辨識功能」: 建置車牌辨識攝影機, a kind of the whole's subject
            f.rules.append("part_names_narrower_subject")
            return whole_label.replace(form, subjects()[mine]["label"]["zh-Hant"], 1)
        if not label:  # 「其中第一級毒品32件」 names itself
            return f"{whole.indicator}（{noun or '其中'}）"
        if (f.unit == whole.unit and last_subject_form(own := _clean_label(label)) == own
                and (subject := last_subject_form(whole_label := whole.printed_label or whole.indicator))
                and whole_label.startswith(subject) and (measure := whole_label[len(subject):])
                and narrower(subject_in(own) or "", subject_in(subject) or "")):
            label = own + measure  # 「竊盜…破獲298件，其中汽車竊盜3件」: 汽車竊盜破獲件數 (not 「少年…143人，其中詐欺案37人」)
            f.rules.append("subset_measure_of_whole")
        elif (f.unit == whole.unit and (own := _clean_label(label)) and last_subject_form(own) == own
              and (subject := last_subject_form(whole_label := whole.printed_label or whole.indicator))
              and (mine := subject_in(own)) and (theirs := subject_in(subject)) and narrower(mine, theirs)):
            label = whole_label.replace(subject, own, 1)  # 「受理110報案63萬件，其中有效報案24萬件」: 受理有效報案
            f.rules.append("subset_measure_of_whole")
        elif 1 <= len(own := _COUNT_TAIL.sub("", _clean_label(label))) <= 8 and not last_subject_form(own) \
                and _same_count(f.unit, whole.unit):
            r.last_part = (whole.indicator, own)  # 「查獲毒品嫌疑犯523人，其中少年28人」: 查獲毒品嫌疑犯人數（少年）
            return f"{whole.indicator}（{own}）"
    if f.unit == "%" and (part := _PART_TAKES.fullmatch(_clean_label(f.label_text))) and (
            whole := _WHOLE_BEFORE.search(r.s.norm, 0, f.cstart)):
        f.rules.append("share_of_named_whole")  # 「A1類交通事故死亡人數中，機車駕駛人占60%」
        return f"{_clean_label(whole['whole'])}中{part['part']}比率"
    if f.unit == "%" and label and noun and (share := _SHARE_IS.fullmatch(noun)) and not label.endswith("率"):
        f.rules.append("share_named_after")  # 「詐欺案件發生數近3成為假投資詐騙」: the share of what follows
        return f"{_MEASURE_SUFFIX.sub('', label).removesuffix('中')}中{share['part']}比率"  # 「攔阻案件中逾3成屬投資詐騙」
    if f.unit == "%" and r.last_part and _BARE_SHARE.fullmatch(_clean_label(f.label_text)):
        f.rules.append("share_of_whole")  # 「…，其中少年28人，占5.35%」: the part's share of the whole
        return f"{_MEASURE_SUFFIX.sub('', r.last_part[0])}中{r.last_part[1]}比率"
    if (grade := _GRADE_ITEM.fullmatch(label)) and (award := _AWARD.search(r.s.unperiod, 0, _AWARD_REACH)):
        # 「警察獎章統頒…，核頒計1等3級4人、2等1級89人」: 警察獎章1等3級
        label = award["award"].lstrip("年月日滿之的") + grade["grade"]
        f.rules.append("grade_of_award")
    if f.kind == "target":
        label = re.sub(r"(?<=\S)(?:預定|預計)(?=\S)", "", label)  # 「目前工程預定進度為6.90%」: a target of 工程進度
    if f.kind == "change" and unit == "%" and label.endswith("發生率"):
        label = label[:-1] + "數"  # 「比較111年同期，減少17件，發生率下降27.42%」: occurrences fell by 27.42%
        f.rules.append("occurrence_rate_change")
    if f.kind == "target" and relative and _GOAL_ONLY.fullmatch(label) and (base := next(
            (x for x in reversed(r.facts) if x.kind == "baseline"), None)) is not None:
        label = base.printed_label or base.indicator  # 「以109年取締職業賭場件數（38件）為基準值，…每年目標較基準值增加5%」
        if schedule := base.qualifiers.get("schedule"):
            label = with_schedule(label, schedule)  # 「以112年查獲第一、二級毒品案件1,486件為基準值，113年目標增加2%」
        f.rules.append("target_of_baseline")
    if f.kind == "target" and len(stripped := _LEADING_CHANGE.sub("", label)) >= 2:
        label = stripped  # 「降低A1類交通事故死亡人數至100人以下」 is a target of the count itself
    if f.kind == "target" and (goal := _VERB_GOAL.fullmatch(label)) and (what := _goal_object(f, r)):
        label = goal["verb"] + what  # 「加強取締酒後駕車，全年取締目標8,000件」: 取締酒後駕車
        f.rules.append("goal_of_previous_clause")
    elif f.kind == "target" and (goal := _VERB_GOAL.search(label)) and goal.start() > 0:
        label = label[:goal.end("verb")]  # 「酒駕取締目標8,000件」: 酒駕取締
    if not label and _AGGREGATE_BEFORE.match(f.label_text):
        label = "合計"
    if not label and f.respective_of:
        label = f.respective_of
        f.rules.append("respective_pairing")
    if not label and f.kind == "change" and unit in _SHARE_UNITS and r.facts:
        # 「…總重量1,234.5公斤，較111年增加12.3%」: that figure's change, in percent; 「減少214件，降幅3.03%」: that change
        label = r.facts[-1].indicator
        f.rules.append("change_of_previous_figure")
    elif not label and f.kind == "change" and (just_before := _last_named(r, unit)):
        label = just_before  # 「機車竊盜發生498件、破獲481件，較去年同期增加36件」: of 破獲, printed just before
        f.rules.append("change_of_named_figure")
    elif not label and relative and (named := _previous_clause(f, r)):
        label = named if unit in _SHARE_UNITS else _unit_noun(named, unit)  # 「4項違規執法績效，較去年度平均值增加1%」: what the clause before names
        f.rules.append("subject_of_previous_clause")
    elif f.unit == "%" and (whole := _SHARE_OF.match(label)) and r.facts and r.facts[-1].unit != "%":
        # 「因調閱監視器破獲刑案8,914件，占全般刑案破獲數之43.07%」: that figure's share of the whole
        part = _COUNT_NOUN_END.sub("", r.facts[-1].printed_label or r.facts[-1].indicator)
        label = f"{part}占{whole['whole']}比率"
        f.rules.append("share_of_whole")
    elif not label and f.unit == "%" and (share := _share_after(f, r)):
        label = share
        f.rules.append("share_named_after")
    elif label in _AMOUNT_WORDS and f.unit in _MONEY_UNITS and (count := next(
            (x for x in reversed(r.facts) if x.unit not in _MONEY_UNITS and x.kind == f.kind), None)):
        label = _COUNT_TAIL.sub("", count.indicator) + "金額"  # 「攔阻詐騙案件1,245件，金額6億8,304萬元」: 攔阻詐騙金額
        f.rules.append("amount_of_previous_count")
    elif not label or label in _AGGREGATE:
        # 「查獲349件、400人」「賭場31件993人」: an unnamed figure shares the last named subject
        # 「衡量指標一：竊盜犯罪破獲率，以111年（96.3%）為基準值」: the clause before names it, else the heading
        topic = r.topic if achievement_name(r.topic) == r.topic else ""  # 「達成度：」 names a share of, not what
        base = r.previous_label or _previous_clause(f, r) or r.ctx.topic or _heading_subject(topic) or topic \
            or r.carried
        if not label and r.facts and f.prior_end == f.n.start and f.unit != r.facts[-1].unit:
            base = _UNIT_NOUN_TAIL.sub("", r.facts[-1].indicator)  # 「…測試，共出勤61次122人次」: the same deed's person-times
        if base == topic and _PREDICATE_ONLY.match(topic) and (subject := last_subject_form(r.subject or r.carried)):
            base, r.subject = _joined(subject, topic), subject  # 「本期全般刑案發生數：612件；破獲數：598件」: 全般刑案破獲數
        if f.kind == "target" and not label and (same_unit := r.first_label_by_unit.get(unit)):
            base = same_unit  # 「…312場次，參與民眾1萬9,480人次，達成年度目標值（300場次）」: the 場次 figure's
        if _STOCK_NOW.search(f.before):
            base = _ADDED.sub("", base)  # 「新增科技執法設備48處，累計達216處」: the total is of 科技執法設備
        elif label in _AGGREGATE and (at := _stock_plus_flow(f, r)) is not None:
            # 「截至6月底已設置182處，本期新增設置23處，合計205處」: what is in place at the end of the period
            base, f.period = _ADDED.sub("", base), at
            f.rules.append("stock_plus_flow")
        if (label in _AGGREGATE and r.facts and "list_verb_carried" in r.facts[-1].rules
                and (verb := _LIST_VERB.match(r.facts[-1].indicator))):
            base = verb.group()  # 「取締闖紅燈…、逆向行駛1,234件，合計14,320件」: the whole list's, not its last item's
            # 「汰換警用汽車38輛、警用機車215輛，合計253輛」: of the kind every item is (汰換警用車輛)
            base += _kind_of_items(f, r)
            f.rules.append("total_of_list")
        elif label in _AGGREGATE and (common := _listed_items_name(f, r)):
            base = common  # 「交流警報器107組，電子式警報器140組，合計247組」: 警報器, not the last item's 電子式警報器
            f.rules.append("total_of_list")
        if label in _AGGREGATE:
            base = _PER_UNIT.sub("", base)  # 「每隊補助7,000元，共計140萬元」: the total is no longer per team
        label = f"{base}{label}" if label and base else base
        r.previous_label = r.previous_label or base
        if not (relative and unit in _SHARE_UNITS):  # 「…，112年目標降低3%」 is a change of that count itself
            label = _unit_noun(label, unit, force=True)
        f.rules.append("subject_carried")
    else:
        # 「取締1,234件」 takes only a subject the vocabulary knows (「…現有自行車191輛，…取締65,212件」: not bicycles)
        predicate_only = _PREDICATE_ONLY.match(label) is not None and not (
            _ENFORCEMENT.match(label) and not last_subject_form(r.subject or r.carried))
        # the subject the sentence named, as the vocabulary names it when it does (「瓦解詐欺集團…，查獲嫌犯」: 詐欺)
        if _EXECUTION.fullmatch(label) and any(x.unit in _MONEY_UNITS for x in r.facts):
            # 「…計畫經費1,250萬元，…已執行1,118萬元，執行率89.44%」: the budget's execution, whatever the programme
            label = "預算執行率" if label.endswith("率") else "預算執行數"
            f.rules.append("execution_of_budget")
        elif sibling := _sibling_of_previous(f, r, unit):
            label = sibling  # 「A1類事故平均到場時間6.8分鐘，A2類為8.2分鐘」: A2類事故平均到場時間
            f.rules.append("sibling_subject")
        elif (predicate_only and not r.subject and r.item_subject and _next_list_item(f, r)
                and match_indicator(_unit_noun(joined := _joined(r.item_subject, label), unit), unit)):
            label = joined  # 「交通事故方面，A1類交通事故件數142件、死亡人數151人」: A1類's
            f.rules.append("subject_of_list")
        elif predicate_only and (since := _subject_named_since(f, r, label, unit)):
            # 「暴力犯罪發生3件…；竊盜犯罪發生數已連續三年下降，本期發生594件」: the subject named since the last figure
            r.subject, label = since, _joined(since, _DONE.sub("", label))
            f.rules.append("subject_named_since")
        elif predicate_only and (subject := (last_subject_form(r.subject) or r.subject) if r.subject
                                 else ("" if r.topic else last_subject_form(r.carried) or r.carried)):
            label = _joined(subject, _DONE.sub("", label))  # 「竊盜案件…，破獲179件」「…；發生數減少96件」
            f.rules.append("subject_carried")
        elif _PREDICATE_ONLY.match(label) and (subject := _subject_named_before(r.s.unperiod[r.topic_end:f.cstart])) \
                and (not _narrows_topic(subject, r) or not r.facts):  # a subject of the vocabulary, so 取締 may take it
            # too (a narrower one than the heading's when no figure of the sentence came first: 「…等5項重大違規，取締總件數」)
            label = _joined(subject, label)
            f.rules.append("subject_named_earlier")
        elif not predicate_only and not f.same_change and (not r.subject or last_subject_form(label)):
            # the first name, or another known subject, carries from here (「強盜…破獲9件，搶奪案件發生6件、破獲7件」)
            subject = _MEASURE_SUFFIX.sub("", _LEADING_VERB_WORD.sub("", label))
            r.item_subject = last_subject_form(subject) if _narrows_topic(subject, r) else ""
            if not _narrows_topic(subject, r):
                if _within_subset(f, r) and r.before_subset is None:
                    r.before_subset = r.subject  # 「…，其中機車竊盜56件；破獲率95.51%」: the next sentence is still 竊盜's
                # 「…，達成度113%；參與民眾…」: a share of the target names no subject
                r.subject = subject if len(subject) >= 2 and achievement_name(subject) == subject else r.subject
        r.previous_label = label
        label = _unit_noun(label, unit)
    if f.kind in ("target", "change") and _YEARS_SPAN.search(f.sentence_before) and (avg := _AVERAGE.search(label)):
        # 「以前3年（110至112年）詐欺犯罪發生數平均5,214件為基準值，113年目標較前3年平均降低5%」: the target is of the
        # year's 詐欺犯罪發生數, measured from the years' average (its reference); the average itself keeps its name,
        # which a total of those years would otherwise be read as
        label = label[:avg.start()] + label[avg.end():]  # and not 發生數件數, 破獲率破獲率:
        label = re.sub(r"(\S{2,4})\1$", r"\1", re.sub(r"(?<=[數率])(?:件數|人數|人次)$", "", label))
        f.rules.append("average_over_years")
    if low := _RANGE_LOW.match(r.s.norm, f.n.unit_end):  # 「每隊發予獎勵金1萬5,000元至3萬5,000元不等」
        r.range_high, f.range_end = low.end("high"), "最低"
        f.rules.append("range_ends")
    elif f.n.start < r.range_high and r.facts and r.facts[-1].qualifiers.get("range") == "最低":
        label, f.range_end = r.facts[-1].indicator, "最高"
        f.rules.append("range_ends")
    r.first_label_by_unit.setdefault(unit, label)
    topic = r.topic
    if topic and _POLICY_HEADING.match(topic):  # 「加強預防犯罪宣導：全年至少辦理40場次」: the heading's subject, if any
        topic = _heading_subject(topic) if _PREDICATE_ONLY.match(label) else ""
    if topic and (achieved := achievement_name(topic)) != topic and r.topic_end <= f.n.start and label != topic:
        # 「達成度：106.23%」 under 全般刑案破獲率: its 目標達成率 (the target's, printed just before)
        label = f"{(r.last_target or label).removesuffix('比率')}{achieved}"
        f.rules.append("achievement_of_target")
    elif (topic and topic not in label and len(topic) <= _HEADING_NAME_MAX and r.topic_end <= f.n.start
            # 「…查獲人數目標60人，實際查獲68人，達成率113.33%」: the target's actual and attainment, not the heading's
            and not (r.last_target and (_ACTUAL_OPENS.match(f.named) or achievement_name(label) != label))
            and (not _names_its_subject(label, topic) or _OCCASION.search(topic))
            and not any(topic[i:i + 4] in label for i in range(len(topic) - 3))):  # 「同步肅槍專案…：實施2次「同步肅槍專案」」
        if _PREDICATE_ONLY.match(label) and topic.endswith("率") and unit != "%" and (
                subject := last_subject_form(topic)) and topic.startswith(subject):
            label = _joined(subject, label)  # 「全般刑案破獲率：…（發生4,218件、破獲4,111件）」: the counts of its subject
        else:
            if _PREDICATE_ONLY.match(label) and label[:2] in topic and topic.endswith(("數", "率")):
                label = ""  # 「住宅竊盜發生數：…發生186件」: the heading names the measure too
            elif (label[:2] == topic[:2] or topic.endswith(label[:2]) or label.startswith("辦理")) and len(label) > 2:
                label = label[2:]  # 「攔阻民眾被害部分，…攔阻1,078件」: 攔阻民眾被害件數; 「…宣導：辦理40場」: …宣導場次
            # 「工程進度：…進度80%」; 「查獲毒品數量：…查獲15公斤」: the quantity is the weight
            same = topic.endswith(label) or (label.endswith("重量") and topic.endswith("數量"))
            label = topic if same else f"{topic}{achievement_name(label)}"
        f.rules.append("topic_heading")
    if _OCCASION.match(label) and (counted := _lead_in_object(r.ctx.section, r.ctx.lead_in)) and counted not in label:
        label = f"{counted}{label}"  # 「…三節慰問金發放情形：」 over 「春節：377人」
        f.rules.append("occasion_of_lead_in")
    if not label:
        label = _UNIT_NOUN.get(unit, unit)
    if r.from_to is not None and (f.reaches or (f.kind == "change" and f.relative_to == r.from_to[1])):
        label = r.from_to[0]
        f.rules.append("from_to_same_indicator")
    elif f.compared and f.kind == "actual":
        # 「刑案發生數較110年（1,143件）」: named before 較; 「發生5,217件…，與去年同期（5,468件）」: the headline figure's
        # (of the sentence before, when this one opens with the comparison: 「…破獲率98.30%；與去年同期（437件）比較」)
        headline = next((x.indicator for x in (*r.facts, *r.earlier) if x.unit == unit and x.kind != "change"), "")
        label = _compared_name(f, r) or headline or r.first_label_by_unit.get(unit) or r.facts[-1].indicator
        f.rules.append("compared_year_figure")
    if f.same_change:
        label = r.last_change[1]
    elif f.kind == "change":
        r.last_change = (f.n.unit_end, label, f.relative_to, -1 if f.value < 0 else 1)
    elif f.kind == "target":
        r.last_target = label
    elif (r.last_target or r.ctx.indicator) and (achieved := achievement_name(label)) != label:
        label = (r.last_target or r.ctx.indicator) + achieved  # 「目標值90%，實際值94.12%，達成率104.58%」: 全般刑案破獲率目標達成率
        f.rules.append("achievement_of_target")
    elif f.unit in _SHARE_UNITS and (r.last_target or r.facts) and (of := _OF_TARGET.search(f.sentence_before)):
        # 「達成年度目標值（300場次）之104%」; 「取締酒後駕車7,805件，達成警政署核定目標值之112.3%」: that figure's
        label = (r.last_target or r.facts[-1].indicator) + of["word"] + "達成率"
        if (done := next((x for x in reversed(r.facts) if x.kind == "actual"), None)) is not None:
            f.period = done.period  # 「查獲各類逃犯312人，已達全年目標值600人之52%」: as far as the actual has got
        f.rules.append("achievement_of_target")
    elif _TARGET_ACHIEVEMENT.fullmatch(label) and r.facts and r.facts[-1].kind == "actual":
        label = r.facts[-1].indicator + label  # 「查獲毒品嫌疑犯702人，目標達成率108%」: 查獲毒品嫌疑犯人數目標達成率
        f.rules.append("achievement_of_target")
    elif r.last_target and _ACTUAL_OPENS.match(f.named) and (not label or label[:2] in r.last_target):
        label = r.last_target  # 「年度目標查獲毒品嫌疑人800人，實際查獲912人」: the actual of that target
        f.rules.append("actual_of_target")
    if r.topic and r.topic_end <= f.n.start and (closer := _closer_subject(label, r.topic)):
        label = closer  # 「全般刑案：…刑案發生數較110年（1,143件）減少47件」: 全般刑案發生數
        f.rules.append("heading_subject_closer")
    elif first_named and (opening := _opening_subject(f, r, label)):
        label = opening + label
        f.rules.append("subject_opens_sentence")
    if (bought := _BOUGHT.match(label)) and _TO_REPLACE.search(f.sentence_before):
        label = "汰換" + label[bought.end():]  # 「以汰換老舊警用機車為主，購置422輛警用機車」: bought to replace
        f.rules.append("bought_to_replace")
    if f.unit == "個" and _ORG_UNIT.fullmatch(noun := _noun_after(f, r)) and not label.endswith(noun + "數"):
        label = _UNIT_NOUN_TAIL.sub("", label) + noun + "數"  # 「總計有志工18個中隊、96個分隊、2,479人」: 志工中隊數
        f.rules.append("noun_after_figure")
    if (named := _noun_of_counter(label, f.n.unit, f.sentence_before)) is not None:
        label = named
        f.rules.append("noun_of_counter")
    elif (named := _object_of_heading(label, r.ctx.heading)) is not None:
        label = named
        f.rules.append("object_of_heading")
    return label


_BARE_DEED = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})(?P<measure>人次|人數|件數|次數|場次|處數|隊數)")


def _object_of_heading(label: str, heading: str) -> str | None:
    """「3.勸導深夜遊蕩少年返家」 over 「…111年共計勸導671人次」: a bare deed's count (勸導人次) is of the deed the heading
    names with its object (勸導深夜遊蕩少年返家人次); 「(一)勤(業)務督導」 over 「督導2,293次」: 勤(業)務督導次數."""
    if not (bare := _BARE_DEED.fullmatch(label)) or holds_a_figure(heading):
        return None
    if heading.endswith(bare["verb"]) or (heading.startswith(bare["verb"]) and len(heading) > 2):
        return heading + bare["measure"]
    return None


_ORG_UNIT = re.compile(r"(?:大|中|分|小)?隊|(?:分駐|派出)?所|分局|站|組|班|單位")  # what 個 counts when printed after it
_BOUGHT = re.compile(r"購置|採購|添購|增購|購買")
_TO_REPLACE = re.compile(r"以汰(?:換|舊換新)[^，,。；;]*為主|汰(?:換|舊換新|除)[^，,。；;]{0,12}(?:之|的)?需")


def _noun_of_counter(label: str, unit: str | None, before: str) -> str | None:
    """「…對於持續運作1年以上守望相助隊，每隊每年補助運作經費，預計補助245隊」: a verb's count in a counter that is the head
    of a known subject printed before it in the sentence counts that subject (補助守望相助隊數), not 「補助隊數」."""
    if unit not in _COUNTERS or not (bare := re.fullmatch(rf"(?P<verb>[\u4e00-\u9fff]{{2}}){re.escape(unit)}數", label)):
        return None
    noun = last_subject_form(before)
    return f"{bare['verb']}{noun}數" if len(noun) > 1 and noun.endswith(unit) else None


_BARE_MEASURE = re.compile(r"[\u4e00-\u9fff]{1,3}(?:人數|次數|件數|人次|數)")  # 「好友人數」「查詢次數」「貼文數」
_OPENING_NOUN = re.compile(r"^[ \-－]*" + _MARKER + r"?[\s\-－]*(?P<noun>[^，,。；;：:0-9\s][^，,。；;：:0-9]{1,39}?)"
                           r"\s*(?=自|於|已|經|為|，|,|共計|計有|計)")
_OPENING_VERB = re.compile(r"^(?:持續|辦理|加強|推動|針對|為|依|配合|結合|透過|藉由|由|在|於|本|全|各|另|並|將|除|有關|關於|若|如|與|較|比|和|"
                           r"因|且|而|但|惟|經|至|自|迄|截至|"
                           r"積極|賡續|落實|強化|提升|執行|協助|推行|實施|建置|完成|擴大|運用|以)")


def _opening_subject(f: Frame, r: _Reading, label: str) -> str:
    """「警察局-讚警管家Line官方帳號自106年10月3日奉准成立，…迄今好友人數達19,778人」: a bare measure (好友人數) is of
    the thing the sentence opens with, when no figure before it named a subject and the opening is a noun phrase."""
    if not _BARE_MEASURE.fullmatch(label) or subject_in(label) or any(
            rule.startswith(("subject_", "topic_", "occasion_")) for rule in f.rules):
        return ""
    opening = _OPENING_NOUN.match(r.s.unperiod)
    if opening is None or opening.end("noun") > f.cstart:
        return ""
    noun = opening["noun"].strip()
    return "" if _OPENING_VERB.match(noun) or label in noun or "  " in noun else noun  # (spaces: a period blanked)


# 「較上季（4至6月）」「較去年同期」「與去年同期相比」: the comparison before a change's measure (its period phrases
# already blanked): 「與去年同期相比發生數減少85件」 is a change of 發生數
_COMPARED_TO = re.compile(r"(?:相)?較[\s()（）]*(?:去年|上年|前一年|上季|上月|上期|前期)?(?:同期)?(?:平均值?)?[\s()（）]*"
                          r"|與[\s()（）]*(?:去年|上年|前一年|上季|上月|上期|前期)?(?:同期)?[\s()（）]*(?:相比|相較|比較)")
# 「檢肅治平專案目標到案件數55件、363人(含目標)」: a note that the figure counts more than its name
_INCLUDES_NOTE = re.compile(r"\s*[(（]\s*(?:含|包含|包括)(?P<what>[^()（）\d]{1,8})[)）]")
# 「破獲537件（含以前年度積案）」: every 破獲數 counts cases of earlier years cleared now, so the note names no other count
_EARLIER_CASES = re.compile(r"積案|以前|往年|前年度")
_PART_TAKES = re.compile(r"(?P<part>[^\s，,。；;、]{2,10}?)(?:約)?[占佔](?:了)?(?:比率|比例)?(?:為|達)?")  # 「機車駕駛人占」
_WHOLE_BEFORE = re.compile(r"(?:^|[，,。；;：:])\s*(?P<whole>[^，,。；;：:]{2,20})中\s*[，,]\s*$")  # 「…死亡人數中，」
_SHARE_IS = re.compile(r"(?:為|是|係|屬於?)(?P<part>[^\s，,。；;、]{2,10})")  # 「近3成為假投資詐騙」
_PART_WORD = re.compile(r"^(?:其中|內含|含|包含|包括)")
_BARE_SHARE = re.compile(r"(?:約)?[占佔](?:了)?(?:比率|比例)?(?:為|達)?")


def _same_count(a: str, b: str) -> bool:
    """Two printed units are one unit of the unit vocabulary (人, 名 and 位 are persons)."""
    return a == b or (resolve_unit(a) or a) == (resolve_unit(b) or b)


def _next_list_item(f: Frame, r: _Reading) -> bool:
    """The figure's clause follows the last figure as the next item of a list (「…件數142件、死亡人數151人」)."""
    between = r.s.norm[f.prior_end:f.cstart].strip()
    return bool(r.facts) and (between == "、" or (not between and _LIST_JOIN.match(r.s.norm[f.cstart:f.n.start])
                                                   is not None))


def _narrows_topic(subject: str, r: _Reading) -> bool:
    """「詐欺犯罪：…查獲詐欺車手412人，攔阻民眾被騙1,234件」: a kind of the heading's subject (車手 of 詐欺) is one
    item of the paragraph, not what the figures after it are about (a sentence's own first subject still is:
    「交通事故…；A1類交通事故…」)."""
    own, topic = subject_in(subject), subject_in(r.topic) if r.topic else None
    # 「刑案分析：本期全般刑案發生…」: 全般刑案 is what 刑案 means there, the paragraph's subject
    return own is not None and topic is not None and narrower(own, topic) and topic not in close_subjects(own)


def _within_subset(f: Frame, r: _Reading) -> bool:
    """The figure is an item of a 「其中…」 list of its clause (「其中汽車竊盜4件、機車竊盜56件」): a part, whose
    subject names the rest of its sentence (「其中暴力犯罪發生4件，破獲4件」) but not the next sentence."""
    at = r.s.norm.rfind("其中", 0, f.n.start)
    return at >= 0 and not CLAUSE_END.search(r.s.norm, at, f.n.start)


_COUNTED_NOUN_ONLY = re.compile(r"\s*[\u4e00-\u9fff]{1,6}\s*")


def _part_in_parentheses(f: Frame, r: _Reading) -> str:
    """「現有義警人數2,320人(男性1,973人、女性347人)」: a figure inside parentheses opened right after another figure,
    named by a word that is no subject of its own, is a part of that figure (義警人數（男性）); empty otherwise."""
    if f.kind != "actual":
        return ""
    norm = r.s.norm
    opened = _open_paren_before(norm, f.n.start)
    if opened < 0:
        return ""
    at = len(norm[:opened].rstrip())
    # 「現有39名成員(男23名、女16名)」: the whole may be followed by the noun it counts before the bracket opens
    whole = r.ends.get(at) or next((x for end, x in r.ends.items()
                                    if end < at and _COUNTED_NOUN_ONLY.fullmatch(norm[end:at])), None)
    inside = re.split(r"[(（]", f.label_text)[-1]  # 「成員(男」: what follows the bracket names the part
    own = _PART_WORD.sub("", re.sub(r"^[\s(（、，,]*(?:及|和|與)?|\s", "", inside))  # 「有眷」 keeps its 有
    if (whole is not None and whole.kind == "actual" and _same_count(f.unit, whole.unit)
            and own and last_subject_form(own) == own
            and (theirs := last_subject_form(whole_label := whole.printed_label or whole.indicator))
            and whole_label.startswith(theirs) and (mine := subject_in(own)) and (whose := subject_in(theirs))
            and mine != whose and narrower(mine, whose)):
        # 「暴力犯罪發生9件（含強盜2件、搶奪1件及重傷害1件）」: each kind counted as the whole is (強盜發生數)
        f.rules.append("part_measure_of_whole")
        return own + whole_label[len(theirs):]
    if (whole is None or whole.kind != "actual" or not 1 <= len(own) <= 8 or last_subject_form(own) or not _clean_label(own)
            or not _same_count(f.unit, whole.unit)):
        return ""
    own = _COUNT_TAIL.sub("", own) or own
    r.last_part = (whole.indicator, own)
    return f"{whole.indicator}（{own}）"


# 「針對「闖紅燈」、…及「轉彎未依規定」等5項重大違規，」: the category after 等N項 names the list
_LIST_CATEGORY = re.compile(r"等\s*[0-9一二三四五六七八九十]+\s*(?:項|類|種)(?P<category>[^，,；;。、「」]{2,10}?)\s*[，,；;。]?\s*$")


def _subject_named_since(f: Frame, r: _Reading, label: str, unit: str) -> str:
    """A subject printed between the last figure (or the sentence's start) and this one's clause that is not the
    subject in force, when it and the bare measure make a shared indicator (so a passing 「防詐」 names no 破獲數)."""
    named = last_subject_form(r.s.unperiod[f.prior_end:f.cstart])
    current = r.subject or r.carried
    if not named or not current or subject_in(named) == subject_in(last_subject_form(current) or current):
        return ""
    return named if match_indicator(_unit_noun(_joined(named, _DONE.sub("", label)), unit), unit) else ""


def _subject_named_before(text: str) -> str:
    """The subject the words before a bare measure name: the category of a list of examples (重大違規) over its
    items, else the longest subject form (last of equals)."""
    listed = _LIST_CATEGORY.search(text)
    if listed and subject_in(listed["category"]):
        return listed["category"]
    return last_subject_form(text)


def _items_before_total(f: Frame, r: _Reading) -> list[Fact]:
    """The figures listed right before a total, in its unit and of its kind, last first."""
    items = []
    for x in reversed(r.facts):
        if x.unit != f.n.unit or x.kind != f.kind:
            break
        items.append(x)
    return items


def _stock_plus_flow(f: Frame, r: _Reading) -> Period | None:
    """The instant a total of a stock and what was added to it counts (the end of the additions' period); None
    unless the figures before it in its unit are such a stock and flow."""
    items = _items_before_total(f, r) if f.kind == "actual" else []
    stocks = [x for x in items if x.period.is_instant]
    flows = [x for x in items if not x.period.is_instant]
    if not stocks or not flows:
        return None
    end = max(x.period.end for x in flows)
    return Period(end, end) if end > max(x.period.end for x in stocks) else None


def _kind_of_items(f: Frame, r: _Reading) -> str:
    """The category the items listed just before a total are all the kinds of (警用汽車, 警用機車 → 警用車輛), as the
    vocabulary names it; empty otherwise."""
    items = [subject_in(x.printed_label or x.indicator) for x in _items_before_total(f, r)]
    if len(items) < 2 or None in items:
        return ""
    whole = whole_of(items)
    return subjects()[whole]["label"].get("zh-Hant", "") if whole else ""


def _listed_items_name(f: Frame, r: _Reading) -> str:
    """「交流警報器107組，電子式警報器140組，合計247組」: what the items listed just before a total, in its unit, are
    all named by (the words their names end with); empty when they share no name."""
    items = []
    for x in _items_before_total(f, r):
        name = x.printed_label or x.indicator
        noun = _UNIT_NOUN.get(x.unit, "")
        items.append(_COUNT_TAIL.sub("", name[: -len(noun)] if noun and name.endswith(noun) else name))
    if len(items) < 2:
        return ""
    common = items[0]
    for item in items[1:]:
        while common and not item.endswith(common):
            common = common[1:]
    common = common.lstrip("型式類級性")  # 「易利信型電池…、MOTO型電池」: 電池
    if common in items:
        return ""
    prefix = next((items[0][:k] for k in range(min(map(len, items)), 1, -1)
                   if all(item.startswith(items[0][:k]) for item in items)), "")
    if len(common) < 2 and prefix:
        return prefix  # 「警察獎章1等3級…、警察獎章2等1級…，總計349人」: 警察獎章
    if len(common) < 2:
        # 「計陞職200人、調整593人，合計793人」: 陞職及調整; 「高考…3人、普考…1人、…，共計9人」: 高考人事行政等
        first = items[-1]
        return f"{first}及{items[0]}" if len(items) == 2 else f"{first}等"
    if last_subject_form(common) and len(items) <= 4:
        # 「住宅竊盜…、汽車竊盜…，合計」: 住宅及汽車竊盜, not 竊盜 (the whole, of which these items are only some)
        return "及".join(item[: -len(common)] for item in reversed(items)) + common
    return "" if last_subject_form(common) else common


# Verbs that open a list of counted items and apply to each: 「汰換巡邏汽車3輛、偵防汽車2輛及公務機車1輛」.
_LIST_VERB = re.compile(r"汰換|汰舊換新|汰除|建置|購置|新設|增設|設置|裝設|查獲|查扣|起獲|緝獲|取締|破獲|偵破|尋獲|核發|受理")
# Any verb opening an item: such an item names its own action (「破獲詐欺案100件、逮捕嫌犯120人」).
_ITEM_VERB = re.compile(rf"^(?:{_LIST_VERB.pattern}|汰舊|新增|查緝|偵辦|逮捕|移送|發生|辦理|舉辦|召開|完成|執行|協助|核發|列管|"
                        r"到案|尋獲|攔阻|維修|更新|導入|扣除|提升|提高|降低|減少|上升|增加|受理|破獲|偵破|聲請|勸導|交保|告誡|舉發)")
_LIST_SEPARATOR = re.compile(r"^\s*(?:、|及|和|與|以及)")
_CLAUSE_OPEN = re.compile(r"[，,；;：:。]")


_ACTION_FIRST = re.compile(r"^(?:新增|新設|增設|建置|裝設|汰換|汰除)(?:設置)?")


def _joined(subject: str, measure: str) -> str:
    """「婦幼安全宣導」 + 「宣導人次」 → 婦幼安全宣導人次: a word that ends the subject and opens the measure is said once;
    an action goes before its object (「攝影機」 + 「新增設置」 → 新增設置攝影機)."""
    if action := _ACTION_FIRST.match(measure):
        return action.group() + subject + measure[action.end():]
    for k in range(min(len(subject), len(measure) - 1), 1, -1):
        if subject.endswith(measure[:k]):
            return subject + measure[k:]
    return subject + measure


def _list_verb(f: Frame, r: _Reading) -> str:
    """「108年預計汰換偵防車1輛、交通事故處理車2輛及巡邏機車20輛」: the verb before a list's first item applies to
    the items after it that name no action of their own; empty when the figure is not a later item of such a list."""
    if (f.prior_end <= 0 or not _LIST_SEPARATOR.match(r.s.norm[f.prior_end:f.n.start])
            or _ITEM_VERB.match(_clean_label(f.label_text))):
        return ""
    norm = r.s.unperiod
    opened = max((m.end() for m in _CLAUSE_OPEN.finditer(norm, 0, f.cstart)
                  if not (m.group() == "," and norm[m.start() - 1:m.start()].isdigit())), default=0)
    verbs = list(_LIST_VERB.finditer(norm, opened, f.prior_end))
    if not verbs:
        return ""
    last = verbs[-1]
    first_item = norm[last.end():f.prior_end]
    if last.group() == "受理" and last_subject_form(own := _clean_label(f.label_text)) != own:
        return ""  # 「受理家庭暴力案件…、性侵害案件157件」, but not 「受理110報案…、有效報案…、網路報案413件」's 成案
    return last.group() if re.search(r"[0-9]", first_item) and not _LIST_VERB.search(first_item) else ""


def _list_measure(f: Frame, r: _Reading, label: str) -> str:
    """「住宅竊盜發生45件、汽車竊盜32件」: a later item of a list that names only its subject counts what the item
    before it counts (the words after that item's subject); empty otherwise."""
    if (f.prior_end <= 0 or not r.facts or not _LIST_SEPARATOR.match(r.s.norm[f.prior_end:f.n.start])
            or r.facts[-1].unit != f.unit):
        return ""
    own = _clean_label(label)
    if last_subject_form(own) != own:
        return ""  # more than a subject: it says what it counts
    before = r.facts[-1].printed_label or r.facts[-1].indicator
    subject = last_subject_form(before)
    if not subject or not before.startswith(subject):
        return ""
    rest = before[len(subject):]
    return rest if rest and _PREDICATE_ONLY.match(_MEASURE_SUFFIX.sub("", rest) or rest) else ""


_ACTION_END = re.compile(r"(?:建置|設置|新設|增設|裝設|架設|汰換|汰舊|購置|增購|添購|採購|維修|更新|辦理|執行|實施|完成|導入|扣除|"
                         r"撰研|撰寫|研提|研擬|提出|訂定|修訂|修正|製作|印製|舉辦|召開|培訓|招募|編組|編成|評選|表揚|外聘|聘請|聘用|進用|更換)$")
# 「全年共查獲12件毒品案件」「發生3件住宅竊盜案」: a case verb's count names its subject after the figure (only a known one:
# 「發生18,281件比較」 is no noun)
_CASE_VERB_END = re.compile(r"(?:查獲|破獲|偵破|緝獲|取締|舉發|發生|受理)$")
# words after which the noun following the figure is what it counts, though they are no action of their own:
# 「前往17個分局」「於本市所轄34家上市(櫃)公司」「配置六龜分局及所屬寶來等7個分駐（派出）所」
_BEFORE_COUNTED = re.compile(r"(?:前往|所轄|轄內|配置|輔導|訪視|查訪|稽查|檢查|督導|慰問|補助|獎勵|評選|表揚|分布於|遍及|等|"
                             r"計有|共有|現有|分別由|(?:列冊|列管)(?:共|計|共計)?)$")  # 「目前全市計有174名輔警」「分別由7家公司得標」
_TOTAL_WORD = re.compile(r"(?:總計有|總計|共計|合計|(?<!累)計|共)$")  # 「列冊共」「總計有志工」: no part of the name
# the verb opening a clause that lists examples before its count (「輔導新興區德政里等30個里守望相助隊」)
_COUNTING_VERB = re.compile(r"^(?:配置|輔導|訪視|查訪|稽查|檢查|督導|前往|提出|補助|獎勵|評選|表揚)")
# the words between a list's items when each names its noun after the figure: the noun before, its own verb if any
_NEXT_ITEM = re.compile(rf"(?P<noun>.+?)\s*(?:、|及|和|與|以及)\s*(?P<verb>{_ACTION_END.pattern[:-1]})?")
_BOUND_WORDS = ("以上", "以下", "以內", "左右", "上下")
_NOUN_AFTER = re.compile(r"\s*(?:(?:" + "|".join(_BOUND_WORDS) + r")之?)?\s*[「『]?"
                         r"(?P<noun>(?:[A-Za-z][-A-Za-z]*\s?)?[\u4e00-\u9fffA-Za-z]{1,12}?)[」』]?\s*"
                         r"(?=[，,。；;、（(：:]|(?<![逾達約近超過])[0-9](?![0-9.,]*\s*年)|及|與|並|等|(?<![工合操動])作(?![業為品法])|進行|實施|辦理|執行|予以|得標|承攬|$)")  # 「34家公司作期前查訪」「2所學校79個試場」
_IN_WORD_ASIDE = re.compile(r"[(（][\u4e00-\u9fff]{1,3}[)）](?=[\u4e00-\u9fff])")  # 「分駐（派出）所」「上市(櫃)公司」
# 「前3年」「110至112年」: a span of years an average is taken over
_YEARS_SPAN = re.compile(r"(?:前|近|過去)[0-9一二三四五]年|[0-9]{2,3}\s*(?:至|-|~)\s*[0-9]{2,3}\s*年")
_AVERAGE = re.compile(r"平均(?:值|數)?(?!每|到場|派遣|處理|時間|車流|速)")
# 「1萬5,000元至3萬5,000元不等」: the ends of a range, neither an amount by itself
_RANGE_LOW = re.compile(r"\s*(?:至|到|~)\s*(?P<high>[0-9][0-9,.\s萬億千]*)[^，,；;。0-9]{0,3}?不等")
_SUBSET = re.compile(r"^\s*其中")
# 「暴力犯罪6件全數偵破」: what was cleared after the count says the count is of cases that occurred
_ALL_CLEARED = re.compile(r"\s*[，,]?\s*(?:全數|均已|全部|均)(?:偵破|破獲|破案)")
# 「其中第3季發生1,622件」: a part that says its own measure (the whole before may be another measure of its subject)
_OWN_MEASURE = re.compile(r"(?:發生|破獲|偵破|查獲|破案|取締|舉發|受理)(?:數|件數|案件數|案件)?")


def _noun_after(f: Frame, r: _Reading) -> str:
    """The words right after a figure that name what it counts (「219支攝影機」「40支導入即時車辨功能」), up to the
    clause's end or the next item; empty when a number or nothing follows."""
    m = _NOUN_AFTER.match(_IN_WORD_ASIDE.sub("", r.s.unperiod[f.n.unit_end:f.n.unit_end + 40]))
    return m.group("noun") if m and m.group("noun") not in _BOUND_WORDS else ""  # 「120場以上，」: no noun


def _heading_subject(topic: str) -> str:
    """「加強預防犯罪宣導」 → 預防犯罪宣導: a policy heading without its verb, when what is left names a subject."""
    rest = _POLICY_HEADING.sub("", topic)
    if rest == topic or not subject_in(rest):
        return ""
    # 「強化應受尿液採驗查訪及採驗工作：…列管1,929人」: of a long heading, the subject as printed (應受尿液採驗)
    return rest if len(rest) <= _HEADING_NAME_MAX else last_subject_form(rest) or rest


def _closer_subject(label: str, topic: str) -> str:
    """The name with the heading's subject in place of its own when the vocabulary says the two are the same under
    that heading (``skos:closeMatch``: 刑案 under 全般刑案) or the heading's is a kind of it (「辦理犯罪預防宣導：…辦理
    宣導600場次」: 犯罪預防宣導場次); empty otherwise."""
    own, top = subject_in(label), subject_in(topic)
    if own is None or top is None or top == own or not (top in close_subjects(own) or narrower(top, own)):
        return ""
    form, heading = last_subject_form(label), last_subject_form(topic)
    if not form or not heading or (not narrower(top, own) and form not in heading):
        return ""  # 「刑案分析：本期全般刑案發生9,874件」: the heading's 刑案 says less than 全般刑案
    # 「第一級毒品：查獲毒品案件32件」: the heading's 第一級毒品 takes the place of 毒品, and 案件 stays
    head = next((form[:k] for k in range(len(form), 0, -1) if heading.endswith(form[:k])), form)
    return label.replace(head, heading, 1)


def _sibling_of_previous(f: Frame, r: _Reading, unit: str) -> str:
    """「竊盜案件破獲率95.2%，詐欺案件為88.1%」: a figure naming only another subject is counted as the figure before it
    was (its name with the subject replaced)."""
    own = _clean_label(f.label_text)
    if not (own and last_subject_form(own) == own and r.facts and r.facts[-1].unit == unit
            and r.facts[-1].kind == f.kind):
        return ""
    previous = (r.facts[-1].printed_label or r.facts[-1].indicator).removeprefix(r.topic)  # not the heading's words
    form = last_subject_form(previous)
    if not form or form == own or not previous.startswith(form) or len(previous) == len(form) \
            or subject_in(form) == subject_in(own):
        return ""
    return own + previous[len(form):]


# 「112年元旦連假：…動員警(民)力共計280人次」: a heading naming an occasion says when a figure was counted, so it
# stays in front of every name under it, also of one naming its own subject
_OCCASION = re.compile("|".join(map(re.escape, lexicon.load("periods")["occasion"]["words"])))


_GIVEN_OUT = re.compile(r"(?:核發|發放|發給|致贈)(?P<what>[\u4e00-\u9fff]{2,16}?)(?:計|共計|共)?\s*[0-9][0-9,]*\s*(?:人次|人|名)[。．]?\s*$")
_LEAD_IN_VERB = re.compile(r"^.*?(?:辦理|執行|推動|發放|核發)")
_LEAD_IN_END = re.compile(r"(?:之)?(?:發放|執行|辦理|核發)?(?:情形|情況|狀況|成果|成效|如下|統計)+$")


def _lead_in_object(section: tuple[str, ...], lead_in: str = "") -> str:
    """「(1)警察局所屬各單位辦理111年度退休員工三節慰問金發放情形：」 over 「春節：377人」: what the lines under the
    lead-in count (退休員工三節慰問金), when the lead-in says it in a few words, or what a paragraph ending in a total
    gave out (「…，核發早期退休人員三節特別照護金計12人次。」 over 「春節：4人…」); empty otherwise."""
    if given := _GIVEN_OUT.search(normalise_width(lead_in)):
        return given["what"]
    if not section:
        return ""
    lead = _LEAD_IN_END.sub("", _LIST_MARKER.sub("", section[-1]).strip(" ：:"))
    if lead == section[-1] or re.search(r"[，,。；;「」]", lead):
        return ""  # only a lead-in that ends in 情形/如下 introduces its lines
    counted = _LEADING_PERIOD.sub("", _LEAD_IN_VERB.sub("", lead)).strip()
    return counted if 2 <= len(counted) <= _HEADING_NAME_MAX and not re.search(r"[0-9]", counted) else ""


def _names_its_subject(label: str, topic: str) -> bool:
    """「為民服務：…核發警察刑事紀錄證明42,618件」: a name with a subject of its own (the shared vocabulary's) takes no
    heading in front, unless the heading names the same subject more narrowly (「全般刑案：…刑案發生數」)."""
    if not _PREDICATE_ONLY.match(label) and match_indicator(label) is not None:
        return True  # 「核發警察刑事紀錄證明件數」 is a shared indicator as it stands
    if "、" in label and all(last_subject_form(item) for item in label.split("、")):
        return True  # 「汽車竊盜、機車竊盜破獲率各逾9成5」: subjects of its own, listed
    own, heading = subject_in(label), subject_in(topic)
    # 「毒品查緝：查獲第一級…毒品嫌疑犯各41人」: 第一級毒品 is a kind of the heading's 毒品, already more exact
    return own is not None and (heading in (None, own) or narrower(own, heading))


def _last_named(r: _Reading, unit: str) -> str:
    """The indicator of the sentence's last figure in this unit that is not itself a change (a figure of the period
    compared with names the same indicator: 「與去年同期（5,468件）相較減少251件」)."""
    mine = next((_printed_name(x) for x in reversed(r.facts) if x.unit == unit and x.kind != "change"), "")
    if mine or r.facts:
        return mine
    # a sentence that opens with its change (「…，破獲率100%；較去年同期減少9件」): of the sentence before
    return next((_printed_name(x) for x in reversed(r.earlier) if x.unit == unit and x.kind != "change"), "")


def _respective_item(f: Frame, r: _Reading) -> str:
    """「闖紅燈及超速分別舉發12萬6,405件、20萬3,118件」: the i-th figure after 分別 counts the i-th item listed before
    it, with the verb after 分別 (舉發闖紅燈件數, 舉發超速件數)."""
    place = r.respective.get(f.n.start)
    if place is None or f.kind == "change":
        return ""
    i, m = place
    if i == 0:
        head, _, verb = f.label_text.partition("分別")
        verb = _RESPECTIVE_COPULA.sub("", verb.strip())  # 「起獲制式手槍及非制式槍枝分別為3枝及40枝」: 為 is no verb
        head = _clean_label(head) if head.strip() else ""
        items = _each_items(verb + head) if head else ()
        if len(items) != m and len(subjects := _listed_subjects(head)) == m:
            r.respective_subjects = subjects  # 「暴力犯罪、竊盜犯罪及詐欺犯罪分別發生89件、6,842件及5,317件」
            items = tuple(s + verb for s in subjects)
        elif len(items) != m and len(r.respective_subjects) == m and _PREDICATE_ONLY.match(head + verb):
            items = tuple(s + head + verb for s in r.respective_subjects)  # 「…，破獲率分別為104.49%、98.11%及86.72%」
        r.respective_items = [_unit_noun(x, f.unit) for x in items]
    return r.respective_items[i] if len(r.respective_items) == m else ""


_BETWEEN_ITEMS = re.compile(r"以及|、|及|與|和")


def _listed_subjects(head: str) -> list[str]:
    """「暴力犯罪、竊盜犯罪及詐欺犯罪」 → its three subjects; 「詐欺、竊盜及暴力犯罪」: the last one's 犯罪 is said of all.
    Empty unless every item is a subject of the vocabulary and there are three or more (two are read by
    :func:`_each_items`)."""
    items = [x.strip() for x in _BETWEEN_ITEMS.split(head)]
    if len(items) < 3:
        return []
    tail = next((w for w in ("犯罪", "案件", "案") if items[-1].endswith(w)), "")
    items = [x if x.endswith(tail) else x + tail for x in items]
    return items if all(last_subject_form(x) == x for x in items) else []


def with_schedule(label: str, schedule: str | None) -> str:
    """「查獲毒品案件數」 with 第一級 → 查獲第一級毒品案件數: a drug schedule (a qualifier once read) back in a name."""
    return label.replace("毒品", schedule + "毒品", 1) if schedule and schedule not in label else label


def _printed_name(x: Fact) -> str:
    """What a change of this figure is named: its name with its drug schedule."""
    return with_schedule(x.indicator, x.qualifiers.get("schedule"))


def _compared_name(f: Frame, r: _Reading) -> str:
    """「刑案發生數較110年（1,143件）」: the name printed before 較 in this clause."""
    cy = _COMPARED_YEAR.search(f.before)
    named = _clean_label(f.named[: cy.start()]) if cy else ""
    if not named:
        return ""
    if _PREDICATE_ONLY.match(named) and (r.subject or r.carried):
        named = (r.subject or r.carried) + named
    return _unit_noun(named, f.unit)


_RESPECTIVE = re.compile(r"分別|依序|依次")
_RESPECTIVE_COPULA = re.compile(r"^(?:為|是|計有?|共計?|達|約)")
_RESPECTIVE_END = re.compile(r"[，；;。：:]|,(?![0-9])|(?<![0-9]),")  # not the comma of 「5,432件」
_LISTED = re.compile(r"(?P<a>[^，,；;、及與和]{1,12})(?:及|與|和|、)(?P<b>[^，,；;、及與和]{1,12})\s*(?:(?:較|與|比)[^，,；;]*)?$")


def _listed_names(before: str, r: _Reading) -> list[str]:
    """「…；發生數及破獲率較去年同期分別…」 → [全般刑案發生數, 全般刑案破獲率]: two names listed before the comparison,
    each completed by the sentence's (or paragraph's) subject when it is a bare measure."""
    m = _LISTED.search(before)
    if m is None:
        return []
    names = [_clean_label(m.group("a")), _clean_label(m.group("b"))]
    subject = r.subject or r.carried
    return [subject + n if subject and _PREDICATE_ONLY.match(n) else n for n in names if n]


_LIST_JOIN = re.compile(r"\s*(?:、|及|與|和)\s*")
# a funding source or total right before a bare figure: 「中央0、市府45,320、合計45,320」
_FUNDED = re.compile(r"(?:中央(?:補助)?款?|(?:市府|縣府|本府|地方)(?:自籌|配合)?款?|配合款|自籌款?|合計|小計|總計)\s*[:：為]?\s*$")


def _stated_money(norm: str, numbers: list[NumberMatch], unit: str) -> list[NumberMatch]:
    """「貳、重要計畫及預算（單位：千元）」 over 「…計畫」中央0、市府45,320、合計45,320」: bare figures after a funding
    source or a total are money in the unit the heading states (nothing without such a heading)."""
    if not unit:
        return numbers
    return [replace(n, unit=unit) if n.unit is None and n.kind == "quantity"
            and _FUNDED.search(norm[max(0, n.start - 8):n.start]) else n for n in numbers]


def _listed_units(norm: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """「每月發生數依序為98、104、87及121件」「各季分別為5.1、4.9及4.6分鐘」: after 分別 or 依序, bare figures listed
    before one with a unit are counted in that unit (not money: 萬 and 億 would scale each figure differently)."""
    out = list(numbers)
    first = 0  # the first figure of the list the i-th one ends
    for i, n in enumerate(out):
        if i and not (out[i - 1].unit is None and _LIST_JOIN.fullmatch(norm[out[i - 1].end:n.start])):
            first = i
        if (n.unit and n.unit not in MONEY_UNITS and n.kind == "quantity" and first < i
                and _RESPECTIVE.search(norm[_clause_start(norm, out[first].start):out[first].start])):
            for j in range(first, i):
                if out[j].kind == "quantity":
                    out[j] = replace(out[j], unit=n.unit)
    return out


def _respective_groups(norm: str, numbers: list[NumberMatch]) -> dict[int, tuple[int, int]]:
    """「…分別減少12件及增加5件」: the i-th of m figures after 分別 (up to the clause's end) -> (i, m)."""
    groups: dict[int, tuple[int, int]] = {}
    for m in _RESPECTIVE.finditer(norm):
        end = _RESPECTIVE_END.search(norm, m.end())
        members = [n for n in numbers if m.end() <= n.start < (end.start() if end else len(norm))]
        if len(members) > 1:
            for i, n in enumerate(members):
                groups[n.start] = (i, len(members))
    return groups


_PER_PART = re.compile(r"(?<!平均)[每各逐](?:月|季|年)(?:之|的)?")
_BY_QUARTER = re.compile(r"第\s*[1-4一二三四]\s*季\s*(?:至|到|~|－|-)\s*第\s*[1-4一二三四]\s*季|[各每逐]季|按季")
_BY_MONTH = re.compile(r"[各每逐]月(?=[^，,。；;]*(?:分別|依序|依次))|按月")


def _respective_parts(period: Period, count: int, before: str) -> tuple[list[Period], str] | None:
    """The sub-periods the ``count`` figures of a 分別 list are of, in order, and their grain: the years of a span of
    as many years (「108年至111年…分別為…」), or its quarters or months when the sentence says so (「第1季至第4季分別…」
    「各季分別為…」「1月至12月每月…依序為…」)."""
    grains = ["year", *(["quarter"] if _BY_QUARTER.search(before) else []),
              *(["month"] if _BY_MONTH.search(before) else [])]
    for grain in reversed(grains):
        parts = parts_of(period, grain)
        if len(parts) == count:
            return parts, grain
    return None


def _previous_clause(f: Frame, r: _Reading) -> str:
    """The name the clause before this figure's prints when no figure came between them."""
    if r.facts or f.cstart == 0:
        return ""
    start = _clause_start(r.s.norm, f.cstart - 1)
    named = _clean_label(r.s.norm[max(start, f.prior_end, r.topic_end):f.cstart].strip(_CLAUSE_BREAK))
    if _ORDINAL_ONLY.fullmatch(named):
        return ""  # 「四、逾8成…」: the item's number, not a name
    return _NONE_HAPPENED.sub(r"\1", named)


_THEREAFTER = re.compile(r"其後|此後|之後|以後|爾後|嗣後")
_VERB_GOAL = re.compile(r"(?P<verb>取締|查獲|破獲|偵破|查緝|舉發|攔阻|尋獲|辦理)(?:目標值?|預計|預定)$")
_POLICY_VERB = re.compile(r"^(?:加強|強化|持續|全力|擴大|積極|落實|推動|執行)*(?:取締|查獲|破獲|偵破|查緝|舉發|攔阻|尋獲|辦理)?")


def _goal_object(f: Frame, r: _Reading) -> str:
    """What the clause before a bare 「取締目標」 names: its object without the policy verb, and of a list ending in
    「等X」 the X (「取締闖紅燈、酒駕及超速等重大違規」: 重大違規)."""
    named = _previous_clause(f, r)
    what = _POLICY_VERB.sub("", named)
    what = what.rsplit("等", 1)[-1] if "等" in what else what
    return what if len(what) >= 2 and not _ORDINAL_ONLY.fullmatch(what) else ""


_ORDINAL_ONLY = re.compile(r"[\(（]?[0-9一二三四五六七八九十壹貳參肆伍陸柒捌玖拾]+[\)）]?")
# 「逾8成民眾對治安表示滿意」: a share named by the people it counts and what they said, after the figure
_SHARE_AFTER = re.compile(r"(?:以上|左右)?(?:的|之)?(?P<who>(?:受訪)?(?:民眾|受訪者|市民|縣民|居民|學生|家長|員警|同仁))"
                          r"(?P<what>[^，,；;。0-9]{2,20})")


def _share_after(f: Frame, r: _Reading) -> str:
    """The name of a share printed before what it is a share of; empty when its words do not follow it."""
    m = _SHARE_AFTER.match(r.s.unperiod, f.n.unit_end)
    return _clean_label(m.group("who") + m.group("what")) + "比率" if m else ""  # 「槍擊案件無發生，較去年同期減少1件」: of 槍擊案件發生


INDICATOR_NAMED = re.compile(r"(?:" + _MARKER + r"\s*)?"  # 「（一）績效指標一：全般刑案破獲率。」
                             r"(?:衡量|績效|關鍵績效)指標[一二三四五六七八九十0-9]*(?:名稱)?\s*[：:]\s*(?P<name>[^，,；;。：:]{2,24}?)\s*[；;。]?")
# 「關鍵績效指標1：全般刑案破獲率，衡量標準：…，114年目標值98.5%」: a sentence that opens by naming its indicator
_INDICATOR_OPENS = re.compile(INDICATOR_NAMED.pattern.removesuffix(r"\s*[；;。]?") + r"(?=\s*[，,（(])")


class Carried(NamedTuple):
    """What a sentence leaves for the next one of its paragraph."""

    subject: str = ""
    period: Period | None = None
    facts: tuple[Fact, ...] = ()  # its figures: 「…破獲率100%；較去年同期減少9件」 is a change of the 件 before the ；
    target: str = ""  # the last target named: 「（原訂目標值：120人；實際值：138人；達成度：115%）」's 達成度 is of it
    paragraph: tuple[Fact, ...] | list[Fact] = ()  # the paragraph's figures so far, one list the line's reader extends


def _extract_sentence(s: _Sentence, lineno: int, ctx: ProseContext,
                      carried: Carried = Carried()) -> tuple[list[Fact], Carried]:
    """The facts of one sentence and the subject and period it leaves for the next one of its paragraph."""
    numbers = [n for n in _listed_units(s.norm, _stated_money(s.norm, find_numbers(s.text), ctx.money_unit))
               if n.kind == "quantity" and n.unit and n.unit not in _SKIP_UNITS]
    if not numbers:  # 「衡量指標：詐欺犯罪破獲率；…；年度目標值：114年80%」: the name the figures after it are of
        return [], carried._replace(subject=named["name"]) if (named := INDICATOR_NAMED.fullmatch(s.norm.strip())) else carried
    not_facts = non_fact_spans(s.norm)
    s.read_periods(ctx)
    topic, topic_end = _topic(s)
    r = _Reading(s=s, ctx=ctx, plan=ctx.genre in PLAN_GENRES, passage=Passage(lineno, lineno, s.text.strip(), ctx.section),
                 topic=topic, topic_end=topic_end, carried_period=carried.period,
                 carried=opens["name"] if (opens := _INDICATOR_OPENS.match(s.norm.strip())) else carried.subject,
                 earlier=carried.facts, paragraph=carried.paragraph,
                 respective=_respective_groups(s.norm, [n for n in numbers if n.start not in not_facts]),
                 last_target=carried.target)
    for n in numbers:
        if (rule := not_facts.get(n.start)) is not None:
            if rule.reason not in _PART_OF_NAME:  # 「每月召開1次」 ends a clause; 「100萬元以上營繕工程」 is a name
                r.previous_end = n.unit_end
            continue
        f = _frame(n, r)
        _first(KIND_RULES, f, r)
        if f.skip:
            continue
        _first(ROLE_RULES, f, r)
        label = _name(f, r)
        if f.unit in _DURATION_UNITS and f.kind != "target" and not (
                _TIME_MEASURE.search(label) and not _TIME_RULE.search(f.sentence_before[f.cstart:])):
            continue  # 「每月訪視1次…」「3日」: a time that is a rule or a date, not a measured time
        if f.from_compared:  # the figure it went to is of the period being reported
            own = _own_period_before(r.s, f.cstart + f.from_compared.start())  # printed before 「由上季」
            r.from_to = [label, f.period, None, own or r.carried_period or r.ctx.period]
            r.compared_then = (f.period, r.from_to[3])
            f.rules.append("from_compared_period")
        elif f.undated:
            span = f.period
            earlier = r.from_to if r.from_to is not None and r.from_to[1] is not None and r.from_to[2] is not None \
                and r.from_to[1] != r.from_to[2] else None
            if earlier is not None:
                # 「發生數由110年之412件下降至111年之377件，…破獲率由92.96%提升至97.35%」: the same two years
                f.period = earlier[1]
                r.from_to = [label, earlier[1], None, earlier[2]]
                f.rules.append("from_to_same_years")
            elif span is None and f.unit == "%":
                # 「警用機車逾齡率由38.5%降至31.2%」: a level the period started from, on the day before it began
                begun = r.ctx.period.start - timedelta(days=1)
                f.period = Period(begun, begun)
                r.from_to = [label, f.period, None, r.ctx.period]
                f.rules.append("level_at_start")
            elif span is None or span.start.year >= span.end.year:
                r.from_to = [label, None, None, None]
                continue  # a count of no printed period: only its name is kept, for the figure it went to
            else:
                # 「108年至111年…由812件上升至1,106件」: the first figure is of the span's first year, the next of its last
                f.period = year_period(span.start.year)
                r.from_to = [label, f.period, None, year_period(span.end.year)]
                f.rules.append("span_endpoints")
        items = _each_items(label) if _EACH_BEFORE.search(f.before) else ()
        for item in items or (label,):  # 「詐欺及毒品案各查獲12人」: one figure for each item
            facts = _facts(f, item, r)
            if items:
                for fact in facts:
                    fact.rules = (*fact.rules, "each_item")
            r.facts.extend(facts)
            if facts:
                r.ends[n.unit_end] = facts[0]
    if not r.facts and _FORMULA.search(s.norm):
        return [], carried  # 「衡量標準：（破獲數÷發生數）×100%」 names nothing the next sentence counts
    subject = r.subject if r.before_subset is None else r.before_subset
    return r.facts, Carried(subject or r.topic or carried.subject, _period_to_carry(r) or carried.period,
                            tuple(r.facts) or carried.facts, r.last_target, carried.paragraph)


# the rules that read a figure as a part of the one before (「其中…」)
_PART_RULES = frozenset({"subset_of_previous", "same_measure_in_part_of_period", "part_with_own_measure"})


def _period_to_carry(r: _Reading) -> Period | None:
    """The printed period of the sentence's last actual or target, for the next sentence of the paragraph:
    「9月份…死亡5人，較8月份減少2人；A2類交通事故受傷412人」. A schedule's dates (「工程期程110年7月至112年12月」)
    that no figure took are not carried."""
    # not a figure printed for comparison (「較去年同期2,301件減少158件；破獲2,087件」: 破獲 is of this year)
    compared = {pm.period for pm in r.s.periods if pm.compared}  # 「較上季（4月至6月）1,105件」
    # nor a part of the period (「其中10月份單月發生83件為本期高峰；另…攔阻…59件」: the 59 are of the period reported)
    last = next((x for x in reversed(r.facts) if x.kind in ("actual", "target") and "compared_year_figure" not in x.rules
                 and not _PART_RULES.intersection(x.rules) and x.period not in compared), None)
    if last is not None and _whole_of_parts(r.s, len(r.s.norm), r.ctx.period) is not None:
        return None  # 「第1季發生1,986件、第2季發生1,935件；分局別以…」: a breakdown by parts, not the next clause's period
    return last.period if last is not None else None  # 「…，全年計104件」: the whole period again, from here on


_EACH_VERB = "查獲|破獲|偵破|取締|舉發|辦理|發生|受理|逮捕|移送|尋獲"  # 「…各發生4件」: the verb said of each item
_EACH_BOUND = r"(?:維持|逾|超過|達到?|約|近|至少|不少於)?"  # 「汽車竊盜、機車竊盜破獲率各逾9成5」「…各維持95%以上」
_EACH_BEFORE = re.compile(rf"各\s*(?:{_EACH_VERB}|計)?\s*{_EACH_BOUND}\s*$")
_ITEMS = re.compile(r"^(?P<verb>.*?(?:查獲|破獲|偵破|取締|辦理|執行|實施|起獲|緝獲|受理|發生|以))?(?P<a>[^及與和、]{1,12})"
                    r"(?:及|與|和|、)(?P<b>[^及與和、]{1,12})$")
_SHARED_TAIL = re.compile(r"(?:案件|案)$")
_ITEM_ACTION = re.compile(r"(?:聲請|執行|核發|受理|取締|查獲|破獲|偵破|辦理|舉發|移送|建置|汰換|新設)")
_EACH_AFTER = re.compile(rf"各\s*(?P<verb>{_EACH_VERB})?\s*{_EACH_BOUND}\s*$")


def _each_items(label: str) -> tuple[str, ...]:
    """「破獲走私毒品及槍械案件數」 → (破獲走私毒品案件數, 破獲槍械案件數): the items 各 distributes over, each named with
    the verb before the first and the tail words they share."""
    noun = next((n for n in _ALL_UNIT_NOUNS if label.endswith(n)), "")
    body = label[: len(label) - len(noun)] if noun else label
    each = _EACH_AFTER.search(body)  # 「詐欺及毒品案各查獲12人」: the verb after 各 is said of each item
    if each:
        body = body[: each.start()]
    m = _ITEMS.match(body)
    if m is None:
        return ()
    verb, a, b = m.group("verb") or (each.group("verb") or "" if each else ""), m.group("a"), m.group("b")
    if len(a) == 1 and len(b) >= 2 or (a[-1:] in _NUMERALS and b[:1] in _NUMERALS and len(b) >= 2):
        if a[-2:-1] == "第" and not b.startswith("第"):
            b = "第" + b  # 「第三、四級毒品案件各4件」: 第四級毒品案件
        a += b[1:] if not b.startswith("第") else b[2:]  # 「寒、暑假…各1次」: 寒假… (one character shares b's tail)
    elif (act := _ITEM_ACTION.search(a)) and (b_act := _ITEM_ACTION.match(b)) and len(b) > b_act.end() and act.end() == len(a):
        a += b[b_act.end():]  # 「代為聲請及執行保護令各412件」: 代為聲請保護令, 執行保護令 (the object is said of both)
    tail = _SHARED_TAIL.search(b)
    head_b = b[: tail.start()] if tail else b
    subject_a = last_subject_form(a)
    if subject_a and a.endswith(subject_a) and a != subject_a and last_subject_form(head_b) == head_b:
        b = a[: -len(subject_a)] + b  # 「破獲走私毒品及槍械案」: 走私 is said of both (走私槍械案)
    if tail and not _SHARED_TAIL.search(a):
        if len(head_b) > len(a) and a[:1] == head_b[:1]:
            a += head_b[len(a):]  # 「第一級、第二級毒品案件各查獲38件」: 第一級毒品案件
        a += tail.group()
    elif not tail and len(a) >= 2 and len(b) > len(a) and (rest := b[len(a):]) not in a and (
            last_subject_form(a + rest) != a or rest.endswith(("率", "數"))):  # 「汽車竊盜、機車竊盜破獲率」: a measure
        a += rest  # 「義警、民防常年訓練各16場」「犯罪預防及婦幼安全宣導各218場」: the words after b's first are said of a too
    return tuple(f"{verb}{item}{'數' if noun == '件數' and item.endswith('案件') else noun}" for item in (a, b))


def _facts(f: Frame, label: str, r: _Reading) -> list[Fact]:
    """The facts one read figure states: one, or one per plan year for 「每年」 and 「逐年」 targets."""
    ctx, n, period = r.ctx, f.n, f.period
    if f.reaches and r.from_to[3] is not None and _TO_BARE.match(f.before):
        period = r.from_to[3]
        f.rules.append("span_endpoints")
    elif r.compared_then and period == r.compared_then[0] and not f.from_compared and f.kind != "change":
        period = r.compared_then[1]  # 「A1類交通事故由去年同期4件下降至2件，死亡2人」: 死亡 is of the period reported
    if f.kind == "change" and (f.same_period or period == f.relative_to):
        period = _own_period_before(r.s, n.start)  # 「較111年同期提升2.83%」: of this period, against that one
    if f.compared and f.kind == "actual" and (period is None or period == ctx.period):
        period = _comparison_period(r.s, n.start, ctx)  # 「與去年同期（5,468件）」: last year's figure
    fact_period = _period_after(r.s, n, ctx) or period or _data_note_later(r.s, n, ctx) or r.carried_period or ctx.period
    since = _SINCE_YEAR.search(r.s.norm[:n.start]) if f.kind == "actual" else None
    if since and _CUMULATIVE.search(f.before) and (
            start_year := printed_year(since.group("y"))) and start_year < ctx.period.end.year:
        # 「自110年起推動…，累計建置車牌辨識攝影機4,862支」: everything from that year to the end of the period reported
        fact_period = Period(date(start_year, 1, 1), ctx.period.end, f"{since.group().strip()}迄今")
        f.rules.append("cumulative_since_start")
    elif fact_period.is_instant and f.kind == "actual" and (_DONE_SO_FAR.search(f.before) or _RATE_OF_FLOWS.search(label)):
        # 「截至5月底止，累計查獲毒品嫌疑犯312人」「截至12月底…；因調閱監視器破獲刑案1,528件」「截至4月底全般刑案破獲率
        # 98.30%」: what was done from the start of that year until then (a count of deeds or a clearance rate is of the
        # year so far, never of one day; what is under watch, 列管, is a stock)
        fact_period = Period(date(fact_period.end.year, 1, 1), fact_period.end, fact_period.label)
        f.rules.append("cumulative_since_year_start")

    # 「現有義警1,210人、民防人員860人」「計有防情標示電腦1部，防情UHF無線電話機1部」: items listed after a stock, up
    # to the sentence's end or a clause that does something (「…，全年動員3,000人次」)
    between = r.s.norm[r.stock_until:n.start]
    listed = (r.stock_until >= 0 and not _STOCK_LIST_END.search(between) and not _FLOW_VERB.search(between)
              and f.unit not in _EVENT_UNITS)  # 「…，協勤約2萬3千人次」: person-times happen, they are not in place
    # a period printed in an earlier clause dates the flow, and the stock after it at its end (「全年新增48處，累計達216處」)
    dated_here = any(pm.period is not None and f.cstart <= pm.start and pm.end <= n.start for pm in r.s.periods)
    if (not dated_here and (period is None or f.unit not in _MONEY_UNITS) and f.kind == "actual"
            and (_STOCK_NOW.search(f.before) or listed or _states_now(r.s, n.start))
            and not fact_period.is_instant):
        fact_period = Period(fact_period.end, fact_period.end, f"{fact_period.label}底")  # 「累計達216處」: a stock
        f.rules.append("stock_at_period_end")
        r.stock_until = n.unit_end or n.end
    elif not listed:
        r.stock_until = -1
    if (place := r.respective.get(n.start)) is not None and f.kind != "change" and \
            (parts := _respective_parts(fact_period, place[1], r.s.norm[:n.start])):
        fact_period = parts[0][place[0]]  # 「108年至111年…分別為96%、96.5%…」「第1季至第4季分別查獲312人、287人…」
        label = _PER_PART.sub("", label, count=1)  # 「每月發生數依序為98、104…」: each figure is one month's 發生數
        f.rules.append(f"respective_{parts[1]}s")
    elif place is not None and f.kind != "change":
        if dated_here:
            r.respective_periods[place] = fact_period  # 「…分別為108年6,482件、109年6,215件、110年5,903件」
        elif (earlier := r.respective_periods.get(place)) is not None:
            fact_period = earlier  # 「，破獲率則分別為89.6%、91.3%及93.1%」: the same years, in order
            f.rules.append("respective_years")
    if f.kind == "budget" and fact_period == ctx.period:
        fact_period = fiscal_year(ctx.period)  # a budget is of the fiscal year, in a half-year report too
    if f.opens:  # 「截至6月底，…機車逾齡率由112年底之21.4%降至17.9%」: the level it went to is of the period before 由
        # 「A1類交通事故死亡人數由111年同期之39人降至28人」: with no period before 由, the one reported
        own = _own_period_before(r.s, f.cstart + f.opens.start()) or r.carried_period or ctx.period
        r.from_to = [label, fact_period, None, own if own.end > fact_period.end else None]
    elif f.reaches:
        r.from_to[2] = fact_period
    kind, operator = f.kind, f.operator
    if ctx.targets and kind == "actual":  # under 年度目標值: a bare 85% is at least, for a good thing
        kind, operator = "target", printed_operator(f.before, f.after) or "equal"
        f.rules.append("target_column")
        if f.change and f.before.strip() == f.change.group().strip() and ctx.topic and (
                name := _LEADING_CHANGE.sub("", ctx.topic)):
            # 「降低住宅竊盜發生數 | 以109年…為基準值（312件） | 降低5%」: a relative target of the row's indicator
            operator = "decrease-by" if _sign(f.change.group("verb")) < 0 else "increase-by"
            label, f.relative_to = name, year_before(fact_period)
    if kind == "target" and _BY_YEAR_END.search(f.before) and not dated_here:
        fact_period = year_period(fact_period.end.year)  # 「（第3季報告）…於年底前完成汰換200支」: a target of the year
    if kind == "target" and operator is None and fact_period.end < ctx.period.start:
        kind = "actual"  # 「110年…執行績效均達100%」 in a 111 plan reports the past
        f.rules.append("past_is_actual")
    if kind == "target":
        operator = operator or printed_operator(f.before, f.after) or "equal"
        # 「113年達93%，其後每年提升0.5個百分點」: the yearly targets start after the year already stated
        after = max((x.period.end.year for x in r.facts), default=0) if _THEREAFTER.search(f.before) else 0
        if operator in ("increase-by", "decrease-by"):
            # 「以前年（111年）…死亡人數（21人）為基準值，目標減少2人」: measured from that baseline, when one year
            base = next((x.period for x in reversed((*r.earlier, *r.facts)) if x.kind == "baseline"
                         and x.period.start.year == x.period.end.year), None) if (
                not ctx.plan_years or _TO_BASELINE_ANYWHERE.search(f.before)) else None  # 「每年目標較基準值增加5%」
            if ctx.plan_years and (upto := _CUMULATIVE_TO_YEAR.search(f.before)) and (
                    year := printed_year(upto["y"])) in ctx.plan_years:
                # 「以110年之6,214件為基準值，逐年降低2%，至114年累計降低8%」: one target, of 114 against the baseline
                baseline = next((x.period for x in reversed((*r.earlier, *r.facts)) if x.kind == "baseline"), None)
                return _relative_targets(n, f.value, label, r.passage,
                                         replace(ctx, plan_years=(year,)), operator, r.s,
                                         (*f.rules, "cumulative_to_plan_year"), 0, baseline)
            if ctx.plan_years and not _EACH_YEAR.search(f.before) and (own := _own_period_before(r.s, n.start)) \
                    and own.start.year == own.end.year and own.start.year in ctx.plan_years:
                # 「以110年A1類交通事故死亡71人為基準，114年降低10%」: one target, of that plan year against the baseline
                baseline = next((x.period for x in reversed((*r.earlier, *r.facts)) if x.kind == "baseline"), None)
                return _relative_targets(n, f.value, label, r.passage, replace(ctx, plan_years=(own.start.year,)),
                                         operator, r.s, (*f.rules, "one_plan_year"), 0, baseline)
            return _relative_targets(n, f.value, label, r.passage, ctx, operator, r.s, tuple(f.rules), after, base)
        each_year = _EACH_YEAR.search(f.before) or (  # 「每年至少辦理…120場、校園犯罪預防宣導不少於300場」: each item
            r.facts and "each_plan_year" in r.facts[-1].rules and _next_list_item(f, r)) or (
            _EACH_YEAR_OPENS.match(r.s.norm))  # 「各年度資本門預算執行率均達90%以上，經常門…則控制在3%以內」: all of it
        since = _SINCE_YEAR.search(f.before) if each_year else None  # 「自113年起每年攔阻詐欺金額目標為3億元」
        if since and period is not None and (years := tuple(y for y in ctx.plan_years if y >= period.start.year)):
            ctx = replace(ctx, plan_years=years)
        if (ctx.plan_years and each_year and not _TOTAL_BEFORE.search(f.before)
                and (period is None or period.start.year != period.end.year or since
                     or (_EACH_YEAR.search(f.before) and not _YEAR_PRINTED.search(f.before)))):  # 「，並每年取締…」
            own = _EACH_YEAR.sub("", label)
            if own in ("", _UNIT_NOUN.get(f.unit)) and f.earlier_label:
                label = _unit_noun(_EACH_YEAR.sub("", f.earlier_label), f.unit)
            elif own:
                label = _EACH_YEAR_AT_EDGE.sub("", label)  # 「中輟學生尋獲率各年度均維持九成以上」: 中輟學生尋獲率
            return _yearly_targets(n, f.value, label, r.passage, ctx, operator, r.s, (*f.rules, "each_plan_year"), after)
    if kind == "budget" and ctx.plan_years and _EACH_YEAR.search(f.before) and not _TOTAL_BEFORE.search(f.before):
        # 「另每年編列設備維護費新臺幣300萬元」 in a mid-term plan: that money in each plan year
        return _yearly_targets(n, f.value, _EACH_YEAR.sub("", label), r.passage, ctx, None, r.s,
                               (*f.rules, "each_plan_year"), kind="budget")
    qualifiers = dict(ctx.qualifiers)
    shared = None
    # 「經費需求：1,250萬元」: a heading that names the money names its source too
    own_words = _CURRENCY_WORDS.sub("", f.named).strip(" ：:，,")  # 「所需經費：新臺幣2,345萬元」 names nothing itself
    if kind == "budget" and (funding := funding_of(f.named if own_words else r.topic)) is not None:
        # 「中央補助4,500萬元、縣府自籌7,845萬元」「編列預算1億2,345萬元」: each source of a programme's budget
        qualifiers["funding"] = funding
        if f.unit == "%":
            label = SHARE_NAME[funding]
        else:  # named as printed (several programmes' budgets may share a sentence), mapped by its source
            own = len(label) > 1 and funding_of(label) in (None, funding)  # 「、本府880萬元」: not 「中央金額」
            label, shared = label if own else f"預算金額（{FUNDING_ZH[funding]}）", SHARED[funding]
        f.rules.append("funding_source")
    schedule = SCHEDULE.search(label)
    if schedule:  # drug schedule is a qualifier of the shared drug indicators, not part of the name
        qualifiers["schedule"] = schedule.group().removesuffix("毒品")
        label = SCHEDULE.sub("毒品" if "毒品" in schedule.group() else "", label, count=1) or label
    if (includes := _INCLUDES_NOTE.match(r.s.text, n.unit_end)) and not _EARLIER_CASES.search(includes["what"]):
        qualifiers["includes"] = includes["what"]  # 「363人(含目標)」: more than its name counts
    if kind != "budget" and (place := _PLACE_OF_WORK.search(f.before)):
        qualifiers["place"] = place["place"]  # 「於永安區裝設72支攝影機」: one district's, a part of the agency's
    if f.range_end:
        qualifiers["range"] = f.range_end  # the low or high end of a range printed with 不等
    if n.approx:
        qualifiers["approx"] = n.approx
    if n.bound and kind != "target":
        qualifiers["bound"] = n.bound
        if kind == "actual" and operator is None:
            operator = actual_bound(n.bound)  # 「其中逾3成為少年」: more than 30 %
    return [Fact(
        kind=kind, indicator=label, value=f.value, unit=f.printed_unit or n.unit, period=fact_period, passage=r.passage,
        value_text=r.s.text[n.start:n.unit_end], program=ctx.program, operator=operator,
        relative_to=f.relative_to, qualifiers=qualifiers, printed_label=label, rules=tuple(f.rules),
        shared_indicator=shared,
    )]


def _comparison_period(s: _Sentence, pos: int, ctx: ProseContext) -> Period | None:
    span = years_before(s.norm[:pos], ctx.period)  # 「較前3年平均值下降5%」: the three years before
    if span is not None:
        return span
    period, same = _period_before(s, pos, reference=True)
    if period is not None and (same or period != ctx.period):
        return period
    if ctx.comparison is not None:
        return ctx.comparison
    if re.search(r"去年|前一年|上年", s.norm[:pos]):
        return year_before(ctx.period)
    return None


def _relative_targets(n: NumberMatch, value: Decimal, label: str, passage: Passage, ctx: ProseContext,
                      operator: str, s: _Sentence, rules: tuple[str, ...], after: int = 0,
                      base: Period | None = None) -> list[Fact]:
    """「逐年增加1%」 → one relative target per plan year (after ``after``), each relative to the year before (or to
    the years a 「較前3年平均值」 names)."""
    years = [y for y in ctx.plan_years if y > after] if ctx.plan_years else [ctx.period.start.year]
    # 「警察志工人數較112年底之812人成長2%」 in a one-year plan: measured from that instant, not the whole year 112
    printed = None if ctx.plan_years else _comparison_period(s, n.start, ctx)
    facts = []
    for year in years:
        period = year_period(year) if ctx.plan_years else ctx.period
        compared = printed if printed is not None and printed.end < period.start else None
        facts.append(Fact(
            kind="target", indicator=label, value=abs(value), unit=n.unit, period=period, passage=passage,
            value_text=s.text[n.start:n.unit_end], program=ctx.program, operator=operator,
            relative_to=years_before(s.norm[:n.start], period) or base or compared or year_before(period),  # 「較前3年平均值」
            qualifiers=dict(ctx.qualifiers), printed_label=label, rules=rules,
        ))
    return facts


def _yearly_targets(n: NumberMatch, value: Decimal, label: str, passage: Passage, ctx: ProseContext,
                    operator: str | None, s: _Sentence, rules: tuple[str, ...], after: int = 0,
                    kind: str = "target") -> list[Fact]:
    """「每年約23支」 in a multi-year plan: the same level target for each plan year (or, 「每年編列…300萬元」, the
    same budget)."""
    return [
        Fact(kind=kind, indicator=label, value=value, unit=n.unit,
             period=year_period(y), passage=passage,
             value_text=s.text[n.start:n.unit_end], program=ctx.program, operator=operator,
             qualifiers={**ctx.qualifiers, **({"approx": n.approx} if n.approx else {})}, printed_label=label,
             rules=rules)
        for y in ctx.plan_years if y > after
    ]
