#!/usr/bin/env python3
"""Write gold.json for tests/corpus152 (the hand annotation, kept as a script).

Usage: python3 tests/corpus152/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 152nd, held-out test corpus (tests/corpus152/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: consumer-goods and cosmetics groups buying AI and "
    "compute (cloud and model contracts, GPU rentals, AI marketing and formulation start-up acquisitions, "
    "data platforms, stakes in AI suppliers). One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks vague or background mentions that an extractor "
    "may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one "
    "of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is "
    "exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in "
    "another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, "
    "YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <time datetime>/<meta>, issue line or visible byline date, or "
    "null when the article has none); a cancelled deal keeps the date of the original agreement or talks; "
    "'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable "
    "kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). Canonical names carry no legal form. Invented "
    "companies: Lumivane, Ormsby Hale Capital, Ninfea Labs, Perlweiss Labs, Kelbra Rechenwerk, Kyffhäuser "
    "Kreditbank, Adwrenly, Halyard Creek Partners, Brixham Data, Saltmarsh Compute, Orvalle Calcul, Tavelle "
    "Beauty, Moiretta, Glenhollow Analytics, Vireolis Health, Sensalp, Haneul Vision, Maren & Oake, "
    "Glintmoor, Lindwurm Naturkosmetik, Neckarsinn, Caldbeck Equity, Kirinoha, Vennhof Kapital, Sudwerk "
    "Analytics; invented publications, banks, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are loosely based on public reports or invented, with "
    "amounts and dates shifted or made up. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
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


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_lumivane_loreal_tiegelbrief.txt"] = A(
    "2024-03-14",
    "from the dateline without year 'Paris, 14. März (tb)' and the copyright line '© 2024 Tiegelbrief "
    "Fachverlag'; 'am Dienstag' -> 2024-03-12",
    "de",
    [
        D("lumivane-series-a", ["Ormsby Hale Capital", "Lumivane"], "investment", 42000000, "EUR", "exact",
          "2024-03-12", "completed",
          "Mit dieser Idee hat das Pariser Start-up Lumivane 42 Millionen Euro von Investoren eingeworben, es ist seine erste große Runde (Serie A).",
          note="lead investor in the next sentence ('Federführend war Ormsby Hale Capital'), closing 'am "
               "Dienstag' in the sentence after; L'Oréal's €15m is part of this round but is annotated as "
               "its own stake (loreal-lumivane-stake-2024)"),
        D("loreal-lumivane-stake-2024", ["L'Oréal", "Lumivane"], "investment", 15000000, "EUR", "exact",
          "2024-03-12", "completed",
          "Der Beteiligungsarm BOLD von L'Oréal steuert fünfzehn Millionen Euro bei und erhält dafür eine Minderheitsbeteiligung; einen Sitz im Aufsichtsgremium bekommt der Weltmarktführer nicht.",
          kind_alt=["acquisition"],
          note="amount in words; minority stake via the venture arm BOLD within the Series A; first of two "
               "L'Oréal-Lumivane deals (the 2026 takeover is loreal-lumivane-takeover)"),
        D("coty-ninfea-takeover-talks", ["Coty", "Ninfea Labs"], "acquisition", 180000000, "EUR", "approx",
          "2024", "cancelled",
          "Im Raum stand nach Informationen aus Branchenkreisen ein Preis von rund 180 Millionen Euro; gescheitert sei der Abschluss an unterschiedlichen Vorstellungen über die Rolle der Gründer.",
          note="takeover talks begun 'Anfang des Jahres' and broken off; parties in the previous sentences; "
               "first of three Coty-Ninfea deals (2025 stake in 006, 2026 buyout in 017)"),
    ],
    ["rund 190 Millionen Euro", "6,3 Millionen Euro", "14 Milliarden Dollar", "3 Milliarden Dollar",
     "Ticket 89 Euro"],
)

ARTICLES["002_beiersdorf_microsoft_quillby_en.txt"] = A(
    "2024-06-11",
    "from the header 'June 11, 2024 · 08:05 CET' and the dateline 'HAMBURG, June 11'; 'agreed on Monday' "
    "-> 2024-06-10",
    "en",
    [
        D("beiersdorf-microsoft-azure", ["Beiersdorf", "Microsoft"], "cloud_contract", 180000000, "EUR",
          "exact", "2024-06-10", "signed",
          "The contract, agreed on Monday, is worth €180 million ($195 million) and runs from July 2024 to June 2029, according to a statement that Beiersdorf posted after the close of trading.",
          term=["2024-07", "2029-06"], alt=[(195000000, "USD")],
          note="'The contract' = the five-year Azure and AI agreement of the previous sentence; restated "
               "without amount in 003 and in USD with only the month in 006"),
        D("beiersdorf-digital-capex", ["Beiersdorf"], "capex_plan", 500000000, "EUR", "approx", "2024",
          "planned",
          "Beiersdorf has said it intends to spend about €500 million on digital projects between 2024 and 2027, a plan that includes new enterprise software and factory sensors as well as AI tools.",
          required=False, term=["2024", "2027"],
          note="group-wide digital budget that includes the Microsoft contract; optional"),
    ],
    ["€150", "€139.80", "€9.45 billion"],
)

ARTICLES["003_perlweiss_beiersdorf_isebekbote.txt"] = A(
    "2024-09-19",
    "from the local dateline 'EIMSBÜTTEL · Donnerstag, 19. September 2024'; 'Am Dienstag' -> 2024-09-17",
    "de",
    [
        D("beiersdorf-perlweiss-series-a", ["Beiersdorf", "Perlweiss Labs"], "investment", 28000000, "EUR",
          "exact", "2024-09-17", "completed",
          "Am Dienstag hat das Start-up frisches Kapital in Höhe von 28 Millionen Euro eingesammelt, die Serie-A-Runde ist damit komplett.",
          note="'das Start-up' = Perlweiss Labs (previous paragraph); lead investor Beiersdorf in the next "
               "sentence, co-investor Alsterquell Ventures not listed as a party; different from the 2026 "
               "takeover (020)"),
        D("beiersdorf-microsoft-azure", ["Beiersdorf", "Microsoft"], "cloud_contract", None, None, None,
          "2024-06", "signed",
          "Den Cloudvertrag mit Microsoft hatte der Konzern bereits im Juni geschlossen; nun geht es darum, eigene Daten aus Jahrzehnten von Hautstudien nutzbar zu machen.",
          required=False,
          note="background restatement without amount; 'der Konzern' = Beiersdorf"),
    ],
    ["21 Euro pro Quadratmeter", "knapp 110 Millionen Euro", "1,2 Millionen Euro"],
)

ARTICLES["004_kelbra_henkel_boersenkiesel.txt"] = A(
    "2024-11-27",
    "from the stock-portal stamp '27.11.2024 - 07:58:12'; 'am Dienstag nach Börsenschluss' -> 2024-11-26",
    "de",
    [
        D("henkel-kelbra-gpu", ["Henkel", "Kelbra Rechenwerk"], "cloud_contract", 24000000, "EUR", "approx",
          "2024-11-26", "signed",
          "Henkel zahlt dafür jährlich rund 24 Millionen Euro, eine Verlängerungsoption um zwei Jahre ist vereinbart.",
          term=["2025-01", "2029-12"], per="year", kind_alt=["supply"],
          note="yearly rate; GPU rental, term January 2025 to end of 2029 in the previous sentence; first of "
               "three Henkel-Kelbra deals (stake 010, denied takeover rumour 010)"),
        D("kyffhaeuser-kelbra-loan", ["Kyffhäuser Kreditbank", "Kelbra Rechenwerk"], "other", 60000000,
          "EUR", "exact", "2024-11", "signed",
          "Um die zusätzlichen Chips zu bezahlen, leiht sich Kelbra parallel 60 Millionen Euro von der Kyffhäuser Kreditbank.",
          kind_alt=["investment"],
          note="GPU-backed loan, six years; no day given -> month of the article"),
    ],
    ["38 bis 42 Millionen Euro", "19,5 Millionen Euro", "4,1 Millionen Euro", "24,60 €", "80,12 €",
     "31 Euro", "rund 240 Millionen Euro", "500 Euro pro Auftrag"],
)

ARTICLES["005_pg_adwrenly_endcap_en.html"] = A(
    "2025-02-07",
    "from <meta property='article:published_time'> and <time datetime='2025-02-07T06:30:00-05:00'>; "
    "'announced the deal on Thursday' -> 2025-02-06; 'last April' -> 2024-04",
    "en",
    [
        D("pg-adwrenly-acquisition", ["Procter & Gamble", "Adwrenly"], "acquisition", 310000000, "USD",
          "exact", "2025-02-06", "signed",
          "Procter & Gamble has agreed to buy Adwrenly, a London company whose software generates and tests thousands of variants of online adverts, for $310 million in cash.",
          alt=[(250000000, "GBP"), (300000000, "EUR")],
          note="'roughly £250 million' in the next paragraph; 007 gives 'knapp 300 Millionen Euro' (alt); "
               "011 reports the completion in June"),
        D("halyard-adwrenly-series-b", ["Halyard Creek Partners", "Adwrenly"], "investment", 45000000, "USD",
          "exact", "2024-04", "completed",
          "The start-up raised $45 million last April; Halyard Creek Partners, a Boston growth investor, led that Series B.",
          note="'The start-up' = Adwrenly; 'last April' in an article of February 2025 -> 2024-04"),
    ],
    ["$38 million", "$8 billion", "$166.20", "$14.99 a month", "$1,290"],
)

ARTICLES["006_shelf_signal_march25_en.txt"] = A(
    "2025-03-14",
    "from the issue line 'Issue 64 · Friday 14 March 2025'; 'on Tuesday' -> 2025-03-11; 'last month' -> "
    "2025-02; 'last June' -> 2024-06",
    "en",
    [
        D("coty-ninfea-stake", ["Coty", "Ninfea Labs"], "investment", 55000000, "EUR", "exact",
          "2025-03-11", "signed",
          "Coty has taken a 30% stake in Ninfea Labs, the Milan start-up whose machine-learning models propose fragrance accords, for €55 million (roughly $60 million).",
          alt=[(60000000, "USD")], kind_alt=["acquisition"],
          note="signing 'on Tuesday' in the next sentence; second of three Coty-Ninfea deals"),
        D("coty-google-cloud", ["Coty", "Google"], "cloud_contract", 1400000, "USD", "approx", "2025-02",
          "signed",
          "According to a filing, Coty will pay about $1.4 million a month.",
          per="month",
          note="monthly rate of the three-year Google Cloud agreement named in the previous sentence; "
               "'Signed last month' in the next sentence"),
        D("beiersdorf-microsoft-azure", ["Beiersdorf", "Microsoft"], "cloud_contract", 195000000, "USD",
          "exact", "2024-06", "signed",
          "Beiersdorf told analysts this week that its $195 million Azure agreement with Microsoft, signed last June, is already shortening stability testing in its Hamburg labs.",
          note="same deal as 002, here in USD and with only the month"),
    ],
    ["€183 million", "€9 million", "$6.1bn", "$650,000", "$52bn", "$1,200", "$389,000", "$149",
     "€10 billion"],
)

ARTICLES["007_konsumgueter_kommentar_renditegarten.txt"] = A(
    "2025-03-19",
    "from the header 'Gastkommentar | Mittwoch, 19. März 2025'; 'Anfang Februar' -> 2025-02",
    "de",
    [
        D("pg-adwrenly-acquisition", ["Procter & Gamble", "Adwrenly"], "acquisition", 300000000, "EUR",
          "approx", "2025-02", "signed",
          "Der US-Konzern übernimmt für knapp 300 Millionen Euro das Londoner Start-up Adwrenly, dessen Software Werbemittel automatisch erzeugt und testet.",
          note="'Der US-Konzern' = Procter & Gamble (previous sentence); EUR figure of the $310m deal of 005; "
               "not yet closed"),
        D("henkel-kelbra-gpu", ["Henkel", "Kelbra Rechenwerk"], "cloud_contract", None, None, None, None,
          "signed",
          "Die Düsseldorfer mieten seit Januar Rechenleistung bei Kelbra Rechenwerk, einem kleinen Anbieter aus Sachsen-Anhalt, statt sich bei einem der großen US-Hyperscaler für Jahre festzulegen.",
          required=False, kind_alt=["supply"],
          note="'Die Düsseldorfer' = Henkel; background mention without amount; 'seit Januar' is the start "
               "of the term, not the signing, so no date"),
    ],
    ["rund acht Milliarden Dollar", "bis zu einer Milliarde Euro", "142 Euro", "88 Euro", "2,04 Euro",
     "11 Milliarden Dollar"],
)

ARTICLES["008_reckitt_brixham_uptoncourt_en.txt"] = A(
    "2025-05-22",
    "from the section line 'BUSINESS | Thursday 22 May 2025 | 40p'; 'confirmed on Wednesday' -> "
    "2025-05-21",
    "en",
    [
        D("reckitt-brixham-platform", ["Reckitt", "Brixham Data"], "supply", 140000000, "GBP", "at_least",
          "2025-05-21", "signed",
          "Reckitt, the Dettol and Durex maker whose head office has stood on Slough's trading estate for decades, has signed a five-year deal worth more than £140 million with Brixham Data, a Bristol company that builds data platforms for consumer brands.",
          alt=[(165000000, "EUR")], kind_alt=["cloud_contract", "other"],
          note="data-platform contract; 'confirmed on Wednesday' and 'roughly €165 million' in the next "
               "paragraph; different from the denied takeover rumour in 015"),
        D("reckitt-saltmarsh-gpu", ["Reckitt", "Saltmarsh Compute"], "cloud_contract", 2500000, "GBP",
          "exact", "2025-05", "signed",
          "It will receive £2.5 million a month from Reckitt for two years starting in July, a person with knowledge of the arrangement said; Saltmarsh confirmed the contract but would not discuss the price.",
          term=["2025-07", "2027-06"], per="month", kind_alt=["supply"],
          note="'It' = Saltmarsh Compute (previous sentence); monthly rate; no signing date -> month of the "
               "article; different from the 2026 stake in 019"),
    ],
    ["£60 million", "£14.2 billion", "£300 million", "£22 million", "£85,000", "4,812p", "£465,000",
     "40p"],
)

ARTICLES["009_vivatech_ticker_demodispatch_en.txt"] = A(
    "2025-06-11",
    "from the ticker header 'Wednesday, 11 June 2025'; 'today' -> 2025-06-11; 'on Tuesday evening' -> "
    "2025-06-10",
    "en",
    [
        D("loreal-nvidia-partnership", ["L'Oréal", "Nvidia"], "partnership", None, None, None, "2025-06-11",
          "announced",
          "First big announcement of the day: L'Oréal and Nvidia will work together on generative AI for marketing and product development.",
          note="no financial details; the main item of the 9:12 am entry, so required"),
        D("loreal-orvalle-compute", ["L'Oréal", "Orvalle Calcul"], "cloud_contract", 120000000, "EUR",
          "up_to", "2025-06-11", "signed",
          "Over four years L'Oréal will pay up to €120 million for computing capacity in Orvalle's data centre near Lille, depending on how much it actually uses.",
          note="contract 'signed ... today' in the previous sentence"),
        D("tavelle-moiretta-acquisition", ["Tavelle Beauty", "Moiretta"], "acquisition", 20000000, "EUR",
          "approx", "2025-06-10", "completed",
          "The price was just under €20 million, Tavelle boss Corinne Vaudrey confirmed at the company's stand.",
          note="'just under' -> approx; buyer, target and 'on Tuesday evening' in the previous sentence"),
    ],
    ["€372.10", "$3.4 trillion", "€2.5 billion", "€399 per person", "€600 million", "€43.5 billion",
     "€1.3 billion", "€299"],
)

ARTICLES["010_henkel_kelbra_loerickkurier.html"] = A(
    "2025-07-17",
    "from <meta name='date' content='2025-07-17T07:40:00+02:00'> and the byline 'Düsseldorf · Do., "
    "17.07.2025 · 07:40 Uhr'; 'am Dienstag' -> 2025-07-15; 'im vergangenen November' -> 2024-11",
    "de",
    [
        D("henkel-kelbra-stake", ["Henkel", "Kelbra Rechenwerk"], "investment", 35000000, "EUR", "exact",
          "2025-07-15", "signed",
          "Der Konsumgüterkonzern aus Holthausen übernimmt zehn Prozent an dem Betreiber von GPU-Rechenzentren aus Halle an der Saale und zahlt dafür 35 Millionen Euro.",
          kind_alt=["acquisition"],
          note="'Der Konsumgüterkonzern' = Henkel, 'dem Betreiber' = Kelbra (previous sentence); signed 'am "
               "Dienstag', capital increase to close by end of August; also as '35-Millionen-Euro-"
               "Beteiligung'; second Henkel-Kelbra deal"),
        D("henkel-kelbra-gpu", ["Henkel", "Kelbra Rechenwerk"], "cloud_contract", 24000000, "EUR", "approx",
          "2024-11", "signed",
          "Bereits im vergangenen November hatten sie einen Mietvertrag über Rechenkapazität geschlossen, für den Henkel jährlich rund 24 Millionen Euro zahlt.",
          per="year", kind_alt=["supply"],
          note="restatement of 004's yearly rental; 'sie' = Henkel and Kelbra"),
        D("henkel-kelbra-takeover-rumour", ["Henkel", "Kelbra Rechenwerk"], "acquisition", 400000000, "EUR",
          "approx", "2025", "rumored",
          'Gerüchte aus Finanzkreisen, wonach Henkel Kelbra für rund 400 Millionen Euro ganz übernehmen wolle, nannte sie „frei erfunden".',
          required=False,
          note="rumour denied by both sides; optional; third Henkel-Kelbra item"),
    ],
    ["350 Millionen Euro", "27,40 Euro", "21,6 Milliarden Euro", "rund 4,2 Milliarden Euro", "69 Euro",
     "7,99 Euro pro Monat"],
)

ARTICLES["011_pg_microsoft_millcreek_en.html"] = A(
    "2025-09-10",
    "from <meta name='parsely-pub-date' content='2025-09-10T05:40:00-04:00'> and the byline 'Sep 10, "
    "2025 5:40am EDT'; 'signed on Tuesday' -> 2025-09-09; 'in February' -> 2025-02",
    "en",
    [
        D("pg-microsoft-ai", ["Procter & Gamble", "Microsoft"], "cloud_contract", 2100000000, "USD",
          "exact", "2025-09-09", "signed",
          "Procter & Gamble Co. will spend US$2.1 billion with Microsoft Corp. over the next seven years on cloud computing and artificial intelligence, the downtown Cincinnati company said, in what is by far its largest technology contract.",
          note="signed 'on Tuesday' (next sentence); seven-year commitment"),
        D("pg-glenhollow-analytics", ["Procter & Gamble", "Glenhollow Analytics"], "other", 75000000, "USD",
          "exact", "2024", "cancelled",
          "The company terminated a $75 million analytics contract with Glenhollow Analytics, a Columbus, Ohio, software firm it hired in 2024 to build demand-forecasting models, a spokeswoman confirmed.",
          kind_alt=["supply", "cloud_contract"],
          note="'The company' = P&G; terminated contract keeps the date of the original agreement (2024)"),
        D("pg-adwrenly-acquisition", ["Procter & Gamble", "Adwrenly"], "acquisition", 310000000, "USD",
          "exact", "2025-02", "completed",
          "The Microsoft deal follows the $310 million purchase of Adwrenly, the London ad-tech start-up P&G agreed to buy in February and completed in June after UK clearance.",
          note="same deal as 005, now completed; date = agreement in February"),
        D("pg-capex-fy2026", ["Procter & Gamble"], "capex_plan", 4000000000, "USD", "approx", "2025",
          "planned",
          "P&G has guided to capital spending of roughly $4 billion in the current fiscal year, most of it in plants.",
          required=False,
          note="group-wide capital spending guidance; optional"),
    ],
    ["$84.3 billion", "$157.90", "$178", "$19 a month"],
)

ARTICLES["012_haleon_microsoft_dunnocks_en.txt"] = A(
    "2025-10-08",
    "from the wire header 'October 8, 2025 07:10 BST' and the dateline 'LONDON, Oct 8'; 'signed on "
    "Tuesday' -> 2025-10-07; 'earlier this month' -> 2025-10",
    "en",
    [
        D("haleon-microsoft-azure", ["Haleon", "Microsoft"], "cloud_contract", 250000000, "GBP", "exact",
          "2025-10-07", "signed",
          "Haleon, the consumer-health group behind Sensodyne toothpaste and Advil painkillers, has agreed a six-year cloud and artificial-intelligence contract with Microsoft worth £250 million, it said, as it steps up spending on digital tools for pharmacists and shoppers.",
          alt=[(335000000, "USD"), (290000000, "EUR")],
          note="'signed on Tuesday' and 'about $335 million' in the next sentence; 013 restates it as "
               "'rund 290 Millionen Euro' (alt)"),
        D("haleon-vireolis-stake", ["Haleon", "Vireolis Health"], "investment", 20000000, "GBP", "exact",
          "2025-10", "completed",
          "Haleon also disclosed that earlier this month it paid twenty million pounds for a 15% stake in Vireolis Health, an Edinburgh start-up that builds symptom-checking software for pharmacies.",
          kind_alt=["acquisition"],
          note="amount in words; 'The company' in the next sentence = Vireolis"),
        D("haleon-saltmarsh-talks", ["Haleon", "Saltmarsh Compute"], "cloud_contract", 90000000, "GBP",
          "up_to", "2025-10", "negotiating",
          "In addition, Haleon is in talks with Saltmarsh Compute, a British operator of GPU data centres, about renting dedicated capacity for up to £90 million over three years, Dunnocks learned from two people involved.",
          note="talks from sources, nothing signed; month of the article"),
    ],
    ["£133 million", "£11.2 billion", "372.4 pence", "2.4 pence per share"],
)

ARTICLES["013_schlussbericht_parkettspiegel.txt"] = A(
    "2025-11-13",
    "from the header 'Schlussbericht Frankfurt | Donnerstag, 13. November 2025 | Stand 17:52 Uhr'; 'am "
    "Mittwochabend' -> 2025-11-12; 'im Oktober' -> 2025-10",
    "de",
    [
        D("beiersdorf-sensalp-acquisition", ["Beiersdorf", "Sensalp"], "acquisition", 62000000, "CHF",
          "exact", "2025-11-12", "signed",
          "Der Kaufpreis beträgt 62 Millionen Franken, umgerechnet rund 66 Millionen Euro.",
          alt=[(66000000, "EUR")],
          note="buyer, target and 'am Mittwochabend' in the previous sentence; closing expected in January"),
        D("henkel-digital-capex", ["Henkel"], "capex_plan", 1000000000, "EUR", "approx", "2025-11",
          "planned",
          "Der Konzern kündigte an, bis Ende 2028 rund eine Milliarde Euro in Digitalisierung, Datenplattformen und KI-Anwendungen zu stecken, und zwar in allen Sparten.",
          required=False, term=[None, "2028-12"],
          note="'Der Konzern' = Henkel; amount in words; group-wide plan without counterparty, optional"),
        D("haleon-microsoft-azure", ["Haleon", "Microsoft"], "cloud_contract", 290000000, "EUR", "approx",
          "2025-10", "signed",
          "Der Hersteller von Sensodyne profitiert nach Einschätzung von Händlern weiter von der im Oktober mit Microsoft vereinbarten Cloud- und KI-Partnerschaft, die über sechs Jahre umgerechnet rund 290 Millionen Euro umfasst.",
          note="'Der Hersteller von Sensodyne' = Haleon (previous sentence); same deal as 012, in EUR"),
    ],
    ["gut 7 Millionen Franken", "128 Euro", "108,45 €", "68,92 €", "369,80 €", "63,10 Dollar je Barrel",
     "ab 1 Euro Rate"],
)

ARTICLES["014_formulation_desk_jan26_en.txt"] = A(
    "2026-01-20",
    "from the issue line 'Issue 87 — Tuesday, 20 January 2026'; 'on Monday' -> 2026-01-19; 'last week' "
    "-> 2026-01",
    "en",
    [
        D("loreal-lumivane-takeover", ["L'Oréal", "Lumivane"], "acquisition", 400000000, "EUR", "range",
          "2026", "rumored",
          "The French beauty giant would pay between €400 million and €450 million for the Paris formulation-AI company, the people said; one cautioned that due diligence has not finished and that a deal could still collapse.",
          amount_max=450000000, alt=[(430000000, "EUR"), (465000000, "USD")],
          note="sourced talks (rumour); 016 reports the signing at €430m on 2026-05-12, 017 in USD (alt); "
               "the year keeps the shared id's dates consistent; second L'Oréal-Lumivane deal"),
        D("loreal-lumivane-stake-2024", ["L'Oréal", "Lumivane"], "investment", None, None, None, "2024",
          "completed",
          "L'Oréal's venture arm has held a minority stake since Lumivane's Series A in 2024, and the two have run joint projects on sunscreen and hair-colour formulas since then.",
          required=False, kind_alt=["acquisition"],
          note="background mention of 001's stake without amount; optional"),
        D("amorepacific-haneul-stake", ["Amorepacific", "Haneul Vision"], "investment", 48000000000, "KRW",
          "exact", "2026-01-19", "signed",
          "Amorepacific agreed on Monday to buy 40% of Haneul Vision, a Seoul start-up whose AI reads skin condition from phone photos, for KRW 48 billion (about $33 million).",
          alt=[(33000000, "USD")], kind_alt=["acquisition"]),
        D("maren-oake-glintmoor", ["Maren & Oake", "Glintmoor"], "acquisition", 12000000, "GBP", "exact",
          "2026-01", "completed",
          "British skincare label Maren & Oake bought Glintmoor, a Manchester start-up that produces short video adverts with generative AI, for £12 million last week.",
          note="'last week' in a Tuesday newsletter -> the week of 12 January, month precision"),
    ],
    ["€690", "€21 million", "$10.2 billion", "KRW 128,400", "€95,000", "€1,850 per kilogram"],
)

ARTICLES["015_reckitt_heidelberg_neckarufer.txt"] = A(
    "2026-02-26",
    "from the local dateline 'HEIDELBERG · Donnerstag, 26. Februar 2026'; 'am Mittwoch' -> 2026-02-25; "
    "'am Wochenende' -> 2026-02",
    "de",
    [
        D("reckitt-heidelberg-capex", ["Reckitt"], "capex_plan", 25000000, "EUR", "approx", "2026-02-25",
          "planned",
          "Rund 25 Millionen Euro sollen bis Ende 2027 in ein Daten- und KI-Zentrum im Stadtteil Rohrbach fließen, kündigte die Geschäftsführung am Mittwoch bei einem Termin mit Oberbürgermeister und Gemeinderäten an.",
          term=[None, "2027-12"],
          note="site-specific plan of Reckitt's German unit (named in the previous sentence); required"),
        D("reckitt-brixham-takeover-rumour", ["Reckitt", "Brixham Data"], "acquisition", 600000000, "EUR",
          "approx", "2026-02", "rumored",
          "Eine Londoner Zeitung hatte am Wochenende berichtet, Reckitt wolle den Datenspezialisten Brixham Data aus Bristol übernehmen und sei bereit, dafür umgerechnet rund 600 Millionen Euro zu zahlen.",
          required=False,
          note="press rumour denied by both companies; optional; different from the 2025 data-platform "
               "contract (008)"),
        D("lindwurm-neckarsinn-acquisition", ["Lindwurm Naturkosmetik", "Neckarsinn"], "acquisition",
          12000000, "EUR", "approx", "2026-02", "planned",
          "Beide Seiten haben eine Absichtserklärung unterschrieben, der Kaufvertrag über rund 12 Millionen Euro soll im April folgen.",
          note="letter of intent signed, purchase contract planned for April -> planned; parties in the "
               "previous sentence"),
    ],
    ["150.000 Euro", "rund 190 Millionen Euro", "rund 18 Euro pro Quadratmeter", "549 Euro",
     "24,90 Euro monatlich"],
)

ARTICLES["016_loreal_lumivane_kapitalzeitung.txt"] = A(
    "2026-05-14",
    "from the issue line 'Donnerstag, 14. Mai 2026 | Unternehmen & Märkte | Seite 17'; 'am Dienstag' -> "
    "2026-05-12; 'im März 2024' -> 2024-03",
    "de",
    [
        D("loreal-lumivane-takeover", ["L'Oréal", "Lumivane"], "acquisition", 430000000, "EUR", "exact",
          "2026-05-12", "signed",
          "Der Weltmarktführer für Kosmetik zahlt für die Anteile, die er noch nicht besitzt, 430 Millionen Euro in bar.",
          note="'Der Weltmarktführer für Kosmetik' = L'Oréal; signed 'am Dienstag' (next sentence); "
               "approvals pending"),
        D("loreal-lumivane-stake-2024", ["L'Oréal", "Lumivane"], "investment", 15000000, "EUR", "exact",
          "2024-03", "completed",
          "Damals hatte sich der Konzern über seinen Beteiligungsarm mit fünfzehn Millionen Euro an der Serie-A-Runde des Start-ups beteiligt.",
          kind_alt=["acquisition"],
          note="the first L'Oréal-Lumivane deal restated with amount in words ('im März 2024' in the "
               "previous sentence); must stay apart from the takeover"),
    ],
    ["rund 520 Millionen Euro", "gut 21 Millionen Euro", "60 Millionen Euro", "rund 1,4 Milliarden Euro",
     "391,50 Euro", "420 Euro", "Ab 69 Euro"],
)

ARTICLES["017_coty_ninfea_glossline_en.txt"] = A(
    "2026-06-18",
    "from the site stamp 'Published Jun 18, 2026 at 14:02 BST · Updated 15:40 BST'; 'signed on Tuesday' "
    "-> 2026-06-16; 'last month' -> 2026-05",
    "en",
    [
        D("coty-ninfea-buyout", ["Coty", "Ninfea Labs"], "acquisition", 140000000, "USD", "exact",
          "2026-06-16", "signed",
          "Coty will buy out the remaining 70% of Ninfea Labs, paying $140 million for the Milan company whose algorithms help perfumers design new scents.",
          note="third Coty-Ninfea deal (after the failed 2024 talks and the 2025 stake, which is only "
               "referred to here as Coty's existing 30% holding and not annotated)"),
        D("loreal-lumivane-takeover", ["L'Oréal", "Lumivane"], "acquisition", 465000000, "USD", "approx",
          "2026-05", "signed",
          "That deal, struck last month, is worth about $465 million and is waiting for approval from competition authorities in Brussels and London.",
          note="'That deal' = L'Oréal's agreement to take over Lumivane (previous sentence); USD figure of "
               "016's €430m"),
    ],
    ["€14 million", "$6.12", "$3.4 billion", "£95", "£8.50 a month", "€388.40", "$91.75"],
)

ARTICLES["018_kelbra_interview_luefterblatt.txt"] = A(
    None,
    "the interview has no date at all (only 'Lesedauer: 7 Minuten'); 'Ende 2024' gives the year of the "
    "Henkel contract, 'Drei Monate später' puts Caldbeck's offer in early 2025",
    "de",
    [
        D("henkel-kelbra-gpu", ["Henkel", "Kelbra Rechenwerk"], "cloud_contract", 24000000, "EUR", "exact",
          "2024", "signed",
          "Ende 2024 haben wir dann unterschrieben: 24 Millionen Euro im Jahr, fünf Jahre Laufzeit.",
          per="year", kind_alt=["supply"],
          note="'wir' = Kelbra Rechenwerk, the customer Henkel in the previous sentence"),
        D("caldbeck-kelbra-offer", ["Caldbeck Equity", "Kelbra Rechenwerk"], "acquisition", 250000000,
          "EUR", "approx", "2025", "cancelled",
          "Drei Monate später lag ein Angebot von Caldbeck Equity auf dem Tisch, rund 250 Millionen Euro, und zwar für hundert Prozent.",
          note="refused takeover offer ('Wir haben Nein gesagt'); three months after the end-2024 signing "
               "-> early 2025, year precision"),
        D("kelbra-third-site-capex", ["Kelbra Rechenwerk"], "capex_plan", 80000000, "EUR", "range", None,
          "planned",
          "Bis Ende 2027 wollen wir für einen dritten Standort zwischen 80 und 100 Millionen Euro ausgeben, wahrscheinlich in der Nähe eines Windparks in der Altmark.",
          amount_max=100000000, term=[None, "2027-12"],
          note="'wir' = Kelbra; undated interview -> date null"),
    ],
    ["2,10 Euro pro GPU-Stunde", "rund 14 Cent", "68.000 Euro Jahresgehalt", "12,50 Euro", "98 Euro"],
)

ARTICLES["019_staples_close_bellwether_en.txt"] = A(
    "2026-08-14",
    "from the report line 'Friday, 14 August 2026 · After the bell'; 'signed on Wednesday' -> 2026-08-12; "
    "'on Tuesday' -> 2026-08-11",
    "en",
    [
        D("reckitt-saltmarsh-stake", ["Reckitt", "Saltmarsh Compute"], "investment", 30000000, "GBP",
          "at_least", "2026-08-12", "signed",
          "Reckitt said it has taken an 8% stake in Saltmarsh Compute, the Oxfordshire operator of GPU data centres that is already a supplier to the group, for more than £30 million.",
          kind_alt=["acquisition"],
          note="signed 'on Wednesday' (next sentence); different from the 2025 monthly GPU rental (008), "
               "which is only alluded to ('already a supplier') and not annotated here"),
        D("kao-kirinoha-stake", ["Kao", "Kirinoha"], "investment", 7500000000, "JPY", "exact", "2026-08-11",
          "signed",
          "Japan's Kao agreed on Tuesday to buy a 25% stake in Kirinoha, a Tokyo start-up that analyses consumer reviews and social-media posts with large language models, for ¥7.5 billion (about $50 million).",
          alt=[(50000000, "USD")], kind_alt=["acquisition"]),
    ],
    ["5,400p", "¥6,118", "5,106p", "£4.6bn", "¥1.62 trillion", "€112.30", "€70.84", "€394.10", "4,622p",
     "398.6p"],
)

ARTICLES["020_henkel_accenture_wochenkontor.txt"] = A(
    "2026-11-12",
    "from the dateline without year 'Düsseldorf, 12. November (wk)' and the issue line 'Ausgabe 46 | "
    "2026' (the weekly appears on Friday 13 November; the dateline is taken); 'am Mittwoch' -> "
    "2026-11-11; 'in dieser Woche' -> 2026-11",
    "de",
    [
        D("henkel-accenture-ai", ["Henkel", "Accenture"], "other", 90000000, "EUR", "up_to", "2026-11-11",
          "signed",
          "Das Volumen beziffert Henkel auf bis zu 90 Millionen Euro, abhängig davon, wie viele der geplanten Anwendungen tatsächlich umgesetzt werden.",
          kind_alt=["cloud_contract", "partnership"],
          note="three-year AI services contract signed 'am Mittwoch' (previous sentence)"),
        D("henkel-kelbra-gpu", ["Henkel", "Kelbra Rechenwerk"], "cloud_contract", 24000000, "EUR", "approx",
          "2024", "cancelled",
          "Den Ende 2024 geschlossenen Vertrag über Rechenkapazität bei Kelbra Rechenwerk aus Halle, für den Henkel jährlich rund 24 Millionen Euro zahlte, beenden beide Seiten vorzeitig zum Jahresende.",
          per="year", kind_alt=["supply"],
          note="the 2024 rental ended early -> cancelled, keeping the date of the original agreement; "
               "Henkel's stake is only said to be kept and is not annotated"),
        D("beiersdorf-perlweiss-takeover", ["Beiersdorf", "Perlweiss Labs"], "acquisition", None, None, None,
          "2026-11", "signed",
          "Beiersdorf übernimmt Perlweiss Labs komplett.",
          note="price undisclosed; 'in dieser Woche' in the next sentence; different from the 2024 Series A "
               "(003)"),
        D("vennhof-sudwerk-seed", ["Vennhof Kapital", "Sudwerk Analytics"], "investment", 4500000, "EUR",
          "exact", "2026-11", "completed",
          "Das Krefelder Start-up Sudwerk Analytics, das für Getränkehersteller Absatzprognosen mit KI erstellt, hat 4,5 Millionen Euro eingesammelt.",
          note="lead investor in the next sentence; no day given -> month of the article"),
    ],
    ["5,3 Milliarden Euro", "72,18 Euro", "knapp 1,1 Milliarden Euro", "Eintritt 25 Euro",
     "89 Euro pro Person", "11,90 Euro im Monat", "3,20 Euro"],
)

ALIASES = {
    "L'Oréal": ["L'Oréal", "L’Oréal", "L'Oreal", "L'Oréal SA"],
    "Lumivane": ["Lumivane"],
    "Ormsby Hale Capital": ["Ormsby Hale Capital", "Ormsby Hale"],
    "Coty": ["Coty", "Coty Inc."],
    "Ninfea Labs": ["Ninfea Labs", "Ninfea"],
    "Beiersdorf": ["Beiersdorf", "Beiersdorf AG"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure", "Microsoft Azure"],
    "Perlweiss Labs": ["Perlweiss Labs", "Perlweiss"],
    "Henkel": ["Henkel", "Henkel AG & Co. KGaA"],
    "Kelbra Rechenwerk": ["Kelbra Rechenwerk", "Kelbra"],
    "Kyffhäuser Kreditbank": ["Kyffhäuser Kreditbank"],
    "Procter & Gamble": ["Procter & Gamble", "P&G", "Procter & Gamble Co.", "Procter and Gamble"],
    "Adwrenly": ["Adwrenly"],
    "Halyard Creek Partners": ["Halyard Creek Partners", "Halyard Creek"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Reckitt": ["Reckitt", "Reckitt Benckiser", "Reckitt Benckiser Group plc"],
    "Brixham Data": ["Brixham Data", "Brixham"],
    "Saltmarsh Compute": ["Saltmarsh Compute", "Saltmarsh"],
    "Nvidia": ["Nvidia", "NVIDIA", "Nvidia Corp."],
    "Orvalle Calcul": ["Orvalle Calcul", "Orvalle"],
    "Tavelle Beauty": ["Tavelle Beauty", "Tavelle"],
    "Moiretta": ["Moiretta"],
    "Glenhollow Analytics": ["Glenhollow Analytics", "Glenhollow"],
    "Haleon": ["Haleon", "Haleon plc"],
    "Vireolis Health": ["Vireolis Health", "Vireolis"],
    "Sensalp": ["Sensalp"],
    "Amorepacific": ["Amorepacific", "Amorepacific Corp."],
    "Haneul Vision": ["Haneul Vision", "Haneul"],
    "Maren & Oake": ["Maren & Oake", "Maren and Oake"],
    "Glintmoor": ["Glintmoor"],
    "Lindwurm Naturkosmetik": ["Lindwurm Naturkosmetik", "Lindwurm"],
    "Neckarsinn": ["Neckarsinn"],
    "Caldbeck Equity": ["Caldbeck Equity", "Caldbeck"],
    "Kao": ["Kao", "Kao Corporation", "Kao Corp."],
    "Kirinoha": ["Kirinoha"],
    "Accenture": ["Accenture", "Accenture plc"],
    "Vennhof Kapital": ["Vennhof Kapital", "Vennhof"],
    "Sudwerk Analytics": ["Sudwerk Analytics", "Sudwerk"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out} ({len(ARTICLES)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
