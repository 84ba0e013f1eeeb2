#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus145/articles/.

The annotation lives here as data; edit this file and run it to rewrite gold.json:
    python3 tests/corpus145/make_gold.py
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 145th, held-out test corpus (tests/corpus145/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: smartphone and consumer-electronics makers buying AI models "
    "and chips (model licences, on-device AI chip supply, data-centre spending, AI start-up acquisitions). "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an "
    "error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <time datetime>, "
    "<meta>, issue line or visible byline date, or null when the article has none); a rumour that is later "
    "signed carries only the year; a cancelled deal keeps the date of the original offer or talks; 'term' is "
    "the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. Model licences are 'supply' (alternatives partnership, other). For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Invented companies: Hallgarten Sensorik GmbH, Perlbach Ventures, Cold Fork Solar, Seorin Neurochip, "
    "Hanmaru Partners, Veyrantis Semiconductor, Tiefsee Modellwerk GmbH, Kestrun Capital, Pyxholm, Vargö "
    "Kapital, Yunhai Zhixin, Ondekai, Quintreth Data Centres, Severnside Bank, Aurevo Optics; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals of "
    "real companies are partly loosely based on public reports (shifted), partly invented. Nothing here is "
    "reporting."
)

ALIASES = {
    "Sony": ["Sony", "Sony Semiconductor Solutions", "Sony Group"],
    "Hallgarten Sensorik": ["Hallgarten Sensorik GmbH", "Hallgarten Sensorik", "Hallgarten"],
    "Stadt Regensburg": ["Stadt Regensburg", "Regensburg"],
    "Apple": ["Apple", "Apple Inc."],
    "OpenAI": ["OpenAI"],
    "Cold Fork Solar": ["Cold Fork Solar", "Cold Fork"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "Seorin Neurochip": ["Seorin Neurochip", "Seorin"],
    "DarwinAI": ["DarwinAI"],
    "Hanmaru Partners": ["Hanmaru Partners", "Hanmaru"],
    "Oxford Semantic Technologies": ["Oxford Semantic Technologies", "Oxford Semantic"],
    "Baidu": ["Baidu"],
    "Xiaomi": ["Xiaomi", "Xiaomi Corp."],
    "Alat": ["Alat"],
    "Lenovo": ["Lenovo", "Lenovo Group"],
    "Infinidat": ["Infinidat"],
    "Alibaba": ["Alibaba", "Alibaba Group"],
    "Veyrantis Semiconductor": ["Veyrantis Semiconductor", "Veyrantis"],
    "TSMC": ["TSMC", "Taiwan Semiconductor Manufacturing Co"],
    "Tiefsee Modellwerk": ["Tiefsee Modellwerk GmbH", "Tiefsee Modellwerk", "Tiefsee"],
    "Kestrun Capital": ["Kestrun Capital", "Kestrun"],
    "FläktGroup": ["FläktGroup", "FlaktGroup", "Fläkt Group"],
    "Harman": ["Harman", "Harman International"],
    "Yunhai Zhixin": ["Yunhai Zhixin", "Yunhai"],
    "Perplexity": ["Perplexity", "Perplexity AI"],
    "Honor": ["Honor"],
    "Pyxholm": ["Pyxholm"],
    "Vargö Kapital": ["Vargö Kapital", "Vargö"],
    "Corning": ["Corning", "Corning Inc."],
    "MP Materials": ["MP Materials"],
    "Google": ["Google", "Alphabet"],
    "Aurevo Optics": ["Aurevo Optics", "Aurevo"],
    "Ondekai": ["Ondekai"],
    "Quintreth Data Centres": ["Quintreth Data Centres", "Quintreth"],
    "Severnside Bank": ["Severnside Bank", "Severnside"],
    "Broadcom": ["Broadcom", "Broadcom Inc."],
    "Perlbach Ventures": ["Perlbach Ventures", "Perlbach"],
    "Triton": ["Triton", "Triton Partners"],
}


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


LICENCE_ALT = ["partnership", "other"]

ARTICLES = {}


def A(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


A("001_sony_hallgarten_walhallbote.txt", "2024-03-15",
  "dateline without year 'REGENSBURG, 15. März (wb)'; the year from the copyright line '© 2024 Walhallbote "
  "Verlagsgesellschaft mbH'; 'am Mittwoch' -> 2024-03-13, 'am Dienstagabend' -> 2024-03-12", "de",
  [
      D("sony-hallgarten-stake", ["Sony", "Hallgarten Sensorik"], "investment", 40_000_000, "EUR", "approx",
        "2024-03-13", "signed",
        "Die Halbleitertochter des Konzerns, Sony Semiconductor Solutions, übernimmt 30 Prozent der "
        "Geschäftsanteile und bezahlt dafür knapp 40 Millionen Euro.",
        kind_alt=["acquisition"],
        note="'knapp' -> approx; 'des Konzerns' = Sony (previous sentence); signed 'am Mittwoch' in the next "
             "sentence; part of the shares come from Perlbach Ventures (seller, not a party), part are new"),
      D("regensburg-hallgarten-land", ["Hallgarten Sensorik", "Stadt Regensburg"], "acquisition", 3_100_000,
        "EUR", "exact", "2024-03-12", "announced",
        "Der Kaufpreis liegt bei 3,1 Millionen Euro; notariell beurkundet werden soll der Vertrag im April.",
        kind_alt=["other"],
        note="land sale by the city; buyer, seller and the council vote 'am Dienstagabend' in the previous "
             "sentence; not yet notarised -> announced; the reader comment repeats the price"),
      D("hallgarten-regensburg-centre", ["Hallgarten Sensorik"], "capex_plan", 25_000_000, "EUR", "approx",
        "2024-03", "planned",
        "Die Baukosten beziffert Wimmeder auf rund 25 Millionen Euro.", required=False,
        kind_alt=["project"],
        note="building cost of the planned development centre (previous sentence); a company's own "
             "construction budget, optional"),
      D("perlbach-hallgarten-2020", ["Perlbach Ventures", "Hallgarten Sensorik"], "investment", None, None,
        None, "2020", "completed",
        "Ein Teil der Anteile stammt vom Münchner Frühphasenfonds Perlbach Ventures, der 2020 als erster "
        "Geldgeber eingestiegen war, der Rest sind neu geschaffene Anteile.",
        required=False,
        note="Perlbach's first investment of 2020, no amount; background, optional (Perlbach is also a seller "
             "in Sony's stake purchase)"),
  ],
  ["11,4 Millionen Euro", "170 Euro je Quadratmeter", "2,4 Millionen Euro", "62.000 Euro im Jahr",
   "489.000 Euro"])

A("002_apple_wwdc_neuralhandset_en.txt", "2024-06-13",
  "from the issue line 'Issue 44 — Thursday, 13 June 2024'; 'on Monday' -> 2024-06-10, 'on Wednesday' -> "
  "2024-06-12", "en",
  [
      D("apple-openai-chatgpt", ["Apple", "OpenAI"], "partnership", None, None, None, "2024-06-10",
        "announced",
        "Apple confirmed on Monday that OpenAI's ChatGPT will sit behind Siri and the system writing tools "
        "when iOS 18 ships later this year, with users asked each time before a query leaves the phone.",
        required=False, note="no money changes hands (next sentence); amount-less partnership, optional"),
      D("cold-fork-apple-ppa", ["Cold Fork Solar", "Apple"], "supply", 310_000_000, "USD", "approx",
        "2024-06-12", "signed",
        "The Phoenix developer disclosed the contract on Wednesday and valued it at about $310 million; "
        "deliveries begin in 2026.",
        term=["2026", None],
        note="15-year solar offtake for the Mesa data centre; parties in the previous sentence ('Apple has "
             "agreed to take the entire output ... from Cold Fork Solar'), 'The Phoenix developer' = Cold Fork"),
      D("samsung-seorin", ["Samsung Electronics", "Seorin Neurochip"], "acquisition", 300_000_000, "USD",
        "at_least", "2024", "rumored",
        "The asking price, he said, is north of $300 million.",
        alt=[(420_000_000_000, "KRW"), (305_000_000, "USD"), (285_000_000, "EUR")],
        note="rumour from a banker; parties in the previous sentence ('Samsung is circling Seorin "
             "Neurochip'); 'north of' -> at_least; signed on 2024-10-21 for KRW 420bn ($305m, 003) and "
             "restated at about EUR 285m (004), hence alt_amounts; only the year so that the shared id's "
             "dates agree"),
      D("apple-darwinai", ["Apple", "DarwinAI"], "acquisition", None, None, None, "2024", "completed",
        "Apple's purchase of Waterloo-based DarwinAI, which shrinks vision models so they fit on a handset, "
        "closed earlier this year.",
        required=False, note="terms never published; amount-less background, optional"),
  ],
  ["$1,199", "$24.2 billion", "$40 billion", "$695"])

A("003_samsung_seorin_seochoherald_en.html", "2024-10-22",
  "from <meta article:published_time> and <time datetime='2024-10-22T14:05:00+09:00'> ('Posted : "
  "2024-10-22 14:05'); 'on Monday' -> 2024-10-21", "en",
  [
      D("samsung-seorin", ["Samsung Electronics", "Seorin Neurochip"], "acquisition", 420_000_000_000, "KRW",
        "exact", "2024-10-21", "signed",
        "Samsung Electronics agreed on Monday to acquire Seorin Neurochip, a Pangyo-based designer of "
        "low-power neural processing units, for 420 billion won ($305 million), according to a disclosure "
        "both companies filed with the exchange on Tuesday.",
        alt=[(305_000_000, "USD")],
        note="the rumour of 002 signed; completion expected by December"),
      D("hanmaru-seorin-seriesb", ["Hanmaru Partners", "Seorin Neurochip"], "investment", 60_000_000_000,
        "KRW", "exact", "2023", "completed",
        "Its largest outside shareholder, Seoul venture firm Hanmaru Partners, led a 60 billion won Series B "
        "round in the chip designer in 2023 and will exit with roughly a fourfold return, according to an "
        "executive at the fund.",
        note="earlier round with its lead investor; 'the chip designer' = Seorin"),
      D("samsung-oxford-semantic", ["Samsung Electronics", "Oxford Semantic Technologies"], "acquisition",
        None, None, None, "2024-07", "completed",
        "In July the company bought Oxford Semantic Technologies, a British start-up working on knowledge "
        "graphs for personal assistants, without disclosing terms.",
        required=False, note="'the company' = Samsung; no amount, background, optional"),
  ],
  ["14 billion won", "9.1 trillion won", "59,200 won", "26 trillion won", "80 million won", "590,000 won"])

A("004_ki_smartphones_renditeglocke.txt", "2024-12-04",
  "from the line 'Gastkommentar | Mittwoch, 4. Dezember 2024'", "de",
  [
      D("samsung-seorin", ["Samsung Electronics", "Seorin Neurochip"], "acquisition", 285_000_000, "EUR",
        "approx", "2024-10", "signed",
        "Die Übernahme des südkoreanischen NPU-Entwicklers Seorin Neurochip im Oktober kostete umgerechnet "
        "rund 285 Millionen Euro – für einen Konzern dieser Größe ein Taschengeld, strategisch aber "
        "bemerkenswert.",
        note="buyer in the previous sentence ('Samsung kauft Fähigkeiten'); 'im Oktober' -> month; EUR "
             "conversion of the KRW 420bn of 003"),
      D("apple-baidu-talks", ["Apple", "Baidu"], "partnership", None, None, None, "2024", "negotiating",
        "Nach übereinstimmenden Medienberichten verhandelt Apple deshalb mit Baidu über die Nutzung der "
        "Ernie-Modelle; über Geld ist nichts bekannt, und die Gespräche sollen wegen Datenschutzfragen "
        "stocken.",
        required=False, kind_alt=["supply", "other"],
        note="model talks without an amount, from media reports; optional"),
      D("xiaomi-gpu-cluster", ["Xiaomi"], "capex_plan", 3_000_000_000, "CNY", "up_to", "2024-12", "planned",
        "Dafür will das Unternehmen bis zu 3 Milliarden Yuan ausgeben, verteilt auf die kommenden zwei Jahre.",
        kind_alt=["project"],
        note="'das Unternehmen' = Xiaomi ('Der Pekinger Konzern', previous sentence); GPU cluster from "
             "supply-chain information, neither confirmed nor denied; no announcement date -> month of the "
             "article"),
  ],
  ["480 Milliarden Dollar", "620 Euro", "9,4 Milliarden Dollar", "260 Dollar", "38 Hongkong-Dollar",
   "49 Euro"])

A("005_lenovo_alat_gulfline_en.txt", "2025-01-09",
  "from the header 'GULFLINE WIRE | Companies | January 9, 2025 | 07:12 GMT' (dateline 'Jan 8'); 'on "
  "Wednesday' -> 2025-01-08; 'a day after' -> 2025-01-07", "en",
  [
      D("alat-lenovo-bonds", ["Alat", "Lenovo"], "investment", 2_000_000_000, "USD", "exact", "2025-01-08",
        "signed",
        "RIYADH/HONG KONG, Jan 8 (Gulfline) - Lenovo Group has agreed to sell $2 billion of zero-coupon "
        "convertible bonds to Alat, a manufacturing company that belongs to the kingdom's Public Investment "
        "Fund, the company announced on Wednesday, as the world's largest personal-computer maker raises "
        "money for its push into AI servers and the Middle East.",
        alt=[(7_500_000_000, "SAR")], kind_alt=["other"],
        note="convertible bonds bought by Alat; SAR 7.5bn in the next sentence ('The bonds, worth about 7.5 "
             "billion riyals'); still needs shareholder and regulatory approval -> signed"),
      D("lenovo-infinidat", ["Lenovo", "Infinidat"], "acquisition", None, None, None, "2025-01-07", "signed",
        "The financing comes a day after the Chinese company agreed to buy Infinidat, an Israeli maker of "
        "enterprise storage systems, to strengthen its data-centre business.",
        required=False, note="'the Chinese company' = Lenovo; price not disclosed; optional"),
  ],
  ["HK$10.42", "$100 billion", "$17.9 billion", "HK$10.48", "HK$130 billion", "6 billion riyals"])

A("006_apple_usa_aktienkanzel.txt", "2025-02-25",
  "from the portal stamp '25.02.2025 – 08:31 Uhr'; 'am Montag' -> 2025-02-24", "de",
  [
      D("apple-us-500bn", ["Apple"], "capex_plan", 500_000_000_000, "USD", "at_least", "2025-02-24",
        "announced",
        "Cupertino – Binnen vier Jahren sollen in den Vereinigten Staaten über 500 Milliarden Dollar fließen, "
        "kündigte der iPhone-Konzern am Montag an.",
        alt=[(478_000_000_000, "EUR")], kind_alt=["project"],
        note="'der iPhone-Konzern' = Apple; 'über' -> at_least; EUR conversion in the next sentence; includes "
             "the Houston AI-server factory; the whole US plan is the lead story, so required"),
      D("apple-alibaba-china-ai", ["Apple", "Alibaba"], "partnership", None, None, None, "2025-02", "rumored",
        "Medienberichten zufolge arbeitet der Konzern dort mit Alibaba an KI-Funktionen für das iPhone, "
        "nachdem Gespräche mit anderen Anbietern ins Stocken geraten waren.",
        required=False, kind_alt=["supply", "other"],
        note="'der Konzern' = Apple; unconfirmed, no financial details; optional"),
  ],
  ["236,40 EUR", "247,10 USD", "275 Dollar", "124,3 Mrd. USD", "0,25 USD", "3,7 Billionen USD",
   "200 bis 325 USD", "699 Euro", "25 Euro im Monat"])

A("007_xiaomi_veyrantis_formosafab_en.txt", "2025-03-19",
  "from the header 'Business · Semiconductors · Wednesday, March 19, 2025 · 18:20 (Taipei time)'; 'on "
  "Tuesday' -> 2025-03-18; 'last month' -> 2025-02", "en",
  [
      D("xiaomi-veyrantis-npu-supply", ["Veyrantis Semiconductor", "Xiaomi"], "supply", 9_600_000_000, "TWD",
        "exact", "2025-03-18", "signed",
        "Hsinchu-based chip designer Veyrantis Semiconductor on Tuesday signed a three-year agreement to "
        "supply Xiaomi with neural processing chips worth NT$9.6 billion (US$292 million), the biggest order "
        "Veyrantis has won since it was founded eleven years ago.",
        alt=[(292_000_000, "USD"), (265_000_000, "EUR")], term=["2026", "2028"],
        note="deliveries 'from the first quarter of next year' for three years; restated at about EUR 265m "
             "in 018 (alt_amounts)"),
      D("tsmc-veyrantis-wafers", ["TSMC", "Veyrantis Semiconductor"], "supply", 2_200_000_000, "TWD",
        "approx", "2025-02", "signed",
        "To make room for the order, Veyrantis last month booked additional 4-nanometer wafer capacity at "
        "Taiwan Semiconductor Manufacturing Co (TSMC) for about NT$2.2 billion, the company said.",
        note="wafer capacity bought from the foundry; 'last month' -> 2025-02"),
  ],
  ["US$4", "NT$3.4 billion", "NT$412 million", "NT$486", "NT$41 billion", "NT$560", "NT$1.2 billion",
   "NT$1.8 million per year"])

A("008_lenovo_tiefsee_saalespiegel.txt", "2025-04-10",
  "from the issue line 'Ausgabe 15/2025 · Donnerstag, 10. April 2025'; 'am Dienstag' -> 2025-04-08", "de",
  [
      D("lenovo-tiefsee-licence", ["Lenovo", "Tiefsee Modellwerk"], "supply", 48_000_000, "EUR", "exact",
        "2025-04-08", "signed",
        "Drei Jahre, 48 Millionen Euro: So lauten die Eckdaten des Lizenzvertrags, den die Tiefsee Modellwerk "
        "GmbH mit Lenovo geschlossen hat.",
        term=["2025-04", "2028-12"], kind_alt=LICENCE_ALT,
        note="model licence, Lenovo pays; amount first; signed 'am Dienstag' in Milan (next sentence); runs "
             "'bis Ende 2028'; different from Lenovo's Series B investment (019)"),
      D("kestrun-tiefsee-seed", ["Kestrun Capital", "Tiefsee Modellwerk"], "investment", 12_000_000, "EUR",
        "exact", "2024", "completed",
        "Im Herbst 2024 steckte der Londoner Wagnisfinanzierer Kestrun Capital zwölf Millionen Euro in eine "
        "Seed-Runde; damals bewerteten Investoren das Start-up nach Informationen dieses Magazins mit rund 60 "
        "Millionen Euro.",
        note="amount in words; 'im Herbst 2024' -> year; the EUR 60m valuation is a not_deal"),
  ],
  ["rund 60 Millionen Euro", "1,9 Millionen Euro", "2,40 Euro", "14 Euro je Quadratmeter",
   "57 Milliarden Dollar", "89 Euro", "59 Euro"])

A("009_samsung_flaktgroup_kaeltedepesche.txt", "2025-05-15",
  "from the issue line 'Nr. 10/2025 · 15. Mai 2025 · Seite 1'; 'am Mittwoch' -> 2025-05-14", "de",
  [
      D("samsung-flaktgroup", ["Samsung Electronics", "FläktGroup"], "acquisition", 1_500_000_000, "EUR",
        "exact", "2025-05-14", "signed",
        "Samsung zahlt 1,5 Milliarden Euro, und zwar in bar.",
        alt=[(1_700_000_000, "USD")],
        note="target in the two previous sentences; signed with the seller Triton 'am Mittwoch'; repeated as "
             "'die 1,5-Milliarden-Euro-Übernahme'; 010 restates it as $1.7bn"),
      D("samsung-harman-2017", ["Samsung Electronics", "Harman"], "acquisition", 8_000_000_000, "USD",
        "approx", "2017", "completed",
        "Für den Konzern ist die 1,5-Milliarden-Euro-Übernahme die größte seit dem Kauf des "
        "US-Autozulieferers und Audiospezialisten Harman im Jahr 2017, für den Samsung damals rund 8 "
        "Milliarden Dollar bezahlt hatte.",
        required=False, note="historical comparison; optional"),
      D("triton-flaktgroup-2016", ["Triton", "FläktGroup"], "acquisition", None, None, None, "2016",
        "completed",
        "Triton hatte FläktGroup 2016 übernommen und mehrfach umgebaut.",
        required=False, note="the seller's own purchase of 2016, no amount; background, optional"),
  ],
  ["knapp 900 Millionen Euro", "35 Milliarden Dollar", "44.950 Won", "62.000 Won", "60.000 Won",
   "1.190 Euro", "148 Euro", "186 Euro"])

A("010_edge_silicon_weekly_en.txt", "2025-06-13",
  "from the issue line 'No. 212 · Friday, 13 June 2025'; 'on Monday' -> 2025-06-09; 'last month' -> "
  "2025-05; 'In March' -> 2025-03", "en",
  [
      D("samsung-flaktgroup", ["Samsung Electronics", "FläktGroup"], "acquisition", 1_700_000_000, "USD",
        "exact", "2025-05", "signed",
        "Still digesting this one: Samsung Electronics agreed last month to pay $1.7 billion for FläktGroup, "
        "the European ventilation and cooling company owned by Triton.",
        note="same deal as 009 (EUR 1.5bn, day); here USD and month only"),
      D("xiaomi-yunhai-seriesb", ["Xiaomi", "Yunhai Zhixin"], "investment", 600_000_000, "CNY", "exact",
        "2025-06-09", "completed",
        "Hefei-based Yunhai Zhixin, which designs always-on vision chips for phones, glasses and doorbells, "
        "closed a CNY 600 million Series B on Monday.",
        note="lead investor in the next sentence ('Xiaomi led the round'); the CNY 2.4bn valuation is a "
             "not_deal"),
      D("apple-perplexity-talks", ["Apple", "Perplexity"], "acquisition", None, None, None, "2025-06",
        "rumored",
        "Reports that Apple executives have talked internally about bidding for Perplexity kept traders busy "
        "all week.",
        required=False, note="internal talks, no bid amount; optional; Perplexity's $14bn valuation is a "
                             "not_deal"),
      D("honor-ai-plan", ["Honor"], "capex_plan", 10_000_000_000, "USD", "exact", "2025-03", "announced",
        "In March Honor said it would put $10bn into AI over five years.",
        required=False, note="group-wide five-year AI spending pledge; optional"),
  ],
  ["CNY 2.4 billion", "$14 billion", "$399", "$799", "$28 billion", "$3.10", "€95,000 to €120,000 a year",
   "$18 monthly", "$180 for twelve months"])

A("011_apple_pyxholm_riddarfjard_en.txt", "2025-07-22",
  "from the header 'Tech | Tuesday 22 July 2025 | Updated 10:14'", "en",
  [
      D("apple-pyxholm", ["Apple", "Pyxholm"], "acquisition", 1_800_000_000, "SEK", "approx", "2025",
        "rumored",
        "Apple is in advanced talks to acquire Pyxholm, a Stockholm company whose speech-recognition models "
        "run entirely on a phone's own chip, for around SEK 1.8 billion ($185 million), according to three "
        "sources on the Stockholm deal scene who have followed the negotiations.",
        alt=[(185_000_000, "USD"), (184_000_000, "USD")],
        note="rumour from sources; completed in 013 for $184m on 2025-09-15 (alt_amounts); only the year so "
             "that the shared id's dates agree"),
      D("vargo-pyxholm-seriesa", ["Vargö Kapital", "Pyxholm"], "investment", 140_000_000, "SEK", "exact",
        "2023", "completed",
        "The company's main financial backer is Gothenburg venture firm Vargö Kapital, which led a SEK 140 "
        "million Series A round in Pyxholm in 2023.",
        note="earlier round with its lead investor; the SEK 600m valuation is a not_deal"),
  ],
  ["SEK 600 million", "SEK 25 million", "SEK 41 million", "SEK 58 million", "SEK 68,000 a month",
   "SEK 5.95 million"])

A("012_apple_100mrd_akkuzeit.html", "2025-08-07",
  "from <meta name='date'> and <time datetime='2025-08-07T06:45:00+02:00'> ('Do, 07.08.2025, 06:45 Uhr'); "
  "'am Mittwoch' -> 2025-08-06; 'im Juli' -> 2025-07", "de",
  [
      D("apple-us-100bn", ["Apple"], "capex_plan", 100_000_000_000, "USD", "exact", "2025-08-06", "announced",
        "Die zusätzlichen 100 Milliarden Dollar, umgerechnet rund 86 Milliarden Euro, sollen in den kommenden "
        "vier Jahren ausgegeben werden, vor allem für ein neues Programm, mit dem der Konzern mehr Bauteile "
        "in den USA fertigen lassen will.",
        alt=[(86_000_000_000, "EUR")], kind_alt=["project"],
        note="addition to the February plan of 006 (a different deal); the total of 600 Milliarden Dollar is "
             "a not_deal"),
      D("apple-corning-glass", ["Apple", "Corning"], "supply", 2_500_000_000, "USD", "exact", "2025-08-06",
        "signed",
        "Apple verpflichtet sich, 2,5 Milliarden Dollar in die Produktion im Werk Harrodsburg zu stecken, das "
        "dafür erweitert wird.",
        kind_alt=["investment"],
        note="Corning named in the previous sentence ('der Vertrag mit Corning'); cover-glass production "
             "for Apple; announced with the plan 'am Mittwoch'"),
      D("apple-mp-materials", ["Apple", "MP Materials"], "supply", 400_000_000, "USD", "approx", "2025-07",
        "signed",
        "Der iPhone-Hersteller zahlt dafür rund 400 Millionen Dollar, ein Teil davon als Vorauszahlung für "
        "ein neues Werk in Texas.",
        note="'Der iPhone-Hersteller' = Apple; MP Materials and 'Bereits im Juli' in the previous sentence"),
  ],
  ["600 Milliarden Dollar", "1,1 Milliarden Dollar", "213,25 Dollar", "1.449 Euro", "9,99 Euro",
   "4,99 Euro"])

A("013_pyxholm_apple_pocketcore_en.txt", "2025-09-16",
  "from the byline 'Sep 16, 2025, 9:02 a.m. PT'; 'on Monday' -> 2025-09-15; 'on Thursday' -> 2025-09-11",
  "en",
  [
      D("apple-pyxholm", ["Apple", "Pyxholm"], "acquisition", 184_000_000, "USD", "exact", "2025-09-15",
        "completed",
        "Apple has completed its acquisition of Pyxholm, the Swedish start-up behind speech models that run "
        "entirely on a phone, for $184 million, according to a filing in Sweden's companies register that "
        "lists the iPhone maker's Irish holding company as the sole owner.",
        note="completion of the 011 rumour; registered 'on Monday' (next sentence); the July figure (SEK "
             "1.8bn) is restated in the next sentence; the reader comment repeats '$184M'"),
      D("google-samsung-gemini-preinstall", ["Google", "Samsung Electronics"], "other", None, None, None, None,
        "signed",
        "In April, a Google executive testified that the company pays Samsung a fixed monthly amount to ship "
        "its Gemini assistant on Galaxy phones, on top of a share of advertising revenue.",
        required=False, kind_alt=["partnership"],
        note="payment revealed in testimony in April, agreement date unknown; amount not disclosed; optional"),
      D("xiaomi-aurevo-investment", ["Xiaomi", "Aurevo Optics"], "investment", 75_000_000, "USD", "exact",
        "2025-09-11", "completed",
        "Elsewhere, Xiaomi has put $75 million into Aurevo Optics, a Shenzhen start-up building AI glasses "
        "with a built-in camera and assistant.",
        note="announced 'on Thursday' (next sentence); minority stake; different from the failed takeover "
             "talks of 016"),
  ],
  ["$1.2 billion on research and development per week", "CNY 2,999 a pair", "$1,099", "$1,999", "€799",
   "$650", "$6 a month"])

A("014_tech_liveticker_tickerfaehre.txt", "2025-11-18",
  "from the ticker header 'Technologie & Asien | Dienstag, 18. November 2025' (entries by time); "
  "'am Montagabend' -> 2025-11-17; 'heute Morgen' -> 2025-11-18", "de",
  [
      D("sony-ondekai", ["Sony", "Ondekai"], "acquisition", 38_000_000_000, "JPY", "exact", "2025-11-17",
        "signed",
        "Der japanische Elektronikkonzern kauft das Kyotoer KI-Start-up vollständig und zahlt dafür 38 "
        "Milliarden Yen, umgerechnet rund 212 Millionen Euro.",
        alt=[(212_000_000, "EUR")],
        note="parties by descriptors; named in the entry's first sentence ('Sony übernimmt Ondekai'); "
             "announced 'am Montagabend' (next sentence); the JPY 30bn valuation is a not_deal"),
      D("xiaomi-baidu-ernie", ["Xiaomi", "Baidu"], "supply", 400_000_000, "CNY", "approx", "2025-11-18",
        "signed",
        "Der Vertrag läuft drei Jahre; Xiaomi zahlt dafür jährlich rund 400 Millionen Yuan, hieß es aus dem "
        "Unternehmen.",
        per="year", kind_alt=LICENCE_ALT,
        note="model licence for HyperOS in China; Baidu in the previous sentence; rate per year"),
      D("lenovo-xiaomi-servers", ["Lenovo", "Xiaomi"], "supply", 3_000_000_000, "CNY", "range", "2025-11",
        "negotiating",
        "Im Raum stehe ein Volumen zwischen 3 und 3,5 Milliarden Yuan.",
        amount_max=3_500_000_000,
        note="parties in the previous sentence (talks reported by two people); 'Der chinesische "
             "Computerkonzern' = Lenovo"),
      D("lenovo-quintreth-bid", ["Lenovo", "Quintreth Data Centres"], "acquisition", 1_200_000_000, "GBP",
        "exact", "2025-11", "rumored",
        "Lenovo weist einen Bericht der britischen Presse zurück, wonach der Konzern für den "
        "Rechenzentrumsbetreiber Quintreth Data Centres 1,2 Milliarden Pfund geboten habe.",
        required=False,
        note="denied press report; optional; different from the lease of 015"),
  ],
  ["30 Milliarden Yen", "113 Milliarden Yuan", "11,3 Milliarden Yuan", "4.318 Yen", "41,86 Hongkong-Dollar",
   "10,12 Hongkong-Dollar", "5.000 Yen"])

A("015_lenovo_quintreth_colnbrook_en.html", "2025-10-09",
  "from <meta article:published_time='2025-10-09T06:00:00+01:00'> and the byline 'Thursday 9 October "
  "2025'; 'on Tuesday' -> 2025-10-07; 'last month' -> 2025-09", "en",
  [
      D("lenovo-quintreth-lease", ["Lenovo", "Quintreth Data Centres"], "cloud_contract", 710_000, "GBP",
        "exact", "2025-10-07", "signed",
        "The Chinese-owned company will pay £710,000 a month for the 6-megawatt hall, according to documents "
        "filed with Slough Borough Council's planning department, which show the lease was signed on Tuesday "
        "and runs from January 2026 until December 2035.",
        per="month", term=["2026-01", "2035-12"], kind_alt=["other", "supply"],
        note="'The Chinese-owned company' = Lenovo, landlord Quintreth in the previous sentence; ten-year "
             "data-hall lease, monthly rent; the reader comment repeats '£710k a month'"),
      D("severnside-quintreth-loan", ["Severnside Bank", "Quintreth Data Centres"], "other", 40_000_000,
        "GBP", "exact", "2025-09", "signed",
        "To build a second building on the site, the company last month arranged a £40 million loan with "
        "Severnside Bank, the Bristol-based lender said.",
        kind_alt=["investment"], note="'the company' = Quintreth; loan"),
      D("quintreth-colnbrook-building", ["Quintreth Data Centres"], "capex_plan", 120_000_000, "GBP",
        "approx", "2025-10", "planned",
        "The money will cover part of the new building, which Quintreth expects to cost about £120 million "
        "in total and to open in 2027.",
        required=False, kind_alt=["project"], note="construction-cost estimate; optional"),
  ],
  ["£1.9 million annually", "more than £4 million an acre", "£85,000", "£465,000"])

A("016_gemini_siri_neuralhandset_en.txt", "2026-02-05",
  "from the issue line 'Issue 127 — Thursday, 5 February 2026'; talks 'which began in December' -> 2025-12",
  "en",
  [
      D("apple-google-gemini", ["Apple", "Google"], "supply", 1_000_000_000, "USD", "approx", "2026",
        "rumored",
        "After a year of bake-offs, Apple is close to finalising an agreement to pay Google roughly $1 "
        "billion a year for a custom version of Gemini that will power the rebuilt Siri, two people with a "
        "view of the negotiations tell us.",
        per="year", alt=[(920_000_000, "EUR")], kind_alt=LICENCE_ALT + ["cloud_contract"],
        note="rumour, signed on 2026-03-24 (017: 'gut eine Milliarde Dollar', about EUR 920m a year, "
             "alt_amounts); only the year so that the shared id's dates agree"),
      D("google-apple-search", ["Google", "Apple"], "other", 20_000_000_000, "USD", "approx", None, "signed",
        "For years the money has flowed the other way: Google pays Apple around $20 billion a year to be the "
        "default search engine in Safari, an arrangement the US antitrust judgment of last year left largely "
        "intact.",
        per="year", required=False, kind_alt=["partnership"],
        note="long-running search-default payments, no agreement date; background, optional; a different "
             "deal between the same companies"),
      D("xiaomi-aurevo-takeover", ["Xiaomi", "Aurevo Optics"], "acquisition", 1_500_000_000, "CNY", "approx",
        "2025-12", "cancelled",
        "The negotiations, which began in December, had centred on a purchase price of about CNY 1.5 billion "
        "for the whole company, say two people close to both sides; Aurevo's founders wanted closer to twice "
        "that.",
        note="talks collapsed (previous sentence) -> cancelled, dated to the start of the talks; different "
             "from Xiaomi's $75m investment (013)"),
  ],
  ["$30", "$416 billion", "$19.99", "€790"])

A("017_apple_google_wirtschaftsdepesche.txt", "2026-03-25",
  "from the line 'Mittwoch, 25. März 2026 · Unternehmen · Seite 11'; 'am Dienstag' -> 2026-03-24", "de",
  [
      D("apple-google-gemini", ["Apple", "Google"], "supply", 1_000_000_000, "USD", "at_least", "2026-03-24",
        "signed",
        "Nach Informationen aus Branchenkreisen zahlt Apple dem Suchmaschinenkonzern jährlich gut eine "
        "Milliarde Dollar, umgerechnet rund 920 Millionen Euro.",
        per="year", alt=[(920_000_000, "EUR")], kind_alt=LICENCE_ALT + ["cloud_contract"],
        note="'dem Suchmaschinenkonzern' = Google; partnership confirmed 'am Dienstag' (previous sentence) "
             "without figures, the amount from industry sources; 'gut' -> at_least"),
      D("apple-broadcom-baltra", ["Apple", "Broadcom"], "partnership", None, None, None, None, "signed",
        "Parallel arbeitet Apple mit dem Chipentwickler Broadcom an einem eigenen Serverprozessor für "
        "KI-Anwendungen, der unter dem Codenamen „Baltra\" läuft und 2027 fertig sein soll.",
        required=False, kind_alt=["supply"], note="no amount; optional"),
      D("apple-datacenter-capex-fy2026", ["Apple"], "capex_plan", 14_000_000_000, "USD", "approx", None,
        "planned",
        "Für das laufende Geschäftsjahr hat Apple angekündigt, rund 14 Milliarden Dollar in Rechenzentren "
        "und Server zu investieren, deutlich mehr als in den Vorjahren.",
        required=False, note="group-wide capex guidance, announcement date not given; optional"),
  ],
  ["17,2 Milliarden Dollar", "251,80 Dollar", "3,7 Billionen Dollar", "21,99 Euro im Monat", "390 Euro"])

A("018_xiaomi_veyrantis_zinshafen.txt", "2026-05-15",
  "from the masthead 'KW 20 | Freitag, 15. Mai 2026 | 3,90 Euro'; 'am Mittwoch' -> 2026-05-13; 'Im März "
  "2025' -> 2025-03", "de",
  [
      D("xiaomi-veyrantis-stake", ["Xiaomi", "Veyrantis Semiconductor"], "investment", 13_200_000_000, "TWD",
        "exact", "2026-05-13", "signed",
        "Xiaomi übernimmt zwölf Prozent an der Veyrantis Semiconductor aus Hsinchu und zahlt dafür 13,2 "
        "Milliarden Taiwan-Dollar, umgerechnet rund 365 Millionen Euro.",
        alt=[(365_000_000, "EUR")], kind_alt=["acquisition"],
        note="signed 'am Mittwoch' (next sentence); approval by Taiwan's investment authority pending; "
             "different from the 2025 supply contract of the same pair"),
      D("xiaomi-veyrantis-npu-supply", ["Veyrantis Semiconductor", "Xiaomi"], "supply", 265_000_000, "EUR",
        "approx", "2025-03", "signed",
        "Im März 2025 hatten sie einen Dreijahresvertrag über die Lieferung von Neuroprozessoren für "
        "Xiaomi-Handys geschlossen, Volumen rund 265 Millionen Euro.",
        note="'sie' = Xiaomi and Veyrantis (previous sentence); restatement of 007 (NT$9.6bn) in EUR"),
      D("veyrantis-dresden-centre", ["Veyrantis Semiconductor"], "capex_plan", 60_000_000, "EUR", "up_to",
        "2026-05", "planned",
        "Das Unternehmen plant ein Entwicklungszentrum in Dresden mit zunächst 80 Ingenieuren und will dort "
        "in den kommenden drei Jahren bis zu 60 Millionen Euro investieren.",
        kind_alt=["project"],
        note="'Das Unternehmen' = Veyrantis; Saxony's EUR 9m aid is a not_deal"),
      D("xiaomi-rd-plan-2026-2030", ["Xiaomi"], "capex_plan", 200_000_000_000, "CNY", "exact", None,
        "planned",
        "Der Konzern hat angekündigt, zwischen 2026 und 2030 insgesamt 200 Milliarden Yuan in Forschung und "
        "Entwicklung zu stecken, ein großer Teil davon für KI und eigene Chips.",
        required=False, term=["2026", "2030"],
        note="'Der Konzern' = Xiaomi; group-wide R&D budget, announcement date not given; optional"),
  ],
  ["3,90 Euro", "9 Millionen Euro", "1.020 Taiwan-Dollar", "knapp 2,4 Milliarden Euro",
   "12 Milliarden Taiwan-Dollar", "116 Milliarden Yuan", "1.150 TWD"])

A("019_tiefsee_interview_gruenderblatt.txt", None,
  "the interview has no date at all (only 'Lesedauer: 7 Minuten'); dates come only from the text: 'im April "
  "2025' and 'Drei Monate nach dem Lenovo-Vertrag' -> 2025-07", "de",
  [
      D("lenovo-tiefsee-licence", ["Lenovo", "Tiefsee Modellwerk"], "supply", 48_000_000, "EUR", "exact",
        "2025-04", "signed",
        "Daraus wurde im April 2025 der Lizenzvertrag: 48 Millionen Euro über drei Jahre.",
        kind_alt=LICENCE_ALT, note="restates 008; Lenovo named in the introduction and the question"),
      D("lenovo-tiefsee-seriesb", ["Lenovo", "Tiefsee Modellwerk"], "investment", 65_000_000, "EUR", "exact",
        None, "completed",
        "Lenovo führt unsere Series B mit 65 Millionen Euro an, Kestrun Capital ist wieder dabei, und zwei "
        "weitere Fonds beteiligen sich mit kleineren Beträgen.",
        note="'unsere' = Tiefsee; the lead investor is listed; money received ('das Geld ist auf dem Konto') "
             "-> completed; undated; different from the licence of the same pair"),
      D("sony-tiefsee-offer", ["Sony", "Tiefsee Modellwerk"], "acquisition", 300_000_000, "EUR", "approx",
        "2025-07", "cancelled",
        "Drei Monate nach dem Lenovo-Vertrag kam ein Angebot aus Tokio, für das ganze Unternehmen, rund 300 "
        "Millionen Euro.",
        note="'aus Tokio' = Sony (previous answer and question); refused -> cancelled; 'Drei Monate nach' "
             "the April 2025 licence -> 2025-07"),
      D("apple-google-gemini", ["Apple", "Google"], "supply", None, None, None, None, "signed",
        "Aber seit Apple für Siri auf Googles Gemini setzt, fragen uns mehr Hersteller als je zuvor nach "
        "Alternativen, die nicht aus den USA oder China kommen.",
        required=False, kind_alt=LICENCE_ALT + ["cloud_contract"],
        note="amount-less background mention of the deal of 016/017; optional"),
  ],
  ["3,5 Millionen Euro", "2,10 Euro pro GPU-Stunde", "zwischen 85.000 und 110.000 Euro im Jahr",
   "8,50 Euro", "29 Euro"])

A("020_asia_handsets_lantcombe_en.txt", "2026-10-15",
  "from the header 'Asia Tech Close | Thursday, 15 October 2026 | 16:40 HKT'; 'on Wednesday' and "
  "'Wednesday's close' -> 2026-10-14", "en",
  [
      D("lenovo-aurevo-stake", ["Lenovo", "Aurevo Optics"], "investment", 1_100_000_000, "HKD", "exact",
        "2026-10-14", "signed",
        "Lenovo is taking 20% of Aurevo Optics, the Shenzhen maker of AI-powered glasses, for HK$1.1 "
        "billion, it announced on Wednesday.",
        kind_alt=["acquisition"], note="minority stake, new and existing shares"),
      D("xiaomi-yizhuang-datacentre", ["Xiaomi"], "capex_plan", 7_000_000_000, "CNY", "approx", "2026-10-14",
        "planned",
        "Xiaomi will spend about CNY 7 billion on a data centre in Beijing's Yizhuang economic development "
        "zone to train its MiMo models and to serve requests from its phones, cars and home appliances, the "
        "company said in a filing after Wednesday's close.",
        kind_alt=["project"], note="a single data-centre project with an amount; required"),
  ],
  ["HK$11.34", "HK$12.80", "HK$44.20", "up to HK$2 billion", "CNY 121 billion", "¥4,011",
   "¥1.72 trillion", "¥4,400", "₩88,400", "₩13 trillion", "NT$1,485", "NT$1.3 billion", "US$29 a month"])


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
