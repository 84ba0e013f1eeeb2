#!/usr/bin/env python3
"""Write gold.json for corpus62 (the hand annotation lives here; edit, then run).

Usage: python3 tests/corpus62/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = 1_000_000_000
M = 1_000_000


def D(id, parties, kind, amount=None, amax=None, cur=None, q=None, date=None, status="signed",
      req=True, ev="", **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amax,
         "currency": cur if amount is not None else None,
         "qualifier": q if amount is not None else None,
         "date": date, "status": status, "required": req}
    for k in ("kind_alt", "per", "term", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra[k]
    d["evidence"] = ev
    return d


def alt(amount, cur):
    return {"amount": amount, "currency": cur}


ABOUT = (
    "Hand-annotated deals in the sixty-second, held-out test corpus (tests/corpus62/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id "
    "in each. 'required': false marks deals without an amount and vague or background mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals "
    "(valuations, revenues, profits, guidance other than capex, market forecasts, share prices, past spending, "
    "cumulative totals, parts of an annotated deal, analysts' estimates, grants, budgets, prices, salaries, ad "
    "figures): reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' marks a rate. 'alt_amounts' gives "
    "the same deal's amount in another currency or as another article states it. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date line, dateline, byline, issue line, meta tag or JSON-LD, or "
    "null when the article has none); a cancelled deal keeps the date of the original agreement or talks; "
    "'term' is the period the deal covers where the text gives one; 'kind_alt' lists other acceptable kinds; "
    "'note' explains a judgement call. A company's stated capital-spending plan for a year or period is a "
    "deal (capex_plan, parties = the spender). For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). All deal parties are real companies; their deals are "
    "retold from public reports with some details shifted or simplified (see README.md); publications, "
    "reporters, analysts, advertisers and quotes are invented."
)

A = {}

A["001_amazon_anthropic_boersenblick.txt"] = {
    "published": "2024-03-28",
    "published_note": "from the portal's date line '28.03.2024 | 09:14 Uhr'; 'am Mittwoch' -> 2024-03-27",
    "language": "de",
    "deals": [
        D("amazon-anthropic-2024-03", ["Amazon", "Anthropic"], "investment", 2.75 * B, cur="USD", q="exact",
          date="2024-03-27", status="completed", alt_amounts=[alt(2.54 * B, "EUR")],
          note="final tranche of the 2023 commitment; EUR conversion in brackets",
          ev="Amazon überwies am Mittwoch weitere 2,75 Milliarden Dollar (rund 2,54 Milliarden Euro) an das Start-up aus San Francisco, wie beide Seiten bestätigten."),
        D("amazon-anthropic-2023", ["Amazon", "Anthropic"], "investment", 4 * B, cur="USD", q="up_to",
          date="2023-09", status="signed", req=False,
          note="background: the September 2023 commitment ('im September des Vorjahres'); the first tranche of 1.25bn is a part of it and a not_deal",
          ev="Damit ist erfüllt, was die Partner im September des Vorjahres verabredet hatten: eine Beteiligung von bis zu vier Milliarden Dollar, von der zunächst nur eine erste Tranche über 1,25 Milliarden Dollar geflossen war."),
        D("google-anthropic-2023", ["Google", "Anthropic"], "investment", 2 * B, cur="USD", q="up_to",
          date="2023", status="signed", req=False,
          note="background; 'im Herbst' before March 2024 -> autumn 2023, year only; 'Er' = Google",
          ev="Auch der Suchmaschinenkonzern Google mischt mit: Er hatte im Herbst eine Beteiligung von bis zu zwei Milliarden Dollar zugesagt."),
    ],
    "not_deals": ["1,25 Milliarden Dollar", "etwa 18,4 Milliarden Dollar", "24,2 Milliarden Dollar",
                  "179,83 Dollar", "215 Dollar", "rund 100 Millionen Dollar im Jahr", "3,90 Euro je Order",
                  "50 Euro Bonus"],
}

A["002_coreweave_debt_kestrel_en.txt"] = {
    "published": "2024-05-20",
    "published_note": "from the issue line 'Vol. 3, No. 19 — Monday 20 May 2024'; 'on Friday' -> 2024-05-17",
    "language": "en",
    "deals": [
        D("coreweave-debt-2024", ["CoreWeave", "Blackstone", "Magnetar"], "other", 7.5 * B, cur="USD", q="exact",
          date="2024-05-17", status="signed", kind_alt=["investment"],
          note="debt facility; amount in this sentence, the lead lenders and 'on Friday' in the next ('The New Jersey-based company')",
          ev="CoreWeave has arranged $7.5 billion in borrowing, the biggest private credit package yet written for a GPU cloud."),
        D("coreweave-seriesc-2024", ["CoreWeave", "Coatue"], "investment", 1.1 * B, cur="USD", q="exact",
          date="2024-05", status="completed", note="'Earlier this month' -> month only; $19bn valuation is not a deal",
          ev="Earlier this month Coatue headed CoreWeave's $1.1 billion Series C, with Magnetar, Altimeter and Fidelity following."),
        D("microsoft-coreweave-2023", ["Microsoft", "CoreWeave"], "cloud_contract", date="2023", status="signed",
          req=False, note="no amount ('potentially billions'); 'Last year' -> 2023; 'the Redmond group' = Microsoft",
          ev="Last year the Redmond group agreed to spend potentially billions on CoreWeave capacity over several years, according to people who know the arrangement; neither side has ever confirmed a figure."),
    ],
    "not_deals": ["$19 billion", "roughly $7 billion", "more than $12 billion", "about $4.25 per GPU-hour",
                  "near $2.20", "around $21 billion", "$11m to $13m per megawatt", "$149", "$490", "£19 a month"],
}

A["003_xai_seriesb_rheintal.txt"] = {
    "published": "2024-05-27",
    "published_note": "dateline 'SAN FRANCISCO, 27. Mai (rtd)' without year; year from the copyright line '© 2024 Rheintal-Depesche'; 'am Sonntag' -> 2024-05-26",
    "language": "de",
    "deals": [
        D("xai-seriesb-2024", ["xAI", "Valor Equity Partners", "Andreessen Horowitz"], "investment", 6 * B,
          cur="USD", q="exact", date="2024-05-26", status="completed",
          note="amount in words; investors and 'am Sonntag' in the next sentence; the 'Sechs Milliarden' in the quote repeats it; pre-money valuation 18bn is not a deal",
          ev="Sechs Milliarden Dollar frisches Kapital fließen an xAI, die KI-Firma des Tesla-Chefs Elon Musk."),
        D("xai-oracle-talks-2024", ["xAI", "Oracle"], "cloud_contract", 10 * B, cur="USD", q="approx",
          date="2024-05", status="negotiating",
          note="rumour ('Insidern zufolge'); 'das Unternehmen' = xAI; 004 reports the end of the talks",
          ev="Insidern zufolge verhandelt das Unternehmen mit Oracle über einen mehrjährigen Vertrag über Cloud-Server im Wert von rund zehn Milliarden Dollar."),
    ],
    "not_deals": ["mit 18 Milliarden Dollar bewertet", "rund 30.000 Dollar", "rund 86 Milliarden Dollar",
                  "insgesamt 13 Milliarden Dollar", "56 Milliarden Dollar", "179,24 Dollar",
                  "mehrere Milliarden Dollar"],
}

A["004_xai_memphis_wolfriver_en.txt"] = {
    "published": "2024-07-11",
    "published_note": "from the byline 'By Dana Threlkeld | July 11, 2024'",
    "language": "en",
    "deals": [
        D("xai-oracle-talks-2024", ["xAI", "Oracle"], "cloud_contract", 10 * B, cur="USD", q="approx",
          date="2024-05", status="cancelled",
          note="talks ended; a cancelled deal keeps the date of the talks ('first reported in May'); xAI named in the previous sentence",
          ev="The discussions, first reported in May, had covered renting Oracle cloud servers for about $10 billion over several years."),
        D("xai-seriesb-2024", ["xAI", "Valor Equity Partners", "Andreessen Horowitz"], "investment", 6 * B,
          cur="USD", q="exact", date="2024-05", status="completed", note="restated ('in May')",
          ev="What is known is where the spending power comes from: the $6 billion that Valor Equity Partners, Andreessen Horowitz and other backers put into xAI in May."),
    ],
    "not_deals": ["about $1.9 billion", "11.6 cents per kilowatt-hour", "up to $24 million over 15 years",
                  "$68,000", "$1.6 billion"],
}

A["005_amazon_anthropic_wienfluss.html"] = {
    "published": "2024-11-23",
    "published_note": "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished 2024-11-23; 'am Freitag' -> 2024-11-22",
    "language": "de",
    "deals": [
        D("amazon-anthropic-2024-11", ["Amazon", "Anthropic"], "investment", 4 * B, cur="USD", q="exact",
          date="2024-11-22", status="signed", alt_amounts=[alt(3.8 * B, "EUR")],
          note="'am Freitag' in the next sentence; same amount as the different 2023 commitment in the next paragraph; total 8bn is cumulative",
          ev="Weitere vier Milliarden Dollar (knapp 3,8 Milliarden Euro) investiert Amazon in das KI-Labor Anthropic."),
        D("amazon-anthropic-2023", ["Amazon", "Anthropic"], "investment", 4 * B, cur="USD", q="up_to",
          date="2023", status="signed", req=False, note="background, 'im Herbst 2023'; 'der Konzern' = Amazon",
          ev="Es ist bereits die zweite große Zusage: Schon im Herbst 2023 hatte der Konzern bis zu vier Milliarden Dollar versprochen, die letzten 2,75 Milliarden davon flossen Ende März."),
        D("amazon-anthropic-2024-03", ["Amazon", "Anthropic"], "investment", 2.75 * B, cur="USD", q="exact",
          date="2024-03", status="completed", note="restated ('Ende März', same sentence as the 2023 commitment)",
          ev="Es ist bereits die zweite große Zusage: Schon im Herbst 2023 hatte der Konzern bis zu vier Milliarden Dollar versprochen, die letzten 2,75 Milliarden davon flossen Ende März."),
        D("amazon-indiana-campus-2024", ["Amazon"], "capex_plan", 11 * B, cur="USD", q="approx",
          date="2024-04", status="announced", kind_alt=["project"], note="AWS data-centre campus in Indiana, announced 'im April'",
          ev="Gebaut wird dafür unter anderem im US-Bundesstaat Indiana: Dort errichtet AWS für rund elf Milliarden Dollar einen Rechenzentrumscampus, den der Konzern im April angekündigt hatte."),
        D("amazon-capex-2024", ["Amazon"], "capex_plan", 75 * B, cur="USD", q="approx", date="2024",
          status="planned", note="capital-spending plan for 2024; the article does not say when it was given, year only",
          ev="Insgesamt rechnet Amazon-Chef Andy Jassy für 2024 mit Investitionen von etwa 75 Milliarden Dollar, im kommenden Jahr soll es noch mehr werden."),
    ],
    "not_deals": ["acht Milliarden Dollar", "22,6 Milliarden Dollar", "rund 18 Milliarden Dollar", "490 Euro",
                  "6,90 Euro monatlich"],
}

A["006_xai_seriesc_halfmoon_en.txt"] = {
    "published": "2024-12-24",
    "published_note": "from 'Posted on 24 Dec 2024 by Rowan Tregenza'; 'on Monday' -> 2024-12-23",
    "language": "en",
    "deals": [
        D("xai-seriesc-2024", ["xAI", "Nvidia", "AMD"], "investment", 6 * B, cur="USD", q="exact",
          date="2024-12-23", status="completed",
          note="strategic investors in the next sentence; same amount as the different May Series B",
          ev="xAI announced on Monday that it had closed a $6 billion Series C."),
        D("xai-seriesb-2024", ["xAI", "Valor Equity Partners", "Andreessen Horowitz"], "investment", 6 * B,
          cur="USD", q="exact", date="2024-05", status="completed", note="restated ('In May')",
          ev="In May, Valor Equity Partners, Andreessen Horowitz and a similar crowd wrote cheques for the $6 billion Series B."),
        D("openai-thrive-round-2024", ["OpenAI", "Thrive Capital"], "investment", 6.6 * B, cur="USD", q="exact",
          date="2024-10", status="completed", note="'its October round' -> 2024-10; $157bn valuation is not a deal",
          ev="Compare OpenAI: its October round brought in $6.6 billion, led by Thrive Capital, at a $157 billion valuation."),
    ],
    "not_deals": ["roughly $12 billion", "near $50 billion", "$24 billion", "$25,000 to $30,000",
                  "multi-billion-dollar shopping list", "north of $40 billion", "$157 billion valuation",
                  "$8 a month", "$2.10 an hour"],
}

A["007_stargate_allgaeuer_landbote.txt"] = {
    "published": "2025-01-22",
    "published_note": "from the date line 'Mittwoch, 22. Januar 2025 · Wirtschaft · Seite 9'; 'am Dienstag' -> 2025-01-21",
    "language": "de",
    "deals": [
        D("stargate-2025", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, cur="USD", q="up_to",
          date="2025-01-21", status="announced", kind_alt=["project", "capex_plan"], term=["2025", "2029"],
          alt_amounts=[alt(480 * B, "EUR")],
          note="'am Dienstag' in the next sentence; the 100bn to be available at once is a part and a not_deal",
          ev="Bis zu 500 Milliarden Dollar (rund 480 Milliarden Euro) wollen OpenAI, SoftBank und Oracle zusammen mit dem Abu-Dhabi-Investor MGX über vier Jahre in amerikanische KI-Rechenzentren lenken."),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, cur="USD", q="approx", date="2025-01",
          status="planned", term=["2024-07", "2025-06"], note="'Anfang Januar' -> month; fiscal year to June 2025",
          ev="Der Konzern aus Redmond baut ohnehin selbst in großem Stil: Anfang Januar kündigte Microsoft an, im laufenden Geschäftsjahr rund 80 Milliarden Dollar in Rechenzentren für künstliche Intelligenz zu investieren, über 50 Prozent davon auf amerikanischem Boden."),
    ],
    "not_deals": ["Sofort bereitstehen sollen 100 Milliarden Dollar", "gut 207 Dollar", "rund 13 Milliarden Dollar",
                  "5,5 Milliarden Euro", "21 Cent", "je 500 Euro"],
}

A["008_capex_week_gannet_en.txt"] = {
    "published": "2025-02-07",
    "published_note": "from the issue line 'Digest #41 · Friday, February 7, 2025'; 'on Tuesday' -> 2025-02-04, 'on Thursday' -> 2025-02-06",
    "language": "en",
    "deals": [
        D("alphabet-capex-2025-feb", ["Google"], "capex_plan", 75 * B, cur="USD", q="approx", date="2025-02-04",
          status="planned", note="'the company' = Alphabet; $58bn consensus is an analysts' figure",
          ev="Finance chief Anat Ashkenazi told analysts on Tuesday that the company expects capital spending of about $75 billion in 2025."),
        D("amazon-capex-2025", ["Amazon"], "capex_plan", 100 * B, cur="USD", q="at_least", date="2025-02-06",
          status="planned", note="amount first, spender in the bullet label 'Amazon.'; $26.3bn is past spending",
          ev="More than $100 billion will go into capex this year, executives signalled on Thursday, after $26.3 billion went out the door in the fourth quarter alone."),
        D("meta-capex-2025-jan", ["Meta"], "capex_plan", 60 * B, amax=65 * B, cur="USD", q="range", date="2025-01",
          status="planned", note="'Late last month' -> 2025-01; first of three 2025 plans (different from the July and October revisions)",
          ev="Late last month Mark Zuckerberg put Meta's 2025 capital budget at $60 billion to $65 billion, including a data centre big enough to cover a good part of Manhattan."),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, cur="USD", q="approx", date="2025-01",
          status="planned", note="restated; 'The company' = Microsoft (bullet label); $22.6bn is past spending",
          ev="The company stuck to the roughly $80 billion fiscal-year plan it first set out in early January, after spending $22.6 billion in the December quarter."),
        D("google-anthropic-2025-01", ["Google", "Anthropic"], "investment", 1 * B, cur="USD", q="exact",
          date="2025-01", status="signed", note="amount in words ('another billion dollars'); 'reported last month' -> 2025-01",
          ev="Google has quietly put another billion dollars into Anthropic, the Financial Times reported last month; the search company already owns about 14% of the Claude maker."),
    ],
    "not_deals": ["closer to $58 billion", "$12 billion in the quarter", "$26.3 billion", "$22.6 billion",
                  "more than $300 billion on capital projects", "less than $6 million", "$589 billion",
                  "$890 per kW", "$2,500 design fee", "$12/month"],
}

A["009_openai_coreweave_suedwind.txt"] = {
    "published": "2025-03-11",
    "published_note": "from the agency dateline 'Berlin/Livingston, 11.03.2025 (swn)'; 'am Montag' -> 2025-03-10",
    "language": "de",
    "deals": [
        D("openai-coreweave-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", 11.9 * B, cur="USD", q="exact",
          date="2025-03-10", status="signed", term=["2025", "2030"], alt_amounts=[alt(11 * B, "EUR")],
          note="'am Montag' in the next sentence; first of four OpenAI-CoreWeave deals",
          ev="Für 11,9 Milliarden Dollar (rund elf Milliarden Euro) sichert sich OpenAI über fünf Jahre Rechenkapazität beim Cloud-Anbieter CoreWeave."),
        D("openai-coreweave-equity-2025", ["OpenAI", "CoreWeave"], "investment", 350 * M, cur="USD", q="exact",
          date="2025-03-10", status="signed", note="CoreWeave shares issued to OpenAI as part of the agreement; kept as a deal of its own",
          ev="Obendrein gehen an den ChatGPT-Entwickler neue CoreWeave-Papiere im Gegenwert von 350 Millionen Dollar, die noch vor dem geplanten Börsengang ausgegeben werden."),
        D("coreweave-debt-2024", ["CoreWeave", "Blackstone", "Magnetar"], "other", 7.5 * B, cur="USD", q="exact",
          date="2024-05", status="signed", kind_alt=["investment"], note="restated ('Im Mai 2024'); 'das Unternehmen' = CoreWeave",
          ev="Den Ausbau bezahlt das Unternehmen überwiegend auf Pump: Im Mai 2024 hatten Blackstone und Magnetar einen Kreditrahmen über 7,5 Milliarden Dollar angeführt, besichert mit Nvidia-Chips und Kundenverträgen."),
    ],
    "not_deals": ["1,9 Milliarden Dollar", "863 Millionen Dollar", "mehr als 35 Milliarden Dollar",
                  "rund acht Milliarden Dollar", "unter zwei Dollar", "157 Milliarden Dollar"],
}

A["010_coreweave_q1_tickerhill_en.html"] = {
    "published": "2025-05-16",
    "published_note": "no visible date (only '4 min read'); from JSON-LD datePublished 2025-05-16 and <meta name='pubdate' content='20250516'>; 'on Wednesday' -> 2025-05-14",
    "language": "en",
    "deals": [
        D("openai-coreweave-2025-05", ["OpenAI", "CoreWeave"], "cloud_contract", 4 * B, cur="USD", q="up_to",
          date="2025-05-14", status="signed", term=[None, "2029-04"], note="expansion, different from the March contract",
          ev="CoreWeave disclosed on Wednesday that OpenAI has expanded its contract by up to $4 billion, running through April 2029."),
        D("openai-coreweave-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", 11.9 * B, cur="USD", q="exact",
          date="2025-03", status="signed", note="restated ('in March', 'the pair')",
          ev="The extension adds to the $11.9 billion, five-year contract the pair agreed in March, just before the listing."),
        D("coreweave-capex-2025", ["CoreWeave"], "capex_plan", 20 * B, amax=23 * B, cur="USD", q="range",
          date="2025-05", status="planned", note="guidance given with the quarterly results; month only",
          ev="The bigger number is spending: CoreWeave plans to put between $20 billion and $23 billion into capital projects in 2025, most of it on Nvidia systems and powered shells."),
        D("openai-softbank-round-2025", ["OpenAI", "SoftBank"], "investment", 40 * B, cur="USD", q="exact",
          date="2025-03", status="signed", note="'At the end of March'; valuation and the $10bn first instalment are not deals",
          ev="At the end of March OpenAI agreed a $40 billion funding round led by SoftBank that values it at $300 billion; $10 billion of it is due in April, the rest by December."),
    ],
    "not_deals": ["$981.6 million", "$314.6 million", "$25.9 billion", "between $4.9 billion and $5.1 billion",
                  "priced at $40", "$42.09", "roughly $10 million to $12 million", "values it at $300 billion",
                  "$10 billion of it", "$38 price target", "$0.50 per contract", "$24.99 a month"],
}

A["011_oracle_xai_serverhalle.txt"] = {
    "published": "2025-07-02",
    "published_note": "from the issue line 'Ausgabe 27/2025 · Mittwoch, 2. Juli 2025'; 'am Montag' -> 2025-06-30, 'am Dienstag' -> 2025-07-01",
    "language": "de",
    "deals": [
        D("oracle-openai-yearly-2025", ["Oracle", "OpenAI"], "cloud_contract", 30 * B, cur="USD", q="at_least",
          date="2025-06-30", status="signed", per="year",
          note="rate ('jährlich') from fiscal 2028; customer named only by insiders in the next sentence; treated as distinct from the September $300bn contract (013)",
          ev="Oracle hat am Montag in einem Börsenpflichtbericht einen Cloud-Auftrag offengelegt, aus dem der Konzern vom Geschäftsjahr 2028 an jährlich Erlöse von über 30 Milliarden Dollar erwartet."),
        D("oracle-capex-fy2026-jun", ["Oracle"], "capex_plan", 25 * B, cur="USD", q="at_least", date="2025-06",
          status="planned", note="'Mitte Juni'; fiscal year June 2025-May 2026; raised in September (013, different plan figure)",
          ev="Schon Mitte Juni hatte Vorstandschefin Safra Catz für das neue Geschäftsjahr Investitionen von mehr als 25 Milliarden Dollar in Aussicht gestellt."),
        D("crusoe-abilene-jv-2025", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"],
          "joint_venture", 15 * B, cur="USD", q="exact", date="2025-05", status="signed", kind_alt=["project"],
          ev="Für den ersten Stargate-Campus in Texas haben der Entwickler Crusoe, Blue Owl Capital und Primary Digital Infrastructure im Mai ein Gemeinschaftsunternehmen mit 15 Milliarden Dollar ausgestattet."),
        D("xai-morganstanley-2025", ["xAI", "Morgan Stanley"], "investment", 10 * B, cur="USD", q="exact",
          date="2025-07-01", status="completed", kind_alt=["other"],
          note="debt and equity arranged by Morgan Stanley; the 5bn debt half is a part and a not_deal",
          ev="Elon Musks xAI hat sich am Dienstag zehn Milliarden Dollar gesichert, je zur Hälfte als Fremd- und als Eigenkapital, wie die Investmentbank Morgan Stanley mitteilte."),
    ],
    "not_deals": ["57,4 Milliarden Dollar", "10,3 Milliarden aus Cloud-Infrastruktur", "fünf Milliarden Dollar",
                  "rund eine Milliarde Dollar pro Monat", "48,20 Dollar je Megawattstunde", "Teilnahme 79 Euro",
                  "Jahresabo 349 Euro"],
}

A["012_meta_google_cloud_fenwick_en.txt"] = {
    "published": "2025-08-22",
    "published_note": "from 'Published 22 Aug 2025, 00:40 BST' (dateline 'Aug 21'); 'on Thursday' -> 2025-08-21",
    "language": "en",
    "deals": [
        D("meta-google-cloud-2025", ["Meta", "Google"], "cloud_contract", 10 * B, cur="USD", q="at_least",
          date="2025-08-21", status="signed", term=["2025", "2031"], alt_amounts=[alt(7.4 * B, "GBP")],
          note="from sources; GBP conversion in brackets",
          ev="Meta Platforms has agreed to spend more than $10 billion (about £7.4 billion) on Google Cloud in a contract spanning six years, two sources briefed on the terms told Fenwick Wire on Thursday, the first large cloud contract between the two advertising rivals."),
        D("meta-capex-2025-jul", ["Meta"], "capex_plan", 66 * B, amax=72 * B, cur="USD", q="range", date="2025-07",
          status="planned", note="'On its July earnings call'; 'the Facebook owner' = Meta; second of three 2025 plans",
          ev="On its July earnings call the Facebook owner said it expected 2025 capital expenditures of $66 billion to $72 billion and signalled another steep rise in 2026."),
        D("alphabet-capex-2025-jul", ["Google"], "capex_plan", 85 * B, cur="USD", q="exact", date="2025-07",
          status="planned", note="'last month' -> 2025-07; raised plan, different from the February $75bn",
          ev="Alphabet lifted its own capital spending plan to $85 billion last month, up from the $75 billion it had guided in February."),
        D("alphabet-capex-2025-feb", ["Google"], "capex_plan", 75 * B, cur="USD", q="exact", date="2025-02",
          status="planned", req=False, note="superseded earlier plan, mentioned for comparison",
          ev="Alphabet lifted its own capital spending plan to $85 billion last month, up from the $75 billion it had guided in February."),
        D("openai-google-cloud-2025", ["OpenAI", "Google"], "cloud_contract", date="2025-06", status="signed",
          req=False, note="no amount disclosed",
          ev="In June, Google also signed up OpenAI as a cloud customer, without disclosing the value of that arrangement."),
    ],
    "not_deals": ["around $50 billion", "$13.6 billion", "$106 billion", "$739.10", "$199.75",
                  "above $100 million"],
}

A["013_oracle_openai_kursalm.txt"] = {
    "published": "2025-09-11",
    "published_note": "from the portal's date line '11.09.2025 – 08:02'; 'am Mittwochabend' -> 2025-09-10, 'am Dienstag' -> 2025-09-09",
    "language": "de",
    "deals": [
        D("oracle-openai-300bn-2025", ["OpenAI", "Oracle"], "cloud_contract", 300 * B, cur="USD", q="approx",
          date="2025-09-10", status="signed", term=["2027", None], alt_amounts=[alt(255 * B, "EUR")],
          note="reported by a newspaper, not confirmed; EUR conversion in brackets; RPO $455bn is not a deal",
          ev="Am Mittwochabend berichtete das „Wall Street Journal“, OpenAI habe mit Oracle einen Vertrag über Rechenleistung im Wert von rund 300 Milliarden Dollar (umgerechnet gut 255 Milliarden Euro) für etwa fünf Jahre geschlossen."),
        D("oracle-capex-fy2026-sep", ["Oracle"], "capex_plan", 35 * B, cur="USD", q="approx", date="2025-09-09",
          status="planned", note="'der Konzern' = Oracle (previous sentence 'Oracles Ausbau'); raised plan, different from June's 'mehr als 25 Milliarden'",
          ev="Am Dienstag hob der Konzern die Investitionsplanung für das laufende Geschäftsjahr auf rund 35 Milliarden Dollar an."),
        D("stargate-2025", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, cur="USD", q="up_to",
          date="2025-01", status="announced", note="restated ('im Januar')",
          ev="Beide Unternehmen sind zudem Partner von Stargate, dem im Januar vorgestellten Projekt von OpenAI, SoftBank, Oracle und MGX, das bis zu 500 Milliarden Dollar umfassen soll."),
    ],
    "not_deals": ["328,33 Dollar", "455 Milliarden Dollar", "18 Milliarden Dollar in diesem Jahr",
                  "144 Milliarden Dollar in vier Jahren", "knapp 400 Milliarden Dollar", "einer Billion Dollar",
                  "Kursziel von 350 Dollar", "ab 1 Euro"],
}

A["014_ai_deals_week_tideway_live_en.txt"] = {
    "published": "2025-09-26",
    "published_note": "from the liveblog header 'Friday 26 September 2025'; entry weekdays resolved in that week: Mon -> 2025-09-22, Tue -> 09-23, Wed -> 09-24, Thu -> 09-25; 'last Friday' -> 2025-09-19",
    "language": "en",
    "deals": [
        D("openai-coreweave-2025-09", ["OpenAI", "CoreWeave"], "cloud_contract", 6.5 * B, cur="USD", q="up_to",
          date="2025-09-25", status="signed", note="Thu entry; the $22.4bn total is cumulative and a not_deal",
          ev="CoreWeave says OpenAI has expanded their agreement by up to $6.5 billion, taking the total contract value between the two to about $22.4 billion."),
        D("openai-coreweave-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", 11.9 * B, cur="USD", q="exact",
          date="2025-03", status="signed", note="restated as part of the total; same sentence as the May expansion",
          ev="That total also includes the $11.9 billion signed in March and the $4 billion added in May."),
        D("openai-coreweave-2025-05", ["OpenAI", "CoreWeave"], "cloud_contract", 4 * B, cur="USD", q="exact",
          date="2025-05", status="signed", note="restated; 'up to' dropped here",
          ev="That total also includes the $11.9 billion signed in March and the $4 billion added in May."),
        D("oracle-bond-2025", ["Oracle"], "other", 18 * B, cur="USD", q="exact", date="2025-09-24",
          status="completed", kind_alt=["investment"], note="bond sale; order book $88bn is not a deal",
          ev="Oracle raised $18 billion from a bond sale on Wednesday, one of the biggest corporate debt deals of the year, to help pay for its data-centre build-out."),
        D("vantage-debt-2025", ["Vantage Data Centers", "JPMorgan", "MUFG"], "other", 38 * B, cur="USD", q="exact",
          date="2025-09-24", status="negotiating", kind_alt=["investment"],
          note="Wed entry, reported by Bloomberg; Oracle is the tenant, not a party",
          ev="Lenders are lining up a $38 billion debt package for Vantage Data Centers, led by JPMorgan and MUFG, for a pair of campuses, one in Texas and one in Wisconsin, with Oracle as tenant, Bloomberg reports."),
        D("stargate-five-sites-2025", ["OpenAI", "Oracle", "SoftBank"], "project", 400 * B, cur="USD", q="at_least",
          date="2025-09-23", status="announced", req=False, kind_alt=["capex_plan"],
          note="planned total of the expanded Stargate programme ('The group says'), partly cumulative; optional",
          ev="The group says that brings planned capacity close to 7 gigawatts and more than $400 billion of investment over the next three years."),
        D("nvidia-openai-2025", ["Nvidia", "OpenAI"], "investment", 100 * B, cur="USD", q="up_to",
          date="2025-09-22", status="announced", kind_alt=["supply", "partnership"],
          note="Mon entry; letter of intent; amount first",
          ev="Up to $100 billion of Nvidia money is to flow into OpenAI, a letter of intent signed by the pair says, in step with OpenAI rolling out no less than 10 GW of Nvidia hardware."),
        D("meta-oracle-talks-2025", ["Meta", "Oracle"], "cloud_contract", 20 * B, cur="USD", q="approx",
          date="2025-09-19", status="negotiating", note="'last Friday' -> 2025-09-19; talks reported by Bloomberg",
          ev="Catching up on last Friday: Meta is in talks with Oracle over a cloud computing deal worth about $20 billion, Bloomberg reported."),
    ],
    "not_deals": ["about $22.4 billion", "near $88 billion", "$183.61", "roughly $170 billion in market value",
                  "$50 billion to $60 billion", "£6.99 a month"],
}

A["015_coreweave_meta_seeufer.txt"] = {
    "published": "2025-10-31",
    "published_note": "from the date line 'Freitag, 31. Oktober 2025'; 'am Mittwoch' -> 2025-10-29, 'am Donnerstag' -> 2025-10-30",
    "language": "de",
    "deals": [
        D("coreweave-core-scientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", 9 * B, cur="USD",
          q="approx", date="2025-07", status="cancelled",
          note="voted down 'am Donnerstag' (2025-10-30); a cancelled deal keeps the date of the agreement ('im Juli'); parties in the previous sentence",
          ev="Auf dem Aktionärstreffen am Donnerstag fand das reine Aktiengeschäft keine Mehrheit; bei seiner Ankündigung im Juli war es rund neun Milliarden Dollar schwer gewesen."),
        D("meta-coreweave-2025", ["Meta", "CoreWeave"], "cloud_contract", 14.2 * B, cur="USD", q="exact",
          date="2025-09", status="signed", term=[None, "2031-12"], note="'Ende September' -> month",
          ev="Ende September band sich Meta mit 14,2 Milliarden Dollar an CoreWeave – für Rechenkapazität bis Ende 2031, verlängerbar."),
        D("meta-capex-2025-oct", ["Meta"], "capex_plan", 70 * B, amax=72 * B, cur="USD", q="range",
          date="2025-10-29", status="planned", note="third 2025 plan (raised range)",
          ev="Am Mittwoch hob Meta die Spanne für die Investitionen 2025 auf 70 bis 72 Milliarden Dollar an und kündigte für 2026 einen noch deutlich stärkeren Anstieg an."),
        D("meta-bond-2025", ["Meta"], "other", 30 * B, cur="USD", q="exact", date="2025-10-30", status="completed",
          kind_alt=["investment"], note="bond sale; 'der Konzern' = Meta; demand of 125bn is not a deal",
          ev="Am Donnerstag platzierte der Konzern Anleihen über 30 Milliarden Dollar, die Nachfrage lag bei rund 125 Milliarden Dollar."),
        D("meta-blueowl-hyperion-2025", ["Meta", "Blue Owl Capital"], "joint_venture", 27 * B, cur="USD", q="exact",
          date="2025-10", status="signed", kind_alt=["investment", "project"],
          note="'vor gut einer Woche' -> month; Blue Owl Capital is also a party of the different Abilene venture (011)",
          ev="Für das Großprojekt Hyperion in Louisiana hatte Meta bereits vor gut einer Woche ein Gemeinschaftsunternehmen mit dem Finanzinvestor Blue Owl Capital gegründet, das 27 Milliarden Dollar an Baukosten stemmen soll; Meta hält daran 20 Prozent."),
    ],
    "not_deals": ["mehr als zehn Milliarden Dollar über zwölf Jahre", "rund 200 Milliarden Dollar Börsenwert",
                  "rund 125 Milliarden Dollar"],
}

A["016_openai_aws_bracken_en.html"] = {
    "published": "2025-11-05",
    "published_note": "from the visible byline 'Lowenna Carthew · Wed 5 Nov 2025' (also meta article:published_time); 'on Monday' -> 2025-11-03",
    "language": "en",
    "deals": [
        D("aws-openai-2025", ["OpenAI", "Amazon"], "cloud_contract", 38 * B, cur="USD", q="exact",
          date="2025-11-03", status="signed", term=["2025", "2032"],
          ev="A seven-year, $38 billion contract now ties OpenAI to Amazon Web Services, the pair announced on Monday."),
        D("microsoft-openai-azure-2025", ["OpenAI", "Microsoft"], "cloud_contract", 250 * B, cur="USD", q="exact",
          date="2025-10", status="signed",
          note="'Last week' -> month; the ~27% stake worth ~$135bn is a valuation, not a deal",
          ev="Last week OpenAI pledged to purchase a further $250 billion worth of Azure cloud services as part of its restructuring with Microsoft, which now holds about 27% of the company, a stake worth roughly $135 billion."),
        D("oracle-openai-300bn-2025", ["OpenAI", "Oracle"], "cloud_contract", 300 * B, cur="USD", q="approx",
          date="2025-09", status="signed", note="restated ('signed in September'); $1.4 trillion is a cumulative total",
          ev="Add the roughly $300 billion Oracle contract signed in September and the chip agreements with Nvidia, AMD and Broadcom, and Sam Altman now talks of about $1.4 trillion in commitments over eight years."),
        D("nvidia-openai-2025", ["Nvidia", "OpenAI"], "investment", date=None, status="announced", req=False,
          kind_alt=["supply", "partnership"], note="amount-less mention among 'the chip agreements'",
          ev="Add the roughly $300 billion Oracle contract signed in September and the chip agreements with Nvidia, AMD and Broadcom, and Sam Altman now talks of about $1.4 trillion in commitments over eight years."),
        D("amd-openai-2025", ["AMD", "OpenAI"], "supply", date=None, status="signed", req=False,
          note="amount-less mention among 'the chip agreements'",
          ev="Add the roughly $300 billion Oracle contract signed in September and the chip agreements with Nvidia, AMD and Broadcom, and Sam Altman now talks of about $1.4 trillion in commitments over eight years."),
        D("broadcom-openai-2025", ["Broadcom", "OpenAI"], "supply", date=None, status="signed", req=False,
          note="amount-less mention among 'the chip agreements'",
          ev="Add the roughly $300 billion Oracle contract signed in September and the chip agreements with Nvidia, AMD and Broadcom, and Sam Altman now talks of about $1.4 trillion in commitments over eight years."),
        D("google-anthropic-tpu-2025", ["Google", "Anthropic"], "cloud_contract", date="2025-10", status="signed",
          req=False, kind_alt=["supply"], note="no amount ('tens of billions of dollars'); 'two weeks ago' -> 2025-10",
          ev="Rival Anthropic went the other way two weeks ago, lining up access to as many as a million Google TPUs in a deal worth tens of billions of dollars."),
    ],
    "not_deals": ["$254.00", "roughly $135 billion", "about $1.4 trillion", "above $20 billion",
                  "$1.89 per hour", "£5.99 monthly"],
}

A["017_anthropic_interview_quellgrund.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'Lesezeit: 4 Minuten'); relative dates ('gerade', 'Wenige Tage davor') cannot be resolved, so deal dates are null except the absolute 'Anfang 2025' and 'seit 2023'",
    "language": "de",
    "deals": [
        D("anthropic-microsoft-azure-2025", ["Anthropic", "Microsoft"], "cloud_contract", 30 * B, cur="USD",
          q="exact", date=None, status="signed",
          note="Azure = Microsoft (named in the same sentence); the '30-Milliarden-Dollar-Vertrag' later repeats it",
          ev="Anthropic hat sich verpflichtet, Azure-Rechenleistung für 30 Milliarden Dollar zu kaufen; im Gegenzug investieren Microsoft bis zu fünf und Nvidia bis zu zehn Milliarden Dollar in das Labor."),
        D("microsoft-anthropic-2025", ["Microsoft", "Anthropic"], "investment", 5 * B, cur="USD", q="up_to",
          date=None, status="signed", note="elliptic amount 'bis zu fünf [Milliarden Dollar]'",
          ev="Anthropic hat sich verpflichtet, Azure-Rechenleistung für 30 Milliarden Dollar zu kaufen; im Gegenzug investieren Microsoft bis zu fünf und Nvidia bis zu zehn Milliarden Dollar in das Labor."),
        D("nvidia-anthropic-2025", ["Nvidia", "Anthropic"], "investment", 10 * B, cur="USD", q="up_to",
          date=None, status="signed",
          ev="Anthropic hat sich verpflichtet, Azure-Rechenleistung für 30 Milliarden Dollar zu kaufen; im Gegenzug investieren Microsoft bis zu fünf und Nvidia bis zu zehn Milliarden Dollar in das Labor."),
        D("anthropic-fluidstack-2025", ["Anthropic", "Fluidstack"], "capex_plan", 50 * B, cur="USD", q="exact",
          date=None, status="announced", kind_alt=["project", "partnership"], note="'das Unternehmen' = Anthropic",
          ev="Wenige Tage davor hatte das Unternehmen angekündigt, zusammen mit Fluidstack für 50 Milliarden Dollar eigene Rechenzentren zu errichten, zunächst in Texas sowie im Staat New York."),
        D("google-anthropic-tpu-2025", ["Google", "Anthropic"], "cloud_contract", date=None, status="signed",
          req=False, kind_alt=["supply"], note="no amount ('mehreren zehn Milliarden Dollar')",
          ev="Bei Google hat sich Anthropic Zugang zu bis zu einer Million TPUs gesichert, ein Geschäft im Wert von mehreren zehn Milliarden Dollar."),
        D("google-anthropic-2025-01", ["Google", "Anthropic"], "investment", 1 * B, cur="USD", q="exact",
          date="2025-01", status="signed", note="'Anfang 2025' -> 2025-01; amount in words ('eine Milliarde')",
          ev="Google ist seit 2023 beteiligt und legte Anfang 2025 noch eine Milliarde Dollar nach."),
        D("google-anthropic-2023", ["Google", "Anthropic"], "investment", date="2023", status="signed", req=False,
          note="amount-less background ('seit 2023 beteiligt')",
          ev="Google ist seit 2023 beteiligt und legte Anfang 2025 noch eine Milliarde Dollar nach."),
    ],
    "not_deals": ["insgesamt acht Milliarden Dollar", "rund 350 Milliarden Dollar", "etwa sieben Milliarden Dollar",
                  "grob 35 bis 50 Milliarden Dollar", "mehr als eine Million Dollar im Jahr", "1.200 Euro",
                  "Einzelheft 9,80 Euro", "Jahresabo 89 Euro"],
}

A["018_xai_seriese_corrie_en.txt"] = {
    "published": "2026-01-08",
    "published_note": "from the issue line 'Issue 112 | January 8, 2026'; 'On Tuesday' -> 2026-01-06",
    "language": "en",
    "deals": [
        D("xai-seriese-2026", ["xAI", "Nvidia", "Cisco"], "investment", 20 * B, cur="USD", q="exact",
          date="2026-01-06", status="completed",
          note="strategic investors in the next sentence; $15bn target and ~$230bn valuation are not deals; same headline figure as the different October SPV financing",
          ev="On Tuesday xAI announced the close of its Series E at $20 billion, enlarged from a $15 billion goal."),
        D("xai-nvidia-spv-2025", ["xAI", "Nvidia"], "other", 20 * B, cur="USD", q="approx", date="2025-10",
          status="negotiating", kind_alt=["investment", "supply"],
          note="'October' -> 2025-10 (previous sentence); reported by people familiar; the $7.5bn equity / $12.5bn debt split are parts",
          ev="Back then, people familiar with the matter said xAI was assembling about $20 billion for a special-purpose vehicle that would buy Nvidia processors and lease them to xAI for the second Colossus cluster in Memphis, split into $7.5 billion of equity and $12.5 billion of debt."),
        D("nvidia-xai-2025", ["Nvidia", "xAI"], "investment", 2 * B, cur="USD", q="up_to", date="2025-10",
          status="negotiating", req=False,
          note="Nvidia's share of the SPV equity; a part of the SPV financing, optional",
          ev="Of the equity, as much as $2 billion was to come from Nvidia itself."),
        D("xai-raise-rumor-2025", ["xAI"], "investment", 10 * B, cur="USD", q="exact", date="2025-09",
          status="rumored", req=False, note="media report that Musk denied; optional",
          ev="In September, Musk waved away a CNBC story about a $10 billion raise at a $200 billion valuation, posting on X that xAI had no raise under way."),
        D("xai-morganstanley-2025", ["xAI", "Morgan Stanley"], "investment", 10 * B, cur="USD", q="exact",
          date="2025-07", status="completed", note="restated ('in July'); same amount as the denied rumour in the previous sentence",
          ev="By contrast, the $10 billion Morgan Stanley arranged in July, half debt and half equity, was real and closed."),
    ],
    "not_deals": ["$15 billion goal", "roughly $230 billion", "$7.5 billion of equity", "$12.5 billion of debt",
                  "$200 billion valuation", "roughly $1 billion a month", "close to $3 million",
                  "$2.4 million road package", "$38,000 per MW per month", "£9 a month"],
}

A["019_capex_2026_boersenfenster.txt"] = {
    "published": "2026-02-06",
    "published_note": "from 'Stand: 06.02.2026, 17:45 Uhr'; 'am Donnerstagabend' -> 2026-02-05, 'Einen Tag zuvor' -> 2026-02-04, 'vergangene Woche' -> 2026-01",
    "language": "de",
    "deals": [
        D("amazon-capex-2026", ["Amazon"], "capex_plan", 200 * B, cur="USD", q="approx", date="2026-02-05",
          status="planned",
          ev="Amazon kündigte am Donnerstagabend an, im laufenden Jahr rund 200 Milliarden Dollar zu investieren, deutlich mehr als Analysten erwartet hatten."),
        D("alphabet-capex-2026", ["Google"], "capex_plan", 175 * B, amax=185 * B, cur="USD", q="range",
          date="2026-02-04", status="planned", note="'Einen Tag zuvor' = the day before Thursday",
          ev="Einen Tag zuvor hatte Alphabet ein Investitionsbudget für 2026 von 175 bis 185 Milliarden Dollar genannt, nahezu eine Verdopplung gegenüber dem Vorjahr."),
        D("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, amax=135 * B, cur="USD", q="range", date="2026-01",
          status="planned", note="'vergangene Woche' (previous sentence) -> 2026-01; 'Der Facebook-Konzern' = Meta",
          ev="Der Facebook-Konzern plant für 2026 Investitionsausgaben, die irgendwo bei 115 bis 135 Milliarden Dollar liegen sollen."),
        D("meta-capex-2025-oct", ["Meta"], "capex_plan", 70 * B, amax=72 * B, cur="USD", q="range", date="2025-10",
          status="planned", req=False, note="earlier plan for 2025, mentioned for comparison",
          ev="Für 2025 hatte der Konzern im Oktober noch 70 bis 72 Milliarden Dollar veranschlagt."),
        D("oracle-bond-rumor-2026", ["Oracle"], "other", 25 * B, cur="USD", q="exact", date=None,
          status="rumored", req=False, kind_alt=["investment"], note="rumour in a related-link headline; invented; optional",
          ev="Oracle: Anleihen für 25 Milliarden Dollar? Was hinter den Gerüchten steckt"),
    ],
    "not_deals": ["210,32 Dollar", "mehr als 110 Milliarden Dollar", "240 Milliarden Dollar", "37,5 Milliarden Dollar",
                  "weit über 600 Milliarden Dollar", "mehr als 60 Milliarden Dollar pro Jahr", "187,40 Dollar",
                  "0 Euro Ausführungsgebühr"],
}

A["020_year_after_slatehouse_en.txt"] = {
    "published": "2026-11-12",
    "published_note": "from 'Posted 12 November 2026 by Morwenna Keast'; 'Twelve months ago this week' -> 2025-11; 'In late October' follows 'In September 2025' and means October 2025",
    "language": "en",
    "deals": [
        D("aws-openai-2025", ["OpenAI", "Amazon"], "cloud_contract", 38 * B, cur="USD", q="exact", date="2025-11",
          status="signed", note="'Twelve months ago this week' -> 2025-11",
          ev="Twelve months ago this week, OpenAI signed a $38 billion, seven-year deal for capacity at Amazon Web Services."),
        D("oracle-openai-300bn-2025", ["OpenAI", "Oracle"], "cloud_contract", 300 * B, cur="USD", q="approx",
          date="2025-09", status="signed", note="OpenAI named in the previous paragraph",
          ev="In September 2025 came the roughly $300 billion Oracle contract, starting in 2027."),
        D("microsoft-openai-azure-2025", ["OpenAI", "Microsoft"], "cloud_contract", 250 * B, cur="USD", q="exact",
          date="2025-10", status="signed", note="'In late October' read in the 2025 list -> 2025-10",
          ev="In late October, OpenAI promised Microsoft an incremental $250 billion of Azure spending as the two rewrote their partnership."),
        D("stargate-2025", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, cur="USD", q="exact",
          date="2025-01", status="announced", note="restated",
          ev="And all of it sat on top of Stargate, the $500 billion plan OpenAI, SoftBank, Oracle and MGX had unveiled at the White House in January 2025."),
        D("anthropic-microsoft-azure-2025", ["Anthropic", "Microsoft"], "cloud_contract", 30 * B, cur="USD",
          q="exact", date="2025-11", status="signed", note="Azure = Microsoft",
          ev="Anthropic was not far behind: in November 2025 it agreed to buy $30 billion of Azure capacity."),
        D("coreweave-core-scientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", 9 * B, cur="USD",
          q="exact", date=None, status="cancelled", note="no date given for the agreement",
          ev="CoreWeave's attempt to buy Core Scientific in a $9 billion all-stock deal collapsed when Core's shareholders voted it down, so it still rents most of its power from others."),
        D("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, amax=135 * B, cur="USD", q="range", date="2026",
          status="planned", note="'at the start of this year' -> 2026",
          ev="Meta had told investors at the start of this year to expect 2026 capex of $115 billion to $135 billion; the figures it has reported since suggest the upper half of that range."),
    ],
    "not_deals": ["well above $120 billion", "passed $30 billion", "£60", "£6 a month"],
}

ALIASES = {
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Anthropic": ["Anthropic"],
    "Google": ["Google", "Alphabet", "Google Cloud"],
    "Microsoft": ["Microsoft"],
    "CoreWeave": ["CoreWeave", "CoreWeaves"],
    "Blackstone": ["Blackstone"],
    "Magnetar": ["Magnetar"],
    "Coatue": ["Coatue"],
    "xAI": ["xAI"],
    "Valor Equity Partners": ["Valor Equity Partners", "Valor"],
    "Andreessen Horowitz": ["Andreessen Horowitz"],
    "Oracle": ["Oracle", "Oracles"],
    "Nvidia": ["Nvidia"],
    "AMD": ["AMD"],
    "Broadcom": ["Broadcom"],
    "OpenAI": ["OpenAI"],
    "Thrive Capital": ["Thrive Capital"],
    "SoftBank": ["SoftBank"],
    "MGX": ["MGX"],
    "Morgan Stanley": ["Morgan Stanley"],
    "Crusoe": ["Crusoe"],
    "Blue Owl Capital": ["Blue Owl Capital"],
    "Primary Digital Infrastructure": ["Primary Digital Infrastructure"],
    "Meta": ["Meta", "Meta Platforms"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "JPMorgan": ["JPMorgan"],
    "MUFG": ["MUFG"],
    "Core Scientific": ["Core Scientific"],
    "Cisco": ["Cisco"],
    "Fluidstack": ["Fluidstack"],
}


def main():
    for a in A.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d[k], float):
                    d[k] = int(round(d[k]))
            for x in d.get("alt_amounts", []):
                x["amount"] = int(round(x["amount"]))
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
