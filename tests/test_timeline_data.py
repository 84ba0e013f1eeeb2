"""Loading the timeline's arrays from the store, in chunks, gives what one pass gives."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.ingest.importer import run_import
from desktop.storage.store import Store
from desktop.timeline import data
from desktop.timeline.marks import DealArrays, parse_span, span_label
from tests.conftest import SEEDS


def _same(a: DealArrays, b: DealArrays) -> None:
    for field in ("deal_id", "t0", "t1", "kind", "status", "precision"):
        assert np.array_equal(getattr(a, field), getattr(b, field)), field
    assert np.allclose(a.amount_usd, b.amount_usd, equal_nan=True, rtol=1e-13)


def test_compact_load_equals_parsing_the_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(None)
    run_import(store, [SEEDS], workers=1)
    whole, undated_whole = DealArrays.from_rows(data.deal_rows(store))
    fast, undated = data.load_deal_arrays(store)
    assert sorted(undated) == sorted(undated_whole)
    _same(fast, whole)
    assert np.all(np.diff(fast.t0) >= 0)
    # the row-by-row fallback (taken when a stored date holds the separator) agrees, in chunks
    monkeypatch.setattr(data, "CHUNK", 3)
    slow, undated_slow = data._load_by_rows(store, "WHERE d.rejected = 0", [])
    assert sorted(undated_slow) == sorted(undated_whole)
    _same(slow, whole)


def test_unknown_kinds_and_statuses_map_like_the_row_parser() -> None:
    store = Store.open(None)
    run_import(store, [SEEDS], workers=1)
    store.db.execute("UPDATE deals SET kind = 'made_up', status = 'odd' WHERE id = (SELECT min(id) FROM deals)")
    fast, _ = data.load_deal_arrays(store)
    whole, _ = DealArrays.from_rows(data.deal_rows(store))
    _same(fast, whole)


def test_parties_load_as_compact_arrays() -> None:
    store = Store.open(None)
    run_import(store, [SEEDS], workers=1)
    parties = data.deal_parties(store)
    assert parties.companies.dtype == np.int32 and len(parties.names) == len(set(parties.names))
    expected: dict[int, list[str]] = {}
    for deal_id, name in store.db.execute(
            "SELECT dp.deal_id, c.name FROM deal_parties dp JOIN companies c ON c.id = dp.company_id"
            " ORDER BY dp.deal_id, dp.position"):
        expected.setdefault(deal_id, []).append(name)
    assert {d: sorted(v) for d, v in parties.to_dict().items()} == {d: sorted(v) for d, v in expected.items()}
    assert any("OpenAI" in names for names in parties.to_dict().values())


def test_term_spans_cover_whole_periods_and_open_ends_start_at_the_announcement() -> None:
    from datetime import date

    from desktop.timeline.marks import term_span
    from desktop.timeline.viewport import to_days

    assert term_span("2027", "2031", 0.0) == (to_days(date(2027, 1, 1)), to_days(date(2032, 1, 1)))
    assert term_span(None, "2028-06", 100.0) == (100.0, to_days(date(2028, 7, 1)))
    assert term_span("2027", None, 0.0) == (to_days(date(2027, 1, 1)), to_days(date(2028, 1, 1)))
    assert term_span("2031", "2027", 0.0) is None  # backwards: nothing rather than a wrong bar
    assert term_span(None, None, 5.0) is None


@pytest.mark.parametrize("value, precision, text", [
    ("2025-06-15", "day", "15 Jun 2025"), ("2025-06", "month", "Jun 2025"), ("2025-Q3", "quarter", "Q3 2025"),
    ("2025-21", "quarter", "spring 2025"), ("2025-24", "quarter", "winter 2025"), ("2025-H2", "half", "H2 2025"),
    ("2025", "year", "2025"), ("2020s", "decade", "2020s"), ("2025-W24", "week", "week of 9 Jun 2025"),
])
def test_a_deal_date_reads_at_its_precision(value: str, precision: str, text: str) -> None:
    t0, _t1, prec = parse_span(value, precision)
    assert span_label(t0, prec) == text


def test_seasons_read_by_name_in_tables() -> None:
    from desktop.extraction.date_values import readable_date

    assert readable_date("2025-21") == "spring 2025" and readable_date("2025-23") == "autumn 2025"
    assert readable_date("2025-06") == "2025-06" and readable_date(None) is None
