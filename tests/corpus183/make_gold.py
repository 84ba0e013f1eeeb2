#!/usr/bin/env python3
"""Write gold.json for tests/corpus183 (the hand annotation as a script).

Usage: python3 tests/corpus183/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


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


HW = "Heidwerth Rechenzentren"
TKN = "thyssenkrupp nucera"
QS = "Quellstrom Wasserstoff"
TB = "Tarnbrook Fuel Cells"
WB = "Warrenby Compute"
QW = "Quillwater Energy Partners"
KH = "Kramerhof Capital"
AEP = "American Electric Power"
BE = "Bloom Energy"
SK = "Skarvøy Hydrogen"

ARTICLES = {}

ARTICLES["001_heidwerth_elektrolyse_emsvechtebote.txt"] = {
    "published": "2024-03-14",
    "published_note": "from the issue line 'Ems-Vechte-Bote · Nr. 63 · Donnerstag, 14. März 2024'; 'am Dienstag' -> 2024-03-12; 'im vergangenen Herbst' -> 2023",
    "language": "de",
    "deals": [
        deal("heidwerth-nucera-electrolyser-2024", [HW, TKN], "supply", 60000000, "EUR", "approx", "2024-03-12", "signed",
             "Knapp 60 Millionen Euro lässt sich das Unternehmen die Anlage kosten, die von Ende 2025 an aus Windstrom Wasserstoff für die Notstromversorgung der Serverhallen erzeugen soll.",
             alt=[(65000000, "USD")],
             note="parties and 'am Dienstag' in the previous sentence; 'das Unternehmen' = Heidwerth; 'Knapp' -> approx; 002 restates it in USD with the month only, 012 and 014 restate it; different from the second electrolyser order of 2025 (012)"),
        deal("heidwerth-twistmoor-campus", [HW], "capex_plan", 320000000, "EUR", "approx", "2024-03", "planned",
             "Insgesamt will das Unternehmen rund 320 Millionen Euro in den Standort Moorkamp stecken – zwei Serverhallen mit zusammen 36 Megawatt IT-Leistung, einen Wasserstoffspeicher und ein eigenes Umspannwerk.",
             kind_alt=["project"], note="site investment plan of the operator; only the spender is a party"),
        deal("emsauen-heidwerth-heat", ["Wärmeversorgung Emsauen", HW], "supply", 1400000, "EUR", "approx", "2024-03", "signed",
             "Den Liefervertrag haben beide Seiten bereits unterschrieben; im Gegenzug überweist der Versorger an Heidwerth jährlich rund 1,4 Millionen Euro, und zwar von der Heizperiode 2026 an für 15 Jahre.",
             per="year", term=["2026", "2041"],
             note="waste-heat sale, yearly rate; 'der Versorger' = Wärmeversorgung Emsauen GmbH (previous sentence); signing day not given -> month of the article"),
        deal("twistmoor-heidwerth-land", [HW, "Gemeinde Twistmoor"], "acquisition", None, None, None, "2023", "completed",
             "Das 14 Hektar große Grundstück hatte Heidwerth schon im vergangenen Herbst von der Gemeinde Twistmoor erworben, über den Kaufpreis schweigen Rat und Käuferin.",
             required=False, kind_alt=["other"], note="land purchase without a price; background"),
    ],
    "not_deals": ["38 Euro je Quadratmeter", "900.000 Euro im Jahr", "4,2 Millionen Euro", "7,50 Euro", "249 Euro", "2,3 Millionen Euro"],
}

ARTICLES["002_stackhouse_brief_april_en.txt"] = {
    "published": "2024-04-18",
    "published_note": "from the issue line 'Issue 19 | Thursday, 18 April 2024'; 'on Monday' -> 2024-04-15, 'announced Tuesday' -> 2024-04-16, 'last month' -> 2024-03",
    "language": "en",
    "deals": [
        deal("itm-warrenby-electrolyser", ["ITM Power", WB], "supply", 24000000, "GBP", "exact", "2024-04-15", "signed",
             "ITM Power has signed a £24 million contract to supply a 20-megawatt electrolyser to Warrenby Compute, which is building a 90 MW campus on former steelworks land near Redcar.",
             note="'on Monday' in the next sentence"),
        deal("plug-tascosa-backup", ["Plug Power", "Tascosa Flats Data Campus"], "supply", 17000000, "USD", "approx", "2024-04-16", "signed",
             "Under the agreement announced Tuesday, Tascosa Flats pays about $17 million a year from 2025 through 2031.",
             per="year", term=["2025", "2031"],
             note="supplier Plug Power in the previous sentence; yearly rate"),
        deal("heidwerth-nucera-electrolyser-2024", [HW, TKN], "supply", 65000000, "USD", "approx", "2024-03", "signed",
             "Heidwerth Rechenzentren, a mid-sized German colocation firm, placed an order worth roughly $65 million with thyssenkrupp nucera last month for a 40 MW electrolyser at its site in Twistmoor, Lower Saxony.",
             alt=[(60000000, "EUR")], note="same order as 001 (knapp €60m), here in USD and with the month only"),
    ],
    "not_deals": ["£16.5 million", "$1.6 billion", "$1,400", "$38 billion", "$495", "$29 a month"],
}

ARTICLES["003_sunfire_kramerhof_h2depesche.txt"] = {
    "published": "2024-05-14",
    "published_note": "dateline without year 'Dresden, 14. Mai (hd)'; year from the copyright line '© 2024 H2-Depesche Fachverlag'; 'vergangene Woche' -> 2024-05",
    "language": "de",
    "deals": [
        deal("kramerhof-sunfire-round-2024", [KH, "Sunfire"], "investment", 135000000, "EUR", "exact", "2024-05", "completed",
             "Angeführt wurde sie vom Münchner Wachstumsinvestor Kramerhof Capital; insgesamt flossen vergangene Woche 135 Millionen Euro frisches Eigenkapital in das Unternehmen.",
             note="'sie' = the financing round of Sunfire (previous sentence); lead investor listed; announced in February, closed 'drei Monate später als zunächst geplant'"),
        deal("lesmona-sunfire-credit", ["Lesmona Bank", "Sunfire"], "other", 40000000, "EUR", "exact", "2024-05", "signed",
             "Zusätzlich hat sich Sunfire eine Kreditlinie über 40 Millionen Euro bei der Bremer Lesmona Bank gesichert, die vor allem die Vorfinanzierung großer Aufträge erleichtern soll.",
             kind_alt=["investment"], note="credit line; date not given -> month of the article"),
        deal("sunfire-quellstrom-talks", ["Sunfire", QS], "supply", 70000000, "EUR", "range", "2024-05", "negotiating",
             "Branchenkreise beziffern das Volumen auf zwischen 70 und 80 Millionen Euro; eine Entscheidung solle bis zum Sommer fallen.",
             amount_max=80000000, note="parties in the previous sentence ('verhandelt Sunfire mit der Quellstrom Wasserstoff GmbH'); value from industry circles"),
    ],
    "not_deals": ["knapp unter einer Milliarde Euro", "mehr als 500 Millionen Euro", "bis zu 167 Millionen Euro", "25 Euro je kWh/h/a", "79 Euro netto", "390 Euro"],
}

ARTICLES["004_tarnbrook_warrenby_teesmouth_en.html"] = {
    "published": "2024-07-09",
    "published_note": "from <meta property=article:published_time>, JSON-LD datePublished and the byline '<time>9 July 2024, 6:00am'; 'on Monday' -> 2024-07-08; 'in March' -> 2024-03",
    "language": "en",
    "deals": [
        deal("tarnbrook-warrenby-backup-2024", [TB, WB], "supply", 85000000, "GBP", "exact", "2024-07-08", "signed",
             "Tarnbrook Fuel Cells, the Stockton-on-Tees maker of hydrogen power units, said on Monday it had won an £85 million contract to supply backup power to Warrenby Compute's data centre campus at Redcar.",
             term=[None, "2030"], alt=[(100000000, "EUR")],
             note="runs until the end of 2030 including maintenance; 005 restates it in EUR (month only), 018 without amount; different from the 2026 monthly service contract (020)"),
        deal("quillwater-tarnbrook-seriesb", [QW, TB], "investment", 40000000, "GBP", "exact", "2024-03", "completed",
             "The company raised £40m in March through a Series B, with Quillwater Energy Partners, a Houston infrastructure investor, as lead; Quillwater now has a seat on its board.",
             note="'The company' = Tarnbrook; lead investor listed; different from Quillwater's 2026 takeover (018, 020)"),
    ],
    "not_deals": ["£6.5 million", "£11.8m", "£34,000", "£3,995", "£2m", "£1 for your first month"],
}

ARTICLES["005_zellfluss_equinix_energiefracht.txt"] = {
    "published": "2024-09-12",
    "published_note": "from the issue line 'Ausgabe 37/2024 · 12. September 2024'; 'am Dienstag' -> 2024-09-10; 'Im Juli' -> 2024-07",
    "language": "de",
    "deals": [
        deal("zellfluss-equinix-backup", ["Zellfluss", "Equinix"], "supply", 14500000, "EUR", "exact", "2024-09-10", "signed",
             "Den Auftragswert von 14,5 Millionen Euro bestätigte das Unternehmen am Dienstag.",
             note="parties in the previous sentence (Zellfluss delivers 24 modules to Equinix); 'das Unternehmen' = Zellfluss"),
        deal("kramerhof-zellfluss-rumour-2024", [KH, "Zellfluss"], "investment", 50000000, "EUR", "approx", "2024-09", "rumored",
             "Gerüchte über einen Einstieg von Kramerhof Capital bei Zellfluss, angeblich für rund 50 Millionen Euro, wies Osterkamp dagegen zurück.",
             required=False, kind_alt=["acquisition"],
             note="rumour denied by Zellfluss; different from the 2025 sale talks of the same pair (015)"),
        deal("tarnbrook-warrenby-backup-2024", [TB, WB], "supply", 100000000, "EUR", "approx", "2024-07", "signed",
             "Im Juli hatte der britische Brennstoffzellenhersteller Tarnbrook Fuel Cells von Warrenby Compute einen Auftrag über rund 100 Millionen Euro für 48 Generatoren an einem Standort bei Redcar erhalten.",
             note="same order as 004 (£85m), here in EUR with the month only"),
    ],
    "not_deals": ["6,1 Millionen Euro", "7,80 Euro", "18,9 Milliarden Euro", "17,50 Euro", "610 Euro"],
}

ARTICLES["006_aep_bloom_gunwale_en.txt"] = {
    "published": "2024-11-15",
    "published_note": "from the header 'November 15, 2024 · 05:40 ET'; dateline 'COLUMBUS, Ohio, Nov 14'; 'on Thursday' -> 2024-11-14; 'Last week' -> 2024-11",
    "language": "en",
    "deals": [
        deal("aep-bloom-fuelcells-2024", [AEP, BE], "supply", 1900000000, "USD", "approx", "2024-11-14", "signed",
             "The order is worth about $1.9 billion, two individuals who have reviewed the terms told Gunwale on condition of anonymity, since the price has not been disclosed.",
             alt=[(1750000000, "EUR")],
             note="parties and 'on Thursday' in the previous sentence (up to 1 GW of fuel cells); value from two anonymous sources; 007 restates it in EUR (month only), 016 without amount; different from the 2026 Wyoming order (016)"),
        deal("aep-capex-2025-2029", [AEP], "capex_plan", 51000000000, "USD", "exact", "2024-11", "planned",
             "Last week it lifted its five-year capital plan to $51 billion, with most of the money earmarked for transmission and distribution.",
             required=False, note="group-wide five-year capital plan; 'it' = AEP"),
    ],
    "not_deals": ["$21.87", "$1.33 billion", "$3,500 per kilowatt", "$14 billion"],
}

ARTICLES["007_bloom_plug_aktienkombuese.txt"] = {
    "published": "2024-11-18",
    "published_note": "from the stock-portal stamp '18.11.2024 | 08:31'; 'vergangene Woche' -> 2024-11; 'am Freitag' -> 2024-11-15",
    "language": "de",
    "deals": [
        deal("aep-bloom-fuelcells-2024", [AEP, BE], "supply", 1750000000, "EUR", "approx", "2024-11", "signed",
             "Insider taxieren das Volumen auf rund 1,75 Milliarden Euro.",
             note="parties in the previous sentence (AEP 'hatte vergangene Woche angekündigt, Bloom-Brennstoffzellen ... abzunehmen'); same order as 006, here in EUR with the month only"),
        deal("gresham-plug-shares", ["Gresham Vale Capital", "Plug Power"], "investment", 200000000, "USD", "exact", "2024-11-15", "completed",
             "Der Konzern aus Latham im Bundesstaat New York hat am Freitag ein Aktienpaket über 200 Millionen Dollar bei dem Finanzinvestor Gresham Vale Capital platziert.",
             note="'Der Konzern' = Plug Power (previous sentence); share placement with one investor"),
    ],
    "not_deals": ["23,10 Euro", "30 Dollar", "5,4 Milliarden Dollar", "2,02 Dollar", "1,1 Milliarden Dollar", "2,14 Euro", "500 Euro", "75 Euro"],
}

ARTICLES["008_nel_skarvoy_bryggen_en.txt"] = {
    "published": "2025-02-06",
    "published_note": "from the dateline 'BERGEN, 6 February 2025'; 'on Wednesday' -> 2025-02-05",
    "language": "en",
    "deals": [
        deal("nel-skarvoy-electrolysers-2025", ["Nel", SK], "supply", 1100000000, "NOK", "exact", "2025-02-05", "signed",
             "Nel has won an order worth NOK 1.1 billion, or about €94 million, for 200 megawatts of pressurised alkaline electrolysers from Skarvøy Hydrogen, the Oslo-listed company announced on Wednesday.",
             alt=[(94000000, "EUR")], note="different from Skarvøy's follow-on order of December 2025 (015)"),
        deal("skarvoy-greenmountain-offtake", [SK, "Green Mountain"], "supply", 60000000, "NOK", "approx", "2025-02", "planned",
             "Skarvøy has signed a letter of intent with data-centre operator Green Mountain, which would buy hydrogen for fuel-cell backup at its Rennesøy site for around NOK 60 million a year over ten years.",
             per="year", note="letter of intent, binding contract expected later -> planned; yearly rate over ten years"),
    ],
    "not_deals": ["NOK 280 million", "two-billion-krone investment", "NOK 2.85", "NOK 1.4 billion", "NOK 1.6 billion", "NOK 95 per kilogram", "NOK 149 a month"],
}

ARTICLES["009_electrolysis_column_quaysidenotes_en.txt"] = {
    "published": "2025-04-09",
    "published_note": "from the line 'Guest column | Wednesday 9 April 2025'; 'At the end of March' -> 2025-03",
    "language": "en",
    "deals": [
        deal("siemens-quellstrom-electrolysers", ["Siemens Energy", QS], "supply", 90000000, "EUR", "range", "2025-03", "signed",
             "The group gave no price; we estimate the order at between €90m and €110m.",
             amount_max=110000000,
             note="value only as the analyst's estimate; parties in the previous sentence ('Siemens Energy won the contract for 120 megawatts of electrolysis at Quellstrom Wasserstoff'); 'The group' = Siemens Energy"),
        deal("siemens-energy-berlin-stacks", ["Siemens Energy"], "capex_plan", 300000000, "EUR", "approx", None, "planned",
             "Siemens Energy plans to spend around €300m on its Berlin stack factory by 2027, even though the group now expects only €1.9bn of electrolysis orders in the current financial year.",
             required=False, term=[None, "2027"], note="group capex plan mentioned in a commentary; no announcement date"),
    ],
    "not_deals": ["€1.9bn", "€6-8 per kilogram", "almost €1bn", "$40bn a year", "€62", "roughly €1.2bn", "£8 a month"],
}

ARTICLES["010_doosan_hwagae_namsan_en.txt"] = {
    "published": "2025-06-17",
    "published_note": "from the portal stamp 'Posted : 2025-06-17 16:05 | Updated : 2025-06-18 09:12'; 'said Monday' -> 2025-06-16; 'last month' -> 2025-05",
    "language": "en",
    "deals": [
        deal("doosan-hwagae-fuelcells", ["Doosan Fuel Cell", "Hwagae Digital"], "supply", 142000000000, "KRW", "exact", "2025-06-16", "signed",
             "Doosan Fuel Cell said Monday it had signed a 142 billion won ($104 million) contract to supply 40 megawatts of phosphoric acid fuel cells to Hwagae Digital, a data center operator building a campus in Gwangyang, South Jeolla Province.",
             alt=[(104000000, "USD")]),
        deal("daebong-hwagae-investment", ["Daebong Investment", "Hwagae Digital"], "investment", 50000000000, "KRW", "exact", "2025-05", "completed",
             "Hwagae itself raised 50 billion won last month from Daebong Investment, a Busan-based private equity firm, to help pay for the first building."),
        deal("skecoplant-hwagae-talks", ["Hwagae Digital", "SK ecoplant"], "supply", 100000000000, "KRW", "approx", "2025", "cancelled",
             "The company had earlier been in talks with SK ecoplant over solid oxide fuel cells worth around 100 billion won, but those talks collapsed in March over delivery times, according to an industry official with knowledge of the matter.",
             note="failed talks; 'The company' = Hwagae Digital; the talks collapsed in March 2025, their start is not given -> year"),
    ],
    "not_deals": ["1.3 trillion won", "12 billion won", "383 billion won", "23,450 won"],
}

ARTICLES["011_heidwerth_quellstrom_spreelandecho.html"] = {
    "published": "2025-07-23",
    "published_note": "from <meta name=date>, JSON-LD datePublished and '<time>23.07.2025, 10:40 Uhr'; 'am Dienstag' -> 2025-07-22",
    "language": "de",
    "deals": [
        deal("heidwerth-quellstrom-offtake", [HW, QS], "supply", 9000000, "EUR", "up_to", "2025-07-22", "signed",
             "Heidwerth zahlt dafür jährlich bis zu neun Millionen Euro, zehn Jahre lang, je nachdem, wie viel Gas die Brennstoffzellen des neuen Rechenzentrums tatsächlich verbrauchen.",
             per="year", term=["2027", "2036"],
             note="hydrogen offtake, yearly cap; supplier Quellstrom in the previous sentence; signed 'am Dienstag' (teaser)"),
        deal("heidwerth-lausitz-campus", [HW], "capex_plan", 480000000, "EUR", "approx", "2025-07", "planned",
             "Das Emsländer Unternehmen will in Schwarze Pumpe rund 480 Millionen Euro investieren.",
             kind_alt=["project"], note="'Das Emsländer Unternehmen' = Heidwerth; second site after Twistmoor (001)"),
        deal("airliquide-quellstrom-denied", ["Air Liquide", QS], "investment", 120000000, "EUR", "approx", "2025-07", "rumored",
             "Berichte über einen Einstieg des französischen Gasekonzerns Air Liquide bei Quellstrom für rund 120 Millionen Euro dementierte ein Sprecher am Mittwoch",
             required=False, kind_alt=["acquisition"], note="rumour denied by a Quellstrom spokesman"),
    ],
    "not_deals": ["23 Millionen Euro", "rund 22 Euro", "7,99 € im Monat", "219 € im Monat", "3,99 €"],
}

ARTICLES["012_energie_liveticker_lastgang.txt"] = {
    "published": "2025-09-22",
    "published_note": "from the ticker head 'Montag, 22. September 2025'; 'heute Vormittag' -> 2025-09-22",
    "language": "de",
    "deals": [
        deal("brookfield-bloom-financing", ["Brookfield", BE], "investment", 4000000000, "USD", "approx", "2025", "rumored",
             "Der kanadische Vermögensverwalter Brookfield verhandelt Insidern zufolge mit Bloom Energy über ein Finanzierungsprogramm von rund vier Milliarden Dollar für Brennstoffzellen-Kraftwerke an KI-Rechenzentren.",
             alt=[(4500000000, "USD")], kind_alt=["partnership", "other"],
             note="rumour from insiders, amount in words; 013 reports the signing 'up to $4.5 billion' on 2025-10-13 (alt_amounts); the year keeps the shared id's dates consistent"),
        deal("heidwerth-nucera-electrolyser-2025", [HW, TKN], "supply", 45000000, "EUR", "approx", "2025-09-22", "signed",
             "Der Auftrag umfasst knapp 45 Millionen Euro, bestätigte ein Sprecher des Dortmunder Unternehmens.",
             note="parties and 'heute Vormittag' in the previous sentence; second electrolyser for the Lausitz site, must stay apart from the 2024 order restated two sentences later"),
        deal("heidwerth-nucera-electrolyser-2024", [HW, TKN], "supply", 60000000, "EUR", "approx", "2024-03", "signed",
             "Den ersten Elektrolyseur hatte der Rechenzentrumsbetreiber im März 2024 für knapp 60 Millionen Euro geordert; er soll Anfang 2026 in Twistmoor in Betrieb gehen.",
             note="restatement of the 2024 order (001); 'der Rechenzentrumsbetreiber' = Heidwerth, supplier nucera from the previous sentences"),
    ],
    "not_deals": ["81,40 Dollar", "31,40 Euro je Megawattstunde", "8.990 Euro", "1,6 Milliarden Euro", "1,1 bis 1,3 Milliarden Kronen", "2,06 Kronen", "210 Millionen Euro", "4,50 Euro im Monat"],
}

ARTICLES["013_brookfield_bloom_baseload_en.txt"] = {
    "published": "2025-10-14",
    "published_note": "from the byline stamp 'Oct 14, 2025 9:20 AM EDT'; 'on Monday' -> 2025-10-13; 'in July' -> 2025-07",
    "language": "en",
    "deals": [
        deal("brookfield-bloom-financing", ["Brookfield", BE], "investment", 4500000000, "USD", "up_to", "2025-10-13", "signed",
             "Brookfield Asset Management will invest up to $4.5 billion so that Bloom Energy's fuel cells can be installed at artificial-intelligence data centers, the pair said in a joint release on Monday — by the companies' own description the biggest financing package so far for power generated on server campuses.",
             kind_alt=["partnership", "other"],
             note="signing of the rumour in 012; the rumoured 'roughly $4 billion' is repeated later in the article and is neither a deal of its own nor a not_deal"),
        deal("oracle-bloom-2025", ["Oracle", BE], "supply", None, None, None, "2025-07", "signed",
             "Bloom already supplies Oracle, which in July agreed to put the company's fuel cells at some of its cloud data centers in the United States.",
             required=False, note="background, value never disclosed; different from Oracle's 2026 order of more than $700m (019)"),
    ],
    "not_deals": ["$93.40", "$21 billion", "$401 million", "$110", "$1 trillion", "$3,000–$4,000 a kilowatt", "$199", "$34/month"],
}

ARTICLES["014_heidwerth_interview_rackluft.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesedauer: 6 Minuten'); 'im Frühjahr' without a year -> null",
    "language": "de",
    "deals": [
        deal("heidwerth-nucera-electrolyser-2024", [HW, TKN], "supply", 60000000, "EUR", "approx", "2024", "signed",
             "Den ersten Elektrolyseur haben wir 2024 bei thyssenkrupp nucera für knapp 60 Millionen Euro bestellt.",
             note="'wir' = Heidwerth; restatement of the order of 001 with the year only"),
        deal("amazon-heidwerth-lease", ["Amazon", HW], "other", 2000000, "EUR", "approx", None, "signed",
             "Sie zahlt uns rund zwei Millionen Euro im Monat, über zehn Jahre.",
             per="month", kind_alt=["cloud_contract"],
             note="lease of a data-centre hall; 'Sie' = 'Die Amazon-Tochter AWS' (previous sentence), 'uns' = Heidwerth; undated interview"),
        deal("kramerhof-heidwerth-offer", [KH, HW], "acquisition", 400000000, "EUR", "exact", None, "cancelled",
             "Im Frühjahr hat uns Kramerhof Capital 400 Millionen Euro für die Mehrheit geboten.",
             note="offer for a majority refused ('Wir haben abgelehnt'); 'uns' = Heidwerth; 'im Frühjahr' without a year"),
    ],
    "not_deals": ["rund 1,4 Millionen Euro", "knapp sieben Euro", "90.000 Euro im Jahr", "Heftpreis 12 Euro", "98 Euro"],
}

ARTICLES["015_h2_wochenrueckblick_stapelweise.txt"] = {
    "published": "2025-12-05",
    "published_note": "from the issue line 'KW 49 · Freitag, 5. Dezember 2025'; 'am Montag' -> 2025-12-01, 'Am Mittwoch' -> 2025-12-03; talks 'seit dem Sommer' -> 2025",
    "language": "de",
    "deals": [
        deal("rwe-itm-electrolyser", ["RWE", "ITM Power"], "supply", 28000000, "GBP", "approx", "2025-12-01", "signed",
             "Der Vertrag über rund 28 Millionen Pfund (etwa 32 Millionen Euro) umfasst eine Anlage mit 25 Megawatt für den Standort Lingen, an dem RWE bereits einen Elektrolyseur betreibt.",
             alt=[(32000000, "EUR")], note="buyer 'RWEs Erzeugungstochter' and 'am Montag' in the previous sentence"),
        deal("nel-skarvoy-electrolysers-2025b", ["Nel", SK], "supply", 420000000, "NOK", "exact", "2025-12-03", "signed",
             "Am Mittwoch bestellte das Unternehmen weitere 80 Megawatt Druck-Alkali-Elektrolyse für 420 Millionen Kronen.",
             note="follow-on order; 'das Unternehmen' = 'Nels norwegischer Kunde Skarvøy Hydrogen' (previous sentence); must stay apart from the NOK 1.1bn order of February 2025 (008)"),
        deal("kramerhof-zellfluss-sale", [KH, "Zellfluss"], "acquisition", 60000000, "EUR", "approx", "2025", "cancelled",
             "Über rund 60 Millionen Euro hatten beide Seiten seit dem Sommer verhandelt; am Donnerstag erklärte der Münchner Investor die Gespräche für beendet.",
             note="failed sale talks (summer 2025 -> year); parties in the previous sentence; different from the denied 2024 rumour (005)"),
    ],
    "not_deals": ["2,31 Kronen", "992 Millionen Euro", "zwischen 0,20 und 0,60 Euro je Kilogramm", "45 Euro", "14,90 Euro im Monat", "9,90 Euro"],
}

ARTICLES["016_aep_bloom_wyoming_crowcreek_en.txt"] = {
    "published": "2026-01-16",
    "published_note": "from the line 'Friday, January 16, 2026 | Business'; 'on Wednesday' -> 2026-01-14; 'last month' -> 2025-12",
    "language": "en",
    "deals": [
        deal("aep-bloom-wyoming-2026", [AEP, BE], "supply", 2400000000, "USD", "approx", "2026-01-14", "announced",
             "American Electric Power will pay Bloom Energy about $2.4 billion for fuel cells to power a data center campus east of Cheyenne, the Ohio-based utility said on Wednesday, making it one of the largest private investments ever announced in Laramie County.",
             note="announced framework, definitive contracts 'to follow by April' -> announced; second AEP-Bloom deal, must stay apart from the 2024 Ohio order restated two paragraphs later"),
        deal("aep-bloom-fuelcells-2024", [AEP, BE], "supply", None, None, None, "2024-11", "signed",
             "It is the second big fuel-cell deal between the two companies after AEP agreed in November 2024 to purchase as much as one gigawatt of Bloom units for Ohio sites.",
             required=False, note="amount-less restatement of 006"),
        deal("aep-prairiebluff-power", [AEP, "Prairie Bluff Digital"], "supply", 240000000, "USD", "approx", "2026-01", "signed",
             "AEP will sell the campus's power to the developer, Prairie Bluff Digital, under a 20-year contract worth roughly $240 million a year, according to a filing with the Wyoming Public Service Commission.",
             per="year", note="20-year power contract, yearly rate; signing date not given -> month of the article"),
        deal("laramie-prairiebluff-land", ["Prairie Bluff Digital", "Laramie County"], "acquisition", 18500000, "USD", "exact", "2025-12", "completed",
             "Prairie Bluff, a Denver company formed in 2024, bought the 1,100-acre site from Laramie County last month for $18.5 million.",
             kind_alt=["other"]),
    ],
    "not_deals": ["$11 million a year", "$142 million", "$78,000", "7.9 cents per kilowatt-hour", "$8.99 a month"],
}

ARTICLES["017_ballard_stavelake_salish_en.html"] = {
    "published": "2026-03-11",
    "published_note": "from <meta name=parsely-pub-date>, JSON-LD datePublished and the byline 'Mar 11, 2026'; 'said Tuesday' -> 2026-03-10; 'in the spring of 2024' -> 2024",
    "language": "en",
    "deals": [
        deal("ballard-stavelake-2026", ["Ballard Power Systems", "Stave Lake Compute"], "supply", 65000000, "CAD", "exact", "2026-03-10", "signed",
             "Ballard Power Systems has landed a C$65-million order from Stave Lake Compute for hydrogen fuel-cell modules that will back up the power supply of a new data centre in Mission, the companies said Tuesday.",
             alt=[(47000000, "USD")], note="USD conversion in the next sentence; must stay apart from the 2024 pilot contract of the same pair"),
        deal("ballard-stavelake-pilot-2024", ["Ballard Power Systems", "Stave Lake Compute"], "supply", 9000000, "CAD", "exact", "2024", "signed",
             "The order follows a C$9-million pilot contract the two signed in the spring of 2024 for the first building, which has run on fuel-cell backup since last year.",
             note="'the two' = Ballard and Stave Lake; spring -> year"),
        deal("airliquide-stavelake-hydrogen", ["Air Liquide", "Stave Lake Compute"], "supply", 14000000, "CAD", "approx", "2026-03", "signed",
             "Air Liquide will truck the fuel to Mission from its Alberta operations under a five-year deal worth about C$14 million a year, Stave Lake said, although it hopes to switch to locally produced hydrogen once a planned electrolysis plant in the Fraser Valley is built.",
             per="year", note="five-year hydrogen supply, yearly rate; date not given -> month of the article"),
    ],
    "not_deals": ["US$69.7 million", "C$2.31", "C$7.5 million", "11 cents per kilowatt-hour", "$5,000", "$6 a month"],
}

ARTICLES["018_quillwater_tarnbrook_tynequarter_en.txt"] = {
    "published": "2026-05-12",
    "published_note": "from the line 'Tuesday 12 May 2026'; 'signed in February' -> 2026-02",
    "language": "en",
    "deals": [
        deal("quillwater-tarnbrook-takeover", [QW, TB], "acquisition", 300000000, "GBP", "approx", "2026", "rumored",
             "Quillwater Energy Partners is preparing an offer of about £300 million for the rest of Tarnbrook Fuel Cells, three people who know of the plans said.",
             alt=[(318000000, "GBP"), (365000000, "EUR")],
             note="rumour from three sources; 020 reports the signing at £318m / €365m on 2026-10-14 (alt_amounts); the year keeps the shared id's dates consistent; different from the 2024 Series B restated in the next paragraph"),
        deal("quillwater-tarnbrook-seriesb", [QW, TB], "investment", 40000000, "GBP", "exact", "2024", "completed",
             "The Houston firm already owns about a third of the Stockton company, having led its £40 million Series B in 2024.",
             note="'The Houston firm' = Quillwater, 'the Stockton company' = Tarnbrook; restatement of 004"),
        deal("microsoft-tarnbrook-backup", ["Microsoft", TB], "supply", 52000000, "GBP", "exact", "2026-02", "signed",
             "Its order book includes a £52 million contract with Microsoft, signed in February, for hydrogen backup at a data centre in west London – the first time the software company has chosen fuel cells instead of diesel at a UK site.",
             note="'Its' = Tarnbrook (previous sentence)"),
        deal("tarnbrook-warrenby-backup-2024", [TB, WB], "supply", None, None, None, None, "signed",
             "Earlier orders from Warrenby Compute in Redcar gave the firm its start in the data-centre market.",
             required=False, note="vague amount-less reference to the 2024 order (004)"),
    ],
    "not_deals": ["£31.4 million", "£9.2 million", "£3 million", "£2 billion", "£23,500", "£299"],
}

ARTICLES["019_wasserstoffwerte_marktbericht_kursabendblatt.txt"] = {
    "published": "2026-07-15",
    "published_note": "from the line 'Schlusskurse vom 15.07.2026 · Erstellt 18:05 Uhr'; 'am Dienstagabend' / 'am Dienstag' -> 2026-07-14",
    "language": "de",
    "deals": [
        deal("nucera-rawdat-electrolysers", [TKN, "Rawdat Digital"], "supply", 1100000000, "SAR", "approx", "2026-07-14", "signed",
             "Das Dortmunder Unternehmen hatte am Dienstagabend einen Auftrag der saudischen Rawdat Digital über rund 1,1 Milliarden Riyal (etwa 250 Millionen Euro) gemeldet.",
             alt=[(250000000, "EUR")], note="'Das Dortmunder Unternehmen' = thyssenkrupp nucera (previous sentence); the compound '250-Millionen-Euro-Auftrag' in the next paragraph repeats the same order"),
        deal("oracle-bloom-2026", ["Oracle", BE], "supply", 700000000, "USD", "at_least", "2026-07-14", "signed",
             "Der Brennstoffzellenspezialist meldete nach Handelsschluss am Dienstag einen Auftrag von Oracle über mehr als 700 Millionen Dollar für mehrere Rechenzentren in Texas und Utah.",
             note="'Der Brennstoffzellenspezialist' = Bloom Energy; different from the amount-less 2025 agreement (013)"),
    ],
    "not_deals": ["12,84 Euro", "15 Euro", "850 bis 950 Millionen Euro", "118,50 Dollar", "101,20 Euro", "bis zu zwei Milliarden Euro", "104,35 Euro", "1,87 Euro", "0,27 Euro", "61 Pence"],
}

ARTICLES["020_tarnbrook_uebernahme_industriekurier.txt"] = {
    "published": "2026-10-16",
    "published_note": "from the issue line 'Nr. 42 · Freitag, 16. Oktober 2026 · 3,90 Euro'; 'am Mittwoch' -> 2026-10-14; 'Im Juli' -> 2026-07, 'Drei Monate später' = the takeover; 'Anfang Oktober' -> 2026-10",
    "language": "de",
    "deals": [
        deal("quillwater-tarnbrook-takeover", [QW, TB], "acquisition", 318000000, "GBP", "exact", "2026-10-14", "signed",
             "Für 318 Millionen Pfund, umgerechnet rund 365 Millionen Euro, übernimmt der US-Infrastrukturinvestor Quillwater Energy Partners die restlichen Anteile an Tarnbrook Fuel Cells.",
             alt=[(365000000, "EUR")], note="signing of the rumour in 018 ('am Mittwoch' in the next sentence); approval pending -> signed"),
        deal("tarnbrook-warrenby-service-2026", [TB, WB], "supply", 1100000, "GBP", "exact", "2026-07", "signed",
             "Im Juli hatte Warrenby Compute, der erste große Kunde des Unternehmens, einen Betriebs- und Wartungsvertrag über monatlich 1,1 Millionen Pfund unterschrieben, der die Anlagen auf dem Campus bei Redcar bis 2034 abdeckt.",
             per="month", term=["2026-07", "2034"], kind_alt=["other"],
             note="'des Unternehmens' = Tarnbrook; monthly service contract, must stay apart from the 2024 backup order (004, 005)"),
        deal("elbhang-zellfluss-round", ["Elbhang Ventures", "Zellfluss"], "investment", 28000000, "EUR", "exact", "2026-10", "completed",
             "Der Brennstoffzellenhersteller Zellfluss, der lange selbst als Übernahmekandidat galt, hat sich Anfang Oktober eine Finanzierung über 28 Millionen Euro gesichert.",
             note="lead investor Elbhang Ventures in the next sentence"),
        deal("quillwater-europe-capex", [QW], "capex_plan", 1500000000, "USD", "exact", "2026-10", "planned",
             "Der Investor will bis Ende 2028 weitere 1,5 Milliarden Dollar in Wasserstoff- und Brennstoffzellenfirmen in Europa stecken",
             required=False, term=[None, "2028"], kind_alt=["investment"],
             note="investment programme of the fund without a counterparty; 'Der Investor' = Quillwater"),
    ],
    "not_deals": ["41 Millionen Pfund", "rund 19 Millionen Euro", "3,6 Millionen Euro", "rund 2,5 Milliarden Euro jährlich", "250 Millionen Euro", "35 Euro", "16,50 Euro monatlich", "11,90 Euro", "3,90 Euro"],
}

ALIASES = {
    HW: ["Heidwerth Rechenzentren GmbH", "Heidwerth"],
    TKN: ["thyssenkrupp nucera AG & Co. KGaA", "nucera"],
    "Wärmeversorgung Emsauen": ["Wärmeversorgung Emsauen GmbH", "Emsauen"],
    "Gemeinde Twistmoor": ["Twistmoor"],
    "ITM Power": ["ITM Power plc", "ITM"],
    WB: ["Warrenby"],
    "Plug Power": ["Plug Power Inc.", "Plug"],
    "Tascosa Flats Data Campus": ["Tascosa Flats"],
    "Sunfire": ["Sunfire GmbH"],
    KH: ["Kramerhof"],
    "Lesmona Bank": ["Bremer Lesmona Bank", "Lesmona"],
    QS: ["Quellstrom Wasserstoff GmbH", "Quellstrom"],
    TB: ["Tarnbrook Fuel Cells Ltd", "Tarnbrook"],
    QW: ["Quillwater"],
    "Zellfluss": ["Zellfluss GmbH"],
    "Equinix": ["Equinix Inc."],
    AEP: ["AEP", "American Electric Power Company"],
    BE: ["Bloom", "Bloom Energy Corp."],
    "Gresham Vale Capital": ["Gresham Vale"],
    "Nel": ["Nel ASA", "Nels"],
    SK: ["Skarvøy", "Skarvoy Hydrogen"],
    "Green Mountain": ["Green Mountain AS"],
    "Siemens Energy": ["Siemens Energy AG"],
    "Doosan Fuel Cell": ["Doosan Fuel Cell Co."],
    "Hwagae Digital": ["Hwagae"],
    "Daebong Investment": ["Daebong"],
    "SK ecoplant": ["SK Ecoplant"],
    "Air Liquide": ["Air Liquide SA", "Air Liquide Canada"],
    "Brookfield": ["Brookfield Asset Management"],
    "Oracle": ["Oracle Corp."],
    "Amazon": ["AWS", "Amazon Web Services", "Amazon-Tochter AWS"],
    "RWE": ["RWE AG", "RWEs"],
    "Prairie Bluff Digital": ["Prairie Bluff"],
    "Laramie County": ["Laramie County, Wyoming"],
    "Ballard Power Systems": ["Ballard", "Ballard Power"],
    "Stave Lake Compute": ["Stave Lake"],
    "Microsoft": ["Microsoft Corp."],
    "Rawdat Digital": ["Rawdat"],
    "Elbhang Ventures": ["Elbhang"],
}

ABOUT = (
    "Hand-annotated deals in the 183rd, held-out test corpus (tests/corpus183/articles/), written for the tests and "
    "independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. Theme: hydrogen, electrolysers and fuel cells for data centres. One entry per article; a deal "
    "that several articles report carries the same id in each. 'required': false marks vague or background mentions that "
    "an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of "
    "them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount "
    "as another article (or the same article) states it in another currency or at another precision. 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <time datetime>, issue line or visible byline date, or "
    "null when the article has none); quarters, half-years and seasons become the year; a cancelled deal keeps the date of "
    "the original agreement or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). Invented companies: Heidwerth Rechenzentren GmbH, Wärmeversorgung "
    "Emsauen GmbH, Gemeinde Twistmoor, Warrenby Compute, Tascosa Flats Data Campus, Kramerhof Capital, Lesmona Bank, "
    "Quellstrom Wasserstoff GmbH, Tarnbrook Fuel Cells Ltd, Quillwater Energy Partners, Zellfluss, Gresham Vale Capital, "
    "Skarvøy Hydrogen, Hwagae Digital, Daebong Investment, Prairie Bluff Digital, Stave Lake Compute, Rawdat Digital, "
    "Elbhang Ventures; invented publications, research houses, advertisers and people are listed in invented_names.txt; "
    "the deals of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
