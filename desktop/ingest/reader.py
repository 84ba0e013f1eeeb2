"""A path on disk → clean, normalised article text plus metadata, or a one-line reason
why it cannot be read. Headless: never imports Qt.

`SourceText.text` is the normalised text; every character offset stored elsewhere (deal
mentions, highlights) refers to it, so `normalise_text` must stay stable: change it and
stored offsets and duplicate keys (`content_hash`) no longer match.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from desktop.ingest.decode import ReadError, decode_bytes
from desktop.ingest.html_text import HtmlArticle, declared_charset, extract_html, looks_like_html
from desktop.ingest.pubdate import find_pubdate, is_date_line, source_urls, start_marker_end
from desktop.resources import load_json

__all__ = [
    "SUPPORTED_SUFFIXES",
    "MAX_FILE_BYTES",
    "ReadError",
    "SourceText",
    "discover",
    "read_article",
    "normalise_text",
    "content_hash",
    "guess_title",
    "guess_outlet",
    "guess_language",
    "outlet_for_host",
]

SUPPORTED_SUFFIXES = {".txt", ".md", ".html", ".htm"}
HTML_SUFFIXES = {".html", ".htm"}
# News articles are a few KB; 20 MB is far beyond any article and keeps a mistakenly
# dropped log or dump from being loaded into memory and the database.
MAX_FILE_BYTES = 20 * 1024 * 1024

_TITLE_CHARS = 100  # prose titles are cut to about this many characters
_TOP_LINES = 8  # a headline sits among the first non-empty lines


@dataclass
class SourceText:
    path: Path
    text: str  # normalised (see normalise_text); all offsets elsewhere refer to this text
    title: str | None
    outlet: str | None  # publisher if known (e.g. "Reuters", "wallstreetONLINE", "vtv.vn")
    language: str | None  # "de" / "en" (cheap stopword guess), None if unclear
    published: str | None  # ISO at its precision: "2025-11-21", "2025-02", "2025"
    published_precision: str | None  # "day" | "month" | "year"
    published_source: str | None  # one of desktop.ingest.pubdate.SOURCES, or None
    encoding: str  # detected encoding, e.g. "utf-8", "utf-8-sig", "utf-16", "cp1252"


# --- discovering files -----------------------------------------------------------------


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file under `paths` (files and folders, recursively), sorted by name within
    each folder, top-level paths sorted too, each path once.

    Broken symlinks, unreadable folders and special files are yielded as well, so
    `read_article` can tell the user what is wrong with them instead of silently
    skipping. Paths that do not exist at all are not yielded (the caller knows which
    roots it passed; the importer reports missing ones itself). Hidden entries (".name")
    inside folders are skipped; a hidden path given explicitly is not (the user asked
    for it). Symlinked folders are followed once each (a link loop cannot recurse
    forever).
    """
    seen_files: set[str] = set()
    seen_dirs: set[tuple[int, int]] = set()
    for root in sorted(Path(p) for p in paths):
        for path in _walk(root, seen_dirs):
            key = os.path.abspath(path)
            if key not in seen_files:
                seen_files.add(key)
                yield path


def _walk(path: Path, seen_dirs: set[tuple[int, int]]) -> Iterator[Path]:
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():  # a broken link: the reader reports it
            yield path
        return
    except OSError:  # link loop, no permission on the parent: the reader reports it
        yield path
        return
    if not stat.S_ISDIR(info.st_mode):
        yield path
        return
    if (info.st_dev, info.st_ino) in seen_dirs:
        return
    seen_dirs.add((info.st_dev, info.st_ino))
    try:
        with os.scandir(path) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError:  # unreadable folder: let the reader report it
        yield path
        return
    for name in names:
        if not name.startswith("."):
            yield from _walk(path / name, seen_dirs)


# --- reading one file -----------------------------------------------------------------


def read_article(path: Path) -> SourceText:
    """Read, decode and normalise one article file; raise `ReadError` if impossible."""
    path = Path(path)
    suffix = _check_file(path)
    data = _read_bytes(path)
    # A page saved as .txt still declares its charset; plain text never starts with "<".
    hint = declared_charset(data) if suffix in HTML_SUFFIXES or data[:256].lstrip()[:1] == b"<" else None
    raw, encoding = decode_bytes(data, hint)

    article: HtmlArticle | None = None
    if suffix in HTML_SUFFIXES or looks_like_html(raw):
        article = extract_html(raw)
        raw = article.text
    text = normalise_text(raw)
    if not text.strip():
        raise ReadError("no article text found in the page" if article else "empty file (only whitespace)")
    return _source_text(path, text, encoding, article, markdown=suffix == ".md")


def _check_file(path: Path) -> str:
    """The lowercased suffix of a readable regular file of a supported type."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise ReadError("broken symbolic link: its target does not exist") from None
        raise ReadError("file not found") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as error:  # e.g. a symlink loop
        raise ReadError(f"cannot access file: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        if not os.access(path, os.R_OK | os.X_OK):  # discover() yields folders it cannot list
            raise ReadError("folder cannot be opened: permission denied")
        raise ReadError("is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        # Opening a FIFO would block the import forever.
        raise ReadError("not a regular file (device, pipe or socket)")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(f"unsupported file type {suffix or '(no extension)'}; supported: {_supported()}")
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(info.st_size)
    return suffix


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as file:
            # One byte over the limit tells a file that grew since stat() apart. (Read by the
            # size the file has first: `read(n)` allocates all of n, 20 MB, every time.)
            limit = MAX_FILE_BYTES + 1
            first = min(os.fstat(file.fileno()).st_size + 1, limit)
            data = file.read(first)
            if len(data) == first < limit:  # it grew since: on to the limit, as one read would
                data += file.read(limit - first)
    except PermissionError:
        raise ReadError("permission denied: the file cannot be opened for reading") from None
    except IsADirectoryError:
        raise ReadError("is a folder, not a file") from None
    except OSError as error:
        raise ReadError(f"cannot read file: {error.strerror or error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    if not data:
        raise ReadError("empty file")
    return data


def _supported() -> str:
    return ", ".join(sorted(SUPPORTED_SUFFIXES))


def _too_large(size: int) -> ReadError:
    return ReadError(f"file too large ({_size(size)}); the limit is {_size(MAX_FILE_BYTES)}")


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    if n >= 1024:
        return f"{n / 1024:.1f} KB".replace(".0 KB", " KB")
    return f"{n} bytes"


def _source_text(
    path: Path, text: str, encoding: str, article: HtmlArticle | None, *, markdown: bool
) -> SourceText:
    # The article's own words about its date beat page metadata, which CMSs often fill
    # with the time of the last edit or of the template.
    published = find_pubdate(text) or (article.published if article else None)
    title = (article.title if article else None) or guess_title(text, markdown=markdown)
    outlet = (article.outlet if article else None) or guess_outlet(text)
    if outlet is None and article and article.url:
        outlet = outlet_for_host(urlsplit(article.url).hostname or "")
    language = guess_language(text)
    if language is None and article and article.language in ("de", "en"):
        language = article.language
    return SourceText(
        path=path,
        text=text,
        title=title,
        outlet=outlet,
        language=language,
        published=published.value if published else None,
        published_precision=published.precision if published else None,
        published_source=published.source if published else None,
        encoding=encoding,
    )


# --- normalisation and the duplicate key ------------------------------------------------

_MANY_BLANK_LINES_RE = re.compile(r"\n{4,}")  # 3+ blank lines = 4+ line breaks in a row


def normalise_text(text: str) -> str:
    """NFC; CRLF/CR (and U+2028/U+2029) → LF; no BOM; no trailing whitespace on any line;
    at most 2 blank lines in a row; no blank lines at the start or end. Leading spaces
    of the first line are kept (they are part of its content). Idempotent."""
    text = text.replace("\ufeff", "")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = "\n".join([line.rstrip() for line in text.split("\n")])
    if "\n\n\n\n" in text:
        text = _MANY_BLANK_LINES_RE.sub("\n\n\n", text)
    return text.strip("\n")


def content_hash(text: str) -> str:
    """SHA-256 hex of the normalised text: the key that finds the same article imported
    twice (also in another encoding or with other line endings). `text` may be raw."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


# --- title ---------------------------------------------------------------------------------

_MD_HEADING_RE = re.compile(r"^#\s+(.+?)(?:\s+#+)?\s*$")
_MD_SETEXT_RE = re.compile(r"^=+\s*$")
_FRONT_MATTER_TITLE_RE = re.compile(r"^title\s*:\s*[\"']?(.+?)[\"']?\s*$", re.IGNORECASE)
_SOURCE_LINE_RE = re.compile(r"^(?:quelle|source|foto|bild|photo|image|©|\(c\)|copyright)\b", re.IGNORECASE)
_URL_LINE_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)
# "Seoul (Reuters) - " / "BERLIN (dpa-AFX) — ": agency datelines before the first sentence.
_DATELINE_RE = re.compile(r"^[A-ZÄÖÜ][\w./ -]{0,40}\s\([\w./ -]{2,30}\)\s*[-–—:]+\s*")
# A sentence ends at . ! ? (plus a closing quote) before whitespace and a capital/quote.
_SENTENCE_END_RE = re.compile(r"[.!?][\"“”»«'’]?(?=\s+[\"„“«»'‚A-ZÄÖÜ0-9])")
_ABBREVIATIONS = frozenset(
    "dr prof nr st bzw ca vgl evtl ggf inkl zzgl mio mrd tsd abs art co corp inc ltd mr mrs ms "
    "vs etc jan feb mär apr jun jul aug sep sept okt oct nov dez dec u.a z.b d.h u.s".split()
)


def guess_title(text: str, *, markdown: bool = False) -> str | None:
    """A title for a plain-text (or Markdown) article.

    Markdown: the first ``# Heading`` (or front-matter ``title:``). Otherwise the
    headline-like line at the top — short, not a sentence, not a date or source line,
    not a keyword kicker like "OpenAI, Milliarden-Deal" — and failing that the first
    sentence of the first paragraph, cut to about 100 characters.
    """
    lines = _top_lines(text)
    if markdown:
        title = _markdown_title(lines)
        if title:
            return title
    candidates: list[str] = []
    for line in lines:
        if _is_prose(line):
            break
        if not _is_headline_noise(line):
            candidates.append(line.lstrip("# ").strip())
    headlines = [line for line in candidates if not _is_kicker(line)]
    if headlines:
        return headlines[0]
    prose = next((line for line in lines if _is_prose(line)), None)
    if prose:
        return _first_sentence(_DATELINE_RE.sub("", prose, count=1))
    if candidates:
        return candidates[0]
    return _shorten(lines[0]) if lines else None  # only captions/labels: better than nothing


def _top_lines(text: str) -> list[str]:
    """The first non-empty lines, with the leading date marker cut off."""
    head = text[start_marker_end(text) : start_marker_end(text) + 4000]
    lines = [line.strip() for line in head.split("\n")]
    return [line for line in lines if line][: _TOP_LINES * 2]


def _markdown_title(lines: list[str]) -> str | None:
    in_front_matter = bool(lines) and lines[0] == "---"
    for index, line in enumerate(lines):
        if in_front_matter:
            if index > 0 and line == "---":
                in_front_matter = False
            match = _FRONT_MATTER_TITLE_RE.match(line)
            if match:
                return match.group(1).strip()
            continue
        match = _MD_HEADING_RE.match(line)
        if match:
            return match.group(1).strip()
        if index + 1 < len(lines) and _MD_SETEXT_RE.match(lines[index + 1]):
            return line
    return None


def _is_prose(line: str) -> bool:
    """Running text, not a headline: long, or a full sentence of some length."""
    words = len(line.split())
    return len(line) > 160 or (words >= 10 and line.endswith((".", '."', ".“", ".”", ".»")))


def _is_headline_noise(line: str) -> bool:
    """Lines at the top that are not the headline: datelines, sources, captions."""
    if is_date_line(line) or _SOURCE_LINE_RE.match(line) or _URL_LINE_RE.match(line):
        return True
    if line in ("---", "***", "* * *") or _MD_SETEXT_RE.match(line):
        return True
    # "Illustrationsfoto." / "Anzeige": single words are captions and labels.
    return len(line.split()) < 2


def _is_kicker(line: str) -> bool:
    """A keyword line above the headline ("OpenAI, Milliarden-Deal"): a comma list of
    one- or two-word items, or two words at most."""
    parts = [part.split() for part in line.split(",")]
    if len(line.split()) <= 2:
        return True
    return len(parts) > 1 and all(1 <= len(part) <= 2 for part in parts)


def _first_sentence(paragraph: str) -> str:
    for match in _SENTENCE_END_RE.finditer(paragraph):
        if _is_abbreviation_end(paragraph, match.start()):
            continue
        sentence = paragraph[: match.end()]
        break
    else:
        sentence = paragraph
    return _shorten(sentence.strip())


def _is_abbreviation_end(text: str, dot: int) -> bool:
    """'21. Januar', 'Dr. Müller', 'z. B. Nvidia': a period that does not end a sentence."""
    if text[dot] != ".":
        return False
    word = text[:dot].rsplit(None, 1)[-1] if text[:dot].strip() else ""
    if word[-1:].isdigit():
        return True
    bare = word.strip("(\"„“'").lower()
    return len(bare) <= 1 or bare in _ABBREVIATIONS


def _shorten(sentence: str) -> str:
    if len(sentence) <= _TITLE_CHARS:
        return sentence.rstrip(".")
    cut = sentence[: _TITLE_CHARS + 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut[:_TITLE_CHARS]
    return cut.rstrip(" ,;:-–—\"„“") + "…"


# --- outlet ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _OutletRules:
    markers: tuple[tuple[str, str], ...]  # (marker text, outlet)
    trailers: tuple[re.Pattern[str], ...]
    hosts: dict[str, str]


@lru_cache(maxsize=1)
def _outlet_rules() -> _OutletRules:
    data = load_json("outlets.json")
    markers = tuple((marker, entry["outlet"]) for entry in data["markers"] for marker in entry["contains"])
    trailers = tuple(re.compile(pattern, re.IGNORECASE) for pattern in data["trailers"])
    hosts = {host.lower(): name for host, name in data["hosts"].items()}
    return _OutletRules(markers, trailers, hosts)


def guess_outlet(text: str) -> str | None:
    """The publisher named by the text itself (rules in resources/outlets.json)."""
    rules = _outlet_rules()
    hits = [(pos, outlet) for marker, outlet in rules.markers if (pos := text.find(marker)) >= 0]
    if hits:
        return min(hits)[1]
    last_line = text.rstrip().rsplit("\n", 1)[-1].strip()
    for pattern in rules.trailers:
        match = pattern.match(last_line)
        if match:
            return outlet_for_host(match.group("outlet"))
    for url in source_urls(text):
        host = urlsplit(url).hostname
        if host:
            return outlet_for_host(host)
    return None


def outlet_for_host(host: str) -> str | None:
    """'www.reuters.com' → 'Reuters' via the hosts table (longest domain suffix first);
    an unknown host is returned as it is, without 'www.'."""
    host = host.lower().strip().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    if not host:
        return None
    hosts = _outlet_rules().hosts
    labels = host.split(".")
    for start in range(len(labels) - 1):
        name = hosts.get(".".join(labels[start:]))
        if name:
            return name
    return host


# --- language ------------------------------------------------------------------------------

# Frequent function words that are not also frequent words of the other language
# ("in", "an", "will", "so", "die" are left out for that reason).
_DE_WORDS = frozenset(
    "der das und ist nicht mit von für auf den dem des ein eine einer eines zu im sich auch "
    "wird werden wurde dass bei nach aus wie über oder hat haben sind noch nur um vor sie er "
    "es wir zum zur bis durch gegen seine ihre man kann soll sollen".split()
)
_EN_WORDS = frozenset(
    "the and is of to that for with on are was by as from at be has have this it its which "
    "or not were said would could their they he she we been more than about after".split()
)
_WORD_RE = re.compile(r"[a-zäöüß]+")


def guess_language(text: str) -> str | None:
    """'de' or 'en' by counting function words in the first 3000 characters; None when
    neither language clearly dominates (too short, mixed, or another language)."""
    words = _WORD_RE.findall(text[:3000].lower())
    de = sum(map(_DE_WORDS.__contains__, words))
    en = sum(map(_EN_WORDS.__contains__, words))
    if de >= 3 and de >= 2 * en:
        return "de"
    if en >= 3 and en >= 2 * de:
        return "en"
    return None
