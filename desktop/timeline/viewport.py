"""The visible window of the time axis: which days map to which pixels, and how zoom and pan move it.

Time is a float number of **days since 1970-01-01** everywhere in the timeline (fractions are parts
of a day), so dates, numpy arrays of deal times and pixel positions all convert with one multiply.
A `Viewport` is immutable: every gesture returns a new one, which keeps undo, animation and the
headless renderer simple (no shared mutable state between the widget and the painters).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from datetime import date, datetime, timezone
from typing import ClassVar, overload

import numpy as np

EPOCH = date(1970, 1, 1)
_EPOCH_ORDINAL = EPOCH.toordinal()
# The calendar range `datetime.date` can represent, in days since the epoch.
MIN_DAYS = float(date.min.toordinal() - _EPOCH_ORDINAL)
MAX_DAYS = float(date.max.toordinal() - _EPOCH_ORDINAL)

# One wheel notch (Qt's angleDelta reports 120 eighths of a degree = 15 degrees) zooms by this.
WHEEL_NOTCH_FACTOR = 1.2
WHEEL_NOTCH_DEGREES = 15.0

# What `Viewport.fit` shows for a range without length (a single deal): about a month.
SINGLE_POINT_SPAN = 30.0


def to_days(d: date) -> float:
    """Days since 1970-01-01 of a date (or a datetime, including its time of day).

    Aware datetimes are converted to UTC first; naive ones are taken as they are.
    """
    if isinstance(d, datetime):
        if d.tzinfo is not None:
            d = d.astimezone(timezone.utc).replace(tzinfo=None)
        seconds = d.hour * 3600 + d.minute * 60 + d.second + d.microsecond / 1e6
        return float(d.toordinal() - _EPOCH_ORDINAL) + seconds / 86400.0
    return float(d.toordinal() - _EPOCH_ORDINAL)


def from_days(t: float) -> date:
    """The calendar date containing time `t` (the fraction of the day is dropped by flooring,
    so -0.5 is 1969-12-31). Raises ValueError outside the years 1..9999."""
    if not math.isfinite(t) or not MIN_DAYS <= math.floor(t) <= MAX_DAYS:
        raise ValueError(f"{t!r} days since 1970-01-01 is outside the years 1..9999")
    return date.fromordinal(_EPOCH_ORDINAL + math.floor(t))


def wheel_factor(angle_delta_degrees: float) -> float:
    """Zoom factor for a wheel turn of `angle_delta_degrees` (Qt: `event.angleDelta().y() / 8`).

    One notch (15 degrees, 120 Qt units) zooms by x1.2. Exponential in the angle so that touchpads
    sending many small deltas zoom exactly as much as a mouse sending one notch of the same total;
    positive angles (wheel turned away from the user) zoom in.
    """
    return WHEEL_NOTCH_FACTOR ** (angle_delta_degrees / WHEEL_NOTCH_DEGREES)


@dataclass(frozen=True)
class Viewport:
    """Days `start` .. `start + span` shown across `width` pixels of plot area."""

    start: float  # days at the left edge of the plot area
    span: float  # days across the plot area (> 0)
    width: float  # plot area width in pixels (> 0)

    # Zooming in further than about a week makes no sense for deals dated to the day.
    MIN_SPAN: ClassVar[float] = 7.0
    MAX_SPAN: ClassVar[float] = 365.25 * 200

    def __post_init__(self) -> None:
        if not math.isfinite(self.start):
            raise ValueError(f"start must be finite, got {self.start!r}")
        if not (math.isfinite(self.span) and self.span > 0):
            raise ValueError(f"span must be a positive number of days, got {self.span!r}")
        if not (math.isfinite(self.width) and self.width > 0):
            raise ValueError(f"width must be a positive number of pixels, got {self.width!r}")

    # --- geometry --------------------------------------------------------------------------

    @property
    def end(self) -> float:
        """Days at the right edge of the plot area."""
        return self.start + self.span

    @property
    def px_per_day(self) -> float:
        return self.width / self.span

    @property
    def days_per_px(self) -> float:
        return self.span / self.width

    @overload
    def x_of(self, t: float) -> float: ...
    @overload
    def x_of(self, t: np.ndarray) -> np.ndarray: ...

    def x_of(self, t: float | np.ndarray) -> float | np.ndarray:
        """Pixel x of time `t`; numpy arrays are converted element-wise in one vector operation."""
        x = (t - self.start) * (self.width / self.span)
        return x if isinstance(x, np.ndarray) else float(x)

    def t_of(self, x: float) -> float:
        """Time at pixel x."""
        return self.start + x * (self.span / self.width)

    # --- gestures --------------------------------------------------------------------------

    def zoomed(self, factor: float, anchor_x: float) -> Viewport:
        """Zoom by `factor` (> 1 zooms in) keeping the time under pixel `anchor_x` where it is.

        The new span is clamped to [MIN_SPAN, MAX_SPAN]; the anchor stays fixed even when the
        clamp limits the zoom, so hitting the limit never makes the view jump sideways.
        """
        if not (math.isfinite(factor) and factor > 0):
            raise ValueError(f"zoom factor must be a positive number, got {factor!r}")
        anchor_t = self.t_of(anchor_x)
        span = _clamp(self.span / factor, self.MIN_SPAN, self.MAX_SPAN)
        return replace(self, start=anchor_t - anchor_x * (span / self.width), span=span)

    def panned(self, dx_pixels: float) -> Viewport:
        """Follow a drag by `dx_pixels`: dragging the content to the right (dx > 0) shows earlier times."""
        return replace(self, start=self.start - dx_pixels * self.days_per_px)

    def clamped(self, data_start: float, data_end: float) -> Viewport:
        """Keep some of the data on screen: the view may not leave the data range by more than half
        a span on either side.

        Equivalently the centre of the view stays within [data_start, data_end], so at least half
        the screen (or the whole data range, if shorter) shows data. The span is not changed.
        """
        lo, hi = min(data_start, data_end), max(data_start, data_end)
        half = self.span / 2
        start = _clamp(self.start, lo - half, hi - half)
        return self if start == self.start else replace(self, start=start)

    @classmethod
    def fit(cls, data_start: float, data_end: float, width: float, margin: float = 0.05) -> Viewport:
        """The whole data range plus `margin` (fraction of its length) on each side.

        A range without length (one deal) gets SINGLE_POINT_SPAN days centred on it; the span is
        clamped to [MIN_SPAN, MAX_SPAN] (beyond 200 years the middle of the data is shown).
        """
        lo, hi = min(data_start, data_end), max(data_start, data_end)
        length = hi - lo
        span = length * (1 + 2 * margin) if length > 0 else SINGLE_POINT_SPAN
        span = _clamp(span, cls.MIN_SPAN, cls.MAX_SPAN)
        return cls(start=(lo + hi) / 2 - span / 2, span=span, width=width)

    def with_width(self, width: float) -> Viewport:
        """The same time range (start and span kept) on a plot area resized to `width` pixels.

        Keeping the range rather than the days per pixel means a resize never hides deals that
        were on screen; the content stretches instead.
        """
        return replace(self, width=width)


def opening_range(t0: np.ndarray, t1: np.ndarray, outliers: float = 0.1) -> tuple[float, float]:
    """The range a new window opens on: all deals, unless a few at either end would squeeze
    the rest into a corner (one 2019 deal among a hundred from 2025, or a deal known only
    as "the 2030s"). Then the earliest or latest `outliers` share is left to the overview
    strip and to Fit All. Sorted `t0` expected."""
    start, end = float(t0[0]), float(t1.max())
    dense_start = float(np.quantile(t0, outliers))
    if end - dense_start < 0.5 * (end - start):
        start = dense_start
    dense_end = float(np.quantile(t1, 1 - outliers))
    if dense_end - start < 0.5 * (end - start):
        end = dense_end
    return start, end


def _clamp(v: float, lo: float, hi: float) -> float:
    return lo if v < lo else hi if v > hi else v
