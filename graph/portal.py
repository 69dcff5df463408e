"""The open data portal's own metadata for each dataset (資料集名稱, 資料集描述, 主要欄位說明, 提供機關,
更新頻率, 授權方式, 計費方式, 檔案格式, 編碼格式, 資料量, 相關網址, 聯絡人) and a pre-check of the
release against the portal's quality criteria, each criterion pass/fail with its reason.

The pre-check reads the files as written (bytes on disk), not what we meant to write.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import json
import re
import urllib.parse
from dataclasses import asdict, dataclass
from pathlib import Path

from twpolice.graph.dcat import LICENSE_ZH, media_of
from twpolice.csvformat import spreadsheet_cell

PORTAL_FIELDS = ("資料集名稱", "資料集描述", "主要欄位說明", "提供機關", "更新頻率", "授權方式", "計費方式",
                 "檔案格式", "編碼格式", "資料量", "相關網址", "聯絡人")

OPEN_FORMATS = {  # machine-readable, open (non-proprietary) formats
    "text/csv": "CSV", "application/json": "JSON", "application/ld+json": "JSON-LD", "text/turtle": "Turtle",
    "application/trig": "TriG", "application/n-quads": "N-Quads", "application/n-triples": "N-Triples",
}
DOC_FORMATS = {"text/markdown": "Markdown", "text/plain": "純文字"}


@dataclass
class Criterion:
    id: str
    name_zh: str
    name_en: str
    passed: bool
    reason_zh: str
    reason_en: str


@dataclass
class DatasetCheck:
    dataset: str
    title: str
    criteria: list[Criterion]

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.criteria)


def _fmt_list(paths: list[str]) -> str:
    names = sorted({OPEN_FORMATS.get(media_of(p)[0]) or DOC_FORMATS.get(media_of(p)[0], media_of(p)[0]) for p in paths})
    return ";".join(names)


def portal_record(*, title_zh: str, title_en: str, description_zh: str, main_table_columns: list[tuple[str, str]],
                  provider: str, frequency: str, files: list[str], rows: int, size: int, url: str,
                  contact: str, downloads: dict[str, str]) -> dict:
    fields = "；".join(f"{name}（{desc}）" for name, desc in main_table_columns)
    return {
        "資料集名稱": title_zh,
        "資料集描述": description_zh,
        "主要欄位說明": fields,
        "提供機關": provider,
        "更新頻率": frequency,
        "授權方式": LICENSE_ZH,
        "計費方式": "免費",
        "檔案格式": _fmt_list(files),
        "編碼格式": "UTF-8",
        "資料量": f"{rows} 筆量測值（{len(files)} 個檔案，共 {size:,} 位元組）",
        "相關網址": url,
        "聯絡人": contact,
        "下載網址": downloads,
        "name_en": title_en,
    }


def portal_csv(records: list[dict]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(("資料集識別碼",) + PORTAL_FIELDS + ("下載網址",))
    for r in records:
        cells = [r["資料集識別碼"]] + [r[f] for f in PORTAL_FIELDS] + ["；".join(r["下載網址"].values())]
        w.writerow([spreadsheet_cell(c) if isinstance(c, str) else c for c in cells])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def portal_json(records: list[dict]) -> bytes:
    return (json.dumps({"資料集": records}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------
# pre-check

def _c(cid: str, zh: str, en: str, ok: bool, rzh: str, ren: str) -> Criterion:
    return Criterion(cid, zh, en, ok, rzh, ren)


def check_formats(paths: list[str]) -> Criterion:
    bad = [p for p in paths if media_of(p)[0] not in OPEN_FORMATS and media_of(p)[0] not in DOC_FORMATS]
    data = [p for p in paths if media_of(p)[0] in OPEN_FORMATS]
    if bad or not data:
        what = "、".join(bad) if bad else "沒有資料檔"
        return _c("open-format", "機器可讀的開放格式", "machine-readable open format", False,
                  f"非開放或非機器可讀格式：{what}", f"not an open machine-readable format: {', '.join(bad) or 'no data file'}")
    return _c("open-format", "機器可讀的開放格式", "machine-readable open format", True,
              f"{len(data)} 個資料檔皆為開放格式（{_fmt_list(data)}）",
              f"all {len(data)} data files are open formats ({_fmt_list(data)})")


def check_utf8(root: Path, paths: list[str]) -> Criterion:
    problems = []
    for p in paths:
        if media_of(p)[0] not in ("text/csv", "application/json", "application/ld+json", "text/turtle",
                                  "application/trig", "application/n-quads", "text/markdown"):
            continue
        data = (root / p).read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(f"{p}: {exc.reason} @ {exc.start}")
            continue
        if p.endswith(".csv") and not data.startswith(b"\xef\xbb\xbf"):
            problems.append(f"{p}: 缺少 BOM / no BOM")
    if problems:
        return _c("utf-8", "UTF-8 編碼", "UTF-8 encoding", False, "；".join(problems), "; ".join(problems))
    return _c("utf-8", "UTF-8 編碼", "UTF-8 encoding", True, "所有文字檔皆為有效 UTF-8，CSV 含 BOM（Excel 可正確顯示中文）",
              "every text file is valid UTF-8; CSVs start with a BOM (Excel shows Chinese correctly)")


def csv_header(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    return next(csv.reader(io.StringIO(text, newline="")), [])


def check_fields(root: Path, pairs: list[tuple[str, str]]) -> Criterion:
    """Each (csv, dictionary json) pair: the dictionary's 欄位名稱 are exactly the CSV's header, in order."""
    problems = []
    for csv_path, dict_path in pairs:
        header = csv_header(root / csv_path)
        entries = json.loads((root / dict_path).read_text(encoding="utf-8"))["欄位"]
        names = [e["欄位名稱"] for e in entries]
        if header != names:
            missing = [h for h in header if h not in names]
            extra = [n for n in names if n not in header]
            problems.append(f"{csv_path}: 未說明 {missing or '-'}、多出 {extra or '-'}、順序{'相同' if sorted(header) == sorted(names) else '不同'}")
        empty = [e["欄位名稱"] for e in entries if not e.get("說明")]
        if empty:
            problems.append(f"{dict_path}: 無說明的欄位 {empty}")
    if problems:
        return _c("field-descriptions", "欄位說明與標題一致", "field descriptions match the headers", False,
                  "；".join(problems), "; ".join(problems))
    return _c("field-descriptions", "欄位說明與標題一致", "field descriptions match the headers", True,
              f"{len(pairs)} 個 CSV 的資料字典欄位名稱與標題列完全一致（含順序）",
              f"the data dictionaries of {len(pairs)} CSV file(s) list exactly their headers, in order")


def empty_columns(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        return []
    header, body = rows[0], rows[1:]
    return [h for i, h in enumerate(header) if not any(i < len(r) and r[i].strip() for r in body)]


# Columns that are empty for a reason the data dictionary states, not by neglect: the rule leaves them out and says why.
SOMETIMES_EMPTY: dict[str, tuple[str, str]] = {
    "issued": ("文件本身未載明發布日期時留空（不臆測）", "empty when the document states no issue date (never guessed)"),
    "page": ("只有 PDF 來源有頁碼；純文字、DOCX、ODT 留空", "only a PDF source has pages; empty for text, DOCX and ODT"),
    "locator": ("只有 PDF、DOCX、ODT 來源有原檔位置；純文字留空", "only PDF, DOCX and ODT sources have a place in the file; empty for text"),
    "qualifier": ("只有原文附加限定（如經費來源、約數）的數值才有", "only for figures the text qualifies (funding source, approximate …)"),
}


def check_empty_columns(root: Path, csvs: list[str]) -> Criterion:
    problems, excused = [], set()
    for p in csvs:
        empty = empty_columns(root / p)
        excused.update(c for c in empty if c in SOMETIMES_EMPTY)
        empty = [c for c in empty if c not in SOMETIMES_EMPTY]
        if empty:
            problems.append(f"{p}: {', '.join(empty)}")
    why_zh = "".join(f"；{c} 欄可為空：{SOMETIMES_EMPTY[c][0]}" for c in sorted(excused))
    why_en = "".join(f"; column {c} may be empty: {SOMETIMES_EMPTY[c][1]}" for c in sorted(excused))
    if problems:
        return _c("no-empty-columns", "無全空欄位", "no empty columns", False,
                  "全為空值的欄位：" + "；".join(problems) + why_zh, "columns with no value: " + "; ".join(problems) + why_en)
    return _c("no-empty-columns", "無全空欄位", "no empty columns", True,
              f"{len(csvs)} 個 CSV 的每個欄位都至少有一個值（依性質可為空的欄位除外）" + why_zh,
              f"every column of {len(csvs)} CSV file(s) has at least one value (but for columns empty by nature)" + why_en)


_VOLATILE = re.compile(r"(/tmp/|\.tmp|[?&](v|version|t|ts)=|/\d{4}-\d{2}-\d{2}|/\d{8}T?\d*/)", re.IGNORECASE)


def check_urls(urls: dict[str, str]) -> Criterion:
    """Absolute https URLs on a public host whose path does not change from one release to the next."""
    problems = []
    for path, url in urls.items():
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
        if parts.scheme != "https":
            problems.append(f"{url}: 非 https / not https")
            continue
        try:
            ip = ipaddress.ip_address(host)
            if ip.is_loopback or ip.is_private or ip.is_link_local:
                problems.append(f"{url}: 非公開主機 / not a public host")
                continue
        except ValueError:
            if host in ("localhost",) or host.endswith(".local") or "." not in host:
                problems.append(f"{url}: 非公開主機 / not a public host")
                continue
        if _VOLATILE.search(parts.path + ("?" + parts.query if parts.query else "")):
            problems.append(f"{url}: 路徑含版本或日期 / path carries a version or date")
            continue
        if not parts.path.endswith("/" + path):
            problems.append(f"{url}: 不以檔名結尾 / does not end with the file name")
    if problems:
        return _c("stable-urls", "穩定的下載網址", "stable download URLs", False, "；".join(problems[:5]) +
                  (f"（另 {len(problems) - 5} 個）" if len(problems) > 5 else ""),
                  "; ".join(problems[:5]) + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""))
    return _c("stable-urls", "穩定的下載網址", "stable download URLs", True,
              f"{len(urls)} 個下載網址皆為 https、公開主機、固定路徑（/downloads/ 永遠指向最新版）",
              f"all {len(urls)} download URLs are https on a public host with a fixed path (/downloads/ always serves the latest release)")


def check_dates(modified: str | None, file_dates: dict[str, str | None]) -> Criterion:
    missing = [p for p, d in file_dates.items() if not d]
    if not modified or missing:
        what = "資料集" if not modified else "、".join(missing)
        return _c("updated-date", "有更新日期", "updated date present", False, f"缺少更新日期：{what}",
                  f"no modified date: {'the dataset' if not modified else ', '.join(missing)}")
    return _c("updated-date", "有更新日期", "updated date present", True,
              f"資料集與 {len(file_dates)} 個檔案皆有更新日期（{modified}）",
              f"the dataset and its {len(file_dates)} files carry a modified date ({modified})")


def precheck_json(checks: list[DatasetCheck]) -> bytes:
    doc = {"資料集": [{"dataset": c.dataset, "title": c.title, "passed": c.passed,
                      "criteria": [asdict(x) for x in c.criteria]} for c in checks]}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def precheck_markdown(checks: list[DatasetCheck]) -> bytes:
    lines = ["# 開放資料平臺品質預檢 / Open data portal quality pre-check", ""]
    total = sum(len(c.criteria) for c in checks)
    passed = sum(x.passed for c in checks for x in c.criteria)
    lines += [f"{passed} / {total} 項通過 · {passed} of {total} criteria passed", ""]
    for c in checks:
        lines += [f"## {c.title}", "", f"`{c.dataset}`", "", "| 項目 criterion | 結果 result | 理由 reason |", "|---|---|---|"]
        for x in c.criteria:
            mark = "通過 pass" if x.passed else "**未通過 fail**"
            reason = f"{x.reason_zh}<br>{x.reason_en}".replace("|", "\\|")
            lines.append(f"| {x.name_zh} / {x.name_en} | {mark} | {reason} |")
        lines.append("")
    return "\n".join(lines).encode("utf-8")
