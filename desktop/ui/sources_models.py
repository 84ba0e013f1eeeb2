"""Qt models for the Sources panel: the articles that report a deal, and the side-by-side
table of what each says where they disagree. Display text is plain (model/view never
interprets it as markup); tooltips go through `plain_text.tooltip`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.storage.sources import ArticleSource, Disagreement
from desktop.ui.plain_text import tooltip

Index = QModelIndex | QPersistentModelIndex
FIELD_LABELS = {"amount": "Amount", "currency": "Currency", "date": "Date", "status": "Status"}


class ArticleListModel(QAbstractListModel):
    """One row per reporting article: its title, then outlet and date with where the date came from."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sources: list[ArticleSource] = []

    def set_sources(self, sources: list[ArticleSource]) -> None:
        self.beginResetModel()
        self.sources = list(sources)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.sources)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self.sources[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return list_text(source)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(_tooltip_text(source))
        return None


def list_text(source: ArticleSource) -> str:
    passages = len(source.readings)
    second = f"{source.outlet or 'outlet unknown'} · {source.date_label}"
    if passages > 1:
        second += f" · {passages} passages"
    if not source.file_exists:
        second += " · file missing"
    return f"{source.title or source.file_name}\n{second}"


def _tooltip_text(source: ArticleSource) -> str:
    where = source.path if source.file_exists else f"{source.path} (no longer there)"
    return f"{source.title or source.file_name}\n{where}"


class DisagreementModel(QAbstractTableModel):
    """Rows: the fields the sources disagree on; columns: the sources, in list order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Disagreement] = []
        self.sources: list[ArticleSource] = []

    def set_rows(self, rows: list[Disagreement], sources: list[ArticleSource]) -> None:
        self.beginResetModel()
        self.rows, self.sources = list(rows), list(sources)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.sources)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return FIELD_LABELS.get(self.rows[section].field, self.rows[section].field)
            return None
        source = self.sources[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return source.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{source.title or source.file_name}\n{source.date_label}")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()].values[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value if role == Qt.ItemDataRole.DisplayRole else tooltip(value)
        if role == Qt.ItemDataRole.FontRole and value == "—":
            font = QFont()
            font.setItalic(True)  # "not stated" reads differently from a value
            return font
        return None
