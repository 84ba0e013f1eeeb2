"""Adaptive, calendar-true ticks for the time axis, from centuries down to days.

Two rows of ticks: *minor* ticks are the finest calendar unit whose ticks are at least
`min_label_px` apart (so every one can carry a label), *major* ticks are the next coarser unit and
get a label row of their own (e.g. "Jun" minor ticks under "2025" major ticks).

Ticks come from calendar arithmetic, not fixed day steps: months start on the 1st, quarters on
Jan/Apr/Jul/Oct 1, weeks on ISO Mondays, years on Jan 1, decades on years divisible by 10. When
even decades would be closer than `min_label_px`, the "decade" level is used with a larger step of
years (100, 1000, ...): a century tick is a `Tick(level="decade")` on a year divisible by 100.
The step is exposed as `Unit.step`; the level names stay the six below so the painter only has to
know those.

The number of ticks is bounded by about `width / min_label_px` minor plus as many major ones (the
spacing guarantee holds for the shortest instance of each unit, e.g. a 28-day February), so a
call costs tens of microseconds at any zoom.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.timeline.viewport import EPOCH, MAX_DAYS, MIN_DAYS, Viewport

LEVELS = ("day", "week", "month", "quarter", "year", "decade")

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_EPOCH_ORDINAL = EPOCH.toordinal()
# Months per tick of the month-based levels; a decade's step in years is multiplied in.
_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 12}
# Beyond this the axis spans more than the whole representable calendar: stop growing the step.
_MAX_DECADE_STEP = 10**7


@dataclass(frozen=True)
class Tick:
    t: float  # days since epoch at the tick
    level: str  # "decade" | "year" | "quarter" | "month" | "week" | "day"
    major: bool  # major ticks get a label line of their own (e.g. years when minor are months)
    when: date  # the calendar date of the tick (first day of the unit)


@dataclass(frozen=True)
class Unit:
    """A tick unit: a level and, for "decade", the years per tick (10, 100, 1000, ...)."""

    level: str
    step: int = 1

    @property
    def min_days(self) -> float:
        """The shortest instance of this unit in days: the spacing guarantee must hold for it."""
        if self.level == "decade":
            s = self.step
            # Fewest leap years in s consecutive years starting at a multiple of s (Gregorian).
            return s * 365 + s // 4 - s // 100 + s // 400
        return {"day": 1, "week": 7, "month": 28, "quarter": 90, "year": 365}[self.level]

    def coarser(self) -> Unit:
        """The unit of the major row above this one."""
        if self.level in ("day", "week"):
            return Unit("month")
        if self.level in ("month", "quarter"):
            return Unit("year")
        if self.level == "year":
            return Unit("decade", 10)
        return Unit("decade", self.step * 10)


def choose_units(viewport: Viewport, min_label_px: float = 70) -> tuple[Unit, Unit]:
    """(major, minor) units: minor is the finest unit whose ticks are >= `min_label_px` apart."""
    if not min_label_px > 0:
        raise ValueError(f"min_label_px must be positive, got {min_label_px!r}")
    px_per_day = viewport.px_per_day
    for level in ("day", "week", "month", "quarter", "year"):
        unit = Unit(level)
        if unit.min_days * px_per_day >= min_label_px:
            return unit.coarser(), unit
    unit = Unit("decade", 10)
    while unit.min_days * px_per_day < min_label_px and unit.step < _MAX_DECADE_STEP:
        unit = Unit("decade", unit.step * 10)
    return unit.coarser(), unit


def choose_levels(viewport: Viewport, min_label_px: float = 70) -> tuple[str, str]:
    """(major level, minor level) so that minor ticks are at least `min_label_px` apart."""
    major, minor = choose_units(viewport, min_label_px)
    return major.level, minor.level


def ticks(viewport: Viewport, min_label_px: float = 70) -> list[Tick]:
    """Every minor and major tick within the visible range plus one each side, sorted by t.

    Where a major tick falls on a minor one (Jan 1 when minor ticks are months) both are returned,
    the major one first, so each label row can be painted from its own ticks alone.
    """
    major, minor = choose_units(viewport, min_label_px)
    t0, t1 = viewport.start, viewport.end
    out = [Tick(t, minor.level, False, when) for t, when in unit_ticks(minor, t0, t1)]
    out += [Tick(t, major.level, True, when) for t, when in unit_ticks(major, t0, t1)]
    out.sort(key=lambda tick: (tick.t, not tick.major))
    return out


def context_tick(ticks_: Sequence[Tick], left_t: float) -> Tick | None:
    """The major tick whose period contains the left edge of the view, when its own tick lies
    before the edge: its label stays pinned at the left, so the year of the minor labels
    ("Q3", "Jun") is always on screen. None when a major tick sits exactly on the edge."""
    before = [tick for tick in ticks_ if tick.major and tick.t < left_t]
    return before[-1] if before else None


def unit_ticks(unit: Unit, t0: float, t1: float) -> list[tuple[float, date]]:
    """(t, date) of the ticks of `unit` from the last one <= t0 to the first one >= t1.

    Only dates of the years 1..9999 exist; a range entirely outside them has no ticks.
    """
    if t1 < t0:
        t0, t1 = t1, t0
    if t1 < MIN_DAYS or t0 > MAX_DAYS:
        return []
    lo = math.floor(max(t0, MIN_DAYS))
    hi = min(t1, MAX_DAYS)
    if unit.level == "day":
        return [(float(d), _date_of(d)) for d in range(lo, math.ceil(hi) + 1) if d <= MAX_DAYS]
    if unit.level == "week":
        return _week_ticks(lo, hi)
    return _month_ticks(_MONTHS[unit.level] * unit.step, lo, hi)


def _week_ticks(lo: int, hi: float) -> list[tuple[float, date]]:
    # 1970-01-01 was a Thursday: weekday (Monday = 0) of day d is (d + 3) % 7.
    d = lo - (lo + 3) % 7
    if d < MIN_DAYS:  # 0001-01-01 was a Monday, so this only skips to it
        d += 7
    out = []
    while d <= MAX_DAYS:
        out.append((float(d), _date_of(d)))
        if d >= hi:
            break
        d += 7
    return out


def _month_ticks(step_months: int, lo: int, hi: float) -> list[tuple[float, date]]:
    """Ticks on the 1st of every `step_months`-th month counted from year 0, January."""
    first = _date_of(lo)
    k = (first.year * 12 + first.month - 1) // step_months * step_months
    if k < 12:  # year 0 does not exist: start at the first tick in year 1 or later
        k = -(-12 // step_months) * step_months
    out = []
    while k // 12 <= 9999:
        when = date(k // 12, k % 12 + 1, 1)
        t = float(when.toordinal() - _EPOCH_ORDINAL)
        out.append((t, when))
        if t >= hi:
            break
        k += step_months
    return out


def _date_of(d: int) -> date:
    return date.fromordinal(_EPOCH_ORDINAL + d)


def label(tick: Tick, locale_month_names: Sequence[str] | None = None) -> str:
    """A plain English/ISO label; the Qt layer formats with the user's locale itself.

    Major month and quarter ticks carry their year ("Jun 2025", "Q3 2025"), minor ones do not
    because the major row above shows it. `locale_month_names` replaces the 12 month names.
    """
    names = locale_month_names or MONTH_ABBR
    when = tick.when
    if tick.level == "decade":  # "2020s": above year ticks a bare "2020" reads as a year
        return f"{when.year}s"
    if tick.level == "year":
        return str(when.year)
    if tick.level == "quarter":
        q = f"Q{(when.month - 1) // 3 + 1}"
        return f"{q} {when.year}" if tick.major else q
    if tick.level == "month":
        name = names[when.month - 1]
        return f"{name} {when.year}" if tick.major else name
    if tick.level == "week":
        return f"W{when.isocalendar()[1]:02d}"
    return f"{when.day} {names[when.month - 1]}"
