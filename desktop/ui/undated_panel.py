"""Deals without any date, listed apart: the timeline never places them on an invented date.

Selecting one here selects it everywhere (the timeline's shared selection), so the Sources
dock shows what the articles say about it. The list is the lazy deals model narrowed to the
undated deals the window's filter keeps, so it stays quick however many there are.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from desktop.storage.filters import DealFilter
from desktop.storage.store import Store
from desktop.ui.deals_model import COLUMNS, DealsModel, selected_rows, selection_of_rows, unique_sorted
from desktop.ui.plain_text import plain_label
from desktop.ui.timeline_view import TimelineView

HIDDEN = ("Date", "Display")  # every row is undated; the original amount says enough


class UndatedPanel(QWidget):
    """The list of undated deals, selection shared with `view`."""

    def __init__(self, store: Store, view: TimelineView, parent: QWidget | None = None):
        super().__init__(parent)
        self._view = view
        self._syncing = False
        self.model = DealsModel(store, self, deal_filter=DealFilter(dated=False), load=False)
        self.table = self._make_table()
        self.note = plain_label("")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        view.selectionChanged.connect(self.show_selection)
        self.refresh(DealFilter())

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(COLUMNS.index("Title"), Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        for name in HIDDEN:
            table.setColumnHidden(COLUMNS.index(name), True)
        table.selectionModel().selectionChanged.connect(self._selected)
        return table

    def refresh(self, deal_filter: DealFilter | None = None) -> None:
        """Show the undated deals `deal_filter` keeps (the window's filter)."""
        if deal_filter is not None:
            self.model.set_filter(deal_filter.with_(dated=False))
        else:
            self.model.reload()
        self.table.resizeColumnsToContents()  # Qt measures only the rows on screen
        self.table.setColumnWidth(COLUMNS.index("Parties"), min(self.table.columnWidth(COLUMNS.index("Parties")), 300))
        self.note.setText(self._note(self.model.rowCount(), self.model.deal_filter))
        self.show_selection(list(self._view.selected))

    @staticmethod
    def _note(count: int, deal_filter: DealFilter) -> str:
        if count:
            return (f"{count} deal{'s' if count != 1 else ''} without a date: "
                    "not on the timeline, which would have to invent one.")
        if deal_filter.date_from or deal_filter.date_to:
            return "A date range is set: deals without a date are left out."
        return "Every deal has a date." if deal_filter.with_(dated=None).is_empty() else \
            "No deal without a date matches the filters."
        self.show_selection(list(self._view.selected))

    def selected_ids(self) -> list[int]:
        rows = selected_rows(self.table.selectionModel().selection())
        return sorted(self.model.deal_ids()[rows].tolist())

    def _selected(self, *_: QItemSelection) -> None:
        if not self._syncing:
            self._view.set_selection(self.selected_ids(), notify=True)

    def show_selection(self, deal_ids: list[int]) -> None:
        """Mirror the shared selection (without echoing it back)."""
        rows = self.model.rows_of(deal_ids)
        rows = unique_sorted(rows[rows >= 0])
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(selection_of_rows(self.model, rows), flags)
        finally:
            self._syncing = False
