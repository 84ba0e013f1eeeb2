#!/usr/bin/env python3
"""Write gold.json for corpus121 (the annotation as a script: edit here, then run it).

Usage: python3 tests/corpus121/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 121st, held-out test corpus (tests/corpus121/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. Theme: money of European AI start-ups (no defence) - funding rounds, strategic stakes, "
    "enterprise contracts, compute and cloud contracts, takeovers, 2024-2026. One entry per article; a deal that "
    "several articles report carries the same id in each. 'required': false marks vague or background mentions that "
    "an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting "
    "one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact "
    "| approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <meta>/<time>, issue "
    "line, stock-portal stamp or copyright line, or null when the article has none); quarters, half-years, seasons "
    "and 'Anfang'/'Ende' of a year become the year; a cancelled deal keeps the date of the offer or talks; 'term' is "
    "the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains "
    "a judgement call. Capital raises list the lead investor(s) and the start-up. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Lindenthaler "
    "Versicherung, Taunusquarz Compute, Tessellate Speech, Quarrendon Ventures, Kieselgrund AI, Calverley Bank, "
    "Alsterlinde Versicherung, Fjaellvik Sparbank, Pruefstand AI, Rigiblick Versicherungen, Vogelsberger Kreditbank, "
    "Halcyon Racks; invented publications, research houses, advertisers and people are listed in invented_names.txt; "
    "the deals of real companies are partly real, partly invented or shifted. Nothing here is reporting."
).replace("Fjaellvik", "Fjällvik").replace("Pruefstand", "Prüfstand")

ALIASES = {
    "DeepL": ["DeepL"],
    "Index Ventures": ["Index Ventures"],
    "Lindenthaler Versicherung": ["Lindenthaler Versicherung", "Lindenthaler"],
    "Andreessen Horowitz": ["Andreessen Horowitz", "a16z"],
    "Black Forest Labs": ["Black Forest Labs", "BFL"],
    "Taunusquarz Compute": ["Taunusquarz Compute", "Taunusquarz"],
    "Tessellate Speech": ["Tessellate Speech", "Tessellate"],
    "Quarrendon Ventures": ["Quarrendon Ventures", "Quarrendon"],
    "Poolside": ["Poolside"],
    "Bain Capital Ventures": ["Bain Capital Ventures"],
    "SAP": ["SAP", "SAP SE"],
    "Kieselgrund AI": ["Kieselgrund AI", "Kieselgrund"],
    "Synthesia": ["Synthesia"],
    "New Enterprise Associates": ["New Enterprise Associates", "NEA"],
    "Calverley Bank": ["Calverley Bank", "Calverley"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom", "Telekom Deutschland"],
    "ElevenLabs": ["ElevenLabs"],
    "ICONIQ Growth": ["ICONIQ Growth", "ICONIQ"],
    "n8n": ["n8n"],
    "Highland Europe": ["Highland Europe"],
    "Parloa": ["Parloa"],
    "Durable Capital Partners": ["Durable Capital Partners", "Durable Capital"],
    "Alsterlinde Versicherung": ["Alsterlinde Versicherung", "Alsterlinde"],
    "Lovable": ["Lovable"],
    "Accel": ["Accel"],
    "Fjällvik Sparbank": ["Fjällvik Sparbank", "Fjällvik"],
    "Meta": ["Meta", "Meta Platforms"],
    "Midjourney": ["Midjourney"],
    "ASML": ["ASML", "ASML Holding"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "CMA CGM": ["CMA CGM"],
    "Nvidia": ["Nvidia", "NVIDIA"],
    "CoreWeave": ["CoreWeave"],
    "Schwarz Gruppe": ["Schwarz Gruppe", "Schwarz-Gruppe", "Schwarz Digits", "STACKIT"],
    "Aleph Alpha": ["Aleph Alpha"],
    "Bosch": ["Bosch", "Robert Bosch"],
    "Salesforce Ventures": ["Salesforce Ventures"],
    "Siemens": ["Siemens", "Siemens AG"],
    "Prüfstand AI": ["Prüfstand AI", "Prüfstand"],
    "General Catalyst": ["General Catalyst"],
    "Rigiblick Versicherungen": ["Rigiblick Versicherungen", "Rigiblick"],
    "GV": ["GV", "Google Ventures"],
    "CapitalG": ["CapitalG"],
    "Menlo Ventures": ["Menlo Ventures"],
    "EcoDataCenter": ["EcoDataCenter"],
    "Sequoia Capital": ["Sequoia Capital", "Sequoia"],
    "Vogelsberger Kreditbank": ["Vogelsberger Kreditbank"],
    "Halcyon Racks": ["Halcyon Racks"],
}

LICENCE_ALT = ["cloud_contract", "other"]


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if term:
        d["term"] = term
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


ARTICLES = {}


def A(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


# 001 ---------------------------------------------------------------------------------------
A("001_deepl_index_severinsbote.txt", "2024-05-23",
  "dateline without year 'Köln, 23. Mai (sb)'; the year from the copyright line '© 2024 Severinsbote "
  "Verlagsgesellschaft mbH'; 'am Mittwoch' -> 2024-05-22", "de",
  [D("deepl-index-2024", ["Index Ventures", "DeepL"], "investment", 300_000_000, "USD", "exact",
     "2024-05-22", "completed",
     "Der Übersetzungsdienst DeepL hat 300 Millionen US-Dollar von Investoren erhalten, umgerechnet rund 277 Millionen Euro.",
     alt=[(277_000_000, "EUR")],
     note="lead investor and 'am Mittwoch' in the next sentence ('Federführend war der Londoner Fonds Index Ventures'); "
          "the two-billion valuation is not a deal"),
   D("lindenthaler-deepl-licence", ["Lindenthaler Versicherung", "DeepL"], "supply", 4_000_000, "EUR", "approx",
     "2024-05", "signed",
     "Der Vertrag läuft drei Jahre; sein Volumen beziffern beide Seiten auf knapp vier Millionen Euro.",
     kind_alt=LICENCE_ALT,
     note="enterprise licence; parties in the two previous sentences ('Die Lindenthaler Versicherung ... stattet "
          "alle 14.000 Beschäftigten mit der Übersetzungssoftware aus'); 'knapp' = approx; 'Kurz vor der "
          "Bekanntgabe' -> month of the round")],
  ["rund zwei Milliarden Dollar wert", "mit zwei Milliarden Dollar bewertet", "mehr als 150 Millionen Euro",
   "2,4 Millionen Euro", "95.000 Euro", "8,99 Euro im Monat", "59,90 Euro", "24,90 Euro im Monat"])

# 002 ---------------------------------------------------------------------------------------
A("002_flux_seed_latentledger_en.txt", "2024-08-02",
  "issue line 'Issue 19 · Friday 2 August 2024'; 'on Thursday' -> 2024-08-01, 'on Tuesday' -> 2024-07-30", "en",
  [D("a16z-bfl-seed", ["Andreessen Horowitz", "Black Forest Labs"], "investment", 31_000_000, "USD", "exact",
     "2024-08-01", "completed",
     "Black Forest Labs came out of stealth on Thursday with $31 million in seed funding.",
     note="lead investor in the next sentence ('Andreessen Horowitz led the round')"),
   D("taunusquarz-bfl-compute", ["Taunusquarz Compute", "Black Forest Labs"], "cloud_contract", 40_000_000, "EUR",
     "approx", "2024", "rumored",
     "Whispers: the Freiburg team is said to be haggling over a training contract with Taunusquarz Compute, a GPU cloud based in the Taunus hills north of Frankfurt, worth around €40 million a year.",
     per="year", alt=[(38_000_000, "EUR")],
     note="rumour; 'the Freiburg team' = Black Forest Labs (previous paragraphs); signed in December 2024 at "
          "€38m a year (006, 019: alt_amounts); the year keeps the shared id's dates consistent"),
   D("quarrendon-tessellate-seriesa", ["Quarrendon Ventures", "Tessellate Speech"], "investment", 18_000_000, "GBP",
     "exact", "2024-07-30", "completed",
     "London's Tessellate Speech raised £18m, or about $23m, in a Series A on Tuesday.",
     alt=[(23_000_000, "USD")],
     note="lead investor in the next sentence ('Quarrendon Ventures led')")],
  ["$0.05 per image", "£2.7m", "$2.10", "$2.85", "$6bn", "$3.4bn", "more than $1bn", "£390"])

# 003 ---------------------------------------------------------------------------------------
A("003_poolside_bain_rechenschieber.html", "2024-10-02",
  "<meta property=article:published_time> and visible <time> '02.10.2024 · 11:05 Uhr'; 'am Dienstag' -> 2024-10-01", "de",
  [D("bain-poolside-2024", ["Bain Capital Ventures", "Poolside"], "investment", 500_000_000, "USD", "exact",
     "2024-10-01", "completed",
     "Poolside, ein Entwickler von Programmierassistenten mit Hauptsitz in Paris, hat sich in einer neuen Finanzierungsrunde 500 Millionen Dollar gesichert, rund 450 Millionen Euro.",
     alt=[(450_000_000, "EUR")],
     note="lead investor and 'am Dienstag' in the next sentence; valuation of three billion dollars is not a deal"),
   D("sap-kieselgrund-licence", ["SAP", "Kieselgrund AI"], "supply", 20_000_000, "EUR", "at_least",
     "2024-10-01", "announced",
     "Der Walldorfer Konzern lizenziert die Dokumenten-KI des Stuttgarter Start-ups für seine Business Technology Platform; der Vertrag hat ein Volumen von mehr als 20 Millionen Euro und läuft vier Jahre.",
     kind_alt=LICENCE_ALT,
     note="'Der Walldorfer Konzern' = SAP, 'des Stuttgarter Start-ups' = Kieselgrund AI (previous sentence, "
          "'Ebenfalls am Dienstag'); first SAP-Kieselgrund deal, restated without amount in 020 next to the 2026 takeover")],
  ["drei Milliarden Dollar", "sieben Millionen Euro", "207,40 Euro", "649 Euro", "5,2 Milliarden Dollar",
   "7,99 Euro monatlich"])

# 004 ---------------------------------------------------------------------------------------
A("004_synthesia_nea_farringdon_en.txt", "2025-01-16",
  "dateline 'LONDON, Thursday 16 January 2025'; 'said on Wednesday' -> 2025-01-15; 'signed in December' -> 2024-12", "en",
  [D("nea-synthesia-seriesd", ["New Enterprise Associates", "Synthesia"], "investment", 180_000_000, "USD", "exact",
     "2025-01-15", "completed",
     "Synthesia, the London company whose software turns a typed script into a video presented by a lifelike digital avatar, has raised $180 million in a Series D financing, with New Enterprise Associates as lead investor.",
     alt=[(147_000_000, "GBP")],
     note="'said on Wednesday' and 'roughly £147 million' in the next sentence"),
   D("calverley-synthesia-2024", ["Calverley Bank", "Synthesia"], "supply", 6_500_000, "GBP", "exact",
     "2024-12", "signed",
     "Under an agreement signed in December, the lender will pay Synthesia £6.5m over three years to produce training material for its 5,800 staff and short explainer videos for customers applying for mortgages.",
     kind_alt=LICENCE_ALT,
     note="'the lender' = Calverley Bank (previous sentence); first Calverley-Synthesia deal, the second (£9m a "
          "year from 2026) is in 014")],
  ["$2.1 billion", "$60 million", "£100m", "£65,000", "$29 a month", "£6.99 a week"])

# 005 ---------------------------------------------------------------------------------------
A("005_telekom_elevenlabs_boersenkarussell.txt", "2025-01-31",
  "stock-portal stamp '31.01.2025 | 08:12 Uhr'; 'am Donnerstag' -> 2025-01-30; 'vergangene Woche' -> 2025-01", "de",
  [D("telekom-elevenlabs-hotline", ["Deutsche Telekom", "ElevenLabs"], "supply", 25_000_000, "EUR", "approx",
     "2025-01-30", "signed",
     "Für die Nutzung zahlt der Bonner Konzern rund 25 Millionen Euro über eine Laufzeit von drei Jahren, wie beide Seiten am Donnerstag mitteilten.",
     kind_alt=LICENCE_ALT,
     note="'der Bonner Konzern' = Deutsche Telekom (via 'Die Telekom-Tochter Telekom Deutschland'); ElevenLabs in "
          "the previous sentences"),
   D("a16z-iconiq-elevenlabs-seriesc", ["Andreessen Horowitz", "ICONIQ Growth", "ElevenLabs"], "investment",
     180_000_000, "USD", "exact", "2025-01", "completed",
     "Erst vergangene Woche hatte das Unternehmen 180 Millionen Dollar eingesammelt; die Führung teilten sich Andreessen Horowitz und ICONIQ Growth.",
     note="'das Unternehmen' = ElevenLabs; two lead investors")],
  ["3,3 Milliarden Dollar", "36 Euro", "31,85 Euro", "115,6 Milliarden Euro", "0,90 Euro je Aktie", "31,66 EUR",
   "21,22 – 32,30 EUR", "157,9 Mrd. EUR", "0 Euro Ordergebühr", "25 Euro im Monat"])

# 006 ---------------------------------------------------------------------------------------
A("006_n8n_taunusquarz_tensorweek_en.txt", "2025-03-21",
  "newsletter date line 'Week 12 · Friday 21 March 2025'; 'on Monday' -> 2025-03-17; 'in December' -> 2024-12", "en",
  [D("highland-n8n-seriesb", ["Highland Europe", "n8n"], "investment", 60_000_000, "USD", "exact",
     "2025-03-17", "completed",
     "Berlin's n8n, the workflow-automation tool that has quietly become plumbing for a great many AI agents, closed a $60 million Series B on Monday.",
     note="lead investor in the next sentence ('Highland Europe led the round'); ~$270m valuation is not a deal"),
   D("taunusquarz-bfl-compute", ["Taunusquarz Compute", "Black Forest Labs"], "cloud_contract", 38_000_000, "EUR",
     "exact", "2024-12", "signed",
     "The Freiburg image-model lab pays €38 million a year for reserved H100 clusters, the filing says, under a contract running to the end of 2027.",
     per="year", term=[None, "2027"],
     note="signing of the rumour in 002; parties and 'signed ... in December' in the previous sentence ('the Taunus "
          "GPU cloud signed a capacity contract with Black Forest Labs in December')")],
  ["$270 million", "€61 million", "€17 million", "€1.95", "€12.4bn", "€200bn", "€20bn", "€249", "€12 per month",
   "€120"])

# 007 ---------------------------------------------------------------------------------------
A("007_parloa_durable_modellbrief.txt", "2025-05-22",
  "issue line 'Ausgabe 21/2025 · Donnerstag, 22. Mai 2025'; 'am Dienstag' -> 2025-05-20", "de",
  [D("durable-parloa-seriesc", ["Durable Capital Partners", "Parloa"], "investment", 120_000_000, "USD", "exact",
     "2025-05-20", "completed",
     "Das Berliner Start-up Parloa, das KI-Agenten für Kundenhotlines entwickelt, hat am Dienstag eine Serie-C-Runde über 120 Millionen Dollar (rund 107 Millionen Euro) abgeschlossen.",
     alt=[(107_000_000, "EUR")],
     note="lead investor in the next sentence ('Lead-Investor ist Durable Capital Partners')"),
   D("alsterlinde-parloa-hotline", ["Alsterlinde Versicherung", "Parloa"], "supply", 18_000_000, "EUR", "up_to",
     "2025", "negotiating",
     "Im Gespräch ist ein Volumen von bis zu 18 Millionen Euro über drei Jahre, sagen zwei Beteiligte, die die Gespräche aus der Nähe verfolgen.",
     kind_alt=LICENCE_ALT,
     note="talks from sources; parties in the previous sentence; signed on 2025-11-20 at €18m (013); the year keeps "
          "the shared id's dates consistent")],
  ["rund einer Milliarde Dollar", "7,1 Milliarden Euro", "68.000 Euro im Jahr", "bis zu 120.000 Euro", "0,06 Euro",
   "0,80 Euro", "79 Euro", "390 Euro", "1.490 Euro"])

# 008 ---------------------------------------------------------------------------------------
A("008_lovable_accel_saltsjo_en.txt", "2025-07-18",
  "header 'Tech & Start-ups | Friday 18 July 2025 | Updated 09:10'; 'on Thursday' -> 2025-07-17; 'in March. Three "
  "months later' -> 2025-06", "en",
  [D("accel-lovable-seriesa", ["Accel", "Lovable"], "investment", 200_000_000, "USD", "exact",
     "2025-07-17", "completed",
     "STOCKHOLM — Lovable, the Stockholm start-up whose software builds working web applications from plain-language instructions, has raised $200 million in its Series A, with Accel leading, the company said on Thursday.",
     alt=[(1_940_000_000, "SEK")],
     note="SEK conversion in the next sentence; valuation $1.8bn and Accel's fund are not deals"),
   D("fjallvik-lovable-licence", ["Fjällvik Sparbank", "Lovable"], "supply", 1_500_000, "SEK", "exact",
     "2025-06", "signed",
     "The bank will pay SEK 1.5 million a month for the licences, its chief digital officer Linnea Brorsson told the Review.",
     per="month", kind_alt=LICENCE_ALT,
     note="monthly rate of a two-year contract; 'The bank' = Fjällvik Sparbank; signed 'Three months later' after a "
          "March pilot -> June 2025")],
  ["$75 million", "$1.8 billion", "$650 million", "$25 a month", "SEK 85,000 a month", "SEK 55,000 a month",
   "SEK 850 million", "SEK 149 a month"])

# 009 ---------------------------------------------------------------------------------------
A("009_meta_bfl_menlomirror_en.html", "2025-09-05",
  "<meta name=parsely-pub-date> and byline 'Sep 5, 2025 · 6:20 a.m.'; 'signed late last month' -> 2025-08", "en",
  [D("meta-bfl-licence", ["Meta", "Black Forest Labs"], "supply", 140_000_000, "USD", "exact",
     "2025-08", "signed",
     "Meta Platforms has agreed to pay Black Forest Labs $140 million over two years to license the German start-up's image-generation models, two insiders familiar with its wording told The Menlo Mirror.",
     alt=[(120_000_000, "EUR")], kind_alt=["partnership", "other"],
     note="model licence from sources; '€120 million' and 'signed late last month' in the next sentence"),
   D("meta-midjourney-licence", ["Meta", "Midjourney"], "partnership", None, None, None,
     "2025-08", "announced",
     "The agreement follows Meta's partnership with Midjourney, announced in August, under which the Menlo Park company licenses the San Francisco lab's image and video technology.",
     required=False, kind_alt=["supply", "other"],
     note="background, terms not disclosed")],
  ["a band from $66 billion up to $72 billion", "more than $100 million", "close to $90 million", "$4.2 million",
   "$4,350 a month", "$1 for the first month", "$14 a month"])

# 010 ---------------------------------------------------------------------------------------
A("010_asml_mistral_ostkap.txt", "2025-09-10",
  "wire stamp '10.09.2025 – 07:45'; 'am Dienstag' -> 2025-09-09; 'im April' -> 2025-04", "de",
  [D("asml-mistral-investment", ["ASML", "Mistral AI"], "investment", 1_300_000_000, "EUR", "exact",
     "2025-09-09", "signed",
     "Der niederländische Lithografie-Spezialist ASML steckt 1,3 Milliarden Euro in den Pariser Modellentwickler Mistral AI.",
     alt=[(1_500_000_000, "USD")],
     note="'am Dienstag' in the next sentence; 012 gives 'about $1.5 billion' (alt_amounts), 018 restates it; "
          "different from ASML's 2026 software contract with Mistral (018)"),
   D("mistral-seriesc-total", ["Mistral AI"], "investment", 1_700_000_000, "EUR", "exact",
     "2025-09-09", "completed",
     "Insgesamt nimmt Mistral in der Finanzierungsrunde 1,7 Milliarden Euro auf; mit von der Partie sind außer ASML auch Nvidia, die französische Staatsbank Bpifrance und mehrere Wagniskapitalgeber aus früheren Runden.",
     required=False,
     note="round total including ASML's €1.3bn; optional"),
   D("cmacgm-mistral-contract", ["CMA CGM", "Mistral AI"], "supply", 100_000_000, "EUR", "approx",
     "2025-04", "signed",
     "Bereits im April hatte die französische Reederei CMA CGM einen Fünfjahresvertrag mit Mistral geschlossen, der nach Angaben aus Unternehmenskreisen rund 100 Millionen Euro wert ist.",
     kind_alt=["cloud_contract", "partnership", "other"],
     note="value from company circles, in a relative clause")],
  ["11,7 Milliarden Euro", "713,60 Euro", "32,5 Milliarden Euro", "gut 300 Millionen Euro", "54 Milliarden Euro"])

# 011 ---------------------------------------------------------------------------------------
A("011_poolside_nvidia_inferencing_en.txt", "2025-10-16",
  "header 'Oct 16, 2025 · 6:30 a.m. PT · Issue 412'; 'On Wednesday' -> 2025-10-15", "en",
  [D("nvidia-poolside-investment", ["Nvidia", "Poolside"], "investment", 1_000_000_000, "USD", "up_to",
     "2025", "rumored",
     "Nvidia is in talks to invest as much as $1 billion in Poolside, the Paris-headquartered start-up that trains AI models for writing software, three insiders told Inferencing Daily; none would go on record.",
     alt=[(860_000_000, "EUR")],
     note="talks from sources; signed on 2025-11-19 (013, with EUR conversion); the year keeps the shared id's dates consistent"),
   D("poolside-round-2025", ["Poolside"], "investment", 2_000_000_000, "USD", "approx",
     "2025-10", "rumored",
     "The investment would be part of a round of about $2 billion that would value Poolside at roughly $12 billion, four times its price a year ago.",
     required=False,
     note="rumoured round total without named lead; optional; the $12bn valuation is a not_deal"),
   D("coreweave-poolside-cluster", ["CoreWeave", "Poolside"], "cloud_contract", 1_200_000_000, "USD", "range",
     "2025-10-15", "signed",
     "Analysts at Morrow Lane Securities estimate the contract at between $1.2 billion and $1.5 billion over its life, based on current rental prices for the newest Nvidia systems.",
     amount_max=1_500_000_000,
     note="value only from analysts; parties and 'On Wednesday, CoreWeave said it had agreed to provide the company' "
          "in the previous sentences ('the company' = Poolside)"),
   D("poolside-horizon-campus", ["Poolside"], "capex_plan", None, None, None,
     "2025-10", "planned",
     "Project Horizon, on a ranch in West Texas, is meant to grow to two gigawatts of capacity powered largely by natural gas on site.",
     required=False, kind_alt=["project"],
     note="own campus without a figure; optional")],
  ["roughly $12 billion", "price target of $180", "$136.20", "$30.1 billion", "between $5.15 billion and $5.35 billion",
   "$180.03", "$52 an hour", "$40 an hour", "$1.85 per chip-hour", "$18 a month"])

# 012 ---------------------------------------------------------------------------------------
A("012_european_ai_autumn_captablenotes_en.txt", "2025-10-29",
  "blog byline 'Posted 29 October 2025'; 'in September' -> 2025-09; 'Earlier this month' -> 2025-10", "en",
  [D("asml-mistral-investment", ["ASML", "Mistral AI"], "investment", 1_500_000_000, "USD", "approx",
     "2025-09", "signed",
     "When ASML put about $1.5 billion into Mistral AI in September, most commentary treated it as industrial policy in disguise: a Dutch champion propping up a French one.",
     note="same deal as 010 (€1.3bn), here in USD and with the month only"),
   D("accel-n8n-seriesc", ["Accel", "n8n"], "investment", 180_000_000, "USD", "exact",
     "2025-10", "completed",
     "Earlier this month the Berlin automation company took in $180 million of Series C money, with Accel as lead and Nvidia's venture arm among the other investors, at a valuation of $2.5 billion.",
     note="'the Berlin automation company' = n8n (previous sentence 'Then there is n8n.'); second n8n round of the "
          "corpus (Series B with Highland Europe in 006)")],
  ["€30 billion a year", "roughly $14 billion", "$2.5 billion", "well under $300 million", "about €12 billion",
   "more than $100 billion", "around €900", "€8 a month"])

# 013 ---------------------------------------------------------------------------------------
A("013_ki_liveticker_hafenkante.txt", "2025-11-20",
  "ticker date line 'Donnerstag, 20. November 2025'; 'am Mittwoch' -> 2025-11-19, 'heute' -> 2025-11-20, "
  "'am Dienstag' -> 2025-11-18", "de",
  [D("nvidia-poolside-investment", ["Nvidia", "Poolside"], "investment", 1_000_000_000, "USD", "up_to",
     "2025-11-19", "signed",
     "Jetzt ist es offiziell: Nvidia beteiligt sich mit bis zu einer Milliarde Dollar (rund 860 Millionen Euro) an Poolside.",
     alt=[(860_000_000, "EUR")],
     note="signing of the talks in 011; 'Unterschrieben wurde bereits am Mittwoch' in the next sentence"),
   D("alsterlinde-parloa-hotline", ["Alsterlinde Versicherung", "Parloa"], "supply", 18_000_000, "EUR", "exact",
     "2025-11-20", "signed",
     "Die Alsterlinde Versicherung und Parloa haben ihren Vertrag heute besiegelt: 18 Millionen Euro für drei Jahre, wie ein Sprecher des Versicherers bestätigte.",
     kind_alt=LICENCE_ALT,
     note="signing of the talks in 007"),
   D("schwarz-alephalpha-stackit", ["Aleph Alpha", "Schwarz Gruppe"], "cloud_contract", 40_000_000, "EUR", "approx",
     "2025-11-18", "signed",
     "Das Heidelberger Unternehmen zahlt dafür rund 40 Millionen Euro über vier Jahre; unterzeichnet wurde der Vertrag bereits am Dienstag, mitgeteilt wurde er erst heute.",
     note="'Das Heidelberger Unternehmen' = Aleph Alpha, 'dafür' = hosting in the STACKIT cloud of Schwarz Digits "
          "(previous sentences); first Schwarz-Aleph Alpha deal of 2025, the takeover talks of 2026 are in 017")],
  ["57 Milliarden Dollar", "rund 65 Milliarden Dollar", "158,40 Euro", "210.000 Dollar im Jahr",
   "20 Milliarden Euro", "50.000 Euro", "1,6 Milliarden Euro"])

# 014 ---------------------------------------------------------------------------------------
A("014_european_close_boursebulletin_en.txt", "2025-12-11",
  "header 'Thursday, 11 December 2025 · Close of trading'; 'on Wednesday evening' -> 2025-12-10; 'on Monday' -> "
  "2025-12-08; Calverley's announcement is the day of the report", "en",
  [D("sap-mistral-sovereign", ["SAP", "Mistral AI"], "supply", 150_000_000, "EUR", "approx",
     "2025-12-10", "signed",
     "Analysts at Brannock Equity estimate that SAP will pay the Paris model maker about €150 million over the term, mostly as usage-based licence fees.",
     kind_alt=["cloud_contract", "partnership", "other"],
     note="value only from analysts; 'the Paris model maker' = Mistral AI; the five-year pact and 'on Wednesday "
          "evening' in the previous sentences"),
   D("calverley-synthesia-2025", ["Calverley Bank", "Synthesia"], "supply", 9_000_000, "GBP", "exact",
     "2025-12-11", "signed",
     "From January, the Leeds lender will pay the video-avatar company £9 million a year for three years, extending the use of AI-presented videos from staff training to every customer letter about mortgages and savings.",
     per="year", term=["2026-01", "2028"], kind_alt=LICENCE_ALT,
     note="second Calverley-Synthesia deal ('a second, larger contract', previous sentence); different from the "
          "£6.5m contract of December 2024 (004)"),
   D("salesforce-bfl-seriesb", ["Salesforce Ventures", "Black Forest Labs"], "investment", 300_000_000, "USD",
     "exact", "2025-12-08", "completed",
     "Outside the listed world, Black Forest Labs completed a $300 million Series B on Monday, with Salesforce Ventures in the lead, valuing the Freiburg image-model developer at $3.25 billion.")],
  ["€212.30", "€265", "€250", "€768.50", "€6.3 billion", "412p", "£40", "£2,000", "$3.25 billion", "$1.1695",
   "$61.90 a barrel", "$4,220 an ounce", "£10,000"])

# 015 ---------------------------------------------------------------------------------------
A("015_siemens_pruefstand_pegnitzpost.html", "2026-05-19",
  "<meta name=date>, JSON-LD and visible 'Di., 19.05.26 · 10:20 Uhr'; 'am Montag' -> 2026-05-18; 'Im Januar 2024 "
  "... drei Monate später' -> 2024-04", "de",
  [D("siemens-pruefstand-acquisition", ["Siemens", "Prüfstand AI"], "acquisition", 420_000_000, "EUR", "approx",
     "2026-05-18", "signed",
     "Der Münchner Technologiekonzern Siemens übernimmt Prüfstand AI für knapp 420 Millionen Euro, wie beide Seiten am Montag bekanntgaben.",
     note="'knapp' = approx; approval pending"),
   D("siemens-pruefstand-licence", ["Siemens", "Prüfstand AI"], "supply", 3_000_000, "EUR", "approx",
     "2024-04", "signed",
     "Dafür zahlt der Konzern nach Angaben aus Unternehmenskreisen jährlich rund drei Millionen Euro.",
     per="year", kind_alt=LICENCE_ALT,
     note="yearly licence; 'der Konzern' = Siemens, 'Dafür' = the licence signed 'drei Monate später' after the "
          "January 2024 test (previous sentence); different from the 2026 takeover of the same pair")],
  ["18 Millionen Euro Umsatz", "219 Euro im Monat", "4,2 Millionen Euro", "231,15 Euro", "9,90 Euro pro Monat"])

# 016 ---------------------------------------------------------------------------------------
A("016_parloa_generalcatalyst_ardentwire_en.txt", "2026-01-14",
  "wire header 'January 14, 2026 06:10 GMT', dateline 'BERLIN, Jan 13'; 'on Tuesday' -> 2026-01-13; 'a week after' "
  "-> 2026-01", "en",
  [D("generalcatalyst-parloa-seriesd", ["General Catalyst", "Parloa"], "investment", 350_000_000, "USD", "exact",
     "2026-01-13", "completed",
     "BERLIN, Jan 13 (Ardent Wire) - Parloa, a Berlin start-up that sells AI voice agents to the call centres of insurers, airlines and retailers, has raised $350 million in a Series D round headed by General Catalyst, the company said on Tuesday, tripling its valuation to $3 billion in eight months.",
     alt=[(300_000_000, "EUR")],
     note="017 gives 'rund 300 Millionen Euro' with the month only (alt_amounts); the $3bn valuation is not a deal"),
   D("rigiblick-parloa-hotline", ["Rigiblick Versicherungen", "Parloa"], "supply", 12_000_000, "CHF", "exact",
     "2026-01-13", "signed",
     "Parloa also said that Rigiblick Versicherungen, a Lucerne-based insurer with about 900,000 customers, had signed a four-year contract worth 12 million Swiss francs to move its claims and policy hotlines to Parloa's voice agents, starting in German and French and adding Italian later in the year.",
     kind_alt=LICENCE_ALT,
     note="announced with the round on Tuesday; signing day not given"),
   D("gv-synthesia-seriese", ["GV", "Synthesia"], "investment", 200_000_000, "USD", "exact",
     "2026-01", "completed",
     "The round comes a week after Synthesia, the London maker of AI video avatars, raised $200 million in a round led by GV, Alphabet's venture arm, valuing the company at $4 billion.",
     note="'a week after' the Parloa round -> early January 2026, month precision")],
  ["$3 billion", "just over $50 million", "$4 billion", "1.6 billion euros", "110,000 euros a year"])

# 017 ---------------------------------------------------------------------------------------
A("017_ki_woche_fleetkieker.txt", "2026-01-30",
  "issue line 'Freitag, 30. Januar 2026 · Nr. 5'; 'Mitte Januar' -> 2026-01; 'Im Dezember' -> 2025-12; "
  "'Ende 2023' -> 2023", "de",
  [D("schwarz-alephalpha-takeover", ["Schwarz Gruppe", "Aleph Alpha"], "acquisition", 500_000_000, "EUR", "range",
     "2026-01", "negotiating",
     "Im Raum steht ein Kaufpreis zwischen 500 und 600 Millionen Euro, berichten zwei Personen aus dem Umfeld der Gespräche; eine Einigung könnte bis zum Frühjahr stehen.",
     amount_max=600_000_000, kind_alt=["investment"],
     note="talks from insiders; parties in the previous sentence ('Die Schwarz-Gruppe ... verhandelt Insidern zufolge "
          "über eine Übernahme von Aleph Alpha'); different from the 2025 STACKIT contract (013) and the 2023 round"),
   D("alephalpha-2023-round", ["Aleph Alpha", "Schwarz Gruppe", "Bosch", "SAP"], "investment", 500_000_000, "USD",
     "at_least", "2023", "completed",
     "Ende 2023 hatten die Heidelberger in einer Finanzierungsrunde mehr als 500 Millionen Dollar von einer Investorengruppe eingesammelt, zu der neben Bosch und SAP auch die Schwarz-Gruppe gehörte.",
     required=False,
     note="background; 'die Heidelberger' = Aleph Alpha; optional"),
   D("generalcatalyst-parloa-seriesd", ["General Catalyst", "Parloa"], "investment", 300_000_000, "EUR", "approx",
     "2026-01", "completed",
     "Mitte Januar sammelte Parloa rund 300 Millionen Euro ein; die Führung hatte der US-Investor General Catalyst.",
     note="same round as 016 ($350m), here in EUR and with the month only"),
   D("capitalg-lovable-seriesb", ["CapitalG", "Menlo Ventures", "Lovable"], "investment", 330_000_000, "USD", "exact",
     "2025-12", "completed",
     "Im Dezember hatte Lovable 330 Millionen Dollar eingesammelt, angeführt von CapitalG, dem Wachstumsfonds der Google-Mutter Alphabet, und von Menlo Ventures.",
     note="two leads; second Lovable round of the corpus (Series A with Accel in 008)")],
  ["rund 2,6 Milliarden Euro wert", "6,6 Milliarden Dollar", "240 Millionen Euro", "100.000 bis 130.000 Euro im Jahr",
   "49 Euro im Monat", "3,20 Euro", "149 Euro", "9,90 Euro im Monat"])

# 018 ---------------------------------------------------------------------------------------
A("018_mistral_schweden_handelskurier.txt", "2026-02-12",
  "date line 'Donnerstag, 12. Februar 2026 · Unternehmen · Seite 15'; 'am Mittwoch' -> 2026-02-11; 'Ende Januar' "
  "-> 2026-01; 'Im September'/'Seit September' -> 2025-09; 'Anfang Februar' -> 2026-02", "de",
  [D("mistral-ecodatacenter-borlange", ["Mistral AI", "EcoDataCenter"], "project", 1_200_000_000, "EUR", "exact",
     "2026-02-11", "signed",
     "Mistral AI und der schwedische Rechenzentrumsbetreiber EcoDataCenter haben am Mittwoch ein 1,2-Milliarden-Euro-Projekt in Borlänge vereinbart.",
     kind_alt=["cloud_contract", "capex_plan"],
     note="compound amount; the sum covers building, equipment and chips (next sentences)"),
   D("asml-mistral-engineering", ["ASML", "Mistral AI"], "supply", 90_000_000, "EUR", "approx",
     "2026-01", "signed",
     "ASML hat Ende Januar einen Fünfjahresvertrag über rund 90 Millionen Euro unterzeichnet.",
     kind_alt=LICENCE_ALT,
     note="Mistral in the previous sentence ('Auch mit seinem größten Anteilseigner rückt Mistral enger zusammen'); "
          "second ASML-Mistral deal, different from the €1.3bn stake"),
   D("asml-mistral-investment", ["ASML", "Mistral AI"], "investment", 1_300_000_000, "EUR", "exact",
     "2025-09", "signed",
     "Seit September ist ASML, das damals 1,3 Milliarden Euro in die Franzosen investierte, ihr größter Einzelaktionär.",
     note="restatement of 010; 'die Franzosen' = Mistral AI"),
   D("sequoia-elevenlabs-seriesd", ["Sequoia Capital", "ElevenLabs"], "investment", 500_000_000, "USD", "exact",
     "2026-02", "completed",
     "Sprach-KI: Der Londoner Anbieter ElevenLabs hat Anfang Februar 500 Millionen Dollar eingesammelt.",
     note="lead investor in the next sentence ('Die Runde führte Sequoia Capital an'); second ElevenLabs round of the corpus")],
  ["rund vier Cent je Kilowattstunde", "11,7 Milliarden Euro wert", "mehr als 400 Millionen Euro",
   "6 Milliarden Kronen", "elf Milliarden Dollar", "13,2 Milliarden Euro", "1.012 Euro", "bis zu 5 Milliarden Euro",
   "3,40 Euro"])

# 019 ---------------------------------------------------------------------------------------
A("019_taunusquarz_interview_kuehlpfad.txt", None,
  "interview without any date (only 'Lesedauer: 7 Minuten'); 'im Frühjahr' has no year, so all dates are null", "de",
  [D("taunusquarz-bfl-compute", ["Taunusquarz Compute", "Black Forest Labs"], "cloud_contract", 38_000_000, "EUR",
     "exact", None, "signed",
     "Black Forest Labs zahlt uns 38 Millionen Euro im Jahr für reservierte Cluster.",
     per="year", term=[None, "2027"],
     note="'uns' = Taunusquarz Compute (the interviewee's company); 'Unser Vertrag läuft bis Ende 2027' two answers later"),
   D("vogelsberger-taunusquarz-loan", ["Vogelsberger Kreditbank", "Taunusquarz Compute"], "other", 120_000_000,
     "EUR", "exact", None, "completed",
     "Die Vogelsberger Kreditbank hat uns im Frühjahr einen Kredit über 120 Millionen Euro gegeben, besichert mit den Chips selbst.",
     kind_alt=["investment"],
     note="GPU-backed loan; 'uns' = Taunusquarz Compute"),
   D("halcyon-taunusquarz-offer", ["Halcyon Racks", "Taunusquarz Compute"], "acquisition", 650_000_000, "EUR",
     "approx", None, "cancelled",
     "Halcyon Racks aus Texas wollte uns für rund 650 Millionen Euro komplett übernehmen.",
     note="refused offer ('Unsere Gesellschafter haben einstimmig Nein gesagt', next sentence)"),
   D("taunusquarz-usingen-capex", ["Taunusquarz Compute"], "capex_plan", 200_000_000, "EUR", "exact",
     None, "planned",
     "Bis Ende 2028 wollen wir zweihundert Millionen Euro in eine zweite Halle in Usingen stecken, mit Flüssigkühlung für die nächste Chipgeneration.",
     term=[None, "2028"],
     note="amount in words; 'wir' = Taunusquarz Compute; 'Ende 2028' is the end of the plan, not its date")],
  ["25.000 Euro", "2,40 Euro pro Stunde", "19 Cent pro Kilowattstunde", "72.000 Euro im Jahr", "14,50 Euro",
   "78 Euro"])

# 020 ---------------------------------------------------------------------------------------
A("020_sap_kieselgrund_tickerpoint_en.txt", "2026-10-07",
  "stock-portal stamp 'Oct 7, 2026 · 07:41 CET'; 'after the close on Tuesday' -> 2026-10-06; 'a weekend report' -> "
  "2026-10", "en",
  [D("sap-kieselgrund-acquisition", ["SAP", "Kieselgrund AI"], "acquisition", 610_000_000, "EUR", "approx",
     "2026-10-06", "signed",
     "SAP has agreed to buy Kieselgrund AI, the Stuttgart start-up that reads invoices, delivery notes and customs papers for SAP's accounting software, for about €610 million ($710 million) in cash, the Walldorf group said after the close on Tuesday.",
     alt=[(710_000_000, "USD")],
     note="second SAP-Kieselgrund deal; the 2024 licence (003) is restated in the next paragraph"),
   D("sap-kieselgrund-licence", ["SAP", "Kieselgrund AI"], "supply", None, None, None,
     "2024", "signed",
     "SAP has licensed Kieselgrund's document engine for its Business Technology Platform since 2024, and the start-up's software already processes more than 40 million documents a month for SAP customers.",
     required=False, kind_alt=LICENCE_ALT,
     note="background restatement of the 2024 licence (003) without amount; optional"),
   D("sap-tessellate-denied", ["SAP", "Tessellate Speech"], "acquisition", 400_000_000, "GBP", "approx",
     "2026-10", "cancelled",
     "SAP also used the call to push back against a weekend report in a British newspaper that it had offered about £400 million for Tessellate Speech, the London call-centre transcription company.",
     required=False,
     note="denied rumour (both sides deny); optional")],
  ["about €38 million", "€290", "about €5.6 billion", "up to €5 billion", "€19.4 billion",
   "between €21.6 billion and €21.9 billion", "€241.85", "€204.10 – €283.50", "about €282 billion", "€241.60",
   "€1 per order"])


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
