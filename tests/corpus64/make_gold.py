#!/usr/bin/env python3
"""Write gold.json for tests/corpus64 (the hand annotation as a script).

Usage: python3 tests/corpus64/make_gold.py
Edit the annotation here, then run this to rewrite gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B, M, T = 1_000_000_000, 1_000_000, 1_000_000_000_000

ABOUT = (
    "Hand-annotated deals in the sixty-fourth, held-out test corpus (tests/corpus64/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: chip manufacturing and supply (TSMC's US fabs and customers, "
    "Intel's foundry deals and the US government's stake, Samsung's Tesla contract, Apple's and Nvidia's US "
    "manufacturing pledges, AMD's supply deal with OpenAI) and German coverage of the same. One entry per "
    "article; a deal that several articles report carries the same id in each. 'required': false marks vague, "
    "amount-less or background mentions that an extractor may report or not without penalty. 'not_deals' lists "
    "money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in another "
    "currency or as a total. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date line, dateline, "
    "issue line, byline, meta tag or JSON-LD, or null when the article has none); seasons and halves become "
    "the year; a cancelled deal keeps the date of the original plan or agreement; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement "
    "call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). All publications, research houses, banks, advertisers, associations, "
    "reporters, analysts and quoted people are invented (invented_names.txt); the deals of the real companies "
    "follow public reports with some details shifted or simplified (README.md); a few items are invented "
    "outright. Nothing here is reporting."
)

ALIASES = {
    "TSMC": ["TSMC", "TSMCs", "Taiwan Semiconductor Manufacturing Co", "Taiwan Semiconductor Manufacturing"],
    "Toyota": ["Toyota"],
    "Sony Semiconductor Solutions": ["Sony Semiconductor Solutions", "Sony"],
    "Denso": ["Denso"],
    "Microsoft": ["Microsoft"],
    "Intel": ["Intel", "Intel Corp."],
    "US Department of Commerce": ["US Department of Commerce", "U.S. Department of Commerce", "Commerce Department"],
    "SK hynix": ["SK hynix"],
    "Apollo": ["Apollo", "Apollo Global Management"],
    "Brookfield": ["Brookfield", "Brookfield Asset Management"],
    "Qualcomm": ["Qualcomm"],
    "Bosch": ["Bosch", "Robert Bosch GmbH"],
    "Infineon": ["Infineon", "Infineon Technologies"],
    "NXP": ["NXP", "NXP Semiconductors"],
    "Apple": ["Apple", "Apple Inc."],
    "Nvidia": ["Nvidia", "Nvidias", "Nvidia Corp."],
    "Silver Lake": ["Silver Lake"],
    "Altera": ["Altera"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung", "Samsungs"],
    "Tesla": ["Tesla", "Teslas"],
    "LG Energy Solution": ["LG Energy Solution", "LG"],
    "Corning": ["Corning", "Corning Inc."],
    "MP Materials": ["MP Materials", "MP"],
    "US Department of Defense": ["US Department of Defense", "US-Verteidigungsministerium", "Verteidigungsministerium", "Pentagon"],
    "JPMorgan": ["JPMorgan", "JPMorgan Chase"],
    "Goldman Sachs": ["Goldman Sachs"],
    "US government": ["US government", "U.S. government", "US-Regierung", "Washington"],
    "SoftBank": ["SoftBank", "SoftBank Group", "Softbank"],
    "AMD": ["AMD", "Advanced Micro Devices"],
    "OpenAI": ["OpenAI"],
    "ZT Systems": ["ZT Systems"],
    "Sanmina": ["Sanmina"],
    "Taiwan": ["Taiwan", "Taipeh"],
    "United States": ["United States", "USA", "Vereinigten Staaten"],
    "State of Arizona": ["State of Arizona", "Bundesstaats Arizona", "Bundesstaat Arizona"],
    "Micron": ["Micron", "Micron Technology"],
    "ESMC": ["ESMC", "European Semiconductor Manufacturing Company"],
    "Flughafen Dresden": ["Flughafen Dresden", "Flughafen Dresden GmbH", "Flughafengesellschaft"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, kind_alt=None, alt=None, term=None, per=None, note=None):
    amount = None if amount is None else int(round(amount))
    amount_max = None if amount_max is None else int(round(amount_max))
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if alt:
        d["alt_amounts"] = [{"amount": int(round(a)), "currency": c} for a, c in alt]
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ART = {}

ART["001_penhallow_kumamoto_en.txt"] = A(
    "2024-02-22", "from the issue line 'Issue 14 · Thursday 22 February 2024'; 'on 6 February' -> 2024-02-06; 'on Wednesday' -> 2024-02-21", "en",
    [
        D("jasm-second-fab-2024", ["TSMC", "Toyota", "Sony Semiconductor Solutions", "Denso"], "joint_venture", 20 * B, "USD", "at_least",
          "2024-02-06", "announced",
          "Under the plan unveiled on 6 February, Toyota joins Sony Semiconductor Solutions and Denso as a minority shareholder in Japan Advanced Semiconductor Manufacturing (JASM), and the partners' combined investment in the venture will exceed $20 billion, or roughly ¥3 trillion.",
          alt=[(3 * T, "JPY")],
          kind_alt=["investment", "project"],
          note="TSMC (majority owner) from the previous and next sentences; 'exceed' -> at_least; the ¥732bn subsidy is not a deal"),
        D("microsoft-intel-18a", ["Intel", "Microsoft"], "supply", None, None, None, "2024-02-21", "announced",
          "At its first foundry event in San Jose on Wednesday, Intel finally put a name to an 18A customer: Microsoft will have a chip of its own design built on the process.",
          required=False, kind_alt=["partnership"],
          note="no amount ('Neither company attached a figure'); the $15bn 'lifetime value' is Intel's cumulative pipeline, not this deal"),
    ],
    ["¥732 billion", "¥280,000 a month", "$15 billion", "$10 billion", "$43", "$1.7 trillion", "€868", "£149"])

ART["002_trevose_tsmc_phoenix_en.txt"] = A(
    "2024-04-08", "from the header 'April 8, 2024 · 4:12 PM MST' and the dateline 'PHOENIX, April 8'; 'on Monday' -> 2024-04-08; 'last Wednesday' -> 2024-04-03", "en",
    [
        D("tsmc-arizona-2024", ["TSMC"], "capex_plan", 65 * B, "USD", "at_least", "2024-04-08", "announced",
          "Taiwan Semiconductor Manufacturing Co will build a third chip plant in Arizona, lifting its planned spending in the state to more than $65 billion, the company and the Commerce Department said on Monday.",
          kind_alt=["project"],
          note="stated spending plan for the Arizona site including the third fab"),
        D("tsmc-chips-loans-2024", ["US Department of Commerce", "TSMC"], "other", 5 * B, "USD", "up_to", "2024-04-08", "planned",
          "The department also offered up to $5 billion in loans, which TSMC may or may not draw.",
          required=False,
          note="preliminary government loan offer within the CHIPS subsidy package; a loan, but part of a state aid award, so optional; the $6.6bn grants are not a deal"),
        D("skhynix-indiana-2024", ["SK hynix"], "project", 3.87 * B, "USD", "approx", "2024-04-03", "announced",
          "The award follows SK hynix's decision last Wednesday to put about $3.87 billion into a chip-packaging facility near Purdue University in West Lafayette, Indiana, which is meant to stack high-bandwidth memory for Nvidia's accelerators from 2028.",
          kind_alt=["capex_plan"],
          note="'last Wednesday' in a Monday wire -> 2024-04-03; Nvidia is only the intended customer, not a party"),
    ],
    ["$6.6 billion", "$20 billion to $25 billion", "$95,000 a year", "$39 billion", "$75 billion", "T$775", "$144.80"])

ART["003_lausitzer_intel_irland.txt"] = A(
    "2024-06-05", "from the date line 'Mittwoch, 5. Juni 2024 · Unternehmen & Märkte · Seite 11'; 'am Dienstag' -> 2024-06-04", "de",
    [
        D("intel-apollo-ireland-jv", ["Apollo", "Intel"], "joint_venture", 11 * B, "USD", "exact", "2024-06-04", "signed",
          "Apollo zahlt elf Milliarden Dollar und erhält dafür 49 Prozent an der neuen Gesellschaft, wie beide Seiten am Dienstag mitteilten.",
          kind_alt=["investment"],
          note="amount in words; Intel and the Fab 34 venture in the previous sentences; different from Apollo's rumoured up-to-$5bn offer in 005"),
        D("intel-brookfield-arizona", ["Intel", "Brookfield"], "joint_venture", None, None, None, "2022", "signed",
          "Das Modell kennt man aus Arizona: 2022 hatte Intel mit Brookfield eine ähnliche Partnerschaft für den Standort Chandler geschlossen, bei der die Kanadier bis zu 49 Prozent des Projekts finanzieren.",
          required=False, kind_alt=["investment"],
          note="background, no amount ('bis zu 49 Prozent' is a share, not money)"),
        D("intel-magdeburg", ["Intel"], "project", 30 * B, "EUR", "approx", None, "planned",
          "Für das Werk in der Börde plant Intel weiterhin Investitionen von rund 30 Milliarden Euro; der Bund hat 9,9 Milliarden Euro an Subventionen zugesagt, die EU-Kommission muss sie noch genehmigen.",
          kind_alt=["capex_plan"],
          note="plan still alive here, no date given; cancelled in 009 and 015; the €9.9bn subsidy is not a deal"),
        D("intel-capex-2024", ["Intel"], "capex_plan", 26 * B, "USD", "range", None, "announced",
          "Im ersten Quartal stand ein Verlust von 381 Millionen Dollar in den Büchern, die Investitionen für 2024 veranschlagt das Management auf brutto 26 bis 29 Milliarden Dollar.",
          amount_max=29 * B,
          note="capex guidance for 2024 (range); the Q1 loss in the same sentence is not a deal; no announcement date in the text"),
    ],
    ["18,4 Milliarden Dollar", "9,9 Milliarden Euro", "381 Millionen Dollar", "30,20 Dollar", "knapp 130 Milliarden Dollar", "Parken 3 Euro"])

ART["004_elbhang_esmc_spatenstich.txt"] = A(
    "2024-08-21", "from the line 'Mittwoch, 21.08.2024' under the masthead; the groundbreaking 'Am Dienstagvormittag' was 2024-08-20 (not a deal)", "de",
    [
        D("esmc-dresden", ["TSMC", "Bosch", "Infineon", "NXP"], "joint_venture", 10 * B, "EUR", "at_least", "2023-08", "signed",
          "Das Gemeinschaftsunternehmen, das die vier Konzerne im August vergangenen Jahres besiegelt hatten, soll insgesamt mehr als zehn Milliarden Euro kosten.",
          kind_alt=["project"],
          note="'die vier Konzerne' = TSMC, Bosch, Infineon, NXP (previous sentence); 'im August vergangenen Jahres' -> 2023-08; project cost in words; the €5bn aid in the next sentence is not a deal"),
        D("infineon-dresden-fab", ["Infineon"], "project", 5 * B, "EUR", "exact", None, "announced",
          "Nur wenige Kilometer entfernt zieht Infineon bereits seine „Smart Power Fab\" hoch, in die der Münchner Konzern 5 Milliarden Euro steckt – die größte Einzelinvestition seiner Firmengeschichte.",
          kind_alt=["capex_plan"],
          note="own plant under construction; no announcement date in the text"),
        D("esmc-airport-lease", ["ESMC", "Flughafen Dresden"], "other", 420_000, "EUR", "exact", None, "signed",
          "Für Container, Kräne und Parkplätze hat ESMC vom Flughafen Dresden eine benachbarte Fläche gepachtet – für 420.000 Euro jährlich, wie die Flughafengesellschaft bestätigte.",
          per="year", note="invented site lease, a yearly rate; no date given"),
    ],
    ["fünf Milliarden Euro", "280 Millionen Euro", "14,50 Euro je Quadratmeter", "keine zehn Euro", "3.400 Euro brutto im Monat", "27.900 Euro"])

ART["005_porthkerris_intel_apollo_en.txt"] = A(
    "2024-11-04", "from the header 'Nov 4, 2024 · 07:55 ET'; 'weekend report' -> 2024-11-02/03 (month kept); 'In June' -> 2024-06; 'September' -> 2024-09", "en",
    [
        D("apollo-intel-offer-2024", ["Apollo", "Intel"], "investment", 5 * B, "USD", "up_to", "2024-11", "rumored",
          "Intel shares were indicated about 1% higher before the bell on Monday after a weekend report that Apollo Global Management has offered to make an equity-like investment of as much as $5 billion in the struggling chipmaker.",
          note="reported offer from unnamed insiders; 'as much as' -> up_to; second, different Apollo-Intel deal next to the Ireland venture"),
        D("intel-apollo-ireland-jv", ["Apollo", "Intel"], "joint_venture", 11 * B, "USD", "exact", "2024-06", "completed",
          "In June the two sides agreed that Apollo would pay $11 billion for a 49% stake in a joint venture around Intel's Fab 34 in Ireland, a transaction that has since closed.",
          kind_alt=["investment"],
          note="restatement of the 003 deal ('the two sides'); closed since"),
        D("qualcomm-intel-approach", ["Qualcomm", "Intel"], "acquisition", None, None, None, "2024-09", "rumored",
          "The Apollo report follows September's news that Qualcomm had approached Intel about a possible takeover, an idea that has gone quiet since, and Friday's announcement that Nvidia will replace Intel in the Dow Jones Industrial Average from November 8, ending a 25-year membership.",
          required=False, note="takeover approach without amount; the Dow change is not a deal"),
        D("intel-magdeburg", ["Intel"], "project", None, None, None, None, "planned",
          "It has put its planned fab in Magdeburg, Germany, on ice for roughly two years.",
          required=False, kind_alt=["capex_plan"], note="paused, no amount"),
    ],
    ["$16.6 billion", "$8.5 billion", "$23.43", "$135.40", "$24 price target", "$23.20", "about $100 billion", "0.9 cents a share"])

ART["006_castellan_tsmc_100bn_en.txt"] = A(
    "2025-03-04", "from 'Published March 4, 2025 | 05:30 GMT'; dateline 'March 3'; 'on Monday' -> 2025-03-03; 'last week' -> 2025-02 (week of 24 Feb); 'in January' -> 2025-01; 'in February' -> 2025-02", "en",
    [
        D("tsmc-us-100bn-2025", ["TSMC"], "capex_plan", 100 * B, "USD", "exact", "2025-03-03", "announced",
          "Taiwan Semiconductor Manufacturing Co will pour a further $100 billion into American chipmaking in the coming years, Chief Executive C.C. Wei announced at the White House on Monday, standing next to President Donald Trump.",
          kind_alt=["project"], alt=[(95 * B, "EUR")],
          note="EUR figure from 007; the $165bn total is not a deal"),
        D("tsmc-arizona-2024", ["TSMC"], "capex_plan", 65 * B, "USD", "exact", None, "announced",
          "Together with the $65 billion already committed there, the company's U.S. spending plans now add up to $165 billion, which the White House hailed as the biggest foreign direct investment the nation has ever seen.",
          required=False, kind_alt=["project"],
          note="the 2024 Arizona plan (002) mentioned only as the earlier part of a sum; optional; $165bn is a cumulative total"),
        D("apple-us-500bn-2025", ["Apple"], "capex_plan", 500 * B, "USD", "at_least", "2025-02", "announced",
          "It also rivals Apple's own U.S. promise: last week the iPhone maker said it would spend and invest more than $500 billion in the country over four years, including a server plant in Houston.",
          note="'last week' in a Tuesday wire -> 2025-02; different from Apple's extra $100bn of August 2025"),
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38 * B, "USD", "range", "2025-01", "announced",
          "TSMC had already set its 2025 capex budget at $38 billion to $42 billion when it reported results in January, and Wei did not say whether the new outlay would lift that range.",
          amount_max=42 * B, note="annual capex guidance; different from the 2026 range (019, 020)"),
        D("tsmc-intel-venture-talks", ["TSMC", "Intel"], "investment", None, None, None, "2025-02", "rumored",
          "Several outlets reported in February that the Taiwanese group had been sounded out about taking a stake in a venture that would run Intel's U.S. fabs; TSMC has declined to comment on those reports, and Wei said on Monday the new plan had nothing to do with Intel.",
          required=False, kind_alt=["joint_venture"], note="rumour without amount"),
    ],
    ["$165 billion", "T$1,020", "NT$26.5 trillion", "$180.20", "around $18,000 to $20,000"])

ART["007_aktiendepesche_tsmc.txt"] = A(
    "2025-03-04", "from the header '04.03.2025 | 09:41 Uhr'; 'am Montagabend deutscher Zeit' -> 2025-03-03; 'vergangene Woche' -> 2025-02", "de",
    [
        D("tsmc-us-100bn-2025", ["TSMC"], "capex_plan", 100 * B, "USD", "exact", "2025-03-03", "announced",
          "TSMC will weitere 100 Milliarden Dollar, umgerechnet gut 95 Milliarden Euro, in neue Werke in Arizona stecken.",
          kind_alt=["project"], alt=[(95 * B, "EUR")],
          note="'am Montagabend' in the next sentence; 'gut' applies to the EUR conversion"),
        D("apple-us-500bn-2025", ["Apple"], "capex_plan", 500 * B, "USD", "at_least", "2025-02", "announced",
          "Erst vergangene Woche hatte Apple zugesagt, über vier Jahre hinweg mehr als 500 Milliarden Dollar im eigenen Land auszugeben."),
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38 * B, "USD", "range", None, "announced",
          "Für 2025 hat TSMC Investitionen zwischen 38 und 42 Milliarden Dollar eingeplant – ob die neuen US-Werke diesen Rahmen sprengen, ließ das Management offen.",
          amount_max=42 * B, note="restated capex guidance, no date given"),
    ],
    ["165 Milliarden Dollar", "172,10 €", "108,96 €", "672,40 €", "33,05 €", "1.350 Taiwan-Dollar", "4,50 Taiwan-Dollar je Aktie", "150 Euro Prämie", "ab 1 Euro"])

ART["008_tintagel_nvidia_altera_en.html"] = A(
    "2025-04-16", "only from <meta property=article:published_time> and JSON-LD datePublished 2025-04-16 (no visible date); 'on Monday' -> 2025-04-14", "en",
    [
        D("nvidia-us-production-2025", ["Nvidia"], "project", 500 * B, "USD", "up_to", "2025-04-14", "announced",
          "The chip designer said on Monday that, together with its partners, it intends to produce up to half a trillion dollars of AI infrastructure in the United States within the next four years.",
          kind_alt=["capex_plan", "other"],
          note="'The chip designer' = Nvidia (previous sentence); amount in words; a production pledge with partners, not own capex"),
        D("silverlake-altera-2025", ["Silver Lake", "Intel", "Altera"], "acquisition", 4.46 * B, "USD", "exact", "2025-04-14", "signed",
          "Also on Monday, Intel agreed to sell 51% of its programmable-chip unit Altera to private-equity firm Silver Lake for $4.46 billion.",
          note="the $8.75bn valuation in the next sentence is not a deal"),
        D("intel-altera-2015", ["Intel", "Altera"], "acquisition", 16.7 * B, "USD", "exact", "2015", "completed",
          "The deal values Altera at $8.75 billion, roughly half of the $16.7 billion Intel paid for the business in 2015, and the parties aim to complete it before year-end.",
          required=False, note="background: Intel's own purchase of Altera in 2015"),
    ],
    ["$5.5 billion", "$8.75 billion", "$2.6 trillion", "$130.5 billion", "$1.54 billion", "£1,295"])

ART["009_elbauen_magdeburg_aus.txt"] = A(
    "2025-07-25", "from the date line 'Freitag, 25. Juli 2025'; 'am Donnerstagabend' -> 2025-07-24", "de",
    [
        D("intel-poland", ["Intel"], "project", 4.6 * B, "USD", "approx", None, "cancelled",
          "Auch das Werk im polnischen Wrocław, für das rund 4,6 Milliarden Dollar vorgesehen waren, wird gestrichen.",
          kind_alt=["capex_plan"], note="cancelled plan; original plan date not given"),
        D("intel-magdeburg", ["Intel"], "project", 30 * B, "EUR", "approx", "2023", "cancelled",
          "Ursprünglich hatte der Konzern 17 Milliarden Euro veranschlagt, 2023 stockte er die Investition auf rund 30 Milliarden Euro auf – im Gegenzug für 9,9 Milliarden Euro vom Bund.",
          kind_alt=["capex_plan"],
          note="cancelled 2025-07-24; the date is that of the raised plan (2023); the €9.9bn subsidy is not a deal"),
        D("intel-magdeburg-2022", ["Intel"], "project", 17 * B, "EUR", "exact", None, "cancelled",
          "Ursprünglich hatte der Konzern 17 Milliarden Euro veranschlagt, 2023 stockte er die Investition auf rund 30 Milliarden Euro auf – im Gegenzug für 9,9 Milliarden Euro vom Bund.",
          required=False, kind_alt=["capex_plan"],
          note="the original, superseded version of the Magdeburg plan; optional"),
        D("intel-capex-2025", ["Intel"], "capex_plan", 18 * B, "USD", "approx", "2025-07-24", "announced",
          "Die Investitionen für das laufende Jahr sollen brutto bei etwa 18 Milliarden Dollar liegen, hieß es; Konzernchef Lip-Bu Tan will künftig nur noch dort bauen, wo feste Kundenaufträge vorliegen.",
          note="given with the quarterly figures on Thursday evening (previous sentences)"),
        D("esmc-dresden", ["TSMC", "Bosch", "Infineon", "NXP"], "joint_venture", 10 * B, "EUR", "at_least", None, "signed",
          "Dort baut ESMC, das Gemeinschaftsunternehmen von TSMC, Bosch, Infineon und NXP, unbeirrt an seinem Werk für mehr als zehn Milliarden Euro weiter.",
          kind_alt=["project"], note="restatement of the 004 venture"),
    ],
    ["9,9 Milliarden Euro", "2,9 Milliarden Dollar", "etwa 220 Millionen Euro", "3,50 Euro", "60 Millionen Euro"])

ART["010_hallyeo_samsung_tesla_en.txt"] = A(
    "2025-07-29", "from 'Posted : 2025-07-29 10:02'; 'on Monday' -> 2025-07-28", "en",
    [
        D("samsung-tesla-foundry", ["Samsung Electronics", "Tesla"], "supply", 22.8 * T, "KRW", "exact", "2025-07-28", "signed",
          "Tesla has handed Samsung Electronics a chipmaking order worth 22.8 trillion won, a deal that could finally give its loss-making foundry business a marquee customer for the new plant in Taylor, Texas.",
          kind_alt=["other"], alt=[(16.5 * B, "USD"), (14.2 * B, "EUR")],
          term=["2025-07-24", "2033-12-31"],
          note="disclosed 'on Monday' (next paragraph); USD in the following sentence ('In dollar terms the order comes to $16.5 billion'), EUR from 012; different from the amount-less AI5 order (019)"),
        D("samsung-texas-plan", ["Samsung Electronics"], "capex_plan", 37 * B, "USD", "at_least", None, "announced",
          "Samsung has promised more than $37 billion of investment in the Taylor area through 2030 and was awarded up to $4.745 billion in U.S. federal subsidies last December.",
          term=[None, "2030"], note="stated investment plan for a period; the subsidy in the same sentence is not a deal"),
    ],
    ["about 300 trillion won", "over 2 trillion won", "4.6 trillion won", "70,400 won", "$4.745 billion"])

ART["011_saltriver_apple_corning_en.html"] = A(
    "2025-08-07", "from the visible byline 'Thursday, August 7, 2025' (also <meta name=pubdate> and JSON-LD); 'Wednesday' -> 2025-08-06; 'Last month' -> 2025-07; 'in February' -> 2025-02", "en",
    [
        D("apple-us-pledge-2025-08", ["Apple"], "capex_plan", 100 * B, "USD", "exact", "2025-08-06", "announced",
          "Apple will put another $100 billion into its U.S. operations, the company announced Wednesday at the White House, raising its four-year domestic commitment to $600 billion.",
          alt=[(600 * B, "USD")],
          note="the addition; $600bn is the raised total and an alt amount (013 and 020 give only the total)"),
        D("apple-corning-2025", ["Apple", "Corning"], "investment", 2.5 * B, "USD", "exact", "2025-08-06", "announced",
          "Apple is committing $2.5 billion to Corning's plant in Harrodsburg, which will make cover glass for every iPhone and Apple Watch sold worldwide.",
          kind_alt=["supply"], note="part of the Wednesday announcement; different from the 2021 $45m"),
        D("apple-corning-2021", ["Apple", "Corning"], "investment", 45 * M, "USD", "exact", "2021", "completed",
          "It is not the first time Cupertino money has come to town: Apple's Advanced Manufacturing Fund put $45 million into Corning in 2021 to support work on the same product line.",
          required=False, note="background, earlier deal of the same pair"),
        D("apple-us-500bn-2025", ["Apple"], "capex_plan", 500 * B, "USD", "at_least", "2025-02", "announced",
          "Wednesday's announcement expands a program Apple first outlined in February, when it promised to spend and invest more than $500 billion over four years."),
        D("apple-mp-materials", ["Apple", "MP Materials"], "supply", 500 * M, "USD", "exact", "2025-07", "signed",
          "Last month it agreed to buy $500 million worth of rare-earth magnets from MP Materials, and Apple said Samsung's fab in Austin, Texas, will supply it with chips using a new technology.",
          kind_alt=["investment"], note="'it' = Apple; 'Last month' -> 2025-07"),
        D("samsung-apple-austin", ["Samsung Electronics", "Apple"], "supply", None, None, None, "2025-08-06", "announced",
          "Last month it agreed to buy $500 million worth of rare-earth magnets from MP Materials, and Apple said Samsung's fab in Austin, Texas, will supply it with chips using a new technology.",
          required=False, note="no amount"),
    ],
    ["$94 billion", "$22 an hour", "up to $4 million", "$3 million", "$1,000", "$2.99 a week"])

ART["012_kursmakler_samsung_lg.txt"] = A(
    "2025-07-31", "from the header '31.07.2025, 08:15'; 'Am Montag' -> 2025-07-28; 'Am Mittwoch' -> 2025-07-30", "de",
    [
        D("samsung-tesla-foundry", ["Samsung Electronics", "Tesla"], "supply", 22.8 * T, "KRW", "exact", "2025-07-28", "signed",
          "Am Montag hatte Samsung Electronics einen Fertigungsauftrag offengelegt, der 22,8 Billionen Won schwer ist, rund 14,2 Milliarden Euro; der Kunde ist Tesla, wie Musk selbst bestätigte.",
          kind_alt=["other"], alt=[(14.2 * B, "EUR")], term=[None, "2033-12"],
          note="'bis Ende 2033' in the next sentence"),
        D("lges-tesla-battery", ["LG Energy Solution", "Tesla"], "supply", 5.9 * T, "KRW", "exact", "2025-07-30", "signed",
          "Der Konzern meldete einen Liefervertrag für Lithium-Eisenphosphat-Batterien im Volumen von 5,9 Billionen Won, umgerechnet etwa 4,3 Milliarden Dollar, der von August 2027 an gut drei Jahre läuft.",
          alt=[(4.3 * B, "USD")], term=["2027-08", None],
          note="'Der Konzern' = LG Energy Solution ('Am Mittwoch', previous sentence); buyer Tesla only 'Insidern zufolge' (next sentence)"),
    ],
    ["72.600 KRW", "365.500 KRW", "271.000 KRW", "319,04 USD", "22,5 Milliarden Dollar", "95.000 Won", "179 Euro"])

ART["013_erdenmetall_mp_materials.txt"] = A(
    "2025-08-18", "from the byline 'veröffentlicht am 18.08.2025'; 'Am 10. Juli' -> 2025-07-10; 'Fünf Tage später' -> 2025-07-15; 'Anfang August' -> 2025-08", "de",
    [
        D("dod-mp-equity", ["US Department of Defense", "MP Materials"], "investment", 400 * M, "USD", "exact", "2025-07-10", "signed",
          "Am 10. Juli verpflichtete sich das Pentagon, für 400 Millionen Dollar Vorzugsaktien von MP Materials zu übernehmen; damit wird der Staat größter Anteilseigner.",
          note="first of two different money deals of the same pair on the same day"),
        D("dod-mp-loan", ["US Department of Defense", "MP Materials"], "other", 150 * M, "USD", "exact", "2025-07-10", "signed",
          "Hinzu kommt ein Darlehen über 150 Millionen Dollar, mit dem MP die Abtrennung schwerer seltener Erden ausbauen soll.",
          note="loan; lender (the Pentagon) and date from the previous sentence; a separate deal from the equity purchase"),
        D("dod-mp-offtake", ["US Department of Defense", "MP Materials"], "supply", None, None, None, "2025-07-10", "signed",
          "Außerdem garantiert das Ministerium zehn Jahre lang einen Mindestpreis von 110 Dollar je Kilogramm für das Oxid NdPr und nimmt sämtliche Magnete einer neuen Fabrik ab.",
          required=False, note="offtake and price floor without a deal value; the price floor is a price, not a deal"),
        D("apple-mp-materials", ["Apple", "MP Materials"], "supply", 500 * M, "USD", "exact", "2025-07-15", "signed",
          "Der iPhone-Konzern kauft bei MP für 500 Millionen Dollar Magnete aus recyceltem Material, die ab 2027 in Fort Worth gefertigt werden sollen.",
          kind_alt=["investment"], note="'Der iPhone-Konzern' = Apple; 'Fünf Tage später' after 10 July -> 2025-07-15"),
        D("banks-mp-loan", ["JPMorgan", "Goldman Sachs", "MP Materials"], "other", 1 * B, "USD", "exact", None, "signed",
          "Die neue Magnetfabrik „10X\" finanziert eine Kreditzusage von JPMorgan und Goldman Sachs über eine Milliarde Dollar.",
          note="credit commitment in words; borrower MP from the context; no date in the text"),
        D("apple-us-pledge-2025-08", ["Apple"], "capex_plan", 600 * B, "USD", "exact", "2025-08", "announced",
          "Anfang August hob Apple dann sein US-Versprechen auf 600 Milliarden Dollar an – MP wird dabei ausdrücklich als Baustein genannt.",
          alt=[(100 * B, "USD")], note="the August raise given only as the new total (alt amount of the 011 entry)"),
    ],
    ["110 Dollar je Kilogramm", "64,80 Dollar", "rund elf Milliarden Dollar", "57,4 Millionen Dollar", "30,9 Millionen Dollar", "rund 60 Dollar je Kilogramm", "4 Euro im Monat"])

ART["014_trevose_intel_stake_en.txt"] = A(
    "2025-08-23", "from the header 'August 23, 2025 · 07:10 AM ET' and the dateline 'Aug 22'; 'on Friday' -> 2025-08-22; 'On Monday' -> 2025-08-18", "en",
    [
        D("usgov-intel-stake", ["US government", "Intel"], "investment", 8.9 * B, "USD", "exact", "2025-08-22", "signed",
          "The U.S. government will become Intel's largest shareholder, after the chipmaker agreed on Friday to sell Washington 433.3 million new shares for $8.9 billion, or $20.47 apiece, equal to a 9.9% stake.",
          alt=[(7.6 * B, "EUR")],
          note="EUR from 015; the $5.7bn/$3.2bn funding parts, the $2.2bn received and the $11.1bn total are not deals"),
        D("softbank-intel", ["SoftBank", "Intel"], "investment", 2 * B, "USD", "exact", "2025-08-18", "signed",
          "On Monday, Japan's SoftBank Group said it would invest $2 billion in Intel at $23 a share, while Commerce Secretary Howard Lutnick had spent days pressing publicly for an equity stake in exchange for the grants."),
        D("intel-capex-2025", ["Intel"], "capex_plan", 18 * B, "USD", "approx", None, "announced",
          "Intel, which expects gross capital spending of about $18 billion this year, has cut its workforce and dropped planned factories in Germany and Poland.",
          note="restated capex plan in a relative clause, no date"),
        D("intel-magdeburg", ["Intel"], "project", None, None, None, None, "cancelled",
          "Intel, which expects gross capital spending of about $18 billion this year, has cut its workforce and dropped planned factories in Germany and Poland.",
          required=False, kind_alt=["capex_plan"], note="amount-less mention of the cancelled German plant"),
        D("intel-poland", ["Intel"], "project", None, None, None, None, "cancelled",
          "Intel, which expects gross capital spending of about $18 billion this year, has cut its workforce and dropped planned factories in Germany and Poland.",
          required=False, kind_alt=["capex_plan"], note="amount-less mention of the cancelled Polish plant"),
    ],
    ["$20.47 apiece", "$5.7 billion", "$3.2 billion", "$2.2 billion", "$11.1 billion", "$20 a share", "$23 a share", "$24.80", "about $108 billion", "$10.7 billion"])

ART["015_elbauen_intel_staat.html"] = A(
    "2025-08-25", "from the visible line '25.08.2025, 06:00 Uhr' (also <meta name=date> and JSON-LD); 'am Freitag' -> 2025-08-22; 'eine Woche zuvor' -> 2025-08", "de",
    [
        D("usgov-intel-stake", ["US government", "Intel"], "investment", 8.9 * B, "USD", "exact", "2025-08-22", "signed",
          "Für die Beteiligung zahlt Washington 8,9 Milliarden Dollar, umgerechnet rund 7,6 Milliarden Euro, wie der Chipkonzern am Freitag mitteilte.",
          alt=[(7.6 * B, "EUR")], note="Intel named in the previous sentence"),
        D("softbank-intel", ["SoftBank", "Intel"], "investment", 2 * B, "USD", "exact", "2025-08", "signed",
          "Bereits eine Woche zuvor hatte sich der japanische Technologieinvestor Softbank mit zwei Milliarden Dollar bei den Amerikanern eingekauft.",
          note="'den Amerikanern' = Intel; 'eine Woche zuvor' relative to Friday -> month only"),
        D("intel-magdeburg", ["Intel"], "project", 30 * B, "EUR", "approx", None, "cancelled",
          "Intel hatte Ende Juli die Pläne für das rund 30 Milliarden Euro teure Werk am Eulenberg endgültig beerdigt.",
          kind_alt=["capex_plan"], note="'Ende Juli' is the cancellation, not the date of the plan, so date null"),
    ],
    ["9,9 Milliarden Euro", "48 Millionen Euro", "24,80 Dollar", "rund 108 Milliarden Dollar", "50.000 Euro", "19,90 Euro pro Monat"])

ART["016_goonhilly_amd_openai_en.txt"] = A(
    "2025-10-07", "from the header 'Oct 7, 2025 · 6:45 AM ET'; 'on Monday' -> 2025-10-06; 'two weeks after' -> 2025-09; 'Last year' -> 2024; 'this spring' -> 2025", "en",
    [
        D("amd-openai-6gw", ["AMD", "OpenAI"], "supply", None, None, None, "2025-10-06", "signed",
          "AMD and OpenAI have entered a multi-year, multi-generation agreement under which OpenAI will deploy 6 gigawatts of AMD Instinct GPUs, the companies said on Monday.",
          required=False, kind_alt=["partnership"], term=["2026", None],
          note="no price ('The release carried no price tag'); the warrant value and 'tens of billions' of revenue are not deal amounts"),
        D("nvidia-openai-loi", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09", "announced",
          "The pact lands only two weeks after Nvidia agreed in a letter of intent that it may put up to $100 billion into the ChatGPT maker, in step with each gigawatt of Nvidia systems OpenAI switches on."),
        D("amd-zt-systems", ["AMD", "ZT Systems"], "acquisition", 4.9 * B, "USD", "exact", "2024", "signed",
          "Last year the company struck a $4.9 billion agreement to acquire ZT Systems, a maker of data-centre racks, and this spring it sold ZT's manufacturing arm to Sanmina for $3 billion while keeping the design teams.",
          note="'the company' = AMD"),
        D("sanmina-zt-manufacturing", ["Sanmina", "AMD"], "acquisition", 3 * B, "USD", "exact", "2025", "signed",
          "Last year the company struck a $4.9 billion agreement to acquire ZT Systems, a maker of data-centre racks, and this spring it sold ZT's manufacturing arm to Sanmina for $3 billion while keeping the design teams.",
          note="second deal in the same sentence; 'this spring' -> year"),
    ],
    ["one cent each", "$600", "$203.71", "about $330 billion", "roughly $32.6 billion", "$185.54", "$270", "$190", "$0.49 per contract"])

ART["017_kursmakler_ticker_nvidia_intel.txt"] = A(
    "2025-09-18", "from the ticker line 'Donnerstag, 18. September 2025'; 'am Donnerstag' -> 2025-09-18; 'Im August' -> 2025-08", "de",
    [
        D("nvidia-intel-investment", ["Nvidia", "Intel"], "investment", 5 * B, "USD", "exact", "2025-09-18", "signed",
          "Der KI-Chipkonzern kauft Intel-Stammaktien für fünf Milliarden Dollar zu je 23,28 Dollar, wie beide Unternehmen am Donnerstag mitteilten.",
          note="'Der KI-Chipkonzern' = Nvidia (previous sentence); amount in words; the per-share price is not a deal"),
        D("nvidia-intel-partnership", ["Nvidia", "Intel"], "partnership", None, None, None, "2025-09-18", "announced",
          "Zusätzlich wollen die bisherigen Rivalen gemeinsam Chips für Rechenzentren und PCs entwickeln: Intel baut x86-Prozessoren speziell für Nvidias Plattformen, Nvidia liefert Grafik-Chiplets für Intel-Notebookprozessoren.",
          required=False, note="product collaboration without amount, different from the $5bn share purchase"),
        D("usgov-intel-stake", ["US government", "Intel"], "investment", 8.9 * B, "USD", "exact", "2025-08", "signed",
          "Im August hatte sich die US-Regierung für 8,9 Milliarden Dollar 9,9 Prozent gesichert, kurz davor hatte sich Softbank für zwei Milliarden Dollar eingekauft.",
          note="Intel from the context"),
        D("softbank-intel", ["SoftBank", "Intel"], "investment", 2 * B, "USD", "exact", "2025-08", "signed",
          "Im August hatte sich die US-Regierung für 8,9 Milliarden Dollar 9,9 Prozent gesichert, kurz davor hatte sich Softbank für zwei Milliarden Dollar eingekauft.",
          note="second deal in the same sentence; 'kurz davor' -> August"),
    ],
    ["3.642 Dollar", "32,10 Dollar", "gut 4,2 Billionen Dollar", "je 23,28 Dollar", "rund einer Milliarde Euro", "67,80 Dollar je Barrel", "1,1812 Dollar", "bei 25 Euro"])

ART["018_wafertakt_interview.txt"] = A(
    None, "no date anywhere (only 'Lesezeit: 6 Minuten'); all deal dates null", "de",
    [
        D("samsung-tesla-foundry", ["Samsung Electronics", "Tesla"], "supply", 16.5 * B, "USD", "exact", None, "signed",
          "Offiziell sind es 16,5 Milliarden Dollar bis Ende 2033.",
          kind_alt=["other"], term=[None, "2033-12"], note="parties from the question ('Samsung fertigt künftig Teslas KI-Chips')"),
        D("tsmc-us-100bn-2025", ["TSMC"], "capex_plan", 100 * B, "USD", "exact", None, "announced",
          "TSMC hat in Arizona zusätzliche 100 Milliarden Dollar zugesagt.",
          kind_alt=["project"], note="in the interviewer's question"),
        D("amd-openai-6gw", ["AMD", "OpenAI"], "supply", None, None, None, None, "signed",
          "AMD liefert Rechenleistung für sechs Gigawatt und bezahlt praktisch mit eigenen Aktien – OpenAI kann bis zu zehn Prozent des Konzerns bekommen.",
          required=False, kind_alt=["partnership"], note="no price"),
        D("nvidia-intel-investment", ["Nvidia", "Intel"], "investment", 5 * B, "USD", "exact", None, "signed",
          "Washington hält jetzt fast zehn Prozent an Intel, Nvidia hat fünf Milliarden Dollar investiert.",
          note="amount in words; the government stake in the same sentence has no amount here"),
        D("usgov-intel-stake", ["US government", "Intel"], "investment", 8.9 * B, "USD", "exact", None, "signed",
          "Der Staat hat für 8,9 Milliarden Dollar Aktien bekommen, bezahlt im Wesentlichen mit Zuschüssen, die ohnehin zugesagt waren.",
          note="'Der Staat' = Washington, Intel from the question"),
    ],
    ["20 bis 25 Milliarden Dollar", "um die 30.000 Dollar", "um die 110.000 Dollar im Jahr", "65.000 Euro", "14,80 Euro", "149 Euro"])

ART["019_waferdepesche_jan2026.txt"] = A(
    "2026-01-16", "from the issue line 'Ausgabe 3/2026 · Freitag, 16. Januar 2026'; 'am Donnerstag' -> 2026-01-15; 'vergangene Woche' -> 2026-01; 'vom vergangenen Juli' -> 2025-07", "de",
    [
        D("tsmc-capex-2026", ["TSMC"], "capex_plan", 52 * B, "USD", "range", "2026-01-15", "announced",
          "Für 2026 plant der Auftragsfertiger Investitionen von 52 bis 56 Milliarden Dollar, wie er am Donnerstag zusammen mit seinen Zahlen zum Schlussquartal bekannt gab.",
          amount_max=56 * B, note="'der Auftragsfertiger' = TSMC (previous sentence); the 2025 actual of $40.9bn is past spending"),
        D("taiwan-us-investment-pledge", ["Taiwan", "United States"], "investment", 250 * B, "USD", "at_least", "2026-01", "announced",
          "Im Gegenzug sollen taiwanische Unternehmen mindestens 250 Milliarden Dollar direkt in den Vereinigten Staaten investieren; Taipeh sichert zusätzlich Kreditgarantien in gleicher Höhe zu.",
          kind_alt=["other", "capex_plan"],
          note="investment pledge in a trade agreement; the credit guarantees 'in gleicher Höhe' are state guarantees without their own figure"),
        D("tsmc-phoenix-land-2026", ["TSMC", "State of Arizona"], "acquisition", 197 * M, "USD", "approx", "2026-01", "completed",
          "Schon vergangene Woche hatte TSMC bei einer Versteigerung des Bundesstaats Arizona rund 900 Acre Land im Norden von Phoenix erworben, für knapp 197 Millionen Dollar.",
          kind_alt=["other"], note="land purchase at auction; 'knapp' -> approx"),
        D("samsung-tesla-ai5", ["Samsung Electronics", "Tesla"], "supply", None, None, None, None, "announced",
          "Elon Musk hat bestätigt, dass neben TSMC auch Samsung den Tesla-Chip AI5 fertigen wird.",
          required=False, note="second, amount-less Samsung-Tesla order; must stay apart from the AI6 contract"),
        D("samsung-tesla-foundry", ["Samsung Electronics", "Tesla"], "supply", 16.5 * B, "USD", "exact", "2025-07", "signed",
          "Für Samsungs Werk in Taylor ist das der zweite Tesla-Auftrag nach dem 16,5-Milliarden-Dollar-Vertrag für den AI6 vom vergangenen Juli.",
          kind_alt=["other"], note="compound amount; 'vom vergangenen Juli' -> 2025-07"),
    ],
    ["40,9 Milliarden Dollar", "505,7 Milliarden Taiwan-Dollar", "knapp einer Billion Dollar", "690 Euro", "240 Euro"])

ART["020_trenoweth_notes_en.txt"] = A(
    "2026-11-12", "from 'Posted 12 November 2026 by Cador Nance'; 'on Tuesday' -> 2026-11-10; 'In January' -> 2026-01; 'last October' -> 2025-10", "en",
    [
        D("nvidia-intel-investment", ["Nvidia", "Intel"], "investment", 5 * B, "USD", "exact", "2025-09", "completed",
          "Nvidia's $5 billion purchase of Intel stock, agreed in September 2025, closed in the last days of that year after the antitrust review."),
        D("tsmc-capex-2026", ["TSMC"], "capex_plan", 52 * B, "USD", "range", "2026-01", "announced",
          "In January the company put its 2026 capex budget at $52 billion to $56 billion, and on Tuesday its board signed off on a further capital appropriation of roughly NT$650 billion (about US$20.6 billion), most of it for advanced nodes and packaging.",
          amount_max=56 * B, note="'the company' = TSMC (section heading)"),
        D("tsmc-board-appropriation-2026-11", ["TSMC"], "capex_plan", 650 * B, "TWD", "approx", "2026-11-10", "announced",
          "In January the company put its 2026 capex budget at $52 billion to $56 billion, and on Tuesday its board signed off on a further capital appropriation of roughly NT$650 billion (about US$20.6 billion), most of it for advanced nodes and packaging.",
          alt=[(20.6 * B, "USD")],
          note="second TSMC capital plan in the same sentence (board approval, NT$ with US$ in brackets); must stay apart from the annual range"),
        D("apple-us-pledge-2025-08", ["Apple"], "capex_plan", 600 * B, "USD", "exact", "2025-08", "announced",
          "The pledge, raised to $600 billion in August 2025, is the hardest one to audit.",
          note="'The pledge' under the heading 'Apple.'; the new total"),
        D("apple-corning-2025", ["Apple", "Corning"], "investment", None, None, None, None, "announced",
          "The Corning glass line in Kentucky is real; the rest I cannot verify.",
          required=False, kind_alt=["supply"], note="amount-less reference to the 011 deal"),
        D("amd-openai-6gw", ["AMD", "OpenAI"], "supply", None, None, None, "2025-10", "signed",
          "The OpenAI deployment deal from last October has no public price, so it escapes my tally.",
          required=False, kind_alt=["partnership"], note="no price; AMD from the heading"),
        D("micron-us-plan", ["Micron"], "capex_plan", 200 * B, "USD", "exact", None, "announced",
          "kernowchips: You forgot Micron's $200bn.",
          required=False, note="vague reader comment about Micron's US plan"),
    ],
    ["around $41", "$20.47 a share", "about $9 billion", "above $5 trillion", "$8 monthly", "$80 for a full year"])


def main():
    gold = {"about": ABOUT, "articles": ART, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ART)} articles, {sum(len(a['deals']) for a in ART.values())} deal mentions")


if __name__ == "__main__":
    main()
