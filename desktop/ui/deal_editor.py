"""Correcting deals by hand: an edit dialog, reject and merge, each undoable (Ctrl+Z).

Every change goes through `desktop.storage.corrections`, so it is stored apart from what the
extractor read and survives re-extraction; undo and redo switch those corrections off and on.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMenu, QMenuBar,
    QMessageBox, QWidget,
)

from desktop.extraction.titles import KIND_LABELS
from desktop.extraction.user_input import InputError, money_text, parse_date, parse_money
from desktop.storage import corrections
from desktop.storage.queries import get_deal
from desktop.storage.records import DealRow
from desktop.storage.store import Store
from desktop.timeline.marks import KINDS, STATUSES


class DealEditDialog(QDialog):
    """Kind, status, amount, date and title of one deal; only what changed is saved."""

    def __init__(self, deal: DealRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.deal = deal
        self.setWindowTitle("Edit Deal")
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(KIND_LABELS.get(kind, kind.replace("_", " ")), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(deal.kind)))
        self.status = QComboBox()
        self.status.addItems(STATUSES)
        self.status.setCurrentText(deal.status)
        self.amount = QLineEdit(money_text(deal.amount, deal.currency, deal.amount_max))
        self.amount.setPlaceholderText("e.g. 30 Mrd. Dollar, $10bn, 1,4 Mrd. € — empty: no amount")
        self.date = QLineEdit(deal.date or "")
        self.date.setPlaceholderText("e.g. 2025-06-15, Juni 2025, Q3 2025 — empty: undated")
        self.title_edit = QLineEdit(deal.title)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was typed
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        parties = QLabel(" · ".join(deal.parties))
        parties.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("Parties:", parties)
        for label, widget in (("&Kind:", self.kind), ("&Status:", self.status), ("&Amount:", self.amount),
                              ("&Date:", self.date), ("&Title:", self.title_edit)):
            form.addRow(label, widget)
        form.addRow(self.error)
        form.addRow(self.buttons)
        for edit in (self.amount, self.date):
            edit.textChanged.connect(self._validate)
        self.resize(460, self.sizeHint().height())

    def _validate(self) -> bool:
        try:
            self._read()
        except InputError as e:
            self.error.setText(str(e))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        self.error.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def _read(self) -> dict[str, Any]:
        money = parse_money(self.amount.text(), default_currency=self.deal.currency)
        when = parse_date(self.date.text())
        return {
            "kind": self.kind.currentData(),
            "status": self.status.currentText(),
            "amount": money.amount if money else None,
            "amount_max": money.amount_max if money else None,
            "currency": money.currency if money else None,
            "qualifier": money.qualifier if money else None,
            "date": when[0] if when else None,
            "date_precision": when[1] if when else None,
            "title": self.title_edit.text().strip() or self.deal.title,
        }

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from the deal's (raises InputError on bad input)."""
        current = {
            "kind": self.deal.kind, "status": self.deal.status, "amount": self.deal.amount,
            "amount_max": self.deal.amount_max, "currency": self.deal.currency,
            "qualifier": self.deal.qualifier, "date": self.deal.date,
            "date_precision": self.deal.date_precision, "title": self.deal.title,
        }
        wanted = self._read()
        if wanted["amount"] is None:  # no amount: nothing about it is left to keep
            wanted.update(amount_max=None, currency=None, qualifier=None)
        if wanted["amount"] == current["amount"] and wanted["currency"] == current["currency"] \
                and wanted["amount_max"] == current["amount_max"]:
            wanted["qualifier"] = current["qualifier"]  # the field shows no qualifier: keep it
        return {k: v for k, v in wanted.items() if v != current[k]}

    def accept(self) -> None:
        if self._validate():
            super().accept()


class CorrectionCommand(QUndoCommand):
    """One user action made of one or more stored corrections."""

    def __init__(self, store: Store, text: str, make: Callable[[], list[int]], after: Callable[[], None]):
        super().__init__(text)
        self.store, self.make, self.after = store, make, after
        self.ids: list[int] | None = None

    def redo(self) -> None:
        with _busy():
            if self.ids is None:
                self.ids = self.make()
            else:
                for cid in self.ids:
                    corrections.redo(self.store, cid)
        self.after()

    def undo(self) -> None:
        with _busy():
            for cid in reversed(self.ids or []):
                corrections.undo(self.store, cid)
        self.after()


class _busy:
    """A wait cursor while a correction recomputes (undoing a merge rebuilds every deal)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc) -> None:
        QApplication.restoreOverrideCursor()


class DealActions(QObject):
    """The Deal menu and Undo/Redo for a window that has `store`, `timeline.selected`,
    `refresh()` and a status bar."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)
        self.edit_action = self._action("&Edit Deal…", "F2", self.edit_selected)
        self.reject_action = self._action("&Reject Deal", QKeySequence.StandardKey.Delete, self.reject_selected)
        self.reject_action.setStatusTip("Not a deal: hide it (Ctrl+Z brings it back); re-extraction keeps it hidden")
        self.merge_action = self._action("&Merge Selected Deals", "Ctrl+M", self.merge_selected)
        self.merge_action.setStatusTip("The selected deals are one deal reported differently")
        self.split_action = self._action("&Split Off Shown Report", "Ctrl+Shift+M", self.split_shown)
        self.split_action.setStatusTip("The report shown in Sources is a deal of its own: take it out of this deal")
        self.undo_action = self.stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)

    def _action(self, text: str, key, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.window.addAction(action)  # shortcuts work with the menu closed
        return action

    def add_to(self, menu_bar: QMenuBar, edit: QMenu | None = None) -> None:
        """Undo/Redo at the top of the Edit menu (made if missing), and a Deal menu."""
        edit = edit or menu_bar.addMenu("&Edit")
        first = edit.actions()[0] if edit.actions() else None
        edit.insertAction(first, self.undo_action)
        edit.insertAction(first, self.redo_action)
        if first is not None:
            edit.insertSeparator(first)
        deal = menu_bar.addMenu("&Deal")
        for action in (self.edit_action, self.reject_action, self.merge_action, self.split_action):
            deal.addAction(action)

    # --- actions -------------------------------------------------------------------------
    def selected(self) -> list[int]:
        return sorted(self.window.timeline.selected)

    def edit_selected(self, dialog_factory: Callable[[DealRow], DealEditDialog] | None = None) -> bool:
        ids = self.selected()
        if len(ids) != 1:
            self._say("Select one deal to edit it.")
            return False
        deal = self._deal(ids[0])
        if deal is None:
            return False
        dialog = (dialog_factory or (lambda d: DealEditDialog(d, self.window)))(deal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        changes = dialog.changes()
        if not changes:
            return False
        self.push(f"Edit {deal.title}", lambda: [corrections.edit(self.window.store, deal.id, f, v)
                                                 for f, v in changes.items()], ids)
        return True

    def reject_selected(self) -> bool:
        ids = self.selected()
        if not ids:
            self._say("Select the deals that are not deals.")
            return False
        what = "deal" if len(ids) == 1 else f"{len(ids)} deals"
        self.push(f"Reject {what}", lambda: [corrections.reject(self.window.store, i) for i in ids], [])
        self._say(f"Rejected {what}. Ctrl+Z brings {'it' if len(ids) == 1 else 'them'} back.")
        return True

    def merge_selected(self) -> bool:
        ids = self.selected()
        if len(ids) < 2:
            self._say("Select two or more deals to merge them.")
            return False
        keep, others = ids[0], ids[1:]
        self.push(f"Merge {len(ids)} deals",
                  lambda: [corrections.merge(self.window.store, keep, other) for other in others], None)
        return True

    def split_shown(self) -> bool:
        """The report the Sources panel shows is a deal of its own (a merge went too far):
        it leaves the selected deal and is shown as its own deal."""
        ids = self.selected()
        reading = self.window.sources_panel.current_reading()
        if len(ids) != 1 or reading is None:
            self._say("Select one deal and show the report to split off in Sources.")
            return False
        count = self.window.store.db.execute("SELECT count(*) FROM evidence WHERE deal_id = ?", [ids[0]]).fetchone()[0]
        if count < 2:
            self._say("This deal has a single report: there is nothing to split off.")
            return False
        evidence = reading.evidence_id
        anchor = self.window.store.db.execute("SELECT anchor FROM evidence WHERE id = ?", [evidence]).fetchone()[0]
        self.push("Split off a report", lambda: [corrections.split(self.window.store, evidence)], None, anchor)
        self._say("Split off the shown report as a deal of its own. Ctrl+Z undoes it.")
        return True

    def push(self, text: str, make: Callable[[], list[int]], reselect: list[int] | None,
             anchor: str | None = None) -> None:
        """Run a correction as an undoable command, then show the result with `reselect`
        (None: whatever deal now holds the readings of `anchor`, by default the first selected
        deal's)."""
        first = self.selected()[:1]
        if anchor is None:
            anchor = self._anchor(first[0]) if first and reselect is None else None

        def after() -> None:
            self.window.refresh()
            ids = reselect if reselect is not None else self._deals_of_anchor(anchor)
            self.window.timeline.set_selection(set(ids), notify=True)

        self.stack.push(CorrectionCommand(self.window.store, text, make, after))

    # --- helpers -------------------------------------------------------------------------
    def _deal(self, deal_id: int) -> DealRow | None:
        deal = get_deal(self.window.store, deal_id)
        if deal is None:
            QMessageBox.warning(self.window, "Deal not found", f"Deal {deal_id} no longer exists.")
        return deal

    def _anchor(self, deal_id: int) -> str | None:
        row = self.window.store.db.execute(
            "SELECT anchor FROM evidence WHERE deal_id = ? ORDER BY id LIMIT 1", [deal_id]).fetchone()
        return row[0] if row else None

    def _deals_of_anchor(self, anchor: str | None) -> list[int]:
        if anchor is None:
            return []
        return [r[0] for r in self.window.store.db.execute(
            "SELECT DISTINCT deal_id FROM evidence WHERE anchor = ?", [anchor])]

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)
