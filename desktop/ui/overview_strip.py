"""The overview strip under the timeline: the whole span of the data as a density histogram, with
the range the timeline shows as a window one can drag (pan), resize by its edges (zoom) or
click beside (jump). Double-click fits everything.

The histogram is one `np.bincount` over the deals' mid dates, cached until the data or the
strip's width changes: cheap at a million deals. The strip's time axis lines up with the
timeline's plot area (same left header width), so the window sits under what it stands for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.timeline.marks import DealArrays
from desktop.timeline.ticks import Tick, ticks
from desktop.timeline.viewport import Viewport, from_days, to_days, wheel_factor
from desktop.ui.timeline_view import HEADER_W, TimelineView

STRIP_H = 48
LABEL_H = 14  # the row of period labels under the histogram
EDGE_PX = 6  # how close to the window's edge a press grabs the edge instead of the window
MIN_WINDOW_PX = 4  # the window is never drawn thinner than this, however far one zooms in
BAR_COLOR = QColor("#7A8796")
WINDOW_FILL = QColor(0, 114, 178, 28)  # Okabe–Ito blue, translucent
WINDOW_EDGE = QColor("#0072B2")
SHADE = QColor(255, 255, 255, 150)  # washes out what is outside the window


class OverviewStrip(QWidget):
    """A minimap of `view`'s data; moves the view through its `set_visible_range`."""

    def __init__(self, view: TimelineView, parent: QWidget | None = None):
        super().__init__(parent)
        self._view = view
        self.setFixedHeight(STRIP_H)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setToolTip("Overview of all deals: drag the window to pan, drag its edges to zoom, "
                        "click to jump there, double-click to fit all")
        self._hist_key: tuple[int, int, float, float] | None = None
        self._counts = np.zeros(0, np.int64)
        self._drag: tuple[str, float, float, float] | None = None  # (mode, press x, start, end)
        self._extent: tuple[float, float] = (0.0, 1.0)
        self._data_range: tuple[float, float] = (0.0, 1.0)
        self._extent_of: DealArrays | None = None  # the data the cached extent belongs to
        view.viewportChanged.connect(self.update)

    # --- geometry ----------------------------------------------------------------------------
    def plot_width(self) -> float:
        return max(1.0, self.width() - HEADER_W)

    def extent(self) -> tuple[float, float]:
        """The days the strip spans: the data range with the margin 'fit all' uses. Cached per
        data set: the data range scans every deal, and a paint asks for the extent often."""
        deals = self._view.deals
        if self._extent_of is not deals:
            start, end = self._view.data_range()
            fit = Viewport.fit(start, end, 1.0)
            self._extent, self._data_range, self._extent_of = (fit.start, fit.end), (start, end), deals
        return self._extent

    def x_of(self, t: float) -> float:
        lo, hi = self.extent()
        return HEADER_W + (t - lo) / (hi - lo) * self.plot_width()

    def t_of(self, x: float) -> float:
        lo, hi = self.extent()
        return lo + (x - HEADER_W) / self.plot_width() * (hi - lo)

    def window_rect_x(self) -> tuple[float, float]:
        """Pixel x of the visible range's edges (may lie outside the strip when zoomed out)."""
        start, end = self._view.visible_range()
        x0, x1 = self.x_of(start), self.x_of(end)
        if x1 - x0 < MIN_WINDOW_PX:
            mid = (x0 + x1) / 2
            x0, x1 = mid - MIN_WINDOW_PX / 2, mid + MIN_WINDOW_PX / 2
        return x0, x1

    # --- histogram ---------------------------------------------------------------------------
    def histogram(self) -> np.ndarray:
        """Deals per bin of about 3 px across the extent (recomputed only when data or width change)."""
        deals: DealArrays = self._view.deals
        lo, hi = self.extent()
        key = (id(deals), int(self.plot_width()), lo, hi)
        if key != self._hist_key:
            self._counts = density(deals, lo, hi, max(1, int(self.plot_width() // 3)))
            self._hist_key = key
        return self._counts

    # --- navigation --------------------------------------------------------------------------
    def request_range(self, start: float, end: float) -> None:
        """Show `start`..`end` in the view, kept near the data exactly as the view's own gestures are."""
        span = min(max(end - start, Viewport.MIN_SPAN), Viewport.MAX_SPAN)
        centre = (start + end) / 2
        lo, hi = self._view.data_range()
        wanted = Viewport(centre - span / 2, span, self._view.plot_width()).clamped(lo, hi)
        self._view.set_visible_range(wanted.start, wanted.end)

    def _grab_mode(self, x: float) -> str:
        x0, x1 = self.window_rect_x()
        if abs(x - x0) <= EDGE_PX and x1 - x0 > 2 * EDGE_PX:
            return "left"
        if abs(x - x1) <= EDGE_PX and x1 - x0 > 2 * EDGE_PX:
            return "right"
        return "move" if x0 <= x <= x1 else "jump"

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.button() != Qt.MouseButton.LeftButton or event.position().x() < HEADER_W:
            return
        x = event.position().x()
        mode = self._grab_mode(x)
        start, end = self._view.visible_range()
        if mode == "jump":  # centre the window where clicked, then keep dragging it from there
            half = (end - start) / 2
            self.request_range(self.t_of(x) - half, self.t_of(x) + half)
            start, end = self._view.visible_range()
            mode = "move"
        self._drag = (mode, x, start, end)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        x = event.position().x()
        if self._drag is None:
            self._set_cursor(self._grab_mode(x) if x >= HEADER_W else "")
            return
        mode, x_from, start, end = self._drag
        lo, hi = self.extent()
        dt = (x - x_from) / self.plot_width() * (hi - lo)
        if mode == "move":
            self.request_range(start + dt, end + dt)
        elif mode == "left":
            self._view.set_visible_range(min(start + dt, end - Viewport.MIN_SPAN), end)
        else:
            self._view.set_visible_range(start, max(end + dt, start + Viewport.MIN_SPAN))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._view.fit_all()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """Zoom the window around its centre (the strip itself never zooms)."""
        start, end = self._view.visible_range()
        span = (end - start) / wheel_factor(event.angleDelta().y() / 8)
        centre = (start + end) / 2
        self.request_range(centre - span / 2, centre + span / 2)

    def _set_cursor(self, mode: str) -> None:
        shapes = {"left": Qt.CursorShape.SizeHorCursor, "right": Qt.CursorShape.SizeHorCursor,
                  "move": Qt.CursorShape.OpenHandCursor, "jump": Qt.CursorShape.PointingHandCursor}
        self.setCursor(shapes.get(mode, Qt.CursorShape.ArrowCursor))

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        try:
            self._paint(p)
        finally:
            p.end()

    def _paint(self, p: QPainter) -> None:
        w, h = self.width(), self.height()
        p.fillRect(QRectF(0, 0, w, h), QColor("#F7F8FA"))
        p.fillRect(QRectF(0, 0, HEADER_W, h), QColor("#ECEFF3"))
        p.setPen(QColor("#C8CDD3"))
        p.drawLine(QPointF(0, 0.5), QPointF(w, 0.5))
        font = QFont(p.font())
        font.setPointSizeF(8)
        p.setFont(font)
        self._paint_span_text(p)
        self._paint_histogram(p, h - LABEL_H)
        self._paint_labels(p, h)
        self._paint_today(p, h - LABEL_H)
        self._paint_window(p, h)

    def _paint_span_text(self, p: QPainter) -> None:
        """The data span and count, in the header column (the whole data, not just the window)."""
        deals = self._view.deals
        p.setPen(QColor("#20252B"))
        p.drawText(QPointF(6, 16), "Overview")
        p.setPen(QColor("#6B7480"))
        if not len(deals):
            p.drawText(QPointF(6, 31), "no dated deals")
            return
        self.extent()  # brings the cached data range up to date
        first, last = from_days(self._data_range[0]), from_days(self._data_range[1] - 1)
        fmt = self._view.tick_formatter
        p.drawText(QPointF(6, 31), f"{_year_month(first, fmt)} – {_year_month(last, fmt)}")
        p.drawText(QPointF(6, 44), f"{len(deals):,} dated deals")

    def _paint_histogram(self, p: QPainter, plot_h: float) -> None:
        counts = self.histogram()
        if not len(counts) or counts.max() == 0:
            return
        # square root: a few busy months must not flatten the quiet years to nothing
        heights = np.sqrt(counts / counts.max()) * (plot_h - 6)
        bin_w = self.plot_width() / len(counts)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BAR_COLOR)
        nonzero = np.flatnonzero(counts)
        p.drawRects([QRectF(HEADER_W + i * bin_w, plot_h - max(1.0, hgt), max(1.0, bin_w - 0.5), max(1.0, hgt))
                     for i, hgt in zip(nonzero.tolist(), heights[nonzero].tolist())])

    def _paint_labels(self, p: QPainter, h: float) -> None:
        """Period labels (years, or quarters/months for a short data span) under the bars."""
        lo, hi = self.extent()
        axis = Viewport(lo, hi - lo, self.plot_width())
        p.setPen(QColor("#6B7480"))
        for tick in ticks(axis, min_label_px=60):
            if tick.major:
                continue
            x = self.x_of(tick.t)
            if HEADER_W <= x <= self.width() - 20:
                p.drawLine(QPointF(x, h - LABEL_H), QPointF(x, h - LABEL_H + 3))
                p.drawText(QPointF(x + 2, h - 3), self._view.tick_formatter(tick))

    def _paint_today(self, p: QPainter, plot_h: float) -> None:
        x = self.x_of(to_days(date.today()))
        if HEADER_W <= x <= self.width():
            p.setPen(QPen(QColor("#C0392B"), 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, 2), QPointF(x, plot_h))

    def _paint_window(self, p: QPainter, h: float) -> None:
        x0, x1 = self.window_rect_x()
        left, right = float(HEADER_W), float(self.width())
        a, b = min(max(x0, left), right), max(min(x1, right), left)
        p.setPen(Qt.PenStyle.NoPen)
        p.fillRect(QRectF(left, 1, a - left, h - 1), SHADE)
        p.fillRect(QRectF(b, 1, right - b, h - 1), SHADE)
        p.fillRect(QRectF(a, 1, b - a, h - 1), WINDOW_FILL)
        p.setPen(QPen(WINDOW_EDGE, 2))
        for edge, x in ((x0, a), (x1, b)):
            if left <= edge <= right:  # an edge beyond the strip is not drawn: the view is wider
                p.drawLine(QPointF(x, 1), QPointF(x, h))


def density(deals: DealArrays, lo: float, hi: float, bins: int) -> np.ndarray:
    """Deals per bin over `lo`..`hi`, each deal counted at the middle of its date span."""
    if not len(deals) or hi <= lo:
        return np.zeros(bins, np.int64)
    mid = (deals.t0 + deals.t1) * 0.5
    index = ((mid - lo) * (bins / (hi - lo))).astype(np.int64)
    np.clip(index, 0, bins - 1, out=index)
    return np.bincount(index, minlength=bins)


def _year_month(when: date, fmt: Callable[[Tick], str]) -> str:
    """'Feb 2025' in the axis' language (through the same formatter as the axis labels)."""
    return fmt(Tick(to_days(when.replace(day=1)), "month", True, when.replace(day=1)))
