"""Deals without a date are listed apart — never drawn on an invented date — and selecting one
selects it everywhere."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QItemSelectionModel  # noqa: E402

from desktop.ui.deals_model import COLUMNS, DEAL_ROLE  # noqa: E402
from tests.conftest import ROOT  # noqa: E402

SCREENSHOTS = ROOT / "screenshots"


def _listed_ids(panel) -> set[int]:
    return {panel.model.index(r, 0).data(DEAL_ROLE) for r in range(panel.model.rowCount())}


def test_the_list_holds_exactly_the_undated_deals(window) -> None:
    undated = {r[0] for r in window.store.db.execute(
        "SELECT id FROM deals WHERE rejected = 0 AND (date IS NULL OR date = '')")}
    # the samples: Amazon → Anthropic 8 bn and Nvidia → OpenAI 100 bn, told in the one sample
    # without a date, are undated as the gold annotation has them. So may be Microsoft → OpenAI's
    # 14 bn total, as the gold has it, depending on the status model: its second source, "Trotz
    # über 13 Milliarden Euro an Investitionen von Microsoft …", names no stage, and the models
    # read it "signed" (a signed deal the text does not date is dated by its article) or
    # "completed" as training on more corpora tips the balance (1-125: signed, 1-129: completed).
    panel = window.undated
    assert _listed_ids(panel) == undated == set(window.timeline.undated)
    assert not undated & set(window.timeline.deals.deal_id.tolist())  # not on the timeline
    rows = range(panel.model.rowCount())
    listed = {(frozenset(panel.model.index(r, COLUMNS.index("Parties")).data().split(" · ")),
               panel.model.index(r, COLUMNS.index("Amount")).data(), panel.model.index(r, COLUMNS.index("Currency")).data(),
               panel.model.index(r, COLUMNS.index("Sources")).data()) for r in rows}
    always = {(frozenset({"Amazon", "Anthropic"}), "8 bn", "USD", "1"), (frozenset({"OpenAI", "Nvidia"}), "100 bn", "USD", "1")}
    assert listed in (always, always | {(frozenset({"Microsoft", "OpenAI"}), "14 bn", "USD", "2")})
    assert f"{len(listed)} deals without a date" in panel.note.text()
    window.undated_dock.raise_()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.undated_dock.grab().save(str(SCREENSHOTS / "undated_deals.png"))


def test_selecting_an_undated_deal_selects_it_everywhere(window, qtbot) -> None:
    panel, view = window.undated, window.timeline
    row = next(r for r in range(panel.model.rowCount())
               if "Nvidia" in panel.model.index(r, COLUMNS.index("Parties")).data())
    deal_id = panel.model.index(row, 0).data(DEAL_ROLE)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    with qtbot.waitSignal(view.selectionChanged) as signal:
        panel.table.selectionModel().select(panel.model.index(row, 0), flags)
    assert signal.args == [[deal_id]] and view.selected == {deal_id}
    assert "Nvidia" in window.sources.toPlainText()  # the Sources dock shows its article
    # and back: a selection made elsewhere shows in the list
    other = next(i for i in view.undated if i != deal_id)
    view.set_selection([other], notify=True)
    assert panel.selected_ids() == [other]
    view.set_selection([int(view.deals.deal_id[0])], notify=True)  # a dated deal: nothing listed
    assert panel.selected_ids() == []


def test_the_list_follows_the_filter(window) -> None:
    from dataclasses import replace

    window.apply_filter(replace(window.deal_filter, kinds=("cloud_contract",)))
    assert _listed_ids(window.undated) == set()
    assert "No deal without a date matches" in window.undated.note.text()
    window.apply_filter(replace(window.deal_filter, kinds=()))
    assert len(_listed_ids(window.undated)) in (2, 3)  # see above: the 14 bn may be dated
    window.apply_filter(replace(window.deal_filter, date_from="2025-01-01"))
    assert _listed_ids(window.undated) == set() and "date range" in window.undated.note.text()


def test_the_view_menu_toggles_the_list(window) -> None:
    action = window.undated_dock.toggleViewAction()
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert action in view_menu.actions()
