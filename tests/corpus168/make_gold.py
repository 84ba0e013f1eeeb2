#!/usr/bin/env python3
"""Write gold.json for tests/corpus168 (the hand annotation as a script).

Usage: python3 tests/corpus168/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 168th, held-out test corpus (tests/corpus168/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: sporting goods and outdoor brands (sportswear makers, "
    "retailers, sponsorship, software and AI contracts). One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague or background mentions "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
    "from the article's own date marker, dateline, <meta>/<time>, issue line or ticker header, or null when "
    "the article has none); quarters, half-years and seasons become the year; a cancelled deal keeps the "
    "date of the original agreement, offer or talks; 'term' is the period the deal covers, where the text "
    "gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. Sponsorship and "
    "kit contracts are 'partnership'; loans and licences are 'other'; software and AI service contracts "
    "are 'cloud_contract' or 'other'. For .html articles the evidence and not_deals occur in the visible "
    "text (check_corpus_gold.visible_text). Invented companies: Gratwerk Outdoor GmbH, Quellbach Textil "
    "GmbH, Staufner Laufevents GmbH, Cairnline, Hollowpine Events, Kazekiri Analytics, Sakuragawa Sports, "
    "Pitchlogic, Rookhaven Capital, Schwanfeld Bank, Velotrant, Greyfield & Oakes, Strideform, Aire Street "
    "Ventures, Talvik Gear AB, Brattli Fjellutstyr AS, Kallbacka Kapital, Lumaframe, Kesselring Sport, "
    "Sport Brenninger, Elbufer Laufsport e.V., Firnhaus Sport AG, Brunegg Handels AG; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals of "
    "real companies are partly real, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Nike": ["Nike", "Nike Inc."],
    "DFB": ["DFB", "Deutscher Fußball-Bund", "Deutsche Fußball-Bund", "Deutschen Fußball-Bund"],
    "Adidas": ["Adidas", "Adidas AG"],
    "JD Sports": ["JD Sports", "JD Sports Fashion"],
    "Hibbett": ["Hibbett", "Hibbett Inc."],
    "Decathlon": ["Decathlon"],
    "Strideform": ["Strideform"],
    "Gratwerk Outdoor": ["Gratwerk Outdoor", "Gratwerk Outdoor GmbH", "Gratwerk", "Gratwerks"],
    "Quellbach Textil": ["Quellbach Textil", "Quellbach Textil GmbH", "Quellbach"],
    "Staufner Laufevents": ["Staufner Laufevents", "Staufner Laufevents GmbH", "Hochgrat-Trailfestival"],
    "VF Corp": ["VF Corp", "VF Corporation", "VF"],
    "EssilorLuxottica": ["EssilorLuxottica"],
    "Supreme": ["Supreme"],
    "Cairnline": ["Cairnline"],
    "Hollowpine Events": ["Hollowpine Events", "Hollowpine Trail Series"],
    "Amer Sports": ["Amer Sports", "Amer"],
    "Asics": ["Asics"],
    "Kazekiri Analytics": ["Kazekiri Analytics", "Kazekiri"],
    "Sakuragawa Sports": ["Sakuragawa Sports", "Sakuragawa"],
    "Pitchlogic": ["Pitchlogic"],
    "Rookhaven Capital": ["Rookhaven Capital", "Rookhaven"],
    "Schwanfeld Bank": ["Schwanfeld Bank"],
    "Velotrant": ["Velotrant"],
    "Anta Sports": ["Anta Sports", "Anta Sports Products", "Anta"],
    "Jack Wolfskin": ["Jack Wolfskin"],
    "Topgolf Callaway": ["Topgolf Callaway", "Topgolf Callaway Brands", "Callaway"],
    "Dick's Sporting Goods": ["Dick's Sporting Goods", "Dick's", "Dicks Sporting Goods"],
    "Foot Locker": ["Foot Locker", "Foot Locker Inc."],
    "Greyfield & Oakes": ["Greyfield & Oakes", "Greyfield and Oakes"],
    "Aire Street Ventures": ["Aire Street Ventures"],
    "Talvik Gear": ["Talvik Gear", "Talvik Gear AB", "Talvik"],
    "Brattli Fjellutstyr": ["Brattli Fjellutstyr", "Brattli Fjellutstyr AS", "Brattli"],
    "Kallbacka Kapital": ["Kallbacka Kapital", "Kallbacka"],
    "Puma": ["Puma", "Puma SE"],
    "Lumaframe": ["Lumaframe"],
    "Manchester City": ["Manchester City", "Man City"],
    "Kesselring Sport": ["Kesselring Sport", "Kesselring"],
    "Sport Brenninger": ["Sport Brenninger", "Brenninger"],
    "Elbufer Laufsport": ["Elbufer Laufsport", "Elbufer Laufsport e.V.", "Elbufer-Marathon"],
    "Stadt Kempten": ["Stadt Kempten"],
    "Brunegg Handels": ["Brunegg Handels", "Brunegg Handels AG", "Brunegg"],
    "Firnhaus Sport": ["Firnhaus Sport", "Firnhaus Sport AG", "Firnhaus"],
    "Gemeinde Landquart": ["Gemeinde Landquart", "Landquart"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def NOAMT(id, parties, kind, date, status, evidence, **kw):
    return D(id, parties, kind, None, None, None, date, status, evidence, **kw)


A = {}

A["001_nike_dfb_aktienbalkon.txt"] = dict(
    published="2024-03-20",
    published_note="from the stock-portal stamp '20.03.2024 | 07:41 Uhr'; 'am Dienstag' -> 2024-03-19",
    language="de",
    deals=[
        D("nike-dfb-kit", ["Nike", "DFB"], "partnership", 105000000, "EUR", "approx", "2024-03-19", "signed",
          "Nach Angaben aus dem Umfeld des Verbands legt Nike für die Partnerschaft rund 105 Millionen Euro pro Jahr auf den Tisch und damit ungefähr das Doppelte des bisherigen Betrags.",
          per="year", term=["2027-01", "2034"], alt=[(114000000, "USD")], kind_alt=["supply", "other"],
          note="kit supply and sponsorship of all national teams; value from the federation's circle ('Umfeld des Verbands'); 'am Dienstag' and the term (January 2027 to end 2034) in the previous paragraph; 002 gives $114m a year, 017 mentions it without amount"),
        D("adidas-dfb-current", ["Adidas", "DFB"], "partnership", 50000000, "EUR", "approx", None, "signed",
          "Adidas, seit den Fünfzigerjahren Ausrüster der Nationalelf, überweist Schätzungen zufolge derzeit knapp 50 Millionen Euro jährlich an den Verband; diese Vereinbarung endet nach der Saison 2026.",
          required=False, per="year", term=[None, "2026"], kind_alt=["supply", "other"],
          note="the running contract that Nike's replaces; estimate ('Schätzungen zufolge'), no signing date; background, optional; 'knapp' -> approx"),
    ],
    not_deals=["204,30 Euro", "41,12 Euro", "101,85 Dollar", "235 Euro", "über 20 Milliarden Euro",
               "21,4 Milliarden Euro", "rund 500 Millionen Euro", "99,95 Euro", "4,20 Euro"],
)

A["002_kitbag_ledger_apr24_en.txt"] = dict(
    published="2024-04-26",
    published_note="from the issue line 'Issue 14 · Friday 26 April 2024'; 'on Tuesday' -> 2024-04-23; 'Last month' -> 2024-03",
    language="en",
    deals=[
        D("jdsports-hibbett", ["JD Sports", "Hibbett"], "acquisition", 1100000000, "USD", "exact", "2024-04-23", "signed",
          "JD Sports Fashion agreed on Tuesday to buy Hibbett, the Alabama chain with about 1,150 stores in small towns across the South and Midwest, for $1.1 billion in cash."),
        D("nike-dfb-kit", ["Nike", "DFB"], "partnership", 114000000, "USD", "approx", "2024-03", "signed",
          "People close to the DFB put Nike's payment at roughly $114 million a year until the end of 2034, around twice what the Herzogenaurach company has been handing over.",
          per="year", term=[None, "2034"], kind_alt=["supply", "other"],
          note="same contract as 001 (EUR 105m a year), here in USD and with only the month ('Last month's upset', previous sentence)"),
        D("decathlon-strideform-seriesa", ["Decathlon", "Strideform"], "investment", 12000000, "GBP", "exact", "2024-04", "completed",
          "Strideform, a Leeds start-up whose phone app builds a 3D model of a runner's foot and recommends a size, has raised £12 million in a Series A.",
          note="lead investor in the next sentence ('Leading the round was Decathlon'); round closed this week, no day; different from the 2025 scanner roll-out contract of the same pair (012)"),
    ],
    not_deals=["$15 a month", "$86.50 a share", "around $6bn a year", "$1.7 billion", "£0.40 per completed scan",
               "$4.2bn", "$49", "$380 per square metre"],
)

A["003_gratwerk_quellbach_faserpost.txt"] = dict(
    published="2024-06-13",
    published_note="dateline without year 'Kempten, 13. Juni (fp)'; the year from the copyright line '© 2024 Faserpost Fachverlag'; 'Am Dienstag' -> 2024-06-11",
    language="de",
    deals=[
        D("gratwerk-quellbach-supply", ["Gratwerk Outdoor", "Quellbach Textil"], "supply", 12000000, "EUR", "approx", "2024-06-11", "signed",
          "Gratwerk nimmt demnach von 2025 bis 2029 jährlich rund 12 Millionen Euro an recycelten, PFAS-freien Laminaten ab, ein Großteil davon für die Hardshell-Linie „Grenzgang“.",
          per="year", term=["2025", "2029"],
          note="yearly rate; signed 'Am Dienstag' (previous sentence); 007 and 008 mention it without amount, 014 restates it in words; different from Gratwerk's 2026 stake in Quellbach (019)"),
        D("gratwerk-hochgrat-sponsoring", ["Gratwerk Outdoor", "Staufner Laufevents"], "partnership", 900000, "EUR", "exact", "2024-06", "signed",
          "Das Unternehmen wird für drei Jahre Titelsponsor des Hochgrat-Trailfestivals in Oberstaufen und zahlt dem Veranstalter, der Staufner Laufevents GmbH, dafür insgesamt 900.000 Euro.",
          kind_alt=["other"],
          note="'Das Unternehmen' = Gratwerk; total over three years (not a yearly rate); no day given -> month of the article"),
    ],
    not_deals=["48 Millionen Euro", "1,2 Millionen Euro", "knapp 95 Millionen Euro", "14,80 Euro", "89 Euro",
               "79 Euro", "149 Euro", "2,10 Euro je Kilogramm"],
)

A["004_vf_supreme_switchback_en.html"] = dict(
    published="2024-07-18",
    published_note="from <meta property='article:published_time'>, JSON-LD datePublished and <time datetime='2024-07-18T06:30:00-06:00'>; 'Wednesday' -> 2024-07-17",
    language="en",
    deals=[
        D("essilorluxottica-supreme", ["EssilorLuxottica", "VF Corp", "Supreme"], "acquisition", 1500000000, "USD", "exact", "2024-07-17", "signed",
          "VF Corp announced Wednesday that it will sell Supreme, the New York skate and streetwear label it bought less than four years ago, to the eyewear group EssilorLuxottica for $1.5 billion in cash.",
          note="seller VF Corp, buyer EssilorLuxottica, target Supreme"),
        D("cairnline-hollowpine-sponsorship", ["Cairnline", "Hollowpine Events"], "partnership", 4500000, "USD", "at_least", "2024-07", "signed",
          "The three-year agreement with organizer Hollowpine Events is worth more than $4.5 million, two people familiar with it said; neither company would discuss terms.",
          term=["2025", None], kind_alt=["other"],
          note="title sponsorship of the Hollowpine Trail Series from 2025 (previous sentence, 'The Boulder maker' = Cairnline); 'more than' -> at_least; no announcement day -> month of the article"),
        D("amer-cairnline-rumour", ["Amer Sports", "Cairnline"], "acquisition", 340000000, "USD", "approx", "2024-07", "rumored",
          "The sponsorship comes a week after a Denver business blog reported that Amer Sports had offered about $340 million for Cairnline.",
          required=False,
          note="rumour denied by both companies in the next sentences; optional"),
    ],
    not_deals=["roughly $5.6 billion", "about $520 million", "$14.62", "$16", "$165", "$295", "about $7.4 billion",
               "$1,890 per person"],
)

A["005_asics_kazekiri_setouchi_en.txt"] = dict(
    published="2024-08-29",
    published_note="from 'Updated: 2024/08/29 18:05 JST'; 'on Wednesday' -> 2024-08-28; 'Last November' -> 2023-11",
    language="en",
    deals=[
        D("asics-kazekiri-stake", ["Asics", "Kazekiri Analytics"], "investment", 4800000000, "JPY", "exact", "2024-08-28", "signed",
          "The Kobe-based company will acquire 34% of Kazekiri for 4.8 billion yen, or about $33 million, it said on Wednesday.",
          alt=[(33000000, "USD")], kind_alt=["acquisition"],
          note="'The Kobe-based company' = Asics (previous paragraph); minority stake, partly new shares"),
        D("sakuragawa-kazekiri-contract", ["Sakuragawa Sports", "Kazekiri Analytics"], "other", 600000000, "JPY", "approx", "2023-11", "signed",
          "Sakuragawa pays about 600 million yen over the term of the contract, according to Kazekiri, which said the lanes had lifted shoe sales per visitor by about a tenth.",
          kind_alt=["supply", "cloud_contract"],
          note="three-year contract for filming lanes in 120 stores signed 'Last November' (previous sentence)"),
    ],
    not_deals=["roughly 14 billion yen", "95 billion yen", "19,800 yen", "2,905 yen", "250 million yen",
               "16,500 yen per runner"],
)

A["006_adidas_pitchlogic_regalfunk.txt"] = dict(
    published="2024-09-17",
    published_note="from the header 'Di., 17.09.2024 · 10:22'; 'am Montag' -> 2024-09-16",
    language="de",
    deals=[
        D("adidas-pitchlogic-contract", ["Adidas", "Pitchlogic"], "cloud_contract", 40000000, "EUR", "approx", "2024-09-16", "signed",
          "Das Volumen liegt nach Informationen von Regalfunk Digital bei rund 40 Millionen Euro; Adidas selbst wollte die Summe nicht kommentieren.",
          kind_alt=["other"],
          note="five-year forecasting-software contract; parties and 'am Montag' in the previous sentence; different from Adidas's 2026 stake in Pitchlogic (018)"),
        D("adidas-digital-capex", ["Adidas"], "capex_plan", 500000000, "EUR", "at_least", None, "planned",
          "Insgesamt will der Konzern bis 2027 mehr als eine halbe Milliarde Euro in Digitalisierung und IT stecken, vom Onlineshop über die Lagersteuerung bis zur Personalplanung in den eigenen Läden.",
          required=False, term=[None, "2027"],
          note="group-wide IT spending plan, amount in words ('eine halbe Milliarde'); 'der Konzern' = Adidas; no announcement date; optional"),
    ],
    not_deals=["fast 6 Milliarden Euro", "rund 4,5 Milliarden Euro", "rund 300 Millionen Euro", "etwa 11 Millionen Euro",
               "zwischen 0,5 und 2 Cent pro Prognose", "rund 72.000 Euro", "59 Euro"],
)

A["007_gratwerk_rookhaven_illerkurier.txt"] = dict(
    published="2025-01-14",
    published_note="from the page header 'Dienstag, 14. Januar 2025 · Wirtschaft · Seite 9'",
    language="de",
    deals=[
        D("rookhaven-gratwerk-takeover", ["Rookhaven Capital", "Gratwerk Outdoor"], "acquisition", 180000000, "EUR", "range", "2025", "rumored",
          "Insidern zufolge bewegen sich die Gespräche in einer Spanne zwischen 180 und 220 Millionen Euro für das Paket; unterschrieben ist noch nichts.",
          amount_max=220000000, alt=[(205000000, "EUR"), (214000000, "USD")], kind_alt=["investment"],
          note="rumoured talks about 70 % (parties in the previous sentence); 008 reports the signing at €205m ($214m) on 2025-02-19 (alt_amounts); the year keeps the shared id's dates consistent"),
        NOAMT("gratwerk-quellbach-supply", ["Gratwerk Outdoor", "Quellbach Textil"], "supply", "2024", "signed",
              "Der 2024 geschlossene Liefervertrag mit Quellbach Textil sichert Gratwerk fluorfreie Membranen für die nächsten Jahre, während viele Wettbewerber noch nach Lieferanten suchen.",
              required=False, note="the 2024 supply contract of 003, background without amount; optional"),
    ],
    not_deals=["103 Millionen Euro", "rund 14 Millionen Euro", "349 Euro", "rund 1,4 Milliarden Pfund",
               "rund 2,3 Millionen Euro"],
)

A["008_rookhaven_gratwerk_stanmore_en.txt"] = dict(
    published="2025-02-20",
    published_note="from 'February 20, 2025 · 07:12 CET'; dateline 'FRANKFURT, Feb 19', 'on Wednesday' -> 2025-02-19",
    language="en",
    deals=[
        D("rookhaven-gratwerk-takeover", ["Rookhaven Capital", "Gratwerk Outdoor"], "acquisition", 205000000, "EUR", "exact", "2025-02-19", "signed",
          "Rookhaven will pay 205 million euros (about $214 million) for a 70% stake held by the Hafenmayr family, the two sides said in a joint statement on Wednesday, confirming talks first reported by a local newspaper last month.",
          alt=[(214000000, "USD")], kind_alt=["investment"],
          note="the deal rumoured in 007; different from Rookhaven's 2026 capital injection (019)"),
        D("schwanfeld-rookhaven-loan", ["Schwanfeld Bank", "Rookhaven Capital"], "other", 80000000, "EUR", "exact", "2025-02", "signed",
          "Schwanfeld Bank has put together an acquisition loan of 80 million euros to help finance the purchase, a person close to the transaction said.",
          kind_alt=["investment"], note="acquisition financing from one source; no day given"),
        D("rookhaven-velotrant-2022", ["Rookhaven Capital", "Velotrant"], "acquisition", 95000000, "EUR", "approx", "2022", "completed",
          "It bought Dutch cycling-apparel maker Velotrant for about 95 million euros in 2022 and a Scottish knitwear label a year later.",
          required=False, note="'It' = Rookhaven (previous sentence); old background deal; optional"),
        NOAMT("gratwerk-quellbach-supply", ["Gratwerk Outdoor", "Quellbach Textil"], "supply", "2024", "signed",
              "It switched its entire range to fluorine-free membranes last year, after signing a five-year supply deal with German mill Quellbach Textil.",
              required=False, note="the 2024 supply contract of 003 ('last year'), without amount; optional"),
    ],
    not_deals=["roughly 300 million euros", "14 million euros", "103 million euros", "1.4 billion pounds",
               "about 14 billion euros", "about $17 billion"],
)

A["009_jackwolfskin_anta_woersbachbote.txt"] = dict(
    published="2025-03-25",
    published_note="from the date line 'IDSTEIN · Dienstag, 25. März 2025'; 'Am Montag' -> 2025-03-24",
    language="de",
    deals=[
        D("anta-jackwolfskin", ["Anta Sports", "Jack Wolfskin"], "acquisition", 270000000, "EUR", "approx", "2025-03-24", "signed",
          "Der Kaufpreis liegt bei rund 270 Millionen Euro.",
          alt=[(290000000, "USD"), (2260000000, "HKD")],
          note="seller Topgolf Callaway; parties and 'Am Montag' in the previous sentences; 010 gives US$290m (HK$2.26bn); 016 mentions it without amount"),
        D("callaway-jackwolfskin-2019", ["Topgolf Callaway", "Jack Wolfskin"], "acquisition", 420000000, "EUR", "approx", "2019", "completed",
          "Die Amerikaner hatten Jack Wolfskin Anfang 2019 für damals umgerechnet rund 420 Millionen Euro übernommen, doch die Marke passte nie so recht zum Golfgeschäft und zur Freizeitanlage Topgolf.",
          required=False, note="'Die Amerikaner' = Callaway; old background deal; optional"),
    ],
    not_deals=["rund 350 Millionen Euro", "rund 18 Millionen Euro", "3,4 Millionen Euro", "279 Euro", "39,95 Euro",
               "49 Euro"],
)

A["010_anta_jackwolfskin_harbourline_en.html"] = dict(
    published="2025-03-25",
    published_note="from <meta name='pubdate'>, JSON-LD datePublished and the line '2025-03-25 09:41 HKT'; 'on Monday' -> 2025-03-24",
    language="en",
    deals=[
        D("anta-jackwolfskin", ["Anta Sports", "Jack Wolfskin"], "acquisition", 290000000, "USD", "exact", "2025-03-24", "signed",
          "Anta Sports Products said on Monday it will buy German outdoor label Jack Wolfskin from Topgolf Callaway Brands for US$290 million (about HK$2.26 billion) in cash, adding a mid-priced European brand to a stable that already includes Fila in China and, through Amer Sports, Salomon and Arc'teryx.",
          alt=[(2260000000, "HKD")], note="same deal as 009 (EUR)"),
    ],
    not_deals=["HK$88.35", "about 30 billion yuan", "HK$110", "70.8 billion yuan", "HK$1.37 per share",
               "about US$6 billion", "HK$248bn", "HK$3 per order"],
)

A["011_dicks_footlocker_tallowmere_en.txt"] = dict(
    published="2025-05-16",
    published_note="from 'May 16, 2025 05:30 ET'; dateline 'NEW YORK, May 15', 'on Thursday' -> 2025-05-15",
    language="en",
    deals=[
        D("dicks-footlocker", ["Dick's Sporting Goods", "Foot Locker"], "acquisition", 2500000000, "USD", "approx", "2025-05-15", "signed",
          "Dick's Sporting Goods agreed on Thursday to acquire Foot Locker for about $2.5 billion, combining the largest U.S. sporting-goods chain with the mall sneaker retailer that has struggled for years to keep shoppers and brands interested.",
          alt=[(2200000000, "EUR")], note="012 gives about €2.2bn (month only), 018 the completion"),
        D("greyfield-dicks-bridge", ["Greyfield & Oakes", "Dick's Sporting Goods"], "other", 2000000000, "USD", "up_to", "2025-05", "signed",
          "It has lined up a bridge loan of up to $2 billion from Greyfield & Oakes to pay for the purchase, according to a filing, and intends to refinance it with bonds before closing.",
          kind_alt=["investment"], note="'It' = Dick's ('The Pittsburgh-area retailer', previous sentence); no day given"),
        D("dicks-footlocker-termination-fee", ["Foot Locker", "Dick's Sporting Goods"], "other", 90000000, "USD", "approx", "2025-05-15", "signed",
          "Under the merger agreement, Foot Locker would owe Dick's a termination fee of about $90 million if it accepted a rival bid, the filing showed.",
          required=False, note="contingent break fee in the merger agreement; optional"),
    ],
    not_deals=["$24.25", "about $1.2 billion", "roughly $2.6 billion", "about $22 billion", "$13.4 billion",
               "about $8 billion", "$178.20", "$23.19", "$190", "$225", "$330 million", "about $40 billion"],
)

A["012_dicks_decathlon_flaechenbrief.txt"] = dict(
    published="2025-05-28",
    published_note="from the issue line 'Ausgabe 21/2025 · Mittwoch, 28.05.2025'; 'Mitte Mai' -> 2025-05; 'Am Montag' -> 2025-05-26",
    language="de",
    deals=[
        D("dicks-footlocker", ["Dick's Sporting Goods", "Foot Locker"], "acquisition", 2200000000, "EUR", "approx", "2025-05", "signed",
          "Umgerechnet rund 2,2 Milliarden Euro legen die Amerikaner für den angeschlagenen Sneakerhändler hin, der in Deutschland gut 120 Filialen betreibt, meist in Innenstadtlagen und Einkaufszentren.",
          alt=[(2500000000, "USD")],
          note="same deal as 011, in EUR and with only the month ('Mitte Mai', previous sentence); 'die Amerikaner' = Dick's; the next sentence gives the USD figure as a compound ('2,5-Milliarden-Dollar-Deal')"),
        D("decathlon-strideform-rollout", ["Decathlon", "Strideform"], "supply", 9000000, "EUR", "approx", "2025-05-26", "signed",
          "Das Volumen beziffern Branchenkreise auf rund neun Millionen Euro.",
          kind_alt=["other", "cloud_contract"],
          note="three-year contract for scan stations in 300 stores, signed 'Am Montag' (previous sentences); amount in words; different from Decathlon's 2024 Series A lead (002)"),
        D("decathlon-germany-capex", ["Decathlon"], "capex_plan", 250000000, "EUR", "approx", None, "planned",
          "Bis 2027 will die Kette rund 100 neue, meist kleinere Läden eröffnen und dafür etwa 250 Millionen Euro ausgeben.",
          term=[None, "2027"], kind_alt=["project"],
          note="store-expansion plan in Germany ('die Kette' = Decathlon); no announcement date"),
    ],
    not_deals=["gut 22 Milliarden Dollar Jahresumsatz", "80 bis 120 Euro pro Quadratmeter", "rund 1,9 Milliarden Dollar", "rund 8,9 Milliarden Euro", "118 Euro",
               "129 Euro", "69 Euro"],
)

A["013_strideform_airevalley_en.txt"] = dict(
    published="2025-09-11",
    published_note="from the line 'Business · Leeds · Thursday, 11 September 2025'; 'on Wednesday' -> 2025-09-10",
    language="en",
    deals=[
        D("airestreet-strideform-seriesb", ["Aire Street Ventures", "Strideform"], "investment", 30000000, "GBP", "exact", "2025-09-10", "completed",
          "A Leeds technology company that measures feet with a mobile phone has raised £30 million from investors and struck a licensing agreement with one of the world's biggest running-shoe makers.",
          note="parties and 'on Wednesday' in the next paragraph (Series B led by Aire Street Ventures)"),
        D("asics-strideform-licence", ["Asics", "Strideform"], "other", 1200000000, "JPY", "approx", "2025-09-10", "signed",
          "Strideform expects the agreement to bring in about ¥1.2 billion, roughly £6 million, over its life.",
          alt=[(6000000, "GBP")], kind_alt=["partnership"],
          note="four-year licence announced with the round (previous sentence, 'The company also announced')"),
    ],
    not_deals=["around £140 million", "£3.1 million", "£0.9 million", "£250,000", "£38,000", "more than £4 billion a year",
               "£65"],
)

A["014_gratwerk_interview_zustieg.txt"] = dict(
    published=None,
    published_note="interview without any date (only 'ca. 6 Min. Lesezeit'); dates null except the 2023 offer, whose year the text gives",
    language="de",
    deals=[
        D("rookhaven-gratwerk-takeover", ["Rookhaven Capital", "Gratwerk Outdoor"], "acquisition", 205000000, "EUR", "approx", None, "completed",
          "Frau Hafenmayr, 70 Prozent Ihrer Firma gehören jetzt Rookhaven Capital, der Investor hat dafür rund 205 Millionen Euro bezahlt.",
          kind_alt=["investment"], note="same deal as 007/008, restated in a question, now completed"),
        D("cairnline-gratwerk-offer", ["Cairnline", "Gratwerk Outdoor"], "acquisition", 90000000, "USD", "exact", "2023", "cancelled",
          "2023 hat uns Cairnline aus Boulder 90 Millionen Dollar geboten, für das komplette Unternehmen.",
          note="refused offer ('Wir haben dankend verzichtet'); 'uns' = Gratwerk"),
        D("gratwerk-quellbach-supply", ["Gratwerk Outdoor", "Quellbach Textil"], "supply", 12000000, "EUR", "approx", None, "signed",
          "Wir haben uns mit Quellbach auf fünf Jahre festgelegt und nehmen dort jährlich rund zwölf Millionen Euro an Laminat ab.",
          per="year", note="same contract as 003, amount in words; 'Wir' = Gratwerk"),
        D("gratwerk-warehouse-capex", ["Gratwerk Outdoor"], "capex_plan", 45000000, "EUR", "range", None, "planned",
          "Wir rechnen mit Kosten zwischen 45 und 50 Millionen Euro, der Bau soll beginnen, sobald die Genehmigung da ist.",
          amount_max=50000000, kind_alt=["project"],
          note="new warehouse with repair centre in Ursulasried (previous answer); 019 reports Rookhaven's €35m for it"),
    ],
    not_deals=["349 Euro", "35 Euro", "rund 1.050 Euro im Monat", "8,90 Euro", "32 Euro", "59 Euro"],
)

A["015_talvik_brattli_storsjoe_en.txt"] = dict(
    published="2025-11-13",
    published_note="from the line 'Consumer | Thursday 13 November 2025 | Updated 10:14 CET'; 'on Tuesday' -> 2025-11-11, 'on Wednesday' -> 2025-11-12",
    language="en",
    deals=[
        D("talvik-brattli", ["Talvik Gear", "Brattli Fjellutstyr"], "acquisition", 260000000, "NOK", "exact", "2025-06", "cancelled",
          "Norway's competition authority on Tuesday blocked the Swedish company's NOK 260 million purchase of Brattli Fjellutstyr, the Lillehammer maker of tents and ski-touring packs, a takeover both companies signed off on in June.",
          alt=[(245000000, "SEK")],
          note="agreed in June, blocked on 2025-11-11; a cancelled deal keeps the date of the agreement; 'the Swedish company' = Talvik Gear (previous sentence); SEK figure in the next paragraph"),
        D("talvik-brattli-breakfee", ["Talvik Gear", "Brattli Fjellutstyr"], "other", 15000000, "NOK", "exact", "2025-11", "signed",
          "Under the June agreement, Talvik must now pay Brattli's owners a break fee of NOK 15 million, according to the company's quarterly report.",
          required=False, note="break fee triggered by the block; optional"),
        D("kallbacka-talvik-round", ["Kallbacka Kapital", "Talvik Gear"], "investment", 400000000, "SEK", "exact", "2025-11-12", "completed",
          "Talvik said on Wednesday it had raised SEK 400 million in new equity in a round led by Kallbacka Kapital, the Gothenburg investment company, with two Swedish pension funds also taking part."),
    ],
    not_deals=["SEK 1.9 billion", "about SEK 2.2 billion", "about NOK 14,000", "SEK 149 a month"],
)

A["016_puma_anta_kursgelaender.txt"] = dict(
    published="2026-01-08",
    published_note="from the stock-portal stamp '08.01.2026 – 08:15 Uhr'; 'Im Dezember' -> 2025-12; 'im vergangenen Jahr' -> 2025",
    language="de",
    deals=[
        D("anta-puma-stake", ["Anta Sports", "Puma"], "acquisition", 1500000000, "EUR", "approx", "2026-01", "negotiating",
          "Im Gespräch ist ein Kaufpreis von rund 1,5 Milliarden Euro, wie zwei mit den Verhandlungen vertraute Personen berichten.",
          alt=[(1550000000, "EUR"), (1800000000, "USD")], kind_alt=["investment"],
          note="talks reported by two people; parties (Anta, Artémis as seller, Puma's 29 %) in the previous sentence; 017 reports the signing at €1.55bn ($1.8bn) on 2026-01-27 (alt_amounts); 018 and 019 mention it without amount"),
        D("puma-lumaframe", ["Puma", "Lumaframe"], "cloud_contract", 25000000, "EUR", "up_to", "2025-12", "signed",
          "Über vier Jahre zahlt Puma bis zu 25 Millionen Euro für automatisch erzeugte Produktfotos und Kampagnenmotive in allen Onlineshops.",
          kind_alt=["other"], note="AI image contract concluded 'Im Dezember' (previous sentence)"),
        D("lumaframe-vc-round", ["Lumaframe"], "investment", 18000000, "EUR", "exact", None, "completed",
          "Lumaframe, 2022 gegründet, beschäftigt rund 60 Mitarbeiter und sammelte zuletzt 18 Millionen Euro bei Wagniskapitalgebern ein.",
          required=False, note="earlier round without named investors or date; optional"),
        NOAMT("anta-jackwolfskin", ["Anta Sports", "Jack Wolfskin"], "acquisition", "2025", "completed",
              "Anta, das über Amer Sports bereits an Salomon und Arc'teryx beteiligt ist und im vergangenen Jahr Jack Wolfskin übernommen hat, würde mit Puma erstmals eine globale Fußball- und Laufmarke ins Portfolio holen.",
              required=False, note="the 2025 purchase of 009/010 in a relative clause, without amount; optional"),
    ],
    not_deals=["21,86 Euro", "gut 3,3 Milliarden Euro", "bis zu 100 Millionen Euro", "von 24 auf 28 Euro",
               "zwischen 40 und 120 Euro", "168,95 €", "84,10 HK$", "ab 1 Euro"],
)

A["017_anta_puma_halfwayline_en.html"] = dict(
    published="2026-01-28",
    published_note="from <meta name='parsely-pub-date'>, JSON-LD datePublished and the byline '28 January 2026'; 'on Tuesday' -> 2026-01-27",
    language="en",
    deals=[
        D("anta-puma-stake", ["Anta Sports", "Puma"], "acquisition", 1550000000, "EUR", "exact", "2026-01-27", "signed",
          "Anta Sports has signed an agreement to buy the 29% of Puma owned by Artémis, the investment company of France's Pinault family, for €1.55 billion, or about $1.8bn.",
          alt=[(1800000000, "USD")], kind_alt=["investment"],
          note="seller Artémis; announced 'on Tuesday' (next sentence); the talks of 016"),
        NOAMT("nike-dfb-kit", ["Nike", "DFB"], "partnership", None, "signed",
              "Its rivals are spending heavily: Nike's contract with the German federation, the DFB, starts next January and has already pushed up the price of national-team deals across Europe.",
              required=False, kind_alt=["supply", "other"], note="the 2024 kit deal of 001/002 as background, without amount; optional"),
        NOAMT("puma-mancity-sponsorship", ["Puma", "Manchester City"], "partnership", None, "signed",
              "Puma counts Italy, Portugal and Switzerland among its federation partners and sponsors Manchester City.",
              required=False, kind_alt=["supply", "other"], note="background sponsorship without amount or date; optional"),
    ],
    not_deals=["€35.50 per share", "€24.80", "roughly €3.7 billion", "about 78 billion yuan", "HK$86.10", "£495"],
)

A["018_markdown_tape_mar26_en.txt"] = dict(
    published="2026-03-12",
    published_note="from the line 'Thursday, 12 March 2026 · Close of trading'; 'on Wednesday' -> 2026-03-11; 'last May' -> 2025-05",
    language="en",
    deals=[
        D("dicks-footlocker", ["Dick's Sporting Goods", "Foot Locker"], "acquisition", 2500000000, "USD", "approx", "2025-05", "completed",
          "Dick's agreed last May to pay about $2.5 billion for the sneaker chain and closed the purchase in September, after Foot Locker investors voted it through.",
          note="same deal as 011, now completed; date of the agreement ('last May'); 'the sneaker chain' = Foot Locker"),
        D("adidas-pitchlogic-stake", ["Adidas", "Pitchlogic"], "investment", 18000000, "USD", "exact", "2026-03-11", "completed",
          "Beyond solid World Cup pre-orders, the Herzogenaurach group disclosed on Wednesday that it had invested $18 million in Pitchlogic, the Amsterdam company whose demand-forecasting software already plans much of its range, as part of a $65 million Series C.",
          note="'the Herzogenaurach group' = Adidas; different from the 2024 software contract (006) and from the round total"),
        D("pitchlogic-seriesc", ["Pitchlogic", "Adidas"], "investment", 65000000, "USD", "exact", "2026-03", "completed",
          "Beyond solid World Cup pre-orders, the Herzogenaurach group disclosed on Wednesday that it had invested $18 million in Pitchlogic, the Amsterdam company whose demand-forecasting software already plans much of its range, as part of a $65 million Series C.",
          required=False, note="round total including Adidas's $18m, no lead named; optional because Adidas's share is the required deal"),
        NOAMT("anta-puma-stake", ["Anta Sports", "Puma"], "acquisition", None, "signed",
              "Approval of Anta's purchase of the Artémis stake is still pending in Brussels; Anta has said it expects to complete in the second half.",
              required=False, kind_alt=["investment"], note="the January deal of 017, without amount or date; optional"),
    ],
    not_deals=["$214.60", "$23.5 billion to $24 billion", "$1.25 a share", "€174.40", "about $700 million", "€25.15",
               "92.3 pence", "£100 million share buyback", "$38.70", "$21 billion", "€210", "$245", "$71.20 a barrel",
               "$27 a month", "$270 a year"],
)

A["019_trikotmarkt_liveticker.txt"] = dict(
    published="2026-06-18",
    published_note="from the ticker header 'Liveticker: Sportbusiness am Donnerstag, 18. Juni 2026'; 'am Dienstag' -> 2026-06-16, 'am Mittwoch' -> 2026-06-17; 'Anfang März' + 'drei Monate später' -> 2026-06",
    language="de",
    deals=[
        D("rookhaven-gratwerk-capital-2026", ["Rookhaven Capital", "Gratwerk Outdoor"], "investment", 35000000, "EUR", "exact", "2026-06-16", "signed",
          "Die Mehrheitseignerin Rookhaven Capital schießt bei Gratwerk Outdoor 35 Millionen Euro frisches Eigenkapital nach.",
          note="capital for the new warehouse, announced 'am Dienstag' (next sentence); different from the 2025 takeover of the same pair"),
        D("gratwerk-quellbach-stake", ["Gratwerk Outdoor", "Quellbach Textil"], "acquisition", 8000000, "EUR", "approx", "2026-06-17", "signed",
          "Gratwerks Preis für das Paket liegt bei knapp acht Millionen Euro, teilten beide Firmen am Mittwoch mit.",
          kind_alt=["investment"],
          note="25 % stake (previous sentence); genitive 'Gratwerks'; 'knapp' -> approx; different from the 2024 supply contract of the same pair"),
        NOAMT("kesselring-brenninger-stores", ["Kesselring Sport", "Sport Brenninger"], "acquisition", "2026-06", "signed",
              "Sport Brenninger: Die Kette Kesselring Sport aus Bamberg übernimmt zwölf der 19 Filialen des insolventen oberbayerischen Sporthändlers.",
              note="price only as 'ein niedriger zweistelliger Millionenbetrag' (no amount); interest 'Anfang März', signed 'drei Monate später' -> 2026-06"),
        NOAMT("anta-puma-stake", ["Anta Sports", "Puma"], "acquisition", "2026-01", "signed",
              "Die EU-Kommission hat grünes Licht gegeben für den im Januar vereinbarten Kauf des Puma-Pakets der Pinault-Holding Artémis durch Anta, und zwar ohne Auflagen.",
              required=False, kind_alt=["investment"], note="EU clearance of the January deal (017), without amount; optional"),
        D("asics-elbufer-sponsorship", ["Asics", "Elbufer Laufsport"], "partnership", 450000, "EUR", "exact", "2026-06-18", "signed",
          "Der Laufschuhhersteller zahlt dem Veranstalter, dem Verein Elbufer Laufsport, nach dessen Angaben 450.000 Euro pro Jahr.",
          per="year", term=[None, "2030"], kind_alt=["other"],
          note="'Der Laufschuhhersteller' = Asics (previous sentence, main sponsor 'bis 2030'); ticker entry of the day"),
        NOAMT("kempten-gratwerk-land", ["Stadt Kempten", "Gratwerk Outdoor"], "acquisition", "2026", "completed",
              "Die Stadt Kempten hat das Baugrundstück bereits im Frühjahr verkauft; zum Preis äußerten sich beide Seiten nicht.",
              required=False, kind_alt=["other"], note="land sale without price; 'im Frühjahr' -> year; optional"),
    ],
    not_deals=["118 Millionen Euro", "23 Millionen Euro", "26,40 Euro", "181,20 Euro", "215 Euro", "79 Euro",
               "mehr als 1 Milliarde Euro", "159,95 Euro", "899 Euro"],
)

A["020_firnhaus_brunegg_talbote.txt"] = dict(
    published="2026-10-17",
    published_note="from the date line 'Samstag, 17. Oktober 2026 · Nr. 241 · Region'; 'Am Donnerstag' -> 2026-10-15, 'am Mittwochabend' -> 2026-10-14",
    language="de",
    deals=[
        D("brunegg-firnhaus", ["Brunegg Handels", "Firnhaus Sport"], "acquisition", 64000000, "CHF", "exact", "2026-10-15", "signed",
          "Brunegg bezahlt dafür 64 Millionen Franken, umgerechnet etwa 68 Millionen Euro.",
          alt=[(68000000, "EUR")],
          note="sale of all shares by the founding family announced 'Am Donnerstag' (previous sentence)"),
        D("decathlon-firnhaus-offer", ["Decathlon", "Firnhaus Sport"], "acquisition", 50000000, "CHF", "approx", "2025", "cancelled",
          "Im Frühjahr 2025 hatte die Familie ein Angebot des französischen Sportartikelhändlers Decathlon ausgeschlagen; kolportiert wurden damals rund 50 Millionen Franken.",
          note="refused offer, value only rumoured ('kolportiert'); 'die Familie' = Firnhaus's owners; spring -> year"),
        D("landquart-firnhaus-land", ["Firnhaus Sport", "Gemeinde Landquart"], "acquisition", 8400000, "CHF", "exact", "2026-10-14", "announced",
          "Für 8,4 Millionen Franken erwirbt der Händler rund 27 000 Quadratmeter Bauland im Gebiet Au, direkt an der Autobahnausfahrt.",
          kind_alt=["other"],
          note="land sale approved by the municipal assembly 'am Mittwochabend' (previous sentence), to be notarised in November -> announced; 'der Händler' = Firnhaus"),
    ],
    not_deals=["124 Millionen Franken", "gut 310 Franken pro Quadratmeter", "1,9 Millionen Franken", "45 Franken pro Tag",
               "69 Franken"],
)


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
