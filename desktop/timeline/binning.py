"""Level of detail: far out the timeline shows aggregates, close in every deal unfolds.

Marks are binned per lane by the pixel column of their start (`bin_px` wide). A bin holding one
mark shows it as a single; a bin holding several shows one aggregate (count, summed USD). When
the whole view holds fewer than `max_singles` marks everything is shown one by one.

A frame must stay well under 16 ms for ~2.2 million marks, so everything that does not depend on
the viewport is computed once per layout (`prepare`): the marks sorted by (lane, start) with a
composite integer key, which turns "the visible marks of every lane" into two vectorised
`searchsorted` calls, and puts each lane's visible marks in bin order already, so aggregation is a
run-length pass (`np.add.reduceat`) with no sort and no per-frame hash table.

Pixels follow the viewport: `x = (t - start) / span * width`. A mark that starts left of the
view but still overlaps it is binned at the view's left edge, where it becomes visible.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.timeline.lanes import LaneLayout
from desktop.timeline.marks import DealArrays

_CACHE_KEY = "binning.index"


@dataclass
class Aggregates:
    """Per visible (lane, pixel-bin) cell that holds 2+ marks."""

    lane: np.ndarray        # int32
    x0: np.ndarray          # float64 pixel extent of the bin
    x1: np.ndarray
    count: np.ndarray       # int64 marks in the cell
    sum_usd: np.ndarray     # float64, amounts of the members with NaN counted as 0
    first_mark: np.ndarray  # int64 index into the layout's marks of one member (for tooltips)

    def __len__(self) -> int:
        return int(self.lane.shape[0])


@dataclass
class Singles:
    """Marks shown one by one."""

    mark: np.ndarray  # int64 index into the layout's marks
    lane: np.ndarray  # int32 lane of each mark (the painter's row)
    x0: np.ndarray    # float64 pixel extent of the mark's honest span, clipped to just outside the view
    x1: np.ndarray

    def __len__(self) -> int:
        return int(self.mark.shape[0])


# --- per-layout precomputation -----------------------------------------------------------------

@dataclass
class LodIndex:
    """What a frame needs, computed once per (deals, layout).

    Kept small (about 24 bytes per mark): at a million deals with 2.2 million marks the index
    is ~55 MB. Nothing is stored that a frame can cheaply derive from the layout: a sorted
    mark's deal is `layout.mark_deal[s_mark]`, its lane comes from `lane_first`.
    """

    deals_t0: np.ndarray   # the deals' sorted starts: a time maps to a deal-index threshold
    deals_t1: np.ndarray   # the deals' ends (shared with DealArrays)
    n_deals: int
    mark_deal: np.ndarray  # int32 the layout's mark -> deal index (shared, not copied)
    s_t0: np.ndarray       # float64 start of each sorted mark (marks sorted by lane, then t0)
    s_cumsum: np.ndarray   # float64 running sum of amounts (NaN as 0), one longer: a run's sum is two lookups
    s_mark: np.ndarray     # int32 layout mark index of each sorted mark
    lane_first: np.ndarray  # int64 per lane: first sorted position (plus the total at the end)
    mark_ptr: np.ndarray   # int32 CSR: the marks of deal i are layout marks mark_ptr[i]:mark_ptr[i+1]
    long_buckets: list[tuple[np.ndarray, float]]  # (deal indices ascending, max length) per length class

    def nbytes(self) -> int:
        arrays = [self.s_t0, self.s_cumsum, self.s_mark, self.lane_first, self.mark_ptr]
        arrays += [idx for idx, _ in self.long_buckets]
        return int(sum(a.nbytes for a in arrays))

    def lane_of(self, positions: np.ndarray) -> np.ndarray:
        """int64 lane of sorted positions (O(k log lanes), for the few cells of a frame)."""
        return np.searchsorted(self.lane_first, positions, side="right").astype(np.int64) - 1

    def deal_at(self, positions: np.ndarray | int) -> np.ndarray:
        return self.mark_deal[self.s_mark[positions]]


def prepare(deals: DealArrays, layout: LaneLayout) -> LodIndex:
    """The index of `layout` over `deals`, cached on the layout (rebuilt if the deals change)."""
    cached = layout.cache.get(_CACHE_KEY)
    if cached is not None and cached[0] is deals:
        return cached[1]
    index = _build_index(deals, layout)
    layout.cache[_CACHE_KEY] = (deals, index)
    return index


def _build_index(deals: DealArrays, layout: LaneLayout) -> LodIndex:
    n = len(deals)
    mark_deal = layout.mark_deal
    # Layout marks are in deal order, i.e. start order, so a stable sort by lane gives (lane, t0).
    order = np.argsort(layout.mark_lane, kind="stable").astype(np.int32)
    sorted_deal = mark_deal[order]
    n_lanes = len(layout.names)
    lane_first = np.concatenate(([0], np.cumsum(np.bincount(layout.mark_lane, minlength=n_lanes)))).astype(np.int64)
    amounts = np.nan_to_num(deals.amount_usd, nan=0.0)[sorted_deal]
    return LodIndex(
        deals_t0=deals.t0, deals_t1=deals.t1, n_deals=n, mark_deal=mark_deal, s_t0=deals.t0[sorted_deal],
        s_cumsum=np.concatenate(([0.0], np.cumsum(amounts))), s_mark=order, lane_first=lane_first,
        mark_ptr=_csr(mark_deal, n), long_buckets=_duration_buckets(deals),
    )


def _csr(mark_deal: np.ndarray, n: int) -> np.ndarray:
    if mark_deal.size > 1 and np.any(mark_deal[1:] < mark_deal[:-1]):
        raise ValueError("layout marks must be in deal order")
    return np.searchsorted(mark_deal, np.arange(n + 1, dtype=np.int32)).astype(np.int32)


def _segmented_search(index: LodIndex, lo: np.ndarray, hi: np.ndarray, threshold: int) -> np.ndarray:
    """Per segment [lo, hi) of sorted positions (one lane each, deal indices ascending): the
    first position whose deal index is >= threshold. A vectorised binary search over all
    segments at once: ~log2(marks) numpy steps, whatever the number of lanes, and no
    (lane, deal) composite key array kept in memory."""
    lo, hi = lo.astype(np.int64), hi.astype(np.int64)
    while True:
        open_ = lo < hi
        if not open_.any():
            return lo
        mid = (lo + hi) >> 1
        probe = np.minimum(mid, index.s_mark.size - 1)
        right = open_ & (index.deal_at(probe) < threshold)
        left = open_ & ~right
        lo = np.where(right, mid + 1, lo)
        hi = np.where(left, mid, hi)


def _duration_buckets(deals: DealArrays) -> list[tuple[np.ndarray, float]]:
    """Deals grouped by length (powers of two of days), each group in start order.

    Finding the marks that start before the view but reach into it needs a bound on their length;
    one global bound (a decade) would scan ten years of deals at month zoom. Per group the bound
    is at most twice the group's lengths, so the scan stays near the size of the answer.
    Deals are sorted by start, so a group's ascending indices are in start order too: a time
    maps to a position in the group through the global deal-index threshold (no t0 copy).
    """
    length = deals.t1 - deals.t0
    group = np.ceil(np.log2(np.maximum(length, 1.0))).astype(np.int64)
    buckets = []
    for g in np.flatnonzero(np.bincount(group - group.min())) + group.min() if group.size else []:
        idx = np.flatnonzero(group == g).astype(np.int32)
        buckets.append((idx, float(length[idx].max())))
    return buckets


# --- visibility --------------------------------------------------------------------------------

def visible(marks_t0: np.ndarray, marks_t1: np.ndarray, start: float, span: float,
            max_len: float | None = None) -> np.ndarray:
    """Indices of marks overlapping `[start, start + span)`; `marks_t0` must be sorted.

    Only marks starting in `(start - max_len, start + span)` can overlap, found by searchsorted;
    pass `max_len` (the longest t1 - t0) to skip computing it.
    """
    if marks_t0.size == 0:
        return np.empty(0, dtype=np.int64)
    if max_len is None:
        max_len = float(np.max(marks_t1 - marks_t0))
    lo = int(np.searchsorted(marks_t0, start - max_len, side="right"))
    hi = int(np.searchsorted(marks_t0, start + span, side="left"))
    return np.flatnonzero(marks_t1[lo:hi] > start) + lo


def _overhanging_deals(index: LodIndex, deals: DealArrays, start: float) -> np.ndarray:
    """Deals starting before `start` that still cover it, ascending."""
    parts = []
    for idx, max_len in index.long_buckets:
        # side="left": `start - max_len` may round onto a t0 that still reaches past `start`;
        # the t1 test below decides
        lo = int(np.searchsorted(idx, np.searchsorted(index.deals_t0, start - max_len, side="left")))
        hi = int(np.searchsorted(idx, np.searchsorted(index.deals_t0, start, side="left")))
        if hi > lo:
            cand = idx[lo:hi]
            parts.append(cand[np.flatnonzero(deals.t1[cand] > start)])
    if not parts:
        return np.empty(0, dtype=np.int64)
    return np.sort(np.concatenate(parts))


def _ranges(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Concatenation of arange(lo[i], hi[i]) without a Python loop, and where each non-empty range begins."""
    lengths = np.maximum(hi - lo, 0)
    total = int(lengths.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    keep = lengths > 0
    lo, lengths = lo[keep], lengths[keep]
    offsets = np.cumsum(lengths) - lengths
    return np.repeat(lo - offsets, lengths) + np.arange(total, dtype=np.int64), offsets


def _visible_sorted(index: LodIndex, start: float, end: float, lanes: tuple[int, int]
                    ) -> tuple[np.ndarray | slice, np.ndarray]:
    """Sorted positions of the marks of `lanes` starting in [start, end), per lane in start order,
    and where each lane's run begins among them."""
    d_lo = np.searchsorted(index.deals_t0, start, side="left")
    d_hi = np.searchsorted(index.deals_t0, end, side="left")
    first, last = lanes
    if d_lo == 0 and d_hi == index.n_deals:
        # Every mark of these lanes: a slice, so the full view gathers nothing.
        p0, p1 = int(index.lane_first[first]), int(index.lane_first[last])
        bounds = index.lane_first[first:last + 1]
        return slice(p0, p1), bounds[:-1][np.diff(bounds) > 0] - p0
    seg_lo, seg_hi = index.lane_first[first:last], index.lane_first[first + 1:last + 1]
    lo = _segmented_search(index, seg_lo, seg_hi, int(d_lo))
    hi = _segmented_search(index, lo, seg_hi, int(d_hi))
    return _ranges(lo, hi)


def _deals_t1(index: LodIndex, positions: np.ndarray) -> np.ndarray:
    return index.deals_t1[index.deal_at(positions)]


def _overhang_marks(index: LodIndex, deals: DealArrays, layout: LaneLayout, start: float,
                    lanes: tuple[int, int]) -> np.ndarray:
    """Layout mark indices of the marks of `lanes` that start before `start` but overlap it."""
    over = _overhanging_deals(index, deals, start)
    if over.size == 0:
        return over
    marks = _ranges(index.mark_ptr[over], index.mark_ptr[over + 1])[0]
    if lanes != (0, len(layout.names)):
        lane = layout.mark_lane[marks]
        marks = marks[np.flatnonzero((lane >= lanes[0]) & (lane < lanes[1]))]
    return marks


# --- level of detail ---------------------------------------------------------------------------

def px(t: np.ndarray | float, start: float, span: float, width: float) -> np.ndarray | float:
    """The viewport's time-to-pixel mapping (same expression as Viewport.x_of)."""
    return (t - start) / span * width


def bin_of(t: np.ndarray, start: float, span: float, width: float, bin_px: int) -> np.ndarray:
    """Pixel-bin of times at or after `start`: floor((t - start) * width / (span * bin_px)).

    One multiply instead of px() then a division, and truncation instead of `//` (numpy's float
    floor_divide is ~8x slower); truncation is the floor because the argument is never negative.
    """
    return ((t - start) * (width / (span * bin_px))).astype(np.int64)


@dataclass
class _Cells:
    """Occupied (lane, bin) cells with the span of one member (the only one when count == 1)."""

    lane: np.ndarray
    bin: np.ndarray
    count: np.ndarray
    total: np.ndarray
    first: np.ndarray
    t0: np.ndarray
    t1: np.ndarray


def level_of_detail(deals: DealArrays, layout: LaneLayout, start: float, span: float, width: float,
                    bin_px: int = 6, max_singles: int = 4000,
                    lanes: tuple[int, int] | None = None) -> tuple[Aggregates, Singles]:
    """Aggregates and singles of the view `[start, start + span)` drawn `width` pixels wide.

    `lanes` = (first, stop) limits the work to the lanes on screen (the default is all lanes);
    with thousands of companies only a few dozen rows are visible at once.
    """
    index = prepare(deals, layout)
    lanes = (0, len(layout.names)) if lanes is None else (max(0, lanes[0]), min(len(layout.names), lanes[1]))
    if lanes[0] >= lanes[1]:
        return _no_aggregates(), _to_singles(_no_cells(), start, span, width)
    pos, lane_runs = _visible_sorted(index, start, start + span, lanes)
    over = _overhang_marks(index, deals, layout, start, lanes)
    n_main = pos.stop - pos.start if isinstance(pos, slice) else pos.size
    if n_main + over.size < max_singles:
        return _no_aggregates(), _all_singles(index, deals, layout, pos, over, start, span, width)
    nbins = int(np.ceil(width / bin_px))
    cells = _main_cells(index, pos, lane_runs, start, span, width, bin_px, nbins)
    if over.size:
        cells = _merge_overhang(cells, _overhang_cells(over, deals, layout), nbins)
    # Integer gathers: boolean-mask indexing is ~10x slower on these mid-density masks.
    multi = np.flatnonzero(cells.count > 1)
    one = np.flatnonzero(cells.count == 1)
    x0 = cells.bin[multi] * float(bin_px)
    aggregates = Aggregates(lane=cells.lane[multi].astype(np.int32), x0=x0,
                            x1=np.minimum(x0 + bin_px, float(width)), count=cells.count[multi],
                            sum_usd=cells.total[multi], first_mark=cells.first[multi])
    singles = _Cells(cells.lane[one], cells.bin[one], cells.count[one], cells.total[one], cells.first[one],
                     cells.t0[one], cells.t1[one])
    return aggregates, _to_singles(singles, start, span, width)


def _main_cells(index: LodIndex, pos: np.ndarray | slice, lane_runs: np.ndarray, start: float, span: float,
                width: float, bin_px: int, nbins: int) -> _Cells:
    """The cells of the marks starting inside the view.

    Within a lane the marks are in start order, hence in bin order, and lanes are consecutive, so
    a cell is a run of equal bins not crossing a lane start: the only O(visible) work is the bin
    computation and one comparison. Counts and sums are then O(cells) (precomputed running sums),
    and every per-cell gather reads the sorted arrays in ascending order (cache friendly).
    """
    t0 = index.s_t0[pos]
    n = t0.size
    if n == 0:
        return _no_cells()
    bins = bin_of(t0, start, span, width, bin_px)
    np.minimum(bins, nbins - 1, out=bins)  # float rounding at the right edge
    change = np.empty(n, dtype=bool)
    change[0] = True
    np.not_equal(bins[1:], bins[:-1], out=change[1:])
    change[lane_runs] = True
    starts = np.flatnonzero(change)
    count = np.diff(starts, append=n)
    # Runs are contiguous in sorted order, so a run's sum is a difference of running sums.
    at = starts + pos.start if isinstance(pos, slice) else pos[starts]
    total = index.s_cumsum[at + count] - index.s_cumsum[at]
    return _Cells(index.lane_of(at), bins[starts], count, total, index.s_mark[at].astype(np.int64),
                  index.s_t0[at], _deals_t1(index, at))


def _overhang_cells(over: np.ndarray, deals: DealArrays, layout: LaneLayout) -> _Cells:
    """Marks reaching in from the left, grouped per lane into the lane's first bin.

    Grouped with bincount over lanes rather than np.unique, whose sort dominated month frames.
    """
    lane = layout.mark_lane[over]
    deal = layout.mark_deal[over]
    n_lanes = len(layout.names)
    count = np.bincount(lane, minlength=n_lanes)
    total = np.bincount(lane, weights=np.nan_to_num(deals.amount_usd[deal], nan=0.0), minlength=n_lanes)
    member = np.empty(n_lanes, dtype=np.int64)
    member[lane] = np.arange(over.size)  # any member will do for the tooltip
    u_lane = np.flatnonzero(count)
    first = member[u_lane]
    first_deal = deal[first]
    return _Cells(u_lane.astype(np.int64), np.zeros(u_lane.size, np.int64), count[u_lane].astype(np.int64),
                  total[u_lane], over[first].astype(np.int64), deals.t0[first_deal], deals.t1[first_deal])


def _merge_overhang(main: _Cells, over: _Cells, nbins: int) -> _Cells:
    """Fold the overhang cells into main cells with the same (lane, bin 0), append the rest."""
    key = main.lane * nbins + main.bin  # ascending: lanes ascend, bins ascend within a lane
    at = np.searchsorted(key, over.lane * nbins)
    hit = at < key.size
    hit[hit] = key[at[hit]] == over.lane[hit] * nbins
    count, total = main.count.copy(), main.total.copy()
    count[at[hit]] += over.count[hit]
    total[at[hit]] += over.total[hit]
    new = ~hit
    return _Cells(*(np.concatenate((a, b[new])) for a, b in (
        (main.lane, over.lane), (main.bin, over.bin), (count, over.count), (total, over.total),
        (main.first, over.first), (main.t0, over.t0), (main.t1, over.t1))))


def _no_cells() -> _Cells:
    i = np.empty(0, dtype=np.int64)
    f = np.empty(0)
    return _Cells(i, i, i, f, i, f, f)


def _no_aggregates() -> Aggregates:
    i = np.empty(0, dtype=np.int64)
    return Aggregates(lane=np.empty(0, np.int32), x0=np.empty(0), x1=np.empty(0), count=i,
                      sum_usd=np.empty(0), first_mark=i)


def _all_singles(index: LodIndex, deals: DealArrays, layout: LaneLayout, pos: np.ndarray | slice,
                 over: np.ndarray, start: float, span: float, width: float) -> Singles:
    deal = layout.mark_deal[over]
    marks = index.s_mark[pos]
    cells = _Cells(np.concatenate((layout.mark_lane[marks], layout.mark_lane[over])), np.empty(0), np.empty(0),
                   np.empty(0), np.concatenate((marks.astype(np.int64), over)),
                   np.concatenate((index.s_t0[pos], deals.t0[deal])),
                   np.concatenate((deals.t1[layout.mark_deal[marks]], deals.t1[deal])))
    return _to_singles(cells, start, span, width)


def _to_singles(cells: _Cells, start: float, span: float, width: float) -> Singles:
    # Clipped just outside the view: a decade mark at day zoom would otherwise be millions of px.
    x0 = np.clip(px(cells.t0, start, span, width), -1.0, width + 1.0)
    x1 = np.clip(px(cells.t1, start, span, width), -1.0, width + 1.0)
    return Singles(mark=cells.first.astype(np.int64), lane=cells.lane.astype(np.int32), x0=x0, x1=x1)


# --- drilling into an aggregate ----------------------------------------------------------------

def members(deals: DealArrays, layout: LaneLayout, lane: int, t_from: float, t_to: float) -> np.ndarray:
    """Layout mark indices in `lane` whose start lies in `[t_from, t_to)`, in start order."""
    index = prepare(deals, layout)
    d_lo = np.searchsorted(index.deals_t0, t_from, side="left")
    d_hi = np.searchsorted(index.deals_t0, t_to, side="left")
    seg_lo, seg_hi = index.lane_first[lane:lane + 1], index.lane_first[lane + 1:lane + 2]
    lo = int(_segmented_search(index, seg_lo, seg_hi, int(d_lo))[0])
    hi = int(_segmented_search(index, seg_lo, seg_hi, int(d_hi))[0])
    return index.s_mark[lo:hi].astype(np.int64)


def cell_members(deals: DealArrays, layout: LaneLayout, lane: int, x0: float, start: float, span: float,
                 width: float, bin_px: int = 6) -> np.ndarray:
    """Layout mark indices of the cell that level_of_detail drew at (`lane`, `x0`), exactly.

    Uses the same pixel arithmetic as the binning (so no mark is lost to rounding when
    converting pixels back to time) and includes marks reaching in from the left in bin 0.
    """
    nbins = int(np.ceil(width / bin_px))
    target = int(round(x0 / bin_px))
    # Candidates: a little wider than the bin in time, then the exact bin test.
    t_lo = start + (target - 1) * bin_px / width * span
    t_hi = start + (target + 2) * bin_px / width * span
    cand = members(deals, layout, lane, max(t_lo, start), min(t_hi, start + span))
    bins = np.minimum(bin_of(deals.t0[layout.mark_deal[cand]], start, span, width, bin_px), nbins - 1)
    found = cand[bins == target]
    if target == 0:
        index = prepare(deals, layout)
        over = _overhang_marks(index, deals, layout, start, (0, len(layout.names)))
        found = np.concatenate((over[layout.mark_lane[over] == lane], found))
    return found
