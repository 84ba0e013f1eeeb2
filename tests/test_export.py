"""The deals CSV contract: columns, number formats, both dialects, formula injection."""

from __future__ import annotations

import csv
import io

from desktop.export.csv_export import COLUMNS, csv_text, format_number, neutralise
from desktop.storage.records import DealRow, Source


def deal(**kw) -> DealRow:
    base = dict(
        id=7, kind="cloud_contract", status="signed", parties=["Oracle", "OpenAI"],
        amount=30e9, amount_max=None, currency="USD", qualifier="exact", amount_usd=30e9,
        date="2025-06", date_precision="month", term_start=None, term_end=None,
        title="Oracle – OpenAI: cloud contract, 30 bn USD",
        sources=[Source(1, "002.txt", None, None, None, None, "Im Juni 2025 unterzeichnete …", 0, 9,
                        30e9, "USD", "signed", "2025-06"),
                 Source(2, "009.txt", None, None, None, None, "Oracle, OpenAI sign", 0, 9,
                        None, None, "signed", None)],
    )
    base.update(kw)
    return DealRow(**base)


def rows(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))


def test_header_and_values_international() -> None:
    text = csv_text([deal()])
    assert text.splitlines()[0] == ",".join(COLUMNS)
    (row,) = rows(text)
    assert row["amount"] == "30000000000"
    assert row["parties"] == "Oracle; OpenAI"
    assert row["sources"] == "002.txt; 009.txt"
    assert row["date"] == "2025-06" and row["date_precision"] == "month"
    assert row["amount_max"] == ""
    assert "\r\n" in text  # RFC 4180 line ends


def test_excel_de_dialect_uses_semicolon_decimal_comma_and_bom() -> None:
    text = csv_text([deal(amount=1.5e9, amount_max=2.25, currency="EUR")], "excel-de")
    assert text.startswith("\ufeff")
    (row,) = rows(text, ";")
    assert row["amount"] == "1500000000"
    assert row["amount_max"] == "2,25"


def test_numbers_are_plain_decimals_never_exponents() -> None:
    assert format_number(1.4e12) == "1400000000000"
    assert format_number(57.6e9) == "57600000000"
    assert format_number(0.5) == "0.5"
    assert format_number(None) == ""


def test_formula_injection_is_neutralised_in_text_cells() -> None:
    for evil in ("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(evil).startswith("'")
    (row,) = rows(csv_text([deal(title="=cmd|' /C calc'!A0", parties=["@evil", "OpenAI"])]))
    assert row["title"] == "'=cmd|' /C calc'!A0"
    assert row["parties"].startswith("'@evil")
    assert neutralise("Oracle") == "Oracle"


def test_score_tool_can_read_the_export(tmp_path) -> None:
    import subprocess
    import sys
    from tests.conftest import SHARED

    path = tmp_path / "d.csv"
    path.write_text(csv_text([deal()], "excel-de"), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score_deals.py"),
                          str(SHARED / "gold" / "seeds.json"), str(path)],
                         capture_output=True, text=True, check=True).stdout
    assert "predictions: 1" in out
