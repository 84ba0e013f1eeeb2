"""The deal timeline: one custom-painted widget drawing from compact numpy arrays.

Level of detail is decided per frame by `desktop.timeline.binning`: far out, dense stretches
are drawn as aggregate boxes with their count; close in, every deal is its own mark. A deal
appears in the lane of each of its parties. Nothing here is per-deal Python at paint time
beyond the marks actually drawn.
"""

from __future__ import annotations

import math
from datetime import date

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.resources import load_json
from desktop.timeline import binning, lanes
from desktop.timeline.marks import KINDS, STATUSES, DealArrays
from desktop.timeline.ticks import label as tick_label
from desktop.timeline.ticks import ticks
from desktop.extraction.titles import KIND_LABELS
from desktop.timeline.viewport import Viewport, to_days, wheel_factor
from desktop.ui.plain_text import tooltip

HEADER_W = 160  # lane titles and totals
AXIS_H = 46  # time axis: major labels above minor ones
LANE_H = 36
DASHED_STATUSES = {STATUSES.index("rumored"), STATUSES.index("negotiating")}
CANCELLED = STATUSES.index("cancelled")
LABEL_LIMIT = 300  # above this many single marks in view, labels only on hover
AGGREGATE_SHADES = 8  # aggregate boxes are drawn in this many shades, one draw call each
ROUND_MARK_LIMIT = 800  # up to this many marks in view they are round; beyond, batched squares


def _color(hex_code: str, alpha: int = 255) -> QColor:
    c = QColor(hex_code)
    c.setAlpha(alpha)
    return c


class TimelineView(QWidget):
    selectionChanged = Signal(list)  # deal ids
    aggregateClicked = Signal(list)  # deal ids inside the clicked aggregate

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(400, 200)
        palette = load_json("palette.json")
        self._kind_colors = [_color(palette["kinds"][k]) for k in KINDS]
        self._palette = {k: QColor(v) for k, v in palette.items() if isinstance(v, str) and v.startswith("#")}
        self.deals = DealArrays.from_rows([])[0]
        self.parties: dict[int, list[str]] = {}
        self.titles: dict[int, str] = {}
        self.undated: list[int] = []
        self.mode = "company"
        self.layout_ = lanes.single(self.deals)
        self.viewport = Viewport(to_days(date(2024, 1, 1)), 730.0, 800.0)
        self.selected: set[int] = set()
        self._frame_singles: binning.Singles | None = None
        self._frame_aggregates: binning.Aggregates | None = None
        self._drag_from: QPointF | None = None
        self._drag_viewport: Viewport | None = None
        self.lane_scroll = 0

    # --- data ------------------------------------------------------------------------------
    def set_data(self, rows, parties: dict[int, list[str]], titles: dict[int, str] | None = None) -> None:
        """From rows of (deal_id, date, precision, amount_usd, kind, status)."""
        self.set_arrays(*DealArrays.from_rows(rows), parties, titles)

    def set_arrays(self, deals: DealArrays, undated: list[int], parties: dict[int, list[str]],
                   titles: dict[int, str] | None = None) -> None:
        self.deals, self.undated = deals, undated
        self.parties = parties
        self.titles = titles or {}
        self._relayout()
        self.fit_all()

    def set_lane_mode(self, mode: str) -> None:
        if mode not in ("company", "kind", "none"):
            raise ValueError(f"unknown lane mode {mode!r}")
        self.mode = mode
        self._relayout()
        self.update()

    def _relayout(self) -> None:
        if self.mode == "company":
            self.layout_ = lanes.by_company(self.deals, self.parties)
        elif self.mode == "kind":
            self.layout_ = lanes.by_kind(self.deals)
        else:
            self.layout_ = lanes.single(self.deals)

    def set_selection(self, deal_ids: list[int] | set[int], notify: bool = False) -> None:
        self.selected = set(deal_ids)
        self.update()
        if notify:
            self.selectionChanged.emit(sorted(self.selected))

    # --- navigation ------------------------------------------------------------------------
    def plot_width(self) -> float:
        return max(1.0, self.width() - HEADER_W)

    def data_range(self) -> tuple[float, float]:
        if len(self.deals.t0) == 0:
            today = to_days(date.today())
            return today - 365, today
        return float(self.deals.t0.min()), float(self.deals.t1.max())

    def fit_all(self) -> None:
        start, end = self.data_range()
        self.viewport = Viewport.fit(start, end, self.plot_width())
        self.update()

    def zoom_to(self, t_from: float, t_to: float) -> None:
        self.viewport = Viewport.fit(t_from, t_to, self.plot_width())
        self.update()

    def zoom_to_selection(self) -> None:
        mask = np.isin(self.deals.deal_id, list(self.selected))
        if mask.any():
            self.zoom_to(float(self.deals.t0[mask].min()), float(self.deals.t1[mask].max()))

    def _set_viewport(self, viewport: Viewport) -> None:
        start, end = self.data_range()
        self.viewport = viewport.clamped(start, end)
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.viewport = self.viewport.with_width(self.plot_width())
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.lane_scroll = max(0, self.lane_scroll - int(math.copysign(1, event.angleDelta().y())))
            self.update()
            return
        anchor = event.position().x() - HEADER_W
        self._set_viewport(self.viewport.zoomed(wheel_factor(event.angleDelta().y() / 8), anchor))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position()
            self._drag_viewport = self.viewport

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_from is not None and self._drag_viewport is not None:
            dx = event.position().x() - self._drag_from.x()
            self._set_viewport(self._drag_viewport.panned(dx))
            return
        text = self.hover_text(event.position().x(), event.position().y())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), tooltip(text), self)
        else:
            QToolTip.hideText()

    def hover_text(self, x: float, y: float) -> str:
        """What the pointer is over: a deal's title, date and amount, or an aggregate's count
        and sum — as plain text (titles come from untrusted article text)."""
        lane, px = self.lane_at(y), x - HEADER_W
        if lane is None or px < 0:
            return ""
        deal = self._single_at(lane, px)
        if deal is not None:
            i = int(np.flatnonzero(self.deals.deal_id == deal)[0])
            amount = self.deals.amount_usd[i]
            money = f"${amount / 1e9:,.2f} bn" if np.isfinite(amount) else "no amount"
            return f"{self.titles.get(deal, f'Deal {deal}')}\n{money} · {STATUSES[int(self.deals.status[i])]}"
        aggs = self._frame_aggregates
        if aggs is not None and len(aggs.lane):
            hit = np.flatnonzero((aggs.lane == lane) & (aggs.x0 <= px) & (px <= aggs.x1))
            if len(hit):
                k = int(hit[0])
                total = float(aggs.sum_usd[k])
                return f"{int(aggs.count[k])} deals · ${total / 1e9:,.1f} bn — click to zoom in"
        return ""

    def _single_at(self, lane: int, px: float) -> int | None:
        singles = self._frame_singles
        if singles is None or not len(singles.mark):
            return None
        in_lane = self.layout_.mark_lane[singles.mark] == lane
        hit = in_lane & (singles.x0 - 3 <= px) & (px <= np.maximum(singles.x1, singles.x0 + 1) + 3)
        if not hit.any():
            return None
        return int(self.deals.deal_id[self.layout_.mark_deal[singles.mark[hit][0]]])

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        moved = self._drag_from is not None and abs(event.position().x() - self._drag_from.x()) > 3
        self._drag_from = None
        if not moved and event.button() == Qt.MouseButton.LeftButton:
            self.click_at(event.position().x(), event.position().y(),
                          bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, w = event.key(), self.plot_width()
        actions = {
            Qt.Key.Key_Left: lambda: self._set_viewport(self.viewport.panned(w * 0.1)),
            Qt.Key.Key_Right: lambda: self._set_viewport(self.viewport.panned(-w * 0.1)),
            Qt.Key.Key_Plus: lambda: self._set_viewport(self.viewport.zoomed(1.25, w / 2)),
            Qt.Key.Key_Equal: lambda: self._set_viewport(self.viewport.zoomed(1.25, w / 2)),
            Qt.Key.Key_Minus: lambda: self._set_viewport(self.viewport.zoomed(0.8, w / 2)),
            Qt.Key.Key_Home: lambda: self._set_viewport(
                Viewport(self.data_range()[0] - self.viewport.span * 0.05, self.viewport.span, w)),
            Qt.Key.Key_End: lambda: self._set_viewport(
                Viewport(self.data_range()[1] - self.viewport.span * 0.95, self.viewport.span, w)),
            Qt.Key.Key_F: self.fit_all,
        }
        action = actions.get(Qt.Key(key))
        if action:
            action()
        else:
            super().keyPressEvent(event)

    # --- hit testing -----------------------------------------------------------------------
    def lane_at(self, y: float) -> int | None:
        if y < AXIS_H:
            return None
        lane = int((y - AXIS_H) // LANE_H) + self.lane_scroll
        return lane if lane < len(self.layout_.names) else None

    def click_at(self, x: float, y: float, extend: bool = False) -> None:
        lane = self.lane_at(y)
        px = x - HEADER_W
        if lane is None or px < 0:
            return
        deal = self._single_at(lane, px)
        if deal is not None:
            chosen = (self.selected ^ {deal}) if extend else {deal}
            self.set_selection(chosen, notify=True)
            return
        aggs = self._frame_aggregates
        if aggs is not None and len(aggs.lane):
            hit = (aggs.lane == lane) & (aggs.x0 <= px) & (px <= aggs.x1)
            if hit.any():
                i = int(np.flatnonzero(hit)[0])
                self.zoom_to(self.viewport.t_of(float(aggs.x0[i])) - 1, self.viewport.t_of(float(aggs.x1[i])) + 1)
                return
        if not extend:
            self.set_selection(set(), notify=True)

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self.paint(painter, self.width(), self.height())
        finally:
            painter.end()

    def paint(self, p: QPainter, width: int, height: int) -> None:
        """Everything, onto any paint device: the window, an image, an SVG."""
        self.viewport = self.viewport.with_width(max(1.0, width - HEADER_W))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(QRectF(0, 0, width, height), QColor("white"))
        visible_lanes = self._paint_lanes(p, width, height)
        self._paint_axis(p, width, height)
        self._paint_marks(p, visible_lanes)
        self._paint_today(p, height)
        self._paint_headers(p, visible_lanes)

    def _lane_y(self, lane: int) -> float:
        return AXIS_H + (lane - self.lane_scroll) * LANE_H

    def _paint_lanes(self, p: QPainter, width: int, height: int) -> range:
        first = self.lane_scroll
        last = min(len(self.layout_.names), first + int((height - AXIS_H) // LANE_H) + 1)
        for lane in range(first, last):
            color = self._palette["lane_even" if lane % 2 == 0 else "lane_odd"]
            p.fillRect(QRectF(0, self._lane_y(lane), width, LANE_H), color)
        return range(first, last)

    def _paint_axis(self, p: QPainter, width: int, height: int) -> None:
        p.fillRect(QRectF(0, 0, width, AXIS_H), QColor("white"))
        font = QFont(p.font())
        font.setPointSizeF(8.5)
        p.setFont(font)
        for tick in ticks(self.viewport):
            x = HEADER_W + float(self.viewport.x_of(tick.t))
            if x < HEADER_W:
                continue
            p.setPen(QPen(self._palette["grid_major" if tick.major else "grid_minor"], 1))
            p.drawLine(QPointF(x, AXIS_H - (18 if tick.major else 8)), QPointF(x, height))
            p.setPen(self._palette["text"])
            text = tick_label(tick)
            p.drawText(QPointF(x + 3, 16 if tick.major else AXIS_H - 6), text)
        p.setPen(QPen(self._palette["grid_major"], 1))
        p.drawLine(QPointF(HEADER_W, AXIS_H), QPointF(width, AXIS_H))

    def _paint_marks(self, p: QPainter, visible_lanes: range) -> None:
        # only the lanes on screen are binned: a full view of 3,000 company lanes costs 7× less
        aggs, singles = binning.level_of_detail(
            self.deals, self.layout_, self.viewport.start, self.viewport.span, self.viewport.width,
            lanes=(visible_lanes.start, visible_lanes.stop))
        self._frame_aggregates, self._frame_singles = aggs, singles
        p.save()
        p.setClipRect(QRectF(HEADER_W, AXIS_H, self.viewport.width, 1e6))
        self._paint_aggregates(p, aggs, visible_lanes)
        self._paint_singles(p, singles, visible_lanes)
        p.restore()

    def _paint_aggregates(self, p: QPainter, aggs: binning.Aggregates, visible_lanes: range) -> None:
        """Geometry in numpy, then one drawRects call per shade: thousands of boxes a frame."""
        keep = np.flatnonzero((aggs.lane >= visible_lanes.start) & (aggs.lane < visible_lanes.stop))
        if not len(keep):
            return
        count = aggs.count[keep].astype(float)
        share = np.sqrt(count / max(1.0, float(aggs.count.max())))
        h = 8 + (LANE_H - 14) * share
        y = AXIS_H + (aggs.lane[keep] - self.lane_scroll) * LANE_H + (LANE_H - h) / 2
        x = HEADER_W + aggs.x0[keep].astype(float)
        w = np.maximum(2.0, (aggs.x1[keep] - aggs.x0[keep]).astype(float) - 1)
        shade = np.minimum((share * AGGREGATE_SHADES).astype(int), AGGREGATE_SHADES - 1)
        base = self._palette["aggregate"].name()
        p.setPen(Qt.PenStyle.NoPen)
        for level in np.unique(shade):
            sel = np.flatnonzero(shade == level)
            p.setBrush(_color(base, 90 + int(150 * (level + 1) / AGGREGATE_SHADES)))
            p.drawRects([QRectF(a, b, c, d) for a, b, c, d in zip(x[sel], y[sel], w[sel], h[sel])])
        if len(keep) < 400:  # close enough in to read counts
            p.setPen(QColor("white"))
            for k in np.flatnonzero(w >= 18):
                p.drawText(QRectF(x[k], y[k], w[k], h[k]), Qt.AlignmentFlag.AlignCenter, str(int(count[k])))

    def _paint_singles(self, p: QPainter, singles: binning.Singles, visible_lanes: range) -> None:
        """Marks grouped by look (kind, outline style, with or without amount), so each group
        costs one pen and brush change; geometry comes from numpy."""
        lane_of = self.layout_.mark_lane[singles.mark] if len(singles.mark) else np.zeros(0, np.int32)
        keep = np.flatnonzero((lane_of >= visible_lanes.start) & (lane_of < visible_lanes.stop))
        if not len(keep):
            return
        d = self.layout_.mark_deal[singles.mark[keep]]
        lane = lane_of[keep]
        x0 = HEADER_W + singles.x0[keep].astype(float)
        x1 = HEADER_W + singles.x1[keep].astype(float)
        y_mid = AXIS_H + (lane - self.lane_scroll) * LANE_H + LANE_H / 2
        amount = self.deals.amount_usd[d]
        priced = np.isfinite(amount)
        biggest = float(np.nanmax(amount)) if priced.any() else 1.0
        scaled = np.sqrt(np.clip(np.nan_to_num(amount), 0, None) / biggest)
        size = np.where(priced, 6 + (LANE_H - 12) * scaled, 6.0)
        spans = (x1 - x0) > 4
        cx = np.where(spans, (x0 + x1) / 2, x0)
        kind, status = self.deals.kind[d], self.deals.status[d]
        self._paint_spans(p, kind, x0, x1, y_mid, spans)
        dashed = np.isin(status, list(DASHED_STATUSES))
        round_marks = len(keep) <= ROUND_MARK_LIMIT
        for key in set(zip(kind.tolist(), dashed.tolist(), priced.tolist())):
            members = np.flatnonzero((kind == key[0]) & (dashed == key[1]) & (priced == key[2]))
            self._paint_group(p, key, cx[members], y_mid[members], size[members], round_marks)
        self._paint_struck_and_selected(p, d, status, cx, y_mid, size)
        if len(keep) <= LABEL_LIMIT:
            label_right: dict[int, float] = {}
            next_left = self._next_mark_left(lane, cx, size)
            for k in np.argsort(cx, kind="stable"):
                rect = QRectF(cx[k] - size[k] / 2, y_mid[k] - size[k] / 2, size[k], size[k])
                room = float(next_left[k]) - rect.right() - 8
                self._paint_label(p, int(self.deals.deal_id[d[k]]), rect, int(lane[k]), label_right, room)

    @staticmethod
    def _next_mark_left(lane, cx, size) -> np.ndarray:
        """For each mark, where the next mark in its lane begins (a label must end before it)."""
        order = np.lexsort((cx, lane))
        left = (cx - size / 2)[order]
        following = np.append(left[1:], np.inf)
        following[np.append(lane[order][1:] != lane[order][:-1], True)] = np.inf
        out = np.empty_like(following)
        out[order] = following
        return out

    def _paint_spans(self, p: QPainter, kind, x0, x1, y_mid, spans) -> None:
        """An imprecise date spans its month or year, faded."""
        p.setPen(Qt.PenStyle.NoPen)
        for k in np.unique(kind[spans]):
            sel = np.flatnonzero(spans & (kind == k))
            p.setBrush(_color(self._kind_colors[int(k)].name(), 70))
            p.drawRects([QRectF(a, b - 3, c - a, 6) for a, b, c in zip(x0[sel], y_mid[sel], x1[sel])])

    def _paint_group(self, p: QPainter, key: tuple[int, bool, bool], cx, cy, size, round_marks: bool) -> None:
        kind, dashed, priced = key
        color = self._kind_colors[kind]
        pen = QPen(color.darker(140), 1.2)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(color if priced else Qt.BrushStyle.NoBrush)
        rects = [QRectF(x - s / 2, y - s / 2, s, s) for x, y, s in zip(cx.tolist(), cy.tolist(), size.tolist())]
        if priced and round_marks:
            for rect in rects:
                p.drawEllipse(rect)
        else:
            # far out, thousands of marks: filled squares in one call; no amount: open squares
            p.drawRects(rects)

    def _paint_struck_and_selected(self, p: QPainter, d, status, cx, y_mid, size) -> None:
        struck = np.flatnonzero(status == CANCELLED)
        if len(struck):
            p.setPen(QPen(self._palette["text"], 1.2))
            for k in struck:
                p.drawLine(QPointF(cx[k] - size[k] / 2 - 2, y_mid[k]), QPointF(cx[k] + size[k] / 2 + 2, y_mid[k]))
        if self.selected:
            chosen = np.flatnonzero(np.isin(self.deals.deal_id[d], list(self.selected)))
            p.setPen(QPen(self._palette["selection"], 2.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            for k in chosen:
                s = size[k] + 4
                p.drawEllipse(QRectF(cx[k] - s / 2, y_mid[k] - s / 2, s, s))

    def _paint_label(self, p: QPainter, deal_id: int, rect: QRectF, lane: int, label_right: dict[int, float],
                     room: float = 220.0) -> None:
        text = self.titles.get(deal_id, "")
        if not text or room < 40:
            return  # no room before the next mark: the tooltip shows it
        x = rect.right() + 4
        metrics = p.fontMetrics()
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(min(220.0, room)))
        w = metrics.horizontalAdvance(text)
        if x < label_right.get(lane, -1.0):
            return  # no room: the label would overlap its neighbour (hover shows it)
        p.setPen(self._palette["text"])
        p.drawText(QPointF(x, rect.center().y() + metrics.ascent() / 2 - 1), text)
        label_right[lane] = x + w + 8

    def _paint_today(self, p: QPainter, height: int) -> None:
        x = HEADER_W + float(self.viewport.x_of(to_days(date.today())))
        if HEADER_W <= x <= HEADER_W + self.viewport.width:
            p.setPen(QPen(self._palette["today"], 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, AXIS_H - 10), QPointF(x, height))

    def _paint_headers(self, p: QPainter, visible_lanes: range) -> None:
        p.fillRect(QRectF(0, AXIS_H, HEADER_W, 1e6), QColor("#ECEFF3"))
        p.setPen(self._palette["text"])
        metrics = p.fontMetrics()
        for lane in visible_lanes:
            y = self._lane_y(lane)
            title = KIND_LABELS.get(self.layout_.names[lane], self.layout_.names[lane]) if self.mode == "kind" \
                else self.layout_.names[lane]
            name = metrics.elidedText(title, Qt.TextElideMode.ElideRight, HEADER_W - 12)
            p.drawText(QPointF(6, y + 15), name)
            total = float(self.layout_.totals_usd[lane])
            count = int(self.layout_.counts[lane])
            summary = f"{count} deal{'s' if count != 1 else ''}" + (f" · ${total / 1e9:,.0f} bn" if total >= 1e9 else "")
            p.setPen(QColor("#6B7480"))
            p.drawText(QPointF(6, y + 29), summary)
            p.setPen(self._palette["text"])
