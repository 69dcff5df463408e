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
    "truncated": ("結果已截斷：只顯示前 {cap} 列（列數上限）；「下載 CSV」「下載 JSON」同樣只含這 {cap} 列。請加上 LIMIT 或縮小查詢，"
                  "完整資料請用發布版本的 measurements.csv。",
                  "Results truncated: only the first {cap} rows are shown (row cap), and the CSV and JSON downloads "
                  "hold the same {cap} rows. Add a LIMIT or narrow the query; the release's measurements.csv has "
                  "every row."),
    "compare_truncated": ("此比較有 {n} 列，超過端點的列數上限 {cap}：CSV 下載只含前 {cap} 列。",
                          "This comparison has {n} rows, more than the endpoint's row cap of {cap}: the CSV download "
                          "holds the first {cap} rows only."),
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
    "review_status": ("審閱", "Review"),
    "review": ("審閱", "Review"),
    "review_intro": ("發布前逐一核對每個數值與原文；決定寫入各文件的審閱決定檔，下次 build 時套用。文件資料夾：",
                     "Check every figure against its sentence before publishing; decisions go to each document's "
                     "corrections file and apply on the next build. Documents folder:"),
    "review_facts": ("數值", "Facts"),
    "review_decided": ("已決定", "Decided"),
    "review_low": ("低信心", "Low confidence"),
    "review_orphans": ("找不到對應數值的決定", "Decisions whose fact no longer exists"),
    "review_by_risk": ("依風險排序", "Riskiest first"),
    "review_by_line": ("依行號排序", "In line order"),
    "reviewer": ("審閱者", "Reviewer"),
    "review_keys": ("鍵盤：j／k 上下移動，c 確認，r 剔除，e 編輯，a 新增原文中選取的數字；編輯時 Enter 儲存、Esc 取消。",
                    "Keys: j/k move, c confirm, r reject, e edit, a add the figure selected in the source; "
                    "in the form Enter saves, Esc cancels."),
    "review_edit": ("編輯", "Edit"),
    "review_save": ("儲存", "Save"),
    "review_cancel": ("取消", "Cancel"),
    "review_confirm": ("確認", "Confirm"),
    "review_reject": ("剔除", "Reject"),
    "review_add": ("新增所選數字", "Add the selected figure"),
    "review_confidence": ("信心", "Confidence"),
    "review_decision": ("決定", "Decision"),
    "decision_none": ("未審閱", "not reviewed"),
    "decision_confirm": ("已確認", "confirmed"),
    "decision_correct": ("已更正", "corrected"),
    "decision_reject": ("已剔除", "rejected"),
    "decision_add": ("人工新增", "added"),
    "review_source": ("原文", "Source text"),
    "review_add_help": ("轉換器漏讀的數字：在下方原文中選取它，再按「新增所選數字」（或 a）。",
                        "A figure the converter missed: select it in the text below, then press the button (or a)."),
    "revision_of": ("更正自：", "Corrects: "),
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
    "chart_data": ("圖表數據", "The chart's data"),
    "not_stated": ("未載明", "not stated"),
    "compare": ("跨縣市比較", "Compare cities"),
    "compare_intro": ("選一個共用指標，看各縣市、各年度的實際值、目標值與基準值（以正規化單位並列），附圖表、CSV 與產生它們的 SPARQL。",
                      "Pick a shared indicator to see every city and year that reports it — actuals, targets and "
                      "baselines side by side in normalised units — with a chart, the CSV and the SPARQL behind them."),
    "compare_go": ("比較", "Compare"),
    "n_parts": ("（{n} 項計畫合計）", "({n} programmes added up)"),
    "n_agencies": ("（{n} 個機關）", " ({n} agencies)"),
    "compare_unknown": ("沒有共用指標「{notation}」的數值", "No values of a shared indicator \"{notation}\""),
    "compare_units": ("數值的單位不只一種（{units}），不畫成同一張圖", "The values come in more than one unit ({units}); they are not charted on one axis"),
    "compare_notes": ("金額以元表示（千元、萬元已換算）；≥、≤ 為目標值的「至少」「至多」，+、− 為相對目標（較比較期增減）。點數值可看原文出處。",
                      "Money in NTD (千元 and 萬元 converted); ≥ and ≤ mark targets of at least and at most, + and − "
                      "relative targets. Click a value for its source sentence."),
    "open_in_editor": ("在查詢頁開啟", "Open in the query editor"),
    "shared_indicators": ("共用指標（可跨縣市比較）", "Shared indicators (comparable across cities)"),
    "shared_intro": ("依主題分組；每列為最新數值，以及最新實際值與前一個同長度期間相比的變化。",
                     "Grouped by topic; each row shows the latest values and how the latest actual compares with the "
                     "one before it of the same period length."),
    "other_topics": ("其他主題", "Other topics"),
    "trend": ("趨勢", "Trend"),
    "trend_since": ("較{period}", "since {period}"),
    "own_indicators": ("本機關自訂指標", "This agency's own indicators"),
    "filter_indicators": ("篩選指標名稱", "Filter indicator names"),
    "pages": ("分頁", "Pages"),
    "previous": ("上一頁", "Previous"),
    "next": ("下一頁", "Next"),
    "page_of": ("第 {n} / {total} 頁", "Page {n} of {total}"),
    "series": ("數列", "Series"),
    "of_program": ("屬於某一計畫的數值", "a value of one programme"),
    "table_notes": ("† 屬於某一計畫的數值（見其量測值頁面）；≥、≤ 為目標值的「至少」「至多」；+、− 為相對目標（較比較期增加、減少），"
                    "不畫在圖上；滑鼠移到數值上可看原文寫法。",
                    "† a value of one programme (see its measurement page); ≥ and ≤ mark targets of at least and at "
                    "most; + and − relative targets (an increase or decrease on the period compared with), which the "
                    "chart leaves out; hover a value for the figure as printed."),
    "metadata": ("基本資料", "Metadata"),
    "extracted": ("擷取內容", "What was extracted"),
    "checksum": ("SHA-256 檢查碼", "SHA-256 checksum"),
    "properties": ("屬性", "Properties"),
    "inbound": ("被引用", "Referenced by"),
    "formats": ("其他格式", "Other formats"),
    # error pages and bodies (api/errors.py): the message of a bare HTTP status (English as in text bodies)
    "error_400": ("請求有誤", "bad request"),
    "error_404": ("找不到此資源", "Resource not found"),
    "error_405": ("不支援此方法", "method not allowed"),
    "error_406": ("無法以要求的格式提供", "not acceptable: none of the formats the Accept header asks for"),
    "error_413": ("請求內容太大", "request too large"),
    "error_503": ("服務暫時無法使用", "service unavailable"),
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
