"""Path on disk → normalised article text plus metadata, or a one-line ReadError."""

from __future__ import annotations

import builtins
import codecs
import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.ingest import reader
from desktop.ingest.reader import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    ReadError,
    SourceText,
    content_hash,
    discover,
    guess_language,
    guess_outlet,
    guess_title,
    normalise_text,
    read_article,
)
from desktop.resources import SEEDS_DIR

ARTICLE = (
    "Übernahme im KI-Markt\n"
    "\n"
    "21.01.2026 - 14:01:12\n"
    "\n"
    "Die Größe des Deals überrascht: Amazon zahlt 10 Mrd. € für die Beteiligung.\n"
    "Jörg Müller aus Köln hält das für „äußerst riskant“ – und für teuer.\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- encodings and line endings -----------------------------------------------------------


@pytest.mark.parametrize(
    ("encode", "label"),
    [
        (lambda s: s.encode("utf-8"), "utf-8"),
        (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig"),
        (lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), "utf-16"),
        (lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16"),
        (lambda s: s.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "cp1252"],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_same_text_and_hash_for_every_encoding_and_line_ending(tmp_path, encode, label, newline) -> None:
    path = _write(tmp_path, "artikel.txt", encode(ARTICLE.replace("\n", newline)))
    source = read_article(path)
    assert source.text == ARTICLE.strip("\n")
    assert content_hash(source.text) == content_hash(ARTICLE)
    assert source.encoding == label
    assert "Größe" in source.text and "€" in source.text and "Übernahme" in source.text


def test_latin1_file(tmp_path: Path) -> None:
    text = "Übernahme perfekt\n\nDie Größe des Deals: 10 Mrd. Euro. Straße, Öl, Maß.\n"
    source = read_article(_write(tmp_path, "alt.txt", text.encode("latin-1")))
    assert source.text == text.strip()
    assert content_hash(source.text) == content_hash(text)


def test_crlf_and_lf_files_are_duplicates(tmp_path: Path) -> None:
    a = read_article(_write(tmp_path, "a.txt", ARTICLE.encode("utf-8")))
    b = read_article(_write(tmp_path, "b.md", codecs.BOM_UTF8 + ARTICLE.replace("\n", "\r\n").encode("utf-8")))
    assert a.text == b.text
    assert content_hash(a.text) == content_hash(b.text)


# --- normalise_text and content_hash ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffText", "Text"),
        ("a\r\nb\rc\n", "a\nb\nc"),
        ("Zeile   \t\nzwei  ", "Zeile\nzwei"),
        ("a\n\n\n\n\n\nb", "a\n\n\nb"),  # 5 blank lines → 2
        ("a\n\n\nb", "a\n\n\nb"),  # 2 blank lines stay
        ("\n\n  \n\t\nText\n\n \n", "Text"),
        ("  eingerückt bleibt", "  eingerückt bleibt"),
        (" date 2025-11-21 Text", " date 2025-11-21 Text"),
        ("Gro\u0308\u00dfe", "Größe"),  # NFD → NFC
        ("a\u2028b", "a\nb"),
        ("", ""),
    ],
)
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
@settings(max_examples=300, deadline=None)
def test_normalise_text_is_idempotent(raw: str) -> None:
    once = normalise_text(raw)
    assert normalise_text(once) == once
    assert "\r" not in once and "\ufeff" not in once
    assert "\n\n\n\n" not in once
    assert content_hash(raw) == content_hash(once)


def test_content_hash_is_sha256_of_normalised_text() -> None:
    import hashlib

    assert content_hash("Text\r\n") == hashlib.sha256(b"Text").hexdigest()
    assert content_hash("a") != content_hash("b")


# --- HTML files -------------------------------------------------------------------------

HTML = """<!DOCTYPE html><html lang="de"><head><meta charset="{charset}">
<title>Chip-Deal | Tech-Blatt</title>
<meta property="og:site_name" content="Tech-Blatt">
<meta property="article:published_time" content="2025-03-04T10:00:00+01:00">
<script>var SCRIPT_JUNK = 1;</script></head>
<body><nav><a href="/">NAV_JUNK Startseite</a></nav>
<div class="cookie-banner">COOKIE_JUNK Wir nutzen Cookies</div>
<article><h1>Chip-Deal: Nvidia liefert an OpenAI</h1>
<p>Die Größe des Auftrags überrascht: OpenAI kauft Chips für zehn Milliarden €. Die
Übernahme weiterer Rechenzentren ist geplant. Nvidia bestätigte den Vertrag am Dienstag.</p>
<p>Der Deal ist Teil einer Reihe von Vereinbarungen, mit denen OpenAI seine Rechenkapazität
ausbaut. Analysten halten das Volumen für beispiellos.</p>{extra}</article>
<footer>FOOTER_JUNK Impressum</footer></body></html>
"""


def test_html_file(tmp_path: Path) -> None:
    source = read_article(_write(tmp_path, "seite.html", HTML.format(charset="utf-8", extra="").encode("utf-8")))
    assert source.title == "Chip-Deal: Nvidia liefert an OpenAI"
    assert source.outlet == "Tech-Blatt"
    assert (source.published, source.published_precision, source.published_source) == ("2025-03-04", "day", "html:meta")
    assert source.language == "de"
    assert "OpenAI kauft Chips für zehn Milliarden €" in source.text
    for junk in ("SCRIPT_JUNK", "NAV_JUNK", "COOKIE_JUNK", "FOOTER_JUNK"):
        assert junk not in source.text


def test_html_text_marker_beats_metadata(tmp_path: Path) -> None:
    markup = HTML.format(charset="utf-8", extra="<p>Quelle: https://example.com/2025/01/02/chip-deal</p>")
    source = read_article(_write(tmp_path, "seite.htm", markup.encode("utf-8")))
    assert (source.published, source.published_source) == ("2025-01-02", "text:source-url")


def test_html_in_declared_legacy_charset(tmp_path: Path) -> None:
    markup = HTML.format(charset="windows-1252", extra="")
    source = read_article(_write(tmp_path, "alt.HTML", markup.encode("cp1252")))
    assert "Die Größe des Auftrags überrascht" in source.text
    assert source.encoding == "cp1252"


def test_web_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    source = read_article(_write(tmp_path, "gespeichert.txt", HTML.format(charset="utf-8", extra="").encode()))
    assert "SCRIPT_JUNK" not in source.text
    assert source.title == "Chip-Deal: Nvidia liefert an OpenAI"


def test_html_page_without_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "leer.html", b"<html><head><script>x()</script></head><body></body></html>")
    with pytest.raises(ReadError, match="no article text"):
        read_article(path)


# --- bad inputs -----------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("leer.txt", b"", "empty file"),
        ("leer.md", b" \n\t\r\n  \n", "empty file (only whitespace)"),
        ("leer-bom.txt", codecs.BOM_UTF8 + b"\n\n", "empty file (only whitespace)"),
        ("bild.txt", PNG, "binary file, not text"),
        ("dokument.pdf", b"%PDF-1.7", "unsupported file type .pdf; supported: .htm, .html, .md, .txt"),
        ("brief.docx", b"PK\x03\x04", "unsupported file type .docx; supported: .htm, .html, .md, .txt"),
        ("LIESMICH", b"Text", "unsupported file type (no extension); supported: .htm, .html, .md, .txt"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(ReadError) as info:
        read_article(_write(tmp_path, name, data))
    assert str(info.value) == message
    assert str(tmp_path) not in str(info.value)  # the caller adds the path


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "weg.txt"
    link.symlink_to(tmp_path / "gibt-es-nicht.txt")
    with pytest.raises(ReadError, match="broken symbolic link"):
        read_article(link)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="file not found"):
        read_article(tmp_path / "fehlt.txt")


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "ordner.txt").mkdir()
    with pytest.raises(ReadError, match="is a folder, not a file"):
        read_article(tmp_path / "ordner.txt")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "geheim.txt", b"Text")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # running as root: chmod 000 does not stop reading
            real_open = builtins.open

            def refuse(file, *args, **kwargs):  # type: ignore[no-untyped-def]
                if Path(file) == path:
                    raise PermissionError(13, "Permission denied", str(file))
                return real_open(file, *args, **kwargs)

            monkeypatch.setattr(builtins, "open", refuse)
        with pytest.raises(ReadError, match="permission denied"):
            read_article(path)
    finally:
        path.chmod(0o644)


def test_fifo_is_not_opened(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="not a regular file"):
        read_article(fifo)  # would block forever if it were opened


def test_oversized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert MAX_FILE_BYTES == 20 * 1024 * 1024
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1024)
    path = _write(tmp_path, "gross.txt", b"Text " * 1000)
    with pytest.raises(ReadError) as info:
        read_article(path)
    assert str(info.value) == "file too large (4.9 KB); the limit is 1 KB"
    assert read_article(_write(tmp_path, "klein.txt", b"Text " * 200)).text.startswith("Text")


def test_oversized_message_names_the_real_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "riesig.txt", b"x")
    real_stat = Path.stat

    def huge(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        result = real_stat(self, *args, **kwargs)
        if self == path:
            return os.stat_result((result.st_mode, *result[1:6], 25 * 1024 * 1024, *result[7:]))
        return result

    monkeypatch.setattr(Path, "stat", huge)
    with pytest.raises(ReadError, match=r"file too large \(25 MB\); the limit is 20 MB"):
        read_article(path)


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == {".txt", ".md", ".html", ".htm"}
    assert read_article.__module__ == "desktop.ingest.reader"


# --- seeds: title, outlet, language, date ------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "title", "outlet", "published"),
    [
        (
            "000",
            'OpenAI-Chef Sam Altman betont den industriepolitischen Anspruch: "Dieses partnerschaftliche Projekt…',
            "wallstreetONLINE",
            ("2025-11-21", "day", "text:date-line"),
        ),
        (
            "001",
            "Foxconn und OpenAI schmieden Allianz: Der nächste Schachzug im globalen KI-Wettrüsten",
            "Kettner Edelmetalle",
            (None, None, None),
        ),
        (
            "002",
            "Nvidia-CEO Jensen Huang schätzt, dass die weltweiten Investitionen in KI-Infrastruktur bis zum Ende…",
            "vtv.vn",
            ("2025-09-29", "day", "text:source-url"),
        ),
        (
            "003",
            "Bei Blitz-Besuchen in asiatischen Staaten hat OpenAI-Chef Sam Altman binnen weniger Tage mehrere…",
            "Reuters",
            ("2025-02", "month", "text:date-line"),
        ),
        (
            "004",
            "OpenAI verhandelt Milliarden-Deal mit Amazon",
            "boerse-global.de",
            ("2026-01-21", "day", "text:timestamp"),
        ),
    ],
)
def test_seed_articles(seed: str, title: str, outlet: str, published: tuple) -> None:
    (path,) = SEEDS_DIR.glob(f"{seed}_*.txt")
    source = read_article(path)
    assert isinstance(source, SourceText)
    assert source.path == path
    assert source.title == title
    assert len(source.title) <= 101
    assert source.outlet == outlet
    assert source.language == "de"
    assert (source.published, source.published_precision, source.published_source) == published
    assert source.encoding == "utf-8"
    assert source.text == normalise_text(path.read_text(encoding="utf-8"))
    assert source.text.startswith(path.read_text(encoding="utf-8").lstrip("\n")[:20])


def test_seed_001_starts_after_its_blank_first_line() -> None:
    (path,) = SEEDS_DIR.glob("001_*.txt")
    assert read_article(path).text.startswith("Foxconn und OpenAI schmieden Allianz")


@pytest.mark.parametrize(
    ("text", "markdown", "title"),
    [
        ("# Nvidia kauft Arm\n\nText des Artikels.", True, "Nvidia kauft Arm"),
        ("---\ntitle: \"Deal des Jahres\"\ndate: 2025-01-02\n---\n\n# Anders\n", True, "Deal des Jahres"),
        ("Nvidia kauft Arm\n================\n\nText.", True, "Nvidia kauft Arm"),
        ("Nvidia kauft Arm\n\nText des Artikels, der hier beginnt und weitergeht.", False, "Nvidia kauft Arm"),
        ("Tech, KI\nNvidia kauft Arm\nText.", False, "Nvidia kauft Arm"),
        (
            "Dr. Müller sagt: Nvidia kauft Arm. Mehr folgt in den nächsten Tagen, heißt es aus dem Konzern.",
            False,
            "Dr. Müller sagt: Nvidia kauft Arm",
        ),
        (
            "Am 21. Januar kaufte Nvidia Arm. Dann kam mehr, wie aus Kreisen des Konzerns verlautete.",
            False,
            "Am 21. Januar kaufte Nvidia Arm",
        ),
        ("Illustrationsfoto.\n" + "Ein sehr langer Satz " * 12 + "endet hier.", False, "Ein sehr langer Satz " * 4 + "Ein sehr langer…"),
        ("Kurz", False, "Kurz"),
        ("", False, None),
    ],
)
def test_titles(text: str, markdown: bool, title: str | None) -> None:
    assert guess_title(text, markdown=markdown) == title


def test_markdown_file_title(tmp_path: Path) -> None:
    source = read_article(_write(tmp_path, "notiz.md", "# Stargate wächst\n\nOpenAI und Oracle bauen.".encode()))
    assert source.title == "Stargate wächst"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("NEW YORK (Reuters) - Nvidia said on Monday it will invest.", "Reuters"),
        ("Text.\n\n@ boerse-global.de", "boerse-global.de"),
        ("Text.\nQuelle: https://www.reuters.com/technology/x", "Reuters"),
        ("Text.\nQuelle: https://www.example-news.de/artikel/1", "example-news.de"),
        ("Text.\n\nMax Muster, wallstreetONLINE Redaktion", "wallstreetONLINE"),
        ("Laut Bloomberg plant OpenAI einen Deal.", None),  # a name in prose is no byline
    ],
)
def test_outlets(text: str, outlet: str | None) -> None:
    assert guess_outlet(text) == outlet


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Konzern hat mit dem Partner eine Vereinbarung über die Lieferung von Chips getroffen.", "de"),
        ("The company said on Monday that it has signed an agreement with the chipmaker for the supply.", "en"),
        ("OpenAI Nvidia AMD Broadcom", None),
        ("", None),
    ],
)
def test_language(text: str, language: str | None) -> None:
    assert guess_language(text) == language


@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".md", ".html"]))
@settings(max_examples=150, deadline=None)
def test_any_bytes_give_text_or_a_read_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"zufall{suffix}"
        path.write_bytes(data)
        try:
            source = read_article(path)
        except ReadError as error:
            assert str(error) and "\n" not in str(error)
        else:
            assert source.text.strip() and source.text == normalise_text(source.text)


# --- discover -----------------------------------------------------------------------------


def test_discover_nested_folder(tmp_path: Path) -> None:
    root = tmp_path / "artikel"
    (root / "b" / "tief").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".versteckt").mkdir()
    for name in ("z.txt", "a/2.md", "a/10.html", "b/tief/x.htm", "b/bild.png", ".hidden.txt", ".versteckt/y.txt"):
        (root / name).write_text("Text", encoding="utf-8")
    (root / "b" / "kaputt.txt").symlink_to(root / "nirgends.txt")

    found = list(discover([root]))
    assert [p.relative_to(root).as_posix() for p in found] == [
        "a/10.html",
        "a/2.md",
        "b/bild.png",  # the reader reports unsupported types
        "b/kaputt.txt",  # and broken symlinks
        "b/tief/x.htm",
        "z.txt",
    ]
    assert list(discover([root])) == found  # deterministic


def test_discover_files_and_folders_once_each(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x")
    (tmp_path / ".explizit.txt").write_text("x")
    found = list(discover([tmp_path / "d" / "a.txt", tmp_path / "d", tmp_path / ".explizit.txt", tmp_path / "fehlt.txt"]))
    # A missing root is left to the caller (the importer reports it itself).
    assert found == [tmp_path / ".explizit.txt", tmp_path / "d" / "a.txt"]


def test_discover_survives_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x")
    (tmp_path / "d" / "schleife").symlink_to(tmp_path / "d")
    assert list(discover([tmp_path / "d"])) == [tmp_path / "d" / "a.txt"]


def test_discover_then_read_reports_every_problem(tmp_path: Path) -> None:
    (tmp_path / "gut.txt").write_text("Nvidia kauft Arm.", encoding="utf-8")
    (tmp_path / "leer.txt").write_bytes(b"")
    (tmp_path / "kaputt.md").symlink_to(tmp_path / "nirgends")
    results: dict[str, str] = {}
    for path in discover([tmp_path]):
        try:
            results[path.name] = read_article(path).text
        except ReadError as error:
            results[path.name] = f"error: {error}"
    assert results == {
        "gut.txt": "Nvidia kauft Arm.",
        "kaputt.md": "error: broken symbolic link: its target does not exist",
        "leer.txt": "error: empty file",
    }


# --- speed ----------------------------------------------------------------------------------


def test_reading_a_4kb_text_file_is_fast(tmp_path: Path) -> None:
    (seed,) = SEEDS_DIR.glob("004_*.txt")
    text = seed.read_text(encoding="utf-8")[:4000]
    path = _write(tmp_path, "4k.txt", text.encode("utf-8"))
    read_article(path)  # warm caches (outlet rules)
    best = min(_timed(lambda: read_article(path)) for _ in range(50))
    assert best < 0.001, f"{best * 1000:.2f} ms"


def _timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return time.perf_counter() - start
