"""Loading the timeline's arrays from the store, in chunks, gives what one pass gives."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.ingest.importer import run_import
from desktop.storage.store import Store
from desktop.timeline import data
from desktop.timeline.marks import DealArrays
from tests.conftest import SEEDS


def test_chunked_load_equals_a_single_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(None)
    run_import(store, [SEEDS], workers=1)
    whole, undated_whole = DealArrays.from_rows(data.deal_rows(store))
    monkeypatch.setattr(data, "CHUNK", 3)
    chunked, undated = data.load_deal_arrays(store)
    assert sorted(undated) == sorted(undated_whole)
    for field in ("deal_id", "t0", "t1", "kind", "status", "precision"):
        assert np.array_equal(getattr(chunked, field), getattr(whole, field)), field
    assert np.allclose(chunked.amount_usd, whole.amount_usd, equal_nan=True)
    assert np.all(np.diff(chunked.t0) >= 0)


def test_parties_share_one_string_per_company() -> None:
    store = Store.open(None)
    run_import(store, [SEEDS], workers=1)
    parties = data.deal_parties(store)
    openai = [name for names in parties.values() for name in names if name == "OpenAI"]
    assert len(openai) > 2 and all(name is openai[0] for name in openai)
