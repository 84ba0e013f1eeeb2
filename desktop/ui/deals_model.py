"""The deals the filter keeps as a lazy Qt table model (model/view), sorted by SQL.

Lazy enough for a million deals: the model holds only the kept ids in display order (one
int64 array); rows are read from the store a page at a time when the view asks for them,
and a few pages are cached. Sorting asks SQL for a new id order instead of comparing Python
objects, so no proxy model sits in between and row numbers are the model's own.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Iterable

import numpy as np
from PySide6.QtCore import (
    QAbstractItemModel, QAbstractTableModel, QItemSelection, QItemSelectionModel, QModelIndex,
    QPersistentModelIndex, Qt,
)
from PySide6.QtWidgets import QTableView

from desktop.extraction.date_values import readable_date
from desktop.storage.deal_table import TableRow, ordered_ids, table_rows
from desktop.storage.filters import DealFilter
from desktop.storage.queries import get_deal
from desktop.storage.records import DealRow
from desktop.storage.store import Store
from desktop.ui.plain_text import tooltip

# "Display" is the amount in the display currency; its header names the currency (USD, EUR).
COLUMNS = ("Date", "Parties", "Kind", "Status", "Amount", "Currency", "Display", "Sources", "Title")
SORT_KEYS = dict(zip(COLUMNS, ("date", "parties", "kind", "status", "amount", "currency", "display",
                               "sources", "title")))
DEAL_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200  # rows read in one query: about four screens
CACHED_PAGES = 16
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def format_money(value: float | None) -> str:
    if value is None:
        return ""
    for scale, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if abs(value) >= scale:
            return f"{value / scale:,.2f}".rstrip("0").rstrip(".") + suffix
    return f"{value:,.0f}"


class DealsModel(QAbstractTableModel):
    def __init__(self, store: Store, parent=None, deal_filter: DealFilter | None = None, load: bool = True):
        super().__init__(parent)
        self._store = store
        self._filter = deal_filter or DealFilter()
        self._sort_column, self._sort_order = 0, Qt.SortOrder.AscendingOrder
        self._ids = np.empty(0, dtype=np.int64)
        self._rows_by_id: np.ndarray | None = None  # deal id -> row, built on the first row_of
        self._pages: OrderedDict[int, dict[int, TableRow]] = OrderedDict()
        if load:  # an owner that sets the filter right away passes False: one query, not two
            self.reload()

    # --- what is shown -------------------------------------------------------------------
    @property
    def deal_filter(self) -> DealFilter:
        return self._filter

    def set_filter(self, deal_filter: DealFilter) -> None:
        """Show the deals this filter keeps, in the current sort order."""
        currency_changed = deal_filter.currency != self._filter.currency
        self._filter = deal_filter
        self.reload()
        if currency_changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def reload(self) -> None:
        """Read the kept ids again (after an import, a re-extraction or a filter change)."""
        self.beginResetModel()
        self._ids = self._query_ids(self._sort_column, self._sort_order)
        self._forget_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-order in SQL; selected rows stay selected (persistent indexes follow their deal)."""
        if (column, order) == (self._sort_column, self._sort_order) or not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept_ids = [int(self._ids[i.row()]) for i in persistent]
        self._sort_column, self._sort_order = column, order
        self._ids = self._query_ids(column, order)
        self._forget_rows()
        rows = self.rows_of(kept_ids)
        self.changePersistentIndexList(
            persistent, [self.index(int(r), i.column()) if r >= 0 else QModelIndex()
                         for i, r in zip(persistent, rows)])
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _query_ids(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        descending = order == Qt.SortOrder.DescendingOrder
        return ordered_ids(self._store, self._filter, SORT_KEYS[COLUMNS[column]], descending)

    def _forget_rows(self) -> None:
        self._rows_by_id = None
        self._pages.clear()

    def clear_cache(self) -> None:
        """Drop the cached rows (e.g. after a deal was edited); the next paint reads them again."""
        self._pages.clear()

    # --- rows and deal ids ---------------------------------------------------------------
    def deal_ids(self) -> np.ndarray:
        """The kept ids in display order (read-only view)."""
        view = self._ids.view()
        view.flags.writeable = False
        return view

    def deal_id(self, row: int) -> int:
        return int(self._ids[row])

    def row_of(self, deal_id: int) -> int | None:
        """The row showing this deal, or None when the filter does not keep it."""
        row = int(self.rows_of([deal_id])[0])
        return row if row >= 0 else None

    def rows_of(self, deal_ids: Iterable[int]) -> np.ndarray:
        """Rows of these deals (-1 where not shown), vectorised: one lookup array of max-id size."""
        wanted = np.fromiter(deal_ids, dtype=np.int64) if not isinstance(deal_ids, np.ndarray) \
            else deal_ids.astype(np.int64, copy=False)
        index = self._row_index()
        out = np.full(len(wanted), -1, dtype=np.int64)
        inside = (wanted >= 0) & (wanted < len(index))
        out[inside] = index[wanted[inside]]
        return out

    def _row_index(self) -> np.ndarray:
        if self._rows_by_id is None:
            size = int(self._ids.max()) + 1 if len(self._ids) else 0
            index = np.full(size, -1, dtype=np.int32)
            index[self._ids] = np.arange(len(self._ids), dtype=np.int32)
            self._rows_by_id = index
        return self._rows_by_id

    def deal(self, row: int) -> DealRow:
        """The full deal of one row, with its sources (read when asked, never cached)."""
        found = get_deal(self._store, self.deal_id(row))
        if found is None:
            raise LookupError(f"deal {self.deal_id(row)} is no longer in the database")
        return found

    def _table_row(self, row: int) -> TableRow | None:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
            rows = table_rows(self._store, ids.tolist(), self._filter.currency)
            self._pages[page] = rows
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(int(self._ids[row]))

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        name = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._filter.currency if name == "Display" else name
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "Display":
                return f"Amount in {self._filter.currency} at the rate of the deal's date"
            if name == "Amount":
                return "Amount in the currency the sources report"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == DEAL_ROLE:
            return int(self._ids[index.row()])
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in ("Amount", "Display", "Sources") else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        deal = self._table_row(index.row())
        if deal is None:  # deleted since the ids were read; the next reload drops it
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(deal.sentence) if deal.sentence else None
        return _display(deal, column)


def _display(deal: TableRow, column: str) -> str:
    if column == "Date":
        return readable_date(deal.date) or "undated"
    if column == "Parties":
        return " · ".join(deal.parties)
    if column == "Kind":
        return deal.kind.replace("_", " ")
    if column == "Status":
        return deal.status
    if column == "Amount":
        amount = format_money(deal.amount)
        return amount + (f" – {format_money(deal.amount_max)}" if deal.amount_max is not None else "")
    if column == "Currency":
        return deal.currency or ""
    if column == "Display":
        return format_money(deal.display_amount)
    if column == "Sources":
        return str(deal.sources)
    return deal.title


def selection_of_rows(model: QAbstractItemModel, rows: np.ndarray) -> QItemSelection:
    """Whole rows as one selection, one range per run of consecutive rows (rows sorted, unique):
    a block of a million selected rows is one range, not a million."""
    selection = QItemSelection()
    if len(rows) == 0:
        return selection
    breaks = np.flatnonzero(np.diff(rows) != 1)
    starts, ends = rows[np.r_[0, breaks + 1]], rows[np.r_[breaks, len(rows) - 1]]
    last_column = model.columnCount() - 1
    for start, end in zip(starts.tolist(), ends.tolist()):
        selection.select(model.index(start, 0), model.index(end, last_column))
    return selection


def selected_rows(selection: QItemSelection) -> np.ndarray:
    """The selected row numbers, sorted and unique, read from the ranges (not index by index):
    overlapping ranges are merged first, so no million-element de-duplication is needed."""
    merged: list[list[int]] = []
    for top, bottom in sorted((r.top(), r.bottom()) for r in selection):
        if merged and top <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], bottom)
        else:
            merged.append([top, bottom])
    parts = [np.arange(top, bottom + 1, dtype=np.int64) for top, bottom in merged]
    return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)


def unique_sorted(values: np.ndarray) -> np.ndarray:
    """Sorted without repeats (numpy's unique hashes, which is slower at a million)."""
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


def spare_header_from_selection(table: QTableView) -> None:
    """Give the table's column header a selection model of its own, always empty.

    A header asks `isColumnSelected` for every column on every paint while anything is
    selected, and Qt answers that row by row: with a million rows selected that is seconds
    per repaint. The header only uses the answer to draw selected sections, which a
    row-selecting table never shows.
    """
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSelectionModel(QItemSelectionModel(table.model(), header))
