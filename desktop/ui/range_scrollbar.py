"""A horizontal scrollbar bound to the timeline's visible range.

One scrollbar unit is one day. The track covers the data range with the margin 'fit all' uses,
widened to include wherever the view is now: after 'fit all' the handle fills the track, and a
view panned off the data never puts the handle outside it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollBar, QWidget

from desktop.timeline.viewport import Viewport
from desktop.ui.timeline_view import TimelineView


class RangeScrollBar(QScrollBar):
    def __init__(self, view: TimelineView, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._view = view
        self._syncing = False  # our own setValue must not move the view back
        self.setToolTip("Scroll through time")
        view.viewportChanged.connect(self.sync_from_view)
        self.valueChanged.connect(self._move_view)
        self.sync_from_view()

    def sync_from_view(self, *_: float) -> None:
        """Range, handle size and position from the view's visible range."""
        start, end = self._view.visible_range()
        span = end - start
        lo, hi = self._view.data_range()
        fit = Viewport.fit(lo, hi, 1.0)
        first = min(fit.start, start)
        last = max(fit.end - span, start)
        self._syncing = True
        try:
            self.setRange(math.floor(first), math.ceil(last))
            self.setPageStep(max(1, round(span)))
            self.setSingleStep(max(1, round(span / 10)))
            self.setValue(round(start))
        finally:
            self._syncing = False

    def _move_view(self, value: int) -> None:
        if self._syncing:
            return
        start, end = self._view.visible_range()
        self._view.set_visible_range(float(value), float(value) + (end - start))
