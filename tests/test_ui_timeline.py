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
    view.titles[deal_id] = "<b>Evil</b> & Co"
    view.repaint()
    pos = _mark_position(view, deal_id)
    text = view.hover_text(pos.x(), pos.y())
    assert text.startswith("<b>Evil</b> & Co")  # the raw title; the tooltip escapes it
    from desktop.ui.plain_text import tooltip

    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in tooltip(text)
    assert view.hover_text(5, 5) == ""
