"""The main window: the deals in a sortable table, the selected deal's sources below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QMainWindow, QMessageBox, QPlainTextEdit, QSplitter, QTableView,
)

from desktop.export.csv_export import write_csv
from desktop.ingest.reextract import reextract
from desktop.storage.queries import list_deals
from desktop.storage.store import Store
from desktop.ui.deals_model import DealsModel, SORT_ROLE
from desktop.ui.job_runner import JobHandle


class MainWindow(QMainWindow):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.job: JobHandle | None = None
        self.setWindowTitle(f"Deal Timeline — {store.path.name if store.path else 'in memory'}")
        self.model = DealsModel(store, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.sources = QPlainTextEdit(readOnly=True)  # plain text: article text is untrusted
        self.sources.setPlaceholderText("Select a deal to see the articles that report it.")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.sources)
        splitter.setSizes([480, 200])
        self.setCentralWidget(splitter)
        self._make_menus()
        self.resize(1200, 760)
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(self._show_sources)
        return table

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        export = QAction("&Export CSV…", self, shortcut=QKeySequence("Ctrl+E"))
        export.triggered.connect(self.export_csv)
        file_menu.addAction(export)
        file_menu.addSeparator()
        self.reextract_action = QAction("&Re-extract All Articles", self, shortcut=QKeySequence("Ctrl+Shift+R"))
        self.reextract_action.setStatusTip("Run the current extractor over every stored article; "
                                           "your corrections are kept")
        self.reextract_action.triggered.connect(self.reextract_all)
        file_menu.addAction(self.reextract_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def reextract_all(self, start: bool = True) -> JobHandle | None:
        """Re-extract on a worker thread with progress and cancel; the window stays usable."""
        if self.store.path is None or self.job is not None:
            return None
        path = self.store.path

        def job():
            with Store.open(path) as store:  # the worker thread's own connection
                return (yield from reextract(store))

        def describe(step: tuple[int, int]) -> tuple[int, int, str]:
            done, total = step
            return done, total, f"Re-extracting article {done} of {total}…"

        self.reextract_action.setEnabled(False)
        self.job = JobHandle(self, "Re-extract all articles", job, describe)
        self.job.done.connect(self._reextract_done)
        return self.job.start() if start else self.job

    def _reextract_done(self, how: str, payload: object) -> None:
        self.job = None
        self.reextract_action.setEnabled(True)
        if how == "failed":
            QMessageBox.critical(self, "Re-extraction failed", f"Nothing was changed.\n\n{payload}")
            return
        self.refresh()
        if how == "cancelled":
            self.statusBar().showMessage("Re-extraction cancelled: nothing was changed.", 8000)
        else:
            self.statusBar().showMessage(f"Re-extracted all articles: {payload} deals.", 8000)

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.statusBar().showMessage(
            f"{self.model.rowCount()} deals from {self.store.count('articles')} articles"
        )

    def selected_deal_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    def _show_sources(self, *_: QItemSelection) -> None:
        rows = self.selected_deal_rows()
        if not rows:
            self.sources.clear()
            return
        deal = self.model.deal(rows[0])
        lines = [deal.title, ""]
        for s in deal.sources:
            when = f"{s.published} ({s.published_source})" if s.published else "date unknown"
            lines.append(f"{s.file_name} — {s.outlet or 'outlet unknown'} — {when}")
            lines.append(f"    {s.sentence}")
            lines.append("")
        if deal.discrepancies:
            lines.append("Sources disagree on: " + ", ".join(deal.discrepancies))
        self.sources.setPlainText("\n".join(lines))

    def export_csv(self) -> None:
        settings = QSettings()
        start = settings.value("export/last_dir", str(Path.home()))
        name, chosen = QFileDialog.getSaveFileName(
            self, "Export deals as CSV", str(Path(start) / "deals.csv"),
            "CSV, international (*.csv);;CSV for German Excel (*.csv)",
        )
        if not name:
            return
        dialect = "excel-de" if "German" in chosen else "excel"
        self.write_export(Path(name), dialect)
        settings.setValue("export/last_dir", str(Path(name).parent))

    def write_export(self, path: Path, dialect: str) -> int:
        try:
            with open(path, "w", encoding="utf-8", newline="") as f:
                count = write_csv(list_deals(self.store), f, dialect)
        except OSError as e:
            QMessageBox.critical(self, "Export failed", f"Could not write {path}:\n{e.strerror}")
            return 0
        self.statusBar().showMessage(f"{count} deals written to {path}", 8000)
        return count
