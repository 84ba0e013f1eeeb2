#!/usr/bin/env python3
"""Write gold.json for tests/corpus125 (the hand annotation, kept as a script).

Usage: python3 tests/corpus125/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 125th, held-out test corpus (tests/corpus125/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: semiconductor-equipment money of the AI boom (lithography, "
    "deposition, packaging and test tools). One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks vague or background mentions that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them "
    "as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | "
    "approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives "
    "the same deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date marker, "
    "dateline, <time datetime>, issue line or visible byline date, or null when the article has none); "
    "quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original "
    "agreement or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Egautal Optomechanik GmbH, "
    "Lumasil Photonics, Kaminoyama Quartz Co., Saguaro Flex Properties, Chuwei Probe Technology, Kettle Ridge "
    "Analytics, Glemstal Vakuumtechnik GmbH, Nettlebrook Semiconductor, Jhonghe Power Devices, Lotus Harbor "
    "Packaging, Kempwerk Precisie, Dommelvest Capital, Lausitzer Halbleiterwerk GmbH, Thornwick Industrial "
    "Partners, Shiroishi Materials; invented publications, banks, research houses, advertisers and people are "
    "listed in invented_names.txt; the deals of real companies are partly real, partly invented or shifted. "
    "Nothing here is reporting."
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


def N(id, parties, kind, date, status, evidence, required=True, kind_alt=None, note=None):
    """A deal mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required,
             kind_alt=kind_alt, note=note)


A = {}

A["001_zeiss_oberkochen_haertsfeldbote.txt"] = {
    "published": "2024-03-12",
    "published_note": "from the date line 'Oberkochen · Dienstag, 12. März 2024'; 'am Montagabend' -> 2024-03-11; 'In der vergangenen Woche' -> 2024-03",
    "language": "de",
    "deals": [
        D("oberkochen-zeiss-land", ["Zeiss SMT", "Stadt Oberkochen"], "acquisition", 9400000, "EUR", "exact",
          "2024-03-11", "announced",
          "9,4 Millionen Euro für gut vier Hektar Wiese und Brachland: So viel zahlt die Halbleitersparte des Optikkonzerns der Stadt für das Areal zwischen Langertal und Landesstraße.",
          kind_alt=["other"],
          note="amount first; buyer ('Käuferin ist die Carl Zeiss SMT GmbH') and the council vote 'am Montagabend' in the next sentences; notary appointment still to come, so announced"),
        D("zeiss-oberkochen-capex", ["Zeiss SMT"], "capex_plan", 600000000, "EUR", "at_least", "2024-03", "planned",
          "Zeiss SMT will dort nach Angaben eines Unternehmenssprechers bis 2027 mehr als 600 Millionen Euro in eine weitere Halle für Spiegel und Projektionsoptiken investieren, die in den Belichtungsmaschinen des niederländischen Kunden ASML stecken.",
          term=[None, "2027"], note="site capex plan; ASML is only the customer of the optics, not a party"),
        D("zeiss-egautal-supply", ["Zeiss SMT", "Egautal Optomechanik"], "supply", 120000000, "EUR", "exact",
          "2024-03", "signed",
          "Der 120-Millionen-Euro-Auftrag ist der größte in der Firmengeschichte, sagt Geschäftsführerin Annegret Vollmershausen.",
          term=["2024", "2029"],
          note="compound amount; parties and 'In der vergangenen Woche' in the previous sentence; restated in 013 and 017; different from the 2025 stake of the same pair (013)"),
    ],
    "not_deals": ["gut 224 Euro", "58 Millionen Euro", "elf Millionen", "rund 4,3 Milliarden Euro",
                  "1.150 Euro im Monat", "jährlich rund 2,5 Millionen Euro", "7.490 Euro", "je 39 Euro",
                  "224 Euro pro Quadratmeter"],
}

A["002_pellicle_post_april_en.txt"] = {
    "published": "2024-04-17",
    "published_note": "from the issue line 'Issue 44 — Wednesday, 17 April 2024'; 'on Monday' -> 2024-04-15",
    "language": "en",
    "deals": [
        D("applied-lumasil", ["Applied Materials", "Lumasil Photonics"], "acquisition", 310000000, "USD", "exact",
          "2024-04-15", "signed",
          "Applied Materials is paying $310 million in cash for Lumasil Photonics, a Tucson start-up whose interferometers catch overlay errors on stacked memory wafers, the two companies announced on Monday.",
          note="closing planned by the end of July; Lumasil's $22m revenue and the sales multiple are not deals"),
        D("tel-kaminoyama-takeover", ["Tokyo Electron", "Kaminoyama Quartz"], "acquisition", 45000000000, "JPY",
          "approx", "2024", "rumored",
          "Two people who were briefed on the talks put a price of about ¥45 billion (roughly $290 million) on the discussions.",
          alt=[(290000000, "USD"), (47500000000, "JPY"), (290000000, "EUR")],
          note="rumour; parties in the previous sentence ('Tokyo Electron is said to be circling Kaminoyama Quartz'); 006 reports the signing at ¥47.5bn (about €290m) on 2024-10-08, 013 the completion, 020 mentions it; the year keeps the shared id's dates consistent"),
        D("asmi-saguaro-lease", ["ASM International", "Saguaro Flex Properties"], "other", 3800000, "USD", "exact",
          "2024-04", "signed",
          "ASM International will rent a second building on its Phoenix campus from Saguaro Flex Properties for $3.8 million a year, under a lease that runs for twelve years, according to a county filing.",
          per="year", note="lease (rate per year, twelve years without a start year); dated to the issue's month"),
    ],
    "not_deals": ["$22 million", "€3.6bn", "$97bn", "$132,000", "$149", "$12 monthly", "$120 yearly"],
}

A["003_suss_mycronic_kurswaage.html"] = {
    "published": "2024-07-18",
    "published_note": "from <meta name=date>, JSON-LD datePublished and the visible line '18.07.2024 – 07:42 Uhr'; 'am Mittwochabend' -> 2024-07-17",
    "language": "de",
    "deals": [
        D("mycronic-suss-photomask", ["Mycronic", "Suss MicroTec"], "acquisition", 75000000, "EUR", "approx",
          "2024-07-17", "signed",
          "Der Kaufpreis liegt bei rund 75 Millionen Euro, wie Suss am Mittwochabend nach Handelsschluss bekanntgab.",
          note="sale of Suss's photomask business to Mycronic, parties in the previous sentence ('den schwedischen Mycronic-Konzern'); 007 reports the completion without an amount"),
        D("suss-zhubei-capex", ["Suss MicroTec"], "capex_plan", 40000000, "EUR", "up_to", "2024-07", "planned",
          "Für den Ausbau sind bis zu 40 Millionen Euro vorgesehen; die neue Fläche soll Ende 2025 bezugsfertig sein.",
          note="'das Unternehmen' in the previous sentence; expansion of the Zhubei (Taiwan) plant"),
    ],
    "not_deals": ["zwischen 340 und 380 Millionen Euro", "435 Millionen Euro", "58,40 Euro", "rund 1,1 Milliarden Euro",
                  "von 68 auf 75 Euro", "69,90 EUR", "3,75 % Tagesgeldzins"],
}

A["004_advantest_chuwei_pemberton_en.txt"] = {
    "published": "2024-07-30",
    "published_note": "from the header 'July 30, 2024 · 07:05 GMT'; dateline 'July 29', 'on Monday' -> 2024-07-29",
    "language": "en",
    "deals": [
        D("advantest-chuwei-stake", ["Advantest", "Chuwei Probe Technology"], "acquisition", 3200000000, "TWD",
          "exact", "2024-07-29", "signed",
          "TOKYO, July 29 (Pemberton) - Advantest, the Japanese maker of chip-testing equipment, agreed on Monday to buy a 20% stake in Chuwei Probe Technology for TWD 3.2 billion ($98 million), tightening its hold on a component that has become a bottleneck as orders for artificial-intelligence processors swell.",
          alt=[(98000000, "USD")], kind_alt=["investment"],
          note="20% stake; the implied valuation of TWD 16bn is not a deal"),
        D("advantest-kettleridge", ["Advantest", "Kettle Ridge Analytics"], "acquisition", 45000000, "USD", "approx",
          "2024-06", "completed",
          "Separately, Advantest said it had closed its acquisition of Kettle Ridge Analytics, a San Jose developer of software that sorts and analyses test data, for about $45 million in June.",
          note="Kettle Ridge's earlier $18m venture funding (no investors named) is not annotated as a deal"),
    ],
    "not_deals": ["about TWD 16 billion", "TWD 5.1 billion", "¥160 billion", "¥140 billion", "¥640 billion",
                  "¥41.8 billion", "about $6 billion", "¥6,312", "around ¥4.8 trillion", "about $18 million"],
}

A["005_trumpf_asml_photonikdepesche.txt"] = {
    "published": "2024-09-05",
    "published_note": "dateline without year 'Ditzingen, 5. September (pd)'; the year from the copyright line '© 2024 Photonik-Depesche'; 'in der vergangenen Woche' -> 2024-08 (26-30 August); 'am Montag' -> 2024-09-02",
    "language": "de",
    "deals": [
        D("asml-trumpf-lasers", ["ASML", "Trumpf"], "supply", 450000000, "EUR", "approx", "2024-08", "signed",
          "ASML nimmt den Ditzingern in den kommenden fünf Jahren Laserverstärker für die EUV-Belichtung im Wert von jährlich rund 450 Millionen Euro ab.",
          per="year", term=["2025", "2029"],
          note="'den Ditzingern' = Trumpf; rate per year, term 2025-2029 in the next sentence; signed 'in der vergangenen Woche'"),
        N("trumpf-glemstal", ["Trumpf", "Glemstal Vakuumtechnik"], "acquisition", "2024-09-02", "signed",
          "Das Unternehmen übernimmt 60 Prozent an der Glemstal Vakuumtechnik GmbH aus Leonberg, die Pumpen und Vakuumkammern für die Lasersysteme fertigt.",
          kind_alt=["investment"],
          note="60% stake; the price is only 'ein niedriger zweistelliger Millionenbetrag' (no amount); signed 'am Montag' (next sentence)"),
    ],
    "not_deals": ["rund 15 Millionen Euro", "12 Millionen Euro", "rund 5,2 Milliarden Euro", "Teilnahme 95 Euro",
                  "Jahresbezug 264 Euro"],
}

A["006_tel_kaminoyama_tohokujournal_en.txt"] = {
    "published": "2024-10-09",
    "published_note": "from 'Posted : 2024-10-09 18:10 JST'; 'on Tuesday' -> 2024-10-08",
    "language": "en",
    "deals": [
        D("tel-kaminoyama-takeover", ["Tokyo Electron", "Kaminoyama Quartz"], "acquisition", 47500000000, "JPY",
          "exact", "2024-10-08", "signed",
          "Tokyo Electron said on Tuesday it will acquire Kaminoyama Quartz Co. for ¥47.5 billion, about €290 million, ending months of speculation about the future of one of Yamagata prefecture's largest private employers.",
          alt=[(290000000, "EUR")], note="signing of the rumour in 002"),
        D("kaminoyama-tel-quartz-supply", ["Kaminoyama Quartz", "Tokyo Electron"], "supply", 6000000000, "JPY",
          "approx", "2022", "signed",
          "Kaminoyama has sold quartz ware to Tokyo Electron since 2022 under a contract worth roughly ¥6 billion a year, and the equipment maker accounts for about a third of its sales.",
          per="year", note="background supply contract, a different deal from the takeover between the same companies"),
        D("tel-miyagi-capex", ["Tokyo Electron"], "capex_plan", 104000000000, "JPY", "exact", None, "planned",
          "The group is spending ¥104 billion on the building, which will house prototype etch systems and is due to open in spring 2026.",
          kind_alt=["project"],
          note="'The group' = Tokyo Electron; the building is under way, the article gives no date of the decision"),
    ],
    "not_deals": ["¥19.3 billion", "¥2.2 trillion", "¥24,410", "up to ¥500 million", "¥180 million",
                  "¥235,000 a month"],
}

A["007_reinraum_wochenbrief_kw46.txt"] = {
    "published": "2024-11-15",
    "published_note": "from the issue line 'KW 46 · Freitag, 15. November 2024'; 'am Mittwoch' -> 2024-11-13; 'Anfang der Woche' -> 2024-11",
    "language": "de",
    "deals": [
        D("asml-nettlebrook-highna", ["Nettlebrook Semiconductor", "ASML"], "supply", 700000000, "EUR", "approx",
          "2024-11-13", "signed",
          "Das Volumen beziffern die Niederländer auf knapp 700 Millionen Euro.",
          alt=[(760000000, "USD")],
          note="parties and 'am Mittwoch' in the previous sentence; 'die Niederländer' = ASML; 010 gives roughly $760m and only the month"),
        D("aixtron-jhonghe-2024", ["Jhonghe Power Devices", "Aixtron"], "supply", 45000000, "EUR", "approx",
          "2024-11", "signed",
          "Aixtron meldet einen Auftrag über rund 45 Millionen Euro von Jhonghe Power Devices aus Taoyuan; bestellt wurden Anlagen für Galliumnitrid-Leistungshalbleiter, wie sie in Netzteilen für KI-Server stecken.",
          note="first order of the pair; the second (€38m, 2025-06-24) is in 011"),
        N("mycronic-suss-photomask", ["Mycronic", "Suss MicroTec"], "acquisition", "2024-07", "completed",
          "Suss MicroTec hat den im Juli vereinbarten Verkauf seines Photomasken-Geschäfts an Mycronic abgeschlossen.",
          note="completion of the sale of 003, no amount; the date is the July agreement"),
    ],
    "not_deals": ["641,20 Euro", "rund 630 Millionen Euro", "1,0 Milliarden Euro", "109 Mrd. US-Dollar",
                  "6.300 Euro", "24,90 Euro", "Jahresabo 189 Euro", "49 Euro"],
}

A["008_applied_besi_stake_bayshore_en.html"] = {
    "published": "2025-04-15",
    "published_note": "from <meta article:published_time> and <time> 'Tue, Apr 15, 2025'; 'on Monday' -> 2025-04-14",
    "language": "en",
    "deals": [
        D("applied-besi-stake", ["Applied Materials", "BE Semiconductor Industries"], "acquisition", 1100000000,
          "USD", "approx", "2025-04-14", "completed",
          "Applied Materials has bought 9% of BE Semiconductor Industries for about $1.1 billion, the Santa Clara company disclosed in a filing with Dutch regulators on Monday.",
          alt=[(1000000000, "EUR")], kind_alt=["investment"],
          note="9% stake; 009 gives 'rund eine Milliarde Euro' and only the month; 018 restates it without amount; different from the 2026 takeover rumour (018, 019)"),
        D("applied-epic-center", ["Applied Materials"], "capex_plan", 4000000000, "USD", "approx", None, "planned",
          "The company is also putting about $4 billion into its EPIC research centre in Sunnyvale, which is due to open this year and where chipmakers will be able to test new materials and tools alongside Applied's engineers.",
          required=False, kind_alt=["project"], note="background spending on the company's own research centre, no date"),
        N("applied-besi-hybrid-line", ["Applied Materials", "BE Semiconductor Industries"], "partnership", "2020",
          "announced",
          "The two companies have worked together on an integrated hybrid-bonding line since 2020.",
          required=False, kind_alt=["joint_venture"], note="amount-less background cooperation, optional; different from the stake and the 2026 takeover rumour"),
    ],
    "not_deals": ["€104.60", "roughly €8.4 billion", "around $3 million", "€607 million", "$7.17 billion",
                  "$10 billion a year", "about $6 billion", "$142.30", "6.125% APR"],
}

A["009_besi_kommentar_anlegerpost.txt"] = {
    "published": "2025-04-23",
    "published_note": "from the header 'Mittwoch, 23. April 2025'; 'Anfang April' -> 2025-04",
    "language": "de",
    "deals": [
        D("applied-besi-stake", ["Applied Materials", "BE Semiconductor Industries"], "acquisition", 1000000000,
          "EUR", "approx", "2025-04", "completed",
          "Dass sich Applied Materials Anfang April für rund eine Milliarde Euro neun Prozent an Besi gesichert hat, ist weit mehr als eine Finanzanlage, auch wenn die Amerikaner genau das beteuern.",
          kind_alt=["investment"], note="amount in words, EUR, month only (008: about $1.1bn on 2025-04-14)"),
        D("skhynix-besi-hybrid", ["SK hynix", "BE Semiconductor Industries"], "supply", 90000000, "EUR", "approx",
          "2025-04", "negotiating",
          "Nach unseren Informationen verhandelt SK hynix mit Besi über Hybrid-Bonder im Wert von rund 90 Millionen Euro, die in der nächsten Generation des Stapelspeichers HBM zum Einsatz kommen sollen.",
          note="talks reported by the analyst; Besi does not comment"),
    ],
    "not_deals": ["607 Millionen Euro", "580 Millionen Euro", "von 130 auf 145 Euro", "rund 97 Euro", "über 105 Euro",
                  "knapp acht Milliarden Euro", "deutlich über zehn Milliarden", "100 Euro Wechselprämie",
                  "5.000 Euro"],
}

A["010_nettlebrook_hillsboro_tualatin_en.txt"] = {
    "published": "2025-05-22",
    "published_note": "from the header 'Thursday, May 22, 2025'; 'announced Tuesday' -> 2025-05-20; 'last November' -> 2024-11; 'Earlier this month' -> 2025-05",
    "language": "en",
    "deals": [
        D("nettlebrook-hillsboro-capex", ["Nettlebrook Semiconductor"], "capex_plan", 3400000000, "USD", "exact",
          "2025-05-20", "planned",
          "Nettlebrook Semiconductor will spend $3.4 billion on a second chip factory at its campus off Northwest Evergreen Parkway, the company announced Tuesday, a project that would roughly double its local workforce to about 2,600 by 2029.",
          kind_alt=["project"]),
        D("asml-nettlebrook-highna", ["Nettlebrook Semiconductor", "ASML"], "supply", 760000000, "USD", "approx",
          "2024-11", "signed",
          "The company ordered two of ASML's high-NA scanners last November for roughly $760 million; the first arrives in September and will need a crane, a convoy of 40 trucks and several weeks of assembly, according to the company.",
          note="'The company' = Nettlebrook; same order as 007 (knapp €700m, 2024-11-13)"),
        D("lam-nettlebrook-tools", ["Nettlebrook Semiconductor", "Lam Research"], "supply", 180000000, "USD", "range",
          "2025-05", "signed",
          "Earlier this month it signed contracts with Lam Research for etch and deposition tools worth between $180 million and $220 million, according to the state's permit filings.",
          amount_max=220000000, note="'it' = Nettlebrook; range from permit filings"),
    ],
    "not_deals": ["$115 million", "an estimated $60 million", "$41 an hour", "$1.9 billion", "$85 million",
                  "$1,450 per term", "$6 a week"],
}

A["011_aixtron_jhonghe_wurmtalecho.html"] = {
    "published": "2025-06-26",
    "published_note": "from <meta name=date> and <time> 'Donnerstag, 26.06.2025, 06:30 Uhr'; 'am Dienstag' -> 2025-06-24",
    "language": "de",
    "deals": [
        D("aixtron-jhonghe-2025", ["Jhonghe Power Devices", "Aixtron"], "supply", 38000000, "EUR", "approx",
          "2025-06-24", "signed",
          "Gute Nachrichten für den größten Industriearbeitgeber der Stadt: Der taiwanische Leistungshalbleiterhersteller Jhonghe Power Devices hat bei Aixtron am Dienstag weitere Anlagen zur Abscheidung von Galliumnitrid für rund 38 Millionen Euro bestellt.",
          note="second order of the pair (the first, about €45m in November 2024, is in 007 and only alluded to here without amount)"),
        D("aixtron-cleanroom-capex", ["Aixtron"], "capex_plan", 60000000, "EUR", "approx", "2025-06", "planned",
          "Aixtron will bis Ende 2026 weitere rund 60 Millionen Euro in eine zweite Reinraumhalle neben dem Innovationszentrum stecken, das erst im vergangenen Jahr eröffnet wurde.",
          term=[None, "2026"]),
    ],
    "not_deals": ["zwischen 520 und 620 Millionen Euro", "31 Millionen Euro", "gut 140 Millionen Euro", "11,62 Euro",
                  "über 35 Euro", "189 Euro im Monat", "9,90 Euro pro Monat"],
}

A["012_lotusharbor_zhubeitimes_en.txt"] = {
    "published": "2025-08-14",
    "published_note": "from the stamp '2025-08-14 09:30 (Taipei time)'; 'on Wednesday' -> 2025-08-13",
    "language": "en",
    "deals": [
        D("lotusharbor-advantest-testers", ["Lotus Harbor Packaging", "Advantest"], "supply", 2900000000, "TWD",
          "exact", "2025-08-13", "signed",
          "KAOHSIUNG — Lotus Harbor Packaging, the Kaohsiung advanced-packaging house that assembles AI accelerators for several US chip designers, said on Wednesday it had signed orders worth NT$2.9 billion (about US$97 million) with Advantest for final-test systems.",
          alt=[(97000000, "USD")]),
        D("lotusharbor-besi-bonders", ["Lotus Harbor Packaging", "BE Semiconductor Industries"], "supply", 70000000,
          "EUR", "approx", "2025-08-13", "signed",
          "The company also ordered hybrid bonding equipment from BE Semiconductor Industries for about €70 million, a spokeswoman said, without giving a delivery date.",
          note="'The company' = Lotus Harbor; EUR amount in a TWD article; dated with the Wednesday announcement"),
        D("lotusharbor-nanzih-capex", ["Lotus Harbor Packaging"], "capex_plan", 18000000000, "TWD", "exact",
          "2025-08", "planned",
          "Lotus Harbor intends to invest NT$18 billion through 2027 in a new plant in Kaohsiung's Nanzih district, where it wants to stack memory and logic dies for so-called chip-on-wafer-on-substrate products.",
          term=[None, "2027"], kind_alt=["project"]),
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38000000000, "USD", "range", "2025", "planned",
          "TSMC, whose capital budget this year is set at between US$38 billion and US$42 billion, has said it cannot meet demand for its own advanced packaging until at least next year and has pushed some of the work to outside contractors such as Lotus Harbor.",
          amount_max=42000000000, required=False, note="group-wide capex budget in a relative clause, optional"),
    ],
    "not_deals": ["NT$212.5", "NT$14.6 billion", "NT$1.9 billion", "NT$260", "NT$230",
                  "between US$8,000 and US$10,000", "up to NT$500 million", "NT$55,000 a month", "NT$30 million",
                  "NT$280 a month"],
}

A["013_waferwacht_liveticker.txt"] = {
    "published": "2025-10-14",
    "published_note": "from the ticker header 'Dienstag, 14. Oktober 2025' and the entry times; 'heute Vormittag' -> 2025-10-14; 'vor einem Jahr' -> 2024-10; 'seit dem Frühjahr 2024' -> 2024",
    "language": "de",
    "deals": [
        D("zeiss-egautal-stake", ["Zeiss SMT", "Egautal Optomechanik"], "acquisition", 48000000, "EUR", "approx",
          "2025-10-14", "signed",
          "Der Optikspezialist übernimmt 25,1 Prozent der Anteile für rund 48 Millionen Euro, wie beide Unternehmen heute Vormittag mitteilten.",
          kind_alt=["investment"],
          note="'Der Optikspezialist' = Zeiss SMT (previous sentence names both); 25.1% stake; different from the 2024 supply contract of the same pair"),
        D("zeiss-egautal-supply", ["Zeiss SMT", "Egautal Optomechanik"], "supply", 120000000, "EUR", "exact", "2024",
          "signed",
          "Egautal liefert den Oberkochenern seit dem Frühjahr 2024 Spiegelfassungen im Rahmen eines 120-Millionen-Euro-Vertrags, der bis 2029 läuft.",
          term=["2024", "2029"], note="restatement of 001 in a later ticker entry; 'den Oberkochenern' = Zeiss SMT; season -> year"),
        N("tel-kaminoyama-takeover", ["Tokyo Electron", "Kaminoyama Quartz"], "acquisition", "2024-10", "completed",
          "Japan: Tokyo Electron hat die vor einem Jahr vereinbarte Übernahme von Kaminoyama Quartz abgeschlossen, nachdem als letzte Behörde die chinesische Marktaufsicht zugestimmt hatte.",
          note="completion without amount; the date is the agreement 'vor einem Jahr'"),
    ],
    "not_deals": ["842,10 Euro", "Frühbucherpreis 79 Euro", "119 Euro", "320 Millionen Euro", "gut 60 Millionen Euro",
                  "rund 5,4 Milliarden Euro", "5,5 Milliarden", "900 Euro", "9,6 Milliarden US-Dollar", "6,99 Euro"],
}

A["014_chiptools_close_northfield_en.txt"] = {
    "published": "2025-11-06",
    "published_note": "from 'Thursday, 6 November 2025 · Close of trading'; 'on Wednesday' -> 2025-11-05; 'in February' -> 2025-02",
    "language": "en",
    "deals": [
        D("micron-advantest-hbm-test", ["Micron Technology", "Advantest"], "supply", 30000000000, "JPY", "approx",
          "2025-11", "rumored",
          "Advantest gained 7.2% in Tokyo to ¥17,480 after a Japanese business daily reported that Micron Technology has placed orders for high-bandwidth-memory test systems worth around ¥30 billion for delivery next year.",
          note="press report, neither company confirmed"),
        D("skhynix-hanmi-tcb", ["SK hynix", "Hanmi Semiconductor"], "supply", 38600000000, "KRW", "exact",
          "2025-11-05", "signed",
          "In Seoul, Hanmi Semiconductor slipped 3.1% even after disclosing on Wednesday a 38.6 billion won order placed by SK hynix for thermo-compression bonders."),
        D("lam-karnataka-capex", ["Lam Research"], "capex_plan", 100000000000, "INR", "approx", "2025-02", "planned",
          "At an investor event in Bengaluru, the company said it remains on track with the roughly 100 billion rupees, or about $1.2 billion, that it pledged in February for a manufacturing and research hub in Karnataka.",
          alt=[(1200000000, "USD")], kind_alt=["project"],
          note="'the company' = Lam Research (previous sentence); INR with USD; government cost sharing is not a deal"),
    ],
    "not_deals": ["¥17,480", "$151.20", "€839.50", "€1,020", "€940", "$5.32 billion", "¥322 billion", "$9 billion",
                  "about $6.7 billion", "Annual subscription $480"],
}

A["015_asml_kempwerk_dommelcourier_en.txt"] = {
    "published": "2025-12-03",
    "published_note": "from the header 'Wednesday 3 December 2025 · Business'; 'on Tuesday' -> 2025-12-02; 'last month' -> 2025-11",
    "language": "en",
    "deals": [
        D("asml-kempwerk-frames", ["ASML", "Kempwerk Precisie"], "supply", 600000000, "EUR", "up_to", "2025-12-02",
          "signed",
          "ASML signed a framework agreement on Tuesday with Kempwerk Precisie, a Son en Breugel maker of the heavy frames that carry the wafer stage inside a lithography machine, worth up to €600 million over six years.",
          term=["2026", "2031"], note="deliveries 2026 to the end of 2031 (next sentence)"),
        D("dommelvest-kempwerk", ["Dommelvest Capital", "Kempwerk Precisie"], "investment", 85000000, "EUR", "exact",
          "2025-11", "completed",
          "To pay for that hall, Kempwerk took €85 million from Dommelvest Capital last month and handed the fund a minority stake.",
          kind_alt=["acquisition"]),
        N("eindhoven-asml-land", ["Gemeente Eindhoven", "ASML"], "acquisition", "2025-12", "planned",
          "The municipality of Eindhoven also expects to sell ASML a further 12 hectares north of the airport next year, though no price has been set.",
          required=False, kind_alt=["other"], note="planned land sale without a price, optional"),
    ],
    "not_deals": ["€96 million", "around €350 million", "€2.5 billion", "€74 million", "€1,650 a month",
                  "€330 billion", "Tickets €45"],
}

A["016_lausitzer_asmi_industriekurier.txt"] = {
    "published": "2026-01-16",
    "published_note": "from the issue line 'Freitag, 16. Januar 2026 | Unternehmen | Seite 14'; 'am Mittwoch' -> 2026-01-14",
    "language": "de",
    "deals": [
        D("lausitzer-asmi-deposition", ["Lausitzer Halbleiterwerk", "ASM International"], "supply", 140000000, "EUR",
          "approx", "2026-01-14", "signed",
          "Die Lausitzer Halbleiterwerk GmbH hat bei ASM International Abscheideanlagen bestellt, Volumen: knapp 140 Millionen Euro.",
          note="signed 'am Mittwoch' in Almere (next sentence)"),
        D("lausitzer-tel-litho", ["Lausitzer Halbleiterwerk", "Tokyo Electron"], "supply", 60000000, "EUR", "up_to",
          "2026-01", "negotiating",
          "Mit Tokyo Electron verhandelt das Unternehmen nach eigenen Angaben über Beschichtungs- und Entwicklungsanlagen für die Lithografie im Wert von bis zu 60 Millionen Euro.",
          note="'das Unternehmen' = Lausitzer Halbleiterwerk; talks, signing expected by March"),
        D("lausitzer-schwarzheide-capex", ["Lausitzer Halbleiterwerk"], "capex_plan", 1900000000, "EUR", "approx",
          "2026-01", "planned",
          "Insgesamt will das Unternehmen bis Ende 2028 rund 1,9 Milliarden Euro in Schwarzheide investieren.",
          term=[None, "2028"], kind_alt=["project"], note="'Ende 2028' as the end of the term; the public aid is not a deal"),
    ],
    "not_deals": ["320 Millionen Euro", "3.400 Euro brutto", "rund 3,3 Milliarden Euro", "512 Euro",
                  "14 Millionen Euro", "Einzelpreis 2,80 Euro", "39,90 Euro"],
}

A["017_egautal_interview_werkbank.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesedauer: 8 Minuten'); deals get a date only where the text gives one",
    "language": "de",
    "deals": [
        D("zeiss-egautal-supply", ["Zeiss SMT", "Egautal Optomechanik"], "supply", 120000000, "EUR", "exact", None,
          "signed",
          "Der große Schritt war der Fünfjahresvertrag mit Zeiss SMT über 120 Millionen Euro.",
          note="restatement in the interviewer's question; 'im März unterschrieben' gives no year"),
        D("thornwick-egautal-offer", ["Thornwick Industrial Partners", "Egautal Optomechanik"], "acquisition",
          200000000, "EUR", "approx", "2023", "cancelled",
          "Thornwick Industrial Partners hat uns 2023 rund 200 Millionen Euro für die komplette Firma angeboten.",
          note="'uns' = Egautal; offer refused ('Wir haben abgelehnt')"),
        D("egautal-cleanroom-capex", ["Egautal Optomechanik"], "capex_plan", 25000000, "EUR", "range", None, "planned",
          "Wir rechnen mit Kosten zwischen 25 und 30 Millionen Euro, die Hälfte finanzieren wir aus eigenen Mitteln.",
          amount_max=30000000, note="'wir' = Egautal; second cleanroom"),
        D("oberkochen-egautal-lease", ["Stadt Oberkochen", "Egautal Optomechanik"], "other", 42000, "EUR", "exact",
          None, "signed",
          "Dafür zahlen wir 42.000 Euro im Monat, das ist fair für die Lage.",
          per="month", required=False,
          note="rent of a municipal hall, landlord named in the previous sentence ('die gehört der Stadt Oberkochen'); small, optional"),
    ],
    "not_deals": ["61 Millionen Euro", "rund 4.200 Euro brutto", "fast 19 Cent", "Heftpreis 14,50 Euro",
                  "119 Euro jährlich"],
}

A["018_applied_besi_bid_whinchat_en.txt"] = {
    "published": "2026-02-10",
    "published_note": "from the header 'February 10, 2026 · 06:30 GMT'; dateline 'Feb 9'; 'in recent weeks' -> 2026-02 at month precision; 'last April' -> 2025-04",
    "language": "en",
    "deals": [
        D("applied-besi-takeover", ["Applied Materials", "BE Semiconductor Industries"], "acquisition", 13000000000,
          "USD", "approx", "2026-02", "rumored",
          "AMSTERDAM, Feb 9 (Whinchat) - Applied Materials is exploring a takeover of BE Semiconductor Industries that could value the Dutch maker of chip-bonding equipment at about $13 billion (€12 billion) including a premium, according to three insiders describing deliberations that have not been made public.",
          alt=[(12000000000, "EUR")],
          note="sourced rumour; 019 reports Applied's denial (rund zwölf Milliarden Euro); different from the 2025 stake of the same pair"),
        N("applied-besi-stake", ["Applied Materials", "BE Semiconductor Industries"], "acquisition", "2025-04",
          "completed",
          "Applied already owns about 9% of Besi, a holding it built last April and described at the time as a financial investment with no plans for a bid.",
          required=False, kind_alt=["investment"], note="background restatement of 008/009 without amount"),
        N("lam-besi-interest", ["Lam Research", "BE Semiconductor Industries"], "acquisition", "2026-02", "rumored",
          "Lam Research has also studied a possible approach, one of the people said, though it is not clear whether the Fremont-based company is still interested.",
          required=False, note="vague single-source rumour without amount"),
        D("applied-kokusai", ["Applied Materials", "Kokusai Electric"], "acquisition", 2200000000, "USD", "exact", None,
          "cancelled",
          "Applied also gave up a $2.2 billion purchase of Japan's Kokusai Electric in 2021 after Chinese regulators failed to approve it.",
          required=False,
          note="historical background; abandoned in 2021, the text does not give the year of the agreement, so no date"),
        N("applied-tel-merger", ["Applied Materials", "Tokyo Electron"], "acquisition", None, "cancelled",
          "A takeover would be Applied's largest since its failed attempt to combine with Tokyo Electron, which the two companies abandoned in 2015 amid antitrust objections.",
          required=False, note="historical background without amount; abandoned 2015, agreement year not given"),
    ],
    "not_deals": ["€142.80", "about €11.4 billion", "€591 million", "more than $200 billion", "roughly $7 billion",
                  "at least €150 per share"],
}

A["019_besi_suss_depotlaterne.txt"] = {
    "published": "2026-03-12",
    "published_note": "from the stock-portal stamp '12.03.2026 | 17:45'; 'am Donnerstagmittag' = the publication day; 'im Februar' -> 2026-02; 'am Mittwoch' -> 2026-03-11",
    "language": "de",
    "deals": [
        D("applied-besi-takeover", ["Applied Materials", "BE Semiconductor Industries"], "acquisition", 12000000000,
          "EUR", "approx", "2026-02", "cancelled",
          "Applied Materials hat die im Februar aufgekommenen Berichte über eine mögliche Übernahme des niederländischen Ausrüsters für rund zwölf Milliarden Euro zurückgewiesen.",
          required=False,
          note="denial of the 018 rumour, amount in words; optional as a denied rumour; keeps the date of the reported talks"),
        D("lotusharbor-suss-bonders", ["Lotus Harbor Packaging", "Suss MicroTec"], "supply", 30000000, "EUR",
          "at_least", "2026-03-11", "signed",
          "Der Garchinger Anlagenbauer hat von Lotus Harbor Packaging aus dem taiwanischen Kaohsiung Aufträge über mehr als 30 Millionen Euro für Temporär-Bonder erhalten, teilte der Konzern am Mittwoch mit.",
          note="'Der Garchinger Anlagenbauer' = Suss MicroTec (previous sentence)"),
    ],
    "not_deals": ["121,35 Euro", "von 165 auf 140 Euro", "38,90 Euro", "über 50 Euro",
                  "zwischen 480 und 540 Millionen Euro", "188,40 USD", "rund 740 Millionen Euro", "75 Euro Bonus",
                  "1.000 Euro"],
}

A["020_nihonbashi_brief_november_en.txt"] = {
    "published": "2026-11-09",
    "published_note": "from the issue line 'Issue 212 · Monday 9 November 2026'; 'last week' -> 2026-11; 'on Friday' -> 2026-11-06; 'on Thursday' -> 2026-11-05",
    "language": "en",
    "deals": [
        D("rapidus-tel-chitose2", ["Rapidus", "Tokyo Electron"], "supply", 85000000000, "JPY", "approx", "2026-11",
          "signed",
          "Rapidus has placed orders worth about ¥85 billion with Tokyo Electron for coater-developers, etch and cleaning systems for the second production line at its Hokkaido plant in Chitose, the government-backed chipmaker said last week."),
        D("shiroishi-tel-solar", ["Shiroishi Materials", "Tokyo Electron"], "acquisition", 8200000000, "JPY", "exact",
          "2026-11-06", "signed",
          "Tokyo Electron agreed on Friday to sell the solar-crucible business that came with its purchase of Kaminoyama Quartz to Shiroishi Materials for ¥8.2 billion.",
          note="Tokyo Electron sells, Shiroishi buys; the Kaminoyama takeover it mentions is annotated separately (optional)"),
        D("advantest-capex-2029", ["Advantest"], "capex_plan", 150000000000, "JPY", "exact", "2026-11-05", "planned",
          "Advantest plans capital spending of ¥150 billion over the three years to March 2029, the company said at its investor day on Thursday, about twice what it spent in the previous three years.",
          term=[None, "2029-03"], required=False, note="group-wide capex plan, optional"),
        N("tel-kaminoyama-takeover", ["Tokyo Electron", "Kaminoyama Quartz"], "acquisition", None, "completed",
          "Tokyo Electron agreed on Friday to sell the solar-crucible business that came with its purchase of Kaminoyama Quartz to Shiroishi Materials for ¥8.2 billion.",
          required=False, note="amount-less background mention of the 2024 takeover"),
        N("rapidus-asml-euv", ["Rapidus", "ASML"], "supply", None, "completed",
          "Rapidus did not say whether it had also bought further lithography scanners; its first EUV tool from ASML was installed in December 2024.",
          required=False, note="background: installation date, not the purchase date; no amount"),
    ],
    "not_deals": ["¥1.7 trillion", "¥100 billion", "¥2.55 trillion", "¥27,900", "¥151.2", "¥310,000",
                  "¥18,500 per night", "¥2,400 a month"],
}

ALIASES = {
    "Zeiss SMT": ["Zeiss SMT", "Carl Zeiss SMT", "Carl Zeiss SMT GmbH", "Zeiss-SMT"],
    "Stadt Oberkochen": ["Stadt Oberkochen", "Oberkochen"],
    "Egautal Optomechanik": ["Egautal Optomechanik", "Egautal Optomechanik GmbH", "Egautal"],
    "Applied Materials": ["Applied Materials", "Applied", "Applied Materials Inc."],
    "Lumasil Photonics": ["Lumasil Photonics", "Lumasil"],
    "Tokyo Electron": ["Tokyo Electron", "TEL", "Tokyo Electron Ltd."],
    "Kaminoyama Quartz": ["Kaminoyama Quartz", "Kaminoyama Quartz Co.", "Kaminoyama"],
    "ASM International": ["ASM International", "ASMI", "ASM International N.V."],
    "Saguaro Flex Properties": ["Saguaro Flex Properties", "Saguaro Flex"],
    "Mycronic": ["Mycronic", "Mycronic AB", "Mycronic-Konzern"],
    "Suss MicroTec": ["Suss MicroTec", "SUSS MicroTec SE", "Suss"],
    "Advantest": ["Advantest", "Advantest Corp."],
    "Chuwei Probe Technology": ["Chuwei Probe Technology", "Chuwei"],
    "Kettle Ridge Analytics": ["Kettle Ridge Analytics", "Kettle Ridge"],
    "ASML": ["ASML", "ASML Holding"],
    "Trumpf": ["Trumpf", "Trumpf SE + Co. KG"],
    "Glemstal Vakuumtechnik": ["Glemstal Vakuumtechnik", "Glemstal Vakuumtechnik GmbH", "Glemstal"],
    "Nettlebrook Semiconductor": ["Nettlebrook Semiconductor", "Nettlebrook"],
    "Aixtron": ["Aixtron", "Aixtron SE"],
    "Jhonghe Power Devices": ["Jhonghe Power Devices", "Jhonghe"],
    "BE Semiconductor Industries": ["BE Semiconductor Industries", "BE Semiconductor", "Besi"],
    "SK hynix": ["SK hynix"],
    "Lam Research": ["Lam Research", "Lam"],
    "Lotus Harbor Packaging": ["Lotus Harbor Packaging", "Lotus Harbor"],
    "TSMC": ["TSMC", "Taiwan Semiconductor Manufacturing"],
    "Micron Technology": ["Micron Technology", "Micron"],
    "Hanmi Semiconductor": ["Hanmi Semiconductor", "Hanmi"],
    "Kempwerk Precisie": ["Kempwerk Precisie", "Kempwerk"],
    "Dommelvest Capital": ["Dommelvest Capital", "Dommelvest"],
    "Gemeente Eindhoven": ["Gemeente Eindhoven", "municipality of Eindhoven"],
    "Lausitzer Halbleiterwerk": ["Lausitzer Halbleiterwerk", "Lausitzer Halbleiterwerk GmbH"],
    "Thornwick Industrial Partners": ["Thornwick Industrial Partners", "Thornwick"],
    "Rapidus": ["Rapidus"],
    "Shiroishi Materials": ["Shiroishi Materials", "Shiroishi"],
    "Kokusai Electric": ["Kokusai Electric"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'gold.json'}: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
