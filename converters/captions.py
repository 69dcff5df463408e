"""Cell captions: the short line over a table cell's figures names what they count.

Tables copied out of DOCX/ODT or PDF often come as one cell per line, the row's caption on its own line and
its figures on the next (「查緝非法槍械」 then 「查獲45件、43人…」; 「遏止毒品氾濫」, 「第一級」 then
「查獲349件、400人…」). The figures' own words (「查獲」) name no subject; the caption does.

| rule | example |
|---|---|
| a caption is a short line with no figure and no sentence punctuation, not an outline heading | 「查緝非法槍械」 |
| a caption naming a subject sets it for the figures after it | 查緝非法槍械 → firearms |
| a caption naming a drug schedule keeps the subject and qualifies the figures | 遏止毒品氾濫 / 第二級 → drugs, 第二級 |
| any other caption ends the subject before it, and so do an outline heading and a blank line | 「檢肅幫派組合」 |
| a figure whose name has a subject of its own keeps it (framing matches the name first) | 「各類彈藥831顆」 |
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from twpolice import composition
from twpolice.converters.prose import SCHEDULE
from twpolice.model import Fact

MAX_CAPTION = 20
_NOT_CAPTION = re.compile(r"[0-9０-９，,。；;：:、!！?？]")


@dataclass
class Captions:
    """The subject and qualifiers the captions read so far give the figures after them."""

    subject: str | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)

    def read(self, line: str) -> bool:
        """Take ``line`` as a caption if it is one; True when it was."""
        text = line.strip()
        if not 2 <= len(text) <= MAX_CAPTION or _NOT_CAPTION.search(SCHEDULE.sub("", text)):
            return False
        schedule = SCHEDULE.search(text)
        subject = composition.subject_in(text)
        if schedule and subject is None:
            self.qualifiers = {"schedule": schedule.group().removesuffix("毒品")}
        else:
            self.subject, self.qualifiers = subject, {}
        return True

    def reset(self) -> None:
        self.subject, self.qualifiers = None, {}


_EVENT_MEASURES = frozenset({"sessions", "attendance"})


def give_subject(fact: Fact, subject: str | None) -> None:
    """The caption's subject, for a figure whose name has none of its own (「查獲非法槍彈件數」 keeps firearms) or only a
    broader one (「加強婦幼安全宣導」 over 「本期共宣導301場次」: 宣導 is said of 婦幼安全宣導)."""
    if not subject or fact.subject:
        return
    own, measure = composition.parse_indicator(fact.indicator, fact.unit)
    if own is None:
        fact.subject = subject
    elif composition.narrower(subject, own) and measure and (named := composition.compose_label(subject, measure)):
        fact.subject, fact.printed_label = subject, fact.printed_label or fact.indicator
        fact.indicator = named
    elif measure in _EVENT_MEASURES and (kind := composition.kind_about(own, subject)) and (
            named := composition.compose_label(kind, measure)):
        # 「防杜外來人口非法活動…」 over 「…宣導16場次」: the kind of 宣導 that is about 外來人口, 外來人口宣導場次 (only events
        # are about a topic: firearms seized under 「檢肅黑槍防制暴力犯罪」 are no shootings)
        fact.subject, fact.printed_label = kind, fact.printed_label or fact.indicator
        fact.indicator = named
