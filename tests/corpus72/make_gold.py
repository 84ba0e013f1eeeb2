#!/usr/bin/env python3
"""Write gold.json: the hand annotation of tests/corpus72/articles/.

Usage: python3 tests/corpus72/make_gold.py
Edit the annotation here, run the script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B, M = 1_000_000_000, 1_000_000


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required if amount is not None else False}
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


def none(id, parties, kind, date, status, evidence, note=None, kind_alt=None):
    """An amount-less mention: always optional."""
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=False,
                note=note, kind_alt=kind_alt)


ABOUT = (
    "Hand-annotated deals in the seventy-second, held-out test corpus (tests/corpus72/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: the equipment makers and landlords behind AI data centres (Schneider "
    "Electric, Vertiv, Eaton, ABB, Siemens Energy, GE Vernova, Caterpillar, Cummins, Equinix, Digital Realty, "
    "Applied Digital) and German coverage of the same developments. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks amount-less, vague or background "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are "
    "NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks "
    "a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) states it in "
    "another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM "
    "or YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date "
    "line, dateline, issue line, byline date, <meta> tag or JSON-LD, or null when the article has none); "
    "seasons and quarters become the year; a rumour that later turns into a signed deal carries only the year; "
    "a cancelled deal keeps the date of the original talks; 'term' is the period the deal covers, where the "
    "text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Capital-"
    "spending plans list only the spender (capex_plan). Invented companies: Taunusfeld Rechenzentren GmbH, "
    "Wettertal Energie, Frostkamp Systemtechnik GmbH, Corriedale Thermal, Hasetal Kapital, Marlowe Fenn Growth "
    "Partners; invented publications, research "
    "houses, advertisers and people are listed in invented_names.txt. The deals of real companies follow "
    "public reports of 2024-2025 with shifted or simplified details, and those dated 2026 are invented. "
    "Nothing here is reporting.")

A = {}

A["001_digitalrealty_blackstone_mainbogen.txt"] = {
    "published": "2024-01-24",
    "published_note": "dateline 'Frankfurt, 24. Januar 2024' (a Wednesday); 'am Dienstag' -> 2024-01-23",
    "language": "de",
    "deals": [
        deal("dlr-blackstone-jv-2024", ["Digital Realty", "Blackstone"], "joint_venture", 7 * B, "USD", "approx",
             "2024-01-23", "signed",
             "Beide Seiten beziffern das Vorhaben auf rund sieben Milliarden Dollar, umgerechnet etwa 6,4 Milliarden Euro; bekanntgegeben wurde die Vereinbarung am Dienstag.",
             alt=[(6.4 * B, "EUR")],
             note="parties in the previous sentence ('Gemeinsam mit Fonds des Finanzinvestors Blackstone gründet das Unternehmen'); amount in words"),
        deal("blackstone-qts-2021", ["Blackstone", "QTS"], "acquisition", 10 * B, "USD", "approx", "2021", "completed",
             "Für die New Yorker ist das kein Neuland: Schon 2021 hatte Blackstone den US-Anbieter QTS für rund zehn Milliarden Dollar einschließlich Schulden geschluckt.",
             required=False, note="background deal of 2021, optional"),
        deal("dlr-capex-2024", ["Digital Realty"], "capex_plan", 2.5 * B, "USD", "range", "2024", "planned",
             "Für das laufende Jahr will der Konzern nach eigener Planung zwischen 2,5 und 3,0 Milliarden Dollar in Neubauten stecken.",
             amount_max=3.0 * B, term=["2024", "2024"],
             note="'der Konzern' = Digital Realty (previous sentence); plan for the current year, stated without a day"),
    ],
    "not_deals": ["knapp 5,5 Milliarden Dollar", "gut 135 Dollar", "rund 2,6 Milliarden Euro", "an 1.000 Euro",
                  "zehn bis zwölf Millionen Euro je Megawatt", "ab 389 Euro"],
}

A["002_equinix_xscale_lanyard_en.txt"] = {
    "published": "2024-10-02",
    "published_note": "date line 'October 2, 2024 · 06:15 ET'; dateline 'Oct 1'; 'on Tuesday' -> 2024-10-01",
    "language": "en",
    "deals": [
        deal("equinix-gic-cpp-xscale-us", ["Equinix", "GIC", "CPP Investments"], "joint_venture", 15 * B, "USD",
             "at_least", "2024-10-01", "signed",
             "Equinix has brought Singapore's sovereign wealth fund GIC and Canadian pension manager CPP Investments into a joint venture that will build very large data centres in the United States, a partnership the three valued at more than $15 billion on Tuesday.",
             alt=[(14 * B, "EUR")],
             note="'more than' -> at_least; the EUR figure is how 003 states it; the ~$6 billion equity part is a not_deal"),
        deal("equinix-gic-xscale-emea-2019", ["Equinix", "GIC"], "joint_venture", 1 * B, "USD", "at_least", "2019",
             "signed",
             "Equinix and GIC set up their first xScale venture, for Europe, back in 2019, an arrangement worth more than $1 billion when it was signed.",
             required=False, note="background deal of 2019 between two of the same partners; optional; must stay apart from the 2024 venture"),
    ],
    "not_deals": ["Roughly $6 billion", "$880.12", "close to $84 billion", "between $8.7 billion and $8.8 billion",
                  "$49 billion", "$11 million to $13 million per megawatt"],
}

A["003_schneider_motivair_kurskladde.txt"] = {
    "published": "2024-10-16",
    "published_note": "portal date line '16.10.2024, 08:41 Uhr' (a Wednesday); 'am Dienstagabend' -> 2024-10-15",
    "language": "de",
    "deals": [
        deal("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850 * M, "USD", "exact",
             "2024-10-15", "signed",
             "Für die Mehrheit zahlen die Franzosen 850 Millionen Dollar in bar, das sind rund 780 Millionen Euro.",
             alt=[(780 * M, "EUR")],
             note="'die Franzosen' = Schneider Electric; target, 75 % stake and 'am Dienstagabend' in the previous sentence"),
        none("schneider-motivair-remaining", ["Schneider Electric", "Motivair"], "acquisition", "2024-10-15", "planned",
             "Den Rest von 25 Prozent soll Schneider 2028 übernehmen, über den Preis dafür schweigen beide Unternehmen.",
             note="second step of the purchase, announced with the first; no price; must stay apart from the $850m majority deal"),
        deal("equinix-gic-cpp-xscale-us", ["Equinix", "GIC", "CPP Investments"], "joint_venture", 15 * B, "USD",
             "at_least", "2024-10", "signed",
             "Erst vor zwei Wochen hatte der Betreiber Equinix mit dem Staatsfonds GIC und dem Pensionsfonds CPP Investments ein Gemeinschaftsunternehmen für Rechenzentren in den USA angekündigt, das mehr als 15 Milliarden Dollar (knapp 14 Milliarden Euro) schwer sein soll.",
             alt=[(14 * B, "EUR")], note="'vor zwei Wochen' -> month only (2024-10); same deal as 002"),
    ],
    "not_deals": ["ungefähr 300 Millionen Dollar", "rund 36 Milliarden Euro", "236,80 €", "108,15 $", "36,02 €",
                  "Kursziel von 265 Euro", "etwa 135 Milliarden Euro", "ab 1 Euro pro Order", "Startguthaben von 50 Euro"],
}

A["004_motivair_amherst_niagara_en.html"] = {
    "published": "2024-10-17",
    "published_note": "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished 2024-10-17 (a Thursday); 'on Tuesday' -> 2024-10-15",
    "language": "en",
    "deals": [
        deal("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850 * M, "USD", "exact",
             "2024-10-15", "signed",
             "Motivair, which makes the pumps, coolant distribution units and chillers that keep AI supercomputers from overheating, agreed on Tuesday to sell a 75% stake to the French electrical giant Schneider Electric for $850 million in cash.",
             note="told from the seller's side"),
        none("schneider-motivair-remaining", ["Schneider Electric", "Motivair"], "acquisition", "2024-10", "planned",
             "Schneider has said it will acquire the remaining quarter of the company in 2028.",
             note="'the company' = Motivair; no price"),
    ],
    "not_deals": ["$72,000 a year", "close to $300 million", "up to $2 million", "$1.9 billion", "$265,000",
                  "$8,900", "4 weeks for $1", "$3.99 a week"],
}

A["005_vorlauf_ruecklauf_digest.txt"] = {
    "published": "2024-12-12",
    "published_note": "issue line 'Nr. 61 · Donnerstag, 12. Dezember 2024'; 'am Dienstag' -> 2024-12-10; 'vergangene Woche' -> 2024-12",
    "language": "de",
    "deals": [
        none("vertiv-cooltera", ["Vertiv", "CoolTera"], "acquisition", "2024-12-10", "signed",
             "Vertiv hat sich am Dienstag mit CoolTera auf eine Übernahme geeinigt, einen britischen Spezialisten für Kühlmittelverteiler und sekundäre Flüssigkeitskreisläufe.",
             note="price not disclosed; the $7.4bn in the next sentence is Vertiv's order backlog"),
        deal("siemens-energy-charlotte", ["Siemens Energy"], "project", 150 * M, "USD", "exact", "2024-12", "announced",
             "Siemens Energy hat vergangene Woche bestätigt, 150 Millionen Dollar in ein Werk für Großtransformatoren in Charlotte im US-Bundesstaat North Carolina zu stecken, das erste dieser Art für den Konzern in den USA.",
             kind_alt=["capex_plan"], note="'vergangene Woche' (2-6 December) -> month"),
        deal("dlr-blackstone-jv-2024", ["Digital Realty", "Blackstone"], "joint_venture", 7 * B, "USD", "exact",
             "2024-01", "signed",
             "Für das im Januar vereinbarte Gemeinschaftsunternehmen von Digital Realty und Blackstone über sieben Milliarden Dollar drehen sich in Frankfurt und Nord-Virginia inzwischen die Kräne.",
             note="restated; 'im Januar' -> 2024-01"),
        deal("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850 * M, "USD", "exact",
             "2024-10", "signed",
             "Schneider Electrics 850-Millionen-Dollar-Kauf von 75 Prozent an Motivair, unterschrieben im Oktober, soll im ersten Quartal abgeschlossen werden.",
             note="compound amount; genitive 'Schneider Electrics'; 'im Oktober' -> month"),
    ],
    "not_deals": ["etwa 7,4 Milliarden Dollar", "mehr als vier Millionen Dollar pro Stück", "2,1 Mrd. Dollar",
                  "Frühbucherticket 149 Euro", "Teampass 499 Euro"],
}

A["006_eaton_fibrebond_fallowmere_en.txt"] = {
    "published": "2025-03-18",
    "published_note": "'Published 18 March 2025, 07:02 GMT'; dateline 'March 17'; 'on Monday' -> 2025-03-17",
    "language": "en",
    "deals": [
        deal("eaton-fibrebond", ["Eaton", "Fibrebond"], "acquisition", 1.4 * B, "USD", "exact", "2025-03-17", "signed",
             "Power management company Eaton Corporation plc announced on Monday a definitive agreement to buy Fibrebond Corporation for $1.4 billion in cash, adding a builder of pre-integrated modular power rooms that data centre and utility customers can drop onto a site instead of wiring a building from scratch.",
             alt=[(1.3 * B, "EUR")], note="the EUR figure is how 007 states it"),
        deal("eaton-resilient-power", ["Eaton", "Resilient Power Systems"], "acquisition", 55 * M, "USD", "exact",
             "2025-02", "signed",
             "Last month the group agreed to acquire Resilient Power Systems, a Texas developer of solid-state transformers, for $55 million upfront; former owners can earn up to $95 million more if revenue targets for 2026 and 2027 are met.",
             note="'the group' = Eaton; 'Last month' -> 2025-02; the earn-out of up to $95m is part of the deal (not_deal)"),
    ],
    "not_deals": ["roughly $378 million", "up to $95 million", "$24.9 billion", "$291.40", "up to $1.6 billion"],
}

A["007_eaton_schneider_sammelschiene.txt"] = {
    "published": "2025-03-20",
    "published_note": "issue line 'Ausgabe 12/2025 · Donnerstag, 20. März 2025'; 'am Montag' -> 2025-03-17; 'vergangene Woche' -> 2025-03",
    "language": "de",
    "deals": [
        deal("eaton-fibrebond", ["Eaton", "Fibrebond"], "acquisition", 1.4 * B, "USD", "exact", "2025-03-17", "signed",
             "Mit der 1,4-Milliarden-Dollar-Übernahme des Gehäusebauers Fibrebond (umgerechnet knapp 1,3 Milliarden Euro), die am Montag bekannt wurde, sichert sich Eaton vorgefertigte Energiezentralen, die komplett verkabelt auf die Baustelle geliefert werden.",
             alt=[(1.3 * B, "EUR")], note="compound amount; 'die Iren' in the next sentence = Eaton"),
        deal("schneider-us-2025", ["Schneider Electric"], "capex_plan", 700 * M, "USD", "at_least", "2025-03",
             "announced",
             "Der französische Konzern kündigte vergangene Woche an, seine Werke und Lieferketten in den Vereinigten Staaten bis 2027 mit mehr als 700 Millionen Dollar auszubauen.",
             term=[None, "2027"], note="'Der französische Konzern' = Schneider Electric (previous sentence); 'mehr als' -> at_least"),
        deal("siemens-energy-charlotte", ["Siemens Energy"], "project", 150 * M, "USD", "exact", "2024", "announced",
             "Auch Siemens Energy baut jenseits des Atlantiks: Das Ende vergangenen Jahres angekündigte Trafowerk in Charlotte für 150 Millionen Dollar soll 2027 die ersten Großtransformatoren ausliefern.",
             kind_alt=["capex_plan"], note="restated; 'Ende vergangenen Jahres' -> 2024"),
    ],
    "not_deals": ["etwa 378 Millionen Dollar", "fünf bis sieben Millionen Euro", "etwa 240 Milliarden Euro",
                  "30 Millionen Euro Fördergeld", "bis 85.000 Euro brutto im Jahr", "Frühbucherpreis 690 Euro",
                  "Jahresabo 189 Euro", "Einzelausgabe 6,50 Euro"],
}

A["008_spinning_reserve_gevernova_en.txt"] = {
    "published": "2025-06-26",
    "published_note": "byline 'Posted 26 June 2025'; 'this week' and 'at the start of June' -> 2025-06; 'In January' -> 2025-01; 'this spring' -> 2025",
    "language": "en",
    "deals": [
        none("crusoe-gevernova-turbines", ["Crusoe", "GE Vernova"], "supply", "2025-06", "signed",
             "Crusoe, the developer behind the big Abilene site, has ordered 29 aeroderivative LM2500XPRESS units from GE Vernova, roughly a gigawatt of on-site generation.",
             note="no price disclosed; the analysts' ~$500m guess is a not_deal"),
        deal("applied-digital-coreweave-2025-06", ["Applied Digital", "CoreWeave"], "cloud_contract", 7 * B, "USD",
             "approx", "2025-06", "signed",
             "The landlords are moving just as fast: Applied Digital agreed two leases with CoreWeave, each running 15 years, at its North Dakota campus at the start of June, worth about $7 billion in rent over their life.",
             kind_alt=["other"], note="two leases reported as one deal; must stay apart from the later third lease (016)"),
        deal("gevernova-us-plan-2025", ["GE Vernova"], "capex_plan", 600 * M, "USD", "approx", "2025-01", "announced",
             "In January, GE Vernova said it would put nearly $600 million into its U.S. factories over the next two years, a chunk of it in Greenville, South Carolina, where the big turbines are made.",
             term=["2025", "2026"], note="'nearly' -> approx"),
        deal("caterpillar-lafayette-2025", ["Caterpillar"], "capex_plan", 725 * M, "USD", "exact", "2025", "announced",
             "Caterpillar has gone further in engines: the Texas-based group committed $725 million this spring to expand large-engine production in Lafayette, Indiana, which feeds both its gensets and its gas compression business.",
             kind_alt=["project"], note="'this spring' -> year"),
    ],
    "not_deals": ["around $500 million", "$2,200 to $2,500 per kilowatt", "near $480", "about $131 billion",
                  "$12 monthly", "$120 annually"],
}

A["009_ordertakt_liveblog.txt"] = {
    "published": "2025-06-26",
    "published_note": "liveblog header 'Donnerstag, 26. Juni 2025'; 'am Mittwoch' -> 2025-06-25",
    "language": "de",
    "deals": [
        none("abb-gamesa-electric", ["ABB", "Gamesa Electric"], "acquisition", "2025", "rumored",
             "Gerücht um ABB: Die Schweizer sollen Interesse an Gamesa Electric haben, der Leistungselektronik-Sparte des Windturbinenbauers Siemens Gamesa.",
             note="rumour without amount; signed in July (010); seller Siemens Gamesa; year only"),
        deal("schneider-temasek-india", ["Schneider Electric", "Temasek"], "acquisition", 5 * B, "USD", "approx",
             "2025", "rumored",
             "Insidern zufolge verhandelt der Konzern mit dem Staatsfonds Temasek über den Kauf von dessen 35-Prozent-Anteil an der indischen Tochter; im Gespräch seien rund fünf Milliarden Dollar.",
             alt=[(5.5 * B, "USD"), (480 * B, "INR")],
             note="'der Konzern' = Schneider Electric (previous sentence); sourced rumour, signed on 2025-07-30 at about $5.5bn (010), so year only; the alt amounts are 010's figures"),
        deal("equinix-capex-2026-2029", ["Equinix"], "capex_plan", 4 * B, "USD", "range", "2025-06-25", "announced",
             "Der Rechenzentrumsbetreiber hatte am Mittwoch angekündigt, von 2026 bis 2029 jedes Jahr zwischen vier und fünf Milliarden Dollar in neue Kapazitäten zu stecken – deutlich mehr, als der Markt erwartet hatte.",
             amount_max=5 * B, per="year", term=["2026", "2029"],
             note="'Der Rechenzentrumsbetreiber' = Equinix (previous sentence); yearly range in words"),
    ],
    "not_deals": ["97,40 Euro", "131 Milliarden Euro", "rund 350 Dollar", "mehr als 13 Milliarden Dollar",
                  "1,1690 Dollar", "67,20 Dollar je Barrel"],
}

A["010_tickerhound_vertiv_en.txt"] = {
    "published": "2025-07-31",
    "published_note": "date line 'Jul 31, 2025 · 7:02 AM ET' (a Thursday); 'on Wednesday' -> 2025-07-30; 'earlier this month' -> 2025-07",
    "language": "en",
    "deals": [
        deal("vertiv-great-lakes", ["Vertiv", "Great Lakes Data Racks & Cabinets"], "acquisition", 200 * M, "USD",
             "approx", "2025-07-30", "signed",
             "Alongside the numbers, the company said on Wednesday it will buy privately held Great Lakes Data Racks & Cabinets, which makes server racks and aisle containment in Pennsylvania, for about $200 million, including certain earn-out payments.",
             note="'the company' = Vertiv (Vertiv Holdings in the previous paragraph)"),
        deal("schneider-temasek-india", ["Schneider Electric", "Temasek"], "acquisition", 5.5 * B, "USD", "approx",
             "2025-07-30", "signed",
             "Schneider Electric agreed on Wednesday to buy Singapore investor Temasek's 35% stake in Schneider Electric India for about $5.5 billion, or roughly 480 billion rupees, taking full control of the unit.",
             alt=[(480 * B, "INR")], note="signing of the rumour in 009"),
        none("abb-gamesa-electric", ["ABB", "Gamesa Electric"], "acquisition", "2025-07", "signed",
             "ABB, which earlier this month agreed to take over Gamesa Electric from Siemens Gamesa, did not disclose what it is paying.",
             note="price not disclosed"),
    ],
    "not_deals": ["$9.9 billion to $10.1 billion", "$2.64 billion", "about $8.5 billion", "$127.40",
                  "roughly $48 billion", "$160 price target", "$2.93 per share", "$19.99 a month", "$1,249 per person"],
}

A["011_taunusfeld_hochtaunus.html"] = {
    "published": "2025-09-10",
    "published_note": "<meta name='date'>, JSON-LD and visible '10.09.2025, 06:30 Uhr' (a Wednesday); 'am Dienstag' -> 2025-09-09",
    "language": "de",
    "deals": [
        deal("taunusfeld-caterpillar-2025", ["Taunusfeld Rechenzentren", "Caterpillar"], "supply", 140 * M, "EUR",
             "approx", "2025-09-09", "signed", "Der Auftrag hat ein Volumen von knapp 140 Millionen Euro.",
             note="parties, 38 gensets, the dealer Zeppelin Power Systems and 'am Dienstag' in the previous sentence; 'knapp' -> approx; must stay apart from the 2026 follow-on order (018)"),
        deal("taunusfeld-campus", ["Taunusfeld Rechenzentren"], "project", 1.1 * B, "EUR", "approx", "2025-09",
             "planned", "Insgesamt soll der Campus mit 180 Megawatt Anschlussleistung rund 1,1 Milliarden Euro kosten.",
             kind_alt=["capex_plan"], note="project cost of the campus; developer named in the paragraph before"),
        deal("lbbw-taunusfeld-loan", ["LBBW", "Taunusfeld Rechenzentren"], "other", 650 * M, "EUR", "exact",
             "2025-09", "signed",
             "Einen Teil davon leiht ein Bankenkonsortium unter Führung der LBBW: Die Institute stellen Taunusfeld einen Kredit über 650 Millionen Euro bereit.",
             kind_alt=["investment"], note="bank loan"),
        deal("taunusfeld-wettertal-land", ["Taunusfeld Rechenzentren", "Wettertal Energie"], "acquisition", 38 * M,
             "EUR", "approx", "2025-09", "negotiating",
             "Über das Grundstück verhandelt sie mit dem Eigentümer Wettertal Energie, im Gespräch sind rund 38 Millionen Euro.",
             note="'sie' = die Firma = Taunusfeld; land purchase under negotiation, cancelled in 018"),
    ],
    "not_deals": ["bis zu 15 Millionen Euro im Jahr", "vier Millionen Euro", "12,80 Euro je Quadratmeter",
                  "ab 9.990 Euro", "14,90 Euro im Monat"],
}

A["012_fenwick_gevernova_prolec_en.txt"] = {
    "published": "2025-10-22",
    "published_note": "date line 'Oct 22, 2025 | 05:40 GMT'; dateline 'Oct 21'; 'on Tuesday' -> 2025-10-21",
    "language": "en",
    "deals": [
        deal("gevernova-prolec", ["GE Vernova", "Xignux", "Prolec GE"], "acquisition", 5.275 * B, "USD", "exact",
             "2025-10-21", "signed",
             "GE Vernova will pay Mexico's Xignux $5.275 billion for the half of Prolec GE it does not yet own, the company said on Tuesday, betting that demand for grid equipment from utilities and data centre builders will stay strong for the rest of the decade.",
             note="purchase of the partner's 50 % of the joint venture; the implied $10.5bn valuation is a not_deal"),
        deal("gevernova-us-plan-2025", ["GE Vernova"], "capex_plan", 600 * M, "USD", "approx", "2025-01", "announced",
             "In January it pledged nearly $600 million for its U.S. plants over two years; on Tuesday executives said part of that would also flow to Prolec's U.S. factories.",
             term=["2025", "2026"], note="'it' = GE Vernova (previous sentence); restated from January"),
    ],
    "not_deals": ["roughly $10.5 billion", "around $3 billion", "$14.6 billion", "$9.97 billion",
                  "close to $29 billion", "$588.30", "about $160 billion", "$750 million"],
}

A["013_eaton_boyd_kapitalkurier.txt"] = {
    "published": "2025-11-04",
    "published_note": "date line 'Dienstag, 4. November 2025'; 'am Montag' -> 2025-11-03; 'Ende Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        deal("eaton-boyd-thermal", ["Eaton", "Boyd Thermal"], "acquisition", 9.5 * B, "USD", "exact", "2025-11-03",
             "signed",
             "Eaton übernimmt die Kühlsparte Boyd Thermal vom Finanzinvestor Goldman Sachs Asset Management für 9,5 Milliarden Dollar, rund 8,2 Milliarden Euro, wie das Unternehmen am Montag mitteilte.",
             alt=[(8.2 * B, "EUR")], note="seller Goldman Sachs Asset Management"),
        deal("gevernova-prolec", ["GE Vernova", "Xignux", "Prolec GE"], "acquisition", 5.3 * B, "USD", "exact",
             "2025-10", "signed",
             "Ende Oktober hatte GE Vernova für 5,3 Milliarden Dollar die zweite Hälfte des Transformatorenherstellers Prolec GE vom mexikanischen Partner Xignux gekauft.",
             note="rounded restatement of the $5.275bn of 012"),
    ],
    "not_deals": ["etwa 1,7 Milliarden Dollar", "rund 1,5 Milliarden Dollar", "mehr als zwölf Milliarden Dollar",
                  "372 Dollar", "knapp 145 Milliarden Dollar", "gut 20 Milliarden Dollar", "20 Milliarden Euro",
                  "34,90 Euro im Monat"],
}

A["014_eaton_boyd_cuyahoga_en.html"] = {
    "published": "2025-11-04",
    "published_note": "visible byline 'Tue, Nov 4, 2025' and <meta name='parsely-pub-date'>; 'on Monday' -> 2025-11-03; 'August of last year' -> 2024-08",
    "language": "en",
    "deals": [
        deal("eaton-boyd-thermal", ["Eaton", "Boyd Thermal"], "acquisition", 9.5 * B, "USD", "exact", "2025-11-03",
             "signed",
             "Eaton, whose North American headquarters sit in Beachwood, has agreed to pay $9.5 billion for the liquid-cooling arm of Boyd Corp., known as Boyd Thermal, which funds of Goldman Sachs Asset Management own.",
             note="'on Monday' in the next sentence"),
        deal("eaton-fibrebond", ["Eaton", "Fibrebond"], "acquisition", 1.4 * B, "USD", "exact", "2025", "completed",
             "Eaton completed its $1.4 billion purchase of Fibrebond in the spring and is building a $340 million transformer plant in Jonesville, South Carolina, which it announced in August of last year.",
             note="closing 'in the spring'; the agreement date is not in the text, so the year"),
        deal("eaton-jonesville-plant", ["Eaton"], "project", 340 * M, "USD", "exact", "2024-08", "announced",
             "Eaton completed its $1.4 billion purchase of Fibrebond in the spring and is building a $340 million transformer plant in Jonesville, South Carolina, which it announced in August of last year.",
             kind_alt=["capex_plan"], note="second deal in the same sentence"),
    ],
    "not_deals": ["about $1.7 billion", "$7.0 billion", "$12.02 a share", "$372", "$430 from $405",
                  "$150 million site-readiness fund", "tickets $65", "$95 for non-members", "$9.99 a month"],
}

A["015_vertiv_purgerite_kursboje.txt"] = {
    "published": "2025-11-13",
    "published_note": "portal date line '13.11.2025 | 07:58' (a Thursday); 'am Mittwoch' -> 2025-11-12; 'Im Juli' -> 2025-07",
    "language": "de",
    "deals": [
        deal("vertiv-purgerite", ["Vertiv", "PurgeRite"], "acquisition", 1 * B, "USD", "approx", "2025-11-12", "signed",
             "Vertiv zahlt dafür rund eine Milliarde Dollar in bar, wie am Mittwoch nach US-Börsenschluss bekannt wurde.",
             note="'dafür' = PurgeRite (previous sentence); amount in words; the earn-out of up to $250m is part of the deal (not_deal)"),
        deal("vertiv-great-lakes", ["Vertiv", "Great Lakes Data Racks & Cabinets"], "acquisition", 200 * M, "USD",
             "approx", "2025-07", "completed",
             "Es ist nicht der erste Kauf in diesem Jahr: Im Juli hatte Vertiv bereits den Rackhersteller Great Lakes für etwa 200 Millionen Dollar übernommen.",
             note="short name 'Great Lakes'"),
    ],
    "not_deals": ["bis zu 250 Millionen Dollar", "rund 110 Millionen Dollar", "158,64 $", "162,10 $", "ca. 61 Mrd. $",
                  "10,2 Mrd. $", "9,5 Mrd. $", "von 175 auf 190 Dollar", "9,5 Milliarden Dollar", "ab 25 Euro im Monat"],
}

A["016_hot_aisle_digest_en.txt"] = {
    "published": "2025-11-14",
    "published_note": "issue line 'Issue 104 — Friday, 14 November 2025'; 'on Wednesday' -> 2025-11-12; 'last week' -> 2025-11; 'last month' -> 2025-10; 'in June' -> 2025-06",
    "language": "en",
    "deals": [
        deal("vertiv-purgerite", ["Vertiv", "PurgeRite"], "acquisition", 1 * B, "USD", "exact", "2025-11-12", "signed",
             "Vertiv said on Wednesday it will buy PurgeRite, a Houston outfit that flushes and commissions liquid-cooling loops, for $1 billion in cash plus a performance-linked earn-out."),
        deal("eaton-boyd-thermal", ["Eaton", "Boyd Thermal"], "acquisition", 9.5 * B, "USD", "exact", "2025-11",
             "signed", "Eaton's $9.5bn swoop on Boyd Thermal last week is the most expensive of the cycle so far.",
             note="'$9.5bn'; 'last week' (3-7 November) -> month"),
        deal("schneider-switch-dlr-capacity", ["Schneider Electric", "Switch", "Digital Realty"], "supply", 2.3 * B,
             "USD", "exact", "2025-10", "signed",
             "Schneider Electric has locked in $2.3 billion of supply capacity agreements, combined, with Switch and Digital Realty, reserving factory output of power and cooling modules for the two landlords through 2026.",
             term=[None, "2026"], note="combined value of agreements with two customers, annotated as one deal; 'last month' in the next sentence"),
        deal("applied-digital-coreweave-2025-06", ["Applied Digital", "CoreWeave"], "cloud_contract", 7 * B, "USD",
             "approx", "2025-06", "signed",
             "Applied Digital, which signed leases worth roughly $7 billion with CoreWeave in June, has since added a third lease with the GPU cloud for about $4 billion more.",
             kind_alt=["other"], note="restated in a relative clause"),
        deal("applied-digital-coreweave-third-lease", ["Applied Digital", "CoreWeave"], "cloud_contract", 4 * B, "USD",
             "approx", "2025", "signed",
             "Applied Digital, which signed leases worth roughly $7 billion with CoreWeave in June, has since added a third lease with the GPU cloud for about $4 billion more.",
             kind_alt=["other"], note="'the GPU cloud' = CoreWeave; 'since' June -> year only; a different deal from the June leases in the same sentence"),
    ],
    "not_deals": ["about $162", "$1,000 to $1,500 per kilowatt", "roughly $700", "$21 billion", "$790", "$8 a month"],
}

A["017_interconnect_weekly_equinix_en.txt"] = {
    "published": "2026-02-12",
    "published_note": "byline 'Lena Castellanos · February 12, 2026'; 'on Wednesday' -> 2026-02-11; 'that June investor day' / 'last summer' -> 2025-06",
    "language": "en",
    "deals": [
        deal("equinix-capex-2026", ["Equinix"], "capex_plan", 4.4 * B, "USD", "range", "2026-02-11", "announced",
             "Presenting fourth-quarter results on Wednesday, the colocation giant guided 2026 capital expenditures to between $4.4 billion and $4.9 billion, a range that sits near the top of what it sketched for investors last summer.",
             amount_max=4.9 * B, term=["2026", "2026"],
             note="'the colocation giant' = Equinix (previous sentence); capex guidance for one year; must stay apart from the 2026-2029 yearly plan"),
        deal("equinix-capex-2026-2029", ["Equinix"], "capex_plan", 4 * B, "USD", "range", "2025-06", "announced",
             "At that June investor day, management had said it would invest $4 billion to $5 billion a year from 2026 through 2029, a message that knocked the stock down 9% at the time.",
             amount_max=5 * B, per="year", term=["2026", "2029"], note="'management' = Equinix; restated from 009"),
        deal("equinix-gic-cpp-xscale-us", ["Equinix", "GIC", "CPP Investments"], "joint_venture", 15 * B, "USD",
             "at_least", "2024", "signed",
             "The more than $15 billion U.S. venture Equinix formed with GIC and CPP Investments in 2024 now has four campuses under development, and the first halls are leased to two cloud providers.",
             note="restated"),
        deal("equinix-south-mimms", ["Equinix"], "project", 3.9 * B, "GBP", "approx", "2025", "announced",
             "In Britain, Equinix is pressing ahead with a campus at South Mimms, north of London, that it expects to cost about £3.9 billion and unveiled last autumn.",
             kind_alt=["capex_plan"], note="project cost in GBP; 'last autumn' -> 2025"),
    ],
    "not_deals": ["$812", "$9.2 billion", "$10.1 billion to $10.2 billion", "$5.16 per share", "above $12 million",
                  "$21 billion", "$12m per MW", "$3.2 billion", "$199", "$240"],
}

A["018_taunusfeld_weiltal.txt"] = {
    "published": "2026-05-13",
    "published_note": "date line 'Mittwoch, 13. Mai 2026'; 'Am Dienstag' -> 2026-05-12; 'im September' -> 2025-09; 'Vergangene Woche' -> 2026-05",
    "language": "de",
    "deals": [
        deal("taunusfeld-caterpillar-2026", ["Taunusfeld Rechenzentren", "Caterpillar"], "supply", 45 * M, "EUR",
             "approx", "2026-05-12", "signed",
             "Am Dienstag hat die Taunusfeld Rechenzentren GmbH bei Caterpillar zwölf weitere Notstromaggregate geordert; das Auftragsvolumen beziffert das Unternehmen auf rund 45 Millionen Euro.",
             note="follow-on order; must stay apart from the 2025 order"),
        deal("taunusfeld-caterpillar-2025", ["Taunusfeld Rechenzentren", "Caterpillar"], "supply", 140 * M, "EUR",
             "approx", "2025-09", "signed",
             "Schon im September hatte Taunusfeld 38 Maschinen desselben Typs für knapp 140 Millionen Euro bestellt, die ersten sollen im Dezember angeliefert werden.",
             note="restated from 011; Caterpillar named in the previous sentence"),
        deal("taunusfeld-wettertal-land", ["Taunusfeld Rechenzentren", "Wettertal Energie"], "acquisition", 38 * M,
             "EUR", "approx", "2025-09", "cancelled",
             "Die Gespräche mit Wettertal Energie über das Grundstück, bei denen zuletzt rund 38 Millionen Euro im Raum standen, seien beendet, bestätigte Finanzchefin Anja Riedesel.",
             note="talks of 011 ended; keeps the date of the talks"),
        deal("taunusfeld-wettertal-ppa", ["Taunusfeld Rechenzentren", "Wettertal Energie"], "supply", 52 * M, "EUR",
             "up_to", "2026-05", "signed",
             "Vergangene Woche unterzeichneten beide Seiten einen Stromliefervertrag über zehn Jahre ab 2027: Wettertal Energie liefert Windstrom aus dem Vogelsberg und erhält dafür jährlich bis zu 52 Millionen Euro.",
             per="year", term=["2027", "2036"],
             note="'beide Seiten' = Taunusfeld and the utility; yearly amount, 'bis zu' -> up_to; must stay apart from the cancelled land purchase"),
        none("taunusfeld-anchor-lease", ["Taunusfeld Rechenzentren"], "other", "2026", "signed",
             "Einen ersten Mieter gibt es ebenfalls: Ein US-Cloudanbieter, dessen Namen Taunusfeld nicht nennt, hat sich 60 Megawatt für 15 Jahre gesichert.",
             kind_alt=["cloud_contract"], note="lease with an unnamed tenant, no amount"),
        deal("dlr-blackstone-jv-2024", ["Digital Realty", "Blackstone"], "joint_venture", 7 * B, "USD", "exact", "2024",
             "signed",
             "Digital Realty und Blackstone hatten 2024 sieben Milliarden Dollar für vier Großcampusse eingeplant, einer davon steht in Frankfurt.",
             note="restated background"),
    ],
    "not_deals": ["gut 412 Millionen Euro", "etwa 17 Cent je Kilowattstunde", "Familienkarte 24 Euro", "nur 19 Euro"],
}

A["019_interview_frostkamp_doppelboden.txt"] = {
    "published": None,
    "published_note": "no date at all (only 'Lesezeit: 7 Minuten'); all dates null",
    "language": "de",
    "deals": [
        deal("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850 * M, "USD", "exact", None,
             "completed",
             "Doppelboden-Magazin: Herr Wegscheider, Schneider Electric hat 850 Millionen Dollar für drei Viertel von Motivair bezahlt, Eaton legt für Boyd Thermal 9,5 Milliarden Dollar auf den Tisch.",
             note="two deals in one question"),
        deal("eaton-boyd-thermal", ["Eaton", "Boyd Thermal"], "acquisition", 9.5 * B, "USD", "exact", None, "signed",
             "Doppelboden-Magazin: Herr Wegscheider, Schneider Electric hat 850 Millionen Dollar für drei Viertel von Motivair bezahlt, Eaton legt für Boyd Thermal 9,5 Milliarden Dollar auf den Tisch.",
             note="second deal of the same sentence"),
        none("vertiv-purgerite", ["Vertiv", "PurgeRite"], "acquisition", None, "signed",
             "Vertiv hat sich gerade PurgeRite geholt, einen Dienstleister, der Kühlkreisläufe spült.",
             note="no amount here"),
        deal("frostkamp-offer", ["Frostkamp Systemtechnik"], "acquisition", 300 * M, "EUR", "approx", None, "cancelled",
             "Branchenkreisen zufolge lag bei Ihnen ein Angebot über rund 300 Millionen Euro auf dem Tisch, das Sie abgelehnt haben.",
             required=False, note="unconfirmed rumour of a refused offer by an unnamed bidder; the interviewee declines to comment; optional"),
        deal("hasetal-frostkamp-stake", ["Hasetal Kapital", "Frostkamp Systemtechnik"], "investment", 18 * M, "EUR",
             "exact", "2023", "completed",
             "Die Beteiligungsgesellschaft Hasetal Kapital hat 2023 für 18 Millionen Euro ein Fünftel übernommen, mehr Fremde lassen wir nicht herein.",
             note="minority stake in Frostkamp (the interviewee's company); the year is given in the text"),
        deal("frostkamp-lingen", ["Frostkamp Systemtechnik"], "capex_plan", 25 * M, "EUR", "approx", None, "planned",
             "Wegscheider: Wir stecken in den nächsten drei Jahren rund 25 Millionen Euro in einen zweiten Standort in Lingen, dort bauen wir Kühlverteiler für Rechenzentren.",
             note="'wir' = Frostkamp; the three-million grant in the next sentence is a not_deal"),
    ],
    "not_deals": ["1,5 bis 2 Millionen Euro pro Megawatt", "drei Millionen Euro Fördermittel", "rund 70.000 Euro im Jahr",
                  "52.000", "94 Millionen Euro", "je 1.200 Euro", "Einzelheft 12 Euro", "Jahresabo 96 Euro"],
}

A["020_closing_bell_relay_en.txt"] = {
    "published": "2026-11-19",
    "published_note": "liveblog header 'Thursday, November 19, 2026'; 'on Wednesday' -> 2026-11-18; 'last October' -> 2025-10",
    "language": "en",
    "deals": [
        deal("vertiv-corriedale", ["Vertiv", "Corriedale Thermal"], "acquisition", 1.3 * B, "USD", "approx", "2026-11",
             "rumored",
             "Vertiv jumped as much as 5% after a report that it is in advanced talks to acquire Corriedale Thermal, a privately held maker of rear-door heat exchangers, for about $1.3 billion, citing unnamed sources.",
             note="sourced report of talks; Vertiv declined to comment"),
        deal("marlowe-fenn-corriedale-2025", ["Marlowe Fenn Growth Partners", "Corriedale Thermal"], "investment",
             90 * M, "USD", "exact", "2025", "completed",
             "Last year Marlowe Fenn Growth Partners led a $90 million round that valued it at $800 million.",
             note="'it' = Corriedale (previous sentence); 'Last year' -> 2025; the $240m raised since 2019 is a cumulative total and the $800m a valuation (not_deals)"),
        none("cummins-powergen-stake", ["Cummins"], "other", "2026-11", "rumored",
             "Cummins shares slipped 1.2% after the company dismissed as \"speculation\" a report that it had discussed selling a minority stake in its power generation unit.",
             kind_alt=["investment", "acquisition"], note="denied report, no amount, no buyer named"),
        deal("caterpillar-capex-2027", ["Caterpillar"], "capex_plan", 3 * B, "USD", "up_to", "2026-11-18", "announced",
             "At its investor meeting on Wednesday, Caterpillar said capital expenditures will rise to as much as $3 billion next year, with most of the increase going into large engines and gas turbines for data-centre power.",
             term=["2027", "2027"], note="'as much as' -> up_to; the $2.1bn of 2025 is past spending (not_deal)"),
        deal("gevernova-prolec", ["GE Vernova", "Xignux", "Prolec GE"], "acquisition", 5.275 * B, "USD", "exact",
             "2025-10", "completed",
             "Reminder: it agreed last October to pay $5.275 billion for Xignux's half of Prolec GE; three months later U.S. antitrust clearance arrived and the deal closed in July.",
             note="'it' = 'The turbine maker' = GE Vernova (heading); closed in July 2026, dated by the agreement"),
    ],
    "not_deals": ["about $240 million", "valued it at $800 million", "$2.1 billion in 2025", "$612", "$4.5 billion to $5 billion",
                  "more than €60 billion", "$71.80 a barrel", "$0.49 contracts"],
}

ALIASES = {
    "Digital Realty": ["Digital Realty", "Digital-Realty"],
    "Blackstone": ["Blackstone"],
    "QTS": ["QTS"],
    "Equinix": ["Equinix"],
    "GIC": ["GIC"],
    "CPP Investments": ["CPP Investments"],
    "Schneider Electric": ["Schneider Electric", "Schneider", "Schneider Electrics"],
    "Motivair": ["Motivair"],
    "Vertiv": ["Vertiv", "Vertiv Holdings", "Vertivs"],
    "CoolTera": ["CoolTera"],
    "Siemens Energy": ["Siemens Energy"],
    "Eaton": ["Eaton", "Eaton Corporation plc", "Eatons"],
    "Fibrebond": ["Fibrebond", "Fibrebond Corporation"],
    "Resilient Power Systems": ["Resilient Power Systems"],
    "Crusoe": ["Crusoe"],
    "GE Vernova": ["GE Vernova"],
    "Caterpillar": ["Caterpillar"],
    "Applied Digital": ["Applied Digital"],
    "CoreWeave": ["CoreWeave"],
    "Temasek": ["Temasek"],
    "ABB": ["ABB"],
    "Gamesa Electric": ["Gamesa Electric"],
    "Great Lakes Data Racks & Cabinets": ["Great Lakes Data Racks & Cabinets", "Great Lakes"],
    "Taunusfeld Rechenzentren": ["Taunusfeld Rechenzentren", "Taunusfeld Rechenzentren GmbH", "Taunusfeld"],
    "LBBW": ["LBBW"],
    "Wettertal Energie": ["Wettertal Energie"],
    "Xignux": ["Xignux"],
    "Prolec GE": ["Prolec GE", "Prolec"],
    "Boyd Thermal": ["Boyd Thermal"],
    "PurgeRite": ["PurgeRite"],
    "Switch": ["Switch"],
    "Frostkamp Systemtechnik": ["Frostkamp Systemtechnik", "Frostkamp"],
    "Corriedale Thermal": ["Corriedale Thermal", "Corriedale"],
    "Cummins": ["Cummins"],
    "Marlowe Fenn Growth Partners": ["Marlowe Fenn Growth Partners", "Marlowe Fenn"],
    "Hasetal Kapital": ["Hasetal Kapital"],
}


def clean(v):
    """Whole numbers as int (no 7000000000.0 in the JSON)."""
    if isinstance(v, float) and abs(v - round(v)) < 0.01:
        return int(round(v))
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if isinstance(v, list):
        return [clean(x) for x in v]
    return v


def main():
    gold = {"about": ABOUT, "articles": clean(A), "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'gold.json'}: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
