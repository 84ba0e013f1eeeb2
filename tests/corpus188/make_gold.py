#!/usr/bin/env python3
"""Write gold.json for corpus188 (the hand annotation as a script).

Usage: python3 tests/corpus188/make_gold.py
Edit the annotation here, then run it to rewrite gold.json; check with check_gold.py.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the held-out test corpus 188 (tests/corpus188/articles/), theme: toys and "
    "consumer electronics makers in the AI-infrastructure race; written for the tests and independent of "
    "the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same "
    "id in each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal "
    "is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date marker, "
    "dateline, <meta>/<time>, issue line, portal stamp or copyright line, or null when the article has "
    "none); quarters, half-years and seasons become the year; a cancelled deal keeps the date of the "
    "original offer or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
    "lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Kreiselhaus "
    "Spielwaren, Grauwacke Rechenzentren, Brennecke Logistik, Obsidian Bay Compute, Klangwürfel, Cassowary "
    "Ventures, Tallowbright Labs, Marrowfield Capital, Tamsui Silicon, Björkhaga Leksaker, Pebblequay, "
    "Rautenfels Bank, Hanabira Devices, Kitagawa Trust Bank, Marbleton Toys, Wernitz Audiotechnik, Dalmoon "
    "Robotics, Zabawki Wrzos; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted. Nothing "
    "here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    a = {"published": published}
    if note:
        a["published_note"] = note
    a.update({"language": language, "deals": deals, "not_deals": not_deals})
    return a


ARTICLES = {}

ARTICLES["001_kreiselhaus_rechenzentrum_rednitzkurier.txt"] = A(
    "2024-03-15",
    "dateline without year 'Fürth, 15. März (rk)'; the year from the copyright line '© 2024 Rednitz-Kurier'; "
    "'am Mittwoch' -> 2024-03-13, 'vergangene Woche' -> 2024-03",
    "de",
    [
        D("grauwacke-kreiselhaus-hosting", ["Kreiselhaus Spielwaren", "Grauwacke Rechenzentren"],
          "cloud_contract", 2400000, "EUR", "approx", "2024-03-13", "signed",
          "Jährlich rund 2,4 Millionen Euro lässt sich das Familienunternehmen den Zugang zu Grafikprozessoren und Speicherplatz kosten.",
          per="year", term=[None, "2028"],
          note="amount first, 'das Familienunternehmen' = Kreiselhaus; the provider (Grauwacke Rechenzentren GmbH), "
               "the confirmation 'am Mittwoch' and the term 'bis Ende 2028' are in the next sentence"),
        D("brennecke-kreiselhaus-hall", ["Kreiselhaus Spielwaren", "Brennecke Logistik"],
          "acquisition", 4200000, "EUR", "approx", "2024-03", "signed",
          "Für knapp 4,2 Millionen Euro haben die Fürther vergangene Woche eine leerstehende Lagerhalle an der Kapellenstraße von der Brennecke Logistik übernommen; dort sollen die Montage und eine Prüfstelle für Funkmodule einziehen.",
          kind_alt=["other"],
          note="'die Fürther' = Kreiselhaus; purchase of a warehouse; 'knapp' -> approx; state aid of €1.8m is not a deal"),
    ],
    ["149 Euro", "4,99 Euro im Monat", "rund 96 Millionen Euro", "1,8 Millionen Euro",
     "einigen hunderttausend Euro im Jahr", "rund 9.500 Euro im Monat", "ab 199 Euro"],
)

ARTICLES["002_lenovo_alat_sandgrouse_en.txt"] = A(
    "2024-05-29",
    "from the header 'May 29, 2024 · 07:12 GMT'; dateline 'RIYADH, May 28'; 'on Tuesday' -> 2024-05-28",
    "en",
    [
        D("alat-lenovo-bonds", ["Alat", "Lenovo"], "investment", 2100000000, "USD", "exact", "2024-05-28",
          "signed",
          "Alat, the manufacturing arm that Saudi Arabia's Public Investment Fund created this year, will buy $2.1 billion worth of Lenovo Group's three-year convertible bonds, which pay no interest, the Chinese PC maker said on Tuesday, in a deal that hands the kingdom a foothold in the supply chain for AI servers.",
          note="zero-coupon convertible bonds bought by Alat; the conversion price HK$10.65 is not a deal"),
        D("lenovo-riyadh-plant", ["Lenovo"], "capex_plan", None, None, None, "2024-05-28", "planned",
          "In return, Lenovo will open a regional headquarters in Riyadh and build a factory there that is meant to turn out several million personal computers and servers a year from 2026.",
          required=False, kind_alt=["project"],
          note="no amount ('Neither side put a number on what the plant will cost'); part of the Alat deal"),
        D("lenovo-obsidianbay-servers", ["Lenovo", "Obsidian Bay Compute"], "supply", 280000000, "USD",
          "range", "2024-05", "negotiating",
          "The order would be worth between $280 million and $320 million, according to those people, and could be signed before the end of June.",
          amount_max=320000000,
          note="parties in the previous sentence ('in advanced talks to supply ... to Obsidian Bay Compute'); "
               "value from three people close to the negotiations"),
    ],
    ["HK$10.65", "more than $900 billion", "HK$11.06", "HK$137 billion", "$57.1 billion", "HK$12.80",
     "about $8 billion a year"],
)

ARTICLES["003_klangwuerfel_playroomledger_en.txt"] = A(
    "2024-09-10",
    "from the issue line 'Issue 44 — Tuesday, 10 September 2024'; 'closed on Monday' -> 2024-09-09",
    "en",
    [
        D("cassowary-klangwuerfel-seriesb", ["Cassowary Ventures", "Klangwürfel"], "investment", 60000000,
          "EUR", "exact", "2024-09-09", "completed",
          "€60m ($66m) is going into Klangwürfel, the Düsseldorf maker of screenless audio cubes for children.",
          alt=[(66000000, "USD")],
          note="amount before the company; the lead investor and 'closed on Monday' in the next sentence; "
               "the valuation 'a bit under €400m' is not a deal"),
        D("marrowfield-tallowbright-round", ["Marrowfield Capital", "Tallowbright Labs"], "investment",
          18000000, "USD", "exact", "2024-09", "completed",
          "Austin-based Tallowbright Labs, which licenses a conversational \"companion\" that toy makers can put into plush animals and action figures, has raised $18 million.",
          note="the investor ('Marrowfield Capital put up the bulk of it') in the next sentence; round total, "
               "the split is not given; no day"),
        D("kddi-sharp-sakai", ["KDDI", "Sharp"], "partnership", None, None, None, "2024-06", "signed",
          "KDDI agreed with Sharp in June to convert a section of the complex into an AI computing centre; the partners have never said what it will cost.",
          required=False, kind_alt=["project", "joint_venture"],
          note="amount-less background mention in a round-up item"),
    ],
    ["a bit under €400m", "€99.90", "$1.40 per toy per month", "$18.2bn", "$34bn", "€690"],
)

ARTICLES["004_samsung_rainbow_kursmolch.txt"] = A(
    "2025-01-03",
    "from the portal stamp '03.01.2025 – 08:15:22 Uhr'; 'am Dienstag' -> 2024-12-31",
    "de",
    [
        D("samsung-rainbow-2024", ["Samsung Electronics", "Rainbow Robotics"], "acquisition", 259000000000,
          "KRW", "approx", "2024-12-31", "signed",
          "Der Elektronikkonzern stockt seinen Anteil von 14,7 auf 35 Prozent auf und zahlt dafür rund 259 Milliarden Won, umgerechnet etwa 170 Millionen Euro, wie er am Dienstag in einer Pflichtmitteilung an die Börse in Seoul bekanntgab.",
          kind_alt=["investment"], alt=[(170000000, "EUR")],
          note="'Der Elektronikkonzern' = Samsung Electronics, the target in the previous sentence; stake raised "
               "to 35 %; different from the 2023 entry of the same pair"),
        D("samsung-rainbow-2023", ["Samsung Electronics", "Rainbow Robotics"], "investment", 61000000000,
          "KRW", "approx", "2023", "completed",
          "Bereits Anfang 2023 hatte sich der Konzern für knapp 61 Milliarden Won erstmals an dem Spin-off des Korea Advanced Institute of Science and Technology beteiligt.",
          kind_alt=["acquisition"],
          note="'der Konzern' = Samsung, 'dem Spin-off' = Rainbow Robotics; 'Anfang 2023' gives the year; "
               "first deal of the pair, must stay apart from the 2024 stake increase"),
    ],
    ["rund 10 Billionen Won", "20 Billionen Won", "72.000 Won", "171.400 KRW", "53.400 KRW", "3,3 Bio. KRW"],
)

ARTICLES["005_lg_bearrobotics_bukhansan_en.html"] = A(
    "2025-01-08",
    "from <meta article:published_time> and <time datetime='2025-01-08T16:20:00+09:00'>; 'on Tuesday' -> 2025-01-07",
    "en",
    [
        D("lg-bear-robotics-2025", ["LG Electronics", "Bear Robotics"], "acquisition", 175000000000, "KRW",
          "approx", "2025-01-07", "signed",
          "LG Electronics will buy a 51 percent stake in Bear Robotics, a U.S. maker of serving robots for restaurants and warehouses, for about 175 billion won ($120 million), according to a disclosure LG filed with the Korea Exchange on Tuesday.",
          kind_alt=["investment"], alt=[(120000000, "USD"), (115000000, "EUR")],
          note="majority stake; 006 restates it in EUR with the month only (alt_amounts)"),
        D("lg-bear-robotics-2024", ["LG Electronics", "Bear Robotics"], "investment", 58000000, "USD", "exact",
          "2024-03", "completed",
          "LG first put $58 million into Bear Robotics in March 2024, when it led a funding round that left it holding just over a fifth of the shares.",
          note="earlier minority investment of the same pair; must stay apart from the 2025 majority stake"),
    ],
    ["roughly 340 billion won", "about 140 billion won", "about $4.5 billion", "80,400 won",
     "189,000 won per night"],
)

ARTICLES["006_wochenrueckblick_spielwarenbrief.txt"] = A(
    "2025-02-07",
    "from the issue line 'Ausgabe 6/2025 · Freitag, 7. Februar 2025'; 'am Dienstag' -> 2025-02-04; "
    "'im Januar' and 'Ende Januar' -> 2025-01",
    "de",
    [
        D("kreiselhaus-tamsui-chips", ["Kreiselhaus Spielwaren", "Tamsui Silicon"], "supply", 12000000, "EUR",
          "up_to", "2025-02-04", "signed",
          "Der Liefervertrag hat ein Volumen von bis zu 12 Millionen Euro über drei Jahre und wurde am Dienstag in Fürth unterzeichnet, bestätigte Kreiselhaus-Chefin Theresa Wunnenberg.",
          note="parties in the previous sentence; three-year chip supply; different from Kreiselhaus' 2026 stake in Tamsui (015)"),
        D("lg-bear-robotics-2025", ["LG Electronics", "Bear Robotics"], "acquisition", 115000000, "EUR",
          "approx", "2025-01", "signed",
          "Für 51 Prozent zahlt LG Electronics rund 115 Millionen Euro.",
          kind_alt=["investment"],
          note="same deal as 005 (KRW, with the day); here in EUR, 'im Januar' in the previous sentence gives the month; "
               "the target is named in the previous sentence"),
        D("bjorkhaga-pebblequay", ["Björkhaga Leksaker", "Pebblequay"], "acquisition", 30000000, "GBP",
          "approx", "2025-01", "signed",
          "Der Kaufpreis liegt bei knapp 30 Millionen Pfund, rund 36 Millionen Euro; unterschrieben wurde Ende Januar in Bristol.",
          alt=[(36000000, "EUR")],
          note="buyer and target in the previous sentence"),
    ],
    ["1,1 Milliarden Kronen", "4,3 Milliarden Euro", "bis zu 310 Euro pro Quadratmeter", "285 Euro",
     "89 Euro für Abonnenten", "149 Euro für alle anderen", "ab 62.000 Euro"],
)

ARTICLES["007_softbank_sharp_sakai_yodogawa_en.txt"] = A(
    "2025-03-08",
    "from the header 'Saturday, March 8, 2025 | Companies | Page 7'; 'on Friday' -> 2025-03-07",
    "en",
    [
        D("softbank-sharp-sakai", ["SoftBank", "Sharp"], "acquisition", 96000000000, "JPY", "approx",
          "2025-03-07", "signed",
          "SoftBank Corp. will buy the bulk of Sharp's idle liquid-crystal display factory in Sakai for about ¥96 billion ($650 million), the two companies said on Friday, closing a hunt for a buyer that had dragged on since last year for one of the biggest industrial buildings in western Japan.",
          kind_alt=["other"], alt=[(650000000, "USD")],
          note="purchase of a plant (land and buildings), to become an AI data centre"),
        D("softbank-sharp-site-services", ["SoftBank", "Sharp"], "other", 300000000, "JPY", "approx",
          "2025-03-07", "signed",
          "Under a separate agreement, SoftBank will pay Sharp roughly ¥300 million a quarter for five years to keep running the site's water treatment, substations and security.",
          per="quarter", kind_alt=["supply"], term=["2025", "2030"],
          note="second deal of the same pair in the same article (services paid quarterly), must stay apart "
               "from the plant purchase; same day as the plant purchase"),
    ],
    ["¥14.9 billion", "up to ¥2 billion", "¥912", "about $160 per unit"],
)

ARTICLES["008_samsung_flaktgroup_kaeltebrief.txt"] = A(
    "2025-05-15",
    "from the issue line 'Nr. 19/2025 | Donnerstag, 15.05.2025'; 'am Mittwoch' -> 2025-05-14; "
    "'vergangene Woche' -> 2025-05",
    "de",
    [
        D("samsung-flaktgroup", ["Samsung Electronics", "FläktGroup"], "acquisition", 1600000000, "EUR",
          "approx", "2025-05-14", "signed",
          "Samsung Electronics übernimmt den Lüftungs- und Kühlspezialisten FläktGroup für rund 1,6 Milliarden Euro (etwa 1,8 Milliarden Dollar) vom Finanzinvestor Triton, teilte der Konzern am Mittwoch mit.",
          alt=[(1800000000, "USD")],
          note="seller Triton is not listed as a party (the parties are buyer and target, as in 009, 012 and 019); "
               "the headline has the compound '1,6-Milliarden-Euro-Übernahme'"),
        D("harman-masimo-audio", ["Harman", "Masimo"], "acquisition", 340000000, "USD", "exact", "2025-05",
          "signed",
          "Die Samsung-Tochter Harman hatte sich vergangene Woche mit dem US-Medizintechniker Masimo geeinigt, dessen Audiogeschäft mit den Marken Bowers & Wilkins, Denon und Marantz für 340 Millionen Dollar zu übernehmen.",
          note="'Samsung-Tochter Harman': the buyer is Harman, not Samsung Electronics"),
    ],
    ["knapp 900 Millionen Euro", "rund 25 Milliarden Dollar", "38 Euro", "240 Euro", "180 Euro"],
)

ARTICLES["009_mattel_openai_gadgetmarsh_en.txt"] = A(
    "2025-06-13",
    "from the header '13 Jun 2025, 7:40 am ET'; 'on Thursday' -> 2025-06-12, 'on Wednesday' -> 2025-06-11, "
    "'last month' -> 2025-05",
    "en",
    [
        D("mattel-openai", ["Mattel", "OpenAI"], "partnership", None, None, None, "2025-06-12", "announced",
          "Mattel and OpenAI announced a strategic collaboration on Thursday under which the toy maker will use OpenAI's models to design products and, eventually, to build AI-powered toys and games.",
          note="no amount ('did not disclose financial terms'); required like the amount-less partnerships in the seeds"),
        D("samsung-flaktgroup", ["Samsung Electronics", "FläktGroup"], "acquisition", 1800000000, "USD",
          "exact", "2025-05", "signed",
          "Samsung Electronics agreed last month to buy FläktGroup, a Frankfurt-based maker of ventilation and cooling systems for data centres, for $1.8 billion.",
          note="same deal as 008 (EUR, with the day); here in USD with the month only"),
        D("tallowbright-obsidian-compute", ["Tallowbright Labs", "Obsidian Bay Compute"], "cloud_contract",
          45000000, "USD", "exact", "2025-06-11", "signed",
          "Tallowbright Labs, the Austin start-up whose companion software runs inside plush toys from several brands, has committed $45 million over three years to Obsidian Bay Compute for dedicated GPU capacity, it told Gadgetmarsh on Wednesday.",
          note="three-year GPU capacity commitment; the date is the disclosure 'on Wednesday'; restated in 017 ('last June')"),
    ],
    ["$5.4 billion", "$19.32", "$1.10", "$12 billion", "under $3 billion", "$79 to $129", "$6 a month"],
)

ARTICLES["010_grauwacke_lg_hengstbachbote.html"] = A(
    "2025-08-21",
    "from <meta name=date>, <time datetime='2025-08-21T06:42'> and '21.08.2025, 06:42 Uhr'; 'am Mittwoch' -> "
    "2025-08-20, 'Anfang August' -> 2025-08, 'im Juli' -> 2025-07",
    "de",
    [
        D("grauwacke-campus2-capex", ["Grauwacke Rechenzentren"], "capex_plan", 900000000, "EUR", "approx",
          "2025-08-20", "planned",
          "Rund 900 Millionen Euro will Grauwacke bis Ende 2027 in einen zweiten Rechenzentrumscampus im Gewerbegebiet Süd stecken, kündigte Geschäftsführer Jörg Pfisterer am Mittwoch vor dem Bauausschuss an.",
          kind_alt=["project"], term=[None, "2027"],
          note="a single company's project plan, listed with the spender only"),
        D("lg-grauwacke-chillers-isenburg", ["LG Electronics", "Grauwacke Rechenzentren"], "supply", 140000000,
          "EUR", "exact", "2025-08", "signed",
          "Den 140-Millionen-Euro-Auftrag für Kältemaschinen und Flüssigkühlung hat sich LG Electronics gesichert, unterschrieben wurde nach Angaben beider Seiten Anfang August.",
          note="amount only in the compound '140-Millionen-Euro-Auftrag'; the customer is Grauwacke (context); "
               "first of three LG–Grauwacke deals (018: Elmshorn chillers, maintenance)"),
        D("rautenfels-grauwacke-loan", ["Rautenfels Bank", "Grauwacke Rechenzentren"], "other", 350000000,
          "EUR", "exact", "2025-07", "signed",
          "Die Rautenfels Bank hat Grauwacke im Juli einen Kredit über 350 Millionen Euro mit sieben Jahren Laufzeit zugesagt, den Rest tragen die Gesellschafter.",
          kind_alt=["investment"], note="seven-year loan commitment"),
    ],
    ["mehr als 3 Millionen Euro im Jahr", "198 Millionen Euro", "etwa 17 Cent pro Kilowattstunde",
     "ab 11.900 Euro", "monatlich 7,99 Euro"],
)

ARTICLES["011_tamsui_xiaomi_keelungpost_en.txt"] = A(
    "2025-09-23",
    "from 'Updated: Tue, Sep 23, 2025 · page 10'; 'on Monday' -> 2025-09-22, 'In February' -> 2025-02",
    "en",
    [
        D("xiaomi-tamsui-stake", ["Xiaomi", "Tamsui Silicon"], "investment", 1500000000, "TWD", "exact",
          "2025-09-22", "signed",
          "Tamsui Silicon, a New Taipei City designer of low-power chips that let toys and household gadgets run speech models without an internet connection, has sold a 12 percent stake to Xiaomi for NT$1.5 billion (US$50 million), the company told the Taipei Exchange on Monday.",
          kind_alt=["acquisition"], alt=[(50000000, "USD")],
          note="12 % stake; the implied valuation NT$12.5 billion is not a deal"),
        D("kreiselhaus-tamsui-chips", ["Kreiselhaus Spielwaren", "Tamsui Silicon"], "supply", 12000000, "EUR",
          "up_to", "2025-02", "signed",
          "In February it signed a contract worth up to 12 million euros to supply speech processors to Kreiselhaus, a German toy maker whose talking bears sold out last Christmas, and it is shipping samples to two Japanese appliance makers.",
          note="same deal as 006 (with the day); 'it' = Tamsui Silicon; month only"),
    ],
    ["NT$12.5 billion", "NT$2.1 billion", "NT$3 billion", "NT$188", "US$10,000"],
)

ARTICLES["012_elektronik_kommentar_zinsglocke.txt"] = A(
    "2025-10-14",
    "from the header 'Dienstag, 14. Oktober 2025'; 'Im Mai' -> 2025-05, 'Drei Monate später' / 'im August' -> "
    "2025-08, 'Anfang Oktober' -> 2025-10, 'im Frühjahr' -> 2025",
    "de",
    [
        D("xiaomi-chip-plan", ["Xiaomi"], "capex_plan", 55000000000, "CNY", "at_least", "2025-05", "planned",
          "Im Mai kündigte der chinesische Konzern an, in den kommenden zehn Jahren mindestens 55 Milliarden Yuan in die Entwicklung eigener Chips zu stecken, umgerechnet gut 6,6 Milliarden Euro.",
          alt=[(6600000000, "EUR")],
          note="'der chinesische Konzern' = Xiaomi (previous sentence); ten-year chip plan"),
        D("apple-us-investment", ["Apple"], "capex_plan", 600000000000, "USD", "exact", "2025-08", "planned",
          "Drei Monate später legte Apple nach: Der iPhone-Konzern hat seine Investitionszusage für die USA im August auf 600 Milliarden Dollar über vier Jahre aufgestockt, einschließlich einer Fabrik für KI-Server in Texas.",
          required=False, note="group-wide investment pledge; 'Drei Monate später' after May = August, which the sentence also names"),
        D("samsung-openai-loi", ["Samsung Electronics", "OpenAI"], "partnership", None, None, None, "2025-10",
          "signed",
          "Samsung wiederum hat Anfang Oktober mit OpenAI eine Absichtserklärung unterzeichnet, die den Koreanern eine Rolle beim Aufbau von Rechenzentren in Südkorea sichern soll – einen Preis nannten beide Seiten nicht.",
          required=False, note="letter of intent without amount"),
        D("samsung-flaktgroup", ["Samsung Electronics", "FläktGroup"], "acquisition", None, None, None, "2025",
          "signed",
          "Zusammen mit der im Frühjahr vereinbarten Übernahme des Kühlspezialisten FläktGroup und dem Ausbau der Speicherchip-Fertigung ergibt sich ein klares Bild: Samsung will am KI-Boom nicht nur über Chips verdienen.",
          required=False, note="amount-less background mention of the 008 deal; 'im Frühjahr' -> year"),
    ],
    ["62 Hongkong-Dollar", "51,30 Hongkong-Dollar", "105.000 Won", "rund 480 Milliarden Dollar",
     "12,90 Euro pro Monat"],
)

ARTICLES["013_apple_google_quotewharf_en.txt"] = A(
    "2025-11-06",
    "from the portal stamp 'Nov 6, 2025 | 9:58 AM EST'",
    "en",
    [
        D("apple-google-gemini", ["Apple", "Google"], "other", 1000000000, "USD", "approx", "2025", "rumored",
          "Apple is close to an agreement under which it would pay Alphabet's Google roughly a billion dollars a year for a tailor-made Gemini model that would power the next generation of Siri, a person briefed on the discussions told Quotewharf on Wednesday.",
          per="year", kind_alt=["cloud_contract", "partnership"], alt=[(860000000, "EUR")],
          note="amount in words; one unnamed source -> rumored; the signing follows in 014 (2025-12-10, EUR in "
               "alt_amounts); the year keeps the shared id's dates consistent; model licence, hence other"),
        D("google-apple-search", ["Google", "Apple"], "other", 20000000000, "USD", "approx", None, "signed",
          "Google pays Apple an estimated $20 billion a year for default placement of its search engine in Safari, a payment that a U.S. judge let stand in September with some restrictions.",
          per="year", required=False,
          note="long-running search deal, estimated, background; different deal of the same pair, must stay apart "
               "from the Gemini payment (which runs the other way); the court date is not the deal date"),
    ],
    ["$270.14", "$284.75", "roughly $4 trillion", "$28.8 billion", "$250 price target",
     "more than $350 billion", "$14.99 a month"],
)

ARTICLES["014_apple_google_handelsrundschau.txt"] = A(
    "2025-12-11",
    "from the issue line 'Nr. 239 · 11. Dezember 2025'; 'am Mittwoch' -> 2025-12-10",
    "de",
    [
        D("apple-google-gemini", ["Apple", "Google"], "other", 1000000000, "USD", "approx", "2025-12-10",
          "signed",
          "Apple zahlt Google künftig rund eine Milliarde Dollar pro Jahr, umgerechnet etwa 860 Millionen Euro, für ein eigens angepasstes Gemini-Modell, das die nächste Siri-Generation antreiben soll.",
          per="year", kind_alt=["cloud_contract", "partnership"], alt=[(860000000, "EUR")],
          note="signing of the rumour in 013; amount in words; 'am Mittwoch' in the next sentence"),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 90000000000, "USD", "range", "2025", "planned",
          "Der Konzern steckt gewaltige Summen in seine Rechenzentren: Alphabet, die Muttergesellschaft von Google, plant für dieses Jahr Investitionen zwischen 90 und 94 Milliarden Dollar, vor allem in Server und Netzwerktechnik.",
          amount_max=94000000000, required=False, note="group-wide capex guidance (Alphabet = Google in the aliases)"),
    ],
    ["mehr als 150 Milliarden Dollar", "rund 112 Milliarden Dollar", "278,03 Dollar", "1.399 Euro",
     "monatlich 24,90 Euro", "9,90 Euro"],
)

ARTICLES["015_spielwarenmesse_liveticker_frankenpuls.txt"] = A(
    "2026-01-28",
    "from the ticker header 'Mittwoch, 28. Januar 2026 · zuletzt aktualisiert 17:48 Uhr'; 'am Vormittag' -> 2026-01-28",
    "de",
    [
        D("hanabira-klangwuerfel-takeover", ["Hanabira Devices", "Klangwürfel"], "acquisition", 380000000, "EUR",
          "range", "2026", "rumored",
          "Im Gespräch seien zwischen 380 und 420 Millionen Euro, heißt es aus dem Umfeld der Düsseldorfer; Hanabira ist bereits Minderheitsaktionär.",
          amount_max=420000000, alt=[(400000000, "EUR"), (65000000000, "JPY"), (440000000, "USD")],
          note="parties in the previous sentence ('verhandelt nach Informationen aus Branchenkreisen über eine "
               "Komplettübernahme von Klangwürfel'); signed in 016 at ¥65bn/$440m/€400m (alt_amounts); the year "
               "keeps the shared id's dates consistent"),
        D("kreiselhaus-tamsui-stake", ["Kreiselhaus Spielwaren", "Tamsui Silicon"], "investment", 5800000, "EUR",
          "approx", "2026-01-28", "signed",
          "Die Fürther haben am Vormittag eine Beteiligung von 1,5 Prozent an ihrem Chiplieferanten Tamsui Silicon unterschrieben und zahlen dafür rund 5,8 Millionen Euro, sagte Geschäftsführerin Theresa Wunnenberg am Stand in Halle 4A.",
          kind_alt=["acquisition"],
          note="'Die Fürther' = Kreiselhaus (previous line); second deal of the pair, must stay apart from the 2025 chip supply"),
    ],
    ["79 Euro", "18,50 Euro", "45 Euro", "4,6 Milliarden Euro"],
)

ARTICLES["016_hanabira_klangwuerfel_asagiri_en.txt"] = A(
    "2026-03-10",
    "from the header 'March 10, 2026 · 05:30 GMT'; dateline 'TOKYO, March 9'; 'on Monday' -> 2026-03-09; "
    "'last year ... in October' -> 2025-10",
    "en",
    [
        D("hanabira-klangwuerfel-takeover", ["Hanabira Devices", "Klangwürfel"], "acquisition", 65000000000,
          "JPY", "approx", "2026-03-09", "signed",
          "TOKYO, March 9 (Asagiri) - Osaka-based Hanabira Devices has agreed to acquire the 90 percent of Klangwürfel it does not already own, a Düsseldorf company whose screenless speakers read stories to children and answer their questions, for about ¥65 billion ($440 million), the Japanese electronics maker said on Monday.",
          alt=[(440000000, "USD"), (400000000, "EUR")],
          note="signing of the rumour in 015; 'roughly 400 million euros' in the next sentence"),
        D("hanabira-klangwuerfel-stake-2025", ["Hanabira Devices", "Klangwürfel"], "investment", 4000000000,
          "JPY", "exact", "2025-10", "completed",
          "Hanabira took a 10 percent stake in the company in October for 4 billion yen, a move that analysts at the time read as a first step towards a full takeover.",
          kind_alt=["acquisition"],
          note="'the company' = Klangwürfel; 'last year' in the previous sentence gives 2025; earlier deal of the "
               "same pair, must stay apart from the takeover"),
        D("kitagawa-hanabira-loan", ["Kitagawa Trust Bank", "Hanabira Devices"], "other", 40000000000, "JPY",
          "exact", "2026-03-09", "signed",
          "Hanabira will finance the takeover from its own cash and a ¥40 billion bridge loan from Kitagawa Trust Bank, it said.",
          kind_alt=["investment"], note="bridge loan for the takeover, announced the same day"),
    ],
    ["about 71 million euros", "99.90 euros", "¥1.3 trillion", "¥52 billion", "¥2,318"],
)

ARTICLES["017_marbleton_tallowbright_maumeecourier_en.html"] = A(
    "2026-05-21",
    "from <meta parsely-pub-date='2026-05-21T05:30:00-04:00'> and the byline 'May 21, 2026'; 'said Wednesday' -> "
    "2026-05-20; 'last June' -> 2025-06",
    "en",
    [
        D("marbleton-tallowbright", ["Marbleton Toys", "Tallowbright Labs"], "acquisition", 300000000, "USD",
          "at_least", "2026-05-20", "signed",
          "The companies said Wednesday that the deal is valued at more than $300 million in cash and stock, including payments tied to future sales targets.",
          note="parties in the previous sentence ('Marbleton Toys ... is buying Tallowbright Labs')"),
        D("tallowbright-obsidian-compute", ["Tallowbright Labs", "Obsidian Bay Compute"], "cloud_contract",
          45000000, "USD", "exact", "2025-06", "signed",
          "With Tallowbright comes a $45 million, three-year computing contract that the start-up signed with Nevada-based Obsidian Bay Compute last June.",
          note="same deal as 009 (with the day); month only here; Marbleton takes it over"),
        D("marbleton-toledo-capex", ["Marbleton Toys"], "capex_plan", 60000000, "USD", "range", "2026-05-20",
          "planned",
          "Marbleton also earmarked between $60 million and $75 million for a design and testing center on the former rail yard off Summit Street, which should open before 2028, where about 250 engineers, designers and child-development specialists are to work.",
          amount_max=75000000, kind_alt=["project"], term=[None, "2027"],
          note="a single company's project plan; the state tax credit is not a deal"),
    ],
    ["$4.2 million", "$41.62", "$1.9 billion", "$88 million", "$131 million"],
)

ARTICLES["018_wernitz_grauwacke_krueckauanzeiger.txt"] = A(
    "2026-06-11",
    "from the dateline 'ELMSHORN · Donnerstag, 11. Juni 2026'; 'am Dienstag' -> 2026-06-09; 'im Mai' -> 2026-05; "
    "'im Frühjahr' -> 2026",
    "de",
    [
        D("grauwacke-wernitz-site", ["Grauwacke Rechenzentren", "Wernitz Audiotechnik"], "acquisition",
          23000000, "EUR", "exact", "2026-06-09", "signed",
          "Für das 7,5 Hektar große Werksgelände im Gewerbegebiet Nord zahlt der Neu-Isenburger Rechenzentrumsbetreiber Grauwacke 23 Millionen Euro; beurkundet wurde der Vertrag am Dienstag beim Notar.",
          kind_alt=["other"], note="purchase of Wernitz's factory site; the seller is named in the previous sentence"),
        D("lg-grauwacke-chillers-elmshorn", ["LG Electronics", "Grauwacke Rechenzentren"], "supply", 60000000,
          "EUR", "approx", "2026-05", "signed",
          "Die Maschinen für rund 60 Millionen Euro haben die Neu-Isenburger im Mai bei den Koreanern bestellt.",
          note="'die Neu-Isenburger' = Grauwacke, 'den Koreanern' = LG Electronics (previous sentence); second "
               "LG–Grauwacke chiller order, must stay apart from the €140m order of 2025 (010)"),
        D("lg-grauwacke-maintenance", ["LG Electronics", "Grauwacke Rechenzentren"], "supply", 9000000, "EUR",
          "exact", "2026-05", "signed",
          "Zugleich übernimmt der Konzern die Wartung aller drei Grauwacke-Standorte; dafür zahlt Grauwacke den Koreanern jährlich 9 Millionen Euro, zunächst zehn Jahre lang.",
          per="year", kind_alt=["other"],
          note="'der Konzern'/'den Koreanern' = LG Electronics; 'Zugleich' ties it to the May order; third "
               "LG–Grauwacke deal, must stay apart from both chiller orders"),
        D("hanabira-wernitz-rumour", ["Hanabira Devices", "Wernitz Audiotechnik"], "acquisition", 80000000,
          "EUR", "approx", "2026", "cancelled",
          "Gerüchte, der japanische Hanabira-Konzern wolle Wernitz für rund 80 Millionen Euro übernehmen, wies Brockdorff zurück.",
          required=False, note="denied rumour ('Es gibt kein Angebot und es gibt keine Gespräche')"),
        D("hanabira-klangwuerfel-takeover", ["Hanabira Devices", "Klangwürfel"], "acquisition", None, None, None,
          "2026", "completed",
          "Hanabira hatte im Frühjahr den Düsseldorfer Kinderlautsprecher-Hersteller Klangwürfel übernommen.",
          required=False, note="amount-less background mention of the 016 takeover"),
    ],
    ["11 Millionen Euro", "etwa 95 Euro je Quadratmeter", "ab 59 Euro"],
)

ARTICLES["019_devices_market_close_bourseandbytes_en.txt"] = A(
    "2026-09-17",
    "from the report line '17/09/2026'; 'on Wednesday' -> 2026-09-16, 'on Thursday' -> 2026-09-17",
    "en",
    [
        D("samsung-dalmoon", ["Samsung Electronics", "Dalmoon Robotics"], "investment", 48000000000, "KRW",
          "exact", "2026-09-16", "signed",
          "Samsung Electronics gained 2.1% to 84,300 won after the company agreed on Wednesday to invest 48 billion won ($35 million) in Dalmoon Robotics, a Daejeon maker of programmable robot toys for schools, in return for a 19.9% stake.",
          kind_alt=["acquisition"], alt=[(35000000, "USD")]),
        D("samsung-flaktgroup", ["Samsung Electronics", "FläktGroup"], "acquisition", 1800000000, "USD", "exact",
          "2025-05", "completed",
          "FläktGroup, bought for $1.8 billion in a deal agreed in May 2025, said its order intake from data-centre operators had doubled in the first half, and Samsung reiterated that the unit would reach annual sales of more than 1 trillion won next year.",
          note="restatement of the 008 deal, now completed; 'more than 1 trillion won' is a sales target, not a deal"),
        D("bjorkhaga-zabawki", ["Björkhaga Leksaker", "Zabawki Wrzos"], "acquisition", 140000000, "PLN",
          "exact", "2026-09-17", "signed",
          "Björkhaga Leksaker rose 9.4% to SEK 213.50 after the wooden-toy maker announced on Thursday a deal to buy Zabawki Wrzos, a Polish manufacturer of educational building sets, for PLN 140 million.",
          note="share price SEK 213.50 in the same sentence is not a deal"),
    ],
    ["84,300 won", "12,870 won", "more than 1 trillion won", "SEK 213.50", "HK$54.15", "HK$11.92", "¥2,204",
     "¥54,980", "$18.05", "$81.60", "$39.10", "$241.20", "98,000 won", "SEK 240", "about $118 each"],
)

ARTICLES["020_klangwuerfel_interview_spieltrieb.txt"] = A(
    None,
    "no date anywhere in the interview (no dateline, byline date or copyright year); 'Im Juli 2025' and "
    "'Drei Monate später' (-> 2025-10) date two of its deals",
    "de",
    [
        D("hanabira-klangwuerfel-takeover", ["Hanabira Devices", "Klangwürfel"], "acquisition", 400000000, "EUR",
          "approx", None, "completed",
          "Hanabira hat für den Rest der Firma rund 400 Millionen Euro bezahlt, und ehrlich gesagt hätten wir das Geld allein nicht so schnell verdienen können.",
          note="restatement of the 016 takeover, paid ('bezahlt'); undated interview"),
        D("grauwacke-klangwuerfel-hosting", ["Klangwürfel", "Grauwacke Rechenzentren"], "cloud_contract", 310000,
          "EUR", "approx", "2025-10", "signed",
          "Für die Rechenleistung in Neu-Isenburg zahlen wir Grauwacke monatlich rund 310.000 Euro, Tendenz steigend.",
          per="month",
          note="'wir' = Klangwürfel; signing date from a later answer ('Drei Monate später' after July 2025)"),
        D("marbleton-klangwuerfel-offer", ["Marbleton Toys", "Klangwürfel"], "acquisition", 150000000, "USD",
          "exact", "2025-07", "cancelled",
          "Im Juli 2025 lag ein Angebot von Marbleton Toys über 150 Millionen Dollar auf dem Tisch, für das gesamte Unternehmen.",
          note="refused offer ('Wir haben Nein gesagt')"),
    ],
    ["99,90 Euro", "3,99 Euro im Monat", "71 Millionen Euro", "zwischen 82.000 und 108.000 Euro im Jahr",
     "8,50 Euro", "45 Euro"],
)

ALIASES = {
    "Kreiselhaus Spielwaren": ["Kreiselhaus Spielwaren GmbH", "Kreiselhaus"],
    "Grauwacke Rechenzentren": ["Grauwacke Rechenzentren GmbH", "Grauwacke"],
    "Brennecke Logistik": [],
    "Alat": [],
    "Lenovo": ["Lenovo Group"],
    "Obsidian Bay Compute": ["Obsidian Bay"],
    "Cassowary Ventures": ["Cassowary"],
    "Klangwürfel": [],
    "Tallowbright Labs": ["Tallowbright"],
    "Marrowfield Capital": ["Marrowfield"],
    "KDDI": [],
    "Sharp": [],
    "Samsung Electronics": ["Samsung"],
    "Rainbow Robotics": [],
    "LG Electronics": ["LG"],
    "Bear Robotics": [],
    "Tamsui Silicon": ["Tamsui"],
    "Björkhaga Leksaker": ["Björkhaga"],
    "Pebblequay": [],
    "SoftBank": ["SoftBank Corp."],
    "FläktGroup": [],
    "Harman": [],
    "Masimo": [],
    "Mattel": [],
    "OpenAI": [],
    "Rautenfels Bank": ["Rautenfels"],
    "Xiaomi": [],
    "Apple": [],
    "Google": ["Alphabet"],
    "Hanabira Devices": ["Hanabira"],
    "Kitagawa Trust Bank": ["Kitagawa"],
    "Marbleton Toys": ["Marbleton"],
    "Wernitz Audiotechnik": ["Wernitz"],
    "Dalmoon Robotics": ["Dalmoon"],
    "Zabawki Wrzos": [],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"gold.json written: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
