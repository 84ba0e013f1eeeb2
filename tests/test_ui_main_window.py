"""The window opens on a database, shows its deals, and shows sources as plain text."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402

from desktop.storage.store import default_db_path  # noqa: E402
from desktop.ui.app import make_application, open_window, qt_default_db_path  # noqa: E402
from desktop.ui.deals_model import COLUMNS  # noqa: E402

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def test_first_start_imports_the_samples_and_shows_their_deals(window) -> None:
    assert window.store.count("articles") == 5
    model = window.table.model()
    assert model.rowCount() == window.store.count("deals") > 5
    parties = [set(model.index(r, COLUMNS.index("Parties")).data().split(" · ")) for r in range(model.rowCount())]
    assert {"Oracle", "OpenAI"} in parties
    assert "5 articles" in window.statusBar().currentMessage()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "main_window.png"))


def test_selecting_a_deal_shows_its_sources_as_plain_text(window) -> None:
    model = window.table.model()
    row = next(r for r in range(model.rowCount())
               if set(model.index(r, COLUMNS.index("Parties")).data().split(" · ")) == {"Oracle", "OpenAI"})
    window.table.selectionModel().select(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    text = window.sources.toPlainText()
    assert "002_b7600d6355574649.txt" in text
    assert "unterzeichnete" in text or "kündigte" in text
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip or "&lt;b&gt;" in tip


def test_sorting_by_amount_uses_numbers_not_text(window) -> None:
    col = COLUMNS.index("USD")
    window.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    top = window.table.model().index(0, COLUMNS.index("Amount")).data()
    assert top.endswith("tn")  # 1.4 trillion beats every "bn"


def test_export_from_the_window_writes_the_csv(window, tmp_path: Path) -> None:
    out = tmp_path / "from_window.csv"
    count = window.write_export(out, "excel")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert count == len(rows) == window.table.model().rowCount()


def test_default_database_path_agrees_between_qt_and_the_headless_core(qtbot) -> None:
    make_application()
    assert qt_default_db_path() == default_db_path()


def test_second_start_does_not_reimport(qtbot, db_path: Path) -> None:
    make_application()
    first = open_window(db_path)
    qtbot.addWidget(first)
    first.store.close()
    second = open_window(db_path)
    qtbot.addWidget(second)
    assert second.store.count("articles") == 5
    assert second.store.count("import_runs") == 1
    second.store.close()


def test_reextract_runs_off_the_gui_thread_and_keeps_the_deals(window, qtbot) -> None:
    before = sorted((d[0], d[1]) for d in window.store.db.execute("SELECT party_key, amount FROM deals"))
    window.store.db.execute("UPDATE articles SET extractor_version = 'old'")
    window.store.db.conn.commit()
    handle = window.reextract_all(start=False)
    assert handle is not None and not window.reextract_action.isEnabled()
    with qtbot.waitSignal(handle.done, timeout=60000) as result:
        handle.start()
    assert result.args[0] == "finished"
    after = sorted((d[0], d[1]) for d in window.store.db.execute("SELECT party_key, amount FROM deals"))
    assert after == before
    assert {r[0] for r in window.store.db.execute("SELECT extractor_version FROM articles")} != {"old"}
    assert window.reextract_action.isEnabled()
    assert "Re-extracted" in window.statusBar().currentMessage()


def test_cancelled_reextract_changes_nothing(window, qtbot) -> None:
    window.store.db.execute("UPDATE articles SET extractor_version = 'old'")
    window.store.db.conn.commit()
    handle = window.reextract_all(start=False)
    handle.cancel()  # the worker reads the flag before its first step
    with qtbot.waitSignal(handle.done, timeout=60000) as result:
        handle.start()
    assert result.args[0] == "cancelled"
    assert {r[0] for r in window.store.db.execute("SELECT extractor_version FROM articles")} == {"old"}
    assert "nothing was changed" in window.statusBar().currentMessage()
