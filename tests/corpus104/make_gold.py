#!/usr/bin/env python3
"""Write gold.json for tests/corpus104 (the hand annotation lives here; edit, then run).

Usage: python3 tests/corpus104/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the hundred-and-fourth, held-out test corpus (tests/corpus104/articles/), "
    "written for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: on-site power for data centres (fuel cells, gas "
    "turbines and slot reservations, engines and generator sets, battery storage, behind-the-meter gas plants). "
    "One entry per article; a deal that several articles report carries the same id in each. 'required': false "
    "marks vague or background mentions that an extractor may report or not without penalty. 'not_deals' lists "
    "money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units, in "
    "the currency in which the article states them; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <meta>/<time> tag, issue line or "
    "visible byline date, or null when the article has none); quarters, half-years and seasons become the year; a "
    "cancelled deal keeps the date of the original agreement or talks; 'term' is the period the deal covers, where "
    "the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. Canonical party "
    "names carry no legal form (GmbH, LLC, AG ...); forms and other spellings are in 'aliases'. For .html articles "
    "the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Rheinfrost Rechenzentren, Copperbluff Energy Partners, Ironwillow Infrastructure Partners, Redhorn Midstream, "
    "Lindentrail Data, Pecan Hollow Digital, Tallowbrook Power, Dovecote Credit Partners, Glenmaple Compute, "
    "Kirkersville Farms, Ampervale Storage, Bodanwerk Energietechnik, Argenstrom, Hagnauer Stromtechnik, Seekreis "
    "Bank, Saltgrass Power, Ocotillo Flats Data, Tarrowby Engineering; invented publications, research houses, "
    "advertisers and persons are listed in invented_names.txt and README.md; the deals of real companies are partly "
    "real, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Rolls-Royce Power Systems": ["Rolls-Royce Power Systems AG", "mtu", "MTU"],
    "Rolls-Royce": ["Rolls-Royce Holdings", "Rolls-Royce plc"],
    "Rheinfrost Rechenzentren": ["Rheinfrost Rechenzentren GmbH", "Rheinfrost"],
    "Stadt Friedrichshafen": [],
    "Copperbluff Energy Partners": ["Copperbluff Energy Partners LLC", "Copperbluff"],
    "Ironwillow Infrastructure Partners": ["Ironwillow"],
    "Redhorn Midstream": ["Redhorn"],
    "Solar Turbines": ["Solar Turbines Inc."],
    "Caterpillar": ["Caterpillar Inc."],
    "Siemens Energy": ["Siemens Energy AG"],
    "Lindentrail Data": ["Lindentrail"],
    "American Electric Power": ["AEP", "AEP Ohio"],
    "Bloom Energy": ["Bloom", "Bloom Energy Corp."],
    "Amazon": ["Amazon Web Services", "AWS"],
    "Cologix": [],
    "Williams": ["Williams Companies", "The Williams Companies"],
    "Meta": ["Meta Platforms", "Facebook-Mutterkonzern Meta"],
    "Chevron": ["Chevron Corp."],
    "Engine No. 1": [],
    "GE Vernova": ["GE Vernova Inc."],
    "Glenmaple Compute": ["Glenmaple"],
    "Kirkersville Farms": ["Kirkersville Farms LLC"],
    "Ampervale Storage": ["Ampervale"],
    "Southwest Licking school district": ["Southwest Licking"],
    "Pecan Hollow Digital": ["Pecan Hollow"],
    "Crusoe": ["Crusoe Energy"],
    "Tallowbrook Power": ["Tallowbrook"],
    "Mitsubishi Power": ["Mitsubishi Heavy Industries"],
    "Dovecote Credit Partners": ["Dovecote"],
    "Bodanwerk Energietechnik": ["Bodanwerk Energietechnik GmbH", "Bodanwerk"],
    "Brookfield": ["Brookfield Asset Management"],
    "Oracle": ["Oracle Corp."],
    "Wärtsilä": ["Wartsila", "Wärtsilä Oyj"],
    "Ocotillo Flats Data": ["Ocotillo Flats"],
    "Argenstrom": [],
    "Hagnauer Stromtechnik": ["Hagnauer Stromtechnik GmbH"],
    "VoltaGrid": [],
    "Saltgrass Power": ["Saltgrass"],
    "Tarrowby Engineering": ["Tarrowby"],
    "Seekreis Bank": [],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


RRPS = "Rolls-Royce Power Systems"
A = {}

A["001_mtu_pruefstand_uferbote.txt"] = dict(
    published="2024-03-14",
    published_note="from the dateline 'Friedrichshafen, 14. März (uf)' and the copyright year 2024; 'am Mittwoch' -> 2024-03-13",
    language="de",
    deals=[
        deal("rrps-pruefstand-2024", [RRPS], "capex_plan", 55_000_000, "EUR", "approx", "2024-03-13", "planned",
             "Rolls-Royce Power Systems, hierzulande bekannter unter seiner Marke mtu, will deshalb rund 55 Millionen Euro in eine zusätzliche Prüfstandhalle stecken.",
             note="'will ... stecken' -> planned; announced 'am Mittwoch' (next sentence)"),
        deal("rheinfrost-rrps-aggregate-2024", ["Rheinfrost Rechenzentren", RRPS], "supply", 40_000_000, "EUR", "approx", "2024-03", "signed",
             "Aus dem Umfeld des Unternehmens ist zu hören, dass die Bestellung knapp 40 Millionen Euro schwer ist.",
             note="'knapp' -> approx; parties in the previous sentence (Rheinfrost orders 36 gensets) and two sentences before ('das Unternehmen'); signed 'vergangene Woche' -> month"),
        deal("friedrichshafen-rrps-grundstueck", [RRPS, "Stadt Friedrichshafen"], "acquisition", None, None, None, "2024-03", "negotiating",
             "Mit der Stadt Friedrichshafen wird derzeit über eine angrenzende Fläche von gut vier Hektar verhandelt; zum Kaufpreis wollten sich beide Seiten nicht äußern.",
             required=False, note="land purchase under negotiation, buyer only implied ('das Werk'), no price: optional"),
    ],
    not_deals=["4,5 Milliarden Euro", "rund 92 Millionen Euro", "1.310 Euro im Monat", "ab 89 Euro pro Nacht"],
)

A["002_copperbluff_caprock_en.txt"] = dict(
    published="2024-05-15",
    published_note="from the header 'May 15, 2024 07:10'; 'on Tuesday' -> 2024-05-14",
    language="en",
    deals=[
        deal("ironwillow-copperbluff-2024", ["Ironwillow Infrastructure Partners", "Copperbluff Energy Partners"], "investment", 350_000_000, "USD", "exact", "2024-05-14", "completed",
             "Midland's Copperbluff Energy Partners has closed a $350 million equity raise led by Houston-based Ironwillow Infrastructure Partners, the developer said on Tuesday, cash it will use to build gas-fired plants that sit behind the meter at data-center campuses instead of hanging off the ERCOT grid.",
             note="round closed; lead investor listed; first deal of the Ironwillow-Copperbluff pair (the 2026 takeover is a different deal)"),
        deal("copperbluff-redhorn-gas", ["Copperbluff Energy Partners", "Redhorn Midstream"], "supply", 60_000_000, "USD", "approx", "2024-05", "signed",
             "Copperbluff will pay roughly $60 million a year for the gas from January 2026 through 2037, Tolliver told The Caprock Wire.",
             per="year", term=["2026-01", "2037"],
             note="12-year gas purchase contract agreed 'Earlier this month' (previous sentence names Redhorn Midstream)"),
        deal("copperbluff-solar-turbines-2024", ["Copperbluff Energy Partners", "Solar Turbines"], "supply", None, None, None, "2024-04", "signed",
             "On the machinery side, the company placed an order in April for ten Titan 130 turbines from Solar Turbines, the San Diego-based Caterpillar subsidiary.",
             note="'the company' = Copperbluff; price not disclosed; Caterpillar is only the parent"),
    ],
    not_deals=["$1.1 billion", "about $85 million", "minus $1.37 per MMBtu", "$149"],
)

A["003_siemens_energy_kurszettel.txt"] = dict(
    published="2024-08-07",
    published_note="from the header '07.08.2024, 11:32 Uhr'; 'am Mittwochmorgen' = the publication day",
    language="de",
    deals=[
        deal("siemens-energy-capex-2024", ["Siemens Energy"], "capex_plan", 1_200_000_000, "EUR", "approx", "2024-08-07", "planned",
             "Um mit der Nachfrage Schritt zu halten, will Siemens Energy bis 2027 rund 1,2 Milliarden Euro in zusätzliche Fertigungskapazitäten stecken, vor allem für Gasturbinen in Berlin und im amerikanischen Charlotte sowie für Transformatoren.",
             term=[None, "2027"], note="announced with the quarterly figures 'am Mittwochmorgen' (next sentence)"),
        deal("lindentrail-siemens-energy-sgt800", ["Lindentrail Data", "Siemens Energy"], "supply", None, None, None, "2024-07", "signed",
             "Der Rechenzentrumsentwickler Lindentrail Data aus Ashburn im Bundesstaat Virginia bestellt sechs Industrieturbinen vom Typ SGT-800, die einen Campus vollständig ohne Anschluss an das öffentliche Netz versorgen sollen.",
             note="received 'Ende Juli' (previous sentence); traders' 'mittlerer dreistelliger Millionenbetrag' is no amount"),
    ],
    not_deals=["8,6 Milliarden Euro", "123 Milliarden Euro", "rund 400 Millionen Euro", "von 24 auf 29 Euro",
               "knapp 20 Milliarden Euro", "24,87 €", "25 Euro im Monat"],
)

A["004_aep_bloom_scioto_en.html"] = dict(
    published="2024-11-15",
    published_note="from <meta property='article:published_time'>, JSON-LD datePublished and the byline 'Nov. 15, 2024 at 5:48 a.m. EST'; 'on Thursday' -> 2024-11-14",
    language="en",
    deals=[
        deal("aep-bloom-framework-2024", ["American Electric Power", "Bloom Energy"], "supply", None, None, None, "2024-11-14", "signed",
             "American Electric Power agreed on Thursday to buy up to 1 gigawatt of solid-oxide fuel cells from Bloom Energy, a bet that power made on site can bridge the years it will take to string new transmission lines into central Ohio's data-center corridor.",
             note="'up to 1 gigawatt' is capacity, not money; price not disclosed; first AEP-Bloom deal (the $2.65bn order of 2026 is a different deal)"),
        deal("aep-amazon-cologix-fuel-cells", ["American Electric Power", "Amazon", "Cologix"], "supply", None, None, None, "2024-11-14", "announced",
             "The first 100 megawatts are earmarked for Amazon Web Services and Cologix, which will draw power from fuel cells placed at or beside their facilities in the Columbus area, the utility said.",
             required=False, note="allocation of the first tranche of the Bloom framework to two customers; no amount: optional"),
        deal("aep-capex-2025-2029", ["American Electric Power"], "capex_plan", 54_000_000_000, "USD", "exact", "2024-11", "planned",
             "Last week the utility also raised its five-year capital plan to $54 billion for 2025 through 2029, up from $43 billion, with much of the increase aimed at transmission.",
             required=False, term=["2025", "2029"],
             note="utility-wide capital plan, mostly grid, background to the story: optional; the old $43bn plan is a not_deal"),
    ],
    not_deals=["between $3,000 and $4,200 a kilowatt", "$25.82", "roughly $5.9 billion", "$43 billion", "$150"],
)

A["005_williams_socrates_brennwertbrief.txt"] = dict(
    published="2025-02-12",
    published_note="from the issue line 'Ausgabe 7/2025 · Mittwoch, 12. Februar 2025'; 'am Dienstag' -> 2025-02-11",
    language="de",
    deals=[
        deal("williams-meta-socrates", ["Williams", "Meta"], "project", 1_600_000_000, "USD", "approx", "2025-02-11", "announced",
             "Für rund 1,6 Milliarden Dollar, umgerechnet gut 1,5 Milliarden Euro, errichtet das Unternehmen aus Tulsa zwei Gaskraftwerke mit zusammen rund 400 Megawatt in New Albany im Bundesstaat Ohio, wie es am Dienstag bei der Vorlage seiner Jahreszahlen mitteilte.",
             kind_alt=["supply", "capex_plan"], alt_amounts=[{"amount": 1_500_000_000, "currency": "EUR"}], term=["2026", "2036"],
             note="'das Unternehmen aus Tulsa' = Williams (previous sentence); customer Meta named in the next paragraph from media reports"),
        deal("chevron-engine-no1-gev-jv", ["Chevron", "Engine No. 1", "GE Vernova"], "joint_venture", None, None, None, "2025-01", "announced",
             "Schon Ende Januar hatten der Ölkonzern Chevron und der Investor Engine No. 1 gemeinsam mit GE Vernova ein Gemeinschaftsunternehmen angekündigt, das bis zu vier Gigawatt an Gaskraftwerken direkt neben Rechenzentren errichten soll.",
             note="'bis zu vier Gigawatt' is capacity; no financial details"),
    ],
    not_deals=["rund 2,2 Milliarden Dollar", "bis zu 16 Milliarden Euro", "54,10 Euro je Megawattstunde",
               "3,45 Dollar je MMBtu", "348 Euro"],
)

A["006_glenmaple_raccooncreek_en.txt"] = dict(
    published="2025-03-20",
    published_note="from the date line 'Thursday, March 20, 2025'; 'Tuesday's meeting' -> 2025-03-18",
    language="en",
    deals=[
        deal("glenmaple-kirkersville-land", ["Glenmaple Compute", "Kirkersville Farms"], "acquisition", 48_000_000, "USD", "exact", "2025-03-03", "completed",
             "Glenmaple Compute closed on March 3 on its purchase of 310 acres from Kirkersville Farms LLC for $48 million, the deed on file at the Licking County Recorder's office shows.",
             note="land purchase; closing date given"),
        deal("glenmaple-capex-2025", ["Glenmaple Compute"], "capex_plan", 2_400_000_000, "USD", "exact", "2025-03-18", "planned",
             "At Tuesday's meeting of the Union Township trustees, company vice president Corinne Aldana said Glenmaple will spend $2.4 billion on the first phase, which includes two buildings and an on-site power plant.",
             note="'will spend' -> planned"),
        deal("ampervale-glenmaple-battery", ["Glenmaple Compute", "Ampervale Storage"], "supply", 210_000_000, "USD", "exact", "2025-03", "signed",
             "Last week Glenmaple signed a $210 million contract with Ampervale Storage, a Pittsburgh battery integrator, for a 400-megawatt-hour lithium iron phosphate system that will smooth out the load swings of AI training runs.",
             note="'Last week' -> month; first of three Ampervale battery deals (Ocotillo Flats 2026, Copperbluff 2026)"),
        deal("glenmaple-school-pilot", ["Glenmaple Compute", "Southwest Licking school district"], "other", 1_200_000, "USD", "exact", "2025-03", "signed",
             "Glenmaple has separately agreed to pay the Southwest Licking school district $1.2 million a year in lieu of the abated taxes.",
             required=False, per="year",
             note="payment in lieu of taxes to a school district, a public-finance arrangement tied to the tax abatement rather than a business deal: optional"),
    ],
    not_deals=["about $31 million", "$6.8 million", "$900 an acre"],
)

A["007_gev_slots_allegheny_en.txt"] = dict(
    published="2025-04-24",
    published_note="from the header 'Thu Apr 24, 2025 6:15am EDT' (dateline 'April 23'); 'last month' -> 2025-03",
    language="en",
    deals=[
        deal("pecan-hollow-gev-slots", ["Pecan Hollow Digital", "GE Vernova"], "supply", 140_000_000, "USD", "exact", "2025-03", "signed",
             "One of the customers is Pecan Hollow Digital, a San Angelo, Texas, developer that paid GE Vernova a $140 million reservation fee last month to hold production slots for six 7HA.03 turbines due for delivery in 2028 and 2029, according to a state air-permit filing and two people who have seen the agreement.",
             kind_alt=["other"], term=["2028", "2029"],
             note="slot reservation agreement; the fee is the only disclosed amount (final turbine price undisclosed)"),
        deal("gev-us-factories-2025", ["GE Vernova"], "capex_plan", 600_000_000, "USD", "approx", "2025-01", "planned",
             "Back in January the turbine maker earmarked nearly $600 million for its American plants through 2026, including its gas turbine plant in Greenville, South Carolina, and has said it will be able to ship 70 to 80 heavy-duty units a year from the second half of 2026.",
             term=[None, "2026"], note="'the turbine maker' = GE Vernova; 'nearly' -> approx"),
        deal("crusoe-gev-aeroderivatives", ["Crusoe", "GE Vernova"], "supply", None, None, None, "2025-04", "negotiating",
             "Separately, AI data-center builder Crusoe is negotiating to buy a batch of LM2500XPRESS aeroderivative units for its sites, a person close to the negotiations said.",
             required=False, note="single-source talks, no amount; GE Vernova named as maker of the LM2500XPRESS and in the next sentence: optional"),
    ],
    not_deals=["$8.0 billion", "$300 million to $400 million", "$2,400 per kilowatt", "$351.40"],
)

A["008_tallowbrook_siemens_spree.txt"] = dict(
    published="2025-06-04",
    published_note="from the header '04.06.25' and the dateline 'Berlin, 4. Juni (WDS)'",
    language="de",
    deals=[
        deal("tallowbrook-siemens-energy-turbines", ["Tallowbrook Power", "Siemens Energy"], "supply", 1_300_000_000, "EUR", "approx", "2025-06", "negotiating",
             "Das Volumen liege bei rund 1,3 Milliarden Euro (etwa 1,5 Milliarden Dollar), eine Unterschrift sei binnen Wochen möglich.",
             alt_amounts=[{"amount": 1_500_000_000, "currency": "USD"}],
             note="talks from insiders; parties in the previous sentence ('Der Konzern verhandelt mit ... Tallowbrook Power'); signed three weeks later (009)"),
        deal("tallowbrook-mitsubishi-talks", ["Tallowbrook Power", "Mitsubishi Power"], "supply", None, None, None, "2025", "cancelled",
             "Den Angaben zufolge hatte Tallowbrook zunächst mit Mitsubishi Power verhandelt, die Gespräche im April aber abgebrochen, weil der japanische Hersteller frühestens 2030 hätte liefern können.",
             required=False, note="abandoned talks, no amount; start of the talks not given -> year: optional"),
    ],
    not_deals=["14,4 Milliarden Euro", "bis zu 2.500 Dollar je Kilowatt", "89,72 Euro", "gut 76 Milliarden Euro"],
)

A["009_tallowbrook_gridline_en.txt"] = dict(
    published="2025-06-26",
    published_note="from the date line 'June 26, 2025 | Updated 8:14 p.m. CT'; 'on Wednesday' -> 2025-06-25",
    language="en",
    deals=[
        deal("tallowbrook-siemens-energy-turbines", ["Tallowbrook Power", "Siemens Energy"], "supply", 1_500_000_000, "USD", "approx", "2025-06-25", "signed",
             "Tallowbrook Power signed a contract on Wednesday for three Siemens Energy SGT6-9000HL gas turbines, along with steam turbines and generators, for a 1.8-gigawatt plant near Sweetwater, an order both companies valued at about $1.5 billion.",
             note="signing of the talks reported in 008"),
        deal("dovecote-tallowbrook-loan", ["Dovecote Credit Partners", "Tallowbrook Power"], "other", 900_000_000, "USD", "exact", "2025-06", "signed",
             "The Dallas developer also said Dovecote Credit Partners has agreed to lead a $900 million construction loan for the project, with three regional banks taking smaller pieces.",
             kind_alt=["investment"], note="construction loan; 'The Dallas developer' = Tallowbrook; announced with the order, day not stated explicitly -> month"),
        deal("tallowbrook-hyperscaler-offtake", ["Tallowbrook Power"], "supply", None, None, None, None, "signed",
             "The plant will sell its output to the data-center campus next door under a 20-year agreement with a hyperscale tenant that Tallowbrook declined to name.",
             required=False,
             note="unnamed counterparty, no amount, no date: optional"),
    ],
    not_deals=["$640 million", "$5,000 per megawatt-hour", "€91.06", "€136 billion"],
)

A["010_glenmaple_mtu_haefler.txt"] = dict(
    published="2025-07-17",
    published_note="from the header 'Donnerstag, 17. Juli 2025'; 'am Dienstag' -> 2025-07-15",
    language="de",
    deals=[
        deal("glenmaple-rrps-gensets", ["Glenmaple Compute", RRPS], "supply", 400_000_000, "EUR", "at_least", "2025-07-15", "signed",
             "Das Volumen beziffert das Friedrichshafener Unternehmen auf mehr als 400 Millionen Euro; unterschrieben wurde am Dienstag.",
             alt_amounts=[{"amount": 470_000_000, "currency": "USD"}],
             note="'mehr als' -> at_least; parties in the two previous sentences (Rolls-Royce Power Systems; Glenmaple Compute orders 180 mtu gensets); USD figure from 014"),
        deal("rrps-bodanwerk-container", [RRPS, "Bodanwerk Energietechnik"], "supply", 28_000_000, "EUR", "exact", "2025-07", "signed",
             "Rolls-Royce Power Systems hat ihr dafür in dieser Woche einen Auftrag über 28 Millionen Euro erteilt.",
             note="'ihr' = Bodanwerk Energietechnik (previous sentence); 'in dieser Woche' -> month"),
        deal("rrps-werk1-capex-2025", [RRPS], "capex_plan", None, None, None, "2025-07", "planned",
             "Um mit den Bestellungen Schritt zu halten, investiert der Motorenbauer nach eigenen Angaben einen mittleren zweistelligen Millionenbetrag in die Montagelinien von Werk 1.",
             required=False, note="vague amount ('mittlerer zweistelliger Millionenbetrag'), no figure: optional"),
    ],
    not_deals=["rund 4,9 Milliarden Euro", "2,7 bis 2,9 Milliarden Pfund", "12,80 Euro pro Quadratmeter", "52 Euro"],
)

BROOKFIELD_EV_011 = ("Canada's Brookfield Asset Management is setting aside up to $5 billion to roll out Bloom Energy's fuel cells on AI data-center sites, "
                     "the companies announced on Monday, the biggest financing commitment so far for power plants that sit on a server campus instead of waiting for the grid.")

A["011_brookfield_bloom_tidewater_en.txt"] = dict(
    published="2025-10-14",
    published_note="from the header '2025-10-14 05:52 GMT' (dateline 'Oct 13'); 'on Monday' -> 2025-10-13",
    language="en",
    deals=[
        deal("brookfield-bloom-2025", ["Brookfield", "Bloom Energy"], "investment", 5_000_000_000, "USD", "up_to", "2025-10-13", "announced",
             BROOKFIELD_EV_011, kind_alt=["partnership"], alt_amounts=[{"amount": 4_300_000_000, "currency": "EUR"}],
             note="EUR figure from 012"),
        deal("oracle-bloom-2025", ["Oracle", "Bloom Energy"], "supply", None, None, None, "2025-07", "announced",
             "In July, Oracle said it would deploy Bloom fuel cells at some of its U.S. cloud data centers, with Bloom promising to have a site running within 90 days; financial terms were not disclosed.",
             kind_alt=["partnership"], note="no amount"),
    ],
    not_deals=["$131.05", "about $31 billion", "$1.47 billion", "over $1 trillion"],
)

A["012_brookfield_bloom_strommast.html"] = dict(
    published="2025-10-14",
    published_note="from <meta name='date'>, JSON-LD datePublished and the byline '14. Oktober 2025, 16:20 Uhr'; 'am Montag' -> 2025-10-13",
    language="de",
    deals=[
        deal("brookfield-bloom-2025", ["Brookfield", "Bloom Energy"], "investment", 4_300_000_000, "EUR", "up_to", "2025-10-13", "announced",
             "Brookfield, der Vermögensverwalter aus Toronto, will bis zu 4,3 Milliarden Euro (fünf Milliarden Dollar) in Brennstoffzellenkraftwerke des US-Herstellers Bloom Energy stecken.",
             kind_alt=["partnership"], alt_amounts=[{"amount": 5_000_000_000, "currency": "USD"}],
             note="same commitment as 011, stated in EUR first; 'am Montag' in the next sentence"),
    ],
    not_deals=["rund 27 Milliarden Euro", "17,2 Cent je Kilowattstunde", "6,5 Milliarden Euro", "7,99 Euro monatlich"],
)

A["013_wochenrueckblick_kraftschluss.txt"] = dict(
    published="2025-11-07",
    published_note="from the issue line 'KW 45 · 3. bis 7. November 2025 · erscheint freitags' -> Friday 2025-11-07; 'am Dienstag' -> 11-04, 'am Mittwoch' -> 11-05, 'Am Donnerstag' -> 11-06",
    language="de",
    deals=[
        deal("waertsilae-ocotillo-engines", ["Wärtsilä", "Ocotillo Flats Data"], "supply", 180_000_000, "EUR", "range", "2025-11-05", "signed",
             "Einen Preis nannte Wärtsilä wie üblich nicht, die Analysten von Bankhaus Lindgraf veranschlagen das Geschäft auf zwischen 180 und 220 Millionen Euro.",
             amount_max=220_000_000,
             note="value only from analysts (range); customer Ocotillo Flats Data in the first sentence of the item; booked 'am Mittwoch'"),
        deal("brookfield-bloom-2025", ["Brookfield", "Bloom Energy"], "investment", 5_000_000_000, "USD", "up_to", "2025-10", "announced",
             "Bis zu fünf Milliarden Dollar will der Finanzinvestor in Bloom-Anlagen stecken.",
             kind_alt=["partnership"], note="restatement ('im Oktober', previous sentence names Brookfield; 'der Finanzinvestor' = Brookfield); month only"),
        deal("bodanwerk-argenstrom-jv", ["Bodanwerk Energietechnik", "Argenstrom"], "joint_venture", 60_000_000, "EUR", "approx", "2025-11-06", "announced",
             "Die Partner stecken zusammen rund 60 Millionen Euro in eine erste Anlage im Gewerbegebiet Karrer; Argenstrom hält 51 Prozent.",
             kind_alt=["project"], note="JV founded 'Am Donnerstag' (previous sentence names both partners)"),
        deal("ironwillow-hagnauer-takeover", ["Ironwillow Infrastructure Partners", "Hagnauer Stromtechnik"], "acquisition", 85_000_000, "EUR", "approx", "2025-07", "cancelled",
             "Der US-Infrastrukturinvestor Ironwillow Infrastructure Partners hatte sich im Juli mit der Eigentümerfamilie auf einen Kaufpreis von rund 85 Millionen Euro für den Aggregatebauer geeinigt.",
             note="agreed in July, called off 'Am Montag' (2025-11-03); cancelled deal keeps the agreement date; 'den Aggregatebauer' = Hagnauer Stromtechnik (previous sentence)"),
        deal("caterpillar-lafayette-capex", ["Caterpillar"], "capex_plan", 725_000_000, "USD", "exact", "2025-11-04", "planned",
             "Caterpillar steckt 725 Millionen Dollar in sein Motorenwerk in Lafayette im US-Bundesstaat Indiana, wo unter anderem die großen Aggregate für Rechenzentren entstehen.",
             term=[None, "2030"], note="announced 'am Dienstag' (next sentence)"),
    ],
    not_deals=["519 Millionen Dollar", "31,40 Euro je MWh", "95 Euro"],
)

A["014_summit_liveblog_flarestack_en.txt"] = dict(
    published="2025-11-12",
    published_note="from the live-blog header 'Wednesday 12 November 2025'; 'on Tuesday' -> 2025-11-11",
    language="en",
    deals=[
        deal("redhorn-pecan-hollow-lateral", ["Redhorn Midstream", "Pecan Hollow Digital"], "supply", 95_000_000, "USD", "approx", "2025-11-12", "signed",
             "It's a job worth roughly $95 million, and Pecan Hollow is paying for it.",
             kind_alt=["project", "other"], note="pipeline-construction contract confirmed 'this afternoon' (previous sentence names Redhorn and Pecan Hollow); date of the confirmation"),
        deal("pecan-hollow-oracle-lease", ["Pecan Hollow Digital", "Oracle"], "cloud_contract", 7_000_000_000, "USD", "approx", "2025-09", "signed",
             "She put its value at about $7 billion over the term.",
             kind_alt=["other"], term=["2027", "2042"],
             note="15-year data-centre lease from 2027 signed 'in September' (previous sentence); 'She' = Pecan Hollow's CEO; total value over the term, not a rate"),
        deal("glenmaple-rrps-gensets", ["Glenmaple Compute", RRPS], "supply", 470_000_000, "USD", "at_least", "2025-07", "signed",
             "Glenmaple Compute's chief operating officer Corinne Aldana says the first gensets from the company's July order of more than $470 million with Rolls-Royce Power Systems will land in Ohio in February.",
             note="restatement of 010 in USD; month only"),
        deal("voltagrid-oracle", ["VoltaGrid", "Oracle"], "supply", None, None, None, "2025-10", "signed",
             "VoltaGrid's co-founder walked through last month's agreement to deliver 2.3 gigawatts of gas-fired power to Oracle data centers.",
             note="'2.3 gigawatts' is capacity; no price"),
        deal("saltgrass-mitsubishi-turbines", ["Saltgrass Power", "Mitsubishi Power"], "supply", 210_000_000_000, "JPY", "exact", "2025-11-11", "signed",
             "Mitsubishi Heavy Industries put the order at ¥210 billion, or about $1.4 billion.",
             alt_amounts=[{"amount": 1_400_000_000, "currency": "USD"}],
             note="parties in the previous sentence (Saltgrass Power signed with Mitsubishi Power 'on Tuesday'); Mitsubishi Heavy Industries is the parent, alias of Mitsubishi Power"),
    ],
    not_deals=["above $2,500 per kilowatt", "$4.41", "$1,295 apiece"],
)

A["015_aep_bloom_order_riverdispatch_en.txt"] = dict(
    published="2026-01-08",
    published_note="from the header 'Business | January 8, 2026'; 'on Tuesday' -> 2026-01-06",
    language="en",
    deals=[
        deal("aep-bloom-order-2026", ["American Electric Power", "Bloom Energy"], "supply", 2_650_000_000, "USD", "exact", "2026-01-06", "signed",
             "American Electric Power has signed a $2.65 billion agreement to buy fuel cells from Bloom Energy, the Columbus-based utility said on Tuesday, by far its largest equipment purchase tied to data-center customers.",
             alt_amounts=[{"amount": 2_300_000_000, "currency": "EUR"}],
             note="second AEP-Bloom deal, explicitly separate from the 2024 framework; EUR figure from 016"),
        deal("aep-bloom-framework-2024", ["American Electric Power", "Bloom Energy"], "supply", None, None, None, "2024-11", "signed",
             "The order is separate from the framework the two companies signed in November 2024, under which AEP committed to take up to 1 gigawatt of Bloom's solid-oxide units; about 100 megawatts have been installed under that earlier arrangement so far.",
             required=False, note="background restatement of 004, no amount: optional"),
        deal("aep-tarrowby-installation", ["American Electric Power", "Tarrowby Engineering"], "supply", 180_000_000, "USD", "approx", "2026-01", "signed",
             "Tarrowby Engineering, a Cleveland-based contractor, will handle site preparation, gas connections and installation under a separate contract with AEP worth roughly $180 million, according to a filing with the Public Utilities Commission of Ohio.",
             kind_alt=["other"], note="engineering/installation contract; signing day not given -> month"),
    ],
    not_deals=["about $1.9 billion"],
)

A["016_brennstoffzellen_turbinenblatt.txt"] = dict(
    published="2026-01-21",
    published_note="from the header '21.01.2026 - 14:01:12'",
    language="de",
    deals=[
        deal("aep-bloom-order-2026", ["American Electric Power", "Bloom Energy"], "supply", 2_300_000_000, "EUR", "approx", "2026-01", "signed",
             "Anfang Januar bestellte der Versorger American Electric Power (AEP) Brennstoffzellen von Bloom Energy für rund 2,3 Milliarden Euro – der bislang größte Einzelauftrag in der Geschichte des kalifornischen Herstellers.",
             note="same order as 015, in EUR; 'Anfang Januar' -> month"),
        deal("siemens-energy-tallowbrook-service", ["Siemens Energy", "Tallowbrook Power"], "other", 30_000_000, "EUR", "approx", "2026-01", "signed",
             "Siemens Energy unterzeichnete vergangene Woche mit Tallowbrook Power einen Wartungsvertrag über 20 Jahre für das Kraftwerk bei Sweetwater in Texas, den der Konzern mit jährlich rund 30 Millionen Euro bewertet.",
             per="year", kind_alt=["supply"],
             note="service contract, a different deal from the 2025 turbine order between the same companies; 'vergangene Woche' -> month"),
        deal("rheinfrost-bloom-order", ["Rheinfrost Rechenzentren", "Bloom Energy"], "supply", None, None, None, "2025-12", "signed",
             "Die Frankfurter Rheinfrost Rechenzentren hat Ende Dezember eine 10-Megawatt-Anlage für ihren Standort in Fechenheim bestellt, die vorerst die Dieselaggregate ergänzen soll; zum Kaufpreis schweigen beide Unternehmen.",
             note="Bloom named in the previous sentence ('einen ersten Kunden für Bloom'); price undisclosed"),
    ],
    not_deals=["rund 3.500 Euro je Kilowatt", "16,8 Cent je Kilowattstunde", "jährlich bis zu 1,5 Milliarden Euro",
               "über 30 Milliarden Euro"],
)

A["017_bodanwerk_interview_werkbank.txt"] = dict(
    published=None,
    published_note="no date anywhere in the article (only 'Lesezeit: 7 Minuten')",
    language="de",
    deals=[
        deal("waertsilae-bodanwerk-offer", ["Wärtsilä", "Bodanwerk Energietechnik"], "acquisition", 120_000_000, "EUR", "approx", None, "cancelled",
             "Die Finnen von Wärtsilä wollten uns im vergangenen Herbst für rund 120 Millionen Euro übernehmen.",
             note="'uns' = Bodanwerk; offer refused ('wir haben Nein gesagt'); 'im vergangenen Herbst' in an undated interview -> null"),
        deal("bodanwerk-riedheim-capex", ["Bodanwerk Energietechnik"], "capex_plan", 18_000_000, "EUR", "exact", None, "planned",
             "18 Millionen Euro stecken wir bis Ende nächsten Jahres in eine neue Montagehalle im Gewerbegebiet Riedheim, mit eigener Lackiererei und einer Prüfzelle für Schallmessungen.",
             note="'wir' = Bodanwerk; undated interview"),
        deal("seekreis-bodanwerk-loan", ["Seekreis Bank", "Bodanwerk Energietechnik"], "other", 12_000_000, "EUR", "exact", None, "signed",
             "Zwölf Millionen Euro davon leiht uns die Seekreis Bank, den Rest zahlen wir aus eigenen Mitteln.",
             kind_alt=["investment"], note="loan for the new hall, amount in words; 'uns' = Bodanwerk"),
    ],
    not_deals=["63 Millionen Euro", "4.100 Euro brutto im Monat", "68.000 Euro im Jahr", "rund 780 Euro je Tonne"],
)

A["018_dunmore_sayle_note_en.txt"] = dict(
    published="2026-06-03",
    published_note="from the header line '3 June 2026'",
    language="en",
    deals=[
        deal("ironwillow-copperbluff-acquisition", ["Ironwillow Infrastructure Partners", "Copperbluff Energy Partners"], "acquisition", 2_100_000_000, "USD", "approx", "2026-06", "rumored",
             "According to people familiar with the process, Ironwillow Infrastructure Partners is in advanced talks to buy out the remaining shareholders of Copperbluff Energy Partners at a price putting the Midland developer's worth at about $2.1 billion including debt.",
             note="sourced rumour of talks; agreed on 2026-06-15 and completed in November (020); a different deal from Ironwillow's 2024 investment"),
        deal("ampervale-ocotillo-battery", ["Ampervale Storage", "Ocotillo Flats Data"], "supply", 450_000_000, "USD", "approx", "2026-05", "signed",
             "Ampervale Storage's May agreement to supply 2 gigawatt-hours of batteries to Ocotillo Flats Data for roughly $450 million is a good illustration: it is larger than most utility-scale storage orders signed in the same month.",
             note="'May' -> 2026-05"),
        deal("brookfield-bloom-2025", ["Brookfield", "Bloom Energy"], "investment", None, None, None, "2025", "announced",
             "Bloom's financing partnership with Brookfield, struck last autumn, has given the company access to project capital that its customers could not raise alone.",
             required=False, kind_alt=["partnership"],
             note="restatement without amount (cannot match the shared id's amount): optional; 'last autumn' -> year"),
    ],
    not_deals=["$185", "$160", "$2.6 billion", "up to $2,800 per kilowatt", "$35 billion to $40 billion a year"],
)

A["019_rrps_aktienpegel.txt"] = dict(
    published="2026-08-13",
    published_note="from the header '13.08.2026 | 08:47'; 'am Mittwoch' -> 2026-08-12",
    language="de",
    deals=[
        deal("pecan-hollow-rrps-framework", [RRPS, "Pecan Hollow Digital"], "supply", 1_100_000_000, "EUR", "up_to", "2026-08-12", "signed",
             "Über eine Laufzeit bis 2031 könne der Vertrag bis zu 1,1 Milliarden Euro schwer werden, teilte die Friedrichshafener Tochter des britischen Triebwerksbauers am Mittwoch mit.",
             term=[None, "2031"], note="framework for up to 600 gensets; parties in the previous sentence"),
        deal("rrps-montagewerk-2026", [RRPS], "capex_plan", 120_000_000, "EUR", "approx", "2026-07", "planned",
             "Bereits Ende Juli hatte das Unternehmen angekündigt, rund 120 Millionen Euro bis 2028 in ein neues Montagewerk für Großmotoren in Friedrichshafen zu investieren.",
             term=[None, "2028"], note="'das Unternehmen' = Rolls-Royce Power Systems; second RRPS capex plan, distinct from the 2024 test hall (001)"),
        deal("rolls-royce-power-systems-sale-report", ["Rolls-Royce", RRPS], "acquisition", 8_000_000_000, "GBP", "up_to", "2026", "rumored",
             "Einen Bericht der britischen Presse, wonach Rolls-Royce die Sparte für bis zu acht Milliarden Pfund an einen Finanzinvestor abgeben wolle, wies ein Konzernsprecher als „reine Spekulation“ zurück.",
             required=False, note="press report denied by the company; buyer unnamed: optional"),
    ],
    not_deals=["1,9 Milliarden Pfund", "2,7 Milliarden Euro", "1.350 Pence", "1 Euro pro Order"],
)

A["020_ironwillow_copperbluff_mesquite_en.html"] = dict(
    published="2026-11-19",
    published_note="from <meta property='article:published_time'>, JSON-LD datePublished and the byline 'Nov 19, 2026'; 'on Tuesday' -> 11-17 (closing), 'on Monday' -> 11-16",
    language="en",
    deals=[
        deal("ironwillow-copperbluff-acquisition", ["Ironwillow Infrastructure Partners", "Copperbluff Energy Partners"], "acquisition", 2_100_000_000, "USD", "exact", "2026-06-15", "completed",
             "The two sides agreed terms on June 15, valuing Copperbluff at $2.1 billion including debt.",
             note="takeover agreed 2026-06-15 and closed 'on Tuesday' (2026-11-17); date = agreement; parties in the previous sentence"),
        deal("ampervale-copperbluff-battery", ["Copperbluff Energy Partners", "Ampervale Storage"], "supply", 260_000_000, "USD", "exact", "2026-09", "signed",
             "Three months after the agreement with Ironwillow, it signed a $260 million order with Ampervale Storage for 1.1 gigawatt-hours of batteries to firm up output at its Crane County plant, which began supplying its first data-center tenant in October.",
             note="'it' = Copperbluff; 'Three months after' the 2026-06-15 agreement -> 2026-09"),
        deal("dovecote-copperbluff-loan", ["Dovecote Credit Partners", "Copperbluff Energy Partners"], "other", 1_300_000_000, "USD", "exact", "2026-11-16", "signed",
             "And on Monday, Copperbluff refinanced its project debt with a $1.3 billion term loan arranged by Dovecote Credit Partners, replacing bank loans that carried a higher interest rate.",
             kind_alt=["investment"], note="refinancing term loan"),
    ],
    not_deals=["about $240 million", "$21 million", "$6 billion", "$340,000"],
)


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
