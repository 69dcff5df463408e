"""What changed since the previous release folder: documents added / replaced / removed,
measurements added / removed / changed (old → new value), indicator mapping changes.

Read from the two releases' own CSVs (``csv/documents.csv``, ``csv/measurements.csv``,
``csv/indicators.csv``), so any earlier release folder can be compared without its store.

A measurement's IRI hashes its quote and printed value, so a corrected number gets a new IRI; the
comparison therefore pairs measurements by their *cell*: document, indicator as printed, value type,
period, program, qualifiers. Within a cell, equal values pair first; what remains pairs in line order
as changed; the rest is added or removed.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from twpolice.errors import UserError
from twpolice.csvformat import printed_cell
from twpolice.messages import Msg

CHANGE_COLUMNS = ("change", "item", "agency", "document", "indicator_label", "kind", "period_start", "period_end",
                  "program_label", "qualifier", "field", "old_value", "new_value", "unit", "old_item")

CHANGE_LABELS: dict[str, Msg] = {
    "document-added": Msg("新增文件", "document added"),
    "document-replaced": Msg("文件更新", "document replaced"),
    "document-removed": Msg("移除文件", "document removed"),
    "measurement-added": Msg("新增量測值", "measurement added"),
    "measurement-removed": Msg("移除量測值", "measurement removed"),
    "measurement-changed": Msg("量測值變更", "measurement changed"),
    "mapping-added": Msg("新增指標對應", "mapping added"),
    "mapping-removed": Msg("移除指標對應", "mapping removed"),
    "mapping-changed": Msg("指標對應變更", "mapping changed"),
}


@dataclass
class Changes:
    previous: str | None
    rows: list[dict[str, str]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        c: dict[str, int] = defaultdict(int)
        for r in self.rows:
            c[r["change"]] += 1
        return {k: c.get(k, 0) for k in CHANGE_LABELS}


def read_csv(path: Path) -> list[dict[str, str]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as exc:
        raise UserError(f"上一版缺少 {path.name}：{path}", f"the previous release has no {path.name}: {path}") from exc
    return [{k: printed_cell(v) if isinstance(v, str) else v for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(text, newline=""))]


def _row(change: str, **kw) -> dict[str, str]:
    r = {c: "" for c in CHANGE_COLUMNS}
    r["change"] = change
    r.update({k: ("" if v is None else str(v)) for k, v in kw.items()})
    return r


def _cell(m: dict[str, str]) -> tuple:
    quals = "; ".join(sorted(q for q in m.get("qualifier", "").split("; ") if q))
    return (m["document"], m["indicator"], m["kind"], m["period_start"], m["period_end"], m.get("program_label", ""), quals)


def _line(m: dict[str, str]) -> int:
    try:
        return int(m.get("line_start") or 0)
    except ValueError:
        return 0


def compare(previous_dir: Path | None, documents: list[dict[str, str]], measurements: list[dict[str, str]],
            indicators: list[dict[str, str]], previous_id: str | None = None) -> Changes:
    """Changes from the release in ``previous_dir`` to the given tables (None: a first release)."""
    if previous_dir is None:
        ch = Changes(None)
        for d in documents:
            ch.rows.append(_row("document-added", item=d["document"], agency=d["agency"], document=d["document"],
                                new_value=d["sha256"]))
        return ch
    prev_docs = read_csv(previous_dir / "csv" / "documents.csv")
    prev_meas = read_csv(previous_dir / "csv" / "measurements.csv")
    prev_inds = read_csv(previous_dir / "csv" / "indicators.csv")
    ch = Changes(previous_id or previous_dir.name)

    # documents
    old_docs = {d["document"]: d for d in prev_docs}
    new_docs = {d["document"]: d for d in documents}
    replaced: set[str] = set()
    for iri, d in new_docs.items():
        o = old_docs.get(iri)
        if o is None:
            ch.rows.append(_row("document-added", item=iri, agency=d["agency"], document=iri, new_value=d["sha256"]))
        elif (o["sha256"], o.get("converter_version", "")) != (d["sha256"], d.get("converter_version", "")):
            replaced.add(iri)
            field_ = "sha256" if o["sha256"] != d["sha256"] else "converter_version"
            ch.rows.append(_row("document-replaced", item=iri, agency=d["agency"], document=iri, field=field_,
                                old_value=o[field_], new_value=d[field_]))
    for iri, o in old_docs.items():
        if iri not in new_docs:
            ch.rows.append(_row("document-removed", item=iri, agency=o["agency"], document=iri, old_value=o["sha256"]))

    # measurements, paired by cell
    old_cells: dict[tuple, list[dict]] = defaultdict(list)
    new_cells: dict[tuple, list[dict]] = defaultdict(list)
    for m in prev_meas:
        old_cells[_cell(m)].append(m)
    for m in measurements:
        new_cells[_cell(m)].append(m)
    for key in sorted(set(old_cells) | set(new_cells)):
        olds = sorted(old_cells.get(key, []), key=lambda m: (_line(m), m["value"]))
        news = sorted(new_cells.get(key, []), key=lambda m: (_line(m), m["value"]))
        # identical (value, unit) pair first
        rest_old = []
        for o in olds:
            match = next((n for n in news if (n["value"], n["unit"]) == (o["value"], o["unit"])), None)
            if match is not None:
                news.remove(match)
            else:
                rest_old.append(o)
        for o, n in zip(rest_old, news):
            ch.rows.append(_row(
                "measurement-changed", item=n["measurement"], old_item=o["measurement"], agency=n["agency"],
                document=n["document"], indicator_label=n["indicator_label"], kind=n["kind"],
                period_start=n["period_start"], period_end=n["period_end"], program_label=n["program_label"],
                qualifier=n["qualifier"], field="value" if o["unit"] == n["unit"] else "value+unit",
                old_value=o["value"] + ("" if o["unit"] == n["unit"] else f" {o['unit']}"),
                new_value=n["value"] + ("" if o["unit"] == n["unit"] else f" {n['unit']}"), unit=n["unit"]))
        for n in news[len(rest_old):]:
            ch.rows.append(_row("measurement-added", item=n["measurement"], agency=n["agency"], document=n["document"],
                                indicator_label=n["indicator_label"], kind=n["kind"], period_start=n["period_start"],
                                period_end=n["period_end"], program_label=n["program_label"],
                                qualifier=n["qualifier"], new_value=n["value"], unit=n["unit"]))
        for o in rest_old[len(news):]:
            ch.rows.append(_row("measurement-removed", item=o["measurement"], agency=o["agency"], document=o["document"],
                                indicator_label=o["indicator_label"], kind=o["kind"], period_start=o["period_start"],
                                period_end=o["period_end"], program_label=o["program_label"],
                                qualifier=o["qualifier"], old_value=o["value"], unit=o["unit"]))

    # indicator mappings
    def mappings(rows):
        out: dict[str, dict[str, str]] = {}
        for r in rows:
            if r.get("shared_indicator"):
                out.setdefault(r["indicator"], {})[r["shared_indicator"]] = r.get("mapping", "")
            else:
                out.setdefault(r["indicator"], {})
        return out, {r["indicator"]: r for r in rows}

    old_map, _ = mappings(prev_inds)
    new_map, new_info = mappings(indicators)
    for ind in sorted(set(old_map) | set(new_map)):
        o, n = old_map.get(ind, {}), new_map.get(ind, {})
        if o == n or (ind not in old_map) or (ind not in new_map):
            continue  # a new or vanished indicator comes with its measurements
        info = new_info[ind]
        if o and n:
            ch.rows.append(_row("mapping-changed", item=ind, agency=info["agency"], indicator_label=info["indicator_label"],
                                field="shared_indicator", old_value=" ".join(f"{m}:{s}" for s, m in sorted(o.items())),
                                new_value=" ".join(f"{m}:{s}" for s, m in sorted(n.items()))))
        elif n:
            ch.rows.append(_row("mapping-added", item=ind, agency=info["agency"], indicator_label=info["indicator_label"],
                                field="shared_indicator", new_value=" ".join(f"{m}:{s}" for s, m in sorted(n.items()))))
        else:
            ch.rows.append(_row("mapping-removed", item=ind, agency=info["agency"], indicator_label=info["indicator_label"],
                                field="shared_indicator", old_value=" ".join(f"{m}:{s}" for s, m in sorted(o.items()))))
    return ch


def changes_markdown(ch: Changes, release_id: str) -> bytes:
    c = ch.counts()
    lines = [f"# 變更紀錄 / Changes — {release_id}", ""]
    if ch.previous is None:
        lines += ["這是第一版（未指定上一版 `--previous`）：所有文件皆為新增。",
                  "This is a first release (no `--previous` given): every document is new.", ""]
    else:
        lines += [f"與上一版 `{ch.previous}` 比較。 Compared with the previous release `{ch.previous}`.", ""]
    lines += ["| 變更 change | 筆數 count |", "|---|---|"]
    for key, (zh, en) in CHANGE_LABELS.items():
        lines.append(f"| {zh} / {en} | {c[key]} |")
    lines.append("")
    sections = [
        ("文件 / Documents", ("document-added", "document-replaced", "document-removed")),
        ("量測值 / Measurements", ("measurement-changed", "measurement-added", "measurement-removed")),
        ("指標對應 / Indicator mappings", ("mapping-added", "mapping-changed", "mapping-removed")),
    ]
    limit = 500
    for title, kinds in sections:
        rows = [r for r in ch.rows if r["change"] in kinds]
        if not rows:
            continue
        lines += [f"## {title}", ""]
        for r in rows[:limit]:
            zh, en = CHANGE_LABELS[r["change"]]
            if r["change"].startswith("measurement"):
                what = f"{r['indicator_label']}（{r['kind']}，{r['period_start']}–{r['period_end']}"
                what += f"，{r['program_label']}" if r["program_label"] else ""
                what += f"，{r['qualifier']}" if r["qualifier"] else ""
                what += "）"
                if r["change"] == "measurement-changed":
                    what += f"：{r['old_value']} → {r['new_value']} {r['unit']}"
                elif r["change"] == "measurement-added":
                    what += f"：{r['new_value']} {r['unit']}"
                else:
                    what += f"：{r['old_value']} {r['unit']}"
                lines.append(f"- {zh} / {en}: {what} — `{r['document']}`")
            elif r["change"].startswith("document"):
                detail = f"（{r['field']}: {r['old_value'][:12]} → {r['new_value'][:12]}）" if r["change"] == "document-replaced" else ""
                lines.append(f"- {zh} / {en}: `{r['item']}`{detail}")
            else:
                lines.append(f"- {zh} / {en}: {r['indicator_label']} `{r['item']}`：{r['old_value'] or '—'} → {r['new_value'] or '—'}")
        if len(rows) > limit:
            lines.append(f"- …另 {len(rows) - limit} 筆見 changes.csv / {len(rows) - limit} more in changes.csv")
        lines.append("")
    return "\n".join(lines).encode("utf-8")
