#!/usr/bin/env python3
"""The annotation of corpus31 as code: run it to write gold.json (same format and rules as
../corpus15/gold.json). Standard library only."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *,
         amount_max=None, required=True, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def art(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


M, B = 10**6, 10**9
A = {}

A["001_vaudrix_eclepens_kurier.txt"] = art(
    "2024-03-14", "from the line 'Eclépens · Donnerstag, 14. März 2024'; 'Am Dienstag' -> 2024-03-12", "de",
    [deal("vaudrix-eclepens-capex", ["Vaudrix SA"], "capex_plan", 420 * M, "CHF", "approx", "2024-03", "planned",
          "Insgesamt will das Unternehmen in zwei Etappen rund 420 Millionen Franken in den neuen Campus stecken.",
          kind_alt=["project"], note="'das Unternehmen' = Vaudrix SA (introduced by apposition in the previous sentence); 'Franken' = CHF"),
     deal("rhodanienne-vaudrix-loan-2024", ["Banque Rhodanienne SA", "Vaudrix SA"], "investment", 180 * M, "CHF", "exact",
          "2024-03-12", "signed",
          "Am Dienstag unterzeichnete Vaudrix einen Konsortialkredit über 180 Millionen Franken, angeführt von der Genfer Banque Rhodanienne SA; zwei Kantonalbanken sind mit kleineren Tranchen dabei.",
          kind_alt=["other"], note="syndicated loan, lead bank listed (unnamed cantonal banks not); first of two Rhodanienne-Vaudrix credits, must stay apart from the CHF 400m line of 2026 (017)")],
    ["bis zu 1,5 Millionen Franken", "9,8 Millionen Franken", "4 Rappen je Kilowattstunde", "85 000 Franken", "CHF 189.–"])

A["002_skerry_letter_may24_en.txt"] = art(
    "2024-05-31", "from the issue line 'No. 58 — Friday, 31 May 2024'; 'on Tuesday' -> 2024-05-28", "en",
    [deal("google-hamina-2024", ["Google"], "capex_plan", 1 * B, "EUR", "exact", "2024-05-28", "planned",
          "Google said on Tuesday it will put a billion euros into its Finnish data-centre campus at Hamina, on the Gulf of Finland, to add capacity for its cloud and AI services.",
          kind_alt=["project"], note="amount in words ('a billion euros')"),
     deal("ljusnedal-atnorth-ppa", ["Ljusnedal Kraft AB", "atNorth"], "supply", 160 * M, "SEK", "approx", "2024-05", "signed",
          "According to two people who have seen the terms, atNorth will pay roughly SEK 160 million a year.",
          per="year", note="parties and the ten-year term in the previous sentences ('has agreed' this week -> May 2024); value from sources; first of two Ljusnedal power contracts (Brookfield in 009)"),
     deal("eifo-fjordkol-2024", ["EIFO", "Fjordkøl A/S"], "investment", 75 * M, "DKK", "up_to", "2024-05", "signed",
          "Fjordkøl A/S, an Aarhus maker of liquid-cooling units for server racks, has agreed to take up to DKK 75 million from EIFO, Denmark's state export and investment fund, in two tranches in exchange for a minority stake.",
          note="'up to' -> up_to; minority stake; month from the issue date")],
    ["SEK 610 million", "€4.2bn", "SEK 0.38", "€49,000", "€12 a month"])

A["003_mistral_quainumerique_en.txt"] = art(
    "2024-06-12", "from the line 'Start-ups | 12 June 2024 · 07:10 CET'; 'on Tuesday' -> 2024-06-11", "en",
    [deal("general-catalyst-mistral-2024", ["General Catalyst", "Mistral AI"], "investment", 600 * M, "EUR", "exact", "2024-06-11", "signed",
          "Mistral AI said on Tuesday it has raised €600 million, with General Catalyst leading the round, barely a year after its three founders left Google DeepMind and Meta to start the company.",
          note="lead investor listed; the €468m equity / €132m debt split is part of this deal (not_deals)"),
     deal("microsoft-mistral-2024", ["Microsoft", "Mistral AI"], "investment", 15 * M, "EUR", "exact", "2024-02", "signed",
          "It also sits on top of a €15 million investment from Microsoft in February, which came with a distribution deal on Azure and briefly drew questions from Brussels competition officials.",
          note="earlier deal restated as background but with amount, investor and month; 'It' = the round"),
     deal("bpifrance-calanque-seed", ["Bpifrance", "Calanque Labs"], "investment", 14 * M, "EUR", "exact", "2024-06", "signed",
          "Calanque Labs, a Marseille start-up that builds speech models for call centres working in French, Arabic and Spanish, closed a €14 million seed round this month.",
          note="lead investor Bpifrance in the next sentence; 'this month' -> 2024-06")],
    ["€468 million", "€132 million", "about €5.8 billion", "€30,000 apiece", "€120,000", "€19 per month"])

A["004_nokia_infinera_boersenfenster.txt"] = art(
    "2024-06-28", "from the line '28.06.2024 – 08:47 Uhr'; 'am Donnerstag' -> 2024-06-27", "de",
    [deal("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2.3 * B, "USD", "approx", "2024-06-27", "signed",
          "Damit wird Infinera inklusive Schulden mit rund 2,3 Milliarden Dollar bewertet, umgerechnet etwa 2,15 Milliarden Euro.",
          alt=[(2.15 * B, "EUR")], note="deal value phrased as the valuation the offer implies; announcement 'am Donnerstag' in the previous sentence; per-share price in not_deals")],
    ["6,65 Dollar je Aktie", "200 Millionen Euro pro Jahr", "1,6 Milliarden Dollar", "22,3 Milliarden Euro",
     "3,58 €", "5,92 €", "5,71 €", "3,90 Euro", "50.000 Euro"])

A["005_nebius_grachten_en.html"] = art(
    "2024-12-03", "from <meta article:published_time> and <time datetime='2024-12-03'>; 'on Monday' -> 2024-12-02", "en",
    [deal("accel-nvidia-orbis-nebius-2024", ["Accel", "Nvidia", "Orbis Investments", "Nebius"], "investment", 700 * M, "USD", "exact",
          "2024-12-02", "signed",
          "Nebius Group, the Amsterdam company that emerged this summer from the break-up of Russia's Yandex, has sold new shares worth $700 million to Accel, Nvidia and Orbis Investments, it announced on Monday.",
          note="private placement with three named investors"),
     deal("nebius-capex-2024-10", ["Nebius"], "capex_plan", 1 * B, "USD", "at_least", "2024-10", "planned",
          "The private placement adds to the more than $1 billion that Nebius said in October it would spend on AI infrastructure in Europe and the United States by the middle of next year, including a tripling of capacity at its Mäntsälä site in Finland as well as a fresh GPU cluster in Kansas City.",
          note="'more than' -> at_least; plan announced in October; different from the ~$2bn 2025 capex guidance (012)")],
    ["between $500 million and $1 billion", "about $2.3 billion in cash", "$21.95", "near $5.2 billion", "€204 million", "€1 per order"])

A["006_paris_gipfel_seinebrief.txt"] = art(
    "2025-02-11", "from the issue line 'Nr. 6/2025 · Dienstag, 11. Februar 2025'; 'am Montag' -> 2025-02-10; 'vergangene Woche' -> 2025-02", "de",
    [deal("brookfield-france-2025", ["Brookfield"], "capex_plan", 20 * B, "EUR", "approx", "2025-02-10", "planned",
          "Der kanadische Vermögensverwalter will rund 20 Milliarden Euro bis zum Jahr 2030 in französische KI-Infrastruktur investieren, davon den Großteil über seine Rechenzentrumstochter Data4.",
          term=[None, "2030"], kind_alt=["investment", "project"],
          note="'Der kanadische Vermögensverwalter' = Brookfield (paragraph lead-in); announced 'am Montag' two sentences later"),
     deal("mgx-france-campus", ["MGX"], "investment", 30 * B, "EUR", "range", "2025-02", "planned",
          "Der emiratische Investor MGX soll dafür 30 bis 50 Milliarden Euro aufbringen, wann genau, blieb offen.",
          amount_max=50 * B, kind_alt=["project", "capex_plan"],
          note="France-UAE agreement 'vergangene Woche' (previous sentence) -> 2025-02"),
     deal("fluidstack-france-2025", ["Fluidstack"], "capex_plan", 10 * B, "EUR", "exact", "2025-02-10", "planned",
          "Der Londoner GPU-Anbieter kündigte am Montag an, zehn Milliarden Euro in einen Supercomputer in Frankreich zu stecken, die erste Stufe soll 2026 ans Netz gehen.",
          kind_alt=["project"], note="amount in words; 'Der Londoner GPU-Anbieter' = Fluidstack (paragraph lead-in)"),
     deal("calanque-vaudrix-2025", ["Calanque Labs", "Vaudrix SA"], "cloud_contract", 240 * M, "CHF", "exact", "2025-02-10", "signed",
          "Am Rande des Gipfels unterschrieb das Marseiller Sprach-KI-Start-up Calanque Labs am Montag einen Fünfjahresvertrag mit dem Lausanner Rechenzentrumsentwickler Vaudrix über GPU-Kapazität im Umfang von 240 Millionen Franken, rund 255 Millionen Euro.",
          alt=[(255 * M, "EUR"), (265 * M, "USD")],
          note="five-year term without a start date; USD figure from 007; first of two Calanque-Vaudrix contracts (monthly one in 018)")],
    ["109 Milliarden Euro", "1,5 Milliarden Euro", "70 Euro je Megawattstunde", "8,50 Euro im Monat"])

A["007_calanque_vaudrix_leman_en.txt"] = art(
    "2025-02-13", "only from the dateline 'LAUSANNE, 13 February 2025 —'; 'on Monday' -> 2025-02-10; 'Last month' -> 2025-01", "en",
    [deal("calanque-vaudrix-2025", ["Calanque Labs", "Vaudrix SA"], "cloud_contract", 240 * M, "CHF", "exact", "2025-02-10", "signed",
          "Calanque Labs, the Marseille start-up behind speech-recognition models for call centres, will pay CHF 240 million over five years for GPU capacity at the campus Vaudrix is building in Eclépens, the two companies said on Monday, on the sidelines of the AI summit in Paris.",
          alt=[(265 * M, "USD")], note="same contract as 006; '$265 million' in the next sentence is the same deal"),
     deal("fjordkol-vaudrix-2025", ["Fjordkøl A/S", "Vaudrix SA"], "supply", 14 * M, "EUR", "exact", "2025-01", "signed",
          "Last month it ordered liquid-cooling equipment worth €14 million from Fjordkøl A/S, an Aarhus manufacturer that supplies several Nordic operators, for the first 24-megawatt hall.",
          note="'it' = Vaudrix ('The company' in the previous sentence); first of two Fjordkøl orders, must stay apart from the €21m order (019)"),
     deal("vaudrix-eclepens-capex", ["Vaudrix SA"], "capex_plan", 420 * M, "CHF", "approx", None, "planned",
          "The Eclépens campus, budgeted at around CHF 420 million in two phases, will get its power from the regional grid at about CHF 0.14 per kilowatt-hour, well above what rivals pay in Sweden or Norway.",
          kind_alt=["project"], note="restated budget of the campus (001); no date given")],
    ["CHF 31 million", "CHF 0.14 per kilowatt-hour", "CHF 160,000 a year"])

A["008_microsoft_swiss_alpwire_en.txt"] = art(
    "2025-06-04", "only from the dateline 'ZURICH, June 4, 2025 (Alpwire)'; 'on Tuesday' -> 2025-06-03", "en",
    [deal("microsoft-switzerland-2025", ["Microsoft"], "capex_plan", 400 * M, "USD", "exact", "2025-06-03", "planned",
          "Microsoft will invest $400 million to enlarge its Swiss cloud and AI capacity, the U.S. group said on Tuesday, adding capacity at its four data centres near Zurich and Geneva over the next five years.",
          alt=[(330 * M, "CHF")], term=["2025", "2030"], note="'roughly 330 million Swiss francs' in the next sentence is the same plan"),
     deal("rhodanienne-microsoft-cloud", ["Banque Rhodanienne SA", "Microsoft"], "cloud_contract", None, None, None, "2025-06", "signed",
          "Separately, Geneva-based Banque Rhodanienne said it had signed a five-year agreement to move its risk analytics onto Microsoft's Swiss cloud regions.",
          required=False, note="terms not disclosed -> optional")],
    ["$70.1 billion", "CHF 24 billion", "CHF 20 million", "$30 per user per month", "$462.97"])

A["009_brookfield_schweden_nordlicht.html"] = art(
    "2025-06-17", "from <meta name='date'> and the visible line 'Schweden · Energie · 17.06.2025'; 'am Montag' -> 2025-06-16; 'vergangene Woche' -> 2025-06", "de",
    [deal("brookfield-sweden-2025", ["Brookfield"], "capex_plan", 95 * B, "SEK", "approx", "2025-06", "planned",
          "Der kanadische Vermögensverwalter Brookfield will in Schweden rund 95 Milliarden Kronen in künstliche Intelligenz stecken, umgerechnet knapp 8,7 Milliarden Euro.",
          alt=[(8.7 * B, "EUR")], kind_alt=["investment", "project"], note="announced 'vergangene Woche' (two sentences later)"),
     deal("brookfield-france-2025", ["Brookfield"], "capex_plan", 20 * B, "EUR", "exact", "2025-02", "planned",
          "Erst im Februar hatte der Konzern angekündigt, 20 Milliarden Euro in Frankreichs KI-Infrastruktur zu stecken.",
          kind_alt=["investment", "project"], note="restatement of the 006 plan; 'der Konzern' = Brookfield; must stay apart from the Swedish plan"),
     deal("ljusnedal-brookfield-ppa", ["Ljusnedal Kraft AB", "Brookfield"], "supply", 210 * M, "SEK", "approx", "2025-06-16", "signed",
          "Brookfield zahlt dem Versorger nach Angaben aus Branchenkreisen jährlich rund 210 Millionen Kronen.",
          per="year", note="'dem Versorger' = Ljusnedal Kraft AB; signing 'am Montag' and 15-year term in the previous sentence; different from the atNorth contract (002)")],
    ["rund eine Billion Dollar", "0,42 Kronen je Kilowattstunde", "gut 3 Milliarden Kronen", "unter 3 Cent", "690 Euro"])

A["010_capgemini_wns_kurswarte.txt"] = art(
    "2025-07-08", "from the line '08.07.2025 | 07:55'; 'am Montag' -> 2025-07-07", "de",
    [deal("capgemini-wns", ["Capgemini", "WNS"], "acquisition", 3.3 * B, "USD", "exact", "2025-07-07", "signed",
          "Insgesamt beläuft sich der Kaufpreis auf 3,3 Milliarden Dollar, umgerechnet rund 2,8 Milliarden Euro.",
          alt=[(2.8 * B, "EUR")], note="parties and 'am Montag' in the previous sentences; headline compound '3,3-Milliarden-Dollar-Wette'"),
     deal("capgemini-altran", ["Capgemini", "Altran"], "acquisition", 3.6 * B, "EUR", "approx", "2019", "completed",
          "Es ist der größte Zukauf seit 2019, als Capgemini den Ingenieurdienstleister Altran für rund 3,6 Milliarden Euro übernommen hatte.",
          required=False, note="background comparison -> optional")],
    ["76,50 Dollar je WNS-Aktie", "1,3 Milliarden Dollar", "22,1 Milliarden Euro", "147,30 €", "74,10 $", "185 Euro", "5.000 Euro"])

A["011_stargate_norwegen_lastgang.txt"] = art(
    "2025-07-18", "from the issue line 'Ausgabe 29/2025 · 18. Juli 2025'; 'vergangene Woche' -> 2025-07", "de",
    [deal("aker-nscale-norway-jv", ["Aker", "Nscale"], "joint_venture", 1 * B, "USD", "approx", "2025-07", "signed",
          "Für die erste Ausbaustufe wollen die Partner zusammen rund eine Milliarde Dollar investieren.",
          kind_alt=["project", "capex_plan"], note="amount in words; 'die Partner' = Nscale and Aker (JV founded 'vergangene Woche', two sentences earlier)"),
     deal("openai-nscale-norway-offtake", ["OpenAI", "Nscale"], "cloud_contract", None, None, None, "2025-07", "planned",
          "Als Ankerkunde ist OpenAI vorgesehen, das die Rechenleistung im Rahmen seines Programms „OpenAI for Countries“ abnehmen will.",
          required=False, note="no volume or term given -> optional"),
     deal("nscale-seed-2024", ["Nscale"], "investment", 155 * M, "USD", "exact", "2024-12", "signed",
          "Nscale, erst 2024 aus einem Bitcoin-Miner hervorgegangen, hatte im Dezember 155 Millionen Dollar von Investoren eingesammelt.",
          note="round without named investors lists only the company; 'im Dezember' in a July 2025 paper -> 2024-12")],
    ["unter 20 Øre je Kilowattstunde", "rund 4 Øre", "eine Milliarde Kronen", "663 Kronen", "4.900 Kronen"])

A["012_nebius_microsoft_pierhead_en.txt"] = art(
    "2025-09-09", "from the line 'September 9, 2025 · 06:30 ET'; dateline 'Sept 8', 'on Monday' -> 2025-09-08", "en",
    [deal("nebius-microsoft", ["Nebius", "Microsoft"], "cloud_contract", 17.4 * B, "USD", "range", "2025-09-08", "signed",
          "Nebius Group has agreed to supply Microsoft with GPU computing capacity over five years under an agreement valued at $17.4 billion that could grow to $19.4 billion, the Amsterdam-based AI cloud company said on Monday.",
          amount_max=19.4 * B, alt=[(14.9 * B, "EUR"), (16.6 * B, "EUR")],
          note="base value and ceiling -> range; EUR figures from 013"),
     deal("nebius-capex-2025", ["Nebius"], "capex_plan", 2 * B, "USD", "approx", "2025-08", "planned",
          "Nebius had guided in August to capital expenditure of about $2 billion for 2025.",
          note="capex guidance; different from the 'more than $1 billion' plan of October 2024 (005)"),
     deal("nebius-raise-2025-09", ["Nebius"], "investment", 3 * B, "USD", "approx", "2025-09", "rumored",
          "According to two sources with knowledge of the plans, Nebius was also sounding out investors about raising roughly $3 billion by selling convertible bonds together with new shares as early as this week.",
          kind_alt=["other"], note="from sources; announced the next day (013)")],
    ["$95.20", "$64.77", "about $15 billion", "$900 million to $1.1 billion"])

A["013_nebius_microsoft_wirtschaftsbote.txt"] = art(
    "2025-09-10", "from the line 'Mittwoch, 10.09.2025 | Unternehmen | Seite 14'; 'am Montagabend' -> 2025-09-08; 'Am Dienstagabend' -> 2025-09-09; 'im Dezember' -> 2024-12", "de",
    [deal("nebius-microsoft", ["Nebius", "Microsoft"], "cloud_contract", 14.9 * B, "EUR", "range", "2025-09-08", "signed",
          "Der Vertrag hat einen Wert von rund 14,9 Milliarden Euro und kann auf bis zu 16,6 Milliarden Euro steigen, wenn Microsoft zusätzliche Dienste abruft.",
          amount_max=16.6 * B, note="same contract as 012 in EUR; parties and 'am Montagabend' in the previous sentence; headline compound '17,4-Milliarden-Dollar-Vertrag'"),
     deal("nebius-raise-2025-09", ["Nebius"], "investment", 3 * B, "USD", "approx", "2025-09-09", "announced",
          "Am Dienstagabend kündigte das Unternehmen an, sich über Wandelanleihen und neue Aktien rund 3 Milliarden Dollar zu beschaffen.",
          kind_alt=["other"], note="'das Unternehmen' = Nebius; the raise 012 reported from sources"),
     deal("accel-nvidia-orbis-nebius-2024", ["Accel", "Nvidia", "Orbis Investments", "Nebius"], "investment", 700 * M, "USD", "exact",
          "2024-12", "signed",
          "Bereits im Dezember hatte Nebius 700 Millionen Dollar von Accel, Nvidia und Orbis eingesammelt.",
          note="restatement of the 005 placement")],
    ["rund 20 Milliarden Euro", "24,2 Milliarden Dollar", "105 Millionen Dollar", "11,7 Milliarden Euro"])

A["014_nokia_nvidia_fennick_note_en.txt"] = art(
    "2025-10-29", "from the line 'Company update: Nokia Oyj — 29 October 2025'; 'on Tuesday' -> 2025-10-28", "en",
    [deal("nvidia-nokia-2025", ["Nvidia", "Nokia"], "investment", 1 * B, "USD", "exact", "2025-10-28", "signed",
          "Nvidia will invest $1 billion in Nokia, the two companies said on Tuesday.",
          note="new shares at $6.01 each (not_deals)"),
     deal("nvidia-nokia-6g-partnership", ["Nvidia", "Nokia"], "partnership", None, None, None, "2025-10-28", "signed",
          "Alongside the equity, the partners agreed to develop AI-native radio-access equipment for 6G, with Nokia adapting its base-station software to run on Nvidia's accelerated computing platform.",
          required=False, note="no amount -> optional; must stay apart from the $1bn stake"),
     deal("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2.3 * B, "USD", "exact", "2024-06", "completed",
          "The optical business already benefits from the $2.3bn Infinera purchase, agreed in June 2024 and closed in February, which lifted Network Infrastructure sales 11% year on year in the third quarter.",
          note="completed deal keeps the month of the agreement (004)")],
    ["$6.01 each", "EUR 3.9bn", "EUR 6.11", "EUR 33bn", "EUR 20.4bn", "EUR 20.1bn", "EUR 0.38", "EUR 6.40", "EUR 5.20"])

A["015_nebius_meta_grachten_en.html"] = art(
    "2025-11-12", "from <meta article:published_time>/<meta parsely-pub-date> and the byline 'Wed., Nov. 12, 2025'; 'on Tuesday' -> 2025-11-11", "en",
    [deal("nebius-meta-2025", ["Nebius", "Meta"], "cloud_contract", 3 * B, "USD", "approx", "2025-11-11", "signed",
          "The Amsterdam company will provide AI computing capacity to Meta over a five-year term in an agreement valued at about $3bn, it said on Tuesday alongside third-quarter results.",
          note="'The Amsterdam company' = Nebius Group (previous sentence)"),
     deal("nebius-microsoft", ["Nebius", "Microsoft"], "cloud_contract", 17.4 * B, "USD", "exact", "2025-09", "signed",
          "Together with the $17.4 billion Microsoft contract signed in September, the company now has long-term commitments from two of the biggest spenders on AI.",
          note="restatement of 012; must stay apart from the Meta contract")],
    ["$146 million", "$120 million", "between $7 billion and $9 billion", "$96.40", "€1.8 billion", "€300 million", "€25 a month"])

A["016_dijkwerk_vaudrix_polder_en.txt"] = art(
    "2026-01-22", "from the line 'Investments · Thursday 22 January 2026'; 'on Wednesday' -> 2026-01-21", "en",
    [deal("dijkwerk-vaudrix-stake", ["Pensioenfonds Dijkwerk", "Vaudrix SA"], "investment", 310 * M, "CHF", "exact", "2026-01-21", "signed",
          "Pensioenfonds Dijkwerk, the €41 billion scheme for employees of Dutch water boards and provinces, is buying 30% of Vaudrix SA, a Lausanne developer of data centres, for CHF 310 million (€333 million).",
          alt=[(333 * M, "EUR")], kind_alt=["acquisition"],
          note="30% stake; announced 'on Wednesday' in the next sentence; first of two Dijkwerk-Vaudrix deals (takeover of the rest in 020)"),
     deal("dijkwerk-ljusnedal-grid", ["Pensioenfonds Dijkwerk", "Ljusnedal Kraft AB"], "investment", 200 * M, "EUR", "approx", "2026-01", "negotiating",
          "A deal could value the stake at around €200 million, one of them said.",
          kind_alt=["acquisition"], note="talks from sources (previous sentence: minority stake in Ljusnedal's grid business)")],
    ["€41 billion", "€3.3 billion", "€118 million", "just over CHF 1 billion", "€11,400 a year", "€95"])

A["017_dijkwerk_vaudrix_handelswoche.txt"] = art(
    "2026-01-23", "from the line 'Freitag, 23. Januar 2026 · Nr. 4'; 'am Mittwoch' -> 2026-01-21", "de",
    [deal("dijkwerk-vaudrix-stake", ["Pensioenfonds Dijkwerk", "Vaudrix SA"], "investment", 310 * M, "CHF", "exact", "2026-01-21", "signed",
          "Pensioenfonds Dijkwerk, die Vorsorgeeinrichtung der niederländischen Wasserverbände, übernimmt 30 Prozent der Lausanner Rechenzentrumsfirma für 310 Millionen Franken.",
          kind_alt=["acquisition"], note="signed 'am Mittwoch' (next sentence)"),
     deal("rhodanienne-vaudrix-2026", ["Banque Rhodanienne SA", "Vaudrix SA"], "investment", 400 * M, "CHF", "exact", "2026-01", "signed",
          "Die neue Kreditlinie über 400 Millionen Franken, wieder angeführt von der Banque Rhodanienne, ersetzt den Konsortialkredit über 180 Millionen Franken aus dem Jahr 2024.",
          kind_alt=["other"], note="second Rhodanienne-Vaudrix credit, must stay apart from the 2024 loan named in the same sentence; Vaudrix from the previous sentence"),
     deal("rhodanienne-vaudrix-loan-2024", ["Banque Rhodanienne SA", "Vaudrix SA"], "investment", 180 * M, "CHF", "exact", "2024", "signed",
          "Die neue Kreditlinie über 400 Millionen Franken, wieder angeführt von der Banque Rhodanienne, ersetzt den Konsortialkredit über 180 Millionen Franken aus dem Jahr 2024.",
          kind_alt=["other"], note="restatement of the 001 loan, now being replaced"),
     deal("calanque-vaudrix-2025", ["Calanque Labs", "Vaudrix SA"], "cloud_contract", 240 * M, "CHF", "exact", None, "signed",
          "Grösster Kunde bleibt das Marseiller Start-up Calanque Labs mit einem Vertrag über 240 Millionen Franken.",
          note="restatement without a date")],
    ["58 Millionen Franken", "21 Millionen", "gut einer Milliarde Franken", "2,4 Millionen Franken", "6.50 Franken"])

A["018_calanque_interview_gruenderfunk.txt"] = art(
    None, "no date anywhere in the article (only 'Lesezeit rund 5 Minuten')", "de",
    [deal("calanque-vaudrix-2025", ["Calanque Labs", "Vaudrix SA"], "cloud_contract", 240 * M, "CHF", "exact", None, "signed",
          "Unser Vertrag mit Vaudrix über 240 Millionen Franken läuft fünf Jahre.",
          note="'Unser' = Calanque Labs (the interviewee's company); undated interview"),
     deal("calanque-vaudrix-monthly", ["Calanque Labs", "Vaudrix SA"], "cloud_contract", 6 * M, "CHF", "exact", None, "signed",
          "Seit diesem Monat zahlen wir Vaudrix zusätzlich 6 Millionen Franken im Monat für einen zweiten Cluster in der neuen Halle.",
          per="month", note="'wir' = Calanque Labs; second contract of the pair, must stay apart from the CHF 240m contract; 'Seit diesem Monat' in an undated interview -> null"),
     deal("calanque-series-b", ["Bpifrance", "Calanque Labs"], "investment", 150 * M, "EUR", "approx", None, "negotiating",
          "Wir sprechen deshalb gerade mit Investoren über rund 150 Millionen Euro für eine Serie B, Bpifrance will wieder die Führung übernehmen.",
          note="talks ('Unterschrieben ist noch nichts'); lead investor listed; closed in October 2026 (020); must stay apart from the 2024 seed")],
    ["12 Millionen Euro", "0,8 Cent pro Minute", "140.000 Euro im Jahr", "49 Euro"])

A["019_skerry_letter_march26_en.txt"] = art(
    "2026-03-13", "from the issue line 'No. 147 — Friday, 13 March 2026'; 'on Wednesday' -> 2026-03-11; 'last June' -> 2025-06", "en",
    [deal("fjordkol-vaudrix-2026", ["Fjordkøl A/S", "Vaudrix SA"], "supply", 21 * M, "EUR", "exact", "2026-03-11", "signed",
          "The new order, signed on Wednesday, is worth €21 million and covers the second hall at Eclépens, which will be cooled entirely with liquid.",
          note="second Fjordkøl-Vaudrix order (parties in the previous sentence), must stay apart from the €14m order of 2025 (007)"),
     deal("dijkwerk-ljusnedal-grid", ["Pensioenfonds Dijkwerk", "Ljusnedal Kraft AB"], "investment", 200 * M, "EUR", "approx", "2026-01", "cancelled",
          "The discussions, first reported in January, had centred on a price of around €200 million.",
          kind_alt=["acquisition"], note="talks ended; cancelled deal keeps the date of the talks (016); 'The Dutch pension fund' = Dijkwerk"),
     deal("brookfield-ljusnedal-rumour", ["Brookfield", "Ljusnedal Kraft AB"], "acquisition", None, None, None, "2026-03", "rumored",
          "Reports in a Stockholm paper that Brookfield might instead bid for the whole of Ljusnedal were dismissed by the utility as \"pure speculation\".",
          required=False, note="denied rumour without amount -> optional"),
     deal("ljusnedal-brookfield-ppa", ["Ljusnedal Kraft AB", "Brookfield"], "supply", 210 * M, "SEK", "approx", "2025-06", "signed",
          "Brookfield already buys power from Ljusnedal under a deal worth about SEK 210 million a year, signed last June.",
          per="year", note="restatement of the 009 contract")],
    ["SEK 1.1bn", "€6.5bn", "19 öre", "€1 per trade"])

A["020_dijkwerk_vaudrix_westschweiz.txt"] = art(
    "2026-11-06", "from the line 'Ausgabe 45/2026 — Freitag, 6. November 2026'; 'am Mittwoch' -> 2026-11-04; 'im Oktober' -> 2026-10", "de",
    [deal("dijkwerk-vaudrix-takeover", ["Pensioenfonds Dijkwerk", "Vaudrix SA"], "acquisition", 760 * M, "CHF", "exact", "2026-11-04", "signed",
          "Der niederländische Pensionsfonds kauft den Gründern und den übrigen Aktionären die verbleibenden 70 Prozent der Vaudrix SA ab und zahlt dafür 760 Millionen Franken.",
          note="'Der niederländische Pensionsfonds' = Pensioenfonds Dijkwerk (previous sentence); signed 'am Mittwoch' (next sentence); second Dijkwerk-Vaudrix deal, must stay apart from the 30% stake of January"),
     deal("calanque-series-b", ["Bpifrance", "Calanque Labs"], "investment", 150 * M, "EUR", "exact", "2026-10", "completed",
          "Calanque Labs hat seine Serie-B-Runde über 150 Millionen Euro im Oktober abgeschlossen, angeführt von Bpifrance; das Marseiller Start-up will damit auch in Lausanne Personal aufbauen.",
          note="'Kurz notiert' item; the round 018 reported as talks"),
     deal("ljusnedal-hydro-sale", ["Ljusnedal Kraft AB"], "acquisition", None, None, None, "2026-11", "signed",
          "Ljusnedal Kraft verkauft ein kleines Laufwasserkraftwerk an einen norwegischen Versorger; über den Preis wurde Stillschweigen vereinbart.",
          required=False, note="price undisclosed, buyer unnamed -> optional")],
    ["gut 1,1 Milliarden Franken", "rund 85 Millionen Franken", "2,4 Millionen Franken", "64 Millionen Franken", "150 Franken Startbonus"])

ALIASES = {
    "Vaudrix SA": ["Vaudrix SA", "Vaudrix"],
    "Banque Rhodanienne SA": ["Banque Rhodanienne SA", "Banque Rhodanienne", "Rhodanienne"],
    "Google": ["Google", "Alphabet"],
    "Ljusnedal Kraft AB": ["Ljusnedal Kraft AB", "Ljusnedal Kraft", "Ljusnedal"],
    "atNorth": ["atNorth"],
    "Fjordkøl A/S": ["Fjordkøl A/S", "Fjordkøl", "Fjordkol"],
    "EIFO": ["EIFO", "Danish Export and Investment Fund"],
    "General Catalyst": ["General Catalyst"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure"],
    "Bpifrance": ["Bpifrance", "BPI France"],
    "Calanque Labs": ["Calanque Labs", "Calanque"],
    "Nokia": ["Nokia", "Nokia Oyj"],
    "Infinera": ["Infinera", "Infinera Corp."],
    "Accel": ["Accel"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Orbis Investments": ["Orbis Investments", "Orbis"],
    "Nebius": ["Nebius", "Nebius Group"],
    "Brookfield": ["Brookfield", "Brookfield Asset Management"],
    "MGX": ["MGX"],
    "Fluidstack": ["Fluidstack"],
    "Capgemini": ["Capgemini"],
    "WNS": ["WNS", "WNS Holdings"],
    "Altran": ["Altran"],
    "Aker": ["Aker", "Aker ASA"],
    "Nscale": ["Nscale"],
    "OpenAI": ["OpenAI"],
    "Meta": ["Meta", "Meta Platforms"],
    "Pensioenfonds Dijkwerk": ["Pensioenfonds Dijkwerk", "Dijkwerk"],
}

ABOUT = (
    "Hand-annotated deals in the thirty-first, held-out test corpus (tests/corpus31/articles/), written for the tests and "
    "independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions and deals stated without an amount that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are "
    "in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date marker, dateline, "
    "<time datetime>, issue line or visible byline date, or null when the article has none); quarters, half-years and seasons "
    "become the year; a cancelled or completed deal keeps the date of the original agreement or talks; 'term' is the period the "
    "deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Vaudrix SA, "
    "Banque Rhodanienne SA, Ljusnedal Kraft AB, Fjordkøl A/S, Calanque Labs, Pensioenfonds Dijkwerk; invented publications, "
    "research houses, advertisers and people are named in README.md; the deals of real companies are partly real, partly invented "
    "or shifted. Nothing here is reporting. Written by make_gold.py.")

gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote gold.json: {len(A)} articles")
