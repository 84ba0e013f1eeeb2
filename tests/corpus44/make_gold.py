#!/usr/bin/env python3
"""Write gold.json for this corpus (the annotation lives here; edit this file, then run it).

Usage: python3 tests/corpus44/make_gold.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the forty-fourth, held-out test corpus (tests/corpus44/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: Asian chips and memory in the AI race (SK hynix, Samsung, TSMC, "
    "Micron, Kioxia, SoftBank/Ampere/Arm, Foxconn, Indian and Malaysian data-centre and fab investments). One "
    "entry per article; a deal that several articles report carries the same id in each. 'required': false marks "
    "vague, amount-less or background mentions that an extractor may report or not without penalty. 'not_deals' "
    "lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full "
    "units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' marks a "
    "rate. 'alt_amounts' gives the same deal's amount in another currency (in the same article or as a later "
    "article states it). 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's own date line, byline, dateline, "
    "meta tag or issue line, or null when it has none); 'term' is the period the deal covers, where the text "
    "gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). All companies are real; "
    "publications, reporters, analysts, research houses and advertisers are invented (see invented_names.txt). "
    "Deals loosely follow public reports of 2024-2026 with amounts, dates and wording partly shifted; items of "
    "2026 are partly invented. Nothing here is reporting."
)

ALIASES = {
    "TSMC": ["TSMC", "Taiwan Semiconductor Manufacturing Co", "Taiwan Semiconductor Manufacturing Company",
             "Taiwan Semiconductor Manufacturing"],
    "JASM": ["JASM", "Japan Advanced Semiconductor Manufacturing"],
    "Toyota": ["Toyota", "Toyota Motor"],
    "Kioxia": ["Kioxia", "Kioxia Holdings"],
    "Western Digital": ["Western Digital"],
    "Sandisk": ["Sandisk", "SanDisk Corp"],
    "Tata Electronics": ["Tata Electronics", "Tata"],
    "PSMC": ["PSMC", "Powerchip Semiconductor Manufacturing Corp.", "Powerchip Semiconductor Manufacturing Corp",
             "Powerchip Semiconductor Manufacturing", "Powerchip"],
    "CG Power": ["CG Power", "CG Power and Industrial Solutions"],
    "Renesas": ["Renesas", "Renesas Electronics"],
    "Stars Microelectronics": ["Stars Microelectronics"],
    "Micron": ["Micron", "Micron Technology"],
    "SK hynix": ["SK hynix", "SK Hynix Inc."],
    "Purdue University": ["Purdue University", "Purdue"],
    "Microsoft": ["Microsoft", "Microsoft Corp", "Microsofts"],
    "YTL Power International": ["YTL Power International", "YTL Power", "YTL"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Google": ["Google", "Alphabet", "Googles", "Google Cloud"],
    "Oracle": ["Oracle", "Oracle Corp."],
    "Bosch": ["Bosch", "Robert Bosch"],
    "Infineon": ["Infineon", "Infineon Technologies"],
    "NXP": ["NXP", "NXP Semiconductors"],
    "Government of Malaysia": ["Government of Malaysia", "Malaysia", "Regierung in Kuala Lumpur",
                               "malaysische Regierung"],
    "Arm": ["Arm", "Arm Holdings", "Arms"],
    "SoftBank": ["SoftBank", "SoftBank Group", "SoftBank Group Corp", "Softbanks", "Crescent Dune LLC"],
    "Ampere Computing": ["Ampere Computing", "Ampere"],
    "OpenAI": ["OpenAI"],
    "Rakuten": ["Rakuten", "Rakuten Group"],
    "Mizuho": ["Mizuho", "Mizuho Financial Group"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "Tesla": ["Tesla", "Tesla Inc."],
    "FläktGroup": ["FläktGroup", "Fläkt Group", "FlaktGroup"],
    "Foxconn": ["Foxconn", "Hon Hai Precision Industry", "Hon Hai"],
    "Lordstown Motors": ["Lordstown Motors"],
    "AdaniConneX": ["AdaniConneX"],
    "Bharti Airtel": ["Bharti Airtel", "Airtel"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True, amount_max=None,
      **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    for k in ("kind_alt", "term", "per", "alt_amounts", "note"):
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

ARTICLES["001_kumamoto_kitakami_meridiano_en.txt"] = {
    "published": "2024-02-07",
    "published_note": "from 'Published Wed 7 Feb 2024 01:52 GMT' (dateline 'TOKYO, Feb 6'); 'on Tuesday' -> 2024-02-06",
    "language": "en",
    "deals": [
        D("tsmc-kumamoto-fab2", ["TSMC"], "capex_plan", 20 * B, "USD", "at_least", "2024-02-06", "announced",
          "Taiwan Semiconductor Manufacturing Co said on Tuesday it would build a second chip factory in Japan's southern Kumamoto prefecture, taking total investment in its Japanese manufacturing unit to more than $20 billion as Tokyo spends heavily to rebuild a domestic semiconductor industry.",
          kind_alt=["project"],
          note="the second Kumamoto fab lifts JASM's total investment (both fabs) past $20bn; annotated as TSMC's plan; the subsidies are not deals"),
        D("toyota-jasm-stake", ["Toyota", "JASM"], "investment", None, None, None, "2024-02-06", "announced",
          "Toyota Motor will also take a 2% stake in JASM, the companies said, without giving a price.",
          required=False, note="no amount"),
        D("kioxia-wd-2024", ["Kioxia", "Western Digital"], "project", 729 * B, "JPY", "exact", "2024-02-06", "planned",
          "The two partners plan to spend a combined 729 billion yen, about $4.9 billion, on equipment for advanced flash memory there.",
          kind_alt=["capex_plan", "joint_venture", "investment"], alt_amounts=alt((4.9 * B, "USD")),
          note="joint spending of the two flash partners; 'The two partners' = Kioxia Holdings and Western Digital (previous sentence), disclosed with the ministry decision of Tuesday; the up to 243bn yen subsidy is not a deal; restated in 020; different from the Kioxia-Sandisk deal of 2026 (020)"),
    ],
    "not_deals": ["up to 732 billion yen", "476 billion yen", "up to 243 billion yen", "103.2 billion yen",
                  "$3.03 billion", "NT$654"],
}

ARTICLES["002_indien_chipfabriken_alcazar.txt"] = {
    "published": "2024-03-01",
    "published_note": "from the date line 'Freitag, 1. März 2024'; 'am Donnerstag' -> 2024-02-29",
    "language": "de",
    "deals": [
        D("tata-psmc-dholera", ["Tata Electronics", "PSMC"], "project", 910 * B, "INR", "exact", "2024-02-29", "announced",
          "Veranschlagt sind 910 Milliarden Rupien, umgerechnet rund elf Milliarden Dollar.",
          kind_alt=["capex_plan", "partnership", "joint_venture"], alt_amounts=alt((11 * B, "USD")),
          note="parties in the previous sentence (Tata Electronics builds the Dholera fab with PSMC as technology partner); approved by the cabinet 'am Donnerstag'"),
        D("tata-assam-osat", ["Tata Electronics"], "capex_plan", 270 * B, "INR", "exact", "2024-02-29", "planned",
          "Im nordöstlichen Assam plant Tata außerdem ein Werk zum Testen und Verpacken von Chips für 270 Milliarden Rupien.",
          kind_alt=["project"], note="second Tata project, must stay apart from Dholera"),
        D("cg-renesas-sanand", ["CG Power", "Renesas", "Stars Microelectronics"], "joint_venture", 76 * B, "INR", "exact",
          "2024-02-29", "announced",
          "Das dritte Vorhaben stammt vom Industriekonzern CG Power, der mit dem japanischen Chiphersteller Renesas und der thailändischen Stars Microelectronics ein Gemeinschaftsunternehmen in Sanand gründet; die drei Partner wollen dort 76 Milliarden Rupien investieren.",
          kind_alt=["project", "investment"]),
        D("micron-sanand", ["Micron"], "capex_plan", 2.75 * B, "USD", "exact", None, "announced",
          "Nur wenige Kilometer von Sanand entfernt errichtet der US-Speicherhersteller Micron bereits eine Montage- und Testanlage, deren Gesamtkosten auf 2,75 Milliarden Dollar beziffert werden.",
          required=False, kind_alt=["project"], note="background mention of an older project without a date; optional"),
    ],
    "not_deals": ["760 Milliarden Rupien", "rund 110 Milliarden Dollar", "rund 150 Milliarden Dollar", "100.000 Euro"],
}

ARTICLES["003_skhynix_indiana_alcazar.txt"] = {
    "published": "2024-04-04",
    "published_note": "from 'Stand: 04.04.2024 06:45 Uhr'; 'am Mittwoch' -> 2024-04-03",
    "language": "de",
    "deals": [
        D("skhynix-indiana", ["SK hynix"], "capex_plan", 3.87 * B, "USD", "exact", "2024-04-03", "announced",
          "Der Konzern will in West Lafayette 3,87 Milliarden Dollar (rund 3,6 Milliarden Euro) in eine Anlage zur Endfertigung von Hochleistungsspeichern investieren, wie er am Mittwoch mitteilte.",
          kind_alt=["project"], alt_amounts=alt((3.6 * B, "EUR"))),
        D("skhynix-purdue", ["SK hynix", "Purdue University"], "partnership", None, None, None, "2024-04-03", "signed",
          "Mit der benachbarten Purdue University vereinbarte SK Hynix eine Forschungskooperation; finanzielle Details dazu nannte das Unternehmen nicht.",
          required=False, note="no amount"),
    ],
    "not_deals": ["39 Milliarden Dollar", "32,77 Billionen Won", "7,73 Billionen Won", "gut 30 Milliarden Dollar",
                  "186.800 Won"],
}

ARTICLES["004_skhynix_m15x_bastidas_en.html"] = {
    "published": "2024-04-25",
    "published_note": "from <meta article:published_time> and the byline <time> 'Apr 25, 2024 16:02 KST'; 'on Wednesday' -> 2024-04-24",
    "language": "en",
    "deals": [
        D("skhynix-m15x", ["SK hynix"], "capex_plan", 20 * T, "KRW", "at_least", "2024-04-24", "announced",
          "The company said on Wednesday its board had approved the M15X fab, where it intends to invest more than 20 trillion won ($14.6 billion) over the long term to expand production of DRAM, including high bandwidth memory (HBM).",
          kind_alt=["project"], alt_amounts=alt((14.6 * B, "USD")),
          note="the 5.3 trillion won for the building is part of this plan (not_deal)"),
        D("skhynix-indiana", ["SK hynix"], "capex_plan", 3.87 * B, "USD", "exact", "2024-04", "announced",
          "The Cheongju decision follows the announcement earlier this month of a $3.87 billion advanced packaging plant in West Lafayette, Indiana, the company's first production site in the United States.",
          kind_alt=["project"], note="'earlier this month' -> 2024-04"),
        D("skhynix-yongin", ["SK hynix"], "capex_plan", 120 * T, "KRW", "approx", None, "planned",
          "SK hynix is also preparing the first fab at a government-backed cluster in Yongin, south of Seoul, where it has pledged about 120 trillion won over two decades.",
          required=False, kind_alt=["project"], note="long-term background pledge without a date; optional"),
    ],
    "not_deals": ["about 5.3 trillion won", "12.43 trillion won", "2.89 trillion won", "180,600 won",
                  "1,380 per dollar", "390,000 won", "9,900 won a month"],
}

ARTICLES["005_microsoft_malaysia_estrada_en.txt"] = {
    "published": "2024-05-03",
    "published_note": "from the date line 'KUALA LUMPUR: Friday, May 3, 2024'; 'on Thursday' -> 2024-05-02, 'On Tuesday' -> 2024-04-30, 'a day later' -> 2024-05-01",
    "language": "en",
    "deals": [
        D("microsoft-malaysia", ["Microsoft"], "capex_plan", 2.2 * B, "USD", "exact", "2024-05-02", "announced",
          "Microsoft Corp will spend US$2.2 billion in Malaysia across the coming four years on cloud and artificial intelligence infrastructure, the largest single commitment the US company has made in its 32 years in the country.",
          note="date from the next sentence ('announced the plan in Kuala Lumpur on Thursday')"),
        D("microsoft-indonesia", ["Microsoft"], "capex_plan", 1.7 * B, "USD", "exact", "2024-04-30", "announced",
          "On Tuesday, Nadella told an audience in Jakarta that Microsoft would put US$1.7 billion into cloud and AI in Indonesia over four years; in Bangkok a day later he promised a first Thai data centre region, without naming a figure."),
        D("microsoft-thailand", ["Microsoft"], "capex_plan", None, None, None, "2024-05-01", "announced",
          "On Tuesday, Nadella told an audience in Jakarta that Microsoft would put US$1.7 billion into cloud and AI in Indonesia over four years; in Bangkok a day later he promised a first Thai data centre region, without naming a figure.",
          required=False, note="no amount"),
        D("ytl-nvidia", ["YTL Power International", "Nvidia"], "project", 4.3 * B, "USD", "approx", "2023-12", "signed",
          "In December, utility group YTL Power International struck a deal with Nvidia to build an AI supercomputer in Johor, a project valued at about US$4.3 billion.",
          required=False, kind_alt=["partnership", "supply"], note="background deal of the previous year; optional"),
    ],
    "not_deals": ["RM90 billion", "RM2.5 billion", "US$397.84", "US$61.9 billion", "RM120 per sq ft"],
}

ARTICLES["006_google_malaysia_saavedra.txt"] = {
    "published": "2024-05-31",
    "published_note": "from '31.05.2024 | 10:27'; 'am Donnerstag' -> 2024-05-30; 'Anfang Mai' -> 2024-05",
    "language": "de",
    "deals": [
        D("google-malaysia", ["Google"], "capex_plan", 2 * B, "USD", "exact", "2024-05-30", "announced",
          "Wie der Konzern am Donnerstag in Kuala Lumpur bekanntgab, investiert Google 2 Milliarden Dollar (rund 1,85 Milliarden Euro) in Malaysia.",
          kind_alt=["project"], alt_amounts=alt((1.85 * B, "EUR")), note="headline in words ('zwei Milliarden Dollar')"),
        D("microsoft-malaysia", ["Microsoft"], "capex_plan", 2.2 * B, "USD", "exact", "2024-05", "announced",
          "Der Wettlauf um Malaysia ist in vollem Gang: Erst Anfang Mai hatte Microsoft angekündigt, 2,2 Milliarden Dollar für Rechenzentren und KI-Dienste in dem südostasiatischen Staat auszugeben."),
    ],
    "not_deals": ["mehr als 15 Milliarden Ringgit", "12 Milliarden Dollar", "2,1 Billionen Dollar", "172,50 Dollar",
                  "205 Dollar", "159,12 Euro", "160,04 Euro", "165,36 Euro", "0 Euro pro Order"],
}

ARTICLES["007_esmc_dresden_galeano_en.txt"] = {
    "published": "2024-08-21",
    "published_note": "from the issue line 'Vol. 6, No. 33 | 21 August 2024'; 'on Tuesday' (groundbreaking) -> 2024-08-20; 'agreed a year ago' -> 2023-08; 'Last month' -> 2024-07",
    "language": "en",
    "deals": [
        D("esmc-dresden", ["TSMC", "Bosch", "Infineon", "NXP"], "joint_venture", 10 * B, "EUR", "at_least", "2023-08", "signed",
          "Total investment is expected to exceed €10 billion.",
          kind_alt=["project"],
          note="parties in the previous sentences (TSMC 70%, Robert Bosch, Infineon Technologies, NXP Semiconductors 10% each); the JV was 'agreed a year ago'; the groundbreaking was on Tuesday; the €5bn state aid is not a deal"),
        D("tsmc-capex-2024", ["TSMC"], "capex_plan", 30 * B, "USD", "range", "2024-07", "planned",
          "Last month TSMC narrowed its guidance for 2024 capital expenditure to between $30 billion and $32 billion.",
          amount_max=32 * B, note="year's capex guidance; different from the 2025 and 2026 plans (009, 019)"),
        D("skhynix-indiana", ["SK hynix"], "capex_plan", None, None, None, None, "announced",
          "SK hynix's West Lafayette packaging plant has been awarded up to $450 million under the CHIPS Act, the US Commerce Department said on 6 August.",
          required=False, kind_alt=["project"], note="the Indiana plant named without its value; the CHIPS grant is a not_deal"),
    ],
    "not_deals": ["€5 billion", "NT$256.95 billion", "up to $450 million", "$349 a year"],
}

ARTICLES["008_micron_singapore_penalver_en.txt"] = {
    "published": "2025-01-09",
    "published_note": "from the byline date '9 Jan 2025'; 'on Wednesday' -> 2025-01-08 (caption: 'Jan 8'); 'Last month' -> 2024-12",
    "language": "en",
    "deals": [
        D("micron-singapore", ["Micron"], "capex_plan", 7 * B, "USD", "approx", "2025-01-08", "announced",
          "The US memory maker will invest about US$7 billion (S$9.5 billion) in the facility over the coming decade, it said.",
          kind_alt=["project"], alt_amounts=alt((9.5 * B, "SGD"), (6.8 * B, "EUR")),
          note="'The US memory maker' = Micron (previous sentence); EUR as 013 states it"),
        D("micron-fy25-capex", ["Micron"], "capex_plan", 14 * B, "USD", "approx", "2024-12", "planned",
          "Last month, it told investors it expected capital expenditure of about US$14 billion for the fiscal year ending in August 2025.",
          note="fiscal-year capex guidance; different from the Singapore plant and the US plan (013)"),
    ],
    "not_deals": ["US$100 billion", "US$8.71 billion", "S$3,200 to S$4,500 a month", "US$96.45", "S$180", "S$120"],
}

ARTICLES["009_tsmc_capex_ocampo.txt"] = {
    "published": "2025-01-17",
    "published_note": "from the date line 'Freitag, 17. Januar 2025 · Unternehmen · Seite 14'; 'am Donnerstag' -> 2025-01-16; 'in der vergangenen Woche' -> 2025-01",
    "language": "de",
    "deals": [
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38 * B, "USD", "range", "2025-01-16", "planned",
          "Die Taiwan Semiconductor Manufacturing Company (TSMC) will 2025 zwischen 38 und 42 Milliarden Dollar in Fabriken und Anlagen stecken.",
          amount_max=42 * B, note="date from the next sentence; the 29.8bn spent in 2024 is a past figure (not_deal)"),
        D("tsmc-arizona-65b", ["TSMC"], "capex_plan", 65 * B, "USD", "exact", None, "planned",
          "In Arizona, wo TSMC insgesamt 65 Milliarden Dollar in drei Fabriken investieren will, läuft die erste Fabrik seit Ende 2024 in Serienfertigung.",
          required=False, kind_alt=["project"], note="background mention without a date; optional"),
        D("microsoft-india-2025-01", ["Microsoft"], "capex_plan", 3 * B, "USD", "exact", "2025-01", "announced",
          "Der US-Softwarekonzern will in Indien binnen zwei Jahren drei Milliarden Dollar (rund 2,9 Milliarden Euro) in Cloud- und KI-Kapazitäten stecken.",
          alt_amounts=alt((2.9 * B, "EUR")),
          note="'Kurz notiert' item; amount in words; different from Microsoft's $17.5bn India plan of December 2025 (017)"),
    ],
    "not_deals": ["29,8 Milliarden Dollar", "374,7 Milliarden Taiwan-Dollar", "26,88 Milliarden Dollar",
                  "25,0 bis 25,8 Milliarden Dollar", "1.095 Taiwan-Dollar", "1.905 Yen", "1.455 Yen"],
}

ARTICLES["010_arm_malaysia_villalobos.txt"] = {
    "published": "2025-03-06",
    "published_note": "from the issue line 'Ausgabe 9/2025 – Donnerstag, 06.03.2025'; 'am Mittwoch' -> 2025-03-05",
    "language": "de",
    "deals": [
        D("malaysia-arm", ["Government of Malaysia", "Arm"], "other", 250 * M, "USD", "exact", "2025-03-05", "signed",
          "Die Regierung in Kuala Lumpur hat am Mittwoch einen Vertrag unterzeichnet, nach dem sie Arm über zehn Jahre hinweg 250 Millionen Dollar zahlt.",
          kind_alt=["supply", "partnership"], note="licence payments over ten years (a total, not a rate)"),
        D("oracle-malaysia", ["Oracle"], "capex_plan", 6.5 * B, "USD", "exact", None, "announced",
          "Das Land lockt vor allem mit Rechenzentren: Oracle hat dort eine Cloud-Region für 6,5 Milliarden Dollar angekündigt, Google und Microsoft investieren ebenfalls Milliarden.",
          required=False, kind_alt=["project"], note="background mention without a date; optional"),
        D("google-malaysia", ["Google"], "capex_plan", None, None, None, None, "announced",
          "Das Land lockt vor allem mit Rechenzentren: Oracle hat dort eine Cloud-Region für 6,5 Milliarden Dollar angekündigt, Google und Microsoft investieren ebenfalls Milliarden.",
          required=False, kind_alt=["project"], note="vague restatement without amount ('ebenfalls Milliarden')"),
        D("microsoft-malaysia", ["Microsoft"], "capex_plan", None, None, None, None, "announced",
          "Das Land lockt vor allem mit Rechenzentren: Oracle hat dort eine Cloud-Region für 6,5 Milliarden Dollar angekündigt, Google und Microsoft investieren ebenfalls Milliarden.",
          required=False, note="vague restatement without amount ('ebenfalls Milliarden')"),
    ],
    "not_deals": ["25 Milliarden Ringgit", "gut fünf Milliarden Euro", "983 Millionen Dollar", "49 Euro", "690 Euro",
                  "299 Euro"],
}

ARTICLES["011_softbank_ampere_meridiano_en.txt"] = {
    "published": "2025-03-20",
    "published_note": "from 'March 20, 2025 | 05:31 ET' (dateline 'March 19'); 'on Wednesday' -> 2025-03-19; 'Last month' -> 2025-02",
    "language": "en",
    "deals": [
        D("softbank-ampere", ["SoftBank", "Ampere Computing"], "acquisition", 6.5 * B, "USD", "exact", "2025-03-19", "signed",
          "SoftBank Group Corp has agreed to take over Ampere Computing, a Santa Clara designer of Arm-based server processors, for $6.5 billion in cash, the Japanese conglomerate announced on Wednesday, extending Masayoshi Son's push into the silicon that powers AI data centres.",
          note="sellers Oracle and Carlyle (next sentence) are not listed as parties; restated in 012, completed per 019"),
        D("softbank-openai-yearly", ["SoftBank", "OpenAI"], "partnership", 3 * B, "USD", "exact", "2025-02", "signed",
          "Last month SoftBank signed up to pay OpenAI $3 billion every year for technology it will deploy across its portfolio companies.",
          per="year", kind_alt=["cloud_contract", "other"],
          note="yearly rate; different from the funding round of the same pair"),
        D("softbank-openai-40b", ["SoftBank", "OpenAI"], "investment", 40 * B, "USD", "up_to", "2025-03", "negotiating",
          "SoftBank is also near a deal to lead an OpenAI funding round of as much as $40 billion, according to three people close to the negotiations.",
          alt_amounts=alt((37 * B, "EUR")),
          note="talks from sources; 012 reports the signing on 2025-03-31 (EUR as 012 states it); month-level date keeps the shared id consistent"),
        D("rakuten-openai", ["Rakuten", "OpenAI"], "partnership", None, None, None, None, "announced",
          "Rakuten and OpenAI widen AI partnership for Japanese merchants",
          required=False, note="related-link line, no amount"),
    ],
    "not_deals": ["$8 billion", "$125 billion", "7,935 yen"],
}

ARTICLES["012_openai_softbank_barrientos.html"] = {
    "published": "2025-04-01",
    "published_note": "from <meta name=date>, JSON-LD and the visible '01.04.2025, 08:12 Uhr'; 'am Montagabend' -> 2025-03-31; 'Vergangene Woche' -> 2025-03",
    "language": "de",
    "deals": [
        D("softbank-openai-40b", ["SoftBank", "OpenAI"], "investment", 40 * B, "USD", "exact", "2025-03-31", "signed",
          "So viel Geld hat noch kein privat finanziertes Tech-Unternehmen auf einen Schlag eingesammelt: OpenAI bekommt 40 Milliarden Dollar (umgerechnet etwa 37 Milliarden Euro), die Runde führt der japanische Technologieinvestor Softbank an.",
          alt_amounts=alt((37 * B, "EUR")), note="round led by SoftBank; date from the next sentence"),
        D("softbank-openai-30b", ["SoftBank", "OpenAI"], "investment", 30 * B, "USD", "exact", "2025-03-31", "signed",
          "Softbank übernimmt 30 Milliarden Dollar der Summe, den Rest steuern Investoren wie Microsoft, Coatue, Altimeter und Thrive Capital bei.",
          required=False,
          note="SoftBank's share of the $40bn round; optional (part of a round already counted); the first tranche (zehn Milliarden) and the possible cut to 20bn are not_deals"),
        D("mizuho-softbank-bridge", ["Mizuho", "SoftBank"], "investment", 15 * B, "USD", "exact", "2025-03", "rumored",
          "Softbanks Anteil ist nach Informationen aus Bankenkreisen zum Teil auf Pump finanziert: Vergangene Woche sicherte sich der Konzern einen Überbrückungskredit über 15 Milliarden Dollar, angeführt von der japanischen Großbank Mizuho.",
          kind_alt=["other"], note="bridge loan from bank sources; 'Vergangene Woche' -> the last week of March"),
        D("softbank-ampere", ["SoftBank", "Ampere Computing"], "acquisition", 6.5 * B, "USD", "exact", "2025-03-19", "announced",
          "Am 19. März hatte Softbank angekündigt, Ampere Computing, einen kalifornischen Entwickler von Serverprozessoren, für 6,5 Milliarden Dollar zu übernehmen."),
    ],
    "not_deals": ["300 Milliarden Dollar", "zehn Milliarden Dollar", "20 Milliarden Dollar", "12,7 Milliarden Dollar",
                  "3,7 Milliarden Dollar", "3,99 Euro", "4,99 Euro im Monat"],
}

ARTICLES["013_micron_usa_saavedra.txt"] = {
    "published": "2025-06-13",
    "published_note": "from '13.06.2025 – 07:58 Uhr'; 'am Donnerstag' -> 2025-06-12; 'im Januar' -> 2025-01",
    "language": "de",
    "deals": [
        D("micron-us-200b", ["Micron"], "capex_plan", 200 * B, "USD", "approx", "2025-06-12", "announced",
          "Der US-Speicherchiphersteller Micron will in den kommenden rund 20 Jahren etwa 200 Milliarden Dollar in amerikanische Fabriken und Labore stecken.",
          note="the 150bn (manufacturing) and 50bn (R&D) parts are not_deals; CHIPS grants are not deals"),
        D("micron-singapore", ["Micron"], "capex_plan", 6.8 * B, "EUR", "approx", "2025-01", "announced",
          "Das Ausland bleibt wichtig: Erst im Januar hatte Micron in Singapur mit dem Bau eines Werks für Hochleistungsspeicher (HBM) begonnen, in das umgerechnet rund 6,8 Milliarden Euro fließen sollen.",
          kind_alt=["project"], note="restated in EUR only (008 gives US$7bn)"),
    ],
    "not_deals": ["rund 150 Milliarden Dollar", "50 Milliarden Dollar", "bis zu 6,4 Milliarden Dollar",
                  "8,8 Milliarden Dollar", "122,15 Dollar", "von 130 auf 150 Dollar", "50 Euro Startguthaben"],
}

ARTICLES["014_samsung_tesla_ibarra_en.txt"] = {
    "published": "2025-07-29",
    "published_note": "from 'Posted : 2025-07-29 18:20'; 'Samsung's Monday filing' -> 2025-07-28; 'In May' -> 2025-05",
    "language": "en",
    "deals": [
        D("samsung-tesla", ["Samsung Electronics", "Tesla"], "supply", 22.8 * T, "KRW", "exact", "2025-07-28", "signed",
          "Samsung Electronics has landed Tesla as a customer for its contract chipmaking business with an order valued at 22.8 trillion won, or about $16.5 billion, a lifeline for a unit that has been bleeding money.",
          kind_alt=["other"], term=["2025-07-24", "2033-12-31"], alt_amounts=alt((16.5 * B, "USD")),
          note="foundry contract; date from the regulatory filing on Monday, term from the next sentence"),
        D("samsung-flaktgroup", ["Samsung Electronics", "FläktGroup"], "acquisition", 1.5 * B, "EUR", "exact", "2025-05", "signed",
          "In May, Samsung agreed to buy German ventilation and air-conditioning specialist FläktGroup from investment firm Triton for 1.5 billion euros, betting on rising demand for cooling in data centres.",
          note="seller Triton not listed as party"),
    ],
    "not_deals": ["2 trillion won", "$4.75 billion", "70,400 won", "4.6 trillion won"],
}

ARTICLES["015_lordstown_softbank_valdes_en.txt"] = {
    "published": "2025-08-08",
    "published_note": "from the date line 'Friday, August 8, 2025 — Business'; sale disclosed 'on Aug. 1' -> 2025-08-01",
    "language": "en",
    "deals": [
        D("softbank-foxconn-lordstown", ["SoftBank", "Foxconn"], "acquisition", 375 * M, "USD", "exact", "2025-08-01", "completed",
          "Foxconn, the Taiwanese electronics manufacturer that has owned the sprawling site since 2022, disclosed on Aug. 1 that it had sold the plant and most of its equipment for $375 million to an entity called Crescent Dune LLC.",
          note="buyer Crescent Dune LLC = a SoftBank affiliate (next sentence); plant and equipment sale"),
        D("foxconn-lordstown-2022", ["Foxconn", "Lordstown Motors"], "acquisition", 230 * M, "USD", "exact", "2022", "completed",
          "Foxconn paid $230 million for the plant in 2022 when it took it over from the electric truck start-up Lordstown Motors.",
          required=False, note="background deal of 2022; optional; different from the 2025 sale"),
        D("softbank-foxconn-jv", ["SoftBank", "Foxconn"], "joint_venture", None, None, None, "2025-08", "announced",
          "Foxconn will stay on as operator: the two companies are setting up a joint venture to run the site, though neither gave financial terms.",
          required=False, note="no amount; second, different deal of the same pair"),
        D("stargate", ["SoftBank", "OpenAI", "Oracle"], "joint_venture", None, None, None, None, "announced",
          "SoftBank plans to use the factory to build equipment for the data centers of Stargate, the artificial-intelligence venture it formed with OpenAI and Oracle.",
          required=False, note="background mention, no amount"),
    ],
    "not_deals": ["roughly $1.9 million", "NT$1.79 trillion", "$8"],
}

ARTICLES["016_google_indien_figueroa.txt"] = {
    "published": "2025-10-15",
    "published_note": "from the date line 'Mittwoch, 15. Oktober 2025'; 'am Dienstag' -> 2025-10-14; 'im Juli' -> 2025-07",
    "language": "de",
    "deals": [
        D("google-vizag", ["Google", "AdaniConneX", "Bharti Airtel"], "project", 15 * B, "USD", "exact", "2025-10-14", "announced",
          "In den fünf Jahren von 2026 bis 2030 will der US-Konzern 15 Milliarden Dollar (knapp 13 Milliarden Euro) in einen Rechenzentrums-Campus in der Hafenstadt Visakhapatnam im Bundesstaat Andhra Pradesh stecken.",
          kind_alt=["capex_plan", "partnership", "investment"], term=["2026", "2030"], alt_amounts=alt((12.9 * B, "EUR")),
          note="'der US-Konzern' = Google; date and partners in the next sentences; state incentives are not deals"),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 85 * B, "USD", "exact", "2025-07", "planned",
          "Der Mutterkonzern hatte im Juli angekündigt, seine Investitionen in diesem Jahr auf 85 Milliarden Dollar zu erhöhen, vor allem für Server und Rechenzentren.",
          note="'Der Mutterkonzern' = Alphabet; year's capex plan, different from the India project"),
        D("openai-india", ["OpenAI"], "project", None, None, None, None, "rumored",
          "Auch OpenAI sucht Insidern zufolge nach einem Standort für ein großes Rechenzentrum in Indien; eine Summe wurde nicht genannt.",
          required=False, note="no amount"),
    ],
    "not_deals": ["mehr als 22.000 Crore Rupien", "gut 20 Milliarden Dollar", "243,70 Dollar"],
}

ARTICLES["017_india_hyperscalers_cisneros_en.html"] = {
    "published": "2025-12-11",
    "published_note": "from <meta name=pubdate>, JSON-LD and the byline 'Updated: Thu, Dec 11 2025 9:41 AM IST'; 'on Tuesday' -> 2025-12-09, 'A day later' -> 2025-12-10",
    "language": "en",
    "deals": [
        D("microsoft-india-2025-12", ["Microsoft"], "capex_plan", 17.5 * B, "USD", "exact", "2025-12-09", "announced",
          "Microsoft said on Tuesday it would invest $17.5 billion in the country between 2026 and 2029, its biggest investment anywhere in Asia, to build hyperscale data centres, AI infrastructure and skills programmes.",
          term=["2026", "2029"], note="different from the $3bn India plan of January 2025 (same article)"),
        D("amazon-india-2030", ["Amazon"], "capex_plan", 35 * B, "USD", "at_least", "2025-12-10", "announced",
          "A day later, Amazon said it would invest more than $35 billion across its Indian businesses by 2030, with a large share going into cloud and AI infrastructure.",
          term=[None, "2030"], note="the 'nearly $40 billion' invested since 2010 is a cumulative total (not_deal)"),
        D("microsoft-india-2025-01", ["Microsoft"], "capex_plan", 3 * B, "USD", "exact", "2025-01", "announced",
          "The fresh money is separate from an earlier Microsoft commitment of $3 billion, made in January and meant to expand its cloud and AI footprint across two years."),
        D("google-vizag", ["Google", "AdaniConneX", "Bharti Airtel"], "project", 15 * B, "USD", "exact", "2025-10", "announced",
          "The announcements follow Google's $15 billion AI hub in Visakhapatnam, unveiled in October with AdaniConneX and Bharti Airtel as partners.",
          kind_alt=["capex_plan", "partnership", "investment"]),
    ],
    "not_deals": ["$52.5 billion", "nearly $40 billion", "$80 billion", "$3.6 trillion", "₹500", "₹2,999 a year"],
}

ARTICLES["018_interview_speicher_zamora.txt"] = {
    "published": None,
    "published_note": "the interview has no date at all (only 'Lesedauer: 5 Minuten'); every deal date is null",
    "language": "de",
    "deals": [
        D("skhynix-indiana", ["SK hynix"], "capex_plan", 3.87 * B, "USD", "exact", None, "announced",
          "Ja, das Werk in Indiana ist mit 3,87 Milliarden Dollar für eine reine Endfertigung nicht riesig, aber strategisch wichtig.",
          kind_alt=["project"], note="'Der Konzern' in the question = SK Hynix"),
        D("samsung-tesla", ["Samsung Electronics", "Tesla"], "supply", 16.5 * B, "USD", "exact", None, "signed",
          "Der Vertrag mit Tesla über 16,5 Milliarden Dollar hat der Foundry-Sparte Luft verschafft, auch wenn die Marge offen ist.",
          kind_alt=["other"]),
        D("samsung-openai-loi", ["Samsung Electronics", "OpenAI"], "supply", None, None, None, None, "signed",
          "OpenAI hat mit beiden Koreanern Absichtserklärungen für das Projekt Stargate unterschrieben.",
          required=False, kind_alt=["partnership"], note="letter of intent without amount; 'beiden Koreanern' = SK Hynix and Samsung"),
        D("skhynix-openai-loi", ["SK hynix", "OpenAI"], "supply", None, None, None, None, "signed",
          "OpenAI hat mit beiden Koreanern Absichtserklärungen für das Projekt Stargate unterschrieben.",
          required=False, kind_alt=["partnership"], note="letter of intent without amount"),
    ],
    "not_deals": ["deutlich über 500 Dollar", "rund 55 Milliarden Dollar", "79 Euro", "6,99 Euro im Monat"],
}

ARTICLES["019_tsmc_micron_galeano_en.txt"] = {
    "published": "2026-01-19",
    "published_note": "from the issue line 'Vol. 8, No. 3 | Monday, January 19, 2026'; 'last Thursday' -> 2026-01-15; 'on Saturday' -> 2026-01-17",
    "language": "en",
    "deals": [
        D("tsmc-capex-2026", ["TSMC"], "capex_plan", 52 * B, "USD", "range", "2026-01-15", "planned",
          "TSMC guided last Thursday to capital expenditure of $52 billion to $56 billion in 2026, roughly a third more than it actually spent last year, $40.9 billion.",
          amount_max=56 * B, note="the $40.9bn actually spent in 2025 is a past figure (not_deal)"),
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38 * B, "USD", "range", "2025-01", "planned",
          "A year earlier the company had set aside $38 billion to $42 billion for 2025.",
          amount_max=42 * B, note="restated 2025 plan; must stay apart from the 2026 plan"),
        D("micron-psmc-p5", ["Micron", "PSMC"], "acquisition", 1.8 * B, "USD", "exact", "2026-01-17", "signed",
          "Micron on Saturday signed a letter of intent to buy Powerchip Semiconductor Manufacturing Corp.'s P5 fab in Tongluo, Miaoli County, for $1.8 billion in cash.",
          note="letter of intent; 020 reports the purchase completed"),
        D("softbank-ampere", ["SoftBank", "Ampere Computing"], "acquisition", 6.5 * B, "USD", "exact", "2025", "completed",
          "SoftBank, which closed its $6.5 billion takeover of Ampere Computing in late November, is putting the server-chip designer to work on processors for Stargate data centres.",
          note="closing in November 2025; the deal was agreed on 2025-03-19 (011), so only the year is given to keep the shared id's dates consistent"),
    ],
    "not_deals": ["$40.9 billion", "NT$505.7 billion", "$33.7 billion", "roughly NT$90 billion", "$95", "$349 a year"],
}

ARTICLES["020_speicherzyklus_arrieta.txt"] = {
    "published": "2026-11-12",
    "published_note": "from the header line 'Nr. 46 · 12. November 2026'; 'Ende Januar', 'im Januar', 'Mitte Januar' -> 2026-01",
    "language": "de",
    "deals": [
        D("kioxia-wd-2024", ["Kioxia", "Western Digital"], "project", 729 * B, "JPY", "exact", "2024-02", "announced",
          "Im Februar 2024 hatten Kioxia und sein damaliger Partner Western Digital mit staatlicher Hilfe 729 Milliarden Yen für neue Anlagen zugesagt, um überhaupt mithalten zu können.",
          kind_alt=["capex_plan", "joint_venture", "investment"]),
        D("kioxia-sandisk-2026", ["Sandisk", "Kioxia"], "supply", 1.17 * B, "USD", "approx", "2026-01", "signed",
          "Ende Januar verlängerten die Japaner und die Amerikaner ihr Gemeinschaftsunternehmen bis Ende 2034; Sandisk zahlt Kioxia dafür rund 1,17 Milliarden Dollar für Fertigungsleistungen.",
          kind_alt=["joint_venture", "other", "partnership"], term=[None, "2034-12"],
          note="JV extension with a payment for manufacturing services; Sandisk is the former flash business of Western Digital but a different party; different from the 2024 deal"),
        D("micron-psmc-p5", ["Micron", "PSMC"], "acquisition", 1.8 * B, "USD", "exact", "2026-01", "completed",
          "Auch Micron sichert sich Kapazität: Der US-Konzern hat die Fabrik P5 des taiwanischen Auftragsfertigers PSMC in Tongluo für 1,8 Milliarden Dollar übernommen.",
          note="agreed 'im Januar' (next sentence), completed in the summer"),
        D("skhynix-cheongju-pt7", ["SK hynix"], "capex_plan", 19 * T, "KRW", "approx", "2026-01", "announced",
          "SK Hynix wiederum baut in Cheongju für rund 19 Billionen Won (etwa 11 Milliarden Euro) eine neue Fabrik, in der HBM-Chips gestapelt und verpackt werden.",
          kind_alt=["project"], alt_amounts=alt((11 * B, "EUR")),
          note="date from the next sentence ('Mitte Januar'); different from the M15X fab of 2024 (004), also in Cheongju"),
    ],
    "not_deals": ["über 9 Billionen Yen", "410 Milliarden Yen", "5.000 Euro"],
}


def main():
    for a in ARTICLES.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d.get(k), float) and d[k].is_integer():
                    d[k] = int(d[k])
            for x in d.get("alt_amounts", []):
                if isinstance(x["amount"], float) and x["amount"].is_integer():
                    x["amount"] = int(x["amount"])
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
