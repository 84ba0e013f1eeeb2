"""Long work is written as generators that yield progress and return a result.

Cancelling is not asking for the next step (or calling `close()`), so it always happens
between two steps. The command line drains a job; the GUI runs it on a worker thread.
"""

from __future__ import annotations

from typing import Generator, TypeVar

R = TypeVar("R")


def drain(job: Generator[object, None, R]) -> R:
    """Run a job to its end and return its result."""
    while True:
        try:
            next(job)
        except StopIteration as stop:
            return stop.value
