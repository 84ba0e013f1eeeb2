#!/usr/bin/env python3
"""Write gold.json for tests/corpus122 (the hand annotation of articles/).

The annotation lives here as data; edit it here and run this script to rewrite gold.json.
Format and rules: ../corpus15/gold.json and ../../../shared/gold/seeds.json.

Usage: python3 tests/corpus122/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 122nd held-out test corpus (tests/corpus122/articles/): India's AI "
    "and data-centre money (Reliance/Jio, Adani/AdaniConneX, Tata/TCS, Yotta, Sify, CtrlS, the IndiaAI "
    "mission, Microsoft's, Google's, Amazon's and Nvidia's Indian commitments, invented Indian and "
    "European firms), 2024-2026. Written for the tests and independent of the extractor; same format "
    "and rules as tests/corpus15/gold.json, the earlier corpora and shared/gold/seeds.json. One entry "
    "per article; a deal that several articles report carries the same id in each. 'required': false "
    "marks vague or background mentions (amount-less restatements and partnerships, group-wide "
    "capex plans, denied rumours) that an extractor may report or not without penalty. 'not_deals' "
    "lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are "
    "in full units (1 crore = 10,000,000 rupees, 1 lakh crore = 1,000,000,000,000 rupees; 1 lakh = "
    "100,000); 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; "
    "'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as "
    "another article (or the same article) states it in another currency or at another precision; "
    "every amount is annotated in the currency the article states it in. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication "
    "date ('published', from the article's own date marker, dateline, <meta>/<time>, issue line, "
    "stock-portal stamp or ticker header, or null when the article has none); a rumour that is later "
    "signed carries only the year; a cancelled deal keeps the date of the original talks or offer; "
    "'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Nilgiri Compute, "
    "Vindhya Capital, Sahyadri Grid Power, Isarwinkel Infrastruktur, Rheinauen Kühltechnik, Najd "
    "Horizon Capital, Ortenau-Rheinbank, Anantam AI Labs, Tungabhadra Datacentres, Straits Harbour "
    "Capital, Deccan Ridge Infra, Chilika Thermal Systems, Sundarban Telecom, Elbtal "
    "Transformatorenbau, Kaveri Edge Parks, Brigstock Capital, Kisarazu Capital Partners; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the "
    "deals of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)

CR = 10_000_000          # one crore rupees


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("per", "term", "alt_amounts", "kind_alt", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


A = {}

A["001_nilgiri_seriesb_konkanledger_en.txt"] = dict(
    published="2024-03-14",
    published_note="from the issue line 'Issue 9 · Thursday 14 March 2024'; 'on Wednesday' -> 2024-03-13",
    language="en",
    deals=[
        deal("vindhya-nilgiri-seriesb-2024", ["Vindhya Capital", "Nilgiri Compute"], "investment",
             2400 * CR, "INR", "exact", "2024-03-13", "completed",
             "Nilgiri Compute, the Coimbatore-based GPU-cloud start-up, announced on Wednesday that it has closed a Rs 2,400 crore (about $290 million) Series B round led by Mumbai-based Vindhya Capital.",
             alt_amounts=[alt(290_000_000, "USD"), alt(265_000_000, "EUR")],
             note="'Rs 2,400 crore' = 24 billion rupees; lead investor in the same sentence; 002 restates it in EUR with only the month, 015 with only the year; the Rs 9,800 crore valuation is not a deal; different from the 2026 venture-debt facility (015)"),
        deal("tata-psmc-dholera-fab", ["Tata Electronics", "PSMC"], "project",
             91000 * CR, "INR", "exact", "2024-02-29", "announced",
             "Tata Electronics broke ground on Wednesday in Dholera, Gujarat, on the ₹91,000 crore semiconductor fab it is building with Taiwan's Powerchip Semiconductor Manufacturing Corp (PSMC).",
             kind_alt=["capex_plan", "partnership"],
             note="cabinet approval 'on 29 February' in the next sentence is the announcement; ground broken on Wednesday (2024-03-13); PSMC is the technology partner; the state's 50 % cost cover is public aid"),
        deal("nilgiri-nvidia-h100-2024", ["Nilgiri Compute", "Nvidia"], "supply",
             None, None, None, "2024-03", "planned",
             "Most of the money will go on Nvidia H100 systems for a second hall in Coimbatore, the company said.",
             required=False,
             note="intended purchase without amount or order ('the company' = Nilgiri Compute); optional"),
    ],
    not_deals=["Rs 9,800 crore", "$30,000", "₹210 per GPU-hour", "Rs 164 crore", "₹10,372 crore", "₹2,999"],
)

A["002_sahyadri_yotta_asienbrief.txt"] = dict(
    published="2024-03-21",
    published_note="dateline without year 'Mumbai, 21. März (ab)'; the year from the copyright line '© 2024 Asienbrief Verlagsgesellschaft'; 'am Dienstag' -> 2024-03-19",
    language="de",
    deals=[
        deal("sahyadri-yotta-ppa-2024", ["Sahyadri Grid Power", "Yotta"], "supply",
             145 * CR, "INR", "approx", "2024-03-19", "signed",
             "Lieferant ist der Erzeuger Sahyadri Grid Power, der dafür im Bundesstaat Maharashtra einen Hybridpark mit 180 Megawatt errichtet; Yotta zahlt jährlich rund 145 Crore Rupien, knapp 16 Millionen Euro.",
             per="year", term=["2025", "2044"], alt_amounts=[alt(16_000_000, "EUR")],
             note="yearly rate over twenty years ('Anfang 2025' to 'Ende 2044'); signed 'am Dienstag' (previous sentence); the 4.20-rupee tariff is a unit price"),
        deal("isarwinkel-sahyadri-2024", ["Isarwinkel Infrastruktur", "Sahyadri Grid Power"], "investment",
             40_000_000, "EUR", "exact", "2024-03", "completed",
             "Anfang März stieg der Münchner Fonds Isarwinkel Infrastruktur mit 40 Millionen Euro als Minderheitsaktionär ein.",
             kind_alt=["acquisition"],
             note="'Das Unternehmen aus Pune' (previous sentence) = Sahyadri Grid Power"),
        deal("vindhya-nilgiri-seriesb-2024", ["Vindhya Capital", "Nilgiri Compute"], "investment",
             265_000_000, "EUR", "approx", "2024-03", "completed",
             "Mitte März sammelte das Start-up dafür rund 265 Millionen Euro ein; angeführt wurde die Finanzierungsrunde vom Mumbaier Investor Vindhya Capital.",
             note="same round as 001 (Rs 2,400 crore), here in EUR and with only the month ('Mitte März'); 'das Start-up' = Nilgiri Compute (previous sentence)"),
    ],
    not_deals=["etwa 4,20 Rupien je Kilowattstunde", "612 Crore Rupien", "knapp 1,1 Milliarden Euro",
               "umgerechnet rund 1,15 Milliarden Euro", "149 Euro"],
)

A["003_adaniconnex_lenders_coromandel_en.html"] = dict(
    published="2024-08-29",
    published_note="from <meta property='article:published_time'> and <time datetime='2024-08-29T07:40:00+05:30'> (visible '29 Aug 2024, 07:40 IST'); 'on Wednesday' -> 2024-08-28",
    language="en",
    deals=[
        deal("mufg-adaniconnex-financing-2024", ["MUFG", "AdaniConneX"], "other",
             1_350_000_000, "USD", "exact", "2024-08-28", "signed",
             "AdaniConneX, which Adani Enterprises owns jointly with the US operator EdgeConneX, said on Wednesday it had signed $1.35 billion (roughly ₹11,300 crore) of construction financing with eight international lenders, with Japan's MUFG acting as coordinating bank.",
             kind_alt=["investment"], alt_amounts=[alt(11300 * CR, "INR")],
             note="construction loans from eight banks, MUFG as coordinating bank; loans run up to 15 years"),
        deal("rheinauen-adaniconnex-chillers-2024", ["Rheinauen Kühltechnik", "AdaniConneX"], "supply",
             45_000_000, "USD", "approx", "2024-08", "signed",
             "Rheinauen Kühltechnik, a family-owned maker of chillers and heat-rejection systems based in Kehl on the Rhine, will deliver equipment for the second Chennai building for about $45 million, both sides confirmed.",
             alt_amounts=[alt(41_000_000, "EUR")],
             note="'Earlier this month the venture placed its largest cooling order' (previous sentence; 'the venture' = AdaniConneX) -> 2024-08; 004 restates it in EUR (about €41m); different from the yearly service contract of 2024-09-12 (004)"),
        deal("najd-adaniconnex-stake-2024", ["Najd Horizon Capital", "AdaniConneX"], "acquisition",
             7_300_000_000, "AED", "approx", "2024-08", "rumored",
             "A report in a Gulf business daily that Abu Dhabi's Najd Horizon Capital was weighing a 7.3 billion dirham (about $2 billion) stake in the company was \"without any basis\", a spokesperson for AdaniConneX said.",
             required=False, kind_alt=["investment"], alt_amounts=[alt(2_000_000_000, "USD")],
             note="denied rumour; optional"),
    ],
    not_deals=["$7 million per megawatt", "₹3,104.55", "more than $10 billion"],
)

A["004_rheinauen_indien_hanauerlandkurier.txt"] = dict(
    published="2024-09-14",
    published_note="from the date line 'KEHL · Samstag, 14. September 2024'; 'am Donnerstag' -> 2024-09-12",
    language="de",
    deals=[
        deal("rheinauen-adaniconnex-chillers-2024", ["Rheinauen Kühltechnik", "AdaniConneX"], "supply",
             41_000_000, "EUR", "approx", "2024-08", "signed",
             "Im August war dem Kältespezialisten der größte Abschluss gelungen, den das Haus je verbucht hat: Für rund 41 Millionen Euro liefert Rheinauen Kaltwassersätze und Rückkühler an AdaniConneX, das Rechenzentrums-Gemeinschaftsunternehmen des indischen Adani-Konzerns.",
             note="same chiller order as 003 ($45m), here in EUR"),
        deal("rheinauen-adaniconnex-service-2024", ["Rheinauen Kühltechnik", "AdaniConneX"], "supply",
             1_800_000, "EUR", "approx", "2024-09-12", "signed",
             "Am Donnerstag unterschrieben beide Seiten einen Wartungsvertrag über zehn Jahre, der dem Kehler Familienunternehmen jährlich rund 1,8 Millionen Euro einbringt.",
             per="year", kind_alt=["other"],
             note="ten-year maintenance contract, yearly rate; 'beide Seiten' = Rheinauen and AdaniConneX (previous paragraph); a different deal from the chiller order"),
        deal("ortenau-rheinauen-loan-2024", ["Ortenau-Rheinbank", "Rheinauen Kühltechnik"], "other",
             12_000_000, "EUR", "exact", "2024-07", "signed",
             "Finanziert wird der Neubau zu großen Teilen über einen Kredit der Ortenau-Rheinbank über zwölf Millionen Euro, den das Unternehmen bereits im Juli abgeschlossen hat.",
             kind_alt=["investment"],
             note="amount in words; loan for the new assembly hall; the €1.2m state grant is public aid"),
    ],
    not_deals=["87 Millionen Euro", "1,2 Millionen Euro", "9,4 Millionen Euro", "1.150 Euro",
               "2.490 Euro", "1.799 Euro"],
)

A["005_reliance_nvidia_petaflop_en.txt"] = dict(
    published="2024-10-24",
    published_note="from the byline date '24 Oct 2024, 6:10 pm IST'; 'on Thursday' -> 2024-10-24, 'on Tuesday' -> 2024-10-22, 'Last month' -> 2024-09",
    language="en",
    deals=[
        deal("reliance-nvidia-partnership-2024", ["Reliance Industries", "Nvidia"], "partnership",
             None, None, None, "2024-10-24", "announced",
             "Reliance Industries and Nvidia said on Thursday they will jointly build AI computing infrastructure in India, starting with a facility at Reliance's refinery complex in Jamnagar, Gujarat.",
             kind_alt=["project"],
             note="headline deal without a value ('Neither side disclosed a value'); different from the $2.1bn GB300 purchase of 2026 (017)"),
        deal("aws-maharashtra-2024", ["Amazon"], "capex_plan",
             8_300_000_000, "USD", "exact", "2024-09", "announced",
             "Last month Amazon Web Services committed $8.3 billion (around ₹71,800 crore) to cloud infrastructure in Maharashtra through 2030, under a memorandum signed with the state government.",
             term=[None, "2030"], alt_amounts=[alt(71800 * CR, "INR")],
             note="spending plan; memorandum with the state government; lists only the spender"),
        deal("anantam-nilgiri-lease-2024", ["Anantam AI Labs", "Nilgiri Compute"], "cloud_contract",
             32 * CR, "INR", "exact", "2024-10-22", "signed",
             "Anantam will pay ₹32 crore a month for the capacity from November.",
             per="month", term=["2024-11", "2026-10"],
             note="two-year lease of 1,024 H100s from Nilgiri Compute, signed per 'it said on Tuesday' (previous sentence); monthly rate"),
    ],
    not_deals=["more than $3.4 trillion", "₹2,744.10", "$17 billion", "around $2.50 an hour",
               "₹7,500", "₹1,200"],
)

A["006_microsoft_india_malabarwire_en.txt"] = dict(
    published="2025-01-08",
    published_note="from the header 'January 8, 2025 · 05:10 IST'; dateline 'BENGALURU, Jan 7'; 'on Tuesday' -> 2025-01-07; 'last month' -> 2024-12",
    language="en",
    deals=[
        deal("microsoft-india-2025", ["Microsoft"], "capex_plan",
             3_000_000_000, "USD", "exact", "2025-01-07", "announced",
             "Microsoft will invest $3 billion in cloud and artificial-intelligence infrastructure in India over the next two years, it announced on Tuesday.",
             alt_amounts=[alt(25700 * CR, "INR"), alt(2_900_000_000, "EUR")],
             note="two-year plan (2025 and 2026 per 013); ₹25,700 crore in the next sentence; 007 restates it in EUR with only the month, 013 in USD ('in January'); different from the $17.5bn plan for 2026-2029 (013)"),
        deal("microsoft-tungabhadra-lease-2024", ["Microsoft", "Tungabhadra Datacentres"], "cloud_contract",
             3600 * CR, "INR", "approx", "2024-12", "signed",
             "The lease is worth about ₹3,600 crore over its term, one of them said.",
             kind_alt=["other"],
             note="ten-year lease of 48 MW in Hyderabad, parties and 'last month' in the previous sentence; value from sources"),
        deal("microsoft-global-capex-fy2025", ["Microsoft"], "capex_plan",
             80_000_000_000, "USD", "approx", "2025-01", "planned",
             "Earlier this month Microsoft said it expects to spend roughly $80 billion worldwide during the fiscal year ending in June on data centres able to train and run AI models, with the United States taking the bigger share.",
             required=False, note="group-wide capex plan; optional"),
    ],
    not_deals=["₹5,200 crore", "around ₹95 per square foot per month", "$20 billion"],
)

A["007_indiaai_gpu_rechenwerk.txt"] = dict(
    published="2025-01-31",
    published_note="from the issue line 'KW 5 · Freitag, 31. Januar 2025'; 'Am Donnerstag' -> 2025-01-30; 'Anfang des Monats' and 'vergangene Woche' -> 2025-01",
    language="de",
    deals=[
        deal("indiaai-yotta-gpu-2025", ["IndiaAI", "Yotta"], "cloud_contract",
             1800 * CR, "INR", "range", "2025-01-30", "announced",
             "Die Analysten von Gangotri Research schätzen, dass Yotta aus der Vereinbarung über drei Jahre zwischen 1.800 und 2.100 Crore Rupien erlösen kann.",
             amount_max=2100 * CR,
             note="value only from analysts (range); results of the tender published 'Am Donnerstag' (previous paragraph); pay-per-use, no guaranteed volume"),
        deal("indiaai-jio-gpu-2025", ["IndiaAI", "Reliance Industries"], "cloud_contract",
             None, None, None, "2025-01-30", "announced",
             "Auch Jio Platforms, die Digitaltochter von Reliance Industries, kam bei der Vergabe zum Zug, ebenso mehrere kleinere Anbieter.",
             required=False, note="amount-less; optional"),
        deal("microsoft-india-2025", ["Microsoft"], "capex_plan",
             2_900_000_000, "EUR", "approx", "2025-01", "announced",
             "Microsoft hatte Anfang des Monats angekündigt, binnen zwei Jahren in Indien rund 2,9 Milliarden Euro auszugeben, für neue Rechenzentren ebenso wie für Weiterbildung.",
             note="same plan as 006 ($3bn), here in EUR and with only the month"),
        deal("ctrls-hyderabad-2025", ["CtrlS"], "capex_plan",
             10000 * CR, "INR", "exact", "2025-01", "announced",
             "Das Unternehmen will 10.000 Crore Rupien, gut 1,1 Milliarden Euro, in einen KI-Campus bei Hyderabad investieren.",
             alt_amounts=[alt(1_100_000_000, "EUR")],
             note="'Das Unternehmen' = CtrlS; memorandum with Telangana signed 'vergangene Woche' in Davos (previous sentence) -> month; Telangana's 1.78 lakh crore total is not a deal"),
    ],
    not_deals=["knapp 600 Milliarden Dollar", "rund 115 Rupien je GPU-Stunde", "10.372 Crore Rupien",
               "1,78 Lakh Crore Rupien", "rund 180.000 Dollar", "7,90 Euro im Monat"],
)

A["008_indien_gpu_kommentar_boersenbruecke.txt"] = dict(
    published="2025-05-14",
    published_note="from the line 'Gastkommentar | Mittwoch, 14. Mai 2025'; 'Im April' -> 2025-04, 'im März' -> 2025-03",
    language="de",
    deals=[
        deal("yotta-nvidia-blackwell-2025", ["Yotta", "Nvidia"], "supply",
             1_000_000_000, "USD", "at_least", "2025-04", "signed",
             "Im April bestellte Yotta bei Nvidia Blackwell-Systeme für mehr als eine Milliarde Dollar – finanziert, so heißt es in der Branche, zu einem guten Teil über Kredite und Leasingmodelle.",
             note="amount in words, 'mehr als' -> at_least"),
        deal("straits-tungabhadra-stake-2025", ["Straits Harbour Capital", "Tungabhadra Datacentres"], "acquisition",
             420_000_000, "SGD", "exact", "2025-03", "completed",
             "Der Singapurer Fonds Straits Harbour Capital hat im März für 420 Millionen Singapur-Dollar, gut 285 Millionen Euro, 35 Prozent an Tungabhadra Datacentres übernommen.",
             kind_alt=["investment"], alt_amounts=[alt(285_000_000, "EUR")],
             note="35 % stake; the implied value of S$1.2bn is not a deal"),
    ],
    not_deals=["rund 3,5 Millionen Dollar", "um die 150 Rupien je GPU-Stunde",
               "rund 1,2 Milliarden Singapur-Dollar", "165 Dollar", "ab 25 Euro monatlich"],
)

A["009_tcs_tpg_talks_rupeedesk_en.txt"] = dict(
    published="2025-09-24",
    published_note="from the stock-portal stamp 'Sep 24, 2025 | 09:42 AM IST'; 'late on Tuesday' -> 2025-09-23; 'started in June' -> 2025-06",
    language="en",
    deals=[
        deal("tpg-tcs-hypervault", ["TPG", "Tata Consultancy Services"], "investment",
             1_000_000_000, "USD", "approx", "2025", "rumored",
             "Tata Consultancy Services is in talks with private equity firm TPG about an investment of about $1 billion in a new data-centre business, according to two people aware of the discussions.",
             alt_amounts=[alt(9000 * CR, "INR"), alt(870_000_000, "EUR")],
             note="rumour from sources; 012 reports the signing on 2025-11-20 at up to ₹9,000 crore (about €870m; alt_amounts); the year keeps the shared id's dates consistent; different from TCS's own ₹18,000 crore plan (012)"),
        deal("deccanridge-sify-stake-2025", ["Deccan Ridge Infra", "Sify Technologies"], "acquisition",
             1200 * CR, "INR", "approx", "2025-06", "cancelled",
             "In a separate development, Sify Technologies said late on Tuesday that negotiations with Deccan Ridge Infra about selling the Bengaluru infrastructure fund a 20% stake in its data-centre arm, Sify Infinit Spaces, for about ₹1,200 crore had ended without agreement.",
             kind_alt=["investment"],
             note="talks ended; cancelled deals keep the date of the talks ('The talks had started in June'); the planned IPO is not a deal"),
    ],
    not_deals=["₹3,112.40", "$11.86", "₹63,437 crore", "₹3,600", "up to ₹3,700 crore", "₹20 per executed order"],
)

A["010_google_vizag_coastlinetimes_en.html"] = dict(
    published="2025-10-15",
    published_note="from <meta property='article:published_time'> and the visible date line 'Wednesday, October 15, 2025'; 'on Tuesday' -> 2025-10-14; 'earlier this month' -> 2025-10",
    language="en",
    deals=[
        deal("google-vizag-hub", ["Google"], "capex_plan",
             15_000_000_000, "USD", "exact", "2025-10-14", "announced",
             "Google will pour $15 billion, close to ₹1.33 lakh crore, into an AI hub in Visakhapatnam between 2026 and 2030, the company said on Tuesday, calling it the biggest sum it has ever committed in India.",
             kind_alt=["project"], term=["2026", "2030"],
             alt_amounts=[alt(133_000 * CR, "INR"), alt(12_900_000_000, "EUR")],
             note="'₹1.33 lakh crore' = 1.33 trillion rupees; 011 restates it in EUR with only the month, 018 without amount; the state's ₹22,000 crore incentives are public aid"),
        deal("adaniconnex-google-vizag", ["AdaniConneX", "Google"], "partnership",
             None, None, None, "2025-10-14", "announced",
             "AdaniConneX, Adani's data-centre joint venture, will build and operate the campus with Google, and Bharti Airtel will provide the cable landing station and fibre connections, the companies said.",
             required=False, kind_alt=["project"],
             note="partner role without amount ('Neither partner disclosed its share of the money'); optional"),
        deal("airtel-google-vizag", ["Bharti Airtel", "Google"], "partnership",
             None, None, None, "2025-10-14", "announced",
             "AdaniConneX, Adani's data-centre joint venture, will build and operate the campus with Google, and Bharti Airtel will provide the cable landing station and fibre connections, the companies said.",
             required=False, kind_alt=["supply"],
             note="partner role without amount; optional"),
        deal("chilika-adaniconnex-cooling-2025", ["Chilika Thermal Systems", "AdaniConneX"], "supply",
             420 * CR, "INR", "exact", "2025-10", "signed",
             "Chilika Thermal Systems, a Bhubaneswar company that makes chillers and cooling towers, said earlier this month it had won a ₹420 crore order from AdaniConneX for the first Vizag buildings.",
             note="order for the Vizag campus; different from Rheinauen's 51 % purchase of Chilika (020)"),
    ],
    not_deals=["roughly ₹22,000 crore", "about ₹99 lakh an acre", "₹3.22 lakh crore",
               "more than $2.9 trillion", "₹78 lakh*"],
)

A["011_indien_ki_konzerne_rheinufer.txt"] = dict(
    published="2025-10-28",
    published_note="from the date line 'Dienstag, 28. Oktober 2025 · Unternehmen & Märkte · Seite 11'; 'Am Samstag' -> 2025-10-25; 'Mitte Oktober' and 'in der Vorwoche' -> 2025-10",
    language="de",
    deals=[
        deal("google-vizag-hub", ["Google"], "capex_plan",
             12_900_000_000, "EUR", "approx", "2025-10", "announced",
             "Mitte Oktober machte Google öffentlich, dass es zwischen 2026 und 2030 rund 12,9 Milliarden Euro in Visakhapatnam ausgeben will, einer Hafenstadt an der Ostküste, wo ein KI-Zentrum entstehen soll.",
             kind_alt=["project"], term=["2026", "2030"],
             note="same plan as 010 ($15bn), here in EUR and with only the month"),
        deal("reliance-meta-jv-2025", ["Reliance Industries", "Meta"], "joint_venture",
             880 * CR, "INR", "exact", "2025-10-25", "signed",
             "Am Samstag gaben der Mischkonzern aus Mumbai und der Facebook-Mutterkonzern Meta die Gründung eines Gemeinschaftsunternehmens bekannt, in das beide zunächst 880 Crore Rupien (rund 85 Millionen Euro) stecken.",
             alt_amounts=[alt(85_000_000, "EUR")],
             note="'der Mischkonzern aus Mumbai' = Reliance Industries (previous sentence 'Nun folgt Reliance Industries.'); 70/30 joint venture, initial joint outlay"),
        deal("reliance-google-jio-2025", ["Reliance Industries", "Google"], "partnership",
             None, None, None, "2025-10", "announced",
             "Reliance hatte bereits in der Vorwoche eine Zusammenarbeit mit Google verkündet: Jio-Mobilfunkkunden sollen Googles KI-Abonnement 18 Monate lang kostenlos nutzen können, ein Angebot, das Google selbst mit 35.100 Rupien je Kunde bewertet.",
             required=False,
             note="no money between the companies disclosed; 35,100 rupees per customer is a subscription value, not a deal amount; optional"),
        deal("reliance-intelligence-plan-2025", ["Reliance Industries"], "capex_plan",
             None, None, None, "2025", "planned",
             "Bis 2030, so die Ankündigung auf der jüngsten Hauptversammlung, will Reliance unter dem Namen Reliance Intelligence ein Netz von KI-Rechenzentren aufbauen, beginnend im Gujarat-Hafen Jamnagar.",
             required=False, term=[None, "2030"],
             note="amount-less plan ('Beziffert hat der Konzern die Investitionen bislang nicht'); optional"),
    ],
    not_deals=["35.100 Rupien je Kunde", "1.451 Rupien", "knapp 190 Milliarden Euro", "18.165 Crore Rupien"],
)

A["012_tcs_hypervault_kursufer.txt"] = dict(
    published="2025-11-21",
    published_note="from the stock-portal stamp '21.11.2025 | 08:15 Uhr'; 'am Donnerstag' -> 2025-11-20",
    language="de",
    deals=[
        deal("tpg-tcs-hypervault", ["TPG", "Tata Consultancy Services"], "investment",
             9000 * CR, "INR", "up_to", "2025-11-20", "signed",
             "Wie der indische IT-Dienstleister am Donnerstag nach Börsenschluss in Mumbai mitteilte, bringt TPG bis zu 9.000 Crore Rupien (rund 870 Millionen Euro) in die neu gegründete Tochter HyperVault ein und erhält dafür eine Minderheitsbeteiligung von bis zu 49 Prozent.",
             alt_amounts=[alt(870_000_000, "EUR")],
             note="signing of the rumour in 009; 'der indische IT-Dienstleister' = Tata Consultancy Services (previous sentence)"),
        deal("tcs-hypervault-plan-2025", ["Tata Consultancy Services"], "capex_plan",
             18000 * CR, "INR", "exact", "2025-11-20", "planned",
             "Insgesamt sollen in den kommenden Jahren 18.000 Crore Rupien in den Aufbau von HyperVault fließen, mit dem der Konzern Rechenzentren mit zusammen rund einem Gigawatt Leistung errichten will.",
             kind_alt=["project"],
             note="total build-out plan including TPG's share; lists only the spender ('der Konzern' = TCS); a different deal from TPG's investment"),
    ],
    not_deals=["3.164,20 INR", "30,80 EUR", "65.799 Crore Rupien", "11 Rupien je Aktie", "3.600 Rupien",
               "3.350 Rupien", "2.950 Rupien", "0 Euro Orderprovision"],
)

A["013_hyperscalers_india_gridlines_en.txt"] = dict(
    published="2025-12-11",
    published_note="from the line 'Posted 11 December 2025 by …'; 'on Tuesday' -> 2025-12-09, 'On Wednesday' -> 2025-12-10, 'in January' -> 2025-01",
    language="en",
    deals=[
        deal("microsoft-india-2026-2029", ["Microsoft"], "capex_plan",
             17_500_000_000, "USD", "exact", "2025-12-09", "announced",
             "Microsoft said on Tuesday it will put $17.5 billion (roughly ₹1.57 lakh crore) into cloud and AI infrastructure, skills and operations in India between 2026 and 2029.",
             term=["2026", "2029"], alt_amounts=[alt(157_000 * CR, "INR")],
             note="second Microsoft India plan, different from the $3bn of January 2025; the analyst's $11bn 'new data-centre capex' share is not a deal"),
        deal("microsoft-india-2025", ["Microsoft"], "capex_plan",
             3_000_000_000, "USD", "exact", "2025-01", "announced",
             "This is a different programme from the $3 billion the Redmond group promised in January for 2025 and 2026, although some of the January capacity will simply carry on into the new period.",
             term=["2025", "2026"],
             note="restates the plan of 006 ('the Redmond group' = Microsoft)"),
        deal("amazon-india-2030", ["Amazon"], "capex_plan",
             35_000_000_000, "USD", "exact", "2025-12-10", "announced",
             "On Wednesday Amazon followed with a pledge to invest $35 billion across all its Indian businesses by 2030, covering retail, logistics, payments and AWS cloud infrastructure.",
             required=False, term=[None, "2030"],
             note="group-wide plan across all businesses; optional"),
    ],
    not_deals=["₹90–100 per square foot per month", "₹4.3 to ₹4.8 per kWh", "₹45 lakh a year",
               "$42 billion", "around $11 billion", "$199 a year"],
)

A["014_ki_gipfel_delhi_boersenfunk.txt"] = dict(
    published="2026-02-19",
    published_note="from the ticker header 'Donnerstag, 19. Februar 2026'; entries by time; 'heute' -> 2026-02-19",
    language="de",
    deals=[
        deal("adani-ai-plan-2035", ["Adani Group"], "capex_plan",
             100_000_000_000, "USD", "approx", "2026-02-19", "planned",
             "Paukenschlag zum Auftakt: Die Adani-Gruppe will bis 2035 rund 100 Milliarden Dollar in KI-Rechenzentren und die dafür nötige Stromerzeugung investieren.",
             term=[None, "2035"],
             note="announced at the summit (next sentence; the '100-Milliarden-Dollar-Plan' two sentences later is the same plan); sector plan for AI data centres and their power, lists only the spender; the national budget of 50 lakh crore is not a deal"),
        deal("openai-tungabhadra-capacity", ["OpenAI", "Tungabhadra Datacentres"], "cloud_contract",
             1_000_000_000, "USD", "up_to", "2026", "negotiating",
             "Nach Informationen aus Verhandlungskreisen spricht OpenAI mit Tungabhadra Datacentres über Rechenkapazität in Hyderabad, die bis zu einer Milliarde Dollar kosten könnte.",
             alt_amounts=[alt(940_000_000, "USD")],
             note="talks from sources, amount in words; 017 reports the signed contract ($940m, 2026-06-11; alt_amounts); the year keeps the shared id's dates consistent"),
        deal("indiaai-nilgiri-2026", ["IndiaAI", "Nilgiri Compute"], "cloud_contract",
             410 * CR, "INR", "exact", "2026-02-19", "signed",
             "Das Unternehmen aus Coimbatore erhält einen Auftrag über 410 Crore Rupien für zwei Jahre, wie das Ministerium heute mitteilte.",
             note="'Das Unternehmen aus Coimbatore' = Nilgiri Compute (previous sentence); second IndiaAI round"),
        deal("google-anantam-rumour-2026", ["Google", "Anantam AI Labs"], "investment",
             250_000_000, "USD", "exact", "2026-02", "rumored",
             "Dementi aus Bengaluru: Das Sprachmodell-Start-up Anantam AI Labs weist einen Bericht zurück, wonach Google 250 Millionen Dollar in das Unternehmen investieren wolle.",
             required=False, note="denied rumour; optional"),
    ],
    not_deals=["90,85 je Dollar", "2.000 Crore Rupien", "acht Milliarden Dollar", "2.412 Rupien",
               "187 Dollar", "rund 50 Lakh Crore Rupien", "ab 50 Euro"],
)

A["015_nilgiri_interview_silicon_ghat_en.txt"] = dict(
    published=None,
    published_note="interview without any date (only 'Reading time: 6 min'); the deals carry the years the text gives",
    language="en",
    deals=[
        deal("vindhya-nilgiri-seriesb-2024", ["Vindhya Capital", "Nilgiri Compute"], "investment",
             2400 * CR, "INR", "exact", "2024", "completed",
             "The Rs 2,400 crore that Vindhya Capital led in 2024 bought us our first big H100 cluster and a second building.",
             note="restates the round of 001 ('us' = Nilgiri Compute)"),
        deal("vindhya-nilgiri-debt-2026", ["Vindhya Capital", "Nilgiri Compute"], "other",
             650 * CR, "INR", "exact", "2026-01", "signed",
             "In January 2026 we signed a ₹650-crore venture-debt facility, again with Vindhya, which has set up a credit fund.",
             kind_alt=["investment"],
             note="second Vindhya-Nilgiri deal (debt), different from the 2024 equity round; 'we' = Nilgiri Compute"),
        deal("sundarban-nilgiri-offer-2025", ["Sundarban Telecom", "Nilgiri Compute"], "acquisition",
             5000 * CR, "INR", "range", "2025", "cancelled",
             "They made an offer for the whole company in 2025, somewhere between five and six thousand crore rupees, depending on how you count the earn-out.",
             amount_max=6000 * CR,
             note="'They' = Sundarban Telecom (the question before); refused offer, amounts in words"),
    ],
    not_deals=["roughly ₹60 crore per megawatt", "around ₹5.10 per unit", "₹165 per GPU-hour",
               "₹38 lakh a year", "over ₹1 crore", "Single issue ₹450", "₹1,600"],
)

A["016_ctrls_sahyadri_netzlastbrief.txt"] = dict(
    published="2026-04-09",
    published_note="from the issue line 'Ausgabe 07/2026 · 9. April 2026'; 'am Dienstag' -> 2026-04-07; 'Im Januar … drei Monate später' -> 2026-04",
    language="de",
    deals=[
        deal("ctrls-sahyadri-stake-2026", ["CtrlS", "Sahyadri Grid Power"], "acquisition",
             118 * CR, "INR", "exact", "2026-04-07", "signed",
             "Zum einen übernimmt CtrlS für 118 Crore Rupien 26 Prozent an einer Projektgesellschaft, die in Maharashtra einen Wind-Solar-Park mit 300 Megawatt baut.",
             kind_alt=["investment"],
             note="26 % of Sahyadri's project company (captive rule); Sahyadri and 'am Dienstag' in the previous sentence; a different deal from the supply contract signed the same day"),
        deal("ctrls-sahyadri-ppa-2026", ["Sahyadri Grid Power", "CtrlS"], "supply",
             210 * CR, "INR", "approx", "2026-04-07", "signed",
             "Zum anderen bezieht das Unternehmen aus diesem Park 25 Jahre lang Strom; dafür zahlt es jährlich rund 210 Crore Rupien, etwa 20 Millionen Euro.",
             per="year", term=["2027", None], alt_amounts=[alt(20_000_000, "EUR")],
             note="'das Unternehmen' = CtrlS; 25-year supply from Q1 2027, yearly rate"),
        deal("deg-sahyadri-loan-2026", ["DEG", "Sahyadri Grid Power"], "other",
             60_000_000, "EUR", "exact", "2026-04", "signed",
             "Die DEG stellt Sahyadri 60 Millionen Euro mit 15 Jahren Laufzeit zur Verfügung.",
             kind_alt=["investment"],
             note="talks 'Im Januar', signed 'drei Monate später' -> 2026-04"),
    ],
    not_deals=["etwa 4,35 Rupien je Kilowattstunde", "500 Crore Rupien", "4,62 Rupien je Kilowattstunde",
               "290 Euro", "420 Euro"],
)

A["017_market_close_dalalclosingbell_en.txt"] = dict(
    published="2026-06-12",
    published_note="from the line 'Friday, 12 June 2026 · Close of trading'; 'on Thursday' -> 2026-06-11; 'earlier this week' -> 2026-06",
    language="en",
    deals=[
        deal("openai-tungabhadra-capacity", ["OpenAI", "Tungabhadra Datacentres"], "cloud_contract",
             940_000_000, "USD", "exact", "2026-06-11", "signed",
             "The agreement is worth $940 million over seven years, making it the first large Indian infrastructure commitment by the ChatGPT maker.",
             note="parties and 'on Thursday' in the previous sentence; signing of the talks in 014"),
        deal("reliance-nvidia-gb300-2026", ["Reliance Industries", "Nvidia"], "supply",
             2_100_000_000, "USD", "exact", "2026-06", "signed",
             "Reliance Industries added 1.6% to ₹1,538.70 after its digital arm Jio Platforms confirmed earlier this week that it had agreed to buy Nvidia GB300 systems worth $2.1 billion for its Jamnagar AI campus.",
             note="Jio Platforms = Reliance Industries; different from the amount-less 2024 partnership (005); the share price in the same sentence is not a deal"),
    ],
    not_deals=["₹1,538.70", "₹20.8 lakh crore", "₹3,402.15", "₹412.30", "₹2,388.40",
               "₹97,850 per 10 grams", "₹999 a month", "$71.30/bbl", "90.42/$"],
)

A["018_vizag_transformatoren_serverschrank.html"] = dict(
    published="2026-08-01",
    published_note="from <meta name='date'> and the visible byline '01.08.2026, 11:20 Uhr'; 'Am Donnerstag' -> 2026-07-30; 'Zehn Monate nach der Ankündigung' -> 2025-10",
    language="de",
    deals=[
        deal("google-vizag-hub", ["Google"], "capex_plan",
             None, None, None, "2025-10", "announced",
             "Zehn Monate nach der Ankündigung nimmt Googles KI-Zentrum in Visakhapatnam Gestalt an.",
             required=False, kind_alt=["project"],
             note="amount-less restatement of the plan of 010/011; optional"),
        deal("adanigreen-google-ppa-2026", ["Adani Green Energy", "Google"], "supply",
             1_100_000_000, "EUR", "approx", "2026-07-30", "signed",
             "Am Donnerstag unterzeichneten der Ökostromkonzern und Google einen Liefervertrag über 20 Jahre, dessen Wert Branchenkreise mit rund 1,1 Milliarden Euro angeben.",
             note="'der Ökostromkonzern' = Adani Green Energy (previous sentence); 20-year supply, value from industry sources"),
        deal("elbtal-adaniconnex-transformers-2026", ["Elbtal Transformatorenbau", "AdaniConneX"], "supply",
             62_000_000, "EUR", "exact", "2026", "signed",
             "Der Auftrag hat ein Volumen von 62 Millionen Euro und ist der größte in der Geschichte der Firma.",
             note="parties in the previous sentence; no signing date given -> the year of the article"),
    ],
    not_deals=["rund 1,6 Millionen Euro", "umgerechnet rund 2 Milliarden Euro", "148 Millionen Euro",
               "rund 3.400 Euro brutto", "1.190 Euro netto", "6,99 Euro im Monat"],
)

A["019_chennai_datacentres_marinacourier_en.txt"] = dict(
    published="2026-09-15",
    published_note="from the date line 'Chennai, Tuesday, 15 September 2026'; 'on Monday' -> 2026-09-14; 'last month' -> 2026-08; 'the first week of September' -> 2026-09",
    language="en",
    deals=[
        deal("amazon-sify-siruseri-lease-2026", ["Amazon", "Sify Technologies"], "cloud_contract",
             85 * CR, "INR", "approx", "2026-09-14", "signed",
             "Under the twelve-year agreement, the Amazon unit will pay Sify Technologies about ₹85 crore a quarter for 40 MW of capacity, with the first halls ready for handover between April and June next year.",
             per="quarter", term=["2027", None], kind_alt=["other"],
             note="'the Amazon unit' = Amazon Web Services; quarterly rate; 'announced on Monday' in the previous sentence"),
        deal("brigstock-kaveri-edge-2026", ["Brigstock Capital", "Kaveri Edge Parks"], "investment",
             140_000_000, "GBP", "exact", "2026-09", "completed",
             "Kaveri Edge Parks, a Chennai company that builds small data centres close to mobile towers and cable landing stations, has raised £140 million from London-based Brigstock Capital, founder Arul Selvakumaran said.",
             note="minority stake; closed 'in the first week of September' (next sentence)"),
        deal("sipcot-kaveri-land-2026", ["SIPCOT", "Kaveri Edge Parks"], "acquisition",
             110 * CR, "INR", "range", "2026-08", "signed",
             "Two officials put the price at between ₹110 crore and ₹125 crore, depending on final measurements.",
             amount_max=125 * CR,
             note="land purchase from the state industrial agency; parties and 'last month' in the previous sentence; price range from officials"),
    ],
    not_deals=["₹431.50", "₹310 crore", "₹1,200 crore", "about ₹9 crore an acre", "₹6 crore", "₹1.45 crore"],
)

A["020_yotta_kisarazu_hansekontor.txt"] = dict(
    published="2026-11-06",
    published_note="from the issue line 'Ausgabe 45 | 6. November 2026'; 'Im Juli … drei Monate später' -> 2026-10; 'Am Mittwoch' -> 2026-11-04; 'am Montag' -> 2026-11-02",
    language="de",
    deals=[
        deal("kisarazu-yotta-stake-2026", ["Kisarazu Capital Partners", "Yotta"], "investment",
             32_000_000_000, "JPY", "exact", "2026-10", "completed",
             "Der Tokioter Infrastrukturinvestor Kisarazu Capital Partners hat sich mit 32 Milliarden Yen an Yotta beteiligt, umgerechnet rund 180 Millionen Euro.",
             kind_alt=["acquisition"], alt_amounts=[alt(180_000_000, "EUR")],
             note="talks confirmed in July, contract signed 'drei Monate später' (2026-10), money paid 'Am Mittwoch' (2026-11-04); the implied valuation is not a deal"),
        deal("rheinauen-chilika-stake-2026", ["Rheinauen Kühltechnik", "Chilika Thermal Systems"], "acquisition",
             38_000_000, "EUR", "exact", "2026-11-02", "signed",
             "Den Kaufvertrag unterzeichneten die Badener am Montag; der Preis liegt nach Angaben aus Unternehmenskreisen bei 38 Millionen Euro.",
             note="51 % of Chilika (previous sentence); 'die Badener' = Rheinauen Kühltechnik"),
    ],
    not_deals=["rund zwei Milliarden Euro", "rund 4,5 Milliarden Euro", "2,5 Milliarden Euro", "rund 178 Yen",
               "95 Euro", "ab 45 Euro", "4,80 Euro"],
)

ALIASES = {
    "Nilgiri Compute": ["Nilgiri Compute", "Nilgiri"],
    "Vindhya Capital": ["Vindhya Capital", "Vindhya"],
    "Tata Electronics": ["Tata Electronics"],
    "PSMC": ["PSMC", "Powerchip Semiconductor Manufacturing Corp", "Powerchip Semiconductor Manufacturing", "Powerchip"],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "NVIDIA"],
    "Sahyadri Grid Power": ["Sahyadri Grid Power", "Sahyadri"],
    "Yotta": ["Yotta", "Yotta Data Services"],
    "Isarwinkel Infrastruktur": ["Isarwinkel Infrastruktur", "Isarwinkel"],
    "AdaniConneX": ["AdaniConneX", "Adani ConneX"],
    "MUFG": ["MUFG", "Mitsubishi UFJ Financial Group"],
    "Rheinauen Kühltechnik": ["Rheinauen Kühltechnik", "Rheinauen Kühltechnik GmbH", "Rheinauen"],
    "Najd Horizon Capital": ["Najd Horizon Capital", "Najd Horizon"],
    "Ortenau-Rheinbank": ["Ortenau-Rheinbank", "Ortenau-Rheinbank eG"],
    "Reliance Industries": ["Reliance Industries", "Reliance", "Jio Platforms", "Reliance Intelligence"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Anantam AI Labs": ["Anantam AI Labs", "Anantam"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Tungabhadra Datacentres": ["Tungabhadra Datacentres", "Tungabhadra"],
    "IndiaAI": ["IndiaAI", "IndiaAI Mission", "IndiaAI-Mission"],
    "CtrlS": ["CtrlS", "CtrlS Datacenters"],
    "Straits Harbour Capital": ["Straits Harbour Capital", "Straits Harbour"],
    "TPG": ["TPG", "TPG Inc."],
    "Tata Consultancy Services": ["Tata Consultancy Services", "TCS"],
    "Deccan Ridge Infra": ["Deccan Ridge Infra", "Deccan Ridge"],
    "Sify Technologies": ["Sify Technologies", "Sify", "Sify Infinit Spaces"],
    "Google": ["Google", "Alphabet"],
    "Bharti Airtel": ["Bharti Airtel", "Airtel"],
    "Chilika Thermal Systems": ["Chilika Thermal Systems", "Chilika Thermal", "Chilika"],
    "Meta": ["Meta", "Meta Platforms"],
    "Adani Group": ["Adani Group", "Adani-Gruppe", "Adani-Konzern"],
    "OpenAI": ["OpenAI"],
    "Sundarban Telecom": ["Sundarban Telecom", "Sundarban"],
    "DEG": ["DEG", "DEG – Deutsche Investitions- und Entwicklungsgesellschaft"],
    "Adani Green Energy": ["Adani Green Energy", "Adani Green"],
    "Elbtal Transformatorenbau": ["Elbtal Transformatorenbau", "Elbtal"],
    "Brigstock Capital": ["Brigstock Capital", "Brigstock"],
    "Kaveri Edge Parks": ["Kaveri Edge Parks", "Kaveri Edge"],
    "SIPCOT": ["SIPCOT", "State Industries Promotion Corporation of Tamil Nadu"],
    "Kisarazu Capital Partners": ["Kisarazu Capital Partners", "Kisarazu"],
}


def main():
    for a in A.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d[k], float) and d[k].is_integer():
                    d[k] = int(d[k])
            for x in d.get("alt_amounts", []):
                if isinstance(x["amount"], float) and x["amount"].is_integer():
                    x["amount"] = int(x["amount"])
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
