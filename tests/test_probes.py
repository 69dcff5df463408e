"""Probes in the forms other agencies print (tests/fixtures/probes/, written for issue 13, never taken from the dev
corpus): every figure listed here, checked by hand, is read with this kind, period, reference period and shared
indicator. A row is (line, kind, value, period, reference, shared indicator), the printed name as a comment.

Only rows a reader agrees with are listed; ambiguous ones (「…破獲率90.69%；其中汽車竊盜45件」: 發生 or 破獲?) are
left out rather than frozen.
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
}


@pytest.mark.parametrize("probe", EXPECTED, ids=[p[0] for p in EXPECTED])
def test_a_probe_is_read_as_a_reader_reads_it(probe):
    name, agency, genre, period = probe
    facts = convert_file(PROBES / f"{name}.txt", agency=agency, genre=genre, period=period).facts
    got = {(f.passage.line_start, f.kind, str(f.value), f.period.slug, f.relative_to.slug if f.relative_to else None,
            f.shared_indicator) for f in facts}
    missing = [row for row in EXPECTED[probe] if row not in got]
    assert not missing, missing
