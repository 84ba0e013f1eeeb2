#!/usr/bin/env python3
"""The hand annotation of tests/corpus40 as code. Run it to (re)write gold.json.

Usage: python3 tests/corpus40/make_gold.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the fortieth, held-out test corpus (tests/corpus40/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json. Theme: the Gulf "
    "and India (sovereign AI and data-centre deals). One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks deals stated without any amount and vague or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money figures "
    "that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. 'date' is when the deal was announced or agreed "
    "(YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <time datetime>, issue line or visible byline date, or null when the "
    "article has none); quarters, half-years and seasons become the year; a cancelled or completed deal keeps "
    "the date of the original agreement or talks; 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Falajnet, Dhowline Capital, Kavetri Coolworks; invented publications, research houses, advertisers and "
    "people are named in README.md and invented_names.txt; the deals of real companies are partly real, partly "
    "invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "BlackRock": ["BlackRock", "BlackRock Inc."],
    "Global Infrastructure Partners": ["Global Infrastructure Partners", "GIP"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "MGX": ["MGX"],
    "G42": ["G42"],
    "Falajnet": ["Falajnet"],
    "Dhowline Capital": ["Dhowline Capital", "Dhowline"],
    "Khazna": ["Khazna Data Centers", "Khazna"],
    "Groq": ["Groq"],
    "Saudi Arabia": ["Saudi Arabia", "Saudi-Arabien", "Kingdom of Saudi Arabia"],
    "DataVolt": ["DataVolt"],
    "NEOM": ["NEOM"],
    "Humain": ["Humain"],
    "AMD": ["AMD", "Advanced Micro Devices"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Supermicro": ["Supermicro", "Super Micro Computer"],
    "OpenAI": ["OpenAI"],
    "Oracle": ["Oracle"],
    "Cisco": ["Cisco", "Cisco Systems"],
    "SoftBank": ["SoftBank", "SoftBank Group"],
    "Reliance Industries": ["Reliance Industries", "Reliance", "Reliance Intelligence"],
    "Meta": ["Meta", "Meta Platforms"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Tata Consultancy Services": ["Tata Consultancy Services", "TCS"],
    "TPG": ["TPG", "TPG Inc."],
    "AdaniConneX": ["AdaniConneX"],
    "Bharti Airtel": ["Bharti Airtel", "Airtel"],
    "Aligned Data Centers": ["Aligned Data Centers", "Aligned"],
    "Yotta Data Services": ["Yotta Data Services", "Yotta"],
    "Kavetri Coolworks": ["Kavetri Coolworks", "Kavetri"],
    "xAI": ["xAI"],
    "Abu Dhabi Investment Authority": ["Abu Dhabi Investment Authority", "ADIA"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def NA(id, parties, kind, date, status, evidence, **extra):
    """A deal stated without any amount: optional."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=False, **extra)


AIP = ["BlackRock", "Global Infrastructure Partners", "Microsoft", "MGX"]
MSG42 = ["Microsoft", "G42"]
STARGATE = ["G42", "OpenAI", "Oracle", "Nvidia", "Cisco", "SoftBank"]
VIZAG = ["Google", "AdaniConneX", "Bharti Airtel"]
ALIGNED = ["MGX", "Aligned Data Centers"]

ARTICLES = {
    "001_aip_launch_ferrowick_en.txt": {
        "published": "2024-09-17",
        "published_note": "only the dateline 'NEW YORK, Sept 17 (Ferrowick)' with the year from '© 2024'; 'on Tuesday' -> 2024-09-17; 'in April' -> 2024-04",
        "language": "en",
        "deals": [
            D("aip-launch", AIP, "partnership", 30000000000, "USD", "exact", "2024-09-17", "announced",
              "The group, called the Global AI Infrastructure Investment Partnership, aims to raise $30 billion of private equity from investors, asset owners and corporates.",
              kind_alt=["investment", "joint_venture"],
              alt_amounts=[{"amount": 100000000000, "currency": "USD"}, {"amount": 27000000000, "currency": "EUR"},
                           {"amount": 90000000000, "currency": "EUR"}],
              note="parties and 'on Tuesday' in the previous sentence; $30bn equity target, up to $100bn with debt in the next sentence (alt_amounts); 002 gives rund €27bn / bis zu €90bn; 013 restates the $30bn"),
            D("microsoft-g42-2024", MSG42, "investment", 1500000000, "USD", "exact", "2024-04", "completed",
              "G42 itself landed a $1.5 billion investment from Microsoft in April, a deal that gave the software maker a minority stake and a seat on the Abu Dhabi company's board.",
              note="background restatement of the April 2024 stake; 008 and 015 restate it; different from Microsoft's UAE spending plan (015)"),
            NA("nvidia-aip-advisor", ["Nvidia"] + AIP, "partnership", "2024-09-17", "announced",
               "Nvidia will advise the partnership on data-centre design, the companies said.",
               note="advisory role without financial terms"),
        ],
        "not_deals": ["$10.6 trillion", "$879.21", "$435.15", "$1 trillion"],
    },
    "002_aip_kurswippe.txt": {
        "published": "2024-09-19",
        "published_note": "from the date line 'Donnerstag, 19.09.2024 – 08:14 Uhr'; 'am Dienstag' -> 2024-09-17",
        "language": "de",
        "deals": [
            D("aip-launch", AIP, "partnership", 27000000000, "EUR", "approx", "2024-09-17", "announced",
              "Die Partnerschaft soll zunächst rund 27 Milliarden Euro an Eigenkapital einsammeln, hieß es am Dienstag.",
              kind_alt=["investment", "joint_venture"],
              note="same partnership as 001 in EUR; 'bis zu 90 Milliarden Euro' with debt in the next sentence is the same deal's larger figure (alt in 001)"),
        ],
        "not_deals": ["391 Euro", "245 Milliarden Dollar", "5.000 Euro", "80 Milliarden Dollar", "879,21 $",
                      "435,15 $", "113,37 $", "30 Milliarden Euro"],
    },
    "003_falajnet_corniche_en.html": {
        "published": "2024-12-11",
        "published_note": "from <meta article:published_time>, JSON-LD datePublished and the byline 'Wednesday 11 December 2024'; 'on Tuesday' -> 2024-12-10",
        "language": "en",
        "deals": [
            D("dhowline-falajnet-a", ["Dhowline Capital", "Falajnet"], "investment", 45000000, "USD", "exact",
              "2024-12-10", "completed",
              "Falajnet, a two-year-old Abu Dhabi company whose Nvidia GPU clusters are leased by banks, airlines and government-backed model builders, has closed a $45 million Series A funding round.",
              note="lead investor and 'on Tuesday' in the next sentence ('The round was led by Dhowline Capital'); first Dhowline-Falajnet deal, different from the $120m Series B of 2026 (019); 014 and 019 restate it"),
            D("falajnet-khazna-lease", ["Falajnet", "Khazna"], "cloud_contract", 62000000, "AED", "approx",
              "2024-12", "signed",
              "Under the agreement the start-up will pay Khazna about AED 62 million a year, a person who has seen the contract said.",
              per="year", kind_alt=["other"],
              note="yearly rent of a five-year lease (previous sentence); 'the start-up' = Falajnet; signing date not given -> month of the article; different from the second hall leased in 2026 (019)"),
        ],
        "not_deals": ["$210 million", "AED 95 million", "$3.3 billion", "AED 2,900 a month", "AED 39 a month"],
    },
    "004_leap_nahostdepesche.txt": {
        "published": "2025-02-11",
        "published_note": "from the issue line 'Nr. 6/2025 · Riad, 11. Februar 2025'; 'am Sonntag' -> 2025-02-09, 'Am Montag' -> 2025-02-10",
        "language": "de",
        "deals": [
            D("saudi-groq", ["Saudi Arabia", "Groq"], "investment", 1500000000, "USD", "exact", "2025-02-09",
              "announced", "Das Königreich sagte dem Unternehmen 1,5 Milliarden Dollar zu.",
              kind_alt=["other"],
              note="'Das Königreich' = Saudi Arabia, 'dem Unternehmen' = Groq (previous sentence, 'am Sonntag'); 007 restates it"),
            D("datavolt-neom", ["DataVolt", "NEOM"], "project", 5000000000, "USD", "exact", "2025-02-10",
              "announced", "Das Projekt hat ein Volumen von fünf Milliarden Dollar, wie beide Seiten mitteilten.",
              kind_alt=["investment", "joint_venture", "partnership"],
              note="amount in words; parties and 'Am Montag' two sentences earlier"),
            D("saudi-transcendence", ["Saudi Arabia"], "project", 100000000000, "USD", "up_to", "2025",
              "rumored",
              "Berichte über ein staatliches KI-Programm namens „Project Transcendence“, für das Riad bis zu 100 Milliarden Dollar bereitstellen könnte, wollte in Riad niemand kommentieren.",
              required=False, kind_alt=["capex_plan", "investment"],
              note="reported state programme, uncommented; vague, so optional"),
        ],
        "not_deals": ["14,9 Milliarden Dollar", "13,4 Milliarden Dollar", "9,8 Milliarden Euro", "2.190 Euro",
                      "149 Euro"],
    },
    "005_microsoft_india_konkan_en.txt": {
        "published": "2025-01-08",
        "published_note": "from the date line 'Mumbai | Wednesday, January 8, 2025'; 'on Tuesday' -> 2025-01-07; 'late on Monday' -> 2025-01-06",
        "language": "en",
        "deals": [
            D("microsoft-india-2025", ["Microsoft"], "capex_plan", 3000000000, "USD", "exact", "2025-01-07",
              "announced",
              "Microsoft will put $3 billion, or roughly ₹25,700 crore, into Indian cloud and AI capacity during 2025 and 2026, chief executive Satya Nadella said in Bengaluru on Tuesday.",
              term=["2025", "2026"], kind_alt=["investment"],
              alt_amounts=[{"amount": 257000000000, "currency": "INR"}],
              note="two-year plan; different from the $17.5bn plan for 2026-2029 (017), which restates this one"),
            D("yotta-kavetri-2025", ["Yotta Data Services", "Kavetri Coolworks"], "supply", 4100000000, "INR",
              "exact", "2025-01-06", "signed",
              "Yotta Data Services, the Navi Mumbai data-centre company backed by the Hiranandani group, has placed an order worth ₹410 crore with Kavetri Coolworks for liquid-cooling systems for its next GPU halls, the Pune manufacturer told the stock exchanges late on Monday.",
              term=[None, "2026-03"],
              note="first Yotta-Kavetri order; different from the ₹260 crore order of 2026 (018), which restates this one"),
        ],
        "not_deals": ["₹188 crore", "$20 billion", "$65.6 billion", "₹612", "₹349"],
    },
    "006_humain_revierkurier.txt": {
        "published": "2025-05-14",
        "published_note": "from the date line 'Mittwoch, 14. Mai 2025'; 'am Dienstag' -> 2025-05-13",
        "language": "de",
        "deals": [
            D("humain-amd", ["Humain", "AMD"], "partnership", 10000000000, "USD", "exact", "2025-05-13",
              "announced", "Beide Seiten bezifferten die Zusammenarbeit auf zehn Milliarden Dollar über fünf Jahre.",
              kind_alt=["joint_venture", "investment", "supply"],
              note="amount in words; parties in the previous sentence, 'am Dienstag' in the first paragraph; 007 restates it"),
            D("humain-aws", ["Humain", "Amazon"], "partnership", 5000000000, "USD", "at_least", "2025-05-13",
              "announced", "Der Cloudanbieter stellt dafür mehr als fünf Milliarden Dollar in Aussicht.",
              kind_alt=["investment", "project"],
              note="'Der Cloudanbieter' = Amazon Web Services (previous sentence); 007 restates it"),
            NA("nvidia-humain-chips", ["Nvidia", "Humain"], "supply", "2025-05-13", "announced",
               "Nvidia wiederum soll in einer ersten Stufe 18.000 seiner neuesten GB300-Chips an Humain liefern.",
               note="no price given"),
        ],
        "not_deals": ["600 Milliarden Dollar", "925 Milliarden Dollar", "114,50 Dollar", "12 Milliarden Dollar"],
    },
    "007_dunefield_dispatch_may_en.txt": {
        "published": "2025-05-23",
        "published_note": "from the issue line 'Friday, May 23, 2025 — Issue 58'; 'busy Tuesday' -> 2025-05-13 (the Riyadh forum of the previous week); 'On Thursday' -> 2025-05-22; 'Back in February' -> 2025-02",
        "language": "en",
        "deals": [
            D("humain-amd", ["Humain", "AMD"], "partnership", 10000000000, "USD", "exact", "2025-05",
              "announced",
              "The headline number from Riyadh: AMD and Humain put a $10bn label on their plan to build up to 500 MW of AI capacity over five years.",
              kind_alt=["joint_venture", "investment", "supply"], note="same as 006; repeated in BY THE NUMBERS"),
            D("humain-aws", ["Humain", "Amazon"], "partnership", 5000000000, "USD", "at_least", "2025-05",
              "announced", "AWS came in at more than $5bn for its \"AI Zone\".",
              kind_alt=["investment", "project"], note="same as 006; Humain in the previous sentence"),
            D("datavolt-us", ["DataVolt"], "investment", 20000000000, "USD", "exact", "2025-05-13", "announced",
              "The Saudi developer said it would spend $20 billion on US data centres for AI and on power projects to run them.",
              kind_alt=["capex_plan"],
              note="'The Saudi developer' = DataVolt; different from the $20bn Supermicro supply deal in the next sentence"),
            D("supermicro-datavolt", ["Supermicro", "DataVolt"], "supply", 20000000000, "USD", "exact", "2025-05",
              "signed",
              "Separately, Supermicro said DataVolt will buy its GPU servers in a deal worth $20 billion.",
              note="same amount as datavolt-us but a different deal (the article says so)"),
            NA("stargate-uae", STARGATE, "project", "2025-05-22", "announced",
               "On Thursday G42, OpenAI, Oracle, Nvidia, Cisco and SoftBank unveiled Stargate UAE, a 1-gigawatt cluster whose first 200 MW should go live in 2026.",
               kind_alt=["partnership", "joint_venture"], note="no price ('Nobody would put a price on it'); 008 reports it too"),
            D("saudi-groq", ["Saudi Arabia", "Groq"], "investment", 1500000000, "USD", "exact", "2025-02",
              "announced",
              "Back in February Saudi Arabia committed $1.5 billion to Groq for its inference build-out in Dammam.",
              kind_alt=["other"], note="restates 004"),
        ],
        "not_deals": ["$600bn", "$8,400", "$15 a month"],
    },
    "008_stargate_uae_bitwerk.html": {
        "published": "2025-05-23",
        "published_note": "from <meta name='date'>, JSON-LD datePublished and the byline '23.05.2025, 06:45 Uhr'; 'am Donnerstag' -> 2025-05-22",
        "language": "de",
        "deals": [
            NA("stargate-uae", STARGATE, "project", "2025-05-22", "announced",
               "Gemeinsam mit dem Abu-Dhabi-Konzern G42 sowie Oracle, Nvidia, Cisco und SoftBank soll in den Emiraten ein Cluster mit einem Gigawatt Leistung entstehen, teilten die Unternehmen am Donnerstag mit.",
               kind_alt=["partnership", "joint_venture"],
               note="OpenAI in the previous sentence; 'Was das Projekt kostet, verrieten die Partner nicht'"),
            D("microsoft-g42-2024", MSG42, "investment", 1500000000, "USD", "exact", "2024-04", "completed",
              "G42 ist für US-Konzerne längst kein Unbekannter mehr: Microsoft war im April 2024 mit 1,5 Milliarden Dollar bei dem Unternehmen eingestiegen.",
              note="background restatement of 001's deal"),
            NA("uae-us-reciprocal", ["G42"], "other", "2025-05", "announced",
               "Im Gegenzug sagen die Emirate zu, in gleichem Umfang in Rechenzentren in den USA zu investieren.",
               note="vague reciprocal pledge without a figure; G42 stands in for the UAE side"),
        ],
        "not_deals": ["300 Milliarden Dollar", "63,20 Dollar", "6,90 €", "80 Milliarden Euro", "1.499 Euro"],
    },
    "009_reliance_agm_mirror_en.txt": {
        "published": "2025-08-30",
        "published_note": "from the line 'Corporate | Saturday, 30 August 2025'; 'on Friday' -> 2025-08-29",
        "language": "en",
        "deals": [
            D("reliance-meta-jv", ["Reliance Industries", "Meta"], "joint_venture", 8550000000, "INR", "exact",
              "2025-08-29", "announced",
              "The two companies will commit an initial ₹855 crore, or about $100 million, to the venture, with Reliance holding 70% and Meta 30%, Ambani told shareholders at the company's 48th annual general meeting.",
              alt_amounts=[{"amount": 100000000, "currency": "USD"}],
              note="'The two companies' = Reliance and Meta Platforms (previous sentence); 010 restates it"),
            NA("google-reliance-jamnagar", ["Google", "Reliance Industries"], "partnership", "2025-08-29",
               "announced",
               "Google, in a separate arrangement, will set up a dedicated cloud region in Jamnagar for Reliance's AI workloads.",
               kind_alt=["cloud_contract"], note="'No figure was given for that tie-up.'"),
        ],
        "not_deals": ["$130 billion", "₹10.7 lakh crore", "₹299 a month", "₹1,357", "₹1.3 lakh crore"],
    },
    "010_indien_depesche_tcs.txt": {
        "published": "2025-10-10",
        "published_note": "from the issue line 'Ausgabe 41/2025, Freitag, 10. Oktober 2025'; 'Am Donnerstag' -> 2025-10-09; 'Ende August' -> 2025-08",
        "language": "de",
        "deals": [
            D("tcs-1gw-plan", ["Tata Consultancy Services"], "capex_plan", 6500000000, "USD", "approx",
              "2025-10-09", "planned",
              "Nach Angaben aus dem Management dürften dafür in den kommenden fünf bis sieben Jahren rund 6,5 Milliarden Dollar fließen.",
              kind_alt=["project", "investment"],
              note="'der Konzern' = TCS, 'Am Donnerstag' in the previous sentence; 016 restates it"),
            D("reliance-meta-jv", ["Reliance Industries", "Meta"], "joint_venture", 8550000000, "INR", "exact",
              "2025-08", "announced",
              "Die beiden Partner stecken anfänglich 855 Crore Rupien in die Firma, an der Reliance 70 Prozent hält.",
              note="restates 009; partners named in the previous sentence"),
            NA("openai-india-dc", ["OpenAI"], "project", "2025", "rumored",
               "Der ChatGPT-Entwickler sucht laut Medienberichten nach Partnern für ein Rechenzentrum mit mindestens einem Gigawatt in Indien.",
               note="media reports, no amount"),
        ],
        "not_deals": ["12.075 Crore Rupien", "65.799 Crore Rupien", "95 Euro"],
    },
    "011_google_vizag_coromandel_en.txt": {
        "published": "2025-10-15",
        "published_note": "from the line 'Business · Wednesday, October 15, 2025'; 'on Tuesday' -> 2025-10-14",
        "language": "en",
        "deals": [
            D("google-vizag", VIZAG, "capex_plan", 15000000000, "USD", "exact", "2025-10-14", "announced",
              "Google is to spend $15 billion in Visakhapatnam over five years, from 2026 to 2030, on an artificial-intelligence hub, the biggest bet it has ever placed on India.",
              term=["2026", "2030"], kind_alt=["project", "investment", "partnership"],
              alt_amounts=[{"amount": 1330000000000, "currency": "INR"}, {"amount": 13000000000, "currency": "EUR"}],
              note="'on Tuesday' in the next sentence; ₹1.33 lakh crore in the second paragraph; partners AdaniConneX and Bharti Airtel there too; 012 (EUR) and 020 restate it"),
            D("mgx-adaniconnex-denied", ["MGX", "AdaniConneX"], "investment", 1500000000, "USD", "range",
              "2025-10", "rumored",
              "Separately, the Adani Group denied a local television report that it was negotiating to sell a minority stake in AdaniConneX to Abu Dhabi's MGX for $1.5 billion to $2 billion.",
              amount_max=2000000000, required=False, kind_alt=["acquisition"],
              note="reported talks, denied ('There are no such discussions'); optional"),
        ],
        "not_deals": ["₹22,000 crore", "₹2,540", "₹1,962", "$22 billion", "₹1,100 crore",
                      "tens of billions of dollars"],
    },
    "012_vizag_aligned_kapitalbote.txt": {
        "published": "2025-10-16",
        "published_note": "from the date line 'Donnerstag, 16. Oktober 2025'; 'Am Dienstag' -> 2025-10-14; 'Einen Tag später' -> 2025-10-15",
        "language": "de",
        "deals": [
            D("google-vizag", VIZAG, "capex_plan", 13000000000, "EUR", "approx", "2025-10-14", "announced",
              "Umgerechnet rund 13 Milliarden Euro will der Konzern dort bis 2030 investieren, gemeinsam mit dem Adani-Gemeinschaftsunternehmen AdaniConneX und dem Telekomkonzern Airtel.",
              kind_alt=["project", "investment", "partnership"], note="same plan as 011, converted"),
            D("mgx-aligned", ALIGNED, "acquisition", 40000000000, "USD", "exact", "2025-10-15", "signed",
              "Der Preis: 40 Milliarden Dollar.",
              note="buyers (AI Infrastructure Partnership, MGX, GIP) and target in the previous sentence, 'Einen Tag später' before; seller Macquarie; parties kept to MGX and Aligned so that every article names them; 013, 019, 020 report it"),
        ],
        "not_deals": ["216 australische Dollar", "7 Billionen Dollar", "1,2 Milliarden Euro"],
    },
    "013_aligned_sandbar_en.html": {
        "published": "2025-10-15",
        "published_note": "visible date only in the byline 'Oct 15, 2025 10:20 a.m. ET' (also parsely-pub-date, JSON-LD); 'on Wednesday' -> 2025-10-15; 'in September last year' -> 2024-09",
        "language": "en",
        "deals": [
            D("mgx-aligned", ALIGNED, "acquisition", 40000000000, "USD", "exact", "2025-10-15", "signed",
              "A consortium that includes the AI Infrastructure Partnership, Abu Dhabi's MGX and BlackRock's Global Infrastructure Partners is buying Aligned Data Centers, owned since 2018 by Macquarie Asset Management, in a $40 billion deal, the companies said on Wednesday.",
              note="same as 012"),
            D("aip-launch", AIP, "partnership", 30000000000, "USD", "exact", "2024-09", "announced",
              "The transaction is the first for the AI Infrastructure Partnership, which BlackRock, GIP, Microsoft and MGX formed in September last year with a goal of raising $30 billion in equity.",
              kind_alt=["investment", "joint_venture"], note="restates 001"),
        ],
        "not_deals": ["$13.4 trillion", "$1,151.40", "$0.49 per contract"],
    },
    "014_falajnet_interview_gruenderpost.txt": {
        "published": None,
        "published_note": "interview without any date (only 'Lesedauer: 4 Minuten'); deal dates null",
        "language": "de",
        "deals": [
            D("dhowline-falajnet-a", ["Dhowline Capital", "Falajnet"], "investment", 45000000, "USD", "exact",
              None, "completed",
              "Unsere Serie-A-Runde über 45 Millionen Dollar hat Dhowline Capital angeführt, ein Family Office aus Dubai.",
              note="'Unsere' = Falajnet (the interviewee's company); restates 003"),
            D("falajnet-khazna-lease", ["Falajnet", "Khazna"], "cloud_contract", 62000000, "AED", "exact", None,
              "signed", "Wir zahlen dem Betreiber 62 Millionen Dirham im Jahr, fünf Jahre lang.",
              per="year", kind_alt=["other"],
              note="'Wir' = Falajnet, 'dem Betreiber' = Khazna (previous answer); restates 003"),
        ],
        "not_deals": ["9 Dirham", "30.000 Dirham im Monat", "89 Euro"],
    },
    "015_microsoft_uae_saadiyat_en.txt": {
        "published": "2025-11-04",
        "published_note": "from the line 'Abu Dhabi | Tuesday 4 November 2025'; 'on Monday' -> 2025-11-03",
        "language": "en",
        "deals": [
            D("microsoft-uae-2029", ["Microsoft"], "capex_plan", 15200000000, "USD", "exact", "2025-11-03",
              "announced",
              "Microsoft's spending in the Emirates will reach $15.2 billion over the seven years from 2023 to 2029, president Brad Smith said in a blog post on Monday, describing the Gulf state as one of the company's most important AI markets outside the United States.",
              term=["2023", "2029"], kind_alt=["investment"],
              note="running total 2023-2029; its parts ($7.3bn spent, $7.9bn to come) are not_deals; includes the G42 stake, which is annotated separately"),
            D("microsoft-g42-2024", MSG42, "investment", 1500000000, "USD", "exact", "2024", "completed",
              "The total includes the $1.5 billion Microsoft paid for its G42 stake in 2024.",
              note="restates 001"),
        ],
        "not_deals": ["$7.3 billion", "$7.9 billion", "$77.7 billion", "$40 billion", "$1.3bn", "AED 9"],
    },
    "016_tcs_tpg_kurslotse.txt": {
        "published": "2025-11-21",
        "published_note": "from the date line '21.11.2025 · 07:55 Uhr'; 'am Donnerstag' -> 2025-11-20; 'vom Oktober' -> 2025-10",
        "language": "de",
        "deals": [
            D("tpg-tcs-hypervault", ["TPG", "Tata Consultancy Services"], "joint_venture", 180000000000, "INR",
              "exact", "2025-11-20", "signed",
              "Der US-Finanzinvestor TPG und TCS wollen gemeinsam 18.000 Crore Rupien (rund zwei Milliarden Dollar) in die Tochter HyperVault stecken, teilte der IT-Konzern am Donnerstag in Mumbai mit.",
              kind_alt=["investment"],
              alt_amounts=[{"amount": 2000000000, "currency": "USD"}, {"amount": 88200000000, "currency": "INR"}],
              note="joint funding of HyperVault; TPG's share 'bis zu 8.820 Crore Rupien' (next sentence) is in alt_amounts"),
            D("tcs-1gw-plan", ["Tata Consultancy Services"], "capex_plan", 6500000000, "USD", "approx", "2025-10",
              "planned",
              "Damals hatte TCS erklärt, eine Plattform mit einem Gigawatt Leistung aufbauen zu wollen, und den Kapitalbedarf auf rund 6,5 Milliarden Dollar beziffert.",
              kind_alt=["project", "investment"], note="restates 010 ('Damals' = October)"),
            D("adia-hypervault-talks", ["Abu Dhabi Investment Authority", "Tata Consultancy Services"], "investment",
              500000000, "USD", "range", "2025-11", "negotiating",
              "Parallel verhandelt TCS nach Informationen aus Bankenkreisen mit der Abu Dhabi Investment Authority über eine weitere Beteiligung an HyperVault im Umfang von 500 bis 700 Millionen Dollar.",
              amount_max=700000000, note="talks from bank sources; invented as worded"),
        ],
        "not_deals": ["3.400 Rupien", "3.126 Rupien", "1.542 Rupien", "1.521 Rupien", "11,3 Lakh Crore Rupien",
                      "11 Rupien je Aktie", "500 Euro"],
    },
    "017_microsoft_amazon_india_cubbon_en.txt": {
        "published": "2025-12-10",
        "published_note": "visible date only in the byline 'Vikram Honnavar | Bengaluru | 10 Dec 2025'; 'on Tuesday' -> 2025-12-09; 'on Wednesday' -> 2025-12-10; 'in January' -> 2025-01",
        "language": "en",
        "deals": [
            D("microsoft-india-2026-2029", ["Microsoft"], "capex_plan", 17500000000, "USD", "exact", "2025-12-09",
              "announced",
              "Microsoft will invest $17.5 billion in India between 2026 and 2029 to build cloud and AI infrastructure, chief executive Satya Nadella said on Tuesday after meeting Prime Minister Narendra Modi.",
              term=["2026", "2029"], kind_alt=["investment"],
              note="different from the $3bn plan of January 2025 (005), restated two sentences later"),
            D("microsoft-india-2025", ["Microsoft"], "capex_plan", 3000000000, "USD", "exact", "2025-01",
              "announced",
              "The new pledge comes on top of the $3 billion Microsoft promised in January for the two years to 2026.",
              kind_alt=["investment"], note="restates 005"),
            D("amazon-india-2030", ["Amazon"], "capex_plan", 35000000000, "USD", "at_least", "2025-12-10",
              "announced",
              "The e-commerce and cloud group said on Wednesday that its Indian investments would exceed $35 billion by 2030, spread over retail, logistics and AWS data centres in Maharashtra and Telangana.",
              term=[None, "2030"], kind_alt=["investment"],
              note="'The e-commerce and cloud group' = Amazon (previous sentence); the $40bn invested since 2010 is a cumulative total (not_deal)"),
        ],
        "not_deals": ["$40 billion", "$3.6 trillion", "₹67 an hour", "₹10,000 crore", "₹1,499 a year"],
    },
    "018_yotta_summit_suedasiendienst.txt": {
        "published": "2026-02-20",
        "published_note": "from the dateline 'Neu-Delhi, 20.02.2026'; 'am Donnerstag' -> 2026-02-19; 'vergangene Woche' -> 2026-02; 'Anfang 2025' -> 2025",
        "language": "de",
        "deals": [
            D("yotta-nvidia-blackwell", ["Yotta Data Services", "Nvidia"], "supply", 2000000000, "USD", "approx",
              "2026-02-19", "announced",
              "Der Rechenzentrumsbetreiber aus Navi Mumbai kündigte am Donnerstag an, rund zwei Milliarden Dollar in Nvidias Blackwell-Chips zu stecken.",
              term=[None, "2027"], kind_alt=["capex_plan"],
              note="'Der Rechenzentrumsbetreiber' = Yotta (previous sentence); amount in words; invented as worded"),
            D("yotta-kavetri-2026", ["Yotta Data Services", "Kavetri Coolworks"], "supply", 2600000000, "INR",
              "exact", "2026-02", "signed",
              "Das Volumen beläuft sich auf 260 Crore Rupien, umgerechnet knapp 26 Millionen Euro.",
              alt_amounts=[{"amount": 26000000, "currency": "EUR"}],
              note="the 'weiteren Auftrag' of the previous sentence; second Yotta-Kavetri deal, different from 2025 (₹410 crore)"),
            D("yotta-kavetri-2025", ["Yotta Data Services", "Kavetri Coolworks"], "supply", 4100000000, "INR",
              "exact", "2025", "signed",
              "Bereits Anfang 2025 hatte das Unternehmen für Yotta Flüssigkühlsysteme geliefert, damals für 410 Crore Rupien.",
              note="restates 005; 'das Unternehmen' = Kavetri"),
        ],
        "not_deals": ["10.372 Crore Rupien", "71 Crore Rupien", "1.290 Rupien", "79 Euro",
                      "12,2 Lakh Crore Rupien"],
    },
    "019_falajnet_marlowe_note_en.txt": {
        "published": "2026-06-16",
        "published_note": "from 'Sector note | 16 June 2026'; 'last Thursday' -> 2026-06-11; 'in April' -> 2026-04; 'last October' -> 2025-10",
        "language": "en",
        "deals": [
            D("dhowline-falajnet-b", ["Dhowline Capital", "Falajnet"], "investment", 120000000, "USD", "exact",
              "2026-06-11", "completed",
              "What happened: Falajnet, the Abu Dhabi GPU cloud, said last Thursday it had raised $120 million in a Series B.",
              note="lead investor Dhowline in the next sentence ('led again'); second Dhowline-Falajnet deal; 020 restates it without amount"),
            D("dhowline-falajnet-a", ["Dhowline Capital", "Falajnet"], "investment", 45000000, "USD", "exact",
              "2024-12", "completed",
              "Dhowline Capital, which led the December 2024 Series A of $45 million, led again, joined by two regional pension funds.",
              note="restates 003 inside the sentence about the Series B"),
            NA("falajnet-khazna-lease-2", ["Falajnet", "Khazna"], "cloud_contract", "2026-04", "signed",
               "The company signed it in April; management would not give the rent this time.",
               kind_alt=["other"],
               note="'it' = the second leased hall at Khazna (previous sentence); no amount; different from the 2024 lease"),
            D("mgx-aligned", ALIGNED, "acquisition", 40000000000, "USD", "exact", "2025-10", "signed",
              "MGX, meanwhile, is busy elsewhere: its $40bn takeover of Aligned Data Centers, agreed last October, still awaits a last regulatory approval.",
              note="restates 012/013; not yet completed"),
        ],
        "not_deals": ["$640 million", "AED 310 million", "AED 29"],
    },
    "020_kurz_notiert_elbtal.txt": {
        "published": "2026-11-13",
        "published_note": "from the issue line 'Nr. 46 · 13.11.2026'; 'am Mittwoch' -> 2026-11-11 (approval); 'im Oktober 2025' -> 2025-10; 'im Juni' -> 2026-06",
        "language": "de",
        "deals": [
            D("mgx-aligned", ALIGNED, "acquisition", 40000000000, "USD", "exact", "2025-10", "completed",
              "Die im Oktober 2025 vereinbarte Transaktion über 40 Milliarden Dollar erhielt am Mittwoch die letzte Freigabe.",
              note="completed 2026-11-11; keeps the date of the agreement; buyers named in the previous sentence"),
            D("google-vizag", VIZAG, "capex_plan", 15000000000, "USD", "exact", "2025-10", "announced",
              "Das Unternehmen investiert dort wie vor einem Jahr angekündigt 15 Milliarden Dollar, Partner sind AdaniConneX und Airtel.",
              kind_alt=["project", "investment", "partnership"],
              note="'Das Unternehmen' = Google (previous sentence); restates 011; construction started"),
            NA("dhowline-falajnet-b", ["Dhowline Capital", "Falajnet"], "investment", "2026-06", "completed",
               "Das Abu-Dhabi-Start-up, bei dem Dhowline Capital im Juni ein zweites Mal eingestiegen ist, hat einen Standort in Riad eröffnet.",
               note="restates 019 without amount"),
            NA("humain-xai", ["Humain", "xAI"], "project", "2026-11", "signed",
               "Der saudische KI-Konzern und Elon Musks xAI haben einen Vertrag über ein Rechenzentrum mit 500 Megawatt unterschrieben.",
               kind_alt=["partnership", "cloud_contract"],
               note="'Der saudische KI-Konzern' = Humain (heading); no amount; invented timing"),
        ],
        "not_deals": ["4 Milliarden Dollar", "11 Billionen Rupien", "7,50 Euro im Monat", "4,90 Euro"],
    },
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", HERE / "gold.json")


if __name__ == "__main__":
    main()
