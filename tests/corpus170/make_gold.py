#!/usr/bin/env python3
"""Write gold.json for tests/corpus170 (the hand annotation of articles/).

Edit the annotation here, then run: python3 tests/corpus170/make_gold.py
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 170th, held-out test corpus (tests/corpus170/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: cosmetics and beauty (cosmetics groups, fragrance makers, beauty "
    "retailers, their acquisitions and AI/data deals). One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague or background mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a "
    "rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) states it "
    "in another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, "
    "YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <meta>/<time>, issue line or byline date, or null when the "
    "article has none); a cancelled deal keeps the date of the original offer or talks; 'term' is the "
    "period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Bielwerk Kosmetik GmbH, Wiehenkamm "
    "Rechenzentren GmbH, Duftwerk Hellbrunn, Pellucida Analytics, Velourea Labs, Marigny Capital, Oudhara "
    "Perfumes, Corniche Peak Holdings, Petrichora AI, Lavendula Parfümerien GmbH, Glimmerkiste, Ambrelle "
    "Capital, Cremora Beauty, Colne Mill Bank, Hautsignal, Nasalis, Kellridge Bank, Hanagumo Cosmetics, "
    "Seoraeul Beauty, Tsukishima Bank, Skarvhella Compute, Hvitsten Kapital, Sorrelgate Partners, "
    "Noctilune Cosmetics, Elbdüfte Parfümerien; invented publications, banks, research houses, advertisers "
    "and people are listed in invented_names.txt; the deals of real companies are partly real, partly "
    "invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Bielwerk Kosmetik": ["Bielwerk Kosmetik GmbH", "Bielwerk Kosmetik", "Bielwerk"],
    "Wiehenkamm Rechenzentren": ["Wiehenkamm Rechenzentren GmbH", "Wiehenkamm Rechenzentren", "Wiehenkamm"],
    "Beiersdorf": ["Beiersdorf", "Beiersdorf AG", "Beiersdorfs"],
    "Duftwerk Hellbrunn": ["Duftwerk Hellbrunn", "Duftwerk"],
    "Pellucida Analytics": ["Pellucida Analytics", "Pellucida"],
    "Velourea Labs": ["Velourea Labs", "Velourea"],
    "Marigny Capital": ["Marigny Capital", "Marigny"],
    "Oudhara Perfumes": ["Oudhara Perfumes", "Oudhara"],
    "Corniche Peak Holdings": ["Corniche Peak Holdings", "Corniche Peak"],
    "L'Oréal": ["L'Oréal", "L'Oreal", "L'Oréal Luxe", "L'Oréals"],
    "Galderma": ["Galderma", "Galderma Group"],
    "EQT": ["EQT", "EQT AB"],
    "Givaudan": ["Givaudan", "Givaudan SA"],
    "Petrichora AI": ["Petrichora AI", "Petrichora"],
    "Douglas": ["Douglas", "Douglas AG", "Douglas Group"],
    "Lavendula Parfümerien": ["Lavendula Parfümerien GmbH", "Lavendula Parfümerien", "Lavendula"],
    "Glimmerkiste": ["Glimmerkiste"],
    "Ambrelle Capital": ["Ambrelle Capital", "Ambrelle"],
    "Cremora Beauty": ["Cremora Beauty", "Cremora"],
    "Colne Mill Bank": ["Colne Mill Bank"],
    "Hautsignal": ["Hautsignal", "Hautsignal GmbH"],
    "Symrise": ["Symrise", "Symrise AG"],
    "Nasalis": ["Nasalis"],
    "e.l.f. Beauty": ["e.l.f. Beauty", "e.l.f.", "elf Beauty", "e.l.f. Beauty Inc."],
    "Rhode": ["Rhode", "Rhode Skin"],
    "Kellridge Bank": ["Kellridge Bank", "Kellridge"],
    "Ulta Beauty": ["Ulta Beauty", "Ulta"],
    "Space NK": ["Space NK"],
    "Coty": ["Coty", "Coty Inc."],
    "KKR": ["KKR", "Kohlberg Kravis Roberts"],
    "Wella": ["Wella", "Wella Company"],
    "Nvidia": ["Nvidia", "NVIDIA", "Nvidia Corp."],
    "Hanagumo Cosmetics": ["Hanagumo Cosmetics", "Hanagumo"],
    "Seoraeul Beauty": ["Seoraeul Beauty", "Seoraeul"],
    "Tsukishima Bank": ["Tsukishima Bank"],
    "Kering": ["Kering", "Kering Beauté", "Kering Beaute"],
    "Creed": ["Creed"],
    "Puig": ["Puig", "Puig Brands"],
    "Skarvhella Compute": ["Skarvhella Compute", "Skarvhella"],
    "Hvitsten Kapital": ["Hvitsten Kapital", "Hvitsten"],
    "Sorrelgate Partners": ["Sorrelgate Partners", "Sorrelgate"],
    "Noctilune Cosmetics": ["Noctilune Cosmetics", "Noctilune"],
    "Estée Lauder": ["Estée Lauder", "The Estée Lauder Companies", "Estee Lauder", "Estée Lauder Companies"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure", "Microsoft Azure"],
    "Elbdüfte Parfümerien": ["Elbdüfte Parfümerien", "Elbdüfte"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, note,
         required=True, amount_max=None, term=None, per=None, alt=None, kind_alt=None):
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
    d["note"] = note
    d["evidence"] = evidence
    return d


def art(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_bielwerk_wiehenkamm_wiehenbote.txt"] = art(
    "2024-03-14",
    "dateline without year 'Lübbecke, 14. März (wb)'; the year from the copyright line '© 2024 Wiehenbote' "
    "(14 March 2024 is a Thursday); 'am Dienstag' -> 2024-03-12",
    "de",
    [
        deal("wiehenkamm-bielwerk-land", ["Wiehenkamm Rechenzentren", "Bielwerk Kosmetik"], "acquisition",
             11500000, "EUR", "exact", "2024-03-12", "signed",
             "11,5 Millionen Euro: Diesen Preis erzielt der Kosmetikhersteller Bielwerk für sein früheres Lagergelände am Stadtrand.",
             "land sale; amount first, buyer ('Gekauft hat die Fläche die Wiehenkamm Rechenzentren GmbH') in the "
             "next sentence, notarial signing 'am Dienstag' in the sentence after",
             kind_alt=["other"]),
        deal("wiehenkamm-luebbecke-capex", ["Wiehenkamm Rechenzentren"], "capex_plan",
             300000000, "EUR", "up_to", "2024-03", "planned",
             "Bis zu 300 Millionen Euro will Wiehenkamm in zwei Bauabschnitten auf dem Areal verbauen, fertig sein soll alles bis Ende 2028.",
             "data-centre build plan of the buyer; 'bis Ende 2028' is the end of the term; announced with the "
             "purchase, so the month of the article",
             term=[None, "2028"], kind_alt=["project"]),
        deal("beiersdorf-bielwerk-order", ["Beiersdorf", "Bielwerk Kosmetik"], "supply",
             40000000, "EUR", "approx", "2024-01", "signed",
             "Über die Laufzeit von fünf Jahren summiert sich der Auftrag auf rund 40 Millionen Euro, unterschrieben wurde er bereits im Januar.",
             "contract manufacturing order; 'Der Nivea-Hersteller Beiersdorf' and Espelkamp (Bielwerk) in the "
             "previous sentence; 'im Januar' -> 2024-01"),
    ],
    ["jährlich bis zu 2 Millionen Euro", "gut 27 Euro", "1,8 Millionen Euro", "rund 86 Millionen Euro",
     "3.400 Euro brutto", "219 Euro im Monat", "2 Mio. Gewerbesteuer"],
)

ARTICLES["002_duftwerk_pellucida_scentledger_en.txt"] = art(
    "2024-04-16",
    "from the issue line 'Issue 12 · Tuesday, 16 April 2024'; 'last week' -> 2024-04; 'on Monday' -> 2024-04-15",
    "en",
    [
        deal("duftwerk-pellucida-licence", ["Duftwerk Hellbrunn", "Pellucida Analytics"], "other",
             4500000, "EUR", "approx", "2024-04", "signed",
             "Under the deal, signed last week, the Austrian house will pay Pellucida around €4.5 million a year, covering both the data and the prediction tools.",
             "yearly data and model licence; 'the Austrian house' = Duftwerk Hellbrunn; five years, 'runs until "
             "2029'; 018 restates it, 019 mentions it without amount; different from Duftwerk's purchase of "
             "Pellucida in 2026 (019)",
             per="year", term=["2024", "2029"], kind_alt=["supply", "cloud_contract", "partnership"]),
        deal("marigny-velourea-seriesa", ["Marigny Capital", "Velourea Labs"], "investment",
             14000000, "EUR", "exact", "2024-04-15", "completed",
             "Velourea Labs, the Paris start-up whose AI mirrors estimate skin hydration and recommend serums on department-store floors, said on Monday it had raised €14 million in a Series A round.",
             "lead investor in the next sentence ('Marigny Capital led it'); first Marigny-Velourea deal, "
             "different from the $40m Series B of 2025 (009); €60m valuation is not a deal"),
        deal("corniche-oudhara-investment", ["Corniche Peak Holdings", "Oudhara Perfumes"], "investment",
             120000000, "AED", "exact", "2024-04", "completed",
             "Dubai's Oudhara Perfumes has closed an AED 120 million investment from Corniche Peak Holdings, the investment arm of an Emirati family group.",
             "no day given -> month of the issue; different from Puig's 40 % stake of 2026 (019)"),
    ],
    ["€60 million", "$71 billion", "€92,000", "€145 for 100 ml", "€395"],
)

ARTICLES["003_loreal_galderma_alpenledger_en.html"] = art(
    "2024-09-25",
    "from <meta property='article:published_time'>, JSON-LD and <time> '25 Sep 2024, 07:40 CEST' (a Wednesday); "
    "'on Tuesday' -> 2024-09-24; 'earlier this month' -> 2024-09",
    "en",
    [
        deal("loreal-galderma-stake", ["L'Oréal", "Galderma", "EQT"], "investment",
             2500000000, "CHF", "approx", "2024-09-24", "signed",
             "L'Oréal has agreed to buy a 10 percent stake in Galderma from the consortium led by Swedish investor EQT, paying about CHF 2.5 billion ($2.9 billion), the Paris-based cosmetics group said on Tuesday.",
             "minority stake bought from the seller EQT's consortium; CHF with a USD conversion",
             alt=[(2900000000, "USD")], kind_alt=["acquisition"]),
        deal("givaudan-petrichora", ["Givaudan", "Petrichora AI"], "acquisition",
             140000000, "CHF", "exact", "2024-09", "completed",
             "The Vernier-based fragrance and flavour group paid CHF 140 million in cash for the Lausanne start-up, whose software predicts how a new molecule will smell before a chemist has made it.",
             "references: 'The Vernier-based fragrance and flavour group' = Givaudan, 'the Lausanne start-up' = "
             "Petrichora AI (previous sentence, 'bought ... earlier this month')"),
    ],
    ["CHF 84.10", "CHF 2.3 billion", "close to CHF 20 billion", "€41.2 billion", "below CHF 6 million",
     "around CHF 500 million", "CHF 250,000"],
)

ARTICLES["004_douglas_lavendula_kursfaecher.txt"] = art(
    "2024-11-05",
    "from the stock-portal stamp '05.11.2024 | 08:15'; 'am Montagabend' -> 2024-11-04",
    "de",
    [
        deal("douglas-lavendula", ["Douglas", "Lavendula Parfümerien"], "acquisition",
             95000000, "EUR", "approx", "2024-11-04", "signed",
             "Douglas zahlt dafür knapp 95 Millionen Euro in bar, Schulden inklusive.",
             "'knapp' -> approx; target and 'am Montagabend' in the previous sentences; antitrust approval pending"),
        deal("douglas-glimmerkiste-denied", ["Douglas", "Glimmerkiste"], "acquisition",
             150000000, "EUR", "approx", "2024", "rumored",
             "Spekulationen, dass Douglas auch beim Onlinehändler Glimmerkiste einsteigen und dafür rund 150 Millionen Euro auf den Tisch legen wolle, wies ein Konzernsprecher zurück.",
             "rumour denied by a Douglas spokesman ('Gespräche darüber gebe es nicht') -> optional",
             required=False, kind_alt=["investment"]),
    ],
    ["rund 110 Millionen Euro", "Kursziel von 27 Euro", "rund 4,5 Milliarden Euro", "1,3 Milliarden Euro",
     "rund 890 Millionen Euro", "19,42 Euro", "Ausgabepreis von 26 Euro", "19,42 EUR", "16,90 – 26,48 EUR",
     "ca. 2,1 Mrd. EUR", "fairen Wert bei 24 Euro", "0 Euro Ordergebühr"],
)

ARTICLES["005_ambrelle_cremora_kirkstallgazette_en.txt"] = art(
    "2024-12-12",
    "from the header 'Business | Thursday 12 December 2024'; 'on Tuesday' -> 2024-12-10",
    "en",
    [
        deal("ambrelle-cremora", ["Ambrelle Capital", "Cremora Beauty"], "acquisition",
             82000000, "GBP", "exact", "2024-12-10", "completed",
             "Ambrelle Capital, a London investor that specialises in consumer brands, completed the purchase of a 60 per cent stake in the company on Tuesday for £82 million, both sides confirmed.",
             "'the company' = Cremora Beauty (previous sentence); majority stake; repeated in a reader comment",
             kind_alt=["investment"]),
        deal("cremora-morley-capex", ["Cremora Beauty"], "capex_plan",
             12000000, "GBP", "exact", "2024-12", "planned",
             "Cremora intends to spend £12 million on a production and warehouse site in Morley, which should open in spring 2026 and would double capacity.",
             "own factory plan; no day -> month of the article",
             kind_alt=["project"]),
        deal("colnemill-cremora-loan", ["Colne Mill Bank", "Cremora Beauty"], "other",
             20000000, "GBP", "exact", "2024-12", "signed",
             "The company is also taking a £20 million revolving credit facility from Colne Mill Bank, which will fund stock and working capital during the move, the bank said.",
             "credit facility; 'The company' = Cremora",
             kind_alt=["investment"]),
    ],
    ["£38 a jar", "£64 million", "£41 million", "£26,500 a year", "£750,000", "£14"],
)

ARTICLES["006_beiersdorf_hautsignal_flakonfaktur.txt"] = art(
    "2025-02-28",
    "from the issue line 'KW 9/2025 · Freitag, 28. Februar 2025'; 'am Dienstag' -> 2025-02-25; "
    "'vergangene Woche' -> 2025-02",
    "de",
    [
        deal("beiersdorf-hautsignal-stake", ["Beiersdorf", "Hautsignal"], "investment",
             48000000, "EUR", "exact", "2025-02-25", "signed",
             "Dafür zahlen die Hamburger 48 Millionen Euro; ein Teil geht an die bisherigen Gesellschafter, der Rest fließt als frisches Kapital in die Firma.",
             "'die Hamburger' = Beiersdorf; 30 % stake 'am Dienstag' (previous sentence); first "
             "Beiersdorf-Hautsignal deal, different from the purchase of the remaining 70 % in 2026 (020); the "
             "implied €160m valuation is not a deal",
             kind_alt=["acquisition"]),
        deal("symrise-nasalis", ["Symrise", "Nasalis"], "acquisition",
             30000000, "EUR", "approx", "2025-02", "completed",
             "Zum Preis schweigen beide Seiten, nach Branchenangaben liegt er bei knapp 30 Millionen Euro.",
             "price from industry sources, parties and 'vergangene Woche' in the previous sentence; 'knapp' -> approx"),
    ],
    ["160 Millionen Euro", "knapp 9,9 Milliarden Euro", "rund 14 Euro je Kilogramm", "über 600 Euro je Kilogramm",
     "13 Milliarden Dollar", "gut 4 Milliarden Dollar", "89 Euro", "129 Euro", "290 Euro"],
)

ARTICLES["007_elf_rhode_cobaltcove_en.txt"] = art(
    "2025-05-29",
    "from the wire stamp 'May 29, 2025 07:05 ET' and the dateline 'OAKLAND, Calif., May 28'; "
    "'on Wednesday' -> 2025-05-28",
    "en",
    [
        deal("elf-rhode", ["e.l.f. Beauty", "Rhode"], "acquisition",
             1000000000, "USD", "up_to", "2025-05-28", "signed",
             "e.l.f. Beauty said on Wednesday it would buy Rhode, the skincare label known for its peptide lip treatments, in a cash-and-stock deal worth up to $1 billion, its largest acquisition by far.",
             "$800m at closing plus an earn-out of up to $200m; 008 gives the EUR conversion (alt_amounts)",
             alt=[(800000000, "USD"), (880000000, "EUR")]),
        deal("kellridge-elf-loan", ["Kellridge Bank", "e.l.f. Beauty"], "other",
             600000000, "USD", "exact", "2025-05", "signed",
             "To fund the cash portion, e.l.f. has lined up a $600 million term loan arranged by Kellridge Bank together with other lenders, it disclosed in a regulatory filing.",
             "acquisition loan; no day for the loan itself -> month",
             kind_alt=["investment"]),
    ],
    ["$600 million in cash", "$200 million in newly issued e.l.f. shares", "up to another $200 million", "about $205 million",
     "$16", "$333 million", "$1.55 billion to $1.57 billion", "roughly $102", "$89.40", "more than $11 billion"],
)

ARTICLES["008_elf_rhode_handelsanzeiger.txt"] = art(
    "2025-05-30",
    "from the line 'Freitag, 30. Mai 2025 · Unternehmen & Märkte · Seite 17'; 'am Mittwoch' -> 2025-05-28",
    "de",
    [
        deal("elf-rhode", ["e.l.f. Beauty", "Rhode"], "acquisition",
             1000000000, "USD", "up_to", "2025-05-28", "signed",
             "Bis zu einer Milliarde Dollar, umgerechnet knapp 880 Millionen Euro, legt der kalifornische Billigkosmetik-Anbieter e.l.f. Beauty für Rhode auf den Tisch, eine Hautpflegemarke, die es erst seit drei Jahren gibt.",
             "amount in words before the parties; 'am Mittwoch' in the next sentence; same deal as 007",
             alt=[(880000000, "EUR")]),
        deal("ulta-spacenk", ["Ulta Beauty", "Space NK"], "acquisition",
             350000000, "EUR", "approx", "2025", "rumored",
             "Im Gespräch seien rund 350 Millionen Euro, heißt es in Londoner Finanzkreisen.",
             "sourced rumour; parties in the previous sentence; 012 reports the agreement of July 2025 at about "
             "£300m (alt_amounts); the year keeps the shared id's dates consistent",
             alt=[(300000000, "GBP")]),
        deal("coty-kkr-wella", ["Coty", "KKR", "Wella"], "acquisition",
             700000000, "USD", "range", "2025-05", "negotiating", 
             "Zwischen 700 und 800 Millionen Dollar könnte der Anteil von knapp 26 Prozent einbringen, schätzen Analysten der Vogtland Kapitalmarkt AG.",
             "talks confirmed by Coty (previous sentence); value only from analysts; sale of Coty's remaining "
             "Wella stake to KKR",
             amount_max=800000000, kind_alt=["investment"]),
    ],
    ["rund 205 Millionen Dollar", "rund 3,6 Milliarden Dollar", "gut 5 Dollar", "gut 440 Milliarden Euro",
     "für 1 Euro", "24,90 Euro monatlich"],
)

ARTICLES["009_loreal_nvidia_pixelpore_en.txt"] = art(
    "2025-06-12",
    "from the byline 'Theo Vandermeer-Lusk · June 12, 2025 · 5 min read'; 'on Wednesday' -> 2025-06-11; "
    "'last month' -> 2025-05",
    "en",
    [
        deal("loreal-nvidia-partnership", ["L'Oréal", "Nvidia"], "partnership",
             None, None, None, "2025-06-11", "announced",
             "L'Oréal and Nvidia announced a partnership on Wednesday at the VivaTech fair in Paris under which the cosmetics group will build its next generation of AI tools on the chipmaker's software and hardware.",
             "no amount ('No price tag was attached'); the main news of the article, so required"),
        deal("loreal-beautytech-capex", ["L'Oréal"], "capex_plan",
             500000000, "EUR", "at_least", None, "planned",
             "L'Oréal plans to put more than €500 million into beauty technology and data by 2028, a budget that includes hiring and its in-house content studio.",
             "group-wide budget, no date of the plan -> optional",
             required=False, term=[None, "2028"]),
        deal("marigny-velourea-seriesb", ["Marigny Capital", "Velourea Labs"], "investment",
             40000000, "USD", "exact", "2025-05", "completed",
             "Velourea Labs, the Paris start-up behind AI skin-scanning mirrors now installed in more than 300 department stores, raised $40 million in a Series B round last month.",
             "lead in the next sentence ('Marigny Capital led the round again'); second Marigny-Velourea deal, "
             "different from the €14m Series A (002)"),
    ],
    ["$3.5 trillion", "$1,900 per mirror a year", "$2.40 per GPU-hour", "$49"],
)

ARTICLES["010_hanagumo_seoraeul_shimanami_en.txt"] = art(
    "2025-07-16",
    "from the line 'Published 16.07.2025 | Updated 11:02 JST' (a Wednesday); 'on Tuesday' -> 2025-07-15",
    "en",
    [
        deal("hanagumo-seoraeul", ["Hanagumo Cosmetics", "Seoraeul Beauty"], "acquisition",
             68000000000, "JPY", "exact", "2025-07-15", "signed",
             "OSAKA — Hanagumo Cosmetics, the Osaka-based maker of skincare and sunscreen, agreed on Tuesday to acquire Seoraeul Beauty, one of the fastest-growing names in Korean cosmetics, for ¥68 billion (about $460 million).",
             "JPY with a USD conversion; 013 states it in KRW and EUR, 016 restates it in JPY (alt_amounts)",
             alt=[(460000000, "USD"), (640000000000, "KRW"), (400000000, "EUR")]),
        deal("tsukishima-hanagumo-loan", ["Tsukishima Bank", "Hanagumo Cosmetics"], "other",
             50000000000, "JPY", "exact", "2025-07-15", "signed",
             "The purchase will be funded from Hanagumo's own cash and a ¥50 billion bridge loan from Tsukishima Bank, which the company said would later be refinanced with bonds.",
             "bridge loan for the acquisition, arranged with the agreement",
             kind_alt=["investment"]),
    ],
    ["₩38,500 apiece", "₩290 billion", "¥4,215", "₩37,900", "¥312 billion", "¥330 billion",
     "about ¥920 billion", "¥18,000 per month"],
)

ARTICLES["011_kering_loreal_aktienlaterne.txt"] = art(
    "2025-09-22",
    "from the stock-portal stamp '22.09.2025 – 09:41 Uhr'",
    "de",
    [
        deal("loreal-kering-beaute", ["L'Oréal", "Kering"], "acquisition",
             4000000000, "EUR", "approx", "2025", "rumored",
             "L'Oréal sei bereit, für die Sparte rund 4 Milliarden Euro zu zahlen, berichten zwei mit den Verhandlungen befasste Personen.",
             "sourced rumour; 'die Sparte' = Kering Beauté; 012 reports the agreement on 2025-10-20 at €4bn "
             "($4.7bn, alt_amounts), 016 the completion; the year keeps the shared id's dates consistent",
             alt=[(4700000000, "USD")]),
        deal("kering-creed-2023", ["Kering", "Creed"], "acquisition",
             3500000000, "EUR", "exact", "2023", "completed",
             "Kering hatte Creed erst 2023 für 3,5 Milliarden Euro gekauft, um ein eigenes Beauty-Geschäft aufzubauen und nicht länger nur Lizenzen zu vergeben.",
             "background: earlier purchase -> optional",
             required=False),
        deal("puig-kering-denied", ["Puig", "Kering"], "acquisition",
             3800000000, "EUR", "approx", "2025", "rumored",
             "Berichte, wonach der Barcelonaer Duftkonzern ein Gegenangebot über rund 3,8 Milliarden Euro vorbereite, wies eine Sprecherin von Puig am Montagmorgen zurück",
             "rumoured counter-offer for Kering Beauté ('der Barcelonaer Duftkonzern' = Puig), denied by a Puig spokeswoman -> optional",
             required=False),
    ],
    ["rund 9,5 Milliarden Euro", "Kering-Aktie bei 310 Euro", "mehr als 300 Euro", "281,40 EUR", "284,95 EUR",
     "rund 34,7 Mrd. EUR", "372,15 EUR", "9,99 Euro monatlich", "100.000 Euro"],
)

ARTICLES["012_loreal_kering_quillon_en.txt"] = art(
    "2025-10-21",
    "from the wire stamp 'Oct 21, 2025 · 05:50 GMT' and the dateline 'PARIS, Oct 20'; 'on Monday' -> 2025-10-20; "
    "'In July' -> 2025-07",
    "en",
    [
        deal("loreal-kering-beaute", ["L'Oréal", "Kering"], "acquisition",
             4000000000, "EUR", "exact", "2025-10-20", "signed",
             "PARIS, Oct 20 (Quillon) - L'Oréal agreed on Monday to buy Kering Beauté, the cosmetics unit of the Gucci owner, for €4 billion ($4.7 billion) in cash, giving the world's largest beauty group the Creed perfume house and long-term rights to make fragrances and make-up under some of Kering's fashion labels.",
             "signing of the rumour of 011; EUR with USD",
             alt=[(4700000000, "USD")]),
        deal("loreal-kering-jv", ["L'Oréal", "Kering"], "joint_venture",
             None, None, None, "2025-10-20", "announced",
             "L'Oréal and Kering also said they would create a joint venture, owned equally, to explore business opportunities in wellness and longevity.",
             "no amount; a second deal of the same pair announced with the purchase -> optional",
             required=False, kind_alt=["partnership"]),
        deal("ulta-spacenk", ["Ulta Beauty", "Space NK"], "acquisition",
             300000000, "GBP", "approx", "2025-07", "completed",
             "In July, Ulta Beauty, the largest U.S. beauty retailer, agreed to buy Space NK, the British chain of luxury beauty shops, for about £300 million, its first move outside North America.",
             "agreed in July, closed in September (next sentence); the rumour of 008 in EUR"),
    ],
    ["more than €9 billion", "€32.8 billion", "€298.60", "€371"],
)

ARTICLES["013_hanagumo_bielwerk_tiegelundtube.html"] = art(
    "2025-08-14",
    "from <meta name='date'>, JSON-LD and the byline 'Do., 14.08.2025'; 'Mitte Juli' -> 2025-07; "
    "'Am Montag' -> 2025-08-11",
    "de",
    [
        deal("hanagumo-seoraeul", ["Hanagumo Cosmetics", "Seoraeul Beauty"], "acquisition",
             640000000000, "KRW", "approx", "2025-07", "signed",
             "Der Kaufpreis: rund 640 Milliarden Won, knapp 400 Millionen Euro.",
             "parties and 'Mitte Juli' in the previous sentence; same deal as 010 (JPY), approvals pending",
             alt=[(400000000, "EUR")]),
        deal("hanagumo-bielwerk-order", ["Hanagumo Cosmetics", "Bielwerk Kosmetik"], "supply",
             1500000, "EUR", "exact", "2025-08-11", "signed",
             "Hanagumo zahlt dem ostwestfälischen Familienunternehmen dafür monatlich 1,5 Millionen Euro, zunächst für zwölf Monate, mit Option auf Verlängerung.",
             "monthly contract-manufacturing fee; 'dem ostwestfälischen Familienunternehmen' = Bielwerk Kosmetik "
             "GmbH; signed 'Am Montag' (previous sentence), production 'ab Oktober' for twelve months",
             per="month", term=["2025-10", "2026-09"]),
    ],
    ["rund 5,5 Milliarden Dollar", "290 Milliarden Won", "2,90 Euro", "knapp 30 Euro", "rund 95 Millionen Euro"],
)

ARTICLES["014_loreal_skarvhella_nordfjordpost_en.txt"] = art(
    "2026-02-13",
    "from the header 'Technology | Friday 13 February 2026 | Updated 10:48'; 'on Thursday' -> 2026-02-12; "
    "'last month' -> 2026-01",
    "en",
    [
        deal("loreal-skarvhella-gpu", ["L'Oréal", "Skarvhella Compute"], "cloud_contract",
             2100000000, "NOK", "exact", "2026-02-12", "signed",
             "The French cosmetics group will pay NOK 2.1 billion, or about €180 million, spread over four years, Skarvhella and L'Oréal disclosed on Thursday in a short joint release.",
             "GPU capacity rental; term from the next sentence ('Deliveries begin in April; the contract expires "
             "at the end of March 2030'); 015 states it in EUR",
             term=["2026-04", "2030-03"], alt=[(180000000, "EUR")]),
        deal("hvitsten-skarvhella", ["Hvitsten Kapital", "Skarvhella Compute"], "investment",
             400000000, "NOK", "exact", "2026-01", "completed",
             "Skarvhella collected NOK 400 million last month from investors led by Hvitsten Kapital, an Oslo investment firm, with two regional savings banks taking part.",
             "funding round; lead investor listed; the NOK 3.2bn valuation is not a deal"),
    ],
    ["NOK 3.2 billion", "32 øre per kilowatt-hour", "NOK 40 million", "NOK 23 million",
     "NOK 28 per GPU-hour", "NOK 99"],
)

ARTICLES["015_kosmetik_gpu_rechenbrett.txt"] = art(
    "2026-02-16",
    "from the line 'Mo., 16.02.2026, 11:20 Uhr'; 'am Donnerstag' -> 2026-02-12; 'seit Januar' -> 2026-01",
    "de",
    [
        deal("loreal-skarvhella-gpu", ["L'Oréal", "Skarvhella Compute"], "cloud_contract",
             180000000, "EUR", "approx", "2026-02-12", "signed",
             "Das Volumen des Vertrags, den beide Unternehmen am Donnerstag bekanntgegeben haben, beläuft sich auf rund 180 Millionen Euro.",
             "parties in the previous sentence ('Der Pariser Konzern' = L'Oréal); same contract as 014 (NOK)"),
        deal("wiehenkamm-duftwerk-gpu", ["Duftwerk Hellbrunn", "Wiehenkamm Rechenzentren"], "cloud_contract",
             2000000, "EUR", "at_least", "2026-01", "signed",
             "Nach Angaben aus Unternehmenskreisen zahlt Duftwerk dafür mehr als zwei Millionen Euro im Jahr.",
             "yearly rate, amount in words; computing rented 'seit Januar' in Wiehenkamm's data centre (previous "
             "sentence)",
             per="year"),
    ],
    ["zwischen 1,80 und 2,60 Euro", "mehr als vier Euro", "rund 44 Milliarden Euro", "knapp 1,2 Milliarden Euro",
     "59 Euro"],
)

ARTICLES["016_beauty_liveticker_glanzboerse.txt"] = art(
    "2026-03-04",
    "from the ticker date 'Mittwoch, 4. März 2026' (entries by time); 'heute früh' -> 2026-03-04; "
    "'im Oktober' -> 2025-10; 'im Juli' -> 2025-07",
    "de",
    [
        deal("loreal-kering-beaute", ["L'Oréal", "Kering"], "acquisition",
             4000000000, "EUR", "exact", "2025-10", "completed",
             "Die Vier-Milliarden-Euro-Übernahme hatten L'Oréal und der Gucci-Mutterkonzern im Oktober vereinbart.",
             "compound amount; 'der Gucci-Mutterkonzern' = Kering; completion reported in the previous sentence, "
             "the date stays the agreement month"),
        deal("sorrelgate-noctilune", ["Sorrelgate Partners", "Noctilune Cosmetics"], "acquisition",
             210000000, "EUR", "approx", "2026-03-04", "signed",
             "Wie beide Unternehmen heute früh mitteilten, zahlt Sorrelgate etwa 210 Millionen Euro an die Gründerfamilie und einen französischen Minderheitsaktionär.",
             "target named in the previous sentence"),
        deal("hanagumo-seoraeul", ["Hanagumo Cosmetics", "Seoraeul Beauty"], "acquisition",
             68000000000, "JPY", "exact", "2025-07", "completed",
             "Die 68 Milliarden Yen schwere Übernahme des Seouler Herstellers war im Juli vereinbart und im Oktober abgeschlossen worden.",
             "'des Seouler Herstellers' = Seoraeul Beauty; restatement of 010"),
    ],
    ["2,4 Millionen Euro", "395 Milliarden Yen", "1,00 Euro je Aktie", "98,12 Euro", "gut 70 Millionen Euro",
     "14,90 Euro pro Monat", "250 Euro"],
)

ARTICLES["017_esteelauder_microsoft_hudsonmarkets_en.html"] = art(
    "2026-04-22",
    "from <meta name='parsely-pub-date'>, JSON-LD and the dateline 'Wed., Apr. 22, 2026'; 'on Tuesday' -> 2026-04-21",
    "en",
    [
        deal("esteelauder-microsoft-azure", ["Estée Lauder", "Microsoft"], "cloud_contract",
             650000000, "USD", "exact", "2026-04-21", "signed",
             "The Estée Lauder Companies has agreed to spend $650 million over five years on Microsoft's Azure cloud, moving most of its data centres, its e-commerce systems and a growing set of AI tools to the software company.",
             "'signed on Tuesday' in the next sentence; second Estée Lauder-Microsoft deal, different from the "
             "2024 lab"),
        deal("esteelauder-microsoft-ailab", ["Estée Lauder", "Microsoft"], "partnership",
             None, None, None, "2024", "announced",
             "In 2024 they opened an AI innovation lab to develop marketing tools for Estée Lauder's brands, an arrangement for which neither gave financial terms.",
             "background, no amount -> optional; 'they' = the two companies",
             required=False),
        deal("microsoft-capex-fy", ["Microsoft"], "capex_plan",
             120000000000, "USD", "at_least", None, "planned",
             "Its chief financial officer has said capital spending will exceed $120 billion in the current fiscal year.",
             "group-wide capex plan, background -> optional",
             required=False),
    ],
    ["$1.2 billion to $1.6 billion", "$300 million a year", "$3.55 billion", "$71.84", "more than $370",
     "$100,000"],
)

ARTICLES["018_duftwerk_interview_duftnote.txt"] = art(
    None,
    "no date anywhere in the article (only 'ca. 8 Min. Lesezeit')",
    "de",
    [
        deal("duftwerk-pellucida-licence", ["Duftwerk Hellbrunn", "Pellucida Analytics"], "other",
             4500000, "EUR", "approx", None, "signed",
             "Pellucida bekommt von uns jährlich rund 4,5 Millionen Euro, der Vertrag läuft bis 2029.",
             "restatement of the 2024 licence (002); 'uns' = Duftwerk Hellbrunn; undated interview",
             per="year", term=[None, "2029"], kind_alt=["supply", "cloud_contract", "partnership"]),
        deal("sorrelgate-duftwerk-offer", ["Sorrelgate Partners", "Duftwerk Hellbrunn"], "acquisition",
             280000000, "EUR", "exact", None, "cancelled",
             "Sorrelgate hat uns im vergangenen Herbst 280 Millionen Euro für das ganze Haus geboten.",
             "offer refused ('Wir haben ... abgelehnt'); 'im vergangenen Herbst' without a year -> null"),
        deal("duftwerk-groedig-capex", ["Duftwerk Hellbrunn"], "capex_plan",
             250000000, "EUR", "approx", None, "planned",
             "In den kommenden vier Jahren stecken wir rund eine Viertelmilliarde Euro in ein neues Produktions- und Forschungszentrum in Grödig.",
             "amount in words ('eine Viertelmilliarde'); 'wir' = Duftwerk Hellbrunn",
             kind_alt=["project"]),
    ],
    ["rund 268 Millionen Euro", "58.000 Euro im Jahr", "89 Euro für 100 Milliliter", "9,80 Euro",
     "34 Euro jährlich"],
)

ARTICLES["019_fragrance_deals_castellane_en.txt"] = art(
    "2026-06-11",
    "from the line 'Equity commentary | Thursday 11 June 2026'; 'Last month' -> 2026-05; 'On Monday' -> 2026-06-08",
    "en",
    [
        deal("duftwerk-pellucida-acquisition", ["Duftwerk Hellbrunn", "Pellucida Analytics"], "acquisition",
             62000000, "EUR", "exact", "2026-05", "completed",
             "The price was €62 million in cash, according to Austria's company register.",
             "parties and 'Last month' in the previous sentence; second Duftwerk-Pellucida deal, different from "
             "the yearly licence"),
        deal("duftwerk-pellucida-licence", ["Duftwerk Hellbrunn", "Pellucida Analytics"], "other",
             None, None, None, "2024", "signed",
             "Last month the Salzburg family firm Duftwerk Hellbrunn completed the takeover of Pellucida Analytics, the Lisbon start-up whose panel of smell ratings it had been licensing since 2024.",
             "background mention of the 2024 licence in a relative clause, no amount -> optional",
             required=False, kind_alt=["supply", "cloud_contract", "partnership"]),
        deal("puig-oudhara", ["Puig", "Oudhara Perfumes"], "investment",
             780000000, "AED", "exact", "2026-06-08", "signed",
             "On Monday Puig signed an agreement to buy 40% of Oudhara Perfumes, the Dubai-based maker of oud-based scents, for AED 780 million (about $212 million).",
             "minority stake with an option to a majority; AED with USD",
             alt=[(212000000, "USD")], kind_alt=["acquisition"]),
    ],
    ["about €9 million", "AED 1.95 billion", "€21.50", "€20.00", "€17.86", "CHF 3,900"],
)

ARTICLES["020_beiersdorf_hautsignal_fleetkante.txt"] = art(
    "2026-11-13",
    "from the issue line 'Freitag, 13. November 2026 · Nr. 46'; 'am Mittwochabend' -> 2026-11-11; "
    "'Im August' -> 2026-08; 'in dieser Woche' -> 2026-11",
    "de",
    [
        deal("beiersdorf-hautsignal-rest", ["Beiersdorf", "Hautsignal"], "acquisition",
             126000000, "EUR", "exact", "2026-11-11", "signed",
             "Die Nachricht kam am Mittwochabend, eine Stunde nach Börsenschluss: Beiersdorf kauft die restlichen 70 Prozent an Hautsignal und zahlt dafür 126 Millionen Euro.",
             "second Beiersdorf-Hautsignal deal (remaining 70 %), different from the €48m stake of 2025 (006); "
             "the implied €180m value is not a deal"),
        deal("beiersdorf-wiehenkamm-lease", ["Beiersdorf", "Wiehenkamm Rechenzentren"], "cloud_contract",
             800000, "EUR", "approx", "2026-08", "signed",
             "Rund 800.000 Euro zahlt Beiersdorf dafür pro Quartal.",
             "quarterly rent for server racks; lessor and 'Im August' in the previous sentence; 'Drei Monate "
             "später' (next sentence) points to the Hautsignal purchase",
             per="quarter", kind_alt=["other"]),
        deal("douglas-elbduefte", ["Douglas", "Elbdüfte Parfümerien"], "acquisition",
             None, None, None, "2026-11", "signed",
             "Die Parfümeriekette aus Düsseldorf kauft die Hamburger Nischenkette Elbdüfte Parfümerien mit neun Läden zwischen Blankenese und Bergedorf.",
             "price undisclosed ('Stillschweigen'); 'Die Parfümeriekette aus Düsseldorf' = Douglas (heading "
             "'Douglas übernimmt Elbdüfte'); signed 'in dieser Woche'; different from Douglas's Lavendula "
             "purchase (004)"),
    ],
    ["3,20 Euro", "180 Millionen Euro", "104,30 Euro", "7,6 Milliarden Euro", "3,45 Euro", "250 Millionen Euro",
     "7.900 Euro pro Quadratmeter", "12,90 Euro im Monat"],
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
