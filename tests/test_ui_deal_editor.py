"""Hand corrections from the window: edit, reject and merge, each undone and redone."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.storage.queries import get_deal
from desktop.ui.deal_editor import DealEditDialog


def _deal_ids(window) -> set[int]:
    return {r[0] for r in window.store.db.execute("SELECT id FROM deals WHERE rejected = 0")}


def _largest(window) -> int:
    return window.store.db.execute(
        "SELECT id FROM deals WHERE rejected = 0 ORDER BY amount_usd DESC LIMIT 1").fetchone()[0]


def _accepting(amount: str | None = None, status: str | None = None, date: str | None = None):
    """A dialog factory that fills the form and presses OK without showing anything."""
    def make(deal):
        dialog = DealEditDialog(deal)
        if amount is not None:
            dialog.amount.setText(amount)
        if status is not None:
            dialog.status.setCurrentText(status)
        if date is not None:
            dialog.date.setText(date)
        dialog.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
        return dialog
    return make


def test_edit_then_undo_and_redo(window) -> None:
    deal_id = _largest(window)
    before = get_deal(window.store, deal_id)
    window.timeline.set_selection({deal_id}, notify=True)
    assert window.deal_actions.edit_selected(_accepting("1,5 Billionen Euro", "cancelled", "März 2026"))
    edited = get_deal(window.store, deal_id)
    assert (edited.amount, edited.currency, edited.status, edited.date) == (1.5e12, "EUR", "cancelled", "2026-03")
    assert edited.amount_usd is not None and edited.amount_usd != 1.5e12  # converted at the new date
    assert window.timeline.selected == {deal_id}
    window.deal_actions.undo_action.trigger()
    restored = get_deal(window.store, deal_id)
    assert (restored.amount, restored.status, restored.date) == (before.amount, before.status, before.date)
    window.deal_actions.redo_action.trigger()
    assert get_deal(window.store, deal_id).status == "cancelled"


def test_reject_hides_the_deal_everywhere_until_undone(window) -> None:
    deal_id = _largest(window)
    window.timeline.set_selection({deal_id}, notify=True)
    assert window.deal_actions.reject_selected()
    assert deal_id not in _deal_ids(window)
    assert deal_id not in set(window.timeline.deals.deal_id.tolist())
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.deal_actions.undo_action.trigger()
    assert deal_id in _deal_ids(window)
    assert deal_id in set(window.timeline.deals.deal_id.tolist())


def test_merge_two_deals_into_one_and_undo(window) -> None:
    first, second = sorted(_deal_ids(window))[:2]
    count = len(_deal_ids(window))
    window.timeline.set_selection({first, second}, notify=True)
    assert window.deal_actions.merge_selected()
    assert len(_deal_ids(window)) == count - 1
    (merged,) = window.timeline.selected
    assert len(get_deal(window.store, merged).sources) >= 2
    window.deal_actions.undo_action.trigger()
    assert len(_deal_ids(window)) == count


def test_edit_needs_exactly_one_deal_and_says_so(window) -> None:
    window.timeline.set_selection(set(), notify=True)
    assert not window.deal_actions.edit_selected(_accepting(status="signed"))
    assert "Select one deal" in window.statusBar().currentMessage()


def test_bad_input_keeps_ok_disabled_and_explains_in_plain_text(window) -> None:
    dialog = DealEditDialog(get_deal(window.store, _largest(window)))
    dialog.amount.setText("<b>viel</b> Geld")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "no amount in '<b>viel</b> Geld'" in dialog.error.text()
    assert dialog.error.textFormat().name == "PlainText"
    dialog.amount.setText("30 Mrd. Dollar")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_an_untouched_dialog_changes_nothing(window) -> None:
    for deal_id in sorted(_deal_ids(window)):
        assert DealEditDialog(get_deal(window.store, deal_id)).changes() == {}, deal_id


def test_delete_in_the_search_field_edits_the_text_and_rejects_nothing(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    deal_id = _largest(window)
    window.timeline.set_selection({deal_id}, notify=True)
    search = window.filter_bar.search
    search.setFocus()
    search.setText("Oracle")
    search.setCursorPosition(0)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "racle"
    assert deal_id in _deal_ids(window)


def _deal_with_reports(window) -> int:
    return window.store.db.execute(
        "SELECT deal_id FROM evidence e JOIN deals d ON d.id = e.deal_id WHERE d.rejected = 0"
        " GROUP BY deal_id HAVING count(*) >= 2 ORDER BY deal_id LIMIT 1").fetchone()[0]


def test_split_off_the_shown_report_and_undo(window) -> None:
    deal_id = _deal_with_reports(window)
    reports = window.store.db.execute("SELECT count(*) FROM evidence WHERE deal_id = ?", [deal_id]).fetchone()[0]
    count = len(_deal_ids(window))
    window.timeline.set_selection({deal_id}, notify=True)
    shown = window.sources_panel.current_reading().evidence_id
    assert window.deal_actions.split_shown()
    assert len(_deal_ids(window)) == count + 1
    (alone,) = window.timeline.selected  # the split-off report, now a deal of its own
    assert window.store.db.execute("SELECT deal_id FROM evidence WHERE id = ?", [shown]).fetchone()[0] == alone
    assert window.store.db.execute("SELECT count(*) FROM evidence WHERE deal_id = ?", [alone]).fetchone()[0] == 1
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.deal_actions.undo_action.trigger()
    assert len(_deal_ids(window)) == count
    holder = window.store.db.execute("SELECT deal_id FROM evidence WHERE id = ?", [shown]).fetchone()[0]
    assert window.store.db.execute("SELECT count(*) FROM evidence WHERE deal_id = ?", [holder]).fetchone()[0] == reports


def test_split_needs_a_deal_with_several_reports(window) -> None:
    single = window.store.db.execute(
        "SELECT deal_id FROM evidence GROUP BY deal_id HAVING count(*) = 1 LIMIT 1").fetchone()[0]
    window.timeline.set_selection({single}, notify=True)
    assert not window.deal_actions.split_shown()
    assert "single report" in window.statusBar().currentMessage()
