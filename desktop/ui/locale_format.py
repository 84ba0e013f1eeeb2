"""Axis labels in the user's language: month names and day order from QLocale.

The headless `desktop.timeline.ticks.label` stays English/ISO (the CLI and tests need a fixed
form); this wraps it with the locale's month names, which the timeline calls through its
`tick_formatter` hook.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale

from desktop.timeline.ticks import Tick, label


def month_names(locale: QLocale) -> list[str]:
    """The 12 short month names as they stand alone (nominative: a label is not inside a date)."""
    return [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]


def day_pattern(locale: QLocale) -> str:
    """Day and short month in the locale's order: '15. Jan' (de), 'Jan 15' (en_US), '15 janv.' (fr)."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if short.lstrip().startswith("M"):
        return "MMM d"
    return "d. MMM" if "d." in short else "d MMM"


def locale_tick_formatter(locale: QLocale | None = None) -> Callable[[Tick], str]:
    """A `Tick -> str` for the time axis in `locale` (default: the user's)."""
    locale = locale or QLocale()
    names = month_names(locale)
    pattern = day_pattern(locale)

    def format_tick(tick: Tick) -> str:
        if tick.level == "day":
            when = tick.when
            return locale.toString(QDate(when.year, when.month, when.day), pattern)
        return label(tick, names)

    return format_tick
