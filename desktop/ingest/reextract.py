"""Running the current extractor again over every stored article.

Extraction runs first, article by article in worker processes (one per core, as in the
import), yielding progress (cancel = stop iterating: nothing has changed yet). The results then replace the old readings in one transaction,
the deals are rebuilt, and the user's corrections are laid over them again.
"""

from __future__ import annotations

import os
from typing import Generator

from desktop.extraction.mentions import ExtractedDeal
from desktop.extraction.pipeline import EXTRACTOR_VERSION, extract
from desktop.ingest.importer import published_day
from desktop.ingest.pool import mapped
from desktop.storage.deal_writer import insert_evidence, rebuild_all_deals
from desktop.storage.store import Store


def reextract(store: Store, workers: int | None = None) -> Generator[tuple[int, int], None, int]:
    """Yields (done, total) per article; returns the number of deals afterwards."""
    articles = store.db.execute(
        "SELECT id, sha256, text, published, published_precision FROM articles ORDER BY id"
    ).fetchall()
    results: list[tuple[int, str, str | None, list[ExtractedDeal]]] = []
    jobs = [(text, published, precision) for _id, _sha, text, published, precision in articles]
    stream = mapped(_extract_one, jobs, workers if workers is not None else (os.cpu_count() or 1))
    try:
        for done, ((article_id, sha, _text, published, _precision), deals) in enumerate(
                zip(articles, stream), start=1):
            results.append((article_id, sha, published, deals))
            yield done, len(articles)
    finally:
        stream.close()  # a cancel stops the worker processes now
    with store.transaction():
        holder = store.db.execute(
            "INSERT INTO deals(kind, status) VALUES ('other', 'announced')"
        ).lastrowid
        store.db.execute("DELETE FROM evidence")
        store.readings_cache.clear()
        for article_id, sha, published, deals in results:
            for deal in deals:
                insert_evidence(store, holder, article_id, sha, deal, published)
        store.db.execute("UPDATE articles SET extractor_version = ?", [EXTRACTOR_VERSION])
        rebuild_all_deals(store)
    return store.db.execute("SELECT count(*) FROM deals WHERE rejected = 0").fetchone()[0]


def _extract_one(job: tuple[str, str | None, str | None]) -> list[ExtractedDeal]:
    text, published, precision = job
    return extract(text, published_day(published), precision or "day").deals
