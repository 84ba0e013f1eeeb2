"""Drawing the timeline to a PNG or SVG file without a window (the `render` command and
File → Export Image). The same painter as on screen; SVG keeps text as text."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from desktop.storage.queries import DealTitles
from desktop.storage.store import Store
from desktop.timeline.data import deal_parties, load_deal_arrays, load_terms
from desktop.timeline.viewport import to_days


def ensure_application():
    """A QApplication for headless drawing; offscreen when there is no display."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def render_view(view, out: Path, width: int, height: int) -> None:
    """Resize `view` (an offscreen TimelineView) and paint it into `out`: .png or .svg."""
    view.resize(width, height)
    paint_to_file(view, out, width, height)


def paint_to_file(view, out: Path, width: int, height: int) -> None:
    """Paint `view` at `width` × `height` into `out` (.png or .svg) without resizing the widget,
    so a view on screen can be exported at any size. SVG keeps text as text."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QImage, QPainter

    suffix = out.suffix.lower()
    if suffix == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(out))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle("Deal Timeline")
        painter = QPainter(generator)
        if not painter.isActive():  # QSvgGenerator only warns when it cannot open the file
            raise OSError(f"could not write {out}")
        try:
            view.paint(painter, width, height)
        finally:
            painter.end()
    elif suffix == ".png":
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        try:
            view.paint(painter, width, height)
        finally:
            painter.end()
        if not image.save(str(out)):
            raise OSError(f"could not write {out}")
    else:
        raise ValueError(f"{out.name}: choose a .png or .svg file name")


def render_file(db: Path, out: Path, width: int = 1920, height: int = 1080, date_from: date | None = None,
                date_to: date | None = None, lanes: str = "company") -> int:
    """Render the deals of `db`; returns how many deals the image holds."""
    view = build_view(db, width, height, date_from, date_to, lanes)
    render_view(view, out, width, height)
    return len(view.deals.deal_id)


def build_view(db: Path, width: int, height: int, date_from: date | None = None, date_to: date | None = None,
               lanes: str = "company"):
    """An offscreen TimelineView of `db` showing `date_from` up to and including `date_to`
    (each side defaults to the data's own start or end), lanes by `lanes`."""
    ensure_application()
    from desktop.ui.locale_format import locale_tick_formatter
    from desktop.ui.timeline_view import TimelineView

    with Store.open(db) as store:
        (deals, undated), parties = load_deal_arrays(store), deal_parties(store)
        terms = load_terms(store, deals)
    # titles are read on demand for the labels drawn, through a connection of their own that
    # lives as long as the view (the one above is closed by now)
    titles = DealTitles(Store.open(db))
    view = TimelineView()
    view.tick_formatter = locale_tick_formatter()  # as in the window: the user's month names
    view.resize(width, height)
    view.set_arrays(deals, undated, parties, titles)
    view.set_terms(terms)
    view.set_lane_mode(lanes)
    if date_from or date_to:
        start, end = view.data_range()
        view.set_visible_range(to_days(date_from) if date_from else start,
                               to_days(date_to) + 1 if date_to else end)
    return view
