"""Re-extraction over many stored articles: in worker processes, with the same result as in
one process, and cancelled between articles without changing anything."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.export.csv_export import csv_text
from desktop.ingest.importer import run_import
from desktop.ingest.pool import PARALLEL_THRESHOLD
from desktop.ingest.reextract import reextract
from desktop.jobs import drain
from desktop.storage.queries import list_deals
from desktop.storage.store import Store
from tests.conftest import ROOT

CORPORA = [ROOT / "tests" / name / "articles" for name in ("corpus", "corpus2", "corpus3")]


def _export(store: Store) -> list[list[str]]:
    """The CSV rows without the deal ids (a rebuild numbers deals anew), sorted."""
    rows = list(csv.reader(io.StringIO(csv_text(list_deals(store)))))
    return sorted(row[1:] for row in rows[1:])


def test_reextract_in_worker_processes_gives_what_one_process_gives(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.sqlite") as store:
        run_import(store, CORPORA, workers=2)
        assert store.count("articles") >= PARALLEL_THRESHOLD  # enough for the worker pool
        imported = _export(store)
        drain(reextract(store, workers=2))
        parallel = _export(store)
        drain(reextract(store, workers=1))
        serial = _export(store)
    assert parallel == serial == imported


def test_a_cancelled_reextract_changes_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "b.sqlite") as store:
        run_import(store, CORPORA, workers=2)
        store.db.execute("UPDATE articles SET extractor_version = 'old'")
        before = _export(store)
        job = reextract(store, workers=2)
        for done, _total in job:
            if done == 10:
                job.close()  # the window's Cancel
                break
        assert _export(store) == before
        assert {r[0] for r in store.db.execute("SELECT DISTINCT extractor_version FROM articles")} == {"old"}
