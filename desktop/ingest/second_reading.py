"""The import's second reading: articles read again with the company names the collection taught.

After the files of an import are stored, the companies that discovery found and that became
parties of deals anywhere in the database are "learned names" (see
`desktop.extraction.learned_names`). An article of this import that cites one of them which its
own readings lack is extracted again with them, and the deals its readings touch are rebuilt. Only the
import's own articles are read again: older ones, which the user may have corrected, change
only when they are re-extracted on purpose.

Like the import, this is a generator that yields after each article. The new readings are
written at the end, in one transaction: a cancel leaves every article as first read.
"""

from __future__ import annotations

import json
import os
from typing import Generator, Iterable

from desktop.extraction.learned_names import LearnedNames, learnable
from desktop.extraction.mentions import ExtractedDeal
from desktop.extraction.organizations import curated_names
from desktop.extraction.pipeline import extract
from desktop.ingest.pool import mapped
from desktop.storage.deal_writer import learned_company_names, replace_readings
from desktop.storage.store import Store


def learned_names(names: Iterable[str]) -> LearnedNames:
    curated = curated_names()
    return LearnedNames(n for n in names if learnable(n, curated))


def names_of_deals(deals: Iterable[ExtractedDeal]) -> set[str]:
    return {p.name for deal in deals for p in deal.parties}


def to_read_again(text: str, parties: set[str], learned: LearnedNames) -> tuple[str, ...]:
    """The learned names an article may cite that none of its deals names: the reason to
    read it again (none: it would read the same)."""
    return tuple(sorted(learned.in_text(text) - parties)) if learned else ()


def extract_with(job: tuple[str, str | None, str | None, tuple[str, ...]]) -> list[ExtractedDeal]:
    """One article's deals, read with the learned names it may cite (a job for the worker pool:
    only those few names travel to the worker, not all an import has learned)."""
    from desktop.ingest.importer import published_day

    text, published, precision, names = job
    return extract(text, published_day(published), precision or "day", learned=LearnedNames(names)).deals


def read_again(store: Store, article_ids: list[int], workers: int | None = None
               ) -> Generator[tuple[int, int, str, int], None, int]:
    """Yields (done, total, file path, deals found) per article read again; returns how many were."""
    learned = learned_names(learned_company_names(store))
    if not learned or not article_ids:
        return 0
    jobs, articles = [], []
    for article_id, sha, text, published, precision, path in _articles(store, article_ids):
        names = to_read_again(text, _party_names(store, article_id), learned)
        if names:
            jobs.append((text, published, precision, names))
            articles.append((article_id, sha, published, path))
    results = []
    stream = mapped(extract_with, jobs, workers if workers is not None else (os.cpu_count() or 1))
    try:
        for done, ((article_id, sha, published, path), deals) in enumerate(zip(articles, stream), start=1):
            results.append((article_id, sha, published, deals))
            yield done, len(jobs), path, len(deals)
    finally:
        stream.close()  # a cancel stops the worker processes now; nothing has changed yet
    if results:
        with store.transaction():
            replace_readings(store, results)
    return len(results)


def _articles(store: Store, ids: list[int]) -> list[tuple]:
    return store.db.execute(
        "SELECT id, sha256, text, published, published_precision, path FROM articles"
        " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", [json.dumps(ids)]).fetchall()


def _party_names(store: Store, article_id: int) -> set[str]:
    """The companies the article's own readings name (not those a merged deal got from others)."""
    return {name for (parties,) in store.db.execute("SELECT parties FROM evidence WHERE article_id = ?", [article_id])
            for name in json.loads(parties or "{}")}
