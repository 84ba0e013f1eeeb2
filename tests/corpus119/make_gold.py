#!/usr/bin/env python3
"""Write gold.json for tests/corpus119 (the hand annotation as a script).

Usage: python3 tests/corpus119/make_gold.py
Edit the annotation here, run the script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 119th held-out test corpus (tests/corpus119/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: defence and public-sector AI money (defence-AI start-ups and "
    "contractors winning ministry and agency contracts, their funding rounds and acquisitions, "
    "sovereign military clouds and data centres, drones and sensors; Germany, the UK, the Nordics "
    "and the US, 2024-2026). One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague or background mentions (amount-less background, "
    "denied rumours, options) that an extractor may report or not without penalty. 'not_deals' lists "
    "money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in "
    "full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | "
    "range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date "
    "marker, dateline, <meta>/<time>, issue line or copyright line, or null when the article has "
    "none); a rumour that later turns into a signed deal carries only the year; a cancelled deal "
    "keeps the date of the original agreement; 'term' is the period the deal covers, where the text "
    "gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Invented companies, funds, banks and a council: Ampertal Verbundtechnik, Harrowgate Autonomy, "
    "Sennfeld Dynamics, Ödeborg Systems, Brückenfeld Rechenzentren, Kestrelwerk Sensorik, "
    "Kaltenbrunn Ventures, Fjellvakt Maritime, Lysaker Kapital, Skjoldhavn Datacenter, Ravnsborg "
    "Pension, Tallowcreek, Vallenstedt Optronik, Corvane Labs, Gannet Robotics, Merrowfield Capital, "
    "Bankhaus Lohmeyer, Wexbridge Borough Council; invented publications, research houses, "
    "advertisers and people are listed in invented_names.txt; the deals of real companies are loosely "
    "based on public reports with amounts, dates and details shifted or invented. Nothing here is "
    "reporting."
)

ALIASES = {
    "Quantum Systems": ["Quantum Systems", "Quantum Systems GmbH", "Quantum"],
    "Bundeswehr": ["Bundeswehr", "BAAINBw", "Beschaffungsamt der Bundeswehr",
                   "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr"],
    "Ampertal Verbundtechnik": ["Ampertal Verbundtechnik GmbH", "Ampertal Verbundtechnik", "Ampertal"],
    "Gemeinde Gilching": ["Gemeinde Gilching", "Gilching"],
    "Helsing": ["Helsing", "Helsing GmbH"],
    "General Catalyst": ["General Catalyst"],
    "Anduril": ["Anduril", "Anduril Industries"],
    "Founders Fund": ["Founders Fund"],
    "NATO Innovation Fund": ["NATO Innovation Fund"],
    "Harrowgate Autonomy": ["Harrowgate Autonomy", "Harrowgate"],
    "US Marine Corps": ["US Marine Corps", "U.S. Marine Corps", "Marine Corps"],
    "Corvane Labs": ["Corvane Labs", "Corvane"],
    "Rheinmetall": ["Rheinmetall", "Rheinmetall AG"],
    "Loc Performance": ["Loc Performance", "Loc Performance Products", "Loc"],
    "Sennfeld Dynamics": ["Sennfeld Dynamics", "Sennfeld Dynamics GmbH", "Sennfeld"],
    "FMV": ["FMV", "Försvarets materielverk", "Swedish Defence Materiel Administration",
            "Defence Materiel Administration"],
    "Ödeborg Systems": ["Ödeborg Systems", "Ödeborg"],
    "Saab": ["Saab", "Saab AB"],
    "Hensoldt": ["Hensoldt", "Hensoldt AG"],
    "ESG": ["ESG", "ESG Elektroniksystem- und Logistik-GmbH"],
    "BWI": ["BWI", "BWI GmbH"],
    "Brückenfeld Rechenzentren": ["Brückenfeld Rechenzentren GmbH", "Brückenfeld Rechenzentren", "Brückenfeld"],
    "US Army": ["US Army", "U.S. Army", "US-Armee", "Army"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Kaltenbrunn Ventures": ["Kaltenbrunn Ventures", "Kaltenbrunn"],
    "ARX Robotics": ["ARX Robotics", "ARX"],
    "Kestrelwerk Sensorik": ["Kestrelwerk Sensorik GmbH", "Kestrelwerk Sensorik", "Kestrelwerk"],
    "Google": ["Google", "Google Cloud"],
    "UK Ministry of Defence": ["UK Ministry of Defence", "Ministry of Defence", "MoD",
                               "britisches Verteidigungsministerium", "britischen Verteidigungsministerium"],
    "Wexbridge Borough Council": ["Wexbridge Borough Council", "Wexbridge council"],
    "Prima Materia": ["Prima Materia"],
    "Grob Aircraft": ["Grob Aircraft", "Grob"],
    "Balderton Capital": ["Balderton Capital", "Balderton"],
    "Merrowfield Capital": ["Merrowfield Capital", "Merrowfield"],
    "Gannet Robotics": ["Gannet Robotics", "Gannet"],
    "NATO Communications and Information Agency": ["NATO Communications and Information Agency", "NCIA"],
    "Palantir": ["Palantir", "Palantir Technologies"],
    "US Department of Defense": ["US Department of Defense", "Department of Defense", "Pentagon"],
    "Stadt Meckenheim": ["Stadt Meckenheim", "Meckenheim"],
    "National Health Service": ["National Health Service", "NHS", "NHS England"],
    "Stark Defence": ["Stark Defence", "Stark"],
    "Norwegian Defence Materiel Agency": ["Norwegian Defence Materiel Agency", "Defence Materiel Agency",
                                          "Forsvarsmateriell"],
    "Fjellvakt Maritime": ["Fjellvakt Maritime", "Fjellvakt"],
    "Lysaker Kapital": ["Lysaker Kapital", "Lysaker"],
    "Kongsberg": ["Kongsberg", "Kongsberg Gruppen"],
    "FMI": ["FMI", "Defence Acquisition and Logistics Organisation",
            "Forsvarsministeriets Materiel- og Indkøbsstyrelse"],
    "Skjoldhavn Datacenter": ["Skjoldhavn Datacenter", "Skjoldhavn"],
    "Ravnsborg Pension": ["Ravnsborg Pension", "Ravnsborg"],
    "Bankhaus Lohmeyer": ["Bankhaus Lohmeyer", "Lohmeyer"],
    "Tallowcreek": ["Tallowcreek", "Tallowcreek Infrastructure"],
    "Vallenstedt Optronik": ["Vallenstedt Optronik", "Vallenstedt"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, note,
      required=True, amount_max=None, term=None, per=None, alt=None, kind_alt=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    d["note"] = note
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, evidence, note, required=False, kind_alt=None):
    """A mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, note,
             required=required, kind_alt=kind_alt)


A = {}

A["001_quantum_vector_wuermgaubote.txt"] = dict(
    published="2024-02-15",
    published_note="from the date line 'GILCHING · Donnerstag, 15. Februar 2024'; 'am Dienstag' -> 2024-02-13; 'im vergangenen Sommer' -> 2023",
    language="de",
    deals=[
        D("bundeswehr-quantum-vector-2024", ["Bundeswehr", "Quantum Systems"], "supply",
          160000000, "EUR", "up_to", "2024-02-13", "signed",
          "Über vier Jahre darf das Amt Vector-Systeme im Wert von bis zu 160 Millionen Euro abrufen, bestätigte eine Sprecherin des Unternehmens am Mittwoch auf Nachfrage unserer Zeitung.",
          "framework contract; parties ('Das Koblenzer Beschaffungsamt der Bundeswehr, kurz BAAINBw' and Quantum Systems) and the signing 'am Dienstag' in the previous sentence, 'das Amt' here; confirmed on Wednesday; first Bundeswehr-Quantum deal (010 restates it without amount, 020 with amount); different from the 2026 Twister order (020)",
          term=["2024-02", "2028-02"]),
        D("quantum-ampertal-parts", ["Quantum Systems", "Ampertal Verbundtechnik"], "supply",
          9000000, "EUR", "approx", "2024-02", "signed",
          "Für die kommenden drei Jahre hat Quantum dem Familienbetrieb Bestellungen über knapp 9 Millionen Euro fest zugesagt, sagte Geschäftsführer Anton Reisberger.",
          "'knapp' -> approx; 'dem Familienbetrieb' = Ampertal Verbundtechnik GmbH (previous sentence); no day given -> month of the article",
          term=["2024", "2027"]),
        N("gilching-quantum-land", ["Gemeinde Gilching", "Quantum Systems"], "acquisition", "2023", "completed",
          "Das Nachbargrundstück für eine neue Halle hatte Quantum Systems bereits im vergangenen Sommer von der Gemeinde Gilching gekauft; zum Kaufpreis wollten sich Rathaus und Firma auch diesmal nicht äußern.",
          "amount-less background land purchase from the municipality, optional",
          kind_alt=["other"]),
    ],
    not_deals=["rund 180.000 Euro", "knapp 4 Millionen Euro", "1.150 Euro je Quadratmeter",
               "gut 110 Millionen Euro", "100 Milliarden Euro", "449 Euro", "6,8 Millionen Euro"],
)

A["002_helsing_anduril_ordnanceletter_en.txt"] = dict(
    published="2024-07-11",
    published_note="from the issue line 'Issue 22 · Thursday 11 July 2024'; 'on Wednesday' -> 2024-07-10, 'on Monday' -> 2024-07-08",
    language="en",
    deals=[
        D("general-catalyst-helsing-seriesc", ["General Catalyst", "Helsing"], "investment",
          450000000, "EUR", "exact", "2024-07-10", "completed",
          "Helsing, the Munich developer of AI software for sensors and strike platforms, closed a €450 million Series C on Wednesday.",
          "lead investor in the next sentence ('General Catalyst led it'); the letter's USD figure 'roughly $487 million' as alt_amounts; valuation €4.95bn is not a deal",
          alt=[(487000000, "USD")]),
        D("anduril-seriesf-2024", ["Founders Fund", "Anduril"], "investment",
          1500000000, "USD", "approx", "2024", "rumored",
          "Anduril Industries is in the market for roughly $1.5 billion in fresh equity, with Founders Fund expected to lead, two people briefed on the discussions told us this week.",
          "sourced rumour; 003 reports the closing at $1.5bn on 2024-08-07 and 011 restates it without amount; the year keeps the shared id's dates consistent; valuation $14bn is not a deal"),
        D("nif-harrowgate-seriesa", ["NATO Innovation Fund", "Harrowgate Autonomy"], "investment",
          18000000, "GBP", "exact", "2024-07-08", "completed",
          "It led an £18 million Series A in Harrowgate Autonomy, a Wexbridge maker of passive radio-frequency sensors that spot and sort small drones, the company said on Monday.",
          "'It' = the NATO Innovation Fund (previous sentence); Merrowfield Capital only joined"),
    ],
    not_deals=["€4.95 billion", "€1.5 billion", "$14 billion", "$8.5 billion", "€1 billion",
               "below £20 million", "£60,000 a unit", "$5.2bn", "£90m", "£295", "£8.50 a month"],
)

A["003_anduril_seriesf_redoubt_en.html"] = dict(
    published="2024-08-08",
    published_note="from <meta property='article:published_time'> and <time datetime='2024-08-08'> ('Aug. 8, 2024'); 'on Wednesday' -> 2024-08-07; 'last month' -> 2024-07",
    language="en",
    deals=[
        D("anduril-seriesf-2024", ["Founders Fund", "Anduril"], "investment",
          1500000000, "USD", "exact", "2024-08-07", "completed",
          "Anduril Industries has raised $1.5 billion in a Series F round led by Founders Fund, the defense technology company said on Wednesday, confirming weeks of chatter about the financing.",
          "closing of the round rumoured in 002; different from Founders Fund's $2.5bn Series G lead of 2025 (011)"),
        D("usmc-anduril-counterdrone", ["US Marine Corps", "Anduril"], "supply",
          200000000, "USD", "approx", "2024-07", "signed",
          "Under it, Anduril will install and run counter-drone towers at Marine installations at home and abroad for nearly $200 million over ten years, according to a notice the Corps published.",
          "'it' = the contract 'signed last month with the U.S. Marine Corps' (previous sentence); 'nearly' -> approx",
          term=["2024", "2034"], kind_alt=["other"]),
        N("anduril-corvane", ["Anduril", "Corvane Labs"], "acquisition", "2024-06", "completed",
          "In June the company also bought Corvane Labs, a Boulder, Colorado, start-up that writes sensor-fusion code for small radars.",
          "'the company' = Anduril; terms not disclosed; optional"),
    ],
    not_deals=["$14 billion", "about $500 million", "$1 billion across two budget years", "$849bn",
               "$79 a year"],
)

A["004_rheinmetall_loc_kursbrett.txt"] = dict(
    published="2024-08-21",
    published_note="from the portal stamp '21.08.2024 | 07:58 Uhr'; 'Am Dienstagabend' -> 2024-08-20",
    language="de",
    deals=[
        D("rheinmetall-loc-performance", ["Rheinmetall", "Loc Performance"], "acquisition",
          950000000, "USD", "exact", "2024-08-20", "signed",
          "Rheinmetall zahlt dafür 950 Millionen US-Dollar, umgerechnet etwa 860 Millionen Euro, einschließlich übernommener Schulden; die Transaktion soll bis Jahresende abgeschlossen sein, sofern die Aufsicht zustimmt.",
          "target (Loc Performance Products) and 'Am Dienstagabend' in the previous sentence; EUR conversion as alt_amounts; closing pending approval",
          alt=[(860000000, "EUR")]),
        D("rheinmetall-sennfeld-talks", ["Rheinmetall", "Sennfeld Dynamics"], "acquisition",
          200000000, "EUR", "range", "2024-08", "negotiating",
          "Verhandelt werde über einen Kaufpreis zwischen 200 und 250 Millionen Euro, sagten zwei mit dem Vorgang vertraute Personen zu Kursbrett.",
          "talks from two sources; 'der Konzern' = Rheinmetall and the target Sennfeld Dynamics GmbH in the two previous sentences; the €140m valuation is not a deal; different from Hensoldt's 2025 stake in Sennfeld (008)",
          amount_max=250000000),
    ],
    not_deals=["531,80 €", "rund 23 Mrd. €", "rund 400 Millionen Dollar", "rund 140 Millionen Euro",
               "700 Euro", "rund 48 Milliarden Euro", "zwischen 9,5 und 10 Milliarden Euro", "560 Euro",
               "530 Euro", "9,8 Mrd. €", "8,10 €", "1 Euro pro Order"],
)

A["005_odeborg_fmv_kattegatpost_en.txt"] = dict(
    published="2024-10-16",
    published_note="dateline without year 'STOCKHOLM, 16 October (KBP)'; the year from the copyright line '© 2024 Kattegat Business Post AB'; 'on Tuesday' -> 2024-10-15; 'last month' -> 2024-09",
    language="en",
    deals=[
        D("fmv-odeborg-counterdrone", ["FMV", "Ödeborg Systems"], "supply",
          1100000000, "SEK", "exact", "2024-10-15", "signed",
          "Sweden's Defence Materiel Administration, FMV, on Tuesday signed a SEK 1.1 billion (€97 million) contract with Ödeborg Systems for truck-mounted counter-drone units, the Gothenburg company said, the largest order yet for a Swedish start-up in the sector.",
          "deliveries spring 2025 to end of 2028 (next paragraph); EUR conversion as alt_amounts",
          term=["2025", "2028"], alt=[(97000000, "EUR")]),
        D("saab-odeborg-stake", ["Saab", "Ödeborg Systems"], "investment",
          400000000, "SEK", "exact", "2024-09", "completed",
          "Saab paid SEK 400 million last month for 25 per cent of the company, a price that puts the value of the whole of Ödeborg at SEK 1.6 billion.",
          "minority stake; 'the company' = Ödeborg; the implied SEK 1.6bn value is not a deal",
          kind_alt=["acquisition"]),
    ],
    not_deals=["SEK 2.5 million", "SEK 1.6 billion", "SEK 210 million", "SEK 35 million",
               "SEK 119 billion", "SEK 62,000", "SEK 232.40", "SEK 450"],
)

A["006_hensoldt_bwi_wehrtechnikdepesche.txt"] = dict(
    published="2024-11-20",
    published_note="from the header line 'Berlin, 20.11.2024 – Jahrgang 9'; 'am Montag' -> 2024-11-18; 'in der vergangenen Woche' -> 2024-11; 'Anfang des Jahres' -> 2024",
    language="de",
    deals=[
        D("bundeswehr-hensoldt-trml4d", ["Bundeswehr", "Hensoldt"], "supply",
          140000000, "EUR", "approx", "2024-11-18", "signed",
          "Der Auftrag hat nach Angaben des Taufkirchener Sensorspezialisten ein Volumen von rund 140 Millionen Euro; ausgeliefert wird in mehreren Tranchen bis Ende 2028.",
          "parties ('Das BAAINBw hat am Montag bei Hensoldt ... bestellt') in the previous sentence; 'Ende 2028' closes the term",
          term=["2024-11", "2028"]),
        D("hensoldt-esg", ["Hensoldt", "ESG"], "acquisition",
          730000000, "EUR", "exact", "2024", "completed",
          "Hensoldt hatte Anfang des Jahres die Übernahme des Fürstenfeldbrucker IT- und Logistikdienstleisters ESG für 730 Millionen Euro abgeschlossen und bekräftigte in der vergangenen Woche seine Jahresprognose: Der Umsatz soll zwischen 2,2 und 2,3 Milliarden Euro liegen.",
          "background: closing of an acquisition agreed in 2023; optional; the revenue range in the same sentence is not a deal",
          required=False),
        D("bwi-brueckenfeld-lease", ["BWI", "Brückenfeld Rechenzentren"], "cloud_contract",
          38000000, "EUR", "approx", "2024-11", "signed",
          "Die Meckenheimer Bundesgesellschaft zahlt dem Eifeler Betreiber dafür jährlich rund 38 Millionen Euro, der Vertrag läuft zehn Jahre und wurde in der vergangenen Woche unterzeichnet.",
          "yearly rent for two data halls; 'Die Meckenheimer Bundesgesellschaft' = BWI, 'dem Eifeler Betreiber' = Brückenfeld Rechenzentren GmbH (previous sentences); from January 2025 for ten years; 013 mentions it without amount, 018 restates it",
          per="year", term=["2025-01", "2034"], kind_alt=["other"]),
    ],
    not_deals=["zwischen 2,2 und 2,3 Milliarden Euro", "rund 260 Millionen Euro", "rund 1,4 Milliarden Euro",
               "25-Millionen-Euro-Vorlagen", "gut 8 Milliarden Euro", "100 Milliarden Euro",
               "190 Euro netto", "1.480 Euro"],
)

A["007_anduril_ivas_windlasswire_en.txt"] = dict(
    published="2025-02-12",
    published_note="from the header 'February 12, 2025 · 07:15 ET' (dateline 'WASHINGTON, Feb 11'); 'on Tuesday' -> 2025-02-11; 'last month' -> 2025-01",
    language="en",
    deals=[
        D("army-anduril-ivas", ["US Army", "Anduril"], "supply",
          22000000000, "USD", "up_to", "2025-02-11", "announced",
          "The U.S. Army on Tuesday approved a plan to move its Integrated Visual Augmentation System to Anduril Industries, shifting a mixed-reality goggles program that could be worth up to $22 billion over the next decade away from Microsoft, which built the first versions.",
          "program ceiling over ten years; approved by the Army, still needs Pentagon sign-off -> announced; Microsoft is the former prime, not a party",
          term=["2025", "2035"], kind_alt=["other"]),
        N("anduril-microsoft-ivas-cloud", ["Anduril", "Microsoft"], "partnership", "2025-02-11", "announced",
          "Microsoft will remain the program's cloud provider and keep running the Azure services that feed maps and sensor data to the devices.",
          "Microsoft's continuing cloud role in the Anduril-led program; no amount; optional"),
        D("anduril-arsenal1-ohio", ["Anduril"], "capex_plan",
          1000000000, "USD", "approx", "2025-01", "planned",
          "Anduril puts the cost of the five-million-square-foot factory at close to $1 billion; the plant is meant to build drones and missiles at automotive volumes from mid-2026.",
          "Arsenal-1 near Columbus, 'unveiled last month' (previous sentence); 'close to' -> approx; the state's incentives of up to $70m are public aid, not a deal"),
    ],
    not_deals=["more than $1.5 billion", "roughly $80,000", "$14 billion", "about $1 billion in 2024",
               "up to $70 million", "$412.60"],
)

A["008_ruestung_liveticker_tickerwacht.txt"] = dict(
    published="2025-03-13",
    published_note="from the ticker date 'Donnerstag, 13. März 2025' (entries by time); 'im Herbst 2023' -> 2023",
    language="de",
    deals=[
        D("hensoldt-sennfeld-stake", ["Hensoldt", "Sennfeld Dynamics"], "investment",
          45000000, "EUR", "exact", "2025-03-13", "signed",
          "Der Sensorkonzern übernimmt 20 Prozent an dem Heilbronner Softwarehaus und legt dafür 45 Millionen Euro auf den Tisch, teilten die Unternehmen am Mittag mit.",
          "'Der Sensorkonzern' = Hensoldt, 'dem Heilbronner Softwarehaus' = Sennfeld Dynamics (previous sentence); 20 % stake; the failed talks 'mit einem großen Rüstungskonzern' name no party and are not annotated",
          kind_alt=["acquisition"]),
        D("bwi-google-cloud", ["BWI", "Google"], "cloud_contract",
          1200000000, "EUR", "approx", "2025", "rumored",
          "Im Raum stehen rund 1,2 Milliarden Euro über zehn Jahre, erfuhr die Redaktion aus zwei voneinander unabhängigen Quellen.",
          "rumour; parties ('verhandelt die BWI mit Google') in the previous sentence; 013 reports the signing at about €1.25bn on 2025-10-07 (alt_amounts); the year keeps the shared id's dates consistent; the reader comment repeats the figure",
          alt=[(1250000000, "EUR")]),
        D("bundeswehr-kestrelwerk-cancelled", ["Bundeswehr", "Kestrelwerk Sensorik"], "supply",
          48000000, "EUR", "approx", "2023", "cancelled",
          "Das Beschaffungsamt der Bundeswehr hat einen Auftrag über rund 48 Millionen Euro für Wärmebild-Sensorköpfe bei der Kestrelwerk Sensorik GmbH aus Freising gekündigt.",
          "order of autumn 2023 cancelled by the procurement office; keeps the date of the original agreement; different from Quantum's 2026 purchase of Kestrelwerk (020)"),
        D("kaltenbrunn-arx-seriesa", ["Kaltenbrunn Ventures", "ARX Robotics"], "investment",
          31000000, "EUR", "exact", "2025-03-13", "completed",
          "Das Münchner Robotik-Start-up ARX Robotics hat in einer Serie-A-Runde 31 Millionen Euro eingesammelt.",
          "lead investor in the next sentence ('Die Führung übernahm Kaltenbrunn Ventures'); ticker entry of the publication day"),
    ],
    not_deals=["1.318 Euro", "61,20 Euro", "39,85 Euro", "bis zu 150 Milliarden Euro", "500 Milliarden Euro"],
)

A["009_harrowgate_mod_wexbridgeecho_en.txt"] = dict(
    published="2025-04-11",
    published_note="from the date line 'Friday 11 April 2025'; 'on Wednesday' -> 2025-04-09; 'Monday night' -> 2025-04-07",
    language="en",
    deals=[
        D("mod-harrowgate-counterdrone", ["UK Ministry of Defence", "Harrowgate Autonomy"], "supply",
          42000000, "GBP", "exact", "2025-04-09", "signed",
          "A Wexbridge technology firm whose sensors pick out hostile drones by listening to their radio chatter has won a £42 million contract from the Ministry of Defence.",
          "'A Wexbridge technology firm' = Harrowgate Autonomy (headline and next sentence, 'announced on Wednesday'); five years",
          term=["2025", "2030"]),
        D("wexbridge-harrowgate-lease", ["Wexbridge Borough Council", "Harrowgate Autonomy"], "other",
          28000, "GBP", "exact", "2025-04-07", "signed",
          "At Monday night's cabinet meeting, Wexbridge Borough Council agreed to let two hangars at the former Longmead airfield to Harrowgate for £28,000 a month over 15 years, ending a decade in which the buildings stood empty.",
          "monthly rent for two hangars over 15 years from June 2025",
          per="month", term=["2025-06", "2040"]),
    ],
    not_deals=["£6.5 million", "£29,500", "£38,000", "£210,000 a year", "£96", "£120", "£289,995"],
)

A["010_helsing_seried_suedkontor.txt"] = dict(
    published="2025-06-18",
    published_note="from the date line 'Mittwoch, 18. Juni 2025 · Unternehmen · Seite 15'; 'am Dienstag' -> 2025-06-17; 'Anfang Juni' -> 2025-06; 'Im Februar ... drei Monate später' -> 2025-05",
    language="de",
    deals=[
        D("helsing-seriesd-2025", ["Prima Materia", "Helsing"], "investment",
          600000000, "EUR", "exact", "2025-06-17", "completed",
          "Das Münchner Rüstungs-Start-up Helsing hat am Dienstag eine Finanzierungsrunde über 600 Millionen Euro bekanntgegeben, angeführt von der Stockholmer Investmentgesellschaft Prima Materia.",
          "011 restates it in USD ($690m, month only; alt_amounts); valuation about €12bn is not a deal",
          alt=[(690000000, "USD")]),
        N("helsing-grob", ["Helsing", "Grob Aircraft"], "acquisition", "2025-06", "completed",
          "Anfang Juni kaufte das Unternehmen außerdem Grob Aircraft, einen Flugzeughersteller aus dem Unterallgäu; was Helsing dafür bezahlt hat, blieb offen.",
          "acquisition without a price; 'das Unternehmen' = Helsing; required although amount-less because it is news of the month",
          required=True),
        D("balderton-quantum-seriesc", ["Balderton Capital", "Quantum Systems"], "investment",
          160000000, "EUR", "exact", "2025-05", "completed",
          "Im Februar eröffnete das Unternehmen eine Fertigung in der Ukraine; drei Monate später folgte eine Finanzierungsrunde über 160 Millionen Euro, angeführt vom Londoner Wagniskapitalgeber Balderton Capital.",
          "relative date: 'drei Monate später' after February 2025 -> 2025-05; 'das Unternehmen' = Quantum Systems; same figure as the 2024 Bundeswehr framework ceiling, different deal"),
        N("bundeswehr-quantum-vector-2024", ["Bundeswehr", "Quantum Systems"], "supply", "2024-02", "signed",
          "Den Großteil seines Geschäfts mit der Bundeswehr macht das Unternehmen weiterhin über den Rahmenvertrag für Vector-Aufklärungsdrohnen, den es im Februar 2024 mit dem Koblenzer Beschaffungsamt geschlossen hatte.",
          "amount-less background restatement of the 2024 framework (001); optional"),
    ],
    not_deals=["rund zwölf Milliarden Euro", "knapp fünf Milliarden Euro", "mehr als einer Milliarde Euro",
               "rund 62 Milliarden Euro", "gut 80 Milliarden Euro", "rund 11 Milliarden Euro", "34,90 Euro"],
)

A["011_defence_week26_sentryroundup_en.txt"] = dict(
    published="2025-06-27",
    published_note="from the issue line 'Week 26 · Friday 27 June 2025'; 'earlier this month' -> 2025-06; 'on 5 June' -> 2025-06-05; 'on Tuesday' -> 2025-06-24; 'last summer' -> 2024",
    language="en",
    deals=[
        D("helsing-seriesd-2025", ["Prima Materia", "Helsing"], "investment",
          690000000, "USD", "exact", "2025-06", "completed",
          "Helsing's $690 million round, led by Prima Materia and announced earlier this month, values the Munich company at roughly $13.8 billion.",
          "same round as 010 (€600m, 2025-06-17), here in USD and with the month only; valuation not a deal"),
        D("founders-anduril-seriesg", ["Founders Fund", "Anduril"], "investment",
          2500000000, "USD", "exact", "2025-06-05", "completed",
          "Across the Atlantic, Anduril closed a $2.5 billion Series G on 5 June, again led by Founders Fund, which also led last summer's round.",
          "second Founders Fund-Anduril deal; different from the 2024 Series F mentioned in the same sentence"),
        N("anduril-seriesf-2024", ["Founders Fund", "Anduril"], "investment", "2024", "completed",
          "Across the Atlantic, Anduril closed a $2.5 billion Series G on 5 June, again led by Founders Fund, which also led last summer's round.",
          "amount-less back-reference to the 2024 Series F (002, 003) in the Series G sentence; optional"),
        N("anduril-rheinmetall-partnership", ["Anduril", "Rheinmetall"], "partnership", "2025-06", "announced",
          "In mid-June Anduril and Rheinmetall said they would jointly build versions of Anduril's Barracuda missiles and Fury drones for European customers; no figures were given, and both sides described the work split as \"still being finalised\".",
          "no amount; optional"),
        D("merrowfield-gannet-seriesa", ["Merrowfield Capital", "Gannet Robotics"], "investment",
          26000000, "GBP", "exact", "2025-06-24", "completed",
          "Merrowfield Capital led a £26 million Series A for Gannet Robotics on Tuesday.",
          "'on Tuesday' in a Friday issue -> 2025-06-24"),
        N("ncia-palantir-maven", ["NATO Communications and Information Agency", "Palantir"], "cloud_contract",
          "2025-04", "signed",
          "Only confirmed this week: NATO's communications and information agency, the NCIA, bought Palantir's Maven Smart System in April for use at allied headquarters.",
          "software purchase, price undisclosed; optional",
          kind_alt=["other", "supply"]),
    ],
    not_deals=["$13.8 billion", "$30.5 billion", "roughly €150 billion a year", "$240 a year"],
)

A["012_palantir_kommentar_kapitalwarte.txt"] = dict(
    published="2025-08-06",
    published_note="from the line 'Gastkommentar | Mittwoch, 6. August 2025'; 'Ende Juli' -> 2025-07; 'im Mai' -> 2025-05",
    language="de",
    deals=[
        D("army-palantir-ea", ["US Army", "Palantir"], "cloud_contract",
          10000000000, "USD", "up_to", "2025-07", "signed",
          "Ende Juli hat die US-Armee 75 einzelne Software-Verträge mit dem Konzern aus Denver zu einem einzigen Rahmenabkommen gebündelt: bis zu 10 Milliarden Dollar über zehn Jahre.",
          "enterprise agreement ceiling; 'dem Konzern aus Denver' = Palantir",
          term=["2025", "2035"], kind_alt=["other", "supply"]),
        D("dod-palantir-maven-ceiling", ["US Department of Defense", "Palantir"], "other",
          795000000, "USD", "exact", "2025-05", "signed",
          "Schon im Mai hatte das Pentagon die Obergrenze für den Maven-Vertrag, mit dem Palantir Zieldaten für die Streitkräfte aufbereitet, um 795 Millionen Dollar angehoben.",
          "raise of a contract ceiling, annotated as the added amount",
          kind_alt=["cloud_contract", "supply"]),
    ],
    not_deals=["einer Milliarde Dollar", "zwischen 4,14 und 4,15 Milliarden Dollar", "rund 158 Dollar",
               "mehr als 370 Milliarden Dollar", "120 Dollar je Aktie", "14,99 Euro"],
)

A["013_bwi_google_cloud_swisttalkurier.html"] = dict(
    published="2025-10-09",
    published_note="from <meta name='date'> and the byline 'Meckenheim · 09.10.2025, 06:45 Uhr'; 'am Dienstag' -> 2025-10-07; 'Im September' -> 2025-09",
    language="de",
    deals=[
        D("bwi-google-cloud", ["BWI", "Google"], "cloud_contract",
          1250000000, "EUR", "approx", "2025-10-07", "signed",
          "Das Auftragsvolumen liegt bei rund 1,25 Milliarden Euro über zehn Jahre, wie die Gesellschaft am Mittwoch bestätigte.",
          "signing 'am Dienstag' with Google Cloud in the previous (bold) sentence; the deal rumoured in 008 at about €1.2bn"),
        D("meckenheim-bwi-land", ["Stadt Meckenheim", "BWI"], "acquisition",
          3800000, "EUR", "exact", "2025-09", "signed",
          "Die Stadt Meckenheim erhält dafür 3,8 Millionen Euro, das Geld fließt nach Angaben der Kämmerei in die Sanierung der Grundschule am Wald.",
          "land sale to the BWI approved by the council 'Im September' (previous sentence)",
          kind_alt=["other"]),
        N("bwi-brueckenfeld-lease", ["BWI", "Brückenfeld Rechenzentren"], "cloud_contract", None, "signed",
          "Bereits seit Jahresbeginn betreibt die BWI zwei angemietete Datenhallen bei der Brückenfeld Rechenzentren GmbH im benachbarten Mechernich.",
          "amount-less background mention of the 2024 lease (006, 018); the start of use is not the signing date -> null; optional",
          kind_alt=["other"]),
    ],
    not_deals=["rund 1,6 Milliarden Euro", "3,9 Milliarden Euro", "3,99 Euro im Monat", "7,4 Millionen Euro"],
)

A["014_palantir_mod_thamesidewire_en.txt"] = dict(
    published="2025-09-19",
    published_note="from the header 'September 19, 2025 | 06:30 BST' (dateline 'LONDON, Sept 18'); 'on Thursday' -> 2025-09-18; 'last week' -> 2025-09",
    language="en",
    deals=[
        D("mod-palantir-2025", ["UK Ministry of Defence", "Palantir"], "cloud_contract",
          750000000, "GBP", "exact", "2025-09-18", "signed",
          "Palantir Technologies will provide data and artificial-intelligence software to Britain's Ministry of Defence under a £750 million contract running for five years, the government said on Thursday, as the U.S. company pledged to invest up to £1.5 billion in the UK.",
          "two deals in one sentence (with the investment pledge); 015 restates it in EUR (about €865m, alt_amounts); replaces the 2024 deal below",
          term=["2025", "2030"], alt=[(865000000, "EUR")], kind_alt=["other", "supply"]),
        D("palantir-uk-investment", ["Palantir"], "capex_plan",
          1500000000, "GBP", "up_to", "2025-09-18", "planned",
          "Palantir Technologies will provide data and artificial-intelligence software to Britain's Ministry of Defence under a £750 million contract running for five years, the government said on Thursday, as the U.S. company pledged to invest up to £1.5 billion in the UK.",
          "investment pledge; only the spender is a party"),
        D("mod-palantir-2024", ["UK Ministry of Defence", "Palantir"], "cloud_contract",
          115000000, "GBP", "exact", "2024-12", "signed",
          "The agreement covers the software the armed forces use to pull together intelligence, logistics and targeting data, and it replaces a £115 million enterprise deal the department signed with Palantir in December 2024 that was meant to run until 2027.",
          "earlier, different MoD-Palantir deal; 'the department' = the Ministry of Defence; superseded, not cancelled",
          term=["2024-12", "2027"], kind_alt=["other", "supply"]),
        D("mod-google-cloud", ["UK Ministry of Defence", "Google"], "cloud_contract",
          400000000, "GBP", "exact", "2025-09", "signed",
          "Under that £400 million agreement, the U.S. group will supply an air-gapped cloud that runs on servers inside UK-controlled sites and is operated by security-cleared British staff.",
          "'that ... agreement' = the contract 'the ministry awarded last week to Google Cloud' (previous sentence); 'last week' -> month"),
        N("nhs-palantir-platform", ["National Health Service", "Palantir"], "cloud_contract", "2023", "signed",
          "Its British customers already include the National Health Service, whose data platform deal was signed in 2023.",
          "amount-less background; optional",
          kind_alt=["other"]),
    ],
    not_deals=["£62.2 billion", "more than £1 billion", "around $430 billion"],
)

A["015_drohnen_haushalt_wirtschaftsdienst.txt"] = dict(
    published="2025-09-23",
    published_note="from the wire header 'Berlin, 23.09.2025 – 11:20 Uhr'; 'in der vergangenen Woche' -> 2025-09",
    language="de",
    deals=[
        D("bundeswehr-helsing-hx2", ["Bundeswehr", "Helsing"], "supply",
          270000000, "EUR", "approx", "2025-09", "planned",
          "Der Haushaltsausschuss des Bundestages soll noch im Oktober über zwei Verträge entscheiden: Helsing soll HX-2-Drohnen für rund 270 Millionen Euro liefern, der Berliner Konkurrent Stark Defence Drohnen vom Typ Virtus für rund 260 Millionen Euro.",
          "two planned contracts in one sentence, awaiting parliamentary approval; the buyer ('Die Bundeswehr') in the previous sentence; dated to the month of the ministry's submission"),
        D("bundeswehr-stark-virtus", ["Bundeswehr", "Stark Defence"], "supply",
          260000000, "EUR", "approx", "2025-09", "planned",
          "Der Haushaltsausschuss des Bundestages soll noch im Oktober über zwei Verträge entscheiden: Helsing soll HX-2-Drohnen für rund 270 Millionen Euro liefern, der Berliner Konkurrent Stark Defence Drohnen vom Typ Virtus für rund 260 Millionen Euro.",
          "second planned contract of the same sentence; the headline's 'gut eine halbe Milliarde Euro' is their sum, not a deal"),
        D("mod-palantir-2025", ["UK Ministry of Defence", "Palantir"], "cloud_contract",
          865000000, "EUR", "approx", "2025-09", "signed",
          "Der US-Datenanalysekonzern Palantir hatte in der vergangenen Woche mit dem britischen Verteidigungsministerium einen Fünfjahresvertrag über umgerechnet rund 865 Millionen Euro abgeschlossen.",
          "same contract as 014 (£750m), here only in EUR and with the month",
          kind_alt=["other", "supply"]),
    ],
    not_deals=["gut eine halbe Milliarde Euro", "25 Millionen Euro", "82,7 Milliarden Euro",
               "rund zwölf Milliarden Euro", "etwa einer halben Milliarde Euro", "154,30 Euro",
               "310 Millionen Euro"],
)

A["016_fjellvakt_subsea_fjordpost_en.txt"] = dict(
    published="2025-11-04",
    published_note="from the line 'Business | Tuesday 4 November 2025 | Updated 09:12'; 'on Monday' -> 2025-11-03; 'In late August' -> 2025-08; 'last week' -> 2025-10",
    language="en",
    deals=[
        D("ndma-fjellvakt-auv", ["Norwegian Defence Materiel Agency", "Fjellvakt Maritime"], "supply",
          850000000, "NOK", "exact", "2025-11-03", "signed",
          "Norway's Defence Materiel Agency has signed a NOK 850 million (about €73 million) contract with Fjellvakt Maritime for autonomous underwater vehicles that will inspect pipelines and subsea cables on the Norwegian shelf, the Bergen company said on Monday.",
          "EUR conversion as alt_amounts; includes five years of maintenance",
          alt=[(73000000, "EUR")]),
        D("lysaker-fjellvakt-round", ["Lysaker Kapital", "Fjellvakt Maritime"], "investment",
          300000000, "NOK", "exact", "2025-08", "completed",
          "In late August, Oslo investment firm Lysaker Kapital led a NOK 300 million funding round in the company, joined by two Norwegian family offices.",
          "'the company' = Fjellvakt; post-money valuation NOK 1.4bn is not a deal"),
        D("kongsberg-fjellvakt-denied", ["Kongsberg", "Fjellvakt Maritime"], "acquisition",
          2000000000, "NOK", "approx", "2025-10", "rumored",
          "A report in a trade newsletter last week that Kongsberg had offered around NOK 2 billion for the whole of Fjellvakt was \"simply untrue\", Vatnehaug said.",
          "rumoured offer denied by Fjellvakt; optional",
          required=False),
    ],
    not_deals=["NOK 14 million", "NOK 1.4 billion", "NOK 298.40", "NOK 95 million", "NOK 149 billion",
               "NOK 4.2 billion", "NOK 149 a month"],
)

A["017_skjoldhavn_defence_cloud_nyhavn_en.html"] = dict(
    published="2026-02-11",
    published_note="from <meta name='parsely-pub-date'> and the byline 'Wed 11 Feb 2026'; 'on Tuesday' -> 2026-02-10; 'since January' -> 2026-01",
    language="en",
    deals=[
        D("fmi-skjoldhavn-cloud", ["FMI", "Skjoldhavn Datacenter"], "cloud_contract",
          2400000000, "DKK", "exact", "2026-02-10", "signed",
          "Denmark's Defence Acquisition and Logistics Organisation (FMI) on Tuesday awarded Skjoldhavn Datacenter a ten-year contract worth DKK 2.4 billion, roughly €320 million, to build and run a classified cloud for the armed forces.",
          "ten years; EUR conversion as alt_amounts; different from the optional second-site option below",
          term=["2026", "2036"], alt=[(320000000, "EUR")]),
        D("fmi-skjoldhavn-option", ["FMI", "Skjoldhavn Datacenter"], "cloud_contract",
          900000000, "DKK", "up_to", "2026-02-10", "planned",
          "The contract includes an option, worth up to DKK 900 million, for a second site in Jutland after 2029; the agency said it would decide on that by the end of 2028.",
          "option not yet exercised (decision by the end of 2028); optional",
          required=False),
        D("ravnsborg-skjoldhavn-stake", ["Ravnsborg Pension", "Skjoldhavn Datacenter"], "investment",
          600000000, "DKK", "at_least", "2026-01", "completed",
          "Skjoldhavn's majority owner since January is Ravnsborg Pension, which paid more than DKK 600 million for 60 per cent of the company in a deal that also funds the construction.",
          "'more than' -> at_least; majority stake",
          kind_alt=["acquisition"]),
    ],
    not_deals=["DKK 50 billion", "€4.3 billion a year", "under €1 billion", "DKK 0.85 per kWh", "DKK 49,995"],
)

A["018_brueckenfeld_interview_racklicht.txt"] = dict(
    published=None,
    published_note="interview without any date (only 'Lesezeit: 6 Minuten'); 'im November 2024' dates the BWI lease; 'im Herbst' without a year -> null",
    language="de",
    deals=[
        D("bwi-brueckenfeld-lease", ["BWI", "Brückenfeld Rechenzentren"], "cloud_contract",
          38000000, "EUR", "approx", "2024-11", "signed",
          "Heute zahlt uns die BWI jährlich rund 38 Millionen Euro für zwei komplette Hallen, der Vertrag läuft bis Ende 2034.",
          "'uns' = Brückenfeld Rechenzentren (the interviewee's company); signed 'im November 2024' (previous sentence); same lease as 006",
          per="year", term=["2025-01", "2034"], kind_alt=["other"]),
        N("bwi-google-cloud", ["BWI", "Google"], "cloud_contract", None, "signed",
          "Die BWI hat im Herbst ihre neue Cloud an Google vergeben.",
          "amount-less question about the 2025 contract (008, 013); 'im Herbst' without a year -> null; optional"),
        D("brueckenfeld-zuelpich-capex", ["Brückenfeld Rechenzentren"], "capex_plan",
          400000000, "EUR", "range", None, "planned",
          "Wir planen dafür zwischen 400 und 450 Millionen Euro ein, je nachdem, wie viel Leistung wir am Ende bekommen.",
          "second site near Zülpich; undated interview -> null",
          amount_max=450000000),
        D("lohmeyer-brueckenfeld-loan", ["Bankhaus Lohmeyer", "Brückenfeld Rechenzentren"], "other",
          180000000, "EUR", "exact", None, "signed",
          "Bankhaus Lohmeyer stellt uns davon einen Projektkredit über 180 Millionen Euro bereit, den Rest bringen unsere Gesellschafter mit.",
          "project loan for the second site; 'uns' = Brückenfeld",
          kind_alt=["investment"]),
        D("tallowcreek-brueckenfeld-offer", ["Tallowcreek", "Brückenfeld Rechenzentren"], "acquisition",
          520000000, "EUR", "exact", None, "cancelled",
          "Ein amerikanischer Infrastrukturfonds, Tallowcreek, wollte uns komplett kaufen und hat 520 Millionen Euro geboten.",
          "offer refused after a week (next sentence) -> cancelled; no date"),
    ],
    not_deals=["92.000 Euro im Jahr", "gut 13 Cent je Kilowattstunde", "1.900 Euro pro Rack und Monat",
               "12,50 Euro", "7,90 Euro im Monat"],
)

A["019_defence_stocks_boursedesk_en.txt"] = dict(
    published="2026-05-14",
    published_note="from the line 'European Markets | Thursday, 14 May 2026 · Close of trading'; 'on Wednesday' -> 2026-05-13; 'on Tuesday' -> 2026-05-12",
    language="en",
    deals=[
        D("hensoldt-vallenstedt", ["Hensoldt", "Vallenstedt Optronik"], "acquisition",
          210000000, "EUR", "approx", "2026-05-13", "signed",
          "Hensoldt rose 4.2 per cent to €84.30 after the sensor group agreed on Wednesday to buy Vallenstedt Optronik, a Jena maker of cooled infrared cameras, for about €210 million including debt.",
          "share price in the same sentence is not a deal"),
        D("bundeswehr-rheinmetall-skyranger", ["Bundeswehr", "Rheinmetall"], "supply",
          600000000, "EUR", "approx", "2026-05-12", "signed",
          "Rheinmetall added 1.8 per cent to €1,612 on a Bundeswehr order for Skyranger 30 air-defence vehicles worth around €600 million, which the group confirmed on Tuesday.",
          "deliveries until 2029 (next sentence)",
          term=["2026", "2029"]),
        D("helsing-round-2026-talks", ["Helsing"], "investment",
          1000000000, "EUR", "up_to", "2026-05", "rumored",
          "Away from the listed names, Helsing has begun canvassing investors for a fresh raise of as much as €1 billion, according to a pair of bankers briefed on the mandate, less than a year after its last fundraising.",
          "sourced rumour of a new round, no investor named; 'as much as' -> up_to"),
    ],
    not_deals=["€84.30", "€48 million", "€95", "€88", "€1,612", "€71.90", "SEK 318", "around €12 billion",
               "€381 billion", "$1.162", "$66.40", "€286.50", "1,962p", "€19 a month"],
)

A["020_quantum_twister_amperwochenblatt.txt"] = dict(
    published="2026-11-20",
    published_note="from the issue line 'Nr. 47 · Freitag, 20. November 2026'; 'am Mittwoch' -> 2026-11-18; 'Im Juli' -> 2026-07; 'Im August' -> 2026-08",
    language="de",
    deals=[
        D("bundeswehr-quantum-twister-2026", ["Bundeswehr", "Quantum Systems"], "supply",
          290000000, "EUR", "approx", "2026-11-18", "signed",
          "Das Beschaffungsamt der Bundeswehr hat am Mittwoch bei Quantum Systems Aufklärungsdrohnen vom Typ Twister für rund 290 Millionen Euro bestellt.",
          "second Bundeswehr-Quantum deal; deliveries from spring 2027 to the end of 2028",
          term=["2027", "2028"]),
        D("bundeswehr-quantum-vector-2024", ["Bundeswehr", "Quantum Systems"], "supply",
          160000000, "EUR", "up_to", "2024-02", "signed",
          "Im Februar 2024 hatte das Amt mit Quantum einen Rahmenvertrag über bis zu 160 Millionen Euro für Vector-Drohnen abgeschlossen, der im Februar 2028 ausläuft und inzwischen fast vollständig abgerufen ist.",
          "restatement of the 2024 framework (001); 'das Amt' = the Bundeswehr procurement office",
          term=["2024-02", "2028-02"]),
        D("quantum-kestrelwerk", ["Quantum Systems", "Kestrelwerk Sensorik"], "acquisition",
          35000000, "EUR", "approx", "2026-07", "completed",
          "Im Juli kaufte der Drohnenhersteller den Freisinger Wärmebildspezialisten Kestrelwerk Sensorik für rund 35 Millionen Euro.",
          "'der Drohnenhersteller' = Quantum Systems; different from the cancelled Bundeswehr order of Kestrelwerk (008)"),
        D("bundeswehr-arx-gereon", ["Bundeswehr", "ARX Robotics"], "supply",
          40000000, "EUR", "approx", "2026-08", "signed",
          "Im August hatte das Beschaffungsamt bei ARX Robotics unbemannte Bodenfahrzeuge vom Typ Gereon für knapp 40 Millionen Euro bestellt.",
          "'knapp' -> approx; 'das Beschaffungsamt' = the Bundeswehr procurement office"),
    ],
    not_deals=["rund 6 Millionen Euro", "rund drei Milliarden Euro", "rund 95.000 Euro",
               "5.450 Euro pro Quadratmeter"],
)


def main():
    used = {p for a in A.values() for d in a["deals"] for p in d["parties"]}
    aliases = {k: v for k, v in ALIASES.items() if k in used}
    missing = used - set(ALIASES)
    if missing:
        raise SystemExit(f"parties without aliases: {sorted(missing)}")
    gold = {"about": ABOUT, "articles": A, "aliases": aliases}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
