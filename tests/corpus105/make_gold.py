#!/usr/bin/env python3
"""Write gold.json for tests/corpus105 (hand annotation kept as Python for consistency).

Usage: python3 tests/corpus105/make_gold.py   (then run check_gold.py)
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the hundred-and-fifth, held-out test corpus (tests/corpus105/articles/), "
    "written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json, the earlier corpora and shared/gold/seeds.json. Theme: subsea cables and "
    "long-haul connectivity for AI (Meta's Project Waterworth, Google's Humboldt, Umoja and Nuvem cables, "
    "the French state's purchase of Alcatel Submarine Networks, SubCom and NEC contracts, cable-ship orders, "
    "landing stations in Portugal, Genoa and Crete, infrastructure funds buying fibre routes). One entry per "
    "article; a deal that several articles report carries the same id in each. 'required': false marks vague "
    "or background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units, in "
    "the currency in which the article states them; 'amount_max' closes a range; 'qualifier' is exact | "
    "approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives "
    "the same deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date marker, "
    "dateline, <time datetime>, meta tag, issue line or visible byline date, or null when the article has "
    "none); quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original "
    "agreement or talks; a rumour that later turns into a signed deal carries only the year, so that the "
    "shared id's dates agree; 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
    "lists other acceptable kinds; 'note' explains a judgement call. Canonical party names carry no legal "
    "form (GmbH, ASA, S.p.A.); the spellings the articles use are in 'aliases'. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Dollart Backbone GmbH, Hanse-Lotsenbank, Ems-Jade Energie, Ermoupolis Telecom, Cycladic Backhaul, "
    "Gunnamore Marine, Corrievale Capital, Moldefjord Skipsverft, Alcantil Digital, Banco Arrifana, Lefka Ori "
    "Partners, Kydon Gateway, Wrenhollow Infrastructure Partners, Lanterna Approdi, Banca Sottoripa, "
    "Tromlingen Subsea ASA, Sparebanken Fjordvik, Albula Infrastructure Partners (and the Diktynna cable); "
    "invented publications, research houses, advertisers and persons are listed in invented_names.txt and "
    "README.md; the deals of real companies are partly real, partly invented or shifted. Nothing here is "
    "reporting."
)

ALIASES = {
    "Google": ["Google"],
    "Desarrollo País": ["Desarrollo País"],
    "Dollart Backbone": ["Dollart Backbone GmbH", "Dollart Backbone", "Dollart"],
    "Hanse-Lotsenbank": ["Hanse-Lotsenbank"],
    "Ermoupolis Telecom": ["Ermoupolis Telecom", "Ermoupolis"],
    "Cycladic Backhaul": ["Cycladic Backhaul", "Cycladic"],
    "Prysmian": ["Prysmian"],
    "Encore Wire": ["Encore Wire", "Encore"],
    "French State": ["French state", "the French state", "französischen Staat", "Frankreich",
                     "APE", "Agence des participations de l'État"],
    "Nokia": ["Nokia"],
    "Alcatel Submarine Networks": ["Alcatel Submarine Networks", "ASN"],
    "Gunnamore Marine": ["Gunnamore Marine", "Gunnamore"],
    "Corrievale Capital": ["Corrievale Capital", "Corrievale"],
    "Moldefjord Skipsverft": ["Moldefjord Skipsverft", "Moldefjord"],
    "Alcantil Digital": ["Alcantil Digital", "Alcantil"],
    "Banco Arrifana": ["Banco Arrifana"],
    "Lefka Ori Partners": ["Lefka Ori Partners", "Lefka Ori"],
    "Kydon Gateway": ["Kydon Gateway", "Kydon"],
    "European Union": ["EU", "Connecting Europe Facility"],
    "Infinera": ["Infinera"],
    "Meta": ["Meta", "Meta Platforms"],
    "Wrenhollow Infrastructure Partners": ["Wrenhollow Infrastructure Partners", "Wrenhollow"],
    "Lanterna Approdi": ["Lanterna Approdi", "Lanterna"],
    "Banca Sottoripa": ["Banca Sottoripa"],
    "Tromlingen Subsea": ["Tromlingen Subsea ASA", "Tromlingen Subsea", "Tromlingen"],
    "Sparebanken Fjordvik": ["Sparebanken Fjordvik"],
    "Sparkle": ["Sparkle"],
    "Albula Infrastructure Partners": ["Albula Infrastructure Partners", "Albula"],
    "Microsoft": ["Microsoft"],
    "KKR": ["KKR"],
    "TIM": ["TIM", "Telecom Italia"],
    "Cerberus Capital Management": ["Cerberus Capital Management", "Cerberus"],
    "SubCom": ["SubCom"],
    "TE Connectivity": ["TE Connectivity"],
    "NEC": ["NEC"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
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


A = {}

A["001_dollart_trasse_spleissmuffe.txt"] = {
    "published": "2024-02-02",
    "published_note": "from the issue line 'Ausgabe 3/2024 · 2. Februar 2024' (a Friday); 'am Dienstag' -> 2024-01-30; 'Vergangene Woche' -> 2024-01",
    "language": "de",
    "deals": [
        deal("dollart-second-route-capex", ["Dollart Backbone"], "capex_plan", 250_000_000, "EUR", "approx",
             "2024-01-30", "planned",
             "Die Dollart Backbone GmbH will bis 2027 rund 250 Millionen Euro in eine zweite, räumlich vollständig getrennte Trasse von Emden nach Frankfurt stecken, wie das Unternehmen am Dienstag in Leer bekanntgab.",
             kind_alt=["project"], term=[None, "2027"],
             note="own build-out plan of the operator; only the spender is a party"),
        deal("hanse-lotsenbank-dollart-loan", ["Hanse-Lotsenbank", "Dollart Backbone"], "other", 180_000_000, "EUR",
             "exact", "2024-01", "signed",
             "Die Hanse-Lotsenbank stellt dem Emdener Netzbetreiber ein Darlehen über 180 Millionen Euro bereit; der Kreditvertrag ist nach Angaben beider Häuser bereits unterschrieben.",
             kind_alt=["investment"],
             note="loan; 'dem Emdener Netzbetreiber' = Dollart Backbone; no own day given, reported with the Tuesday announcement -> month"),
        deal("google-chile-humboldt", ["Google", "Desarrollo País"], "project", 550_000_000, "USD", "approx",
             "2024-01", "announced",
             "Das rund 14.800 Kilometer lange System dürfte nach Branchenschätzungen etwa 550 Millionen Dollar verschlingen; eine offizielle Zahl nannten die Partner nicht.",
             kind_alt=["joint_venture", "partnership"],
             note="parties and the agreement ('Vergangene Woche') in the previous sentence; the cost is an industry estimate of the joint cable project"),
    ],
    "not_deals": ["41,6 Millionen Euro", "rund 380.000 Euro je Kilometer", "32,3 Milliarden Dollar",
                  "49 Euro zzgl. MwSt.", "ab 1.900 Euro pro Tag", "129 Euro"],
}

A["002_weekly_roundup_repeaterlog_en.txt"] = {
    "published": "2024-05-24",
    "published_note": "from the issue line 'Issue 58 — Friday, 24 May 2024'; 'on Thursday' -> 2024-05-23; 'on Monday' -> 2024-05-20; 'last month' and 'in April' -> 2024-04; 'last autumn' -> 2023",
    "language": "en",
    "deals": [
        deal("google-umoja", ["Google"], "project", None, None, None, "2024-05-23", "announced",
             "Google on Thursday unveiled Umoja, a cable that will run overland from Kenya through Uganda, Rwanda, the Democratic Republic of Congo, Zambia and Zimbabwe to South Africa, and from there under the Indian Ocean to Australia.",
             kind_alt=["capex_plan"],
             note="no amount ('No one involved would say what it costs'); Liquid Intelligent Technologies builds the land leg but is not named as a contracting party"),
        deal("google-japan-pacific", ["Google"], "capex_plan", 1_000_000_000, "USD", "exact", "2024-04", "announced",
             "Umoja follows the pledge Google made last month to spend a billion dollars on two Pacific systems, Proa and Taihei, together with connectivity work in Japan.",
             kind_alt=["project"], note="amount in words"),
        deal("google-south-pacific-connect", ["Google"], "project", None, None, None, "2023", "announced",
             "Add the Bulikula and Tabua cables announced for Fiji last autumn and Google is quietly becoming the biggest private owner of glass in the Pacific.",
             required=False, note="background mention without amount"),
        deal("ermoupolis-cycladic", ["Ermoupolis Telecom", "Cycladic Backhaul"], "acquisition", 48_000_000, "EUR",
             "exact", "2024-05-20", "signed",
             "Ermoupolis Telecom, the Syros carrier that started out running microwave links along the ferry routes, agreed on Monday to pay €48 million for Cycladic Backhaul, which owns the short subsea spans between Paros, Naxos and Mykonos.",
             note="pending competition approval; 006 restates it, 019 reports it called off"),
        deal("prysmian-encore-wire", ["Prysmian", "Encore Wire"], "acquisition", 4_200_000_000, "USD", "exact",
             "2024-04", "signed",
             "Prysmian's $4.2 billion swoop on Encore Wire, announced in April, got through the US antitrust waiting period this week.",
             note="agreed, not yet closed; $290 a share is the per-share price (not_deal)"),
    ],
    "not_deals": ["€6.1 million", "$290 a share", "about $95,000 a day", "$1,200 per issue"],
}

A["003_asn_nokia_quaysider_en.txt"] = {
    "published": "2024-06-28",
    "published_note": "from the header 'June 28, 2024 07:12'; dateline 'PARIS, June 27'; 'on Thursday' -> 2024-06-27; 'Last month' -> 2024-05",
    "language": "en",
    "deals": [
        deal("france-asn-nokia", ["French State", "Nokia", "Alcatel Submarine Networks"], "acquisition", 350_000_000,
             "EUR", "exact", "2024-06-27", "signed",
             "The French state will take an 80% stake in Alcatel Submarine Networks, the Nokia unit that manufactures, lays and repairs a large share of the world's undersea internet cables, under an agreement signed on Thursday that gives the business an enterprise value of €350 million (about $375 million).",
             alt=[(375_000_000, "USD")],
             note="80% stake at an enterprise value of €350m; buyer, seller and target listed; 007 reports completion, 020 restates it without amount"),
        deal("gunnamore-asn-charter", ["Gunnamore Marine", "Alcatel Submarine Networks"], "other", 21_000_000, "GBP",
             "exact", "2024-05", "signed",
             "Last month ASN chartered a repair ship from Gunnamore Marine, an Oban-based operator, agreeing to pay £21 million a year over five years, according to a filing by the Scottish company.",
             kind_alt=["supply"], per="year",
             note="yearly charter rate over five years; start date not given, so no term"),
    ],
    "not_deals": ["about €1 billion", "€54 billion", "€3.56", "roughly €19.4 billion"],
}

A["004_gunnamore_oban_firth_en.html"] = {
    "published": "2024-09-12",
    "published_note": "from <meta property='article:published_time'> and <time datetime='2024-09-12T06:30:00+01:00'>Thursday 12 September 2024; 'on Wednesday' -> 2024-09-11",
    "language": "en",
    "deals": [
        deal("corrievale-gunnamore-2024", ["Corrievale Capital", "Gunnamore Marine"], "investment", 75_000_000, "GBP",
             "exact", "2024-09-11", "completed",
             "Gunnamore Marine, the Oban company whose two ageing vessels are on call to mend broken telecoms cables anywhere from the Faroes to the Bay of Biscay, has secured £75 million from Edinburgh investor Corrievale Capital.",
             note="'confirmed by both firms on Wednesday' in the next sentence; minority stake; the £310m valuation is not a deal"),
        deal("gunnamore-moldefjord-vessel", ["Gunnamore Marine", "Moldefjord Skipsverft"], "supply", 62_000_000, "GBP",
             "approx", "2024-09", "signed",
             "Gunnamore has signed a contract with Norway's Moldefjord Skipsverft for a 100-metre cable-repair ship, a vessel the yard prices at roughly £62 million ($81 million), with delivery due in the spring of 2027.",
             alt=[(81_000_000, "USD")],
             note="ship order; no signing day given -> month of the article; different from Tromlingen's orders at the same yard (011, 019)"),
    ],
    "not_deals": ["about £310 million", "£48.3 million", "upwards of £52,000 a year", "£250,000",
                  "£89 a night", "£5.99 a month"],
}

A["005_alcantil_sines_atlantikrundschau.txt"] = {
    "published": "2024-10-17",
    "published_note": "from the dateline 'Lissabon, 17. Oktober (ar)' (no year in the text) and the copyright line '© 2024 Atlantik-Rundschau'; 'am Mittwoch' -> 2024-10-16; 'im September' -> 2024-09; 'im Sommer' -> 2024",
    "language": "de",
    "deals": [
        deal("google-alcantil-landing", ["Google", "Alcantil Digital"], "supply", 95_000_000, "EUR", "exact",
             "2024-10-16", "signed",
             "Google zahlt Alcantil dafür 95 Millionen Euro, umgerechnet rund 103 Millionen Dollar; unterschrieben wurde der Vertrag am Mittwoch in Lissabon.",
             kind_alt=["project", "other"], alt=[(103_000_000, "USD")],
             note="construction (and fit-out) of the Nuvem landing station at Sines; 010 restates it in USD, 018 without amount; different from the yearly O&M contract of 010"),
        deal("google-nuvem", ["Google"], "project", None, None, None, "2024-09", "announced",
             "Google hatte Nuvem im September angekündigt.",
             required=False, note="background: the cable itself, no amount"),
        deal("arrifana-alcantil-loan", ["Banco Arrifana", "Alcantil Digital"], "other", 55_000_000, "EUR", "exact",
             "2024", "signed",
             "Bereits im Sommer sagte die Regionalbank Banco Arrifana dem Unternehmen einen Kredit über 55 Millionen Euro zu, der nun mit dem Google-Vertrag als Sicherheit abgerufen werden kann.",
             kind_alt=["investment"], note="loan commitment; 'dem Unternehmen' = Alcantil; season -> year"),
    ],
    "not_deals": ["knapp zwölf Millionen Euro", "rund 85 Euro pro Quadratmeter", "22,2 Milliarden Euro",
                  "140 Euro im Monat"],
}

A["006_kydon_chania_aegeanmonitor_en.txt"] = {
    "published": "2024-11-26",
    "published_note": "from the header '26/11/2024 · 09:40 EET'; 'on Monday' -> 2024-11-25; 'in May' -> 2024-05",
    "language": "en",
    "deals": [
        deal("lefkaori-kydon-2024", ["Lefka Ori Partners", "Kydon Gateway"], "investment", 60_000_000, "EUR", "exact",
             "2024-11-25", "completed",
             "Kydon Gateway, which is building a cable landing station and a small data hall on a hillside above Souda Bay, near Chania in western Crete, has raised €60 million from a group of investors headed by Athens-based Lefka Ori Partners, the company said on Monday.",
             note="lead investor listed; valuation €240m is not a deal; different from the 2026 round of the same pair (019)"),
        deal("eu-kydon-grant", ["European Union", "Kydon Gateway"], "other", 20_000_000, "EUR", "exact", None,
             "planned",
             "Kydon has also been earmarked for a €20 million grant from the EU's Connecting Europe Facility, although Brussels has not yet signed the agreement.",
             required=False, note="public grant, not yet signed; optional"),
        deal("ermoupolis-cycladic", ["Ermoupolis Telecom", "Cycladic Backhaul"], "acquisition", 48_000_000, "EUR",
             "exact", "2024-05", "signed",
             "The first anchor customer is likely to be Ermoupolis Telecom, which in May agreed to buy island backhaul operator Cycladic Backhaul for €48 million and still awaits the competition commission's approval.",
             note="restatement of 002 (month only)"),
    ],
    "not_deals": ["roughly €240 million", "about €900 million", "€1.8 billion", "€118 per megawatt-hour"],
}

A["007_nokia_asn_kurswartenord.txt"] = {
    "published": "2025-01-03",
    "published_note": "from the header '03.01.2025 - 14:01:12'; 'im Juni' -> 2024-06",
    "language": "de",
    "deals": [
        deal("france-asn-nokia", ["French State", "Nokia", "Alcatel Submarine Networks"], "acquisition", 350_000_000,
             "EUR", "exact", "2024-06", "completed",
             "Paris kontrolliert damit 80 Prozent der Seekabelsparte; der im Juni vereinbarte Unternehmenswert von 350 Millionen Euro blieb unverändert.",
             note="completion 'zum Jahreswechsel' of the deal agreed in June (003); the date stays the agreement month; 'Paris' and 'der französische Staat' = French State (previous sentence)"),
        deal("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2_300_000_000, "USD", "exact", "2024-06", "signed",
             "Für den US-Spezialisten für optische Übertragungstechnik Infinera hatte Nokia ebenfalls im Juni eine Übernahme im Wert von 2,3 Milliarden Dollar vereinbart, die Aktionäre des Zielunternehmens haben bereits zugestimmt.",
             note="agreed in June 2024, closing expected in Q1"),
    ],
    "not_deals": ["4,31 Euro", "4,80 Euro", "22,3 Milliarden Euro", "gut 23 Milliarden Euro", "62,18 €",
                  "bis zu 250 Euro"],
}

A["008_waterworth_meta_trassenbote.txt"] = {
    "published": "2025-02-15",
    "published_note": "from the header 'Samstag, 15.02.2025'; 'am Freitag' -> 2025-02-14; 'Ende Januar' -> 2025-01",
    "language": "de",
    "deals": [
        deal("meta-waterworth", ["Meta"], "project", 10_000_000_000, "USD", "at_least", "2025-02-14", "announced",
             "Insider beziffern das Vorhaben auf mehr als zehn Milliarden Dollar, umgerechnet über 9,5 Milliarden Euro.",
             kind_alt=["capex_plan"], alt=[(9_500_000_000, "EUR")],
             note="'Das Vorhaben' = Project Waterworth, made public 'am Freitag' (previous paragraph); cost from insiders, amount in words; 015 restates it, 019 mentions it without amount"),
        deal("meta-capex-2025", ["Meta"], "capex_plan", 60_000_000_000, "USD", "range", "2025-01", "announced",
             "Ende Januar hatte Meta für 2025 Investitionen von 60 bis 65 Milliarden Dollar in Aussicht gestellt, der Großteil davon für Rechenzentren und Server für künstliche Intelligenz.",
             amount_max=65_000_000_000, term=["2025", "2025"], required=False,
             note="company-wide annual capex guidance, background; optional"),
    ],
    "not_deals": ["164,5 Milliarden Dollar", "etwa 1,8 Billionen Dollar", "zwischen 25.000 und 50.000 Dollar"],
}

A["009_lanterna_genoa_tyrrhenian_en.txt"] = {
    "published": "2025-03-13",
    "published_note": "from the header '13 March 2025 | 18:22 CET'",
    "language": "en",
    "deals": [
        deal("wrenhollow-lanterna", ["Wrenhollow Infrastructure Partners", "Lanterna Approdi"], "acquisition",
             210_000_000, "EUR", "approx", "2025", "rumored",
             "London-based Wrenhollow Infrastructure Partners is in advanced talks to acquire 60% of Lanterna Approdi, the operator of a cable landing station in Genoa's western port district, in a deal worth about €210 million, according to three people with direct knowledge of the negotiations.",
             note="talks reported by unnamed sources -> rumored; signed on 2025-05-27 (012); only the year so that the shared id's dates agree; the €350m company value is not a deal"),
        deal("sottoripa-lanterna-loan", ["Banca Sottoripa", "Lanterna Approdi"], "other", 35_000_000, "EUR", "exact",
             "2023", "completed",
             "The building was financed with a €35 million loan from Banca Sottoripa, a local lender, in 2023.",
             kind_alt=["investment"], note="past loan, stated with amount and year"),
    ],
    "not_deals": ["roughly €350 million", "€11.2 million", "€2.1 billion", "around €15 billion", "€10.42"],
}

A["010_alcantil_google_tagus_en.txt"] = {
    "published": "2025-04-09",
    "published_note": "from the header 'April 9, 2025 · 8:15 am'; 'on Tuesday' -> 2025-04-08; 'in October' -> 2024-10",
    "language": "en",
    "deals": [
        deal("google-alcantil-om", ["Google", "Alcantil Digital"], "other", 4_500_000, "EUR", "exact", "2025-04-08",
             "signed",
             "Under a maintenance and operations agreement signed on Tuesday, Google will pay the company €4.5 million a year for ten years, Alcantil said.",
             kind_alt=["supply", "cloud_contract"], per="year",
             note="yearly rate over ten years (start not given); 'the company' = Alcantil; second Google–Alcantil deal, distinct from the construction contract"),
        deal("google-alcantil-landing", ["Google", "Alcantil Digital"], "supply", 103_000_000, "USD", "approx",
             "2024-10", "signed",
             "That comes on top of the construction contract, worth roughly $103 million, that the two companies signed in October.",
             kind_alt=["project", "other"], note="restatement of 005 in USD, month only; 'the two companies' = Google and Alcantil"),
    ],
    "not_deals": ["about €19 million", "under €12 million", "more than €8.5 billion", "about €95 per megawatt-hour",
                  "€9.90 a month"],
}

A["011_tromlingen_kabelleger_fjordmarkt.txt"] = {
    "published": "2025-04-24",
    "published_note": "from the header 'Donnerstag, 24. April 2025'; 'am Mittwoch' -> 2025-04-23 ('drei Monate später' after the January letter of intent)",
    "language": "de",
    "deals": [
        deal("tromlingen-moldefjord-ships", ["Tromlingen Subsea", "Moldefjord Skipsverft"], "supply", 2_400_000_000,
             "NOK", "exact", "2025-04-23", "signed",
             "Für zwei Kabellegeschiffe zahlt Tromlingen Subsea der Werft Moldefjord Skipsverft 2,4 Milliarden norwegische Kronen, umgerechnet rund 205 Millionen Euro.",
             alt=[(205_000_000, "EUR")],
             note="contracts signed 'am Mittwoch' (next sentence); firm order three months after the January LOI; different from the cancelled option on a third ship (019)"),
        deal("fjordvik-tromlingen-loan", ["Sparebanken Fjordvik", "Tromlingen Subsea"], "other", 1_600_000_000, "NOK",
             "up_to", "2025-04", "signed",
             "Finanziert wird der Bau zu einem großen Teil mit Fremdkapital: Die Sparebanken Fjordvik hat dem Unternehmen einen Kredit von bis zu 1,6 Milliarden Kronen zugesagt.",
             kind_alt=["investment"], note="loan commitment; 'dem Unternehmen' = Tromlingen"),
    ],
    "not_deals": ["890 Millionen Kronen", "38,40 Kronen", "rund 3,1 Milliarden Kronen",
                  "rund 110.000 Euro pro Tag", "390 Euro"],
}

A["012_lanterna_wrenhollow_mittelmeermonitor.html"] = {
    "published": "2025-05-28",
    "published_note": "from <meta name='date'> and the visible line '28.05.2025, 11:47 Uhr'; 'am Dienstag' -> 2025-05-27; 'im April' -> 2025-04",
    "language": "de",
    "deals": [
        deal("wrenhollow-lanterna", ["Wrenhollow Infrastructure Partners", "Lanterna Approdi"], "acquisition",
             210_000_000, "EUR", "exact", "2025-05-27", "signed",
             "Für 60 Prozent an Lanterna Approdi zahlt Wrenhollow 210 Millionen Euro; das teilten Käufer und Verkäufer am Dienstag in Genua mit.",
             note="signing of the talks reported in 009"),
        deal("sparkle-lanterna-lease", ["Sparkle", "Lanterna Approdi"], "other", 3_200_000, "EUR", "exact", "2025-04",
             "signed",
             "Bereits im April hat Sparkle, der internationale Netzbetreiber aus dem Umfeld von Telecom Italia, einen auf 20 Jahre angelegten Mietvertrag unterschrieben, der Lanterna jährlich 3,2 Millionen Euro einbringt.",
             kind_alt=["cloud_contract"], per="year", note="20-year lease, yearly rate; start not given"),
    ],
    "not_deals": ["11,2 Millionen Euro", "rund 350 Millionen Euro", "ab 79 Euro pro Nacht", "1,3 Milliarden Euro",
                  "7,99 Euro monatlich"],
}

A["013_dollart_albula_sielhafen.txt"] = {
    "published": "2025-06-24",
    "published_note": "from the line 'Emden, 24. Juni 2025'; 'am Montag' -> 2025-06-23; 'im Frühjahr' -> 2025",
    "language": "de",
    "deals": [
        deal("albula-dollart", ["Albula Infrastructure Partners", "Dollart Backbone"], "acquisition", 780_000_000,
             "EUR", "exact", "2025-06-23", "signed",
             "Albula bezahlt für das Netz 780 Millionen Euro einschließlich der Schulden.",
             alt=[(900_000_000, "USD")],
             note="'das Netz' = Dollart Backbone, bought from Ems-Jade Energie, announced 'am Montag' (previous sentence); 014 gives about $900m; needs antitrust clearance"),
        deal("microsoft-dollart-iru", ["Microsoft", "Dollart Backbone"], "cloud_contract", 120_000_000, "EUR", "exact",
             "2025", "signed",
             "Wichtigster Abnehmer ist Microsoft: Der Softwarekonzern hat sich im Frühjahr für 15 Jahre Nutzungsrechte an mehreren Faserpaaren gesichert und zahlt dafür insgesamt 120 Millionen Euro.",
             kind_alt=["supply", "other"], note="15-year IRU on fibre pairs; season -> year"),
    ],
    "not_deals": ["27 Millionen Euro", "etwa 1,9 Millionen Euro", "49,95 Euro im Monat", "14,90 Euro im Monat"],
}

A["014_fibre_funds_greywater_en.txt"] = {
    "published": "2025-07-10",
    "published_note": "from the header 'July 10, 2025'; 'Last month' -> 2025-06; 'a year ago this month' -> 2024-07",
    "language": "en",
    "deals": [
        deal("kkr-tim-netco", ["KKR", "TIM"], "acquisition", 22_000_000_000, "EUR", "up_to", "2024-07", "completed",
             "The template for the current wave remains KKR's purchase of Telecom Italia's fixed-line grid, which closed a year ago this month at an enterprise value of up to €22 billion.",
             note="only the closing date is given -> 2024-07"),
        deal("albula-dollart", ["Albula Infrastructure Partners", "Dollart Backbone"], "acquisition", 900_000_000,
             "USD", "approx", "2025-06", "signed",
             "Last month Zurich-based Albula Infrastructure Partners agreed to pay about $900 million for Dollart Backbone, a German long-haul route that links North Sea cable landings with Frankfurt's data-centre cluster.",
             note="restatement of 013 in USD, month only"),
        deal("albula-ermoupolis-ring", ["Albula Infrastructure Partners", "Ermoupolis Telecom"], "acquisition",
             160_000_000, "EUR", "approx", "2025-07", "negotiating",
             "The firm is now in exclusive talks with Ermoupolis Telecom over the Greek carrier's mainland fibre ring between Athens and Patras, a business the two sides value at about €160 million, according to a person involved in the negotiations.",
             note="'The firm' = Albula (previous sentence); exclusive talks -> negotiating, dated to the article's month"),
    ],
    "not_deals": ["CHF 3.2 billion", "roughly $48 billion", "around €1,100 per home passed", "£340 a year"],
}

A["015_waterworth_subcom_seafloorstreet_en.txt"] = {
    "published": "2025-09-03",
    "published_note": "from the header 'Sep 3, 2025 07:10 ET'; 'in February' -> 2025-02; 'last month' -> 2025-08",
    "language": "en",
    "deals": [
        deal("meta-waterworth", ["Meta"], "project", 10_000_000_000, "USD", "at_least", "2025-02", "announced",
             "When Meta unveiled Project Waterworth in February, it declined to put a figure on it; people who have worked on the plans say it will cost more than $10 billion.",
             kind_alt=["capex_plan"], note="restatement of 008, month only"),
        deal("cerberus-subcom-2018", ["Cerberus Capital Management", "SubCom", "TE Connectivity"], "acquisition",
             325_000_000, "USD", "exact", "2018", "completed",
             "The favourite for the Atlantic segments is SubCom, the New Jersey manufacturer that private-equity firm Cerberus Capital Management bought from TE Connectivity for $325 million in 2018.",
             note="historical purchase, stated with amount and year"),
        deal("cerberus-subcom-sale-report", ["Cerberus Capital Management", "SubCom"], "acquisition", 2_000_000_000,
             "USD", "approx", "2025-08", "rumored",
             "Cerberus last month rejected a report that it had hired advisers to sell SubCom at a valuation of around $2 billion, saying it was \"a committed long-term owner\".",
             required=False, note="denied sale report without a buyer; optional"),
    ],
    "not_deals": ["about $4.5 billion", "roughly $11 billion", "$7 a month"],
}

A["016_diktynna_nec_aegaeisreport.txt"] = {
    "published": "2025-10-22",
    "published_note": "from the header '22.10.2025 | 16:30'; 'am Dienstag' -> 2025-10-21",
    "language": "de",
    "deals": [
        deal("nec-diktynna", ["NEC", "Ermoupolis Telecom"], "supply", 420_000_000, "USD", "approx", "2025-10-21",
             "signed",
             "Ein von Ermoupolis Telecom angeführtes Konsortium hat am Dienstag mit dem japanischen Technologiekonzern NEC einen Liefervertrag über rund 420 Millionen Dollar unterzeichnet, das sind knapp 360 Millionen Euro.",
             alt=[(360_000_000, "EUR")],
             note="supply contract for the Diktynna cable; the consortium is led by Ermoupolis (other members unnamed)"),
        deal("ermoupolis-kydon-landing", ["Ermoupolis Telecom", "Kydon Gateway"], "other", 1_800_000, "EUR", "exact",
             "2025-10", "signed",
             "Ermoupolis zahlt dem Stationsbetreiber dafür 1,8 Millionen Euro pro Jahr, der Vertrag läuft 25 Jahre.",
             kind_alt=["cloud_contract", "supply"], per="year",
             note="'dem Stationsbetreiber' = Kydon Gateway (previous sentence); 25-year landing agreement, start not given; no signing day -> month"),
        deal("amazon-diktynna-capacity", ["Amazon", "Ermoupolis Telecom"], "cloud_contract", 80_000_000, "USD",
             "range", "2025-10", "negotiating",
             "Parallel verhandelt Amazon Web Services mit dem Konsortium über ein eigenes Faserpaar auf der Strecke; im Gespräch sind nach Angaben aus Branchenkreisen zwischen 80 und 90 Millionen Dollar.",
             amount_max=90_000_000, kind_alt=["supply"],
             note="'dem Konsortium' = the Ermoupolis-led Diktynna consortium"),
    ],
    "not_deals": ["214 Millionen Euro", "6,84 Euro", "rund 36 Milliarden Euro", "vier Wochen für 1 Euro"],
}

A["017_subcom_meta_thermocline_en.html"] = {
    "published": "2025-11-18",
    "published_note": "from <meta name='parsely-pub-date'> and the visible byline 'Nov. 18, 2025 at 6:02 a.m. EST'; 'on Monday' -> 2025-11-17",
    "language": "en",
    "deals": [
        deal("subcom-meta-waterworth", ["SubCom", "Meta"], "supply", 1_500_000_000, "USD", "approx", "2025-11-17",
             "signed",
             "A pair of people who have seen the contract put its value at roughly $1.5 billion, a figure that would rank among the biggest single orders the subsea industry has ever placed.",
             note="parties and 'confirmed on Monday' in the previous sentence; value only from sources; a reader comment repeats '$1.5B'"),
        deal("nec-meta-waterworth", ["NEC", "Meta"], "supply", None, None, None, "2025-11", "rumored",
             "Japan's NEC is widely expected to build parts of the Indian Ocean route, though no order has been signed and NEC declined to comment.",
             required=False, note="expected order, not signed, no amount; optional"),
    ],
    "not_deals": ["$51.2 billion", "about $13 billion", "$249", "$4.99 a month"],
}

A["018_interview_alcantil_fonteboa.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'Lesezeit: 7 Minuten'); all dates null",
    "language": "de",
    "deals": [
        deal("google-alcantil-landing", ["Google", "Alcantil Digital"], "supply", None, None, None, None, "signed",
             "Als Google uns den Bau der Station in Sines übertragen hat, waren wir gut dreißig Leute.",
             kind_alt=["project", "other"], note="restatement of 005 without amount; 'uns' = Alcantil"),
        deal("alcantil-carcavelos-capex", ["Alcantil Digital"], "capex_plan", 70_000_000, "EUR", "approx", None,
             "planned",
             "Wir wollen rund 70 Millionen Euro in eine zweite Station bei Carcavelos investieren, westlich von Lissabon.",
             kind_alt=["project"], note="'Wir' = Alcantil; own build plan"),
        deal("albula-alcantil-offer", ["Albula Infrastructure Partners", "Alcantil Digital"], "acquisition",
             300_000_000, "EUR", "exact", None, "cancelled",
             "Im vergangenen Herbst lag ein Angebot von Albula Infrastructure Partners über 300 Millionen Euro für das ganze Unternehmen auf dem Tisch.",
             note="refused offer ('Wir haben abgelehnt'); 'im vergangenen Herbst' cannot be resolved without a publication date"),
    ],
    "not_deals": ["um die 92 Euro pro Megawattstunde", "rund 3.800 Euro brutto im Monat"],
}

A["019_liveticker_lissabon_tiefgang.txt"] = {
    "published": "2026-05-20",
    "published_note": "from the ticker header 'Mittwoch, 20. Mai 2026'; entries of the same day; 'im April 2025' -> 2025-04",
    "language": "de",
    "deals": [
        deal("tromlingen-gunnamore-jv", ["Tromlingen Subsea", "Gunnamore Marine"], "joint_venture", 40_000_000, "EUR",
             "exact", "2026-05-20", "announced",
             "Das Startkapital von 40 Millionen Euro teilen sich die Partner hälftig.",
             note="parties in the previous sentence (11:10 entry); each partner brings €20m"),
        deal("tromlingen-moldefjord-option", ["Tromlingen Subsea", "Moldefjord Skipsverft"], "supply", 1_200_000_000,
             "NOK", "approx", "2025-04", "cancelled",
             "Weniger erfreulich für die Werft Moldefjord Skipsverft: Tromlingen lässt die im April 2025 vereinbarte Option auf ein drittes Kabelschiff verfallen, es ging um rund 1,2 Milliarden Kronen.",
             note="lapsed option on a third ship, dated to the option agreement; different from the firm two-ship order of 011"),
        deal("lefkaori-kydon-2026", ["Lefka Ori Partners", "Kydon Gateway"], "investment", 90_000_000, "EUR", "approx",
             "2026-05-20", "signed",
             "Angeführt wird sie erneut von Lefka Ori Partners, diesmal fließen knapp 90 Millionen Euro.",
             note="'sie' = Kydon Gateway's new round (previous sentence); 'knapp' -> approx; second round of the pair, different from 006"),
        deal("meta-waterworth", ["Meta"], "project", None, None, None, None, "announced",
             "Meta ist mit einer Netzplanerin vertreten, die sich zu Project Waterworth äußert: Das Vorhaben liege im Zeitplan, die ersten Segmente vor Brasilien würden 2027 verlegt.",
             kind_alt=["capex_plan"], required=False, note="progress remark without amount; optional"),
        deal("ermoupolis-cycladic", ["Ermoupolis Telecom", "Cycladic Backhaul"], "acquisition", 48_000_000, "EUR",
             "exact", "2024-05", "cancelled",
             "Klartext von Ermoupolis: Vorstandschef Nikos Leventakis-Orr bestätigt am Rande einer Podiumsdiskussion, dass die 48-Millionen-Euro-Übernahme von Cycladic Backhaul endgültig vom Tisch ist.",
             note="called off; keeps the date of the May 2024 agreement (002)"),
    ],
    "not_deals": ["400 Millionen Euro", "1.450 Euro", "8,90 Euro im Monat"],
}

A["020_asn_state_owner_fathomline_en.txt"] = {
    "published": "2026-11-24",
    "published_note": "from the header '24 November 2026'; 'Last month' -> 2026-10",
    "language": "en",
    "deals": [
        deal("france-asn-nokia", ["French State", "Nokia", "Alcatel Submarine Networks"], "acquisition", None, None,
             None, "2024", "completed",
             "When the French state bought 80% of Alcatel Submarine Networks from Nokia in 2024, the bet was that Paris would be a patient owner that would leave management to get on with it.",
             note="restatement of 003/007 without amount"),
        deal("france-asn-capital-2026", ["French State", "Alcatel Submarine Networks"], "investment", 100_000_000,
             "EUR", "exact", "2026-10", "completed",
             "Last month the state, acting through its shareholding agency APE, injected €100 million of fresh equity into ASN.",
             note="capital increase; different from the 2024 purchase of the same parties"),
        deal("asn-calais-capex", ["Alcatel Submarine Networks"], "capex_plan", 180_000_000, "EUR", "approx", "2026-10",
             "planned",
             "Alongside the capital increase, management set out plans to spend about €180 million by 2028 on a second armouring line, additional cable-storage tanks at Calais and an upgrade of its repeater test facilities.",
             term=[None, "2028"], note="announced with the capital increase (last month); only the spender is a party"),
    ],
    "not_deals": ["roughly $21 billion", "€1.3 billion", "$35,000 to $45,000 per kilometre", "$14 billion",
                  "€5.12"],
}

gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")
