"""The main window: the timeline in the middle, the deals table (Amounts) and the selected
deal's sources in docks; selection is shared by all three."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QMainWindow, QMessageBox, QPlainTextEdit, QTableView,
)

from desktop.export.csv_export import write_csv
from desktop.ingest.reextract import reextract
from desktop.storage.filters import DealFilter
from desktop.storage.queries import list_deals
from desktop.storage.store import Store
from desktop.timeline.data import deal_parties, load_deal_arrays
from desktop.ui.deals_model import DEAL_ROLE, SORT_ROLE, DealsModel
from desktop.ui import import_flow
from desktop.ui.job_runner import JobHandle
from desktop.ui.timeline_view import TimelineView


class MainWindow(QMainWindow):
    # The one filter every view applies; panels connect to this and re-read the store.
    filterChanged = Signal(object)  # DealFilter

    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.deal_filter = DealFilter()
        self.job: JobHandle | None = None
        self.setWindowTitle(f"Deal Timeline — {store.path.name if store.path else 'in memory'}")
        self.model = DealsModel(store, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.sources = QPlainTextEdit(readOnly=True)  # plain text: article text is untrusted
        self.sources.setPlaceholderText("Select a deal to see the articles that report it.")
        self.timeline = TimelineView()
        self.timeline.selectionChanged.connect(self._select_in_table)
        self.setCentralWidget(self.timeline)
        self.amounts_dock = self._dock("Amounts", self.table, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.sources_dock = self._dock("Sources", self.sources, Qt.DockWidgetArea.RightDockWidgetArea)
        self._syncing = False
        self._deals_before: set[int] = set()
        self.setAcceptDrops(True)
        self._make_menus()
        self.resize(1400, 860)
        self.refresh()

    def _dock(self, title: str, widget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

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
        self.import_files_action = QAction("&Import Files…", self, shortcut=QKeySequence.StandardKey.Open)
        self.import_files_action.triggered.connect(lambda: self.import_paths(import_flow.choose_files(self)))
        file_menu.addAction(self.import_files_action)
        self.import_folder_action = QAction("Import &Folder…", self, shortcut=QKeySequence("Ctrl+Shift+O"))
        self.import_folder_action.triggered.connect(lambda: self.import_paths(import_flow.choose_folder(self)))
        file_menu.addAction(self.import_folder_action)
        file_menu.addSeparator()
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
        self._make_view_menu()

    def _make_view_menu(self) -> None:
        view = self.menuBar().addMenu("&View")
        fit = QAction("&Fit All", self, shortcut=QKeySequence("Ctrl+0"))
        fit.triggered.connect(self.timeline.fit_all)
        view.addAction(fit)
        zoom_sel = QAction("&Zoom to Selection", self, shortcut=QKeySequence("Ctrl+Shift+0"))
        zoom_sel.triggered.connect(self.timeline.zoom_to_selection)
        view.addAction(zoom_sel)
        view.addSeparator()
        group = QActionGroup(self)
        for label, mode, key in (("Lanes by &Company", "company", "Ctrl+1"),
                                 ("Lanes by &Kind", "kind", "Ctrl+2"), ("&Single Lane", "none", "Ctrl+3")):
            action = QAction(label, self, checkable=True, shortcut=QKeySequence(key))
            action.setChecked(mode == self.timeline.mode)
            action.triggered.connect(lambda _=False, m=mode: self.timeline.set_lane_mode(m))
            group.addAction(action)
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.amounts_dock.toggleViewAction())
        view.addAction(self.sources_dock.toggleViewAction())

    # --- import ------------------------------------------------------------------------------
    def import_paths(self, paths: list[Path], start: bool = True) -> import_flow.ImportFlow | None:
        """Import on a worker thread; afterwards a summary, and the new deals selected."""
        if not paths or self.store.path is None or self.job is not None:
            return None
        self._deals_before = {r[0] for r in self.store.db.execute("SELECT id FROM deals")}
        flow = import_flow.ImportFlow(self, self.store.path, paths)
        flow.finished.connect(lambda _summary: self._import_done(flow))
        self.job = flow.handle
        self._set_busy(True)
        return flow.start() if start else flow

    def _import_done(self, flow: import_flow.ImportFlow) -> None:
        self.job = None
        self._set_busy(False)
        self.refresh()
        new = {r[0] for r in self.store.db.execute("SELECT id FROM deals WHERE rejected = 0")} - self._deals_before
        if new:
            self.timeline.set_selection(new, notify=True)
        self.last_import = flow
        self.summary_box = import_flow.show_summary(self, flow.summary, flow.outcome)

    def _set_busy(self, busy: bool) -> None:
        for action in (self.import_files_action, self.import_folder_action, self.reextract_action):
            action.setEnabled(not busy)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- re-extraction -----------------------------------------------------------------------
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

        self._set_busy(True)
        self.job = JobHandle(self, "Re-extract all articles", job, describe)
        self.job.done.connect(self._reextract_done)
        return self.job.start() if start else self.job

    def _reextract_done(self, how: str, payload: object) -> None:
        self.job = None
        self._set_busy(False)
        if how == "failed":
            QMessageBox.critical(self, "Re-extraction failed", f"Nothing was changed.\n\n{payload}")
            return
        self.refresh()
        if how == "cancelled":
            self.statusBar().showMessage("Re-extraction cancelled: nothing was changed.", 8000)
        else:
            self.statusBar().showMessage(f"Re-extracted all articles: {payload} deals.", 8000)

    def apply_filter(self, deal_filter: DealFilter) -> None:
        """Narrow every view to the deals the filter keeps."""
        self.deal_filter = deal_filter
        self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        titles = {self.model.deal(r).id: self.model.deal(r).title for r in range(self.model.rowCount())}
        self.timeline.set_arrays(*load_deal_arrays(self.store, self.deal_filter), deal_parties(self.store), titles)
        self.filterChanged.emit(self.deal_filter)
        self.statusBar().showMessage(
            f"{self.model.rowCount()} deals from {self.store.count('articles')} articles"
        )

    def selected_deal_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    def _select_in_table(self, deal_ids: list[int]) -> None:
        """The timeline's selection, shown in the table (without echoing back)."""
        if self._syncing:
            return
        self._syncing = True
        try:
            wanted = set(deal_ids)
            selection = self.table.selectionModel()
            selection.clearSelection()
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(DEAL_ROLE) in wanted:
                    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                    selection.select(index, flags)
                    self.table.scrollTo(index)
        finally:
            self._syncing = False
        self._show_sources()

    def _show_sources(self, *_: QItemSelection) -> None:
        rows = self.selected_deal_rows()
        if not self._syncing:
            self.timeline.set_selection({self.model.deal(r).id for r in rows})
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
