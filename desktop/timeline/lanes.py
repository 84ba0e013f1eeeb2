"""Lane assignment: which horizontal row each deal is drawn in.

In company mode a deal appears once in the lane of each of its parties (a deal with three parties
has three marks), so "Oracle <-> OpenAI" is visible from both sides; `connectors` joins them.
Layouts are immutable values: reordering, hiding or collapsing returns a new layout, which also
invalidates whatever the level-of-detail code cached for the old one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

import numpy as np

from desktop.timeline.marks import KINDS, DealArrays
from desktop.timeline.parties import Parties

NO_PARTY = "(no company)"
ALL_DEALS = "All deals"


@dataclass(eq=False)
class LaneLayout:
    names: list[str]         # lane titles in display order (hidden lanes are not in it)
    mark_deal: np.ndarray    # int32 index into DealArrays for every mark, ascending (so marks are in t0 order)
    mark_lane: np.ndarray    # int32 lane index of every mark
    totals_usd: np.ndarray   # float64 per lane: sum of amount_usd of its deals, each deal once (NaN as 0)
    counts: np.ndarray       # int64 per lane: deals (= marks) in the lane
    collapsed: np.ndarray = None  # bool per lane: drawn as a thin row, marks kept
    hidden: list[str] = field(default_factory=list)  # lanes left out, so the UI can offer them back
    # Per-layout precomputation of other modules (binning's index), dropped with the layout.
    cache: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.collapsed is None:
            self.collapsed = np.zeros(len(self.names), dtype=bool)

    @property
    def n_marks(self) -> int:
        return int(self.mark_deal.shape[0])

    def lane_of(self, name: str) -> int:
        return self.names.index(name)


# --- building layouts --------------------------------------------------------------------------

def by_company(deals: DealArrays, parties: Parties | Mapping[int, Sequence[str]], order: str = "total",
               hidden: Iterable[str] = frozenset(), collapsed: Iterable[str] = frozenset()) -> LaneLayout:
    """One lane per company; a deal appears in the lane of each of its (distinct) parties.

    Deals without parties go to the NO_PARTY lane so no deal silently disappears.
    `order` is "total" (sum of amounts, largest first), "count" (most deals first) or "name".
    Works on the CSR arrays of `Parties` (a mapping is converted): no Python work per deal.
    """
    parties = Parties.coerce(parties)
    n = len(deals)
    row, per_deal = parties.rows_of(deals.deal_id)
    no_party = len(parties.names)  # the code of the NO_PARTY lane
    has = per_deal > 0
    counts = np.where(has, per_deal, 1)
    deal_idx = np.repeat(np.arange(n, dtype=np.int64), counts)
    codes = np.full(deal_idx.size, no_party, dtype=np.int64)
    rows = row[has]
    first = parties.offsets[rows]
    # positions of each party of each deal that has parties, in deal order
    starts = np.cumsum(counts) - counts
    flat, _ = _ranges(first, parties.offsets[rows + 1])
    codes[_ranges(starts[has], starts[has] + per_deal[has])[0]] = parties.companies[flat]
    # A company named twice in one deal is still one mark: dedupe on (deal, company). An explicit
    # sort (the keys are nearly sorted already) beats np.unique's hash path by ~8x here.
    stride = no_party + 1
    key = np.sort(deal_idx * stride + codes)
    if key.size:
        key = key[np.concatenate(([True], key[1:] != key[:-1]))]
    mark_deal, mark_code = np.divmod(key, stride)
    names = [*parties.names, NO_PARTY]
    return _finish(deals, names, mark_deal, mark_code, order, set(hidden), set(collapsed), drop_empty=True)


def _ranges(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Concatenation of arange(lo[i], hi[i]) without a Python loop, and each range's offset."""
    lengths = np.maximum(hi - lo, 0)
    total = int(lengths.sum())
    offsets = np.cumsum(lengths) - lengths
    if total == 0:
        return np.empty(0, dtype=np.int64), offsets
    return np.repeat(lo - offsets, lengths) + np.arange(total, dtype=np.int64), offsets


def by_kind(deals: DealArrays) -> LaneLayout:
    """One lane per kind of deal that occurs, in the order of KINDS; each deal once."""
    return _finish(deals, list(KINDS), np.arange(len(deals)), deals.kind.astype(np.int64),
                   "given", set(), set(), drop_empty=True)


def single(deals: DealArrays) -> LaneLayout:
    """Everything in one lane."""
    return _finish(deals, [ALL_DEALS], np.arange(len(deals)), np.zeros(len(deals), np.int64),
                   "given", set(), set())


def _finish(deals: DealArrays, names: list[str], mark_deal: np.ndarray, mark_code: np.ndarray,
            order: str, hidden: set[str], collapsed: set[str], drop_empty: bool = False) -> LaneLayout:
    """Order lanes, drop hidden ones, and compute per-lane totals from (deal, code) marks."""
    amount = np.nan_to_num(deals.amount_usd, nan=0.0)
    n = len(names)
    counts = np.bincount(mark_code, minlength=n).astype(np.int64)
    totals = np.bincount(mark_code, weights=amount[mark_deal], minlength=n)
    keep = np.array([name not in hidden and (counts[i] > 0 or not drop_empty) for i, name in enumerate(names)],
                    dtype=bool)
    shown = np.flatnonzero(keep)
    if order == "total":
        shown = shown[np.lexsort((np.array(names, dtype=object)[shown].astype(str), -totals[shown]))]
    elif order == "count":
        shown = shown[np.lexsort((np.array(names, dtype=object)[shown].astype(str), -counts[shown]))]
    elif order == "name":
        shown = shown[np.argsort(np.char.lower(np.array(names, dtype=object)[shown].astype(str)), kind="stable")]
    elif order != "given":
        raise ValueError(f"unknown lane order {order!r}")
    lane_of_code = np.full(n, -1, dtype=np.int64)
    lane_of_code[shown] = np.arange(len(shown))
    lane = lane_of_code[mark_code]
    visible = lane >= 0
    shown_names = [names[i] for i in shown]
    return LaneLayout(
        names=shown_names,
        mark_deal=mark_deal[visible].astype(np.int32),
        mark_lane=lane[visible].astype(np.int32),
        totals_usd=totals[shown].astype(np.float64),
        counts=counts[shown],
        collapsed=np.array([name in collapsed for name in shown_names], dtype=bool),
        hidden=sorted(name for name in hidden if name in set(names)),
    )


# --- editing layouts ---------------------------------------------------------------------------

def move(layout_names: Sequence[str], name: str, new_index: int) -> list[str]:
    """The lane names with `name` moved to `new_index` (clamped), e.g. after a drag."""
    names = [n for n in layout_names if n != name]
    if len(names) == len(layout_names):
        raise KeyError(name)
    names.insert(max(0, min(new_index, len(names))), name)
    return names


def reorder(layout: LaneLayout, names: Sequence[str]) -> LaneLayout:
    """The same marks with lanes in the order of `names` (a permutation of layout.names)."""
    if sorted(names) != sorted(layout.names):
        raise ValueError("reorder needs a permutation of the lane names")
    old_order = np.array([layout.names.index(n) for n in names], dtype=np.int64)
    new_of_old = np.empty(len(names), dtype=np.int32)
    new_of_old[old_order] = np.arange(len(names), dtype=np.int32)
    return LaneLayout(names=list(names), mark_deal=layout.mark_deal, mark_lane=new_of_old[layout.mark_lane],
                      totals_usd=layout.totals_usd[old_order], counts=layout.counts[old_order],
                      collapsed=layout.collapsed[old_order], hidden=list(layout.hidden))


def hide(layout: LaneLayout, names: Iterable[str]) -> LaneLayout:
    """The layout without the lanes `names` (their marks leave with them)."""
    gone = set(names) & set(layout.names)
    keep = np.array([n not in gone for n in layout.names], dtype=bool)
    new_of_old = np.cumsum(keep, dtype=np.int64) - 1
    mark_keep = keep[layout.mark_lane]
    return LaneLayout(names=[n for n in layout.names if n not in gone],
                      mark_deal=layout.mark_deal[mark_keep],
                      mark_lane=new_of_old[layout.mark_lane[mark_keep]].astype(np.int32),
                      totals_usd=layout.totals_usd[keep], counts=layout.counts[keep],
                      collapsed=layout.collapsed[keep], hidden=sorted(set(layout.hidden) | gone))


def set_collapsed(layout: LaneLayout, name: str, collapsed: bool = True) -> LaneLayout:
    """The layout with lane `name` drawn thin (collapsed) or full; marks are untouched."""
    flags = layout.collapsed.copy()
    flags[layout.lane_of(name)] = collapsed
    return LaneLayout(names=list(layout.names), mark_deal=layout.mark_deal, mark_lane=layout.mark_lane,
                      totals_usd=layout.totals_usd, counts=layout.counts, collapsed=flags,
                      hidden=list(layout.hidden), cache=layout.cache)  # same marks: the index stays valid


def connectors(layout: LaneLayout) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(deal index, lane_from, lane_to) joining consecutive lanes of every multi-lane deal.

    A deal in lanes 2, 5 and 9 gives (2, 5) and (5, 9): one vertical line through its marks.
    """
    order = np.lexsort((layout.mark_lane, layout.mark_deal))
    deal = layout.mark_deal[order]
    lane = layout.mark_lane[order]
    same = deal[1:] == deal[:-1]
    return deal[1:][same], lane[:-1][same], lane[1:][same]


# --- synthetic parties -------------------------------------------------------------------------

def synthetic_parties(deals: DealArrays, n_companies: int = 3000, seed: int = 0) -> Parties:
    """Parties for synthetic deals: 1-4 per deal (mean ~2.2), companies Zipf-popular like the real race."""
    rng = np.random.default_rng(seed)
    n = len(deals)
    per_deal = rng.choice([1, 2, 3, 4], size=n, p=[0.1, 0.65, 0.2, 0.05])
    weights = 1.0 / np.arange(1, n_companies + 1) ** 0.9
    picks = rng.choice(n_companies, size=int(per_deal.sum()), p=weights / weights.sum())
    names = [f"Company {i:04d}" for i in range(n_companies)]
    return Parties.from_pairs(np.repeat(deals.deal_id, per_deal), picks.astype(np.int32), names)
