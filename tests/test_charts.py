"""The indicator and comparison charts (``api/views/svg.py``) and the agency page's ordering: axes that hold every value,
lines that join only periods of one length, labels that never overlap, targets drawn with their operator."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from twpolice.api.views import svg
from twpolice.api.views.pages import sort_name, trend


def _series(name, points, **kw):
    return svg.Series(name, [svg.Point(s, e, v, f"{s}–{e}") for s, e, v in points], **kw)


Y2021 = (date(2021, 1, 1), date(2021, 12, 31))
H2022 = (date(2022, 1, 1), date(2022, 6, 30))
Y2022 = (date(2022, 1, 1), date(2022, 12, 31))
H2023 = (date(2023, 1, 1), date(2023, 6, 30))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), min_size=1, max_size=12))
@example([6.0, -5e-324])  # a value below zero too small for lo / step: the first tick once stayed at 0
def test_the_axis_holds_every_value(values):
    ticks = svg.y_range(values)
    assert ticks[0] <= min(values) and ticks[-1] >= max(values)
    assert ticks == sorted(ticks) and len(ticks) >= 2


def test_rates_near_100_get_a_fitted_axis_not_0_to_100():
    ticks = svg.y_range([99.0, 103.42, 101.5])
    assert 95 <= ticks[0] < 99 and 103.42 < ticks[-1] <= 106


def test_counts_start_at_zero():
    assert svg.y_range([188, 101, 175, 80])[0] == 0


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="民國0123456789年至月上半", min_size=1, max_size=14), min_size=1, max_size=30),
       st.integers(min_value=10, max_value=120))
def test_kept_labels_never_overlap(labels, spacing):
    positions = [i * spacing for i in range(len(labels))]
    kept = svg.thin_labels(positions, labels)
    assert kept and kept[0] == 0
    for a, b in zip(kept, kept[1:]):
        assert positions[a] + svg.text_width(labels[a]) / 2 < positions[b] - svg.text_width(labels[b]) / 2


def test_period_lengths():
    assert svg.period_length(*Y2022) == "year"
    assert svg.period_length(*H2023) == "half"
    assert svg.period_length(date(2023, 7, 1), date(2023, 9, 30)) == "quarter"
    assert svg.period_length(date(2023, 9, 1), date(2023, 9, 30)) == "month"
    assert svg.period_length(date(2018, 1, 1), date(2021, 12, 31)) == "years"
    assert svg.period_length(date(2017, 9, 1), date(2023, 3, 31)) == "span"
    assert svg.period_length(date(2023, 6, 30), date(2023, 6, 30)) == "instant"
    # a year and a half-year are never one line; four years are never joined to one
    assert svg.group_key("actual", None, *Y2022) != svg.group_key("actual", None, *H2022)
    assert svg.group_key("target", "at-least", *Y2022) != svg.group_key("target", "at-least", date(2018, 1, 1),
                                                                        date(2021, 12, 31))


def _polylines(chart: str) -> list[list[tuple[float, float]]]:
    return [[tuple(map(float, p.split(","))) for p in pts.split()]
            for pts in re.findall(r'<polyline class="series"[^>]*points="([^"]+)"', chart)]


def test_a_line_joins_only_values_of_one_period_length():
    """The zig-zag of full-year and half-year actuals (188 → 101 (H1) → 175 → 80 (H1)) becomes two lines."""
    years = _series("高雄 實際值", [(*Y2021, 188), (*Y2022, 175)], length="year")
    halves = _series("高雄 實際值", [(*H2022, 101), (*H2023, 80)], length="half")
    chart = svg.time_chart([years, halves], unit="人")
    lines = _polylines(chart)
    assert len(lines) == 2 and all(len(line) == 2 for line in lines)
    assert re.findall(r'data-length="(\w+)"', chart) == ["year", "half"]
    # each line is level with its own values only: the year line never dips to a half-year's value
    ys = [sorted(y for _, y in line) for line in lines]
    assert ys[0] != ys[1]
    assert "（全年）" in chart and "（半年）" in chart


def test_targets_show_their_operator_and_a_single_point_is_drawn():
    target = _series("基隆 目標值", [(*Y2022, 100)], kind="target", operator="at-least", length="year")
    cap = _series("臺南 目標值", [(*Y2022, 5)], kind="target", operator="at-most", length="year")
    chart = svg.time_chart([target, cap], unit="%")
    assert chart.count('class="point"') == 2 and "<polyline" not in chart
    assert "≥" in chart and "≤" in chart
    notes = svg.marker_notes([target, cap], "zh-Hant")
    assert any("▲" in n and "至少" in n for n in notes) and any("▼" in n and "至多" in n for n in notes)


def test_the_unit_is_printed_once_in_a_tooltip():
    chart = svg.time_chart([_series("x", [(*Y2022, 99.4)], length="year")], unit="%")
    tips = re.findall(r"<title>([^<]*99\.4[^<]*)</title>", chart)
    assert tips and all(t.count("%") == 1 for t in tips)


def test_names_sort_without_their_leading_numbers():
    names = ["1機", "2等1級人數（另）", "DNA鑑定", "（一）巡邏車", "機車"]
    ordered = sorted(names, key=sort_name)
    assert sort_name("1機") == "機" and sort_name("（一）巡邏車") == "巡邏車" and sort_name("三、查緝") == "查緝"
    assert sort_name("123") == "123"  # a name that is only a number keeps it
    assert ordered.index("1機") > ordered.index("DNA鑑定")
    assert all(not sort_name(n)[0].isdigit() for n in names)


def _view(kind, start, end, value):
    return {"kind_key": kind, "start": start.isoformat(), "end": end.isoformat(), "norm": str(value),
            "period": {"text": f"{start}"}}


def test_the_trend_compares_periods_of_one_length():
    views = [_view("actual", *Y2021, 188), _view("actual", *H2022, 101), _view("actual", *Y2022, 175),
             _view("actual", *H2023, 80)]
    got = trend(views)
    # the latest (2023 H1: 80) against 2022 H1 (101), not against the year 2022 (175)
    assert got["sign"] == "↓" and got["diff"] == "-21"
    assert trend([_view("actual", *Y2022, 5)]) is None


def test_a_point_links_to_its_measurement():
    series = svg.Series("x", [svg.Point(*Y2022, 5, "2022", "/doc/measurement/a/1")], length="year")
    chart = svg.time_chart([series], unit="件")
    assert '<a href="/doc/measurement/a/1"><circle data-value="5" class="point"' in chart
