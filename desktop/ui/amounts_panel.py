"""The Amounts panel: the deals table and what the deals in view add up to.

Tabs: "Deals" (the window's deals table, passed in and left alone), "Totals" (by company, kind
or year), "Chart" (money over time, stacked by kind) and "Flows" (who pays whom, circular
flows). Everything is computed by `desktop.analysis` for the window's current `DealFilter`;
a tab is recomputed only when shown, so a filter change costs one analysis, not three, and the
analysis runs on a worker thread (`analysis_runner`) while the tab shows that it is computing.

Selection runs both ways: picking a row or a bar emits `dealsChosen(ids)`; `show_selection(ids)`
highlights the rows and bar segments holding deals selected elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QHBoxLayout, QRadioButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.analysis import flows as flows_mod
from desktop.analysis import series as series_mod
from desktop.analysis import totals as totals_mod
from desktop.analysis.scope import JOINT_VENTURE_RULE, Scope, prepare
from desktop.ui.analysis_runner import AnalysisRunner, Request
from desktop.storage.filters import DealFilter
from desktop.storage.store import Store
from desktop.ui.amounts_models import SORT_ROLE, RowsModel, cycles_model, edges_model, money, totals_model
from desktop.ui.money_chart import MoneyChart
from desktop.ui.plain_text import plain_label, tooltip

TAB_DEALS, TAB_TOTALS, TAB_CHART, TAB_FLOWS = range(4)


def _table(model: RowsModel) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    # no sort column until the user picks one: the analyses' own order (largest first, kinds in
    # their usual order, years ascending) is the useful one
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setWordWrap(False)  # one line a row; the tooltip has the whole note
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(False)  # the highlight background must stay visible
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # compact rows
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


def _set_model(view: QTableView, proxy: QSortFilterProxyModel, model: RowsModel) -> None:
    proxy.setSourceModel(model)
    view.resizeColumnsToContents()


class AmountsPanel(QTabWidget):
    dealsChosen = Signal(list)  # deal ids the user picked through a row or a bar

    def __init__(self, deals_table: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.store: Store | None = None
        self.deal_filter = DealFilter()
        self._scope: Scope | None = None  # the filter's flagged deals, found once for all tabs
        self.selection: list[int] | set[int] = []
        self.by = "company"
        self._stale = {TAB_TOTALS, TAB_CHART, TAB_FLOWS}
        self.totals: totals_mod.Totals | None = None
        self.series: series_mod.Series | None = None
        self.flows: flows_mod.Flows | None = None
        self.generation = 0  # bumped by every new filter: results of older ones are dropped
        self._pending: dict[int, int] = {}  # tab -> generation being computed for it
        self.runner = AnalysisRunner(self)
        self.runner.done.connect(self._on_result)
        self.runner.failed.connect(self._on_failure)
        self.addTab(deals_table, "Deals")
        self.addTab(self._make_totals_tab(), "Totals")
        self.addTab(self._make_chart_tab(), "Chart")
        self.addTab(self._make_flows_tab(), "Flows")
        self.currentChanged.connect(lambda _i: self._refresh_current())

    # --- building ----------------------------------------------------------------------------
    def _make_totals_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.by_buttons = QButtonGroup(page)
        for by, label in (("company", "By company"), ("kind", "By kind"), ("year", "By year")):
            button = QRadioButton(label)
            button.setChecked(by == self.by)
            button.toggled.connect(lambda on, b=by: on and self.set_grouping(b))
            self.by_buttons.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.totals_model = totals_model(self.by, "USD", self)
        self.totals_view, self.totals_proxy = _table(self.totals_model)
        self.totals_view.clicked.connect(self._total_clicked)
        self.totals_view.activated.connect(self._total_clicked)
        layout.addWidget(self.totals_view, 1)
        self.totals_summary = plain_label()
        self.totals_summary.setWordWrap(True)
        self.totals_summary.setToolTip(tooltip(JOINT_VENTURE_RULE))
        layout.addWidget(self.totals_summary)
        return page

    def _make_chart_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.chart = MoneyChart()
        self.chart.segmentClicked.connect(self._segment_clicked)
        layout.addWidget(self.chart, 1)
        self.chart_note = plain_label()
        self.chart_note.setWordWrap(True)
        layout.addWidget(self.chart_note)
        return page

    def _make_flows_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.edges_model = edges_model("USD", self)
        self.edges_view, self.edges_proxy = _table(self.edges_model)
        self.edges_view.clicked.connect(self._edge_clicked)
        self.edges_view.activated.connect(self._edge_clicked)
        self.cycles_model = cycles_model("USD", self)
        self.cycles_view, self.cycles_proxy = _table(self.cycles_model)
        self.cycles_view.clicked.connect(self._cycle_clicked)
        self.cycles_view.activated.connect(self._cycle_clicked)
        split.addWidget(self.edges_view)
        split.addWidget(self.cycles_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.flows_note = plain_label()
        self.flows_note.setWordWrap(True)
        layout.addWidget(self.flows_note)
        return page

    # --- inputs ------------------------------------------------------------------------------
    def set_filter(self, store: Store, deal_filter: DealFilter) -> None:
        """Recompute for the deals this filter keeps (the visible tab now, the others when shown)."""
        self.store, self.deal_filter, self._scope = store, deal_filter, None
        self.generation += 1
        self._pending.clear()
        self._stale = {TAB_TOTALS, TAB_CHART, TAB_FLOWS}
        self._refresh_current()

    def set_grouping(self, by: str) -> None:
        if by == self.by:
            return
        self.by = by
        for button, key in zip(self.by_buttons.buttons(), totals_mod.GROUPINGS):
            button.setChecked(key == by)
        self._stale.add(TAB_TOTALS)
        self._pending.pop(TAB_TOTALS, None)  # a result for the old grouping is not wanted
        self._refresh_current()

    def show_selection(self, deal_ids: list[int] | set[int]) -> None:
        """Highlight the rows and bar segments holding any of these deals (selected elsewhere)."""
        self.selection = deal_ids  # sorted only when a tab needs it: the Deals tab never does
        self._highlight_current()

    def shutdown(self) -> None:
        """Stop a running analysis (the window closes)."""
        self.runner.shutdown()

    @property
    def busy(self) -> bool:
        """Whether an analysis is being computed for the current filter."""
        return bool(self._pending)

    # --- recomputing -------------------------------------------------------------------------
    @property
    def scope(self) -> Scope:
        if self._scope is None:
            self._scope = prepare(self.store, self.deal_filter)
        return self._scope

    def _analysis(self, tab: int):
        """(what to compute on a store and scope, what to show with its result) for a tab."""
        if tab == TAB_TOTALS:
            by = self.by
            return (lambda store, scope: totals_mod.totals(store, scope, by)), self._show_totals
        if tab == TAB_CHART:
            return series_mod.series, self._show_chart
        return flows_mod.flows, self._show_flows

    def _refresh_current(self) -> None:
        tab = self.currentIndex()
        if self.store is None or tab not in self._stale:
            self._highlight_current()
            return
        self._stale.discard(tab)
        compute, show = self._analysis(tab)
        if self.store.path is None:  # an in-memory store has no second connection
            show(compute(self.store, self.scope))
            self._highlight_current()
            return
        self._pending[tab] = self.generation
        self._set_computing(tab, True)
        self.runner.submit(Request(self.generation, tab, self.store.path, self.deal_filter, compute))

    def _on_result(self, generation: int, tab: int, result) -> None:
        if self._pending.get(tab) != generation or generation != self.generation:
            return  # computed for a filter or grouping that has changed since
        if tab == TAB_TOTALS and result.by != self.by:
            return
        del self._pending[tab]
        self._set_computing(tab, False)
        self._analysis(tab)[1](result)
        self._highlight(tab)

    def _on_failure(self, generation: int, tab: int, message: str) -> None:
        if self._pending.get(tab) != generation or generation != self.generation:
            return
        del self._pending[tab]
        self._stale.add(tab)  # shown again: tried again
        self._set_computing(tab, False)
        self._note(tab).setText(f"Could not compute this view: {message}")

    def _note(self, tab: int):
        return {TAB_TOTALS: self.totals_summary, TAB_CHART: self.chart_note, TAB_FLOWS: self.flows_note}[tab]

    def _set_computing(self, tab: int, on: bool) -> None:
        """The old figures stay, dimmed, until the new ones arrive."""
        pages = {TAB_TOTALS: (self.totals_view,), TAB_CHART: (self.chart,),
                 TAB_FLOWS: (self.edges_view, self.cycles_view)}[tab]
        for widget in pages:
            widget.setEnabled(not on)
        if on:
            self._note(tab).setText("Computing for the deals the filters keep…")

    def refresh_all(self) -> None:
        """Compute every tab now, on this thread (tests, screenshots)."""
        self._pending.clear()
        for tab in (TAB_TOTALS, TAB_CHART, TAB_FLOWS):
            compute, show = self._analysis(tab)
            self._set_computing(tab, False)
            show(compute(self.store, self.scope))
        self._stale.clear()
        for tab in (TAB_TOTALS, TAB_CHART, TAB_FLOWS):
            self._highlight(tab)

    def _show_totals(self, result: totals_mod.Totals) -> None:
        self.totals = result
        self.totals_model = totals_model(result.by, result.currency, self)
        self.totals_model.set_rows(self.totals.rows)
        _set_model(self.totals_view, self.totals_proxy, self.totals_model)
        self.totals_summary.setText(self._totals_text(self.totals))

    def _totals_text(self, t: totals_mod.Totals) -> str:
        g = t.grand
        parts = [f"Total {money(g.amount, t.currency, g.with_amount)}: {g.with_amount} of {g.deals} deals "
                 "have an amount; each deal counts once however many sources report it."]
        if g.in_jv:
            parts.append(f"{g.in_jv} contribution{'s' * (g.in_jv != 1)} to a joint venture counted but not "
                         "summed again: the venture's total holds them.")
        if g.rates:
            parts.append(f"{g.rates} yearly rate{'s' * (g.rates != 1)} counted once, as reported.")
        if t.by == "company":
            parts.append("A deal appears on each of its parties' lines, so company lines overlap.")
        return " ".join(parts)

    def _show_chart(self, result: series_mod.Series) -> None:
        self.series = result
        self.chart.set_series(self.series)
        notes = [f"Announced money per {self.series.period} in {self.series.currency}, stacked by kind; "
                 "click a segment to select its deals."]
        if any(b.year_only for b in self.series.buckets) and self.series.period != "year":
            notes.append("Hatched bars marked * hold deals known only to their year.")
        if self.series.uncharted:
            notes.append(f"{self.series.uncharted} deal{'s' * (self.series.uncharted != 1)} without a usable "
                         "date not charted.")
        self.chart_note.setText(" ".join(notes))

    def _show_flows(self, result: flows_mod.Flows) -> None:
        f = self.deal_filter
        self.flows = result
        circular = {(e.payer, e.payee) for c in self.flows.cycles for e in c.edges}
        self.edges_model = edges_model(f.currency, self)
        self.edges_model.set_rows(self.flows.edges,
                                  marked={i for i, e in enumerate(self.flows.edges) if (e.payer, e.payee) in circular})
        _set_model(self.edges_view, self.edges_proxy, self.edges_model)
        self.cycles_model = cycles_model(f.currency, self)
        self.cycles_model.set_rows(self.flows.cycles, marked=set(range(len(self.flows.cycles))))
        _set_model(self.cycles_view, self.cycles_proxy, self.cycles_model)
        n = self.flows.cycle_count
        text = (f"{len(self.flows.edges)} flows from payer to payee; {n} circular flow{'s' * (n != 1)} "
                "(money that comes back: A → B → A or A → B → C → A), tinted.")
        if n > len(self.flows.cycles):
            text += f" The {len(self.flows.cycles)} largest are listed."
        self.flows_note.setText(text + " Partnerships, cancelled deals and a venture's own total move no "
                                "money between the parties and make no flow.")

    # --- highlighting ------------------------------------------------------------------------
    def _highlight_current(self) -> None:
        self._highlight(self.currentIndex())

    def _highlight(self, tab: int) -> None:
        if (self.store is None or tab in self._stale or tab in self._pending
                or tab not in (TAB_TOTALS, TAB_CHART, TAB_FLOWS)):
            return
        wanted = set(self.selection)
        chosen = sorted(wanted)
        if tab == TAB_TOTALS and self.totals is not None:
            keys = totals_mod.groups_of(self.store, self.deal_filter, self.by, chosen)
            self.totals_model.set_highlighted({i for i, t in enumerate(self.totals_model.rows) if t.key in keys})
        elif tab == TAB_CHART and self.series is not None:
            self.chart.set_highlight(series_mod.segments_of(self.store, self.deal_filter, self.series, chosen))
        elif tab == TAB_FLOWS and self.flows is not None:
            self.edges_model.set_highlighted(
                {i for i, e in enumerate(self.edges_model.rows) if wanted.intersection(e.deal_ids)})
            self.cycles_model.set_highlighted(
                {i for i, c in enumerate(self.cycles_model.rows) if wanted.intersection(c.deal_ids)})

    # --- picking -----------------------------------------------------------------------------
    def _source_row(self, proxy: QSortFilterProxyModel, index: QModelIndex) -> int:
        return proxy.mapToSource(index).row()

    def _choose(self, ids: list[int]) -> None:
        if ids:
            self.dealsChosen.emit(sorted(ids))

    def _total_clicked(self, index: QModelIndex) -> None:
        total = self.totals_model.rows[self._source_row(self.totals_proxy, index)]
        self._choose(totals_mod.group_deal_ids(self.store, self.deal_filter, self.by, total.key))

    def _segment_clicked(self, bucket: int, kind: str) -> None:
        self._choose(series_mod.segment_deal_ids(self.store, self.deal_filter, self.series, bucket, kind or None))

    def _edge_clicked(self, index: QModelIndex) -> None:
        self._choose(list(self.edges_model.rows[self._source_row(self.edges_proxy, index)].deal_ids))

    def _cycle_clicked(self, index: QModelIndex) -> None:
        self._choose(self.cycles_model.rows[self._source_row(self.cycles_proxy, index)].deal_ids)
