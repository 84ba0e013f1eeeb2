#!/usr/bin/env python3
"""Write gold.json for tests/corpus141 (the hand annotation as a script).

Edit the annotation here, then run: python3 tests/corpus141/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 141st held-out test corpus (tests/corpus141/articles/): humanoid and "
    "industrial robot makers in the AI race (funding rounds, compute contracts, robot orders from factories "
    "and warehouses, licensing of robot foundation models). Written for the tests and independent of the "
    "extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id "
    "in each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is "
    "an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to "
    "| at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's own date marker, dateline, "
    "<time datetime>/<meta>, issue line or visible byline date, or null when the article has none); a "
    "completed or cancelled deal keeps the date of the original agreement; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement "
    "call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Arvenna Dynamics, Wehrstett Logistik, Tarrowind "
    "Robotics, Lindqvist Lager, Auerwerk Automotive, Brakeley Foods, Fenwold Bank, Greifwerk Robotics, "
    "Nordhafen Capital, Pemberton Grove Ventures, Daeseong Motors, Haneul Robotics, Kalvera Labs, Reppischtal "
    "Pharmalogistik, Rheinmain Compute, Kiyosato Logistics, Fuldatal Volksbank, Zwönitzer Kunststoffwerk, "
    "Gribsvad Automation; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are loosely based on public reports with amounts, "
    "dates and details shifted or invented. Nothing here is reporting."
)

KEYS = ("id", "parties", "kind", "amount", "amount_max", "currency", "qualifier", "date", "status",
        "required", "term", "per", "alt_amounts", "kind_alt", "note", "evidence")


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, term=None, per=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if term is not None:
        d["term"] = term
    if per is not None:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return {k: d[k] for k in KEYS if k in d}


def NONE(id, parties, kind, date, status, evidence, **kw):
    return D(id, parties, kind, None, None, None, date, status, evidence, **kw)


ARTICLES = {}

ARTICLES["001_onex_tarrowind_actuatorledger_en.txt"] = {
    "published": "2024-01-26",
    "published_note": "from the issue line 'Issue 12 · Friday 26 January 2024'; 'earlier this month' -> 2024-01, 'on Wednesday' -> 2024-01-24, 'last Thursday' -> 2024-01-18",
    "language": "en",
    "deals": [
        D("eqt-1x-seriesb-2024", ["1X Technologies", "EQT Ventures"], "investment", 100_000_000, "USD", "exact",
          "2024-01", "completed",
          "1X Technologies, the Moss-born maker of the wheeled Eve and the two-legged Neo, has closed a $100 million Series B.",
          note="lead investor in the next sentence ('EQT Ventures led the round earlier this month'); Samsung NEXT only followed"),
        D("lindqvist-tarrowind-arms", ["Lindqvist Lager", "Tarrowind Robotics"], "supply", 150_000_000, "SEK", "exact",
          "2024-01-24", "signed",
          "The order is worth SEK 150 million, about $14.4 million at this week's rates, and includes installation plus three years of software updates.",
          alt=[(14_400_000, "USD")],
          note="parties and 'signed on Wednesday' in the previous sentence (Lindqvist Lager AB buys 60 arms from Tarrowind Robotics)"),
        NONE("bmw-figure-spartanburg", ["Figure AI", "BMW"], "supply", "2024-01-18", "signed",
             "Figure AI said last Thursday that BMW Manufacturing had signed a commercial agreement to bring its general-purpose humanoids into the carmaker's plant in Spartanburg, South Carolina.",
             kind_alt=["partnership"], note="no financial terms ('Neither side put a figure on it')"),
    ],
    "not_deals": ["around $30,000", "SEK 2.3 billion", "roughly $230,000", "$34bn", "$230,000 — list price", "Seats $49", "$12 a month"],
}

ARTICLES["002_arvenna_wehrstett_fuldatalkurier.txt"] = {
    "published": "2024-03-14",
    "published_note": "dateline without year 'Bad Hersfeld, 14. März (fk)', year from the copyright line '© 2024 Fuldatal-Kurier'; 'am Dienstag' -> 2024-03-12, 'am Montagabend' -> 2024-03-11",
    "language": "de",
    "deals": [
        D("arvenna-wehrstett-pilot", ["Wehrstett Logistik", "Arvenna Dynamics"], "supply", 4_200_000, "EUR", "approx",
          "2024-03-12", "signed",
          "Den Mietvertrag über zwei Jahre haben beide Seiten am Dienstag unterschrieben; nach Angaben des Familienunternehmens hat er einen Wert von rund 4,2 Millionen Euro, Wartung und Software eingeschlossen.",
          term=["2024-04", "2026"], kind_alt=["other"],
          note="two-year rental of twelve humanoids; parties in the previous sentence ('beide Seiten'); first of two Wehrstett–Arvenna deals (the fleet order of 2025 is 'wehrstett-arvenna-fleet')"),
        D("badhersfeld-wehrstett-land", ["Stadt Bad Hersfeld", "Wehrstett Logistik"], "acquisition", 2_900_000, "EUR", "exact",
          "2024-03-11", "signed",
          "Für 2,9 Millionen Euro verkauft die Stadt Bad Hersfeld dem Unternehmen eine 3,6 Hektar große Ackerfläche, die an das bestehende Lager grenzt.",
          kind_alt=["other"],
          note="municipal land sale; 'dem Unternehmen' = Wehrstett; council vote 'am Montagabend' in the previous sentence"),
    ],
    "not_deals": ["rund 140.000 Euro", "480.000 Euro", "14,20 Euro in der Stunde", "3,1 Millionen Euro", "186 Millionen Euro", "199 Euro"],
}

ARTICLES["003_figure_seriesb_cordwell_en.txt"] = {
    "published": "2024-02-29",
    "published_note": "from 'February 29, 2024 · 17:45 ET' and the dateline 'SAN JOSE, Calif., Feb 29'; 'on Thursday' -> 2024-02-29",
    "language": "en",
    "deals": [
        D("figure-seriesb-2024", ["Figure AI", "Microsoft", "Nvidia", "OpenAI", "Amazon"], "investment", 680_000_000, "USD", "exact",
          "2024-02-29", "completed",
          "Figure AI, a start-up founded less than two years ago to build humanoid robots, said on Thursday it had raised $680 million in a Series B round backed by Microsoft, Nvidia, the OpenAI Startup Fund and Amazon's Industrial Innovation Fund.",
          note="no single lead; the four named backers are listed (OpenAI Startup Fund -> OpenAI, Amazon's Industrial Innovation Fund -> Amazon); valuation $2.7bn is not a deal"),
        NONE("figure-openai-models", ["Figure AI", "OpenAI"], "partnership", "2024-02-29", "announced",
             "In a second announcement on the same day, Figure and OpenAI said they had agreed to work together on next-generation AI models for humanoid robots, combining OpenAI's research with Figure's hardware and software.",
             note="no payments disclosed; a second Figure–OpenAI deal next to OpenAI's share in the round"),
    ],
    "not_deals": ["$2.7 billion", "about $70 million", "$34 billion a year", "between $150,000 and $250,000", "$413.64", "$791.12"],
}

ARTICLES["004_agility_gxo_gripperreport_en.html"] = {
    "published": "2024-06-27",
    "published_note": "from <meta property='article:published_time' content='2024-06-27T09:40:00-04:00'> and <time datetime> 'June 27, 2024'; 'on Wednesday' -> 2024-06-26, 'last week' -> 2024-06",
    "language": "en",
    "deals": [
        D("gxo-agility-raas", ["GXO", "Agility Robotics"], "supply", 25_000_000, "USD", "approx",
          "2024-06-26", "signed",
          "Two insiders who have looked at the paperwork value the agreement at roughly $25 million over its term, covering the robots, Agility's fleet software and on-site support.",
          kind_alt=["other"],
          note="robots-as-a-service contract; parties and 'said on Wednesday' in the previous paragraph; value only from sources"),
        D("pemberton-arvenna-seriesa", ["Arvenna Dynamics", "Pemberton Grove Ventures"], "investment", 85_000_000, "USD", "exact",
          "2024-06", "completed",
          "On the funding side, Arvenna Dynamics, a Fremont start-up that builds a lighter humanoid for tote handling, closed an $85 million Series A last week.",
          note="lead in the next sentence ('Pemberton Grove Ventures led the round'); the German parcel firm renting twelve units is not named here and is not annotated"),
    ],
    "not_deals": ["about $30 an hour", "$9.8 billion", "$50.12", "$610 million", "$299"],
}

ARTICLES["005_kuka_auerwerk_titelwelle.txt"] = {
    "published": "2024-09-17",
    "published_note": "from the stock-portal stamp '17.09.2024 | 08:41 Uhr'; 'am Montag' -> 2024-09-16",
    "language": "de",
    "deals": [
        D("kuka-auerwerk-robots-2024", ["Kuka", "Auerwerk Automotive"], "supply", 95_000_000, "EUR", "approx",
          "2024-09-16", "signed",
          "Das Volumen des Auftrags beziffert der Konzern auf rund 95 Millionen Euro.",
          note="'der Konzern' = Kuka ('die Midea-Tochter'); buyer Auerwerk Automotive and 'am Montag' in the previous sentence; first of two Kuka–Auerwerk deals (service contract 2025 in 011)"),
        D("auerwerk-zwickau-capex", ["Auerwerk Automotive"], "capex_plan", 240_000_000, "EUR", "approx",
          None, "planned",
          "Auerwerk will nach eigenen Angaben insgesamt rund 240 Millionen Euro in den Standort stecken, der 2026 voll anlaufen soll.",
          required=False, note="the supplier's own investment plan for the plant, background to the order"),
        D("midea-kuka-takeover", ["Midea", "Kuka"], "acquisition", 4_500_000_000, "EUR", "approx",
          "2017", "completed",
          "Midea hatte die Augsburger 2017 für rund 4,5 Milliarden Euro übernommen und das Unternehmen 2022 von der Frankfurter Börse genommen.",
          required=False, note="background; 'die Augsburger' = Kuka"),
    ],
    "not_deals": ["4,1 Milliarden Euro", "knapp 160 Millionen Euro", "gut 31 Milliarden Hongkong-Dollar", "54,80 Hongkong-Dollar",
                  "63,95 Yuan", "Kursziel von 64 Hongkong-Dollar", "3,7 Milliarden Euro", "46,12 CHF", "3.958 JPY", "4.880 JPY", "63,95 CNY", "116,78 USD", "0 Euro Ordergebühr"],
}

ARTICLES["006_brakeley_abb_fenpost_en.txt"] = {
    "published": "2024-11-21",
    "published_note": "from the header 'Business | Thursday 21 November 2024'; 'on Monday' -> 2024-11-18",
    "language": "en",
    "deals": [
        D("brakeley-abb-robots", ["Brakeley Foods", "ABB"], "supply", 6_500_000, "GBP", "exact",
          "2024-11-18", "signed",
          "Brakeley Foods, which washes, trims and packs brassicas and salad for the big supermarkets from its site on the Holbeach Road, signed a £6.5 million order with ABB on Monday for 40 industrial robots that will pick, pack and stack trays at the end of its three busiest lines."),
        D("fenwold-brakeley-loan", ["Fenwold Bank", "Brakeley Foods"], "other", 4_000_000, "GBP", "exact",
          "2024-11", "signed",
          "To pay for the project the family-owned firm has taken a £4 million loan from Fenwold Bank, the Lincoln-based lender that specialises in farming and food businesses.",
          kind_alt=["investment"], note="seven-year loan; 'the family-owned firm' = Brakeley Foods; no day given -> month of the article"),
    ],
    "not_deals": ["£12.60 an hour", "£182 million", "£250,000", "£1.2 million", "between £60,000 and £90,000", "£4,995"],
}

ARTICLES["007_neura_greifwerk_greiferpost.txt"] = {
    "published": "2025-01-21",
    "published_note": "from the issue line 'Ausgabe 3/2025 · Dienstag, 21. Januar 2025'; 'vergangene Woche' -> 2025-01, 'am Montag' -> 2025-01-20",
    "language": "de",
    "deals": [
        D("lingotto-neura-seriesb", ["Neura Robotics", "Lingotto"], "investment", 120_000_000, "EUR", "exact",
          "2025-01", "completed",
          "Die Metzinger Neura Robotics hat vergangene Woche eine Finanzierungsrunde über 120 Millionen Euro abgeschlossen.",
          note="lead in the next sentence ('Angeführt wurde die Serie B von Lingotto Investment Management'); order backlog and valuation talk are not deals"),
        D("nordhafen-greifwerk-seed", ["Greifwerk Robotics", "Nordhafen Capital"], "investment", 8_500_000, "EUR", "exact",
          "2025-01-20", "completed",
          "Das Chemnitzer Start-up Greifwerk Robotics, das zweiarmige Kommissionierroboter für kleine und mittlere Lager entwickelt, sammelt 8,5 Millionen Euro ein.",
          note="'Das teilte Greifwerk am Montag mit' and the lead investor Nordhafen Capital in the next sentences"),
    ],
    "not_deals": ["rund einer Milliarde Euro", "rund 45.000 Euro", "13 Milliarden Dollar", "gut einer Milliarde", "60 Millionen Euro",
                  "19.800 Euro", "Teilnahmegebühr 79 Euro", "18 Euro im Monat"],
}

ARTICLES["008_apptronik_seriesa_pecanwire_en.txt"] = {
    "published": "2025-02-13",
    "published_note": "from 'Updated Feb. 13, 2025 7:02 a.m. CST'; the dateline 'AUSTIN, Texas, Feb 12' and 'on Wednesday' -> 2025-02-12",
    "language": "en",
    "deals": [
        D("apptronik-seriesa-2025", ["Apptronik", "B Capital", "Capital Factory"], "investment", 360_000_000, "USD", "exact",
          "2025-02-12", "completed",
          "Apptronik, the humanoid-robot maker that grew out of a University of Texas lab, said on Wednesday it had raised $360 million in a Series A round that B Capital and Capital Factory led jointly; Google invested as well.",
          alt=[(350_000_000, "EUR")],
          note="the two co-leads are the investor parties (Google only participated); 009 restates the round as 'knapp 350 Millionen Euro' (alt_amounts)"),
        NONE("apptronik-google-deepmind", ["Apptronik", "Google"], "partnership", "2024-12", "announced",
             "Google's participation builds on a research partnership with Google DeepMind that began in December, under which the two sides are working on AI models that let Apollo understand spoken instructions and handle unfamiliar objects.",
             required=False, note="amount-less background partnership"),
        NONE("apptronik-jabil", ["Apptronik", "Jabil"], "partnership", None, "announced",
             "Apptronik also has a manufacturing tie-up with contract manufacturer Jabil, which will build robots for it and put some of them to work in its own plants; no financial terms were given for either arrangement.",
             required=False, kind_alt=["supply"], note="amount-less background; no date given"),
    ],
    "not_deals": ["roughly $430 million", "below $45,000", "99,000 yuan", "$128,000 a year", "$13 billion", "$185.43"],
}

ARTICLES["009_mercedes_apptronik_filderblatt.txt"] = {
    "published": "2025-03-17",
    "published_note": "from the date line 'Montag, 17. März 2025 · Unternehmen · Seite 18'; 'am Freitag' -> 2025-03-14, 'im Februar' -> 2025-02",
    "language": "de",
    "deals": [
        NONE("mercedes-apptronik-stake", ["Mercedes-Benz", "Apptronik"], "investment", "2025-03-14", "announced",
             "Der Konzern investiert einen niedrigen zweistelligen Millionen-Euro-Betrag in Apptronik, den Hersteller des humanoiden Roboters Apollo, wie er am Freitag mitteilte.",
             note="'Der Konzern' = Mercedes-Benz (previous sentence); 'einen niedrigen zweistelligen Millionen-Euro-Betrag' is no figure, so no amount; first of two Mercedes–Apptronik deals (rental of 2026 in 019)"),
        D("apptronik-seriesa-2025", ["Apptronik", "B Capital", "Capital Factory"], "investment", 350_000_000, "EUR", "approx",
          "2025-02", "completed",
          "Apptronik, ein Ableger eines Labors der University of Texas in Austin, hatte erst im Februar in einer Serie-A-Runde knapp 350 Millionen Euro eingesammelt, angeführt von den Investoren B Capital und Capital Factory.",
          note="the $360m round of 008 in EUR, month only"),
    ],
    "not_deals": ["fünf Milliarden Euro", "13,6 Milliarden Euro", "fast 20 Milliarden", "61,20 Euro", "rund 4.300 Euro brutto im Monat",
                  "unter 45.000 Dollar", "150.000 Euro und mehr", "Einzelpreis 2,90 Euro", "24,90 Euro im Monat"],
}

ARTICLES["010_daeseong_haneul_geumgang_en.txt"] = {
    "published": "2025-05-08",
    "published_note": "from 'Posted : 2025-05-08 16:20'; 'said Wednesday' -> 2025-05-07, 'last year' -> 2024, 'In early January' -> 2025-01",
    "language": "en",
    "deals": [
        D("daeseong-haneul-order", ["Daeseong Motors", "Haneul Robotics"], "supply", 84_000_000_000, "KRW", "exact",
          "2025-05-07", "signed",
          "Daeseong Motors has agreed to buy 600 humanoid robots from Haneul Robotics, a Daejeon start-up in which the carmaker already holds a stake, in a contract worth 84 billion won ($60 million), the two companies said Wednesday.",
          alt=[(60_000_000, "USD")], note="second Daeseong–Haneul deal after the 2024 stake"),
        D("daeseong-haneul-stake", ["Daeseong Motors", "Haneul Robotics"], "investment", 30_000_000_000, "KRW", "exact",
          "2024", "completed",
          "Daeseong paid 30 billion won for a 9.8 percent stake in Haneul last year, when the start-up had only prototypes to show.",
          note="first Daeseong–Haneul deal; must stay apart from the order"),
        D("samsung-rainbow-stake", ["Samsung Electronics", "Rainbow Robotics"], "investment", 270_000_000_000, "KRW", "approx",
          "2025-01", "completed",
          "In early January Samsung Electronics paid about 270 billion won to raise its stake in Rainbow Robotics to roughly 35 percent, making it the largest shareholder of the humanoid developer and turning it into a consolidated subsidiary.",
          kind_alt=["acquisition"]),
    ],
    "not_deals": ["140 million won per robot", "420 billion won", "300 billion won", "182,500 won", "55,300 won"],
}

ARTICLES["011_kuka_kalvera_lechrain.html"] = {
    "published": "2025-07-02",
    "published_note": "from <meta name='date' content='2025-07-02T06:30:00+02:00'> and the visible 'Augsburg · 02.07.2025, 06:30 Uhr'; 'am Dienstag' -> 2025-07-01",
    "language": "de",
    "deals": [
        D("kalvera-kuka-licence", ["Kuka", "Kalvera Labs"], "other", 18_000_000, "EUR", "up_to",
          "2025-07-01", "signed",
          "Für die Nutzung zahlt Kuka jährlich bis zu 18 Millionen Euro, teilten beide Seiten am Dienstag mit.",
          term=["2026", "2030"], per="year", kind_alt=["partnership", "supply"],
          note="licence of Kalvera's robot foundation model (Kalvera Labs named in the previous sentence); five years 'von Anfang 2026 bis Ende 2030', payments depend on volumes"),
        D("kuka-auerwerk-service-2025", ["Kuka", "Auerwerk Automotive"], "supply", 14_000_000, "EUR", "at_least",
          "2025-07-01", "signed",
          "Kuka bezifferte das Volumen auf mindestens 14 Millionen Euro.",
          term=[None, "2029"], kind_alt=["other"],
          note="maintenance and retrofit contract; Auerwerk and 'Ebenfalls am Dienstag' in the previous sentence; second Kuka–Auerwerk deal, different from the 2024 robot order (005)"),
        D("midea-kuka-stake-sale", ["Midea", "Kuka"], "acquisition", 3_000_000_000, "EUR", "approx",
          "2025", "rumored",
          "Einem Bericht eines Finanzdienstes, wonach der chinesische Eigentümer Midea einen Minderheitsanteil an Kuka für rund drei Milliarden Euro an einen Finanzinvestor abgeben wolle, widersprach ein Konzernsprecher am Dienstag: „Das ist kein Thema.“",
          required=False, note="denied rumour; the buyer is an unnamed financial investor"),
    ],
    "not_deals": ["rund 600 Millionen Franken", "etwa 38 Millionen Euro", "12 Millionen Euro", "ab 899 Euro", "monatlich 9,90 Euro"],
}

ARTICLES["012_robotik_ticker_tickerhalle.txt"] = {
    "published": "2025-09-17",
    "published_note": "from the ticker date 'Mittwoch, 17. September 2025' (entries by time); 'am Dienstagabend' -> 2025-09-16",
    "language": "de",
    "deals": [
        D("figure-seriesc-2025", ["Figure AI", "Parkway Venture Capital"], "investment", 1_000_000_000, "USD", "at_least",
          "2025-09-16", "completed",
          "Der kalifornische Humanoiden-Entwickler Figure AI hat eine Serie-C-Finanzierung von mehr als einer Milliarde Dollar abgeschlossen, umgerechnet gut 850 Millionen Euro.",
          alt=[(850_000_000, "EUR")],
          note="amount in words; 'am Dienstagabend' and the lead (Parkway Venture Capital) in the next sentences; valuation $38bn is not a deal"),
        D("neura-round-2025", ["Neura Robotics"], "investment", 1_000_000_000, "EUR", "up_to",
          "2025-09", "rumored",
          "Neura Robotics lotet nach Angaben zweier eingeweihter Personen bei Geldgebern aus, ob sich eine Kapitalerhöhung von bis zu einer Milliarde Euro platzieren lässt.",
          note="sourced rumour, investors not named"),
        D("wehrstett-arvenna-fleet", ["Wehrstett Logistik", "Arvenna Dynamics"], "supply", 40_000_000, "EUR", "approx",
          "2025", "negotiating",
          "Der Bad Hersfelder Logistiker Wehrstett verhandelt nach Informationen der Tickerhalle mit Arvenna Dynamics über eine Bestellung von bis zu 300 humanoiden Robotern im Wert von rund 40 Millionen Euro.",
          alt=[(46_000_000, "USD")],
          note="talks; signed on 2025-11-18 (016, $46m = alt_amounts; 018); the year keeps the shared id's dates consistent"),
    ],
    "not_deals": ["38 Milliarden Dollar.", "170,30 Dollar", "899 Euro", "38 Milliarden Dollar im Jahr", "34 Milliarden",
                  "20.000 bis 30.000 Dollar pro Stück", "228,40 Euro", "Tagesticket 249 Euro", "4,99 Euro im Monat"],
}

ARTICLES["013_abb_softbank_caldwellferris_en.txt"] = {
    "published": "2025-10-09",
    "published_note": "from the note header '9 October 2025 | Prices as of close, 8 October 2025'; 'on Wednesday' -> 2025-10-08",
    "language": "en",
    "deals": [
        D("softbank-abb-robotics", ["SoftBank", "ABB"], "acquisition", 5_400_000_000, "USD", "exact",
          "2025-10-08", "signed",
          "ABB said on Wednesday that it had agreed to sell its robotics division to SoftBank Group for an enterprise value of $5.4 billion, roughly CHF 4.3 billion, and dropped the plan to spin the unit off as a separately listed company in the second quarter of 2026.",
          alt=[(4_300_000_000, "CHF"), (4_600_000_000, "EUR")],
          note="closing expected mid to late 2026 (completed per 019); 014 gives about €4.6bn (alt_amounts); book gain and net proceeds are not deals"),
        D("softbank-skild-seriesa", ["SoftBank", "Skild AI"], "investment", 300_000_000, "USD", "exact",
          "2024-07", "completed",
          "It is no stranger to robot bets: SoftBank co-led a $300 million Series A in Pittsburgh-based Skild AI in July 2024, alongside Lightspeed and Coatue, and has stakes in several warehouse automation names through its Vision Funds.",
          note="SoftBank listed as the named co-lead; Lightspeed and Coatue also co-led"),
    ],
    "not_deals": ["CHF 62", "CHF 58", "$2.3 billion", "roughly $2.4 billion", "CHF 3 per share", "CHF 57.46", "¥19,850", "32,850"],
}

ARTICLES["014_abb_reppischtal_hochrhein.txt"] = {
    "published": "2025-10-10",
    "published_note": "from the date line 'Freitag, 10.10.2025 | Unternehmen | Seite 11'; 'am Mittwoch' -> 2025-10-08, 'im September' -> 2025-09",
    "language": "de",
    "deals": [
        D("softbank-abb-robotics", ["SoftBank", "ABB"], "acquisition", 4_600_000_000, "EUR", "approx",
          "2025-10-08", "signed",
          "Der Elektrotechnikkonzern ABB verkauft seine Robotiksparte für rund 4,6 Milliarden Euro an die japanische Softbank.",
          note="the $5.4bn sale of 013 in EUR; 'am Mittwoch' in the next sentence"),
        D("reppischtal-abb-robots", ["Reppischtal Pharmalogistik", "ABB"], "supply", 38_000_000, "CHF", "exact",
          "2025-09", "signed",
          "Erst im September hatte der Zürcher Pharmalogistiker Reppischtal Pharmalogistik bei ABB 120 Roboter für sein neues Hochregallager in Dietikon bestellt – für 38 Millionen Franken, umgerechnet knapp 41 Millionen Euro.",
          alt=[(41_000_000, "EUR")]),
    ],
    "not_deals": ["57,46 Franken", "57,10 Franken", "rund 2,4 Milliarden Dollar", "2,3 Milliarden Dollar", "rund 210 Millionen Franken",
                  "von 58 auf 62 Franken", "0,90 Franken", "um 15.000 Euro pro Arm", "Einzelpreis 3,80 Franken"],
}

ARTICLES["015_greifwerk_interview_achsenblatt.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesedauer: 6 Minuten'; the copyright line has no year); all deal dates stay null ('im vergangenen Jahr', 'Im kommenden Jahr' cannot be resolved)",
    "language": "de",
    "deals": [
        D("greifwerk-rheinmain-compute", ["Greifwerk Robotics", "Rheinmain Compute"], "cloud_contract", 1_200_000, "EUR", "exact",
          None, "signed",
          "Wir haben einen Vertrag mit Rheinmain Compute in Frankfurt: Für 1,2 Millionen Euro im Jahr bekommen wir dort feste GPU-Kapazität für das Training.",
          per="year", note="'wir' = Greifwerk Robotics (the interviewee's company)"),
        D("zwoenitz-greifwerk-order", ["Zwönitzer Kunststoffwerk", "Greifwerk Robotics"], "supply", 3_600_000, "EUR", "approx",
          None, "signed",
          "Unser größter Kunde ist das Zwönitzer Kunststoffwerk, das vierzig Systeme bei uns bestellt hat – Volumen rund 3,6 Millionen Euro.",
          note="'uns' = Greifwerk"),
        D("tarrowind-greifwerk-offer", ["Tarrowind Robotics", "Greifwerk Robotics"], "acquisition", 60_000_000, "EUR", "approx",
          None, "cancelled",
          "Tarrowind Robotics aus Pittsburgh wollte uns im vergangenen Jahr für rund 60 Millionen Euro komplett übernehmen.",
          note="refused takeover offer ('Unsere Antwort war ein klares Nein'); the year cannot be resolved in an undated interview"),
        D("greifwerk-seriesa-plan", ["Greifwerk Robotics"], "investment", 30_000_000, "EUR", "range",
          None, "planned",
          "Im kommenden Jahr wollen wir in einer Serie-A-Runde zwischen 30 und 40 Millionen Euro einsammeln, am liebsten mit einem strategischen Investor aus der Logistik.",
          amount_max=40_000_000, required=False, note="planned round, no investor named"),
    ],
    "not_deals": ["zwischen 45.000 und 60.000 Euro", "um die 80.000 Euro im Jahr", "2,1 Millionen Euro", "Einzelheft 14,50 Euro", "Jahresabo 129 Euro"],
}

ARTICLES["016_wehrstett_arvenna_palletpick_en.txt"] = {
    "published": "2025-11-20",
    "published_note": "from the issue line 'Issue 204 | Thursday, 20 November 2025'; 'on Tuesday' -> 2025-11-18, 'last month' -> 2025-10",
    "language": "en",
    "deals": [
        D("wehrstett-arvenna-fleet", ["Wehrstett Logistik", "Arvenna Dynamics"], "supply", 46_000_000, "USD", "approx",
          "2025-11-18", "signed",
          "Wehrstett Logistik, the family-owned German parcel and contract-logistics group, signed on Tuesday for up to 300 humanoid robots from Arvenna Dynamics, a deal the Fremont company valued at about $46 million.",
          note="'up to' refers to the robots, not the money; the talks of 012 signed"),
        NONE("arvenna-wehrstett-pilot", ["Wehrstett Logistik", "Arvenna Dynamics"], "supply", "2024", "signed",
             "The order grows out of a pilot: since spring 2024 a dozen Arvenna units have been working night shifts at Wehrstett's hub in Bad Hersfeld under a two-year rental agreement.",
             required=False, kind_alt=["other"], note="the 2024 pilot of 002 restated without amount; must stay apart from the fleet order"),
        D("onex-round-2025", ["1X Technologies"], "investment", 1_000_000_000, "USD", "up_to",
          "2025-11", "rumored",
          "1X Technologies is sounding out investors about a raise of up to $1 billion in fresh equity, according to two of the funds that were approached.",
          note="sourced rumour; valuation around $10bn is not a deal"),
        D("kiyosato-agility-raas", ["Kiyosato Logistics", "Agility Robotics"], "supply", 42_000_000, "JPY", "exact",
          "2025-10", "signed",
          "Agility Robotics signed a robots-as-a-service contract last month with Kiyosato Logistics, a Saitama-based third-party logistics firm, covering 30 Digit units at ¥42 million a month (about $280,000).",
          per="month", alt=[(280_000, "USD")], kind_alt=["other"]),
    ],
    "not_deals": ["around $10 billion", "$20,000", "$499 a month", "Demo days from $1,500", "$28 BILLION", "less than $400 million", "$39 a month"],
}

ARTICLES["017_kalvera_nvidia_servostreet_en.html"] = {
    "published": "2026-01-08",
    "published_note": "from the JSON-LD datePublished '2026-01-08T07:15:00-08:00' and the visible byline date 'Thu 8 Jan 2026'; 'on Tuesday' -> 2026-01-06, 'last summer' -> 2025",
    "language": "en",
    "deals": [
        D("nventures-kalvera-seriesb", ["Kalvera Labs", "Nvidia"], "investment", 140_000_000, "USD", "exact",
          "2026-01-06", "completed",
          "Kalvera Labs, the Zurich start-up whose foundation model lets industrial arms learn tasks from a handful of demonstrations, said on Tuesday it had raised $140 million in a Series B that NVentures, Nvidia's venture capital arm, led.",
          note="NVentures = Nvidia; valuation about $1.1bn is not a deal"),
        NONE("kalvera-kuka-licence", ["Kuka", "Kalvera Labs"], "other", "2025", "signed",
             "Kalvera's best-known customer is Kuka, which licensed the model last summer for its next generation of controllers.",
             required=False, kind_alt=["partnership", "supply"], note="the licence of 011 restated without amount"),
        D("arvenna-coreweave-gpus", ["Arvenna Dynamics", "CoreWeave"], "cloud_contract", 110_000_000, "USD", "range",
          "2026-01", "signed",
          "Arvenna Dynamics, the Fremont humanoid maker that in November won an order for up to 300 robots from a German logistics group, has agreed to rent Nvidia Blackwell GPUs from CoreWeave for between $110 million and $130 million, spread over three years, a pair of sources who know the terms told Servo Street.",
          amount_max=130_000_000,
          note="value from sources; no day -> month of the article; the German logistics group (Wehrstett) is not named here, so its order is not annotated in this article"),
    ],
    "not_deals": ["about $1.1 billion", "$3,499", "$2.9 billion", "$395"],
}

ARTICLES["018_wehrstett_halle_waldhessen.txt"] = {
    "published": "2026-02-12",
    "published_note": "from the date line 'BAD HERSFELD · Donnerstag, 12. Februar 2026'; 'Im November' -> 2025-11, 'Drei Monate nach der Bestellung' -> 2026-02",
    "language": "de",
    "deals": [
        D("wehrstett-arvenna-fleet", ["Wehrstett Logistik", "Arvenna Dynamics"], "supply", 40_000_000, "EUR", "approx",
          "2025-11", "signed",
          "Im November hatte Wehrstett bei dem Hersteller Arvenna Dynamics bis zu 300 Humanoide für rund 40 Millionen Euro bestellt.",
          term=["2026", "2028"], note="deliveries in three tranches 'bis Ende 2028' (next sentence); month only"),
        D("arvenna-wehrstett-pilot", ["Wehrstett Logistik", "Arvenna Dynamics"], "supply", 4_200_000, "EUR", "approx",
          "2024", "signed",
          "2024 hatte das Familienunternehmen zwölf Arvenna-Maschinen für zwei Jahre gemietet, Kostenpunkt damals rund 4,2 Millionen Euro.",
          kind_alt=["other"], note="'das Familienunternehmen' = Wehrstett; the 2024 pilot of 002"),
        D("fuldatal-wehrstett-loan", ["Fuldatal Volksbank", "Wehrstett Logistik"], "other", 25_000_000, "EUR", "exact",
          "2026-02", "signed",
          "Die Fuldatal Volksbank gewährt Wehrstett einen Kredit über 25 Millionen Euro, der über zehn Jahre läuft.",
          kind_alt=["investment"], note="'Drei Monate nach der Bestellung' (November 2025) -> February 2026"),
    ],
    "not_deals": ["rund 130.000 Euro", "204 Millionen Euro", "2,4 Millionen Euro", "15,10 Euro in der Stunde", "3,50 Euro"],
}

ARTICLES["019_abb_softbank_boersenpendel.txt"] = {
    "published": "2026-07-01",
    "published_note": "from the report stamp 'Mi, 01.07.26 · 18:05 Uhr'; 'im Oktober vereinbarten' -> 2025-10 (agreement), completed 'am Dienstag' (2026-06-30); 'vom Montag' -> 2026-06-29",
    "language": "de",
    "deals": [
        D("softbank-abb-robotics", ["SoftBank", "ABB"], "acquisition", 5_400_000_000, "USD", "exact",
          "2025-10", "completed",
          "Der japanische Konzern zahlte wie angekündigt 5,4 Milliarden Dollar.",
          note="'Der japanische Konzern' = Softbank; ABB and 'im Oktober vereinbarten Verkauf' in the previous sentence; the deal keeps the date of the agreement, closing on 2026-06-30"),
        D("mercedes-apptronik-rental-2026", ["Mercedes-Benz", "Apptronik"], "supply", 9_000_000, "EUR", "approx",
          "2026-06-29", "signed",
          "Der Vertrag über drei Jahre hat nach Konzernangaben ein Volumen von rund neun Millionen Euro.",
          kind_alt=["other"],
          note="amount in words; parties and 'eine Meldung vom Montag' in the previous sentence (Mercedes rents 40 Apollo robots from Apptronik); second Mercedes–Apptronik deal after the 2025 stake (009)"),
        D("mercedes-capex-budget", ["Mercedes-Benz"], "capex_plan", 10_000_000_000, "EUR", "approx",
          None, "planned",
          "Bei einem jährlichen Investitionsbudget von rund zehn Milliarden Euro spiele der Betrag keine Rolle.",
          per="year", required=False, note="group-wide investment budget mentioned as context"),
    ],
    "not_deals": ["61,40 Franken", "bis zu 1,5 Milliarden Franken", "14.260 Yen", "58,30 Euro", "von 64 auf 68 Franken", "bei 62 Franken",
                  "61,40 CHF", "58,30 EUR", "231,70 EUR", "14.260 JPY", "198,40 USD", "1 Euro pro Order", "Startguthaben von 50 Euro"],
}

ARTICLES["020_humanoid_money_torquesheet_en.txt"] = {
    "published": "2026-11-12",
    "published_note": "from the byline 'Posted 12 November 2026 by Declan Hesketh-Vale'; 'last September' -> 2025-09, 'in March' -> 2026-03, 'In February' -> 2026-02",
    "language": "en",
    "deals": [
        D("figure-seriesc-2025", ["Figure AI", "Parkway Venture Capital"], "investment", 1_000_000_000, "USD", "at_least",
          "2025-09", "completed",
          "Its Series C last September brought in more than $1 billion; Parkway Venture Capital was the lead investor.",
          note="'Its' = Figure's (previous sentence); month only"),
        D("wpglobal-agility-round", ["Agility Robotics", "WP Global"], "investment", 400_000_000, "USD", "exact",
          "2026-03", "completed",
          "After more than a year of on-and-off talks, it finally closed a $400 million round in March, led by WP Global.",
          note="'it' = Agility Robotics (previous sentence)"),
        D("tarrowind-gribsvad-takeover", ["Tarrowind Robotics", "Gribsvad Automation"], "acquisition", 210_000_000, "USD", "exact",
          "2026-02", "cancelled",
          "In February the Pittsburgh arm maker agreed to buy Gribsvad Automation, a Danish specialist in soft grippers, for $210 million (about DKK 1.45 billion).",
          alt=[(1_450_000_000, "DKK")],
          note="'the Pittsburgh arm maker' = Tarrowind Robotics (previous sentence); abandoned in June, keeps the agreement date"),
    ],
    "not_deals": ["about $6 billion", "150 billion won", "$20,000", "$38 billion", "$15 billion", "$8 a month", "$6 billion into robots"],
}

ALIASES = {
    "1X Technologies": ["1X Technologies", "1X"],
    "EQT Ventures": ["EQT Ventures", "EQT"],
    "Figure AI": ["Figure AI", "Figure"],
    "BMW": ["BMW", "BMW Manufacturing"],
    "Lindqvist Lager": ["Lindqvist Lager AB", "Lindqvist Lager", "Lindqvist"],
    "Tarrowind Robotics": ["Tarrowind Robotics", "Tarrowind"],
    "Arvenna Dynamics": ["Arvenna Dynamics", "Arvenna"],
    "Wehrstett Logistik": ["Wehrstett Logistik GmbH", "Wehrstett Logistik", "Wehrstett"],
    "Stadt Bad Hersfeld": ["Stadt Bad Hersfeld", "Bad Hersfeld"],
    "Microsoft": ["Microsoft"],
    "Nvidia": ["Nvidia", "NVentures", "Nvidia Corp."],
    "OpenAI": ["OpenAI", "OpenAI Startup Fund"],
    "Amazon": ["Amazon", "Amazon's Industrial Innovation Fund", "Amazon Industrial Innovation Fund"],
    "GXO": ["GXO", "GXO Logistics"],
    "Agility Robotics": ["Agility Robotics", "Agility"],
    "Pemberton Grove Ventures": ["Pemberton Grove Ventures", "Pemberton Grove"],
    "Kuka": ["Kuka", "KUKA", "Kuka AG"],
    "Auerwerk Automotive": ["Auerwerk Automotive", "Auerwerk"],
    "Midea": ["Midea", "Midea Group"],
    "Brakeley Foods": ["Brakeley Foods", "Brakeley"],
    "ABB": ["ABB", "ABB Robotics", "ABB Ltd"],
    "Fenwold Bank": ["Fenwold Bank", "Fenwold"],
    "Neura Robotics": ["Neura Robotics", "Neura"],
    "Lingotto": ["Lingotto Investment Management", "Lingotto"],
    "Greifwerk Robotics": ["Greifwerk Robotics", "Greifwerk"],
    "Nordhafen Capital": ["Nordhafen Capital", "Nordhafen"],
    "Apptronik": ["Apptronik"],
    "B Capital": ["B Capital"],
    "Capital Factory": ["Capital Factory"],
    "Google": ["Google", "Google DeepMind", "Alphabet"],
    "Jabil": ["Jabil"],
    "Mercedes-Benz": ["Mercedes-Benz", "Mercedes", "Mercedes-Benz Group"],
    "Daeseong Motors": ["Daeseong Motors", "Daeseong"],
    "Haneul Robotics": ["Haneul Robotics", "Haneul"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "Rainbow Robotics": ["Rainbow Robotics"],
    "Kalvera Labs": ["Kalvera Labs", "Kalvera"],
    "Parkway Venture Capital": ["Parkway Venture Capital", "Parkway"],
    "SoftBank": ["SoftBank", "SoftBank Group", "Softbank Group"],
    "Skild AI": ["Skild AI", "Skild"],
    "Reppischtal Pharmalogistik": ["Reppischtal Pharmalogistik", "Reppischtal"],
    "Rheinmain Compute": ["Rheinmain Compute"],
    "Zwönitzer Kunststoffwerk": ["Zwönitzer Kunststoffwerk"],
    "Kiyosato Logistics": ["Kiyosato Logistics", "Kiyosato"],
    "CoreWeave": ["CoreWeave"],
    "Fuldatal Volksbank": ["Fuldatal Volksbank"],
    "WP Global": ["WP Global"],
    "Gribsvad Automation": ["Gribsvad Automation", "Gribsvad"],
}


def main():
    gold = {"about": ABOUT, "articles": {}, "aliases": ALIASES}
    for name in sorted(ARTICLES):
        a = ARTICLES[name]
        entry = {"published": a["published"]}
        if a.get("published_note"):
            entry["published_note"] = a["published_note"]
        entry["language"] = a["language"]
        entry["deals"] = a["deals"]
        entry["not_deals"] = a["not_deals"]
        gold["articles"][name] = entry
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(gold['articles'])} articles, "
          f"{sum(len(a['deals']) for a in gold['articles'].values())} deal mentions")


if __name__ == "__main__":
    main()
