"""A time chart as inline SVG, drawn on the server from the data (no script, no CDN).

Periods sit on a time axis (a half-year is drawn over its six months, not as one more category after a year), a
line joins only values of the same period length (a year's actual and the next half-year's are two series, never
one zig-zag), the y axis spans every value drawn, year labels are thinned until none overlaps, and a target's
marker shows its operator (▲ at least, ▼ at most, ◆ exactly). The figures drawn are also returned as rows for the
table printed under the chart (:func:`chart_rows`), so a screen reader and a reviewer see the same numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from twpolice.converters.periods import ad_to_roc, precision_of_dates

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f",
           "#bcbd22"]
FONT = 12
# what a period length is called in a series name
LENGTHS = {"year": ("全年", "year"), "years": ("多年期", "several years"), "half": ("半年", "half-year"), "quarter": ("季", "quarter"),
           "month": ("月", "month"), "span": ("其他期間", "other span"), "instant": ("時點", "point in time")}
MARKERS = {"at-least": ("▲", "至少（≥）", "at least (≥)"), "at-most": ("▼", "至多（≤）", "at most (≤)"),
           "equal": ("◆", "等於", "exactly")}
SIGNS = {"at-least": "≥", "at-most": "≤", "more-than": ">", "less-than": "<"}


@dataclass(frozen=True)
class Point:
    start: date
    end: date
    value: float
    period: str  # the period's label as the page prints it
    href: str | None = None


@dataclass
class Series:
    name: str
    points: list[Point]
    kind: str = "actual"  # actual, target, baseline, budget …
    operator: str | None = None  # a target's: at-least, at-most, equal; a bounded actual's: more-than …
    length: str = "year"  # what period_length() says of every point
    label: str = field(default="")  # the name shown, with the period length when the chart mixes lengths


def period_length(start: date, end: date) -> str:
    """What every point of a line shares: year, years, half, quarter, month, instant, or span (anything else)."""
    if start == end:
        return "instant"
    if start.day != 1 or precision_of_dates(start, end) == "day":
        return "span"
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months % 12 == 0 and start.month == 1:
        return "year" if months == 12 else "years"
    return {6: "half", 3: "quarter", 1: "month"}.get(months, "span")


def group_key(kind: str, operator: str | None, start: date, end: date) -> tuple[str, str | None, str, int]:
    """Values of one line: same kind, operator, period length and number of days within a few (a four-year
    target is never joined to a one-year actual, nor 1–2 months to 1–3 months)."""
    return kind, operator, period_length(start, end), round((end - start).days / 10)


def _nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round ticks from at or below ``lo`` to at or above ``hi``."""
    if hi - lo <= 1e-9 * max(1.0, abs(lo), abs(hi)):  # one value (or values too close to tell apart)
        pad = max(abs(hi) * 0.1, 1.0)
        lo, hi = lo - pad, hi + pad
    span = hi - lo
    step = 10 ** math.floor(math.log10(span / n))
    for m in (1, 2, 2.5, 5, 10):
        if span / (step * m) <= n:
            step *= m
            break
    v = math.floor(lo / step) * step
    ticks = [round(v, 10)]
    while ticks[0] > lo:  # lo / step underflowed to -0.0 (lo = -5e-324) or rounding moved the first tick past lo
        v -= step
        ticks.insert(0, round(v, 10))
    v = ticks[-1]
    while ticks[-1] < hi:
        v += step
        ticks.append(round(v, 10))
    return ticks


def y_range(values: list[float]) -> list[float]:
    """Ticks of an axis that holds every value: from zero for counts well above it, otherwise fitted to the data
    (clearance rates of 99 to 103.42 % get an axis of about 98–104, not 0–100)."""
    lo, hi = min(values), max(values)
    if lo >= 0 and (lo == hi or lo <= hi * 0.5):
        lo = 0.0
    elif hi <= 0 and hi >= lo * 0.5:
        hi = 0.0
    ticks = _nice_ticks(lo, hi)
    step = ticks[1] - ticks[0]
    # a value on the plot's edge would sit on the axis line: one more step, except at zero
    if ticks[0] == lo and lo != 0:
        ticks.insert(0, round(ticks[0] - step, 10))
    if ticks[-1] == hi and hi != 0:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}".rstrip("0").rstrip(".")


def text_width(text: str, size: int = FONT) -> float:
    """Rendered width: a CJK character is about one em, a Latin one about 0.6 em."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.6 for ch in text)


def thin_labels(positions: list[float], labels: list[str], gap: float = 8) -> list[int]:
    """Indexes of the labels to print so that no two overlap: each kept label's box ends ``gap`` before the next."""
    kept: list[int] = []
    right = -math.inf
    for i, (x, label) in enumerate(zip(positions, labels)):
        half = text_width(label) / 2
        if x - half >= right + gap:
            kept.append(i)
            right = x + half
    return kept


def year_label(year: int, lang: str) -> str:
    return str(year) if lang == "en" else f"{ad_to_roc(year)}年"


def series_labels(series: list[Series], lang: str) -> None:
    """Name each series; with the period length when the chart holds more than one, with the operator's sign
    for a target."""
    mixed = len({s.length for s in series}) > 1
    for s in series:
        label = s.name
        if mixed:
            zh, en = LENGTHS.get(s.length, LENGTHS["span"])
            label += f"（{zh}）" if lang != "en" else f" ({en})"
        if s.operator in SIGNS:
            label += f"（{SIGNS[s.operator]}）" if lang != "en" else f" ({SIGNS[s.operator]})"
        s.label = label


def _marker(kind: str, operator: str | None, x: float, y: float, color: str, tip: str, value: float) -> str:
    data = f'data-value="{value!r}" class="point"'
    title = f"<title>{escape(tip)}</title>"
    if kind == "target" and operator == "at-least":
        return (f'<polygon {data} points="{x:.1f},{y - 6:.1f} {x - 5.5:.1f},{y + 4:.1f} {x + 5.5:.1f},{y + 4:.1f}" '
                f'fill="{color}">{title}</polygon>')
    if kind == "target" and operator == "at-most":
        return (f'<polygon {data} points="{x:.1f},{y + 6:.1f} {x - 5.5:.1f},{y - 4:.1f} {x + 5.5:.1f},{y - 4:.1f}" '
                f'fill="{color}">{title}</polygon>')
    if kind == "target":
        return (f'<polygon {data} points="{x:.1f},{y - 5.5:.1f} {x + 5.5:.1f},{y:.1f} {x:.1f},{y + 5.5:.1f} '
                f'{x - 5.5:.1f},{y:.1f}" fill="{color}">{title}</polygon>')
    if kind == "baseline":
        return f'<rect {data} x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{color}">{title}</rect>'
    return f'<circle {data} cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{color}">{title}</circle>'


def time_chart(series: list[Series], *, title: str = "", unit: str = "", lang: str = "zh-Hant",
               width: int = 1000, height: int = 360, describedby: str = "") -> str:
    """SVG markup: the plot area (``rect.plot``), y ticks, year labels (``text.xlabel``), one polyline per series
    of two or more points, a marker per value and a legend."""
    series = [s for s in series if s.points]
    if not series:
        return ""
    series_labels(series, lang)
    values = [p.value for s in series for p in s.points]
    ticks = y_range(values)
    lo, hi = ticks[0], ticks[-1]
    first = min(p.start for s in series for p in s.points)
    last = max(p.end for s in series for p in s.points)
    x0, x1 = date(first.year, 1, 1).toordinal(), date(last.year + 1, 1, 1).toordinal()
    legend_w = min(320, max(text_width(s.label, 11) for s in series) + 44)
    left = max(48, int(max(text_width(fmt(t), 11) for t in ticks)) + 16)
    right, top, bottom = int(legend_w) + 12, 28, 40
    pw, ph = width - left - right, height - top - bottom

    def x(d: float) -> float:
        return left + pw * (d - x0) / (x1 - x0)

    def y(v: float) -> float:
        return top + ph - (v - lo) / (hi - lo) * ph

    def mid(p: Point) -> float:
        return (p.start.toordinal() + p.end.toordinal() + 1) / 2

    attrs = f' aria-describedby="{escape(describedby)}"' if describedby else ""
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" aria-label="{escape(title, {chr(34): "&quot;"})}"{attrs} '
           f'data-y-min="{lo!r}" data-y-max="{hi!r}">',
           f"<title>{escape(title)}</title>",
           f'<rect class="plot" x="{left}" y="{top}" width="{pw}" height="{ph}" fill="none"/>']
    for tv in ticks:
        out.append(f'<line x1="{left}" x2="{left + pw}" y1="{y(tv):.1f}" y2="{y(tv):.1f}" stroke="#ddd"/>')
        out.append(f'<text class="ylabel" x="{left - 6}" y="{y(tv) + 4:.1f}" text-anchor="end" font-size="11">'
                   f"{fmt(tv)}</text>")
    if unit:
        out.append(f'<text class="unit" x="{left}" y="{top - 10}" font-size="11" fill="#555">{escape(unit)}</text>')
    years = list(range(first.year, last.year + 1))
    centres = [x((date(yr, 1, 1).toordinal() + date(yr + 1, 1, 1).toordinal()) / 2) for yr in years]
    labels = [year_label(yr, lang) for yr in years]
    for yr in years[1:]:
        xb = x(date(yr, 1, 1).toordinal())
        out.append(f'<line x1="{xb:.1f}" x2="{xb:.1f}" y1="{top + ph}" y2="{top + ph + 5}" stroke="#333"/>')
    for i in thin_labels(centres, labels):
        out.append(f'<text class="xlabel" x="{centres[i]:.1f}" y="{top + ph + 20}" text-anchor="middle" '
                   f'font-size="{FONT}">{escape(labels[i])}</text>')
    out.append(f'<line x1="{left}" x2="{left + pw}" y1="{top + ph}" y2="{top + ph}" stroke="#333"/>')
    for k, s in enumerate(series):
        color = PALETTE[k % len(PALETTE)]
        pts = sorted(s.points, key=lambda p: p.start)
        dash = ' stroke-dasharray="6 4"' if s.kind != "actual" else ""
        if len(pts) > 1:
            coords = " ".join(f"{x(mid(p)):.1f},{y(p.value):.1f}" for p in pts)
            out.append(f'<polyline class="series" data-length="{s.length}" fill="none" stroke="{color}" '
                       f'stroke-width="2"{dash} points="{coords}"/>')
        for p in pts:
            # a value over a span longer than a few months shows the span it covers
            if (p.end - p.start).days > 95:
                out.append(f'<line class="span" x1="{x(p.start.toordinal()):.1f}" x2="{x(p.end.toordinal() + 1):.1f}" '
                           f'y1="{y(p.value):.1f}" y2="{y(p.value):.1f}" stroke="{color}" stroke-opacity="0.35" '
                           f'stroke-width="3"/>')
            tip = f"{s.label} · {p.period}: {fmt(p.value)}{'' if unit in ('', '%') else ' '}{unit}"
            marker = _marker(s.kind, s.operator, x(mid(p)), y(p.value), color, tip, p.value)
            out.append(f'<a href="{escape(p.href)}">{marker}</a>' if p.href else marker)  # to its measurement
        ly = top + 4 + k * 20
        if ly < height - 10:
            lx = left + pw + 16
            out.append(f'<line x1="{lx}" x2="{lx + 22}" y1="{ly}" y2="{ly}" stroke="{color}" stroke-width="2"{dash}/>')
            out.append(_marker(s.kind, s.operator, lx + 11, ly, color, s.label, math.nan).replace(
                'class="point"', 'class="key"'))
            out.append(f'<text class="legend" x="{lx + 28}" y="{ly + 4}" font-size="11">{escape(s.label)}</text>')
    out.append("</svg>")
    return "".join(out)


def chart_rows(series: list[Series]) -> list[tuple[str, str, str]]:
    """(series, period, value) of every value drawn, in the order of the legend, for the table under the chart."""
    return [(s.label or s.name, p.period, fmt(p.value)) for s in series for p in sorted(s.points, key=lambda p: p.start)]


def marker_notes(series: list[Series], lang: str) -> list[str]:
    """One line per marker the chart uses, for the footnote under it."""
    notes = []
    kinds = {(s.kind, s.operator) for s in series}
    if any(k == "actual" for k, _ in kinds):
        notes.append("● 實際值；實線連接同長度期間" if lang != "en" else "● actual; a solid line joins periods of one length")
    for op, (sign, zh, en) in MARKERS.items():
        if ("target", op) in kinds or (op == "equal" and ("target", None) in kinds):
            notes.append(f"{sign} 目標值：{zh}" if lang != "en" else f"{sign} target: {en}")
    if any(k == "baseline" for k, _ in kinds):
        notes.append("■ 基準值" if lang != "en" else "■ baseline")
    if len({s.length for s in series}) > 1:
        notes.append("不同長度的期間（全年、半年、季）分列為不同線段，不相連" if lang != "en"
                     else "periods of different lengths (year, half-year, quarter) are separate lines, never joined")
    if any((p.end - p.start).days > 95 for s in series for p in s.points):
        notes.append("淡色橫條表示數值涵蓋的期間" if lang != "en" else "a faint bar shows the span a value covers")
    return notes
