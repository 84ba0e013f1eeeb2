#!/usr/bin/env python3
"""The hand annotation of tests/corpus41 as code. Run it to (re)write gold.json."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B, M = 1_000_000_000, 1_000_000

ABOUT = (
    "Hand-annotated deals in the forty-first, held-out test corpus (tests/corpus41/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague or background mentions (and deals stated without an amount) "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in another "
    "currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date "
    "marker, dateline, <meta>/JSON-LD, issue line or visible byline date, or null when the article has none); "
    "quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original talks; "
    "'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; "
    "'note' explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Caddo Mesa Digital LLC, Ironweed Capital Partners, "
    "Scioto Bend Power Cooperative, Ocmulgee Switchgear Co., Verde Rim Compute Inc., Brazos Keel Bank; invented "
    "publications, research houses, banks, advertisers and people are named in README.md; the deals of real "
    "companies are partly real, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Caddo Mesa Digital LLC": ["Caddo Mesa Digital LLC", "Caddo Mesa Digital", "Caddo Mesa"],
    "Ironweed Capital Partners": ["Ironweed Capital Partners", "Ironweed"],
    "Scioto Bend Power Cooperative": ["Scioto Bend Power Cooperative", "Scioto Bend"],
    "Ocmulgee Switchgear Co.": ["Ocmulgee Switchgear Co.", "Ocmulgee Switchgear", "Ocmulgee"],
    "Verde Rim Compute Inc.": ["Verde Rim Compute Inc.", "Verde Rim Compute", "Verde Rim"],
    "Brazos Keel Bank": ["Brazos Keel Bank", "Brazos Keel"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS", "Amazon.com"],
    "AEP": ["AEP", "American Electric Power", "AEP Ohio"],
    "Bloom Energy": ["Bloom Energy"],
    "QTS": ["QTS", "QTS Data Centers"],
    "TSMC": ["TSMC", "Taiwan Semiconductor Manufacturing Co.", "Taiwan Semiconductor Manufacturing"],
    "Apple": ["Apple", "Apple Inc."],
    "Intel": ["Intel", "Intel Corp."],
    "Crusoe": ["Crusoe", "Crusoe Energy"],
    "Blue Owl Capital": ["Blue Owl Capital", "Blue Owl"],
    "Primary Digital Infrastructure": ["Primary Digital Infrastructure", "Primary Digital"],
    "Oracle": ["Oracle", "Oracle Corp."],
    "OpenAI": ["OpenAI"],
    "GE Vernova": ["GE Vernova"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "Beale Infrastructure": ["Beale Infrastructure", "Beale"],
    "City of Tucson": ["City of Tucson", "Tucson", "Stadt Tucson"],
    "Meta": ["Meta", "Meta Platforms"],
    "El Paso Electric": ["El Paso Electric"],
    "Google": ["Google", "Alphabet"],
    "AES": ["AES", "AES Corp."],
    "Anthropic": ["Anthropic"],
    "Siemens Energy": ["Siemens Energy"],
    "Dominion Energy": ["Dominion Energy", "Dominion"],
    "Hitachi Energy": ["Hitachi Energy"],
    "Brookfield Infrastructure": ["Brookfield Infrastructure", "Brookfield"],
}

CM, IW, SB, OC, VR, BK = ("Caddo Mesa Digital LLC", "Ironweed Capital Partners", "Scioto Bend Power Cooperative",
                          "Ocmulgee Switchgear Co.", "Verde Rim Compute Inc.", "Brazos Keel Bank")


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount else None, "qualifier": qualifier if amount else None,
         "date": date, "status": status, "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def art(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


A = {}

A["001_caddo_mesa_rolling_plains_en.txt"] = art(
    "2024-03-14", "from the line 'Business | Published Thursday, March 14, 2024, 5:40 p.m.'; 'said Monday' -> 2024-03-11", "en",
    [deal("ironweed-caddomesa-2024", [IW, CM], "investment", 400 * M, "USD", "exact", "2024-03-11", "signed",
          "Caddo Mesa Digital LLC, a developer formed in 2022 by two former pipeline executives, said Monday that Ironweed Capital Partners has committed $400 million in equity to the project.",
          kind_alt=["acquisition"],
          note="equity commitment that makes Ironweed majority owner ('The Dallas private-equity firm', next sentence); restated in 016, 019, 020; different from the 2026 Brookfield stake sale (019/020)"),
     deal("caddomesa-phase1", [CM], "capex_plan", 3 * B, "USD", "up_to", "2024-03-11", "announced",
          "Caddo Mesa plans to spend up to $3 billion on the first phase, a set of four buildings drawing roughly 300 megawatts from the wind-heavy local grid.",
          note="announced together with the Ironweed commitment on Monday; restated in 016")],
    ["$86 million", "$68,000 a year", "$14.2 million", "$4,500 an acre", "$1,900 an acre", "$9,800", "$31 million"])

A["002_ohio_netz_einspeisebrief.txt"] = art(
    "2024-11-21", "from the issue line 'Ausgabe 44/2024 · Donnerstag, 21. November 2024'; 'am Dienstag' -> 2024-11-19", "de",
    [deal("scioto-bend-grid-2024", [SB], "capex_plan", 640 * M, "USD", "exact", "2024-11-19", "announced",
          "Die Scioto Bend Power Cooperative, eine Stromgenossenschaft aus Chillicothe mit rund 60.000 Mitgliedern, kündigte am Dienstag an, 640 Millionen Dollar in neue Umspannwerke und 138-Kilovolt-Leitungen zu stecken.",
          term=[None, "2028"], note="grid investment programme of the utility ('Das Programm soll bis 2028 laufen'); restated in 004"),
     deal("aep-bloom-fuelcells", ["AEP", "Bloom Energy"], "supply", None, None, None, "2024-11", "signed",
          "Zugleich setzt AEP auf Erzeugung direkt am Standort: Der Konzern vereinbarte mit Bloom Energy die Lieferung von Brennstoffzellen mit einer Leistung von bis zu einem Gigawatt.",
          required=False, note="no price ('Einen Preis nannten beide nicht'); 'bis zu einem Gigawatt' is capacity, not money; 'der Konzern' = AEP"),
     deal("amazon-ohio-2022", ["Amazon"], "capex_plan", 7.8 * B, "USD", "approx", "2022-12", "announced",
          "Die Amazon-Tochter hatte im Dezember 2022 angekündigt, bis Ende 2029 rund 7,8 Milliarden Dollar in Rechenzentren im Zentrum des Bundesstaats zu investieren.",
          term=[None, "2029"], note="background restatement with amount, required; different from the $10bn Ohio plan of December 2024 (003, 004, 006)")],
    ["412 Millionen Dollar", "knapp 3 Dollar im Monat", "knapp 19 Milliarden Dollar", "7,9 Cent", "149 Euro", "290 Euro"])

A["003_aws_ohio_boersenpegel.txt"] = art(
    "2024-12-17", "from the line 'Börsenpegel · Nachrichten · 17.12.2024 | 07:52 Uhr'; 'am Montag' -> 2024-12-16", "de",
    [deal("amazon-ohio-2024", ["Amazon"], "capex_plan", 10 * B, "USD", "exact", "2024-12-16", "announced",
          "Amazon Web Services (AWS) werde bis Ende 2029 zusätzlich zehn Milliarden Dollar in neue Rechenzentren in Zentral-Ohio stecken, teilte der Konzern am Montag in Columbus mit.",
          term=[None, "2029"], note="amount in words; 004 and 006 repeat it"),
     deal("amazon-ohio-2022", ["Amazon"], "capex_plan", 7.8 * B, "USD", "exact", "2022", "announced",
          "Die Summe kommt zu den bereits im Jahr 2022 zugesagten 7,8 Milliarden Dollar hinzu, die AWS ebenfalls bis 2029 in dem Bundesstaat verbauen will.",
          term=[None, "2029"], note="earlier plan of the same company, must stay apart from the $10bn plan")],
    ["27,5 Milliarden Dollar", "10,4 Milliarden Dollar", "mehr als 75 Milliarden Dollar", "232,93 Dollar"])

A["004_scioto_bend_amazon_olentangy_en.html"] = art(
    "2024-12-19", "from <meta article:published_time>, JSON-LD and the byline 'Dec 19, 2024'; 'said Wednesday' -> 2024-12-18; 'on Monday' -> 2024-12-16", "en",
    [deal("scioto-amazon-ppa", [SB, "Amazon"], "supply", 38 * M, "USD", "approx", "2024-12-18", "signed",
          "Based on recent Ohio solar contracts, the co-op will collect roughly $38 million a year, according to an estimate by Harlan & Vey, a Cleveland energy consultancy.",
          per="year", term=["2026", None],
          note="15-year solar offtake from 2026; price not disclosed, value only from a consultancy; 'the co-op' = Scioto Bend; parties and 'said Wednesday' in the previous sentences"),
     deal("amazon-ohio-2024", ["Amazon"], "capex_plan", 10 * B, "USD", "exact", "2024-12-16", "announced",
          "The agreement follows Amazon Web Services’ pledge on Monday to invest another $10 billion in central Ohio data centers through 2029.",
          term=[None, "2029"]),
     deal("scioto-bend-grid-2024", [SB], "capex_plan", 640 * M, "USD", "exact", "2024-11", "announced",
          "For Scioto Bend the contract helps pay for the $640 million grid program it announced last month.",
          note="'announced last month' -> November 2024"),
     deal("intel-ohio-fab", ["Intel"], "capex_plan", 28 * B, "USD", "exact", None, "announced",
          "Intel delays New Albany fab, $28 billion project slips to 2030",
          required=False, kind_alt=["project"], note="headline in the 'Most read' box; background, optional")],
    ["$142 a month", "$25,000", "first 26 weeks for $1"])

A["005_ocmulgee_qts_fall_line_en.txt"] = art(
    "2025-01-08", "from the line 'Wednesday, January 8, 2025 · Business · Macon-Bibb'; 'Last month' -> 2024-12; 'said Tuesday'/'on Tuesday' -> 2025-01-07", "en",
    [deal("qts-ocmulgee-2024", ["QTS", OC], "supply", 180 * M, "USD", "exact", "2024-12", "signed",
          "Last month the company won the biggest order in its history: QTS, the data center operator owned by Blackstone, agreed to buy $180 million of switchgear and power distribution units for its Fayetteville campus, with deliveries running through 2026.",
          term=[None, "2026"], note="'the company' = Ocmulgee Switchgear Co. (previous sentence); Blackstone owns QTS but is not a party; restated in 018; different from the $240m follow-on order of 2026 (018)"),
     deal("ocmulgee-macon-expansion", [OC], "capex_plan", 75 * M, "USD", "exact", "2025-01-07", "announced",
          "To keep up, the Macon firm will spend $75 million to add a second assembly hall on Riverside Drive, Fanning said Tuesday.",
          note="'the Macon firm' = Ocmulgee; the $4m state grant and the tax waiver are subsidies (not_deals)"),
     deal("amazon-georgia-2025", ["Amazon"], "capex_plan", 11 * B, "USD", "exact", "2025-01-07", "announced",
          "The boom got another push on Tuesday, when Amazon Web Services put an $11 billion price tag on new server farms in Butts and Douglas counties, part of its cloud and AI build-out in Georgia.",
          alt_amounts=[{"amount": 10.7 * B, "currency": "EUR"}], note="006 repeats it with EUR")],
    ["$24 an hour", "$4 million", "$6.5 million", "$310 million", "$43 a month", "$7.99 a month"])

A["006_amazon_georgia_kurswaechter.txt"] = art(
    "2025-01-09", "from the line 'Kurswächter Online | Aktien USA | 09.01.2025, 08:15 Uhr'; 'am Dienstag' -> 2025-01-07; 'Im Dezember' -> 2024-12", "de",
    [deal("amazon-georgia-2025", ["Amazon"], "capex_plan", 11 * B, "USD", "exact", "2025-01-07", "announced",
          "Wie die Konzerntochter Amazon Web Services am Dienstag mitteilte, sollen 11 Mrd. Dollar (rund 10,7 Mrd. Euro) in neue Rechenzentren in den Landkreisen Butts und Douglas südlich und westlich von Atlanta fließen.",
          alt_amounts=[{"amount": 10.7 * B, "currency": "EUR"}]),
     deal("amazon-ohio-2024", ["Amazon"], "capex_plan", 10 * B, "USD", "exact", "2024-12", "announced",
          "Im Dezember hatte der Konzern angekündigt, zusätzlich zehn Milliarden Dollar in Ohio auszugeben.",
          note="restated with only the month; 'der Konzern' = Amazon")],
    ["etwa 83 Mrd. Dollar", "260 Dollar", "über 125 Milliarden Dollar", "222,13 USD", "215,40 EUR", "233,00 USD",
     "ca. 2,3 Billionen Dollar", "1 Euro pro Order"])

A["007_tsmc_verde_rim_saguaro_en.txt"] = art(
    "2025-03-04", "from the line 'Tech & Manufacturing — Tuesday, March 4, 2025'; 'said Monday' -> 2025-03-03; 'last week' -> 2025-02", "en",
    [deal("tsmc-us-2025", ["TSMC"], "capex_plan", 100 * B, "USD", "exact", "2025-03-03", "announced",
          "Taiwan Semiconductor Manufacturing Co. is putting another $100 billion into American factories, chairman C.C. Wei said Monday at the White House.",
          alt_amounts=[{"amount": 3.3e12, "currency": "TWD"}], note="008 repeats it in words with TWD"),
     deal("tsmc-arizona-earlier", ["TSMC"], "capex_plan", 65 * B, "USD", "exact", None, "announced",
          "TSMC had already committed $65 billion to three fabs in Arizona, bringing its planned U.S. total to $165 billion.",
          required=False, note="earlier commitment, background without a date; optional; $165bn is the cumulative total (not_deal); CHIPS grant is a subsidy"),
     deal("ironweed-verderim-2025", [IW, VR], "investment", 140 * M, "USD", "exact", "2025-02", "completed",
          "Verde Rim Compute Inc., a Phoenix start-up that operates clusters of Nvidia processors for AI model builders, has pulled in $140 million of Series B money, with Ironweed Capital Partners of Dallas writing the biggest check.",
          note="'closed a funding round last week' (previous sentence) -> February 2025; lead investor Ironweed; valuation $900m is not a deal; restated in 012")],
    ["$165 billion", "up to $6.6 billion", "about $900 million", "$190 per kilowatt a month", "$58 million",
     "$3.8 billion", "Tickets $85", "members $60"])

A["008_tsmc_arizona_ostufer.txt"] = art(
    "2025-03-05", "from the line 'Ostufer Wirtschaftszeitung · Mittwoch, 5.3.2025'; 'am Montag' -> 2025-03-03; 'vor einer Woche' -> 2025-02", "de",
    [deal("tsmc-us-2025", ["TSMC"], "capex_plan", 100 * B, "USD", "exact", "2025-03-03", "announced",
          "Der weltgrößte Auftragsfertiger für Halbleiter steckt in den nächsten Jahren zusätzlich hundert Milliarden Dollar in amerikanische Werke, umgerechnet rund 3,3 Billionen Taiwan-Dollar.",
          alt_amounts=[{"amount": 3.3e12, "currency": "TWD"}],
          note="amount in words; German 'Billionen' = 10^12; the company is named only in the lead and the next sentence ('TSMC-Chef'); 'am Montag' in the next sentence"),
     deal("apple-us-2025", ["Apple"], "capex_plan", 500 * B, "USD", "at_least", "2025-02", "announced",
          "Apple hatte erst vor einer Woche Ausgaben von mehr als 500 Milliarden Dollar in Amerika binnen vier Jahren zugesagt; dazu gehört ein Werk für KI-Server in Houston.",
          note="'vor einer Woche' from 5 March -> late February 2025"),
     deal("intel-ohio-fab", ["Intel"], "capex_plan", 28 * B, "USD", "exact", None, "announced",
          "– Intel: Ohio-Fabrik verzögert sich, Kosten steigen auf 28 Milliarden Dollar",
          required=False, kind_alt=["project"], note="'Mehr zum Thema' link; optional as in 004")],
    ["165 Milliarden Dollar", "rund 2,89 Billionen Taiwan-Dollar", "etwa 35 Milliarden Dollar", "1.010 Taiwan-Dollar",
     "einer Billion Dollar"])

A["009_abilene_brazos_keel_gridline_en.txt"] = art(
    "2025-05-22", "from the issue line 'Issue 88 | Thursday, May 22, 2025'; 'on Tuesday' -> 2025-05-20; 'signed last week' -> 2025-05", "en",
    [deal("crusoe-blueowl-abilene", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"], "joint_venture",
          15 * B, "USD", "exact", "2025-05-20", "completed",
          "Crusoe and Blue Owl Capital on Tuesday closed a $15 billion joint venture to pay for the campus on the north side of Abilene, the site Oracle is leasing for OpenAI.",
          kind_alt=["investment"], alt_amounts=[{"amount": 13.3 * B, "currency": "EUR"}],
          note="Primary Digital Infrastructure joins as third partner (next sentence); 010 repeats it with EUR"),
     deal("oracle-openai-abilene", ["Oracle", "OpenAI"], "cloud_contract", None, None, None, None, "signed",
          "Crusoe and Blue Owl Capital on Tuesday closed a $15 billion joint venture to pay for the campus on the north side of Abilene, the site Oracle is leasing for OpenAI.",
          required=False, kind_alt=["other"], note="background lease without amount ('Oracle's lease terms remain private'); optional"),
     deal("brazoskeel-caddomesa-2025", [BK, CM], "investment", 1.2 * B, "USD", "exact", "2025-05", "signed",
          "Brazos Keel Bank, a Fort Worth lender better known for ranch and oilfield loans, has arranged a $1.2 billion construction facility for Caddo Mesa Digital.",
          kind_alt=["other"], alt_amounts=[{"amount": 1.1 * B, "currency": "EUR"}],
          note="construction loan; 'signed last week' in the next sentence; the $300m the bank keeps is part of it (not_deal); different from the $1.8bn loan of 2026 (020)")],
    ["$300 million", "$9.7 billion", "$27 per megawatt-hour", "$24 a month", "$240 a year"])

A["010_abilene_serverraum_briefing.txt"] = art(
    "2025-05-23", "from the line 'Der Wochenüberblick für Rechenzentrumsbetreiber · Freitag, 23. Mai 2025'; 'am Dienstag' -> 2025-05-20", "de",
    [deal("crusoe-blueowl-abilene", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"], "joint_venture",
          15 * B, "USD", "exact", "2025-05-20", "completed",
          "Der Rechenzentrumsentwickler Crusoe und der Vermögensverwalter Blue Owl Capital haben am Dienstag ein Gemeinschaftsunternehmen über 15 Milliarden Dollar (rund 13,3 Mrd. Euro) abgeschlossen.",
          kind_alt=["investment"], alt_amounts=[{"amount": 13.3 * B, "currency": "EUR"}]),
     deal("oracle-openai-abilene", ["Oracle", "OpenAI"], "cloud_contract", None, None, None, None, "signed",
          "Mit dem Geld soll der Campus in Abilene fertiggestellt werden, den Oracle für OpenAI anmietet.",
          required=False, kind_alt=["other"]),
     deal("gevernova-crusoe-turbines", ["GE Vernova", "Crusoe"], "supply", None, None, None, "2025", "signed",
          "Die Gasturbinen für die Eigenversorgung des Geländes kommen von GE Vernova; über den Auftragswert schweigen die Beteiligten.",
          required=False, note="no amount; buyer implied (the Abilene site of Crusoe's joint venture); optional"),
     deal("brazoskeel-caddomesa-2025", [BK, CM], "investment", 1.2 * B, "USD", "exact", "2025-05", "signed",
          "Die Brazos Keel Bank aus Fort Worth stellt dem Unternehmen einen Baukredit über 1,2 Milliarden Dollar bereit, knapp 1,1 Mrd. Euro.",
          kind_alt=["other"], alt_amounts=[{"amount": 1.1 * B, "currency": "EUR"}],
          note="'dem Unternehmen' = Caddo Mesa Digital (previous sentence); month from 009")],
    ["300 Millionen Dollar", "27 Dollar je Megawattstunde", "10 bis 12 Milliarden Dollar", "690 Euro"])

A["011_vantage_frontier_technikwarte.html"] = art(
    "2025-08-20", "from <meta name='date'>, JSON-LD and the line '20.08.2025, 09:40 Uhr'; 'am Dienstag' -> 2025-08-19; Tucson talks ended 'Anfang August'", "de",
    [deal("vantage-frontier", ["Vantage Data Centers"], "capex_plan", 25 * B, "USD", "at_least", "2025-08-19", "announced",
          "Auf rund 1.200 Acres im Shackelford County soll unter dem Namen „Frontier“ eine Anlage entstehen, die am Ende 1,4 Gigawatt aufnehmen kann; die Investitionen beziffert das Unternehmen mit Sitz in Denver auf mehr als 25 Milliarden Dollar.",
          kind_alt=["project"], note="'am Dienstag' in the previous sentence; 015 restates it"),
     deal("beale-tucson-project-blue", ["Beale Infrastructure", "City of Tucson"], "project", 3.6 * B, "USD", "approx", "2025", "cancelled",
          "Der Entwickler Beale Infrastructure wollte dort für rund 3,6 Milliarden Dollar ein Rechenzentrum bauen und dafür städtisches Wasser nutzen.",
          kind_alt=["other"], note="council broke off the talks 'Anfang August' (previous sentence); cancelled keeps the year of the talks; 012 repeats it")],
    ["4,99 Euro im Monat", "rund 30 Milliarden Dollar", "600 Euro"])

A["012_verde_rim_caddo_mesa_sonoran_en.txt"] = art(
    "2025-08-22", "only from the byline 'By Marisol Ybarra | Aug. 22, 2025, 6:05 AM MST'; 'said Thursday' -> 2025-08-21", "en",
    [deal("verderim-caddomesa-lease", [VR, CM], "cloud_contract", 2.1 * B, "USD", "approx", "2025-08-21", "signed",
          "The company did not disclose financial terms, but two people familiar with the agreement put its total value at about $2.1 billion, or roughly $175 per kilowatt per month.",
          kind_alt=["other"], term=["2027", "2037"],
          note="ten-year lease of 60 MW, parties and 'said Thursday' in the previous sentence; value only from sources; the per-kW rate restates the same deal and is neither deal nor not_deal; 016 restates it"),
     deal("ironweed-verderim-2025", [IW, VR], "investment", 140 * M, "USD", "exact", "2025-02", "completed",
          "Verde Rim raised $140 million in February and expects to need at least $1 billion more in equipment financing for the Texas site; it has not said where that money will come from.",
          note="restatement of 007; the investor is not named in this sentence"),
     deal("verderim-equipment-financing", [VR], "investment", 1 * B, "USD", "at_least", None, "planned",
          "Verde Rim raised $140 million in February and expects to need at least $1 billion more in equipment financing for the Texas site; it has not said where that money will come from.",
          required=False, kind_alt=["other"], note="a funding need without a lender; vague, optional"),
     deal("beale-tucson-project-blue", ["Beale Infrastructure", "City of Tucson"], "project", 3.6 * B, "USD", "exact", "2025", "cancelled",
          "Earlier this month the Tucson City Council voted unanimously to end talks with Beale Infrastructure over Project Blue, a proposed $3.6 billion data center that would have drawn on municipal water.",
          kind_alt=["other"])],
    ["$41 million", "$12 million", "$350 per article"])

A["013_meta_el_paso_franklin_en.txt"] = art(
    "2025-10-17", "from the line 'EL PASO • FRIDAY, OCT. 17, 2025 • BUSINESS'; 'said Wednesday' -> 2025-10-15", "en",
    [deal("meta-el-paso", ["Meta"], "capex_plan", 1.5 * B, "USD", "exact", "2025-10-15", "announced",
          "Meta Platforms will build a $1.5 billion data center on city-owned land in Northeast El Paso, company and city officials said Wednesday, the largest private investment the border city has landed in more than a decade.",
          kind_alt=["project"], note="014 restates it ('im Oktober')"),
     deal("elpasoelectric-meta", ["El Paso Electric", "Meta"], "supply", None, None, None, "2025-10", "signed",
          "El Paso Electric will supply the facility, and Meta has agreed to pay for the new substation and transmission lines it needs so that other customers are not burdened, the utility said.",
          required=False, note="no amount ('Neither side would put a number on the power contract'); optional")],
    ["about $12 million", "$7.3 million", "$70 billion", "$622 million", "$5.99 a month"])

A["014_google_texas_depotblick.txt"] = art(
    "2025-11-17", "from the line 'Mo., 17.11.2025 – 07:30 Uhr'; 'am Freitag' -> 2025-11-14; 'im Oktober' -> 2025-10", "de",
    [deal("google-texas-2025", ["Google"], "capex_plan", 40 * B, "USD", "exact", "2025-11-14", "announced",
          "Google werde bis Ende 2027 insgesamt 40 Milliarden Dollar (gut 34 Mrd. Euro) in den Bundesstaat investieren, kündigte Konzernchef Sundar Pichai am Freitag bei einem Termin mit Gouverneur Greg Abbott an.",
          term=[None, "2027"], alt_amounts=[{"amount": 34 * B, "currency": "EUR"}],
          note="'40-Milliarden-Dollar-Offensive' in the headline; 015 and 020 repeat it; the $30m energy fund is a grant programme (not_deal)"),
     deal("meta-el-paso", ["Meta"], "capex_plan", 1.5 * B, "USD", "exact", "2025-10", "announced",
          "Erst im Oktober hatte Meta 1,5 Mrd. Dollar für einen Campus in El Paso zugesagt.", kind_alt=["project"]),
     deal("anthropic-google-tpu", ["Anthropic", "Google"], "cloud_contract", None, None, None, "2025-10", "signed",
          "Zusätzliche Fantasie liefert der KI-Entwickler Anthropic, der sich im Oktober Zugang zu bis zu einer Million Google-Chips gesichert hat; den Wert bezifferten Beobachter auf einen zweistelligen Milliardenbetrag.",
          required=False, note="only a vague value ('zweistelliger Milliardenbetrag'); 'bis zu einer Million' counts chips; optional")],
    ["30 Millionen Dollar", "91 bis 93 Milliarden Dollar", "276,41 USD", "609,46 USD", "305 USD", "199 Euro"])

A["015_google_panhandle_hill_country_en.txt"] = art(
    "2025-11-18", "only from the dateline 'AMARILLO, Texas (Nov. 18, 2025)'; 'said Friday' -> 2025-11-14; 'in August' -> 2025-08", "en",
    [deal("google-texas-2025", ["Google"], "capex_plan", 40 * B, "USD", "exact", "2025-11-14", "announced",
          "The company said Friday it would spend $40 billion in Texas through 2027 on three new data center campuses, a pair in Armstrong County, southeast of Amarillo, and a third in Haskell County, north of Abilene, along with the expansion of its existing sites in Midlothian and Red Oak.",
          term=[None, "2027"], note="'The company' = Google (previous sentence)"),
     deal("aes-google-ppa", ["AES", "Google"], "supply", None, None, None, "2025-11", "signed",
          "One of the Haskell County buildings will be wired straight into a solar farm with batteries being built on the neighboring tract, and Google said it had signed a power purchase agreement with AES for the output, without giving a price.",
          required=False, note="no amount; optional"),
     deal("vantage-frontier", ["Vantage Data Centers"], "capex_plan", 25 * B, "USD", "at_least", "2025-08", "announced",
          "In August Vantage Data Centers put the cost of Frontier at more than $25 billion; the 1.4-gigawatt campus is going up in Shackelford County.",
          kind_alt=["project"])],
    ["$120 million", "$4.6 million", "about $1 billion a year", "about $92 billion", "$276.41", "Print edition $3", "$12.99 a month"])

A["016_caddo_mesa_interview_hallenmass.txt"] = art(
    None, "no date anywhere (interview, only 'Lesedauer: 4 Minuten'); all dates null", "de",
    [deal("ironweed-caddomesa-2024", [IW, CM], "investment", 400 * M, "USD", "exact", None, "signed",
          "Ironweed hat uns zum Start vierhundert Millionen Dollar Eigenkapital gegeben, das hat überhaupt erst Türen geöffnet.",
          note="amount in words; 'uns' = Caddo Mesa"),
     deal("brazoskeel-caddomesa-2025", [BK, CM], "investment", 1.2 * B, "USD", "exact", None, "signed",
          "Für die ersten beiden Gebäude hat uns die Brazos Keel Bank 1,2 Milliarden Dollar Baukredit bereitgestellt.",
          kind_alt=["other"]),
     deal("verderim-caddomesa-lease", [VR, CM], "cloud_contract", 2.1 * B, "USD", "approx", None, "signed",
          "Verde Rim zahlt uns über zehn Jahre rund 2,1 Milliarden Dollar.", kind_alt=["other"]),
     deal("siemensenergy-caddomesa-transformers", ["Siemens Energy", CM], "supply", 85 * M, "USD", "approx", None, "signed",
          "Wir haben bei Siemens Energy Großtransformatoren für rund 85 Millionen Dollar bestellt, Lieferzeit drei Jahre.",
          note="'Wir' = Caddo Mesa (the interviewee's company)"),
     deal("caddomesa-phase1", [CM], "capex_plan", 3 * B, "USD", "up_to", None, "announced",
          "Die erste Phase kostet bis zu drei Milliarden Dollar.", note="amount in words")],
    ["52 Dollar die Stunde", "110.000 Dollar im Jahr", "14,80 Euro"])

A["017_ironweed_culpeper_lantern_en.html"] = art(
    "2026-04-15", "from <meta name='pubdate'>, JSON-LD and the byline 'Wednesday, April 15, 2026'; 'closed on Monday' -> 2026-04-13; 'in February' -> 2026-02", "en",
    [deal("ironweed-culpeper-land", [IW], "acquisition", 180 * M, "USD", "exact", "2026-04-13", "completed",
          "Ironweed Capital Partners, a Dallas private-equity firm that has backed data center projects in Texas, closed on Monday on the purchase of 340 acres of pasture east of the town of Culpeper for $180 million, according to county land records.",
          note="seller an unnamed family partnership; the per-acre price is not a deal"),
     deal("dominion-capex-2026", ["Dominion Energy"], "capex_plan", 64 * B, "USD", "exact", "2026-02", "announced",
          "The parcel lies next to a 230-kilovolt line that Dominion Energy is upgrading as part of the $64 billion five-year capital plan the utility presented in February, the largest in its history.",
          note="utility's five-year capital plan"),
     deal("amazon-virginia-2040", ["Amazon"], "capex_plan", 35 * B, "USD", "exact", None, "announced",
          "Amazon Web Services alone has said it will spend $35 billion on new campuses in the state by 2040.",
          required=False, term=[None, "2040"], note="background, no date; optional")],
    ["$529,000 an acre", "$895 million", "80 cents per $100", "$500 off", "$2.99 for 3 months"])

A["018_ocmulgee_qts_schaltanlagen.txt"] = art(
    "2026-06-10", "from the line 'Ausgabe 11/2026 | Mittwoch, 10. Juni 2026'; 'vergangene Woche' -> 2026-06 (1-5 June); 'Ende 2024' -> 2024; 'im vergangenen Herbst' -> 2025", "de",
    [deal("qts-ocmulgee-2026", ["QTS", OC], "supply", 240 * M, "USD", "exact", "2026-06", "signed",
          "Die Ocmulgee Switchgear Co. aus Macon im Bundesstaat Georgia hat vergangene Woche einen Folgeauftrag des Rechenzentrumsbetreibers QTS über 240 Millionen Dollar erhalten.",
          note="second order of the same pair; must stay apart from the $180m order of December 2024"),
     deal("qts-ocmulgee-2024", ["QTS", OC], "supply", 180 * M, "USD", "exact", "2024", "signed",
          "Es ist bereits die zweite Bestellung dieser Art: Ende 2024 hatte QTS bei dem Familienunternehmen Anlagen für 180 Millionen Dollar geordert.",
          note="'dem Familienunternehmen' = Ocmulgee"),
     deal("hitachi-energy-virginia", ["Hitachi Energy"], "capex_plan", 457 * M, "USD", "exact", "2025", "announced",
          "Hitachi Energy hatte im vergangenen Herbst angekündigt, 457 Millionen Dollar in ein Transformatorenwerk in South Boston, Virginia, zu investieren.",
          note="season -> year")],
    ["rund 455 Millionen Dollar", "über 1,1 Milliarden Dollar", "1.180 Euro"])

A["019_brookfield_caddo_mesa_caprock_en.txt"] = art(
    "2026-09-29", "from the line 'September 29, 2026 | 2:10 PM CT' and the dateline 'DALLAS, Sept 29 (Caprock)'", "en",
    [deal("brookfield-caddomesa-stake", ["Brookfield Infrastructure", IW, CM], "acquisition", 2.6 * B, "USD", "approx", "2026", "negotiating",
          "The deal would value the stake at about $2.6 billion including Brookfield's share of the project's debt, according to the three, who requested anonymity because the sale process is private.",
          kind_alt=["investment"],
          alt_amounts=[{"amount": 2.65 * B, "currency": "USD"}, {"amount": 2.3 * B, "currency": "EUR"}, {"amount": 3.7 * B, "currency": "CAD"}],
          note="talks reported 2026-09; 020 reports the signing on 2026-11-10 at $2.65bn (alt_amounts); the year keeps the shared id's dates consistent; 49% stake from Ironweed (previous sentence)"),
     deal("ironweed-caddomesa-2024", [IW, CM], "investment", 400 * M, "USD", "exact", "2024", "signed",
          "Ironweed became Caddo Mesa's majority owner in 2024 with a $400 million equity commitment."),
     deal("brazoskeel-caddomesa-2025", [BK, CM], "investment", 1.2 * B, "USD", "exact", "2025", "signed",
          "The campus, which has its first two buildings nearly complete, is financed in part with a $1.2 billion construction loan arranged by Brazos Keel Bank in 2025.",
          kind_alt=["other"])],
    ["target of $2 billion", "more than $200 billion"])

A["020_brookfield_caddo_mesa_wirtschaftsbote.txt"] = art(
    "2026-11-12", "from the line 'Donnerstag, 12. November 2026 · Finanzen'; 'am Dienstag' -> 2026-11-10", "de",
    [deal("brookfield-caddomesa-stake", ["Brookfield Infrastructure", IW, CM], "acquisition", 2.65 * B, "USD", "exact", "2026-11-10", "signed",
          "Der Kaufpreis einschließlich anteiliger Schulden beträgt 2,65 Milliarden Dollar, umgerechnet rund 2,3 Milliarden Euro oder knapp 3,7 Milliarden kanadische Dollar.",
          kind_alt=["investment"],
          alt_amounts=[{"amount": 2.3 * B, "currency": "EUR"}, {"amount": 3.7 * B, "currency": "CAD"}],
          note="parties and 'am Dienstag' in the previous sentences ('die Kanadier' = Brookfield); same deal as the talks in 019"),
     deal("ironweed-caddomesa-2024", [IW, CM], "investment", 400 * M, "USD", "exact", "2024", "signed",
          "Ironweed hatte 2024 für 400 Millionen Dollar die Mehrheit an dem damaligen Start-up übernommen.",
          kind_alt=["acquisition"], note="worded as a majority purchase; same deal as the 2024 equity commitment"),
     deal("brazoskeel-caddomesa-2025", [BK, CM], "investment", 1.2 * B, "USD", "exact", "2025", "signed",
          "Die Brazos Keel Bank aus Fort Worth, die 2025 den ersten Baukredit über 1,2 Milliarden Dollar arrangiert hatte, stellt einen neuen Kredit über 1,8 Milliarden Dollar für die Gebäude drei und vier bereit.",
          kind_alt=["other"], note="relative clause restating the 2025 loan; 'Caddo Mesa' in the previous sentence"),
     deal("brazoskeel-caddomesa-2026", [BK, CM], "investment", 1.8 * B, "USD", "exact", "2026-11", "signed",
          "Die Brazos Keel Bank aus Fort Worth, die 2025 den ersten Baukredit über 1,2 Milliarden Dollar arrangiert hatte, stellt einen neuen Kredit über 1,8 Milliarden Dollar für die Gebäude drei und vier bereit.",
          kind_alt=["other"], note="new loan of the same pair in the same sentence; must stay apart from the 2025 loan"),
     deal("google-texas-2025", ["Google"], "capex_plan", 40 * B, "USD", "exact", None, "announced",
          "› Google investiert in Texas 40 Milliarden Dollar",
          required=False, note="'Mehr zum Thema' link; optional")],
    ["148 Millionen Dollar", "über einer Billion Dollar", "58,20 kanadische Dollar", "5.000 Euro"])


def norm(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, dict):
        return {k: norm(x) for k, x in v.items()}
    if isinstance(v, list):
        return [norm(x) for x in v]
    return v


if __name__ == "__main__":
    gold = norm({"about": ABOUT, "articles": A, "aliases": ALIASES})
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote gold.json:", len(A), "articles")
