#!/usr/bin/env python3
"""The hand annotation of corpus36 as code: run it to write gold.json.

Usage: python3 tests/corpus36/make_gold.py
Same format and rules as tests/corpus15/gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the thirty-sixth, held-out test corpus (tests/corpus36/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora "
    "and shared/gold/seeds.json. Theme: Big Tech country and state investment pledges and data-centre campuses "
    "2024-2026 with their local partners, land and power deals. One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague, background or amount-less mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one "
    "of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | "
    "approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <time datetime>, issue line or "
    "visible byline date, or null when the article has none); quarters, half-years and seasons become the year; a "
    "cancelled deal keeps the date of the original agreement or talks; 'term' is the period the deal covers, where the "
    "text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Gersprenz "
    "Energie AG, Quenlow Land Partners, Orchel Cable; invented publications, research houses, banks, advertisers and "
    "people are named in README.md; the deals of real companies are partly real, partly invented or shifted. Nothing "
    "here is reporting."
)

ALIASES = {
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Google": ["Google", "Alphabet", "Alphabet's Google"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services", "Amazon Data Services", "Amazon Data Services Inc.", "Amazon.com"],
    "Talen Energy": ["Talen Energy", "Talen"],
    "Oracle": ["Oracle", "Oracle Corp."],
    "OpenAI": ["OpenAI"],
    "Gersprenz Energie AG": ["Gersprenz Energie AG", "Gersprenz Energie", "Gersprenz"],
    "Quenlow Land Partners": ["Quenlow Land Partners", "Quenlow"],
    "Orchel Cable": ["Orchel Cable", "Orchel"],
    "Nvidia": ["Nvidia", "NVIDIA Corp."],
    "BlackRock": ["BlackRock", "BlackRock Inc."],
    "Engie": ["Engie"],
    "Stadt Dietzenbach": ["Stadt Dietzenbach", "Dietzenbach"],
    "Siemens Energy": ["Siemens Energy"],
    "Thüga": ["Thüga", "Thüga AG"],
    "AdaniConneX": ["AdaniConneX"],
    "Bharti Airtel": ["Bharti Airtel", "Airtel"],
    "Start Campus": ["Start Campus"],
    "G42": ["G42"],
    "Caithness Energy": ["Caithness Energy", "Caithness"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def article(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


A = {}

A["001_microsoft_revier_erftkurier.txt"] = article(
    "2024-02-16", "from the date line 'Erftkurier · Rhein-Erft · Freitag, 16. Februar 2024'; 'am Donnerstag' -> 2024-02-15", "de",
    [
        deal("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3_200_000_000, "EUR", "approx", "2024-02-15", "announced",
             "Bergheim/Elsdorf. Rund 3,2 Milliarden Euro steckt Microsoft bis Ende kommenden Jahres in den Standort Deutschland, das meiste davon fließt in neue Rechenzentren im Rheinischen Revier.",
             term=[None, "2025"], alt_amounts=[{"amount": 3_440_000_000, "currency": "USD"}],
             note="amount first; announced 'am Donnerstag' (next sentence); 002 gives the USD figure (alt_amounts); 009 restates it"),
        deal("microsoft-revier-land-2023", ["Microsoft"], "acquisition", None, None, None, "2023", "completed",
             "Bereits im vergangenen Jahr hatte sich der Konzern Flächen in Bergheim und Elsdorf gesichert; einen Kaufpreis nannten weder Microsoft noch die Verwaltungen.",
             required=False, note="land purchases without a price; 'im vergangenen Jahr' -> 2023; optional"),
    ],
    ["85 Euro pro Quadratmeter", "14,8 Milliarden Euro", "62 Millionen Euro", "62 Milliarden Dollar",
     "249 Euro im Monat", "weitere 2 Milliarden Euro Strukturhilfe"])

A["002_microsoft_germany_gunwale_en.txt"] = article(
    "2024-02-15", "only in the dateline 'BERLIN, Feb 15, 2024 (Gunwale Newswire)'; 'on Thursday' = the same day", "en",
    [
        deal("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3_200_000_000, "EUR", "exact", "2024-02-15", "announced",
             "Microsoft is to spend 3.2 billion euros, or $3.44 billion, in Germany before the close of 2025, the largest single commitment in the four decades the software group has operated in the country, its president Brad Smith said on Thursday.",
             term=[None, "2025"], alt_amounts=[{"amount": 3_440_000_000, "currency": "USD"}],
             note="same plan as 001, with the USD conversion"),
        deal("microsoft-uk-2023", ["Microsoft"], "capex_plan", 2_500_000_000, "GBP", "exact", "2023-11", "announced",
             "Last November it promised 2.5 billion pounds for British data centres over three years.",
             required=False, note="background: an earlier pledge named for comparison; 'it' = Microsoft"),
    ],
    ["about 5 billion euros", "$3 trillion", "$62 billion", "$406.56"])

A["003_talen_cumulus_bollard_en.txt"] = article(
    "2024-03-05", "from the line 'BOLLARD WIRE | Power & Utilities | Tue Mar 5, 2024 | 7:10am EST'; 'on Monday' -> 2024-03-04", "en",
    [
        deal("talen-amazon-cumulus", ["Amazon", "Talen Energy"], "acquisition", 650_000_000, "USD", "exact", "2024-03-04", "signed",
             "HOUSTON — Talen Energy is selling its Cumulus campus, a site wired directly into the Susquehanna nuclear station in northeastern Pennsylvania, to Amazon Web Services in a $650 million deal the generator disclosed on Monday.",
             note="campus purchase; the $350m at closing and $300m milestone payments are its parts (not_deals); different from the 2025 power contract (011, 012, 020)"),
        deal("talen-amazon-ppa-2024", ["Amazon", "Talen Energy"], "supply", None, None, None, "2024-03-04", "signed",
             "Alongside the sale, AWS agreed to buy power from the 2.5-gigawatt plant under a long-term contract, rising in steps of 120 megawatts to a maximum of 960 megawatts.",
             required=False, note="power contract without a price; optional; different from the ~$18bn 2025 contract"),
    ],
    ["$350 million", "$300 million", "$2.9 billion", "$92 per share", "$68.40", "about $4 billion"])

A["004_google_gersprenz_lastgang.txt"] = article(
    "2024-03-21", "from the issue line 'Ausgabe vom 21.03.2024' (a Thursday); 'am Mittwoch' -> 2024-03-20", "de",
    [
        deal("google-germany-2024", ["Google"], "capex_plan", 1_000_000_000, "EUR", "exact", "2024-03-20", "announced",
             "Google hat am Mittwoch angekündigt, bis 2030 eine Milliarde Euro in digitale Infrastruktur und erneuerbare Energie in Deutschland zu stecken.",
             term=[None, "2030"], note="amount in words; different from Google's €5.5bn German plan of 2025 (015, 016)"),
        deal("gersprenz-google-ppa", ["Gersprenz Energie AG", "Google"], "supply", 40_000_000, "EUR", "approx", "2024-03", "signed",
             "Nach Angaben aus Branchenkreisen zahlt Google dafür knapp 40 Millionen Euro im Jahr; offiziell nennen beide Seiten keine Zahl.",
             per="year", term=["2026-01", "2035"],
             note="yearly rate from sources; 'dafür' = the ten-year wind power supply by 'Der Versorger' (previous sentence); signing date not given -> month of the article; 019 restates it"),
    ],
    ["412 Millionen Euro", "17 Millionen Euro", "8,9 Cent je Kilowattstunde", "32 Milliarden Dollar",
     "690 Euro", "540 Euro", "19 Euro im Monat"])

A["005_oracle_japan_marunouchi_en.html"] = article(
    "2024-04-19", "from <meta article:published_time>, JSON-LD datePublished and <time> 'April 19, 2024 at 06:30 JST'; 'on Thursday' -> 2024-04-18; 'Only eight days earlier' -> 2024-04-10", "en",
    [
        deal("oracle-japan-2024", ["Oracle"], "capex_plan", 8_000_000_000, "USD", "at_least", "2024-04-18", "announced",
             "Oracle will put more than $8 billion into Japanese cloud and AI capacity over the coming decade, the Texas-based company said in Tokyo on Thursday, adding to a wave of U.S. money flowing into the country's data centres.",
             alt_amounts=[{"amount": 7_500_000_000, "currency": "EUR"}], note="006 reports it with EUR (alt_amounts)"),
        deal("microsoft-japan-2024", ["Microsoft"], "capex_plan", 2_900_000_000, "USD", "exact", "2024-04-10", "announced",
             "Only eight days earlier, Microsoft had promised $2.9 billion over two years to expand its AI and cloud footprint here, timed to Prime Minister Fumio Kishida's state visit to Washington.",
             note="date relative to Oracle's announcement"),
        deal("aws-japan-2024", ["Amazon"], "capex_plan", 2_260_000_000_000, "JPY", "exact", "2024-01", "announced",
             "In January, Amazon Web Services had set out plans to spend 2.26 trillion yen, about $15 billion, on Japanese data centres through 2027.",
             required=False, term=[None, "2027"], alt_amounts=[{"amount": 15_000_000_000, "currency": "USD"}],
             note="background restatement of a January plan; optional"),
    ],
    ["50.1 billion yen", "154 yen", "4.2 trillion yen", "$114.36", "75 yen a share", "¥98,000 a month"])

A["006_oracle_japan_tickerhaus.txt"] = article(
    "2024-04-19", "from the line 'TICKERHAUS | US-Aktien | 19.04.2024 – 08:05 Uhr'; 'am Donnerstag' -> 2024-04-18; 'vergangene Woche' -> 2024-04", "de",
    [
        deal("oracle-japan-2024", ["Oracle"], "capex_plan", 8_000_000_000, "USD", "at_least", "2024-04-18", "announced",
             "Mehr als acht Milliarden Dollar (rund 7,5 Milliarden Euro) will Oracle über ein Jahrzehnt in japanische Rechenzentren und KI-Infrastruktur stecken.",
             alt_amounts=[{"amount": 7_500_000_000, "currency": "EUR"}], note="amount in words; 'am Donnerstag' in the next sentence"),
        deal("microsoft-japan-2024", ["Microsoft"], "capex_plan", 2_900_000_000, "USD", "exact", "2024-04", "announced",
             "Der Windows-Hersteller hatte vergangene Woche zugesagt, in den nächsten beiden Jahren 2,9 Milliarden Dollar in japanische Cloud- und KI-Kapazitäten zu investieren.",
             note="'Der Windows-Hersteller' = Microsoft (previous sentence)"),
    ],
    ["107,12 Euro", "Kurs: 107,12 €", "13,3 Milliarden Dollar", "80 Milliarden Dollar", "135 Dollar", "106,40–108,02 €", "295 Mrd. €"])

A["007_aws_aragon_mesetabrief.txt"] = article(
    "2024-05-23", "from the issue line 'Meseta-Brief · … · Donnerstag, 23. Mai 2024'; 'am Dienstag' -> 2024-05-21", "de",
    [
        deal("aws-aragon-2024", ["Amazon"], "capex_plan", 15_700_000_000, "EUR", "exact", "2024-05-21", "announced",
             "Amazon Web Services hat am Dienstag in Saragossa angekündigt, seine Investitionen in der Region kräftig aufzustocken: Über zehn Jahre sollen 15,7 Milliarden Euro in neue Rechenzentren rund um die Hauptstadt fließen.",
             note="ten-year plan; different from the 2022 plan"),
        deal("aws-aragon-2022", ["Amazon"], "capex_plan", 2_500_000_000, "EUR", "approx", "2022-11", "announced",
             "Zur Einordnung: Als AWS im November 2022 seine Cloud-Region in Aragonien in Betrieb nahm, hatte der Konzern für die Zeit bis 2031 noch rund 2,5 Milliarden Euro veranschlagt.",
             required=False, term=[None, "2031"], note="background: the earlier plan, named for comparison; optional; must not merge with aws-aragon-2024"),
        deal("microsoft-aragon-land", ["Microsoft"], "acquisition", None, None, None, "2024", "completed",
             "Der Konzern hat sich in Villanueva de Gállego und La Muela Grundstücke für eigene Rechenzentren gesichert; über den Kaufpreis schweigen beide Seiten.",
             required=False, note="'Der Konzern' = Microsoft (previous sentence); no price; optional"),
    ],
    ["21,6 Milliarden Euro", "13 Euro je Megawattstunde", "weitere 3 Milliarden Euro", "7,50 Euro im Monat"])

A["008_quenlow_amazon_nescopeck_en.txt"] = article(
    "2024-09-11", "from the line 'Business | Wednesday, September 11, 2024'; closing date 'August 29' -> 2024-08-29; 'in March' -> 2024-03", "en",
    [
        deal("quenlow-amazon-land-2024", ["Amazon", "Quenlow Land Partners"], "acquisition", 43_500_000, "USD", "exact", "2024-08-29", "completed",
             "The price: $43.5 million, according to the document, which lists August 29 as the closing date.",
             note="buyer (Amazon Data Services) and seller (Quenlow Land Partners) in the previous sentence; different from the 2026 purchase in 020"),
        deal("talen-amazon-cumulus", ["Amazon", "Talen Energy"], "acquisition", 650_000_000, "USD", "exact", "2024-03", "signed",
             "The purchase comes six months after Amazon agreed in March to pay $650 million for Talen Energy's Cumulus campus, which sits on the other side of the plant.",
             note="restates 003"),
    ],
    ["$3.1 million", "$2.4 million", "$189,000", "$4.99 a month"])

A["009_microsoft_italy_whitespace_en.txt"] = article(
    "2024-10-03", "from the issue line 'No. 88, Thursday 3 October 2024'; 'on Wednesday' -> 2024-10-02", "en",
    [
        deal("microsoft-italy-2024", ["Microsoft"], "capex_plan", 4_300_000_000, "EUR", "exact", "2024-10-02", "announced",
             "Microsoft will put €4.3 billion into Italian cloud and AI capacity over two years, it said on Wednesday, its largest commitment to the country yet."),
        deal("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3_200_000_000, "EUR", "exact", "2024-02", "announced",
             "In February it was €3.2 billion for Germany; in May, at the Choose France summit, it put €4 billion on the table for France, including a campus near Mulhouse.",
             note="restates 001/002 with the month only"),
        deal("microsoft-france-2024", ["Microsoft"], "capex_plan", 4_000_000_000, "EUR", "exact", "2024-05", "announced",
             "In February it was €3.2 billion for Germany; in May, at the Choose France summit, it put €4 billion on the table for France, including a campus near Mulhouse.",
             note="two pledges in one sentence"),
    ],
    ["€11.5 billion", "$55.7 billion", "$28.1 billion", "$245 billion", "€65 per MWh", "£9 a month", "£90 a year"])

A["010_oracle_deutschland_wirtschaftsbruecke.txt"] = article(
    "2025-07-16", "from the line 'Unternehmen & Märkte · Mittwoch, 16. Juli 2025'; 'am Dienstag' -> 2025-07-15; 'Ende Juni' -> 2025-06", "de",
    [
        deal("oracle-germany-netherlands-2025", ["Oracle"], "capex_plan", 3_000_000_000, "USD", "exact", "2025-07-15", "announced",
             "Drei Milliarden Dollar will Oracle binnen fünf Jahren in Deutschland und den Niederlanden ausgeben, um dort Rechenkapazität für Cloud und KI aufzubauen.",
             note="amount in words; the headline plan; its two country parts are optional deals"),
        deal("oracle-germany-2025", ["Oracle"], "capex_plan", 2_000_000_000, "USD", "exact", "2025-07-15", "announced",
             "Auf Deutschland entfallen davon zwei Milliarden Dollar, vor allem für die Cloud-Region Frankfurt, auf die Niederlande eine Milliarde Dollar für den Standort Amsterdam.",
             required=False, note="part of the $3bn plan; optional"),
        deal("oracle-netherlands-2025", ["Oracle"], "capex_plan", 1_000_000_000, "USD", "exact", "2025-07-15", "announced",
             "Auf Deutschland entfallen davon zwei Milliarden Dollar, vor allem für die Cloud-Region Frankfurt, auf die Niederlande eine Milliarde Dollar für den Standort Amsterdam.",
             required=False, note="part of the $3bn plan; optional"),
        deal("oracle-openai-30bn", ["Oracle", "OpenAI"], "cloud_contract", 30_000_000_000, "USD", "at_least", "2025-06", "signed",
             "Ende Juni legte das Unternehmen in einer Börsenmitteilung einen Cloud-Vertrag offen, der von 2027/28 an jährlich mehr als 30 Milliarden Dollar Erlös einbringen soll.",
             per="year", term=["2027", None],
             note="yearly revenue of a disclosed contract; the customer OpenAI is named from media reports in the next sentence"),
    ],
    ["57,4 Milliarden Dollar", "138 Milliarden Dollar", "232 Dollar", "der erste Monat 1 Euro", "29,90 Euro"])

A["011_aws_pennsylvania_tickstream_en.txt"] = article(
    "2025-06-12", "from the line 'TICKSTREAM MARKETS · Movers · Jun 12, 2025 · 9:48 AM ET'; 'on Wednesday' -> 2025-06-11; 'on Monday' -> 2025-06-09; 'last year' -> 2024", "en",
    [
        deal("talen-amazon-ppa-2025", ["Amazon", "Talen Energy"], "supply", 18_000_000_000, "USD", "approx", "2025-06-11", "signed",
             "Talen valued the contract at roughly $18 billion of revenue over its life.",
             term=[None, "2042"],
             note="parties, signing 'on Wednesday' and the term in the previous sentence; different from the amount-less 2024 contract (003)"),
        deal("talen-amazon-cumulus", ["Amazon", "Talen Energy"], "acquisition", 650_000_000, "USD", "exact", "2024", "signed",
             "Unlike the arrangement struck when Amazon bought the neighbouring Cumulus campus for $650 million last year, the new deal routes the power through the regional grid, a structure federal regulators had pushed for after rejecting the earlier behind-the-meter setup.",
             note="restates 003"),
        deal("aws-pennsylvania-2025", ["Amazon"], "capex_plan", 20_000_000_000, "USD", "at_least", "2025-06-09", "announced",
             "The announcement came two days after Amazon said on Monday it would spend no less than $20 billion on data centre campuses in Salem Township and Falls Township, a sum Governor Josh Shapiro described as a record for private money in Pennsylvania.",
             alt_amounts=[{"amount": 17_400_000_000, "currency": "EUR"}], note="012 gives EUR (alt_amounts)"),
    ],
    ["$281.50", "$12 billion", "$330", "$265", "around $100 billion", "$29.3 billion", "$80 million a year",
     "$213.24", "$329 per megawatt-day"])

A["012_aws_pennsylvania_depotfuchs.txt"] = article(
    "2025-06-13", "from the line 'Depotfuchs · Nachrichten · 13.06.2025, 11:20 Uhr'; 'am Mittwoch' -> 2025-06-11; 'Am Montag' -> 2025-06-09; 'vergangene Woche' -> 2025-06", "de",
    [
        deal("talen-amazon-ppa-2025", ["Amazon", "Talen Energy"], "supply", 18_000_000_000, "USD", "approx", "2025-06-11", "signed",
             "Das Unternehmen beziffert den Wert des Vertrags auf rund 18 Milliarden Dollar.",
             term=[None, "2042"], note="'Das Unternehmen' = Talen; parties and date in the previous sentences"),
        deal("aws-pennsylvania-2025", ["Amazon"], "capex_plan", 20_000_000_000, "USD", "at_least", "2025-06-09", "announced",
             "Am Montag hatte der Konzern zugesagt, nicht weniger als 20 Milliarden Dollar – umgerechnet rund 17,4 Milliarden Euro – in neue Rechenzentrumsstandorte in dem Bundesstaat zu investieren.",
             alt_amounts=[{"amount": 17_400_000_000, "currency": "EUR"}], note="'der Konzern' = Amazon"),
        deal("aws-north-carolina-2025", ["Amazon"], "capex_plan", 10_000_000_000, "USD", "exact", "2025-06", "announced",
             "Bereits vergangene Woche hatte der Konzern Pläne über zehn Milliarden Dollar für den Bundesstaat North Carolina öffentlich gemacht, wo rund um Richmond County ein weiterer Campus entstehen soll.",
             note="amount in words; a different Amazon plan than Pennsylvania"),
    ],
    ["243,80 Euro", "185,62 Euro", "290 Euro", "2,4 Milliarden Dollar", "251,10 €", "211,95 €", "ab 500 Euro", "243,80 € (+19,0 %)", "185,62 € (+0,1 %)"])

A["013_google_waltham_cross_leamercury_en.html"] = article(
    "2025-09-17", "from <meta parsely-pub-date>, JSON-LD datePublished and <time> 'Wednesday 17 September 2025'; 'on Tuesday' / 'On the same day' -> 2025-09-16", "en",
    [
        deal("google-uk-2025", ["Google"], "capex_plan", 5_000_000_000, "GBP", "exact", "2025-09-16", "announced",
             "Google has opened its £740 million data centre off the A10 at Waltham Cross and announced on Tuesday a £5 billion UK investment programme over the next two years, as ministers rolled out a string of US technology pledges timed to President Donald Trump's state visit.",
             alt_amounts=[{"amount": 5_800_000_000, "currency": "EUR"}], note="014 gives EUR (alt_amounts)"),
        deal("google-waltham-cross", ["Google"], "project", 740_000_000, "GBP", "exact", None, "completed",
             "Google has opened its £740 million data centre off the A10 at Waltham Cross and announced on Tuesday a £5 billion UK investment programme over the next two years, as ministers rolled out a string of US technology pledges timed to President Donald Trump's state visit.",
             required=False, kind_alt=["capex_plan"], note="cost of an older project that has now opened; background; optional"),
        deal("orchel-google-link-2025", ["Google", "Orchel Cable"], "supply", 28_000_000, "GBP", "exact", "2025-08", "signed",
             "Orchel Cable, the Hoddesdon contractor that laid the underground 132kV connection to the Brimsdown substation, said Google had signed a second contract with it in August, worth £28 million, to build a private link to a planned extension of the site.",
             kind_alt=["project", "other"], note="construction contract; the second deal of the pair"),
        deal("orchel-google-connection", ["Google", "Orchel Cable"], "supply", None, None, None, None, "completed",
             "Orchel Cable, the Hoddesdon contractor that laid the underground 132kV connection to the Brimsdown substation, said Google had signed a second contract with it in August, worth £28 million, to build a private link to a planned extension of the site.",
             required=False, kind_alt=["project", "other"], note="the first, amount-less contract of the pair; optional; must stay apart from the £28m contract"),
        deal("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30_000_000_000, "USD", "exact", "2025-09-16", "announced",
             "On the same day, Microsoft put a $30 billion price on its British plans for 2025 to 2028, including $15.5 billion on new AI infrastructure and a supercomputer at Loughton, a few miles east, to be operated with the British start-up Nscale.",
             term=["2025", "2028"], alt_amounts=[{"amount": 25_400_000_000, "currency": "EUR"}],
             note="the $15.5bn infrastructure share is a part (not_deals); 014 gives EUR (alt_amounts)"),
    ],
    ["$15.5 billion", "£17.6 million", "£432,000", "£6,995"])

A["014_uk_pledges_rechenhallenbrief.txt"] = article(
    "2025-09-18", "from the issue line 'Rechenhallen-Brief | Nr. 38 | 18. September 2025'; 'am Dienstag' -> 2025-09-16; other pledges of the state visit -> 2025-09", "de",
    [
        deal("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30_000_000_000, "USD", "exact", "2025-09", "announced",
             "Der Konzern will zwischen 2025 und 2028 insgesamt 30 Milliarden Dollar, rund 25,4 Milliarden Euro, im Vereinigten Königreich ausgeben – so viel wie nie zuvor in einem einzelnen Land außerhalb der USA.",
             term=["2025", "2028"], alt_amounts=[{"amount": 25_400_000_000, "currency": "EUR"}], note="'Der Konzern' = Microsoft (heading)"),
        deal("google-uk-2025", ["Google"], "capex_plan", 5_000_000_000, "GBP", "exact", "2025-09-16", "announced",
             "Auch Google legte am Dienstag nach: fünf Milliarden Pfund (etwa 5,8 Milliarden Euro) über zwei Jahre, unter anderem für das gerade eröffnete Rechenzentrum in Waltham Cross und für Google DeepMind.",
             alt_amounts=[{"amount": 5_800_000_000, "currency": "EUR"}], note="amount in words"),
        deal("nvidia-uk-startups-2025", ["Nvidia"], "investment", 2_000_000_000, "GBP", "up_to", "2025-09", "announced",
             "Jensen Huang versprach, gemeinsam mit Risikokapitalgebern bis zu zwei Milliarden Pfund in britische KI-Start-ups zu stecken.",
             note="pledge together with venture investors; the start-ups are not named"),
        deal("blackrock-uk-2025", ["BlackRock"], "capex_plan", 500_000_000, "GBP", "exact", "2025-09", "announced",
             "Der Vermögensverwalter will 500 Millionen Pfund in Rechenzentren für Unternehmenskunden investieren.",
             kind_alt=["investment"], note="'Der Vermögensverwalter' = BlackRock (heading)"),
    ],
    ["150 Milliarden Pfund", "26 Cent je Kilowattstunde", "149 Euro", "24 Euro im Monat"])

A["015_google_germany_gunwale_en.txt"] = article(
    "2025-11-11", "only in the byline 'By … | Gunwale Newswire | November 11, 2025 | 14:32 CET'; 'on Tuesday' = the same day", "en",
    [
        deal("google-germany-2025", ["Google"], "capex_plan", 5_500_000_000, "EUR", "exact", "2025-11-11", "announced",
             "BERLIN - Alphabet's Google will invest 5.5 billion euros ($6.4 billion) in Germany between 2026 and 2029, its biggest commitment in the country to date, the company said on Tuesday at an event with Finance Minister Lars Klingbeil.",
             term=["2026", "2029"], alt_amounts=[{"amount": 6_400_000_000, "currency": "USD"}],
             note="different from the €1bn plan of March 2024"),
        deal("google-germany-2024", ["Google"], "capex_plan", 1_000_000_000, "EUR", "exact", "2024-03", "announced",
             "The pledge is more than five times the 1 billion euros Google promised for Germany in March 2024, much of which went on renewable power deals and the Hanau cloud region.",
             term=[None, "2030"], note="restates 004 with the month only"),
        deal("engie-google-2025", ["Engie", "Google"], "supply", None, None, None, "2025-11-11", "signed",
             "Google said it had agreed with Engie to source additional wind and solar electricity for its German operations, without giving financial terms.",
             required=False, note="no amount; optional"),
        deal("gersprenz-google-substation", ["Gersprenz Energie AG", "Google"], "supply", 60_000_000, "EUR", "approx", "2025-11", "signed",
             "Two people familiar with that contract said it was worth about 60 million euros.",
             kind_alt=["project", "other"],
             note="'that contract' = Gersprenz Energie building and running the Dietzenbach substation (previous sentence); value from sources; different from the Gersprenz wind-power contract (004)"),
    ],
    ["1 billion euros a year", "$91 billion to $93 billion", "above $100 billion", "$289.40"])

A["016_google_dietzenbach_bieberbote.html"] = article(
    "2025-11-12", "from <meta name=date>, JSON-LD datePublished and the byline '12.11.2025, 06:45 Uhr'; 'Seit Dienstag' -> 2025-11-11; 'im Frühjahr' -> 2025", "de",
    [
        deal("google-germany-2025", ["Google"], "capex_plan", 5_500_000_000, "EUR", "exact", "2025-11-11", "announced",
             "Das Rechenzentrum ist das Herzstück eines Pakets von 5,5 Milliarden Euro, das der Konzern bis 2029 in Deutschland investieren will, wie er in Berlin bekanntgab.",
             term=["2026", "2029"], note="'der Konzern' = Google; 'Seit Dienstag' in the previous sentence"),
        deal("dietzenbach-google-land", ["Google", "Stadt Dietzenbach"], "acquisition", 41_000_000, "EUR", "exact", "2025", "signed",
             "Der Kaufpreis lag nach Angaben aus dem Rathaus bei 41 Millionen Euro.",
             note="land sale by the town to Google decided 'im Frühjahr' (previous sentence) -> 2025"),
        deal("gersprenz-google-substation", ["Gersprenz Energie AG", "Google"], "supply", 60_000_000, "EUR", "approx", "2025-11", "signed",
             "Die Dieburger erhalten dafür von Google rund 60 Millionen Euro.",
             kind_alt=["project", "other"], note="'Die Dieburger' = Gersprenz Energie AG, 'dafür' = the substation (previous sentence)"),
    ],
    ["9,4 Millionen Euro", "28 Millionen Euro", "7,2 Millionen Euro", "899 Euro", "3,99 Euro"])

A["017_microsoft_sines_quintard_note_en.txt"] = article(
    "2025-11-13", "from the line 'Sector Note | … | 13 November 2025'; 'on Tuesday' -> 2025-11-11; 'Earlier this month' -> 2025-11; 'last year' -> 2024", "en",
    [
        deal("microsoft-portugal-2025", ["Microsoft"], "capex_plan", 10_000_000_000, "USD", "exact", "2025-11-11", "announced",
             "Microsoft said on Tuesday in Lisbon that it would invest $10 billion in Portugal, centred on the Start Campus data centre development in Sines, where Nvidia chips will be installed in partnership with Nscale."),
        deal("microsoft-uae-2025", ["Microsoft"], "capex_plan", 15_200_000_000, "USD", "exact", "2025-11", "announced",
             "Earlier this month the company also set out a $15.2 billion commitment to the United Arab Emirates for 2023 to 2029; that figure counts the $1.5 billion stake in G42 it took last year.",
             term=["2023", "2029"], note="'the company' = Microsoft"),
        deal("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1_500_000_000, "USD", "exact", "2024", "completed",
             "Earlier this month the company also set out a $15.2 billion commitment to the United Arab Emirates for 2023 to 2029; that figure counts the $1.5 billion stake in G42 it took last year.",
             required=False, note="background: an earlier deal counted in the UAE total; optional"),
        deal("start-campus-sines-buildout", ["Start Campus"], "capex_plan", 8_500_000_000, "EUR", "exact", None, "planned",
             "The developer, backed by Davidson Kempner and Pioneer Point Partners, has put the full build-out cost of the 1.2 GW Sines campus at €8.5 billion.",
             required=False, kind_alt=["project"], note="the developer's cost estimate for the whole campus, no date; background; optional"),
        deal("microsoft-start-campus-lease-talks", ["Microsoft", "Start Campus"], "cloud_contract", 1_500_000_000, "USD", "range", "2025-11", "negotiating",
             "Two people close to the discussions say Microsoft is in talks to lease a second building there; we estimate such a lease at $1.5 billion to $2 billion over its term.",
             amount_max=2_000_000_000, kind_alt=["other"], note="talks from sources, value only from the analysts' estimate; 'there' = Sines campus of Start Campus"),
    ],
    ["$34.9 billion", "$77.7 billion", "$625", "$508.68", "$392 billion", "$140 billion"])

A["018_indien_subkontinentreport.txt"] = article(
    "2025-12-11", "from the line 'Wirtschaftsbriefing Indien, 11.12.2025'; 'im Oktober' -> 2025-10; 'Am Dienstag' -> 2025-12-09; 'einen Tag später' -> 2025-12-10", "de",
    [
        deal("google-india-2025", ["Google", "AdaniConneX", "Bharti Airtel"], "project", 15_000_000_000, "USD", "approx", "2025-10", "announced",
             "Der Suchmaschinenkonzern will in Visakhapatnam an der Ostküste einen KI-Knotenpunkt mit Rechenzentren im Gigawatt-Maßstab errichten und dafür in den Jahren 2026 bis 2030 rund 15 Milliarden Dollar ausgeben, umgerechnet etwa 1,33 Billionen Rupien.",
             term=["2026", "2030"], kind_alt=["capex_plan", "partnership"],
             alt_amounts=[{"amount": 1_330_000_000_000, "currency": "INR"}],
             note="'Der Suchmaschinenkonzern' = Google; German 'Billionen' = 10^12; partners AdaniConneX and Bharti Airtel in the next sentence"),
        deal("microsoft-india-2025", ["Microsoft"], "capex_plan", 17_500_000_000, "USD", "exact", "2025-12-09", "announced",
             "Konzernchef Satya Nadella kündigte in Neu-Delhi an, zwischen 2026 und 2029 in Indien 17,5 Milliarden Dollar auszugeben – die bislang größte Investition des Unternehmens in Asien.",
             term=["2026", "2029"], note="Microsoft named in the previous sentence ('Am Dienstag zog Microsoft nach.')"),
        deal("amazon-india-2025", ["Amazon"], "capex_plan", 35_000_000_000, "USD", "exact", "2025-12-10", "announced",
             "Nur einen Tag später setzte Amazon noch eins drauf: 35 Milliarden Dollar bis 2030, verteilt über Cloud, Logistik und den Onlinehandel.",
             term=[None, "2030"]),
    ],
    ["67,5 Milliarden Dollar", "knapp 40 Milliarden Dollar", "25 Milliarden Dollar im Jahr", "103,7 Milliarden Rupien",
     "1 Euro = 105,6 Rupien", "Einzelausgabe 12 Euro", "220 Euro"])

A["019_gersprenz_interview_netzspiegel.txt"] = article(
    None, "interview without any date (only 'Lesezeit: 6 Minuten'); all deal dates null", "de",
    [
        deal("gersprenz-google-ppa", ["Gersprenz Energie AG", "Google"], "supply", 40_000_000, "EUR", "approx", None, "signed",
             "Google zahlt uns dafür knapp 40 Millionen Euro im Jahr, zehn Jahre lang.",
             per="year", note="restates 004; 'uns' = Gersprenz Energie AG"),
        deal("gersprenz-google-substation", ["Gersprenz Energie AG", "Google"], "supply", 60_000_000, "EUR", "approx", None, "signed",
             "Für die Anlage in Dietzenbach bekommen wir etwa 60 Millionen Euro.",
             kind_alt=["project", "other"], note="restates 015/016; 'wir' = Gersprenz, the client Google in the context"),
        deal("siemens-energy-gersprenz-transformers", ["Siemens Energy", "Gersprenz Energie AG"], "supply", 14_000_000, "EUR", "exact", None, "signed",
             "Die Transformatoren dafür haben wir bei Siemens Energy bestellt, drei Stück für zusammen 14 Millionen Euro."),
        deal("gersprenz-grid-capex", ["Gersprenz Energie AG"], "capex_plan", 300_000_000, "EUR", "approx", None, "planned",
             "Bis 2030 stecken wir rund 300 Millionen Euro in unser eigenes Netz.",
             term=[None, "2030"], note="'wir' = Gersprenz Energie AG"),
        deal("thuega-gersprenz-rumor", ["Thüga", "Gersprenz Energie AG"], "investment", 500_000_000, "EUR", "approx", None, "rumored",
             "Man hört, die Thüga wolle für rund eine halbe Milliarde Euro bei Ihnen einsteigen.",
             required=False, kind_alt=["acquisition"], note="rumour in the interviewer's question, denied in the answer ('Da ist nichts dran.'); amount in words; optional"),
    ],
    ["6 Millionen Euro Dividende", "34,9 Cent je Kilowattstunde", "9,80 Euro"])

A["020_pennsylvania_interconnect_en.txt"] = article(
    "2026-11-05", "from the line 'Markets & Sites | Thursday, November 5, 2026'; 'Oct. 28' -> 2026-10-28; 'two years ago' -> 2024; 'Last year' -> 2025", "en",
    [
        deal("quenlow-amazon-land-2026", ["Amazon", "Quenlow Land Partners"], "acquisition", 61_000_000, "USD", "exact", "2026-10-28", "completed",
             "Amazon Data Services paid $61 million for 405 acres, county records show; the sale closed on Oct. 28.",
             note="seller Quenlow Land Partners in the previous sentence; the second deal of the pair"),
        deal("quenlow-amazon-land-2024", ["Amazon", "Quenlow Land Partners"], "acquisition", 43_500_000, "USD", "exact", "2024", "completed",
             "The Wilkes-Barre land investor, which sold Amazon its first 312 acres for $43.5 million two years ago, has now disposed of nearly all the ground it holds along that stretch of the river.",
             note="restates 008; 'The Wilkes-Barre land investor' = Quenlow"),
        deal("aws-pennsylvania-2025", ["Amazon"], "capex_plan", 20_000_000_000, "USD", "at_least", "2025-06", "announced",
             "The purchase is part of the at least $20 billion Amazon committed to Pennsylvania in June 2025.",
             note="restates 011/012 with the month only"),
        deal("talen-amazon-ppa-2025", ["Amazon", "Talen Energy"], "supply", 18_000_000_000, "USD", "approx", None, "signed",
             "Power for the site comes largely from Talen Energy, whose 1.92-gigawatt supply contract with Amazon, valued by Talen at about $18 billion, began ramping up this spring.",
             note="restates 011/012; no signing date given"),
        deal("talen-caithness-plants", ["Talen Energy", "Caithness Energy"], "acquisition", 3_500_000_000, "USD", "exact", "2025", "completed",
             "Last year it completed the $3.5 billion purchase of two gas-fired plants, the Freedom Energy Center in Pennsylvania and the Guernsey Power Station in Ohio, from Caithness Energy.",
             note="'it' = Talen; completion year given, agreement date not"),
        deal("microsoft-licking-county", ["Microsoft"], "project", 1_000_000_000, "USD", "exact", "2024", "cancelled",
             "In Licking County, Ohio, Microsoft confirmed it has shelved a $1 billion campus it had announced in 2024, after pausing work there last year.",
             kind_alt=["capex_plan"], note="cancelled project keeps the date of the announcement"),
    ],
    ["$5.8 million", "$3.2 million", "$295", "$1,450/year"])


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
