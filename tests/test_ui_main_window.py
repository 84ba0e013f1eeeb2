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
    panel = window.sources_panel  # the article text, plain; the file it came from above it
    text = window.sources.toPlainText()
    assert panel.article_heading.text() == "002_b7600d6355574649.txt"
    assert "unterzeichnete" in text or "kündigte" in text
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip or "&lt;b&gt;" in tip


def test_sorting_by_amount_uses_numbers_not_text(window) -> None:
    col = COLUMNS.index("Display")
    assert window.table.model().headerData(col, Qt.Orientation.Horizontal) == "USD"
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


def test_articles_read_by_an_older_extractor_are_offered_for_reextraction(window, qtbot) -> None:
    notice = window.stale_notice
    assert notice.isHidden()  # everything read by this version
    window.store.db.execute("UPDATE articles SET extractor_version = 'old' WHERE id <= 2")
    window.store.db.conn.commit()
    window.refresh()
    assert not notice.isHidden() and notice.label.text().strip().startswith("2 articles were read by an older")
    assert notice.label.textFormat() == Qt.TextFormat.PlainText
    qtbot.wait(20)  # the legend rebuilt by refresh() lays out on the next event loop pass
    window.grab().save(str(SCREENSHOTS / "stale_notice.png"))
    with qtbot.waitSignal(notice.reextractRequested, timeout=1000):
        qtbot.mouseClick(notice.now_button, Qt.MouseButton.LeftButton)
    assert window.job is not None and notice.isHidden()
    qtbot.waitUntil(lambda: window.job is None, timeout=60000)
    assert notice.isHidden() and window.store.stale_articles("old") == 5


def test_not_now_hides_the_offer_until_the_next_start(window) -> None:
    window.store.db.execute("UPDATE articles SET extractor_version = 'old'")
    window.store.db.conn.commit()
    window.refresh()
    window.stale_notice.later_button.click()
    window.refresh()
    assert window.stale_notice.isHidden() and window.store.stale_articles("old") == 0


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


def _folder(tmp_path: Path, good: int, bad: int = 0) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for i in range(good):
        (folder / f"a{i:03d}.txt").write_text(
            f"date 2026-0{1 + i % 9}-0{1 + i % 9}\nMeldung {i}: Nvidia investiert {i + 2} Milliarden Dollar "
            f"in das Start-up Firma{i} AG.\n", encoding="utf-8")
    for i in range(bad):
        (folder / f"bad{i}.pdf").write_bytes(b"%PDF-1.4")
    return folder


def test_import_folder_from_the_window_with_summary_and_new_deals_selected(window, qtbot, tmp_path) -> None:
    folder = _folder(tmp_path, good=3, bad=1)
    flow = window.import_paths([folder], start=False)
    assert flow is not None and not window.import_files_action.isEnabled()
    with qtbot.waitSignal(flow.finished, timeout=60000):
        flow.start()
    assert flow.outcome == "finished"
    assert window.store.count("articles") == 5 + 3
    message = window.summary_box.text()
    assert "3 imported" in message and "1 failed" in message
    assert "bad0.pdf" in window.summary_box.detailedText()
    assert len(window.timeline.selected) == 3  # the new deals are highlighted
    assert window.import_files_action.isEnabled()


def test_cancel_import_midway_stops_between_files(window, qtbot, tmp_path) -> None:
    folder = _folder(tmp_path, good=40)
    flow = window.import_paths([folder], start=False)
    # the flag alone: this runs in the worker thread, which must not touch widgets
    flow.handle.worker.progress.connect(lambda done, total, label: flow.handle.worker.cancel() if done == 2 else None)
    with qtbot.waitSignal(flow.finished, timeout=60000):
        flow.start()
    assert flow.outcome == "cancelled"
    imported = window.store.count("articles") - 5
    assert 2 <= imported < 40
    assert window.store.db.execute(
        "SELECT status FROM import_runs ORDER BY id DESC LIMIT 1").fetchone()[0] == "cancelled"
    # the rest comes in when the same folder is imported again, without duplicates
    again = window.import_paths([folder], start=False)
    with qtbot.waitSignal(again.finished, timeout=60000):
        again.start()
    assert window.store.count("articles") == 5 + 40


def test_progress_label_names_the_file_and_time_left() -> None:
    from desktop.ingest.importer import FileOutcome, Progress
    from desktop.ui.import_flow import describe_progress

    describe = describe_progress([0.0])
    done, total, label = describe(Progress(5, 20, FileOutcome("/x/story.txt", "imported")))
    assert (done, total) == (5, 20) and "5 of 20: story.txt" in label and "left" in label


def test_progress_label_and_summary_name_the_second_reading() -> None:
    from desktop.ingest.importer import READ_AGAIN, FileOutcome, ImportSummary, Progress
    from desktop.ui.import_flow import describe_progress, summary_text

    describe = describe_progress([0.0])
    done, total, label = describe(Progress(2, 3, FileOutcome("/x/story.txt", READ_AGAIN, deals=1), phase=READ_AGAIN))
    assert (done, total) == (2, 3)
    assert label == "Reading again with company names other articles taught: 2 of 3: story.txt"
    summary = ImportSummary(run_id=1, outcomes=[FileOutcome("/x/story.txt", "imported", deals=2)], read_again=1)
    message, _details = summary_text(summary, "finished")
    assert message.endswith("1 read again with company names other articles taught.")


def test_a_cancelled_import_says_how_many_files_it_stored(window, qtbot, tmp_path) -> None:
    from desktop.ui.import_flow import summary_text

    folder = _folder(tmp_path, good=40)
    flow = window.import_paths([folder], start=False)
    flow.handle.worker.progress.connect(lambda done, total, label: flow.handle.worker.cancel() if done == 3 else None)
    with qtbot.waitSignal(flow.finished, timeout=60000):
        flow.start()
    imported = window.store.count("articles") - 5
    assert flow.outcome == "cancelled" and flow.summary is not None
    message, _ = summary_text(flow.summary, flow.outcome)
    assert message.startswith(f"Import cancelled. {imported} imported")  # not "before the first file"
