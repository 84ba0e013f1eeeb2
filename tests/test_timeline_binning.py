"""Level of detail: nothing lost or doubled between aggregates and singles, honest spans, a slow reference."""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.timeline.binning import bin_of, cell_members, level_of_detail, members, visible
from desktop.timeline.lanes import LaneLayout, by_company, by_kind, single, synthetic_parties
from desktop.timeline.marks import DealArrays


def _arrays(t0, t1, amount) -> DealArrays:
    n = len(t0)
    return DealArrays._build(np.arange(n, dtype=np.int64) + 1, np.asarray(t0, float), np.asarray(t1, float),
                             np.asarray(amount, float), np.zeros(n, np.int8), np.zeros(n, np.int8),
                             np.zeros(n, np.int8))


@pytest.fixture(scope="module")
def world() -> tuple[DealArrays, LaneLayout]:
    deals = DealArrays.synthetic(30_000, seed=5)
    return deals, by_company(deals, synthetic_parties(deals, n_companies=60, seed=5))


def _visible_marks(deals: DealArrays, layout: LaneLayout, start: float, span: float) -> np.ndarray:
    d = layout.mark_deal
    return np.flatnonzero((deals.t0[d] < start + span) & (deals.t1[d] > start))


VIEWS = [(16_000.0, 5000.0), (19_000.0, 365.0), (20_240.0, 30.0), (20_240.0, 2.0), (10_000.0, 20_000.0)]


@pytest.mark.parametrize(("start", "span"), VIEWS)
def test_nothing_lost_nothing_doubled(world, start: float, span: float) -> None:
    deals, layout = world
    agg, singles = level_of_detail(deals, layout, start, span, 1200.0, bin_px=6, max_singles=500)
    expected = _visible_marks(deals, layout, start, span)
    assert agg.count.sum() + len(singles) == expected.size
    assert np.all(agg.count >= 2)
    # Singles are distinct visible marks; the aggregates' cells do not share a (lane, bin) with them.
    assert len(np.unique(singles.mark)) == len(singles)
    assert set(singles.mark.tolist()) <= set(expected.tolist())
    agg_cells = set(zip(agg.lane.tolist(), agg.x0.tolist()))
    assert len(agg_cells) == len(agg)
    assert np.array_equal(singles.lane, layout.mark_lane[singles.mark])


@pytest.mark.parametrize(("start", "span"), VIEWS[:3])
def test_aggregate_sums_equal_their_members(world, start: float, span: float) -> None:
    deals, layout = world
    width, bin_px = 1200.0, 6
    agg, _ = level_of_detail(deals, layout, start, span, width, bin_px=bin_px, max_singles=0)
    assert len(agg) > 0
    for k in range(0, len(agg), max(1, len(agg) // 50)):
        inside = cell_members(deals, layout, int(agg.lane[k]), float(agg.x0[k]), start, span, width, bin_px)
        assert inside.size == agg.count[k]
        assert agg.first_mark[k] in inside
        expected = np.nansum(deals.amount_usd[layout.mark_deal[inside]])  # NaN amounts count as 0
        assert agg.sum_usd[k] == pytest.approx(expected, rel=1e-9, abs=1.0)


def test_zooming_in_unfolds_everything_into_singles(world) -> None:
    deals, layout = world
    far_agg, far_singles = level_of_detail(deals, layout, 16_000.0, 5000.0, 1200.0)
    assert len(far_agg) > 0 and far_agg.count.sum() > len(far_singles)
    start, span = 20_240.0, 3.0
    agg, singles = level_of_detail(deals, layout, start, span, 1200.0)
    assert len(agg) == 0
    assert sorted(singles.mark.tolist()) == _visible_marks(deals, layout, start, span).tolist()


def test_a_month_mark_spans_its_month_in_pixels() -> None:
    june = (20_240.0, 20_270.0)  # 2025-06-01 .. 2025-07-01
    deals = _arrays([20_000.0, june[0], 20_500.0], [20_001.0, june[1], 20_501.0], [1e9, 2e9, np.nan])
    layout = single(deals)
    start, span, width = 20_200.0, 100.0, 1000.0
    _, singles = level_of_detail(deals, layout, start, span, width)
    assert len(singles) == 1
    assert singles.x0[0] == pytest.approx(400.0) and singles.x1[0] == pytest.approx(700.0)
    assert singles.x1[0] - singles.x0[0] > 1


def test_marks_outside_the_view_are_excluded_and_long_ones_reaching_in_are_kept() -> None:
    # A decade starting long before the view, a day before it, a day after it, a day inside.
    deals = _arrays([10_000.0, 20_000.0, 20_400.0, 20_250.0, 20_300.0],
                    [13_653.0 + 10_000.0, 20_001.0, 20_401.0, 20_251.0, 20_330.0], [1.0, 2.0, 3.0, 4.0, 5.0])
    layout = single(deals)
    _, singles = level_of_detail(deals, layout, 20_200.0, 150.0, 600.0)
    shown_ids = deals.deal_id[layout.mark_deal[singles.mark]]
    assert sorted(shown_ids.tolist()) == [1, 4, 5]
    decade = int(np.flatnonzero(shown_ids == 1)[0])
    assert singles.x0[decade] == -1.0 and singles.x1[decade] == 601.0  # clipped just outside the view
    # With aggregation forced, the reaching-in decade joins the lane's first bin.
    agg, singles = level_of_detail(deals, layout, 20_200.0, 150.0, 600.0, bin_px=6, max_singles=0)
    assert agg.count.sum() + len(singles) == 3


def test_visible_uses_the_length_bound() -> None:
    t0 = np.array([0.0, 5.0, 10.0, 20.0, 30.0])
    t1 = np.array([100.0, 6.0, 11.0, 21.0, 31.0])
    assert visible(t0, t1, 10.0, 15.0).tolist() == [0, 2, 3]
    assert visible(t0, t1, 50.0, 1.0).tolist() == [0]
    assert visible(t0[1:], t1[1:], 10.0, 15.0).tolist() == [1, 2]
    assert visible(np.empty(0), np.empty(0), 0.0, 1.0).size == 0


def test_lane_window_limits_the_work_to_the_rows_on_screen(world) -> None:
    deals, layout = world
    start, span = 16_000.0, 5000.0
    all_agg, all_singles = level_of_detail(deals, layout, start, span, 1200.0, max_singles=0)
    agg, singles = level_of_detail(deals, layout, start, span, 1200.0, max_singles=0, lanes=(3, 9))
    keep = (all_agg.lane >= 3) & (all_agg.lane < 9)
    assert sorted(zip(agg.lane.tolist(), agg.x0.tolist(), agg.count.tolist())) == sorted(
        zip(all_agg.lane[keep].tolist(), all_agg.x0[keep].tolist(), all_agg.count[keep].tolist()))
    s_keep = (all_singles.lane >= 3) & (all_singles.lane < 9)
    assert sorted(singles.mark.tolist()) == sorted(all_singles.mark[s_keep].tolist())


def test_members_lists_the_marks_of_a_lane_in_a_time_range(world) -> None:
    deals, layout = world
    lane, t_from, t_to = 2, 19_000.0, 19_100.0
    found = members(deals, layout, lane, t_from, t_to)
    t0 = deals.t0[layout.mark_deal]
    expected = np.flatnonzero((layout.mark_lane == lane) & (t0 >= t_from) & (t0 < t_to))
    assert sorted(found.tolist()) == expected.tolist()
    assert np.all(np.diff(t0[found]) >= 0)


def test_by_kind_layout_bins_each_deal_once(world) -> None:
    deals, _ = world
    layout = by_kind(deals)
    agg, singles = level_of_detail(deals, layout, 16_000.0, 5000.0, 800.0)
    assert agg.count.sum() + len(singles) == _visible_marks(deals, layout, 16_000.0, 5000.0).size


# --- property test against a slow reference ------------------------------------------------

def _reference(deals: DealArrays, layout: LaneLayout, start: float, span: float, width: float, bin_px: int,
               max_singles: int) -> tuple[dict, set]:
    """Mark by mark: overlap test, bin of the start (clipped to the view), group per (lane, bin)."""
    nbins = math.ceil(width / bin_px)
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    shown = []
    for m in range(layout.n_marks):
        d = int(layout.mark_deal[m])
        t0, t1 = float(deals.t0[d]), float(deals.t1[d])
        if not (t0 < start + span and t1 > start):
            continue
        shown.append(m)
        b = 0 if t0 < start else min(int(bin_of(np.array([t0]), start, span, width, bin_px)[0]), nbins - 1)
        cells[(int(layout.mark_lane[m]), b)].append(m)
    if len(shown) < max_singles:
        return {}, set(shown)
    aggregates = {}
    singles = set()
    for (lane, b), ms in cells.items():
        if len(ms) == 1:
            singles.add(ms[0])
        else:
            total = sum(0.0 if math.isnan(deals.amount_usd[layout.mark_deal[m]]) else
                        float(deals.amount_usd[layout.mark_deal[m]]) for m in ms)
            aggregates[(lane, b * bin_px)] = (len(ms), total, set(ms))
    return aggregates, singles


LENGTHS = [1.0, 7.0, 30.0, 91.0, 365.0, 3653.0]


@st.composite
def small_worlds(draw):
    n = draw(st.integers(0, 40))
    t0 = draw(st.lists(st.integers(-400, 400), min_size=n, max_size=n))
    lengths = draw(st.lists(st.sampled_from(LENGTHS), min_size=n, max_size=n))
    amounts = draw(st.lists(st.one_of(st.just(float("nan")), st.floats(1e6, 1e12)), min_size=n, max_size=n))
    deals = _arrays([float(t) for t in t0], [t + w for t, w in zip(t0, lengths)], amounts)
    companies = ["A", "B", "C", "D"]
    parties = {int(i): draw(st.lists(st.sampled_from(companies), max_size=3)) for i in deals.deal_id}
    mode = draw(st.sampled_from(["company", "single"]))
    layout = by_company(deals, parties) if mode == "company" else single(deals)
    start = draw(st.floats(-600, 500))
    span = draw(st.floats(0.5, 1500))
    width = float(draw(st.integers(5, 400)))
    bin_px = draw(st.integers(1, 12))
    max_singles = draw(st.sampled_from([0, 3, 10_000]))
    return deals, layout, start, span, width, bin_px, max_singles


@settings(max_examples=300, deadline=None)
@given(small_worlds())
def test_vectorised_level_of_detail_matches_slow_reference(world_args) -> None:
    deals, layout, start, span, width, bin_px, max_singles = world_args
    agg, singles = level_of_detail(deals, layout, start, span, width, bin_px=bin_px, max_singles=max_singles)
    ref_agg, ref_singles = _reference(deals, layout, start, span, width, bin_px, max_singles)
    assert set(singles.mark.tolist()) == ref_singles and len(singles) == len(ref_singles)
    got = {(int(lane), float(x0)): (int(c), float(s), int(f))
           for lane, x0, c, s, f in zip(agg.lane, agg.x0, agg.count, agg.sum_usd, agg.first_mark)}
    assert set(got) == set(ref_agg)
    for cell, (count, total, first) in got.items():
        ref_count, ref_total, ref_members = ref_agg[cell]
        assert count == ref_count
        assert total == pytest.approx(ref_total, rel=1e-9, abs=1.0)
        assert first in ref_members
    assert np.all(agg.x1 <= width) and np.all(agg.x1 > agg.x0)


def test_empty_and_all_undated_data_give_empty_frames() -> None:
    for rows in ([], [(1, None, None, None, "investment", "signed")]):
        deals, _ = DealArrays.from_rows(rows)
        for layout in (by_company(deals, {}), by_kind(deals), single(deals)):
            agg, singles = level_of_detail(deals, layout, 0.0, 100.0, 500.0, max_singles=0)
            assert len(agg) == 0 and len(singles) == 0
