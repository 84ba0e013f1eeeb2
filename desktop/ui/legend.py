"""The legend: what colour, size and outline of a mark mean, drawn with the timeline's own rules.

Kind colours come from `resources/palette.json` (as the timeline's), the amount samples from
`mark_scale` (the timeline's size function and reference amount), so the legend cannot drift
from the picture. The amount samples follow the data and are rebuilt by `sync()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QDockWidget, QGridLayout, QHBoxLayout, QLabel, QMainWindow, QScrollArea, QVBoxLayout, QWidget,
)

from desktop.extraction.titles import short_amount
from desktop.resources import load_json
from desktop.timeline.marks import KINDS
from desktop.ui.mark_scale import MIN_SIZE, amount_reference, legend_amounts, mark_size
from desktop.ui.plain_text import plain_label, tooltip
from desktop.ui.timeline_view import LANE_H, TimelineView

GLYPH_W, GLYPH_H = 40, 19  # a row's sample; amount samples are as tall as their mark
NEUTRAL = QColor("#7A8796")  # samples that are about size or outline, not about kind
KIND_NAMES = {"investment": "investment", "cloud_contract": "cloud contract", "supply": "supply deal",
              "partnership": "partnership", "joint_venture": "joint venture", "acquisition": "acquisition",
              "capex_plan": "investment plan", "project": "project", "other": "other deal"}

Painter = Callable[[QPainter, QRectF], None]


class Glyph(QWidget):
    """One sample mark, painted by a function of (painter, rect)."""

    def __init__(self, paint: Painter, height: int = GLYPH_H, parent: QWidget | None = None):
        super().__init__(parent)
        self._paint = paint
        self.setFixedSize(GLYPH_W, height)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint(p, QRectF(0, 0, self.width(), self.height()))
        finally:
            p.end()


def mark_pen(color: QColor, dashed: bool = False) -> QPen:
    """The timeline's outline: the fill colour darkened, dashed for rumoured/negotiating deals."""
    pen = QPen(color.darker(140), 1.2)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def circle(color: QColor, size: float, dashed: bool = False, struck: bool = False,
           fill: QColor | None = None) -> Painter:
    """A priced mark; `fill` lightens the inside of a status sample so its outline reads."""
    def paint(p: QPainter, r: QRectF) -> None:
        c = r.center()
        p.setPen(mark_pen(color, dashed))
        p.setBrush(fill or color)
        p.drawEllipse(QRectF(c.x() - size / 2, c.y() - size / 2, size, size))
        if struck:  # as the timeline strikes a cancelled deal: a line through, a little wider
            p.setPen(QPen(QColor("#20252B"), 1.2))
            p.drawLine(QPointF(c.x() - size / 2 - 2, c.y()), QPointF(c.x() + size / 2 + 2, c.y()))
    return paint


def open_square(size: float) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        c = r.center()
        p.setPen(mark_pen(NEUTRAL))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(c.x() - size / 2, c.y() - size / 2, size, size))
    return paint


def faded_span(color: QColor) -> Painter:
    """A date known only to its month or year: the period as a faded bar, the mark in its middle."""
    def paint(p: QPainter, r: QRectF) -> None:
        c = r.center()
        faded = QColor(color)
        faded.setAlpha(70)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(faded)
        p.drawRect(QRectF(r.left() + 3, c.y() - 3, r.width() - 6, 6))
        circle(color, 10)(p, r)
    return paint


def term_bar(color: QColor) -> Painter:
    """A contract term: the announcement mark, and under it a bar over the years it covers."""
    def paint(p: QPainter, r: QRectF) -> None:
        c = r.center()
        bar = QColor(color)
        bar.setAlpha(150)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(bar)
        p.drawRect(QRectF(c.x() - 2, c.y() + 5, r.right() - 3 - (c.x() - 2), 3))
        circle(color, 10)(p, QRectF(r.left(), r.top() - 2, r.width(), r.height()))
    return paint


def aggregate_box(color: QColor) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        box = QRectF(r.left() + 4, r.top() + 2, r.width() - 8, r.height() - 4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRect(box)
        font = QFont(p.font())
        font.setPointSizeF(7)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, "12")
    return paint


def line(color: QColor, style: Qt.PenStyle) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(QPen(color, 1, style))
        x = r.center().x()
        p.drawLine(QPointF(x, r.top() + 2), QPointF(x, r.bottom() - 2))
    return paint


def connector(color: QColor) -> Painter:
    """One deal in two party lanes: both marks joined by a line in its kind colour."""
    def paint(p: QPainter, r: QRectF) -> None:
        x, top, bottom = r.center().x(), r.top() + 4, r.bottom() - 4
        line_color = QColor(color)
        line_color.setAlpha(150)
        p.setPen(QPen(line_color, 1.2))
        p.drawLine(QPointF(x, top), QPointF(x, bottom))
        p.setPen(mark_pen(color))
        p.setBrush(color)
        for y in (top, bottom):
            p.drawEllipse(QRectF(x - 3.5, y - 3.5, 7, 7))
    return paint


def ring(color: QColor) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        circle(NEUTRAL, 12)(p, r)
        p.setPen(QPen(color, 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        c = r.center()
        p.drawEllipse(QRectF(c.x() - 8, c.y() - 8, 16, 16))
    return paint


class Section(QWidget):
    """A bold title over rows of (sample, short text)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.heading = heading = QLabel(title)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(0)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.labels: list[QLabel] = []

    def add_row(self, paint: Painter, text: str, explanation: str = "", height: int = GLYPH_H) -> None:
        """No word wrap (wrapped labels break the scroll area's minimum height): the longer
        explanation is the tooltip."""
        row = self.grid.rowCount()
        label = plain_label(text)
        glyph = Glyph(paint, height)
        if explanation:
            label.setToolTip(tooltip(explanation))
            glyph.setToolTip(tooltip(explanation))
        self.grid.addWidget(glyph, row, 0)
        self.grid.addWidget(label, row, 1)
        self.labels.append(label)

    def clear_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # out of the legend at once, freed by the event loop
                widget.setParent(None)
                widget.deleteLater()
        self.labels.clear()


class LegendWidget(QWidget):
    """The legend's sections, in as many columns as its width allows (one when docked at the
    side, three or four under the timeline); `entries()` lists the texts shown."""

    COLUMN_W = 165  # px per column of sections

    def __init__(self, view: TimelineView, parent: QWidget | None = None):
        super().__init__(parent)
        self._view = view
        palette = load_json("palette.json")
        self.kind_colors = {k: QColor(palette["kinds"][k]) for k in KINDS}
        self._colors = {k: QColor(v) for k, v in palette.items() if isinstance(v, str) and v.startswith("#")}
        self._layout = QHBoxLayout(self)  # one QVBoxLayout per column: columns do not share rows
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.setSpacing(18)
        self.amounts = Section("Amount in USD (area)")
        self.sections = [self._kinds(), self.amounts, self._statuses(), self._more()]
        self._columns = 0
        self.sync()
        self._arrange(3)  # as docked under the timeline; resizing re-arranges

    def _kinds(self) -> Section:
        section = Section("Kind (colour)")
        for kind in KINDS:
            section.add_row(circle(self.kind_colors[kind], 12), KIND_NAMES[kind])
        return section

    def _statuses(self) -> Section:
        section = Section("Status (outline)")
        light = QColor("#DDE2E8")
        section.add_row(circle(NEUTRAL, 16, fill=light), "planned … completed",
                        "planned, announced, signed or completed: a solid outline")
        section.add_row(circle(NEUTRAL, 16, dashed=True, fill=light), "rumoured, negotiating",
                        "rumoured or under negotiation: a dashed outline")
        section.add_row(circle(NEUTRAL, 16, struck=True, fill=light), "cancelled", "cancelled: struck through")
        return section

    def _more(self) -> Section:
        section = Section("Date and more")
        section.add_row(faded_span(self.kind_colors["investment"]), "month or year only",
                        "a date known only to its month, quarter or year: the whole period, faded")
        section.add_row(term_bar(self.kind_colors["cloud_contract"]), "contract term",
                        "a contract that runs for years (2027–2031): a bar under the announcement")
        section.add_row(aggregate_box(self._colors["aggregate"]), "many deals (count)",
                        "deals too close together to draw one by one: their number; click to zoom in")
        section.add_row(connector(self.kind_colors["cloud_contract"]), "one deal, two parties",
                        "a deal is drawn in the lane of each of its parties, the marks joined by a line",
                        height=30)
        section.add_row(ring(self._colors["selection"]), "selected")
        section.add_row(line(self._colors["today"], Qt.PenStyle.DashLine), "today")
        return section

    def sync(self) -> None:
        """Rebuild the amount samples for the data the timeline shows now."""
        self.amounts.clear_rows()
        currency = self._view.currency
        self.amounts.heading.setText(f"Amount in {currency} (area)")
        reference = amount_reference(self._view.deals.amount_usd)  # in the display currency
        for amount in legend_amounts(reference):
            size = mark_size(amount, reference, LANE_H)
            text = short_amount(amount, currency)
            self.amounts.add_row(circle(NEUTRAL, size), text,
                                 f"a deal of {text}: the mark's area grows with the amount",
                                 height=max(GLYPH_H, int(size) + 4))
        self.amounts.add_row(open_square(MIN_SIZE), "no amount", "no amount reported: an open square")

    def entries(self) -> list[str]:
        """The texts in the order shown (for tests and accessibility checks)."""
        return [label.text() for section in self.sections for label in section.labels]

    def fit_width(self, width: int) -> None:
        """As many columns as `width` px (the scroll area's viewport) holds."""
        self._arrange(max(1, min(len(self.sections), width // self.COLUMN_W)))

    def _arrange(self, columns: int) -> None:
        """Each section into the column that is shortest so far (by rows), left to right."""
        if columns == self._columns:
            return
        self._columns = columns
        while self._layout.count():  # the old columns go; the sections themselves are kept
            item = self._layout.takeAt(0)
            for section in self.sections:
                item.layout().removeWidget(section)
            item.layout().deleteLater()
        stacks = [QVBoxLayout() for _ in range(columns)]
        height = [0] * columns
        for section in self.sections:
            col = height.index(min(height))
            stacks[col].addWidget(section)
            height[col] += len(section.labels) + 2
        for stack in stacks:
            stack.setSpacing(8)
            stack.addStretch(1)  # the space left over goes below the sections
            self._layout.addLayout(stack, 1)


class LegendScroll(QScrollArea):
    """The legend in a scroll area (a dock may be smaller than the legend); its columns follow
    the visible width, not the legend's own (which never shrinks below its columns)."""

    def __init__(self, legend: LegendWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.legend = legend
        self.setWidget(legend)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self.legend.fit_width(self.viewport().width())

    def sizeHint(self) -> QSize:  # noqa: N802
        """Modest, so that the dock layout leaves the table beside it most of the width."""
        return QSize(3 * LegendWidget.COLUMN_W, super().sizeHint().height())


def legend_scroll(view: TimelineView) -> tuple[LegendScroll, LegendWidget]:
    legend = LegendWidget(view)
    return LegendScroll(legend), legend


class _WidthOnFirstShow(QObject):
    """Gives a dock its width once the window is first shown: before that QMainWindow ignores
    `resizeDocks`, and its own split would leave the table beside the legend too narrow."""

    def __init__(self, window: QMainWindow, beside: QDockWidget, dock: QDockWidget, width: int):
        super().__init__(window)
        self._window, self._beside, self._dock, self._width = window, beside, dock, width
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            self._apply()  # laid out by now on most platforms…
            QTimer.singleShot(0, self._apply)  # …and once more after the first layout pass
        return False

    def _apply(self) -> None:
        rest = max(200, self._window.width() - self._width)
        self._window.resizeDocks([self._beside, self._dock], [rest, self._width], Qt.Orientation.Horizontal)


def size_legend_dock(window: QMainWindow, beside: QDockWidget, dock: QDockWidget, width: int = 540) -> None:
    """Once shown, `dock` (the legend, split beside `beside`) is `width` px wide: three columns."""
    _WidthOnFirstShow(window, beside, dock, width)
