#!/usr/bin/env python3
"""The hand annotation of corpus35 as code: run it to (re)write gold.json."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

BV, SB, KS = "Ballyvarren Digital DAC", "Sorrelbrook Infrastructure Partners", "Kelverside Switchgear plc"
MJ, VJ, FL = "Montejaral Centros de Datos S.L.", "Eléctrica Valdejerte S.A.", "Frescaluz Refrigeração, Lda."


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(*pairs):
    return [{"amount": a, "currency": c} for a, c in pairs]


A = {}

A["001_ballyvarren_boyne_courier_en.txt"] = dict(
    published="2024-03-14",
    published_note="from the line 'Business · Thursday, 14 March 2024'; 'on Tuesday' -> 2024-03-12",
    language="en",
    deals=[
        D("sorrelbrook-ballyvarren-2024", [SB, BV], "investment", 140_000_000, "EUR", "exact", "2024-03-12", "signed",
          "A company most people in Louth had never heard of a year ago now has €140 million in the bank.",
          note="amount first, parties and 'said on Tuesday' in the next sentence ('that sum'); minority stake of ~30 %; "
               "006, 012 and 017 restate it; different from Sorrelbrook's 2026 takeover of Ballyvarren"),
        D("esb-ballyvarren-connection", [BV, "ESB Networks"], "other", 38_000_000, "EUR", "approx", "2024-03-12", "signed",
          "Under it the developer will pay the network operator about €38 million for a new 110 kV substation and cabling to the Drumcashel site, with power promised from the second half of 2026.",
          kind_alt=["supply"],
          note="grid connection agreement; 'it' = the connection agreement, 'the developer' = Ballyvarren, 'the network operator' = ESB Networks (previous sentence, 'The same day' = Tuesday)"),
    ],
    not_deals=["£6.5 billion", "up to €2.1 million a year", "€142 million", "€48,000", "€50", "€31,995", "€289 a month"],
)

A["002_aws_aragon_agentur.txt"] = dict(
    published="2024-05-22",
    published_note="from the dateline 'Madrid/Saragossa, 22.05.2024 (wb)'; 'am Dienstag' -> 2024-05-21",
    language="de",
    deals=[
        D("aws-aragon-2024", ["Amazon"], "capex_plan", 15_700_000_000, "EUR", "exact", "2024-05-21", "announced",
          "Über seine Cloudtochter Amazon Web Services (AWS) plant der Konzern in Aragón Investitionen von 15,7 Milliarden Euro, verteilt auf die Jahre bis 2033.",
          term=["2024", "2033"], note="announced 'am Dienstag' (next sentence); 'der Konzern' = Amazon"),
        D("microsoft-aragon-2024", ["Microsoft"], "capex_plan", 6_700_000_000, "EUR", "approx", "2024", "announced",
          "Auch Microsoft plant in der Region drei Rechenzentren; der Softwarekonzern hatte dafür Anfang des Jahres Investitionen von rund 6,7 Milliarden Euro in Aussicht gestellt.",
          required=False, note="background comparison; 'Anfang des Jahres' -> 2024"),
    ],
    not_deals=["21,6 Milliarden Euro", "knapp 8,4 Milliarden Euro", "25 Milliarden Dollar", "9,4 Milliarden Dollar"],
)

A["003_montejaral_iberian_grid_en.txt"] = dict(
    published="2024-06-19",
    published_note="date only in the byline 'By Lucía Ferreras · 19 June 2024 · 4 min read'; 'on Monday' -> 2024-06-17",
    language="en",
    deals=[
        D("valdejerte-montejaral-ppa", [VJ, MJ], "supply", 18_000_000, "EUR", "approx", "2024-06-17", "signed",
          "The Cáceres-based developer, founded in 2021 by former telecoms engineers, will pay Valdejerte about €18 million a year for 120 megawatts of mostly solar and hydro output, starting in January 2026.",
          per="year", term=["2026-01", "2037"],
          note="yearly rate of a twelve-year PPA signed 'on Monday' (previous sentence); 'The Cáceres-based developer' = Montejaral; 007 and 016 restate it, 014 mentions it without amount; different from Valdejerte's 2025 stake in Montejaral"),
        D("navalmoral-montejaral-land", [MJ, "Ayuntamiento de Navalmoral de la Mata"], "acquisition", 9_400_000, "EUR", "exact", "2024-06", "completed",
          "€9.4 million is what the town council of Navalmoral de la Mata will receive for 64 hectares of municipal land next to the A-5 motorway.",
          kind_alt=["other"], note="amount first; buyer Montejaral in the previous sentence ('closed the purchase of its site'); council vote 'last week'"),
        D("montejaral-navalmoral-buildout", [MJ], "capex_plan", None, None, None, "2024", "planned",
          "Chief executive Ximena Arrabal says total investment could eventually reach several hundred million euros but that the company will build \"hall by hall\".",
          required=False, note="vague plan without a figure"),
    ],
    not_deals=["€44/MWh", "€39.20/MWh", "€312 million", "€27 million", "up to €6 million", "€19 per month"],
)

A["004_frescaluz_startcampus_tagus_en.html"] = dict(
    published="2024-09-05",
    published_note="from <meta property='article:published_time'>, JSON-LD and <time datetime='2024-09-05'> 'Thursday 5 September 2024'; 'on Wednesday' -> 2024-09-04",
    language="en",
    deals=[
        D("frescaluz-startcampus-2024", [FL, "Start Campus"], "supply", 48_000_000, "EUR", "exact", "2024-09-04", "signed",
          "The company will supply cooling systems worth €48 million to Start Campus for the second building of the SINES data-centre campus on the Alentejo coast, it said on Wednesday.",
          note="'The company' = Frescaluz (previous sentence); 013 restates it; different from the €31m order of 2025"),
        D("startcampus-sines-campus", ["Start Campus"], "project", 8_500_000_000, "EUR", "exact", None, "planned",
          "Start Campus, which is backed by the US investment firm Davidson Kempner and the London-based Pioneer Point Partners, has put the cost of the full campus at €8.5 billion once all six buildings are finished.",
          required=False, kind_alt=["capex_plan"], note="background: total cost of the campus, no announcement date"),
    ],
    not_deals=["€67 million", "€3.2 million", "€21.40 per square metre", "€189 per person"],
)

A["005_kelverside_tickerwarte.txt"] = dict(
    published="2024-09-12",
    published_note="from the header 'TICKERWARTE | Nebenwerte Europa | 12.09.2024, 10:02 Uhr'; 'am Mittwoch' -> 2024-09-11, 'am Dienstag' -> 2024-09-10",
    language="de",
    deals=[
        D("kelverside-ballyvarren-2024", [KS, BV], "supply", 22_000_000, "GBP", "exact", "2024-09-11", "signed",
          "Der irische Rechenzentrumsentwickler Ballyvarren bestellt Anlagen für 22 Mio. Pfund (rund 26 Mio. Euro) für seinen Campus nördlich von Dublin.",
          alt_amounts=alt((26_000_000, "EUR")),
          note="reported 'am Mittwoch' (previous sentence, which names Kelverside only as 'Der Glasgower Hersteller'); 006 and 011 restate it; different from the £9.5m order of 2025"),
        D("aws-uk-2024", ["Amazon"], "capex_plan", 8_000_000_000, "GBP", "exact", "2024-09-10", "announced",
          "Die Cloudtochter AWS hatte am Dienstag angekündigt, in den kommenden fünf Jahren 8 Mrd. Pfund in britische Rechenzentren zu stecken, umgerechnet etwa 9,5 Mrd. Euro.",
          alt_amounts=alt((9_500_000_000, "EUR")), term=["2024", "2028"], note="006 restates it"),
    ],
    not_deals=["365 Pence", "58,3 Mio. Pfund", "6,1 Mio. Pfund", "141 Mio. Pfund", "4,2 Pence", "298,50 p",
               "rund 412 Mio. Pfund", "100.000 Euro"],
)

A["006_busway_bulletin_sept24_en.txt"] = dict(
    published="2024-09-16",
    published_note="from the issue line 'Issue 44 — Monday, 16 September 2024'; 'last Tuesday' -> 2024-09-10, 'last week' -> 2024-09",
    language="en",
    deals=[
        D("aws-uk-2024", ["Amazon"], "capex_plan", 8_000_000_000, "GBP", "exact", "2024-09-10", "announced",
          "Amazon Web Services confirmed last Tuesday that it will spend £8 billion on UK data centres over the five years to 2028.",
          term=["2024", "2028"], note="same plan as 005"),
        D("kelverside-ballyvarren-2024", [KS, BV], "supply", 22_000_000, "GBP", "exact", "2024-09", "signed",
          "Kelverside Switchgear booked a £22 million order from Irish developer Ballyvarren last week, for 33 kV panels at the Drumcashel campus in Co. Louth.",
          note="same order as 005"),
        D("sorrelbrook-ballyvarren-2024", [SB, BV], "investment", 140_000_000, "EUR", "exact", "2024-03", "signed",
          "Ballyvarren, for its part, raised €140m from London's Sorrelbrook in March.",
          note="restatement of the 001 investment"),
        D("sorrelbrook-frescaluz-talks", [SB, FL], "acquisition", 60_000_000, "EUR", "range", "2024-09", "rumored",
          "Sorrelbrook, Ballyvarren's backer, is said to be sounding out Frescaluz, the Setúbal chiller maker, about a takeover at between €60m and €70m.",
          amount_max=70_000_000,
          note="rumoured early talks; never became a deal (Kelverside bought Frescaluz in 2025); different from the Kelverside-Frescaluz takeover"),
    ],
    not_deals=["£14 billion", "£10,000 per megawatt", "£4.2bn", "£11,500 per unit", "£240 a year"],
)

A["007_iberdrola_echelon_trafostation.txt"] = dict(
    published="2025-02-20",
    published_note="from the issue line 'Ausgabe 4/2025 · 20. Februar 2025' (a Thursday); 'am Mittwoch' -> 2025-02-19, 'Vergangene Woche' -> 2025-02",
    language="de",
    deals=[
        D("iberdrola-echelon-jv", ["Iberdrola", "Echelon Data Centres"], "joint_venture", None, None, None, "2025-02-19", "signed",
          "Der spanische Energiekonzern und der irische Entwickler Echelon Data Centres haben am Mittwoch ein Gemeinschaftsunternehmen gegründet, das Standorte in Spanien planen, bauen und betreiben soll, zunächst in der Nähe von Umspannwerken, an denen Iberdrola bereits Netzkapazität hält.",
          required=False, note="no amount ('Zur Höhe der Investitionen machten die Partner keine Angaben')"),
        D("valdejerte-montejaral-ppa", [VJ, MJ], "supply", 18_000_000, "EUR", "approx", "2024-06", "signed",
          "der im Juni 2024 geschlossene Stromliefervertrag bringt dem Versorger jährlich rund 18 Millionen Euro.",
          per="year", note="restatement of the 003 PPA; 'dem Versorger' = Valdejerte, Montejaral in the same sentence"),
        D("penalara-montejaral-loan", ["Banco Peñalara", MJ], "other", 310_000_000, "EUR", "exact", "2025-02", "signed",
          "Vergangene Woche unterzeichnete das Unternehmen mit der Madrider Banco Peñalara einen Kredit über 310 Millionen Euro mit einer Laufzeit von zwölf Jahren.",
          kind_alt=["investment"], note="'das Unternehmen' = Montejaral (previous sentence); twelve-year loan; 016 restates it"),
    ],
    not_deals=["5,6 Milliarden Euro", "rund 15 Milliarden Euro", "98,50 Euro je Megawattstunde", "390 Euro"],
)

A["008_microsoft_ballyvarren_halden_en.txt"] = dict(
    published="2025-04-07",
    published_note="from 'HALDEN NEWSWIRE · April 7, 2025 | 21:40 GMT' and the dateline 'DUBLIN, April 7'; 'on Monday' = 2025-04-07",
    language="en",
    deals=[
        D("microsoft-ballyvarren-lease", ["Microsoft", BV], "cloud_contract", 60_000_000, "EUR", "approx", "2025", "negotiating",
          "Under the terms being discussed, the software giant would pay the Irish developer about 60 million euros a year for fifteen years, starting when the first hall at Drumcashel in County Louth is connected to the grid in late 2026, the people said.",
          per="year", term=["2026", None], kind_alt=["other"],
          alt_amounts=alt((62_000_000, "EUR"), (900_000_000, "EUR")),
          note="talks reported by sources; total 'roughly 900 million euros' in the next sentence; 012 reports the signing at ~€62m a year on 2025-11-03, the year keeps the shared id's dates consistent"),
        D("esb-ballyvarren-connection", [BV, "ESB Networks"], "other", None, None, None, "2024", "signed",
          "Ballyvarren secured its own connection from ESB Networks last year.",
          required=False, kind_alt=["supply"], note="amount-less restatement of the 001 connection agreement"),
    ],
    not_deals=["97 billion dollars"],
)

A["009_microsoft_uk_moorgate_en.txt"] = dict(
    published="2025-09-17",
    published_note="from the line 'Wednesday 17 September 2025 | Technology'; 'on Tuesday' -> 2025-09-16",
    language="en",
    deals=[
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30_000_000_000, "USD", "exact", "2025-09-16", "announced",
          "Microsoft will invest $30 billion in the United Kingdom over the four years to 2028, it said on Tuesday, the largest single commitment made by an American technology group on the eve of the state visit by President Donald Trump.",
          term=["2025", "2028"], kind_alt=["investment"], alt_amounts=alt((25_000_000_000, "EUR")),
          note="the $15.5bn capex share is part of it (not_deals); 010 gives 'gut 25 Milliarden Euro'"),
        D("microsoft-nscale-supercomputer", ["Microsoft", "Nscale"], "partnership", None, None, None, "2025-09-16", "announced",
          "As part of the programme Microsoft will help build what it calls the country's largest supercomputer at Loughton in Essex with the London start-up Nscale, using more than 23,000 Nvidia graphics processors.",
          required=False, kind_alt=["project"], note="no amount of its own"),
        D("coreweave-uk-2025", ["CoreWeave"], "capex_plan", 1_500_000_000, "GBP", "exact", "2025-09", "announced",
          "CoreWeave, the New Jersey GPU-cloud company, said it would add £1.5 billion to the £1 billion it committed to British sites last year, bringing its total pledge to £2.5 billion.",
          kind_alt=["investment"], note="no day given; different from the £1bn pledge of 2024 in the same sentence; £2.5bn is the cumulative total"),
        D("coreweave-uk-2024", ["CoreWeave"], "capex_plan", 1_000_000_000, "GBP", "exact", "2024", "announced",
          "CoreWeave, the New Jersey GPU-cloud company, said it would add £1.5 billion to the £1 billion it committed to British sites last year, bringing its total pledge to £2.5 billion.",
          kind_alt=["investment"], note="earlier pledge, 'last year' -> 2024; must stay apart from the £1.5bn of 2025"),
        D("google-uk-2025", ["Google"], "capex_plan", 5_000_000_000, "GBP", "exact", "2025-09-16", "announced",
          "Google had already set out plans for £5 billion on Tuesday morning.",
          kind_alt=["investment"], alt_amounts=alt((5_800_000_000, "EUR")), note="010 gives the amount in words with EUR"),
    ],
    not_deals=["$15.5 billion", "£2.5 billion", "£31 billion", "£2 billion", "$510.02", "$3.8 trillion", "£12.99 a month"],
)

A["010_microsoft_google_handelsbote.txt"] = dict(
    published="2025-09-18",
    published_note="from the line 'Handelsbote Rhein-Ruhr · Donnerstag, 18. September 2025'; 'am Dienstag' -> 2025-09-16",
    language="de",
    deals=[
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30_000_000_000, "USD", "exact", "2025-09-16", "announced",
          "Der Softwarekonzern will bis 2028 in Großbritannien 30 Milliarden Dollar ausgeben, umgerechnet gut 25 Milliarden Euro.",
          term=["2025", "2028"], kind_alt=["investment"],
          note="'Der Softwarekonzern' = Microsoft (previous sentence); 'am Dienstag' in the next sentence; same as 009"),
        D("google-uk-2025", ["Google"], "capex_plan", 5_000_000_000, "GBP", "exact", "2025-09-16", "announced",
          "Der Suchmaschinenkonzern kündigte an, binnen zwei Jahren fünf Milliarden Pfund im Vereinigten Königreich zu investieren, rund 5,8 Milliarden Euro.",
          kind_alt=["investment"], note="amount in words; 'am Vormittag desselben Tages' = Tuesday; same as 009"),
        D("google-waltham-cross", ["Google"], "project", 1_000_000_000, "USD", "approx", None, "completed",
          "Eröffnet wurde dabei ein neues Rechenzentrum in Waltham Cross nördlich von London, das nach Unternehmensangaben bereits rund eine Milliarde Dollar gekostet hat.",
          required=False, kind_alt=["capex_plan"], note="background: cost of a finished data centre, amount in words"),
        D("nvidia-uk-startups", ["Nvidia"], "investment", 2_000_000_000, "GBP", "exact", None, "announced",
          "Nvidia-Chef Huang: 2 Milliarden Pfund für britische Start-ups",
          required=False, note="related-link headline ('Mehr zum Thema'), vague"),
    ],
    not_deals=["knapp 2,9 Billionen Pfund", "rund 280 Euro je Megawattstunde", "281,7 Milliarden Dollar"],
)

A["011_kelverside_frescaluz_clydeside_en.html"] = dict(
    published="2025-10-09",
    published_note="from <meta property='article:published_time'>, JSON-LD and the byline 'Thursday 9 October 2025'; 'on Wednesday' -> 2025-10-08",
    language="en",
    deals=[
        D("kelverside-frescaluz", [KS, FL], "acquisition", 75_000_000, "EUR", "exact", "2025-10-08", "signed",
          "The Glasgow company announced on Wednesday that it will acquire Frescaluz, a chiller maker based in Setúbal, south of Lisbon, for €75 million, paid partly in new Kelverside shares.",
          note="'The Glasgow company' = Kelverside; needs clearance; 013 mentions it without amount, 018 reports completion"),
        D("kelverside-ballyvarren-2024", [KS, BV], "supply", 22_000_000, "GBP", "exact", "2024", "signed",
          "He also revealed a fresh order from Irish developer Ballyvarren, which bought £22 million of switchgear from Kelverside last year.",
          note="restatement of the 2024 order in a relative clause"),
        D("kelverside-ballyvarren-2025", [KS, BV], "supply", 9_500_000, "GBP", "exact", "2025-10", "signed",
          "This time the Drumcashel campus needs extra panels for a second hall; the contract, signed earlier this month, is worth £9.5 million.",
          note="second order of the pair (previous sentence: 'a fresh order from Irish developer Ballyvarren'); must stay apart from the £22m order of 2024"),
        D("kelverside-sale-denied", [KS], "acquisition", 600_000_000, "GBP", "exact", "2025-10", "rumored",
          "Mr Gilchrie also brushed aside a weekend report that Kelverside itself had been offered to a private equity buyer for £600 million.",
          required=False, note="rumour denied by the chief executive; buyer not named"),
    ],
    not_deals=["€81 million", "£71.4 million", "6p to 342p", "£470 million", "£1,575", "£400m"],
)

A["012_microsoft_ballyvarren_rechensaal.html"] = dict(
    published="2025-11-04",
    published_note="from <meta name='date'>, JSON-LD and the byline '04.11.2025, 08:10 Uhr'; 'am Montag' -> 2025-11-03",
    language="de",
    deals=[
        D("microsoft-ballyvarren-lease", ["Microsoft", BV], "cloud_contract", 62_000_000, "EUR", "approx", "2025-11-03", "signed",
          "Jährlich zahlt der US-Konzern dafür rund 62 Millionen Euro, insgesamt summiert sich der Vertrag damit auf gut 900 Millionen Euro.",
          per="year", term=["2026", None], kind_alt=["other"],
          note="'der US-Konzern' = Microsoft; 15-year lease announced 'am Montag' (previous paragraph); the talks of 008"),
        D("sorrelbrook-ballyvarren-2024", [SB, BV], "investment", 140_000_000, "EUR", "exact", "2024-03", "signed",
          "Das 2021 gegründete Unternehmen aus Drogheda hatte im März 2024 von dem Londoner Infrastrukturfonds Sorrelbrook 140 Millionen Euro für eine Minderheitsbeteiligung erhalten.",
          note="restatement of 001; 'Das … Unternehmen aus Drogheda' = Ballyvarren"),
    ],
    not_deals=["etwa 11 Millionen Euro je Megawatt", "mehr als 15 Milliarden Euro", "450 Euro pro Quadratmeter", "149 Euro", "3,99 Euro"],
)

A["013_microsoft_sines_atlantic_desk_en.txt"] = dict(
    published="2025-11-12",
    published_note="from the line 'Cloud & Infrastructure · Nov 12, 2025, 9:10 a.m. WET'; 'on Tuesday' -> 2025-11-11, 'last month' -> 2025-10",
    language="en",
    deals=[
        D("microsoft-portugal-2025", ["Microsoft"], "capex_plan", 10_000_000_000, "USD", "exact", "2025-11-11", "announced",
          "Microsoft will invest $10 billion in Portugal to expand AI computing at the Sines data-centre campus, the largest foreign investment the country has seen in years.",
          kind_alt=["investment"], alt_amounts=alt((8_600_000_000, "EUR")),
          note="announced 'on Tuesday' (next sentence); Start Campus and Nscale are partners without a share of their own; 014 gives EUR"),
        D("frescaluz-startcampus-2025", [FL, "Start Campus"], "supply", 31_000_000, "EUR", "exact", "2025-11", "signed",
          "Frescaluz, the Setúbal chiller maker that Scotland's Kelverside Switchgear agreed to buy last month, confirmed a new contract worth €31 million for liquid-cooling units for the SINES 3 building.",
          note="customer Start Campus from the previous sentence; second order of the pair, must stay apart from the €48m order of 2024"),
        D("kelverside-frescaluz", [KS, FL], "acquisition", None, None, None, "2025-10", "signed",
          "Frescaluz, the Setúbal chiller maker that Scotland's Kelverside Switchgear agreed to buy last month, confirmed a new contract worth €31 million for liquid-cooling units for the SINES 3 building.",
          required=False, note="amount-less restatement of 011 in a relative clause"),
        D("frescaluz-startcampus-2024", [FL, "Start Campus"], "supply", 48_000_000, "EUR", "exact", "2024-09", "signed",
          "It follows a €48 million order from the same customer in September 2024, and the company now expects sales of more than €95 million this year.",
          note="restatement of 004; 'It' = the new contract, 'the same customer' = Start Campus"),
    ],
    not_deals=["more than €95 million", "€1.2 billion", "€621 million", "up to €1,095", "€15 a month"],
)

A["014_meseta_brief_november.txt"] = dict(
    published="2025-11-20",
    published_note="from the issue line 'Ausgabe 52 | Donnerstag, 20. November 2025'; 'vergangene Woche' -> 2025-11, 'am Montag' -> 2025-11-17",
    language="de",
    deals=[
        D("microsoft-portugal-2025", ["Microsoft"], "capex_plan", 10_000_000_000, "USD", "exact", "2025-11", "announced",
          "Microsoft hat vergangene Woche in Lissabon angekündigt, 10 Milliarden Dollar in den Rechenzentrums-Campus von Sines zu investieren, das sind umgerechnet rund 8,6 Milliarden Euro.",
          kind_alt=["investment"], note="same as 013"),
        D("valdejerte-montejaral-stake", [VJ, MJ], "investment", 45_000_000, "EUR", "exact", "2025-11-17", "signed",
          "Der Regionalversorger Eléctrica Valdejerte übernimmt 20 Prozent am Entwickler Montejaral Centros de Datos und zahlt dafür 45 Millionen Euro, wie beide am Montag mitteilten.",
          kind_alt=["acquisition"], note="minority stake; different from the PPA of the same pair; valuation €225m is not a deal"),
        D("valdejerte-montejaral-ppa", [VJ, MJ], "supply", None, None, None, "2024-06", "signed",
          "Valdejerte liefert dem Campus bei Navalmoral de la Mata schon seit Juni 2024 per Vertrag Strom; nun sitzt der Versorger auch mit am Tisch.",
          required=False, note="amount-less restatement of the 003 PPA"),
    ],
    not_deals=["225 Millionen Euro", "bis zu 500 Mio. Euro", "1,1 Mrd. Euro", "2,6 Mrd. Euro", "290 Euro", "390 Euro"],
)

A["015_ballyvarren_quarry_lane_note_en.txt"] = dict(
    published="2026-01-22",
    published_note="from the line 'Sector note · 22 January 2026'; 'in November' -> 2025-11",
    language="en",
    deals=[
        D("sorrelbrook-ballyvarren-takeover", [SB, BV], "acquisition", 1_100_000_000, "EUR", "approx", "2026", "negotiating",
          "Two people with knowledge of the process value Ballyvarren at around €1.1 billion including debt.",
          alt_amounts=alt((1_150_000_000, "EUR"), (1_000_000_000, "GBP")),
          note="exclusive talks (previous sentence); 017 reports the signing at €1.15bn (£1bn) on 2026-04-13, 020 the completion; the year keeps the shared id's dates consistent; different from the 2024 minority investment"),
        D("microsoft-ballyvarren-lease", ["Microsoft", BV], "cloud_contract", 62_000_000, "EUR", "approx", "2025-11", "signed",
          "Its anchor tenant is Microsoft, which in November signed a 15-year lease on the whole Drumcashel campus at roughly €62 million a year.",
          per="year", kind_alt=["other"], note="restatement of 012; 'Its' = Ballyvarren"),
    ],
    not_deals=["£3.2 billion", "€48 million", "€95 million", "420p"],
)

A["016_montejaral_interview.txt"] = dict(
    published=None,
    published_note="no date anywhere in the article (only 'Lesedauer: 5 Minuten')",
    language="de",
    deals=[
        D("valdejerte-montejaral-ppa", [VJ, MJ], "supply", 18_000_000, "EUR", "approx", None, "signed",
          "Unser Vertrag mit Valdejerte garantiert uns 120 Megawatt, dafür zahlen wir dem Versorger rund 18 Millionen Euro im Jahr.",
          per="year", note="'wir'/'uns' = Montejaral, 'dem Versorger' = Valdejerte; restatement of 003"),
        D("penalara-montejaral-loan", ["Banco Peñalara", MJ], "other", 310_000_000, "EUR", "exact", None, "signed",
          "Die erste Halle finanziert im Wesentlichen der Kredit der Banco Peñalara über 310 Millionen Euro, den Rest bringen unsere Gesellschafter.",
          kind_alt=["investment"], note="restatement of 007"),
        D("montejaral-phase2-capex", [MJ], "capex_plan", 600_000_000, "EUR", "approx", None, "planned",
          "Für die zweite Ausbaustufe wollen wir in den nächsten drei Jahren noch einmal rund 600 Millionen Euro investieren, dafür sprechen wir mit mehreren Banken.",
          note="'wir' = Montejaral; undated interview"),
        D("sorrelbrook-montejaral-offer", [SB, MJ], "acquisition", 400_000_000, "EUR", "exact", None, "cancelled",
          "Ja. Sorrelbrook aus London wollte uns komplett übernehmen und bot 400 Millionen Euro.",
          note="offer refused ('dann abgelehnt', next sentence); 'uns' = Montejaral"),
    ],
    not_deals=["70.000 Euro", "90.000 Euro", "6,50 Euro"],
)

A["017_sorrelbrook_ballyvarren_liffey_en.txt"] = dict(
    published="2026-04-14",
    published_note="from the line 'Tuesday 14 April 2026'; 'on Monday' -> 2026-04-13",
    language="en",
    deals=[
        D("sorrelbrook-ballyvarren-takeover", [SB, BV], "acquisition", 1_150_000_000, "EUR", "exact", "2026-04-13", "signed",
          "Sorrelbrook Infrastructure Partners will acquire the 70 per cent of Ballyvarren Digital it does not already own, valuing the company at €1.15 billion including debt, the two sides said on Monday.",
          note="'In sterling the price is roughly £1 billion' (next sentence); the talks of 015"),
        D("sorrelbrook-ballyvarren-2024", [SB, BV], "investment", 140_000_000, "EUR", "exact", "2024-03", "signed",
          "The London fund first invested in March 2024, when it paid €140 million for its original stake.",
          note="restatement of 001; 'The London fund' = Sorrelbrook; must stay apart from the takeover"),
        D("sorrelbrook-ballyvarren-breakfee", [SB, BV], "other", 25_000_000, "EUR", "exact", "2026-04-13", "signed",
          "If Ireland's competition regulator blocks the deal, Sorrelbrook would owe the sellers a break fee of €25 million.",
          required=False, note="conditional break fee, part of the takeover agreement"),
        D("microsoft-ballyvarren-lease", ["Microsoft", BV], "cloud_contract", None, None, None, None, "signed",
          "That cheque now looks like one of the better bets in Irish infrastructure: Ballyvarren's Drumcashel campus is fully let to Microsoft, and the first hall is due to be energised in the autumn.",
          required=False, kind_alt=["other"], note="amount-less mention of the lease"),
    ],
    not_deals=["€30 million", "€9.2 million"],
)

A["018_kelverside_depotkompass.txt"] = dict(
    published="2026-06-10",
    published_note="from the header line 'DEPOTKOMPASS NORD | Nebenwerte Großbritannien | 10.06.2026 · 09:25 Uhr'; 'am Dienstag' -> 2026-06-09",
    language="de",
    deals=[
        D("kelverside-frescaluz", [KS, FL], "acquisition", 75_000_000, "EUR", "exact", "2025-10", "completed",
          "Die Glasgower hatten im Oktober 75 Millionen Euro für das Unternehmen aus Setúbal geboten; die portugiesische Wettbewerbsbehörde gab erst im Mai grünes Licht.",
          note="completion of the 011 deal (previous sentence); keeps the date of the agreement; 'Die Glasgower' = Kelverside, 'das Unternehmen aus Setúbal' = Frescaluz"),
        D("kelverside-esb-framework", [KS, "ESB Networks"], "supply", 40_000_000, "GBP", "exact", "2026-06-09", "signed",
          "Außerdem hat Kelverside mit dem irischen Verteilnetzbetreiber ESB Networks einen Rahmenvertrag über 40 Millionen Pfund unterzeichnet, umgerechnet rund 47 Millionen Euro.",
          alt_amounts=alt((47_000_000, "EUR")), term=["2026", "2030"],
          note="framework agreement, four years; signed 'am Dienstag' (next sentences)"),
    ],
    not_deals=["163 Millionen Pfund", "14,8 Millionen Pfund", "6,0 Pence", "408,00 p", "4,79 €", "470 Pence",
               "1 Euro je Trade", "52 Millionen Pfund", "8 Millionen Pfund"],
)

A["019_oracle_montejaral_meseta_brief.txt"] = dict(
    published="2026-09-17",
    published_note="from the issue line 'Ausgabe 95 | 17.09.2026' (a Thursday); 'am Dienstag' -> 2026-09-15, 'im August' -> 2026-08",
    language="de",
    deals=[
        D("oracle-montejaral-lease", ["Oracle", MJ], "cloud_contract", 2_500_000, "EUR", "exact", "2026-09-15", "signed",
          "Monatlich überweist der US-Cloudkonzern dafür 2,5 Millionen Euro, und zwar zehn Jahre lang ab Januar.",
          per="month", term=["2027-01", "2036"], kind_alt=["other"], alt_amounts=alt((300_000_000, "EUR")),
          note="monthly rent; 'der US-Cloudkonzern' = Oracle, Montejaral and 'am Dienstag' in the previous sentences; 'rechnerisch rund 300 Millionen Euro' over the term"),
        D("oracle-spain-2024", ["Oracle"], "capex_plan", 1_000_000_000, "USD", "at_least", "2024", "announced",
          "Oracle betreibt bereits eine Cloudregion in Madrid und hatte 2024 angekündigt, mehr als eine Milliarde Dollar in spanische Kapazitäten zu stecken.",
          required=False, note="background, amount in words"),
        D("valdejerte-grid-capex", [VJ], "capex_plan", 230_000_000, "EUR", "exact", "2026-08", "planned",
          "Eléctrica Valdejerte will bis 2029 zweihundertdreißig Millionen Euro in neue Leitungen und Umspannwerke im Norden der Provinz Cáceres stecken, wie er im August mitteilte, auch um die Rechenzentrumshalle anzubinden.",
          term=[None, "2029"], kind_alt=["project"], note="amount in words"),
    ],
    not_deals=["16,4 Millionen Euro", "6.000 Euro", "2,9 Mrd. Euro", "0,21 Euro je Kilowattstunde", "1.200 Euro"],
)

A["020_standort_kapital_kurznotiert.txt"] = dict(
    published="2026-11-06",
    published_note="from the line 'Europa | Freitag, 6.11.2026 – Nr. 45'; 'am Mittwoch' -> 2026-11-04",
    language="de",
    deals=[
        D("sorrelbrook-valdejerte-grid", [SB, VJ], "acquisition", 520_000_000, "EUR", "exact", "2026", "cancelled",
          "Der Londoner Fonds hatte sich im Frühjahr mit dem Versorger auf einen Kaufpreis von 520 Millionen Euro für die Netzsparte geeinigt, die rund 9.400 Kilometer Leitungen umfasst.",
          note="sale blocked by the regional government 'am Mittwoch'; agreed 'im Frühjahr' -> 2026; 'Der Londoner Fonds' = Sorrelbrook, 'dem Versorger' = Valdejerte"),
        D("sorrelbrook-ballyvarren-takeover", [SB, BV], "acquisition", 1_150_000_000, "EUR", "exact", "2026-04", "completed",
          "Irland: Sorrelbrook hat die im April vereinbarte Übernahme von Ballyvarren Digital für 1,15 Milliarden Euro abgeschlossen.",
          note="completion; keeps the month of the agreement"),
        D("ballyvarren-meath-capex", [BV], "capex_plan", 800_000_000, "EUR", "up_to", "2026-11-04", "announced",
          "Unter dem neuen Eigentümer plant Ballyvarren einen zweiten Campus in der Grafschaft Meath; bis zu achthundert Millionen Euro will das Unternehmen dort bis 2030 investieren, wie es am Mittwoch bekannt gab.",
          term=[None, "2030"], kind_alt=["project"], note="'bis zu' with the amount in words"),
        D("kelverside-montejaral-supply", [KS, MJ], "supply", None, None, None, "2026-11", "signed",
          "Schottland: Kelverside Switchgear liefert Schaltanlagen für die zweite Halle von Montejaral in der Extremadura; zum Auftragswert schwiegen beide Seiten.",
          required=False, note="no amount"),
    ],
    not_deals=["410 Millionen Euro", "120 Millionen Euro", "1,68 Euro", "34,90 Euro im Monat"],
)

ALIASES = {
    BV: [BV, "Ballyvarren Digital", "Ballyvarren"],
    SB: [SB, "Sorrelbrook"],
    KS: [KS, "Kelverside Switchgear", "Kelverside"],
    MJ: [MJ, "Montejaral Centros de Datos", "Montejaral"],
    VJ: [VJ, "Eléctrica Valdejerte", "Valdejerte"],
    FL: [FL, "Frescaluz Refrigeração", "Frescaluz"],
    "Banco Peñalara": ["Banco Peñalara", "Peñalara"],
    "ESB Networks": ["ESB Networks", "ESB"],
    "Ayuntamiento de Navalmoral de la Mata": ["Ayuntamiento de Navalmoral de la Mata", "Navalmoral de la Mata"],
    "Start Campus": ["Start Campus"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Google": ["Google", "Alphabet"],
    "CoreWeave": ["CoreWeave"],
    "Nscale": ["Nscale"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Oracle": ["Oracle", "Oracle Corp."],
    "Iberdrola": ["Iberdrola"],
    "Echelon Data Centres": ["Echelon Data Centres", "Echelon"],
}

ABOUT = (
    "Hand-annotated deals in the thirty-fifth, held-out test corpus (tests/corpus35/articles/), written for the tests and "
    "independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions (and deals stated without any amount) that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal "
    "is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as "
    "another article (or the same article) states it in another currency or at another precision. 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <time datetime>, issue line or visible byline date, or "
    "null when the article has none); quarters, half-years and seasons become the year; a cancelled or completed deal "
    "keeps the date of the original agreement or talks; 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Ballyvarren Digital DAC, "
    "Sorrelbrook Infrastructure Partners, Kelverside Switchgear plc, Montejaral Centros de Datos S.L., Eléctrica "
    "Valdejerte S.A., Frescaluz Refrigeração, Lda., Banco Peñalara; invented publications, advertisers and people are "
    "named in README.md; the deals of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)

gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote gold.json:", len(A), "articles,", sum(len(a["deals"]) for a in A.values()), "deal mentions")
