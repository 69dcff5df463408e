"""The review's lines for people: orphaned decisions, what applying a sheet did, the share reviewed.
The same words on the console (``build``, ``review``), in the web review page and in a release README."""

from __future__ import annotations

from twpolice.review.apply import Orphan, Outcome
from twpolice.review.sheet import MergeSummary


def orphan_line(file: str, orphan: Orphan, lang: str) -> str:
    d = orphan.decision
    where = d.quote[:40] if d.quote else ""
    if lang == "en":
        return f"✗ {file} · {d.key} · {d.decision}: {orphan.reason_en}" + (f" «{where}»" if where else "")
    return f"✗ {file} · {d.key} · {d.decision}：{orphan.reason_zh}" + (f"「{where}」" if where else "")


def outcome_line(outcome: Outcome, lang: str) -> str:
    if lang == "en":
        return (f"review: {outcome.confirmed:,} confirmed, {outcome.corrected:,} corrected, {outcome.rejected:,} rejected, "
                f"{outcome.added:,} added; {len(outcome.orphans):,} decisions whose fact no longer exists")
    return (f"審閱：已確認 {outcome.confirmed:,}、已更正 {outcome.corrected:,}、已剔除 {outcome.rejected:,}、"
            f"已新增 {outcome.added:,}；找不到對應數值的決定 {len(outcome.orphans):,}")


def merge_lines(summary: MergeSummary, path: str, lang: str) -> list[str]:
    if lang == "en":
        lines = [f"{path}: {summary.confirmed:,} confirmed, {summary.corrected:,} corrected, {summary.rejected:,} rejected, "
                 f"{summary.added:,} added, {len(summary.conflicts):,} conflicts ({summary.unchanged:,} unchanged)"]
        lines += [f"  conflict {new.key}: {old.decision} by {old.reviewer or '?'} replaced by {new.decision} by "
                  f"{new.reviewer}" for old, new in summary.conflicts]
        return lines
    lines = [f"{path}：已確認 {summary.confirmed:,}、已更正 {summary.corrected:,}、已剔除 {summary.rejected:,}、"
             f"已新增 {summary.added:,}、衝突 {len(summary.conflicts):,}（未變更 {summary.unchanged:,}）"]
    lines += [f"  衝突 {new.key}：{old.reviewer or '?'} 的 {old.decision} 改為 {new.reviewer} 的 {new.decision}"
              for old, new in summary.conflicts]
    return lines
