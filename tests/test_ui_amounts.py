"""The Amounts panel in the window: its tabs, the chart of the sample articles, and selection
running both ways between the panel and the timeline."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from desktop.analysis.series import series  # noqa: E402
from desktop.analysis.totals import totals  # noqa: E402
from desktop.ui.amounts_panel import TAB_CHART, TAB_FLOWS, TAB_TOTALS  # noqa: E402
from desktop.ui.amounts_models import SORT_ROLE  # noqa: E402

SHOTS = {TAB_TOTALS: "/tmp/amounts_totals.png", TAB_CHART: "/tmp/amounts_chart.png",
         TAB_FLOWS: "/tmp/amounts_flows.png"}


def ids_of_kind(window, kind: str) -> set[int]:
    return {r[0] for r in window.store.db.execute(
        "SELECT id FROM deals WHERE kind = ? AND rejected = 0", [kind])}


def show_tab(window, qtbot, tab: int):
    panel = window.amounts_panel
    window.amounts_dock.show()
    window.amounts_dock.raise_()
    panel.setCurrentIndex(tab)
    panel.resize(1100, 380)
    settle(panel, qtbot)
    return panel


def settle(panel, qtbot) -> None:
    """Wait for the analysis the tab started on the worker thread."""
    qtbot.waitUntil(lambda: not panel.busy, timeout=15000)
    qtbot.wait(10)


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_panel_has_the_deals_table_and_three_analysis_tabs(window) -> None:
    panel = window.amounts_panel
    assert [panel.tabText(i) for i in range(panel.count())] == ["Deals", "Totals", "Chart", "Flows"]
    assert panel.widget(0) is window.table
    assert window.amounts_dock.widget() is panel


def test_the_chart_has_a_bar_for_each_period_with_money_in_the_samples(window, qtbot) -> None:
    panel = show_tab(window, qtbot, TAB_CHART)
    expected = series(window.store, window.deal_filter)
    assert [b.label for b in panel.series.buckets] == [b.label for b in expected.buckets]
    panel.chart.repaint()
    painted = {(s.bucket, s.kind) for s in panel.chart.segments() if s.kind}
    with_money = {(i, k) for i, b in enumerate(expected.buckets) for k, v in b.amount.items() if v > 0}
    assert painted == with_money and len({b for b, _ in painted}) >= 4
    assert panel.grab().save(SHOTS[TAB_CHART])


def test_clicking_a_chart_segment_selects_its_deals_on_the_timeline(window, qtbot) -> None:
    panel = show_tab(window, qtbot, TAB_CHART)
    panel.chart.repaint()
    segment = next(s for s in panel.chart.segments() if s.kind == "cloud_contract")
    chart_pos = segment.rect.center().toPoint()
    qtbot.mouseClick(panel.chart, Qt.MouseButton.LeftButton, pos=chart_pos)
    bucket = panel.series.buckets[segment.bucket]
    expected = {i for i in ids_of_kind(window, "cloud_contract")
                if bucket.start.isoformat()[:7] <= (window.store.db.execute(
                    "SELECT date FROM deals WHERE id = ?", [i]).fetchone()[0] or "")[:7] < bucket.end.isoformat()[:7]}
    assert expected and window.timeline.selected == expected
    assert (segment.bucket, "cloud_contract") in panel.chart.highlighted


def test_clicking_a_totals_row_selects_its_deals_on_the_timeline_and_in_the_table(window, qtbot) -> None:
    panel = show_tab(window, qtbot, TAB_TOTALS)
    panel.set_grouping("kind")
    settle(panel, qtbot)
    view = panel.totals_view
    row = next(r for r in range(view.model().rowCount())
               if view.model().index(r, 0).data() == "cloud contract")
    click_row(qtbot, view, row)
    expected = ids_of_kind(window, "cloud_contract")
    assert len(expected) >= 2 and window.timeline.selected == expected
    assert len(window.selected_deal_rows()) == len(expected)
    highlighted = [panel.totals_model.rows[i].key for i in panel.totals_model.highlighted]
    assert highlighted == ["cloud_contract"]


def test_the_totals_table_sorts_by_amount_and_counts_each_deal_once(window, qtbot) -> None:
    panel = show_tab(window, qtbot, TAB_TOTALS)
    panel.set_grouping("company")
    settle(panel, qtbot)
    view = panel.totals_view
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    amounts = [view.model().index(r, 1).data(SORT_ROLE) for r in range(view.model().rowCount())]
    assert amounts == sorted(amounts, reverse=True) and amounts[0] > 0
    grand = totals(window.store, window.deal_filter, "company").grand
    assert panel.totals.grand == grand and f"{grand.deals} deals" in panel.totals_summary.text()
    assert panel.grab().save(SHOTS[TAB_TOTALS])


def test_a_selection_made_elsewhere_is_highlighted_in_every_tab(window, qtbot) -> None:
    panel = window.amounts_panel
    deal = window.store.db.execute(
        "SELECT d.id FROM deals d JOIN deal_parties dp ON dp.deal_id = d.id JOIN companies c ON c.id = dp.company_id"
        " WHERE d.kind = 'investment' AND c.name = 'Amazon' AND d.date LIKE '2026%'").fetchone()[0]
    window.timeline.set_selection({deal}, notify=True)
    show_tab(window, qtbot, TAB_TOTALS)
    panel.set_grouping("company")
    settle(panel, qtbot)
    assert {panel.totals_model.rows[i].key for i in panel.totals_model.highlighted} == {"Amazon", "OpenAI"}
    show_tab(window, qtbot, TAB_CHART)
    assert {k for _, k in panel.chart.highlighted} == {"investment"}
    show_tab(window, qtbot, TAB_FLOWS)
    edges = [panel.edges_model.rows[i] for i in panel.edges_model.highlighted]
    assert [(e.payer, e.payee) for e in edges] == [("Amazon", "OpenAI")]
    cycles = [panel.cycles_model.rows[i].companies for i in panel.cycles_model.highlighted]
    assert cycles == [("Amazon", "OpenAI")]
    # and from the table: selecting a row there moves the highlight
    window.timeline.set_selection(set(), notify=True)
    assert not panel.edges_model.highlighted


def test_the_flows_tab_lists_circular_flows_and_clicking_one_selects_its_deals(window, qtbot) -> None:
    panel = show_tab(window, qtbot, TAB_FLOWS)
    view = panel.cycles_view
    paths = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert "Amazon → OpenAI → Amazon" in paths
    assert panel.edges_model.marked  # the legs of circular flows are tinted
    click_row(qtbot, view, paths.index("Amazon → OpenAI → Amazon"))
    cycle = next(c for c in panel.flows.cycles if c.companies == ("Amazon", "OpenAI"))
    assert window.timeline.selected == set(cycle.deal_ids) and len(cycle.deal_ids) == 2
    assert panel.grab().save(SHOTS[TAB_FLOWS])


def test_a_new_filter_recomputes_the_panel(window, qtbot) -> None:
    panel = show_tab(window, qtbot, TAB_TOTALS)
    panel.set_grouping("kind")
    settle(panel, qtbot)
    window.apply_filter(window.deal_filter.with_(kinds=("investment",), currency="EUR"))
    settle(panel, qtbot)
    assert [t.key for t in panel.totals.rows] == ["investment"]
    assert "EUR" in panel.totals_view.model().headerData(1, Qt.Orientation.Horizontal)
    show_tab(window, qtbot, TAB_CHART)
    assert panel.series.currency == "EUR" and panel.series.kinds == ["investment"]


def test_analyses_run_off_the_gui_thread_and_the_newest_filter_wins(window, qtbot) -> None:
    panel = show_tab(window, qtbot, TAB_TOTALS)
    panel.set_grouping("kind")
    settle(panel, qtbot)
    before = panel.generation
    # two filters in quick succession: only the second one's totals may be shown
    window.apply_filter(window.deal_filter.with_(kinds=("cloud_contract",)))
    window.apply_filter(window.deal_filter.with_(kinds=("investment",)))
    assert panel.busy and not panel.totals_view.isEnabled()
    assert panel.totals_summary.text().startswith("Computing")
    settle(panel, qtbot)
    assert panel.generation == before + 2
    assert [t.key for t in panel.totals.rows] == ["investment"]
    assert panel.totals_view.isEnabled() and panel.totals_summary.text().startswith("Total")


def test_a_failed_analysis_is_reported_in_the_tab(window, qtbot, tmp_path, monkeypatch) -> None:
    panel = show_tab(window, qtbot, TAB_FLOWS)

    def broken(store, scope):
        raise ValueError("no flows today")

    monkeypatch.setattr(panel, "_analysis", lambda tab: (broken, lambda result: None))
    window.apply_filter(window.deal_filter.with_(kinds=("investment",)))
    settle(panel, qtbot)
    assert "Could not compute this view: ValueError: no flows today" in panel.flows_note.text()
    assert panel.edges_view.isEnabled()


def test_chart_period_labels_never_overlap(qtbot) -> None:
    """Many quarters with a year-only bar after each year: the labels thin out, none touch."""
    from datetime import date

    from PySide6.QtGui import QFontMetrics

    from desktop.analysis.series import Bucket, Series
    from desktop.ui.money_chart import MoneyChart

    buckets = []
    for year in range(2016, 2027):
        for q in range(4):
            buckets.append(Bucket(f"{year} Q{q + 1}", date(year, 3 * q + 1, 1), date(year, 3 * q + 1, 1),
                                  amount={"investment": 1e9}))
        buckets.append(Bucket(str(year), date(year, 1, 1), date(year + 1, 1, 1), year_only=True,
                              amount={"investment": 5e8}))
    chart = MoneyChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    chart.set_series(Series("quarter", "USD", buckets, ["investment"]))
    plot = chart._plot_rect(1)
    labels = chart.label_positions(plot)
    fm = QFontMetrics(chart.font())
    spans = [(x, x + fm.horizontalAdvance(text)) for x, text in labels]
    assert len(labels) >= 5
    assert all(right + 6 <= left for (_, right), (left, _) in zip(spans, spans[1:]))
    assert any(text.endswith("*") for _, text in labels)  # year-only bars keep a label where it fits
