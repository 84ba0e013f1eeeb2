"""Plain records passed in and out of the store."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class NewArticle:
    file_name: str
    path: str
    sha256: str
    text: str
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: str | None = None
    published_precision: str | None = None
    published_source: str | None = None
    encoding: str | None = None


@dataclass(slots=True)
class Source:
    article_id: int
    file_name: str
    title: str | None
    outlet: str | None
    published: str | None
    published_source: str | None
    sentence: str
    start: int
    end: int
    amount: float | None
    currency: str | None
    status: str | None
    date: str | None


@dataclass(slots=True)
class DealRow:
    """A merged deal as the export and the views see it."""

    id: int
    kind: str
    status: str
    parties: list[str]
    amount: float | None
    amount_max: float | None
    currency: str | None
    qualifier: str | None
    amount_usd: float | None
    date: str | None
    date_precision: str | None
    term_start: str | None
    term_end: str | None
    title: str
    discrepancies: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @property
    def source_files(self) -> list[str]:
        seen: list[str] = []
        for s in self.sources:
            if s.file_name not in seen:
                seen.append(s.file_name)
        return seen
