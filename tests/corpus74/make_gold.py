#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus74/articles/.

Usage: python3 tests/corpus74/make_gold.py      (then: python3 tests/corpus74/check_gold.py)

The annotation lives here as data; edit it here and rerun. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the seventy-fourth, held-out test corpus (tests/corpus74/articles/), "
    "written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json and shared/gold/seeds.json. Theme: AI chips, export controls and "
    "China (Huawei Ascend, SMIC, Alibaba, Tencent and ByteDance spending and chip purchases, "
    "Nvidia H20 licences and charges, Cambricon) and the Gulf chip deals (Humain, G42, US export "
    "licences, the UAE campus), with German coverage of the same. One entry per article; a deal "
    "that several articles report carries the same id in each. 'required': false marks deals "
    "without an amount and vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals (valuations, revenues, "
    "profits, guidance other than capex, market forecasts, share prices, budgets, grants, "
    "subsidies, state funds, cumulative totals, past spending, analysts' estimates of revenue or "
    "cost, charges, parts of an annotated deal, prices, salaries, ad figures): reporting one of "
    "them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal "
    "was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date line, dateline, byline, issue "
    "line, meta tag or JSON-LD, or null when the article has none); quarters, half-years and "
    "seasons become the year; a cancelled deal keeps the date of the original agreement or talks; "
    "'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). All deal parties are "
    "real companies or states; their deals follow public reports of 2023-2025 with shifted or "
    "simplified details, and the 2026 items (the Humain credit facility, the dropped Malaysian "
    "Ascend cluster, ByteDance's 2026 Nvidia purchase as worded) are invented; publications, "
    "research houses, advertisers and quoted people are invented (invented_names.txt, README.md). "
    "Nothing here is reporting."
)

ALIASES = {
    "Microsoft": ["Microsoft"],
    "G42": ["G42"],
    "Baidu": ["Baidu"],
    "Huawei": ["Huawei"],
    "KenGen": ["KenGen"],
    "ByteDance": ["ByteDance"],
    "Alibaba": ["Alibaba", "Alibaba Cloud"],
    "Tencent": ["Tencent"],
    "Nvidia": ["Nvidia"],
    "AMD": ["AMD"],
    "TSMC": ["TSMC"],
    "SMIC": ["SMIC", "Semiconductor Manufacturing International Corp"],
    "SMIC North": ["SMIC North", "SMNC"],
    "Cambricon": ["Cambricon"],
    "Datasection": ["Datasection"],
    "Humain": ["Humain"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Groq": ["Groq"],
    "xAI": ["xAI"],
    "Cisco": ["Cisco"],
    "Khazna": ["Khazna"],
    "Saudi Arabia": ["Saudi Arabia", "Saudi-Arabien", "Riad", "Riyadh"],
    "United Arab Emirates": ["United Arab Emirates", "UAE", "Emiratis", "Emirates", "Emiraten"],
    "United States": ["United States", "US", "USA", "Amerika", "US government", "US-Regierung",
                      "Washington"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, evidence, **extra):
    """A deal without an amount: optional."""
    return D(id, parties, kind, None, None, None, date, status, False, evidence, **extra)


ARTICLES = {}

ARTICLES["001_g42_microsoft_dunegate_en.txt"] = {
    "published": "2024-04-17",
    "published_note": "from 'April 17, 2024 · 07:15 GMT'; dateline 'April 16', 'announced on Tuesday' -> 2024-04-16",
    "language": "en",
    "deals": [
        D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1500000000, "USD", "exact",
          "2024-04-16", "signed", True,
          "ABU DHABI/REDMOND, April 16 (Dunegate) - Microsoft will put $1.5 billion into G42, the Abu Dhabi artificial-intelligence group chaired by the emirate's national security adviser, both companies announced on Tuesday.",
          alt_amounts=[{"amount": 1410000000, "currency": "EUR"}],
          note="minority stake; 002 gives 'knapp 1,41 Milliarden Euro'; restated in 002, 003 and 016; must stay apart from the $1bn Kenya programme of the same pair (003, 014)"),
    ],
    "not_deals": ["comfortably above ten billion dollars", "$414.58", "$3.08 trillion",
                  "335 billion dirhams", "about $91 billion", "$100 billion"],
}

ARTICLES["002_chipkurier_kompakt_april.txt"] = {
    "published": "2024-04-22",
    "published_note": "from the issue line 'Ausgabe 16/2024 · Montag, 22. April 2024'; 'vergangene Woche' -> 2024-04 (month only)",
    "language": "de",
    "deals": [
        D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1500000000, "USD", "exact",
          "2024-04", "signed", True,
          "Microsoft beteiligt sich mit 1,5 Milliarden Dollar (umgerechnet knapp 1,41 Milliarden Euro) an der KI-Gruppe aus Abu Dhabi, das wurde vergangene Woche öffentlich.",
          note="'der KI-Gruppe aus Abu Dhabi' = G42 (heading 'Redmond steigt bei G42 ein'); the later '1,5-Milliarden-Dollar-Beteiligung' is the same deal, and the valuation range computed from it is a not_deal"),
        D("baidu-huawei-ascend-2023", ["Baidu", "Huawei"], "supply", 450000000, "CNY", "approx",
          "2023", "signed", True,
          "Schon im Herbst 2023 hatte Baidu Insidern zufolge 1.600 Ascend-910B-Beschleuniger von Huawei für rund 450 Millionen Yuan geordert, genug für ungefähr 200 Server.",
          alt_amounts=[{"amount": 58000000, "currency": "EUR"}],
          note="background order reported by insiders; 'im Herbst 2023' -> the year; 004 gives 'knapp 58 Millionen Euro'"),
    ],
    "not_deals": ["zwischen zehn und 15 Milliarden Dollar", "rund 704 Milliarden Yuan",
                  "12.000 bis 13.000 Dollar", "nicht unter 300.000 Dollar", "45 Millionen Euro",
                  "149 Euro", "99 Euro"],
}

ARTICLES["003_kenya_olkaria_riftvalley_en.txt"] = {
    "published": "2024-05-23",
    "published_note": "from the issue line 'Vol. 3, No. 21 — Thursday 23 May 2024'; 'said on Wednesday' -> 2024-05-22; 'barely five weeks after' -> 2024-04",
    "language": "en",
    "deals": [
        D("microsoft-g42-kenya-2024", ["Microsoft", "G42"], "project", 1000000000, "USD", "exact",
          "2024-05-22", "planned", True,
          "Microsoft and G42 said on Wednesday that they will invest $1 billion in Kenya, starting with a geothermal-powered data centre at Olkaria that will host a new Azure region for East Africa.",
          kind_alt=["investment", "capex_plan"],
          note="joint investment programme in Kenya; second Microsoft-G42 deal, must stay apart from the $1.5bn stake (next paragraph); the quote 'the $1bn figure' is the same deal"),
        D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1500000000, "USD", "exact",
          "2024-04", "signed", True,
          "The package arrives barely five weeks after the Redmond company bought a $1.5bn minority slice of G42, and the two sides present Kenya as the first big test of that alliance.",
          note="restated stake; 'the Redmond company' = Microsoft; five weeks before 2024-05-22 -> April 2024"),
        N("kengen-g42-olkaria-power", ["KenGen", "G42"], "supply", "2024-05", "negotiating",
          "State generator KenGen is expected to supply the site under a long-term arrangement; the parties did not put a price on it.",
          note="power supply for the G42-built site, no price; optional"),
    ],
    "not_deals": ["roughly 7 US cents per kilowatt-hour", "$8m to $10m per megawatt",
                  "KSh 10.2bn", "$180 per kW per month", "$395", "$295", "$249 a year"],
}

ARTICLES["004_siliziumsteppe_bytedance_blog.txt"] = {
    "published": "2024-10-08",
    "published_note": "from the byline 'veröffentlicht am 08.10.2024'; 'Im Mai' -> 2024-05; 'im vergangenen Jahr' -> 2023; 'in diesem Jahr' -> 2024",
    "language": "de",
    "deals": [
        N("bytedance-huawei-ascend-2024", ["ByteDance", "Huawei"], "supply", "2024", "rumored",
          "Nach Berichten aus der Branche hat ByteDance in diesem Jahr mehr als 100.000 Ascend-910B geordert, bis zum Sommer aber weniger als 30.000 Stück erhalten.",
          note="order of Huawei's Ascend chips reported by the industry, units only, no price; optional"),
        D("baidu-huawei-ascend-2023", ["Baidu", "Huawei"], "supply", 58000000, "EUR", "approx",
          "2023", "completed", True,
          "Dass der Ascend-Weg kein neues Phänomen ist, zeigt Baidu: Der Suchmaschinenkonzern zahlte im vergangenen Jahr für 1.600 Ascend-Chips umgerechnet knapp 58 Millionen Euro.",
          note="same order as 002 (450 million yuan), here only in EUR; seller Huawei named in the paragraph before; 'knapp' read as approx"),
        D("bytedance-malaysia-2024", ["ByteDance"], "project", 2100000000, "USD", "approx",
          "2024-05", "planned", True,
          "Im Mai hatte Malaysias Handelsminister verkündet, dass ByteDance zehn Milliarden Ringgit – umgerechnet rund 2,1 Milliarden Dollar – in einen KI-Knoten im Bundesstaat Johor steckt.",
          kind_alt=["capex_plan", "investment"],
          note="the ringgit amount (MYR 10bn) cannot be annotated because MYR is not in the currency set; the USD conversion is the amount; the reader comment 'Die zwei Milliarden für Johor' refers to the same deal"),
    ],
    "not_deals": ["rund zwölf Milliarden Dollar", "knapp 1,9 Milliarden Dollar",
                  "344 Milliarden Yuan", "ab 3 Euro im Monat"],
}

ARTICLES["005_bytedance_ki_budget_oawd.txt"] = {
    "published": "2025-01-23",
    "published_note": "from 'Ostasien-Wirtschaftsdienst | Unternehmen | 23.01.2025 – 06:40'; 'am Mittwoch' (next sentence) -> 2025-01-22",
    "language": "de",
    "deals": [
        D("bytedance-ai-2025", ["ByteDance"], "capex_plan", 12000000000, "USD", "at_least",
          "2025-01-22", "rumored", True,
          "PEKING (oawd) – Der Tiktok-Eigentümer ByteDance will Insidern zufolge in diesem Jahr mehr als zwölf Milliarden Dollar (rund 11,5 Milliarden Euro) in KI-Infrastruktur stecken.",
          alt_amounts=[{"amount": 11500000000, "currency": "EUR"}],
          note="spending plan for 2025 from insiders, reported 'am Mittwoch' (next sentence), called 'ungenau' by a spokesman; the 40bn yuan chip share is a part (not_deal); must stay apart from the 2026 capex plan (018-020)"),
    ],
    "not_deals": ["rund 40 Milliarden Yuan", "rund 80 Milliarden Yuan", "0,0008 Yuan je 1.000 Token",
                  "etwa 300 Milliarden Dollar", "mehr als 150 Milliarden Dollar"],
}

ARTICLES["006_alibaba_380_boersenlotse.txt"] = {
    "published": "2025-02-25",
    "published_note": "from '25.02.2025 | 08:14 Uhr'; 'am Montag' -> 2025-02-24",
    "language": "de",
    "deals": [
        D("alibaba-capex-2025", ["Alibaba"], "capex_plan", 380000000000, "CNY", "at_least",
          "2025-02-24", "planned", True,
          "Alibaba will in den kommenden drei Jahren mehr als 380 Milliarden Yuan (umgerechnet rund 50 Milliarden Euro) in Cloud-Infrastruktur und künstliche Intelligenz investieren, wie der Konzern am Montag mitteilte.",
          alt_amounts=[{"amount": 50000000000, "currency": "EUR"}, {"amount": 53000000000, "currency": "USD"}],
          note="three-year spending plan; 007 gives 'roughly $53bn'; the analyst's yearly average (127 billion yuan) is a derived figure, not a deal"),
    ],
    "not_deals": ["280,15 Milliarden Yuan", "31,74 Milliarden Yuan", "279 Milliarden Yuan",
                  "134,40 Hongkong-Dollar", "etwa 310 Milliarden Dollar", "170 Hongkong-Dollar",
                  "rund 127 Milliarden Yuan pro Jahr", "1,00 US-Dollar", "rund 40 Milliarden Dollar",
                  "3,90 Euro je Transaktion"],
}

ARTICLES["007_lantern_digest_feb_en.txt"] = {
    "published": "2025-02-28",
    "published_note": "from the issue line 'Friday, February 28, 2025 — Edition #61'; 'on Monday' -> 2025-02-24; 'earlier this month' -> 2025-02; 'last month' -> 2025-01",
    "language": "en",
    "deals": [
        D("alibaba-capex-2025", ["Alibaba"], "capex_plan", 380000000000, "CNY", "at_least",
          "2025-02-24", "planned", True,
          "Alibaba said on Monday it has earmarked at least RMB380bn – roughly $53bn – for cloud and AI hardware over the next three years.",
          note="same plan as 006; RMB = CNY"),
        D("groq-saudi-2025", ["Saudi Arabia", "Groq"], "investment", 1500000000, "USD", "exact",
          "2025-02", "announced", True,
          "At LEAP in Riyadh earlier this month, the kingdom of Saudi Arabia put up $1.5 billion for Groq, the Californian inference-chip designer, to enlarge its data centre in Dammam.",
          kind_alt=["other"],
          note="commitment announced at LEAP; 'earlier this month' -> February 2025; Groq's $2.8bn valuation is a not_deal"),
        D("smic-capex-2025", ["SMIC"], "capex_plan", 7300000000, "USD", "approx",
          "2025", "planned", True,
          "China's biggest foundry spent $7.33 billion on plant and equipment in 2024 and told analysts it expects to lay out roughly the same again this year – about $7.3 billion.",
          note="'China's biggest foundry' = SMIC (heading); the 2024 figure $7.33 billion in the same sentence is past spending (not_deal); no announcement day given -> the year"),
        D("bytedance-ai-2025", ["ByteDance"], "capex_plan", 12000000000, "USD", "at_least",
          "2025-01", "rumored", True,
          "The TikTok owner's reported plan to spend more than $12 billion on AI infrastructure this year, which surfaced last month, is still doing the rounds in Beijing.",
          note="'The TikTok owner' = ByteDance (heading and next sentence); 'last month' -> 2025-01"),
    ],
    "not_deals": ["$7.33 billion", "$2.21 billion", "$2.8 billion", "$5.6 million", "$589 billion",
                  "S$1,290", "S$490"],
}

ARTICLES["008_nvidia_h20_charge_waferstreet_en.html"] = {
    "published": "2025-04-16",
    "published_note": "from <meta article:published_time>, JSON-LD and the byline 'Apr 16, 2025, 9:05 PM ET'; 'said on Tuesday' -> 2025-04-15; 'a day after' -> 2025-04-14",
    "language": "en",
    "deals": [
        D("china-h20-orders-2025", ["Nvidia", "ByteDance", "Alibaba", "Tencent"], "supply",
          16000000000, "USD", "at_least", "2025", "rumored", True,
          "ByteDance, Alibaba and Tencent had between them placed H20 orders worth at least $16 billion in the first three months of the year, according to a report earlier this month.",
          note="orders of Nvidia's H20 placed in the first quarter (quarter -> year), known from a report; must stay apart from ByteDance's rumoured 2026 Nvidia purchase (019)"),
        D("nvidia-us-production-2025", ["Nvidia"], "capex_plan", 500000000000, "USD", "up_to",
          "2025-04-14", "planned", False,
          "The setback came a day after Nvidia pledged to have as much as $500 billion worth of AI supercomputers built on American soil within four years, working with TSMC, Foxconn and others.",
          kind_alt=["project"],
          note="production pledge with partners rather than Nvidia's own spending; background, optional"),
    ],
    "not_deals": ["$5.5bn", "$5.5 billion", "$14 billion to $16 billion", "up to $800 million",
                  "$104.49", "roughly $180 billion", "$17.1 billion", "$25,000", "$2 an hour",
                  "$0 commission"],
}

ARTICLES["009_humain_riad_wirtschaftsbote.txt"] = {
    "published": "2025-05-14",
    "published_note": "from the date line 'Mittwoch, 14. Mai 2025 · Wirtschaft · Seite 7'; 'am Dienstag' -> 2025-05-13; 'Bereits im Februar' -> 2025-02",
    "language": "de",
    "deals": [
        N("nvidia-humain-gb300-2025", ["Nvidia", "Humain"], "supply", "2025-05", "announced",
          "Nvidia will Humain zunächst 18.000 Chips seiner neuesten Generation GB300 liefern; über den Preis schwiegen beide Seiten.",
          note="no price (the analysts' unit price is a not_deal); first Nvidia-Humain deal, must stay apart from the November 2025 licence (017, 020)"),
        D("amd-humain-2025", ["AMD", "Humain"], "partnership", 10000000000, "USD", "exact",
          "2025-05-13", "announced", True,
          "Deutlich konkreter wurde AMD: Gemeinsam mit Humain will der Chipkonzern binnen fünf Jahren zehn Milliarden Dollar für KI-Rechenzentren aufwenden, wie am Dienstag bekannt wurde.",
          kind_alt=["joint_venture", "investment", "supply"],
          alt_amounts=[{"amount": 2000000000, "currency": "USD"}],
          note="five-year collaboration; 014 states it as 'about two billion dollars a year' (alt amount); must stay apart from the AMD/Cisco/Humain venture (017)"),
        D("aws-humain-2025", ["Amazon", "Humain"], "investment", 5000000000, "USD", "at_least",
          "2025-05-13", "planned", True,
          "Zugleich planen Amazons Cloudsparte AWS und Humain eine „KI-Zone\" im Königreich, in die mehr als fünf Milliarden Dollar fließen sollen.",
          kind_alt=["project", "partnership"],
          note="'am Dienstag' in the sentence before"),
        D("groq-saudi-2025", ["Saudi Arabia", "Groq"], "investment", 1500000000, "USD", "exact",
          "2025-02", "announced", True,
          "Bereits im Februar sagte Riad dem Inferenz-Spezialisten Groq aus Kalifornien 1,5 Milliarden Dollar zu, damit dieser sein Rechenzentrum in Dammam erweitert.",
          kind_alt=["other"],
          note="'Riad' = the Saudi state (metonymy)"),
        D("saudi-us-pledge-2025", ["Saudi Arabia", "United States"], "investment", 600000000000,
          "USD", "exact", "2025-05", "planned", False,
          "Kronprinz Mohammed bin Salman versprach obendrein, saudisches Kapital im Umfang von 600 Milliarden Dollar in Amerika anzulegen, ohne Einzelheiten zu nennen.",
          note="vague state investment pledge without details; optional"),
    ],
    "not_deals": ["rund 925 Milliarden Dollar", "60.000 bis 70.000 Dollar", "1,285 Billionen Riyal",
                  "knapp 14 Millionen Euro", "ab 1.890 Euro p. P."],
}

ARTICLES["010_uae_campus_corniche_en.txt"] = {
    "published": "2025-05-16",
    "published_note": "from the byline 'By Layla Haddadin-Fraser | 16 May 2025, 18:40 GST'; 'on Thursday' -> 2025-05-15; 'On Tuesday' -> 2025-05-13; 'In March' -> 2025-03",
    "language": "en",
    "deals": [
        N("uae-us-campus-2025", ["United Arab Emirates", "United States", "G42"], "project",
          "2025-05-15", "announced",
          "ABU DHABI – The United Arab Emirates and the United States on Thursday unveiled plans for an AI campus of up to five gigawatts in Abu Dhabi, the largest such site outside America.",
          kind_alt=["partnership"],
          note="no price published; G42 builds it (next sentence); the analysts' $25-30bn cost estimate is a not_deal; optional"),
        N("nvidia-uae-chips-2025", ["Nvidia", "United Arab Emirates"], "supply", "2025-05",
          "negotiating",
          "People briefed on a draft arrangement say the UAE could import up to 500,000 of Nvidia's most advanced chips a year from 2025, with roughly a fifth earmarked for G42.",
          note="draft arrangement, units only, not signed; optional"),
        D("uae-us-pledge-2025", ["United Arab Emirates", "United States"], "investment",
          1400000000000, "USD", "exact", "2025-03", "planned", False,
          "In March the Emiratis promised $1.4 trillion of investment in the US economy over ten years, a figure officials in Washington like to quote and economists like to doubt.",
          note="vague state investment pledge; optional"),
        D("amd-humain-2025", ["AMD", "Humain"], "partnership", 10000000000, "USD", "exact",
          "2025-05-13", "announced", True,
          "On Tuesday Humain, the new AI company of the Public Investment Fund, lined up a $10 billion, five-year collaboration with AMD and more than $5 billion with Amazon Web Services for a so-called AI Zone.",
          kind_alt=["joint_venture", "investment", "supply"],
          note="two deals in one sentence (with aws-humain-2025)"),
        D("aws-humain-2025", ["Amazon", "Humain"], "investment", 5000000000, "USD", "at_least",
          "2025-05-13", "planned", True,
          "On Tuesday Humain, the new AI company of the Public Investment Fund, lined up a $10 billion, five-year collaboration with AMD and more than $5 billion with Amazon Web Services for a so-called AI Zone.",
          kind_alt=["project", "partnership"],
          note="two deals in one sentence (with amd-humain-2025)"),
    ],
    "not_deals": ["$25 billion to $30 billion", "$1.7 trillion", "AED 2,400 per square metre a year",
                  "AED 85,000 a month"],
}

ARTICLES["011_h20_comeback_lithobrief.txt"] = {
    "published": "2025-07-30",
    "published_note": "from 'KW 31 · Mittwoch, 30.07.2025'; 'zu Jahresbeginn' (first quarter) -> 2025; 'Nun' -> 2025-07",
    "language": "de",
    "deals": [
        D("china-h20-orders-2025", ["Nvidia", "ByteDance", "Alibaba", "Tencent"], "supply",
          16000000000, "USD", "at_least", "2025", "rumored", True,
          "Schon zu Jahresbeginn hatten ByteDance, Alibaba und Tencent Berichten zufolge H20-Chips für mindestens 16 Milliarden Dollar bestellt, bevor der Stopp im April alles einfror.",
          note="same orders as 008; Nvidia named in the paragraph before"),
        N("nvidia-tsmc-h20-2025", ["Nvidia", "TSMC"], "supply", "2025-07", "rumored",
          "Nun soll Nvidia bei TSMC Insidern zufolge 300.000 weitere H20 in Auftrag gegeben haben, um die Lager wieder aufzufüllen.",
          note="units only, unconfirmed; optional"),
    ],
    "not_deals": ["4,5 Milliarden Dollar", "2,5 Milliarden Dollar", "acht Milliarden Dollar",
                  "etwa 10.000 Dollar", "rund acht Millionen Dollar pro Einheit", "690 Euro",
                  "490 Euro", "480 Euro"],
}

ARTICLES["012_asia_chips_live_thamesgate_en.txt"] = {
    "published": "2025-08-25",
    "published_note": "from the liveblog line 'Last updated: 25/08/2025 14:32 BST'; 'earlier this month' -> 2025-08; 'last month' -> 2025-07",
    "language": "en",
    "deals": [
        D("cambricon-placement-2025", ["Cambricon"], "investment", 3980000000, "CNY", "up_to",
          "2025-08", "announced", True,
          "Cambricon's plan to raise up to 3.98 billion yuan ($555 million) through a private share sale won the Shanghai exchange's approval earlier this month; the proceeds are meant for chips and software for large AI models.",
          alt_amounts=[{"amount": 555000000, "currency": "USD"}],
          note="private placement approved this month (buyers unnamed); completed per 015; 014 and 015 say 'nearly four billion yuan'"),
        N("nvidia-tsmc-h20-2025", ["Nvidia", "TSMC"], "supply", "2025-07", "rumored",
          "That would leave in limbo much of the 300,000-chip order it was said to have placed with TSMC last month.",
          note="'it' = Nvidia (sentence before); same reported order as 011, now in limbo; optional"),
        N("nvidia-amd-us-revenue-share-2025", ["Nvidia", "AMD", "United States"], "other",
          "2025-08", "signed",
          "Remember the unusual bargain struck earlier this month: Nvidia and AMD agreed to hand the US government 15% of the revenue from their China sales of the H20 and the MI308 in exchange for export licences.",
          note="revenue share for licences, a percentage and no amount; optional"),
    ],
    "not_deals": ["1,243.20 yuan", "520 billion yuan", "2.9 billion yuan", "4.1 billion yuan",
                  "£2.95 per deal", "940 yuan", "HK$53.10"],
}

ARTICLES["013_alibaba_apsara_mainufer.txt"] = {
    "published": "2025-09-25",
    "published_note": "from the date line 'Donnerstag, 25. September 2025'; 'am Mittwoch' -> 2025-09-24; 'im Februar' -> 2025-02; 'vergangene Woche' -> 2025-09",
    "language": "de",
    "deals": [
        N("alibaba-capex-raise-2025", ["Alibaba"], "capex_plan", "2025-09-24", "planned",
          "Vorstandschef Eddie Wu sagte am Mittwoch auf der Hauskonferenz Apsara in Hangzhou, der Konzern werde über die bisher zugesagte Summe hinausgehen; eine neue Zahl nannte er nicht.",
          note="raise of the plan without a figure; optional; must stay apart from the 380 billion yuan plan"),
        D("alibaba-capex-2025", ["Alibaba"], "capex_plan", 380000000000, "CNY", "at_least",
          "2025-02", "planned", True,
          "Erst im Februar hatte Alibaba angekündigt, binnen drei Jahren mindestens 380 Milliarden Yuan in Cloud-Infrastruktur und KI zu investieren.",
          note="restated February plan"),
        N("alibaba-overseas-dc-2025", ["Alibaba"], "project", "2025-09-24", "announced",
          "Alibaba kündigte zudem neue Rechenzentren in Brasilien, Frankreich und den Niederlanden an und vereinbarte mit Nvidia eine Zusammenarbeit bei Software für Roboter und autonome Fahrzeuge.",
          kind_alt=["capex_plan"],
          note="new data centres without amount; optional"),
        N("alibaba-nvidia-physical-ai-2025", ["Alibaba", "Nvidia"], "partnership", "2025-09-24",
          "announced",
          "Alibaba kündigte zudem neue Rechenzentren in Brasilien, Frankreich und den Niederlanden an und vereinbarte mit Nvidia eine Zusammenarbeit bei Software für Roboter und autonome Fahrzeuge.",
          note="software cooperation, no amount; optional"),
        N("rtx6000d-orders-cancelled-2025", ["Alibaba", "ByteDance", "Nvidia"], "supply", "2025",
          "cancelled",
          "Chinas Internetaufsicht hat Alibaba und ByteDance vergangene Woche Berichten zufolge angewiesen, Tests mit Nvidias China-Chip RTX Pro 6000D einzustellen und bestehende Bestellungen zu stornieren.",
          note="orders cancelled on the regulator's instruction; date of the original orders unknown -> the year; optional"),
    ],
    "not_deals": ["rund vier Billionen Dollar", "174,30 Hongkong-Dollar", "rund 400 Milliarden Dollar",
                  "38,7 Milliarden Yuan", "33,4 Milliarden Yuan"],
}

ARTICLES["014_interview_dragonfly_en.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Reading time: 7 min'); 'last year' and 'three years ago' cannot be resolved, so every deal date is null",
    "language": "en",
    "deals": [
        D("amd-humain-2025", ["AMD", "Humain"], "partnership", 2000000000, "USD", "approx",
          None, "announced", True,
          "Take AMD and Humain: their arrangement works out at about two billion dollars a year for five years, and every shipment still needs Washington's blessing.",
          per="year", kind_alt=["joint_venture", "investment", "supply"],
          note="the $10bn five-year collaboration (009) stated as a yearly rate; undated interview"),
        D("microsoft-g42-kenya-2024", ["Microsoft", "G42"], "project", 1000000000, "USD", "exact",
          None, "planned", True,
          "Or Microsoft and G42 in Kenya, a $1bn programme that was as much diplomacy as data centre.",
          kind_alt=["investment", "capex_plan"],
          note="restated Kenya programme (003); undated interview"),
        D("cambricon-placement-2025", ["Cambricon"], "investment", 4000000000, "CNY", "approx",
          None, "completed", True,
          "Cambricon raised nearly four billion yuan from investors in a private placement to fund chips for large models, and the state funds keep coming.",
          note="same placement as 012 and 015; 'nearly' read as approx; undated interview"),
    ],
    "not_deals": ["179.7 billion yuan", "$450,000 a year", "$10m–12m a megawatt", "$19", "$68"],
}

ARTICLES["015_cambricon_kurswaran.txt"] = {
    "published": "2025-10-14",
    "published_note": "from '14.10.2025 – 16:05 Uhr'; 'im August genehmigte' -> 2025-08; the Datasection report carries no date -> 2025",
    "language": "de",
    "deals": [
        D("cambricon-placement-2025", ["Cambricon"], "investment", 4000000000, "CNY", "approx",
          "2025-08", "completed", True,
          "Die im August genehmigte Privatplatzierung über knapp vier Milliarden Yuan ist abgeschlossen, teilte das Unternehmen mit.",
          note="completion of the placement approved in August (012); the issue price per share is a not_deal"),
        D("datasection-tencent-2025", ["Datasection", "Tencent"], "cloud_contract", 100000000000,
          "JPY", "range", "2025", "rumored", True,
          "Der Tokioter Rechenzentrumsbetreiber Datasection soll dem Internetkonzern laut einem Bericht der Finanzpresse über mehrere Jahre Rechenleistung auf Basis von Blackwell-Prozessoren bereitstellen; der Vertrag habe ein Volumen zwischen 100 und 120 Milliarden Yen.",
          amount_max=120000000000,
          note="'dem Internetkonzern' = Tencent (sentence before); reported contract, Datasection confirms only an order from an 'asiatischen Kunden'; no report date -> the year"),
    ],
    "not_deals": ["1.195,02 Yuan", "2,88 Milliarden Yuan", "rund 1,04 Milliarden Yuan",
                  "rund 1.325 Yuan", "knapp 560 Milliarden Yuan", "2.460 Yen",
                  "19,1 Milliarden Yuan", "ab 25 Euro monatlich", "0 Euro Ordergebühr"],
}

ARTICLES["016_microsoft_uae_khortech_en.html"] = {
    "published": "2025-11-04",
    "published_note": "from <meta name=pubdate>, JSON-LD and the byline 'Tue 4 Nov 2025 · 09:10 GST'; 'said on Monday' -> 2025-11-03; 'last year' -> 2024",
    "language": "en",
    "deals": [
        D("microsoft-uae-2025", ["Microsoft"], "capex_plan", 15200000000, "USD", "exact",
          "2025-11-03", "announced", True,
          "Microsoft said on Monday that its spending in the United Arab Emirates from 2023 through 2029 will total $15.2 billion (AED 55.8 billion), its most detailed account yet of its Gulf ambitions.",
          term=["2023", "2029"], kind_alt=["investment"],
          alt_amounts=[{"amount": 55800000000, "currency": "AED"}],
          note="spending plan 2023-2029; the $7.3bn already spent and the $7.9bn still to come are parts (not_deals)"),
        D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1500000000, "USD", "exact",
          "2024", "signed", True,
          "The company says $7.3 billion of that was already out of the door before 2025 ended, a sum that counts the $1.5bn it paid for a stake in G42 last year, and that $7.9 billion will follow from 2026.",
          note="restated 2024 stake inside a sentence about the parts of the UAE plan; it is a deal of its own (001), although it is counted in the $15.2bn"),
        N("microsoft-uae-licence-2025", ["Microsoft", "Nvidia"], "other", "2025-11", "announced",
          "At the same time the software group confirmed that the US Commerce Department had licensed it to ship advanced Nvidia GPUs to the country, the equivalent of tens of thousands of A100 chips, much of it in the newer GB300 form.",
          kind_alt=["supply"],
          note="export licence, units only; optional"),
        N("khazna-microsoft-2025", ["Khazna", "Microsoft"], "partnership", "2025-11", "announced",
          "G42's data-centre arm Khazna is adding 200 megawatts of capacity for Microsoft's cloud in the emirates; the companies did not give a value.",
          kind_alt=["cloud_contract"],
          note="capacity expansion without value; optional"),
        N("uae-us-campus-2025", ["United Arab Emirates", "United States", "G42"], "project", None,
          "announced",
          "G42 has said it wants to bring the first 200 megawatts of the wider UAE–US campus online next year, and the emirate's power company is adding gas turbines to serve it.",
          kind_alt=["partnership"],
          note="background reference to the campus of 010, no date given; optional"),
    ],
    "not_deals": ["$7.3 billion", "$7.9 billion", "$34.9 billion", "AED 1,499", "AED 39 a month"],
}

ARTICLES["017_golf_lizenzen_lippeland.html"] = {
    "published": "2025-11-20",
    "published_note": "only from <meta name=date> and JSON-LD datePublished 2025-11-20 (no visible date); 'am Mittwoch' -> 2025-11-19; 'im Mai' -> 2025-05; 'Anfang des Monats' -> 2025-11",
    "language": "de",
    "deals": [
        D("nvidia-g42-licence-2025", ["Nvidia", "G42"], "supply", 1000000000, "USD", "approx",
          "2025-11-19", "announced", True,
          "Das Handelsministerium erlaubt Nvidia den Export von jeweils bis zu 35.000 Blackwell-Chips an G42 in Abu Dhabi und an Humain in Riad; der Warenwert liegt Branchenschätzungen zufolge bei jeweils rund einer Milliarde Dollar.",
          note="licensed sale valued only by industry estimates, 'jeweils' = per buyer; two deals in one sentence (with nvidia-humain-licence-2025); 'am Mittwoch' in the sentence before"),
        D("nvidia-humain-licence-2025", ["Nvidia", "Humain"], "supply", 1000000000, "USD", "approx",
          "2025-11-19", "announced", True,
          "Das Handelsministerium erlaubt Nvidia den Export von jeweils bis zu 35.000 Blackwell-Chips an G42 in Abu Dhabi und an Humain in Riad; der Warenwert liegt Branchenschätzungen zufolge bei jeweils rund einer Milliarde Dollar.",
          note="second Nvidia-Humain deal, must stay apart from the 18,000-chip supply of May (009)"),
        N("xai-humain-dc-2025", ["xAI", "Humain"], "project", "2025-11-19", "planned",
          "Mit dem Unternehmen xAI will es in Saudi-Arabien ein Rechenzentrum mit 500 Megawatt errichten, mit AMD und Cisco ein Gemeinschaftsunternehmen gründen.",
          kind_alt=["joint_venture", "partnership"],
          note="'es' = Humain; no figures ('Zahlen nannten die Partner nicht'); optional"),
        N("amd-cisco-humain-jv-2025", ["AMD", "Cisco", "Humain"], "joint_venture", "2025-11-19",
          "planned",
          "Mit dem Unternehmen xAI will es in Saudi-Arabien ein Rechenzentrum mit 500 Megawatt errichten, mit AMD und Cisco ein Gemeinschaftsunternehmen gründen.",
          note="no figures; optional; must stay apart from the $10bn AMD-Humain collaboration"),
        D("amd-humain-2025", ["AMD", "Humain"], "partnership", 10000000000, "USD", "exact",
          "2025-05", "announced", True,
          "Der 10-Milliarden-Dollar-Pakt, den AMD und Humain im Mai geschlossen hatten, bleibt davon unberührt.",
          kind_alt=["joint_venture", "investment", "supply"],
          note="compound amount; 'im Mai' -> 2025-05"),
        D("microsoft-uae-2025", ["Microsoft"], "capex_plan", 15200000000, "USD", "exact",
          "2025-11", "announced", True,
          "Auch Microsoft profitiert: Der Konzern hatte Anfang des Monats angekündigt, bis Ende 2029 insgesamt 15,2 Milliarden Dollar in den Emiraten zu investieren, und dafür ebenfalls Lizenzen erhalten.",
          term=[None, "2029"], kind_alt=["investment"],
          note="'Anfang des Monats' -> 2025-11 (month only)"),
    ],
    "not_deals": ["57 Milliarden Dollar", "rund 65 Milliarden Dollar", "250.000 Euro", "2,50 Euro",
                  "100.000 Euro", "9,90 Euro monatlich"],
}

ARTICLES["018_smic_smnc_bundstreet_en.txt"] = {
    "published": "2025-12-30",
    "published_note": "from 'December 30, 2025 | 05:55 GMT'; dateline 'Dec 29', 'announced on Monday' -> 2025-12-29; 'last week' and 'this month' -> 2025-12",
    "language": "en",
    "deals": [
        D("smic-smnc-2025", ["SMIC", "SMIC North"], "acquisition", 40600000000, "CNY", "approx",
          "2025-12-29", "announced", True,
          "SHANGHAI, Dec 29 (Bund Street) - Semiconductor Manufacturing International Corp announced on Monday a plan to acquire the 49% of its Beijing subsidiary SMIC North that it does not already own, paying about 40.6 billion yuan ($5.8 billion) in newly issued shares.",
          alt_amounts=[{"amount": 5800000000, "currency": "USD"}, {"amount": 5000000000, "currency": "EUR"}],
          note="purchase of the 49% minority in SMNC, paid in shares; 019 gives 'rund fünf Milliarden Euro'"),
        D("bytedance-capex-2026", ["ByteDance"], "capex_plan", 160000000000, "CNY", "approx",
          "2025-12", "rumored", True,
          "Elsewhere, ByteDance plans to raise capital expenditure to about 160 billion yuan ($22.8 billion) in 2026, people familiar with the matter said last week, up from an estimated 150 billion yuan this year.",
          alt_amounts=[{"amount": 22800000000, "currency": "USD"}, {"amount": 19500000000, "currency": "EUR"}],
          note="2026 plan from sources; the estimated 150 billion yuan for 2025 (same sentence) is an estimate of this year's spending (not_deal) and the 85 billion yuan for processors a part (not_deal); must stay apart from the 2025 plan (005, 007, 019)"),
        N("nvidia-h200-us-share-2025", ["Nvidia", "United States"], "other", "2025-12", "announced",
          "Washington this month cleared sales of the H200 to approved Chinese customers, with a quarter of the proceeds going to the US government, but Beijing has yet to say whether it will allow purchases.",
          note="share of proceeds for the US government, no amount; optional"),
    ],
    "not_deals": ["$2.38 billion", "an estimated 150 billion yuan", "Around 85 billion yuan"],
}

ARTICLES["019_bytedance_2026_wochenwaage.txt"] = {
    "published": "2026-01-09",
    "published_note": "from the date line 'Nr. 2 · Freitag, 9. Januar 2026'; 'Kurz vor Weihnachten' and 'im Dezember' -> 2025-12; 'Vor einem Jahr' -> 2025-01; 'am 29. Dezember' -> 2025-12-29; the Nvidia purchase report carries no date -> 2026-01",
    "language": "de",
    "deals": [
        D("bytedance-capex-2026", ["ByteDance"], "capex_plan", 160000000000, "CNY", "approx",
          "2025-12", "rumored", True,
          "Kurz vor Weihnachten sickerte durch, dass das Unternehmen seine Investitionsausgaben 2026 auf rund 160 Milliarden Yuan (etwa 19,5 Milliarden Euro) steigern will.",
          note="'das Unternehmen' = ByteDance (sentence before); the reader's letter repeats the figure"),
        D("bytedance-ai-2025", ["ByteDance"], "capex_plan", 12000000000, "USD", "at_least",
          "2025-01", "rumored", True,
          "Vor einem Jahr war für 2025 noch von gut zwölf Milliarden Dollar allein für KI-Infrastruktur die Rede gewesen – damals dementierte der Konzern halbherzig, heute schweigt er.",
          note="restated 2025 plan; 'gut' read as at_least"),
        D("bytedance-nvidia-2026", ["ByteDance", "Nvidia"], "supply", 14000000000, "USD", "approx",
          "2026-01", "rumored", True,
          "Mehr noch: Insidern zufolge will ByteDance in diesem Jahr für rund 14 Milliarden Dollar Nvidia-Chips kaufen, sofern Peking die Einfuhr des H200 genehmigt.",
          note="conditional purchase from insiders; second ByteDance-Nvidia deal, must stay apart from the 2025 H20 orders (008, 011)"),
        N("nvidia-h200-us-share-2025", ["Nvidia", "United States"], "other", "2025-12", "announced",
          "Washington hat den Verkauf im Dezember freigegeben, behält aber ein Viertel der Erlöse ein.",
          note="same arrangement as 018; optional"),
        D("smic-smnc-2025", ["SMIC", "SMIC North"], "acquisition", 5000000000, "EUR", "approx",
          "2025-12-29", "announced", True,
          "SMIC übernimmt für rund fünf Milliarden Euro die restlichen 49 Prozent seiner Pekinger Tochter SMNC, wie der Konzern am 29. Dezember bekannt gab; bezahlt wird in eigenen Aktien.",
          note="same deal as 018, here only in EUR"),
    ],
    "not_deals": ["etwa 27.000 Dollar", "etwa 2,5 Milliarden Euro", "mehreren Milliarden Euro",
                  "7,90 Euro monatlich", "4,90 Euro"],
}

ARTICLES["020_fabline_year_on_en.txt"] = {
    "published": "2026-11-12",
    "published_note": "from the byline 'Posted 12 November 2026 by Tobias Wrenfield'; 'A year ago this month' and 'Around the same time' -> 2025-11; 'In June' -> 2026-06; 'last December' -> 2025-12",
    "language": "en",
    "deals": [
        D("nvidia-g42-licence-2025", ["Nvidia", "G42"], "supply", 1000000000, "USD", "approx",
          "2025-11", "announced", True,
          "A year ago this month Washington approved exports of up to 35,000 Blackwell chips each to G42 and Humain, shipments reckoned to be worth about $1bn per buyer.",
          note="two deals in one sentence; 'per buyer' is not a rate; Nvidia named later ('ended up with Nvidia'); the comment '$1bn per buyer looks low' repeats the figure"),
        D("nvidia-humain-licence-2025", ["Nvidia", "Humain"], "supply", 1000000000, "USD", "approx",
          "2025-11", "announced", True,
          "A year ago this month Washington approved exports of up to 35,000 Blackwell chips each to G42 and Humain, shipments reckoned to be worth about $1bn per buyer.",
          note="second deal of the sentence"),
        D("microsoft-uae-2025", ["Microsoft"], "capex_plan", 15200000000, "USD", "exact",
          "2025-11", "announced", True,
          "Around the same time Microsoft spelled out what it would spend in the Emirates: $15.2bn between 2023 and 2029.",
          term=["2023", "2029"], kind_alt=["investment"],
          note="'Around the same time' -> 2025-11"),
        D("humain-credit-facility-2026", ["Humain"], "other", 4500000000, "USD", "exact",
          "2026-06", "signed", True,
          "In June, Humain signed a $4.5 billion credit facility with a group of Saudi and Asian banks to fund its first two campuses in Riyadh and Dammam, the company said.",
          kind_alt=["investment"],
          note="invented loan; lenders unnamed; 'the Humain loan' in a comment is the same deal"),
        D("bytedance-capex-2026", ["ByteDance"], "capex_plan", 160000000000, "CNY", "approx",
          "2025-12", "rumored", True,
          "ByteDance went into 2026 with a capex budget of roughly 160 billion yuan, first reported last December, and Alibaba is still working through the 380 billion yuan, three-year programme it unveiled in February 2025.",
          note="two deals in one sentence (with alibaba-capex-2025)"),
        D("alibaba-capex-2025", ["Alibaba"], "capex_plan", 380000000000, "CNY", "exact",
          "2025-02", "planned", True,
          "ByteDance went into 2026 with a capex budget of roughly 160 billion yuan, first reported last December, and Alibaba is still working through the 380 billion yuan, three-year programme it unveiled in February 2025.",
          note="second deal of the sentence"),
        N("huawei-malaysia-cluster", ["Huawei"], "project", None, "cancelled",
          "Meanwhile a Huawei Ascend cluster planned with a Malaysian operator was quietly dropped in the spring, a reminder that Washington's reach extends well beyond China.",
          note="dropped project, operator unnamed, no amount, date of the original plan not given; optional"),
    ],
    "not_deals": ["below $3bn", "about $3.9 million", "$11 million per megawatt", "$5 trillion",
                  "$8 a month"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"gold.json written: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
