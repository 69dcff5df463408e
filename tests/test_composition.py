"""Matching by meaning (issue 13): subject × measure found inside a printed name.

The wordings are how police departments and city governments print these figures in general, not
sentences of the evaluation texts; each row can fail for a real defect in the subject forms
(categories.ttl), the measure forms (measures.ttl) or the rules in twpolice.composition.
"""

from __future__ import annotations

import pytest

from twpolice import composition, vocab


@pytest.mark.parametrize("printed, unit, carried, slug", [
    # crime statistics: subject forms × measure forms
    ("竊案發生數", "件", None, "theft-occurrences"),
    ("竊盜案件發生件數", "件", None, "theft-occurrences"),
    ("本縣各類竊盜案件發生件數", "件", None, "theft-occurrences"),
    ("全般竊盜破案率", "%", None, "theft-clearance-rate"),
    ("竊盜案件偵破數", "件", None, "theft-cleared"),
    ("破獲竊盜案件數", "件", None, "theft-cleared"),
    ("查獲竊盜嫌疑犯人數", "人", None, "theft-offenders"),
    ("詐騙案件破獲件數", "件", None, "fraud-cleared"),
    ("詐騙案件發生數", None, None, "fraud-occurrences"),
    ("竊盜案件數", "件", None, "theft-occurrences"),  # a crime's cases with no verb: those reported
    ("住宅竊盜件數", "件", None, "residential-burglary-occurrences"),
    ("全般刑事案件發生數", None, None, "crime-all-occurrences"),
    ("今年1至3月全般刑案發生數", "件", None, "crime-all-occurrences"),
    ("113年上半年全般刑案破獲率", "%", None, "crime-all-clearance-rate"),
    ("全市刑案破獲率", "%", None, "clearance-rate"),
    ("暴力犯罪案件破獲率", "%", None, "violent-crime-clearance-rate"),
    ("暴力案件發生件數", "件", None, "violent-crime-occurrences"),
    ("機車失竊發生數", "件", None, "motorcycle-theft-occurrences"),
    ("汽車竊盜案件破獲率", "%", None, "vehicle-theft-clearance-rate"),
    ("住宅竊盜案件偵破數", "件", None, "residential-burglary-cleared"),
    ("強盜案件破獲數", "件", None, "robbery-cleared"),
    ("殺人案件發生數", "件", None, "homicide-occurrences"),
    ("槍擊事件發生數", "件", None, "shooting-occurrences"),
    ("並查獲詐欺嫌疑犯人數", "人", None, "fraud-offenders"),
    ("查獲詐欺案犯人數", "人", None, "fraud-offenders"),
    ("統計本期街頭聚眾鬥毆案件計發生件數", "件", None, "street-violence-occurrences"),
    # a name that is only a measure takes the carried subject, also over the generic exact label
    ("發生數", "件", "theft", "theft-occurrences"),
    ("破獲率", "%", "fraud", "fraud-clearance-rate"),
    ("破獲數", "件", None, "cleared"),
    ("查獲人數", "人", "drugs", "drug-suspects"),
    ("查獲件數", "件", "drugs", "drug-cases-seized"),
    ("取締件數", "件", "drunk-driving", "drunk-driving-citations"),
    ("場次", "場", "prevention-outreach", "prevention-sessions"),
    ("參與人次", "人次", "women-children-outreach", "women-children-outreach-attendance"),
    ("死亡人數", "人", "a1", "a1-deaths"),
    # seizures: the unit of the subject's items
    ("查獲毒品案件數", "件", None, "drug-cases-seized"),
    ("查獲毒品嫌疑犯人數", "人", None, "drug-suspects"),
    ("毒品重量", "公斤", None, "drug-weight-seized"),
    ("本期查獲毒品重量", "公克", None, "drug-weight-seized"),
    ("查獲非法槍枝數", "枝", None, "firearms-seized"),
    ("起獲各類彈藥", "顆", None, "ammunition-seized"),
    ("查獲非法電玩臺數", "臺", None, "gambling-machines-seized"),
    ("查獲非法電玩件數", "件", None, "gambling-arcade-cases"),
    ("查獲職業大賭場人數", "人", None, "gambling-den-suspects"),
    ("毒品案件人數", "人", None, "drug-suspects"),
    ("查獲各級毒品案人數", "人", None, "drug-suspects"),
    ("查獲各類逃犯人數", "人", None, "fugitives-arrested"),
    # traffic offences and accidents
    ("取締酒駕件數", "件", None, "drunk-driving-citations"),
    ("酒後駕車取締件數", "件", None, "drunk-driving-citations"),
    ("舉發闖紅燈件數", "件", None, "red-light-citations"),
    ("取締違停件數", "件", None, "illegal-parking-citations"),
    ("取締嚴重超速件數", "件", None, "severe-speeding-citations"),
    ("取締超速40公里以上件數", "件", None, "severe-speeding-citations"),
    ("逆向行駛違規件數", "件", None, "wrong-way-citations"),
    ("A1類事故死亡人數", "人", None, "a1-deaths"),
    ("A2類交通事故受傷人數", "人", None, "a2-injuries"),
    ("A1類交通事故發生件數", "件", None, "a1-accidents"),
    ("交通事故死亡人數", "人", None, "traffic-accident-deaths"),
    ("發生交通事故件數", "件", None, "traffic-accidents"),
    # outreach
    ("辦理犯罪預防宣導活動場次", "場", None, "prevention-sessions"),
    ("辦理社區治安會議場次", "場次", None, "community-meetings"),
    ("召開社區治安座談會場次", "場", None, "community-meetings"),
    ("社區治安會議參加人數", "人", None, "community-meeting-attendance"),
    ("校園宣導場次", "場", None, "school-outreach-sessions"),
    ("宣導人數", "人", None, "outreach-attendance"),
    ("婦幼安全宣導參與人次", "人次", None, "women-children-outreach-attendance"),
    # equipment: stock, installed, replaced
    ("建置車牌辨識監視器鏡頭支數", "支", None, "lpr-cameras-installed"),
    ("汰換使用逾8年錄影監視系統攝影機支數", "支", None, "cctv-cameras-installed"),  # 新設（汰換） counts 汰換
    ("新增監視器數", "支", None, "cctv-cameras-installed"),
    ("現有監視器總數", "支", None, "cctv-cameras"),
    ("現有志工人數", "人", None, "volunteers"),
    ("守望相助隊數", "隊", None, "neighbourhood-watch-teams"),
    # found, received
    ("尋獲失蹤人口數", "人", None, "missing-persons-found"),
    ("尋獲中輟生人次", "人次", None, "dropouts-found"),
    ("受理家暴案件數", "件", None, "dv-cases-received"),
    ("受理跟騷案件數", "件", None, "stalking-cases-received"),
    ("受理110報案件數", "件", None, "emergency-calls"),
    # police administration (measures.ttl 0.2.0): certificates, assemblies, discipline, staffing, equipment
    ("核發警察刑事紀錄證明書件數", "件", None, "record-certificates"),
    ("良民證申辦件數", "件", None, "record-certificates"),
    ("受理集會遊行件數", "件", None, "assemblies-cases"),
    ("遊行件數", "件", None, "processions-cases"),
    ("國家賠償事件件數", "件", None, "state-compensation-cases"),
    ("人民陳情案件數", "件", None, "petitions-cases"),
    ("記大功次數", "次", None, "major-merits-times"),
    ("記功次數", "次", None, "merits-times"),
    ("核予申誡次數", "次", None, "reprimands-times"),
    ("員警編制人數", "人", None, "police-authorised"),
    ("警察人員現有人數", "人", None, "police-actual"),
    ("現有義警人數", "人", None, "auxiliary-police"),
    ("列管治安顧慮人口數", "人", None, "security-risk-persons"),
    ("汰換巡邏機車輛數", "輛", None, "patrol-motorcycles-replaced"),
    ("購置警用機車輛數", "輛", None, "police-motorcycles-installed"),
    ("偵防車汰換數", "輛", None, "investigation-cars-replaced"),
    ("新增科技執法設備處數", "處", None, "tech-enforcement-installed"),
    ("攔阻詐騙金額", "萬元", None, "fraud-intercepted-amount"),
    ("增設測速照相處數", "處", None, "tech-enforcement-installed"),
    ("詐騙保全金額", "萬元", None, "fraud-intercepted-amount"),   # money kept from fraudsters
    ("詐欺犯罪保住民眾財產金額", "元", None, "fraud-intercepted-amount"),
    ("詐欺犯罪攔阻民眾遭詐款項件數", "件", None, "fraud-intercepted"),  # the counter before 數 says only how they are counted
    ("攔阻件數", "件", "fraud", "fraud-intercepted"),
    ("詐欺案件攔阻民眾被害件數", "件", None, "fraud-intercepted"),
    ("詐騙攔阻民眾被害金額", "元", None, "fraud-intercepted-amount"),
    ("失蹤人口尋獲率", "%", None, "missing-persons-found-rate"),
    ("毒品案件嫌疑人", "人", None, "drug-suspects"),
    ("竊盜嫌犯", "人", None, "theft-offenders"),
    ("酒駕取締數", "件", None, "drunk-driving-citations"),
    ("指紋比對件數", "件", None, "fingerprints-examined"),
    ("DNA鑑定件數", "件", None, "dna-examined"),
    ("查獲販賣毒品者人數", "人", None, "drug-trafficking-suspects"),   # 「…者」: the persons who
    ("運輸及販賣毒品者人數", "人", None, "drug-trafficking-suspects"),  # coordinated verbs of one subject
    ("詐欺逮捕嫌犯人數", "人", None, "fraud-offenders"),      # 「偵破詐欺集團…、逮捕嫌犯132人」
    ("攔阻詐騙成功件數", "件", None, "fraud-intercepted"),
    ("毒品發生件數", "件", None, "drug-cases-seized"),      # detected, not reported: 發生 is 查獲
    ("交通事故A1類死亡人數", "人", None, "a1-deaths"),         # a kind of 交通事故 named after it: one subject
    ("查獲詐欺車手人數", "人", None, "money-mules-offenders"),
    ("查獲第一、二級毒品案件數", "件", None, "drugs-schedule-1-2-cases"),  # the two schedules together, not 第二級
    ("家庭暴力通報案件", "件", None, "dv-cases-received"),
    ("查獲改造手槍枝數", "枝", None, "improvised-firearms-seized"),
    ("違反毒品危害防制條例查獲人數", "人", None, "drug-suspects"),
    ("觸法少年人數", "人", None, "juvenile-offenders"),
    ("查獲少年犯人數", "人", None, "juvenile-offenders"),
    ("代為聲請保護令件數", "件", None, "protection-order-petitions"),
    ("執行保護令件數", "件", None, "protection-orders-executed"),
    ("經費執行率", "%", None, "budget-execution-rate"),
    ("執行率", "%", "budget", "budget-execution-rate"),
    ("現有具車牌辨識功能者支數", "支", None, "lpr-cameras"),
    ("起獲毒品淨重", "公斤", None, "drug-weight-seized"),
    ("毒品案件查獲嫌犯人數", "人", None, "drug-suspects"),
    ("守望相助隊", "隊", None, "neighbourhood-watch-teams"),       # only a subject, in its own unit
    ("登記守望相助隊", "隊", None, "neighbourhood-watch-teams"),   # registered teams are the teams in service
    ("全般刑案查獲案犯人數", "人", None, "crime-all-offenders"),
    ("受理110專線民眾報案件數", "件", None, "emergency-calls"),
    ("110報案臺受理民眾報案件數", "件", None, "emergency-calls"),
    ("婦幼安全宣導受惠人數", "人次", None, "women-children-outreach-attendance"),
    ("新增設置錄影監視系統攝影機支數", "支", None, "cctv-cameras-installed"),
    ("發布新聞件數", "件", None, "press-releases-published"),          # administrative chapters of a council report
    ("督導次數", "次", None, "supervision-times"),
    ("違紀案件", "件", None, "police-misconduct-cases"),
    ("指紋比中案件數", "件", None, "fingerprints-matched"),
    ("DNA比中特定對象件數", "件", None, "dna-matched"),
    ("警用機車逾齡率", "%", None, "police-motorcycles-over-age-rate"),
    ("外來人口非法活動人數", "人", None, "illegal-foreigners-offenders"),
    ("外來人口非法活動件數", "件", None, "illegal-foreigners-cases"),
    ("執行到案治平專案檢肅目標人數", "名", None, "gang-targets"),
    ("治平目標人數", "名", None, "gang-targets"),
    ("中輟通報尋獲率", "%", None, "dropout-found-rate"),
    ("取締違規攤販舉發件數", "件", None, "street-vendors-citations"),
    ("警報臺合計臺數", "臺", None, "air-raid-sirens"),
    ("防情警報臺", "臺", None, "air-raid-sirens"),
    ("受理民眾報案110電話件數", "件", None, "emergency-calls"),
    ("科技偵查因調閱監視器破獲刑案", "件", None, "cases-cleared-via-cctv"),   # how the case was solved
    ("因調閱監視器而破獲刑案占全般刑案查獲數比率", "%", None, "cctv-clearance-share"),
    ("治安顧慮人口列管人數", "人", None, "security-risk-persons"),
])
def test_match_by_meaning(printed, unit, carried, slug):
    found = composition.match_indicator(printed, unit, carried)
    assert (found.slug if found else None) == slug


@pytest.mark.parametrize("printed, unit, carried", [
    ("超速40公里以上", "公里", None),         # a threshold, not a count of citations
    ("超速40公里以上", None, None),
    ("嚴重超速熱點路段", "件", None),         # a subject without a measure
    ("銀河系外星人數", None, None),           # unknown subject
    ("外星人入侵件數", "件", None),
    ("移送法辦人數", "人", None),             # no subject, and not only a measure
    ("協助破獲各類刑案人數", "人", None),     # help, not apprehensions
    ("占破獲全般刑案件數", "%", None),         # a share
    ("全般刑案破獲率提升", None, None),        # words after the measure
    ("受理詐欺案件數", "件", None),           # cases received: annotators keep them apart from 發生數
    ("竊盜發生數", "人", None),               # the unit contradicts the measure
    ("取締酒駕件數", "%", None),
    ("汰除已逾5年使用年限故障且不符治安需要無修復效益之攝影機支數", "支", None),  # not the number in service
    ("建置車牌辨識監視器鏡頭", "%", None),     # an attainment share, not a camera count
    ("查獲人數", "人", None),                 # a measure alone, no carried subject
    ("較110年同期發生件數", "件", None),       # a year, not the 110 emergency line
    ("指揮調度線上警網破獲各類刑案", "件", None),  # a part of the cleared cases, not all of them
    ("發生數", "件", "crime-prevention"),     # a carried topic that has no such measure
    ("查獲模擬槍枝數", "枝", None),            # an imitation is no firearm
    ("玩具槍枝數", "枝", None),
    ("購置微型攝影機支數", "支", None),          # cameras worn by officers are no street cameras
    ("辦理廉政宣導場次", "場", None),              # integrity outreach is no crime-prevention outreach
    ("辦理安全防護教育宣導人次", "人次", None),   # security (保防) outreach is no crime-prevention outreach
    ("住宅及汽車竊盜發生合計件數", "件", None),  # two subjects sharing their head: neither alone, nor all thefts
    ("機車與汽車竊盜破獲數", "件", None),
    ("竊盜、詐欺案件發生數", "件", None),        # two subjects side by side: the two together
    ("行人交通事故死亡人數", "人", None),        # a population narrows the subject: not all traffic deaths
    ("少年毒品案件人數", "人", None),
    ("山地義警人數", "人", None),                # 山地義警 are some of the 義警
    ("調訓警察局員警人數", "人", None),         # officers trained, not the headcount (needs 現有/編制)
    ("汰換巡邏機車輛數", "人", None),           # the unit contradicts the vehicles
    ("攔阻詐騙金額", "件", None),
    ("義警", "人(次)", None),           # only a subject, counted in people: members or deployments?
    ("志工", "人", None),
    ("攝影機", "件", None),             # not in the subject's own unit
    ("中央遙控警報臺", "臺", None),       # one kind of siren station, not all of them
    ("辦理交通安全宣導場次", "場次", None),  # a theme narrows the subject: traffic-safety outreach only
    ("設攤宣導場次", "場", None),  # so does a way of doing it: booths are a part of all outreach
    ("65歲以上高齡者交通事故死亡人數", "人", None),  # a population: elderly deaths only
    ("列管一般槍砲", "枝", None),           # licensed guns under watch, not guns seized
    ("辦理反毒宣導場次", "場次", None),
    ("檢肅治平專案目標人數", "人", None),  # 「80件、490人(含目標)」: targets and accomplices
    ("中輟通報人次", "人次", None),         # dropouts reported, not found
    ("查獲員警違紀人數", "人", None),       # misconduct is counted in cases
])
def test_no_match(printed, unit, carried):
    assert composition.match_indicator(printed, unit, carried) is None


@pytest.mark.parametrize("printed, unit, expected", [
    ("竊案發生數", None, ("theft", "occurrences")),
    ("取締酒後駕車件數", None, ("drunk-driving", "citations")),
    ("酒駕防制", None, ("drunk-driving", None)),
    ("破獲數", None, (None, "cleared")),
    ("發生件數", None, (None, None)),        # crimes or accidents: the carried subject must decide
    ("偵破率", None, (None, "clearance-rate")),
    ("預防犯罪宣導", "人次", ("prevention-outreach", "attendance")),
    ("超速40公里以上", "公里", ("severe-speeding", None)),
    ("銀河系", None, (None, None)),
])
def test_parse_indicator(printed, unit, expected):
    assert composition.parse_indicator(printed, unit) == expected


def test_indicator_for_and_compose_label():
    assert vocab.indicator_for("theft", "occurrences").slug == "theft-occurrences"
    assert vocab.indicator_for("theft", "citations") is None
    assert vocab.indicator_for(None, "occurrences") is None
    assert composition.compose_label("theft", "occurrences") == "竊盜犯罪發生數"
    assert composition.compose_label("drunk-driving", "citations") == "取締酒後駕車件數"
    assert composition.compose_label("cybercrime", "cleared", "en") == "cybercrime: cases cleared"
    assert composition.compose_label("nonsense", "cleared") is None


def test_every_composed_label_matches_back_to_its_indicator():
    """The composed label (a printed form of its measure) reads back as the same pair, with its unit."""
    for ind in vocab.shared_indicators():
        if ind.measure is None:
            continue
        subject = ind.subjects[0].rsplit("/", 1)[-1]
        label = composition.compose(subject, ind.measure)
        found = composition.match_indicator(label, ind.unit_iri)
        assert found is not None and found.slug == ind.slug, (label, found and found.slug)


def test_subject_forms_are_one_subjects_each():
    """Loading the index raises when a printed subject form belongs to two subjects."""
    assert composition._subject_forms()["竊案"] == "theft"


@pytest.mark.parametrize("printed, unit, words", [
    ("義警人數", "人", 0),
    ("南區義警人數", "人", 2),       # a part of the auxiliaries, not all of them
    ("山地義警人數", "人", None),    # a population that narrows the subject: no reading at all
    ("竊盜犯罪發生數", "件", 0),      # an exact shared label
    ("本市竊盜案件發生數", "件", 0),  # noise words do not count
    ("銀河系外星人數", "人", None),   # no reading at all
])
def test_unexplained_words_are_what_the_subject_and_measure_leave(printed, unit, words):
    assert composition.unexplained_words(printed, unit) == words


@pytest.mark.parametrize("text, form", [
    ("本期追蹤協尋中輟學生", "中輟學生"),
    ("警察局結合教育局共同辦理校園犯罪預防宣導活動", "校園犯罪預防宣導"),  # the longest, not the last
    ("本期持續加強為民服務", ""),
])
def test_last_subject_form_is_the_longest_subject_named(text, form):
    assert composition.last_subject_form(text) == form


def test_the_whole_of_kinds_is_named_only_when_they_are_all_its_kinds():
    """警用汽車 and 警用機車 are all the kinds of 警用車輛, so their total is its count; 闖紅燈 and 逆向行駛 are only some
    traffic violations."""
    assert composition.whole_of(["police-cars", "police-motorcycles"]) == "police-vehicles"
    assert composition.whole_of(["red-light", "wrong-way"]) is None
    assert composition.whole_of(["police-cars"]) is None


def test_applications_received_are_the_cases_handled():
    """「受理集會遊行申請1,284件」 counts the assemblies handled (集會遊行件數), as 「受理集會遊行1,284件」 does."""
    match = composition.match_indicator
    assert match("受理集會遊行申請件數", "件").slug == match("受理集會遊行件數", "件").slug


def test_attendance_printed_as_the_public_who_took_part():
    """「社區治安會議參加民眾12,210人」: 參與人次 of community meetings, printed in 人 as reports do."""
    assert composition.match_indicator("社區治安會議參加民眾人數", "人").slug == "community-meeting-attendance"


def test_a_narrower_printed_subject_stays_under_a_broader_heading():
    """「查獲第二級毒品案件數每年不少於380件」 under 斷絕毒品供給: the schedule's own indicator, never all drugs'; a bare
    「發生數」 under 竊盜 still takes the heading's subject."""
    assert composition.match_indicator("查獲第二級毒品案件數", "件", "drugs").slug == "drugs-schedule-2-cases"
    assert composition.match_indicator("發生數", "件", "theft").slug == "theft-occurrences"


def test_members_of_an_auxiliary_brigade_are_its_people():
    """「本縣義勇警察大隊現有隊員711人」: 義勇警察數; 交通義勇警察 is the traffic auxiliaries (義交)."""
    assert composition.match_indicator("義勇警察大隊隊員人數", "人").slug == "auxiliary-police"
    assert composition.match_indicator("交通義勇警察大隊人數", "人").slug == "traffic-volunteers"
