#!/usr/bin/env python3
"""The hand annotation of tests/corpus28 as code. Edit here, then run to rewrite gold.json.

Usage: python3 tests/corpus28/make_gold.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the twenty-eighth, held-out test corpus (tests/corpus28/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks vague or background mentions (and deals stated "
    "without any amount) that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <time datetime>, issue line or visible "
    "byline date, or null when the article has none); quarters, half-years and seasons become the year; a "
    "cancelled deal keeps the date of the original agreement or talks; 'term' is the period the deal covers, "
    "where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For "
    ".html articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Invented companies: Lauterbrunn Energietechnik GmbH, Orrefjord Compute AS, Calderwick Partners; invented "
    "publications, research houses, banks, advertisers and people are named in README.md; the deals of real "
    "companies loosely follow public reports with shifted amounts, dates and wording, and some are invented. "
    "Nothing here is reporting."
)

ALIASES = {
    "Lauterbrunn Energietechnik GmbH": ["Lauterbrunn Energietechnik GmbH", "Lauterbrunn Energietechnik", "Lauterbrunn"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure"],
    "Talen Energy": ["Talen Energy", "Talen", "Talen Energy Corp."],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services", "Amazon.com"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "General Catalyst": ["General Catalyst"],
    "Constellation Energy": ["Constellation Energy", "Constellation", "Constellation Energy Corp."],
    "Nebius Group": ["Nebius Group", "Nebius", "Nebius Group N.V."],
    "X-energy": ["X-energy", "X-Energy"],
    "Google": ["Google", "Alphabet"],
    "Kairos Power": ["Kairos Power", "Kairos"],
    "Dominion Energy": ["Dominion Energy", "Dominion"],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "NVIDIA"],
    "Accel": ["Accel"],
    "Orbis Investment Management": ["Orbis Investment Management", "Orbis"],
    "Nscale": ["Nscale", "Nscale Global Holdings"],
    "Sandton Capital Partners": ["Sandton Capital Partners", "Sandton Capital", "Sandton"],
    "Calpine": ["Calpine", "Calpine Corp."],
    "Fluidstack": ["Fluidstack", "FluidStack"],
    "Vereinigte Arabische Emirate": ["Vereinigte Arabische Emirate", "Vereinigten Arabischen Emiraten",
                                     "VAE", "UAE", "United Arab Emirates"],
    "Brookfield": ["Brookfield", "Brookfield Asset Management"],
    "Stargate": ["Stargate", "Stargate Project"],
    "Aker": ["Aker", "Aker ASA"],
    "OpenAI": ["OpenAI"],
    "Orrefjord Compute AS": ["Orrefjord Compute AS", "Orrefjord Compute", "Orrefjord"],
    "Calderwick Partners": ["Calderwick Partners", "Calderwick"],
    "Schwarz Gruppe": ["Schwarz Gruppe", "Schwarz-Gruppe", "Schwarz Digits"],
    "Tennessee Valley Authority": ["Tennessee Valley Authority", "TVA"],
    "ASML": ["ASML", "ASML Holding"],
    "Iren": ["Iren", "IREN", "Iris Energy"],
    "Dell": ["Dell", "Dell Technologies", "Dell Techn."],
    "Meta": ["Meta", "Meta Platforms"],
    "Ionic Digital": ["Ionic Digital"],
    "EcoDataCenter": ["EcoDataCenter"],
    "UiT The Arctic University of Norway": ["UiT The Arctic University of Norway", "UiT"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, evidence, **extra):
    """A deal stated without any amount: optional."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=False, **extra)


LB = "Lauterbrunn Energietechnik GmbH"
OR = "Orrefjord Compute AS"
CW = "Calderwick Partners"

ARTICLES = {}


def A(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


A("001_lauterbrunn_otterberg.txt", "2024-03-07",
  "from the date line 'Kaiserslautern · Donnerstag, 7. März 2024'; 'am Dienstag' -> 2024-03-05 (the press date; "
  "the contract was signed 'Ende Februar')", "de",
  [D("lauterbrunn-microsoft-2024", [LB, "Microsoft"], "supply", 60_000_000, "EUR", "approx", "2024-02", "signed",
     "Das Volumen liege bei rund 60 Millionen Euro, sagte Geschäftsführer Henning Zobeley am Dienstag bei einem Rundgang durch die Werkshallen.",
     note="parties in the previous sentence; signed 'Ende Februar' -> 2024-02; different from the €25m follow-on order of the same pair in 020"),
   D("microsoft-germany-capex", ["Microsoft"], "capex_plan", 3_200_000_000, "EUR", "exact", "2024-02", "announced",
     "Der Softwarekonzern aus Redmond hatte Mitte Februar in Berlin angekündigt, bis Ende 2025 insgesamt 3,2 Milliarden Euro in Deutschland auszugeben.",
     term=[None, "2025"], note="'Der Softwarekonzern aus Redmond' = Microsoft; 'Mitte Februar' -> 2024-02"),
   D("lauterbrunn-hall", [LB], "capex_plan", 9_000_000, "EUR", "approx", "2024-03", "planned",
     "Sie soll rund neun Millionen Euro kosten und Anfang 2025 in Betrieb gehen; das Land Rheinland-Pfalz hat einen Zuschuss von 1,4 Millionen Euro in Aussicht gestellt.",
     note="'Sie' = the second winding hall (previous sentence); amount in words; the state grant is not a deal (not_deals); 020 reports the hall as built"),
   ],
  ["74 Millionen Euro", "1,4 Millionen Euro", "2,1 Millionen Euro", "3.400 Euro", "249 Euro", "bis zu 300 Euro"])

A("002_talen_amazon_cumulus_en.txt", "2024-03-05",
  "from 'March 5, 2024 | 07:10 ET'; dateline 'March 4', 'on Monday' -> 2024-03-04", "en",
  [D("talen-amazon-cumulus", ["Talen Energy", "Amazon"], "acquisition", 650_000_000, "USD", "exact", "2024-03-04", "signed",
     "Talen Energy has agreed to hand its Cumulus data center campus, which sits beside its Susquehanna reactors in northeastern Pennsylvania, over to Amazon Web Services in return for $650 million, the power producer said on Monday.",
     kind_alt=["other"], note="campus sale; 010 restates it; different from the ~$18bn power contract of the same pair in 010"),
   N("talen-amazon-power-2024", ["Talen Energy", "Amazon"], "supply", "2024-03-04", "signed",
     "Alongside the sale, AWS will take electricity from Susquehanna under a long-term arrangement that grows in steps as the campus fills up, reaching as much as 960 megawatts.",
     note="power contract without a value ('Talen did not say what the power contract is worth'); optional"),
   ],
  ["$4.5 billion", "up to $300 million", "$83.40", "above $1 billion"])

A("003_mistral_runde_tensorbrief.txt", "2024-06-13",
  "from the issue line 'Ausgabe 23 | 13.06.2024' (a Thursday); 'am Dienstag' -> 2024-06-11", "de",
  [D("general-catalyst-mistral-2024", ["General Catalyst", "Mistral AI"], "investment", 600_000_000, "EUR", "exact", "2024-06-11", "completed",
     "Mistral AI hat eine Finanzierungsrunde über 600 Millionen Euro abgeschlossen, wie das Start-up am Dienstag bestätigte.",
     note="lead investor in the next sentence ('Angeführt wurde sie vom US-Wagniskapitalgeber General Catalyst'); repeated in 'ZAHLEN DER WOCHE'; part debt"),
   D("microsoft-mistral-2024", ["Microsoft", "Mistral AI"], "investment", 15_000_000, "EUR", "exact", "2024-02", "completed",
     "Zur Erinnerung: Erst im Februar hatte Microsoft 15 Millionen Euro in die Franzosen gesteckt, gekoppelt an eine Vertriebspartnerschaft für die Mistral-Modelle auf der Azure-Cloud.",
     kind_alt=["partnership"], note="'die Franzosen' = Mistral AI; 'im Februar' -> 2024-02; convertible stake"),
   ],
  ["rund 5,8 Milliarden Euro", "5,8 Mrd. €", "2,2 Mrd. €", "einen dreistelligen Millionenbetrag", "50 Millionen Euro",
   "390 Euro", "119 Euro"])

A("004_constellation_crane_en.html", "2024-09-20",
  "from <meta property='article:published_time'>, JSON-LD and <time datetime='2024-09-20'> 'September 20, 2024'; 'on Friday' -> 2024-09-20", "en",
  [N("microsoft-constellation-crane-ppa", ["Constellation Energy", "Microsoft"], "supply", "2024-09-20", "signed",
     "Constellation Energy will restart the undamaged Unit 1 reactor at Three Mile Island in Pennsylvania after signing a 20-year power purchase agreement with Microsoft, the utility said on Friday.",
     note="20-year PPA, price kept confidential; optional; 008 restates it"),
   D("constellation-crane-restart", ["Constellation Energy"], "capex_plan", 1_600_000_000, "USD", "approx", "2024-09-20", "announced",
     "Constellation put its own restart budget at about $1.6 billion; the money pays for turbine parts, a new main power transformer and cooling systems.",
     note="restart spending of the utility; 008 restates it"),
   ],
  ["more than $100 per megawatt-hour", "around $40", "$230.45", "roughly $72 billion", "$269.92 per megawatt-day",
   "$895", "$24 a month"])

A("005_nebius_europe_en.txt", "2024-10-09",
  "from the line 'Wednesday 9 October 2024'; 'on Tuesday' -> 2024-10-08", "en",
  [D("nebius-europe-capex", ["Nebius Group"], "capex_plan", 1_000_000_000, "USD", "at_least", "2024-10-08", "announced",
     "Nebius Group, the Amsterdam-based company that emerged from the break-up of Russian internet group Yandex, said on Tuesday that it will spend more than $1 billion on European AI infrastructure before mid-2025.",
     term=[None, "2025-06"], note="'more than' -> at_least; 007 restates it"),
   D("nebius-russia-sale", ["Nebius Group"], "acquisition", 5_400_000_000, "USD", "approx", "2024-07", "completed",
     "A group of Russian investors paid 475 billion roubles, about $5.4 billion, for the assets, in what was the largest corporate exit from Russia since the invasion of Ukraine.",
     kind_alt=["other"],
     note="sale of the Russian businesses by Nebius (then Yandex N.V.), closed 'in July' (previous sentence); buyers unnamed; "
          "the rouble figure has no code in the allowed currency set, so only the USD equivalent is annotated"),
   ],
  ["$2.5 billion", "$18.94", "$500 million to $1 billion", "more than $3 million", "upward of $50 billion", "€9 a month"])

A("006_kernkraft_tech_boersenlaterne.txt", "2024-10-17",
  "from the header '17.10.2024 – 08:32 Uhr'; 'am Mittwoch' -> 2024-10-16; 'Zwei Tage zuvor' -> 2024-10-14", "de",
  [D("amazon-xenergy", ["Amazon", "X-energy"], "investment", 500_000_000, "USD", "exact", "2024-10-16", "signed",
     "Beim US-Reaktorentwickler X-energy übernimmt Amazon die Führung einer Kapitalrunde von 500 Millionen Dollar, wie die Unternehmen am Mittwoch mitteilten.",
     alt_amounts=[{"amount": 460_000_000, "currency": "EUR"}],
     note="Amazon leads the round; EUR equivalent 'rund 460 Millionen Euro' two sentences later"),
   N("amazon-dominion-smr", ["Amazon", "Dominion Energy"], "partnership", "2024-10-16", "planned",
     "Zudem prüft Amazon mit Dominion Energy in Virginia ein SMR-Projekt; Zahlen wurden dazu nicht genannt.",
     kind_alt=["project"], note="no figure; optional"),
   N("google-kairos", ["Google", "Kairos Power"], "supply", "2024-10-14", "signed",
     "Zwei Tage zuvor hatte Google vorgelegt: Der Suchmaschinenkonzern will Strom aus mehreren kleinen Reaktoren des kalifornischen Start-ups Kairos Power kaufen, insgesamt 500 Megawatt bis 2035.",
     note="no price ('verrieten die Partner nicht'); optional; 012 refers back to it"),
   ],
  ["17,80 Dollar", "bis zu 300 Milliarden Dollar", "171,28 €", "152,40 €", "241,10 €", "mehr als 75 Milliarden Dollar"])

A("007_nebius_nscale_raises_en.txt", "2024-12-05",
  "from the issue line 'Thursday, December 5, 2024 — Issue 58'; 'on Monday' -> 2024-12-02", "en",
  [D("nebius-placement-2024", ["Nebius Group", "Accel", "Nvidia", "Orbis Investment Management"], "investment", 700_000_000, "USD", "exact", "2024-12-02", "completed",
     "Nebius Group sold $700 million of new shares to a group of investors led by Accel, Nvidia and Orbis Investment Management, the company said on Monday.",
     note="private placement; repeated in 'BY THE NUMBERS'; different from Nebius's ~$3bn raise of September 2025 (013)"),
   D("nebius-europe-capex", ["Nebius Group"], "capex_plan", 1_000_000_000, "USD", "at_least", "2024-10", "announced",
     "The cash comes on top of the more than $1 billion it had already earmarked in October for European data centers, and Nebius said it will now also build its first US cluster, in Kansas City.",
     note="restates 005; 'it' = Nebius"),
   D("sandton-nscale-seriesa", ["Sandton Capital Partners", "Nscale"], "investment", 155_000_000, "USD", "exact", "2024-12", "completed",
     "London-based Nscale, which runs GPU capacity from a hydro-powered site in Glomfjord, Norway, closed a $155 million Series A.",
     note="lead investor in the next sentence; repeated in 'BY THE NUMBERS'; different from the $1.1bn Series B (014)"),
   ],
  ["$21 apiece", "$21 — price per Nebius share", "$193.05", "$3.5bn", "$48,000", "$15 a month"])

A("008_constellation_calpine_en.txt", "2025-01-10",
  "from 'January 10, 2025 | 18:45 ET'; dateline 'Jan 10', 'on Friday' -> 2025-01-10", "en",
  [D("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 16_400_000_000, "USD", "exact", "2025-01-10", "signed",
     "Constellation Energy agreed on Friday to acquire privately held Calpine in a cash-and-stock transaction worth $16.4 billion, creating the largest U.S. power producer as technology companies scramble for electricity to run artificial intelligence.",
     alt_amounts=[{"amount": 26_600_000_000, "currency": "USD"}],
     note="enterprise value $26.6bn including debt in the next sentence (alt_amounts); the cash and debt components are parts of it (not_deals)"),
   N("microsoft-constellation-crane-ppa", ["Constellation Energy", "Microsoft"], "supply", "2024-09", "signed",
     "In September it signed a 20-year agreement to sell the output of the restarted Three Mile Island Unit 1 to Microsoft, and it is spending around $1.6 billion to bring that reactor back online.",
     note="restates 004; 'it' = Constellation"),
   D("constellation-crane-restart", ["Constellation Energy"], "capex_plan", 1_600_000_000, "USD", "approx", "2024-09", "announced",
     "In September it signed a 20-year agreement to sell the output of the restarted Three Mile Island Unit 1 to Microsoft, and it is spending around $1.6 billion to bring that reactor back online.",
     note="restates 004 ('around $1.6 billion')"),
   ],
  ["$12.7 billion", "$4.5 billion in cash", "$320.10", "above $100 billion", "about $10 billion"])

A("009_fluidstack_frankreich.txt", "2025-02-11",
  "from the line 'Unternehmen & Märkte | Dienstag, 11. Februar 2025'; 'am Montag' -> 2025-02-10", "de",
  [D("fluidstack-france", ["Fluidstack"], "capex_plan", 10_000_000_000, "EUR", "exact", "2025-02-10", "announced",
     "Die Kosten bezifferte das Unternehmen am Montag auf zehn Milliarden Euro, in Betrieb gehen soll der erste Abschnitt 2026.",
     kind_alt=["project"], note="amount in words; 'das Unternehmen' = Fluidstack (previous sentence)"),
   D("uae-france-campus", ["Vereinigte Arabische Emirate"], "investment", 30_000_000_000, "EUR", "range", "2025-02", "announced",
     "Aus Abu Dhabi sollen für einen KI-Campus in Frankreich zwischen 30 und 50 Milliarden Euro kommen, zugesagt von den Vereinigten Arabischen Emiraten; der kanadische Vermögensverwalter Brookfield kündigte 20 Milliarden Euro bis 2030 an, vor allem für Rechenzentren.",
     amount_max=50_000_000_000, kind_alt=["capex_plan", "project"], note="range; two plans in one sentence"),
   D("brookfield-france", ["Brookfield"], "capex_plan", 20_000_000_000, "EUR", "exact", "2025-02", "announced",
     "Aus Abu Dhabi sollen für einen KI-Campus in Frankreich zwischen 30 und 50 Milliarden Euro kommen, zugesagt von den Vereinigten Arabischen Emiraten; der kanadische Vermögensverwalter Brookfield kündigte 20 Milliarden Euro bis 2030 an, vor allem für Rechenzentren.",
     term=[None, "2030"], kind_alt=["investment"]),
   N("mistral-paris-dc", ["Mistral AI"], "capex_plan", "2025-02", "planned",
     "Auch Mistral AI, Frankreichs Vorzeige-Labor, will einen eigenen Rechenzentrumsstandort im Großraum Paris errichten – die Investition soll sich auf „mehrere Milliarden“ belaufen.",
     note="only a vague amount ('mehrere Milliarden'); optional"),
   D("stargate-us", ["Stargate"], "joint_venture", 500_000_000_000, "USD", "up_to", "2025-01", "announced",
     "Zum Vergleich: Die US-Initiative Stargate soll bis zu 500 Milliarden Dollar umfassen.",
     required=False, note="background comparison; optional"),
   ],
  ["109 Milliarden Euro", "rund 110 Euro je Megawattstunde", "1 Euro", "12,99 Euro"])

A("010_talen_amazon_ppa_kursecke.html", "2025-06-12",
  "from <meta name='date'>, JSON-LD datePublished and the line '12.06.2025, 08:15 Uhr'; 'am Mittwoch' -> 2025-06-11; 'am Montag' -> 2025-06-09", "de",
  [D("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18_000_000_000, "USD", "approx", "2025-06-11", "signed",
     "Das Volumen beziffert Talen auf rund 18 Milliarden Dollar, umgerechnet etwa 15,7 Milliarden Euro.",
     alt_amounts=[{"amount": 15_700_000_000, "currency": "EUR"}], term=[None, "2042"],
     note="parties in the first sentence; headline compound '18-Milliarden-Dollar-Stromvertrag'; different from the 2024 campus sale"),
   D("talen-amazon-cumulus", ["Talen Energy", "Amazon"], "acquisition", 650_000_000, "USD", "exact", "2024-03", "completed",
     "Die Zusammenarbeit begann im März 2024: Damals kaufte Amazon Talen den Rechenzentrumscampus Cumulus neben dem Kraftwerk für 650 Millionen Dollar ab.",
     kind_alt=["other"], note="restates 002"),
   D("amazon-pennsylvania-capex", ["Amazon"], "capex_plan", 20_000_000_000, "USD", "at_least", "2025-06-09", "announced",
     "Erst am Montag hatte der Konzern zudem angekündigt, in Pennsylvania bis 2034 mindestens 20 Milliarden Dollar für neue Rechenzentren auszugeben.",
     term=[None, "2034"], note="'der Konzern' = Amazon"),
   ],
  ["2,99 Euro", "228,90 Dollar", "265 Dollar", "631 Millionen Dollar", "190 Dollar", "70 Dollar je Pfund", "bis zu 150 Euro"])

A("011_stargate_norway_orrefjord_en.txt", "2025-08-01",
  "from the line 'Trade news for the Nordic data-centre industry · 1 August 2025' (a Friday); 'on Thursday' -> 2025-07-31; 'on Wednesday' -> 2025-07-30", "en",
  [D("aker-nscale-narvik-jv", ["Aker", "Nscale"], "joint_venture", 1_000_000_000, "USD", "approx", "2025-07-31", "announced",
     "The two partners will own the project 50/50 through a joint venture, and the first phase alone will cost around $1 billion, Aker said on Thursday.",
     kind_alt=["capex_plan", "project"], note="'The two partners' = Aker and Nscale (previous sentence); cost of the first phase"),
   N("openai-narvik-offtake", ["OpenAI", "Aker", "Nscale"], "cloud_contract", "2025-07-31", "announced",
     "OpenAI will be an offtaker; no financial terms of its part were disclosed.",
     note="no terms; optional; different from Microsoft's $6.2bn Narvik contract (014)"),
   D("calderwick-orrefjord-seed", [CW, OR], "investment", 180_000_000, "NOK", "exact", "2025-07-30", "completed",
     "Orrefjord Compute AS, set up in Bodø in 2023 by a pair of former Equinor engineers, has raised NOK 180 million in seed funding.",
     note="lead investor in the next sentence ('led by Calderwick Partners'); 'told Northern Compute on Wednesday'; 018 restates it; "
          "different from the NOK 400m credit line and the refused NOK 1.5bn offer (018)"),
   ],
  ["below 20 øre per kilowatt-hour", "NOK 45 million", "NOK 3.2 billion", "NOK 1,490 a year"])

A("012_souveraene_cloud_tensorbrief.txt", "2025-08-21",
  "from the issue line 'Ausgabe 33 | Donnerstag, 21. August 2025'; no weekday for the deals", "de",
  [D("schwarz-luebbenau", ["Schwarz Gruppe"], "capex_plan", 11_000_000_000, "EUR", "exact", "2025-08", "announced",
     "Der Handelskonzern hinter Lidl und Kaufland, die Schwarz-Gruppe, will in Lübbenau im Spreewald ein Rechenzentrum für elf Milliarden Euro errichten.",
     kind_alt=["project"], note="amount in words; repeated as '11 Mrd. €' in 'ZAHLEN DER WOCHE'; 020 restates it"),
   D("mistral-series-c", ["Mistral AI"], "investment", 1_000_000_000, "USD", "approx", "2025", "rumored",
     "Nach Berichten mehrerer Medien verhandelt Mistral AI über eine neue Finanzierungsrunde von etwa einer Milliarde Dollar.",
     alt_amounts=[{"amount": 1_700_000_000, "currency": "EUR"}],
     note="rumour in words; 013 reports the round closed at €1.7bn on 2025-09-09 (alt_amounts); the year keeps the shared id's dates consistent; the valuation is not a deal"),
   N("google-tva-kairos", ["Google", "Tennessee Valley Authority", "Kairos Power"], "supply", "2025-08", "signed",
     "Google, der Versorger Tennessee Valley Authority und das Start-up Kairos Power haben sich auf einen ersten Liefervertrag geeinigt: Ein 50-Megawatt-Reaktor in Oak Ridge soll ab 2030 Strom ins Netz einspeisen, der Googles Rechenzentren in Tennessee und Alabama zugutekommt.",
     note="no prices; optional; different from the 500 MW Google–Kairos agreement of October 2024"),
   N("google-kairos", ["Google", "Kairos Power"], "supply", "2024-10", "signed",
     "Der Reaktor ist Teil der 500 Megawatt, die Google im vergangenen Oktober bei Kairos bestellt hatte.",
     note="restates 006; 'im vergangenen Oktober' -> 2024-10"),
   ],
  ["180 Millionen Euro", "180 Mio. €", "rund zehn Milliarden Dollar", "1,3 Bio. $", "49 Euro", "119 Euro"])

A("013_nebius_microsoft_mistral.txt", "2025-09-11",
  "from the line 'Donnerstag, 11. September 2025 · Unternehmen · Seite 14'; 'am Montag' -> 2025-09-08; 'Am Mittwochabend' -> 2025-09-10; 'am Dienstag' -> 2025-09-09", "de",
  [D("nebius-microsoft", ["Nebius Group", "Microsoft"], "cloud_contract", 17_400_000_000, "USD", "exact", "2025-09-08", "signed",
     "Der Vertrag hat ein Volumen von 17,4 Milliarden Dollar, mit Zusatzleistungen sind sogar bis zu 19,4 Milliarden Dollar möglich.",
     alt_amounts=[{"amount": 19_400_000_000, "currency": "USD"}], term=["2025", "2030"],
     note="base value with an option up to $19.4bn (alt_amounts); parties and 'am Montag' in the previous sentences; 014 and 017 restate it"),
   D("nebius-raise-2025-09", ["Nebius Group"], "investment", 3_000_000_000, "USD", "approx", "2025-09-10", "announced",
     "Das nutzte das Unternehmen prompt: Am Mittwochabend kündigte es eine Kapitalerhöhung und Wandelanleihen an, zusammen rund drei Milliarden Dollar.",
     kind_alt=["other"], note="share sale plus convertible notes, no investors named; 'das Unternehmen'/'es' = Nebius; amount in words"),
   D("mistral-series-c", ["Mistral AI"], "investment", 1_700_000_000, "EUR", "exact", "2025-09-09", "completed",
     "Das Pariser Labor sammelt 1,7 Milliarden Euro ein, deutlich mehr als zunächst berichtet.",
     note="round total; 'Das Pariser Labor' = Mistral AI; the rumour of 012; the valuation €11.7bn is not a deal"),
   D("asml-mistral", ["ASML", "Mistral AI"], "investment", 1_300_000_000, "EUR", "exact", "2025-09-09", "completed",
     "Größter Geldgeber ist der niederländische Chipmaschinenbauer ASML, der allein 1,3 Milliarden Euro beisteuert und dafür rund elf Prozent der Anteile sowie einen Sitz im strategischen Ausschuss erhält.",
     note="ASML's share of the round (a separate figure from the €1.7bn total); 019 restates it"),
   ],
  ["gut 22 Milliarden Dollar", "105 Millionen Dollar", "11,7 Milliarden Euro", "684,20 Euro", "mehr als 120 Milliarden Dollar"])

A("014_nscale_series_b_note_en.txt", "2025-09-26",
  "from the line 'Sector note — 26 September 2025' (a Friday); 'on Thursday' -> 2025-09-25; 'Eight days earlier' -> 2025-09-17", "en",
  [D("aker-nscale-seriesb", ["Aker", "Nscale"], "investment", 1_100_000_000, "USD", "exact", "2025-09-25", "completed",
     "Nscale, the London GPU cloud, said on Thursday it had closed a $1.1 billion Series B, the largest round for a European AI-infrastructure start-up to date.",
     alt_amounts=[{"amount": 820_000_000, "currency": "GBP"}],
     note="lead investor in the next sentence ('led by Aker ASA'); 015 gives £820m (alt_amounts); the reported ~$3bn valuation is not a deal"),
   D("microsoft-nscale-narvik", ["Microsoft", "Nscale", "Aker"], "cloud_contract", 6_200_000_000, "USD", "approx", "2025-09-17", "signed",
     "We understand the contract runs for five years and is worth about $6.2 billion to the joint venture, which makes it the anchor tenant alongside OpenAI.",
     term=["2025", "2030"], note="value as the analysts understand it; Microsoft, Narvik, Nscale and Aker and 'Eight days earlier' in the previous sentence; different from the GB300 contract (015)"),
   D("nebius-microsoft", ["Nebius Group", "Microsoft"], "cloud_contract", 17_400_000_000, "USD", "exact", "2025-09-08", "signed",
     "The Microsoft contract follows the larger agreement Nebius signed with the same customer on 8 September ($17.4 billion over five years, $19.4 billion with options).",
     note="restates 013; 'the same customer' = Microsoft"),
   ],
  ["around $3 billion", "$4.5 billion to $5.5 billion"])

A("015_nscale_microsoft_gb300_en.html", "2025-10-16",
  "from <meta property='article:published_time'>, JSON-LD and the byline 'Thursday 16 October 2025'; 'on Wednesday' -> 2025-10-15", "en",
  [D("microsoft-nscale-gb300", ["Microsoft", "Nscale"], "cloud_contract", 24_000_000_000, "USD", "up_to", "2025-10-15", "signed",
     "Nscale did not put a number on the agreement, but two people familiar with the contract put its possible value over the full term at up to $24 billion.",
     note="value only from sources; parties and 'on Wednesday' in the previous sentence; different from the Narvik contract (014)"),
   N("nscale-ionic-lease", ["Nscale", "Ionic Digital"], "cloud_contract", "2025-10", "signed",
     "About 104,000 of the GPUs are destined for a campus in Texas that Nscale is leasing from the US developer Ionic Digital.",
     kind_alt=["other"], note="lease without a figure; optional"),
   D("aker-nscale-seriesb", ["Aker", "Nscale"], "investment", 820_000_000, "GBP", "exact", "2025-09", "completed",
     "Last month it closed a £820 million ($1.1 billion) Series B led by the Norwegian group Aker, and at the start of October it added $433 million through a so-called Safe, a convertible instrument that turns into shares at the next round.",
     note="restates 014 in GBP; 'Last month' -> 2025-09; 'it' = Nscale"),
   D("nscale-safe", ["Nscale"], "investment", 433_000_000, "USD", "exact", "2025-10", "completed",
     "Last month it closed a £820 million ($1.1 billion) Series B led by the Norwegian group Aker, and at the start of October it added $433 million through a so-called Safe, a convertible instrument that turns into shares at the next round.",
     note="convertible (SAFE) raise, investors not named; two deals in one sentence"),
   ],
  ["about £250,000", "£3.4bn", "£2,100 a month", "£39 a month", "£6.99 a month"])

A("016_iren_microsoft_aktienblick.txt", "2025-11-04",
  "from the header '04.11.2025, 07:48 Uhr'; 'am Montag' -> 2025-11-03", "de",
  [D("iren-microsoft", ["Iren", "Microsoft"], "cloud_contract", 9_700_000_000, "USD", "exact", "2025-11-03", "signed",
     "Microsoft mietet bei dem australischen Unternehmen für fünf Jahre Rechenkapazität mit Nvidia-GB300-Chips, der Auftragswert liegt bei 9,7 Milliarden Dollar.",
     term=["2025", "2030"], note="'dem australischen Unternehmen' = Iren; 'am Montag' in the next sentence; headline in words ('Neun-Komma-sieben-Milliarden-Auftrag'); 017 restates it"),
   D("iren-dell", ["Iren", "Dell"], "supply", 5_800_000_000, "USD", "approx", "2025-11-03", "signed",
     "Für die Geräte und die zugehörige Ausrüstung zahlt das Unternehmen rund 5,8 Milliarden Dollar.",
     note="'das Unternehmen' = Iren, the seller Dell in the previous sentence"),
   ],
  ["56,80 Euro", "rund 19 Milliarden Dollar", "501 Millionen Dollar", "gut einer Milliarde Dollar", "3,4 Milliarden Dollar",
   "56,80 €", "449,10 €", "131,55 €", "75 Dollar", "25 Euro"])

A("017_nebius_meta_en.txt", "2025-11-12",
  "from 'November 12, 2025 | 05:15 GMT'; dateline 'Nov 11', 'on Tuesday' -> 2025-11-11; Iren 'last week' -> 2025-11-03", "en",
  [D("nebius-meta", ["Nebius Group", "Meta"], "cloud_contract", 3_000_000_000, "USD", "approx", "2025-11-11", "signed",
     "Nebius Group will supply Meta Platforms with AI computing capacity for five years under a contract worth about $3 billion, the company said on Tuesday as it reported quarterly results.",
     term=["2025", "2030"]),
   D("nebius-microsoft", ["Nebius Group", "Microsoft"], "cloud_contract", 17_400_000_000, "USD", "exact", "2025-09", "signed",
     "The Meta contract is the second large hyperscaler deal for Nebius in two months, after a Microsoft agreement in September worth $17.4 billion that can rise to $19.4 billion.",
     note="restates 013"),
   D("iren-microsoft", ["Iren", "Microsoft"], "cloud_contract", 9_700_000_000, "USD", "exact", "2025-11-03", "signed",
     "Australia's Iren last week agreed to provide Microsoft with Nvidia-based capacity for $9.7 billion over five years, and CoreWeave's backlog has passed $55 billion.",
     note="restates 016; CoreWeave's backlog in the same sentence is not a deal"),
   ],
  ["$146.1 million", "$43.3 million", "about $155 million", "$100.4 million", "$0.9bn-$1.1bn", "$55 billion", "$98.50"])

A("018_orrefjord_interview_en.txt", None,
  "no date anywhere in the article (only 'Reading time: 6 minutes'); all deal dates null", "en",
  [D("calderwick-orrefjord-offer", [CW, OR], "acquisition", 1_500_000_000, "NOK", "exact", None, "cancelled",
     "Vassbotn: Calderwick offered to take over the whole company for 1.5 billion kroner, in cash.",
     note="offer rejected by the board ('The board rejected it within a week'); 'the whole company' = Orrefjord"),
   D("calderwick-orrefjord-seed", [CW, OR], "investment", 180_000_000, "NOK", "exact", None, "completed",
     "Calderwick led our seed round of 180 million kroner, and they have since arranged a 400 million kroner credit line for us, secured on the GPUs themselves.",
     note="restates 011; 'our'/'us' = Orrefjord"),
   D("calderwick-orrefjord-credit", [CW, OR], "investment", 400_000_000, "NOK", "exact", None, "signed",
     "Calderwick led our seed round of 180 million kroner, and they have since arranged a 400 million kroner credit line for us, secured on the GPUs themselves.",
     kind_alt=["other"], note="loan; second deal of the pair in the same sentence; third is the refused offer"),
   N("uit-orrefjord", ["UiT The Arctic University of Norway", OR], "partnership", None, "signed",
     "We also have a research partnership with UiT The Arctic University of Norway; no money changes hands there, they get compute, we get students.",
     note="no money; optional"),
   ],
  ["about 2 million kroner a month", "around 35 øre per kilowatt-hour", "850,000 kroner a year", "NOK 89"])

A("019_mistral_schweden.txt", "2026-02-12",
  "from the dateline 'Stockholm, 12. Februar 2026 | Technologie'; 'am Mittwoch' -> 2026-02-11", "de",
  [D("mistral-ecodatacenter-sweden", ["Mistral AI", "EcoDataCenter"], "project", 1_200_000_000, "EUR", "approx", "2026-02-11", "announced",
     "Das französische KI-Labor will gemeinsam mit dem schwedischen Betreiber EcoDataCenter in Borlänge ein Rechenzentrum errichten und dafür rund 1,2 Milliarden Euro investieren.",
     kind_alt=["capex_plan", "joint_venture", "partnership"],
     note="'Das französische KI-Labor' = Mistral AI; 'am Mittwoch' in the next sentence"),
   D("mistral-series-c", ["Mistral AI"], "investment", 1_700_000_000, "EUR", "exact", "2025-09", "completed",
     "Im September hatte Mistral 1,7 Milliarden Euro eingesammelt, davon kamen 1,3 Milliarden Euro vom niederländischen Chipausrüster ASML.",
     note="restates 013; 'Im September' -> 2025-09"),
   D("asml-mistral", ["ASML", "Mistral AI"], "investment", 1_300_000_000, "EUR", "exact", "2025-09", "completed",
     "Im September hatte Mistral 1,7 Milliarden Euro eingesammelt, davon kamen 1,3 Milliarden Euro vom niederländischen Chipausrüster ASML.",
     note="restates 013"),
   ],
  ["11,7 Milliarden Euro", "über 300 Millionen Euro", "4,5 Cent je Kilowattstunde", "1,1 Milliarden Euro", "149 Euro"])

A("020_lauterbrunn_folgeauftrag.txt", "2026-11-13",
  "from the line 'Wirtschaft in der Region · Freitag, 13. November 2026'; 'am Mittwoch' -> 2026-11-11", "de",
  [D("lauterbrunn-microsoft-2026", [LB, "Microsoft"], "supply", 25_000_000, "EUR", "exact", "2026-11-11", "signed",
     "Den Wert des Anschlussauftrags bezifferte das Otterberger Unternehmen am Mittwoch auf 25 Millionen Euro.",
     note="parties in the previous sentences; 'das Otterberger Unternehmen' = Lauterbrunn; different from the ~€60m order of 2024"),
   D("lauterbrunn-microsoft-2024", [LB, "Microsoft"], "supply", 60_000_000, "EUR", "approx", "2024", "signed",
     "Der erste Vertrag aus dem Frühjahr 2024 über rund 60 Millionen Euro ist inzwischen weitgehend abgearbeitet.",
     note="restates 001; 'Frühjahr 2024' -> the year"),
   D("lauterbrunn-hall", [LB], "capex_plan", 9_000_000, "EUR", "approx", "2024", "completed",
     "Ohne ihn gäbe es die zweite Wickelhalle nicht, die im Januar 2025 eröffnet wurde und rund neun Millionen Euro gekostet hat.",
     note="restates 001 (now built, opened January 2025); the plan dates from 2024"),
   D("schwarz-luebbenau", ["Schwarz Gruppe"], "capex_plan", 11_000_000_000, "EUR", "exact", None, "announced",
     "Für das Elf-Milliarden-Euro-Projekt der Schwarz-Gruppe in Lübbenau ging Lauterbrunn nach Angaben aus Branchenkreisen leer aus; den Zuschlag für die Transformatoren erhielt ein Wettbewerber aus Bayern.",
     kind_alt=["project"], note="restates 012 as a compound ('Elf-Milliarden-Euro-Projekt'); no date given here"),
   D("lauterbrunn-workshop", [LB], "capex_plan", 2_500_000, "EUR", "approx", "2026-11", "planned",
     "Stattdessen will die Firma 2027 eine Ausbildungswerkstatt für rund 2,5 Millionen Euro bauen.",
     note="'die Firma' = Lauterbrunn; small own investment plan"),
   ],
  ["131 Millionen Euro", "3,8 Millionen Euro", "5,2 Millionen Euro"])


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles")


if __name__ == "__main__":
    main()
