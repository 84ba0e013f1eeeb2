#!/usr/bin/env python3
"""Write gold.json for tests/corpus157 (the hand annotation of articles/).

Edit the annotation here, then run:  python3 tests/corpus157/make_gold.py
and check it with:                   python3 tests/corpus157/check_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 157th, held-out test corpus (tests/corpus157/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: HR, staffing and payroll companies in the AI boom "
    "(AI-recruiting takeovers, software licences, cloud contracts, stakes in HR-tech start-ups, workforce "
    "deals with AI labs). One entry per article; a deal that several articles report carries the same id in "
    "each. 'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | "
    "range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as "
    "another article (or the same article) states it in another currency or at another precision. 'date' is "
    "when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <meta>/<time>, issue line "
    "or byline, or null when the article has none); quarters, half-years and seasons become the year; a "
    "cancelled deal keeps the date of the original offer or talks; 'term' is the period the deal covers, where "
    "the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Corrisbeck Talent, Alder Quay Ventures, Quendel Personaldienste, Schichtwerk, Bankhaus "
    "Wöstendiek, Lohnkompass, Mühlstein Capital, Hirevane, Quorvex Labs, Sarangi Datawork, Kizashi Talent, "
    "Vitsand Bemanning, Kadrowo, Yarnwick Payroll, Zeitkante Analytics, Gullrock Partners, Pemberlowe Capital, "
    "Fennhaus AI, Abrechnungszentrum Gräfenstein; invented publications, research houses, advertisers and "
    "people are listed in invented_names.txt; the deals of real companies are partly real, partly invented or "
    "shifted. Nothing here is reporting."
)

ALIASES = {
    "Workday": ["Workday", "Workday Inc.", "Workdays"],
    "HiredScore": ["HiredScore"],
    "Alder Quay Ventures": ["Alder Quay Ventures", "Alder Quay"],
    "Corrisbeck Talent": ["Corrisbeck Talent", "Corrisbeck", "Corrisbecks"],
    "Adecco": ["Adecco", "Adecco Group"],
    "Quendel Personaldienste": ["Quendel Personaldienste", "Quendel Personaldienste GmbH", "Quendel", "Quendels"],
    "Schichtwerk": ["Schichtwerk", "Schichtwerk GmbH"],
    "Bankhaus Wöstendiek": ["Bankhaus Wöstendiek", "Wöstendiek"],
    "Personio": ["Personio", "Personios"],
    "Lightspeed Venture Partners": ["Lightspeed Venture Partners", "Lightspeed"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "DATEV": ["DATEV", "DATEV eG"],
    "Lohnkompass": ["Lohnkompass"],
    "Randstad": ["Randstad", "Randstad N.V.", "Randstads"],
    "Hirevane": ["Hirevane"],
    "ADP": ["ADP", "Automatic Data Processing"],
    "WorkForce Software": ["WorkForce Software"],
    "Quorvex Labs": ["Quorvex Labs", "Quorvex"],
    "Sarangi Datawork": ["Sarangi Datawork", "Sarangi"],
    "ManpowerGroup": ["ManpowerGroup", "Manpower", "Experis"],
    "Paychex": ["Paychex"],
    "Paycor": ["Paycor", "Paycor HCM"],
    "Pemberlowe Capital": ["Pemberlowe Capital", "Pemberlowe"],
    "Mühlstein Capital": ["Mühlstein Capital", "Mühlstein"],
    "Microsoft": ["Microsoft", "Azure"],
    "Vitsand Bemanning": ["Vitsand Bemanning", "Vitsand"],
    "Kadrowo": ["Kadrowo"],
    "Yarnwick Payroll": ["Yarnwick Payroll", "Yarnwick"],
    "Google": ["Google", "Google Cloud"],
    "SAP": ["SAP", "SAP SE", "SAP SuccessFactors", "SuccessFactors"],
    "SmartRecruiters": ["SmartRecruiters"],
    "Sana": ["Sana", "Sana Labs"],
    "Paradox": ["Paradox"],
    "Recruit Holdings": ["Recruit Holdings", "Recruit"],
    "Mercor": ["Mercor"],
    "Felicis": ["Felicis", "Felicis Ventures"],
    "Kizashi Talent": ["Kizashi Talent", "Kizashi"],
    "Fennhaus AI": ["Fennhaus AI", "Fennhaus"],
    "Zeitkante Analytics": ["Zeitkante Analytics", "Zeitkante"],
    "Gullrock Partners": ["Gullrock Partners", "Gullrock"],
    "Abrechnungszentrum Gräfenstein": ["Abrechnungszentrum Gräfenstein", "Gräfenstein"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_workday_hiredscore_requisition_en.txt"] = A(
    "2024-02-22", "from the issue line 'No. 14 · Thursday 22 February 2024'; 'on Tuesday' -> 2024-02-20, "
    "'closed on Monday' -> 2024-02-19", "en",
    [
        D("workday-hiredscore", ["Workday", "HiredScore"], "acquisition", 530_000_000, "USD", "approx",
          "2024-02-20", "signed",
          "Two bankers who have read the paperwork put it at roughly $530 million, retention packages for the founders included.",
          note="price only from two bankers ('it' = the price, 'roughly'); buyer, target and 'said on Tuesday' in the "
               "sentences before ('The Pleasanton group' = Workday); repeated in 'BY THE NUMBERS'"),
        D("alderquay-corrisbeck-seriesa", ["Alder Quay Ventures", "Corrisbeck Talent"], "investment", 18_000_000,
          "GBP", "exact", "2024-02-19", "completed",
          "Corrisbeck Talent, a two-year-old Shoreditch outfit that interviews warehouse and care-home applicants by voice, has raised £18 million.",
          note="lead investor and 'closed on Monday' in the next sentence; post-money valuation £72m is not a deal"),
        D("adecco-corrisbeck-reseller", ["Adecco", "Corrisbeck Talent"], "partnership", None, None, None,
          "2024-02", "signed",
          "Separately, Corrisbeck has agreed a reseller arrangement with Adecco under which the Swiss group's UK branches will offer the voice screener to their clients.",
          note="no amount, no day -> month of the newsletter; first of two Adecco–Corrisbeck deals (the 2025 "
               "takeover is 'adecco-corrisbeck')"),
    ],
    ["$7.26 billion", "around $4 per processed requisition", "£72 million", "under £3 million", "$3.1 billion",
     "Seats $149", "team of five $590", "£68,000 to £74,000", "£9 a month"],
)

ARTICLES["002_quendel_schichtwerk_dalkebote.txt"] = A(
    "2024-04-16", "from the dateline without year 'Gütersloh, 16. April (db)', year from the copyright line "
    "'© 2024 Dalkebote Verlagsgesellschaft'; 'am Montag' -> 2024-04-15", "de",
    [
        D("quendel-schichtwerk", ["Quendel Personaldienste", "Schichtwerk"], "acquisition", 38_000_000, "EUR",
          "exact", "2024-04-15", "signed",
          "Gütersloh, 16. April (db) – 38 Millionen Euro legt die Gütersloher Quendel Personaldienste GmbH für ihren bislang größten Zukauf auf den Tisch.",
          kind_alt=["investment"],
          note="amount first; the target (80 % of Schichtwerk, 'Der Personaldienstleister') in the next sentence, "
               "the signing 'am Montag' in the one after; implied valuation €47.5m is not a deal"),
        D("woestendiek-quendel-loan", ["Bankhaus Wöstendiek", "Quendel Personaldienste"], "other", 12_000_000,
          "EUR", "exact", "2024-04", "signed",
          "Das Institut stellt dem Personaldienstleister ein Darlehen über zwölf Millionen Euro bereit, das über sieben Jahre zurückgezahlt wird; den Rest bezahlt Quendel aus eigenen Mitteln.",
          kind_alt=["investment"],
          note="amount in words; 'Das Institut' = Bankhaus Wöstendiek (previous sentence); loan for part of the "
               "purchase price, no own day -> month"),
    ],
    ["212 Millionen Euro", "47,5 Millionen Euro", "rund 1,8 Millionen Euro", "9,4 Millionen Euro",
     "13,50 Euro pro Stunde", "500 Euro"],
)

ARTICLES["003_personio_seriese_gannetline_en.txt"] = A(
    "2024-06-18", "from the stamp 'June 18, 2024 · 06:55 CEST' (dateline 'MUNICH, June 17'); 'said on Monday' "
    "-> 2024-06-17", "en",
    [
        D("personio-seriese-2024", ["Personio", "Lightspeed Venture Partners"], "investment", 290_000_000, "USD",
          "exact", "2024-06-17", "completed",
          "MUNICH, June 17 (Gannetline) - Personio, the Munich maker of HR and payroll software for small and mid-sized companies, said on Monday it had raised $290 million in a Series E round led by Lightspeed Venture Partners, its largest raise since the pandemic-era funding boom.",
          alt=[(270_000_000, "EUR")],
          note="004 restates it as 'rund 270 Millionen Euro' (alt_amounts); valuation $8.4bn is not a deal"),
        D("personio-aws-commitment", ["Personio", "Amazon"], "cloud_contract", 200_000_000, "EUR", "at_least",
          "2024-03", "signed",
          "Personio also disclosed that in March it entered into a five-year deal with Amazon Web Services under which it has committed to spend at least 200 million euros on the Amazon unit's cloud services, including access to foundation models through AWS's Bedrock platform.",
          note="minimum-spend commitment over five years; 'in March' -> 2024-03"),
    ],
    ["$8.4 billion", "$400 million in annual recurring revenue", "8 euros per employee and month",
     "2.9 billion euros"],
)

ARTICLES["004_datev_lohnkompass_lohnlauf.html"] = A(
    "2024-07-04", "from <meta name=date>, <time datetime> and the visible 'Do., 04.07.2024 · 09:20 Uhr'; "
    "'am Mittwoch' -> 2024-07-03", "de",
    [
        D("datev-lohnkompass-licence", ["DATEV", "Lohnkompass"], "supply", 4_200_000, "EUR", "approx",
          "2024-07-03", "signed",
          "Über die Laufzeit von fünf Jahren, beginnend im Januar 2025, zahlt die DATEV dafür jährlich rund 4,2 Millionen Euro, wie beide Seiten bestätigten.",
          per="year", term=["2025-01", "2029"], kind_alt=["other", "cloud_contract"],
          note="software licence, yearly rate ('jährlich rund'); signing 'am Mittwoch' and the licensor "
               "('Die Genossenschaft der Steuerberater' = DATEV, 'Lohnkompass') in the previous sentence; first of "
               "two DATEV–Lohnkompass deals (the 2026 stake is 'datev-lohnkompass-stake-2026')"),
        D("personio-seriese-2024", ["Personio", "Lightspeed Venture Partners"], "investment", 270_000_000, "EUR",
          "approx", "2024-06", "completed",
          "Der Münchner Anbieter Personio hatte sich im Juni rund 270 Millionen Euro bei Investoren um Lightspeed besorgt und will das Geld auch in KI-Assistenten stecken.",
          note="same round as 003 (USD, day), here in EUR with the month only"),
    ],
    ["1,10 Euro je geprüfter Abrechnung", "1,45 Milliarden Euro", "7,8 Milliarden Euro", "Teilnahme 79 Euro"],
)

ARTICLES["005_randstad_hirevane_tapeglass_en.txt"] = A(
    "2024-09-12", "from the portal stamp 'Sep 12, 2024 · 9:41 AM CEST'; 'on Wednesday' -> 2024-09-11, "
    "'last month' -> 2024-08", "en",
    [
        D("randstad-hirevane-stake-2024", ["Randstad", "Hirevane"], "acquisition", 45_000_000, "EUR", "exact",
          "2024-09-11", "signed",
          "Randstad, the world's largest staffing group by revenue, will pay €45 million for a 19.9% stake in Hirevane, a Berlin start-up that uses language models to match temporary workers with open shifts and to pre-screen candidates by chat.",
          alt=[(50_000_000, "USD")], kind_alt=["investment"],
          note="'The Dutch company announced the investment on Wednesday' in the next sentence; 'roughly $50 "
               "million' two sentences later; first of two Randstad–Hirevane deals (the 2026 takeover is "
               "'randstad-hirevane-takeover'); implied valuation €226m is not a deal"),
        D("adp-workforcesoftware", ["ADP", "WorkForce Software"], "acquisition", None, None, None, "2024-08",
          "signed",
          "ADP agreed last month to acquire WorkForce Software, a supplier of time-tracking and scheduling tools for large shift-based employers; financial terms were not disclosed.",
          required=False, note="peer background without amount"),
    ],
    ["€46.12", "$281.40", "€226 million", "€11 million of revenue", "€8.3 billion", "€52", "€2.13 per share",
     "€41.06 and €53.20", "€47.35", "above €49", "€25.4bn", "€1.05bn", "€1.1bn", "€0 commission", "minimum deposit €500"],
)

ARTICLES["006_sarangi_quorvex_punemercantile_en.txt"] = A(
    "2024-11-27", "from 'Posted: 27 Nov 2024, 10:14 IST'; 'signed on Tuesday' -> 2024-11-26; 'a week after' "
    "-> 2024-11", "en",
    [
        D("quorvex-sarangi-contract", ["Quorvex Labs", "Sarangi Datawork"], "other", 5_200_000_000, "INR",
          "exact", "2024-11-26", "signed",
          "The deal, signed on Tuesday, is worth Rs 520 crore (about $62 million) over its term, Sarangi said in a statement to the exchange where its debt is listed.",
          alt=[(62_000_000, "USD")], kind_alt=["supply"],
          note="Rs 520 crore = INR 5.2bn; workforce (rating/annotation) contract over three years; parties in "
               "the previous sentence ('has won a three-year contract from Quorvex Labs')"),
        D("quorvex-sarangi-jv", ["Quorvex Labs", "Sarangi Datawork"], "joint_venture", 400_000_000, "INR",
          "exact", "2024-11-26", "signed",
          "Initial capital for the venture is Rs 40 crore, to be contributed equally, the statement said.",
          kind_alt=["project"],
          note="'The two firms will additionally form an equally owned joint venture in Pune' (previous sentence); "
               "different from the contract of the same pair"),
        D("manpower-sarangi-stake", ["ManpowerGroup", "Sarangi Datawork"], "investment", 30_000_000, "USD",
          "exact", "2024-11", "announced",
          "The US staffing group's Experis technology arm will invest $30 million in new shares, subject to approval from the Competition Commission of India, with completion expected in the first quarter of 2025.",
          kind_alt=["acquisition"],
          note="24 % stake announced 'a week' before the contract (previous sentence); 'The US staffing group' = "
               "ManpowerGroup, Experis its unit; implied value $125m is not a deal"),
    ],
    ["Rs 148 crore", "Rs 97 crore", "Rs 6 crore", "Rs 28,000 and Rs 36,000 a month", "Rs 15 crore",
     "$125 million", "$1.1 billion", "8.35% a year"],
)

ARTICLES["007_paychex_paycor_foxbridge_en.txt"] = A(
    "2025-01-08", "from 'January 8, 2025 | 07:02 ET' (dateline 'Jan 7'); 'agreed on Tuesday' -> 2025-01-07", "en",
    [
        D("paychex-paycor", ["Paychex", "Paycor"], "acquisition", 4_200_000_000, "USD", "approx", "2025-01-07",
          "signed",
          "ROCHESTER, N.Y., Jan 7 (Foxbridge) - Paychex agreed on Tuesday to acquire Paycor HCM for about $4.2 billion including debt, the payroll provider's biggest deal in its five-decade history, as it looks to sell more software and AI tools to companies with a few hundred to a few thousand staff.",
          alt=[(4_000_000_000, "EUR")],
          note="008 restates it as 'knapp vier Milliarden Euro' (alt_amounts); the $22.75 per share is not a "
               "separate deal"),
        D("pemberlowe-paycor-offer", ["Pemberlowe Capital", "Paycor"], "acquisition", 3_000_000_000, "USD",
          "approx", "2024-04", "cancelled",
          "Buyout firm Pemberlowe Capital offered roughly $3 billion for Paycor in April 2024, but Paycor's board turned the proposal down as too low, according to two people who were told of the talks at the time.",
          note="refused offer from sources; keeps the date of the offer"),
    ],
    ["$22.75 in cash per share", "$90 million annually", "$655 million", "$5.3 billion", "$22.41", "$141.90",
     "$51 billion", "$158"],
)

ARTICLES["008_wochenrueckblick_entgeltbrief.txt"] = A(
    "2025-02-14", "from the issue line 'Ausgabe 7/2025 · Freitag, 14. Februar 2025'; 'vergangene Woche' -> "
    "2025-02, 'Anfang Januar' -> 2025-01", "de",
    [
        D("muehlstein-lohnkompass-seriesa", ["Mühlstein Capital", "Lohnkompass"], "investment", 24_000_000,
          "EUR", "exact", "2025-02", "completed",
          "Das Nürnberger Start-up Lohnkompass, dessen KI Entgeltabrechnungen auf Fehler prüft, hat vergangene Woche eine Finanzierungsrunde über 24 Millionen Euro unter Dach gebracht.",
          note="lead ('Den größten Anteil übernahm Mühlstein Capital') in the next sentence; valuation ~€110m is "
               "not a deal"),
        D("datev-lohnkompass-licence", ["DATEV", "Lohnkompass"], "supply", None, None, None, None, "signed",
          "Lohnkompass liefert seit Jahresbeginn sein Prüfmodul an die DATEV, die es in die Lohnprogramme der Kanzleien einbaut.",
          required=False, kind_alt=["other", "cloud_contract"],
          note="amount-less restatement of the 2024 licence (004); no agreement date given"),
        D("adecco-corrisbeck", ["Adecco", "Corrisbeck Talent"], "acquisition", 120_000_000, "GBP", "range", "2025",
          "rumored",
          "Im Gespräch seien zwischen 120 und 150 Millionen Pfund, heißt es von zwei Personen, die mit den Gesprächen befasst sind.",
          amount_max=150_000_000, alt=[(140_000_000, "GBP"), (188_000_000, "USD")],
          note="rumour from insiders; buyer and target in the previous sentence ('will sich ... einverleiben'); "
               "signed at £140m ($188m) on 2025-06-09 (011, alt_amounts); the year keeps the shared id's dates "
               "consistent"),
        D("paychex-paycor", ["Paychex", "Paycor"], "acquisition", 4_000_000_000, "EUR", "approx", "2025-01",
          "signed",
          "Anfang Januar hatte der US-Lohnabrechner Paychex vereinbart, den Konkurrenten Paycor für knapp vier Milliarden Euro einschließlich Schulden zu kaufen.",
          note="same deal as 007 (USD, day), here in EUR words with the month only; 'knapp' -> approx"),
    ],
    ["rund 110 Millionen Euro", "12,82 Euro", "4,6 Milliarden Euro", "Teilnahme 59 Euro", "Jahresabo 189 Euro"],
)

ARTICLES["009_adecco_microsoft_sihlquai_en.txt"] = A(
    "2025-03-20", "from the dateline 'ZURICH, 20 March 2025'; 'said on Wednesday' -> 2025-03-19", "en",
    [
        D("adecco-microsoft-cloud", ["Adecco", "Microsoft"], "cloud_contract", 180_000_000, "CHF", "approx",
          "2025-03-19", "signed",
          "The contract is worth about CHF 180 million (€188 million) over its term, which starts in April, according to a person briefed on its terms.",
          alt=[(188_000_000, "EUR")], term=["2025-04", "2030"],
          note="five-year contract; parties and 'said on Wednesday' in the previous sentence ('Adecco Group has "
               "tied itself to Microsoft'); value from a person briefed"),
        D("adecco-ai-plan", ["Adecco"], "capex_plan", 300_000_000, "CHF", "up_to", "2025-03-19", "planned",
          "In parallel, the group intends to spend up to CHF 300 million between now and 2028 on AI tools for its consultants, ranging from automated job-ad writing to chat assistants that keep candidates informed between interviews.",
          required=False, term=["2025", "2028"],
          note="group-wide spending plan that partly contains the Microsoft contract; optional"),
    ],
    ["€23.1 billion", "CHF 22.40", "CHF 27 from CHF 25", "CHF 1.00 per share", "CHF 104,000 a year",
     "CHF 40 million programme", "first month CHF 1, then CHF 24 a month"],
)

ARTICLES["010_personal_liveticker_schichtwechsel.txt"] = A(
    "2025-05-06", "from the ticker date 'Dienstag, 6. Mai 2025' (entries by time); 'am Montagabend' -> "
    "2025-05-05, 'heute früh' -> 2025-05-06", "de",
    [
        D("workday-personio-rumour", ["Workday", "Personio"], "acquisition", 10_000_000_000, "USD", "at_least",
          "2025-05", "rumored",
          "Dementi aus München: Personio weist einen Bericht eines US-Branchendienstes zurück, wonach Workday eine Offerte von mehr als zehn Milliarden Dollar für das Münchner Unternehmen prüfe.",
          required=False, note="denied rumour ('mehr als zehn Milliarden', words); optional"),
        D("vitsand-kadrowo", ["Vitsand Bemanning", "Kadrowo"], "acquisition", 210_000_000, "PLN", "exact",
          "2025-05-06", "signed",
          "Der Kaufpreis liegt bei 210 Millionen Zloty (rund 49 Millionen Euro), teilte Vitsand heute früh in Göteborg mit.",
          alt=[(49_000_000, "EUR")],
          note="buyer and target in the previous sentence"),
        D("manpower-quorvex-raters-2025", ["ManpowerGroup", "Quorvex Labs"], "other", 8_000_000, "USD", "exact",
          "2025-05-05", "signed",
          "Quorvex zahlt dafür acht Millionen Dollar im Monat, die Laufzeit beträgt zunächst 18 Monate.",
          per="month", term=["2025-06", "2026-11"], kind_alt=["supply"],
          note="monthly rate in words; parties and 'am Montagabend' two sentences before ('Der "
               "US-Personaldienstleister ... über seine Tochter Experis'); first of two ManpowerGroup–Quorvex "
               "deals (the 2026 stake is 'manpower-quorvex-stake-2026')"),
    ],
    ["rund 1,2 Milliarden Euro", "3,50 Euro je Mitarbeiter und Monat", "38,71 Euro", "21,06 Franken",
     "zwischen 45 und 120 Dollar", "5,7 Milliarden Euro", "171 Millionen Euro"],
)

ARTICLES["011_adecco_corrisbeck_headcount_en.html"] = A(
    "2025-06-10", "from <meta article:published_time> and the byline 'Tue 10 Jun 2025 07:40 BST'; 'on Monday' -> "
    "2025-06-09, 'last week' -> 2025-06", "en",
    [
        D("adecco-corrisbeck", ["Adecco", "Corrisbeck Talent"], "acquisition", 140_000_000, "GBP", "exact",
          "2025-06-09", "signed",
          "Adecco has agreed to buy Corrisbeck Talent, the Shoreditch start-up whose software interviews job applicants by phone, in a deal worth £140 million (about $188 million).",
          alt=[(188_000_000, "USD")],
          note="'The Swiss staffing group signed the agreement on Monday' (next sentence); the rumour of 008 "
               "signed; Alder Quay's ~£38m is its share of the price, not a deal"),
        D("yarnwick-google-cloud", ["Yarnwick Payroll", "Google"], "cloud_contract", 64_000_000, "GBP", "exact",
          "2025-06", "signed",
          "In a separate deal, Leeds-based Yarnwick Payroll, which runs salaries for about 1,900 employers across the North of England, has signed a seven-year contract worth £64m with Google Cloud.",
          note="'The contract was signed last week' -> 2025-06"),
    ],
    ["about £38 million", "£9.5 million", "less than £3 million", "£12.21 an hour", "£2 per payslip"],
)

ARTICLES["012_sap_smartrecruiters_rheinneckarkontor.txt"] = A(
    "2025-08-26", "from the date line 'Dienstag, 26. August 2025 · Unternehmen · Seite 11'; 'am Montag' -> "
    "2025-08-25, 'vergangene Woche' -> 2025-08", "de",
    [
        D("sap-smartrecruiters", ["SAP", "SmartRecruiters"], "acquisition", 1_400_000_000, "EUR", "approx",
          "2025-08-25", "signed",
          "Nach Informationen aus Finanzkreisen liegt der Preis bei rund 1,4 Milliarden Euro.",
          note="price only from financial circles; buyer, target and 'am Montag' two sentences before "
               "('SAP hat am Montag eine Vereinbarung zur Übernahme von SmartRecruiters unterzeichnet')"),
        D("datev-capex-2028", ["DATEV"], "capex_plan", 250_000_000, "EUR", "approx", "2025-08", "planned",
          "DATEV: Rund 250 Millionen Euro will die Nürnberger Genossenschaft bis Ende 2028 in neue Rechenzentrumsflächen und eigene KI-Dienste stecken, wie sie vergangene Woche ankündigte.",
          term=[None, "2028"], note="own investment programme, spender only"),
    ],
    ["5,1 Milliarden Euro", "247,35 Euro", "290 Euro", "1,5 Milliarden Euro", "1,6 Milliarden Euro bis 2029",
     "62.000 Euro im Jahr", "6,90 Euro pro Abrechnung"],
)

ARTICLES["013_workday_sana_promptgrid_en.txt"] = A(
    "2025-09-17", "from the byline 'Sep 17, 2025, 5:12 am PT'; 'on Tuesday' -> 2025-09-16, 'Last month' -> "
    "2025-08", "en",
    [
        D("workday-sana", ["Workday", "Sana"], "acquisition", 1_150_000_000, "USD", "exact", "2025-09-16", "signed",
          "Workday is paying $1.15 billion in cash for Sana, the Stockholm company behind an AI assistant that searches a firm's documents, answers employees' questions and builds short training courses on the fly.",
          alt=[(1_000_000_000, "EUR")],
          note="'announced the agreement on Tuesday' in the next sentence; 014 restates it as 'knapp eine "
               "Milliarde Euro' (alt_amounts)"),
        D("workday-paradox", ["Workday", "Paradox"], "acquisition", None, None, None, "2025-08", "signed",
          "Last month it agreed to acquire Paradox, the Arizona maker of a chat assistant that schedules interviews for hourly workers at fast-food and retail chains.",
          required=False, note="'it' = Workday; price not given ('Nobody has said what that one cost')"),
    ],
    ["$8.2 billion", "$40 per user per month", "$8.8 billion in subscription revenue", "$231.60",
     "$5 billion share repurchase programme", "$15 billion by 2030", "$12 a month or $110 a year"],
)

ARTICLES["014_hirevane_recruit_kursfunzel.txt"] = A(
    "2025-10-01", "from the portal stamp '01.10.2025 | 07:48 Uhr'; 'am Montag' -> 2025-09-29 (the rejection), "
    "'im Sommer' -> 2025, 'Mitte September' -> 2025-09", "de",
    [
        D("recruit-hirevane-offer", ["Recruit Holdings", "Hirevane"], "acquisition", 400_000_000, "USD", "exact",
          "2025", "cancelled",
          "Der Vorstand hat ein Übernahmeangebot der japanischen Recruit Holdings abgelehnt, das den Personalvermittler mit 400 Millionen Dollar bewertet hätte.",
          note="rejected offer (value in a relative clause); made 'im Sommer' -> 2025, rejection published "
               "2025-09-29; Randstad's 19.9 % holding is a shareholding, not a deal mention"),
        D("workday-sana", ["Workday", "Sana"], "acquisition", 1_000_000_000, "EUR", "approx", "2025-09", "signed",
          "Mitte September hatte das Unternehmen die Übernahme des schwedischen KI-Spezialisten Sana für knapp eine Milliarde Euro angekündigt.",
          note="'das Unternehmen' = Workday (previous sentence); same deal as 013 (USD, day), here in EUR with "
               "the month only"),
    ],
    ["27 Millionen Euro", "von 290 auf 260 Dollar", "231,84 USD", "197,80 EUR", "62,1 Mrd. USD", "8.412 JPY", "205,33 – 294,00 USD",
     "200 Euro Prämie", "2.500 Euro"],
)

ARTICLES["015_staffing_ai_labour_oxlade_en.txt"] = A(
    "2025-10-28", "from the note header '28 October 2025 · Prices as of close on 27 October 2025'; 'on Monday' "
    "-> 2025-10-27, 'earlier this month' -> 2025-10", "en",
    [
        D("felicis-mercor-seriesc", ["Felicis", "Mercor"], "investment", 360_000_000, "USD", "exact",
          "2025-10-27", "completed",
          "Mercor, the San Francisco platform that recruits doctors, lawyers, bankers and software engineers for AI labs, said on Monday that Felicis had led its $360 million Series C.",
          note="valuation $10bn, payouts and run-rate are not deals"),
        D("recruit-kizashi", ["Recruit Holdings", "Kizashi Talent"], "acquisition", 48_000_000_000, "JPY", "exact",
          "2025-10", "signed",
          "The price is ¥48 billion ($315 million), payable in cash.",
          alt=[(315_000_000, "USD")],
          note="buyer, target and 'earlier this month' in the previous sentence"),
    ],
    ["$10 billion", "more than $1.5 million a day", "$500 million", "$95 an hour", "¥10,400", "€44 for Randstad",
     "CHF 26", "$48 for ManpowerGroup", "$30 billion by 2028", "¥3.65trn", "¥3.82trn", "€23.0bn", "€23.6bn", "$17.6bn", "$17.9bn"],
)

ARTICLES["016_ki_fachkraefte_tarifwerk.txt"] = A(
    "2025-11-20", "from the issue line 'Ausgabe 11/2025 · 20. November 2025 · Seite 22–24'; 'im Oktober' -> "
    "2025-10, 'am 4. November' -> 2025-11-04", "de",
    [
        D("randstad-fennhaus-contract", ["Randstad", "Fennhaus AI"], "other", 27_000_000, "EUR", "exact",
          "2025-10", "signed",
          "Das Auftragsvolumen beziffern beide Seiten auf 27 Millionen Euro.",
          kind_alt=["supply"],
          note="two-year workforce contract; 'beide Seiten' = Randstad and Fennhaus AI, named with 'im Oktober' "
               "two sentences before"),
        D("personio-zeitkante", ["Personio", "Zeitkante Analytics"], "acquisition", 58_000_000, "EUR", "exact",
          "2025-11-04", "signed",
          "Die 58-Millionen-Euro-Übernahme ist der bislang größte Zukauf der Münchner.",
          note="compound amount; buyer, target and 'am 4. November' in the previous sentence ('der Münchner' = "
               "Personio)"),
    ],
    ["bis zu 90 Euro", "zehn Milliarden Dollar", "4,3 Millionen Euro", "rund 1.800 Euro",
     "Einzelheft 14,90 Euro", "Jahresabo 149 Euro"],
)

ARTICLES["017_corrisbeck_interview_kopfarbeit.txt"] = A(
    None, "interview without any date (only 'Lesezeit: 8 Minuten'); undated deals get null, the 2024 offer "
    "keeps the year the text gives", "de",
    [
        D("adecco-corrisbeck", ["Adecco", "Corrisbeck Talent"], "acquisition", 140_000_000, "GBP", "approx", None,
          "completed",
          "Kopfarbeit: Frau Salomonsen, Adecco hat für Corrisbeck rund 140 Millionen Pfund bezahlt.",
          note="restated in a question; 'bezahlt' -> completed; no date in the text"),
        D("hirevane-corrisbeck-offer", ["Hirevane", "Corrisbeck Talent"], "acquisition", 60_000_000, "GBP",
          "exact", "2024", "cancelled",
          "Im Herbst 2024 lag ein Angebot von Hirevane aus Berlin über 60 Millionen Pfund auf dem Tisch.",
          note="refused offer ('Wir haben abgelehnt', next sentence); 'Im Herbst 2024' -> 2024"),
        D("corrisbeck-quendel-licence", ["Corrisbeck Talent", "Quendel Personaldienste"], "supply", 1_200_000,
          "EUR", "approx", None, "signed",
          "Quendel in Gütersloh zahlt uns jährlich gut 1,2 Millionen Euro für die Lizenz, dafür laufen dort inzwischen fast alle Erstgespräche über unser System.",
          per="year", kind_alt=["other"],
          note="'uns' = Corrisbeck Talent (the interviewee's firm); 'gut' read as approx; undated"),
    ],
    ["3.400 Euro pro Einstellung", "95.000 Pfund im Jahr", "Einzelheft 9,80 Euro", "52 Euro jährlich"],
)

ARTICLES["018_quorvex_round_labelboard_en.html"] = A(
    "2026-02-18", "from <meta name=pubdate>, JSON-LD and the visible issue line 'Issue 88 · Wednesday 18 February "
    "2026'; 'on Tuesday' -> 2026-02-17", "en",
    [
        D("gullrock-quorvex-seriesc", ["Gullrock Partners", "Quorvex Labs"], "investment", 600_000_000, "USD",
          "exact", "2026-02-17", "completed",
          "Quorvex Labs, the San Francisco model developer best known for its multilingual assistants, announced on Tuesday that it has banked a $600 million Series C.",
          note="lead investor in the next sentence ('Gullrock Partners led the round'); valuation $7.5bn is not a "
               "deal; the round contains ManpowerGroup's $75m"),
        D("manpower-quorvex-stake-2026", ["ManpowerGroup", "Quorvex Labs"], "investment", 75_000_000, "USD",
          "exact", "2026-02-17", "completed",
          "The Milwaukee staffing company put seventy-five million dollars into the round through its corporate venture arm, a first for the group.",
          note="amount in words; 'The Milwaukee staffing company' = ManpowerGroup (previous sentence), 'the round' = Quorvex's "
               "Series C; second ManpowerGroup–Quorvex deal after the 2025 rater contract (010)"),
        D("randstad-hirevane-takeover", ["Randstad", "Hirevane"], "acquisition", 330_000_000, "USD", "approx",
          "2026", "negotiating",
          "Randstad is deep in negotiations over the remaining 80.1% of Hirevane, a block that would be priced at about $330 million, say two people who have been kept up to date on the bidding.",
          alt=[(310_000_000, "EUR")],
          note="talks from sources; signed at €310m on 2026-06-08 (019, alt_amounts); the year keeps the shared "
               "id's dates consistent"),
    ],
    ["$7.5 billion", "$31 million", "around $18 an hour", "$60 an hour or more", "$1,200 a month",
     "$290 a year"],
)

ARTICLES["019_randstad_hirevane_kreuzberger.txt"] = A(
    "2026-06-09", "from the date line 'Dienstag, 9. Juni 2026'; 'am Montag' -> 2026-06-08, 'im Frühjahr' -> 2026",
    "de",
    [
        D("randstad-hirevane-takeover", ["Randstad", "Hirevane"], "acquisition", 310_000_000, "EUR", "exact",
          "2026-06-08", "signed",
          "Der Konzern übernimmt die restlichen 80,1 Prozent der Anteile für 310 Millionen Euro in bar.",
          note="'Der Konzern' = Randstad, Hirevane in the previous sentence; signing 'am Montag' in the next; "
               "talks had begun in February ('knapp vier Monate später'); implied total value €387m is not a deal"),
        D("hirevane-google-cloud", ["Hirevane", "Google"], "cloud_contract", 18_000_000, "EUR", "at_least",
          "2026", "signed",
          "Hirevane hatte erst im Frühjahr einen Cloud-Vertrag mit der Alphabet-Tochter Google über mehr als 18 Millionen Euro für drei Jahre abgeschlossen.",
          note="'mehr als' -> at_least; 'im Frühjahr' -> 2026"),
    ],
    ["rund 387 Millionen Euro", "2,4 Millionen Euro", "32 Euro pro Quadratmeter", "36,48 Euro",
     "290 Euro im Monat"],
)

ARTICLES["020_datev_lohnkompass_noriswoche.txt"] = A(
    "2026-11-06", "from the issue line 'Nr. 45 · Freitag, 6. November 2026'; 'am Mittwoch' -> 2026-11-04, 'Ende "
    "Oktober' -> 2026-10, 'im Sommer 2024' -> 2024, 'Im Sommer' -> 2026", "de",
    [
        D("datev-lohnkompass-stake-2026", ["DATEV", "Lohnkompass"], "acquisition", 60_000_000, "EUR", "exact",
          "2026-11-04", "signed",
          "Für die 60-Millionen-Euro-Beteiligung gibt der Münchner Investor Mühlstein Capital einen Teil seiner Anteile ab, der Rest sind neu ausgegebene Aktien.",
          kind_alt=["investment"],
          note="compound amount; 25.1 % stake ('Die Genossenschaft' = DATEV) and 'am Mittwoch' in the sentences "
               "before; second DATEV–Lohnkompass deal next to the 2024 licence; valuation ~€240m is not a deal"),
        D("datev-lohnkompass-licence", ["DATEV", "Lohnkompass"], "supply", 4_200_000, "EUR", "approx", "2024",
          "signed",
          "Seit Januar 2025 zahlt die DATEV dem Start-up jährlich rund 4,2 Millionen Euro für das KI-Prüfmodul, das in den Lohnprogrammen der Kanzleien steckt; den Lizenzvertrag hatten beide Seiten im Sommer 2024 geschlossen.",
          per="year", kind_alt=["other", "cloud_contract"],
          note="restatement of the 2024 licence (004); 'dem Start-up' = Lohnkompass"),
        D("randstad-hirevane-takeover", ["Randstad", "Hirevane"], "acquisition", None, None, None, "2026",
          "completed",
          "Die Sorge ist nicht unbegründet: Im Sommer hatte der Personaldienstleister Randstad seinen Berliner KI-Zukauf Hirevane vollständig übernommen, die Transaktion wurde im Oktober abgeschlossen.",
          required=False, note="amount-less restatement of the takeover (019); 'Im Sommer' -> 2026"),
        D("kadrowo-graefenstein", ["Kadrowo", "Abrechnungszentrum Gräfenstein"], "acquisition", 14_000_000, "EUR",
          "approx", "2026-10", "signed",
          "Der Kaufpreis beträgt nach Angaben aus Unternehmenskreisen rund 14 Millionen Euro, unterschrieben wurde bereits Ende Oktober.",
          note="buyer ('Die Vitsand-Tochter Kadrowo') and target in the previous sentence"),
    ],
    ["rund 240 Millionen Euro", "19 Millionen Euro", "1,62 Milliarden Euro", "520 Millionen Euro", "219 Euro",
     "48.000 Euro"],
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
