"""Adaptive calendar ticks: the right level at each zoom, calendar-true positions, bounded counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.timeline.ticks import LEVELS, Tick, Unit, choose_levels, choose_units, context_tick, label, ticks
from desktop.timeline.viewport import Viewport, from_days, to_days

WIDTH = 1920
YEAR = 365.25


def centred(span: float, width: float = WIDTH, around: date = date(2025, 6, 15)) -> Viewport:
    return Viewport(start=to_days(around) - span / 2, span=span, width=width)


def between(first: date, last: date, width: float = WIDTH) -> Viewport:
    return Viewport(start=to_days(first), span=to_days(last) - to_days(first), width=width)


def assert_calendar_true(tick: Tick) -> None:
    """The tick sits at midnight of the first day of its unit."""
    w = tick.when
    assert tick.t == to_days(w) and from_days(tick.t) == w
    assert tick.level in LEVELS
    if tick.level == "day":
        return
    if tick.level == "week":
        assert w.isoweekday() == 1, w
        return
    assert w.day == 1, w
    if tick.level == "month":
        return
    if tick.level == "quarter":
        assert w.month in (1, 4, 7, 10), w
        return
    assert w.month == 1, w
    if tick.level == "decade":
        assert w.year % 10 == 0, w


def minors(ts: list[Tick]) -> list[Tick]:
    return [t for t in ts if not t.major]


def majors(ts: list[Tick]) -> list[Tick]:
    return [t for t in ts if t.major]


# --- level choice ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("span", "expected"),
    [
        (150 * YEAR, ("decade", "decade")),  # decades, centuries above them
        (12 * YEAR, ("decade", "year")),
        (3 * YEAR, ("year", "quarter")),
        (8 * 30.5, ("year", "month")),
        (6 * 7, ("month", "week")),
        (10, ("month", "day")),
    ],
)
def test_levels_at_each_scale(span: float, expected: tuple[str, str]) -> None:
    v = centred(span)
    assert choose_levels(v) == expected
    ts = ticks(v)
    assert {t.level for t in minors(ts)} == {expected[1]}
    assert {t.level for t in majors(ts)} == {expected[0]}
    for t in ts:
        assert_calendar_true(t)


def test_the_minor_level_gets_finer_as_we_zoom_in() -> None:
    order = {"decade": 5, "year": 4, "quarter": 3, "month": 2, "week": 1, "day": 0}
    v = centred(Viewport.MAX_SPAN)
    previous = order[choose_levels(v)[1]]
    while v.span > Viewport.MIN_SPAN:
        v = v.zoomed(1.3, v.width / 2)
        level = order[choose_levels(v)[1]]
        assert level <= previous
        previous = level
    assert choose_levels(v)[1] == "day"


def test_centuries_when_decades_would_be_too_dense() -> None:
    v = centred(Viewport.MAX_SPAN, width=600)
    major, minor = choose_units(v)
    assert minor == Unit("decade", 100) and major == Unit("decade", 1000)
    ts = ticks(v)
    assert all(t.when.year % 100 == 0 for t in minors(ts))
    assert all(t.when.year % 1000 == 0 for t in majors(ts))
    assert len(minors(ts)) <= 600 / 70 + 3


def test_two_hundred_years_at_full_width_use_decades() -> None:
    v = centred(Viewport.MAX_SPAN)
    assert choose_units(v)[1] == Unit("decade", 10)
    assert len(ticks(v)) < 50


def test_min_label_px_must_be_positive() -> None:
    with pytest.raises(ValueError):
        ticks(centred(30), min_label_px=0)


# --- calendar truth --------------------------------------------------------------------------------

def test_day_ticks_include_the_leap_day() -> None:
    v = between(date(2024, 2, 20), date(2024, 3, 10))
    assert choose_levels(v)[1] == "day"
    days = [t.when for t in minors(ticks(v))]
    assert date(2024, 2, 29) in days
    assert days == [date(2024, 2, 20) + timedelta(n) for n in range(len(days))]
    assert days[0] == date(2024, 2, 20) and days[-1] == date(2024, 3, 10)
    # Months: the one containing the start, March, and the first one past the end.
    assert [t.when for t in majors(ticks(v))] == [date(2024, 2, 1), date(2024, 3, 1), date(2024, 4, 1)]


def test_no_leap_day_in_a_common_year() -> None:
    v = between(date(2023, 2, 20), date(2023, 3, 10))
    days = [t.when for t in minors(ticks(v))]
    i = days.index(date(2023, 2, 28))
    assert days[i + 1] == date(2023, 3, 1)  # no 29th in 2023
    assert len(days) == 19


def test_month_ticks_cross_the_year_boundary() -> None:
    v = between(date(2024, 9, 10), date(2025, 4, 20))
    ts = ticks(v)
    assert choose_levels(v) == ("year", "month")
    months = [t.when for t in minors(ts)]
    assert months[0] == date(2024, 9, 1) and months[-1] == date(2025, 5, 1)
    assert months == sorted(months) and len(months) == 9
    assert [t.when for t in majors(ts)] == [date(2024, 1, 1), date(2025, 1, 1), date(2026, 1, 1)]


def test_week_ticks_are_iso_mondays_across_new_year() -> None:
    v = between(date(2025, 12, 10), date(2026, 1, 21))
    ts = minors(ticks(v))
    assert {t.level for t in ts} == {"week"}
    mondays = [t.when for t in ts]
    assert mondays[0] == date(2025, 12, 8) and mondays[-1] == date(2026, 1, 26)
    assert all(b - a == timedelta(7) for a, b in zip(mondays, mondays[1:]))
    assert date(2025, 12, 29) in mondays  # ISO week 1 of 2026 starts in 2025
    tick = next(t for t in ts if t.when == date(2025, 12, 29))
    assert label(tick) == "W01"


def test_one_tick_beyond_each_side_of_the_view() -> None:
    v = between(date(2025, 3, 15), date(2025, 10, 15))
    ms = minors(ticks(v))
    assert ms[0].t <= v.start < ms[1].t
    assert ms[-2].t < v.end <= ms[-1].t


def test_the_year_of_the_left_edge_is_the_context_label() -> None:
    # a view inside 2025 has no year tick on screen: 2025 is pinned at the left
    v = between(date(2025, 3, 15), date(2025, 10, 15))
    tick = context_tick(ticks(v), v.start)
    assert tick is not None and (tick.level, tick.when) == ("year", date(2025, 1, 1))
    # months over days: the month of the left edge
    days = between(date(2025, 3, 20), date(2025, 4, 10))
    assert context_tick(ticks(days), days.start).when == date(2025, 3, 1)
    # a major tick exactly on the edge labels itself: nothing is pinned
    edge = between(date(2025, 1, 1), date(2025, 6, 1))
    assert context_tick(ticks(edge), edge.start) is None
    assert any(t.major and t.t == edge.start for t in ticks(edge))


def test_major_tick_on_a_minor_position_comes_first() -> None:
    v = between(date(2024, 9, 10), date(2025, 4, 20))
    ts = ticks(v)
    at_new_year = [t for t in ts if t.when == date(2025, 1, 1)]
    assert [(t.level, t.major) for t in at_new_year] == [("year", True), ("month", False)]
    assert [t.t for t in ts] == sorted(t.t for t in ts)


def test_ticks_near_the_ends_of_the_calendar() -> None:
    early = Viewport(start=to_days(date(1, 1, 1)) - 5000, span=Viewport.MAX_SPAN, width=WIDTH)
    late = Viewport(start=to_days(date(9999, 12, 31)) - 20000, span=Viewport.MAX_SPAN, width=WIDTH)
    for v in (early, late):
        ts = ticks(v)
        assert ts and all(1 <= t.when.year <= 9999 for t in ts)
        for t in ts:
            assert_calendar_true(t)
    assert ticks(Viewport(start=-1e7, span=30, width=WIDTH)) == []


# --- properties over random viewports -------------------------------------------------------------

viewports = st.builds(
    Viewport,
    start=st.floats(to_days(date(1000, 1, 1)), to_days(date(3000, 1, 1))),
    span=st.floats(Viewport.MIN_SPAN, Viewport.MAX_SPAN),
    width=st.floats(80, 4000),
)


@settings(max_examples=400)
@given(viewports, st.sampled_from([40, 70, 120]))
def test_ticks_are_calendar_true_spaced_and_bounded(v: Viewport, min_px: float) -> None:
    ts = ticks(v, min_label_px=min_px)
    assert [t.t for t in ts] == sorted(t.t for t in ts)
    for t in ts:
        assert_calendar_true(t)
    ms, Ms = minors(ts), majors(ts)
    assert ms
    # Only a major step of 10000 years or more (tiny widths) has no tick within years 1..9999.
    assert Ms or choose_units(v, min_px)[0].step >= 10_000
    # Every minor tick has room for its label.
    xs = [v.x_of(t.t) for t in ms]
    assert all(b - a >= min_px - 1e-6 for a, b in zip(xs, xs[1:]))
    # Bounded: the visible minor ticks fit the width, plus one each side; majors are sparser.
    bound = v.width / min_px + 3
    assert len(ms) <= bound and len(Ms) <= bound
    # The visible range is covered.
    assert ms[0].t <= v.start and ms[-1].t >= v.end
    if Ms:
        assert Ms[0].t <= v.start and Ms[-1].t >= v.end


@given(viewports)
def test_minor_level_is_the_finest_that_fits(v: Viewport) -> None:
    major, minor = choose_units(v)
    assert minor.min_days * v.px_per_day >= 70
    finer = {"week": Unit("day"), "month": Unit("week"), "quarter": Unit("month"),
             "year": Unit("quarter")}.get(minor.level)
    if minor == Unit("decade", 10):
        finer = Unit("year")
    elif minor.level == "decade":
        finer = Unit("decade", minor.step // 10)
    if finer is not None:
        assert finer.min_days * v.px_per_day < 70
    assert major == minor.coarser()


# --- labels -----------------------------------------------------------------------------------------

def tick(level: str, when: date, major: bool = False) -> Tick:
    return Tick(to_days(when), level, major, when)


@pytest.mark.parametrize(
    ("t", "text"),
    [
        (tick("decade", date(2020, 1, 1)), "2020s"),
        (tick("year", date(2025, 1, 1)), "2025"),
        (tick("year", date(2025, 1, 1), major=True), "2025"),
        (tick("quarter", date(2025, 7, 1)), "Q3"),
        (tick("quarter", date(2025, 7, 1), major=True), "Q3 2025"),
        (tick("month", date(2025, 6, 1)), "Jun"),
        (tick("month", date(2025, 6, 1), major=True), "Jun 2025"),
        (tick("week", date(2025, 6, 2)), "W23"),
        (tick("day", date(2025, 6, 15)), "15 Jun"),
    ],
)
def test_labels(t: Tick, text: str) -> None:
    assert label(t) == text


def test_labels_with_locale_month_names() -> None:
    names = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
    assert label(tick("month", date(2025, 3, 1)), names) == "März"
    assert label(tick("day", date(2025, 5, 1)), names) == "1 Mai"
