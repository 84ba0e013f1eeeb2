"""The main window: the timeline in the middle, the deals table (Amounts) and the selected
deal's sources in docks; selection is shared by all three."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDockWidget, QFileDialog, QMainWindow, QMessageBox, QTableView,
)

from desktop.export.csv_export import write_csv
from desktop.extraction.pipeline import EXTRACTOR_VERSION
from desktop.ingest.reextract import reextract
from desktop.storage.filters import DealFilter, total as total_deals
from desktop.storage.queries import DealTitles, iter_deals
from desktop.storage.store import Store
from desktop.timeline.data import deal_parties, load_deal_arrays, load_terms
from desktop.timeline.parties import Parties
from desktop.ui.deals_model import (
    DealsModel, selected_rows, selection_of_rows, spare_header_from_selection, unique_sorted,
)
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.filter_bar import FilterBar
from desktop.ui import import_flow
from desktop.ui.amounts_panel import AmountsPanel
from desktop.ui.deal_editor import DealActions
from desktop.ui.job_runner import JobHandle
from desktop.ui.sources_panel import SourcesPanel
from desktop.ui.timeline_view import TimelineView
from desktop.ui import image_export
from desktop.ui.legend import legend_scroll, size_legend_dock
from desktop.ui.stale_notice import StaleNotice
from desktop.ui.timeline_panel import TimelinePanel
from desktop.ui.undated_panel import UndatedPanel


class MainWindow(QMainWindow):
    # The one filter every view applies; panels connect to this and re-read the store.
    filterChanged = Signal(object)  # DealFilter

    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.deal_filter = DealFilter()
        self._parties: Parties | None = None  # read again only when the deals change
        self.job: JobHandle | None = None
        self.setWindowTitle(f"Deal Timeline — {store.path.name if store.path else 'in memory'}")
        self.model = DealsModel(store, self, load=False)  # refresh() below reads it through the filter
        self.table = self._make_table()
        self.filter_bar = FilterBar(store, self)
        self.filter_bar.filterEdited.connect(self.apply_filter)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.filter_bar)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.stale_notice = StaleNotice(self)
        self.stale_notice.reextractRequested.connect(lambda: self.reextract_all())
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.stale_notice)
        self.deal_filter = self.filter_bar.current_filter()  # the saved display currency
        self.sources_panel = SourcesPanel()
        self.sources = self.sources_panel.text_view  # the shown article's text (plain text)
        self.timeline = TimelineView()
        self.timeline.selectionChanged.connect(self._select_in_table)
        # "List Deals" on an aggregate: its deals become the selection, so the table lists them
        self.timeline.aggregateClicked.connect(lambda ids: self.timeline.set_selection(ids, notify=True))
        self._restore_lanes()
        self.timeline_panel = TimelinePanel(self.timeline)  # the view + scrollbar + overview strip
        self.setCentralWidget(self.timeline_panel)
        self.amounts_panel = AmountsPanel(self.table)  # the table is its first tab
        self.amounts_dock = self._dock("Amounts", self.amounts_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._connect_amounts_panel()
        self.sources_dock = self._dock("Sources", self.sources_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self._make_legend_and_undated()
        self._syncing = False
        self._deals_before: set[int] = set()
        self.setAcceptDrops(True)
        self._make_menus()
        self.resize(1400, 860)
        self._restore_window()
        self.refresh()

    # --- what the window remembers between sessions (QSettings) --------------------------------
    def _restore_lanes(self) -> None:
        settings = QSettings()
        mode = settings.value("timeline/mode", "company")
        if mode in ("company", "kind", "none"):
            self.timeline.mode = mode
        try:
            self.timeline.restore_lane_edits(json.loads(str(settings.value("timeline/lanes", "{}"))))
        except ValueError:
            pass  # a damaged entry: the default arrangement

    def _restore_window(self) -> None:
        settings = QSettings()
        geometry, state = settings.value("window/geometry"), settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        """Window size, dock layout, lane mode and the user's lane arrangement."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("timeline/mode", self.timeline.mode)
        settings.setValue("timeline/lanes", json.dumps(self.timeline.lane_edits_state()))

    def _dock(self, title: str, widget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect_amounts_panel(self) -> None:
        """Totals, chart and flows follow the filter; their picks select on the timeline and
        in the table, and a selection made there is highlighted in them."""
        panel = self.amounts_panel
        self.filterChanged.connect(lambda deal_filter: panel.set_filter(self.store, deal_filter))
        panel.dealsChosen.connect(lambda ids: self.timeline.set_selection(ids, notify=True))
        self.timeline.selectionChanged.connect(panel.show_selection)
        # after _show_sources (connected first), which hands a table selection to the timeline
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: panel.show_selection(self.timeline.selected))

    def _make_legend_and_undated(self) -> None:
        """Under the timeline: the legend beside the table, deals without a date in a tab of it."""
        legend_area, self.legend = legend_scroll(self.timeline)
        self.legend_dock = self._dock("Legend", legend_area, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.legend_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+L"))
        self.splitDockWidget(self.amounts_dock, self.legend_dock, Qt.Orientation.Horizontal)
        self.undated = UndatedPanel(self.store, self.timeline)
        self.undated_dock = self._dock("Undated Deals", self.undated, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.amounts_dock, self.undated_dock)
        self.amounts_dock.raise_()
        size_legend_dock(self, self.amounts_dock, self.legend_dock)  # its sections side by side
        self.filterChanged.connect(lambda deal_filter: (self.legend.sync(), self.undated.refresh(deal_filter)))

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)  # no proxy: the model sorts in SQL, rows are its own
        # the indicator first, at the model's own order, so enabling sorting does not re-query
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)  # one line a row; long titles are elided (the tooltip has the evidence)
        spare_header_from_selection(table)  # or selecting a million rows takes seconds a repaint
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
        self.export_action = QAction("&Export CSV…", self, shortcut=QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_csv)
        file_menu.addAction(self.export_action)
        self.export_image_action = QAction("Export &Image…", self, shortcut=QKeySequence("Ctrl+Shift+E"))
        self.export_image_action.triggered.connect(lambda: image_export.export_image(self, self.timeline))
        file_menu.addAction(self.export_image_action)
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
        self._make_edit_menu()
        self._make_view_menu()

    def _make_edit_menu(self) -> None:
        edit = self.menuBar().addMenu("&Edit")
        edit.addAction(self.filter_bar.find_action)
        edit.addAction(self.filter_bar.clear_action)
        self.deal_actions = DealActions(self)
        self.deal_actions.add_to(self.menuBar(), edit)

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
        view.addAction(self.filter_bar.clear_action)
        view.addSeparator()
        view.addAction(self.filter_bar.toggleViewAction())
        view.addAction(self.amounts_dock.toggleViewAction())
        view.addAction(self.sources_dock.toggleViewAction())
        view.addAction(self.legend_dock.toggleViewAction())
        view.addAction(self.undated_dock.toggleViewAction())

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
        self.filter_bar.refresh_choices()  # new companies to pick
        self.refresh()
        new = {r[0] for r in self.store.db.execute("SELECT id FROM deals WHERE rejected = 0")} - self._deals_before
        if new:
            self.timeline.set_selection(new, notify=True)
        self.last_import = flow
        self.summary_box = import_flow.show_summary(self, flow.summary, flow.outcome)

    def _set_busy(self, busy: bool) -> None:
        for action in (self.import_files_action, self.import_folder_action, self.reextract_action):
            action.setEnabled(not busy)

    def closeEvent(self, event) -> None:  # noqa: N802
        # a search typed just before closing must not run against a store being closed
        self.filter_bar.cancel_pending()
        self.amounts_panel.shutdown()  # an analysis running on the worker thread stops
        self.save_layout()
        super().closeEvent(event)

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
        self.stale_notice.hide()
        self.job = JobHandle(self, "Re-extract all articles", job, describe)
        self.job.done.connect(self._reextract_done)
        return self.job.start() if start else self.job

    def _reextract_done(self, how: str, payload: object) -> None:
        self.job = None
        self._set_busy(False)
        if how == "failed":
            QMessageBox.critical(self, "Re-extraction failed", f"Nothing was changed.\n\n{payload}")
            return
        self.filter_bar.refresh_choices()
        self.refresh()
        if how == "cancelled":
            self.statusBar().showMessage("Re-extraction cancelled: nothing was changed.", 8000)
        else:
            self.statusBar().showMessage(f"Re-extracted all articles: {payload} deals.", 8000)

    def apply_filter(self, deal_filter: DealFilter) -> None:
        """Narrow every view to the deals the filter keeps."""
        self.deal_filter = deal_filter
        self.refresh(data_changed=False)

    def refresh(self, data_changed: bool = True) -> None:
        """Read the store again through the current filter into every view. A filter change
        alone (`data_changed` False) keeps the parties map: at a million deals it is the
        slowest thing to read and no filter changes it."""
        if data_changed or self._parties is None:
            self._parties = deal_parties(self.store)
        self.model.set_filter(self.deal_filter)
        self.table.resizeColumnsToContents()  # Qt measures only the rows on screen
        # titles are read on demand for the few marks the timeline labels
        self.timeline.currency = self.deal_filter.currency
        deals, undated = load_deal_arrays(self.store, self.deal_filter)
        self.timeline.set_arrays(deals, undated, self._parties,
                                 DealTitles(self.store))
        self.timeline.set_terms(load_terms(self.store, deals, self.deal_filter))
        kept = self.model.rowCount()
        total = kept if self.deal_filter.is_empty() else total_deals(self.store)  # a count is a full scan
        self.filter_bar.set_counts(kept, total)
        self._select_in_table(list(self.timeline.selected))  # what is still kept stays selected
        self.filterChanged.emit(self.deal_filter)
        shown = f"{kept} of {total} deals" if kept != total else f"{total} deals"
        self.statusBar().showMessage(f"{shown} from {self.store.count('articles')} articles")
        if data_changed:
            self.stale_notice.show_count(self.store.stale_articles(EXTRACTOR_VERSION))

    def selected_deal_rows(self) -> list[int]:
        return selected_rows(self.table.selectionModel().selection()).tolist()

    def _select_in_table(self, deal_ids: list[int]) -> None:
        """The timeline's selection, shown in the table (without echoing back)."""
        if self._syncing:
            return
        self._syncing = True
        try:
            rows = self.model.rows_of(deal_ids)
            rows = unique_sorted(rows[rows >= 0])
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(selection_of_rows(self.model, rows), flags)
            if len(rows):
                self.table.scrollTo(self.model.index(int(rows[0]), 0))
        finally:
            self._syncing = False
        self._show_sources()

    def _show_sources(self, *_: QItemSelection) -> None:
        rows = selected_rows(self.table.selectionModel().selection())
        if not self._syncing:
            self.timeline.set_selection(self.model.deal_ids()[rows].tolist())
        # the panel shows one deal: the first selected
        self.sources_panel.show_deal(self.store, self.model.deal_id(int(rows[0])) if len(rows) else None)

    def export_csv(self) -> None:
        """Ask which deals (all, or those the filters keep) and which dialect, then where."""
        dialog = ExportDialog(self, kept=self.model.rowCount(), total=total_deals(self.store),
                              filtered=not self.deal_filter.is_empty())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        settings = QSettings()
        start = settings.value("export/last_dir", str(Path.home()))
        name, _chosen = QFileDialog.getSaveFileName(
            self, "Export deals as CSV", str(Path(start) / "deals.csv"), "CSV files (*.csv);;All files (*)")
        if not name:
            return
        self.write_export(Path(name), dialog.dialect(), self.deal_filter if dialog.only_kept() else None)
        settings.setValue("export/last_dir", str(Path(name).parent))

    def write_export(self, path: Path, dialect: str, deal_filter: DealFilter | None = None) -> int:
        """Write the deals CSV: every deal, or only those `deal_filter` keeps."""
        try:
            with open(path, "w", encoding="utf-8", newline="") as f:
                count = write_csv(iter_deals(self.store, deal_filter=deal_filter), f, dialect)
        except OSError as e:
            QMessageBox.critical(self, "Export failed", f"Could not write {path}:\n{e.strerror}")
            return 0
        self.statusBar().showMessage(f"{count} deals written to {path}", 8000)
        return count
