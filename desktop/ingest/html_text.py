"""The article in an HTML page: its text (without menus, scripts, banners, footers),
title, publisher and publication date.

trafilatura finds the article body. It gets a tree we already parsed and pruned of
obvious junk (cookie banners and ad boxes sit *inside* article containers often enough
that trafilatura keeps them), and it runs in `fast` mode: the slow fallback extractors
(readability, jusText) cost ~200 ms on first use, and our own fallback — the visible
text of <body> — covers pages where trafilatura finds nothing. trafilatura does no
network access unless asked to download, which we never do (no URL is passed either).

Metadata comes from the page's own markup, not from trafilatura's metadata pass, whose
date search also guesses from arbitrary dates in the page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

from lxml import etree, html as lxml_html

from desktop.ingest.pubdate import (
    SOURCE_HTML_JSONLD,
    SOURCE_HTML_META,
    SOURCE_HTML_TIME,
    SOURCE_HTML_URL,
    PubDate,
    date_from_url,
    parse_date_value,
)

__all__ = ["HtmlArticle", "extract_html", "declared_charset", "looks_like_html"]


@dataclass
class HtmlArticle:
    text: str  # article text, one paragraph per line; not yet normalised
    title: str | None
    outlet: str | None  # site name / publisher as the page states it
    published: PubDate | None  # from metadata only; text markers are the reader's job
    url: str | None  # canonical address, if the page names one
    language: str | None  # primary subtag of <html lang>, e.g. "de"
    extractor: str  # "trafilatura", "json-ld" or "visible-text" (which one found the text)


# Meta keys (name / property / itemprop, lowercased) that carry the publication date,
# most specific first. Modification dates are deliberately absent.
_DATE_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "citation_publication_date",
)
_TITLE_META_KEYS = ("og:title", "twitter:title")
_OUTLET_META_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher", "dcterms.publisher")

# Elements that are never article text.
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav",
              "footer", "aside", "dialog", "button", "select", "object", "embed")  # fmt: skip
# class/id words of boxes inside the article that are not article text. Matched as
# whole words of the attribute (split on space, "-" and "_") so "shadow" is not "ad".
_JUNK_WORDS = frozenset(
    "ad ads adslot advert advertisement advertising anzeige banner breadcrumb breadcrumbs "
    "consent cookie cookies cookiebanner gdpr modal newsletter outbrain paywall popup promo "
    "related share sharing sidebar social sponsored subscribe taboola teaser-list".split()
)
_JUNK_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog"})
_WORD_SPLIT_RE = re.compile(r"[\s_\-]+")
_BLOCK_TAGS = frozenset(
    "address article blockquote dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header hr li "
    "main ol p pre section table tbody thead tfoot tr td th ul".split()
)
_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_START_RE = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.IGNORECASE | re.DOTALL
)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


def looks_like_html(text: str) -> bool:
    """Whether a file saved as .txt/.md is really a web page ("Save page as…" → .txt)."""
    return bool(_HTML_START_RE.match(text[:2048]))


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first bytes (``<meta charset>``)."""
    match = _CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def extract_html(markup: str) -> HtmlArticle:
    """Text and metadata of the article in `markup` (a decoded HTML document)."""
    tree = _parse(markup)
    if tree is None:
        return HtmlArticle("", None, None, None, None, None, "visible-text")
    meta = _meta_values(tree)
    ld = _json_ld_objects(tree)
    outlet = _outlet(meta, ld)
    url = _canonical_url(tree, meta)
    published = _published(tree, meta, ld, url)
    title = _title(tree, meta, ld, outlet)
    language = _language(tree)

    _prune(tree)
    text, extractor = _article_text(tree, ld)
    text = _with_title(text, title)
    return HtmlArticle(text, title, outlet, published, url, language, extractor)


# --- parsing and metadata -------------------------------------------------------------


def _parse(markup: str) -> lxml_html.HtmlElement | None:
    # lxml refuses str input that carries an XML encoding declaration (XHTML pages).
    markup = _XML_DECL_RE.sub("", markup, count=1)
    if not markup.strip():
        return None
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        return lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _meta_values(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """First non-empty content per lowercased meta name/property/itemprop."""
    values: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = (element.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (element.get(attr) or "").strip().lower()
            if key:
                values.setdefault(key, content)
    return values


def _json_ld_objects(tree: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    """All JSON-LD objects of the page, flattened (lists and @graph unpacked)."""
    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:  # broken JSON-LD is common; ignore it
            continue
        objects.extend(_flatten_ld(data))
    return objects


def _flatten_ld(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten_ld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten_ld(data["@graph"])


def _is_article(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report")) for k in kinds)


def _ld_articles(ld: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Article objects first, then the rest (some sites omit or misspell @type)."""
    return [o for o in ld if _is_article(o)] + [o for o in ld if not _is_article(o)]


def _published(
    tree: lxml_html.HtmlElement, meta: dict[str, str], ld: list[dict[str, Any]], url: str | None
) -> PubDate | None:
    for key in _DATE_META_KEYS:
        found = parse_date_value(meta[key]) if key in meta else None
        if found:
            return PubDate(*found, SOURCE_HTML_META)
    for obj in _ld_articles(ld):
        value = obj.get("datePublished")
        found = parse_date_value(value) if isinstance(value, str) else None
        if found:
            return PubDate(*found, SOURCE_HTML_JSONLD)
    for value in _time_values(tree):
        found = parse_date_value(value)
        if found:
            return PubDate(*found, SOURCE_HTML_TIME)
    found = date_from_url(url) if url else None
    return PubDate(*found, SOURCE_HTML_URL) if found else None


def _time_values(tree: lxml_html.HtmlElement) -> Iterator[str]:
    """<time datetime> values, the most trustworthy first: one marked as the publication
    date, then the first inside <article>/<main>, then the first in the page."""
    times = [t for t in tree.iter("time") if (t.get("datetime") or "").strip()]
    marked = [t for t in times if t.get("itemprop") == "datePublished" or t.get("pubdate") is not None]
    in_article = [t for t in times if any(a.tag in ("article", "main") for a in t.iterancestors())]
    for element in marked + in_article[:1] + times[:1]:
        yield element.get("datetime", "").strip()


def _outlet(meta: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    for key in _OUTLET_META_KEYS:
        if meta.get(key):
            return _clean_space(meta[key])
    for obj in _ld_articles(ld):
        publisher = obj.get("publisher")
        publisher = publisher[0] if isinstance(publisher, list) and publisher else publisher
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return _clean_space(publisher["name"]) or None
    return None


def _canonical_url(tree: lxml_html.HtmlElement, meta: dict[str, str]) -> str | None:
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href.lower().startswith(("http://", "https://")):
            return href
    url = meta.get("og:url", "")
    return url if url.lower().startswith(("http://", "https://")) else None


def _title(
    tree: lxml_html.HtmlElement, meta: dict[str, str], ld: list[dict[str, Any]], outlet: str | None
) -> str | None:
    for key in _TITLE_META_KEYS:
        if meta.get(key):
            return _strip_site_suffix(_clean_space(meta[key]), outlet)
    for obj in _ld_articles(ld):
        if isinstance(obj.get("headline"), str) and obj["headline"].strip():
            return _clean_space(obj["headline"])
    for h1 in tree.iter("h1"):
        text = _clean_space(h1.text_content())
        if text:
            return text
    for element in tree.iter("title"):
        text = _clean_space(element.text_content())
        if text:
            return _strip_site_suffix(text, outlet)
    return None


def _strip_site_suffix(title: str, outlet: str | None) -> str:
    """'Headline | Site' → 'Headline' when the tail is the outlet's name."""
    if not outlet:
        return title
    for separator in _TITLE_SEPARATORS:
        head, sep, tail = title.rpartition(separator)
        if sep and head and tail.strip().casefold() == outlet.casefold():
            return head.strip()
    return title


def _language(tree: lxml_html.HtmlElement) -> str | None:
    lang = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    return lang.split("-")[0].split("_")[0].lower() or None


def _clean_space(text: str) -> str:
    return " ".join(text.split())


# --- article text -----------------------------------------------------------------------


def _prune(tree: lxml_html.HtmlElement) -> None:
    """Remove elements that are never article text, in place."""
    body = tree.find("body")
    body_chars = len(body.text_content()) if body is not None else 0
    doomed: list[lxml_html.HtmlElement] = []
    for element in tree.iter(etree.Element):
        if element.tag in _DROP_TAGS or _is_page_header(element) or _is_junk_box(element, body_chars):
            doomed.append(element)
    for element in doomed:
        _drop(element)


def _is_page_header(element: lxml_html.HtmlElement) -> bool:
    """The site's <header> (logo, menu), not an article's own header with its headline."""
    if element.tag != "header" or element.find(".//h1") is not None:
        return False
    return not any(a.tag in ("article", "main") for a in element.iterancestors())


def _is_junk_box(element: lxml_html.HtmlElement, body_chars: int) -> bool:
    if element.tag in ("html", "body", "article", "main"):
        return False
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    words = set(_WORD_SPLIT_RE.split(f"{element.get('class', '')} {element.get('id', '')}".lower()))
    role = (element.get("role") or "").lower()
    if not (words & _JUNK_WORDS or role in _JUNK_ROLES):
        return False
    # A layout wrapper named e.g. "page has-sidebar" can hold the whole article; a junk
    # box never holds the <article> or most of the page's text.
    if element.find(".//article") is not None or element.find(".//main") is not None:
        return False
    return not (body_chars and len(element.text_content()) > body_chars * 0.5)


def _drop(element: lxml_html.HtmlElement) -> None:
    """Remove `element` but keep its tail text (the words after it belong to the parent)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    parent.remove(element)
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _article_text(tree: lxml_html.HtmlElement, ld: list[dict[str, Any]]) -> tuple[str, str]:
    text = _trafilatura_text(tree)
    if text:
        return text, "trafilatura"
    for obj in _ld_articles(ld):
        body = obj.get("articleBody")
        if isinstance(body, str) and body.strip():
            return body.strip(), "json-ld"
    return _visible_text(tree), "visible-text"


def _trafilatura_text(tree: lxml_html.HtmlElement) -> str | None:
    try:
        # Imported lazily: ~0.2 s, and plain-text files never need it.
        import trafilatura
    except ImportError:  # a broken install (e.g. lxml_html_clean missing) must not stop the import
        return None
    try:
        text = trafilatura.extract(
            tree,
            fast=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            deduplicate=False,
            with_metadata=False,
            output_format="txt",
        )
    except Exception:  # noqa: BLE001 — a crash in a third-party extractor = "found nothing"
        return None
    return text.strip() if text and text.strip() else None


def _visible_text(tree: lxml_html.HtmlElement) -> str:
    """The text of <body> with a line break around each block element."""
    root = tree.find("body")
    root = tree if root is None else root
    parts: list[str] = []
    _collect(root, parts)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _collect(element: lxml_html.HtmlElement, parts: list[str]) -> None:
    if not isinstance(element.tag, str):  # comments / processing instructions
        return
    block = element.tag in _BLOCK_TAGS
    if block or element.tag == "br":
        parts.append("\n")
    if element.text:
        parts.append(element.text)
    for child in element:
        _collect(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def _with_title(text: str, title: str | None) -> str:
    """Put the headline on the first line (as in the plain-text clippings) unless the
    extracted text already starts with it — headlines carry deal facts too."""
    if not title:
        return text
    head = [line.strip() for line in text.split("\n")[:3]]
    if _clean_space(title) in (_clean_space(line) for line in head):
        return text
    return f"{title}\n\n{text}" if text else title
