"""The one SQLite file that holds articles, deals, their evidence and the user's corrections.

All writes of one imported file happen inside `Store.transaction()`, so an article and
everything extracted from it land together or not at all.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import sqlite_utils

from desktop.resources import load_json
from desktop.storage import schema
from desktop.storage.records import NewArticle


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    def __init__(self, db: sqlite_utils.Database, path: Path | None):
        self.db = db
        self.path = path
        # deal id -> its readings (see deal_writer.readings_of_deal); every path that moves
        # evidence between deals clears it, and so does a rolled-back transaction
        self.readings_cache: dict[int, list] = {}
        self._company_ids: dict[str, int] = {}  # companies are never deleted, so ids stay valid
        self._pending_companies: dict[str, int] = {}
        # whether the corrections table has rows; None = not known (see corrections.py)
        self.has_corrections: bool | None = None

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str | None) -> "Store":
        """Open (creating if needed) and migrate; `None` gives an in-memory store for tests."""
        if path is None:
            db = sqlite_utils.Database(memory=True)
            file_path = None
        else:
            file_path = Path(path).expanduser()
            file_path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite_utils.Database(file_path)
            db.enable_wal()
            # In WAL mode NORMAL keeps the file consistent after a crash; only the last
            # commits may be lost on power failure — and a re-import restores those.
            db.execute("PRAGMA synchronous = NORMAL")
        # 64 MB of page cache: deal matching reads indexes all over a growing file
        db.execute("PRAGMA cache_size = -65536")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 10000")
        store = cls(db, file_path)
        store._migrate_with_backup()
        store._close_stale_runs()
        store.sync_companies()
        return store

    @classmethod
    def reader(cls, path: Path | str) -> "Store":
        """A second, read-only connection to a store another connection has opened (and
        migrated): for reading on a worker thread while the window's connection stays with the
        GUI thread. It neither migrates nor writes."""
        db = sqlite_utils.Database(sqlite3.connect(Path(path).expanduser()))
        db.execute("PRAGMA query_only = ON")
        db.execute("PRAGMA cache_size = -65536")
        db.execute("PRAGMA busy_timeout = 10000")
        return cls(db, Path(path).expanduser())

    def interrupt(self) -> None:
        """Abort the query running on this connection (callable from any thread)."""
        self.db.conn.interrupt()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _migrate_with_backup(self) -> None:
        version = schema.user_version(self.db.conn)
        if 0 < version < schema.LATEST_VERSION and self.path is not None:
            # A copy of the old file first: a failed migration must never cost the user data.
            backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copy2(self.path, backup)
        schema.migrate(self.db)

    def _close_stale_runs(self) -> None:
        """A run still 'running' whose process is gone was killed: say so in the log. One whose
        process still runs (an import in another window or terminal) is left alone."""
        here = socket.gethostname()
        stale = [run_id for run_id, pid, host in self.db.execute(
            "SELECT id, pid, host FROM import_runs WHERE status = 'running'")
            if pid is None or host != here or not _process_alive(pid)]
        if stale:
            with self.transaction():
                self.db.execute(
                    f"UPDATE import_runs SET status = 'interrupted' WHERE id IN ({','.join('?' * len(stale))})",
                    stale)

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        outermost = not self.db.conn.in_transaction
        try:
            with self.db.atomic():
                yield self
        except BaseException:
            self.readings_cache.clear()  # it may hold readings that were just rolled back
            self._pending_companies.clear()
            raise
        if outermost:
            self._company_ids.update(self._pending_companies)
            self._pending_companies.clear()

    @property
    def schema_version(self) -> int:
        return schema.user_version(self.db.conn)

    # --- companies -----------------------------------------------------------------------
    def sync_companies(self) -> None:
        """Bring the curated alias table from resources/ into the file (new names only)."""
        curated = load_json("companies.json")["companies"]
        with self.transaction():
            for name, aliases in curated.items():
                cid = self.company_id(name, curated=True)
                for alias in {name, *aliases}:
                    self.db.execute(
                        "INSERT OR IGNORE INTO company_aliases(alias, company_id) VALUES (?, ?)",
                        [alias, cid],
                    )

    def company_id(self, name: str, curated: bool = False) -> int:
        cached = self._company_ids.get(name) or self._pending_companies.get(name)
        if cached is not None:
            return cached
        cid = self._lookup_company(name, curated)
        if not self.db.conn.in_transaction:
            self._company_ids[name] = cid
        else:
            # a new company may still be rolled back with its transaction: remember it only
            # once it is known to exist outside this transaction
            self._pending_companies[name] = cid
        return cid

    def _lookup_company(self, name: str, curated: bool) -> int:
        row = self.db.execute(
            "SELECT company_id FROM company_aliases WHERE alias = ?", [name]
        ).fetchone()
        if row:
            return row[0]
        row = self.db.execute("SELECT id FROM companies WHERE name = ?", [name]).fetchone()
        if row:
            return row[0]
        cur = self.db.execute(
            "INSERT INTO companies(name, curated) VALUES (?, ?)", [name, int(curated)]
        )
        return cur.lastrowid

    # --- articles ------------------------------------------------------------------------
    def has_article(self, sha256: str) -> bool:
        return bool(
            self.db.execute("SELECT 1 FROM articles WHERE sha256 = ?", [sha256]).fetchone()
        )

    def insert_article(self, article: NewArticle, extractor_version: str) -> int:
        row = {
            "file_name": article.file_name,
            "path": article.path,
            "sha256": article.sha256,
            "title": article.title,
            "outlet": article.outlet,
            "language": article.language,
            "published": article.published,
            "published_precision": article.published_precision,
            "published_source": article.published_source,
            "encoding": article.encoding,
            "imported_at": now_iso(),
            "extractor_version": extractor_version,
            "text": article.text,
        }
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cur = self.db.execute(f"INSERT INTO articles({cols}) VALUES ({marks})", list(row.values()))
        return cur.lastrowid

    def count(self, table: str) -> int:
        return self.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]

    def stale_articles(self, current_version: str) -> int:
        """Articles read by another extractor version than `current_version`: re-extracting
        them brings what the newer extractor finds."""
        return self.db.execute("SELECT count(*) FROM articles WHERE extractor_version IS NOT ?",
                               [current_version]).fetchone()[0]

    # --- import runs ---------------------------------------------------------------------
    def begin_run(self, paths: list[str]) -> int:
        with self.transaction():
            cur = self.db.execute(
                "INSERT INTO import_runs(started_at, paths, status, pid, host) VALUES (?, ?, 'running', ?, ?)",
                [now_iso(), json.dumps(paths, ensure_ascii=False), os.getpid(), socket.gethostname()],
            )
        return cur.lastrowid

    def record_failure(self, run_id: int, path: str, reason: str) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO import_failures(run_id, path, reason) VALUES (?, ?, ?)",
                [run_id, path, reason],
            )

    def finish_run(self, run_id: int, status: str, imported: int, duplicates: int, failed: int) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE import_runs SET finished_at = ?, status = ?, imported = ?, duplicates = ?,"
                " failed = ? WHERE id = ?",
                [now_iso(), status, imported, duplicates, failed, run_id],
            )

    # --- search --------------------------------------------------------------------------
    def search_articles(self, query: str, limit: int = 100) -> list[int]:
        """Article ids whose title or text match an FTS5 query, best first."""
        rows = self.db.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            [_fts_query(query), limit],
        ).fetchall()
        return [r[0] for r in rows]

    def search_deals(self, query: str, limit: int = 1000) -> list[int]:
        """Deal ids whose evidence sentences match, best first."""
        rows = self.db.execute(
            "SELECT DISTINCT e.deal_id FROM evidence_fts f JOIN evidence e ON e.id = f.rowid"
            " WHERE evidence_fts MATCH ? ORDER BY f.rank LIMIT ?",
            [_fts_query(query), limit],
        ).fetchall()
        return [r[0] for r in rows]


def _fts_query(text: str) -> str:
    """User words as FTS5 prefix terms; quoting keeps their punctuation from being syntax."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words) or '""'


def default_db_path() -> Path:
    """Where the database lives when neither --db nor DEAL_TIMELINE_DB says otherwise.

    This mirrors Qt's QStandardPaths.AppDataLocation for organisation and application
    "Deal Timeline" without importing Qt, so the command line stays headless; a GUI test
    checks that the two agree.
    """
    override = os.environ.get("DEAL_TIMELINE_DB")
    if override:
        return Path(override).expanduser()
    return app_data_dir() / "deals.sqlite"


def app_data_dir() -> Path:
    app = Path("Deal Timeline") / "Deal Timeline"
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / app
    if os.uname().sysname == "Darwin":
        return Path.home() / "Library" / "Application Support" / app
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / app


def _process_alive(pid: int) -> bool:
    """Whether a process of this machine still runs. Windows has no harmless probe in the
    standard library (os.kill would end the process), so there a run left running counts
    as interrupted, as before."""
    if os.name == "nt":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True

