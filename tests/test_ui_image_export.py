"""File → Export Image… and `deal-timeline render`: the same painter, PNG or SVG (text as text),
the chosen time range and lanes."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402

from desktop.cli.main import main as cli_main  # noqa: E402
from desktop.ingest.seeds import import_seeds  # noqa: E402
from desktop.storage.store import Store  # noqa: E402
from desktop.timeline.viewport import to_days  # noqa: E402
from desktop.ui import image_export  # noqa: E402
from desktop.ui.render import build_view  # noqa: E402


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    """QSettings in a temporary folder: the tests must not touch the user's settings."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


def _answer_dialog(monkeypatch: pytest.MonkeyPatch, name: str, chosen: str, asked: list[str]) -> None:
    def fake(parent, caption, start, filters):
        asked.append(start)
        return name, chosen
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def _svg_texts(svg: str) -> list[str]:
    return [t.strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def test_export_image_menu_writes_png_at_the_views_size(window, monkeypatch, tmp_path, settings_dir) -> None:
    action = window.export_image_action
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert action in file_menu.actions() and action.shortcut().toString() == "Ctrl+Shift+E"
    asked: list[str] = []
    out = tmp_path / "shot.png"
    _answer_dialog(monkeypatch, str(out), "PNG image (*.png)", asked)
    window.timeline.set_visible_range(to_days(date(2025, 1, 1)), to_days(date(2026, 1, 1)))
    before = window.timeline.visible_range()
    action.trigger()
    image = QImage(str(out))
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert (image.width(), image.height()) == (window.timeline.width(), window.timeline.height())
    assert window.timeline.visible_range() == before  # exporting does not move the view
    assert str(out) in window.statusBar().currentMessage()
    # the folder is remembered for next time
    asked.clear()
    _answer_dialog(monkeypatch, "", "", asked)
    action.trigger()
    assert Path(asked[0]).parent == tmp_path


def test_export_image_menu_writes_svg_with_text_as_text(window, monkeypatch, tmp_path, settings_dir) -> None:
    out = tmp_path / "timeline"  # no suffix typed: the chosen type decides
    _answer_dialog(monkeypatch, str(out), "SVG drawing, text stays text (*.svg)", [])
    window.timeline.set_lane_mode("company")
    window.export_image_action.trigger()
    svg = out.with_suffix(".svg").read_text(encoding="utf-8")
    texts = _svg_texts(svg)
    assert "<svg" in svg and "OpenAI" in texts and "Oracle" in texts  # lane titles, searchable text
    assert any(re.fullmatch(r"20\d\d", t) for t in texts)  # axis labels too


def test_export_to_an_unwritable_place_says_so(window, monkeypatch, tmp_path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    for bad in (tmp_path / "missing" / "x.png", tmp_path / "missing" / "x.svg", tmp_path / "x.gif"):
        assert not image_export.write_image(window, window.timeline, bad)
    assert len(shown) == 3 and all("Could not write" in s for s in shown)
    assert image_export.write_image(window, window.timeline, tmp_path / "big.png", 2000, 900)
    assert QImage(str(tmp_path / "big.png")).width() == 2000  # a chosen size
    assert window.timeline.viewport.width == window.timeline.plot_width()  # the screen view is intact


@pytest.fixture
def seeded_db(tmp_path: Path) -> Path:
    db = tmp_path / "render.sqlite"
    with Store.open(db) as store:
        import_seeds(store)
    return db


def test_render_honours_from_to_and_lanes(qtbot, seeded_db: Path, tmp_path: Path) -> None:
    view = build_view(seeded_db, 1200, 700, date(2025, 6, 1), date(2025, 9, 30), "kind")
    assert view.visible_range() == pytest.approx((to_days(date(2025, 6, 1)), to_days(date(2025, 10, 1))))
    assert view.mode == "kind"
    out = tmp_path / "r.svg"
    args = ["render", "--db", str(seeded_db), "-o", str(out), "--width", "1200", "--height", "700",
            "--from", "2025-06", "--to", "2025-09", "--lanes", "none"]
    assert cli_main(args) == 0
    texts = _svg_texts(out.read_text(encoding="utf-8"))
    assert {"Jul", "Aug", "Sep"} <= set(texts)  # months of the range…
    assert "2019" not in texts and "Nov" not in texts  # …and nothing far outside it
    assert "OpenAI" not in texts  # --lanes none: no company lanes
    out_company = tmp_path / "c.svg"
    assert cli_main(["render", "--db", str(seeded_db), "-o", str(out_company), "--to", "2025"]) == 0
    assert "OpenAI" in _svg_texts(out_company.read_text(encoding="utf-8"))


def test_render_rejects_a_range_backwards(qtbot, seeded_db: Path, tmp_path: Path, capsys) -> None:
    args = ["render", "--db", str(seeded_db), "-o", str(tmp_path / "x.png"), "--from", "2025-06", "--to", "2025-01"]
    assert cli_main(args) == 2
    assert "--to must not be before --from" in capsys.readouterr().err
