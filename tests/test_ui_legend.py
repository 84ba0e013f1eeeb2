"""The legend explains every kind, size and outline the timeline draws, and the kind colours stay
apart for colour-blind readers."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale  # noqa: E402

from desktop.resources import load_json  # noqa: E402
from desktop.timeline.marks import KINDS  # noqa: E402
from desktop.timeline.ticks import Tick  # noqa: E402
from desktop.ui.legend import KIND_NAMES, Glyph  # noqa: E402
from desktop.ui.locale_format import locale_tick_formatter  # noqa: E402
from desktop.ui.mark_scale import MIN_SIZE, amount_reference, legend_amounts, mark_size, mark_sizes  # noqa: E402
from desktop.ui.timeline_view import LANE_H  # noqa: E402
from tests.conftest import ROOT  # noqa: E402

SCREENSHOTS = ROOT / "screenshots"

# Machado, Oliveira & Fernandes (2009), full severity, on linear RGB.
CVD = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


def test_the_legend_shows_every_kind_status_and_the_no_amount_glyph(window) -> None:
    legend = window.legend
    entries = legend.entries()
    assert [KIND_NAMES[k] for k in KINDS] == entries[:len(KINDS)]
    for text in ("no amount", "rumoured, negotiating", "cancelled", "month or year only", "today"):
        assert text in entries
    assert window.legend_dock.isVisible()
    assert len(legend.findChildren(Glyph)) == len(entries)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.legend_dock.grab().save(str(SCREENSHOTS / "legend.png"))


def test_amount_samples_use_the_timelines_size_function(window) -> None:
    reference = amount_reference(window.timeline.deals.amount_usd)
    assert reference == pytest.approx(1.4e12)  # OpenAI's 1.4 tn plan is the largest sample deal
    assert legend_amounts(reference) == [1e10, 1e11, 1e12]
    assert [e for e in window.legend.entries() if e.endswith("USD")] == ["10 bn USD", "100 bn USD", "1 tn USD"]
    sizes = mark_sizes(np.array([1e10, 1e11, 1e12, np.nan]), reference, LANE_H)
    assert [mark_size(a, reference, LANE_H) for a in (1e10, 1e11, 1e12, None)] == pytest.approx(sizes.tolist())
    assert sizes[-1] == MIN_SIZE and sizes[0] < sizes[1] < sizes[2] <= LANE_H - 6
    # area (diameter squared, above the minimum) grows tenfold with the amount
    grown = (sizes[:3] - MIN_SIZE) ** 2
    assert grown[2] / grown[1] == pytest.approx(10) and grown[1] / grown[0] == pytest.approx(10)


def test_the_view_menu_toggles_the_legend(window) -> None:
    action = window.legend_dock.toggleViewAction()
    assert action in window.menuBar().actions()[-1].menu().actions() or any(
        action in m.menu().actions() for m in window.menuBar().actions() if m.menu())
    assert action.shortcut().toString() == "Ctrl+L"
    action.trigger()
    assert not window.legend_dock.isVisible()
    action.trigger()
    assert window.legend_dock.isVisible()


def _linear(hex_code: str) -> np.ndarray:
    c = np.array([int(hex_code[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _lab(linear: np.ndarray) -> np.ndarray:
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ np.clip(linear, 0, 1)
    f = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(f > 0.008856, np.cbrt(f), 7.787 * f + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_kind_colours_stay_apart_with_colour_blindness() -> None:
    """Every pair of kind colours differs by ΔE*ab ≥ 15 under simulated protan-, deutan- and
    tritanopia (the old grey for 'project' was 7 from partnership's purple for deuteranopes)."""
    kinds = load_json("palette.json")["kinds"]
    assert set(kinds) == set(KINDS)
    for name, matrix in CVD.items():
        seen = {k: _lab(np.array(matrix) @ _linear(v)) for k, v in kinds.items()}
        for a, b in itertools.combinations(kinds, 2):
            assert np.linalg.norm(seen[a] - seen[b]) >= 15, (name, a, b)


def test_axis_labels_follow_the_locale() -> None:
    from datetime import date

    german = locale_tick_formatter(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    english = locale_tick_formatter(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    march = Tick(0.0, "month", False, date(2025, 3, 1))
    assert german(march) == QLocale(QLocale.Language.German).standaloneMonthName(3, QLocale.FormatType.ShortFormat)
    assert german(march).startswith("M") and german(march) != "Mar"
    assert english(march) == "Mar"
    assert german(Tick(0.0, "month", True, date(2025, 5, 1))) == "Mai 2025"
    assert german(Tick(0.0, "day", False, date(2025, 3, 15))) == "15. März"
    assert english(Tick(0.0, "day", False, date(2025, 3, 15))) == "Mar 15"
    assert german(Tick(0.0, "year", True, date(2025, 1, 1))) == "2025"


def test_the_window_paints_the_axis_through_the_locale_formatter(window) -> None:
    calls: list[Tick] = []
    window.timeline.tick_formatter = lambda tick: calls.append(tick) or "x"
    window.timeline.grab()
    assert calls


def test_the_timeline_and_legend_follow_the_display_currency(window) -> None:
    usd = window.timeline.deals.amount_usd.copy()
    window.apply_filter(window.deal_filter.with_(currency="EUR"))
    eur = window.timeline.deals.amount_usd
    both = np.isfinite(usd) & np.isfinite(eur)
    assert both.any() and not np.allclose(usd[both], eur[both])  # converted, not relabelled
    assert window.timeline.currency == "EUR"
    assert window.legend.amounts.heading.text() == "Amount in EUR (area)"
    assert any(entry.endswith(" EUR") for entry in window.legend.entries())
