"""The filter bar narrows the table, the timeline and the count at once; the table sorts in SQL;
selection stays shared between timeline, table and sources; Export CSV writes all or the kept deals."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QFileDialog  # noqa: E402

from desktop.storage.filters import DealFilter, count, matching_ids, total  # noqa: E402
from desktop.ui.deals_model import COLUMNS, DEAL_ROLE  # noqa: E402
from desktop.ui.export_dialog import ExportDialog  # noqa: E402
from desktop.ui.filter_bar import CURRENCY_KEY  # noqa: E402


@pytest.fixture(autouse=True)
def _restore_currency():
    """The display currency is a saved preference: leave it as the other tests expect it."""
    yield
    QSettings().setValue(CURRENCY_KEY, "USD")


def table_ids(window) -> list[int]:
    model = window.table.model()
    return [model.index(r, 0).data(DEAL_ROLE) for r in range(model.rowCount())]


def timeline_ids(window) -> set[int]:
    return set(window.timeline.deals.deal_id.tolist()) | set(window.timeline.undated)


def test_typing_a_search_narrows_table_timeline_and_count_and_esc_restores(window, qtbot) -> None:
    bar, everything = window.filter_bar, total(window.store)
    assert bar.count_label.text() == f"{everything} of {everything} deals"
    assert len(timeline_ids(window)) == everything
    bar.search.setFocus()
    qtbot.keyClicks(bar.search, "Oracle")
    qtbot.waitUntil(lambda: window.deal_filter.text == "Oracle", timeout=3000)  # after the debounce
    kept = set(matching_ids(window.store, DealFilter(text="Oracle")))
    assert 0 < len(kept) < everything
    assert set(table_ids(window)) == kept == timeline_ids(window)
    assert bar.count_label.text() == f"{len(kept)} of {everything} deals"
    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.deal_filter.text == "", timeout=3000)
    assert bar.search.text() == ""
    assert len(table_ids(window)) == len(timeline_ids(window)) == everything


def test_ctrl_f_focuses_the_search(window, qtbot) -> None:
    window.timeline.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    qtbot.keyClick(window.timeline, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.search.hasFocus()


def test_companies_kinds_amount_and_dates_from_the_bar(window, qtbot) -> None:
    bar = window.filter_bar
    with qtbot.waitSignal(window.filterChanged, timeout=3000):
        bar.companies.setText("oracle, openai")  # any case; both names: deals with either
        bar.flush()
    assert window.deal_filter.companies == ("Oracle", "OpenAI")
    with qtbot.waitSignal(window.filterChanged, timeout=3000):
        bar.kinds.action_for("cloud_contract").setChecked(True)  # a menu choice applies at once
    assert bar.kinds.text() == "Kind: cloud contract"
    with qtbot.waitSignal(window.filterChanged, timeout=3000):
        bar.min_amount.setText("100 bn")
        bar.date_from.setText("2025-09")
        bar.flush()
    f = window.deal_filter
    assert (f.min_amount, f.date_from, f.kinds) == (100e9, "2025-09", ("cloud_contract",))
    expected = set(matching_ids(window.store, f))
    assert expected and set(table_ids(window)) == expected == timeline_ids(window)
    assert expected < set(matching_ids(window.store, DealFilter(companies=f.companies)))
    # input that cannot be read is named, and left out rather than matching nothing
    bar.date_to.setText("Juni")
    bar.companies.setText("Oracle, Nobody Inc")
    bar.flush()
    assert "Juni" in bar.problem.text() and "Nobody Inc" in bar.problem.text()
    assert window.deal_filter.date_to is None and window.deal_filter.companies == ("Oracle",)


def test_clear_filters_action_shows_every_deal_again(window, qtbot) -> None:
    bar = window.filter_bar
    bar.search.setText("Oracle")
    bar.statuses.action_for("signed").setChecked(True)
    bar.flush()
    assert window.model.rowCount() < total(window.store)
    clear = next(a for a in window.menuBar().actions() if a.text() == "&View").menu().actions()
    clear_action = next(a for a in clear if a.text() == "C&lear Filters")
    clear_action.trigger()
    assert window.deal_filter.is_empty() and bar.search.text() == "" and bar.statuses.checked() == ()
    assert window.model.rowCount() == total(window.store) == len(timeline_ids(window))


def test_display_currency_switches_the_column_and_is_remembered(window, qtbot) -> None:
    model, col = window.table.model(), COLUMNS.index("Display")
    euro_deal = window.store.db.execute(
        "SELECT id, amount_usd, amount_eur FROM deals WHERE currency = 'EUR' LIMIT 1").fetchone()
    row = model.row_of(euro_deal[0])
    usd_text = model.index(row, col).data()
    window.filter_bar.currency.setCurrentText("EUR")
    assert model.headerData(col, Qt.Orientation.Horizontal) == "EUR"
    assert window.deal_filter.currency == "EUR" and QSettings().value(CURRENCY_KEY) == "EUR"
    row = model.row_of(euro_deal[0])
    assert model.index(row, col).data() != usd_text
    assert model.index(row, col).data() == model.index(row, COLUMNS.index("Amount")).data()  # EUR deal


def test_sorting_by_a_column_header_orders_in_sql(window, qtbot) -> None:
    model, header = window.table.model(), window.table.horizontalHeader()
    date_col = COLUMNS.index("Date")
    window.table.sortByColumn(date_col, Qt.SortOrder.DescendingOrder)
    dates = [model.index(r, date_col).data() for r in range(model.rowCount())]
    dated = [d for d in dates if d != "undated"]
    assert dated == sorted(dated, reverse=True) and dates[-1] == "undated"  # undated last either way
    # a click on the Parties header sorts by the first party
    parties_col = COLUMNS.index("Parties")
    x = header.sectionViewportPosition(parties_col) + header.sectionSize(parties_col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    column, order = model.sort_state()
    assert column == parties_col and header.sortIndicatorOrder() == order
    firsts = [model.index(r, parties_col).data().split(" · ")[0].lower() for r in range(model.rowCount())]
    assert firsts == sorted(firsts, reverse=order == Qt.SortOrder.DescendingOrder)


def test_selection_follows_its_deal_through_sorting(window, qtbot) -> None:
    model = window.table.model()
    deal_id = model.deal_id(3)
    window.table.selectionModel().select(
        model.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    window.table.sortByColumn(COLUMNS.index("Title"), Qt.SortOrder.AscendingOrder)
    assert window.selected_deal_rows() == [model.row_of(deal_id)]
    assert window.timeline.selected == {deal_id}


def test_selection_sync_both_ways_under_a_filter(window, qtbot) -> None:
    window.apply_filter(DealFilter(companies=("OpenAI",)))
    model = window.table.model()
    # timeline -> table and sources
    deal_id = model.deal_id(model.rowCount() - 1)
    window.timeline.set_selection({deal_id}, notify=True)
    assert window.selected_deal_rows() == [model.row_of(deal_id)]
    assert window.sources_panel.deal_id == deal_id
    # table -> timeline and sources
    window.table.selectionModel().select(
        model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert window.timeline.selected == {model.deal_id(0)}
    assert window.sources_panel.deal_id == model.deal_id(0)
    # several deals selected in the timeline become one selection in the table
    several = set(model.deal_ids()[::2].tolist())
    window.timeline.set_selection(several, notify=True)
    assert {model.deal_id(r) for r in window.selected_deal_rows()} == several
    # a filter that hides the selected deal leaves nothing selected anywhere
    hidden = model.deal_id(0)
    others = [k for k in ("investment", "cloud_contract", "supply", "capex_plan", "partnership", "joint_venture",
                          "project") if count(window.store, DealFilter(kinds=(k,))) and
              hidden not in matching_ids(window.store, DealFilter(kinds=(k,)))]
    window.timeline.set_selection({hidden}, notify=True)
    window.apply_filter(DealFilter(kinds=(others[0],)))
    assert window.selected_deal_rows() == [] and window.timeline.selected == set()


def test_rows_of_many_deals_are_found_without_scanning(window) -> None:
    model = window.table.model()
    ids = model.deal_ids()
    rows = model.rows_of(ids[::-1].tolist())
    assert np.array_equal(rows, np.arange(len(ids))[::-1])
    assert model.row_of(10**9) is None and model.row_of(-5) is None


def _export(window, monkeypatch, path: Path, only_kept: bool, dialect: str) -> ExportDialog:
    """File → Export CSV… with the dialog answered as a user would."""
    shown: list[ExportDialog] = []

    def answer(dialog: ExportDialog) -> int:
        shown.append(dialog)
        (dialog.kept_deals if only_kept else dialog.all_deals).setChecked(True)
        dialog.set_dialect(dialect)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.export_action.trigger()
    return shown[0]


def read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8").lstrip("\ufeff")), delimiter=delimiter))


def test_export_menu_writes_only_the_kept_deals_or_all(window, monkeypatch, tmp_path: Path) -> None:
    window.apply_filter(DealFilter(companies=("Oracle",)))
    kept, everything = window.model.rowCount(), total(window.store)
    filtered_out = tmp_path / "kept.csv"
    dialog = _export(window, monkeypatch, filtered_out, only_kept=True, dialect="excel-de")
    assert f"({kept})" in dialog.kept_deals.text() and f"({everything})" in dialog.all_deals.text()
    rows = read_csv(filtered_out, ";")
    assert filtered_out.read_text(encoding="utf-8").startswith("\ufeff")
    assert {int(r["deal_id"]) for r in rows} == set(table_ids(window)) and 0 < len(rows) == kept < everything
    assert all("Oracle" in r["parties"].split("; ") for r in rows)
    all_out = tmp_path / "all.csv"
    _export(window, monkeypatch, all_out, only_kept=False, dialect="excel")
    assert len(read_csv(all_out)) == everything
    assert f"{everything} deals written" in window.statusBar().currentMessage()


def test_export_dialog_without_a_filter_offers_only_all_deals(window, monkeypatch, tmp_path: Path) -> None:
    dialog = _export(window, monkeypatch, tmp_path / "x.csv", only_kept=False, dialect="excel")
    assert not dialog.kept_deals.isEnabled() and dialog.all_deals.isChecked()


def test_screenshot_with_filters_applied(window, qtbot) -> None:
    bar = window.filter_bar
    bar.search.setText("OpenAI")
    bar.kinds.action_for("investment").setChecked(True)
    bar.min_amount.setText("5bn")
    bar.date_to.setText("Juni")
    bar.flush()
    window.timeline.set_selection({window.model.deal_id(0)}, notify=True)
    assert "“Juni” is not a date" in bar.problem.text()
    qtbot.wait(100)  # let the bar lay out its new texts
    assert window.grab().save("/tmp/filters.png")
    assert bar.grab().save("/tmp/filter_bar.png")


def test_company_field_completes_the_name_after_the_last_comma(window, qtbot) -> None:
    field = window.filter_bar.companies
    completer = field.completer()
    field.setFocus()
    qtbot.keyClicks(field, "Oracle, opena")
    assert completer.completionPrefix().endswith("opena")
    assert completer.completionCount() == 1  # matched case-insensitively, only the last name
    assert completer.currentCompletion() == "Oracle, OpenAI, "  # what accepting it puts in the field
    field.setText(completer.currentCompletion())
    window.filter_bar.flush()
    assert window.deal_filter.companies == ("Oracle", "OpenAI")


def test_a_search_typed_just_before_closing_never_runs(window, qtbot) -> None:
    applied = []
    window.filterChanged.connect(applied.append)
    window.filter_bar.search.setText("Oracle")  # the debounce timer is now running
    window.close()
    qtbot.wait(400)  # longer than the debounce
    assert applied == [] and window.deal_filter.text == ""
