"""Find the subject and the measure inside a printed indicator name (issue 13).

A shared indicator is a subject (a category: 竊盜, 酒後駕車, 攝影機 ...) counted by a measure
(發生數, 取締件數, 新增數 ...). Each measure has printed forms with a slot for the subject
(「{s}破案數」, 「取締{s}件數」, 「查獲{s}人數」); each subject has printed forms (竊案, 詐騙, 酒駕).
Matching looks for a subject form with a measure form around it *inside* the name, so the wording
of another agency matches when it is built from known parts, without listing whole names.

Rules, in order (each with the Chinese it is for):

| rule | example |
|---|---|
| the longest subject form wins; a form inside a longer one is not a match | 「機車竊盜破獲數」 is 機車竊盜, not 竊盜 |
| the measure form must touch the subject on both sides | 「取締{酒駕}件數」, not 「取締酒駕宣導場次」 as citations |
| text before the match is allowed (periods, places, qualifiers) | 「本市111年竊盜案件發生數」 |
| ... but not before an open form (nothing after the subject), which must stand alone | 「破獲刑案」, not 「指揮調度線上警網破獲刑案」 |
| text after the match is not, except noise words | 「全般刑案破獲率提升」 does not match |
| a few leading words change what is counted and block a match | 「協助破獲刑案人數」, 「占全般刑案破獲數」 |
| a population or a theme right before the subject narrows it: no match | 「行人交通事故死亡人數」, 「少年毒品案件人數」, 「交通安全宣導場次」 |
| a subject coordinated with another names neither alone | 「住宅及汽車竊盜發生件數」「竊盜、詐欺案件數」 |
| noise words are removed only when the name does not match as printed | 「各類竊盜」, 「本縣」, 「今年1至3月」, 「並」, 「惟…仍」 |
| only pairs a subject declares (twp:hasMeasure) are indicators | 「竊盜案件數」 is no theft indicator |
| ... and 發生數 of an offence detected, not reported, is its 查獲件數 | 「毒品發生件數」 → 查獲毒品案件數 |
| the unit decides between measures, and must fit the one chosen | 「預防犯罪宣導」 場 → sessions, 人次 → attendance |
| a name that is only a measure takes the subject the caller carries | 「發生數」 under a 竊盜 heading |
| a name that is only a subject is its number in service, only in the subject's own unit (not people) | 「守望相助隊」 隊 |

Nothing is guessed beyond these: an unknown subject or an unmatched measure gives ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib.namespace import SKOS

from twpolice import iris, vocab
from twpolice.vocab import load_graph, units_compatible
from twpolice.normalise import fold, normalise_label

ZH, EN = "zh-Hant", "en"

# Words that say nothing about what is counted: dropped on a second try.
NOISE = re.compile(
    r"(?:本縣|本市|全市|全縣|本期|本局|本府|本轄|轄內|轄區|各級|各類|各項|全般(?=竊盜)|並|共計|合計|總計|計|惟|仍|其中|另|累計至"
    r"|今年|去年|本年|(?:\d{2,3}|本|今)年(?:度)?(?:\d{1,2}(?:至|-|~)\d{1,2}月(?:份)?|\d{1,2}月(?:份)?|上半年|下半年|第\d季)?"
    r"|\d{1,2}(?:至|-|~)\d{1,2}月(?:份)?|上半年|下半年|第[一二三四1-4]季)"
)
# Words before the match that change what is counted: anywhere (a share, help, a per-unit figure, what is under
# watch: 「列管一般槍砲」 are licensed guns, not seized ones) or right before it (a negation).
BLOCKERS = ("協助", "占", "佔", "每", "平均", "比率", "列管", "補助", "獎勵", "表揚", "評選")  # 「補助守望相助隊245隊」: those subsidised
# Words right before a subject that make it something else: 「模擬槍枝」「玩具槍」 are no firearms, 「微型攝影機」 (worn
# by officers) no street cameras.
IMITATIONS = ("模擬", "玩具", "微型", "穿戴式", "密錄")
# A population right before a subject narrows it: 「行人交通事故死亡人數」 are not all traffic deaths.
NARROWERS = ("行人", "機車", "汽車", "高齡", "高齡者", "老人", "長者", "年長者", "老年人", "少年", "兒童", "學童", "幼童",
             "兒少", "青少年", "未成年", "外籍", "婦女", "學生", "身心障礙者", "原住民", "新住民", "山地", "女子", "大型車",
             "自行車")
# A theme right before a subject narrows it too: 「交通安全宣導」「反毒宣導」 are kinds of outreach, not all of it.
THEMES = ("交通安全", "反毒", "拒毒", "防毒", "防詐", "識詐", "反詐騙", "反詐", "法治", "防溺", "反賄選", "性別平等", "消費者保護",
          "廉政", "保防", "保防教育", "安全防護", "安全防護教育",  # 安全防護 is what 保防 protects
          "家暴防治", "家庭暴力防治", "性侵害防治", "兒少保護",
          # … and so does a way of doing it: 「設攤宣導246場」 beside 「辦理犯罪預防宣導活動571場」 is a part of them
          "設攤", "擺攤", "巡迴", "入校", "到校", "到府", "網路", "媒體", "廣播", "電視")
NEGATIONS = ("未", "非", "不")
# An offence without a complainant is counted when it is detected: what a crime table prints as its 發生數 is the
# cases detected, for a subject that declares those and no occurrences (毒品, 賭博, 槍砲).
DETECTED_AS = {"occurrences": "cases-seized"}
COORDINATORS = ("及", "與", "和", "、", "暨", "或", "+", "＋")  # 「住宅及汽車竊盜」: the two together
PEOPLE = "http://qudt.org/vocab/unit/INDIV"
GAP = 8  # at most this many characters between a measure's leading verb and its subject (「汰換使用逾8年…攝影機」)
# A counter before 數 says only how the things are counted: 「增設測速照相處數」 is 增設測速照相數 (tried last).
COUNTER_COUNT = re.compile(r"(?<=\S)(?:支|處|臺|台|輛|枝|部|具|座|艘|架|頂|套|顆)數$")
# An occurrence form that says only "cases" (「住宅竊盜56件」: 「{s}件數」): a crime's plain count is the cases
# reported, but a verb before it (偵辦, 移送, 受理) names another count.
BARE_COUNT = re.compile(r"^(?:案件|案件數|件數|案數|案)$")
# Trailing words allowed after a measure form.
TRAILING = re.compile(r"^(?:計|共|合計|總計|為|達|約)?$")


@dataclass(frozen=True)
class Form:
    """A measure's printed form split at its subject slot: 「取締{s}件數」 -> ("取締", "件數")."""

    measure: str
    before: str
    after: str


@dataclass(frozen=True)
class Candidate:
    subject: str | None
    measure: str
    score: tuple[int, int, int]  # subject length, measure-form length, 1 when the form touches the subject


def _norm(text: str) -> str:
    return normalise_label(text)


@lru_cache(maxsize=None)
def measures() -> dict[str, dict]:
    """Measure slug -> {unit, hib, pattern: {lang: str}, label: {lang: str}}."""
    g = load_graph("measures")
    out: dict[str, dict] = {}
    prefix = str(iris.MEASURE)
    for node in g.subjects(SKOS.inScheme, iris.SCHEME["measure"]):
        unit = g.value(node, iris.TWP.unit)
        out[str(node)[len(prefix):]] = {
            "unit": None if unit is None else str(unit),
            "pattern": {o.language: str(o) for o in g.objects(node, iris.TWP.labelPattern)},
            "label": {o.language: str(o) for o in g.objects(node, SKOS.prefLabel)},
            "forms": sorted(str(o) for o in g.objects(node, iris.TWP.printedForm)),
        }
    return out


@lru_cache(maxsize=None)
def subjects() -> dict[str, dict]:
    """Subject (category) slug -> {label, forms, measures, quantity_unit}, for categories with measures."""
    g = load_graph("categories")
    prefix = str(iris.CAT)
    out: dict[str, dict] = {}
    for node in set(g.subjects(iris.TWP.hasMeasure, None)):
        qu = g.value(node, iris.TWP.quantityUnit)
        labels = {o.language: str(o) for o in g.objects(node, SKOS.prefLabel)}
        forms = {labels[ZH], *(str(o) for o in g.objects(node, SKOS.altLabel) if o.language == ZH)}
        out[str(node)[len(prefix):]] = {
            "label": labels,
            "forms": sorted(forms),
            "measures": frozenset(str(m)[len(str(iris.MEASURE)):] for m in g.objects(node, iris.TWP.hasMeasure)),
            "quantity_unit": None if qu is None else str(qu),
        }
    return out


@lru_cache(maxsize=None)
def categories() -> frozenset[str]:
    """Every category slug (any of them may be carried as a subject, with or without measures)."""
    prefix = str(iris.CAT)
    return frozenset(str(n)[len(prefix):] for n in load_graph("categories").subjects(SKOS.inScheme, iris.SCHEME["category"]))


@lru_cache(maxsize=None)
def _subject_forms() -> dict[str, str]:
    index: dict[str, str] = {}
    for slug, s in subjects().items():
        for form in s["forms"]:
            key = _norm(form)
            if index.setdefault(key, slug) != slug:
                raise RuntimeError(f"categories.ttl: subject form {form!r} belongs to {index[key]} and {slug}")
    return index


@lru_cache(maxsize=None)
def _measure_forms() -> tuple[Form, ...]:
    out = []
    for slug, m in measures().items():
        for form in m["forms"]:
            before, _, after = form.partition("{s}")
            out.append(Form(slug, _norm(before) if before else "", _norm(after) if after else ""))
    return tuple(out)


@lru_cache(maxsize=None)
def _other_verbs(subject: str, measure: str) -> frozenset[str]:
    """Leading verbs of the subject's other measures that this measure never uses (汰除 vs 設置)."""
    own = {f.before for f in _measure_forms() if f.measure == measure}
    return frozenset(
        f.before for f in _measure_forms()
        if f.before and f.measure != measure and f.measure in subjects()[subject]["measures"] and f.before not in own
    )


def measure_unit(subject: str | None, measure: str) -> str | None:
    """The unit of (subject, measure): the measure's own, else the subject's quantity unit."""
    m = measures().get(measure)
    if m is None:
        return None
    if m["unit"]:
        return m["unit"]
    s = subjects().get(subject or "")
    return s["quantity_unit"] if s else None


@lru_cache(maxsize=None)
def _forms_by_first_char() -> dict[str, tuple[tuple[str, str], ...]]:
    """Subject forms grouped by their first character, longest first, so a scan tries only the forms that can start here."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for form, slug in _subject_forms().items():
        groups.setdefault(form[0], []).append((form, slug))
    return {c: tuple(sorted(g, key=lambda f: -len(f[0]))) for c, g in groups.items()}


def _occurrences(text: str) -> list[tuple[int, int, str]]:
    """Every subject-form occurrence: (start, end, slug); the longest composing one wins in scoring.

    One pass over the text, trying at each position only the forms that begin with its character:
    the cost grows with the name, not with the size of the vocabulary.
    """
    index = _forms_by_first_char()
    found = []
    for start, char in enumerate(text):
        for form, slug in index.get(char, ()):
            if text.startswith(form, start):
                found.append((start, start + len(form), slug))
    return found


def _fits(subject: str | None, measure: str, units: list[str]) -> bool:
    unit = measure_unit(subject, measure)
    if not units:
        return True
    if unit is None:
        return subject is None  # unit decided by the carried subject later
    return all(units_compatible(u, unit) for u in units)


def _counted_in_own_unit(subject: str, units: list[str]) -> bool:
    """A name that is only a subject counts its items in the subject's own unit (隊, 支, 輛, 處), never in people."""
    own = subjects()[subject]["quantity_unit"]
    return bool(units) and own is not None and own != PEOPLE and all(u == own for u in units)


@lru_cache(maxsize=None)
def _lineage(slug: str) -> frozenset[str]:
    """The category and every category above it (skos:broader, transitively)."""
    g, prefix = load_graph("categories"), str(iris.CAT)
    seen, todo = {slug}, [slug]
    while todo:
        for up in g.objects(iris.CAT[todo.pop()], SKOS.broader):
            if (name := str(up)[len(prefix):]) not in seen:
                seen.add(name)
                todo.append(name)
    return frozenset(seen)


def whole_of(slugs: list[str]) -> str | None:
    """The category ``slugs`` are all the kinds of (警用汽車, 警用機車 → 警用車輛), so that their sum is its count; None
    unless they are exactly its narrower categories (闖紅燈, 嚴重超速 and 逆向行駛 are not all traffic violations)."""
    given = set(slugs)
    if len(given) < 2:
        return None
    g, prefix = load_graph("categories"), str(iris.CAT)
    parents = {str(up)[len(prefix):] for s in given for up in g.objects(iris.CAT[s], SKOS.broader)}
    if len(parents) != 1:
        return None
    whole = parents.pop()
    kinds = {str(k)[len(prefix):] for k in g.subjects(SKOS.broader, iris.CAT[whole])}
    return whole if kinds == given else None


def narrower(slug: str, than: str) -> bool:
    """``slug`` is a kind of ``than`` (詐欺車手 of 詐欺, A1類 of 交通事故), not the same category."""
    return slug != than and than in _lineage(slug)


@lru_cache(maxsize=None)
def kind_about(own: str, topic: str) -> str | None:
    """The one kind of ``own`` that is also of what ``topic`` is about: 宣導 under a heading on 外來人口非法活動 is
    外來人口宣導 (a kind of both 宣導 and 外來人口). None when there is no such kind, or more than one."""
    shared = _lineage(topic) - _lineage(own)
    kinds = [k for k in subjects() if narrower(k, own) and shared & (_lineage(k) - {k})]
    return kinds[0] if len(kinds) == 1 else None


def _coordinated(text: str, start: int, end: int, occurrences: list[tuple[int, int, str]]) -> bool:
    """The subject form at start..end is the second of two subjects the name counts together: 「竊盜、詐欺案件」
    (another subject right before it, no form spanning both, neither above the other) or 「住宅及汽車竊盜」 (住宅竊盜 and
    汽車竊盜 share their head). 「運輸及販賣毒品」 (運輸毒品 is no subject), 「機車竊盜」 (one form) and 「交通事故A1類」
    (A1類 is a kind of 交通事故) are one subject."""
    joined = text[:start].endswith(COORDINATORS)
    gap = start - 1 if joined else start
    slug = next(sl for s1, e1, sl in occurrences if (s1, e1) == (start, end))
    if any(e2 == gap and s2 < gap and not any(s3 <= s2 and e3 >= end for s3, e3, _ in occurrences)
           and not narrower(slug, slug2) and not narrower(slug2, slug)
           for s2, e2, slug2 in occurrences):
        return True
    if not joined:
        return False
    before, form = text[: start - 1], text[start:end]
    return any(before[-w:] + form[k:] in _subject_forms()
               for k in range(1, len(form)) for w in range(1, min(4, len(before)) + 1))


def candidates(text: str, units: list[str]) -> list[Candidate]:
    """Every (subject, measure) reading of a normalised name, scored (subject length, measure length)."""
    out: list[Candidate] = []
    occurrences = _occurrences(text)
    joined = {(s, e) for s, e, _ in occurrences if _coordinated(text, s, e, occurrences)}
    for start, end, slug in occurrences:
        if text[:start].endswith(IMITATIONS + NARROWERS + THEMES) or any(
                (s, e) in joined for s, e, _ in occurrences if s <= start and e >= end):
            continue  # 「模擬槍枝」「行人交通事故」「竊盜、詐欺案件」: not this subject alone
        declared = subjects()[slug]["measures"]
        for form in _measure_forms():
            measure = form.measure
            if measure not in declared and DETECTED_AS.get(measure) in declared:
                measure = DETECTED_AS[measure]  # 「毒品發生件數」 in a crime table: the drug cases detected
            if measure not in declared:
                continue
            if not form.before and not form.after and not _counted_in_own_unit(slug, units):
                continue  # 「守望相助隊321隊」 is the teams; 「義警計73,354人(次)」 need not be the auxiliaries
            a = end + len(form.after)
            if text[end:a] != form.after or not TRAILING.match(text[a:]):
                continue
            b, adjacent = start - len(form.before), 1
            if b < 0 or text[b:start] != form.before:
                if not form.after:
                    continue  # 「破獲率全般刑案」: a leading verb reaches over a gap only to a closed form
                b, adjacent = (text.rfind(form.before, 0, start) if form.before else -1), 0
                gap = text[b + len(form.before):start] if b >= 0 else ""
                if b < 0 or len(gap) > GAP or _occurrences(gap):
                    continue
            lead = text[:b]
            if lead and not form.after:
                continue  # 「指揮調度線上警網破獲刑案」: an open form (破獲{s}) stands only alone
            if any(w in lead for w in BLOCKERS) or lead.endswith(NEGATIONS):
                continue
            if lead and measure == "occurrences" and not form.before and BARE_COUNT.match(form.after):
                continue  # 「偵辦詐欺案件數」「受理詐欺案件」: cases named by no verb are those reported only alone
            if any(verb in lead for verb in _other_verbs(slug, measure)):
                continue  # 「汰除…之攝影機支數」 is not the number in service
            if _fits(slug, measure, units):
                out.append(Candidate(slug, measure, (end - start, len(form.before) + len(form.after), adjacent)))
    for form in _measure_forms():
        bare = form.before + form.after
        if len(bare) >= 2 and text == bare and _fits(None, form.measure, units):
            out.append(Candidate(None, form.measure, (0, len(bare), 1)))
    return out


def readings(printed: str, units: list[str]) -> list[Candidate]:
    """The best readings of a printed name (ties kept): as printed first, then without noise words."""
    return list(_readings(printed, tuple(units)))


@lru_cache(maxsize=1 << 16)
def _readings(printed: str, units: tuple[str, ...]) -> tuple[Candidate, ...]:
    """Cached: a document names the same indicator many times (bounded, so memory stays flat)."""
    text = _norm(printed)
    for attempt in (text, NOISE.sub("", text), COUNTER_COUNT.sub("數", NOISE.sub("", text))):
        found = candidates(attempt, units)
        if found:
            best = max(c.score for c in found)
            return tuple(sorted({c for c in found if c.score == best}, key=lambda c: (c.subject or "", c.measure)))
    return ()


def unexplained(printed: str, units: list[str]) -> int | None:
    """Characters of a name that neither its subject nor its measure form account for (「南區義警人數」: 2 for 南區);
    None when the name has no reading. Noise words (本市, 合計 ...) do not count."""
    text = _norm(printed)
    for attempt in (NOISE.sub("", text), text):
        found = candidates(attempt, units)
        if found:
            subject_len, form_len, _ = max(c.score for c in found)
            return len(attempt) - subject_len - form_len
    return None


def last_subject_form(text: str) -> str:
    """The subject a stretch of text names, as a form of the vocabulary (「本期追蹤協尋中輟學生」 → 中輟學生): the
    longest form (「校園犯罪預防宣導活動」 is 校園犯罪預防宣導, not 宣導活動), the last of equals; empty when none."""
    norm = _norm(text)
    found = _occurrences(norm)
    maximal = [(s, e) for s, e, _ in found if not any(p[0] <= s and e <= p[1] and (p[0], p[1]) != (s, e) for p in found)]
    if not maximal:
        return ""
    s, e = max(maximal, key=lambda se: (se[1] - se[0], se[0]))
    return _as_printed(text, norm[s:e])


def _as_printed(text: str, form: str) -> str:
    """A normalised form as the text prints it (「A1類交通事故」, not a1…; 「第一、二級毒品」 with its 「、」), when the text
    has it in one piece."""
    folded = fold(text)
    found = list(re.finditer("[、，,\\s]?".join(map(re.escape, form)), folded.lower()))
    return folded[found[-1].start():found[-1].end()] if found else form


@lru_cache(maxsize=1 << 16)
def subject_in(printed: str) -> str | None:
    """The one subject a printed name names (longest form), or None when none or several."""
    text = _norm(printed)
    for attempt in (text, NOISE.sub("", text)):
        found = _occurrences(attempt)
        maximal = {slug for s, e, slug in found if not any(p[0] <= s and e <= p[1] and (p[0], p[1]) != (s, e) for p in found)}
        if maximal:
            return maximal.pop() if len(maximal) == 1 else None
    return None


def compose(subject: str, measure: str, lang: str = ZH) -> str | None:
    """The measure's label pattern around the subject's label (「取締{酒後駕車}件數」); None if either is unknown."""
    s, m = subjects().get(subject), measures().get(measure)
    if s is None or m is None or lang not in m["pattern"] or lang not in s["label"]:
        return None
    return m["pattern"][lang].replace("{s}", s["label"][lang])


# --------------------------------------------------------------------------- printed names → shared indicators

def compose_label(subject: str, measure: str, lang: str = ZH) -> str | None:
    """A label that reads alone: the indicator's prefLabel when the pair is declared (「竊盜犯罪發生數」,
    「取締酒後駕車件數」), else the measure's pattern around the subject; None if either is unknown."""
    ind = vocab.indicator_for(subject, measure)
    if ind is not None:
        return ind.label_zh if lang == ZH else ind.label_en
    return compose(subject, measure, lang)


def parse_indicator(printed: str, unit: str | None = None) -> tuple[str | None, str | None]:
    """(subject slug, measure slug) read from a printed name; either is None when not found or ambiguous.

    For converters to fill ``Fact.subject`` / ``Fact.measure``. The subject is found even when no
    measure is (「酒駕」 -> ("drunk-driving", None)), so a heading can pass it on as the carried subject;
    a name that is only a measure gives (None, measure) (「破獲數」 -> (None, "cleared")). The rules are in
    the rules above. An exact shared label decides first, as in :func:`match_indicator`.
    """
    if not printed or not printed.strip():
        return None, None
    parsed = vocab.given_units(printed, unit)
    if parsed is None:
        return subject_in(printed), None
    label, given = parsed
    exact = vocab.exact_indicator(label, given)
    if exact is not None and exact.measure:
        subject = exact.subjects[0][len(str(iris.CAT)):] if len(exact.subjects) == 1 else None
        if subject == "crime" and subject_in(label) is None:
            subject = None  # 「破獲數」 names no subject: the generic crime indicator is only its default
        return subject, exact.measure
    found = readings(label, given)
    subjects = {c.subject for c in found}
    measures = {c.measure for c in found}
    subject = subjects.pop() if len(subjects) == 1 else None
    measure = measures.pop() if len(measures) == 1 else None
    if subject is None and not found:
        subject = subject_in(label)
    return subject, measure


def unexplained_words(printed: str, unit: str | None = None) -> int | None:
    """Characters of a printed name beyond its subject and measure (「南區義警人數」 2); 0 for an exact shared label;
    None when the name has no reading (:func:`twpolice.unexplained`)."""
    parsed = vocab.given_units(printed, unit)
    if parsed is None:
        return None
    label, given = parsed
    if vocab.exact_indicator(label, given) is not None:
        return 0
    return unexplained(label, given)


def match_indicator(printed: str, unit: str | None = None, subject: str | None = None) -> vocab.SharedIndicator | None:
    """The shared indicator a printed indicator name stands for, or None.

    First exactly against prefLabels and altLabels after :func:`twpolice.normalise.normalise_label`; then by meaning:
    the subject and the measure found inside the name (:func:`parse_indicator`,
    the rules above), only as a pair the subject declares. ``subject`` is the subject
    slug the caller carries (a heading, a table's row group): it is used when the name has none
    (「發生數」 under 竊盜 -> theft-occurrences), also over a generic exact match. A trailing
    bracketed unit (``預防犯罪宣導 (場)``) is split off and used like ``unit``; ``unit`` is a printed
    unit (場, 人次, ％) or a unit IRI, must be known and compatible with the indicator's unit, and
    decides between measures (件 vs 人 vs %). For relative targets and changes pass no unit.
    """
    if not printed or not printed.strip():
        return None
    parsed = vocab.given_units(printed, unit)
    if parsed is None:
        return None
    label, given = parsed
    exact = vocab.exact_indicator(label, given)
    named = subject_in(label)
    if exact is not None:
        if subject in categories() and exact.measure and named is None and not any(
                narrower(own.rsplit("/", 1)[-1], subject) for own in exact.subjects):  # 查獲第二級毒品案件數 under 毒品 stays
            return vocab.indicator_for(subject, exact.measure)  # 「發生數」 under a heading that has no 發生數: none
        return exact
    found = readings(label, given)
    picks = set()
    for c in found:
        ind = vocab.indicator_for(c.subject or subject, c.measure)
        if ind is not None and all(ind.unit_iri and vocab.units_compatible(u, ind.unit_iri) for u in given):
            picks.add(ind.slug)
    return vocab.shared_indicator(picks.pop()) if len(picks) == 1 else None
