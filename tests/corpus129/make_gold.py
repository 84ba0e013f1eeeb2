#!/usr/bin/env python3
"""Write gold.json for corpus129 (the hand annotation, kept as a script).

Usage: python3 tests/corpus129/make_gold.py
Edit the annotation here and re-run; check with check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 129th held-out test corpus (tests/corpus129/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: retail and e-commerce groups buying AI and compute (Otto Group, Zalando, "
    "Carrefour, Tesco, Walmart, Ahold Delhaize, Delivery Hero, Shopify, Booking Holdings, Mercado Libre), "
    "2024-2026. One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an "
    "error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another "
    "precision. Amounts given in Brazilian reais are annotated in the US dollars the article also gives. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <meta>/<time>, "
    "issue line or stamp, or null when the article has none); a cancelled deal keeps the date of the offer "
    "or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur "
    "in the visible text (check_corpus_gold.visible_text). Invented companies: Fjellvik Compute, Hanseprompt, "
    "Modeloop, Corvano, Brightshelf, Ouseburn Data, Tiefstack Rechenzentren, Mistelbach Kühltechnik, Ironbark "
    "Compute, Skarvheim Kapital, Osterfjord Sparebank, Routinova, Köpenicker Rechenwerk, Havelland Bank, Serra "
    "Fria Data, Facingwise, Brekkon, Vantlight, Bytown Hill Ventures, Wayfable, Calder Mill Partners, Elbufer "
    "Bank, Lachine Labs, Fadenlauf, Lagerlicht, Alsterwerft Kapital, Grainger Lane Capital; invented "
    "publications, research houses, advertisers and persons are listed in invented_names.txt; the deals of "
    "real companies are invented or loosely based on public reports with shifted amounts and dates. Nothing "
    "here is reporting."
)

ALIASES = {
    "Otto Group": ["Otto Group", "Otto", "Otto-Konzern"],
    "Microsoft": ["Microsoft", "Microsofts", "Azure"],
    "Hanseprompt": ["Hanseprompt", "Hanseprompt GmbH"],
    "Ahold Delhaize": ["Ahold Delhaize", "Ahold Delhaize Ventures"],
    "Brekkon": ["Brekkon"],
    "Carrefour": ["Carrefour", "Carrefour SA"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Corvano": ["Corvano"],
    "OpenAI": ["OpenAI"],
    "Zalando": ["Zalando", "Zalando SE", "Zalandos"],
    "Modeloop": ["Modeloop"],
    "Tesco": ["Tesco", "Tesco plc"],
    "Brightshelf": ["Brightshelf"],
    "Ouseburn Data": ["Ouseburn Data", "Ouseburn"],
    "Freie und Hansestadt Hamburg": ["Freie und Hansestadt Hamburg", "Stadt Hamburg"],
    "Tiefstack Rechenzentren": ["Tiefstack Rechenzentren", "Tiefstack Rechenzentren GmbH", "Tiefstack", "Tiefstacks"],
    "Mistelbach Kühltechnik": ["Mistelbach Kühltechnik", "Mistelbach"],
    "Walmart": ["Walmart", "Walmart Inc."],
    "Ironbark Compute": ["Ironbark Compute", "Ironbark"],
    "Fjellvik Compute": ["Fjellvik Compute", "Fjellvik"],
    "Nvidia": ["Nvidia", "NVIDIA"],
    "Skarvheim Kapital": ["Skarvheim Kapital", "Skarvheim"],
    "Kvam kommune": ["Kvam kommune", "Kvam municipality", "Kvam"],
    "Osterfjord Sparebank": ["Osterfjord Sparebank"],
    "Delivery Hero": ["Delivery Hero", "Delivery Hero SE"],
    "Routinova": ["Routinova"],
    "Oracle": ["Oracle"],
    "Booking Holdings": ["Booking Holdings", "Booking"],
    "Wayfable": ["Wayfable"],
    "Facingwise": ["Facingwise"],
    "Shopify": ["Shopify", "Shopify Inc."],
    "Vantlight": ["Vantlight"],
    "Köpenicker Rechenwerk": ["Köpenicker Rechenwerk", "Köpenicker Rechenwerk GmbH", "Rechenwerk"],
    "Havelland Bank": ["Havelland Bank"],
    "Mercado Libre": ["Mercado Libre", "MercadoLibre"],
    "Serra Fria Data": ["Serra Fria Data", "Serra Fria"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Bytown Hill Ventures": ["Bytown Hill Ventures", "Bytown Hill"],
    "Calder Mill Partners": ["Calder Mill Partners", "Calder Mill"],
    "Elbufer Bank": ["Elbufer Bank"],
    "Grainger Lane Capital": ["Grainger Lane Capital", "Grainger Lane"],
    "Lachine Labs": ["Lachine Labs", "Lachine"],
    "Fadenlauf": ["Fadenlauf"],
    "Lagerlicht": ["Lagerlicht"],
    "Alsterwerft Kapital": ["Alsterwerft Kapital", "Alsterwerft"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("kind_alt", "term", "per", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


ARTICLES = {}

ARTICLES["001_otto_azure_handelsdatendienst.txt"] = {
    "published": "2024-03-14",
    "published_note": "dateline without year 'Hamburg, 14. März (hdd)'; the year from '© 2024 Handelsdaten-Dienst'; 'am Dienstag' -> 2024-03-12",
    "language": "de",
    "deals": [
        D("otto-microsoft-azure", ["Otto Group", "Microsoft"], "cloud_contract", 300_000_000, "EUR", "approx",
          "2024-03-12", "signed",
          "Der Hamburger Handelskonzern verpflichtet sich, über fünf Jahre rund 300 Millionen Euro für Rechenleistung, Speicher und KI-Dienste in Microsofts Azure-Cloud auszugeben.",
          term=["2024-04", "2029-03"],
          note="'Der Hamburger Handelskonzern' = Otto Group (previous sentence); genitive 'Microsofts'; signed 'am Dienstag' (next sentence), term 'ab April ... im März 2029'"),
        D("otto-hanseprompt", ["Otto Group", "Hanseprompt"], "acquisition", 60_000_000, "EUR", "approx",
          "2024", "rumored",
          "Im Raum stehe ein Kaufpreis von rund 60 Millionen Euro.",
          alt_amounts=[alt(61_000_000, "EUR")],
          note="rumour from 'Branchenkreisen', parties in the previous sentence; 003 reports the signing at €61m in June 2024; the year keeps the shared id's dates consistent; Hanseprompt's €45m valuation is not a deal"),
        D("ahold-brekkon-round", ["Ahold Delhaize", "Brekkon"], "investment", 35_000_000, "EUR", "exact",
          "2024-03", "completed",
          "Brekkon, ein Utrechter Anbieter von Inventur-Robotern mit Bilderkennung, hat in einer Finanzierungsrunde 35 Millionen Euro eingeworben.",
          note="lead investor (Ahold Delhaize's venture arm) in the next sentence; 'unterschrieben wurde vergangene Woche' -> month"),
    ],
    "not_deals": ["3,40 Euro je GPU-Stunde", "15,4 Milliarden Euro", "45 Millionen Euro", "2,1 Milliarden Euro",
                  "58.000 Euro brutto im Jahr", "129 Euro", "179 Euro", "48 Euro im Monat"],
}

ARTICLES["002_carrefour_googlecloud_hollowmere_en.txt"] = {
    "published": "2024-05-07",
    "published_note": "header 'May 7, 2024 06:55 ET', dateline 'PARIS, May 6'; 'said on Monday' -> 2024-05-06",
    "language": "en",
    "deals": [
        D("carrefour-google-cloud-2024", ["Carrefour", "Google"], "cloud_contract", 600_000_000, "EUR", "approx",
          "2024-05-06", "signed",
          "Carrefour has agreed to spend about €600 million ($645 million) over six years on Google Cloud computing and artificial-intelligence services, the French grocer said on Monday, as European supermarket groups hurry to move pricing, stock and loyalty systems onto rented infrastructure.",
          term=["2024", "2029"], alt_amounts=[alt(645_000_000, "USD")],
          note="'runs until the end of 2029'; different from the 2026 extension in 019"),
        D("carrefour-corvano", ["Carrefour", "Corvano"], "acquisition", 120_000_000, "EUR", "range",
          "2024-05", "negotiating",
          "A transaction could value Corvano at between €120 million and €150 million, said two people involved in the process, who requested anonymity since the negotiations are not public.",
          amount_max=150_000_000, alt_amounts=[alt(138_000_000, "EUR")],
          note="exclusive talks (previous sentence names Carrefour); 014 reports completion at €138m, agreed in 2024"),
        D("carrefour-openai", ["Carrefour", "OpenAI"], "partnership", None, None, None, "2023", "signed",
          "Carrefour has worked with OpenAI since last year on a conversational shopping assistant for its French website.",
          required=False, note="amount-less background collaboration; 'since last year' -> 2023"),
    ],
    "not_deals": ["€4 billion", "€16.02", "€19 million", "$9.6 billion", "€7.5 billion a year", "€4.8 billion",
                  "€17.50", "€22.1 billion"],
}

ARTICLES["003_zalando_modeloop_boersenkiosk.txt"] = {
    "published": "2024-06-12",
    "published_note": "stock-portal stamp '12.06.2024 - 09:41:17'; 'am Dienstag nach Handelsschluss' -> 2024-06-11; 'vergangene Woche' -> 2024-06",
    "language": "de",
    "deals": [
        D("zalando-modeloop", ["Zalando", "Modeloop"], "acquisition", 85_000_000, "EUR", "exact",
          "2024-06-11", "signed",
          "Der Kaufpreis liegt bei 85 Millionen Euro, zahlbar zu zwei Dritteln in bar und zu einem Drittel in eigenen Aktien.",
          note="parties in the previous sentence ('übernimmt er das Berliner Start-up Modeloop')"),
        D("otto-hanseprompt", ["Otto Group", "Hanseprompt"], "acquisition", 61_000_000, "EUR", "exact",
          "2024-06", "signed",
          "Der Hamburger Rivale Otto Group hat sich vergangene Woche das Start-up Hanseprompt für 61 Millionen Euro gesichert, das Produktbeschreibungen automatisch verfasst und in 24 Sprachen übersetzt.",
          note="signing of the rumour in 001; 'vergangene Woche' -> month"),
    ],
    "not_deals": ["3,2 Millionen Euro", "22,48 Euro", "Kursziel von 30 Euro", "zwischen 15,2 und 15,7 Milliarden Euro",
                  "440 bis 500 Millionen Euro", "2,3 Milliarden Euro", "5,9 Mrd. EUR", "24,00 EUR",
                  "25 Euro im Monat", "75 Euro Startbonus", "1.000 Euro"],
}

ARTICLES["004_tesco_brightshelf_shelfline_en.html"] = {
    "published": "2024-09-19",
    "published_note": "<meta article:published_time> and <time datetime='2024-09-19T07:30:00+01:00'>; 'said on Wednesday' -> 2024-09-18; 'Earlier this month' -> 2024-09",
    "language": "en",
    "deals": [
        D("tesco-brightshelf", ["Tesco", "Brightshelf"], "acquisition", 95_000_000, "GBP", "exact",
          "2024-09-18", "signed",
          "Tesco has agreed to buy Brightshelf, the Leeds start-up whose ceiling-mounted cameras flag empty shelves and wrong price labels, for £95 million in cash, the UK's biggest grocer said on Wednesday.",
          note="agreed, closing due in October; Brightshelf's £11m raised so far is not a deal"),
        D("tesco-ouseburn-lease", ["Tesco", "Ouseburn Data"], "cloud_contract", 18_000_000, "GBP", "approx",
          "2024-09", "signed",
          "It will pay the operator around £18 million a year from the start of 2025, according to planning and lease filings seen by Shelfline.",
          per="year", term=["2025", "2034"], kind_alt=["other", "supply"],
          note="data-hall lease; 'the grocer' and Ouseburn Data in the previous sentence ('Earlier this month ... signed a ten-year lease'); different from Tesco's 2025 purchase of Ouseburn in 015"),
    ],
    "not_deals": ["£11 million", "£2.76 billion", "361p", "£85,000", "£65,000", "£349", "£6.99 monthly"],
}

ARTICLES["005_otto_billbrook_billetalrundschau.txt"] = {
    "published": "2024-11-07",
    "published_note": "date line 'HAMBURG-BILLBROOK · Donnerstag, 7. November 2024'; 'am Dienstagabend' -> 2024-11-05",
    "language": "de",
    "deals": [
        D("hamburg-otto-billbrook-land", ["Otto Group", "Freie und Hansestadt Hamburg"], "acquisition", 21_000_000,
          "EUR", "exact", "2024-11-05", "announced",
          "Die Kommission für Bodenordnung hat am Dienstagabend zugestimmt, die 4,2 Hektar große Fläche für 21 Millionen Euro an die Otto Group zu verkaufen.",
          kind_alt=["other"],
          note="land sale by the city (seller named in the next sentence, 'mit der Stadt Hamburg'); approved, notarial contract still to follow -> announced"),
        D("otto-tiefstack-billbrook", ["Otto Group", "Tiefstack Rechenzentren"], "project", 180_000_000, "EUR",
          "approx", "2024-11", "signed",
          "Beide Unternehmen beziffern den Auftrag auf rund 180 Millionen Euro.",
          kind_alt=["other", "supply"],
          note="design-build-operate contract for Otto's Billbrook data centre; parties in the previous sentences ('der Handelskonzern', 'die Tiefstack Rechenzentren GmbH'); no signing day given -> month of the article"),
        D("tiefstack-mistelbach-cooling-2024", ["Tiefstack Rechenzentren", "Mistelbach Kühltechnik"], "supply",
          14_000_000, "EUR", "at_least", "2024-11", "signed",
          "Den Wert dieses Auftrags beziffert Tiefstack auf mindestens 14 Millionen Euro.",
          note="'dieses Auftrags' = the cooling order to Mistelbach Kühltechnik (previous sentence); different from the €11m order for the second site in 020"),
    ],
    "not_deals": ["4,5 Millionen Euro", "jährlich bis zu drei Millionen Euro", "1,2 Millionen Euro",
                  "12,80 Euro je Quadratmeter", "4.990 Euro"],
}

ARTICLES["006_walmart_ironbark_bentonridge_en.txt"] = {
    "published": "2025-01-14",
    "published_note": "date line 'BENTONVILLE · Tuesday, January 14, 2025'; 'announced on Monday' -> 2025-01-13; 'in August' -> 2024-08",
    "language": "en",
    "deals": [
        D("walmart-ironbark-gpu-lease", ["Walmart", "Ironbark Compute"], "cloud_contract", 1_200_000_000, "USD",
          "exact", "2025-01-13", "signed",
          "The world's largest retailer has signed a five-year, $1.2 billion agreement to lease Nvidia-based computing capacity from Ironbark Compute, a Dallas company that runs GPU clusters in Texas and Oklahoma, the companies announced on Monday.",
          kind_alt=["supply"], term=["2025-04", "2030"],
          note="'The world's largest retailer' = Walmart (previous sentence; headline '$1.2bn'); capacity from April, five years; Nvidia is only the chip maker, not a party"),
        D("walmart-ironbark-series-c", ["Walmart", "Ironbark Compute"], "investment", 150_000_000, "USD", "exact",
          "2024-08", "completed",
          "The retailer led the company's Series C round in August, investing a hundred and fifty million dollars, and holds a board observer seat.",
          note="amount in words; 'The retailer' = Walmart, 'the company' = Ironbark (previous sentence); second, earlier deal of the same pair; the $2.4bn valuation is not a deal"),
        D("walmart-microsoft-azure", ["Walmart", "Microsoft"], "cloud_contract", None, None, None, None, "signed",
          "Walmart continues to run most of its e-commerce systems on Microsoft's Azure under a long-standing arrangement whose value neither company has ever disclosed.",
          required=False, note="amount-less, undated background arrangement"),
    ],
    "not_deals": ["$2.4 billion", "$2.10 per GPU-hour", "above $4 a year earlier", "$169.4 billion", "$91.84",
                  "$105", "$190,000", "$12 million", "$125", "$40"],
}

ARTICLES["007_zalando_fjellvik_rackgefluester.txt"] = {
    "published": "2025-03-12",
    "published_note": "header 'Mi., 12.03.2025 · 14:20 Uhr'; 'am Dienstag' -> 2025-03-11",
    "language": "de",
    "deals": [
        D("zalando-fjellvik-gpu-lease", ["Zalando", "Fjellvik Compute"], "cloud_contract", 240_000_000, "EUR",
          "exact", "2025-03-11", "signed",
          "Der 240-Millionen-Euro-Vertrag läuft vier Jahre, von April 2025 bis März 2029.",
          kind_alt=["supply"], term=["2025-04", "2029-03"], alt_amounts=[alt(260_000_000, "USD")],
          note="compound amount; parties and 'am Dienstag' in the previous sentence; 008 gives ~$260m; different from the 2026 extension (€9m a month) in 018"),
        D("fjellvik-nvidia-gpus", ["Fjellvik Compute", "Nvidia"], "supply", 150_000_000, "USD", "approx",
          "2025-03", "signed",
          "Das Unternehmen hat nach eigenen Angaben rund 4.000 Nvidia-Beschleuniger bestellt; der Preis liegt bei knapp 150 Millionen Dollar.",
          note="'Das Unternehmen' = Fjellvik (previous sentence); compound 'Nvidia-Beschleuniger'; 'knapp' -> approx"),
        D("zalando-tech-capex-2025", ["Zalando"], "capex_plan", 450_000_000, "EUR", "approx", "2025", "planned",
          "Insgesamt will der Konzern in diesem Jahr rund 450 Millionen Euro in Technologie und Logistik investieren, ein wachsender Anteil davon fließt in KI.",
          required=False, note="group-wide spending plan ('der Konzern' = Zalando)"),
    ],
    "not_deals": ["4 Cent je Kilowattstunde", "310 Millionen Kronen", "1,85 Euro pro GPU-Stunde", "34,12 Euro",
                  "89 Euro im Jahr"],
}

ARTICLES["008_fjellvik_skarvheim_fjordbusiness_en.txt"] = {
    "published": "2025-04-10",
    "published_note": "header 'Business | Thursday 10 April 2025 | Updated 09:05'; 'on Wednesday' -> 2025-04-09; 'last month' -> 2025-03; 'on 20 February' -> 2025-02-20; 'Six weeks later' -> 2025-04-03",
    "language": "en",
    "deals": [
        D("skarvheim-fjellvik-equity", ["Skarvheim Kapital", "Fjellvik Compute"], "investment", 900_000_000, "NOK",
          "exact", "2025-04-09", "completed",
          "Fjellvik Compute, the GPU cloud that moved into a shuttered aluminium works on the Hardangerfjord, has raised NOK 900 million (about $85 million) in new equity, the company announced on Wednesday.",
          alt_amounts=[alt(85_000_000, "USD")],
          note="lead investor Skarvheim Kapital in the next sentence; the NOK 3.1bn valuation is not a deal"),
        D("zalando-fjellvik-gpu-lease", ["Zalando", "Fjellvik Compute"], "cloud_contract", 260_000_000, "USD",
          "approx", "2025-03", "signed",
          "Zalando, the Berlin online fashion platform, signed last month for roughly $260 million of GPU capacity over four years, and Fjellvik needs new halls, transformers and cooling to serve it.",
          kind_alt=["supply"], note="same contract as 007 (€240m), here in USD with only the month"),
        D("kvam-fjellvik-land", ["Fjellvik Compute", "Kvam kommune"], "acquisition", 38_000_000, "NOK", "exact",
          "2025-02-20", "completed",
          "Fjellvik bought the 14-hectare smelter site from Kvam municipality on 20 February for NOK 38 million.",
          kind_alt=["other"], note="land purchase from the municipality"),
        D("osterfjord-fjellvik-loan", ["Osterfjord Sparebank", "Fjellvik Compute"], "other", 250_000_000, "NOK",
          "exact", "2025-04-03", "signed",
          "Six weeks later it secured a NOK 250 million construction loan from Osterfjord Sparebank, the regional savings bank, which will finance two new halls due to open in 2026.",
          kind_alt=["investment"], note="'it' = Fjellvik; 'Six weeks later' after 20 February -> 2025-04-03"),
    ],
    "not_deals": ["NOK 3.1 billion", "NOK 310 million", "NOK 0.38 per kilowatt-hour", "NOK 1.5 billion",
                  "NOK 249 a month", "first month NOK 1"],
}

ARTICLES["009_handel_ki_kommentar_kapitalquartier.txt"] = {
    "published": "2025-05-20",
    "published_note": "header 'Gastkommentar | Dienstag, 20. Mai 2025'; 'in der vergangenen Woche' -> 2025-05; 'im März' -> 2025-03; 'Anfang Mai' -> 2025-05",
    "language": "de",
    "deals": [
        D("deliveryhero-routinova", ["Delivery Hero", "Routinova"], "acquisition", 70_000_000, "EUR", "approx",
          "2025-05", "signed",
          "Rund 70 Millionen Euro lässt sich der Konzern den Zukauf kosten, ein Drittel davon fällig erst, wenn Routinova vereinbarte Ziele erreicht.",
          note="'der Konzern' = Delivery Hero (two sentences earlier), part of the price contingent (earn-out)"),
        D("zalando-fjellvik-gpu-lease", ["Zalando", "Fjellvik Compute"], "cloud_contract", None, None, None,
          "2025-03", "signed",
          "Zalando wiederum hat sich im März bei Fjellvik in Norwegen für vier Jahre Rechenkapazität gesichert, statt selbst Chips zu kaufen.",
          required=False, kind_alt=["supply"], note="restated without amount"),
        D("deliveryhero-oracle-denied", ["Delivery Hero", "Oracle"], "cloud_contract", 500_000_000, "EUR", "up_to",
          "2025-05", "rumored",
          "Berichte von Anfang Mai, wonach Delivery Hero seinen gesamten Bedarf an Rechenleistung an Oracle vergeben wolle – die Rede war von bis zu 500 Millionen Euro –, hat der Konzern umgehend zurückgewiesen.",
          required=False, note="denied rumour"),
    ],
    "not_deals": ["etwa 4 Millionen Euro im Jahr", "jährlich rund 12 Milliarden Euro",
                  "975 Millionen bis 1,025 Milliarden Euro", "Kursziel liegt bei 34 Euro", "24,90 Euro",
                  "Kursziel von 38 Euro", "14,90 Euro pro Monat"],
}

ARTICLES["010_retail_compute_weekly_en.txt"] = {
    "published": "2025-06-27",
    "published_note": "issue line 'Issue 74 · Friday 27 June 2025'; 'on Tuesday' -> 2025-06-24; 'this week' -> 2025-06",
    "language": "en",
    "deals": [
        D("booking-wayfable", ["Booking Holdings", "Wayfable"], "acquisition", 410_000_000, "USD", "exact",
          "2025-06-24", "signed",
          "Booking Holdings signed on Tuesday to buy Wayfable, the Amsterdam start-up whose chatbot stitches flights, hotels and restaurant tables into a single itinerary, for $410 million in cash.",
          note="Wayfable's earlier $180m valuation is not a deal"),
        D("ahold-facingwise-cameras", ["Ahold Delhaize", "Facingwise"], "supply", 24_000_000, "USD", "approx",
          "2025-06", "signed",
          "The grocer will pay Facingwise about $24 million a year for five years to fit the cameras in 1,100 Food Lion and Stop & Shop stores, the companies confirmed this week.",
          per="year", term=["2025-09", "2030"],
          note="'The grocer' = Ahold Delhaize (previous sentence); installation from September; different from Ahold's 2026 purchase of Facingwise in 019"),
        D("shopify-vantlight", ["Shopify", "Vantlight"], "acquisition", 300_000_000, "USD", "range", "2025",
          "rumored",
          "Three people briefed on the discussions put the price at $300 million to $350 million; Shopify declined to comment and Vantlight did not reply to emails.",
          amount_max=350_000_000, alt_amounts=[alt(340_000_000, "USD"), alt(290_000_000, "EUR")],
          note="sourced rumour; 013 reports the signing at $340m (€290m) on 2025-10-14; the year keeps the shared id's dates consistent"),
    ],
    "not_deals": ["$180 million", "$29 per camera per month", "$108.40", "$4.2bn", "$1,490", "$18 a month"],
}

ARTICLES["011_deliveryhero_adlershof_hauptstadtnetz.html"] = {
    "published": "2025-08-21",
    "published_note": "<meta name='date' content='2025-08-21'> and 'Berlin · 21.08.2025, 08:10 Uhr'; 'am Mittwoch' -> 2025-08-20; 'Drei Monate später' after 'am 14. Februar' -> 2025-05",
    "language": "de",
    "deals": [
        D("deliveryhero-koepenicker-lease", ["Delivery Hero", "Köpenicker Rechenwerk"], "cloud_contract",
          11_000_000, "EUR", "approx", "2025-08-20", "signed",
          "Für einen abgeschirmten Bereich mit rund 1.500 Grafikprozessoren zahlt das Unternehmen sechs Jahre lang jährlich rund elf Millionen Euro.",
          per="year", kind_alt=["supply", "other"], term=["2025-10", "2031"],
          note="amount in words; 'das Unternehmen' = Delivery Hero, lessor Köpenicker Rechenwerk GmbH and 'am Mittwoch' in the previous sentence; hall ready in October, six years"),
        D("havelland-koepenicker-loan", ["Havelland Bank", "Köpenicker Rechenwerk"], "other", 38_000_000, "EUR",
          "exact", "2025-05", "signed",
          "Die Havelland Bank stellte dem Unternehmen einen Kredit über 38 Millionen Euro bereit.",
          kind_alt=["investment"],
          note="'dem Unternehmen' = Köpenicker Rechenwerk; relative date 'Drei Monate später' after the permit of 14 February"),
    ],
    "not_deals": ["4,2 Millionen Euro", "49,1 Milliarden Euro", "26,35 Euro", "11 Cent je Kilowattstunde",
                  "11.490 Euro", "7,99 Euro monatlich"],
}

ARTICLES["012_mercadolibre_serrafria_avenida_en.txt"] = {
    "published": "2025-09-17",
    "published_note": "dateline 'SÃO PAULO, Sept. 17, 2025 — 7:40 a.m. BRT'; 'said on Tuesday' -> 2025-09-16",
    "language": "en",
    "deals": [
        D("mercadolibre-serrafria", ["Mercado Libre", "Serra Fria Data"], "acquisition", 315_000_000, "USD",
          "approx", "2025-09-16", "signed",
          "Mercado Libre has agreed to buy Serra Fria Data, which runs three data centers around Campinas, for 1.7 billion reais, or about $315 million, Latin America's largest e-commerce company said on Tuesday.",
          note="stated in reais (BRL, outside the currency list) and US dollars; annotated in USD"),
        D("mercadolibre-aws-talks", ["Mercado Libre", "Amazon"], "cloud_contract", 1_500_000_000, "USD", "up_to",
          "2025-09", "negotiating",
          "At the same time, Mercado Libre is negotiating a five-year commitment with Amazon Web Services that could be worth up to $1.5 billion, one person involved in the discussions said.",
          note="sourced talks"),
        D("mercadolibre-brazil-capex-2025", ["Mercado Libre"], "capex_plan", 6_300_000_000, "USD", "approx",
          "2025", "planned",
          "The group has said it will invest 34 billion reais (about $6.3 billion) in Brazil this year, including logistics centers, its payments business and technology.",
          required=False, note="group-wide spending plan, reais with USD; annotated in USD"),
    ],
    "not_deals": ["$28 million", "$6.7 billion", "$2,431.50", "$62 per megawatt-hour", "5.2 billion reais",
                  "R$39.90 a month"],
}

ARTICLES["013_shopify_vantlight_tickerdienst.txt"] = {
    "published": "2025-10-15",
    "published_note": "header 'Mittwoch, 15. Oktober 2025, 16:32 Uhr'; 'am Dienstag' -> 2025-10-14; 'im Frühjahr 2024' -> 2024",
    "language": "de",
    "deals": [
        D("shopify-vantlight", ["Shopify", "Vantlight"], "acquisition", 340_000_000, "USD", "exact",
          "2025-10-14", "signed",
          "Shopify zahlt 340 Millionen Dollar (rund 290 Millionen Euro) in bar und Aktien, wie der Konzern am Dienstag nach Börsenschluss in Nordamerika mitteilte.",
          alt_amounts=[alt(290_000_000, "EUR")], note="signing of the 010 rumour"),
        D("bytownhill-vantlight-round", ["Bytown Hill Ventures", "Vantlight"], "investment", 58_000_000, "CAD",
          "exact", "2024", "completed",
          "Vantlight hatte im Frühjahr 2024 in einer von Bytown Hill Ventures angeführten Runde 58 Millionen kanadische Dollar eingesammelt, umgerechnet etwa 42 Millionen US-Dollar.",
          alt_amounts=[alt(42_000_000, "USD")], note="earlier round led by Bytown Hill Ventures; season -> year"),
    ],
    "not_deals": ["18 Millionen Dollar", "2,68 Milliarden Dollar", "rund 200 Milliarden Dollar", "158,20 Dollar",
                  "bis zu einer Billion Dollar", "39 Dollar im Monat"],
}

ARTICLES["014_markets_live_quarterlight_en.txt"] = {
    "published": "2025-11-13",
    "published_note": "live-ticker header 'Thursday 13 November 2025', entries by time; 'agreed last year' -> 2024; 'this morning' -> 2025-11-13",
    "language": "en",
    "deals": [
        D("carrefour-corvano", ["Carrefour", "Corvano"], "acquisition", 138_000_000, "EUR", "exact", "2024",
          "completed",
          "The grocer agreed last year to pay €138 million for the Lyon demand-forecasting company, whose software now runs in about 2,400 of its stores.",
          note="'The grocer' = Carrefour, 'the Lyon demand-forecasting company' = Corvano (previous sentence); completed after clearance; date of the agreement ('last year'), compatible with the 2024-05 talks in 002; repeated at 11:48"),
        D("ahold-microsoft-cloud", ["Ahold Delhaize", "Microsoft"], "cloud_contract", 450_000_000, "EUR", "approx",
          "2025-11-13", "signed",
          "Ahold Delhaize will buy cloud and AI services from Microsoft for about €450 million over five years under a contract it announced this morning.",
          note="ticker entry 09:12"),
        D("otto-tiefstack-offer-denied", ["Otto Group", "Tiefstack Rechenzentren"], "acquisition", 300_000_000,
          "EUR", "approx", "2025-11", "rumored",
          "Otto Group has denied a report in a Hamburg business weekly that it had offered around €300 million for Tiefstack Rechenzentren, the developer building its Billbrook data centre.",
          required=False,
          note="denied rumour; a third Otto-Tiefstack item besides the Billbrook contract (005) and the 2026 stake (020)"),
    ],
    "not_deals": ["€23 million", "€96.3 million", "€88 million", "€3.6 billion", "€27.40", "target to €35", "€34.85",
                  "€24.18", "€85 billion", "$63.80 a barrel", "€1 per order"],
}

ARTICLES["015_tesco_ouseburn_tynequay_en.txt"] = {
    "published": "2025-12-04",
    "published_note": "date line 'Thursday, 4 December 2025'; 'exchanged on Tuesday' -> 2025-12-02",
    "language": "en",
    "deals": [
        D("tesco-ouseburn-acquisition", ["Tesco", "Ouseburn Data"], "acquisition", 140_000_000, "GBP", "approx",
          "2025-12-02", "signed",
          "Tesco has agreed to buy Ouseburn Data, the operator of the Walker Riverside data centre where the grocer already runs much of its computing, for around £140 million including debt.",
          note="contracts exchanged 'on Tuesday' (next sentence); second Tesco-Ouseburn deal, apart from the 2024 lease"),
        D("tesco-ouseburn-lease", ["Tesco", "Ouseburn Data"], "cloud_contract", 18_000_000, "GBP", "approx",
          "2024-09", "signed",
          "Tesco moved into a 12-megawatt hall at the site at the start of this year under a ten-year lease signed in September 2024, paying roughly £18m a year.",
          per="year", term=["2025", "2034"], kind_alt=["other", "supply"],
          note="restated lease of 004; Ouseburn named in the previous paragraph ('the site')"),
        D("grainger-ouseburn-loan", ["Grainger Lane Capital", "Ouseburn Data"], "other", 42_000_000, "GBP", "exact",
          "2023", "signed",
          "Some of the money will go towards clearing a £42 million loan from Grainger Lane Capital, which financed the second hall in 2023.",
          required=False, kind_alt=["investment"],
          note="background: an older loan being repaid out of the sale proceeds; borrower Ouseburn (previous sentence)"),
    ],
    "not_deals": ["£1.1 million a year", "£4 million", "£2.9 billion", "412p", "£38,000", "£189,950"],
}

ARTICLES["016_tiefstack_interview_rechenzentrumspraxis.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesedauer: 8 Minuten'); relative dates ('im vergangenen Jahr') cannot be resolved",
    "language": "de",
    "deals": [
        D("otto-tiefstack-billbrook", ["Otto Group", "Tiefstack Rechenzentren"], "project", 180_000_000, "EUR",
          "approx", None, "signed",
          "Der Auftrag für Billbrook hat ein Volumen von rund 180 Millionen Euro, das ist mehr als unser gesamter Umsatz der letzten drei Jahre zusammen.",
          kind_alt=["other", "supply"],
          note="restated contract of 005; the customer Otto Group is named in the question, 'unser' = Tiefstack"),
        D("elbufer-tiefstack-loan", ["Elbufer Bank", "Tiefstack Rechenzentren"], "other", 95_000_000, "EUR", "exact",
          None, "signed",
          "Die Elbufer Bank finanziert den Bau mit einem Darlehen über 95 Millionen Euro, der Rest kommt aus Eigenkapital und über Anzahlungen des Kunden.",
          kind_alt=["investment"], note="construction loan to Tiefstack"),
        D("calder-mill-tiefstack-offer", ["Calder Mill Partners", "Tiefstack Rechenzentren"], "acquisition",
          260_000_000, "EUR", "exact", None, "cancelled",
          "Calder Mill Partners wollte uns im vergangenen Jahr komplett übernehmen und bot dafür 260 Millionen Euro.",
          note="refused offer ('Das haben wir ausgeschlagen'); 'uns' = Tiefstack; undated article -> date null"),
        D("tiefstack-allermoehe-capex", ["Tiefstack Rechenzentren"], "capex_plan", 250_000_000, "EUR", "range",
          None, "planned",
          "Für einen zweiten Standort in Hamburg-Allermöhe rechnen wir mit Investitionen zwischen 250 und 300 Millionen Euro.",
          amount_max=300_000_000, note="the company's own plan for its second site ('wir' = Tiefstack)"),
    ],
    "not_deals": ["rund neun Millionen Euro je Megawatt", "52.000 Euro im Jahr", "46 Millionen Euro", "14,80 Euro",
                  "79 Euro"],
}

ARTICLES["017_shopify_googlecloud_stackledger_en.html"] = {
    "published": "2026-02-11",
    "published_note": "<meta article:published_time content='2026-02-11T06:30:00-05:00'> and byline 'Feb 11, 2026'; 'said on Tuesday' -> 2026-02-10; 'last October' -> 2025-10; 'last week' -> 2026-02",
    "language": "en",
    "deals": [
        D("shopify-google-cloud", ["Shopify", "Google"], "cloud_contract", 2_100_000_000, "USD", "at_least",
          "2026-02-10", "signed",
          "Shopify has committed to spend at least $2.1 billion on Google Cloud over seven years, the Ottawa-based commerce company said on Tuesday, deepening a relationship that began when it moved its core platform to Google's data centers in 2018.",
          term=["2026", "2032"], note="'runs through 2032'"),
        D("shopify-vantlight", ["Shopify", "Vantlight"], "acquisition", None, None, None, "2025-10", "completed",
          "Much of the new capacity will go to the agentic checkout tools Shopify picked up when it bought Vantlight last October.",
          required=False, note="restated without amount"),
        D("shopify-lachine-series-b", ["Shopify", "Lachine Labs"], "investment", 65_000_000, "USD", "exact",
          "2026-02", "completed",
          "Separately, Shopify led a $65 million Series B round in Lachine Labs, a Montreal start-up that trains small language models on product catalogues, last week.",
          note="round led by Shopify; 'last week' -> month"),
    ],
    "not_deals": ["$155 billion", "$3.6 billion", "$141.75", "$410 billion", "$4.20 per chip-hour", "$299 a month",
                  "$12 a month"],
}

ARTICLES["018_zalando_fjellvik_spreekurier.txt"] = {
    "published": "2026-04-15",
    "published_note": "header 'Mi, 15.04.26 · 06:45' (two-digit year); 'am Montag' -> 2026-04-13; 'in der vergangenen Woche' -> 2026-04",
    "language": "de",
    "deals": [
        D("zalando-fjellvik-extension-2026", ["Zalando", "Fjellvik Compute"], "cloud_contract", 9_000_000, "EUR",
          "approx", "2026-04-13", "signed",
          "Der Modehändler zahlt dem norwegischen GPU-Anbieter künftig zusätzlich rund neun Millionen Euro pro Monat für weitere Rechenkapazität, teilten beide Unternehmen am Montag mit.",
          per="month", kind_alt=["supply"], term=["2026-07", "2028-12"],
          note="amount in words; 'Der Modehändler' = Zalando, 'dem norwegischen GPU-Anbieter' = Fjellvik Compute (previous sentence); 'beginnt im Juli und läuft bis Ende 2028'; a second Zalando-Fjellvik deal, apart from the 2025 lease"),
        D("zalando-fjellvik-gpu-lease", ["Zalando", "Fjellvik Compute"], "cloud_contract", None, None, None,
          "2025-03", "signed",
          "Den ersten Vertrag hatten Zalandos Einkäufer im März 2025 abgeschlossen, er läuft unverändert weiter.",
          required=False, kind_alt=["supply"], note="the 2025 lease restated without amount; genitive 'Zalandos'"),
        D("zalando-fadenlauf-round", ["Zalando", "Fadenlauf"], "investment", 20_000_000, "EUR", "exact", "2026-04",
          "completed",
          "Zalando führt eine Finanzierungsrunde über 20 Millionen Euro bei dem Kreuzberger Start-up Fadenlauf an, das mit künstlicher Intelligenz Stoffmuster und Schnitte für kleine Modelabels entwirft.",
          note="round led by Zalando, closed 'in der vergangenen Woche' (next sentence)"),
    ],
    "not_deals": ["27,90 Euro", "30 Millionen Euro", "19 Cent je Kilowattstunde", "Tageskarte 3 Euro",
                  "Jahreskarte 25 Euro"],
}

ARTICLES["019_retail_stocks_tillbridge_en.txt"] = {
    "published": "2026-08-13",
    "published_note": "market-report header 'Thursday 13 August 2026 — after the closing bell'; 'on Wednesday' -> 2026-08-12; 'signed on Tuesday' -> 2026-08-11; 'this week' -> 2026-08",
    "language": "en",
    "deals": [
        D("ahold-facingwise-acquisition", ["Ahold Delhaize", "Facingwise"], "acquisition", 210_000_000, "EUR",
          "exact", "2026-08-12", "signed",
          "The grocer agreed on Wednesday to buy Facingwise, the Ghent maker of shelf cameras already fitted in more than 1,100 of its US stores, for €210 million ($245 million).",
          alt_amounts=[alt(245_000_000, "USD")],
          note="'The grocer' = Ahold Delhaize (previous sentence); second Ahold-Facingwise deal, apart from the 2025 camera contract (010, not restated here)"),
        D("mercadolibre-oracle-gpu", ["Mercado Libre", "Oracle"], "cloud_contract", 45_000_000, "USD", "approx",
          "2026-08-11", "signed",
          "MercadoLibre slipped 1.9% to $2,214 in New York after disclosing that it will pay Oracle about $45 million a quarter for GPU capacity in Oracle's São Paulo cloud region under a three-year contract signed on Tuesday.",
          per="quarter", note="quarterly rate; the share price in the same sentence is not a deal"),
        D("carrefour-google-extension-2026", ["Carrefour", "Google"], "cloud_contract", 180_000_000, "EUR",
          "at_least", "2026-08", "signed",
          "The company said this week that it had extended its Google Cloud arrangement by two years, to 2031, in a deal worth more than €180 million, mainly to cover AI models for its stores in Brazil and Spain.",
          term=["2030", "2031"],
          note="'The company' = Carrefour (previous sentence); extension of the 2024 contract (002), a separate deal"),
    ],
    "not_deals": ["€36.10", "€31 million", "price target of €39", "$2,214", "€13.96", "$104.20", "$175", "$152.30",
                  "€24.66", "€21.02", "£24 a month", "$5,480.00"],
}

ARTICLES["020_otto_tiefstack_elbwoche.txt"] = {
    "published": "2026-11-20",
    "published_note": "issue line 'Freitag, 20. November 2026 · Nr. 47', dateline 'Hamburg, 19. November'; 'am Mittwoch' -> 2026-11-18",
    "language": "de",
    "deals": [
        D("otto-tiefstack-stake-2026", ["Otto Group", "Tiefstack Rechenzentren"], "acquisition", 75_000_000, "EUR",
          "approx", "2026-11-18", "signed",
          "Für den Anteil zahlt der Konzern knapp 75 Mio. Euro; unterschrieben wurde am Mittwoch.",
          kind_alt=["investment"],
          note="49 % stake; 'der Konzern' = Otto Group, 'den Anteil' = 49 % of Tiefstack (previous sentence); 'knapp' -> approx; the implied €150m valuation is not a deal"),
        D("otto-tiefstack-billbrook", ["Otto Group", "Tiefstack Rechenzentren"], "project", 180_000_000, "EUR",
          "approx", "2024", "signed",
          "Tiefstack hatte 2024 den Auftrag erhalten, für rund 180 Millionen Euro das Otto-Rechenzentrum in Billbrook zu bauen und zu betreiben; die Anlage ging im Sommer in Betrieb und rechnet seither für Versandhandel, Logistik und Finanzdienste des Konzerns.",
          kind_alt=["other", "supply"], note="restated 2024 contract (005); compound 'Otto-Rechenzentrum'"),
        D("tiefstack-mistelbach-cooling-2026", ["Tiefstack Rechenzentren", "Mistelbach Kühltechnik"], "supply",
          11_000_000, "EUR", "exact", "2026-11", "signed",
          "Mistelbach Kühltechnik liefert Kältemaschinen und Rückkühler für Tiefstacks zweiten Standort in Allermöhe; der Auftrag hat einen Wert von 11 Millionen Euro und gilt unabhängig davon, ob der Ankermieter bis Frühjahr feststeht.",
          note="genitive 'Tiefstacks'; second Tiefstack-Mistelbach order, apart from the 2024 order in 005; no date given -> month of the issue"),
        D("alsterwerft-lagerlicht-round", ["Alsterwerft Kapital", "Lagerlicht"], "investment", 12_500_000, "EUR",
          "exact", "2026-11", "completed",
          "Das Hammerbrooker Start-up Lagerlicht, das Lagerroboter mit Kameras zur Bestandszählung ausrüstet, hat 12,5 Millionen Euro von Investoren bekommen.",
          note="lead investor Alsterwerft Kapital in the next sentence"),
    ],
    "not_deals": ["2,80 Euro", "gut 150 Millionen Euro", "14,9 Milliarden Euro", "320 Millionen Euro",
                  "21 Cent je Kilowattstunde", "35 Euro", "6,50 Euro pro Woche", "4,90 Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
