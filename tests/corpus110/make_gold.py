#!/usr/bin/env python3
"""Write gold.json for tests/corpus110 (the hand annotation, kept as a script so that the
same deal carries the same fields everywhere). Run: python3 tests/corpus110/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the hundred-and-tenth, held-out test corpus (tests/corpus110/articles/), "
    "written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json, the earlier corpora and shared/gold/seeds.json. Theme: data centres and "
    "AI compute in space and over satellites (orbital-compute start-ups, SpaceX and xAI, satellite "
    "operators' AI-connectivity deals, launch contracts, ESA and EU money, solar-cell and chip suppliers, "
    "German space start-ups). One entry per article; a deal that several articles report carries the same "
    "id in each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is "
    "an error. Amounts are in full units and in the currency in which the article states them; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was announced "
    "or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
    "from the article's own date marker, dateline, <time datetime>, issue line or visible byline date, or "
    "null when the article has none); quarters, half-years and seasons become the year; a cancelled deal "
    "keeps the date of the original agreement or talks; 'term' is the period the deal covers, where the "
    "text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. Canonical "
    "party names carry no legal form (GmbH, AG, Inc., AS ...); spellings with legal forms are aliases. For "
    ".html articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Invented companies: Ammerlicht, Kochelmoos Ventures, Sonnfeld Photonik, Argelsrieder Grundbesitz, "
    "Skarvhamn Teleport, Halcyra Compute, Farrowmere Capital, Llanofield Semiconductor, Lechrain Erdfunk, "
    "Krottenkopf Capital, Meridane, Vauclair Infrastructure, Pecos Frontier Capital, Orbwell; invented "
    "publications, research houses, advertisers and persons are listed in invented_names.txt and README.md; "
    "the deals of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Ammerlicht": ["Ammerlicht"],
    "Kochelmoos Ventures": ["Kochelmoos Ventures", "Kochelmoos"],
    "Sonnfeld Photonik": ["Sonnfeld Photonik", "Sonnfeld"],
    "Argelsrieder Grundbesitz": ["Argelsrieder Grundbesitz GmbH", "Argelsrieder Grundbesitz"],
    "SES": ["SES", "SES S.A."],
    "Intelsat": ["Intelsat"],
    "Lonestar Data Holdings": ["Lonestar Data Holdings", "Lonestar"],
    "Sidus Space": ["Sidus Space", "Sidus"],
    "Skarvhamn Teleport": ["Skarvhamn Teleport", "Skarvhamn"],
    "Intuitive Machines": ["Intuitive Machines"],
    "Isar Aerospace": ["Isar Aerospace", "Isar"],
    "European Commission": ["European Commission", "EU-Kommission"],
    "SpaceRISE": ["SpaceRISE"],
    "Starcloud": ["Starcloud", "Lumen Orbit"],
    "NFX": ["NFX"],
    "Halcyra Compute": ["Halcyra Compute", "Halcyra"],
    "Farrowmere Capital": ["Farrowmere Capital", "Farrowmere"],
    "Axiom Space": ["Axiom Space", "Axiom"],
    "Kepler Communications": ["Kepler Communications", "Kepler"],
    "France": ["France", "Frankreich", "French state", "französische Staat", "französischen Staat",
               "französischer Staat"],
    "United Kingdom": ["United Kingdom", "UK government", "britische Regierung", "britischen Regierung",
                       "Großbritannien"],
    "Eutelsat": ["Eutelsat", "Eutelsat OneWeb", "OneWeb"],
    "Eldridge Industries": ["Eldridge Industries", "Eldridge"],
    "Airbus": ["Airbus", "Airbus Defence and Space"],
    "KKR": ["KKR"],
    "OHB": ["OHB", "OHB SE"],
    "SpaceX": ["SpaceX", "Space Exploration Technologies"],
    "xAI": ["xAI"],
    "X": ["X", "Twitter"],
    "Tesla": ["Tesla"],
    "Morgan Stanley": ["Morgan Stanley"],
    "Llanofield Semiconductor": ["Llanofield Semiconductor", "Llanofield"],
    "Crusoe": ["Crusoe", "Crusoe Energy"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "ESA": ["ESA", "European Space Agency", "Europäische Weltraumorganisation",
            "Europäischen Weltraumorganisation"],
    "Rocket Factory Augsburg": ["Rocket Factory Augsburg", "RFA"],
    "Amazon": ["Amazon", "Amazon Leo", "Project Kuiper", "AWS"],
    "DNB": ["DNB", "DNB Bank"],
    "EchoStar": ["EchoStar"],
    "Lechrain Erdfunk": ["Lechrain Erdfunk", "Lechrain"],
    "Krottenkopf Capital": ["Krottenkopf Capital", "Krottenkopf"],
    "Google": ["Google", "Alphabet"],
    "Planet Labs": ["Planet Labs", "Planet"],
    "Meridane": ["Meridane"],
    "Vauclair Infrastructure": ["Vauclair Infrastructure", "Vauclair"],
    "Pecos Frontier Capital": ["Pecos Frontier Capital", "Pecos Frontier", "Pecos"],
    "Orbwell": ["Orbwell"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **kw):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt", "note"):
        if k in kw:
            d[k] = kw.pop(k)
    assert not kw, kw
    d["evidence"] = evidence
    return d


def alt(*pairs):
    return [{"amount": a, "currency": c} for a, c in pairs]


A = {}

# ---------------------------------------------------------------- 001
A["001_ammerlicht_gilching_ammertaler.txt"] = {
    "published": "2024-03-13",
    "published_note": "from the header 'Mittwoch, 13.03.2024' and the dateline 'Gilching, 13. März (ak)'; 'am Montag' -> 2024-03-11",
    "language": "de",
    "deals": [
        D("kochelmoos-ammerlicht-seed", ["Kochelmoos Ventures", "Ammerlicht"], "investment",
          14_000_000, "EUR", "exact", "2024-03-11", "completed",
          "Wie Ammerlicht am Montag bekanntgab, investieren Geldgeber in einer Seed-Runde 14 Millionen Euro in das junge Unternehmen.",
          note="investors unnamed in the sentence; lead investor Kochelmoos Ventures in the next sentence (Bayern Kapital also takes part, not listed); restated in 004"),
        D("sonnfeld-ammerlicht-panels-2024", ["Ammerlicht", "Sonnfeld Photonik"], "supply",
          2_000_000, "EUR", "approx", "2024-03", "signed",
          "Der Auftrag hat einen Wert von knapp zwei Millionen Euro, wie ein Sonnfeld-Sprecher auf Nachfrage bestätigte; geliefert werden soll im Sommer 2025.",
          note="'Der Auftrag' = the solar wings Ammerlicht ordered from Sonnfeld Photonik (previous sentence); 'knapp' -> approx; no signing date -> month of the article"),
        D("argelsried-ammerlicht-lease", ["Ammerlicht", "Argelsrieder Grundbesitz"], "other",
          290_000, "EUR", "approx", "2024-03", "signed",
          "Für eine 1.800 Quadratmeter große Halle überweist Ammerlicht der Argelsrieder Grundbesitz GmbH künftig jährlich rund 290.000 Euro, der Mietvertrag ist auf acht Jahre angelegt.",
          per="year",
          note="yearly rent for a hall, eight-year lease without a start date; no signing date -> month of the article"),
    ],
    "not_deals": ["rund 55 Millionen Euro", "gut 31 Millionen Euro", "zwischen 70.000 und 95.000 Euro",
                  "1.490 Euro"],
}

# ---------------------------------------------------------------- 002
A["002_ses_intelsat_perigee_en.txt"] = {
    "published": "2024-04-30",
    "published_note": "from the line 'Updated 30 April 2024, 19:22 CET' and the dateline 'LUXEMBOURG, April 30'; 'on Tuesday' -> 2024-04-30",
    "language": "en",
    "deals": [
        D("ses-intelsat", ["SES", "Intelsat"], "acquisition",
          3_100_000_000, "USD", "exact", "2024-04-30", "signed",
          "LUXEMBOURG, April 30 (Perigee Wire) - SES will buy its American rival Intelsat for $3.1 billion (around €2.9 billion) in cash, the Luxembourg-based satellite operator said on Tuesday, combining two of the oldest names in commercial satellite communications into a fleet of more than 100 spacecraft in geostationary and medium Earth orbit.",
          alt_amounts=alt((2_900_000_000, "EUR")),
          note="agreed takeover, closing expected in H2 2025; 018 restates it as completed (agreed April 2024)"),
        D("ses-intelsat-earlier-talks", ["SES", "Intelsat"], "acquisition",
          None, None, None, "2023", "cancelled",
          "Both SES and Intelsat had been looking for partners for months; people close to the process said SES first approached Intelsat more than a year ago, when talks foundered over price.",
          required=False,
          note="earlier failed approach, no amount; 'more than a year ago' -> 2023; background"),
    ],
    "not_deals": ["roughly $2.4 billion", "about €3.8 billion", "€4.71", "a little over €2 billion", "more than $7 billion"],
}

# ---------------------------------------------------------------- 003
A["003_lonestar_skarvhamn_downlink_en.txt"] = {
    "published": "2024-05-15",
    "published_note": "from the line 'Ground & Orbit | May 15, 2024 07:10'; 'on Monday' -> 2024-05-13; 'last month' -> 2024-04",
    "language": "en",
    "deals": [
        D("lonestar-skarvhamn", ["Lonestar Data Holdings", "Skarvhamn Teleport"], "other",
          7_000_000, "USD", "approx", "2024-05-13", "signed",
          "Lonestar will pay roughly $7 million over five years, starting in 2026, Skarvhamn chief executive Sindre Hovdenak told Downlink Daily.",
          kind_alt=["cloud_contract", "supply"], term=["2026", "2030"],
          note="ground-station services (tracking, telemetry, downlink); 'The agreement was signed on Monday' in the previous sentence; 011 and 019 mention it without amount"),
        D("lonestar-sidus", ["Lonestar Data Holdings", "Sidus Space"], "supply",
          120_000_000, "USD", "exact", "2024-04", "signed",
          "The company contracted Sidus Space, a satellite builder on Florida's Space Coast, to manufacture six data-storage spacecraft in a deal valued at $120 million.",
          kind_alt=["other"],
          note="'The company' = Lonestar; 'the order Lonestar placed last month' (previous sentence) -> 2024-04; restated in 019"),
        D("lonestar-intuitive-payload", ["Lonestar Data Holdings", "Intuitive Machines"], "other",
          None, None, None, None, "planned",
          "A first test is due later this year, when a small storage payload is meant to ride to the lunar surface aboard an Intuitive Machines lander.",
          required=False, kind_alt=["supply"],
          note="payload ride, no amount, no date; background"),
    ],
    "not_deals": ["about $10 million", "around $25,000 per terabyte per year", "$3.85",
                  "$2.1 billion a year", "NOK 84 million"],
}

# ---------------------------------------------------------------- 004
A["004_ammerlicht_isar_orbitalbrief.html"] = {
    "published": "2024-10-09",
    "published_note": "from <meta name='date'>, JSON-LD datePublished and the byline '09.10.2024, 11:32 Uhr'; 'am Dienstag' -> 2024-10-08",
    "language": "de",
    "deals": [
        D("ammerlicht-isar-launch", ["Ammerlicht", "Isar Aerospace"], "supply",
          8_000_000, "EUR", "approx", "2024-10-08", "signed",
          "Für den Flug zahlt Ammerlicht nach eigener Darstellung rund acht Millionen Euro.",
          kind_alt=["other"], alt_amounts=alt((8_400_000, "USD")),
          note="launch contract; parties and signing 'am Dienstag in Ottobrunn' in the two previous sentences; amount in words; reported again in 005 (month, USD), 008 (no amount), 014 (undated), 020"),
        D("kochelmoos-ammerlicht-seed", ["Kochelmoos Ventures", "Ammerlicht"], "investment",
          14_000_000, "EUR", "exact", "2024-03", "completed",
          "Damals hatten Investoren unter Führung von Kochelmoos Ventures 14 Millionen Euro in Ammerlicht gesteckt.",
          note="restatement of the March seed round (001); 'Damals' = 'der Seed-Runde vom März'"),
    ],
    "not_deals": ["mehr als 57.000 Euro je Kilogramm", "mehr als 400 Millionen Euro",
                  "je elf Millionen Euro Preisgeld", "9,90 Euro monatlich"],
}

# ---------------------------------------------------------------- 005
A["005_lagrange_letter_week51_en.txt"] = {
    "published": "2024-12-20",
    "published_note": "from the issue line 'Week 51 · Friday 20 December 2024'; 'on Monday' -> 2024-12-16, 'on Wednesday' -> 2024-12-18, 'last week' and 'this week' -> 2024-12",
    "language": "en",
    "deals": [
        D("eu-iris2-concession", ["European Commission", "SpaceRISE"], "project",
          10_600_000_000, "EUR", "exact", "2024-12-16", "signed",
          "The contract runs for 12 years and covers a programme worth €10.6 billion in total: the EU budget carries about €6 billion of it, the private partners a little over €4 billion.",
          kind_alt=["other", "partnership"],
          note="IRIS² concession signed 'on Monday' (previous sentences) with the SpaceRISE consortium (SES, Eutelsat, Hispasat); the EU and private shares are parts of it (not_deals)"),
        D("nfx-starcloud-seed", ["NFX", "Starcloud"], "investment",
          11_000_000, "USD", "exact", "2024-12", "completed",
          "Lumen Orbit, the Redmond, Washington, start-up that wants to build data centres in space and cool them by radiating heat into the void, closed an $11 million seed round last week.",
          note="Lumen Orbit = Starcloud (renamed February 2025); lead 'NFX led' in the next sentence; restated in 009"),
        D("farrowmere-halcyra-preseed", ["Farrowmere Capital", "Halcyra Compute"], "investment",
          6_500_000, "USD", "exact", "2024-12-18", "completed",
          "Halcyra Compute, a Louisville, Colorado, outfit founded by two former satellite-bus engineers, raised a $6.5 million pre-seed round from Farrowmere Capital on Wednesday.",
          note="first deal of the Farrowmere–Halcyra pair; different from the $140m Series B of 2026 (015-017)"),
        D("axiom-kepler-odc", ["Axiom Space", "Kepler Communications"], "partnership",
          None, None, None, "2024-12", "announced",
          "Axiom Space said this week that its first two orbital data-centre nodes will fly on Kepler Communications' optical relay satellites, so that other spacecraft can send data to them by laser and get processed results back.",
          note="no financial terms ('No financial terms were given')"),
        D("ammerlicht-isar-launch", ["Ammerlicht", "Isar Aerospace"], "supply",
          8_000_000, "EUR", "approx", "2024-10", "signed",
          "Worth a note from the German side: Ammerlicht, the Gilching start-up doing on-board processing for Earth-observation satellites, booked a dedicated ride on Isar Aerospace's Spectrum rocket in October for about €8 million ($8.4 million).",
          kind_alt=["other"], alt_amounts=alt((8_400_000, "USD")),
          note="same launch contract as 004, month only, with a USD conversion"),
    ],
    "not_deals": ["about €6 billion", "a little over €4 billion", "a little over $13 million",
                  "$7.7 billion", "$1,295"],
}

# ---------------------------------------------------------------- 006
A["006_liveticker_eutelsat_boersenfunk.txt"] = {
    "published": "2025-06-19",
    "published_note": "from the header 'Donnerstag, 19. Juni 2025' (live ticker, entries 08:02-17:38); 'heute früh' -> 2025-06-19; 'vergangene Woche' -> 2025-06",
    "language": "de",
    "deals": [
        D("france-eutelsat-2025", ["France", "Eutelsat"], "investment",
          717_000_000, "EUR", "exact", "2025-06-19", "announced",
          "Paris zeichnet davon 717 Mio. Euro und wird mit knapp 30 Prozent größter Einzelaktionär des Satellitenbetreibers, teilte das Unternehmen heute früh mit.",
          note="'Paris' = the French state ('der französische Staat', previous sentence); part of the €1.5bn capital increase (optional deal of its own); restated in 018"),
        D("eutelsat-capital-raise-2025", ["Eutelsat"], "investment",
          1_500_000_000, "EUR", "exact", "2025-06-19", "announced",
          "Paukenschlag vor Handelsbeginn: Eutelsat holt sich 1,5 Mrd. Euro frisches Eigenkapital, und der französische Staat führt die Kapitalerhöhung an.",
          required=False,
          note="total of the capital increase, which contains France's €717m and the other subscribers' shares; optional"),
        D("eldridge-isar-2025", ["Eldridge Industries", "Isar Aerospace"], "investment",
          150_000_000, "EUR", "exact", "2025-06", "completed",
          "Nicht börsennotiert, aber ein Gesprächsthema auf dem Parkett: Isar Aerospace hat sich vergangene Woche 150 Mio. Euro vom US-Investor Eldridge Industries gesichert, in Form einer Wandelanleihe.",
          note="convertible bond; 'vergangene Woche' -> June 2025"),
        D("airbus-sonnfeld-2025", ["Airbus", "Sonnfeld Photonik"], "supply",
          12_500_000, "EUR", "exact", "2025-06-19", "signed",
          "Sonnfeld liefert Solargeneratoren für eine Serie von Erdbeobachtungssatelliten, der Auftragswert beläuft sich auf 12,5 Mio. Euro.",
          note="customer 'Airbus Defence and Space' in the previous sentence; ad-hoc release on the day of the ticker"),
        D("kkr-ohb", ["KKR", "OHB"], "acquisition",
          None, None, None, None, "completed",
          "Seit der Übernahme durch den Finanzinvestor KKR ist nur noch ein kleiner Teil der Aktien im Streubesitz, entsprechend dünn ist der Handel.",
          required=False, note="background mention of the earlier takeover, no amount, no date"),
    ],
    "not_deals": ["4,12 Euro", "18,40 Euro", "gut 2,6 Mrd. Euro",
                  "4,00 Euro je Stück", "250.000 Euro"],
}

# ---------------------------------------------------------------- 007
A["007_spacex_xai_apogee_en.txt"] = {
    "published": "2025-07-14",
    "published_note": "from the line 'Monday, July 14, 2025'; 'first surfaced on Saturday' -> 2025-07-12; 'earlier this month' -> 2025-07; 'in March' -> 2025-03",
    "language": "en",
    "deals": [
        D("spacex-xai-2025", ["SpaceX", "xAI"], "investment",
          2_000_000_000, "USD", "exact", "2025-07-12", "rumored",
          "SpaceX has agreed to invest $2 billion in xAI, his artificial-intelligence venture, as part of a $5 billion equity raise, according to two investors who were told about the plan.",
          alt_amounts=alt((1_700_000_000, "EUR")),
          note="from sources, companies silent -> rumored; 'Word of the arrangement first surfaced on Saturday' (next sentence); reported again in 008 (EUR, month), 012 (completed, month) and 013 (no amount)"),
        D("xai-equity-2025", ["xAI"], "investment",
          5_000_000_000, "USD", "exact", "2025-07", "rumored",
          "SpaceX has agreed to invest $2 billion in xAI, his artificial-intelligence venture, as part of a $5 billion equity raise, according to two investors who were told about the plan.",
          required=False,
          note="total of the equity round that contains SpaceX's $2bn; optional"),
        D("morgan-stanley-xai-debt", ["Morgan Stanley", "xAI"], "other",
          5_000_000_000, "USD", "exact", "2025-07", "completed",
          "Morgan Stanley, which arranged the borrowing, said it had sold $5 billion of xAI debt to investors, a mix of secured bonds and loans, money earmarked largely for the Colossus supercomputer in Memphis and its planned successor.",
          kind_alt=["investment"],
          note="debt package arranged by Morgan Stanley, 'closed earlier this month' (previous sentence)"),
        D("xai-x-merger", ["xAI", "X"], "acquisition",
          None, None, None, "2025-03", "completed",
          "xAI, which merged with the social network X in March in a transaction that valued the combined group at $113 billion, has been going through something like $1 billion every month, mostly on chips, data centres and pay, people who have seen its accounts say.",
          required=False,
          note="background; only a valuation of the combined group is given ($113bn is a not_deal)"),
        D("tesla-xai-proposal", ["Tesla", "xAI"], "investment",
          None, None, None, "2025-07", "planned",
          "Musk said on his social network that he would put a proposal for Tesla to invest in xAI to a shareholder vote, without saying how much money would be involved.",
          required=False, note="intention to hold a vote, no amount"),
    ],
    "not_deals": ["$113 billion", "$1 billion every month", "about $400 billion", "around $12 billion",
                  "$300 a month"],
}

# ---------------------------------------------------------------- 008
A["008_kommentar_orbit_depesche.txt"] = {
    "published": "2025-09-03",
    "published_note": "from the header 'Meinung & Analyse | 3. September 2025' (guest commentary); 'Im Juli', 'Ende Juli' -> 2025-07",
    "language": "de",
    "deals": [
        D("spacex-xai-2025", ["SpaceX", "xAI"], "investment",
          2_000_000_000, "USD", "exact", "2025-07", "rumored",
          "Im Juli hat SpaceX nach übereinstimmenden Medienberichten zwei Milliarden Dollar, umgerechnet gut 1,7 Milliarden Euro, in Elon Musks KI-Firma xAI gesteckt.",
          alt_amounts=alt((1_700_000_000, "EUR")),
          note="same investment as 007, amount in words, EUR conversion; still only 'nach übereinstimmenden Medienberichten' -> rumored"),
        D("llanofield-halcyra-2025", ["Halcyra Compute", "Llanofield Semiconductor"], "supply",
          28_000_000, "USD", "exact", "2025-07", "signed",
          "Das Start-up Halcyra Compute aus Louisville in Colorado hat Ende Juli beim texanischen Chipentwickler Llanofield Semiconductor strahlungsgehärtete Beschleunigerkarten für 28 Millionen Dollar bestellt – für eine Firma, die vor neun Monaten mit einer Vorgründungsrunde von wenigen Millionen gestartet ist, eine beachtliche Wette.",
          note="the pre-seed round mentioned in the same sentence has no investor name and no amount ('wenigen Millionen') and is not annotated here; 015 mentions the order without amount"),
        D("ammerlicht-isar-launch", ["Ammerlicht", "Isar Aerospace"], "supply",
          None, None, None, None, "signed",
          "In Bayern hat Ammerlicht seinen ersten Rechensatelliten bei Isar Aerospace gebucht, und Starcloud aus Redmond will noch in diesem Herbst einen Satelliten mit einem Nvidia-H100 in die Umlaufbahn bringen.",
          required=False, kind_alt=["other"],
          note="restatement of the 004 launch contract without amount or date; optional"),
    ],
    "not_deals": ["zehn, eher zwölf Millionen Euro", "rund 17 Cent je Kilowattstunde",
                  "um die 2.700 Dollar pro Kilogramm", "39 Milliarden Dollar"],
}

# ---------------------------------------------------------------- 009
A["009_starcloud_h100_telemetry_en.html"] = {
    "published": "2025-11-04",
    "published_note": "from <meta article:published_time>, JSON-LD and the byline 'Tue 4 Nov 2025, 9:15 AM PT'; 'on Sunday' -> 2025-11-02; 'Last month' -> 2025-10; 'last December' -> 2024-12",
    "language": "en",
    "deals": [
        D("crusoe-starcloud", ["Crusoe", "Starcloud"], "partnership",
          None, None, None, "2025-10", "signed",
          "Last month Starcloud signed Crusoe, the Denver-based AI cloud operator, as its first cloud customer in space: Crusoe will run its platform on a Starcloud satellite scheduled to launch late in 2026 and offer that capacity to its own customers from early 2027.",
          kind_alt=["cloud_contract"], note="no amount ('Neither company disclosed what Crusoe is paying')"),
        D("starcloud-raise-2025", ["Starcloud"], "investment",
          80_000_000, "USD", "range", "2025-11", "negotiating",
          "Starcloud is now in talks to raise between $80 million and $120 million, two investors briefed on the discussions told Telemetry Street, at a valuation one of them put above $1 billion.",
          amount_max=120_000_000,
          note="talks from sources, investors not named; range; the valuation is a not_deal"),
        D("nfx-starcloud-seed", ["NFX", "Starcloud"], "investment",
          11_000_000, "USD", "exact", "2024-12", "completed",
          "It raised an $11 million seed round led by NFX last December and has since added smaller amounts from strategic investors, including Nvidia's venture programs, according to one of the people.",
          note="'It' = Starcloud; same round as 005"),
        D("nvidia-starcloud", ["Nvidia", "Starcloud"], "investment",
          None, None, None, None, "completed",
          "It raised an $11 million seed round led by NFX last December and has since added smaller amounts from strategic investors, including Nvidia's venture programs, according to one of the people.",
          required=False, note="vague follow-on money without amount or date"),
        D("spacex-starcloud-launch", ["SpaceX", "Starcloud"], "supply",
          None, None, None, None, "completed",
          "The roughly 60-kilogram Starcloud-1, which carries an Nvidia H100 graphics processor of the kind that fills terrestrial AI data centers, made contact with ground stations within hours of reaching orbit on Sunday aboard a SpaceX Falcon 9 rideshare flight, the Redmond, Washington, company said.",
          required=False, kind_alt=["other"],
          note="rideshare launch, price not disclosed; contract date unknown (the launch was 2025-11-02)"),
    ],
    "not_deals": ["above $1 billion", "$6,500 per kilogram", "about $30,000", "$1,195"],
}

# ---------------------------------------------------------------- 010
ELC_NOTE = ("two deals in one sentence ('jeweils bis zu'), same amount for each company; ESA funding tied to "
            "milestones for institutional launch services; 'am Donnerstag' -> 2025-11-27")
A["010_esa_ministerrat_weserkante.txt"] = {
    "published": "2025-11-28",
    "published_note": "from the header '28.11.2025 · 06:30'; 'am Donnerstag' -> 2025-11-27; 'im Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        D("esa-isar-launcher-challenge", ["ESA", "Isar Aerospace"], "other",
          169_000_000, "EUR", "up_to", "2025-11-27", "announced",
          "Aus dem neuen Topf der European Launcher Challenge erhalten die beiden bayerischen Raketenbauer Isar Aerospace und Rocket Factory Augsburg jeweils bis zu 169 Millionen Euro, wie die ESA am Donnerstag mitteilte.",
          kind_alt=["project", "investment", "supply"], note=ELC_NOTE),
        D("esa-rfa-launcher-challenge", ["ESA", "Rocket Factory Augsburg"], "other",
          169_000_000, "EUR", "up_to", "2025-11-27", "announced",
          "Aus dem neuen Topf der European Launcher Challenge erhalten die beiden bayerischen Raketenbauer Isar Aerospace und Rocket Factory Augsburg jeweils bis zu 169 Millionen Euro, wie die ESA am Donnerstag mitteilte.",
          kind_alt=["project", "investment", "supply"], note=ELC_NOTE),
        D("esa-ammerlicht-study", ["ESA", "Ammerlicht"], "other",
          2_400_000, "EUR", "exact", "2025-10", "signed",
          "Das Gilchinger Start-up Ammerlicht, das Satellitendaten mit KI-Chips direkt im Orbit auswerten will, hat von der ESA bereits im Oktober einen Studienauftrag über 2,4 Millionen Euro erhalten.",
          kind_alt=["project"], note="study contract awarded in October, published only now"),
    ],
    "not_deals": ["22,1 Milliarden Euro", "gut fünf Milliarden Euro", "rund 1,8 Millionen Euro"],
}

# ---------------------------------------------------------------- 011
A["011_skarvhamn_amazon_groundsegment_en.txt"] = {
    "published": "2025-12-11",
    "published_note": "from the issue line 'No. 88 - Thursday, 11 December 2025'; 'on Tuesday' -> 2025-12-09; 'last week' -> 2025-12",
    "language": "en",
    "deals": [
        D("amazon-skarvhamn", ["Amazon", "Skarvhamn Teleport"], "other",
          48_000_000, "USD", "exact", "2025-12-09", "signed",
          "Amazon will pay the company $48 million over eight years to host and operate gateway antennas for Amazon Leo, the low-Earth-orbit broadband network that was called Project Kuiper until last month.",
          kind_alt=["cloud_contract", "supply"], term=["2026-07", "2034"],
          note="'the company' = Skarvhamn Teleport (previous sentence); 'The two companies signed on Tuesday; service starts in July 2026' (next sentence)"),
        D("dnb-skarvhamn-loan", ["DNB", "Skarvhamn Teleport"], "other",
          600_000_000, "NOK", "exact", "2025-12", "signed",
          "To build 14 new antennas for the contract, Skarvhamn has taken a NOK 600 million loan from DNB, about $59 million, which it signed last week.",
          alt_amounts=alt((59_000_000, "USD")), note="bank loan; 'last week' -> 2025-12"),
        D("lonestar-skarvhamn", ["Lonestar Data Holdings", "Skarvhamn Teleport"], "other",
          None, None, None, "2024", "signed",
          "Skarvhamn's first customer beyond Earth observation was Lonestar Data Holdings, the lunar data-storage start-up, which signed a five-year ground-services deal in 2024; the Lonestar work begins next year and will run on the same site.",
          required=False, kind_alt=["cloud_contract", "supply"],
          note="restatement of the 003 contract without amount; optional"),
    ],
    "not_deals": ["around NOK 30 million", "NOK 131 million", "well over $10 billion", "under $400"],
}

# ---------------------------------------------------------------- 012
A["012_spacex_xai_merger_perigee_en.txt"] = {
    "published": "2026-02-03",
    "published_note": "from the line 'Published 3 February 2026, 06:15 GMT' (dateline 'Feb 2'); 'on Monday' -> 2026-02-02; 'last July' -> 2025-07; 'In January' -> 2026-01; 'In September' -> 2025-09",
    "language": "en",
    "deals": [
        D("spacex-xai-merger", ["SpaceX", "xAI"], "acquisition",
          250_000_000_000, "USD", "exact", "2026-02-02", "signed",
          "HAWTHORNE, California, Feb 2 (Perigee Wire) - SpaceX is taking over xAI, the artificial-intelligence firm Elon Musk founded in 2023, in an all-share transaction that values xAI at $250 billion, as SpaceX and xAI put it in a shared press release on Monday, folding the maker of the Grok chatbot into the rocket and satellite group ahead of a planned stock-market listing.",
          alt_amounts=alt((211_000_000_000, "EUR")),
          note="all-share takeover; the value of the target is the deal amount; the combined $1.25tn and SpaceX's $1tn are valuations (not_deals); 013 gives EUR"),
        D("spacex-xai-2025", ["SpaceX", "xAI"], "investment",
          2_000_000_000, "USD", "exact", "2025-07", "completed",
          "SpaceX put $2 billion into xAI last July, part of a larger equity raise, and Starlink uses Grok in its customer service.",
          note="the July 2025 investment of 007/008, now as done; different from the 2026 takeover of the same pair"),
        D("xai-round-2026", ["xAI"], "investment",
          20_000_000_000, "USD", "exact", "2026-01", "completed",
          "In January, xAI raised $20 billion from a group of investors that included Nvidia and the Qatar Investment Authority, at a valuation that has now been overtaken by the merger terms.",
          note="no lead investor named; Nvidia and QIA are participants, not listed"),
        D("spacex-echostar", ["SpaceX", "EchoStar"], "acquisition",
          17_000_000_000, "USD", "approx", "2025-09", "signed",
          "In September, SpaceX agreed to pay EchoStar about $17 billion in cash and stock for wireless spectrum licences that it wants for direct-to-phone service from Starlink satellites.",
          kind_alt=["other"], note="purchase of spectrum licences, awaiting approval"),
        D("tesla-xai-proposal", ["Tesla", "xAI"], "investment",
          None, None, None, None, "planned",
          "Tesla, where Musk is chief executive, has also been weighing a stake in xAI; how such a holding would be treated under the merger was not disclosed.",
          required=False, note="vague, no amount, no date; same idea as in 007"),
    ],
    "not_deals": ["roughly $1.25 trillion", "about $1 trillion", "more than $1 billion a month",
                  "about $15 billion"],
}

# ---------------------------------------------------------------- 013
A["013_spacex_xai_kaufmannsblatt.txt"] = {
    "published": "2026-02-04",
    "published_note": "from the header 'Mittwoch, 4. Februar 2026 · Unternehmen & Märkte · Seite 11'; 'am Montag' -> 2026-02-02; 'im vergangenen Sommer' -> 2025",
    "language": "de",
    "deals": [
        D("spacex-xai-merger", ["SpaceX", "xAI"], "acquisition",
          250_000_000_000, "USD", "exact", "2026-02-02", "signed",
          "Die Transaktion wird vollständig in Aktien abgewickelt und bewertet xAI mit 250 Milliarden Dollar, umgerechnet rund 211 Milliarden Euro.",
          alt_amounts=alt((211_000_000_000, "EUR")),
          note="parties and 'am Montag' in the previous sentence; same deal as 012, with EUR conversion"),
        D("spacex-xai-2025", ["SpaceX", "xAI"], "investment",
          None, None, None, "2025", "completed",
          "Schon im vergangenen Sommer hatte sich SpaceX an xAI beteiligt, und Musk spricht seit Monaten davon, KI-Rechenzentren mit dem Starship in die Umlaufbahn zu bringen, wo Sonnenenergie reichlich vorhanden ist und Kühlung über Abstrahlung funktioniert.",
          required=False, note="restatement of the 2025 investment without amount; optional"),
    ],
    "not_deals": ["etwa 1,25 Billionen Dollar", "Rund 35 Milliarden Euro", "351,20 Euro",
                  "mehr als eine Milliarde Dollar"],
}

# ---------------------------------------------------------------- 014
A["014_interview_ammerlicht_brennschluss.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesezeit: 7 Minuten'); all deal dates null ('im Frühjahr' has no year)",
    "language": "de",
    "deals": [
        D("ammerlicht-isar-launch", ["Ammerlicht", "Isar Aerospace"], "supply",
          8_000_000, "EUR", "approx", None, "signed",
          "Der Vertrag mit Isar Aerospace über rund acht Millionen Euro gilt unverändert, Lichtpunkt-1 fliegt auf einer Spectrum.",
          kind_alt=["other"], note="restatement of the 004 launch contract; undated interview"),
        D("lechrain-ammerlicht-ground", ["Ammerlicht", "Lechrain Erdfunk"], "other",
          60_000, "EUR", "approx", None, "signed",
          "Für die Bodenstation zahlen wir Lechrain Erdfunk monatlich rund 60.000 Euro, der Vertrag läuft über vier Jahre.",
          per="month", kind_alt=["cloud_contract", "supply"],
          note="'wir' = Ammerlicht; monthly fee for ground-station services over four years"),
        D("krottenkopf-ammerlicht-seriesa", ["Krottenkopf Capital", "Ammerlicht"], "investment",
          31_000_000, "EUR", "exact", None, "completed",
          "Ja, 31 Millionen Euro in einer Series A, angeführt von Krottenkopf Capital, die Altinvestoren sind alle wieder dabei.",
          note="answer to the question about the round closed 'im Frühjahr' (no year); different from the 2024 seed round"),
        D("halcyra-ammerlicht-offer", ["Halcyra Compute", "Ammerlicht"], "acquisition",
          90_000_000, "USD", "exact", None, "cancelled",
          "Halcyra aus Colorado wollte uns für 90 Millionen Dollar komplett übernehmen.",
          note="'uns' = Ammerlicht; offer refused after a week ('Nach einer Woche kam unser Nein') -> cancelled"),
        D("ammerlicht-wessling-capex", ["Ammerlicht"], "capex_plan",
          20_000_000, "EUR", "approx", None, "planned",
          "Deshalb stecken wir in den nächsten zwei Jahren rund 20 Millionen Euro in eine eigene Integrationshalle in Weßling, in der wir bis zu zwölf Satelliten im Jahr bauen können.",
          note="'wir' = Ammerlicht; own integration hall"),
    ],
    "not_deals": ["deutlich über 150 Millionen Euro", "Rund drei Millionen Euro pro Stück",
                  "rund 110.000 Euro im Jahr", "7,90 Euro pro Heft"],
}

# ---------------------------------------------------------------- 015
A["015_space_stocks_monitor_en.txt"] = {
    "published": "2026-03-18",
    "published_note": "from the line 'Closing report | Mar 18 2026, 4:05 PM EDT'; 'in November' -> 2025-11; 'that December' -> 2024-12; 'six weeks after' -> 2026-02",
    "language": "en",
    "deals": [
        D("halcyra-seriesb-2026", ["Farrowmere Capital", "Halcyra Compute"], "investment",
          140_000_000, "USD", "approx", "2026", "negotiating",
          "The Louisville, Colorado, start-up, which builds radiation-hardened GPU clusters for other satellite operators, is in advanced talks over a Series B of about $140 million, with Farrowmere Capital, its earliest backer, leading, three people involved in the process said.",
          alt_amounts=alt((121_000_000, "EUR")),
          note="talks from sources; 'The Louisville, Colorado, start-up' = Halcyra Compute (previous sentence); 016 reports the closing on 2026-04-07 and 017 gives EUR; the year keeps the shared id's dates consistent; the $1.1bn valuation is a not_deal"),
        D("google-planet-suncatcher", ["Google", "Planet Labs"], "partnership",
          None, None, None, "2025-11", "announced",
          "The partnership, part of Google's Project Suncatcher research effort to test tensor processing units in orbit, was unveiled in November; the satellites are due to launch in early 2027.",
          note="two prototype satellites built by Planet with Google; no financial terms"),
        D("farrowmere-halcyra-preseed", ["Farrowmere Capital", "Halcyra Compute"], "investment",
          None, None, None, "2024-12", "completed",
          "The company was founded only in 2024 and raised its first outside money, a pre-seed round, from Farrowmere that December.",
          required=False, note="restatement of the 005 pre-seed round without amount; optional"),
        D("llanofield-halcyra-2025", ["Halcyra Compute", "Llanofield Semiconductor"], "supply",
          None, None, None, None, "signed",
          "Since then it has ordered accelerator cards from the Texas chip designer Llanofield Semiconductor and tried, unsuccessfully, to buy a small German rival.",
          required=False,
          note="restatement of the 008 order without amount; the failed takeover of an unnamed German rival is not annotated here (Ammerlicht is not named)"),
        D("spacex-xai-merger", ["SpaceX", "xAI"], "acquisition",
          None, None, None, "2026-02", "signed",
          "Listed space companies had another strong session on Wednesday as investors kept piling into anything that might benefit from the push to put computing power in orbit, six weeks after SpaceX agreed to absorb xAI.",
          required=False, note="background mention without amount; optional"),
    ],
    "not_deals": ["$21.40", "$78.15", "above $30 billion", "about $1.1 billion", "price target of $14"],
}

# ---------------------------------------------------------------- 016
A["016_halcyra_seriesb_frontrange_en.html"] = {
    "published": "2026-04-08",
    "published_note": "from <meta parsely-pub-date>, JSON-LD and <time datetime='2026-04-08'>; 'said Tuesday' -> 2026-04-07; 'Last year' -> 2025",
    "language": "en",
    "deals": [
        D("halcyra-seriesb-2026", ["Farrowmere Capital", "Halcyra Compute"], "investment",
          140_000_000, "USD", "exact", "2026-04-07", "completed",
          "Halcyra Compute, the Louisville company that builds graphics-processor clusters meant to work in orbit, has closed a $140 million Series B round led by Farrowmere Capital, the company said Tuesday.",
          note="closing of the round reported as talks in 015; second Farrowmere–Halcyra deal (pre-seed 2024 in 005)"),
        D("halcyra-sonnfeld-arrays", ["Halcyra Compute", "Sonnfeld Photonik"], "supply",
          46_000_000, "USD", "exact", "2026-04", "signed",
          "Halcyra has ordered solar arrays for its first 12 production satellites from Sonnfeld Photonik, a supplier based in Heilbronn, Germany, in a contract worth $46 million, chief executive Deacon Marsh said in an interview.",
          alt_amounts=alt((40_000_000, "EUR")),
          note="order date not given -> month of the article; 017 states it in EUR first"),
        D("axiom-halcyra-compute", ["Axiom Space", "Halcyra Compute"], "cloud_contract",
          4_000_000, "USD", "approx", "2026-04", "signed",
          "The first tenant is Axiom Space, which has agreed to spend roughly $4 million annually to run its own software on that satellite's processors, Marsh said.",
          per="year",
          note="yearly fee for compute capacity on Halcyra's demonstration satellite; signing date not given -> month of the article"),
        D("farrowmere-halcyra-preseed", ["Farrowmere Capital", "Halcyra Compute"], "investment",
          None, None, None, "2024", "completed",
          "The Boston investment firm wrote Halcyra's first cheque in late 2024, when the start-up had six employees and a rented garage off South Boulder Road.",
          required=False, note="'The Boston investment firm' = Farrowmere; restatement of the 005 pre-seed round without amount; optional"),
    ],
    "not_deals": ["about $1.1 billion", "more than a billion dollars", "up to $3.2 million", "about $148,000 a year", "$500 off"],
}

# ---------------------------------------------------------------- 017
A["017_sonnfeld_halcyra_neckarboerse.txt"] = {
    "published": "2026-04-09",
    "published_note": "from the line '09.04.2026 - 08:47:31'; 'am Mittwochabend' -> 2026-04-08; 'am Dienstag' -> 2026-04-07",
    "language": "de",
    "deals": [
        D("halcyra-sonnfeld-arrays", ["Halcyra Compute", "Sonnfeld Photonik"], "supply",
          40_000_000, "EUR", "approx", "2026-04", "signed",
          "Das US-Start-up Halcyra Compute bestellt Solarflügel für zwölf Satelliten, das Volumen beziffert Sonnfeld auf rund 40 Millionen Euro (46 Millionen Dollar).",
          alt_amounts=alt((46_000_000, "USD")),
          note="same order as 016, EUR first; ad-hoc release 'am Mittwochabend', order date itself not given -> month"),
        D("halcyra-seriesb-2026", ["Farrowmere Capital", "Halcyra Compute"], "investment",
          140_000_000, "USD", "exact", "2026-04-07", "completed",
          "Der Kunde ist kein Unbekannter: Halcyra aus Louisville im US-Bundesstaat Colorado baut Rechencluster mit Grafikprozessoren, die im Orbit arbeiten sollen, und hatte erst am Dienstag eine Finanzierungsrunde über 140 Millionen Dollar (rund 121 Millionen Euro) abgeschlossen.",
          alt_amounts=alt((121_000_000, "EUR")),
          note="lead investor Farrowmere Capital in the next sentence; same round as 015/016"),
        D("sonnfeld-neckarsulm-capex", ["Sonnfeld Photonik"], "capex_plan",
          35_000_000, "EUR", "approx", "2026-04-08", "planned",
          "Zugleich kündigte der Vorstand an, bis Ende 2028 rund 35 Millionen Euro in eine zweite Fertigungslinie in Neckarsulm zu investieren.",
          term=["2026", "2028-12"],
          note="'Zugleich' = with the ad-hoc release 'am Mittwochabend'; 'der Vorstand' = Sonnfeld's board"),
    ],
    "not_deals": ["23,10 Euro", "61,3 Millionen Euro", "4,2 Millionen Euro",
                  "zwischen 70 und 78 Millionen Euro", "von 19 auf 27 Euro", "rund 310 Millionen Euro", "3,90 Euro"],
}

# ---------------------------------------------------------------- 018
A["018_eutelsat_meridane_bahnhoehe.txt"] = {
    "published": "2026-07-08",
    "published_note": "from the issue line 'Ausgabe 14/2026 · 8. Juli 2026'; 'am Montag' -> 2026-07-06; 'des vergangenen Jahres' -> 2025; 'in der vergangenen Woche' -> 2026",
    "language": "de",
    "deals": [
        D("meridane-eutelsat", ["Meridane", "Eutelsat"], "other",
          85_000_000, "EUR", "exact", "2026-07-06", "signed",
          "Der Pariser Satellitenbetreiber liefert dem französischen KI-Cloud-Anbieter Meridane künftig Übertragungskapazität aus seiner OneWeb-Konstellation, fünf Jahre lang und für 85 Millionen Euro.",
          kind_alt=["cloud_contract", "supply"], term=["2026-09", "2031"],
          note="connectivity capacity for AI data centres overseas; 'Der Pariser Satellitenbetreiber' = Eutelsat; signed 'am Montag', first links in September (next sentence)"),
        D("eutelsat-capital-raise-2025", ["Eutelsat"], "investment",
          1_500_000_000, "EUR", "approx", "2025", "completed",
          "Rund 1,5 Milliarden Euro flossen damals in das Unternehmen, davon 717 Millionen Euro vom französischen Staat und 163 Millionen Pfund von der britischen Regierung.",
          required=False, note="total of the 2025 capital increase (006); optional"),
        D("france-eutelsat-2025", ["France", "Eutelsat"], "investment",
          717_000_000, "EUR", "exact", "2025", "completed",
          "Rund 1,5 Milliarden Euro flossen damals in das Unternehmen, davon 717 Millionen Euro vom französischen Staat und 163 Millionen Pfund von der britischen Regierung.",
          note="three figures in one sentence; France's share as in 006; 'damals' = 'des vergangenen Jahres' -> 2025"),
        D("uk-eutelsat-2025", ["United Kingdom", "Eutelsat"], "investment",
          163_000_000, "GBP", "exact", "2025", "completed",
          "Rund 1,5 Milliarden Euro flossen damals in das Unternehmen, davon 717 Millionen Euro vom französischen Staat und 163 Millionen Pfund von der britischen Regierung.",
          note="the UK government's share of the 2025 capital increase, in GBP"),
        D("ses-intelsat", ["SES", "Intelsat"], "acquisition",
          3_100_000_000, "USD", "exact", "2024-04", "completed",
          "SES, das im April 2024 den Kauf von Intelsat für 3,1 Milliarden Dollar vereinbart und im Juli 2025 vollzogen hatte, wirbt ebenfalls um Cloud- und Regierungskunden, setzt aber stärker auf die mittlere Umlaufbahn.",
          note="agreed April 2024 (002), completed July 2025; the date is the agreement"),
        D("vauclair-eutelsat-denied", ["Vauclair Infrastructure", "Eutelsat"], "acquisition",
          600_000_000, "EUR", "approx", "2026", "rumored",
          "Für Aufsehen sorgte in der vergangenen Woche ein Bericht, wonach Eutelsat seine Bodenstationen für rund 600 Millionen Euro an den Infrastrukturinvestor Vauclair Infrastructure abgeben wolle.",
          required=False,
          note="reported sale of the ground stations, denied by Eutelsat ('frei erfunden'); optional; 'vergangene Woche' straddles June/July -> year"),
        D("airbus-eutelsat-satellites", ["Eutelsat", "Airbus"], "supply",
          None, None, None, None, "signed",
          "Mit dem Geld bestellt Eutelsat neue OneWeb-Satelliten bei Airbus und modernisiert das Bodennetz.",
          required=False, note="satellite order without amount or date; optional"),
    ],
    "not_deals": ["3,86 Euro", "rund 1,2 Milliarden Euro", "rund 9.000 Euro", "14 Euro im Monat"],
}

# ---------------------------------------------------------------- 019
A["019_lonestar_seriesa_downlink_en.txt"] = {
    "published": "2026-09-22",
    "published_note": "from the line 'Funding | Sep 22, 2026 · 5:48 AM'; 'on Monday' -> 2026-09-21; 'In March' -> 2026-03; 'in April 2024' -> 2024-04",
    "language": "en",
    "deals": [
        D("pecos-lonestar-seriesa", ["Pecos Frontier Capital", "Lonestar Data Holdings"], "investment",
          38_000_000, "USD", "exact", "2026-09-21", "completed",
          "Lonestar Data Holdings, the start-up that wants to keep copies of the world's critical records in lunar orbit, has pulled in $38 million of Series A money, with Pecos Frontier Capital, an Austin venture firm that backs defence and space companies, in the lead, the St. Petersburg, Florida, company said on Monday.",
          note="lead investor listed; the $240m post-money valuation and the $55m total raised are not_deals"),
        D("lonestar-sidus", ["Lonestar Data Holdings", "Sidus Space"], "supply",
          120_000_000, "USD", "exact", "2024-04", "signed",
          "Most of the new cash will go into the storage spacecraft that Sidus Space is building for it under the $120 million contract the two companies signed in April 2024.",
          kind_alt=["other"], note="'it' = Lonestar; same contract as 003"),
        D("lonestar-orbwell", ["Lonestar Data Holdings", "Orbwell"], "acquisition",
          9_000_000, "USD", "exact", "2026-03", "cancelled",
          "In March, the company agreed to pay $9 million, mostly in its own shares, for Orbwell, a Tampa maker of compact ground terminals that would have let customers connect to Lonestar's spacecraft directly from their own premises.",
          note="'the company' = Lonestar; called off in August ('The two sides called the deal off in August') -> cancelled, dated to the March agreement"),
        D("lonestar-skarvhamn", ["Lonestar Data Holdings", "Skarvhamn Teleport"], "other",
          None, None, None, None, "signed",
          "Lonestar's ground network rests on a contract with Norway's Skarvhamn Teleport that starts this year.",
          required=False, kind_alt=["cloud_contract", "supply"],
          note="restatement of the 003 contract without amount; optional"),
        D("lonestar-intuitive-payload", ["Lonestar Data Holdings", "Intuitive Machines"], "other",
          None, None, None, None, "completed",
          "Its first storage payload, a small device the size of a hardcover book, flew to the Moon on an Intuitive Machines lander in early 2025.",
          required=False, kind_alt=["supply"], note="'Its' = Lonestar; payload ride, no amount; optional"),
    ],
    "not_deals": ["$240 million", "about $55 million", "about $3.4 million", "$20,000 to $30,000",
                  "$1.97", "$18 a month"],
}

# ---------------------------------------------------------------- 020
A["020_ohb_ammerlicht_wochenpost.txt"] = {
    "published": "2026-11-13",
    "published_note": "from the header 'Freitag, 13. November 2026 · Nr. 46'; 'am Donnerstagabend' -> 2026-11-12; 'am Mittwoch' -> 2026-11-11; 'Im Mai' -> 2026-05; 'Im Juni' -> 2026-06 and 'drei Monate später' -> 2026-09",
    "language": "de",
    "deals": [
        D("ohb-ammerlicht-takeover", ["OHB", "Ammerlicht"], "acquisition",
          175_000_000, "EUR", "approx", "2026-11-12", "signed",
          "Für die verbleibenden 90 Prozent der Anteile zahlt OHB rund 175 Millionen Euro, ein Teil davon ist an den erfolgreichen Betrieb des ersten Satelliten geknüpft.",
          note="target and 'am Donnerstagabend' in the previous sentence; price for the remaining 90 %, partly an earn-out; antitrust approval pending -> signed; second OHB–Ammerlicht deal"),
        D("ohb-ammerlicht-stake", ["OHB", "Ammerlicht"], "investment",
          16_000_000, "EUR", "exact", "2026-05", "completed",
          "Im Mai hatte OHB für 16 Millionen Euro zunächst eine Minderheitsbeteiligung von zehn Prozent erworben und sich einen Sitz im Beirat gesichert.",
          kind_alt=["acquisition"], note="first OHB–Ammerlicht deal (10 % stake), must stay apart from the takeover"),
        D("krottenkopf-ammerlicht-seriesa", ["Krottenkopf Capital", "Ammerlicht"], "investment",
          None, None, None, None, "completed",
          "Die Investoren der Serie A, angeführt von Krottenkopf Capital, verdienen damit ein Vielfaches ihres Einsatzes.",
          required=False, note="restatement of the 014 Series A without amount; optional"),
        D("ammerlicht-isar-launch", ["Ammerlicht", "Isar Aerospace"], "supply",
          8_000_000, "EUR", "approx", "2024-10", "signed",
          "Die Gilchinger hatten „Lichtpunkt-1“ im Oktober 2024 für rund acht Millionen Euro bei Isar Aerospace gebucht; der Start ist inzwischen auf das Frühjahr 2027 verschoben.",
          kind_alt=["other"], note="'Die Gilchinger' = Ammerlicht; same launch contract as 004"),
        D("ohb-sonnfeld-2026-06", ["OHB", "Sonnfeld Photonik"], "supply",
          9_000_000, "EUR", "at_least", "2026-06", "signed",
          "Im Juni bestellte der Bremer Konzern Solarzellen für mehr als neun Millionen Euro; drei Monate später folgte ein zweiter Auftrag über 6,5 Millionen Euro für eine Serie von Navigationssatelliten.",
          note="'der Bremer Konzern' = OHB; first of two orders in one sentence; 'mehr als' -> at_least"),
        D("ohb-sonnfeld-2026-09", ["OHB", "Sonnfeld Photonik"], "supply",
          6_500_000, "EUR", "exact", "2026-09", "signed",
          "Im Juni bestellte der Bremer Konzern Solarzellen für mehr als neun Millionen Euro; drei Monate später folgte ein zweiter Auftrag über 6,5 Millionen Euro für eine Serie von Navigationssatelliten.",
          note="second order; 'drei Monate später' relative to June -> 2026-09; must stay apart from the June order"),
        D("isar-round-2026", ["Isar Aerospace"], "investment",
          300_000_000, "EUR", "up_to", "2026-11", "negotiating",
          "Der Ottobrunner Raketenbauer verhandelt Insidern zufolge über eine neue Finanzierungsrunde von bis zu 300 Millionen Euro.",
          note="'Der Ottobrunner Raketenbauer' = Isar Aerospace (item heading); talks from insiders, investors not named"),
        D("lechrain-skarvhamn-jv", ["Lechrain Erdfunk", "Skarvhamn Teleport"], "joint_venture",
          10_000_000, "EUR", "exact", "2026-11-11", "announced",
          "Zusammen stecken die Partner zehn Millionen Euro in das Vorhaben, teilten sie am Mittwoch mit.",
          note="joint venture for ground stations; partners named in the previous sentence; amount in words; 'am Mittwoch' -> 2026-11-11"),
        D("kkr-ohb", ["KKR", "OHB"], "acquisition",
          None, None, None, None, "completed",
          "Seit der Finanzinvestor KKR die Mehrheit hält, ist die Aktie kaum noch gehandelt; sie schloss am Donnerstag bei 64,20 Euro.",
          required=False, note="background mention, no amount; optional"),
    ],
    "not_deals": ["gut eine Milliarde Euro", "64,20 Euro", "4,20 Euro pro Ausgabe"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", HERE / "gold.json")


if __name__ == "__main__":
    main()
