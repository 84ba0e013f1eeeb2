"""The deals as a Qt table model (model/view), read from the store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.storage.queries import list_deals
from desktop.storage.records import DealRow
from desktop.storage.store import Store
from desktop.ui.plain_text import tooltip

COLUMNS = ("Date", "Parties", "Kind", "Status", "Amount", "Currency", "USD", "Sources", "Title")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DEAL_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def format_money(value: float | None) -> str:
    if value is None:
        return ""
    for scale, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if abs(value) >= scale:
            return f"{value / scale:,.2f}".rstrip("0").rstrip(".") + suffix
    return f"{value:,.0f}"


class DealsModel(QAbstractTableModel):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        self._deals: list[DealRow] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._deals = list_deals(self._store)
        self.endResetModel()

    def deal(self, row: int) -> DealRow:
        return self._deals[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._deals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        deal = self._deals[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(deal, column)
        if role == SORT_ROLE:
            return self._sort_key(deal, column)
        if role == DEAL_ROLE:
            return deal.id
        if role == Qt.ItemDataRole.ToolTipRole and deal.sources:
            return tooltip(deal.sources[0].sentence)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Amount", "USD"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(deal: DealRow, column: str) -> str:
        amount = format_money(deal.amount)
        if deal.amount_max is not None:
            amount += f" – {format_money(deal.amount_max)}"
        values = {
            "Date": deal.date or "undated",
            "Parties": " · ".join(deal.parties),
            "Kind": deal.kind.replace("_", " "),
            "Status": deal.status,
            "Amount": amount,
            "Currency": deal.currency or "",
            "USD": format_money(deal.amount_usd),
            "Sources": str(len(deal.source_files)),
            "Title": deal.title,
        }
        return values[column]

    def _sort_key(self, deal: DealRow, column: str) -> Any:
        if column == "Amount":
            return deal.amount or 0.0
        if column == "USD":
            return deal.amount_usd or 0.0
        if column == "Sources":
            return len(deal.source_files)
        if column == "Date":
            return deal.date or "9999"
        return self._display(deal, column).lower()
