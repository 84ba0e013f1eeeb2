#!/usr/bin/env python3
"""Write gold.json: the hand annotation of tests/corpus98/articles/.

Usage: python3 tests/corpus98/make_gold.py
The annotation lives here as data; edit it here and rerun to rewrite gold.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, note=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("kind_alt", "per", "term", "alt_amounts"):
        if k in extra:
            d[k] = extra.pop(k)
    if extra:
        raise SystemExit(f"unknown keys {sorted(extra)}")
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def alt(*pairs):
    return [{"amount": a, "currency": c} for a, c in pairs]


ABOUT = (
    "Hand-annotated deals in the ninety-eighth, held-out test corpus (tests/corpus98/articles/), "
    "written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json and shared/gold/seeds.json. Theme: national and sovereign AI compute "
    "in Asia-Pacific (SoftBank's Japanese AI data centres, Japan's subsidised GPU clouds, Singapore, "
    "Malaysia/YTL Power and Nvidia, India's IndiaAI GPU tender, L&T/E2E, Australia's AirTrunk and "
    "NextDC) and German coverage of it. One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks vague, amount-less or background mentions "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are "
    "NOT deals (grants, subsidies, budgets, cumulative totals, valuations, revenue, profit, guidance "
    "other than capex, forecasts, share prices, market values, prices, salaries, cost estimates, "
    "parts of an annotated deal, ad figures): reporting one of them as a deal is an error. Amounts "
    "are in full units and in the currency the article states (ringgit figures, whose code is not "
    "in the checker's list, are never the only statement of a deal's amount); 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same article) states it "
    "in another currency or at another precision. 'date' is when the deal was announced or agreed "
    "(YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
    "from the article's date line, dateline, issue line, byline, <meta>/JSON-LD, or null when the "
    "article has none); seasons become the year; a cancelled deal keeps the date of its talks; "
    "'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Kallang Compute, "
    "Lornie Ventures, Weidach Kältetechnik, Illertal Volksbank, Kitasora Energy; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt. Real "
    "companies' deals follow public reports of 2023-2026 with shifted, rounded or invented details "
    "(see README.md). Nothing here is reporting."
)

A = {}

A["001_kanda_letter_japan_pledges_en.txt"] = {
    "published": "2024-04-11",
    "published_note": "from the issue line 'Issue 18 · Thursday, 11 April 2024'; 'on Wednesday' -> 2024-04-10",
    "language": "en",
    "deals": [
        D("microsoft-japan-2024", ["Microsoft"], "capex_plan", 2900000000, "USD", "exact", "2024-04-10", "announced",
          "Microsoft said on Wednesday it would pour $2.9 billion into hyperscale cloud and AI capacity in Japan over the next two years, timed to Prime Minister Kishida's state visit to Washington.",
          note="two-year investment plan of one company; the market value in the bracket below is not a deal"),
        D("aws-japan-2024", ["Amazon"], "capex_plan", 2260000000000, "JPY", "exact", "2024-01", "announced",
          "For scale: Amazon Web Services committed ¥2.26 trillion, about $15 billion, to Japanese data centres through 2027 back in January.",
          term=[None, "2027"], alt_amounts=alt((15000000000, "USD")),
          note="'back in January' -> 2024-01; the ¥1.51 trillion of 2011-2022 in the next sentence is past spending, not a deal"),
        D("oracle-japan-2024", ["Oracle"], "capex_plan", 8000000000, "USD", "at_least", "2024-04", "rumored",
          "Oracle is preparing a Japan pledge of more than $8 billion spread over ten years; two insiders who have seen the numbers expect an announcement before Golden Week.",
          note="rumour from insiders; 002 reports the announcement (2024-04-18)"),
    ],
    "not_deals": ["$3.1 trillion", "¥1.51 trillion", "¥3.9 trillion", "¥1,280", "$18.4 billion", "¥9,800",
                  "¥48,000 a year"],
}

A["002_kabuto_kompass_softbank.txt"] = {
    "published": "2024-04-19",
    "published_note": "from the date line '19.04.2024 | 09:41 Uhr' (a Friday); 'am Freitagmorgen' -> 2024-04-19, 'Am Donnerstag' -> 2024-04-18, 'in der Vorwoche' -> 2024-04, 'im vergangenen Herbst' -> 2023",
    "language": "de",
    "deals": [
        D("softbank-corp-compute-2024", ["SoftBank Corp"], "capex_plan", 150000000000, "JPY", "approx", "2024-04-19", "announced",
          "Die Telekom-Tochter des Softbank-Konzerns bestätigte am Freitagmorgen Tokioter Zeit, dass sie in den Geschäftsjahren 2024 und 2025 rund 150 Milliarden Yen in ihre KI-Rechenplattform steckt, vor allem in Nvidia-Chips der neuen Blackwell-Generation.",
          note="'Die Telekom-Tochter des Softbank-Konzerns' = SoftBank Corp. (previous sentence, not SoftBank Group); Nvidia is the chip maker named, not a party; the 42.1bn yen in the previous sentence is a subsidy"),
        D("sakura-internet-capex-2023", ["Sakura Internet"], "capex_plan", 100000000000, "JPY", "approx", "2023", "announced",
          "Sakura selbst hatte schon im vergangenen Herbst angekündigt, bis zum Geschäftsjahr 2027 knapp 100 Milliarden Yen in GPU-Cloud-Kapazität in Ishikari und Osaka zu investieren; der Staat trägt damit etwa die Hälfte.",
          note="'knapp' -> approx; autumn of the previous year -> 2023; plan runs to fiscal 2027"),
        D("kddi-compute-2024", ["KDDI"], "capex_plan", None, None, None, "2024-04", "rumored",
          "Bei KDDI ist in Branchenkreisen von einem hohen zweistelligen Milliardenbetrag in Yen über zwei Jahre die Rede, bestätigt hat der Konzern das nicht.",
          required=False, note="vague amount ('hoher zweistelliger Milliardenbetrag'), unconfirmed -> optional"),
        D("oracle-japan-2024", ["Oracle"], "capex_plan", 8000000000, "USD", "at_least", "2024-04-18", "announced",
          "Am Donnerstag kündigte Oracle an, binnen eines Jahrzehnts über acht Milliarden Dollar nach Japan zu lenken, vor allem in Rechenzentren und Cloud-Kapazität.",
          note="same plan as the rumour in 001; 'über' -> at_least"),
        D("microsoft-japan-2024", ["Microsoft"], "capex_plan", 2900000000, "USD", "exact", "2024-04", "announced",
          "Microsoft hatte in der Vorwoche 2,9 Milliarden Dollar zugesagt.",
          note="country from the paragraph ('drängen ins Land' = Japan); 'in der Vorwoche' -> month only"),
    ],
    "not_deals": ["bis zu 50,1 Milliarden Yen", "10,2 Milliarden Yen", "42,1 Milliarden Yen", "7.410 Yen",
                  "gut 280 Milliarden Yen", "1.866 Yen", "9.000 Yen", "2,50 Euro"],
}

A["003_selatan_post_google_malaysia_en.txt"] = {
    "published": "2024-05-30",
    "published_note": "from the dateline 'KUALA LUMPUR, May 30'; the year only from the copyright line '© 2024 The Selatan Post'; 'on Thursday' -> 2024-05-30 (the same day), 'in December' -> 2023-12, 'at the start of May' -> 2024-05",
    "language": "en",
    "deals": [
        D("google-malaysia-2024", ["Google"], "capex_plan", 2000000000, "USD", "exact", "2024-05-30", "announced",
          "KUALA LUMPUR, May 30 — Google will invest US$2 billion (RM9.4 billion) to build its first data centre in Malaysia and open a Google Cloud region, the company and the trade ministry said on Thursday.",
          note="the ringgit figure is the same amount (MYR is not in the checker's currency list, so it is not an alt_amount)"),
        D("microsoft-malaysia-2024", ["Microsoft"], "capex_plan", 2200000000, "USD", "exact", "2024-05", "announced",
          "Microsoft said at the start of May it would spend US$2.2 billion over four years on cloud and AI infrastructure in the country, alongside training for 200,000 people."),
        D("ytl-nvidia-kulai", ["YTL Power", "Nvidia"], "project", 4300000000, "USD", "approx", "2023-12", "announced",
          "The utility group, which teamed up with Nvidia in December to put an AI supercomputer at its green data centre park in Kulai, has put the cost of the first phase of that project at roughly US$4.3 billion.",
          kind_alt=["partnership", "capex_plan"],
          note="'The utility group' = YTL Power International (previous sentence); the company's own cost figure for the project it agreed with Nvidia in December 2023; different from the GB200 order of 2025 (013, 020)"),
    ],
    "not_deals": ["RM15.04 billion", "RM329.5 billion", "RM4.62", "RM38 billion", "45 sen per kWh",
                  "RM5.33 per cubic metre", "RM19.90 a month"],
}

A["004_iller_bote_weidach.txt"] = {
    "published": "2024-06-18",
    "published_note": "from the date line 'Kempten · Wirtschaft · Dienstag, 18. Juni 2024'; 'am Montag' -> 2024-06-17, 'Ende Mai' -> 2024-05",
    "language": "de",
    "deals": [
        D("weidach-ytl-cooling-2024", ["Weidach Kältetechnik", "YTL Power"], "supply", 38000000, "EUR", "approx", "2024-06-17", "signed",
          "Der Auftrag hat ein Volumen von rund 38 Millionen Euro und läuft bis Ende 2025.",
          term=[None, "2025-12"],
          note="parties and 'am Montag' in the previous sentence; first of two Weidach-YTL deals (the 2026 maintenance contract in 020 is another)"),
        D("google-malaysia-2024", ["Google"], "capex_plan", 2000000000, "USD", "exact", "2024-05", "announced",
          "Erst Ende Mai hatte Google angekündigt, zwei Milliarden US-Dollar in ein Rechenzentrum und eine Cloud-Region bei Kuala Lumpur zu stecken.",
          note="amount in words; month only"),
        D("weidach-illertal-loan-2024", ["Weidach Kältetechnik", "Illertal Volksbank"], "other", 6500000, "EUR", "exact", "2024-06", "signed",
          "Um die Fertigung zu erweitern, hat Weidach bei der Illertal Volksbank ein Darlehen über 6,5 Millionen Euro aufgenommen.",
          kind_alt=["investment"], note="bank loan; the 480,000 euros in the next sentence are a state grant"),
    ],
    "not_deals": ["61 Millionen Euro", "gut 120 Millionen Euro", "480.000 Euro", "rund 3.600 Euro brutto im Monat",
                  "74 Millionen Euro", "ein paar Hunderttausend", "500 Euro", "47 Cent je Kilogramm"],
}

A["005_airtrunk_wollemi_en.html"] = {
    "published": "2024-09-05",
    "published_note": "from the visible byline 'Thursday 5 September 2024' (also <meta article:published_time> and JSON-LD); 'late on Wednesday' -> 2024-09-04, 'last month' -> 2024-08",
    "language": "en",
    "deals": [
        D("airtrunk-acquisition-2024", ["Blackstone", "CPP Investments", "AirTrunk"], "acquisition", 24000000000, "AUD", "at_least", "2024-09-04", "signed",
          "Blackstone and Canada's CPP Investments are buying AirTrunk, the Sydney-born operator of hyperscale server campuses, in a deal that values it, with borrowings, at more than A$24 billion, or roughly US$16.1 billion, the buyers confirmed late on Wednesday.",
          alt_amounts=alt((16100000000, "USD"), (14500000000, "EUR")),
          note="takeover price including debt ('values it' here is the deal price, not a valuation); EUR figure from 006"),
        D("macquarie-airtrunk-2020", ["Macquarie Asset Management", "PSP Investments", "AirTrunk"], "acquisition", None, None, None, "2020", "completed",
          "The sellers, Macquarie's asset-management arm and Canada's PSP Investments, took control of the business in 2020.",
          required=False, note="background, no amount"),
        D("nextdc-raise-2024", ["NextDC"], "investment", 1320000000, "AUD", "exact", "2024-08", "completed",
          "The price sets a benchmark for listed rival NextDC, which raised A$1.32 billion from institutional and retail shareholders last month to speed up its S4 and S7 campuses in Sydney.",
          note="equity raising from shareholders (no single investor named)"),
    ],
    "not_deals": ["A$3.5 billion", "US$1 trillion", "A$16.85", "A$1,100 a square metre", "A$2.4 million", "A$129",
                  "A$6 a week"],
}

A["006_airtrunk_tasmansee.txt"] = {
    "published": "2024-09-06",
    "published_note": "from the date line '06.09.2024 – 07:15'; 'am Mittwoch' -> 2024-09-04",
    "language": "de",
    "deals": [
        D("airtrunk-acquisition-2024", ["Blackstone", "CPP Investments", "AirTrunk"], "acquisition", 24000000000, "AUD", "at_least", "2024-09-04", "signed",
          "Die Käufer bewerten das Unternehmen einschließlich Schulden mit mehr als 24 Milliarden australischen Dollar, umgerechnet rund 14,5 Milliarden Euro, wie sie am Mittwoch mitteilten.",
          alt_amounts=alt((14500000000, "EUR")),
          note="'Die Käufer' = Blackstone and CPP Investments, 'das Unternehmen' = AirTrunk (previous sentence); 'bewerten ... mit' states the takeover price, not a separate valuation"),
        D("macquarie-airtrunk-2020", ["Macquarie Asset Management", "PSP Investments", "AirTrunk"], "acquisition", None, None, None, "2020", "completed",
          "Verkäufer sind Macquarie Asset Management und der kanadische Pensionsfonds PSP Investments, die 2020 die Mehrheit übernommen hatten.",
          required=False, note="background, no amount"),
        D("blackstone-qts-2021", ["Blackstone", "QTS"], "acquisition", 10000000000, "USD", "approx", "2021", "completed",
          "Bereits 2021 hatte der Konzern für rund zehn Milliarden Dollar den US-Betreiber QTS gekauft.",
          required=False, note="background deal outside the theme; 'der Konzern' = Blackstone"),
        D("microsoft-japan-2024", ["Microsoft"], "capex_plan", 2900000000, "USD", "exact", "2024-04-10", "announced",
          "Microsoft steckt 2,9 Milliarden Dollar in Japan (10.04.2024)",
          required=False, note="headline in the related-links list ('Mehr zum Thema'); date from the link"),
    ],
    "not_deals": ["knapp 700 Millionen australische Dollar", "über eine Billion Dollar", "rund 70 Milliarden Dollar",
                  "128,40 Dollar", "646 Milliarden kanadischen Dollar"],
}

A["007_nariman_markets_e2e_en.txt"] = {
    "published": "2024-11-26",
    "published_note": "from the date line 'Nov 26, 2024, 10:12 IST'; 'late on Monday' -> 2024-11-25",
    "language": "en",
    "deals": [
        D("lt-e2e-stake-2024", ["Larsen & Toubro", "E2E Networks"], "investment", 14070000000, "INR", "exact", "2024-11-25", "signed",
          "The engineering conglomerate will subscribe to preferential shares worth ₹1,407 crore, E2E told the exchanges late on Monday.",
          alt_amounts=alt((157000000, "EUR")),
          note="'The engineering conglomerate' = Larsen & Toubro (previous sentence); ₹1,407 crore = 14.07bn rupees; the per-share issue price is not a deal; EUR figure from 008; first of two L&T-E2E deals (the 2026 capacity contract in 018 is another)"),
        D("lt-e2e-sovereign-cloud", ["Larsen & Toubro", "E2E Networks"], "partnership", None, None, None, "2024-11", "announced",
          "The two companies will also pitch sovereign cloud services jointly to government and public-sector buyers, E2E said, without putting a number on that arrangement.",
          required=False, note="no amount"),
    ],
    "not_deals": ["₹4,372.60", "₹4,250 each", "₹164 crore", "₹10,372 crore", "₹5 lakh crore", "₹5,100",
                  "₹20 per executed intraday order"],
}

A["008_indiaai_liveticker.txt"] = {
    "published": "2025-01-30",
    "published_note": "from the ticker's date line 'Donnerstag, 30. Januar 2025'; 'im Juli vergangenen Jahres' -> 2024-07, 'im November' -> 2024-11",
    "language": "de",
    "deals": [
        D("adaniconnex-loans-2024", ["AdaniConneX"], "other", 1440000000, "USD", "exact", "2024-07", "signed",
          "Zur Einordnung des Wettlaufs um Kapazität: AdaniConneX, das Rechenzentrums-Gemeinschaftsunternehmen der Adani-Gruppe, hatte schon im Juli vergangenen Jahres bei internationalen Banken Kredite für den Bau seiner Standorte über 1,44 Milliarden Dollar aufgenommen.",
          note="construction loans from unnamed banks"),
        D("yotta-loan-talks-2025", ["Yotta"], "other", 40000000000, "INR", "approx", "2025-01", "rumored",
          "Insidern zufolge spricht Yotta Data Services mit mehreren Banken über ein Darlehen von rund 4.000 Crore Rupien, um Blackwell-Chips von Nvidia zu bezahlen.",
          note="loan talks from insiders; 4,000 crore = 40bn rupees; Nvidia is the chip maker, not a party"),
        D("lt-e2e-stake-2024", ["Larsen & Toubro", "E2E Networks"], "investment", 14070000000, "INR", "exact", "2024-11", "signed",
          "Bei dem GPU-Anbieter hatte der Mischkonzern Larsen & Toubro im November für 1.407 Crore Rupien (rund 157 Millionen Euro) knapp 15 Prozent übernommen.",
          note="'dem GPU-Anbieter' = E2E Networks (previous sentence); restated with EUR conversion"),
        D("indiaai-yotta-gpu-2025", ["IndiaAI Mission", "Yotta"], "cloud_contract", None, None, None, "2025-01-30", "announced",
          "Den größten Anteil stellt Yotta Data Services aus Mumbai mit 9.216 Grafikprozessoren.",
          required=False, note="tender award without a contract value (the ticker says the volumes are not disclosed)"),
    ],
    "not_deals": ["86,6 je US-Dollar", "115,85 Rupien pro GPU-Stunde", "10.372 Crore Rupien", "knapp 600 Milliarden Dollar",
                  "25 Euro im Monat"],
}

A["009_softbank_openai_cristal.txt"] = {
    "published": "2025-02-03",
    "published_note": "from the dateline 'Tokio, 3. Februar 2025'; 'heute' -> 2025-02-03",
    "language": "de",
    "deals": [
        D("softbank-openai-cristal", ["SoftBank Group", "OpenAI"], "partnership", 3000000000, "USD", "exact", "2025-02-03", "announced",
          "Softbank verpflichtet sich, dafür jährlich drei Milliarden US-Dollar aufzuwenden, um OpenAI-Lösungen in seinen Gruppenunternehmen einzuführen.",
          per="year", kind_alt=["cloud_contract", "other"],
          note="yearly rate; different from the $40bn funding round (010, 011) and the SB OpenAI Japan venture"),
        D("sb-openai-japan-jv", ["SoftBank Group", "OpenAI"], "joint_venture", None, None, None, "2025-02-03", "announced",
          "Den Vertrieb übernimmt ein neues Gemeinschaftsunternehmen namens SB OpenAI Japan, das beiden Seiten zu gleichen Teilen gehört.",
          required=False, note="no amount (start capital not disclosed)"),
    ],
    "not_deals": ["rund 3,7 Milliarden Dollar", "157 Milliarden Dollar", "9.038 Yen", "rund 3,8 Billionen Yen", "149 Euro"],
}

A["010_kanda_letter_sakai_en.txt"] = {
    "published": "2025-03-11",
    "published_note": "from the issue line 'Issue 63 · Tuesday, 11 March 2025'; 'on Friday' -> 2025-03-07, 'last month' -> 2025-02, 'last June' -> 2024-06",
    "language": "en",
    "deals": [
        D("softbank-corp-sharp-sakai", ["SoftBank Corp", "Sharp"], "acquisition", 100000000000, "JPY", "approx", "2025-03-07", "signed",
          "SoftBank Corp. agreed on Friday to take over Sharp's idle LCD panel works in Sakai, south of Osaka, site and buildings included, for roughly ¥100 billion ($676 million), according to people familiar with the terms; neither company published a price.",
          alt_amounts=alt((676000000, "USD"), (625000000, "EUR")),
          note="price from people familiar; EUR figure from 011; different from the KDDI-Sharp agreement on another part of the site"),
        D("sb-openai-japan-jv", ["SoftBank Group", "OpenAI"], "joint_venture", None, None, None, "2025-02", "announced",
          "The carrier wants about 150 MW of AI capacity on the site by 2026, rising later to more than 400 MW, and says the halls will serve the Japanese venture its parent formed with OpenAI last month.",
          required=False, note="unnamed reference ('the Japanese venture its parent formed with OpenAI'); SoftBank Group named in item 2"),
        D("kddi-sharp-sakai-2024", ["KDDI", "Sharp"], "partnership", None, None, None, "2024-06", "signed",
          "KDDI agreed with Sharp last June to convert another corner of the Sakai complex into an AI data centre and says it remains on track to switch on there in the current fiscal year.",
          required=False, kind_alt=["project"], note="no amount"),
        D("softbank-openai-round-2025", ["SoftBank Group", "OpenAI"], "investment", 40000000000, "USD", "exact", "2025-03", "negotiating",
          "SoftBank Group is close to finalising a $40 billion funding round for OpenAI that it would lead, at a pre-money valuation of $260 billion, according to two bankers who are working on it.",
          note="talks close to completion (011 reports the signing on 2025-03-31); the $260bn valuation is not a deal"),
    ],
    "not_deals": ["close to ¥150 billion", "¥1,004", "$260 billion", "¥42.1 billion", "$1.20", "¥12,000",
                  "¥48,000 a year"],
}

A["011_taunus_handelszeitung_openai.txt"] = {
    "published": "2025-04-01",
    "published_note": "from the date line 'Dienstag, 1. April 2025 · Unternehmen & Märkte · Seite 13'; 'am Montag' -> 2025-03-31, 'vergangene Woche' -> 2025-03, 'Anfang Februar' -> 2025-02, 'Anfang März' -> 2025-03",
    "language": "de",
    "deals": [
        D("softbank-openai-round-2025", ["SoftBank Group", "OpenAI"], "investment", 40000000000, "USD", "up_to", "2025-03-31", "signed",
          "Rekordsumme für den ChatGPT-Entwickler: OpenAI sammelt in einer von der Softbank Group geführten Runde bis zu 40 Milliarden Dollar ein, so gaben es beide am Montag bekannt.",
          note="round led by SoftBank Group; the first tranche (zehn Milliarden) and the reduced commitment (20 Milliarden) are parts/conditions of this deal, not deals"),
        D("softbank-mizuho-bridge-loan", ["SoftBank Group", "Mizuho"], "other", 15000000000, "USD", "exact", "2025-03", "rumored",
          "Für seinen Teil hat sich der Konzern Insidern zufolge vergangene Woche bei der japanischen Großbank Mizuho und weiteren Instituten einen Überbrückungskredit über 15 Milliarden Dollar gesichert.",
          note="bridge loan reported only by insiders, not confirmed -> rumored; 'der Konzern' = SoftBank Group"),
        D("softbank-openai-cristal", ["SoftBank Group", "OpenAI"], "partnership", 3000000000, "USD", "exact", "2025-02", "announced",
          "Bereits Anfang Februar hatten sie ein Abkommen geschlossen, wonach der Konzern pro Jahr drei Milliarden Dollar an OpenAI zahlt, damit dessen Programme in den Beteiligungsfirmen laufen.",
          per="year", kind_alt=["cloud_contract", "other"], note="restated; 'sie' = SoftBank Group and OpenAI"),
        D("softbank-corp-sharp-sakai", ["SoftBank Corp", "Sharp"], "acquisition", 625000000, "EUR", "approx", "2025-03", "signed",
          "Rechenleistung dafür soll unter anderem aus Sakai bei Osaka kommen, wo die Mobilfunktochter SoftBank Corp. Anfang März das stillgelegte Sharp-Werk für umgerechnet rund 625 Millionen Euro übernommen hat.",
          note="restated in EUR (converted)"),
    ],
    "not_deals": ["300 Milliarden Dollar", "zehn Milliarden Dollar", "20 Milliarden Dollar", "12,7 Milliarden Dollar",
                  "7.610 Yen", "1 Euro", "29,90 Euro monatlich"],
}

A["012_kallang_telok_ayer_en.html"] = {
    "published": "2025-06-17",
    "published_note": "no visible date: only <meta name=pubdate> and JSON-LD datePublished 2025-06-17 (a Tuesday); 'on Monday' -> 2025-06-16, 'three months after' -> 2025-03",
    "language": "en",
    "deals": [
        D("kallang-nscc-2025", ["Kallang Compute", "National Supercomputing Centre"], "cloud_contract", 120000000, "SGD", "up_to", "2025-06-16", "signed",
          "Kallang Compute, a four-year-old Singapore operator of GPU clusters, has won a three-year contract worth up to S$120 million to supply compute capacity to the National Supercomputing Centre (NSCC), the company said on Monday.",
          alt_amounts=alt((82000000, "EUR")), note="EUR figure from 013"),
        D("lornie-kallang-seriesb-2025", ["Lornie Ventures", "Kallang Compute"], "investment", 85000000, "USD", "exact", "2025-03", "completed",
          "It comes three months after the start-up closed a US$85 million Series B led by Lornie Ventures, a round that valued it at about US$410 million, said one investor briefed on the numbers.",
          note="'the start-up' = Kallang Compute; lead investor listed; the valuation is not a deal"),
        D("singtel-nvidia-gpu-cloud", ["Singtel", "Nvidia"], "partnership", None, None, None, "2024", "announced",
          "Singtel, which launched a GPU-as-a-service offering with Nvidia last year, is expanding its Nxera data centre in Tuas.",
          required=False, note="background, no amount"),
    ],
    "not_deals": ["about US$410 million", "more than S$1 billion", "roughly S$500 million", "S$3.40 per GPU-hour",
                  "30 cents per kWh", "S$38 per square metre a year", "S$2,400"],
}

A["013_pazifik_briefing_juni25.txt"] = {
    "published": "2025-06-20",
    "published_note": "from the issue line 'Ausgabe 27 · Freitag, 20. Juni 2025'; 'vergangenen Samstag' -> 2025-06-14, 'am Montag' -> 2025-06-16",
    "language": "de",
    "deals": [
        D("aws-australia-2025", ["Amazon"], "capex_plan", 20000000000, "AUD", "approx", "2025-06-14", "announced",
          "Bis 2029 will Amazon Web Services in Australien etwa 20 Milliarden australische Dollar ausgeben, gut 11,3 Milliarden Euro; angekündigt hat der Konzern das vergangenen Samstag.",
          term=["2025", "2029"], alt_amounts=alt((11300000000, "EUR"))),
        D("aws-australia-solar-offtake", ["Amazon"], "supply", None, None, None, "2025-06-14", "signed",
          "Zum Paket gehören drei neue Solarparks in Victoria und Queensland, deren Strom Amazon langfristig abnimmt; die Preise dieser Abnahmeverträge bleiben geheim.",
          required=False, note="offtake agreements without price; the sellers are not named"),
        D("kallang-nscc-2025", ["Kallang Compute", "National Supercomputing Centre"], "cloud_contract", 120000000, "SGD", "up_to", "2025-06-16", "signed",
          "Der GPU-Betreiber Kallang Compute hat am Montag einen Dreijahresvertrag mit dem nationalen Supercomputing-Zentrum NSCC über bis zu 120 Millionen Singapur-Dollar (rund 82 Millionen Euro) unterzeichnet."),
        D("ytl-nvidia-gb200", ["YTL Power", "Nvidia"], "supply", 1900000000, "USD", "approx", "2025-06", "rumored",
          "YTL Power hat Insidern zufolge bei Nvidia Rechensysteme vom Typ GB200 NVL72 im Wert von rund 1,9 Milliarden Dollar bestellt.",
          note="order reported by insiders, not confirmed; different from the Kulai partnership/project of December 2023"),
        D("ytl-nvidia-kulai", ["YTL Power", "Nvidia"], "partnership", None, None, None, "2023-12", "announced",
          "Es wäre der zweite große Schritt nach der Partnerschaft vom Dezember 2023, mit der die Zusammenarbeit der beiden in Kulai begann.",
          required=False, note="background reference to the 2023 deal of 003, no amount"),
    ],
    "not_deals": ["eine Milliarde australische Dollar", "3,40 Singapur-Dollar je GPU-Stunde", "2,21 Ringgit",
                  "31,4 Milliarden Yen", "180 Milliarden US-Dollar", "1.190 Euro", "179 Euro"],
}

A["014_google_vizag_deccan_en.txt"] = {
    "published": "2025-10-14",
    "published_note": "from the date line 'October 14, 2025 | 9:48 PM IST' and the dateline 'NEW DELHI, Oct 14'; 'on Tuesday' -> 2025-10-14, 'in July' -> 2025-07",
    "language": "en",
    "deals": [
        D("google-india-vizag-2025", ["Google"], "capex_plan", 15000000000, "USD", "exact", "2025-10-14", "announced",
          "NEW DELHI, Oct 14 (DLW) – Alphabet's Google has committed $15 billion to a gigawatt-scale AI data centre hub in Visakhapatnam, Andhra Pradesh, spread across the five years from 2026 through 2030, the company announced on Tuesday.",
          term=["2026", "2030"], alt_amounts=alt((12900000000, "EUR")), note="EUR figure from 015"),
        D("google-adaniconnex-airtel-vizag", ["Google", "AdaniConneX", "Bharti Airtel"], "partnership", None, None, None, "2025-10-14", "announced",
          "The campus will be developed with AdaniConneX and Bharti Airtel, which will also build a new subsea cable landing station in the port city.",
          required=False, kind_alt=["joint_venture"], note="terms not disclosed"),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 85000000000, "USD", "approx", "2025-07", "announced",
          "Alphabet lifted its capital expenditure guidance for 2025 to about $85 billion in July, the bulk of it going into servers and buildings.",
          note="capital-spending guidance for a year counts as a capex plan; Alphabet = Google"),
        D("reliance-meta-jv-2025", ["Reliance Industries", "Meta"], "joint_venture", 8550000000, "INR", "approx", "2025-10", "negotiating",
          "Separately, Reliance Industries and Meta are finalising a joint venture to sell enterprise AI tools to Indian companies, putting in about ₹855 crore at the start, according to someone involved in the talks.",
          alt_amounts=alt((84000000, "EUR")),
          note="talks from a source; signed on 2025-10-25 per 015; ₹855 crore = 8.55bn rupees"),
    ],
    "not_deals": ["more than ₹22,000 crore", "about ₹5,900 crore", "$10 billion to $12 billion", "₹2,512", "₹1,968"],
}

A["015_reliance_meta_handelsbrief.html"] = {
    "published": "2025-10-28",
    "published_note": "from the visible line 'Dienstag, 28. Oktober 2025, 06:30 Uhr' (also <meta name=date>, JSON-LD); 'Am Samstag' -> 2025-10-25, 'vor zwei Wochen' -> 2025-10, 'im Juli' -> 2025-07",
    "language": "de",
    "deals": [
        D("reliance-meta-jv-2025", ["Reliance Industries", "Meta"], "joint_venture", 8550000000, "INR", "exact", "2025-10-25", "signed",
          "Als Startkapital stecken die Partner 855 Crore Rupien in das Vorhaben, umgerechnet etwa 84 Millionen Euro; Reliance hält 70, Meta 30 Prozent.",
          note="signing 'Am Samstag' and the full names in the previous sentence; Reliance's share (598,5 Crore) in the next sentence is part of this deal"),
        D("google-india-vizag-2025", ["Google"], "capex_plan", 15000000000, "USD", "approx", "2025-10", "announced",
          "Erst vor zwei Wochen hatte Google angekündigt, zwischen 2026 und 2030 etwa 15 Milliarden Dollar (12,9 Milliarden Euro) in einen KI-Standort in Visakhapatnam zu stecken.",
          term=["2026", "2030"]),
        D("meta-capex-2025", ["Meta"], "capex_plan", 66000000000, "USD", "range", "2025-07", "announced",
          "Meta selbst hatte im Juli sein Investitionsbudget für 2025 auf 66 bis 72 Milliarden Dollar angesetzt, den Großteil für Rechenzentren in den USA.",
          amount_max=72000000000, note="'Investitionsbudget' = a company's capital-spending plan for a year, hence a deal (not a government budget)"),
    ],
    "not_deals": ["598,5 Crore Rupien", "rund 18.000 Crore Rupien", "mehr als 100 Milliarden Dollar", "349 Rupien im Monat",
                  "150 Euro Wechselbonus", "14,99 Euro im Monat"],
}

A["016_sandstone_notes_nextdc_en.txt"] = {
    "published": "2025-12-05",
    "published_note": "from the byline 'Posted 5 December 2025'; 'on Thursday'/'Yesterday' -> 2025-12-04, 'in June' -> 2025-06, 'last year' -> 2024",
    "language": "en",
    "deals": [
        D("nextdc-openai-s7-2025", ["NextDC", "OpenAI"], "project", 7000000000, "AUD", "approx", "2025-12-04", "announced",
          "NextDC and OpenAI said on Thursday they had signed a memorandum of understanding to develop a hyperscale AI campus at NextDC's S7 site in Eastern Creek, in Sydney's west, a project the pair value at about A$7 billion.",
          kind_alt=["partnership", "cloud_contract"], note="memorandum of understanding; the amount is the project's build cost"),
        D("aws-australia-2025", ["Amazon"], "capex_plan", 20000000000, "AUD", "exact", "2025-06", "announced",
          "For context, the other big cheques of the past eighteen months: Amazon Web Services' A$20 billion plan announced in June, which runs from 2025 to 2029 and bundles in solar farms, and Blackstone and CPP Investments' A$24 billion purchase of AirTrunk last year.",
          term=["2025", "2029"], note="two restated deals in one sentence"),
        D("airtrunk-acquisition-2024", ["Blackstone", "CPP Investments", "AirTrunk"], "acquisition", 24000000000, "AUD", "exact", "2024", "signed",
          "For context, the other big cheques of the past eighteen months: Amazon Web Services' A$20 billion plan announced in June, which runs from 2025 to 2029 and bundles in solar farms, and Blackstone and CPP Investments' A$24 billion purchase of AirTrunk last year.",
          note="two restated deals in one sentence"),
        D("nextdc-asia-stake-sale", ["NextDC"], "acquisition", 2000000000, "AUD", "approx", None, "rumored",
          "One loose end: NextDC dismissed as speculation a press report that it might sell part of its Asian business for around A$2 billion.",
          required=False, kind_alt=["investment"], note="denied press report, no buyer, no date -> optional"),
    ],
    "not_deals": ["A$15.71", "close to a billion Australian dollars", "A$12 million to A$15 million per megawatt",
                  "A$29.9 million", "US$500 billion", "A$8 a month", "A$380"],
}

A["017_interview_fernost_kapital.txt"] = {
    "published": None,
    "published_note": "the interview has no date at all (only 'Lesezeit: 6 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        D("softbank-corp-sharp-sakai", ["SoftBank Corp", "Sharp"], "acquisition", 100000000000, "JPY", "approx", None, "signed",
          "Die Mobilfunktochter SoftBank Corp. hat für das stillgelegte Sharp-Werk in Sakai rund 100 Milliarden Yen bezahlt."),
        D("kddi-hpe-sakai-racks", ["KDDI", "Hewlett Packard Enterprise"], "supply", None, None, None, None, "signed",
          "KDDI sitzt auf dem Nachbargelände und hat die Server-Racks dafür bei Hewlett Packard Enterprise gekauft.",
          required=False, note="price unknown; the interviewee's guess ('dreistelliger Millionenbereich in Dollar') is vague"),
        D("nextdc-openai-s7-2025", ["NextDC", "OpenAI"], "project", 7000000000, "AUD", "approx", None, "announced",
          "OpenAI hat mit NextDC eine Absichtserklärung über rund sieben Milliarden australische Dollar für einen Campus in Sydney unterschrieben.",
          kind_alt=["partnership", "cloud_contract"], note="amount in words"),
        D("lt-e2e-stake-2024", ["Larsen & Toubro", "E2E Networks"], "investment", None, None, None, None, "signed",
          "Und in Indien ist Larsen & Toubro bei E2E Networks eingestiegen – ein Industriekonzern, der plötzlich GPUs vermietet.",
          required=False, note="amount-less restatement of 007's stake"),
    ],
    "not_deals": ["über zehn Billionen Yen", "zwischen 1,5 und 2 Milliarden Yen", "20 Millionen Yen im Jahr",
                  "89 Euro im Jahr", "4.000 Euro"],
}

A["018_nariman_markets_lt_e2e_en.txt"] = {
    "published": "2026-02-12",
    "published_note": "from the date line 'Feb 12, 2026 · 08:55 IST' (a Thursday); 'on Wednesday evening' -> 2026-02-11, 'in December' -> 2025-12",
    "language": "en",
    "deals": [
        D("lt-e2e-capacity-2026", ["Larsen & Toubro", "E2E Networks"], "cloud_contract", 6400000000, "INR", "exact", "2026-02-11", "signed",
          "Larsen & Toubro's data-centre and cloud unit will rent GPU capacity from E2E Networks for three years under a contract worth ₹640 crore, E2E said in an exchange filing on Wednesday evening.",
          note="second L&T-E2E deal, different from the 2024 stake; ₹640 crore = 6.4bn rupees; three-year term; restated in a reader comment"),
        D("lt-e2e-stake-2024", ["Larsen & Toubro", "E2E Networks"], "investment", 14070000000, "INR", "exact", "2024-11", "signed",
          "L&T became E2E's largest outside shareholder in November 2024, when it paid ₹1,407 crore for about 15% of the company."),
        D("microsoft-india-2025", ["Microsoft"], "capex_plan", 17500000000, "USD", "exact", "2025-12", "announced",
          "The contract lands after two American giants raised the stakes in December: Microsoft promised $17.5 billion for Indian cloud and AI infrastructure from 2026 to 2029, while Amazon put upwards of $35 billion on the table for India until the end of the decade, counting all of its businesses.",
          term=["2026", "2029"], note="two capex plans in one sentence"),
        D("amazon-india-2025", ["Amazon"], "capex_plan", 35000000000, "USD", "at_least", "2025-12", "announced",
          "The contract lands after two American giants raised the stakes in December: Microsoft promised $17.5 billion for Indian cloud and AI infrastructure from 2026 to 2029, while Amazon put upwards of $35 billion on the table for India until the end of the decade, counting all of its businesses.",
          term=[None, "2030"], note="'upwards of' -> at_least; 'until the end of the decade' -> 2030"),
    ],
    "not_deals": ["₹2,714.30", "₹5,400 crore", "₹48.6 crore", "₹11 crore", "₹67 per hour", "₹3,400",
                  "₹15 per executed order"],
}

A["019_rechenhafen_japan_blog.txt"] = {
    "published": "2026-06-18",
    "published_note": "from the byline 'veröffentlicht am 18.06.2026'; 'im März 2025' -> 2025-03, 'Im Mai' -> 2026-05, 'Mitte Juni' -> 2026-06",
    "language": "de",
    "deals": [
        D("softbank-corp-sharp-sakai", ["SoftBank Corp", "Sharp"], "acquisition", 100000000000, "JPY", "approx", "2025-03", "signed",
          "Den Grundstein legte der Kauf des früheren Sharp-Werks in Sakai im März 2025 für rund 100 Milliarden Yen; die ersten Hallen dort laufen seit dem Frühjahr.",
          note="buyer SoftBank Corp. from the previous sentence"),
        D("softbank-corp-capex-fy2026", ["SoftBank Corp"], "capex_plan", 800000000000, "JPY", "approx", "2026-05", "announced",
          "Im Mai kündigte der Konzern an, im laufenden Geschäftsjahr rund 800 Milliarden Yen zu investieren, so viel wie nie – gut ein Drittel davon soll in KI-Rechenzentren fließen.",
          note="'der Konzern' = SoftBank Corp.; capex plan for the fiscal year; different from the 2024 compute plan in 002"),
        D("softbank-corp-kitasora-ppa", ["SoftBank Corp", "Kitasora Energy"], "supply", 4800000000, "JPY", "approx", "2026-06", "signed",
          "Über 15 Jahre zahlt der Konzern jährlich rund 4,8 Milliarden Yen.",
          per="year", term=["2026", "2041"],
          note="parties and 'Mitte Juni' in the previous sentence (power purchase agreement for Tomakomai); yearly rate over 15 years; term years approximate"),
    ],
    "not_deals": ["15.000 Yen pro Quadratmeter", "45 Milliarden Yen", "bis zu 50,1 Milliarden Yen",
                  "rund 19 Yen je Kilowattstunde", "5 Euro im Monat"],
}

A["020_kanda_letter_apac_nov26_en.txt"] = {
    "published": "2026-11-19",
    "published_note": "from the issue line 'Issue 151 · Thursday, 19 November 2026'; 'last week' -> 2026-11, 'on Monday' -> 2026-11-16, 'last year' -> 2025, 'since August' -> 2026-08",
    "language": "en",
    "deals": [
        D("airtrunk-loan-2026", ["AirTrunk"], "other", 4600000000, "AUD", "exact", "2026-11", "signed",
          "AirTrunk has signed a A$4.6 billion sustainability-linked loan with a club of 19 banks to refinance older debt and fund its next halls in Sydney and Johor, the Blackstone-controlled operator said last week.",
          note="loan from unnamed banks; Blackstone is the owner, not a party to the loan"),
        D("weidach-ytl-maintenance-2026", ["YTL Power", "Weidach Kältetechnik"], "other", 12000000, "EUR", "approx", "2026-11-16", "signed",
          "YTL Power has handed a ten-year maintenance contract for the cooling plant at its Kulai campus to Weidach Kältetechnik, the Bavarian firm that built it, for about €12 million, the German company said on Monday.",
          kind_alt=["supply"], term=["2026", "2036"],
          note="second Weidach-YTL deal, different from the 2024 cooling order in 004; term years approximate"),
        D("ytl-nvidia-gb200", ["YTL Power", "Nvidia"], "supply", 1900000000, "USD", "approx", "2025", "completed",
          "The campus now runs the GB200 systems YTL bought from Nvidia last year for roughly $1.9 billion.",
          note="the order rumoured in 013, now confirmed as delivered"),
        D("singtel-kallang-talks-2026", ["Singtel", "Kallang Compute"], "acquisition", 600000000, "SGD", "approx", "2026-08", "cancelled",
          "Singtel has walked away from talks to buy Kallang Compute, the GPU cloud it had been negotiating with since August; the two sides had discussed a price of about S$600 million, two insiders said.",
          note="failed takeover talks keep the date of the talks"),
        D("kallang-nscc-2025", ["Kallang Compute", "National Supercomputing Centre"], "cloud_contract", 120000000, "SGD", "up_to", None, "signed",
          "Sticking points were Kallang's national contract with the NSCC, worth up to S$120 million, which runs until mid-2028, and what happens to staff options.",
          note="restated without signing date"),
    ],
    "not_deals": ["well over A$30 billion", "about RM2.2 billion", "¥3,080", "¥39 billion", "$4.8 trillion",
                  "around $3 million", "¥14,000", "¥52,000 a year"],
}

ALIASES = {
    "Microsoft": ["Microsoft"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Oracle": ["Oracle", "Oracles"],
    "SoftBank Corp": ["SoftBank Corp.", "SoftBank Corp"],
    "SoftBank Group": ["SoftBank Group", "Softbank Group", "Softbank", "SoftBank", "Softbank-Konzern"],
    "KDDI": ["KDDI"],
    "Sakura Internet": ["Sakura Internet", "Sakura"],
    "Sharp": ["Sharp"],
    "OpenAI": ["OpenAI", "OpenAIs"],
    "Nvidia": ["Nvidia"],
    "Google": ["Google", "Alphabet", "Google Cloud"],
    "YTL Power": ["YTL Power", "YTL Power International", "YTL"],
    "Weidach Kältetechnik": ["Weidach Kältetechnik GmbH", "Weidach Kältetechnik", "Weidach"],
    "Illertal Volksbank": ["Illertal Volksbank"],
    "Blackstone": ["Blackstone"],
    "CPP Investments": ["CPP Investments"],
    "AirTrunk": ["AirTrunk"],
    "Macquarie Asset Management": ["Macquarie Asset Management", "Macquarie"],
    "PSP Investments": ["PSP Investments"],
    "QTS": ["QTS"],
    "NextDC": ["NextDC"],
    "Larsen & Toubro": ["Larsen & Toubro", "L&T"],
    "E2E Networks": ["E2E Networks", "E2E"],
    "AdaniConneX": ["AdaniConneX"],
    "Yotta": ["Yotta Data Services", "Yotta"],
    "IndiaAI Mission": ["IndiaAI Mission", "IndiaAI"],
    "Mizuho": ["Mizuho"],
    "Kallang Compute": ["Kallang Compute", "Kallang"],
    "Lornie Ventures": ["Lornie Ventures"],
    "National Supercomputing Centre": ["National Supercomputing Centre", "NSCC"],
    "Singtel": ["Singtel"],
    "Bharti Airtel": ["Bharti Airtel", "Airtel"],
    "Reliance Industries": ["Reliance Industries", "Reliance"],
    "Meta": ["Meta", "Metas"],
    "Hewlett Packard Enterprise": ["Hewlett Packard Enterprise"],
    "Kitasora Energy": ["Kitasora Energy"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
