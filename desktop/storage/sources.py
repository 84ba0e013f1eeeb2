"""The articles that report one deal, each with its own reading and where in its text each
field was read; and where those readings disagree. Feeds the Sources panel, headless.

Offsets: `evidence.start/end` and every `evidence.spans` entry are character offsets
(Python `str` indices, end exclusive) into the stored `articles.text`, not into the
sentence. The extractor keeps one `parties` span from the first party's mention to the
last; here it is narrowed to each party's own words where they can be found, so a
highlight marks "SoftBank" and "Oracle" rather than everything between them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.extraction.date_values import readable_date
from desktop.extraction.titles import short_amount
from desktop.ingest import pubdate
from desktop.resources import load_json
from desktop.storage.store import Store

# field names a span can carry; "parties" spans are one per party (label = the company)
SPAN_FIELDS = ("parties", "amount", "date", "status", "kind", "term_start", "term_end")
COMPARED_FIELDS = ("amount", "currency", "date", "status")
SAME_FIGURE = 0.02  # as the merge: a figure quoted twice differs by rounding only

DATE_SOURCE_LABELS = {
    pubdate.SOURCE_DATE_LINE: "from the date line",
    pubdate.SOURCE_TIMESTAMP: "from the time stamp at the top",
    pubdate.SOURCE_URL: "from the source address in the text",
    pubdate.SOURCE_HTML_META: "from HTML metadata",
    pubdate.SOURCE_HTML_JSONLD: "from the page's structured data",
    pubdate.SOURCE_HTML_TIME: "from the page's time element",
    pubdate.SOURCE_HTML_URL: "from the page address",
}

QUALIFIER_WORDS = {"approx": "about ", "up_to": "up to ", "at_least": "at least "}


@dataclass(frozen=True, slots=True)
class FieldSpan:
    """Where one field was read: `text[start:end]` of the article."""

    field: str  # one of SPAN_FIELDS
    start: int
    end: int
    label: str = ""  # the party's name for "parties" spans


@dataclass(slots=True)
class SourceReading:
    """One evidence row: what one passage of the article says about the deal."""

    evidence_id: int
    start: int  # the evidence sentence in the article text
    end: int
    sentence: str
    kind: str | None
    status: str | None
    amount: float | None
    amount_max: float | None
    amount_usd: float | None
    currency: str | None
    qualifier: str | None
    per_year: bool
    date: str | None
    date_precision: str | None
    date_inferred: bool  # the article's publication date stands in: the text gives none
    term_start: str | None
    term_end: str | None
    parties: dict[str, str]  # name -> role
    spans: list[FieldSpan] = field(default_factory=list)


@dataclass(slots=True)
class ArticleSource:
    """An article that reports the deal, with every passage in it that does."""

    article_id: int
    title: str | None
    outlet: str | None
    published: str | None
    published_precision: str | None
    published_source: str | None
    file_name: str
    path: str
    file_exists: bool
    text: str
    readings: list[SourceReading] = field(default_factory=list)

    @property
    def date_label(self) -> str:
        """"2025-11-21 (from the date line)" — the date and how it was found."""
        if not self.published:
            return "date unknown"
        how = DATE_SOURCE_LABELS.get(self.published_source or "", self.published_source or "source unknown")
        return f"{self.published} ({how})"

    @property
    def name(self) -> str:
        """A short name for column headers: the outlet, else the file."""
        return self.outlet or self.file_name


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One row of the side-by-side table: a field and what each source says (aligned with
    the sources passed to `disagreements`; several passages of one article are joined)."""

    field: str
    values: list[str]


# --- reading the store ------------------------------------------------------------------

_ARTICLE_SQL = (
    "SELECT DISTINCT a.id, a.title, a.outlet, a.published, a.published_precision,"
    " a.published_source, a.file_name, a.path, a.text"
    " FROM evidence e JOIN articles a ON a.id = e.article_id WHERE e.deal_id = ?"
    " ORDER BY a.published IS NULL, a.published, a.id"
)
_READING_SQL = (
    "SELECT id, article_id, start, end, sentence, kind, status, amount, amount_max, amount_usd,"
    " currency, qualifier, per_year, date, date_precision, date_inferred, term_start, term_end,"
    " parties, spans FROM evidence WHERE deal_id = ? ORDER BY article_id, start, id"
)


def deal_title(store: Store, deal_id: int) -> str | None:
    row = store.db.execute("SELECT title FROM deals WHERE id = ?", [deal_id]).fetchone()
    return row[0] if row else None


def deal_sources(store: Store, deal_id: int) -> list[ArticleSource]:
    """The articles reporting the deal, oldest first (undated last), each with its readings."""
    articles = {
        row[0]: ArticleSource(
            article_id=row[0], title=row[1], outlet=row[2], published=row[3],
            published_precision=row[4], published_source=row[5], file_name=row[6], path=row[7],
            file_exists=Path(row[7]).is_file(), text=row[8],
        )
        for row in store.db.execute(_ARTICLE_SQL, [deal_id])
    }
    rows = store.db.execute(_READING_SQL, [deal_id]).fetchall()
    names = _party_names(store, {name for row in rows for name in json.loads(row[18] or "{}")})
    for row in rows:
        article = articles[row[1]]
        article.readings.append(_reading(row, article.text, names))
    return list(articles.values())


def _reading(row: tuple, text: str, names: dict[str, list[str]]) -> SourceReading:
    (evidence_id, _article, start, end, sentence, kind, status, amount, amount_max, amount_usd,
     currency, qualifier, per_year, date, precision, inferred, term_start, term_end,
     parties_json, spans_json) = row
    parties = json.loads(parties_json or "{}")
    start, end = _sentence_range(text, start, end, sentence)
    return SourceReading(
        evidence_id=evidence_id, start=start, end=end, sentence=sentence, kind=kind, status=status,
        amount=amount, amount_max=amount_max, amount_usd=amount_usd, currency=currency,
        qualifier=qualifier, per_year=bool(per_year), date=date, date_precision=precision,
        date_inferred=bool(inferred), term_start=term_start, term_end=term_end, parties=parties,
        spans=_field_spans(text, json.loads(spans_json or "{}"), parties, names),
    )


def _sentence_range(text: str, start: int, end: int, sentence: str) -> tuple[int, int]:
    """The stored offsets when they still point at the sentence, else where it now stands."""
    if 0 <= start <= end <= len(text) and text[start:end] == sentence:
        return start, end
    found = text.find(sentence) if sentence else -1
    return (found, found + len(sentence)) if found >= 0 else (0, 0)


def _field_spans(text: str, raw: dict[str, list[int]], parties: dict[str, str],
                 names: dict[str, list[str]]) -> list[FieldSpan]:
    spans: list[FieldSpan] = []
    for name, (start, end) in sorted(raw.items(), key=lambda kv: kv[1][0]):
        if not (0 <= start < end <= len(text)):
            continue  # a span that no longer fits the text would highlight the wrong words
        if name == "parties":
            spans += _party_spans(text, start, end, parties, names)
        else:
            spans.append(FieldSpan(name, start, end))
    if raw.get("term_start") and raw.get("term_start") == raw.get("term_end"):
        # "2025 bis 2028" gives both ends one span: show it once
        spans = [s for s in spans if s.field != "term_end"]
    return sorted(spans, key=lambda s: (s.start, s.end))


# --- parties: each company's own words ---------------------------------------------------

def _party_names(store: Store, companies: set[str]) -> dict[str, list[str]]:
    """Company -> the words that name it: its name, stored and curated aliases (the stored
    ones fold case, the curated file keeps "NVIDIA" beside "Nvidia"), and the people who act
    for it; longest first so "Amazon Web Services" wins over "Amazon"."""
    names: dict[str, set[str]] = {c: {c} for c in companies}
    marks = ",".join("?" for _ in companies)
    for company, alias in store.db.execute(
        "SELECT c.name, a.alias FROM companies c JOIN company_aliases a ON a.company_id = c.id"
        f" WHERE c.name IN ({marks})", sorted(companies),
    ):
        names[company].add(alias)
    curated = load_json("companies.json")
    for company, aliases in curated.get("companies", {}).items():
        if company in names:
            names[company].update(aliases)
    for person, company in curated.get("persons", {}).items():
        if person != "about" and company in names:
            names[company].add(person)
    return {c: sorted(v, key=len, reverse=True) for c, v in names.items()}


def _party_spans(text: str, start: int, end: int, parties: dict[str, str],
                 names: dict[str, list[str]]) -> list[FieldSpan]:
    """Each party's mentions inside the stored parties span; the whole span when none is found."""
    found: list[FieldSpan] = []
    for party in parties:
        pattern = _name_pattern(names.get(party, [party]))
        hits = [FieldSpan("parties", m.start(), m.end(), party)
                for m in pattern.finditer(text, start, end)]
        found += [h for h in hits if not any(_overlaps(h, f) for f in found)]
    return found or [FieldSpan("parties", start, end, ", ".join(parties))]


def _name_pattern(words: list[str]) -> re.Pattern[str]:
    """Whole words, also as a genitive or compound head: "Microsofts", "OpenAI-Chef"."""
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?=s?(?!\w)|-)")


def _overlaps(a: FieldSpan, b: FieldSpan) -> bool:
    return a.start < b.end and b.start < a.end


# --- where the sources disagree -----------------------------------------------------------

def disagreements(sources: list[ArticleSource]) -> list[Disagreement]:
    """The fields (amount, currency, date, status) on which two articles differ, with what
    each article says. Passages of one article never disagree with each other here (the
    table is about who says what); values a source does not state never count, nor do
    dates that are only the article's publication date."""
    pairs = [(a, b) for i, first in enumerate(sources) for second in sources[i + 1:]
             for a in first.readings for b in second.readings]
    return [
        Disagreement(name, [_source_value(name, s) for s in sources])
        for name in COMPARED_FIELDS
        if any(_differ(name, a, b) for a, b in pairs)
    ]


def _differ(name: str, a: SourceReading, b: SourceReading) -> bool:
    if name == "amount":
        if a.amount is None or b.amount is None:
            return False
        # across currencies the converted figure counts, as in the merge
        x, y = ((a.amount_usd, b.amount_usd) if a.amount_usd is not None and b.amount_usd is not None
                else (a.amount, b.amount))
        return abs(x - y) > SAME_FIGURE * max(abs(x), abs(y))
    if name == "date":
        x, y = (None if a.date_inferred else a.date), (None if b.date_inferred else b.date)
        # "2025-06" and "2025-06-15" say the same at different precision
        return bool(x and y) and not (x.startswith(y) or y.startswith(x))
    x, y = getattr(a, name), getattr(b, name)
    return bool(x and y) and x != y


def _source_value(name: str, source: ArticleSource) -> str:
    values: list[str] = []
    for r in source.readings:
        value = reading_value(name, r)
        if value not in values:
            values.append(value)
    return " / ".join(values)


def reading_value(name: str, r: SourceReading) -> str:
    """A reading's field as the table shows it; "—" where the passage does not say."""
    if name == "amount":
        return _amount_text(r)
    if name == "date":
        if not r.date:
            return "—"
        return f"{r.date} (publication date)" if r.date_inferred else readable_date(r.date)
    return getattr(r, name) or "—"


def _amount_text(r: SourceReading) -> str:
    if r.amount is None:
        return "—"
    text = short_amount(r.amount, r.currency)
    if r.amount_max is not None:
        text = f"{short_amount(r.amount, None)} – {short_amount(r.amount_max, r.currency)}"
    text = QUALIFIER_WORDS.get(r.qualifier or "", "") + text
    return text + (" per year" if r.per_year else "")


def citation(source: ArticleSource, reading: SourceReading | None = None) -> str:
    """A plain-text reference to paste elsewhere: title, outlet, date, file, and the passage."""
    head = ", ".join(x for x in (source.title or source.file_name, source.outlet, source.published) if x)
    lines = [head, source.path]
    if reading is not None:
        lines.append(f"“{' '.join(reading.sentence.split())}”")
    return "\n".join(lines)
