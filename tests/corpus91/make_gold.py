#!/usr/bin/env python3
"""Write gold.json: the hand annotation of tests/corpus91/articles/.

Usage: python3 tests/corpus91/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json and check it with
check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the ninety-first, held-out test corpus (tests/corpus91/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. Theme: AI data centres and AI chips in South Korea (SK Group and AWS in "
    "Ulsan, OpenAI's Stargate letters with Samsung and SK hynix, KT and Microsoft, Naver, Kakao, "
    "FuriosaAI and Rebellions, Korean banks and the National Pension Service, a regional utility and "
    "local developers) and German coverage of it. One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks amount-less, vague, denied or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units "
    "and in the currency the article states; 'amount_max' closes a range; 'qualifier' is exact | approx "
    "| up_to | at_least | range; 'per' ('year') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's date line, dateline, "
    "issue line, byline, or only its meta tag / JSON-LD, or null when the article has none); a "
    "cancelled deal keeps the date of the original talks; 'term' is the period the deal covers, where "
    "the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For "
    ".html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Saebit Semicon, Haemaru Capital, Taehwa Grid, "
    "Dongbaek Development, Sodam Cloud, Yeonhwa Cooling (Systems), Yeongsan Data Campus, Namhae Offshore "
    "Wind, Gaon Transformer, Oryun Data; invented publications, research houses, advertisers and people "
    "are listed in invented_names.txt. Deals of real companies are retold from public reports with "
    "details shifted or simplified (see README.md); some are invented. Nothing here is reporting."
)

ALIASES = {
    # real companies
    "SK hynix": ["SK hynix", "SK Hynix"],
    "SK Group": ["SK Group", "SK-Gruppe", "SK"],
    "SK Telecom": ["SK Telecom"],
    "Sapeon": ["Sapeon"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS", "Amazons"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "OpenAI": ["OpenAI"],
    "SoftBank": ["SoftBank"],
    "Oracle": ["Oracle"],
    "KT": ["KT", "KT Cloud", "KT Corp."],
    "Microsoft": ["Microsoft", "Azure"],
    "FuriosaAI": ["FuriosaAI", "Furiosa", "Furiosas"],
    "Meta": ["Meta", "Meta Platforms"],
    "Korea Development Bank": ["Korea Development Bank", "KDB"],
    "Rebellions": ["Rebellions"],
    "Arm": ["Arm"],
    "LG AI Research": ["LG"],
    "Hyundai Motor Group": ["Hyundai Motor Group", "Hyundai"],
    "Nvidia": ["Nvidia"],
    "Naver": ["Naver", "Naver Cloud"],
    "Kakao": ["Kakao"],
    "Shinhan Bank": ["Shinhan Bank", "Shinhan"],
    "KB Kookmin Bank": ["KB Kookmin Bank", "KB Kookmin"],
    "National Pension Service": ["National Pension Service", "NPS"],
    "Woori Bank": ["Woori Bank"],
    # invented companies
    "Saebit Semicon": ["Saebit Semicon", "Saebit"],
    "Haemaru Capital": ["Haemaru Capital", "Haemaru"],
    "Taehwa Grid": ["Taehwa Grid", "Taehwa Grid Co.", "Taehwa"],
    "Dongbaek Development": ["Dongbaek Development", "Dongbaek"],
    "Sodam Cloud": ["Sodam Cloud", "Sodam"],
    "Yeonhwa Cooling": ["Yeonhwa Cooling Systems"],
    "Yeongsan Data Campus": ["Yeongsan Data Campus", "Yeongsan Data Campus Corp."],
    "Namhae Offshore Wind": ["Namhae Offshore Wind"],
    "Gaon Transformer": ["Gaon Transformer"],
    "Oryun Data": ["Oryun Data"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("per", "term", "kind_alt", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


NONE = dict(amount=None, currency=None, qualifier=None)

A = {}

# --------------------------------------------------------------------------- 001
A["001_skhynix_indiana_hanseong_en.txt"] = {
    "published": "2024-04-03",
    "published_note": "date line 'April 3, 2024 · 11:48 KST' and dateline 'SEOUL, April 3' (a Wednesday); 'on Wednesday' -> 2024-04-03; 'last month' -> 2024-03",
    "language": "en",
    "deals": [
        deal("sk-hynix-indiana-2024", ["SK hynix"], "capex_plan", 3870000000, "USD", "approx", "2024-04-03", "announced",
             "SEOUL, April 3 (Hanseong Wire) – SK hynix will put roughly $3.87 billion into a factory in West Lafayette, Indiana, that is to stack and package its high-bandwidth memory, the Icheon-based memory maker announced on Wednesday.",
             kind_alt=["project"],
             note="the spender's own plant plan; 002 restates it as 'knapp 3,9 Milliarden Dollar'; different from the M15X plan of 002"),
        deal("saebit-seriesb-2024", ["Saebit Semicon", "Haemaru Capital"], "investment", 95000000000, "KRW", "exact", "2024-03", "completed",
             "Saebit Semicon, a Pangyo designer of inference accelerators built around HBM, completed a 95 billion won ($70 million) Series B round last month.",
             alt_amounts=[alt(70000000, "USD")],
             note="the lead investor Haemaru Capital is named in the next sentence ('led it'); 'last month' -> 2024-03; first of two Haemaru-Saebit deals (017: the 2026 bridge loan)"),
    ],
    "not_deals": ["up to $45 million", "$61,000 a year", "346 billion won", "$30 billion", "186,300 won",
                  "410 billion won", "131 billion won"],
}

# --------------------------------------------------------------------------- 002
A["002_skhynix_cheongju_fernost.txt"] = {
    "published": "2024-04-25",
    "published_note": "date line 'Donnerstag, 25. April 2024'; 'am Mittwoch' -> 2024-04-24; 'Anfang April' -> 2024-04",
    "language": "de",
    "deals": [
        deal("sk-hynix-m15x-2024", ["SK hynix"], "capex_plan", 20000000000000, "KRW", "approx", "2024-04-24", "announced",
             "SEOUL. Der Speicherchiphersteller SK Hynix will rund 20 Billionen Won, umgerechnet etwa 13,6 Milliarden Euro, in eine neue Fertigung in Cheongju stecken.",
             kind_alt=["project"], alt_amounts=[alt(13600000000, "EUR")],
             note="'Billionen' = trillions; 'Das gab der Konzern am Mittwoch bekannt' in the next sentence gives the day; the 5,3 Billionen Won for buildings are part of it (not_deal)"),
        deal("sk-hynix-indiana-2024", ["SK hynix"], "capex_plan", 3900000000, "USD", "approx", "2024-04", "announced",
             "Erst Anfang April hatten die Südkoreaner angekündigt, im US-Bundesstaat Indiana ein Werk für das Verpacken solcher Stapel zu errichten – Kostenpunkt laut Unternehmen knapp 3,9 Milliarden Dollar.",
             kind_alt=["project"],
             note="'die Südkoreaner' = SK Hynix; 'knapp' (just under) 3.9bn = the $3.87bn of 001; 'Anfang April' gives the month"),
    ],
    "not_deals": ["5,3 Billionen Won", "12,43 Billionen Won", "2,89 Billionen Won", "3,4 Billionen Won",
                  "181.200 Won", "240.000 Won", "30 Milliarden Won", "149 Euro"],
}

# --------------------------------------------------------------------------- 003
A["003_kt_microsoft_bukchon_en.txt"] = {
    "published": "2024-09-30",
    "published_note": "'Published : Sep. 30, 2024 - 17:05' (a Monday); 'on Sunday' -> 2024-09-29",
    "language": "en",
    "deals": [
        deal("kt-microsoft-2024", ["KT", "Microsoft"], "partnership", 2400000000000, "KRW", "exact", "2024-09-29", "announced",
             "KT and Microsoft plan to pour a combined 2.4 trillion won, or about $1.8 billion, into artificial intelligence and cloud services for Korean customers during the coming five years, the two companies said on Sunday after KT chief executive Kim Young-shub met Microsoft's Satya Nadella at the US group's headquarters in Redmond.",
             kind_alt=["investment", "joint_venture", "capex_plan"],
             alt_amounts=[alt(1800000000, "USD"), alt(1600000000, "EUR")],
             note="joint five-year commitment, split between the partners not disclosed; EUR figure from 004; reported by 003, 004, 005, 019; different from the 2026 Azure GPU contract (019)"),
    ],
    "not_deals": ["26.4 trillion won", "4.6 trillion won", "43,150 won", "10.9 trillion won",
                  "200 billion to 300 billion won a year", "52,000 won"],
}

# --------------------------------------------------------------------------- 004
A["004_kt_microsoft_aktienfaehrte.txt"] = {
    "published": "2024-10-01",
    "published_note": "portal line '01.10.2024 | 08:12 Uhr' (a Tuesday); 'am Wochenende' -> 2024-09 (28/29 September); 'Vergangene Woche' -> 2024-09",
    "language": "de",
    "deals": [
        deal("kt-microsoft-2024", ["KT", "Microsoft"], "partnership", 2400000000000, "KRW", "exact", "2024-09", "announced",
             "Über fünf Jahre wollen die beiden Unternehmen gemeinsam 2,4 Billionen Won (rund 1,6 Milliarden Euro) in KI-Modelle, Cloud-Dienste und ein Innovationszentrum in Seoul stecken.",
             kind_alt=["investment", "joint_venture", "capex_plan"],
             note="'die beiden Unternehmen' = KT and Microsoft of the previous sentence ('am Wochenende verkündete Partnerschaft')"),
        deal("kt-haemaru-gasan-2024", ["KT", "Haemaru Capital"], "acquisition", 182000000000, "KRW", "exact", "2024-09", "completed",
             "Vergangene Woche hat die Tochter KT Cloud ein Rechenzentrumsgebäude im Seouler Stadtteil Gasan übernommen; Verkäufer ist der Finanzinvestor Haemaru Capital, der Kaufpreis liegt nach Angaben aus der Pflichtmitteilung bei 182 Milliarden Won.",
             note="KT Cloud (subsidiary) counted as KT; building purchase from Haemaru ('Vergangene Woche' = 23-27 September)"),
    ],
    "not_deals": ["43.150 Won", "28,60 Euro", "1.960 Won", "52.000 Won", "2,01 Billionen Won", "56.800 Won",
                  "10.270 Won", "0 Euro", "500 Euro"],
}

# --------------------------------------------------------------------------- 005
A["005_pangyo_stack_dec24_en.txt"] = {
    "published": "2024-12-11",
    "published_note": "issue line 'No. 48 — Wednesday, 11 December 2024'; 'on Monday' -> 2024-12-09; 'on Friday' -> 2024-12-06; 'last week' -> 2024-12; 'announced in September' -> 2024-09",
    "language": "en",
    "deals": [
        deal("sodam-credit-2024", ["Sodam Cloud", "Shinhan Bank", "KB Kookmin Bank"], "other", 400000000000, "KRW", "exact", "2024-12-09", "signed",
             "Sodam Cloud, the GPU-rental outfit that runs H200 servers out of a converted logistics warehouse in Seongnam, signed a 400 billion won credit facility with Shinhan Bank and KB Kookmin Bank on Monday.",
             kind_alt=["investment"],
             note="GPU-backed credit facility; Shinhan's 240 billion won share is part of it (not_deal); 016 restates it"),
        deal("kakao-capex-2025", ["Kakao"], "capex_plan", 500000000000, "KRW", "range", "2024-12", "planned",
             "At an investor day last week Kakao said it expects to spend between 500 billion and 600 billion won next year on AI servers and the fit-out of a second data centre, in Namyangju.",
             amount_max=600000000000, term=["2025", "2025"],
             note="spending plan for 2025; different from the 2027 plan in 019; the 460 billion won Ansan figure is past spending (not_deal)"),
        deal("kt-microsoft-2024", ["KT", "Microsoft"], "partnership", 2400000000000, "KRW", "exact", "2024-09", "announced",
             "KT and Microsoft's 2.4 trillion won five-year partnership, announced in September, now has a steering committee and, we hear, its first two bank customers lined up for the sovereign-cloud product.",
             kind_alt=["investment", "joint_venture", "capex_plan"],
             note="restatement of 003's deal; genitive 'Microsoft's'"),
        deal("haemaru-oryun-2024", ["Haemaru Capital", "Oryun Data"], "acquisition", 55000000000, "KRW", "exact", "2024-12-06", "completed",
             "Busan colocation operator Oryun Data sold 30% of itself to Haemaru Capital for 55 billion won; the deal closed on Friday.",
             kind_alt=["investment"], note="minority stake purchase, closed 'on Friday'"),
    ],
    "not_deals": ["240 billion won", "38 billion won", "3,900 won an hour", "460 billion won", "1.1 trillion won",
                  "250,000 won"],
}

# --------------------------------------------------------------------------- 006
A["006_furiosa_meta_waferwatt_en.html"] = {
    "published": "2025-02-12",
    "published_note": "<meta article:published_time 2025-02-12T08:10-05:00>, JSON-LD datePublished and visible byline 'Feb 12, 2025'; talks 'began in recent weeks' -> 2025-02",
    "language": "en",
    "deals": [
        deal("meta-furiosa-2025", ["Meta", "FuriosaAI"], "acquisition", 800000000, "USD", "approx", "2025-02", "rumored",
             "One of the people put the price under discussion at roughly $800 million.",
             note="parties in the first sentence ('Meta Platforms is in talks to buy FuriosaAI'); sourced rumour; 007 and 011 report the rejected offer (cancelled), dated to the talks"),
        deal("meta-capex-2025", ["Meta"], "capex_plan", 60000000000, "USD", "range", None, "planned",
             "The Facebook parent has pencilled in $60 billion to $65 billion of capital spending for 2025, up from about $39 billion last year, much of it for servers.",
             amount_max=65000000000, term=["2025", "2025"],
             note="'The Facebook parent' = Meta; the article gives no announcement date; the $39 billion of last year is past spending (not_deal)"),
    ],
    "not_deals": ["800 billion won", "$115 million", "$39 billion", "$48.4 billion", "1 trillion won", "$6 million",
                  "$2.37 an hour"],
}

# --------------------------------------------------------------------------- 007
A["007_furiosa_absage_halbleiterhorizont.txt"] = {
    "published": "2025-03-26",
    "published_note": "blog byline 'veröffentlicht am 26.03.2025'; talks public 'Mitte Februar' -> 2025-02; 'Ende 2024' -> 2024",
    "language": "de",
    "deals": [
        deal("meta-furiosa-2025", ["Meta", "FuriosaAI"], "acquisition", 800000000, "USD", "approx", "2025-02", "cancelled",
             "Es ist eine der seltenen Geschichten, in denen ein Start-up einem Tech-Riesen die kalte Schulter zeigt: FuriosaAI aus Seoul hat das Übernahmeangebot von Meta über rund 800 Millionen Dollar ausgeschlagen.",
             note="refused offer: cancelled, dated to the talks ('Mitte Februar öffentlich geworden'); the reader comment '800 Mio.' repeats it and is not annotated separately"),
        deal("rebellions-sapeon-merger-2024", ["Rebellions", "Sapeon"], "other", None, None, None, "2024", "completed",
             "Zum Vergleich: Der Konkurrent Rebellions hat sich Ende 2024 mit Sapeon, der Chipsparte von SK Telecom, zusammengeschlossen; die fusionierte Firma kommt auf eine Bewertung von rund 1,3 Billionen Won.",
             required=False, kind_alt=["acquisition"],
             note="merger by share swap, no money; the 1,3 Billionen Won is a valuation (not_deal)"),
        deal("furiosa-bridge-talks-2025", ["FuriosaAI"], "investment", None, None, None, None, "negotiating",
             "Nach meinen Informationen sondiert das Management bereits eine Brückenrunde im dreistelligen Milliarden-Won-Bereich, Investoren sollen vor allem staatsnahe Banken sein.",
             required=False,
             note="vague, no figure and no named investor; the round closed in July (011, id furiosa-bridge-2025, which names KDB)"),
    ],
    "not_deals": ["800 Milliarden Won", "1,3 Billionen Won", "50 Euro", "drei Billionen Dollar"],
}

# --------------------------------------------------------------------------- 008
A["008_sk_aws_ulsan_hwarang_en.txt"] = {
    "published": "2025-06-20",
    "published_note": "wire line 'June 20, 2025 | 15:12 KST' and dateline 'ULSAN, South Korea, June 20' (a Friday); 'on Friday' -> 2025-06-20",
    "language": "en",
    "deals": [
        deal("sk-aws-ulsan-2025", ["SK Group", "Amazon"], "project", 7000000000000, "KRW", "approx", "2025-06-20", "announced",
             "ULSAN, South Korea, June 20 (Hwarang) – SK Group is joining forces with Amazon Web Services on an artificial-intelligence data centre in this shipbuilding and refinery town on the southeast coast, and the partners reckon the scheme will cost about 7 trillion won ($5.1 billion), executives told a signing ceremony on Friday.",
             kind_alt=["joint_venture", "capex_plan", "partnership"],
             alt_amounts=[alt(5100000000, "USD"), alt(4400000000, "EUR")],
             note="joint project cost; EUR figure from 009; reported by 008, 009, 014 (and 015 without amount); different from AWS's own $5bn plan (014, 015) and the 2023 pledge"),
        deal("aws-korea-2023-plan", ["Amazon"], "capex_plan", 7850000000000, "KRW", "exact", "2023", "announced",
             "AWS had already pledged in 2023 to spend 7.85 trillion won on cloud infrastructure in South Korea by 2027.",
             required=False, term=[None, "2027"],
             note="background: an earlier spending pledge"),
    ],
    "not_deals": ["40 billion won", "182 won", "100 trillion won", "10 trillion won", "58,400 won"],
}

# --------------------------------------------------------------------------- 009
A["009_ulsan_depesche.txt"] = {
    "published": "2025-06-24",
    "published_note": "issue line 'Ausgabe 26/2025 · Dienstag, 24. Juni 2025'; 'vergangenen Freitag' -> 2025-06-20; 'im Mai' -> 2025-05",
    "language": "de",
    "deals": [
        deal("sk-aws-ulsan-2025", ["SK Group", "Amazon"], "project", 4400000000, "EUR", "approx", "2025-06-20", "announced",
             "Etwa 4,4 Milliarden Euro – in der Landeswährung rund sieben Billionen Won – soll das Vorhaben kosten.",
             kind_alt=["joint_venture", "capex_plan", "partnership"], alt_amounts=[alt(7000000000000, "KRW")],
             note="parties and day in the previous sentence ('SK und die Amazon-Cloudsparte AWS ... vergangenen Freitag'); the article leads with EUR, the won figure in words follows"),
        deal("dongbaek-lease-2025", ["Dongbaek Development", "SK Group", "Amazon"], "other", 12500000000, "KRW", "exact", "2025-05", "signed",
             "Der Pachtzins beträgt 12,5 Milliarden Won jährlich und steigt alle fünf Jahre mit der Inflation.",
             per="year",
             note="30-year land lease; 'die Partner' (SK and AWS) leased from Dongbaek 'im Mai' (previous sentences); the 40 Milliarden Won is a hypothetical purchase price (not_deal); 020 restates the lease"),
    ],
    "not_deals": ["1,1 Millionen Won je Quadratmeter", "40 Milliarden Won", "15 Milliarden Won",
                  "zwölf bis 14 Milliarden Won je Megawatt", "180 Won je Kilowattstunde", "49 Euro", "390 Euro"],
}

# --------------------------------------------------------------------------- 010
A["010_taehwa_ulsan_harbourpost_en.html"] = {
    "published": "2025-08-14",
    "published_note": "only <meta article:published_time 2025-08-14T06:30+09:00> and JSON-LD datePublished (a Thursday); no visible date; 'on Tuesday' -> 2025-08-12; 'last week' -> 2025-08",
    "language": "en",
    "deals": [
        deal("taehwa-sk-ppa-2025", ["Taehwa Grid", "SK Group"], "supply", 1200000000000, "KRW", "approx", "2025-08-12", "signed",
             "The 15-year contract is worth about 1.2 trillion won, Taehwa disclosed to the Korea Exchange on Tuesday.",
             term=["2027", "2042"],
             note="power supply to the SK-AWS campus; parties in the previous sentence ('Taehwa Grid Co. ... the AI data centre SK Group is building'); deliveries 'from 2027'; first of two Taehwa-SK contracts (018: 2026)"),
        deal("kdb-dongbaek-loan-2025", ["Dongbaek Development", "Korea Development Bank"], "other", 250000000000, "KRW", "exact", "2025-08", "signed",
             "Dongbaek Development, the local developer that owns the campus plot, has meanwhile arranged 250 billion won of project financing from Korea Development Bank.",
             kind_alt=["investment"],
             note="project loan, 'agreed last week' (next sentence); 020 restates it"),
    ],
    "not_deals": ["88 billion won", "23,650 won", "18 billion won", "35 billion won", "6 billion won a year",
                  "15,000 won"],
}

# --------------------------------------------------------------------------- 011
A["011_rebellions_chipfuge.txt"] = {
    "published": "2025-10-09",
    "published_note": "issue line 'KW 41 · Donnerstag, 9. Oktober 2025'; 'Ende September' -> 2025-09; 'im Juli' -> 2025-07; 'im Frühjahr' -> 2025",
    "language": "de",
    "deals": [
        deal("rebellions-sapeon-merger-2024", ["Rebellions", "Sapeon"], "other", None, None, None, None, "completed",
             "Rebellions, nach der Fusion mit SKs Chiptochter Sapeon der größte unabhängige KI-Chipentwickler des Landes, hat Ende September eine Serie-C-Runde über rund 250 Millionen Dollar (etwa 340 Milliarden Won) abgeschlossen.",
             required=False, kind_alt=["acquisition"],
             note="background mention of the 2024 merger in an apposition"),
        deal("rebellions-seriesc-2025", ["Rebellions", "Arm"], "investment", 250000000, "USD", "approx", "2025-09", "completed",
             "Rebellions, nach der Fusion mit SKs Chiptochter Sapeon der größte unabhängige KI-Chipentwickler des Landes, hat Ende September eine Serie-C-Runde über rund 250 Millionen Dollar (etwa 340 Milliarden Won) abgeschlossen.",
             alt_amounts=[alt(340000000000, "KRW")],
             note="Arm named in the next sentence ('Erstmals ist ... Arm dabei'); valuation and cumulative total are not_deals"),
        deal("furiosa-bridge-2025", ["FuriosaAI", "Korea Development Bank"], "investment", 170000000000, "KRW", "exact", "2025-07", "completed",
             "Beim Rivalen FuriosaAI war es im Juli so weit: Eine Brückenfinanzierung über 170 Milliarden Won ist unter Dach und Fach, angeführt von der staatlichen Korea Development Bank.",
             note="different from Meta's rejected offer in the next sentence"),
        deal("meta-furiosa-2025", ["Meta", "FuriosaAI"], "acquisition", 800000000, "USD", "exact", "2025", "cancelled",
             "Dieselbe Firma hatte im Frühjahr ein Übernahmeangebot von Meta über 800 Millionen Dollar ausgeschlagen.",
             note="'Dieselbe Firma' = FuriosaAI; 'über' here means 'for' (the offer's value), not 'more than'; 'im Frühjahr' gives only the year"),
        deal("lg-furiosa-2025", ["LG AI Research", "FuriosaAI"], "supply", None, None, None, None, "announced",
             "Inzwischen setzt LG mit seiner KI-Forschungssparte auf Furiosas RNGD-Karten für die hauseigenen Exaone-Modelle; zu den Konditionen äußerten sich beide nicht.",
             required=False, kind_alt=["partnership"], note="no terms; genitive 'Furiosas'"),
    ],
    "not_deals": ["1,9 Billionen Won", "600 Millionen Dollar", "einer Billion Won", "20.000 Dollar", "9,90 Euro",
                  "99 Euro"],
}

# --------------------------------------------------------------------------- 012
LOI_EN = ("At the presidential office, Samsung Electronics and SK hynix each signed a letter of intent to supply memory "
          "for Stargate, the data centre venture that OpenAI launched in January with SoftBank and Oracle and that "
          "carries a headline budget of $500 billion.")
A["012_stargate_korea_yeouido_en.txt"] = {
    "published": "2025-10-02",
    "published_note": "date line 'Thursday, October 2, 2025'; 'Wednesday'/'on Wednesday' -> 2025-10-01; 'in January' -> 2025-01",
    "language": "en",
    "deals": [
        deal("openai-samsung-loi-2025", ["OpenAI", "Samsung Electronics"], "supply", None, None, None, "2025-10-01", "signed",
             LOI_EN, required=False, kind_alt=["partnership"], note="letter of intent, no prices ('No prices were disclosed')"),
        deal("openai-skhynix-loi-2025", ["OpenAI", "SK hynix"], "supply", None, None, None, "2025-10-01", "signed",
             LOI_EN, required=False, kind_alt=["partnership"], note="letter of intent, no prices"),
        deal("stargate-us-2025", ["OpenAI", "SoftBank", "Oracle"], "joint_venture", 500000000000, "USD", "exact", "2025-01", "announced",
             LOI_EN, required=False, kind_alt=["capex_plan", "project"],
             note="background: the US Stargate venture's headline budget in a relative clause"),
        deal("openai-skt-dc-2025", ["OpenAI", "SK Telecom"], "project", None, None, None, "2025-10-01", "signed",
             "OpenAI also signed a memorandum with SK Telecom on a possible AI data centre in the country's southwest, and agreed with Samsung SDS, Samsung C&T and Samsung Heavy Industries to study floating data centres.",
             required=False, kind_alt=["partnership"],
             note="memorandum without money; the floating data centre study is not annotated (no money, no commitment)"),
        deal("yeongsan-woori-loan-2025", ["Yeongsan Data Campus", "Woori Bank"], "other", 320000000000, "KRW", "exact", "2025-10-01", "signed",
             "Yeongsan Data Campus Corp., a Mokpo developer that has pitched a 60-hectare reclaimed site to SK Telecom, announced on Wednesday that Woori Bank would lend it 320 billion won to prepare the land, under a project loan signed that morning.",
             kind_alt=["investment"], alt_amounts=[alt(200000000, "EUR")],
             note="project loan; EUR figure ('knapp 200 Millionen Euro') from 013"),
    ],
    "not_deals": ["394,500 won", "86,000 won", "20 trillion won", "more than 100 trillion won a year",
                  "100 trillion won into AI"],
}

# --------------------------------------------------------------------------- 013
LOI_DE = ("Es ist offiziell: Samsung Electronics und SK Hynix haben im Präsidialamt Absichtserklärungen zur Lieferung "
          "von Speicherchips für das Stargate-Projekt unterzeichnet.")
A["013_liveblog_altman_seoul.txt"] = {
    "published": "2025-10-01",
    "published_note": "liveblog line 'Mittwoch, 1. Oktober 2025 · zuletzt aktualisiert 19:05 Uhr'; ticker entries of the same day -> 2025-10-01; 'im Februar' -> 2025-02; 'im kommenden Jahr' = 2026",
    "language": "de",
    "deals": [
        deal("openai-samsung-loi-2025", ["OpenAI", "Samsung Electronics"], "supply", None, None, None, "2025-10-01", "signed",
             LOI_DE, required=False, kind_alt=["partnership"], note="'Summen nennt niemand'; OpenAI named in the headline"),
        deal("openai-skhynix-loi-2025", ["OpenAI", "SK hynix"], "supply", None, None, None, "2025-10-01", "signed",
             LOI_DE, required=False, kind_alt=["partnership"], note="no sums"),
        deal("openai-skt-dc-2025", ["OpenAI", "SK Telecom"], "project", None, None, None, "2025-10-01", "signed",
             "Zusätzlich vereinbarte SK Telecom mit OpenAI, den Bau eines KI-Rechenzentrums im Südwesten des Landes zu prüfen.",
             required=False, kind_alt=["partnership"], note="agreement to study, no money"),
        deal("gaon-yeongsan-2025", ["Gaon Transformer", "Yeongsan Data Campus"], "supply", 41000000000, "KRW", "exact", "2025-10-01", "signed",
             "Auch Zulieferer wittern Geschäft: Der Trafo-Hersteller Gaon Transformer aus Changwon meldet einen Auftrag von Yeongsan Data Campus über 41 Milliarden Won.",
             note="order reported in the 16:20 entry; different from Gaon's transformer order from Dongbaek (020)"),
        deal("yeongsan-woori-loan-2025", ["Yeongsan Data Campus", "Woori Bank"], "other", 320000000000, "KRW", "exact", "2025-10-01", "signed",
             "Schon vor der Zeremonie meldet sich ein Profiteur: Die Projektgesellschaft Yeongsan Data Campus aus Mokpo hat nach eigenen Angaben mit der Woori Bank einen Kredit über 320 Milliarden Won – knapp 200 Millionen Euro – für die Erschließung ihres Geländes unterschrieben.",
             kind_alt=["investment"], note="same loan as 012"),
        deal("kakao-openai-2025", ["Kakao", "OpenAI"], "partnership", None, None, None, "2025-02", "signed",
             "Kakao-Sprecher bestätigt: Die im Februar geschlossene Partnerschaft mit OpenAI läuft weiter, ChatGPT soll noch in diesem Jahr in Kakaotalk eingebunden werden.",
             required=False, note="'Geld fließt laut Kakao keines'"),
        deal("naver-capex-2026", ["Naver"], "capex_plan", 1000000000000, "KRW", "approx", "2025-10-01", "planned",
             "Noch vor der Landung Altmans hat Naver seine Investitionspläne aktualisiert: Der Internetkonzern will im kommenden Jahr rund eine Billion Won in KI-Infrastruktur stecken, vor allem in GPU-Server für sein Rechenzentrum Gak Sejong.",
             term=["2026", "2026"], note="amount in words; spending plan for 2026; 017 restates it"),
    ],
    "not_deals": ["394.500 Won", "12.000 Dollar", "zehn Milliarden Dollar", "4.800 Euro"],
}

# --------------------------------------------------------------------------- 014
A["014_apec_seoraebeol_en.txt"] = {
    "published": "2025-10-31",
    "published_note": "byline date line 'Seo Ye-rin, Gyeongju · 31 October 2025, 21:40 KST' (a Friday); 'on Wednesday' -> 2025-10-29; 'On Friday'/'the same day' -> 2025-10-31; 'in June' -> 2025-06",
    "language": "en",
    "deals": [
        deal("aws-korea-2031", ["Amazon"], "capex_plan", 5000000000, "USD", "exact", "2025-10-29", "announced",
             "Amazon Web Services set the tone on Wednesday, pledging at the APEC CEO Summit another $5 billion for Korean AI data centres between now and 2031.",
             term=[None, "2031"], alt_amounts=[alt(4300000000, "EUR")],
             note="AWS's own spending pledge; EUR figure from 015; different from the Ulsan project with SK"),
        deal("sk-aws-ulsan-2025", ["SK Group", "Amazon"], "project", 7000000000000, "KRW", "approx", "2025-06", "announced",
             "The money is in addition to the Ulsan campus AWS is developing with SK Group, which the partners valued at roughly 7 trillion won when they unveiled it in June.",
             kind_alt=["joint_venture", "capex_plan", "partnership"], note="restatement; 'in June' gives the month"),
        deal("nvidia-korea-gpus-2025", ["Nvidia", "Samsung Electronics", "SK Group", "Hyundai Motor Group", "Naver"], "supply", None, None, None, "2025-10-31", "announced",
             "Chief executive Jensen Huang said the company would ship more than 260,000 of its latest Blackwell GPUs to the Korean government, Samsung, SK Group, Hyundai and Naver.",
             required=False,
             note="no price ('No price tag was attached'); the analysts' 'north of $10 billion' is an estimate (not_deal)"),
        deal("hyundai-nvidia-2025", ["Hyundai Motor Group", "Nvidia"], "investment", 3000000000, "USD", "approx", "2025-10-31", "announced",
             "Hyundai Motor Group and Nvidia agreed the same day to put about $3 billion into a physical-AI cluster in Korea, covering a 50,000-GPU computing centre, a research lab and training programmes for robots and autonomous driving.",
             kind_alt=["project", "joint_venture", "partnership"], alt_amounts=[alt(4300000000000, "KRW")],
             note="'the same day' = Friday; KRW figure from 015"),
    ],
    "not_deals": ["1.9 trillion won", "north of $10 billion", "10.1 trillion won", "$5 trillion", "389,000 won",
                  "12,900 won a month"],
}

# --------------------------------------------------------------------------- 015
A["015_apec_ostkap.txt"] = {
    "published": "2025-11-03",
    "published_note": "date line 'Montag, 3. November 2025' with dateline 'GYEONGJU, 2. November.'; 'am vergangenen Mittwoch' -> 2025-10-29; 'Am Freitag' -> 2025-10-31; 'im Juni' -> 2025-06",
    "language": "de",
    "deals": [
        deal("aws-korea-2031", ["Amazon"], "capex_plan", 5000000000, "USD", "exact", "2025-10-29", "announced",
             "Bis 2031 will sie zusätzlich fünf Milliarden Dollar (rund 4,3 Milliarden Euro) in südkoreanische KI-Rechenzentren investieren.",
             term=[None, "2031"],
             note="'sie' = 'Amazons Cloudsparte AWS' and the day ('am vergangenen Mittwoch') in the same sentence before the colon; amount in words"),
        deal("sk-aws-ulsan-2025", ["SK Group", "Amazon"], "project", None, None, None, "2025-06", "announced",
             "Hinzu kommt der mit der SK-Gruppe geplante Campus in Ulsan, der bereits im Juni angekündigt worden war.",
             required=False, kind_alt=["joint_venture", "capex_plan", "partnership"], note="restatement without amount"),
        deal("nvidia-korea-gpus-2025", ["Nvidia", "Samsung Electronics", "SK Group", "Hyundai Motor Group", "Naver"], "supply", None, None, None, "2025-10-31", "announced",
             'Konzernchef Jensen Huang sagte die Lieferung von mehr als 260.000 Chips der Blackwell-Generation an Regierung und Industrie zu; allein Samsung will damit eine „KI-Megafabrik" mit 50.000 Prozessoren ausstatten, Naver erhält 60.000 Stück.',
             required=False, note="'Preise nannte Nvidia nicht'; SK-Gruppe and Hyundai are named elsewhere in the article"),
        deal("hyundai-nvidia-2025", ["Hyundai Motor Group", "Nvidia"], "investment", 3000000000, "USD", "approx", "2025-10-31", "announced",
             "Konkreter wurde Hyundai: Der Autokonzern und Nvidia wollen gemeinsam rund drei Milliarden Dollar, umgerechnet gut 4,3 Billionen Won, in ein Forschungs- und Rechenzentrum für Robotik und autonomes Fahren stecken.",
             kind_alt=["project", "joint_venture", "partnership"],
             note="'Der Autokonzern' = Hyundai; day from 'Am Freitag' two sentences earlier"),
    ],
    "not_deals": ["fünf Billionen Dollar", "202,49 Dollar", "10,1 Billionen Won", "350 Milliarden Dollar",
                  "200 Milliarden Dollar"],
}

# --------------------------------------------------------------------------- 016
A["016_sodam_interview_gangnam_en.txt"] = {
    "published": "2025-12-15",
    "published_note": "byline 'By Choi Min-seo | 15 December 2025'; 'last month' -> 2025-11; 'a year ago' -> 2024-12",
    "language": "en",
    "deals": [
        deal("sodam-naver-2025", ["Sodam Cloud", "Naver"], "cloud_contract", 310000000000, "KRW", "exact", "2025-11", "signed",
             "Bae Jun-ho: A three-year contract under which we run dedicated GPU capacity for Naver Cloud, worth 310 billion won in total.",
             term=["2026-01", "2028-12"],
             note="'Your big news came last month' in the question gives the month; 'we' = Sodam Cloud; runs from January for three years"),
        deal("sodam-credit-2024", ["Sodam Cloud", "Shinhan Bank", "KB Kookmin Bank"], "other", 400000000000, "KRW", "exact", "2024-12", "signed",
             "The 400 billion won facility that Shinhan and KB Kookmin gave us a year ago is almost fully drawn.",
             kind_alt=["investment"], note="restatement of 005's facility; 'a year ago' -> 2024-12"),
        deal("sodam-bank-talks-2025", ["Sodam Cloud"], "other", 200000000000, "KRW", "approx", "2025-12", "negotiating",
             "We are in talks with two other banks about roughly 200 billion won more, secured on the next batch of B200s.",
             required=False, kind_alt=["investment"], note="talks with unnamed lenders; vague"),
    ],
    "not_deals": ["15 billion won", "2,800 won an hour", "3,900", "95 billion won", "700 billion won",
                  "140 million won a year", "480,000 won"],
}

# --------------------------------------------------------------------------- 017
A["017_saebit_kursnadel.txt"] = {
    "published": "2026-02-17",
    "published_note": "portal line '17.02.2026, 09:31' (a Tuesday); report 'am Montagabend' (2026-02-16) of ongoing talks -> 2026-02; 'Mitte Januar' -> 2026-01",
    "language": "de",
    "deals": [
        deal("samsung-saebit-2026", ["Samsung Electronics", "Saebit Semicon"], "acquisition", 410000000, "EUR", "approx", "2026-02", "rumored",
             "Diskutiert werde über umgerechnet etwa 410 Millionen Euro (rund 700 Milliarden Won), berichteten zwei mit den Gesprächen vertraute Personen am Montagabend.",
             alt_amounts=[alt(700000000000, "KRW")],
             note="'Insidern zufolge' talks in the previous sentence name the parties; dated to the month of the talks so that 019 (talks ended) agrees"),
        deal("skhynix-saebit-2026", ["SK hynix", "Saebit Semicon"], "acquisition", 650000000000, "KRW", "exact", "2026-02", "rumored",
             "Einen Bericht, wonach auch SK Hynix ein eigenes Gebot von 650 Milliarden Won erwogen habe, dementierte der Speicherhersteller.",
             required=False, note="denied rumour"),
        deal("haemaru-saebit-bridge-2026", ["Haemaru Capital", "Saebit Semicon"], "other", 40000000000, "KRW", "exact", "2026-01", "completed",
             "Dieser hatte Saebit erst Mitte Januar mit einem Überbrückungskredit über 40 Milliarden Won ausgestattet; bei der Serie-B-Runde 2024, ebenfalls von Haemaru angeführt, waren 95 Milliarden Won geflossen.",
             kind_alt=["investment"],
             note="'Dieser' = Haemaru Capital; bridge loan; second Haemaru-Saebit deal, in the same sentence as the first"),
        deal("saebit-seriesb-2024", ["Saebit Semicon", "Haemaru Capital"], "investment", 95000000000, "KRW", "exact", "2024", "completed",
             "Dieser hatte Saebit erst Mitte Januar mit einem Überbrückungskredit über 40 Milliarden Won ausgestattet; bei der Serie-B-Runde 2024, ebenfalls von Haemaru angeführt, waren 95 Milliarden Won geflossen.",
             note="restatement of 001's round"),
        deal("naver-capex-2026", ["Naver"], "capex_plan", 1000000000000, "KRW", "approx", None, "planned",
             "Der Internetkonzern bekräftigte in seiner Bilanzvorlage, 2026 wie angekündigt rund eine Billion Won in KI-Infrastruktur zu investieren.",
             term=["2026", "2026"], note="'Der Internetkonzern' = Naver; reaffirmation of the plan of 013, announcement date not given"),
    ],
    "not_deals": ["21 Milliarden Won", "163.400 Won", "190.000 Won", "2,2 Billionen Won", "512.000 Won", "241.500 Won"],
}

# --------------------------------------------------------------------------- 018
A["018_ulsan_ausbau_netzwerk_ostasien.html"] = {
    "published": "2026-08-20",
    "published_note": "<meta name=date 2026-08-20T10:12+02:00>, JSON-LD datePublished 2026-08-20 and visible 'Stand: 20.08.2026, 10:12 Uhr' (a Thursday); 'am Dienstag' -> 2026-08-18; 'im Juli' -> 2026-07; 'Anfang August' -> 2026-08",
    "language": "de",
    "deals": [
        deal("taehwa-sk-ppa-2026", ["Taehwa Grid", "SK Group"], "supply", 2100000000000, "KRW", "up_to", "2026-08-18", "signed",
             "Über zwölf Jahre sollen dafür bis zu 2,1 Billionen Won fließen, je nachdem, wie schnell die Hallen belegt werden.",
             note="parties and day in the previous sentence ('hat die SK-Gruppe am Dienstag einen weiteren Stromliefervertrag mit ... Taehwa Grid unterzeichnet'); second Taehwa-SK contract"),
        deal("taehwa-sk-ppa-2025", ["Taehwa Grid", "SK Group"], "supply", 1200000000000, "KRW", "approx", "2025", "signed",
             "Die erste Stufe beliefert Taehwa schon aufgrund eines Vertrags aus dem Jahr 2025, der damals mit rund 1,2 Billionen Won beziffert wurde.",
             note="restatement of 010's contract; must stay apart from the 2026 contract"),
        deal("yeonhwa-sk-cooling-2026", ["Yeonhwa Cooling", "SK Group"], "supply", 86000000000, "KRW", "at_least", "2026-07", "signed",
             "Die Flüssigkühlung für die neuen Hallen kommt von Yeonhwa Cooling Systems aus Changwon; den Auftrag im Wert von mehr als 86 Milliarden Won erhielt der Mittelständler im Juli von SK.",
             note="'der Mittelständler' = Yeonhwa"),
        deal("nps-haemaru-fund-2026", ["National Pension Service", "Haemaru Capital"], "investment", 600000000000, "KRW", "exact", "2026-08", "signed",
             "Der National Pension Service (NPS) hat Anfang August 600 Milliarden Won für den zweiten Infrastrukturfonds von Haemaru Capital zugesagt.",
             note="fund commitment; the fund's target size (zwei Billionen Won) is not a deal"),
    ],
    "not_deals": ["zwei Billionen Won", "22 Milliarden Won", "195 Won je Kilowattstunde", "1.290 Euro"],
}

# --------------------------------------------------------------------------- 019
A["019_pangyo_stack_nov26_en.txt"] = {
    "published": "2026-11-11",
    "published_note": "issue line 'No. 146 — Wednesday, 11 November 2026'; 'on Monday' -> 2026-11-09; 'last Thursday' -> 2026-11-05; 'last month' -> 2026-10; talks 'that leaked in February' -> 2026-02",
    "language": "en",
    "deals": [
        deal("kt-microsoft-azure-2026", ["KT", "Microsoft"], "cloud_contract", 450000000, "USD", "approx", "2026-11-09", "signed",
             "The contract runs four years and is worth about $450m.",
             term=["2026", "2030"],
             note="parties and day in the previous sentence ('KT has agreed to buy dedicated Azure GPU capacity from Microsoft ... on Monday'); second KT-Microsoft deal, explicitly separate from the 2024 partnership"),
        deal("kt-microsoft-2024", ["KT", "Microsoft"], "partnership", 2400000000000, "KRW", "exact", "2024", "announced",
             "It is separate from the 2.4 trillion won partnership the two sides struck in 2024, which covered models and a joint innovation centre but, as KT admits, very few actual chips.",
             kind_alt=["investment", "joint_venture", "capex_plan"], note="restatement; 'the two sides'"),
        deal("samsung-saebit-2026", ["Samsung Electronics", "Saebit Semicon"], "acquisition", 700000000000, "KRW", "approx", "2026-02", "cancelled",
             "The two sides said in a short statement last Thursday that they could not agree on terms; people close to the process said Samsung would not go above its opening figure of about 700 billion won.",
             note="talks ended; cancelled deals keep the date of the talks (February, previous sentence)"),
        deal("namhae-kakao-ppa-2026", ["Namhae Offshore Wind", "Kakao"], "supply", 48000000000, "KRW", "exact", "2026-10", "signed",
             "Kakao will buy electricity from Namhae Offshore Wind's array off Tongyeong for 20 years, paying 48 billion won a year, under an agreement signed last month.",
             per="year", note="20-year power purchase agreement, yearly rate"),
        deal("kakao-capex-2027", ["Kakao"], "capex_plan", 750000000000, "KRW", "approx", "2026-11-05", "planned",
             "On its earnings call last Thursday the group also guided capital expenditure for 2027 at around 750 billion won, up from the 560 billion won it expects to have spent this year.",
             term=["2027", "2027"],
             note="'the group' = Kakao; the 560 billion won is this year's spending (not_deal); different from the 2025 plan of 005"),
    ],
    "not_deals": ["7.1 trillion won", "560 billion won", "2,100 won", "1.5 million won"],
}

# --------------------------------------------------------------------------- 020
A["020_dongbaek_interview_kabel_kuehlung.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'Lesezeit: 7 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        deal("dongbaek-lease-2025", ["Dongbaek Development", "SK Group", "Amazon"], "other", 12500000000, "KRW", "exact", None, "signed",
             "Die Partner zahlen uns 12,5 Milliarden Won im Jahr, dreißig Jahre lang, mit Inflationsanpassung.",
             per="year", note="'Die Partner' = SK and Amazon of the question, 'uns' = Dongbaek; restatement of 009"),
        deal("kdb-dongbaek-loan-2025", ["Dongbaek Development", "Korea Development Bank"], "other", 250000000000, "KRW", "exact", None, "signed",
             "Der 250-Milliarden-Won-Kredit der KDB deckt das ab, zu einem Zinssatz von etwa 4,1 Prozent.",
             kind_alt=["investment"], note="compound amount; restatement of 010"),
        deal("dongbaek-gaon-transformers", ["Dongbaek Development", "Gaon Transformer"], "supply", 64000000000, "KRW", "exact", None, "signed",
             "Die Transformatoren haben wir bei Gaon Transformer in Changwon bestellt, für 64 Milliarden Won, Lieferung in zwei Tranchen.",
             note="'wir' = Dongbaek; different from Gaon's order from Yeongsan (013)"),
        deal("taehwa-sk-ppa-2025", ["Taehwa Grid", "SK Group"], "supply", None, None, None, None, "signed",
             "Den liefert Taehwa Grid direkt an den Campus, das ist nicht unser Vertrag.",
             required=False, note="amount-less restatement of 010's contract"),
    ],
    "not_deals": ["700.000 Won", "1,4 Millionen", "13 bis 15 Milliarden Won je Megawatt", "95 Millionen Won im Jahr",
                  "acht Milliarden Won", "14,80 Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
