"""User-interface strings in 繁體中文 (default) and English."""

from __future__ import annotations

LANGS = ("zh-Hant", "en")

STRINGS: dict[str, tuple[str, str]] = {
    "site": ("臺灣警政施政鏈結資料", "Taiwan Police Plans & Results — Linked Data"),
    "home": ("首頁", "Home"),
    "query": ("SPARQL 查詢", "SPARQL query"),
    "search": ("搜尋", "Search"),
    "dataset": ("資料集說明", "Dataset"),
    "ontology": ("本體與詞彙", "Ontology & vocabularies"),
    "api": ("API 文件", "API docs"),
    "switch": ("English", "中文"),
    "agencies": ("機關", "Agencies"),
    "agency": ("機關", "Agency"),
    "documents": ("文件", "Documents"),
    "document": ("文件", "Document"),
    "programs": ("計畫", "Programs"),
    "program": ("計畫", "Program"),
    "indicators": ("指標", "Indicators"),
    "indicator": ("指標", "Indicator"),
    "measurements": ("量測值", "Measurements"),
    "measurement": ("量測值", "Measurement"),
    "years": ("年度", "Years"),
    "triples": ("三元組", "Triples"),
    "graphs": ("具名圖", "Named graphs"),
    "generation": ("資料版本", "Data version"),
    "generation_of": ("第 {n} 版，建置於 {time}", "build {n}, made {time}"),
    "counts": ("數量", "Counts"),
    "downloads": ("下載", "Downloads"),
    "release_files": ("發布版本的全部檔案（含 SHA-256）", "Every file of the latest release (with SHA-256)"),
    "research": ("研究問題（現成查詢）", "Research questions (ready-made queries)"),
    "run": ("執行", "Run"),
    "share": ("分享連結", "Share link"),
    "results": ("結果", "Results"),
    "rows": ("列", "rows"),
    "truncated": ("結果已截斷：只顯示前 {cap} 列（列數上限）。請加上 LIMIT 或縮小查詢。",
                  "Results truncated: only the first {cap} rows are shown (row cap). Add a LIMIT or narrow the query."),
    "prefixes": ("預先宣告的前綴", "Predeclared prefixes"),
    "examples": ("範例查詢", "Example queries"),
    "download_csv": ("下載 CSV", "Download CSV"),
    "download_json": ("下載 JSON", "Download JSON"),
    "value": ("數值", "Value"),
    "unit": ("單位", "Unit"),
    "period": ("期間", "Period"),
    "kind": ("數值類型", "Kind"),
    "operator": ("目標運算", "Target operator"),
    "relative_to": ("相對期間", "Relative to"),
    "comparison_period": ("比較期間", "Compared with"),
    "paired": ("目標值與實際值配對（同機關、同指標、期間重疊）", "Targets and actuals paired (same agency, indicator, overlapping period)"),
    "source": ("出處", "Source"),
    "section": ("章節", "Section"),
    "lines": ("行", "Lines"),
    "page": ("頁", "Page"),
    "locator": ("原檔位置", "In the file"),
    "at_paragraph": ("第 {paragraph} 段", "paragraph {paragraph}"),
    "at_row": ("第 {table} 個表格第 {row} 列", "table {table}, row {row}"),
    "at_cell": ("第 {table} 個表格第 {row} 列第 {cell} 格", "table {table}, row {row}, cell {cell}"),
    "quote": ("原文", "Quote"),
    "printed": ("原文數值", "As printed"),
    "city": ("縣市", "City / county"),
    "jurisdiction": ("轄區", "Jurisdiction"),
    "latest": ("最新數值", "Latest values"),
    "chart": ("圖表", "Chart"),
    "table": ("表格", "Table"),
    "values": ("各縣市各期數值", "Values by city and period"),
    "metadata": ("基本資料", "Metadata"),
    "extracted": ("擷取內容", "What was extracted"),
    "checksum": ("SHA-256 檢查碼", "SHA-256 checksum"),
    "properties": ("屬性", "Properties"),
    "inbound": ("被引用", "Referenced by"),
    "formats": ("其他格式", "Other formats"),
    "not_found": ("找不到此資源", "Resource not found"),
    "search_placeholder": ("搜尋機關、指標、計畫（中文或英文）", "Search agencies, indicators, programs (Chinese or English)"),
    "no_results": ("沒有符合的結果", "No matches"),
    "publisher": ("發布機關", "Publisher"),
    "genre": ("文件類型", "Genre"),
    "issued": ("發布日期", "Issued"),
    "source_file": ("來源檔案", "Source file"),
    "line_count": ("行數", "Lines"),
    "converter": ("轉換器版本", "Converter version"),
    "graph_download": ("下載此文件的具名圖", "Download this document's named graph"),
    "parent": ("上層計畫", "Parent program"),
    "children": ("子計畫", "Sub-programs"),
    "subject": ("主題", "Subject"),
    "shared": ("共用指標", "Shared indicator"),
    "mapped_from": ("各機關原文指標", "Indicators as printed by agencies"),
    "definition": ("定義", "Definition"),
    "alt_labels": ("其他名稱", "Other names"),
    "dataset_title": ("twpolice 資料集", "twpolice dataset"),
    "endpoint": ("SPARQL 端點", "SPARQL endpoint"),
    "licence": ("授權", "Licence"),
    "vocabularies": ("使用的詞彙", "Vocabularies used"),
    "example_resources": ("範例資源", "Example resources"),
    "classes": ("類別", "Classes"),
    "object_properties": ("屬性", "Properties"),
    "schemes": ("概念架構", "Concept schemes"),
    "time_limit": ("每次查詢時間上限 {t} 秒；列數上限 {cap}。", "Time limit {t} s per query; row cap {cap}."),
    "editor_help": ("Ctrl+Enter 執行。IRI 連到本站頁面。", "Ctrl+Enter runs the query. IRIs link to their pages."),
    "all_values": ("全部數值", "All values"),
    "more": ("還有更多，請用 SPARQL 查詢", "more — use SPARQL to see all"),
    "type": ("類型", "Type"),
    "label": ("名稱", "Name"),
    "none": ("（無）", "(none)"),
    "bounds": ("合理範圍", "Bounds"),
    "polarity": ("方向", "Polarity"),
    "error": ("錯誤", "Error"),
}


def pick_lang(value: str | None) -> str:
    return "en" if value and value.lower().startswith("en") else "zh-Hant"


def locator_text(locator: str, lang: str) -> str:
    """``paragraph=12`` or ``table=2;row=3;cell=4`` (twp:locator) as a reader says it; as stored when it is
    neither."""
    parts = dict(p.split("=", 1) for p in locator.split(";") if "=" in p)
    if set(parts) == {"paragraph"}:
        return t("at_paragraph", lang, **parts)
    if set(parts) in ({"table", "row"}, {"table", "row", "cell"}):
        return t("at_cell" if "cell" in parts else "at_row", lang, **parts)
    return locator


def t(key: str, lang: str, **kw: object) -> str:
    zh, en = STRINGS.get(key, (key, key))
    text = en if lang == "en" else zh
    return text.format(**kw) if kw else text
