#!/usr/bin/env python3
"""Write gold.json for corpus89 (the hand annotation, kept as a script so it can be edited).

Usage: python3 tests/corpus89/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


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


def alt(*pairs):
    return [{"amount": a, "currency": c} for a, c in pairs]


ABOUT = (
    "Hand-annotated deals in the eighty-ninth, held-out test corpus (tests/corpus89/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. Theme: data centres in Frankfurt/Rhein-Main and the Rhenish coalfield "
    "(municipal utilities, grid operators, district heating from waste heat, Sparkassen and Landesbank "
    "lending, developers, hyperscaler campuses) and English coverage of the same developments. One entry "
    "per article; a deal that several articles report carries the same id in each. 'required': false "
    "marks amount-less, vague, background or denied mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an "
    "error. Amounts are in full units and in the currency the article states; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
    "from the article's own date line, dateline, issue line, byline, meta tag / JSON-LD, or null when the "
    "article has none); a cancelled deal keeps the date of the original talks; rumours that later turn "
    "into signed deals carry only the year. 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles "
    "the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Westerbach Rechenzentren GmbH, Neffelbach Energie AG (with Neffelbach Netz), VilleCompute "
    "GmbH, Rheinauen Capital, Gersprenz Netz GmbH, Wärmeverbund Nidda, Lahnquell Kühltechnik GmbH, "
    "Vogelsberger Windstrom, Kältetechnik Seerhein AG; invented publications, research houses, "
    "advertisers and people are listed in invented_names.txt; the deals of real companies are partly "
    "real, partly invented or shifted. Nothing here is reporting.")

ALIASES = {
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "RWE": ["RWE", "RWE AG", "RWE Power"],
    "Neffelbach Energie": ["Neffelbach Energie", "Neffelbach Energie AG", "Neffelbach", "Neffelbach Netz"],
    "VilleCompute": ["VilleCompute", "VilleCompute GmbH"],
    "Rheinauen Capital": ["Rheinauen Capital", "Rheinauen"],
    "Equinix": ["Equinix", "Equinix Inc."],
    "Vogelsberger Windstrom": ["Vogelsberger Windstrom"],
    "Mainova": ["Mainova", "Mainova AG"],
    "Digital Realty": ["Digital Realty", "Digital Realty Trust"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Westerbach Rechenzentren": ["Westerbach Rechenzentren", "Westerbach Rechenzentren GmbH", "Westerbach"],
    "Helaba": ["Helaba", "Landesbank Hessen-Thüringen"],
    "Lahnquell Kühltechnik": ["Lahnquell Kühltechnik", "Lahnquell Kühltechnik GmbH", "Lahnquell"],
    "Oracle": ["Oracle", "Oracle Corp."],
    "Google": ["Google", "Alphabet"],
    "Amprion": ["Amprion", "Amprion GmbH"],
    "Siemens Energy": ["Siemens Energy", "Siemens Energy AG"],
    "Gersprenz Netz": ["Gersprenz Netz", "Gersprenz Netz GmbH", "Gersprenz"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "Wärmeverbund Nidda": ["Wärmeverbund Nidda"],
    "Kältetechnik Seerhein": ["Kältetechnik Seerhein", "Kältetechnik Seerhein AG", "Seerhein"],
    "Sparkasse KölnBonn": ["Sparkasse KölnBonn"],
    "NRW.BANK": ["NRW.BANK", "NRW.Bank"],
    "Stadt Dietzenbach": ["Stadt Dietzenbach"],
    "Data4": ["Data4"],
}

A = {}

A["001_microsoft_revier_erftland.txt"] = {
    "published": "2024-02-16",
    "published_note": "from the dateline 'Bergheim, 16. Februar 2024' (a Friday); 'am Donnerstag' -> 2024-02-15; 'vergangene Woche' -> February 2024; 'im vergangenen Jahr' -> 2023",
    "language": "de",
    "deals": [
        D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3200000000, "EUR", "approx", "2024-02-15", "announced",
          "Bis Ende kommenden Jahres will der Konzern aus Redmond rund 3,2 Milliarden Euro in Cloud- und KI-Kapazitäten hierzulande stecken, wie Microsoft am Donnerstag in Berlin mitteilte.",
          term=["2024", "2025"], alt_amounts=alt((3450000000, "USD"), (2740000000, "GBP")),
          note="capital-spending plan of the spender only; 'Bis Ende kommenden Jahres' in a 2024 paper -> end of 2025; USD and GBP from 002"),
        D("rwe-microsoft-land", ["RWE", "Microsoft"], "acquisition", None, None, None, "2023", "completed",
          "Die Äcker dort hatte das Unternehmen bereits im vergangenen Jahr von RWE gekauft; was dafür gezahlt wurde, behalten beide Seiten bis heute für sich.",
          required=False, kind_alt=["other"], note="land purchase without a price, background; 'das Unternehmen' = Microsoft"),
        D("microsoft-neffelbach-grid-2024", ["Microsoft", "Neffelbach Energie"], "other", 85000000, "EUR", "approx", "2024-02", "signed",
          "Nach Informationen dieser Zeitung zahlt der Softwarekonzern dem Versorger für ein neues Umspannwerk samt Kabeltrasse rund 85 Millionen Euro; unterschrieben wurde schon vergangene Woche.",
          kind_alt=["supply", "project"],
          note="'der Softwarekonzern' = Microsoft, 'dem Versorger' = Neffelbach Energie AG (previous sentence); grid-connection contract; first of two Microsoft–Neffelbach deals (the heat joint venture of 2026 is the second)"),
    ],
    "not_deals": ["acht bis zwölf Millionen Euro", "gut 1,1 Milliarden Euro", "95 Euro je Quadratmeter",
                  "14,8 Milliarden Euro", "2.490 Euro"],
}

A["002_rhine_rack_letter_feb_en.txt"] = {
    "published": "2024-02-20",
    "published_note": "from the issue line 'Issue 9 — Tuesday 20 February 2024'; 'last Thursday' -> 2024-02-15; 'on Monday' -> 2024-02-19; 'last week' -> February 2024",
    "language": "en",
    "deals": [
        D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3200000000, "EUR", "exact", "2024-02-15", "announced",
          "Microsoft said last Thursday it would pour €3.2bn (roughly $3.45bn, or £2.74bn) into German cloud and AI capacity by the end of 2025, which it says will more than double what it runs in the country.",
          term=["2024", "2025"], alt_amounts=alt((3450000000, "USD"), (2740000000, "GBP"))),
        D("rheinauen-villecompute-seriesa-2024", ["Rheinauen Capital", "VilleCompute"], "investment", 120000000, "EUR", "exact", "2024-02-19", "completed",
          "VilleCompute, a two-year-old GPU cloud outfit from Grevenbroich that wants to put its racks on reclaimed opencast land, closed a €120m Series A on Monday.",
          note="lead investor Rheinauen Capital in the next sentence; first of two Rheinauen–VilleCompute rounds"),
        D("equinix-vogelsberger-wind-ppa", ["Equinix", "Vogelsberger Windstrom"], "supply", 18000000, "EUR", "approx", "2024-02", "signed",
          "Both parties confirmed the deal last week; someone who saw the term sheet says Equinix will pay about €18m a year for the output.",
          per="year", note="ten-year wind PPA named in the previous sentence; rate per year; different from the 2026 solar contract of the same pair (017)"),
    ],
    "not_deals": ["between €250m and €300m", "near €480m", "about €135m in all", "around €95 per megawatt-hour",
                  "€24bn", "€165–190 per kW per month", "£149", "£229"],
}

A["003_mainova_abwaerme_boersenecke.txt"] = {
    "published": "2024-05-08",
    "published_note": "from the header '08.05.2024 | 07:45 Uhr'; 'Am Dienstag' -> 2024-05-07",
    "language": "de",
    "deals": [
        D("mainova-digitalrealty-waste-heat", ["Mainova", "Digital Realty"], "project", 55000000, "EUR", "approx", "2024-05-07", "signed",
          "Mainova investiert dafür rund 55 Millionen Euro in zwei Großwärmepumpen und eine viereinhalb Kilometer lange Trasse.",
          kind_alt=["supply", "partnership"],
          note="the waste-heat contract with Digital Realty is in the previous sentence ('dafür'); Mainova's own investment for it"),
        D("mainova-capex-2028", ["Mainova"], "capex_plan", 2400000000, "EUR", "approx", "2024-05-07", "planned",
          "Zweitens hat der Vorstand seine Mittelfristplanung erneuert: Knapp 2,4 Milliarden Euro will der Konzern bis 2028 investieren, vor allem in Strom- und Wärmenetze sowie in neue Erzeugung.",
          term=["2024", "2028"], note="'der Konzern' = Mainova; the superseded 1.9bn plan is a not_deal"),
    ],
    "not_deals": ["16,5 Millionen Euro", "1,9 Milliarden Euro", "4,6 Milliarden Euro", "267 Millionen Euro",
                  "1,42 Euro je Aktie", "372,00 €", "131,80 €", "410 Euro je Anteilsschein",
                  "knapp zwei Milliarden Euro", "38 Euro im Monat", "0,99 Euro pro Order", "50 Euro gutgeschrieben"],
}

A["004_villecompute_frimmersdorf_en.html"] = {
    "published": "2024-07-18",
    "published_note": "only from <meta property=article:published_time> and JSON-LD datePublished (2024-07-18); no visible date; 'this month' -> July 2024; 'in February' -> February 2024",
    "language": "en",
    "deals": [
        D("rwe-villecompute-lease", ["RWE", "VilleCompute"], "other", 4500000, "EUR", "exact", "2024-07", "signed",
          "The rent starts at €4.5m a year and rises with inflation, according to planning papers filed with the town of Grevenbroich this month.",
          per="year", note="30-year land lease named in the previous sentence ('RWE has agreed to lease VilleCompute eleven hectares'); annual rent"),
        D("nvidia-villecompute-2024", ["Nvidia", "VilleCompute"], "supply", 400000000, "USD", "approx", "2024", "rumored",
          "VilleCompute is also close to ordering Nvidia Blackwell systems worth about $400 million, a pair of sources shown draft purchase papers said, a size that would put it among the larger non-hyperscale buyers in continental Europe.",
          alt_amounts=alt((370000000, "EUR")),
          note="sourced rumour, later confirmed (010, 020); year only so that it agrees with the order 'im Herbst 2024'; EUR from 010; different from the $650m order of October 2026"),
        D("rheinauen-villecompute-seriesa-2024", ["Rheinauen Capital", "VilleCompute"], "investment", 120000000, "EUR", "exact", "2024-02", "completed",
          "The start-up's €120m Series A, led by Rheinauen Capital in February, pays for the shell and the first 20 MW.",
          note="restated from 002"),
    ],
    "not_deals": ["roughly €480m", "€9.8m grant", "roughly €0.11 per kilowatt-hour", "€38,000 per rack"],
}

A["005_westerbach_helaba_untermain.txt"] = {
    "published": "2024-10-17",
    "published_note": "from the date line 'Donnerstag, 17. Oktober 2024 · Firmen & Märkte · S. 11'; 'Am Mittwoch' -> 2024-10-16; 'im September' -> September 2024",
    "language": "de",
    "deals": [
        D("helaba-westerbach-loan-2024", ["Helaba", "Westerbach Rechenzentren"], "other", 650000000, "EUR", "exact", "2024-10-16", "signed",
          "Am Mittwoch hat die Westerbach Rechenzentren GmbH dafür die Finanzierung unter Dach und Fach gebracht: Ein Bankenkonsortium unter Führung der Helaba stellt dem Eschborner Entwickler ein Baudarlehen über 650 Millionen Euro zur Verfügung.",
          kind_alt=["investment"],
          note="construction loan, lead arranger Helaba; the two 100m shares of Frankfurter Sparkasse and Naspa are parts of it (not_deals); first of two Helaba–Westerbach loans (the 900m refinancing of 2026 is the second)"),
        D("westerbach-eschborn-phase1", ["Westerbach Rechenzentren"], "project", 1100000000, "EUR", "approx", "2024-10", "planned",
          "Insgesamt veranschlagt Westerbach für den ersten Bauabschnitt mit 72 Megawatt rund 1,1 Milliarden Euro.",
          kind_alt=["capex_plan"], note="project cost of the first phase; 'Insgesamt' here is the project budget, not a cumulative total"),
        D("lahnquell-westerbach-cooling", ["Lahnquell Kühltechnik", "Westerbach Rechenzentren"], "supply", 40000000, "EUR", "approx", "2024-09", "signed",
          "Den Zuschlag erhielt die Wetzlarer Lahnquell Kühltechnik; das Auftragsvolumen liegt bei knapp 40 Millionen Euro.",
          note="the award by Westerbach 'im September' is in the previous sentence"),
    ],
    "not_deals": ["jeweils 100 Millionen Euro", "acht bis zehn Millionen Euro", "150 bis 180 Euro je Kilowatt und Monat",
                  "23 Millionen Euro", "690 Euro", "590 Euro"],
}

A["006_oracle_westerbach_feldberg_en.txt"] = {
    "published": "2025-03-05",
    "published_note": "from the time line 'March 5, 2025 · 07:10 CET' (dateline 'FRANKFURT, March 4'); 'last October' -> October 2024; 'in February' -> February 2025",
    "language": "en",
    "deals": [
        D("oracle-westerbach-lease", ["Oracle", "Westerbach Rechenzentren"], "other", 1400000000, "EUR", "approx", "2025", "rumored",
          "FRANKFURT, March 4 (Feldberg Wire) - Oracle is in advanced negotiations to lease the first phase of a data centre campus that Westerbach Rechenzentren is building in Eschborn, just west of Frankfurt, in an agreement valued at around €1.4 billion over 15 years, according to two people involved in the discussions.",
          kind_alt=["cloud_contract", "supply"], alt_amounts=alt((1600000000, "USD")),
          note="sourced talks, signed in 011; the rumour carries only the year so that the id's dates agree; USD from 013"),
        D("helaba-westerbach-loan-2024", ["Helaba", "Westerbach Rechenzentren"], "other", 650000000, "EUR", "exact", "2024-10", "signed",
          "The Eschborn developer has financed construction with a €650 million loan led by Helaba, the Hesse-Thuringia state bank, that was signed last October.",
          kind_alt=["investment"], note="restated from 005; 'The Eschborn developer' = Westerbach"),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 75000000000, "USD", "approx", "2025-02", "planned",
          "Hyperscalers have been scrambling for powered land around Frankfurt since Alphabet told investors in February it planned to lift capital spending to about $75 billion in 2025, with most of that going on data centres and the machines inside them.",
          term=["2025", "2025"], note="capital-spending plan for a year is a deal (capex_plan); Alphabet = Google"),
    ],
    "not_deals": ["$2.4 billion", "about $97 billion", "$152.40", "roughly €170 per kilowatt per month",
                  "about €11 million per megawatt"],
}

A["007_amprion_gersprenz_netzbrise.txt"] = {
    "published": "2025-04-04",
    "published_note": "from the issue line 'Ausgabe 14/2025 · 4. April 2025' (a Friday); 'am Mittwoch' -> 2025-04-02; 'im März' -> March 2025",
    "language": "de",
    "deals": [
        D("amprion-capex-2025-2029", ["Amprion"], "capex_plan", 36400000000, "EUR", "approx", "2025-04-02", "planned",
          "Für die Jahre 2025 bis 2029 sind nun rund 36,4 Milliarden Euro vorgesehen, ein großer Teil entfällt auf die Gleichstromverbindungen Richtung Süden und auf den Rhein-Main-Link.",
          term=["2025", "2029"], note="Amprion and 'am Mittwoch' in the previous sentence"),
        D("amprion-siemens-energy-converters", ["Amprion", "Siemens Energy"], "supply", None, None, None, None, "signed",
          "Die Konverterstationen für dieses Vorhaben hat das Unternehmen bereits an Siemens Energy vergeben, den Auftragswert nennen beide Seiten nicht.",
          required=False, note="no amount, undated background"),
        D("gersprenz-dietzenbach-substation", ["Gersprenz Netz"], "project", 170000000, "EUR", "range", "2025", "planned",
          "Die Kosten gibt das Unternehmen mit 170 bis 190 Millionen Euro an, Inbetriebnahme soll 2028 sein.",
          amount_max=190000000, kind_alt=["capex_plan"],
          note="'das Unternehmen' = Gersprenz Netz GmbH, the substation near Dietzenbach in the previous sentence; no announcement date given -> year"),
        D("vantage-gersprenz-contribution", ["Vantage Data Centers", "Gersprenz Netz"], "other", 38000000, "EUR", "exact", "2025-03", "signed",
          "Vantage Data Centers, dessen Offenbacher Campus an den neuen Knoten gehen soll, hat sich im März vertraglich verpflichtet, der Gersprenz Netz einen Baukostenzuschuss von 38 Millionen Euro zu zahlen.",
          kind_alt=["supply"], note="grid-connection contribution paid by a customer to the grid operator under a contract; not a subsidy"),
    ],
    "not_deals": ["391 Millionen Euro", "11,9 Cent je Kilowattstunde", "90 Euro je Kilowatt", "2,2 Millionen Euro",
                  "5,5 Milliarden Euro", "9.620 Dollar je Tonne", "249 Euro", "149 Euro", "480 Euro"],
}

A["008_heat_loop_nidda_en.txt"] = {
    "published": "2025-06-02",
    "published_note": "from the byline 'Posted 2 June 2025' (a Monday); 'On Thursday' -> 2025-05-29; 'A year ago' -> May 2024",
    "language": "en",
    "deals": [
        D("waermeverbund-westerbach-heat", ["Wärmeverbund Nidda", "Westerbach Rechenzentren"], "supply", 1200000, "EUR", "approx", "2025-05-29", "signed",
          "Wärmeverbund Nidda will pay about €1.2m a year for the heat, which arrives at 30 degrees and is lifted to 75 degrees by heat pumps the utility builds itself.",
          per="year", term=["2027", "2047"],
          note="20-year waste-heat offtake signed 'On Thursday' with 'Westerbach's new campus' (previous sentence); deliveries from winter 2027"),
        D("mainova-digitalrealty-waste-heat", ["Mainova", "Digital Realty"], "project", 55000000, "EUR", "approx", "2024-05", "signed",
          "A year ago Mainova committed some €55m to lift heat from Digital Realty's campus in Fechenheim into its own network.",
          kind_alt=["supply", "partnership"], note="restated from 003"),
        D("microsoft-neffelbach-heat-talks-2025", ["Microsoft", "Neffelbach Energie"], "partnership", None, None, None, "2025", "negotiating",
          "Microsoft and Neffelbach Energie are said to be talking about heat from the Bergheim halls, but neither side will confirm it.",
          required=False, kind_alt=["joint_venture", "supply"],
          note="unconfirmed talks without an amount; a separate optional id because the 2026 joint venture (015, 016) carries an amount that this earlier mention lacks"),
    ],
    "not_deals": ["€8 to €15 per megawatt-hour", "€25–35", "about €1.1m per megawatt", "about €3bn", "€240", "€6 a month"],
}

A["009_lahnquell_seerhein_chiller_en.txt"] = {
    "published": "2025-07-22",
    "published_note": "from the dateline 'WETZLAR, Germany, 22 July 2025' (a Tuesday); 'on Monday' -> 2025-07-21; 'Since autumn 2024' -> 2024",
    "language": "en",
    "deals": [
        D("lahnquell-seerhein-acquisition", ["Lahnquell Kühltechnik", "Kältetechnik Seerhein"], "acquisition", 26000000, "CHF", "exact", "2025-07-21", "signed",
          "The price is CHF 26 million; the deal should close between October and December once the competition authorities have cleared it.",
          note="parties and the signing 'on Monday' in the two previous sentences"),
        D("lahnquell-westerbach-cooling", ["Lahnquell Kühltechnik", "Westerbach Rechenzentren"], "supply", 40000000, "EUR", "approx", "2024", "signed",
          "Since autumn 2024 Lahnquell has been equipping the Eschborn campus of Westerbach Rechenzentren, an order worth just under €40 million.",
          note="restated from 005; 'just under' -> approx"),
        D("lahnquell-vantage-offenbach", ["Lahnquell Kühltechnik", "Vantage Data Centers"], "supply", None, None, None, "2025", "signed",
          "It recently added a contract from Vantage Data Centers for the Offenbach campus, whose value it describes only as \"a mid-double-digit million euro amount\".",
          required=False, note="value only vague ('a mid-double-digit million euro amount') -> no amount, optional; 'It' = Lahnquell"),
    ],
    "not_deals": ["CHF 31 million", "€212 million", "€340 million", "€2.4 million", "€18 per kilogram", "€1,150"],
}

A["010_interview_villecompute_kohle_code.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'Lesezeit: 6 Minuten'); the dates come from explicit months and years in the answers",
    "language": "de",
    "deals": [
        D("rheinauen-villecompute-seriesa-2024", ["Rheinauen Capital", "VilleCompute"], "investment", 120000000, "EUR", "exact", "2024-02", "completed",
          "Mit den 120 Millionen Euro aus der Runde, die Rheinauen im Februar 2024 angeführt hat, haben wir Hallen und Anschluss bezahlt.",
          note="'wir' = VilleCompute (the interviewee's company)"),
        D("sparkasse-nrwbank-villecompute-loan", ["Sparkasse KölnBonn", "NRW.BANK", "VilleCompute"], "other", 300000000, "EUR", "exact", "2025-03", "signed",
          "Im März 2025 haben wir deshalb mit der Sparkasse KölnBonn und der NRW.BANK einen Kredit über 300 Millionen Euro unterschrieben.",
          kind_alt=["investment"], note="'wir' = VilleCompute"),
        D("nvidia-villecompute-2024", ["Nvidia", "VilleCompute"], "supply", 370000000, "EUR", "approx", "2024", "signed",
          "Im Herbst 2024 haben wir bei Nvidia Systeme für rund 370 Millionen Euro bestellt, damals etwa 400 Millionen Dollar.",
          alt_amounts=alt((400000000, "USD")), note="the order rumoured in 004; autumn -> year"),
    ],
    "not_deals": ["etwa zwölf Millionen Euro", "ungefähr zwölf Cent je Kilowattstunde", "700 Millionen Euro",
                  "über 60 Millionen Euro", "140.000 Euro im Jahr", "9,8 Millionen Euro", "39 Euro"],
}

A["011_oracle_eschborn_maintaunusbote.html"] = {
    "published": "2025-09-11",
    "published_note": "from the visible byline '11.09.2025, 06:30 Uhr' and <meta name=date>; 'Am Mittwoch' -> 2025-09-10; 'im Juli' -> July 2025",
    "language": "de",
    "deals": [
        D("oracle-westerbach-lease", ["Oracle", "Westerbach Rechenzentren"], "other", 1400000000, "EUR", "approx", "2025-09-10", "signed",
          "Den Gesamtwert des Vertrags beziffern Unternehmenskreise auf rund 1,4 Milliarden Euro.",
          kind_alt=["cloud_contract", "supply"],
          note="parties and 'Am Mittwoch bestätigte' in the previous sentence; the 15-year lease rumoured in 006"),
        D("oracle-germany-plan-2025", ["Oracle"], "capex_plan", 2000000000, "USD", "exact", "2025-07", "announced",
          "Bereits im Juli hatte der Konzern angekündigt, binnen fünf Jahren hierzulande zwei Milliarden Dollar für Rechenzentren und Cloud-Dienste auszugeben.",
          term=["2025", "2030"], note="'der Konzern' = Oracle; amount in words"),
        D("waermeverbund-westerbach-heat", ["Wärmeverbund Nidda", "Westerbach Rechenzentren"], "supply", None, None, None, None, "signed",
          "Westerbach verweist auf den Wärmevertrag mit dem Wärmeverbund Nidda: Die Abwärme soll ab 2027 in die Nachbarschaft fließen.",
          required=False, note="restatement of the 008 heat contract without amount or date"),
    ],
    "not_deals": ["über 900 Milliarden Dollar", "245 Millionen Euro", "1,8 Millionen Euro", "1,29 Mio. €", "9,90 €", "0,99 €"],
}

A["012_google_dietzenbach_liveticker.txt"] = {
    "published": "2025-11-11",
    "published_note": "from the date line 'Dienstag, 11. November 2025' of the live ticker; 'am Vormittag', 'am Nachmittag' -> 2025-11-11",
    "language": "de",
    "deals": [
        D("data4-hanau-expansion", ["Data4"], "capex_plan", 1000000000, "EUR", "at_least", "2025-11-11", "announced",
          "Der französische Betreiber kündigte am Nachmittag an, seinen Campus in Hanau bis 2030 für mehr als eine Milliarde Euro zu erweitern.",
          kind_alt=["project"], term=[None, "2030"], note="'Der französische Betreiber' = Data4 (previous sentence); amount in words"),
        D("gersprenz-google-heat", ["Gersprenz Netz", "Google"], "project", 34000000, "EUR", "approx", "2025-11-11", "announced",
          "Jetzt wird es konkret mit der Wärme: Die Gersprenz Netz GmbH will die Abwärme des neuen Google-Rechenzentrums ab 2028 in ein Nahwärmenetz für rund 3.000 Haushalte einspeisen und steckt dafür rund 34 Millionen Euro in Leitungen und Wärmepumpen.",
          kind_alt=["supply", "partnership"], alt_amounts=alt((39000000, "USD")),
          note="Google only in the compound 'Google-Rechenzentrums'; USD from 013"),
        D("dietzenbach-google-land", ["Stadt Dietzenbach", "Google"], "acquisition", None, None, None, None, "completed",
          "Das Grundstück im Gewerbegebiet an der B459 hat die Stadt Dietzenbach an Google verkauft.",
          required=False, kind_alt=["other"], note="land sale, price undisclosed"),
        D("google-germany-2026-2029", ["Google"], "capex_plan", 5500000000, "EUR", "approx", "2025-11-11", "announced",
          "Der Konzern aus Mountain View will zwischen 2026 und 2029 rund 5,5 Milliarden Euro hierzulande ausgeben – so hat es Google am Vormittag in Berlin verkündet.",
          term=["2026", "2029"], alt_amounts=alt((6400000000, "USD")), note="USD from 013"),
    ],
    "not_deals": ["6,8 Millionen Euro", "102,3 Milliarden Dollar", "500 Milliarden Euro", "17 Cent je Kilowattstunde", "4,99 Euro"],
}

A["013_google_germany_mainhattan_en.txt"] = {
    "published": "2025-11-12",
    "published_note": "from the byline 'By Corinna Habicht | 12 November 2025' (a Wednesday); 'on Tuesday' -> 2025-11-11; 'in September' -> September 2025",
    "language": "en",
    "deals": [
        D("google-germany-2026-2029", ["Google"], "capex_plan", 5500000000, "EUR", "exact", "2025-11-11", "announced",
          "Google said on Tuesday that it will invest €5.5 billion ($6.4 billion) in Germany from 2026 through 2029, its largest commitment to the country so far.",
          term=["2026", "2029"], alt_amounts=alt((6400000000, "USD"))),
        D("gersprenz-google-heat", ["Gersprenz Netz", "Google"], "project", 34000000, "EUR", "approx", "2025-11", "announced",
          "That is also where the waste heat goes: Gersprenz Netz intends to spend about €34 million (some $39 million) on pipes and heat pumps to carry warmth from the Google halls to roughly 3,000 homes.",
          kind_alt=["supply", "partnership"], alt_amounts=alt((39000000, "USD"))),
        D("oracle-westerbach-lease", ["Oracle", "Westerbach Rechenzentren"], "other", 1400000000, "EUR", "approx", "2025-09", "signed",
          "Oracle's 15-year lease at Westerbach's campus in Eschborn, confirmed in September and valued at about €1.4 billion (roughly $1.6 billion), was the largest single letting in the region this year.",
          kind_alt=["cloud_contract", "supply"], alt_amounts=alt((1600000000, "USD"))),
    ],
    "not_deals": ["between €1.5 billion and €2 billion", "about €8 billion", "almost $35 billion", "$291.74",
                  "about five cents per kilowatt-hour", "several billion euros a year"],
}

A["014_villecompute_seriesb_hinterland_en.html"] = {
    "published": "2026-01-22",
    "published_note": "from the visible byline 'Thu 22 Jan 2026' and <meta name=pubdate>; 'on Tuesday' -> 2026-01-20; 'last March' -> March 2025; 'two years ago' -> 2024",
    "language": "en",
    "deals": [
        D("rheinauen-villecompute-seriesb-2026", ["Rheinauen Capital", "VilleCompute"], "investment", 250000000, "EUR", "exact", "2026-01-20", "completed",
          "VilleCompute closed a €250m Series B on Tuesday, led again by Rheinauen Capital, the Cologne investor that also headed its first institutional round two years ago.",
          note="second Rheinauen–VilleCompute round; must stay apart from the 2024 Series A mentioned without amount in the same sentence"),
        D("rheinauen-villecompute-seriesa-2024", ["Rheinauen Capital", "VilleCompute"], "investment", None, None, None, "2024", "completed",
          "VilleCompute closed a €250m Series B on Tuesday, led again by Rheinauen Capital, the Cologne investor that also headed its first institutional round two years ago.",
          required=False, note="the 2024 Series A without amount ('two years ago'), same sentence as the Series B"),
        D("sparkasse-nrwbank-villecompute-loan", ["Sparkasse KölnBonn", "NRW.BANK", "VilleCompute"], "other", 300000000, "EUR", "exact", "2025-03", "signed",
          "A second hall at Frimmersdorf will add 40 MW, and the start-up is still paying down the €300m loan it took from Sparkasse KölnBonn and NRW.BANK last March.",
          kind_alt=["investment"], note="restated from 010; 'the start-up' = VilleCompute"),
        D("rwe-villecompute-lease", ["RWE", "VilleCompute"], "other", 4500000, "EUR", "exact", None, "signed",
          "The land itself stays cheap: it pays RWE €4.5m a year in rent for the eleven-hectare site.",
          per="year", note="restated from 004 without a date; 'it' = VilleCompute"),
    ],
    "not_deals": ["about €1.1bn", "roughly €650m", "€85m", "€1.2bn", "€119 a night"],
}

A["015_neffelbach_microsoft_waerme_rwn.txt"] = {
    "published": "2026-03-03",
    "published_note": "from the dateline 'Köln, 3. März 2026 (rwn)' and the header '03.03.2026 – 10:18'; 'am Montag' -> 2026-03-02; 'seit Januar' -> January 2026",
    "language": "de",
    "deals": [
        D("microsoft-neffelbach-heat-jv-2026", ["Microsoft", "Neffelbach Energie"], "joint_venture", 80000000, "EUR", "exact", "2026-03-02", "announced",
          "Die Gesellschaft soll zunächst mit 80 Millionen Euro ausgestattet werden, die beide Partner je zur Hälfte aufbringen.",
          alt_amounts=alt((93000000, "USD")),
          note="parties and 'am Montag' in the previous sentence; second Microsoft–Neffelbach deal; USD from 016"),
        D("microsoft-neffelbach-grid-2024", ["Microsoft", "Neffelbach Energie"], "other", 85000000, "EUR", "approx", "2024", "completed",
          "Neffelbach hatte für Microsoft bereits 2024 für rund 85 Millionen Euro das Umspannwerk in Bergheim samt Kabeltrasse errichtet.",
          kind_alt=["supply", "project"], note="restated from 001; must stay apart from the joint venture in the same article"),
        D("rheinauen-neffelbach-netz-stake", ["Rheinauen Capital", "Neffelbach Energie"], "acquisition", 310000000, "EUR", "approx", "2026-01", "negotiating",
          "Das Unternehmen verhandelt seit Januar mit der Kölner Beteiligungsgesellschaft Rheinauen Capital über den Verkauf von 49 Prozent an seiner Netztochter; im Gespräch ist ein Preis von etwa 310 Millionen Euro.",
          kind_alt=["investment"], alt_amounts=alt((355000000, "USD")),
          note="'Das Unternehmen' = Neffelbach; talks since January; called off in June (018); USD from 018"),
        D("microsoft-germany-2024", ["Microsoft"], "capex_plan", None, None, None, "2024", "announced",
          "Der Konzern hatte 2024 angekündigt, seine Cloud-Kapazitäten in Deutschland massiv auszubauen.",
          required=False, note="vague background reference to the 2024 plan (001, 002), no amount"),
    ],
    "not_deals": ["rund 142 Millionen Euro", "rund 11,5 Cent je Kilowattstunde", "rund 12 Millionen Euro", "650.000 Euro"],
}

A["016_neffelbach_shares_rhine_markets_en.txt"] = {
    "published": "2026-03-04",
    "published_note": "from the header 'Mar 4, 2026 · 9:02 AM CET'; 'on Monday' -> 2026-03-02; 'two years ago' -> 2024; 'last year' -> 2025",
    "language": "en",
    "deals": [
        D("microsoft-neffelbach-heat-jv-2026", ["Microsoft", "Neffelbach Energie"], "joint_venture", 80000000, "EUR", "exact", "2026-03-02", "announced",
          "The two sides said on Monday that their new joint venture would start with €80 million (roughly $93 million) of capital, split evenly, to pipe waste heat from Microsoft's Bergheim data centres into homes in Bergheim and Kerpen.",
          alt_amounts=alt((93000000, "USD")), note="'The two sides' = Neffelbach Energie and Microsoft (previous sentence)"),
        D("microsoft-neffelbach-grid-2024", ["Microsoft", "Neffelbach Energie"], "other", None, None, None, "2024", "completed",
          "Neffelbach had already built the sites' grid connection two years ago.",
          required=False, kind_alt=["supply", "project"], note="restatement without amount"),
        D("rheinauen-neffelbach-netz-stake", ["Rheinauen Capital", "Neffelbach Energie"], "acquisition", None, None, None, None, "rumored",
          "Neffelbach is known to be exploring a minority sale of its grid arm, reportedly to Cologne-based Rheinauen Capital, which would free up money for heat networks and solar; the company has not confirmed any talks.",
          required=False, kind_alt=["investment"], note="the stake talks of 015 without amount or date"),
        D("rwe-capex-2025-2030", ["RWE"], "capex_plan", 35000000000, "EUR", "approx", "2025", "planned",
          "Neighbour RWE, which last year trimmed its investment budget for 2025 to 2030 to about €35 billion, traded flat at €46.10.",
          term=["2025", "2030"], note="a company's investment plan for a period is a capex_plan; the share price in the same sentence is a not_deal"),
    ],
    "not_deals": ["€27.40", "€31 from €28", "€150 million", "€0.95 per share", "about €1.3 billion", "€46.10",
                  "$402.15", "about €70 million", "€1 per order"],
}

A["017_rz_briefing_kw19.txt"] = {
    "published": "2026-05-08",
    "published_note": "from the issue line 'KW 19 | Freitag, 8. Mai 2026'; 'am Dienstag' -> 2026-05-05; 'Mitte April' -> April 2026; 'im Oktober 2024' -> October 2024",
    "language": "de",
    "deals": [
        D("helaba-westerbach-refinancing-2026", ["Helaba", "Westerbach Rechenzentren"], "other", 900000000, "EUR", "exact", "2026-05-05", "signed",
          "Westerbach Rechenzentren hat sich am Dienstag ein grünes Konsortialdarlehen über 900 Millionen Euro gesichert, wieder angeführt von der Helaba.",
          kind_alt=["investment"], alt_amounts=alt((1040000000, "USD")),
          note="second Helaba–Westerbach loan; it replaces the 650m loan of 2024 (next sentence), which is a different deal; USD from 020"),
        D("helaba-westerbach-loan-2024", ["Helaba", "Westerbach Rechenzentren"], "other", 650000000, "EUR", "exact", "2024-10", "signed",
          "Der neue Kredit löst das Baudarlehen über 650 Millionen Euro ab, das die Landesbank im Oktober 2024 arrangiert hatte, und finanziert zusätzlich die zweite Ausbaustufe in Eschborn.",
          kind_alt=["investment"], note="restated from 005; 'die Landesbank' = Helaba"),
        D("digitalrealty-westerbach-takeover", ["Digital Realty", "Westerbach Rechenzentren"], "acquisition", 2000000000, "EUR", "approx", "2026", "rumored",
          "Insidern zufolge lotet Digital Realty eine Übernahme von Westerbach aus; im Raum steht ein Unternehmenswert von rund zwei Milliarden Euro einschließlich Schulden.",
          note="sourced rumour, required here; denied in 019 (optional there); amount in words; enterprise value of the rumoured takeover"),
        D("equinix-vogelsberger-solar-ppa", ["Equinix", "Vogelsberger Windstrom"], "supply", 9000000, "EUR", "up_to", "2026-04", "signed",
          "Der Vertrag läuft zwölf Jahre; nach Angaben der Genossenschaft bringt er bis zu neun Millionen Euro jährlich.",
          per="year", note="second Equinix–Vogelsberger contract, parties and 'Mitte April' in the previous sentence; must stay apart from the 2024 wind PPA"),
        D("equinix-vogelsberger-wind-ppa", ["Equinix", "Vogelsberger Windstrom"], "supply", None, None, None, "2024", "signed",
          "Der erste, 2024 geschlossene Windstromvertrag der beiden läuft unverändert weiter.",
          required=False, note="restatement of the 002 PPA without amount"),
    ],
    "not_deals": ["185 Euro je Kilowatt und Monat", "40 Millionen Euro", "1.190 Euro", "1.490 Euro"],
}

A["018_neffelbach_rheinauen_quay_en.txt"] = {
    "published": "2026-06-15",
    "published_note": "from the dateline 'DÜSSELDORF, 15 June 2026' (a Monday); 'on Friday', 'On the same day' -> 2026-06-12; 'since January', 'In January' -> January 2026",
    "language": "en",
    "deals": [
        D("rheinauen-neffelbach-netz-stake", ["Rheinauen Capital", "Neffelbach Energie"], "acquisition", 310000000, "EUR", "approx", "2026-01", "cancelled",
          "The two sides had been discussing a 49% holding in Neffelbach Netz since January and had pencilled in a price of about €310 million (roughly $355 million), according to both companies.",
          kind_alt=["investment"], alt_amounts=alt((355000000, "USD")),
          note="called off on Friday (previous sentence); a cancelled deal keeps the date of the talks; Neffelbach Netz = the grid subsidiary of Neffelbach Energie"),
        D("rheinauen-rwe-land-jv", ["Rheinauen Capital", "RWE"], "joint_venture", 150000000, "EUR", "up_to", "2026-06-12", "announced",
          "On the same day it said it would put up to €150 million into a new joint venture with RWE that will prepare reclaimed mining land near Bergheim and Grevenbroich for data-centre developers, from grid connection to building permits.",
          note="'it' = Rheinauen; RWE's land contribution has no value"),
        D("rheinauen-villecompute-seriesb-2026", ["Rheinauen Capital", "VilleCompute"], "investment", 250000000, "EUR", "exact", "2026-01", "completed",
          "In January it led a €250 million Series B in VilleCompute, the GPU cloud next to the Frimmersdorf power station, having also headed the start-up's first large round in 2024.",
          note="restated from 014; 'it' = Rheinauen (previous sentence: 'The investor'); the 2024 round is mentioned in the same sentence without amount"),
        D("rheinauen-villecompute-seriesa-2024", ["Rheinauen Capital", "VilleCompute"], "investment", None, None, None, "2024", "completed",
          "In January it led a €250 million Series B in VilleCompute, the GPU cloud next to the Frimmersdorf power station, having also headed the start-up's first large round in 2024.",
          required=False, note="the 2024 Series A without amount, same sentence as the Series B"),
        D("neffelbach-capex-2026", ["Neffelbach Energie"], "capex_plan", 600000000, "EUR", "exact", "2026-06", "planned",
          "Neffelbach said it would fund its €600 million investment programme for the next five years from its own cash flow and bank loans instead.",
          note="investment programme for a period = capex_plan"),
    ],
    "not_deals": ["between €280 million and €330 million", "€25.80", "€1.2 billion", "£14 monthly", "£140 annually"],
}

A["019_digital_realty_dementi_aktienfokus.txt"] = {
    "published": "2026-05-12",
    "published_note": "from the header '12.05.2026 · 16:40'; 'am Montag' -> 2026-05-11 (the denial); 'Vergangene Woche' -> May 2026; 'Im laufenden Jahr' -> 2026",
    "language": "de",
    "deals": [
        D("digitalrealty-westerbach-takeover", ["Digital Realty", "Westerbach Rechenzentren"], "acquisition", 2000000000, "EUR", "approx", "2026", "rumored",
          "Die in einem Branchendienst genannten rund zwei Milliarden Euro seien „reine Spekulation\", sagte eine Sprecherin am Montag.",
          required=False, note="denied rumour -> optional; same id as the rumour in 017"),
        D("helaba-westerbach-refinancing-2026", ["Helaba", "Westerbach Rechenzentren"], "other", 900000000, "EUR", "exact", "2026-05", "signed",
          "Vergangene Woche hatte das Unternehmen seine Finanzierung mit einem 900-Millionen-Euro-Kredit unter Führung der Helaba neu aufgestellt; die Landesbank hält davon selbst 250 Millionen Euro.",
          kind_alt=["investment"], note="compound '900-Millionen-Euro-Kredit'; Helaba's own 250m share is a part of the loan (not_deal)"),
        D("digitalrealty-capex-2026", ["Digital Realty"], "capex_plan", 3000000000, "USD", "range", "2026", "planned",
          "Im laufenden Jahr will der Konzern zwischen 3,0 und 3,5 Milliarden Dollar in Entwicklungsprojekte stecken, wie er bei Vorlage der Quartalszahlen Ende April bekräftigte.",
          amount_max=3500000000, term=["2026", "2026"],
          note="'der Konzern' = Digital Realty; a reaffirmed plan, so only the year"),
    ],
    "not_deals": ["250 Millionen Euro", "etwa 1,2 Milliarden Euro", "7,50 bis 7,60 Dollar je Aktie", "171,30 Dollar",
                  "rund 58 Milliarden Dollar", "195 Dollar", "171,30 $", "812,60 $", "104,20 €", "2,50 Euro je Order"],
}

A["020_year_in_review_gallus_en.txt"] = {
    "published": "2026-11-27",
    "published_note": "from the byline 'By Jasper Kluthe | Friday 27 November 2026'; 'In October' -> October 2026; 'in May' -> May 2026; 'on Tuesday' -> 2026-11-24; 'A year after Google pledged' -> November 2025",
    "language": "en",
    "deals": [
        D("nvidia-villecompute-2026", ["Nvidia", "VilleCompute"], "supply", 650000000, "USD", "approx", "2026-10", "signed",
          "In October VilleCompute ordered a further batch of Nvidia systems worth some $650 million, on top of the roughly $400 million of hardware it bought from the chipmaker in 2024.",
          note="second Nvidia–VilleCompute order; the 2024 order is in the same sentence"),
        D("nvidia-villecompute-2024", ["Nvidia", "VilleCompute"], "supply", 400000000, "USD", "approx", "2024", "completed",
          "In October VilleCompute ordered a further batch of Nvidia systems worth some $650 million, on top of the roughly $400 million of hardware it bought from the chipmaker in 2024.",
          alt_amounts=alt((370000000, "EUR")), note="restated; same sentence as the 2026 order, must stay apart"),
        D("helaba-westerbach-refinancing-2026", ["Helaba", "Westerbach Rechenzentren"], "other", 900000000, "EUR", "exact", "2026-05", "signed",
          "Westerbach's €900 million (about $1.04 billion) green refinancing in May, once again led by Helaba, was the largest data-centre loan in Hesse this year, and it came days before a takeover rumour that Digital Realty promptly denied.",
          kind_alt=["investment"], alt_amounts=alt((1040000000, "USD"))),
        D("digitalrealty-westerbach-takeover", ["Digital Realty", "Westerbach Rechenzentren"], "acquisition", None, None, None, "2026", "rumored",
          "Westerbach's €900 million (about $1.04 billion) green refinancing in May, once again led by Helaba, was the largest data-centre loan in Hesse this year, and it came days before a takeover rumour that Digital Realty promptly denied.",
          required=False, note="denied rumour without amount"),
        D("lahnquell-seerhein-acquisition", ["Lahnquell Kühltechnik", "Kältetechnik Seerhein"], "acquisition", 26000000, "CHF", "exact", "2025-07", "completed",
          "Lahnquell's CHF 26 million takeover of Kältetechnik Seerhein, agreed in July 2025 and closed in January, gave the Wetzlar cooling maker a factory on Lake Constance and a foothold in Swiss banking data centres.",
          note="dated to the agreement (July 2025), closed January 2026"),
        D("google-germany-2026-2029", ["Google"], "capex_plan", 5500000000, "EUR", "exact", "2025-11", "announced",
          "A year after Google pledged €5.5 billion for Germany through 2029, the first foundations are poured in Dietzenbach.",
          term=["2026", "2029"], alt_amounts=alt((6400000000, "USD"))),
        D("vantage-offenbach-second-building", ["Vantage Data Centers"], "project", 1300000000, "EUR", "approx", "2026-11-24", "planned",
          "And on Tuesday Vantage Data Centers said it would spend about €1.3 billion on a second building at its Offenbach campus, its largest single German project so far.",
          kind_alt=["capex_plan"]),
    ],
    "not_deals": ["about €110 million", "roughly €9 billion", "€89 per megawatt-hour", "around $4.6 trillion",
                  "upwards of $3 million", "$8 monthly", "$80 for twelve months"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles")


if __name__ == "__main__":
    main()
