"""Running a long job (a generator that yields progress) on a worker thread.

The job is created inside the worker thread, so it may open its own database connection
(SQLite connections belong to the thread that made them). Cancel sets a flag that is read
between two steps: the job is then closed, which runs its cleanup and leaves the data as
it was after the last completed step.
"""

from __future__ import annotations

from typing import Any, Callable, Generator

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Generator[Any, None, Any]


class JobWorker(QObject):
    progress = Signal(int, int, str)  # done, total, what is being worked on
    finished = Signal(object)  # the job's return value
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, make_job: Callable[[], Job], describe: Callable[[Any], tuple[int, int, str]]):
        super().__init__()
        self._make_job = make_job
        self._describe = describe
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True  # read by the worker thread between steps

    @Slot()
    def run(self) -> None:
        try:
            job = self._make_job()
            while True:
                if self._cancel:
                    job.close()
                    self.cancelled.emit()
                    return
                try:
                    step = next(job)
                except StopIteration as stop:
                    self.finished.emit(stop.value)
                    return
                self.progress.emit(*self._describe(step))
        except Exception as e:  # reported in the window, never lost in a thread
            self.failed.emit(f"{type(e).__name__}: {e}")


class JobHandle(QObject):
    """A job running on its own thread with a progress dialog that can cancel it."""

    done = Signal(str, object)  # "finished" | "cancelled" | "failed", result or message

    def __init__(self, parent: QWidget, title: str, make_job: Callable[[], Job],
                 describe: Callable[[Any], tuple[int, int, str]]):
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = JobWorker(make_job, describe)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.thread.started.connect(self.worker.run)
        # Slots of this object (which lives in the GUI thread) make the connections queued:
        # the handlers then run in the GUI thread, never in the worker's.
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.failed.connect(self._on_failed)

    def start(self) -> "JobHandle":
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.dialog.setLabelText("Cancelling after the current step…")
        self.worker.cancel()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._end("finished", result)

    @Slot()
    def _on_cancelled(self) -> None:
        self._end("cancelled", None)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end("failed", message)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        self.dialog.setLabelText(label)

    def _end(self, how: str, payload: object) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.close()
        self.done.emit(how, payload)
