#!/usr/bin/env python3
"""Case-insensitive fixed-string search of corpus20's invented names over earlier corpus folders and ../../../shared/ (prints hits only)."""
import glob
from pathlib import Path
HERE = Path(__file__).resolve().parent
NAMES = ["Plinthway", "Delphine Threlkeld", "Threlkeld", "Kursnische", "Harbourgate", "Tobias Fenwright", "Fenwright", "Ilse Marchbanks",
 "Marchbanks", "Ross Kelderman", "Kelderman", "Handelsfeder", "Katrin Oberschwendt", "Oberschwendt", "Ledgerfront", "Corliss Vandermeer-Pike",
 "Vandermeer", "Northumbrian Tideline", "Tideline", "Harriet Coldwell", "Elbhang-Rundschau", "Anselm Tröndlin", "Tröndlin", "Ostmarkt Digital",
 "Widełki Analytics", "Diecast Notes", "Wendell Adebisi-Rowe", "Adebisi-Rowe", "Börsenlotse", "Ferdinand Uhlbrock", "Uhlbrock", "Brunsbeker",
 "TickerTrail", "Kühlgang", "Severin Haltermann", "Haltermann", "Feeder Bay Letter", "Waferline", "Priyanka Sethuraman-Clay", "Sethuraman-Clay",
 "Halbleiterblatt", "Lioba Quernheimer", "Quernheimer", "Godavari Courier", "Rheinische Handelspost", "Ruben Achterwald", "Achterwald",
 "Gulf Meridian", "Nasser Al-Ghadeer", "Al-Ghadeer", "finanzbrise", "Gleichrichter Magazin", "Jonte Wiesehöfer", "Wiesehöfer"]
files = [p for d in glob.glob(str(HERE.parent / "corpus*")) if not d.endswith(("corpus20", "corpus21"))
         for p in glob.glob(d + "/**/*", recursive=True) if Path(p).is_file()]
files += [p for p in glob.glob("/work/shared/**/*", recursive=True) if Path(p).is_file()]
texts = {p: Path(p).read_text(encoding="utf-8", errors="replace").lower() for p in files}
hits = 0
for n in NAMES:
    found = [p for p, t in texts.items() if n.lower() in t]
    if found:
        hits += 1
        print(n, "->", ", ".join(found[:3]))
print(f"{len(NAMES)} names, {len(files)} files, {hits} found")
