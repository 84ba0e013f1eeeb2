#!/usr/bin/env python3
"""Write tests/corpus50/gold.json: the hand annotation of tests/corpus50/articles/.

Usage: python3 tests/corpus50/make_gold.py

The annotation lives here as data; edit it here and run the script to rewrite gold.json.
Same format and rules as tests/corpus15/gold.json and shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the fiftieth, held-out test corpus (tests/corpus50/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: money deals of the memory, packaging and "
    "networking suppliers of AI (SK hynix, Samsung, Micron, TSMC, Amkor, Broadcom, Marvell, Arista, "
    "optical makers) and German coverage of the same developments, 2024 to late 2026. One entry per "
    "article; a deal that several articles report carries the same id in each. 'required': false marks "
    "vague, background or amount-less mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's own date marker, dateline, "
    "issue line, byline date, meta tag or JSON-LD, or null when the article has none); quarters, "
    "half-years and seasons become the year; a cancelled deal keeps the date of the original plan or "
    "agreement; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). All companies that are parties are real; "
    "their deals follow public reports loosely, with amounts, dates and wording shifted or simplified in "
    "places, and some 2025-2026 deals, rumours and denials are invented (see README.md). Publications, "
    "reporters, analysts, research houses, advertisers and quoted people are invented "
    "(invented_names.txt). Nothing here is reporting."
)

ALIASES = {
    "SK hynix": ["SK hynix", "SK Hynix"],
    "Purdue University": ["Purdue University", "Purdue"],
    "TSMC": ["TSMC"],
    "Innolux": ["Innolux"],
    "Micron": ["Micron", "Micron Technology"],
    "AUO": ["AUO"],
    "Bosch": ["Bosch"],
    "Infineon": ["Infineon", "Infineon Technologies"],
    "NXP": ["NXP"],
    "Intel": ["Intel"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "Samsung Group": ["Samsung Group"],
    "Amkor": ["Amkor", "Amkor Technology"],
    "Apple": ["Apple"],
    "AMD": ["AMD"],
    "ZT Systems": ["ZT Systems"],
    "Nvidia": ["Nvidia"],
    "Broadcom": ["Broadcom"],
    "Marvell": ["Marvell", "Marvell Technology"],
    "Amazon Web Services": ["Amazon Web Services"],
    "Cypress": ["Cypress"],
    "FläktGroup": ["FläktGroup"],
    "Harman": ["Harman"],
    "Tesla": ["Tesla"],
    "Nokia": ["Nokia"],
    "Infinera": ["Infinera"],
    "OpenAI": ["OpenAI"],
    "Coherent": ["Coherent"],
    "Advent International": ["Advent International", "Advent"],
    "Anthropic": ["Anthropic"],
    "Celestial AI": ["Celestial AI", "Celestial"],
    "Arista": ["Arista"],
    "Fidelity": ["Fidelity"],
    "Shinhan Bank": ["Shinhan Bank"],
    "Woori Bank": ["Woori Bank"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
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


B = 1_000_000_000
M = 1_000_000
T = 1_000_000_000_000

ARTICLES = {}

ARTICLES["001_skhynix_indiana_wabash_en.txt"] = {
    "published": "2024-04-04",
    "published_note": "from the header 'April 4, 2024 | 06:55 EDT' (dateline 'WEST LAFAYETTE, Ind., April 3'); 'said on Wednesday' -> 2024-04-03",
    "language": "en",
    "deals": [
        D("skhynix-indiana-2024", ["SK hynix"], "capex_plan", 3.87 * B, "USD", "approx", "2024-04-03", "announced",
          "SK hynix will put an estimated $3.87 billion into a factory that stacks and packages high-bandwidth memory beside Purdue University's research park, the South Korean chipmaker said on Wednesday.",
          kind_alt=["project"], alt_amounts=alt((3.6 * B, "EUR"), (4 * B, "USD")),
          note="'an estimated' -> approx; also in the headline; 002 restates it as 'rund 3,6 Milliarden Euro', 005 as $3.87bn, 020 as 'knapp vier Milliarden Dollar' (alt_amounts), 019 without amount"),
        D("skhynix-purdue-research", ["SK hynix", "Purdue University"], "partnership", None, None, None, "2024-04-03", "signed",
          "SK hynix also agreed to run joint research on packaging with Purdue; no price tag was attached to that programme.",
          required=False, note="no amount -> optional"),
    ],
    "not_deals": ["up to $45 million", "$39 billion", "11.3 trillion won", "183,600 won", "about $30 billion"],
}

ARTICLES["002_skhynix_m15x_boersenblick.txt"] = {
    "published": "2024-04-25",
    "published_note": "from the header '25.04.2024 · 14:20 Uhr'; 'Am Mittwoch' -> 2024-04-24; 'Anfang April' -> 2024-04",
    "language": "de",
    "deals": [
        D("skhynix-m15x-2024", ["SK hynix"], "capex_plan", 5.3 * T, "KRW", "approx", "2024-04-24", "announced",
          "Am Mittwoch beschloss das Gremium, das Werk M15X in Cheongju zu einer DRAM-Fabrik auszubauen und dafür rund 5,3 Billionen Won (umgerechnet gut 3,6 Milliarden Euro) in die Gebäude zu stecken.",
          kind_alt=["project"], alt_amounts=alt((3.6 * B, "EUR"), (20 * T, "KRW")),
          note="'das Gremium' = the SK Hynix board (previous sentence); the 'mehr als 20 Billionen Won' in the next sentence is the same plan including equipment (alt_amounts); its EUR value equals the Indiana plant's EUR value in the same article, the two must stay apart"),
        D("skhynix-indiana-2024", ["SK hynix"], "capex_plan", 3.6 * B, "EUR", "approx", "2024-04", "announced",
          "Erst Anfang April hatte SK Hynix ein Verpackungswerk für HBM-Chips im Universitätsstädtchen West Lafayette (Indiana) angekündigt, Kostenpunkt rund 3,6 Milliarden Euro.",
          kind_alt=["project"], note="restated from 001 in EUR; 'Anfang April' -> month"),
    ],
    "not_deals": ["12,43 Billionen Won", "knapp 2,89 Billionen Won", "mehr als 3,4 Billionen Won", "1,8 Billionen Won",
                  "240.000 Won", "176.300 Won", "76.300 Won", "rund 87 Milliarden Euro", "75 Euro"],
}

ARTICLES["003_substrate_sheet_lcd_fabs_en.txt"] = {
    "published": "2024-08-16",
    "published_note": "from the issue line 'Issue 58 — Friday 16 August 2024'; 'late on Thursday' -> 2024-08-15; 'In the same week' -> 2024-08; 'late last month' -> 2024-07",
    "language": "en",
    "deals": [
        D("tsmc-innolux-plant-2024", ["TSMC", "Innolux"], "acquisition", 17.14 * B, "TWD", "exact", "2024-08-15", "signed",
          "Innolux disclosed late on Thursday that it will sell its fourth-generation LCD plant in the Southern Taiwan Science Park to TSMC for NT$17.14 billion (about US$530 million).",
          kind_alt=["other"], alt_amounts=alt((530 * M, "USD"), (490 * M, "EUR")),
          note="purchase of a plant (asset deal); 004 restates it as 'rund 490 Millionen Euro'"),
        D("micron-auo-plants-2024", ["Micron", "AUO"], "acquisition", 8.1 * B, "TWD", "exact", "2024-08", "signed",
          "In the same week AUO agreed to hand a plant in Tainan and another in Taichung to Micron Technology for a combined NT$8.1 billion.",
          kind_alt=["other"], note="two plants, one price; 'In the same week' -> month"),
        D("skhynix-yongin-fab1-2024", ["SK hynix"], "capex_plan", 9.4 * T, "KRW", "approx", "2024-07", "announced",
          "SK hynix's board signed off late last month on roughly 9.4 trillion won ($6.8 billion) for the first fab and supporting buildings at the Yongin cluster, with construction due to begin in March 2025 and completion pencilled in for May 2027.",
          kind_alt=["project"], alt_amounts=alt((6.8 * B, "USD")), term=["2025-03", "2027-05"],
          note="'late last month' in an August issue -> 2024-07"),
    ],
    "not_deals": ["around NT$5 billion", "NT$256.95 billion", "26 trillion won", "$4,600 per wafer", "$99", "$149", "$15 a month"],
}

ARTICLES["004_esmc_spatenstich_elbtal.txt"] = {
    "published": "2024-08-21",
    "published_note": "from the date line 'Dresden & Umland · Mittwoch, 21. August 2024'; 'vor gut einem Jahr' -> 2023; 'in der vergangenen Woche' -> 2024-08",
    "language": "de",
    "deals": [
        D("esmc-dresden-fab", ["TSMC", "Bosch", "Infineon", "NXP"], "joint_venture", 10 * B, "EUR", "at_least", "2023", "announced",
          "Mehr als zehn Milliarden Euro wollen die vier Partner in das Werk stecken, auf das sie sich vor gut einem Jahr verständigt hatten.",
          kind_alt=["project", "capex_plan"],
          note="'die vier Partner' = TSMC, Bosch, Infineon, NXP (previous sentence); the joint venture ESMC was agreed 'vor gut einem Jahr' -> 2023; the groundbreaking 'am Dienstag' is not the deal date; the EUR 5bn state aid is not a deal"),
        D("tsmc-innolux-plant-2024", ["TSMC", "Innolux"], "acquisition", 490 * M, "EUR", "approx", "2024-08", "signed",
          "Daheim in Taiwan hatte der Konzern erst in der vergangenen Woche für umgerechnet rund 490 Millionen Euro ein ausgedientes Bildschirmwerk von Innolux erworben, um dort Kapazitäten für KI-Chips zu schaffen.",
          kind_alt=["other"], note="'der Konzern' = TSMC (previous sentence); same deal as 003 in EUR; 'in der vergangenen Woche' -> month"),
        D("intel-magdeburg-fabs", ["Intel"], "capex_plan", 30 * B, "EUR", "exact", None, "planned",
          "Verglichen mit Intels 30-Milliarden-Euro-Vorhaben in Magdeburg wirkt das Dresdner Projekt fast bescheiden.",
          required=False, kind_alt=["project"],
          note="background comparison in a compound, no date -> optional; 012 reports the cancellation"),
    ],
    "not_deals": ["fünf Milliarden Euro", "rund 250 Millionen Euro", "bis zu 13 Euro", "rund 3.400 Euro",
                  "Fünf Milliarden Steuergeld", "2,5 Millionen pro Arbeitsplatz", "189 Euro im Monat"],
}

ARTICLES["005_chips_awards_cleanroom_en.html"] = {
    "published": "2024-12-20",
    "published_note": "only in <meta property=article:published_time> and JSON-LD datePublished (2024-12-20); no visible date; 'in April' -> 2024-04; 'in October' -> 2024-10",
    "language": "en",
    "deals": [
        D("samsung-texas-plan", ["Samsung Electronics"], "capex_plan", 37 * B, "USD", "at_least", "2024-12", "planned",
          "The cut mirrors Samsung's slimmer roadmap: the company now says it will invest more than $37 billion in Central Texas through 2030, centred on its fab in Taylor.",
          term=[None, "2030"], note="'now says' at the final grant award -> month of the article; the grants ($4.745bn, $6.4bn) are not deals"),
        D("amkor-arizona-2023", ["Amkor"], "capex_plan", 2 * B, "USD", "approx", "2023-11", "announced",
          "Amkor Technology gets up to $407 million for its packaging and test campus in Peoria, Arizona, a project of about $2 billion that it first unveiled in November 2023.",
          kind_alt=["project"], note="grant ($407m, not a deal) and project cost in one sentence"),
        D("amkor-apple-customer", ["Amkor", "Apple"], "supply", None, None, None, None, "signed",
          "Apple has signed on as the first customer, and TSMC agreed in October to send work there under a memorandum that carried no price.",
          required=False, note="customer commitment without amount or date -> optional"),
        D("tsmc-amkor-arizona-mou", ["TSMC", "Amkor"], "partnership", None, None, None, "2024-10", "signed",
          "Apple has signed on as the first customer, and TSMC agreed in October to send work there under a memorandum that carried no price.",
          required=False, kind_alt=["supply"], note="memorandum without a price -> optional; 'there' = Amkor's Peoria campus"),
        D("skhynix-indiana-2024", ["SK hynix"], "capex_plan", 3.87 * B, "USD", "exact", "2024-04", "announced",
          "A day earlier the department closed SK hynix's award at $458 million for the HBM packaging plant in West Lafayette, Indiana, on which the Korean company said in April it would spend $3.87 billion.",
          kind_alt=["project"], note="grant ($458m, not a deal) and the investment in one sentence; 'in April' -> month"),
    ],
    "not_deals": ["$4.745 billion", "$6.4 billion", "up to $407 million", "$458 million", "more than $33 billion",
                  "$6.165 billion", "$8 monthly", "$80 for a full year", "$0.19 a pair"],
}

ARTICLES["006_wafer_wire_weekly_en.txt"] = {
    "published": "2025-01-17",
    "published_note": "from the issue line 'Vol. 3, No. 2 | 17 Jan 2025'; 'on Thursday' -> 2025-01-16; 'on Wednesday of last week' -> 2025-01-08; 'last August' -> 2024-08",
    "language": "en",
    "deals": [
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38 * B, "USD", "range", "2025-01-16", "planned",
          "TSMC told analysts on Thursday that capital spending will come in between $38 billion and $42 billion this year, after $29.8 billion in 2024.",
          amount_max=42 * B, term=["2025", "2025"], note="the $29.8bn spent in 2024 is past spending, not a deal"),
        D("micron-singapore-hbm-2025", ["Micron"], "capex_plan", 7 * B, "USD", "approx", "2025-01-08", "announced",
          "The first phase is pegged at around $7 billion (S$9.5 billion) to the end of the decade; output should start in 2026 and eventually feed Nvidia and other accelerator makers.",
          kind_alt=["project"], alt_amounts=alt((9.5 * B, "SGD")),
          note="Micron and the groundbreaking 'on Wednesday of last week' in the previous sentence"),
        D("amd-zt-systems", ["AMD", "ZT Systems"], "acquisition", 4.9 * B, "USD", "exact", "2024-08", "signed",
          "AMD's $4.9 billion takeover of server builder ZT Systems, agreed last August, still needs a few regulators to sign off.",
          required=False, note="background reminder of a pending deal -> optional"),
    ],
    "not_deals": ["$29.8 billion", "NT$374.68 billion", "about $1.35 per gigabit", "$34 billion", "$18 billion",
                  "NT$1,085", "$105.40", "212,500 won", "$1,200 a year"],
}

ARTICLES["007_tsmc_arizona_suedwestticker.txt"] = {
    "published": "2025-03-04",
    "published_note": "from the wire header '04.03.2025 – 05:48 Uhr'; 'am Montag' -> 2025-03-03; 'Mitte Januar' -> 2025-01",
    "language": "de",
    "deals": [
        D("tsmc-arizona-100bn-2025", ["TSMC"], "capex_plan", 100 * B, "USD", "exact", "2025-03-03", "announced",
          "Der weltgrößte Chip-Auftragsfertiger TSMC will in den kommenden Jahren weitere 100 Milliarden US-Dollar (rund 95 Milliarden Euro) in den Vereinigten Staaten investieren.",
          kind_alt=["project"], alt_amounts=alt((95 * B, "EUR")),
          note="announcement 'am Montag' in the next sentence; also in the headline; the 65bn already pledged and the 165bn total are not deals"),
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38 * B, "USD", "range", "2025-01", "planned",
          "Für das laufende Jahr hatte TSMC bereits Mitte Januar Investitionsausgaben zwischen 38 und 42 Milliarden Dollar angekündigt.",
          amount_max=42 * B, term=["2025", "2025"], note="restated from 006; 'Mitte Januar' -> month"),
        D("tsmc-intel-fab-jv-rumour", ["TSMC", "Intel", "Nvidia", "AMD", "Broadcom"], "joint_venture", None, None, None, None, "rumored",
          "Gerüchten zufolge soll TSMC den US-Konzernen Nvidia, AMD und Broadcom zudem eine Beteiligung an einem Gemeinschaftsunternehmen angeboten haben, das die Fabriken des angeschlagenen Konkurrenten Intel betreiben würde.",
          required=False, note="rumour without amount or date -> optional"),
    ],
    "not_deals": ["65 Milliarden Dollar", "165 Milliarden Dollar", "6,6 Milliarden Dollar", "1.005 Taiwan-Dollar", "gut 780 Milliarden Euro"],
}

ARTICLES["008_infineon_marvell_interconnect_en.txt"] = {
    "published": "2025-04-08",
    "published_note": "from the byline 'By Felix Amankwah-Roth | April 8, 2025'; 'on Monday' -> 2025-04-07; 'in December' -> 2024-12; 'in February' -> 2025-02",
    "language": "en",
    "deals": [
        D("infineon-marvell-auto-ethernet", ["Infineon", "Marvell"], "acquisition", 2.5 * B, "USD", "exact", "2025-04-07", "signed",
          "Infineon Technologies will pay $2.5 billion in cash for Marvell Technology's automotive Ethernet business, the pair announced on Monday.",
          alt_amounts=alt((2.3 * B, "EUR")), note="also in the headline ('$2.5bn'); 009 gives 'rund 2,3 Milliarden Euro'; the unit's revenue range is not a deal"),
        D("marvell-aws-2024", ["Marvell", "Amazon Web Services"], "supply", None, None, None, "2024-12", "signed",
          "The Santa Clara company reported fiscal 2025 revenue of $5.77 billion, almost three quarters of it from data centres, and in December it signed a five-year agreement with Amazon Web Services covering custom AI chips and optical DSPs.",
          required=False, kind_alt=["partnership"], note="five-year agreement without amount -> optional; 'The Santa Clara company' = Marvell"),
        D("infineon-capex-fy2025", ["Infineon"], "capex_plan", 2.5 * B, "EUR", "approx", "2025-02", "planned",
          "Infineon, for its part, trimmed its investment budget for the fiscal year to about €2.5 billion in February, citing a sluggish recovery in car and industrial demand.",
          note="investment plan for the fiscal year to September 2025; same figure as the takeover price but in EUR and a different deal"),
    ],
    "not_deals": ["$225 million to $250 million", "$5.77 billion", "$49.53", "$59"],
}

ARTICLES["009_infineon_neubiberg_hachinger.txt"] = {
    "published": "2025-04-08",
    "published_note": "from the dateline 'NEUBIBERG, 8. April' (no year) and the copyright line '© 2025 Hachinger Tal Bote'; 'am Montag' -> 2025-04-07",
    "language": "de",
    "deals": [
        D("infineon-marvell-auto-ethernet", ["Infineon", "Marvell"], "acquisition", 2.5 * B, "USD", "exact", "2025-04-07", "signed",
          "Wie beide Seiten am Montag mitteilten, zahlt der Dax-Konzern dafür 2,5 Milliarden Dollar in bar, umgerechnet rund 2,3 Milliarden Euro.",
          note="'der Dax-Konzern' = Infineon, 'beide Seiten' = Infineon and Marvell (previous sentence)"),
        D("infineon-cypress", ["Infineon", "Cypress"], "acquisition", None, None, None, "2020", "completed",
          "Für Infineon, das im Geschäftsjahr 2024 knapp 15 Milliarden Euro umgesetzt hat, ist es der größte Zukauf seit der Übernahme des US-Konzerns Cypress im Jahr 2020.",
          required=False, note="old takeover without amount -> optional; the revenue is not a deal"),
        D("infineon-dresden-fab", ["Infineon"], "capex_plan", 5 * B, "EUR", "approx", None, "planned",
          "Parallel baut der Konzern in Dresden weiter an seiner neuen Fabrik für Leistungshalbleiter, in die rund fünf Milliarden Euro fließen sollen.",
          required=False, kind_alt=["project"],
          note="background project, no date -> optional; 'der Konzern' = Infineon; the federal aid (etwa einer Milliarde Euro) is not a deal"),
    ],
    "not_deals": ["knapp 15 Milliarden Euro", "rund 78 Millionen Euro", "26,48 Euro", "etwa einer Milliarde Euro", "2 Euro pro Tag", "96 Euro"],
}

ARTICLES["010_samsung_flaektgroup_klimamarkt.html"] = {
    "published": "2025-05-15",
    "published_note": "from the visible byline '15.05.2025, 10:41 Uhr' (also <meta name=date> and JSON-LD); 'am Mittwoch' -> 2025-05-14",
    "language": "de",
    "deals": [
        D("samsung-flaktgroup-2025", ["Samsung Electronics", "FläktGroup"], "acquisition", 1.5 * B, "EUR", "exact", "2025-05-14", "signed",
          "Verkäufer ist der Finanzinvestor Triton, der Kaufpreis beträgt 1,5 Milliarden Euro, wie Samsung am Mittwoch mitteilte.",
          note="buyer and target in the previous sentence; seller Triton not listed as a party; also in the headline"),
        D("samsung-harman", ["Samsung Electronics", "Harman"], "acquisition", 8 * B, "USD", "approx", "2017", "completed",
          "Für Samsung ist es der größte Zukauf seit Harman: Für den US-Autozulieferer hatten die Koreaner 2017 rund acht Milliarden Dollar bezahlt.",
          required=False, note="historical comparison -> optional; 'die Koreaner' = Samsung"),
    ],
    "not_deals": ["knapp 800 Millionen Euro", "mehr als 40 Milliarden Dollar", "6,7 Billionen Won", "690 Euro"],
}

ARTICLES["011_samsung_tesla_hangang_en.txt"] = {
    "published": "2025-07-28",
    "published_note": "from 'Posted 2025.07.28 18:40 KST' and the dateline 'SEOUL, July 28'; 'on Monday' -> 2025-07-28",
    "language": "en",
    "deals": [
        D("samsung-tesla-foundry-2025", ["Samsung Electronics", "Tesla"], "supply", 22.8 * T, "KRW", "exact", "2025-07-28", "signed",
          "Samsung Electronics disclosed on Monday a foundry contract with Tesla valued at 22.8 trillion won – roughly $16.5 billion at current exchange rates – in a regulatory filing that covers the period from July 24 this year through December 31, 2033.",
          kind_alt=["other"], term=["2025-07-24", "2033-12-31"], alt_amounts=alt((16.5 * B, "USD"), (14 * B, "EUR")),
          note="012 restates it in KRW with EUR, 019 and 020 in USD"),
        D("samsung-texas-plan", ["Samsung Electronics"], "capex_plan", 37 * B, "USD", "at_least", None, "planned",
          "Samsung has said it expects to invest more than $37 billion in Texas by 2030.",
          term=[None, "2030"], note="restated plan from 005, no date"),
        D("tsmc-tesla-ai5", ["TSMC", "Tesla"], "supply", None, None, None, None, "signed",
          "According to Musk, TSMC remains the maker of Tesla's AI5 chips; no value was given for that work.",
          required=False, note="no amount -> optional"),
    ],
    "not_deals": ["70,400 won", "about 4.6 trillion won", "more than 2 trillion won"],
}

ARTICLES["012_chipfenster_kw33.txt"] = {
    "published": "2025-08-15",
    "published_note": "from the issue line 'KW 33 · Freitag, 15.08.2025'; 'im April' -> 2025-04; '2023' for the Magdeburg plan; 'Ende Juli' -> 2025-07",
    "language": "de",
    "deals": [
        D("infineon-marvell-auto-ethernet", ["Infineon", "Marvell"], "acquisition", 2.5 * B, "USD", "exact", "2025-04", "completed",
          "Der Kaufpreis von 2,5 Milliarden Dollar war im April vereinbart worden.",
          note="closing 'am Donnerstag' (previous sentence, with both parties); the date is that of the agreement 'im April'"),
        D("intel-magdeburg-fabs", ["Intel"], "capex_plan", 30 * B, "EUR", "approx", "2023", "cancelled",
          "Die 2023 auf rund 30 Milliarden Euro aufgestockten Pläne für zwei Fabriken in Magdeburg sind ebenso gestrichen wie die geplante Chipmontage nahe Wrocław (Breslau), für die der US-Konzern einst 4,6 Milliarden Dollar veranschlagt hatte.",
          kind_alt=["project"], note="cancelled plan; keeps the date of the plan (2023); the EUR 9.9bn subsidies are not a deal"),
        D("intel-wroclaw-plant", ["Intel"], "capex_plan", 4.6 * B, "USD", "exact", None, "cancelled",
          "Die 2023 auf rund 30 Milliarden Euro aufgestockten Pläne für zwei Fabriken in Magdeburg sind ebenso gestrichen wie die geplante Chipmontage nahe Wrocław (Breslau), für die der US-Konzern einst 4,6 Milliarden Dollar veranschlagt hatte.",
          kind_alt=["project"], note="second cancelled Intel plan in the same sentence; 'einst' -> no date; 'der US-Konzern' = Intel"),
        D("samsung-tesla-foundry-2025", ["Samsung Electronics", "Tesla"], "supply", 22.8 * T, "KRW", "exact", "2025-07", "signed",
          "Zur Erinnerung: Samsung hatte Ende Juli einen Fertigungsauftrag von Tesla über 22,8 Billionen Won (rund 14 Milliarden Euro) gemeldet, der bis Ende 2033 läuft.",
          kind_alt=["other"], term=[None, "2033-12"], note="restated from 011; 'Ende Juli' -> month"),
    ],
    "not_deals": ["3,7 Milliarden Euro", "9,9 Milliarden Euro", "2,9 Milliarden Dollar", "1,15 Billionen Dollar", "9,90 Euro im Monat"],
}

ARTICLES["013_micron_aktienlupe.txt"] = {
    "published": "2025-09-24",
    "published_note": "from the header 'AKTIENLUPE | 24.09.2025 | 07:31'; 'am Dienstagabend' -> 2025-09-23; 'im Juni' -> 2025-06; the Hiroshima media reports are undated -> month of the article",
    "language": "de",
    "deals": [
        D("micron-capex-fy2026", ["Micron"], "capex_plan", 18 * B, "USD", "approx", "2025-09-23", "planned",
          "Entsprechend offensiv plant der Konzern: Im Geschäftsjahr 2026 will Micron rund 18 Milliarden Dollar in neue Anlagen stecken, nach netto etwa 13,8 Milliarden Dollar im abgelaufenen Jahr.",
          term=["2025-09", "2026-08"], note="announced 'am Dienstagabend' (next sentence); also in the headline; the 13.8bn spent in fiscal 2025 is past spending, not a deal"),
        D("micron-us-200bn-2025", ["Micron"], "capex_plan", 200 * B, "USD", "approx", "2025-06", "announced",
          "Diese gehören zu einem Paket, das Micron im Juni vorgestellt hatte: Über die kommenden rund 20 Jahre will der Konzern etwa 200 Milliarden Dollar in Fertigung und Forschung in den USA investieren.",
          note="'im Juni' -> month"),
        D("micron-hiroshima-hbm", ["Micron"], "capex_plan", 1.5 * T, "JPY", "up_to", "2025-09", "rumored",
          "Japanischen Medienberichten zufolge sind bis zu 1,5 Billionen Yen (knapp 8,7 Milliarden Euro) für eine HBM-Fertigung in Hiroshima vorgesehen; Tokio soll davon bis zu 536 Milliarden Yen übernehmen.",
          kind_alt=["project"], alt_amounts=alt((8.7 * B, "EUR")),
          note="unconfirmed media reports ('Micron bestätigte die Summe nicht'); the government share (bis zu 536 Milliarden Yen) is a subsidy, not a deal"),
    ],
    "not_deals": ["11,32 Milliarden Dollar", "12,5 Milliarden Dollar", "300 Millionen Dollar", "etwa 13,8 Milliarden Dollar",
                  "bis zu 536 Milliarden Yen", "169,30 Dollar", "rund 190 Milliarden Dollar", "210 Dollar", "16,80 Dollar", "0 Euro Ordergebühr"],
}

ARTICLES["014_photonics_pulse_nokia_en.txt"] = {
    "published": "2025-10-30",
    "published_note": "from the byline 'By Lucía Ferreyra · 30 October 2025'; 'on Tuesday' -> 2025-10-28; 'mid-2024' -> 2024; 'on October 13' -> 2025-10-13; 'in August' -> 2025-08",
    "language": "en",
    "deals": [
        D("nvidia-nokia-2025", ["Nvidia", "Nokia"], "investment", 1 * B, "USD", "exact", "2025-10-28", "signed",
          "Nvidia will buy $1 billion of newly issued Nokia shares at $6.01 apiece, the two companies said on Tuesday, leaving the chip giant with roughly 2.9% of the Finnish group.",
          note="equity investment; the share price $6.01 is not a deal"),
        D("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2.3 * B, "USD", "exact", "2024", "completed",
          "Nokia is still absorbing Infinera, the coherent-optics maker it agreed to buy for $2.3 billion in mid-2024 and took over in February.",
          required=False, note="background, earlier deal -> optional; 'mid-2024' -> year"),
        D("broadcom-openai-10gw", ["Broadcom", "OpenAI"], "supply", None, None, None, "2025-10-13", "announced",
          "The 10-gigawatt custom-accelerator pact that Broadcom and OpenAI unveiled on October 13 came without a number attached.",
          required=False, kind_alt=["partnership"], term=[None, "2029"],
          note="no amount -> optional; the analysts' $350bn-$500bn is an estimate, not a deal amount"),
        D("coherent-advent-ad-unit", ["Coherent", "Advent International"], "acquisition", 400 * M, "USD", "exact", "2025-08", "signed",
          "Coherent agreed in August to sell its aerospace and defense business to Advent International for $400 million in cash, leaving it free to pour engineering money into datacom transceivers.",
          note="sale of a business unit; 'in August' -> month"),
    ],
    "not_deals": ["$6.01 apiece", "around €6 billion", "$350 billion to $500 billion", "roughly $8.75 billion",
                  "$1.5 billion of AI back-end networking sales", "$600–$700 per module", "above $1,200", "$1,150", "$12/month"],
}

ARTICLES["015_ticker_boersenschleuse.txt"] = {
    "published": "2025-10-29",
    "published_note": "from the ticker header 'Mittwoch, 29. Oktober 2025'; 'Am Dienstag' -> 2025-10-28; 'Anfang Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        D("nvidia-nokia-2025", ["Nvidia", "Nokia"], "investment", 1 * B, "USD", "exact", "2025-10-28", "signed",
          "Am Dienstag hatte Nvidia angekündigt, für eine Milliarde Dollar neue Nokia-Aktien zu zeichnen; der Ausgabepreis liegt bei 6,01 Dollar je Stück.",
          note="amount in words; same deal as 014"),
        D("samsung-nvidia-hbm4-rumour", ["Samsung Electronics", "Nvidia"], "supply", 10 * T, "KRW", "approx", "2025-10", "rumored",
          "Gerücht aus Seoul: Insidern zufolge verhandelt Samsung mit Nvidia über die Lieferung von HBM4-Speicher im Volumen von rund zehn Billionen Won für das kommende Jahr.",
          term=["2026", "2026"], note="rumoured talks (invented for the corpus), amount in words; Samsung declined to comment"),
        D("samsung-openai-stargate-loi", ["Samsung Electronics", "OpenAI"], "supply", None, None, None, "2025-10", "signed",
          "Zur Einordnung der Speicher-Rally: Anfang Oktober hatten Samsung und SK Hynix mit OpenAI Absichtserklärungen über Speicherlieferungen für das Rechenzentrumsprojekt Stargate unterzeichnet.",
          required=False, kind_alt=["partnership"], note="letter of intent without amount -> optional"),
        D("skhynix-openai-stargate-loi", ["SK hynix", "OpenAI"], "supply", None, None, None, "2025-10", "signed",
          "Zur Einordnung der Speicher-Rally: Anfang Oktober hatten Samsung und SK Hynix mit OpenAI Absichtserklärungen über Speicherlieferungen für das Rechenzentrumsprojekt Stargate unterzeichnet.",
          required=False, kind_alt=["partnership"], note="letter of intent without amount -> optional"),
    ],
    "not_deals": ["mehr als fünf Billionen Dollar", "207 Dollar", "6,01 Dollar je Stück", "11,38 Billionen Won", "24,45 Billionen Won", "1 Euro Ordergebühr"],
}

ARTICLES["016_samsung_gangnam_review_en.html"] = {
    "published": "2025-11-19",
    "published_note": "from the visible byline 'Nov 19, 2025 · 16:05 KST' (also <meta name=pubdate> and JSON-LD); 'six months after agreeing' -> 2025-05; 'three days after' -> 2025-11-16; 'late last month' -> 2025-10",
    "language": "en",
    "deals": [
        D("samsung-flaktgroup-2025", ["Samsung Electronics", "FläktGroup"], "acquisition", 1.5 * B, "EUR", "exact", "2025-05", "completed",
          "Samsung Electronics has completed its €1.5 billion purchase of FläktGroup, the company said on Wednesday, six months after agreeing to buy the European ventilation and data-center cooling maker from private equity firm Triton.",
          note="closing 'on Wednesday'; the deal date is the agreement 'six months' earlier -> 2025-05"),
        D("samsung-group-korea-450tn", ["Samsung Group"], "capex_plan", 450 * T, "KRW", "exact", "2025-11-16", "planned",
          "The closing came three days after Samsung Group said its affiliates would invest 450 trillion won ($308 billion) in South Korea over five years, including a new memory production line, P5, at Pyeongtaek.",
          alt_amounts=alt((308 * B, "USD")), term=["2025", "2030"],
          note="group-wide five-year domestic plan; 'three days after' the Wednesday closing -> 2025-11-16; the bare '450 trillion' in the analyst quote and the headline refer to it"),
        D("samsung-nvidia-ai-factory", ["Samsung Electronics", "Nvidia"], "supply", None, None, None, "2025-10", "announced",
          "Samsung also confirmed it would build an \"AI megafactory\" with more than 50,000 Nvidia GPUs, a plan first aired at the APEC summit late last month; neither side has disclosed what the chips will cost.",
          required=False, kind_alt=["project", "partnership"], note="no amount -> optional; different from the rumoured HBM4 supply of 015"),
    ],
    "not_deals": ["97,400 won", "more than 570 trillion won", "12.2 trillion won", "1.8 trillion won", "4.2 billion won", "14,900 won a month"],
}

ARTICLES["017_halbleiter_briefing_48.txt"] = {
    "published": "2025-12-05",
    "published_note": "from the issue line 'Ausgabe 48/2025 · Freitag, 5. Dezember 2025'; 'am Dienstag' -> 2025-12-02; the Arista report of the week -> 2025-12",
    "language": "de",
    "deals": [
        D("marvell-celestial-ai", ["Marvell", "Celestial AI"], "acquisition", 3.25 * B, "USD", "exact", "2025-12-02", "signed",
          "Marvell zahlt zunächst 3,25 Milliarden Dollar in bar und eigenen Aktien, wie der Konzern am Dienstag mitteilte.",
          alt_amounts=alt((5.5 * B, "USD")),
          note="upfront price; the maximum incl. earn-out (5,5 Milliarden Dollar) is an alt_amount; the earn-out alone (bis zu 2,25 Milliarden Dollar) is a part, not a deal"),
        D("fidelity-celestial-round-2025", ["Fidelity", "Celestial AI"], "investment", 250 * M, "USD", "exact", "2025-03", "completed",
          "Celestial hatte erst im März 250 Millionen Dollar von Investoren um Fidelity eingesammelt.",
          required=False, note="earlier funding round led by Fidelity, background to the takeover -> optional; 'im März' -> 2025-03"),
        D("samsung-flaktgroup-2025", ["Samsung Electronics", "FläktGroup"], "acquisition", None, None, None, None, "completed",
          "Samsung treibt nach dem Abschluss der FläktGroup-Übernahme die Integration voran; der Kühlspezialist soll 2026 erstmals Komplettlösungen für KI-Rechenzentren anbieten.",
          required=False, note="restated without amount or date -> optional"),
        D("arista-optics-takeover-denied", ["Arista"], "acquisition", 2 * B, "USD", "approx", "2025-12", "rumored",
          "Arista wies einen Bericht zurück, wonach der Netzwerkausrüster für rund zwei Milliarden Dollar einen Hersteller optischer Module übernehmen wolle.",
          required=False, note="denied report (invented for the corpus), unnamed target -> optional"),
    ],
    "not_deals": ["bis zu 2,25 Milliarden Dollar", "mehr als 500 Dollar", "25 Milliarden Dollar", "79 Euro", "129 Euro"],
}

ARTICLES["018_broadcom_anthropic_baywire_en.txt"] = {
    "published": "2025-12-12",
    "published_note": "from the header 'Fri 12 Dec 2025 · 03:10 GMT' (dateline 'Dec 11'); 'disclosed in September' -> 2025-09; 'fiscal fourth quarter' -> 2025; 'in October' -> 2025-10; 'last week' -> 2025-12",
    "language": "en",
    "deals": [
        D("broadcom-anthropic-order-10bn", ["Broadcom", "Anthropic"], "supply", 10 * B, "USD", "exact", "2025-09", "signed",
          "PALO ALTO, Calif., Dec 11 (Baywire) – Broadcom said on Thursday that Anthropic was the previously unnamed customer behind a $10 billion purchase of custom AI racks that the chip designer disclosed in September, and that the AI developer had placed a further $11 billion order in the company's fiscal fourth quarter.",
          note="order disclosed anonymously in September; named on Thursday; different from the $11bn order in the same sentence"),
        D("broadcom-anthropic-order-11bn", ["Broadcom", "Anthropic"], "supply", 11 * B, "USD", "exact", "2025", "signed",
          "PALO ALTO, Calif., Dec 11 (Baywire) – Broadcom said on Thursday that Anthropic was the previously unnamed customer behind a $10 billion purchase of custom AI racks that the chip designer disclosed in September, and that the AI developer had placed a further $11 billion order in the company's fiscal fourth quarter.",
          note="placed in the fiscal fourth quarter (quarter -> year; disclosed 2025-12-11); the '$21 billion' in the quote is the sum of both orders, not a deal"),
        D("broadcom-openai-10gw", ["Broadcom", "OpenAI"], "supply", None, None, None, "2025-10", "announced",
          "The call also shed light on Broadcom's 10-gigawatt pact with OpenAI, unveiled in October: Tan said it would contribute little before 2027, since the first systems are not due to be deployed until late 2026.",
          required=False, kind_alt=["partnership"], note="restated without amount -> optional"),
        D("marvell-celestial-ai", ["Marvell", "Celestial AI"], "acquisition", 3.25 * B, "USD", "exact", "2025-12", "signed",
          "Rival Marvell last week agreed to buy optical-interconnect start-up Celestial AI for $3.25 billion upfront, betting that light rather than copper will link the next generation of accelerators.",
          note="'last week' -> month"),
    ],
    "not_deals": ["$73 billion", "$18.02 billion", "about $19.1 billion", "$8.2 billion", "$390.20", "$21 billion"],
}

ARTICLES["019_memory_lane_notes_en.txt"] = {
    "published": "2026-11-12",
    "published_note": "from the post line 'Thursday, November 12, 2026'; 'on Tuesday' -> 2026-11-10; 'last month' -> 2026-10; the reported Samsung/AMD talks ('this week') -> 2026-11; 'July 2025' -> 2025-07; 'In January' -> 2026-01",
    "language": "en",
    "deals": [
        D("skhynix-pt7-cheongju", ["SK hynix"], "capex_plan", 19 * T, "KRW", "approx", "2026-11-10", "announced",
          "First, SK hynix said on Tuesday it would spend about 19 trillion won ($13 billion) on a new advanced packaging plant, P&T7, in Cheongju, with completion targeted for late 2027.",
          kind_alt=["project"], alt_amounts=alt((13 * B, "USD")), note="a commenter says the plant was first floated in January; the budget was announced on Tuesday"),
        D("skhynix-syndicated-loan-2026", ["SK hynix", "Shinhan Bank", "Woori Bank"], "other", 4 * T, "KRW", "exact", "2026-10", "signed",
          "To pay for it, SK hynix signed a 4 trillion won syndicated loan last month with lenders led by Shinhan Bank and Woori Bank.",
          note="bank loan for the P&T7 plant (invented for the corpus); 'last month' -> 2026-10"),
        D("samsung-amd-hbm4-talks", ["Samsung Electronics", "AMD"], "supply", 1.5 * B, "USD", "approx", "2026-11", "negotiating",
          "Second, Samsung is reportedly negotiating to supply HBM4 to AMD for its next accelerator generation, valued at roughly $1.5 billion annually over 2027 and 2028, according to two people who spoke to a Korean daily.",
          per="year", term=["2027", "2028"], note="talks reported by two unnamed people (invented for the corpus), no comment from either side -> negotiating; yearly rate"),
        D("samsung-tesla-foundry-2025", ["Samsung Electronics", "Tesla"], "supply", 16.5 * B, "USD", "exact", "2025-07", "signed",
          "It would sit alongside the $16.5 billion Tesla foundry contract Samsung signed in July 2025, which Tesla later widened to include part of its AI5 production.",
          kind_alt=["other"], note="restated from 011 in USD"),
        D("samsung-tesla-ai5", ["Samsung Electronics", "Tesla"], "supply", None, None, None, None, "signed",
          "It would sit alongside the $16.5 billion Tesla foundry contract Samsung signed in July 2025, which Tesla later widened to include part of its AI5 production.",
          required=False, note="later AI5 work for Samsung, no amount or date -> optional; a different deal from the $16.5bn contract"),
        D("tsmc-capex-2026", ["TSMC"], "capex_plan", 52 * B, "USD", "range", "2026-01", "planned",
          "In January the company told investors it would spend between $52 billion and $56 billion on capex in 2026; it now says it will land at the top of that range.",
          amount_max=56 * B, term=["2026", "2026"],
          note="'the company' = TSMC ('Third, TSMC.'); different from the 2025 plan; the $40.9bn spent in 2025 is not a deal"),
    ],
    "not_deals": ["roughly $40.9 billion", "around 30 trillion won", "roughly $1.70 per gigabit", "$100 billion",
                  "1,000 trillion won", "$6 a month", "$60 a year", "about $2B a year"],
}

ARTICLES["020_interview_technikwerk.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (interview; only the magazine name and column); all deal dates null",
    "language": "de",
    "deals": [
        D("tsmc-arizona-100bn-2025", ["TSMC"], "capex_plan", 100 * B, "USD", "exact", None, "announced",
          "Technikwerk: Herr Obermaier, TSMC hat 100 Milliarden Dollar zusätzlich für die USA zugesagt.",
          kind_alt=["project"], note="in the question; repeated as '100-Milliarden-Dollar-Zusage' in the answer"),
        D("esmc-dresden-fab", ["TSMC", "Bosch", "Infineon", "NXP"], "joint_venture", 10 * B, "EUR", "at_least", None, "announced",
          "In Dresden entsteht mit ESMC, dem Gemeinschaftsunternehmen von TSMC mit Bosch, Infineon und NXP, ein solides Werk für über zehn Milliarden Euro – für Autochips, nicht für KI.",
          kind_alt=["project", "capex_plan"], note="restated from 004"),
        D("skhynix-indiana-2024", ["SK hynix"], "capex_plan", 4 * B, "USD", "approx", None, "announced",
          "SK Hynix baut deshalb in Indiana für knapp vier Milliarden Dollar ein eigenes Werk, in dem HBM-Stapel verpackt werden.",
          kind_alt=["project"], note="'knapp vier Milliarden Dollar' (alt_amount in 001)"),
        D("micron-us-200bn-2025", ["Micron"], "capex_plan", 200 * B, "USD", "approx", None, "announced",
          "Die Amerikaner wollen über zwei Jahrzehnte rund 200 Milliarden Dollar in den USA ausgeben.",
          note="'Die Amerikaner' = Micron (question before)"),
        D("samsung-tesla-foundry-2025", ["Samsung Electronics", "Tesla"], "supply", 16.5 * B, "USD", "exact", None, "signed",
          "Die 16,5 Milliarden Dollar sind für Samsungs Auftragsfertigung überlebenswichtig.",
          kind_alt=["other"], note="Tesla named in the question before ('Großauftrag von Tesla'); genitive 'Samsungs'"),
    ],
    "not_deals": ["10.000 Dollar", "15 bis 20 Milliarden Dollar", "160.000 Dollar im Jahr", "85.000 Euro",
                  "43 Milliarden Euro", "8,90 Euro", "89 Euro im Jahr"],
}


def clean(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, float):
        return int(round(v))
    return v


def normalise(deal):
    for k in ("amount", "amount_max"):
        if deal.get(k) is not None:
            deal[k] = clean(deal[k])
    for a in deal.get("alt_amounts", []):
        a["amount"] = clean(a["amount"])
    return deal


def main():
    articles = {}
    for name in sorted(ARTICLES):
        a = ARTICLES[name]
        articles[name] = {
            "published": a["published"],
            "published_note": a["published_note"],
            "language": a["language"],
            "deals": [normalise(dict(d)) for d in a["deals"]],
            "not_deals": a["not_deals"],
        }
    gold = {"about": ABOUT, "articles": articles, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(articles)} articles, {sum(len(a['deals']) for a in articles.values())} deal mentions)")


if __name__ == "__main__":
    main()
