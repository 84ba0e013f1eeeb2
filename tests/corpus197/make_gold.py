#!/usr/bin/env python3
"""Write gold.json for tests/corpus197 (the hand annotation, kept as a script).

Usage: python3 tests/corpus197/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 197th, held-out test corpus (tests/corpus197/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. Theme: seeds, crop protection and fertilisers in the AI-infrastructure race (agri-input "
    "groups buying cloud and GPU capacity, funding AI breeding start-ups, and fertiliser and potash makers selling "
    "land, grid connections, water and heat to data-centre developers). One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague or background mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one "
    "of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | "
    "approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <meta>/<time>, issue line or "
    "stock-portal stamp, or null when the article has none); quarters, half-years and seasons become the year; a "
    "cancelled deal keeps the date of the original agreement or talks; 'term' is the period the deal covers, where "
    "the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Genfeld Analytics, Kiesbank Cloud, Werragrund Rechenzentren, Furrowline, Kessenich Partners, Loblolly "
    "Digital, Elbauen Stickstoffwerke, Haveldamm Data, Skarvheia Datasenter, Quarzberg Capital, Sedgefield Genomics, "
    "Bystrzyca Data Parks, Hohenborn Saaten, Feldauge, Coteau Compute, Ardenholt Capital, Fjordlund Compute, Mishor "
    "Analytics, Fuldaer Landbank, Deccan Urvarak, Lonavala Cloudworks, Konkan Growth Partners; invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real companies are "
    "partly real, mostly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "KWS Saat": ["KWS Saat", "KWS Saat SE", "KWS"],
    "Genfeld Analytics": ["Genfeld Analytics", "Genfeld Analytics GmbH", "Genfeld"],
    "Kiesbank Cloud": ["Kiesbank Cloud", "Kiesbank Cloud GmbH", "Kiesbank"],
    "Bayer": ["Bayer", "Bayer AG", "Bayer Crop Science"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure", "Microsoft Azure"],
    "K+S": ["K+S", "K+S AG"],
    "Werragrund Rechenzentren": ["Werragrund Rechenzentren", "Werragrund Rechenzentren GmbH", "Werragrund"],
    "Gemeinde Philippsthal": ["Gemeinde Philippsthal", "Philippsthal", "Philippsthal (Werra)"],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "NVentures"],
    "Furrowline": ["Furrowline"],
    "Corteva": ["Corteva", "Corteva Agriscience", "Corteva Inc."],
    "BASF": ["BASF", "BASF SE", "BASF Agricultural Solutions", "BASF-Agrarsparte"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Kessenich Partners": ["Kessenich Partners", "Kessenich"],
    "CF Industries": ["CF Industries", "CF Industries Holdings", "CF"],
    "JERA": ["JERA"],
    "Mitsui": ["Mitsui", "Mitsui & Co", "Mitsui & Co."],
    "Loblolly Digital": ["Loblolly Digital", "Loblolly"],
    "Elbauen Stickstoffwerke": ["Elbauen Stickstoffwerke", "Elbauen Stickstoffwerke GmbH", "Elbauen"],
    "Haveldamm Data": ["Haveldamm Data", "Haveldamm"],
    "Syngenta": ["Syngenta", "Syngenta Group", "Syngenta AG"],
    "Intrinsyx Bio": ["Intrinsyx Bio", "Intrinsyx"],
    "Yara": ["Yara", "Yara International", "Yara International ASA"],
    "Skarvheia Datasenter": ["Skarvheia Datasenter", "Skarvheia"],
    "DNB": ["DNB", "DNB Bank"],
    "Quarzberg Capital": ["Quarzberg Capital", "Quarzberg"],
    "Sedgefield Genomics": ["Sedgefield Genomics", "Sedgefield"],
    "CoreWeave": ["CoreWeave"],
    "Grupa Azoty": ["Grupa Azoty"],
    "Bystrzyca Data Parks": ["Bystrzyca Data Parks", "Bystrzyca"],
    "Google": ["Google", "Google Cloud"],
    "Hohenborn Saaten": ["Hohenborn Saaten", "Hohenborn Saaten KG", "Hohenborn"],
    "Feldauge": ["Feldauge"],
    "Nutrien": ["Nutrien", "Nutrien Ltd."],
    "Coteau Compute": ["Coteau Compute", "Coteau"],
    "SaskPower": ["SaskPower", "Saskatchewan Power Corporation"],
    "GDM": ["GDM"],
    "Ardenholt Capital": ["Ardenholt Capital", "Ardenholt"],
    "Novonesis": ["Novonesis"],
    "Fjordlund Compute": ["Fjordlund Compute", "Fjordlund"],
    "Deere": ["Deere", "Deere & Co", "John Deere"],
    "ICL": ["ICL", "ICL Group"],
    "Mishor Analytics": ["Mishor Analytics", "Mishor"],
    "Fuldaer Landbank": ["Fuldaer Landbank"],
    "Stadt Heringen": ["Stadt Heringen", "Heringen"],
    "Deccan Urvarak": ["Deccan Urvarak"],
    "Lonavala Cloudworks": ["Lonavala Cloudworks", "Lonavala"],
    "Konkan Growth Partners": ["Konkan Growth Partners", "Konkan Growth"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


ARTICLES = {}

ARTICLES["001_genfeld_kws_keimblatt.txt"] = {
    "published": "2024-03-14",
    "published_note": "from the issue line 'Nr. 6/2024 · Donnerstag, 14. März 2024'; 'am Dienstag' -> 2024-03-12",
    "language": "de",
    "deals": [
        D("kws-genfeld-series-a", ["KWS Saat", "Genfeld Analytics"], "investment", 38_000_000, "EUR", "exact",
          "2024-03-12", "completed",
          "Das Göttinger Start-up, das mit maschinellem Lernen Kreuzungspläne für Zuckerrüben und Körnermais berechnet, schloss am Dienstag eine Serie-A-Finanzierung über 38 Millionen Euro ab; KWS führte die Runde an und hält danach gut ein Viertel der Anteile.",
          note="lead investor KWS in the same sentence, start-up named in the previous one; co-investor Leinholz Ventures not listed (capital raises list the lead); restated in 015; different from the 2026 takeover (015); valuation ~€160m is not a deal"),
        D("genfeld-kiesbank-gpu-2024", ["Genfeld Analytics", "Kiesbank Cloud"], "cloud_contract", 4_000_000, "EUR", "approx",
          "2024-03", "signed",
          "Der Vertrag umfasst knapp vier Millionen Euro, wie beide Firmen auf Nachfrage bestätigten.",
          kind_alt=["supply"],
          note="amount in words ('knapp vier Millionen'); parties in the previous sentence ('Das Unternehmen' = Genfeld, 'Mannheimer Kiesbank Cloud GmbH'); two-year GPU rental, no signing day"),
    ],
    "not_deals": ["rund 160 Millionen Euro", "knapp 2,3 Millionen Euro", "rund 310 Millionen Euro",
                  "1,68 Milliarden Euro", "268 Euro", "259 Euro", "79 Euro", "420 Euro"],
}

ARTICLES["002_bayer_microsoft_dhuennspiegel.txt"] = {
    "published": "2024-06-12",
    "published_note": "dateline without year 'Leverkusen, 12. Juni (dsp)'; the year from the copyright line '© 2024 Dhünnspiegel Medien GmbH'; 'am Dienstag' -> 2024-06-11",
    "language": "de",
    "deals": [
        D("bayer-microsoft-azure-2024", ["Bayer", "Microsoft"], "cloud_contract", 1_100_000_000, "EUR", "approx",
          "2024-06-11", "signed",
          "Die Leverkusener unterzeichneten am Dienstag einen auf sieben Jahre angelegten Vertrag, dessen Volumen Unternehmenskreise auf rund 1,1 Milliarden Euro beziffern.",
          alt_amounts=[alt(1_200_000_000, "USD")],
          note="'Die Leverkusener' = Bayer, Microsoft in the previous sentence; value from company sources; 004 and 017 give ~$1.2bn (alt_amounts); 013 and 016 mention it without amount; different from the 2022 partnership (below) and the 2026 agents contract (017)"),
        D("bayer-monheim-capex", ["Bayer"], "capex_plan", 220_000_000, "EUR", "approx",
          "2024-06", "planned",
          "Parallel will Bayer nach eigenen Angaben rund 220 Millionen Euro in ein neues Daten- und Forschungszentrum am Standort Monheim investieren, das Ende 2026 in Betrieb gehen soll.",
          kind_alt=["project"],
          note="site investment plan; only the spender is a party"),
        D("bayer-microsoft-partnership-2022", ["Bayer", "Microsoft"], "partnership", None, None, None,
          "2022", "signed",
          "Ganz neu ist die Verbindung nicht: Schon 2022 hatten beide Konzerne eine Partnerschaft für eine gemeinsame Agrardaten-Plattform vereinbart.",
          required=False,
          note="amount-less background mention of an older agreement of the same pair"),
    ],
    "not_deals": ["rund 34,5 Milliarden Euro", "22,3 Milliarden Euro", "knapp 900 Millionen Euro", "26,14 Euro",
                  "3.499 Euro", "7,90 Euro"],
}

ARTICLES["003_werragrund_philippsthal_ulstertal.txt"] = {
    "published": "2024-11-21",
    "published_note": "from the line 'Lokales · Philippsthal (Werra) · Donnerstag, 21. November 2024'; 'am Montag' -> 2024-11-18, 'Am Dienstagabend' -> 2024-11-19",
    "language": "de",
    "deals": [
        D("ks-werragrund-land", ["K+S", "Werragrund Rechenzentren"], "acquisition", 46_000_000, "EUR", "exact",
          "2024-11-18", "signed",
          "Für 46 Millionen Euro wechseln 38 Hektar Brachland am östlichen Rand des Kaliwerks Hattorf den Eigentümer.",
          kind_alt=["other"],
          note="amount first, buyer (Werragrund) and seller (K+S) and the signing 'am Montag' in the next sentence; restated without amount in 019; different from the 2026 heat contract (019)"),
        D("werragrund-hattorf-capex", ["Werragrund Rechenzentren"], "capex_plan", 600_000_000, "EUR", "approx",
          "2024-11", "planned",
          "Das Unternehmen will in einem ersten Bauabschnitt rund 600 Millionen Euro in zwei Hallen mit zusammen 90 Megawatt Anschlussleistung investieren.",
          note="'Das Unternehmen' = Werragrund (Quendt quote in the previous sentence)"),
        D("philippsthal-werragrund-road", ["Gemeinde Philippsthal", "Werragrund Rechenzentren"], "acquisition", 1_200_000, "EUR", "exact",
          "2024-11-19", "announced",
          "Einstimmig beschloss sie, Werragrund die gemeindeeigene Zufahrtsstraße samt angrenzendem Grünstreifen für 1,2 Millionen Euro zu überlassen.",
          kind_alt=["other"],
          note="'sie' = the Gemeindevertretung ('Am Dienstagabend', previous sentence); council decision, not yet notarised -> announced"),
    ],
    "not_deals": ["jährlich bis zu drei Millionen Euro Gewerbesteuer", "780.000 Euro", "25 Millionen Euro",
                  "14 Euro je Quadratmeter", "Die drei Millionen aus der Gewerbesteuer", "189 Euro"],
}

ARTICLES["004_furrowline_nvidia_tillagetensor_en.html"] = {
    "published": "2024-09-19",
    "published_note": "from <meta property='article:published_time'> and <time datetime='2024-09-19'> ('Sep 19, 2024'); 'on Tuesday' -> 2024-09-17",
    "language": "en",
    "deals": [
        D("nvidia-furrowline-seriesb", ["Nvidia", "Furrowline"], "investment", 85_000_000, "USD", "exact",
          "2024-09-17", "completed",
          "Furrowline, a Davis, California, company whose software counts emerging corn and soybean plants from drone and tractor-camera images, said on Thursday that its $85 million Series B financing was completed on Tuesday.",
          note="lead investor in the next sentence ('NVentures, Nvidia's venture-investing unit, led it'); Palouse Ridge Capital co-invested; valuation $540m is not a deal"),
        D("corteva-furrowline-licence", ["Corteva", "Furrowline"], "other", 14_000_000, "USD", "approx",
          "2024-09", "signed",
          "The Indianapolis company will pay about $14 million over three years, both sides said, without giving the start date.",
          kind_alt=["cloud_contract", "partnership"],
          note="'The Indianapolis company' = Corteva Agriscience (previous sentence); software licence over three years"),
        D("bayer-microsoft-azure-2024", ["Bayer", "Microsoft"], "cloud_contract", 1_200_000_000, "USD", "approx",
          "2024-06", "signed",
          "Bayer booked Microsoft's Azure cloud for its crop science unit in June; insiders put the seven-year agreement at roughly $1.2 billion.",
          note="same contract as 002 (EUR, day); here USD and month only"),
    ],
    "not_deals": ["$540 million", "$19 million", "$3 per acre", "$22.4 billion", "$249"],
}

ARTICLES["005_basf_kiesbank_aktienscheffel.txt"] = {
    "published": "2025-02-19",
    "published_note": "from the stock-portal stamp '19.02.2025 – 08:41 Uhr'; 'am Dienstag' -> 2025-02-18",
    "language": "de",
    "deals": [
        D("basf-kiesbank-compute", ["BASF", "Kiesbank Cloud"], "cloud_contract", 400_000_000, "EUR", "up_to",
          "2025", "rumored",
          "Nach Angaben von zwei mit den Gesprächen befassten Personen verhandelt BASF Agricultural Solutions mit der Mannheimer Kiesbank Cloud über einen Fünfjahresvertrag im Volumen von bis zu 400 Millionen Euro.",
          alt_amounts=[alt(380_000_000, "EUR"), alt(430_000_000, "USD")],
          note="talks reported by two sources, not confirmed -> rumored; signed in May at €380m ($430m) (010, 016; alt_amounts); the year keeps the shared id's dates consistent with the signing date"),
        D("basf-amazon-cloud", ["BASF", "Amazon"], "cloud_contract", None, None, None,
          None, "signed",
          "Bislang lässt die BASF-Agrarsparte einen großen Teil ihrer Modellrechnungen bei der Amazon-Tochter AWS laufen; dieser Vertrag soll nach den Informationen der Redaktion bestehen bleiben.",
          required=False,
          note="existing cloud contract without amount or date ('Amazon-Tochter AWS')"),
        D("kessenich-basf-agri-stake", ["Kessenich Partners", "BASF"], "investment", 8_000_000_000, "EUR", "approx",
          "2025-02", "rumored",
          "Einen Bericht, wonach der Finanzinvestor Kessenich Partners für rund acht Milliarden Euro bei der Agrarsparte einsteigen wolle, wies BASF am Dienstag als „frei erfunden\" zurück.",
          required=False, kind_alt=["acquisition"],
          note="denied rumour (optional); amount in words ('rund acht Milliarden'); denied 2025-02-18"),
    ],
    "not_deals": ["47,86 EUR", "52,10 EUR", "40,19 EUR", "9,8 Milliarden Euro", "1,58 Milliarden Euro",
                  "2,25 Euro je Aktie", "56 Euro", "49 Euro", "zwischen 49,50 und 50 Euro", "500 Euro"],
}

ARTICLES["006_bluepoint_cf_jera_tillerpin_en.txt"] = {
    "published": "2025-04-16",
    "published_note": "from the header 'April 16, 2025 · 07:05 ET'; dateline 'DEERFIELD, Illinois, April 15'; 'on Tuesday' -> 2025-04-15",
    "language": "en",
    "deals": [
        D("cf-jera-mitsui-bluepoint", ["CF Industries", "JERA", "Mitsui"], "joint_venture", 4_000_000_000, "USD", "approx",
          "2025-04-15", "signed",
          "DEERFIELD, Illinois, April 15 (Tillerpin) - CF Industries Holdings, the largest U.S. nitrogen fertilizer producer, and Japan's JERA and Mitsui & Co agreed on Tuesday to pool money in a jointly held venture for a low-carbon ammonia plant at CF's Blue Point site in Ascension Parish, Louisiana, at a cost of about $4 billion.",
          kind_alt=["project"], alt_amounts=[alt(3_700_000_000, "EUR")],
          note="stakes 40/35/25; 007 restates it in EUR (~€3.7bn, month only), 018 without amount"),
        D("jera-cf-ammonia-offtake", ["JERA", "CF Industries"], "supply", None, None, None,
          "2025-04", "announced",
          "Each partner will take its share of the output; JERA plans to burn part of its volumes alongside coal at power stations in Japan under a separate offtake arrangement whose price was not disclosed.",
          required=False,
          note="amount-less offtake arrangement of the venture's output"),
        D("cf-loblolly-yazoo-lease", ["CF Industries", "Loblolly Digital"], "other", 11_000_000, "USD", "approx",
          "2025-04-15", "signed",
          "Loblolly's rent will come to about $11 million a year over an initial 25-year term, with two ten-year extension options, CF said.",
          per="year",
          note="land lease at Yazoo City announced 'In a separate announcement on Tuesday' (previous sentence); yearly rate"),
    ],
    "not_deals": ["$85 per metric ton", "$1.22 billion", "$12.6 billion", "$74.18", "$435 a metric ton", "$475",
                  "$95", "$88"],
}

ARTICLES["007_duenger_wochenrueckblick_granulat.txt"] = {
    "published": "2025-05-09",
    "published_note": "from the issue line 'KW 19 · Freitag, 9. Mai 2025'",
    "language": "de",
    "deals": [
        D("elbauen-haveldamm-site", ["Elbauen Stickstoffwerke", "Haveldamm Data"], "acquisition", 60_000_000, "EUR", "range",
          "2025", "rumored", amount_max=80_000_000,
          evidence="Im Gespräch ist laut zwei Beteiligten ein Kaufpreis zwischen 60 und 80 Millionen Euro.",
          kind_alt=["other"], alt_amounts=[alt(72_000_000, "EUR")],
          note="talks reported by the newsletter ('Nach Informationen von GRANULAT', parties in the previous sentence) -> rumored; signed at €72m on 2025-10-15 (012, alt_amounts); the year keeps the shared id's dates consistent"),
        D("cf-jera-mitsui-bluepoint", ["CF Industries", "JERA", "Mitsui"], "joint_venture", 3_700_000_000, "EUR", "approx",
          "2025-04", "signed",
          "Im April haben CF Industries, JERA und Mitsui den Bau einer Anlage für kohlenstoffarmes Ammoniak in Louisiana beschlossen; das Gemeinschaftsunternehmen soll rund 3,7 Milliarden Euro kosten.",
          kind_alt=["project"],
          note="same venture as 006 (USD, day); here EUR and month only"),
    ],
    "not_deals": ["36 Euro je Megawattstunde", "601 Millionen Dollar", "455 Dollar je Tonne", "312 Euro je Tonne",
                  "355 Dollar je Tonne", "580 Dollar je Tonne", "315 Euro je Tonne", "zwei Milliarden Euro",
                  "390 Euro", "19 Euro im Monat"],
}

ARTICLES["008_syngenta_aws_rheinknie_en.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the dateline 'BASEL — Thursday, 12 June 2025'; 'on Wednesday' -> 2025-06-11",
    "language": "en",
    "deals": [
        D("syngenta-aws-cloud", ["Syngenta", "Amazon"], "cloud_contract", 640_000_000, "CHF", "exact",
          "2025-06-11", "signed",
          "Syngenta Group has agreed to spend CHF 640 million, or about $780 million, on cloud capacity and AI services from Amazon Web Services over the next six years, the Basel-based group said on Wednesday.",
          alt_amounts=[alt(780_000_000, "USD")],
          note="six-year commitment; 'Amazon Web Services' = Amazon"),
        D("syngenta-stein-capex", ["Syngenta"], "capex_plan", 150_000_000, "CHF", "exact",
          "2025-06", "planned",
          "Alongside the cloud deal, the company plans to invest CHF 150 million in a computational chemistry centre at its research site in Stein, in the canton of Aargau, by the end of 2027.",
          term=[None, "2027"], kind_alt=["project"],
          note="'the company' = Syngenta"),
        D("syngenta-intrinsyx", ["Syngenta", "Intrinsyx Bio"], "acquisition", None, None, None,
          "2025-06", "completed",
          "Earlier this month Syngenta also bought Intrinsyx Bio, a Californian developer of nitrogen-fixing microbes, for an undisclosed sum.",
          required=False,
          note="undisclosed price -> optional"),
    ],
    "not_deals": ["CHF 140,000 a year", "$28.8 billion", "$4.4 billion", "$23 billion", "€3.1 billion",
                  "€1 billion", "CHF 18 million", "CHF 24 monthly", "CHF 39 a month"],
}

ARTICLES["009_yara_skarvheia_frierfjord_en.txt"] = {
    "published": "2025-07-03",
    "published_note": "from the stamp 'Published 03.07.2025 06:30 | Updated 03.07.2025 09:12'; 'on Wednesday' -> 2025-07-02; 'Five weeks earlier' -> 2025-05-28",
    "language": "en",
    "deals": [
        D("yara-skarvheia-land", ["Yara", "Skarvheia Datasenter"], "acquisition", 380_000_000, "NOK", "exact",
          "2025-07-02", "signed",
          "PORSGRUNN — Yara International has sold a 22-hectare plot at the Herøya industrial park to Skarvheia Datasenter for NOK 380 million, about €32 million, the fertiliser group and the Skien-based developer said on Wednesday.",
          kind_alt=["other"], alt_amounts=[alt(32_000_000, "EUR")],
          note="land sale; different from the yearly grid and water contract of the same pair (below)"),
        D("yara-skarvheia-grid-water", ["Skarvheia Datasenter", "Yara"], "supply", 45_000_000, "NOK", "exact",
          "2025-07-02", "signed",
          "Under it, Skarvheia will pay the fertiliser maker NOK 45 million a year for a share of Yara's grid connection and for cooling water drawn from the fjord intake, for 15 years from the start of operations in 2027.",
          per="year", term=["2027", None], kind_alt=["other"],
          note="'it' = the second agreement (previous sentence), 'the fertiliser maker' = Yara; yearly rate for 15 years"),
        D("dnb-skarvheia-loan", ["DNB", "Skarvheia Datasenter"], "other", 2_100_000_000, "NOK", "exact",
          "2025-05-28", "signed",
          "Five weeks earlier, DNB agreed to lend Skarvheia NOK 2.1 billion to finance the first construction phase, according to a filing in the Brønnøysund register.",
          kind_alt=["investment"],
          note="construction loan; 'Five weeks earlier' than the Wednesday signing (2025-07-02)"),
    ],
    "not_deals": ["NOK 92 billion", "$601 million", "NOK 6.5 billion", "NOK 28 million a year",
                  "41 øre per kilowatt-hour", "NOK 289 a month"],
}

ARTICLES["010_basf_kiesbank_wattline_en.html"] = {
    "published": "2025-05-20",
    "published_note": "from <meta name='date' content='2025-05-20'> and the byline 'Tue 20 May 2025'; 'on Monday' -> 2025-05-19",
    "language": "en",
    "deals": [
        D("basf-kiesbank-compute", ["BASF", "Kiesbank Cloud"], "cloud_contract", 380_000_000, "EUR", "exact",
          "2025-05-19", "signed",
          "BASF Agricultural Solutions, the crop-protection and seeds arm of the German chemicals group, has signed a five-year contract for GPU capacity with Kiesbank Cloud worth €380 million (about $430 million), Kiesbank and BASF announced on Monday.",
          alt_amounts=[alt(430_000_000, "USD")],
          note="signing of the contract rumoured in 005 ('up to €400m')"),
        D("quarzberg-kiesbank-round", ["Quarzberg Capital", "Kiesbank Cloud"], "investment", 120_000_000, "EUR", "exact",
          "2025-05", "completed",
          "To build the dedicated cluster, Kiesbank has raised €120 million in equity.",
          note="lead investor in the next sentence ('Quarzberg Capital ... led the round; it closed last week'); valuation ~€700m is not a deal"),
        D("nvidia-kiesbank-blackwell", ["Nvidia", "Kiesbank Cloud"], "supply", None, None, None,
          None, "signed",
          "The new cluster will use Nvidia's Blackwell chips; neither side would say how many Kiesbank has ordered.",
          required=False,
          note="amount-less chip order; different from the ~€160m order in the interview 016"),
    ],
    "not_deals": ["€700 million", "€2.40 per GPU-hour", "€9.8 billion", "€1.6 billion"],
}

ARTICLES["011_corteva_sedgefield_cobbold_en.txt"] = {
    "published": "2025-09-24",
    "published_note": "from the note header '24 September 2025 · Prices as of close 23/09/2025'; 'last week' -> 2025-09",
    "language": "en",
    "deals": [
        D("corteva-sedgefield-stake", ["Corteva", "Sedgefield Genomics"], "investment", 60_000_000, "USD", "exact",
          "2025-09", "completed",
          "Corteva disclosed last week that it has invested $60 million in Sedgefield Genomics for a minority stake of roughly 15%.",
          note="different from the licence (below) and the denied takeover report (013); implied valuation ~$400m is not a deal"),
        D("corteva-sedgefield-licence", ["Corteva", "Sedgefield Genomics"], "other", 90_000_000, "USD", "up_to",
          "2025-09", "signed",
          "Under a separate licence, Corteva will pay Sedgefield up to $90 million in milestone payments for two drought-tolerance traits in corn, plus royalties if the traits reach the market.",
          kind_alt=["partnership"],
          note="milestone-based licence agreed together with the stake"),
        D("coreweave-sedgefield-gpu", ["Sedgefield Genomics", "CoreWeave"], "cloud_contract", 45_000_000, "USD", "range",
          "2025-08", "signed", amount_max=55_000_000,
          evidence="In August the start-up reserved GPU capacity at CoreWeave for three years; neither company published the value, but based on the number of accelerators mentioned in Sedgefield's hiring posts and current market rates we put the contract at $45–55 million.",
          note="value given only by the analysts (range)"),
    ],
    "not_deals": ["$79", "$76", "$68.47", "$400 million", "$1.4 billion", "$3.28", "$3.20 to $3.40", "$9.9 billion",
                  "$7.6 billion", "$4.15", "$1 billion share buyback", "$36.90", "$58.12", "$34.76"],
}

ARTICLES["012_elbauen_haveldamm_mittelelbe.html"] = {
    "published": "2025-10-16",
    "published_note": "from <meta name='date'> and the line 'Aken (Elbe) · 16.10.2025, 06:45 Uhr'; 'am Mittwoch' -> 2025-10-15",
    "language": "de",
    "deals": [
        D("elbauen-haveldamm-site", ["Elbauen Stickstoffwerke", "Haveldamm Data"], "acquisition", 72_000_000, "EUR", "exact",
          "2025-10-15", "signed",
          "Der Kaufpreis liegt bei 72 Millionen Euro; die Unterschriften setzten Käufer und Verkäufer am Mittwoch im Akener Rathaus.",
          kind_alt=["other"],
          note="parties in the previous sentence; the sale rumoured in 007 (€60–80m)"),
        D("yara-elbauen-ammonia", ["Yara", "Elbauen Stickstoffwerke"], "supply", 50_000_000, "EUR", "approx",
          "2025-10", "signed",
          "Den Ammoniak dafür kauft Elbauen künftig beim norwegischen Konzern Yara zu; ein Liefervertrag über rund 50 Millionen Euro jährlich läuft ab Januar.",
          per="year", term=["2026-01", None],
          note="yearly rate; signing date not given -> month of the article; different from Yara's deals with Skarvheia (009)"),
        D("haveldamm-aken-capex", ["Haveldamm Data"], "capex_plan", 1_400_000_000, "EUR", "approx",
          "2025-10", "planned",
          "Das Unternehmen will bis Ende 2028 in einen Rechenzentrumscampus mit bis zu 300 Megawatt rund 1,4 Milliarden Euro investieren.",
          term=[None, "2028"],
          note="'Das Unternehmen' = Haveldamm (previous sentence)"),
    ],
    "not_deals": ["rund 21 Millionen Euro", "bis zu 90 Millionen Euro", "rund 11 Millionen Euro",
                  "9,90 Euro im Monat", "Testmonat für 1 Euro"],
}

ARTICLES["013_agrar_liveticker_feldrand.txt"] = {
    "published": "2025-11-06",
    "published_note": "from the ticker header 'Donnerstag, 6. November 2025'",
    "language": "de",
    "deals": [
        D("corteva-sedgefield-takeover-report", ["Corteva", "Sedgefield Genomics"], "acquisition", 900_000_000, "USD", "up_to",
          "2025-11", "rumored",
          "Der US-Saatgutkonzern hat einen Bericht eines amerikanischen Branchendienstes zurückgewiesen, wonach er das Gen-Editing-Start-up Sedgefield Genomics für bis zu 900 Millionen Dollar vollständig übernehmen wolle.",
          required=False,
          note="denied takeover report (optional); 'Der US-Saatgutkonzern' = Corteva; different from the $60m stake and the licence (011)"),
        D("grupa-azoty-bystrzyca-land", ["Grupa Azoty", "Bystrzyca Data Parks"], "acquisition", 310_000_000, "PLN", "approx",
          "2025-05", "cancelled",
          "Beide Seiten hatten sich im Mai auf einen Preis von rund 310 Millionen Złoty (etwa 73 Millionen Euro) verständigt.",
          kind_alt=["other"], alt_amounts=[alt(73_000_000, "EUR")],
          note="sale called off (previous sentence); keeps the date of the May agreement"),
        D("bayer-google-cloud", ["Bayer", "Google"], "cloud_contract", None, None, None,
          "2025-11", "signed",
          "Die Agrarsparte hat nach Informationen aus Branchenkreisen einen Vertrag mit Google Cloud geschlossen; es gehe um einen zweistelligen Millionenbetrag.",
          required=False,
          note="'zweistelliger Millionenbetrag' is no amount; 'Die Agrarsparte' = Bayer's (previous sentence)"),
        D("bayer-microsoft-azure-2024", ["Bayer", "Microsoft"], "cloud_contract", None, None, None,
          None, "signed",
          "Den großen Cloud-Vertrag mit Microsoft berührt das nicht.",
          required=False,
          note="amount-less reference to the 2024 contract (002)"),
        D("hohenborn-feldauge", ["Hohenborn Saaten", "Feldauge"], "acquisition", 25_000_000, "EUR", "approx",
          "2025-11-06", "signed",
          "Den Kaufpreis beziffert Hohenborn auf knapp 25 Millionen Euro.",
          note="70 % stake; parties in the previous sentence; reported in the 11:30 entry of the day"),
    ],
    "not_deals": ["12,84 Euro", "27,31 Euro", "43,90 Euro", "356,20 Kronen", "12,99 Euro", "835 Millionen Euro",
                  "114 Millionen Euro", "zwischen 560 und 620 Millionen Euro", "500 bis 600 Millionen Euro",
                  "rund 330 Euro je Tonne"],
}

ARTICLES["014_nutrien_coteau_prairiebluff_en.txt"] = {
    "published": "2026-01-21",
    "published_note": "from the dateline 'SASKATOON · Wednesday, January 21, 2026'; 'on Tuesday' -> 2026-01-20",
    "language": "en",
    "deals": [
        D("nutrien-coteau-land", ["Nutrien", "Coteau Compute"], "acquisition", 240_000_000, "CAD", "exact",
          "2026-01-20", "signed",
          "The price was C$240 million, or roughly US$173 million, the buyer and seller disclosed in a joint release on Tuesday.",
          kind_alt=["other"], alt_amounts=[alt(173_000_000, "USD")],
          note="parties in the previous sentence; land sale near the Vanscoy mine"),
        D("coteau-nutrien-water", ["Coteau Compute", "Nutrien"], "supply", 1_100_000, "CAD", "approx",
          "2026-01-20", "signed",
          "For that, the start-up will pay Nutrien about C$1.1 million a month once the first building is running, according to documents filed with the rural municipality.",
          per="month", kind_alt=["other"],
          note="monthly rate; 'the start-up' = Coteau; agreed together with the land sale; different from the land sale and the denied stake"),
        D("coteau-vanscoy-capex", ["Coteau Compute"], "capex_plan", 3_500_000_000, "CAD", "exact",
          "2026-01", "planned",
          "Coteau plans to spend C$3.5 billion over the next six years on a campus that could eventually draw 500 megawatts.",
          kind_alt=["project"]),
        D("saskpower-coteau-supply", ["SaskPower", "Coteau Compute"], "supply", 95_000_000, "CAD", "up_to",
          "2026-01", "negotiating",
          "People close to those talks said the Crown utility could earn as much as C$95 million a year from the contract once the site is at full load.",
          per="year",
          note="'the Crown utility' = SaskPower; talks named in the previous sentence"),
        D("nutrien-coteau-stake-report", ["Nutrien", "Coteau Compute"], "investment", None, None, None,
          "2025-11", "rumored",
          "In November, the company denied a report that it was considering taking an equity stake in Coteau.",
          required=False,
          note="denied report, no amount (optional); 'the company' = Nutrien"),
    ],
    "not_deals": ["US$355 per tonne", "C$39 billion", "C$1.6 billion", "C$4.8 million", "C$85,000",
                  "C$4.99 a week"],
}

ARTICLES["015_kws_genfeld_leinewirtschaft.txt"] = {
    "published": "2026-03-18",
    "published_note": "from the line 'Mittwoch, 18. März 2026 · Unternehmen · Seite 9'; 'am Dienstag' -> 2026-03-17",
    "language": "de",
    "deals": [
        D("kws-genfeld-takeover", ["KWS Saat", "Genfeld Analytics"], "acquisition", 210_000_000, "EUR", "exact",
          "2026-03-17", "signed",
          "Der Saatgutkonzern übernimmt die restlichen rund 74 Prozent an der Genfeld Analytics GmbH und zahlt dafür 210 Millionen Euro.",
          note="'Der Saatgutkonzern' = KWS; announced 'am Dienstag' (next sentence), closing expected in summer -> signed; second KWS–Genfeld deal, must stay apart from the 2024 round"),
        D("kws-genfeld-series-a", ["KWS Saat", "Genfeld Analytics"], "investment", 38_000_000, "EUR", "exact",
          "2024-03", "completed",
          "Im März 2024 hatte KWS eine Finanzierungsrunde über 38 Millionen Euro bei Genfeld angeführt und damit gut ein Viertel der Anteile übernommen.",
          note="restatement of 001 (month only)"),
        D("kws-genfeld-sites-capex", ["KWS Saat"], "capex_plan", 45_000_000, "EUR", "approx",
          "2026-03", "planned",
          "Zusätzlich will KWS bis Ende 2028 rund 45 Millionen Euro in die Genfeld-Standorte in Göttingen und Einbeck stecken, vor allem in eigene Rechentechnik und Labore.",
          term=[None, "2028"]),
        D("kws-gdm-corn-sale", ["KWS Saat", "GDM"], "acquisition", None, None, None,
          "2024", "completed",
          "Zuletzt hatte der Konzern eher verkauft als gekauft – etwa das südamerikanische Maisgeschäft, das 2024 an den argentinischen Züchter GDM ging.",
          required=False,
          note="amount-less background sale ('der Konzern' = KWS)"),
    ],
    "not_deals": ["rund 284 Millionen Euro", "rund 1,7 Milliarden Euro", "244 Millionen Euro", "390 Millionen Euro",
                  "58,40 Euro", "66 Euro", "zwischen 40 und 60 Euro pro Jahr", "31,90 Euro", "14,90 Euro"],
}

ARTICLES["016_kiesbank_interview_hallenecho.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Interview · ca. 9 Minuten Lesezeit'); all deal dates null ('im vergangenen Herbst' has no year)",
    "language": "de",
    "deals": [
        D("basf-kiesbank-compute", ["BASF", "Kiesbank Cloud"], "cloud_contract", 380_000_000, "EUR", "exact",
          None, "signed",
          "Der Vertrag mit der BASF-Agrarsparte über 380 Millionen Euro hat uns sichtbar gemacht, keine Frage.",
          note="restatement of the 2025 contract (005, 010); 'uns' = Kiesbank"),
        D("bayer-microsoft-azure-2024", ["Bayer", "Microsoft"], "cloud_contract", None, None, None,
          None, "signed",
          "Als Bayer sich damals für Microsoft entschieden hat, war das für uns übrigens ein Weckruf: Wir haben gesehen, dass die großen Agrarkonzerne ernsthaft auslagern.",
          required=False,
          note="amount-less reference to the 2024 contract (002)"),
        D("ardenholt-kiesbank-offer", ["Ardenholt Capital", "Kiesbank Cloud"], "acquisition", 650_000_000, "EUR", "exact",
          None, "cancelled",
          "Ardenholt Capital wollte uns im vergangenen Herbst für 650 Millionen Euro komplett kaufen.",
          note="offer refused ('Nach zwei Wochen haben wir Nein gesagt', next sentence); 'uns' = Kiesbank; no year -> null"),
        D("kiesbank-new-sites-capex", ["Kiesbank Cloud"], "capex_plan", 750_000_000, "EUR", "approx",
          None, "planned",
          "Bis Ende 2028 wollen wir eine knappe Dreiviertelmilliarde Euro in zwei zusätzliche Standorte stecken, einen in Ludwigshafen-Nord und einen bei Worms.",
          term=[None, "2028"],
          note="amount in words ('eine knappe Dreiviertelmilliarde' = just under €750m); 'wir' = Kiesbank"),
        D("nvidia-kiesbank-gpu-order", ["Nvidia", "Kiesbank Cloud"], "supply", 160_000_000, "EUR", "approx",
          None, "signed",
          "Für den ersten Abschnitt haben wir bei Nvidia gerade 4.096 Grafikprozessoren bestellt, für rund 160 Millionen Euro inklusive Netzwerktechnik.",
          note="'wir' = Kiesbank; different from the amount-less Blackwell order in 010"),
    ],
    "not_deals": ["2,10 Euro je GPU-Stunde", "140.000 Euro jährlich", "61 Millionen Euro", "12,50 Euro", "64 Euro"],
}

ARTICLES["017_bayer_microsoft_agents_acreage_en.txt"] = {
    "published": "2026-06-09",
    "published_note": "from the issue line 'Issue 88 — Tuesday, 9 June 2026'; 'last Thursday' -> 2026-06-04; 'in April' -> 2026-04",
    "language": "en",
    "deals": [
        D("bayer-microsoft-agents-2026", ["Bayer", "Microsoft"], "cloud_contract", 650_000_000, "USD", "exact",
          "2026-06-04", "signed",
          "The five-year agreement, signed last Thursday, is worth $650 million, if two insiders on the procurement side are right; Bayer confirmed the deal but not the figure.",
          kind_alt=["other"],
          note="second Bayer–Microsoft contract (AI agents), parties in the previous sentence; must stay apart from the 2024 Azure contract restated in the next paragraph"),
        D("bayer-microsoft-azure-2024", ["Bayer", "Microsoft"], "cloud_contract", 1_200_000_000, "USD", "approx",
          "2024-06", "signed",
          "It adds to the roughly $1.2 billion Azure agreement the two companies signed in June 2024, which runs until 2031.",
          term=[None, "2031"],
          note="restatement of the 2024 contract (002, 004)"),
        D("novonesis-fjordlund-gpu", ["Novonesis", "Fjordlund Compute"], "cloud_contract", 1_400_000_000, "DKK", "exact",
          "2026-04", "signed",
          "Novonesis, the Danish enzymes and biosolutions group that sells microbial crop treatments alongside its food and industrial enzymes, agreed in April to rent GPU capacity from Fjordlund Compute for DKK 1.4 billion (about $210 million) over four years.",
          alt_amounts=[alt(210_000_000, "USD")]),
    ],
    "not_deals": ["north of $300 million", "$4.1 billion", "$0.42", "$2.10", "$88 billion", "$40 per probe",
                  "$1,800 per issue"],
}

ARTICLES["018_deere_furrowline_siloticker_en.txt"] = {
    "published": "2026-08-27",
    "published_note": "from the report line 'Ag equities close report | 27 Aug 2026, 4:45 pm ET'; 'on Wednesday' -> 2026-08-26",
    "language": "en",
    "deals": [
        D("deere-furrowline", ["Deere", "Furrowline"], "acquisition", 640_000_000, "USD", "exact",
          "2026-08-26", "signed",
          "Deere & Co agreed on Wednesday to buy Furrowline, the California start-up whose software counts and grades young crop plants from camera images, for $640 million in cash.",
          note="agreed, closing pending antitrust review -> signed"),
        D("icl-mishor", ["ICL", "Mishor Analytics"], "acquisition", 95_000_000, "USD", "at_least",
          "2026-08", "signed",
          "ICL Group +2.2% ($5.87): the Israeli potash and specialty-fertilizer group agreed to acquire Mishor Analytics, a Tel Aviv maker of soil-nutrient prediction software, for more than $95 million including performance payments, it said.",
          note="'more than' -> at_least; no day given"),
        D("cf-jera-mitsui-bluepoint", ["CF Industries", "JERA", "Mitsui"], "joint_venture", None, None, None,
          None, "signed",
          "CF Industries +0.8% ($88.14): the company said construction at Blue Point, its low-carbon ammonia venture with JERA and Mitsui, remains on schedule and on budget.",
          required=False, kind_alt=["project"],
          note="amount-less background mention of the 2025 venture (006, 007)"),
    ],
    "not_deals": ["$4.21/bu", "$10.38/bu", "$5.46/bu", "$612.30", "$48 million", "$5.0 billion to $5.5 billion",
                  "$5.87", "$88.14", "$560 a tonne", "$59.80", "$31.15", "$340 a tonne", "$62 from $68", "$71.02",
                  "NOK 371.40", "$350 a tonne", "$212 million", "$19 a month"],
}

ARTICLES["019_ks_werragrund_waerme_kaliberg.txt"] = {
    "published": "2026-10-08",
    "published_note": "from the dateline 'Heringen (Werra), 08.10.26' (two-digit year); 'am Montag' -> 2026-10-05",
    "language": "de",
    "deals": [
        D("ks-werragrund-heat", ["K+S", "Werragrund Rechenzentren"], "supply", 2_800_000, "EUR", "approx",
          "2026-10-05", "signed",
          "K+S zahlt für die Abwärme jährlich rund 2,8 Millionen Euro, zunächst für zwölf Jahre ab dem Start der ersten Halle Anfang 2027.",
          per="year", term=["2027", None],
          note="heat offtake signed 'am Montag' (previous sentence); second K+S–Werragrund deal, must stay apart from the 2024 land sale"),
        D("ks-werragrund-land", ["K+S", "Werragrund Rechenzentren"], "acquisition", None, None, None,
          "2024", "signed",
          "Vor knapp zwei Jahren hatte das Erfurter Unternehmen das 38 Hektar große Gelände am Rand des Werks von K+S gekauft.",
          required=False, kind_alt=["other"],
          note="amount-less restatement of the 2024 land sale (003); 'das Erfurter Unternehmen' = Werragrund; 'Vor knapp zwei Jahren' -> 2024"),
        D("fuldaer-landbank-werragrund-loan", ["Fuldaer Landbank", "Werragrund Rechenzentren"], "other", 45_000_000, "EUR", "exact",
          "2025-02", "signed",
          "Drei Monate nach dem Grundstückskauf, im Februar 2025, hatte Werragrund bei der Fuldaer Landbank einen Baukredit über 45 Millionen Euro aufgenommen.",
          kind_alt=["investment"],
          note="'Drei Monate nach dem Grundstückskauf' (November 2024) = February 2025, also stated"),
        D("heringen-werragrund-fee", ["Stadt Heringen", "Werragrund Rechenzentren"], "other", None, None, None,
          None, "signed",
          "Die Stadt Heringen profitiert indirekt: Ein Teil der Leitung verläuft über städtisches Gelände, wofür Werragrund eine Nutzungsgebühr zahlt.",
          required=False,
          note="usage fee without amount ('Zur Höhe machte die Stadt keine Angaben')"),
    ],
    "not_deals": ["rund 1,9 Millionen Euro im Jahr", "rund 330 Euro je Tonne", "13,42 Euro", "6,2 Millionen Euro"],
}

ARTICLES["020_deccan_lonavala_konkan_en.txt"] = {
    "published": "2026-11-12",
    "published_note": "from the stamp 'Mumbai | Updated: November 12, 2026, 09:14 IST'; 'on Tuesday' -> 2026-11-10",
    "language": "en",
    "deals": [
        D("deccan-lonavala-cloud", ["Deccan Urvarak", "Lonavala Cloudworks"], "cloud_contract", 11_500_000_000, "INR", "exact",
          "2026-11-10", "signed",
          "Fertiliser producer Deccan Urvarak has agreed a five-year, ₹1,150-crore (about $130 million) contract with Lonavala Cloudworks for computing capacity and AI services, both firms announced on Tuesday.",
          alt_amounts=[alt(130_000_000, "USD")],
          note="₹1,150 crore = INR 11.5bn"),
        D("deccan-ratnagiri-capex", ["Deccan Urvarak"], "capex_plan", 24_000_000_000, "INR", "exact",
          "2026-11", "planned",
          "Separately, the company confirmed plans to spend ₹2,400 crore on a nano-urea and specialty-nutrients plant near Ratnagiri, to be commissioned by the end of 2028.",
          term=[None, "2028"], kind_alt=["project"],
          note="₹2,400 crore = INR 24bn; 'the company' = Deccan Urvarak"),
        D("konkan-lonavala-stake", ["Konkan Growth Partners", "Lonavala Cloudworks"], "investment", 3_000_000_000, "INR", "range",
          "2026-11", "negotiating", amount_max=3_500_000_000,
          evidence="The private equity firm would put in between ₹300 crore and ₹350 crore for a minority stake, two bankers close to the process said.",
          note="talks named in the previous sentence; 'The private equity firm' = Konkan Growth Partners; range from sources"),
    ],
    "not_deals": ["₹1.84 lakh crore", "₹242", "₹1,320 crore", "₹612.40", "₹9,800 crore", "₹214 crore",
                  "₹3,460 crore", "₹700", "₹40 lakh a year", "₹199 a month"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
