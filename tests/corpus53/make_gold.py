#!/usr/bin/env python3
"""Write gold.json for corpus53 (the hand annotation lives here; edit, then rerun).

Usage: python3 tests/corpus53/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the fifty-third, held-out test corpus (tests/corpus53/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague, background or amount-less "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that "
    "are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date line, dateline, byline, issue line, meta tag / JSON-LD, or "
    "null when the article has none); a rumour that is later signed, and a cancelled deal, keep a date "
    "compatible with the agreement or talks; 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles "
    "the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Theme: AI and "
    "data-centre infrastructure in Poland, Czechia, Hungary, Romania, Austria and Switzerland. Invented "
    "companies: Wisłoport Data, Narew Energia, Tatra Infrastructure Partners, Bank Nadwiślański, "
    "Vltavatherm, Moravenergie, Balatonrack, TiszaCom, Arieșdata, Traunwerk Schaltanlagen GmbH, "
    "Innviertler Landesbank, Reussdata, Surbtal Energie, Mureș Growth Partners; invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real "
    "companies are partly real (retold with shifted details), partly invented. Nothing here is reporting."
)

ALIASES = {
    "Swisscom": ["Swisscom"],
    "Vodafone Italia": ["Vodafone Italia"],
    "Reussdata": ["Reussdata", "Reussdata AG"],
    "Ortsbürgergemeinde Mellingen": ["Ortsbürgergemeinde Mellingen"],
    "Tatra Infrastructure Partners": ["Tatra Infrastructure Partners", "Tatra"],
    "Wisłoport Data": ["Wisłoport Data", "Wisłoport", "Wisloport Data", "Wisloport"],
    "Moravenergie": ["Moravenergie"],
    "Vltavatherm": ["Vltavatherm"],
    "Traunwerk Schaltanlagen GmbH": ["Traunwerk Schaltanlagen GmbH", "Traunwerk"],
    "Innviertler Landesbank": ["Innviertler Landesbank"],
    "Narew Energia": ["Narew Energia", "Narew"],
    "Microsoft": ["Microsoft"],
    "TiszaCom": ["TiszaCom"],
    "Balatonrack": ["Balatonrack", "Balatonrack Zrt.", "Balatonracks"],
    "Erste Group": ["Erste Group", "Erste"],
    "SoftBank": ["SoftBank", "SoftBank Group"],
    "OpenAI": ["OpenAI"],
    "Oracle": ["Oracle"],
    "MGX": ["MGX"],
    "Meta": ["Meta", "Meta Platforms"],
    "Arieșdata": ["Arieșdata", "Ariesdata"],
    "Alphabet": ["Alphabet", "Google"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Hidroelectrica": ["Hidroelectrica"],
    "Nvidia": ["Nvidia"],
    "Eaton": ["Eaton"],
    "Fibrebond": ["Fibrebond"],
    "Schneider Electric": ["Schneider Electric"],
    "Motivair": ["Motivair"],
    "Vertiv": ["Vertiv"],
    "Surbtal Energie": ["Surbtal Energie", "Surbtal"],
    "Bank Nadwiślański": ["Bank Nadwiślański"],
    "Mureș Growth Partners": ["Mureș Growth Partners", "Mures Growth Partners"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("kind_alt", "per", "term", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, evidence, **extra):
    """An amount-less mention: optional by convention."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=False, **extra)


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


TATRA, WISLO = "Tatra Infrastructure Partners", "Wisłoport Data"
TRAUN = "Traunwerk Schaltanlagen GmbH"

ARTICLES = {}

ARTICLES["001_swisscom_reussdata_reusstaler.txt"] = {
    "published": "2024-03-18",
    "published_note": "from the date line 'Montag, 18. März 2024'; 'am Freitag' -> 2024-03-15, 'am Samstag' -> 2024-03-16",
    "language": "de",
    "deals": [
        D("swisscom-vodafone-italia", ["Swisscom", "Vodafone Italia"], "acquisition", 8_000_000_000, "EUR", "exact",
          "2024-03-15", "signed",
          "Swisscom übernimmt Vodafone Italia für acht Milliarden Euro, umgerechnet rund 7,7 Milliarden Franken.",
          alt_amounts=[alt(7_700_000_000, "CHF")],
          note="amount in words with CHF conversion; agreement made public 'am Freitag' (next sentence) -> 2024-03-15; "
               "seller is the British parent ('der britischen Muttergesellschaft', Vodafone Group); 019 restates it as completed"),
        D("reussdata-mellingen-capex", ["Reussdata"], "capex_plan", 350_000_000, "CHF", "approx",
          "2024-03-16", "planned",
          "Die Reussdata AG, ein 2019 gegründeter Betreiber von Serverräumen mit Sitz in Baden, will bis Ende 2027 rund 350 Millionen Franken in einen Rechenzentrumscampus auf dem früheren Zwirnerei-Areal stecken.",
          kind_alt=["project"], term=[None, "2027"],
          note="presented 'am Samstag' (next sentence) -> 2024-03-16; 019 restates it"),
        D("mellingen-reussdata-baurecht", ["Ortsbürgergemeinde Mellingen", "Reussdata"], "other", 240_000, "CHF", "exact",
          "2023-12", "signed",
          "Das Land bleibt im Besitz der Ortsbürgergemeinde Mellingen, die es Reussdata im Baurecht überlässt; seit dem Vertrag vom Dezember überweist das Unternehmen dafür jährlich 240'000 Franken.",
          per="year",
          note="yearly ground rent (Baurechtszins) under a ground lease; 'das Unternehmen' = Reussdata; 'Dezember' before a March 2024 article -> 2023-12; Swiss thousands separator"),
    ],
    "not_deals": ["jährlich 600 Millionen Euro", "531 Franken", "11,1 Milliarden Franken",
                  "bis zu 1,8 Millionen Franken pro Jahr", "1,5 Millionen Franken",
                  "14 Rappen je Kilowattstunde", "1'290'000 Franken"],
}

ARTICLES["002_vistula_rack_report_may_en.txt"] = {
    "published": "2024-05-23",
    "published_note": "from the issue line 'Issue 14 · Thursday 23 May 2024'; 'on Tuesday' -> 2024-05-21",
    "language": "en",
    "deals": [
        D("tatra-wisloport-2024", [TATRA, WISLO], "investment", 180_000_000, "EUR", "exact",
          "2024-05-21", "signed",
          "Tatra Infrastructure Partners has agreed to buy 40% of Gdańsk developer Wisłoport Data for €180m (roughly PLN 770m), the two sides said on Tuesday.",
          kind_alt=["acquisition"], alt_amounts=[alt(770_000_000, "PLN")],
          note="minority stake; 004, 012 and 018 refer to it; different from Tatra's further 35% for €240m in 2026 (018); the implied value €450m is not a deal"),
        D("vltavatherm-moravenergie-2024", ["Moravenergie", "Vltavatherm"], "supply", 34_000_000, "EUR", "approx",
          "2024-05", "signed",
          "The Czech utility will pay the Plzeň manufacturer about €34 million for dry coolers, chillers and a heat-recovery loop, with delivery in three lots through 2025.",
          term=[None, "2025"],
          note="'The Czech utility' = Moravenergie, 'the Plzeň manufacturer' = Vltavatherm (previous sentence); 'signed earlier this month' -> 2024-05; "
               "009 restates it; different from the €12.5m follow-on order of 2026 (017)"),
    ],
    "not_deals": ["near €450m", "€450m — implied value", "€8.5m to €10m per megawatt", "€7m", "$1.3bn",
                  "PLN 0.71", "€149", "€99", "PLN 2,400 a month", "€18 a month"],
}

ARTICLES["003_traunwerk_danzig_traunufer.txt"] = {
    "published": "2024-07-11",
    "published_note": "from the byline date '11.7.2024, 06:00'; 'am Dienstag' -> 2024-07-09",
    "language": "de",
    "deals": [
        D("wisloport-traunwerk-2024", [WISLO, TRAUN], "supply", 45_000_000, "EUR", "exact",
          "2024-07-09", "signed",
          "Einen Auftrag über 45 Millionen Euro hat die Traunwerk Schaltanlagen GmbH an Land gezogen – den größten in der 71-jährigen Firmengeschichte.",
          note="amount first; the customer Wisłoport Data in the next sentence, 'Unterschrieben wurde am Dienstag' in the one after; "
               "different from the second order of ~€28m in 2025 (011)"),
        D("innviertler-traunwerk-credit", ["Innviertler Landesbank", TRAUN], "other", 30_000_000, "EUR", "up_to",
          "2024-07", "signed",
          "Die Innviertler Landesbank räumt Traunwerk eine zusätzliche Betriebsmittellinie von bis zu 30 Millionen Euro ein.",
          note="working-capital credit line; no day given -> month of the article"),
    ],
    "not_deals": ["212 Millionen Euro", "knapp 17 Millionen", "380 Millionen Euro", "2,4 Millionen Euro",
                  "1.050 Euro", "1.000 Euro", "39 Euro"],
}

ARTICLES["004_narew_wisloport_pomorze_en.html"] = {
    "published": "2024-09-26",
    "published_note": "only from <meta property='article:published_time'> and JSON-LD datePublished (no visible date); 'on Wednesday' -> 2024-09-25",
    "language": "en",
    "deals": [
        D("narew-wisloport-ppa", ["Narew Energia", WISLO], "supply", 1_200_000_000, "PLN", "approx",
          "2024-09-25", "signed",
          "Narew's stock exchange filing puts the value of the agreement at about 1.2 billion zloty (€280 million) over its ten years.",
          alt_amounts=[alt(280_000_000, "EUR")], term=["2026", "2035"],
          note="parties, term 2026-2035 and 'announced on Wednesday' in the previous sentence; wind power supply; "
               "008, 012 and 016 mention it without amount; different from the 2026 substation joint venture of the same pair (016)"),
        N("tatra-wisloport-2024", [TATRA, WISLO], "investment", "2024", "completed",
          "Wisłoport, in which Vienna's Tatra Infrastructure Partners took a large minority stake in the spring, needs up to 60 MW by 2027.",
          note="background reference to the €180m stake of 002, no amount"),
        D("microsoft-poland-2020", ["Microsoft"], "capex_plan", 1_000_000_000, "USD", "exact",
          "2020", "announced",
          "Microsoft promised to invest $1 billion in the country back in 2020 and opened its Warsaw cloud region three years later.",
          required=False,
          note="background: the 2020 pledge for Poland; optional; different from the PLN 2.8bn plan of 2025 (007)"),
    ],
    "not_deals": ["PLN 390 to PLN 420 per MWh", "PLN 410 million", "PLN 38.40", "PLN 485 per MWh",
                  "€17 per square metre", "EUR/PLN 4.278", "PLN 1.1 million", "PLN 29 a month"],
}

ARTICLES["005_balatonrack_tiszacom_pester.txt"] = {
    "published": "2024-11-14",
    "published_note": "from the dateline 'Budapest, 14. November' (no year) and the copyright line '© 2024'; 'am Dienstag' -> 2024-11-12",
    "language": "de",
    "deals": [
        D("tiszacom-balatonrack-contract", ["TiszaCom", "Balatonrack"], "cloud_contract", 37_000_000, "EUR", "approx",
          "2024-11-12", "signed",
          "Über die fünfjährige Laufzeit fließen dafür rund 37 Millionen Euro an den Betreiber, wie beide Seiten am Dienstag mitteilten.",
          kind_alt=["other"],
          note="colocation and cloud contract; parties in the previous sentences ('den Betreiber' = Balatonrack, genitive 'Balatonracks Halle'); "
               "014 restates it; different from the 2025 sale of TiszaCom's Debrecen data centre to Balatonrack (014)"),
        D("erste-balatonrack-loan", ["Erste Group", "Balatonrack"], "other", 100_000_000, "EUR", "exact",
          "2024-11", "signed",
          "Ein Bankenkonsortium unter Führung der Erste Group stellt Balatonrack einen Kredit über 100 Millionen Euro zur Verfügung, die Laufzeit beträgt sieben Jahre.",
          note="syndicated loan led by Erste Group; no day given -> month of the article; the government grant in the next sentence is not a deal"),
        D("tatra-balatonrack-denied", [TATRA, "Balatonrack"], "acquisition", 250_000_000, "EUR", "up_to",
          "2024-11", "rumored",
          "Berichte, wonach der Wiener Infrastrukturfonds Tatra Infrastructure Partners bis zu 250 Millionen Euro für Balatonrack auf den Tisch legen wolle, wies Szalóky zurück: „Wir verkaufen nicht, wir bauen.\"",
          required=False,
          note="rumoured offer denied by the founder; optional"),
    ],
    "not_deals": ["28 Millionen Euro", "3,2 Milliarden Forint", "96 Euro je Megawattstunde", "409 je Euro",
                  "66 Forint je Aktie", "25.000 Forint", "90.000 Forint monatlich"],
}

ARTICLES["006_carpathian_letter_jan25_en.txt"] = {
    "published": "2025-01-30",
    "published_note": "from the issue line 'No. 41 — 30 January 2025' (a Thursday); 'last Friday' -> 2025-01-24, 'on Monday' -> 2025-01-27",
    "language": "en",
    "deals": [
        D("stargate-2025", ["SoftBank", "OpenAI", "Oracle", "MGX"], "joint_venture", 500_000_000_000, "USD", "up_to",
          "2025-01-21", "announced",
          "On 21 January SoftBank, OpenAI and Oracle, with Abu Dhabi's MGX alongside, unveiled Stargate at the White House: a joint company meant to pour up to $500 billion into American data centres over four years.",
          kind_alt=["capex_plan", "project"],
          note="the initial $100 billion in the next sentence is part of this deal (not_deals)"),
        D("microsoft-fy2025-capex", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx",
          "2025-01-03", "announced",
          "In a blog post on 3 January, president Brad Smith said the company was on track to spend roughly $80 billion on AI-enabled data centres in the fiscal year that ends in June.",
          term=["2024-07", "2025-06"],
          note="'the company' = Microsoft (previous sentence); fiscal year July 2024 - June 2025; 008 restates it"),
        D("meta-2025-capex", ["Meta"], "capex_plan", 60_000_000_000, "USD", "range",
          "2025-01-24", "announced",
          "Meta followed last Friday: Mark Zuckerberg guided capital expenditures for 2025 to between $60 billion and $65 billion, and promised well over a gigawatt of new compute by year-end.",
          amount_max=65_000_000_000,
          note="capex guidance counts as a capex plan; 008 restates it"),
        D("ariesdata-seriesa", [TATRA, "Arieșdata"], "investment", 55_000_000, "USD", "exact",
          "2025-01-27", "completed",
          "Closer to home, Cluj's GPU cloud Arieșdata closed a $55 million Series A on Monday, led by Tatra Infrastructure Partners.",
          alt_amounts=[alt(53_000_000, "EUR")],
          note="lead investor listed; the $40m equity / $15m venture-debt split (next sentence) is part of this round (not_deals); "
               "013 restates it; different from the €90m Series B of 2026 (020)"),
    ],
    "not_deals": ["$100 billion", "$590 billion", "$40m", "$15m", "$2.10", "$1.85", "€9.3 million",
                  "€45 per hour", "€120"],
}

ARTICLES["007_microsoft_polen_mwd.txt"] = {
    "published": "2025-02-25",
    "published_note": "from the header '25.02.2025 – 10:42'; 'am Montag' -> 2025-02-24",
    "language": "de",
    "deals": [
        D("microsoft-poland-2025", ["Microsoft"], "capex_plan", 2_800_000_000, "PLN", "approx",
          "2025-02-24", "announced",
          "Microsoft will bis zur Jahresmitte 2026 rund 2,8 Milliarden Złoty in seine polnischen Rechenzentren stecken, umgerechnet knapp 700 Millionen Dollar oder etwa 670 Millionen Euro.",
          alt_amounts=[alt(700_000_000, "USD"), alt(670_000_000, "EUR")], term=[None, "2026-06"],
          note="announced 'am Montag' in Warsaw (next sentence); 008 and 018 restate it"),
        D("microsoft-poland-2020", ["Microsoft"], "capex_plan", 1_000_000_000, "USD", "exact",
          "2020", "announced",
          "Es ist nicht das erste Versprechen des US-Softwarekonzerns an Polen: Bereits 2020 hatte Microsoft eine Milliarde Dollar für den Aufbau der Warschauer Region zugesagt.",
          required=False,
          note="background pledge of 2020 (as in 004), amount in words; optional"),
        D("wisloport-phase2-capex", [WISLO], "capex_plan", 3_400_000_000, "PLN", "exact",
          "2025-02", "planned",
          "Der Rechenzentrumsentwickler Wisłoport Data hatte Anfang Februar angekündigt, für die zweite Ausbaustufe seines Campus bei Pruszcz Gdański weitere 3,4 Milliarden Złoty auszugeben.",
          kind_alt=["project"],
          note="'Anfang Februar' -> 2025-02; 012 restates it; the 410 million złoty spent so far are a cumulative total (not_deals)"),
    ],
    "not_deals": ["1 Milliarde Złoty", "410 Millionen Złoty", "36 bis 42 Millionen Złoty", "387,60 Euro",
                  "gut 3 Billionen Dollar"],
}

ARTICLES["008_capex_tally_wawel_en.txt"] = {
    "published": "2025-02-28",
    "published_note": "from the header 'Feb 28, 2025 · 7:15 AM CET'; 'Feb. 4' -> 2025-02-04, 'Two days later' -> 2025-02-06, 'on Monday' -> 2025-02-24",
    "language": "en",
    "deals": [
        D("alphabet-2025-capex", ["Alphabet"], "capex_plan", 75_000_000_000, "USD", "approx",
          "2025-02-04", "announced",
          "Alphabet told investors on Feb. 4 that it expects to invest about $75 billion in 2025, far above the roughly $58 billion analysts had expected.",
          note="the analysts' $58bn expectation is not a deal"),
        D("amazon-2025-capex", ["Amazon"], "capex_plan", 100_000_000_000, "USD", "approx",
          "2025-02-06", "announced",
          "Two days later Amazon's Andy Jassy signalled that his company would spend in the neighbourhood of $100 billion in 2025, the bulk of it on AWS.",
          note="'Two days later' after Feb. 4 -> 2025-02-06; 'in the neighbourhood of' -> approx"),
        D("microsoft-fy2025-capex", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx",
          "2025-01", "announced",
          "Add Microsoft's ~$80 billion for its fiscal year (flagged in January) and Meta's $60bn-$65bn range, and the four are on course for well over $300 billion.",
          note="restates 006; '~' -> approx; 'flagged in January' -> 2025-01; the $300bn sum is not a deal"),
        D("meta-2025-capex", ["Meta"], "capex_plan", 60_000_000_000, "USD", "range",
          None, "announced",
          "Add Microsoft's ~$80 billion for its fiscal year (flagged in January) and Meta's $60bn-$65bn range, and the four are on course for well over $300 billion.",
          amount_max=65_000_000_000,
          note="restates 006 (second deal in the same sentence); no date given here"),
        D("microsoft-poland-2025", ["Microsoft"], "capex_plan", 2_800_000_000, "PLN", "exact",
          "2025-02-24", "announced",
          "For our coverage, the only item that lands directly on Polish soil came on Monday: Microsoft's PLN 2.8 billion (around $700 million) for its Warsaw cloud region through mid-2026.",
          term=[None, "2026-06"],
          note="same plan as 007; 'on Monday' -> 2025-02-24"),
        N("narew-wisloport-ppa", ["Narew Energia", WISLO], "supply", None, "signed",
          "The utility's 2024 EBITDA should come in near PLN 1.05 billion; its ten-year wind contract with Wisłoport Data adds visibility from 2026.",
          note="amount-less reference to the 2024 contract (004); 'The utility' = Narew; the EBITDA estimate is not a deal"),
    ],
    "not_deals": ["roughly $58 billion", "well over $300 billion", "PLN 41.10", "PLN 17.35", "$120.15",
                  "PLN 48", "PLN 44", "PLN 1.05 billion", "$12 billion", "$28.8 billion", "€100,000"],
}

ARTICLES["009_moravenergie_kladno_moldaupost.txt"] = {
    "published": "2025-04-10",
    "published_note": "from the issue line 'Nr. 15/2025 · Donnerstag, 10. April 2025'; 'am Dienstag' -> 2025-04-08",
    "language": "de",
    "deals": [
        D("moravenergie-kladno-capex", ["Moravenergie"], "capex_plan", 480_000_000, "EUR", "approx",
          "2025-04-08", "planned",
          "Der Brünner Versorger Moravenergie hat am Dienstag seine Pläne für einen Rechenzentrumscampus in Kladno konkretisiert: Knapp 480 Millionen Euro will das Unternehmen bis 2028 in drei Hallen mit zusammen 48 Megawatt investieren.",
          kind_alt=["project"], term=[None, "2028"],
          note="'knapp' -> approx; 'das Unternehmen' = Moravenergie"),
        D("vltavatherm-moravenergie-2024", ["Moravenergie", "Vltavatherm"], "supply", 34_000_000, "EUR", "approx",
          "2024-05", "signed",
          "Kühlaggregate und Wärmerückgewinnung liefert die Pilsner Vltavatherm, die den Auftrag schon im Mai vergangenen Jahres erhalten hatte; dessen Volumen liegt bei rund 34 Millionen Euro.",
          note="restates the 2024 order of 002 ('im Mai vergangenen Jahres' -> 2024-05); the customer Moravenergie from the previous paragraph"),
    ],
    "not_deals": ["9 bis 11 Millionen Euro", "3,1 Milliarden Kronen", "58 Milliarden Kronen", "612 Kronen",
                  "rund 1,5 Milliarden Kronen", "220 Millionen Kronen", "4 Kronen pro kWh"],
}

ARTICLES["010_microsoft_switzerland_limmat_en.html"] = {
    "published": "2025-06-05",
    "published_note": "from <meta name='pubdate'>, JSON-LD and the visible <time> 'Published 5 June 2025, 14:20' (a Thursday); 'on Tuesday' -> 2025-06-03, 'last Wednesday' -> 2025-05-28",
    "language": "en",
    "deals": [
        D("microsoft-switzerland-2025", ["Microsoft"], "capex_plan", 400_000_000, "USD", "exact",
          "2025-06-03", "announced",
          "Microsoft will invest $400 million in its Swiss data centres near Zurich and Geneva, the company said on Tuesday, roughly CHF 330 million at current rates.",
          alt_amounts=[alt(330_000_000, "CHF")],
          note="019 mentions it without amount"),
        D("surbtal-reussdata-ppa", ["Surbtal Energie", "Reussdata"], "supply", 18_000_000, "CHF", "approx",
          "2025-05-28", "signed",
          "Reussdata will pay about CHF 18 million a year for river-run electricity from 2026, chief financial officer Reto Imboden told the Observer.",
          per="year", term=["2026", "2035"],
          note="yearly rate of a ten-year power contract; the supplier Surbtal Energie and 'last Wednesday' in the previous sentence; "
               "different from Surbtal's 2026 stake in Reussdata (019)"),
    ],
    "not_deals": ["CHF 1.4 billion", "about CHF 800 million", "CHF 180 to 220 per kilowatt per month",
                  "CHF 9.6 million", "CHF 35 million", "27 Rappen", "CHF 490", "CHF 12.50 a month"],
}

ARTICLES["011_traunwerk_enns_ringstrasse.txt"] = {
    "published": "2025-07-16",
    "published_note": "from the date line 'Wien, Mittwoch, 16. Juli 2025'; 'gestern' -> 2025-07-15",
    "language": "de",
    "deals": [
        D("traunwerk-ennshafen-capex", [TRAUN], "capex_plan", 120_000_000, "EUR", "exact",
          "2025-07-15", "planned",
          "Das Familienunternehmen aus Enns will 120 Millionen Euro in ein zweites Werk im Ennshafen investieren, wie Geschäftsführer Florian Aichberger gestern in Linz ankündigte.",
          kind_alt=["project"], term=[None, "2027"],
          note="'Das Familienunternehmen aus Enns' = Traunwerk (previous sentence); the aws grant for the plant is not a deal"),
        N("wisloport-traunwerk-2024", [WISLO, TRAUN], "supply", "2024", "signed",
          "Der Danziger Rechenzentrumsentwickler Wisłoport Data, der Traunwerk schon vor einem Jahr den bisher größten Auftrag der Firmengeschichte beschert hatte, hat Mitte Juni nachbestellt: Knapp 28 Millionen Euro ist der zweite Auftrag schwer, diesmal für Trafostationen der zweiten Ausbaustufe.",
          note="amount-less reference to the €45m order of 003 in a relative clause ('vor einem Jahr')"),
        D("wisloport-traunwerk-2025", [WISLO, TRAUN], "supply", 28_000_000, "EUR", "approx",
          "2025-06", "signed",
          "Der Danziger Rechenzentrumsentwickler Wisłoport Data, der Traunwerk schon vor einem Jahr den bisher größten Auftrag der Firmengeschichte beschert hatte, hat Mitte Juni nachbestellt: Knapp 28 Millionen Euro ist der zweite Auftrag schwer, diesmal für Trafostationen der zweiten Ausbaustufe.",
          note="second order of the pair ('Mitte Juni' -> 2025-06, 'knapp' -> approx); must stay apart from the €45m order of 2024"),
        D("eaton-fibrebond", ["Eaton", "Fibrebond"], "acquisition", 1_400_000_000, "USD", "exact",
          "2025-03", "signed",
          "Eaton kaufte im März den US-Modulbauer Fibrebond für 1,4 Milliarden Dollar, Schneider Electric hatte schon im Oktober 2024 drei Viertel des Flüssigkühlungsspezialisten Motivair übernommen – Kostenpunkt 850 Millionen Dollar.",
          note="sector comparison, two acquisitions in one sentence; 'im März' -> 2025-03"),
        D("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850_000_000, "USD", "exact",
          "2024-10", "signed",
          "Eaton kaufte im März den US-Modulbauer Fibrebond für 1,4 Milliarden Dollar, Schneider Electric hatte schon im Oktober 2024 drei Viertel des Flüssigkühlungsspezialisten Motivair übernommen – Kostenpunkt 850 Millionen Dollar.",
          note="75% stake, amount after a dash; 015 restates it"),
    ],
    "not_deals": ["455 Millionen Euro", "über 300 Millionen Euro", "6,5 Millionen Euro", "rund 90 Millionen Euro",
                  "3.240 Euro", "68,15 Euro", "61,40 Euro", "389 Euro"],
}

ARTICLES["012_wisloport_interview_amber_en.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Reading time: 7 minutes'); all deal dates null",
    "language": "en",
    "deals": [
        D("tatra-wisloport-2024", [TATRA, WISLO], "investment", 180_000_000, "EUR", "exact",
          None, "completed",
          "When Tatra came in with 180 million euros for 40 percent, the banks started returning our calls.",
          note="restates the 2024 stake (002) in the interviewee's words; undated interview"),
        D("nadwislanski-wisloport-loan", ["Bank Nadwiślański", WISLO], "other", 900_000_000, "PLN", "exact",
          None, "signed",
          "Bank Nadwiślański has given us a construction loan of 900 million zloty, together with two cooperative banks from Kashubia.",
          note="construction loan; 'us' = Wisłoport Data (the interviewee's company)"),
        N("narew-wisloport-ppa", ["Narew Energia", WISLO], "supply", None, "signed",
          "From Narew's wind farms in Warmia, under the contract we signed with them.",
          note="amount-less reference to the 2024 power contract (004); 'we' = Wisłoport"),
        D("wisloport-phase2-capex", [WISLO], "capex_plan", 3_400_000_000, "PLN", "exact",
          None, "planned",
          "Phase two costs us 3.4 billion zloty.",
          kind_alt=["project"],
          note="restates the phase-two plan of 007; 'us' = Wisłoport; 'a little over 600 million' spent so far is a cumulative total"),
    ],
    "not_deals": ["a little over 600 million", "around 8 million euros", "11,000 zloty a month", "PLN 24.90", "PLN 89"],
}

ARTICLES["013_ariesdata_hidroelectrica_bote.txt"] = {
    "published": "2025-10-09",
    "published_note": "from the dateline 'Klausenburg, 9. Oktober 2025.' (a Thursday); 'am Mittwoch' -> 2025-10-08",
    "language": "de",
    "deals": [
        D("hidroelectrica-ariesdata-ppa", ["Hidroelectrica", "Arieșdata"], "supply", 120_000_000, "EUR", "at_least",
          "2025-10-08", "signed",
          "Der Vertrag hat nach Angaben von Arieșdata einen Wert von mehr als 120 Millionen Euro.",
          term=["2026-01", "2037"],
          note="'mehr als' -> at_least; supplier Hidroelectrica, twelve-year term from January and 'am Mittwoch' in the previous sentences"),
        D("ariesdata-nvidia-order", ["Arieșdata", "Nvidia"], "supply", 130_000_000, "USD", "range",
          "2025-09", "signed",
          "Einen Preis nennt das Unternehmen nicht; Analysten der Bukarester Investmentbank Olteanu & Weiss veranschlagen das Volumen auf 130 bis 160 Millionen Dollar.",
          amount_max=160_000_000,
          note="value only from analysts; the GPU order placed 'Im September' with Nvidia in the previous sentence"),
        D("ariesdata-seriesa", [TATRA, "Arieșdata"], "investment", 55_000_000, "USD", "exact",
          "2025-01", "completed",
          "Im Januar hatte das Start-up 55 Millionen Dollar in einer Serie-A-Runde unter Führung von Tatra Infrastructure Partners eingesammelt; die Wiener sind auch an einem Danziger Rechenzentrum beteiligt.",
          note="restates 006; 'das Start-up' = Arieșdata; 'Im Januar' -> 2025-01"),
    ],
    "not_deals": ["24 Millionen Euro", "7 Millionen", "2,2 Millionen Euro", "1,90 Dollar",
                  "108 Euro je Megawattstunde", "390 Lei pro Monat"],
}

ARTICLES["014_tiszacom_debrecen_pannonia_en.txt"] = {
    "published": "2025-11-20",
    "published_note": "from the header 'November 20, 2025 | 11:05 CET'; dateline 'Nov 19', 'on Wednesday' -> 2025-11-19",
    "language": "en",
    "deals": [
        D("tiszacom-balatonrack-debrecen", ["Balatonrack", "TiszaCom"], "acquisition", 23_000_000, "EUR", "exact",
          "2025-11-19", "signed",
          "Hungarian regional carrier TiszaCom has agreed to sell its data centre in Debrecen to colocation operator Balatonrack for 23 million euros, the two companies said on Wednesday, as the telecoms group sheds property to fund its fibre roll-out.",
          kind_alt=["other"],
          note="asset sale; different from the 2024 colocation contract of the same pair (005, restated below)"),
        N("tiszacom-balatonrack-leaseback", ["TiszaCom", "Balatonrack"], "other", "2025-11-19", "signed",
          "The 4-megawatt facility, built in 2011 next to TiszaCom's headquarters, will keep serving the seller's own network under a lease-back.",
          note="lease-back that is part of the sale, no amount; optional"),
        D("tiszacom-balatonrack-contract", ["TiszaCom", "Balatonrack"], "cloud_contract", 37_000_000, "EUR", "approx",
          "2024", "signed",
          "TiszaCom already pays Balatonrack about 37 million euros over five years under a colocation and cloud contract signed last year, which moved its core systems to Balatonrack's site in Székesfehérvár.",
          note="restates the 2024 contract of 005 ('last year' -> 2024)"),
        D("tiszacom-fibre-capex", ["TiszaCom"], "capex_plan", 170_000_000, "EUR", "exact",
          None, "planned",
          "He said the proceeds would go towards the 170 million euros the group plans to spend on fibre by 2028.",
          term=[None, "2028"],
          note="a stated spending plan ('the group' = TiszaCom); when it was first announced is not given"),
    ],
    "not_deals": ["1,284 forints", "roughly 310 billion forints", "41.7 billion forints", "33 million euros",
                  "25 billion forints"],
}

ARTICLES["015_vertiv_vltavatherm_kursfenster.html"] = {
    "published": "2026-01-22",
    "published_note": "from <meta name='date'>, JSON-LD datePublished and the visible byline '22.01.2026, 08:37'",
    "language": "de",
    "deals": [
        D("vertiv-vltavatherm", ["Vertiv", "Vltavatherm"], "acquisition", 190_000_000, "EUR", "approx",
          "2026", "rumored",
          "Der Konzern verhandle exklusiv über den Kauf der tschechischen Vltavatherm, genannt werde ein Kaufpreis um die 190 Millionen Euro einschließlich Schulden, berichten zwei mit den Gesprächen vertraute Personen.",
          alt_amounts=[alt(188_000_000, "EUR")],
          note="'Der Konzern' = Vertiv (previous sentence, 'Insidern zufolge'); 017 reports the signing at €188m on 2026-05-12 (alt_amounts), "
               "020 the completion; the year keeps the shared id's dates consistent"),
        D("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850_000_000, "USD", "exact",
          "2024", "completed",
          "Zum Vergleich: Der 850-Millionen-Dollar-Deal, mit dem sich Schneider Electric im Herbst 2024 drei Viertel der US-Firma Motivair sicherte, war gemessen am Umsatz deutlich teurer.",
          note="restates 011 as a compound ('850-Millionen-Dollar-Deal'); 'im Herbst 2024' -> 2024"),
    ],
    "not_deals": ["gut 60 Millionen Euro", "rund 10,5 Milliarden Dollar", "148,90 Dollar", "knapp 57 Milliarden Dollar",
                  "175 Dollar", "jährlich 4 Milliarden Euro", "0 Euro Depotgebühr", "3,90 Euro je Order"],
}

ARTICLES["016_warsaw_markets_live_en.txt"] = {
    "published": "2026-03-17",
    "published_note": "from the liveblog header 'Tuesday 17 March 2026'; the entries are of that day",
    "language": "en",
    "deals": [
        D("microsoft-wisloport-lease", ["Microsoft", WISLO], "other", 2_000_000_000, "PLN", "approx",
          "2026", "rumored",
          "Microsoft is reportedly close to renting the entire first hall of Wisłoport Data's campus near Gdańsk for 15 years, in a deal worth about PLN 2 billion, the business daily Dziennik Oliwski reports, citing two insiders.",
          kind_alt=["cloud_contract"], alt_amounts=[alt(2_100_000_000, "PLN"), alt(495_000_000, "EUR")],
          note="rumoured lease of data-centre space; 018 reports the signing at PLN 2.1bn (€495m) on 2026-07-08 (alt_amounts), 020 restates it; "
               "the year keeps the shared id's dates consistent; different from Microsoft's PLN 2.8bn Poland plan"),
        D("narew-wisloport-substation-jv", ["Narew Energia", WISLO], "joint_venture", 260_000_000, "PLN", "exact",
          "2026-03-17", "announced",
          "The two sides will each contribute PLN 130 million, so the venture starts with PLN 260 million (roughly €61 million) of capital.",
          alt_amounts=[alt(61_000_000, "EUR")],
          note="'The two sides' = Narew Energia and Wisłoport Data (previous sentence, filing of the day); each side's PLN 130m is a part (not_deals); "
               "different from the 2024 power contract of the same pair"),
        N("narew-wisloport-ppa", ["Narew Energia", WISLO], "supply", "2024", "signed",
          "Narew says it is separate from the ten-year wind supply contract the partners signed in 2024.",
          note="amount-less reference to the 2024 contract (004)"),
    ],
    "not_deals": ["PLN 57.80", "€140 to €165 per kilowatt per month", "PLN 5 billion", "PLN 130 million", "PLN 64",
                  "PLN 690 million", "EUR/PLN trades at 4.21", "$71.40", "$181.25", "PLN 1 in the first month", "PLN 39"],
}

ARTICLES["017_vertiv_vltavatherm_vorlauf.txt"] = {
    "published": "2026-05-13",
    "published_note": "from the line 'Meldung 19/2026 · … · 13.05.2026'; 'am Dienstag' -> 2026-05-12",
    "language": "de",
    "deals": [
        D("vertiv-vltavatherm", ["Vertiv", "Vltavatherm"], "acquisition", 188_000_000, "EUR", "exact",
          "2026-05-12", "signed",
          "Der Kaufpreis beträgt 188 Millionen Euro und wird in bar beglichen; er schließt die Finanzschulden des Unternehmens ein.",
          note="parties and 'am Dienstag' signing in the previous sentences; the deal rumoured in 015"),
        D("vltavatherm-moravenergie-2026", ["Moravenergie", "Vltavatherm"], "supply", 12_500_000, "EUR", "exact",
          "2026-05", "signed",
          "Der Brünner Versorger Moravenergie bestellt für die zweite Halle seines Kladnoer Campus weitere Kühltechnik, das Volumen dieses Folgeauftrags liegt bei 12,5 Millionen Euro.",
          note="follow-on order 'schon vor der Unterschrift' (before 2026-05-12) -> 2026-05; 'die Pilsner' = Vltavatherm; "
               "must stay apart from the 2024 order of the same pair"),
        N("vltavatherm-moravenergie-2024", ["Moravenergie", "Vltavatherm"], "supply", "2024", "completed",
          "Die erste Halle hatte Vltavatherm bereits 2024 ausgestattet.",
          note="amount-less reference to the 2024 order (002, 009)"),
    ],
    "not_deals": ["61 Millionen Euro", "13,4 Millionen Euro", "10,5 Milliarden Dollar", "89 Euro", "248 Euro"],
}

ARTICLES["018_microsoft_wisloport_motlawa_en.txt"] = {
    "published": "2026-07-09",
    "published_note": "from the date line 'Gdańsk · Thursday, 9 July 2026'; 'on Wednesday' and 'On the same day' -> 2026-07-08",
    "language": "en",
    "deals": [
        D("microsoft-wisloport-lease", ["Microsoft", WISLO], "other", 2_100_000_000, "PLN", "exact",
          "2026-07-08", "signed",
          "Over the full term the lease is worth PLN 2.1 billion, about €495 million, making it the largest single rental contract for a Polish data centre to date.",
          kind_alt=["cloud_contract"], alt_amounts=[alt(495_000_000, "EUR")], term=["2026", "2041"],
          note="parties, fifteen-year term and 'said on Wednesday' in the previous sentence; the lease rumoured in 016"),
        D("microsoft-poland-2025", ["Microsoft"], "capex_plan", 2_800_000_000, "PLN", "exact",
          "2025-02", "announced",
          "The commitment sits on top of the PLN 2.8 billion that Microsoft pledged for its Polish cloud region in February 2025, a company spokeswoman said.",
          note="restates 007; must stay apart from the lease"),
        D("tatra-wisloport-2026", [TATRA, WISLO], "investment", 240_000_000, "EUR", "exact",
          "2026-07-08", "signed",
          "Tatra Infrastructure Partners, which bought 40% of the company two years ago, is paying a further €240 million for another 35%, lifting its holding to three-quarters.",
          kind_alt=["acquisition"],
          note="second stake purchase 'On the same day'; must stay apart from the 2024 stake named in the relative clause; implied value €686m is not a deal"),
        N("tatra-wisloport-2024", [TATRA, WISLO], "investment", "2024", "completed",
          "Tatra Infrastructure Partners, which bought 40% of the company two years ago, is paying a further €240 million for another 35%, lifting its holding to three-quarters.",
          note="amount-less reference to the 2024 stake in a relative clause ('two years ago')"),
    ],
    "not_deals": ["roughly €686 million", "about €450 million", "PLN 48 million", "PLN 9 million annually",
                  "PLN 11,500 a month", "PLN 1,200 a night", "PLN 60"],
}

ARTICLES["019_alpenrechner_schweiz_blog.txt"] = {
    "published": "2026-09-03",
    "published_note": "from the byline 'veröffentlicht am 3. September 2026'",
    "language": "de",
    "deals": [
        D("swisscom-vodafone-italia", ["Swisscom", "Vodafone Italia"], "acquisition", 8_000_000_000, "EUR", "exact",
          "2024", "completed",
          "Swisscom kümmerte sich mit der Ende 2024 vollzogenen Übernahme von Vodafone Italia für acht Milliarden Euro vor allem um Italien, Microsoft hat seine im Juni 2025 angekündigten Ausbauten in Zürich und Genf inzwischen in Betrieb genommen, und im Aargau versprach ein junger Anbieter namens Reussdata einen Campus.",
          note="restates 001; completed at the end of 2024 (agreement of 2024-03-15)"),
        N("microsoft-switzerland-2025", ["Microsoft"], "capex_plan", "2025-06", "completed",
          "Swisscom kümmerte sich mit der Ende 2024 vollzogenen Übernahme von Vodafone Italia für acht Milliarden Euro vor allem um Italien, Microsoft hat seine im Juni 2025 angekündigten Ausbauten in Zürich und Genf inzwischen in Betrieb genommen, und im Aargau versprach ein junger Anbieter namens Reussdata einen Campus.",
          note="amount-less reference to the $400m plan of 010"),
        D("reussdata-mellingen-capex", ["Reussdata"], "capex_plan", 350_000_000, "CHF", "approx",
          "2024", "planned",
          "Reussdata baut in Mellingen weiter an dem 2024 angekündigten Vorhaben für rund 350 Millionen Franken; die erste Halle läuft seit dem Frühjahr, Kosten pro Megawatt laut Firma: 12 Millionen Franken.",
          kind_alt=["project"],
          note="restates 001; the cost per megawatt is not a deal"),
        N("surbtal-reussdata-ppa", ["Surbtal Energie", "Reussdata"], "supply", None, "signed",
          "Den Strom liefert seit Januar die Surbtal Energie.",
          note="amount-less reference to the power contract of 010 (deliveries since January, signing date not given)"),
        D("surbtal-reussdata-stake", ["Surbtal Energie", "Reussdata"], "investment", 45_000_000, "CHF", "exact",
          "2026-08", "completed",
          "Im August hat sich Surbtal mit 20 Prozent an Reussdata beteiligt und dafür 45 Millionen Franken bezahlt, wie beide Seiten bestätigen.",
          note="20% stake; must stay apart from the power contract of the same pair; the implied CHF 225m value is not a deal"),
        D("tatra-reussdata", [TATRA, "Reussdata"], "acquisition", 400_000_000, "CHF", "approx",
          "2026-08", "rumored",
          "Im Raum stehen rund 400 Millionen Franken für das ganze Unternehmen – fast das Doppelte der Surbtal-Bewertung.",
          alt_amounts=[alt(430_000_000, "EUR")],
          note="talks reported by the blogger alone ('Nach meinen Informationen', previous sentence, 'seit Anfang August'); "
               "parties in the previous sentence; 020 reports that the talks collapsed (EUR 430m there)"),
    ],
    "not_deals": ["12 Millionen Franken", "225 Millionen Franken", "mehr als 2 Milliarden Franken",
                  "190 bis 240 Franken pro Kilowatt und Monat", "566 Franken", "5 Franken", "27 Rappen pro kWh"],
}

ARTICLES["020_carpathian_letter_nov26_en.txt"] = {
    "published": "2026-11-26",
    "published_note": "from the issue line 'No. 128 — 26 November 2026'; 'last week' -> 2026-11, 'in July' -> 2026-07",
    "language": "en",
    "deals": [
        D("tatra-reussdata", [TATRA, "Reussdata"], "acquisition", 400_000_000, "CHF", "approx",
          "2026", "cancelled",
          "People close to both camps say the talks, which put a price of around CHF 400 million (roughly €430 million) on the whole company, collapsed over who would control the second building phase.",
          alt_amounts=[alt(430_000_000, "EUR")],
          note="collapsed talks reported in 019; parties in the previous sentence; a cancelled deal keeps the year of the talks"),
        N("tatra-wisloport-2026", [TATRA, WISLO], "investment", "2026", "completed",
          "Tatra has had a busy year elsewhere: it now owns three-quarters of Gdańsk's Wisłoport Data.",
          note="amount-less reference to the 2026 stake increase (018)"),
        D("vertiv-vltavatherm", ["Vertiv", "Vltavatherm"], "acquisition", 188_000_000, "EUR", "exact",
          "2026-05", "completed",
          "Vertiv completed its €188m purchase of cooling maker Vltavatherm on 2 November, six months after signing.",
          note="closing on 2026-11-02; the date field keeps the agreement ('six months after signing' -> 2026-05), as in 017"),
        D("ariesdata-seriesb", ["Mureș Growth Partners", "Arieșdata"], "investment", 90_000_000, "EUR", "exact",
          "2026-11", "completed",
          "Arieșdata raised a €90 million Series B last week, roughly $104 million, led by newcomer Mureș Growth Partners with Tatra following on.",
          alt_amounts=[alt(104_000_000, "USD")],
          note="lead investor listed (Tatra only follows on); different from the $55m Series A led by Tatra (006)"),
        D("microsoft-wisloport-lease", ["Microsoft", WISLO], "other", 2_100_000_000, "PLN", "exact",
          "2026-07", "signed",
          "Wisłoport says the first Microsoft servers arrived this month under the PLN 2.1bn fifteen-year lease signed in July.",
          kind_alt=["cloud_contract"],
          note="restates 018 ('signed in July' -> 2026-07)"),
    ],
    "not_deals": ["€60m", "$2.35", "about €3.4 billion", "€6 billion", "€155 per kW per month", "PLN 75.20",
                  "PLN 72.50", "€90 a month", "€120 a year", "€12 a month"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
