"""Running the current extractor again over every stored article.

Extraction runs first, article by article in worker processes (one per core, as in the
import), yielding progress (cancel = stop iterating: nothing has changed yet). As in the
import, articles that cite a company another article taught (see `second_reading`) are then
read a second time. The results replace the old readings in one transaction, the deals are
rebuilt, and the user's corrections are laid over them again.
"""

from __future__ import annotations

import os
from typing import Generator

from desktop.extraction.mentions import ExtractedDeal
from desktop.extraction.pipeline import EXTRACTOR_VERSION, extract
from desktop.ingest.importer import published_day
from desktop.ingest.pool import mapped
from desktop.ingest.second_reading import extract_with, learned_names, names_of_deals, to_read_again
from desktop.storage.deal_writer import insert_evidence, rebuild_all_deals
from desktop.storage.store import Store


def reextract(store: Store, workers: int | None = None) -> Generator[tuple[int, int], None, int]:
    """Yields (done, total) per article; returns the number of deals afterwards."""
    articles = store.db.execute(
        "SELECT id, sha256, text, published, published_precision FROM articles ORDER BY id"
    ).fetchall()
    results: list[tuple[int, str, str | None, list[ExtractedDeal]]] = []
    workers = workers if workers is not None else (os.cpu_count() or 1)
    jobs = [(text, published, precision) for _id, _sha, text, published, precision in articles]
    stream = mapped(_extract_one, jobs, workers)
    try:
        for done, ((article_id, sha, _text, published, _precision), deals) in enumerate(
                zip(articles, stream), start=1):
            results.append((article_id, sha, published, deals))
            yield done, len(articles)
    finally:
        stream.close()  # a cancel stops the worker processes now
    yield from _read_again(articles, results, workers)
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


def _read_again(articles: list[tuple], results: list[tuple], workers: int) -> Generator[tuple[int, int], None, None]:
    """The second reading, on the results in hand: each article that cites a name other
    articles made parties of deals, and has no deal with it, is read again with it."""
    learned = learned_names(name for *_, deals in results for name in names_of_deals(deals))
    again = [(i, to_read_again(text, names_of_deals(results[i][3]), learned))
             for i, (_id, _sha, text, _published, _precision) in enumerate(articles)]
    again = [(i, names) for i, names in again if names]
    total = len(articles) + len(again)
    stream = mapped(extract_with, [(articles[i][2], articles[i][3], articles[i][4], names) for i, names in again],
                    workers)
    try:
        for done, ((i, _names), deals) in enumerate(zip(again, stream), start=len(articles) + 1):
            results[i] = (*results[i][:3], deals)
            yield done, total
    finally:
        stream.close()


def _extract_one(job: tuple[str, str | None, str | None]) -> list[ExtractedDeal]:
    text, published, precision = job
    return extract(text, published_day(published), precision or "day").deals
