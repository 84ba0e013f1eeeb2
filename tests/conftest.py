"""Shared fixtures. GUI tests run offscreen; nothing here imports Qt."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt keeps its settings (QSettings) under XDG_CONFIG_HOME: never the user's own, and emptied
# for every window a test opens (see `window`).
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="deal-timeline-test-config-")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the sample articles."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "deals.sqlite"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the user's real database."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("DEAL_TIMELINE_DB", raising=False)


@pytest.fixture
def window(qtbot, db_path: Path):
    """The main window on a new database (the samples are imported on first start)."""
    from PySide6.QtCore import QSettings

    from desktop.ui.app import make_application, open_window

    make_application()
    QSettings().clear()  # what an earlier test's window remembered must not leak in
    win = open_window(db_path)
    win.timeline.animate = False  # Fit All and Zoom to Selection land at once
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()  # stops pending timers before the store goes
    win.store.close()
