#!/usr/bin/env python3
"""Write gold.json for tests/corpus117 (the hand annotation as a script).

Usage: python3 tests/corpus117/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 117th held-out test corpus (tests/corpus117/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: power purchase agreements and other money deals "
    "between European utilities and the data-centre business (RWE, EnBW, Vattenfall, Statkraft, Ørsted, "
    "Iberdrola, EDP, Engie with Amazon, Microsoft, Google and Meta; utilities buying into data-centre "
    "developers; battery-backed supply, virtual PPAs, offshore wind). One entry per article; a deal that "
    "several articles report carries the same id in each. 'required': false marks vague or background "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that "
    "are NOT deals: reporting one of them as a deal is an error. Amounts are in full units and in the "
    "currency the article states them in; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date marker, "
    "dateline, <time datetime>, issue line or visible byline date, or null when the article has none) "
    "or against an earlier date in the text ('Five weeks later'); quarters, half-years and seasons "
    "become the year; a cancelled deal keeps the date of the original agreement or talks; a rumour that "
    "is later signed carries only the year; 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles "
    "the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Haldenstrom Rechenzentren GmbH, Tiefland Speicherwerke GmbH, Solventura Alentejo, Kvarnvik "
    "Data, Hjortsberg Infrastruktur, Elbmarsch Compute GmbH, Glyngøre Compute, Vejrhøj Kapital, Fjordhavn "
    "Datasenter, Alcaraván Data Parks, Thornmere Digital, Cobblestone Ridge, Marlisse Energy Trading, "
    "Morschenich Datenpark GmbH, Kestelberg Capital, Spreeknoten Data GmbH; invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real "
    "companies are partly real, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Iberdrola": ["Iberdrola"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Solventura Alentejo": ["Solventura Alentejo", "Solventura"],
    "EnBW": ["EnBW", "EnBW Energie Baden-Württemberg"],
    "Haldenstrom": ["Haldenstrom", "Haldenstrom Rechenzentren", "Haldenstrom Rechenzentren GmbH"],
    "Tiefland Speicherwerke": ["Tiefland Speicherwerke", "Tiefland Speicherwerke GmbH", "Tiefland"],
    "NordLB": ["NordLB", "Norddeutsche Landesbank"],
    "Echelon Data Centres": ["Echelon Data Centres", "Echelon"],
    "Meta": ["Meta", "Meta Platforms"],
    "Vattenfall": ["Vattenfall"],
    "Microsoft": ["Microsoft"],
    "Kvarnvik Data": ["Kvarnvik Data", "Kvarnvik"],
    "Hjortsberg Infrastruktur": ["Hjortsberg Infrastruktur", "Hjortsberg"],
    "Statkraft": ["Statkraft"],
    "Elbmarsch Compute": ["Elbmarsch Compute", "Elbmarsch Compute GmbH", "Elbmarsch"],
    "RWE": ["RWE", "RWE AG"],
    "Norges Bank Investment Management": ["Norges Bank Investment Management", "NBIM"],
    "Engie": ["Engie"],
    "Glyngøre Compute": ["Glyngøre Compute", "Glyngøre"],
    "Vejrhøj Kapital": ["Vejrhøj Kapital", "Vejrhøj"],
    "Google": ["Google", "Alphabet"],
    "Fjordhavn Datasenter": ["Fjordhavn Datasenter", "Fjordhavn"],
    "DNB": ["DNB", "DNB Bank"],
    "Amprion": ["Amprion"],
    "Stadt Dreieich": ["Stadt Dreieich", "Dreieich"],
    "EDP": ["EDP", "EDP Renováveis", "EDP Renewables", "EDPR"],
    "Alcaraván Data Parks": ["Alcaraván Data Parks", "Alcaraván"],
    "LBBW": ["LBBW", "Landesbank Baden-Württemberg", "Landesbank Baden-Wuerttemberg"],
    "Ørsted": ["Ørsted", "Orsted"],
    "Apollo": ["Apollo", "Apollo Global Management"],
    "Thornmere Digital": ["Thornmere Digital", "Thornmere"],
    "Danish state": ["Danish state"],
    "Cobblestone Ridge": ["Cobblestone Ridge"],
    "Marlisse Energy Trading": ["Marlisse Energy Trading", "Marlisse"],
    "Morschenich Datenpark": ["Morschenich Datenpark", "Morschenich Datenpark GmbH"],
    "Kestelberg Capital": ["Kestelberg Capital", "Kestelberg"],
    "NRW.Bank": ["NRW.Bank", "NRW.BANK"],
    "Spreeknoten Data": ["Spreeknoten Data", "Spreeknoten Data GmbH", "Spreeknoten"],
    "BEW Berliner Energie und Wärme": ["BEW Berliner Energie und Wärme", "BEW"],
    "Land Berlin": ["Land Berlin"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, note,
      required=True, amount_max=None, term=None, per=None, alt=None, kind_alt=None):
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
    d["note"] = note
    d["evidence"] = evidence
    return d


def NA(id, parties, kind, date, status, evidence, note, required=True, kind_alt=None, term=None):
    """A deal mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, note,
             required=required, kind_alt=kind_alt, term=term)


ARTICLES = {}


def art(name, published, published_note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": published_note,
                      "language": language, "deals": deals, "not_deals": not_deals}


# ---------------------------------------------------------------------------------------------
art("001_iberdrola_amazon_iberianpower_en.txt", "2024-03-14",
    "from the header '14 March 2024 | 07:55 CET'; 'on Wednesday' -> 2024-03-13", "en", [
        D("iberdrola-amazon-ppa-2024", ["Iberdrola", "Amazon"], "supply", 500_000_000, "EUR", "at_least",
          "2024-03-13", "signed",
          "In a call with analysts, however, Iberdrola's head of energy management said the contracts were worth more than €500 million over their lifetime, with deliveries running from 2026 through 2037.",
          "package of PPAs (476 MW) signed 'on Wednesday' (previous paragraph); 'more than' -> at_least; "
          "parties named in the neighbouring sentences; Amazon Web Services is the consumer",
          term=["2026", "2037"]),
        D("iberdrola-solventura-plant", ["Iberdrola", "Solventura Alentejo"], "acquisition", 85_000_000, "EUR",
          "approx", "2024-03", "completed",
          "Earlier this month the utility took over a 100 MW solar plant near Ourique from the local developer Solventura Alentejo for about €85 million, a filing with the Portuguese market regulator shows.",
          "'the utility' = Iberdrola; 'Earlier this month' -> month of publication"),
    ], ["€38 per megawatt hour", "€4.8 billion", "€72 billion", "€12.90", "€1,290"])

art("002_enbw_haldenstrom_umspannbrief.txt", "2024-06-20",
    "from the dateline 'Karlsruhe, 20. Juni (ub)' (no year) and the copyright line '© 2024 Umspannbrief "
    "Fachverlag'; 'am Dienstag' -> 2024-06-18; 'vergangene Woche' -> the week of 10-14 June 2024", "de", [
        D("enbw-haldenstrom-ppa-2024", ["EnBW", "Haldenstrom"], "supply", 18_000_000, "EUR", "approx",
          "2024-06-18", "signed",
          "Haldenstrom zahlt der EnBW dafür jährlich rund 18 Millionen Euro, sagte ein Sprecher des Entwicklers.",
          "yearly rate ('jährlich'); ten-year solar supply from spring 2025, signed 'am Dienstag' (previous "
          "paragraph); different from EnBW's 40 % stake in Haldenstrom of 2025 (010, 013, 014, 016, 020)",
          per="year", term=["2025", "2035"]),
        D("nordlb-tiefland-loan", ["NordLB", "Tiefland Speicherwerke"], "other", 120_000_000, "EUR", "exact",
          "2024-06", "signed",
          "Die Tiefland Speicherwerke GmbH aus Cloppenburg hat sich vergangene Woche bei der NordLB einen Kredit über 120 Millionen Euro gesichert.",
          "bank loan for two battery stores; 'vergangene Woche' -> 2024-06", kind_alt=["investment"]),
    ], ["71 Euro je Megawattstunde", "95 Millionen Euro", "6,4 Milliarden Euro", "149 Euro"])

art("003_iberdrola_echelon_datahall_en.html", "2024-09-11",
    "from <meta article:published_time>, <time datetime='2024-09-11T06:15'> and the byline '11 Sep 2024, "
    "06:15'; 'on Tuesday' -> 2024-09-10", "en", [
        D("iberdrola-echelon-jv", ["Iberdrola", "Echelon Data Centres"], "joint_venture", 500_000_000, "EUR",
          "approx", "2024-09-10", "signed",
          "The venture will put around €500 million into its first campus, a 100 MW development in the Madrid region, the companies said, with the first halls due to be handed to tenants in 2026.",
          "50:50 joint venture formed 'on Tuesday' (first paragraph); 'The venture' = the Iberdrola/Echelon "
          "JV; the amount is the JV's first-campus investment; 012 restates it, 013 mentions it without amount",
          kind_alt=["project"]),
        D("amazon-aragon-capex", ["Amazon"], "capex_plan", 15_700_000_000, "EUR", "exact", "2024-05",
          "announced",
          "Amazon Web Services pledged €15.7 billion in May for new data centres in Aragón through 2033, the largest single commitment the sector has made in the country.",
          "capital-spending plan of AWS, spender only; 'in May' -> 2024-05", term=["2024", "2033"]),
        NA("meta-iberdrola-talks", ["Meta", "Iberdrola"], "supply", "2024-09", "rumored",
           "Meta, which plans a large campus in Talavera de la Reina, is also understood to be talking to Iberdrola about supplying that site with renewable power, although neither company would comment and no financial terms have emerged.",
           "unsourced, amount-less talks ('is also understood to be talking'); optional", required=False),
    ], ["€2.3 billion", "€13.72", "€3,950"])

art("004_vattenfall_microsoft_nordicgrid_en.txt", "2024-10-08",
    "from the dateline 'STOCKHOLM, 8 October 2024'; 'on Monday' -> 2024-10-07; 'At the start of the "
    "month' -> 2024-10", "en", [
        D("vattenfall-microsoft-sweden", ["Vattenfall", "Microsoft"], "supply", 4_200_000_000, "SEK", "exact",
          "2024-10-07", "signed",
          "Microsoft is set to pay SEK 4.2 billion, or about €370 million, across the ten years, with deliveries from January 2025 to the end of 2034, according to Vattenfall.",
          "ten-year 24/7 supply announced 'on Monday'; EUR equivalent in the same sentence; 005 (EUR, month "
          "only) and 019 (SEK) restate it", term=["2025-01", "2034"], alt=[(370_000_000, "EUR")]),
        D("hjortsberg-kvarnvik-round", ["Hjortsberg Infrastruktur", "Kvarnvik Data"], "investment",
          650_000_000, "SEK", "exact", "2024-10", "completed",
          "At the start of the month the company closed a SEK 650 million equity round led by Hjortsberg Infrastruktur, the Gothenburg-based fund that specialises in energy-adjacent real assets, Kvarnvik confirmed.",
          "'the company' = Kvarnvik Data (previous sentence); round led by Hjortsberg; valuation SEK 2.1bn is "
          "not a deal"),
        NA("kvarnvik-vattenfall-talks", ["Kvarnvik Data", "Vattenfall"], "supply", "2024-10", "negotiating",
           "Kvarnvik's chief executive, Oskar Vennerholm, said the developer was also in discussions with Vattenfall over a long-term supply agreement for the Sundsvall site but declined to give details.",
           "amount-less talks; optional", required=False),
    ], ["€52 per megawatt hour", "SEK 2.1 billion", "SEK 8.5 billion", "SEK 19.3 billion"])

art("005_statkraft_elbmarsch_serverraum.txt", "2024-10-24",
    "from the header 'Do., 24.10.2024'; 'am Mittwoch' -> 2024-10-23; 'Anfang Oktober' -> 2024-10", "de", [
        D("statkraft-elbmarsch-supply", ["Statkraft", "Elbmarsch Compute"], "supply", 60_000_000, "EUR",
          "approx", "2024-10-23", "signed",
          "Über die Laufzeit fließen dafür rund 60 Millionen Euro an Statkraft.",
          "five-year battery-smoothed wind supply from January 2026, announced by Elbmarsch Compute 'am "
          "Mittwoch' (previous sentences); the payer Elbmarsch Compute is named there",
          term=["2026-01", "2030"]),
        D("vattenfall-microsoft-sweden", ["Vattenfall", "Microsoft"], "supply", 370_000_000, "EUR", "approx",
          "2024-10", "signed",
          "Microsoft zahlt dafür nach Angaben des Versorgers rund 370 Millionen Euro.",
          "same contract as 004 ('Anfang Oktober' -> month only); 'des Versorgers' = Vattenfall"),
    ], ["knapp 0,17 Euro je Kilowattstunde", "etwa 41 Millionen Euro", "2.490 Euro im Monat"])

art("006_rwe_amazon_kursklippe.txt", "2025-01-29",
    "from the header '29.01.2025 - 08:47:03'; 'am Dienstag' -> 2025-01-28; 'im vergangenen Jahr' -> 2024",
    "de", [
        D("rwe-amazon-nordsee-ppa", ["RWE", "Amazon"], "supply", 1_500_000_000, "EUR", "approx", "2025-01-28",
          "signed",
          "Das Vertragsvolumen beziffern Unternehmenskreise auf rund 1,5 Milliarden Euro.",
          "15-year PPA for 350 MW of Nordseecluster B signed 'am Dienstag' (previous sentences); value from "
          "company circles; 007 gives it in USD (month only), 009 and 014 without amount; different from the "
          "RWE/Amazon solar contract of 2025-11 (014)",
          term=["2029", None], alt=[(1_600_000_000, "USD")]),
        NA("nbim-nordseecluster-stake", ["Norges Bank Investment Management", "RWE"], "acquisition", "2024",
           "completed",
           "Norges Bank Investment Management übernahm 49 Prozent der Anteile.",
           "background, no price; 49 % of the Nordseecluster bought from RWE 'im vergangenen Jahr'; optional",
           required=False, kind_alt=["investment"]),
    ], ["29,84 Euro", "38 Euro", "31 Euro", "5,2 bis 5,8 Milliarden Euro", "62,40 EUR",
        "1,00 Euro pro Order"])

art("007_interconnector_weekly_feb25_en.txt", "2025-02-14",
    "from the issue line 'Issue 58 · Friday 14 February 2025'; 'last month' -> 2025-01; 'on Tuesday' -> "
    "2025-02-11; 'on Monday' -> 2025-02-10", "en", [
        D("rwe-amazon-nordsee-ppa", ["RWE", "Amazon"], "supply", 1_600_000_000, "USD", "approx", "2025-01",
          "signed",
          "RWE's 15-year agreement to sell 350 MW from its Nordseecluster B offshore wind project to Amazon is worth roughly $1.6 billion over its life, based on the figure circulated by people close to the German utility.",
          "same PPA as 006, here in USD; 'last month' -> month only"),
        NA("engie-meta-spain-vppa", ["Engie", "Meta"], "supply", "2025-02-11", "signed",
           "Engie announced on Tuesday a virtual power purchase agreement with Meta covering up to 260 MW from two solar farms under construction near Cáceres.",
           "virtual PPA; value not disclosed ('up to 260 MW' is capacity, not money)"),
        D("vejrhoj-glyngore-round", ["Vejrhøj Kapital", "Glyngøre Compute"], "investment", 1_100_000_000, "DKK",
          "exact", "2025-02-10", "completed",
          "Glyngøre Compute, which wants to build a heat-recovering data centre on the Limfjord in north-western Jutland, raised DKK 1.1 billion (about €147 million) from Vejrhøj Kapital, a fund backed by three Danish pension schemes, on Monday.",
          "EUR equivalent in brackets; the DKK 1.4bn total raised since 2022 is not a deal",
          alt=[(147_000_000, "EUR")]),
    ], ["DKK 1.4 billion", "€76 per MWh", "€58", "SEK 39.5 billion", "DKK 950,000 a year", "€690 a month"])

art("008_statkraft_google_skagerakposten_en.txt", "2025-03-07",
    "from the header 'Business | Friday 7 March 2025 | Updated 11:32'; 'on Thursday' -> 2025-03-06; 'On 9 "
    "January' -> 2025-01-09; 'Five weeks later' -> 2025-02-13", "en", [
        D("statkraft-google-skien", ["Statkraft", "Google"], "supply", 3_000_000_000, "NOK", "exact",
          "2025-03-06", "signed",
          "Google will pay NOK 3 billion, about $270 million, over the term of the agreement, two people with knowledge of the contract told Skagerak Posten.",
          "12-year supply for the Skien data centre announced 'on Thursday'; value from two sources; 009 "
          "gives it as 'knapp 260 Millionen Euro', 019 mentions it without amount; different from the "
          "Statkraft/Google Germany contract of 2026 (019)",
          term=["2026", None], alt=[(270_000_000, "USD"), (260_000_000, "EUR")]),
        NA("google-boele-land", ["Google"], "acquisition", "2019", "completed",
           "Deliveries start in 2026, when Google expects to switch on the first phase of the campus on the former industrial land at Bøle it bought in 2019.",
           "background land purchase, no seller and no price; optional", required=False),
        D("statkraft-fjordhavn-supply", ["Statkraft", "Fjordhavn Datasenter"], "supply", 95_000_000, "NOK",
          "approx", "2025-01-09", "signed",
          "On 9 January it signed an eight-year contract with Fjordhavn Datasenter, a developer building a 30 MW facility near Mo i Rana, under which Fjordhavn pays roughly NOK 95 million a year.",
          "'it' = Statkraft (previous sentence); yearly rate", per="year"),
        D("dnb-fjordhavn-loan", ["DNB", "Fjordhavn Datasenter"], "other", 1_200_000_000, "NOK", "exact",
          "2025-02-13", "signed",
          "Five weeks later, DNB agreed to lend Fjordhavn NOK 1.2 billion to finance construction, Fjordhavn chief executive Ragnhild Sølvberg-Kvam said in an interview.",
          "construction loan; date relative to the 9 January contract in the previous sentence "
          "(2025-01-09 + 5 weeks = 2025-02-13)", kind_alt=["investment"]),
    ], ["NOK 0.91 per kWh", "NOK 2.4 billion", "NOK 10.2 billion"])

art("009_versorger_kommentar_renditefenster.txt", "2025-03-12",
    "from the line 'Gastkommentar | Mittwoch, 12. März 2025'; 'Ende Januar' -> 2025-01; 'vergangene "
    "Woche' -> 2025-03", "de", [
        NA("rwe-amazon-nordsee-ppa", ["RWE", "Amazon"], "supply", "2025-01", "signed",
           "Ende Januar hat RWE einen langfristigen Liefervertrag für Offshore-Windstrom mit Amazon unterschrieben – für einen Windpark, der erst 2029 ans Netz gehen soll.",
           "same PPA as 006 and 007, here without an amount"),
        D("statkraft-google-skien", ["Statkraft", "Google"], "supply", 260_000_000, "EUR", "approx", "2025-03",
          "signed",
          "Der Wert des Google-Vertrags liegt nach Medienberichten bei knapp 260 Millionen Euro.",
          "same contract as 008 ('vergangene Woche', previous sentence); 'knapp' -> approx"),
        D("amprion-grid-capex", ["Amprion"], "capex_plan", 27_000_000_000, "EUR", "approx", None, "planned",
          "In Deutschland fehlt es an Netzen: Der Übertragungsnetzbetreiber Amprion allein plant bis 2029 Investitionen von rund 27 Milliarden Euro.",
          "grid operator's investment plan mentioned as background, no date of announcement; optional",
          required=False, term=[None, "2029"]),
    ], ["rund 9 Milliarden Euro", "39 Euro", "1,10 Euro je Aktie"])

art("010_haldenstrom_dreieich_rodauecho.txt", "2025-06-05",
    "from the line 'DREIEICH · Donnerstag, 5. Juni 2025'; 'am Montagabend' -> 2025-06-02; 'seit "
    "vergangenem Jahr' -> 2024", "de", [
        D("dreieich-haldenstrom-land", ["Stadt Dreieich", "Haldenstrom"], "acquisition", 24_000_000, "EUR",
          "exact", "2025-06-02", "announced",
          "Die Stadt Dreieich erhält für die Fläche 24 Millionen Euro.",
          "land sale approved by the town council 'am Montagabend'; buyer Haldenstrom in the previous "
          "sentence; notarisation still to come -> announced", kind_alt=["other"]),
        D("haldenstrom-campus2-capex", ["Haldenstrom"], "capex_plan", 800_000_000, "EUR", "approx", "2025-06",
          "planned",
          "Das Unternehmen beziffert die Investition auf rund 800 Millionen Euro; gebaut werden soll in drei Abschnitten bis 2029.",
          "'Das Unternehmen' = Haldenstrom; second campus, construction from spring 2026; also in the "
          "subheading; no announcement date -> month of publication", term=["2026", "2029"]),
        D("enbw-haldenstrom-stake", ["EnBW", "Haldenstrom"], "acquisition", 300_000_000, "EUR", "range",
          "2025", "rumored",
          "Im Gespräch sei ein Kaufpreis zwischen 300 und 350 Millionen Euro.",
          "rumour from two people ('Insidern zufolge'), about 40 %; parties in the previous sentences; 013 "
          "reports the signing at €340m ($400m) on 2025-09-16 (alt_amounts); the year keeps the shared id's "
          "dates consistent; different from the 2024 supply contract of the same pair",
          amount_max=350_000_000, alt=[(340_000_000, "EUR"), (400_000_000, "USD")], kind_alt=["investment"]),
        NA("enbw-haldenstrom-ppa-2024", ["EnBW", "Haldenstrom"], "supply", "2024", "signed",
           "Der Karlsruher Versorger, der den Entwickler bereits seit vergangenem Jahr mit Solarstrom aus der Lausitz beliefert, könnte rund 40 Prozent der Anteile übernehmen, wie zwei Personen aus dem Umfeld der Verhandlungen dem Rodau-Echo sagten.",
           "background mention of the 2024 supply contract (002) in a relative clause; optional",
           required=False),
    ], ["6,8 Millionen Euro", "drei bis vier Millionen Euro Gewerbesteuer im Jahr",
        "8 bis 12 Euro je Quadratmeter", "95 Millionen Euro"])

art("011_rwe_microsoft_revierkraft.html", "2025-07-16",
    "from <meta name='date'> and the visible line 'Bergheim · 16.07.2025, 10:05 Uhr'; 'am Dienstag' -> "
    "2025-07-15", "de", [
        D("rwe-microsoft-revier-ppa", ["RWE", "Microsoft"], "supply", 500_000_000, "EUR", "at_least",
          "2025-07-15", "signed",
          "Der Wert des Vertrags liegt bei mehr als 500 Millionen Euro, wie ein RWE-Sprecher auf Anfrage sagte.",
          "twelve-year battery-backed supply for Microsoft's Bergheim/Elsdorf data centres from 2027, signed "
          "'am Dienstag' (previous paragraph); 'mehr als' -> at_least; 018 restates it",
          term=["2027", None]),
        D("rwe-tiefland-tolling", ["RWE", "Tiefland Speicherwerke"], "supply", 90_000_000, "EUR", "approx",
          "2025-07", "signed",
          "Dafür zahlt RWE über die Laufzeit rund 90 Millionen Euro, bestätigte Tiefland-Geschäftsführer Hauke Ostendarp.",
          "ten-year battery tolling (RWE rents the capacity of Tiefland's two batteries); no signing day -> "
          "month of publication", kind_alt=["other"]),
    ], ["weniger als 200 Euro je Kilowattstunde", "knapp 15 Milliarden Euro", "12.900 Euro",
        "9,99 Euro im Monat"])

art("012_edp_google_tejoledger_en.txt", "2025-08-28",
    "from the dateline 'LISBON, Aug 28, 2025 — 8:20 a.m. WEST'; 'on Wednesday' -> 2025-08-27; 'since "
    "February' -> 2025-02; 'last September' -> 2024-09", "en", [
        D("edp-google-iberia-ppa", ["EDP", "Google"], "supply", 450_000_000, "EUR", "approx", "2025-08-27",
          "signed",
          "The contract is worth about €450 million over its duration, an EDP spokesperson said, confirming an estimate first published by the Spanish press.",
          "15-year sale of 300 MW by EDP Renováveis agreed 'on Wednesday' (previous sentence); 017 mentions "
          "it without amount; different from the Google/EDP Romania talks (017)", term=["2027", None]),
        D("edp-alcaravan-stake", ["EDP", "Alcaraván Data Parks"], "acquisition", 400_000_000, "EUR", "approx",
          "2025-02", "cancelled",
          "The utility had been negotiating since February to acquire 30% of Alcaraván Data Parks, a Seville-based company with three campus projects in Andalusia, in a transaction that would have valued the holding at about €400 million.",
          "talks broke down in July, confirmed on 2025-08-27; cancelled deal keeps the date of the talks; "
          "'The utility' = EDP", kind_alt=["investment"]),
        D("iberdrola-echelon-jv", ["Iberdrola", "Echelon Data Centres"], "joint_venture", 500_000_000, "EUR",
          "approx", "2024-09", "signed",
          "The Spanish rival has gone straight into the business: the 50:50 joint venture it formed with Echelon Data Centres last September is investing around €500 million in its first campus near Madrid.",
          "same JV as 003; 'The Spanish rival' / 'it' = Iberdrola", kind_alt=["project"]),
    ], ["€3.84", "roughly €16 billion", "€705 million", "€180 million", "€120 million"])

art("013_enbw_haldenstrom_kestrel_en.txt", "2025-09-17",
    "from the header 'September 17, 2025 07:10'; dateline 'FRANKFURT, Sept 16'; 'signed on Tuesday' -> "
    "2025-09-16; 'last year' -> 2024", "en", [
        D("enbw-haldenstrom-stake", ["EnBW", "Haldenstrom"], "acquisition", 340_000_000, "EUR", "exact",
          "2025-09-16", "signed",
          "FRANKFURT, Sept 16 (Kestrel) - German utility EnBW will take a 40% stake in Haldenstrom Rechenzentren, a developer of data centres south of Frankfurt, paying 340 million euros ($400 million) under an agreement signed on Tuesday, the latest move by a European power company to own a piece of the computing boom rather than just supply it.",
          "signing of the stake rumoured in 010; USD in brackets; implied value of the whole company "
          "(850 million euros) is not a deal", kind_alt=["investment"]),
        D("lbbw-haldenstrom-loan", ["LBBW", "Haldenstrom"], "other", 620_000_000, "EUR", "exact", "2025-09",
          "signed",
          "Separately, Haldenstrom said a group of banks led by Landesbank Baden-Wuerttemberg (LBBW) had agreed to lend it 620 million euros to build the second Dreieich campus.",
          "seven-year bank loan; the day of the agreement is not stated -> month; 016 restates it",
          kind_alt=["investment"]),
        NA("haldenstrom-microsoft-lease", ["Haldenstrom", "Microsoft"], "cloud_contract", "2025-09", "signed",
           "Haldenstrom's managing director Friederike Dannhäuser said the developer had also signed a long-term lease with a U.S. cloud provider for the first phase of the new campus.",
           "tenant named only by two sources in the next sentence (Microsoft declined to comment); no amount; "
           "optional", required=False, kind_alt=["other"]),
        NA("enbw-haldenstrom-ppa-2024", ["EnBW", "Haldenstrom"], "supply", "2024", "signed",
           "EnBW already sells Haldenstrom solar power from eastern Germany under a ten-year contract signed last year.",
           "the 2024 supply contract of 002, without amount; different from the stake"),
        NA("iberdrola-echelon-jv", ["Iberdrola", "Echelon Data Centres"], "joint_venture", "2024", "signed",
           "Spain's Iberdrola formed a data-centre joint venture with Ireland's Echelon last year, while RWE is converting former lignite mining land in western Germany into sites for server farms.",
           "background mention of the JV of 003 without amount; optional", required=False,
           kind_alt=["project"]),
        D("enbw-capex-plan", ["EnBW"], "capex_plan", 50_000_000_000, "EUR", "up_to", None, "planned",
          "EnBW has said it plans gross investments of up to 50 billion euros between 2025 and 2030, most of it in power grids and renewables.",
          "group-wide investment plan, background, no announcement date; optional", required=False,
          term=["2025", "2030"]),
    ], ["roughly 850 million euros", "2.9 billion euros", "95 million euros"])

art("014_energie_liveticker_tickerkante.txt", "2025-11-06",
    "from the ticker date 'Donnerstag, 6. November 2025'; entries 'heute Vormittag' and 'am frühen Morgen' "
    "-> 2025-11-06; 'im September' -> 2025-09; 'Im Januar' -> 2025-01", "de", [
        D("orsted-apollo-hornsea3", ["Ørsted", "Apollo"], "acquisition", 39_000_000_000, "DKK", "approx",
          "2025-11-06", "signed",
          "Apollo zahlt dafür rund 39 Milliarden Kronen, umgerechnet etwa 5,2 Milliarden Euro.",
          "sale of 50 % of Hornsea 3 agreed (08:04 entry, previous sentence); EUR in the same sentence; 015 "
          "gives DKK 39bn ($6.1bn)", alt=[(5_200_000_000, "EUR"), (6_100_000_000, "USD")],
          kind_alt=["investment"]),
        D("enbw-elbmarsch-denied", ["EnBW", "Elbmarsch Compute"], "acquisition", 250_000_000, "EUR", "approx",
          "2025-11", "rumored",
          "Die EnBW weist einen Bericht des Branchendienstes „Kühlkette Digital\" zurück, wonach der Konzern für rund 250 Millionen Euro den Hamburger Rechenzentrumsbetreiber Elbmarsch Compute übernehmen wolle.",
          "reported takeover denied by EnBW; optional", required=False),
        NA("enbw-haldenstrom-stake", ["EnBW", "Haldenstrom"], "acquisition", "2025-09", "signed",
           "Die EnBW hatte sich erst im September 40 Prozent am hessischen Entwickler Haldenstrom gesichert.",
           "the stake of 010/013, here without amount", kind_alt=["investment"]),
        D("rwe-amazon-solar-2025", ["RWE", "Amazon"], "supply", 210_000_000, "EUR", "approx", "2025-11-06",
          "signed",
          "Der Vertrag läuft zehn Jahre ab Anfang 2027 und hat nach Angaben aus dem Unternehmen ein Volumen von rund 210 Millionen Euro.",
          "solar supply of 240 MW, signed 'heute Vormittag' (next sentence); second RWE/Amazon deal, "
          "different from the Nordseecluster PPA of January", term=["2027", "2036"]),
        NA("rwe-amazon-nordsee-ppa", ["RWE", "Amazon"], "supply", "2025-01", "signed",
           "Zur Erinnerung: Im Januar hatten beide Seiten bereits eine 15-jährige Abnahme von Windstrom aus dem Nordseecluster B vereinbart.",
           "'beide Seiten' = RWE and Amazon; the January PPA of 006, without amount"),
    ], ["41,27 Euro", "rund 125 Milliarden Kronen", "45 Euro", "3,9 Milliarden Euro",
        "4,55 bis 5,15 Milliarden Euro", "300 Euro"])

art("015_orsted_thornmere_humberquay_en.txt", "2025-11-13",
    "from the line 'Thursday, 13 November 2025'; 'on Tuesday' -> 2025-11-11; 'Last week' -> 2025-11; 'in "
    "October' -> 2025-10", "en", [
        D("orsted-thornmere-ppa", ["Ørsted", "Thornmere Digital"], "supply", 410_000_000, "GBP", "approx",
          "2025-11-11", "signed",
          "Signed on Tuesday, the contract is worth around £410 million over its term and covers roughly a third of the campus's expected demand once it is fully built in 2029, according to Thornmere.",
          "15-year PPA from Hornsea 2; parties in the previous sentence"),
        D("orsted-apollo-hornsea3", ["Ørsted", "Apollo"], "acquisition", 39_000_000_000, "DKK", "exact",
          "2025-11", "signed",
          "Last week the company agreed that funds managed by Apollo will buy half of Hornsea 3, the 2.9 GW project it is building further offshore, for DKK 39 billion ($6.1bn).",
          "same sale as 014; 'the company' = Ørsted; 'Last week' -> month", kind_alt=["investment"]),
        D("orsted-rights-issue", ["Ørsted", "Danish state"], "investment", 60_000_000_000, "DKK", "exact",
          "2025-10", "completed",
          "Ørsted completed a DKK 60 billion rights issue in October, with the Danish state, its majority owner, taking up its share in full.",
          "rights issue of all shareholders; the state's share is not quantified; optional", required=False),
        D("thornmere-raise-plan", ["Thornmere Digital"], "investment", 300_000_000, "GBP", "at_least", None,
          "planned",
          "It hopes to raise \"north of £300 million\" of equity and debt next year, Pettigrew-Dunne said, but no investor has been signed up.",
          "intended fundraising without any investor; optional", required=False),
    ], ["more than DKK 85 billion", "£14 million", "£59.90 per megawatt hour",
        "roughly £3.5 million annually", "£234,995"])

art("016_haldenstrom_interview_doppelbodenblatt.txt", None,
    "no date anywhere (only 'Lesedauer: 7 Minuten'); dates null unless the text gives a year", "de", [
        D("enbw-haldenstrom-ppa-2024", ["EnBW", "Haldenstrom"], "supply", 18_000_000, "EUR", "approx", None,
          "signed",
          "Seit 2025 bekommen wir Solarstrom aus der Lausitz, dafür überweisen wir jährlich rund 18 Millionen Euro nach Karlsruhe.",
          "the 2024 contract of 002 ('wir' = Haldenstrom, 'nach Karlsruhe' = EnBW); 2025 is the start of "
          "delivery, not the signing -> date null", per="year"),
        D("enbw-haldenstrom-stake", ["EnBW", "Haldenstrom"], "acquisition", 340_000_000, "EUR", "approx", None,
          "completed",
          "Am Ende hat die EnBW rund 340 Millionen Euro für 40 Prozent bezahlt.",
          "question of the interviewer; the stake of 010/013; undated interview", kind_alt=["investment"]),
        D("cobblestone-haldenstrom-offer", ["Cobblestone Ridge", "Haldenstrom"], "acquisition", 500_000_000,
          "EUR", "approx", "2024", "cancelled",
          "Ein amerikanischer Infrastrukturfonds, Cobblestone Ridge, hat uns 2024 rund 500 Millionen Euro für hundert Prozent der Anteile angeboten.",
          "takeover offer refused ('Das haben wir abgelehnt'); 'uns' = Haldenstrom"),
        D("lbbw-haldenstrom-loan", ["LBBW", "Haldenstrom"], "other", 620_000_000, "EUR", "exact", None,
          "signed",
          "Ein Konsortium unter Führung der LBBW leiht uns 620 Millionen Euro, Laufzeit sieben Jahre.",
          "the loan of 013; undated interview", kind_alt=["investment"]),
        D("haldenstrom-campus3-capex", ["Haldenstrom"], "capex_plan", 1_000_000_000, "EUR", "range", None,
          "planned",
          "Wir planen einen dritten Campus in Südhessen, für den wir zwischen 1 und 1,2 Milliarden Euro veranschlagen.",
          "'wir' = Haldenstrom; different from the second campus (010)", amount_max=1_200_000_000),
    ], ["rund zehn Millionen Euro je Megawatt", "sieben bis acht Millionen", "95.000 Euro im Jahr",
        "rund 62.000 Euro", "14,80 Euro", "79 Euro im Jahr"])

art("017_edp_microsoft_poland_vistula_en.html", "2026-02-18",
    "from <meta name='parsely-pub-date'> and the byline 'Wed 18 Feb 2026'; 'on Tuesday' -> 2026-02-17; "
    "'last August' -> 2025-08", "en", [
        D("edp-microsoft-poland-vppa", ["EDP", "Microsoft"], "supply", 2_400_000_000, "PLN", "approx",
          "2026-02-17", "signed",
          "Over the fifteen years Microsoft is expected to hand EDP about PLN 2.4 billion (roughly €560 million), one person briefed on the pricing estimated.",
          "15-year virtual PPA for 250 MW of Polish wind announced 'on Tuesday'; EUR in brackets",
          alt=[(560_000_000, "EUR")]),
        D("edp-marlisse-balancing", ["EDP", "Marlisse Energy Trading"], "other", 35_000_000, "EUR", "approx",
          "2026-02", "signed",
          "Marlisse will forecast, balance and schedule the four wind farms for five years and receive around €35 million for the service, Marlisse chief executive Joost van Heemskerk-Lemaire said.",
          "balancing-services contract: EDP Renováveis 'has hired' Marlisse (previous sentence); no day",
          kind_alt=["supply"]),
        D("google-edp-romania-talks", ["Google", "EDP"], "supply", 300_000_000, "EUR", "approx", "2026-02",
          "negotiating",
          "Google is in advanced talks with EDP Renováveis over a similar contract for solar power in Romania worth about €300 million, two insiders at the Lisbon end of the talks told VPR.",
          "talks reported by two insiders; different from the signed Iberian contract of 2025 (012)"),
        NA("edp-google-iberia-ppa", ["EDP", "Google"], "supply", "2025-08", "signed",
           "EDP and Google are not new partners: on the Iberian peninsula, EDP agreed last August to supply Google with wind and solar power for 15 years.",
           "the contract of 012, without amount"),
    ], ["PLN 412 per megawatt hour", "PLN 1.2 billion", "about €17.5 billion",
        "PLN 6,900 per turbine", "€19 per month"])

art("018_rwe_morschenich_villeanzeiger.txt", "2026-05-20",
    "from the header 'Mi, 20.05.26 · 06:30'; 'am Montag' -> 2026-05-18; 'im April' -> 2026-04; 'im "
    "vergangenen Sommer' -> 2025", "de", [
        D("rwe-morschenich-stake", ["RWE", "Morschenich Datenpark"], "acquisition", 260_000_000, "EUR",
          "approx", "2026-05-18", "signed",
          "Für das Paket zahlt RWE rund 260 Millionen Euro, teils in bar, teils über die Einbringung von Grundstücken, wie eine Konzernsprecherin bestätigte.",
          "51 % stake signed 'am Montag' (previous paragraph); 020 restates it", kind_alt=["investment"]),
        D("rwe-microsoft-revier-ppa", ["RWE", "Microsoft"], "supply", 500_000_000, "EUR", "at_least", "2025",
          "signed",
          "Schon im vergangenen Sommer hatte der Konzern mit Microsoft einen zwölfjährigen Liefervertrag für die geplanten Rechenzentren in Bergheim und Elsdorf geschlossen, der mehr als 500 Millionen Euro wert ist.",
          "the contract of 011; 'der Konzern' = RWE; season -> year"),
        NA("kestelberg-morschenich-talks", ["Kestelberg Capital", "Morschenich Datenpark"], "acquisition", None,
           "cancelled",
           "Im Winter waren Gespräche mit dem Münchner Finanzinvestor Kestelberg Capital gescheitert, der sich ebenfalls mit einer Mehrheit beteiligen wollte.",
           "failed talks without amount; 'Im Winter' cannot be pinned to one year (winter 2025/26) -> null; "
           "optional", required=False, kind_alt=["investment"]),
        D("nrwbank-morschenich-loan", ["NRW.Bank", "Morschenich Datenpark"], "other", 45_000_000, "EUR",
          "exact", "2026-04", "signed",
          "Die landeseigene NRW.Bank gewährt dem Unternehmen einen zinsgünstigen Förderkredit über 45 Millionen Euro, mit dem Straßen, Leitungen und Entwässerung auf dem Gelände bezahlt werden sollen.",
          "promotional loan; 'dem Unternehmen' = Morschenich Datenpark; signed 'im April' (next sentence)",
          kind_alt=["investment"]),
        D("rwe-capex-2026", ["RWE"], "capex_plan", 7_000_000_000, "EUR", "approx", "2026", "planned",
          "Für 2026 plant RWE netto Investitionen von rund 7 Milliarden Euro.",
          "group-wide yearly investment budget, background; optional", required=False),
    ], ["fünf bis sieben Millionen Euro im Jahr", "rund 190 Millionen Euro", "44,05 Euro", "289 Euro im Monat"])

art("019_utilities_market_meritorder_en.txt", "2026-08-13",
    "from the header 'Thursday, 13 August 2026 · Close of trading'; 'on Wednesday' -> 2026-08-12; 'last "
    "year' -> 2025", "en", [
        D("statkraft-google-germany-ppa", ["Statkraft", "Google"], "supply", 180_000_000, "EUR", "approx",
          "2026-08-12", "signed",
          "The contract covers 200 MW and is worth about €180 million, Statkraft's head of German origination said on a call with journalists.",
          "ten-year wind supply for Google's Frankfurt-area data centres from 2027, announced 'on Wednesday'; "
          "second Statkraft/Google deal, different from Skien (008)", term=["2027", "2036"]),
        NA("statkraft-google-skien", ["Statkraft", "Google"], "supply", "2025", "signed",
           "It is the second power deal between the two companies after the Skien contract in Norway last year, and Statkraft's largest corporate contract in Germany so far.",
           "reference to the 008 contract without amount; optional", required=False),
        D("rwe-meta-oranjewind-talks", ["RWE", "Meta"], "supply", 1_000_000_000, "EUR", "up_to", "2026-08",
          "negotiating",
          "Het Zuiderkompas, a Dutch business daily, put the possible value at up to €1 billion over 15 years; RWE would not comment on the figure.",
          "negotiations confirmed by RWE (previous sentence); value from a newspaper"),
        D("vattenfall-microsoft-sweden", ["Vattenfall", "Microsoft"], "supply", 4_200_000_000, "SEK", "exact",
          "2024-10", "signed",
          "Its ten-year agreement with Microsoft in Sweden, worth SEK 4.2 billion and signed in October 2024, began deliveries last year, and Vattenfall says matching has reached 94% of hours so far.",
          "the contract of 004; 'Its' = Vattenfall's"),
    ], ["€47.62", "€15.88", "DKK 142.80", "€84.20 per MWh", "£1,450"])

art("020_vattenfall_spreeknoten_hauptstadtkontor.txt", "2026-11-20",
    "from the dateline 'Berlin, 20. November (hk)' and the issue line 'Ausgabe 47 | 2026'; 'am Mittwoch' "
    "-> 2026-11-18; 'Im Mai' -> 2026-05; 'im Frühjahr 2024' -> 2024", "de", [
        D("vattenfall-spreeknoten-stake", ["Vattenfall", "Spreeknoten Data"], "acquisition", 180_000_000, "EUR",
          "approx", "2026-11-18", "signed",
          "Der Kaufvertrag wurde am Mittwoch unterschrieben; Vattenfall zahlt nach Angaben aus Unternehmenskreisen knapp 180 Millionen Euro.",
          "60 % of Spreeknoten Data; 'knapp' -> approx; repeated in the fact box", kind_alt=["investment"]),
        D("bew-spreeknoten-heat", ["BEW Berliner Energie und Wärme", "Spreeknoten Data"], "supply", 4_000_000,
          "EUR", "approx", "2026-11", "signed",
          "Die BEW zahlt dafür jährlich rund vier Millionen Euro, sobald die ersten Hallen in Betrieb sind – geplant ist das für Ende 2028.",
          "15-year waste-heat supply to the district-heating network, concluded 'Parallel' to the stake (no "
          "day); yearly rate; repeated in the fact box", per="year", term=["2028", None]),
        D("enbw-haldenstrom-stake", ["EnBW", "Haldenstrom"], "acquisition", 340_000_000, "EUR", "approx",
          "2025-09", "completed",
          "Die EnBW hatte im September 2025 für rund 340 Millionen Euro 40 Prozent am hessischen Entwickler Haldenstrom übernommen.",
          "the stake of 010/013", kind_alt=["investment"]),
        D("rwe-morschenich-stake", ["RWE", "Morschenich Datenpark"], "acquisition", 260_000_000, "EUR",
          "approx", "2026-05", "signed",
          "Im Mai zog RWE nach und kaufte sich für etwa 260 Millionen Euro die Mehrheit an der Morschenich Datenpark GmbH am Tagebau Hambach.",
          "the stake of 018", kind_alt=["investment"]),
        D("berlin-vattenfall-heat", ["Land Berlin", "Vattenfall"], "acquisition", 1_400_000_000, "EUR",
          "approx", "2024", "completed",
          "Das Land Berlin hatte das Wärmegeschäft im Frühjahr 2024 für rund 1,4 Milliarden Euro von Vattenfall übernommen.",
          "background purchase of Vattenfall's Berlin heating business; season -> year"),
        D("spreeknoten-campus-capex", ["Spreeknoten Data"], "capex_plan", 420_000_000, "EUR", "approx",
          "2026-11", "planned",
          "Die Baukosten für die erste Ausbaustufe mit 40 Megawatt veranschlagt er auf rund 420 Millionen Euro.",
          "construction-cost estimate of the first stage by the founder ('er'); borderline between capex plan "
          "and cost estimate; optional", required=False),
    ], ["rund 1,3 Milliarden Euro", "86,40 Euro je Megawattstunde", "95 Euro"])


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
