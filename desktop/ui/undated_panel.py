"""Deals without any date, listed apart: the timeline never places them on an invented date.

Selecting one here selects it everywhere (the timeline's shared selection), so the Sources
dock shows what the articles say about it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex,
    QSortFilterProxyModel, Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from desktop.extraction.titles import KIND_LABELS, short_amount
from desktop.storage.store import Store
from desktop.ui.plain_text import plain_label, tooltip
from desktop.ui.timeline_view import TimelineView

COLUMNS = ("Parties", "Kind", "Status", "Amount", "Sources", "Title")  # title last: it stretches
DEAL_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_CHUNK = 500  # ids per query: below SQLite's limit on bound parameters


@dataclass(frozen=True)
class UndatedDeal:
    id: int
    title: str
    parties: str
    kind: str
    status: str
    amount: float | None
    currency: str | None
    sources: int

    @property
    def amount_text(self) -> str:
        return short_amount(self.amount, self.currency) if self.amount else "—"


def load_undated(store: Store, ids: list[int], parties: dict[int, list[str]]) -> list[UndatedDeal]:
    """The listed deals with their title, amount and number of source articles."""
    out: list[UndatedDeal] = []
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = store.db.execute(
            f"SELECT d.id, d.title, d.kind, d.status, d.amount, d.currency,"
            f" (SELECT COUNT(DISTINCT e.article_id) FROM evidence e WHERE e.deal_id = d.id)"
            f" FROM deals d WHERE d.id IN ({marks})", chunk).fetchall()
        out += [UndatedDeal(r[0], r[1] or "", " · ".join(parties.get(r[0]) or []), *r[2:]) for r in rows]
    return sorted(out, key=lambda d: (d.title.casefold(), d.id))


class UndatedModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._deals: list[UndatedDeal] = []

    def set_deals(self, deals: list[UndatedDeal]) -> None:
        self.beginResetModel()
        self._deals = deals
        self.endResetModel()

    def deal(self, row: int) -> UndatedDeal:
        return self._deals[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._deals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        deal, column = self._deals[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"Title": deal.title, "Parties": deal.parties, "Kind": KIND_LABELS.get(deal.kind, deal.kind),
                    "Status": deal.status, "Amount": deal.amount_text, "Sources": str(deal.sources)}[column]
        if role == SORT_ROLE:
            return {"Title": deal.title.casefold(), "Parties": deal.parties.casefold(), "Kind": deal.kind,
                    "Status": deal.status,
                    "Amount": deal.amount if deal.amount is not None else -1.0, "Sources": deal.sources}[column]
        if role == DEAL_ROLE:
            return deal.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(deal.title)  # titles come from article text: never rich text
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Amount", "Sources"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class UndatedPanel(QWidget):
    """The list of undated deals, selection shared with `view`."""

    def __init__(self, store: Store, view: TimelineView, parent: QWidget | None = None):
        super().__init__(parent)
        self._store, self._view = store, view
        self._syncing = False
        self.model = UndatedModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.note = plain_label("")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        view.selectionChanged.connect(self.show_selection)
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(COLUMNS.index("Title"), Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(self._selected)
        return table

    def refresh(self) -> None:
        """Re-read the undated deals the timeline was given (they follow the window's filter)."""
        deals = load_undated(self._store, list(self._view.undated), self._view.parties)
        self.model.set_deals(deals)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 300))  # many parties: elide
        count = len(deals)
        self.note.setText(f"{count} deal{'s' if count != 1 else ''} without a date: "
                          "not on the timeline, which would have to invent one." if count
                          else "Every deal has a date.")

    def selected_ids(self) -> list[int]:
        return sorted(self.proxy.index(i.row(), 0).data(DEAL_ROLE)
                      for i in self.table.selectionModel().selectedRows())

    def _selected(self, *_: QItemSelection) -> None:
        if not self._syncing:
            self._view.set_selection(self.selected_ids(), notify=True)

    def show_selection(self, deal_ids: list[int]) -> None:
        """Mirror the shared selection (without echoing it back)."""
        wanted = set(deal_ids)
        self._syncing = True
        try:
            selection = self.table.selectionModel()
            selection.clearSelection()
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(DEAL_ROLE) in wanted:
                    selection.select(index, flags)
        finally:
            self._syncing = False
