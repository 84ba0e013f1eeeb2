#!/usr/bin/env python3
"""Validate this corpus's hand annotation (gold.json against articles/).

Usage: python3 tests/corpus194/check_gold.py [GOLD.json] [--summary]
The checks are in tests/check_corpus_gold.py, shared by every corpus. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_corpus_gold import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv, HERE))
