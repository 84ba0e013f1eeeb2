"""The deal timeline: one custom-painted widget drawing from compact numpy arrays.

Level of detail is decided per frame by `desktop.timeline.binning`: far out, dense stretches
are drawn as aggregate boxes with their count; close in, every deal is its own mark. A deal
appears in the lane of each of its parties, joined by a connector when zoomed in. Nothing here
is per-deal Python at paint time beyond the marks actually drawn.

Interaction: wheel / pinch zoom about the pointer, drag pans, Shift+drag selects with a rubber
band (Ctrl+Shift adds), click / Ctrl+click selects, Tab / Shift+Tab (or Ctrl+→ / Ctrl+←) steps
the selection through the deals in time order; lane headers have a context menu (collapse,
hide, move, show all) and can be dragged to reorder.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import date

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import (
    QColor, QContextMenuEvent, QFont, QImage, QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter, QPaintEngine,
    QPen, QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QMenu, QSizePolicy, QToolTip, QWidget

from desktop.resources import load_json
from desktop.timeline import binning, lanes
from desktop.timeline.marks import KINDS, STATUSES, DealArrays, Terms, span_label
from desktop.timeline.parties import Parties
from desktop.timeline.ticks import label as tick_label
from desktop.timeline.ticks import Tick, context_tick, ticks
from desktop.extraction.titles import KIND_LABELS, short_amount
from desktop.timeline.viewport import Viewport, from_days, opening_range, to_days, wheel_factor
from desktop.ui.mark_scale import amount_reference, mark_sizes
from desktop.ui.plain_text import tooltip

HEADER_W = 160  # lane titles and totals
AXIS_H = 46  # time axis: major labels above minor ones
LANE_H = 36
COLLAPSED_H = 10  # a collapsed lane: a thin strip, its marks still hint where deals are
DASHED_STATUSES = {STATUSES.index("rumored"), STATUSES.index("negotiating")}
CANCELLED = STATUSES.index("cancelled")
LABEL_LIMIT = 300  # above this many single marks in view, labels only on hover
AGGREGATE_SHADES = 8  # aggregate boxes are drawn in this many shades, one draw call each
ROUND_MARK_LIMIT = 800  # up to this many marks in view they are round; beyond, batched squares
RASTER_AGGREGATES = 400  # from this many boxes on, the aggregate layer is one image (raster devices)
BIN_PX = 6  # the level of detail's bin width (binning.level_of_detail's default)
CONNECTOR_LIMIT = 3000  # connectors only when at most this many single marks are on screen
ANIMATION_MS = 180  # Fit All / Zoom to Selection glide; short enough never to feel like lag
TITLE_CACHE = 2048  # titles kept from a lookup callable (only labelled / hovered deals are asked)
# Set by the cold-start benchmark: print the time of the first painted frame, then quit.
FIRST_PAINT_ENV = "DEAL_TIMELINE_EXIT_AFTER_FIRST_PAINT"

TitleLookup = Callable[[int], str] | Mapping[int, str]


def _color(hex_code: str, alpha: int = 255) -> QColor:
    c = QColor(hex_code)
    c.setAlpha(alpha)
    return c


class TimelineView(QWidget):
    selectionChanged = Signal(list)  # deal ids
    aggregateClicked = Signal(list)  # deal ids inside an aggregate ("List Deals")
    # (start_day, end_day) whenever the visible time range changes — for minimap / scrollbar
    viewportChanged = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(400, 200)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        palette = load_json("palette.json")
        self._kind_colors = [_color(palette["kinds"][k]) for k in KINDS]
        # the kind's colour faded towards white: connectors stay quiet behind the marks
        self._connector_colors = [QColor.fromRgbF(*(0.45 * c + 0.55 for c in k.getRgbF()[:3]))
                                  for k in self._kind_colors]
        self._palette = {k: QColor(v) for k, v in palette.items() if isinstance(v, str) and v.startswith("#")}
        self.deals = DealArrays.from_rows([])[0]
        self.parties: Parties = Parties.empty()
        self._titles: TitleLookup = {}
        self._title_cache: OrderedDict[int, str] = OrderedDict()
        self.undated: list[int] = []
        self.terms = Terms.empty()  # contract terms, drawn as bars under their marks
        self.mode = "company"
        # per lane mode: what the user did to the lanes, re-applied whenever the data reloads
        self._lane_edits: dict[str, dict] = {}
        self.layout_ = lanes.single(self.deals)
        self._lane_top = np.zeros(2)
        self._viewport = Viewport(to_days(date(2024, 1, 1)), 730.0, 800.0)
        self.tick_formatter: Callable[[Tick], str] = tick_label  # axis labels; see locale_format
        self.selected: set[int] = set()
        self.animate = True  # tests switch the Fit All / Zoom to Selection glide off
        self._animation: QVariantAnimation | None = None
        self._frame_singles: binning.Singles | None = None
        self._frame_aggregates: binning.Aggregates | None = None
        self._frame_connectors = np.empty((0, 4))
        self._drag_from: QPointF | None = None
        self._drag_viewport: Viewport | None = None
        self._band: QRectF | None = None  # rubber band in widget pixels while Shift+dragging
        self._band_adds = False
        self._header_drag: tuple[str, float] | None = None  # (lane name, press y)
        self._header_drop: int | None = None  # insertion index shown while dragging a header
        self._first_paint_pending = bool(os.environ.get(FIRST_PAINT_ENV))
        self.lane_scroll = 0
        self._opened = False  # set once the first deals decided the opening range
        self.currency = "USD"  # the display currency the amounts arrays are in

    # --- data ------------------------------------------------------------------------------
    def set_data(self, rows, parties, titles: TitleLookup | None = None) -> None:
        """From rows of (deal_id, date, precision, amount_usd, kind, status)."""
        self.set_arrays(*DealArrays.from_rows(rows), parties, titles)

    def set_arrays(self, deals: DealArrays, undated: list[int],
                   parties: Parties | Mapping[int, list[str]] | None,
                   titles: TitleLookup | None = None) -> None:
        """The deals to show. `parties` are CSR arrays (`desktop.timeline.parties.Parties`; a
        dict of name lists still works); `titles` is a lookup deal_id -> title — a callable
        or a mapping such as `DealTitles` that reads the store on demand — asked only for
        the marks that are labelled or hovered."""
        self.deals, self.undated = deals, undated
        self.parties = Parties.coerce(parties)
        self.set_title_lookup(titles)
        self.terms = Terms.empty()  # they index the old arrays: the owner sets the new ones
        self._relayout()
        # a refresh (filter, edit, import) keeps the user's place; only the first data set
        # decides where the window opens
        if not self._opened and len(deals):
            self._opened = True
            self._stop_animation()
            self.viewport = Viewport.fit(*opening_range(deals.t0, deals.t1), self.plot_width())
        elif not self._opened:
            self.fit_all_now()

    def set_title_lookup(self, titles: TitleLookup | None) -> None:
        self._titles = titles if titles is not None else {}
        self._title_cache.clear()
        self.update()

    def title_of(self, deal_id: int) -> str:
        """A deal's title ('' when unknown); a callable's answers are cached (LRU)."""
        source = self._titles
        if isinstance(source, Mapping):
            try:
                return source.get(deal_id, "") or ""
            except Exception:  # a store closed under us must not break painting
                return ""
        cached = self._title_cache.get(deal_id)
        if cached is not None:
            self._title_cache.move_to_end(deal_id)
            return cached
        text = source(deal_id) or ""
        self._title_cache[deal_id] = text
        if len(self._title_cache) > TITLE_CACHE:
            self._title_cache.popitem(last=False)
        return text

    def set_lane_mode(self, mode: str) -> None:
        if mode not in ("company", "kind", "none"):
            raise ValueError(f"unknown lane mode {mode!r}")
        self.mode = mode
        self._relayout()
        self.update()

    def lane_edits_state(self) -> dict:
        """The user's lane arrangement per lane mode, as plain JSON data (for QSettings)."""
        return {mode: {"hidden": sorted(e["hidden"]), "collapsed": sorted(e["collapsed"]), "order": list(e["order"])}
                for mode, e in self._lane_edits.items()}

    def restore_lane_edits(self, state: object) -> None:
        """Bring back an arrangement saved by `lane_edits_state`; anything malformed is ignored
        (a settings file is user-editable)."""
        if not isinstance(state, dict):
            return
        edits: dict[str, dict] = {}
        for mode, e in state.items():
            if mode in ("company", "kind", "none") and isinstance(e, dict):
                edits[mode] = {key: kind(str(x) for x in e.get(key, []) if isinstance(x, str))
                               for key, kind in (("hidden", set), ("collapsed", set), ("order", list))}
        self._lane_edits = edits
        self._relayout()
        self.update()

    def _edits(self) -> dict:
        return self._lane_edits.setdefault(self.mode, {"hidden": set(), "collapsed": set(), "order": []})

    def _relayout(self) -> None:
        edits = self._edits()
        if self.mode == "company":
            layout = lanes.by_company(self.deals, self.parties, hidden=edits["hidden"])
        else:
            layout = lanes.by_kind(self.deals) if self.mode == "kind" else lanes.single(self.deals)
            if edits["hidden"] & set(layout.names):
                layout = lanes.hide(layout, edits["hidden"])
        if edits["order"]:
            layout = lanes.reorder(layout, self._ordered(layout.names, edits["order"]))
        for name in edits["collapsed"] & set(layout.names):
            layout = lanes.set_collapsed(layout, name, True)
        self._set_layout(layout)

    @staticmethod
    def _ordered(names: list[str], preferred: list[str]) -> list[str]:
        """`names` reordered as the user last arranged them (`preferred`); lanes the user never
        saw (new companies after an import) follow in their computed order."""
        present = set(names)
        first = [n for n in preferred if n in present]
        chosen = set(first)
        return first + [n for n in names if n not in chosen]

    def _set_layout(self, layout: lanes.LaneLayout) -> None:
        self.layout_ = layout
        heights = np.where(layout.collapsed, COLLAPSED_H, LANE_H).astype(np.float64)
        self._lane_top = np.concatenate(([0.0], np.cumsum(heights)))
        self.lane_scroll = min(self.lane_scroll, max(0, len(layout.names) - 1))
        self.update()

    def set_selection(self, deal_ids: list[int] | set[int], notify: bool = False) -> None:
        self.selected = set(deal_ids)
        self.update()
        if notify:
            self.selectionChanged.emit(sorted(self.selected))

    # --- lanes: collapse, hide, move -------------------------------------------------------
    def lane_names(self) -> list[str]:
        return list(self.layout_.names)

    def hidden_lanes(self) -> list[str]:
        return sorted(self._edits()["hidden"])

    def is_collapsed(self, name: str) -> bool:
        return name in self.layout_.names and bool(self.layout_.collapsed[self.layout_.lane_of(name)])

    def set_lane_collapsed(self, name: str, collapsed: bool) -> None:
        edits = self._edits()
        (edits["collapsed"].add if collapsed else edits["collapsed"].discard)(name)
        self._set_layout(lanes.set_collapsed(self.layout_, name, collapsed))  # keeps the binning index

    def hide_lane(self, name: str) -> None:
        self._edits()["hidden"].add(name)
        self._set_layout(lanes.hide(self.layout_, [name]))

    def show_all_lanes(self) -> None:
        self._edits()["hidden"].clear()
        self._relayout()

    def move_lane(self, name: str, new_index: int) -> None:
        """Put lane `name` at `new_index` of the shown lanes (clamped)."""
        order = lanes.move(self.layout_.names, name, new_index)
        self._edits()["order"] = order
        self._set_layout(lanes.reorder(self.layout_, order))

    def lane_menu(self, lane: int) -> QMenu:
        """The context menu of a lane header (built per request; tests trigger its actions)."""
        name = self.layout_.names[lane]
        menu = QMenu(self)
        collapsed = self.is_collapsed(name)
        menu.addAction("Expand" if collapsed else "Collapse",
                       lambda: self.set_lane_collapsed(name, not collapsed))
        menu.addAction("Hide", lambda: self.hide_lane(name))
        up = menu.addAction("Move Up", lambda: self.move_lane(name, lane - 1))
        up.setEnabled(lane > 0)
        down = menu.addAction("Move Down", lambda: self.move_lane(name, lane + 1))
        down.setEnabled(lane < len(self.layout_.names) - 1)
        menu.addSeparator()
        show_all = menu.addAction("Show All Lanes", self.show_all_lanes)
        show_all.setEnabled(bool(self._edits()["hidden"]))
        return menu

    def aggregate_menu(self, index: int) -> QMenu:
        """The context menu of an aggregate box of the last frame."""
        menu = QMenu(self)
        menu.addAction("Zoom In", lambda: self._zoom_to_aggregate(index))
        menu.addAction("List Deals", lambda: self.aggregateClicked.emit(self.aggregate_deals(index)))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        x, y = float(event.pos().x()), float(event.pos().y())
        lane = self.lane_at(y)
        if lane is None:
            return
        if x < HEADER_W:
            menu = self.lane_menu(lane)
        else:
            hit = self._aggregate_at(lane, x - HEADER_W)
            if hit is None:
                return
            menu = self.aggregate_menu(hit)
        menu.exec(event.globalPos())

    # --- navigation ------------------------------------------------------------------------
    @property
    def viewport(self) -> Viewport:
        """The visible time window. Assigning it repaints and emits `viewportChanged` when the
        time range (not just the pixel width) changed."""
        return self._viewport

    @viewport.setter
    def viewport(self, value: Viewport) -> None:
        old = self._viewport
        self._viewport = value
        if (value.start, value.span) != (old.start, old.span):
            self.viewportChanged.emit(value.start, value.end)
            self.update()

    def visible_range(self) -> tuple[float, float]:
        """(start_day, end_day) shown, in days since 1970-01-01."""
        return self._viewport.start, self._viewport.end

    def set_visible_range(self, start_day: float, end_day: float) -> None:
        """Show days `start_day` .. `end_day` exactly (no margin; span clamped to zoom limits)."""
        self._stop_animation()
        span = min(max(float(end_day) - float(start_day), Viewport.MIN_SPAN), Viewport.MAX_SPAN)
        centre = (float(start_day) + float(end_day)) / 2
        self.viewport = Viewport(centre - span / 2, span, self.plot_width())

    def plot_width(self) -> float:
        return max(1.0, self.width() - HEADER_W)

    def data_range(self) -> tuple[float, float]:
        if len(self.deals.t0) == 0:
            today = to_days(date.today())
            return today - 365, today
        return float(self.deals.t0[0]), float(self.deals.t1.max())

    def set_terms(self, terms: Terms) -> None:
        """Contract terms of the deals now shown (`desktop.timeline.data.load_terms`)."""
        self.terms = terms
        self.update()

    def term_of(self, i: int) -> tuple[float, float] | None:
        """The term `[t0, t1)` of the deal at array position `i`, if it has one."""
        j = int(np.searchsorted(self.terms.index, i))
        if j < len(self.terms) and self.terms.index[j] == i:
            return float(self.terms.t0[j]), float(self.terms.t1[j])
        return None

    def fit_all(self) -> None:
        """Everything in view (animated when `animate` is on). No parameters on purpose:
        QAction.triggered(bool) connects straight to it."""
        start, end = self.data_range()
        self._go_to(Viewport.fit(start, end, self.plot_width()))

    def fit_all_now(self) -> None:
        self._stop_animation()
        start, end = self.data_range()
        self.viewport = Viewport.fit(start, end, self.plot_width())

    def zoom_to(self, t_from: float, t_to: float) -> None:
        self._stop_animation()
        self.viewport = Viewport.fit(t_from, t_to, self.plot_width())

    def zoom_to_selection(self) -> None:
        mask = np.isin(self.deals.deal_id, list(self.selected))
        if mask.any():
            self._go_to(Viewport.fit(float(self.deals.t0[mask].min()), float(self.deals.t1[mask].max()),
                                     self.plot_width()))

    def _go_to(self, target: Viewport) -> None:
        """Glide to `target`: start and log(span) interpolated, so a big zoom feels even."""
        self._stop_animation()
        if not self.animate or not self.isVisible():
            self.viewport = target
            return
        source = self.viewport
        animation = QVariantAnimation(self)
        animation.setDuration(ANIMATION_MS)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)

        def step(value: float) -> None:
            span = math.exp(math.log(source.span) + (math.log(target.span) - math.log(source.span)) * value)
            centre = source.start + source.span / 2 + (target.start + target.span / 2 - source.start
                                                        - source.span / 2) * value
            self.viewport = Viewport(centre - span / 2, span, self.plot_width())

        animation.valueChanged.connect(step)
        animation.finished.connect(lambda: setattr(self, "viewport", target.with_width(self.plot_width())))
        self._animation = animation
        animation.start()

    def _stop_animation(self) -> None:
        if self._animation is not None:
            self._animation.stop()
            self._animation = None

    def _set_viewport(self, viewport: Viewport) -> None:
        self._stop_animation()
        start, end = self.data_range()
        self.viewport = viewport.clamped(start, end)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._viewport = self._viewport.with_width(self.plot_width())
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.lane_scroll = max(0, min(len(self.layout_.names) - 1,
                                          self.lane_scroll - int(math.copysign(1, event.angleDelta().y()))))
            self.update()
            return
        anchor = event.position().x() - HEADER_W
        self._set_viewport(self.viewport.zoomed(wheel_factor(event.angleDelta().y() / 8), anchor))

    def pinch(self, factor: float, x: float) -> None:
        """Zoom by `factor` (> 1 zooms in) about widget pixel `x`: the time under it stays put."""
        if factor > 0 and math.isfinite(factor):
            self._set_viewport(self.viewport.zoomed(factor, x - HEADER_W))

    def event(self, event: QEvent) -> bool:  # noqa: D401
        if event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.pinch(1.0 + event.value(), event.position().x())  # value: relative change
                return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.keyPressEvent(event)  # Tab steps through deals instead of moving focus
            return True
        return super().event(event)

    # --- mouse -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._stop_animation()
        pos = event.position()
        lane = self.lane_at(pos.y())
        if pos.x() < HEADER_W and lane is not None:
            self._header_drag = (self.layout_.names[lane], pos.y())
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._band = QRectF(pos, pos)
            self._band_adds = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            return
        self._drag_from = pos
        self._drag_viewport = self.viewport

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._header_drag is not None:
            if abs(pos.y() - self._header_drag[1]) > 3:
                self._header_drop = self._insertion_index(pos.y())
                self.update()
            return
        if self._band is not None:
            self._band.setBottomRight(pos)
            self.update()
            return
        if self._drag_from is not None and self._drag_viewport is not None:
            self._set_viewport(self._drag_viewport.panned(pos.x() - self._drag_from.x()))
            return
        text = self.hover_text(pos.x(), pos.y())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), tooltip(text), self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._header_drag is not None:
            name, _ = self._header_drag
            drop, self._header_drag, self._header_drop = self._header_drop, None, None
            if drop is not None:
                current = self.layout_.lane_of(name)
                self.move_lane(name, drop - 1 if drop > current else drop)
            self.update()
            return
        if self._band is not None:
            band, self._band = self._band.normalized(), None
            chosen = self.deals_in_band(band)
            self.set_selection((self.selected | chosen) if self._band_adds else chosen, notify=True)
            return
        moved = self._drag_from is not None and abs(pos.x() - self._drag_from.x()) > 3
        self._drag_from = None
        if not moved and event.button() == Qt.MouseButton.LeftButton:
            self.click_at(pos.x(), pos.y(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def _insertion_index(self, y: float) -> int:
        """Where a dragged header would land: before the lane whose upper half holds `y`."""
        content_y = y - AXIS_H + self._lane_top[self.lane_scroll]
        mid = (self._lane_top[:-1] + self._lane_top[1:]) / 2
        return int(np.searchsorted(mid, content_y))

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
            money = short_amount(float(amount), self.currency) if np.isfinite(amount) else "no amount"
            title = self.title_of(deal) or f"Deal {deal}"
            when = span_label(float(self.deals.t0[i]), int(self.deals.precision[i]))
            text = f"{title}\n{when} · {money} · {STATUSES[int(self.deals.status[i])]}"
            term = self.term_of(i)
            if term:
                text += f"\nterm {from_days(term[0]).isoformat()} – {from_days(term[1] - 1).isoformat()}"
            return text
        hit = self._aggregate_at(lane, px)
        if hit is not None:
            aggs = self._frame_aggregates
            total = float(aggs.sum_usd[hit])
            return (f"{int(aggs.count[hit])} deals · {short_amount(total, self.currency)}"
                    " — click to zoom in, right-click to list")
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

    def _aggregate_at(self, lane: int, px: float) -> int | None:
        aggs = self._frame_aggregates
        if aggs is None or not len(aggs.lane):
            return None
        hit = np.flatnonzero((aggs.lane == lane) & (aggs.x0 <= px) & (px <= aggs.x1))
        return int(hit[0]) if len(hit) else None

    def aggregate_deals(self, index: int) -> list[int]:
        """The deal ids inside aggregate `index` of the last frame, exactly as it was binned."""
        aggs, vp = self._frame_aggregates, self.viewport
        marks = binning.cell_members(self.deals, self.layout_, int(aggs.lane[index]), float(aggs.x0[index]),
                                     vp.start, vp.span, vp.width, bin_px=BIN_PX)
        return sorted(set(self.deals.deal_id[self.layout_.mark_deal[marks]].tolist()))

    def _zoom_to_aggregate(self, index: int) -> None:
        aggs = self._frame_aggregates
        self.zoom_to(self.viewport.t_of(float(aggs.x0[index])) - 1, self.viewport.t_of(float(aggs.x1[index])) + 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, w = event.key(), self.plot_width()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Tab or (ctrl and key == Qt.Key.Key_Right):
            self.step_selection(+1)
            return
        if key == Qt.Key.Key_Backtab or (ctrl and key == Qt.Key.Key_Left):
            self.step_selection(-1)
            return
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
            Qt.Key.Key_Escape: lambda: self.set_selection(set(), notify=True),
        }
        action = actions.get(Qt.Key(key))
        if action:
            action()
        else:
            super().keyPressEvent(event)

    def step_selection(self, step: int) -> None:
        """Select the next (+1) or previous (-1) deal in time order and keep it in view."""
        n = len(self.deals)
        if n == 0:
            return
        chosen = np.flatnonzero(np.isin(self.deals.deal_id, list(self.selected))) if self.selected else []
        if len(chosen):
            i = int(chosen.max()) + 1 if step > 0 else int(chosen.min()) - 1
        else:  # nothing selected: start from the view's left (or right) edge
            edge = self.viewport.start if step > 0 else self.viewport.end
            i = int(np.searchsorted(self.deals.t0, edge)) - (0 if step > 0 else 1)
        i = min(max(i, 0), n - 1)
        self.set_selection({int(self.deals.deal_id[i])}, notify=True)
        t = float(self.deals.t0[i])
        if not self.viewport.start <= t <= self.viewport.end:
            self._set_viewport(Viewport(t - self.viewport.span / 2, self.viewport.span, self.plot_width()))

    # --- hit testing -----------------------------------------------------------------------
    def lane_at(self, y: float) -> int | None:
        if y < AXIS_H or not len(self.layout_.names):
            return None
        content_y = y - AXIS_H + self._lane_top[self.lane_scroll]
        lane = int(np.searchsorted(self._lane_top, content_y, side="right")) - 1
        return lane if 0 <= lane < len(self.layout_.names) else None

    def lane_rect(self, lane: int) -> QRectF:
        """The lane's row in widget pixels (header included)."""
        top = self._lane_y(lane)
        return QRectF(0, top, self.width(), self._lane_top[lane + 1] - self._lane_top[lane])

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
        hit = self._aggregate_at(lane, px)
        if hit is not None:
            self._zoom_to_aggregate(hit)
            return
        if not extend:
            self.set_selection(set(), notify=True)

    def deals_in_band(self, band: QRectF) -> set[int]:
        """Deal ids inside a rubber band (widget pixels): the single marks whose centre it
        holds, and every member of the aggregates it touches."""
        out: set[int] = set()
        singles = self._frame_singles
        if singles is not None and len(singles.mark):
            lane = self.layout_.mark_lane[singles.mark]
            cx = HEADER_W + np.where(singles.x1 - singles.x0 > 4, (singles.x0 + singles.x1) / 2, singles.x0)
            top = self._lane_y_array(lane)
            cy = top + (self._lane_top[lane + 1] - self._lane_top[lane]) / 2
            inside = (cx >= band.left()) & (cx <= band.right()) & (cy >= band.top()) & (cy <= band.bottom())
            out |= set(self.deals.deal_id[self.layout_.mark_deal[singles.mark[inside]]].tolist())
        aggs = self._frame_aggregates
        if aggs is not None and len(aggs.lane):
            top = self._lane_y_array(aggs.lane)
            bottom = top + (self._lane_top[aggs.lane + 1] - self._lane_top[aggs.lane])
            touch = np.flatnonzero((HEADER_W + aggs.x1 >= band.left()) & (HEADER_W + aggs.x0 <= band.right())
                                   & (bottom >= band.top()) & (top <= band.bottom()))
            if len(touch) <= 200:  # exact, cell by cell
                for k in touch.tolist():
                    out |= set(self.aggregate_deals(k))
            else:  # a wide band: per lane, everything starting between its first and last box
                out |= self._lane_range_deals(aggs.lane[touch], aggs.x0[touch], aggs.x1[touch])
        return out

    def _lane_range_deals(self, lane: np.ndarray, x0: np.ndarray, x1: np.ndarray) -> set[int]:
        out: set[int] = set()
        vp = self.viewport
        for one in np.unique(lane).tolist():
            sel = lane == one
            t_from = vp.start if float(x0[sel].min()) <= 0 else vp.t_of(float(x0[sel].min()))
            marks = binning.members(self.deals, self.layout_, one, t_from, vp.t_of(float(x1[sel].max())))
            out |= set(self.deals.deal_id[self.layout_.mark_deal[marks]].tolist())
        return out

    def connector_segments(self) -> np.ndarray:
        """The connectors of the last frame: rows of (deal_id, x, y_from, y_to) in widget pixels."""
        return self._frame_connectors.copy()

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self.paint(painter, self.width(), self.height())
        finally:
            painter.end()
        if self._first_paint_pending:
            self._first_paint_pending = False
            # the cold-start benchmark reads this line: wall-clock time of the first frame
            print(f"first_paint_epoch {time.time():.6f}", file=sys.stdout, flush=True)
            QTimer.singleShot(0, QApplication.quit)

    def paint(self, p: QPainter, width: int, height: int) -> None:
        """Everything, onto any paint device: the window, an image, an SVG."""
        self._viewport = self._viewport.with_width(max(1.0, width - HEADER_W))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(QRectF(0, 0, width, height), QColor("white"))
        visible_lanes = self._paint_lanes(p, width, height)
        self._paint_axis(p, width, height)
        self._paint_marks(p, visible_lanes)
        self._paint_today(p, height)
        self._paint_headers(p, visible_lanes)
        self._paint_band(p)

    def _lane_y(self, lane: int) -> float:
        return AXIS_H + float(self._lane_top[lane] - self._lane_top[self.lane_scroll])

    def _lane_y_array(self, lane: np.ndarray) -> np.ndarray:
        return AXIS_H + self._lane_top[lane] - self._lane_top[self.lane_scroll]

    def _paint_lanes(self, p: QPainter, width: int, height: int) -> range:
        first = self.lane_scroll
        n = len(self.layout_.names)
        bottom = self._lane_top[first] + height - AXIS_H
        last = min(n, int(np.searchsorted(self._lane_top, bottom, side="left")) + 1)
        last = max(last, first)
        for lane in range(first, last):
            color = self._palette["lane_even" if lane % 2 == 0 else "lane_odd"]
            top = self._lane_y(lane)
            p.fillRect(QRectF(0, top, width, self._lane_top[lane + 1] - self._lane_top[lane]), color)
        return range(first, last)

    def _paint_axis(self, p: QPainter, width: int, height: int) -> None:
        p.fillRect(QRectF(0, 0, width, AXIS_H), QColor("white"))
        font = QFont(p.font())
        font.setPointSizeF(8.5)
        p.setFont(font)
        visible = ticks(self.viewport)
        for tick in visible:
            x = HEADER_W + float(self.viewport.x_of(tick.t))
            if x < HEADER_W:
                continue
            p.setPen(QPen(self._palette["grid_major" if tick.major else "grid_minor"], 1))
            p.drawLine(QPointF(x, AXIS_H - (18 if tick.major else 8)), QPointF(x, height))
            p.setPen(self._palette["text"])
            text = self.tick_formatter(tick)  # the window sets a QLocale formatter
            p.drawText(QPointF(x + 3, 16 if tick.major else AXIS_H - 6), text)
        self._paint_context_label(p, visible, width)
        p.setPen(QPen(self._palette["grid_major"], 1))
        p.drawLine(QPointF(HEADER_W, AXIS_H), QPointF(width, AXIS_H))

    def _paint_context_label(self, p: QPainter, visible: list, width: int) -> None:
        """The year (or month) the left edge lies in, pinned there until the next one pushes it
        out, as a calendar does: without it a view inside one year shows no year at all."""
        tick = context_tick(visible, self.viewport.start)
        if tick is None:
            return
        text = self.tick_formatter(tick)
        x = HEADER_W + 3.0
        following = [t for t in visible if t.major and t.t > self.viewport.start]
        if following:  # pushed left by the next label, never drawn over it
            x = min(x, HEADER_W + float(self.viewport.x_of(following[0].t)) - p.fontMetrics().horizontalAdvance(text) - 8)
        p.save()
        p.setClipRect(QRectF(HEADER_W, 0, width - HEADER_W, AXIS_H))
        p.setPen(self._palette["text"])
        p.drawText(QPointF(x, 16), text)
        p.restore()

    def _paint_marks(self, p: QPainter, visible_lanes: range) -> None:
        # only the lanes on screen are binned: a full view of 3,000 company lanes costs 7× less
        aggs, singles = binning.level_of_detail(
            self.deals, self.layout_, self.viewport.start, self.viewport.span, self.viewport.width,
            bin_px=BIN_PX, lanes=(visible_lanes.start, visible_lanes.stop))
        self._frame_aggregates, self._frame_singles = aggs, singles
        self._frame_connectors = np.empty((0, 4))
        p.save()
        p.setClipRect(QRectF(HEADER_W, AXIS_H, self.viewport.width, 1e6))
        self._paint_aggregates(p, aggs, visible_lanes)
        self._paint_singles(p, singles, visible_lanes, connect=len(aggs) == 0)
        p.restore()

    def _paint_aggregates(self, p: QPainter, aggs: binning.Aggregates, visible_lanes: range) -> None:
        """Geometry in numpy, then one drawRects call per shade: thousands of boxes a frame."""
        keep = np.flatnonzero((aggs.lane >= visible_lanes.start) & (aggs.lane < visible_lanes.stop))
        if not len(keep):
            return
        lane = aggs.lane[keep]
        lane_h = self._lane_top[lane + 1] - self._lane_top[lane]
        thin = lane_h < LANE_H
        count = aggs.count[keep].astype(float)
        share = np.sqrt(count / max(1.0, float(aggs.count.max())))
        h = np.where(thin, lane_h - 4, 8 + (LANE_H - 14) * share)
        y = self._lane_y_array(lane) + (lane_h - h) / 2
        x = HEADER_W + aggs.x0[keep].astype(float)
        w = np.maximum(2.0, (aggs.x1[keep] - aggs.x0[keep]).astype(float) - 1)
        shade = np.minimum((share * AGGREGATE_SHADES).astype(int), AGGREGATE_SHADES - 1)
        base = self._palette["aggregate"].name()
        if len(keep) >= RASTER_AGGREGATES and p.paintEngine().type() == QPaintEngine.Type.Raster:
            self._blit_aggregates(p, aggs.x0[keep], lane, h, shade, visible_lanes)
            return  # this many boxes are too small to carry a count
        p.setPen(Qt.PenStyle.NoPen)
        for level in np.unique(shade):
            sel = np.flatnonzero(shade == level)
            p.setBrush(_color(base, 90 + int(150 * (level + 1) / AGGREGATE_SHADES)))
            # .tolist() first: QRectF from Python floats is ~3x faster than from numpy scalars
            p.drawRects([QRectF(a, b, c, d) for a, b, c, d in zip(x[sel].tolist(), y[sel].tolist(),
                                                                  w[sel].tolist(), h[sel].tolist())])
        if len(keep) < 400:  # close enough in to read counts
            p.setPen(QColor("white"))
            for k in np.flatnonzero((w >= 18) & ~thin):
                p.drawText(QRectF(x[k], y[k], w[k], h[k]), Qt.AlignmentFlag.AlignCenter, str(int(count[k])))

    def _blit_aggregates(self, p: QPainter, x0: np.ndarray, lane: np.ndarray, h: np.ndarray, shade: np.ndarray,
                         visible_lanes: range) -> None:
        """Thousands of boxes as one image: each box is a (lane, pixel bin) cell, so the whole
        layer is a numpy grid expanded to pixels and drawn once. Building ~8,000 QRectF objects
        in Python cost more than the rest of the frame. Same geometry as the drawRects path:
        BIN_PX-wide bins with a 1 px gap, `h` tall, centred in the lane."""
        first, stop = visible_lanes.start, visible_lanes.stop
        tops = self._lane_top[first:stop + 1] - self._lane_top[first]
        heights = np.diff(tops).astype(np.int64)
        total_h = int(tops[-1])
        n_bins = int(math.ceil(self.viewport.width / BIN_PX))
        if total_h <= 0 or n_bins <= 0:
            return
        rel = (lane - first).astype(np.int64)
        col = np.minimum((x0 / BIN_PX).astype(np.int64), n_bins - 1)
        colors = self._shade_argb()
        value = np.zeros((len(heights), n_bins), dtype=np.uint32)
        half = np.zeros((len(heights), n_bins))
        value[rel, col] = colors[shade]
        half[rel, col] = h / 2
        row_lane = np.repeat(np.arange(len(heights)), heights)
        row_off = np.abs(np.arange(total_h) + 0.5 - (tops[:-1] + heights / 2)[row_lane])
        cells = np.where(row_off[:, None] < half[row_lane], value[row_lane], np.uint32(0))
        pixels = np.repeat(cells, BIN_PX, axis=1)
        pixels[:, BIN_PX - 1::BIN_PX] = 0  # the gap between neighbouring boxes
        width = min(pixels.shape[1], int(self.viewport.width))
        pixels = np.ascontiguousarray(pixels[:, :width])
        image = QImage(pixels.data, width, total_h, width * 4, QImage.Format.Format_ARGB32_Premultiplied)
        p.drawImage(QPointF(HEADER_W, self._lane_y(first)), image)

    def _shade_argb(self) -> np.ndarray:
        """The aggregate colour at each shade's alpha, as premultiplied ARGB32 words."""
        base = self._palette["aggregate"]
        out = np.zeros(AGGREGATE_SHADES, dtype=np.uint32)
        for level in range(AGGREGATE_SHADES):
            a = 90 + int(150 * (level + 1) / AGGREGATE_SHADES)
            r, g, b = (int(round(c * a / 255)) for c in (base.red(), base.green(), base.blue()))
            out[level] = (a << 24) | (r << 16) | (g << 8) | b
        return out

    def _paint_singles(self, p: QPainter, singles: binning.Singles, visible_lanes: range,
                       connect: bool = False) -> None:
        """Marks grouped by look (kind, outline style, with or without amount), so each group
        costs one pen and brush change; geometry comes from numpy."""
        lane_of = self.layout_.mark_lane[singles.mark] if len(singles.mark) else np.zeros(0, np.int32)
        keep = np.flatnonzero((lane_of >= visible_lanes.start) & (lane_of < visible_lanes.stop))
        if not len(keep):
            return
        d = self.layout_.mark_deal[singles.mark[keep]]
        lane = lane_of[keep]
        lane_h = self._lane_top[lane + 1] - self._lane_top[lane]
        thin = lane_h < LANE_H
        x0 = HEADER_W + singles.x0[keep].astype(float)
        x1 = HEADER_W + singles.x1[keep].astype(float)
        y_mid = self._lane_y_array(lane) + lane_h / 2
        amount = self.deals.amount_usd[d]
        priced = np.isfinite(amount)
        size = mark_sizes(amount, amount_reference(self.deals.amount_usd), LANE_H)  # shared with the legend
        size = np.where(thin, np.minimum(size, lane_h - 4), size)
        spans = (x1 - x0) > 4
        cx = np.where(spans, (x0 + x1) / 2, x0)
        if connect and len(keep) <= CONNECTOR_LIMIT:
            self._paint_connectors(p, d, cx, y_mid)
        kind, status = self.deals.kind[d], self.deals.status[d]
        # a span no wider than its mark (a day far out) would only be painted over
        self._paint_spans(p, kind, x0, x1, y_mid, spans & ((x1 - x0) > size))
        self._paint_terms(p, d, kind, y_mid + size / 2, thin)
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
                if thin[k]:
                    continue  # a collapsed lane has no room for words
                rect = QRectF(cx[k] - size[k] / 2, y_mid[k] - size[k] / 2, size[k], size[k])
                room = float(next_left[k]) - rect.right() - 8
                self._paint_label(p, int(self.deals.deal_id[d[k]]), rect, int(lane[k]), label_right, room)

    def _paint_connectors(self, p: QPainter, d: np.ndarray, cx: np.ndarray, y_mid: np.ndarray) -> None:
        """One line per pair of consecutive on-screen marks of the same deal (its party lanes),
        so "Oracle ↔ OpenAI" reads as one deal seen from both sides. Drawn under the marks."""
        order = np.lexsort((y_mid, d))
        ds, xs, ys = d[order], cx[order], y_mid[order]
        pair = np.flatnonzero(ds[1:] == ds[:-1])
        if not len(pair):
            return
        segments = np.column_stack((self.deals.deal_id[ds[pair]].astype(float), xs[pair], ys[pair], ys[pair + 1]))
        self._frame_connectors = segments
        kinds = self.deals.kind[ds[pair]]
        for k in np.unique(kinds).tolist():
            sel = np.flatnonzero(kinds == k)
            # opaque, cosmetic 1 px: Qt's fast line path (a translucent or fractional pen goes
            # through the stroker and cost ~40 ms for a few hundred screen-tall lines)
            p.setPen(QPen(self._connector_colors[k], 0))
            p.drawLines([QLineF(x, a, x, b) for x, a, b in zip(xs[pair[sel]].tolist(), ys[pair[sel]].tolist(),
                                                               ys[pair[sel] + 1].tolist())])

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
            p.drawRects([QRectF(a, b - 3, c - a, 6) for a, b, c in zip(x0[sel].tolist(), y_mid[sel].tolist(),
                                                                        x1[sel].tolist())])

    def _paint_terms(self, p: QPainter, d: np.ndarray, kind: np.ndarray, below: np.ndarray, thin: np.ndarray) -> None:
        """A contract term (2027–2031) as a thin bar under the announcement mark: the deal
        is dated by its announcement, the bar shows the years it covers."""
        if not len(self.terms):
            return
        j = np.minimum(np.searchsorted(self.terms.index, d), len(self.terms) - 1)
        has = (self.terms.index[j] == d) & ~thin
        if not has.any():
            return
        sel = np.flatnonzero(has)
        left = HEADER_W + self.viewport.x_of(self.terms.t0[j[sel]])
        right = HEADER_W + self.viewport.x_of(self.terms.t1[j[sel]])
        left, right = np.maximum(left, HEADER_W), np.minimum(right, self.width())
        p.setPen(Qt.PenStyle.NoPen)
        for k in np.unique(kind[sel]).tolist():
            m = np.flatnonzero(kind[sel] == k)
            p.setBrush(_color(self._kind_colors[k].name(), 150))
            p.drawRects([QRectF(a, y + 2, max(b - a, 2.0), 3) for a, b, y in
                         zip(left[m].tolist(), right[m].tolist(), below[sel][m].tolist()) if b > a])

    def _paint_group(self, p: QPainter, key: tuple[int, bool, bool], cx, cy, size, round_marks: bool) -> None:
        kind, dashed, priced = key
        color = self._kind_colors[kind]
        # a fractional width sends every outline through the stroker: only the few round marks
        # close in get it; thousands of batched squares use the 1 px fast path
        pen = QPen(color.darker(140), 1.2 if round_marks and priced else 1)
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
            p.drawLines([QLineF(cx[k] - size[k] / 2 - 2, y_mid[k], cx[k] + size[k] / 2 + 2, y_mid[k])
                         for k in struck.tolist()])
        if self.selected:
            chosen = np.flatnonzero(np.isin(self.deals.deal_id[d], list(self.selected)))
            p.setPen(QPen(self._palette["selection"], 2.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            for k in chosen:
                s = size[k] + 4
                p.drawEllipse(QRectF(cx[k] - s / 2, y_mid[k] - s / 2, s, s))

    def _paint_label(self, p: QPainter, deal_id: int, rect: QRectF, lane: int, label_right: dict[int, float],
                     room: float = 220.0) -> None:
        if room < 40:
            return  # no room before the next mark: the tooltip shows it
        x = rect.right() + 4
        if x < label_right.get(lane, -1.0):
            return  # no room: the label would overlap its neighbour (hover shows it)
        text = self.title_of(deal_id)  # asked only now: titles are read from the store on demand
        if not text:
            return
        metrics = p.fontMetrics()
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(min(220.0, room)))
        w = metrics.horizontalAdvance(text)
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
        small = QFont(p.font())
        small.setPointSizeF(6.5)
        for lane in visible_lanes:
            y = self._lane_y(lane)
            title = KIND_LABELS.get(self.layout_.names[lane], self.layout_.names[lane]) if self.mode == "kind" \
                else self.layout_.names[lane]
            if self.layout_.collapsed[lane]:
                self._paint_collapsed_header(p, small, title, y)
                continue
            name = metrics.elidedText(title, Qt.TextElideMode.ElideRight, HEADER_W - 12)
            p.drawText(QPointF(6, y + 15), name)
            total = float(self.layout_.totals_usd[lane])
            count = int(self.layout_.counts[lane])
            summary = f"{count} deal{'s' if count != 1 else ''}" + (
                f" · {short_amount(round(total, -9), self.currency)}" if total >= 1e9 else "")
            p.setPen(QColor("#6B7480"))
            p.drawText(QPointF(6, y + 29), summary)
            p.setPen(self._palette["text"])
        if self._header_drop is not None:
            y = AXIS_H + float(self._lane_top[min(self._header_drop, len(self._lane_top) - 1)]
                               - self._lane_top[self.lane_scroll])
            p.setPen(QPen(self._palette["selection"], 2))
            p.drawLine(QPointF(0, y), QPointF(self.width(), y))

    def _paint_collapsed_header(self, p: QPainter, small: QFont, title: str, y: float) -> None:
        """A collapsed lane: "▸ name" in small type on its thin strip."""
        normal = p.font()
        p.setFont(small)
        name = p.fontMetrics().elidedText("▸ " + title, Qt.TextElideMode.ElideRight, HEADER_W - 10)
        p.setPen(QColor("#6B7480"))
        p.drawText(QRectF(6, y, HEADER_W - 8, COLLAPSED_H), Qt.AlignmentFlag.AlignVCenter, name)
        p.setFont(normal)
        p.setPen(self._palette["text"])

    def _paint_band(self, p: QPainter) -> None:
        if self._band is None:
            return
        fill = QColor(self._palette["selection"])
        fill.setAlpha(40)
        p.setPen(QPen(self._palette["selection"], 1, Qt.PenStyle.DashLine))
        p.setBrush(fill)
        p.drawRect(self._band.normalized())
