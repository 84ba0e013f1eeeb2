"""Announced money over time: one bar per period, stacked by kind, painted by hand.

Shows a `desktop.analysis.series.Series`: a money axis on the left, period labels below
(thinned so they never overlap), a legend of the kinds present, plain-text tooltips on hover.
A click on a segment emits `segmentClicked(bucket, kind)`; a click elsewhere in a bar's column
emits it with kind "" (the whole bar). Bars holding deals known only to their year are hatched.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.analysis.series import Bucket, Series
from desktop.extraction.titles import KIND_LABELS
from desktop.resources import load_json
from desktop.ui.deals_model import format_money
from desktop.ui.plain_text import tooltip

PAD = 10           # outer padding
TICK_GAP = 6       # between an axis label and the plot
BAR_GAP = 0.25     # share of a column left empty between bars
MIN_BAR_SPACE = 3  # px: below this columns are too thin to tell apart, but still drawn
MIN_SEGMENT = 3    # px: the least height of a segment with money


@dataclass
class Segment:
    bucket: int
    kind: str        # "" for a column's empty part (the whole bar)
    rect: QRectF


def kind_colors() -> dict[str, QColor]:
    return {k: QColor(v) for k, v in load_json("palette.json")["kinds"].items()}


def nice_step(top: float, ticks: int = 4) -> float:
    """A 1-2-2.5-5 × 10^n step giving about `ticks` gridlines up to `top`."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * magnitude:
            return m * magnitude
    return 10 * magnitude


class MoneyChart(QWidget):
    segmentClicked = Signal(int, str)  # bucket index, kind ("" = whole bar)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series: Series | None = None
        self.highlighted: set[tuple[int, str]] = set()
        self.colors = kind_colors()
        palette = load_json("palette.json")
        self._text = QColor(palette["text"])
        self._grid = QColor(palette["grid_major"])
        self._selection = QColor(palette["selection"])
        self._segments: list[Segment] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(720, 300)

    def set_series(self, series: Series | None) -> None:
        self.series = series
        self.highlighted = set()
        self.update()

    def set_highlight(self, segments: set[tuple[int, str]]) -> None:
        self.highlighted = set(segments)
        self.update()

    def segments(self) -> list[Segment]:
        """The hit areas of the last paint (for tests and hit testing)."""
        return list(self._segments)

    # --- geometry ----------------------------------------------------------------------------
    def _scale_top(self) -> tuple[float, float]:
        top = max((b.total for b in self.series.buckets), default=0.0) if self.series else 0.0
        step = nice_step(top)
        return step * max(1, math.ceil(top / step)), step

    def _legend_rows(self, width: float) -> list[list[tuple[str, float]]]:
        """The legend's entries (kind, x offset) wrapped into rows that fit `width`."""
        fm = QFontMetrics(self.font())
        rows: list[list[tuple[str, float]]] = [[]]
        x = 0.0
        for kind in self.series.kinds if self.series else []:
            w = fm.height() + 4 + fm.horizontalAdvance(KIND_LABELS.get(kind, kind)) + 14
            if x + w > width and rows[-1]:
                rows.append([])
                x = 0.0
            rows[-1].append((kind, x))
            x += w
        return rows

    def _plot_rect(self, legend_rows: int) -> QRectF:
        fm = QFontMetrics(self.font())
        top_value, _ = self._scale_top()
        axis_w = fm.horizontalAdvance(self._money(top_value)) + TICK_GAP
        top = PAD + legend_rows * (fm.height() + 4) + fm.height() // 2
        bottom = self.height() - PAD - fm.height() - TICK_GAP
        return QRectF(PAD + axis_w, top, max(10.0, self.width() - 2 * PAD - axis_w), max(10.0, bottom - top))

    def _layout(self, plot: QRectF) -> list[Segment]:
        series = self.series
        n = len(series.buckets)
        column = plot.width() / n
        width = max(1.0, column * (1 - BAR_GAP)) if column >= MIN_BAR_SPACE else column
        top_value, _ = self._scale_top()
        out: list[Segment] = []
        for i, bucket in enumerate(series.buckets):
            x = plot.left() + i * column + (column - width) / 2
            y = plot.bottom()
            for kind in series.kinds:
                amount = bucket.amount.get(kind, 0.0)
                if amount <= 0:
                    continue
                # at least MIN_SEGMENT px: 1 bn beside 1.4 tn must still be seen and clicked
                h = max(MIN_SEGMENT, amount / top_value * plot.height())
                out.append(Segment(i, kind, QRectF(x, y - h, width, h)))
                y -= h
            # the column above the bar: a click there selects the whole bar
            out.append(Segment(i, "", QRectF(plot.left() + i * column, plot.top(), column, y - plot.top())))
        return out

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.series or not self.series.buckets:
            self._segments = []
            painter.setPen(self._text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No dated deals in view.")
            painter.end()
            return
        legend = self._legend_rows(self.width() - 2 * PAD)
        plot = self._plot_rect(len(legend))
        self._segments = self._layout(plot)
        self._paint_legend(painter, legend)
        self._paint_axis(painter, plot)
        self._paint_bars(painter)
        self._paint_labels(painter, plot)
        painter.end()

    def _paint_legend(self, painter: QPainter, rows: list[list[tuple[str, float]]]) -> None:
        fm = QFontMetrics(self.font())
        box = fm.height() - 4
        for r, row in enumerate(rows):
            y = PAD + r * (fm.height() + 4)
            for kind, x in row:
                painter.fillRect(QRectF(PAD + x, y + 2, box, box), self.colors.get(kind, QColor("gray")))
                painter.setPen(self._text)
                painter.drawText(QPointF(PAD + x + box + 4, y + fm.ascent()), KIND_LABELS.get(kind, kind))

    def _paint_axis(self, painter: QPainter, plot: QRectF) -> None:
        fm = QFontMetrics(self.font())
        top_value, step = self._scale_top()
        value = 0.0
        while value <= top_value + step / 2:
            y = plot.bottom() - value / top_value * plot.height()
            painter.setPen(QPen(self._grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._text)
            label = self._money(value)
            painter.drawText(QPointF(plot.left() - TICK_GAP - fm.horizontalAdvance(label), y + fm.ascent() / 2 - 1),
                             label)
            value += step

    def _paint_bars(self, painter: QPainter) -> None:
        buckets = self.series.buckets
        for seg in self._segments:
            if not seg.kind:
                continue
            painter.fillRect(seg.rect, self.colors.get(seg.kind, QColor("gray")))
            if buckets[seg.bucket].year_only:
                painter.fillRect(seg.rect, QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self._selection, 2))
        for seg in self._segments:
            if seg.kind and (seg.bucket, seg.kind) in self.highlighted:
                painter.drawRect(seg.rect.adjusted(1, 1, -1, -1))

    def _paint_labels(self, painter: QPainter, plot: QRectF) -> None:
        fm = QFontMetrics(self.font())
        painter.setPen(self._text)
        for x, text in self.label_positions(plot):
            painter.drawText(QPointF(x, plot.bottom() + TICK_GAP + fm.ascent()), text)

    def label_positions(self, plot: QRectF) -> list[tuple[float, str]]:
        """(left x, text) of the period labels under their bars: every k-th one, and the
        year-only bars ("2024*") where they fit; a label that would touch the one before it
        is left out (the tooltip names every bar)."""
        fm = QFontMetrics(self.font())
        buckets = self.series.buckets
        column = plot.width() / len(buckets)
        widest = max(fm.horizontalAdvance(self._label(b)) for b in buckets) + 8
        every = max(1, math.ceil(widest / column))
        out: list[tuple[float, str]] = []
        right = -math.inf
        for i, bucket in enumerate(buckets):
            if i % every and not bucket.year_only:
                continue
            text = self._label(bucket)
            width = fm.horizontalAdvance(text)
            x = plot.left() + (i + 0.5) * column - width / 2
            x = min(max(x, 0.0), self.width() - width)
            if x < right + 6:
                continue
            out.append((x, text))
            right = x + width
        return out

    def _label(self, bucket: Bucket) -> str:
        # year-only buckets are marked by hatching and tooltip; the short label keeps the axis tidy
        return f"{bucket.start.year}*" if bucket.year_only else bucket.label

    def _money(self, value: float) -> str:
        return f"{format_money(value) or '0'} {self.series.currency if self.series else ''}".strip()

    # --- interaction -------------------------------------------------------------------------
    def segment_at(self, pos: QPointF) -> Segment | None:
        for seg in self._segments:
            if seg.kind and seg.rect.contains(pos):
                return seg
        return next((s for s in self._segments if not s.kind and s.rect.contains(pos)), None)

    def describe(self, bucket_index: int, kind: str) -> str:
        """The tooltip text of a segment or (kind "") a whole bar."""
        b = self.series.buckets[bucket_index]
        cur = self.series.currency
        lines = [b.label + (" — deals known only to this year" if b.year_only and self.series.period != "year" else "")]
        kinds = [kind] if kind else [k for k in self.series.kinds if b.deals.get(k)]
        for k in kinds:
            n, missing = b.deals.get(k, 0), b.without_amount.get(k, 0)
            line = f"{KIND_LABELS.get(k, k)}: {format_money(b.amount.get(k, 0.0)) or '0'} {cur}, {n} deal{'s' * (n != 1)}"
            lines.append(line + (f" ({missing} without amount)" if missing else ""))
        if not kind:
            lines.append(f"total: {format_money(b.total) or '0'} {cur}, {b.deal_count} deals")
        lines.append("Click to select these deals.")
        return "\n".join(lines)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        seg = self.segment_at(event.position())
        if seg is None or not self.series.buckets[seg.bucket].deal_count:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), tooltip(self.describe(seg.bucket, seg.kind)), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        seg = self.segment_at(event.position())
        if seg is not None and self.series.buckets[seg.bucket].deal_count:
            self.segmentClicked.emit(seg.bucket, seg.kind)
