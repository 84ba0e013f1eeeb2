"""The window's centre: the timeline, its scrollbar and the overview strip, stacked."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.locale_format import locale_tick_formatter
from desktop.ui.overview_strip import OverviewStrip
from desktop.ui.range_scrollbar import RangeScrollBar
from desktop.ui.timeline_view import TimelineView


class TimelinePanel(QWidget):
    def __init__(self, view: TimelineView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view or TimelineView()
        # axis labels in the user's language (the headless default is English/ISO)
        self.view.tick_formatter = locale_tick_formatter()
        self.scrollbar = RangeScrollBar(self.view)
        self.overview = OverviewStrip(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.scrollbar)
        layout.addWidget(self.overview)
        self.setFocusProxy(self.view)  # keys go to the timeline, as before the panel existed
