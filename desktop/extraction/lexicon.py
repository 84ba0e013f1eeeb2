"""Whether a word is known to the German or English language at all (the `wordfreq` lists)."""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

UNKNOWN_BELOW = 1.0  # Zipf frequency: once per 100 million words


@lru_cache(maxsize=4096)
def unknown_word(word: str) -> bool:
    """Whether neither German nor English uses `word` (an invented company name, a rare
    compound)."""
    return zipf_frequency(word, "de") < UNKNOWN_BELOW and zipf_frequency(word, "en") < UNKNOWN_BELOW


COMMON_FROM = 3.5  # Zipf frequency: thirty times per million words ("Märkte", "Konzepte")
ENGLISH_RARE_BELOW = 3.0  # a name like "Alice" or "Lang" is common in English text too


@lru_cache(maxsize=4096)
def common_german_word(word: str) -> bool:
    """Whether `word` is an everyday German word ("Menschen", "Märkte", "Versicherungen") that
    English does not use (first names and surnames are common in both)."""
    return zipf_frequency(word, "de") >= COMMON_FROM and zipf_frequency(word, "en") < ENGLISH_RARE_BELOW


@lru_cache(maxsize=4096)
def frequency(word: str) -> float:
    """How often German or English uses `word`, whichever uses it more (Zipf)."""
    return max(zipf_frequency(word, "de"), zipf_frequency(word, "en"))
