"""File → Export CSV…: which deals (all, or those the filters keep) and which dialect."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QGroupBox, QRadioButton, QVBoxLayout, QWidget,
)

DIALECT_KEY = "export/dialect"
DIALECT_LABELS = {
    "excel": "International: comma, decimal point, UTF-8",
    "excel-de": "German Excel: semicolon, decimal comma, UTF-8 with BOM",
}


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, kept: int, total: int, filtered: bool):
        super().__init__(parent)
        self.setWindowTitle("Export deals as CSV")
        layout = QVBoxLayout(self)
        layout.addWidget(self._which_box(kept, total, filtered))
        layout.addWidget(self._dialect_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _which_box(self, kept: int, total: int, filtered: bool) -> QGroupBox:
        box = QGroupBox("Deals")
        inner = QVBoxLayout(box)
        self.all_deals = QRadioButton(f"All deals ({total:,})")
        self.kept_deals = QRadioButton(f"Only the deals the filters keep ({kept:,})" if filtered
                                       else "Only the deals the filters keep (no filter is set)")
        self.kept_deals.setEnabled(filtered)
        (self.kept_deals if filtered else self.all_deals).setChecked(True)
        group = QButtonGroup(box)
        for button in (self.all_deals, self.kept_deals):
            group.addButton(button)
            inner.addWidget(button)
        return box

    def _dialect_box(self) -> QGroupBox:
        box = QGroupBox("Format")
        inner = QVBoxLayout(box)
        saved = QSettings().value(DIALECT_KEY, "excel")
        self._dialects: dict[str, QRadioButton] = {}
        group = QButtonGroup(box)
        for dialect, label in DIALECT_LABELS.items():
            button = QRadioButton(label)
            button.setChecked(dialect == saved)
            group.addButton(button)
            inner.addWidget(button)
            self._dialects[dialect] = button
        if not any(b.isChecked() for b in self._dialects.values()):
            self._dialects["excel"].setChecked(True)
        return box

    def only_kept(self) -> bool:
        return self.kept_deals.isChecked()

    def dialect(self) -> str:
        return next(d for d, b in self._dialects.items() if b.isChecked())

    def set_dialect(self, dialect: str) -> None:
        self._dialects[dialect].setChecked(True)

    def accept(self) -> None:
        QSettings().setValue(DIALECT_KEY, self.dialect())
        super().accept()
