#!/usr/bin/env python3
"""Write gold.json for corpus59 (the hand annotation lives here; edit, then run).

Usage: python3 tests/corpus59/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the fifty-ninth, held-out test corpus (tests/corpus59/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: data centres in Africa and the Middle East outside "
    "the Gulf (Kenya, South Africa, Nigeria, Morocco, Egypt, Turkey): local developers, telecoms, banks, "
    "development-finance institutions, hyperscaler pledges and power deals, with German coverage of the "
    "same developments. One entry per article; a deal that several articles report carries the same id in "
    "each. 'required': false marks vague, background or amount-less mentions that an extractor may report "
    "or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a "
    "deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx "
    "| up_to | at_least | range; 'per' ('year', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date line, dateline, issue line, "
    "byline, or for HTML pages the meta tags / JSON-LD, or null when the article has none); seasons become "
    "the year; a cancelled deal keeps the date of the original talks; 'term' is the period the deal covers, "
    "where the text gives one; 'kind_alt' lists other acceptable kinds; loans and credit facilities are "
    "'investment' with 'other' as alternative; 'note' explains a judgement call. Deal amounts are in USD, "
    "EUR, AED and GBP; figures in shillings, rand, naira, Egyptian pounds, lira and Moroccan dirhams occur "
    "only as not_deals. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Tsavo Digital Parks Ltd, Rheinwald Kühltechnik "
    "GmbH, Nilgate Data Centers S.A.E., Qena Solar Holdings, Atlasnode SA, Oudaya Capital, Lekki Hyperscale "
    "Ltd, Sahel Infra Partners, Highveld Compute (Pty) Ltd, Karoo Reach Energy, Bosfor Bulut A.Ş., Ege "
    "Rüzgar Enerji; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted. Nothing "
    "here is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
         amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
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


def none(id, parties, kind, date, status, evidence, note, kind_alt=None):
    """An amount-less (optional) mention."""
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=False,
                kind_alt=kind_alt, note=note)


LOAN = ["other"]
ARTICLES = {}

ARTICLES["001_microsoft_g42_kenya_en.txt"] = {
    "published": "2024-05-23",
    "published_note": "from the date line 'May 23, 2024 · 07:55 EAT' and the dateline 'NAIROBI, May 23'; 'on Wednesday' -> 2024-05-22; 'last month' -> 2024-04",
    "language": "en",
    "deals": [
        deal("microsoft-g42-kenya", ["Microsoft", "G42"], "investment", 1000000000, "USD", "exact",
             "2024-05-22", "announced",
             "NAIROBI, May 23 (Savanna Wire) - Microsoft and Abu Dhabi's G42 will put $1 billion into a digital package for Kenya whose centrepiece is a data centre at Olkaria meant to run on geothermal steam, the two companies and the Kenyan government said on Wednesday.",
             kind_alt=["project", "capex_plan"], alt=[(920000000, "EUR")],
             note="joint pledge of the two companies for the Olkaria data centre and a digital package; 002 gives about €920m; the analyst's 'at least $400 million' for the first phase is an estimate, not a deal"),
        deal("microsoft-g42-stake-2024", ["Microsoft", "G42"], "investment", 1500000000, "USD", "exact",
             "2024-04", "completed",
             "The announcement, timed to President William Ruto's state visit to Washington, builds on a tie-up sealed only last month, when the U.S. software group bought into G42 with $1.5 billion for a minority holding.",
             note="'the U.S. software group' = Microsoft; 'last month' -> April 2024; a different deal from the Kenya pledge of the same pair"),
    ],
    "not_deals": ["10.4 billion shillings", "$250 million annually", "7 U.S. cents per kilowatt hour",
                  "at least $400 million", "15.80 shillings", "$700 billion"],
}

ARTICLES["002_microsoft_kenia_kurier.txt"] = {
    "published": "2024-05-24",
    "published_note": "from the date line 'Freitag, 24. Mai 2024 · Unternehmen & Märkte · Seite 17'; 'am Mittwoch' -> 2024-05-22; 'Mitte April' -> 2024-04",
    "language": "de",
    "deals": [
        deal("microsoft-g42-kenya", ["Microsoft", "G42"], "investment", 1000000000, "USD", "exact",
             "2024-05-22", "announced",
             "Eine Milliarde Dollar, umgerechnet gut 920 Millionen Euro, wollen der US-Softwarekonzern und sein Partner aus Abu Dhabi in dem ostafrikanischen Land ausgeben.",
             kind_alt=["project", "capex_plan"], alt=[(920000000, "EUR")],
             note="amount first and in words; the parties are only described ('der US-Softwarekonzern und sein Partner aus Abu Dhabi'), named with the day ('am Mittwoch') in the next sentence"),
        deal("microsoft-g42-stake-2024", ["Microsoft", "G42"], "investment", 1500000000, "USD", "exact",
             "2024-04", "completed",
             "Für G42 ist es das zweite große Geschäft mit den Amerikanern binnen weniger Wochen: Mitte April hatte sich Microsoft für 1,5 Milliarden Dollar an dem Technologiekonzern aus den Emiraten beteiligt.",
             note="'dem Technologiekonzern aus den Emiraten' = G42"),
    ],
    "not_deals": ["etwa 75 Millionen Euro im Jahr", "8 bis 11 Millionen Dollar je Megawatt",
                  "mehr als zehn Milliarden Dollar", "212 Milliarden Dollar", "5.000 Euro"],
}

ARTICLES["003_kengen_tsavo_netzbrief.txt"] = {
    "published": "2024-07-11",
    "published_note": "from the issue line 'Ausgabe 14/2024 · Donnerstag, 11. Juli 2024'; 'am Dienstag' -> 2024-07-09; 'Ende Juni' -> 2024-06; 'Im Frühjahr' -> 2024",
    "language": "de",
    "deals": [
        deal("kengen-tsavo-ppa", ["Tsavo Digital Parks", "KenGen"], "supply", 31000000, "USD", "approx",
             "2024-07-09", "signed",
             "Tsavo zahlt dem Versorger nach Angaben beider Seiten rund 31 Millionen Dollar jährlich, die Laufzeit beträgt 15 Jahre ab der Inbetriebnahme 2026.",
             per="year", term=["2026", "2041"],
             note="yearly rate; 'dem Versorger' = KenGen (previous sentence); signed 'am Dienstag' (next sentence)"),
        deal("deg-tsavo-loan", ["DEG", "Tsavo Digital Parks"], "investment", 45000000, "EUR", "exact",
             "2024-06", "signed",
             "Die DEG, Tochter der KfW, stellt Tsavo ein langfristiges Darlehen über 45 Millionen Euro bereit; die Zusage hatte die Kölner Förderbank bereits Ende Juni unterzeichnet.",
             kind_alt=LOAN, note="loan; KfW is only the parent, not a party"),
        deal("ifc-raxio-2024", ["IFC", "Raxio"], "investment", 100000000, "USD", "up_to",
             "2024", "signed",
             "Im Frühjahr hatte die Weltbank-Tochter IFC zugesagt, bis zu 100 Millionen Dollar in die Raxio Group zu investieren, die Rechenzentren in Uganda, Äthiopien und der Demokratischen Republik Kongo betreibt.",
             note="'Im Frühjahr' -> the year; 005 says March"),
    ],
    "not_deals": ["etwa 0,16 Dollar", "6,2 Milliarden Schilling", "1,2 US-Cent je Kilowattstunde",
                  "knapp vier Millionen Dollar im Jahr", "149 Euro", "390 Euro"],
}

ARTICLES["004_rheinwald_naivasha_sauerlandpost.txt"] = {
    "published": "2024-09-18",
    "published_note": "from the dateline 'Attendorn, 18. September 2024.'; 'am Montag' -> 2024-09-16",
    "language": "de",
    "deals": [
        deal("rheinwald-tsavo-cooling-2024", ["Rheinwald Kühltechnik", "Tsavo Digital Parks"], "supply",
             12000000, "EUR", "exact", "2024-09-16", "signed",
             "Für zwölf Millionen Euro liefert das Familienunternehmen Flüssigkeitskühler und Kaltwassersätze an den kenianischen Rechenzentrumsentwickler Tsavo Digital Parks, wie Geschäftsführer Jens Rheinwald am Montag vor der Belegschaft verkündete.",
             note="amount in words; 'das Familienunternehmen' = Rheinwald Kühltechnik GmbH (previous sentence); first of two orders of the pair (second: 014, €19m); the reader comment repeats 'zwölf Millionen'"),
        deal("tsavo-naivasha-phase1", ["Tsavo Digital Parks"], "project", 120000000, "USD", "approx",
             "2024", "planned",
             "Den ersten Bauabschnitt beziffern die Kenianer auf rund 120 Millionen Dollar; einen Teil davon schießt die Entwicklungsbank DEG als Kredit zu.",
             kind_alt=["capex_plan"],
             note="project cost stated by the developer ('die Kenianer' = Tsavo Digital Parks); no date given -> the year; different from the $180m second phase (014, 015)"),
        none("deg-tsavo-loan", ["DEG", "Tsavo Digital Parks"], "investment", None, "signed",
             "Den ersten Bauabschnitt beziffern die Kenianer auf rund 120 Millionen Dollar; einen Teil davon schießt die Entwicklungsbank DEG als Kredit zu.",
             "restated DEG loan without amount (€45m in 003); optional", kind_alt=LOAN),
    ],
    "not_deals": ["38 Millionen Euro", "95 Euro pro Tag", "400.000 Euro", "31 Millionen Euro", "250 Euro"],
}

ARTICLES["005_equinix_africa_capitalcontinent_en.html"] = {
    "published": "2024-10-17",
    "published_note": "only from <meta property=article:published_time> and JSON-LD datePublished (no visible date); 'on Tuesday' -> 2024-10-15; 'In March' -> 2024-03",
    "language": "en",
    "deals": [
        deal("equinix-africa-capex", ["Equinix"], "capex_plan", 390000000, "USD", "exact",
             "2024-10-15", "announced",
             "Equinix plans to spend $390 million on data centres across Africa over the next five years, the Silicon Valley operator said on Tuesday, with new sites earmarked for Lagos, Accra, Abidjan and Johannesburg.",
             term=["2024", "2029"], note="five-year spending plan of one company"),
        deal("equinix-mainone-2022", ["Equinix", "MainOne"], "acquisition", 320000000, "USD", "exact",
             "2022", "completed",
             "The commitment is the group's biggest on the continent since it bought the West African operator MainOne in 2022 for $320 million.",
             required=False, note="background: a completed 2022 purchase mentioned for comparison; optional"),
        deal("ifc-raxio-2024", ["IFC", "Raxio"], "investment", 100000000, "USD", "up_to",
             "2024-03", "signed",
             "In March the World Bank's private-sector arm IFC agreed to put up to $100 million into Raxio Group, which runs carrier-neutral facilities in Kampala, Addis Ababa and Lubumbashi, and Raxio has since said it wants to enter two more markets."),
    ],
    "not_deals": ["$8.2 billion", "$1.8 billion by 2028", "roughly $700 million",
                  "$9 million to $12 million per megawatt", "about $7 million", "$887.40", "above $85 billion",
                  "$0.40 a kWh", "R4,950 per person"],
}

ARTICLES["006_lekki_hyperscale_blog_en.txt"] = {
    "published": "2024-12-03",
    "published_note": "from the byline 'Posted 3 December 2024 by …'; 'Late last month' -> 2024-11; 'in October' -> 2024-10",
    "language": "en",
    "deals": [
        deal("afreximbank-lekki-facility", ["Afreximbank", "Lekki Hyperscale"], "investment", 150000000, "USD",
             "exact", "2024-11", "signed",
             "Late last month it signed a $150 million term facility with the African Export-Import Bank, which Afreximbank describes as its first loan to a stand-alone data-centre company.",
             kind_alt=LOAN,
             note="'it' = Lekki Hyperscale Ltd (previous sentence); the reader comment '$150m for 24 MW' repeats it; the $40m raised so far is a cumulative total"),
        deal("sahel-lekki-equity", ["Sahel Infra Partners", "Lekki Hyperscale"], "investment", 48000000, "GBP",
             "approx", "2024-12", "rumored",
             "Two people shown the pitch deck say London-based Sahel Infra Partners is in talks to lead an equity round of about £48 million (roughly $60 million) in Lekki.",
             alt=[(60000000, "USD")],
             note="sourced rumour; cancelled in 013 (same id, date kept)"),
        deal("airtel-africa-capex-fy25", ["Airtel Africa"], "capex_plan", 725000000, "USD", "range",
             "2024-10", "announced",
             "Airtel Africa said in October it expects capital expenditure of between $725 million and $750 million in the year to March 2025, with a growing slice going into its Nxtra Africa data-centre unit.",
             amount_max=750000000, term=["2024-04", "2025-03"],
             note="capex guidance for the financial year = capex_plan"),
    ],
    "not_deals": ["some $40 million", "about 1.9 trillion naira", "$600 million by 2028", "around $0.35 per kWh",
                  "$5 a month", "$50 a year"],
}

ARTICLES["007_microsoft_cassava_kurslinie.txt"] = {
    "published": "2025-03-07",
    "published_note": "from the portal stamp '07.03.2025 | 08:40 Uhr'; 'am Donnerstag' -> 2025-03-06; 'zu Wochenbeginn' -> the week of 2025-03-03, given as the month",
    "language": "de",
    "deals": [
        deal("microsoft-south-africa-2025", ["Microsoft"], "capex_plan", 300000000, "USD", "approx",
             "2025-03-06", "announced",
             "Microsoft will bis Ende 2027 zusätzlich rund 300 Millionen Dollar in Südafrika investieren – in Rechenzentren, Cloud-Dienste und KI.",
             term=["2025", "2027"],
             note="announced by Brad Smith 'am Donnerstag' (next sentence); the 'mehr als 20 Milliarden Rand' since 2019 are a cumulative total"),
        deal("cassava-nvidia-ai-factory", ["Cassava Technologies", "Nvidia"], "project", 720000000, "USD", "exact",
             "2025-03", "announced",
             "Cassava will dafür 720 Millionen Dollar aufwenden; die ersten Grafikprozessoren sollen bis Mitte des Jahres in Johannesburg laufen, später folgen Standorte in Ägypten, Kenia, Marokko und Nigeria.",
             kind_alt=["investment", "capex_plan", "partnership"],
             note="'dafür' = the AI factory with Nvidia chips of the previous sentence ('Nvidia-Chips'), announced 'zu Wochenbeginn'"),
    ],
    "not_deals": ["mehr als 20 Milliarden Rand", "39,3 Milliarden Dollar", "110,57 Dollar", "396,89 Dollar",
                  "510 Dollar", "mehr als 100 Milliarden Dollar", "1 Euro pro Order"],
}

ARTICLES["008_highveld_karoo_mercury_en.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the dateline 'JOHANNESBURG, Thursday 12 June 2025'; 'on Wednesday' -> 2025-06-11; 'in March' -> 2025-03",
    "language": "en",
    "deals": [
        deal("karoo-highveld-ppa", ["Highveld Compute", "Karoo Reach Energy"], "supply", 55000000, "USD", "approx",
             "2025-06-11", "signed",
             "Under it, Highveld will pay about $55 million a year for output from a 140-megawatt wind and solar cluster near De Aar, with the power carried to Gauteng over Eskom's grid.",
             per="year",
             note="'it' = the agreement with Karoo Reach Energy signed 'on Wednesday' (previous sentence); 20-year wheeling PPA"),
        deal("microsoft-south-africa-2025", ["Microsoft"], "capex_plan", 300000000, "USD", "approx",
             "2025-03", "announced",
             "She declined to name customers, but Highveld is widely seen as a candidate to host capacity for Microsoft, which in March said it would spend about $300 million more on South African cloud and AI infrastructure by the end of 2027.",
             term=["2025", "2027"], note="restated plan in a relative clause; Highveld is not a party"),
    ],
    "not_deals": ["R0.31 per kWh", "R2.6 billion", "R38,000 a month", "R87.6 billion", "R1.2bn"],
}

ARTICLES["009_equator_digest_june25_en.txt"] = {
    "published": "2025-06-19",
    "published_note": "from the issue line 'Issue 58 — Thursday, 19 June 2025'; 'on Monday' -> 2025-06-16; 'on Tuesday' -> 2025-06-17; 'Last week' -> 2025-06",
    "language": "en",
    "deals": [
        deal("atlasnode-seriesa-2025", ["Oudaya Capital", "Atlasnode"], "investment", 85000000, "USD", "exact",
             "2025-06-16", "completed",
             "Tetouan developer Atlasnode SA closed an $85 million Series A round on Monday; Rabat's Oudaya Capital led it.",
             note="lead investor after the semicolon; $310m post-money is a valuation"),
        deal("khazna-nilgate-jv", ["Khazna Data Centers", "Nilgate Data Centers"], "joint_venture", 1800000000,
             "AED", "exact", "2025-06-17", "signed",
             "Khazna Data Centers, the UAE's biggest operator, and Cairo-based Nilgate Data Centers S.A.E. launched a joint venture on Tuesday with AED 1.8 billion (about $490 million) of committed capital.",
             alt=[(490000000, "USD")],
             note="first of two Khazna–Nilgate deals (second: the 30% stake of 2026, 019/020)"),
        deal("karoo-highveld-ppa", ["Highveld Compute", "Karoo Reach Energy"], "supply", 55000000, "USD", "approx",
             "2025-06", "signed",
             "Last week Highveld Compute and Karoo Reach Energy signed their 20-year wheeling contract, with Highveld paying around $55m a year for wind and solar from the Northern Cape.",
             per="year"),
    ],
    "not_deals": ["$310 million", "$6.2 billion", "$4.3bn", "MAD 11 billion", "$1,295"],
}

ARTICLES["010_nilgate_interview_rackpuls.txt"] = {
    "published": None,
    "published_note": "no date at all (only 'Lesezeit: 7 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        deal("khazna-nilgate-jv", ["Khazna Data Centers", "Nilgate Data Centers"], "joint_venture", 1800000000,
             "AED", "exact", None, "signed",
             "Das Joint Venture mit Khazna ist mit 1,8 Milliarden VAE-Dirham ausgestattet, also Eigenkapital und feste Zusagen zusammen.",
             note="'VAE-Dirham' = AED; Nilgate is the speaker's company ('Ihr Gemeinschaftsunternehmen')"),
        none("khazna-nilgate-takeover-talk", ["Khazna Data Centers", "Nilgate Data Centers"], "acquisition", None,
             "rumored", "Rackpuls: Es heißt, Khazna wolle Nilgate ganz übernehmen.",
             "rumoured full takeover, denied in the answer ('Es gibt dazu keine Gespräche'); no amount; optional; not the 30% stake of 2026"),
        none("qena-nilgate-ppa", ["Qena Solar Holdings", "Nilgate Data Centers"], "supply", None, "signed",
             "Abdelmessih: Den Strom liefert Qena Solar aus Oberägypten, über den Preis sprechen wir nicht.",
             "power supply without price; optional"),
        deal("nilgate-capex-plan", ["Nilgate Data Centers"], "capex_plan", 250000000, "USD", "range", None,
             "planned",
             "Abdelmessih: Wir wollen in den nächsten drei Jahren zwischen 250 und 300 Millionen Dollar ausgeben, überwiegend für Port Said und einen zweiten Standort westlich von Kairo.",
             amount_max=300000000, note="'wir' = Nilgate; three-year spending plan; undated interview"),
    ],
    "not_deals": ["rund 1.400 Dollar im Monat", "etwa 1.100 Euro netto im Monat", "fünf Milliarden Pfund",
                  "118 Euro jährlich", "79 Euro"],
}

ARTICLES["011_turkcell_bosfor_brueckenblatt.html"] = {
    "published": "2025-08-21",
    "published_note": "from the visible byline 'Von Deniz Aydemir-Krause · Istanbul · 21.08.2025' (also <meta name=date> and JSON-LD); 'am Mittwoch' -> 2025-08-20; 'vergangene Woche' -> 2025-08",
    "language": "de",
    "deals": [
        deal("turkcell-dc-capex-2030", ["Turkcell"], "capex_plan", 1000000000, "USD", "approx", "2025-08-20",
             "announced",
             "Der türkische Mobilfunkkonzern Turkcell will bis 2030 rund eine Milliarde Dollar in neue Rechenzentren stecken.",
             term=["2025", "2030"], note="amount in words; announced 'am Mittwoch' (next sentence)"),
        none("turkcell-google-cloud-region", ["Google", "Turkcell"], "partnership", "2025-08-20", "announced",
             "Zugleich soll Google in Zusammenarbeit mit Turkcell eine eigene Cloud-Region im Land aufbauen; Details zur Aufteilung der Kosten nannten die Partner nicht.",
             "cloud-region cooperation without amount; optional"),
        deal("ebrd-bosfor-loan", ["EBRD", "Bosfor Bulut"], "investment", 95000000, "EUR", "exact", "2025-08",
             "signed",
             "Die Osteuropabank EBRD leiht dem Istanbuler Rechenzentrumsbetreiber Bosfor Bulut 95 Millionen Euro, wie beide Seiten vergangene Woche bekanntgaben.",
             kind_alt=LOAN, note="twelve-year loan"),
    ],
    "not_deals": ["58,6 Milliarden Lira", "102,80 Lira", "rund 0,11 Euro je Kilowattstunde",
                  "bis zu 15 Millionen Lira je Projekt", "2,4 Milliarden Dollar", "1.290 Euro", "6,90 Euro im Monat"],
}

ARTICLES["012_bosfor_ege_goldenhorn_en.txt"] = {
    "published": "2025-10-14",
    "published_note": "from the byline 'By Selin Arıkan | 14 October 2025'; 'on Monday' -> 2025-10-13; 'last month' -> 2025-09; 'in August' -> 2025-08",
    "language": "en",
    "deals": [
        deal("ege-bosfor-ppa", ["Bosfor Bulut", "Ege Rüzgar Enerji"], "supply", 18000000, "EUR", "approx",
             "2025-10-13", "signed",
             "Bosfor will pay roughly €18 million a year for electricity from Ege Rüzgar's 85-megawatt Karaburun project, which is due online next spring.",
             per="year", note="twelve-year PPA signed 'on Monday' (previous sentence)"),
        deal("turkcell-bosfor-stake", ["Turkcell", "Bosfor Bulut"], "acquisition", 210000000, "USD", "exact",
             "2025-09", "signed",
             "Telecom operator Turkcell agreed last month to buy 40% of the company for $210 million, a deal that still needs competition-board approval, and in August the European Bank for Reconstruction and Development lent Bosfor €95 million for a third site at Çorlu.",
             kind_alt=["investment"],
             note="'the company' = Bosfor Bulut; first of two Turkcell–Bosfor deals (second: the 2026 capacity lease, 019); two deals in one sentence"),
        deal("ebrd-bosfor-loan", ["EBRD", "Bosfor Bulut"], "investment", 95000000, "EUR", "exact", "2025-08",
             "signed",
             "Telecom operator Turkcell agreed last month to buy 40% of the company for $210 million, a deal that still needs competition-board approval, and in August the European Bank for Reconstruction and Development lent Bosfor €95 million for a third site at Çorlu.",
             kind_alt=LOAN, note="restated loan of 011, EBRD written out"),
    ],
    "not_deals": ["₺3.4 billion", "$0.049 per kWh", "about €1.1 million per megawatt", "22,104 lira"],
}

ARTICLES["013_lekki_kontinentbrief.txt"] = {
    "published": "2025-11-27",
    "published_note": "from the issue line 'Ausgabe 21/2025 · 27. November 2025'; 'im vergangenen Jahr' -> 2024; 'Mitte Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        deal("sahel-lekki-equity", ["Sahel Infra Partners", "Lekki Hyperscale"], "investment", 60000000, "USD",
             "approx", "2024", "cancelled",
             "Der Londoner Investor Sahel Infra Partners hat seine im vergangenen Jahr angebahnte Beteiligung über rund 60 Millionen Dollar abgesagt.",
             note="the rumoured round of 006, now called off; keeps the date of the talks"),
        deal("mtn-lekki-colocation", ["MTN Nigeria", "Lekki Hyperscale"], "cloud_contract", 600000, "USD", "approx",
             "2025-10", "signed",
             "Pro Monat zahlt der Mobilfunkkonzern nach Angaben aus Branchenkreisen knapp 600.000 Dollar, die Hälfte davon in Naira zum jeweiligen Tageskurs.",
             kind_alt=["other", "supply"], per="month",
             note="monthly rate; 'der Mobilfunkkonzern' = MTN Nigeria, ten-year contract signed 'Mitte Oktober' (previous sentence); 'knapp' -> approx"),
        deal("afreximbank-lekki-facility", ["Afreximbank", "Lekki Hyperscale"], "investment", 150000000, "USD",
             "exact", "2024", "signed",
             "Lekki finanziert den Bau weiterhin vor allem über die Kreditlinie der Afreximbank über 150 Millionen Dollar aus dem vergangenen Jahr.",
             kind_alt=LOAN),
        deal("digitalrealty-lekki-rumour", ["Digital Realty", "Lekki Hyperscale"], "acquisition", 400000000, "USD",
             "approx", "2025", "rumored",
             "Insidern zufolge hat zudem der US-Betreiber Digital Realty eine Übernahme von Lekki für rund 400 Millionen Dollar sondiert.",
             required=False, note="rumour denied by Lekki in the next sentence; optional"),
    ],
    "not_deals": ["20 Millionen Dollar", "rund 1.460 je Dollar", "1,3 Milliarden Euro", "290 Euro", "24 Euro",
                  "480 Euro"],
}

ARTICLES["014_rheinwald_folgeauftrag_presse.txt"] = {
    "published": "2026-01-20",
    "published_note": "from the line '20.01.2026 · Quelle: Unternehmensmitteilung'; 'Ende vergangener Woche' -> 2026-01; 'im Herbst 2024' -> 2024",
    "language": "de",
    "deals": [
        deal("rheinwald-tsavo-cooling-2026", ["Rheinwald Kühltechnik", "Tsavo Digital Parks"], "supply", 19000000,
             "EUR", "exact", "2026-01", "signed",
             "Der Auftrag hat ein Volumen von 19 Millionen Euro und wurde Ende vergangener Woche in Nairobi unterzeichnet, teilte das Sauerländer Unternehmen mit.",
             note="'Der Auftrag' = the second-phase cooling order of the previous sentence; second of two orders of the pair"),
        deal("rheinwald-tsavo-cooling-2024", ["Rheinwald Kühltechnik", "Tsavo Digital Parks"], "supply", 12000000,
             "EUR", "exact", "2024", "signed",
             "Bereits im Herbst 2024 hatten die Kenianer bei Rheinwald Flüssigkeitskühler und Kaltwassersätze für zwölf Millionen Euro bestellt; diese Anlagen sind seit November in Betrieb.",
             note="'die Kenianer' = Tsavo Digital Parks; the 2024 order of 004, restated; season -> year"),
        deal("tsavo-naivasha-phase2", ["Tsavo Digital Parks"], "project", 180000000, "USD", "approx", "2026-01",
             "planned",
             "Für den zweiten Bauabschnitt veranschlagt Tsavo nach eigenen Angaben rund 180 Millionen Dollar.",
             kind_alt=["capex_plan"], note="project cost stated by the developer; the month of the release"),
    ],
    "not_deals": ["44,5 Millionen Euro", "61 Millionen Euro", "3,5 Millionen Euro", "1.000 Euro monatlich"],
}

ARTICLES["015_forum_liveblog_techmeridian_en.txt"] = {
    "published": "2026-02-11",
    "published_note": "from the liveblog header 'Wednesday 11 February 2026 | last updated 16:48 EAT'; 'this morning' -> 2026-02-11; 'in January' -> 2026-01; 'in 2024' -> 2024",
    "language": "en",
    "deals": [
        deal("oracle-atlasnode-lease", ["Oracle", "Atlasnode"], "cloud_contract", 600000000, "USD", "up_to",
             "2026", "rumored",
             "Oracle is said to be in talks to anchor Atlasnode's Tetouan campus with a lease worth up to $600 million, two delegates who say they were briefed told TechMeridian.",
             kind_alt=["other"], alt=[(640000000, "USD"), (590000000, "EUR")],
             note="sourced rumour; signed at $640m on 2026-03-03 (016, €590m in 017), so the year only; alt_amounts from 016 and 017"),
        deal("proparco-atlasnode-loan", ["Proparco", "Atlasnode"], "investment", 60000000, "EUR", "exact",
             "2026-02-11", "signed",
             "Atlasnode had a good day anyway: it signed a €60 million senior loan with France's Proparco this morning, on the sidelines of the forum.",
             kind_alt=LOAN),
        deal("tsavo-naivasha-phase2", ["Tsavo Digital Parks"], "project", 180000000, "USD", "exact", "2026-01",
             "planned",
             "12:30 — Tsavo Digital Parks chief executive Achieng Mwangi on the $180 million second phase at Naivasha that the company announced in January: construction starts in April, and the cooling again comes from Germany's Rheinwald.",
             kind_alt=["capex_plan"], note="restated; '$180 a seat' in the 09:15 entry is a ticket price"),
        none("rheinwald-tsavo-cooling-2026", ["Rheinwald Kühltechnik", "Tsavo Digital Parks"], "supply", None,
             "signed",
             "12:30 — Tsavo Digital Parks chief executive Achieng Mwangi on the $180 million second phase at Naivasha that the company announced in January: construction starts in April, and the cooling again comes from Germany's Rheinwald.",
             "the second-phase cooling order (014) mentioned without amount; optional"),
        deal("microsoft-g42-kenya", ["Microsoft", "G42"], "investment", 1000000000, "USD", "exact", "2024",
             "announced",
             "Asked about the $1 billion Olkaria project that G42 and Microsoft announced in 2024, a G42 executive on the hyperscaler panel said it was progressing in phases and that the timing depended on grid connections.",
             kind_alt=["project", "capex_plan"], note="restated 2024 pledge, reportedly stalled; status unchanged"),
    ],
    "not_deals": ["12 billion shillings", "some $60 billion", "$450", "$180 a seat"],
}

ARTICLES["016_oracle_atlasnode_casbahwire_en.txt"] = {
    "published": "2026-03-04",
    "published_note": "from the date line 'March 4, 2026 · 06:30 GMT' (dateline 'RABAT, March 3'); 'on Tuesday' -> 2026-03-03; 'last June' -> 2025-06; 'last month' -> 2026-02",
    "language": "en",
    "deals": [
        deal("oracle-atlasnode-lease", ["Oracle", "Atlasnode"], "cloud_contract", 640000000, "USD", "exact",
             "2026-03-03", "signed",
             "The lease is valued at $640 million over its full term, Atlasnode said in a statement.",
             kind_alt=["other"], term=["2027", "2039"],
             note="'The lease' = Oracle's twelve-year lease agreed 'on Tuesday' (previous sentence); the signing of the 015 rumour"),
        deal("atlasnode-tetouan-campus", ["Atlasnode"], "project", 1100000000, "USD", "approx", "2026-03",
             "planned", "Atlasnode puts the cost of the whole 120-megawatt campus at about $1.1 billion.",
             kind_alt=["capex_plan"], note="project cost stated by the developer; no date -> month of the article"),
        deal("atlasnode-seriesa-2025", ["Oudaya Capital", "Atlasnode"], "investment", 85000000, "USD", "exact",
             "2025-06", "completed",
             "It has financed the first two halls with an $85 million Series A led by Oudaya Capital last June and a €60 million loan from Proparco signed last month, and is now talking to Moroccan banks about a larger debt package.",
             note="'It' = Atlasnode; two deals in one sentence"),
        deal("proparco-atlasnode-loan", ["Proparco", "Atlasnode"], "investment", 60000000, "EUR", "exact",
             "2026-02", "signed",
             "It has financed the first two halls with an $85 million Series A led by Oudaya Capital last June and a €60 million loan from Proparco signed last month, and is now talking to Moroccan banks about a larger debt package.",
             kind_alt=LOAN),
    ],
    "not_deals": ["under 0.45 dirhams per kWh", "$523 billion", "$153.20", "around $38 million", "MAD 2.4 billion"],
}

ARTICLES["017_oracle_ticker_handelsecho.txt"] = {
    "published": "2026-03-05",
    "published_note": "from the date line 'Donnerstag, 5. März 2026'; 'am Dienstag' -> 2026-03-03; 'im Dezember' -> 2025-12; 'im Herbst 2024' -> 2024",
    "language": "de",
    "deals": [
        deal("oracle-atlasnode-lease", ["Oracle", "Atlasnode"], "cloud_contract", 590000000, "EUR", "approx",
             "2026-03-03", "signed",
             "Der Vertrag mit dem Entwickler Atlasnode hat nach dessen Angaben einen Wert von umgerechnet rund 590 Millionen Euro und war am Dienstag unterzeichnet worden.",
             kind_alt=["other"], note="EUR conversion only; Oracle as 'Der US-Softwarekonzern' in the previous sentence"),
        deal("oracle-capex-fy26", ["Oracle"], "capex_plan", 50000000000, "USD", "approx", "2025-12", "announced",
             "Für Oracle ist das ein kleiner Posten: Oracles Investitionen sollen im laufenden Geschäftsjahr auf etwa 50 Milliarden Dollar steigen, wie der Konzern im Dezember mitgeteilt hatte.",
             term=["2025-06", "2026-05"], note="company's capex guidance for its financial year (June–May); genitive 'Oracles'"),
        deal("equinix-africa-capex", ["Equinix"], "capex_plan", 390000000, "USD", "exact", "2024", "announced",
             "Er ist Teil des 390-Millionen-Dollar-Programms für Afrika, das der Konzern im Herbst 2024 vorgestellt hatte.",
             note="compound '390-Millionen-Dollar-Programms'; Equinix named in the line before; season -> year"),
    ],
    "not_deals": ["rund 100 Millionen Euro pro Tag", "71,30 Dollar", "1,0840 Dollar", "100.000 Euro"],
}

ARTICLES["018_highveld_standardbank_sandton_en.html"] = {
    "published": "2026-05-12",
    "published_note": "from the visible byline 'Kagiso Molefe-Adams · Tue 12 May 2026' (also <meta name=pubdate> and JSON-LD); 'on Monday' -> 2026-05-11; 'last June' -> 2025-06",
    "language": "en",
    "deals": [
        deal("standardbank-highveld-loan", ["Standard Bank", "Highveld Compute"], "investment", 210000000, "USD",
             "exact", "2026-05-11", "signed",
             "Highveld Compute (Pty) Ltd has secured a $210 million senior debt facility from Standard Bank to build its second and third data halls in Midrand, the two said on Monday.",
             kind_alt=LOAN, term=["2026", "2033"], note="seven-year loan"),
        deal("karoo-highveld-ppa", ["Highveld Compute", "Karoo Reach Energy"], "supply", 55000000, "USD", "approx",
             "2025-06", "signed",
             "Its 20-year wheeling agreement with Karoo Reach Energy, signed last June, has Highveld paying about $55 million a year for wind and solar electricity carried from the Northern Cape, which chief executive Lerato Nkosi-Pillay says makes the campus \"immune to load-shedding on paper and in practice\".",
             per="year"),
        none("microsoft-south-africa-2025", ["Microsoft"], "capex_plan", "2025", "announced",
             "It hopes to benefit from Microsoft's 2025 pledge to expand its South African cloud regions, although it still does not confirm Microsoft as a tenant.",
             "restated plan without amount; optional"),
    ],
    "not_deals": ["R640 million", "about $9 million per megawatt", "R231.50", "about R4.2 million a year",
                  "38c a litre", "R5,999 p/m"],
}

ARTICLES["019_megawattmeile_wochenbrief_kw25.txt"] = {
    "published": "2026-06-18",
    "published_note": "from the issue line 'KW 25 · Donnerstag, 18. Juni 2026'; 'am Montag' -> 2026-06-15; 'seit dem vergangenen Herbst' -> 2025; 'im März 2025' -> 2025-03",
    "language": "de",
    "deals": [
        deal("turkcell-bosfor-capacity-2026", ["Turkcell", "Bosfor Bulut"], "cloud_contract", 330000000, "EUR",
             "approx", "2026-06-15", "signed",
             "Das Volumen liegt nach Angaben beider Unternehmen bei rund 330 Millionen Euro, unterschrieben wurde am Montag.",
             kind_alt=["other"],
             note="ten-year lease of 24 MW; parties in the previous sentence; second Turkcell–Bosfor deal (first: the 40% stake, 012)"),
        none("turkcell-bosfor-stake", ["Turkcell", "Bosfor Bulut"], "acquisition", "2025", "completed",
             "Pikant: Turkcell hält seit dem vergangenen Herbst selbst 40 Prozent an Bosfor.",
             "the 2025 stake purchase restated without amount; optional", kind_alt=["investment"]),
        deal("khazna-nilgate-stake-2026", ["Khazna Data Centers", "Nilgate Data Centers"], "acquisition", 140000000,
             "USD", "approx", "2026", "rumored",
             "Im Gespräch seien rund 140 Millionen Dollar, heißt es aus dem Umfeld der Verhandlungen.",
             kind_alt=["investment"],
             note="talks reported by insiders ('Insidern zufolge verhandelt Khazna … über den Kauf von 30 Prozent an … Nilgate', previous sentence); signed in 020 (same id), so the year only"),
        deal("cassava-nvidia-ai-factory", ["Cassava Technologies", "Nvidia"], "project", 720000000, "USD", "exact",
             "2025-03", "announced",
             "Sie sind Teil der 720 Millionen Dollar schweren KI-Fabrik, die Cassava im März 2025 angekündigt hatte.",
             kind_alt=["investment", "capex_plan", "partnership"],
             note="'Sie' = the first 3,000 Nvidia GPUs (previous sentence)"),
    ],
    "not_deals": ["rund 2,3 Milliarden ägyptische Pfund", "ab 1,90 Dollar je GPU-Stunde", "11,4 Milliarden Dollar",
                  "99 Euro", "14 Euro im Monat"],
}

ARTICLES["020_khazna_nilgate_cairocourant_en.txt"] = {
    "published": "2026-10-27",
    "published_note": "from the date line 'Tuesday 27 October 2026 · Business · Page 9'; 'on Monday' -> 2026-10-26; 'this month' -> 2026-10; 'in June 2025' -> 2025-06",
    "language": "en",
    "deals": [
        deal("khazna-nilgate-stake-2026", ["Khazna Data Centers", "Nilgate Data Centers"], "acquisition", 140000000,
             "USD", "exact", "2026-10-26", "signed",
             "Abu Dhabi's Khazna Data Centers has agreed to buy 30% of Nilgate Data Centers S.A.E. for $140 million, the Cairo developer said on Monday, ending months of speculation about how far the Emirati operator wanted to go in Egypt.",
             kind_alt=["investment"], note="second Khazna–Nilgate deal; the implied $467m value of Nilgate is a valuation"),
        deal("khazna-nilgate-jv", ["Khazna Data Centers", "Nilgate Data Centers"], "joint_venture", 1800000000,
             "AED", "exact", "2025-06", "signed",
             "The purchase comes on top of the AED 1.8 billion (roughly $490 million) joint venture the two companies set up in June 2025 to build in East Port Said, in which Khazna already holds the majority.",
             alt=[(490000000, "USD")], note="'the two companies' = Khazna and Nilgate"),
        deal("telecom-egypt-nilgate-lease", ["Telecom Egypt", "Nilgate Data Centers"], "cloud_contract", 45000000,
             "USD", "approx", "2026-10", "signed",
             "The state-controlled operator will pay about $45 million over five years, making it the site's first large domestic tenant.",
             kind_alt=["other"], note="'The state-controlled operator' = Telecom Egypt, lease disclosed 'this month' (previous sentence)"),
        none("qena-nilgate-ppa", ["Qena Solar Holdings", "Nilgate Data Centers"], "supply", None, "signed",
             "Power for the campus still comes from Qena Solar Holdings, whose contract was not changed.",
             "power contract without amount; optional"),
    ],
    "not_deals": ["about $467 million", "more than $3 billion", "EGP 1 billion", "EGP 52.10",
                  "EGP 40,000 and EGP 65,000 a month", "EGP 7,000"],
}

ALIASES = {
    "Microsoft": ["Microsoft"],
    "G42": ["G42"],
    "Tsavo Digital Parks": ["Tsavo Digital Parks Ltd", "Tsavo Digital Parks", "Tsavo"],
    "KenGen": ["KenGen"],
    "DEG": ["DEG"],
    "IFC": ["IFC"],
    "Raxio": ["Raxio Group", "Raxio"],
    "Rheinwald Kühltechnik": ["Rheinwald Kühltechnik GmbH", "Rheinwald Kühltechnik", "Rheinwald"],
    "Equinix": ["Equinix"],
    "MainOne": ["MainOne"],
    "Lekki Hyperscale": ["Lekki Hyperscale Ltd", "Lekki Hyperscale", "Lekki"],
    "Afreximbank": ["Afreximbank", "African Export-Import Bank"],
    "Sahel Infra Partners": ["Sahel Infra Partners"],
    "Airtel Africa": ["Airtel Africa"],
    "Cassava Technologies": ["Cassava Technologies", "Cassava"],
    "Nvidia": ["Nvidia"],
    "Highveld Compute": ["Highveld Compute (Pty) Ltd", "Highveld Compute", "Highveld"],
    "Karoo Reach Energy": ["Karoo Reach Energy", "Karoo Reach"],
    "Atlasnode": ["Atlasnode SA", "Atlasnode"],
    "Oudaya Capital": ["Oudaya Capital"],
    "Khazna Data Centers": ["Khazna Data Centers", "Khazna"],
    "Nilgate Data Centers": ["Nilgate Data Centers S.A.E.", "Nilgate Data Centers", "Nilgate"],
    "Qena Solar Holdings": ["Qena Solar Holdings", "Qena Solar"],
    "Turkcell": ["Turkcell"],
    "Google": ["Google"],
    "EBRD": ["EBRD", "European Bank for Reconstruction and Development", "Osteuropabank"],
    "Bosfor Bulut": ["Bosfor Bulut A.Ş.", "Bosfor Bulut", "Bosfor"],
    "Ege Rüzgar Enerji": ["Ege Rüzgar Enerji", "Ege Rüzgar"],
    "MTN Nigeria": ["MTN Nigeria"],
    "Digital Realty": ["Digital Realty"],
    "Proparco": ["Proparco"],
    "Oracle": ["Oracle", "Oracles"],
    "Standard Bank": ["Standard Bank"],
    "Telecom Egypt": ["Telecom Egypt"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
