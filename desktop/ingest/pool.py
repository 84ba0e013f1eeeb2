"""Reading and extraction in worker processes, for the import and for re-extraction.

Extraction is pure Python and holds the GIL, so threads would not help: worker processes do
the work and the caller (the single database writer) consumes the results in order."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_THRESHOLD = 64  # below this, starting worker processes costs more than it saves
CHUNK = 32


def lower_worker_priority() -> None:
    """Workers run at a lower priority: the single writer is the narrow part of the import,
    and with as many workers as cores it would otherwise get only a share of one."""
    try:
        os.nice(5)
    except (AttributeError, OSError):  # not on this platform: the import is only slower
        pass


def mapped(work: Callable[[T], R], items: Sequence[T], workers: int) -> Iterator[R]:
    """`map(work, items)`, in `workers` processes when there are enough items. Closing the
    iterator (a cancel) stops the pool at once; nothing waits for work no one will read."""
    if workers <= 1 or len(items) < PARALLEL_THRESHOLD:
        yield from map(work, items)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=lower_worker_priority)
    try:
        yield from pool.map(work, items, chunksize=CHUNK)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
