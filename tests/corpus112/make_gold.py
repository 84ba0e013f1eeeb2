#!/usr/bin/env python3
"""Write gold.json for tests/corpus112 (the hand annotation as a script; edit here, then run).

Usage: python3 tests/corpus112/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the hundred-and-twelfth, held-out test corpus (tests/corpus112/articles/), "
    "written for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: the builders of data centres - general contractors "
    "and engineering firms (Turner and its parent Hochtief, Holder, DPR, Mortenson, Bechtel, Jacobs, Mace, "
    "Strabag, Porr, Bilfinger), their contract awards, acquisitions of electrical and mechanical contractors, "
    "prefabricated modules, labour and equipment shortages and joint ventures with developers. "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; "
    "'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article "
    "(or the same article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <time datetime>, <meta> date, issue line or visible "
    "byline date, or null when the article has none); quarters, half-years and seasons become the year; a cancelled "
    "or completed deal keeps the date of the original agreement or talks; 'term' is the period the deal covers, "
    "where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. "
    "Construction contracts (a builder hired by a developer, a subcontract, a module order) are 'supply' with "
    "'project'/'other' as alternatives. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Auerbach Digitalpark, Harlandt Kältetechnik, Carvel Peak "
    "Capital, Silverbarrow Modular, Frostline Fluid Systems, Voltmark Electric, Lakemont Compute, Saltholme Modular, "
    "Calder & Vance Mechanical, Marshgate Infrastructure, Ashlar Creek Data Partners, Piedmont Fidelity Bank, "
    "Rödelsberg Modultechnik, Saalegrund Beteiligungen, Hüllbecke Elektroanlagen, Oberhuemer Elektrotechnik, "
    "Donaufeld Rechenzentren, Prairie Loom Data, Loisach Capital, Pellbrook Engineering, Hollis Lift, Hainleite "
    "Kreditbank, Skovgaard Compute, Halligwerk, Ardfinnan M&E, Traunviertel Data, Tyneford Growth Partners, Inntaler Elektrobau, "
    "Ormesby Technical College "
    "(and Emscherau Capital, a seller that is not a party); invented publications, research houses, advertisers and "
    "persons are listed in invented_names.txt and README.md; the deals of real companies are partly real (retold, "
    "with shifted details), partly invented. Nothing here is reporting."
)

ALIASES = {
    "Strabag": ["Strabag", "Strabag SE"],
    "Auerbach Digitalpark": ["Auerbach Digitalpark", "Auerbach", "Auerbach Digitalpark GmbH"],
    "Harlandt Kältetechnik": ["Harlandt Kältetechnik", "Harlandt", "Harlandt Kältetechnik GmbH"],
    "Quanta Services": ["Quanta Services", "Quanta", "Quanta Services Inc."],
    "Cupertino Electric": ["Cupertino Electric", "Cupertino Electric Inc.", "CEI"],
    "Carvel Peak Capital": ["Carvel Peak Capital", "Carvel Peak"],
    "Silverbarrow Modular": ["Silverbarrow Modular", "Silverbarrow"],
    "DPR Construction": ["DPR Construction", "DPR"],
    "Schneider Electric": ["Schneider Electric", "Schneider", "Schneider Electric SE"],
    "Motivair": ["Motivair", "Motivair Corp.", "Motivair Corporation"],
    "Holder Construction": ["Holder Construction", "Holder", "Holder Construction Company"],
    "Frostline Fluid Systems": ["Frostline Fluid Systems", "Frostline"],
    "Turner Construction": ["Turner Construction", "Turner", "Turner Construction Company"],
    "Voltmark Electric": ["Voltmark Electric", "Voltmark"],
    "EMCOR Group": ["EMCOR Group", "EMCOR", "EMCOR Group Inc."],
    "Miller Electric": ["Miller Electric", "Miller Electric Company"],
    "Lakemont Compute": ["Lakemont Compute", "Lakemont"],
    "Mace": ["Mace", "Mace Group", "Mace Ltd"],
    "Saltholme Modular": ["Saltholme Modular", "Saltholme", "Saltholme Modular Ltd"],
    "Calder & Vance Mechanical": ["Calder & Vance Mechanical", "Calder & Vance", "Calder and Vance"],
    "Jacobs": ["Jacobs", "Jacobs Solutions", "Jacobs Solutions Inc."],
    "Marshgate Infrastructure": ["Marshgate Infrastructure", "Marshgate"],
    "Ashlar Creek Data Partners": ["Ashlar Creek Data Partners", "Ashlar Creek"],
    "Piedmont Fidelity Bank": ["Piedmont Fidelity Bank", "Piedmont Fidelity"],
    "Bilfinger": ["Bilfinger", "Bilfinger SE"],
    "Rödelsberg Modultechnik": ["Rödelsberg Modultechnik", "Rödelsberg", "Rödelsberg Modultechnik GmbH"],
    "Saalegrund Beteiligungen": ["Saalegrund Beteiligungen", "Saalegrund"],
    "Hüllbecke Elektroanlagen": ["Hüllbecke Elektroanlagen", "Hüllbecke", "Hüllbecke Elektroanlagen GmbH"],
    "Porr": ["Porr", "Porr AG"],
    "Oberhuemer Elektrotechnik": ["Oberhuemer Elektrotechnik", "Oberhuemer"],
    "Donaufeld Rechenzentren": ["Donaufeld Rechenzentren", "Donaufeld", "Donaufeld Rechenzentren GmbH"],
    "Mortenson": ["Mortenson", "M. A. Mortenson Company"],
    "Prairie Loom Data": ["Prairie Loom Data", "Prairie Loom"],
    "Bechtel": ["Bechtel", "Bechtel Corporation"],
    "Loisach Capital": ["Loisach Capital", "Loisach"],
    "Pellbrook Engineering": ["Pellbrook Engineering", "Pellbrook"],
    "Hollis Lift": ["Hollis Lift"],
    "Hainleite Kreditbank": ["Hainleite Kreditbank", "Hainleite"],
    "Stadt Nordhausen": ["Stadt Nordhausen", "Nordhausen"],
    "Skovgaard Compute": ["Skovgaard Compute", "Skovgaard"],
    "Ardfinnan M&E": ["Ardfinnan M&E", "Ardfinnan"],
    "Traunviertel Data": ["Traunviertel Data"],
    "Tyneford Growth Partners": ["Tyneford Growth Partners", "Tyneford"],
    "Inntaler Elektrobau": ["Inntaler Elektrobau", "Inntaler"],
    "Hochtief": ["Hochtief", "Hochtief AG"],
    "Ormesby Technical College": ["Ormesby Technical College", "Ormesby"],
    "Halligwerk": ["Halligwerk", "Halligwerk GmbH"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
         amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
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


CONTRACT_ALT = ["project", "other"]

A = {}

A["001_auerbach_strabag_mainbogen.txt"] = {
    "published": "2024-02-28",
    "published_note": "from the dateline 'Offenbach am Main, 28. Februar 2024 (mbk)'; 'am Dienstag' -> 2024-02-27",
    "language": "de",
    "deals": [
        deal("strabag-auerbach-frankfurt", ["Auerbach Digitalpark", "Strabag"], "supply", 480_000_000, "EUR", "approx",
             "2024-02-27", "signed",
             "Der Vertrag umfasst Rohbau, Gebäudehülle und die gesamte technische Ausrüstung der ersten beiden Datenhallen und hat nach Angaben von Auerbach ein Volumen von rund 480 Millionen Euro.",
             kind_alt=CONTRACT_ALT, alt=[(520_000_000, "USD")],
             note="general-contractor award; Strabag as general contractor and 'am Dienstag' in the previous sentence; 006 restates it as €480m (about $520m), 014 mentions it without amount"),
        deal("strabag-harlandt-cooling", ["Strabag", "Harlandt Kältetechnik"], "supply", 60_000_000, "EUR", "approx",
             "2024-02", "signed",
             "Einen ersten Nachunternehmer hat Strabag bereits gebunden: Die Harlandt Kältetechnik aus Aschaffenburg übernimmt Kälte- und Lüftungstechnik der beiden Hallen, der Auftragswert liegt bei knapp 60 Millionen Euro.",
             kind_alt=CONTRACT_ALT,
             note="subcontract; 'knapp' -> approx; no day given -> month of the article"),
        deal("auerbach-offenbach-campus-capex", ["Auerbach Digitalpark"], "capex_plan", 1_200_000_000, "EUR", "approx",
             "2024-02", "planned",
             "Bis 2029 sollen nach den Plänen der Frankfurter rund 1,2 Milliarden Euro in den Standort fließen; vorgesehen sind vier Hallen mit zusammen 90 Megawatt IT-Last.",
             kind_alt=["project"], term=["2024", "2029"],
             note="'die Frankfurter' = Auerbach Digitalpark; total plan for four halls, contains the €480m Strabag contract"),
    ],
    "not_deals": ["23,5 Milliarden Euro", "bis zu sechs Millionen Euro", "450 Euro pro Quadratmeter"],
}

A["002_cupertino_quanta_conduitledger_en.txt"] = {
    "published": "2024-07-17",
    "published_note": "from the issue line 'Issue 58 | Wednesday 17 July 2024'; 'on Monday' -> 2024-07-15; 'last month' -> 2024-06; 'this week' -> 2024-07",
    "language": "en",
    "deals": [
        deal("quanta-cupertino", ["Quanta Services", "Cupertino Electric"], "acquisition", 1_500_000_000, "USD", "approx",
             "2024-07-15", "signed",
             "Quanta Services said it will acquire Cupertino Electric, the San Jose contractor that wires data halls and chip fabs, for roughly $1.5 billion in a mix of cash and stock.",
             note="'landed on Monday' in the previous sentence"),
        deal("carvel-silverbarrow-seriesc", ["Carvel Peak Capital", "Silverbarrow Modular"], "investment", 140_000_000, "USD", "exact",
             "2024-06", "completed",
             "Silverbarrow Modular, the Nevada company that assembles power skids and electrical rooms in a factory outside Reno, wrapped up a $140 million Series C last month.",
             note="lead investor Carvel Peak Capital in the next sentence; round total incl. existing backers"),
        deal("dpr-silverbarrow-framework", ["DPR Construction", "Silverbarrow Modular"], "supply", 300_000_000, "USD", "up_to",
             "2024-07", "signed",
             "DPR Construction has signed a framework with Silverbarrow to buy prefabricated electrical rooms for up to $300 million over three years, the two companies told us this week.",
             term=["2024", "2027"], note="framework ceiling -> up_to; 'this week' -> month of the issue"),
    ],
    "not_deals": ["$2 billion", "$32.9 billion", "$58 an hour", "$195"],
}

A["003_motivair_schneider_thermalaisle_en.html"] = {
    "published": "2024-10-10",
    "published_note": "from <meta article:published_time>, JSON-LD and the byline 'October 10, 2024'; 'on Wednesday' -> 2024-10-09; 'this week' -> 2024-10",
    "language": "en",
    "deals": [
        deal("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850_000_000, "USD", "exact",
             "2024-10-09", "signed",
             "The French power-equipment group said on Wednesday it has agreed to acquire a 75% controlling stake in Motivair for $850 million in cash (about €780 million).",
             kind_alt=["investment"], alt=[(780_000_000, "EUR")],
             note="'The French power-equipment group' = Schneider Electric (previous sentence); 75% stake"),
        deal("schneider-motivair-remaining-stake", ["Schneider Electric", "Motivair"], "acquisition", None, None, None,
             "2024-10-09", "planned",
             "Under the agreement, Schneider has the right to buy that stake in 2028; no price for it was given.",
             required=False, note="option on the remaining 25% agreed with the main deal; no amount, exercise in 2028 -> optional"),
        deal("holder-frostline-chillers", ["Holder Construction", "Frostline Fluid Systems"], "supply", 72_000_000, "USD", "exact",
             "2024-10", "signed",
             "Holder Construction, the Atlanta builder that works for several hyperscalers, has awarded Frostline Fluid Systems a $72 million package to supply and install chilled-water plants on two campuses in Georgia, Frostline said this week.",
             kind_alt=CONTRACT_ALT, note="'this week' -> month of the article"),
    ],
    "not_deals": ["$300 million", "$15 billion a year", "€238.60", "€137 billion"],
}

A["004_voltmark_turner_quillon_en.txt"] = {
    "published": "2025-04-03",
    "published_note": "from the header 'April 3, 2025 07:10 ET' and the dateline 'April 3'; 'in January' -> 2025-01",
    "language": "en",
    "deals": [
        deal("turner-voltmark", ["Turner Construction", "Voltmark Electric"], "acquisition", 1_200_000_000, "USD", "approx",
             "2025-04", "rumored",
             "A transaction would put a price of about $1.2 billion on Voltmark, three people close to both sides told Quillon.",
             alt=[(1_250_000_000, "USD"), (1_100_000_000, "EUR")],
             note="talks from sources; buyer Turner in the previous sentence; 005 reports the signing (2025-04-11) at €1.1bn / about $1.25bn, 012 the completion, 010 and 017 mention it without amount; month kept so the shared id's dates agree"),
        deal("emcor-miller-electric", ["EMCOR Group", "Miller Electric"], "acquisition", 865_000_000, "USD", "exact",
             "2025-01", "completed",
             "EMCOR Group agreed in January to buy Miller Electric, a Jacksonville contractor with a large data-centre business, for $865 million, and closed the transaction in February.",
             note="agreed in January, closed in February -> date of the agreement, status completed"),
    ],
    "not_deals": ["€62 billion", "$900 million", "131.40 euros", "9.9 billion euros"],
}

A["005_hochtief_voltmark_parkettfuchs.txt"] = {
    "published": "2025-04-14",
    "published_note": "from the header '14.04.2025, 09:32 Uhr' (a Monday); 'seit Freitagabend' -> 2025-04-11; '2. Januar' + 'zehn Wochen später' -> 2025-03",
    "language": "de",
    "deals": [
        deal("turner-voltmark", ["Turner Construction", "Voltmark Electric"], "acquisition", 1_100_000_000, "EUR", "exact",
             "2025-04-11", "signed",
             "Hochtief beziffert den Kaufpreis auf 1,1 Milliarden Euro, umgerechnet rund 1,25 Milliarden Dollar, einschließlich übernommener Schulden.",
             alt=[(1_250_000_000, "USD")],
             note="'Die US-Tochter Turner übernimmt ... Voltmark' in the previous sentence; official 'seit Freitagabend'; the rumour of 004"),
        deal("turner-lakemont-ohio", ["Turner Construction", "Lakemont Compute"], "supply", 1_900_000_000, "USD", "exact",
             "2025-03", "signed",
             "Am 2. Januar hatte der Entwickler Lakemont Compute Turner als Generalunternehmer für einen Rechenzentrumscampus bei Columbus im US-Bundesstaat Ohio ausgewählt; zehn Wochen später war der 1,9-Milliarden-Dollar-Vertrag unterschrieben.",
             kind_alt=CONTRACT_ALT, note="date relative to an earlier date: 2 January + ten weeks -> mid-March 2025 (month); compound '1,9-Milliarden-Dollar-Vertrag'; Hochtief's record backlog in the next sentence is not a deal"),
    ],
    "not_deals": ["knapp 900 Millionen Dollar", "rund 66 Milliarden Euro", "165 Euro", "140,35 €",
                  "etwa 10,6 Milliarden Euro", "3,90 Euro je Order"],
}

A["006_weekly_roundup_hardhatdigest_en.txt"] = {
    "published": "2025-05-16",
    "published_note": "from the issue line 'Week 20 · Friday 16 May 2025'; 'on Tuesday' -> 2025-05-13; 'on Wednesday' -> 2025-05-14; 'February last year' -> 2024-02",
    "language": "en",
    "deals": [
        deal("mace-saltholme-modules", ["Mace", "Saltholme Modular"], "supply", 210_000_000, "GBP", "exact",
             "2025-05-13", "signed",
             "The framework, signed on Tuesday, is worth £210m and runs for four years.",
             term=["2025", "2029"], alt=[(245_000_000, "EUR")],
             note="parties in the previous sentence ('Mace has picked Saltholme Modular'); 013 and 019 restate it ('last May', 'May 2025'), 018 in GBP and EUR; different from Mace's purchase of Saltholme in 019"),
        deal("strabag-auerbach-frankfurt", ["Auerbach Digitalpark", "Strabag"], "supply", 480_000_000, "EUR", "exact",
             "2024-02", "signed",
             "The general contract, worth €480m (about $520m) when it was signed in February last year, is running roughly on schedule, according to Auerbach; handover of hall one is pencilled in for the spring of 2026.",
             kind_alt=CONTRACT_ALT, alt=[(520_000_000, "USD")],
             note="restatement of the 001 contract; only the month of the signing"),
        deal("dpr-calder-vance-stake", ["DPR Construction", "Calder & Vance Mechanical"], "investment", 90_000_000, "USD", "exact",
             "2025-05-14", "signed",
             "DPR Construction said on Wednesday it is taking a 30 per cent stake in Calder & Vance Mechanical, a Sacramento firm that installs chilled-water and liquid-cooling systems, for $90m.",
             kind_alt=["acquisition"], note="minority stake"),
        deal("jacobs-marshgate-design", ["Jacobs", "Marshgate Infrastructure"], "other", None, None, None,
             "2025-05", "signed",
             "Jacobs has been appointed lead designer for Marshgate Infrastructure's planned campus near Elsham, covering the masterplan, the grid connection and the building design.",
             required=False, kind_alt=["supply"], note="design appointment without an amount ('The fee was not disclosed') -> optional"),
    ],
    "not_deals": ["£38m", "£450 a day", "£2.8m"],
}

A["007_ashlarcreek_holder_flintriver_en.html"] = {
    "published": "2025-06-19",
    "published_note": "from <meta name=pubdate>, JSON-LD and the byline 'Thu., June 19, 2025'; 'said Tuesday' -> 2025-06-17",
    "language": "en",
    "deals": [
        deal("holder-ashlarcreek-jv", ["Holder Construction", "Ashlar Creek Data Partners"], "joint_venture", 3_400_000_000, "USD", "exact",
             "2025-06-17", "announced",
             "The first phase of the campus, 300 megawatts in three buildings, carries a price tag of $3.4 billion, according to the two companies.",
             kind_alt=["project"], alt=[(3_000_000_000, "EUR")],
             note="joint venture formed 'Tuesday' (previous sentence); the amount is the first phase's cost; 012 restates it as 'rund drei Milliarden Euro'"),
        deal("piedmont-ashlarcreek-loan", ["Piedmont Fidelity Bank", "Ashlar Creek Data Partners"], "other", 600_000_000, "USD", "exact",
             "2025-06", "signed",
             "Ashlar Creek said Piedmont Fidelity Bank of Columbus will lend $600 million for construction, with the loan converting to a term loan once the building is leased.",
             kind_alt=["investment"], note="construction loan, 'already lined up'"),
    ],
    "not_deals": ["$180 million", "$2.5 million a year", "$68,000", "$9,000 and $12,000 an acre", "$4.99 a month"],
}

A["008_modulbau_fachkraefte_kabelpritsche.txt"] = {
    "published": "2025-07-21",
    "published_note": "from the time stamp '21.07.2025 - 14:01:12'; 'Vergangene Woche' and 'Anfang Juli' -> 2025-07",
    "language": "de",
    "deals": [
        deal("bilfinger-roedelsberg-2025", ["Bilfinger", "Rödelsberg Modultechnik"], "supply", 42_000_000, "EUR", "exact",
             "2025-07", "signed",
             "Der Auftrag hat ein Volumen von 42 Millionen Euro, wie Rödelsberg bestätigte.",
             note="parties and 'Vergangene Woche' in the previous sentence; different from Bilfinger's second order of April 2026 (016)"),
        deal("saalegrund-roedelsberg-stake", ["Saalegrund Beteiligungen", "Rödelsberg Modultechnik"], "investment", 25_000_000, "EUR", "exact",
             "2025-07", "completed",
             "Die Beteiligungsgesellschaft Saalegrund Beteiligungen hat sich Anfang Juli mit 25 Millionen Euro an Rödelsberg beteiligt und hält nun eine Minderheit.",
             note="minority stake; the unnamed minority shareholder in 014 and 016 is not annotated"),
        deal("strabag-ulm-training-centre", ["Strabag"], "capex_plan", 30_000_000, "EUR", "approx",
             "2025-07", "planned",
             "Strabag will bis Ende 2027 rund 30 Millionen Euro in ein Ausbildungszentrum für Elektro-, Kälte- und Leittechnik in Ulm investieren, in dem jährlich bis zu 400 Nachwuchskräfte geschult werden sollen.",
             kind_alt=["project"], term=[None, "2027"], note="own investment plan, confirmed by a spokeswoman"),
    ],
    "not_deals": ["68 Euro", "rund 4,6 Milliarden Euro", "75.000 Euro", "149 Euro"],
}

A["009_bilfinger_huellbecke_ticker_finanzfunk.txt"] = {
    "published": "2025-09-09",
    "published_note": "from the header 'Dienstag, 09.09.2025'; ticker entries 07:30-17:41; 'am Montag' -> 2025-09-08",
    "language": "de",
    "deals": [
        deal("bilfinger-huellbecke", ["Bilfinger", "Hüllbecke Elektroanlagen"], "acquisition", 300_000_000, "EUR", "approx",
             "2025-09-09", "signed",
             "Der Kaufpreis liegt bei knapp 300 Millionen Euro, wie der Industriedienstleister vor Börsenbeginn mitteilte.",
             alt=[(295_000_000, "EUR"), (345_000_000, "USD")],
             note="parties in the previous sentence; sellers the founding family and Emscherau Capital (not listed as parties); 010 gives €295m ($345m), 020 restates it"),
        deal("auerbach-bilfinger-maintenance", ["Auerbach Digitalpark", "Bilfinger"], "supply", 14_000_000, "EUR", "approx",
             "2025-09-08", "signed",
             "Bilfinger soll dabei die Elektro- und Kältetechnik der Rechenzentrumshallen an der Stadtgrenze zu Offenbach betreuen und erhält dafür jährlich rund 14 Millionen Euro.",
             kind_alt=["other"], per="year", term=["2025", "2035"],
             note="yearly rate of a ten-year maintenance and operation contract signed 'am Montag' (previous sentence)"),
        deal("porr-oberhuemer-talks", ["Porr", "Oberhuemer Elektrotechnik"], "acquisition", 120_000_000, "EUR", "approx",
             "2025-09", "negotiating",
             "Zwei Insider beziffern den diskutierten Kaufpreis auf rund 120 Millionen Euro.",
             note="talks 'Kreisen zufolge'; parties in the previous sentence"),
    ],
    "not_deals": ["96,85 Euro", "mehr als 3,6 Milliarden Euro", "29,40 Euro", "110 Euro", "410 Millionen Euro"],
}

A["010_bilfinger_note_marrowlane_en.txt"] = {
    "published": "2025-09-11",
    "published_note": "from the date line '11 September 2025'; 'on Tuesday' -> 2025-09-09; 'earlier this year' -> 2025",
    "language": "en",
    "deals": [
        deal("bilfinger-huellbecke", ["Bilfinger", "Hüllbecke Elektroanlagen"], "acquisition", 295_000_000, "EUR", "exact",
             "2025-09-09", "signed",
             "Bilfinger announced on Tuesday that it will buy Hüllbecke Elektroanlagen, a Gelsenkirchen-based electrical contractor, for €295m ($345m) on a cash- and debt-free basis.",
             alt=[(345_000_000, "USD")], note="same deal as 009 ('knapp 300 Millionen Euro')"),
        deal("turner-voltmark", ["Turner Construction", "Voltmark Electric"], "acquisition", None, None, None,
             "2025", "signed",
             "We note the parallel with Turner's Voltmark purchase earlier this year, which was also sold to investors as buying crews rather than profits.",
             required=False, note="background mention without amount -> optional"),
    ],
    "not_deals": ["€98", "€24m", "€100m", "€95.10"],
}

A["011_porr_donaufeld_landbote.html"] = {
    "published": "2025-11-20",
    "published_note": "from <meta name=date>, JSON-LD and the visible line '20. November 2025, 06:45'; 'am Mittwoch' -> 2025-11-19",
    "language": "de",
    "deals": [
        deal("donaufeld-porr", ["Donaufeld Rechenzentren", "Porr"], "supply", 340_000_000, "EUR", "approx",
             "2025-11-19", "signed",
             "Der Vertrag wurde am Mittwoch in Wien unterzeichnet, der Auftragswert beläuft sich auf rund 340 Millionen Euro.",
             kind_alt=CONTRACT_ALT, note="parties in the previous sentence"),
        deal("donaufeld-campus-capex", ["Donaufeld Rechenzentren"], "capex_plan", 1_100_000_000, "EUR", "exact",
             "2025-11", "planned",
             "Insgesamt plant Donaufeld bis 2029 Investitionen von 1,1 Milliarden Euro auf dem rund 40 Hektar großen Areal zwischen Bahnlinie und Bundesstraße.",
             kind_alt=["project"], term=[None, "2029"], note="developer's total plan; contains the Porr contract"),
    ],
    "not_deals": ["etwa 1,8 Millionen Euro pro Jahr", "31,2 Millionen Euro",
                  "zwischen 60 und 85 Euro pro Quadratmeter", "9,90 Euro pro Monat"],
}

A["012_usbauer_rechenzentren_bauherold.txt"] = {
    "published": "2025-12-04",
    "published_note": "from the line 'Donnerstag, 4. Dezember 2025 | Unternehmen & Märkte | Seite 6'; 'im April' -> 2025-04; 'Im Juni' -> 2025-06; 'Vergangene Woche' -> 2025-11",
    "language": "de",
    "deals": [
        deal("turner-voltmark", ["Turner Construction", "Voltmark Electric"], "acquisition", 1_250_000_000, "USD", "exact",
             "2025-04", "completed",
             "Die im April vereinbarte, 1,25 Milliarden Dollar schwere Übernahme von Voltmark aus Dallas hat Turner Anfang Dezember abgeschlossen, nachdem die Wettbewerbsbehörden keine Einwände erhoben hatten.",
             note="completion in early December; date of the agreement (April) kept"),
        deal("holder-ashlarcreek-jv", ["Holder Construction", "Ashlar Creek Data Partners"], "joint_venture", 3_000_000_000, "EUR", "approx",
             "2025-06", "announced",
             "Allein der erste Bauabschnitt ist mit umgerechnet rund drei Milliarden Euro veranschlagt.",
             kind_alt=["project"], note="parties and 'Im Juni' in the previous sentence; 'umgerechnet' -> EUR conversion of 007's $3.4bn"),
        deal("mortenson-prairieloom", ["Mortenson", "Prairie Loom Data"], "supply", 1_400_000_000, "USD", "at_least",
             "2025-11", "signed",
             "Vergangene Woche erhielt das Unternehmen vom Entwickler Prairie Loom Data einen Auftrag im Wert von mehr als 1,4 Milliarden Dollar für einen Campus im Südosten von Wisconsin.",
             kind_alt=CONTRACT_ALT, note="'das Unternehmen' = Mortenson (previous sentence); 'mehr als' -> at_least"),
    ],
    "not_deals": ["rund 40 Milliarden Dollar", "mehr als 24 Milliarden Dollar", "55 Dollar pro Stunde", "400 Milliarden Dollar"],
}

A["013_shortages_ledgerhall_en.txt"] = {
    "published": "2026-01-21",
    "published_note": "from the date line 'Wednesday 21 January 2026'; 'On Monday' -> 2026-01-19; 'last May' -> 2025-05",
    "language": "en",
    "deals": [
        deal("mace-saltholme-modules", ["Mace", "Saltholme Modular"], "supply", 210_000_000, "GBP", "exact",
             "2025-05", "signed",
             "The box was built by Saltholme Modular, and it is one of the first deliveries under the £210m framework the Stockton company agreed with Mace last May.",
             note="restatement of the 006 framework; month only"),
        deal("saltholme-teesside-factory", ["Saltholme Modular"], "capex_plan", 40_000_000, "GBP", "approx",
             "2026-01", "planned",
             "The company now plans to spend around £40m on a second factory on the other bank of the Tees, to open in 2027.",
             kind_alt=["project"], note="'The company' = Saltholme"),
        deal("bechtel-marshgate-framework", ["Bechtel", "Marshgate Infrastructure"], "supply", 1_500_000_000, "GBP", "up_to",
             "2026-01-19", "signed",
             "The framework is worth up to £1.5bn, Marshgate said, although each campus still needs its own planning consent and a grid connection.",
             kind_alt=CONTRACT_ALT, term=["2026", "2034"],
             note="design-and-build framework for up to four campuses over eight years, signed 'On Monday' (previous sentence)"),
        deal("mace-ormesby-apprenticeships", ["Mace", "Ormesby Technical College"], "partnership", 6_000_000, "GBP", "exact",
             "2026-01", "signed",
             "Contractors have started paying for the pipeline themselves: earlier this month Mace agreed a £6m partnership with Ormesby Technical College in Middlesbrough, which will train 400 electrical apprentices for data-centre work over five years, with Mace guaranteeing placements.",
             kind_alt=["other"], term=["2026", "2031"], note="training partnership funded by Mace; 'earlier this month' -> 2026-01"),
    ],
    "not_deals": ["close to £3m", "£38 an hour", "£95,000", "£9bn a year"],
}

A["014_interview_roedelsberg_hallenkran.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesezeit: 7 Minuten')",
    "language": "de",
    "deals": [
        deal("strabag-auerbach-frankfurt", ["Auerbach Digitalpark", "Strabag"], "supply", None, None, None,
             None, "signed",
             "Ein gutes Beispiel ist der Auerbach-Campus an der Frankfurter Stadtgrenze, den Strabag als Generalunternehmer errichtet.",
             required=False, kind_alt=CONTRACT_ALT, note="the 001 contract mentioned without amount -> optional"),
        deal("strabag-roedelsberg-modules", ["Strabag", "Rödelsberg Modultechnik"], "supply", 28_000_000, "EUR", "approx",
             None, "signed",
             "Für die beiden ersten Hallen dort hat Strabag bei uns 36 Stromraum-Module bestellt, der Auftrag hat einen Wert von rund 28 Millionen Euro.",
             note="'uns' = Rödelsberg Modultechnik; undated interview"),
        deal("loisach-roedelsberg-offer", ["Loisach Capital", "Rödelsberg Modultechnik"], "acquisition", 150_000_000, "EUR", "exact",
             None, "cancelled",
             "Der Münchner Finanzinvestor Loisach Capital hat uns 150 Millionen Euro für das gesamte Unternehmen geboten.",
             note="offer refused ('abgelehnt'); 'Im Frühjahr' without a year -> null"),
    ],
    "not_deals": ["zwischen 600.000 und 900.000 Euro", "3.900 Euro", "acht Millionen Euro", "12,80 Euro"],
}

A["015_jacobs_pellbrook_pennant_en.txt"] = {
    "published": "2026-03-10",
    "published_note": "from the header 'March 10, 2026 | 06:02 GMT'; dateline 'March 9', 'on Monday' -> 2026-03-09",
    "language": "en",
    "deals": [
        deal("jacobs-pellbrook", ["Jacobs", "Pellbrook Engineering"], "acquisition", 180_000_000, "GBP", "exact",
             "2026-03-09", "signed",
             "Jacobs Solutions announced on Monday a deal to take over Pellbrook Engineering, a London-based designer of electrical and mechanical systems for data centres, for £180 million ($243 million) in cash, adding some 700 engineers as demand for AI-ready facilities outstrips the supply of people who can design them.",
             alt=[(243_000_000, "USD")]),
        deal("mortenson-hollis-cranes", ["Mortenson", "Hollis Lift"], "other", 2_500_000, "USD", "approx",
             "2026-03", "signed",
             "CRANE SQUEEZE - Mortenson has leased 30 heavy tower cranes from Hollis Lift, an Iowa rental company, for its data-centre sites in Wisconsin and Iowa, paying about $2.5 million a month for 18 months, two people familiar with the arrangement said.",
             kind_alt=["supply"], per="month",
             note="monthly rental rate from sources; signing date not given -> month of the article"),
    ],
    "not_deals": ["£64 million", "about $12 billion", "$139.40", "$95,000 a month"],
}

A["016_roedelsberg_nordhausen_suedharzbote.txt"] = {
    "published": "2026-05-13",
    "published_note": "from the line 'Lokales · Nordhausen · Mittwoch, 13.5.2026'; 'seit Dienstagnachmittag' -> 2026-05-12; 'im April' -> 2026-04",
    "language": "de",
    "deals": [
        deal("roedelsberg-nordhausen-plant", ["Rödelsberg Modultechnik"], "capex_plan", 120_000_000, "EUR", "approx",
             "2026-05-12", "announced",
             "Rund 120 Millionen Euro will Rödelsberg in den Standort investieren, davon den größten Teil in zwei Fertigungshallen und ein Prüffeld für Mittelspannungsanlagen.",
             kind_alt=["project"], note="official since Tuesday afternoon"),
        deal("hainleite-roedelsberg-loan", ["Hainleite Kreditbank", "Rödelsberg Modultechnik"], "other", 45_000_000, "EUR", "exact",
             "2026-05", "signed",
             "Den größeren Teil der Fremdfinanzierung stellt die Hainleite Kreditbank: Das Erfurter Institut gewährt Rödelsberg ein Darlehen über 45 Millionen Euro mit einer Laufzeit von zehn Jahren.",
             kind_alt=["investment"], term=["2026", "2036"], note="ten-year loan; the state grant of €12m is not a deal"),
        deal("bilfinger-roedelsberg-2026", ["Bilfinger", "Rödelsberg Modultechnik"], "supply", 64_000_000, "EUR", "exact",
             "2026-04", "signed",
             "Bilfinger hat im April erneut bei den Thüringern bestellt: 24 weitere Energiezentralen für Rechenzentren im Rhein-Main-Gebiet im Wert von 64 Millionen Euro.",
             note="'den Thüringern' = Rödelsberg; second order of the pair, must stay apart from the €42m order of 2025 (008)"),
        deal("nordhausen-roedelsberg-land", ["Stadt Nordhausen", "Rödelsberg Modultechnik"], "acquisition", None, None, None,
             "2026-05", "announced",
             "Die Stadt hat das Grundstück erschlossen und verkauft es zum Quadratmeterpreis von 38 Euro an das Unternehmen.",
             required=False, kind_alt=["other"], note="land sale priced only per square metre (no total) -> optional, no amount"),
    ],
    "not_deals": ["zwölf Millionen Euro", "230 Millionen Euro", "38 Euro", "189 Euro im Monat"],
}

A["017_strabag_skovgaard_quayside_en.txt"] = {
    "published": "2026-06-18",
    "published_note": "from the header 'Thu 18 Jun 2026 · 08:44 CET'; 'on Wednesday' -> 2026-06-17; 'last year' -> 2025",
    "language": "en",
    "deals": [
        deal("strabag-skovgaard-jv", ["Strabag", "Skovgaard Compute"], "joint_venture", 260_000_000, "EUR", "exact",
             "2026-06-17", "announced",
             "The group said on Wednesday it will commit €260 million to a venture it is forming with Skovgaard Compute, a Copenhagen-based developer, and will own 49% of it.",
             kind_alt=["investment"], note="'The group' = Strabag; Strabag's contribution for 49%"),
        deal("skovgaard-strabag-campuses", ["Skovgaard Compute", "Strabag"], "project", 1_900_000_000, "EUR", "approx",
             "2026-06", "planned",
             "The two partners put the total cost of the first three campuses at around €1.9 billion, to be financed largely with project debt.",
             required=False, kind_alt=["capex_plan", "joint_venture"],
             note="the venture's planned building cost; part of the same announcement as the €260m commitment -> optional"),
        deal("halligwerk-skovgaard-husum-lease", ["Halligwerk", "Skovgaard Compute"], "cloud_contract", 85_000_000, "EUR", "approx",
             "2026-06", "signed",
             "The Husum site already has its first tenant: Halligwerk, a Hamburg-based GPU cloud provider, has signed a 12-year lease for the whole campus, paying about €85 million a year once it is fully built out.",
             kind_alt=["other"], per="year",
             note="yearly rent for data-centre capacity; the landlord is the Skovgaard-led venture that leases the halls, listed as Skovgaard Compute; 12-year term without start date"),
        deal("turner-ardfinnan", ["Turner Construction", "Ardfinnan M&E"], "acquisition", 400_000_000, "EUR", "range",
             "2026-06", "negotiating",
             "The discussions value Ardfinnan at between €400 million and €500 million, the people said, cautioning that no agreement has been reached and that other bidders remain interested.",
             amount_max=500_000_000, note="talks from sources; 018 reports that they were broken off"),
        deal("turner-voltmark", ["Turner Construction", "Voltmark Electric"], "acquisition", None, None, None,
             "2025", "completed",
             "It would give Turner, which bought Texas electrical contractor Voltmark last year, its first large in-house trade business in Europe.",
             required=False, note="background mention without amount -> optional"),
    ],
    "not_deals": ["€30.4 billion", "about €21 billion", "€84.20", "roughly €780 million"],
}

A["018_bauwoche_kranspiegel.txt"] = {
    "published": "2026-08-14",
    "published_note": "from the issue line 'Ausgabe 33/2026 · Freitag, 14. August 2026'; 'am Montag' -> 2026-08-10; 'am Mittwoch' -> 2026-08-12; 'Im Juni' -> 2026-06",
    "language": "de",
    "deals": [
        deal("turner-ardfinnan", ["Turner Construction", "Ardfinnan M&E"], "acquisition", 400_000_000, "EUR", "range",
             "2026-06", "cancelled",
             "Im Juni war berichtet worden, dass beide Seiten über einen Preis zwischen 400 und 500 Millionen Euro verhandeln.",
             amount_max=500_000_000,
             note="talks broken off (confirmed 'am Mittwoch', 2026-08-12); parties in the previous sentence; date of the talks kept"),
        deal("porr-strabag-traunviertel", ["Traunviertel Data", "Porr", "Strabag"], "supply", 210_000_000, "EUR", "approx",
             "2026-08-10", "signed",
             "Das Volumen des Auftrags liegt bei rund 210 Millionen Euro, die Arbeiten teilen sich die Partner je zur Hälfte.",
             kind_alt=["joint_venture", "project", "other"],
             note="contract awarded to a Porr/Strabag Arbeitsgemeinschaft, signed 'am Montag' (previous sentence)"),
        deal("mace-saltholme-modules", ["Mace", "Saltholme Modular"], "supply", 210_000_000, "GBP", "exact",
             "2025-05", "signed",
             "Der im Mai 2025 geschlossene 210-Millionen-Pfund-Vertrag (rund 245 Millionen Euro) läuft noch bis 2029.",
             alt=[(245_000_000, "EUR")], term=[None, "2029"], note="compound '210-Millionen-Pfund-Vertrag'; restatement of 006"),
    ],
    "not_deals": ["3,4 Millionen Euro", "74,8 Milliarden Euro", "25.000 Euro", "390 Euro"],
}

A["019_mace_saltholme_offsiteledger_en.txt"] = {
    "published": "2026-10-06",
    "published_note": "from the byline 'Nerys Blackadder-Hume · 6 October 2026'; 'on Monday' -> 2026-10-05",
    "language": "en",
    "deals": [
        deal("mace-saltholme-acquisition", ["Mace", "Saltholme Modular"], "acquisition", 95_000_000, "GBP", "exact",
             "2026-10-05", "completed",
             "The London-based contractor confirmed on Monday that it has acquired Saltholme Modular, the Stockton-on-Tees manufacturer of prefabricated electrical and cooling modules, for £95m (roughly €110m).",
             alt=[(110_000_000, "EUR")],
             note="'The London-based contractor' = Mace; completed the same day; must stay apart from the £210m framework of the same pair"),
        deal("mace-saltholme-modules", ["Mace", "Saltholme Modular"], "supply", 210_000_000, "GBP", "exact",
             "2025-05", "signed",
             "Saltholme's biggest contract by far is the £210m framework it signed with Mace in May 2025, under which it supplies switchgear and cooling rooms for Mace's data-centre jobs in Britain and the Netherlands.",
             note="restatement of 006"),
        deal("tyneford-saltholme-2023", ["Tyneford Growth Partners", "Saltholme Modular"], "investment", 18_000_000, "GBP", "exact",
             "2023", "completed",
             "Tyneford Growth Partners, the Newcastle investor that put £18m into the business in 2023, is understood to be the largest selling shareholder alongside the founders.",
             note="earlier investment named with amount and year; 'the business' = Saltholme"),
    ],
    "not_deals": ["£1.4m", "£96m", "£38m", "about £2.4bn"],
}

A["020_baukommentar_kornhaus.txt"] = {
    "published": "2026-11-24",
    "published_note": "from the line 'Wien/Frankfurt, Dienstag, 24. November 2026'; 'am Montag' -> 2026-11-23; 'in der vergangenen Woche' -> 2026-11",
    "language": "de",
    "deals": [
        deal("strabag-inntaler", ["Strabag", "Inntaler Elektrobau"], "acquisition", 150_000_000, "EUR", "range",
             "2026-11-23", "signed",
             "Nach unseren Berechnungen auf Basis vergleichbarer Transaktionen dürfte Strabag zwischen 150 und 180 Millionen Euro auf den Tisch gelegt haben.",
             amount_max=180_000_000,
             note="price not disclosed; the range is the analysts' estimate; signed 'am Montag' (first sentences)"),
        deal("bilfinger-huellbecke", ["Bilfinger", "Hüllbecke Elektroanlagen"], "acquisition", 300_000_000, "EUR", "approx",
             "2025-09", "completed",
             "Bilfinger hat es mit Hüllbecke vorgemacht: Die Gelsenkirchener, im September 2025 für knapp 300 Millionen Euro übernommen, steuern inzwischen fast ein Fünftel zum Auftragseingang des Konzerns bei.",
             note="restatement of 009/010; month only"),
        deal("hochtief-bilfinger-rumour", ["Hochtief", "Bilfinger"], "acquisition", 5_000_000_000, "EUR", "approx",
             "2026-11", "rumored",
             "Für Unruhe sorgte in der vergangenen Woche ein Zeitungsbericht, wonach die Hochtief-Mutter ACS über Hochtief ein Angebot für Bilfinger prüfe; genannt wurde ein Betrag von rund fünf Milliarden Euro.",
             required=False, note="press report denied by Hochtief ('keinerlei Gespräche') -> optional; ACS would act through Hochtief"),
    ],
    "not_deals": ["etwa 240 Millionen Euro", "88,60 €", "302,40 €", "104,20 €", "98 Euro", "31,9 Milliarden Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
