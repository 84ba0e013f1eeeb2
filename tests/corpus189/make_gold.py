#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus189/articles/.

The annotation lives here as data; edit it here and rerun:
    python3 tests/corpus189/make_gold.py
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 189th held-out test corpus (tests/corpus189/articles/), theme: dental care, "
    "eyewear and hearing aids and the AI money in them (smart glasses, on-device hearing-aid chips, dental "
    "imaging AI and its compute). Written for the tests and independent of the extractor; same format and rules "
    "as tests/corpus15/gold.json and shared/gold/seeds.json. One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague or background mentions (amount-less "
    "restatements, denied rumours, old deals mentioned in passing) that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units and in the currency the article states them in; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in another "
    "currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date "
    "line, dateline plus copyright or issue line, <meta>/<time>, stamp or byline, or null when the article has "
    "none); a cancelled deal keeps the date of the offer or talks; 'term' is the period the deal covers, where "
    "the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Occlusa Labs, Kieferhaus Dentalgruppe, Brackwater Ventures, Dentaform Kraichgau GmbH, Volksbank "
    "Saalbachtal, Lumenvue, Quarry Lane Ventures, Cochlyra ApS, Oogwerk Optiek, Halvard Vision AB, Bellbird "
    "Hearing, Ouïe & Cie, Harrowgate Equity, Isarbrücke Kapital, Kaisho Optics, Tössberg Dental AG, Zahnkasse24, "
    "Kolkwitz Ventures, Regnitz Rechenwerk GmbH, Vetreria Basalta, Hangyu Dental, Hythe Reach Partners, Portdown "
    "Dental, Fundara Health, Corrowmere Credit, Cephalix, Brenngrat Capital, Yuanhe Microsystems, Arapahoe Flats "
    "LLC, Hörkontor Elbe, Akustik Travemann, Förde-Dental, Sehstern Nord; invented publications, research houses, "
    "advertisers and people are listed in invented_names.txt; the deals of real companies are partly real, "
    "partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Occlusa Labs": ["Occlusa Labs", "Occlusa"],
    "Kieferhaus Dentalgruppe": ["Kieferhaus Dentalgruppe", "Kieferhaus", "Kieferhaus-Gruppe"],
    "Brackwater Ventures": ["Brackwater Ventures", "Brackwater"],
    "Align Technology": ["Align Technology", "Align"],
    "Cubicure": ["Cubicure", "Cubicure GmbH"],
    "Dentaform Kraichgau": ["Dentaform Kraichgau GmbH", "Dentaform Kraichgau", "Dentaform"],
    "Stadt Bretten": ["Stadt Bretten", "Bretten"],
    "Volksbank Saalbachtal": ["Volksbank Saalbachtal"],
    "EssilorLuxottica": ["EssilorLuxottica", "Essilor Luxottica"],
    "VF Corp": ["VF Corp", "VF Corporation", "VF"],
    "Supreme": ["Supreme"],
    "Meta": ["Meta", "Meta Platforms"],
    "Lumenvue": ["Lumenvue"],
    "Quarry Lane Ventures": ["Quarry Lane Ventures", "Quarry Lane"],
    "Lambda": ["Lambda", "Lambda Labs"],
    "Sonova": ["Sonova", "Sonova Holding"],
    "Cochlyra": ["Cochlyra ApS", "Cochlyra"],
    "Fielmann": ["Fielmann", "Fielmann Group", "Fielmann AG"],
    "Oogwerk Optiek": ["Oogwerk Optiek", "Oogwerk"],
    "Shopko Optical": ["Shopko Optical"],
    "Halvard Vision": ["Halvard Vision AB", "Halvard Vision", "Halvard"],
    "Demant": ["Demant"],
    "Bellbird Hearing": ["Bellbird Hearing", "Bellbird"],
    "Amplifon": ["Amplifon"],
    "Ouïe & Cie": ["Ouïe & Cie", "Ouïe et Cie", "Ouïe"],
    "Harrowgate Equity": ["Harrowgate Equity", "Harrowgate"],
    "Isarbrücke Kapital": ["Isarbrücke Kapital", "Isarbrücke"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Google": ["Google", "Alphabet"],
    "Warby Parker": ["Warby Parker", "Warby"],
    "Gentle Monster": ["Gentle Monster"],
    "Kaisho Optics": ["Kaisho Optics", "Kaisho"],
    "Straumann": ["Straumann", "Straumann Group", "Straumann Holding"],
    "Tössberg Dental": ["Tössberg Dental AG", "Tössberg Dental", "Tössberg"],
    "Kolkwitz Ventures": ["Kolkwitz Ventures"],
    "Zahnkasse24": ["Zahnkasse24"],
    "WS Audiology": ["WS Audiology", "WSA"],
    "Regnitz Rechenwerk": ["Regnitz Rechenwerk GmbH", "Regnitz Rechenwerk"],
    "Vetreria Basalta": ["Vetreria Basalta"],
    "Nuance Hearing": ["Nuance Hearing"],
    "KKR": ["KKR", "KKR & Co."],
    "Henry Schein": ["Henry Schein", "Henry Schein Inc."],
    "Hangyu Dental": ["Hangyu Dental", "Hangyu"],
    "Hythe Reach Partners": ["Hythe Reach Partners", "Hythe Reach"],
    "Portdown Dental": ["Portdown Dental", "Portdown"],
    "Carl Zeiss Meditec": ["Carl Zeiss Meditec", "Zeiss Meditec", "Zeiss"],
    "Fundara Health": ["Fundara Health", "Fundara"],
    "Corrowmere Credit": ["Corrowmere Credit", "Corrowmere"],
    "Microsoft": ["Microsoft", "Azure", "Microsoft Azure"],
    "Cephalix": ["Cephalix"],
    "GN Store Nord": ["GN Store Nord", "GN"],
    "Brenngrat Capital": ["Brenngrat Capital", "Brenngrat"],
    "Yuanhe Microsystems": ["Yuanhe Microsystems", "Yuanhe"],
    "Arapahoe Flats": ["Arapahoe Flats LLC", "Arapahoe Flats"],
    "Hörkontor Elbe": ["Hörkontor Elbe"],
    "Akustik Travemann": ["Akustik Travemann", "Travemann"],
    "Förde-Dental": ["Förde-Dental", "Förde Dental"],
    "Universitätsklinikum Kiel": ["Universitätsklinikum Kiel", "Universitätsklinikum in Kiel", "Universitätsklinikum Schleswig-Holstein"],
    "Sehstern Nord": ["Sehstern Nord", "Sehstern"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if kind_alt:
        d["kind_alt"] = kind_alt
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def nodeal(id, parties, kind, date, status, evidence, required=False, note=None, kind_alt=None):
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=required,
                note=note, kind_alt=kind_alt)


ARTICLES = {}

# 001 ------------------------------------------------------------------------------------------
ARTICLES["001_occlusa_kieferhaus_chairside_en.txt"] = {
    "published": "2024-02-13",
    "published_note": "from the issue line 'Issue 14 · Tuesday 13 February 2024'; 'on Monday' -> 2024-02-12; 'last week' -> 2024-02",
    "language": "en",
    "deals": [
        deal("occlusa-seriesb-2024", ["Brackwater Ventures", "Occlusa Labs"], "investment",
             65_000_000, "USD", "exact", "2024-02-12", "completed",
             "Occlusa Labs, the Pittsburgh start-up whose software marks caries and bone loss on bitewing X-rays, has pulled in $65 million from a Series B.",
             note="lead investor and 'closed on Monday' in the next sentence; post-money valuation (~$410m) is not a deal"),
        deal("kieferhaus-occlusa-licence", ["Kieferhaus Dentalgruppe", "Occlusa Labs"], "other",
             18_000_000, "EUR", "exact", "2024-02", "signed",
             "Kieferhaus will pay €18 million a year for licences, hosting and German-language support, according to a note the group sent to holders of its bonds.",
             per="year", term=["2024", "2029"], kind_alt=["cloud_contract", "supply"],
             note="yearly rate for five years ('signed last week' -> month); software licence with hosting; restated in the undated interview 015, where the same pair also agrees a separate €25m stake (must stay apart)"),
        nodeal("align-cubicure", ["Align Technology", "Cubicure"], "acquisition", "2024-01", "completed",
               "Align Technology completed its purchase of Cubicure, the Vienna specialist for hot-lithography 3D printing, in January.",
               note="terms not disclosed; short background item"),
    ],
    "not_deals": ["$49", "$410 million", "$14 million", "$1.2 billion", "$2.40", "€4,900"],
}

# 002 ------------------------------------------------------------------------------------------
ARTICLES["002_dentaform_bretten_saalbachkurier.txt"] = {
    "published": "2024-03-21",
    "published_note": "dateline without year 'Bretten, 21. März (sk)'; the year from the copyright line '© 2024 Saalbach-Kurier'; 'am Dienstagabend' -> 2024-03-19",
    "language": "de",
    "deals": [
        deal("bretten-dentaform-land", ["Dentaform Kraichgau", "Stadt Bretten"], "acquisition",
             6_400_000, "EUR", "exact", "2024-03-19", "announced",
             "Der Kaufpreis liegt bei 6,4 Millionen Euro, den Notartermin haben Stadt und Firma für Mitte April vereinbart.",
             kind_alt=["other"],
             note="land sale by the town; buyer ('Käuferin ist die Dentaform Kraichgau GmbH') and the council vote 'am Dienstagabend' in the previous sentences; notarisation only in April, so 'announced'"),
        deal("dentaform-capex-goelshausen", ["Dentaform Kraichgau"], "capex_plan",
             45_000_000, "EUR", "approx", "2024-03-19", "planned",
             "Rund 45 Millionen Euro will Dentaform bis Ende 2026 in Gebäude, Fräsmaschinen und Rechentechnik stecken; 120 neue Arbeitsplätze sollen so entstehen.",
             term=[None, "2026-12"], kind_alt=["project"],
             note="plan presented to the council on Tuesday evening"),
        deal("volksbank-dentaform-loan", ["Volksbank Saalbachtal", "Dentaform Kraichgau"], "other",
             20_000_000, "EUR", "exact", "2024-03-19", "signed",
             "Das Institut stellt dem Zahnersatzhersteller ein Darlehen über 20 Millionen Euro zur Verfügung, wie beide Seiten nach der Sitzung bestätigten.",
             kind_alt=["investment"],
             note="loan; 'Das Institut' = Volksbank Saalbachtal (previous sentence), 'dem Zahnersatzhersteller' = Dentaform; confirmed after the Tuesday session"),
    ],
    "not_deals": ["1,2 Millionen Euro", "200 Euro", "900.000 Euro", "7,8 Millionen Euro", "2.499 Euro", "380.000 Euro"],
}

# 003 ------------------------------------------------------------------------------------------
ARTICLES["003_essilorluxottica_supreme_ricasso_en.txt"] = {
    "published": "2024-07-17",
    "published_note": "from the stamp 'July 17, 2024 · 18:05 CEST' and the dateline 'PARIS, July 17'; 'on Wednesday' -> 2024-07-17 (same day)",
    "language": "en",
    "deals": [
        deal("essilorluxottica-supreme", ["EssilorLuxottica", "VF Corp", "Supreme"], "acquisition",
             1_500_000_000, "USD", "exact", "2024-07-17", "signed",
             "PARIS, July 17 (Ricasso) - EssilorLuxottica, whose brands include Ray-Ban and Oakley and which grinds more prescription lenses than anyone else, has agreed to take over the New York streetwear label Supreme from VF Corp, paying $1.5 billion in cash, according to statements both companies released on Wednesday.",
             alt=[(1_400_000_000, "EUR")],
             note="buyer EssilorLuxottica, seller VF Corp, target Supreme; 006 reports the completion in EUR (~€1.4bn, alt_amounts)"),
        deal("vf-supreme-2020", ["VF Corp", "Supreme"], "acquisition",
             2_100_000_000, "USD", "exact", "2020", "completed",
             "VF acquired the label in 2020 at a price of $2.1 billion and has watched its sales shrink ever since.",
             required=False,
             note="background: VF's own purchase of Supreme four years earlier; a different deal from the 2024 sale"),
        nodeal("meta-essilorluxottica-stake-talk-2024", ["Meta", "EssilorLuxottica"], "investment", "2024-07", "rumored",
               "Earlier this week a newspaper reported that Meta had considered acquiring roughly a twentieth of the eyewear maker's shares to deepen their work on camera-equipped Ray-Ban glasses.",
               note="rumour denied by EssilorLuxottica in the next sentence; no amount; different from the 2025 stake (012, 014) and the 2024 partnership extension (004)"),
    ],
    "not_deals": ["$560 million", "$5.8 billion", "$15.62", "€203.40", "€92 billion", "$299", "€225"],
}

# 004 ------------------------------------------------------------------------------------------
ARTICLES["004_lumenvue_meta_templetip_en.html"] = {
    "published": "2024-09-19",
    "published_note": "from <meta property='article:published_time'>, JSON-LD and <time datetime='2024-09-19…'> ('Sep 19, 2024', a Thursday); 'on Tuesday' -> 2024-09-17; 'on Wednesday' -> 2024-09-18; 'last week' -> 2024-09",
    "language": "en",
    "deals": [
        nodeal("meta-essilorluxottica-partnership-2024", ["Meta", "EssilorLuxottica"], "partnership", "2024-09-17", "signed",
               "Meta and EssilorLuxottica said on Tuesday they had extended their agreement to design and sell smart glasses together into the next decade.",
               required=True,
               note="extension of the smart-glasses agreement, no financial terms; different from the denied 2024 stake talk (003) and the 2025 stake (012, 014)"),
        deal("quarrylane-lumenvue-seriesa", ["Quarry Lane Ventures", "Lumenvue"], "investment",
             48_000_000, "USD", "exact", "2024-09", "completed",
             "The Boulder, Colorado, company makes waveguides, the thin etched glass layers that bounce a projected image into the eye, and it has closed a $48 million Series A round led by Quarry Lane Ventures.",
             note="'The Boulder, Colorado, company' = Lumenvue (previous sentence); 'closed last week'"),
        deal("lumenvue-lambda-gpu", ["Lumenvue", "Lambda"], "cloud_contract",
             30_000_000, "USD", "exact", "2024-09-18", "signed",
             "Lumenvue signed a three-year, $30 million reservation of GPU capacity with Lambda on Wednesday, Whitlock-Amaya said, to train the models that correct colour and distortion in each waveguide as it leaves the line.",
             note="three-year GPU reservation"),
    ],
    "not_deals": ["$4.5 billion", "$260 million", "$1,199", "$13 billion", "$2 billion", "$5,000", "$299"],
}

# 005 ------------------------------------------------------------------------------------------
ARTICLES["005_sonova_cochlyra_boersenwippe.txt"] = {
    "published": "2024-10-31",
    "published_note": "from the portal stamp '31.10.2024 | 07:42 Uhr' (a Thursday); 'am Mittwochabend' -> 2024-10-30",
    "language": "de",
    "deals": [
        deal("sonova-cochlyra-stake", ["Sonova", "Cochlyra"], "investment",
             45_000_000, "CHF", "exact", "2024-10-30", "signed",
             "Wie die Schweizer am Mittwochabend mitteilten, übernehmen sie 20 Prozent an der Cochlyra ApS aus Aarhus und zahlen dafür 45 Millionen Franken.",
             kind_alt=["acquisition"],
             note="'die Schweizer'/'sie' = Sonova (previous sentence); 20 % stake; different from the chip supply contract signed at the same time"),
        deal("sonova-cochlyra-chips", ["Cochlyra", "Sonova"], "supply",
             120_000_000, "CHF", "up_to", "2024-10-30", "signed",
             "Sonova verpflichtet sich darin, bis Ende 2029 Chips für bis zu 120 Millionen Franken abzunehmen.",
             term=[None, "2029-12"],
             note="'darin' = the supply contract of the previous sentence; same day as the stake, second deal of the pair"),
    ],
    "not_deals": ["rund 30 Millionen Euro", "225 Millionen Franken", "1,82 Milliarden Franken", "4,30 Franken",
                  "330 Franken", "291,40 CHF", "295,10 CHF", "305,80 CHF", "17,4 Mrd. CHF", "268,20 DKK",
                  "139,55 DKK", "121,85 CHF", "4,90 Euro", "100 Euro"],
}

# 006 ------------------------------------------------------------------------------------------
ARTICLES["006_fielmann_oogwerk_depesche.txt"] = {
    "published": "2024-12-06",
    "published_note": "from the issue line 'Nr. 23/2024 · Freitag, 6. Dezember 2024'; 'am Montag' -> 2024-12-02",
    "language": "de",
    "deals": [
        deal("fielmann-oogwerk", ["Fielmann", "Oogwerk Optiek"], "acquisition",
             95_000_000, "EUR", "approx", "2024-12-02", "signed",
             "Den Vertrag unterzeichneten die Hamburger am Montag; aus dem Umfeld des Konzerns ist von knapp 95 Millionen Euro als Kaufpreis die Rede.",
             note="'die Hamburger' = Fielmann; 'knapp' -> approx; sellers are the founding family (not a company)"),
        nodeal("fielmann-shopko", ["Fielmann", "Shopko Optical"], "acquisition", "2024", "completed",
               "Bereits im Frühjahr hatte Fielmann in den USA die Kette Shopko Optical erworben; einen Preis nannte das Unternehmen damals nicht.",
               note="price not disclosed; 'im Frühjahr' -> the year"),
        deal("halvard-fielmann-lenses", ["Halvard Vision", "Fielmann"], "supply",
             300_000_000, "SEK", "approx", "2024-12", "signed",
             "Die Schweden erhalten dafür ab 2025 jährlich rund 300 Millionen Kronen, umgerechnet etwa 26 Millionen Euro; der Vertrag gilt fünf Jahre.",
             per="year", alt=[(26_000_000, "EUR")], term=["2025", "2029"],
             note="yearly rate; 'Die Schweden' = Halvard Vision; no signing date given -> month of the issue; different from Fielmann's 2026 stake in Halvard (020)"),
        deal("essilorluxottica-supreme", ["EssilorLuxottica", "VF Corp", "Supreme"], "acquisition",
             1_400_000_000, "EUR", "approx", "2024-07", "completed",
             "Die im Juli vereinbarten umgerechnet rund 1,4 Milliarden Euro hat der Konzern in bar überwiesen, teilte das Unternehmen in Charenton-le-Pont mit.",
             note="completion of the July deal (003, $1.5bn); the date stays the July agreement; parties in the previous sentence ('vom US-Konzern VF')"),
    ],
    "not_deals": ["2,3 Milliarden Euro", "398 Euro", "7,6 Milliarden Euro", "8.900 Euro", "29 Euro im Monat",
                  "85 Euro", "60 Euro", "249 Euro"],
}

# 007 ------------------------------------------------------------------------------------------
ARTICLES["007_hearing_consolidation_audiogram_en.txt"] = {
    "published": "2025-01-28",
    "published_note": "from the column line 'Guest column | Tuesday, 28 January 2025'; 'last Thursday' -> 2025-01-23",
    "language": "en",
    "deals": [
        deal("demant-bellbird", ["Demant", "Bellbird Hearing"], "acquisition",
             310_000_000, "AUD", "exact", "2025-01-23", "signed",
             "The Danish group said last Thursday that it will buy Bellbird Hearing, a chain of 190 clinics along Australia's east coast, for AUD 310 million.",
             note="'The Danish group' = Demant (previous sentence); agreed, pending clearance"),
        deal("amplifon-ouie-talks", ["Amplifon", "Ouïe & Cie"], "acquisition",
             150_000_000, "EUR", "range", "2025-01", "negotiating",
             "Two people close to the talks told me the price under discussion sits between €150 million and €180 million, depending on how much of Ouïe's debt Amplifon takes on.",
             amount_max=180_000_000,
             note="talks reported by the columnist's sources; buyer and target named in the previous sentence"),
    ],
    "not_deals": ["$199", "AUD 22 million", "€6,000", "$40 million", "$12.8 billion", "DKK 22.4 billion",
                  "DKK 330", "£6 a month"],
}

# 008 ------------------------------------------------------------------------------------------
ARTICLES["008_kieferhaus_harrowgate_mainkai.txt"] = {
    "published": "2025-03-12",
    "published_note": "from the wire stamp '12.03.2025 – 14:20' (a Wednesday); 'am Mittwoch' -> 2025-03-12; 'Im Februar' -> 2025-02",
    "language": "de",
    "deals": [
        deal("harrowgate-kieferhaus", ["Harrowgate Equity", "Kieferhaus Dentalgruppe"], "acquisition",
             380_000_000, "EUR", "range", "2025", "rumored",
             "Auf dem Tisch liege eine Summe zwischen 380 und 440 Millionen Euro samt Schulden, berichteten am Mittwoch zwei Personen, die den Prozess aus der Nähe verfolgen.",
             amount_max=440_000_000, alt=[(430_000_000, "EUR"), (500_000_000, "USD")],
             note="rumour from insiders ('Insidern zufolge'), parties in the previous sentences; 016 reports the signing at €430m ($500m) on 2025-10-07 (alt_amounts); the year keeps the shared id's dates consistent; 015 mentions the finished takeover without an amount"),
        deal("nvidia-kieferhaus-servers", ["Nvidia", "Kieferhaus Dentalgruppe"], "supply",
             12_000_000, "EUR", "approx", "2025-02", "signed",
             "Im Februar hat der Konzern zudem bei Nvidia Server für rund zwölf Millionen Euro bestellt, auf denen eigene Modelle für die Implantatplanung trainiert werden sollen.",
             note="'der Konzern' = Kieferhaus; amount in words"),
        deal("isarbruecke-kieferhaus-2019", ["Isarbrücke Kapital", "Kieferhaus Dentalgruppe"], "acquisition",
             120_000_000, "EUR", "approx", "2019", "completed",
             "Seit 2019 gehört die Kette mehrheitlich dem Münchner Beteiligungshaus Isarbrücke Kapital, das damals nach Berichten rund 120 Millionen Euro für die Mehrheit gezahlt hatte.",
             required=False, kind_alt=["investment"],
             note="background: the seller's own purchase in 2019, in a relative clause"),
    ],
    "not_deals": ["310 Millionen Euro", "48 Millionen Euro", "30 Milliarden Euro", "2.400 Euro", "2,1 Milliarden Pfund"],
}

# 009 ------------------------------------------------------------------------------------------
ARTICLES["009_google_warbyparker_hingepoint_en.txt"] = {
    "published": "2025-05-21",
    "published_note": "from the stamp 'May 21, 2025 · 7:02 a.m. ET' (a Wednesday); 'on Tuesday' -> 2025-05-20; 'this week' -> 2025-05",
    "language": "en",
    "deals": [
        deal("google-warbyparker", ["Google", "Warby Parker"], "investment",
             160_000_000, "USD", "up_to", "2025-05-20", "announced",
             "Google will commit up to $160 million to Warby Parker to co-develop eyeglasses that run its Android XR software and the Gemini assistant, the two companies said on Tuesday.",
             alt=[(142_000_000, "EUR")], kind_alt=["partnership"],
             note="half tied to development milestones, half as equity; 010 restates it in EUR with the month only (alt_amounts)"),
        nodeal("google-gentlemonster", ["Google", "Gentle Monster"], "partnership", "2025-05-20", "announced",
               "Google also said it was working with the Korean fashion label Gentle Monster on frames, but gave no financial details for that partnership.",
               note="no financial details"),
        deal("kaisho-lumenvue-wafers-2025", ["Kaisho Optics", "Lumenvue"], "supply",
             4_500_000_000, "JPY", "exact", "2025-05", "signed",
             "Lumenvue, the Boulder start-up that builds waveguide displays for AI glasses, said this week that it had signed a supply contract with Japan's Kaisho Optics worth four and a half billion yen (about $31 million) for precision glass wafers over three years.",
             alt=[(31_000_000, "USD")],
             note="amount in words; first Kaisho–Lumenvue contract, different from the ¥2.8bn follow-on order of 2026 (018)"),
    ],
    "not_deals": ["$22.48", "$2.7 billion", "$771 million", "¥1,842", "$4.6 billion", "$299", "$14 monthly", "$140 annually"],
}

# 010 ------------------------------------------------------------------------------------------
ARTICLES["010_wochenschau_kw24_praxisfunk.txt"] = {
    "published": "2025-06-13",
    "published_note": "from the issue line 'KW 24 · Freitag, 13. Juni 2025'; 'am Montag' -> 2025-06-09 (closing), 'drei Monate nach der Unterschrift' -> signed 2025-03; 'im Mai' -> 2025-05",
    "language": "de",
    "deals": [
        deal("straumann-tossberg", ["Straumann", "Tössberg Dental"], "acquisition",
             72_000_000, "CHF", "exact", "2025-03", "completed",
             "Der Basler Konzern zahlt 72 Millionen Franken für das Unternehmen, dessen Software aus Intraoralscans in wenigen Minuten einen Behandlungsplan für Implantate errechnet.",
             note="'Der Basler Konzern' = Straumann, 'das Unternehmen' = Tössberg Dental (previous sentence); closed 'am Montag' (2025-06-09, next sentence) 'drei Monate nach der Unterschrift' -> agreed about 2025-03"),
        deal("google-warbyparker", ["Google", "Warby Parker"], "investment",
             142_000_000, "EUR", "up_to", "2025-05", "announced",
             "Die Alphabet-Tochter Google hatte im Mai angekündigt, bis zu rund 142 Millionen Euro in die US-Brillenkette Warby Parker zu stecken.",
             kind_alt=["partnership"],
             note="restatement of 009 in EUR, month only; 'bis zu rund' -> up_to"),
        deal("kolkwitz-zahnkasse24", ["Kolkwitz Ventures", "Zahnkasse24"], "investment",
             18_000_000, "EUR", "exact", "2025-06", "completed",
             "Die Berliner Abrechnungsplattform Zahnkasse24 hat in einer Finanzierungsrunde 18 Millionen Euro eingeworben, angeführt vom Wagniskapitalgeber Kolkwitz Ventures.",
             note="round with lead investor; no day given -> month of the issue"),
    ],
    "not_deals": ["knapp 2,5 Milliarden Franken", "149 Euro im Monat", "1,1 Milliarden Euro", "120 Euro", "24.900 Euro"],
}

# 011 ------------------------------------------------------------------------------------------
ARTICLES["011_wsaudiology_erlangen_regnitz.html"] = {
    "published": "2025-07-08",
    "published_note": "from <meta name='date' content='2025-07-08'>, JSON-LD and the line 'Erlangen · 08.07.2025, 10:15 Uhr' (a Tuesday); 'am Montag' -> 2025-07-07",
    "language": "de",
    "deals": [
        deal("wsa-erlangen-capex", ["WS Audiology"], "capex_plan",
             60_000_000, "EUR", "approx", "2025-07-07", "announced",
             "Bis 2028 sollen rund 60 Millionen Euro fließen – in ein neues Entwicklungsgebäude am Röthelheimpark, in Messräume und in Rechentechnik, kündigte die Geschäftsführung am Montag vor Mitarbeitern an.",
             term=[None, "2028"], kind_alt=["project"],
             note="investment plan for the Erlangen AI centre"),
        deal("regnitz-wsa-colocation", ["Regnitz Rechenwerk", "WS Audiology"], "other",
             380_000, "EUR", "approx", "2025-07", "signed",
             "Der Vertrag über Stellfläche, Strom und Kühlung für 40 Serverschränke läuft sieben Jahre; WS Audiology zahlt dafür monatlich rund 380.000 Euro.",
             per="month", kind_alt=["cloud_contract", "supply"],
             note="colocation contract for seven years, monthly rate; operator named in the previous sentence; no signing date -> month of the article"),
    ],
    "not_deals": ["18 Millionen Euro", "zwölf bis 15 Milliarden Euro", "3.500 Euro", "15,20 Euro", "9,90 Euro"],
}

# 012 ------------------------------------------------------------------------------------------
ARTICLES["012_meta_essilorluxottica_lorgnette_en.txt"] = {
    "published": "2025-07-11",
    "published_note": "from the byline '11 July 2025, 09:40 BST' (a Friday); 'On Tuesday' -> 2025-07-08; 'Last year' -> 2024",
    "language": "en",
    "deals": [
        deal("meta-essilorluxottica-stake", ["Meta", "EssilorLuxottica"], "investment",
             3_500_000_000, "USD", "approx", "2025-07", "rumored",
             "At Thursday's close the holding would come to roughly $3.5 billion, or about €3 billion.",
             alt=[(3_000_000_000, "EUR")],
             note="holding of just under 3 % reported by two sources (previous sentence names both parties); 014 reports Meta's confirmation in EUR; 'Thursday's close' values the stake, the purchase itself was 'over several weeks' -> month"),
        deal("essilorluxottica-basalta", ["EssilorLuxottica", "Vetreria Basalta"], "acquisition",
             140_000_000, "EUR", "at_least", "2025-07-08", "signed",
             "On Tuesday EssilorLuxottica agreed to buy Vetreria Basalta, an Italian specialist in anti-reflective and blue-light coatings based near Belluno, for more than €140 million.",
             note="'more than' -> at_least"),
        nodeal("essilorluxottica-nuance-hearing", ["EssilorLuxottica", "Nuance Hearing"], "acquisition", "2024", "completed",
               "Last year the group also bought Israeli start-up Nuance Hearing, whose microphones in the frame turn glasses into hearing aids; the price was never published.",
               note="background, price not published; 'the group' = EssilorLuxottica"),
    ],
    "not_deals": ["€250.80", "€114 billion", "$4.2 billion", "€1.5 billion", "$1,200", "$60 billion", "£8 a month"],
}

# 013 ------------------------------------------------------------------------------------------
ARTICLES["013_dental_stocks_enamel_ledger_en.txt"] = {
    "published": "2025-08-14",
    "published_note": "from the line 'Dental & Vision Stocks — Market close, Thu 14 Aug 2025'; 'late on Wednesday' -> 2025-08-13; 'last week' -> 2025-08",
    "language": "en",
    "deals": [
        deal("kkr-henryschein", ["KKR", "Henry Schein"], "investment",
             250_000_000, "USD", "exact", "2025-08-13", "signed",
             "The buyout firm will buy newly issued shares worth $250 million at $68.50 each and has the right to build its holding to 14.9% in the market over the next two years, the Melville, New York, company said.",
             note="'The buyout firm' = KKR, 'the Melville, New York, company' = Henry Schein (previous sentence, 'late on Wednesday'); $68.50 is the price per share"),
        deal("straumann-hangyu-jv", ["Straumann", "Hangyu Dental"], "joint_venture",
             800_000_000, "CNY", "exact", "2025-08", "announced",
             "Straumann will hold 60% and invest CNY 800 million, about $111 million, over five years in the venture, which is to build a plant near Chengdu.",
             alt=[(111_000_000, "USD")], kind_alt=["investment"],
             note="partner named in the previous sentence; announcement day not stated -> month"),
        deal("hythereach-portdown", ["Hythe Reach Partners", "Portdown Dental"], "acquisition",
             180_000_000, "GBP", "exact", "2025-08", "signed",
             "In London, mid-market investor Hythe Reach Partners agreed last week to buy Portdown Dental, which runs 120 NHS and private practices in southern England, from its founders for £180 million."),
    ],
    "not_deals": ["$68.50", "$74.12", "$4.80 to $4.94", "$82", "CHF 112.40", "CNY 1,000", "£16 million",
                  "£140 million", "$15.87", "$139.05", "$19.60", "$965 million to $985 million", "$19 a month"],
}

# 014 ------------------------------------------------------------------------------------------
ARTICLES["014_meta_essilor_zeiss_tagesrendant.txt"] = {
    "published": "2025-09-18",
    "published_note": "from the date line 'Donnerstag, 18. September 2025 · Unternehmen · Seite 11'; 'im Juli' -> 2025-07; 'am Dienstag' -> 2025-09-16",
    "language": "de",
    "deals": [
        deal("meta-essilorluxottica-stake", ["Meta", "EssilorLuxottica"], "investment",
             3_000_000_000, "EUR", "approx", "2025-07", "completed",
             "Die Aktien hatte Meta demnach im Juli über die Börse gekauft, für rund drei Milliarden Euro.",
             note="confirmation of the stake rumoured in 012 (USD there); amount in words; EssilorLuxottica named in the previous sentences"),
        deal("zeiss-fundara", ["Carl Zeiss Meditec", "Fundara Health"], "acquisition",
             60_000_000, "EUR", "exact", "2025-09-16", "signed",
             "Der Jenaer Medizintechnikkonzern zahlt nach eigenen Angaben 60 Millionen Euro in bar, hinzu kommen bis zu 15 Millionen Euro, wenn Fundara bestimmte Zulassungsziele erreicht.",
             alt=[(75_000_000, "EUR")],
             note="'Der Jenaer Medizintechnikkonzern' = Carl Zeiss Meditec; signed 'am Dienstag' (next sentence); the up-to-€15m earn-out is part of this deal (€75m in total as alt_amounts), not a separate deal"),
    ],
    "not_deals": ["799 Dollar", "14 Milliarden Euro", "262,30 Euro", "4,50 Euro", "rund 2,2 Milliarden Euro",
                  "1,9 Milliarden Dollar", "etwa 40 Millionen Euro", "52,16 €", "48,90 €", "29,90 Euro", "9,90 Euro"],
}

# 015 ------------------------------------------------------------------------------------------
ARTICLES["015_kieferhaus_interview_praxisraeume.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesezeit: 8 Minuten'); all dates null",
    "language": "de",
    "deals": [
        deal("kieferhaus-occlusa-licence", ["Kieferhaus Dentalgruppe", "Occlusa Labs"], "other",
             18_000_000, "EUR", "exact", None, "signed",
             "Für den Vertrag mit Occlusa zahlen wir 18 Millionen Euro im Jahr, inklusive Betrieb und Support.",
             per="year", kind_alt=["cloud_contract", "supply"],
             note="'wir' = Kieferhaus; restatement of the 2024 licence (001)"),
        deal("kieferhaus-occlusa-stake", ["Kieferhaus Dentalgruppe", "Occlusa Labs"], "investment",
             25_000_000, "EUR", "exact", None, "announced",
             "Ja, wir beteiligen uns mit 25 Millionen Euro an der nächsten Finanzierungsrunde.",
             note="'wir' = Kieferhaus, the round is Occlusa's (question before); second deal of the pair, must stay apart from the licence"),
        nodeal("harrowgate-kieferhaus", ["Harrowgate Equity", "Kieferhaus Dentalgruppe"], "acquisition", None, "completed",
               "Seit Harrowgate Ihr Eigentümer ist, wird Ihnen vorgeworfen, Rendite gehe vor Behandlung.",
               note="amount-less mention of the takeover (008, 016) in a question"),
        deal("kieferhaus-capex-serverraum", ["Kieferhaus Dentalgruppe"], "capex_plan",
             30_000_000, "EUR", "approx", None, "planned",
             "In einen eigenen Serverraum in Frankfurt investieren wir bis zum übernächsten Jahr rund 30 Millionen Euro, mit Grafikkarten für das Training und mit Speicher für alle Aufnahmen.",
             note="'wir' = Kieferhaus; undated interview, so no term"),
    ],
    "not_deals": ["110.000 Euro", "95 Euro", "14,80 Euro", "119 Euro"],
}

# 016 ------------------------------------------------------------------------------------------
ARTICLES["016_harrowgate_kieferhaus_fathom_en.txt"] = {
    "published": "2025-10-08",
    "published_note": "from the stamp 'October 8, 2025 07:15 GMT'; the dateline 'LONDON, Oct 7' and 'on Tuesday' -> 2025-10-07",
    "language": "en",
    "deals": [
        deal("harrowgate-kieferhaus", ["Harrowgate Equity", "Kieferhaus Dentalgruppe"], "acquisition",
             430_000_000, "EUR", "exact", "2025-10-07", "signed",
             "LONDON, Oct 7 (Fathom) - British private equity firm Harrowgate Equity has agreed to buy Kieferhaus Dentalgruppe, Germany's largest chain of dental practices by number of sites, in a deal that values the Frankfurt-based business at €430 million ($500 million) including debt, the firm said on Tuesday.",
             alt=[(500_000_000, "USD")],
             note="signing of the takeover rumoured in 008; seller Isarbrücke Kapital named in the next paragraph; the €500m hoped for by the seller's advisers is not a deal"),
        deal("corrowmere-harrowgate-loan", ["Corrowmere Credit", "Harrowgate Equity"], "other",
             260_000_000, "EUR", "exact", "2025-10", "signed",
             "To pay for the purchase, Harrowgate has lined up a €260 million unitranche loan from Corrowmere Credit, a London direct lender, said someone involved in arranging the financing.",
             kind_alt=["investment"],
             note="acquisition loan; no day given"),
    ],
    "not_deals": ["€310 million", "€48 million", "£2.1 billion", "€500 million"],
}

# 017 ------------------------------------------------------------------------------------------
ARTICLES["017_occlusa_azure_sightline_en.html"] = {
    "published": "2026-02-11",
    "published_note": "from <meta property='article:published_time' content='2026-02-11…'>, JSON-LD and the byline 'Feb 11, 2026' (a Wednesday); 'on Tuesday' -> 2026-02-10; 'in January' -> 2026-01",
    "language": "en",
    "deals": [
        deal("occlusa-microsoft-azure", ["Occlusa Labs", "Microsoft"], "cloud_contract",
             240_000_000, "USD", "exact", "2026-02-10", "signed",
             "The Pittsburgh company has signed a four-year commitment to spend $240 million on Microsoft's Azure cloud, its chief executive told Sightline.",
             note="'The Pittsburgh company' = Occlusa Labs (previous sentence); signed 'on Tuesday' (next sentence); 018 mentions it without an amount"),
        deal("occlusa-cephalix", ["Occlusa Labs", "Cephalix"], "acquisition",
             38_000_000, "USD", "exact", "2026-01", "completed",
             "The cloud deal comes a few weeks after Occlusa bought Cephalix, a Toronto start-up that measures jaw growth on orthodontic X-rays, for $38 million in cash and stock.",
             note="closed in January (next sentence)"),
    ],
    "not_deals": ["$95 million", "$41 million", "$1.6 billion", "$2.3 billion", "$98 an hour", "$695"],
}

# 018 ------------------------------------------------------------------------------------------
ARTICLES["018_medtech_liveticker_kurskiebitz.txt"] = {
    "published": "2026-04-21",
    "published_note": "from the ticker header 'Dienstag, 21. April 2026'; 'am Montagabend' -> 2026-04-20; 'vergangene Woche' -> 2026-04; 'heute früh' -> 2026-04-21",
    "language": "de",
    "deals": [
        deal("kaisho-lumenvue-wafers-2026", ["Kaisho Optics", "Lumenvue"], "supply",
             2_800_000_000, "JPY", "exact", "2026-04-21", "signed",
             "Diesmal geht es um 2,8 Milliarden Yen für Glaswafer einer dünneren Generation, geliefert werden soll ab dem Herbst.",
             note="second Kaisho–Lumenvue order (parties in the previous sentence), must stay apart from the ¥4.5bn contract of 2025 (009)"),
        deal("brenngrat-gn-denied", ["Brenngrat Capital", "GN Store Nord"], "acquisition",
             2_000_000_000, "EUR", "approx", "2026-04", "rumored",
             "GN Store Nord weist einen Zeitungsbericht zurück, wonach der Finanzinvestor Brenngrat Capital für die Hörgerätesparte rund zwei Milliarden Euro bieten wolle.",
             required=False,
             note="denied rumour ('Da wird nicht verhandelt'); amount in words"),
        nodeal("occlusa-microsoft-azure", ["Occlusa Labs", "Microsoft"], "cloud_contract", "2026-02", "signed",
               "Der US-Dental-KI-Anbieter Occlusa, der im Februar einen großen Cloud-Vertrag mit Microsoft unterschrieben hat, eröffnet ein Büro in Frankfurt.",
               note="amount-less restatement of 017 in a relative clause"),
        deal("yuanhe-cochlyra-chips", ["Yuanhe Microsystems", "Cochlyra"], "supply",
             1_200_000_000, "TWD", "exact", "2026-04-21", "signed",
             "Der Vertrag hat ein Volumen von 1,2 Milliarden Taiwan-Dollar und läuft bis Ende 2028, wie die Dänen heute früh mitteilten.",
             term=[None, "2028-12"],
             note="parties in the previous sentence ('Der taiwanische Auftragsfertiger Yuanhe Microsystems'); 'die Dänen' = Cochlyra"),
        deal("demant-cochlyra-bid", ["Demant", "Cochlyra"], "acquisition",
             1_400_000_000, "DKK", "exact", "2026-04", "cancelled",
             "Das Angebot über 1,4 Milliarden Kronen unterschätze die Aussichten des Unternehmens deutlich, erklärte der Verwaltungsrat am Montagabend.",
             alt=[(190_000_000, "EUR")],
             note="offer rejected 'am Montagabend'; made 'vergangene Woche' -> month of the offer; the compound '1,4-Milliarden-Kronen-Offerte' and '~€190m' repeat it"),
    ],
    "not_deals": ["251,60 Kronen", "148,90 Kronen", "241,70 Franken", "682 Millionen Franken", "39 Euro", "6,99 Euro"],
}

# 019 ------------------------------------------------------------------------------------------
ARTICLES["019_lumenvue_essilor_flatirons_en.txt"] = {
    "published": "2026-06-12",
    "published_note": "from the dateline 'BOULDER · Friday, June 12, 2026'; 'on Thursday' -> 2026-06-11; 'last year' -> 2025",
    "language": "en",
    "deals": [
        deal("essilorluxottica-lumenvue", ["EssilorLuxottica", "Lumenvue"], "acquisition",
             410_000_000, "USD", "exact", "2026-06-11", "signed",
             "EssilorLuxottica agreed on Thursday to acquire the Boulder start-up for $410 million in cash, the companies announced jointly.",
             note="'the Boulder start-up' = Lumenvue (previous sentence); pending US clearance"),
        deal("lumenvue-arapahoe-building", ["Lumenvue", "Arapahoe Flats"], "acquisition",
             12_500_000, "USD", "exact", "2025", "completed",
             "Lumenvue bought its two-storey building on Valmont Road from local landlord Arapahoe Flats LLC for $12.5 million last year, after outgrowing two rented spaces.",
             kind_alt=["other"],
             note="property purchase; repeated in a reader comment"),
    ],
    "not_deals": ["€28.5 billion", "$1.8 million", "$148,000", "$520 million", "$249", "$4.99 a week"],
}

# 020 ------------------------------------------------------------------------------------------
LIST_020 = ("Die Hamburger Hörgerätekette Hörkontor Elbe übernimmt zwölf Filialen der Lübecker Akustik Travemann "
            "für mehr als 9 Millionen Euro; der Kieler Dentalhändler Förde-Dental stattet das Universitätsklinikum in Kiel "
            "für 3,8 Millionen Euro mit neuen Behandlungseinheiten aus; und die Bremer Optikerkette Sehstern Nord "
            "verkauft ihre drei Läden in Bremerhaven an einen Wettbewerber, über den Preis schweigen beide Seiten.")
ARTICLES["020_fielmann_halvard_hammerbrooker.txt"] = {
    "published": "2026-11-12",
    "published_note": "dateline without year 'Hamburg, 12. November (hw)'; the year from the issue line 'Ausgabe 46 | 2026' and the copyright line; 'am Mittwoch' -> 2026-11-11",
    "language": "de",
    "deals": [
        deal("fielmann-halvard-stake", ["Fielmann", "Halvard Vision"], "investment",
             400_000_000, "SEK", "exact", "2026-11-11", "signed",
             "Der Hamburger Optikkonzern übernimmt 15 Prozent an der Halvard Vision AB aus Jönköping und zahlt dafür 400 Millionen Kronen, umgerechnet knapp 36 Millionen Euro.",
             alt=[(36_000_000, "EUR")], kind_alt=["acquisition"],
             note="'Der Hamburger Optikkonzern' = Fielmann; repeated as '400-Millionen-Kronen-Einstieg'; second Fielmann–Halvard deal, must stay apart from the 2024 lens supply (006)"),
        deal("hoerkontor-travemann-stores", ["Hörkontor Elbe", "Akustik Travemann"], "acquisition",
             9_000_000, "EUR", "at_least", "2026-11", "signed", LIST_020,
             note="first of three deals in one sentence; 'mehr als' -> at_least"),
        deal("foerde-ukiel-units", ["Förde-Dental", "Universitätsklinikum Kiel"], "supply",
             3_800_000, "EUR", "exact", "2026-11", "signed", LIST_020,
             note="second deal in the list sentence"),
        nodeal("sehstern-bremerhaven-sale", ["Sehstern Nord"], "acquisition", "2026-11", "signed", LIST_020,
               note="third item of the list: sale to an unnamed competitor, price undisclosed"),
    ],
    "not_deals": ["rund 2,7 Milliarden Kronen", "1,86 Milliarden Euro", "241 Millionen Euro", "47,35 Euro",
                  "4,5 Millionen Euro", "190 Euro", "3,90 Euro", "159 Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out.name}: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
