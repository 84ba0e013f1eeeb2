"""The timeline in the window: lanes, marks, selection shared with the table, zoom, render."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402

from desktop.ui.timeline_view import AXIS_H, HEADER_W, LANE_H  # noqa: E402
from tests.conftest import ROOT  # noqa: E402

SCREENSHOTS = ROOT / "screenshots"


def test_company_lanes_show_each_deal_in_every_party_lane(window) -> None:
    view = window.timeline
    assert "OpenAI" in view.layout_.names and "Oracle" in view.layout_.names
    dated = len(view.deals.deal_id)
    assert len(view.layout_.mark_deal) > dated  # multi-party deals appear in several lanes
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "timeline_window.png"))


def _mark_position(view, deal_id: int) -> QPointF:
    """Where a deal's first mark was painted in the last frame."""
    d = int(np.flatnonzero(view.deals.deal_id == deal_id)[0])
    singles = view._frame_singles
    marks = singles.mark[view.layout_.mark_deal[singles.mark] == d]
    j = int(np.flatnonzero(singles.mark == marks[0])[0])
    lane = int(view.layout_.mark_lane[marks[0]])
    x0, x1 = float(singles.x0[j]), float(singles.x1[j])
    x = HEADER_W + ((x0 + x1) / 2 if x1 - x0 > 4 else x0)
    return QPointF(x, AXIS_H + (lane - view.lane_scroll) * LANE_H + LANE_H / 2)


def test_clicking_a_mark_selects_the_deal_in_table_and_sources(window, qtbot) -> None:
    view = window.timeline
    view.set_lane_mode("none")
    view.fit_all()
    view.repaint()
    deal_id = int(view.deals.deal_id[0])
    pos = _mark_position(view, deal_id)
    with qtbot.waitSignal(view.selectionChanged):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert view.selected == {deal_id}
    rows = window.selected_deal_rows()
    assert [window.model.deal(r).id for r in rows] == [deal_id]
    assert window.sources.toPlainText().strip()


def test_selecting_in_the_table_highlights_the_timeline(window) -> None:
    model = window.table.model()
    window.table.selectionModel().select(
        model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    deal_id = window.model.deal(window.selected_deal_rows()[0]).id
    assert window.timeline.selected == {deal_id}


def test_wheel_zoom_keeps_the_time_under_the_pointer(window, qtbot) -> None:
    view = window.timeline
    view.fit_all()
    x = HEADER_W + 300.0
    before = view.viewport.t_of(x - HEADER_W)
    event = QWheelEvent(QPointF(x, 100), view.mapToGlobal(QPoint(int(x), 100)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    span = view.viewport.span
    view.wheelEvent(event)
    assert view.viewport.span < span
    assert view.viewport.t_of(x - HEADER_W) == pytest.approx(before, abs=1e-6)


def test_lane_modes(window) -> None:
    view = window.timeline
    view.set_lane_mode("kind")
    assert set(view.layout_.names) <= {"investment", "cloud_contract", "supply", "partnership", "joint_venture",
                                       "acquisition", "capex_plan", "project", "other"}
    view.set_lane_mode("none")
    assert len(view.layout_.names) == 1
    with pytest.raises(ValueError):
        view.set_lane_mode("sideways")


def test_keyboard_navigation(window, qtbot) -> None:
    view = window.timeline
    view.animate = False  # F glides otherwise; the glide has its own test
    view.fit_all()
    start, span = view.viewport.start, view.viewport.span
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.viewport.span < span
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.viewport.start > start
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.viewport.span == pytest.approx(span)


def test_render_command_writes_png_and_svg(tmp_path: Path, seeds_copy: Path) -> None:
    db = tmp_path / "r.sqlite"
    run = [sys.executable, "-m", "desktop"]
    assert subprocess.run([*run, "import", str(seeds_copy), "--db", str(db)], cwd=ROOT,
                          capture_output=True).returncode == 0
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    for out, extra in ((png, []), (svg, ["--lanes", "kind", "--from", "2025-01", "--to", "2026-02"])):
        res = subprocess.run([*run, "render", "--db", str(db), "-o", str(out), "--width", "1200", "--height", "700",
                              *extra], cwd=ROOT, capture_output=True, text=True)
        assert res.returncode == 0, res.stderr
    assert png.read_bytes()[:4] == b"\x89PNG"
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "investment" in text  # lane titles stay text
    bad = subprocess.run([*run, "render", "--db", str(db), "-o", str(tmp_path / "t.gif")], cwd=ROOT,
                         capture_output=True, text=True)
    assert bad.returncode == 2 and ".png or .svg" in bad.stderr


def test_hover_text_is_plain_and_names_the_deal(window) -> None:
    view = window.timeline
    view.set_lane_mode("none")
    view.fit_all()
    deal_id = int(view.deals.deal_id[0])
    view.set_title_lookup(lambda d: "<b>Evil</b> & Co" if d == deal_id else "")
    view.repaint()
    pos = _mark_position(view, deal_id)
    text = view.hover_text(pos.x(), pos.y())
    assert text.startswith("<b>Evil</b> & Co")  # the raw title; the tooltip escapes it
    from desktop.timeline.marks import span_label

    i = int(np.flatnonzero(view.deals.deal_id == deal_id)[0])
    assert span_label(float(view.deals.t0[i]), int(view.deals.precision[i])) in text.splitlines()[1]
    from desktop.ui.plain_text import tooltip

    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in tooltip(text)
    assert view.hover_text(5, 5) == ""


# --- company lanes, connectors, lane editing, selection, zoom ---------------------------------

DAY = 20_000.0  # 2024-10-04 in days since 1970


def _small_view(qtbot, animate: bool = False):
    """A bare TimelineView over four hand-made deals (no window, no store)."""
    from desktop.timeline.marks import DealArrays
    from desktop.timeline.parties import Parties
    from desktop.ui.timeline_view import TimelineView

    deals = DealArrays._build(np.array([1, 2, 3, 4]), np.array([DAY, DAY + 5, DAY + 10, DAY + 15]),
                              np.array([DAY + 1, DAY + 6, DAY + 11, DAY + 16]), np.array([3e10, 1e9, np.nan, 5e9]),
                              np.zeros(4, np.int8), np.full(4, 4, np.int8), np.zeros(4, np.int8))
    parties = Parties.from_mapping({1: ["Oracle", "OpenAI"], 2: ["OpenAI"], 3: ["Nvidia", "Oracle", "OpenAI"],
                                    4: ["Nvidia"]})
    view = TimelineView()
    qtbot.addWidget(view)
    view.animate = animate
    view.resize(1000, 400)
    titles = {1: "Oracle ↔ OpenAI cloud", 2: "OpenAI round", 3: "Three-way", 4: "Nvidia chips"}
    view.set_arrays(deals, [], parties, titles.get)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_to(DAY - 2, DAY + 18)
    view.grab()  # paints a frame synchronously (repaint may not, offscreen)
    return view


def _lane_mid(view, name: str) -> float:
    rect = view.lane_rect(view.layout_.lane_of(name))
    return rect.center().y()


def test_two_party_deal_is_joined_by_a_connector_between_its_lanes(qtbot) -> None:
    view = _small_view(qtbot)
    segments = view.connector_segments()
    of_deal = segments[segments[:, 0] == 1]
    assert len(of_deal) == 1
    ys = sorted(of_deal[0, 2:4])
    assert ys == pytest.approx(sorted([_lane_mid(view, "Oracle"), _lane_mid(view, "OpenAI")]))
    assert len(segments[segments[:, 0] == 3]) == 2  # three lanes: two consecutive connectors
    assert not len(segments[segments[:, 0] == 2])  # one party: nothing to join
    view.zoom_to(DAY - 4000, DAY + 4000)  # far out: still singles here, so connectors stay
    view.grab()  # paints a frame synchronously (repaint may not, offscreen)
    assert len(view.connector_segments())


def test_no_connectors_in_aggregate_mode(qtbot) -> None:
    from desktop.timeline.lanes import synthetic_parties
    from desktop.timeline.marks import DealArrays
    from desktop.ui.timeline_view import TimelineView

    deals = DealArrays.synthetic(20_000, seed=3)
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.set_arrays(deals, [], synthetic_parties(deals, n_companies=12, seed=3))
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paints a frame synchronously (repaint may not, offscreen)
    assert len(view._frame_aggregates) and not len(view.connector_segments())


def _trigger(menu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled(), text
    action.trigger()


def test_lane_context_menu_collapses_hides_moves_and_shows_all(qtbot) -> None:
    view = _small_view(qtbot)
    names = view.lane_names()
    first, second = names[0], names[1]
    _trigger(view.lane_menu(0), "Collapse")
    assert view.is_collapsed(first)
    assert view.lane_rect(0).height() < view.lane_rect(1).height()
    view.grab()  # paints a frame synchronously (repaint may not, offscreen)
    _trigger(view.lane_menu(0), "Expand")
    assert not view.is_collapsed(first)
    _trigger(view.lane_menu(0), "Move Down")
    assert view.lane_names()[:2] == [second, first]
    _trigger(view.lane_menu(1), "Move Up")
    assert view.lane_names()[:2] == [first, second]
    _trigger(view.lane_menu(0), "Hide")
    assert first not in view.lane_names() and view.hidden_lanes() == [first]
    view.set_lane_mode("kind")
    view.set_lane_mode("company")  # a relayout keeps what the user did
    assert first not in view.lane_names()
    _trigger(view.lane_menu(0), "Show All Lanes")
    assert view.lane_names() == names
    assert not next(a for a in view.lane_menu(0).actions() if a.text() == "Move Up").isEnabled()


def test_dragging_a_lane_header_reorders_the_lanes(qtbot) -> None:
    view = _small_view(qtbot)
    names = view.lane_names()
    start = QPoint(40, int(_lane_mid(view, names[0])))
    end = QPoint(40, int(view.lane_rect(2).bottom()) - 2)  # lower half of the third lane
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    assert view.lane_names() == [names[1], names[2], names[0]]


def test_rubber_band_selects_the_deals_inside(qtbot) -> None:
    view = _small_view(qtbot)
    x_of = lambda t: int(HEADER_W + view.viewport.x_of(t))  # noqa: E731
    top, bottom = 0, view.height() - 1
    with qtbot.waitSignal(view.selectionChanged) as got:
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                         QPoint(x_of(DAY + 3), top + AXIS_H + 1))
        qtbot.mouseMove(view, QPoint(x_of(DAY + 12), bottom))
        view.grab()  # paints a frame synchronously (repaint may not, offscreen)
        SCREENSHOTS.mkdir(exist_ok=True)
        assert view.grab().save(str(SCREENSHOTS / "timeline_rubber_band.png"))
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                           QPoint(x_of(DAY + 12), bottom))
    assert got.args == [[2, 3]] and view.selected == {2, 3}
    start = view.viewport.start
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(x_of(DAY + 17), 200))  # plain drag pans
    qtbot.mouseMove(view, QPoint(x_of(DAY + 17) + 80, 200))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(x_of(DAY + 17) + 80, 200))
    assert view.viewport.start < start and view.selected == {2, 3}


def test_ctrl_click_toggles_and_tab_steps_through_deals(qtbot) -> None:
    view = _small_view(qtbot)
    view.set_lane_mode("none")
    view.grab()  # paints a frame synchronously (repaint may not, offscreen)
    y = int(view.lane_rect(0).center().y())
    x_of = lambda t: int(HEADER_W + view.viewport.x_of(t))  # noqa: E731
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x_of(DAY), y))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, QPoint(x_of(DAY + 10), y))
    assert view.selected == {1, 3}
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, QPoint(x_of(DAY), y))
    assert view.selected == {3}
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected == {4}
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.selected == {3}
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert view.selected == {2}


def test_pinch_zoom_keeps_the_time_under_the_fingers(qtbot) -> None:
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    view = _small_view(qtbot)
    x = HEADER_W + 250.0
    before, span = view.viewport.t_of(x - HEADER_W), view.viewport.span
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
                                QPointF(x, 100), QPointF(x, 100), QPointF(x, 100), 0.5, QPointF(0, 0))
    _send(view, event)
    assert view.viewport.span == pytest.approx(span / 1.5)
    assert view.viewport.t_of(x - HEADER_W) == pytest.approx(before, abs=1e-6)


def _send(widget, event) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, event)


def test_fit_all_glides_and_reports_the_viewport(qtbot) -> None:
    view = _small_view(qtbot, animate=True)
    seen: list[tuple[float, float]] = []
    view.viewportChanged.connect(lambda a, b: seen.append((a, b)))
    view.fit_all()
    start, end = view.data_range()
    qtbot.waitUntil(lambda: view.viewport.start <= start and view.viewport.end >= end and
                    view._animation is not None and not view._animation.state().name == "Running", timeout=3000)
    assert len(seen) >= 2  # intermediate frames, then the target
    view.set_visible_range(DAY, DAY + 30)
    assert view.visible_range() == pytest.approx((DAY, DAY + 30))
    assert seen[-1] == pytest.approx((DAY, DAY + 30))


def test_aggregate_lists_its_deals_or_zooms_in(qtbot) -> None:
    from desktop.timeline.marks import DealArrays
    from desktop.ui.timeline_view import TimelineView

    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 300)
    view.set_arrays(DealArrays.synthetic(8000, seed=2), [], {})
    view.set_lane_mode("none")
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paints a frame synchronously (repaint may not, offscreen)
    aggs = view._frame_aggregates
    k = int(np.argmax(aggs.count))
    with qtbot.waitSignal(view.aggregateClicked) as got:
        _trigger(view.aggregate_menu(k), "List Deals")
    assert len(got.args[0]) == int(aggs.count[k])
    span = view.viewport.span
    x = HEADER_W + float(aggs.x0[k] + aggs.x1[k]) / 2
    view.click_at(x, view.lane_rect(0).center().y())
    assert view.viewport.span < span / 10


def test_company_lanes_with_connectors_and_a_collapsed_lane_screenshot(qtbot) -> None:
    view = _small_view(qtbot)
    view.set_lane_collapsed("Nvidia", True)
    view.set_selection({1})
    view.grab()  # paints a frame synchronously (repaint may not, offscreen)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert view.grab().save(str(SCREENSHOTS / "timeline_connectors.png"))
    assert len(view.connector_segments())


def test_cold_start_path_paints_once_and_quits(tmp_path: Path) -> None:
    import os

    from desktop.ui.timeline_view import FIRST_PAINT_ENV

    env = {**os.environ, FIRST_PAINT_ENV: "1", "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    res = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "cold.sqlite")], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "first_paint_epoch" in res.stdout


def test_aggregate_layer_as_one_image_matches_the_drawn_boxes(qtbot, monkeypatch) -> None:
    import desktop.ui.timeline_view as tv
    from PySide6.QtGui import QImage, QPainter

    from desktop.timeline.lanes import synthetic_parties
    from desktop.timeline.marks import DealArrays

    deals = DealArrays.synthetic(30_000, seed=5)
    view = tv.TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.set_arrays(deals, [], synthetic_parties(deals, n_companies=40, seed=5))
    view.set_lane_collapsed(view.lane_names()[1], True)
    images = []
    for limit in (400, 10**9):  # the image path, then one drawRects per shade
        monkeypatch.setattr(tv, "RASTER_AGGREGATES", limit)
        image = QImage(900, 500, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        view.paint(painter, 900, 500)
        painter.end()
        images.append(image)
    assert len(view._frame_aggregates) >= 400
    assert images[0] == images[1]


def test_wide_rubber_band_over_aggregates_selects_their_deals(qtbot) -> None:
    from desktop.timeline.marks import DealArrays
    from desktop.ui.timeline_view import TimelineView
    from PySide6.QtCore import QRectF

    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 300)
    deals = DealArrays.synthetic(8000, seed=2)
    view.set_arrays(deals, [], {})
    view.set_lane_mode("none")
    view.grab()
    everything = view.deals_in_band(QRectF(HEADER_W - 5, AXIS_H, 2000, 500))
    assert everything == set(deals.deal_id.tolist())


def test_list_deals_of_an_aggregate_selects_them_in_the_table(window, qtbot) -> None:
    view = window.timeline
    ids = sorted(int(d) for d in view.deals.deal_id[:2])
    view.aggregateClicked.emit(ids)
    assert view.selected == set(ids)
    assert sorted(window.model.deal(r).id for r in window.selected_deal_rows()) == ids


def test_window_with_a_collapsed_lane_screenshot(window) -> None:
    view = window.timeline
    view.set_lane_collapsed("Oracle", True)
    _trigger(view.lane_menu(view.layout_.lane_of("Meta")), "Hide")
    assert view.is_collapsed("Oracle") and "Meta" not in view.lane_names()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "timeline_window_collapsed.png"))


def test_a_refresh_keeps_the_users_place_on_the_timeline(window) -> None:
    view = window.timeline
    view.zoom_to(view.viewport.start + 10, view.viewport.start + 40)
    before = (view.viewport.start, view.viewport.span)
    window.apply_filter(window.deal_filter.with_(kinds=("investment",)))
    assert (view.viewport.start, view.viewport.span) == before


def test_a_contract_term_is_a_bar_under_its_announcement(window) -> None:
    from datetime import date

    from desktop.timeline.viewport import to_days

    view = window.timeline
    row = window.store.db.execute(
        "SELECT id, term_start, term_end FROM deals WHERE term_start IS NOT NULL AND term_end IS NOT NULL"
        " AND date IS NOT NULL LIMIT 1").fetchone()
    assert row, "the samples hold Oracle's 300 bn contract from 2027 to 2031"
    i = int(np.flatnonzero(view.deals.deal_id == row[0])[0])
    t0, t1 = view.term_of(i)
    assert t0 == to_days(date(int(row[1][:4]), 1, 1)) and t1 == to_days(date(int(row[2][:4]) + 1, 1, 1))
    assert "term 2027-01-01 – 2031-12-31" in view.hover_text(*_hover_point(view, row[0]))
    assert "contract term" in window.legend.entries()


def _hover_point(view, deal_id: int) -> tuple[float, float]:
    view.set_lane_mode("none")
    view.zoom_to(view.deals.t0.min() - 30, view.deals.t1.max() + 30)
    view.grab()
    point = _mark_position(view, deal_id)
    return point.x(), point.y()


def test_the_lane_arrangement_and_window_layout_come_back_next_session(window, qtbot, db_path) -> None:
    from desktop.ui.app import open_window

    view = window.timeline
    view.set_lane_mode("company")
    hidden, collapsed = view.layout_.names[-1], view.layout_.names[0]
    view.hide_lane(hidden)
    view.set_lane_collapsed(collapsed, True)
    window.legend_dock.hide()
    window.close()  # saves
    again = open_window(db_path)
    qtbot.addWidget(again)
    try:
        assert hidden in again.timeline.hidden_lanes() and hidden not in again.timeline.layout_.names
        assert again.timeline.is_collapsed(collapsed)
        assert not again.legend_dock.isVisibleTo(again)
    finally:
        again.close()
        again.store.close()


def test_damaged_lane_settings_are_ignored(window) -> None:
    window.timeline.restore_lane_edits({"company": {"hidden": [3, None], "order": "x"}, "bogus": 1})
    window.timeline.restore_lane_edits("not a dict")
    assert window.timeline.layout_.names  # still drawn, nothing raised
