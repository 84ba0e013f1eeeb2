"""Bytes → str for article files, without mojibake for German and English text.

Order of attempts, cheapest and most certain first:

1. A byte-order mark (UTF-32 before UTF-16, because the UTF-32-LE BOM starts with the
   UTF-16-LE one).
2. Magic numbers of common binary formats and NUL bytes (after ruling out BOM-less UTF-16):
   the file is binary, not text.
3. Strict UTF-8 — by far the most common encoding; a legacy-encoded file almost never
   passes it by accident.
4. UTF-8 with a few stray legacy bytes (files glued together from several sources):
   the valid sequences stay UTF-8, the stray bytes are read as cp1252.
5. An encoding declared by the caller (an HTML ``<meta charset>``).
6. cp1252 when the result looks like Western European text. This comes before
   charset-normalizer on purpose: on short German text it guesses exotic code pages
   (``"Größe"`` in cp1252 comes back as EBCDIC cp037), and for our sources — German and
   English news — a non-UTF-8 file is nearly always cp1252 or its subset latin-1.
7. charset-normalizer for everything else (Cyrillic, Greek, Asian code pages, ...).

A decoded text with too many control characters is rejected as binary.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["ReadError", "BINARY_MESSAGE", "decode_bytes"]

BINARY_MESSAGE = "binary file, not text"


class ReadError(Exception):
    """One-line, user-facing reason why a file cannot be read (without the path; the
    caller adds the path). Defined here, at the lowest layer, and re-exported by
    `desktop.ingest.reader` so every layer raises the same class."""


# (BOM, codec used to decode, label reported to the user). Longest BOMs first.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)

# Signatures of binary formats people are likely to drop in by mistake; some of them
# (PDF, ZIP-based .docx renamed to .txt) contain no NUL byte in their first kilobytes.
_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG\r\n\x1a\n",
    b"%PDF-",
    b"PK\x03\x04",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE2: .doc, .xls, .msg
    b"\x7fELF",
    b"BZh",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"SQLite format 3\x00",
)

# Control characters that never occur in real prose (tab, LF, VT, FF, CR are allowed;
# so is \x1a, the DOS end-of-file marker some old editors append).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f\x80-\x9f]")

# Characters a cp1252 decoding of German/English/Western European text produces above
# ASCII. Anything else (e.g. "Ã", "¶", "Ð" runs) suggests another encoding or mojibake.
_WESTERN_EXTRA = set(
    "äöüÄÖÜßéèêëÉÈÊàáâÀÁÂçÇñÑóòôÓÒÔõúùûÚÙÛíìîïÍÌÎåÅæÆøØœŒÿ"
    "€„“”‚‘’–—…«»‹›°§©®™·×÷²³¹µ½¼¾£¥¢¤¦¬±¨´¸ª º¿¡•†‡‰ˆ˜šŠžŽƒ\xa0\xad"
)

_EBCDIC_PREFIXES = ("cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140")


def decode_bytes(data: bytes, hint: str | None = None) -> tuple[str, str]:
    """Decode `data`; return ``(text, encoding_label)``.

    `hint` is an encoding the document declares about itself (HTML meta charset); it is
    trusted only after BOMs and strict UTF-8, because such declarations are often wrong.
    Raises `ReadError` for binary data. The text is not normalised here.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, codec), label)

    if data.startswith(_MAGIC):
        raise ReadError(BINARY_MESSAGE)

    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise ReadError(BINARY_MESSAGE)
        return _checked(_strict(data, utf16), utf16)

    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass

    mixed = _mostly_utf8(data)
    if mixed is not None:
        return _checked(mixed, "utf-8+cp1252")

    if hint:
        text = _try_hint(data, hint)
        if text is not None:
            return _checked(text, _canonical(hint))

    text = _western(data)
    if text is not None:
        return _checked(text, "cp1252")

    return _checked(*_guess(data))


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        # A BOM followed by undecodable bytes: not the text file it claims to be.
        raise ReadError(BINARY_MESSAGE) from None


def _checked(text: str, label: str) -> tuple[str, str]:
    """Reject decoded text that is mostly control characters (binary after all)."""
    if _CONTROL_RE.search(text) is None:  # the common case: one fast scan
        return text, label
    controls = len(_CONTROL_RE.findall(text))
    if controls and ("\x00" in text or controls > max(2, len(text) // 100)):
        raise ReadError(BINARY_MESSAGE)
    return text, label


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' if the NUL bytes sit on one side of each byte pair, as in
    mostly-Latin UTF-16 text saved without a BOM; None for other binary data."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    pairs = len(sample) // 2
    even_nuls = sample[0 : pairs * 2 : 2].count(0)
    odd_nuls = sample[1 : pairs * 2 : 2].count(0)
    if odd_nuls > pairs * 0.3 and even_nuls <= pairs * 0.02:
        return "utf-16-le"
    if even_nuls > pairs * 0.3 and odd_nuls <= pairs * 0.02:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """Decode UTF-8 with stray legacy bytes read as cp1252, if the valid multi-byte
    sequences outnumber the invalid bytes (otherwise the file is a legacy encoding)."""
    # surrogateescape turns each invalid byte into a lone surrogate U+DC80..U+DCFF,
    # which we can count and then replace — thread-safe, unlike a custom error handler.
    text = data.decode("utf-8", errors="surrogateescape")
    stray = _SURROGATE_RE.findall(text)
    valid_multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - len(stray)
    if valid_multibyte <= 0 or len(stray) > valid_multibyte:
        return None
    fixed = _SURROGATE_RE.sub(_cp1252_for_surrogate, text)
    # One of the five bytes cp1252 leaves unmapped: not cp1252 after all.
    return None if fixed.count("\ufffd") > text.count("\ufffd") else fixed


_SURROGATE_RE = re.compile("[\udc80-\udcff]")


def _cp1252_for_surrogate(match: re.Match[str]) -> str:
    byte = bytes([ord(match.group()) - 0xDC00])
    return byte.decode("cp1252", errors="replace")


def _try_hint(data: bytes, hint: str) -> str | None:
    try:
        codecs.lookup(hint)
        return data.decode(hint)
    except (LookupError, UnicodeDecodeError):
        return None


def _canonical(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def _western(data: bytes) -> str | None:
    """cp1252 if every non-ASCII character it yields is one Western text uses, and they
    are at most half of the letters (Cyrillic in cp1252 is nothing but accented letters)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are unmapped
        return None
    high = [ch for ch in text if ord(ch) > 0x7F]
    if any(ch not in _WESTERN_EXTRA for ch in high):
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    if letters and len(high) > letters * 0.5:
        return None
    return text


def _guess(data: bytes) -> tuple[str, str]:
    # Imported lazily: most files are UTF-8 and never need it.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding.startswith(_EBCDIC_PREFIXES):
        # No plausible encoding. Latin-1 maps every byte; accept it only if the result
        # still reads as text (the control-character check in `_checked` decides).
        return data.decode("latin-1"), "latin-1"
    return str(best), best.encoding
