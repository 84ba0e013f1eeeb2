"""Importing from the window: file and folder choosers, drag and drop, a worker thread with
progress (files done / total, current file, time left) and Cancel, then a summary."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.ingest.importer import DUPLICATE, FAILED, IMPORTED, READ_AGAIN, ImportSummary, Progress, import_paths
from desktop.ingest.reader import SUPPORTED_SUFFIXES
from desktop.jobs import relay
from desktop.storage.store import Store
from desktop.ui.job_runner import JobHandle

LAST_DIR_KEY = "import/last_dir"


def choose_files(parent: QWidget) -> list[Path]:
    patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
    names, _ = QFileDialog.getOpenFileNames(parent, "Import articles", _last_dir(),
                                            f"Articles ({patterns});;All files (*)")
    return _remember([Path(n) for n in names])


def choose_folder(parent: QWidget) -> list[Path]:
    name = QFileDialog.getExistingDirectory(parent, "Import a folder of articles", _last_dir())
    return _remember([Path(name)] if name else [])


def _last_dir() -> str:
    return str(QSettings().value(LAST_DIR_KEY, str(Path.home())))


def _remember(paths: list[Path]) -> list[Path]:
    if paths:
        first = paths[0]
        QSettings().setValue(LAST_DIR_KEY, str(first if first.is_dir() else first.parent))
    return paths


def describe_progress(started: list[float]):
    """A progress label: current file, files done of total, and the time left
    (`started` holds the start time, set when the job starts)."""
    def describe(step: Progress) -> tuple[int, int, str]:
        elapsed = time.monotonic() - started[0]
        left = elapsed / step.done * (step.total - step.done) if step.done else 0.0
        remaining = f" — about {_duration(left)} left" if step.done < step.total and elapsed > 1 else ""
        name = Path(step.outcome.path).name
        if step.phase == READ_AGAIN:
            # (no time left: the first phase's pace says nothing about this one's)
            return (step.done, step.total, f"Reading again with company names other articles taught: "
                    f"{step.done} of {step.total}: {name}")
        return step.done, step.total, f"{step.done} of {step.total}: {name}{remaining}"
    return describe


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    return f"{round(seconds / 60)} min"


class ImportFlow(QObject):
    """One import from the window; `finished` carries the summary (None when it failed)."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, db: Path, paths: list[Path]):
        super().__init__(parent)
        self.paths = paths

        # what each step reported, kept here (the worker thread appends, the GUI thread reads it
        # once the job has ended): a cancel ends the job without its summary, yet the files
        # written so far are stored and the user must be told how many
        self._reported: list[Progress] = []

        def note(step: Progress) -> Progress:
            self._reported.append(step)
            return step

        def job():
            with Store.open(db) as store:  # the worker thread's own connection
                return (yield from relay(import_paths(store, paths), note))

        self._started = [time.monotonic()]
        self.handle = JobHandle(parent, "Import articles", job, describe_progress(self._started))
        self.handle.done.connect(self._done)
        self.summary: ImportSummary | None = None
        self.outcome = ""
        self.error = ""

    def start(self) -> "ImportFlow":
        self._started[0] = time.monotonic()
        self.handle.start()
        return self

    def _done(self, how: str, payload: object) -> None:
        self.outcome = how
        self.summary = payload if isinstance(payload, ImportSummary) else None
        if self.summary is None and how == "cancelled" and self._reported:
            self.summary = ImportSummary(
                run_id=0, cancelled=True,
                outcomes=[p.outcome for p in self._reported if p.phase != READ_AGAIN],
                read_again=sum(p.phase == READ_AGAIN for p in self._reported))
        if how == "failed":
            self.error = str(payload)
        self.finished.emit(self.summary)


def summary_text(summary: ImportSummary | None, how: str) -> tuple[str, str]:
    """(message, details) for the summary box; details list every failure with its reason."""
    if summary is None:
        return ("The import was cancelled before the first file finished." if how == "cancelled"
                else "The import failed; nothing was lost."), ""
    imported, dups, failed = (summary.of(s) for s in (IMPORTED, DUPLICATE, FAILED))
    head = "Import cancelled. " if how == "cancelled" else ""
    message = (f"{head}{len(imported)} imported ({sum(o.deals for o in imported)} deals read), "
               f"{len(dups)} duplicate(s) skipped, {len(failed)} failed.")
    if summary.read_again:
        message += f" {summary.read_again} read again with company names other articles taught."
    details = "\n".join(f"{Path(o.path).name}: {o.reason}" for o in failed)
    return message, details


def show_summary(parent: QWidget, summary: ImportSummary | None, how: str) -> QMessageBox:
    message, details = summary_text(summary, how)
    box = QMessageBox(QMessageBox.Icon.Warning if details else QMessageBox.Icon.Information,
                      "Import finished", message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and reasons are shown literally
    if details:
        box.setDetailedText(details)
    box.open()  # not modal-blocking: the window stays usable
    return box
