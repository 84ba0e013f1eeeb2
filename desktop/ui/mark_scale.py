"""How big a deal's mark is: one function shared by the timeline's painter and the legend, so the
legend's sample sizes are exactly what the timeline draws.

The mark's *area* grows with the amount (its diameter with the square root), above a small
minimum so that a 10 m deal next to a 1 tn one stays visible. The reference amount is the
largest in the whole data set, not in the current frame: a deal keeps its size while the user
pans and zooms, and the legend stays true for every frame.
"""

from __future__ import annotations

import weakref

import numpy as np

MIN_SIZE = 6.0  # px: the smallest priced mark, and the no-amount glyph
_MARGIN = 12.0  # px of a lane left free above and below the biggest mark

# The reference of the last amount array asked about: nanmax over a million deals costs ~1 ms,
# too much for every frame, and the array object only changes when the data does.
_last: tuple[weakref.ref | None, float] = (None, 1.0)


def amount_reference(amounts: np.ndarray) -> float:
    """The largest finite positive amount of the data set (1.0 when there is none)."""
    global _last
    ref, value = _last
    if ref is not None and ref() is amounts:
        return value
    finite = amounts[np.isfinite(amounts)] if len(amounts) else amounts
    value = float(finite.max()) if len(finite) and finite.max() > 0 else 1.0
    try:
        _last = (weakref.ref(amounts), value)
    except TypeError:  # a plain list or a view without weakref support: just do not cache
        pass
    return value


def mark_sizes(amounts: np.ndarray, reference: float, lane_h: float) -> np.ndarray:
    """Diameters in px for `amounts` (NaN = no amount → MIN_SIZE) on lanes `lane_h` px high."""
    amounts = np.asarray(amounts, dtype=np.float64)
    priced = np.isfinite(amounts)
    scaled = np.sqrt(np.clip(np.nan_to_num(amounts), 0, None) / max(reference, 1e-9))
    return np.where(priced, MIN_SIZE + (lane_h - _MARGIN) * np.minimum(scaled, 1.0), MIN_SIZE)


def mark_size(amount: float | None, reference: float, lane_h: float) -> float:
    """The diameter of one mark (for the legend)."""
    value = np.nan if amount is None else float(amount)
    return float(mark_sizes(np.array([value]), reference, lane_h)[0])


def legend_amounts(reference: float) -> list[float]:
    """Round sample amounts for the legend: powers of ten up to the reference (at most three),
    e.g. 1 bn, 10 bn, 100 bn under a largest deal of 300 bn."""
    if reference < 1e6:
        return [reference]
    top = 10 ** np.floor(np.log10(reference))
    return [float(top / 100), float(top / 10), float(top)]
