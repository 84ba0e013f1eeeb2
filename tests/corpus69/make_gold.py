#!/usr/bin/env python3
"""Write gold.json for corpus69 (the hand annotation lives here; edit, then run).

Usage: python3 tests/corpus69/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the sixty-ninth, held-out test corpus (tests/corpus69/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: the AI-infrastructure race in India (Google's "
    "Visakhapatnam hub, Microsoft's and Amazon's India plans, Reliance/Jamnagar and the Meta venture, "
    "AdaniConneX, TCS/HyperVault and TPG, Yotta, Sify, state incentives, Indian banks and infrastructure "
    "funds, GPU cloud start-ups) and German coverage of it. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague, background or amount-less "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are "
    "NOT deals: reporting one of them as a deal is an error. Amounts are in full units (1 crore = 10,000,000; "
    "1 lakh crore = 1,000,000,000,000 rupees); 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'month') marks a rate. 'alt_amounts' gives the same deal's amount "
    "as another article (or the same article) states it in another currency or at another precision. 'date' "
    "is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date line, dateline, issue line, byline, <time>, "
    "meta tag or JSON-LD, or null when the article has none); a cancelled deal keeps the date of the original "
    "agreement; a rumour that later turns into a signed deal carries only the year. 'term' is the period the "
    "deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Nakshatra Compute, Malabar Coast Capital, Vindhya "
    "Datacom, Konkan Mercantile Bank, Panchgani GridWorks, Pravaah Thermal Systems, Tungabhadra "
    "Infrastructure Fund; invented publications, research houses and people are listed in invented_names.txt "
    "and README.md; the deals of real companies follow public reports loosely, with shifted details, and some "
    "are invented. Nothing here is reporting."
)

ALIASES = {
    "Nakshatra Compute": ["Nakshatra Compute", "Nakshatra"],
    "Malabar Coast Capital": ["Malabar Coast Capital", "Malabar Coast"],
    "Yotta": ["Yotta", "Yotta Data Services"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "AdaniConneX": ["AdaniConneX"],
    "Adani Enterprises": ["Adani Enterprises", "Adani Enterprises Ltd."],
    "Kotak Alternate Asset Managers": ["Kotak Alternate Asset Managers", "Kotak"],
    "Sify": ["Sify", "Sify Infinit Spaces", "Infinit Spaces", "Sify Technologies", "Sify Technologies Ltd."],
    "Reliance Industries": ["Reliance Industries", "Reliance", "Reliance Intelligence", "Reliance Industries Ltd."],
    "Pravaah Thermal Systems": ["Pravaah Thermal Systems", "Pravaah"],
    "Vindhya Datacom": ["Vindhya Datacom", "Vindhya"],
    "Konkan Mercantile Bank": ["Konkan Mercantile Bank", "Konkan Mercantile"],
    "Panchgani GridWorks": ["Panchgani GridWorks", "Panchgani"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Meta": ["Meta", "Meta Platforms"],
    "Google": ["Google", "Alphabet", "Google Cloud"],
    "Bharti Airtel": ["Bharti Airtel", "Airtel"],
    "Tata Consultancy Services": ["Tata Consultancy Services", "TCS", "HyperVault"],
    "TPG": ["TPG", "TPG Inc."],
    "ListEngage": ["ListEngage"],
    "Tungabhadra Infrastructure Fund": ["Tungabhadra Infrastructure Fund", "Tungabhadra"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


A = {}

# 001 ---------------------------------------------------------------------------
A["001_nakshatra_seriesa_rackrupee_en.txt"] = {
    "published": "2024-03-19",
    "published_note": "from the issue line 'Issue 14 · Tuesday, 19 March 2024'; 'on Monday' -> 2024-03-18; 'last year' -> 2023",
    "language": "en",
    "deals": [
        D("malabar-nakshatra-seriesa-2024", ["Malabar Coast Capital", "Nakshatra Compute"], "investment",
          62000000, "USD", "exact", "2024-03-18", "completed",
          "Bengaluru's Nakshatra Compute, which rents out Nvidia GPUs by the hour to Indian model builders, announced on Monday that a $62 million Series A was done.",
          alt_amounts=[{"amount": 5150000000, "currency": "INR"}, {"amount": 57000000, "currency": "EUR"}],
          note="lead investor in the next sentence ('Malabar Coast Capital, the Kochi growth fund, wrote most of it'); rupee figure (₹515 crore) two sentences later; €57m in 002; valuation $310m is not a deal; first deal of the Malabar Coast–Nakshatra pair (Series B in 018)"),
        D("nakshatra-yotta-gpu-rental", ["Nakshatra Compute", "Yotta"], "cloud_contract",
          90000000, "INR", "approx", "2024-03", "signed",
          "Its clusters live inside Yotta's NM1 facility in Navi Mumbai, and the young firm has now signed for 512 more H100s there: it will pay the Hiranandani-backed operator about ₹9 crore a month under a three-year rental, people on both sides confirmed.",
          per="month",
          note="monthly rate over three years; 'the young firm' = Nakshatra (previous sentence), 'the Hiranandani-backed operator' = Yotta; signing date not given -> month of the issue"),
        D("yotta-nvidia-h100", ["Yotta", "Nvidia"], "supply",
          1000000000, "USD", "approx", "2023", "signed",
          "The order behind them, placed with Nvidia last year and covering some 16,000 units, is worth roughly $1 billion by Yotta's own account.",
          alt_amounts=[{"amount": 920000000, "currency": "EUR"}],
          note="'last year' -> 2023; restated in 002 (€920m) and 009; first deal of the Yotta–Nvidia pair (Blackwell order in 009)"),
    ],
    "not_deals": ["$310 million", "₹38 crore", "₹100 crore", "$25,000 and $30,000", "₹10,372 crore",
                  "₹150 per GPU-hour", "₹4,999", "₹1,800 a year"],
}

# 002 ---------------------------------------------------------------------------
A["002_nakshatra_yotta_subkontinent.txt"] = {
    "published": "2024-03-28",
    "published_note": "from the issue line 'KW 13 | Donnerstag, 28. März 2024 | Ausgabe 112'; 'vergangene Woche' -> 2024-03; 'im vergangenen Jahr' -> 2023",
    "language": "de",
    "deals": [
        D("malabar-nakshatra-seriesa-2024", ["Malabar Coast Capital", "Nakshatra Compute"], "investment",
          57000000, "EUR", "approx", "2024-03", "completed",
          "Nakshatra Compute: Der GPU-Vermieter aus Bengaluru hat vergangene Woche eine Serie-A-Runde über umgerechnet rund 57 Millionen Euro abgeschlossen.",
          note="same round as 001, converted; lead investor in the next sentence ('Angeführt wurde sie vom Wachstumsfonds Malabar Coast Capital')"),
        D("yotta-nvidia-h100", ["Yotta", "Nvidia"], "supply",
          920000000, "EUR", "approx", "2023", "signed",
          "Insgesamt hatte die Hiranandani-Tochter im vergangenen Jahr bei Nvidia Chips für etwa 920 Millionen Euro geordert, der Rest soll bis Jahresende folgen.",
          note="same order as 001, converted; 'die Hiranandani-Tochter' = Yotta (previous line)"),
    ],
    "not_deals": ["über 40 Millionen Euro", "10.372 Crore Rupien", "knapp 1,15 Milliarden Euro", "4.500 Crore",
                  "20 bis 25 Milliarden Dollar", "25 Euro monatlich", "9,90 Euro im Monat"],
}

# 003 ---------------------------------------------------------------------------
A["003_adaniconnex_kredit_depotwaechter.txt"] = {
    "published": "2024-06-13",
    "published_note": "from the portal line '13.06.2024 | 10:41 Uhr'; 'am Mittwoch' -> 2024-06-12",
    "language": "de",
    "deals": [
        D("adaniconnex-financing-2024", ["AdaniConneX"], "other",
          1440000000, "USD", "exact", "2024-06-12", "signed",
          "Rückenwind kommt von AdaniConneX, dem Gemeinschaftsunternehmen des Mischkonzerns mit dem US-Betreiber EdgeConneX: Es hat sich am Mittwoch eine Baufinanzierung über 1,44 Milliarden Dollar gesichert, umgerechnet etwa 1,34 Milliarden Euro.",
          alt_amounts=[{"amount": 1340000000, "currency": "EUR"}],
          kind_alt=["investment"],
          note="construction loan from eight unnamed international banks (next sentence), so the borrower is the only named party; 'Die Bankenmilliarde' later refers back to it; restated in 007"),
        D("adani-enterprises-capex-fy25", ["Adani Enterprises"], "capex_plan",
          800000000000, "INR", "approx", "2024", "planned",
          "Für das laufende Geschäftsjahr 2024/25 hat Adani Enterprises Investitionen von rund 80.000 Crore Rupien eingeplant, verteilt auf Flughäfen, Straßen, Kupfer, Solarfertigung und eben Daten.",
          term=["2024-04", "2025-03"],
          note="capital-spending plan for the fiscal year April 2024 to March 2025; announcement date not given -> 2024"),
    ],
    "not_deals": ["3.412 Rupien", "60 bis 70 Crore Rupien je Megawatt", "96.421 Crore Rupien", "3.240 Crore",
                  "3.412 INR", "1.456 INR", "3.300 Rupien", "rund 3,9 Billionen Rupien", "Ordergebühr 0 Euro"],
}

# 004 ---------------------------------------------------------------------------
A["004_sify_kotak_adyar_en.txt"] = {
    "published": "2024-10-09",
    "published_note": "from the dateline 'CHENNAI, 9 October 2024'; 'on Tuesday' -> 2024-10-08",
    "language": "en",
    "deals": [
        D("kotak-sify-2024", ["Kotak Alternate Asset Managers", "Sify"], "investment",
          6000000000, "INR", "exact", "2024-10-08", "signed",
          "CHENNAI, 9 October 2024 — A special-situations fund run by Kotak Alternate Asset Managers has agreed to invest ₹600 crore in Sify Infinit Spaces, the data-centre subsidiary of Chennai-based Sify Technologies, according to a joint statement issued on Tuesday.",
          note="the fund itself is unnamed, its manager is the party; Sify Infinit Spaces folded into 'Sify' in the aliases; implied value ₹12,000 crore is not a deal"),
        D("sify-capex-2024", ["Sify"], "capex_plan",
          30000000000, "INR", "approx", "2024-10", "planned",
          "Sify, whose American depositary shares trade on Nasdaq, said the unit would spend roughly ₹3,000 crore over the coming three years, much of it on a second tower at its Siruseri campus off Old Mahabalipuram Road and a new building in Navi Mumbai.",
          note="three-year spending plan of the data-centre unit ('the unit' = Sify Infinit Spaces); said alongside the investment, exact day not stated -> month"),
    ],
    "not_deals": ["₹12,000 crore", "up to 10 per cent", "₹45 crore", "$1.94", "₹975 crore", "₹14 crore",
                  "₹35 crore an acre", "₹500 crore"],
}

# 005 ---------------------------------------------------------------------------
A["005_nvidia_mumbai_wirtschaftspost.txt"] = {
    "published": "2024-10-25",
    "published_note": "from the date line 'Freitag, 25. Oktober 2024 · Unternehmen & Märkte · Seite 17'; 'am Donnerstag' -> 2024-10-24; 'am Mittwoch' -> 2024-10-23",
    "language": "de",
    "deals": [
        D("reliance-nvidia-jamnagar", ["Reliance Industries", "Nvidia"], "partnership",
          None, None, None, "2024-10-24", "announced",
          "Der Nvidia-Chef saß am Donnerstag in Mumbai neben Mukesh Ambani auf der Bühne und bekräftigte, dass Reliance Industries in Jamnagar eine KI-Infrastruktur mit den neuen Blackwell-Prozessoren aufbauen werde.",
          required=False, kind_alt=["supply"],
          note="no amount ('Eine Summe nannten beide nicht'); reaffirmed partnership"),
        D("pravaah-yotta-cooling", ["Pravaah Thermal Systems", "Yotta"], "supply",
          4200000000, "INR", "exact", "2024-10-23", "signed",
          "Pravaah Thermal Systems, ein Hersteller von Flüssigkühlungen aus Pune, hat am Mittwoch einen Auftrag über 420 Crore Rupien erhalten, gut 46 Millionen Euro.",
          alt_amounts=[{"amount": 46000000, "currency": "EUR"}],
          note="the customer Yotta is named in the next sentence ('Auftraggeber ist der Rechenzentrumsbetreiber Yotta'); first Pravaah order, different from the AdaniConneX order of 2026 (020)"),
    ],
    "not_deals": ["260 Crore Rupien", "rund 100.000 Crore Rupien", "2.000 Crore", "30 Milliarden Dollar",
                  "rund 3,5 Billionen Dollar", "140,41 Dollar", "2.720 Rupien", "4.800 Euro"],
}

# 006 ---------------------------------------------------------------------------
A["006_vindhya_konkan_narmada_en.html"] = {
    "published": "2024-12-04",
    "published_note": "only in <meta property='article:published_time'> and JSON-LD datePublished (2024-12-04); no visible date; 'on Tuesday' -> 2024-12-03; 'Last month' -> 2024-11",
    "language": "en",
    "deals": [
        D("konkan-vindhya-loan-2024", ["Konkan Mercantile Bank", "Vindhya Datacom"], "other",
          24000000000, "INR", "exact", "2024-12-03", "signed",
          "Vindhya Datacom, the Noida-based colocation operator, has signed a ₹2,400-crore term loan with Konkan Mercantile Bank to finish the second and third buildings of its Sector 145 campus, the company said in a filing on Tuesday.",
          kind_alt=["investment"],
          term=["2024-12", "2036"],
          note="twelve-year term loan ('The facility runs for twelve years'); compound amount '₹2,400-crore'; restated in 019 and 020; first deal of the Konkan–Vindhya pair (new ₹3,100 crore loan in 020)"),
        D("panchgani-vindhya-ppa", ["Panchgani GridWorks", "Vindhya Datacom"], "supply",
          3100000000, "INR", "approx", "2024-11", "signed",
          "The contract obliges Vindhya to pay the generator roughly ₹310 crore a year from April 2026, when the first 120 MW are due to arrive over the interstate grid.",
          per="year", term=["2026-04", "2041"],
          note="yearly rate of the 15-year power purchase agreement signed 'Last month' (previous sentence names Panchgani GridWorks; 'the generator'); restated in 019"),
    ],
    "not_deals": ["₹7,800 crore", "₹640 crore", "₹412 crore", "₹131 crore", "₹212.40",
                  "₹11,000 crore", "₹77,300 per 10 grams"],
}

# 007 ---------------------------------------------------------------------------
A["007_microsoft_india_peninsula_en.txt"] = {
    "published": "2025-01-08",
    "published_note": "from the line 'Updated Jan 8, 2025, 05:12 IST'; dateline 'BENGALURU, Jan 7'; 'on Tuesday' -> 2025-01-07; 'on Friday' -> 2025-01-03; 'last June' -> 2024-06",
    "language": "en",
    "deals": [
        D("microsoft-india-2025", ["Microsoft"], "capex_plan",
          3000000000, "USD", "exact", "2025-01-07", "announced",
          "BENGALURU, Jan 7 (Peninsula Newswire) - Microsoft plans to pour $3 billion into Indian cloud and AI data-centre capacity during the coming two years, chief executive Satya Nadella told an audience of developers and customers in Bengaluru on Tuesday.",
          alt_amounts=[{"amount": 257000000000, "currency": "INR"}],
          note="two-year India plan; rupee figure (₹25,700 crore) in the next sentence; restated in 016; first of Microsoft's two India plans (the $17.5bn plan of 2025-12-09 in 016/017)"),
        D("microsoft-capex-fy25", ["Microsoft"], "capex_plan",
          80000000000, "USD", "approx", "2025-01-03", "planned",
          "In a blog post on Friday, vice chair Brad Smith put the group's outlay on AI-capable data centres for the fiscal year ending June 2025 at roughly $80 billion, with the United States taking the larger part.",
          term=["2024-07", "2025-06"],
          note="company-wide capital-spending plan for fiscal 2025; different from the India plan"),
        D("adaniconnex-financing-2024", ["AdaniConneX"], "other",
          1440000000, "USD", "exact", "2024-06", "signed",
          "Local operators are queuing up: AdaniConneX, which lined up $1.44 billion of construction debt from international lenders last June, and Yotta, which runs thousands of Nvidia chips near Mumbai, are both in talks with hyperscalers, according to two bankers who advise them.",
          note="restatement of the 2024 construction loan (003) in a relative clause; 'last June' -> 2024-06"),
    ],
    "not_deals": ["$25 billion", "₹9,500 per kW a month", "$424.56", "$3.2 trillion", "₹20,000 crore"],
}

# 008 ---------------------------------------------------------------------------
A["008_aws_maharashtra_buendner.txt"] = {
    "published": "2025-01-23",
    "published_note": "from the line 'Donnerstag, 23. Januar 2025'; dateline 'Davos, 22. Januar'; 'am Mittwoch' -> 2025-01-22",
    "language": "de",
    "deals": [
        D("aws-maharashtra-2025", ["Amazon"], "capex_plan",
          8300000000, "USD", "exact", "2025-01-22", "announced",
          "Bis 2030 will AWS dort 8,3 Milliarden Dollar in Rechenzentren stecken, rund 7,5 Milliarden Franken.",
          alt_amounts=[{"amount": 7500000000, "currency": "CHF"}, {"amount": 718000000000, "currency": "INR"}],
          term=[None, "2030"],
          note="memorandum with the state of Maharashtra signed 'am Mittwoch' (previous sentence, 'die Cloud-Sparte von Amazon'); rupee figure (71.800 Crore) two sentences later; restated in 017; different from Amazon's $35bn India plan (016, 017) and the 2023 plan below"),
        D("aws-india-2023-plan", ["Amazon"], "capex_plan",
          12700000000, "USD", "exact", "2023", "announced",
          "Bereits im Jahr 2023 stellte Amazon für seine indische Cloud-Infrastruktur bis zum Ende des Jahrzehnts 12,7 Milliarden Dollar in Aussicht; ob die neue Summe darin enthalten ist, blieb am Mittwoch offen.",
          required=False, term=[None, "2030"],
          note="background: the earlier 2023 plan"),
        D("panchgani-dhule-capex", ["Panchgani GridWorks"], "capex_plan",
          62000000000, "INR", "at_least", "2025-01", "planned",
          "Panchgani GridWorks aus Pune, ein Entwickler von Wind- und Solarparks, plant nach eigenen Angaben mindestens 6.200 Crore Rupien für einen Hybridpark im Bezirk Dhule ein, der ab 2027 Rechenzentren im Grossraum Mumbai mit Strom versorgen soll.",
          kind_alt=["project"],
          note="signed as a memorandum in Davos ('Auch ein kleinerer Name unterschrieb.'), exact day not given -> month"),
    ],
    "not_deals": ["15,7 Lakh Crore Rupien", "27,5 Milliarden Dollar", "10,4 Milliarden", "rund 9 Millionen Franken",
                  "1.500 Franken pro Nacht", "2.950 Franken pro Woche"],
}

# 009 ---------------------------------------------------------------------------
A["009_yotta_blackwell_ghats_en.txt"] = {
    "published": "2025-05-21",
    "published_note": "from the byline 'Posted 21 May 2025 by Rohan Mirchandani'; 'last Wednesday' -> 2025-05-14; 'this month' -> 2025-05",
    "language": "en",
    "deals": [
        D("yotta-nvidia-blackwell-2025", ["Yotta", "Nvidia"], "supply",
          1500000000, "USD", "approx", "2025-05-14", "signed",
          "The Navi Mumbai operator has signed for a large batch of Nvidia's Blackwell B200 systems, a purchase the company values at about $1.5 billion.",
          note="'The Navi Mumbai operator' = Yotta; confirmed 'last Wednesday' (next sentence); second deal of the Yotta–Nvidia pair, must stay apart from the 2023 H100 order"),
        D("yotta-nvidia-h100", ["Yotta", "Nvidia"], "supply",
          1000000000, "USD", "approx", "2023", "signed",
          "That comes on top of its 2023 H100 order of roughly a billion dollars, which is now fully installed.",
          note="restatement of the 2023 order (001, 002) with the amount in words; 'its' = Yotta"),
        D("nakshatra-vindhya-lease", ["Nakshatra Compute", "Vindhya Datacom"], "other",
          12000000000, "INR", "exact", "2025-05", "signed",
          "The Bengaluru GPU renter, until now a tenant at Yotta, has put its next cluster somewhere else: this month it signed a five-year colocation lease with Vindhya Datacom in Noida worth ₹1,200 crore.",
          kind_alt=["cloud_contract"],
          note="'The Bengaluru GPU renter' = Nakshatra Compute (previous line); colocation lease; cancelled in 2026 (018, 019)"),
    ],
    "not_deals": ["₹115.85 per H100-hour", "above $4", "₹1.6 crore per MW per month", "$4 billion to $5 billion",
                  "₹65-80 crore per MW", "about ₹45 crore"],
}

# 010 ---------------------------------------------------------------------------
A["010_reliance_agm_kapitalkompass.txt"] = {
    "published": "2025-09-01",
    "published_note": "from the issue line 'Ausgabe 36/2025 · Montag, 1. September 2025'; 'am Freitag' -> 2025-08-29",
    "language": "de",
    "deals": [
        D("reliance-meta-jv", ["Reliance Industries", "Meta"], "joint_venture",
          8550000000, "INR", "exact", "2025-08-29", "announced",
          "Mit der Facebook-Mutter Meta gründet Reliance ein Gemeinschaftsunternehmen, das Unternehmenskunden auf Basis der offenen Llama-Modelle bedienen soll; für den Start stellen beide zusammen 855 Crore Rupien bereit, rund 100 Millionen Dollar, wobei Reliance 70 und Meta 30 Prozent hält.",
          alt_amounts=[{"amount": 100000000, "currency": "USD"}, {"amount": 84000000, "currency": "EUR"}],
          note="announced at the AGM 'am Freitag'; formally set up in October (013, €84m)"),
        D("reliance-google-jamnagar", ["Reliance Industries", "Google"], "partnership",
          None, None, None, "2025-08-29", "announced",
          "Außerdem arbeitet die Gruppe mit Google Cloud an einer eigenen Cloud-Region in Jamnagar; einen Betrag nannten die Partner dafür nicht.",
          required=False, note="no amount"),
    ],
    "not_deals": ["20 bis 30 Milliarden Dollar", "1,31 Lakh Crore Rupien", "1,83 Lakh Crore",
                  "130 bis 170 Milliarden Dollar", "1.357 Rupien", "für 1 Euro", "14,90 Euro monatlich"],
}

# 011 ---------------------------------------------------------------------------
A["011_tcs_1gw_dalalticker_en.txt"] = {
    "published": "2025-10-10",
    "published_note": "from the portal line 'Oct 10, 2025 · 09:05 IST'; 'on Thursday' -> 2025-10-09",
    "language": "en",
    "deals": [
        D("tcs-1gw-capex", ["Tata Consultancy Services"], "capex_plan",
          6500000000, "USD", "approx", "2025-10-09", "planned",
          "India's largest IT services exporter will build up to one gigawatt of AI data-centre capacity in India through a new subsidiary, an effort management sized at roughly $6.5 billion over the next five to seven years.",
          alt_amounts=[{"amount": 5600000000, "currency": "EUR"}],
          kind_alt=["project"],
          note="'India's largest IT services exporter' = TCS; announced with the results 'on Thursday' (previous sentence); restated in 014 (€5.6bn) and 015; different from TPG's investment in the unit (015)"),
        D("tcs-listengage", ["Tata Consultancy Services", "ListEngage"], "acquisition",
          72800000, "USD", "up_to", "2025-10-09", "announced",
          "In the same statement the Mumbai company said it would acquire ListEngage, a Massachusetts-based Salesforce consultancy, for up to $72.8 million, including an earn-out tied to revenue targets.",
          note="'the Mumbai company' = TCS; same statement as the results"),
        D("tcs-sify-denied", ["Tata Consultancy Services", "Sify"], "acquisition",
          150000000000, "INR", "up_to", "2025-10", "rumored",
          "Separately, a TCS spokesperson denied a report in a Mumbai tabloid that the company had approached Sify about buying its data-centre unit Infinit Spaces for up to ₹15,000 crore, calling the story baseless.",
          required=False, note="denied rumour"),
    ],
    "not_deals": ["₹65,799 crore", "₹12,075 crore", "₹11 a share", "₹1,135 crore", "₹3,480", "₹3,620", "₹3,150",
                  "₹141.2", "₹3,024", "₹10.9 lakh crore", "₹60 crore or more", "₹99 a month"],
}

# 012 ---------------------------------------------------------------------------
A["012_google_vizag_indus_en.txt"] = {
    "published": "2025-10-15",
    "published_note": "from the line 'October 15, 2025 | 06:30 IST'; dateline 'NEW DELHI, Oct 14'; 'on Tuesday' -> 2025-10-14; 'In July' -> 2025-07",
    "language": "en",
    "deals": [
        D("google-vizag-2025", ["Google"], "capex_plan",
          15000000000, "USD", "exact", "2025-10-14", "announced",
          "NEW DELHI, Oct 14 (Indus Newswire) - Alphabet's Google is committing $15 billion across the five years from 2026 to an AI hub in Visakhapatnam, where it intends to run data centres with a combined gigawatt of capacity, the group announced on Tuesday.",
          alt_amounts=[{"amount": 1330000000000, "currency": "INR"}, {"amount": 12900000000, "currency": "EUR"}],
          kind_alt=["project", "investment"], term=["2026", "2030"],
          note="rupee figure (₹1.33 lakh crore) two sentences later; restated in 013, 014 (EUR) and 020; different from Alphabet's 2025 capex forecast"),
        D("google-vizag-partners", ["Google", "AdaniConneX", "Bharti Airtel"], "partnership",
          None, None, None, "2025-10-14", "announced",
          "Google named two local partners for the hub: AdaniConneX, in which the Adani conglomerate and EdgeConneX are equal owners, and Bharti Airtel, whose new undersea cable is to come ashore at the port.",
          required=False, note="no amount ('did not break down who pays for what'); also in 014"),
        D("alphabet-capex-2025", ["Google"], "capex_plan",
          85000000000, "USD", "approx", "2025-07", "planned",
          "In July the Google parent raised its forecast for 2025 capital expenditure to about $85 billion, the bulk of which goes on servers and buildings, and analysts at Kurla Capital expect the figure to rise again with third-quarter results.",
          term=["2025", "2025"],
          note="'the Google parent' = Alphabet (alias of Google); company-wide capex plan, different from the Visakhapatnam plan"),
    ],
    "not_deals": ["₹22,000 crore", "₹1,957", "$1.5 billion"],
}

# 013 ---------------------------------------------------------------------------
A["013_reliance_meta_alsterblick.html"] = {
    "published": "2025-10-27",
    "published_note": "from <time datetime='2025-10-27'>27.10.2025</time>, <meta name='date'> and JSON-LD; 'im August' -> 2025-08; 'Mitte Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        D("reliance-meta-jv", ["Reliance Industries", "Meta"], "joint_venture",
          8550000000, "INR", "exact", "2025-08", "signed",
          "Das im August angekündigte Gemeinschaftsunternehmen mit Meta ist mit 855 Crore Rupien ausgestattet, rund 84 Millionen Euro; 70 Prozent hält die Reliance-Tochter Reliance Intelligence, 30 Prozent eine Gesellschaft des US-Konzerns.",
          note="the venture announced in August (010) is now incorporated ('am Wochenende'); date kept at the announcement month"),
        D("meta-capex-2025", ["Meta"], "capex_plan",
          66000000000, "USD", "range", "2025", "planned",
          "Für Meta ist das Engagement eine Fußnote: Der Facebook-Konzern rechnet für dieses Jahr mit Investitionen zwischen 66 und 72 Milliarden Dollar, vor allem für Rechenzentren in den USA.",
          amount_max=72000000000, term=["2025", "2025"],
          note="Meta's 2025 capex guidance as a range; different from the Reliance venture"),
        D("google-vizag-2025", ["Google"], "capex_plan",
          15000000000, "USD", "exact", "2025-10", "announced",
          "Mitte Oktober kündigte Google an, für einen KI-Standort in Visakhapatnam 15 Milliarden Dollar auszugeben.",
          note="restatement of 012; 'Mitte Oktober' -> 2025-10"),
    ],
    "not_deals": ["zweistelligen Milliardenbetrag in Dollar", "gut 18.000 Crore Rupien", "1.451 Rupien",
                  "rund 19,6 Lakh Crore Rupien", "738 Dollar", "7,99 Euro im Monat"],
}

# 014 ---------------------------------------------------------------------------
A["014_google_vizag_abwaerme.txt"] = {
    "published": "2025-10-15",
    "published_note": "from the issue line 'Nr. 41/2025 · Mittwoch, 15.10.2025'; 'am Dienstag' -> 2025-10-14; 'Vergangene Woche' -> 2025-10",
    "language": "de",
    "deals": [
        D("google-vizag-2025", ["Google"], "capex_plan",
          13000000000, "EUR", "approx", "2025-10-14", "announced",
          "Knapp 13 Milliarden Euro (15 Milliarden Dollar) sollen dafür zwischen 2026 und 2030 fließen, wie der Suchmaschinenkonzern am Dienstag in Neu-Delhi mitteilte.",
          alt_amounts=[{"amount": 15000000000, "currency": "USD"}],
          term=["2026", "2030"],
          note="'dafür' = the Visakhapatnam site, Google in the previous sentence; 'knapp' read as approx"),
        D("google-vizag-partners", ["Google", "AdaniConneX", "Bharti Airtel"], "partnership",
          None, None, None, "2025-10-14", "announced",
          "Beteiligt sind der Betreiber AdaniConneX und der Netzbetreiber Bharti Airtel, der dort ein neues Seekabel anlanden will.",
          required=False, note="no amount; Google from the previous sentences"),
        D("tcs-1gw-capex", ["Tata Consultancy Services"], "capex_plan",
          5600000000, "EUR", "approx", "2025-10", "planned",
          "Vergangene Woche hatte bereits Tata Consultancy Services angekündigt, über eine neue Tochter bis zu 1 GW KI-Rechenzentrumsleistung aufzubauen; das Management beziffert den Aufwand auf rund 5,6 Milliarden Euro über fünf bis sieben Jahre.",
          note="restatement of 011, converted"),
    ],
    "not_deals": ["6 bis 7 Millionen Euro", "10 bis 12 Millionen Euro", "7 Cent je Kilowattstunde", "8,5 Cent",
                  "über 2,1 Milliarden Euro", "390 Euro", "290 Euro", "248 Euro"],
}

# 015 ---------------------------------------------------------------------------
A["015_tpg_hypervault_releasedesk_en.txt"] = {
    "published": "2025-11-21",
    "published_note": "from the line 'Friday, Nov 21, 2025'; 'on Thursday' -> 2025-11-20; 'in October' -> 2025-10; 'the same week' -> 2025-11",
    "language": "en",
    "deals": [
        D("tpg-tcs-hypervault", ["TPG", "Tata Consultancy Services"], "investment",
          88200000000, "INR", "up_to", "2025-11-20", "signed",
          "For a minority holding that can reach 49 per cent, TPG is to commit up to ₹8,820 crore to the unit, or roughly $1 billion.",
          alt_amounts=[{"amount": 1000000000, "currency": "USD"}],
          kind_alt=["joint_venture"],
          note="'the unit' = HyperVault, TCS's data-centre platform (HyperVault is listed as an alias of TCS); agreed 'on Thursday' (previous sentence); restated in 016; different from TCS's own 1 GW plan and from the combined equity below"),
        D("tcs-tpg-hypervault-equity", ["Tata Consultancy Services", "TPG"], "joint_venture",
          180000000000, "INR", "up_to", "2025-11-20", "signed",
          "Combined, the two partners will put up to ₹18,000 crore of equity into HyperVault over the next several years, according to the joint statement.",
          required=False,
          note="combined equity of both partners; it contains TPG's ₹8,820 crore, so it is optional"),
        D("tcs-1gw-capex", ["Tata Consultancy Services"], "capex_plan",
          6500000000, "USD", "approx", "2025-10", "planned",
          "Background: TCS announced in October that it would develop up to 1 GW of AI-ready data-centre capacity in India, with a price tag it put near $6.5 billion, spread across five to seven years.",
          note="restatement of 011"),
        D("panchgani-tcs-power-mou", ["Panchgani GridWorks", "Tata Consultancy Services"], "supply",
          None, None, None, "2025-11", "signed",
          "A memorandum signed the same week with Panchgani GridWorks, a Pune-based developer of hybrid renewable parks, covers up to 500 MW of green power for the platform; no price was given.",
          required=False, note="no amount; 'the platform' = HyperVault"),
    ],
    "not_deals": ["$250 billion", "$5.3 billion", "₹55 crore", "₹3,142", "₹11.4 lakh crore", "₹2,400 a year"],
}

# 016 ---------------------------------------------------------------------------
A["016_indien_liveticker_zeigerstand.txt"] = {
    "published": "2025-12-10",
    "published_note": "from the ticker line 'Mittwoch, 10.12.2025'; 'heute' -> 2025-12-10; 'am Dienstagabend' -> 2025-12-09; 'im November' -> 2025-11; 'im Januar' -> 2025-01",
    "language": "de",
    "deals": [
        D("amazon-india-2030", ["Amazon"], "capex_plan",
          35000000000, "USD", "exact", "2025-12-10", "announced",
          "15:05 Uhr – Jetzt auch Amazon: Der Onlinehändler will bis 2030 insgesamt 35 Milliarden Dollar in Indien investieren, gut 30 Milliarden Euro, wie das Unternehmen heute auf einer Veranstaltung in Neu-Delhi ankündigte.",
          alt_amounts=[{"amount": 30000000000, "currency": "EUR"}],
          kind_alt=["investment"], term=[None, "2030"],
          note="investment plan across businesses; 'heute' = the ticker day; also in 017; the ~$40bn already invested is a cumulative total, not a deal"),
        D("tpg-tcs-hypervault", ["TPG", "Tata Consultancy Services"], "investment",
          88200000000, "INR", "up_to", "2025-11", "signed",
          "Die im November vereinbarte Partnerschaft steht: TPG zahlt für seine Minderheitsbeteiligung an der Rechenzentrumstochter HyperVault bis zu 8.820 Crore Rupien.",
          note="restatement of 015; TCS named in the reader question before"),
        D("microsoft-india-2026-2029", ["Microsoft"], "capex_plan",
          17500000000, "USD", "approx", "2025-12-09", "announced",
          "Der Softwarekonzern hatte am Dienstagabend mitgeteilt, rund 17,5 Milliarden Dollar in Indien auszugeben, gestreckt über die vier Jahre ab 2026 – etwa 15 Milliarden Euro.",
          alt_amounts=[{"amount": 15000000000, "currency": "EUR"}],
          term=["2026", "2029"],
          note="'Der Softwarekonzern' = Microsoft (previous sentence); second Microsoft India plan, must stay apart from the $3bn plan of January 2025 in the same entry; also in 017 and 020"),
        D("microsoft-india-2025", ["Microsoft"], "capex_plan",
          3000000000, "USD", "exact", "2025-01", "announced",
          "Erst im Januar hatte Microsoft drei Milliarden Dollar über zwei Jahre zugesagt; Konzernchef Satya Nadella ist in dieser Woche erneut im Land unterwegs.",
          note="restatement of 007; amount in words"),
    ],
    "not_deals": ["90 je Dollar", "rund 40 Milliarden Dollar", "3.201 Rupien", "32,5 Milliarden Dollar", "414 Euro",
                  "0 Euro Depotgebühr"],
}

# 017 ---------------------------------------------------------------------------
A["017_amazon_india_hooghly_en.html"] = {
    "published": "2025-12-11",
    "published_note": "from the visible byline 'By Subhasree Mitra · Thursday 11 December 2025', <meta name='pubdate'> and JSON-LD; 'on Wednesday' -> 2025-12-10; 'on Tuesday' -> 2025-12-09; 'in January' -> 2025-01",
    "language": "en",
    "deals": [
        D("amazon-india-2030", ["Amazon"], "capex_plan",
          35000000000, "USD", "exact", "2025-12-10", "announced",
          "Amazon on Wednesday pledged $35 billion for India through 2030, spread over its marketplace, delivery network and cloud arm, topping a pledge that Microsoft had made only a day earlier.",
          note="same plan as 016; second Amazon plan in this article, must stay apart from the $8.3bn Maharashtra plan"),
        D("aws-maharashtra-2025", ["Amazon"], "capex_plan",
          8300000000, "USD", "exact", "2025-01", "announced",
          "Amazon Web Services had agreed in January to spend $8.3 billion on its cloud region in Maharashtra, and executives declined on Wednesday to say whether that plan is counted in the new figure.",
          note="restatement of 008; not stated to be part of the $35bn, so kept as its own deal"),
        D("microsoft-india-2026-2029", ["Microsoft"], "capex_plan",
          17500000000, "USD", "exact", "2025-12-09", "announced",
          "Microsoft's own announcement on Tuesday put $17.5 billion into India between 2026 and 2029, its largest commitment in Asia.",
          term=["2026", "2029"], note="same plan as 016"),
    ],
    "not_deals": ["close to $40 billion", "$80 billion a year", "more than $67 billion", "₹8 crore an acre",
                  "90.14/$", "$231.8", "₹62 lakh"],
}

# 018 ---------------------------------------------------------------------------
A["018_nakshatra_seriesb_rajpath_en.txt"] = {
    "published": "2026-02-19",
    "published_note": "from the date line 'Thursday, February 19, 2026 · Summit Special, page 4'; 'on Wednesday' -> 2026-02-18; 'last May' -> 2025-05",
    "language": "en",
    "deals": [
        D("malabar-nakshatra-seriesb-2026", ["Malabar Coast Capital", "Nakshatra Compute"], "investment",
          18500000000, "INR", "exact", "2026-02-18", "completed",
          "NEW DELHI — Nakshatra Compute, a Bengaluru outfit that leases Nvidia processors to Indian AI labs, on Wednesday announced ₹1,850 crore, about $205 million, of fresh Series B money, with Malabar Coast Capital again at the head of the round.",
          alt_amounts=[{"amount": 205000000, "currency": "USD"}],
          note="second deal of the Malabar Coast–Nakshatra pair, must stay apart from the 2024 Series A; valuation ₹8,600 crore is not a deal"),
        D("malabar-nakshatra-seriesa-2024", ["Malabar Coast Capital", "Nakshatra Compute"], "investment",
          62000000, "USD", "exact", "2024", "completed",
          "The Kochi fund first backed Nakshatra in 2024, when it led a $62 million Series A.",
          note="restatement of 001; 'The Kochi fund' = Malabar Coast Capital"),
        D("nakshatra-vindhya-lease", ["Nakshatra Compute", "Vindhya Datacom"], "other",
          12000000000, "INR", "exact", "2025-05", "cancelled",
          "Nakshatra last month walked away from the ₹1,200 crore colocation lease it had signed with Vindhya Datacom last May, paying an undisclosed break fee.",
          note="lease of 009 cancelled in January 2026; a cancelled deal keeps the date of the agreement ('last May' -> 2025-05)"),
        D("tungabhadra-vindhya-acquisition", ["Tungabhadra Infrastructure Fund", "Vindhya Datacom"], "acquisition",
          90000000000, "INR", "approx", "2026", "negotiating",
          "Tungabhadra Infrastructure Fund, a Hyderabad investor in toll roads and transmission lines, is negotiating a purchase of the Noida operator at about ₹9,000 crore including debt, and the talks are far along, according to a banker and a lawyer involved.",
          alt_amounts=[{"amount": 94000000000, "currency": "INR"}],
          note="talks from unnamed sources ('the Noida operator' = Vindhya Datacom, previous sentence); signed in April 2026 at ₹9,400 crore (019, 020, alt_amounts); only the year so that the dates of the shared id agree"),
    ],
    "not_deals": ["₹8,600 crore", "₹310 crore", "more than $200 billion", "₹65 an hour", "₹38,000 a night",
                  "₹40 crore", "₹2,500"],
}

# 019 ---------------------------------------------------------------------------
A["019_interview_vindhya_baugrund.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Interview · Lesezeit: 6 Minuten'); every deal date is null",
    "language": "de",
    "deals": [
        D("tungabhadra-vindhya-acquisition", ["Tungabhadra Infrastructure Fund", "Vindhya Datacom"], "acquisition",
          94000000000, "INR", "exact", None, "signed",
          "Tungabhadra zahlt für Vindhya 9.400 Crore Rupien einschließlich Schulden, und der Fonds bringt Geduld mit.",
          note="undated interview; same takeover as 018 (talks) and 020 (signed in April, completed)"),
        D("konkan-vindhya-loan-2024", ["Konkan Mercantile Bank", "Vindhya Datacom"], "other",
          24000000000, "INR", "exact", None, "signed",
          "Die Konkan Mercantile Bank hat uns 2.400 Crore Rupien für die Gebäude zwei und drei geliehen, zu Bedingungen, die wir heute nicht mehr bekämen.",
          note="'uns' = Vindhya Datacom; restatement of 006"),
        D("panchgani-vindhya-ppa", ["Panchgani GridWorks", "Vindhya Datacom"], "supply",
          3100000000, "INR", "approx", None, "signed",
          "Unser Vertrag mit Panchgani GridWorks läuft 15 Jahre; wir zahlen dafür etwa 310 Crore Rupien jährlich.",
          per="year", note="'wir' = Vindhya Datacom; restatement of 006"),
        D("nakshatra-vindhya-lease", ["Nakshatra Compute", "Vindhya Datacom"], "other",
          12000000000, "INR", "exact", None, "cancelled",
          "Nakshatra Compute hat einen Mietvertrag über 1.200 Crore Rupien mit Ihnen gekündigt.",
          note="interviewer's question; 'Ihnen' = Vindhya Datacom; the cancelled lease of 009/018"),
    ],
    "not_deals": ["62 Crore Rupien pro Megawatt", "30 bis 35 Lakh Rupien im Jahr", "640 Crore", "13,50 Euro"],
}

# 020 ---------------------------------------------------------------------------
A["020_abwaerme_digest_nov26.txt"] = {
    "published": "2026-11-12",
    "published_note": "from the issue line 'Nr. 45/2026 · Donnerstag, 12.11.2026'; 'am Montag' -> 2026-11-09; 'Vergangene Woche' -> 2026-11; 'Mitte April' -> 2026-04",
    "language": "de",
    "deals": [
        D("google-vizag-2025", ["Google"], "capex_plan",
          15000000000, "USD", "exact", "2025-10", "announced",
          "Google hat im Oktober 2025 zugesagt, 15 Milliarden Dollar in seinen dortigen KI-Standort zu investieren; inzwischen stehen die ersten Fundamente.",
          note="restatement of 012; 'dortigen' = Visakhapatnam"),
        D("pravaah-adaniconnex-vizag", ["Pravaah Thermal Systems", "AdaniConneX"], "supply",
          11000000000, "INR", "approx", "2026-11-09", "signed",
          "Pravaah Thermal Systems aus Pune hat am Montag einen Auftrag von AdaniConneX über rund 1.100 Crore Rupien erhalten, etwa 105 Millionen Euro.",
          alt_amounts=[{"amount": 105000000, "currency": "EUR"}],
          note="cooling order for the Visakhapatnam halls; different from Pravaah's 2024 Yotta order (005)"),
        D("tungabhadra-vindhya-acquisition", ["Tungabhadra Infrastructure Fund", "Vindhya Datacom"], "acquisition",
          94000000000, "INR", "exact", "2026-04", "completed",
          "Die Übernahme durch die Tungabhadra Infrastructure Fund für 9.400 Crore Rupien war Mitte April unterschrieben worden und ist seit September vollzogen.",
          note="signed 'Mitte April' 2026, completed in September; Vindhya Datacom in the previous sentence"),
        D("konkan-vindhya-loan-2026", ["Konkan Mercantile Bank", "Vindhya Datacom"], "other",
          31000000000, "INR", "exact", "2026-11", "signed",
          "Vergangene Woche hat die Konkan Mercantile Bank dem Noidaer Betreiber nun einen neuen Kredit über 3.100 Crore Rupien gewährt.",
          kind_alt=["investment"],
          note="'dem Noidaer Betreiber' = Vindhya Datacom; second loan of the Konkan–Vindhya pair, must stay apart from the 2024 loan restated in the next sentence"),
        D("konkan-vindhya-loan-2024", ["Konkan Mercantile Bank", "Vindhya Datacom"], "other",
          24000000000, "INR", "exact", "2024", "signed",
          "Er ersetzt teilweise den 2024 vergebenen Kredit über 2.400 Crore und finanziert ein viertes Gebäude.",
          note="'Er' = the new loan; restatement of the 2024 loan (006) inside the sentence about the new one"),
        D("microsoft-india-2026-2029", ["Microsoft"], "capex_plan",
          17500000000, "USD", "exact", None, "announced",
          "Microsoft hat seine Cloud-Region bei Hyderabad in Betrieb genommen, die erste aus dem 17,5-Milliarden-Dollar-Programm.",
          required=False, note="background mention in a compound ('17,5-Milliarden-Dollar-Programm'), undated here"),
    ],
    "not_deals": ["knapp 4.000 Crore Rupien", "10.800 Rupien pro Kilowatt und Monat", "180 Millionen Euro",
                  "sonst 95 Euro", "258 Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
