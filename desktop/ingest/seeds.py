"""The sample articles a new user sees on first start."""

from __future__ import annotations

from desktop.ingest.importer import ImportSummary, run_import
from desktop.resources import SEEDS_DIR
from desktop.storage.store import Store


def needs_seeding(store: Store) -> bool:
    """A database nobody has imported into yet: the samples go in, so no window starts empty.

    Once the user has run any import (or deleted the samples), their choice stands.
    """
    return store.count("import_runs") == 0 and store.count("articles") == 0


def import_seeds(store: Store) -> ImportSummary:
    return run_import(store, [SEEDS_DIR], workers=1)
