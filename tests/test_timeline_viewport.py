"""The time axis window: day/pixel conversion, zoom about the pointer, pan, fit and clamping."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.timeline.viewport import Viewport, from_days, to_days, wheel_factor

D2025 = to_days(date(2025, 1, 1))

viewports = st.builds(
    Viewport,
    start=st.floats(-200_000, 200_000, allow_nan=False),
    span=st.floats(Viewport.MIN_SPAN, Viewport.MAX_SPAN),
    width=st.floats(50, 5000),
)


# --- days <-> dates -----------------------------------------------------------------------------

def test_to_days_counts_from_the_epoch() -> None:
    assert to_days(date(1970, 1, 1)) == 0.0
    assert to_days(date(1970, 1, 2)) == 1.0
    assert to_days(date(1969, 12, 31)) == -1.0
    assert to_days(date(2000, 3, 1)) - to_days(date(2000, 2, 28)) == 2.0  # 2000 is a leap year
    assert isinstance(to_days(date(2025, 6, 15)), float)


def test_to_days_keeps_the_time_of_day() -> None:
    assert to_days(datetime(1970, 1, 2, 12, 0)) == 1.5
    aware = datetime(1970, 1, 2, 6, 0, tzinfo=timezone(timedelta(hours=6)))
    assert to_days(aware) == 1.0  # midnight UTC


@given(st.dates())
def test_from_days_inverts_to_days(d: date) -> None:
    assert from_days(to_days(d)) == d
    assert from_days(to_days(d) + 0.999) == d


def test_from_days_floors_fractions_before_the_epoch() -> None:
    assert from_days(-0.5) == date(1969, 12, 31)


@pytest.mark.parametrize("bad", [math.nan, math.inf, 1e9, -1e9])
def test_from_days_rejects_what_no_date_can_hold(bad: float) -> None:
    with pytest.raises(ValueError):
        from_days(bad)


# --- construction and conversion -----------------------------------------------------------------

@pytest.mark.parametrize("kwargs", [dict(span=0), dict(span=-1), dict(width=0), dict(span=math.nan),
                                    dict(start=math.inf)])
def test_invalid_viewports_are_rejected(kwargs: dict) -> None:
    args = dict(start=0.0, span=30.0, width=800.0) | kwargs
    with pytest.raises(ValueError):
        Viewport(**args)


def test_x_of_maps_the_edges_to_the_plot_area() -> None:
    v = Viewport(start=D2025, span=100, width=1000)
    assert v.x_of(D2025) == 0
    assert v.x_of(D2025 + 100) == pytest.approx(1000)
    assert v.x_of(D2025 + 25) == pytest.approx(250)
    assert v.end == D2025 + 100


def test_x_of_is_vectorised() -> None:
    v = Viewport(start=D2025, span=100, width=1000)
    xs = v.x_of(np.array([D2025, D2025 + 10, D2025 + 100]))
    assert isinstance(xs, np.ndarray)
    np.testing.assert_allclose(xs, [0, 100, 1000])
    assert isinstance(v.x_of(D2025 + 1), float)


@given(viewports, st.floats(-10_000, 10_000))
def test_t_of_inverts_x_of(v: Viewport, x: float) -> None:
    assert v.x_of(v.t_of(x)) == pytest.approx(x, abs=1e-6)
    t = v.start + x / 1000 * v.span
    assert v.t_of(v.x_of(t)) == pytest.approx(t, abs=1e-6)


# --- zoom ------------------------------------------------------------------------------------------

@settings(max_examples=300)
@given(viewports, st.floats(0.05, 20), st.floats(0, 1))
def test_zoom_keeps_the_time_under_the_pointer(v: Viewport, factor: float, rel_x: float) -> None:
    anchor = rel_x * v.width
    z = v.zoomed(factor, anchor)
    assert z.t_of(anchor) == pytest.approx(v.t_of(anchor), abs=1e-6)
    assert Viewport.MIN_SPAN <= z.span <= Viewport.MAX_SPAN
    assert z.width == v.width


def test_zoom_factor_above_one_zooms_in() -> None:
    v = Viewport(start=D2025, span=100, width=1000)
    assert v.zoomed(2, 500).span == pytest.approx(50)
    assert v.zoomed(0.5, 500).span == pytest.approx(200)
    centre = v.zoomed(2, 500)
    assert centre.start == pytest.approx(D2025 + 25)


def test_zoom_clamps_to_the_limits_and_still_holds_the_anchor() -> None:
    v = Viewport(start=D2025, span=30, width=1000)
    z = v.zoomed(1000, 300)
    assert z.span == Viewport.MIN_SPAN
    assert z.t_of(300) == pytest.approx(v.t_of(300))
    out = v.zoomed(1e-9, 700)
    assert out.span == Viewport.MAX_SPAN
    assert out.t_of(700) == pytest.approx(v.t_of(700))
    assert out.zoomed(0.5, 0) == out  # already at the limit: nothing moves


@pytest.mark.parametrize("bad", [0, -2, math.nan, math.inf])
def test_zoom_rejects_nonsense_factors(bad: float) -> None:
    with pytest.raises(ValueError):
        Viewport(start=0, span=30, width=100).zoomed(bad, 0)


def test_wheel_factor_one_notch_is_about_twenty_percent() -> None:
    # One notch: Qt reports angleDelta 120 = 15 degrees.
    assert wheel_factor(120 / 8) == pytest.approx(1.2)
    assert wheel_factor(-15) == pytest.approx(1 / 1.2)
    assert wheel_factor(0) == 1
    # Many small touchpad deltas add up to the same zoom as one notch.
    assert wheel_factor(15 / 8) ** 8 == pytest.approx(wheel_factor(15))


# --- pan, fit, clamp, resize ------------------------------------------------------------------------

def test_dragging_right_shows_earlier_times() -> None:
    v = Viewport(start=D2025, span=100, width=1000)
    p = v.panned(100)
    assert p.start == pytest.approx(D2025 - 10)
    assert p.span == v.span and p.width == v.width
    assert v.panned(-100).start == pytest.approx(D2025 + 10)
    # What was under x = 200 is now under x = 300.
    assert p.x_of(v.t_of(200)) == pytest.approx(300)


def test_viewports_are_immutable() -> None:
    v = Viewport(start=D2025, span=100, width=1000)
    v.panned(50)
    v.zoomed(2, 0)
    assert v == Viewport(start=D2025, span=100, width=1000)
    with pytest.raises(AttributeError):
        v.start = 0  # type: ignore[misc]


@given(st.floats(-100_000, 100_000), st.floats(0, 60_000), st.floats(100, 4000))
def test_fit_shows_the_whole_range_with_margin(lo: float, length: float, width: float) -> None:
    v = Viewport.fit(lo, lo + length, width)
    assert v.width == width
    assert Viewport.MIN_SPAN <= v.span <= Viewport.MAX_SPAN
    assert v.start <= lo and v.end >= lo + length
    if length * 1.1 >= Viewport.MIN_SPAN:
        # 5 % of the data range on each side, not more.
        assert lo - v.start == pytest.approx(0.05 * length, rel=1e-6, abs=1e-6)
        assert v.end - (lo + length) == pytest.approx(0.05 * length, rel=1e-6, abs=1e-6)


def test_fit_of_a_single_day_shows_about_a_month_around_it() -> None:
    v = Viewport.fit(D2025, D2025, 800)
    assert 14 <= v.span <= 90
    assert v.x_of(D2025) == pytest.approx(400)


def test_fit_accepts_the_range_in_either_order() -> None:
    assert Viewport.fit(D2025 + 300, D2025, 800) == Viewport.fit(D2025, D2025 + 300, 800)


@settings(max_examples=300)
@given(viewports, st.floats(-100_000, 100_000), st.floats(0, 50_000))
def test_clamped_never_loses_the_data(v: Viewport, lo: float, length: float) -> None:
    hi = lo + length
    c = v.clamped(lo, hi)
    assert c.span == v.span and c.width == v.width
    # Some data stays on screen ...
    assert c.start <= hi and c.end >= lo
    # ... the view leaves the data by at most half a span on either side ...
    assert c.start >= lo - c.span / 2 - 1e-6
    assert c.end <= hi + c.span / 2 + 1e-6
    # ... and a view that obeyed that already is not moved.
    assert c.clamped(lo, hi) == c


def test_clamped_after_panning_far_away() -> None:
    v = Viewport.fit(D2025, D2025 + 365, 1000)
    far_right = v.panned(-1e7).clamped(D2025, D2025 + 365)
    assert far_right.start + far_right.span / 2 == pytest.approx(D2025 + 365)
    far_left = v.panned(1e7).clamped(D2025, D2025 + 365)
    assert far_left.start + far_left.span / 2 == pytest.approx(D2025)
    assert v.clamped(D2025, D2025 + 365) is v


def test_with_width_keeps_the_time_range() -> None:
    v = Viewport(start=D2025, span=100, width=1000)
    w = v.with_width(500)
    assert (w.start, w.span, w.width) == (v.start, v.span, 500)
    assert w.x_of(D2025 + 100) == pytest.approx(500)


def test_the_window_opens_on_the_dense_part_unless_the_data_is_spread_evenly() -> None:
    import numpy as np

    from desktop.timeline.viewport import opening_range

    early = to_days(date(2019, 6, 1))
    recent = np.sort(np.array([early] + [to_days(date(2025, m, 1)) for m in range(1, 13)] * 2, dtype=float))
    start, end = opening_range(recent, recent + 1)
    assert start >= to_days(date(2025, 1, 1)) and end == recent.max() + 1
    even = np.array([to_days(date(y, 1, 1)) for y in range(2015, 2026)], dtype=float)
    assert opening_range(even, even + 1) == (even[0], even[-1] + 1)
    # a deal known only as "the 2030s" does not push the opening view into the next decade
    months = np.sort(np.array([to_days(date(2025, m, 1)) for m in range(1, 13)] * 2, dtype=float))
    ends = months + 30
    ends[-1] = to_days(date(2040, 1, 1))
    start, end = opening_range(months, ends)
    assert start == months[0] and end <= to_days(date(2026, 1, 1))
