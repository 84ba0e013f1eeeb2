"""Bytes → str: BOMs, strict UTF-8, legacy Western encodings without mojibake, binary."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.ingest.decode import BINARY_MESSAGE, ReadError, decode_bytes

GERMAN = (
    "Übernahme: Die Größe des Deals – 10 Mrd. € – überrascht.\n"
    "Äußerst „spannend“, sagt Jörg Müller aus Köln. Straße, Öl, Maß.\n"
)
GERMAN_LATIN1 = GERMAN.replace("€", "EUR").replace("–", "-").replace("„", '"').replace("“", '"')


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (GERMAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + GERMAN.encode("utf-32-le"), "utf-32"),
        (codecs.BOM_UTF32_BE + GERMAN.encode("utf-32-be"), "utf-32"),
        (GERMAN.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-le-bom", "utf-32-be-bom", "cp1252"],
)
def test_each_encoding_gives_the_same_german_text(data: bytes, label: str) -> None:
    text, encoding = decode_bytes(data)
    assert text == GERMAN
    assert encoding == label
    assert "\ufeff" not in text


def test_latin1_german_comes_out_right() -> None:
    text, encoding = decode_bytes(GERMAN_LATIN1.encode("latin-1"))
    assert text == GERMAN_LATIN1
    # cp1252 is a superset of latin-1's printable characters; both decode alike here.
    assert encoding == "cp1252"


@pytest.mark.parametrize("word", ["Größe", "Übernahme", "€", "Öl", "Maß", "Äpfel kosten 3 €"])
@pytest.mark.parametrize("codec", ["cp1252", "utf-8", "utf-16"])
def test_short_words_never_mojibake(word: str, codec: str) -> None:
    text, _ = decode_bytes(word.encode(codec))
    assert text == word


def test_latin1_short_words() -> None:
    for word in ("Größe", "Übernahme", "Straße"):
        assert decode_bytes(word.encode("latin-1"))[0] == word


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec: str) -> None:
    text, encoding = decode_bytes(GERMAN.encode(codec))
    assert text == GERMAN
    assert encoding == codec


def test_utf8_with_stray_cp1252_bytes_keeps_both_parts() -> None:
    # A file glued together from a UTF-8 and a cp1252 source.
    data = "Größe und Übernahme: ".encode("utf-8") + "10 € für Jörg".encode("cp1252")
    text, encoding = decode_bytes(data)
    assert text == "Größe und Übernahme: 10 € für Jörg"
    assert encoding == "utf-8+cp1252"


def test_declared_charset_is_used_when_not_utf8() -> None:
    # 0xA4 is "€" in ISO-8859-15 but "¤" in cp1252: the page's declaration decides.
    text, encoding = decode_bytes("Preis: 5 €, Größe".encode("iso-8859-15"), hint="iso-8859-15")
    assert text == "Preis: 5 €, Größe"
    assert encoding == "iso8859-15"


def test_wrong_declared_charset_does_not_beat_valid_utf8() -> None:
    text, encoding = decode_bytes("Größe".encode("utf-8"), hint="iso-8859-1")
    assert (text, encoding) == ("Größe", "utf-8")


def test_unknown_declared_charset_is_ignored() -> None:
    text, _ = decode_bytes("Größe".encode("cp1252"), hint="no-such-charset")
    assert text == "Größe"


def test_non_western_legacy_encoding_goes_to_charset_normalizer() -> None:
    russian = "Компания OpenAI заключила сделку с Amazon на десять миллиардов долларов."
    text, encoding = decode_bytes(russian.encode("cp1251"))
    assert text == russian
    assert encoding == "cp1251"


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
)


@pytest.mark.parametrize(
    "data",
    [
        PNG,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n",
        b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
        bytes(range(256)) * 4,
        b"Hallo\x00Welt\x00\x00\x01\x02",
        b"text with \x01\x02\x03\x04\x05\x06\x07\x08 many controls \x0e\x0f\x10\x11",
        codecs.BOM_UTF16_LE + b"\x00\xd8",  # BOM, then an unpaired surrogate
    ],
    ids=["png", "pdf", "zip-docx", "all-bytes", "nul-bytes", "control-chars", "bad-utf16"],
)
def test_binary_data_is_rejected(data: bytes) -> None:
    with pytest.raises(ReadError, match=BINARY_MESSAGE):
        decode_bytes(data)


def test_a_few_control_characters_in_long_text_are_tolerated() -> None:
    # Form feeds and a DOS end-of-file marker occur in real old text files.
    data = ("Absatz eins.\f\n" + "Inhalt " * 200 + "\x1a").encode("cp1252")
    text, _ = decode_bytes(data)
    assert text.startswith("Absatz eins.")


_PROSE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
    max_size=200,
)


@given(_PROSE)
@settings(max_examples=200, deadline=None)
def test_utf8_round_trip(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


@given(_PROSE)
@settings(max_examples=200, deadline=None)
def test_utf16_with_bom_round_trip(text: str) -> None:
    assert decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))[0] == text
