"""The deals CSV: a public interface, one row per merged deal.

Columns and formats are a contract (see the README): RFC 4180 with `,` and UTF-8 by
default; `excel-de` uses `;`, a decimal comma and a BOM so that a German Excel opens it.
"""

from __future__ import annotations

import csv
import io
from typing import Iterable, TextIO

from desktop.storage.records import DealRow

COLUMNS = (
    "deal_id", "date", "date_precision", "kind", "status", "parties", "amount", "amount_max",
    "currency", "amount_usd", "qualifier", "title", "sources", "evidence",
)
DIALECTS = ("excel", "excel-de")
LIST_SEPARATOR = "; "
EVIDENCE_SEPARATOR = " | "
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as text: a leading apostrophe defuses formula triggers."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def format_number(value: float | None, decimal_comma: bool = False) -> str:
    """Plain decimal in full units: 30000000000, 1.5 — never exponent notation."""
    if value is None:
        return ""
    if float(value).is_integer():
        text = str(int(value))
    else:
        text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if decimal_comma else text


def deal_cells(deal: DealRow, decimal_comma: bool = False) -> list[str]:
    number = lambda v: format_number(v, decimal_comma)  # noqa: E731
    text_cells = {
        "date": deal.date or "",
        "date_precision": deal.date_precision or "",
        "kind": deal.kind,
        "status": deal.status,
        "parties": LIST_SEPARATOR.join(deal.parties),
        "currency": deal.currency or "",
        "qualifier": deal.qualifier or "",
        "title": deal.title,
        "sources": LIST_SEPARATOR.join(deal.source_files),
        "evidence": EVIDENCE_SEPARATOR.join(dict.fromkeys(s.sentence for s in deal.sources)),
    }
    numbers = {
        "deal_id": str(deal.id),
        "amount": number(deal.amount),
        "amount_max": number(deal.amount_max),
        "amount_usd": number(round(deal.amount_usd) if deal.amount_usd is not None else None),
    }
    return [numbers[c] if c in numbers else neutralise(text_cells[c]) for c in COLUMNS]


def write_csv(deals: Iterable[DealRow], out: TextIO, dialect: str = "excel") -> int:
    """Write the header and one row per deal; return the number of deals written."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")
    german = dialect == "excel-de"
    if german:
        out.write("\ufeff")
    writer = csv.writer(out, delimiter=";" if german else ",", lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    count = 0
    for deal in deals:
        writer.writerow(deal_cells(deal, decimal_comma=german))
        count += 1
    return count


def csv_text(deals: Iterable[DealRow], dialect: str = "excel") -> str:
    buf = io.StringIO()
    write_csv(deals, buf, dialect)
    return buf.getvalue()
