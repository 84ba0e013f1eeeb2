"""A synthetic news corpus for benchmarks: German and English articles of about 4 KB.

Each article reports one to three deals between companies of the alias table, with random
amounts and dates, padded with filler paragraphs, an ad block and a byline — the shape of
the real samples, generated so the benchmark needs no data files.
"""

from __future__ import annotations

import random
from pathlib import Path

from desktop.resources import load_json

MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
DE_DEALS = [
    "Im {month} {year} unterzeichnete {a} einen {n}-Milliarden-Dollar-Vertrag über Cloud-Services mit {b}.",
    "{a} will rund {n} Milliarden Euro in {b} investieren, wie das Unternehmen am Dienstag mitteilte.",
    "Insidern zufolge verhandelt {a} mit {b} über eine Beteiligung im Volumen von bis zu {n} Milliarden Dollar.",
    "{a} und {b} haben eine strategische Partnerschaft für KI-Rechenzentren vereinbart.",
    "{a} plant Investitionen von {n},5 Milliarden US-Dollar in neue Rechenzentren.",
]
EN_DEALS = [
    "In {month_en} {year}, {a} signed a ${n} billion cloud contract with {b}.",
    "{a} agreed to invest about ${n}bn in {b}, the companies announced on Monday.",
    "{a} is in talks with {b} about a supply deal worth up to {n} billion dollars.",
]
FILLER_DE = (
    "Die Nachfrage nach Rechenleistung wächst weiter, und Analysten sehen keinen schnellen Rückgang. "
    "Der Konzern hatte zuletzt mehrere neue Standorte angekündigt, die in den kommenden Jahren ans Netz gehen. "
    "Kritiker warnen vor einer Blase, während die Unternehmen auf langfristiges Wachstum setzen. "
)
FILLER_EN = (
    "Demand for computing power keeps growing, and analysts see no quick slowdown. "
    "The group recently announced several new sites that will come online over the coming years. "
    "Critics warn of a bubble while the companies bet on long-term growth. "
)
AD = "Anzeige\nJetzt kostenlosen Leitfaden herunterladen und 15.000€ Gold zu gewinnen.\n"


def article(rng: random.Random, index: int) -> str:
    companies = list(load_json("companies.json")["companies"])
    german = rng.random() < 0.7
    templates, filler = (DE_DEALS, FILLER_DE) if german else (EN_DEALS, FILLER_EN)
    year = rng.randint(2019, 2026)
    lines = [f"date {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
             f"Meldung {index}: Neue Deals im KI-Rennen" if german else f"Story {index}: new AI deals"]
    for _ in range(rng.randint(1, 3)):
        a, b = rng.sample(companies, 2)
        month = rng.randint(1, 12)
        lines.append(rng.choice(templates).format(
            a=a, b=b, n=rng.randint(1, 400), year=year, month=MONTHS_DE[month - 1],
            month_en=["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"][month - 1]))
        lines.append(filler * rng.randint(3, 5))
    if german:
        lines.append(AD)
    lines.append("(Bericht von Redaktion; Redigiert von Team)")
    text = "\n\n".join(lines)
    while len(text) < 4000:
        text += "\n\n" + filler
    return text[:4500]


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"article_{i:05d}.txt"
        path.write_text(article(rng, i), encoding="utf-8")
        paths.append(path)
    return paths
