#!/usr/bin/env python3
"""The annotation of corpus33 as code: run it to (re)write gold.json."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
L, T, H, K, Q, D = ("Lahnstrom Kältetechnik AG", "Tessmar Schaltanlagen SE", "Hollerbach Datenpark GmbH",
                    "Harrowdene Capital", "Queichtal Energie AG", "Dravenor Systems Inc.")
M = 10**6
B = 10**9


def deal(id, parties, kind, amount, cur, qual, date, status, ev, req=True, amax=None, **kw):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amax,
         "currency": cur if amount else None, "qualifier": qual if amount else None,
         "date": date, "status": status, "required": req}
    d.update(kw)
    d["evidence"] = ev
    return d


def art(pub, note, lang, deals, nd):
    return {"published": pub, "published_note": note, "language": lang, "deals": deals, "not_deals": nd}


A = {}
A["001_lahnstrom_hollerbach_aktienfunk.txt"] = art("2024-03-14", "from the header '14.03.2024, 08:47 Uhr'; 'nach Börsenschluss am Mittwoch' -> 2024-03-13", "de", [
    deal("lahnstrom-hollerbach-2024", [L, H], "supply", 38*M, "EUR", "approx", "2024-03-13", "signed",
         "Das Volumen beziffert Lahnstrom auf rund 38 Mio. Euro, ausgeliefert werden soll in drei Tranchen bis Ende 2025.",
         term=[None, "2025"], note="customer Hollerbach introduced two sentences earlier ('Kunde ist'), 'Die Pfälzer bestellen' in the previous sentence; first of two Lahnstrom-Hollerbach orders (the €52m order of 2025 is different)"),
    deal("lahnstrom-wetzlar-capex", [L], "capex_plan", 25*M, "EUR", "approx", "2024-03", "announced",
         "Dafür nimmt der Vorstand knapp 25 Mio. Euro in die Hand, die neue Montagehalle soll im Sommer 2025 in Betrieb gehen.",
         note="'knapp' -> approx; plant extension in Wetzlar; 'das Unternehmen' in the previous sentence"),
], ["212 Mio. Euro", "14,3 Mio. Euro", "0,35 Euro", "18,42 €", "ca. 290 Mio. €", "24 Euro", "0 Euro", "4,90 Euro", "20 Milliarden Dollar"])

A["002_rackside_investor_may24_en.txt"] = art("2024-05-10", "from the issue line 'Issue 14 — Friday, May 10, 2024'; 'on Tuesday' -> 2024-05-07", "en", [
    deal("aws-singapore-2024", ["Amazon"], "capex_plan", 12*B, "SGD", "exact", "2024-05-07", "announced",
         "Amazon Web Services pledged on Tuesday to put S$12 billion into cloud infrastructure in the city-state through 2028, roughly $8.9 billion at current rates.",
         term=[None, "2028"], alt_amounts=[{"amount": 8.9*B, "currency": "USD"}], note="repeated as 'S$12bn' in BY THE NUMBERS"),
    deal("oracle-dravenor-supply", [D, "Oracle"], "supply", 140*M, "USD", "approx", "2024", "rumored",
         "Dravenor Systems, a Nasdaq-listed maker of liquid-cooling manifolds based in Austin, Texas, is said to be close to a supply agreement with Oracle worth about $140 million over two years, according to two people who have seen drafts.",
         alt_amounts=[{"amount": 150*M, "currency": "USD"}],
         note="rumour; 014 reports the contract as signed in August 2024 at $150m (alt_amounts); year only so the shared id's dates agree; different from the amount-less extension (008, 014)"),
], ["$22.60", "about $610 million", "$188 million", "$41 billion a year", "$41bn", "$0.99 a trade", "$19 a month"])

A["003_weilerbach_lauterbote.txt"] = art("2024-06-22", "from the date line 'Samstag, 22. Juni 2024'; 'am Donnerstagabend' -> 2024-06-20", "de", [
    deal("weilerbach-hollerbach-land", [H, "Gemeinde Weilerbach"], "acquisition", 11.4*M, "EUR", "exact", "2024-06-20", "signed",
         "Für 11,4 Millionen Euro geht das Areal an die Hollerbach Datenpark GmbH.", kind_alt=["other"],
         note="land sale by the municipality; council vote 'am Donnerstagabend' in the next sentence"),
    deal("queichtal-hollerbach-ppa", [Q, H], "supply", 9*M, "EUR", "approx", "2024-06", "signed",
         "Hollerbach zahlt dem Versorger ab 2027 jährlich rund 9 Millionen Euro.", per="year", term=["2027", "2038"],
         note="yearly power payments over twelve years from 2027; 'dem Versorger' = Queichtal Energie AG (previous sentence); signing day not given -> month"),
    deal("harrowdene-hollerbach-2024", [K, H], "investment", 60*M, "EUR", "exact", "2024-06", "signed",
         "Der Infrastrukturinvestor Harrowdene Capital beteiligt sich mit 60 Millionen Euro an der GmbH und erhält dafür eine Minderheitsbeteiligung, wie Geschäftsführer Jannik Hollerbach am Rande der Sitzung bestätigte.",
         note="'der GmbH' = Hollerbach; minority stake; different from the 2026 takeover (015, 016, 020)"),
], ["bis zu 3 Millionen Euro", "4,50 Euro", "31,8 Millionen Euro", "1,2 Millionen Euro", "18.990 Euro"])

A["004_schneider_motivair_pinfold_en.txt"] = art("2024-10-16", "from the line 'October 16, 2024 | 07:05 GMT'; dateline 'Oct 15', 'on Tuesday' -> 2024-10-15", "en", [
    deal("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850*M, "USD", "exact", "2024-10-15", "signed",
         "Schneider Electric agreed on Tuesday to purchase a 75% stake in Motivair, a U.S. maker of liquid-cooling equipment for supercomputers and AI data centres, for $850 million in cash.",
         alt_amounts=[{"amount": 780*M, "currency": "EUR"}], note="75% stake; 005 gives 'gut 780 Millionen Euro' (alt_amounts); completed 2025 (008)"),
    deal("schneider-motivair-remainder", ["Schneider Electric", "Motivair"], "acquisition", None, None, None, "2024-10-15", "planned",
         "The French group plans to acquire the remaining 25% in 2028, it said, without putting a figure on that second step.",
         req=False, note="planned second step without an amount; must stay apart from the 75% purchase"),
    deal("vertiv-cooltera", ["Vertiv", "CoolTera"], "acquisition", None, None, None, "2023", "completed",
         "The purchase puts Schneider in direct competition with Vertiv, which bought CoolTera late last year, and with smaller listed suppliers such as Dravenor Systems, whose shares fell 6% to $19.85 in early trading on the news.",
         req=False, note="background, no amount; 'late last year' -> 2023"),
], ["$19.85", "about $300 million", "236 euros", "more than 2 billion euros", "roughly $5 billion"])

A["005_tessmar_nebenwerte_depesche.txt"] = art("2024-11-07", "from the issue line 'Ausgabe 44 · Donnerstag, 7. November 2024'; 'am Montag' -> 2024-11-04", "de", [
    deal("equinix-tessmar-framework", ["Equinix", T], "supply", 120*M, "EUR", "up_to", "2024-11-04", "signed",
         "Über drei Jahre können die Amerikaner Anlagen für bis zu 120 Millionen Euro abrufen, vor allem für Standorte in Frankfurt, Amsterdam und Dublin.",
         term=["2024-11", "2027"], note="framework contract signed 'am Montag' (previous sentence); 'die Amerikaner' = Equinix; different from the €75m fixed order of 2026 (019)"),
    deal("harrowdene-tessmar-stake", [K, T], "investment", 41*M, "EUR", "approx", "2024-11", "completed",
         "Der Londoner Finanzinvestor zahlte für das Paket nach unseren Berechnungen knapp 41 Millionen Euro, die Aktien stammen aus dem Bestand der Gründerfamilie.",
         kind_alt=["acquisition"], note="9.9% stake bought from the founding family; amount is the newsletter's own calculation; 'Der Londoner Finanzinvestor' = Harrowdene (previous sentence)"),
    deal("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 780*M, "EUR", "at_least", "2024-10", "signed",
         "Branchenblick: Schneider Electric hatte im Oktober für umgerechnet gut 780 Millionen Euro die Mehrheit am US-Kühlspezialisten Motivair übernommen.",
         note="same deal as 004, converted; 'gut' -> at_least"),
], ["96,4 Mio. Euro", "388 Mio. Euro", "370 bis 385 Mio. Euro", "36,80 €", "47,00 €", "30,50 €", "29 Euro", "249 Euro"])

A["006_lahnstrom_dispatch_en.html"] = art("2025-02-19", "from <meta article:published_time>, JSON-LD and <time> 'February 19, 2025'; 'on Monday' -> 2025-02-17", "en", [
    deal("lahnstrom-hollerbach-2024", [L, H], "supply", 38*M, "EUR", "approx", "2024", "signed",
         "Lahnstrom Kältetechnik, the Wetzlar-based maker of chillers and dry coolers whose shares trade in Frankfurt, has won a follow-on contract from Hollerbach Datenpark, the Kaiserslautern data-centre developer that already placed a roughly €38 million order with it a year ago.",
         note="restatement of the 2024 order (001); 'a year ago' -> 2024"),
    deal("lahnstrom-hollerbach-2025", [L, H], "supply", 52*M, "EUR", "exact", "2025-02-17", "signed",
         "The new order, signed on Monday, is worth €52 million and covers cooling for the second building on the Weilerbach campus.",
         term=["2025", "2026"], note="parties in the previous sentence; second Lahnstrom-Hollerbach order"),
    deal("lahnstrom-placement-2025", [L], "investment", 30*M, "EUR", "approx", "2025-02-17", "completed",
         "To finance the working capital, the German company placed new shares worth about €30 million with institutional investors on Monday night, at €21.10 apiece, a 4% discount to Monday's close.",
         note="capital increase without named investors; Bankhaus Görtemaker only ran the bookbuild; repeated in the headline"),
], ["€21.10", "€241 million", "€310 million", "€270 million to €290 million", "€1.50 per trade", "€1 trillion", "£14 a month"])

A["007_lahnstrom_kursnotiz.txt"] = art("2025-02-18", "from the header '18.02.2025 – 09:12 Uhr'; 'gestern' -> 2025-02-17", "de", [
    deal("lahnstrom-hollerbach-2025", [L, H], "supply", 52*M, "EUR", "exact", "2025-02-17", "signed",
         "Der Kältespezialist aus Mittelhessen hat gestern von der Hollerbach Datenpark GmbH einen weiteren Auftrag erhalten, diesmal über 52 Millionen Euro.",
         note="'Der Kältespezialist aus Mittelhessen' = Lahnstrom"),
    deal("lahnstrom-placement-2025", [L], "investment", 30*M, "EUR", "approx", "2025-02-17", "completed",
         "Der Bruttoerlös beläuft sich damit auf rund 30 Millionen Euro.",
         note="placement 'über Nacht' (Monday night) of 1.42m shares at €21.10 in the previous sentence"),
    deal("lahnstrom-hollerbach-2024", [L, H], "supply", 38*M, "EUR", "approx", "2024", "signed",
         "Schon der erste Hollerbach-Auftrag vor knapp einem Jahr hatte rund 38 Mio. Euro umfasst.", note="restatement of 001"),
    deal("harrowdene-hollerbach-2024", [K, H], "investment", None, None, None, "2024", "signed",
         "Der Entwickler aus Kaiserslautern gehört seit Sommer 2024 zum Teil dem Londoner Investor Harrowdene Capital.",
         req=False, note="background restatement without amount"),
], ["21,10 Euro", "20,95 €", "23,40 €", "0,40 €", "241 Mio. Euro", "310 Mio. Euro", "27 Euro", "9,99 Euro"])

A["008_vertiv_greatlakes_pinfold_en.txt"] = art("2025-07-18", "from the line 'July 18, 2025 | 12:40 GMT'; dateline 'July 17', 'on Thursday' -> 2025-07-17", "en", [
    deal("vertiv-great-lakes", ["Vertiv", "Great Lakes Data Racks & Cabinets"], "acquisition", 200*M, "USD", "approx", "2025-07-17", "signed",
         "Vertiv Holdings said it agreed to acquire Great Lakes Data Racks & Cabinets, a family-owned maker of server racks and enclosures in Pennsylvania, for about $200 million in cash, its latest move to sell complete rows of equipment to builders of AI data centres.",
         note="the earn-out of up to $40m is part of the deal (not_deals)"),
    deal("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", None, None, None, "2024-10", "completed",
         "Schneider Electric finished taking majority control of Motivair earlier this year, and smaller suppliers are picking up orders: Dravenor Systems, the Austin liquid-cooling company, said this week that Oracle had extended a supply contract signed last year, without giving a value.",
         req=False, note="completion without amount; keeps the date of the agreement"),
    deal("oracle-dravenor-extension", [D, "Oracle"], "supply", None, None, None, "2025-07", "signed",
         "Schneider Electric finished taking majority control of Motivair earlier this year, and smaller suppliers are picking up orders: Dravenor Systems, the Austin liquid-cooling company, said this week that Oracle had extended a supply contract signed last year, without giving a value.",
         req=False, note="extension without a value; different from the 2024 contract"),
], ["$40 million", "$131.40", "about $9.9 billion", "roughly $8 billion"])

A["009_nebius_serverwerte.txt"] = art("2025-09-10", "from the issue line 'Nr. 36/2025 | Mittwoch, 10.09.2025'; 'am Montagabend' -> 2025-09-08", "de", [
    deal("microsoft-nebius", ["Microsoft", "Nebius"], "cloud_contract", 17.4*B, "USD", "exact", "2025-09-08", "signed",
         "Der in Amsterdam ansässige Anbieter von GPU-Rechenleistung hat mit Microsoft einen Vertrag über 17,4 Milliarden Dollar geschlossen, umgerechnet knapp 14,9 Milliarden Euro.",
         term=[None, "2031"], alt_amounts=[{"amount": 14.9*B, "currency": "EUR"}, {"amount": 19.4*B, "currency": "USD"}],
         note="Nebius named in the previous sentence, date 'am Montagabend' in the next; may rise to $19.4bn (alt_amounts)"),
    deal("nebius-raise-2025", ["Nebius"], "investment", 3*B, "USD", "approx", "2025-09-09", "planned",
         "Nebius will sich über neue Aktien und Wandelanleihen insgesamt rund 3 Milliarden Dollar am Kapitalmarkt besorgen.",
         note="'Nur einen Tag später' -> Tuesday; capital raise without named investors"),
    deal("tessmar-nebius-finland", [T, "Nebius"], "supply", 14*M, "EUR", "approx", "2025-07", "signed",
         "Die Mindener liefern nach eigenen Angaben Mittelspannungsanlagen für rund 14 Millionen Euro an den finnischen Nebius-Standort Mäntsälä, der Auftrag wurde bereits im Juli erteilt.",
         note="'Die Mindener' = Tessmar (previous sentence)"),
], ["über 95 Dollar", "rund 23 Milliarden Dollar", "44,10 Euro", "52 Euro", "bis zu 400 Euro", "6,90 Euro", "279 Euro"])

A["010_nebius_microsoft_marlow_en.txt"] = art("2025-09-09", "from the line 'Tuesday, September 9, 2025, 05:30 ET'; 'on Monday' -> 2025-09-08", "en", [
    deal("microsoft-nebius", ["Microsoft", "Nebius"], "cloud_contract", 17.4*B, "USD", "exact", "2025-09-08", "signed",
         "Nebius Group, the Amsterdam-based AI cloud firm spun out of what used to be Yandex's international arm, will supply Microsoft with GPU capacity worth $17.4 billion over five years, it said on Monday, sending its shares up 49% in after-hours trading.",
         note="upside to $19.4bn in the next sentence"),
    deal("nvidia-nebius-2024", ["Nebius", "Nvidia", "Accel", "Orbis Investments"], "investment", 700*M, "USD", "exact", "2024-12", "completed",
         "The company counted Nvidia among the buyers in a $700 million private placement last December, alongside Accel and Orbis Investments.",
         note="'last December' -> 2024-12"),
    deal("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80*B, "USD", "approx", "2025", "announced",
         "Microsoft has signed similar capacity deals with CoreWeave and others as it races to meet demand for its own AI services, on top of the roughly $80 billion it planned to spend on data centres in its last fiscal year.",
         req=False, note="background capex plan"),
    deal("microsoft-coreweave", ["Microsoft", "CoreWeave"], "cloud_contract", None, None, None, None, "signed",
         "Microsoft has signed similar capacity deals with CoreWeave and others as it races to meet demand for its own AI services, on top of the roughly $80 billion it planned to spend on data centres in its last fiscal year.",
         req=False, note="vague background, no amount or date"),
], ["$1.45 billion", "$105.1 million", "$900 million up to $1.1 billion", "$64.20"])

A["011_nvidia_nokia_kurswoge.html"] = art("2025-10-29", "from <meta name=date>, JSON-LD and the byline '29.10.2025 · 10:15 Uhr'; 'am Dienstag' -> 2025-10-28", "de", [
    deal("nvidia-nokia", ["Nvidia", "Nokia"], "investment", 1*B, "USD", "exact", "2025-10-28", "signed",
         "Paukenschlag aus Santa Clara: Nvidia steckt eine Milliarde Dollar in den Netzwerkausrüster Nokia aus Finnland.",
         note="amount in words; date 'am Dienstag' in the next sentence; share price $6.01 is not a deal"),
    deal("tessmar-hollerbach-2025", [T, H], "supply", 23.5*M, "EUR", "exact", "2025-10", "signed",
         "Das Volumen liegt laut Unternehmen bei 23,5 Millionen Euro – der größte Einzelauftrag in der Geschichte der Mindener.",
         note="parties in the previous sentence"),
], ["6,01 Dollar", "6,12 Euro", "47,35 Euro", "301 Millionen Euro", "ab 25 Euro", "über 100 Euro"])

A["012_microsoft_iren_pinfold_en.txt"] = art("2025-11-04", "from the line 'November 4, 2025 | 06:15 GMT'; dateline 'Nov 3', 'on Monday' -> 2025-11-03", "en", [
    deal("microsoft-iren", ["Microsoft", "IREN"], "cloud_contract", 9.7*B, "USD", "approx", "2025-11-03", "signed",
         "Microsoft will pay IREN, the Australian data-centre operator, about $9.7 billion during a five-year term for cloud capacity running on Nvidia's GB300 chips, the companies said on Monday.",
         alt_amounts=[{"amount": 8.4*B, "currency": "EUR"}], note="013 gives €8.4bn"),
    deal("iren-dell", ["IREN", "Dell Technologies"], "supply", 5.8*B, "USD", "approx", "2025-11-03", "signed",
         "Under a separate contract disclosed the same day, IREN is spending about $5.8 billion with Dell Technologies on servers and graphics processors for the site.",
         note="different deal from the Microsoft contract, same day"),
    deal("microsoft-nebius", ["Microsoft", "Nebius"], "cloud_contract", 17.4*B, "USD", "exact", "2025-09", "signed",
         "The deal follows Microsoft's $17.4 billion capacity agreement with Nebius in September and an agreement with Lambda, the terms of which were not disclosed.",
         note="restatement"),
    deal("microsoft-lambda", ["Microsoft", "Lambda"], "cloud_contract", None, None, None, "2025", "signed",
         "The deal follows Microsoft's $17.4 billion capacity agreement with Nebius in September and an agreement with Lambda, the terms of which were not disclosed.",
         req=False, note="terms not disclosed"),
], ["$75.73", "about $22 billion", "$501 million", "$34.9 billion"])

A["013_telekom_nvidia_nebenwerte_depesche.txt"] = art("2025-11-05", "from the issue line 'Ausgabe 45 · Mittwoch, 5. November 2025'; 'am Dienstag' -> 2025-11-04, 'am Montag' -> 2025-11-03", "de", [
    deal("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", 1*B, "EUR", "approx", "2025-11-04", "announced",
         "Für ein Rechenzentrum in München nehmen die beiden Konzerne rund eine Milliarde Euro in die Hand, in dem bis zu 10.000 Nvidia-Chips stehen sollen.",
         kind_alt=["capex_plan", "partnership", "joint_venture"], note="amount in words; parties and 'am Dienstag' in the previous sentence"),
    deal("microsoft-iren", ["Microsoft", "IREN"], "cloud_contract", 8.4*B, "EUR", "approx", "2025-11-03", "signed",
         "Und aus Amerika: Microsoft zahlt dem Betreiber IREN rund 8,4 Milliarden Euro für Rechenkapazität, verteilt über fünf Jahre.",
         note="same contract as 012, converted; 'am Montag' in the next sentence"),
    deal("tessmar-telekom-munich-bid", [T, "Deutsche Telekom"], "supply", None, None, None, "2025-11", "negotiating",
         "Tessmar Schaltanlagen bestätigte uns, dass man für das Münchner Projekt anbiete, nannte aber keine Summe.",
         req=False, note="bid without amount"),
    deal("lahnstrom-telekom-munich", [L, "Deutsche Telekom"], "supply", None, None, None, "2025-11", "signed",
         "Lahnstrom Kältetechnik wiederum hat einen Liefervertrag für die Kühlung in München bereits in der Tasche, wie der Vorstand am Rande einer Konferenz sagte – über den Wert schweigt man in Wetzlar.",
         req=False, note="signed supply without amount; customer is the Telekom project (previous paragraph)"),
], ["rund 12 Milliarden Euro", "28,9 Milliarden Euro", "47,90 €", "56 €", "24,60 €", "28 €", "249 Euro", "9 Euro"])

A["014_vertiv_dravenor_rackside_en.txt"] = art("2026-01-21", "from the issue line 'Issue 101 — Wednesday, January 21, 2026'; 'on Tuesday' -> 2026-01-20", "en", [
    deal("vertiv-dravenor", ["Vertiv", D], "acquisition", 1.35*B, "USD", "exact", "2026-01-20", "signed",
         "Vertiv Holdings agreed on Tuesday to acquire Dravenor Systems for $1.35 billion in cash, or $41.50 a share, a 38% premium to Friday's close.",
         note="completed 2026-06-01 (018)"),
    deal("oracle-dravenor-supply", [D, "Oracle"], "supply", 150*M, "USD", "exact", "2024-08", "signed",
         "The Oracle supply contract was in fact signed that August and came in at $150 million over two years – a little above the figure we heard at the time.",
         note="the rumour of 002 (May 2024), signed 'that August' -> 2024-08; Dravenor in the previous paragraph"),
    deal("oracle-dravenor-extension", [D, "Oracle"], "supply", None, None, None, "2025", "signed",
         "Oracle extended it last summer, and it remains Dravenor's largest single customer relationship.",
         req=False, note="'last summer' -> 2025; no amount"),
], ["$41.50 a share", "$326 million", "$12 million", "$17", "$14.80", "about $9.5 billion", "$0.45 each", "$19 a month", "$190 a year"])

A["015_harrowdene_hollerbach_dispatch_en.html"] = art("2026-03-12", "from <meta article:published_time>, JSON-LD and <time> 'March 12, 2026'; 'on Wednesday' -> 2026-03-11", "en", [
    deal("harrowdene-hollerbach-takeover", [K, H], "acquisition", 410*M, "EUR", "approx", "2026-03-11", "signed",
         "Harrowdene Capital, the London infrastructure investor, has agreed to buy the rest of Hollerbach Datenpark, a data-centre developer in the west German city of Kaiserslautern, in a deal that values the company at about €410 million (£350 million) including debt.",
         alt_amounts=[{"amount": 350*M, "currency": "GBP"}],
         note="enterprise value of the takeover; 'on Wednesday' in the next sentence; completed November 2026 (020)"),
    deal("harrowdene-hollerbach-2024", [K, H], "investment", 60*M, "EUR", "exact", "2024-06", "signed",
         "It already owned a minority stake, having put €60 million into the business in June 2024; the founding Hollerbach family is selling its remaining shares.",
         note="restatement of 003; 'It' = Harrowdene"),
    deal("queichtal-hollerbach-ppa", [Q, H], "supply", None, None, None, None, "signed",
         "Power comes from Queichtal Energie, a regional utility, under a twelve-year supply contract.",
         req=False, note="restatement without amount"),
], ["€25.80", "€51.20", "about £7 billion", "€43 million", "€1.50 per trade", "€180 per kilowatt a month", "£14 a month"])

A["016_harrowdene_hollerbach_pfalzwirtschaft.txt"] = art("2026-03-13", "from the date line 'Freitag, 13. März 2026 · Seite 3'; 'am Mittwoch' -> 2026-03-11", "de", [
    deal("harrowdene-hollerbach-takeover", [K, H], "acquisition", 410*M, "EUR", "approx", "2026-03-11", "signed",
         "Die Briten zahlen für die Gesellschaft rund 410 Millionen Euro einschließlich Schulden, wie Harrowdene am Mittwoch mitteilte.",
         note="'Die Briten' = Harrowdene, 'die Gesellschaft' = Hollerbach (previous sentence)"),
    deal("hollerbach-landstuhl-capex", [H], "capex_plan", 500*M, "EUR", "approx", "2026-03", "planned",
         "Geplant ist ein zweiter Campus bei Landstuhl, in den das Unternehmen bis 2030 rund eine halbe Milliarde Euro investieren will.",
         term=[None, "2030"], note="amount in words"),
    deal("queichtal-hollerbach-ppa", [Q, H], "supply", 9*M, "EUR", "exact", None, "signed",
         "Der Abnahmevertrag mit der Queichtal Energie AG läuft weiter; der Landauer Versorger erhält dafür neun Millionen Euro pro Jahr.",
         per="year", note="restatement of the 2024 PPA (003); signing date not given here"),
], ["2,4 Millionen Euro", "rund 90 Millionen Euro", "rund 43 Millionen Euro", "21 Millionen Euro", "3,9 %"])

A["017_lahnstrom_interview_unternehmerblatt.txt"] = art(None, "no date anywhere in the interview (only 'Lesedauer: 4 Minuten')", "de", [
    deal("lahnstrom-hollerbach-2025", [L, H], "supply", 52*M, "EUR", "exact", None, "signed",
         "Allein der zweite Auftrag über 52 Millionen Euro hat uns ein Jahr Auslastung gesichert.",
         note="restatement; 'uns' = Lahnstrom, Hollerbach in the previous sentence"),
    deal("lahnstrom-pilsen-capex", [L], "capex_plan", 40*M, "EUR", "approx", None, "planned",
         "Wir bauen deshalb ein zweites Werk in Pilsen und investieren dort rund 40 Millionen Euro.", note="'Wir' = Lahnstrom; undated"),
    deal("harrowdene-lahnstrom-offer", [K, L], "acquisition", 300*M, "EUR", "approx", None, "cancelled",
         "Harrowdene Capital wollte die Mehrheit an Lahnstrom übernehmen und hat uns dafür rund 300 Millionen Euro geboten.",
         note="offer refused ('einstimmig abgelehnt'); undated"),
], ["62.000 Euro", "400.000 Euro", "5,50 Euro"])

A["018_rackside_investor_june26_en.txt"] = art("2026-06-11", "from the issue line 'Issue 121 — Thursday, June 11, 2026'; 'last Thursday' -> 2026-06-04", "en", [
    deal("vertiv-dravenor", ["Vertiv", D], "acquisition", 1.35*B, "USD", "exact", "2026-01", "completed",
         "Vertiv closed its $1.35 billion takeover of Dravenor Systems on June 1, ending the Austin company's seven years on Nasdaq.",
         note="completion on 2026-06-01; keeps the date of the agreement (014)"),
    deal("nebius-lahnstrom-finland", ["Nebius", L], "supply", 31*M, "EUR", "exact", "2026-06-04", "signed",
         "Nebius will pay the company €31 million for cooling systems at its expanded campus in Mäntsälä, Finland, the German company said last Thursday.",
         alt_amounts=[{"amount": 36*M, "currency": "USD"}], note="'the company' = Lahnstrom (previous sentence); 'That is about $36 million' next sentence"),
    deal("microsoft-nebius", ["Microsoft", "Nebius"], "cloud_contract", None, None, None, "2025-09", "signed",
         "Nebius itself has been spending heavily since its Microsoft contract last September; the company guided to capital expenditure of more than $5 billion this year.",
         req=False, note="restatement without amount"),
], ["$41.50 a share", "$41.20", "€27.40", "€0.40", "more than $5 billion", "$52 billion", "$210 per kilowatt a month", "$1.75 per trade", "$19 a month"])

A["019_tessmar_ashcombe_note_en.txt"] = art("2026-09-17", "from the line 'London, 17 September 2026'; 'on Tuesday' -> 2026-09-15", "en", [
    deal("equinix-tessmar-2026", ["Equinix", T], "supply", 75*M, "EUR", "exact", "2026-09-15", "signed",
         "Equinix is buying medium-voltage switchgear for €75m for three new data centres in Frankfurt and Munich.",
         term=["2027", "2028"], note="firm order signed 'on Tuesday' (previous sentence); must stay apart from the 2024 framework"),
    deal("equinix-tessmar-framework", ["Equinix", T], "supply", 120*M, "EUR", "up_to", "2024", "signed",
         "Unlike the autumn-2024 framework agreement, which allowed call-offs of up to €120m, this one is a firm order",
         note="restatement of 005; 'autumn-2024' -> 2024"),
    deal("tessmar-bueckeburg-capex", [T], "capex_plan", 60*M, "EUR", "up_to", "2026-09", "planned",
         "The investment is expected to reach up to €60m, with construction due to start in spring 2027.",
         note="new plant in Bückeburg (previous sentence)"),
], ["€64.00", "€58.00", "roughly €520m", "€451m", "€53.90", "about €1.1bn"])

A["020_kurz_notiert_pfalzwirtschaft.txt"] = art("2026-11-13", "from the issue line 'Nr. 46 · 13.11.2026'; 'am Montag' -> 2026-11-09", "de", [
    deal("harrowdene-hollerbach-takeover", [K, H], "acquisition", 410*M, "EUR", "approx", "2026-03", "completed",
         "Die im März vereinbarte Transaktion über rund 410 Millionen Euro ist nach der Freigabe durch das Bundeskartellamt seit Anfang November abgeschlossen.",
         note="completion; keeps the date of the agreement ('im März')"),
    deal("lahnstrom-pilsen-capex", [L], "capex_plan", 40*M, "EUR", "approx", None, "planned",
         "Die Investitionssumme gibt das Wetzlarer Unternehmen weiterhin mit rund 40 Millionen Euro an.",
         note="restatement of 017; groundbreaking 'am Dienstag', plan date not given"),
    deal("sk-hynix-yongin", ["SK hynix"], "capex_plan", 600*10**12, "KRW", "approx", "2026-11-09", "announced",
         "SK hynix will in seinen Chipcluster in Yongin bis Mitte der 2040er-Jahre rund 600 Billionen Won investieren, umgerechnet etwa 370 Milliarden Euro.",
         alt_amounts=[{"amount": 370*B, "currency": "EUR"}], note="German 'Billionen' = 10^12; reaffirmed 'am Montag' (next sentence)"),
    deal("queichtal-bond-2026", [Q], "other", 150*M, "EUR", "exact", "2026-11", "completed",
         "Der Landauer Versorger hat eine grüne Anleihe über 150 Millionen Euro mit einem Kupon von 4,125 Prozent platziert.",
         req=False, kind_alt=["investment"], note="bond placement without named buyers; optional"),
], ["300 Millionen Euro", "25.000 Euro", "250.000 Euro"])

ALIASES = {
    L: [L, "Lahnstrom Kältetechnik", "Lahnstrom"],
    T: [T, "Tessmar Schaltanlagen", "Tessmar"],
    H: [H, "Hollerbach Datenpark", "Hollerbach"],
    K: [K, "Harrowdene"],
    Q: [Q, "Queichtal Energie", "Queichtal"],
    D: [D, "Dravenor Systems", "Dravenor"],
    "Gemeinde Weilerbach": ["Gemeinde Weilerbach", "Weilerbach"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Oracle": ["Oracle", "Oracle Corp."],
    "Schneider Electric": ["Schneider Electric", "Schneider"],
    "Motivair": ["Motivair", "Motivair Corp."],
    "Vertiv": ["Vertiv", "Vertiv Holdings"],
    "CoolTera": ["CoolTera"],
    "Equinix": ["Equinix"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Nebius": ["Nebius", "Nebius Group"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Accel": ["Accel"],
    "Orbis Investments": ["Orbis Investments", "Orbis"],
    "Nokia": ["Nokia"],
    "IREN": ["IREN", "Iris Energy"],
    "Dell Technologies": ["Dell Technologies", "Dell"],
    "Lambda": ["Lambda"],
    "CoreWeave": ["CoreWeave"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom"],
    "Great Lakes Data Racks & Cabinets": ["Great Lakes Data Racks & Cabinets", "Great Lakes"],
    "SK hynix": ["SK hynix", "SK Hynix"],
}

ABOUT = ("Hand-annotated deals in the thirty-third, held-out test corpus (tests/corpus33/articles/), written for the tests and "
         "independent of the extractor; same format and rules as tests/corpus15/gold.json. One entry per article; a deal that several "
         "articles report carries the same id in each. 'required': false marks amount-less, vague or background mentions that an extractor "
         "may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
         "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' marks a rate. "
         "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in another currency or at another "
         "precision. 'date' is when the deal was announced or agreed, resolved against the article's publication date ('published', or null "
         "when the article has none); a completed or cancelled deal keeps the date of the original agreement; 'term' is the period the deal "
         "covers; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
         "occur in the visible text (check_corpus_gold.visible_text). Invented companies: " + ", ".join([L, T, H, K, Q, D]) +
         "; invented publications, banks and people are named in README.md; the deals of real companies are partly real, partly invented "
         "or shifted. Nothing here is reporting.")


def clean(d):
    for k in ("amount", "amount_max"):
        if isinstance(d.get(k), float) and d[k].is_integer():
            d[k] = int(d[k])
    for a in d.get("alt_amounts", []):
        if isinstance(a["amount"], float):
            a["amount"] = int(round(a["amount"]))
    if isinstance(d.get("amount"), float):
        d["amount"] = int(round(d["amount"]))
    return d


for a in A.values():
    a["deals"] = [clean(d) for d in a["deals"]]
gold = {"about": ABOUT, "articles": dict(sorted(A.items())), "aliases": ALIASES}
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote gold.json:", len(A), "articles")
