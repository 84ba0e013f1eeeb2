"""The Amounts panel's analyses (totals, chart series, flows) computed off the GUI thread.

At 100,000 deals an analysis takes about half a second, at a million several seconds: run on
the GUI thread it would freeze the window at every filter change. Requests go to a pool of
one thread, so analyses run one at a time on their own read-only connection. Each request
carries the panel's generation (bumped by every new filter): a request overtaken by a newer
filter is skipped before it starts and interrupted in SQLite while it runs, and a late result
of an old generation is dropped by the panel.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.analysis.scope import Scope, prepare
from desktop.storage.filters import DealFilter
from desktop.storage.store import Store

# (store, scope) -> result; one per tab
Analysis = Callable[[Store, Scope], Any]


@dataclass(frozen=True)
class Request:
    generation: int
    tab: int
    path: Path
    deal_filter: DealFilter
    analysis: Analysis


class AnalysisRunner(QObject):
    done = Signal(int, int, object)  # generation, tab, result
    failed = Signal(int, int, str)  # generation, tab, message

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.latest = 0  # the newest generation asked for; read by the worker thread
        self._lock = threading.Lock()
        self._running: Store | None = None
        self._scope: tuple[int, Scope] | None = None  # the scope of one generation, for its tabs

    def submit(self, request: Request) -> None:
        if request.generation > self.latest:
            self.latest = request.generation
            self._interrupt()
        self.pool.start(_Task(self, request))

    def shutdown(self) -> None:
        """Stop what runs and wait for the thread (the window is closing)."""
        self.latest += 1
        self._interrupt()
        self.pool.clear()
        self.pool.waitForDone(5000)

    def _interrupt(self) -> None:
        with self._lock:
            if self._running is not None:
                self._running.interrupt()

    # --- on the worker thread ----------------------------------------------------------------
    def _run(self, request: Request) -> None:
        if request.generation < self.latest:
            return  # a newer filter came while this one waited
        try:
            store = Store.reader(request.path)
        except Exception as e:  # noqa: BLE001 - reported in the panel
            self._emit(self.failed, request.generation, request.tab, f"{type(e).__name__}: {e}")
            return
        with self._lock:
            self._running = store
        try:
            scope = self._scope_of(store, request)
            result = request.analysis(store, scope)
        except Exception as e:  # noqa: BLE001 - an interrupted query lands here too
            if request.generation >= self.latest:
                self._emit(self.failed, request.generation, request.tab, f"{type(e).__name__}: {e}")
            return
        finally:
            with self._lock:
                self._running = None
            store.close()
        self._emit(self.done, request.generation, request.tab, result)

    def _scope_of(self, store: Store, request: Request) -> Scope:
        cached = self._scope
        if cached is not None and cached[0] == request.generation:
            return cached[1]
        scope = prepare(store, request.deal_filter)
        self._scope = (request.generation, scope)
        return scope

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the panel is gone (window closed while this ran)


class _Task(QRunnable):
    def __init__(self, runner: AnalysisRunner, request: Request):
        super().__init__()
        self.runner, self.request = runner, request

    def run(self) -> None:
        self.runner._run(self.request)
