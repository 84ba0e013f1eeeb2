"""Importing files into the store, as a generator that yields progress after every file.

The job is a plain generator (as in TagStudio and napari's thread_worker): the command line
drains it, the GUI runs it on a worker thread, and cancelling is simply not asking for the
next step — `close()` ends the run cleanly between two files. Reading and extraction are
pure and may run in worker processes; only the writer touches the database.

Each file is written inside its own savepoint, so a file that fails leaves nothing behind,
and files are committed in small batches: a commit (and the full-text index flush that comes
with it) per file would cost the writer a third of its time. A crash loses at most the batch
in flight, never half an article, and running the import again completes it.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Generator, Iterable, Iterator

from desktop.extraction.mentions import ExtractedDeal
from desktop.extraction.pipeline import EXTRACTOR_VERSION, extract
from desktop.jobs import drain, relay
from desktop.ingest.pool import mapped
from desktop.ingest.reader import ReadError, SourceText, content_hash, discover, read_article
from desktop.ingest.second_reading import read_again
from desktop.storage.deal_writer import save_article_deals
from desktop.storage.records import NewArticle
from desktop.storage.store import Store

BATCH_FILES = 64  # files per commit at most…
BATCH_SECONDS = 0.5  # …and a commit at least this often, so progress stays live on slow files

IMPORTED, DUPLICATE, FAILED = "imported", "duplicate", "failed"
READ_AGAIN = "read again"  # the second reading's outcome and phase (see second_reading)


@dataclass(slots=True)
class Prepared:
    """A file read and extracted, ready to be written; or the reason it could not be."""

    path: str
    article: NewArticle | None = None
    deals: list[ExtractedDeal] = field(default_factory=list)
    error: str | None = None


@dataclass(slots=True)
class FileOutcome:
    path: str
    status: str
    reason: str | None = None
    article_id: int | None = None
    deals: int = 0


@dataclass(slots=True)
class Progress:
    done: int
    total: int
    outcome: FileOutcome
    phase: str = IMPORTED  # or READ_AGAIN: the second reading counts its own articles


@dataclass(slots=True)
class ImportSummary:
    run_id: int
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    read_again: int = 0  # articles of this import read again with names other articles taught

    def of(self, status: str) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def ok(self) -> bool:
        return not self.of(FAILED)


def published_day(iso: str | None) -> date | None:
    """The reference day for relative dates: the first day a partial date covers."""
    if not iso:
        return None
    parts = (iso.split("-") + ["01", "01"])[:3]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    except ValueError:
        return None


def prepare(path: Path) -> Prepared:
    """Read and extract one file. Never raises: every failure becomes a one-line reason."""
    try:
        source = read_article(path)
    except ReadError as e:
        return Prepared(str(path), error=str(e))
    except Exception as e:  # an unexpected reader bug must not abort a 1,000-file import
        return Prepared(str(path), error=f"could not read: {type(e).__name__}: {e}")
    try:
        deals = extract(source.text, published_day(source.published),
                        source.published_precision or "day").deals
    except Exception as e:
        return Prepared(str(path), error=f"extraction failed: {type(e).__name__}: {e}")
    return Prepared(str(path), article=_new_article(source), deals=deals)


def _new_article(source: SourceText) -> NewArticle:
    return NewArticle(
        file_name=source.path.name, path=str(source.path.resolve()), sha256=content_hash(source.text),
        text=source.text, title=source.title, outlet=source.outlet, language=source.language,
        published=source.published, published_precision=source.published_precision,
        published_source=source.published_source, encoding=source.encoding,
    )


def _prepared_stream(paths: list[Path], workers: int) -> Iterator[Prepared]:
    return mapped(prepare, paths, workers)


def write_prepared(store: Store, item: Prepared) -> FileOutcome:
    """One file, one transaction: the article and its deals land together or not at all."""
    if item.error or item.article is None:
        return FileOutcome(item.path, FAILED, item.error)
    article = item.article
    with store.transaction():
        if store.has_article(article.sha256):
            return FileOutcome(item.path, DUPLICATE, "same text already imported")
        article_id = store.insert_article(article, EXTRACTOR_VERSION)
        save_article_deals(store, article_id, article.sha256, article.published, item.deals)
    return FileOutcome(item.path, IMPORTED, article_id=article_id, deals=len(item.deals))


def import_paths(
    store: Store, paths: Iterable[Path | str], workers: int | None = None
) -> Generator[Progress, None, ImportSummary]:
    """Import files and folders; yields a Progress per file and returns the summary."""
    roots = [Path(p) for p in paths]
    files = list(discover(roots)) + [p for p in roots if not p.exists() and not p.is_symlink()]
    summary = ImportSummary(run_id=store.begin_run([str(p) for p in roots]))
    status = "cancelled"
    stream = _prepared_stream(files, workers if workers is not None else (os.cpu_count() or 1))
    try:
        while (yield from _write_batch(store, stream, summary, len(files))):
            pass
        stream.close()  # (its workers are done: the second reading starts its own)
        status = "completed"  # every file is stored: a cancel now only skips the second reading
        summary.read_again = yield from _second_reading(store, summary, workers)
    finally:
        stream.close()  # stops the worker pool now, not when garbage collected
        summary.cancelled = status == "cancelled"
        store.finish_run(summary.run_id, status, len(summary.of(IMPORTED)),
                         len(summary.of(DUPLICATE)), len(summary.of(FAILED)))
    return summary


def _write_batch(
    store: Store, stream: Iterator[Prepared], summary: ImportSummary, total: int
) -> Generator[Progress, None, bool]:
    """Write the next files in one transaction, each in its own savepoint, reporting each;
    return whether more may follow. A cancel (the generator closed at a report) commits the
    files written so far, so what was reported as imported is in the file."""
    deadline = time.monotonic() + BATCH_SECONDS
    written = 0
    cancelled = False
    with store.transaction():
        for item in stream:
            outcome = _write_safely(store, item)
            if outcome.status == FAILED:
                store.record_failure(summary.run_id, outcome.path, outcome.reason or "")
            summary.outcomes.append(outcome)
            written += 1
            try:
                yield Progress(len(summary.outcomes), total, outcome)
            except GeneratorExit:
                cancelled = True
                break
            if written >= BATCH_FILES or time.monotonic() >= deadline:
                break
    if cancelled:
        raise GeneratorExit  # after the commit: close() goes on as asked
    return written > 0


def _second_reading(store: Store, summary: ImportSummary, workers: int | None) -> Generator[Progress, None, int]:
    job = read_again(store, [o.article_id for o in summary.of(IMPORTED) if o.article_id is not None], workers)
    return (yield from relay(job, lambda step: _read_again_progress(*step)))


def _read_again_progress(done: int, total: int, path: str, deals: int) -> Progress:
    return Progress(done, total, FileOutcome(path, READ_AGAIN, deals=deals), phase=READ_AGAIN)


def _write_safely(store: Store, item: Prepared) -> FileOutcome:
    try:
        return write_prepared(store, item)
    except Exception as e:  # e.g. a database constraint: that file fails, the rest go on
        return FileOutcome(item.path, FAILED, f"could not store: {type(e).__name__}: {e}")


def run_import(store: Store, paths: Iterable[Path | str], workers: int | None = None) -> ImportSummary:
    """Import without progress reports (tests, seeding)."""
    return drain(import_paths(store, paths, workers))
