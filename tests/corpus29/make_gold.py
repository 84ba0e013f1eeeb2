#!/usr/bin/env python3
"""The hand annotation of corpus29 as code. Run it to (re)write gold.json."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABOUT = ("Hand-annotated deals in the twenty-ninth, held-out test corpus (tests/corpus29/articles/), written for the "
         "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json. One entry per "
         "article; a deal that several articles report carries the same id in each. 'required': false marks vague, "
         "background or amount-less mentions that an extractor may report or not without penalty. 'not_deals' lists "
         "money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
         "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
         "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
         "article) states it in another currency or at another precision. 'date' is when the deal was announced or "
         "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
         "article's own date marker, dateline, <time datetime>, issue line or visible byline date, or null when the "
         "article has none); quarters, half-years and seasons become the year; a cancelled or completed deal keeps the "
         "date of the original agreement; 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
         "lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
         "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Culverdell Compute Ltd, "
         "Thistlebrook Credit Partners, Quarrymoor Power Ltd, Sandhollow Energy LLC, Kestrune Silicon, Marlpit Capital; "
         "invented publications, research houses, banks, advertisers and people are named in README.md; the deals of "
         "real companies are partly real, partly invented or shifted. Nothing here is reporting.")


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True, amount_max=None, **kw):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
    d.update(kw)
    d["evidence"] = evidence
    return d


M, B = 10**6, 10**9
A = {}

A["001_megawatt_memo_april_en.txt"] = dict(
    published="2024-04-26", language="en",
    published_note="from the issue line 'Issue 17 · Friday, April 26, 2024'; 'on Wednesday' -> 2024-04-24",
    deals=[
        D("nvidia-runai", ["Nvidia", "Run:ai"], "acquisition", 700*M, "USD", "approx", "2024-04-24", "announced",
          "The chipmaker did not put a figure on it. Two sources familiar with the negotiations said Nvidia is paying about $700 million.",
          alt_amounts=[{"amount": 670*M, "currency": "EUR"}],
          note="announced 'on Wednesday' (previous sentence), price only from sources; 008 reports completion (EUR 670m)"),
        D("runai-2022-round", ["Run:ai"], "investment", 75*M, "USD", "exact", "2022", "completed",
          "Run:ai employs roughly 150 people and had raised $118 million from venture investors before the sale, a total that includes a $75 million round in 2022.",
          required=False, note="background: an old round inside a cumulative total ($118m is not a deal)"),
        D("macquarie-lambda-loan", ["Macquarie Group", "Lambda"], "other", 500*M, "USD", "exact", "2024-04", "signed",
          "San Jose-based Lambda has secured a $500 million loan from Macquarie Group, with the Nvidia chips it buys using the money pledged as security.",
          kind_alt=["investment"], note="GPU-backed loan; 'announced earlier this month' (next sentence) -> 2024-04"),
        D("lambda-series-c", ["Lambda"], "investment", 320*M, "USD", "exact", "2024-02", "completed",
          "It comes on top of a $320 million equity round that Lambda closed in February and that valued the company at $1.5 billion.",
          note="'It' = the loan; round without named investors; valuation $1.5bn is not a deal"),
    ],
    not_deals=["$118 million", "$2 an hour", "$1.5 billion", "$1.5B", "$150B", "$14,900", "$11 monthly", "$110 for the year"])

A["002_culverdell_northern_circuit_en.txt"] = dict(
    published="2024-05-14", language="en",
    published_note="from the date line 'Tuesday 14 May 2024 · Leeds'; 'on Monday' -> 2024-05-13",
    deals=[
        D("marlpit-culverdell-2024", ["Marlpit Capital", "Culverdell Compute Ltd"], "investment", 85*M, "GBP", "exact", "2024-05-13", "signed",
          "Culverdell Compute Ltd, a two-year-old Leeds company that rents out Nvidia graphics processors to British AI developers by the hour, has raised £85 million in a Series A round.",
          note="lead investor and 'signed on Monday' in the next two sentences; different from Marlpit's refused takeover offer (019)"),
        D("kaodata-culverdell-lease", ["Kao Data", "Culverdell Compute Ltd"], "cloud_contract", None, None, None, "2024", "signed",
          "The start-up runs about 1,100 H100 chips in leased space at Kao Data's campus in Harlow and is looking for a site of its own in West Yorkshire, where it says grid connections are cheaper and quicker to get than in the South East.",
          required=False, kind_alt=["other"], note="amount-less lease of data-centre space"),
    ],
    not_deals=["£340 million", "£9.4 million", "£1.2 million", "£6.8 million", "£2 million", "$9 billion", "£120,000 a year", "£25m", "£289 a month"])

A["003_amd_silo_kursmuehle.txt"] = dict(
    published="2024-07-11", language="de",
    published_note="from the header '11.07.2024 – 08:32 Uhr'; 'am Mittwoch' -> 2024-07-10",
    deals=[
        D("amd-silo-ai", ["AMD", "Silo AI"], "acquisition", 665*M, "USD", "exact", "2024-07-10", "announced",
          "Der Kaufpreis beträgt 665 Millionen Dollar und wird vollständig in bar bezahlt, wie AMD am Mittwoch mitteilte.",
          alt_amounts=[{"amount": 615*M, "currency": "EUR"}], note="EUR 615m in the next sentence; 004 restates it"),
        D("amd-mipsology-nodai", ["AMD", "Mipsology", "Nod.ai"], "acquisition", None, None, None, "2023", "completed",
          "Für den Konzern aus Santa Clara ist es bereits der dritte Zukauf im KI-Bereich binnen zwölf Monaten; zuvor hatte AMD die Softwarefirmen Mipsology und Nod.ai erworben, ohne Preise zu nennen.",
          required=False, note="background, amount-less, two earlier purchases in one clause"),
    ],
    not_deals=["drei Billionen Dollar", "280 Milliarden Dollar", "5,47 Milliarden Dollar", "2,3 Milliarden Dollar", "210 Dollar",
               "177,64 Dollar", "93,12 – 227,30 Dollar", "287 Mrd. Dollar", "100.000 Euro", "28 Milliarden Dollar", "4,8 Milliarden Euro"])

A["004_graphcore_avonside_en.txt"] = dict(
    published="2024-07-13", language="en",
    published_note="from the line 'Business · Saturday 13 July 2024'; 'on Friday' -> 2024-07-12; AMD 'in the same week'",
    deals=[
        D("softbank-graphcore", ["SoftBank", "Graphcore"], "acquisition", 500*M, "USD", "at_least", "2024-07", "completed",
          "Neither side disclosed the price, but people familiar with the deal said SoftBank paid a little over $500 million, including the assumption of some liabilities.",
          note="completion confirmed 'on Friday' (2024-07-12); original agreement date not given -> month; 'a little over' -> at_least"),
        D("amd-silo-ai", ["AMD", "Silo AI"], "acquisition", 665*M, "USD", "exact", "2024-07", "announced",
          "The news came in the same week that AMD agreed to pay $665 million for Silo AI, a Helsinki lab, underlining how much the large chip groups now value software teams.",
          note="same deal as 003; 'in the same week' -> month"),
        D("kestrune-round-2024", ["Kestrune Silicon"], "investment", 32*M, "GBP", "exact", "2024-06", "completed",
          "Kestrune Silicon, a Temple Quarter company designing low-power inference chips, closed a £32 million funding round last month from investors it declined to name.",
          note="'last month' in a July paper -> 2024-06; investors unnamed; 013 restates it"),
    ],
    not_deals=["$2.8 billion", "$700 million", "£161 million", "£9 million", "£4 million", "£32.99 a month"])

A["005_amd_zt_ledgerline_en.html"] = dict(
    published="2024-08-20", language="en",
    published_note="from <meta article:published_time>, JSON-LD and the byline 'Aug. 20, 2024 7:15 a.m. ET'; 'on Monday' -> 2024-08-19",
    deals=[
        D("amd-zt-systems", ["AMD", "ZT Systems"], "acquisition", 4.9*B, "USD", "exact", "2024-08-19", "announced",
          "Advanced Micro Devices will pay $4.9 billion, partly in shares, for ZT Systems, a privately owned rack builder from Secaucus, New Jersey, whose biggest customers are the large cloud providers, the chipmaker said on Monday.",
          note="different AMD deal from Silo AI; the contingent $400m is part of the price (not_deals)"),
        D("blackrock-groq-2024", ["BlackRock", "Groq"], "investment", 640*M, "USD", "exact", "2024-08", "completed",
          "Groq, a Mountain View company that builds inference chips, raised $640 million earlier this month in a round led by BlackRock Private Equity Partners, which valued it at $2.8 billion.",
          note="'earlier this month' -> 2024-08; different from Groq's $750m round (2025) and the Nvidia licence (018)"),
    ],
    not_deals=["$400 million", "$10 billion a year", "$4.5 billion", "$2.8 billion", "$148.56", "$2,504.60 an ounce",
               "$210 billion", "$0 commission", "$29.99 monthly", "$1 trial month"])

A["006_thistlebrook_moorgate_en.txt"] = dict(
    published="2024-10-16", language="en",
    published_note="from the line 'Wednesday 16 October 2024'; 'on Tuesday' -> 2024-10-15",
    deals=[
        D("thistlebrook-culverdell-2024", ["Thistlebrook Credit Partners", "Culverdell Compute Ltd"], "other", 240*M, "GBP", "exact", "2024-10-15", "signed",
          "Thistlebrook Credit Partners, a London manager of private-credit funds, has agreed to lend £240 million to Culverdell, the Leeds GPU cloud start-up, in one of the first British loans secured on graphics processors.",
          kind_alt=["investment"], term=["2024-10", "2029"], alt_amounts=[{"amount": 285*M, "currency": "EUR"}],
          note="GPU-backed loan, five years, 'signed on Tuesday' (next sentence); 007 gives EUR 285m; different from the £600m facility of 2026 (020)"),
        D("marlpit-culverdell-2024", ["Marlpit Capital", "Culverdell Compute Ltd"], "investment", 85*M, "GBP", "exact", "2024-05", "signed",
          "For Culverdell the debt is a big step up from its £85 million Series A in May, led by the New York investor Marlpit Capital.",
          note="restates 002"),
    ],
    not_deals=["£3.1 billion", "$32,000", "£310 million", "£40 million", "$135.72"])

A["007_rechenwerk_briefing_oktober.txt"] = dict(
    published="2024-10-17", language="de",
    published_note="from the issue line 'Ausgabe 41 | 17. Oktober 2024'; 'am Mittwoch' -> 2024-10-16",
    deals=[
        D("thistlebrook-culverdell-2024", ["Thistlebrook Credit Partners", "Culverdell Compute Ltd"], "other", 285*M, "EUR", "approx", "2024-10", "signed",
          "In London hat der Kreditfonds-Manager Thistlebrook Credit Partners dem Leedser GPU-Vermieter Culverdell Compute einen Kredit von rund 285 Millionen Euro eingeräumt.",
          kind_alt=["investment"], note="same loan as 006, converted; no day given"),
        D("marlpit-culverdell-2024", ["Marlpit Capital", "Culverdell Compute Ltd"], "investment", 85*M, "GBP", "exact", "2024-05", "signed",
          "Für das Start-up, das im Mai noch 85 Millionen Pfund Eigenkapital vom New Yorker Infrastrukturinvestor Marlpit Capital eingesammelt hatte, ist es die erste große Fremdfinanzierung.",
          note="restates 002 in a relative clause"),
        D("amazon-x-energy", ["Amazon", "X-energy"], "investment", 500*M, "USD", "approx", "2024-10-16", "announced",
          "Der Konzern führt eine Finanzierungsrunde von rund 500 Millionen Dollar an, wie er am Mittwoch bekanntgab.",
          note="'Der Konzern' = Amazon, X-energy in the previous sentence"),
        D("amazon-energy-northwest", ["Amazon", "Energy Northwest"], "project", None, None, None, "2024-10", "signed",
          "Zusätzlich vereinbarte Amazon mit dem Versorger Energy Northwest im Bundesstaat Washington den Bau mehrerer Reaktoren; Summen nannte der Konzern dafür nicht.",
          required=False, kind_alt=["partnership"], note="amount-less"),
        D("microsoft-constellation-tmi", ["Microsoft", "Constellation Energy"], "supply", None, None, None, "2024-09", "signed",
          "Den gesamten Strom nimmt Microsoft für 20 Jahre ab.", required=False,
          note="amount-less 20-year offtake, 'im September' (previous sentence)"),
        D("constellation-tmi-restart", ["Constellation Energy"], "capex_plan", 1.6*B, "USD", "approx", "2024-09", "announced",
          "Die Wiederinbetriebnahme soll rund 1,6 Milliarden Dollar kosten, die Constellation selbst trägt.",
          note="restart cost borne by Constellation, announced 'im September'"),
    ],
    not_deals=["3,7 Milliarden Euro", "47 Milliarden Euro", "149 Euro", "4.900 Euro", "390 Euro"])

A["008_nvidia_runai_kurszettel.html"] = dict(
    published="2024-12-31", language="de",
    published_note="from <meta name=date>, JSON-LD and the byline '31.12.2024, 09:45 Uhr'; completion 'am Montag' -> 2024-12-30",
    deals=[
        D("nvidia-runai", ["Nvidia", "Run:ai"], "acquisition", 700*M, "USD", "approx", "2024-04", "completed",
          "Den Kaufpreis nannte Nvidia weiterhin nicht; in Branchenkreisen war bei der Ankündigung im April von etwa 700 Millionen Dollar die Rede, umgerechnet rund 670 Millionen Euro.",
          note="completed 'am Montag' (2024-12-30); keeps the date of the announcement (April, 001)"),
        D("nvidia-deci", ["Nvidia", "Deci"], "acquisition", 300*M, "USD", "approx", "2024-05", "completed",
          "Dafür soll der Konzern rund 300 Millionen Dollar gezahlt haben.",
          note="'Dafür' = the Deci purchase 'im Mai' (previous sentence); different Nvidia deal from Run:ai"),
    ],
    not_deals=["2,99 Euro monatlich", "3,3 Billionen Dollar", "35,1 Milliarden Dollar", "19,3 Milliarden Dollar", "175 Dollar",
               "132,18 Euro", "118,02 Euro", "einer Billion Dollar", "12 Milliarden Euro", "1 Euro"])

A["009_constellation_calpine_brazos_en.txt"] = dict(
    published="2025-01-10", language="en",
    published_note="only in the dateline 'HOUSTON, Jan. 10, 2025 (Brazos Newswire)'; 'on Friday' -> 2025-01-10, 'on Thursday' -> 2025-01-09",
    deals=[
        D("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 16.4*B, "USD", "exact", "2025-01-10", "announced",
          "HOUSTON, Jan. 10, 2025 (Brazos Newswire) – Constellation Energy Corp. said on Friday it had agreed to buy Calpine Corp., the largest US operator of gas-fired power plants, in a cash-and-share transaction valued at $16.4 billion, a wager that data centres will keep driving electricity demand higher for years.",
          alt_amounts=[{"amount": 26.6*B, "currency": "USD"}],
          note="$26.6bn including net debt (next sentence) as alt; cash and debt components in not_deals; 017 reports completion"),
        D("marlpit-sandhollow-financing", ["Marlpit Capital", "Sandhollow Energy LLC"], "other", 1.2*B, "USD", "exact", "2025-01-09", "signed",
          "Sandhollow Energy LLC, an Odessa company that builds gas and solar plants next to data-centre sites, said on Thursday it had secured $1.2 billion of construction financing for a 900-megawatt gas plant in Ector County.",
          kind_alt=["investment"], note="arranger Marlpit named in the next sentence; different from Marlpit's majority-stake talks (017)"),
    ],
    not_deals=["$12.7 billion", "$4.5 billion in cash", "$301.37", "$19 billion", "$10 billion", "$2,200 per kilowatt", "$38 per megawatt hour"])

A["010_quarrymoor_inselstrom.txt"] = dict(
    published="2025-03-06", language="de",
    published_note="from the issue line 'Nr. 9 · Donnerstag, 6. März 2025'; 'am Dienstag' -> 2025-03-04",
    deals=[
        D("quarrymoor-culverdell-ppa", ["Quarrymoor Power Ltd", "Culverdell Compute Ltd"], "supply", 18*M, "GBP", "approx", "2025-03-04", "signed",
          "Der Rechenzentrumsbetreiber zahlt dem Entwickler demnach rund 18 Millionen Pfund pro Jahr, die Laufzeit beträgt zehn Jahre, wie zwei mit den Konditionen vertraute Personen berichten.",
          per="year", term=["2026", "2035"],
          note="yearly rate from sources; 'Der Rechenzentrumsbetreiber' = Culverdell, 'dem Entwickler' = Quarrymoor (two sentences earlier); signed 'am Dienstag' (previous sentence); supply from 2026"),
        D("quarrymoor-wilton-capex", ["Quarrymoor Power Ltd"], "capex_plan", 420*M, "GBP", "exact", "2025-03", "planned",
          "Außerdem bestätigte Quarrymoor, 420 Millionen Pfund in einen 300-Megawatt-Batteriepark in Wilton International stecken zu wollen, das bislang größte Vorhaben des Unternehmens.",
          kind_alt=["project"], note="different from the Culverdell PPA"),
    ],
    not_deals=["58 Millionen Pfund", "7,3 Millionen Pfund", "65 Pfund je Kilowatt und Jahr", "84,10 £/MWh", "92,40 £/MWh", "39,55 £/t", "495 Pfund", "790 Euro"])

A["011_coreweave_core_scientific_tapeline_en.txt"] = dict(
    published="2025-07-08", language="en",
    published_note="from the line 'July 8, 2025, 6:05 a.m. ET'; 'on Monday' -> 2025-07-07",
    deals=[
        D("coreweave-core-scientific", ["CoreWeave", "Core Scientific"], "acquisition", 9*B, "USD", "approx", "2025-07-07", "announced",
          "CoreWeave Inc. is paying roughly $9 billion in its own shares for Core Scientific Inc., the former bitcoin miner that houses a large part of its GPU fleet.",
          note="announced 'on Monday' in the next sentence; 016 reports the shareholders' rejection"),
        D("core-scientific-coreweave-hosting", ["Core Scientific", "CoreWeave"], "cloud_contract", 8.7*B, "USD", "approx", "2024", "signed",
          "Last year Core Scientific signed 12-year hosting contracts with CoreWeave worth about $8.7 billion in total, turning its mining sites in Texas, Georgia and North Dakota into data centres for AI chips.",
          kind_alt=["other"], note="different deal between the same companies (hosting leases, 2024)"),
        D("coreweave-weights-biases", ["CoreWeave", "Weights & Biases"], "acquisition", 1.7*B, "USD", "approx", "2025-03", "completed",
          "In March the Livingston, New Jersey company agreed to pay roughly $1.7 billion for Weights & Biases, a developer platform used by AI researchers, a deal that closed in May.",
          note="'the Livingston, New Jersey company' = CoreWeave"),
    ],
    not_deals=["$20.40", "$500 million a year", "$40", "$78 billion", "$982 million", "$4.9 billion to $5.1 billion",
               "$159.10", "$14.20", "$185"])

A["012_crusoe_abilene_handelsblick.html"] = dict(
    published="2025-05-21", language="de",
    published_note="from <meta article:published_time>, JSON-LD and the byline 'Mittwoch, 21. Mai 2025'; 'am Dienstag' -> 2025-05-20",
    deals=[
        D("crusoe-blueowl-primary-abilene", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"], "joint_venture", 15*B, "USD", "exact", "2025-05-20", "signed",
          "Die drei Unternehmen haben für den Campus in Abilene, auf dem Oracle Rechenleistung für OpenAI betreiben wird, ein Gemeinschaftsunternehmen mit einem Gesamtvolumen von 15 Milliarden Dollar gegründet, wie sie am Dienstag mitteilten.",
          kind_alt=["investment", "project"], note="'Die drei Unternehmen' = the three named in the previous sentence"),
        D("jpmorgan-crusoe-abilene-loan", ["JPMorgan", "Crusoe"], "other", 7.1*B, "USD", "exact", "2025-05", "signed",
          "Die US-Großbank JPMorgan stellt dafür Kredite über insgesamt 7,1 Milliarden Dollar bereit, den Rest bringen die Partner als Eigenkapital ein.",
          kind_alt=["investment"], note="loans to the Abilene venture; counted as its own financing deal"),
        D("stargate", ["OpenAI", "SoftBank", "Oracle"], "joint_venture", 500*B, "USD", "up_to", "2025-01", "announced",
          "OpenAI, Softbank und Oracle hatten im Januar angekündigt, bis 2029 bis zu 500 Milliarden Dollar dafür aufzuwenden.",
          required=False, kind_alt=["capex_plan", "project"], note="background pledge"),
        D("oracle-openai-abilene", ["Oracle", "OpenAI"], "cloud_contract", None, None, None, None, "signed",
          "Die drei Unternehmen haben für den Campus in Abilene, auf dem Oracle Rechenleistung für OpenAI betreiben wird, ein Gemeinschaftsunternehmen mit einem Gesamtvolumen von 15 Milliarden Dollar gegründet, wie sie am Dienstag mitteilten.",
          required=False, note="amount-less background in a relative clause"),
    ],
    not_deals=["273 Milliarden Dollar", "knapp drei Milliarden Dollar", "300 Milliarden Dollar", "25 Milliarden Dollar",
               "5.000 Euro", "erster Monat 1 Euro", "9,99 Euro pro Woche"])

A["013_culverdell_kestrune_pennine_en.txt"] = dict(
    published="2025-09-18", language="en",
    published_note="from the line 'Thursday 18 September 2025 | Deals'; 'on Wednesday' -> 2025-09-17, 'on Tuesday' -> 2025-09-16",
    deals=[
        D("culverdell-kestrune", ["Culverdell Compute Ltd", "Kestrune Silicon"], "acquisition", 140*M, "GBP", "exact", "2025-09-17", "announced",
          "Culverdell, the Leeds-based GPU cloud, has agreed to buy Kestrune Silicon, a Bristol designer of low-power inference chips, for £140 million in cash and shares.",
          alt_amounts=[{"amount": 160*M, "currency": "EUR"}], note="'announced on Wednesday' (next sentence); 014 gives EUR 160m, 019 restates it"),
        D("kestrune-round-2024", ["Kestrune Silicon"], "investment", 32*M, "GBP", "exact", "2024-06", "completed",
          "Kestrune was founded in 2021 and raised a £32 million funding round in June last year.", note="restates 004"),
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30*B, "USD", "exact", "2025-09-16", "announced",
          "Microsoft said on Tuesday, during President Trump's state visit, that it would put $30 billion into Britain over the four years to 2028, with $15.5 billion of that earmarked for data centres and AI capacity.",
          term=["2025", "2028"], note="the $15.5bn infrastructure part is not a separate deal"),
        D("google-uk-2025", ["Google"], "capex_plan", 5*B, "GBP", "exact", "2025-09", "announced",
          "Google had earlier pledged £5 billion over two years.", note="'earlier' in the same week -> month"),
    ],
    not_deals=["$15.5 billion", "£1.1 million", "£14 million", "£1.3 billion", "£75 million", "between £70,000 and £140,000 a year", "£1.5m an acre"])

A["014_culverdell_kestrune_waferpost.txt"] = dict(
    published="2025-09-19", language="de",
    published_note="from the line 'Freitag, 19.09.2025'; 'am Donnerstag' -> 2025-09-18",
    deals=[
        D("nvidia-intel", ["Nvidia", "Intel"], "investment", 5*B, "USD", "exact", "2025-09-18", "signed",
          "Fünf Milliarden Dollar steckt Nvidia in den Rivalen Intel.",
          note="amount in words first; 'am Donnerstag' in the next sentence; 018 restates it"),
        D("culverdell-kestrune", ["Culverdell Compute Ltd", "Kestrune Silicon"], "acquisition", 160*M, "EUR", "approx", "2025-09", "announced",
          "Der Preis liegt bei umgerechnet rund 160 Millionen Euro, bezahlt überwiegend in eigenen Aktien.",
          note="same deal as 013, converted; parties in the previous sentence"),
        D("thistlebrook-culverdell-2024", ["Thistlebrook Credit Partners", "Culverdell Compute Ltd"], "other", None, None, None, "2024", "signed",
          "Die Briten hatten im vergangenen Jahr bereits einen durch Grafikprozessoren besicherten Kredit bei dem Londoner Fonds Thistlebrook aufgenommen.",
          required=False, kind_alt=["investment"], note="amount-less restatement of the 2024 loan"),
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30*B, "USD", "exact", "2025-09", "announced",
          "Der britische Premier und US-Präsident Trump haben eine Technologiepartnerschaft unterzeichnet; US-Konzerne kündigten Investitionen von zusammen über 31 Milliarden Pfund an, allein Microsoft 30 Milliarden Dollar.",
          note="restates 013; the £31bn total is a cumulative figure (not_deals)"),
    ],
    not_deals=["23,28 Dollar", "12,9 Milliarden Dollar", "2,9 Milliarden Dollar", "über 31 Milliarden Pfund", "1,03 Billionen Dollar", "1.290 Euro", "14 Euro im Monat"])

A["015_nscale_microsoft_cheapside_en.html"] = dict(
    published="2025-10-16", language="en",
    published_note="from <meta article:published_time>, JSON-LD and <time> '16 October 2025'; 'on Wednesday' -> 2025-10-15",
    deals=[
        D("nscale-microsoft", ["Nscale", "Microsoft"], "cloud_contract", 24*B, "USD", "up_to", "2025-10-15", "signed",
          "People familiar with the contract put it at up to $24 billion in total.",
          alt_amounts=[{"amount": 20.6*B, "currency": "EUR"}],
          note="value only from sources, parties and 'on Wednesday' in the preceding sentences; 017 gives EUR 20.6bn"),
        D("aker-nscale-series-b", ["Aker", "Nscale"], "investment", 1.1*B, "USD", "exact", "2025-09", "completed",
          "Nscale only raised $1.1 billion last month, in a Series B round whose lead investor was the Norwegian industrial group Aker.",
          note="'last month' -> 2025-09"),
        D("ionic-nscale-barstow", ["Ionic Digital", "Nscale"], "other", None, None, None, None, "signed",
          "The largest slice, 104,000 chips, will go into a site in Barstow, Texas, which the developer Ionic Digital rents to Nscale.",
          required=False, kind_alt=["cloud_contract"], note="amount-less lease"),
    ],
    not_deals=["about $3 billion", "£6.3bn", "$3.5m", "$1.3421", "$179.83", "£249 a month", "£5 a month"])

A["016_coreweave_core_scientific_hafenkontor.txt"] = dict(
    published="2025-11-01", language="de",
    published_note="only in the byline 'Von Malte Grieshaber, Samstag, 1. November 2025'; vote 'am Donnerstag' -> 2025-10-30",
    deals=[
        D("coreweave-core-scientific", ["CoreWeave", "Core Scientific"], "acquisition", 9*B, "USD", "approx", "2025-07", "cancelled",
          "Damit ist die im Juli vereinbarte Transaktion im Wert von rund neun Milliarden Dollar gescheitert.",
          note="rejected by shareholders 'am Donnerstag' (2025-10-30); keeps the date of the agreement (July)"),
        D("core-scientific-coreweave-hosting", ["Core Scientific", "CoreWeave"], "cloud_contract", None, None, None, None, "signed",
          "Die bestehenden Mietverträge mit Core Scientific über zwölf Jahre laufen weiter.",
          required=False, kind_alt=["other"], note="amount-less restatement of the 2024 hosting contracts (011)"),
        D("cerebras-series-g", ["Fidelity", "Atreides Management", "Cerebras"], "investment", 1.1*B, "USD", "exact", "2025-09", "completed",
          "Das Unternehmen aus Sunnyvale hatte Ende September in einer von Fidelity und Atreides Management angeführten Finanzierungsrunde 1,1 Milliarden Dollar eingesammelt und wurde dabei mit 8,1 Milliarden Dollar bewertet.",
          note="'Das Unternehmen aus Sunnyvale' = Cerebras; different from the rumoured $1bn raise in 018"),
    ],
    not_deals=["16,30 Dollar", "19,65 Dollar", "65 Milliarden Dollar", "mehr als 55 Milliarden Dollar", "8,1 Milliarden Dollar",
               "12 Millionen Euro im Jahr", "2,80 Euro"])

A["017_hallerbach_branchennotiz.txt"] = dict(
    published="2026-02-12", language="de",
    published_note="from the header line '12. Februar 2026'; Calpine completed 'Anfang Januar' -> 2026-01",
    deals=[
        D("marlpit-sandhollow-stake", ["Marlpit Capital", "Sandhollow Energy LLC"], "acquisition", 800*M, "USD", "range", "2026-02", "negotiating",
          "Im Gespräch ist ein Preis zwischen 800 und 900 Millionen Dollar für rund 60 Prozent des texanischen Kraftwerksentwicklers.",
          amount_max=900*M, note="talks per the research house; parties in the previous sentence; different from the 2025 construction financing"),
        D("marlpit-sandhollow-financing", ["Marlpit Capital", "Sandhollow Energy LLC"], "other", 1.2*B, "USD", "exact", "2025-01", "signed",
          "Marlpit hatte bereits Anfang 2025 eine Baufinanzierung über 1,2 Milliarden Dollar für Sandhollows 900-Megawatt-Gaskraftwerk im Ector County arrangiert.",
          kind_alt=["investment"], note="restates 009"),
        D("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 16.4*B, "USD", "exact", "2025-01", "completed",
          "Am Kaufpreis von 16,4 Milliarden Dollar, zu zahlen teils in Aktien, änderte sich nichts; die Wettbewerbsbehörden verlangten den Verkauf einiger Kraftwerke in Pennsylvania und Texas.",
          note="completed 'Anfang Januar' (2026); keeps the agreement date (January 2025)"),
        D("nscale-microsoft", ["Nscale", "Microsoft"], "cloud_contract", 20.6*B, "EUR", "up_to", "2025-10", "signed",
          "Der Londoner Anbieter Nscale hat sich im Oktober einen Microsoft-Auftrag gesichert, dessen Wert auf bis zu 20,6 Milliarden Euro geschätzt wird.",
          note="same contract as 015, converted"),
    ],
    not_deals=["11,00 bis 12,00 Dollar", "2.000–2.400 Dollar/kW", "390 Dollar", "360 Dollar", "215 Dollar"])

A["018_siliziumbrief_januar.txt"] = dict(
    published="2026-01-08", language="de",
    published_note="from the line 'Donnerstag, 8. Januar 2026 – Ausgabe 102'; 'an Heiligabend' -> 2025-12-24",
    deals=[
        D("nvidia-groq-licence", ["Nvidia", "Groq"], "other", 20*B, "USD", "approx", "2025-12-24", "signed",
          "Rund 20 Milliarden Dollar in bar zahlt Nvidia an Groq.",
          kind_alt=["acquisition", "partnership"], note="amount first; licence plus hiring in the next sentence; confirmed 'an Heiligabend'"),
        D("disruptive-groq-2025", ["Disruptive", "Groq"], "investment", 750*M, "USD", "exact", "2025-09", "completed",
          "Das ist fast das Dreifache der Bewertung von 6,9 Milliarden Dollar, die Groq im September erreicht hatte, als Disruptive eine Runde über 750 Millionen Dollar anführte.",
          note="different Groq round from BlackRock's 2024 round; valuation not a deal"),
        D("blackrock-groq-2024", ["BlackRock", "Groq"], "investment", 640*M, "USD", "exact", "2024-08", "completed",
          "Zuvor hatte Groq im August 2024 bereits 640 Millionen Dollar unter Führung von BlackRock eingesammelt.", note="restates 005"),
        D("nvidia-intel", ["Nvidia", "Intel"], "investment", 5*B, "USD", "exact", "2025-09", "signed",
          "– Die im September vereinbarte Beteiligung von Nvidia an Intel über fünf Milliarden Dollar hat die FTC im Dezember freigegeben.",
          note="restates 014, amount in words"),
        D("cerebras-raise-2026", ["Cerebras"], "investment", 1*B, "USD", "approx", "2026-01", "rumored",
          "– Cerebras soll über eine weitere Finanzierung von einer Milliarde Dollar verhandeln, bei einer Bewertung von etwa 22 Milliarden Dollar.",
          note="rumoured talks ('soll'), no investor named; amount in words; different from the $1.1bn Series G (016)"),
    ],
    not_deals=["6,9 Milliarden Dollar", "1,8 Milliarden Dollar", "60,6 Milliarden Dollar", "22 Milliarden Dollar", "210.000 Euro", "8 Euro im Monat"])

A["019_culverdell_interview_aire_valley_en.txt"] = dict(
    published=None, language="en",
    published_note="interview without any date",
    deals=[
        D("thistlebrook-culverdell-2024", ["Thistlebrook Credit Partners", "Culverdell Compute Ltd"], "other", 240*M, "GBP", "exact", None, "signed",
          "Thistlebrook lent us £240 million against the chips and the customer contracts.", kind_alt=["investment"],
          note="restates 006 ('us' = Culverdell)"),
        D("quarrymoor-culverdell-ppa", ["Quarrymoor Power Ltd", "Culverdell Compute Ltd"], "supply", 18*M, "GBP", "approx", None, "signed",
          "Quarrymoor supplies us from its site near Thirsk, and we pay them around £18 million a year under a ten-year contract.",
          per="year", note="restates 010"),
        D("marlpit-culverdell-offer", ["Marlpit Capital", "Culverdell Compute Ltd"], "acquisition", 1*B, "GBP", "approx", None, "cancelled",
          "Marlpit offered just under a billion pounds for the shares it didn't own.",
          note="refused offer ('We said no'); amount in words; undated -> null; different from Marlpit's 2024 Series A"),
        D("culverdell-kestrune", ["Culverdell Compute Ltd", "Kestrune Silicon"], "acquisition", 140*M, "GBP", "exact", None, "announced",
          "For £140 million, yes, and it is the best money we have spent.", note="restates 013; 'You did buy Kestrune' in the question"),
    ],
    not_deals=["$32,000", "$2.10 an hour", "Between £70,000 and £150,000", "£1.2 million", "£4.95"])

A["020_thistlebrook_culverdell_themsebrief.txt"] = dict(
    published="2026-11-13", language="de",
    published_note="from the issue line 'Ausgabe 45/2026 · Freitag, 13. November 2026'; 'am Mittwoch' -> 2026-11-11",
    deals=[
        D("thistlebrook-culverdell-2026", ["Thistlebrook Credit Partners", "Culverdell Compute Ltd"], "other", 600*M, "GBP", "exact", "2026-11-11", "signed",
          "Die beiden Unternehmen unterzeichneten am Mittwoch eine neue Kreditlinie über 600 Millionen Pfund, umgerechnet knapp 690 Millionen Euro.",
          kind_alt=["investment"], alt_amounts=[{"amount": 690*M, "currency": "EUR"}],
          note="'Die beiden Unternehmen' = Thistlebrook and Culverdell (previous sentence); different from the £240m loan of 2024"),
        D("thistlebrook-culverdell-2024", ["Thistlebrook Credit Partners", "Culverdell Compute Ltd"], "other", 240*M, "GBP", "exact", "2024-10", "signed",
          "Wie schon beim ersten Kredit von 240 Millionen Pfund im Oktober 2024 dienen die Chips selbst und die Kundenverträge als Sicherheit.",
          kind_alt=["investment"], note="restates 006 with only the month"),
        D("quarrymoor-culverdell-bradford", ["Quarrymoor Power Ltd", "Culverdell Compute Ltd"], "supply", None, None, None, "2026-11", "negotiating",
          "Der Versorger Quarrymoor Power, der die Briten seit Januar mit Strom beliefert, will in Bradford ebenfalls einspringen; über die Konditionen wird noch verhandelt.",
          required=False, note="amount-less talks about a second supply deal"),
    ],
    not_deals=["160 Millionen Pfund", "8,4 Milliarden Pfund", "2,6 Milliarden Pfund", "30 Millionen Pfund", "12 Millionen Pfund je Hektar", "14.900 Euro", "249 Euro"])

ALIASES = {
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Run:ai": ["Run:ai", "Runai"],
    "Macquarie Group": ["Macquarie Group", "Macquarie"],
    "Lambda": ["Lambda", "Lambda Labs"],
    "Marlpit Capital": ["Marlpit Capital", "Marlpit"],
    "Culverdell Compute Ltd": ["Culverdell Compute Ltd", "Culverdell Compute", "Culverdell"],
    "Kao Data": ["Kao Data"],
    "AMD": ["AMD", "Advanced Micro Devices"],
    "Silo AI": ["Silo AI"],
    "Mipsology": ["Mipsology"],
    "Nod.ai": ["Nod.ai"],
    "SoftBank": ["SoftBank", "Softbank", "SoftBank Group"],
    "Graphcore": ["Graphcore"],
    "Kestrune Silicon": ["Kestrune Silicon", "Kestrune"],
    "ZT Systems": ["ZT Systems", "ZT"],
    "BlackRock": ["BlackRock", "BlackRock Private Equity Partners"],
    "Groq": ["Groq"],
    "Thistlebrook Credit Partners": ["Thistlebrook Credit Partners", "Thistlebrook"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "X-energy": ["X-energy"],
    "Energy Northwest": ["Energy Northwest"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Constellation Energy": ["Constellation Energy", "Constellation Energy Corp.", "Constellation"],
    "Deci": ["Deci"],
    "Calpine": ["Calpine", "Calpine Corp."],
    "Sandhollow Energy LLC": ["Sandhollow Energy LLC", "Sandhollow Energy", "Sandhollow"],
    "Quarrymoor Power Ltd": ["Quarrymoor Power Ltd", "Quarrymoor Power", "Quarrymoor"],
    "CoreWeave": ["CoreWeave", "CoreWeave Inc."],
    "Core Scientific": ["Core Scientific", "Core Scientific Inc."],
    "Weights & Biases": ["Weights & Biases", "W&B"],
    "Crusoe": ["Crusoe", "Crusoe Energy"],
    "Blue Owl Capital": ["Blue Owl Capital", "Blue Owl"],
    "Primary Digital Infrastructure": ["Primary Digital Infrastructure", "Primary Digital"],
    "JPMorgan": ["JPMorgan", "JPMorgan Chase", "J.P. Morgan"],
    "OpenAI": ["OpenAI"],
    "Oracle": ["Oracle", "Oracle Corp."],
    "Google": ["Google", "Alphabet"],
    "Intel": ["Intel", "Intel Corp."],
    "Nscale": ["Nscale"],
    "Aker": ["Aker", "Aker ASA"],
    "Ionic Digital": ["Ionic Digital"],
    "Fidelity": ["Fidelity", "Fidelity Management & Research"],
    "Atreides Management": ["Atreides Management", "Atreides"],
    "Cerebras": ["Cerebras", "Cerebras Systems"],
    "Disruptive": ["Disruptive"],
}

gold = {"about": ABOUT, "articles": {k: {"published": v["published"], "published_note": v["published_note"],
                                          "language": v["language"], "deals": v["deals"], "not_deals": v["not_deals"]}
                                      for k, v in A.items()},
        "aliases": ALIASES}
for a in gold["articles"].values():
    for d in a["deals"]:
        for k in ("amount", "amount_max"):
            if isinstance(d[k], float):
                d[k] = int(round(d[k]))
        for alt in d.get("alt_amounts", []):
            if isinstance(alt["amount"], float):
                alt["amount"] = int(round(alt["amount"]))
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote gold.json")
