"""Drawing the timeline to a PNG or SVG file without a window (the `render` command and
File → Export Image). The same painter as on screen; SVG keeps text as text."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from desktop.storage.queries import list_deals
from desktop.storage.store import Store
from desktop.timeline.data import deal_parties, load_deal_arrays
from desktop.timeline.viewport import Viewport, to_days


def ensure_application():
    """A QApplication for headless drawing; offscreen when there is no display."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def render_view(view, out: Path, width: int, height: int) -> None:
    """Paint `view` (a TimelineView) into `out`: .png or .svg."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QImage, QPainter

    suffix = out.suffix.lower()
    view.resize(width, height)
    if suffix == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(out))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle("Deal Timeline")
        painter = QPainter(generator)
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
    ensure_application()
    from desktop.ui.timeline_view import TimelineView

    with Store.open(db) as store:
        titles = {d.id: d.title for d in list_deals(store)}
        (deals, undated), parties = load_deal_arrays(store), deal_parties(store)
    view = TimelineView()
    view.resize(width, height)
    view.set_arrays(deals, undated, parties, titles)
    view.set_lane_mode(lanes)
    if date_from or date_to:
        start, end = view.data_range()
        view.viewport = Viewport.fit(to_days(date_from) if date_from else start,
                                     to_days(date_to) if date_to else end, width - 160)
    render_view(view, out, width, height)
    return len(view.deals.deal_id)
