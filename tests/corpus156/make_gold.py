#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus156/articles/.

The annotation lives here as Python so that it can be edited and commented; run
`python3 tests/corpus156/make_gold.py` to rewrite gold.json, then
`python3 tests/corpus156/check_gold.py` to validate it. Standard library only.
Format and rules: as tests/corpus15/gold.json and ../shared/gold/seeds.json.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 156th, held-out test corpus (tests/corpus156/articles/): stock exchanges, "
    "market-data and index providers and asset managers in the AI boom. Written for the tests and independent "
    "of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id in "
    "each. 'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | "
    "range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when the deal "
    "was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <meta>/<time>, issue line or copyright line, or "
    "null when the article has none); quarters, half-years and seasons become the year; a cancelled deal keeps "
    "the date of the offer or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
    "lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Feldmoor "
    "Rechenzentren GmbH, Wetterkamm Capital, Kestova Analytics, Marlowcleeve Asset Management, Veridane, "
    "Brinkwater Capital, Pensionskasse Ochtumtal, Quayvance Labs, Grathwerk KI, Norrpeak Data Centers, Ormsgill "
    "Index, Vrenelis Quant, Sofrane Data, Bankhaus Seckendorff & Olbers, Wertachau Ventures; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals of real "
    "companies are partly real, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "BlackRock": ["BlackRock", "BlackRock Inc."],
    "Global Infrastructure Partners": ["Global Infrastructure Partners", "GIP"],
    "Wetterkamm Capital": ["Wetterkamm Capital", "Wetterkamm"],
    "Feldmoor Rechenzentren": ["Feldmoor Rechenzentren GmbH", "Feldmoor Rechenzentren", "Feldmoor"],
    "Stadt Eschborn": ["Stadt Eschborn", "Eschborn"],
    "Deutsche Börse": ["Deutsche Börse", "Deutschen Börse", "Deutsche Börse AG", "Deutsche Boerse"],
    "Kestova Analytics": ["Kestova Analytics", "Kestova"],
    "Marlowcleeve Asset Management": ["Marlowcleeve Asset Management", "Marlowcleeve"],
    "Intercontinental Exchange": ["Intercontinental Exchange", "ICE"],
    "Nasdaq": ["Nasdaq", "Nasdaq Inc."],
    "Veridane": ["Veridane"],
    "Microsoft": ["Microsoft", "Microsofts", "Microsoft Corp."],
    "MGX": ["MGX"],
    "Nvidia": ["Nvidia"],
    "AI Infrastructure Partnership": ["AI Infrastructure Partnership", "AIP",
                                      "Global AI Infrastructure Investment Partnership"],
    "Brinkwater Capital": ["Brinkwater Capital", "Brinkwater"],
    "DWS": ["DWS", "DWS Group", "DWS Digital Infra Europa"],
    "Pensionskasse Ochtumtal": ["Pensionskasse Ochtumtal", "Ochtumtal"],
    "Bloomberg": ["Bloomberg", "Bloomberg LP"],
    "Quayvance Labs": ["Quayvance Labs", "Quayvance"],
    "S&P Global": ["S&P Global", "S&P"],
    "ProntoNLP": ["ProntoNLP"],
    "LSEG": ["LSEG", "London Stock Exchange Group"],
    "General Atlantic": ["General Atlantic"],
    "ISS Stoxx": ["ISS Stoxx", "ISS STOXX"],
    "Grathwerk KI": ["Grathwerk KI", "Grathwerk"],
    "Norrpeak Data Centers": ["Norrpeak Data Centers", "Norrpeak"],
    "Ormsgill Index": ["Ormsgill Index", "Ormsgill"],
    "SIX Group": ["SIX Group", "SIX"],
    "Vrenelis Quant": ["Vrenelis Quant", "Vrenelis"],
    "Euronext": ["Euronext", "Euronext N.V."],
    "Sofrane Data": ["Sofrane Data", "Sofrane"],
    "Aligned Data Centers": ["Aligned Data Centers", "Aligned"],
    "Macquarie Asset Management": ["Macquarie Asset Management", "Macquarie"],
    "With Intelligence": ["With Intelligence"],
    "Polymarket": ["Polymarket"],
    "Athens Stock Exchange": ["Athens Stock Exchange", "Athener Börse", "Athex"],
    "Allfunds": ["Allfunds", "Allfunds Group"],
    "Bankhaus Seckendorff & Olbers": ["Bankhaus Seckendorff & Olbers", "Seckendorff & Olbers"],
    "Wertachau Ventures": ["Wertachau Ventures", "Wertachau"],
}

M = 1_000_000
B = 1_000_000_000


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
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

ARTICLES["001_blackrock_gip_kursleiter.txt"] = A(
    "2024-01-15", "from the stock-portal stamp '15.01.2024 | 07:41 Uhr'; 'am Freitag' -> 2024-01-12", "de",
    [
        D("blackrock-gip-acquisition", ["BlackRock", "Global Infrastructure Partners"], "acquisition",
          12.4 * B, "USD", "approx", "2024-01-12", "signed",
          "Wie der New Yorker Konzern am Freitag nach dem Handelsschluss an der Wall Street mitteilte, übernimmt er den Infrastrukturinvestor Global Infrastructure Partners (GIP) für rund 12,4 Milliarden Dollar, umgerechnet etwa 11,3 Milliarden Euro.",
          alt=[(11.3 * B, "EUR")],
          note="'der New Yorker Konzern' = BlackRock (previous sentence); the $3bn cash part and the up-to-$1.2bn earn-out are parts of the deal, not deals"),
        D("wetterkamm-feldmoor-2023", ["Wetterkamm Capital", "Feldmoor Rechenzentren"], "investment",
          75 * M, "EUR", "exact", "2023-12", "completed",
          "Kurz vor Weihnachten hatte die Frankfurter Beteiligungsgesellschaft Wetterkamm Capital 75 Millionen Euro in den jungen Rechenzentrumsbetreiber Feldmoor Rechenzentren gesteckt.",
          note="'Kurz vor Weihnachten' in a January 2024 article -> December 2023"),
    ],
    ["3 Milliarden Dollar", "1,2 Milliarden Dollar", "100 Milliarden Dollar", "150 Milliarden Dollar",
     "10 Billionen Dollar", "18 Milliarden Dollar", "945 Dollar", "781,40 USD", "116 Mrd. USD", "5,00 USD",
     "250 Euro", "10.000 Euro"],
)

ARTICLES["002_eschborn_feldmoor_stadtanzeiger.txt"] = A(
    "2024-03-14",
    "dateline without year 'Eschborn, 14. März (esa)', year from the copyright line '© 2024 Eschborner Stadtanzeiger'; 'am Dienstagabend' -> 2024-03-12",
    "de",
    [
        D("eschborn-feldmoor-land", ["Stadt Eschborn", "Feldmoor Rechenzentren"], "acquisition",
          31.5 * M, "EUR", "exact", "2024-03-12", "announced",
          "Mit 31,5 Millionen Euro rechnet Kämmerer Gunnar Velsmann aus dem Geschäft.",
          kind_alt=["other"],
          note="land sale by the town; the council vote 'am Dienstagabend' is in the previous sentence, the buyer Feldmoor in the next; notarisation only in April -> announced"),
        D("feldmoor-eschborn-capex", ["Feldmoor Rechenzentren"], "capex_plan",
          420 * M, "EUR", "approx", "2024-03", "planned",
          "Feldmoor selbst veranschlagt für den Bau nach eigenen Angaben rund 420 Millionen Euro; die ersten Serverhallen sollen Ende 2025 in Betrieb gehen, der Vollausbau bis 2027 abgeschlossen sein.",
          kind_alt=["project"],
          note="building cost of the first Eschborn site; different from the €260m third phase (011)"),
        D("deutsche-boerse-feldmoor-lease-2024", ["Deutsche Börse", "Feldmoor Rechenzentren"], "other",
          14 * M, "EUR", "approx", "2024-03", "signed",
          "Der Börsenbetreiber zahlt dafür jährlich rund 14 Millionen Euro, die Laufzeit beginnt 2026 und endet 2041.",
          per="year", term=["2026", "2041"], kind_alt=["cloud_contract", "supply"],
          note="data-centre lease; 'Der Börsenbetreiber' = Deutsche Börse, Feldmoor from the previous paragraph; figure from the paper's own information; signing date not given -> month of the article; second lease of the pair in 017"),
    ],
    ["760 Euro pro Quadratmeter", "fünf bis sechs Millionen Euro im Jahr", "18,3 Millionen Euro",
     "23 Millionen Euro", "19,90 Euro", "24,99 Euro"],
)

ARTICLES["003_kestova_veridane_tapereader_en.txt"] = A(
    "2024-05-23", "from the issue line 'Issue 44 · Thursday 23 May 2024'; 'on Tuesday' -> 2024-05-21", "en",
    [
        D("marlowcleeve-kestova-seriesb", ["Marlowcleeve Asset Management", "Kestova Analytics"], "investment",
          85 * M, "GBP", "exact", "2024-05-21", "completed",
          "Kestova Analytics has wrapped up an £85 million Series B, it confirmed on Tuesday – about $108 million at current rates.",
          alt=[(108 * M, "USD")],
          note="lead investor in the next sentence ('Marlowcleeve Asset Management led the round')"),
        D("ice-kestova-seriesb", ["Intercontinental Exchange", "Kestova Analytics"], "investment",
          None, None, None, "2024-05-21", "completed",
          "Intercontinental Exchange also took part, as did the seed investors, though ICE would not say how much it wrote.",
          required=False, note="participation in the same round without an amount"),
        D("nasdaq-veridane-gpu-2024", ["Nasdaq", "Veridane"], "cloud_contract",
          2.5 * M, "USD", "exact", "2024-05", "signed",
          "Under the agreement, disclosed in a filing this month, Nasdaq pays the company $2.5 million a month for 36 months, roughly $90 million in all.",
          per="month", term=["2024-07", "2027-06"], alt=[(90 * M, "USD")],
          note="'the company' = Veridane; monthly rate with the total as alt_amount; 'this month' -> 2024-05; first Nasdaq-Veridane deal, the 2026 renewal (020) is another"),
    ],
    ["£410 million", "£19 million", "£7 million", "$149", "$229", "$4.10", "$44.3bn", "£410m", "£140,000"],
)

ARTICLES["004_aip_launch_gorsedene_en.html"] = A(
    "2024-09-18",
    "from <meta article:published_time>, JSON-LD datePublished and <time> 'September 18, 2024 · 06:10 ET'; dateline 'Sept 17', 'On Tuesday' -> 2024-09-17",
    "en",
    [
        D("aip-launch-2024", ["BlackRock", "Global Infrastructure Partners", "Microsoft", "MGX"], "joint_venture",
          30 * B, "USD", "exact", "2024-09-17", "announced",
          "On Tuesday BlackRock, Global Infrastructure Partners, Microsoft and MGX of Abu Dhabi set up a partnership meant to collect $30 billion of private equity for data centres and the generating capacity behind them.",
          alt=[(100 * B, "USD")], kind_alt=["investment", "partnership"],
          note="equity target $30bn; the $100bn including debt (next sentence) is an alt_amount"),
        D("nvidia-aip-advisory", ["Nvidia", "AI Infrastructure Partnership"], "partnership",
          None, None, None, "2024-09-17", "announced",
          "Nvidia will advise it on data-centre design and on how its chips are integrated into new sites; no money changes hands under that arrangement, according to the statement.",
          required=False, note="'it' = the Global AI Infrastructure Investment Partnership; advisory role, no money"),
        D("brinkwater-veridane-abilene", ["Brinkwater Capital", "Veridane"], "acquisition",
          320 * M, "USD", "exact", "2024-09-17", "signed",
          "In a smaller deal on the same day, Brinkwater Capital agreed to buy 49% of Veridane's data-centre campus outside Abilene, Texas, for $320 million.",
          kind_alt=["investment"], note="'on the same day' = Tuesday 2024-09-17"),
    ],
    ["$10.6 trillion", "$250 billion a year", "$19 billion", "$873.10", "$250,000"],
)

ARTICLES["005_dws_feldmoor_fondsbrief.txt"] = A(
    "2024-11-28", "from the issue line 'Ausgabe 22/2024 · Donnerstag, 28. November 2024'; 'vergangene Woche' -> 2024-11, 'am Montag' -> 2024-11-25",
    "de",
    [
        D("dws-feldmoor-stake", ["DWS", "Feldmoor Rechenzentren"], "acquisition",
          380 * M, "EUR", "approx", "2024-11", "signed",
          "Der Kaufpreis liegt nach Angaben aus Fondskreisen bei rund 380 Millionen Euro; unterzeichnet wurde bereits vergangene Woche.",
          kind_alt=["investment"],
          note="35 % stake via the fund 'DWS Digital Infra Europa'; parties in the previous sentence ('die Frankfurter Deutsche-Bank-Tochter' = DWS)"),
        D("deutsche-boerse-feldmoor-lease-2024", ["Deutsche Börse", "Feldmoor Rechenzentren"], "other",
          None, None, None, None, "signed",
          "Allerdings hat Feldmoor mit der Deutschen Börse einen Ankermieter mit langer Vertragslaufzeit gewonnen.",
          required=False, kind_alt=["cloud_contract", "supply"],
          note="amount-less background mention of the 2024 lease (002)"),
        D("ochtumtal-dws-fund", ["Pensionskasse Ochtumtal", "DWS"], "investment",
          150 * M, "EUR", "up_to", "2024-11-25", "signed",
          "Das Versorgungswerk hat am Montag bis zu 150 Millionen Euro für den Digitalfonds der DWS zugesagt, wie Vorstand Almut Ricklefs dem Fondsbrief bestätigte.",
          note="'Das Versorgungswerk' = Pensionskasse Ochtumtal (previous sentence); fund commitment"),
    ],
    ["1,08 Milliarden Euro", "1,5 Milliarden Euro", "620 Millionen Euro", "eine Billion Euro",
     "7,2 Milliarden Euro", "89 Euro", "690 Euro", "480 Euro", "240 Euro"],
)

ARTICLES["006_bloomberg_quayvance_dataroom_en.txt"] = A(
    "2025-02-06", "from the byline 'Feb 6, 2025 · 9:12 am ET'; 'on Wednesday' -> 2025-02-05, 'last month' -> 2025-01",
    "en",
    [
        D("bloomberg-quayvance-licence", ["Bloomberg", "Quayvance Labs"], "other",
          45 * M, "USD", "exact", "2025-02-05", "signed",
          "Quayvance will pay $45 million a year for the four-year licence, according to two people with copies of the signed contract.",
          per="year", alt=[(180 * M, "USD")], kind_alt=["supply", "partnership"],
          note="data licence; amount from sources; total $180m (next sentence) as alt_amount; signed on Wednesday (sentence after); Bloomberg's 2026 $50m stake (018) is a different deal"),
        D("sp-global-prontonlp", ["S&P Global", "ProntoNLP"], "acquisition",
          None, None, None, "2025-01", "completed",
          "S&P Global bought ProntoNLP, an Israeli firm that extracts signals from earnings-call transcripts, last month; it did not disclose the price.",
          required=False, note="price not disclosed"),
        D("lseg-quayvance-denied", ["LSEG", "Quayvance Labs"], "acquisition",
          900 * M, "USD", "approx", "2025-02", "cancelled",
          "LSEG, meanwhile, rejected on Wednesday a London trade newsletter's account that it had offered about $900 million to buy Quayvance outright.",
          required=False, note="reported offer denied by LSEG ('There is no offer and no process')"),
    ],
    ["$2.6 billion", "$60 million a year", "$90,000", "$32,000", "$9.3 billion", "$2 billion", "$400,000",
     "$14 a month", "£650"],
)

ARTICLES["007_boerse_issstoxx_westend.txt"] = A(
    "2025-04-24", "from the wire stamp '24.04.2025 – 18:05'; 'am Donnerstag' -> 2025-04-24 (same day), 'Anfang April' -> 2025-04",
    "de",
    [
        D("deutsche-boerse-iss-stoxx", ["Deutsche Börse", "General Atlantic", "ISS Stoxx"], "acquisition",
          1.05 * B, "USD", "approx", "2025-04-24", "signed",
          "Der Konzern zahlt für das Paket von knapp 20 Prozent rund 1,05 Milliarden Dollar, umgerechnet etwa 920 Millionen Euro, wie er am Donnerstag in Eschborn mitteilte.",
          alt=[(920 * M, "EUR")],
          note="'Der Konzern' = Deutsche Börse; buys General Atlantic's ~20 % of ISS Stoxx (previous sentence)"),
        D("deutsche-boerse-grathwerk-stake", ["Deutsche Börse", "Grathwerk KI"], "investment",
          20 * M, "EUR", "exact", "2025-04", "completed",
          "Damals beteiligte sich die Börse mit 20 Millionen Euro an dem Münchner Start-up Grathwerk KI.",
          note="'Damals' = 'Anfang April' (previous sentence); 'die Börse' = Deutsche Börse; first Deutsche Börse-Grathwerk deal, the 2026 surveillance contract (019) is another"),
    ],
    ["5,2 Milliarden Dollar", "1,52 Milliarden Euro", "935 Millionen Euro", "5,2 Milliarden Euro",
     "278,30 Euro", "310 Euro", "110 Millionen Euro", "6 Milliarden Euro", "4,00 Euro"],
)

ARTICLES["008_norrpeak_brinkwater_balticquay_en.txt"] = A(
    "2025-06-12", "from the dateline 'STOCKHOLM, 12 June 2025'; 'on Wednesday' -> 2025-06-11, 'last week' -> 2025-06",
    "en",
    [
        D("brinkwater-norrpeak-stake", ["Brinkwater Capital", "Norrpeak Data Centers"], "acquisition",
          2.3 * B, "SEK", "exact", "2025-06-11", "signed",
          "Brinkwater Capital agreed on Wednesday to buy 40 percent of Norrpeak Data Centers for SEK 2.3 billion, or about €210 million, betting that the Swedish operator's cheap hydro power and cold climate will win it more work from banks, exchanges and AI developers.",
          alt=[(210 * M, "EUR")], kind_alt=["investment"]),
        D("nasdaq-norrpeak-colocation", ["Nasdaq", "Norrpeak Data Centers"], "other",
          400 * M, "SEK", "at_least", "2025-06", "signed",
          "Norrpeak valued the contract at more than SEK 400 million.",
          term=["2026", "2032"], kind_alt=["cloud_contract", "supply"],
          note="seven-year colocation contract signed 'last week' (previous sentence, Nasdaq); term from 'from 2026' and 'lasts through 2032'"),
    ],
    ["SEK 5.75 billion", "€2.4 billion", "SEK 610 million", "SEK 0.38 per kilowatt-hour",
     "SEK 95 million per megawatt", "SEK 30 million a year", "SEK 1.1 billion", "SEK 395,000"],
)

ARTICLES["009_boersen_liveticker_kursgewitter.txt"] = A(
    "2025-07-08", "from the ticker date 'Dienstag, 8. Juli 2025'; entries by time; 'heute (Vormittag)' -> 2025-07-08",
    "de",
    [
        D("wetterkamm-ormsgill-bid", ["Wetterkamm Capital", "Ormsgill Index"], "acquisition",
          250 * M, "GBP", "range", "2025-07", "rumored",
          "Im Gespräch sei ein Preis zwischen 250 und 300 Millionen Pfund, sagten zwei Personen, die mit den Überlegungen vertraut sind.",
          amount_max=300 * M,
          note="rumoured bid from insiders; parties in the previous sentence; Nasdaq's purchase of Ormsgill (012) is a different deal"),
        D("six-vrenelis-stake", ["SIX Group", "Vrenelis Quant"], "investment",
          45 * M, "CHF", "exact", "2025-07-08", "signed",
          "Die Schweizer Börsenbetreiberin SIX beteiligt sich mit 45 Millionen Franken an Vrenelis Quant.",
          alt=[(48 * M, "EUR")], note="EUR conversion in the next sentence"),
        D("euronext-sofrane-2025", ["Euronext", "Sofrane Data"], "acquisition",
          60 * M, "EUR", "exact", "2025-07-08", "signed",
          "Der Kaufpreis: 60 Millionen Euro, wie der Börsenbetreiber heute Vormittag mitteilte.",
          kind_alt=["investment"],
          note="25 % stake; parties in the previous sentence; first Euronext-Sofrane deal, the 2026 top-up (020) is another"),
    ],
    ["262,90 Euro", "4 Billionen Dollar", "161,40 Dollar", "9,4 Millionen Franken", "240 Millionen Euro",
     "146,70 Euro", "300 Euro", "1,1735 Dollar", "3.331 Dollar", "4,99 Euro"],
)

ARTICLES["010_aip_aligned_sturrock_en.txt"] = A(
    "2025-10-16", "from the header 'October 16, 2025 · 05:50 ET'; dateline 'Oct 15', 'on Wednesday' -> 2025-10-15", "en",
    [
        D("aip-aligned-acquisition", ["AI Infrastructure Partnership", "Aligned Data Centers",
                                      "Macquarie Asset Management"], "acquisition",
          39 * B, "USD", "exact", "2025-10-15", "signed",
          "The AI Infrastructure Partnership agreed on Wednesday to take over Aligned Data Centers, the Macquarie Asset Management portfolio company, paying $39 billion including debt, the largest takeover of a data-centre operator on record and the first big purchase by the investment vehicle whose members include BlackRock, its infrastructure arm GIP, Microsoft, Nvidia and Abu Dhabi's MGX.",
          alt=[(33.5 * B, "EUR")], note="EUR figure from 011 as alt_amount; seller Macquarie"),
    ],
    ["$7.8 million per megawatt", "$400 billion", "$6.5 billion", "$13.5 trillion", "$1,171.30", "$12 billion"],
)

ARTICLES["011_aligned_feldmoor_rackzeile.html"] = A(
    "2025-10-27",
    "from <meta name=date>, JSON-LD datePublished and the byline '27.10.2025, 06:30 Uhr'; 'Mitte Oktober' and 'in der vergangenen Woche' -> 2025-10",
    "de",
    [
        D("aip-aligned-acquisition", ["AI Infrastructure Partnership", "Aligned Data Centers",
                                      "Macquarie Asset Management"], "acquisition",
          33.5 * B, "EUR", "approx", "2025-10", "signed",
          "Umgerechnet rund 33,5 Milliarden Euro fließen inklusive Schulden an Macquarie Asset Management, dem Aligned bislang gehörte.",
          note="same takeover as 010 in EUR with month only ('Mitte Oktober', previous sentence)"),
        D("veridane-aligned-lease", ["Veridane", "Aligned Data Centers"], "other",
          110 * M, "USD", "approx", "2025-10", "signed",
          "Die Amerikaner zahlen dafür rund 110 Millionen Dollar pro Jahr, wie Aligned auf Anfrage bestätigte.",
          per="year", kind_alt=["cloud_contract"],
          note="'Die Amerikaner' = Veridane (previous sentence); ten-year hall lease 'aus der vergangenen Woche'"),
        D("feldmoor-phase3-capex", ["Feldmoor Rechenzentren"], "capex_plan",
          260 * M, "EUR", "approx", "2025-10", "planned",
          "Das Unternehmen plant einen dritten Bauabschnitt am Westerbachbogen und will dafür rund 260 Millionen Euro ausgeben, wie Geschäftsführer Jost Lindenkamp in der vergangenen Woche ankündigte.",
          kind_alt=["project"], note="'Das Unternehmen' = Feldmoor (previous sentence)"),
        D("deutsche-boerse-feldmoor-lease-2024", ["Deutsche Börse", "Feldmoor Rechenzentren"], "other",
          None, None, None, None, "signed",
          "Davon profitiert auch der Eschborner Betreiber Feldmoor Rechenzentren, bei dem die Deutsche Börse Mieterin ist.",
          required=False, kind_alt=["cloud_contract", "supply"],
          note="amount-less state of the 2024 lease (002)"),
    ],
    ["24 Milliarden Euro", "17 Cent je Kilowattstunde", "12 Millionen Euro", "7,90 Euro"],
)

ARTICLES["012_exchanges_week_bidoffer_en.txt"] = A(
    "2025-10-31", "from the issue line 'Issue 87 · Friday 31 October 2025'; 'earlier this month' -> 2025-10, 'on the 7th' -> 2025-10-07, 'on Monday' -> 2025-10-27",
    "en",
    [
        D("sp-global-with-intelligence", ["S&P Global", "With Intelligence"], "acquisition",
          1.8 * B, "USD", "exact", "2025-10", "signed",
          "S&P Global agreed earlier this month to buy With Intelligence, the London-based provider of data on private-markets funds and their investors, for $1.8 billion, all of it cash."),
        D("ice-polymarket", ["Intercontinental Exchange", "Polymarket"], "investment",
          2.1 * B, "USD", "up_to", "2025-10-07", "announced",
          "ICE will invest up to $2.1 billion in Polymarket, the prediction-market platform, the NYSE owner said on the 7th."),
        D("nasdaq-ormsgill", ["Nasdaq", "Ormsgill Index"], "acquisition",
          310 * M, "USD", "exact", "2025-10-27", "signed",
          "Nasdaq has agreed to pay $310 million in cash for Ormsgill Index, the London start-up whose machine-learning screens decide what goes into thematic indices on data centres, grid equipment and robotics.",
          alt=[(235 * M, "GBP")],
          note="announced 'on Monday' (next sentence); GBP conversion two sentences later"),
    ],
    ["$110 million", "$8.5 billion", "$19 billion", "$13.5tn", "$86.40", "$5.3bn", "£180", "£240", "$18", "$180"],
)

ARTICLES["013_lseg_microsoft_greshamobserver_en.html"] = A(
    "2025-11-06",
    "from <meta article:published_time>, JSON-LD datePublished and the byline 'Thursday 6 November 2025'; 'on Wednesday' -> 2025-11-05",
    "en",
    [
        D("lseg-microsoft-cloud-2025", ["LSEG", "Microsoft"], "cloud_contract",
          1.4 * B, "USD", "at_least", "2025-11-05", "signed",
          "London Stock Exchange Group will put at least another $1.4 billion into Microsoft cloud and AI products across the coming seven years, the exchange operator announced on Wednesday alongside its third-quarter trading update.",
          term=["2026", "2032"], alt=[(1.2 * B, "EUR")],
          note="term from the next sentence; EUR figure from 014 as alt_amount; different from the 2022 partnership"),
        D("lseg-microsoft-cloud-2022", ["LSEG", "Microsoft"], "cloud_contract",
          2.8 * B, "USD", "at_least", "2022-12", "signed",
          "It sits on top of the ten-year partnership signed in December 2022, under which Microsoft took a stake of about 4 per cent in LSEG and the exchange group promised to spend at least $2.8 billion with the software company.",
          required=False, kind_alt=["partnership"], note="background: the 2022 spending commitment"),
        D("microsoft-lseg-stake-2022", ["Microsoft", "LSEG"], "investment",
          None, None, None, "2022-12", "completed",
          "It sits on top of the ten-year partnership signed in December 2022, under which Microsoft took a stake of about 4 per cent in LSEG and the exchange group promised to spend at least $2.8 billion with the software company.",
          required=False, note="background: Microsoft's 2022 stake, no price given"),
        D("lseg-kestova-acquisition", ["LSEG", "Kestova Analytics"], "acquisition",
          240 * M, "GBP", "exact", "2025-11-05", "signed",
          "In a smaller deal disclosed alongside the results, LSEG agreed to buy Kestova Analytics, the London alternative-data firm, for £240 million.",
          note="'alongside the results' = Wednesday; Marlowcleeve among the sellers (next sentence)"),
    ],
    ["£2.2 billion", "£1 billion", "9,210p", "£48 billion", "11,400p", "£1,400 a month", "£12 a month"],
)

ARTICLES["014_boersenbetreiber_kommentar_tickgroesse.txt"] = A(
    "2025-11-20", "from the column line 'Gastkommentar | Donnerstag, 20. November 2025'; 'Anfang November' -> 2025-11, 'im Frühjahr' -> 2025",
    "de",
    [
        D("lseg-microsoft-cloud-2025", ["LSEG", "Microsoft"], "cloud_contract",
          1.2 * B, "EUR", "at_least", "2025-11", "signed",
          "Anfang November verpflichtete sich die LSEG, in den kommenden sieben Jahren mindestens weitere 1,2 Milliarden Euro in Microsofts Cloud- und KI-Angebote zu stecken.",
          note="same commitment as 013 in EUR with month only"),
        D("euronext-athex-acquisition", ["Euronext", "Athens Stock Exchange"], "acquisition",
          410 * M, "EUR", "approx", "2025", "completed",
          "Die im Frühjahr vereinbarte Übernahme der Athener Börse hat der Konzern in dieser Woche abgeschlossen; das Umtauschangebot bewertete die Griechen mit rund 410 Millionen Euro.",
          note="'der Konzern' = Euronext (previous sentence); agreed 'im Frühjahr' -> 2025, completed this week"),
        D("deutsche-boerse-ai-capex", ["Deutsche Börse"], "capex_plan",
          300 * M, "EUR", "approx", None, "planned",
          "Nach Angaben des Vorstands sollen bis Ende 2026 rund 300 Millionen Euro in KI-Anwendungen fließen, von der Marktüberwachung bis zur Fondsabwicklung.",
          required=False, term=[None, "2026-12"],
          note="group-wide spending plan; Deutsche Börse from the previous sentences; no announcement date"),
    ],
    ["50 Milliarden Dollar", "285 Euro", "221,60 Euro", "11.000 Pence", "158 Euro", "590 Euro"],
)

ARTICLES["015_boerse_allfunds_chartstube.txt"] = A(
    "2026-01-13", "from the stock-portal stamp '13.01.2026 · 08:12 Uhr'; talks confirmed 'am Montagabend' (2026-01-12)",
    "de",
    [
        D("deutsche-boerse-allfunds", ["Deutsche Börse", "Allfunds"], "acquisition",
          5.3 * B, "EUR", "approx", "2026", "negotiating",
          "Für das Madrider Unternehmen insgesamt ergäbe das einen Kaufpreis von rund 5,3 Milliarden Euro.",
          alt=[(5.35 * B, "EUR"), (5.8 * B, "USD")],
          note="exclusive talks confirmed 'am Montagabend' (2026-01-12), price from 'Finanzkreisen'; the date keeps only the year so that the shared id's dates agree with the signing on 2026-03-03 (016); signed figures as alt_amounts"),
        D("euronext-allfunds-denied", ["Euronext", "Allfunds"], "acquisition",
          6 * B, "EUR", "at_least", "2026-01", "cancelled",
          "Gerüchte, wonach auch Euronext ein Gegenangebot von mehr als 6 Milliarden Euro für Allfunds vorbereite, dementierte der Mehrländer-Börsenbetreiber noch am Abend: Man prüfe „keine Transaktion dieser Art“.",
          required=False, note="rumoured counter-bid denied"),
    ],
    ["8,80 Euro", "1,6 Billionen Euro", "7,62 Euro", "231,40 Euro", "139,85 Euro", "600 Millionen Euro",
     "370 Millionen Euro", "3,3 Milliarden Euro", "270 Euro", "75 Euro"],
)

ARTICLES["016_boerse_allfunds_amstelkade_en.txt"] = A(
    "2026-03-04", "from the dateline 'AMSTERDAM/FRANKFURT, 4 March 2026'; 'on Tuesday' -> 2026-03-03", "en",
    [
        D("deutsche-boerse-allfunds", ["Deutsche Börse", "Allfunds"], "acquisition",
          5.35 * B, "EUR", "exact", "2026-03-03", "signed",
          "Deutsche Börse on Tuesday signed a €5.35 billion ($5.8 billion) cash-and-shares takeover of Allfunds, ending weeks of speculation about whether the German exchange operator would walk away from its biggest purchase in years.",
          alt=[(5.8 * B, "USD")], note="signing of the talks reported in 015"),
        D("seckendorff-deutsche-boerse-bridge", ["Bankhaus Seckendorff & Olbers", "Deutsche Börse"], "other",
          2 * B, "EUR", "exact", "2026-03", "signed",
          "To pay the cash part, Deutsche Börse has lined up a €2 billion bridge loan from Bankhaus Seckendorff & Olbers, which it plans to replace with bonds over the coming months.",
          kind_alt=["investment"], note="bridge loan; no signing day given -> month"),
        D("allfunds-deutsche-boerse-breakfee", ["Allfunds", "Deutsche Börse"], "other",
          60 * M, "EUR", "exact", "2026-03-03", "signed",
          "Should Allfunds accept a rival bid, it would owe Deutsche Börse a break fee of €60 million, according to the offer document.",
          required=False, note="conditional break fee, part of the takeover agreement"),
    ],
    ["€8.90", "€4.50", "€1.6 trillion", "€80 million a year", "€255", "€8.71", "€226.80", "€11.50", "€9 a month"],
)

ARTICLES["017_feldmoor_interview_rackbrief.txt"] = A(
    None, "no date anywhere in the article (only 'Lesedauer: 6 Minuten'); 'im vergangenen Jahr' cannot be resolved", "de",
    [
        D("deutsche-boerse-feldmoor-lease-2024", ["Deutsche Börse", "Feldmoor Rechenzentren"], "other",
          14 * M, "EUR", "approx", "2024", "signed",
          "Sie zahlt uns jährlich rund 14 Millionen Euro für ihren Gebäudeteil, und zwar bis 2041.",
          per="year", term=[None, "2041"], kind_alt=["cloud_contract", "supply"],
          note="'Sie' = Deutsche Börse, 'uns' = Feldmoor; signed 'als wir 2024 …' (previous sentence); the first lease (002)"),
        D("deutsche-boerse-feldmoor-lease-2", ["Deutsche Börse", "Feldmoor Rechenzentren"], "other",
          9 * M, "EUR", "approx", None, "signed",
          "Dafür zahlt sie jährlich rund neun Millionen Euro, Laufzeit zehn Jahre.",
          per="year", kind_alt=["cloud_contract", "supply"],
          note="second hall 'im vergangenen Jahr' in an undated interview -> null; 'sie' = die Börse; a separate contract from the 2024 lease, must stay apart; amount in words"),
        D("brinkwater-feldmoor-offer", ["Brinkwater Capital", "Feldmoor Rechenzentren"], "acquisition",
          850 * M, "EUR", "approx", "2025", "cancelled",
          "Im Sommer 2025 lagen von Brinkwater Capital knapp 850 Millionen Euro für hundert Prozent der Firma auf dem Tisch.",
          note="offer refused ('unser einstimmiges Nein'); 'im Sommer 2025' -> 2025"),
    ],
    ["Zwischen elf und zwölf Millionen Euro", "16 Cent je Kilowattstunde", "95.000 Euro", "58.000 Euro",
     "89 Euro", "16,50 Euro"],
)

ARTICLES["018_quayvance_round_tokentape_en.txt"] = A(
    "2026-05-12", "from the issue line 'Vol. 3, No. 19 — Tuesday 12 May 2026'; 'on Monday' -> 2026-05-11, 'in February last year' -> 2025-02",
    "en",
    [
        D("wetterkamm-quayvance-seriesc", ["Wetterkamm Capital", "Quayvance Labs"], "investment",
          600 * M, "USD", "exact", "2026-05-11", "completed",
          "Quayvance Labs, the San Francisco developer of finance-specific language models, said on Monday it had raised $600 million in a Series C.",
          note="lead investor in the next sentence ('Leading the round was Wetterkamm Capital'); valuation $7.5bn is not a deal"),
        D("bloomberg-quayvance-stake", ["Bloomberg", "Quayvance Labs"], "investment",
          50 * M, "USD", "exact", "2026-05-11", "completed",
          "Bloomberg put in $50 million of that, making the data giant a shareholder for the first time.",
          note="part of the Series C; different from the archive licence of 2025"),
        D("bloomberg-quayvance-licence", ["Bloomberg", "Quayvance Labs"], "other",
          180 * M, "USD", "exact", "2025-02", "signed",
          "It is a different relationship from the one the two already have: Bloomberg's four-year archive licence, worth $180 million over its life and signed in February last year, gives Quayvance the right to train on decades of Bloomberg news and pricing history.",
          kind_alt=["supply", "partnership"], note="restatement of 006 as a total"),
        D("quayvance-veridane-lease", ["Quayvance Labs", "Veridane"], "cloud_contract",
          700 * M, "USD", "approx", "2026-05", "negotiating",
          "Quayvance is also negotiating a lease of roughly $700 million with Veridane for a dedicated GPU cluster in Texas, says someone who has read a draft of the terms.",
          note="talks reported by one source; 'Neither company commented'"),
    ],
    ["$7.5 billion", "$210 million", "$2.10", "$3.40", "$7.5bn", "$1.2m", "$895", "$595", "$380,000 to $450,000"],
)

ARTICLES["019_grathwerk_boerse_isarwirtschaft.txt"] = A(
    "2026-09-11", "from the issue line 'Nr. 37 · Freitag, 11. September 2026 · Seite 5'; 'Am Mittwoch' -> 2026-09-09", "de",
    [
        D("deutsche-boerse-grathwerk-surveillance", ["Deutsche Börse", "Grathwerk KI"], "other",
          8 * M, "EUR", "approx", "2026-09-09", "signed",
          "Der Frankfurter Börsenbetreiber zahlt dafür rund acht Millionen Euro pro Jahr, die Laufzeit beträgt fünf Jahre ab Januar 2027.",
          per="year", term=["2027-01", "2031-12"], kind_alt=["supply", "cloud_contract"],
          note="software contract signed 'Am Mittwoch' (previous sentence); amount in words (headline compound 'Acht-Millionen-Euro-Auftrag'); second Deutsche Börse-Grathwerk deal"),
        D("deutsche-boerse-grathwerk-stake", ["Deutsche Börse", "Grathwerk KI"], "investment",
          20 * M, "EUR", "exact", "2025-04", "completed",
          "Im April 2025 hatte sich der Konzern mit 20 Millionen Euro an dem damals zwei Jahre alten Unternehmen beteiligt und sitzt seitdem im Beirat.",
          note="restatement of 007; 'der Konzern' = Deutsche Börse, 'dem … Unternehmen' = Grathwerk"),
        D("wertachau-grathwerk-round", ["Wertachau Ventures", "Grathwerk KI"], "investment",
          32 * M, "EUR", "exact", "2026-09", "completed",
          "Parallel hat Grathwerk eine Finanzierungsrunde über 32 Millionen Euro abgeschlossen, an deren Spitze Wertachau Ventures aus Augsburg steht; die Börse machte von ihrem Vorkaufsrecht keinen Gebrauch.",
          note="round with its lead investor"),
    ],
    ["11 Millionen Euro", "110.000 bis 140.000 Euro", "240 Millionen Euro", "2,4 Millionen Euro",
     "42 Euro pro Quadratmeter", "1,5 Millionen Euro", "9,90 Euro", "35 Euro"],
)

ARTICLES["020_exchanges_close_sixthfloor_en.txt"] = A(
    "2026-11-12", "from the market-report line 'After the bell · Thursday, 12 November 2026'; 'on Tuesday' -> 2026-11-10, 'on Wednesday' -> 2026-11-11",
    "en",
    [
        D("deutsche-boerse-allfunds", ["Deutsche Börse", "Allfunds"], "acquisition",
          None, None, None, "2026-03", "completed",
          "Deutsche Börse finished 0.7% higher at €248.90 after completing its takeover of Allfunds on Wednesday, eight months after the March agreement.",
          note="completion on 2026-11-11 without amount; the date is that of the agreement ('the March agreement')"),
        D("nasdaq-veridane-gpu-2026", ["Nasdaq", "Veridane"], "cloud_contract",
          140 * M, "USD", "exact", "2026-11-10", "signed",
          "The exchange operator has renewed its GPU arrangement with Veridane for another three years, paying $140 million over the period, it said on Tuesday.",
          note="'The exchange operator' = Nasdaq; renewal, a new contract distinct from the 2024 deal (003)"),
        D("euronext-sofrane-2026", ["Euronext", "Sofrane Data"], "acquisition",
          95 * M, "EUR", "exact", "2026-11-11", "signed",
          "The pan-European group is paying a further €95 million to lift its stake in Sofrane Data, the Paris tick-data start-up, from 25% to 60%, it announced on Wednesday.",
          kind_alt=["investment"],
          note="'The pan-European group' = Euronext; second Euronext-Sofrane deal, distinct from the 2025 stake (009)"),
    ],
    ["€248.90", "€6.3 billion", "€6 billion", "$94.15", "$108", "€151.20", "€271 million", "8,874p", "$171.30",
     "CHF 1.24 billion", "$71.80 a barrel", "£300 a month", "£1,950"],
)


def main():
    for a in ARTICLES.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d.get(k), float):
                    d[k] = int(round(d[k]))
            for alt in d.get("alt_amounts", []):
                alt["amount"] = int(round(alt["amount"]))
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
