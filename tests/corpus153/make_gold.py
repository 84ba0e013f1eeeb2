#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus153/articles/.

Usage: python3 tests/corpus153/make_gold.py
The annotation lives here; edit this file, then run it to rewrite gold.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 153rd held-out test corpus (tests/corpus153/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: railways, toll-road and transport-"
    "infrastructure operators buying AI and compute (predictive maintenance, timetable AI, cloud "
    "contracts, edge data centres along lines and motorways, fibre along the track, purchases of AI "
    "start-ups). One entry per article; a deal that several articles report carries the same id in "
    "each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a "
    "deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | "
    "approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' "
    "gives the same deal's amount as another article (or the same article) states it in another "
    "currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM "
    "or YYYY-MM-DD), resolved against the article's publication date ('published', from the article's "
    "own date marker, dateline, <meta>/<time>, issue line, ticker header or byline date, or null when "
    "the article has none); quarters, half-years and seasons become the year; a cancelled deal keeps "
    "the date of the original offer or talks; 'term' is the period the deal covers, where the text "
    "gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Invented companies: Weichenwerk Analytics, Kantenhof Edge, Tauernlink Rechenzentren, Culverline "
    "Data, Ardelay, Vigilane, Ballastia, Taktwerk Systems, Sleeperscan, Reusstal Compute, Furnival "
    "Compute, Autopista del Moncayo, Tramuntana Digital, Schwellenfeld Netze, and the investors "
    "Gresley Bridge Capital, Tidewell Infrastructure Partners, Salzach Landesbank, Fourvière Capital, "
    "Garrigue Capital, Grenzkamm Capital, Verney Rail Capital; invented publications, research "
    "houses, advertisers and people are listed in invented_names.txt; the deals of real companies are "
    "partly real, partly invented or shifted. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
      amount_max=None, term=None, per=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if term is not None:
        d["term"] = term
    if per is not None:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, required, evidence, **kw):
    """A deal mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, required, evidence, **kw)


A = {}

A["001_hitachi_thales_signalboxbulletin_en.txt"] = {
    "published": "2024-06-03",
    "published_note": "from the issue line 'Issue 112 · Monday 3 June 2024'; 'on Friday' -> 2024-05-31; 'last week' -> 2024-05",
    "language": "en",
    "deals": [
        D("hitachi-thales-gts", ["Hitachi Rail", "Thales"], "acquisition", 1700000000, "EUR", "approx",
          "2024-05-31", "completed", True,
          "The Japanese group paid a little under €1.7 billion for the unit, roughly ¥285 billion at Friday's rate, once the usual adjustments for cash and debt had been made.",
          alt=[(285000000000, "JPY")],
          note="'The Japanese group' = Hitachi Rail, 'the unit' = Thales's Ground Transportation Systems (previous sentence, closing 'on Friday'); 'a little under' -> approx; JPY conversion as alt"),
        D("networkrail-sleeperscan-drones", ["Network Rail", "Sleeperscan"], "supply", 19000000, "GBP", "at_least",
          "2024-05", "signed", True,
          "Sleeperscan, a 40-person start-up based in Crewe, has landed a three-year Network Rail contract worth more than £19 million to fly inspection drones along the West Coast Main Line and the Midland Main Line.",
          kind_alt=["other"],
          note="drone inspection with AI models as a service; 'more than' -> at_least; 'signed last week' (next sentence) -> 2024-05"),
    ],
    "not_deals": ["€4,850", "about €2.1 billion", "around €8 billion", "about £38,000", "roughly $2,000 per unit",
                  "about $300,000", "$6.4 billion per annum", "nearer $1.5 billion", "around £68,000", "Tickets £45"],
}

A["002_sncf_googlecloud_railsoctets_en.html"] = {
    "published": "2024-07-09",
    "published_note": "from <meta article:published_time> and <time datetime='2024-07-09T08:20:00+02:00'>; 'on Monday' -> 2024-07-08",
    "language": "en",
    "deals": [
        D("sncf-google-cloud-2024", ["SNCF", "Google"], "cloud_contract", 95000000, "EUR", "approx",
          "2024-07-08", "signed", True,
          "SNCF Voyageurs signed a five-year contract worth about €95 million with the US cloud provider on Monday, two people involved in the tender told Rails & Octets.",
          note="'the US cloud provider' = Google Cloud (previous sentence); the value comes from two sources, SNCF confirmed the partnership but not the price"),
        N("sncf-google-2019", ["SNCF", "Google"], "partnership", "2019", "signed", False,
          "SNCF and Google first teamed up in 2019, when the railway moved part of its customer data to the cloud; that arrangement was never priced publicly and was much smaller in scope.",
          kind_alt=["cloud_contract"],
          note="background: an earlier, unpriced arrangement between the same companies; must stay apart from the 2024 contract"),
        D("fourviere-ballastia-seed", ["Fourvière Capital", "Ballastia"], "investment", 12000000, "EUR", "exact",
          "2024-03", "completed", True,
          "The Lyon company, which mounts cameras and lidar on ordinary service trains to spot degraded ballast and worn catenary parts, closed a €12 million seed round in March.",
          note="'The Lyon company' = Ballastia (previous sentence); lead investor Fourvière Capital in the next sentence"),
    ],
    "not_deals": ["roughly €250 million", "around €42 billion", "about €39", "upward of €20 million", "€9.90 monthly"],
}

A["003_wabtec_frauscher_kursweiche.txt"] = {
    "published": "2024-08-06",
    "published_note": "from the stock-portal stamp '06.08.2024 – 08:03 Uhr' (a Tuesday); 'am Montag' -> 2024-08-05; 'Im April' -> 2024-04",
    "language": "de",
    "deals": [
        D("wabtec-frauscher", ["Wabtec", "Frauscher"], "acquisition", 680000000, "EUR", "approx",
          "2024-08-05", "signed", True,
          "Der Kaufpreis liegt bei rund 680 Millionen Euro, umgerechnet knapp 745 Millionen Dollar; Wabtec zahlt komplett aus der Kasse.",
          alt=[(745000000, "USD")],
          note="parties in the previous sentence (Wabtec kauft ... Frauscher Sensor Technology); announced 'am Montag' (next sentence), closing pending"),
        D("knorr-alstom-signalling-na", ["Knorr-Bremse", "Alstom"], "acquisition", 600000000, "USD", "at_least",
          "2024-04", "completed", True,
          "Im April hatte der Münchner Bremsenhersteller Knorr-Bremse für gut 600 Millionen Dollar das konventionelle Signaltechnikgeschäft von Alstom in Nordamerika übernommen.",
          note="'gut 600 Millionen' -> at_least; Alstom is the seller"),
    ],
    "not_deals": ["rund 140 Millionen Euro", "180 Dollar", "zwei Milliarden Euro", "etwa 4,5 Milliarden Euro",
                  "154,20 USD", "101,85 – 166,40 USD", "rund 27 Mrd. USD", "0,20 USD", "69,35 EUR", "78,00 EUR", "172 Dollar",
                  "81 Euro", "ab 500 Euro", "100 Euro Bonus"],
}

A["004_oebb_tauernlink_salzachtalbote.txt"] = {
    "published": "2024-09-17",
    "published_note": "dateline without year 'Schwarzach im Pongau, 17. September (sb)'; the year from the copyright line '© 2024 Salzachtal-Bote'; 'am Montag' -> 2024-09-16",
    "language": "de",
    "deals": [
        D("obb-tauernlink-jv", ["ÖBB", "Tauernlink Rechenzentren"], "joint_venture", 120000000, "EUR", "approx",
          "2024-09-16", "signed", True,
          "Insgesamt wollen die Partner rund 120 Millionen Euro in die sechs Standorte zwischen Bischofshofen und Mallnitz stecken.",
          kind_alt=["project"],
          note="'die Partner' = ÖBB-Infrastruktur and Tauernlink (previous paragraph, signed 'am Montag'); 50/50 venture for six edge data centres"),
        D("salzach-tauernlink-loan", ["Salzach Landesbank", "Tauernlink Rechenzentren"], "other", 75000000, "EUR", "up_to",
          "2024-09", "signed", True,
          "Die Salzach Landesbank stellt Tauernlink deshalb einen Kredit über bis zu 75 Millionen Euro zur Verfügung, wie ein Sprecher des Instituts bestätigte.",
          kind_alt=["investment"],
          note="bank loan; no day given -> month of the article"),
        D("obb-infrastructure-capex-2024", ["ÖBB"], "capex_plan", 3400000000, "EUR", "approx",
          "2024", "planned", False,
          "Zum Hintergrund: Die ÖBB investieren heuer insgesamt rund 3,4 Milliarden Euro in ihre Infrastruktur, der größte Teil fließt in Tunnel wie den Semmering- und den Brennerbasistunnel.",
          note="group-wide annual infrastructure spending, background -> optional"),
    ],
    "not_deals": ["1,8 Millionen Euro", "rund 300.000 Euro im Jahr", "14,6 Millionen Euro", "85 Euro pro Quadratmeter",
                  "je 96 Euro", "6.490 Euro", "38 Millionen Euro"],
}

A["005_schenker_autobahn_standspur.txt"] = {
    "published": "2024-09-20",
    "published_note": "from the issue line 'KW 38 · Freitag, 20. September 2024'; 'vergangenen Freitag' -> 2024-09-13; 'am Mittwoch' -> 2024-09-18",
    "language": "de",
    "deals": [
        D("dsv-db-schenker", ["DSV", "Deutsche Bahn"], "acquisition", 14200000000, "EUR", "approx",
          "2024-09-13", "signed", True,
          "Es ist der größte Verkauf in der Geschichte der Deutschen Bahn: Der dänische Logistikkonzern DSV übernimmt die Speditionstochter DB Schenker für rund 14,2 Milliarden Euro.",
          note="seller Deutsche Bahn (genitive 'der Deutschen Bahn'), target DB Schenker; board decision 'vergangenen Freitag' (next sentence)"),
        D("db-digital-capex-2030", ["Deutsche Bahn"], "capex_plan", 4000000000, "EUR", "approx",
          "2024", "planned", False,
          "Der Konzern selbst nennt eine Zahl: Bis Ende 2030 will er knapp 4 Milliarden Euro in digitale Stellwerke, Sensorik an Weichen und KI-gestützte Instandhaltung stecken.",
          term=[None, "2030"],
          note="'Der Konzern' = Deutsche Bahn; group-wide spending plan -> optional; 'knapp' -> approx"),
        D("autobahn-ionos-cloud", ["Autobahn GmbH", "IONOS"], "cloud_contract", 71000000, "EUR", "exact",
          "2024-09-18", "signed", True,
          "Die Autobahn GmbH des Bundes hat am Mittwoch einen Vierjahresvertrag mit dem Cloudanbieter IONOS aus Montabaur unterschrieben.",
          note="amount in the next sentence ('Volumen: 71 Millionen Euro.')"),
    ],
    "not_deals": ["gut 19 Milliarden Euro", "rund 34 Milliarden Euro", "rund 6,7 Milliarden Euro",
                  "mehr als 15 Milliarden Euro im Jahr", "zwischen 20 und 80 Millionen Euro", "690 Euro",
                  "7,50 Euro im Monat"],
}

A["006_weichenwerk_db_stellpult.txt"] = {
    "published": "2024-11-14",
    "published_note": "from the issue line 'Ausgabe 46/2024 · Donnerstag, 14. November 2024'; 'am Dienstag' -> 2024-11-12",
    "language": "de",
    "deals": [
        D("db-weichenwerk-switch-ai", ["Deutsche Bahn", "Weichenwerk Analytics"], "supply", 184000000, "EUR", "exact",
          "2024-11-12", "signed", True,
          "Der Rahmenvertrag hat ein Volumen von 184 Millionen Euro und läuft acht Jahre, von Anfang 2025 bis Ende 2032.",
          term=["2025-01", "2032-12"], alt=[(195000000, "USD")],
          kind_alt=["cloud_contract", "other"],
          note="parties in the previous sentences (DB InfraGO awards 'am Dienstag', Weichenwerk Analytics); sensors plus predictive-maintenance models; 008 states it as $195m (alt), 017 restates it; different from DB's Series C lead (017) and the denied takeover rumour"),
        D("db-weichenwerk-takeover-rumour", ["Deutsche Bahn", "Weichenwerk Analytics"], "acquisition", 400000000, "EUR", "approx",
          "2024-11", "rumored", False,
          "In Branchenkreisen hielt sich in den vergangenen Wochen das Gerücht, die Bahn wolle Weichenwerk für rund 400 Millionen Euro ganz übernehmen.",
          note="rumour denied by DB and Weichenwerk -> optional"),
    ],
    "not_deals": ["rund 90 Millionen Euro jährlich", "knapp 250 Millionen Euro", "rund 1.900 Euro", "2,3 Milliarden Euro",
                  "89 Euro", "390 Euro im Jahr"],
}

A["007_vinci_vigilane_cornichewire_en.txt"] = {
    "published": "2025-01-22",
    "published_note": "from the header 'January 22, 2025 07:05 CET'; dateline 'PARIS, Jan 21'; 'on Tuesday' -> 2025-01-21; 'Earlier this month' -> 2025-01",
    "language": "en",
    "deals": [
        D("vinci-vigilane-contract-2025", ["Vinci", "Vigilane"], "supply", 27000000, "EUR", "exact",
          "2025-01-21", "signed", True,
          "PARIS, Jan 21 (Corniche Wire) - Vinci Autoroutes has agreed a five-year, 27 million euro contract with Vigilane, a start-up from Nantes whose cameras and software detect stopped vehicles, wrong-way drivers and debris on the carriageway, the motorway operator said on Tuesday.",
          kind_alt=["other", "cloud_contract"],
          note="supplier contract; different from Vinci's purchase of Vigilane in 2026 (019, 020)"),
        D("sncf-ballastia-stake", ["SNCF", "Ballastia"], "investment", 60000000, "EUR", "exact",
          "2025-01", "signed", True,
          "Earlier this month, SNCF Réseau agreed to buy a 30% stake in Ballastia for 60 million euros.",
          kind_alt=["acquisition"]),
    ],
    "not_deals": ["roughly 4 million euros", "around 6.6 billion euros", "roughly 200 million euros",
                  "about 3.2 billion euros a year", "103.85 euros"],
}

A["008_taktwerk_siemens_rhinerailreport_en.txt"] = {
    "published": "2025-02-06",
    "published_note": "from the header 'Thursday, 6 February 2025 | 09:40 CET'; 'on Wednesday' -> 2025-02-05; 'In November' -> 2024-11",
    "language": "en",
    "deals": [
        N("siemens-taktwerk", ["Siemens Mobility", "Taktwerk Systems"], "acquisition", "2025-02-05", "signed", True,
          "Siemens Mobility has agreed to acquire Taktwerk Systems, a Karlsruhe start-up whose software re-plans train timetables and crew rosters in real time when the network is disrupted.",
          note="price undisclosed; insiders' 'a low three-digit million-euro sum' is no amount; announced 'on Wednesday' (next sentence)"),
        D("db-weichenwerk-switch-ai", ["Deutsche Bahn", "Weichenwerk Analytics"], "supply", 195000000, "USD", "exact",
          "2024-11", "signed", True,
          "In November, Munich-based Weichenwerk Analytics won a $195 million, eight-year framework contract from DB InfraGO, the infrastructure arm of Deutsche Bahn, to fit up to 9,000 sets of points with sensors and predictive-maintenance models.",
          kind_alt=["cloud_contract", "other"],
          note="same contract as 006 (€184m, 2024-11-12), here in USD and with the month only"),
    ],
    "not_deals": ["about €11 million", "more than €47 billion", "high hundreds of millions of euros", "$9.6 billion",
                  "€590", "€290", "€82,000-€96,000"],
}

A["009_culverline_networkrail_derwentmercury_en.txt"] = {
    "published": "2025-02-19",
    "published_note": "from the header 'Business | Wednesday 19 February 2025'; 'on Tuesday' -> 2025-02-18; 'in December' -> 2024-12",
    "language": "en",
    "deals": [
        D("networkrail-culverline-fibre", ["Culverline Data", "Network Rail"], "other", 420000000, "GBP", "exact",
          "2025-02-18", "signed", True,
          "The contract is worth £420 million to the rail infrastructure manager over its lifetime, or about €505 million, and was signed in London on Tuesday.",
          alt=[(505000000, "EUR")], kind_alt=["supply"],
          note="20-year concession to light and sell the fibre along the track; parties in the previous sentence ('has agreed a 20-year concession with Network Rail'); Culverline pays Network Rail; different from the 2026 depot purchase (018)"),
        D("gresley-culverline-equity", ["Gresley Bridge Capital", "Culverline Data"], "investment", 150000000, "GBP", "exact",
          "2024-12", "signed", True,
          "The company is majority-owned by Gresley Bridge Capital, a London infrastructure investor, which in December committed £150 million of fresh equity to the business.",
          note="'The company' / 'the business' = Culverline Data"),
    ],
    "not_deals": ["around £310 million", "about £45 billion", "£18,000 or more per kilometre", "£52,000",
                  "about £190,000 a year", "£3.49 a week"],
}

A["010_kantenhof_autobahn_fuldataleranzeiger.txt"] = {
    "published": "2025-04-12",
    "published_note": "from the date line 'KIRCHHEIM · Samstag, 12. April 2025'; 'am Donnerstag' -> 2025-04-10; 'Im Februar' -> 2025-02",
    "language": "de",
    "deals": [
        D("autobahn-kantenhof-lease", ["Kantenhof Edge", "Autobahn GmbH"], "other", 6500000, "EUR", "approx",
          "2025-04-10", "signed", True,
          "Für die Flächen zahlt Kantenhof der Autobahngesellschaft jährlich rund 6,5 Millionen Euro, der Vertrag läuft über 25 Jahre.",
          per="year",
          note="land lease at 40 motorway service areas, signed 'am Donnerstag' (previous paragraph); 'der Autobahngesellschaft' = Autobahn GmbH; a reader comment repeats the rent; different from the second lease of 2026 (020)"),
        D("tidewell-kantenhof-seriesa", ["Tidewell Infrastructure Partners", "Kantenhof Edge"], "investment", 48000000, "EUR", "exact",
          "2025-02", "completed", True,
          "Im Februar hatte Kantenhof eine Finanzierungsrunde über 48 Millionen Euro abgeschlossen, angeführt vom Hamburger Infrastrukturinvestor Tidewell Infrastructure Partners."),
    ],
    "not_deals": ["rund drei Millionen Euro", "rund 120.000 Euro im Jahr", "23 Millionen Euro", "4,20 Euro",
                  "1.500 Euro", "480.000 Euro"],
}

A["011_edge_linesidedigest_en.txt"] = {
    "published": "2025-05-16",
    "published_note": "from the issue line 'Issue 63 · Friday 16 May 2025'; 'last month' -> 2025-04; 'on Monday' -> 2025-05-12",
    "language": "en",
    "deals": [
        D("autobahn-kantenhof-lease", ["Kantenhof Edge", "Autobahn GmbH"], "other", 6500000, "EUR", "approx",
          "2025-04", "signed", True,
          "Kantenhof Edge, a three-year-old company from Kassel, agreed last month to rent plots at 40 motorway service areas from Autobahn GmbH, the federal motorway company, for about €6.5m a year over 25 years.",
          per="year",
          note="same lease as 010 (2025-04-10), month only"),
        D("moncayo-tramuntana-gpu", ["Autopista del Moncayo", "Tramuntana Digital"], "cloud_contract", 14000000, "EUR", "exact",
          "2025-05-12", "signed", True,
          "Autopista del Moncayo, the private concession that runs the toll road between Zaragoza and the Navarre border, signed a three-year deal worth fourteen million euros with Tramuntana Digital, a Barcelona GPU cloud, on Monday.",
          note="amount in words"),
        D("obb-aws-cloud-talks", ["ÖBB", "Amazon"], "cloud_contract", 150000000, "EUR", "up_to",
          "2025-05", "negotiating", True,
          "ÖBB is in talks with Amazon Web Services about a cloud contract worth up to €150 million over seven years, two people who have seen the tender documents said.",
          note="talks from two sources; no day"),
    ],
    "not_deals": ["about €180 per kW per month", "€2.40 per GPU-hour", "€38bn", "€20bn", "€1.1bn", "worth €950", "€240"],
}

A["012_ferrovial_ardelay_schienenticker.txt"] = {
    "published": "2025-06-24",
    "published_note": "from the ticker header 'LIVETICKER · Dienstag, 24. Juni 2025'; entries by time; 'am Montag' -> 2025-06-23; 'im Februar' -> 2025-02",
    "language": "de",
    "deals": [
        D("ferrovial-ardelay", ["Ferrovial", "Ardelay"], "acquisition", 350000000, "EUR", "range",
          "2025", "rumored", True,
          "Im Gespräch sei ein Kaufpreis zwischen 350 und 380 Millionen Euro, berichteten zwei Eingeweihte dem Schienenticker.",
          amount_max=380000000, alt=[(410000000, "USD"), (352000000, "EUR")],
          note="rumour (07:42 entry), parties in the previous sentence; 013 reports the signing at $410m / about €352m on 2025-07-14 and 015 the closing (alt amounts); the year keeps the shared id's dates consistent"),
        D("autobahn-vinci-tunnel-ai", ["Autobahn GmbH", "Vinci"], "supply", 42000000, "EUR", "exact",
          "2025-06-23", "signed", True,
          "Die Autobahn GmbH des Bundes hat am Montag bei Axians, der IT-Tochter des französischen Vinci-Konzerns, ein KI-gestütztes Tunnelleitsystem bestellt.",
          note="Axians = Vinci's IT arm; amount in the next sentence ('Auftragswert: 42 Millionen Euro.'); different from the Autobahn GmbH leases with Kantenhof"),
        N("networkrail-culverline-fibre", ["Culverline Data", "Network Rail"], "other", "2025-02", "signed", False,
          "Das Unternehmen aus Derby vermarktet die ungenutzten Fasern entlang der Gleise von Network Rail; den 20-jährigen Konzessionsvertrag hatten beide Seiten im Februar unterzeichnet.",
          kind_alt=["supply"],
          note="restates the 009 concession without an amount -> optional"),
    ],
    "not_deals": ["42,18 Euro", "118,40 Euro", "4.100 Euro brutto im Monat", "rund 310 Millionen Euro", "Statt 58 Euro",
                  "63 Euro im Monat", "etwa 21 Millionen Euro"],
}

A["013_ferrovial_ardelay_liffeyledger_en.html"] = {
    "published": "2025-07-15",
    "published_note": "from <meta article:published_time>, <time datetime='2025-07-15T06:30:00+01:00'> and the byline 'Tue 15 Jul 2025'; 'on Monday' -> 2025-07-14; 'in April' -> 2025-04",
    "language": "en",
    "deals": [
        D("ferrovial-ardelay", ["Ferrovial", "Ardelay"], "acquisition", 410000000, "USD", "exact",
          "2025-07-14", "signed", True,
          "Ferrovial has agreed to buy Ardelay, the Dublin start-up whose software decides who pays what on toll roads without barriers, for $410 million, or about €352 million, the buyer and Ardelay announced jointly on Monday.",
          alt=[(352000000, "EUR")],
          note="signing of the rumour in 012"),
        D("vinci-ardelay-bid", ["Vinci", "Ardelay"], "acquisition", 320000000, "EUR", "approx",
          "2025-04", "cancelled", True,
          "Vinci had approached Ardelay's board in April with an offer of around €320 million, three people who followed the process said, but withdrew in May after failing to agree on how long the founders would stay.",
          note="withdrawn offer -> cancelled, dated to the offer in April"),
        N("407etr-ardelay-licence", ["407 ETR", "Ardelay"], "other", "2022", "signed", False,
          "407 ETR has used Ardelay's system since 2022 under a licence agreement whose terms were never published.",
          kind_alt=["supply"],
          note="unpriced background licence -> optional"),
    ],
    "not_deals": ["about €21 million", "€1.5 million research grant", "€43.06", "about €31 billion",
                  "between €70,000 and €95,000 a year", "€14.99 monthly"],
}

A["014_sbb_microsoft_reussbote.txt"] = {
    "published": "2025-09-11",
    "published_note": "from the date line 'Luzern, Donnerstag, 11. September 2025'; 'Am Mittwoch' -> 2025-09-10; 'im Juni' -> 2025-06",
    "language": "de",
    "deals": [
        D("sbb-microsoft-cloud", ["SBB", "Microsoft"], "cloud_contract", 260000000, "CHF", "exact",
          "2025-09-10", "signed", True,
          "Am Mittwoch unterzeichneten die Bundesbahnen in Bern einen Vertrag mit Microsoft über zehn Jahre und 260 Millionen Franken.",
          term=["2026", "2035"], alt=[(325000000, "USD")],
          note="'die Bundesbahnen' = SBB (previous sentence); service from 2026 for ten years; 019 states it as about $325m (alt)"),
        D("sbb-reusstal-lease", ["Reusstal Compute", "SBB"], "other", 2400000, "CHF", "exact",
          "2025-06", "signed", True,
          "Bereits im Juni hatten die SBB ein 1,6 Hektaren grosses Areal im ehemaligen Güterbahnhof an die Luzerner Reusstal Compute AG vermietet – für jährlich 2,4 Millionen Franken über 30 Jahre.",
          per="year",
          note="land lease for a data centre; Reusstal pays SBB"),
        D("reusstal-luzern-dc", ["Reusstal Compute"], "capex_plan", 85000000, "CHF", "approx",
          "2025", "planned", False,
          "Das Jungunternehmen will dort ein Rechenzentrum mit 12 Megawatt Leistung bauen und rund 85 Millionen Franken investieren.",
          kind_alt=["project"],
          note="'Das Jungunternehmen' = Reusstal Compute; own building plan -> optional"),
        N("sbb-reusstal-compute", ["SBB", "Reusstal Compute"], "cloud_contract", "2025", "planned", False,
          "Die SBB selbst wollen auf dem Areal Rechenkapazität für Videoanalyse in Bahnhöfen mieten; ein Vertrag darüber ist noch nicht unterschrieben.",
          note="planned, unsigned and unpriced -> optional; different from the land lease"),
    ],
    "not_deals": ["271 Millionen Franken", "gut 3 Milliarden Franken", "rund 11,7 Milliarden Franken", "3995 Franken",
                  "489 Franken", "240 Millionen"],
}

A["015_ferrovial_garrigue_couplingstreet_en.txt"] = {
    "published": "2025-11-06",
    "published_note": "from the stock-portal stamp 'Nov 6, 2025 · 7:58 AM CET' (a Thursday); 'on Wednesday' -> 2025-11-05; 'in July' -> 2025-07",
    "language": "en",
    "deals": [
        D("ferrovial-garrigue-dc-jv", ["Ferrovial", "Garrigue Capital"], "joint_venture", 500000000, "EUR", "up_to",
          "2025-11-05", "announced", True,
          "Up to €500 million is to flow into the joint venture, Ferrovial said on Wednesday as it presented its nine-month figures.",
          kind_alt=["project"],
          note="Garrigue Capital named in the previous sentence; announced, contract still to be signed"),
        D("ferrovial-ardelay", ["Ferrovial", "Ardelay"], "acquisition", 352000000, "EUR", "approx",
          "2025-07", "completed", True,
          "Ferrovial closed its purchase of Ardelay, the Dublin toll-AI specialist, in October; the roughly €352 million deal had been agreed in July.",
          note="same deal as 012/013; agreed in July, closed in October"),
    ],
    "not_deals": ["€6.9 billion", "€1.02 billion", "around €1.05 billion", "minus €1.4 billion", "€0.80 per share",
                  "€44.10", "€50 target", "€46 target", "approx. €32bn", "€25 a month"],
}

A["016_oebb_tauernlink_pratersternwirtschaftsblatt.txt"] = {
    "published": "2026-02-12",
    "published_note": "from the issue line 'Unternehmen & Märkte · Donnerstag, 12. Februar 2026 · Seite 7'; 'am Dienstag' -> 2026-02-10; 'im Jänner' -> 2026-01",
    "language": "de",
    "deals": [
        D("obb-tauernlink-power", ["ÖBB", "Tauernlink Rechenzentren"], "supply", 9000000, "EUR", "approx",
          "2026-02-10", "signed", True,
          "Er läuft 15 Jahre, Tauernlink zahlt dafür jährlich knapp neun Millionen Euro.",
          per="year",
          note="'Er' = the power contract between ÖBB-Infrastruktur and Tauernlink signed 'am Dienstag' (previous sentence); amount in words, 'knapp' -> approx; different from the 2024 joint venture (004)"),
        D("grenzkamm-tauernlink-stake", ["Grenzkamm Capital", "Tauernlink Rechenzentren"], "investment", 95000000, "EUR", "approx",
          "2026-01", "signed", True,
          "Der Münchner Infrastrukturfonds Grenzkamm Capital übernimmt 40 Prozent der Anteile und zahlt dafür rund 95 Millionen Euro, wobei ein Teil des Geldes in eine Kapitalerhöhung fließt und ein Teil an die Gründer geht.",
          kind_alt=["acquisition"],
          note="'der Anteile' = of Tauernlink (previous sentence); signed 'im Jänner' (next sentence)"),
    ],
    "not_deals": ["rund 95 Euro je Megawattstunde", "knapp 240 Millionen Euro", "7,4 Millionen Euro", "19,7 Milliarden Euro", "mehrere hundert Millionen Euro",
                  "1.300 Euro im Jahr", "149 Euro"],
}

A["017_weichenwerk_interview_gleisbett.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesedauer: 8 Minuten'); all dates null",
    "language": "de",
    "deals": [
        D("db-weichenwerk-switch-ai", ["Deutsche Bahn", "Weichenwerk Analytics"], "supply", 184000000, "EUR", "exact",
          None, "signed", True,
          "Der Rahmenvertrag mit der DB InfraGO – 184 Millionen Euro über acht Jahre – sieht bis zu 9.000 vor.",
          kind_alt=["cloud_contract", "other"],
          note="restates the 006 contract; Weichenwerk from the introduction ('Ihr Unternehmen')"),
        D("db-weichenwerk-seriesc", ["Deutsche Bahn", "Weichenwerk Analytics"], "investment", 38000000, "EUR", "exact",
          None, "completed", True,
          "DB Digital Ventures hat unsere Serie-C-Runde angeführt, insgesamt 38 Millionen Euro.",
          note="DB Digital Ventures = Deutsche Bahn's venture arm, lead of the round; 'unsere' = Weichenwerk; different from the supply contract"),
        D("verney-weichenwerk-offer", ["Verney Rail Capital", "Weichenwerk Analytics"], "acquisition", 300000000, "EUR", "approx",
          None, "cancelled", True,
          "Ein amerikanischer Finanzinvestor, Verney Rail Capital, hat uns im Frühjahr rund 300 Millionen Euro angeboten, für sämtliche Anteile.",
          note="refused offer ('Die Antwort war Nein.') -> cancelled; 'im Frühjahr' without a year -> null"),
    ],
    "not_deals": ["etwa 1.900 Euro", "31 Millionen Euro im Jahr", "50.000 Euro", "75.000 bis 95.000 Euro",
                  "14,80 Euro", "79 Euro", "39 Euro"],
}

A["018_networkrail_furnival_railheadreview_en.html"] = {
    "published": "2026-03-11",
    "published_note": "from <meta name=pubdate content='2026-03-11'> and the byline 'Wednesday 11 March 2026'; 'on Monday' -> 2026-03-09; 'last month' -> 2026-02; 'last February' -> 2025-02",
    "language": "en",
    "deals": [
        D("networkrail-furnival-gpu", ["Network Rail", "Furnival Compute"], "cloud_contract", 54000000, "GBP", "exact",
          "2026-03-09", "signed", True,
          "Network Rail has signed a four-year, £54 million contract with Furnival Compute, a Sheffield-based GPU cloud, to train and run the AI models it uses to inspect track, earthworks and overhead lines.",
          note="announced 'on Monday' (next sentence)"),
        D("culverline-networkrail-depots", ["Culverline Data", "Network Rail"], "acquisition", 36000000, "GBP", "exact",
          "2026-02", "signed", True,
          "In a separate transaction, Culverline Data agreed last month to buy three former maintenance depot sites from Network Rail for £36 million.",
          kind_alt=["other"],
          note="land purchase; different from the 2025 fibre concession of the same pair (next sentence)"),
        D("networkrail-culverline-fibre", ["Culverline Data", "Network Rail"], "other", 420000000, "GBP", "exact",
          "2025-02", "signed", True,
          "The Derby company, which already pays Network Rail under the £420 million fibre concession it signed last February, plans to build small edge data centres on the sites at Toton, Wigston and Bescot, next to its fibre routes.",
          kind_alt=["supply"],
          note="restates the 009 concession in a relative clause; 'The Derby company' = Culverline Data"),
        D("culverline-depot-capex", ["Culverline Data"], "capex_plan", 90000000, "GBP", "approx",
          "2026-03", "planned", False,
          "Culverline said it would invest roughly £90 million in the three sites over three years, subject to planning consent.",
          kind_alt=["project"],
          note="own building plan -> optional"),
    ],
    "not_deals": ["about £610 million", "around £2.10 per GPU-hour", "about £260 million", "about £45 billion",
                  "£71,000", "£6.99 a month", "£11.50 a month"],
}

A["019_vinci_sbb_maudsleyrowe_en.txt"] = {
    "published": "2026-05-14",
    "published_note": "from the date line '14 May 2026' of the research comment; 'last week' -> 2026-05; 'last September' -> 2025-09",
    "language": "en",
    "deals": [
        D("vinci-vigilane-acquisition", ["Vinci", "Vigilane"], "acquisition", 140000000, "EUR", "exact",
          "2026-05", "signed", True,
          "Vinci agreed to buy Vigilane, the Nantes company whose cameras and models detect stopped vehicles and wrong-way drivers on motorways, for €140 million.",
          note="'last week' in the previous sentence -> 2026-05; different from Vinci Autoroutes' 2025 supplier contract with Vigilane (007)"),
        D("sbb-microsoft-cloud", ["SBB", "Microsoft"], "cloud_contract", 325000000, "USD", "approx",
          "2025-09", "signed", True,
          "SBB's ten-year cloud contract with Microsoft, signed last September and worth about $325 million, is the template: safety-critical systems stay on premises, everything else moves.",
          note="same contract as 014 (CHF 260m, 2025-09-10), in USD with the month only"),
    ],
    "not_deals": ["about €72 billion", "€135", "€128", "€47", "€4.90 per share", "about €3.8 billion a year",
                  "around €1.2 billion", "€117.95", "€45.62", "€17.50", "€16.88"],
}

A["020_marktbericht_bahnsteigkante.txt"] = {
    "published": "2026-11-06",
    "published_note": "from the header 'Freitag, 6. November 2026 · Handelsschluss Xetra 17:35 Uhr'; 'im Mai' -> 2026-05; 'am Mittwoch' -> 2026-11-04; 'Drei Monate später' after 'Im Mai' -> 2026-08",
    "language": "de",
    "deals": [
        D("vinci-vigilane-acquisition", ["Vinci", "Vigilane"], "acquisition", 140000000, "EUR", "exact",
          "2026-05", "completed", True,
          "Der französische Konzern hat die 140-Millionen-Euro-Übernahme des Nanteser KI-Spezialisten Vigilane abgeschlossen; vereinbart worden war sie im Mai.",
          note="'Der französische Konzern' = Vinci (previous sentence); amount in a compound ('140-Millionen-Euro-Übernahme'); closing of the 019 deal, dated to the agreement in May"),
        D("db-schwellenfeld-fibre", ["Schwellenfeld Netze", "Deutsche Bahn"], "other", 200000000, "EUR", "at_least",
          "2026-11-04", "signed", True,
          "Der am Mittwoch unterzeichnete Vertrag läuft 15 Jahre und bringt der Bahntochter insgesamt mehr als 200 Millionen Euro.",
          kind_alt=["supply"],
          note="fibre lease along the track; parties in the previous sentence (DB InfraGO, Schwellenfeld Netze); 'der Bahntochter' = DB InfraGO; 'mehr als' -> at_least"),
        N("autobahn-kantenhof-lease", ["Kantenhof Edge", "Autobahn GmbH"], "other", None, "signed", False,
          "Im Mai ging in Kirchheim der erste Standort aus dem Pachtvertrag mit der Autobahn GmbH in Betrieb.",
          note="refers to the 2025 lease (010, 011) without amount or signing date -> optional"),
        D("autobahn-kantenhof-lease-2026", ["Kantenhof Edge", "Autobahn GmbH"], "other", 3000000, "EUR", "approx",
          "2026-08", "signed", True,
          "Drei Monate später unterschrieb Kantenhof einen zweiten Vertrag mit der Autobahngesellschaft über 18 weitere Rastanlagen, diesmal vor allem in Bayern und Baden-Württemberg; die Pacht dafür beträgt jährlich knapp drei Millionen Euro.",
          per="year",
          note="second lease, 'Drei Monate später' after May 2026 -> 2026-08; amount in words; must stay apart from the 2025 lease of the same pair"),
    ],
    "not_deals": ["121,30 Euro", "46,75 Euro", "17,02 Euro", "86 Millionen Euro", "rund 22 Milliarden Euro",
                  "214,60 Euro", "mehr als 13 Milliarden Euro", "183,40 Euro", "249 Euro"],
}

ALIASES = {
    "Hitachi Rail": ["Hitachi Rail", "Hitachi"],
    "Thales": ["Thales", "Thales Ground Transportation Systems", "Thales GTS"],
    "Network Rail": ["Network Rail"],
    "Sleeperscan": ["Sleeperscan", "Sleeperscan Ltd"],
    "SNCF": ["SNCF", "SNCF Voyageurs", "SNCF Réseau", "SNCF Reseau"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Ballastia": ["Ballastia"],
    "Fourvière Capital": ["Fourvière Capital", "Fourviere Capital", "Fourvière"],
    "Wabtec": ["Wabtec", "Wabtec Corp.", "Westinghouse Air Brake Technologies"],
    "Frauscher": ["Frauscher", "Frauscher Sensor Technology"],
    "Knorr-Bremse": ["Knorr-Bremse", "Knorr-Bremse AG", "Knorr Bremse"],
    "Alstom": ["Alstom"],
    "ÖBB": ["ÖBB", "ÖBB-Infrastruktur", "ÖBB-Infrastruktur AG", "OBB", "Österreichische Bundesbahnen"],
    "Tauernlink Rechenzentren": ["Tauernlink", "Tauernlink Rechenzentren", "Tauernlink Rechenzentren GmbH", "Tauernlinks"],
    "Salzach Landesbank": ["Salzach Landesbank"],
    "DSV": ["DSV"],
    "Deutsche Bahn": ["Deutsche Bahn", "Deutschen Bahn", "DB", "DB InfraGO", "InfraGO", "DB Digital Ventures", "Bahn"],
    "Autobahn GmbH": ["Autobahn GmbH", "Die Autobahn GmbH des Bundes", "Autobahn GmbH des Bundes", "Autobahngesellschaft"],
    "IONOS": ["IONOS", "Ionos", "IONOS SE"],
    "Weichenwerk Analytics": ["Weichenwerk Analytics", "Weichenwerk", "Weichenwerk Analytics GmbH"],
    "Vinci": ["Vinci", "VINCI", "Vinci Autoroutes", "Axians", "Vinci-Konzern"],
    "Vigilane": ["Vigilane", "Vigilane SAS"],
    "Siemens Mobility": ["Siemens Mobility", "Siemens"],
    "Taktwerk Systems": ["Taktwerk Systems", "Taktwerk"],
    "Culverline Data": ["Culverline Data", "Culverline", "Culverline Data Ltd"],
    "Gresley Bridge Capital": ["Gresley Bridge Capital", "Gresley Bridge"],
    "Kantenhof Edge": ["Kantenhof Edge", "Kantenhof", "Kantenhof Edge GmbH"],
    "Tidewell Infrastructure Partners": ["Tidewell Infrastructure Partners", "Tidewell"],
    "Autopista del Moncayo": ["Autopista del Moncayo", "Moncayo"],
    "Tramuntana Digital": ["Tramuntana Digital", "Tramuntana"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Ferrovial": ["Ferrovial", "Ferrovial SE", "Ferrovials"],
    "Ardelay": ["Ardelay", "Ardelay Analytics"],
    "407 ETR": ["407 ETR"],
    "SBB": ["SBB", "Schweizerische Bundesbahnen"],
    "Microsoft": ["Microsoft"],
    "Reusstal Compute": ["Reusstal Compute", "Reusstal Compute AG", "Reusstal"],
    "Garrigue Capital": ["Garrigue Capital", "Garrigue"],
    "Grenzkamm Capital": ["Grenzkamm Capital", "Grenzkamm"],
    "Verney Rail Capital": ["Verney Rail Capital", "Verney"],
    "Furnival Compute": ["Furnival Compute", "Furnival"],
    "Schwellenfeld Netze": ["Schwellenfeld Netze", "Schwellenfeld"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"gold.json written: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
