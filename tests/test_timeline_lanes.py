"""Deal arrays from stored rows, and lane assignment (company / kind / single, hide, reorder, collapse)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from desktop.timeline.lanes import (
    NO_PARTY, by_company, by_kind, connectors, hide, move, reorder, set_collapsed, single, synthetic_parties,
)
from desktop.timeline.marks import KINDS, PRECISIONS, STATUSES, DealArrays, parse_span


def day(y: int, m: int, d: int) -> float:
    return float((date(y, m, d) - date(1970, 1, 1)).days)


# --- from_rows ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "precision", "t0", "t1"), [
    ("2025-06", "month", day(2025, 6, 1), day(2025, 7, 1)),
    ("2025-12", "month", day(2025, 12, 1), day(2026, 1, 1)),
    ("2025", "year", day(2025, 1, 1), day(2026, 1, 1)),
    ("2025-06-15", "day", day(2025, 6, 15), day(2025, 6, 16)),
    ("2025-Q3", "quarter", day(2025, 7, 1), day(2025, 10, 1)),
    ("2025-Q4", "quarter", day(2025, 10, 1), day(2026, 1, 1)),
    ("2025-H1", "half", day(2025, 1, 1), day(2025, 7, 1)),
    ("2025-H2", "half", day(2025, 7, 1), day(2026, 1, 1)),
    ("2025-W03", "week", day(2025, 1, 13), day(2025, 1, 20)),
    ("2025-11-10", "week", day(2025, 11, 10), day(2025, 11, 17)),  # a week stored as its Monday
    ("2025-06-15", "month", day(2025, 6, 1), day(2025, 7, 1)),     # stored precision widens
    ("2020s", "decade", day(2020, 1, 1), day(2030, 1, 1)),
    ("2025-22", "quarter", day(2025, 6, 1), day(2025, 9, 1)),      # ISO 8601-2 season (summer)
    ("2025-06-01/2025-06-30", "day", day(2025, 6, 1), day(2025, 7, 1)),
    ("2025-06", None, day(2025, 6, 1), day(2025, 7, 1)),           # precision from the form
])
def test_precisions_map_to_half_open_spans(value: str, precision: str | None, t0: float, t1: float) -> None:
    arrays, undated = DealArrays.from_rows([(7, value, precision, 1e9, "investment", "signed")])
    assert undated == []
    assert (arrays.t0[0], arrays.t1[0]) == (t0, t1)
    assert PRECISIONS[arrays.precision[0]] == (precision or "month")


def test_undated_deals_come_back_separately_and_the_rest_is_sorted() -> None:
    rows = [
        (1, "2025-06-15", "day", 5e8, "supply", "signed"),
        (2, None, None, 1e9, "investment", "announced"),
        (3, "2024", "year", None, "acquisition", "completed"),
        (4, "someday", "day", 1e6, "project", "planned"),
        (5, "2025-02", "month", 2e9, "no-such-kind", "no-such-status"),
    ]
    arrays, undated = DealArrays.from_rows(rows)
    assert sorted(undated) == [2, 4]
    assert arrays.deal_id.tolist() == [3, 5, 1]
    assert np.all(np.diff(arrays.t0) >= 0)
    assert np.isnan(arrays.amount_usd[0]) and arrays.amount_usd[2] == 5e8
    assert KINDS[arrays.kind[1]] == "other" and STATUSES[arrays.status[1]] == "announced"
    assert KINDS[arrays.kind[0]] == "acquisition" and STATUSES[arrays.status[0]] == "completed"
    assert arrays.nbytes() == sum(a.nbytes for a in (arrays.deal_id, arrays.t0, arrays.t1, arrays.amount_usd,
                                                      arrays.kind, arrays.status, arrays.precision))


def test_parse_span_rejects_impossible_dates() -> None:
    assert parse_span("2025-13", "month") is None
    assert parse_span("2025-Q5", "quarter") is None
    assert parse_span("", "day") is None


def test_synthetic_data_is_sorted_and_realistic() -> None:
    deals = DealArrays.synthetic(20_000, seed=3)
    assert len(deals) == 20_000
    assert np.all(np.diff(deals.t0) >= 0) and np.all(deals.t1 > deals.t0)
    assert 0.1 < np.isnan(deals.amount_usd).mean() < 0.2
    amounts = deals.amount_usd[~np.isnan(deals.amount_usd)]
    assert amounts.min() >= 1e7 and amounts.max() <= 1e12
    assert len(np.unique(deals.precision)) >= 5
    assert len(np.unique(deals.deal_id)) == 20_000


# --- lanes -------------------------------------------------------------------------------------

def _deals() -> DealArrays:
    rows = [
        (10, "2025-01-05", "day", 300e9, "cloud_contract", "signed"),   # Oracle, OpenAI, SoftBank
        (11, "2025-02", "month", 10e9, "investment", "announced"),       # Microsoft, OpenAI
        (12, "2025-03-01", "day", None, "supply", "signed"),             # Nvidia, OpenAI, OpenAI
        (13, "2025", "year", 1e9, "investment", "planned"),              # no parties
        (14, "2025-04-01", "day", 2e9, "supply", "signed"),              # Nvidia
    ]
    deals, _ = DealArrays.from_rows(rows)
    return deals


PARTIES = {10: ["Oracle", "OpenAI", "SoftBank"], 11: ["Microsoft", "OpenAI"], 12: ["Nvidia", "OpenAI", "OpenAI"],
           14: ["Nvidia"]}


def _deal_index(deals: DealArrays, deal_id: int) -> int:
    return int(np.flatnonzero(deals.deal_id == deal_id)[0])


def test_a_three_party_deal_gets_three_marks_in_three_company_lanes() -> None:
    deals = _deals()
    layout = by_company(deals, PARTIES)
    i = _deal_index(deals, 10)
    lanes = sorted(layout.names[k] for k in layout.mark_lane[layout.mark_deal == i])
    assert lanes == ["OpenAI", "Oracle", "SoftBank"]
    # OpenAI named twice in deal 12 is still one mark.
    assert np.sum(layout.mark_deal == _deal_index(deals, 12)) == 2
    assert layout.mark_deal.dtype == np.int32 and layout.mark_lane.dtype == np.int32
    assert np.all(np.diff(layout.mark_deal) >= 0)  # marks in deal (= start) order


def test_company_totals_count_each_deal_once_per_lane() -> None:
    deals = _deals()
    layout = by_company(deals, PARTIES)
    totals = dict(zip(layout.names, layout.totals_usd))
    counts = dict(zip(layout.names, layout.counts))
    assert totals["OpenAI"] == 310e9 and counts["OpenAI"] == 3  # NaN amount of deal 12 counts 0
    assert totals["Nvidia"] == 2e9 and counts["Nvidia"] == 2
    assert counts[NO_PARTY] == 1
    assert layout.counts.sum() == layout.n_marks
    assert layout.names[:2] == ["OpenAI", "Oracle"]  # ordered by total, largest first (Oracle ties SoftBank)
    assert by_company(deals, PARTIES, order="name").names == sorted(layout.names, key=str.lower)
    assert by_company(deals, PARTIES, order="count").names[0] == "OpenAI"


def test_by_kind_and_single_put_each_deal_once() -> None:
    deals = _deals()
    kinds = by_kind(deals)
    assert kinds.n_marks == len(deals) and sorted(kinds.mark_deal.tolist()) == list(range(len(deals)))
    assert kinds.names == ["investment", "cloud_contract", "supply"]  # KINDS order, empty kinds left out
    for m in range(kinds.n_marks):
        assert KINDS[deals.kind[kinds.mark_deal[m]]] == kinds.names[kinds.mark_lane[m]]
    assert dict(zip(kinds.names, kinds.totals_usd))["investment"] == 11e9
    one = single(deals)
    assert one.names == ["All deals"] and one.counts.tolist() == [len(deals)]


def test_connectors_join_consecutive_lanes_of_one_deal() -> None:
    deals = _deals()
    layout = by_company(deals, PARTIES)
    deal, lane_from, lane_to = connectors(layout)
    i = _deal_index(deals, 10)
    lanes_10 = sorted(layout.mark_lane[layout.mark_deal == i].tolist())
    pairs = sorted(zip(lane_from[deal == i].tolist(), lane_to[deal == i].tolist()))
    assert pairs == [(lanes_10[0], lanes_10[1]), (lanes_10[1], lanes_10[2])]
    single_lane = _deal_index(deals, 14)
    assert single_lane not in deal.tolist()
    assert len(deal) == layout.n_marks - len(np.unique(layout.mark_deal))


def test_hide_reorder_and_collapse_lanes() -> None:
    deals = _deals()
    layout = by_company(deals, PARTIES, hidden={"SoftBank"}, collapsed={"Nvidia"})
    assert "SoftBank" not in layout.names and layout.hidden == ["SoftBank"]
    assert layout.collapsed[layout.lane_of("Nvidia")] and layout.collapsed.sum() == 1
    assert layout.n_marks == layout.counts.sum()

    hidden = hide(layout, ["Oracle"])
    assert hidden.names == [n for n in layout.names if n != "Oracle"] and hidden.hidden == ["Oracle", "SoftBank"]
    assert hidden.n_marks == layout.n_marks - 1
    assert hidden.collapsed[hidden.lane_of("Nvidia")]

    names = move(layout.names, "Nvidia", 0)
    assert names[0] == "Nvidia" and sorted(names) == sorted(layout.names)
    assert move(["a", "b", "c"], "a", 99) == ["b", "c", "a"]
    moved = reorder(layout, names)
    assert moved.names == names
    # The same marks land in the lane of the same name.
    before = sorted((int(d), layout.names[l]) for d, l in zip(layout.mark_deal, layout.mark_lane))
    after = sorted((int(d), moved.names[l]) for d, l in zip(moved.mark_deal, moved.mark_lane))
    assert before == after
    assert moved.collapsed[0] and moved.counts[0] == layout.counts[layout.lane_of("Nvidia")]

    opened = set_collapsed(moved, "Nvidia", False)
    assert not opened.collapsed.any() and opened.n_marks == moved.n_marks
    with pytest.raises(ValueError):
        reorder(layout, names[:-1])


def test_synthetic_parties_average_about_two_marks_per_deal() -> None:
    deals = DealArrays.synthetic(5000, seed=1)
    layout = by_company(deals, synthetic_parties(deals, n_companies=200, seed=1))
    assert 2.0 < layout.n_marks / len(deals) < 2.3
    assert np.all(np.diff(layout.totals_usd) <= 0)


# --- parties as CSR arrays ---------------------------------------------------------------------

def _marks(layout) -> set[tuple[int, str]]:
    return {(int(d), layout.names[int(lane)]) for d, lane in zip(layout.mark_deal, layout.mark_lane)}


def test_parties_arrays_give_the_same_lanes_as_name_lists() -> None:
    from desktop.timeline.parties import Parties

    deals = DealArrays.synthetic(3000, seed=4)
    ids = deals.deal_id.tolist()
    as_dict = {d: [f"C{(d * 7 + k) % 23}" for k in range(1 + d % 4)] for d in ids[:-50]}  # last 50: no party
    as_dict[ids[0]] = ["Oracle", "OpenAI", "Oracle"]  # a repeated party is still one mark
    arrays = Parties.from_mapping(as_dict)
    assert arrays.get(ids[0]) == ["Oracle", "OpenAI", "Oracle"] and arrays.get(-1) is None
    assert arrays.companies.dtype == np.int32 and arrays.to_dict() == as_dict
    from_arrays, from_dict = by_company(deals, arrays), by_company(deals, as_dict)
    assert from_arrays.names == from_dict.names and NO_PARTY in from_arrays.names
    assert np.array_equal(from_arrays.mark_deal, from_dict.mark_deal)
    assert _marks(from_arrays) == _marks(from_dict)
    assert np.array_equal(from_arrays.counts, from_dict.counts)
    assert np.allclose(from_arrays.totals_usd, from_dict.totals_usd)
    multi = [d for d, names in as_dict.items() if len(set(names)) > 1]
    i = int(np.flatnonzero(deals.deal_id == multi[0])[0])
    assert {name for d, name in _marks(from_arrays) if d == i} == set(as_dict[multi[0]])


def test_parties_from_unsorted_pairs_keep_party_order() -> None:
    from desktop.timeline.parties import Parties

    parties = Parties.from_pairs(np.array([5, 2, 5, 2]), np.array([0, 1, 2, 0]), ["A", "B", "C"],
                                 position=np.array([0, 1, 1, 0]))
    assert parties.to_dict() == {2: ["A", "B"], 5: ["A", "C"]}
    row, count = parties.rows_of(np.array([5, 3, 2]))
    assert row.tolist() == [1, -1, 0] and count.tolist() == [2, 0, 2]
    assert len(Parties.empty().rows_of(np.array([1]))[0]) == 1
