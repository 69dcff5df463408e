"""Probes in the forms other agencies print (tests/fixtures/probes/, written for issue 13, never taken from the dev
corpus): every figure listed here, checked by hand, is read with this kind, period, reference period and shared
indicator. A row is (line, kind, value, period, reference, shared indicator), the printed name as a comment.

Only rows a reader agrees with are listed; ambiguous ones (「…破獲率90.69%；其中汽車竊盜45件」: 發生 or 破獲?) are
left out rather than frozen.

The ``indep_*`` texts were written and annotated, figure by figure, by a separate annotator who saw neither the
converters nor the dev corpus (only its README's conventions); their rows are the ones that agree with that
annotation in kind, value, period, reference period and shared indicator (a figure the annotator gave no shared
indicator is listed only when it has none here either).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from twpolice.converters.pipeline import convert_file

PROBES = Path(__file__).parent / "fixtures" / "probes"

EXPECTED = {
    ("taichung_council_112", "臺中市政府警察局", "council-report", "112"): [
        (3, 'actual', '12345', '2023-H1', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (3, 'actual', '11876', '2023-H1', None, 'crime-all-cleared'),  # 全般刑案破獲件數
        (3, 'actual', '96.20', '2023-H1', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'change', '-321', '2023-H1', '2022-H1', 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'change', '1.35', '2023-H1', '2022-H1', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '28', '2023-H1', None, 'violent-crime-occurrences'),  # 暴力犯罪發生件數
        (4, 'actual', '100', '2023-H1', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (5, 'actual', '1987', '2023-H1', None, 'theft-occurrences'),  # 竊盜犯罪發生件數
        (5, 'actual', '1802', '2023-H1', None, 'theft-cleared'),  # 竊盜犯罪破獲件數
        (5, 'actual', '90.69', '2023-H1', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (6, 'actual', '2134', '2023-H1', None, 'fraud-occurrences'),  # 詐欺犯罪發生件數
        (6, 'actual', '1987', '2023-H1', None, 'fraud-cleared'),  # 詐欺犯罪破獲件數
        (6, 'actual', '312', '2023-H1', None, 'fraud-intercepted'),  # 攔阻民眾遭詐騙件數
        (7, 'actual', '1234', '2023-H1', None, 'drug-cases-seized'),  # 查獲各級毒品案件
        (7, 'actual', '1456', '2023-H1', None, 'drug-suspects'),  # 查獲各級毒品案件人數
        (7, 'actual', '235.6', '2023-H1', None, 'drug-weight-seized'),  # 毒品重量
        (7, 'change', '12.3', '2023-H1', '2022-H1', 'drug-weight-seized'),  # 毒品重量
        (9, 'actual', '87', '2023-H1', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (9, 'actual', '101', '2022-H1', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (9, 'change', '-14', '2023-H1', '2022-H1', 'a1-deaths'),  # A1類交通事故死亡人數
        (9, 'change', '-13.86', '2023-H1', '2022-H1', 'a1-deaths'),  # A1類交通事故死亡人數
        (10, 'actual', '3456', '2023-H1', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (10, 'change', '5.2', '2023-H1', '2022-H1', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (11, 'actual', '21234', '2023-H1', None, 'red-light-citations'),  # 取締闖紅燈件數
        (11, 'actual', '156789', '2023-H1', None, 'illegal-parking-citations'),  # 取締違規停車件數
        (12, 'actual', '15', '2023-H1', None, 'tech-enforcement-installed'),  # 新增科技執法設備處數
        (15, 'actual', '1234', '2023-H1', None, 'missing-persons-found'),  # 失蹤人口尋獲人數
        (15, 'actual', '89.5', '2023-H1', None, 'missing-persons-found-rate'),  # 失蹤人口尋獲率
        (16, 'actual', '456', '2023-H1', None, 'prevention-sessions'),  # 辦理預防犯罪宣導場次
        (16, 'actual', '34567', '2023-H1', None, 'prevention-attendance'),  # 預防犯罪宣導參與民眾人次
        (17, 'actual', '1234', '2023-06-30', None, 'volunteers'),  # 志工人數
        (17, 'actual', '234', '2023-06-30', None, 'neighbourhood-watch-teams'),  # 守望相助隊
    ],
    ("chiayi_perf_111", "嘉義縣警察局", "performance-report", "111"): [
        (3, 'target', '90', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '94.12', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'baseline', '1024', '2021', None, 'theft-occurrences'),  # 竊盜案件發生數
        (4, 'target', '2', '2022', '2021', 'theft-occurrences'),  # 竊盜案件發生數
        (4, 'actual', '958', '2022', None, 'theft-occurrences'),  # 竊盜案件發生件數
        (4, 'change', '-66', '2022', '2021', 'theft-occurrences'),  # 竊盜案件發生件數
        (4, 'change', '-6.45', '2022', '2021', 'theft-occurrences'),  # 竊盜案件發生件數
        (5, 'target', '700', '2022', None, 'drug-suspects'),  # 查獲毒品嫌疑犯人數
        (5, 'actual', '812', '2022', None, 'drug-suspects'),  # 查獲毒品嫌疑犯人數
        (6, 'actual', '4012', '2022', None, 'drunk-driving-citations'),  # 取締酒駕件數
        (6, 'target', '3600', '2022', None, 'drunk-driving-citations'),  # 取締酒駕件數
        (6, 'actual', '111.44', '2022', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (7, 'actual', '68', '2022', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'target', '60', '2022', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (9, 'actual', '85', '2022', None, 'community-meetings'),  # 辦理社區治安會議場次
        (9, 'actual', '4321', '2022', None, 'community-meeting-attendance'),  # 社區治安會議參與民眾人次
        (10, 'actual', '236', '2022', None, 'cctv-cameras-installed'),  # 新增攝影機支數
        (10, 'actual', '4512', '2022-12-31', None, 'cctv-cameras'),  # 攝影機支數
        (11, 'actual', '132', '2022', None, 'fraud-offenders'),  # 詐欺逮捕嫌犯人數
        (12, 'actual', '35', '2022', None, 'firearms-seized'),  # 查獲非法槍枝
        (12, 'actual', '6', '2022', None, 'military-firearms-seized'),  # 制式手槍枝數
        (12, 'actual', '29', '2022', None, 'improvised-firearms-seized'),  # 查獲改造手槍枝數
        (12, 'actual', '1020', '2022', None, 'ammunition-seized'),  # 子彈顆數
        (13, 'actual', '1532', '2022', None, 'dv-cases-received'),  # 受理家庭暴力案件
        (13, 'actual', '412', '2022', None, 'protection-order-petitions'),  # 聲請保護令件數
        (14, 'actual', '214', '2021', None, 'juvenile-offenders'),  # 少年犯罪人數
        (14, 'actual', '189', '2022', None, 'juvenile-offenders'),  # 少年犯罪人數
    ],
    ("pingtung_plan_113", "屏東縣政府警察局", "plan", "113"): [
        (4, 'baseline', '92.3', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '93', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'target', '50000000', '2024', None, 'fraud-intercepted-amount'),  # 目標攔阻詐騙金額
        (5, 'target', '200', '2024', None, 'money-mules-offenders'),  # 查獲車手人數
        (6, 'target', '1100', '2024', None, 'drug-suspects'),  # 查獲毒品嫌疑犯人數
        (8, 'target', '55', '2024', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (8, 'target', '5', '2024', '2023', 'a1-deaths'),  # A1類交通事故死亡人數
        (9, 'target', '4500', '2024', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (9, 'target', '20000', '2024', None, 'major-violation-citations'),  # 取締闖紅燈、嚴重超速及逆向行駛等重大違規件數
        (10, 'target', '12', '2024', None, 'tech-enforcement-installed'),  # 新設科技執法設備處數
        (13, 'target', '300', '2024', None, 'prevention-sessions'),  # 辦理預防犯罪宣導場次
        (13, 'target', '20000', '2024', None, 'prevention-attendance'),  # 預防犯罪宣導參與民眾人次
        (14, 'target', '1500', '2024', None, 'volunteers'),  # 志工總數
    ],
    ("hualien_council_113", "花蓮縣警察局", "council-report", "113"): [
        (3, 'actual', '1523', '2024-H1', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (3, 'actual', '1612', '2023-H1', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (3, 'change', '-89', '2024-H1', '2023-H1', 'crime-all-occurrences'),  # 全般刑案發生件數
        (3, 'actual', '1498', '2024-H1', None, 'crime-all-cleared'),  # 全般刑案破獲件數
        (3, 'actual', '98.36', '2024-H1', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '312', '2024-H1', None, 'theft-occurrences'),  # 竊盜案件發生件數
        (4, 'change', '-23', '2024-H1', '2023-H1', 'theft-occurrences'),  # 竊盜案件發生件數
        (4, 'actual', '4', '2024-H1', None, 'vehicle-theft-occurrences'),  # 汽車竊盜發生件數
        (4, 'actual', '56', '2024-H1', None, 'motorcycle-theft-occurrences'),  # 機車竊盜發生件數
        (4, 'actual', '95.51', '2024-H1', None, 'theft-clearance-rate'),  # 竊盜案件破獲率
        (5, 'actual', '215', '2024-H1', None, 'drug-cases-seized'),  # 查獲毒品案件
        (5, 'actual', '248', '2024-H1', None, 'drug-suspects'),  # 毒品案件查獲嫌疑犯人數
        (5, 'change', '12', '2024-H1', '2023-H1', 'drug-cases-seized'),  # 查獲毒品案件
        (5, 'change', '20', '2024-H1', '2023-H1', 'drug-suspects'),  # 毒品案件查獲嫌疑犯人數
        (6, 'actual', '402', '2024-H1', None, 'fraud-occurrences'),  # 詐欺案件發生件數
        (6, 'actual', '68', '2024-H1', None, 'fraud-intercepted'),  # 攔阻詐騙成功件數
        (6, 'actual', '45670000', '2024-H1', None, 'fraud-intercepted-amount'),  # 詐騙攔阻金額
        (9, 'actual', '30', '2024-H1', None, 'a1-accidents'),  # A1類道路交通事故件數
        (9, 'actual', '31', '2024-H1', None, 'a1-deaths'),  # A1類道路交通事故死亡人數
        (9, 'change', '-2', '2024-H1', '2023-H1', 'a1-deaths'),  # A1類道路交通事故死亡人數
        (9, 'actual', '2345', '2024-H1', None, 'a2-accidents'),  # A2類事故件數
        (9, 'actual', '3012', '2024-H1', None, 'a2-injuries'),  # A2類事故受傷人數
        (10, 'actual', '365', '2024-06', None, 'drunk-driving-citations'),  # 取締酒駕件數
        (10, 'change', '21', '2024-06', '2024-05', 'drunk-driving-citations'),  # 取締酒駕件數
        (11, 'actual', '32145', '2024-H1', None, 'illegal-parking-citations'),  # 取締違規停車件數
        (11, 'actual', '5432', '2024-H1', None, 'red-light-citations'),  # 取締闖紅燈件數
        (13, 'actual', '1234', '2024-H1', None, 'dv-cases-received'),  # 受理家暴通報件數
        (13, 'actual', '412', '2024-H1', None, 'protection-orders-executed'),  # 執行保護令件數
        (14, 'actual', '56', '2024-H1', None, 'juvenile-offenders'),  # 少年犯罪人數
        (16, 'actual', '212', '2024-H1', None, 'missing-persons-found'),  # 尋獲失蹤人口人數
        (16, 'actual', '92.17', '2024-H1', None, 'missing-persons-found-rate'),  # 失蹤人口尋獲率
    ],
    ("yilan_midterm", "宜蘭縣政府警察局", "midterm-plan", "114-117"): [
        (7, 'target', '93', '2025', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '93.5', '2026', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '94', '2027', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '94.5', '2028', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (10, 'target', '30', '2025', None, 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (10, 'target', '30', '2026', None, 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (10, 'target', '30', '2027', None, 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (10, 'target', '30', '2028', None, 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (12, 'baseline', '58', '2024', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (12, 'target', '3', '2025', '2024', 'a1-deaths'),  # A1類交通事故死亡人數
        (12, 'target', '3', '2026', '2025', 'a1-deaths'),  # A1類交通事故死亡人數
        (12, 'target', '3', '2027', '2026', 'a1-deaths'),  # A1類交通事故死亡人數
        (12, 'target', '3', '2028', '2027', 'a1-deaths'),  # A1類交通事故死亡人數
        (13, 'target', '3000', '2025', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (13, 'target', '3000', '2026', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (13, 'target', '3000', '2027', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (13, 'target', '3000', '2028', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (15, 'target', '60', '2025', None, 'community-meetings'),  # 辦理社區治安會議場次
        (15, 'target', '60', '2026', None, 'community-meetings'),  # 辦理社區治安會議場次
        (15, 'target', '60', '2027', None, 'community-meetings'),  # 辦理社區治安會議場次
        (15, 'target', '60', '2028', None, 'community-meetings'),  # 辦理社區治安會議場次
    ],
    ("keelung_security_112", "基隆市警察局", "council-report", "112"): [
        (2, 'actual', '812', '2023-Q3', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (2, 'actual', '798', '2023-Q3', None, 'crime-all-cleared'),  # 全般刑案破獲件數
        (2, 'actual', '98.28', '2023-Q3', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (2, 'change', '-31', '2023-Q3', '2023-Q2', 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '3', '2023-Q3', None, 'violent-crime-occurrences'),  # 暴力犯罪發生件數
        (3, 'actual', '5', '2022-Q3', None, 'violent-crime-occurrences'),  # 暴力犯罪發生件數
        (4, 'actual', '612', '2023-01-01--2023-09-30', None, 'fraud-occurrences'),  # 詐欺案件發生件數
        (4, 'change', '8.5', '2023-01-01--2023-09-30', '2022-01-01--2022-09-30', 'fraud-occurrences'),  # 詐欺案件發生件數
        (5, 'actual', '3', '2023-09', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'change', '-1', '2023-09', '2023-08', 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'actual', '9', '2023-Q3', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'target', '200', '2023', None, 'cctv-cameras-installed'),  # 並於年底前完成全市監視器汰換200支
        (7, 'actual', '523', '2023', None, 'drug-suspects'),  # 查獲毒品嫌疑犯人數
    ],
    ("nantou_tables", "南投縣政府警察局", "council-report", "113"): [
        (4, 'actual', '2345', '2024-H1', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (4, 'actual', '2298', '2024-H1', None, 'crime-all-cleared'),  # 全般刑案破獲件數
        (4, 'actual', '98.00', '2024-H1', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'change', '-123', '2024-H1', '2023-H1', 'crime-all-occurrences'),  # 全般刑案發生數
        (5, 'actual', '456', '2024-H1', None, 'theft-occurrences'),  # 竊盜發生件數
        (5, 'actual', '432', '2024-H1', None, 'theft-cleared'),  # 竊盜破獲件數
        (5, 'actual', '94.74', '2024-H1', None, 'theft-clearance-rate'),  # 竊盜破獲率
        (5, 'change', '-23', '2024-H1', '2023-H1', 'theft-occurrences'),  # 竊盜發生數
        (6, 'actual', '612', '2024-H1', None, 'fraud-occurrences'),  # 詐欺發生件數
        (6, 'actual', '534', '2024-H1', None, 'fraud-cleared'),  # 詐欺破獲件數
        (6, 'actual', '87.25', '2024-H1', None, 'fraud-clearance-rate'),  # 詐欺破獲率
        (6, 'change', '45', '2024-H1', '2023-H1', 'fraud-occurrences'),  # 詐欺發生數
        (7, 'actual', '789', '2024-H1', None, 'drug-cases-seized'),  # 毒品發生件數
        (7, 'change', '12', '2024-H1', '2023-H1', 'drug-cases-seized'),  # 毒品發生數
        (10, 'actual', '35', '2024-H1', None, 'a1-deaths'),  # A1類死亡人數
        (10, 'actual', '41', '2023-H1', None, 'a1-deaths'),  # A1類死亡人數
        (10, 'change', '-6', '2024-H1', '2023-H1', 'a1-deaths'),  # A1類死亡人數
        (10, 'change', '-14.63', '2024-H1', '2023-H1', 'a1-deaths'),  # A1類死亡人數
        (11, 'actual', '4567', '2024-H1', None, 'a2-injuries'),  # A2類受傷人數
        (11, 'actual', '4321', '2023-H1', None, 'a2-injuries'),  # A2類受傷人數
        (11, 'change', '246', '2024-H1', '2023-H1', 'a2-injuries'),  # A2類受傷人數
        (11, 'change', '5.69', '2024-H1', '2023-H1', 'a2-injuries'),  # A2類受傷人數
    ],
    ("taipei_council_113", "臺北市政府警察局", "council-report", "113"): [
        (4, 'actual', '11234', '2024-H1', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (4, 'actual', '12345', '2023-H1', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (4, 'change', '-1111', '2024-H1', '2023-H1', 'crime-all-occurrences'),  # 全般刑案發生件數
        (4, 'change', '-9.00', '2024-H1', '2023-H1', 'crime-all-occurrences'),  # 全般刑案發生件數
        (4, 'actual', '10856', '2024-H1', None, 'crime-all-cleared'),  # 全般刑案破獲件數
        (4, 'actual', '96.64', '2024-H1', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'change', '0.52', '2024-H1', '2023-H1', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'actual', '12', '2024-H1', None, 'violent-crime-occurrences'),  # 暴力犯罪發生件數
        (5, 'actual', '100', '2024-H1', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (5, 'actual', '3', '2024-H1', None, 'homicide-occurrences'),  # 故意殺人發生件數
        (5, 'actual', '4', '2024-H1', None, 'robbery-occurrences'),  # 強盜發生件數
        (5, 'actual', '0', '2024-H1', None, 'kidnapping-occurrences'),  # 擄人勒贖發生件數
        (5, 'actual', '5', '2024-H1', None, 'rape-occurrences'),  # 強制性交發生件數
        (6, 'actual', '98', '2024-H1', None, 'residential-burglary-occurrences'),  # 住宅竊盜發生件數
        (6, 'actual', '95', '2024-H1', None, 'residential-burglary-cleared'),  # 住宅竊盜破獲件數
        (6, 'actual', '96.94', '2024-H1', None, 'residential-burglary-clearance-rate'),  # 住宅竊盜破獲率
        (6, 'change', '-17', '2024-H1', '2023-H1', 'residential-burglary-occurrences'),  # 住宅竊盜發生數
        (7, 'actual', '3456', '2024-H1', None, 'fraud-occurrences'),  # 詐欺犯罪發生件數
        (7, 'actual', '2987', '2024-H1', None, 'fraud-cleared'),  # 詐欺犯罪破獲件數
        (7, 'actual', '412', '2024-H1', None, 'money-mules-offenders'),  # 查獲詐欺車手人數
        (9, 'actual', '48', '2024-H1', None, 'a1-deaths'),  # 交通事故A1類死亡人數
        (9, 'change', '3', '2024-H1', '2023-H1', 'a1-deaths'),  # 交通事故A1類死亡人數
        (9, 'actual', '12345', '2024-H1', None, 'a2-injuries'),  # A2類受傷人數
        (10, 'actual', '2345', '2024-H1', None, 'drunk-driving-citations'),  # 查獲酒駕件數
        (14, 'actual', '1876', '2024-06-30', None, 'volunteers'),  # 志工人數
    ],
    ("tainan_perf_112", "臺南市政府警察局", "performance-report", "112"): [
        (5, 'target', '90', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (6, 'actual', '95.61', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (9, 'target', '1800', '2023', None, 'drug-suspects'),  # 查獲毒品嫌疑人
        (10, 'actual', '2015', '2023', None, 'drug-suspects'),  # 毒品查獲人數
        (13, 'target', '5', '2023', '2022', 'a1-deaths'),  # A1類交通事故死亡人數
        (14, 'actual', '158', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (14, 'actual', '172', '2022', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (14, 'change', '-14', '2023', '2022', 'a1-deaths'),  # A1類交通事故死亡人數
        (14, 'change', '-8.14', '2023', '2022', 'a1-deaths'),  # A1類交通事故死亡人數
        (16, 'target', '3000', '2023', None, 'dangerous-driving-citations'),  # 取締危險駕車件數
        (17, 'actual', '3512', '2023', None, 'dangerous-driving-citations'),  # 取締危險駕車件數
    ],
    ("changhua_plan_113", "彰化縣警察局", "plan", "113"): [
        (4, 'target', '92', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '90', '2024', None, 'theft-clearance-rate'),  # 竊盜案件破獲率
        (5, 'target', '2', '2024', '2023', 'drugs-schedule-1-2-cases'),  # 查獲第一、二級毒品案件
        (6, 'target', '5', '2024', '2023', 'fraud-intercepted-amount'),  # 攔阻詐騙金額
        (8, 'target', '5', '2024', '2021--2023', 'a1-deaths'),  # A1類交通事故死亡人數
        (9, 'target', '120000', '2024', None, 'major-violation-citations'),  # 取締重大交通違規件數
        (11, 'budget', '85000000', '2024', None, 'budget-total'),  # 編列錄影監視系統建置計畫經費
        (11, 'budget', '30000000', '2024', None, 'budget-central'),  # 編列錄影監視系統建置計畫經費（中央補助）
        (11, 'budget', '55000000', '2024', None, 'budget-local'),  # 縣府自籌金額
    ],
    ("yunlin_council_112", "雲林縣政府警察局", "council-report", "112"): [
        (4, 'actual', '3456', '2023-01-01--2023-09-30', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (4, 'actual', '3321', '2023-01-01--2023-09-30', None, 'crime-all-cleared'),  # 全般刑案破獲件數
        (4, 'actual', '96.09', '2023-01-01--2023-09-30', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'change', '123', '2023-01-01--2023-09-30', '2022-01-01--2022-09-30', 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'change', '3.69', '2023-01-01--2023-09-30', '2022-01-01--2022-09-30', 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'change', '-0.42', '2023-01-01--2023-09-30', '2022-01-01--2022-09-30', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '4', '2023-01-01--2023-09-30', None, 'violent-crime-occurrences'),  # 暴力犯罪發生件數
        (4, 'actual', '4', '2023-01-01--2023-09-30', None, 'violent-crime-cleared'),  # 暴力犯罪破獲件數
        (4, 'actual', '612', '2023-01-01--2023-09-30', None, 'theft-occurrences'),  # 竊盜發生件數
        (4, 'actual', '598', '2023-01-01--2023-09-30', None, 'theft-cleared'),  # 竊盜破獲件數
        (4, 'actual', '97.71', '2023-01-01--2023-09-30', None, 'theft-clearance-rate'),  # 竊盜破獲率
        (7, 'actual', '1023', '2023-01-01--2023-09-30', None, 'drug-cases-seized'),  # 查獲毒品案件
        (7, 'actual', '1187', '2023-01-01--2023-09-30', None, 'drug-suspects'),  # 查獲毒品案件人數
        (7, 'actual', '45.6', '2023-01-01--2023-09-30', None, 'drug-weight-seized'),  # 查扣各級毒品淨重
        (8, 'actual', '42', '2023-01-01--2023-09-30', None, 'firearms-seized'),  # 查獲各式槍枝
        (8, 'actual', '1234', '2023-01-01--2023-09-30', None, 'ammunition-seized'),  # 查獲子彈顆數
        (9, 'actual', '21234', '2023-09-30', None, 'cctv-cameras'),  # 建置攝影機支數
        (11, 'actual', '112', '2023-01-01--2023-09-30', None, 'a1-accidents'),  # 發生A1類交通事故件數
        (11, 'actual', '118', '2023-01-01--2023-09-30', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (11, 'change', '-9', '2023-01-01--2023-09-30', '2022-01-01--2022-09-30', 'a1-deaths'),  # A1類交通事故死亡人數
        (11, 'actual', '8765', '2023-01-01--2023-09-30', None, 'a2-accidents'),  # A2類交通事故件數
        (11, 'actual', '11234', '2023-01-01--2023-09-30', None, 'a2-injuries'),  # A2類交通事故受傷人數
    ],
    ("miaoli_perf_111", "苗栗縣警察局", "performance-report", "111"): [
        (3, 'actual', '2987', '2022', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (3, 'actual', '2901', '2022', None, 'crime-all-cleared'),  # 全般刑案破獲件數
        (3, 'actual', '97.12', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'target', '92', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '156', '2021', None, 'juvenile-offenders'),  # 少年犯罪人數
        (4, 'actual', '132', '2022', None, 'juvenile-offenders'),  # 少年犯罪人數
        (4, 'change', '-15.38', '2022', '2021', 'juvenile-offenders'),  # 少年犯罪人數
        (5, 'actual', '320', '2022', None, 'women-children-outreach-sessions'),  # 辦理婦幼安全宣導場次
        (5, 'actual', '25432', '2022', None, 'women-children-outreach-attendance'),  # 婦幼安全宣導參加人數
        (6, 'actual', '3210', '2022', None, 'drunk-driving-citations'),  # 取締酒駕件數
        (5, 'actual', '1876', '2022', None, 'dv-cases-received'),  # 家庭暴力通報案件
        (5, 'change', '4.2', '2022', '2021', 'dv-cases-received'),  # 家庭暴力通報案件
        (7, 'actual', '64', '2022', None, 'community-meetings'),  # 辦理社區治安會議場次
        (8, 'actual', '123456', '2022', None, 'emergency-calls'),  # 受理110報案
    ],
    ("hsinchu_plan_tables", "新竹縣政府警察局", "plan", "113"): [
        (4, 'target', '80', '2024', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率 | 破獲數÷發生數×100% | 80%
        (5, 'target', '3', '2024', '2023', 'a1-deaths'),  # A1類交通事故死亡人數 | 較112年減少 | 3%
        (6, 'target', '1200', '2024', None, 'volunteers'),  # 志工人數 | 年底志工總人數 | 1,200人
        (9, 'budget', '12000', '2024', None, 'budget-central'),  # 錄影監視系統建置 | 中央補助(千元)
        (9, 'budget', '8000', '2024', None, 'budget-local'),
        (9, 'budget', '20000', '2024', None, 'budget-total'),
        (10, 'budget', '5500', '2024', None, 'budget-total'),
    ],
    ("kinmen_perf_112", "金門縣警察局", "performance-report", "112"): [
        (3, 'actual', '412', '2023', None, 'crime-all-occurrences'),  # 全般刑案發生412件
        (3, 'change', '1.2', '2023', '2022', 'crime-all-clearance-rate'),  # 較111年提升1.2個百分點
        (3, 'actual', '98.88', '2023', None, 'theft-clearance-rate'),  # 竊盜案件…破獲率98.88%
        (4, 'actual', '120000', '2023', None, None),  # 查扣私菸12萬包 (a unit that was not read)
        (4, 'actual', '3456', '2023', None, None),  # 走私酒類3,456瓶
        (6, 'actual', '512', '2023', None, 'drunk-driving-citations'),  # 酒駕取締512件
        (6, 'change', '8', '2023', '2022', 'drunk-driving-citations'),  # 較111年增加8%
        (8, 'actual', '12', '2023', None, 'community-meetings'),  # 辦理治安座談會12場
        (8, 'actual', '234', '2023', None, 'petitions-cases'),  # 受理民眾陳情案件234件
    ],
    ("taoyuan_council_112h2", "桃園市政府警察局", "council-report", "112"): [
        (3, 'actual', '12345', '2023-H2', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (3, 'actual', '11987', '2023-H2', None, 'crime-all-cleared'),  # 全般刑案破獲件數
        (3, 'actual', '97.10', '2023-H2', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'change', '-456', '2023-H2', '2022-H2', 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'change', '1.23', '2023-H2', '2022-H2', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '21', '2023-H2', None, 'violent-crime-occurrences'),  # 暴力犯罪發生件數
        (4, 'actual', '21', '2023-H2', None, 'violent-crime-cleared'),  # 暴力犯罪破獲件數
        (4, 'actual', '100', '2023-H2', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (5, 'actual', '1765', '2023-H2', None, 'theft-occurrences'),  # 竊盜犯罪發生件數
        (5, 'change', '-98', '2023-H2', '2022-H2', 'theft-occurrences'),  # 竊盜犯罪發生件數
        (5, 'change', '-5.26', '2023-H2', '2022-H2', 'theft-occurrences'),  # 竊盜犯罪發生件數
        (5, 'actual', '32', '2023-H2', None, 'vehicle-theft-occurrences'),  # 汽車竊盜發生件數
        (5, 'actual', '287', '2023-H2', None, 'motorcycle-theft-occurrences'),  # 機車竊盜發生件數
        (7, 'actual', '1023', '2023-H2', None, 'drug-cases-seized'),  # 查獲毒品案件
        (7, 'actual', '1198', '2023-H2', None, 'drug-suspects'),  # 毒品案件查獲嫌疑犯人數
        (7, 'actual', '312.5', '2023-H2', None, 'drug-weight-seized'),  # 查扣各級毒品淨重
        (8, 'actual', '87', '2023-H2', None, 'firearms-seized'),  # 查獲各式槍枝
        (8, 'actual', '2345', '2023-H2', None, 'ammunition-seized'),  # 查獲子彈顆數
        (10, 'actual', '98', '2023-H2', None, 'a1-accidents'),  # A1類交通事故發生件數
        (10, 'actual', '101', '2023-H2', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (10, 'change', '-12', '2023-H2', '2022-H2', 'a1-deaths'),  # A1類交通事故死亡人數
        (11, 'actual', '3210', '2023-H2', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (11, 'actual', '18765', '2023-H2', None, 'red-light-citations'),  # 取締闖紅燈件數
        (11, 'actual', '123456', '2023-H2', None, 'illegal-parking-citations'),  # 取締違規停車件數
        (13, 'actual', '287654', '2023-H2', None, 'emergency-calls'),  # 110報案台受理報案
        (13, 'actual', '228', '2023-H2', None, None),  # 平均派遣時間
        (14, 'actual', '34567', '2023-H2', None, 'record-certificates'),  # 核發警察刑事紀錄證明件數
        (14, 'actual', '78.5', '2023-H2', None, None),  # 核發警察刑事紀錄證明中網路申辦比率
        (17, 'actual', '2345', '2023-H2', None, 'petitions-cases'),  # 受理人民陳情案件
        (18, 'actual', '1567', '2023-H2', None, 'supervision-times'),  # 督導勤務次數
        (18, 'actual', '12', '2023-H2', None, 'police-misconduct-cases'),  # 查處員警違紀案件
    ],
    ("hsinchu_county_security_113", "新竹縣政府警察局", "council-report", "113"): [
        (2, 'actual', '4567', '2024-01-01--2024-09-30', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (2, 'change', '123', '2024-01-01--2024-09-30', '2023-01-01--2023-09-30', 'crime-all-occurrences'),  # 全般刑案發生件數
        (2, 'change', '2.77', '2024-01-01--2024-09-30', '2023-01-01--2023-09-30', 'crime-all-occurrences'),  # 全般刑案發生件數
        (2, 'actual', '4432', '2024-01-01--2024-09-30', None, 'crime-all-cleared'),  # 全般刑案破獲件數
        (2, 'actual', '97.04', '2024-01-01--2024-09-30', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '8', '2024-01-01--2024-09-30', None, 'violent-crime-occurrences'),  # 暴力犯罪發生件數
        (4, 'actual', '345', '2024-01-01--2024-09-30', None, 'theft-occurrences'),  # 竊盜案件發生件數
        (4, 'actual', '321', '2024-01-01--2024-09-30', None, 'theft-cleared'),  # 竊盜案件破獲件數
        (4, 'actual', '93.04', '2024-01-01--2024-09-30', None, 'theft-clearance-rate'),  # 竊盜案件破獲率
        (4, 'change', '2.1', '2024-01-01--2024-09-30', '2023-01-01--2023-09-30', 'theft-clearance-rate'),  # 竊盜案件破獲率
        (5, 'actual', '876', '2024-01-01--2024-09-30', None, 'fraud-occurrences'),  # 詐欺案件發生件數
        (5, 'change', '-54', '2024-01-01--2024-09-30', '2023-01-01--2023-09-30', 'fraud-occurrences'),  # 詐欺案件發生件數
        (5, 'actual', '123', '2024-01-01--2024-09-30', None, 'money-mules-offenders'),  # 查獲詐欺車手人數
        (6, 'actual', '312', '2024-01-01--2024-09-30', None, 'drug-cases-seized'),  # 查獲毒品案件
        (6, 'actual', '356', '2024-01-01--2024-09-30', None, 'drug-suspects'),  # 毒品案件查獲嫌疑犯人數
        (6, 'actual', '178', '2024-01-01--2024-09-30', None, 'drugs-schedule-1-2-offenders'),  # 第一、二級毒品嫌疑犯人數
        (7, 'actual', '498', '2024-09', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (7, 'change', '-23', '2024-09', '2024-08', 'crime-all-occurrences'),  # 全般刑案發生件數
        (8, 'actual', '28', '2024-01-01--2024-09-30', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (8, 'change', '-5', '2024-01-01--2024-09-30', '2023-01-01--2023-09-30', 'a1-deaths'),  # A1類交通事故死亡人數
        (8, 'actual', '4321', '2024-01-01--2024-09-30', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (9, 'actual', '36', '2024-01-01--2024-09-30', None, None),  # 執行擴大臨檢勤務次數
        (9, 'actual', '1025', '2024-01-01--2024-09-30', None, None),  # 臨檢場所處數
        (10, 'actual', '412', '2024-09-30', None, 'security-risk-persons'),  # 列管治安顧慮人口人數
    ],
    ("newtaipei_perf_112", "新北市政府警察局", "performance-report", "112"): [
        (4, 'target', '95', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'actual', '97.35', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (6, 'actual', '102.47', '2023', None, None),  # 全般刑案破獲率目標達成率
        (8, 'target', '12000', '2023', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (9, 'actual', '13456', '2023', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (10, 'actual', '112.13', '2023', None, 'drunk-driving-target-attainment'),  # 取締酒後駕車目標達成率
        (11, 'target', '600', '2023', None, 'prevention-sessions'),  # 辦理犯罪預防宣導場次
        (11, 'actual', '687', '2023', None, 'prevention-sessions'),  # 辦理犯罪預防宣導場次
        (11, 'actual', '54321', '2023', None, 'prevention-attendance'),  # 犯罪預防宣導參與民眾人次
        (12, 'target', '300', '2023', None, 'police-motorcycles-replaced'),  # 汰換老舊警用機車輛數
        (12, 'actual', '312', '2023', None, 'police-motorcycles-replaced'),  # 汰換老舊警用機車輛數
        (12, 'actual', '38.5', '2022-12-31', None, 'police-motorcycles-over-age-rate'),  # 警用機車逾齡率
        (12, 'actual', '31.2', '2023', None, 'police-motorcycles-over-age-rate'),  # 警用機車逾齡率
        (13, 'actual', '456', '2023', None, 'cctv-cameras-installed'),  # 新設攝影機支數
        (13, 'actual', '23456', '2023-12-31', None, 'cctv-cameras'),  # 攝影機支數
    ],
    ("taipei_plan_114", "臺北市政府警察局", "plan", "114"): [
        (3, 'target', '95', '2025', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '5', '2025', '2024', 'residential-burglary-occurrences'),  # 住宅竊盜發生數
        (6, 'target', '2500', '2025', None, 'drug-suspects'),  # 查獲毒品嫌疑犯人數
        (8, 'target', '60', '2025', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (9, 'target', '10000', '2025', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (10, 'target', '20', '2025', None, 'tech-enforcement-installed'),  # 新設科技執法設備處數
        (12, 'target', '120', '2025', None, 'community-meetings'),  # 辦理社區治安會議場次
        (13, 'target', '150', '2025', None, None),  # 補助守望相助隊
        (13, 'budget', '15000', '2025', None, None),  # 每隊補助金額
    ],
    ("taichung_midterm_114", "臺中市政府警察局", "midterm-plan", "114-117"): [
        (5, 'target', '94', '2025', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'target', '94.5', '2026', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'target', '95', '2027', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'target', '95.5', '2028', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (8, 'baseline', '8500', '2024', None, 'fraud-occurrences'),  # 詐欺犯罪發生件數
        (8, 'target', '2', '2025', '2024', 'fraud-occurrences'),  # 詐欺犯罪發生
        (8, 'target', '2', '2026', '2025', 'fraud-occurrences'),  # 詐欺犯罪發生
        (8, 'target', '2', '2027', '2026', 'fraud-occurrences'),  # 詐欺犯罪發生
        (8, 'target', '2', '2028', '2027', 'fraud-occurrences'),  # 詐欺犯罪發生
        (10, 'target', '3', '2025', '2024', 'a1-deaths'),  # A1類交通事故死亡人數
        (10, 'target', '3', '2026', '2025', 'a1-deaths'),  # A1類交通事故死亡人數
        (10, 'target', '3', '2027', '2026', 'a1-deaths'),  # A1類交通事故死亡人數
        (10, 'target', '3', '2028', '2027', 'a1-deaths'),  # A1類交通事故死亡人數
        (11, 'target', '500', '2025', None, None),  # 辦理交通安全宣導場次
        (11, 'target', '500', '2026', None, None),  # 辦理交通安全宣導場次
        (11, 'target', '500', '2027', None, None),  # 辦理交通安全宣導場次
        (11, 'target', '500', '2028', None, None),  # 辦理交通安全宣導場次
    ],
    ("pingtung_security_113q1", "屏東縣政府警察局", "council-report", "113"): [
        (2, 'actual', '1432', '2024-Q1', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (2, 'actual', '1398', '2024-Q1', None, 'crime-all-cleared'),  # 全般刑案破獲件數
        (2, 'actual', '97.63', '2024-Q1', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'actual', '298', '2024-Q1', None, 'fraud-occurrences'),  # 詐欺案件發生件數
        (5, 'change', '23', '2024-Q1', '2023-Q1', 'fraud-occurrences'),  # 詐欺案件發生件數
        (5, 'actual', '45670000', '2024-Q1', None, 'fraud-intercepted-amount'),  # 攔阻詐騙金額
        (6, 'actual', '287', '2024-01-01--2024-02-29', None, None),  # 查獲酒駕公共危險罪件數
        (6, 'actual', '102', '2024-03', None, None),  # 酒駕查獲件數
        (7, 'actual', '2', '2024-02-08--2024-02-14', None, 'a1-deaths'),  # 春節連續假期A1類交通事故死亡人數
    ],
    ("taitung_perf_tables", "臺東縣警察局", "performance-report", "112"): [
        (4, 'target', '92', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '95.43', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '103.73', '2023', None, None),  # 全般刑案破獲率目標達成率
        (5, 'target', '1500', '2023', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (5, 'actual', '1687', '2023', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (5, 'actual', '112.47', '2023', None, 'drunk-driving-target-attainment'),  # 取締酒後駕車件數目標達成率
        (6, 'target', '30', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'actual', '26', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'actual', '115.38', '2023', None, None),  # A1類交通事故死亡人數目標達成率
        (7, 'target', '600', '2023', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (7, 'actual', '702', '2023', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (7, 'actual', '117.00', '2023', None, None),  # 查獲毒品嫌疑人數目標達成率
        (10, 'actual', '210', '2024-01', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (10, 'actual', '34', '2024-01', None, 'theft-occurrences'),  # 竊盜發生數
        (10, 'actual', '56', '2024-01', None, 'fraud-occurrences'),  # 詐欺發生數
        (11, 'actual', '198', '2024-02', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (11, 'actual', '30', '2024-02', None, 'theft-occurrences'),  # 竊盜發生數
        (11, 'actual', '49', '2024-02', None, 'fraud-occurrences'),  # 詐欺發生數
        (12, 'actual', '225', '2024-03', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (12, 'actual', '41', '2024-03', None, 'theft-occurrences'),  # 竊盜發生數
        (12, 'actual', '61', '2024-03', None, 'fraud-occurrences'),  # 詐欺發生數
        (13, 'actual', '633', '2024-Q1', None, 'crime-all-occurrences'),  # 合計全般刑案發生數
        (13, 'actual', '105', '2024-Q1', None, 'theft-occurrences'),  # 合計竊盜發生數
        (13, 'actual', '166', '2024-Q1', None, 'fraud-occurrences'),  # 合計詐欺發生數
    ],
    ("keelung_tables_112", "基隆市警察局", "council-report", "112"): [
        (4, 'actual', '2345', '2023-H1', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'actual', '2456', '2022-H1', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'change', '-111', '2023-H1', '2022-H1', 'crime-all-occurrences'),  # 全般刑案發生數
        (5, 'actual', '97.12', '2023-H1', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'actual', '96.50', '2022-H1', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'change', '0.62', '2023-H1', '2022-H1', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (6, 'actual', '456', '2023-H1', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (6, 'actual', '498', '2022-H1', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (6, 'change', '-42', '2023-H1', '2022-H1', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (7, 'actual', '23', '2023-H1', None, 'residential-burglary-occurrences'),  # 住宅竊盜發生數
        (7, 'actual', '31', '2022-H1', None, 'residential-burglary-occurrences'),  # 住宅竊盜發生數
        (7, 'change', '-8', '2023-H1', '2022-H1', 'residential-burglary-occurrences'),  # 住宅竊盜發生數
    ],
    ("changhua_council_113", "彰化縣警察局", "council-report", "113"): [
        (3, 'actual', '6789', '2024-01-01--2024-08-31', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (3, 'actual', '6512', '2024-01-01--2024-08-31', None, 'crime-all-cleared'),  # 全般刑案破獲件數
        (3, 'actual', '95.92', '2024-01-01--2024-08-31', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'change', '2.3', '2024-01-01--2024-08-31', '2023-01-01--2023-08-31', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '1234', '2024-01-01--2024-08-31', None, 'dv-cases-received'),  # 受理家庭暴力通報案件
        (4, 'actual', '345', '2024-01-01--2024-08-31', None, 'protection-order-petitions'),  # 聲請保護令件數
        (4, 'actual', '567', '2024-01-01--2024-08-31', None, 'protection-orders-executed'),  # 執行保護令件數
        (4, 'actual', '89', '2024-01-01--2024-08-31', None, 'sexual-assault-cases-received'),  # 受理性侵害案件
        (5, 'actual', '412', '2024-01-01--2024-08-31', None, None),  # 受理協尋失蹤人口人數
        (5, 'actual', '398', '2024-01-01--2024-08-31', None, 'missing-persons-found'),  # 失蹤人口尋獲人數
        (5, 'actual', '96.6', '2024-01-01--2024-08-31', None, 'missing-persons-found-rate'),  # 失蹤人口尋獲率
        (6, 'actual', '312', '2024-01-01--2024-08-31', None, 'juvenile-offenders'),  # 查獲少年犯罪嫌疑人
        (6, 'actual', '4.5', '2024-01-01--2024-08-31', None, None),  # 少年事件查獲少年犯罪嫌疑人占全般刑案嫌疑犯比率
        (7, 'actual', '18', '2024-01-01--2024-08-31', None, None),  # 偵破詐欺集團團數
        (7, 'actual', '132', '2024-01-01--2024-08-31', None, 'fraud-offenders'),  # 詐欺逮捕嫌犯人數
        (7, 'actual', '56', '2024-01-01--2024-08-31', None, 'money-mules-offenders'),  # 車手逮捕嫌犯人數
        (9, 'actual', '45', '2024-01-01--2024-08-31', None, 'a1-accidents'),  # A1類交通事故發生件數
        (9, 'actual', '47', '2024-01-01--2024-08-31', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (9, 'actual', '23', '2024-01-01--2024-08-31', None, 'a1-injuries'),  # A1類交通事故受傷人數
        (9, 'actual', '3456', '2024-01-01--2024-08-31', None, 'a2-accidents'),  # A2類交通事故發生件數
        (9, 'actual', '4567', '2024-01-01--2024-08-31', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (10, 'actual', '18', '2024-01-01--2024-08-31', None, None),  # 65歲以上高齡者交通事故死亡人數
        (10, 'change', '-4', '2024-01-01--2024-08-31', '2023-01-01--2023-08-31', None),  # 65歲以上高齡者交通事故死亡人數
        (12, 'actual', '12345', '2024-06-30', None, 'cctv-cameras'),  # 設置錄影監視系統攝影機支數
        (12, 'actual', '2345', '2024-06-30', None, 'lpr-cameras'),  # 具車牌辨識功能支數
        (15, 'actual', '34567', '2024-01-01--2024-08-31', None, 'record-certificates'),  # 核發警察刑事紀錄證明件數
        (15, 'actual', '12345', '2024-01-01--2024-08-31', None, None),  # 核發警察刑事紀錄證明件數（臨櫃申請）
    ],
    ("yunlin_plan_113", "雲林縣警察局", "plan", "113"): [
        (4, 'target', '90', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '85', '2024', None, 'theft-clearance-rate'),  # 竊盜案件破獲率
        (4, 'target', '3', '2024', '2023', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (5, 'budget', '23450000', '2024', None, 'budget-total'),  # 所需經費金額
        (5, 'budget', '18450000', '2024', None, 'budget-local'),  # 所需經費由本府編列金額
        (5, 'budget', '5000000', '2024', None, 'budget-central'),  # 所需經費中央補助金額
        (7, 'target', '5', '2024', '2021--2023', 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'target', '15000', '2024', None, 'major-violation-citations'),  # 取締重大交通違規件數
        (8, 'budget', '12000000', '2024', None, 'budget-total'),  # 所需經費金額
        (10, 'target', '10', '2024', None, None),  # 輔導成立守望相助隊
        (10, 'target', '60', '2024', None, 'community-meetings'),  # 辦理治安座談會場次
    ],
    ("kaohsiung_council_113h1", "高雄市政府警察局", "council-report", "113"): [
        (2, 'actual', '32', '2024-H1', None, 'vehicle-theft-occurrences'),  # 汽車竊盜發生件數
        (2, 'actual', '30', '2024-H1', None, 'vehicle-theft-cleared'),  # 汽車竊盜破獲件數
        (2, 'actual', '287', '2024-H1', None, 'motorcycle-theft-occurrences'),  # 機車竊盜發生件數
        (2, 'actual', '276', '2024-H1', None, 'motorcycle-theft-cleared'),  # 機車竊盜破獲件數
        (2, 'actual', '96.17', '2024-H1', None, 'motorcycle-theft-clearance-rate'),  # 機車竊盜破獲率
        (3, 'actual', '123', '2024-H1', None, 'drugs-schedule-1-offenders'),  # 查獲第一級毒品嫌疑犯人數
        (3, 'actual', '456', '2024-H1', None, 'drugs-schedule-2-offenders'),  # 查獲第二級毒品嫌疑犯人數
        (3, 'actual', '12.5', '2024-H1', None, 'drugs-schedule-3-seized'),  # 查獲第三級毒品重量
        (4, 'actual', '412', '2024-06-30', None, 'security-risk-persons'),  # 治安顧慮人口列管人數
        (4, 'actual', '98.5', '2024-H1', None, None),  # 治安顧慮人口查訪率
        (5, 'actual', '23', '2024-H1', None, 'sexual-assault-occurrences'),  # 性侵害案件發生件數
        (6, 'actual', '2345', '2024-H1', None, 'fraud-occurrences'),  # 詐欺案件發生件數
        (6, 'change', '-12.3', '2024-H1', '2023-H1', 'fraud-occurrences'),  # 詐欺案件發生件數
        (6, 'actual', '1987', '2024-H1', None, 'fraud-cleared'),  # 詐欺案件破獲件數
        (6, 'actual', '2456', '2024-H1', None, 'fraud-offenders'),  # 詐欺案件查獲嫌犯人數
        (7, 'actual', '62', '2024-H1', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'actual', '78', '2023-H1', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'change', '-16', '2024-H1', '2023-H1', 'a1-deaths'),  # A1類交通事故死亡人數
    ],
    ("miaoli_security_113", "苗栗縣警察局", "council-report", "113"): [
        (2, 'actual', '1234', '2024-01-01--2024-05-31', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (2, 'change', '-56', '2024-01-01--2024-05-31', '2023-01-01--2023-05-31', 'crime-all-occurrences'),  # 全般刑案發生件數
        (2, 'actual', '96.5', '2024-01-01--2024-05-31', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (2, 'change', '1.2', '2024-01-01--2024-05-31', '2023-01-01--2023-05-31', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '245', '2024-05', None, 'crime-all-occurrences'),  # 全般刑案發生件數
        (3, 'change', '12', '2024-05', '2024-04', 'crime-all-occurrences'),  # 全般刑案發生件數
        (4, 'actual', '312', '2024-01-01--2024-05-31', None, 'drug-suspects'),  # 查獲毒品嫌疑犯人數
        (5, 'actual', '30', '2024-01-01--2024-05-31', None, None),  # 詐欺案件中假投資詐騙比率
        (5, 'actual', '90', '2024-01-01--2024-05-31', None, None),  # 攔阻詐騙比率
        (6, 'actual', '1023', '2024-01-01--2024-05-31', None, 'drunk-driving-citations'),  # 取締酒駕件數
        (6, 'change', '5.6', '2024-01-01--2024-05-31', '2023-01-01--2023-05-31', 'drunk-driving-citations'),  # 取締酒駕件數
        (7, 'actual', '9', '2024-Q1', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'actual', '5', '2024-04-01--2024-05-31', None, 'a1-deaths'),  # A1類交通事故死亡人數
    ],
    ("hualien_perf_113", "花蓮縣警察局", "performance-report", "113"): [
        (3, 'target', '92', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '96.43', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '104.82', '2024', None, None),  # 全般刑案破獲率目標達成率
        (4, 'target', '450', '2024', None, 'drug-suspects'),  # 毒品查獲嫌疑犯人數
        (4, 'actual', '513', '2024', None, 'drug-suspects'),  # 毒品查獲嫌疑犯人數
        (5, 'target', '80000000', '2024', None, 'fraud-intercepted-amount'),  # 攔阻詐騙金額
        (5, 'actual', '123450000', '2024', None, 'fraud-intercepted-amount'),  # 攔阻詐騙金額
        (7, 'baseline', '54', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'target', '5', '2024', '2023', 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'actual', '49', '2024', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'change', '-5', '2024', '2023', 'a1-deaths'),  # A1類交通事故死亡人數
        (8, 'actual', '2345', '2024', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (8, 'change', '123', '2024', '2023', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (8, 'change', '5.54', '2024', '2023', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (9, 'budget', '1234560000', '2024', None, None),  # 歲出預算數
        (9, 'actual', '1198760000', '2024', None, None),  # 預算執行數
        (9, 'actual', '97.10', '2024', None, 'budget-execution-rate'),  # 預算執行率
    ],
    ("hsinchu_city_tables_113", "新竹市警察局", "council-report", "113"): [
        (4, 'actual', '534', '2024-H1', None, None),  # 第一分局發生數
        (4, 'actual', '520', '2024-H1', None, None),  # 第一分局破獲數
        (4, 'actual', '97.38', '2024-H1', None, None),  # 第一分局破獲率
        (5, 'actual', '498', '2024-H1', None, None),  # 第二分局發生數
        (5, 'actual', '476', '2024-H1', None, None),  # 第二分局破獲數
        (5, 'actual', '95.58', '2024-H1', None, None),  # 第二分局破獲率
        (6, 'actual', '412', '2024-H1', None, None),  # 第三分局發生數
        (6, 'actual', '405', '2024-H1', None, None),  # 第三分局破獲數
        (6, 'actual', '98.30', '2024-H1', None, None),  # 第三分局破獲率
        (7, 'actual', '1444', '2024-H1', None, 'crime-all-occurrences'),  # 全般刑案合計發生數
        (7, 'actual', '1401', '2024-H1', None, 'crime-all-cleared'),  # 全般刑案合計破獲數
        (7, 'actual', '97.02', '2024-H1', None, 'crime-all-clearance-rate'),  # 全般刑案合計破獲率
        (10, 'target', '95', '2025', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (10, 'target', '95.5', '2026', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (10, 'target', '96', '2027', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (10, 'target', '96.5', '2028', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (11, 'target', '22', '2025', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (11, 'target', '21', '2026', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (11, 'target', '20', '2027', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (11, 'target', '19', '2028', None, 'a1-deaths'),  # A1類交通事故死亡人數
    ],
    ("tainan_council_113", "臺南市政府警察局", "council-report", "113"): [
        (2, 'actual', '3456', '2024-H1', None, 'supervision-times'),  # 實施勤務督導次數
        (2, 'actual', '23', '2024-H1', None, 'police-misconduct-cases'),  # 查處員警違紀案件
        (2, 'actual', '5', '2024-H1', None, None),  # 督察業務移送法辦件數
        (3, 'actual', '1023', '2024-H1', None, 'press-releases-published'),  # 主動發布新聞稿件數
        (3, 'actual', '12', '2024-H1', None, None),  # 公共關係澄清不實報導
        (4, 'actual', '98', '2024-H1', None, 'air-raid-sirens'),  # 防空警報臺
        (4, 'actual', '12', '2024-H1', None, None),  # 民防業務定期測試次數
        (5, 'actual', '234', '2024-H1', None, 'fingerprints-matched'),  # 指紋比中案件
        (5, 'actual', '345', '2024-H1', None, 'dna-matched'),  # DNA比中案件
        (5, 'actual', '312', '2024-H1', None, None),  # 比中嫌疑人
        (6, 'actual', '312', '2024-H1', None, 'illegal-foreigners-cases'),  # 查處外來人口非法活動件數
        (6, 'actual', '398', '2024-H1', None, 'illegal-foreigners-offenders'),  # 查處外來人口非法活動人數
        (6, 'actual', '245', '2024-H1', None, 'absconded-workers-found'),  # 查獲失聯移工人數
        (7, 'actual', '1234', '2024-H1', None, 'street-vendors-citations'),  # 取締違規攤販件數
        (7, 'actual', '25.3', '2023-12-31', None, 'police-motorcycles-over-age-rate'),  # 警用機車逾齡率
        (7, 'actual', '18.7', '2024-H1', None, 'police-motorcycles-over-age-rate'),  # 警用機車逾齡率
    ],
    ("taoyuan_plan_113", "桃園市政府警察局", "plan", "113"): [
        (4, 'target', '5', '2024', '2023', 'fraud-intercepted'),  # 攔阻詐騙件數
        (4, 'target', '500', '2024', None, 'money-mules-offenders'),  # 查獲詐欺車手人數
        (5, 'budget', '5678', '2024', None, 'budget-total'),  # 經費需求編列金額
        (5, 'budget', '2000', '2024', None, 'budget-central'),  # 經費需求中央補助金額
        (5, 'budget', '3678', '2024', None, 'budget-local'),  # 經費需求市府配合款金額
        (7, 'target', '10', '2024', '2021--2023', 'a1-deaths'),  # A1類交通事故死亡人數
        (8, 'target', '4', '2024', None, None),  # 辦理高齡者交通安全宣導場次
        (10, 'target', '4', '2024', None, None),  # 110報案平均派遣時間
        (11, 'target', '75', '2024', None, None),  # 警察刑事紀錄證明網路申辦比率
    ],
    ("chiayi_city_midterm_tables", "嘉義市政府警察局", "midterm-plan", "114-117"): [
        (3, 'target', '93', '2025', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'target', '93.5', '2026', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'target', '94', '2027', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'target', '94.5', '2028', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '28', '2025', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (4, 'target', '27', '2026', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (4, 'target', '26', '2027', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (4, 'target', '25', '2028', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'target', '120', '2025', None, 'cctv-cameras-installed'),  # 新設監視器支數
        (5, 'target', '120', '2026', None, 'cctv-cameras-installed'),  # 新設監視器支數
        (5, 'target', '120', '2027', None, 'cctv-cameras-installed'),  # 新設監視器支數
        (5, 'target', '120', '2028', None, 'cctv-cameras-installed'),  # 新設監視器支數
    ],
    ("indep_a01_keelung_security_meeting_112", "基隆市警察局", "council-report", "112"): [
        (3, 'actual', '100', '2023-01-01--2023-05-31', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (3, 'actual', '1796', '2023-01-01--2023-05-31', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (3, 'actual', '1842', '2023-01-01--2023-05-31', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '5', '2023-01-01--2023-05-31', None, 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (3, 'actual', '5', '2023-01-01--2023-05-31', None, 'violent-crime-cleared'),  # 暴力犯罪破獲數
        (3, 'actual', '97.50', '2023-01-01--2023-05-31', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'change', '-63', '2023-01-01--2023-05-31', '2022-01-01--2022-05-31', 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'change', '2.14', '2023-01-01--2023-05-31', '2022-01-01--2022-05-31', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '298', '2023-01-01--2023-05-31', None, 'theft-cleared'),  # 竊盜犯罪破獲數
        (4, 'actual', '312', '2023-01-01--2023-05-31', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (4, 'actual', '35', '2023-01-01--2023-05-31', None, 'motorcycle-theft-cleared'),  # 機車竊盜破獲數
        (4, 'actual', '37', '2023-01-01--2023-05-31', None, 'motorcycle-theft-occurrences'),  # 機車竊盜發生數
        (4, 'actual', '4', '2023-01-01--2023-05-31', None, 'vehicle-theft-occurrences'),  # 汽車竊盜發生數
        (4, 'actual', '4', '2023-01-01--2023-05-31', None, 'residential-burglary-occurrences'),  # 住宅竊盜發生數
        (4, 'actual', '95.51', '2023-01-01--2023-05-31', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (4, 'change', '-21', '2023-01-01--2023-05-31', '2022-01-01--2022-05-31', 'theft-occurrences'),  # 竊盜犯罪發生數
        (4, 'change', '6', '2023-01-01--2023-05-31', '2022-01-01--2022-05-31', 'motorcycle-theft-cleared'),  # 機車竊盜破獲數
        (5, 'actual', '32154000', '2023-01-01--2023-05-31', None, 'fraud-intercepted-amount'),  # 攔阻詐欺金額
        (5, 'actual', '587', '2023-01-01--2023-05-31', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (5, 'actual', '74', '2023-01-01--2023-05-31', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (5, 'actual', '98', '2023-05', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (5, 'change', '-17', '2023-05', '2023-04', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (6, 'actual', '141', '2023-01-01--2023-05-31', None, 'drugs-schedule-2-offenders'),  # 第二級毒品查獲案犯數
        (6, 'actual', '23', '2023-01-01--2023-05-31', None, 'drugs-schedule-1-offenders'),  # 第一級毒品查獲案犯數
        (6, 'actual', '3.62', '2023-01-01--2023-05-31', None, 'drugs-schedule-1-2-seized'),  # 查獲第一、二級毒品數量
        (6, 'actual', '6', '2023-01-01--2023-05-31', None, 'firearm-cases'),  # 查獲非法槍械案件數
        (6, 'actual', '7', '2023-01-01--2023-05-31', None, 'firearms-seized'),  # 查獲槍枝數
        (7, 'actual', '1204', '2023-01-01--2023-05-31', None, 'a2-accidents'),  # A2類交通事故件數
        (7, 'actual', '1563', '2023-01-01--2023-05-31', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (7, 'actual', '7', '2023-01-01--2023-05-31', None, 'a1-accidents'),  # A1類交通事故件數
        (7, 'actual', '7', '2023-01-01--2023-05-31', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'change', '-3', '2023-01-01--2023-05-31', '2022-01-01--2022-05-31', 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'change', '3.17', '2023-01-01--2023-05-31', '2022-01-01--2022-05-31', 'a2-injuries'),  # A2類交通事故受傷人數
        (7, 'change', '48', '2023-01-01--2023-05-31', '2022-01-01--2022-05-31', 'a2-injuries'),  # A2類交通事故受傷人數
        (8, 'actual', '218', '2023-01-01--2023-05-31', None, None),  # 對吐氣酒精濃度達每公升0.25毫克以上者移送法辦人數
        (8, 'actual', '542', '2023-01-01--2023-05-31', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (9, 'actual', '3418', '2023-05-31', None, 'cctv-cameras'),  # 錄影監視系統攝影機數
        (9, 'actual', '412', '2023-05-31', None, 'security-risk-persons'),  # 治安顧慮人口數
        (9, 'actual', '56', '2023-01-01--2023-05-31', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (9, 'actual', '83', '2023-01-01--2023-05-31', None, 'missing-persons-found'),  # 尋獲失蹤人口數
        (9, 'actual', '92.22', '2023-01-01--2023-05-31', None, 'missing-persons-found-rate'),  # 失蹤人口尋獲率
    ],
    ("indep_a02_hsinchu_city_council_report_111", "新竹市警察局", "council-report", "111"): [
        (3, 'actual', '2098', '2022-H1', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (3, 'actual', '2156', '2022-H1', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '2304', '2021-H1', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '97.31', '2022-H1', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'change', '-148', '2022-H1', '2021-H1', 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'change', '-6.42', '2022-H1', '2021-H1', 'crime-all-occurrences'),  # 全般刑案發生數
        (6, 'actual', '100.00', '2022-H1', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (6, 'actual', '6', '2022-H1', None, 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (6, 'actual', '6', '2022-H1', None, 'violent-crime-cleared'),  # 暴力犯罪破獲數
        (6, 'change', '-3', '2022-H1', '2021-H1', 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (7, 'actual', '473', '2022-H1', None, 'theft-cleared'),  # 竊盜犯罪破獲數
        (7, 'actual', '498', '2022-H1', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (7, 'actual', '94.98', '2022-H1', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (7, 'change', '27', '2022-H1', '2021-H1', 'theft-occurrences'),  # 竊盜犯罪發生數
        (8, 'actual', '20', '2022-H1', None, 'residential-burglary-cleared'),  # 住宅竊盜破獲數
        (8, 'actual', '21', '2022-H1', None, 'residential-burglary-occurrences'),  # 住宅竊盜發生數
        (8, 'actual', '95.24', '2022-H1', None, 'residential-burglary-clearance-rate'),  # 住宅竊盜破獲率
        (8, 'change', '-5', '2022-H1', '2021-H1', 'residential-burglary-occurrences'),  # 住宅竊盜發生數
        (9, 'actual', '588', '2022-H1', None, 'fraud-cleared'),  # 詐欺犯罪破獲數
        (9, 'actual', '612', '2022-H1', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (9, 'actual', '96.08', '2022-H1', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (9, 'change', '-85', '2022-H1', '2021-H1', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (10, 'actual', '12.47', '2022-H1', None, 'drug-weight-seized'),  # 查獲毒品重量
        (10, 'actual', '246', '2022-H1', None, 'drugs-schedule-2-cases'),  # 查獲第二級毒品案件數
        (10, 'actual', '258', '2022-H1', None, 'drugs-schedule-2-offenders'),  # 第二級毒品查獲案犯數
        (10, 'actual', '329', '2022-H1', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (10, 'actual', '352', '2022-H1', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (10, 'change', '4.85', '2022-H1', '2021-H1', 'drug-weight-seized'),  # 查獲毒品重量
        (11, 'actual', '1037', '2022-H1', None, 'dv-cases-received'),  # 受理家庭暴力案件數
        (11, 'actual', '214', '2022-H1', None, 'protection-order-petitions'),  # 聲請保護令件數
        (11, 'actual', '396', '2022-H1', None, 'protection-orders-executed'),  # 執行保護令件數
        (11, 'actual', '52', '2022-H1', None, 'protection-order-violations'),  # 違反保護令罪移送件數
        (11, 'change', '-9', '2022-H1', '2021-H1', 'protection-order-petitions'),  # 聲請保護令件數
        (11, 'change', '41', '2022-H1', '2021-H1', 'dv-cases-received'),  # 受理家庭暴力案件數
        (12, 'actual', '143', '2022-H1', None, 'juvenile-offenders'),  # 犯案少年人數
        (12, 'actual', '25', '2022-H1', None, None),  # 傷害案
        (12, 'actual', '25', '2022-H1', None, None),  # 少年犯罪防制竊盜案
        (12, 'actual', '37', '2022-H1', None, None),  # 少年犯罪防制詐欺案
        (12, 'actual', '6.37', '2022-H1', None, None),  # 少年觸犯刑事法令者占全般案犯比率
    ],
    ("indep_a03_chiayi_city_performance_report_112", "嘉義市政府警察局", "performance-report", "112"): [
        (2, 'actual', '100', '2023', None, None),  # 降低全般刑案發生數目標達成率
        (2, 'actual', '4126', '2023', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'actual', '4312', '2022', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'change', '-186', '2023', '2022', 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'change', '-4.31', '2023', '2022', 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'target', '1', '2023', '2022', 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '103.57', '2023', None, None),  # 竊盜案件破獲率目標達成率
        (3, 'actual', '671', '2023', None, 'theft-cleared'),  # 竊盜犯罪破獲數
        (3, 'actual', '682', '2023', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'actual', '98.39', '2023', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (3, 'change', '1.26', '2023', '2022', 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (3, 'target', '95', '2023', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (4, 'actual', '1618', '2023', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (4, 'target', '100', '2023', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (5, 'actual', '14', '2022', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'actual', '9', '2023', None, 'a1-accidents'),  # A1類交通事故件數
        (5, 'actual', '9', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'target', '12', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'actual', '129.17', '2023', None, None),  # 辦理預防犯罪宣導場次目標達成率
        (6, 'actual', '28000', '2023', None, 'prevention-attendance'),  # 預防犯罪宣導參與人次
        (6, 'actual', '62', '2023', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (6, 'target', '48', '2023', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (7, 'actual', '1318', '2023', None, 'cases-cleared-via-cctv'),  # 因調閱監視器破獲刑案件數
        (7, 'actual', '172', '2023', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (7, 'actual', '30', '2023', None, 'cctv-clearance-share'),  # 調閱監視器破案占全般刑案破獲數比率
        (7, 'target', '150', '2023', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (8, 'actual', '103.06', '2023', None, None),  # 受理110報案後5分鐘內到達現場比率目標達成率
        (8, 'actual', '63412', '2023', None, 'emergency-calls'),  # 110受理報案件數
        (8, 'actual', '87.6', '2023', None, None),  # 5分鐘內到達現場比率
        (8, 'target', '85', '2023', None, None),  # 受理110報案後5分鐘內到達現場比率
    ],
    ("indep_a04_pingtung_security_meeting_113", "屏東縣政府警察局", "council-report", "113"): [
        (3, 'actual', '1004', '2024-01-01--2024-02-29', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (3, 'actual', '1027', '2024-01-01--2024-02-29', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '97.76', '2024-01-01--2024-02-29', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'change', '-58', '2024-01-01--2024-02-29', '2023-01-01--2023-02-28', 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'change', '1.93', '2024-01-01--2024-02-29', '2023-01-01--2023-02-28', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '2', '2024-02-08--2024-02-14', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (4, 'actual', '23', '2024-02-08--2024-02-14', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (4, 'actual', '311', '2024-02-08--2024-02-14', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (5, 'actual', '104.15', '2024-01-01--2024-02-29', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (5, 'actual', '217', '2024-01-01--2024-02-29', None, None),  # 查獲詐欺車手及收簿手人數
        (5, 'actual', '386', '2024-01-01--2024-02-29', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (5, 'actual', '402', '2024-01-01--2024-02-29', None, 'fraud-cleared'),  # 詐欺犯罪破獲數
        (5, 'actual', '41', '2024-01-01--2024-02-29', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (6, 'actual', '146', '2024-01-01--2024-02-29', None, 'ammunition-seized'),  # 查獲彈藥數
        (6, 'actual', '214', '2024-01-01--2024-02-29', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (6, 'actual', '229', '2024-01-01--2024-02-29', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (6, 'actual', '31', '2024-01-01--2024-02-29', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (6, 'actual', '9', '2024-01-01--2024-02-29', None, 'firearms-seized'),  # 查獲槍枝數
        (7, 'actual', '57', '2024-02-29', None, None),  # 失蹤人口未尋獲者尚有人數
        (7, 'actual', '938', '2024-02-29', None, 'security-risk-persons'),  # 治安顧慮人口數
        (8, 'actual', '387', '2024-01-01--2024-02-29', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (8, 'actual', '82', '2024-01-01--2024-02-29', None, None),  # 取締酒後駕車中之酒駕肇事者為機車騎士比率
        (8, 'change', '12.5', '2024-01-01--2024-02-29', '2023-01-01--2023-02-28', 'drunk-driving-citations'),  # 取締酒後駕車件數
    ],
    ("indep_a05_kinmen_council_report_112", "金門縣警察局", "council-report", "112"): [
        (3, 'actual', '102.18', '2023-H2', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '412', '2023-H2', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '421', '2023-H2', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (3, 'actual', '47', '2023-H2', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (3, 'actual', '66', '2023-H2', None, 'theft-cleared'),  # 竊盜犯罪破獲數
        (3, 'actual', '68', '2023-H2', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'actual', '97.06', '2023-H2', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (3, 'change', '-19', '2023-H2', '2022-H2', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (3, 'change', '-28.79', '2023-H2', '2022-H2', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (3, 'change', '-37', '2023-H2', '2022-H2', 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'actual', '2', '2023-H2', None, None),  # 查獲走私毒品件數
        (4, 'actual', '26', '2023-H2', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (4, 'actual', '29', '2023-H2', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (5, 'actual', '120', '2023-H2', None, None),  # 辦理反詐騙宣導場次
        (5, 'actual', '865', '2023-H2', None, 'fraud-intercepted-amount'),  # 攔阻詐欺金額
        (6, 'actual', '2', '2023-H2', None, 'a1-accidents'),  # A1類交通事故件數
        (6, 'actual', '2', '2023-H2', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'actual', '318', '2023-H2', None, 'a2-accidents'),  # A2類交通事故件數
        (6, 'actual', '4', '2022-H2', None, 'a1-accidents'),  # A1類交通事故件數
        (6, 'actual', '402', '2023-H2', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (6, 'change', '-26', '2023-H2', '2022-H2', 'a2-injuries'),  # A2類交通事故受傷人數
        (7, 'actual', '36', '2023-12-31', None, 'neighbourhood-watch-teams'),  # 守望相助隊數
        (7, 'actual', '3960', '2023-H2', None, 'women-children-outreach-attendance'),  # 婦幼安全宣導參與人次
        (7, 'actual', '48', '2023-H2', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (7, 'actual', '712', '2023-12-31', None, None),  # 社區治安隊員人數
        (8, 'actual', '89.44', '2023', None, 'budget-execution-rate'),  # 預算執行率
        (9, 'actual', '1204', '2023-12-31', None, 'security-risk-persons'),  # 治安顧慮人口數
        (9, 'actual', '12486', '2023-H2', None, 'emergency-calls'),  # 110受理報案件數
        (9, 'actual', '68', '2023-H2', None, None),  # 平均每日受理件數
    ],
    ("indep_a06_lienchiang_performance_report_111", "連江縣警察局", "performance-report", "111"): [
        (3, 'actual', '107.28', '2022', None, None),  # 全般刑案破獲率目標達成率
        (3, 'actual', '56', '2022', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (3, 'actual', '58', '2022', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '91.30', '2021', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '96.55', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'change', '5.25', '2022', '2021', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'target', '90', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '13', '2022', None, 'illegal-foreigners-cases'),  # 查獲外來人口非法活動案件數
        (4, 'actual', '130', '2022', None, None),  # 查獲外來人口非法活動案件目標達成率
        (4, 'actual', '16', '2022', None, 'illegal-foreigners-offenders'),  # 外來人口非法活動查獲案犯數
        (4, 'actual', '4', '2022', None, 'absconded-workers-found'),  # 查處失聯外籍移工人數
        (4, 'target', '10', '2022', None, 'illegal-foreigners-cases'),  # 查獲外來人口非法活動案件數
        (6, 'actual', '100', '2022', None, None),  # 基準值交通事故目標達成率
        (6, 'actual', '171', '2022', None, 'traffic-accidents'),  # 交通事故件數
        (6, 'baseline', '186', '2021', None, 'traffic-accidents'),  # 交通事故件數
        (6, 'change', '-15', '2022', '2021', 'traffic-accidents'),  # 交通事故件數
        (6, 'change', '-8.06', '2022', '2021', 'traffic-accidents'),  # 交通事故件數
        (7, 'actual', '115.56', '2022', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (7, 'actual', '3', '2022', None, None),  # 酒駕肇事件數
        (7, 'actual', '52', '2022', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (7, 'target', '45', '2022', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (9, 'actual', '104.22', '2022', None, None),  # 滿意度目標達成率
        (9, 'actual', '386', '2022', None, None),  # 有效樣本
        (9, 'actual', '93.8', '2022', None, None),  # 整體滿意度
        (9, 'target', '90', '2022', None, None),  # 滿意度
        (10, 'actual', '103.63', '2022', None, None),  # 預算執行率目標達成率
        (10, 'actual', '93.27', '2022', None, 'budget-execution-rate'),  # 預算執行率
        (10, 'target', '90', '2022', None, 'budget-execution-rate'),  # 預算執行率
    ],
    ("indep_a07_nantou_council_report_113", "南投縣政府警察局", "council-report", "113"): [
        (5, 'actual', '3287', '2024-01-01--2024-08-31', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (5, 'actual', '3318', '2024-01-01--2024-08-31', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (5, 'actual', '99.07', '2024-01-01--2024-08-31', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'change', '96', '2024-01-01--2024-08-31', '2023-01-01--2023-08-31', 'crime-all-occurrences'),  # 全般刑案發生數
        (6, 'actual', '100.00', '2024-01-01--2024-08-31', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (6, 'actual', '9', '2024-01-01--2024-08-31', None, 'violent-crime-cleared'),  # 暴力犯罪破獲數
        (6, 'actual', '9', '2024-01-01--2024-08-31', None, 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (6, 'change', '-2', '2024-01-01--2024-08-31', '2023-01-01--2023-08-31', 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (7, 'actual', '107.14', '2024-01-01--2024-08-31', None, 'vehicle-theft-clearance-rate'),  # 汽車竊盜破獲率
        (7, 'actual', '14', '2024-01-01--2024-08-31', None, 'vehicle-theft-occurrences'),  # 汽車竊盜發生數
        (7, 'actual', '15', '2024-01-01--2024-08-31', None, 'vehicle-theft-cleared'),  # 汽車竊盜破獲數
        (7, 'change', '3', '2024-01-01--2024-08-31', '2023-01-01--2023-08-31', 'vehicle-theft-occurrences'),  # 汽車竊盜發生數
        (8, 'actual', '82', '2024-01-01--2024-08-31', None, 'motorcycle-theft-cleared'),  # 機車竊盜破獲數
        (8, 'actual', '87', '2024-01-01--2024-08-31', None, 'motorcycle-theft-occurrences'),  # 機車竊盜發生數
        (8, 'actual', '94.25', '2024-01-01--2024-08-31', None, 'motorcycle-theft-clearance-rate'),  # 機車竊盜破獲率
        (8, 'change', '-11', '2024-01-01--2024-08-31', '2023-01-01--2023-08-31', 'motorcycle-theft-occurrences'),  # 機車竊盜發生數
        (9, 'actual', '105.56', '2024-01-01--2024-08-31', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (9, 'actual', '702', '2024-01-01--2024-08-31', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (9, 'actual', '741', '2024-01-01--2024-08-31', None, 'fraud-cleared'),  # 詐欺犯罪破獲數
        (9, 'change', '58', '2024-01-01--2024-08-31', '2023-01-01--2023-08-31', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (10, 'actual', '163', '2024-01-01--2024-08-31', None, 'drugs-schedule-2-cases'),  # 查獲第二級毒品案件數
        (10, 'actual', '41', '2024-01-01--2024-08-31', None, 'drugs-schedule-1-cases'),  # 查獲第一級毒品案件數
        (10, 'change', '-6', '2024-01-01--2024-08-31', '2023-01-01--2023-08-31', 'drugs-schedule-1-cases'),  # 查獲第一級毒品案件數
        (10, 'change', '22', '2024-01-01--2024-08-31', '2023-01-01--2023-08-31', 'drugs-schedule-2-cases'),  # 查獲第二級毒品案件數
        (11, 'actual', '157', '2024-01-01--2024-08-31', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (11, 'actual', '218', '2024-01-01--2024-08-31', None, 'missing-persons-found'),  # 尋獲失蹤人口數
        (11, 'actual', '5', '2024-01-01--2024-08-31', None, 'gambling-den-cases'),  # 取締職業賭場件數
        (11, 'actual', '612', '2024-01-01--2024-08-31', None, 'fugitives-arrested'),  # 查獲逃犯數
        (11, 'actual', '81.4', '2023-01-01--2023-08-31', None, 'missing-persons-found-rate'),  # 失蹤人口尋獲率
        (11, 'actual', '86.3', '2024-01-01--2024-08-31', None, 'missing-persons-found-rate'),  # 失蹤人口尋獲率
        (11, 'actual', '89', '2024-01-01--2024-08-31', None, 'gambling-den-suspects'),  # 取締職業賭場人數
        (12, 'actual', '227', '2024-01-01--2024-08-31', None, None),  # 查獲車手及收簿手人數
        (12, 'actual', '98', '2024-01-01--2024-08-31', None, 'fraud-intercepted'),  # 攔阻詐欺件數
    ],
    ("indep_a08_yunlin_security_meeting_111", "雲林縣警察局", "council-report", "111"): [
        (2, 'actual', '4867', '2022-01-01--2022-09-30', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (2, 'actual', '4915', '2022-01-01--2022-09-30', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'actual', '99.02', '2022-01-01--2022-09-30', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (2, 'change', '0.71', '2022-01-01--2022-09-30', '2021-01-01--2021-09-30', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '12', '2022-Q3', None, 'residential-burglary-occurrences'),  # 住宅竊盜發生數
        (3, 'actual', '12', '2022-Q3', None, 'residential-burglary-cleared'),  # 住宅竊盜破獲數
        (3, 'actual', '1603', '2022-Q3', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'change', '-84', '2022-Q3', '2022-Q2', 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'actual', '221', '2022-01-01--2022-09-30', None, 'drugs-schedule-1-offenders'),  # 第一級毒品查獲案犯數
        (4, 'actual', '48.6', '2022-01-01--2022-09-30', None, 'drug-weight-seized'),  # 查獲毒品重量
        (4, 'actual', '603', '2022-01-01--2022-09-30', None, 'drugs-schedule-2-offenders'),  # 第二級毒品查獲案犯數
        (4, 'actual', '986', '2022-01-01--2022-09-30', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (4, 'change', '74', '2022-01-01--2022-09-30', '2021-01-01--2021-09-30', 'drug-suspects'),  # 查獲毒品嫌疑人數
        (4, 'change', '8.11', '2022-01-01--2022-09-30', '2021-01-01--2021-09-30', 'drug-suspects'),  # 查獲毒品嫌疑人數
        (5, 'actual', '1127', '2022-01-01--2022-09-30', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (5, 'actual', '126', '2022-01-01--2022-09-30', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (5, 'actual', '78645000', '2022-01-01--2022-09-30', None, 'fraud-intercepted-amount'),  # 攔阻詐欺金額
        (6, 'actual', '2306', '2022-01-01--2022-09-30', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (6, 'actual', '41250', '2022-01-01--2022-09-30', None, 'speeding-citations'),  # 取締超速件數
        (6, 'actual', '78', '2022-01-01--2022-09-30', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'actual', '9412', '2022-01-01--2022-09-30', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (6, 'change', '-10.34', '2022-01-01--2022-09-30', '2021-01-01--2021-09-30', 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'change', '-9', '2022-01-01--2022-09-30', '2021-01-01--2021-09-30', 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'actual', '312', '2022-01-01--2022-09-30', None, 'juvenile-offenders'),  # 犯案少年人數
        (7, 'actual', '98.2', '2022-01-01--2022-09-30', None, 'dropout-found-rate'),  # 中輟學生尋獲率
        (7, 'change', '-41', '2022-01-01--2022-09-30', '2021-01-01--2021-09-30', 'juvenile-offenders'),  # 犯案少年人數
        (8, 'actual', '286', '2022-09-30', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (8, 'actual', '68.10', '2022-09-30', None, None),  # 完成率
        (8, 'target', '420', '2022', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
    ],
    ("indep_b01_taipei_plan_113", "臺北市政府警察局", "plan", "113"): [
        (3, 'baseline', '94.6', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'target', '0.5', '2024', '2023', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'target', '95.1', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'baseline', '8312', '2023', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (4, 'target', '5', '2024', '2023', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (4, 'target', '7896', '2024', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (5, 'target', '1', '2024', None, None),  # 寒、暑假期間於校園辦理反毒宣導場次
        (5, 'target', '300', '2024', None, 'drugs-schedule-3-seized'),  # 查獲第三級毒品數量
        (5, 'target', '460', '2024', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (6, 'target', '48', '2024', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'target', '6500', '2024', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (6, 'target', '7200', '2024', None, 'severe-speeding-citations'),  # 取締嚴重超速件數
        (7, 'actual', '16842', '2023-06-30', None, 'cctv-cameras'),  # 錄影監視系統攝影機數
        (7, 'target', '219', '2024', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (7, 'target', '40', '2024', None, 'lpr-cameras-installed'),  # 建置車牌辨識攝影機數
        (8, 'target', '92', '2024', None, None),  # 關鍵績效指標—衡量指標一比率
        (9, 'target', '95', '2024', None, None),  # 員警常年訓練學科測驗及格率
        (11, 'budget', '12000', '2024', None, 'budget-central'),  # 預算金額（中央）
        (11, 'budget', '86450', '2024', None, 'budget-local'),  # 預算金額（本府）
        (11, 'budget', '98450', '2024', None, 'budget-total'),  # 預算金額（合計）
        (12, 'budget', '20000', '2024', None, 'budget-central'),  # 預算金額（中央）
        (12, 'budget', '32380', '2024', None, 'budget-local'),  # 預算金額（本府）
        (12, 'budget', '52380', '2024', None, 'budget-total'),  # 預算金額（合計）
        (12, 'target', '18', '2024', None, 'patrol-cars-replaced'),  # 汰換巡邏汽車數
        (12, 'target', '240', '2024', None, 'patrol-motorcycles-replaced'),  # 汰換巡邏機車數
    ],
    ("indep_b02_newtaipei_plan_112", "新北市政府警察局", "plan", "112"): [
        (3, 'baseline', '11958', '2022', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'target', '3', '2023', '2022', 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'target', '98', '2023', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (4, 'target', '1200', '2023', None, 'money-mules-offenders'),  # 詐欺車手查獲案犯數
        (4, 'target', '400', '2023', None, None),  # 防詐宣導場次
        (4, 'target', '850', '2023', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (6, 'target', '92', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '4300', '2023', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (8, 'target', '100', '2023', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (9, 'target', '5', '2023', '2022', 'a1-deaths'),  # A1類交通事故死亡人數
        (11, 'budget', '15600', '2023', None, 'budget-central'),  # 預算金額（中央）
        (11, 'budget', '48300', '2023', None, 'budget-local'),  # 預算金額（本府）
        (11, 'budget', '63900', '2023', None, 'budget-total'),  # 預算金額（合計）
        (11, 'target', '1350', '2023', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (11, 'target', '520', '2023', None, 'lpr-cameras-replaced'),  # 汰換車牌辨識攝影機數
        (12, 'budget', '1200', '2023', None, 'budget-central'),  # 預算金額（中央）
        (12, 'budget', '2050', '2023', None, 'budget-local'),  # 預算金額（本府）
        (12, 'budget', '3250', '2023', None, 'budget-total'),  # 預算金額（合計）
        (12, 'target', '600', '2023', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
    ],
    ("indep_b03_taichung_plan_114", "臺中市政府警察局", "plan", "114"): [
        (3, 'baseline', '58', '2024', None, 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (3, 'target', '100', '2025', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (3, 'target', '2', '2025', '2024', 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (4, 'target', '120', '2025', None, 'drugs-schedule-1-2-seized'),  # 查獲第一、二級毒品數量
        (4, 'target', '3600', '2025', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (4, 'target', '850', '2025', None, 'drug-weight-seized'),  # 查獲毒品重量
        (5, 'target', '2', '2025', None, None),  # 暑假擴大辦理少年輔導活動場次
        (5, 'target', '2', '2025', None, None),  # 寒假擴大辦理少年輔導活動場次
        (5, 'target', '95', '2025', None, 'dropout-found-rate'),  # 中輟學生尋獲率
        (6, 'actual', '684215', '2023', None, 'emergency-calls'),  # 110受理報案件數
        (6, 'target', '98', '2025', None, None),  # 勤務指揮目標3響內接聽率
        (7, 'target', '35', '2025', None, None),  # 為民服務線上申請比率
        (7, 'target', '48000', '2025', None, 'record-certificates'),  # 核發警察刑事紀錄證明件數
        (9, 'budget', '123450', '2025', None, 'budget-total'),  # 預算金額（合計）
        (9, 'budget', '30000', '2025', None, 'budget-central'),  # 預算金額（中央）
        (9, 'budget', '93450', '2025', None, 'budget-local'),  # 預算金額（本府）
        (9, 'target', '420', '2025', None, 'cctv-cameras-removed'),  # 汰除攝影機數
        (9, 'target', '860', '2025', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (10, 'budget', '18500', '2025', None, 'budget-central'),  # 預算金額（中央）
        (10, 'budget', '41200', '2025', None, 'budget-local'),  # 預算金額（本府）
        (10, 'budget', '59700', '2025', None, 'budget-total'),  # 預算金額（合計）
        (10, 'target', '12', '2025', None, 'investigation-cars-replaced'),  # 汰換偵防汽車數
        (10, 'target', '36', '2025', None, 'patrol-cars-replaced'),  # 汰換巡邏汽車數
        (11, 'budget', '134650', '2025', None, 'budget-local'),  # 預算金額（本府）
        (11, 'budget', '183150', '2025', None, 'budget-total'),  # 預算金額（合計）
        (11, 'budget', '48500', '2025', None, 'budget-central'),  # 預算金額（中央）
        (12, 'target', '90', '2025', None, 'budget-execution-rate-capital'),  # 資本門預算執行率
    ],
    ("indep_b04_yilan_plan_111", "宜蘭縣政府警察局", "plan", "111"): [
        (3, 'baseline', '2146', '2021', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (3, 'target', '1', '2022', '2021', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (3, 'target', '2168', '2022', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (4, 'target', '3', '2022', '2021', 'a2-injuries'),  # A2類交通事故受傷人數
        (4, 'target', '42', '2022', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'target', '120', '2022', None, 'protection-order-violations'),  # 違反保護令罪移送件數
        (5, 'target', '150', '2022', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (5, 'target', '420', '2022', None, 'protection-order-petitions'),  # 聲請保護令件數
        (6, 'target', '320', '2022', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (6, 'target', '32000', '2022', None, 'prevention-attendance'),  # 預防犯罪宣導參與人次
        (7, 'target', '120', '2022', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (9, 'budget', '16000', '2022', None, 'budget-total'),  # 預算金額（合計）
        (9, 'budget', '6400', '2022', None, 'budget-local'),  # 預算金額（本府）
        (9, 'budget', '9600', '2022', None, 'budget-central'),  # 預算金額（中央）
        (9, 'target', '20', '2022', None, 'investigation-motorcycles-replaced'),  # 汰換偵防機車數
        (9, 'target', '85', '2022', None, 'patrol-motorcycles-replaced'),  # 汰換巡邏機車數
        (10, 'budget', '0', '2022', None, 'budget-central'),  # 預算金額（中央）
        (10, 'budget', '1280', '2022', None, 'budget-total'),  # 預算金額（合計）
        (10, 'budget', '1280', '2022', None, 'budget-local'),  # 預算金額（本府）
        (11, 'budget', '0', '2022', None, 'budget-central'),  # 預算金額（中央）
        (11, 'budget', '2360', '2022', None, 'budget-total'),  # 預算金額（合計）
        (11, 'budget', '2360', '2022', None, 'budget-local'),  # 預算金額（本府）
    ],
    ("indep_b05_hualien_plan_115", "花蓮縣警察局", "plan", "115"): [
        (3, 'target', '85', '2026', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (4, 'target', '65', '2026', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (4, 'target', '85', '2026', None, 'urine-test-attendance-rate'),  # 應受尿液採驗人到驗率
        (5, 'target', '1200', '2026', None, None),  # 觀光交通連續假期執行交通疏導勤務人次
        (5, 'target', '35', '2026', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'target', '1000', '2026-12-31', None, 'lpr-cameras'),  # 車牌辨識攝影機數
        (6, 'target', '150', '2026', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (6, 'target', '4350', '2026-12-31', None, 'cctv-cameras'),  # 錄影監視系統攝影機數
        (6, 'target', '8', '2026', None, 'tech-enforcement-installed'),  # 新設科技執法設備數
        (7, 'actual', '28.4', '2025-06-30', None, 'police-vehicles-over-age-rate'),  # 警用車輛逾齡率
        (7, 'actual', '612', '2025-06-30', None, 'police-vehicles'),  # 警用車輛數
        (7, 'target', '10', '2026', None, 'patrol-cars-replaced'),  # 汰換巡邏汽車數
        (7, 'target', '95', '2026', None, 'patrol-motorcycles-replaced'),  # 汰換巡邏機車數
        (8, 'target', '40', '2026', None, None),  # 員警訓練新進人員職前訓練時數
        (8, 'target', '95', '2026', None, None),  # 員警訓練射擊測驗合格率
        (11, 'actual', '1975', '2025', None, None),  # 執行金額
        (11, 'budget', '4860', '2026', None, 'budget-local'),  # 預算金額（本府）
        (12, 'target', '90', '2026', None, 'budget-execution-rate-capital'),  # 資本門預算執行率
        (12, 'target', '95', '2026', None, 'budget-execution-rate-recurrent'),  # 經常門預算執行率
    ],
    ("indep_b06_taoyuan_midterm_plan_111_114", "桃園市政府警察局", "midterm-plan", "111-114"): [
        (2, 'actual', '2268807', '2021-12-31', None, 'population'),  # 人口數
        (2, 'actual', '5912', '2021-12-31', None, 'police-authorised'),  # 員警編制人數
        (3, 'actual', '29385', '2021', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '34612', '2018', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '3950', '2018', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (3, 'actual', '41', '2021', None, 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (3, 'actual', '5218', '2021', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (3, 'actual', '78', '2018', None, 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (4, 'actual', '178', '2021', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (4, 'actual', '21', '2021', None, None),  # 酒駕肇事致死人數
        (4, 'change', '9', '2021', '2020', 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'actual', '21436', '2021-12-31', None, 'cctv-cameras'),  # 錄影監視系統攝影機數
        (5, 'actual', '37', '2021-12-31', None, None),  # 現況逾使用年限者占比率
        (5, 'actual', '4102', '2021-12-31', None, 'lpr-cameras'),  # 車牌辨識攝影機數
        (7, 'baseline', '91.2', '2021', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '91.5', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '92', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '92.5', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '93', '2025', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (8, 'baseline', '8745', '2021', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (8, 'target', '2', '2022', '2021', 'theft-occurrences'),  # 竊盜犯罪發生數
        (8, 'target', '4', '2023', '2021', 'theft-occurrences'),  # 竊盜犯罪發生數
        (8, 'target', '6', '2024', '2021', 'theft-occurrences'),  # 竊盜犯罪發生數
        (8, 'target', '8', '2025', '2021', 'theft-occurrences'),  # 竊盜犯罪發生數
        (9, 'target', '100', '2022', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (9, 'target', '102', '2023', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (9, 'target', '104', '2024', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (9, 'target', '105', '2025', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (10, 'target', '146', '2025', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (10, 'target', '154', '2024', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (10, 'target', '162', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (10, 'target', '170', '2022', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (11, 'target', '120', '2025', None, 'community-meetings'),  # 社區治安會議場次
        (11, 'target', '120', '2023', None, 'community-meetings'),  # 社區治安會議場次
        (11, 'target', '120', '2024', None, 'community-meetings'),  # 社區治安會議場次
        (11, 'target', '120', '2022', None, 'community-meetings'),  # 社區治安會議場次
        (11, 'target', '3', '2023', '2022', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (11, 'target', '3', '2025', '2024', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (11, 'target', '3', '2022', '2021', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (11, 'target', '3', '2024', '2023', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (11, 'target', '300', '2022', None, 'school-outreach-sessions'),  # 校園犯罪預防宣導場次
        (11, 'target', '300', '2023', None, 'school-outreach-sessions'),  # 校園犯罪預防宣導場次
        (11, 'target', '300', '2025', None, 'school-outreach-sessions'),  # 校園犯罪預防宣導場次
        (11, 'target', '300', '2024', None, 'school-outreach-sessions'),  # 校園犯罪預防宣導場次
    ],
    ("indep_b07_changhua_midterm_plan_112_115", "彰化縣警察局", "midterm-plan", "112-115"): [
        (2, 'actual', '1243562', '2022-12-31', None, 'population'),  # 人口數
        (2, 'actual', '1846', '2022-12-31', None, 'volunteers'),  # 警察志工人數
        (2, 'actual', '289', '2022-12-31', None, 'neighbourhood-watch-teams'),  # 守望相助隊數
        (3, 'actual', '15937', '2022', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '1655', '2022', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (3, 'actual', '18205', '2019', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '88.6', '2019', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '93.1', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '142', '2022', None, 'a1-accidents'),  # A1類交通事故件數
        (4, 'actual', '151', '2022', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (4, 'actual', '26418', '2022', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (4, 'change', '-12', '2022', '2021', 'a1-deaths'),  # A1類交通事故死亡人數
        (4, 'change', '-7.36', '2022', '2021', 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'target', '93.5', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (6, 'target', '94', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (6, 'target', '94.5', '2025', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (6, 'target', '95', '2026', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '131', '2026', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'target', '136', '2025', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'target', '141', '2024', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'target', '146', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (8, 'target', '1900', '2023', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (8, 'target', '1950', '2024', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (8, 'target', '2000', '2025', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (8, 'target', '2050', '2026', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (9, 'target', '80', '2023', None, 'police-vehicles-replaced'),  # 汰換警用車輛數
        (10, 'target', '2', '2025', '2024', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (10, 'target', '2', '2024', '2023', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (10, 'target', '2', '2023', '2022', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (10, 'target', '2', '2026', '2025', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (10, 'target', '200', '2025', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (10, 'target', '200', '2024', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (10, 'target', '200', '2026', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (10, 'target', '200', '2023', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (10, 'target', '80', '2026', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (10, 'target', '80', '2023', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (10, 'target', '80', '2025', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (10, 'target', '80', '2024', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
    ],
    ("indep_b08_taitung_midterm_plan_111_114", "臺東縣警察局", "midterm-plan", "111-114"): [
        (2, 'actual', '215261', '2021-12-31', None, 'population'),  # 人口數
        (2, 'actual', '37', '2021-12-31', None, None),  # 轄區人口中原住民族人口比率
        (3, 'actual', '1284', '2018', None, 'dv-cases-received'),  # 受理家庭暴力案件數
        (3, 'actual', '1532', '2021', None, 'dv-cases-received'),  # 受理家庭暴力案件數
        (3, 'actual', '198', '2021', None, 'juvenile-offenders'),  # 犯案少年人數
        (3, 'actual', '265', '2018', None, 'juvenile-offenders'),  # 犯案少年人數
        (3, 'actual', '42', '2021', None, 'dropouts-found'),  # 尋獲中輟學生人次
        (3, 'actual', '96.5', '2021', None, 'dropout-found-rate'),  # 中輟學生尋獲率
        (4, 'actual', '1164', '2021-12-31', None, None),  # 監視器攝影機支數（使用逾8年者）
        (4, 'actual', '3518', '2021-12-31', None, 'cctv-cameras'),  # 錄影監視系統攝影機數
        (4, 'actual', '96742', '2021', None, 'emergency-calls'),  # 110受理報案件數
        (6, 'baseline', '98.6', '2021', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (6, 'target', '98.8', '2022', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (6, 'target', '99', '2023', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (6, 'target', '99.2', '2024', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (6, 'target', '99.5', '2025', None, 'violent-crime-clearance-rate'),  # 暴力犯罪破獲率
        (7, 'baseline', '12.3', '2021', None, None),  # 家庭暴力案件再犯率
        (7, 'target', '10.5', '2025', None, None),  # 家庭暴力案件再犯率
        (7, 'target', '11', '2024', None, None),  # 家庭暴力案件再犯率
        (7, 'target', '11.5', '2023', None, None),  # 家庭暴力案件再犯率
        (7, 'target', '12', '2022', None, None),  # 家庭暴力案件再犯率
        (8, 'target', '300', '2022', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (8, 'target', '320', '2023', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (8, 'target', '340', '2024', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (8, 'target', '360', '2025', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (9, 'baseline', '103.2', '2021', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (9, 'target', '100', '2022', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (9, 'target', '101', '2023', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (9, 'target', '102', '2024', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (9, 'target', '103', '2025', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (10, 'target', '150', '2022', None, 'school-outreach-sessions'),  # 校園犯罪預防宣導場次
        (10, 'target', '150', '2024', None, 'school-outreach-sessions'),  # 校園犯罪預防宣導場次
        (10, 'target', '150', '2023', None, 'school-outreach-sessions'),  # 校園犯罪預防宣導場次
        (10, 'target', '150', '2025', None, 'school-outreach-sessions'),  # 校園犯罪預防宣導場次
        (10, 'target', '60', '2023', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (10, 'target', '60', '2025', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (10, 'target', '60', '2024', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (10, 'target', '60', '2022', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
    ],
    ("indep_c01_kaohsiung_performance_report_112", "高雄市政府警察局", "performance-report", "112"): [
        (3, 'actual', '103.54', '2023', None, None),  # 全般刑案破獲率目標達成率
        (3, 'actual', '98.36', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'target', '95', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '21035', '2023', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (4, 'actual', '21386', '2023', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'actual', '22053', '2022', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'change', '-3.02', '2023', '2022', 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'change', '-667', '2023', '2022', 'crime-all-occurrences'),  # 全般刑案發生數
        (5, 'actual', '1362', '2023', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (5, 'actual', '81.4', '2023', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (5, 'actual', '95.76', '2023', None, None),  # 詐欺犯罪破獲率目標達成率
        (5, 'target', '85', '2023', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (7, 'actual', '219', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'actual', '41', '2023', None, None),  # 未達成原因高齡機車騎士死亡者即占比率
        (7, 'target', '205', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (8, 'actual', '112.8', '2023', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (8, 'actual', '6847', '2023', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (8, 'target', '100', '2023', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (10, 'actual', '312', '2023', None, 'patrol-motorcycles-replaced'),  # 汰換巡邏機車數
        (10, 'actual', '86', '2023', None, 'patrol-cars-replaced'),  # 汰換巡邏汽車數
        (10, 'actual', '95.4', '2023', None, 'budget-execution-rate'),  # 預算執行率
        (11, 'actual', '1020', '2023', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (11, 'actual', '864', '2022', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (11, 'change', '156', '2023', '2022', 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
    ],
    ("indep_c02_miaoli_performance_report_111", "苗栗縣警察局", "performance-report", "111"): [
        (3, 'actual', '113', '2022', None, None),  # 預防犯罪宣導場次目標達成率
        (3, 'actual', '1356', '2022', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (3, 'actual', '142380', '2022', None, 'prevention-attendance'),  # 預防犯罪宣導參與人次
        (3, 'actual', '98615', '2021', None, 'prevention-attendance'),  # 預防犯罪宣導參與人次
        (3, 'change', '43765', '2022', '2021', 'prevention-attendance'),  # 預防犯罪宣導參與人次
        (3, 'change', '44.38', '2022', '2021', 'prevention-attendance'),  # 預防犯罪宣導參與人次
        (3, 'target', '1200', '2022', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (4, 'actual', '218', '2022', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (4, 'actual', '218', '2022', None, 'school-outreach-sessions'),  # 校園犯罪預防宣導場次
        (4, 'actual', '2937', '2022', None, 'dv-cases-received'),  # 受理家庭暴力案件數
        (4, 'actual', '603', '2022', None, 'protection-order-petitions'),  # 聲請保護令件數
        (4, 'change', '-85', '2022', '2021', 'dv-cases-received'),  # 受理家庭暴力案件數
        (6, 'actual', '76', '2022', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'baseline', '82', '2021', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'change', '-6', '2022', '2021', 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'change', '-7.32', '2022', '2021', 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'target', '5', '2022', '2021', 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'actual', '11562', '2022', None, 'red-light-citations'),  # 取締闖紅燈件數
        (7, 'actual', '2418', '2022', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (7, 'actual', '637', '2022', None, 'severe-speeding-citations'),  # 取締嚴重超速件數
        (9, 'actual', '97.12', '2021', None, 'budget-execution-rate'),  # 預算執行率
        (9, 'actual', '98.38', '2022', None, 'budget-execution-rate'),  # 預算執行率
        (9, 'change', '1.26', '2022', '2021', 'budget-execution-rate'),  # 預算執行率
    ],
    ("indep_c03_penghu_performance_report_113", "澎湖縣政府警察局", "performance-report", "113"): [
        (3, 'actual', '115', '2024', None, None),  # 查獲毒品嫌疑人數目標達成率
        (3, 'actual', '138', '2024', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (3, 'target', '120', '2024', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (4, 'actual', '1.94', '2024', None, 'drugs-schedule-2-seized'),  # 查獲第二級毒品數量
        (4, 'actual', '121', '2024', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (4, 'actual', '2.86', '2024', None, 'drug-weight-seized'),  # 查獲毒品重量
        (5, 'actual', '96.5', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'actual', '98.47', '2024', None, None),  # 全般刑案破獲率目標達成率
        (5, 'target', '98', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (6, 'actual', '1239', '2024', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (6, 'actual', '1284', '2024', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (6, 'actual', '17', '2024', None, None),  # 詐欺案件發生占全般刑案比率
        (6, 'actual', '213', '2024', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (6, 'change', '37', '2024', '2023', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (8, 'actual', '120', '2024-04-01--2024-10-31', None, None),  # 平均每日目標達成率
        (8, 'actual', '15000', '2024-04-22--2024-06-27', None, None),  # 疏導車輛
        (8, 'actual', '2340', '2024-04-22--2024-06-27', None, None),  # 花火節期間共動員警力人次
        (8, 'actual', '72', '2024-04-01--2024-10-31', None, None),  # 平均每日人次
        (9, 'actual', '215', '2024', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (9, 'actual', '98.25', '2024', None, 'budget-execution-rate'),  # 預算執行率
    ],
    ("indep_c04_taichung_council_report_113", "臺中市政府警察局", "council-report", "113"): [
        (3, 'actual', '324', '2024-H1', None, None),  # 新進警察人員人數
        (3, 'actual', '712', '2024-06-30', None, None),  # 出缺人數
        (3, 'actual', '7415', '2024-06-30', None, 'police-actual'),  # 員警現有人數
        (3, 'actual', '798', '2023-12-31', None, None),  # 出缺人數
        (3, 'change', '-86', '2024-06-30', '2023-12-31', None),  # 出缺人數
        (4, 'actual', '1862', '2024-H1', None, None),  # 常年訓練學科講習及射擊、體技訓練場次
        (4, 'actual', '186540', '2024-H1', None, None),  # 參訓員警人次
        (4, 'actual', '312', '2024-H1', None, None),  # 結業人數
        (4, 'actual', '4', '2024-H1', None, None),  # 辦理執勤安全研習班
        (6, 'actual', '1150', '2024-H1', None, None),  # 購置微型攝影機支數
        (6, 'actual', '1432', '2024-06-30', None, 'police-cars'),  # 警用汽車數
        (6, 'actual', '240', '2024-H1', None, 'patrol-motorcycles-replaced'),  # 汰換巡邏機車數
        (6, 'actual', '5216', '2024-06-30', None, 'police-motorcycles'),  # 警用機車數
        (6, 'actual', '58', '2024-H1', None, 'patrol-cars-replaced'),  # 汰換巡邏汽車數
        (6, 'actual', '600', '2024-H1', None, None),  # 防彈衣件數
        (6, 'actual', '600', '2024-H1', None, None),  # 防彈頭盔件數
        (8, 'actual', '1087', '2024-H1', None, 'petitions-cases'),  # 人民陳情件數
        (8, 'actual', '24318', '2024-H1', None, 'record-certificates'),  # 核發警察刑事紀錄證明件數
        (8, 'actual', '62', '2024-H1', None, None),  # 核發警察刑事紀錄證明中線上申請比率
        (8, 'change', '1906', '2024-H1', '2023-H1', 'record-certificates'),  # 核發警察刑事紀錄證明件數
        (9, 'actual', '1162', '2024-H1', None, 'missing-persons-found'),  # 尋獲失蹤人口數
        (9, 'actual', '345127', '2024-H1', None, 'emergency-calls'),  # 110受理報案件數
        (9, 'actual', '93', '2024-H1', None, 'missing-persons-found-rate'),  # 失蹤人口尋獲率
    ],
    ("indep_c05_taoyuan_council_report_112", "桃園市政府警察局", "council-report", "112"): [
        (3, 'actual', '1943', '2023-12-31', None, 'civil-defence'),  # 民防人員數
        (3, 'actual', '2856', '2023-12-31', None, 'auxiliary-police'),  # 義勇警察數
        (3, 'actual', '42630', '2023-H2', None, None),  # 協助執行路檢、巡邏及交通疏導勤務人次
        (4, 'actual', '16', '2023-H2', None, None),  # 辦理義警場次
        (4, 'actual', '16', '2023-H2', None, None),  # 辦理民防常年訓練場次
        (4, 'actual', '1975', '2023-H2', None, None),  # 參訓人次
        (4, 'actual', '3826000', '2023-H2', None, None),  # 支用訓練經費
        (6, 'actual', '132', '2023-09-29--2023-10-10', None, None),  # 等壅塞路段規劃交通崗處數
        (6, 'actual', '5840', '2023-09-29--2023-10-10', None, None),  # 動員警力及義交人次
        (7, 'actual', '12406', '2023-H2', None, None),  # 執行交通疏導專案勤務班次
        (7, 'actual', '3912', '2023-H2', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (7, 'change', '-418', '2023-H2', '2022-H2', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (7, 'change', '-9.65', '2023-H2', '2022-H2', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (7, 'change', '7.8', '2023-H2', '2022-H2', None),  # 執行交通疏導專案勤務班次
        (9, 'actual', '11350', '2023-H2', None, None),  # 動員警力人次
        (9, 'actual', '12', '2023-H2', None, None),  # 無人機偵測反制設備
        (9, 'actual', '27', '2023-H2', None, None),  # 第3屆桃園地景藝術節及跨年晚會等重大活動維安勤務場次
        (9, 'actual', '6', '2023-H2', None, None),  # 配合中央特種勤務次數
    ],
    ("indep_c06_chiayicounty_security_meeting_114", "嘉義縣警察局", "council-report", "114"): [
        (2, 'actual', '1021', '2025-Q1', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (2, 'actual', '1046', '2025-Q1', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'actual', '97.61', '2025-Q1', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (2, 'change', '-7.68', '2025-Q1', '2024-Q1', 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'change', '-87', '2025-Q1', '2024-Q1', 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'change', '3.25', '2025-Q1', '2024-Q1', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '168', '2025-Q1', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'actual', '192', '2024-Q4', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'actual', '271', '2025-Q1', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (3, 'actual', '3', '2025-Q1', None, 'violent-crime-occurrences'),  # 暴力犯罪發生數
        (3, 'actual', '60', '2025-Q1', None, None),  # 財損金額中投資詐騙案件即比率
        (3, 'actual', '89.88', '2025-Q1', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (3, 'change', '-24', '2025-Q1', '2024-Q4', 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'change', '19', '2025-Q1', '2024-Q1', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (4, 'actual', '11', '2025-Q1', None, None),  # 執行安居緝毒專案查獲社區型藥頭人數
        (4, 'actual', '142', '2025-Q1', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (4, 'actual', '156', '2025-Q1', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (4, 'actual', '47', '2025-Q1', None, 'drugs-schedule-1-offenders'),  # 第一級毒品查獲案犯數
        (4, 'actual', '98', '2025-Q1', None, 'drugs-schedule-2-offenders'),  # 第二級毒品查獲案犯數
        (5, 'actual', '1387', '2025-Q1', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (5, 'actual', '19', '2025-Q1', None, 'a1-accidents'),  # A1類交通事故件數
        (5, 'actual', '20', '2025-Q1', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'change', '-5', '2025-Q1', '2024-Q1', 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'actual', '38', '2025-Q1', None, 'fraud-intercepted'),  # 攔阻詐欺件數
    ],
    ("indep_c07_tainan_plan_114", "臺南市政府警察局", "plan", "114"): [
        (2, 'baseline', '4863', '2024', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (2, 'target', '3', '2025', '2024', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (3, 'target', '300', '2025', None, 'drugs-schedule-3-4-seized'),  # 查獲第三、四級毒品數量
        (3, 'target', '460', '2025', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (6, 'target', '98.5', '2025', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'baseline', '152', '2024', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'target', '146', '2025', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'target', '4', '2025', '2024', 'a1-deaths'),  # A1類交通事故死亡人數
        (8, 'actual', '83.6', '2024', None, 'urine-test-attendance-rate'),  # 應受尿液採驗人到驗率
        (8, 'target', '85', '2025', None, 'urine-test-attendance-rate'),  # 應受尿液採驗人到驗率
        (9, 'budget', '12864200', '2025', None, None),  # 歲出預算金額
        (9, 'budget', '39424', '2025', None, 'budget-local'),  # 預算市府配合款金額
        (9, 'budget', '59136', '2025', None, 'budget-central'),  # 預算由中央補助金額
        (9, 'budget', '98560', '2025', None, 'budget-total'),  # 預算智慧城市治安監控計畫編列金額
    ],
    ("indep_c08_hsinchucounty_midterm_plan_111_114", "新竹縣政府警察局", "midterm-plan", "111-114"): [
        (3, 'actual', '1427.54', '2021-12-31', None, 'area'),  # 轄區面積
        (3, 'actual', '50', '2021-12-31', None, None),  # 人口與轄區竹北市及竹東鎮人口即占全縣比率
        (4, 'actual', '6651', '2021', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'actual', '6985', '2020', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'actual', '7436', '2019', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'actual', '7912', '2018', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'change', '-1261', '2021', '2018', 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'change', '-15.94', '2021', '2018', 'crime-all-occurrences'),  # 全般刑案發生數
        (5, 'actual', '58', '2019', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'actual', '61', '2018', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'actual', '63', '2021', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'actual', '66', '2020', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'actual', '6804', '2018', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (5, 'actual', '8127', '2021', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (7, 'baseline', '93.4', '2021', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '93.9', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '94.4', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '94.9', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'target', '95.4', '2025', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (8, 'target', '200', '2024', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (8, 'target', '200', '2022', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (8, 'target', '200', '2025', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (8, 'target', '200', '2023', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (9, 'target', '120', '2022--2025', None, 'police-cars-replaced'),  # 汰換警用汽車數
        (9, 'target', '360', '2022--2025', None, 'lpr-cameras-installed'),  # 建置車牌辨識攝影機數
        (9, 'target', '480', '2022--2025', None, 'police-motorcycles-replaced'),  # 汰換警用機車數
    ],
    ("indep_d01_yilan_security_meeting_113", "宜蘭縣政府警察局", "council-report", "113"): [
        (2, 'actual', '106.55', '2024-09', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (2, 'actual', '412', '2024-09', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'actual', '439', '2024-09', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (2, 'change', '-37', '2024-09', '2024-08', 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'change', '-8.24', '2024-09', '2024-08', 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'change', '4.21', '2024-09', '2024-08', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '118', '2024-09', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'actual', '121', '2024-09', None, 'theft-cleared'),  # 竊盜犯罪破獲數
        (3, 'actual', '4', '2024-09', None, 'residential-burglary-occurrences'),  # 住宅竊盜發生數
        (3, 'change', '-9', '2024-09', '2024-08', 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'change', '6', '2024-09', '2024-08', 'theft-cleared'),  # 竊盜犯罪破獲數
        (4, 'actual', '21', '2024-09', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (4, 'actual', '62', '2024-09', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (5, 'actual', '86', '2024-09', None, None),  # 辦理反詐騙宣導場次
        (6, 'actual', '1207', '2024-09', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (6, 'actual', '3', '2024-09', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'change', '-4.58', '2024-09', '2024-08', 'a2-injuries'),  # A2類交通事故受傷人數
        (6, 'change', '-58', '2024-09', '2024-08', 'a2-injuries'),  # A2類交通事故受傷人數
        (7, 'actual', '104', '2024-09', None, None),  # 吐氣酒精濃度達每公升0.25毫克以上移送法辦者件數
        (7, 'actual', '1946', '2024-09', None, 'speeding-citations'),  # 取締超速件數
        (7, 'actual', '287', '2024-09', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
    ],
    ("indep_d02_taichung_council_report_112", "臺中市政府警察局", "council-report", "112"): [
        (3, 'actual', '101.65', '2023-H1', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '14862', '2023-H1', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '15107', '2023-H1', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (3, 'change', '-4.46', '2023-H1', '2022-H1', 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'change', '-693', '2023-H1', '2022-H1', 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'change', '2.17', '2023-H1', '2022-H1', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'actual', '2498', '2023-01', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (5, 'actual', '2511', '2023-01', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (5, 'actual', '689', '2023-01', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (5, 'actual', '99.48', '2023-01', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (6, 'actual', '102.91', '2023-02', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (6, 'actual', '2236', '2023-02', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (6, 'actual', '2301', '2023-02', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (6, 'actual', '652', '2023-02', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (7, 'actual', '101.12', '2023-03', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (7, 'actual', '2489', '2023-03', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (7, 'actual', '2517', '2023-03', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (7, 'actual', '713', '2023-03', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (8, 'actual', '102.21', '2023-04', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (8, 'actual', '2402', '2023-04', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (8, 'actual', '2455', '2023-04', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (8, 'actual', '701', '2023-04', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (9, 'actual', '100.84', '2023-05', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (9, 'actual', '2618', '2023-05', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (9, 'actual', '2640', '2023-05', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (9, 'actual', '735', '2023-05', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (10, 'actual', '103.45', '2023-06', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (10, 'actual', '2606', '2023-06', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (10, 'actual', '2696', '2023-06', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (10, 'actual', '725', '2023-06', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (11, 'actual', '4215', '2023-H1', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (12, 'actual', '1372', '2023-H1', None, None),  # 假投資詐騙即件數
        (12, 'actual', '28', '2023-H1', None, None),  # 詐欺犯罪約占全般刑案發生數
    ],
    ("indep_d03_taipei_performance_report_111", "臺北市政府警察局", "performance-report", "111"): [
        (4, 'actual', '103.92', '2022', None, None),  # 全般刑案破獲率目標達成率
        (4, 'actual', '98.72', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '95', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'actual', '108.67', '2022', None, None),  # 查獲毒品嫌疑人數目標達成率
        (5, 'actual', '3912', '2022', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (5, 'target', '3600', '2022', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (6, 'actual', '4377', '2022', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (6, 'actual', '97.27', '2022', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (6, 'target', '4500', '2022', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (7, 'actual', '117.60', '2022', None, None),  # 攔阻詐欺件數目標達成率
        (7, 'actual', '1764', '2022', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (7, 'target', '1500', '2022', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (8, 'actual', '109.62', '2022', None, None),  # 預防犯罪宣導參與人次目標達成率
        (8, 'actual', '131546', '2022', None, 'prevention-attendance'),  # 預防犯罪宣導參與人次
        (8, 'target', '120000', '2022', None, 'prevention-attendance'),  # 預防犯罪宣導參與人次
        (9, 'actual', '86.41', '2022', None, 'budget-execution-rate-capital'),  # 資本門預算執行率
        (9, 'actual', '96.01', '2022', None, None),  # 資本門預算執行率目標達成率
        (9, 'target', '90', '2022', None, 'budget-execution-rate-capital'),  # 資本門預算執行率
        (10, 'change', '-412', '2022', '2021', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (10, 'change', '-8.6', '2022', '2021', 'drunk-driving-citations'),  # 取締酒後駕車件數
        (11, 'actual', '18.6', '2022', None, None),  # 查扣第三級毒品咖啡包淨重
        (11, 'actual', '2.2', '2022', None, None),  # 占比率
        (11, 'actual', '87', '2022', None, None),  # 少年人數
        (11, 'change', '4.3', '2022', '2021', None),  # 查扣第三級毒品咖啡包淨重
    ],
    ("indep_d04_pingtung_security_meeting_114", "屏東縣政府警察局", "council-report", "114"): [
        (2, 'actual', '103.84', '2025-Q2', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (2, 'actual', '2108', '2025-Q2', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'actual', '2189', '2025-Q2', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (2, 'change', '2.23', '2025-Q2', '2024-Q2', 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'change', '46', '2025-Q2', '2024-Q2', 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '12.7', '2025-Q2', None, 'drug-weight-seized'),  # 查獲毒品重量
        (3, 'actual', '178', '2025-Q2', None, 'drugs-schedule-2-offenders'),  # 第二級毒品查獲案犯數
        (3, 'actual', '216', '2025-Q2', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (3, 'actual', '251', '2025-Q2', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (3, 'actual', '41', '2025-Q2', None, 'drugs-schedule-1-offenders'),  # 第一級毒品查獲案犯數
        (4, 'actual', '487', '2025-Q2', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (4, 'change', '-52', '2025-Q2', '2024-Q2', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (4, 'change', '-9.65', '2025-Q2', '2024-Q2', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (5, 'actual', '312', '2025-Q2', None, None),  # 協助凍結人頭帳戶
        (5, 'actual', '58', '2025-Q2', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (6, 'actual', '19', '2025-Q2', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'actual', '2936', '2025-Q2', None, 'a2-accidents'),  # A2類交通事故件數
        (6, 'change', '-7', '2025-Q2', '2024-Q2', 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'change', '113', '2025-Q2', '2024-Q2', 'a2-accidents'),  # A2類交通事故件數
        (7, 'actual', '338', '2025-Q2', None, 'severe-speeding-citations'),  # 取締嚴重超速件數
        (7, 'actual', '4870', '2025-Q2', None, 'red-light-citations'),  # 取締闖紅燈件數
        (7, 'actual', '6', '2025-Q2', None, 'tech-enforcement-installed'),  # 新設科技執法設備數
        (7, 'actual', '612', '2025-Q2', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
    ],
    ("indep_d05_new_taipei_council_report_113", "新北市政府警察局", "council-report", "113"): [
        (3, 'actual', '5973', '2024-H1', None, 'fraud-cleared'),  # 詐欺犯罪破獲數
        (3, 'actual', '6487', '2024-H1', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (3, 'actual', '7102', '2023-H2', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (3, 'actual', '92.08', '2024-H1', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (3, 'change', '-615', '2024-H1', '2023-H2', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (4, 'change', '-1.36', '2024-H1', '2023-H1', 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (4, 'change', '211', '2024-H1', '2023-H1', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (5, 'actual', '1526', '2024-H1', None, 'money-mules-offenders'),  # 詐欺車手查獲案犯數
        (5, 'actual', '2184', '2024-H1', None, None),  # 查獲詐欺車手及水房成員人數
        (5, 'actual', '9', '2024-H1', None, None),  # 幹部人數
        (5, 'actual', '9', '2024-H1', None, None),  # 移送詐欺集團首腦人數
        (6, 'actual', '1203', '2024-H1', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (6, 'target', '1300', '2024-H2', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (8, 'actual', '1286.5', '2024-H1', None, 'drug-weight-seized'),  # 查獲毒品重量
        (8, 'actual', '3318', '2024-H1', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (8, 'actual', '3544', '2024-H1', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (8, 'actual', '92', '2024-H1', None, None),  # 查獲各級第三級毒品重量中毒品比率
        (8, 'change', '-147', '2024-H1', '2023-H1', 'drug-cases-seized'),  # 查獲毒品案件數
        (8, 'change', '58', '2024-H1', '2023-H1', 'drug-suspects'),  # 查獲毒品嫌疑人數
        (9, 'target', '420', '2024-H2', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (11, 'actual', '67', '2024-H1', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (11, 'change', '-11', '2024-H1', '2023-H2', 'a1-deaths'),  # A1類交通事故死亡人數
        (11, 'target', '60', '2024-H2', None, 'a1-deaths'),  # A1類交通事故死亡人數
    ],
    ("indep_d06_changhua_performance_report_112", "彰化縣警察局", "performance-report", "112"): [
        (2, 'actual', '103.04', '2023', None, None),  # 全般竊盜破獲率目標達成率
        (2, 'actual', '2688', '2023', None, 'theft-cleared'),  # 竊盜犯罪破獲數
        (2, 'actual', '2746', '2023', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (2, 'actual', '97.89', '2023', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (2, 'target', '95', '2023', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (3, 'actual', '3951', '2023', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (3, 'actual', '94.07', '2023', None, 'drunk-driving-target-attainment'),  # 取締酒駕件數目標值達成率
        (3, 'target', '4200', '2023', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (5, 'baseline', '96', '2022', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'target', '5', '2023', '2022', 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'actual', '1542', '2023', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (6, 'actual', '1618', '2023', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (6, 'actual', '188', '2023', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (6, 'actual', '94', '2023', None, None),  # 溯源查緝毒品目標達成率
        (8, 'actual', '1136', '2023', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (8, 'actual', '180000', '2023', None, 'prevention-attendance'),  # 預防犯罪宣導參與人次
        (8, 'target', '1000', '2023', None, 'prevention-sessions'),  # 預防犯罪宣導場次
    ],
    ("indep_d07_hualien_security_meeting_112", "花蓮縣警察局", "council-report", "112"): [
        (2, 'actual', '101.75', '2023-01-01--2023-10-31', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (2, 'actual', '3952', '2023-01-01--2023-10-31', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'actual', '4021', '2023-01-01--2023-10-31', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (2, 'actual', '4466', '2023-01-01--2023-10-31', None, 'crime-all-offenders'),  # 全般刑案查獲案犯數
        (2, 'change', '118', '2023-01-01--2023-10-31', '2022-01-01--2022-10-31', 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'change', '3.08', '2023-01-01--2023-10-31', '2022-01-01--2022-10-31', 'crime-all-occurrences'),  # 全般刑案發生數
        (3, 'actual', '23', '2023-01-01--2023-10-31', None, 'vehicle-theft-occurrences'),  # 汽車竊盜發生數
        (3, 'actual', '23', '2023-01-01--2023-10-31', None, 'motorcycle-theft-occurrences'),  # 機車竊盜發生數
        (3, 'actual', '867', '2023-01-01--2023-10-31', None, 'theft-cleared'),  # 竊盜犯罪破獲數
        (3, 'actual', '892', '2023-01-01--2023-10-31', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'change', '-41', '2023-01-01--2023-10-31', '2022-01-01--2022-10-31', 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'change', '12', '2023-01-01--2023-10-31', '2022-01-01--2022-10-31', 'theft-cleared'),  # 竊盜犯罪破獲數
        (4, 'actual', '1036', '2023-10-31', None, 'urine-testing-persons'),  # 應受尿液採驗人口數
        (4, 'actual', '40', '2023-01-01--2023-10-31', None, None),  # 查獲各級第一級毒品案件中毒品案件比率
        (4, 'actual', '724', '2023-01-01--2023-10-31', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (5, 'actual', '147', '2023-10-31', None, None),  # 通緝犯在逃人數
        (5, 'actual', '612', '2023-10-31', None, 'security-risk-persons'),  # 治安顧慮人口數
        (5, 'change', '-29', '2023-10-31', '2022-12-31', 'security-risk-persons'),  # 治安顧慮人口數
        (6, 'actual', '3886', '2023-01-01--2023-10-31', None, 'a1a2-accidents'),  # A1+A2類交通事故件數
        (6, 'actual', '48', '2023-01-01--2023-10-31', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'actual', '5214', '2023-01-01--2023-10-31', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (6, 'change', '-217', '2023-01-01--2023-10-31', '2022-01-01--2022-10-31', 'a1a2-accidents'),  # A1+A2類交通事故件數
        (6, 'change', '-5.29', '2023-01-01--2023-10-31', '2022-01-01--2022-10-31', 'a1a2-accidents'),  # A1+A2類交通事故件數
        (7, 'actual', '1208', '2023-01-01--2023-10-31', None, 'cases-cleared-via-cctv'),  # 因調閱監視器破獲刑案件數
        (7, 'actual', '30.04', '2023-01-01--2023-10-31', None, 'cctv-clearance-share'),  # 調閱監視器破案占全般刑案破獲數比率
        (7, 'actual', '5870', '2023-10-31', None, 'cctv-cameras'),  # 錄影監視系統攝影機數
    ],
    ("indep_d08_kaohsiung_council_report_114", "高雄市政府警察局", "council-report", "114"): [
        (2, 'actual', '14237', '2025-01-01--2025-05-31', None, 'a2-accidents'),  # A2類交通事故件數
        (2, 'actual', '19856', '2025-01-01--2025-05-31', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (2, 'actual', '58', '2025-01-01--2025-05-31', None, 'a1-accidents'),  # A1類交通事故件數
        (2, 'actual', '61', '2025-01-01--2025-05-31', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (2, 'actual', '72', '2024-01-01--2024-05-31', None, 'a1-accidents'),  # A1類交通事故件數
        (2, 'actual', '74', '2024-01-01--2024-05-31', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (2, 'change', '-13', '2025-01-01--2025-05-31', '2024-01-01--2024-05-31', 'a1-deaths'),  # A1類交通事故死亡人數
        (2, 'change', '-14', '2025-01-01--2025-05-31', '2024-01-01--2024-05-31', 'a1-accidents'),  # A1類交通事故件數
        (2, 'change', '-2.6', '2025-01-01--2025-05-31', '2024-01-01--2024-05-31', 'a2-injuries'),  # A2類交通事故受傷人數
        (3, 'actual', '31482', '2025-01-01--2025-05-31', None, 'traffic-accidents'),  # 交通事故件數
        (3, 'actual', '75', '2025-01-01--2025-05-31', None, None),  # A1及A2類事故中機車駕駛人涉入者占比率
        (3, 'change', '-1.3', '2025-01-01--2025-05-31', '2024-01-01--2024-05-31', None),  # A1及A2類事故中機車駕駛人涉入者占比率
        (3, 'change', '-1906', '2025-01-01--2025-05-31', '2024-01-01--2024-05-31', 'traffic-accidents'),  # 交通事故件數
        (3, 'change', '-5.71', '2025-01-01--2025-05-31', '2024-01-01--2024-05-31', 'traffic-accidents'),  # 交通事故件數
        (4, 'actual', '2037', '2025-01-01--2025-05-31', None, None),  # 執法酒測值達每公升0.25毫克以上移送法辦者件數
        (4, 'actual', '318', '2025-01-01--2025-05-31', None, None),  # 拒絕酒測另舉發件數
        (4, 'actual', '39.07', '2025-01-01--2025-05-31', None, None),  # 執法占比率
        (4, 'actual', '5214', '2025-01-01--2025-05-31', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (5, 'actual', '126405', '2025-01-01--2025-05-31', None, 'red-light-citations'),  # 取締闖紅燈件數
        (5, 'actual', '203118', '2025-01-01--2025-05-31', None, 'speeding-citations'),  # 取締超速件數
        (5, 'actual', '441', '2025-01-01--2025-05-31', None, None),  # 超速60公里以上者件數
        (5, 'change', '5.6', '2025-01-01--2025-05-31', '2024-01-01--2024-05-31', 'speeding-citations'),  # 取締超速件數
        (5, 'change', '8.2', '2025-01-01--2025-05-31', '2024-01-01--2024-05-31', 'red-light-citations'),  # 取締闖紅燈件數
        (6, 'actual', '113', '2025-05-31', None, 'tech-enforcement'),  # 科技執法設備數
        (6, 'actual', '4', '2025-01-01--2025-05-31', None, None),  # 科技執法路口多向違規監測處數
        (6, 'actual', '5', '2025-01-01--2025-05-31', None, None),  # 科技執法含區間平均速率
        (6, 'actual', '87230', '2025-01-01--2025-05-31', None, None),  # 科技執法設備共舉發違規件數
        (6, 'actual', '9', '2025-01-01--2025-05-31', None, 'tech-enforcement-installed'),  # 新設科技執法設備數
    ],
    ("indep_e01_keelung_plan_113", "基隆市警察局", "plan", "113"): [
        (3, 'target', '300', '2024', None, 'drugs-schedule-1-2-cases'),  # 查獲第一、二級毒品案件數
        (3, 'target', '420', '2024', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (3, 'target', '80', '2024', None, 'urine-test-attendance-rate'),  # 應受尿液採驗人到驗率
        (4, 'target', '120', '2024', None, 'fraud-intercepted'),  # 攔阻詐欺件數
        (4, 'target', '150', '2024', None, None),  # 反詐騙宣導場次
        (5, 'baseline', '22', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'target', '2', '2024', '2023', 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'target', '20', '2024', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (6, 'target', '320', '2024', None, 'cctv-cameras-installed'),  # 新設（汰換）攝影機數
        (9, 'budget', '1200', '2024', None, 'budget-central'),  # 預算金額（中央）
        (9, 'budget', '3400', '2024', None, 'budget-local'),  # 預算金額（本府）
        (9, 'budget', '4600', '2024', None, 'budget-total'),  # 預算金額（合計）
        (10, 'budget', '1900', '2024', None, 'budget-local'),  # 預算金額（本府）
        (10, 'budget', '2850', '2024', None, 'budget-central'),  # 預算金額（中央）
        (10, 'budget', '4750', '2024', None, 'budget-total'),  # 預算金額（合計）
        (11, 'budget', '1420', '2024', None, 'budget-local'),  # 預算金額（本府）
        (11, 'budget', '2380', '2024', None, 'budget-total'),  # 預算金額（合計）
        (11, 'budget', '960', '2024', None, 'budget-central'),  # 預算金額（中央）
        (11, 'target', '45', '2024', None, None),  # 取締重大交通違規、購置酒精測試器
    ],
    ("indep_e02_hsinchu_city_plan_114", "新竹市警察局", "plan", "114"): [
        (3, 'actual', '93.6', '2024-01-01--2024-09-30', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'target', '95', '2025', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '260', '2025', None, 'money-mules-offenders'),  # 詐欺車手查獲案犯數
        (4, 'target', '88', '2025', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (5, 'target', '1150', '2025', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (5, 'target', '18', '2025', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'target', '2400', '2025', None, 'severe-speeding-citations'),  # 取締嚴重超速件數
        (5, 'target', '3600', '2025', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (6, 'target', '180', '2025', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (6, 'target', '25000', '2025', None, 'women-children-outreach-attendance'),  # 婦幼安全宣導參與人次
        (7, 'target', '6', '2025', None, None),  # 人民陳情案件平均處理天數
        (7, 'target', '98', '2025', None, None),  # 接聽率
        (8, 'target', '12', '2025', None, 'patrol-cars-replaced'),  # 汰換巡邏汽車數
        (8, 'target', '15', '2025', None, 'police-vehicles-over-age-rate'),  # 警用車輛逾齡率
        (8, 'target', '30', '2025', None, 'patrol-motorcycles-replaced'),  # 汰換巡邏機車數
        (9, 'target', '85', '2025', None, 'budget-execution-rate-capital'),  # 資本門預算執行率
        (9, 'target', '92', '2025', None, 'budget-execution-rate'),  # 預算執行率
    ],
    ("indep_e03_chiayi_city_plan_113", "嘉義市政府警察局", "plan", "113"): [
        (2, 'baseline', '612', '2023', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (2, 'target', '3', '2024', '2023', 'theft-occurrences'),  # 竊盜犯罪發生數
        (2, 'target', '594', '2024', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (3, 'baseline', '89.4', '2023', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (3, 'target', '0.5', '2024', '2023', 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (3, 'target', '89.9', '2024', None, 'theft-clearance-rate'),  # 竊盜犯罪破獲率
        (4, 'actual', '412', '2023', None, 'fugitives-arrested'),  # 查獲逃犯數
        (4, 'target', '1', '2024', '2023', 'fugitives-arrested'),  # 查獲逃犯數
        (4, 'target', '12', '2024', None, 'gang-targets'),  # 治平專案檢肅目標到案人數
        (4, 'target', '416', '2024', None, 'fugitives-arrested'),  # 查獲逃犯數
        (5, 'baseline', '284', '2023', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (5, 'target', '290', '2024', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (6, 'baseline', '2980', '2023', None, 'a2-accidents'),  # A2類交通事故件數
        (6, 'target', '4', '2024', '2023', 'a2-accidents'),  # A2類交通事故件數
        (6, 'target', '5', '2024', '2023', None),  # 酒後駕車肇事件數
        (7, 'target', '18000', '2024', None, 'prevention-attendance'),  # 預防犯罪宣導參與人次
        (9, 'target', '3', '2024', None, 'investigation-cars-replaced'),  # 汰換偵防汽車數
    ],
    ("indep_e04_miaoli_midterm_plan_113_116", "苗栗縣警察局", "midterm-plan", "113-116"): [
        (4, 'baseline', '91.2', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '92', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '92.5', '2025', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '93', '2026', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '93.5', '2027', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'baseline', '1850', '2023', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (5, 'target', '2', '2024', '2023', 'theft-occurrences'),  # 竊盜犯罪發生數
        (5, 'target', '3', '2025', '2023', 'theft-occurrences'),  # 竊盜犯罪發生數
        (5, 'target', '4', '2026', '2023', 'theft-occurrences'),  # 竊盜犯罪發生數
        (5, 'target', '5', '2027', '2023', 'theft-occurrences'),  # 竊盜犯罪發生數
        (6, 'target', '60', '2024', None, 'lpr-cameras-installed'),  # 建置車牌辨識攝影機數
        (7, 'baseline', '46', '2023', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (7, 'target', '48', '2024', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (7, 'target', '50', '2025', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (7, 'target', '52', '2026', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (7, 'target', '54', '2027', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (8, 'baseline', '1680', '2023', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (8, 'target', '1700', '2024', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (8, 'target', '1750', '2025', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (8, 'target', '1800', '2026', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (8, 'target', '1850', '2027', None, 'drunk-driving-citations'),  # 取締酒後駕車件數
        (9, 'target', '140', '2024', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (9, 'target', '140', '2026', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (9, 'target', '140', '2025', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (9, 'target', '140', '2027', None, 'women-children-outreach-sessions'),  # 婦幼安全宣導場次
        (9, 'target', '90', '2025', None, 'dropout-found-rate'),  # 中輟學生尋獲率
        (9, 'target', '90', '2026', None, 'dropout-found-rate'),  # 中輟學生尋獲率
        (9, 'target', '90', '2024', None, 'dropout-found-rate'),  # 中輟學生尋獲率
        (9, 'target', '90', '2027', None, 'dropout-found-rate'),  # 中輟學生尋獲率
    ],
    ("indep_e05_nantou_midterm_plan_112_115", "南投縣政府警察局", "midterm-plan", "112-115"): [
        (3, 'actual', '175402', '2022-06-30', None, 'households'),  # 戶數
        (3, 'actual', '4106', '2022-06-30', None, 'area'),  # 轄區面積
        (3, 'actual', '483126', '2022-06-30', None, 'population'),  # 人口數
        (4, 'actual', '5903', '2021', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'actual', '6215', '2020', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'actual', '6482', '2019', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (4, 'actual', '89.6', '2019', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '91.3', '2020', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '93.1', '2021', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'actual', '1012', '2022', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (5, 'actual', '1348', '2019', None, 'theft-occurrences'),  # 竊盜犯罪發生數
        (5, 'actual', '251', '2022', None, 'motorcycle-theft-occurrences'),  # 機車竊盜發生數
        (5, 'actual', '402', '2019', None, 'motorcycle-theft-occurrences'),  # 機車竊盜發生數
        (5, 'change', '-336', '2022', '2019', 'theft-occurrences'),  # 竊盜犯罪發生數
        (6, 'actual', '1146', '2022', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (6, 'actual', '30', '2022', None, None),  # 假投資詐欺占比
        (6, 'actual', '712', '2019', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (6, 'change', '434', '2022', '2019', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (6, 'change', '60.96', '2022', '2019', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (7, 'actual', '64', '2022', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'actual', '68', '2020', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'actual', '72', '2019', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'actual', '75', '2021', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (8, 'target', '200', '2026', None, None),  # 優先發展課題畫期間每年至少辦理反詐騙宣導場次
        (8, 'target', '200', '2024', None, None),  # 優先發展課題畫期間每年至少辦理反詐騙宣導場次
        (8, 'target', '200', '2025', None, None),  # 優先發展課題畫期間每年至少辦理反詐騙宣導場次
        (8, 'target', '200', '2023', None, None),  # 優先發展課題畫期間每年至少辦理反詐騙宣導場次
        (8, 'target', '85', '2026', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (8, 'target', '85', '2024', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (8, 'target', '85', '2025', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (8, 'target', '85', '2023', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
    ],
    ("indep_e06_yunlin_performance_report_112", "雲林縣警察局", "performance-report", "112"): [
        (4, 'actual', '104.79', '2023', None, None),  # 全般刑案破獲率目標達成率
        (4, 'actual', '96.41', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'target', '92', '2023', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (5, 'actual', '57', '2023', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (5, 'actual', '95', '2023', None, None),  # 查獲製造運輸販賣毒品人數目標達成率
        (5, 'target', '60', '2023', None, 'drug-trafficking-suspects'),  # 查獲製造運輸販賣毒品人數
        (6, 'actual', '124', '2023', None, None),  # 查獲非法槍械案件數目標達成率
        (6, 'actual', '31', '2023', None, 'firearm-cases'),  # 查獲非法槍械案件數
        (6, 'target', '25', '2023', None, 'firearm-cases'),  # 查獲非法槍械案件數
        (7, 'actual', '108.67', '2023', None, None),  # 預防犯罪宣導場次目標達成率
        (7, 'actual', '326', '2023', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (7, 'target', '300', '2023', None, 'prevention-sessions'),  # 預防犯罪宣導場次
        (8, 'actual', '111.52', '2023', None, None),  # 取締重大交通違規件數目標達成率
        (8, 'actual', '31226', '2023', None, 'major-violation-citations'),  # 重大交通違規取締總件數
        (8, 'target', '28000', '2023', None, 'major-violation-citations'),  # 重大交通違規取締總件數
        (10, 'actual', '89.37', '2023', None, 'budget-execution-rate-capital'),  # 資本門預算執行率
        (10, 'actual', '96.92', '2023', None, 'budget-execution-rate'),  # 預算執行率
        (11, 'actual', '12', '2023', None, 'tech-enforcement-installed'),  # 新設科技執法設備數
    ],
    ("indep_e07_taitung_performance_report_111", "臺東縣警察局", "performance-report", "111"): [
        (3, 'actual', '106.24', '2022', None, None),  # 全般刑案破獲率目標達成率
        (3, 'actual', '95.62', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'target', '90', '2022', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (4, 'actual', '116.67', '2022', None, None),  # 查獲槍枝目標達成率
        (4, 'target', '18', '2022', None, 'firearms-seized'),  # 查獲槍枝數
        (5, 'actual', '6', '2022', None, 'gang-targets'),  # 治平專案檢肅目標到案人數
        (5, 'actual', '75', '2022', None, None),  # 治平專案檢肅目標到案人數目標達成率
        (5, 'target', '8', '2022', None, 'gang-targets'),  # 治平專案檢肅目標到案人數
        (7, 'actual', '43', '2022', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'actual', '47', '2021', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (7, 'change', '-4', '2022', '2021', 'a1-deaths'),  # A1類交通事故死亡人數
        (8, 'actual', '37.21', '2022', None, None),  # 未達成原因65歲以上高齡者占死亡人數
        (9, 'actual', '81.4', '2022', None, 'budget-execution-rate-capital'),  # 資本門預算執行率
        (9, 'actual', '97.20', '2022', None, 'budget-execution-rate'),  # 預算執行率
        (9, 'actual', '98.05', '2022', None, 'budget-execution-rate-recurrent'),  # 經常門預算執行率
    ],
    ("indep_e08_penghu_performance_report_113", "澎湖縣政府警察局", "performance-report", "113"): [
        (2, 'actual', '101.32', '2024', None, 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (2, 'actual', '1284', '2024', None, 'crime-all-occurrences'),  # 全般刑案發生數
        (2, 'actual', '1301', '2024', None, 'crime-all-cleared'),  # 全般刑案破獲數
        (2, 'change', '3.05', '2024', '2023', 'crime-all-clearance-rate'),  # 全般刑案破獲率
        (3, 'actual', '214', '2024', None, 'fraud-occurrences'),  # 詐欺犯罪發生數
        (3, 'actual', '88.79', '2024', None, 'fraud-clearance-rate'),  # 詐欺犯罪破獲率
        (3, 'change', '-15.08', '2024', '2023', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (3, 'change', '-38', '2024', '2023', 'fraud-occurrences'),  # 詐欺犯罪發生數
        (4, 'actual', '114', '2024', None, 'drug-suspects'),  # 查獲毒品嫌疑人數
        (4, 'actual', '61', '2024', None, 'drugs-schedule-2-cases'),  # 查獲第二級毒品案件數
        (4, 'actual', '95', '2024', None, 'drug-cases-seized'),  # 查獲毒品案件數
        (5, 'actual', '1023', '2024', None, 'a2-injuries'),  # A2類交通事故受傷人數
        (5, 'actual', '12', '2023', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'actual', '8', '2024', None, 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'change', '-4', '2024', '2023', 'a1-deaths'),  # A1類交通事故死亡人數
        (5, 'change', '2.1', '2024', '2023', 'a2-injuries'),  # A2類交通事故受傷人數
        (6, 'actual', '12460', '2024-04-01--2024-10-31', None, None),  # 動員警力人次
        (6, 'actual', '300', '2024-04-01--2024-10-31', None, None),  # 受理觀光客報案
        (7, 'actual', '92.5', '2024', None, 'budget-execution-rate-capital'),  # 資本門預算執行率
        (8, 'actual', '94.5', '2024', None, None),  # 預算執行率（另「警政科技化建置計畫」）
    ],
}


@pytest.mark.parametrize("probe", EXPECTED, ids=[p[0] for p in EXPECTED])
def test_a_probe_is_read_as_a_reader_reads_it(probe):
    name, agency, genre, period = probe
    facts = convert_file(PROBES / f"{name}.txt", agency=agency, genre=genre, period=period).facts
    got = {(f.passage.line_start, f.kind, str(f.value), f.period.slug, f.relative_to.slug if f.relative_to else None,
            f.shared_indicator) for f in facts}
    missing = [row for row in EXPECTED[probe] if row not in got]
    assert not missing, missing
