"""Article text is untrusted: it is shown as plain text, never as rich text.

Qt guesses rich text in labels and tooltips (`Qt.mightBeRichText`); these helpers make the
choice explicit.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(text: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: escaped, wrapped as rich text Qt will not reinterpret."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
