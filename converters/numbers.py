"""Numbers as printed in Taiwanese government documents.

「10,182」, 「3億8,112萬8,306元」, 「83 萬 4,000」, 「１２３」, 「1.5萬」, 「269萬餘元」, 「103.5％」.
One scanner for every converter: it reports each number with its printed unit (from the
unit vocabulary, :mod:`twpolice.converters.units`) and a ``kind`` so a converter can skip
years, dates, list markers and codes (「A1類」, 「3：1」, 「110報案」) instead of each
genre re-learning which digits are not quantities. Dates are recognised by the period
grammar in :mod:`twpolice.converters.periods`, not by a second date parser here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal

from twpolice.converters.periods import date_spans
from twpolice.normalise import CN_DIGITS as _CN_DIGITS, normalise_width
from twpolice.converters.units import match_unit_at

__all__ = ["KINDS", "NumberMatch", "find_numbers", "parse_chinese_number", "parse_number"]

KINDS = ("quantity", "year", "date", "ordinal", "code")


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One printed number; ``s[start:end] == printed`` (the number with its 萬/億 parts, no unit).

    ``unit`` is the printed unit right after it (``s[unit_end - len(unit):unit_end]``), or None;
    ``unit_end`` is where the unit ends (== ``end``, or after 「餘」/「多」, when there is none).
    ``phrase_start``/``phrase_end`` also cover 「約」「達」 before and 「以上」 after, for quoting.
    Money is in 元 (「140萬元」 → 1400000, unit 元); 千元 stays as printed.
    """

    start: int
    end: int
    value: Decimal
    printed: str
    unit: str | None
    unit_end: int
    kind: str  # one of KINDS
    approx: str | None = None  # 約 / 近 / 逾 before, 餘 / 多 / 左右 after
    bound: str | None = None  # 以上 / 以下 / 以內 after, or 至少 / 達 / 逾 / 未滿 / 超過 … before
    phrase_start: int = 0
    phrase_end: int = 0


# --- the number grammar (matched on normalise_width(s): same offsets, ASCII digits) ------------

_INT = r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+"
# A fraction never swallows a year: 「2.111年度」 is list item 2 about the year 111.
_FRAC = r"(?:\.(?![0-9]{2,3}[ ]?年)[0-9]+)?"
_SIMPLE = rf"(?:{_INT}){_FRAC}"
# A digit with a positional 千/百: 「8萬5千人次」「1萬2千件」「3千5百萬元」「2千人」.
_PLACE = r"[0-9][ ]?千(?:[ ]?[0-9][ ]?百)?|[0-9][ ]?百"
_REST = rf"(?:{_INT})(?![ ]?[萬億.0-9千百])|(?:{_PLACE})(?![ ]?[萬億])"
_NUMBER_RE = re.compile(
    rf"(?=[0-9])(?<![0-9])(?:"
    rf"(?P<yi>{_SIMPLE}|{_PLACE})[ ]?億(?:[ ]?(?P<yw>{_INT}|{_PLACE})[ ]?萬)?(?:[ ]?(?P<yr>{_REST}))?"
    rf"|(?P<w>{_PLACE}|{_SIMPLE})[ ]?萬(?:[ ]?(?P<wr>{_REST}))?"
    rf"|(?P<p>[0-9][ ]?千[ ]?[0-9][ ]?百|[0-9][ ]?千(?![ ]?元))"  # 「5千元」 stays 5 千元 (a unit of money)
    rf"|(?P<n>{_SIMPLE})"
    rf")"
)
_PLACE_DIGIT = re.compile(r"([0-9])[ ]?([千百])")
_PLACE_VALUE = {"千": 1000, "百": 100}
_CIRCLED_RE = re.compile("[\u2460-\u2473]")
_ANY_NUMBER = re.compile("[0-9\uff10-\uff19\u2460-\u2473]|百分之")
_PERCENT_CN_RE = re.compile(r"百分之(?P<cn>[零〇一二兩三四五六七八九十百點]+)")
# tenths: 「8成」 = 80 %, 「8成5」 = 85 %, 「逾3成為少年」 30 %; not 「3成長」「完成」-like words (成立, 成果, 成效 …)
_TENTHS = re.compile(r"成(?P<m>[1-9](?![0-9.]))?(?![立長果效員功本年績就交案形熟敗])")

# --- context around a number ------------------------------------------------------------------

# Words before a number: (word, approx, bound). 「逾」 is both (more than, so not exact).
_BEFORE_WORD = re.compile(r"(?:不得超過|不超過|超過|至少|最少|最多|未滿|未達|不足|低於|高於|大約|將近|約|(?<!最)近|逾|達)[ ]?$")
_BEFORE_LAST = frozenset("過少多滿達足於約近逾")
_APPROX_WORDS = frozenset({"大約", "將近", "約", "近", "逾"})
_AFTER_WORD = re.compile(r"[ ]?(?:(?P<bound>以上|以下|以內|之內)|左右)")
_AFTER_FIRST = frozenset("以之左")
_APPROX_AFTER = re.compile(r"餘|多")
_ORDINAL_PREFIX = re.compile(r"第[ ]?$")
_CLOSE_PAREN = re.compile(r"[ ]?\)")
_MARKER_BEFORE_YEAR = re.compile(r"\.[0-9]{2,3}[ ]?年")
_LIST_LEFT = re.compile(r"(?:^|[\n\t >。；;：:︰、*•※\]」-])[ ]*$")
_AFTER_LISTED_FIGURE = re.compile(r"[0-9][ ]?、[ ]*$")
_RATIO_BEFORE = re.compile(r"[0-9][ ]?:[ ]?$")
_RATIO_AFTER = re.compile(r"[ ]?:[ ]?[0-9]")
_HOTLINE_AFTER = re.compile(r"[ ]?(?:報案|專線|反詐|勤務|受理|雲端|e[ ]?化|緊急|電話|派遣|系統|保護|查詢|服務|市民|視訊|員警|」)")
_HOTLINE_BEFORE = re.compile(r"(?:撥打|通報|撥|電話)[ ]?$")
_HOTLINES = {"110", "119", "165", "113", "112", "1999", "1955", "1925", "1957"}
_TIME_OF_DAY = re.compile(r"[ ]?(?:至|-|~)?[ ]?(?:[0-9]{1,2}[ ]?)?時(?![間段數效程代])")
# Units that are about dates or durations, which the measurement vocabulary does not carry.
_TIME_UNITS = re.compile(r"年度|年|月|時|歲|倍")
# A unit character that starts another word (「中央：5,033 本府」 is not 5,033 本).
_NOT_UNIT_BEFORE: dict[str, str] = {
    "本": "府局市轄署部院期年月單案所國縣區", "場": "所地域館合景", "處": "理分置所長罰遇",
    "名": "冊單義稱額", "位": "置於址", "張": "貼", "組": "合織成長", "案": "件由例類",
    "臺": "灣北中南東幣", "台": "灣北中南東幣", "次": "級數要長", "期": "間程末中初滿限能望待以",
    "班": "長", "隊": "長員部", "戶": "口籍政", "人": "員口力士", "個": "案人別體", "支": "援出付持應",
    "項": "目", "筆": "錄", "元": "旦素", "部": "分門署會長隊", "所": "以有屬需在得謂", "家": "庭屬長暴戶",
    "具": "體有備", "座": "談位", "只": "有要是能", "線": "上索路", "發": "生現布動出展放給揮",
    "回": "報饋復應收", "套": "房裝", "把": "關握", "克": "服", "周": "邊末延知遭圍", "份": "子",
    "日": "本", "天": "然",
}
_TEN_THOUSAND = Decimal(10_000)
_HUNDRED_MILLION = Decimal(100_000_000)


def _dec(token: str) -> Decimal:
    """「10,182」 → 10182; 「5千3百」 → 5300 (digits with positional 千/百)."""
    if "千" in token or "百" in token:
        return Decimal(sum(int(d) * _PLACE_VALUE[p] for d, p in _PLACE_DIGIT.findall(token)))
    return Decimal(token.replace(",", ""))


def _integral(v: Decimal) -> Decimal:
    """1.5萬 → 15000, not 15000.0; printed precision is kept for plain decimals (10.10)."""
    return v.to_integral_value() if v == v.to_integral_value() else v


def _value_of(m: re.Match[str]) -> tuple[Decimal, int]:
    """Value and end offset of a number match; an impossible 萬/億 remainder is left out."""
    if m.group("n") is not None:
        return _dec(m.group("n")), m.end()
    if m.group("p") is not None:
        return _dec(m.group("p")), m.end()
    if m.group("w") is not None:
        head = _dec(m.group("w"))
        rest = m.group("wr")
        if rest is not None and "." not in m.group("w") and _dec(rest) < _TEN_THOUSAND:
            return head * _TEN_THOUSAND + _dec(rest), m.end()
        return _integral(head * _TEN_THOUSAND), _wan_end(m)
    head = _dec(m.group("yi")) * _HUNDRED_MILLION
    end = _yi_end(m)
    if m.group("yw") is not None:
        wan = _dec(m.group("yw"))
        if wan >= _TEN_THOUSAND or "." in m.group("yi"):
            return _integral(head), end
        head += wan * _TEN_THOUSAND
        end = m.end("yw") + _after_char(m, m.end("yw"), "萬")
    rest = m.group("yr")
    if rest is not None and "." not in m.group("yi") and _dec(rest) < _TEN_THOUSAND:
        return head + _dec(rest), m.end()
    return _integral(head), end


def _after_char(m: re.Match[str], pos: int, ch: str) -> int:
    """Length up to and including ``ch`` after ``pos`` (an optional space may precede it)."""
    s = m.string
    return 2 if s.startswith(" " + ch, pos) else 1


def _wan_end(m: re.Match[str]) -> int:
    return m.end("w") + _after_char(m, m.end("w"), "萬")


def _yi_end(m: re.Match[str]) -> int:
    return m.end("yi") + _after_char(m, m.end("yi"), "億")


def _unit_at(s: str, norm: str, pos: int) -> str | None:
    """Longest printed unit at ``pos`` (vocabulary or date/duration word), not starting another word; matched
    width-folded (「人（次）」 is 「人(次)」), returned as printed."""
    u = match_unit_at(norm, pos)
    if u is not None:
        u = s[pos : pos + len(u)]
    t = _TIME_UNITS.match(norm, pos)
    if t is not None and (u is None or len(t.group()) > len(u)):
        u = s[pos : t.end()]
    if u is None:
        return None
    following = norm[pos + len(u) : pos + len(u) + 1]
    if following and following in _NOT_UNIT_BEFORE.get(u[-1], "") and len(u) == 1:
        return None
    if u[-1:].isascii() and u[-1:].isalpha() and following.isascii() and following.isalpha():
        return None  # 「5 kgX」: part of a word, not a unit
    return u


def _in_spans(spans: list[tuple[int, int, str]], starts: list[int], pos: int) -> str | None:
    i = bisect_right(starts, pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i][2]
    return None


def _classify(norm: str, start: int, end: int, digits: str, unit: str | None, bounded: bool) -> str | None:
    """ordinal / code from the characters around the number; None means quantity (or date, decided by the caller)."""
    before = norm[max(0, start - 6) : start]
    nxt = norm[end : end + 1]
    if "第" in before[-2:] and _ORDINAL_PREFIX.search(before):
        return "code" if nxt == "號" or norm.startswith(" 號", end) else "ordinal"
    if nxt == "號":
        return "code"
    left = before[-2:-1] if before[-1:] == "-" else before[-1:]
    if (nxt.isascii() and nxt.isalpha() and unit is None) or (left.isascii() and left.isalpha()):
        return "code"  # 「A1」, 「COVID-19」, 「5G」
    if ":" in before[-3:] and _RATIO_BEFORE.search(before) or ":" in norm[end : end + 2] and _RATIO_AFTER.match(norm, end):
        return "code"
    plain = digits.isdigit()
    if plain and len(digits) <= 3 and before.endswith(("(", "( ")) and _CLOSE_PAREN.match(norm, end):
        return "ordinal"
    if plain and len(digits) <= 2 and nxt in (".", "、") and _LIST_LEFT.search(before) \
            and not _AFTER_LISTED_FIGURE.search(before):  # 「依序為98、104、87、112…」: a list of figures
        if nxt == "、" or not norm[end + 1 : end + 2].isdigit() or _MARKER_BEFORE_YEAR.match(norm, end):
            return "ordinal"
    if len(digits) > 1 and digits[0] == "0" and digits.isdigit():
        return "code"  # 「0511、0607」 dates or serials, never a printed quantity
    if digits in _HOTLINES and (_HOTLINE_AFTER.match(norm, end) or _HOTLINE_BEFORE.search(before)):
        return "code"
    if not bounded and ((digits == "24" and unit == "小時") or (digits == "365" and unit in ("天", "日"))):
        return "code"  # 「24小時全天候」 is an idiom, not a duration
    return None


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


_MIN_SEC = re.compile(r"\s*分\s*(?P<s>[0-5]?[0-9])\s*秒")


def find_numbers(s: str) -> list[NumberMatch]:
    """Every number in ``s``, left to right; never raises.

    A 萬/億 composite is one number; a unit ends the number, so digits inside a unit
    (「件/10萬人」) are not reported again. Callers usually keep ``kind == "quantity"``.
    """
    if not _ANY_NUMBER.search(s) and not _CN_COUNT_RE.search(s) and not ("成" in s and _CN_TENTHS_RE.search(s)):
        return []
    norm = normalise_width(s)
    spans = date_spans(s, norm)
    starts = [sp[0] for sp in spans]
    out: list[NumberMatch] = []
    pos = 0
    while (m := _NUMBER_RE.search(norm, pos)) is not None:
        start = m.start()
        value, end = _value_of(m)  # may stop before m.end(): 「1萬12,000」 is 1萬 then 12,000
        digits = norm[start:end].replace(",", "")
        approx = None
        cursor = end
        if (after := _APPROX_AFTER.match(norm, end)) is not None:
            nxt = after.end() + (norm[after.end() : after.end() + 1] == " ")
            # 「269萬餘元」, 「5,100多人」; but 「多元化」 after a number is a word, not 「more than」
            if after.group() == "餘" or _unit_at(s, norm, nxt) or not _is_cjk(norm[nxt : nxt + 1]):
                approx, cursor = after.group(), after.end()
        upos = cursor + 1 if norm[cursor : cursor + 1] == " " else cursor
        unit = _unit_at(s, norm, upos)
        unit_end = upos + len(unit) if unit else cursor
        if unit is None and approx is None and digits.isdigit() and 1 <= int(digits) <= 10 and (
            tenths := _TENTHS.match(norm, end)
        ) is not None:  # 「8成5」 is 85 %, 「逾3成」 30 %: printed like 「百分之八十五」, the unit is in the number
            value = Decimal(int(digits) * 10 + int(tenths.group("m") or 0))
            end = unit_end = tenths.end()
            unit = "%"
        if unit is None and approx is None and digits.isdigit() and (ms := _MIN_SEC.match(norm, end)) is not None:
            value = Decimal(int(digits) * 60 + int(ms.group("s")))  # 「4分32秒」: one duration, in seconds
            end = unit_end = ms.end()
            unit = "秒"
        approx, bound, phrase_start, phrase_end = _words_around(norm, start, unit_end, approx)

        span_kind = _in_spans(spans, starts, start)
        if span_kind is not None:
            kind = "year" if span_kind == "year" else "date"
        elif unit in (None, "時") and "時" in norm[end : end + 6] and _TIME_OF_DAY.match(norm, end):
            kind = "date"  # 「22時」, 「凌晨0至6時」
        elif unit in ("日", "號") and norm[max(0, start - 3) : start].rstrip().endswith("同月"):
            kind = "date"  # 「至同月29日」
        else:
            kind = _classify(norm, start, end, digits, unit, bound is not None) or "quantity"
        if kind == "quantity" and start > 0 and norm[start - 1] in "+-":
            prev = norm[start - 2 : start - 1]
            if not prev or not (prev.isalnum() or prev in ".,"):  # 「錯-5分鐘」 is a dash, not a sign
                start -= 1
                phrase_start = min(phrase_start, start)
                if norm[start] == "-":
                    value = -value
        out.append(
            NumberMatch(
                start=start, end=end, value=value, printed=s[start:end], unit=unit, unit_end=unit_end,
                kind=kind, approx=approx, bound=bound, phrase_start=phrase_start, phrase_end=phrase_end,
            )
        )
        pos = unit_end
    if "百分之" in s:
        out.extend(_percent_words(s))
        out.sort(key=lambda n: n.start)
    if _CN_COUNT_RE.search(norm):
        out.extend(_chinese_counts(s, norm))
        out.sort(key=lambda n: n.start)
    if "成" in norm and _CN_TENTHS_RE.search(norm):
        out.extend(_chinese_tenths(s, norm))
        out.sort(key=lambda n: n.start)
    if _CIRCLED_RE.search(s):
        out.extend(
            NumberMatch(c.start(), c.end(), Decimal(ord(c.group()) - 0x245F), c.group(), None, c.end(), "ordinal",
                        phrase_start=c.start(), phrase_end=c.end())
            for c in _CIRCLED_RE.finditer(s)
        )
        out.sort(key=lambda n: n.start)
    return out


# A count printed in Chinese numerals with a positional 十/百/千 and a unit: 「三十二人」「一百零五人」「六十七件」.
# One-character numerals (「一次」「三大主軸」「二級」) and ordinals (「第十二次」) are words, not counts.
_CN_COUNT_RE = re.compile(r"(?<![0-9.,零〇一二兩三四五六七八九十百千萬億第])"
                          r"(?=[一二兩三四五六七八九十百千萬億]*[十百千萬億])[一二兩三四五六七八九十百千][零〇一二兩三四五六七八九十百千萬億]+"
                          r"(?![零〇一二兩三四五六七八九十百千萬億])")


_CN_NOT_COUNT = frozenset({"%", "年", "月", "日", "時", "號", "歲"})


def _chinese_counts(s: str, norm: str) -> list[NumberMatch]:
    """「參訓人員計三百二十人」 → 320 人; only when a unit follows (「十大」「百分之…」 are not counts)."""
    found = []
    for m in _CN_COUNT_RE.finditer(norm):
        if norm[max(0, m.start() - 3):m.start()].endswith("百分之"):
            continue
        unit = _unit_at(s, norm, m.end())
        numeral = m.group()
        if unit == "元" and numeral[-1] in "萬億":  # 「八百六十五萬元」: 865 萬元, as 「865萬元」 reads
            numeral, unit = numeral[:-1], numeral[-1] + unit
        value = parse_chinese_number(numeral)
        if unit is None or unit in _CN_NOT_COUNT or value is None:
            continue  # 「十一月」「五十年」 are dates or ages
        found.append(NumberMatch(m.start(), m.end(), value, s[m.start():m.end()], unit, m.end() + len(unit),
                                 "quantity", phrase_start=m.start(), phrase_end=m.end() + len(unit)))
    return found


def _words_around(norm: str, start: int, end: int, approx: str | None) -> tuple[str | None, str | None, int, int]:
    """The bound and approximation words around a figure (「逾」「約」 before it, 「以上」「左右」 after it): (approx,
    bound, where its phrase starts, where it ends)."""
    bound, phrase_start, phrase_end = None, start, end
    before = norm[max(0, start - 5) : start]
    if before.rstrip(" ")[-1:] in _BEFORE_LAST and (w := _BEFORE_WORD.search(before)) is not None:
        word = w.group().strip()
        phrase_start = start - len(w.group())
        if word in _APPROX_WORDS:
            approx = approx or word
        if word not in _APPROX_WORDS or word == "逾":
            bound = word
    if norm[end : end + 2].lstrip(" ")[:1] in _AFTER_FIRST and (w := _AFTER_WORD.match(norm, end)) is not None:
        phrase_end = w.end()
        if w.group("bound"):
            bound = w.group("bound")
        else:
            approx = approx or "左右"
    return approx, bound, phrase_start, phrase_end


# 「一成二」 12 %, 「逾八成」 80 %: tenths in Chinese numerals, as 「8成5」 in digits (not 「一成不變」「三成員」)
_CN_TENTHS_RE = re.compile(r"(?<![零〇一二兩三四五六七八九十百千萬億第])(?P<d>[一二兩三四五六七八九]|十)成"
                           r"(?P<m>[一二三四五六七八九](?![零〇一二兩三四五六七八九十百千]))?"
                           r"(?![立長果效員功本年績就交案形熟敗不])")


def _chinese_tenths(s: str, norm: str) -> list[NumberMatch]:
    found = []
    for m in _CN_TENTHS_RE.finditer(norm):
        tens = 10 if m.group("d") == "十" else _CN_DIGITS[m.group("d")]
        value = Decimal(tens * 10 + (_CN_DIGITS[m.group("m")] if m.group("m") else 0))
        approx, bound, start, end = _words_around(norm, m.start(), m.end(), None)
        found.append(NumberMatch(m.start(), m.end(), value, s[m.start():m.end()], "%", m.end(), "quantity",
                                 approx=approx, bound=bound, phrase_start=start, phrase_end=end))
    return found


def _percent_words(s: str) -> list[NumberMatch]:
    """「百分之八點七」 → 8.7 %, 「百分之百」 → 100 %."""
    found = []
    for m in _PERCENT_CN_RE.finditer(s):
        v = parse_chinese_number(m.group("cn"))
        if v is not None:
            found.append(NumberMatch(m.start(), m.end(), v, m.group(), "%", m.end(), "quantity",
                                     phrase_start=m.start(), phrase_end=m.end()))
    return found


# --- single tokens -------------------------------------------------------------------------------

_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"萬": 10_000, "億": 100_000_000}
_CN_RE = re.compile(r"[零〇一二兩三四五六七八九十百千萬億]+(?:點[零〇一二三四五六七八九]+)?")


def parse_chinese_number(s: str) -> Decimal | None:
    """Chinese numerals: 二 → 2, 十五 → 15, 兩百 → 200, 一一〇 → 110, 八點七 → 8.7; None if not one."""
    s = s.strip()
    if not s or not _CN_RE.fullmatch(s):
        return None
    whole, _, frac = s.partition("點")
    if whole and all(ch in _CN_DIGITS for ch in whole):
        if len(whole) > 1 and whole[0] == "兩":
            return None
        value = Decimal("".join(str(_CN_DIGITS[ch]) for ch in whole))
    else:
        total = section = 0
        num: int | None = None
        last_small = 10**9
        for ch in whole:
            if ch in _CN_DIGITS:
                if ch in "零〇" and num is None:
                    continue  # 「一百零五」: 零 only marks a skipped place
                if num is not None:
                    return None  # two digits in a row inside a positional number: 「三四十」 is a range
                num = _CN_DIGITS[ch]
            elif ch in _CN_SMALL:
                mult = _CN_SMALL[ch]
                if mult >= last_small:
                    return None
                section += (1 if num is None else num) * mult
                last_small, num = mult, None
            else:
                big = _CN_BIG[ch]
                section += num or 0
                if section == 0 and total == 0:
                    return None
                total = (total + section) * big if big == 100_000_000 else total + section * big
                section, num, last_small = 0, None, 10**9
        value = Decimal(total + section + (num or 0))
    if frac:
        value += Decimal("0." + "".join(str(_CN_DIGITS[ch]) for ch in frac))
    return value


def parse_number(s: str) -> Decimal | None:
    """One printed number token → its value, or None if ``s`` is not exactly one number.

    「10,182」, 「3億8,112萬8,306」, 「83 萬 4,000」, 「１２３」, 「1.5萬」, 「-3.5」, 「二」, 「十五」.
    """
    token = " ".join(normalise_width(s).split())
    if not token:
        return None
    negative = token[0] == "-"
    body = token[1:] if token[0] in "+-" else token
    m = _NUMBER_RE.fullmatch(body)
    if m is not None:
        value, end = _value_of(m)
        if end != len(body):
            return None
        return -value if negative else value
    return parse_chinese_number(token)


def holds_a_figure(text: str) -> bool:
    """「去年同期為1,024件」「暴力犯罪發生6件」 hold a counted figure; 「112年7至9月」「110報案」 do not."""
    return any(n.unit and n.kind == "quantity" for n in find_numbers(text))
