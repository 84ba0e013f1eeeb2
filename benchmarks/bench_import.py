"""Extraction and import speed on a generated corpus of ~4 KB articles.

Prints one JSON object (last line): articles per second for extraction alone (one core),
the wall time of a full import of N articles (all cores), and, as a reference measured in
the same run on the same texts, the speed of a plain word-count regex pass, so figures from
different machines can be compared.

    python benchmarks/bench_import.py [--articles 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import write_corpus  # noqa: E402
from desktop.extraction.pipeline import extract  # noqa: E402
from desktop.ingest.importer import IMPORTED, run_import  # noqa: E402
from desktop.storage.store import Store  # noqa: E402


def rate(texts: list[str], work, repeat: int) -> float:
    """Median articles per second over `repeat` passes."""
    rates = []
    for _ in range(repeat):
        start = time.perf_counter()
        for t in texts:
            work(t)
        rates.append(len(texts) / (time.perf_counter() - start))
    return statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--extract-sample", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        paths = write_corpus(folder, args.articles)
        texts = [p.read_text(encoding="utf-8") for p in paths[: args.extract_sample]]
        extract(texts[0])  # warm caches (regexes, alias tables)
        word = re.compile(r"\w+")
        reference = rate(texts, lambda t: len(word.findall(t)), args.repeat)
        extraction = rate(texts, extract, args.repeat)
        start = time.perf_counter()
        with Store.open(Path(tmp) / "bench.sqlite") as store:
            summary = run_import(store, [folder])
            deals = store.count("deals")
        wall = time.perf_counter() - start
    print(json.dumps({
        "articles": args.articles,
        "article_bytes_mean": round(statistics.mean(len(t.encode()) for t in texts)),
        "extract_articles_per_s_one_core_median": round(extraction, 1),
        "reference_regex_articles_per_s_median": round(reference, 1),
        "import_wall_s": round(wall, 2),
        "import_articles_per_s": round(args.articles / wall, 1),
        "imported": len(summary.of(IMPORTED)),
        "deals": deals,
    }))


if __name__ == "__main__":
    main()
