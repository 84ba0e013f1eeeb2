"""The command line end to end, and proof that its paths never import Qt."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

CLI = [sys.executable, "-m", "desktop"]

# Run in a child interpreter in which importing PySide6 raises: any Qt import on a CLI path fails.
NO_QT = textwrap.dedent("""
    import sys
    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split('.')[0] in ('PySide6', 'shiboken6'):
                raise ImportError('Qt imported on a command-line path: ' + name)
    sys.meta_path.insert(0, BlockQt())
    from desktop.cli.main import main
    sys.exit(main(sys.argv[1:]))
""")


def run(*args: str, stdin: str | None = None, no_qt: bool = True) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-c", NO_QT, *args] if no_qt else [*CLI, *args]
    return subprocess.run(cmd, cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PYTHONIOENCODING="utf-8"))


def test_version_and_help_on_every_subcommand() -> None:
    from desktop import __version__

    out = run("--version", no_qt=False)
    assert out.returncode == 0 and __version__ in out.stdout
    for sub in ("import", "export", "extract", "reextract", "render"):
        res = run(sub, "--help")
        assert res.returncode == 0 and "usage: deal-timeline " + sub in res.stdout, res.stderr


def test_db_before_the_command_is_used(seeds_copy: Path, tmp_path: Path, monkeypatch) -> None:
    """`deal-timeline --db FILE import …` writes to FILE, never to the default database."""
    from desktop.cli.main import build_parser

    default = tmp_path / "default.sqlite"
    monkeypatch.setenv("DEAL_TIMELINE_DB", str(default))
    db = tmp_path / "chosen.sqlite"
    for command in (["import", "x"], ["export"], ["render", "-o", "o.png"], ["reextract"]):
        assert build_parser().parse_args(["--db", str(db), *command]).db == db, command
        assert build_parser().parse_args([*command, "--db", str(db)]).db == db, command
    res = subprocess.run([*CLI, "--db", str(db), "import", str(seeds_copy)], cwd=ROOT, capture_output=True,
                         text=True, timeout=300, env=dict(os.environ, DEAL_TIMELINE_DB=str(default)))
    assert res.returncode == 0, res.stderr
    assert db.exists() and not default.exists()


def test_import_export_on_the_seeds_without_qt(seeds_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    res = run("import", str(seeds_copy), "--db", str(db))
    assert res.returncode == 0, res.stderr
    assert "5 imported, 0 duplicate(s) skipped, 0 failed" in res.stdout
    again = run("import", str(seeds_copy), "--db", str(db))
    assert again.returncode == 0 and "0 imported, 5 duplicate(s) skipped" in again.stdout
    out = run("export", "--db", str(db))
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) >= 5
    assert all(r["sources"] for r in rows)
    assert any(set(r["parties"].split("; ")) == {"Oracle", "OpenAI"} and r["amount"] == "30000000000"
               for r in rows)
    target = tmp_path / "de.csv"
    res = run("export", "--db", str(db), "-o", str(target), "--dialect", "excel-de")
    assert res.returncode == 0 and target.read_bytes().startswith(b"\xef\xbb\xbf")
    scored = subprocess.run([sys.executable, str(SHARED / "tools" / "score_deals.py"),
                             str(SHARED / "gold" / "seeds.json"), str(target)],
                            capture_output=True, text=True, check=True)
    assert "deals F1" in scored.stdout


def test_import_reports_failures_with_exit_status_1(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text("Amazon investiert 4 Milliarden Dollar in Anthropic.", encoding="utf-8")
    (tmp_path / "in" / "bad.pdf").write_bytes(b"%PDF-1.7")
    res = run("import", str(tmp_path / "in"), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "d.sqlite"))
    assert res.returncode == 1
    assert "1 imported, 0 duplicate(s) skipped, 2 failed" in res.stdout
    assert "bad.pdf" in res.stderr and "missing.txt" in res.stderr


@pytest.mark.parametrize("args", [("import",), ("export", "--dialect", "lotus"), ("extract",), ("frobnicate",),
                                  ("extract", "-", "--published", "gestern")])
def test_usage_errors_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    assert run(*args, stdin="").returncode == 2


def test_export_without_a_database_is_a_clear_usage_error(tmp_path: Path) -> None:
    res = run("export", "--db", str(tmp_path / "none.sqlite"))
    assert res.returncode == 2 and "import articles first" in res.stderr


def test_extract_json_from_stdin() -> None:
    text = "Amazon investiert rund vier Milliarden US-Dollar in Anthropic, teilte das Unternehmen am Montag mit."
    res = run("extract", "-", "--published", "2025-03-05", "--json", stdin=text)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert {"dates", "amounts", "numbers", "organizations", "deals"} <= set(data)
    assert {o["name"] for o in data["organizations"]} >= {"Amazon", "Anthropic"}
    (deal,) = data["deals"]
    assert deal["amount"] == 4e9 and deal["currency"] == "USD"
    assert text[slice(*deal["spans"]["amount"])].startswith("rund vier Milliarden")


def test_extract_jsonl_round_trip() -> None:
    lines = [
        {"id": "a", "text": "Oracle schloss im Juni 2025 einen Vertrag über 30 Milliarden Dollar mit OpenAI.",
         "published": "2025-07-01T08:00:00"},
        {"id": "b", "text": "", "published": None},
    ]
    res = run("extract", "--jsonl", stdin="\n".join(json.dumps(x) for x in lines))
    assert res.returncode == 0, res.stderr
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert any(d["value"] == "2025-06" and d["range_start"] == "2025-06-01" and d["range_end"] == "2025-07-01"
               for d in out[0]["dates"])
    assert out[0]["amounts"][0]["value"] == 30e9
    assert out[1]["deals"] == []


def test_extract_jsonl_rejects_garbage_with_exit_2() -> None:
    res = run("extract", "--jsonl", stdin="{not json}\n")
    assert res.returncode == 2 and "line 1" in res.stderr


def test_reextract_keeps_the_deals(seeds_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    assert run("import", str(seeds_copy), "--db", str(db)).returncode == 0
    before = run("export", "--db", str(db)).stdout
    res = run("reextract", "--db", str(db))
    assert res.returncode == 0 and "re-extracted 5 article(s)" in res.stdout
    after = run("export", "--db", str(db)).stdout

    def key(text: str) -> list[tuple[str, str, str]]:
        return sorted((r["parties"], r["amount"], r["sources"]) for r in csv.DictReader(io.StringIO(text)))

    assert key(before) == key(after)


def test_import_says_when_stored_articles_were_read_by_an_older_extractor(seeds_copy: Path, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "o.sqlite"
    assert run("import", str(seeds_copy / "000_cfc422cd6dcfa97c.txt"), "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET extractor_version = '1'")
    res = run("import", str(seeds_copy), "--db", str(db))
    assert res.returncode == 0 and "1 stored article(s) were read by an older extractor" in res.stderr
    assert "deal-timeline reextract --db" in res.stderr


def test_db_from_environment_variable(seeds_copy: Path, tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("DEAL_TIMELINE_DB", str(db))
    assert run("import", str(seeds_copy / "000_cfc422cd6dcfa97c.txt")).returncode == 0
    assert db.exists()


@pytest.mark.parametrize("kind,target", [("dates", 0.90), ("money", 0.95), ("numbers", 0.95)])
def test_conformance_through_the_command_line(kind: str, target: float, tmp_path: Path) -> None:
    """The third-party cases, fed to `extract --jsonl` as they are and scored by the shared tool."""
    cases = SHARED / "conformance" / "recognizers-de" / f"{kind}.jsonl"
    out = tmp_path / f"{kind}.jsonl"
    res = run("extract", "--jsonl", str(cases))
    assert res.returncode == 0, res.stderr
    out.write_text(res.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(SHARED / "tools" / "score_mentions.py"), str(cases), str(out)],
                            capture_output=True, text=True, check=True).stdout
    passed, total = (int(x) for x in scored.strip().splitlines()[-1].split()[0].split("/"))
    assert passed / total >= target, scored
