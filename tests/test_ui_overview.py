"""The overview strip and the scrollbar under the timeline follow it and move it."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402

from desktop.timeline.marks import DealArrays  # noqa: E402
from desktop.timeline.viewport import Viewport, to_days  # noqa: E402
from desktop.ui.overview_strip import OverviewStrip, density  # noqa: E402
from desktop.ui.timeline_view import HEADER_W  # noqa: E402
from tests.conftest import ROOT  # noqa: E402

SCREENSHOTS = ROOT / "screenshots"
Y2025, Y2026 = to_days(date(2025, 1, 1)), to_days(date(2026, 1, 1))


def _zoom_to_2025(window) -> OverviewStrip:
    window.timeline.set_visible_range(Y2025, Y2026)
    return window.timeline_panel.overview


def test_the_panel_stacks_view_scrollbar_and_strip(window) -> None:
    panel = window.timeline_panel
    assert window.centralWidget() is panel and panel.view is window.timeline
    assert panel.view.geometry().bottom() < panel.scrollbar.geometry().top() <= panel.overview.geometry().top()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert panel.overview.grab().save(str(SCREENSHOTS / "overview_strip.png"))


def test_the_window_follows_zoom_and_pan(window, qtbot) -> None:
    strip, view = window.timeline_panel.overview, window.timeline
    view.fit_all()
    x0, x1 = strip.window_rect_x()  # fit all: the window spans the strip
    assert x0 == pytest.approx(HEADER_W, abs=1) and x1 == pytest.approx(strip.width(), abs=1)
    _zoom_to_2025(window)
    assert strip.window_rect_x() == pytest.approx((strip.x_of(Y2025), strip.x_of(Y2026)))
    assert strip.t_of(strip.window_rect_x()[0]) == pytest.approx(Y2025)
    centre = QPointF(HEADER_W + view.plot_width() / 2, 200)
    event = QWheelEvent(centre, view.mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(event)  # zoom in around the middle: the window narrows around it
    a, b = strip.window_rect_x()
    assert b - a < strip.x_of(Y2026) - strip.x_of(Y2025)
    assert (a + b) / 2 == pytest.approx((strip.x_of(Y2025) + strip.x_of(Y2026)) / 2, abs=1)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # pan: the window moves right, keeps its width
    c, d = strip.window_rect_x()
    assert c > a and d - c == pytest.approx(b - a)


def test_dragging_the_window_pans_the_view(window, qtbot) -> None:
    strip, view = _zoom_to_2025(window), window.timeline
    x0, x1 = strip.window_rect_x()
    mid = int((x0 + x1) / 2)
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(mid, 20))
    qtbot.mouseMove(strip, QPoint(mid - 60, 20))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(mid - 60, 20))
    lo, hi = strip.extent()
    shift = -60 / strip.plot_width() * (hi - lo)
    start, end = view.visible_range()
    assert start == pytest.approx(Y2025 + shift, abs=0.5)
    assert end - start == pytest.approx(Y2026 - Y2025)


def test_dragging_an_edge_zooms_and_clicking_beside_jumps(window, qtbot) -> None:
    strip, view = _zoom_to_2025(window), window.timeline
    x1 = int(strip.window_rect_x()[1])
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(x1, 20))
    qtbot.mouseMove(strip, QPoint(x1 - 40, 20))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(x1 - 40, 20))
    start, end = view.visible_range()
    assert start == pytest.approx(Y2025, abs=0.01) and end < Y2026 - 20  # left edge kept, zoomed in
    span = end - start
    target = int(strip.x_of(to_days(date(2021, 7, 1))))  # far left of the window: jump there
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(target, 20))
    start, end = view.visible_range()
    assert (start + end) / 2 == pytest.approx(strip.t_of(target), abs=strip.t_of(1) - strip.t_of(0) + 0.5)
    assert end - start == pytest.approx(span)
    view.animate = False  # double-click fits all; without the glide the end state is at once
    qtbot.mouseDClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(target, 20))
    lo, hi = view.data_range()
    fit = Viewport.fit(lo, hi, view.plot_width())
    assert view.visible_range() == pytest.approx((fit.start, fit.end))


def test_the_strip_never_loses_the_data(window, qtbot) -> None:
    """Dragging the window far off the data stops where the view's own panning stops."""
    strip, view = _zoom_to_2025(window), window.timeline
    x0, x1 = strip.window_rect_x()
    mid = int((x0 + x1) / 2)
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(mid, 20))
    qtbot.mouseMove(strip, QPoint(mid + 3000, 20))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(mid + 3000, 20))
    start, end = view.visible_range()
    assert (start + end) / 2 <= view.data_range()[1] + 1e-6


def test_the_scrollbar_moves_the_view_and_follows_it(window) -> None:
    bar, view = window.timeline_panel.scrollbar, window.timeline
    assert bar.minimum() <= bar.value() <= bar.maximum()
    _zoom_to_2025(window)
    assert bar.value() == round(Y2025) and bar.pageStep() == round(Y2026 - Y2025)
    bar.setValue(bar.value() - 100)  # as dragging the handle or clicking the track does
    start, end = view.visible_range()
    assert start == pytest.approx(round(Y2025) - 100) and end - start == pytest.approx(Y2026 - Y2025)
    bar.triggerAction(bar.SliderAction.SliderToMaximum)
    lo, hi = view.data_range()
    assert view.visible_range()[1] >= hi  # the end of the data is reachable with the scrollbar


def test_density_counts_every_deal_once() -> None:
    deals = DealArrays.synthetic(200_000, seed=3)
    lo, hi = float(deals.t0.min()), float(deals.t1.max())
    counts = density(deals, lo, hi, 400)
    assert counts.sum() == len(deals) and len(counts) == 400
    yearly = density(deals, to_days(date(2015, 1, 1)), to_days(date(2027, 1, 1)), 12)
    assert yearly[-1] > 2 * yearly[1]  # the synthetic data grows over time
    assert density(DealArrays.empty(), 0, 1, 5).tolist() == [0] * 5
    assert np.array_equal(density(deals, lo, hi, 1), [len(deals)])
