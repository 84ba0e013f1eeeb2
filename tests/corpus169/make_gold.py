#!/usr/bin/env python3
"""Write gold.json for tests/corpus169 (the hand annotation as a script).

Usage: python3 tests/corpus169/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json. Standard library only.
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 169th held-out test corpus (tests/corpus169/articles/), theme: "
    "chemicals and materials (chemical groups, plant sales, specialty materials for chips and batteries, "
    "digital/AI contracts); written for the tests and independent of the extractor; same format and rules "
    "as tests/corpus15/gold.json and shared/gold/seeds.json. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague or background mentions "
    "(amount-less restatements, group-wide or third-party capex plans, a denied rumour) that an extractor "
    "may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one "
    "of them as a deal is an error. Amounts are in full units, in the currency the article states them in "
    "(other currencies and other articles' figures of the same deal in 'alt_amounts'); 'amount_max' closes "
    "a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's own date marker, dateline, "
    "<meta>/<time>, issue line or byline date, or null when the article has none); quarters, half-years, "
    "seasons and 'Ende'/'late' of a year become the year; a cancelled deal keeps the date of the original "
    "agreement; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur "
    "in the visible text (check_corpus_gold.visible_text). Invented companies: Drusenbach Fluorchemie GmbH, "
    "Gemeinde Wehrbachtal, Rauhenstein Chemie GmbH, Dongrui Advanced Materials, Holzkirch Kapital, Penshaw "
    "Carbon, Tarnholm Infrastructure, Ketterbach Polymere, Marrowind Analytics, Greyfen Ventures, Sohyang "
    "Precursor, Corvenne Resist, Lavaux Chimie, Dreifelder Quarz, Brännvik Litium, Kvarnsund Kapital, "
    "Keystrand Compute; invented publications, banks, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are loosely based on public reports with amounts, "
    "dates and details shifted or invented. Nothing here is reporting."
)


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
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_covestro_adnoc_aktienveranda.txt"] = A(
    "2024-06-24",
    "from the stock-portal stamp '24.06.2024 · 08:47 Uhr'",
    "de",
    [
        D("adnoc-covestro-takeover", ["ADNOC", "Covestro"], "acquisition", 11000000000, "EUR", "approx",
          "2024", "negotiating",
          "Insidern zufolge bieten die Emiratis inzwischen knapp 57 Euro je Aktie, das ganze Unternehmen würden sie sich damit rund 11 Milliarden Euro kosten lassen.",
          alt=[(14400000000, "EUR"), (15900000000, "USD")],
          note="talks confirmed by Covestro ('am Sonntagabend'), the amount only from insiders; 'die Emiratis' = ADNOC, 'das ganze Unternehmen' = Covestro (previous sentences); 003 reports the signing at ~EUR 14.4bn ($15.9bn) on 2024-10-01 and 013 the EU approval (alt_amounts); only the year, so that the shared id's dates agree"),
        D("adnoc-oci-fertiglobe", ["ADNOC", "OCI", "Fertiglobe"], "acquisition", 3600000000, "USD", "approx",
          "2023", "completed",
          "Ende vergangenen Jahres hatte der Konzern dem niederländischen Düngerproduzenten OCI dessen Mehrheitsanteil an Fertiglobe abgekauft und dafür rund 3,6 Milliarden Dollar auf den Tisch gelegt.",
          note="'der Konzern' = ADNOC (previous sentence); seller OCI, target Fertiglobe; 'Ende vergangenen Jahres' -> 2023"),
        D("adnoc-capex-plan", ["ADNOC"], "capex_plan", 150000000000, "USD", "exact", None, "planned",
          "Daneben plant der Staatskonzern bis zum Ende des Jahrzehnts Investitionen von 150 Milliarden Dollar, wachsende Teile davon in Kunststoffe und Spezialchemie.",
          required=False, note="group-wide investment plan, background"),
    ],
    ["knapp 57 Euro je Aktie", "etwa 50 Euro je Anteilsschein", "54,12 Euro", "rund 10,2 Milliarden Euro",
     "von 52 auf 60 Euro", "zwischen 1,0 und 1,6 Milliarden Euro", "jährlich 400 Millionen Euro",
     "3,5 Milliarden Euro", "3,90 Euro", "ab 25 Euro monatlich", "Bei 57 Euro"],
)

ARTICLES["002_merck_unitysc_hexalith_en.html"] = A(
    "2024-09-17",
    "from <meta property='article:published_time'> and <time datetime='2024-09-17'> (visible '17 Sep 2024'); 'on Monday' -> 2024-09-16",
    "en",
    [
        D("merck-unitysc", ["Merck", "Unity-SC"], "acquisition", 160000000, "EUR", "exact", "2024-09-16",
          "signed",
          "The Darmstadt science and technology group said on Monday it would acquire Unity-SC, a maker of optical metrology and inspection tools based near Grenoble, for €160 million (about $178 million), paid in cash.",
          alt=[(178000000, "USD")],
          note="'The Darmstadt science and technology group' = Merck KGaA (previous sentence); closing expected by December"),
        D("merck-kaohsiung-site", ["Merck"], "capex_plan", 16000000000, "TWD", "approx", "2023", "announced",
          "Last year it set out plans to spend some NT$16 billion, or roughly €470 million, on a new materials site in Kaohsiung, southern Taiwan, close to the island's biggest fabs.",
          alt=[(470000000, "EUR")], kind_alt=["project"],
          note="'it' = Merck (previous sentence); site investment announced 'Last year' -> 2023"),
        D("merck-electronics-capex-3bn", ["Merck"], "capex_plan", 3000000000, "EUR", "at_least", None,
          "announced",
          "Across its electronics business the group has pledged more than €3 billion of investment in total, though it has never broken down exactly where the money goes.",
          required=False, note="group-wide pledge for the electronics business, undated background"),
    ],
    ["€38 million", "$14 billion by 2030", "€162.35", "€10bn", "€199", "€11.99 a month", "€119 a year"],
)

ARTICLES["003_adnoc_covestro_cresswold_en.txt"] = A(
    "2024-10-02",
    "from the wire header 'October 2, 2024 · 05:40 GMT'; dateline 'LEVERKUSEN, Germany, Oct 1'; 'on Tuesday' -> 2024-10-01",
    "en",
    [
        D("adnoc-covestro-takeover", ["ADNOC", "Covestro"], "acquisition", 14400000000, "EUR", "approx",
          "2024-10-01", "signed",
          "The deal values the Leverkusen-based group at roughly 14.4 billion euros ($15.9 billion) including debt.",
          alt=[(15900000000, "USD")],
          note="'agreed on Tuesday to buy Covestro' in the previous sentence; 'the Leverkusen-based group' = Covestro; the rumour of 001, signed here"),
        D("adnoc-covestro-capital-increase", ["ADNOC", "Covestro"], "investment", 1200000000, "EUR", "exact",
          "2024-10-01", "signed",
          "As part of a binding investment agreement, ADNOC has also committed to subscribe to a capital increase of 1.2 billion euros once the takeover closes, money Covestro wants to spend on its sustainability programme and on new capacity for polycarbonate and coatings resins used in servers, battery housings and chip fabs.",
          note="second deal of the same pair in the same article (takeover vs capital increase); must stay apart"),
    ],
    ["60.50 euros", "13.9 billion euros", "2.7 billion euros", "$60 billion", "around 50 euros",
     "57.62 euros"],
)

ARTICLES["004_penshaw_aesc_wearside_en.txt"] = A(
    "2024-11-21",
    "from the section line 'Business | Thursday 21 November 2024'; 'on Tuesday' -> 2024-11-19; 'last month' -> 2024-10",
    "en",
    [
        D("penshaw-aesc-2024", ["Penshaw Carbon", "AESC"], "supply", 240000000, "GBP", "approx", "2024-11-19",
          "signed",
          "Both firms put their names to it on Tuesday; over its lifetime it should bring Penshaw about £240m, according to the company, with deliveries starting in 2026 and running until the end of 2031.",
          term=["2026", "2031"],
          note="'it' = the six-year anode supply deal with AESC (previous sentence); first Penshaw-AESC deal, restated in 015 next to the second one"),
        D("tarnholm-penshaw-round", ["Tarnholm Infrastructure", "Penshaw Carbon"], "investment", 65000000,
          "GBP", "exact", "2024-10", "completed",
          "The order follows a fundraising last month in which Tarnholm Infrastructure, an investor that specialises in energy-transition industry, led a £65m round.",
          note="lead investor of the round; valuation GBP 210m is not a deal"),
        D("aesc-sunderland-plant2", ["AESC"], "capex_plan", 1000000000, "GBP", "approx", None, "announced",
          "AESC is building a second, larger plant next door, a project with a price tag of around £1bn that is backed by government support.",
          required=False, kind_alt=["project"], note="background project cost of the customer"),
    ],
    ["£210m", "£28m", "£6,100 a tonne", "£3.5m", "£31,500 a year", "£189,950"],
)

ARTICLES["005_ketterbach_microsoft_werkbankdigital.txt"] = A(
    "2025-02-06",
    "from the issue line 'Heft 2/2025 · erschienen am 6. Februar 2025'; 'Ende Januar' -> 2025-01; 'in dieser Woche' -> 2025-02",
    "de",
    [
        D("ketterbach-microsoft-cloud", ["Ketterbach Polymere", "Microsoft"], "cloud_contract", 85000000,
          "EUR", "approx", "2025-01", "signed",
          "Das Volumen beziffert Ketterbach auf rund 85 Millionen Euro; die Laufzeit reicht von 2025 bis Ende 2029.",
          term=["2025", "2029"],
          note="five-year Azure contract signed 'Ende Januar' (previous sentence)"),
        D("ketterbach-marrowind-licence", ["Ketterbach Polymere", "Marrowind Analytics"], "other", 6000000,
          "EUR", "approx", "2025-02", "signed",
          "Ketterbach zahlt dafür jährlich rund 6 Millionen Euro, zunächst für drei Jahre.",
          per="year", alt=[(6500000, "USD")], kind_alt=["cloud_contract", "partnership"],
          note="'dafür' = the AI software licence with Marrowind Analytics (two sentences earlier); yearly rate; 016 restates it as about $6.5m a year (alt_amounts); different from Ketterbach's 2026 stake in Marrowind (016)"),
    ],
    ["180 Millionen Dollar", "etwa 40 Millionen Euro im Jahr", "rund 2,1 Milliarden Euro", "ab 2,80 Euro",
     "78.000 Euro", "mehr als 95.000 Euro", "690 Euro", "96 Euro", "11,50 Euro"],
)

ARTICLES["006_lgchem_glenwood_mapo_en.txt"] = A(
    "2025-02-27",
    "from the stamp 'Published 2025.02.27 16:05'; 'on Wednesday' -> 2025-02-26; 'earlier this month' -> 2025-02",
    "en",
    [
        D("lgchem-glenwood-water", ["LG Chem", "Glenwood Private Equity"], "acquisition", 1350000000000,
          "KRW", "approx", "2025-02-26", "signed",
          "LG Chem has agreed to sell its water solutions business to Glenwood Private Equity for about 1.35 trillion won ($940 million), the latest step in a restructuring that has the Korean chemical group shedding mature units to pay for cathode plants and specialty materials for chips.",
          alt=[(940000000, "USD")],
          note="share purchase agreement signed 'on Wednesday' (next sentence); closing by the end of June"),
        D("linde-samsung-pyeongtaek", ["Linde", "Samsung Electronics"], "supply", 1000000000000, "KRW",
          "at_least", "2025-02", "signed",
          "The agreement runs for 15 years and is worth more than 1 trillion won, according to a pair of industry executives familiar with the document.",
          note="parties in the two previous sentences ('Linde said earlier this month ... Samsung Electronics' Pyeongtaek campus'); value from sources, not confirmed"),
    ],
    ["210 billion won", "330 billion won", "380,000 won", "241,500 won", "33 trillion won", "57,800 won",
     "9,900 won a month"],
)

ARTICLES["007_drusenbach_esmc_lossetalbote.txt"] = A(
    "2025-03-13",
    "dateline without year 'Wehrbachtal, 13. März (lb)'; the year from the copyright line '© Lossetal-Bote 2025'; 'am Dienstag' -> 2025-03-11, 'am Montagabend' -> 2025-03-10",
    "de",
    [
        D("drusenbach-esmc-supply", ["Drusenbach Fluorchemie", "ESMC"], "supply", 140000000, "EUR", "approx",
          "2025-03-11", "signed",
          "Das Volumen des Auftrags liegt nach Angaben von Geschäftsführerin Dr. Annegret Dölzenbach bei rund 140 Millionen Euro.",
          term=["2027", "2033"], alt=[(152000000, "USD")],
          note="contract with ESMC signed 'am Dienstag' two sentences earlier, deliveries from 2027 for seven years; 008 restates it in USD ($152m, month only), 019 without amount"),
        D("wehrbachtal-drusenbach-land-2025", ["Drusenbach Fluorchemie", "Gemeinde Wehrbachtal"],
          "acquisition", 2350000, "EUR", "exact", "2025-03-10", "signed",
          "Der Kaufpreis beträgt 2.350.000 Euro, das entspricht gut 61 Euro pro Quadratmeter.",
          kind_alt=["other"],
          note="municipal land sale, council vote 'am Montagabend' (previous sentence); different from the second land sale of June 2026 (019)"),
        D("esmc-dresden-fab", ["ESMC"], "project", 10000000000, "EUR", "approx", None, "announced",
          "Die Fabrik in Dresden, die ESMC für rund zehn Milliarden Euro errichtet, wird vom Bund mit etwa fünf Milliarden Euro unterstützt.",
          required=False, kind_alt=["capex_plan"],
          note="background project cost; the federal subsidy of about EUR 5bn is a not_deal"),
    ],
    ["61 Millionen Euro", "gut 61 Euro pro Quadratmeter", "jährlich rund 400.000 Euro", "1,2 Millionen Euro",
     "maximal 1,5 Millionen Euro", "etwa fünf Milliarden Euro", "3.850 Euro", "61 Euro für den Quadratmeter",
     "49 Euro", "0,50 Euro"],
)

ARTICLES["008_etch_deposit_letter_april_en.txt"] = A(
    "2025-04-11",
    "from the issue line 'Issue 87 · Friday 11 April 2025'; 'on Wednesday' -> 2025-04-09; 'this week' -> 2025-04; 'in March' -> 2025-03",
    "en",
    [
        D("sohyang-skhynix-supply", ["Sohyang Precursor", "SK hynix"], "supply", 210000000000, "KRW", "exact",
          "2025-04-09", "signed",
          "Sohyang Precursor, a Cheongju company whose hafnium- and zirconium-based chemicals end up in high-k gate and capacitor films, has signed a three-year supply agreement with SK hynix worth 210 billion won ($144 million).",
          alt=[(144000000, "USD")], note="disclosed 'on Wednesday' (next sentence)"),
        D("airliquide-micron-boise", ["Air Liquide", "Micron"], "supply", 250000000, "USD", "at_least",
          "2025-04", "signed",
          "Air Liquide will invest more than $250 million to build, own and operate a nitrogen plant and a specialty gas yard at the memory fab Micron is building in Boise; the French group announced the contract this week.",
          kind_alt=["project"],
          note="on-site gas supply contract valued by the supplier's investment; 20 years; different from the 2026 Clay contract of the same pair (018)"),
        D("drusenbach-esmc-supply", ["Drusenbach Fluorchemie", "ESMC"], "supply", 152000000, "USD", "approx",
          "2025-03", "signed",
          "Drusenbach Fluorchemie, a 200-person family firm near Kassel, will supply high-purity fluorine compounds to ESMC, the TSMC-led fab in Dresden, for about $152 million over seven years.",
          note="same contract as 007 (EUR 140m, day); here USD and 'signed in March' (next sentence)"),
    ],
    ["7.4 trillion won", "$6.1 billion", "$78bn", "$51bn", "$1.90", "2 billion euros", "$1,250",
     "$480 a year"],
)

ARTICLES["009_rauhenstein_dongrui_muldeblick.html"] = A(
    "2025-05-21",
    "from <meta name='date'> and the visible line 'Bitterfeld-Wolfen · 21.05.2025, 06:40 Uhr'; 'am Dienstag' -> 2025-05-20 (the ban); 'im Dezember' -> 2024-12",
    "de",
    [
        D("dongrui-rauhenstein-plant", ["Dongrui Advanced Materials", "Rauhenstein Chemie"], "acquisition",
          1900000000, "CNY", "approx", "2024-12", "cancelled",
          "Dongrui wollte für die Anlage im Chemiepark rund 1,9 Milliarden Yuan zahlen, umgerechnet rund 240 Millionen Euro.",
          alt=[(240000000, "EUR")],
          note="sale agreed 'im Dezember' (previous sentence, 2024), blocked by the federal economics ministry 'am Dienstag' (2025-05-20); cancelled keeps the agreement date; 017 restates it in EUR"),
        D("holzkirch-rauhenstein-rumour", ["Holzkirch Kapital", "Rauhenstein Chemie"], "investment",
          200000000, "EUR", "approx", "2025-05", "rumored",
          "Berichte, wonach der Münchner Finanzinvestor Holzkirch Kapital nun selbst für rund 200 Millionen Euro bei Rauhenstein einsteigen wolle, wies ein Sprecher des Unternehmens am Dienstagabend als „reine Spekulation\" zurück.",
          required=False,
          note="denied rumour; different from Holzkirch's 2026 stake in Drusenbach (019)"),
    ],
    ["312 Millionen Euro", "25 Millionen Euro", "8.990 Euro", "0,99 Euro", "9,90 Euro"],
)

ARTICLES["010_jsr_corvenne_kayabacho_en.txt"] = A(
    "2025-06-05",
    "from the header 'Thursday, June 5, 2025 | Tokyo'; 'on Wednesday' -> 2025-06-04; 'last year' -> 2024",
    "en",
    [
        D("jsr-corvenne", ["JSR", "Corvenne Resist"], "acquisition", 410000000, "USD", "exact", "2025-06-04",
          "signed",
          "Photoresist maker JSR, taken private last year by the state-backed Japan Investment Corporation, has agreed to buy Corvenne Resist, a US developer of metal-oxide photoresists for extreme ultraviolet lithography, for $410 million.",
          note="agreement 'signed on Wednesday' (next sentence)"),
        D("jic-jsr-takeover", ["Japan Investment Corporation", "JSR"], "acquisition", 904000000000, "JPY",
          "approx", "2024", "completed",
          "JIC completed its takeover in the summer of 2024 after a tender offer that valued JSR at some ¥904 billion, or roughly ¥4,350 for each share.",
          note="take-private completed 2024 (also mentioned without amount in the first sentence); the per-share price is a not_deal"),
        D("shinetsu-isesaki-plant", ["Shin-Etsu Chemical"], "capex_plan", 85000000000, "JPY", "exact", "2024",
          "announced",
          "Shin-Etsu Chemical announced last year that it would spend ¥85 billion on a new photoresist and photomask blank plant in Isesaki, Gunma prefecture, its first new domestic site in decades.",
          kind_alt=["project"]),
    ],
    ["$62 million", "¥4,350", "¥450 billion", "¥600 billion", "¥10 trillion", "¥38 billion", "¥38,000",
     "¥29,000"],
)

ARTICLES["011_basf_carlyle_neckarwirtschaft.txt"] = A(
    "2025-10-11",
    "from the weekend issue line 'Samstag/Sonntag, 11./12. Oktober 2025 · Nr. 196' (first day); 'am Freitag' -> 2025-10-10; 'im Juni' -> 2025-06",
    "de",
    [
        D("basf-carlyle-coatings", ["BASF", "Carlyle", "Qatar Investment Authority"], "acquisition",
          7500000000, "EUR", "exact", "2025-10-10", "signed",
          "Die Käufer bewerten die Sparte mit einem Unternehmenswert von 7,5 Milliarden Euro.",
          alt=[(8700000000, "USD")],
          note="'Die Käufer' = Carlyle with QIA, 'die Sparte' = BASF's coatings business, agreed 'am Freitag' (previous sentence); BASF keeps 40 %; pre-tax cash of ~EUR 5.6bn is part of it (not_deal); 012 restates it in USD (alt_amounts)"),
        D("basf-sherwin-brazil", ["BASF", "Sherwin-Williams"], "acquisition", 1100000000, "USD", "approx",
          "2025-06", "signed",
          "Bereits im Juni hatte BASF das brasilianische Geschäft mit Bautenanstrichmitteln an den US-Farbenhersteller Sherwin-Williams verkauft, für rund 1,1 Milliarden Dollar.",
          note="earlier, separate sale; amount at the end of the sentence"),
    ],
    ["sechs bis sieben Milliarden", "rund 5,6 Milliarden Euro", "rund 3,8 Milliarden Euro",
     "etwa 600 Millionen Euro", "2,3 Milliarden Euro", "44,07 Euro", "2,25 Euro je Aktie", "bei 52 Euro",
     "5.000 Euro", "34,90 Euro im Monat", "12,90 Euro"],
)

ARTICLES["012_molecule_street_weekly_nov_en.txt"] = A(
    "2025-11-07",
    "from the post line 'Posted 7 Nov 2025 by Tamsin Rowntree · Week 45'; 'last month' -> 2025-10; 'on Tuesday' -> 2025-11-04; 'In late August' -> 2025-08",
    "en",
    [
        D("basf-carlyle-coatings", ["BASF", "Carlyle", "Qatar Investment Authority"], "acquisition",
          8700000000, "USD", "approx", "2025-10", "signed",
          "The headline number is an enterprise value of about $8.7 billion, with the Qatar Investment Authority co-investing and BASF rolling over a 40% stake.",
          note="same deal as 011 (EUR 7.5bn, day); 'agreed last month' in the previous sentence"),
        D("entegris-lavaux-unit", ["Entegris", "Lavaux Chimie"], "acquisition", 380000000, "CHF", "exact",
          "2025-11-04", "signed",
          "Entegris is buying the electronic chemicals unit of Lavaux Chimie for CHF 380 million, roughly $470 million.",
          alt=[(470000000, "USD")], note="sale announced 'on Tuesday' (next sentence)"),
        D("dupont-arclin-aramids", ["DuPont", "Arclin"], "acquisition", 1750000000, "USD", "exact", "2025-08",
          "signed",
          "In late August DuPont agreed to sell its aramids business, home of the Kevlar and Nomex brands, to Arclin for $1.75 billion.",
          note="cash, note and stake that make up the price are not_deals"),
    ],
    ["CHF 145 million", "close to $4 billion", "$1.2 billion", "$300 million", "$1.3 billion",
     "$1.1 trillion", "CHF 2.60", "$149", "$18 a month"],
)

ARTICLES["013_chemie_liveticker_kurstrommel.txt"] = A(
    "2025-11-27",
    "from the ticker header 'Donnerstag, 27. November 2025'; entries by time; 'heute' -> 2025-11-27; 'im Oktober 2024' -> 2024-10",
    "de",
    [
        D("adnoc-covestro-takeover", ["ADNOC", "Covestro"], "acquisition", 14400000000, "EUR", "approx",
          "2024-10", "signed",
          "Damit ist die letzte große Hürde für die rund 14,4 Milliarden Euro schwere Transaktion genommen, die beide Seiten im Oktober 2024 vereinbart hatten.",
          note="EU approval of the takeover of Covestro by 'den Ölkonzern aus Abu Dhabi' (previous sentence, ADNOC in the entry title); closing planned for early December, so still signed; date of the agreement"),
        D("kvarnsund-brannvik-round", ["Kvarnsund Kapital", "Brännvik Litium"], "investment", 1800000000,
          "SEK", "up_to", "2025-11", "signed",
          "Der schwedische Raffinerieentwickler Brännvik Litium hat eine Finanzierungsrunde über bis zu 1,8 Milliarden Kronen unter Dach und Fach gebracht, umgerechnet rund 160 Millionen Euro.",
          alt=[(160000000, "EUR")],
          note="lead investor Kvarnsund Kapital in the next sentence; two tranches, hence 'bis zu'; no day given"),
        D("wacker-burghausen-polysilicon", ["Wacker Chemie"], "capex_plan", 300000000, "EUR", "approx",
          "2025-11-27", "planned",
          "Rund 300 Millionen Euro will Wacker Chemie bis Ende 2027 in die Produktion von hochreinem Polysilizium für die Halbleiterindustrie am Standort Burghausen stecken.",
          term=[None, "2027"], note="announced 'heute' (next sentence)"),
        D("linde-ti-sherman", ["Linde", "Texas Instruments"], "supply", None, None, None, "2025-11-27",
          "signed",
          "Linde wird nach eigenen Angaben eine weitere Chipfabrik von Texas Instruments in Sherman mit Stickstoff und Wasserstoff beliefern.",
          required=False, note="no amount ('Zum Auftragswert machte der Gase-Konzern keine Angaben')"),
    ],
    ["61,86 Euro", "60,50 Euro je Aktie", "rund 5 Dollar je Kilogramm", "rund 5,7 Milliarden Euro",
     "71,44 Euro", "63,20 Dollar", "1,1580 Dollar", "über 500 Euro", "(0 Euro)"],
)

ARTICLES["014_chipmaterial_kommentar_kursgezeiten.txt"] = A(
    "2026-01-21",
    "from the line 'Gastkommentar | 21.01.2026'; 'Im Oktober' -> 2025-10; 'Drei Monate später' -> 2026-01",
    "de",
    [
        D("dreifelder-siltronic-supply", ["Dreifelder Quarz", "Siltronic"], "supply", 90000000, "EUR",
          "approx", "2025-10", "signed",
          "Im Oktober schloss das Familienunternehmen einen mehrjährigen Rahmenvertrag mit dem Waferhersteller Siltronic über knapp 90 Millionen Euro.",
          note="'das Familienunternehmen' = Dreifelder Quarz (previous sentence); 'knapp' -> approx"),
        D("merck-dreifelder-talks", ["Merck", "Dreifelder Quarz"], "acquisition", 600000000, "EUR", "range",
          "2026-01", "negotiating",
          "Drei Monate später sitzt offenbar Merck mit den Eigentümern am Tisch: Nach Informationen aus Finanzkreisen verhandeln die Darmstädter über eine vollständige Übernahme, im Gespräch sei ein Kaufpreis zwischen 600 und 700 Millionen Euro.",
          amount_max=700000000,
          note="date from 'Drei Monate später' after October 2025; 'den Eigentümern' = the owners of Dreifelder Quarz; the analyst's illustrative EUR 650m is a not_deal"),
        D("merck-electronics-sites-2028", ["Merck"], "capex_plan", 1500000000, "EUR", "approx", None,
          "planned",
          "Für die Elektronikstandorte hat der Konzern bis Ende 2028 insgesamt rund 1,5 Milliarden Euro an Investitionen eingeplant.",
          required=False, term=[None, "2028"], note="group-wide plan, background; 'der Konzern' = Merck"),
    ],
    ["1,2 Milliarden Dollar", "82 Millionen Euro", "650 Millionen Euro", "rund 3,9 Milliarden Euro",
     "141,20 Euro", "168 Euro", "14,99 Euro"],
)

ARTICLES["015_penshaw_aesc_wearmouthpost_en.html"] = A(
    "2026-02-19",
    "from <meta name='pubdate'> and the byline 'Thu 19 Feb 2026'; 'on Tuesday' -> 2026-02-17; 'this month' -> 2026-02",
    "en",
    [
        D("penshaw-aesc-2026", ["Penshaw Carbon", "AESC"], "supply", 385000000, "GBP", "approx", "2026-02-17",
          "signed",
          "Penshaw said the deal was worth about £385m.",
          term=["2028", "2035"],
          note="'the deal, signed on Tuesday' for AESC's second gigafactory, 2028-2035 (previous sentence); second Penshaw-AESC deal, must stay apart from the 2024 contract in the next sentence"),
        D("penshaw-aesc-2024", ["Penshaw Carbon", "AESC"], "supply", 240000000, "GBP", "exact", "2024-11",
          "signed",
          "It comes on top of the £240m contract the two firms agreed in November 2024, which covers AESC's first plant and starts this year.",
          note="restatement of the 2024 contract of 004"),
        D("nwf-penshaw-loan", ["National Wealth Fund", "Penshaw Carbon"], "other", 45000000, "GBP", "exact",
          "2026-02", "signed",
          "It has secured a £45m loan from the National Wealth Fund, the government-owned lender, which confirmed the financing this month.",
          kind_alt=["investment"], note="'It' = Penshaw (previous sentence); loan"),
    ],
    ["£600m", "£24,800 a year", "£2.5bn", "£7.2m", "£6,900 a tonne", "roughly £6,100", "£14,995", "£399",
     "£4.99 a month", "First month £1"],
)

ARTICLES["016_ketterbach_marrowind_catalystcircuit_en.txt"] = A(
    "2026-03-24",
    "from the byline 'March 24, 2026 at 9:12 am'; 'on Monday' -> 2026-03-23; 'Early last year' -> 2025",
    "en",
    [
        D("ketterbach-marrowind-stake", ["Ketterbach Polymere", "Marrowind Analytics"], "investment", 38000000,
          "USD", "exact", "2026-03-23", "signed",
          "Ketterbach will pay $38 million for a 20% holding, the companies said on Monday.",
          note="also written '$38,000,000' in the next sentence; second Ketterbach-Marrowind deal, must stay apart from the licence"),
        D("ketterbach-marrowind-licence", ["Ketterbach Polymere", "Marrowind Analytics"], "other", 6500000,
          "USD", "approx", "2025", "signed",
          "Early last year Ketterbach agreed to license Marrowind's platform, which predicts how additives and fillers change the properties of a compound, for about $6.5 million a year.",
          per="year", kind_alt=["cloud_contract", "partnership"],
          note="the licence of 005 (EUR 6m a year), here in USD"),
        D("greyfen-marrowind-seriesa", ["Greyfen Ventures", "Marrowind Analytics"], "investment", 24000000,
          "USD", "exact", "2024", "completed",
          "Marrowind raised a $24 million Series A in 2024, led by the Dutch fund Greyfen Ventures.",
          note="lead investor"),
    ],
    ["$190 million", "$21 million", "$400,000", "€23.40", "€2.0 billion", "$29 a month"],
)

ARTICLES["017_rauhenstein_interview_chemiepost.txt"] = A(
    None,
    "interview without any date (no date line, byline date or copyright year); the Dongrui agreement is dated by the text itself ('im Dezember 2024'), the other deals stay null",
    "de",
    [
        D("dongrui-rauhenstein-plant", ["Dongrui Advanced Materials", "Rauhenstein Chemie"], "acquisition",
          240000000, "EUR", "approx", "2024-12", "cancelled",
          "Wir hatten uns im Dezember 2024 mit Dongrui auf rund 240 Millionen Euro geeinigt, das Geld war fest eingeplant.",
          note="'wir' = Rauhenstein Chemie; the sale banned by Berlin ('das Verbot'); same deal as 009 (CNY 1.9bn)"),
        D("keystrand-rauhenstein-gpu", ["Rauhenstein Chemie", "Keystrand Compute"], "cloud_contract", 2100000,
          "EUR", "approx", None, "signed",
          "Wir haben mit Keystrand Compute in Leipzig einen Vertrag über GPU-Kapazität geschlossen und zahlen dafür rund 2,1 Millionen Euro im Monat.",
          per="month", note="'wir' = Rauhenstein Chemie; monthly rate"),
        D("rauhenstein-silane-line", ["Rauhenstein Chemie"], "capex_plan", 40000000, "EUR", "range", None,
          "planned",
          "Die neue Silanlinie hier in Bitterfeld-Wolfen wird uns zwischen 40 und 60 Millionen Euro kosten.",
          amount_max=60000000, kind_alt=["project"], note="'uns' = Rauhenstein Chemie"),
    ],
    ["eine Viertelmilliarde", "gut 300 Millionen Euro", "17 Cent pro Kilowattstunde",
     "85.000 Euro im Jahr", "mehr als 100.000 Euro", "Landesbürgschaft von 25 Millionen Euro",
     "bis zu 8 Millionen Euro", "7,80 Euro", "78 Euro"],
)

ARTICLES["018_airliquide_micron_orderbuch.txt"] = A(
    "2026-06-16",
    "from the stock-portal stamp '16.06.2026 | 17:42 Uhr | Schlusskurse Xetra'; 'am Montag' -> 2026-06-15; 'im vergangenen Sommer' -> 2025",
    "de",
    [
        D("airliquide-micron-clay", ["Air Liquide", "Micron"], "supply", 400000000, "USD", "approx",
          "2026-06-15", "signed",
          "Dafür baut Air Liquide auf dem Gelände eigene Luftzerlegungsanlagen und investiert rund 400 Millionen Dollar, umgerechnet etwa 345 Millionen Euro.",
          alt=[(345000000, "EUR")], kind_alt=["project"],
          note="'Dafür' = the supply of Micron's Clay fab announced 'am Montag' (previous sentence); 20 years; different from the 2025 Boise contract of the same pair (008)"),
        D("micron-clay-fab", ["Micron"], "capex_plan", 100000000000, "USD", "up_to", None, "planned",
          "Über zwanzig Jahre verteilt sind für den Fabrikkomplex von Micron in Clay bis zu 100 Milliarden Dollar vorgesehen, der erste Reinraum soll 2029 in Betrieb gehen.",
          required=False, note="the customer's long-term plan, background"),
        D("airliquide-dig-airgas", ["Air Liquide", "DIG Airgas"], "acquisition", 2900000000, "EUR", "approx",
          "2025", "completed",
          "Den Kauf hatten die Franzosen im vergangenen Sommer für rund 2,9 Milliarden Euro vereinbart.",
          note="'die Franzosen' = Air Liquide, 'den Kauf' = DIG Airgas (previous sentence, closed in April 2026); date of the agreement"),
    ],
    ["172,40 Euro", "398,15 Euro", "195 Euro", "rund 27 Milliarden Euro", "3,30 Euro je Aktie", "172,40 €",
     "398,15 €", "132,86 $", "ab 1 Euro pro Order"],
)

ARTICLES["019_drusenbach_holzkirch_nordhessenwoche.txt"] = A(
    "2026-09-17",
    "from the issue line 'Donnerstag, 17. September 2026 · Nr. 38'; 'am Montag' -> 2026-09-14; 'Im Juni' -> 2026-06",
    "de",
    [
        D("holzkirch-drusenbach-stake", ["Holzkirch Kapital", "Drusenbach Fluorchemie"], "investment",
          55000000, "EUR", "up_to", "2026-09-14", "signed",
          "Der Investor zahlt dafür bis zu 55 Millionen Euro; ein Teil des Kaufpreises ist an Umsatzziele für die Jahre 2027 und 2028 geknüpft.",
          note="'Der Investor' = Holzkirch Kapital, 'dafür' = 30 % of Drusenbach (previous sentence, 'am Montag'); earn-out, hence 'bis zu'"),
        D("wehrbachtal-drusenbach-land-2026", ["Drusenbach Fluorchemie", "Gemeinde Wehrbachtal"],
          "acquisition", 1200000, "EUR", "exact", "2026-06", "signed",
          "Im Juni hatte die Gemeindevertretung Drusenbach ein weiteres Grundstück neben dem Werk verkauft, 1,9 Hektar für 1,2 Millionen Euro.",
          kind_alt=["other"], note="second land sale of the pair; the 2025 one is in 007"),
        D("drusenbach-esmc-supply", ["Drusenbach Fluorchemie", "ESMC"], "supply", None, None, None, "2025",
          "signed",
          "Drusenbach braucht es für die neue Produktionshalle auf dem früheren Ziegeleigelände, mit der das Unternehmen den Liefervertrag mit dem Dresdner Chiphersteller ESMC aus dem Frühjahr 2025 erfüllen will.",
          required=False, note="restatement without amount; 'Frühjahr 2025' -> 2025"),
    ],
    ["600.000 Euro im Jahr", "rund 14 Millionen Euro", "1.190 Euro im Monat", "5.000 Euro", "6.490 Euro",
     "je 50 Euro"],
)

ARTICLES["020_brannvik_umicore_bothnia_en.txt"] = A(
    "2026-11-05",
    "from the dateline 'SKELLEFTEÅ, 5 November 2026'; 'on Wednesday' -> 2026-11-04",
    "en",
    [
        D("brannvik-umicore-offtake", ["Brännvik Litium", "Umicore"], "supply", 2600000000, "SEK", "approx",
          "2026-11-04", "signed",
          "According to Brännvik, the contract is worth about SEK 2.6 billion, or roughly €230 million, depending on market prices.",
          term=["2027", "2031"], alt=[(230000000, "EUR")],
          note="five-year offtake from 2027 'signed on Wednesday' (previous sentence)"),
        D("skelleftea-kraft-brannvik-power", ["Skellefteå Kraft", "Brännvik Litium"], "supply", 42000000,
          "SEK", "exact", "2026-11", "signed",
          "The refinery will take power from the municipal utility Skellefteå Kraft under a ten-year contract, paying SEK 42 million per quarter at a fixed price for the bulk of its consumption.",
          per="quarter",
          note="'The refinery' = Brännvik Litium's plant; quarterly rate; no signing date -> month of the article"),
        D("brannvik-refinery-cost", ["Brännvik Litium"], "project", 6500000000, "SEK", "approx", None, "planned",
          "Construction costs are estimated at SEK 6.5 billion.",
          required=False, kind_alt=["capex_plan"], note="cost estimate of the refinery, background"),
    ],
    ["€95 million", "$9,800 a tonne", "more than $80,000", "SEK 120 million", "SEK 38,000 a month",
     "SEK 4 billion", "SEK 1,450 per night", "SEK 149 per month"],
)

ALIASES = {
    "ADNOC": ["ADNOC", "Abu Dhabi National Oil Company"],
    "Covestro": ["Covestro", "Covestro AG"],
    "OCI": ["OCI", "OCI N.V."],
    "Fertiglobe": ["Fertiglobe"],
    "Merck": ["Merck", "Merck KGaA", "EMD Electronics"],
    "Unity-SC": ["Unity-SC", "UnitySC"],
    "Penshaw Carbon": ["Penshaw Carbon", "Penshaw"],
    "AESC": ["AESC"],
    "Tarnholm Infrastructure": ["Tarnholm Infrastructure", "Tarnholm"],
    "Ketterbach Polymere": ["Ketterbach Polymere", "Ketterbach", "Ketterbach Polymere AG"],
    "Microsoft": ["Microsoft", "Azure"],
    "Marrowind Analytics": ["Marrowind Analytics", "Marrowind"],
    "Greyfen Ventures": ["Greyfen Ventures", "Greyfen"],
    "LG Chem": ["LG Chem"],
    "Glenwood Private Equity": ["Glenwood Private Equity", "Glenwood"],
    "Linde": ["Linde", "Linde plc"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "Texas Instruments": ["Texas Instruments"],
    "Drusenbach Fluorchemie": ["Drusenbach Fluorchemie", "Drusenbach Fluorchemie GmbH", "Drusenbach"],
    "Gemeinde Wehrbachtal": ["Gemeinde Wehrbachtal", "Wehrbachtal"],
    "ESMC": ["ESMC", "European Semiconductor Manufacturing Company"],
    "Sohyang Precursor": ["Sohyang Precursor", "Sohyang"],
    "SK hynix": ["SK hynix", "SK Hynix"],
    "Air Liquide": ["Air Liquide"],
    "Micron": ["Micron", "Micron Technology"],
    "DIG Airgas": ["DIG Airgas"],
    "Dongrui Advanced Materials": ["Dongrui Advanced Materials", "Dongrui"],
    "Rauhenstein Chemie": ["Rauhenstein Chemie", "Rauhenstein Chemie GmbH", "Rauhenstein"],
    "Holzkirch Kapital": ["Holzkirch Kapital", "Holzkirch"],
    "Keystrand Compute": ["Keystrand Compute", "Keystrand"],
    "JSR": ["JSR", "JSR Corporation"],
    "Corvenne Resist": ["Corvenne Resist", "Corvenne"],
    "Japan Investment Corporation": ["Japan Investment Corporation", "JIC"],
    "Shin-Etsu Chemical": ["Shin-Etsu Chemical", "Shin-Etsu"],
    "BASF": ["BASF", "BASF SE", "BASFs"],
    "Carlyle": ["Carlyle", "Carlyle Group", "The Carlyle Group"],
    "Qatar Investment Authority": ["Qatar Investment Authority", "QIA"],
    "Sherwin-Williams": ["Sherwin-Williams"],
    "Entegris": ["Entegris"],
    "Lavaux Chimie": ["Lavaux Chimie", "Lavaux"],
    "DuPont": ["DuPont"],
    "Arclin": ["Arclin"],
    "Wacker Chemie": ["Wacker Chemie", "Wacker"],
    "Kvarnsund Kapital": ["Kvarnsund Kapital", "Kvarnsund"],
    "Brännvik Litium": ["Brännvik Litium", "Brännvik", "Brännviks"],
    "Umicore": ["Umicore"],
    "Skellefteå Kraft": ["Skellefteå Kraft"],
    "Dreifelder Quarz": ["Dreifelder Quarz", "Dreifelder"],
    "Siltronic": ["Siltronic", "Siltronic AG"],
    "National Wealth Fund": ["National Wealth Fund", "NWF"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
