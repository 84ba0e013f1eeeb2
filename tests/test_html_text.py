"""Article text and metadata of HTML pages."""

from __future__ import annotations

import socket
import sys

import pytest

from desktop.ingest import html_text
from desktop.ingest.html_text import declared_charset, extract_html, looks_like_html

JUNK_MARKERS = (
    "TRACKING_JUNK",
    "STYLE_JUNK",
    "COOKIE_JUNK",
    "NAV_JUNK",
    "AD_JUNK",
    "SIDEBAR_JUNK",
    "FOOTER_JUNK",
    "SCRIPT_JUNK",
    "NEWSLETTER_JUNK",
    "SHARE_JUNK",
)

PAGE = """<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>OpenAI verhandelt Milliarden-Deal mit Amazon | Börsen-Kurier</title>
<meta property="og:site_name" content="Börsen-Kurier">
<meta property="article:published_time" content="2026-01-21T14:01:12+01:00">
<meta property="article:modified_time" content="2026-01-23T08:00:00+01:00">
<link rel="canonical" href="https://www.boersen-kurier.example/tech/openai-amazon-deal">
<script>window.dataLayer = [{'event': 'TRACKING_JUNK'}];</script>
<style>.banner { color: red; } /* STYLE_JUNK */</style>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">Wir verwenden Cookies. COOKIE_JUNK
  <button>Alle akzeptieren</button></div>
<header class="site-header"><a href="/">Börsen-Kurier</a>
  <nav><ul><li><a href="/">Startseite NAV_JUNK</a></li><li><a href="/maerkte">Märkte</a></li>
  <li><a href="/tech">Technologie</a></li></ul></nav></header>
<main>
<article>
<h1>OpenAI verhandelt Milliarden-Deal mit Amazon</h1>
<p class="byline">Von Anna Beispiel</p>
<p>OpenAI könnte zehn Milliarden Euro von Amazon erhalten und im Gegenzug dessen hauseigene
Trainium-Chips nutzen. Dies würde die Abhängigkeit von Nvidia reduzieren.</p>
<div class="ad advertisement">Anzeige: Jetzt Depot eröffnen und 100 € Prämie sichern! AD_JUNK</div>
<p>Die Gespräche zwischen dem KI-Forschungsunternehmen und dem Cloud-Riesen laufen auf
Hochtouren. Sollte der Deal zustande kommen, würde Amazon rund zehn Milliarden Euro in
OpenAI investieren.</p>
<div class="share-buttons"><a href="#">Teilen SHARE_JUNK</a></div>
<h2>Strategischer Schwenk zu eigenen Chips</h2>
<p>Bislang dominieren Nvidias Grafikprozessoren den Markt für KI-Beschleuniger. Große
Cloud-Anbieter entwickeln jedoch eigene Chips, um Kosten zu senken.</p>
<div class="newsletter-box">Jetzt den Newsletter abonnieren! NEWSLETTER_JUNK</div>
</article>
<aside class="sidebar"><h3>Meistgelesen</h3><ul><li><a href="/x">Dax im Plus SIDEBAR_JUNK</a></li></ul></aside>
</main>
<footer><p>© 2026 Börsen-Kurier GmbH · Impressum · Datenschutz FOOTER_JUNK</p></footer>
<script>console.log("SCRIPT_JUNK");</script>
</body>
</html>
"""


def test_article_body_without_junk() -> None:
    article = extract_html(PAGE)
    assert "OpenAI könnte zehn Milliarden Euro von Amazon erhalten" in article.text
    assert "würde Amazon rund zehn Milliarden Euro" in article.text
    assert "Strategischer Schwenk zu eigenen Chips" in article.text
    for marker in JUNK_MARKERS:
        assert marker not in article.text, marker
    assert "Cookies" not in article.text
    assert "Impressum" not in article.text


def test_metadata() -> None:
    article = extract_html(PAGE)
    assert article.title == "OpenAI verhandelt Milliarden-Deal mit Amazon"
    assert article.outlet == "Börsen-Kurier"
    # The publication date, not the modification date.
    assert article.published == ("2026-01-21", "day", "html:meta")
    assert article.url == "https://www.boersen-kurier.example/tech/openai-amazon-deal"
    assert article.language == "de"
    assert article.text.split("\n")[0] == article.title


def _page(head: str = "", body: str = "") -> str:
    paragraph = "<p>" + "Nvidia liefert Chips an OpenAI für neue Rechenzentren in Texas. " * 6 + "</p>"
    return f"<html><head>{head}</head><body>{body}<article>{paragraph}</article></body></html>"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ('<meta name="date" content="2025-03-04">', "", ("2025-03-04", "day", "html:meta")),
        ('<meta itemprop="datePublished" content="2025-03-04T10:00:00Z">', "", ("2025-03-04", "day", "html:meta")),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "WebPage", "datePublished": "2020-01-01"},'
            '{"@type": "NewsArticle", "datePublished": "2025-03-04T10:00:00+01:00"}]}</script>',
            "",
            ("2025-03-04", "day", "html:json-ld"),
        ),
        ("", '<p>Dax im Plus <time datetime="2024-12-24">gestern</time></p>', ("2024-12-24", "day", "html:time")),
        ("", '<article><time pubdate datetime="2025-03-04T09:00">4. März</time></article>', ("2025-03-04", "day", "html:time")),
        ('<link rel="canonical" href="https://example.com/2025/03/04/deal">', "", ("2025-03-04", "day", "html:url")),
        ('<script type="application/ld+json">{broken json</script>', "", None),
        ("", "", None),
    ],
)
def test_metadata_dates(head: str, body: str, expected: tuple[str, str, str] | None) -> None:
    assert extract_html(_page(head, body)).published == expected


def test_meta_beats_json_ld_beats_time() -> None:
    head = (
        '<meta property="article:published_time" content="2025-01-01">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-02-02"}</script>'
    )
    body = '<time datetime="2025-03-03">x</time>'
    assert extract_html(_page(head, body)).published[0] == "2025-01-01"
    assert extract_html(_page(head.split("<script")[0].replace("2025-01-01", "bad"), body)).published[0] == "2025-03-03"


def test_title_and_outlet_fallbacks() -> None:
    head = (
        "<title>Chip-Deal perfekt – Tech-Blatt</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization",'
        ' "name": "Tech-Blatt"}}</script>'
    )
    article = extract_html(_page(head))
    assert article.outlet == "Tech-Blatt"
    assert article.title == "Chip-Deal perfekt"  # site name cut off the <title>
    assert extract_html(_page("", "<h1>Überschrift  hier</h1>")).title == "Überschrift hier"


def test_tiny_page_falls_back_to_visible_body_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_text, "_trafilatura_text", lambda tree: None)
    markup = (
        "<html><head><title>Kurz</title><style>p{}</style></head><body>"
        "<nav>Menü NAV_JUNK</nav><p>Nvidia kauft <b>Arm</b>.<br>Für 40 Mrd. $.</p>"
        "<script>SCRIPT_JUNK</script><footer>FOOTER_JUNK</footer></body></html>"
    )
    article = extract_html(markup)
    assert article.extractor == "visible-text"
    assert article.text == "Kurz\n\nNvidia kauft Arm.\nFür 40 Mrd. $."


def test_tiny_page_with_trafilatura() -> None:
    article = extract_html("<html><body><p>Kurz: OpenAI kauft Windsurf.</p></body></html>")
    assert "OpenAI kauft Windsurf" in article.text


def test_json_ld_article_body_when_the_page_has_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_text, "_trafilatura_text", lambda tree: None)
    markup = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Deal", "articleBody": "OpenAI kauft Chips bei AMD."}</script></head>'
        '<body><div id="app"></div></body></html>'
    )
    article = extract_html(markup)
    assert (article.extractor, article.text) == ("json-ld", "Deal\n\nOpenAI kauft Chips bei AMD.")


def test_works_without_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    article = extract_html(PAGE)
    assert article.extractor == "visible-text"
    assert "OpenAI könnte zehn Milliarden Euro" in article.text
    for marker in JUNK_MARKERS:
        assert marker not in article.text, marker


def test_no_network_access(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    article = extract_html(PAGE)
    assert "Trainium-Chips" in article.text


def test_layout_wrapper_with_junk_word_is_not_dropped() -> None:
    markup = _page().replace("<article>", '<div class="page has-sidebar"><article>').replace(
        "</article>", "</article></div>"
    )
    assert "Nvidia liefert Chips" in extract_html(markup).text


def test_xhtml_with_xml_declaration() -> None:
    markup = '<?xml version="1.0" encoding="utf-8"?>\n' + _page("<title>X</title>")
    assert "Nvidia liefert Chips" in extract_html(markup).text


@pytest.mark.parametrize("markup", ["", "   ", "<html></html>", "<!-- nur ein Kommentar -->"])
def test_empty_pages(markup: str) -> None:
    assert extract_html(markup).text.strip() == ""


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<html><head><meta charset="windows-1252">', "windows-1252"),
        (b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>", "iso-8859-1"),
        (b"<html><head><title>x</title>", None),
    ],
)
def test_declared_charset(data: bytes, expected: str | None) -> None:
    assert declared_charset(data) == expected


def test_looks_like_html() -> None:
    assert looks_like_html("<!DOCTYPE html><html>")
    assert looks_like_html("\n<!-- saved from url -->\n<html lang='de'>")
    assert not looks_like_html("OpenAI <b>fett</b> im Text")
