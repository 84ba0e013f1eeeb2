#!/usr/bin/env python3
"""Write gold.json for tests/corpus58 (the hand annotation lives here; edit, then run).

Usage: python3 tests/corpus58/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the fifty-eighth, held-out test corpus (tests/corpus58/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. Theme: power for AI data centres from the utilities' side (US "
    "utilities' and generators' capital plans and takeovers, nuclear restarts, small reactors, gas "
    "turbines, fuel cells, grid equipment) and German coverage of the same developments. One entry per "
    "article; a deal that several articles report carries the same id in each. 'required': false marks "
    "deals without an amount and vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a "
    "deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | "
    "approx | up_to | at_least | range; 'per' ('year') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or another "
    "measure (equity value vs. price including debt). 'date' is when the deal was announced or agreed "
    "(YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from "
    "the article's own date line, issue line, byline date, <meta>/JSON-LD or <time>, or null when the "
    "article has none); seasons become the year; a completion reported later keeps the date of the "
    "agreement when the text gives it; 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). All deal "
    "parties are real companies or public bodies; their deals are retold from public reports with "
    "amounts and dates close to them but partly shifted or simplified, and two rumours in 020 (Siemens "
    "Energy turbine framework, Vistra gas plants) are invented outright; publications, reporters, "
    "analysts, advertisers and quoted people are invented (invented_names.txt). Nothing here is reporting."
)

ALIASES = {
    "Talen Energy": ["Talen Energy", "Talen"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Vistra": ["Vistra"],
    "Energy Harbor": ["Energy Harbor"],
    "Constellation Energy": ["Constellation Energy", "Constellation"],
    "Microsoft": ["Microsoft"],
    "Calpine": ["Calpine"],
    "Energy Capital Partners": ["Energy Capital Partners"],
    "Brookfield": ["Brookfield"],
    "Dominion Energy": ["Dominion Energy", "Dominion"],
    "Stonepeak": ["Stonepeak"],
    "X-energy": ["X-energy"],
    "Energy Northwest": ["Energy Northwest"],
    "Google": ["Google"],
    "Kairos Power": ["Kairos Power", "Kairos"],
    "American Electric Power": ["American Electric Power", "AEP"],
    "Bloom Energy": ["Bloom Energy", "Bloom"],
    "KKR": ["KKR"],
    "PSP Investments": ["PSP Investments"],
    "Nuveen": ["Nuveen"],
    "Avenue Capital": ["Avenue Capital"],
    "GE Vernova": ["GE Vernova"],
    "Siemens Energy": ["Siemens Energy"],
    "NRG Energy": ["NRG Energy", "NRG"],
    "LS Power": ["LS Power"],
    "Lotus Infrastructure Partners": ["Lotus Infrastructure Partners"],
    "Ontario Power Generation": ["Ontario Power Generation"],
    "GE Vernova Hitachi Nuclear Energy": ["GE Vernova Hitachi Nuclear Energy", "GE Vernova Hitachi"],
    "Kiewit": ["Kiewit"],
    "Entergy": ["Entergy", "Entergy Louisiana"],
    "Meta": ["Meta"],
    "Caithness Energy": ["Caithness Energy"],
    "US government": ["US-Regierung"],
    "Westinghouse": ["Westinghouse"],
    "NextEra Energy": ["NextEra Energy"],
    "Prolec GE": ["Prolec GE"],
    "Xignux": ["Xignux"],
    "US Department of Energy": ["Department of Energy", "US-Energieministerium"],
    "TerraPower": ["TerraPower"],
    "Oklo": ["Oklo"],
    "Cogentrix Energy": ["Cogentrix Energy"],
    "Hitachi Energy": ["Hitachi Energy"],
    "Mitsubishi Heavy Industries": ["Mitsubishi Heavy Industries", "Mitsubishi Heavy"],
}

B = 1_000_000_000
M = 1_000_000


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
         amount_max=None, kind_alt=None, term=None, per=None, alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def nodeal(id, parties, kind, date, status, evidence, **kw):
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=False, **kw)


A = {}

A["001_talen_cumulus_recloser_en.txt"] = dict(
    published="2024-03-05", language="en",
    published_note="from the header 'March 5, 2024, 07:12 ET'; dateline 'March 4', 'said on Monday' -> 2024-03-04, 'on Friday' -> 2024-03-01",
    deals=[
        deal("talen-amazon-campus-2024", ["Talen Energy", "Amazon"], "acquisition", 650 * M, "USD", "exact",
             "2024-03-04", "signed",
             "AWS will pay $650 million for the Cumulus site, of which $350 million falls due at closing and $300 million once development milestones are met.",
             alt=[(600 * M, "EUR")],
             note="AWS (Amazon) buys Talen's Cumulus campus; Talen and the day ('said on Monday') are in the previous sentence; the $350m/$300m instalments are parts (not_deals); EUR 600m is how 002 states it; first of the Talen-Amazon deals (the 2025 PPA must stay apart)"),
        nodeal("talen-amazon-campus-ppa-2024", ["Talen Energy", "Amazon"], "supply", "2024-03-04", "signed",
               "Under a separate long-term power agreement the buyer can step up its draw in 120-megawatt blocks to a ceiling of 960 megawatts, Talen said, without putting a price on the electricity.",
               note="power agreement that came with the campus sale, no price; 'the buyer' = AWS"),
        deal("vistra-energy-harbor", ["Vistra", "Energy Harbor"], "acquisition", 3.43 * B, "USD", "exact",
             "2024-03-01", "completed",
             "Separately, Vistra said on Friday it had completed its $3.43 billion takeover of Energy Harbor, putting three nuclear stations in Ohio and Pennsylvania into a new subsidiary named Vistra Vision.",
             note="closing reported 'on Friday' (2024-03-01); the text does not give the day of the original agreement, so the closing day is used"),
    ],
    not_deals=["$350 million", "$300 million", "roughly $1.1 million per contracted megawatt", "$88.40",
               "about $5.2 billion", "$28.92 per megawatt-day"])

A["002_ringleitung_brookfield.txt"] = dict(
    published="2024-05-03", language="de",
    published_note="from the issue line 'Ausgabe 18/2024 · Freitag, 3. Mai 2024'; 'am Mittwoch' -> 2024-05-01",
    deals=[
        nodeal("brookfield-microsoft-framework-2024", ["Brookfield", "Microsoft"], "supply", "2024-05-01", "signed",
               "Der kanadische Vermögensverwalter Brookfield und Microsoft haben sich am Mittwoch auf ein Rahmenabkommen verständigt: Brookfields Erneuerbaren-Sparte soll in den Jahren 2026 bis 2030 zusätzliche Wind- und Solarparks mit zusammen rund 10,5 Gigawatt für die Rechenzentren des Softwarekonzerns ans Netz bringen.",
               kind_alt=["partnership", "project"], term=["2026", "2030"],
               note="no price ('Über Geld sprachen beide Seiten nicht'); the analysts' 'mehr als zehn Milliarden Dollar' is an estimate and a not_deal"),
        deal("talen-amazon-campus-2024", ["Talen Energy", "Amazon"], "acquisition", 600 * M, "EUR", "approx",
             "2024-03", "completed",
             "Talen/Amazon: Den Campus neben dem Kernkraftwerk Susquehanna hat Amazon Web Services inzwischen übernommen; der Kaufpreis von umgerechnet rund 600 Millionen Euro war Anfang März vereinbart worden.",
             note="same campus sale as 001, EUR conversion of $650m; 'Anfang März' -> 2024-03; Talen only in the bullet label"),
        deal("stonepeak-dominion-cvow-2024", ["Stonepeak", "Dominion Energy"], "investment", 3 * B, "USD", "approx",
             "2024-02", "signed",
             "Dominion/Stonepeak: Für etwa drei Milliarden Dollar steigt der New Yorker Infrastrukturinvestor Stonepeak mit 50 Prozent beim Offshore-Windpark vor Virginia Beach ein.",
             kind_alt=["acquisition", "joint_venture"],
             note="50% stake in Dominion's offshore wind project; the date ('im Februar') and Dominion's full name are in the next sentence; regulatory approval pending"),
    ],
    not_deals=["mehr als zehn Milliarden Dollar", "bis zu 15 Dollar je Megawattstunde",
               "8,9 US-Cent je Kilowattstunde", "290 Euro"])

A["003_crane_restart_swatara_en.html"] = dict(
    published="2024-09-21", language="en",
    published_note="no visible date; from <meta property='article:published_time'> and JSON-LD datePublished 2024-09-21 (a Saturday); 'on Friday' -> 2024-09-20",
    deals=[
        deal("constellation-crane-restart", ["Constellation Energy"], "project", 1.6 * B, "USD", "approx",
             "2024-09-20", "planned",
             "Constellation Energy said on Friday it will invest about $1.6 billion to restart Unit 1, which it will rename the Crane Clean Energy Center, with power flowing again in 2028 if the Nuclear Regulatory Commission agrees.",
             kind_alt=["capex_plan"], alt=[(1.45 * B, "EUR")],
             note="restart investment of the spender only; EUR 1.45bn is how 004 states it"),
        nodeal("microsoft-constellation-crane-ppa", ["Microsoft", "Constellation Energy"], "supply", "2024-09-20", "signed",
               "The software company signed a 20-year purchase agreement with the Baltimore utility; neither side disclosed what it pays.",
               note="'The software company' = Microsoft, 'the Baltimore utility' = Constellation; no price"),
    ],
    not_deals=["$16 billion", "upward of $3 billion", "above $90,000 a year", "$253.76",
               "roughly $1 billion so far", "$212 million budget", "$7,950", "$11.99 a month"])

A["004_kurswerk_constellation.txt"] = dict(
    published="2024-09-23", language="de",
    published_note="from the header '23.09.2024 | 07:45 Uhr'; 'am Freitag' -> 2024-09-20; 'vergangene Woche' -> 2024-09",
    deals=[
        deal("constellation-crane-restart", ["Constellation Energy"], "project", 1.6 * B, "USD", "approx",
             "2024-09-20", "planned",
             "Rund 1,6 Milliarden Dollar (knapp 1,45 Milliarden Euro) will der Konzern in die Wiederinbetriebnahme stecken.",
             kind_alt=["capex_plan"], alt=[(1.45 * B, "EUR")],
             note="'der Konzern' = Constellation Energy and 'am Freitag' from the previous sentence"),
        nodeal("microsoft-constellation-crane-ppa", ["Microsoft", "Constellation Energy"], "supply", "2024-09-20", "signed",
               "Abnehmer des gesamten Stroms ist Microsoft – über 20 Jahre, zu einem Preis, den keine der beiden Seiten verraten will."),
        nodeal("vistra-comanche-peak-talks", ["Vistra"], "supply", "2024-09", "negotiating",
               "Auch der texanische Rivale Vistra verhandelt nach eigenen Angaben mit Rechenzentrumsbetreibern über Strom aus seinem Kernkraftwerk Comanche Peak.",
               note="talks with unnamed data centre operators, no amount"),
        deal("vistra-vision-minority-buyout", ["Vistra", "Nuveen", "Avenue Capital"], "acquisition", 3.2 * B, "USD", "approx",
             "2024-09", "announced",
             "Bereits vergangene Woche hatte Vistra angekündigt, für rund 3,2 Milliarden Dollar die restlichen gut 15 Prozent an seiner Atomtochter Vistra Vision von den Finanzinvestoren Nuveen und Avenue Capital zu übernehmen.",
             note="buy-out of the minority in Vistra Vision from the sellers Nuveen and Avenue Capital; payable in instalments to end-2026; 'vergangene Woche' -> 2024-09"),
    ],
    not_deals=["253,76 $", "115,20 $", "178,05 $", "rund 80 Milliarden Dollar", "von 240 auf 300 Dollar",
               "gut 100 Dollar", "ab 25 Euro im Monat", "0 Euro Ordergebühr"])

A["005_fission_ledger_xenergy_en.txt"] = dict(
    published="2024-10-17", language="en",
    published_note="from the issue line 'Issue 42 | Thursday 17 October 2024'; 'on Wednesday' -> 2024-10-16, 'On Monday' -> 2024-10-14",
    deals=[
        deal("amazon-xenergy-2024", ["Amazon", "X-energy"], "investment", 500 * M, "USD", "exact",
             "2024-10-16", "completed",
             "X-energy has raised half a billion dollars in a Series C-1 round anchored by Amazon, the Rockville, Maryland developer said on Wednesday.",
             note="round anchored by Amazon; amount in words ('half a billion dollars'); other investors not parties"),
        nodeal("amazon-energy-northwest-smr", ["Energy Northwest", "Amazon"], "project", "2024-10-16", "signed",
               "Energy Northwest, a public power consortium in Washington state, will build and run an initial four Xe-100 units near Richland with AWS funding the early analysis, and Dominion Energy will study with Amazon whether a small reactor fits at its North Anna site in Virginia.",
               kind_alt=["partnership"], note="no price ('Prices for either were not given')"),
        nodeal("amazon-dominion-smr", ["Dominion Energy", "Amazon"], "partnership", "2024-10-16", "signed",
               "Energy Northwest, a public power consortium in Washington state, will build and run an initial four Xe-100 units near Richland with AWS funding the early analysis, and Dominion Energy will study with Amazon whether a small reactor fits at its North Anna site in Virginia.",
               note="study agreement, no price"),
        nodeal("google-kairos-2024", ["Google", "Kairos Power"], "supply", "2024-10-14", "signed",
               "On Monday, Google signed what it calls the first corporate deal to buy electricity from several small modular reactors.",
               note="Kairos Power named in the next sentence; 'No financial terms'"),
    ],
    not_deals=["up to $1.2 billion", "$8,000 to $10,000", "$1,295", "$149 a year"])

A["006_wattwerk_blog_aep.txt"] = dict(
    published="2024-11-20", language="de",
    published_note="from the byline 'veröffentlicht am 20.11.2024'; 'Anfang November', 'Vergangene Woche', 'Anfang des Monats' -> 2024-11; 'Im Oktober' -> 2024-10",
    deals=[
        deal("aep-capex-2025-2029", ["American Electric Power"], "capex_plan", 54 * B, "USD", "exact",
             "2024-11", "planned",
             "Anfang November hat der Konzern aus Columbus seinen Investitionsplan für 2025 bis 2029 auf 54 Milliarden Dollar aufgestockt – das meiste davon fließt in Leitungen und Umspannwerke.",
             term=["2025", "2029"],
             note="'der Konzern aus Columbus' = American Electric Power (previous sentence); the headline figure is the same plan; first of the two AEP plans (the $72bn 2026-2030 plan must stay apart)"),
        nodeal("aep-bloom-2024", ["American Electric Power", "Bloom Energy"], "supply", "2024-11", "signed",
               "Und weil Leitungen Jahre brauchen, setzt der Versorger auch auf Brennstoffzellen: Vergangene Woche vereinbarte er mit Bloom Energy einen Rahmen für Brennstoffzellen, der bis auf ein Gigawatt anwachsen kann, zunächst für zwei Rechenzentrumskunden in Ohio.",
               note="framework up to 1 GW, no price ('Was das kostet, verraten beide nicht'); must stay apart from the $2.65bn order of 2026"),
        nodeal("talen-amazon-isa-2024", ["Talen Energy", "Amazon"], "other", "2024-11", "cancelled",
               "Sie lehnte einen geänderten Anschlussvertrag ab, mit dem Talen Energy mehr Strom aus Susquehanna direkt an den Amazon-Campus liefern wollte.",
               kind_alt=["supply"],
               note="FERC rejected the amended interconnection agreement ('Anfang des Monats', previous sentence); no amount; not the campus sale nor the 2025 PPA"),
        deal("amazon-xenergy-2024", ["Amazon", "X-energy"], "investment", 500 * M, "USD", "exact",
             "2024-10", "completed",
             "Amazons Geld fließt derweil woanders hin: Im Oktober führte der Konzern eine Finanzierungsrunde über 500 Millionen Dollar bei X-energy an, einem Entwickler kleiner Reaktoren.",
             note="same round as 005; 'der Konzern' = Amazon"),
    ],
    not_deals=["knapp 19 Milliarden Dollar im Jahr", "bis zu 12 Dollar", "rund 99 Dollar",
               "von 95 auf 118 Euro", "drei Euro"])

A["007_penstock_calpine_en.txt"] = dict(
    published="2025-01-10", language="en",
    published_note="from the header 'January 10, 2025 · 4:18 PM ET'; dateline 'Jan 10', 'on Friday' -> 2025-01-10",
    deals=[
        deal("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 16.4 * B, "USD", "approx",
             "2025-01-10", "signed",
             "BALTIMORE, Jan 10 (Penstock) – Constellation Energy agreed on Friday to buy Calpine, America's biggest owner of gas-burning generation, paying with a mix of cash and its own shares in a deal that values the Houston company's equity at about $16.4 billion.",
             alt=[(26.6 * B, "USD"), (15.9 * B, "EUR")],
             note="equity value; the $26.6bn net purchase price including assumed debt (next sentence, also 018 and 010) and EUR 15.9bn (008) are alt amounts; the $4.5bn cash and $12.7bn debt are parts (not_deals); seller Energy Capital Partners"),
        deal("ecp-calpine-2018", ["Energy Capital Partners", "Calpine"], "acquisition", 5.6 * B, "USD", "approx",
             "2018", "completed",
             "Energy Capital Partners had taken Calpine private in 2018 in a deal worth some $5.6 billion to shareholders.",
             required=False, note="background: the 2018 take-private"),
    ],
    not_deals=["$12.7 billion", "$4.5 billion of cash", "$313.45", "about $19 billion", "roughly $10 billion"])

A["008_weser_boersenblatt_calpine.txt"] = dict(
    published="2025-01-13", language="de",
    published_note="from the date line 'Montag, 13. Januar 2025'; 'am Freitag' -> 2025-01-10; 'vergangenen Dienstag' -> 2025-01-07",
    deals=[
        deal("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 15.9 * B, "EUR", "approx",
             "2025-01-10", "signed",
             "Umgerechnet knapp 15,9 Milliarden Euro – rund 16,4 Milliarden Dollar, teils bar, teils in Aktien – zahlt Constellation Energy für den Gaskraftwerksbetreiber Calpine, das gaben beide Unternehmen am Freitag bekannt.",
             alt=[(16.4 * B, "USD"), (26.6 * B, "USD")],
             note="same deal as 007, stated first in EUR ('knapp' -> approx); the 26,6 Milliarden Dollar including debt in the next sentence is the same deal"),
        deal("aep-kkr-psp-transmission-2025", ["American Electric Power", "KKR", "PSP Investments"], "investment", 2.82 * B, "USD", "exact",
             "2025-01-07", "signed",
             "Die Käufer zahlen dafür 2,82 Milliarden Dollar in bar; AEP behält die Kontrolle über die Leitungen.",
             kind_alt=["acquisition"],
             note="19.9% of two AEP transmission subsidiaries sold to KKR and PSP Investments; parties and 'vergangenen Dienstag' in the previous sentence"),
    ],
    not_deals=["knapp 98 Milliarden Dollar", "bis zu 16 Milliarden Euro"])

A["009_tickerturbine_gevernova_en.txt"] = dict(
    published="2025-01-17", language="en",
    published_note="from the header 'Jan 17, 2025 · 9:02 AM ET'; 'said Thursday' -> 2025-01-16",
    deals=[
        deal("gev-us-factories-2025", ["GE Vernova"], "capex_plan", 600 * M, "USD", "approx",
             "2025-01-16", "planned",
             "GE Vernova plans to invest nearly $600 million in its US factories and facilities over the next two years, the Cambridge, Massachusetts-based maker of gas turbines, grid gear and wind turbines said Thursday.",
             note="'nearly' -> approx; the headline '$600M' is the same plan"),
        deal("siemens-energy-charlotte", ["Siemens Energy"], "project", 150 * M, "USD", "exact",
             None, "planned",
             "Siemens Energy has earmarked $150 million for a large power transformer factory in Charlotte, North Carolina, its first of the kind in the US.",
             kind_alt=["capex_plan"], note="no date in the text"),
    ],
    not_deals=["$391.10", "$36 billion to $37 billion", "roughly $108 billion", "$450 from $410",
               "about $2,400 per kilowatt", "under $1,000", "$115.00 – $412.49", "$0.25 per share",
               "$0 commission"])

A["010_kraftwerk_kapital_interview.txt"] = dict(
    published=None, language="de",
    published_note="no date anywhere in the article (only 'Lesezeit: 7 Minuten'); all deals restated without a date",
    deals=[
        deal("constellation-crane-restart", ["Constellation Energy"], "project", 1.6 * B, "USD", "approx",
             None, "planned",
             "Constellation steckt rund 1,6 Milliarden Dollar in den Neustart, und Microsoft nimmt 20 Jahre lang jede Kilowattstunde ab.",
             kind_alt=["capex_plan"]),
        nodeal("microsoft-constellation-crane-ppa", ["Microsoft", "Constellation Energy"], "supply", None, "signed",
               "Constellation steckt rund 1,6 Milliarden Dollar in den Neustart, und Microsoft nimmt 20 Jahre lang jede Kilowattstunde ab.",
               note="the 1,6 Milliarden belong to the restart, not to the purchase agreement"),
        deal("talen-amazon-campus-2024", ["Talen Energy", "Amazon"], "acquisition", 650 * M, "USD", "exact",
             None, "completed",
             "Ja, Amazon hat Talen den Campus direkt neben dem Kraftwerk Susquehanna für 650 Millionen Dollar abgekauft."),
        deal("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 27 * B, "USD", "approx",
             None, "signed",
             "Fast 27 Milliarden Dollar inklusive Schulden für einen Gasverstromer zu bezahlen, das war vor drei Jahren undenkbar.",
             note="parties in the interviewer's question ('Und die Übernahme von Calpine durch Constellation?'); 'Fast 27' = the $26.6bn price including debt"),
    ],
    not_deals=["zwischen 100 und 115 Dollar je Megawattstunde", "8.000 bis 12.000 Dollar je Kilowatt",
               "Milliarden an Subventionen", "140.000 Dollar im Jahr", "2.400 Euro"])

A["011_interconnect_queue_nrg_en.txt"] = dict(
    published="2025-05-16", language="en",
    published_note="from the issue line 'No. 88 — Friday, 16 May 2025'; 'on Monday' -> 2025-05-12, 'On Thursday' -> 2025-05-15, 'last week' and 'earlier this month' -> 2025-05",
    deals=[
        deal("nrg-ls-power", ["NRG Energy", "LS Power"], "acquisition", 12 * B, "USD", "approx",
             "2025-05-12", "signed",
             "NRG Energy said on Monday it will buy roughly 13 gigawatts of gas-fired plants plus the demand-response business CPower from LS Power for about $12 billion including assumed debt.",
             alt=[(10.7 * B, "EUR")],
             note="cash/stock/debt split in the next sentence are parts (not_deals); EUR 10.7bn is how 012 states it"),
        deal("vistra-lotus-2025", ["Vistra", "Lotus Infrastructure Partners"], "acquisition", 1.9 * B, "USD", "exact",
             "2025-05-15", "signed",
             "On Thursday Vistra agreed to pay $1.9 billion for seven gas plants with 2,557 megawatts from Lotus Infrastructure Partners, spread over PJM, New England, New York and the California grid."),
        deal("opg-darlington-smr", ["Ontario Power Generation", "GE Vernova Hitachi Nuclear Energy"], "project", 20.9 * B, "CAD", "exact",
             "2025-05", "announced",
             "The province put the whole programme at C$20.9 billion, or roughly US$15 billion.",
             kind_alt=["supply"], alt=[(15 * B, "USD")],
             note="four BWRX-300 reactors of GE Vernova Hitachi at OPG's Darlington site; parties and 'last week' in the previous sentence; the first unit's C$7.7bn is a part (not_deal)"),
        deal("dominion-capex-2025-2029", ["Dominion Energy"], "capex_plan", 10 * B, "USD", "approx",
             "2025-05", "planned",
             "Dominion Energy told investors earlier this month it will keep spending roughly $10 billion a year on its network through 2029, much of it on transmission for northern Virginia's data centre cluster.",
             per="year", term=[None, "2029"], note="a yearly rate ('a year')"),
    ],
    not_deals=["$6.4 billion in cash", "$2.8 billion in NRG stock", "$3.2 billion of debt", "C$7.7 billion",
               "$200 billion", "$178 billion", "$4,800/year"])

A["012_aktienmeiler_nrg.html"] = dict(
    published="2025-05-13", language="de",
    published_note="from <meta name='date'>, JSON-LD and the visible line '13.05.2025 · 06:30 Uhr'; 'am Montag' -> 2025-05-12; 'im Februar' -> 2025-02",
    deals=[
        deal("nrg-ls-power", ["NRG Energy", "LS Power"], "acquisition", 12 * B, "USD", "exact",
             "2025-05-12", "signed",
             "Den Preis beziffern die Texaner auf zwölf Milliarden Dollar (rund 10,7 Milliarden Euro) einschließlich übernommener Schulden.",
             alt=[(10.7 * B, "EUR")],
             note="'die Texaner' = NRG; LS Power and 'am Montag' in the previous sentences; amount in words"),
        nodeal("nrg-gev-kiewit-2025", ["NRG Energy", "GE Vernova", "Kiewit"], "joint_venture", "2025-02", "announced",
               "Schon im Februar hatte sich NRG mit dem Turbinenhersteller GE Vernova und dem Baukonzern Kiewit zusammengetan, um bis 2032 neue Gaskraftwerke mit 5,4 Gigawatt zu errichten.",
               kind_alt=["partnership"], note="no amount"),
    ],
    not_deals=["6,4 Milliarden Dollar", "3,9 Milliarden Dollar", "0,44 Dollar je Quartal", "170 Dollar",
               "rund 31 Milliarden Dollar", "50 Euro Willkommensbonus"])

A["013_macon_ridge_entergy_meta_en.txt"] = dict(
    published="2025-08-21", language="en",
    published_note="from the date line 'Thursday, August 21, 2025'; 'on Wednesday' -> 2025-08-20; 'last December' -> 2024-12; 'At the end of July' -> 2025-07",
    deals=[
        deal("entergy-meta-hyperion-plants", ["Entergy", "Meta"], "project", 3.2 * B, "USD", "approx",
             "2025-08-20", "announced",
             "The plants, two of them next to the campus and a third in the south of the state, will cost about $3.2 billion and add some 2,260 megawatts to the grid.",
             kind_alt=["supply"],
             note="three gas plants of Entergy Louisiana for Meta's campus, approved by the regulator on Wednesday; parties in the previous sentence; Meta covers the cost over a 15-year contract"),
        deal("meta-hyperion-2024", ["Meta"], "project", 10 * B, "USD", "exact",
             "2024-12", "announced",
             "The campus, which Meta calls Hyperion, was first announced last December as a $10 billion investment.",
             kind_alt=["capex_plan"]),
        deal("meta-capex-2025", ["Meta"], "capex_plan", 66 * B, "USD", "range",
             "2025-07", "planned",
             "At the end of July the Menlo Park company lifted its guidance for this year's capital expenditures to between $66 billion and $72 billion, with data centres like the one here taking the lion's share.",
             amount_max=72 * B, term=["2025", "2025"],
             note="'the Menlo Park company' = Meta; a company's capex guidance is a capex plan"),
    ],
    not_deals=["75 cents", "hundreds of millions of dollars", "less than $1 a month", "about $82,000",
               "$25 million", "$4.1 million", "$289,000"])

A["014_umspannwerk_talen_google.txt"] = dict(
    published="2025-07-18", language="de",
    published_note="from the issue line 'Ausgabe 29/2025 · 18. Juli 2025' (a Friday); 'am Montag' -> 2025-07-14, 'Am Dienstag' -> 2025-07-15, 'Mitte Juni' -> 2025-06",
    deals=[
        deal("talen-caithness-2025", ["Talen Energy", "Caithness Energy"], "acquisition", 3.5 * B, "USD", "exact",
             "2025-07-14", "signed",
             "Der Betreiber des Kernkraftwerks Susquehanna übernimmt für 3,5 Milliarden Dollar zwei Gas-und-Dampf-Kraftwerke von Caithness Energy, eines in Pennsylvania und eines in Ohio, mit zusammen knapp 2,9 Gigawatt.",
             note="'Der Betreiber des Kernkraftwerks Susquehanna' = Talen Energy, 'am Montag' in the previous sentence"),
        deal("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18 * B, "USD", "approx",
             "2025-06", "signed",
             "Talen beziffert das Volumen auf rund 18 Milliarden Dollar oder etwa 15,5 Milliarden Euro.",
             term=[None, "2042"], alt=[(15.5 * B, "EUR")],
             note="the restructured 1.92 GW supply contract with Amazon/AWS ('Mitte Juni', previous sentence); must stay apart from the 2024 campus sale"),
        deal("google-brookfield-hydro-2025", ["Google", "Brookfield"], "supply", 3 * B, "USD", "approx",
             "2025-07-15", "signed",
             "Rund drei Milliarden Dollar schwer sind die ersten zwei 20-Jahres-Kontrakte, die Strom aus den Wasserkraftwerken Holtwood und Safe Harbor sichern.",
             note="first contracts under the up-to-3-GW hydro framework; parties and 'Am Dienstag' in the previous sentences; '3 Gigawatt' is capacity, not money"),
        deal("google-pjm-capex-2025", ["Google"], "capex_plan", 25 * B, "USD", "exact",
             "2025-07-15", "planned",
             "Obendrein versprach der Konzern beim Energiegipfel in Pittsburgh Ausgaben von 25 Milliarden Dollar für Serverfarmen und KI-Technik im Netzgebiet von PJM, verteilt auf zwei Jahre.",
             note="'der Konzern' = Google (previous paragraph sentences); same day as the hydro deal"),
    ],
    not_deals=["über 90 Milliarden Dollar", "269,92 Dollar pro Megawatt-Tag", "rund 280 Dollar", "19,90 Euro",
               "1.480 Euro"])

A["015_baseload_notes_talen_en.txt"] = dict(
    published="2025-06-12", language="en",
    published_note="from the byline 'Posted June 12, 2025'; 'On Wednesday' -> 2025-06-11; 'In March last year' -> 2024-03; 'Last week' -> 2025-06",
    deals=[
        deal("talen-amazon-campus-2024", ["Talen Energy", "Amazon"], "acquisition", 650 * M, "USD", "exact",
             "2024-03", "completed",
             "In March last year Talen Energy sold Amazon the Cumulus data campus next to Susquehanna for $650 million and promised to feed it straight from the reactor.",
             note="restated 2024 campus sale; must stay apart from the 2025 PPA in the same article (the reader comment's '$650M' is the same deal)"),
        deal("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18 * B, "USD", "approx",
             "2025-06-11", "signed",
             "Talen puts the revenue over the life of the contract at about $18 billion.",
             term=[None, "2042"],
             note="the contract's total value (worded as revenue); parties and 'On Wednesday' in the previous sentences"),
        nodeal("constellation-meta-clinton-2025", ["Constellation Energy", "Meta"], "supply", "2025-06", "signed",
               "Last week Constellation signed a 20-year deal with Meta for the output of the Clinton plant in Illinois, a reactor the state had kept alive with zero-emission credits worth roughly $230 million a year.",
               note="no price; the state credits are a subsidy (not_deal)"),
    ],
    not_deals=["$236", "some $11 billion", "around $85 a megawatt-hour", "roughly $230 million a year",
               "$8/month"])

A["016_taktfunk_ticker_aep.txt"] = dict(
    published="2025-10-29", language="de",
    published_note="from the ticker head 'Mittwoch, 29.10.2025'; 'am Mittwoch' -> 2025-10-29; 'gestern Abend' -> 2025-10-28; 'zum Wochenbeginn' -> 2025-10-27; 'vergangene Woche' -> 2025-10",
    deals=[
        deal("aep-capex-2026-2030", ["American Electric Power"], "capex_plan", 72 * B, "USD", "exact",
             "2025-10-29", "planned",
             "American Electric Power klotzt: Der Versorger aus Columbus will von 2026 bis 2030 insgesamt 72 Milliarden Dollar investieren, teilte er am Mittwoch zu den Quartalszahlen mit.",
             term=["2026", "2030"], note="second AEP plan; must stay apart from the $54bn 2025-2029 plan in the next sentence"),
        deal("aep-capex-2025-2029", ["American Electric Power"], "capex_plan", 54 * B, "USD", "exact",
             None, "planned",
             "Bisher hatte der Konzern 54 Milliarden Dollar für die Jahre 2025 bis 2029 eingeplant.",
             term=["2025", "2029"], note="restated earlier plan (006), no date in the text"),
        deal("westinghouse-us-government-2025", ["US government", "Westinghouse"], "partnership", 80 * B, "USD", "at_least",
             "2025-10-28", "signed",
             "Nachtrag zu gestern Abend: Die US-Regierung und Westinghouse haben eine Partnerschaft geschlossen, nach der in Amerika neue Kernkraftwerke vom Typ AP1000 im Wert von mindestens 80 Milliarden Dollar entstehen sollen.",
             kind_alt=["project", "investment"],
             note="'mindestens' -> at_least; the 17,5 Milliarden threshold for the government's share is a not_deal; Brookfield and Cameco are owners, not parties"),
        nodeal("nextera-google-duane-arnold", ["NextEra Energy", "Google"], "supply", "2025-10-27", "announced",
               "Noch einmal zum Wochenbeginn: NextEra Energy will das 2020 stillgelegte Kernkraftwerk Duane Arnold in Iowa wieder hochfahren; Google nimmt den Strom 25 Jahre lang ab.",
               note="no amount ('Finanzielle Details? Fehlanzeige.')"),
        deal("gev-prolec-2025", ["GE Vernova", "Prolec GE", "Xignux"], "acquisition", 4.6 * B, "EUR", "approx",
             "2025-10", "signed",
             "Zur Erinnerung: GE Vernova übernimmt für umgerechnet rund 4,6 Milliarden Euro (5,3 Milliarden Dollar) die restlichen 50 Prozent am Transformatorenhersteller Prolec GE vom mexikanischen Partner Xignux.",
             alt=[(5.3 * B, "USD")],
             note="EUR conversion first; 'vergangene Woche' in the next sentence -> 2025-10; seller Xignux"),
    ],
    not_deals=["121,40 Dollar", "1,80 Dollar", "17,5 Milliarden Dollar", "108,35 Euro", "109,10 €", "612,20 $",
               "371,80 $", "1 Euro pro Order"])

A["017_spinning_reserve_crane_loan_en.html"] = dict(
    published="2025-11-19", language="en",
    published_note="from <time datetime='2025-11-19'> (visible 'Wed 19 Nov 2025'), <meta name='pubdate'> and JSON-LD; 'on Tuesday' -> 2025-11-18",
    deals=[
        deal("doe-constellation-crane-loan", ["US Department of Energy", "Constellation Energy"], "other", 1 * B, "USD", "exact",
             "2025-11-18", "signed",
             "The Department of Energy has closed a $1 billion loan to Constellation Energy to help pay for restarting the Crane Clean Energy Center, the former Three Mile Island Unit 1, the agency and the company said on Tuesday.",
             kind_alt=["investment"],
             note="a federal loan, not a grant; part of the restart's funding but between other parties, so its own deal"),
        deal("constellation-crane-restart", ["Constellation Energy"], "project", 1.6 * B, "USD", "approx",
             "2024-09", "planned",
             "The money covers part of a restart that Constellation, when it unveiled the plan alongside Microsoft in September 2024, priced at about $1.6 billion.",
             kind_alt=["capex_plan"]),
        nodeal("microsoft-constellation-crane-ppa", ["Microsoft", "Constellation Energy"], "supply", "2024-09", "signed",
               "Its entire output remains committed to Microsoft under the 20-year purchase deal the two companies signed back then.",
               note="'back then' = September 2024 (previous sentence)"),
    ],
    not_deals=["well over $100 billion", "worth over $100 billion", "$352.10", "$6,500"])

A["018_lastspitzen_brief_meta_vistra.txt"] = dict(
    published="2026-01-14", language="de",
    published_note="from the issue line 'Nr. 2/2026 · Mittwoch, 14. Januar 2026'; 'am Freitag' -> 2026-01-09; 'Anfang Januar' -> 2026-01",
    deals=[
        nodeal("meta-vistra-nuclear-2026", ["Meta", "Vistra"], "supply", "2026-01-09", "signed",
               "Gleich drei Nuklearpartner auf einmal: Meta hat am Freitag Vereinbarungen mit Vistra, TerraPower und Oklo vorgestellt.",
               note="20-year supply from Perry and Davis-Besse plus uprates; no price"),
        nodeal("meta-terrapower-2026", ["Meta", "TerraPower"], "project", "2026-01-09", "signed",
               "Gleich drei Nuklearpartner auf einmal: Meta hat am Freitag Vereinbarungen mit Vistra, TerraPower und Oklo vorgestellt.",
               kind_alt=["supply"], note="no price"),
        nodeal("meta-oklo-2026", ["Meta", "Oklo"], "project", "2026-01-09", "signed",
               "Gleich drei Nuklearpartner auf einmal: Meta hat am Freitag Vereinbarungen mit Vistra, TerraPower und Oklo vorgestellt.",
               kind_alt=["supply"], note="no price"),
        deal("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 26.6 * B, "USD", "approx",
             "2025-01", "completed",
             "Einschließlich übernommener Schulden bewertet der Deal den Gasverstromer mit rund 26,6 Milliarden Dollar.",
             note="completion 'Vergangene Woche' of the deal agreed 'im Januar 2025' (previous sentence): the date is the agreement's month"),
        deal("vistra-cogentrix-2026", ["Vistra", "Cogentrix Energy"], "acquisition", 4.7 * B, "USD", "approx",
             "2026-01", "signed",
             "Verkäufer ist der Finanzinvestor Quantum Capital Group, der Preis liegt einschließlich Schulden bei etwa 4,7 Milliarden Dollar.",
             note="buyer, target and 'Anfang Januar' in the previous sentence; seller Quantum Capital Group"),
        deal("aep-bloom-2026", ["American Electric Power", "Bloom Energy"], "supply", 2.65 * B, "USD", "exact",
             "2026-01", "signed",
             "American Electric Power bestellt bei Bloom Energy Brennstoffzellen für 2,65 Milliarden Dollar; sie sollen ein Rechenzentrum in Wyoming versorgen.",
             note="news of the week -> 2026-01; must stay apart from the 2024 framework in the same item"),
        nodeal("aep-bloom-2024", ["American Electric Power", "Bloom Energy"], "supply", "2024", "signed",
               "Mit dem Rahmenabkommen über bis zu ein Gigawatt aus dem Herbst 2024 hat der Auftrag nichts zu tun, er kommt obendrauf.",
               note="'Herbst 2024' -> 2024"),
    ],
    not_deals=["6,5 Milliarden Euro", "rund 1,5 Cent je Kilowattstunde", "1.000 Milliarden Dollar"])

A["019_kanto_times_turbines_en.txt"] = dict(
    published="2026-02-04", language="en",
    published_note="from the date line 'Wednesday, February 4, 2026' and dateline 'TOKYO, Feb 4'; 'in January last year' -> 2025-01; 'last September' -> 2025-09",
    deals=[
        nodeal("mhi-turbine-capacity", ["Mitsubishi Heavy Industries"], "capex_plan", None, "planned",
               "The company also repeated its plan to roughly double its gas-turbine manufacturing capacity at Takasago and in the US over the next few years, without putting a figure on the investment.",
               note="no amount; a repeated plan, so no date"),
        deal("gev-us-factories-2025", ["GE Vernova"], "capex_plan", 600 * M, "USD", "approx",
             "2025-01", "planned",
             "GE Vernova pledged nearly $600 million for its US factories in January last year, and Hitachi Energy said last September it would spend more than $1 billion on American grid manufacturing, including $457 million for a large transformer plant in South Boston, Virginia.",
             note="restated plan of 009"),
        deal("hitachi-energy-us-2025", ["Hitachi Energy"], "capex_plan", 1 * B, "USD", "at_least",
             "2025-09", "planned",
             "GE Vernova pledged nearly $600 million for its US factories in January last year, and Hitachi Energy said last September it would spend more than $1 billion on American grid manufacturing, including $457 million for a large transformer plant in South Boston, Virginia.",
             note="'more than' -> at_least; the $457m plant is a part (not_deal)"),
        deal("siemens-energy-charlotte", ["Siemens Energy"], "project", 150 * M, "USD", "exact",
             None, "planned",
             "Siemens Energy is building its own transformer factory in Charlotte, North Carolina, for $150 million.",
             kind_alt=["capex_plan"]),
    ],
    not_deals=["¥2.9 trillion", "¥6.2 trillion", "¥4,212", "about ¥14 trillion", "$457 million",
               "more than $2,500 per kilowatt", "$550 billion"])

A["020_neckar_wirtschaftsblatt_turbinen.txt"] = dict(
    published="2026-11-20", language="de",
    published_note="from the issue line 'Ausgabe vom 20.11.2026' (a Friday); 'Insidern zufolge' -> 2026-11; 'im Januar' -> 2026-01; 'seit November 2025' -> 2025-11; 'am Dienstag' -> 2026-11-17",
    deals=[
        deal("siemens-energy-turbines-rumour-2026", ["Siemens Energy"], "supply", 2 * B, "EUR", "up_to",
             "2026-11", "rumored",
             "Das Volumen könnte bis zu zwei Milliarden Euro erreichen, heißt es in Finanzkreisen; Siemens Energy wollte sich dazu nicht äußern.",
             note="invented rumour: framework for up to 20 turbines with an unnamed US utility ('Insidern zufolge', previous sentence)"),
        deal("aep-bloom-2026", ["American Electric Power", "Bloom Energy"], "supply", 2.65 * B, "USD", "exact",
             "2026-01", "signed",
             "American Electric Power hat schon im Januar Brennstoffzellen von Bloom Energy für 2,65 Milliarden Dollar bestellt, zusätzlich zu einer älteren Vereinbarung über bis zu ein Gigawatt aus dem Jahr 2024.",
             note="'im Januar' of the publication year -> 2026-01"),
        nodeal("aep-bloom-2024", ["American Electric Power", "Bloom Energy"], "supply", "2024", "signed",
               "American Electric Power hat schon im Januar Brennstoffzellen von Bloom Energy für 2,65 Milliarden Dollar bestellt, zusätzlich zu einer älteren Vereinbarung über bis zu ein Gigawatt aus dem Jahr 2024.",
               note="the 2,65 Milliarden belong to the 2026 order, not to this framework"),
        deal("constellation-crane-restart", ["Constellation Energy"], "project", 1.6 * B, "USD", "approx",
             None, "planned",
             "Der Neustart kostet rund 1,6 Milliarden Dollar, eine Milliarde davon leiht das US-Energieministerium seit November 2025.",
             kind_alt=["capex_plan"], note="Constellation named in the previous sentence; no date for the plan here"),
        deal("doe-constellation-crane-loan", ["US Department of Energy", "Constellation Energy"], "other", 1 * B, "USD", "exact",
             "2025-11", "signed",
             "Der Neustart kostet rund 1,6 Milliarden Dollar, eine Milliarde davon leiht das US-Energieministerium seit November 2025.",
             kind_alt=["investment"], note="'eine Milliarde' (dollars, from the same sentence)"),
        deal("vistra-gas-rumour-2026", ["Vistra"], "acquisition", 5 * B, "USD", "approx",
             "2026-11", "rumored",
             "Einen Bericht, wonach Vistra für rund fünf Milliarden Dollar weitere Gaskraftwerke übernehmen wolle, wies der texanische Konzern am Dienstag als „reine Spekulation“ zurück.",
             required=False, note="invented report, denied by the company; optional"),
    ],
    not_deals=["152 Milliarden Euro", "3,4 Milliarden Euro", "weniger als acht Euro", "131 Euro",
               "rund 4.600 Euro im Monat", "34 Cent je Kilowattstunde"])


def main():
    for a in A.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d.get(k), float) and d[k].is_integer():
                    d[k] = int(d[k])
            for alt in d.get("alt_amounts", []):
                if isinstance(alt["amount"], float):
                    alt["amount"] = int(round(alt["amount"]))
            if isinstance(d.get("amount"), float):
                d["amount"] = int(round(d["amount"]))
    gold = {"about": ABOUT,
            "articles": {name: {"published": a["published"], "published_note": a["published_note"],
                                "language": a["language"], "deals": a["deals"], "not_deals": a["not_deals"]}
                         for name, a in A.items()},
            "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'gold.json'}: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
