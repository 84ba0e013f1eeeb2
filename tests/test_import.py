"""Importing files: good and bad input, duplicates, one transaction per file, kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.ingest import importer
from desktop.ingest.importer import DUPLICATE, FAILED, IMPORTED, import_paths, run_import
from desktop.ingest.pool import PARALLEL_THRESHOLD
from desktop.storage.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEAL_TEXT = "Oracle unterzeichnete im Juni 2025 einen 30-Milliarden-Dollar-Vertrag über Cloud-Services mit OpenAI."


def write_mixed_folder(folder: Path) -> dict[str, str]:
    """Good files and every kind of bad one; returns bad file name -> expected reason fragment."""
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(f"date 2025-07-01\n{DEAL_TEXT}\n", encoding="utf-8")
    (folder / "sub" / "latin.txt").write_bytes(
        "Die Übernahme: Amazon investiert rund 4 Milliarden Dollar in Anthropic. Größe!".encode("cp1252"))
    (folder / "sub" / "page.html").write_text(
        "<html><head><title>Deal</title></head><body><nav>Menü Home Login</nav><article><h1>Deal</h1>"
        f"<p>{DEAL_TEXT} Das ist eine lange Meldung über die Cloud-Verträge von Oracle und OpenAI, "
        "die seit Monaten verhandelt wurden und nun unterzeichnet sind.</p></article>"
        "<footer>Impressum</footer></body></html>", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (folder / "paper.pdf").write_bytes(b"%PDF-1.4\n%...")
    (folder / "dangling.txt").symlink_to(folder / "does-not-exist.txt")
    return {"empty.txt": "empty", "binary.txt": "binary", "paper.pdf": ".pdf", "dangling.txt": ""}


def test_seeds_import_then_reimport_changes_nothing(seeds_copy: Path, db_path: Path) -> None:
    with Store.open(db_path) as store:
        summary = run_import(store, [seeds_copy], workers=1)
        assert len(summary.of(IMPORTED)) == 5 and summary.ok
        counts = {t: store.count(t) for t in ("articles", "deals", "evidence")}
        assert counts["deals"] > 5
        again = run_import(store, [seeds_copy], workers=1)
        assert len(again.of(DUPLICATE)) == 5 and not again.of(IMPORTED)
        assert {t: store.count(t) for t in counts} == counts


def test_publication_date_and_its_source_are_stored(seeds_copy: Path, db_path: Path) -> None:
    with Store.open(db_path) as store:
        run_import(store, [seeds_copy], workers=1)
        rows = dict(store.db.execute("SELECT file_name, published FROM articles").fetchall())
        assert rows["000_cfc422cd6dcfa97c.txt"] == "2025-11-21"
        assert rows["002_b7600d6355574649.txt"] == "2025-09-29"
        assert rows["004_40325a292157e144.txt"] == "2026-01-21"
        assert rows["001_e9ea48d6687a01b8.txt"] is None  # unknown stays unknown: no file mtime
        sources = {r[0] for r in store.db.execute("SELECT published_source FROM articles")}
        assert None in sources and len(sources) >= 3


def test_bad_files_are_skipped_with_reasons_and_good_ones_still_import(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "mixed"
    bad = write_mixed_folder(folder)
    with Store.open(db_path) as store:
        summary = run_import(store, [folder], workers=1)
        imported = sorted(Path(o.path).name for o in summary.of(IMPORTED))
        assert imported == ["good.txt", "latin.txt", "page.html"]
        failed = {Path(o.path).name: o.reason for o in summary.of(FAILED)}
        assert set(failed) == set(bad)
        for name, fragment in bad.items():
            assert fragment in failed[name] and failed[name].strip()
        latin = store.db.execute("SELECT text FROM articles WHERE file_name = 'latin.txt'").fetchone()[0]
        assert "Übernahme" in latin and "Größe" in latin
        logged = store.db.execute("SELECT count(*) FROM import_failures").fetchone()[0]
        assert logged == len(bad)
        assert store.db.execute("SELECT status, failed FROM import_runs").fetchone() == ("completed", len(bad))


def test_a_file_that_fails_while_storing_leaves_no_half_article(
    seeds_copy: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importer.save_article_deals

    def explode_on_foxconn(store, article_id, sha, published, deals):
        real(store, article_id, sha, published, deals)  # article and some deals written …
        if any(p.name == "Foxconn" for d in deals for p in d.parties):
            raise RuntimeError("disk full")  # … then the file fails

    monkeypatch.setattr(importer, "save_article_deals", explode_on_foxconn)
    with Store.open(db_path) as store:
        summary = run_import(store, [seeds_copy], workers=1)
        failed = [Path(o.path).name for o in summary.of(FAILED)]
        assert failed and all("disk full" in o.reason for o in summary.of(FAILED))
        stored = {r[0] for r in store.db.execute("SELECT file_name FROM articles")}
        assert not stored & set(failed)
        orphans = store.db.execute(
            "SELECT count(*) FROM evidence e LEFT JOIN articles a ON a.id = e.article_id WHERE a.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0


def test_cancel_stops_between_files_and_logs_the_run(seeds_copy: Path, db_path: Path) -> None:
    with Store.open(db_path) as store:
        job = import_paths(store, [seeds_copy], workers=1)
        first = next(job)
        assert first.done == 1 and first.total == 5
        job.close()
        # the file reported is committed with its batch; nothing after it was written
        assert store.count("articles") == 1
        assert store.db.execute("SELECT status, imported FROM import_runs").fetchone() == ("cancelled", 1)


def test_a_failing_file_inside_a_batch_leaves_nothing_and_the_others_land(
    seeds_copy: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importer.save_article_deals
    victim = sorted(seeds_copy.iterdir())[2].name

    def save(store, article_id, sha, published, deals):
        real(store, article_id, sha, published, deals)
        name = store.db.execute("SELECT file_name FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        if name == victim:  # after its deals were written: the savepoint must undo all of it
            raise RuntimeError("disk trouble")

    monkeypatch.setattr(importer, "save_article_deals", save)
    with Store.open(db_path) as store:
        summary = run_import(store, [seeds_copy], workers=1)
        assert [Path(o.path).name for o in summary.of(FAILED)] == [victim]
        assert store.count("articles") == 4
        assert victim not in {r[0] for r in store.db.execute("SELECT file_name FROM articles")}
        orphans = store.db.execute(
            "SELECT count(*) FROM evidence e LEFT JOIN articles a ON a.id = e.article_id WHERE a.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        assert store.db.execute("SELECT count(*) FROM deals WHERE id NOT IN (SELECT deal_id FROM evidence)").fetchone()[0] == 0


def test_parallel_import_matches_sequential(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(PARALLEL_THRESHOLD + 6):
        (folder / f"{i:03d}.txt").write_text(f"date 2025-0{1 + i % 9}-01\nMeldung {i}. {DEAL_TEXT}\n", encoding="utf-8")
    results = []
    for workers, name in ((1, "a.sqlite"), (2, "b.sqlite")):
        with Store.open(tmp_path / name) as store:
            summary = run_import(store, [folder], workers=workers)
            assert len(summary.of(IMPORTED)) == PARALLEL_THRESHOLD + 6
            results.append(sorted(store.db.execute("SELECT file_name, sha256 FROM articles").fetchall()))
    assert results[0] == results[1]


def test_kill_9_mid_import_loses_only_the_uncommitted_batch_and_rerun_completes(tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    total = 400
    for i in range(total):
        (folder / f"{i:04d}.txt").write_text(
            f"date 2025-06-{1 + i % 28:02d}\nMeldung Nummer {i}.\n{DEAL_TEXT}\n" + "Fülltext. " * 200,
            encoding="utf-8")
    db = tmp_path / "k.sqlite"
    cmd = [sys.executable, "-m", "desktop", "import", str(folder), "--db", str(db), "--workers", "1", "-q"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    count = 0
    while time.time() < deadline and count < 20:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db, timeout=5) as conn:
                count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            count = 0
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < count < total, "the import must be killed midway"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # every stored article has its deal: no article landed without what was extracted from it
    assert conn.execute(
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.article_id = a.id)"
    ).fetchone()[0] == 0
    conn.close()
    rerun = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM articles").fetchone() == (total, total)
    statuses = [r[0] for r in conn.execute("SELECT status FROM import_runs ORDER BY id")]
    assert statuses == ["interrupted", "completed"]
    conn.close()
