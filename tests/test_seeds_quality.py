"""Extraction quality on the sample articles, measured with the shared scorer against the gold file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.export.csv_export import write_csv
from desktop.ingest.importer import run_import
from desktop.storage.queries import list_deals
from desktop.storage.store import Store
from tests.conftest import SEEDS, SHARED


def test_seed_deals_score_against_the_gold(tmp_path: Path) -> None:
    with Store.open(tmp_path / "q.sqlite") as store:
        run_import(store, [SEEDS], workers=1)
        out = tmp_path / "deals.csv"
        with open(out, "w", encoding="utf-8", newline="") as f:
            write_csv(list_deals(store), f)
    res = subprocess.run([sys.executable, str(SHARED / "tools" / "score_deals.py"),
                          str(SHARED / "gold" / "seeds.json"), str(out), "--json"],
                         capture_output=True, text=True, check=True)
    score = json.loads(res.stdout)
    assert score["f1"] >= 0.95, score
    assert score["missed_merges"] == 0, score
    assert score["accuracy"]["date"] >= 0.9, score


HERE = Path(__file__).resolve().parent
# Written for the tests, independent of the extractor (see their README). The extractor was
# developed against these; each floor sits a little under today's score and guards against
# going back. The target for text the extractor has not seen is F1 0.85: each new
# corpus is scored once on arrival (its first score, in the README, is that measure), then
# joins these. A corpus waiting for that first score goes in HELD_OUT (checked, not scored), and so
# does one first scored at the end of a session: it joins these, and the models' training, the next.
CORPORA = {"corpus": 0.93, "corpus2": 0.92, "corpus3": 0.91, "corpus4": 0.92, "corpus5": 0.94, "corpus6": 0.93,
           "corpus7": 0.9, "corpus8": 0.88, "corpus9": 0.95, "corpus10": 0.9, "corpus11": 0.89, "corpus12": 0.91,
           "corpus13": 0.84, "corpus14": 0.82, "corpus15": 0.79, "corpus16": 0.89, "corpus17": 0.89,
           "corpus18": 0.87, "corpus19": 0.87, "corpus20": 0.92, "corpus21": 0.92, "corpus22": 0.84,
           "corpus23": 0.86, "corpus24": 0.91, "corpus25": 0.85, "corpus26": 0.91, "corpus27": 0.82,
           "corpus28": 0.76, "corpus29": 0.86, "corpus30": 0.8, "corpus31": 0.87, "corpus32": 0.89,
           "corpus33": 0.87, "corpus34": 0.86, "corpus35": 0.54, "corpus36": 0.79, "corpus37": 0.56,
           "corpus38": 0.81, "corpus39": 0.73, "corpus40": 0.73, "corpus41": 0.74, "corpus42": 0.81,
           "corpus43": 0.8, "corpus44": 0.77, "corpus45": 0.85, "corpus46": 0.76, "corpus47": 0.84,
           "corpus48": 0.89, "corpus49": 0.77, "corpus50": 0.73, "corpus51": 0.6, "corpus52": 0.8,
           "corpus53": 0.76, "corpus54": 0.79, "corpus55": 0.81, "corpus56": 0.82, "corpus57": 0.8,
           "corpus58": 0.76, "corpus59": 0.75, "corpus60": 0.73, "corpus61": 0.85,
           "corpus62": 0.84, "corpus63": 0.72, "corpus64": 0.8, "corpus65": 0.7,
           "corpus66": 0.84, "corpus67": 0.83, "corpus68": 0.84, "corpus69": 0.86,
           "corpus70": 0.76, "corpus71": 0.84, "corpus72": 0.96, "corpus73": 0.94,
           "corpus74": 0.75, "corpus75": 0.85, "corpus76": 0.88, "corpus77": 0.91,
           "corpus78": 0.87, "corpus79": 0.92, "corpus80": 0.84, "corpus81": 0.84,
           "corpus82": 0.76, "corpus83": 0.66, "corpus84": 0.83, "corpus85": 0.81,
           "corpus86": 0.88, "corpus87": 0.94, "corpus88": 0.85, "corpus89": 0.88,
           "corpus90": 0.84, "corpus91": 0.83, "corpus92": 0.8, "corpus93": 0.92,
           "corpus94": 0.88, "corpus95": 0.75, "corpus96": 0.79, "corpus97": 0.84,
           "corpus98": 0.9, "corpus99": 0.78, "corpus100": 0.81, "corpus101": 0.82,
           "corpus102": 0.76, "corpus103": 0.84, "corpus104": 0.71, "corpus105": 0.84,
           "corpus106": 0.87, "corpus107": 0.84, "corpus108": 0.76, "corpus109": 0.77,
           "corpus110": 0.70, "corpus111": 0.77, "corpus112": 0.82, "corpus113": 0.84,
           "corpus114": 0.86, "corpus115": 0.82, "corpus116": 0.83, "corpus117": 0.89,
           "corpus118": 0.88, "corpus119": 0.88, "corpus120": 0.84, "corpus121": 0.88,
           "corpus122": 0.78, "corpus123": 0.87, "corpus124": 0.79, "corpus125": 0.82,
           "corpus126": 0.83, "corpus127": 0.77, "corpus128": 0.92, "corpus129": 0.88,
           "corpus130": 0.84, "corpus131": 0.88, "corpus132": 0.86, "corpus133": 0.84,
           "corpus134": 0.82, "corpus135": 0.75, "corpus136": 0.76, "corpus137": 0.89,
           "corpus138": 0.84, "corpus139": 0.93, "corpus140": 0.86, "corpus141": 0.84,
           "corpus142": 0.81, "corpus143": 0.86, "corpus144": 0.77, "corpus145": 0.82,
           "corpus146": 0.84, "corpus147": 0.84, "corpus148": 0.91, "corpus149": 0.84,
           "corpus150": 0.93, "corpus151": 0.91, "corpus152": 0.83, "corpus153": 0.88,
           "corpus154": 0.91, "corpus155": 0.93, "corpus156": 0.84, "corpus157": 0.84,
           "corpus158": 0.85, "corpus159": 0.84, "corpus160": 0.86, "corpus161": 0.90,
           "corpus162": 0.84, "corpus163": 0.83, "corpus164": 0.87, "corpus165": 0.86,
           "corpus166": 0.86, "corpus167": 0.91, "corpus168": 0.80, "corpus169": 0.81,
           "corpus170": 0.85, "corpus171": 0.90, "corpus172": 0.87, "corpus173": 0.92,
           "corpus174": 0.80, "corpus175": 0.85, "corpus176": 0.81, "corpus177": 0.88,
           "corpus178": 0.81, "corpus179": 0.85, "corpus180": 0.91, "corpus181": 0.83,
           "corpus182": 0.82, "corpus183": 0.95, "corpus184": 0.77, "corpus185": 0.95,
           "corpus186": 0.90, "corpus187": 0.83, "corpus188": 0.88, "corpus189": 0.92,
           "corpus190": 0.87, "corpus191": 0.77, "corpus192": 0.85, "corpus193": 0.85}
HELD_OUT: list[str] = ["corpus194", "corpus195", "corpus196", "corpus197"]  # first scored at the end of session 16


@pytest.mark.parametrize("name", CORPORA)
def test_own_corpus_scores_against_its_gold(tmp_path: Path, name: str) -> None:
    corpus = HERE / name
    with Store.open(tmp_path / "c.sqlite") as store:
        run_import(store, [corpus / "articles"], workers=1)
        out = tmp_path / "deals.csv"
        with open(out, "w", encoding="utf-8", newline="") as f:
            write_csv(list_deals(store), f)
    res = subprocess.run([sys.executable, str(SHARED / "tools" / "score_deals.py"),
                          str(corpus / "gold.json"), str(out), "--json"],
                         capture_output=True, text=True, check=True)
    score = json.loads(res.stdout)
    assert score["f1"] >= CORPORA[name], {k: score[k] for k in ("f1", "precision", "recall", "missed")}


@pytest.mark.parametrize("name", [*CORPORA, *HELD_OUT])
def test_corpus_gold_is_consistent(name: str) -> None:
    res = subprocess.run([sys.executable, str(HERE / name / "check_gold.py")], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
