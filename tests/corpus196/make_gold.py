#!/usr/bin/env python3
"""Write gold.json for corpus196 (the hand annotation as a script: edit here, then run).

Usage: python3 tests/corpus196/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the held-out test corpus 196 (tests/corpus196/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: car rental, leasing and fleet management in the "
    "AI-infrastructure race (GPU leasing by car lessors, AI damage scanners, robotaxi fleet services, "
    "depots turned into data centres). One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks vague or background mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <time datetime>, issue line or visible "
    "byline date, or null when the article has none); quarters, half-years and seasons become the year; "
    "a cancelled deal keeps the date of the original agreement, offer or talks; 'term' is the period the "
    "deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Ostenfeld Datenpark, Kalbensteig "
    "Autovermietung, Ullswick Leasing, Brathay Merchant Bank, Lumisk Vision, Carrowfield Capital, "
    "Flottwerk Leasing, Vantorra Compute, Tannreuth Flottenservice, Flotora Leasing, Nordbrück Bank, "
    "Pellwick Telematics, Driftmoor Autonomy, Lindevall Fleet, Hjortvang Leasing, Juraflotte, Aaregrund "
    "Kapital, Hinokage Lease, Kumoji Compute, Akenohara Partners, Fernscoe Fleet Services; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals "
    "of real companies are partly loosely based on public reports (shifted), partly invented. Nothing "
    "here is reporting."
)

ALIASES = {
    "Ostenfeld Datenpark": ["Ostenfeld Datenpark GmbH", "Ostenfeld Datenpark", "Ostenfeld"],
    "Kalbensteig Autovermietung": ["Kalbensteig Autovermietung AG", "Kalbensteig Autovermietung", "Kalbensteig"],
    "Blackstone": ["Blackstone", "Blackstone Inc."],
    "Magnetar": ["Magnetar", "Magnetar Capital"],
    "CoreWeave": ["CoreWeave", "CoreWeave Inc."],
    "Ullswick Leasing": ["Ullswick Leasing", "Ullswick"],
    "Brathay Merchant Bank": ["Brathay Merchant Bank", "Brathay"],
    "Sixt": ["Sixt", "Sixt SE"],
    "Lumisk Vision": ["Lumisk Vision", "Lumisk"],
    "Hertz": ["Hertz", "Hertz Global Holdings"],
    "UVeye": ["UVeye"],
    "Carrowfield Capital": ["Carrowfield Capital", "Carrowfield"],
    "Waymo": ["Waymo"],
    "Moove": ["Moove"],
    "Alphabet": ["Alphabet", "Alphabet Inc."],
    "Uber": ["Uber", "Uber Technologies"],
    "Flottwerk Leasing": ["Flottwerk Leasing AG", "Flottwerk Leasing", "Flottwerk"],
    "Vantorra Compute": ["Vantorra Compute", "Vantorra"],
    "Stadtwerke Augsburg": ["Stadtwerke Augsburg"],
    "Tannreuth Flottenservice": ["Tannreuth Flottenservice GmbH", "Tannreuth Flottenservice", "Tannreuth"],
    "Ayvens": ["Ayvens"],
    "Flotora Leasing": ["Flotora Leasing", "Flotora"],
    "Nordbrück Bank": ["Nordbrück Bank", "Nordbrück"],
    "OpenAI": ["OpenAI"],
    "Lyft": ["Lyft"],
    "FreeNow": ["FreeNow", "Free Now"],
    "Pellwick Telematics": ["Pellwick Telematics", "Pellwick"],
    "BMW": ["BMW"],
    "Mercedes-Benz": ["Mercedes-Benz", "Mercedes"],
    "Lucid": ["Lucid", "Lucid Group", "Lucid Motors"],
    "Nuro": ["Nuro"],
    "Driftmoor Autonomy": ["Driftmoor Autonomy", "Driftmoor"],
    "Lindevall Fleet": ["Lindevall Fleet AB", "Lindevall Fleet", "Lindevall"],
    "Hjortvang Leasing": ["Hjortvang Leasing", "Hjortvang"],
    "Avis Budget Group": ["Avis Budget Group", "Avis Budget", "Avis"],
    "Juraflotte": ["Juraflotte AG", "Juraflotte"],
    "Aaregrund Kapital": ["Aaregrund Kapital", "Aaregrund"],
    "Swisscom": ["Swisscom"],
    "Hinokage Lease": ["Hinokage Lease Co.", "Hinokage Lease", "Hinokage", "Hinokage Rent-a-Car"],
    "Kumoji Compute": ["Kumoji Compute", "Kumoji"],
    "Akenohara Partners": ["Akenohara Partners", "Akenohara"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Fernscoe Fleet Services": ["Fernscoe Fleet Services", "Fernscoe"],
    "Arval": ["Arval", "Arval Service Lease"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


FW, VC = "Flottwerk Leasing", "Vantorra Compute"
LEASE_ALT = [(310_000_000, "EUR"), (325_000_000, "USD")]

ARTICLES = {}

ARTICLES["001_kalbensteig_depot_knoblauchsland.txt"] = {
    "published": "2024-03-14",
    "published_note": "dateline 'NÜRNBERG, 14. März' without a year; the year from the copyright line '© 2024 Knoblauchsland-Anzeiger'; 'am Dienstag' -> 2024-03-12",
    "language": "de",
    "deals": [
        deal("ostenfeld-kalbensteig-depot", ["Ostenfeld Datenpark", "Kalbensteig Autovermietung"], "acquisition",
             23_500_000, "EUR", "exact", "2024-03-12", "signed",
             "Das Geschäft hat ein Volumen von 23,5 Millionen Euro, wie beide Firmen am Dienstag bekanntgaben.",
             kind_alt=["other"],
             note="land sale; seller and buyer only in the previous sentence ('trennt sich von ihrem Depotgelände ..., neuer Eigentümer wird die Ostenfeld Datenpark GmbH'); the amount sentence names neither"),
        deal("ostenfeld-nuernberg-campus", ["Ostenfeld Datenpark"], "capex_plan",
             450_000_000, "EUR", "up_to", "2024-03", "planned",
             "Auf dem Areal will das Unternehmen in zwei Abschnitten einen Rechenzentrumscampus mit zusammen 60 Megawatt Anschlussleistung errichten und dafür bis zu 450 Millionen Euro investieren.",
             kind_alt=["project"],
             note="'das Unternehmen' = Ostenfeld (previous sentence); spender only"),
        deal("kalbensteig-fuerth-hall", ["Kalbensteig Autovermietung"], "capex_plan",
             6_000_000, "EUR", "approx", "2024-03", "planned",
             "Dort baut Kalbensteig nach eigener Angabe für rund sechs Millionen Euro eine neue Halle mit Waschstraße.",
             required=False, kind_alt=["project"],
             note="small own building project, amount in words; optional"),
    ],
    "not_deals": ["jährlich rund drei Millionen Euro", "1,2 Millionen Euro", "310 Euro je Quadratmeter",
                  "88 Millionen Euro", "ab 59 Euro", "ab 39 Euro pro Tag"],
}

ARTICLES["002_gpu_fleets_residual_letter_en.txt"] = {
    "published": "2024-05-24",
    "published_note": "issue line 'Issue 61 · Friday, 24 May 2024'; 'last Friday' -> 2024-05-17; 'this week' -> month",
    "language": "en",
    "deals": [
        deal("blackstone-magnetar-coreweave-debt", ["Blackstone", "Magnetar", "CoreWeave"], "other",
             7_500_000_000, "USD", "exact", "2024-05-17", "signed",
             "The clearest sign came last Friday, when the GPU cloud operator CoreWeave disclosed $7.5bn of fresh debt financing, with Blackstone and Magnetar heading the lender group.",
             kind_alt=["investment"],
             note="GPU-backed loan; compact '$7.5bn'; also in words in the lead line 'Seven and a half billion dollars, secured on chips.'"),
        deal("brathay-ullswick-facility", ["Brathay Merchant Bank", "Ullswick Leasing"], "other",
             150_000_000, "GBP", "exact", "2024-05", "signed",
             "Ullswick, which runs 62,000 company cars and vans for British employers, this week signed a £150 million warehouse facility with Brathay Merchant Bank to fund a new unit that buys servers and leases them to smaller AI clouds.",
             kind_alt=["investment"],
             note="loan facility; 'this week' gives the month; restated in 012; different from the £100m increase of 2025 (012)"),
    ],
    "not_deals": ["around $30,000", "roughly $2 an hour", "318p", "£38.6 million", "$245 million",
                  "$186 million", "$4.98", "£295", "£45 a lot"],
}

ARTICLES["003_sixt_lumisk_boersenwinkel.txt"] = {
    "published": "2024-07-17",
    "published_note": "stock-portal stamp '17.07.2024 | 07:45 Uhr'; 'am Dienstag' -> 2024-07-16",
    "language": "de",
    "deals": [
        deal("sixt-lumisk-germany", ["Sixt", "Lumisk Vision"], "supply",
             48_000_000, "EUR", "approx", "2024-07-16", "signed",
             "Den Auftrag über knapp 48 Millionen Euro hat Sixt am Dienstag an das israelische Start-up Lumisk Vision vergeben, teilte der Konzern nach Handelsschluss mit.",
             kind_alt=["other", "cloud_contract"], term=["2024-07", "2028"],
             note="'knapp' = approx; term 'bis Ende 2028' (next sentence); headline compound '48-Millionen-Euro-Auftrag'; first of three Sixt–Lumisk deals (pilot 2023, this one, US order 2026 in 020)"),
        deal("sixt-lumisk-pilot", ["Sixt", "Lumisk Vision"], "supply",
             3_000_000, "EUR", "approx", "2023", "completed",
             "Sixt hatte die Tore seit dem vergangenen Jahr in München und Düsseldorf getestet; dieser Pilotauftrag hatte ein Volumen von rund drei Millionen Euro.",
             kind_alt=["other"],
             note="earlier pilot order, amount in words; 'seit dem vergangenen Jahr' -> 2023; different deal from the 2024 roll-out"),
    ],
    "not_deals": ["rund 400 Millionen Dollar", "85 Euro", "799 Millionen Euro", "30 Millionen Euro",
                  "zwischen 340 und 440 Millionen Euro", "64,15 EUR", "60 Euro", "70 Euro"],
}

ARTICLES["004_hertz_uveye_gulfside_en.html"] = {
    "published": "2024-09-19",
    "published_note": "<meta article:published_time> and <time datetime='2024-09-19T06:30:00-04:00'> 'Thursday, Sept. 19, 2024'; 'on Tuesday' -> 2024-09-17, 'on Wednesday' -> 2024-09-18",
    "language": "en",
    "deals": [
        deal("hertz-uveye-scanners", ["Hertz", "UVeye"], "supply",
             75_000_000, "USD", "approx", "2024-09-17", "signed",
             "The Estero-based rental company has agreed to install UVeye's drive-through inspection scanners at 50 of its busiest U.S. airport locations, under a five-year contract that will bring UVeye about $75 million, according to two people with sight of the paperwork.",
             kind_alt=["other"], alt=[(68_000_000, "EUR")],
             note="'The Estero-based rental company' = Hertz (previous sentence); value from sources, the companies did not disclose it; date from the next sentence ('on Tuesday'); EUR figure of 011 as alt_amounts; restated without amount in 017"),
        deal("carrowfield-uveye-round", ["Carrowfield Capital", "UVeye"], "investment",
             190_000_000, "USD", "at_least", "2024-09-18", "completed",
             "UVeye said on Wednesday it had raised more than $190 million in new funding led by Carrowfield Capital, a London growth investor.",
             note="funding round with its lead investor; 'more than' = at_least; headline '$190M'"),
        deal("hertz-uveye-stake", ["Hertz", "UVeye"], "investment",
             20_000_000, "USD", "exact", "2024-09-18", "completed",
             "Hertz took part with a $20 million check, a person involved in the financing said, making the car renter both a customer and a shareholder of its supplier.",
             note="Hertz's part of the round; different deal from the scanner contract between the same companies"),
    ],
    "not_deals": ["$1.1 billion", "$865 million", "$3.41", "$250,000", "$1.6 million", "$329 a month", "$2,999"],
}

ARTICLES["005_waymo_moove_quarrytide_en.txt"] = {
    "published": "2024-12-11",
    "published_note": "wire stamp 'Updated Dec. 11, 2024 5:02 a.m. ET'; dateline 'PHOENIX, Dec 10'; 'on Tuesday' -> 2024-12-10",
    "language": "en",
    "deals": [
        deal("waymo-moove-fleet", ["Waymo", "Moove"], "partnership",
             None, None, None, "2024-12-10", "announced",
             "PHOENIX, Dec 10 (Quarrytide) - Waymo, the self-driving unit of Alphabet, will let fleet operator Moove clean, charge, repair and park its robotaxis in Phoenix from next year, and in Miami once paid rides start there in 2026, the two companies said on Tuesday.",
             kind_alt=["other", "supply"],
             note="fleet-services agreement without financial terms ('They gave no financial terms.')"),
        deal("alphabet-waymo-round", ["Alphabet", "Waymo"], "investment",
             5_600_000_000, "USD", "exact", "2024-10", "completed",
             "Waymo itself raised $5.6 billion in October in a round led by Alphabet, and said the money would pay for expansion to more cities.",
             note="round with its lead investor; 'in October' -> 2024-10"),
        deal("uber-moove-2023", ["Uber", "Moove"], "investment",
             100_000_000, "USD", "exact", "2023", "completed",
             "The company raised $100 million in 2023, with Uber among the backers, and says it now has vehicles worth about $550 million under management worldwide.",
             required=False,
             note="background; 'The company' = Moove; Uber only one of several investors, the $100m is the whole round; optional"),
    ],
    "not_deals": ["about $550 million", "well over $100,000", "around $20"],
}

ARTICLES["006_flottwerk_vantorra_flottenfunk.txt"] = {
    "published": "2025-01-16",
    "published_note": "issue line 'Ausgabe 02/2025 · Donnerstag, 16. Januar 2025'; 'im Dezember' -> 2024-12",
    "language": "de",
    "deals": [
        deal("flottwerk-vantorra-gpu-lease", [FW, VC], "other",
             300_000_000, "EUR", "approx", "2025", "rumored",
             "Das Unternehmen verhandelt mit dem Amsterdamer Rechenzentrumsbetreiber Vantorra Compute über einen Leasingvertrag für Nvidia-Server im Volumen von rund 300 Millionen Euro.",
             kind_alt=["supply"], alt=LEASE_ALT,
             note="rumour from the newsletter's own sources ('Zwei Quellen ...'); 'Das Unternehmen' = Flottwerk (previous sentence); signed at €310m on 2025-02-11 (007), $325m in 008 (alt_amounts); the rumour carries only the year so that the shared id's dates agree"),
        deal("stadtwerke-augsburg-tannreuth", ["Stadtwerke Augsburg", "Tannreuth Flottenservice"], "other",
             2_400_000, "EUR", "exact", "2024-12", "signed",
             "Der Vertrag gilt ab Februar für fünf Jahre; die Stadtwerke zahlen dafür jährlich 2,4 Millionen Euro.",
             kind_alt=["supply"], per="year", term=["2025-02", "2030-01"],
             note="fleet-management contract as a yearly rate; parties and the award 'im Dezember' in the previous two sentences"),
        deal("flotora-ayvens-portfolio", ["Flotora Leasing", "Ayvens"], "acquisition",
             410_000_000, "PLN", "approx", "2025-01", "negotiating",
             "Im Raum stehen etwa 410 Millionen Złoty.",
             kind_alt=["other"],
             note="talks confirmed by Ayvens; parties ('Die Société-Générale-Tochter Ayvens ... mit dem Warschauer Leasinggeber Flotora') in the previous sentence; portfolio of leases, not a company; month of the article"),
    ],
    "not_deals": ["6,1 Milliarden Euro", "74.500 Euro", "92.000 Euro", "40 Millionen Euro", "390 Euro",
                  "24,90 Euro", "189 Euro", "149 Euro"],
}

ARTICLES["007_flottwerk_vantorra_wirtschaftsbote.txt"] = {
    "published": "2025-02-12",
    "published_note": "issue line 'Mittwoch, 12. Februar 2025 · Wirtschaft im Südwesten · S. 7'; 'am Dienstag' -> 2025-02-11; 'Ende Januar' -> 2025-01",
    "language": "de",
    "deals": [
        deal("flottwerk-vantorra-gpu-lease", [FW, VC], "other",
             310_000_000, "EUR", "exact", "2025-02-11", "signed",
             "Seit Wochen war darüber spekuliert worden, am Dienstag kam die Bestätigung: Die Flottwerk Leasing AG und Vantorra Compute haben einen Leasingvertrag über 310 Millionen Euro unterschrieben.",
             kind_alt=["supply"],
             note="signing of the rumour in 006; four-year lease of about 4,000 GPUs"),
        deal("nordbrueck-flottwerk-credit", ["Nordbrück Bank", FW], "other",
             150_000_000, "EUR", "exact", "2025-01", "signed",
             "Zur Finanzierung hat sich Flottwerk bei der Nordbrück Bank eine Kreditlinie über 150 Millionen Euro gesichert.",
             kind_alt=["investment"],
             note="credit line; signing 'bereits Ende Januar' in the next sentence ('die Bank und der Konzern'); different from the Nordbrück-led Ostenfeld financing (020)"),
        deal("ostenfeld-vantorra-colocation", ["Ostenfeld Datenpark", VC], "other",
             None, None, None, None, "signed",
             "Außerdem hat Vantorra Flächen im neuen Nürnberger Campus der Ostenfeld Datenpark gemietet; zur Höhe der Miete äußerten sich beide Seiten nicht.",
             required=False, kind_alt=["cloud_contract"],
             note="colocation lease without amount or date; optional"),
    ],
    "not_deals": ["rund 1,2 Milliarden Euro", "2,3 Milliarden Euro", "71 Millionen Euro", "27,40 Euro",
                  "rund 76 Milliarden Euro", "24,90 Euro im Monat", "54,90 Euro"],
}

ARTICLES["008_gpu_depreciation_ashlarbrook_en.txt"] = {
    "published": "2025-03-12",
    "published_note": "'Published 12 March 2025 – prices as at the close on 11 March 2025'; 'On Monday' -> 2025-03-10; 'last month' -> 2025-02",
    "language": "en",
    "deals": [
        deal("coreweave-openai-contract", ["CoreWeave", "OpenAI"], "cloud_contract",
             11_900_000_000, "USD", "up_to", "2025-03-10", "signed",
             "On Monday CoreWeave agreed to supply OpenAI with computing capacity under a five-year contract worth as much as $11.9 billion.",
             note="'worth as much as' = up_to"),
        deal("openai-coreweave-stake", ["OpenAI", "CoreWeave"], "investment",
             350_000_000, "USD", "exact", "2025-03-10", "signed",
             "As part of the same arrangement OpenAI receives CoreWeave shares worth $350 million, issued ahead of the planned stock market listing.",
             note="equity stake tied to the contract; a different deal between the same companies"),
        deal("flottwerk-vantorra-gpu-lease", [FW, VC], "other",
             325_000_000, "USD", "approx", "2025-02", "signed",
             "Closer to our usual coverage, Stuttgart's Flottwerk Leasing, a company-car lessor, last month signed a roughly $325 million lease of Nvidia servers to Vantorra Compute, an Amsterdam GPU cloud.",
             kind_alt=["supply"],
             note="same lease as 006/007, told in USD; 'last month' -> 2025-02"),
    ],
    "not_deals": ["around $28,000", "$45 a day", "about $250,000", "$2.00 to $2.50 per GPU-hour",
                  "more than $8", "$38 billion", "$120 billion", "€74", "€82", "€31", "$4.50"],
}

ARTICLES["009_lyft_freenow_elbuferbote.txt"] = {
    "published": "2025-04-17",
    "published_note": "portal stamp 'Stand: 17.04.2025, 06:12 Uhr' in the byline (page saved as text); 'am Mittwoch' -> 2025-04-16; 'im Februar' -> 2025-02",
    "language": "de",
    "deals": [
        deal("lyft-freenow", ["Lyft", "FreeNow"], "acquisition",
             175_000_000, "EUR", "approx", "2025-04-16", "signed",
             "Der Kaufpreis beträgt rund 175 Millionen Euro, umgerechnet etwa 197 Millionen Dollar, und wird in bar bezahlt.",
             alt=[(197_000_000, "USD")],
             note="buyer and target ('Der US-Fahrdienst Lyft übernimmt das Unternehmen') and 'am Mittwoch' in the previous sentence; sellers BMW and Mercedes-Benz; the teaser gives only 'im dreistelligen Millionenbereich'"),
        deal("freenow-pellwick-dashcams", ["FreeNow", "Pellwick Telematics"], "supply",
             9_000_000, "EUR", "approx", "2025-02", "signed",
             "Für etwa neun Millionen Euro erhalten 4.000 Taxis in Deutschland und Großbritannien KI-gestützte Dashcams, die gefährliche Situationen erkennen und Fahrern Hinweise geben.",
             note="amount in words; 'die App' = FreeNow and the supplier in the first half of the sentence ('Erst im Februar hatte die App einen Vertrag mit dem britischen Anbieter Pellwick Telematics abgeschlossen:')"),
        deal("bmw-mercedes-mobility-2019", ["BMW", "Mercedes-Benz"], "joint_venture",
             1_000_000_000, "EUR", "at_least", "2019", "announced",
             "BMW und Mercedes hatten ihre Mobilitätsdienste 2019 zusammengelegt und damals angekündigt, gemeinsam mehr als eine Milliarde Euro in die neuen Firmen zu stecken.",
             required=False, kind_alt=["investment", "capex_plan"],
             note="old background pledge; optional"),
    ],
    "not_deals": ["rund 4,5 Milliarden Dollar", "bis zu 10.000 Euro pro Fahrzeug", "4,50 Euro", "2,60 Euro",
                  "199 Euro im Monat"],
}

ARTICLES["010_uber_lucid_bellwire_en.txt"] = {
    "published": "2025-07-17",
    "published_note": "ticker header 'Thursday 17 July 2025' with time-stamped entries; 'this morning' -> 2025-07-17",
    "language": "en",
    "deals": [
        deal("uber-lucid-investment", ["Uber", "Lucid"], "investment",
             300_000_000, "USD", "exact", "2025-07-17", "announced",
             "Big one for the robotaxi crowd: Uber will put $300 million into Lucid, the electric-car maker, and commit to buying at least 20,000 Gravity SUVs over six years, each equipped with driving software from Nuro, the companies said this morning.",
             note="07:15 entry"),
        deal("uber-lucid-vehicles", ["Uber", "Lucid"], "supply",
             None, None, None, "2025-07-17", "announced",
             "Big one for the robotaxi crowd: Uber will put $300 million into Lucid, the electric-car maker, and commit to buying at least 20,000 Gravity SUVs over six years, each equipped with driving software from Nuro, the companies said this morning.",
             required=False,
             note="vehicle purchase without a price (20,000 is a number of cars); a different deal from the $300m investment; optional"),
        deal("uber-nuro-investment", ["Uber", "Nuro"], "investment",
             None, None, None, "2025-07-17", "announced",
             "Uber is also putting fresh money into Nuro, the company supplying the driving software, but did not say how much.",
             required=False, note="no amount; optional"),
        deal("vantorra-driftmoor-compute", ["Driftmoor Autonomy", VC], "cloud_contract",
             140_000_000, "USD", "exact", "2025-07-17", "signed",
             "Amsterdam's Vantorra Compute has landed a $140 million, three-year deal with Driftmoor Autonomy, a Pittsburgh developer of self-driving software, to run its simulation and model training, Vantorra says.",
             term=["2025-10", "2028"],
             note="13:12 entry; capacity 'from October' (next paragraph)"),
    ],
    "not_deals": ["$3.02", "$171.20", "$175", "$190", "around €4.2 billion", "£12.99 a month"],
}

ARTICLES["011_ayvens_lindevall_fuhrparkwoche.txt"] = {
    "published": "2025-08-15",
    "published_note": "round-up header 'KW 33/2025 – Freitag, 15.08.2025'; 'Im Mai ..., drei Monate später' -> 2025-08; 'im Frühjahr' -> 2025; 'seit dem vergangenen September' -> 2024-09",
    "language": "de",
    "deals": [
        deal("ayvens-lindevall", ["Ayvens", "Lindevall Fleet"], "acquisition",
             1_150_000_000, "SEK", "approx", "2025-08", "signed",
             "Der Preis liegt bei rund 1,15 Milliarden schwedischen Kronen, umgerechnet etwa 103 Millionen Euro.",
             alt=[(103_000_000, "EUR")],
             note="buyer and target in the previous sentence ('Die Société-Générale-Tochter Ayvens kauft den Göteborger Flottenmanager Lindevall Fleet AB'); date only from 'Im Mai ... drei Monate später' (next sentence)"),
        deal("hjortvang-lindevall-offer", ["Hjortvang Leasing", "Lindevall Fleet"], "acquisition",
             720_000_000, "DKK", "exact", "2025", "cancelled",
             "Zuvor waren Gespräche mit dem dänischen Leasinggeber Hjortvang gescheitert, der im Frühjahr 720 Millionen dänische Kronen geboten haben soll.",
             note="failed talks, reported offer; Danish kroner next to the Swedish kronor of the Ayvens deal; 'im Frühjahr' -> year"),
        deal("hertz-uveye-scanners", ["Hertz", "UVeye"], "supply",
             68_000_000, "EUR", "approx", "2024-09", "signed",
             "Der Fünfjahresvertrag mit dem Scanner-Hersteller hat nach früheren Berichten einen Wert von rund 68 Millionen Euro.",
             kind_alt=["other"],
             note="the contract of 004 in EUR; 'dem Scanner-Hersteller' = UVeye, Hertz in the previous sentences; start 'seit dem vergangenen September' -> 2024-09"),
    ],
    "not_deals": ["294 Millionen Dollar", "6,80 Dollar", "1,91 Milliarden Euro", "58 Millionen Euro",
                  "100.000 Euro", "649 Euro"],
}

ARTICLES["012_ullswick_pellwick_airevalley_en.txt"] = {
    "published": "2025-09-09",
    "published_note": "header 'Tuesday 9 September 2025'; 'on Monday' -> 2025-09-08; 'in May last year' -> 2024-05",
    "language": "en",
    "deals": [
        deal("ullswick-pellwick", ["Ullswick Leasing", "Pellwick Telematics"], "acquisition",
             86_000_000, "GBP", "exact", "2025-09-08", "signed",
             "Ullswick Leasing, the Leeds company-car and van lessor, has agreed to buy Pellwick Telematics, whose AI dashcams ride along in some 60,000 vans and taxis, for £86 million in cash.",
             alt=[(116_000_000, "USD")],
             note="seller Carrowfield Capital (next sentence); 'signed on Monday' two sentences later; USD conversion in the same paragraph; headline '£86m'"),
        deal("brathay-ullswick-facility", ["Brathay Merchant Bank", "Ullswick Leasing"], "other",
             150_000_000, "GBP", "exact", "2024-05", "signed",
             "Brathay Merchant Bank, which provided a £150 million warehouse line for the unit in May last year, has now agreed to lift it by a further £100 million, Ullswick said.",
             kind_alt=["investment"],
             note="restates the facility of 002 in a relative clause"),
        deal("brathay-ullswick-increase", ["Brathay Merchant Bank", "Ullswick Leasing"], "other",
             100_000_000, "GBP", "exact", "2025-09", "signed",
             "Brathay Merchant Bank, which provided a £150 million warehouse line for the unit in May last year, has now agreed to lift it by a further £100 million, Ullswick said.",
             kind_alt=["investment"],
             note="second deal between the same pair, in the same sentence as the first; 'has now agreed' -> month of the article"),
    ],
    "not_deals": ["£19.5 million", "£131 million", "£22.4 million", "4.2p", "362p", "420p", "£1.27 million",
                  "£289 a month"],
}

ARTICLES["013_waymo_avis_dallas_northtexas_en.html"] = {
    "published": "2025-10-08",
    "published_note": "<meta article:published_time> and <time datetime='2025-10-08T05:45:00-05:00'> 'Wednesday, Oct. 8, 2025'; 'said Tuesday' -> 2025-10-07; 'on Monday' -> 2025-10-06",
    "language": "en",
    "deals": [
        deal("waymo-avis-dallas", ["Waymo", "Avis Budget Group"], "partnership",
             None, None, None, "2025-10-07", "announced",
             "The Alphabet robotaxi unit said Tuesday that Avis Budget Group will manage its Dallas fleet, including depot operations, cleaning and vehicle maintenance.",
             kind_alt=["other", "supply"],
             note="'The Alphabet robotaxi unit' = Waymo; no financial terms ('Neither company disclosed financial terms.'); retold in 014 (month) and 017"),
        deal("avis-dallas-depot", ["Avis Budget Group"], "capex_plan",
             40_000_000, "USD", "approx", "2025-10-06", "planned",
             "Avis will spend about $40 million to turn a former rental-return lot near Stemmons Freeway into a round-the-clock robotaxi depot with 180 chargers, according to a permit application filed with the city on Monday.",
             kind_alt=["project"], note="spender only; date of the permit filing"),
    ],
    "not_deals": ["about $600,000 a year", "$162.75", "roughly $5.7 billion", "close to $2 a mile", "$89"],
}

ARTICLES["014_juraflotte_limmatbrief.txt"] = {
    "published": "2025-10-30",
    "published_note": "issue line 'Nr. 44 · Donnerstag, 30. Oktober 2025'; 'vergangene Woche' -> 2025-10; 'Anfang Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        deal("aaregrund-juraflotte-round", ["Aaregrund Kapital", "Juraflotte"], "investment",
             60_000_000, "CHF", "exact", "2025-10", "completed",
             "Die Juraflotte AG hat sich in einer Finanzierungsrunde 60 Millionen Franken gesichert.",
             note="lead investor and 'vergangene Woche' in the next sentence"),
        deal("swisscom-juraflotte-compute", ["Swisscom", "Juraflotte"], "cloud_contract",
             8_000_000, "CHF", "approx", "2025-10", "signed",
             "Der Vertrag läuft drei Jahre; Juraflotte zahlt dem Telekomkonzern jährlich rund acht Millionen Franken.",
             per="year",
             note="yearly rate, amount in words; 'dem Telekomkonzern' = Swisscom (previous sentence); no signing date -> month of the article"),
        deal("waymo-avis-dallas", ["Waymo", "Avis Budget Group"], "partnership",
             None, None, None, "2025-10", "announced",
             "Die Alphabet-Tochter Waymo hat Anfang Oktober den Autovermieter Avis Budget mit dem Betrieb ihrer Robotaxi-Flotte in Dallas beauftragt.",
             required=False, kind_alt=["other", "supply"],
             note="background retelling of 013, month only, no amount; optional"),
    ],
    "not_deals": ["rund 240 Millionen Franken", "ab 590 Franken im Monat", "1,5 Millionen Franken",
                  "7,4 Milliarden Franken", "Fr. 1.78 pro Liter", "Fr. 79.–", "Fr. 189.–", "Fr. 4.50"],
}

ARTICLES["015_flottwerk_interview_leasingperspektiven.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesedauer: 7 Minuten'); relative dates ('im Sommer', 'im Herbst') cannot be resolved, so all deal dates are null",
    "language": "de",
    "deals": [
        deal("flottwerk-vantorra-gpu-lease", [FW, VC], "other",
             310_000_000, "EUR", "approx", None, "signed",
             "Richtig, rund 310 Millionen Euro für vier Jahre.",
             kind_alt=["supply"],
             note="answer to 'Ihr erster großer Vertrag war der mit Vantorra.'; Flottwerk = 'wir'/'uns' of the interviewee"),
        deal("flottwerk-vantorra-stake", [FW, VC], "investment",
             45_000_000, "EUR", "exact", None, "completed",
             "Wir haben im Sommer zehn Prozent übernommen und dafür 45 Millionen Euro gezahlt.",
             kind_alt=["acquisition"],
             note="10 % stake in Vantorra ('Gesellschafterin bei Vantorra' in the question); a different deal from the lease; 'im Sommer' unresolvable"),
        deal("carrowfield-flottwerk-gpu-offer", ["Carrowfield Capital", FW], "acquisition",
             500_000_000, "EUR", "exact", None, "cancelled",
             "Carrowfield hat uns im Herbst ein Angebot für die gesamte Sparte gemacht, eine halbe Milliarde Euro.",
             note="refused offer for Flottwerk's GPU unit ('Wir haben abgelehnt.'); amount in words"),
        deal("flottwerk-gpu-capex", [FW], "capex_plan",
             1_000_000_000, "EUR", "at_least", None, "planned",
             "In den nächsten drei Jahren gut eine Milliarde Euro in Rechenhardware, sofern wir Kunden mit guter Bonität finden.",
             required=False,
             note="group-wide spending intention, conditional; 'gut' = a little more than -> at_least; optional"),
    ],
    "not_deals": ["etwa zwei Dollar", "780.000 Euro", "690 Euro im Monat", "6,8 Milliarden Euro", "148 Euro"],
}

ARTICLES["016_hinokage_kumoji_kanda_en.txt"] = {
    "published": "2026-01-20",
    "published_note": "stamp 'Jan. 20, 2026 at 18:30 JST'; 'on Monday' -> 2026-01-19; 'Last month' -> 2025-12",
    "language": "en",
    "deals": [
        deal("hinokage-kumoji-gpu-lease", ["Hinokage Lease", "Kumoji Compute"], "other",
             48_000_000_000, "JPY", "approx", "2026-01-19", "signed",
             "Hinokage Lease Co., one of Japan's larger auto-leasing and rental-car groups, has agreed to finance roughly ¥48 billion (about $305 million) of Nvidia servers for Kumoji Compute, a Tokyo startup selling AI computing time by the hour, the two companies said on Monday.",
             kind_alt=["supply"], alt=[(305_000_000, "USD")], term=["2026-04", "2031-03"],
             note="five-year lease starting in April (next sentence)"),
        deal("akenohara-hinokage-rental-unit", ["Akenohara Partners", "Hinokage Lease"], "acquisition",
             62_000_000_000, "JPY", "exact", "2025-12", "signed",
             "Last month it agreed to sell 60% of its rental-car unit, Hinokage Rent-a-Car, to the Tokyo buyout fund Akenohara Partners for ¥62 billion.",
             note="'it' = Hinokage (previous sentence); the target is the unit Hinokage Rent-a-Car, listed as an alias of the seller"),
    ],
    "not_deals": ["about ¥90 billion", "more than ¥10 trillion", "¥2,140", "¥31.4 billion", "¥8,800 a day"],
}

ARTICLES["017_driftmoor_uber_curbside_en.txt"] = {
    "published": "2026-03-16",
    "published_note": "edition line 'Edition #142 | Monday 16 March 2026'; 'in June' -> 2025-06; 'Five months after' the Dallas deal -> 2025-10",
    "language": "en",
    "deals": [
        deal("uber-driftmoor", ["Uber", "Driftmoor Autonomy"], "acquisition",
             1_100_000_000, "USD", "range", "2026", "rumored", amount_max=1_400_000_000,
             evidence="Uber is in advanced talks to buy Driftmoor Autonomy, the Pittsburgh company whose driving software runs on about 1,400 robotaxis operated by fleet companies, for between $1.1 billion and $1.4 billion, two investors briefed on the process told us.",
             alt=[(1_250_000_000, "USD")],
             note="rumoured talks with a range; signed at $1.25bn on 2026-07-01 (019, alt_amounts); the rumour carries only the year so that the shared id's dates agree"),
        deal("nvidia-driftmoor-seriesc", ["Nvidia", "Driftmoor Autonomy"], "investment",
             240_000_000, "USD", "exact", "2025-06", "completed",
             "Driftmoor last raised money in June, a $240 million Series C led by Nvidia that valued it at $900 million.",
             note="round with lead investor; the valuation is a not_deal"),
        deal("waymo-avis-dallas", ["Waymo", "Avis Budget Group"], "partnership",
             None, None, None, "2025-10", "announced",
             "Five months after handing Avis the keys to its Dallas fleet, Waymo is negotiating with the rental company over a second city, people at both companies say; Nashville and Denver are the candidates.",
             required=False, kind_alt=["other", "supply"],
             note="background mention of 013; 'Five months after' counted back from March 2026; optional"),
        deal("waymo-avis-second-city", ["Waymo", "Avis Budget Group"], "partnership",
             None, None, None, "2026-03", "negotiating",
             "Five months after handing Avis the keys to its Dallas fleet, Waymo is negotiating with the rental company over a second city, people at both companies say; Nashville and Denver are the candidates.",
             required=False, kind_alt=["other", "supply"],
             note="talks without figures ('No figures have been discussed publicly.'); a different deal from Dallas; optional"),
        deal("hertz-uveye-scanners", ["Hertz", "UVeye"], "supply",
             None, None, None, "2024", "signed",
             "Hertz, which signed its scanner deal with UVeye in 2024, says the drive-through gantries are now at 70 of its US airport sites, up from 50 planned at the start.",
             required=False, kind_alt=["other"],
             note="amount-less background mention of the 004 contract; optional"),
    ],
    "not_deals": ["$900 million", "$38 million", "$45 billion", "$0.92", "$99 a month", "$15 a month"],
}

ARTICLES["018_flottwerk_kalbensteig_kursweiher.html"] = {
    "published": "2026-05-13",
    "published_note": "<meta article:published_time> and <time datetime='2026-05-13T18:02:00+02:00'> 'Mi., 13.05.2026 – 18:02'; 'am Dienstagabend' -> 2026-05-12",
    "language": "de",
    "deals": [
        deal("flottwerk-vantorra-tranche2", [FW, VC], "other",
             180_000_000, "EUR", "exact", "2026-05-12", "signed",
             "Wie der SDAX-Konzern am Dienstagabend mitteilte, erhält Vantorra Compute eine zweite Tranche von Grafikprozessoren; der Vertrag hat ein Volumen von 180 Millionen Euro und läuft bis Ende 2030.",
             kind_alt=["supply"], term=[None, "2030"],
             note="'der SDAX-Konzern' = Flottwerk; second lease between the same pair (third Flottwerk–Vantorra deal with the 015 stake)"),
        deal("flottwerk-vantorra-gpu-lease", [FW, VC], "other",
             310_000_000, "EUR", "exact", "2025-02", "signed",
             "Bereits im Februar 2025 hatten beide Seiten einen ersten Leasingvertrag über 310 Millionen Euro geschlossen.",
             kind_alt=["supply"], note="restates the 2025 lease; 'beide Seiten' = Flottwerk and Vantorra"),
        deal("flottwerk-kalbensteig-takeover", [FW, "Kalbensteig Autovermietung"], "acquisition",
             140_000_000, "EUR", "approx", "2026-05-12", "announced",
             "Den Aktionären der im Münchner Segment m:access notierten Kalbensteig Autovermietung AG werden 14,20 Euro je Aktie in bar angeboten, insgesamt rund 140 Millionen Euro.",
             note="takeover offer (passive, bidder Flottwerk in the previous sentence); per-share price is a not_deal; withdrawn in 020"),
    ],
    "not_deals": ["14,20 Euro je Aktie", "640 Millionen Euro", "21,3 Millionen Euro", "34 Euro", "30,85 EUR",
                  "1,9 Mrd. EUR", "13,95 EUR", "1 Euro pro Order", "100 Euro Prämie"],
}

ARTICLES["019_uber_driftmoor_tidewrack_en.txt"] = {
    "published": "2026-07-02",
    "published_note": "wire stamp 'July 2, 2026 / 7:15 AM'; dateline 'SAN FRANCISCO, July 1'; 'on Wednesday' -> 2026-07-01; 'earlier this year' -> 2026",
    "language": "en",
    "deals": [
        deal("uber-driftmoor", ["Uber", "Driftmoor Autonomy"], "acquisition",
             1_250_000_000, "USD", "exact", "2026-07-01", "signed",
             "Uber Technologies agreed on Wednesday to acquire Driftmoor Autonomy for $1.25 billion in cash and stock, signing a definitive agreement that brings in-house the self-driving software that already steers a growing share of the robotaxis on its network.",
             note="signing of the 017 rumour; headline '$1.25bn'"),
        deal("uber-fernscoe-austin", ["Uber", "Fernscoe Fleet Services"], "other",
             2_500_000, "USD", "approx", "2026-07-01", "signed",
             "Separately, Uber said it had hired Fernscoe Fleet Services to clean, charge and maintain the Driftmoor-equipped robotaxis it plans to run in Austin from the autumn, with Uber paying roughly $2.5 million monthly over three years.",
             kind_alt=["supply", "partnership"], per="month", term=["2026", "2029"],
             note="fleet-services contract as a monthly rate"),
        deal("lyft-driftmoor-denied", ["Lyft", "Driftmoor Autonomy"], "acquisition",
             1_000_000_000, "USD", "approx", "2026", "cancelled",
             "Lyft on Wednesday denied a report that it had made a rival offer of about $1 billion for Driftmoor earlier this year.",
             required=False, note="denied rumour; optional"),
    ],
    "not_deals": ["$88.10", "$61 million", "$75 million"],
}

ARTICLES["020_flottwerk_kalbensteig_frankenwirtschaft.txt"] = {
    "published": "2026-11-06",
    "published_note": "issue line 'Freitag, 6. November 2026 · Nr. 45'; 'am Mittwoch' -> 2026-11-04; 'vergangene Woche' and 'Ende Oktober' -> 2026-10; 'im Mai angekündigt' -> 2026-05",
    "language": "de",
    "deals": [
        deal("flottwerk-kalbensteig-takeover", [FW, "Kalbensteig Autovermietung"], "acquisition",
             140_000_000, "EUR", "approx", "2026-05", "cancelled",
             "Der Deal über rund 140 Millionen Euro ist geplatzt, nachdem das Bundeskartellamt in einer vertieften Prüfung Bedenken für den Markt der Firmenwagenvermietung in Nordbayern angemeldet hatte, teilte Flottwerk am Dienstag mit.",
             note="withdrawn offer of 018; a cancelled deal keeps the date of the offer ('im Mai angekündigtes Angebot', previous sentence)"),
        deal("arval-tannreuth", ["Arval", "Tannreuth Flottenservice"], "acquisition",
             95_000_000, "EUR", "approx", "2026-11-04", "completed",
             "Fuhrparks, Autohäuser, Rechenzentren: Die BNP-Paribas-Tochter Arval hat am Mittwoch für rund 95 Millionen Euro den Regensburger Flottendienstleister Tannreuth übernommen, Sixt hat die Schadenscanner von Lumisk Vision vergangene Woche auch für 60 Stationen in den USA bestellt (Volumen: 36 Millionen Dollar), und der Rechenzentrumsbetreiber Ostenfeld Datenpark hat sich für seinen Nürnberger Campus Ende Oktober eine Projektfinanzierung über 280 Millionen Euro gesichert, die ein von der Nordbrück Bank angeführtes Bankenkonsortium bereitstellt.",
             note="first of three deals in one 'Kurz notiert' sentence"),
        deal("sixt-lumisk-us", ["Sixt", "Lumisk Vision"], "supply",
             36_000_000, "USD", "exact", "2026-10", "signed",
             "Fuhrparks, Autohäuser, Rechenzentren: Die BNP-Paribas-Tochter Arval hat am Mittwoch für rund 95 Millionen Euro den Regensburger Flottendienstleister Tannreuth übernommen, Sixt hat die Schadenscanner von Lumisk Vision vergangene Woche auch für 60 Stationen in den USA bestellt (Volumen: 36 Millionen Dollar), und der Rechenzentrumsbetreiber Ostenfeld Datenpark hat sich für seinen Nürnberger Campus Ende Oktober eine Projektfinanzierung über 280 Millionen Euro gesichert, die ein von der Nordbrück Bank angeführtes Bankenkonsortium bereitstellt.",
             kind_alt=["other"],
             note="third Sixt–Lumisk deal (US stations), amount in brackets; 'vergangene Woche' -> 2026-10"),
        deal("nordbrueck-ostenfeld-financing", ["Nordbrück Bank", "Ostenfeld Datenpark"], "other",
             280_000_000, "EUR", "exact", "2026-10", "signed",
             "Fuhrparks, Autohäuser, Rechenzentren: Die BNP-Paribas-Tochter Arval hat am Mittwoch für rund 95 Millionen Euro den Regensburger Flottendienstleister Tannreuth übernommen, Sixt hat die Schadenscanner von Lumisk Vision vergangene Woche auch für 60 Stationen in den USA bestellt (Volumen: 36 Millionen Dollar), und der Rechenzentrumsbetreiber Ostenfeld Datenpark hat sich für seinen Nürnberger Campus Ende Oktober eine Projektfinanzierung über 280 Millionen Euro gesichert, die ein von der Nordbrück Bank angeführtes Bankenkonsortium bereitstellt.",
             kind_alt=["investment"],
             note="project financing from a consortium led by Nordbrück Bank (lead lender as party)"),
    ],
    "not_deals": ["104 Millionen Euro", "11,05 Euro", "612 Millionen Euro", "4,2 Millionen Euro",
                  "68.000 bis 80.000 Euro", "399 Euro", "2,80 Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
