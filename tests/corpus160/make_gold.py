#!/usr/bin/env python3
"""Write gold.json for tests/corpus160 (the hand annotation, kept as a script).

Usage: python3 tests/corpus160/make_gold.py
Edit the annotation here, run the script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 160th, held-out test corpus (tests/corpus160/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: building-technology, elevator, heating and "
    "cooling makers in the AI boom (chillers and liquid cooling for data centres, service contracts, "
    "takeovers of building-AI and lift-AI start-ups, stakes). One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague or background mentions "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes "
    "a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <meta>/<time>, issue line or byline, or "
    "null when the article has none); quarters, half-years and seasons become the year; a cancelled deal "
    "keeps the date of the original talks; 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles "
    "the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Polarkamm, Mainstufe Rechenzentren, Donauried Kreditbank, Coldwick Technologies, "
    "Tessellon Capital, Ironvale Data Centers, Porrasvalo, Hjelmvik Datasenter, Lahnwärme, Raumsinn, "
    "Kabinex, Grünigen Beteiligungen, Gannet Bay Data, Nordfjell Varme, Kitaura Seiki, Tidewell "
    "Controls, Pinecroft Infrastructure Partners, Hoistmark, Thermavel Cooling, Nhava Data Parks, "
    "Serangoon DataWorks, Schachtblick, Trelawney Partners, Kessling County Port Authority, Ashgrove "
    "Bank, Ridgeline Lift Service, Hvidsande Varmepumper; invented publications, research houses, "
    "advertisers, events and people are listed in invented_names.txt; the deals of real companies are "
    "loosely based on public reports with amounts, dates and details shifted, or invented outright. "
    "Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {
        "id": id,
        "parties": parties,
        "kind": kind,
        "amount": amount,
        "amount_max": amount_max,
        "currency": currency,
        "qualifier": qualifier,
        "date": date,
        "status": status,
        "required": required,
    }
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_polarkamm_biberach_risstalkurier.txt"] = A(
    "2024-02-15", "from the line 'Biberach · Donnerstag, 15. Februar 2024'; 'am Dienstag' -> 2024-02-13", "de",
    [
        D("polarkamm-mainstufe-2024", ["Mainstufe Rechenzentren", "Polarkamm"], "supply",
          40000000, "EUR", "approx", "2024-02-13", "signed",
          "Knapp 40 Millionen Euro ist das Paket schwer, das die Geschäftsführung am Dienstag in Frankfurt unterschrieben hat.",
          note="amount first; seller Polarkamm from the headline, buyer ('Auftraggeber ist die Mainstufe Rechenzentren GmbH') in the next sentence; 'knapp' -> approx; 020 restates it; different from the €55m second order of the same pair in 020"),
        D("polarkamm-biberach-hall", ["Polarkamm"], "capex_plan",
          25000000, "EUR", "approx", "2024-02", "planned",
          "Rund 25 Millionen Euro will das Unternehmen dafür bis Mitte 2025 ausgeben, 120 neue Stellen sollen entstehen.",
          kind_alt=["project"],
          note="'das Unternehmen' = Polarkamm (previous sentence); second assembly hall; no day given -> month of the article"),
        D("donauried-polarkamm-loan", ["Donauried Kreditbank", "Polarkamm"], "other",
          15000000, "EUR", "exact", "2024-02", "signed",
          "Einen Teil davon finanziert die Donauried Kreditbank mit einem Darlehen über 15 Millionen Euro, das nach Angaben Gräßles Anfang Februar zugesagt wurde.",
          kind_alt=["investment"], note="loan for the hall; 'Anfang Februar' -> month"),
        D("carrier-viessmann-climate", ["Carrier", "Viessmann Group"], "acquisition",
          12000000000, "EUR", "approx", "2024-01", "completed",
          "Seit der US-Konzern Carrier die Klimasparte von Viessmann für rund zwölf Milliarden Euro übernommen hat – abgeschlossen wurde das Geschäft Anfang Januar –, schauen auch Finanzinvestoren genauer auf die Hersteller von Wärmepumpen, Kältemaschinen und Rückkühlern.",
          required=False,
          note="background mention of an earlier takeover, amount in words; only the completion month is given ('Anfang Januar' -> 2024-01); optional"),
    ],
    ["1,8 Millionen Euro", "68 Euro pro Quadratmeter", "96 Millionen Euro", "mehr als 130 Millionen",
     "rund drei Millionen Euro im Jahr", "2.490 Euro", "0,99 Euro", "12,90 Euro"],
)

ARTICLES["002_coldwick_warmaisle_memo_en.txt"] = A(
    "2024-05-07", "from the issue line 'Issue 44 · Tuesday, 7 May 2024'; 'last Tuesday' -> 2024-04-30, 'on Thursday' -> 2024-05-02, 'on Monday' -> 2024-05-06", "en",
    [
        D("jci-coldwick-seriesb", ["Johnson Controls", "Coldwick Technologies"], "investment",
          85000000, "USD", "exact", "2024-04-30", "completed",
          "Coldwick Technologies has closed an $85 million Series B.",
          note="lead investor in the next sentence ('Leading the round was Johnson Controls'); 'announced the close last Tuesday' -> 2024-04-30; first Johnson Controls–Coldwick deal, must stay apart from the 2025 takeover (007, 008, 011)"),
        D("ironvale-coldwick-plates", ["Ironvale Data Centers", "Coldwick Technologies"], "supply",
          20000000, "USD", "range", "2024-05-02", "signed",
          "Two sources with sight of the purchase order value it at between $20 million and $25 million over 18 months.",
          amount_max=25000000,
          note="'it' = the purchase order of Ironvale for Coldwick's plates (previous sentences, 'said on Thursday'); value only from sources"),
        D("daikin-minneapolis-plant", ["Daikin"], "capex_plan",
          160000000, "USD", "exact", "2024-05-06", "announced",
          "Daikin Applied, the Japanese group's American arm, said on Monday it will spend $160 million to expand its chiller plant near Minneapolis, adding a test hall where data-centre customers can watch units run at full load before they ship.",
          kind_alt=["project"], note="Daikin Applied = Daikin"),
    ],
    ["$895", "$430 million", "$14 million", "$21 billion", "$1,900", "$18 monthly", "$180"],
)

ARTICLES["003_jci_bosch_aktienfoehn.txt"] = A(
    "2024-07-24", "from the header '24.07.2024 | 07:52 Uhr'; 'am Dienstag' -> 2024-07-23", "de",
    [
        D("bosch-jci-residential-hvac", ["Bosch", "Johnson Controls"], "acquisition",
          8000000000, "USD", "exact", "2024-07-23", "signed",
          "Der Stuttgarter Technologiekonzern zahlt dafür 8,0 Milliarden Dollar, umgerechnet etwa 7,4 Milliarden Euro; bekanntgegeben wurde der Verkauf am Dienstag.",
          alt=[(7400000000, "EUR")],
          note="'Der Stuttgarter Technologiekonzern' = Bosch, 'dafür' = Johnson Controls' residential HVAC business (previous sentence); includes the Hitachi joint-venture share"),
        D("jci-ironvale-chillers", ["Ironvale Data Centers", "Johnson Controls"], "supply",
          120000000, "USD", "approx", "2024-07", "signed",
          "Das Volumen bezifferte das Unternehmen auf rund 120 Millionen Dollar; geliefert werden sollen wassergekühlte Kältemaschinen und Steuerungstechnik für zwei Campusse.",
          note="parties in the previous sentence ('einen Auftrag von Ironvale Data Centers'); 'vergangene Woche' -> month"),
        D("jci-silentaire", ["Johnson Controls", "Silent-Aire"], "acquisition",
          630000000, "USD", "exact", "2021", "completed",
          "Bereits 2021 hatte der Konzern den kanadischen Spezialisten Silent-Aire für 630 Millionen Dollar übernommen, der modulare Kühlsysteme für Rechenzentren baut.",
          required=False, note="background takeover from 2021 ('der Konzern' = Johnson Controls); optional"),
    ],
    ["67,85 USD", "rund 3,9 Milliarden Dollar", "80 Dollar", "7,2 Milliarden Dollar", "71,45 USD",
     "47,90 USD", "ca. 45,6 Mrd. USD", "ab 1 Euro"],
)

ARTICLES["004_kone_porrasvalo_kvarken_en.html"] = A(
    "2024-10-18", "from <meta property='article:published_time'> and <time datetime='2024-10-18…'> ('Friday 18 October 2024'); 'on Thursday' -> 2024-10-17", "en",
    [
        D("kone-porrasvalo-stake", ["Kone", "Porrasvalo"], "investment",
          24000000, "EUR", "exact", "2024-10-17", "signed",
          "Kone has taken a 30 per cent stake in Porrasvalo, a six-year-old Espoo company whose software predicts when a lift is about to break down, for €24 million.",
          kind_alt=["acquisition"],
          note="announced 'on Thursday' (next sentence); 015 restates it; first Kone–Porrasvalo deal, must stay apart from the 2026 takeover of the rest (015)"),
        D("kone-hjelmvik-service", ["Hjelmvik Datasenter", "Kone"], "supply",
          28000000, "NOK", "exact", "2024-10", "signed",
          "Hjelmvik will pay NOK 28 million a year under the agreement, and the lifts will be monitored with Porrasvalo's software from day one.",
          per="year", term=["2025-01", "2034"], kind_alt=["other"],
          note="yearly rate of a ten-year maintenance contract from January; agreed 'Earlier this month' (previous sentence) -> month"),
    ],
    ["€80 million", "€1.5 million loan from Business Finland", "€2.2 billion", "€49.10", "€690"],
)

ARTICLES["005_vaillant_raumsinn_kondensatbrief.txt"] = A(
    "2024-11-13", "from the dateline without year 'Remscheid, 13. November (kb)' and the copyright line '© 2024 Kondensat-Brief Fachverlag'; 'Am Montag' -> 2024-11-11", "de",
    [
        D("vaillant-lahnwaerme-heatpumps", ["Lahnwärme", "Vaillant"], "supply",
          14000000, "EUR", "approx", "2024-11-11", "signed",
          "Am Montag unterzeichneten die Geschäftsführung der Lahnwärme GmbH und Vaillant-Vertreter den Liefer- und Wartungsvertrag, dessen Volumen beide Seiten auf rund 14 Millionen Euro beziffern.",
          note="large heat pumps for data-centre waste heat"),
        D("viessmann-raumsinn-2024", ["Viessmann Group", "Raumsinn"], "investment",
          12000000, "EUR", "exact", "2024-11", "completed",
          "Das Münchner Software-Start-up Raumsinn hat zwölf Millionen Euro eingesammelt.",
          note="amount in words; lead investor Viessmann Group and 'vergangene Woche' in the next sentence -> month; 017 mentions it without amount; different from the €20m follow-on round in 017"),
    ],
    ["9,8 Cent je Kilowattstunde", "rund 3,8 Milliarden Euro", "zwei Milliarden Euro im Jahr",
     "rund 55 Millionen Euro", "maximal 30.000 Euro", "95 Euro", "298 Euro", "8,50 Euro"],
)

ARTICLES["006_schindler_kabinex_tollgate_en.txt"] = A(
    "2025-01-22", "from the header 'January 22, 2025 · 07:15 CET' (dateline 'ZURICH, Jan 21'); 'said on Tuesday' -> 2025-01-21", "en",
    [
        D("schindler-kabinex-stake", ["Schindler", "Kabinex"], "investment",
          36000000, "CHF", "exact", "2025-01-21", "signed",
          "ZURICH, Jan 21 (Tollgate) - Schindler has bought a 40% stake in Kabinex, a Zurich company that puts cameras and vibration sensors into lift shafts and uses machine learning to spot wear on ropes and guide rails, for 36 million Swiss francs ($40 million), the Swiss elevator and escalator maker said on Tuesday.",
          alt=[(40000000, "USD")], kind_alt=["acquisition"],
          note="first Schindler–Kabinex deal; must stay apart from the takeover of the remaining 60 % in 2026 (016)"),
        D("otis-gannetbay-service", ["Gannet Bay Data", "Otis"], "supply",
          45000000, "GBP", "at_least", "2025-01", "signed",
          "Gannet Bay put the value at more than 45 million pounds.",
          kind_alt=["other"],
          note="parties and 'Earlier this month' in the previous sentence; five-year modernisation and maintenance contract; 'more than' -> at_least"),
        D("grunigen-kabinex-seriesa", ["Grünigen Beteiligungen", "Kabinex"], "investment",
          9000000, "CHF", "exact", "2023", "completed",
          "The company raised 9 million francs in a Series A round in 2023 led by Grünigen Beteiligungen, a Bernese family office, which will keep a smaller stake.",
          required=False, note="background round from 2023 ('The company' = Kabinex); optional"),
    ],
    ["roughly 11.2 billion francs", "about 90 million francs", "1.1 million franc grant", "251.40 francs",
     "270 francs", "$3 billion"],
)

ARTICLES["007_liveticker_maerz_tickerbrett.txt"] = A(
    "2025-03-12", "from the ticker date 'Mittwoch, 12. März 2025'; 'heute früh' -> 2025-03-12", "de",
    [
        D("vaillant-nordfjell-rumour", ["Vaillant", "Nordfjell Varme"], "acquisition",
          900000000, "EUR", "approx", "2025", "rumored",
          "Das norwegische Blatt hatte von einem Preis um 900 Millionen Euro für eine Mehrheit geschrieben.",
          required=False, kind_alt=["investment"],
          note="press report denied by Vaillant in the same entry ('an dieser Geschichte ist nichts dran'); optional"),
        D("jci-coldwick-acquisition", ["Johnson Controls", "Coldwick Technologies"], "acquisition",
          600000000, "USD", "approx", "2025", "rumored",
          "Genannt wird ein Preis in der Größenordnung von rund 600 Millionen Dollar – so schildern es zwei Quellen aus dem Umfeld der Verhandlungsparteien, unabhängig voneinander.",
          alt=[(640000000, "USD"), (590000000, "EUR")],
          note="rumour from two sources, parties in the previous sentences ('Johnson Controls verhandelt Insidern zufolge über die Übernahme von Coldwick Technologies'); signed at $640m on 2025-04-15 (008) and restated in EUR (011) -> alt_amounts; the year keeps the shared id's dates consistent; different from the 2024 Series B (002)"),
        D("daikin-kitaura", ["Daikin", "Kitaura Seiki"], "acquisition",
          48000000000, "JPY", "exact", "2025-03-12", "signed",
          "Der Kaufpreis liegt bei 48 Milliarden Yen, umgerechnet rund 300 Millionen Euro, wie Daikin heute früh nach Handelsschluss in Tokio mitteilte.",
          alt=[(300000000, "EUR")], kind_alt=["investment"],
          note="70 % of Kitaura Seiki (previous sentence); 'heute früh' = the ticker day"),
    ],
    ["66,20 Dollar", "rund 23 Milliarden Dollar", "84,30 Dollar", "290 Franken", "17.250 Yen",
     "mehr als 30 Milliarden Dollar", "1,0890 Dollar", "499 Euro"],
)

ARTICLES["008_jci_coldwick_cobblefield_en.txt"] = A(
    "2025-04-16", "from the header 'April 16, 2025 06:30 ET' (dateline 'CORK, Ireland, April 15'); 'on Tuesday' -> 2025-04-15", "en",
    [
        D("jci-coldwick-acquisition", ["Johnson Controls", "Coldwick Technologies"], "acquisition",
          640000000, "USD", "exact", "2025-04-15", "signed",
          "Johnson Controls International will pay $640 million in cash for Coldwick Technologies, a Texas maker of two-phase cold plates for artificial-intelligence servers, under an agreement both companies announced on Tuesday.",
          note="the takeover rumoured in 007"),
        D("jci-coldwick-earnout", ["Johnson Controls", "Coldwick Technologies"], "other",
          110000000, "USD", "up_to", "2025-04-15", "signed",
          "Coldwick's former owners could receive up to a further $110m if the business hits revenue targets in 2026 and 2027, according to a filing.",
          required=False, kind_alt=["acquisition"],
          note="conditional earn-out, part of the takeover agreement; optional"),
        D("jci-wisconsin-plant", ["Johnson Controls"], "capex_plan",
          200000000, "USD", "exact", "2025-04-15", "announced",
          "At the same time Johnson Controls said it would invest $200 million over three years to build a cold-plate and coolant-distribution plant in Wisconsin, close to its existing engineering centre, with first output planned for late 2026.",
          kind_alt=["project"], note="'At the same time' = the Tuesday announcement"),
    ],
    ["around $48 million", "$16 billion", "$1 billion of annual sales", "$5.4 billion", "$81.90"],
)

ARTICLES["009_thyssenkrupp_tke_emscherblatt.txt"] = A(
    "2025-05-14", "from the line 'Mittwoch, 14. Mai 2025 · Unternehmen · Seite 11'; 'am Dienstag' -> 2025-05-13", "de",
    [
        D("thyssenkrupp-tke-remaining-stake", ["Advent International", "Cinven", "thyssenkrupp", "TK Elevator"], "acquisition",
          1100000000, "EUR", "approx", "2025-05-13", "signed",
          "Der Kaufpreis liegt nach Angaben aus Essen bei rund 1,1 Milliarden Euro.",
          kind_alt=["investment"],
          note="parties in the previous sentence (thyssenkrupp sells its remaining ~16 % of TK Elevator to Advent International and Cinven), signing 'am Dienstag' in the next"),
        D("advent-cinven-tke-2020", ["Advent International", "Cinven", "thyssenkrupp", "TK Elevator"], "acquisition",
          17200000000, "EUR", "exact", "2020", "completed",
          "Advent und Cinven hatten die Aufzugssparte Anfang 2020 für 17,2 Milliarden Euro übernommen, damals die größte Übernahme durch Finanzinvestoren in Europa seit Jahren.",
          required=False, note="background takeover of 2020 ('Anfang 2020' -> year); optional"),
        D("tke-mainstufe-lifts", ["Mainstufe Rechenzentren", "TK Elevator"], "supply",
          18000000, "EUR", "range", "2025-05", "signed",
          "Zum Auftragswert schweigen beide Unternehmen; nach Informationen dieser Zeitung liegt er zwischen 18 und 22 Millionen Euro.",
          amount_max=22000000, kind_alt=["other"],
          note="46 lifts with ten years of maintenance, awarded 'Anfang Mai' (previous sentence, 'der Düsseldorfer Konzern' = TK Elevator); value only from the paper"),
    ],
    ["knapp sieben Milliarden Euro", "rund 4,3 Milliarden Euro", "8,94 Euro", "rund 9,1 Milliarden Euro",
     "knapp 1,3 Milliarden Euro", "mehr als 20 Milliarden Euro", "mehr als zwölf Milliarden Euro", "24,90 Euro"],
)

ARTICLES["010_carrier_microsoft_intracoastal_en.txt"] = A(
    "2025-06-19", "from the line 'BUSINESS | Thursday, June 19, 2025'; 'on Tuesday' -> 2025-06-17", "en",
    [
        D("carrier-microsoft-chillers", ["Carrier", "Microsoft"], "supply",
          450000000, "USD", "approx", "2025-06-17", "signed",
          "Carrier said on Tuesday it will supply chillers, coolant distribution units and controls for Microsoft data centers in the United States and Europe under a three-year agreement worth about $450 million.",
          alt=[(400000000, "EUR")], term=["2025", "2027-12"],
          note="deliveries 'this summer' until 'the end of 2027'; 013 restates it in EUR with the month only, 019 in USD; different from the 2026 service contract of the same pair (019)"),
        D("carrier-tidewell", ["Carrier", "Tidewell Controls"], "acquisition",
          190000000, "USD", "exact", "2025-06-17", "signed",
          "The same day, Carrier agreed to acquire Tidewell Controls, a privately held Raleigh, North Carolina, company whose software runs the cooling plants of data centers and hospitals, for $190 million.",
          note="'The same day' = Tuesday"),
        D("microsoft-fy2025-capex", ["Microsoft"], "capex_plan",
          80000000000, "USD", "approx", None, "announced",
          "Microsoft has put its spending on AI-ready server farms for the fiscal year ending in June at roughly $80 billion, and suppliers from transformer makers to chiller plants are lining up for a share.",
          required=False, note="group-wide capex plan, background; no date of the statement; optional"),
    ],
    ["$1 billion of annual revenue", "about $500 million", "about $145,000", "$420,000 job-growth incentive",
     "$72.15", "about $22.5 billion", "$85 and $88", "$9,995", "$2.99", "$15.99"],
)

ARTICLES["011_mainstufe_jci_kaltgangpost.html"] = A(
    "2025-08-21", "from <meta name='date' content='2025-08-21'> and the visible line '21.08.2025, 09:40 Uhr'; 'am Mittwoch' -> 2025-08-20", "de",
    [
        D("jci-mainstufe-coldplates", ["Mainstufe Rechenzentren", "Johnson Controls"], "supply",
          35000000, "EUR", "approx", "2025-08-20", "signed",
          "Das Volumen beträgt nach Angaben des Frankfurter Betreibers rund 35 Millionen Euro.",
          note="parties in the previous sentence (Mainstufe orders Coldwick cold plates from Johnson Controls), signing 'am Mittwoch' in the next"),
        D("jci-coldwick-acquisition", ["Johnson Controls", "Coldwick Technologies"], "acquisition",
          590000000, "EUR", "approx", "2025-04", "completed",
          "Johnson Controls hatte im April vereinbart, den texanischen Hersteller für umgerechnet rund 590 Millionen Euro zu kaufen; die Übernahme ist inzwischen abgeschlossen.",
          note="'den texanischen Hersteller' = Coldwick (previous paragraph); restatement in EUR with the month only; now completed"),
        D("pinecroft-mainstufe", ["Pinecroft Infrastructure Partners", "Mainstufe Rechenzentren"], "investment",
          300000000, "EUR", "exact", "2025-05", "completed",
          "Im Mai stieg der US-Infrastrukturinvestor Pinecroft Infrastructure Partners mit 300 Millionen Euro Eigenkapital bei dem Unternehmen ein und hält seither eine Minderheit.",
          note="'dem Unternehmen' = Mainstufe (previous sentence)"),
        D("mainstufe-halls-capex", ["Mainstufe Rechenzentren"], "capex_plan",
          1000000000, "EUR", "at_least", None, "planned",
          "Das Geld fließt in die Hallen fünf bis acht, für die Mainstufe Gesamtkosten von mehr als einer Milliarde Euro veranschlagt.",
          required=False, kind_alt=["project"], note="cost estimate for four halls, no date; optional"),
    ],
    ["rund 17 Cent pro Kilowattstunde", "zwischen 400 und 700 Euro", "etwa 120.000 Euro", "6,90 Euro"],
)

ARTICLES["012_kone_tke_marlowe_notes_en.txt"] = A(
    "2025-09-25", "from the line 'Thursday 25 September 2025'; the report was 'first published … on Monday' (2025-09-22); 'In August' -> 2025-08", "en",
    [
        D("kone-tke-bid", ["Kone", "TK Elevator"], "acquisition",
          20000000000, "EUR", "approx", "2025-09", "rumored",
          "Kone has hired advisers and held preliminary talks with the private-equity owners about a combination that could value the Düsseldorf-based company at around €20 billion including debt, the people said.",
          note="rumour from three people ('the Düsseldorf-based company' = TK Elevator); the talks end in 016 (cancelled)"),
        D("otis-hoistmark", ["Otis", "Hoistmark"], "acquisition",
          72000000, "USD", "exact", "2025-08", "completed",
          "In August it bought Hoistmark, a Pittsburgh start-up that builds robotic installation rigs for lift shafts, for $72 million.",
          note="'it' = Otis (previous sentence)"),
    ],
    ["roughly €12 billion", "around €27 billion", "€350 million to €450 million", "$1 billion", "€58", "$104",
     "CHF 285"],
)

ARTICLES["013_carrier_polarkamm_klimazeile.txt"] = A(
    "2025-10-15", "from the issue line 'Ausgabe 20/2025 · 15. Oktober 2025'; 'am Montag' -> 2025-10-13; 'Anfang Oktober' -> 2025-10", "de",
    [
        D("carrier-polarkamm-drycoolers", ["Carrier", "Polarkamm"], "supply",
          60000000, "EUR", "up_to", "2025-10", "signed",
          "Der Rahmenvertrag hat ein Volumen von bis zu 60 Millionen Euro und läuft über zwei Jahre, wie Polarkamm-Geschäftsführer Matthias Gräßle bestätigte.",
          note="parties in the previous sentence; signed 'Anfang Oktober' (next sentence)"),
        D("carrier-microsoft-chillers", ["Carrier", "Microsoft"], "supply",
          400000000, "EUR", "approx", "2025-06", "signed",
          "Der Konzern aus Florida hatte im Juni mit dem Softwarehersteller einen Dreijahresvertrag über Kältemaschinen, Kühlmittelverteiler und Steuerungen geschlossen, der nach damaligen Angaben rund 400 Millionen Euro schwer ist.",
          note="'Der Konzern aus Florida' = Carrier, 'dem Softwarehersteller' = Microsoft ('Microsoft-Auftrags' in the previous sentence); restatement of 010 in EUR with the month only"),
        D("vaillant-remscheid-plant", ["Vaillant"], "capex_plan",
          80000000, "EUR", "approx", "2025-10-13", "announced",
          "Der Heiztechnikhersteller kündigte am Montag an, rund 80 Millionen Euro in eine neue Fertigung für Großwärmepumpen am Stammsitz in Remscheid zu stecken.",
          kind_alt=["project"], note="'Der Heiztechnikhersteller' = Vaillant (previous sentence); repeated as '80-Millionen-Euro-Ausbau'"),
    ],
    ["rund 380 Euro je Kilowatt", "6 Millionen Euro", "rund 38 Euro je Tonne", "25 Euro", "450 Euro",
     "320 Euro", "189 Euro", "224 Euro"],
)

ARTICLES["014_daikin_thermavel_malabar_en.txt"] = A(
    "2025-12-04", "from 'Posted: 04 Dec 2025, 11:20 IST'; 'on Wednesday' -> 2025-12-03", "en",
    [
        D("daikin-thermavel", ["Daikin", "Thermavel Cooling"], "acquisition",
          23500000000, "INR", "exact", "2025-12-03", "signed",
          "Japanese air-conditioning major Daikin will acquire 74% of Thermavel Cooling, a Pune-based maker of chillers and precision air handlers for data centres, for ₹2,350 crore (about $262 million), the companies said on Wednesday.",
          alt=[(262000000, "USD")],
          note="₹2,350 crore = INR 23.5 billion; bought through Daikin Airconditioning India"),
        D("nhava-thermavel-order", ["Nhava Data Parks", "Thermavel Cooling"], "supply",
          4100000000, "INR", "exact", "2025-09", "signed",
          "In September it signed its biggest contract so far: Nhava Data Parks, which is building a 200-megawatt campus in Navi Mumbai, ordered chillers and computer-room air handlers worth ₹410 crore for the first three buildings.",
          note="'it' = Thermavel; ₹410 crore = INR 4.1 billion"),
    ],
    ["₹610 crore", "$30 billion", "₹1,000 crore", "₹180 crore incentive package", "₹1,842", "₹1,499"],
)

ARTICLES["015_kone_porrasvalo_shaftspindle_en.txt"] = A(
    "2026-02-11", "from the issue line 'Issue 88 · Wednesday 11 February 2026'; 'on Monday' -> 2026-02-09, 'on Friday' -> 2026-02-06, 'last week' -> 2026-02", "en",
    [
        D("kone-porrasvalo-takeover", ["Kone", "Porrasvalo"], "acquisition",
          95000000, "EUR", "exact", "2026-02-09", "signed",
          "Kone is buying the 70% of Porrasvalo it does not already own for €95 million, the company announced on Monday.",
          note="second Kone–Porrasvalo deal; must stay apart from the 2024 stake restated in the next sentence"),
        D("kone-porrasvalo-stake", ["Kone", "Porrasvalo"], "investment",
          24000000, "EUR", "exact", "2024-10", "signed",
          "The Finnish lift maker had paid €24 million for its first 30% in October 2024 and used the option it secured back then.",
          kind_alt=["acquisition"], note="restatement of 004 with the month only"),
        D("pinecroft-hjelmvik", ["Pinecroft Infrastructure Partners", "Hjelmvik Datasenter"], "investment",
          1200000000, "NOK", "exact", "2026-02", "completed",
          "Hjelmvik Datasenter has raised NOK 1.2 billion from Pinecroft Infrastructure Partners, the US fund that has been collecting stakes in European data-centre operators.",
          note="'closed last week' (next sentence) -> month; 35 % stake"),
        D("schindler-serangoon", ["Schindler", "Serangoon DataWorks"], "supply",
          70000000, "SGD", "approx", "2026-02-06", "signed",
          "The contract, signed on Friday, is worth about seventy million Singapore dollars including twelve years of maintenance.",
          kind_alt=["other"], note="parties in the previous sentence; amount in words"),
    ],
    ["€80 million", "about €136 million", "an estimated €11 million", "€11.1 billion", "€7,800", "$38 billion",
     "£2,400", "€240"],
)

ARTICLES["016_kone_tke_abbruch_rohrpost.txt"] = A(
    "2026-04-22", "from the line 'Mittwoch, 22. April 2026 · Industrie & Handel'; 'am Montag' -> 2026-04-20; 'Im Januar … drei Monate später' -> 2026-04", "de",
    [
        D("kone-tke-bid", ["Kone", "TK Elevator"], "acquisition",
          20000000000, "EUR", "approx", "2025", "cancelled",
          "Im Raum stand zuletzt ein Unternehmenswert von rund 20 Milliarden Euro einschließlich Schulden.",
          note="talks ended ('am Dienstagabend'); parties and 'im vergangenen Herbst' (-> 2025, the date of the talks) in the previous sentences; the rumour of 012"),
        D("schindler-kabinex-rest", ["Schindler", "Kabinex"], "acquisition",
          64000000, "CHF", "exact", "2026-04", "signed",
          "Schindler, bereits größter Anteilseigner, zahlt dafür 64 Millionen Franken, umgerechnet rund 69 Millionen Euro.",
          alt=[(69000000, "EUR")],
          note="remaining 60 % of Kabinex (previous sentence); 'Im Januar … drei Monate später ist der Kauf unterschrieben' -> 2026-04; second Schindler–Kabinex deal (first: 006)"),
        D("tke-schachtblick", ["TK Elevator", "Schachtblick"], "investment",
          18000000, "EUR", "exact", "2026-04-20", "signed",
          "TK Elevator investiert dafür 18 Millionen Euro; bekannt gegeben wurde der Einstieg am Montag.",
          kind_alt=["acquisition"], note="25 % of Schachtblick (previous sentence)"),
    ],
    ["54,80 Euro", "knapp 1,4 Milliarden Euro", "rund 14 Millionen Franken", "rund vier Millionen Euro an Fördergeldern",
     "19,99 Euro", "9,99 Euro"],
)

ARTICLES["017_raumsinn_interview_gebaeudegeist.txt"] = A(
    None, "no date anywhere in the article (only 'Lesedauer: 7 Minuten'); 'im Januar' and 'im Herbst' cannot be resolved", "de",
    [
        D("jci-raumsinn-licence", ["Johnson Controls", "Raumsinn"], "supply",
          3000000, "EUR", "approx", None, "signed",
          "Die Amerikaner haben unsere Software in ihre Gebäudeleittechnik eingebaut und zahlen uns dafür jährlich rund drei Millionen Euro, zunächst für drei Jahre.",
          per="year", kind_alt=["other", "partnership"],
          note="'Die Amerikaner' = Johnson Controls (previous sentence), 'uns' = Raumsinn; software licence, yearly rate, amount in words"),
        D("viessmann-raumsinn-2024", ["Viessmann Group", "Raumsinn"], "investment",
          None, None, None, "2024", "completed",
          "Als die Viessmann Group 2024 bei uns eingestiegen ist, suchte die Familie gerade nach Themen für die nächsten zwanzig Jahre.",
          required=False, note="amount-less background mention of the 2024 round (005); optional"),
        D("viessmann-raumsinn-followon", ["Viessmann Group", "Raumsinn"], "investment",
          20000000, "EUR", "exact", None, "completed",
          "In der Anschlussrunde im Januar hat Viessmann dann noch einmal zwanzig Millionen Euro nachgelegt, zusammen mit Tessellon Capital.",
          note="amount in words; second Viessmann–Raumsinn deal, must stay apart from the 2024 round; 'im Januar' of an undated interview -> null"),
        D("trelawney-raumsinn-offer", ["Trelawney Partners", "Raumsinn"], "acquisition",
          150000000, "EUR", "exact", None, "cancelled",
          "Brandlhuber: Im Herbst lag ein Angebot des Finanzinvestors Trelawney Partners auf dem Tisch, 150 Millionen Euro für hundert Prozent von Raumsinn.",
          note="offer refused ('Nach einem Wochenende haben wir Nein gesagt'); 'im Herbst' without a year -> null"),
        D("raumsinn-microsoft-compute", ["Raumsinn", "Microsoft"], "cloud_contract",
          2500000, "EUR", "approx", None, "signed",
          "Für das Training unserer Modelle haben wir bei Microsoft Rechenkapazität für rund 2,5 Millionen Euro gebucht, verteilt über zwei Jahre.",
          note="'wir' = Raumsinn; compute booked for two years"),
    ],
    ["95.000 bis 120.000 Euro", "knapp acht Millionen Euro", "14,80 Euro", "79 Euro"],
)

ARTICLES["018_ironvale_otis_kessling_courier_en.html"] = A(
    "2026-06-10", "from <meta name='parsely-pub-date' content='2026-06-10…'> and the byline 'Wed 10 Jun 2026'; 'on Monday' -> 2026-06-08; 'in January' -> 2026-01, 'Three months later' -> 2026-04", "en",
    [
        D("otis-ironvale-elevators", ["Otis", "Ironvale Data Centers"], "supply",
          38000000, "USD", "exact", "2026-06-08", "signed",
          "Otis valued the contract at $38 million.",
          kind_alt=["other"],
          note="parties and 'said on Monday' in the previous sentence (64 elevators plus 15 years of maintenance)"),
        D("ironvale-kessling-land", ["Ironvale Data Centers", "Kessling County Port Authority"], "acquisition",
          31000000, "USD", "exact", "2026-01", "completed",
          "Ironvale bought the 190-acre site from the Kessling County Port Authority in January for $31 million.",
          kind_alt=["other"], note="land purchase"),
        D("ashgrove-ironvale-loan", ["Ashgrove Bank", "Ironvale Data Centers"], "other",
          1200000000, "USD", "exact", "2026-04", "signed",
          "Three months later it closed a $1.2 billion building loan led by Ashgrove Bank, which will pay for the shell buildings, the electrical yard and the first cooling plant.",
          kind_alt=["investment"], note="'it' = Ironvale; 'Three months later' after January -> 2026-04"),
        D("ironvale-phase1-capex", ["Ironvale Data Centers"], "capex_plan",
          3400000000, "USD", "approx", None, "planned",
          "Ironvale estimates that the first phase will cost about $3.4 billion in total.",
          required=False, kind_alt=["project"], note="cost estimate of the first phase, no date; optional"),
    ],
    ["$96 million", "$4.5 million a year", "$78,000", "$89", "$1 gets you a month", "$11.99"],
)

ARTICLES["019_hvac_market_heatsink_daily_en.txt"] = A(
    "2026-09-17", "from the line 'Thursday, 17 September 2026 · Close of trading'; 'on Wednesday' -> 2026-09-16, 'on Tuesday' -> 2026-09-15", "en",
    [
        D("carrier-microsoft-service-2026", ["Carrier", "Microsoft"], "supply",
          60000000, "USD", "approx", "2026-09-16", "signed",
          "The contract is worth about $60 million a year, Carrier said; no total was given.",
          per="year", term=["2026-10", "2031"], kind_alt=["other"],
          note="five-year maintenance and monitoring contract from October (previous sentence, 'said on Wednesday'); second Carrier–Microsoft deal, must stay apart from the 2025 chiller agreement restated in the next sentence"),
        D("carrier-microsoft-chillers", ["Carrier", "Microsoft"], "supply",
          450000000, "USD", "approx", "2025-06", "signed",
          "It builds on the roughly $450m chiller agreement the two signed in June 2025, much of which has now been delivered.",
          note="restatement of 010 with the month only; 'the two' = Carrier and Microsoft"),
        D("otis-ridgeline", ["Otis", "Ridgeline Lift Service"], "acquisition",
          140000000, "USD", "exact", "2026-09-15", "signed",
          "Otis agreed on Tuesday to buy Ridgeline Lift Service, a family-owned maintenance firm with about 9,000 elevators under contract in Texas and Oklahoma, for $140 million.",
          note="service-portfolio purchase"),
        D("daikin-hvidsande-talks", ["Daikin", "Hvidsande Varmepumper"], "acquisition",
          1900000000, "DKK", "approx", "2026-09", "negotiating",
          "Daikin shares slipped after a report that the group is in exclusive talks to buy Hvidsande Varmepumper, a Danish maker of large heat pumps for district heating, for roughly DKK 1.9 billion.",
          note="talks from a report, not confirmed by Daikin"),
    ],
    ["$96", "roughly $15,500 per unit", "¥420 billion", "$5 billion share buyback", "$79.34", "$97.12",
     "$98.05", "$412.60", "¥19,880", "€56.42", "CHF 268.80", "£650"],
)

ARTICLES["020_polarkamm_daikin_risswochenblatt.txt"] = A(
    "2026-11-12", "from the line 'KW 46/2026 – Donnerstag, 12.11.2026'; 'Seit Mittwoch' -> 2026-11-11, 'Am Tag zuvor' -> 2026-11-10, 'am Montagabend' -> 2026-11-09", "de",
    [
        D("daikin-polarkamm-stake", ["Daikin", "Polarkamm"], "investment",
          None, None, None, "2026-11-11", "signed",
          "Der japanische Klimakonzern Daikin übernimmt 25,1 Prozent der Anteile.",
          kind_alt=["acquisition"],
          note="price undisclosed ('Was Daikin dafür zahlt, bleibt geheim'); 'der Anteile' = Polarkamm's (previous sentences); 'Seit Mittwoch'"),
        D("polarkamm-mainstufe-2026", ["Mainstufe Rechenzentren", "Polarkamm"], "supply",
          55000000, "EUR", "approx", "2026-11-10", "signed",
          "Auftragswert: rund 55 Millionen Euro.",
          note="parties in the previous sentences ('Die Mainstufe Rechenzentren GmbH … bestellt erneut'), 'Am Tag zuvor' = the day before the Wednesday -> 2026-11-10; second Polarkamm–Mainstufe order, must stay apart from the 2024 order restated in the next sentence"),
        D("polarkamm-mainstufe-2024", ["Mainstufe Rechenzentren", "Polarkamm"], "supply",
          40000000, "EUR", "approx", "2024-02", "signed",
          "Der erste Auftrag über knapp 40 Millionen Euro vom Februar 2024 ist längst abgearbeitet.",
          note="restatement of 001 with the month only"),
        D("biberach-polarkamm-land", ["Polarkamm", "Stadt Biberach"], "acquisition",
          3100000, "EUR", "exact", "2026-11-09", "announced",
          "Der Preis liegt bei 3,1 Millionen Euro, der Notartermin steht noch aus.",
          kind_alt=["other"],
          note="council vote 'am Montagabend' to sell 4.2 ha to Polarkamm (previous sentence); the seller is the town ('Die Stadt verkauft weiteres Gewerbeland'); not yet notarised -> announced"),
    ],
    ["mehr als 200 Millionen Euro", "182 Millionen Euro", "rund fünf Millionen Euro", "2,4 Millionen Euro",
     "3.450 Euro", "250 Euro"],
)

ALIASES = {
    "Polarkamm": ["Polarkamm"],
    "Mainstufe Rechenzentren": ["Mainstufe Rechenzentren", "Mainstufe Rechenzentren GmbH", "Mainstufe"],
    "Donauried Kreditbank": ["Donauried Kreditbank"],
    "Carrier": ["Carrier", "Carrier Global"],
    "Viessmann Group": ["Viessmann Group", "Viessmann"],
    "Johnson Controls": ["Johnson Controls", "Johnson Controls International", "JCI"],
    "Coldwick Technologies": ["Coldwick Technologies", "Coldwick"],
    "Ironvale Data Centers": ["Ironvale Data Centers", "Ironvale"],
    "Daikin": ["Daikin", "Daikin Applied", "Daikin Industries", "Daikin Airconditioning India"],
    "Bosch": ["Bosch", "Robert Bosch"],
    "Silent-Aire": ["Silent-Aire"],
    "Kone": ["Kone", "Kone Oyj"],
    "Porrasvalo": ["Porrasvalo"],
    "Hjelmvik Datasenter": ["Hjelmvik Datasenter", "Hjelmvik"],
    "Vaillant": ["Vaillant", "Vaillant Group"],
    "Lahnwärme": ["Lahnwärme", "Lahnwärme GmbH"],
    "Raumsinn": ["Raumsinn"],
    "Schindler": ["Schindler", "Schindler Holding"],
    "Kabinex": ["Kabinex"],
    "Otis": ["Otis", "Otis Worldwide"],
    "Gannet Bay Data": ["Gannet Bay Data", "Gannet Bay"],
    "Grünigen Beteiligungen": ["Grünigen Beteiligungen", "Grünigen"],
    "Nordfjell Varme": ["Nordfjell Varme", "Nordfjell"],
    "Kitaura Seiki": ["Kitaura Seiki", "Kitaura"],
    "thyssenkrupp": ["thyssenkrupp", "thyssenkrupp AG"],
    "Advent International": ["Advent International", "Advent"],
    "Cinven": ["Cinven"],
    "TK Elevator": ["TK Elevator", "TK Elevator GmbH", "TKE"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Tidewell Controls": ["Tidewell Controls", "Tidewell"],
    "Pinecroft Infrastructure Partners": ["Pinecroft Infrastructure Partners", "Pinecroft"],
    "Hoistmark": ["Hoistmark"],
    "Thermavel Cooling": ["Thermavel Cooling", "Thermavel"],
    "Nhava Data Parks": ["Nhava Data Parks"],
    "Serangoon DataWorks": ["Serangoon DataWorks"],
    "Schachtblick": ["Schachtblick"],
    "Trelawney Partners": ["Trelawney Partners", "Trelawney"],
    "Kessling County Port Authority": ["Kessling County Port Authority"],
    "Ashgrove Bank": ["Ashgrove Bank", "Ashgrove"],
    "Ridgeline Lift Service": ["Ridgeline Lift Service", "Ridgeline"],
    "Hvidsande Varmepumper": ["Hvidsande Varmepumper", "Hvidsande"],
    "Stadt Biberach": ["Stadt Biberach", "Biberach"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out} ({len(ARTICLES)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
