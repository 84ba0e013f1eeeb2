"""Running the current extractor again over every stored article.

Extraction runs first, article by article, yielding progress (cancel = stop iterating:
nothing has changed yet). The results then replace the old readings in one transaction,
the deals are rebuilt, and the user's corrections are laid over them again.
"""

from __future__ import annotations

from typing import Generator

from desktop.extraction.mentions import ExtractedDeal
from desktop.extraction.pipeline import EXTRACTOR_VERSION, extract
from desktop.ingest.importer import published_day
from desktop.storage.deal_writer import insert_evidence, rebuild_all_deals
from desktop.storage.store import Store


def reextract(store: Store) -> Generator[tuple[int, int], None, int]:
    """Yields (done, total) per article; returns the number of deals afterwards."""
    articles = store.db.execute(
        "SELECT id, sha256, text, published, published_precision FROM articles ORDER BY id"
    ).fetchall()
    results: list[tuple[int, str, str | None, list[ExtractedDeal]]] = []
    for done, (article_id, sha, text, published, precision) in enumerate(articles, start=1):
        deals = extract(text, published_day(published), precision or "day").deals
        results.append((article_id, sha, published, deals))
        yield done, len(articles)
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
