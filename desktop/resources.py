"""Where the data files (`resources/`) and the sample articles (`seeds/`) live."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = _ROOT / "resources"
SEEDS_DIR = _ROOT / "seeds"


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """A JSON data file from `resources/`, parsed once per process."""
    with open(RESOURCES_DIR / name, encoding="utf-8") as f:
        return json.load(f)
