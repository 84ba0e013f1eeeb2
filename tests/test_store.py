"""The SQLite store: schema versions, migrations from every older version, WAL, FTS, transactions."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from desktop.storage import schema
from desktop.storage.records import NewArticle
from desktop.storage.store import Store


def _article(sha: str = "a" * 64, text: str = "Oracle unterzeichnete einen Vertrag mit OpenAI.") -> NewArticle:
    return NewArticle(file_name="x.txt", path="/tmp/x.txt", sha256=sha, text=text, title="Titel")


def test_new_database_is_at_latest_version_with_wal_and_foreign_keys(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.schema_version == schema.LATEST_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        for table in ("articles", "deals", "deal_parties", "evidence", "companies",
                      "company_aliases", "import_runs", "import_failures", "corrections"):
            assert store.db[table].exists(), table


def test_curated_companies_and_aliases_are_loaded(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.company_id("AWS") == store.company_id("Amazon")
        assert store.company_id("Hon Hai") == store.company_id("Foxconn")


def _make_version(path: Path, version: int) -> None:
    """A database file exactly as a program of schema `version` left it, with data in it."""
    db = sqlite_utils.Database(path)
    schema.migrate(db, target=version)
    db.execute(
        "INSERT INTO articles(file_name, path, sha256, imported_at, text, title) VALUES (?,?,?,?,?,?)",
        ["old.txt", "/old.txt", "b" * 64, "2025-01-01T00:00:00", "Stargate Rechenzentrum Abilene", "Alt"],
    )
    db.execute("INSERT INTO deals(kind, status, title) VALUES ('project', 'announced', 'Stargate')")
    db.execute(
        "INSERT INTO evidence(deal_id, article_id, start, end, sentence) VALUES (1, 1, 0, 8, 'Stargate')"
    )
    db.conn.commit()
    db.close()


@pytest.mark.parametrize("old_version", range(1, schema.LATEST_VERSION))
def test_migrates_every_older_version_keeping_data_and_a_backup(db_path: Path, old_version: int) -> None:
    _make_version(db_path, old_version)
    with Store.open(db_path) as store:
        assert store.schema_version == schema.LATEST_VERSION
        assert store.db.execute("SELECT title FROM articles").fetchone()[0] == "Alt"
        assert store.db.execute("SELECT sentence FROM evidence").fetchone()[0] == "Stargate"
        assert store.search_articles("Abilene") == [1]
    backup = db_path.with_name(f"{db_path.name}.v{old_version}.bak")
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == old_version
    old.close()


def test_a_database_from_a_newer_program_is_refused_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(schema.SchemaTooNew, match="update Deal Timeline"):
        Store.open(db_path)


def test_transaction_rolls_back_everything_on_error(db_path: Path) -> None:
    with Store.open(db_path) as store:
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.insert_article(_article(), "1")
                raise RuntimeError("crash in the middle of a file")
        assert store.count("articles") == 0


def test_sha256_is_unique(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.insert_article(_article(), "1")
        with pytest.raises(sqlite3.IntegrityError):
            store.insert_article(_article(), "1")


def test_full_text_search_over_articles_and_evidence(db_path: Path) -> None:
    with Store.open(db_path) as store:
        with store.transaction():
            aid = store.insert_article(_article(text="Der Rechenzentrumsbetreiber baut in Abilene."), "1")
            store.db.execute("INSERT INTO deals(kind, status) VALUES ('project', 'planned')")
            store.db.execute(
                "INSERT INTO evidence(deal_id, article_id, start, end, sentence) VALUES (1, ?, 0, 10, ?)",
                [aid, "Oracle baut Rechenzentren für OpenAI"],
            )
        assert store.search_articles("abilene") == [aid]
        assert store.search_articles("Rechenzentrumsbetr") == [aid]  # prefix search
        assert store.search_deals("rechenzentren") == [1]
        assert store.search_deals('"; DROP TABLE deals; --') == []  # user text is never FTS syntax


def test_stale_running_import_is_marked_interrupted(db_path: Path) -> None:
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    with Store.open(db_path) as store:
        run = store.begin_run(["/x"])
        # the process that ran it has ended (killed, in real life)
        store.db.execute("UPDATE import_runs SET pid = ? WHERE id = ?", [int(gone.stdout), run])
        store.db.conn.commit()
    with Store.open(db_path) as store:
        assert store.db.execute("SELECT status FROM import_runs WHERE id = ?", [run]).fetchone()[0] == "interrupted"


@pytest.mark.skipif(os.name == "nt", reason="Windows has no harmless process probe: runs count as interrupted")
def test_an_import_still_running_elsewhere_is_left_running(db_path: Path) -> None:
    """The window or an export opening the file while `deal-timeline import` runs in another
    terminal must not mark that run interrupted."""
    with Store.open(db_path) as store:
        run = store.begin_run(["/x"])  # this process: still alive
        with Store.open(db_path) as second:
            assert second.db.execute("SELECT status FROM import_runs WHERE id = ?", [run]).fetchone()[0] == "running"


def test_the_writers_shared_party_query_reads_only_the_covering_index(db_path: Path) -> None:
    # The import's hottest query: it must not visit the party rows one by one.
    from desktop.storage.deal_writer import SHARED_BY_AMOUNT_SQL

    with Store.open(db_path) as store:
        plan = " ".join(str(r) for r in store.db.execute(
            "EXPLAIN QUERY PLAN " + SHARED_BY_AMOUNT_SQL.format(marks="?,?"), [1, 2, 0, 1]))
    assert "COVERING INDEX deal_parties_company_deal" in plan


def test_the_writers_reading_cache_matches_what_the_file_holds(seeds_copy: Path, db_path: Path) -> None:
    # The writer extends its cache with the reading in hand instead of reading it back: the
    # two must never differ, or merging would decide on figures the file does not hold.
    from desktop.ingest.importer import run_import
    from desktop.storage.deal_writer import readings_of_deal

    with Store.open(db_path) as store:
        run_import(store, [seeds_copy], workers=1)
        cached = {deal_id: list(readings) for deal_id, readings in store.readings_cache.items()}
        assert len(cached) >= 10
        store.readings_cache.clear()
        for deal_id, readings in cached.items():
            assert readings_of_deal(store, deal_id) == readings, deal_id


def test_a_reader_connection_never_writes(tmp_path: Path) -> None:
    """The window's worker threads read through `Store.reader`: it neither migrates nor closes
    an import run that is still going on."""
    path = tmp_path / "r.sqlite"
    with Store.open(path) as store:
        store.db.execute("INSERT INTO import_runs(started_at, paths, status) VALUES ('2026-01-01', '[]', 'running')")
        store.db.conn.commit()
        reader = Store.reader(path)
        assert reader.db.execute("SELECT status FROM import_runs").fetchone()[0] == "running"
        with pytest.raises(sqlite3.OperationalError):
            reader.db.execute("DELETE FROM import_runs")
        reader.close()


def _import_texts(folder: Path, db_path: Path, texts: dict[str, str]) -> list[tuple[int, int, set[str]]]:
    """Import the texts as files of one folder; each deal as (id, number of articles, party names)."""
    from desktop.ingest.importer import run_import

    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Store.open(db_path) as store:
        run_import(store, [folder], workers=1)
        return [(d, n, {r[0] for r in store.db.execute(
            "SELECT c.name FROM deal_parties dp JOIN companies c ON c.id = dp.company_id WHERE dp.deal_id = ?", [d])})
            for d, n in store.db.execute(
                "SELECT d.id, count(DISTINCT e.article_id) FROM deals d JOIN evidence e ON e.deal_id = d.id"
                " GROUP BY d.id ORDER BY d.amount_usd DESC")]


def test_a_consortium_named_differently_by_two_articles_is_one_deal(tmp_path: Path, db_path: Path) -> None:
    deals = _import_texts(tmp_path / "in", db_path, {
        "a.txt": "15. Oktober 2025\n\nBlackRock, Microsoft und Nvidia übernehmen den Rechenzentrumsbetreiber "
                 "Aligned Data Centers für 40 Milliarden Dollar.\n",
        "b.txt": "October 16, 2025\n\nBlackRock, Microsoft and MGX agreed to buy Aligned Data Centers for "
                 "$40 billion.\n"})
    ((_, articles, parties),) = deals
    assert articles == 2
    assert {"BlackRock", "Microsoft", "Nvidia", "MGX", "Aligned Data Centers"} <= parties


def test_counting_stale_articles_reads_only_an_index(db_path: Path) -> None:
    # the window counts them after every change of the data: never a pass over the texts
    with Store.open(db_path) as store:
        plan = " ".join(str(r) for r in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM articles WHERE extractor_version IS NOT ?", ["1"]))
        assert "COVERING INDEX articles_extractor_version" in plan
        assert store.stale_articles("1") == 0


def test_a_company_cited_by_the_first_word_of_its_name_in_another_article_is_the_same(
        tmp_path: Path, db_path: Path) -> None:
    deals = _import_texts(tmp_path / "in", db_path, {
        "a.txt": "16. Oktober 2024\n\nDer Kreditfonds-Manager Thistlebrook Credit Partners hat dem GPU-Vermieter "
                 "Culverdell Compute Ltd einen Kredit von 240 Millionen Pfund eingeräumt.\n",
        "b.txt": "October 17, 2024\n\nLeeds GPU start-up Culverdell has signed a £240 million loan with the "
                 "private-credit firm Thistlebrook Credit Partners.\n"})
    # one deal of two articles, with one company named as the first article named it; the
    # descriptors are no part of a name
    assert [(n, p) for _, n, p in deals] == [(2, {"Thistlebrook Credit Partners", "Culverdell Compute"})]


def test_each_side_of_one_deal_told_in_its_own_sentence_is_one_deal(tmp_path: Path, db_path: Path) -> None:
    deals = _import_texts(tmp_path / "in", db_path, {"a.txt": (
        "13.06.2025\n\nAmazon kauft Atomstrom für 18 Milliarden Dollar\n\nAmazon Web Services sichert sich "
        "Atomstrom. Der Versorger Talen Energy liefert bis 2042 insgesamt 1,92 Gigawatt aus dem Kernkraftwerk "
        "Susquehanna, wie Talen am Mittwoch mitteilte. Das Unternehmen beziffert den Wert des Vertrags auf rund 18 "
        "Milliarden Dollar.\n\n"
        "Microsoft will 3 Milliarden Euro investieren. Google will 3 Milliarden Euro investieren.\n")})
    parties = [p for _, _, p in deals]
    assert {"Amazon", "Talen Energy"} in parties
    # two companies' own spending plans of one size stay two
    assert {"Microsoft"} in parties and {"Google"} in parties


def test_a_later_article_restating_a_figure_joins_its_deal_despite_a_wrong_other_side(
        tmp_path: Path, db_path: Path) -> None:
    deals = _import_texts(tmp_path / "in", db_path, {
        "a.txt": "3. Dezember 2024\n\nDas Start-up Falajnet hat am Dienstag eine Finanzierungsrunde über "
                 "45 Millionen Dollar abgeschlossen, angeführt von Dhowline Capital.\n",
        "b.txt": "June 12, 2025\n\nNvidia and Dhowline Capital on Monday put $45 million into the start-up, "
                 "a filing shows.\n"})
    assert [(n, "Dhowline Capital" in parties) for _, n, parties in deals] == [(2, True)]


def test_two_articles_each_telling_one_side_of_a_deal_are_one_deal_when_each_names_the_other(
        tmp_path: Path, db_path: Path) -> None:
    texts = {
        "a.txt": "27. Januar 2026\n\nDer Rechenzentrumsbetreiber Morrowgate baut in Luleå. Der Energieversorger "
                 "Älvkraft liefert dafür ab 2027 Strom im Wert von 3,6 Milliarden Kronen.\n",
        "b.txt": "February 2, 2026\n\nThe operator Morrowgate has signed a power supply contract worth SEK 3.6 "
                 "billion for its Luleå campus, which Älvkraft will serve from 2027.\n"}
    deals = _import_texts(tmp_path / "in", db_path, texts)
    assert [(n, p) for _, n, p in deals] == [(2, {"Morrowgate", "Älvkraft"})]


def test_one_sided_reports_of_one_figure_stay_apart_where_an_article_never_names_the_other(
        tmp_path: Path, db_path: Path) -> None:
    deals = _import_texts(tmp_path / "in", db_path, {
        "a.txt": "27. Januar 2026\n\nDer Energieversorger Älvkraft liefert ab 2027 Strom im Wert von 3,6 "
                 "Milliarden Kronen an ein Rechenzentrum.\n",
        "b.txt": "February 2, 2026\n\nThe operator Morrowgate has signed a power supply contract worth SEK 3.6 "
                 "billion for its Luleå campus.\n"})
    assert sorted((n, sorted(p)) for _, n, p in deals) == [(1, ["Morrowgate"]), (1, ["Älvkraft"])]
