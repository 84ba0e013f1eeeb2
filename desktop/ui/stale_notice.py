"""A bar under the filters that offers re-extraction when the store holds articles read by an
older version of the extractor (after an update of the app, or a database from elsewhere)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QToolBar, QWidget

from desktop.ui.plain_text import plain_label


class StaleNotice(QToolBar):
    reextractRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Re-extraction notice", parent)
        self.setObjectName("stale-notice")
        self.setMovable(False)
        self.setFloatable(False)
        self.dismissed = False  # "Not Now": quiet until the window opens again
        self.label: QLabel = plain_label()
        self.addWidget(self.label)
        self.now_button = QPushButton("Re-extract Now")
        self.now_button.clicked.connect(self.reextractRequested)
        self.addWidget(self.now_button)
        self.later_button = QPushButton("Not Now")
        self.later_button.clicked.connect(self._dismiss)
        self.addWidget(self.later_button)
        self.hide()

    def show_count(self, stale: int) -> None:
        """Show the offer for `stale` articles; hide it when there are none."""
        if stale <= 0 or self.dismissed:
            self.hide()
            return
        noun = "article was" if stale == 1 else "articles were"
        self.label.setText(f"  {stale} {noun} read by an older version of the extractor. "
                           "Re-extracting finds what the current one finds; your corrections are kept.  ")
        self.show()

    def _dismiss(self) -> None:
        self.dismissed = True
        self.hide()
