"""Table models of the Amounts panel's analyses: totals, money flows and circular flows.

All three are one small read-only model over a list of rows and column specs; rows holding
deals selected elsewhere get a highlight background, and rows can carry a mark (circular flow).
Display text is plain in item views; company names come from article text, so tooltips go
through `plain_text.tooltip`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.analysis.flows import Cycle, Edge
from desktop.analysis.totals import Total
from desktop.extraction.titles import KIND_LABELS
from desktop.ui.deals_model import format_money
from desktop.ui.plain_text import tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
HIGHLIGHT = QColor("#FFD6DE")  # a light tint of the palette's selection colour
MARK = QColor("#FFF1D6")       # circular flows
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    sort: Callable[[T], Any]
    numeric: bool = False


def money(value: float | None, currency: str, counted: int = 1) -> str:
    """An amount with its currency; a dash when no deal in the row had an amount."""
    if not counted:
        return "—"
    return f"{format_money(value) or '0'} {currency}"


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: list[Column[T]], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[T] = []
        self.highlighted: set[int] = set()
        self.marked: set[int] = set()
        self.tips: Callable[[T], str] | None = None

    def set_rows(self, rows: list[T], marked: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.highlighted, self.marked = list(rows), set(), set(marked or ())
        self.endResetModel()

    def set_highlighted(self, rows: set[int]) -> None:
        if rows == self.highlighted:
            return
        self.highlighted = set(rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == SORT_ROLE:
            return col.sort(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.row() in self.highlighted:
                return HIGHLIGHT
            return MARK if index.row() in self.marked else None
        if role == Qt.ItemDataRole.FontRole and index.row() in self.highlighted:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self.tips is not None:
            return tooltip(self.tips(row))
        return None


# --- the three tables -----------------------------------------------------------------------------

def group_label(by: str, key: str | None) -> str:
    if key is None:
        return "no date" if by == "year" else "—"
    return KIND_LABELS.get(key, key) if by == "kind" else key


def totals_model(by: str, currency: str, parent=None) -> RowsModel[Total]:
    header = {"company": "Company", "kind": "Kind", "year": "Year"}[by]
    model: RowsModel[Total] = RowsModel([
        Column(header, lambda t: group_label(by, t.key), lambda t: (t.key is None, group_label(by, t.key).lower())),
        Column(f"Amount ({currency})", lambda t: money(t.amount, currency, t.with_amount),
               lambda t: t.amount, numeric=True),
        Column("Deals", lambda t: str(t.deals), lambda t: t.deals, numeric=True),
        Column("With amount", lambda t: str(t.with_amount), lambda t: t.with_amount, numeric=True),
        Column("Notes", total_notes, total_notes),
    ], parent)
    model.tips = lambda t: f"{group_label(by, t.key)}: {money(t.amount, currency, t.with_amount)}, " \
                           f"{t.deals} deals\n{total_notes(t)}\nClick to select these deals.".replace("\n\n", "\n")
    return model


def total_notes(t: Total) -> str:
    notes = []
    if t.in_jv:
        notes.append(f"{t.in_jv} contribution{'s' * (t.in_jv != 1)} already in a joint venture's total")
    if t.rates:
        notes.append(f"{t.rates} yearly rate{'s' * (t.rates != 1)} counted once")
    return "; ".join(notes)


def edges_model(currency: str, parent=None) -> RowsModel[Edge]:
    model: RowsModel[Edge] = RowsModel([
        Column("Payer", lambda e: e.payer, lambda e: e.payer.lower()),
        Column("→ Payee", lambda e: e.payee, lambda e: e.payee.lower()),
        Column(f"Amount ({currency})", lambda e: money(e.amount, currency, e.with_amount),
               lambda e: e.amount, numeric=True),
        Column("Deals", lambda e: str(len(e.deal_ids)), lambda e: len(e.deal_ids), numeric=True),
        Column("Notes", edge_notes, edge_notes),
    ], parent)
    model.tips = lambda e: f"{e.payer} → {e.payee}: {money(e.amount, currency, e.with_amount)} " \
                           f"in {len(e.deal_ids)} deals\n{edge_notes(e)}"
    return model


def edge_notes(e: Edge) -> str:
    if e.shared:
        return f"{e.shared} deal{'s' * (e.shared != 1)} with several parties: amount not split"
    return ""


def cycles_model(currency: str, parent=None) -> RowsModel[Cycle]:
    def path(c: Cycle) -> str:
        return " → ".join(c.companies + c.companies[:1])

    def legs(c: Cycle) -> str:
        return "; ".join(f"{e.payer} → {e.payee} {money(e.amount, currency, e.with_amount)}" for e in c.edges)

    model: RowsModel[Cycle] = RowsModel([
        Column("Circular flow", path, lambda c: path(c).lower()),
        Column(f"Goes round ({currency})", lambda c: money(c.amount, currency, min(e.with_amount for e in c.edges)),
               lambda c: c.amount, numeric=True),
        Column("Deals", lambda c: str(len(c.deal_ids)), lambda c: len(c.deal_ids), numeric=True),
        Column("Legs", legs, legs),
    ], parent)
    model.tips = lambda c: f"{path(c)}\n" + legs(c).replace("; ", "\n") + \
        "\n'Goes round' is the smallest leg: money that can come back to where it started."
    return model
