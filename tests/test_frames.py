"""Statement frames: each rule of the prose reader with its Chinese example, as `(sentence, context) → frames`.

A row names the rule it shows; the test checks the facts read from the sentence *and* that the rule is among
those recorded on the fact (Fact.rules), so a rule that stops firing, or fires for the wrong figure, fails here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from twpolice.converters import nonfacts
from twpolice.converters.prose import KIND_RULES, ROLE_RULES, ProseContext, extract_line
from twpolice.model import Period

Y2023 = Period(date(2023, 1, 1), date(2023, 12, 31), "112年")
H1_2023 = Period(date(2023, 1, 1), date(2023, 6, 30), "112年1至6月")


def _ctx(genre: str, period: Period = Y2023, **extra) -> ProseContext:
    return ProseContext(genre=genre, period=period, **extra)


def _read(sentence: str, ctx: ProseContext) -> list[tuple]:
    return [(f.kind, f.indicator, f.value, f.period.slug, f.operator, f.relative_to.slug if f.relative_to else None,
             f.rules) for f in extract_line(sentence, 1, ctx)]


# (rule, sentence, genre, [(kind, indicator, value, period, operator, reference)] of every fact, in order)
ROWS = [
    ("span_endpoints", "A1類交通事故死亡人數由111年之39人降至28人，減少11人。", "council-report",
     [("actual", "A1類交通事故死亡人數", "39", "2022", None, None),
      ("actual", "A1類交通事故死亡人數", "28", "2023", None, None),
      ("change", "A1類交通事故死亡人數", "-11", "2023", None, "2022")]),
    ("span_endpoints", "現場勘察平均到場時間由111年之28分鐘縮短為23分鐘。", "performance-report",
     [("actual", "現場勘察平均到場時間", "28", "2022", None, None),
      ("actual", "現場勘察平均到場時間", "23", "2023", None, None)]),
    ("part_in_parentheses", "警察局「觀光騎警隊」現有39名成員(男23名、女16名)，假日定期執勤。", "council-report",
     [("actual", "觀光騎警隊成員人數", "39", "2023-12-31", None, None),
      ("actual", "觀光騎警隊成員人數（男）", "23", "2023-12-31", None, None),
      ("actual", "觀光騎警隊成員人數（女）", "16", "2023-12-31", None, None)]),
    ("part_in_parentheses", "暴力犯罪發生9件（含強盜2件、搶奪1件及重傷害1件），均已偵破。", "council-report",
     [("actual", "暴力犯罪發生件數", "9", "2023", None, None),
      ("actual", "強盜發生件數", "2", "2023", None, None),
      ("actual", "搶奪發生件數", "1", "2023", None, None),
      ("actual", "重傷害發生件數", "1", "2023", None, None)]),
    ("compared_change", "全般刑案發生1,896件、破獲1,874件，與去年同期相比發生數減少85件。", "council-report",
     [("actual", "全般刑案發生件數", "1896", "2023", None, None),
      ("actual", "全般刑案破獲件數", "1874", "2023", None, None),
      ("change", "全般刑案發生數", "-85", "2023", None, "2022")]),
    ("subject_carried", "攔阻詐騙11件，保全金額386萬元。", "council-report",
     [("actual", "攔阻詐騙件數", "11", "2023", None, None),
      ("actual", "詐騙保全金額", "3860000", "2023", None, None)]),
    # in a plan, a change of a past year the paragraph carries is a change, not a relative target
    ("compared_change", "111年全般刑案發生4,986件；竊盜犯罪發生1,032件，較110年減少87件。", "plan",
     [("actual", "全般刑案發生件數", "4986", "2022", None, None),
      ("actual", "竊盜犯罪發生件數", "1032", "2022", None, None),
      ("change", "竊盜犯罪發生件數", "-87", "2022", None, "2021")]),
    # a clearance rate 「截至…底」 is of the year so far, never of one day (a budget's 執行率 is, as of that day)
    ("cumulative_since_year_start", "截至8月底全般刑案破獲率98.30%，預算執行率47.91%。", "council-report",
     [("actual", "全般刑案破獲率", "98.30", "2023-01-01--2023-08-31", None, None),
      ("actual", "預算執行率", "47.91", "2023-08-31", None, None)]),
    ("share_named_after", "攔阻詐騙案件214件，攔阻案件中逾3成屬投資詐騙。", "council-report",
     [("actual", "攔阻詐騙案件", "214", "2023", None, None),
      ("actual", "攔阻案件中投資詐騙比率", "30", "2023", "more-than", None)]),
    ("change_in_percent", "全般刑案發生9,871件，較去年同期減少855件(-7.75%)。", "council-report",
     [("actual", "全般刑案發生件數", "9871", "2023", None, None),
      ("change", "全般刑案發生件數", "-855", "2023", None, "2022"),
      ("change", "全般刑案發生件數", "-7.75", "2023", None, "2022")]),
    ("baseline", "全般刑案發生數以111年為基準值（12,476件），112年目標降低3%。", "plan",
     [("baseline", "全般刑案發生數", "12476", "2022", None, None),
      ("target", "全般刑案發生數", "3", "2023", "decrease-by", "2022")]),
    ("baseline_role", "全般刑案發生數以111年為基準值（12,476件），112年目標降低3%。", "plan",
     [("baseline", "全般刑案發生數", "12476", "2022", None, None),
      ("target", "全般刑案發生數", "3", "2023", "decrease-by", "2022")]),
    ("relative_target", "詐欺犯罪發生數逐年降低2%。", "plan",
     [("target", "詐欺犯罪發生數", "2", "2023", "decrease-by", "2022")]),
    ("relative_target", "A1類交通事故死亡人數較前3年平均值下降5%。", "plan",
     [("target", "A1類交通事故死亡人數", "5", "2023", "decrease-by", "2020--2022")]),
    ("compared_change", "本期全般刑案發生1,203件，較近5年同期平均減少120件。", "council-report",
     [("actual", "全般刑案發生件數", "1203", "2023", None, None),
      ("change", "全般刑案發生件數", "-120", "2023", None, "2018--2022")]),
    ("subject_carried", "詐欺案件發生287件，攔阻民眾被害62件。", "council-report",
     [("actual", "詐欺案件發生件數", "287", "2023", None, None),
      ("actual", "詐欺案件攔阻民眾被害件數", "62", "2023", None, None)]),
    ("printed_target_role", "112年A1類交通事故死亡62人，未達目標值（55人）。", "performance-report",
     [("actual", "A1類交通事故死亡人數", "62", "2023", None, None),
      ("target", "A1類交通事故死亡人數", "55", "2023", "equal", None)]),
    ("subject_carried", "強盜案件發生9件、破獲9件，搶奪案件發生6件、破獲7件。", "council-report",
     [("actual", "強盜案件發生件數", "9", "2023", None, None),
      ("actual", "強盜案件破獲件數", "9", "2023", None, None),
      ("actual", "搶奪案件發生件數", "6", "2023", None, None),
      ("actual", "搶奪案件破獲件數", "7", "2023", None, None)]),
    ("subject_carried", "3月份A1類交通事故死亡5人；第1季累計死亡16人。", "council-report",
     [("actual", "A1類交通事故死亡人數", "5", "2023-03", None, None),
      ("actual", "A1類交通事故死亡人數", "16", "2023-Q1", None, None)]),
    ("compared_change", "本年度歲出預算編列新臺幣8億2,315萬元，較上年度增加3,210萬元。", "plan",
     [("budget", "歲出預算編列金額", "823150000", "2023", None, None),
      ("change", "歲出預算編列金額", "32100000", "2023", None, "2022")]),
    ("stock_at_period_end", "現有義勇警察1,210人、民防人員860人，協勤約2萬3千人次。", "performance-report",
     [("actual", "現有義勇警察人數", "1210", "2023-12-31", None, None),
      ("actual", "民防人員人數", "860", "2023-12-31", None, None),
      ("actual", "協勤人次", "23000", "2023", None, None)]),
    ("subset_of_previous", "本期查獲毒品嫌疑犯212人，其中逾3成為少年。", "council-report",
     [("actual", "查獲毒品嫌疑犯人數", "212", "2023", None, None),
      ("actual", "查獲毒品嫌疑犯中少年比率", "30", "2023", "more-than", None)]),
    ("list_verb_carried", "偵破竊盜案45件、搶奪案3件及強盜案2件。", "council-report",
     [("actual", "偵破竊盜案", "45", "2023", None, None),
      ("actual", "偵破搶奪案", "3", "2023", None, None),
      ("actual", "偵破強盜案", "2", "2023", None, None)]),
    ("list_measure_carried", "住宅竊盜發生45件、汽車竊盜32件，分別較去年同期減少8件及增加3件。", "council-report",
     [("actual", "住宅竊盜發生件數", "45", "2023", None, None),
      ("actual", "汽車竊盜發生件數", "32", "2023", None, None),
      ("change", "住宅竊盜發生件數", "-8", "2023", None, "2022"),
      ("change", "汽車竊盜發生件數", "3", "2023", None, "2022")]),
    ("compared_change", "毒品案件查獲人數較去年同期增加一成二。", "council-report",
     [("change", "毒品案件查獲人數", "12", "2023", None, "2022")]),
    ("heading_subject_closer", "一、全般刑案：111年發生1,096件，刑案發生數較110年（1,143件）減少47件。", "performance-report",
     [("actual", "全般刑案發生件數", "1096", "2022", None, None),
      ("actual", "全般刑案發生數", "1143", "2021", None, None),
      ("change", "全般刑案發生數", "-47", "2022", None, "2021")]),
    ("plan_percent_verb", "降低A1類交通事故死亡人數10%。", "plan",
     [("target", "A1類交通事故死亡人數", "10", "2023", "decrease-by", "2022")]),
    ("respective_change", "詐欺犯罪發生97件、竊盜犯罪發生118件，分別較去年同期減少12件及增加5件。", "council-report",
     [("actual", "詐欺犯罪發生件數", "97", "2023", None, None),
      ("actual", "竊盜犯罪發生件數", "118", "2023", None, None),
      ("change", "詐欺犯罪發生件數", "-12", "2023", None, "2022"),
      ("change", "竊盜犯罪發生件數", "5", "2023", None, "2022")]),
    ("respective_pairing", "全年查獲各類槍枝46枝、子彈1,135顆，較111年分別增加9枝及318顆。", "performance-report",
     [("actual", "查獲各類槍枝", "46", "2023", None, None),
      ("actual", "查獲子彈顆數", "1135", "2023", None, None),
      ("change", "查獲各類槍枝", "9", "2023", None, "2022"),
      ("change", "查獲子彈顆數", "318", "2023", None, "2022")]),
    ("change_of_named_figure", "機車竊盜發生498件、破獲481件，較去年同期增加36件。", "council-report",
     [("actual", "機車竊盜發生件數", "498", "2023", None, None),
      ("actual", "機車竊盜破獲件數", "481", "2023", None, None),
      ("change", "機車竊盜破獲件數", "36", "2023", None, "2022")]),
    # a sentence that opens with its change: of the figure of its unit in the sentence before (after 「；」)
    ("change_of_named_figure", "暴力犯罪發生35件，全數破獲，破獲率100%；較去年同期減少9件。", "council-report",
     [("actual", "暴力犯罪發生件數", "35", "2023", None, None),
      ("actual", "暴力犯罪破獲率", "100", "2023", None, None),
      ("change", "暴力犯罪發生件數", "-9", "2023", None, "2022")]),
    # a share named after its figure; the item's number 「四、」 is no name; 個百分點 is a share's change
    ("share_named_after", "四、逾8成民眾對治安表示滿意，較去年同期提升2個百分點。", "council-report",
     [("actual", "民眾對治安表示滿意比率", "80", "2023", "more-than", None),
      ("change", "民眾對治安表示滿意比率", "2", "2023", None, "2022")]),
    ("rate_per_population", "全般刑案發生1,102件，犯罪率每十萬人口136.5件。", "council-report",
     [("actual", "全般刑案發生件數", "1102", "2023", None, None),
      ("actual", "犯罪率", "136.5", "2023", None, None)]),
    ("goal_of_previous_clause", "加強取締酒後駕車，全年取締目標8,000件。", "plan",
     [("target", "取締酒後駕車件數", "8000", "2023", "equal", None)]),
    ("goal_of_previous_clause", "取締闖紅燈、酒駕及超速等重大違規，年度取締目標12萬件。", "plan",
     [("target", "取締重大違規件數", "120000", "2023", "equal", None)]),
    # 「成員」 after a group names the group's members, like 嫌犯 names its suspects
    ("subject_carried", "瓦解犯罪集團8個，成員56人。", "council-report",
     [("actual", "瓦解犯罪集團數", "8", "2023", None, None),
      ("actual", "瓦解犯罪集團成員人數", "56", "2023", None, None)]),
    ("amount_of_previous_count", "攔阻詐騙案件1,245件，金額計新臺幣6億8,304萬元。", "performance-report",
     [("actual", "攔阻詐騙案件", "1245", "2023", None, None),
      ("actual", "攔阻詐騙金額", "683040000", "2023", None, None)]),
    # a results report's KPI: 「目標值為較111年減少5%」 is a relative target, the figures after it of the heading's count
    ("relative_target", "住宅竊盜發生數：目標值為較111年減少5%，112年發生212件，較111年242件減少30件。", "performance-report",
     [("target", "住宅竊盜發生數", "5", "2023", "decrease-by", "2022"),
      ("actual", "住宅竊盜發生數", "212", "2023", None, None),
      ("actual", "住宅竊盜發生數", "242", "2022", None, None),
      ("change", "住宅竊盜發生數", "-30", "2023", None, "2022")]),
    ("compared_year_figure", "全般刑案發生1,096件，刑案發生數較110年（1,143件）減少47件。", "performance-report",
     [("actual", "全般刑案發生件數", "1096", "2023", None, None),
      ("actual", "刑案發生數", "1143", "2021", None, None),
      ("change", "刑案發生數", "-47", "2023", None, "2021")]),
    ("compared_year_figure", "全縣全般刑案發生5,217件，破獲5,086件，與去年同期（5,468件）相較減少251件。", "council-report",
     [("actual", "全般刑案發生件數", "5217", "2023", None, None),
      ("actual", "全般刑案破獲件數", "5086", "2023", None, None),
      ("actual", "全般刑案發生件數", "5468", "2022", None, None),
      ("change", "全般刑案發生件數", "-251", "2023", None, "2022")]),
    ("topic_heading", "竊盜案件部分，發生186件、破獲179件，破獲率96.24%，發生數較去年同期減少27件。", "council-report",
     [("actual", "竊盜案件發生件數", "186", "2023", None, None),
      ("actual", "竊盜案件破獲件數", "179", "2023", None, None),
      ("actual", "竊盜案件破獲率", "96.24", "2023", None, None),
      ("change", "竊盜案件發生數", "-27", "2023", None, "2022")]),
    ("plan_intention", "新設路口錄影監視器300支。", "plan",
     [("target", "新設路口錄影監視器支數", "300", "2023", "equal", None)]),
    ("from_compared_period", "A1類交通事故由去年同期4件下降至2件，死亡2人。", "council-report",
     [("actual", "A1類交通事故件數", "4", "2022", None, None),
      ("actual", "A1類交通事故件數", "2", "2023", None, None),
      ("actual", "A1類交通事故死亡人數", "2", "2023", None, None)]),
    ("execution_of_budget", "守望相助隊裝備補助計畫經費1,250萬元，已執行1,118萬元，執行率89.44%。", "council-report",
     [("budget", "守望相助隊裝備補助計畫經費", "12500000", "2023", None, None),
      ("actual", "預算執行數", "11180000", "2023", None, None),
      ("actual", "預算執行率", "89.44", "2023", None, None)]),
    ("role_before_colon", "衡量指標一：查獲毒品嫌疑人數（原訂目標值：120人；實際值：138人；達成度：115%）。", "performance-report",
     [("target", "查獲毒品嫌疑人數", "120", "2023", "equal", None),
      ("actual", "查獲毒品嫌疑人數", "138", "2023", None, None),
      ("actual", "查獲毒品嫌疑人數目標達成率", "115", "2023", None, None)]),
    ("casualty_after_figure", "酒駕肇事致3人死亡、12人受傷。", "council-report",
     [("actual", "酒駕肇事死亡人數", "3", "2023", None, None),
      ("actual", "酒駕肇事受傷人數", "12", "2023", None, None)]),
    ("respective_items", "闖紅燈及超速分別舉發12萬6,405件、20萬3,118件。", "council-report",
     [("actual", "舉發闖紅燈件數", "126405", "2023", None, None),
      ("actual", "舉發超速件數", "203118", "2023", None, None)]),
    ("change_after_levels", "詐欺犯罪108年發生712件，111年增至1,146件，增加434件。", "council-report",
     [("actual", "詐欺犯罪發生件數", "712", "2019", None, None),
      ("actual", "詐欺犯罪發生件數", "1146", "2022", None, None),
      ("change", "詐欺犯罪發生件數", "434", "2022", None, "2019")]),
    ("goal_after", "執行緝毒專案，以查獲製造、運輸、販賣毒品嫌疑人至少420人為目標。", "council-report",
     [("target", "查獲製造、運輸、販賣毒品嫌疑人", "420", "2023", "at-least", None)]),
    ("listed_after_target", "警用車輛汰換，汰換巡邏機車85輛、偵防機車20輛。", "plan",
     [("target", "汰換巡邏機車數", "85", "2023", "equal", None),
      ("target", "汰換偵防機車數", "20", "2023", "equal", None)]),
    ("compared_change", "交通方面，111年A1類交通事故死亡人數178人，較110年增加9人。", "plan",
     [("actual", "A1類交通事故死亡人數", "178", "2022", None, None),
      ("change", "A1類交通事故死亡人數", "9", "2022", None, "2021")]),
    ("span_endpoints", "本市108年至111年詐欺犯罪發生數由812件上升至1,106件。", "plan",
     [("actual", "詐欺犯罪發生數", "812", "2019", None, None),
      ("actual", "詐欺犯罪發生數", "1106", "2022", None, None)]),
    ("each_item", "春安期間查獲通緝犯及毒品人口各14人。", "council-report",
     [("actual", "春安期間查獲通緝犯人數", "14", "2023", None, None),
      ("actual", "春安期間查獲毒品人口人數", "14", "2023", None, None)]),
    ("each_item", "破獲走私毒品及槍械案各2件。", "council-report",
     [("actual", "破獲走私毒品案", "2", "2023", None, None),
      ("actual", "破獲走私槍械案", "2", "2023", None, None)]),
    ("funding_share", "總經費1億2,800萬元，由中央補助6成、縣府自籌4成。", "plan",
     [("budget", "總經費", "128000000", "2023", None, None),
      ("budget", "中央補助比率", "60", "2023", None, None),
      ("budget", "地方自籌比率", "40", "2023", None, None)]),
    ("funding_source", "經費中央補助款3,600千元、本府配合款2,400千元，合計6,000千元。", "plan",
     [("budget", "經費中央補助款金額", "3600", "2023", None, None),
      ("budget", "配合款金額", "2400", "2023", None, None),
      ("budget", "預算金額（合計）", "6000", "2023", None, None)]),
    ("plan_target", "於寒暑假擴大辦理宣導，至少各1場次。", "plan",
     [("target", "寒暑假擴大辦理宣導場次", "1", "2023", "at-least", None)]),
    ("compared_change", "本季（112年7月至9月）全般刑案發生1,032件，較上季（4月至6月）1,105件減少73件；破獲1,001件。",
     "council-report",
     [("actual", "全般刑案發生件數", "1032", "2023-Q3", None, None),
      ("actual", "全般刑案發生件數", "1105", "2023-Q2", None, None),
      ("change", "全般刑案發生件數", "-73", "2023-Q3", None, "2023-Q2"),
      ("actual", "全般刑案破獲件數", "1001", "2023-Q3", None, None)]),
    ("total_of_targets", "每年新設路口監視器150支，4年合計600支。", "plan",
     [("target", "新設路口監視器支數", "150", "2023", "equal", None),
      ("target", "新設路口監視器支數", "600", "2023", "equal", None)]),
    ("compared_year_figure", "A1類交通事故死亡人數112年計68人，較前3年平均值（79人）減少11人。", "performance-report",
     [("actual", "A1類交通事故死亡人數", "68", "2023", None, None),
      ("actual", "A1類交通事故死亡人數", "79", "2020--2022", None, None),
      ("change", "A1類交通事故死亡人數", "-11", "2023", None, "2020--2022")]),
    ("achievement_of_target", "指標一：全般刑案破獲率，原訂目標值95%，實際值97.32%，達成度100%。", "performance-report",
     [("target", "全般刑案破獲率", "95", "2023", "equal", None),
      ("actual", "全般刑案破獲率", "97.32", "2023", None, None),
      ("actual", "全般刑案破獲率目標達成率", "100", "2023", None, None)]),
    ("bare_target_word", "取締酒駕目標1萬8,000件，查獲第一、二級毒品嫌疑犯目標4,500人，治平目標20名。", "plan",
     [("target", "取締酒駕件數", "18000", "2023", "equal", None),
      ("target", "查獲毒品嫌疑犯人數", "4500", "2023", "equal", None),
      ("target", "治平目標人數", "20", "2023", "equal", None)]),
    ("achievement_of_target", "辦理婦幼安全宣導312場次，參與民眾1萬9,480人次，達成年度目標值（300場次）之104%。",
     "performance-report",
     [("actual", "辦理婦幼安全宣導場次", "312", "2023", None, None),
      ("actual", "婦幼安全宣導參與民眾人次", "19480", "2023", None, None),
      ("target", "辦理婦幼安全宣導場次", "300", "2023", "equal", None),
      ("actual", "辦理婦幼安全宣導場次目標值達成率", "104", "2023", None, None)]),
    ("achievement_of_target", "查獲毒品嫌疑犯702人，目標達成率108%。", "performance-report",
     [("actual", "查獲毒品嫌疑犯人數", "702", "2023", None, None),
      ("actual", "查獲毒品嫌疑犯人數目標達成率", "108", "2023", None, None)]),
    ("share_of_whole", "上半年因調閱監視器破獲刑案8,914件，占全般刑案破獲數之43.07%。", "council-report",
     [("actual", "因調閱監視器破獲刑案", "8914", "2023-H1", None, None),
      ("actual", "因調閱監視器破獲刑案占全般刑案破獲數比率", "43.07", "2023-H1", None, None)]),
    ("achievement_of_target", "取締酒後駕車7,805件，達成警政署核定目標值之112.3%。", "performance-report",
     [("actual", "取締酒後駕車件數", "7805", "2023", None, None),
      ("actual", "取締酒後駕車件數目標值達成率", "112.3", "2023", None, None)]),
    ("goal_opens_clause", "毒品查緝：年度目標查獲毒品嫌疑人800人，實際查獲912人。", "performance-report",
     [("target", "查獲毒品嫌疑人", "800", "2023", "equal", None),
      ("actual", "查獲毒品嫌疑人", "912", "2023", None, None)]),
    ("goal_opens_clause", "本年度目標：查獲毒品嫌疑人800人。", "council-report",
     [("target", "查獲毒品嫌疑人", "800", "2023", "equal", None)]),
    ("actual_of_target", "年度目標值為取締酒駕1,500件，實際取締1,622件。", "performance-report",
     [("target", "取締酒駕件數", "1500", "2023", "equal", None),
      ("actual", "取締酒駕件數", "1622", "2023", None, None)]),
    ("verb_target_word", "酒駕取締目標8,000件。", "performance-report",
     [("target", "酒駕取締件數", "8000", "2023", "equal", None)]),
    ("subset_measure_of_whole", "竊盜犯罪發生312件，破獲298件，其中汽車竊盜3件、機車竊盜41件。", "council-report",
     [("actual", "竊盜犯罪發生件數", "312", "2023", None, None),
      ("actual", "竊盜犯罪破獲件數", "298", "2023", None, None),
      ("actual", "汽車竊盜破獲件數", "3", "2023", None, None),
      ("actual", "機車竊盜破獲件數", "41", "2023", None, None)]),
    ("part_in_parentheses", "民防團隊現有義勇警察1,320人（男性1,105人、女性215人），移送法辦52人（含少年9人）。",
     "council-report",
     [("actual", "民防團隊義勇警察人數", "1320", "2023-12-31", None, None),
      ("actual", "民防團隊義勇警察人數（男性）", "1105", "2023-12-31", None, None),
      ("actual", "民防團隊義勇警察人數（女性）", "215", "2023-12-31", None, None),
      ("actual", "移送法辦人數", "52", "2023", None, None),
      ("actual", "移送法辦人數（少年）", "9", "2023", None, None)]),
    ("total_of_list", "交流警報器107組，電子式警報器140組，合計247組。", "council-report",
     [("actual", "交流警報器組數", "107", "2023", None, None), ("actual", "電子式警報器組數", "140", "2023", None, None),
      ("actual", "警報器合計組數", "247", "2023", None, None)]),
    ("total_of_list", "住宅竊盜發生45件、汽車竊盜32件，合計77件。", "council-report",
     [("actual", "住宅竊盜發生件數", "45", "2023", None, None), ("actual", "汽車竊盜發生件數", "32", "2023", None, None),
      ("actual", "住宅及汽車竊盜發生合計件數", "77", "2023", None, None)]),
    ("printed_target_role", "取締酒駕4,012件，達成警政署核定目標值（3,600件）之111.44%。", "performance-report",
     [("actual", "取締酒駕件數", "4012", "2023", None, None), ("target", "取締酒駕件數", "3600", "2023", "equal", None),
      ("actual", "取締酒駕件數目標值達成率", "111.44", "2023", None, None)]),
    ("plan_target", "第一、二級毒品製造、運輸、販賣嫌疑犯目標120人。", "plan",  # 「、」 joining words of one name
     [("target", "毒品製造、運輸、販賣嫌疑犯人數", "120", "2023", "equal", None)]),
    ("printed_target_role", "全般刑案破獲率：以112年破獲率92.3%為基準，113年目標值提升至93%以上。", "plan",
     [("baseline", "全般刑案破獲率", "92.3", "2023", None, None),
      ("target", "全般刑案破獲率", "93", "2024", "at-least", None)]),
    ("each_item", "寒、暑假擴大舉辦少年輔導活動，至少各1次。", "plan",
     [("target", "寒假擴大舉辦少年輔導活動次數", "1", "2023", "at-least", None),
      ("target", "暑假擴大舉辦少年輔導活動次數", "1", "2023", "at-least", None)]),
    ("subject_carried", "竊盜案件發生312件，其中汽車竊盜4件、機車竊盜56件；破獲率95.51%。", "council-report",
     [("actual", "竊盜案件發生件數", "312", "2023", None, None), ("actual", "汽車竊盜發生件數", "4", "2023", None, None),
      ("actual", "機車竊盜發生件數", "56", "2023", None, None), ("actual", "竊盜案件破獲率", "95.51", "2023", None, None)]),
    ("compared_change", "全般刑案發生812件，破獲798件，較上季（4至6月）發生數減少31件。", "council-report",
     [("actual", "全般刑案發生件數", "812", "2023", None, None), ("actual", "全般刑案破獲件數", "798", "2023", None, None),
      ("change", "全般刑案發生數", "-31", "2023", None, "2023-Q2")]),
    ("share_of_whole", "本期查獲毒品嫌疑犯523人，其中少年28人，占5.35%。", "council-report",
     [("actual", "查獲毒品嫌疑犯人數", "523", "2023", None, None),
      ("actual", "查獲毒品嫌疑犯人數（少年）", "28", "2023", None, None),
      ("actual", "查獲毒品嫌疑犯中少年比率", "5.35", "2023", None, None)]),
    ("future_target", "市長指示各分局加強巡邏，並於年底前完成全市監視器汰換200支。", "council-report",
     [("target", "年底前完成全市監視器汰換支數", "200", "2023", "equal", None)]),
    ("subset_measure_of_whole", "暴力犯罪：發生12件，全數破獲，破獲率100%。其中故意殺人3件、強盜4件。", "council-report",
     [("actual", "暴力犯罪發生件數", "12", "2023", None, None), ("actual", "暴力犯罪破獲率", "100", "2023", None, None),
      ("actual", "故意殺人發生件數", "3", "2023", None, None), ("actual", "強盜發生件數", "4", "2023", None, None)]),
    ("topic_heading", "詐欺犯罪：發生3,456件，查獲詐欺車手412人，攔阻民眾被騙1,234件。", "council-report",  # 車手: one item
     [("actual", "詐欺犯罪發生件數", "3456", "2023", None, None), ("actual", "查獲詐欺車手人數", "412", "2023", None, None),
      ("actual", "詐欺犯罪攔阻民眾被騙件數", "1234", "2023", None, None)]),
    ("subject_carried", "全般刑案發生3,456件，其中暴力犯罪發生4件，破獲4件；破獲率96.09%。", "council-report",
     [("actual", "全般刑案發生件數", "3456", "2023", None, None), ("actual", "暴力犯罪發生件數", "4", "2023", None, None),
      ("actual", "暴力犯罪破獲件數", "4", "2023", None, None), ("actual", "全般刑案破獲率", "96.09", "2023", None, None)]),
    ("respective_change", "全般刑案發生12,345件、破獲11,234件，較去年同期分別減少1,512件及增加1,234件。", "council-report",
     [("actual", "全般刑案發生件數", "12345", "2023", None, None), ("actual", "全般刑案破獲件數", "11234", "2023", None, None),
      ("change", "全般刑案發生件數", "-1512", "2023", None, "2022"), ("change", "全般刑案破獲件數", "1234", "2023", None, "2022")]),
    ("noun_after_figure", "撰研12篇警政統計通報及4篇專題統計分析，並訂定7案行政規則及修正3案作業規定。", "council-report",
     [("actual", "撰研警政統計通報篇數", "12", "2023", None, None),
      ("actual", "撰研專題統計分析篇數", "4", "2023", None, None),
      ("actual", "訂定行政規則案數", "7", "2023", None, None),
      ("actual", "修正作業規定案數", "3", "2023", None, None)]),
    ("subject_carried", "1至6月取締酒駕812件，7至12月取締905件，全年共1,717件。", "council-report",
     [("actual", "取締酒駕件數", "812", "2023-H1", None, None),
      ("actual", "酒駕取締件數", "905", "2023-H2", None, None),
      ("actual", "酒駕取締件數", "1717", "2023", None, None)]),
    ("stock_at_period_end", "鐵馬騎警隊現有自行車共191輛，加強違規取締，全年計取締65,212件，累計達9萬件。", "council-report",
     [("actual", "鐵馬騎警隊自行車數", "191", "2023-12-31", None, None),
      ("actual", "取締件數", "65212", "2023", None, None),
      ("actual", "取締件數", "90000", "2023-12-31", None, None)]),
    ("stock_at_period_end", "全年新增科技執法設備48處，累計達216處。", "performance-report",
     [("actual", "新增科技執法設備處數", "48", "2023", None, None),
      ("actual", "科技執法設備處數", "216", "2023-12-31", None, None)]),
    ("noun_after_figure", "預計建置219支攝影機，其中40支導入即時車辨功能。", "performance-report",
     [("target", "建置攝影機支數", "219", "2023", "equal", None),
      ("target", "建置攝影機支數（導入即時車辨功能）", "40", "2023", "equal", None)]),
    ("list_verb_carried", "112年預計汰換巡邏汽車5輛、偵防汽車3輛及巡邏機車57輛。", "plan",
     [("target", "汰換巡邏汽車數", "5", "2023", "equal", None),
      ("target", "汰換偵防汽車數", "3", "2023", "equal", None),
      ("target", "汰換巡邏機車數", "57", "2023", "equal", None)]),
    ("subject_named_earlier", "本期持續協尋失蹤人口，計尋獲120人。", "council-report",
     [("actual", "失蹤人口尋獲人數", "120", "2023", None, None)]),
    ("respective_target", "113年至116年全般刑案破獲率分別為95%、95.5%、96%、96.5%。", "plan",
     [("target", "全般刑案破獲率", "95", "2024", "equal", None), ("target", "全般刑案破獲率", "95.5", "2025", "equal", None),
      ("target", "全般刑案破獲率", "96", "2026", "equal", None), ("target", "全般刑案破獲率", "96.5", "2027", "equal", None)]),
    ("total_of_list", "111年取締闖紅燈8,765件、嚴重超速4,321件，合計13,086件。", "performance-report",
     [("actual", "取締闖紅燈件數", "8765", "2022", None, None), ("actual", "取締嚴重超速件數", "4321", "2022", None, None),
      ("actual", "取締合計件數", "13086", "2022", None, None)]),
    ("subset_of_previous", "預計建置219支攝影機，其中40支導入即時車辨功能。", "performance-report",
     [("target", "建置攝影機支數", "219", "2023", "equal", None),
      ("target", "建置攝影機支數（導入即時車辨功能）", "40", "2023", "equal", None)]),
    ("compared_change", "竊盜案件發生1,234件，較去年同期減少100件。", "council-report",
     [("actual", "竊盜案件發生件數", "1234", "2023", None, None),
      ("change", "竊盜案件發生件數", "-100", "2023", None, "2022")]),
    ("compared_change", "本（112）年1至6月詐欺案件發生1,203件，同比減少65件，降幅5.2%。", "council-report",
     [("actual", "詐欺案件發生件數", "1203", "2023-H1", None, None),
      ("change", "詐欺案件發生件數", "-65", "2023-H1", None, "2022-H1"),
      ("change", "詐欺案件發生件數", "-5.2", "2023-H1", None, "2022-H1")]),
    ("respective_months", "詐欺犯罪每月發生數依序為98、104、87、112、95、101、93、118、106、99、110、121件。",
     "performance-report",
     [("actual", "詐欺犯罪發生數", v, f"2023-{m:02d}", None, None)
      for m, v in enumerate(["98", "104", "87", "112", "95", "101", "93", "118", "106", "99", "110", "121"], 1)]),
    ("respective_quarters", "第1季至第4季分別查獲詐欺車手312人、287人、341人及365人，全年計1,305人。",
     "performance-report",
     [("actual", "查獲詐欺車手人數", "312", "2023-Q1", None, None),
      ("actual", "查獲詐欺車手人數", "287", "2023-Q2", None, None),
      ("actual", "查獲詐欺車手人數", "341", "2023-Q3", None, None),
      ("actual", "查獲詐欺車手人數", "365", "2023-Q4", None, None),
      ("actual", "查獲詐欺車手人數", "1305", "2023", None, None)]),
    ("respective_quarters", "110報案平均到達時間為4.8分鐘，較111年縮短0.3分鐘；各季分別為5.1、4.9、4.7及4.6分鐘。",
     "performance-report",
     [("actual", "110報案平均到達時間", "4.8", "2023", None, None),
      ("change", "110報案平均到達時間", "-0.3", "2023", None, "2022"),
      ("actual", "110報案平均到達時間", "5.1", "2023-Q1", None, None),
      ("actual", "110報案平均到達時間", "4.9", "2023-Q2", None, None),
      ("actual", "110報案平均到達時間", "4.7", "2023-Q3", None, None),
      ("actual", "110報案平均到達時間", "4.6", "2023-Q4", None, None)]),
    ("sibling_subject", "竊盜案件破獲率95.2%，詐欺案件為88.1%。", "performance-report",
     [("actual", "竊盜案件破獲率", "95.2", "2023", None, None),
      ("actual", "詐欺案件破獲率", "88.1", "2023", None, None)]),
    ("sibling_subject", "A1類事故平均到場時間6.8分鐘，A2類為8.2分鐘。", "performance-report",
     [("actual", "A1類事故平均到場時間", "6.8", "2023", None, None),
      ("actual", "A2類平均到場時間", "8.2", "2023", None, None)]),
    ("compared_change", "全般刑案發生5,684件，破獲率97.13%；與去年同期相較，破獲率下滑0.42個百分點。", "council-report",
     [("actual", "全般刑案發生件數", "5684", "2023", None, None),
      ("actual", "全般刑案破獲率", "97.13", "2023", None, None),
      ("change", "全般刑案破獲率", "-0.42", "2023", None, "2022")]),
    ("compared_change", "本年第1季詐欺案件發生356件，同比增加4.7%，財損金額計1億2,380萬元。", "council-report",
     [("actual", "詐欺案件發生件數", "356", "2023-Q1", None, None),
      ("change", "詐欺案件發生件數", "4.7", "2023-Q1", None, "2022-Q1"),
      ("actual", "財損金額", "123800000", "2023-Q1", None, None)]),  # 同比 is compared: no period for what follows
    ("respective_change", "住宅竊盜發生94件、破獲92件；汽車竊盜發生71件、破獲73件；機車竊盜發生418件、破獲409件，"
     "上開案類發生數分別較111年同期減少12件、4件及31件。", "council-report",
     [("actual", "住宅竊盜發生件數", "94", "2023", None, None), ("actual", "住宅竊盜破獲件數", "92", "2023", None, None),
      ("actual", "汽車竊盜發生件數", "71", "2023", None, None), ("actual", "汽車竊盜破獲件數", "73", "2023", None, None),
      ("actual", "機車竊盜發生件數", "418", "2023", None, None), ("actual", "機車竊盜破獲件數", "409", "2023", None, None),
      ("change", "住宅竊盜發生件數", "-12", "2023", None, "2022"),
      ("change", "汽車竊盜發生件數", "-4", "2023", None, "2022"),
      ("change", "機車竊盜發生件數", "-31", "2023", None, "2022")]),
    ("compared_with_baseline", "以110年為基準年，112年詐欺案件發生281件，較基準年減少39件。", "council-report",
     [("actual", "詐欺案件發生件數", "281", "2023", None, None),
      ("change", "詐欺案件發生件數", "-39", "2023", None, "2021")]),
    ("compared_with_baseline", "以111年A1類交通事故死亡人數96人為基準，本年A1類死亡人數80人，較基準減少16人。",
     "council-report",
     [("baseline", "A1類交通事故死亡人數", "96", "2022", None, None),
      ("actual", "A1類死亡人數", "80", "2023", None, None),
      ("change", "A1類死亡人數", "-16", "2023", None, "2022")]),
    ("change_between_years", "第3季（7至9月）竊盜案件發生數由上季的221件降至187件，減少34件。", "council-report",
     [("actual", "竊盜案件發生數", "221", "2023-Q2", None, None),
      ("actual", "竊盜案件發生數", "187", "2023-Q3", None, None),
      ("change", "竊盜案件發生數", "-34", "2023-Q3", None, "2023-Q2")]),
    ("change_between_years", "A1類交通事故死亡人數由110年85人降至111年72人，減少13人。", "performance-report",
     [("actual", "A1類交通事故死亡人數", "85", "2021", None, None),
      ("actual", "A1類交通事故死亡人數", "72", "2022", None, None),
      ("change", "A1類交通事故死亡人數", "-13", "2022", None, "2021")]),
    ("leading_verb_change", "與111年同期相較，增加治平目標11名。", "council-report",
     [("change", "治平目標人數", "11", "2023", None, "2022")]),
    ("budget", "本計畫編列預算3億2,000萬元。", "plan",
     [("budget", "本計畫編列預算金額", "320000000", "2023", None, None)]),
    ("plan_target", "預計汰換巡邏機車59輛。", "plan",
     [("target", "汰換巡邏機車數", "59", "2023", "equal", None)]),
    ("future_target", "預計於年底前再建置車牌辨識攝影機30支。", "performance-report",
     [("target", "年底前再建置車牌辨識攝影機支數", "30", "2023", "equal", None)]),
    ("future_target", "預計汰換警用汽車11輛及機車475輛(汰換後至112年底，使警用機車逾齡率降為53.99%)。", "council-report",
     [("target", "汰換警用汽車數", "11", "2023", "equal", None), ("target", "汰換機車數", "475", "2023", "equal", None),
      ("target", "警用機車逾齡率", "53.99", "2023-12-31", "equal", None)]),
    ("subject_named_since", "暴力犯罪發生3件、破獲3件；竊盜犯罪發生數已連續三年下降，本期發生594件、破獲505件。", "council-report",
     [("actual", "暴力犯罪發生件數", "3", "2023", None, None), ("actual", "暴力犯罪破獲件數", "3", "2023", None, None),
      ("actual", "竊盜犯罪發生件數", "594", "2023", None, None), ("actual", "竊盜犯罪破獲件數", "505", "2023", None, None)]),
    ("completion_expected", "汰換使用逾8年錄影監視系統攝影機530支，於112年12月13日開工，預計113年8月完工。", "performance-report",
     [("target", "汰換使用逾8年錄影監視系統攝影機支數", "530", "2023", "equal", None)]),
    ("noun_after_figure", "於路竹區體育園區周邊裝設26支攝影機，於112年8月22日完工，10月3日驗收完畢。", "performance-report",
     [("actual", "路竹區體育園區周邊裝設攝影機支數", "26", "2023", None, None)]),
    ("noun_after_figure", "全年共查獲12件毒品案件，發生3件住宅竊盜案。", "performance-report",
     [("actual", "查獲毒品案件", "12", "2023", None, None), ("actual", "發生住宅竊盜案", "3", "2023", None, None)]),
    ("noun_after_figure", "警察局列冊共400所各級學校（各大專院校、高中職），已全數完成宣導。", "performance-report",
     [("actual", "列冊各級學校數", "400", "2023", None, None)]),
    # three or more subjects listed before 分別, and a second 分別 list of a bare measure taking the same subjects
    ("respective_items", "暴力犯罪、竊盜犯罪及詐欺犯罪分別發生89件、6,842件及5,317件，破獲率分別為104.49%、98.11%及86.72%。",
     "council-report",
     [("actual", "暴力犯罪發生件數", "89", "2023", None, None), ("actual", "竊盜犯罪發生件數", "6842", "2023", None, None),
      ("actual", "詐欺犯罪發生件數", "5317", "2023", None, None), ("actual", "暴力犯罪破獲率", "104.49", "2023", None, None),
      ("actual", "竊盜犯罪破獲率", "98.11", "2023", None, None), ("actual", "詐欺犯罪破獲率", "86.72", "2023", None, None)]),
    ("respective_items", "詐欺、竊盜及暴力犯罪分別發生468件、587件及7件。", "council-report",  # the last item's 犯罪 is all's
     [("actual", "詐欺犯罪發生件數", "468", "2023", None, None), ("actual", "竊盜犯罪發生件數", "587", "2023", None, None),
      ("actual", "暴力犯罪發生件數", "7", "2023", None, None)]),
    ("noun_of_counter", "對於持續運作1年以上守望相助隊，每隊每年補助運作經費，預計補助245隊。", "plan",
     [("target", "補助守望相助隊數", "245", "2023", "equal", None)]),
    ("future_target", "原訂汰換巡邏機車300輛，實際汰換312輛。", "performance-report",
     [("target", "汰換巡邏機車數", "300", "2023", "equal", None), ("actual", "汰換巡邏機車數", "312", "2023", None, None)]),
    ("level_at_start", "警用機車逾齡率由38.5%降至31.2%，下降7.3個百分點。", "performance-report",
     [("actual", "警用機車逾齡率", "38.5", "2022-12-31", None, None), ("actual", "警用機車逾齡率", "31.2", "2023", None, None),
      ("change", "警用機車逾齡率", "-7.3", "2023", None, "2022-12-31")]),
    ("stock_at_period_end", "治安顧慮人口：列管412人，本期查訪率98.5%。", "council-report",
     [("actual", "治安顧慮人口列管人數", "412", "2023-12-31", None, None),
      ("actual", "治安顧慮人口查訪率", "98.5", "2023", None, None)]),
    ("funding_source", "所需經費：新臺幣2,345萬元，由本府編列1,845萬元、中央補助500萬元。", "plan",
     [("budget", "所需經費金額", "23450000", "2023", None, None), ("budget", "預算金額（本府）", "18450000", "2023", None, None),
      ("budget", "所需經費中央補助金額", "5000000", "2023", None, None)]),
    ("share_of_named_whole", "A1類交通事故死亡人數中，機車駕駛人占60%。", "council-report",
     [("actual", "A1類交通事故死亡人數中機車駕駛人比率", "60", "2023", None, None)]),
    ("share_named_after", "詐欺案件發生數近3成為假投資詐騙。", "council-report",
     [("actual", "詐欺案件中假投資詐騙比率", "30", "2023", None, None)]),
    ("cumulative_since_year_start", "截至5月底止，累計查獲毒品嫌疑犯312人，約為去年同期的1.2倍。", "council-report",
     [("actual", "查獲毒品嫌疑犯人數", "312", "2023-01-01--2023-05-31", None, None)]),
    ("cumulative_since_year_start", "截至12月底全縣攝影機達9,674支；因調閱監視器破獲刑案1,528件。", "performance-report",
     [("actual", "攝影機支數", "9674", "2023-12-31", None, None),
      ("actual", "因調閱監視器破獲刑案", "1528", "2023", None, None)]),
    # a colon list: each bare measure named before its colon is of the subject the first one named
    ("subject_carried", "本期全般刑案發生數：612件；破獲數：598件；破獲率：97.71%；較去年同期發生數增加23件。", "council-report",
     [("actual", "全般刑案發生數", "612", "2023", None, None), ("actual", "全般刑案破獲數", "598", "2023", None, None),
      ("actual", "全般刑案破獲率", "97.71", "2023", None, None), ("change", "全般刑案發生數", "23", "2023", None, "2022")]),
    ("baseline", "提升全般刑案破獲率：113年目標值不低於97%（基準值：112年96.42%）。", "plan",
     [("target", "全般刑案破獲率", "97", "2024", "at-least", None), ("baseline", "全般刑案破獲率", "96.42", "2023", None, None)]),
    ("list_verb_carried", "受理家庭暴力案件4,385件、性侵害案件157件，聲請保護令612件。", "performance-report",
     [("actual", "受理家庭暴力案件", "4385", "2023", None, None), ("actual", "受理性侵害案件", "157", "2023", None, None),
      ("actual", "聲請保護令件數", "612", "2023", None, None)]),
    # 個 counts the unit named after it, of what was named before (「總計有」 is no part of the name)
    ("noun_after_figure", "至112年12月底止，總計有志工18個中隊、96個分隊、2,479人。", "performance-report",
     [("actual", "志工中隊數", "18", "2023-12-31", None, None), ("actual", "志工分隊數", "96", "2023-12-31", None, None),
      ("actual", "志工人數", "2479", "2023-12-31", None, None)]),
    # a plan's 執行 is what it will do (已執行 is done), and 各 gives each item the verb
    ("plan_intention", "全年執行校外聯巡及護童勤務各240班次；已執行校外聯巡120班次。", "plan",
     [("target", "執行校外聯巡班次", "240", "2023", "equal", None), ("target", "執行護童勤務班次", "240", "2023", "equal", None),
      ("actual", "執行校外聯巡班次", "120", "2023", None, None)]),
    ("bought_to_replace", "111年度編列3,186萬2,000元經費，以汰換老舊警用機車為主，購置422輛警用機車。", "performance-report",
     [("budget", "編列金額", "31862000", "2022", None, None), ("actual", "汰換警用機車數", "422", "2022", None, None)]),
    ("subset_measure_of_whole", "本期受理110報案63萬2,915件，其中有效報案24萬1,087件。", "council-report",
     [("actual", "受理110報案", "632915", "2023", None, None), ("actual", "受理有效報案", "241087", "2023", None, None)]),
    ("subject_named_earlier", "持續推動嚴懲重大交通違規專案，針對闖紅燈、嚴重超速等4項違規，取締總件數較111年增加1%。", "plan",
     [("target", "重大交通違規取締總件數", "1", "2023", "increase-by", "2022")]),
    ("trailing_goal_word", "攔阻詐騙金額目標8,000萬元，實際攔阻1億2,345萬元。", "performance-report",
     [("target", "攔阻詐騙金額", "80000000", "2023", "equal", None), ("actual", "攔阻詐騙金額", "123450000", "2023", None, None)]),
    ("relative_target", "A1類交通事故死亡人數目標值以111年54人為基準，降低5%；實際死亡49人，較111年減少5人。", "performance-report",
     [("baseline", "A1類交通事故死亡人數", "54", "2022", None, None),
      ("target", "A1類交通事故死亡人數", "5", "2023", "decrease-by", "2022"),
      ("actual", "A1類交通事故死亡人數", "49", "2023", None, None),
      ("change", "A1類交通事故死亡人數", "-5", "2023", None, "2022")]),
    ("amplitude_alone", "詐欺案件發生2,345件，降幅達12.5%。", "council-report",
     [("actual", "詐欺案件發生件數", "2345", "2023", None, None), ("change", "詐欺案件發生件數", "-12.5", "2023", None, "2022")]),
    ("amplitude_alone", "毒品案件查獲312件，成長率15.2%。", "council-report",
     [("actual", "毒品案件查獲件數", "312", "2023", None, None), ("change", "毒品案件查獲件數", "15.2", "2023", None, "2022")]),
    ("plan_target", "每月至少召開1次治安會報，全年12次。", "plan",
     [("target", "治安會報次數", "12", "2023", "equal", None)]),
    ("heading_subject_closer", "辦理犯罪預防宣導：辦理宣導600場次。", "performance-report",
     [("actual", "辦理犯罪預防宣導場次", "600", "2023", None, None)]),
    ("list_verb_carried", "本期已汰換警用汽車11輛及機車475輛。", "council-report",
     [("actual", "汰換警用汽車數", "11", "2023", None, None), ("actual", "汰換機車數", "475", "2023", None, None)]),
    ("printed_target_role", "全般刑案破獲率目標值85%，實際值93.45%。", "performance-report",
     [("target", "全般刑案破獲率", "85", "2023", "equal", None),
      ("actual", "全般刑案破獲率", "93.45", "2023", None, None)]),
    ("bare_target_word", "查獲毒品案件目標1,200件。", "plan",
     [("target", "查獲毒品案件", "1200", "2023", "equal", None)]),
    ("printed_actual_role", "全般刑案破獲率目標值85%，實際值93.45%。", "performance-report",
     [("target", "全般刑案破獲率", "85", "2023", "equal", None),
      ("actual", "全般刑案破獲率", "93.45", "2023", None, None)]),
    ("subject_carried", "查獲職業賭場31件、993人。", "performance-report",
     [("actual", "查獲職業賭場", "31", "2023", None, None),
      ("actual", "查獲職業賭場人數", "993", "2023", None, None)]),
    ("subject_of_previous_clause", "4項違規執法績效，較去年度平均值增加1%。", "plan",
     [("target", "4項違規執法績效", "1", "2023", "increase-by", "2022")]),
    ("achievement_of_target", "取締酒駕件數目標值1,800件，實際2,050件，達成率113.89%。", "performance-report",
     [("target", "取締酒駕件數", "1800", "2023", "equal", None),
      ("actual", "取締酒駕件數", "2050", "2023", None, None),
      ("actual", "取締酒駕件數目標達成率", "113.89", "2023", None, None)]),
]


def test_gang_targets_brought_in_are_no_plan_target_and_accomplices_keep_their_共():
    """「執行「治平專案」到案目標28件、共犯及成員311人」: 目標 are the gang's ringleaders, an actual count."""
    got = _read("五、檢肅幫派：執行「治平專案」到案目標28件、共犯及成員311人。", _ctx("council-report"))
    assert [(g[0], g[2]) for g in got] == [("actual", Decimal("28")), ("actual", Decimal("311"))]
    assert "共犯" in got[1][1]


def test_a_part_of_the_period_is_not_carried_to_the_next_sentence():
    """「其中10月份單月發生83件為本期高峰；另…成功攔阻…59件」: the 59 are of the period reported, not of October."""
    got = _read("詐欺犯罪本期發生436件，其中10月份單月發生83件為本期高峰；另成功攔阻民眾遭詐匯款59件。",
                _ctx("council-report", H1_2023))
    assert [(g[2], g[3]) for g in got] == [(Decimal("436"), "2023-H1"), (Decimal("83"), "2023-10"),
                                          (Decimal("59"), "2023-H1")]


def test_a_total_after_parts_of_the_period_is_of_them_together_and_a_breakdown_is_not_carried():
    """「1至3月…162件、4至6月173件，合計335件、412人」: the total and the count after it are of the half year;
    「第1季發生1,986件、第2季發生1,935件；分局別以民雄分局712件最多」: the precincts' counts too, not of the 2nd quarter."""
    got = _read("毒品方面，1至3月查獲毒品案件162件、4至6月173件，合計335件、412人。", _ctx("council-report", H1_2023))
    assert [(str(g[2]), g[3]) for g in got] == [("162", "2023-Q1"), ("173", "2023-Q2"), ("335", "2023-H1"),
                                                ("412", "2023-H1")]
    got = _read("全般刑案第1季發生1,986件、第2季發生1,935件；分局別以民雄分局712件最多。", _ctx("council-report", H1_2023))
    assert [(str(g[2]), g[3]) for g in got] == [("1986", "2023-Q1"), ("1935", "2023-Q2"), ("712", "2023-H1")]


def test_a_period_carries_to_the_next_sentence_and_stays_out_of_names():
    """「9月份…死亡5人，較8月份減少2人；A2類交通事故受傷412人」: all of September, the change against August; the
    names hold no period words."""
    got = _read("9月份全縣A1類交通事故死亡5人，較8月份減少2人；A2類交通事故受傷412人。", _ctx("council-report"))
    assert [(g[0], g[1], g[3], g[5]) for g in got] == [
        ("actual", "A1類交通事故死亡人數", "2023-09", None),
        ("change", "A1類交通事故死亡人數", "2023-09", "2023-08"),
        ("actual", "A2類交通事故受傷人數", "2023-09", None)]


def test_respective_figures_after_a_span_of_years_are_one_per_year():
    """「108年至111年之目標值分別為96%、96.5%、97%及97.5%」: one target a year, in order."""
    plan = Period(date(2019, 1, 1), date(2022, 12, 31), "108至111年")
    got = _read("全般刑案破獲率108年至111年之目標值分別為96%、96.5%、97%及97.5%。",
                _ctx("midterm-plan", plan, plan_years=(2019, 2020, 2021, 2022)))
    assert [(g[0], g[1], str(g[2]), g[3]) for g in got] == [
        ("target", "全般刑案破獲率", "96", "2019"), ("target", "全般刑案破獲率", "96.5", "2020"),
        ("target", "全般刑案破獲率", "97", "2021"), ("target", "全般刑案破獲率", "97.5", "2022")]


def test_a_shortened_time_is_a_change_and_shortened_to_is_a_level():
    """「較111年縮短0.3分鐘」 is a change; 「縮短為1個工作天」 is the level reached, in a plan a target."""
    got = _read("平均處理天數為5.2日，較111年縮短0.8日。", _ctx("performance-report"))
    assert [(g[0], str(g[2]), g[5]) for g in got] == [("actual", "5.2", None), ("change", "-0.8", "2022")]
    got = _read("將持續加強受理窗口時效，無刑事紀錄證明之發證時間縮短為1個工作天。", _ctx("plan"))
    assert [(g[0], str(g[2]), g[4]) for g in got] == [("target", "1", "equal")]


def test_a_heading_that_says_less_leaves_the_name():
    """「刑案分析：本期全般刑案發生9,874件」: the heading's 刑案 does not replace 全般刑案 (the other way round it does)."""
    got = _read("(一)刑案分析：本期全般刑案發生9,874件。", _ctx("council-report"))
    assert [(g[1], g[6]) for g in got] == [("全般刑案發生件數", ())]
    got = _read("(一)刑案分析：本期全般刑案發生9,874件；破獲9,962件，破獲率100.89%。", _ctx("council-report"))
    assert [g[1] for g in got] == ["全般刑案發生件數", "全般刑案破獲件數", "全般刑案破獲率"]  # and it carries


def test_a_prior_figure_in_an_aside_keeps_its_year_to_itself():
    """「詐欺犯罪發生1,148件（去年同期為1,024件），破獲1,102件」: only 1,024 is last year's, and it is no part of 1,148."""
    got = _read("詐欺犯罪發生1,148件（去年同期為1,024件），破獲1,102件。", _ctx("council-report"))
    assert [(g[1], str(g[2]), g[3]) for g in got] == [
        ("詐欺犯罪發生件數", "1148", "2023"), ("詐欺犯罪發生件數", "1024", "2022"), ("詐欺犯罪破獲件數", "1102", "2023")]


def test_levels_from_one_year_to_another_printed_with_自_and_的():
    """「自109年的9人降至112年的4人」「由107年的1萬1,302件逐年下降至111年的8,915件」: two levels of one name, each
    of its year; 「自113年起每年…減少5%」 names no 自起."""
    plan = Period(date(2024, 1, 1), date(2027, 12, 31), "113至116年")
    ctx = _ctx("midterm-plan", plan, plan_years=(2024, 2025, 2026, 2027))
    got = _read("A1類交通事故死亡人數自109年的9人降至112年的4人。", ctx)
    assert [(g[1], str(g[2]), g[3]) for g in got] == [("A1類交通事故死亡人數", "9", "2020"), ("A1類交通事故死亡人數", "4", "2023")]
    got = _read("全般刑案發生數由107年的1萬1,302件逐年下降至111年的8,915件。", ctx)
    assert [(g[1], g[3]) for g in got] == [("全般刑案發生數", "2018"), ("全般刑案發生數", "2022")]
    got = _read("A1類交通事故死亡人數自113年起每年較前一年度減少5%。", ctx)
    assert {(g[1], g[4]) for g in got} == {("A1類交通事故死亡人數", "decrease-by")} and len(got) == 4


def test_a_standard_with_a_bound_states_the_target_in_a_results_report():
    """「衡量標準：…執行率達95%以上」 in a results report is the target (named without 衡量標準); a formula is not."""
    got = _read("衡量標準：婦幼案件加害人約制訪查執行率達95%以上。", _ctx("performance-report"))
    assert [(g[0], g[1], g[4]) for g in got] == [("target", "婦幼案件加害人約制訪查執行率", "at-least")]
    assert _read("衡量標準：（破獲數÷發生數）×100%。", _ctx("performance-report")) == []


def test_a_count_since_a_year_runs_to_the_end_of_the_period():
    """「自110年起…，累計建置…4,862支，本年新增615支」: the total is of 110 to the period's end; 本年's is of the year."""
    got = _read("自110年起推動科技偵查精進計畫，累計建置車牌辨識攝影機4,862支，本年新增615支。", _ctx("performance-report"))
    assert [(str(g[2]), g[3]) for g in got] == [("4862", "2021--2023"), ("615", "2023")]


def test_現有_stays_when_it_is_the_measure():
    """「騎警隊目前現有自行車」 drops 現有, but 「員警現有人數」 is the headcount itself."""
    got = _read("截至9月底，警察局員警現有人數為986人。", _ctx("council-report"))
    assert [g[1] for g in got] == ["員警現有人數"]


def test_offenders_without_a_subject_take_the_sentences():
    """「全般刑案發生14,236件，…，查獲案犯16,902人」: 案犯 are 全般刑案's, like 嫌疑犯."""
    got = _read("全般刑案發生14,236件，破獲14,018件，查獲案犯16,902人。", _ctx("council-report"))
    assert [g[1] for g in got][-1] == "全般刑案查獲案犯人數"


def test_a_relative_target_of_a_count_named_as_its_baseline():
    """「以113年全年A1類交通事故死亡人數為基準，目標降低10%」 is a target of that count; 「以前年（111年）…（21人）為基準值，
    目標減少2人」 is measured from the baseline's year."""
    got = _read("將以111年全年A1類交通事故死亡人數為基準，目標降低10%。", _ctx("plan"))
    assert [(g[1], g[4], g[5]) for g in got] == [("A1類交通事故死亡人數", "decrease-by", "2022")]
    got = _read("本年度以前年（110年）A1類交通事故死亡人數（21人）為基準值，目標減少2人。", _ctx("plan"))
    assert [(g[0], str(g[2]), g[3], g[5]) for g in got] == [("baseline", "21", "2021", None),
                                                            ("target", "2", "2023", "2021")]


def test_goal_and_expectation_words_stay_out_of_plan_names():
    """「目標攔阻詐騙案件達150件以上」「預期…全般刑案破獲率可維持在98%以上」: 攔阻詐欺件數, 全般刑案破獲率."""
    got = _read("本局將強化攔阻機制，目標攔阻詐騙案件達150件以上。", _ctx("plan"))
    assert [(g[0], g[1], g[4]) for g in got] == [("target", "攔阻詐騙案件", "at-least")]
    got = _read("預期本年度全般刑案破獲率可維持在98%以上。", _ctx("plan"))
    assert [(g[0], g[1], g[4]) for g in got] == [("target", "全般刑案破獲率", "at-least")]


def test_a_plans_past_levels_their_growth_and_targets_from_a_baseline():
    """In a 112–115 plan: 「詐欺案件卻由108年之612件增加至111年之1,094件，增幅高達78.76%」 are two past levels and their
    growth since 108; 「以109年取締職業賭場件數（38件）為基準值，…每年目標較基準值增加5%」 targets that count from 109."""
    plan = Period(date(2023, 1, 1), date(2026, 12, 31), "112至115年")
    ctx = _ctx("midterm-plan", plan, plan_years=(2023, 2024, 2025, 2026))
    got = _read("全般刑案發生數亦由108年之7,856件下降至111年之6,912件，惟詐欺案件卻由108年之612件增加至111年之1,094件，"
                "增幅高達78.76%。", ctx)
    assert [(g[0], g[1], str(g[2]), g[3], g[5]) for g in got] == [
        ("actual", "全般刑案發生數", "7856", "2019", None), ("actual", "全般刑案發生數", "6912", "2022", None),
        ("actual", "詐欺案件發生數", "612", "2019", None), ("actual", "詐欺案件發生數", "1094", "2022", None),
        ("change", "詐欺案件發生數", "78.76", "2022", "2019")]
    got = _read("並以109年取締職業賭場件數（38件）為基準值，112年至115年每年目標較基準值增加5%。", ctx)
    assert {(g[0], g[1], g[4], g[5]) for g in got if g[0] == "target"} == {
        ("target", "取締職業賭場件數", "increase-by", "2020")}


def test_a_per_year_list_after_a_name_and_colon():
    """「A1類交通事故死亡人數：113年：4人；114年：4人；115年：3人」 in a 113–115 plan: each year's target of that name,
    the plan's first year included (the year before the colon is no heading)."""
    plan = Period(date(2024, 1, 1), date(2026, 12, 31), "113至115年")
    got = _read("三、A1類交通事故死亡人數：113年：4人；114年：4人；115年：3人。",
                _ctx("midterm-plan", plan, plan_years=(2024, 2025, 2026)))
    assert [(g[0], g[1], str(g[2]), g[3]) for g in got] == [
        ("target", "A1類交通事故死亡人數", "4", "2024"), ("target", "A1類交通事故死亡人數", "4", "2025"),
        ("target", "A1類交通事故死亡人數", "3", "2026")]


def test_a_second_undated_move_takes_the_first_ones_years():
    """「發生數由110年之412件下降至111年之377件，…破獲率由92.96%提升至97.35%，增加4.39個百分點」: 110 and 111 again."""
    got = _read("住宅竊盜：發生數由110年之412件下降至111年之377件，破獲率由92.96%提升至97.35%，增加4.39個百分點。",
                _ctx("performance-report"))
    assert [(g[0], str(g[2]), g[3], g[5]) for g in got][2:] == [
        ("actual", "92.96", "2021", None), ("actual", "97.35", "2022", None), ("change", "4.39", "2022", "2021")]


def test_an_occurrence_rate_falling_in_percent_is_the_occurrences_change():
    """「比較111年同期，減少17件，發生率下降27.42%」: occurrences fell by 27.42% (17 of 62), no rate per population."""
    got = _read("本期街頭聚眾鬥毆案件計發生45件，比較111年同期，減少17件，發生率下降27.42%。", _ctx("council-report"))
    assert [(g[0], g[1], str(g[2])) for g in got][-1] == ("change", "街頭聚眾鬥毆案件發生數", "-27.42")


def test_money_paid_out_is_an_actual_not_a_budget():
    """「已核撥…補助382萬元」 is money paid (an actual at that date); 「補助經費1,435萬元」 alone is a budget."""
    got = _read("截至10月底已核撥守望相助隊裝備補助382萬元。", _ctx("council-report"))
    assert [(g[0], str(g[2]), g[3]) for g in got] == [("actual", "3820000", "2023-10-31")]
    got = _read("本年度守望相助隊補助經費1,435萬元。", _ctx("council-report"))
    assert [g[0] for g in got] == ["budget"]
    got = _read("本計畫預算數1,200萬元，執行數816萬元，賸餘384萬元。", _ctx("performance-report"))
    assert [g[0] for g in got] == ["budget", "actual", "actual"]  # money left unspent is no budget either


def test_a_month_list_without_twelve_figures_keeps_the_period():
    """「每月…依序為」 with fewer figures than months names no month: the figures stay of the period."""
    got = _read("本年詐欺犯罪每月發生數依序為98、104及87件。", _ctx("performance-report"))
    assert {g[3] for g in got} == {"2023"}


def test_yearly_steps_after_a_stated_first_year_start_the_year_after_it():
    """「114年達92%，以後每年提升0.5個百分點，至117年達93.5%」: 以後 is 其後 — steps for 115 to 117 only."""
    plan = Period(date(2025, 1, 1), date(2028, 12, 31), "114至117年")
    got = _read("全般刑案破獲率114年達92%，以後每年提升0.5個百分點，至117年達93.5%。",
                _ctx("midterm-plan", plan, plan_years=(2025, 2026, 2027, 2028)))
    assert [(g[0], g[1], str(g[2]), g[3], g[4]) for g in got] == [
        ("target", "全般刑案破獲率", "92", "2025", "equal"),
        ("target", "全般刑案破獲率", "0.5", "2026", "increase-by"),
        ("target", "全般刑案破獲率", "0.5", "2027", "increase-by"),
        ("target", "全般刑案破獲率", "0.5", "2028", "increase-by"),
        ("target", "全般刑案破獲率", "93.5", "2028", "equal")]


def test_an_indicator_named_alone_names_the_targets_of_the_sentences_after_it():
    """「衡量指標：詐欺犯罪破獲率；衡量標準：（…）×100%；年度目標值：114年80%、115年81%」."""
    plan = Period(date(2025, 1, 1), date(2026, 12, 31), "114至115年")
    got = _read("衡量指標：詐欺犯罪破獲率；衡量標準：（詐欺犯罪破獲數÷發生數）×100%；年度目標值：114年80%、115年81%。",
                _ctx("midterm-plan", plan, plan_years=(2025, 2026)))
    assert [(g[0], g[1], str(g[2]), g[3]) for g in got] == [
        ("target", "詐欺犯罪破獲率", "80", "2025"), ("target", "詐欺犯罪破獲率", "81", "2026")]


def test_a_budget_in_a_half_year_report_is_of_its_fiscal_year():
    got = _read("本年度編列經費2,380萬元。", _ctx("council-report", H1_2023))
    assert [(g[0], g[3]) for g in got] == [("budget", "2023")]


def test_names_listed_before_a_respective_comparison_pair_in_order():
    """「發生數及破獲率較去年同期分別減少512件及增加0.84個百分點」: of 全般刑案's 發生數 and 破獲率, in order."""
    got = _read("本期全般刑案發生1萬6,824件，破獲率97.41%；發生數及破獲率較去年同期分別減少512件及增加0.84個百分點。",
                _ctx("council-report"))
    assert [(g[0], g[1], str(g[2])) for g in got[-2:]] == [("change", "全般刑案發生數", "-512"),
                                                        ("change", "全般刑案破獲率", "0.84")]


def test_a_heading_is_not_put_before_a_name_with_a_subject_of_its_own():
    """「為民服務：核發警察刑事紀錄證明42,618件」 names its own subject; 「竊盜案件部分，發生186件」 takes the heading's; a
    generic heading (衡量指標一) names nothing, and of nested headings the last counts."""
    assert _read("為民服務：核發警察刑事紀錄證明42,618件。", _ctx("council-report"))[0][1] == "核發警察刑事紀錄證明件數"
    assert _read("竊盜案件部分，發生186件。", _ctx("council-report"))[0][1] == "竊盜案件發生件數"
    got = _read("衡量指標：（一）全般刑案破獲率：以112年實際值97.1%為基準，113年目標值97.5%。", _ctx("plan"))
    assert [(g[0], g[1]) for g in got] == [("baseline", "全般刑案破獲率"), ("target", "全般刑案破獲率")]


def test_a_policy_heading_names_bare_measures_by_its_subject():
    """「加強預防犯罪宣導：全年至少辦理40場次，宣導人數達1萬人以上」: the heading's subject without its verb names the
    bare measures (辦理場次, 宣導人數); a name with its own subject takes no heading."""
    got = _read("二、加強預防犯罪宣導：全年至少辦理40場次，宣導人數達1萬人以上。", _ctx("plan"))
    assert [(g[1], g[4]) for g in got] == [("預防犯罪宣導場次", "at-least"), ("預防犯罪宣導人數", "at-least")]
    got = _read("加強查緝毒品：全年查獲毒品案件1,200件。", _ctx("performance-report"))
    assert got[0][1] == "查獲毒品案件"


def test_a_heading_that_names_the_measure_names_the_figures_under_it():
    """「住宅竊盜發生數：以112年186件為基準，113年目標降低5%」 and 「破獲率則由91.2%提升至96.5%」: no 「發生件數」 or 「則」
    appended; 「預防犯罪宣導場次每年至少辦理120場」 names 預防犯罪宣導場次 each plan year."""
    got = _read("住宅竊盜發生數：以112年186件為基準，113年目標降低5%。", _ctx("plan"))
    assert [g[1] for g in got] == ["住宅竊盜發生數", "住宅竊盜發生數"]
    got = _read("全般刑案發生數由3,921件下降至3,408件，破獲率則由91.2%提升至96.5%。", _ctx("performance-report"))
    assert {g[1] for g in got if g[2] in (Decimal("91.2"), Decimal("96.5"))} == {"全般刑案破獲率"}
    plan = Period(date(2019, 1, 1), date(2022, 12, 31), "108至111年")
    got = _read("預防犯罪宣導場次每年至少辦理120場。", _ctx("midterm-plan", plan, plan_years=(2019, 2020, 2021, 2022)))
    assert [(g[1], g[3], g[4]) for g in got] == [("預防犯罪宣導場次", str(y), "at-least") for y in range(2019, 2023)]
    # 「其後每年」: the yearly targets start after the year the sentence already set; 其後 is no part of the name
    got = _read("全般刑案破獲率：108年達93%，其後每年提升0.5個百分點。",
                _ctx("midterm-plan", plan, plan_years=(2019, 2020, 2021, 2022)))
    assert [(g[0], g[1], str(g[2]), g[3], g[4]) for g in got] == [("target", "全般刑案破獲率", "93", "2019", "equal")] + [
        ("target", "全般刑案破獲率", "0.5", str(y), "increase-by") for y in (2020, 2021, 2022)]


@pytest.mark.parametrize("heading, sentence, expected", [
    # the heading opens with the deed: its object is what was counted
    ("勸導深夜遊蕩少年返家", "並將勸導情形即時傳送教育局，111年共計勸導671人次。", "勸導深夜遊蕩少年返家人次"),
    ("勤(業)務督導", "各級幹部落實各項勤務，111年計督導2,293次。", "勤(業)務督導次數"),  # the heading ends with the deed
    ("「社區輔警」工作成效", "並將勸導情形即時傳送教育局，111年共計勸導671人次。", "勸導人次"),  # it names no deed
])
def test_a_bare_deed_is_the_deed_its_heading_names(heading, sentence, expected):
    """「3.勸導深夜遊蕩少年返家」 over 「…111年共計勸導671人次」: 勸導深夜遊蕩少年返家人次, no bare 「勸導人次」."""
    got = _read(sentence, _ctx("performance-report", heading=heading))
    assert got[0][1] == expected
    assert ("object_of_heading" in got[0][6]) == (expected != "勸導人次")


def test_a_kind_of_the_whole_named_before_中_is_counted_as_itself():
    """「竊盜案件中機車竊盜119件」: 機車竊盜's count, not 「竊盜案件中機車竊盜件數」; a share keeps its whole."""
    got = _read("竊盜案件中機車竊盜119件、住宅竊盜37件。", _ctx("council-report"))
    assert [g[1] for g in got] == ["機車竊盜件數", "住宅竊盜件數"]
    got = _read("A1類交通事故死亡人數中，機車駕駛人占60%。", _ctx("council-report"))
    assert got[0][1] == "A1類交通事故死亡人數中機車駕駛人比率"


def test_a_lists_separator_is_no_part_of_the_next_items_name():
    """「辦理校園犯罪預防宣導二百零六場、參與學生約3萬1千人次」: 參與學生人次, not 「、參與學生人次」."""
    got = _read("辦理校園犯罪預防宣導二百零六場、參與學生約3萬1千人次。", _ctx("performance-report"))
    assert [g[1] for g in got] == ["辦理校園犯罪預防宣導場次", "參與學生人次"]


def test_a_figure_right_after_another_counts_the_same_deed_in_its_own_unit():
    """「…做有線電話設備預防檢查、測試，共出勤61次122人次」: the 122 person-times are of that inspection, not a bare 出勤."""
    got = _read("定期至各分局做有線電話設備預防檢查、測試，共出勤61次122人次。", _ctx("performance-report"))
    assert got[1][1] == got[0][1].removesuffix("次數") + "人次"
    assert "有線電話設備預防檢查" in got[1][1]


def test_a_subject_carries_to_the_next_sentence_of_its_paragraph():
    """「本期全般刑案發生1,876件…；與去年同期相較，發生數減少96件」: the change is of 全般刑案's 發生數."""
    got = _read("本期全般刑案發生1,876件，破獲1,851件；與去年同期相較，發生數減少96件。", _ctx("council-report"))
    assert got[-1][:2] == ("change", "全般刑案發生數")
    assert "subject_carried" in got[-1][6]
    # another subject named in the next sentence is not overridden by the carried one
    got = _read("全般刑案發生1,876件；詐欺犯罪發生203件，破獲174件。", _ctx("council-report"))
    assert [g[1] for g in got] == ["全般刑案發生件數", "詐欺犯罪發生件數", "詐欺犯罪破獲件數"]


@pytest.mark.parametrize("sentence, operator", [
    ("全年至少辦理40場次。", "at-least"), ("汰換錄影監視器至少420支。", "at-least"), ("婦幼安全宣導不少於80場。", "at-least"),
    ("宣導人數達1萬人以上。", "at-least"), ("宣導場次≥180場。", "at-least"), ("死亡人數控制在3人以下。", "at-most"),
    ("平均派遣時間控制在5分鐘以內。", "at-most"), ("錯誤率不超過0.1%。", "at-most"),
    ("預防犯罪宣導場次目標值150場。", "equal"), ("建置車牌辨識攝影機500支。", "equal"), ("破獲率提升至85%。", "equal"),
])
def test_a_target_is_bounded_only_by_printed_words(sentence, operator):
    """以上/至少/不少於/≥ → at least, 以下/控制在/以內 → at most; a plain target is the value itself (equal), however
    obvious its direction."""
    got = _read(sentence, _ctx("plan"))
    assert [(g[0], g[4]) for g in got] == [("target", operator)]


@pytest.mark.parametrize("sentence, expected", [
    ("本計畫編列預算新臺幣1億2,345萬元，其中中央補助4,500萬元、縣府自籌7,845萬元。",
     [("budget-total", "123450000"), ("budget-central", "45000000"), ("budget-local", "78450000")]),
    ("編列經費2,380萬元（中央1,500萬元、本府880萬元）。",
     [("budget-total", "23800000"), ("budget-central", "15000000"), ("budget-local", "8800000")]),
    ("經費中央補助款3,600千元、本府配合款2,400千元，合計6,000千元。",
     [("budget-central", "3600"), ("budget-local", "2400"), ("budget-total", "6000")]),
    ("本府112年度編列「智慧城市治安監控系統擴充計畫」經費2.35億元。", [("budget-total", "235000000")]),
    ("總經費1億2,800萬元，由中央補助6成、縣府自籌4成。", [("budget-total", "128000000"), (None, "60"), (None, "40")]),
    ("本局歲出預算數32億元。", [(None, "3200000000")]),
    ("新建派出所辦公廳舍，經費8,000萬元。", [("budget-total", "80000000")]),
    ("「山區治安維護計畫」預算數1,235萬6,000元。", [("budget-total", "12356000")]),
])
def test_funding_source_maps_a_programmes_budget(sentence, expected):
    """funding_source / funding_share: each source of a programme's budget maps to 中央補助款 / 地方（市府）自籌款 /
    計畫經費合計 (a share in % stays a budget figure of its own); the agency's 歲出預算數 is no programme's."""
    facts = extract_line(sentence, 1, _ctx("plan"))
    assert [(f.kind, f.shared_indicator, str(f.value)) for f in facts] == [("budget", s, v) for s, v in expected]
    assert all(f.qualifiers.get("funding") for f in facts if f.shared_indicator)


@pytest.mark.parametrize("rule, sentence, genre, expected", ROWS, ids=[r[0] for r in ROWS])
def test_rule_reads_its_example(rule, sentence, genre, expected):
    got = _read(sentence, _ctx(genre))
    assert [g[:6] for g in got] == [(k, i, Decimal(v), p, o, r) for k, i, v, p, o, r in expected]
    assert any(rule in g[6] for g in got), f"{rule} did not fire: {[g[6] for g in got]}"


def test_every_kind_and_role_rule_has_a_row_and_a_chinese_example():
    shown = {row[0] for row in ROWS}
    for rule in (*KIND_RULES, *ROLE_RULES):
        assert rule.__name__ in shown, f"no example row for {rule.__name__}"
        assert rule.__doc__ and "「" in rule.__doc__, f"{rule.__name__} has no Chinese example"


# --- not facts -------------------------------------------------------------------------------------------

def test_every_non_fact_rule_drops_its_examples_and_keeps_its_look_alike_facts():
    for rule in nonfacts.rules():
        assert rule.examples, f"{rule.name} has no example"
        for example in rule.examples:
            hits = {r.name for r in nonfacts.non_fact_spans(example).values()}
            assert rule.name in hits, f"{rule.name} does not drop the figure of {example!r}"
        for fact in rule.facts:
            hits = {r.name for r in nonfacts.non_fact_spans(fact).values()}
            assert rule.name not in hits, f"{rule.name} drops the fact in {fact!r}"


@pytest.mark.parametrize("sentence, kept", [
    ("縣長要求各分局每月召開1次治安會議，全年查獲毒品案件142件。", ["142"]),
    ("本縣於111年全國婦幼安全工作評比獲前3名，宣導120場。", ["120"]),
    ("推動5項重點工作，辦理宣導40場。", ["40"]),
    ("取締嚴重超速（超速40公里以上）1,234件。", ["1234"]),
    ("毒品危害防制條例第4條製造、運輸及販賣毒品者計218人。", ["218"]),
    ("家暴高危機案件24小時內訪視完成率98.5%。", ["98.5"]),
])
def test_non_facts_produce_nothing_and_leave_the_facts_beside_them(sentence, kept):
    values = [str(f.value) for f in extract_line(sentence, 1, _ctx("performance-report"))]
    assert values == kept


def test_every_change_word_of_the_lexicon_gives_a_change_of_its_sign():
    from twpolice.converters import lexicon

    words = lexicon.load("changes")
    for group in ("verbs", "amplitude"):
        for direction, sign in (("increase", 1), ("decrease", -1)):
            for word in words[group][direction]:
                got = _read(f"竊盜案件發生120件，較去年同期{word}5件。", _ctx("council-report"))
                assert got[-1][0] == "change" and got[-1][2] == 5 * sign, (word, got)
    for direction, sign in (("increase", 1), ("decrease", -1)):  # 「較去年同期多攔阻2,145萬元」
        for word in words["comparative"][direction]:
            for done in words["comparative"]["done"]:
                got = _read(f"竊盜案件發生120件，較去年同期{word}{done}5件。", _ctx("council-report"))
                assert got[-1][0] == "change" and got[-1][2] == 5 * sign, (word, done, got)
    got = _read("查獲嫌疑犯120人，較去年同期查獲少年12人。", _ctx("council-report"))  # 少年 are people, no fewer
    assert [g[0] for g in got] == ["actual", "actual"]


def test_an_amplitude_after_a_change_is_that_change_in_percent():
    """「較111年減少214件，降幅3.03%」: a second change of 全般刑案發生, in percent."""
    got = _read("全年全般刑案發生6,842件，較111年減少214件，降幅3.03%。", _ctx("performance-report"))
    assert [(g[0], g[2], g[5]) for g in got] == [("actual", 6842, None), ("change", -214, "2022"),
                                                 ("change", Decimal("-3.03"), "2022")]
    assert got[1][1] == got[2][1]


def test_a_measure_lead_in_is_not_part_of_the_name():
    """「衡量指標為取締酒駕件數目標值達成率」: 衡量指標為 introduces the name, it is not part of it."""
    got = _read("衡量指標為取締酒駕件數目標值達成率，目標值100%，實際值121.6%。", _ctx("performance-report"))
    assert {g[1] for g in got} == {"取締酒駕件數目標值達成率"}


@pytest.mark.parametrize("sentence, name", [
    ("二、竊盜犯罪破獲率目標提升至90%以上。", "竊盜犯罪破獲率"),            # 目標提升至: the target's words, not its name
    ("八、詐騙案件破獲率提升至80%。", "詐騙案件破獲率"),
    ("三、交通安全：A1類交通事故死亡人數目標較112年降低5%。", "A1類交通事故死亡人數"),
])
def test_target_words_after_a_measure_are_not_part_of_its_name(sentence, name):
    assert [g[1] for g in _read(sentence, _ctx("plan"))] == [name]


@pytest.mark.parametrize("sentence, genre, names", [
    # a word ending the subject and opening the measure is said once (not 婦幼安全宣導宣導人次)
    ("（四）辦理婦幼安全宣導不少於80場，宣導人次目標8,000人次。", "plan", ["辦理婦幼安全宣導場次", "婦幼安全宣導人次"]),
    # 參與民眾 is a bare measure: it takes the sentence's subject, not the heading before it
    ("三、婦幼安全：本期辦理婦幼安全宣導312場次，參與民眾1萬9,480人次。", "council-report",
     ["辦理婦幼安全宣導場次", "婦幼安全宣導參與民眾人次"]),
    # 受惠/受益人數 are the attendance of what the sentence named
    ("111年辦理婦幼安全宣導428場次，受惠人數達98,325人次。", "performance-report", ["辦理婦幼安全宣導場次", "婦幼安全宣導受惠人數"]),
    # the quoted name after the figure names it
    ("本期共辦理251場「社區治安會議」，參加民眾計12,210人。", "council-report", ["辦理社區治安會議場次", "社區治安會議參加民眾人數"]),
    # what was done, printed after the count of times, is what the count is of (工作 is one word)
    ("111年計執行20次同步查贓工作，針對易銷贓場所加強查贓。", "performance-report", ["執行同步查贓工作次數"]),
    # … also under a heading naming it (the heading is not put before a name that already says it)
    ("乙.同步肅槍專案行動成效：本期共實施2次「同步肅槍專案」，計查獲非制式手槍9枝。", "council-report",
     ["實施同步肅槍專案次數", "查獲非制式手槍枝數"]),
    ("為外勤員警增購855臺「攜帶式印表機」。", "performance-report", ["外勤員警增購攜帶式印表機臺數"]),
    ("預計汰換59臺M-Police警用行動載具。", "plan", ["汰換M-Police警用行動載具臺數"]),  # a name in Latin letters too
    # the verb before a list's first item is said of the next (尋獲, as 汰換 and 查獲)
    ("111年計尋獲本轄失蹤人口2,166人、他轄失蹤人口424人。", "performance-report",
     ["尋獲本轄失蹤人口人數", "尋獲他轄失蹤人口人數"]),
    # who the police worked with is no part of what they did (「與金融機構合作」)
    ("詐欺犯罪發生487件，另與金融機構合作攔阻民眾遭詐款項計126件。", "council-report",
     ["詐欺犯罪發生件數", "詐欺犯罪攔阻民眾遭詐款項件數"]),
    # a conjunction between the subject and its verb is no part of the name
    ("住宅竊盜則發生57件，機車竊盜亦發生12件。", "council-report", ["住宅竊盜發生件數", "機車竊盜發生件數"]),
    # nor is where the work was done, nor the counter of the vehicles counted
    ("並於台9線、台11線等事故熱點增設測速照相4處，新設交通事故處理車4輛。", "council-report",
     ["增設測速照相處數", "新設交通事故處理車數"]),
])
def test_bare_measures_and_quoted_names(sentence, genre, names):
    assert [g[1] for g in _read(sentence, _ctx(genre))] == names


@pytest.mark.parametrize("sentence, names", [
    # 「第一、二級」 is one schedule, not two clauses; 嫌犯 after it is of the same subject; 淨重 is already a weight
    ("查獲第一、二級毒品案件512件、嫌犯563人，查扣毒品淨重123.45公斤。", ["查獲毒品案件", "毒品查獲嫌犯人數", "查扣毒品淨重"]),
    # the subject a bare measure takes is the vocabulary's subject inside what the sentence named (詐欺, not 瓦解詐欺集團)
    ("全年瓦解詐欺集團142團，查獲嫌犯3,875人。", ["瓦解詐欺集團團數", "詐欺查獲嫌犯人數"]),
])
def test_schedules_suspects_and_weights(sentence, names):
    assert [g[1] for g in _read(sentence, _ctx("performance-report"))] == names


def test_an_action_alone_takes_the_subject_named_before_it_as_its_object():
    """「現有攝影機1萬2,345支，今年新增設置567支」: 新增設置 what? the cameras named before."""
    got = _read("本市現有錄影監視系統攝影機1萬2,345支，今年新增設置567支。", _ctx("council-report"))
    assert [g[1] for g in got] == ["錄影監視系統攝影機支數", "新增設置錄影監視系統攝影機支數"]


def test_a_bare_count_in_a_comparison_is_of_the_subject_named_before_and_keeps_its_case():
    got = _read("二、交通安全：本期A1類交通事故發生30件、死亡32人，與去年同期相較，件數減少5件、死亡人數減少4人。",
                _ctx("council-report"))
    assert [g[1] for g in got] == ["A1類交通事故發生件數", "A1類交通事故死亡人數", "A1類交通事故件數", "A1類交通事故死亡人數"]


@pytest.mark.parametrize("sentence, period", [
    ("本局於9月份執行取締酒駕專案，取締酒後駕車320件。", "2023-09"),   # 於…月份: the month the figures cover
    ("本案於6月辦理完成，共裝設攝影機320支。", "2023"),                 # 於…月: the date of an event
    ("警察局並於3月間辦理民防常年訓練，參訓人員計320人。", "2023-03"),   # 於…月間: during that month
])
def test_a_month_after_於_is_a_period_only_when_printed_as_a_whole_month(sentence, period):
    assert _read(sentence, _ctx("council-report"))[-1][3] == period


@pytest.mark.parametrize("sentence, names", [
    ("詐欺及毒品案各查獲12人。", ["查獲詐欺案人數", "查獲毒品案人數"]),        # the verb after 各 is said of each item
    ("破獲走私毒品及槍械案各2件。", ["破獲走私毒品案", "破獲走私槍械案"]),     # so is a modifier before the first item
    ("代為聲請及執行保護令各412件。", ["代為聲請保護令件數", "執行保護令件數"]),  # the object after the second verb is the first's
    ("汽車及機車竊盜破獲率各維持95%以上。", ["汽車竊盜破獲率", "機車竊盜破獲率"]),  # 各維持: each item
])
def test_each_item_gets_the_words_said_of_all(sentence, names):
    assert [g[1] for g in _read(sentence, _ctx("council-report"))] == names


@pytest.mark.parametrize("sentence", [
    "查獲第三、四級毒品案件各4件。",                   # a numeral shares the next item's 級 and words
    "●毒品：第三級、第四級毒品案件各查獲4件。",         # a schedule shares the next item's words
])
def test_each_drug_schedule_of_a_list_is_its_own_count(sentence):
    got = extract_line(sentence, 1, _ctx("council-report"))
    assert [(f.qualifiers.get("schedule"), f.value) for f in got] == [("第三級", Decimal("4")), ("第四級", Decimal("4"))]
    assert all(f.indicator.startswith("查獲毒品案件") for f in got)


def test_a_rate_per_population_is_in_its_own_unit():
    """「犯罪率每十萬人口136.5件」 is 136.5 cases per 100,000 people, not 136.5 cases; 發生1,102件 stays in 件."""
    facts = extract_line("全般刑案發生1,102件，犯罪率每十萬人口136.5件；每十萬人口犯罪率為140件。", 1, _ctx("council-report"))
    assert [(f.indicator, f.unit) for f in facts] == [("全般刑案發生件數", "件"), ("犯罪率", "件/十萬人"),
                                                    ("每十萬人口犯罪率", "件/十萬人")]


def test_a_midterm_plans_yearly_share_and_its_end_stock_are_targets():
    """「4年內新建置路口監視器800支（每年200支），116年底累計達6,500支」 in a 113–116 plan: 800 over the four years,
    200 in each plan year, and the stock of cameras at the end of 116 — all targets, none an actual."""
    ctx = _ctx("midterm-plan", Period(date(2024, 1, 1), date(2027, 12, 31)), plan_years=(2024, 2025, 2026, 2027))
    got = [(k, i, str(v), p) for k, i, v, p, *_ in
           _read("三、科技建警：4年內新建置路口監視器800支（每年200支），116年底累計達6,500支。", ctx)]
    assert got == [("target", "新建置路口監視器支數", "800", "2024--2027"),
                   *[("target", "新建置路口監視器支數", "200", str(y)) for y in (2024, 2025, 2026, 2027)],
                   ("target", "路口監視器支數", "6500", "2027-12-31")]


def test_a_span_from_a_figure_to_another_dates_each_to_its_end_year():
    """「近5年（108至112年）發生數由4,105件逐年下降至3,412件」: 4,105 in 108 and 3,412 in 112, named by the subject the
    sentence before named (近5年 is not part of the name)."""
    got = [(i, str(v), p) for _, i, v, p, *_ in
           _read("本縣112年全般刑案發生3,412件；近5年（108至112年）發生數由4,105件逐年下降至3,412件。",
                 _ctx("performance-report"))]
    assert got[1:] == [("全般刑案發生數", "4105", "2019"), ("全般刑案發生數", "3412", "2023")]


def test_a_long_list_of_examples_is_named_by_its_first_and_a_short_one_in_full():
    """「協助查獲搶奪、竊盜、通緝犯…等績效10件」: 協助查獲搶奪等績效件數; 「定期、不定期…檢查81次」 keeps both words."""
    assert [g[1] for g in _read("協助查獲搶奪、竊盜、通緝犯、逃兵、聚賭、無故攜械等績效10件。", _ctx("council-report"))] == [
        "協助查獲搶奪等績效件數"]
    assert [g[1] for g in _read("執行定期、不定期機關安全檢查81次。", _ctx("council-report"))] == ["執行定期、不定期機關安全檢查次數"]


def test_a_measured_time_is_a_figure_and_a_rule_of_hours_is_not():
    """「110報案平均派遣時間為4分32秒」 is 272 seconds; 「平均處理時間2.5小時」 a figure too; 「每日應有1次連續8小時之睡眠」
    and 「每2週訪視1次」 are rules."""
    got = [(g[1], g[2]) for g in _read("110報案平均派遣時間為4分32秒，受理報案平均處理時間2.5小時。", _ctx("performance-report"))]
    assert got == [("110報案平均派遣時間", Decimal("272")), ("受理報案平均處理時間", Decimal("2.5"))]
    assert _read("服勤人員每日應有1次連續8小時之睡眠時間，非在學少年每2週訪視1次。", _ctx("performance-report")) == []


def test_respective_figures_of_thousands_are_one_per_year():
    """「近4年（108至111年）…分別為5,432件、5,210件、4,987件及4,765件」: the comma of 5,432 ends no list."""
    plan = Period(date(2023, 1, 1), date(2026, 12, 31), "112至115年")
    got = _read("近4年（108至111年）全般刑案發生數分別為5,432件、5,210件、4,987件及4,765件。",
                _ctx("midterm-plan", plan, plan_years=(2023, 2024, 2025, 2026)))
    assert [(g[0], str(g[2]), g[3]) for g in got] == [
        ("actual", "5432", "2019"), ("actual", "5210", "2020"), ("actual", "4987", "2021"), ("actual", "4765", "2022")]


def test_a_causative_and_a_move_to_a_level_are_not_part_of_the_name():
    """「使建置率達100%」 is 建置率; 「使警用機車逾齡率降為53.99%」 is 警用機車逾齡率 (but 「使用樓板面積」 is a name)."""
    got = _read("增購掃描器，使建置率達100%；汰換後至112年底，使警用機車逾齡率降為53.99%；使用樓板面積1,308平方公尺。",
                _ctx("council-report"))
    assert [g[1] for g in got] == ["建置率", "警用機車逾齡率", "使用樓板面積"]


def test_an_occasion_heading_stays_before_a_name_with_a_subject_of_its_own():
    """「112年和平紀念日連假：…動員警(民)力共計275人次」: the occasion says when the force was counted, so it stays in
    front of 警力 (a subject of its own), and 和平 is no conjunction 和."""
    got = _read("(3)112年和平紀念日連假：指揮疏導重要路口共計177處、動員警(民)力共計275人次。", _ctx("council-report"))
    assert [(g[1], str(g[2])) for g in got] == [("和平紀念日連假指揮疏導重要路口處數", "177"),
                                               ("和平紀念日連假動員警力人次", "275")]
    # without an occasion the heading still yields to the name's own subject
    assert _read("為民服務：動員警力共計275人次。", _ctx("council-report"))[0][1] == "動員警力人次"


def test_lines_under_a_lead_in_count_what_it_names():
    """「(1)…辦理111年度退休員工三節慰問金發放情形：」 over 「春  節：377人…」: what the line counts is the lead-in's
    (退休員工三節慰問金), told by the occasion the line names; a lead-in that is a whole sentence names nothing."""
    lead = ("1.照顧退休員警", "(1)警察局所屬各單位辦理111年度退休員工三節慰問金發放情形")
    got = _read("春  節：377人(含職工174人)，共計75萬4,000元。", _ctx("performance-report", section=lead))
    assert [(g[1], str(g[2])) for g in got] == [("退休員工三節慰問金春節人數", "377"),
                                               ("退休員工三節慰問金春節人數（職工）", "174"),
                                               ("退休員工三節慰問金春節合計金額", "754000")]
    assert "occasion_of_lead_in" in got[0][6]
    sentence = ("(2)依據「早期支領一次退休金生活困難公教人員發給年節照護金作業要點」之規定，賡續辦理年節照護濟助金之核發",)
    got = _read("春  節：4人。", _ctx("performance-report", section=sentence))
    assert got[0][1] == "春節人數"


def test_dates_in_a_bracket_telling_of_something_else_do_not_date_the_figure():
    """「協助(因疫情關係111年4月18日至同年12月5日停止協勤)其他為民服務事項453次」: the bracket's days are when help
    stopped, the figure is the year's; a bracket holding only a period (「春節連續假期（2月8日至14日）」) dates it."""
    got = _read("111年志工協助(因疫情關係111年4月18日至同年12月5日停止協勤)其他為民服務事項453次。", _ctx("performance-report"))
    assert [(g[3], str(g[2])) for g in got] == [("2022", "453")]
    got = _read("春節連續假期（2月8日至14日）期間，共臨檢場所216處。", _ctx("council-report"))
    assert [g[3] for g in got] == ["2023-02-08--2023-02-14"]


def test_a_total_after_a_per_unit_figure_is_no_longer_per_unit():
    """「每隊補助新臺幣7,000元，共計140萬元」: 7,000 is per team, 140萬 the total of all teams."""
    got = _read("民防總隊義警大隊下各編組小隊共200隊，每隊補助新臺幣7,000元，共計140萬元。", _ctx("plan"))
    assert [(g[1], str(g[2])) for g in got][1:] == [("每隊補助金額", "7000"), ("補助合計金額", "1400000")]


def test_a_trailing_於_is_no_part_of_a_name():
    """「降低執法錯誤率於0.2%以下」: the rate is 執法錯誤率 (not 「執法錯誤率於比率」)."""
    got = _read("提升執法效能，降低執法錯誤率於 0.2% 以下。", _ctx("plan"))
    assert [(g[0], g[4]) for g in got] == [("target", "at-most")] and "於" not in got[0][1]


def test_grades_are_of_the_award_the_sentence_opens_with_and_their_total_too():
    """「警察獎章統頒作業…，經內政部核頒計1等3級4人、2等1級89人，總計93人」: 警察獎章1等3級人數 …, 警察獎章合計人數."""
    got = _read("(4)警察獎章統頒作業於111年6月辦理完成，經內政部核頒計1等3級4人、2等1級89人，總計93人。",
                _ctx("performance-report"))
    assert [(g[1], str(g[2])) for g in got] == [("警察獎章1等3級人數", "4"), ("警察獎章2等1級人數", "89"),
                                               ("警察獎章合計人數", "93")]
    assert "grade_of_award" in got[0][6]


def test_a_total_of_items_sharing_no_name_names_them():
    """「計陞職200人、調整593人，合計793人」: 陞職及調整; of more items, the first and 等 (not the last item's name)."""
    got = _read("111年度計召開人事甄審會11次，計陞職200人、調整593人，合計793人。", _ctx("performance-report"))
    assert got[-1][1:3] == ("陞職及調整合計人數", Decimal("793"))
    got = _read("111年高考人事行政3人、普考建築工程1人、初等考試一般行政4人，共計8人。", _ctx("performance-report"))
    assert got[-1][1:3] == ("高考人事行政等合計人數", Decimal("8"))


def test_after_a_list_of_examples_the_noun_after_the_figure_is_what_it_counts():
    """「輔導新興區德政里等30個里守望相助隊」: 輔導里守望相助隊 (the examples are no part of the name); 「所轄34家
    上市(櫃)公司作期前查訪」: 轄內上市公司, the bracket inside the word and the verb after it left out."""
    got = _read("111年輔導新興區德政里等30個里守望相助隊，申請內政部補助。", _ctx("performance-report"))
    assert got[0][1:3] == ("輔導里守望相助隊數", Decimal("30")) and "noun_after_figure" in got[0][6]
    got = _read("刑事警察大隊已責由分局偵查隊長於本市所轄34家上市(櫃)公司作期前查訪。", _ctx("performance-report"))
    assert got[0][1] == "轄內上市公司家數"
    got = _read("據以研提13項具體策進作為。", _ctx("performance-report"))
    assert got[0][1].endswith("具體策進作為項數")  # 作為 here is a noun, not the verb 作


def test_a_sentence_opening_with_the_comparison_names_its_figure_by_the_sentence_before():
    """「…破獲率98.30%；與去年同期（437件）比較，發生數減少25件」: 437 is last year's 全般刑案發生件數 (the headline
    figure of the sentence before), not 「全般刑案件數」."""
    got = _read("本期全般刑案發生412件、破獲405件，破獲率98.30%；與去年同期（437件）比較，發生數減少25件。",
                _ctx("council-report"))
    assert got[3][:4] == ("actual", "全般刑案發生件數", Decimal("437"), "2022")


def test_this_year_beside_same_months_of_earlier_years_is_the_same_months():
    """「查獲第一級毒品案件由111年同期之96件、112年同期之83件，下降至本年之71件」 in a 1至9月 report: 71 is of this
    year's 1至9月 (not the whole year), and none is named 「…案件件數」."""
    months = Period(date(2024, 1, 1), date(2024, 9, 30), "本年1至9月")
    got = _read("查獲第一級毒品案件由111年同期之96件、112年同期之83件，下降至本年之71件。", _ctx("council-report", months))
    assert [(str(g[2]), g[3]) for g in got] == [
        ("96", "2022-01-01--2022-09-30"), ("83", "2023-01-01--2023-09-30"), ("71", "2024-01-01--2024-09-30")]
    assert not any(g[1].endswith("案件件數") for g in got)


def test_the_items_above_are_the_one_subject_named_before():
    """「詐欺犯罪發生58件、破獲61件…，上開案類共查獲嫌疑犯七十四人」: 詐欺犯罪's offenders; after two subjects
    (住宅竊盜, 機車竊盜) 上開案類 stays as printed rather than naming the last one."""
    got = _read("詐欺犯罪發生58件、破獲61件，較去年同期分別減少12件及增加5件，上開案類共查獲嫌疑犯七十四人。",
                _ctx("council-report"))
    assert got[-1][1:3] == ("詐欺犯罪查獲嫌疑犯人數", Decimal("74")) and "items_named_above" in got[-1][6]
    got = _read("住宅竊盜發生94件、機車竊盜發生418件，上開案類共查獲嫌疑犯120人。", _ctx("council-report"))
    assert got[-1][1].startswith("上開案類")


def test_a_legal_basis_and_what_a_baseline_is_based_on_are_no_part_of_names():
    """「依家庭暴力防治法第61條查獲違反保護令罪移送件數目標值180件」「取締酒後駕車以112年實際取締9,870件為基準」."""
    got = _read("四、保護弱勢：依家庭暴力防治法第61條查獲違反保護令罪移送件數目標值180件。", _ctx("plan"))
    assert got[0][1] == "查獲違反保護令罪移送件數"  # framed as 違反保護令罪移送件數
    got = _read("三、交通安全：取締酒後駕車以112年實際取締9,870件為基準，113年提升1%。", _ctx("plan"))
    assert [(g[0], g[1]) for g in got] == [("baseline", "取締酒後駕車件數"), ("target", "取締酒後駕車件數")]


def test_the_same_period_words_of_a_dated_span_leave_no_trace_in_names():
    """「春節連續假期（2月8日至14日）…；同期間110受理報案件數6,215件」: not 「間110受理報案件數」."""
    got = _read("春節連續假期（2月8日至14日）期間，竊盜犯罪發生47件；同期間110受理報案件數6,215件。", _ctx("council-report"))
    assert got[-1][1] == "110受理報案件數"


def test_a_standard_compared_with_is_no_fact():
    """「點閱率0.6%，低於警政署訂定之3%標準」: 0.6% is a fact, 3% the standard it is held to."""
    got = _read("111年辦理社交工程演練，點閱率0.6%，低於警政署訂定之3%標準。", _ctx("performance-report"))
    assert [str(g[2]) for g in got] == ["0.6"]


def test_a_year_naming_an_occasion_dates_the_figure_to_the_reported_period_within_it():
    """「(2)112年春節連假：…動員警(民)力共計360人次」 in a report on 112年1至6月: the half year holds the holiday (its
    days are the calendar's); a year naming no occasion is still the year."""
    half = Period(date(2023, 1, 1), date(2023, 6, 30), "112年1至6月")
    got = _read("(2)112年春節連假：指揮疏導重要路口共計215處、動員警(民)力共計360人次。", _ctx("council-report", half))
    assert {g[3] for g in got} == {"2023-H1"}
    got = _read("(3)112年和平紀念日連假：動員警(民)力共計275人次。", _ctx("council-report", half))
    assert got[0][3] == "2023-H1"
    assert _read("112年取締酒後駕車4,120件。", _ctx("council-report", half))[0][3] == "2023"


def test_a_plan_filling_up_to_a_level_and_a_count_over_the_plan_period():
    """「員警現有人數由113年底之1,482人充實至117年底之1,560人；計畫期間汰換逾齡巡邏機車合計160輛」: 充實至 reaches a
    level of the same indicator; 計畫期間 is the plan's whole span."""
    plan = Period(date(2025, 1, 1), date(2028, 12, 31), "114至117年")
    got = _read("四、警力及裝備：員警現有人數由113年底之1,482人充實至117年底之1,560人；計畫期間汰換逾齡巡邏機車合計160輛。",
                _ctx("midterm-plan", plan, plan_years=(2025, 2026, 2027, 2028)))
    assert [(g[0], g[1], str(g[2]), g[3]) for g in got] == [
        ("actual", "員警現有人數", "1482", "2024-12-31"), ("target", "員警現有人數", "1560", "2028-12-31"),
        ("target", "汰換逾齡巡邏機車數", "160", "2025--2028")]


def test_a_plans_budget_compared_with_last_years_is_a_change_and_an_instant_is_a_reference():
    """「歲出預算數為9,812,345千元，較112年度增加1.8%」: budgets compared (a change, no target); 「警察志工人數較112年底
    之812人成長2%」: a target measured from that instant, not from the whole year 112."""
    got = _read("本局113年度歲出預算數為9,812,345千元，較112年度增加1.8%。", _ctx("plan", Period(date(2024, 1, 1), date(2024, 12, 31))))
    assert [(g[0], g[5]) for g in got] == [("budget", None), ("change", "2023")]
    got = _read("警察志工人數較112年底之812人成長2%。", _ctx("plan", Period(date(2024, 1, 1), date(2024, 12, 31))))
    assert [(g[0], g[4], g[5]) for g in got] == [("actual", None, None), ("target", "increase-by", "2023-12-31")]


def test_a_bare_measure_after_a_list_of_examples_counts_the_lists_category():
    """「針對「闖紅燈」…及「轉彎未依規定」等5項重大違規，取締總件數較113年增加1%」 under 「精進交通執法」: 重大違規 (the
    category after 等5項, not its longest item), though it is narrower than the heading's subject."""
    got = _read("三、精進交通執法：針對「闖紅燈」、「嚴重超速」及「轉彎未依規定」等3項重大違規，取締總件數較113年增加1%。",
                _ctx("plan", Period(date(2025, 1, 1), date(2025, 12, 31))))
    assert got[0][1] == "重大違規取締總件數" and "subject_named_earlier" in got[0][6]


def test_money_moved_between_budget_lines_is_spent():
    """「運用結餘款辦理經費流用計7案…，金額共計412萬6,000元」: money reallocated and used, an actual (not a budget)."""
    got = _read("（二）運用結餘款辦理經費流用計7案，金額共計412萬6,000元，支應廳舍修繕。", _ctx("performance-report"))
    assert [(g[0], str(g[2])) for g in got] == [("actual", "7"), ("actual", "4126000")]


def test_a_bare_received_counts_the_service_offered_before_it():
    """「…隨時提供護鈔服務，以確保安全，111年度計受理199件」: 受理護鈔服務件數 (not a bare 受理件數)."""
    got = _read("1.對民眾到金融機構提領大額現金，隨時提供護鈔服務，以確保安全，111年度計受理199件。", _ctx("performance-report"))
    assert got[0][1] == "受理護鈔服務件數" and "service_offered_before" in got[0][6]


def test_an_items_number_is_no_figure_before_a_list_of_words():
    """「1.運用警察、憲兵及民力(民防、義警)計73,354人(次)」: the 「、」 joins words of one name though 「1.」 opens it."""
    got = _read("1.運用警察、憲兵及民力(民防、義警)計73,354人(次)，強化犯罪預防。", _ctx("performance-report"))
    assert got[0][1] == "運用警察、憲兵及民力"


def test_each_over_a_list_of_subjects_with_a_bound():
    """「汽車竊盜、機車竊盜破獲率各逾9成5」「取締闖紅燈、嚴重超速各逾1萬件」: one bounded figure per listed subject, the
    heading (竊盜防制, 交通安全) left out as they name their own."""
    got = _read("二、竊盜防制：汽車竊盜、機車竊盜破獲率各逾9成5。", _ctx("performance-report"))
    assert [(g[1], str(g[2]), g[4]) for g in got] == [("汽車竊盜破獲率", "95", "more-than"), ("機車竊盜破獲率", "95", "more-than")]
    got = _read("三、交通安全：全年取締闖紅燈、嚴重超速各逾1萬件。", _ctx("performance-report"))
    assert [g[1] for g in got] == ["取締闖紅燈件數", "取締嚴重超速件數"]



def test_a_total_of_all_the_kinds_of_a_category_is_its_count():
    """「汰換警用汽車38輛、警用機車215輛，合計253輛」: of 警用車輛; 「取締闖紅燈…、逆向行駛…，合計」 stays the list's."""
    got = _read("112年度汰換警用汽車38輛、警用機車215輛，合計253輛。", _ctx("performance-report"))
    assert got[-1][1].startswith("汰換警用車輛") and got[-1][2] == Decimal("253")  # framed as 汰換警用車輛數
    got = _read("取締闖紅燈1,234件、嚴重超速2,345件、逆向行駛345件，合計3,924件。", _ctx("performance-report"))
    assert got[-1][1] == "取締合計件數"


def test_a_total_of_a_stock_and_what_was_added_is_the_stock_at_the_end():
    """「截至113年6月底已設置科技執法設備182處，本期新增設置23處，合計205處，其中區間測速19處」: 205 (and its part 19)
    are what is in place at the end of the half year, not a count of the half year."""
    half = Period(date(2024, 7, 1), date(2024, 12, 31), "113年7至12月")
    got = _read("截至113年6月底已設置科技執法設備182處，本期新增設置23處，合計205處，其中區間測速19處。",
                _ctx("council-report", half))
    assert [(str(g[2]), g[3]) for g in got] == [("182", "2024-06-30"), ("23", "2024-H2"), ("205", "2024-12-31"),
                                               ("19", "2024-12-31")]
    assert "stock_plus_flow" in got[2][6]


def test_a_rate_printed_with_占_is_named_once():
    """「通過英檢員警比率占29.2%」: 通過英檢員警比率 (not 「…比率占比率」)."""
    assert _read("截至112年6月底，通過英檢員警比率占29.2%。", _ctx("council-report"))[0][1] == "通過英檢員警比率"


def test_items_listed_after_a_stock_are_stocks_until_a_clause_does_something():
    """「警察局現有防情通訊設施計有防情標示電腦1部，防情UHF無線電話機1部，防情VHF無線電話機3部」: each is in place at
    the end of the year; 「現有義警1,210人，全年動員3,000人次」: the deployments are the year's."""
    got = _read("(1)警察局現有防情通訊設施計有防情標示電腦1部，防情UHF無線電話機1部，防情VHF無線電話機3部。",
                _ctx("performance-report"))
    assert [g[3] for g in got] == ["2023-12-31"] * 3
    got = _read("現有義警1,210人，全年動員3,000人次。", _ctx("performance-report"))
    assert [g[3] for g in got] == ["2023-12-31", "2023"]


def test_a_year_inside_a_name_leaves_the_narrower_days_of_its_clause():
    """「111年3月15日至4月1日辦理警察局111年特殊任務警力訓練測驗，受測人數計76人」: the 111 names the training; the figure
    keeps the days. A year starting its own clause still dates what follows."""
    got = _read("112年3月15日至4月1日辦理警察局112年特殊任務警力訓練測驗，受測人數計76人。", _ctx("performance-report"))
    assert [(str(g[2]), g[3]) for g in got] == [("76", "2023-03-15--2023-04-01")]
    got = _read("112年1至6月發生120件，112年全年破獲100件。", _ctx("performance-report"))
    assert [(str(g[2]), g[3]) for g in got] == [("120", "2023-H1"), ("100", "2023")]


def test_a_school_year_after_a_schools_name_names_the_class():
    """「參加中央警察大學112學年度各項…招生考試報名計98人次」: the school year names the exam, the figure is the
    document's; 「112學年度追蹤輔導中輟生120人」 is dated to the school year."""
    got = _read("辦理員警參加中央警察大學112學年度各項警察人員進修及深造教育班期招生考試報名計98人次。",
                _ctx("performance-report"))
    assert [(str(g[2]), g[3]) for g in got] == [("98", "2023")]
    got = _read("112學年度追蹤輔導中輟生計120人。", _ctx("performance-report"))
    assert [(str(g[2]), g[3]) for g in got] == [("120", "2023-08-01--2024-07-31")]


def test_figures_after_a_list_of_spans_count_over_all_of_them():
    """「於8月1日至5日、8月8日至12日、11月28日至12月2日，…共計3梯次，調訓員警35人」: from the first day to the last."""
    got = _read("於112年8月1日至5日、8月8日至12日、11月28日至12月2日，每1梯次5日，共計3梯次，調訓警察局員警35人。",
                _ctx("performance-report"))
    assert [(str(g[2]), g[3]) for g in got] == [("3", "2023-08-01--2023-12-02"), ("35", "2023-08-01--2023-12-02")]
    got = _read("112年8月1日至5日辦理講習1場，11月28日至12月2日辦理講習2場。", _ctx("performance-report"))
    assert [(str(g[2]), g[3]) for g in got] == [("1", "2023-08-01--2023-08-05"), ("2", "2023-11-28--2023-12-02")]


def test_adverbs_and_the_next_figure_stay_out_of_names():
    """「執行績效均達100%」: 均 says "all", it names nothing; 「中正高中等2所學校79個試場」: 學校 is what 2所 counts."""
    got = _read("111年各項工作執行績效均達100%。", _ctx("plan"))
    assert [g[1] for g in got] == ["各項工作執行績效比率"]
    got = _read("支援分設於本市三信高商、中正高中等2所學校79個試場各項試務行政工作。", _ctx("performance-report"))
    assert got[0][1] == "學校數" and "noun_after_figure" in got[0][6]
    got = _read("監錄系統主機468組，其中83.69%使用已逾6年。", _ctx("plan"))
    assert all("使用已逾" not in g[1] for g in got)


def test_a_grant_is_allocated_money_and_an_award_received_is_not():
    """「台電促協金190萬元，於路竹區體育園區周邊裝設26支攝影機」: a grant for cameras is a budget; 「增列清潔外包費用484萬元」
    too; 「獲警政署核頒第一級獎勵金10萬元」 is money received, an actual."""
    got = _read("台電促協金190萬元，於路竹區體育園區周邊裝設26支攝影機。", _ctx("performance-report"))
    assert [(g[0], str(g[2])) for g in got][0] == ("budget", "1900000")
    got = _read("協助爭取增列清潔外包費用484萬元。", _ctx("performance-report"))
    assert [g[0] for g in got] == ["budget"]
    got = _read("112年「推行守望相助工作」業務，獲警政署核頒第一級獎勵金10萬元。", _ctx("performance-report"))
    assert [g[0] for g in got] == ["actual"]


def test_a_note_of_the_datas_date_closing_a_sentence_dates_the_figures_before_it():
    """「全市土地面積為132平方公里，…人口數達37萬1,204人，…現有1,154人（107年2月底數據）」: all of 2018-02-28; a figure
    after a period of its own keeps it."""
    plan = Period(date(2018, 1, 1), date(2021, 12, 31), "107至110年")
    got = _read("全市土地面積為132平方公里，人口數達37萬1,204人，本局員警數編制1,185人，現有1,154人（107年2月底數據）。",
                _ctx("midterm-plan", plan))
    assert {g[3] for g in got} == {"2018-02-28"}
    got = _read("106年發生120件，現有1,154人（107年2月底數據）。", _ctx("midterm-plan", plan))
    assert [g[3] for g in got] == ["2017", "2018-02-28"]



def test_which_ones_an_action_took_is_no_part_of_the_counts_name():
    """「汰除已逾5年使用年限故障且不符治安需要無修復效益之攝影機376支」: cameras removed; 「…之」 only says which."""
    got = _read("(2)112年度汰除已逾5年使用年限故障且不符治安需要無修復效益之攝影機376支。", _ctx("performance-report"))
    assert [(g[1], str(g[2])) for g in got] == [("汰除攝影機支數", "376")]
    got = _read("查獲涉嫌違反毒品危害防制條例之犯嫌12人。", _ctx("performance-report"))
    assert "違反毒品危害防制條例" in got[0][1]


def test_lines_under_a_paragraph_that_gave_something_out_name_what():
    """「(2)…核發早期退休人員三節特別照護金計12人次。」 over 「春節：4人…，共計10萬1,800元」: 早期退休人員三節特別照護金春節人數;
    the paragraph's own 12人次 count those given it (…照護金人次)."""
    lead = "依據規定辦理年節照護濟助金之核發，核發早期退休人員三節特別照護金計12人次。"
    got = _read(lead, _ctx("performance-report"))
    assert [g[1] for g in got] == ["核發早期退休人員三節特別照護金人次"]
    got = _read("春  節：4人(單身3名、有眷1名)，共計10萬1,800元。", _ctx("performance-report", lead_in=lead))
    assert got[0][1] == "早期退休人員三節特別照護金春節人數" and "occasion_of_lead_in" in got[0][6]


def test_a_word_saying_all_of_it_is_no_part_of_the_name():
    """「本期全般刑案共發生1萬1,276件」: 全般刑案發生件數."""
    got = _read("本期全般刑案共發生1萬1,276件。", _ctx("council-report"))
    assert [(g[1], str(g[2])) for g in got] == [("全般刑案發生件數", "11276")]


def test_plan_targets_keep_what_their_baseline_and_bounds_say():
    """A relative target keeps its baseline's drug schedule; 「須達100%以上」 and 「120場以上」 add nothing to a name;
    「（即控制在205件以下）」 restates the target in the baseline's count."""
    got = _read("以111年查獲第一、二級毒品案件1,486件為基準值，112年目標增加2%。", _ctx("plan", Y2023))
    assert [g[0] for g in got] == ["baseline", "target"] and "第一、二級" in got[1][1]
    got = _read("取締酒駕件數目標值達成率須達100%以上。", _ctx("plan"))
    assert [g[1] for g in got] == ["取締酒駕件數目標值達成率"]
    got = _read("婦幼安全宣導全年辦理120場以上。", _ctx("plan"))
    assert [g[1] for g in got] == ["婦幼安全宣導場次"]
    got = _read("以111年住宅竊盜發生數212件為基準值，112年目標降低3%（即控制在205件以下）。", _ctx("plan"))
    assert [(g[0], g[1], str(g[2]), g[4]) for g in got][-1] == ("target", "住宅竊盜發生數", "205", "at-most")


def test_a_cumulative_target_to_a_plan_year_and_a_baseline_named_after_its_figure():
    """「以110年之6,214件為基準值，逐年降低2%，至114年累計降低8%」: four yearly targets and one of 114 against the
    baseline; 「109年住宅竊盜發生286件，訂為基準值」 is the baseline."""
    plan = Period(date(2022, 1, 1), date(2025, 12, 31), "111至114年")
    got = _read("詐欺犯罪發生數以110年之6,214件為基準值，逐年降低2%，至114年累計降低8%。",
                _ctx("midterm-plan", plan, plan_years=(2022, 2023, 2024, 2025)))
    assert [(g[0], str(g[2]), g[3], g[5]) for g in got] == [
        ("baseline", "6214", "2021", None), ("target", "2", "2022", "2021"), ("target", "2", "2023", "2022"),
        ("target", "2", "2024", "2023"), ("target", "2", "2025", "2024"), ("target", "8", "2025", "2021")]
    assert "cumulative_to_plan_year" in got[-1][6]
    plan = Period(date(2021, 1, 1), date(2024, 12, 31), "110至113年")
    got = _read("109年住宅竊盜發生286件，訂為基準值，110至113年逐年降低3%。",
                _ctx("midterm-plan", plan, plan_years=(2021, 2022, 2023, 2024)))
    assert [(g[0], g[3]) for g in got][0] == ("baseline", "2020")


def test_money_set_aside_every_year_of_a_plan_is_a_budget_of_each_year():
    """「另每年編列設備維護費新臺幣300萬元」 in a 110-113 plan: 300萬元 in each of the four years; 「4年合計經費1億2,800萬元」
    stays one budget of the span."""
    plan = Period(date(2021, 1, 1), date(2024, 12, 31), "110至113年")
    got = _read("4年合計經費1億2,800萬元；另每年編列設備維護費新臺幣300萬元。",
                _ctx("midterm-plan", plan, plan_years=(2021, 2022, 2023, 2024)))
    assert [(g[0], str(g[2]), g[3]) for g in got] == [
        ("budget", "128000000", "2021--2024"), ("budget", "3000000", "2021"), ("budget", "3000000", "2022"),
        ("budget", "3000000", "2023"), ("budget", "3000000", "2024")]


def test_an_achievement_and_a_part_after_a_yearly_target_keep_the_reported_period():
    """「查獲各類逃犯312人，已達全年目標值600人之52%，其中通緝逾10年之積案逃犯4人」 in a half-year report: the 52% is
    how far the half year has got to the year's target, and the 4 are part of the 312, both of the half year."""
    got = _read("六、查緝逃犯：查獲各類逃犯312人，已達全年目標值600人之52%，其中通緝逾10年之積案逃犯4人。",
                _ctx("council-report", H1_2023))
    assert [(g[0], str(g[2]), g[3]) for g in got] == [
        ("actual", "312", "2023-H1"), ("target", "600", "2023"), ("actual", "52", "2023-H1"), ("actual", "4", "2023-H1")]
    assert got[2][1].endswith("目標值達成率") and "積案逃犯" in got[3][1]


def test_a_heading_says_less_than_the_schedules_each_item_names():
    """「三、毒品查緝：查獲第一級及第三級毒品嫌疑犯各41人」: no 毒品查緝 in front of what is already more exact."""
    got = _read("三、毒品查緝：查獲第一級及第三級毒品嫌疑犯各41人、第二級毒品嫌疑犯164人。", _ctx("council-report", H1_2023))
    assert all("查緝" not in g[1] for g in got) and len(got) == 3


def test_from_and_by_are_no_part_of_a_name():
    """「住宅竊盜則由去年同期56件下降至本期41件」: 住宅竊盜, not 住宅竊盜則由; 「分別由7家公司得標」: 公司家數."""
    got = _read("住宅竊盜則由去年同期56件下降至本期41件。", _ctx("council-report", H1_2023))
    assert [g[1] for g in got] == ["住宅竊盜件數", "住宅竊盜件數"]
    got = _read("依比率下授各分局辦理招標，分別由7家公司得標。", _ctx("council-report", H1_2023))
    assert [g[1] for g in got] == ["公司家數"]


def test_a_topic_turned_to_with_部分_is_no_part_of_the_name():
    """「失蹤人口部分共受理報案241人」: 部分 only turns to 失蹤人口, so the name is 失蹤人口受理報案."""
    got = _read("失蹤人口部分共受理報案241人，已尋獲224人。", _ctx("council-report"))
    assert [g[1] for g in got][0] == "失蹤人口受理報案"
