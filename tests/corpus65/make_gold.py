#!/usr/bin/env python3
"""Write gold.json for corpus65 (the hand annotation, kept as a script so it can be edited).

Usage: python3 tests/corpus65/make_gold.py   (then run check_gold.py)
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the sixty-fifth, held-out test corpus (tests/corpus65/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: AI data centres in Canada and the US Midwest (Quebec and Alberta power, "
    "Manitoba and Ontario, Indiana, Wisconsin, Iowa and Minnesota campuses, utilities, pension funds, local "
    "lenders) and German coverage of the same developments. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks amount-less, vague or background "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are "
    "NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' marks a rate. 'alt_amounts' gives "
    "the same deal's amount in another currency or as another article states it. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's date line, dateline, byline, issue line or meta tag, or null when the "
    "article has none); a cancelled deal keeps the date of the original talks; 'term' is the period the deal "
    "covers where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement "
    "call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Laurentide Calcul, Keewatin Pension Trust, "
    "Assiniboine Compute, Chinook Ridge Energy, Ledgeview Data Partners, First Tippecanoe Bancorp, Wabash Yard "
    "Data, Cedar Bluff Electric Cooperative, Gunflint Capital, Ironrange Compute, Red River Mutual Credit "
    "Union; their deals, and their deals with real companies (Hydro-Quebec, Cohere, Manitoba Hydro, Minnesota "
    "Power), are invented. The real companies' deals follow public reports loosely, with amounts, dates and "
    "wording partly shifted. Publications, reporters, analysts, research houses and advertisers are invented "
    "(see invented_names.txt and README.md). Nothing here is reporting."
)

ALIASES = {
    "Amazon": ["Amazon", "Amazon Web Services", "AWS", "Amazon.com"],
    "Google": ["Google", "Alphabet", "Alphabet Inc."],
    "Wabash Yard Data": ["Wabash Yard Data"],
    "First Tippecanoe Bancorp": ["First Tippecanoe Bancorp", "First Tippecanoe"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Foxconn": ["Foxconn", "Hon Hai"],
    "Brookfield": ["Brookfield", "Brookfield Renewable", "Brookfield Asset Management"],
    "PSP Investments": ["PSP Investments", "PSP"],
    "Cohere": ["Cohere", "Cohere Inc."],
    "Keewatin Pension Trust": ["Keewatin Pension Trust", "Keewatin"],
    "Laurentide Calcul": ["Laurentide Calcul", "Laurentide Calcul inc.", "Laurentide"],
    "Hydro-Québec": ["Hydro-Québec", "Hydro-Quebec"],
    "O'Leary Digital": ["O'Leary Digital", "Kevin O'Leary"],
    "Chinook Ridge Energy": ["Chinook Ridge Energy", "Chinook Ridge Energy Ltd.", "Chinook Ridge"],
    "Meta": ["Meta", "Meta Platforms"],
    "Assiniboine Compute": ["Assiniboine Compute", "Assiniboine Compute Corp.", "Assiniboine"],
    "Manitoba Hydro": ["Manitoba Hydro"],
    "Red River Mutual Credit Union": ["Red River Mutual Credit Union", "Red River Mutual"],
    "Radical Ventures": ["Radical Ventures"],
    "Inovia Capital": ["Inovia Capital", "Inovia"],
    "Ledgeview Data Partners": ["Ledgeview Data Partners", "Ledgeview Data Partners LLC", "Ledgeview"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "OpenAI": ["OpenAI"],
    "Oracle": ["Oracle", "Oracle Corp."],
    "Bloom Energy": ["Bloom Energy", "Bloom"],
    "Cedar Bluff Electric Cooperative": ["Cedar Bluff Electric Cooperative", "Cedar Bluff"],
    "CPP Investments": ["CPP Investments", "Canada Pension Plan Investment Board"],
    "Global Infrastructure Partners": ["Global Infrastructure Partners", "GIP"],
    "ALLETE": ["ALLETE", "Allete", "ALLETE Inc.", "Minnesota Power"],
    "Gunflint Capital": ["Gunflint Capital", "Gunflint"],
    "Ontario Power Generation": ["Ontario Power Generation", "OPG"],
    "Ironrange Compute": ["Ironrange Compute", "Ironrange"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def bare(id, parties, kind, date, status, evidence, **extra):
    """A deal mention without an amount (optional)."""
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=False, **extra)


ARTICLES = {}

ARTICLES["001_indiana_pledges_wabash_courier_en.txt"] = {
    "published": "2024-04-29",
    "published_note": "from the date line 'Monday, April 29, 2024'; 'on Thursday' -> 2024-04-25, 'on Friday' -> 2024-04-26",
    "language": "en",
    "deals": [
        deal("aws-indiana-2024", ["Amazon"], "capex_plan", 11_000_000_000, "USD", "exact", "2024-04-25",
             "announced",
             "Amazon Web Services said on Thursday that it plans to spend $11 billion on a data-center campus near New Carlisle in St. Joseph County.",
             kind_alt=["project"], alt_amounts=[{"amount": 10_300_000_000, "currency": "EUR"}],
             note="spending plan for one campus; 002 restates it with the EUR conversion; a reader comment repeats it in words"),
        deal("google-fort-wayne-2024", ["Google"], "capex_plan", 2_000_000_000, "USD", "exact", "2024-04-26",
             "announced",
             "Google followed on Friday: the search company will put $2 billion into a site in Fort Wayne, its first in Indiana, with construction starting this year.",
             kind_alt=["project"]),
        deal("wabash-yard-phase1", ["Wabash Yard Data"], "project", 310_000_000, "USD", "approx", "2024-04",
             "planned",
             "The Lafayette developer wants to turn the old Monon rail yard into a 60-megawatt site and pegs the first phase at around $310 million, chief executive Harlan Voss told the Courier.",
             kind_alt=["capex_plan"],
             note="'The Lafayette developer' = Wabash Yard Data (previous sentence); the company's own project cost; no date given -> month of publication; different from the $240m loan in 002"),
    ],
    "not_deals": ["$13 billion", "$75,000 a year", "roughly $4 billion over 35 years", "$112 million", "adults $8"],
}

ARTICLES["002_amazon_indiana_depotwacht.txt"] = {
    "published": "2024-04-30",
    "published_note": "from the portal line '30.04.2024 | 09:12 Uhr'; 'Vergangene Woche' -> 2024-04; 'am Montag' -> 2024-04-29",
    "language": "de",
    "deals": [
        deal("aws-indiana-2024", ["Amazon"], "capex_plan", 11_000_000_000, "USD", "exact", "2024-04",
             "announced",
             "Vergangene Woche hatte die Cloud-Tochter angekündigt, elf Milliarden Dollar in einen Rechenzentrumscampus im Bundesstaat Indiana zu stecken – umgerechnet etwa 10,3 Milliarden Euro.",
             kind_alt=["project"], alt_amounts=[{"amount": 10_300_000_000, "currency": "EUR"}],
             note="'die Cloud-Tochter' = AWS (previous sentence); amount in words; 'Vergangene Woche' gives the month"),
        deal("tippecanoe-wabash-loan", ["First Tippecanoe Bancorp", "Wabash Yard Data"], "other", 240_000_000,
             "USD", "exact", "2024-04-29", "signed",
             "Die Regionalbank First Tippecanoe Bancorp stellt dem Projektentwickler Wabash Yard Data einen Baukredit über 240 Millionen Dollar zur Verfügung, wie beide Seiten am Montag mitteilten.",
             kind_alt=["investment"],
             note="construction loan; different from the developer's $310m project cost in 001; the rumoured equity from a Chicago fund has no amount and no named party and is not annotated"),
    ],
    "not_deals": ["142,5 Milliarden Dollar", "24,5 Milliarden Dollar", "179,62 Dollar", "rund 3,1 Milliarden Dollar",
                  "41,80 Dollar", "zwischen 185 und 230 Dollar", "179,62 USD", "0 Euro", "500 Euro"],
}

ARTICLES["003_microsoft_racine_kewaunee_en.txt"] = {
    "published": "2024-05-08",
    "published_note": "from the dateline 'RACINE, Wis., May 8' (year from the content: Biden visit, 'through the end of 2026'); 'on Wednesday' = the same day; 'last week' -> 2024-04-29..05-03",
    "language": "en",
    "deals": [
        deal("microsoft-mount-pleasant-2024", ["Microsoft"], "capex_plan", 3_300_000_000, "USD", "exact",
             "2024-05-08", "announced",
             "RACINE, Wis., May 8 (Kewaunee Wire) - Microsoft plans to put $3.3 billion through the end of 2026 into cloud and artificial-intelligence infrastructure in Mount Pleasant, Wisconsin, the company said on Wednesday, as President Joe Biden toured the site to contrast it with a factory promise that never fully materialised.",
             kind_alt=["project"], term=["2024-05", "2026"],
             alt_amounts=[{"amount": 3_060_000_000, "currency": "EUR"}],
             note="first Microsoft Wisconsin plan; must stay apart from the $4bn second data center of 2025-09-18 (013, 014); 004 gives the EUR conversion"),
        deal("foxconn-wisconsin-2017", ["Foxconn"], "capex_plan", 10_000_000_000, "USD", "exact", "2017",
             "announced",
             "The land sits inside the business park once earmarked for Foxconn, which pledged $10 billion in 2017 for a flat-screen plant that was later shrunk to a fraction of that.",
             required=False, kind_alt=["project"],
             note="historical background pledge, later scaled back; the $3bn state incentives in the next sentence are a subsidy (not_deal)"),
        bare("brookfield-microsoft-2024", ["Brookfield", "Microsoft"], "supply", "2024-05", "signed",
             "A Brookfield unit signed a separate renewables framework with the software group last week; terms were not disclosed.",
             kind_alt=["partnership"],
             note="'the software group' = Microsoft; no amount; 'last week' spans 2024-04-29..05-03, 004 says 'Anfang Mai', so the month is used"),
    ],
    "not_deals": ["roughly $3 billion", "$14 billion", "$410.54"],
}

ARTICLES["004_mountpleasant_kilowattkontor.txt"] = {
    "published": "2024-05-12",
    "published_note": "from the byline 'veröffentlicht am 12.05.2024'; 'am vergangenen Mittwoch' -> 2024-05-08; 'Anfang Mai' -> 2024-05",
    "language": "de",
    "deals": [
        deal("microsoft-mount-pleasant-2024", ["Microsoft"], "capex_plan", 3_300_000_000, "USD", "approx",
             "2024-05-08", "announced",
             "Dort hat Microsoft am vergangenen Mittwoch zugesagt, bis zum Ende des Jahres 2026 rund 3,3 Milliarden Dollar (etwa 3,06 Milliarden Euro) für Rechenzentren und KI-Ausbildung auszugeben.",
             kind_alt=["project"], term=["2024-05", "2026"],
             alt_amounts=[{"amount": 3_060_000_000, "currency": "EUR"}]),
        bare("brookfield-microsoft-2024", ["Brookfield", "Microsoft"], "supply", "2024-05", "signed",
             "Dazu kommt ein zweiter Baustein, der hierzulande kaum Beachtung fand: Anfang Mai hat sich Microsoft beim Investor Brookfield aus Toronto per Rahmenabkommen 10,5 Gigawatt neuer Wind- und Solarkapazität gesichert, lieferbar zwischen 2026 und 2030.",
             kind_alt=["partnership"], term=["2026", "2030"],
             note="no price from the partners; the observers' estimate 'mehr als zehn Milliarden Dollar' in the next sentence is an estimate (not_deal)"),
        bare("foxconn-wisconsin-2017", ["Foxconn"], "capex_plan", None, "announced",
             "Der Konzern baut damit auf einem Gelände, auf dem Foxconn einst eine Bildschirmfabrik versprochen hatte.",
             kind_alt=["project"], note="background, no amount, 'einst' without a year"),
    ],
    "not_deals": ["8,9 US-Cent je Kilowattstunde", "mehr als zehn Milliarden Dollar", "14 Milliarden Dollar",
                  "rund 750 Millionen Dollar", "ab 4 Euro im Monat"],
}

ARTICLES["005_cohere_psp_portage_letter_en.txt"] = {
    "published": "2024-07-23",
    "published_note": "from the issue line 'Issue 18 · Tuesday 23 July 2024'; 'on Monday' -> 2024-07-22; 'last November' -> 2023-11",
    "language": "en",
    "deals": [
        deal("psp-cohere-2024", ["PSP Investments", "Cohere"], "investment", 500_000_000, "USD", "exact",
             "2024-07-22", "completed",
             "Toronto's Cohere has raised US$500 million in a round led by PSP Investments, the manager of federal public-service pensions, the company confirmed on Monday.",
             note="headline says 'half a billion'; valuation, cumulative total and revenue are not deals; must stay apart from Cohere's 2025 round of the same size (012)"),
        deal("microsoft-quebec-2023", ["Microsoft"], "capex_plan", 500_000_000, "CAD", "exact", "2023-11",
             "announced",
             "The company pledged CA$500 million last November for new cloud capacity around Quebec City and Montreal.",
             required=False, note="background in a news brief; 'The company' = Microsoft (previous sentence)"),
    ],
    "not_deals": ["US$5.5 billion", "close to US$1 billion", "US$35 million", "CA$2.4 billion", "CA$2 billion",
                  "CA$1.2 million an acre", "US$2.06", "CA$49", "CA$12 a month"],
}

ARTICLES["006_keewatin_laurentide_nordatlantik.txt"] = {
    "published": "2024-09-19",
    "published_note": "from the dateline 'Montréal/Saguenay, 19. September 2024.'; 'am Mittwoch' -> 2024-09-18; 'Im vergangenen Dezember' -> 2023-12",
    "language": "de",
    "deals": [
        deal("keewatin-laurentide-2024", ["Keewatin Pension Trust", "Laurentide Calcul"], "investment",
             420_000_000, "CAD", "exact", "2024-09-18", "signed",
             "Die Keewatin Pension Trust aus Winnipeg steigt mit 420 Millionen kanadischen Dollar beim Rechenzentrumsbetreiber Laurentide Calcul inc. ein.",
             alt_amounts=[{"amount": 280_000_000, "currency": "EUR"}],
             note="signed 'am Mittwoch' and EUR conversion in the next sentences; minority stake; must stay apart from the C$650m credit facility of the same pair (018, 019)"),
        deal("hydroquebec-plan-2035", ["Hydro-Québec"], "capex_plan", 155_000_000_000, "CAD", "range",
             "2023-12", "planned",
             "Im vergangenen Dezember hatte Hydro-Québec angekündigt, bis 2035 zwischen 155 und 185 Milliarden Dollar in Kraftwerke, Leitungen und Effizienz zu investieren.",
             amount_max=185_000_000_000, term=[None, "2035"],
             note="the utility's own investment plan (range); 'Dollar' = Canadian dollars in context"),
    ],
    "not_deals": ["61 Milliarden Dollar", "74 Millionen Dollar", "5 Cent je Kilowattstunde", "zwölf Millionen Dollar"],
}

ARTICLES["007_wonder_valley_depesche.txt"] = {
    "published": "2024-12-10",
    "published_note": "from the date line 'Dienstag, 10. Dezember 2024'; 'am Montag' -> 2024-12-09",
    "language": "de",
    "deals": [
        deal("wonder-valley-2024", ["O'Leary Digital"], "project", 70_000_000_000, "CAD", "exact", "2024-12-09",
             "announced",
             "Der kanadische Unternehmer und Fernsehinvestor Kevin O'Leary will im Norden Albertas einen Rechenzentrumspark errichten, der am Ende 70 Milliarden kanadische Dollar kosten soll.",
             kind_alt=["capex_plan"],
             alt_amounts=[{"amount": 47_000_000_000, "currency": "EUR"}, {"amount": 49_000_000_000, "currency": "USD"}],
             note="company O'Leary Digital and 'am Montag' in the next sentence, EUR conversion in the one after; presented with the district of Greenview (not a party to the money); the ~$2.5bn first stage is part of it (not_deal)"),
    ],
    "not_deals": ["rund 2,5 Milliarden Dollar", "100 Milliarden Dollar", "12 bis 14 Millionen Dollar",
                  "rund 180 Millionen Dollar", "52 Dollar je Megawattstunde"],
}

ARTICLES["008_alberta_power_bowriver_en.html"] = {
    "published": "2025-01-14",
    "published_note": "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished 2025-01-14; 'last month' -> 2024-12; 'on Monday' -> 2025-01-13; 'Earlier this month' -> 2025-01",
    "language": "en",
    "deals": [
        deal("wonder-valley-2024", ["O'Leary Digital"], "project", 70_000_000_000, "CAD", "exact", "2024-12",
             "announced",
             "Kevin O'Leary's Wonder Valley, the $70-billion data-centre park that O'Leary Digital unveiled near Grande Prairie last month, would be roughly US$49 billion at today's exchange rate and larger than every other project in the province's pipeline put together.",
             kind_alt=["capex_plan"], alt_amounts=[{"amount": 49_000_000_000, "currency": "USD"}],
             note="Alberta outlet: plain '$' is Canadian dollars, US$ conversion in the same sentence"),
        deal("chinook-innisfail-plant", ["Chinook Ridge Energy"], "project", 1_300_000_000, "CAD", "approx",
             "2025-01-13", "announced",
             "Chinook Ridge Energy Ltd., a Red Deer generator with three peaking plants, said on Monday it will build a 600-megawatt combined-cycle station near Innisfail for about $1.3 billion, aimed squarely at data-centre customers.",
             kind_alt=["capex_plan"],
             note="the generator's own plant; different from the rumoured Gunflint stake in the company (017, 019, 020); its $640m market value is not a deal"),
        deal("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx", "2025-01",
             "announced",
             "Earlier this month Microsoft put its fiscal-year budget for AI-ready data centres at about $80 billion, with the majority going to American sites.",
             term=["2024-07", "2025-06"],
             note="Microsoft's own figure in US dollars although the outlet writes Canadian amounts with a bare '$'; 009 gives the day (Jan. 3)"),
    ],
    "not_deals": ["$51.20 a megawatt-hour", "$95 a tonne", "$100 billion of private investment", "about $640 million",
                  "$489 a month"],
}

ARTICLES["009_capex_week_spadina_digest_en.txt"] = {
    "published": "2025-02-08",
    "published_note": "from the issue line 'Saturday, February 8, 2025'; 'on Tuesday' -> 2025-02-04; 'On Thursday' -> 2025-02-06; 'in late January' -> 2025-01; 'Jan. 3' -> 2025-01-03",
    "language": "en",
    "deals": [
        deal("alphabet-capex-2025", ["Google"], "capex_plan", 75_000_000_000, "USD", "approx", "2025-02-04",
             "announced",
             "Alphabet told investors on Tuesday that capital spending this year should land around $75 billion, against a Street consensus near $58 billion.",
             term=["2025", "2025"],
             note="the heading repeats '$75 billion'; the $58bn consensus is an analysts' estimate"),
        deal("amazon-capex-2025", ["Amazon"], "capex_plan", 100_000_000_000, "USD", "at_least", "2025-02-06",
             "announced",
             "On Thursday, Andy Jassy indicated that the fourth quarter's $26.3 billion of spending is a fair guide to 2025, which puts Amazon's budget for the year at north of $100 billion.",
             term=["2025", "2025"],
             note="'north of' = at least; the $26.3bn in the same sentence is past quarterly spending (not_deal)"),
        deal("meta-capex-2025", ["Meta"], "capex_plan", 60_000_000_000, "USD", "range", "2025-01", "announced",
             "Mark Zuckerberg had already flagged in late January that Meta will spend $60 billion to $65 billion on capital expenditure in 2025, and the company stuck to that on its earnings call.",
             amount_max=65_000_000_000, term=["2025", "2025"]),
        deal("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "exact", "2025-01-03",
             "announced",
             "4) Microsoft's $80 billion stands.",
             term=["2024-07", "2025-06"],
             note="amount in the item heading; the plan's date ('The Jan. 3 blog post ... fiscal-year plan for AI data centres') is in the next sentence"),
    ],
    "not_deals": ["$58 billion", "$12 billion", "$26.3 billion", "$28.8 billion", "$48.4 billion", "$589 billion",
                  "about $5.6 million", "well over $300 billion", "$6 a month"],
}

ARTICLES["010_laurentide_hydroquebec_strombrief.txt"] = {
    "published": "2025-02-21",
    "published_note": "from the issue line 'Ausgabe 7/2025 · 21.02.2025'; 'am Dienstag' -> 2025-02-18; 'Im September' -> 2024-09",
    "language": "de",
    "deals": [
        deal("laurentide-hydroquebec-supply", ["Hydro-Québec", "Laurentide Calcul"], "supply", 95_000_000, "CAD",
             "approx", "2025-02-18", "signed",
             "Hydro-Québec liefert ab 2026 bis zu 150 Megawatt; Laurentide zahlt dafür nach eigenen Angaben rund 95 Millionen kanadische Dollar pro Jahr.",
             per="year", term=["2026", None],
             note="yearly payment, 15-year contract; signing 'am Dienstag' in the next sentence; 'bis zu 150 Megawatt' is power, not money; 018 mentions it without amount"),
        deal("cohere-laurentide-capacity", ["Cohere", "Laurentide Calcul"], "cloud_contract", 300_000_000, "CAD",
             "up_to", "2025-02", "signed",
             "Das Torontoer KI-Unternehmen Cohere mietet in der neuen Halle Rechenkapazität für drei Jahre; Insider beziffern den Auftragswert auf bis zu 300 Millionen Dollar.",
             kind_alt=["other"],
             note="capacity lease confirmed by Laurentide without a sum; value from insiders; 'Dollar' read as Canadian dollars in this Canada newsletter (the Keewatin C$420m is also written 'Dollar' here); no day given -> month of publication"),
        deal("keewatin-laurentide-2024", ["Keewatin Pension Trust", "Laurentide Calcul"], "investment",
             420_000_000, "CAD", "exact", "2024-09", "signed",
             "Im September hatte sich der Pensionsfonds Keewatin mit 420 Millionen Dollar an Laurentide beteiligt.",
             note="restated; 'Im September' before a February issue -> 2024-09"),
    ],
    "not_deals": ["5,4 Cent je Kilowattstunde", "rund 3,3 Milliarden Dollar", "Teilnahme 89 Euro", "Jahresabo 240 Euro"],
}

ARTICLES["011_assiniboine_selkirk_standard_en.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the date line 'Thursday, June 12, 2025'; 'announced Wednesday' -> 2025-06-11",
    "language": "en",
    "deals": [
        deal("assiniboine-selkirk-campus", ["Assiniboine Compute"], "project", 1_800_000_000, "CAD", "approx",
             "2025-06-11", "announced",
             "Assiniboine Compute Corp. announced Wednesday it will build a 200-megawatt campus in the Rural Municipality of St. Andrews at a cost of about $1.8 billion, with the first hall expected to open in 2027.",
             kind_alt=["capex_plan"], note="Manitoba paper: '$' = Canadian dollars; the headline repeats '$1.8-billion'"),
        bare("manitoba-hydro-assiniboine", ["Manitoba Hydro", "Assiniboine Compute"], "supply", "2025-06", "signed",
             "Manitoba Hydro has agreed to supply the first 100 megawatts, though neither side would say what the power will cost."),
        deal("redriver-assiniboine-loan", ["Red River Mutual Credit Union", "Assiniboine Compute"], "other",
             45_000_000, "CAD", "exact", "2025-06", "signed",
             "To pay for design work and early earthworks, Assiniboine has arranged a $45-million bridge loan from Red River Mutual Credit Union, the Steinbach-based co-operative lender confirmed.",
             kind_alt=["investment"], note="bridge loan; no day given -> month of publication"),
    ],
    "not_deals": ["roughly $9 million a year", "$82,000", "$18.95"],
}

ARTICLES["012_cohere_runde_ahornwerte.txt"] = {
    "published": "2025-08-14",
    "published_note": "from the portal line '14.08.2025 | 16:40 Uhr'; 'am Donnerstag' = the same day; 'Im Juli 2024' -> 2024-07",
    "language": "de",
    "deals": [
        deal("cohere-round-2025", ["Radical Ventures", "Inovia Capital", "Cohere"], "investment", 500_000_000, "USD",
             "exact", "2025-08-14", "completed",
             "Das kanadische KI-Unternehmen Cohere hat eine weitere Finanzierungsrunde über 500 Millionen US-Dollar abgeschlossen.",
             note="leads and 'am Donnerstag' in the next sentence; PSP Investments only participates; same amount as the PSP-led 2024 round in the same article, which must stay apart"),
        deal("psp-cohere-2024", ["PSP Investments", "Cohere"], "investment", 500_000_000, "USD", "exact", "2024-07",
             "completed",
             "Im Juli 2024 hatte PSP Investments eine Runde über ebenfalls 500 Millionen Dollar angeführt, damals bei einer Bewertung von 5,5 Milliarden Dollar.",
             note="restated earlier round; the valuation in the same sentence is not a deal"),
    ],
    "not_deals": ["6,8 Milliarden Dollar", "5,5 Milliarden Dollar", "rund 100 Millionen Dollar",
                  "bis zu 240 Millionen kanadische Dollar", "178,40 Dollar", "181,10 Dollar", "0,62 Euro",
                  "400 bis 500 Millionen Dollar", "ab 25 Euro monatlich"],
}

ARTICLES["013_microsoft_second_wisconsin_kewaunee_en.txt"] = {
    "published": "2025-09-18",
    "published_note": "from the dateline 'CHICAGO, Sept. 18' (year from the content: fiscal fourth quarter ended June, '$3.3 billion ... pledged in May 2024', copyright 2025); 'on Thursday' = the same day",
    "language": "en",
    "deals": [
        deal("microsoft-wisconsin-2025", ["Microsoft"], "capex_plan", 4_000_000_000, "USD", "exact", "2025-09-18",
             "announced",
             "CHICAGO, Sept. 18 (Kewaunee Wire) - Microsoft said on Thursday it will invest $4 billion in a second data center in Mount Pleasant, Wisconsin, doubling down on a site where its first AI facility, which it calls Fairwater, is due to start running early next year.",
             kind_alt=["project"],
             note="second Microsoft Wisconsin plan; must stay apart from the $3.3bn plan of 2024 in the next paragraph"),
        deal("microsoft-mount-pleasant-2024", ["Microsoft"], "capex_plan", 3_300_000_000, "USD", "exact", "2024-05",
             "announced",
             "Together with the $3.3 billion the software giant pledged in May 2024, Microsoft's commitments in the state now exceed $7 billion.",
             kind_alt=["project"],
             note="restated; the '$7 billion' total in the same sentence is cumulative (not_deal)"),
        deal("ledgeview-kenosha-land", ["Ledgeview Data Partners"], "acquisition", 58_000_000, "USD", "exact",
             "2025-09", "completed",
             "Separately, Ledgeview Data Partners, a Milwaukee developer, said it had closed on 640 acres of farmland in Kenosha County for $58 million, about 30 miles south of Microsoft's campus.",
             kind_alt=["other"],
             note="land purchase, seller not named; no day given -> month of publication; different from Ledgeview's $2.6bn campus (014, 015)"),
    ],
    "not_deals": ["$24.2 billion", "$508.45", "exceed $7 billion", "about $1.5 billion", "around $90 million a year"],
}

ARTICLES["014_kenosha_interview_standortbrief.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'Lesezeit: 5 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        deal("microsoft-wisconsin-2025", ["Microsoft"], "capex_plan", 4_000_000_000, "USD", "exact", None,
             "announced",
             "Als der Konzern vier Milliarden Dollar für das zweite Gebäude zusagte, hatten wir das schon geahnt.",
             kind_alt=["project"],
             note="'der Konzern' = Microsoft (question before); amount in words; undated interview"),
        deal("ledgeview-kenosha-land", ["Ledgeview Data Partners"], "acquisition", 58_000_000, "USD", "exact", None,
             "completed",
             "Ledgeview Data Partners hat 640 Acres Ackerland für 58 Millionen Dollar gekauft, das sind gut 90.000 Dollar pro Acre.",
             kind_alt=["other"], note="the price per acre in the same sentence is a price (not_deal)"),
        deal("ledgeview-kenosha-campus", ["Ledgeview Data Partners"], "project", 2_600_000_000, "USD", "approx", None,
             "planned",
             "Darauf will Ledgeview einen Campus für rund 2,6 Milliarden Dollar errichten, in drei Abschnitten.",
             kind_alt=["capex_plan"],
             note="'Darauf' = on the land bought in the previous sentence; second Ledgeview deal, must stay apart from the land purchase"),
    ],
    "not_deals": ["90.000 Dollar pro Acre", "68.000 Dollar", "rund 300 Millionen Dollar", "5 Millionen Dollar",
                  "2.500 Euro"],
}

ARTICLES["015_port_washington_shoreline_en.html"] = {
    "published": "2025-10-23",
    "published_note": "from the visible byline 'Thursday, Oct. 23, 2025' (also <meta name=pubdate>, JSON-LD); 'On Wednesday' -> 2025-10-22; 'in July' -> 2025-07; 'in September' -> 2025-09",
    "language": "en",
    "deals": [
        deal("vantage-lighthouse-2025", ["Vantage Data Centers", "OpenAI", "Oracle"], "project", 15_000_000_000,
             "USD", "at_least", "2025-10-22", "announced",
             "On Wednesday, Vantage Data Centers made them official: the Denver-based developer will build a campus called Lighthouse on the north side of the city, working with OpenAI and Oracle, and expects to spend more than $15 billion on it.",
             kind_alt=["capex_plan"], alt_amounts=[{"amount": 13_000_000_000, "currency": "EUR"}],
             note="'more than' = at least; 016 gives the EUR conversion"),
        bare("openai-oracle-stargate-july", ["OpenAI", "Oracle"], "cloud_contract", "2025-07", "signed",
             "The site is part of Stargate, the computing build-out in which OpenAI and Oracle agreed in July to add 4.5 gigawatts of U.S. capacity.",
             kind_alt=["partnership"], note="background, capacity only, no amount"),
        deal("ledgeview-kenosha-campus", ["Ledgeview Data Partners"], "project", 2_600_000_000, "USD", "exact",
             "2025-09", "announced",
             "Ledgeview Data Partners announced in September a $2.6 billion campus on farmland it bought in Kenosha County.",
             kind_alt=["capex_plan"], note="the land purchase is only alluded to ('farmland it bought'), without price"),
    ],
    "not_deals": ["up to $175 million", "roughly $22 million", "$115 a share", "between $9 million and $12 million a megawatt",
                  "$38 million referendum", "first month $1", "then $11.99"],
}

ARTICLES["016_lighthouse_bloom_wirtschaftswarte.html"] = {
    "published": "2025-10-24",
    "published_note": "from the visible line '24.10.2025, 07:30 Uhr' (also <meta name=date>, JSON-LD); 'am Mittwoch' -> 2025-10-22; 'Mitte Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        deal("vantage-lighthouse-2025", ["Vantage Data Centers", "OpenAI", "Oracle"], "project", 15_000_000_000,
             "USD", "at_least", "2025-10-22", "announced",
             "Der Rechenzentrumsentwickler Vantage Data Centers will in Port Washington nördlich von Milwaukee mehr als 15 Milliarden Dollar in einen Campus für OpenAI und Oracle stecken, wie das Unternehmen am Mittwoch bekanntgab.",
             kind_alt=["capex_plan"], alt_amounts=[{"amount": 13_000_000_000, "currency": "EUR"}],
             note="EUR conversion ('knapp 13 Milliarden Euro') in the next sentence"),
        deal("brookfield-bloom-2025", ["Brookfield", "Bloom Energy"], "investment", 5_000_000_000, "USD", "up_to",
             "2025-10", "announced",
             "Er will bis zu fünf Milliarden Dollar in Brennstoffzellen-Kraftwerke des US-Herstellers Bloom Energy investieren, die direkt auf Rechenzentrumsgeländen stehen sollen.",
             kind_alt=["partnership", "supply"],
             note="'Er' = Brookfield, 'Mitte Oktober' in the previous sentence; amount in words"),
    ],
    "not_deals": ["455 Milliarden Dollar", "101 Dollar", "eine Billion Dollar", "10 bis 14 US-Cent",
                  "Frühbucher 149 Euro", "9,90 Euro monatlich"],
}

ARTICLES["017_midwest_power_kilowatts_cornfields_en.txt"] = {
    "published": "2025-11-05",
    "published_note": "from the byline 'Posted November 5, 2025'; 'last month' and 'in October' -> 2025-10; 'last week' -> 2025-10-27..31; 'in May 2024' -> 2024-05",
    "language": "en",
    "deals": [
        deal("google-iowa-2025", ["Google"], "capex_plan", 7_000_000_000, "USD", "exact", "2025-10", "announced",
             "Google said last month it will invest an additional $7 billion in the state over the next two years, most of it for cloud and AI capacity in Council Bluffs and Pottawattamie County.",
             term=["2025", "2027"], note="'the state' = Iowa; the $25m workforce grant is a subsidy (not_deal)"),
        deal("cedarbluff-capex-2028", ["Cedar Bluff Electric Cooperative"], "capex_plan", 450_000_000, "USD", "exact",
             "2025-10", "planned",
             "At its annual meeting last week, Cedar Bluff Electric Cooperative, which serves about 41,000 members in eastern Iowa, laid out a $450 million capital plan through 2028 for new substations and 161-kV lines, most of it tied to two data-center loads it won't name.",
             term=[None, "2028"], note="'last week' before Wednesday 5 Nov -> late October"),
        deal("cpp-gip-allete", ["CPP Investments", "Global Infrastructure Partners", "ALLETE"], "acquisition",
             6_200_000_000, "USD", "exact", "2024-05", "signed",
             "Third, Minnesota regulators signed off in October on the $6.2 billion take-private of Allete, the parent of Minnesota Power, by CPP Investments and Global Infrastructure Partners.",
             note="agreed in May 2024 (next sentence), regulatory approval in October 2025; $67 a share is the price per share (not_deal); 020 reports it closed"),
        deal("gunflint-chinook-stake", ["Gunflint Capital", "Chinook Ridge Energy"], "investment", 1_100_000_000,
             "CAD", "approx", "2025-11", "rumored",
             "And the rumor: Gunflint Capital, a Duluth private-equity shop, is reportedly in talks to buy 49% of Chinook Ridge Energy for about C$1.1 billion, according to two people who say they have seen a term sheet.",
             kind_alt=["acquisition"],
             note="talks reported in the week of publication; 019 reports them collapsed (cancelled), 020 mentions it without amount"),
    ],
    "not_deals": ["$25 million workforce grant", "about $6 a month", "$67 a share", "around $4 million each", "($8/month)"],
}

ARTICLES["018_laurentide_kredit_ahornpresse.txt"] = {
    "published": "2026-03-10",
    "published_note": "from the dateline 'MONTRÉAL, 10. März 2026'; 'heute' = the same day; 'im Jahr 2025' -> 2025; 'im September 2024' -> 2024-09",
    "language": "de",
    "deals": [
        deal("keewatin-laurentide-credit-2026", ["Keewatin Pension Trust", "Laurentide Calcul"], "other",
             650_000_000, "CAD", "exact", "2026-03-10", "completed",
             "Laurentide Calcul inc., Betreiber wasserkraftgespeister KI-Rechenzentren mit Sitz in Saguenay, hat heute den Abschluss einer vorrangig besicherten Kreditfazilität über 650 Millionen kanadische Dollar bekanntgegeben.",
             kind_alt=["investment"], alt_amounts=[{"amount": 410_000_000, "currency": "EUR"}],
             note="credit facility; lead lender Keewatin in the next sentence; repeated in 'Eckdaten'; second deal of the pair, must stay apart from the C$420m stake of 2024 (same article); 019 gives the EUR conversion"),
        bare("laurentide-hydroquebec-supply", ["Hydro-Québec", "Laurentide Calcul"], "supply", "2025", "signed",
             "Den Strom liefert Hydro-Québec im Rahmen des 15-jährigen Vertrags, den Laurentide im Jahr 2025 mit dem Versorger geschlossen hat.",
             note="restated without amount"),
        deal("keewatin-laurentide-2024", ["Keewatin Pension Trust", "Laurentide Calcul"], "investment", 420_000_000,
             "CAD", "exact", "2024-09", "completed",
             "Keewatin hatte sich erstmals im September 2024 an Laurentide beteiligt und damals für 420 Millionen kanadische Dollar eine Minderheitsbeteiligung erworben.",
             note="restated earlier stake"),
    ],
    "not_deals": ["142 Mio. CAD", "96 Mio. CAD", "38 Mio. CAD", "12 Mio. CAD", "68 Milliarden kanadischen Dollar"],
}

ARTICLES["019_kanada_energieticker.txt"] = {
    "published": "2026-03-11",
    "published_note": "from the ticker line 'Liveticker · Mittwoch, 11. März 2026'; 'am Dienstag' -> 2026-03-10; 'im November' -> 2025-11; 'im Mai vergangenen Jahres' -> 2025-05",
    "language": "de",
    "deals": [
        deal("keewatin-laurentide-credit-2026", ["Keewatin Pension Trust", "Laurentide Calcul"], "other",
             650_000_000, "CAD", "exact", "2026-03-10", "completed",
             "Der Betreiber Laurentide Calcul aus Québec hat sich eine Kreditlinie über 650 Millionen kanadische Dollar gesichert, umgerechnet rund 410 Millionen Euro.",
             kind_alt=["investment"], alt_amounts=[{"amount": 410_000_000, "currency": "EUR"}],
             note="lead lender Keewatin and 'am Dienstag' in the next sentence"),
        deal("gunflint-chinook-stake", ["Gunflint Capital", "Chinook Ridge Energy"], "investment", 1_100_000_000,
             "CAD", "approx", "2025-11", "cancelled",
             "Die Investmentgesellschaft aus Duluth hatte für 49 Prozent der Anteile rund 1,1 Milliarden kanadische Dollar geboten, wie mit der Sache vertraute Personen berichten.",
             kind_alt=["acquisition"],
             note="'Die Investmentgesellschaft aus Duluth' = Gunflint Capital, target Chinook Ridge Energy (previous sentence); talks collapsed; keeps the date of the talks ('im November')"),
        deal("manitoba-hydro-assiniboine-jv", ["Manitoba Hydro", "Assiniboine Compute"], "joint_venture", 90_000_000,
             "CAD", "exact", "2026-03-11", "announced",
             "Beide Seiten bringen je 90 Millionen kanadische Dollar ein, teilte der Versorger mit.",
             alt_amounts=[{"amount": 180_000_000, "currency": "CAD"}],
             note="'Beide Seiten' = Manitoba Hydro and Assiniboine Compute (previous sentence); 'je' = each, C$180m in total (alt_amounts); the ticker entry of the day -> publication date; second deal of the pair, must stay apart from the amount-less supply agreement of 2025 (011)"),
        deal("opg-darlington-smr", ["Ontario Power Generation"], "project", 20_900_000_000, "CAD", "exact", "2025-05",
             "announced",
             "Das Gesamtprojekt mit vier Einheiten war im Mai vergangenen Jahres mit Kosten von 20,9 Milliarden kanadischen Dollar genehmigt worden; auf die erste Einheit entfallen davon 6,1 Milliarden.",
             note="approved project cost; the 6.1bn first unit is part of it (not_deal)"),
    ],
    "not_deals": ["61,35 kanadischen Dollar", "94 Dollar", "0,63 Euro", "6,1 Milliarden", "7,80 Dollar"],
}

ARTICLES["020_ironrange_hermantown_oredock_en.txt"] = {
    "published": "2026-10-04",
    "published_note": "from the issue line 'Vol. 12, No. 40 · Sunday, October 4, 2026'; 'on Thursday' -> 2026-10-01; 'agreed in 2024' -> 2024",
    "language": "en",
    "deals": [
        deal("ironrange-hermantown-campus", ["Ironrange Compute"], "project", 1_400_000_000, "USD", "approx",
             "2026-10-01", "announced",
             "Ironrange Compute, a two-year-old startup based in Canal Park, unveiled plans on Thursday for a 150-megawatt campus off Highway 53 that it expects to cost about $1.4 billion over three phases.",
             kind_alt=["capex_plan"]),
        deal("allete-ironrange-esa", ["ALLETE", "Ironrange Compute"], "supply", 85_000_000, "USD", "approx", "2026-10",
             "signed",
             "Power will come from Minnesota Power under a 12-year electric service agreement that Ironrange values at roughly $85 million a year.",
             per="year", note="Minnesota Power = ALLETE's utility; yearly value over 12 years; no signing day -> month of publication"),
        deal("cpp-gip-allete", ["CPP Investments", "Global Infrastructure Partners", "ALLETE"], "acquisition",
             6_200_000_000, "USD", "exact", "2024", "completed",
             "The utility's parent, Allete, has been privately held since CPP Investments and Global Infrastructure Partners bought it in a $6.2 billion deal agreed in 2024 and closed late last year.",
             note="background restatement of 017's deal, now closed"),
        deal("gunflint-ironrange-2026", ["Gunflint Capital", "Ironrange Compute"], "investment", 120_000_000, "USD",
             "exact", "2026-10", "signed",
             "Gunflint Capital, the Duluth private-equity firm, is putting $120 million into Ironrange for a minority stake, both companies said.",
             note="no day given -> month of publication; different from Gunflint's failed Chinook Ridge talks"),
        bare("gunflint-chinook-stake", ["Gunflint Capital", "Chinook Ridge Energy"], "investment", None, "cancelled",
             "It is Gunflint's biggest bet since its talks over an Alberta gas generator, Chinook Ridge, collapsed in March.",
             kind_alt=["acquisition"], note="restated without amount; 'in March' is the collapse, not the date of the talks"),
    ],
    "not_deals": ["$2.00", "$11.2 million", "about $4 million a year", "an estimated $60 million", "$31 an hour",
                  "$9 million"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
