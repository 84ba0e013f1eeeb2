"""Long work is written as generators that yield progress and return a result.

Cancelling is not asking for the next step (or calling `close()`), so it always happens
between two steps. The command line drains a job; the GUI runs it on a worker thread.
"""

from __future__ import annotations

from typing import Callable, Generator, TypeVar

R = TypeVar("R")
S = TypeVar("S")
T = TypeVar("T")


def drain(job: Generator[object, None, R]) -> R:
    """Run a job to its end and return its result."""
    while True:
        try:
            next(job)
        except StopIteration as stop:
            return stop.value


def relay(job: Generator[S, None, R], convert: Callable[[S], T]) -> Generator[T, None, R]:
    """`job` with each step passed through `convert` (to reword it, or to note it on its way);
    returns the job's result. Closing the relay (a cancel) closes the job."""
    try:
        while True:
            try:
                step = next(job)
            except StopIteration as stop:
                return stop.value
            yield convert(step)
    finally:
        job.close()
