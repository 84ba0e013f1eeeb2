"""The database schema as numbered migrations.

`PRAGMA user_version` holds the version a file has reached. Migrations only ever run
forward and in order; a file written by a newer program is refused rather than damaged.
Each step is SQL (or a small function) that takes version N-1 to N; never edit a released
step, add a new one.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

import sqlite_utils

V1_CORE = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    title TEXT,
    outlet TEXT,
    language TEXT,
    published TEXT,
    published_precision TEXT,
    published_source TEXT,
    encoding TEXT,
    imported_at TEXT NOT NULL,
    extractor_version TEXT,
    text TEXT NOT NULL
);
CREATE TABLE companies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    curated INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE company_aliases (
    alias TEXT PRIMARY KEY COLLATE NOCASE,
    company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE
);
CREATE TABLE deals (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    amount REAL,
    amount_max REAL,
    currency TEXT,
    qualifier TEXT,
    amount_usd REAL,
    date TEXT,
    date_precision TEXT,
    term_start TEXT,
    term_end TEXT,
    title TEXT NOT NULL DEFAULT ''
);
CREATE TABLE deal_parties (
    deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    role TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (deal_id, company_id)
);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence TEXT NOT NULL
);
CREATE TABLE import_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    paths TEXT NOT NULL,
    status TEXT NOT NULL,
    imported INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE import_failures (
    run_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX evidence_deal ON evidence(deal_id);
CREATE INDEX evidence_article ON evidence(article_id);
CREATE INDEX deal_parties_company ON deal_parties(company_id);
CREATE INDEX deals_date ON deals(date);
"""

# v2: each source's own reading of a deal (its amount, status, date...) beside the evidence,
# the user's corrections kept apart from extractor output, and full-text search.
V2_READINGS = """
ALTER TABLE evidence ADD COLUMN kind TEXT;
ALTER TABLE evidence ADD COLUMN status TEXT;
ALTER TABLE evidence ADD COLUMN amount REAL;
ALTER TABLE evidence ADD COLUMN amount_max REAL;
ALTER TABLE evidence ADD COLUMN currency TEXT;
ALTER TABLE evidence ADD COLUMN qualifier TEXT;
ALTER TABLE evidence ADD COLUMN date TEXT;
ALTER TABLE evidence ADD COLUMN date_precision TEXT;
ALTER TABLE evidence ADD COLUMN term_start TEXT;
ALTER TABLE evidence ADD COLUMN term_end TEXT;
ALTER TABLE evidence ADD COLUMN parties TEXT;
ALTER TABLE evidence ADD COLUMN spans TEXT;
ALTER TABLE evidence ADD COLUMN anchor TEXT;
ALTER TABLE evidence ADD COLUMN amount_usd REAL;
ALTER TABLE evidence ADD COLUMN date_inferred INTEGER NOT NULL DEFAULT 0;
ALTER TABLE evidence ADD COLUMN per_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deals ADD COLUMN discrepancies TEXT;
ALTER TABLE deals ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deals ADD COLUMN corrected TEXT;
ALTER TABLE deals ADD COLUMN party_key TEXT;
ALTER TABLE deals ADD COLUMN amount_eur REAL;
CREATE INDEX deals_party_key ON deals(party_key);
CREATE INDEX deals_amount_usd ON deals(amount_usd);
CREATE INDEX evidence_anchor ON evidence(anchor);
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    anchor TEXT NOT NULL,
    op TEXT NOT NULL,
    field TEXT,
    value TEXT,
    other_anchor TEXT,
    created_at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX corrections_anchor ON corrections(anchor);
"""


def _fts_sql(table: str, columns: list[str]) -> str:
    """An external-content FTS5 index kept current by triggers, so no write path can forget it."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    return f"""
CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
  INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});
END;
CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
  INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});
END;
CREATE TRIGGER {table}_au AFTER UPDATE OF {cols} ON {table} BEGIN
  INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});
  INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});
END;
INSERT INTO {fts}({fts}) VALUES ('rebuild');
"""


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run statements one by one: `executescript` would COMMIT the migration's transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending[:80]!r}")


# The writer looks for deals with more parties than a new reading names, company by company:
# a covering index answers that without visiting each party row (the import's hottest query).
# The EUR display currency sorts and filters by amount_eur as USD does by amount_usd.
V3_PARTY_INDEX = """
CREATE INDEX deal_parties_company_deal ON deal_parties(company_id, deal_id);
DROP INDEX deal_parties_company;
CREATE INDEX deals_amount_eur ON deals(amount_eur);
"""

# Which process runs an import: a run left "running" is marked interrupted on opening only when
# its process is gone, not while a second program (the window, an export) opens the file.
# The window counts articles an older extractor read after every change of the data: from the
# index, not by reading every article's text.
V4_RUN_OWNER = """
ALTER TABLE import_runs ADD COLUMN pid INTEGER;
ALTER TABLE import_runs ADD COLUMN host TEXT;
CREATE INDEX articles_extractor_version ON articles(extractor_version);
"""

MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    lambda db: run_script(db, V1_CORE),
    lambda db: run_script(
        db, V2_READINGS + _fts_sql("articles", ["title", "text"]) + _fts_sql("evidence", ["sentence"])
    ),
    lambda db: run_script(db, V3_PARTY_INDEX),
    lambda db: run_script(db, V4_RUN_OWNER),
]
LATEST_VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):
    pass


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, target: int = LATEST_VERSION) -> list[int]:
    """Run the missing steps up to `target`, each in its own transaction; return those run."""
    current = user_version(db.conn)
    if current > LATEST_VERSION:
        raise SchemaTooNew(
            f"the database has schema version {current}, this program knows up to "
            f"{LATEST_VERSION}: update Deal Timeline to open it"
        )
    ran = []
    for version in range(current + 1, target + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
        ran.append(version)
    return ran
