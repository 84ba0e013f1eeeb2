#!/usr/bin/env python3
"""Write gold.json for corpus97 (the hand annotation of articles/).

Usage: python3 tests/corpus97/make_gold.py
Every value below was written by hand while reading the articles; this script only
assembles them into gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence,
         required=True, amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("kind_alt", "per", "term", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    if extra:
        raise SystemExit(f"unknown keys {extra}")
    d["evidence"] = evidence
    return d


def none(id, parties, kind, date, status, evidence, **extra):
    """A deal mention without an amount: optional by convention."""
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=False, **extra)


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


A = {}

A["001_friesenkamp_husum.txt"] = {
    "published": "2024-03-14",
    "published_note": "from the dateline 'HUSUM, 14. März' and the copyright line '© Marschbote 2024'; 'am Dienstag' -> 2024-03-12",
    "language": "de",
    "deals": [
        deal("holmsand-friesenkamp-2024", ["Holmsand Capital", "Friesenkamp Compute"], "investment",
             85_000_000, "EUR", "exact", "2024-03-12", "completed",
             "85 Millionen Euro fließen in der ersten großen Finanzierungsrunde an das Unternehmen.",
             alt_amounts=[alt(92_000_000, "USD")],
             note="amount first; 'das Unternehmen' = Friesenkamp (previous paragraph); the lead investor Holmsand and "
                  "'am Dienstag' are in the next sentence; 002 restates it as $92m; first of two Holmsand-Friesenkamp "
                  "rounds (009: EUR 140m in 2025); the valuation is a not_deal"),
        deal("marschwind-friesenkamp-ppa", ["Marschwind Energie", "Friesenkamp Compute"], "supply",
             9_000_000, "EUR", "approx", "2024-03", "signed",
             "Mit dem Dithmarscher Windparkbetreiber Marschwind Energie hat Friesenkamp einen Abnahmevertrag über zehn Jahre unterschrieben, der nach Angaben beider Seiten rund neun Millionen Euro im Jahr wert ist.",
             per="year",
             note="ten-year power offtake, yearly rate in words; no signing day given, so the month of the report"),
    ],
    "not_deals": ["gut 300 Millionen Euro", "7 Cent je Kilowattstunde", "3,8 Millionen Euro",
                  "1,5 Millionen Euro jährlich", "4.200 Euro brutto im Monat", "629 Euro"],
}

A["002_elbe_compute_digest_en.txt"] = {
    "published": "2024-05-16",
    "published_note": "from the issue line 'No. 19 — Thursday, 16 May 2024'; 'on Wednesday' -> 2024-05-15; 'in March' -> 2024-03",
    "language": "en",
    "deals": [
        deal("aws-sovereign-cloud-2024", ["Amazon"], "capex_plan",
             7_800_000_000, "EUR", "approx", "2024-05-15", "planned",
             "The sovereign-cloud region AWS is building outside Berlin finally comes with a number attached: about €7.8bn, spread out until 2040, the Amazon subsidiary said on Wednesday.",
             term=[None, "2040"],
             note="AWS = Amazon; spending plan for the Brandenburg sovereign-cloud region until 2040"),
        deal("holmsand-friesenkamp-2024", ["Holmsand Capital", "Friesenkamp Compute"], "investment",
             85_000_000, "EUR", "exact", "2024-03", "completed",
             "Friesenkamp Compute banked €85m (roughly $92m) in March, with Hamburg's Holmsand Capital leading.",
             alt_amounts=[alt(92_000_000, "USD")],
             note="restates 001 with a USD conversion; 'in March' gives the month"),
    ],
    "not_deals": ["$25bn", "€9m per megawatt", "€24bn a year", "under €10bn", "0.19 — euros per kWh",
                  "$1.2trn", "€49"],
}

A["003_tennet_talks_skerry_en.txt"] = {
    "published": "2024-06-13",
    "published_note": "from the header 'June 13, 2024 · 06:12 GMT' (dateline 'June 12'); 'on Wednesday' -> 2024-06-12; 'began early last year' -> 2023",
    "language": "en",
    "deals": [
        deal("germany-tennet-takeover-talks", ["Bundesrepublik Deutschland", "TenneT"], "acquisition",
             20_000_000_000, "EUR", "at_least", "2023", "cancelled",
             "People involved in the negotiations had put the value of a full takeover of TenneT Germany at more than €20 billion.",
             note="the German state's planned purchase of TenneT's German grid; ended when the Dutch ministry said "
                  "on Wednesday 2024-06-12 that Germany will not buy; a cancelled deal keeps the date of the talks, "
                  "which 'began early last year' (2023); value from people involved, buyer named in the first sentence "
                  "('Germany'); different from the 2025 stake sale to APG/GIC/NBIM (011, 012)"),
        none("kfw-50hertz-2018", ["KfW", "50Hertz"], "acquisition", "2018", "completed",
             "Its development bank KfW has held a fifth of 50Hertz, the operator responsible for Hamburg and the east of the country, since 2018.",
             note="background, no amount"),
    ],
    "not_deals": ["roughly €25 billion", "between €10 billion and €15 billion", "about €1.1 billion", "€89.50"],
}

A["004_deichwerk_kredit_elbufer.txt"] = {
    "published": "2024-06-25",
    "published_note": "from the byline 'Von Imke Wohlers | 25.06.2024, 18:40 Uhr'; 'am Montag' -> 2024-06-24; 'im vergangenen Herbst' -> 2023",
    "language": "de",
    "deals": [
        deal("nordlb-deichwerk-loan-2024", ["NordLB", "Deichwerk Data"], "other",
             640_000_000, "EUR", "exact", "2024-06-24", "signed",
             "Ein Bankenkonsortium unter Führung der NordLB leiht Deichwerk dafür 640 Millionen Euro.",
             alt_amounts=[alt(690_000_000, "USD")],
             note="loan for the first phase; signing 'am Montag' in the next sentence; co-lenders (Hamburger Sparkasse "
                  "and two others) not listed; 005 restates it as about $690m; first of two NordLB-Deichwerk loans "
                  "(019: EUR 1.1bn in 2026)"),
        deal("deichwerk-billbrook-campus", ["Deichwerk Data"], "project",
             1_600_000_000, "EUR", "approx", "2024", "planned",
             "Insgesamt soll der Campus rund 1,6 Milliarden Euro kosten, der erste Bauabschnitt mit 60 Megawatt Ende 2025 in Betrieb gehen.",
             kind_alt=["capex_plan"],
             note="project cost of the whole campus ('Insgesamt' = in total, not a cumulative amount raised); no "
                  "announcement date, so the year"),
        deal("knickwall-deichwerk-land", ["Deichwerk Data", "Knickwall Grundbesitz"], "acquisition",
             58_000_000, "EUR", "exact", "2023", "completed",
             "Das Grundstück hatte Deichwerk im vergangenen Herbst für 58 Millionen Euro von der Knickwall Grundbesitz KG erworben.",
             note="land purchase; 'im vergangenen Herbst' -> autumn 2023, the year"),
        deal("50hertz-deichwerk-connection", ["Deichwerk Data", "50Hertz"], "other",
             41_000_000, "EUR", "exact", "2024", "signed",
             "Für den Anschluss ans Höchstspannungsnetz hat Deichwerk mit 50Hertz einen Vertrag über 300 Megawatt geschlossen; der Baukostenzuschuss, den der Entwickler dem Netzbetreiber dafür überweist, liegt bei 41 Millionen Euro.",
             kind_alt=["supply"],
             note="grid-connection contract; the 'Baukostenzuschuss' is a payment by the developer to the grid "
                  "operator, not a subsidy; no date given, so the year"),
        none("hamburger-energiewerke-deichwerk-heat", ["Hamburger Energiewerke", "Deichwerk Data"], "partnership",
             "2024", "announced",
             "Mit den Hamburger Energiewerken gibt es zudem eine Absichtserklärung: Die Abwärme des Campus soll in das Fernwärmenetz im Osten der Stadt fließen.",
             kind_alt=["supply"], note="letter of intent on waste heat, no amount"),
    ],
    "not_deals": ["insgesamt 95 Millionen Euro", "um die 390 Euro", "zwölf Millionen Euro",
                  "38 Cent pro Kilowattstunde", "1 Euro"],
}

A["005_brakenhoff_quayside_en.html"] = {
    "published": "2024-07-03",
    "published_note": "from the visible byline 'By Hinnerk Jacobsen · 3 July 2024' (also article:published_time and JSON-LD); 'on Monday' -> 2024-07-01; 'last week' -> 2024-06",
    "language": "en",
    "deals": [
        deal("deichwerk-brakenhoff-cooling", ["Deichwerk Data", "Brakenhoff Kältetechnik"], "supply",
             36_000_000, "EUR", "exact", "2024-07-01", "signed",
             "Hamburg developer Deichwerk Data has placed a €36 million order for liquid-cooling systems with Brakenhoff Kältetechnik, the Oldenburg manufacturer said on Monday.",
             note="cooling order; restated in 010 ('last summer')"),
        deal("nordlb-deichwerk-loan-2024", ["NordLB", "Deichwerk Data"], "other",
             640_000_000, "EUR", "exact", "2024-06", "signed",
             "The order follows the €640 million (about $690 million) loan that a NordLB-led group of lenders signed with Deichwerk last week, which pays for the first phase of the campus.",
             alt_amounts=[alt(690_000_000, "USD")],
             note="restates 004 with a USD conversion; 'last week' gives the month"),
    ],
    "not_deals": ["€118 million", "€400,000 per megawatt", "€2.2 million", "€1,290", "€0.31 per kWh"],
}

A["006_marschwind_brackwasser.txt"] = {
    "published": "2024-11-21",
    "published_note": "from the issue line 'Ausgabe 46/2024 · Donnerstag, 21. November 2024'; 'vergangene Woche' -> 2024-11; 'Mitte Oktober' -> 2024-10",
    "language": "de",
    "deals": [
        deal("marschwind-deichwerk-ppa", ["Marschwind Energie", "Deichwerk Data"], "supply",
             500_000_000, "EUR", "at_least", "2024-11", "signed",
             "Den Gesamtwert beziffern Branchenkreise auf mehr als eine halbe Milliarde Euro; unterzeichnet wurde vergangene Woche in Heide.",
             term=["2026", "2041"],
             note="15-year power supply from 2026; parties and term in the previous sentence; value in words from "
                  "industry sources; first of two Marschwind-Deichwerk deals (018: EUR 230m stake in a wind farm)"),
        deal("marschwind-toender-windfarm", ["Marschwind Energie"], "acquisition",
             610_000_000, "DKK", "exact", "2024-10", "completed",
             "Mitte Oktober hatte der Betreiber jenseits der Grenze zugekauft: Für 610 Millionen Kronen (rund 82 Millionen Euro) übernahm das Unternehmen einen Windpark mit 62 Megawatt bei Tønder.",
             alt_amounts=[alt(82_000_000, "EUR")],
             note="'Kronen' = Danish kroner (Tønder, Denmark); seller not named, so only the buyer; 'das Unternehmen' = Marschwind"),
    ],
    "not_deals": ["74 Millionen Euro", "6,1 Cent je Kilowattstunde", "rund 410 Millionen Euro",
                  "1,4 Millionen Euro je Megawatt", "89 Euro netto"],
}

A["007_microsoft_capex_pierhead_en.txt"] = {
    "published": "2025-01-06",
    "published_note": "from the header 'Jan 6, 2025, 7:55 AM ET'; 'a Friday blog post' -> 2025-01-03; 'in November' -> 2024-11",
    "language": "en",
    "deals": [
        deal("microsoft-fy2025-capex", ["Microsoft"], "capex_plan",
             80_000_000_000, "USD", "approx", "2025-01-03", "planned",
             "Microsoft is on course to pour about $80bn into data centres built for AI workloads during its current fiscal year, which closes at the end of June, according to a Friday blog post by president Brad Smith, who added that more than half of the money is meant for the United States.",
             term=["2024-07", "2025-06"], alt_amounts=[alt(77_000_000_000, "EUR")],
             note="fiscal-year spending plan; 008 restates it with EUR 77bn; the September-quarter $20bn is past spending"),
        deal("marschwind-deichwerk-ppa", ["Marschwind Energie", "Deichwerk Data"], "supply",
             500_000_000, "EUR", "at_least", "2024-11", "signed",
             "In Hamburg, Deichwerk Data signed a 15-year wind-power contract with Marschwind Energie in November that industry sources value at more than €500 million; the developer says it is in \"early conversations\" with several US cloud providers but will not name them.",
             note="restates 006"),
    ],
    "not_deals": ["$423.35", "$3.15 trillion", "$20bn", "about $95bn", "$510 price target",
                  "$11m to $13m per megawatt", "€1 per order"],
}

A["008_microsoft_wattblick.txt"] = {
    "published": "2025-01-09",
    "published_note": "from the byline 'Beitrag vom 9. Januar 2025'; 'vergangenen Freitag' -> 2025-01-03; 'im Februar 2024' -> 2024-02",
    "language": "de",
    "deals": [
        deal("microsoft-fy2025-capex", ["Microsoft"], "capex_plan",
             80_000_000_000, "USD", "exact", "2025-01-03", "planned",
             "Achtzig Milliarden Dollar, umgerechnet rund 77 Milliarden Euro, will Microsoft im laufenden Geschäftsjahr in Rechenzentren für künstliche Intelligenz stecken – so stand es vergangenen Freitag im Blog des Konzerns.",
             term=["2024-07", "2025-06"], alt_amounts=[alt(77_000_000_000, "EUR")],
             note="same plan as 007, amount in words with EUR conversion"),
        deal("microsoft-germany-2024", ["Microsoft"], "capex_plan",
             3_200_000_000, "EUR", "exact", "2024-02", "announced",
             "Und für Deutschland hatte Microsoft schon im Februar 2024 Investitionen von 3,2 Milliarden Euro bis Ende 2025 zugesagt – das Geld fließt überwiegend ins Rheinische Revier, nicht an Elbe und Eider.",
             term=[None, "2025-12"],
             note="earlier German investment plan, restated as background with its amount; different from the FY2025 plan"),
        deal("deichwerk-billbrook-campus", ["Deichwerk Data"], "project",
             1_600_000_000, "EUR", "approx", None, "planned",
             "Deichwerks Campus in Billbrook (geplante Baukosten: rund 1,6 Milliarden Euro) ist so ein Fall.",
             kind_alt=["capex_plan"], note="restates 004 (genitive 'Deichwerks'); no date"),
    ],
    "not_deals": ["höchstens zwölf Milliarden Dollar", "gut 55 Milliarden Dollar",
                  "monatlich 150 bis 180 Euro je Kilowatt", "4 Euro im Monat", "Zwölf Milliarden"],
}

A["009_friesenkamp_leuchtfeuer_en.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the issue line 'Edition 88 · 12 June 2025'; 'on Tuesday' -> 2025-06-10; 'in March 2024' -> 2024-03",
    "language": "en",
    "deals": [
        deal("holmsand-friesenkamp-2025", ["Holmsand Capital", "Friesenkamp Compute", "Lotsenhaus Ventures"], "investment",
             140_000_000, "EUR", "exact", "2025-06-10", "completed",
             "The Husum operator of rentable GPU clusters said on Tuesday it has raised €140 million (about $160 million), with Holmsand Capital once again in the lead and Kiel-based Lotsenhaus Ventures joining for the first time.",
             alt_amounts=[alt(160_000_000, "USD")],
             note="'The Husum operator' = Friesenkamp Compute (previous sentence); second Holmsand-Friesenkamp round, "
                  "must stay apart from the 2024 EUR 85m round; the EUR 100m equity part is a not_deal"),
        deal("holmsand-friesenkamp-2024", ["Holmsand Capital", "Friesenkamp Compute"], "investment",
             85_000_000, "EUR", "exact", "2024-03", "completed",
             "Holmsand also led Friesenkamp's €85 million round in March 2024, so the Hamburg investor now has two bets on the same horse.",
             note="restates 001"),
        deal("friesenkamp-nvidia-blackwell", ["Friesenkamp Compute", "Nvidia"], "supply",
             150_000_000, "USD", "approx", "2025-06", "signed",
             "The company confirmed an order for Nvidia Blackwell systems worth just under $150 million, to be installed in a second hall on the Kiel east bank later this year.",
             note="'The company' = Friesenkamp; 'just under' -> approx; no day given"),
    ],
    "not_deals": ["€100 million", "around €720 million", "€38 million", "€225 million", "€450 million", "€249"],
}

A["010_vertiv_brakenhoff_tidewater_en.txt"] = {
    "published": "2025-08-14",
    "published_note": "from the header 'Aug 14, 2025 · 10:22 AM EDT'; the report 'on Wednesday' (2025-08-13) gives the month of the talks; 'last summer' -> 2024",
    "language": "en",
    "deals": [
        deal("vertiv-brakenhoff-takeover", ["Vertiv", "Brakenhoff Kältetechnik"], "acquisition",
             190_000_000, "EUR", "approx", "2025-08", "rumored",
             "Vertiv Holdings is in talks to acquire Brakenhoff Kältetechnik, a family-owned German maker of liquid-cooling equipment, for about €190 million ($221 million), according to a report on Wednesday citing a pair of people with access to preliminary deal papers.",
             alt_amounts=[alt(221_000_000, "USD")],
             note="sourced rumour; 015 reports the talks ended without a deal"),
        none("vertiv-cooltera-2023", ["Vertiv", "CoolTera"], "acquisition", "2023", "completed",
             "Vertiv has shopped for cooling know-how before, buying UK-based CoolTera in 2023.",
             note="background, no amount"),
        deal("deichwerk-brakenhoff-cooling", ["Deichwerk Data", "Brakenhoff Kältetechnik"], "supply",
             36_000_000, "EUR", "exact", "2024", "signed",
             "Brakenhoff would add direct-to-chip capacity close to Europe's fastest-growing server clusters: it already supplies Hamburg developer Deichwerk Data, which placed a €36 million order with the Oldenburg company last summer.",
             note="restates 005; 'last summer' -> 2024"),
    ],
    "not_deals": ["$128.40", "about $10 billion", "$150 or higher", "roughly €150 million", "$0.49 per contract"],
}

A["011_tennet_nwd.txt"] = {
    "published": "2025-09-23",
    "published_note": "from the header '23.09.2025 – 07:05'; 'am Montag' -> 2025-09-22",
    "language": "de",
    "deals": [
        deal("tennet-germany-stake-2025", ["TenneT", "APG", "GIC", "Norges Bank Investment Management"], "investment",
             9_500_000_000, "EUR", "exact", "2025-09-22", "signed",
             "Der niederländische Pensionsverwalter APG, Singapurs Staatsfonds GIC sowie der Verwalter des norwegischen Ölfonds, Norges Bank Investment Management, übernehmen gemeinsam 46 Prozent an TenneT Germany und zahlen dafür 9,5 Milliarden Euro, wie der Staatskonzern am Montag mitteilte.",
             kind_alt=["acquisition"], alt_amounts=[alt(11_200_000_000, "USD")],
             note="46 % stake in TenneT Germany; closing expected in Q1 2026; 012 gives $11.2bn"),
        none("germany-tennet-takeover-talks", ["Bundesrepublik Deutschland", "TenneT"], "acquisition", None, "cancelled",
             "Im Juni 2024 waren Gespräche über eine Komplettübernahme des deutschen Netzes durch die Bundesrepublik an fehlendem Geld im Haushalt gescheitert.",
             note="restates 003 without an amount; 'Im Juni 2024' is when the talks failed, the start of the talks is "
                  "not given here, so no date (003 dates the cancelled deal to the talks, 2023)"),
    ],
    "not_deals": ["rund 1,9 Milliarden Euro", "mehr als 100 Milliarden Euro", "97,10 Euro"],
}

A["012_tennet_hanseatic_investor_en.html"] = {
    "published": "2025-09-23",
    "published_note": "no visible date; from <meta name=pubdate> and JSON-LD datePublished 2025-09-23T16:45; 'on Monday' -> 2025-09-22",
    "language": "en",
    "deals": [
        deal("tennet-germany-stake-2025", ["TenneT", "APG", "GIC", "Norges Bank Investment Management"], "investment",
             9_500_000_000, "EUR", "exact", "2025-09-22", "signed",
             "TenneT will hand 46% of its German grid arm to APG, GIC and Norges Bank Investment Management for €9.5 billion, or roughly $11.2 billion, the Dutch state-owned operator said on Monday.",
             kind_alt=["acquisition"], alt_amounts=[alt(11_200_000_000, "USD")],
             note="same deal as 011; the implied equity value EUR 20.7bn is a not_deal"),
    ],
    "not_deals": ["about €20.7 billion", "around NOK 20 trillion", "about €12 billion", "three months for €1",
                  "€19 a month"],
}

A["013_datenhafen_jadeufer.html"] = {
    "published": "2025-10-16",
    "published_note": "from the visible line 'Wilhelmshaven · Donnerstag, 16.10.2025' (also <meta name=date>); 'am Mittwoch' -> 2025-10-15",
    "language": "de",
    "deals": [
        deal("ewe-holmsand-datenhafen-jv", ["EWE", "Holmsand Capital"], "joint_venture",
             1_800_000_000, "EUR", "up_to", "2025-10-15", "announced",
             "Das Gemeinschaftsunternehmen will dort ein Rechenzentrum mit 250 Megawatt errichten und dafür bis zu 1,8 Milliarden Euro investieren, wie beide Partner am Mittwoch im Rathaus erklärten.",
             kind_alt=["project", "capex_plan"],
             note="joint venture Datenhafen Jade GmbH; the partners EWE and Holmsand are named in the previous sentence"),
        deal("nports-datenhafen-lease", ["Niedersachsen Ports", "Datenhafen Jade"], "other",
             2_600_000, "EUR", "exact", "2025-10", "signed",
             "Niedersachsen Ports verpachtet der Gesellschaft 32 Hektar für 30 Jahre, die Pacht liegt bei 2,6 Millionen Euro jährlich; der Vertrag ist nach Angaben des Hafenbetreibers unterschrieben.",
             per="year", kind_alt=["project"],
             note="30-year land lease, yearly rent; 'der Gesellschaft' = Datenhafen Jade GmbH; no signing day"),
        deal("tennet-sielhof-connection", ["TenneT", "Sielhof Netzbau"], "supply",
             74_000_000, "EUR", "approx", "2025", "signed",
             "Den Anschluss an das Umspannwerk baut Sielhof Netzbau aus Cuxhaven im Auftrag von TenneT, das Auftragsvolumen wird mit rund 74 Millionen Euro angegeben.",
             kind_alt=["other"], note="construction order; no date given, so the year"),
    ],
    "not_deals": ["15 Millionen Euro", "19 Millionen Euro", "59 €", "je 45 Euro"],
}

A["014_google_germany_heligoland_en.txt"] = {
    "published": "2025-11-12",
    "published_note": "from the header 'November 12, 2025 | 09:30 CET' (dateline 'Nov 11'); 'on Tuesday' -> 2025-11-11; 'Only seven days earlier' -> 2025-11-04; 'last month' -> 2025-10",
    "language": "en",
    "deals": [
        deal("google-germany-2026-2029", ["Alphabet"], "capex_plan",
             5_500_000_000, "EUR", "exact", "2025-11-11", "planned",
             "Alphabet's Google unit plans to put €5.5 billion (roughly $6.4 billion) into German sites and offices between 2026 and the end of 2029, it said on Tuesday.",
             term=["2026", "2029"], alt_amounts=[alt(6_400_000_000, "USD")],
             note="Google = Alphabet (aliases)"),
        deal("telekom-nvidia-munich-cloud", ["Deutsche Telekom", "Nvidia"], "project",
             1_000_000_000, "EUR", "approx", "2025-11-04", "announced",
             "Only seven days earlier, Deutsche Telekom and Nvidia had presented an industrial AI cloud in Munich that costs about a billion euros.",
             kind_alt=["partnership", "joint_venture"],
             note="amount in words; seven days before Tuesday 2025-11-11"),
        deal("ewe-holmsand-datenhafen-jv", ["EWE", "Holmsand Capital"], "joint_venture",
             1_800_000_000, "EUR", "up_to", "2025-10", "announced",
             "In Wilhelmshaven, regional utility EWE and Hamburg investor Holmsand Capital last month set up a joint venture that plans a 250-megawatt campus, with spending of up to €1.8 billion.",
             kind_alt=["project", "capex_plan"], note="restates 013"),
    ],
    "not_deals": ["roughly €5.4 billion a year", "$15.2 billion", "between €10m and €12m for each megawatt",
                  "€40 million"],
}

A["015_kabelschacht_digest.txt"] = {
    "published": "2025-11-27",
    "published_note": "from the issue line 'Nr. 47 · Donnerstag, 27. November 2025'; 'am Montag' -> 2025-11-24; 'Anfang November' and 'vor gut zwei Wochen' -> 2025-11",
    "language": "de",
    "deals": [
        deal("stadtwerke-kiel-friesenkamp-heat", ["Stadtwerke Kiel", "Friesenkamp Compute"], "supply",
             110_000, "EUR", "exact", "2025-11-24", "signed",
             "Für 110.000 Euro im Monat speist der GPU-Anbieter ab Herbst 2026 bis zu zwölf Megawatt Wärme in das Fernwärmenetz ein, der Vertrag läuft zwölf Jahre und wurde am Montag unterschrieben.",
             per="month", term=["2026", "2038"],
             note="waste-heat sale; 'der GPU-Anbieter' = Friesenkamp and the buyer Stadtwerke Kiel are in the previous sentence; "
                  "the federal heat-network grant is a not_deal"),
        deal("vertiv-brakenhoff-takeover", ["Vertiv", "Brakenhoff Kältetechnik"], "acquisition",
             190_000_000, "EUR", "approx", "2025", "cancelled",
             "Die Gespräche über einen Kaufpreis von rund 190 Millionen Euro seien Ende Oktober ohne Ergebnis beendet worden, bestätigte Geschäftsführerin Gesa Brakenhoff.",
             note="the talks of 010 ended without a deal; parties in the previous sentence; a cancelled deal keeps the "
                  "date of the talks (010: 2025-08), here only the year is implied"),
        deal("holmsand-marschwind-offer", ["Holmsand Capital", "Marschwind Energie"], "acquisition",
             300_000_000, "EUR", "approx", "2025-11", "cancelled",
             "Die Gesellschafterfamilien von Marschwind Energie lehnten Anfang November ein Übernahmeangebot der Hamburger ab, das Insidern zufolge bei rund 300 Millionen Euro lag.",
             note="rejected takeover offer; 'der Hamburger' = Holmsand (previous sentence); value from insiders"),
        deal("google-germany-2026-2029", ["Alphabet"], "capex_plan",
             5_500_000_000, "EUR", "exact", "2025-11", "planned",
             "Fünfeinhalb Milliarden Euro bis 2029: Diese Summe hatte Google vor gut zwei Wochen für Rechenzentren und Büros in Deutschland angekündigt.",
             term=["2026", "2029"], note="restates 014, amount in words"),
    ],
    "not_deals": ["6,2 Millionen Euro", "13,9 Cent pro Kilowattstunde", "gut 151 Millionen Euro", "Wert je 250 Euro",
                  "9,90 Euro monatlich"],
}

A["016_boersenleuchte_liveblog.txt"] = {
    "published": "2026-01-29",
    "published_note": "from the header 'Donnerstag, 29. Januar 2026'; 'am Mittwochabend' -> 2026-01-28",
    "language": "de",
    "deals": [
        none("nordex-marschwind-turbines", ["Nordex", "Marschwind Energie"], "supply", "2026-01-29", "signed",
             "Der Turbinenhersteller liefert 14 Anlagen an Marschwind Energie, das Volumen nennen beide Seiten nicht.",
             note="ticker entry of the day; no amount"),
        deal("microsoft-deichwerk-lease", ["Microsoft", "Deichwerk Data"], "cloud_contract",
             2_000_000_000, "EUR", "approx", "2026", "rumored",
             "Über zehn Jahre gehe es um rund zwei Milliarden Euro, sagen zwei Personen, die den Verhandlungen nahestehen.",
             kind_alt=["other"],
             alt_amounts=[alt(2_300_000_000, "EUR"), alt(2_500_000_000, "USD")],
             note="rumoured ten-year lease of the second Billbrook phase; parties in the previous sentence ('Microsoft "
                  "verhandelt Insidern zufolge mit ... Deichwerk Data'); signed in March 2026 at EUR 2.3bn / about "
                  "$2.5bn (018, 020: alt_amounts); the year keeps the shared id's dates consistent; the analysts' "
                  "construction-cost estimate (EUR 900m) is a not_deal"),
        deal("meta-capex-2026", ["Meta"], "capex_plan",
             115_000_000_000, "USD", "range", "2026-01-28", "planned",
             "Der Facebook-Konzern hat am Mittwochabend nach US-Börsenschluss Quartalszahlen vorgelegt und peilt für das laufende Jahr Investitionsausgaben von 115 bis 135 Milliarden Dollar an.",
             amount_max=135_000_000_000, term=["2026", "2026"],
             note="'Der Facebook-Konzern' = Meta (headline 'Meta erhöht die Schlagzahl'); 2025's $72bn is past spending"),
    ],
    "not_deals": ["26,40 Euro", "rund 900 Millionen Euro", "59,9 Milliarden Dollar", "gut 72 Milliarden Dollar",
                  "67,80 Dollar", "1,19 Dollar", "25 Euro im Monat", "0 Euro Ausführungsgebühr"],
}

A["017_sandbank_memo_en.txt"] = {
    "published": "2026-02-09",
    "published_note": "from the byline line 'Monday 9 February 2026 · by Tamsin Greaves'; 'on Thursday' -> 2026-02-05; 'a day earlier' -> 2026-02-04; 'late last month' -> 2026-01",
    "language": "en",
    "deals": [
        deal("amazon-capex-2026", ["Amazon"], "capex_plan",
             200_000_000_000, "USD", "approx", "2026-02-05", "planned",
             "Amazon said on Thursday that its 2026 capital spending should come in at about $200 billion, the bulk of it for AI, while Alphabet had pointed a day earlier to a range of $175 billion to $185 billion.",
             term=["2026", "2026"], note="two capex plans in one sentence"),
        deal("alphabet-capex-2026", ["Alphabet"], "capex_plan",
             175_000_000_000, "USD", "range", "2026-02-04", "planned",
             "Amazon said on Thursday that its 2026 capital spending should come in at about $200 billion, the bulk of it for AI, while Alphabet had pointed a day earlier to a range of $175 billion to $185 billion.",
             amount_max=185_000_000_000, term=["2026", "2026"],
             note="'a day earlier' than Thursday 2026-02-05; different from Google's EUR 5.5bn German plan"),
        deal("meta-capex-2026", ["Meta"], "capex_plan",
             115_000_000_000, "USD", "range", "2026-01", "planned",
             "Meta, which reported late last month, pencilled in $115 billion to $135 billion.",
             amount_max=135_000_000_000, term=["2026", "2026"], note="restates 016"),
        none("microsoft-deichwerk-lease", ["Microsoft", "Deichwerk Data"], "cloud_contract", "2026", "negotiating",
             "In Hamburg, Deichwerk Data is reportedly close to a lease with Microsoft for the second phase of its Billbrook campus; neither company will confirm.",
             kind_alt=["other"], note="the rumour of 016 without an amount"),
    ],
    "not_deals": ["$37.5 billion", "well over $650 billion", "roughly €28 per megawatt-hour", "$1 trillion",
                  "above $35 billion", "£6 a month"],
}

A["018_deichwerk_microsoft_dune_en.txt"] = {
    "published": "2026-03-18",
    "published_note": "from the header 'Wednesday 18 March 2026' (dateline 'HAMBURG, 17 March 2026'); 'on Tuesday' -> 2026-03-17; 'in November 2024' -> 2024-11",
    "language": "en",
    "deals": [
        deal("microsoft-deichwerk-lease", ["Microsoft", "Deichwerk Data"], "cloud_contract",
             2_300_000_000, "EUR", "exact", "2026-03-17", "signed",
             "The agreement is worth €2.3 billion (about $2.5 billion) over its term.",
             kind_alt=["other"], alt_amounts=[alt(2_500_000_000, "USD")],
             note="'The agreement' = the ten-year lease of the previous sentence (Deichwerk Data, Microsoft, 'on Tuesday'); "
                  "the signing of the rumour in 016"),
        deal("deichwerk-marschwind-hedwigenkoog", ["Deichwerk Data", "Marschwind Energie"], "acquisition",
             230_000_000, "EUR", "exact", "2026-03", "announced",
             "Separately, Deichwerk is buying a 49% stake in Marschwind Energie's Hedwigenkoog wind farm in Dithmarschen for €230 million.",
             kind_alt=["investment"],
             note="second Marschwind-Deichwerk deal, must stay apart from the 2024 power purchase agreement"),
        deal("marschwind-deichwerk-ppa", ["Marschwind Energie", "Deichwerk Data"], "supply",
             500_000_000, "EUR", "at_least", "2024-11", "signed",
             "Marschwind already supplies the campus under a 15-year power purchase agreement signed in November 2024, valued by industry sources at more than €500 million; the new holding gives Deichwerk a direct share of the generation behind that contract.",
             note="restates 006"),
    ],
    "not_deals": ["€31 million", "around €160 per kilowatt per month", "about €140 a year ago", "€25 million",
                  "$37.5 billion", "€210 million of equity"],
}

A["019_deichwerk_fleetkurier.txt"] = {
    "published": "2026-06-11",
    "published_note": "from the header 'Wirtschaft | Donnerstag, 11. Juni 2026'; 'am Mittwoch' -> 2026-06-10; 'aus dem Jahr 2024' -> 2024",
    "language": "de",
    "deals": [
        deal("nordlb-deichwerk-loan-2026", ["NordLB", "Deichwerk Data"], "other",
             1_100_000_000, "EUR", "exact", "2026-06-10", "signed",
             "Für den zweiten Bauabschnitt in Billbrook leiht sich Deichwerk Data erneut Geld bei der NordLB: Die Landesbank führt ein Konsortium an, das 1,1 Milliarden Euro bereitstellt.",
             note="loan for the second phase; 'Unterzeichnet wurde am Mittwoch' in the next sentence; co-lenders Hamburg "
                  "Commercial Bank and Haspa not listed; second NordLB-Deichwerk loan, must stay apart from the 2024 loan"),
        deal("nordlb-deichwerk-loan-2024", ["NordLB", "Deichwerk Data"], "other",
             640_000_000, "EUR", "exact", "2024", "signed",
             "Der 640-Millionen-Euro-Kredit aus dem Jahr 2024 wird mit dem neuen Geld zum Teil abgelöst, wie Deichwerk bestätigte.",
             note="restates 004 as a compound; the lender ('NordLB-geführtes Bankenkonsortium') is in the previous sentence"),
        deal("deichwerk-norderstedt-denied", ["Deichwerk Data"], "acquisition",
             250_000_000, "EUR", "approx", "2026", "rumored",
             "Einen Bericht, wonach Deichwerk den Campus eines Konkurrenten in Norderstedt für rund 250 Millionen Euro kaufen wolle, wies eine Sprecherin dagegen als „frei erfunden“ zurück.",
             required=False,
             note="denied rumour, optional; the competitor is not named, so only the would-be buyer"),
    ],
    "not_deals": ["rund elf Millionen Euro je Megawatt", "4 bis 6 Millionen Euro pro Jahr", "4.600 Euro im Monat",
                  "60 Euro", "ab 25 Euro"],
}

A["020_interview_ohlrogge_priel.txt"] = {
    "published": None,
    "published_note": "the interview has no date (only 'Lesezeit: 7 Minuten'); all deal dates are null",
    "language": "de",
    "deals": [
        deal("microsoft-deichwerk-lease", ["Microsoft", "Deichwerk Data"], "cloud_contract",
             2_300_000_000, "EUR", "exact", None, "signed",
             "Der Vertrag über 2,3 Milliarden Euro für zehn Jahre hat uns sichtbar gemacht, ja.",
             kind_alt=["other"],
             note="'Der Vertrag' = the lease to Microsoft named in the question; 'uns' = Deichwerk"),
        deal("nordlb-deichwerk-loan-2026", ["NordLB", "Deichwerk Data"], "other",
             1_100_000_000, "EUR", "exact", None, "signed",
             "Die 1,1 Milliarden Euro der NordLB für den zweiten Abschnitt sind der größte Kredit, den wir je aufgenommen haben.",
             note="restates 019; 'wir' = Deichwerk"),
        deal("deichwerk-marschwind-hedwigenkoog", ["Deichwerk Data", "Marschwind Energie"], "acquisition",
             230_000_000, "EUR", "exact", None, "completed",
             "Für die 49 Prozent am Windpark Hedwigenkoog haben wir 230 Millionen Euro bezahlt.",
             kind_alt=["investment"], note="restates 018, now paid; Marschwind named in the question"),
        deal("deichwerk-brunsbuettel-plan", ["Deichwerk Data"], "capex_plan",
             1_400_000_000, "EUR", "approx", None, "planned",
             "Wir wollen direkt am Elbehafen bauen und planen dafür bis 2030 rund 1,4 Milliarden Euro ein.",
             kind_alt=["project"], term=[None, "2030"],
             note="new site in Brunsbüttel (previous answer line); 'Wir' = Deichwerk"),
        none("brunsbuettel-ports-deichwerk-land", ["Deichwerk Data", "Brunsbüttel Ports"], "acquisition", None, "planned",
             "Das Grundstück erwerben wir von Brunsbüttel Ports; zum Kaufpreis haben beide Seiten vereinbart, nichts zu sagen.",
             note="land purchase, price undisclosed"),
    ],
    "not_deals": ["95.000 Euro im Jahr", "8 Millionen Euro", "8,50 Euro"],
}

ALIASES = {
    "Friesenkamp Compute": ["Friesenkamp Compute GmbH", "Friesenkamp Compute", "Friesenkamp", "Friesenkamps"],
    "Holmsand Capital": ["Holmsand Capital", "Holmsand"],
    "Marschwind Energie": ["Marschwind Energie", "Marschwind"],
    "Deichwerk Data": ["Deichwerk Data GmbH", "Deichwerk Data", "Deichwerk", "Deichwerks"],
    "Knickwall Grundbesitz": ["Knickwall Grundbesitz KG", "Knickwall Grundbesitz"],
    "Brakenhoff Kältetechnik": ["Brakenhoff Kältetechnik", "Brakenhoff"],
    "Lotsenhaus Ventures": ["Lotsenhaus Ventures"],
    "Datenhafen Jade": ["Datenhafen Jade GmbH", "Datenhafen Jade"],
    "Sielhof Netzbau": ["Sielhof Netzbau"],
    "Amazon": ["Amazon", "AWS"],
    "Alphabet": ["Alphabet", "Google"],
    "Microsoft": ["Microsoft", "Microsofts"],
    "Meta": ["Meta"],
    "Nvidia": ["Nvidia"],
    "Deutsche Telekom": ["Deutsche Telekom"],
    "Vertiv": ["Vertiv", "Vertiv Holdings"],
    "CoolTera": ["CoolTera"],
    "Nordex": ["Nordex"],
    "TenneT": ["TenneT", "TenneT Germany"],
    "Bundesrepublik Deutschland": ["Bundesrepublik Deutschland", "Bundesrepublik", "Germany", "Bund"],
    "APG": ["APG"],
    "GIC": ["GIC"],
    "Norges Bank Investment Management": ["Norges Bank Investment Management"],
    "KfW": ["KfW"],
    "50Hertz": ["50Hertz"],
    "NordLB": ["NordLB"],
    "Hamburger Energiewerke": ["Hamburger Energiewerke", "Hamburger Energiewerken"],
    "EWE": ["EWE"],
    "Niedersachsen Ports": ["Niedersachsen Ports"],
    "Stadtwerke Kiel": ["Stadtwerke Kiel"],
    "Brunsbüttel Ports": ["Brunsbüttel Ports"],
}

ABOUT = (
    "Hand-annotated deals in the ninety-seventh, held-out test corpus (tests/corpus97/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json and shared/gold/seeds.json. "
    "Theme: data centres in Hamburg, Schleswig-Holstein and Lower Saxony (wind-power offtake, grid operators, ports, "
    "municipal utilities, Landesbank and Sparkasse lending, developers) and hyperscaler capital-spending plans, "
    "2024-2026. One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks deals without an amount and vague or background mentions that an extractor may report "
    "or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is "
    "an error. Amounts are in full units and in the currency the article states; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in another "
    "currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date line, "
    "dateline, byline, issue line or, for one HTML page, its meta tag and JSON-LD; null when the article has none); "
    "a cancelled deal keeps the date of the original talks or offer; 'term' is the period the deal covers, where "
    "the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. Capital-spending "
    "plans list only the spender (capex_plan). Loans, lease and grid-connection payments are kind 'other'. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Deichwerk Data GmbH, Marschwind Energie, Holmsand Capital, Friesenkamp Compute GmbH, Brakenhoff "
    "Kältetechnik, Datenhafen Jade GmbH, Lotsenhaus Ventures, Sielhof Netzbau, Knickwall Grundbesitz KG; all their "
    "deals are invented, including those with real companies (NordLB, 50Hertz, Microsoft, Nvidia, Vertiv, EWE, "
    "Niedersachsen Ports, TenneT, Stadtwerke Kiel, Nordex, Hamburger Energiewerke, Brunsbüttel Ports); the deals "
    "between real companies follow public reports, partly shifted or simplified (see README.md). Nothing here is "
    "reporting."
)


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
