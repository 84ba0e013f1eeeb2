#!/usr/bin/env python3
"""Write gold.json for tests/corpus181 (the hand annotation of articles/).

Usage: python3 tests/corpus181/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json; check it with
check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(*pairs):
    return [{"amount": a, "currency": c} for a, c in pairs]


ABOUT = (
    "Hand-annotated deals in the 181st held-out test corpus (tests/corpus181/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: machine tools and 3D printing (machine-tool builders, "
    "additive-manufacturing firms, their orders, plants, takeovers and AI/software contracts). One entry "
    "per article; a deal that several articles report carries the same id in each. 'required': false "
    "marks vague or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date "
    "marker, dateline, <time datetime>/<meta>, issue line or copyright line, or null when the article "
    "has none); seasons become the year; a cancelled deal keeps the date of the original offer or "
    "talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Vogtwerk "
    "Fräsmaschinen GmbH, Pulvermark Additive GmbH, Coldrail, Greyquill Data Centers, Wendmoor Growth, "
    "Isarbogen Capital, Ruoffinger Präzisionsteile, Hakuro Machinery, Örnvalla Precision, Meshforge, "
    "Kittiwake Ventures, Ravensol Aerospace, Steyrtal Spanntechnik, Jinlu Machinery; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals "
    "of real companies are partly real, partly invented or shifted. Nothing here is reporting.")

A = {}

# ---------------------------------------------------------------- 001
A["001_trumpf_asml_glemstalkurier.txt"] = {
    "published": "2024-05-16",
    "published_note": "from the date line 'Ditzingen · Donnerstag, 16. Mai 2024'; 'am Dienstag' -> 2024-05-14",
    "language": "de",
    "deals": [
        D("trumpf-asml-euv-2024", ["ASML", "Trumpf"], "supply", 1_100_000_000, "EUR", "approx",
          "2024-05-14", "signed", True,
          "Der niederländische Chipausrüster ASML bestellt bei dem Familienunternehmen für rund 1,1 Milliarden Euro weitere CO2-Laserverstärker für seine EUV-Belichtungsanlagen.",
          term=[None, "2028"], alt_amounts=alt((1_200_000_000, "USD")),
          note="'dem Familienunternehmen' = Trumpf (previous sentence); framework contract signed 'am Dienstag' and running to the end of 2028 (next sentence); 002 gives about $1.2bn (alt), 017 restates it; different from the 2026 High-NA order (017)"),
        D("trumpf-ditzingen-capex", ["Trumpf"], "capex_plan", 150_000_000, "EUR", "approx",
          "2024-05", "planned", True,
          "Damit die Stückzahlen zu schaffen sind, will Trumpf am Stammsitz rund 150 Millionen Euro in eine zusätzliche Fertigungs- und Reinraumhalle stecken.",
          note="own investment plan ('will ... stecken'); no day given -> month of the article"),
    ],
    "not_deals": ["mehr als 180 Millionen Euro", "5,4 Milliarden Euro", "38 Millionen Euro",
                  "rund 142 Millionen Euro", "2,5 Millionen Euro", "289 Euro im Monat",
                  "14 Euro pro Quadratmeter"],
}

# ---------------------------------------------------------------- 002
A["002_euv_suppliers_overlaymemo_en.txt"] = {
    "published": "2024-06-11",
    "published_note": "from 'Commentary | Tuesday 11 June 2024'; 'Last month' -> 2024-05",
    "language": "en",
    "deals": [
        D("trumpf-asml-euv-2024", ["Trumpf", "ASML"], "supply", 1_200_000_000, "USD", "approx",
          "2024-05", "signed", True,
          "Last month Trumpf booked a framework order from ASML worth about $1.2 billion for the CO2 laser amplifiers that drive its extreme-ultraviolet scanners.",
          term=[None, "2028"], alt_amounts=alt((1_100_000_000, "EUR")),
          note="same framework contract as 001, here in USD and with the month only; term 'to the end of 2028' in the next sentence"),
        D("asml-zeiss-smt-stake", ["ASML", "Carl Zeiss SMT"], "investment", 1_000_000_000, "EUR", "exact",
          "2016", "completed", False,
          "ASML has owned 24.9% of Carl Zeiss SMT since 2016, when it paid €1 billion for the stake and committed to fund part of the German company's research.",
          kind_alt=["acquisition"],
          note="background: a minority stake bought eight years before the article; optional"),
    ],
    "not_deals": ["roughly $200 million", "more than $380 million apiece", "€3.6 billion",
                  "about $3.8 billion by 2030", "about $2.1 billion", "€1,050", "€893.40",
                  "€27.6 billion", "$39 per month", "$390 per year"],
}

# ---------------------------------------------------------------- 003
A["003_pulvermark_coldrail_schichtbrief.txt"] = {
    "published": "2024-09-24",
    "published_note": "dateline without year 'Augsburg, 24. September (sb)'; the year from the copyright line '© 2024 Schichtbrief'; 'am Montag' -> 2024-09-23",
    "language": "de",
    "deals": [
        D("pulvermark-coldrail-printers", ["Coldrail", "Pulvermark"], "supply", 84_000_000, "EUR", "exact",
          "2024-09-23", "signed", True,
          "Der US-Kühltechnikspezialist Coldrail bestellt 38 Metalldrucker vom Typ PX-900 für zusammen 84 Millionen Euro.",
          term=["2025", "2026"], alt_amounts=alt((92_000_000, "USD")),
          note="seller Pulvermark in the previous sentence, signing 'am Montag' and delivery 2025 to mid-2026 in the next; 004 gives about $92m (alt), 012 mentions it without amount; different from Coldrail's stake (012) and majority purchase (020)"),
        D("pulvermark-lechhausen-capex", ["Pulvermark"], "capex_plan", 60_000_000, "EUR", "approx",
          "2024-09", "planned", True,
          "Die Kosten beziffert Pulvermark auf knapp 60 Millionen Euro, der erste Spatenstich ist für November geplant.",
          note="'knapp' -> approx; expansion of the Lechhausen site described in the previous sentence ('das Unternehmen')"),
        D("lfa-pulvermark-loan-2024", ["LfA Förderbank Bayern", "Pulvermark"], "other", 25_000_000, "EUR", "exact",
          "2024-08", "signed", True,
          "Einen Teil des Geldes steuert die LfA Förderbank Bayern bei: Sie hatte Pulvermark bereits im August ein Darlehen über 25 Millionen Euro zugesagt.",
          kind_alt=["investment"],
          note="promotional-bank loan promised 'im August' -> 2024-08; different from the second LfA loan (020)"),
    ],
    "not_deals": ["rund 1.400 Dollar", "gut 2,2 Millionen Euro", "41 Millionen Euro",
                  "68 Euro je Kilogramm", "210 Euro je Kilogramm", "rund 9,5 Milliarden Dollar",
                  "95 Euro netto"],
}

# ---------------------------------------------------------------- 004
A["004_coldrail_week_buildplate_en.txt"] = {
    "published": "2024-10-18",
    "published_note": "from the issue line 'Issue 87 · Friday 18 October 2024'; 'On Tuesday' -> 2024-10-15; 'last month' -> 2024-09; 'in the first days of October' -> 2024-10",
    "language": "en",
    "deals": [
        D("greyquill-coldrail-coldplates", ["Greyquill Data Centers", "Coldrail"], "supply", 58_000_000, "USD", "exact",
          "2024-10-15", "signed", True,
          "Greyquill will pay the Austin company $58 million a year; the first plates ship in July 2025 and the contract runs through mid-2029.",
          per="year", term=["2025-07", "2029"],
          note="'the Austin company' = Coldrail; signing 'On Tuesday' in the previous sentence; yearly rate over four years; different from the amount-less extension in 020"),
        D("pulvermark-coldrail-printers", ["Coldrail", "Pulvermark"], "supply", 92_000_000, "USD", "approx",
          "2024-09", "signed", True,
          "Coldrail's purchase of 38 machines from Augsburg-based Pulvermark, placed last month, is worth about $92 million at current exchange rates.",
          note="same order as 003 (€84m), here in USD and with the month only"),
        D("wendmoor-coldrail-seriesc", ["Wendmoor Growth", "Coldrail"], "investment", 140_000_000, "USD", "exact",
          "2024-10", "completed", True,
          "Coldrail has also banked a $140 million Series C, which closed in the first days of October.",
          note="lead investor in the next sentence ('Wendmoor Growth led the round'); valuation $1.1bn is not a deal"),
    ],
    "not_deals": ["about $1.1 billion", "around $75 million", "around $2.4 million",
                  "about $31 an hour", "$499", "$180 value", "$15 a month"],
}

# ---------------------------------------------------------------- 005
A["005_siemens_altair_gaffsail_en.txt"] = {
    "published": "2024-10-31",
    "published_note": "from the header 'October 31, 2024 05:12 ET' (dateline 'Oct 30'); 'on Wednesday' -> 2024-10-30; 'in May' -> 2024-05",
    "language": "en",
    "deals": [
        D("siemens-altair", ["Siemens", "Altair Engineering"], "acquisition", 10_400_000_000, "USD", "approx",
          "2024-10-30", "signed", True,
          "Siemens agreed on Wednesday to buy U.S. simulation software maker Altair Engineering for about $10.4 billion, the German group's largest acquisition in years and a push to combine factory automation with the artificial-intelligence tools engineers use to design products before they are built.",
          alt_amounts=alt((10_000_000_000, "USD"), (9_600_000_000, "EUR")),
          note="equity value; the enterprise value 'roughly $10 billion' (next paragraph) and 006's €9.6bn are alt_amounts; $112 a share is a price, not a deal"),
        D("kkr-innomotics", ["KKR", "Siemens"], "acquisition", 3_500_000_000, "EUR", "exact",
          "2024-05", "signed", True,
          "Siemens is paying partly with money from the €3.5 billion sale of its large-motors business Innomotics to the investor KKR, which it agreed in May.",
          note="Siemens sells its Innomotics unit to KKR; agreed 'in May' -> 2024-05; a different Siemens deal from Altair"),
        D("siemens-nvidia-twins", ["Siemens", "Nvidia"], "partnership", None, None, None,
          None, "announced", False,
          "Siemens has also been deepening ties with Nvidia, whose simulation platform it is linking to its own design tools so that factory planners can build digital twins of production lines.",
          note="amount-less background cooperation ('Neither company has disclosed any payments'); optional"),
    ],
    "not_deals": ["$112 a share", "about $600 million a year", "more than $500 million a year",
                  "$613 million", "178.10 euros", "$101.87"],
}

# ---------------------------------------------------------------- 006
A["006_siemens_aktie_spanboerse.txt"] = {
    "published": "2024-11-07",
    "published_note": "from the stock-portal stamp '07.11.2024 · 07:41 Uhr'; 'Ende Oktober' -> 2024-10; 'Anfang der Woche' (Monday/Tuesday 4/5 Nov) -> 2024-11",
    "language": "de",
    "deals": [
        D("siemens-altair", ["Siemens", "Altair Engineering"], "acquisition", 9_600_000_000, "EUR", "approx",
          "2024-10", "signed", True,
          "Ende Oktober hatten die Münchner bekanntgegeben, dass sie den amerikanischen Anbieter von Simulationssoftware Altair übernehmen – für rund 9,6 Milliarden Euro.",
          note="'die Münchner' = Siemens; same deal as 005, here in EUR and with the month only"),
        D("siemens-meshforge-stake", ["Siemens", "Meshforge"], "investment", 20_000_000, "EUR", "exact",
          "2024-11", "signed", True,
          "Anfang der Woche stieg Siemens nach Angaben des Londoner Start-ups Meshforge mit 20 Millionen Euro bei dem jungen Unternehmen ein, das KI-Software für die Bahnplanung von Fräsmaschinen entwickelt.",
          note="minority stake; 'Anfang der Woche' in a Thursday article -> the month"),
    ],
    "not_deals": ["177,40 EUR", "205 Euro", "112 Dollar", "knapp 76 Milliarden Euro", "10,50 Euro",
                  "5,20 Euro", "4,70 Euro", "ca. 141 Mrd. EUR"],
}

# ---------------------------------------------------------------- 007
A["007_gf_united_grinding_spindelkurs.txt"] = {
    "published": "2025-02-18",
    "published_note": "from the stock-portal stamp 'Di, 18.02.25 · 08:15'",
    "language": "de",
    "deals": [
        D("ug-gf-machining", ["United Grinding Group", "Georg Fischer"], "acquisition", 600_000_000, "CHF", "approx",
          "2025", "rumored", True,
          "Im Gespräch ist ein Unternehmenswert von rund 600 Millionen Franken, wie zwei mit den Plänen vertraute Personen am Montagabend berichteten.",
          alt_amounts=alt((680_000_000, "USD")),
          note="parties in the previous sentence (Georg Fischer's unit GF Machining Solutions, United Grinding Group); exclusive talks known only from insiders -> rumored; the year only, so that the shared id agrees with the signing on 2025-03-25 (009, which adds $680m)"),
        D("gf-uponor", ["Georg Fischer", "Uponor"], "acquisition", 2_100_000_000, "EUR", "approx",
          "2023", "completed", False,
          "Diesen Weg hatte das Unternehmen mit der Übernahme des finnischen Herstellers Uponor eingeschlagen, die GF 2023 rund 2,1 Milliarden Euro gekostet hatte.",
          note="background: an earlier, completed purchase; optional"),
    ],
    "not_deals": ["66,40", "rund 930 Millionen Franken", "4,0 Milliarden Franken", "75 Franken",
                  "1,35 Franken je Aktie", "14,90 Franken monatlich"],
}

# ---------------------------------------------------------------- 008
A["008_printer_stocks_fairlead_en.txt"] = {
    "published": "2025-03-13",
    "published_note": "from 'Thursday, 13 March 2025 · Close of trading'; 'on Wednesday' -> 2025-03-12; 'in January' -> 2025-01",
    "language": "en",
    "deals": [
        D("fortissimo-stratasys", ["Fortissimo Capital", "Stratasys"], "investment", 125_000_000, "USD", "exact",
          "2025-03-12", "signed", True,
          "The Minneapolis and Rehovot-based company said on Wednesday that Fortissimo Capital, an Israeli private-equity fund, will invest $125 million in it through a private placement of new shares priced at $11.50 each.",
          note="'The Minneapolis and Rehovot-based company' = Stratasys (previous sentence)"),
        D("hexagon-geomagic", ["Hexagon", "3D Systems"], "acquisition", 118_000_000, "USD", "exact",
          "2025-01", "signed", True,
          "The company agreed in January to sell its Geomagic scanning and inspection software to Hexagon for $118 million in cash, and on Thursday it said it would spend the proceeds on repurchasing part of its convertible notes due in 2026.",
          note="'The company' = 3D Systems (previous sentence); sale of a software unit, not yet closed"),
    ],
    "not_deals": ["$11.06", "$11.50 each", "$14 within a year", "$12 previously",
                  "between $570 million and $585 million", "$3.41", "roughly $830 million",
                  "about $40 billion", "$29 a month"],
}

# ---------------------------------------------------------------- 009
A["009_gf_united_grinding_limmatquai_en.html"] = {
    "published": "2025-03-26",
    "published_note": "from <meta article:published_time> and <time datetime='2025-03-26T06:30'> ('Wednesday, 26 March 2025, 06:30'); 'on Tuesday' -> 2025-03-25",
    "language": "en",
    "deals": [
        D("ug-gf-machining", ["United Grinding Group", "Georg Fischer"], "acquisition", 600_000_000, "CHF", "approx",
          "2025-03-25", "signed", True,
          "Georg Fischer has agreed to sell its machining division, GF Machining Solutions, to United Grinding Group for an enterprise value of about CHF 600 million ($680 million), the Schaffhausen-based group said on Tuesday.",
          alt_amounts=alt((680_000_000, "USD")),
          note="signing of the talks reported in 007"),
        D("ruoffinger-gf-edm", ["Ruoffinger Präzisionsteile", "Georg Fischer"], "supply", 40_000_000, "CHF", "at_least",
          "2025-03", "signed", True,
          "GF Machining Solutions reported an order worth more than CHF 40 million from Ruoffinger Präzisionsteile, a contract manufacturer from Mühlacker in southern Germany, for 30 wire-EDM and laser-texturing machines.",
          note="seller is GF Machining Solutions (the Georg Fischer unit being sold); no day given -> month of the article"),
    ],
    "not_deals": ["CHF 68.70", "CHF 926 million", "CHF 4.77 billion", "CHF 1.35 per share",
                  "CHF 800 million", "CHF 19.90 per month"],
}

# ---------------------------------------------------------------- 010
A["010_nano_dimension_tickerfinch_en.txt"] = {
    "published": "2025-04-03",
    "published_note": "from the stock-portal stamp 'Apr 3, 2025 · 7:02 AM ET'; 'on Wednesday' -> 2025-04-02",
    "language": "en",
    "deals": [
        D("nano-desktopmetal", ["Nano Dimension", "Desktop Metal"], "acquisition", 176_000_000, "USD", "approx",
          "2025-04-02", "completed", True,
          "Nano Dimension announced on Wednesday that it had closed its purchases of Desktop Metal, for about $176 million, and of Markforged, for roughly $116 million, ending a takeover campaign that began last summer and survived a lawsuit, a change of chief executive and a proxy fight.",
          note="two takeovers in one sentence; the closing announced 'on Wednesday' is the date; the original $5.50 a share is a price"),
        D("nano-markforged", ["Nano Dimension", "Markforged"], "acquisition", 116_000_000, "USD", "approx",
          "2025-04-02", "completed", True,
          "Nano Dimension announced on Wednesday that it had closed its purchases of Desktop Metal, for about $176 million, and of Markforged, for roughly $116 million, ending a takeover campaign that began last summer and survived a lawsuit, a change of chief executive and a proxy fight.",
          note="second takeover of the same sentence; must stay apart from Desktop Metal"),
        D("nano-stratasys-bid", ["Nano Dimension", "Stratasys"], "acquisition", None, None, None,
          "2023", "cancelled", False,
          "In 2023 it made an unsolicited bid for its larger rival Stratasys, which Stratasys' board rejected.",
          note="rejected bid without amount, background; optional"),
    ],
    "not_deals": ["$1.87", "$403M", "$5.50 a share", "$5.00 a share", "about $340 million",
                  "$121 million", "roughly $830 million", "$2.40", "$3.00", "about $45 million",
                  "about $3.84", "$0.65 a contract"],
}

# ---------------------------------------------------------------- 011
A["011_vogtwerk_isarbogen_enztalbote.txt"] = {
    "published": "2025-06-14",
    "published_note": "from the date line 'PFORZHEIM · Samstag, 14. Juni 2025'; 'vergangene Woche' -> 2025-06",
    "language": "de",
    "deals": [
        D("isarbogen-vogtwerk-takeover", ["Isarbogen Capital", "Vogtwerk"], "acquisition", 280_000_000, "EUR", "range",
          "2025", "rumored", True,
          "Nach Informationen des Enztal-Boten verhandelt der Münchner Finanzinvestor Isarbogen Capital über die Übernahme des Familienunternehmens, im Gespräch sei ein Kaufpreis zwischen 280 und 320 Millionen Euro.",
          amount_max=320_000_000, alt_amounts=alt((305_000_000, "EUR")),
          note="'des Familienunternehmens' = Vogtwerk (previous sentence); talks known from people close to the family -> rumored; signed at €305m on 2025-09-15 (013, alt), completed per 015; the year only so that the shared id's dates agree"),
        D("isarbogen-vogtwerk-loan", ["Isarbogen Capital", "Vogtwerk"], "other", 40_000_000, "EUR", "exact",
          "2024", "signed", True,
          "Ein halbes Jahr nach dem geplatzten Japan-Geschäft hatte Isarbogen dem Unternehmen mit einem Darlehen über 40 Millionen Euro über eine Durststrecke geholfen, als Kunden aus der Autoindustrie reihenweise Bestellungen verschoben.",
          kind_alt=["investment"],
          note="'dem Unternehmen' = Vogtwerk; relative date: half a year after Hakuro's failed offer of spring 2024 (previous paragraph) -> autumn 2024 -> the year; a different deal of the same pair than the takeover"),
        D("hakuro-vogtwerk-bid", ["Hakuro Machinery", "Vogtwerk"], "acquisition", 260_000_000, "EUR", "approx",
          "2024", "cancelled", True,
          "Der japanische Werkzeugmaschinenbauer Hakuro Machinery hatte im Frühjahr 2024 rund 260 Millionen Euro geboten, die Familie lehnte nach mehreren Verhandlungsrunden ab.",
          note="refused offer; target Vogtwerk from the context ('die Familie' = its owners); spring 2024 -> year"),
        D("ruoffinger-vogtwerk-2025", ["Ruoffinger Präzisionsteile", "Vogtwerk"], "supply", 19_000_000, "EUR", "approx",
          "2025-06", "signed", True,
          "Erst vergangene Woche erhielt Vogtwerk vom Mühlacker Lohnfertiger Ruoffinger Präzisionsteile einen Auftrag über 24 Fünfachs-Bearbeitungszentren im Wert von knapp 19 Millionen Euro.",
          note="'knapp' -> approx; first of three Ruoffinger-Vogtwerk deals (019 rental, 020 follow-on order)"),
    ],
    "not_deals": ["212 Millionen Euro", "elf Millionen Euro", "gut 3.900 Euro im Monat",
                  "rund 2,4 Milliarden Euro", "96 Millionen Euro", "69 Euro"],
}

# ---------------------------------------------------------------- 012
A["012_coldrail_pulvermark_wertachblick.html"] = {
    "published": "2025-07-11",
    "published_note": "from <meta name=date content='2025-07-11T06:40'> and 'Augsburg · 11.07.2025, 06:40 Uhr'; 'am Donnerstag' -> 2025-07-10; 'seit dem vergangenen Herbst' -> 2024",
    "language": "de",
    "deals": [
        D("coldrail-pulvermark-stake", ["Coldrail", "Pulvermark"], "investment", 45_000_000, "EUR", "approx",
          "2025-07-10", "signed", True,
          "Die Texaner übernehmen 19,9 Prozent der Anteile und zahlen dafür knapp 45 Millionen Euro.",
          kind_alt=["acquisition"],
          note="'Die Texaner' = Coldrail, the target Pulvermark in the previous sentence; announced 'am Donnerstag' (next sentence); second Coldrail-Pulvermark deal; implied valuation is not a deal"),
        D("pulvermark-coldrail-printers", ["Coldrail", "Pulvermark"], "supply", None, None, None,
          "2024", "signed", False,
          "Damals hatten die Texaner 38 Metalldrucker bestellt, mit denen sie Kühlplatten für KI-Server fertigen; gut die Hälfte der Anlagen ist inzwischen ausgeliefert.",
          note="amount-less restatement of the 2024 printer order (003, 004); 'Damals' = last autumn -> 2024; optional"),
        D("coldrail-pulvermark-service", ["Coldrail", "Pulvermark"], "supply", 6_000_000, "EUR", "approx",
          "2025-07-10", "signed", True,
          "Zusammen mit der Beteiligung vereinbarten beide Seiten nun einen Wartungs- und Pulververtrag, für den Coldrail jährlich rund sechs Millionen Euro an Pulvermark überweist.",
          per="year",
          note="yearly rate, amount in words; agreed together with the stake (same day); a further Coldrail-Pulvermark deal, must stay apart from the stake, the printers and the 2026 majority purchase"),
    ],
    "not_deals": ["gut 220 Millionen Euro", "rund 95 Millionen Euro", "68 Millionen Euro",
                  "1,2 Millionen Euro", "3.600 Euro brutto", "7,99 Euro monatlich"],
}

# ---------------------------------------------------------------- 013
A["013_vogtwerk_isarbogen_toolpath_en.txt"] = {
    "published": "2025-09-16",
    "published_note": "from the issue line 'No. 112 | Tuesday, 16 September 2025'; 'on Monday' -> 2025-09-15",
    "language": "en",
    "deals": [
        D("isarbogen-vogtwerk-takeover", ["Isarbogen Capital", "Vogtwerk"], "acquisition", 305_000_000, "EUR", "exact",
          "2025-09-15", "signed", True,
          "Isarbogen Capital signed on Monday to buy Vogtwerk, the Pforzheim builder of five-axis milling centres, for €305 million including debt.",
          note="signing of the takeover rumoured in 011"),
        D("vogtwerk-meshforge-licence", ["Vogtwerk", "Meshforge"], "other", 4_500_000, "GBP", "exact",
          "2025-09", "signed", True,
          "The three-year agreement is worth £4.5 million, according to the London start-up, and covers roughly 1,500 machines a year.",
          kind_alt=["supply", "partnership"],
          note="software licence; parties in the previous sentence ('Vogtwerk has licensed Meshforge's AI toolpath engine'); no day -> month of the issue"),
    ],
    "not_deals": ["about €260 million", "£950 per machine per year", "around £150 million", "£95",
                  "£52,000–£60,000", "€95,000"],
}

# ---------------------------------------------------------------- 014
A["014_formnext_liveticker_druckraum.txt"] = {
    "published": "2025-11-19",
    "published_note": "from the ticker date 'Mittwoch, 19. November 2025'; entries of the same day ('am Nachmittag', 'am Vormittag', 'zum Messemorgen') -> 2025-11-19",
    "language": "de",
    "deals": [
        D("ruoffinger-eos", ["Ruoffinger Präzisionsteile", "EOS"], "supply", 12_000_000, "EUR", "approx",
          "2025-11-19", "signed", True,
          "Beide Seiten beziffern das Auftragsvolumen auf rund zwölf Millionen Euro; den Vertrag unterschrieben die Geschäftsführer am Nachmittag direkt am Stand.",
          note="amount in words; parties (Ruoffinger buys eight printers from EOS) in the previous sentence"),
        D("dmgmori-pulvermark-denied", ["DMG Mori", "Pulvermark"], "acquisition", 300_000_000, "EUR", "approx",
          "2025-11-19", "rumored", False,
          "Dementi aus Bielefeld: Ein Branchenblog hatte am Vormittag gemeldet, DMG Mori wolle den Augsburger Druckerhersteller Pulvermark für rund 300 Millionen Euro übernehmen.",
          note="rumour denied by both companies in the next sentences; optional"),
        D("eos-nvidia", ["EOS", "Nvidia"], "partnership", None, None, None,
          "2025-11-19", "announced", False,
          "KI trifft Pulverbett: EOS und Nvidia kooperieren künftig bei der Simulation von Druckprozessen.",
          note="no financial details; optional"),
        D("nikon-ravensol", ["Ravensol Aerospace", "Nikon SLM Solutions"], "supply", 70_000_000, "USD", "approx",
          "2025-11-19", "signed", True,
          "Den Wert beziffern mit dem Geschäft vertraute Personen auf rund 70 Millionen Dollar; Nikon SLM selbst nannte keine Zahl.",
          note="value only from people familiar with the order; USD in a German article; the order of 14 machines in the previous sentence"),
    ],
    "not_deals": ["79 Euro", "59 Euro", "68 Millionen Euro", "etwa 24 Milliarden Dollar",
                  "mehr als fünf Millionen Euro", "1.540 Yen", "1.890 Euro"],
}

# ---------------------------------------------------------------- 015
A["015_wochenschau_kw3_spanwerk.txt"] = {
    "published": "2026-01-16",
    "published_note": "from the issue line 'KW 3 · Freitag, 16. Januar 2026'; 'am Mittwoch' -> 2026-01-14; 'im September' -> 2025-09",
    "language": "de",
    "deals": [
        D("hakuro-ornvalla", ["Hakuro Machinery", "Örnvalla Precision"], "acquisition", 2_000_000_000, "SEK", "approx",
          "2026", "negotiating", True,
          "Im Gespräch sind nach Angaben aus Schweden rund zwei Milliarden Kronen, umgerechnet etwa 180 Millionen Euro.",
          alt_amounts=alt((180_000_000, "EUR"), (2_100_000_000, "SEK"), (32_000_000_000, "JPY")),
          note="talks confirmed by Hakuro 'am Mittwoch' (previous sentences) -> negotiating; amount in words; signed at SEK 2.1bn on 2026-06-08 (018, alt) and completed per 020; the year only so that the shared id's dates agree"),
        D("isarbogen-vogtwerk-takeover", ["Isarbogen Capital", "Vogtwerk"], "acquisition", 305_000_000, "EUR", "exact",
          "2025-09", "completed", True,
          "Die im September vereinbarte Übernahme des Pforzheimer Fräsmaschinenbauers Vogtwerk durch Isarbogen Capital für 305 Millionen Euro ist seit dem 2. Januar vollzogen, das Bundeskartellamt hatte kurz vor Weihnachten grünes Licht gegeben.",
          note="completion of the takeover signed in September 2025 (013); date = the agreement"),
        D("vogtwerk-steyrtal", ["Vogtwerk", "Steyrtal Spanntechnik"], "acquisition", 48_000_000, "EUR", "at_least",
          "2026-01-14", "signed", True,
          "Der Kaufpreis liege bei mehr als 48 Millionen Euro, teilte das Unternehmen mit.",
          note="parties and 'Am Mittwoch' in the previous sentence"),
    ],
    "not_deals": ["1,1 Milliarden Kronen", "rund 410 Milliarden Yen", "rund 14,6 Milliarden Euro",
                  "149 Euro", "99 Euro", "25 Euro"],
}

# ---------------------------------------------------------------- 016
A["016_meshforge_dmgmori_kerf_en.html"] = {
    "published": "2026-02-18",
    "published_note": "from <meta article:published_time='2026-02-18T07:15:00Z'> and the byline 'Wed 18 Feb 2026'; 'on Tuesday' -> 2026-02-17",
    "language": "en",
    "deals": [
        D("kittiwake-meshforge-seriesb", ["Kittiwake Ventures", "Meshforge"], "investment", 38_000_000, "GBP", "exact",
          "2026-02-17", "completed", True,
          "Meshforge, the London start-up whose software rewrites cutting paths on the fly, has raised £38 million in a Series B round.",
          note="lead investor and closing 'on Tuesday' in the next sentence; valuation £310m is not a deal"),
        D("nvidia-meshforge-seriesb", ["Nvidia", "Meshforge"], "investment", None, None, None,
          "2026-02-17", "completed", False,
          "Kittiwake Ventures was the lead investor in the round, completed on Tuesday, and existing investors followed on; Nvidia's venture arm NVentures also joined with an undisclosed sum.",
          note="NVentures = Nvidia; participation in the same round with an undisclosed sum; optional"),
        D("dmgmori-meshforge-licence", ["DMG Mori", "Meshforge"], "other", 200_000_000, "JPY", "exact",
          "2026-02-17", "signed", True,
          "DMG Mori will pay Meshforge ¥200 million a quarter over three years to build its engine into the CELOS control system on new machines, the two companies announced alongside the round.",
          per="quarter", kind_alt=["supply", "partnership"],
          alt_amounts=alt((2_400_000_000, "JPY"), (12_500_000, "GBP")),
          note="quarterly licence fee; the total over the term (¥2.4bn, about £12.5m, next sentence) as alt_amounts; announced with the round on Tuesday"),
    ],
    "not_deals": ["£950 per machine per year", "about £310 million", "around £9 million",
                  "£140,000 a year", "£2.5 million", "£8 a month"],
}

# ---------------------------------------------------------------- 017
A["017_trumpf_asml_highna_gaffsail_en.txt"] = {
    "published": "2026-04-17",
    "published_note": "from the header 'April 17, 2026 · 06:05 GMT' (dateline 'April 16'); 'on Thursday' -> 2026-04-16",
    "language": "en",
    "deals": [
        D("trumpf-asml-highna-2026", ["ASML", "Trumpf"], "supply", 1_600_000_000, "EUR", "up_to",
          "2026-04-16", "signed", True,
          "Trumpf has won an order from ASML worth up to €1.6 billion ($1.75 billion) for laser amplifiers that will power the Dutch company's High-NA lithography systems, the German machine-tool and laser maker said on Thursday.",
          term=["2027", "2031"], alt_amounts=alt((1_750_000_000, "USD")),
          note="ceiling only; deliveries 2027-2031 (next sentence); second Trumpf-ASML deal, must stay apart from the 2024 framework contract"),
        D("trumpf-asml-euv-2024", ["Trumpf", "ASML"], "supply", 1_100_000_000, "EUR", "approx",
          "2024", "signed", True,
          "The contract covers deliveries from 2027 through 2031 and comes on top of a framework agreement from 2024 worth about €1.1 billion that runs until the end of 2028.",
          term=[None, "2028"],
          note="restatement of the 2024 framework contract (001, 002) in the same sentence as the new order's term"),
    ],
    "not_deals": ["about €350 million each", "about €4.3 billion", "€5.2 billion",
                  "roughly €38 billion", "€742.50", "€900"],
}

# ---------------------------------------------------------------- 018
A["018_hakuro_ornvalla_vastmanland_en.txt"] = {
    "published": "2026-06-09",
    "published_note": "from the dateline 'VÄSTERÅS, 9 June 2026'; 'on Monday' -> 2026-06-08; 'Last year' -> 2025",
    "language": "en",
    "deals": [
        D("hakuro-ornvalla", ["Hakuro Machinery", "Örnvalla Precision"], "acquisition", 2_100_000_000, "SEK", "exact",
          "2026-06-08", "signed", True,
          "Hakuro Machinery agreed on Monday to buy the company for SEK 2.1 billion, or about ¥32 billion, from its founding family and a Stockholm investment company, ending talks that both sides had confirmed in January.",
          alt_amounts=alt((32_000_000_000, "JPY")),
          note="'the company' = Örnvalla Precision (previous sentence); signing of the talks of 015"),
        D("hakuro-vasteras-capex", ["Hakuro Machinery"], "capex_plan", 250_000_000, "SEK", "range",
          "2026-06-08", "announced", True,
          "It also pledged to invest between SEK 250 million and SEK 300 million in the Västerås site within five years, among other things for a new assembly hall and a test centre for grinding machines that finish components for semiconductor equipment and for the cooling pumps used in AI data centres.",
          amount_max=300_000_000,
          note="'It' = Hakuro ('The Japanese group', previous sentence); pledge made with the takeover"),
        D("sandvik-ornvalla-wheels", ["Sandvik", "Örnvalla Precision"], "acquisition", 240_000_000, "SEK", "exact",
          "2025", "completed", True,
          "Last year it sold its grinding-wheel business to Sandvik for SEK 240 million, a move that allowed it to pay off most of its bank debt and concentrate on machines.",
          note="'it' = Örnvalla (previous sentence); sale of a unit to Sandvik; 'Last year' -> 2025"),
    ],
    "not_deals": ["SEK 1.15 billion", "SEK 38,000 a month", "SEK 14 million", "¥3,480",
                  "about ¥420 billion", "¥286 billion", "between SEK 4 million and SEK 12 million",
                  "SEK 99 a month"],
}

# ---------------------------------------------------------------- 019
A["019_vogtwerk_interview_querspan.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesezeit: 8 Minuten'); relative dates stay null",
    "language": "de",
    "deals": [
        D("isarbogen-vogtwerk-takeover", ["Isarbogen Capital", "Vogtwerk"], "acquisition", None, None, None,
          None, "completed", False,
          "Herr Hagenlocher, seit Isarbogen Vogtwerk übernommen hat, fragen sich viele in der Branche, ob das Familienunternehmen nun auf Rendite getrimmt wird.",
          note="amount-less restatement of the takeover (011, 013, 015) in a question; optional"),
        D("vogtwerk-pilsen-capex", ["Vogtwerk"], "capex_plan", 25_000_000, "EUR", "approx",
          None, "planned", True,
          "Rund 25 Millionen Euro stecken wir bis zum Ende des Jahrzehnts in ein Montagewerk bei Pilsen, dort bauen wir künftig die kleineren Baureihen.",
          note="'wir' = Vogtwerk; undated interview"),
        D("ruoffinger-vogtwerk-rental", ["Ruoffinger Präzisionsteile", "Vogtwerk"], "other", 310_000, "EUR", "approx",
          None, "signed", True,
          "Ruoffinger zahlt uns für 30 Fünfachs-Zentren rund 310.000 Euro im Monat, Wartung und Software inklusive.",
          per="month", kind_alt=["supply"],
          note="'uns' = Vogtwerk; monthly pay-per-use fee for machines; second Ruoffinger-Vogtwerk deal, must stay apart from the 2025 and 2026 orders; undated"),
        D("jinlu-vogtwerk-offer", ["Jinlu Machinery", "Vogtwerk"], "acquisition", 1_600_000_000, "CNY", "approx",
          "2023", "cancelled", True,
          "Jinlu Machinery hat uns 2023 rund 1,6 Milliarden Yuan geboten, umgerechnet damals gut 200 Millionen Euro.",
          alt_amounts=alt((200_000_000, "EUR")),
          note="refused takeover offer ('Die Familie hat abgelehnt'); 'uns' = Vogtwerk; the year is in the text"),
    ],
    "not_deals": ["zwischen 600.000 und 1,5 Millionen Euro", "1.150 Euro", "rund 1,2 Millionen Euro",
                  "12,80 Euro", "98 Euro", "480 Euro"],
}

# ---------------------------------------------------------------- 020
KURZ = ("Ruoffinger hat bei Vogtwerk weitere zwölf Maschinen für 9,5 Millionen Euro bestellt, Greyquill hat "
        "den Kühlplattenvertrag mit Coldrail vorzeitig bis 2031 verlängert, ohne einen Betrag zu nennen, und "
        "die LfA Förderbank Bayern räumt Pulvermark einen weiteren Kreditrahmen von bis zu 15 Millionen Euro ein.")
A["020_coldrail_mehrheit_lechdonau.txt"] = {
    "published": "2026-11-13",
    "published_note": "from the issue line 'Nr. 46 · Freitag, 13. November 2026 · Seite 5'; 'am Donnerstagabend' -> 2026-11-12; 'im Juni' -> 2026-06; the 'Kurz notiert' items carry no date -> month of the issue",
    "language": "de",
    "deals": [
        D("coldrail-pulvermark-majority", ["Coldrail", "Pulvermark"], "acquisition", 118_000_000, "EUR", "approx",
          "2026-11-12", "signed", True,
          "Coldrail stockt seine Beteiligung an der Pulvermark Additive GmbH von 19,9 auf 75 Prozent auf und zahlt dafür rund 118 Millionen Euro.",
          kind_alt=["investment"],
          note="third Coldrail-Pulvermark deal (after the 2024 printers and the 2025 stake); announced 'am Donnerstagabend' (next sentence); needs investment screening, so signed, not completed"),
        D("hakuro-ornvalla", ["Hakuro Machinery", "Örnvalla Precision"], "acquisition", 2_100_000_000, "SEK", "exact",
          "2026-06", "completed", True,
          "Abgeschlossen ist dagegen die Übernahme des schwedischen Schleifmaschinenherstellers Örnvalla durch den japanischen Hakuro-Konzern: Die im Juni vereinbarte Transaktion über 2,1 Milliarden Kronen wurde Anfang November vollzogen.",
          note="completion of the takeover signed in June (018); date = the agreement month"),
        D("ruoffinger-vogtwerk-2026", ["Ruoffinger Präzisionsteile", "Vogtwerk"], "supply", 9_500_000, "EUR", "exact",
          "2026-11", "signed", True, KURZ,
          note="first of three deals in one 'Kurz notiert' sentence; third Ruoffinger-Vogtwerk deal"),
        D("greyquill-coldrail-extension", ["Greyquill Data Centers", "Coldrail"], "supply", None, None, None,
          "2026-11", "signed", False, KURZ,
          term=[None, "2031"],
          note="amount-less extension of the cold-plate contract to 2031; a new agreement, kept apart from the 2024 contract (004); optional"),
        D("lfa-pulvermark-loan-2026", ["LfA Förderbank Bayern", "Pulvermark"], "other", 15_000_000, "EUR", "up_to",
          "2026-11", "signed", True, KURZ,
          kind_alt=["investment"],
          note="second LfA credit line ('einen weiteren Kreditrahmen von bis zu'); different from the 2024 loan (003)"),
    ],
    "not_deals": ["etwa 215 Millionen Euro", "rund 120 Millionen Euro", "140 Millionen",
                  "zwei bis drei Milliarden Dollar", "265 Millionen Euro", "10.000 Euro",
                  "3,90 Euro", "169 Euro"],
}

ALIASES = {
    "Trumpf": ["Trumpf", "Trumpf-Gruppe", "Trumpf SE + Co. KG"],
    "ASML": ["ASML", "ASML Holding"],
    "Carl Zeiss SMT": ["Carl Zeiss SMT", "Zeiss SMT", "Zeiss"],
    "Pulvermark": ["Pulvermark", "Pulvermark Additive GmbH", "Pulvermark Additive"],
    "Coldrail": ["Coldrail", "Coldrail Thermal"],
    "LfA Förderbank Bayern": ["LfA Förderbank Bayern", "LfA", "LfA Förderbank"],
    "Greyquill Data Centers": ["Greyquill Data Centers", "Greyquill"],
    "Wendmoor Growth": ["Wendmoor Growth", "Wendmoor"],
    "Siemens": ["Siemens", "Siemens AG"],
    "Altair Engineering": ["Altair Engineering", "Altair"],
    "KKR": ["KKR", "KKR & Co."],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "NVentures"],
    "Meshforge": ["Meshforge"],
    "United Grinding Group": ["United Grinding Group", "United Grinding"],
    "Georg Fischer": ["Georg Fischer", "GF", "Georg Fischer AG", "GF Machining Solutions"],
    "Uponor": ["Uponor"],
    "Fortissimo Capital": ["Fortissimo Capital", "Fortissimo"],
    "Stratasys": ["Stratasys", "Stratasys Ltd."],
    "Hexagon": ["Hexagon", "Hexagon AB"],
    "3D Systems": ["3D Systems", "3D Systems Corp."],
    "Nano Dimension": ["Nano Dimension", "Nano"],
    "Desktop Metal": ["Desktop Metal"],
    "Markforged": ["Markforged"],
    "Isarbogen Capital": ["Isarbogen Capital", "Isarbogen"],
    "Vogtwerk": ["Vogtwerk", "Vogtwerk Fräsmaschinen GmbH", "Vogtwerk Fräsmaschinen"],
    "Hakuro Machinery": ["Hakuro Machinery", "Hakuro", "Hakuro-Konzern"],
    "Ruoffinger Präzisionsteile": ["Ruoffinger Präzisionsteile", "Ruoffinger"],
    "Nikon SLM Solutions": ["Nikon SLM Solutions", "Nikon SLM", "SLM Solutions"],
    "Ravensol Aerospace": ["Ravensol Aerospace", "Ravensol"],
    "EOS": ["EOS", "EOS GmbH"],
    "DMG Mori": ["DMG Mori", "DMG-Mori"],
    "Örnvalla Precision": ["Örnvalla Precision", "Örnvalla"],
    "Steyrtal Spanntechnik": ["Steyrtal Spanntechnik", "Steyrtal"],
    "Kittiwake Ventures": ["Kittiwake Ventures", "Kittiwake"],
    "Sandvik": ["Sandvik", "Sandvik AB"],
    "Jinlu Machinery": ["Jinlu Machinery", "Jinlu"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
