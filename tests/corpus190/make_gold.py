#!/usr/bin/env python3
"""Write gold.json for tests/corpus190 (the hand annotation, kept as a script).

Edit the annotation here, then run: python3 tests/corpus190/make_gold.py
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 190th held-out test corpus (tests/corpus190/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. Theme: elder care and nursing homes meeting the AI-infrastructure race (care-home sites "
    "sold to data-centre developers, data-centre waste heat for care homes, care-AI start-ups buying compute, care "
    "operators' AI platforms and robots). One entry per article; a deal that several articles report carries the same "
    "id in each. 'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts "
    "are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <meta>/<time>, issue line or stamp, or null when the article has none); a "
    "cancelled deal keeps the date of the original agreement; 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence "
    "and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Feldlerche Pflege, "
    "Rheinkamm Datacenter, Notavox, Wegwarte Ventures, Hearthwell Senior Living, Yoriso Robotics, Hinokawa Capital, "
    "Lunarvale Cloud, Tallmo Compute, Kronvik Bank, Solgläntan Omsorg, Torbogen Partners, Dasom Care AI, Seerose "
    "Alterszentren, Falkbrunn Sensorik, Bank Pfannenstiel, Hunteburg Bank, Silverbirch Care Properties, Cravenfold Care, "
    "Kelbrook Data, Orlingbrook Health Systems, Penwarden Bank, Oxhollow Data, Pescadero Point Capital, Harlow & Pike "
    "Infrastructure, Stiftgarten Immobilienfonds (and Brightmoor Health Capital, not a party); invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real companies are "
    "invented or loosely based on public reports with shifted amounts and dates. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
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


SITE = ("rheinkamm-feldlerche-badvilbel-site", ["Rheinkamm Datacenter", "Feldlerche Pflege"])
WELL = ("welltower-hearthwell", ["Welltower", "Hearthwell Senior Living"])
HIPB = ("kleiner-hippocratic-seriesb", ["Kleiner Perkins", "Hippocratic AI"])
HEAT = ("tallmo-attendo-heat", ["Attendo", "Tallmo Compute"])
SOMPO = ("sompo-palantir-platform-2024", ["Sompo Holdings", "Palantir"])
ORL = ("orlingbrook-notavox", ["Orlingbrook Health Systems", "Notavox"])

ARTICLES = {
 "001_feldlerche_badvilbel_quellbote.txt": A(
  "2024-03-14",
  "dateline without year 'Bad Vilbel, 14. März (vq)'; year from the copyright line '© 2024 Vilbeler Quellbote'; "
  "14 March 2024 is a Thursday, so 'am Dienstag' -> 2024-03-12 and 'am Mittwochabend' -> 2024-03-13",
  "de",
  [
   D(*SITE, "acquisition", 41500000, "EUR", "exact", "2024-03-12", "signed",
     "41,5 Millionen Euro zahlt der Frankfurter Projektentwickler Rheinkamm Datacenter für das knapp vier Hektar große Gelände des früheren Seniorenheims an der Nidda.",
     alt=[(45000000, "USD")], kind_alt=["other"],
     note="amount first, buyer in the same sentence, seller ('Verkäuferin ist die Feldlerche Pflege GmbH') and the notarisation 'am Dienstag' in the next sentence; land sale; 002 gives about $45m (month only), 011 restates it without amount; different from the heat contract of the same pair (011)"),
   D("rheinkamm-badvilbel-datacenter", ["Rheinkamm Datacenter"], "project", 600000000, "EUR", "approx", "2024-03-13", "announced",
     "Die Investition beziffert Rheinkamm auf rund 600 Millionen Euro; ans Netz gehen soll die erste Halle Ende 2027.",
     kind_alt=["capex_plan"],
     note="data-centre project presented 'am Mittwochabend' (previous paragraph opening: 'hat das Unternehmen am Mittwochabend im Bauausschuss vorgestellt')"),
   D("feldlerche-karben-home", ["Feldlerche Pflege"], "project", 28000000, "EUR", "approx", "2024-03", "planned",
     "Einen Teil des Erlöses steckt das Unternehmen in einen Neubau im benachbarten Karben: Für rund 28 Millionen Euro sollen dort 120 Pflegeplätze in Einzelzimmern und 24 Wohnungen für betreutes Wohnen entstehen, Baubeginn ist im Sommer.",
     kind_alt=["capex_plan"],
     note="'das Unternehmen' = Feldlerche (previous sentences); a specific building project, not a group-wide plan; the state's €1.2m grant for it is a not_deal"),
  ],
  ["knapp 1.040 Euro je Quadratmeter", "jährlich bis zu drei Millionen Euro", "1,2 Millionen Euro",
   "2.870 Euro im Monat", "ab 3.990 Euro"],
 ),
 "002_silverstream_ledger_apr24_en.txt": A(
  "2024-04-04",
  "from the issue line 'Issue 12 · Thursday, 4 April 2024'; 'last month' -> 2024-03, 'in March' -> 2024-03",
  "en",
  [
   D(*WELL, "acquisition", 1100000000, "USD", "range", "2024", "negotiating",
     "Welltower is in exclusive talks to acquire Hearthwell Senior Living, the Columbus-based operator of 31 assisted-living and memory-care communities in Ohio, Indiana and Kentucky, for between $1.1bn and $1.3bn, three insiders told the Ledger on condition of anonymity.",
     amount_max=1300000000, alt=[(1240000000, "USD"), (1180000000, "EUR")],
     note="exclusive talks from insiders; signed at $1.24bn (about €1.18bn) on 2024-11-25 (006, alt_amounts); the talks were reported in April, the year keeps the shared id's dates consistent; the 'roughly $400 million in property debt' is part of the price discussion, not a deal; seller Brightmoor Health Capital is not listed because 013 and 016 do not name it"),
   D("hippocratic-seriesa-2024", ["Hippocratic AI", "General Catalyst", "Premji Invest"], "investment", 57000000, "USD", "exact", "2024-03", "completed",
     "Hippocratic AI, the Palo Alto developer of voice agents that call older patients after a hospital stay, said last month that it had raised $57 million in a Series A in which General Catalyst and Premji Invest shared the lead.",
     note="co-led round; Nvidia's venture arm also joined (next sentence, no separate amount); valuation $520m is not a deal; different from the 2025 Series B (007) and the Series C (018)"),
   D(*SITE, "acquisition", 45000000, "USD", "approx", "2024-03", "signed",
     "The buyer agreed in March to pay about $45 million for the roughly ten-acre site, according to the local paper.",
     kind_alt=["other"],
     note="'The buyer' = Rheinkamm Datacenter, seller Feldlerche Pflege (previous sentence); same deal as 001 (€41.5m, with day), here in USD with the month only"),
  ],
  ["$5,400 a month", "roughly $400 million", "$520 million", "about $9 an hour", "$9: hourly price",
   "$149 instead of $195", "$29 a month"],
 ),
 "003_sompo_palantir_chubu_en.txt": A(
  "2024-05-16",
  "from the stamp 'Posted : 2024-05-16 09:10'; 16 May 2024 is a Thursday, so 'on Wednesday' -> 2024-05-15; 'earlier this month' -> 2024-05",
  "en",
  [
   D(*SOMPO, "cloud_contract", 45000000000, "JPY", "exact", "2024-05-15", "signed",
     "TOKYO — Sompo Holdings, the insurance group that also runs one of Japan's largest nursing-care businesses, will pay Palantir ¥45 billion ($290 million) over five years for the data platform it uses across its care homes, the company said on Wednesday.",
     term=["2024-04", "2029-03"], alt=[(290000000, "USD")], kind_alt=["other", "supply"],
     note="software, support and computing capacity; term from the next sentence ('from April 2024 to the end of March 2029'); 013 and 019 restate it; different from the 2026 yearly contract of the same pair (019)"),
   D("hinokawa-yoriso-round", ["Hinokawa Capital", "Yoriso Robotics"], "investment", 6200000000, "JPY", "exact", "2024-05", "completed",
     "Separately, the Nagoya-based maker of transfer-assist robots Yoriso Robotics said earlier this month that it had raised ¥6.2 billion in a round led by Hinokawa Capital, a Tokyo growth fund."),
   D("sompo-yoriso-robots-2024", ["Sompo Holdings", "Yoriso Robotics"], "supply", 3100000000, "JPY", "approx", "2024-05", "signed",
     "The order is worth about ¥3.1 billion, according to the Nagoya company.",
     note="'The order' = Sompo Care's order for 1,200 robots (previous sentence); 'the Nagoya company' = Yoriso; Sompo Care is Sompo's care unit; different from Sompo's 2026 stake in Yoriso (019); the unit price ¥2.6m is a not_deal"),
  ],
  ["¥13.8 trillion", "about ¥253,000 a month", "¥300 billion", "¥2.6 million", "¥110 billion", "$21.90"],
 ),
 "004_notavox_pflegeboerse.txt": A(
  "2024-09-17",
  "from the issue line 'Ausgabe 19/2024 · 17.09.2024'; 'vergangene Woche' -> 2024-09",
  "de",
  [
   D("wegwarte-notavox-seriesa", ["Wegwarte Ventures", "Notavox"], "investment", 24000000, "EUR", "exact", "2024-09", "completed",
     "24 Millionen Euro für die Sprach-KI am Pflegebett: Das Berliner Start-up Notavox hat vergangene Woche seine Series-A-Runde abgeschlossen.",
     note="amount first; lead investor in the next sentence ('Angeführt wurde sie von Wegwarte Ventures'); valuation ~€110m is not a deal; first of two Wegwarte-Notavox rounds (Series B in 017)"),
   D("notavox-microsoft-azure", ["Notavox", "Microsoft"], "cloud_contract", 18000000, "EUR", "approx", "2024-09", "signed",
     "Über vier Jahre, bis Ende 2028, zahlt das Unternehmen rund 18 Millionen Euro an Microsoft für GPU-Kapazität in Rechenzentren der Azure-Cloud in Frankfurt und Berlin.",
     term=["2024", "2028"],
     note="'das Unternehmen' = Notavox (previous sentence); total over four years, not a rate; signing date not given -> month of the issue"),
   D("feldlerche-notavox-licence", ["Feldlerche Pflege", "Notavox"], "supply", 3000000, "EUR", "approx", "2024-09", "signed",
     "Feldlerches Digitalchefin bestätigte, dass der Betreiber dafür jährlich knapp drei Millionen Euro an Notavox überweist.",
     per="year", kind_alt=["other", "cloud_contract"],
     note="software licence for 41 homes; 'knapp drei Millionen' = just under €3m a year, in words; genitive 'Feldlerches'; 'der Betreiber' = Feldlerche"),
  ],
  ["rund 110 Millionen Euro", "bis zu 12.000 Euro je Einrichtung", "1,4 Milliarden Euro",
   "4.050 Euro brutto im Monat", "89 Euro", "129 Euro"],
 ),
 "005_tallmo_attendo_riddarfjarden_en.txt": A(
  "2024-11-21",
  "from the dateline 'STOCKHOLM, 21 November 2024' (a Thursday); 'on Tuesday' -> 2024-11-19; 'last month' -> 2024-10; 'Earlier this month' -> 2024-11",
  "en",
  [
   D(*HEAT, "supply", 18000000, "SEK", "approx", "2024-11-19", "signed",
     "Under the ten-year agreement, signed on Tuesday, Attendo will pay Tallmo around SEK 18 million a year, about €1.6 million, from January 2025, the companies said.",
     per="year", term=["2025-01", "2034"], alt=[(1600000, "EUR")],
     note="waste heat from the data centre for three care homes; yearly rate; 008 restates it in EUR"),
   D("kronvik-tallmo-loan", ["Kronvik Bank", "Tallmo Compute"], "other", 900000000, "SEK", "exact", "2024-10", "signed",
     "The company financed its second hall with a SEK 900 million loan from Kronvik Bank last month, and says about two thirds of the capacity is let to AI start-ups and a Nordic university consortium.",
     kind_alt=["investment"], note="'The company' = Tallmo; loan; the SEK 2.3bn spent so far is a not_deal"),
   D("attendo-solglantan", ["Attendo", "Solgläntan Omsorg"], "acquisition", 600000000, "SEK", "at_least", "2024-11", "signed",
     "Earlier this month it agreed to buy Solgläntan Omsorg, a Gävle-based operator of 14 care homes, for more than SEK 600 million.",
     note="'it' = Attendo (previous sentence: 'the listed care group')"),
  ],
  ["SEK 0.85 per kilowatt hour", "about SEK 2.3 billion", "SEK 24.1 billion", "SEK 47.90",
   "about SEK 640 million a year", "first three months for SEK 1", "SEK 149 a month"],
 ),
 "006_welltower_hearthwell_kursgiebel.txt": A(
  "2024-11-26",
  "from the portal stamp '26.11.2024 | 07:48 Uhr' (a Tuesday); 'am Montagabend' -> 2024-11-25",
  "de",
  [
   D(*WELL, "acquisition", 1240000000, "USD", "exact", "2024-11-25", "signed",
     "Der Kaufpreis liegt bei 1,24 Milliarden Dollar, umgerechnet rund 1,18 Milliarden Euro, einschließlich übernommener Hypothekenschulden.",
     alt=[(1180000000, "EUR")],
     note="buyer and target in the previous sentence, signing 'am Montagabend' in the next; compound headline '1,24-Milliarden-Dollar-Deal'; signing of the talks reported in 002"),
   D("welltower-acquisitions-2025", ["Welltower"], "capex_plan", 5000000000, "USD", "approx", "2024-11", "planned",
     "Für das kommende Jahr stellt Welltower weitere Zukäufe von rund fünf Milliarden Dollar in Aussicht.",
     required=False, kind_alt=["acquisition"],
     note="group-wide acquisition budget in words, no counterparty -> optional"),
  ],
  ["138,40 USD", "4,30 bis 4,34 Dollar je Aktie", "0,67 Dollar je Aktie", "von 145 auf 155 Dollar",
   "rund 86 Milliarden Dollar", "136,76 USD", "86,04 – 140,79 USD", "50 Euro Startbonus"],
 ),
 "007_hippocratic_greyline_en.html": A(
  "2025-01-10",
  "from <meta property=article:published_time> 2025-01-10T12:15:00Z and the visible byline 'Jan. 10, 2025 7:15 a.m. ET'; dateline 'Jan 9' and 'on Thursday' -> 2025-01-09; 'This month' -> 2025-01",
  "en",
  [
   D(*HIPB, "investment", 148000000, "USD", "exact", "2025-01-09", "completed",
     "PALO ALTO, Calif., Jan 9 (Greyline) - Hippocratic AI, which builds voice agents that telephone older patients after they leave hospital, has raised $148 million in Series B funding with Kleiner Perkins in the lead, it announced on Thursday.",
     alt=[(144000000, "EUR")],
     note="008 gives about €144m (month only), 013 mentions it without amount; valuation $1.7bn and the cumulative 'more than $420 million' are not deals"),
   D("hippocratic-lunarvale-gpu", ["Hippocratic AI", "Lunarvale Cloud"], "cloud_contract", 62000000, "USD", "exact", "2025-01", "signed",
     "This month Hippocratic AI signed a three-year, $62 million commitment for GPU capacity with Lunarvale Cloud, a Dallas-based provider of rented Nvidia servers, the investor said.",
     note="three-year total, not a rate; from one source"),
   D("hearthwell-hippocratic-agents", ["Hearthwell Senior Living", "Hippocratic AI"], "supply", 25000000, "USD", "up_to", "2025-01-09", "signed",
     "The startup also said that Hearthwell Senior Living, the Ohio operator that Welltower agreed to buy in November, will deploy its agents across 31 communities under a four-year contract worth up to $25 million.",
     kind_alt=["other", "cloud_contract"],
     note="'The startup' = Hippocratic AI; announced with the round on Thursday"),
   D(*WELL, "acquisition", None, None, None, "2024-11", "signed",
     "The startup also said that Hearthwell Senior Living, the Ohio operator that Welltower agreed to buy in November, will deploy its agents across 31 communities under a four-year contract worth up to $25 million.",
     required=False, note="amount-less background mention of the Welltower takeover in a relative clause"),
  ],
  ["$1.7 billion", "more than $420 million", "less than $10 per hour", "about $94,000 a year",
   "$19 billion by 2030", "$1,299 a pair", "$1 for the first four weeks", "$24.99 monthly"],
 ),
 "008_wochenschau_kw04.txt": A(
  "2025-01-24",
  "from the issue line 'KW 4 · Freitag, 24. Januar 2025'; 'am Mittwoch' -> 2025-01-22; 'Anfang Januar' -> 2025-01; 'im November' -> 2024-11",
  "de",
  [
   D("torbogen-clariane-homes", ["Torbogen Partners", "Clariane"], "acquisition", 95000000, "EUR", "approx", "2025-01-22", "signed",
     "Käufer der 15 Pflegeheime in Niedersachsen und Sachsen-Anhalt ist der Münchner Finanzinvestor Torbogen Partners, der nach Angaben aus Verhandlungskreisen rund 95 Millionen Euro zahlt; unterschrieben wurde am Mittwoch.",
     note="seller Clariane in the previous sentence ('trennt sich von einem Teil seines Deutschlandgeschäfts'); price from negotiating circles"),
   D(*HIPB, "investment", 144000000, "EUR", "approx", "2025-01", "completed",
     "Der kalifornische Anbieter von Sprachagenten, die ältere Patientinnen und Patienten nach einem Klinikaufenthalt anrufen, hat Anfang Januar rund 144 Millionen Euro bei Investoren unter Führung von Kleiner Perkins eingesammelt.",
     note="company named only in the headline and the next sentence ('Hippocratic AI wird damit ... bewertet'); same round as 007 ($148m), here in EUR with the month only"),
   D(*HEAT, "supply", 1600000, "EUR", "approx", "2024-11", "signed",
     "Attendo zahlt dem Betreiber Tallmo Compute dafür jährlich rund 1,6 Millionen Euro; der auf zehn Jahre angelegte Vertrag war im November unterzeichnet worden.",
     per="year", note="same yearly heat contract as 005 (SEK 18m a year), here in EUR with the month only"),
  ],
  ["gut 5,2 Milliarden Euro", "rund 1,65 Milliarden Euro", "2.984 Euro", "rund 1,5 Milliarden Euro",
   "Gutschein über 50 Euro", "Jahresabo 198 Euro"],
 ),
 "009_dasom_naver_hanseong_en.txt": A(
  "2025-03-18",
  "from the stamp 'Updated : 2025-03-18 16:05 KST' (a Tuesday); 'said Tuesday' -> 2025-03-18; 'Last month' -> 2025-02",
  "en",
  [
   D("naver-dasom-seriesb", ["Naver", "Dasom Care AI"], "investment", 32000000000, "KRW", "exact", "2025-03-18", "completed",
     "Dasom Care AI, a Seoul startup whose talking speakers and AI companion calls check on elderly people who live alone, has raised 32 billion won ($22 million) from a Series B round that Naver led, the company said Tuesday.",
     alt=[(22000000, "USD")],
     note="first of two Naver-Dasom deals in the article; valuation ~180bn won is not a deal"),
   D("dasom-navercloud-gpu", ["Dasom Care AI", "Naver"], "cloud_contract", 1200000000, "KRW", "exact", "2025-03", "signed",
     "The startup will pay 1.2 billion won a month under that contract, a person who has seen it said.",
     per="month",
     note="monthly rate; 'that contract' = three-year agreement to run Dasom's models on Naver Cloud GPU servers (previous sentence); Naver Cloud = Naver; must stay apart from the Series B"),
   D("seongnam-dasom-speakers", ["Seongnam City", "Dasom Care AI"], "supply", 4800000000, "KRW", "exact", "2025-02", "signed",
     "Last month Seongnam City signed a 4.8 billion won contract with Dasom to equip 9,000 residents aged over 75 with the speakers for two years; Dasom says about 41,000 seniors in 23 cities and districts now use its service.",
     kind_alt=["other"], note="municipal procurement contract"),
  ],
  ["about 180 billion won", "about 350,000 won each", "1.9 trillion won", "216,500 won", "1.1 trillion won"],
 ),
 "010_seerose_falkbrunn_seeuferbote.txt": A(
  "2025-05-07",
  "from the dateline 'Meilen, Mittwoch, 7. Mai 2025'; 'am Montag' -> 2025-05-05; 'im April' -> 2025-04",
  "de",
  [
   D("seerose-falkbrunn-sensors", ["Seerose Alterszentren", "Falkbrunn Sensorik"], "supply", 4800000, "CHF", "exact", "2025-05-05", "signed",
     "Den Auftrag über 4,8 Millionen Franken hat der Verwaltungsrat am Montag an die Falkbrunn Sensorik AG aus Winterthur vergeben.",
     note="buyer Seerose in the previous sentence; 'der Verwaltungsrat' = Seerose's board; Swiss apostrophe separators elsewhere in the text (9'800, 6'900) are not_deals"),
   D("pfannenstiel-seerose-loan", ["Bank Pfannenstiel", "Seerose Alterszentren"], "other", 22000000, "CHF", "exact", "2025-04", "signed",
     "Die Bank Pfannenstiel hat der Gesellschaft dafür bereits im April einen Kredit von 22 Millionen Franken zugesagt; den Rest deckt Seerose aus eigenen Mitteln.",
     kind_alt=["investment"], note="'der Gesellschaft' = Seerose; committed loan"),
   D("seerose-uetikon-building", ["Seerose Alterszentren"], "project", 31000000, "CHF", "approx", None, "planned",
     "Finanziert wird das Vorhaben zusammen mit dem Ersatzneubau in Uetikon, dessen Kosten Seerose auf rund 31 Millionen Franken schätzt.",
     required=False, kind_alt=["capex_plan"],
     note="cost estimate of a building plan in a subordinate clause, no counterparty, no date -> optional"),
  ],
  ["rund 9'800 Franken", "rund 6'900 Franken", "1,5 Millionen Franken", "198 Franken", "ab 690 Franken"],
 ),
 "011_rheinkamm_karben_stadtspiegel.html": A(
  "2025-06-25",
  "from <meta name=date> 2025-06-25T06:30 and the visible stamp 'Karben · 25.06.2025, 06:30 Uhr' (a Wednesday); 'am Montag' -> 2025-06-23; 'Ende Mai' -> 2025-05; 'im Frühjahr 2024' -> 2024",
  "de",
  [
   D("rheinkamm-feldlerche-heat", ["Feldlerche Pflege", "Rheinkamm Datacenter"], "supply", 420000, "EUR", "approx", "2025-06-23", "signed",
     "Feldlerche zahlt dem Rechenzentrumsbetreiber dafür jährlich rund 420.000 Euro, die Lieferung beginnt mit der Inbetriebnahme der ersten Serverhalle Ende 2027.",
     per="year", term=["2027", "2042"],
     note="'dem Rechenzentrumsbetreiber' = Rheinkamm; 15-year heat contract signed 'am Montag' (previous sentence); second Rheinkamm-Feldlerche deal, must stay apart from the 2024 site sale"),
   D(*SITE, "acquisition", None, None, None, "2024", "signed",
     "Die Serverhallen entstehen in Bad Vilbel auf dem Gelände des früheren Seniorenheims „Haus Niddaaue\", das Rheinkamm im Frühjahr 2024 von Feldlerche gekauft hatte.",
     required=False, kind_alt=["other"], note="amount-less restatement of the 2024 site sale (001, 002)"),
   D("hunteburg-feldlerche-loan-2025", ["Hunteburg Bank", "Feldlerche Pflege"], "other", 31000000, "EUR", "exact", "2025-05", "signed",
     "Den Bau finanziert Feldlerche zum großen Teil über einen Kredit der Hunteburg Bank über 31 Millionen Euro, der Ende Mai unterschrieben wurde.",
     kind_alt=["investment"], note="loan for the Karben home; different from the €12m loan of 2026 (014)"),
  ],
  ["gut 6,2 Cent", "rund fünf Millionen Euro", "4,7 Millionen Euro", "7,90 Euro im Monat"],
 ),
 "012_silverbirch_cravenfold_pennine_en.txt": A(
  "2025-07-17",
  "from the date line 'Business | Thursday 17 July 2025'; 'on Tuesday' -> 2025-07-15; 'last month' -> 2025-06",
  "en",
  [
   D("silverbirch-cravenfold-homes", ["Silverbirch Care Properties", "Cravenfold Care"], "acquisition", 186000000, "GBP", "exact", "2025-07-15", "signed",
     "Silverbirch Care Properties, the Leeds-listed owner of care-home buildings, has agreed to buy 14 homes in Yorkshire and Lancashire from the operator Cravenfold Care for £186 million.",
     note="sale and leaseback; signing 'on Tuesday' in the next sentence"),
   D("kelbrook-silverbirch-aireview", ["Kelbrook Data", "Silverbirch Care Properties"], "acquisition", 23000000, "GBP", "exact", "2025-06", "completed",
     "The Manchester developer paid £23 million for the eleven-acre plot last month, well above its book value.",
     kind_alt=["other"],
     note="'The Manchester developer' = Kelbrook Data, seller Silverbirch (previous sentence); first of two Kelbrook-Silverbirch deals (second in 018)"),
   D("kelbrook-skipton-datacenter", ["Kelbrook Data"], "project", 750000000, "GBP", "approx", "2025-07", "planned",
     "Kelbrook wants to build a data centre there for AI workloads, at a cost of around £750 million, and says the location next to a 132kV substation saves it years of waiting for a grid connection.",
     kind_alt=["capex_plan"], note="no date given -> month of the article"),
  ],
  ["£142 million", "about £1,250 a week", "£312 million", "2p higher at 96p", "1.8p", "104p a share", "from £275,000"],
 ),
 "013_elder_ai_starlingford_en.txt": A(
  "2025-09-09",
  "from the header 'Sector note · Care infrastructure & AI · 9 September 2025'; 'Last month' -> 2025-08; 'November last year' -> 2024-11",
  "en",
  [
   D(*SOMPO, "cloud_contract", 45000000000, "JPY", "exact", "2024-05", "signed",
     "Sompo's ¥45bn five-year commitment to Palantir, signed in May 2024, remains the largest single software contract we know of in elder care.",
     kind_alt=["other", "supply"], note="restatement of 003"),
   D(*WELL, "acquisition", 1240000000, "USD", "exact", "2024-11", "completed",
     "Welltower's $1.24bn purchase of Hearthwell Senior Living, agreed in November last year and closed in February, was priced like a real-estate transaction, yet the thesis is operational: Welltower's own data platform now runs all 31 Hearthwell communities.",
     note="restatement; agreed 2024-11, closed 2025-02"),
   D(*HIPB, "investment", None, None, None, "2025-01", "completed",
     "Hippocratic AI's Kleiner Perkins-led Series B in January showed investors willing to pay software multiples for what is partly a staffing business.",
     required=False, note="amount-less restatement of 007/008"),
   D("nvidia-yoriso-jetson", ["Nvidia", "Yoriso Robotics"], "supply", 35000000, "USD", "range", "2025-08", "signed",
     "Neither company gave a value; we estimate the three-year order at between $35 million and $45 million, depending on volumes at Sompo Care and two other Japanese operators.",
     amount_max=45000000,
     note="value only from the analysts ('we' = Starlingford Research); parties and 'Last month' in the previous sentence"),
  ],
  ["$9.6bn by 2030", "price target $182 (from $165)", "price target ¥5,100", "price target $118"],
 ),
 "014_pflegemarkt_heimticker.txt": A(
  "2026-02-03",
  "from the ticker date 'Dienstag, 3. Februar 2026', entries by time; 'heute' -> 2026-02-03; 'am Montag' -> 2026-02-02",
  "de",
  [
   D(*ORL, "acquisition", 300000000, "EUR", "approx", "2026", "rumored",
     "Diskutiert werde ein Kaufpreis von rund 300 Millionen Euro, erfuhr der Heimticker aus dem Umfeld beider Firmen.",
     alt=[(355000000, "USD"), (305000000, "EUR")],
     note="rumour from sources; parties in the previous sentence ('Orlingbrook Health Systems verhandelt offenbar über den Kauf des Berliner Spezialisten'); signed at $355m (about €305m) on 2026-03-09 (015, alt_amounts); the year keeps the shared id's dates consistent"),
   D("hunteburg-feldlerche-loan-2026", ["Hunteburg Bank", "Feldlerche Pflege"], "other", 12000000, "EUR", "exact", "2026-02-03", "signed",
     "Weitere 12 Millionen Euro fließen in die Sanierung von vier Häusern im Vogelsberg, wie der hessische Heimbetreiber heute mitteilte.",
     kind_alt=["investment"],
     note="parties in the previous sentence ('Die Hunteburg Bank stockt ihre Finanzierung für Feldlerche Pflege auf'); different from the €31m loan of 2025 (011)"),
   D("torbogen-silverbirch-offer", ["Torbogen Partners", "Silverbirch Care Properties"], "acquisition", 410000000, "GBP", "exact", "2026-02", "rumored",
     "Dementi aus Leeds: Silverbirch Care Properties weist einen Bericht eines britischen Branchenblatts zurück, wonach der Finanzinvestor Torbogen Partners 410 Millionen Pfund für das Unternehmen geboten habe.",
     required=False, note="denied rumour ('Ein Angebot existiert nicht') -> optional; the report appeared 'am Montag'"),
  ],
  ["26,4 Milliarden Kronen", "1,9 Milliarden Kronen", "1,5 Milliarden Euro", "3.108 Euro im Monat", "4,12 Euro"],
 ),
 "015_orlingbrook_notavox_embercourt_en.txt": A(
  "2026-03-10",
  "from the portal stamp 'Mar 10, 2026 · 8:05 AM ET' (a Tuesday); 'after the close on Monday' -> 2026-03-09",
  "en",
  [
   D(*ORL, "acquisition", 355000000, "USD", "exact", "2026-03-09", "signed",
     "Orlingbrook Health Systems (NASDAQ: ORLB) agreed to acquire Notavox, a Berlin company whose speech software turns what nurses say into care-home documentation, for $355 million in cash, or about €305 million, the company announced after the close on Monday.",
     alt=[(305000000, "EUR")], note="signing of the rumour in 014; 017 restates it"),
   D("penwarden-orlingbrook-loan", ["Penwarden Bank", "Orlingbrook Health Systems"], "other", 250000000, "USD", "exact", "2026-03", "signed",
     "The buyer is funding the deal from its cash reserves plus a new $250 million term loan arranged by Penwarden Bank.",
     kind_alt=["investment"], note="'The buyer' = Orlingbrook; acquisition financing"),
  ],
  ["roughly $14 million", "$2.15 to $2.25 per share", "2.9% to $41.18", "the lowest now stands at $38",
   "the highest at $52", "about $6.3 billion", "$31.40 – $47.66", "$0.50 per order"],
 ),
 "016_oxhollow_welltower_scioto_en.html": A(
  "2026-04-15",
  "from <meta name=parsely-pub-date> 2026-04-15 and the visible byline 'Wed., Apr. 15, 2026'; 'closed Monday' -> 2026-04-13; 'late 2024' -> 2024",
  "en",
  [
   D("oxhollow-welltower-land", ["Oxhollow Data", "Welltower"], "acquisition", 38000000, "USD", "exact", "2026-04-13", "completed",
     "LEWIS CENTER — Oxhollow Data, a Columbus developer of data centers for artificial-intelligence companies, has bought 46 acres of unused land at the Hearthwell Meadows senior living campus from Welltower for $38 million.",
     kind_alt=["other"], note="closed Monday (next sentence); land sale by Welltower"),
   D(*WELL, "acquisition", 1240000000, "USD", "exact", "2024", "completed",
     "Welltower took over the campus when it bought Hearthwell Senior Living and its 31 communities in late 2024 for $1.24 billion.",
     note="restatement; 'late 2024' -> year"),
   D("oxhollow-lewiscenter-campus", ["Oxhollow Data"], "project", 1400000000, "USD", "at_least", "2026-04", "planned",
     "Oxhollow plans to spend more than $1.4 billion on two buildings with a combined 180 megawatts of capacity, according to paperwork it submitted to Delaware County's economic development department.",
     kind_alt=["capex_plan"]),
   D("aep-oxhollow-power", ["AEP Ohio", "Oxhollow Data"], "supply", None, None, None, None, "signed",
     "The company has signed an electric service agreement with AEP Ohio for the site; terms were not disclosed.",
     required=False, note="'The company' = Oxhollow; amount-less, undated -> optional"),
  ],
  ["about $4.1 million a year", "$78,000 a year", "$4,950", "$1 for your first 6 months", "$13.99 a month"],
 ),
 "017_notavox_interview_kapitalfuersorge.txt": A(
  None,
  "interview without any date (only 'Lesedauer: 6 Minuten'); it follows the Orlingbrook takeover of March 2026; dates are only those the text gives",
  "de",
  [
   D(*ORL, "acquisition", 300000000, "EUR", "approx", None, "completed",
     "Über den Preis von umgerechnet gut 300 Millionen Euro, den Orlingbrook gezahlt hat, ist viel geschrieben worden.",
     note="'gut 300 Millionen' (a good €300m) read as approx; undated interview -> date null"),
   D("orlingbrook-notavox-offer-2025", ["Orlingbrook Health Systems", "Notavox"], "acquisition", 150000000, "EUR", "exact", "2025", "cancelled",
     "Orlingbrook hat schon 2025 einmal angeklopft und 150 Millionen Euro für sämtliche Anteile geboten.",
     note="refused offer ('Das haben wir abgelehnt', next sentence); must stay apart from the 2026 takeover of the same pair"),
   D("wegwarte-notavox-seriesb", ["Wegwarte Ventures", "Notavox"], "investment", 61000000, "EUR", "exact", "2025", "completed",
     "Im Herbst 2025 haben wir noch einmal 61 Millionen Euro aufgenommen, wieder mit Wegwarte an der Spitze, dazu zwei Pensionsfonds aus Skandinavien.",
     note="'wir' = Notavox; autumn -> year; second Wegwarte-Notavox round, must stay apart from the 2024 Series A (004); valuation ~€420m is not a deal"),
  ],
  ["rund 420 Millionen Euro", "95.000 Euro im Jahr", "rund 4.200 Euro brutto", "rund 12 Millionen Euro",
   "Heftpreis 9,80 Euro", "86 Euro"],
 ),
 "018_aldwick_letter_jun26_en.txt": A(
  "2026-06-12",
  "from the issue line 'Issue 88 · Friday 12 June 2026'; 'on Wednesday' -> 2026-06-10; 'on Tuesday' -> 2026-06-09; 'two weeks ago' -> 2026-05; 'last November' -> 2025-11",
  "en",
  [
   D("cravenfold-hippocratic-uk", ["Cravenfold Care", "Hippocratic AI"], "supply", 4000000, "GBP", "approx", "2026-06-10", "signed",
     "Cravenfold Care will pay about £4 million over three years for the agents, which will work in its 24 remaining homes, the operator confirmed on Wednesday; calls will start in September, first to relatives and later to residents themselves.",
     kind_alt=["other", "cloud_contract"], note="'the agents' = Hippocratic AI's voice agents (previous sentence)"),
   D("pescadero-hippocratic-seriesc", ["Pescadero Point Capital", "Hippocratic AI"], "investment", 126000000, "USD", "exact", "2025-11", "completed",
     "Hippocratic AI can afford to expand: it closed a $126 million Series C last November, led by Pescadero Point Capital, which valued it at $3.5 billion, and says it now has customers in five countries.",
     note="third Hippocratic round in the corpus (Series A 002, Series B 007); valuation is not a deal"),
   D("harlow-pike-kelbrook-equity", ["Harlow & Pike Infrastructure", "Kelbrook Data"], "investment", 140000000, "GBP", "exact", "2026-05", "completed",
     "Kelbrook Data has raised £140 million of equity from Harlow & Pike Infrastructure to build the first hall at its Skipton site, the former Aireview care home.",
     note="'The money arrived two weeks ago' (next sentence) -> late May 2026"),
   D("kelbrook-silverbirch-homes-2026", ["Kelbrook Data", "Silverbirch Care Properties"], "acquisition", 11500000, "GBP", "exact", "2026-06-09", "signed",
     "Separately, it agreed on Tuesday to buy two more closed homes from Silverbirch Care Properties, in Barnoldswick and Earby, for £11.5 million; it wants them for staff housing and a training centre, not servers.",
     kind_alt=["other"], note="'it' = Kelbrook Data; second Kelbrook-Silverbirch deal, must stay apart from the 2025 Aireview plot (012)"),
  ],
  ["£600 million", "£12.71 an hour", "£1,310", "Tickets £45", "£180 a year", "$3.5 billion"],
 ),
 "019_sompo_palantir_aktienlupe.txt": A(
  "2026-08-19",
  "from the portal stamp '19.08.2026 | 09:31' (a Wednesday); 'am Dienstag' -> 2026-08-18; 'im Mai 2024' -> 2024-05",
  "de",
  [
   D("sompo-palantir-ai-2026", ["Sompo Holdings", "Palantir"], "cloud_contract", 9000000000, "JPY", "exact", "2026-08-18", "signed",
     "Der Konzern, der mit Sompo Care auch einer der größten Pflegeheimbetreiber Japans ist, zahlt dem US-Softwarehaus ab 2027 jährlich neun Milliarden Yen für eine KI-Plattform, die Pflegeplanung, Medikation und Personaleinsatz in seinen Häusern steuern soll.",
     per="year", term=["2027", "2031"], kind_alt=["other", "supply"],
     note="'Der Konzern' = Sompo, 'dem US-Softwarehaus' = Palantir (previous sentence); amount in words, yearly; five years, signed 'am Dienstag' (next sentence); must stay apart from the 2024 contract"),
   D(*SOMPO, "cloud_contract", 45000000000, "JPY", "exact", "2024-05", "signed",
     "Bereits im Mai 2024 hatte Sompo einen Fünfjahresvertrag über 45 Milliarden Yen mit Palantir geschlossen, der im März 2029 endet.",
     kind_alt=["other", "supply"], note="restatement of 003"),
   D("sompo-yoriso-stake-2026", ["Sompo Holdings", "Yoriso Robotics"], "acquisition", 14000000000, "JPY", "approx", "2026-08", "signed",
     "Zugleich übernimmt die Sompo-Tochter Sompo Care 34 Prozent am Nagoyaer Roboterhersteller Yoriso Robotics, für rund 14 Milliarden Yen (etwa 82 Millionen Euro).",
     alt=[(82000000, "EUR")], kind_alt=["investment"],
     note="34 % stake via 'die Sompo-Tochter'; different from the 2024 robot order of the same pair (003)"),
  ],
  ["4.612 JPY", "5.300 Yen", "410 Milliarden Yen", "140 Yen je Aktie", "rund 380 Milliarden Dollar",
   "4.508 JPY", "4.790 JPY", "ab 25 Euro"],
 ),
 "020_feldlerche_torbogen_wirtschaftsbote.txt": A(
  "2026-11-06",
  "from the issue line 'Freitag, 6. November 2026 · Ausgabe 45 · S. 7'; 'Im Juli' -> 2026-07; 'Drei Monate später' -> October 2026 (the collapse); 'am Mittwoch' -> 2026-11-04",
  "de",
  [
   D("torbogen-feldlerche-takeover", ["Torbogen Partners", "Feldlerche Pflege"], "acquisition", 480000000, "EUR", "up_to", "2026-07", "cancelled",
     "Im Juli hatten sich der Finanzinvestor Torbogen Partners und die Gründerfamilie Osterkamp auf einen Verkauf der Feldlerche Pflege GmbH geeinigt, für bis zu 480 Millionen Euro einschließlich erfolgsabhängiger Zahlungen.",
     note="agreed in July, collapsed 'Drei Monate später' (next sentence) -> cancelled, dated to the agreement"),
   D("stiftgarten-feldlerche-homes", ["Stiftgarten Immobilienfonds", "Feldlerche Pflege"], "acquisition", 62000000, "EUR", "exact", "2026-11-04", "signed",
     "Statt des Komplettverkaufs veräußert Feldlerche sechs Heimimmobilien im Main-Kinzig-Kreis an den Stiftgarten Immobilienfonds, für 62 Millionen Euro.",
     kind_alt=["other"], note="sale and leaseback; notarised 'am Mittwoch' (next sentence)"),
   D("feldlerche-capex-2030", ["Feldlerche Pflege"], "capex_plan", 150000000, "EUR", "approx", "2026-11", "planned",
     "Bis 2030 will Feldlerche rund 150 Millionen Euro in Neubauten und die Modernisierung bestehender Häuser investieren, darunter ein zweites Heim, das wie der Karbener Neubau mit Abwärme aus einem Rechenzentrum beheizt werden soll.",
     required=False, kind_alt=["project"], note="group-wide capex plan -> optional"),
  ],
  ["2,1 Milliarden Euro", "318 Millionen Euro", "29 Millionen Euro", "3.240 Euro im Monat",
   "85 Millionen Euro", "300 Euro Nachlass"],
 ),
}

ALIASES = {
 "Feldlerche Pflege": ["Feldlerche Pflege GmbH", "Feldlerche"],
 "Rheinkamm Datacenter": ["Rheinkamm"],
 "Welltower": ["Welltower Inc."],
 "Hearthwell Senior Living": ["Hearthwell"],
 "Hippocratic AI": ["Hippocratic"],
 "General Catalyst": [],
 "Premji Invest": [],
 "Kleiner Perkins": [],
 "Sompo Holdings": ["Sompo", "Sompo Care"],
 "Palantir": ["Palantir Technologies"],
 "Yoriso Robotics": ["Yoriso"],
 "Hinokawa Capital": ["Hinokawa"],
 "Notavox": [],
 "Wegwarte Ventures": ["Wegwarte"],
 "Microsoft": ["Azure"],
 "Tallmo Compute": ["Tallmo"],
 "Attendo": [],
 "Kronvik Bank": [],
 "Solgläntan Omsorg": ["Solgläntan"],
 "Lunarvale Cloud": ["Lunarvale"],
 "Torbogen Partners": ["Torbogen"],
 "Clariane": [],
 "Naver": ["Naver Cloud"],
 "Dasom Care AI": ["Dasom"],
 "Seongnam City": ["Seongnam"],
 "Seerose Alterszentren": ["Seerose Alterszentren AG", "Seerose"],
 "Falkbrunn Sensorik": ["Falkbrunn Sensorik AG", "Falkbrunn"],
 "Bank Pfannenstiel": [],
 "Hunteburg Bank": [],
 "Silverbirch Care Properties": ["Silverbirch"],
 "Cravenfold Care": ["Cravenfold"],
 "Kelbrook Data": ["Kelbrook"],
 "Nvidia": [],
 "Orlingbrook Health Systems": ["Orlingbrook"],
 "Penwarden Bank": [],
 "Oxhollow Data": ["Oxhollow"],
 "AEP Ohio": ["AEP"],
 "Pescadero Point Capital": [],
 "Harlow & Pike Infrastructure": ["Harlow & Pike"],
 "Stiftgarten Immobilienfonds": ["Stiftgarten"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
