"""A line chart as inline SVG, drawn on the server from the data (no script, no CDN)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from xml.sax.saxutils import escape

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f",
           "#bcbd22"]


@dataclass
class Series:
    name: str
    points: dict[int, float]  # x index -> value
    dashed: bool = False


def _nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    if hi == lo:
        hi = lo + (abs(lo) or 1)
    span = hi - lo
    step = 10 ** math.floor(math.log10(span / n))
    for m in (1, 2, 2.5, 5, 10):
        if span / (step * m) <= n:
            step *= m
            break
    start = math.floor(lo / step) * step
    ticks, v = [], start
    while v <= hi + step * 0.5:
        ticks.append(round(v, 10))
        v += step
    return ticks


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 100 or v == int(v) else f"{v:,.2f}".rstrip("0").rstrip(".")


def line_chart(x_labels: list[str], series: list[Series], *, title: str = "", unit: str = "",
               width: int = 760, height: int = 340) -> str:
    """SVG markup; each series a polyline with circles, a legend at the right, accessible title."""
    values = [v for s in series for v in s.points.values()]
    if not values or not x_labels:
        return ""
    ticks = _nice_ticks(min(0.0, min(values)), max(values))
    lo, hi = ticks[0], ticks[-1] if ticks[-1] > ticks[0] else ticks[0] + 1
    left, right, top, bottom = 64, 190, 24, 48
    pw, ph = width - left - right, height - top - bottom
    n = len(x_labels)

    def x(i: int) -> float:
        return left + (pw * (i + 0.5) / n)

    def y(v: float) -> float:
        return top + ph - (v - lo) / (hi - lo) * ph

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" aria-label="{escape(title, {chr(34): "&quot;"})}">',
           f"<title>{escape(title)}</title>"]
    for tv in ticks:
        out.append(f'<line x1="{left}" x2="{left + pw}" y1="{y(tv):.1f}" y2="{y(tv):.1f}" class="grid" '
                   'stroke="#ddd" stroke-width="1"/>')
        out.append(f'<text x="{left - 6}" y="{y(tv) + 4:.1f}" text-anchor="end" font-size="11">{_fmt(tv)}</text>')
    if unit:
        out.append(f'<text x="{left}" y="{top - 8}" font-size="11" fill="#555">{escape(unit)}</text>')
    every = max(1, math.ceil(n / 12))
    for i, label in enumerate(x_labels):
        if i % every == 0:
            out.append(f'<text x="{x(i):.1f}" y="{top + ph + 18}" text-anchor="middle" font-size="11">'
                       f"{escape(label)}</text>")
    out.append(f'<line x1="{left}" x2="{left + pw}" y1="{top + ph}" y2="{top + ph}" stroke="#333"/>')
    for k, s in enumerate(series):
        color = PALETTE[k % len(PALETTE)]
        pts = sorted(s.points.items())
        dash = ' stroke-dasharray="6 4"' if s.dashed else ""
        if len(pts) > 1:
            coords = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in pts)
            out.append(f'<polyline class="series" fill="none" stroke="{color}" stroke-width="2"{dash} points="{coords}"/>')
        for i, v in pts:
            out.append(f'<circle class="point" cx="{x(i):.1f}" cy="{y(v):.1f}" r="3.5" fill="{color}">'
                       f"<title>{escape(s.name)} · {escape(x_labels[i])}: {_fmt(v)}</title></circle>")
        ly = top + 14 + k * 18
        if ly < height - 10:
            out.append(f'<line x1="{left + pw + 14}" x2="{left + pw + 34}" y1="{ly - 4}" y2="{ly - 4}" '
                       f'stroke="{color}" stroke-width="2"{dash}/>')
            out.append(f'<text x="{left + pw + 40}" y="{ly}" font-size="11">{escape(s.name[:22])}</text>')
    out.append("</svg>")
    return "".join(out)
