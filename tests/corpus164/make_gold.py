#!/usr/bin/env python3
"""Write gold.json for tests/corpus164 (the hand annotation as a script).

Usage: python3 tests/corpus164/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json; check it with
check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 164th held-out test corpus (tests/corpus164/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: theme parks, cinemas, ticketing and "
    "live-entertainment companies in the AI boom. One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague or background mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <meta>/<time>, issue line, ticker "
    "stamp or visible byline date, or null when the article has none); quarters, half-years and "
    "seasons become the year; a cancelled deal keeps the date of the original offer or talks; 'term' is "
    "the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; "
    "'note' explains a judgement call. For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). Canonical names carry no legal form. Invented "
    "companies: Taktreihe, Kirmesberg Kapital, Rheinauen Rechenzentren, Encore Yield, Brightwater Sound "
    "Ventures, Farnborne Data Centres, Wexcombe Bank, Queuewise, Silverpine Parks, Donauried "
    "Datacenter, Billettwerk, Kløverøya Park, Nordhei Data, Nagisa Resorts, Kurage Compute, Glimmerhall "
    "Cinemas, Lumenfold, Tern Harbour Capital, Marquee Compute, Setlist Signal, Fahrplanwerk, "
    "Spiegelsaal Kinos, Elbkante Data, Feldberg Infrastruktur, Kandelbank, Rheinkiesel Digital; "
    "invented publications, research houses, advertisers and people are listed in invented_names.txt. "
    "The deals of real companies (CTS Eventim, Live Nation, Merlin Entertainments, Europa-Park, "
    "Cineworld, Disney, OpenAI, Epic Games, Vivendi, Schwarz Digits, Google, Microsoft) are partly "
    "loosely based on public reports, mostly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "CTS Eventim": ["CTS Eventim", "Eventim"],
    "Taktreihe": ["Taktreihe"],
    "Kirmesberg Kapital": ["Kirmesberg Kapital", "Kirmesberg"],
    "Merlin Entertainments": ["Merlin Entertainments", "Merlin", "Legoland Deutschland Resort",
                              "Legoland Deutschland"],
    "Queuewise": ["Queuewise"],
    "Disney": ["Disney", "Walt Disney", "Walt Disney Co.", "The Walt Disney Company"],
    "Epic Games": ["Epic Games", "Epic"],
    "Europa-Park": ["Europa-Park", "Europa Park"],
    "Rheinauen Rechenzentren": ["Rheinauen Rechenzentren", "Rheinauen Rechenzentren GmbH", "Rheinauen"],
    "Live Nation": ["Live Nation", "Live Nation Entertainment", "Ticketmaster"],
    "Encore Yield": ["Encore Yield", "Encore"],
    "Brightwater Sound Ventures": ["Brightwater Sound Ventures", "Brightwater"],
    "Schwarz Digits": ["Schwarz Digits", "Stackit"],
    "Vivendi": ["Vivendi"],
    "See Tickets": ["See Tickets"],
    "Google": ["Google", "Google Cloud"],
    "Kløverøya Park": ["Kløverøya Park", "Kløverøya"],
    "Nordhei Data": ["Nordhei Data", "Nordhei"],
    "Nagisa Resorts": ["Nagisa Resorts", "Nagisa"],
    "Kurage Compute": ["Kurage Compute", "Kurage"],
    "Cineworld": ["Cineworld"],
    "Farnborne Data Centres": ["Farnborne Data Centres", "Farnborne"],
    "Wexcombe Bank": ["Wexcombe Bank", "Wexcombe"],
    "Billettwerk": ["Billettwerk"],
    "Microsoft": ["Microsoft", "Azure", "Microsoft Azure"],
    "Donauried Datacenter": ["Donauried Datacenter", "Donauried Datacenter GmbH", "Donauried"],
    "OpenAI": ["OpenAI"],
    "Tern Harbour Capital": ["Tern Harbour Capital", "Tern Harbour"],
    "Lumenfold": ["Lumenfold"],
    "Glimmerhall Cinemas": ["Glimmerhall Cinemas", "Glimmerhall"],
    "Marquee Compute": ["Marquee Compute", "Marquee"],
    "Rheinkiesel Digital": ["Rheinkiesel Digital", "Rheinkiesel"],
    "Silverpine Parks": ["Silverpine Parks", "Silverpine"],
    "Fahrplanwerk": ["Fahrplanwerk", "Fahrplanwerk GmbH"],
    "Spiegelsaal Kinos": ["Spiegelsaal Kinos", "Spiegelsaal"],
    "Elbkante Data": ["Elbkante Data", "Elbkante Data GmbH", "Elbkante"],
    "Setlist Signal": ["Setlist Signal", "Setlist"],
    "Feldberg Infrastruktur": ["Feldberg Infrastruktur"],
    "Kandelbank": ["Kandelbank"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if term:
        d["term"] = term
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, evidence, required=False, kind_alt=None, note=None):
    """A deal mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required,
             kind_alt=kind_alt, note=note)


# shared ids
TAKEOVER = "eventim-taktreihe-takeover"
LICENCE = "eventim-taktreihe-licence"
HEAT = "europapark-rheinauen-heat"
ENCORE = "livenation-encore-acquisition"
DISNEY_OPENAI = "disney-openai-investment"
SLOUGH = "cineworld-farnborne-slough"

ET = ["CTS Eventim", "Taktreihe"]
EPR = ["Europa-Park", "Rheinauen Rechenzentren"]
LNE = ["Live Nation", "Encore Yield"]
CWF = ["Cineworld", "Farnborne Data Centres"]

ARTICLES = {}

ARTICLES["001_eventim_taktreihe_einlassbrief.txt"] = {
    "published": "2024-03-14",
    "published_note": "from the issue line 'Nr. 9/2024 · Donnerstag, 14. März 2024'; 'am Dienstag' -> 2024-03-12; 'Vergangene Woche' -> 2024-03",
    "language": "de",
    "deals": [
        D(LICENCE, ET, "cloud_contract", 4500000, "EUR", "approx", "2024-03-12", "signed",
          "Dafür zahlt der Konzern dem Unternehmen nach Angaben aus Branchenkreisen jährlich rund 4,5 Millionen Euro, hinzu kommen erfolgsabhängige Anteile, deren Höhe nicht bekannt ist.",
          per="year", term=["2024-04", "2027-03"], kind_alt=["other", "supply"],
          note="software licence; 'der Konzern' = CTS Eventim, 'dem Unternehmen' = Taktreihe, signing 'am Dienstag' and the three-year term from April in the previous sentences; first of two Eventim–Taktreihe deals (the 2025 takeover is the second)"),
        D("kirmesberg-taktreihe-series-a", ["Kirmesberg Kapital", "Taktreihe"], "investment", 28000000,
          "EUR", "exact", "2024-03", "completed",
          "Frisches Kapital hat das Start-up ebenfalls: Vergangene Woche schloss Taktreihe eine Serie-A-Runde über 28 Millionen Euro ab.",
          note="lead investor in the next sentence ('Angeführt wurde sie vom … Kirmesberg Kapital'); the valuation of about €140m is not a deal"),
    ],
    "not_deals": ["rund 140 Millionen Euro", "rund 2,4 Milliarden Euro", "2,50 Euro pro Ticket",
                  "1,9 Milliarden Dollar", "gut 600 Millionen Dollar", "89 Euro", "95.000 Euro",
                  "Jahresabo 249 Euro"],
}

ARTICLES["002_merlin_queuewise_turnstile_en.txt"] = {
    "published": "2024-05-21",
    "published_note": "from the issue line 'Issue 14 — Tuesday 21 May 2024'; 'signed last week' -> 2024-05; 'in February' -> 2024-02",
    "language": "en",
    "deals": [
        D("merlin-queuewise-contract", ["Merlin Entertainments", "Queuewise"], "cloud_contract", 6300000,
          "GBP", "exact", "2024-05", "signed",
          "Merlin Entertainments has handed Queuewise, a Leeds start-up of 40 people, a three-year contract worth £6.3 million to forecast ride queues across its UK resort parks.",
          kind_alt=["supply", "other"],
          note="software/forecasting contract over three years; 'signed last week' (next sentence) -> month; repeated as '£6.3m' in BY THE NUMBERS; a different deal from Merlin's 2026 stake in Queuewise (017)"),
        D("disney-epic-investment", ["Disney", "Epic Games"], "investment", 1500000000, "USD", "exact",
          "2024-02", "signed",
          "A reminder of where the biggest money in family entertainment is heading: the $1.5 billion that Disney agreed in February to invest in Epic Games, the maker of Fortnite, is meant to produce a persistent games universe built around its characters.",
          note="background of a real 2024 deal; repeated as '$1.5bn' in BY THE NUMBERS"),
    ],
    "not_deals": ["about £3.8m", "about £2.1 billion", "£45 per person", "£45: top fast-track price",
                  "about $9 billion", "£399"],
}

ARTICLES["003_europapark_rheinauen_rundblick.txt"] = {
    "published": "2024-09-26",
    "published_note": "from the dateline without year 'RUST · Donnerstag, 26. September' and the copyright line '© Ortenauer Rundblick 2024'; 'am Montag' -> 2024-09-23 (the council vote 'am Dienstagabend' -> 2024-09-24); 'im Sommer' -> 2024",
    "language": "de",
    "deals": [
        D(HEAT, EPR, "supply", 1400000, "EUR", "approx", "2024-09-23", "signed",
          "Der Freizeitpark zahlt dem Rechenzentrum dafür jährlich rund 1,4 Millionen Euro, wie beide Seiten auf Nachfrage bestätigten.",
          per="year", term=["2027", "2041"],
          note="waste-heat supply for Rulantica; 'Der Freizeitpark' = Europa-Park, 'dem Rechenzentrum' = Rheinauen ('der Betreiber'), signing 'am Montag' and 15 years from 2027 in the previous sentences"),
        D("europapark-rheinauen-ground-lease", EPR, "other", 610000, "EUR", "exact", "2024", "signed",
          "Europa-Park vergibt sie im Erbbaurecht für 60 Jahre an Rheinauen, der Erbbauzins beträgt jährlich 610.000 Euro.",
          per="year", kind_alt=["acquisition"],
          note="60-year ground lease (Erbbaurecht) of about nine hectares; notarised 'im Sommer' (next sentence) -> year; second deal between the same pair in the same article (third: the GPU lease in 020)"),
        D("rheinauen-rust-capex", ["Rheinauen Rechenzentren"], "capex_plan", 650000000, "EUR", "approx",
          "2024-09", "planned",
          "Bis Ende 2028 will Rheinauen in zwei Bauabschnitten rund 650 Millionen Euro in den Campus investieren.",
          term=[None, "2028-12"], kind_alt=["project"],
          note="the operator's own building plan; the '650 Millionen' in a reader comment repeats it"),
    ],
    "not_deals": ["bis zu 3 Millionen Euro Gewerbesteuer", "18,7 Millionen Euro", "2,2 Millionen Euro",
                  "rund 4 Millionen Euro im Jahr", "69,50 Euro", "drei Millionen im Jahr"],
}

ARTICLES["004_livenation_encore_houselights_en.html"] = {
    "published": "2025-02-11",
    "published_note": "from <meta property=article:published_time>, JSON-LD datePublished and <time datetime='2025-02-11T06:20'> ('Feb. 11, 2025'); 'on Monday' -> 2025-02-10",
    "language": "en",
    "deals": [
        D(ENCORE, LNE, "acquisition", 410000000, "USD", "exact", "2025-02-10", "signed",
          "Live Nation Entertainment is buying Encore Yield, the Austin start-up whose software recommends ticket prices for arenas, theatres and club shows, for $410 million in cash.",
          alt=[(395000000, "EUR")],
          note="'disclosed the agreement on Monday' in the next sentence; closing expected in Q2; 005 restates it as about €395m (alt_amounts)"),
        D("brightwater-encore-series-b", ["Brightwater Sound Ventures", "Encore Yield"], "investment",
          55000000, "USD", "exact", "2023", "completed",
          "The start-up was last valued at about $300 million when it raised a $55 million Series B in 2023.",
          note="lead investor in the next sentence ('That round was led by Brightwater Sound Ventures'); the $300m valuation is not a deal"),
    ],
    "not_deals": ["about $300 million", "about $38 million", "about $23 billion", "$165 price target",
                  "$148.20", "$1,950 a week"],
}

ARTICLES["005_eventim_stackit_kursriesenrad.txt"] = {
    "published": "2025-03-04",
    "published_note": "from the portal stamp '04.03.2025 · 08:12 Uhr'; 'am Montagabend' -> 2025-03-03; 'Anfang Februar' -> 2025-02",
    "language": "de",
    "deals": [
        D("eventim-schwarz-digits-cloud", ["CTS Eventim", "Schwarz Digits"], "cloud_contract", 90000000,
          "EUR", "approx", "2025-03-03", "signed",
          "Der MDAX-Konzern hat mit Schwarz Digits, der IT-Sparte von Lidl und Kaufland, einen Cloud-Vertrag über rund 90 Millionen Euro mit einer Laufzeit von sechs Jahren abgeschlossen.",
          note="'Der MDAX-Konzern' = CTS Eventim (previous sentence); announced 'am Montagabend' (next sentence); 'die Schwarz-Tochter Stackit' provides the capacity"),
        D(ENCORE, LNE, "acquisition", 395000000, "EUR", "approx", "2025-02", "signed",
          "Wettbewerber Live Nation hatte Anfang Februar für umgerechnet rund 395 Millionen Euro das texanische Preis-KI-Start-up Encore Yield übernommen.",
          note="same deal as 004 in EUR with month only ('Anfang Februar')"),
        N("eventim-see-tickets-acquisition", ["CTS Eventim", "See Tickets", "Vivendi"], "acquisition",
          "2024", "completed",
          "Die Integration der 2024 von Vivendi übernommenen See Tickets laufe nach Plan, hieß es.",
          note="amount-less background of a real 2024 purchase; optional"),
    ],
    "not_deals": ["rund 2,8 Milliarden Euro", "etwa 530 Millionen Euro", "Kursziel von 118 Euro",
                  "bei 101 Euro", "94,35 €", "148,90 $", "96,10 Euro", "ab 500 Euro"],
}

ARTICLES["006_parks_roundup_midway_en.txt"] = {
    "published": "2025-04-11",
    "published_note": "from the issue line 'No. 63 · Friday 11 April 2025'; 'on Wednesday' -> 2025-04-09; 'last month' -> 2025-03",
    "language": "en",
    "deals": [
        D("merlin-google-ai-talks", ["Merlin Entertainments", "Google"], "cloud_contract", 100000000,
          "GBP", "up_to", "2025-04", "negotiating",
          "The agreement under discussion would be worth up to £100 million over five years, and one of them said a signature was possible by June.",
          kind_alt=["partnership"],
          note="talks from two sources; parties in the previous sentence (Merlin Entertainments, Google Cloud); repeated as '£100m — ceiling of the Merlin–Google talks'"),
        D("kloveroya-nordhei-land", ["Kløverøya Park", "Nordhei Data"], "acquisition", 185000000, "NOK",
          "exact", "2025-04-09", "signed",
          "Kløverøya Park, the family-owned amusement park south of Bergen, has sold 12 hectares of unused parking fields to Nordhei Data for NOK 185 million (about $17 million), in a deal signed on Wednesday.",
          alt=[(17000000, "USD")], kind_alt=["other"],
          note="land sale by the park to the data-centre developer"),
        N("nordhei-kloveroya-heat", ["Nordhei Data", "Kløverøya Park"], "supply", "2025-04", "announced",
          "Nordhei wants to build a 30-megawatt data hall there and will send its waste heat back across the road to warm the park's indoor pool, though neither side would put a price on that second arrangement.",
          note="heat arrangement without a price; optional"),
        D("nagisa-kurage-stake", ["Nagisa Resorts", "Kurage Compute"], "investment", 2400000000, "JPY",
          "exact", "2025-03", "completed",
          "In Japan, Nagisa Resorts, which runs two seaside parks and a hotel cluster near Osaka, put ¥2.4 billion into Kurage Compute last month in exchange for a minority stake.",
          kind_alt=["acquisition"], note="repeated as '¥2.4bn — Nagisa's cheque to Kurage'"),
    ],
    "not_deals": ["NOK 9 million", "NOK 549", "¥61 billion", "$1.2bn", "$495"],
}

ARTICLES["007_eventim_taktreihe_handelsrampe.txt"] = {
    "published": "2025-05-22",
    "published_note": "from the issue line 'Donnerstag, 22. Mai 2025 · Unternehmen & Märkte · Seite 11'; 'am Mittwoch' -> 2025-05-21; 'im Februar' -> 2025-02",
    "language": "de",
    "deals": [
        D(TAKEOVER, ET, "acquisition", 180000000, "EUR", "range", "2025", "rumored",
          "Eventim verhandelt nach Informationen der Handelsrampe exklusiv mit den Gesellschaftern des Start-ups; genannt wird ein Kaufpreis zwischen 180 und 220 Millionen Euro, wie mehrere mit dem Vorgang vertraute Personen berichten.",
          amount_max=220000000, alt=[(205000000, "EUR"), (240000000, "USD")],
          note="sourced rumour of exclusive talks; signed on 2025-07-09 at €205m (009) and reported as about $240m (010), both as alt_amounts; the year keeps the shared id's dates consistent"),
        D("livenation-taktreihe-offer", ["Live Nation", "Taktreihe"], "acquisition", 250000000, "EUR",
          "approx", "2025", "cancelled",
          "Im Frühjahr soll der US-Rivale Live Nation eine eigene Offerte von rund 250 Millionen Euro vorbereitet haben, heißt es in Finanzkreisen.",
          required=False,
          note="rumoured offer denied by a Ticketmaster spokesman 'am Mittwoch' (next sentence); optional; 'Im Frühjahr' -> year"),
        N(LICENCE, ET, "cloud_contract", "2024", "signed",
          "Der bisherige Lizenzvertrag erlaubt es Taktreihe, die Software auch anderen Kunden anzubieten – und genau das hat offenbar Interesse jenseits des Atlantiks geweckt.",
          kind_alt=["other", "supply"],
          note="the 2024 licence restated without amount ('Seit gut einem Jahr'); optional"),
        N(ENCORE, LNE, "acquisition", "2025-02", "signed",
          "Live Nation hatte erst im Februar das texanische Start-up Encore Yield gekauft.",
          note="restated without amount; optional"),
    ],
    "not_deals": ["rund 11 Millionen Euro", "etwa 140 Millionen Euro", "101,20 Euro",
                  "rund 1,3 Milliarden Euro", "98 Euro", "29,90 Euro monatlich",
                  "ersten vier Wochen 1 Euro"],
}

ARTICLES["008_cineworld_farnborne_uptoncourt_en.txt"] = {
    "published": "2025-06-19",
    "published_note": "from the date line 'News · Slough · Thursday 19 June 2025'; 'on Tuesday' -> 2025-06-17",
    "language": "en",
    "deals": [
        D(SLOUGH, CWF, "acquisition", 48000000, "GBP", "exact", "2025-06-17", "signed",
          "The former Cineworld multiplex on the Farnham Road, dark since its last screening in January 2024, is to be knocked down and replaced by a data centre after the cinema chain sold the site for £48 million.",
          kind_alt=["other"],
          note="buyer and 'confirmed on Tuesday that it had exchanged contracts' in the next sentence; completion due in August"),
        D("farnborne-slough-capex", ["Farnborne Data Centres"], "capex_plan", 1100000000, "GBP", "approx",
          "2025-06", "planned",
          "Farnborne intends to spend around £1.1 billion on the 4.2-acre plot, building two data halls with a combined 60 megawatts of power by the end of 2028.",
          term=[None, "2028-12"], kind_alt=["project"]),
        D("wexcombe-farnborne-loan", ["Wexcombe Bank", "Farnborne Data Centres"], "other", 640000000, "GBP",
          "exact", "2025-06", "signed",
          "To pay for the first phase, Farnborne has signed a £640 million construction loan with Wexcombe Bank, a London lender that specialises in infrastructure.",
          kind_alt=["investment"], note="six-year construction loan"),
    ],
    "not_deals": ["about £9 million a year", "roughly £150 million", "£12.50", "£8.99", "£9m a year"],
}

ARTICLES["009_eventim_liveticker_tickerfenster.txt"] = {
    "published": "2025-07-09",
    "published_note": "from the ticker's date line 'Mittwoch, 9. Juli 2025' (entries by time only); 'heute früh' -> 2025-07-09; 'am Dienstagabend' -> 2025-07-08",
    "language": "de",
    "deals": [
        D(TAKEOVER, ET, "acquisition", 205000000, "EUR", "exact", "2025-07-09", "signed",
          "Wie Eventim heute früh per Pflichtmitteilung bekanntgab, zahlt der Konzern für sämtliche Anteile 205 Millionen Euro in bar.",
          note="signing of the rumour in 007; target named in the previous sentence; repeated as 'Die 205-Millionen-Euro-Übernahme' and '205 Mio' in a reader comment; closing expected by the end of Q3"),
        D("livenation-billettwerk-acquisition", ["Live Nation", "Billettwerk"], "acquisition", 62000000,
          "CHF", "exact", "2025-07-08", "signed",
          "Der Kaufpreis liegt bei 62 Millionen Franken (nach aktuellem Kurs etwa 66 Millionen Euro), wie Billettwerk-Chef Reto Zumsteg-Fähndrich am Dienstagabend vor Mitarbeitern bestätigte.",
          alt=[(66000000, "EUR")], note="buyer in the previous sentence ('Live Nation übernimmt den Zürcher Ticketanbieter Billettwerk')"),
        N(LICENCE, ET, "cloud_contract", "2024", "signed",
          "Taktreihe liefert Eventim bereits seit dem vergangenen Jahr die Preissoftware.",
          kind_alt=["other", "supply"], note="the 2024 licence restated without amount; optional"),
    ],
    "not_deals": ["24.310 Zählern", "1,17 Dollar", "von 118 auf 126 Euro", "knapp 1,1 Milliarden Pfund",
                  "14 Millionen Franken", "98,40 Euro", "4,99 Euro monatlich", "11 Mio Umsatz"],
}

ARTICLES["010_eventim_taktreihe_proscenium_en.txt"] = {
    "published": "2025-07-24",
    "published_note": "from the wire stamp 'July 24, 2025 · 07:30 CET' (dateline 'MUNICH, July 23'); 'on Wednesday' -> 2025-07-23; 'earlier this month' -> 2025-07; 'since March 2024' -> 2024-03",
    "language": "en",
    "deals": [
        D("eventim-pricing-platform-capex", ["CTS Eventim"], "capex_plan", 150000000, "EUR", "exact",
          "2025-07-23", "planned",
          "MUNICH, July 23 (Proscenium) - CTS Eventim, Europe's largest ticket seller, plans to put €150 million into a company-wide pricing and fraud-detection platform over the next three years, the German group said on Wednesday, two weeks after agreeing to buy the Munich start-up whose software will sit at its core.",
          term=["2025", "2027"], kind_alt=["project"], note="own spending plan; also in the headline"),
        D(TAKEOVER, ET, "acquisition", 240000000, "USD", "approx", "2025-07", "signed",
          "Eventim earlier this month agreed to acquire Taktreihe in a cash deal worth roughly $240 million.",
          note="same takeover as 009, in USD with month only"),
        D(LICENCE, ET, "cloud_contract", 4500000, "EUR", "approx", "2024-03", "signed",
          "The Bremen-based group had been paying Taktreihe about €4.5 million a year since March 2024 to license the same software for German events, a contract that ends when the deal completes.",
          per="year", kind_alt=["other", "supply"],
          note="the 2024 licence restated with its amount; a different deal from the takeover in the previous sentence"),
    ],
    "not_deals": ["around €13 million", "€617 million", "€103.55", "roughly €9.9 billion"],
}

ARTICLES["011_legoland_donauried_mindeltal.html"] = {
    "published": "2025-09-18",
    "published_note": "from <meta name=date> and the kicker 'Günzburg · 18.09.2025, 06:45 Uhr'; 'am Mittwochabend' -> 2025-09-17",
    "language": "de",
    "deals": [
        D("legoland-donauried-land", ["Merlin Entertainments", "Donauried Datacenter"], "acquisition",
          23000000, "EUR", "approx", "2025-09-17", "signed",
          "Für das Grundstück zahlt der Rechenzentrumsbetreiber rund 23 Millionen Euro, wie aus der Sitzungsvorlage hervorgeht.",
          kind_alt=["other"],
          note="Legoland Deutschland Resort ('Die Merlin-Tochter') sells 14 ha to Donauried Datacenter (previous paragraph); notarised right after the council vote 'am Mittwochabend'"),
        D("donauried-legoland-heat", ["Merlin Entertainments", "Donauried Datacenter"], "supply", 800000,
          "EUR", "up_to", "2025-09", "signed",
          "Dafür zahlt das Resort dem Betreiber jährlich bis zu 800.000 Euro, je nach abgenommener Wärmemenge.",
          per="year",
          note="twelve-year heat contract for the holiday village; 'das Resort' = Legoland Deutschland, 'dem Betreiber' = Donauried; second deal of the same pair in the same article"),
        D("donauried-guenzburg-capex", ["Donauried Datacenter"], "capex_plan", 480000000, "EUR", "at_least",
          "2025-09", "planned",
          "Das Unternehmen plant auf dem Areal Investitionen von mehr als 480 Millionen Euro und will den ersten von drei Bauabschnitten 2027 in Betrieb nehmen.",
          kind_alt=["project"], note="'Das Unternehmen' = Donauried Datacenter (previous sentence)"),
    ],
    "not_deals": ["rund 1,5 Millionen Euro jährlich", "etwa 95 Millionen Euro", "bis zu 64 Euro", "ab 49 Euro",
                  "3,8 Millionen Euro", "9,90 Euro monatlich"],
}

ARTICLES["012_ticketing_ai_ticketstub_en.txt"] = {
    "published": "2025-10-08",
    "published_note": "from the date line 'Opinion & Analysis · Wednesday 8 October 2025'; 'Last month' -> 2025-09; 'In July' -> 2025-07; 'in February' -> 2025-02",
    "language": "en",
    "deals": [
        N(ENCORE, LNE, "acquisition", "2025-02", "signed",
          "Live Nation's purchase of Encore Yield in February gave Ticketmaster a pricing engine built for mid-sized rooms, the part of the market where margins are thinnest and empty seats most common.",
          note="restated without amount; optional"),
        D(TAKEOVER, ET, "acquisition", 205000000, "EUR", "exact", "2025-07", "signed",
          "In July, CTS Eventim answered with its €205 million takeover of Taktreihe, the Munich firm whose models it had already been licensing.",
          note="the licence is only alluded to ('had already been licensing'), not annotated again here"),
        D("livenation-microsoft-azure", ["Live Nation", "Microsoft"], "cloud_contract", 1200000000, "USD",
          "exact", "2025-09", "signed",
          "Last month Ticketmaster committed to spend $1.2bn on Microsoft's Azure cloud over seven years, as its parent disclosed in a securities filing, the largest infrastructure contract in the company's history.",
          note="Ticketmaster = Live Nation (its parent); seven-year commitment"),
    ],
    "not_deals": ["€79", "€59", "roughly $700 million", "$4.6 billion", "about $85 million", "$175", "€124",
                  "$14 monthly", "$140 annually"],
}

ARTICLES["013_disney_openai_kapitalbuehne.txt"] = {
    "published": "2025-12-11",
    "published_note": "from the issue line 'Donnerstag, 11. Dezember 2025 · Ausgabe 238'; 'am Mittwoch' -> 2025-12-10",
    "language": "de",
    "deals": [
        D(DISNEY_OPENAI, ["Disney", "OpenAI"], "investment", 1000000000, "USD", "exact", "2025-12-10",
          "signed",
          "Der Konzern investiert eine Milliarde Dollar (rund 855 Millionen Euro) in das KI-Unternehmen aus San Francisco, wie beide Seiten am Mittwoch nach US-Börsenschluss mitteilten.",
          alt=[(855000000, "EUR")],
          note="'Der Konzern' = Walt Disney, 'das KI-Unternehmen' = OpenAI (previous sentence); amount in words; the Sora character licence and the warrants (no price) are treated as part of this agreement, not as separate deals"),
    ],
    "not_deals": ["rund 500 Milliarden Dollar", "knapp 95 Milliarden Dollar", "112,80 Dollar",
                  "5,99 Euro im Monat", "9,99 Euro", "319 Euro", "9 Euro"],
}

ARTICLES["014_disney_parks_ai_lotreport_en.html"] = {
    "published": "2025-12-16",
    "published_note": "from <meta name=pubdate>, JSON-LD datePublished and the byline 'Tuesday, December 16, 2025'; 'last week' -> 2025-12; 'in October' -> 2025-10",
    "language": "en",
    "deals": [
        D(DISNEY_OPENAI, ["Disney", "OpenAI"], "investment", 1000000000, "USD", "exact", "2025-12", "signed",
          "When the Walt Disney Co. said last week it would invest $1 billion in OpenAI and let the startup's Sora app generate short videos featuring Mickey, Elsa and Darth Vader, most of the coverage focused on the studio side.",
          note="same deal as 013; 'last week' -> month"),
        D("disney-parks-capex", ["Disney"], "capex_plan", 60000000000, "USD", "approx", "2023", "planned",
          "Disney has already earmarked about $60 billion for its parks and cruise business over ten years, a plan first laid out in 2023.",
          required=False, note="group-wide ten-year spending plan, background; optional"),
        D("tern-harbour-lumenfold-series-a", ["Tern Harbour Capital", "Lumenfold"], "investment", 30000000,
          "USD", "exact", "2025-10", "completed",
          "Lumenfold, a Bristol company whose software cleans and upscales archive footage for re-releases, raised $30 million in October; Tern Harbour Capital led the Series A."),
    ],
    "not_deals": ["around $500 billion", "about $18,000 a feature", "about £8", "$109.60", "$9.99 a month",
                  "$650 an hour"],
}

ARTICLES["015_glimmerhall_lumenfold_stallgate_en.txt"] = {
    "published": "2026-01-22",
    "published_note": "from the date line 'Companies · Leisure · Thursday 22 January 2026'; 'on Monday' -> 2026-01-19; 'In December' -> 2025-12; 'Last June' -> 2025-06",
    "language": "en",
    "deals": [
        D("glimmerhall-lumenfold-acquisition", ["Glimmerhall Cinemas", "Lumenfold"], "acquisition", 36000000,
          "GBP", "exact", "2026-01-19", "signed",
          "Glimmerhall Cinemas, the chain that grew out of a single art-deco picture house in Harrogate, has agreed to buy Lumenfold, the Bristol start-up whose machine-learning software restores and upscales archive films, for £36 million in cash and shares.",
          note="'announced on Monday' in the next sentence; Lumenfold's earlier round ('raised money from a London venture firm') names neither investor nor amount and is not annotated here"),
        D("marquee-glimmerhall-space-lease", ["Marquee Compute", "Glimmerhall Cinemas"], "other", 2100000,
          "GBP", "approx", "2025-12", "signed",
          "Marquee pays Glimmerhall about £2.1 million a year for the space, power connections and cooling, and the waste heat from the servers will warm the auditoriums in winter.",
          per="year", kind_alt=["supply", "cloud_contract"],
          note="lease of plant rooms and projection booths in 40 cinemas for edge GPU servers, signed 'In December' (previous sentence)"),
        D(SLOUGH, CWF, "acquisition", 48000000, "GBP", "exact", "2025-06", "signed",
          "Last June, Cineworld sold a closed multiplex in Slough to Farnborne Data Centres for £48 million, and operators in Germany and the Netherlands have made similar sales.",
          kind_alt=["other"], note="same sale as 008, month only"),
    ],
    "not_deals": ["£310 million", "£9.40", "about £1 billion", "184p", "around £290 million", "220p",
                  "£2.4 million", "£6.50 a week"],
}

ARTICLES["016_europapark_interview_achterbahn.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesedauer: 7 Minuten'); all deal dates stay null",
    "language": "de",
    "deals": [
        D(HEAT, EPR, "supply", 1400000, "EUR", "approx", None, "signed",
          "Falkenreuther: Gut 1,4 Millionen Euro im Jahr, über 15 Jahre fest vereinbart.",
          per="year",
          note="answer to 'Was zahlen Sie für diese Wärme?'; parties from the previous answer (Europa-Park, Rheinauen Rechenzentren)"),
        D("rheinkiesel-europapark-offer", ["Rheinkiesel Digital", "Europa-Park"], "acquisition", 40000000,
          "EUR", "approx", None, "cancelled",
          "Ein Entwickler aus dem Raum Freiburg, Rheinkiesel Digital, hat uns vor gut einem Jahr rund 40 Millionen Euro für 20 Hektar Wiesen auf der anderen Rheinseite der Gemarkung geboten.",
          kind_alt=["other"],
          note="land offer refused ('Wir haben abgelehnt', next sentence); 'uns' = Europa-Park; 'vor gut einem Jahr' cannot be resolved without a publication date"),
        D("europapark-coaster-capex", ["Europa-Park"], "capex_plan", 120000000, "EUR", "approx", None, "planned",
          "Für die nächste große Achterbahn sind rund 120 Millionen Euro eingeplant, das ist unser Kerngeschäft.",
          required=False, note="the park's own ride budget; optional"),
    ],
    "not_deals": ["4.100 Euro brutto im Monat", "1.000 Euro mehr", "über 70 Euro", "rund 9 Millionen Euro im Jahr",
                  "14,80 Euro", "52 Euro"],
}

ARTICLES["017_merlin_queuewise_looptrack_en.txt"] = {
    "published": "2026-03-11",
    "published_note": "from the byline 'Imogen Fairweather-Lutz · Wed 11 Mar 2026 · 4 min read'; 'on Tuesday' -> 2026-03-10; 'last month' -> 2026-02",
    "language": "en",
    "deals": [
        D("merlin-queuewise-stake", ["Merlin Entertainments", "Queuewise"], "investment", 22000000, "GBP",
          "exact", "2026-03-10", "signed",
          "Merlin is paying £22 million for the stake, the two companies said on Tuesday, most of it in new shares issued by Queuewise to fund an expansion in continental Europe and North America.",
          kind_alt=["acquisition"],
          note="25% stake; a different deal from Merlin's 2024 forecasting contract with Queuewise (002); the £88m valuation is not a deal"),
        D("silverpine-queuewise-contract", ["Silverpine Parks", "Queuewise"], "cloud_contract", 9000000, "USD",
          "exact", "2026-02", "signed",
          "Silverpine Parks, which runs five regional amusement parks in the Midwest and the South, signed a three-year contract worth $9 million last month to roll the software out across its sites before the summer season.",
          kind_alt=["supply", "other"], note="supplier Queuewise in the previous sentence"),
    ],
    "not_deals": ["£88 million", "about £6 million", "under £4 million", "several hundred million pounds a year",
                  "up to £95", "£2,400 per ride", "£4.50 a month"],
}

ARTICLES["018_wochenrueckblick_karussellpost.txt"] = {
    "published": "2026-05-15",
    "published_note": "from the issue line 'KW 20 · Freitag, 15. Mai 2026'; 'am Montag' -> 2026-05-11; 'am Mittwoch' -> 2026-05-13; 'am Donnerstag' -> 2026-05-14",
    "language": "de",
    "deals": [
        D("europapark-fahrplanwerk-stake", ["Europa-Park", "Fahrplanwerk"], "investment", 8000000, "EUR",
          "approx", "2026-05-11", "signed",
          "Für den Anteil zahlt der Rüster Familienbetrieb rund acht Millionen Euro, teilten Park und Start-up am Montag mit.",
          kind_alt=["acquisition"],
          note="20 % stake; 'der Rüster Familienbetrieb' = Europa-Park (two sentences earlier); amount in words; the €40m valuation is not a deal"),
        N("europapark-fahrplanwerk-licence", ["Europa-Park", "Fahrplanwerk"], "cloud_contract", "2026-05",
          "signed", "Der Park ist gleichzeitig erster Großkunde; über die Lizenzgebühren wurde nichts bekannt.",
          kind_alt=["supply", "other"], note="customer relationship without amount; optional"),
        D("spiegelsaal-elbkante-harburg", ["Spiegelsaal Kinos", "Elbkante Data"], "acquisition", 14000000,
          "EUR", "approx", "2026-05-13", "signed",
          "Der Kaufpreis liegt bei knapp 14 Millionen Euro; beurkundet wurde am Mittwoch.",
          kind_alt=["other"], note="sale of a closed multiplex; parties in the previous sentence"),
        D("legoland-deutschland-sale-report", ["Merlin Entertainments"], "acquisition", 700000000, "EUR",
          "approx", "2026-05", "cancelled",
          "Ein britisches Branchenblatt hatte geschrieben, ein Finanzinvestor biete rund 700 Millionen Euro für den Park samt Hotels.",
          required=False,
          note="reported bid by an unnamed financial investor for Legoland Deutschland, denied by Merlin 'am Donnerstag'; optional"),
    ],
    "not_deals": ["40 Millionen Euro", "rund 118 Millionen Euro", "12,90 Euro", "296 Euro", "2,7 Milliarden Euro",
                  "189 Euro pro Quadratmeter"],
}

ARTICLES["019_livenation_setlist_curtaincall_en.txt"] = {
    "published": "2026-08-06",
    "published_note": "from the portal stamp 'Aug 6, 2026 · 4:35 PM ET · Market close'; 'late Wednesday' -> 2026-08-05; 'last year' -> 2025",
    "language": "en",
    "deals": [
        D("livenation-setlist-acquisition", ["Live Nation", "Setlist Signal"], "acquisition", 150000000, "USD",
          "at_least", "2026-08-05", "signed",
          "The concert promoter and Ticketmaster owner said late Wednesday that it had agreed to buy Setlist Signal, a Seattle start-up that predicts demand for tours from streaming, social-media and search data, for more than $150 million.",
          note="'The concert promoter and Ticketmaster owner' = Live Nation (previous sentence); price includes an earn-out"),
        N(ENCORE, LNE, "acquisition", None, "signed",
          "Setlist Signal's tools already feed tour-routing decisions for several of the company's promoters, Live Nation said, and will now be connected to the pricing engine it bought with Encore Yield.",
          note="Encore purchase alluded to without amount or date; optional"),
        D("cineworld-farnborne-feltham", CWF, "acquisition", 60000000, "GBP", "range", "2026-08", "negotiating",
          "The price under discussion is between £60 million and £70 million, they said, reflecting the site's proximity to existing grid connections.",
          amount_max=70000000, kind_alt=["other"],
          note="talks from two insiders; parties in the previous sentence; second Cineworld–Farnborne deal, different from the Slough sale restated in the next sentence"),
        D(SLOUGH, CWF, "acquisition", 48000000, "GBP", "exact", "2025", "signed",
          "Farnborne already bought Cineworld's former Slough cinema last year for £48 million.",
          kind_alt=["other"], note="same sale as 008; 'last year' -> 2025"),
    ],
    "not_deals": ["$162.45", "$7.3 billion", "$7.0 billion", "$812 million", "$6.1 billion", "$185", "$172",
                  "€108.30", "$31.20", "$118.75", "$178", "€3.90"],
}

ARTICLES["020_rheinauen_eroeffnung_oberrhein.txt"] = {
    "published": "2026-11-13",
    "published_note": "from the issue line 'Freitag, 13. November 2026 · Nr. 46'; 'am Mittwoch' -> 2026-11-11; 'vor gut zwei Jahren' -> 2024; 'Im Juli' -> 2026-07; 'Drei Monate später' -> 2026-10",
    "language": "de",
    "deals": [
        D("europapark-rheinauen-gpu-lease", EPR, "cloud_contract", 260000, "EUR", "approx", "2026-11-11", "signed",
          "Der Park zahlt dafür monatlich rund 260.000 Euro, die Laufzeit beträgt fünf Jahre.",
          per="month",
          note="GPU capacity in Rheinauen's halls; 'Der Park' = Europa-Park, signing 'am Mittwoch' in the previous sentence; third deal of the pair after the heat contract and the ground lease (003)"),
        D(HEAT, EPR, "supply", 1400000, "EUR", "approx", "2024", "signed",
          "Der Park zahlt für die Wärme jährlich rund 1,4 Millionen Euro.",
          per="year", note="restated; 'Schon vor gut zwei Jahren' in the previous sentence -> 2024"),
        D("feldberg-rheinauen-stake", ["Feldberg Infrastruktur", "Rheinauen Rechenzentren"], "acquisition",
          310000000, "EUR", "approx", "2026-07", "completed",
          "Der Fonds zahlte dafür rund 310 Millionen Euro an die Gründerfamilien und einen Altgesellschafter.",
          kind_alt=["investment"],
          note="49 % stake bought 'Im Juli' (previous sentence); 'Der Fonds' = Feldberg Infrastruktur"),
        D("kandelbank-rheinauen-loan", ["Kandelbank", "Rheinauen Rechenzentren"], "other", 420000000, "EUR",
          "exact", "2026-10", "signed",
          "Drei Monate später folgte die Finanzierung: Ein Konsortium unter Führung der Kandelbank stellte dem Unternehmen einen Kredit über 420 Millionen Euro für den zweiten Bauabschnitt bereit.",
          kind_alt=["investment"], note="'Drei Monate später' after July -> 2026-10; 'dem Unternehmen' = Rheinauen"),
    ],
    "not_deals": ["rund 45 Millionen Euro", "mehr als 150 Millionen Euro im Jahr", "4,5 Millionen Euro",
                  "rund 30 Millionen Euro", "74,50 Euro", "72 Euro", "rund 19 Cent je Kilowattstunde",
                  "24,90 Euro", "2,40 Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
