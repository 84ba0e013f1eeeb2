#!/usr/bin/env python3
"""Write gold.json for corpus57 (the hand annotation lives here; edit, then run).

Usage: python3 tests/corpus57/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the fifty-seventh, held-out test corpus (tests/corpus57/articles/), "
    "written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json and shared/gold/seeds.json. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague, amount-less or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full "
    "units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; "
    "'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as "
    "another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against "
    "the article's publication date ('published', from the article's own date line, dateline, issue "
    "line, byline date or meta tag / JSON-LD, or null when the article has none); seasons and "
    "quarters become the year; a rumour that later turns into a signed deal carries only the year; "
    "'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Theme: German and Austrian "
    "Mittelstand suppliers to data centres (cooling, transformers, switchgear, cables, generator "
    "sets), Landesbank/Sparkasse and Raiffeisen financing, Stadtwerke as power and heat partners, a "
    "municipal land sale, and the hyperscaler plans around them. Invented companies: Fernhain "
    "Datacenter GmbH, Gemeinde Ebersfelden, Stadtwerke Ebersfelden, Sparkasse Ebersfelden, Wieskamp "
    "Kältetechnik GmbH, Auerswinkel Trafobau GmbH, Sparkasse Vilstal, Rettenbach Schaltanlagen GmbH, "
    "Wolfsegger Kabelwerke AG, Donaupark Rechenzentren GmbH, Ennstaler Energie AG, Thurgauer "
    "Elektrohandel AG, Lechfeld Infrastruktur Partners, Moosdorf Aggregatebau GmbH; invented "
    "publications, research houses and people are listed in invented_names.txt and README.md; the "
    "deals of real companies follow public reports loosely, with shifted or rounded details, and the "
    "deals between real and invented companies are invented. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, note=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    for k in ("kind_alt", "term", "per", "alt_amounts"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


FERN = "Fernhain Datacenter"
GEM = "Gemeinde Ebersfelden"
WIES = "Wieskamp Kältetechnik"
LECH = "Lechfeld Infrastruktur Partners"
WOLF = "Wolfsegger Kabelwerke"
DONAU = "Donaupark Rechenzentren"
LAND = "ebersfelden-fernhain-land-2024"
CAMPUS = "fernhain-ebersfelden-campus"
LOAN24 = "helaba-fernhain-loan-2024"
LOAN26 = "helaba-fernhain-loan-2026"
COOL24 = "wieskamp-fernhain-cooling-2024"
LEASE = "microsoft-fernhain-lease"
LWIES = "lechfeld-wieskamp-stake"
LFERN = "lechfeld-fernhain-stake"
RETT = "wolfsegger-rettenbach"
RLB = "rlb-donaupark-loan"

articles = {}

articles["001_ebersfelden_ruebenacker.txt"] = {
    "published": "2024-03-14",
    "published_note": "from the date line 'USATAL-BOTE · Wetterau · Ebersfelden · Donnerstag, 14. März 2024'; 'Am Dienstagabend' -> 2024-03-12",
    "language": "de",
    "deals": [
        D(LAND, [GEM, FERN], "acquisition", 31_500_000, "EUR", "exact", "2024-03-12", "announced",
          "Der Kaufpreis liegt bei 31,5 Millionen Euro, das sind 150 Euro je Quadratmeter und fast das Dreifache dessen, was hier sonst für Ackerland gezahlt wird.",
          kind_alt=["other"],
          note="municipal land sale; seller (die Gemeindevertretung) and buyer (Fernhain Datacenter GmbH) and the vote 'Am Dienstagabend' are in the previous sentence; council approval, notarisation still to come -> announced; the price per square metre is part of the same figure, not a deal"),
        D(CAMPUS, [FERN], "capex_plan", 1_200_000_000, "EUR", "approx", "2024-03", "planned",
          "Das Unternehmen beziffert die Gesamtinvestition auf rund 1,2 Milliarden Euro.",
          kind_alt=["project"], term=[None, "2028"],
          note="'Das Unternehmen' = Fernhain (previous sentence, campus 'bis 2028'); no day given -> month of the article"),
        D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3_200_000_000, "EUR", "exact", "2024-02", "announced",
          "Microsoft etwa kündigte Mitte Februar an, seine Cloud- und KI-Kapazitäten hierzulande mit 3,2 Milliarden Euro auszubauen, verteilt auf die Jahre bis Ende 2025.",
          term=[None, "2025"], note="'Mitte Februar' -> month; background to the local story"),
    ],
    "not_deals": ["150 Euro je Quadratmeter", "bis zu sechs Millionen Euro jährlich", "22,4 Millionen Euro",
                  "rund 1,1 Millionen Euro", "2.799 Euro"],
}

articles["002_whitespace_letter_may_en.txt"] = {
    "published": "2024-05-16",
    "published_note": "from the issue line 'Issue 23 · Thursday, 16 May 2024'; 'on Wednesday' -> 2024-05-15",
    "language": "en",
    "deals": [
        D("aws-sovereign-cloud-brandenburg", ["Amazon"], "capex_plan", 7_800_000_000, "EUR", "approx", "2024-05-15", "announced",
          "Amazon Web Services said on Wednesday it would sink roughly €7.8 billion into its European Sovereign Cloud through 2040, with the first region going up in Brandenburg.",
          term=[None, "2040"], alt_amounts=[alt(8_500_000_000, "USD")],
          note="USD conversion in the next sentence ('something like $8.5 billion')"),
        D(LAND, [GEM, FERN], "acquisition", 31_500_000, "EUR", "exact", "2024-03", "completed",
          "Fernhain Datacenter completed its purchase of the \"Am Rübenacker\" plot in Ebersfelden in March, handing the municipality €31.5m (about $34m).",
          kind_alt=["other"], alt_amounts=[alt(34_000_000, "USD")],
          note="same land sale as 001; 'the municipality' = Gemeinde Ebersfelden; 'in March' -> month"),
        D(CAMPUS, [FERN], "capex_plan", 1_200_000_000, "EUR", "approx", None, "planned",
          "The Frankfurt operator's own budget for the finished campus: around €1.2bn.",
          kind_alt=["project"], note="'The Frankfurt operator' = Fernhain (previous sentence); no date for the plan here"),
        D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3_200_000_000, "EUR", "exact", "2024-02", "announced",
          "Microsoft's €3.2bn German build-out, unveiled in February, can now be seen from the road: two fenced sites west of Cologne.",
          note="restated; 'in February' -> month"),
    ],
    "not_deals": ["close to $25 billion", "€60 to €80 per square metre", "€9m to €11m per megawatt", "roughly €7m",
                  "€3m or more", "between €140 and €165 per kW per month", "€1,290", "€990"],
}

articles["003_wolfsegger_donaupark_linz.txt"] = {
    "published": "2024-07-09",
    "published_note": "from the dateline 'Linz, 9. Juli' and the copyright line '© 2024 Traunsteg Rundschau'; 'am Montag' -> 2024-07-08",
    "language": "de",
    "deals": [
        D("wolfsegger-donaupark-cables", [WOLF, DONAU], "supply", 19_000_000, "EUR", "approx", "2024-07-08", "signed",
          "Das Auftragsvolumen liege bei knapp neunzehn Millionen Euro, teilte Wolfsegger am Montag mit.",
          note="supplier and customer (Donaupark Rechenzentren GmbH) in the previous two sentences"),
        D("donaupark-linz-capex", [DONAU], "capex_plan", 350_000_000, "EUR", "approx", "2024-07", "planned",
          "Donaupark will in den kommenden drei Jahren etwa 350 Millionen Euro in den Standort stecken; bis 2027 sollen dort 40 Megawatt IT-Leistung entstehen.",
          kind_alt=["project"], term=["2024", "2027"], note="no announcement day -> month of the article"),
        D(RLB, ["Raiffeisenlandesbank Oberösterreich", DONAU], "other", 260_000_000, "EUR", "exact", "2024-06", "signed",
          "Den Großteil bezahlen Banken: Ein Konsortium unter Führung der Raiffeisenlandesbank Oberösterreich hat dem Betreiber schon im Juni eine Kreditlinie über 260 Millionen Euro zugesagt.",
          kind_alt=["investment"], note="credit line; 'dem Betreiber' = Donaupark; 'im Juni' -> 2024-06"),
    ],
    "not_deals": ["212 Millionen Euro", "14,8 Millionen Euro", "23,90 Euro", "bis zu 2,5 Millionen Euro",
                  "0,80 Euro je Aktie"],
}

articles["004_helaba_fernhain_kredit.txt"] = {
    "published": "2024-09-26",
    "published_note": "from the byline date 'veröffentlicht am 26.09.2024'; the bank's notice went out 'am Mittwoch' -> 2024-09-25",
    "language": "de",
    "deals": [
        D(LOAN24, ["Helaba", FERN], "other", 420_000_000, "EUR", "exact", "2024-09-25", "signed",
          "Ein Konsortium aus der Helaba, der Sparkasse Ebersfelden und zwei nicht genannten Genossenschaftsbanken stellt der Fernhain Datacenter GmbH demnach eine Baufinanzierung von 420 Millionen Euro mit sieben Jahren Laufzeit zur Verfügung.",
          kind_alt=["investment"], term=["2024", "2031"],
          note="construction loan led by Helaba; the Sparkasse Ebersfelden is one of the lenders (its €35m share is a not_deal); parties kept to Helaba and Fernhain so that every later mention names them"),
        D(CAMPUS, [FERN], "capex_plan", 1_200_000_000, "EUR", "approx", None, "planned",
          "Für den gesamten Campus veranschlagt Fernhain knapp 1,2 Milliarden Euro.",
          kind_alt=["project"], note="restated project budget; 'knapp' -> approx"),
        D(LAND, [GEM, FERN], "acquisition", 31_500_000, "EUR", "exact", "2024", "completed",
          "Allein der Verkauf des Grundstücks im Frühjahr habe 31,5 Millionen Euro in die Kasse gebracht.",
          kind_alt=["other"], note="'der Gemeinde' and the project are in the same sentence before the colon; 'im Frühjahr' (season) -> year"),
    ],
    "not_deals": ["35 Millionen Euro", "zwischen neun und zwölf Millionen Euro", "860 Millionen Euro",
                  "knapp 200 Milliarden Euro", "9,90 Euro im Monat"],
}

articles["005_coolant_column_october_en.txt"] = {
    "published": "2024-10-17",
    "published_note": "from the issue line 'Issue 58 · Thursday 17 October 2024'; 'on Tuesday' -> 2024-10-15; 'last week' -> 2024-10",
    "language": "en",
    "deals": [
        D("schneider-motivair-2024", ["Schneider Electric", "Motivair"], "acquisition", 850_000_000, "USD", "exact", "2024-10-15", "signed",
          "Schneider Electric said on Tuesday it will acquire a 75% stake in Motivair, a Buffalo, New York specialist in liquid cooling for dense GPU racks, for $850 million in cash.",
          kind_alt=["investment"]),
        D("schneider-motivair-remaining", ["Schneider Electric", "Motivair"], "acquisition", None, None, None, "2024-10-15", "planned",
          "Schneider intends to buy the remaining quarter in 2028 at a price linked to performance.",
          required=False, kind_alt=["investment"],
          note="the later purchase of the last 25%, no price; a different deal from the $850m stake"),
        D("equinix-xscale-jv", ["Equinix", "GIC", "CPP Investments"], "joint_venture", 15_000_000_000, "USD", "at_least", "2024-10-01", "announced",
          "Equinix, Singapore's GIC and Canada's CPP Investments have set up a joint venture that is supposed to put more than $15 billion to work on hyperscale campuses in the United States.",
          note="date from the next sentence ('unveiled the vehicle on October 1')"),
        D(COOL24, [WIES, FERN], "supply", 64_000_000, "EUR", "exact", "2024-10", "signed",
          "Olpe chiller maker Wieskamp Kältetechnik has won a €64m order from Fernhain Datacenter for the first phase of its Ebersfelden campus north of Frankfurt, the two firms confirmed last week.",
          alt_amounts=[alt(70_000_000, "USD")],
          note="'last week' -> month; USD conversion in the next sentence; first of two Wieskamp-Fernhain orders (the second is in 017)"),
    ],
    "not_deals": ["around $300 million", "€171m", "above €400m", "$4.8bn", "$21bn", "€247.10", "about $45,000", "$149"],
}

articles["006_wieskamp_interview.txt"] = {
    "published": "2024-11",
    "published_note": "only the issue line 'Ausgabe 11/2024' -> month; 'im Oktober' -> 2024-10",
    "language": "de",
    "deals": [
        D(COOL24, [WIES, FERN], "supply", 64_000_000, "EUR", "exact", "2024-10", "signed",
          "Das Paket hat ein Volumen von 64 Millionen Euro, ausgeliefert wird ab dem Sommer 2025.",
          note="'Das Paket' = the Fernhain order for Ebersfelden named in the question ('den Fernhain-Auftrag', 'im Oktober ... gemeldet')"),
        D("wieskamp-olpe-plant", [WIES], "capex_plan", 40_000_000, "EUR", "approx", "2024-11", "planned",
          "Deshalb bauen wir in Olpe für rund 40 Millionen Euro eine zweite Montagehalle, der erste Spatenstich ist für März geplant.",
          kind_alt=["project"], note="'wir' = Wieskamp; the €3.2m state grant is a not_deal"),
        D("schneider-motivair-2024", ["Schneider Electric", "Motivair"], "acquisition", None, None, None, "2024-10", "signed",
          "Schneider Electric hat sich gerade beim US-Spezialisten Motivair eingekauft.",
          required=False, kind_alt=["investment"], note="amount-less mention of the deal of 005"),
    ],
    "not_deals": ["3,2 Millionen Euro", "171 Millionen Euro", "um die 230 Millionen",
                  "zwischen 600.000 Euro und 1,1 Millionen Euro", "4.300 Euro", "2.450 Euro"],
}

articles["007_capex_deepseek_parkettblick_en.txt"] = {
    "published": "2025-01-27",
    "published_note": "from 'Jan 27, 2025 · 5:40 PM CET'; 'on Friday' -> 2025-01-24; 'Earlier this month' -> 2025-01; 'last autumn' -> 2024",
    "language": "en",
    "deals": [
        D("meta-capex-2025", ["Meta"], "capex_plan", 60_000_000_000, "USD", "range", "2025-01-24", "planned",
          "Meta chief executive Mark Zuckerberg said on Friday the company would put between $60 billion and $65 billion into capital projects in 2025, mainly AI-focused data centres; in 2024 it spent roughly $39 billion.",
          amount_max=65_000_000_000, term=["2025", "2025"], note="the 2024 figure in the same sentence is past spending, a not_deal"),
        D("microsoft-fy2025-capex", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx", "2025-01", "planned",
          "Earlier this month Microsoft said it was on track to invest about $80 billion in AI-capable data centres during its current financial year, which runs to June, with the US getting the larger share.",
          term=[None, "2025-06"]),
        D(LEASE, ["Microsoft", FERN], "cloud_contract", 1_500_000_000, "EUR", "up_to", "2025", "rumored",
          "Two people who have seen a draft term sheet say Microsoft is negotiating to take the whole first phase of Fernhain's Ebersfelden campus on a 15-year lease worth up to €1.5 billion.",
          kind_alt=["other", "supply"], alt_amounts=[alt(1_400_000_000, "EUR")],
          note="rumoured colocation lease from unnamed sources; signed at about €1.4bn on 2025-07-16 (012), so the rumour carries only the year; different from Microsoft's own capex plan in the same article"),
        D(LOAN24, ["Helaba", FERN], "other", 420_000_000, "EUR", "exact", "2024", "signed",
          "The privately held operator borrowed €420 million from a Helaba-led group of lenders last autumn.",
          kind_alt=["investment"], note="'The privately held operator' = Fernhain; 'last autumn' (season) -> year"),
    ],
    "not_deals": ["well over $400 billion", "roughly $39 billion", "some $320 billion", "44.62", "228.30", "26.10",
                  "€1 a trade"],
}

articles["008_capex_observer_bigtech_en.html"] = {
    "published": "2025-02-07",
    "published_note": "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished 2025-02-07; 'on Tuesday' -> 2025-02-04, 'on Thursday' -> 2025-02-06, 'in January' -> 2025-01",
    "language": "en",
    "deals": [
        D("alphabet-capex-2025", ["Google"], "capex_plan", 75_000_000_000, "USD", "approx", "2025-02-04", "planned",
          "Alphabet told investors on Tuesday that its 2025 capital expenditure should come to about $75 billion.",
          term=["2025", "2025"], note="Alphabet (alias of Google); the analysts' $58bn and last year's $52.5bn are not_deals"),
        D("amazon-capex-2025", ["Amazon"], "capex_plan", 100_000_000_000, "USD", "at_least", "2025-02-06", "planned",
          "Chief executive Andy Jassy said the $26.3 billion spent in the fourth quarter was a fair guide to the pace for 2025, which puts the year's capital spending north of $100 billion.",
          term=["2025", "2025"],
          note="Amazon and 'on Thursday' in the previous sentence; the $26.3bn quarter is past spending (not_deal); 'north of' -> at_least"),
        D("microsoft-fy2025-capex", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx", "2025-01", "planned",
          "Microsoft's plan, given in January, is about $80 billion for its financial year ending on 30 June, and Meta has guided to $60bn–$65bn.",
          term=[None, "2025-06"], note="two plans in one sentence"),
        D("meta-capex-2025", ["Meta"], "capex_plan", 60_000_000_000, "USD", "range", None, "planned",
          "Microsoft's plan, given in January, is about $80 billion for its financial year ending on 30 June, and Meta has guided to $60bn–$65bn.",
          amount_max=65_000_000_000, note="'given in January' belongs to Microsoft; the Meta guidance has no date here (007: 2025-01-24)"),
    ],
    "not_deals": ["$58 billion", "$52.5 billion", "almost $12 billion", "$26.3 billion", "well over $300 billion",
                  "€2.5m", "€3.5m to €4m", "€310 million", "$9,100 a tonne", "€389", "$14.99 a month"],
}

articles["009_auerswinkel_vilsbiburg.txt"] = {
    "published": "2025-03-20",
    "published_note": "from the dateline 'Vilsbiburg, 20. März 2025'; 'Am Mittwoch' and 'am selben Tag' -> 2025-03-19; 'vergangene Woche' -> 2025-03",
    "language": "de",
    "deals": [
        D("auerswinkel-vilsbiburg-plant", ["Auerswinkel Trafobau"], "capex_plan", 70_000_000, "EUR", "approx", "2025-03-19", "planned",
          "Knapp 70 Millionen Euro will das Familienunternehmen dort bis Ende 2026 investieren, rund 180 neue Arbeitsplätze sollen entstehen.",
          kind_alt=["project"], term=[None, "2026"],
          note="'das Familienunternehmen' = Auerswinkel; part of the sentence after the colon ('Am Mittwoch stellte ... vor:')"),
        D("auerswinkel-bank-loan", ["BayernLB", "Sparkasse Vilstal", "Auerswinkel Trafobau"], "other", 50_000_000, "EUR", "exact", "2025-03-19", "signed",
          "Geld dafür kommt von der BayernLB und der Sparkasse Vilstal, die am selben Tag einen Darlehensvertrag über 50 Millionen Euro mit dem Unternehmen unterschrieben.",
          kind_alt=["investment"], note="'dem Unternehmen' = Auerswinkel; the €6.9m regional aid in the next sentence is a not_deal"),
        D("auerswinkel-fernhain-transformers", ["Auerswinkel Trafobau", FERN], "supply", 27_000_000, "EUR", "exact", "2025-03", "signed",
          "Erst vergangene Woche hat Auerswinkel einen Auftrag der Frankfurter Fernhain Datacenter über 27 Millionen Euro verbucht: Zwölf Maschinen gehen nach Ebersfelden in der Wetterau, wo Fernhain einen großen Serverpark errichtet."),
    ],
    "not_deals": ["6,9 Millionen Euro", "bis zu 3,5 Millionen Euro", "148 Millionen Euro", "45 Millionen Euro",
                  "22 Millionen Euro"],
}

articles["010_vienna_midcap_morning_en.txt"] = {
    "published": "2025-04-14",
    "published_note": "from the issue line 'Monday, 14 April 2025 | 08:05 CET'; 'on Friday' -> 2025-04-11",
    "language": "en",
    "deals": [
        D(RETT, [WOLF, "Rettenbach Schaltanlagen"], "acquisition", 150_000_000, "EUR", "up_to", "2025", "rumored",
          "Weekend press reports say the cable maker is in advanced talks to take over Steyr-based Rettenbach Schaltanlagen from the founding family, paying as much as €150m.",
          alt_amounts=[alt(145_000_000, "EUR")],
          note="'the cable maker' = Wolfsegger Kabelwerke (section heading); rumour from press reports; signed at €145m on 2025-06-16 (011), so the rumour carries only the year"),
        D("wolfsegger-thurgauer-sale", [WOLF, "Thurgauer Elektrohandel"], "acquisition", 12_000_000, "CHF", "exact", "2025-04-11", "completed",
          "Separately, Wolfsegger disclosed on Friday that it has sold its Swiss distribution arm, Thurgauer Elektrohandel AG, to that unit's management for CHF 12 million (roughly €12.8m).",
          kind_alt=["other"], alt_amounts=[alt(12_800_000, "EUR")],
          note="sale of a subsidiary to its management (buyer unnamed); parties are seller and the sold unit"),
    ],
    "not_deals": ["€31.00", "€26.40", "about €16m", "some €120m", "cash of €48m", "€260m in revenue",
                  "€0.85 per share", "€48.00", "roughly €1.9bn"],
}

articles["011_rettenbach_alpenlaendische.txt"] = {
    "published": "2025-06-17",
    "published_note": "from the date line 'Dienstag, 17. Juni 2025 · Unternehmen & Märkte · Seite 7'; 'am Montag' -> 2025-06-16; 'Mitte Juni' -> 2025-06; 'im Juni des Vorjahres' -> 2024-06",
    "language": "de",
    "deals": [
        D(RETT, [WOLF, "Rettenbach Schaltanlagen"], "acquisition", 145_000_000, "EUR", "exact", "2025-06-16", "signed",
          "Die Wolfsegger Kabelwerke AG übernimmt die Rettenbach Schaltanlagen GmbH aus Steyr zur Gänze, der Kaufpreis beträgt 145 Millionen Euro.",
          note="signing 'am Montag' in the next sentence; the 145 Millionen in the commentary repeat the same deal"),
        D("ennstaler-donaupark-ppa", ["Ennstaler Energie", DONAU], "supply", 26_000_000, "EUR", "approx", "2025-06", "signed",
          "Der Linzer Betreiber Donaupark Rechenzentren hat sich Mitte Juni Strom aus Wasserkraft und Photovoltaik gesichert: Die Ennstaler Energie AG beliefert den Campus am Hafen ab 2026 zwölf Jahre lang, der Vertrag ist nach Angaben des Versorgers rund 26 Millionen Euro pro Jahr wert.",
          per="year", term=["2026", "2037"], note="yearly value of a twelve-year power supply contract"),
        D(RLB, ["Raiffeisenlandesbank Oberösterreich", DONAU], "other", 260_000_000, "EUR", "exact", "2024-06", "signed",
          "Die Raiffeisenlandesbank Oberösterreich hatte Donaupark im Juni des Vorjahres eine Kreditlinie über 260 Millionen Euro eingeräumt.",
          kind_alt=["investment"], note="restated credit line of 003"),
    ],
    "not_deals": ["rund 118 Millionen Euro", "28,75 Euro", "9,8 Cent je Kilowattstunde", "vier Millionen Euro"],
}

articles["012_mainblick_liveticker.txt"] = {
    "published": "2025-07-16",
    "published_note": "from the ticker date 'Mittwoch, 16. Juli 2025'; the 11:05 entry ('Jetzt ist es offiziell') -> 2025-07-16; 'Nachtrag von gestern Abend' -> 2025-07-15",
    "language": "de",
    "deals": [
        D(LEASE, ["Microsoft", FERN], "cloud_contract", 1_400_000_000, "EUR", "approx", "2025-07-16", "signed",
          "Der Vertrag läuft 15 Jahre, sein Volumen beziffert Fernhain auf rund 1,4 Milliarden Euro.",
          kind_alt=["other", "supply"],
          note="15-year lease (start not given, so no term); Microsoft and the lease in the previous sentence; the readers' comment repeats the 1,4 Milliarden"),
        D(LWIES, [LECH, WIES], "investment", 85_000_000, "EUR", "exact", "2025-07-15", "signed",
          "Aus Unternehmenskreisen heißt es, Lechfeld lasse sich das 85 Millionen Euro kosten.",
          kind_alt=["acquisition"],
          note="'das' = the 24.9% stake in Wieskamp (previous sentence); amount from company circles; the implied 340m value is a not_deal"),
    ],
    "not_deals": ["15 Millionen Euro", "150 bis 180 Euro pro Kilowatt und Monat", "rund 110 Euro",
                  "gut 340 Millionen Euro"],
}

articles["013_gridlock_stadtwerke_en.txt"] = {
    "published": "2025-09-09",
    "published_note": "from the byline 'Posted on 9 September 2025 by Ingrid Sollberger'; 'At the end of August', 'in the same week', 'in August' -> 2025-08",
    "language": "en",
    "deals": [
        D("stadtwerke-fernhain-power", ["Stadtwerke Ebersfelden", FERN], "supply", 48_000_000, "EUR", "approx", "2025-08", "signed",
          "At the end of August its utility, Stadtwerke Ebersfelden, agreed to supply Fernhain Datacenter's new campus with power for ten years from 2026, in a contract the utility values at about €48m a year.",
          per="year", term=["2026", "2035"], note="first of two Stadtwerke-Fernhain deals"),
        D("stadtwerke-fernhain-heat", ["Stadtwerke Ebersfelden", FERN], "supply", 95_000, "EUR", "approx", "2025-08", "signed",
          "The same two sides signed a second, much smaller deal in the same week: the Stadtwerke will take the campus's waste heat for a new district heating loop and pay Fernhain roughly €95,000 a month for it.",
          per="month", kind_alt=["other"],
          note="'The same two sides' = Stadtwerke Ebersfelden and Fernhain; heat offtake paid by the utility; a different deal from the power contract"),
        D("schwarz-luebbenau", ["Schwarz Gruppe"], "capex_plan", 11_000_000_000, "EUR", "exact", "2025-08", "planned",
          "The Schwarz Group, owner of Lidl and Kaufland, announced in August that it would put €11bn into a single AI data centre in Lübbenau, Brandenburg.",
          kind_alt=["project"]),
    ],
    "not_deals": ["€63m", "€3.5m", "18.4 cents per kWh", "roughly 7 cents", "€2.1m", "€5 a month", "8 cents"],
}

articles["014_wetterau_heute_google_option.html"] = {
    "published": "2025-11-12",
    "published_note": "visible '12.11.2025, 17:45 Uhr' and <meta name='date'>; 'Am Montagabend' -> 2025-11-10; 'am Dienstag' -> 2025-11-11; 'im Frühjahr 2024' -> 2024",
    "language": "de",
    "deals": [
        D("ebersfelden-fernhain-option-2025", [GEM, FERN], "acquisition", 9_400_000, "EUR", "exact", "2025-11-10", "signed",
          "Der Preis für die Fläche ist auf 9,4 Millionen Euro festgeschrieben, gut 149 Euro je Quadratmeter; ziehen muss Fernhain die Option bis Ende 2027.",
          kind_alt=["other"], term=[None, "2027"],
          note="purchase option on a further 6.3 ha granted by the council 'Am Montagabend' (previous sentence); a different deal from the 2024 land sale in the next sentence"),
        D(LAND, [GEM, FERN], "acquisition", 31_500_000, "EUR", "exact", "2024", "completed",
          "Für die ersten 21 Hektar hatte das Unternehmen im Frühjahr 2024 31,5 Millionen Euro überwiesen.",
          kind_alt=["other"], note="'das Unternehmen' = Fernhain; season -> year"),
        D("google-germany-2026-2029", ["Google"], "capex_plan", 5_500_000_000, "EUR", "approx", "2025-11-11", "announced",
          "Google stellt für die Jahre 2026 bis 2029 rund 5,5 Milliarden Euro für Investitionen hierzulande bereit, verkündete der Konzern am Dienstag in Berlin.",
          term=["2026", "2029"]),
    ],
    "not_deals": ["gut 149 Euro je Quadratmeter", "4,8 Millionen Euro", "612 Millionen Euro", "24 Euro", "8.490 Euro",
                  "7,99 Euro monatlich"],
}

articles["015_eaton_boyd_liffey_en.txt"] = {
    "published": "2025-11-05",
    "published_note": "from 'November 5, 2025 | 07:10 GMT' (dateline 'DUBLIN/MUNICH, Nov 4'); 'on Monday' -> 2025-11-03; 'on Tuesday' -> 2025-11-04",
    "language": "en",
    "deals": [
        D("eaton-boyd-thermal", ["Eaton", "Boyd Thermal"], "acquisition", 9_500_000_000, "USD", "exact", "2025-11-03", "signed",
          "Power-management group Eaton announced on Monday a $9.5 billion deal to buy the thermal business of Boyd Corp, which is owned by Goldman Sachs Asset Management, its largest acquisition in well over a decade, as it pushes into liquid cooling for AI data centres.",
          alt_amounts=[alt(8_200_000_000, "EUR")],
          note="seller Goldman Sachs Asset Management named in a relative clause, not listed as a party; EUR amount from 016"),
        D("telekom-nvidia-industrial-ai-cloud", ["Deutsche Telekom", "Nvidia"], "project", 1_000_000_000, "EUR", "approx", "2025-11-04", "announced",
          "In Munich, Deutsche Telekom and Nvidia on Tuesday presented an \"Industrial AI Cloud\" built around roughly 10,000 Nvidia graphics processors, a project the two companies put at about 1 billion euros ($1.15 billion).",
          kind_alt=["partnership", "joint_venture"], alt_amounts=[alt(1_150_000_000, "USD")]),
    ],
    "not_deals": ["around $1.7 billion", "$358.40", "about $12 per share", "20 billion euros", "$5 trillion",
                  "around 17 cents per kilowatt hour"],
}

articles["016_switchroom_digest_december_en.txt"] = {
    "published": "2025-12-19",
    "published_note": "from the issue line 'Issue 112 — Friday, 19 December 2025'; 'at the start of November', 'in November', 'the same month' -> 2025-11; 'signed in June' -> 2025-06; 'In July' -> 2025-07",
    "language": "en",
    "deals": [
        D("eaton-boyd-thermal", ["Eaton", "Boyd Thermal"], "acquisition", 9_500_000_000, "USD", "exact", "2025-11", "signed",
          "$9.5bn (roughly €8.2bn) for Boyd's cooling business, agreed at the start of November.",
          alt_amounts=[alt(8_200_000_000, "EUR")], note="buyer in the heading 'Eaton / Boyd Thermal.'"),
        D(RETT, [WOLF, "Rettenbach Schaltanlagen"], "acquisition", 145_000_000, "EUR", "exact", "2025-06", "completed",
          "The Upper Austrian cable maker's €145m purchase of the Steyr switchgear builder, signed in June, closed on 1 October once the competition authority had waved it through.",
          note="names in the heading 'Wolfsegger / Rettenbach.'; the date is the signing, the status the closing"),
        D(LWIES, [LECH, WIES], "investment", 85_000_000, "EUR", "exact", "2025-07", "completed",
          "In July the Munich investor paid €85m for 24.9% of the Olpe chiller maker, months after Hubertus Wieskamp told a trade paper the company would stay in family hands.",
          kind_alt=["acquisition"], note="names in the heading 'Lechfeld Infrastruktur Partners / Wieskamp.'"),
        D("google-germany-2026-2029", ["Google"], "capex_plan", 5_500_000_000, "EUR", "approx", "2025-11", "announced",
          "Google said in November it will spend €5.5bn in Germany over 2026–2029, roughly $6.4bn, including a new site in Dietzenbach.",
          term=["2026", "2029"], alt_amounts=[alt(6_400_000_000, "USD")]),
        D("telekom-nvidia-industrial-ai-cloud", ["Deutsche Telekom", "Nvidia"], "project", 1_000_000_000, "EUR", "approx", "2025-11", "announced",
          "Deutsche Telekom and Nvidia opened their Munich AI cloud the same month; the two put the project at about a billion euros.",
          kind_alt=["partnership", "joint_venture"]),
    ],
    "not_deals": ["€14.6bn", "$11,200", "under €30m", "€180 a year", "€160"],
}

articles["017_netzknoten_fernhain_phase2.txt"] = {
    "published": "2026-02-27",
    "published_note": "from the issue line 'Ausgabe 3/2026 · 27. Februar 2026'; 'Anfang Februar' and 'In derselben Woche' -> 2026-02; 'im Herbst 2024' -> 2024; 'im Juli 2025' -> 2025-07",
    "language": "de",
    "deals": [
        D("wieskamp-fernhain-cooling-2026", [WIES, FERN], "supply", 38_000_000, "EUR", "exact", "2026-02", "signed",
          "Anfang Februar hat Fernhain bei Wieskamp Kältetechnik erneut Kaltwassersätze bestellt, diesmal für 38 Millionen Euro.",
          note="second Wieskamp-Fernhain order (phase 2); must stay apart from the €64m order of 2024 restated two sentences later"),
        D(COOL24, [WIES, FERN], "supply", 64_000_000, "EUR", "exact", "2024", "signed",
          "Bereits im Herbst 2024 hatten die Olper für 64 Millionen Euro Maschinen nach Ebersfelden verkauft.",
          note="'die Olper' = Wieskamp; buyer Fernhain from the context; season -> year"),
        D("moosdorf-fernhain-gensets", ["Moosdorf Aggregatebau", FERN], "supply", 17_000_000, "EUR", "approx", "2026-02", "signed",
          "In derselben Woche kam die Moosdorf Aggregatebau GmbH aus dem Emsland zum Zug: 24 Netzersatzanlagen mit je 3,2 Megawatt, Gesamtwert knapp siebzehn Millionen Euro.",
          note="customer Fernhain from the previous paragraph ('kam ... zum Zug' = won the Fernhain order); 'knapp' -> approx"),
        D(LWIES, [LECH, WIES], "investment", 85_000_000, "EUR", "exact", "2025-07", "signed",
          "Seit Lechfeld Infrastruktur Partners im Juli 2025 für 85 Millionen Euro knapp ein Viertel übernommen hat, baut das Unternehmen auch eine Servicesparte auf.",
          kind_alt=["acquisition"], note="'knapp ein Viertel' of Wieskamp (previous sentence)"),
        D(LEASE, ["Microsoft", FERN], "cloud_contract", None, None, None, None, "signed",
          "Kaum ist der erste Bauabschnitt in Ebersfelden an Microsoft übergeben, verteilt die Fernhain Datacenter GmbH die Aufträge für den zweiten.",
          required=False, kind_alt=["other", "supply"], note="amount-less reference to the lease"),
    ],
    "not_deals": ["1,92 Euro je Liter", "rund 700.000 Euro", "rund 290 Millionen Euro", "480 bis 520 Millionen Euro",
                  "149 Euro netto"],
}

articles["018_hot_aisle_lechfeld_talks_en.html"] = {
    "published": "2026-03-18",
    "published_note": "visible byline 'Wed 18 Mar 2026', <meta name='pubdate' content='20260318'> and JSON-LD; 'last July' -> 2025-07; 'last year' -> 2025",
    "language": "en",
    "deals": [
        D(LFERN, [LECH, FERN], "acquisition", 600_000_000, "EUR", "approx", "2026", "rumored",
          "Munich's Lechfeld Infrastruktur Partners is in exclusive talks to buy 49% of Fernhain Datacenter, three people involved in the process told this letter, in a transaction that would value the stake at around €600 million.",
          kind_alt=["investment"], alt_amounts=[alt(610_000_000, "EUR")],
          note="talks reported by unnamed sources; signed at €610m on 2026-06-22 (019), so the rumour carries only the year; the implied €1.22bn for the whole equity is a valuation (not_deal)"),
        D(LEASE, ["Microsoft", FERN], "cloud_contract", 1_400_000_000, "EUR", "approx", "2025-07", "signed",
          "What buyers are paying for is the contract book: Microsoft's 15-year lease of the first phase in Ebersfelden, worth about €1.4 billion, was signed last July, and phase two is already under construction.",
          kind_alt=["other", "supply"], note="Fernhain is the subject of the paragraph"),
        D(LWIES, [LECH, WIES], "investment", None, None, None, "2025", "completed",
          "It bought into Wieskamp, the chiller maker that equips both phases, last year, and its third infrastructure fund closed at €2.3 billion in January.",
          required=False, kind_alt=["acquisition"], note="'It' = Lechfeld; amount-less; the fund size is a not_deal"),
        D("equinix-fernhain-interest", ["Equinix", FERN], "acquisition", None, None, None, "2026", "rumored",
          "A person close to Equinix denied a local report that the US group had also looked at Fernhain.",
          required=False, note="denied report of interest, no amount"),
        D("equinix-xscale-jv", ["Equinix", "GIC", "CPP Investments"], "joint_venture", None, None, None, None, "announced",
          "Equinix has been busy elsewhere: its xScale joint venture with GIC and CPP Investments is building in the US.",
          required=False, note="amount-less background mention of the 2024 venture (005)"),
    ],
    "not_deals": ["roughly €1.22 billion", "about €38 million", "€2.3 billion", "about €14 million",
                  "around €160 per kW per month", "€140 two years ago", "€890", "£9 a month"],
}

articles["019_lechfeld_fernhain_signed_en.txt"] = {
    "published": "2026-06-23",
    "published_note": "from the dateline 'FRANKFURT, 23 June 2026 —'; 'on Monday' and 'At the same time' -> 2026-06-22; 'in September 2024' -> 2024-09",
    "language": "en",
    "deals": [
        D(LFERN, [LECH, FERN], "acquisition", 610_000_000, "EUR", "exact", "2026-06-22", "signed",
          "FRANKFURT, 23 June 2026 — Lechfeld Infrastruktur Partners has agreed to acquire a 49 per cent stake in Fernhain Datacenter GmbH for €610 million, the companies announced on Monday.",
          kind_alt=["investment"]),
        D(LOAN26, ["Helaba", FERN], "other", 180_000_000, "EUR", "exact", "2026-06-22", "signed",
          "Helaba, which arranged the original €420 million construction facility in September 2024, and Sparkasse Ebersfelden will provide an additional €180 million to fund the second phase of the Ebersfelden site.",
          kind_alt=["investment"],
          note="top-up for phase two, a different deal from the €420m facility in the same sentence; borrower Fernhain from the previous sentence ('Fernhain's lenders')"),
        D(LOAN24, ["Helaba", FERN], "other", 420_000_000, "EUR", "exact", "2024-09", "signed",
          "Helaba, which arranged the original €420 million construction facility in September 2024, and Sparkasse Ebersfelden will provide an additional €180 million to fund the second phase of the Ebersfelden site.",
          kind_alt=["investment"], note="restated in a relative clause"),
        D(CAMPUS, [FERN], "capex_plan", 1_200_000_000, "EUR", "approx", None, "planned",
          "Of the campus's overall budget of about €1.2 billion, roughly €500 million is earmarked for that phase.",
          kind_alt=["project"], note="the €500m phase-two share is part of this budget (not_deal)"),
        D(LWIES, [LECH, WIES], "investment", None, None, None, None, "completed",
          "Lechfeld manages some €6.8 billion across three funds and already owns a minority stake in chiller maker Wieskamp Kältetechnik.",
          required=False, kind_alt=["acquisition"], note="amount-less background; the €6.8bn under management is a not_deal"),
    ],
    "not_deals": ["roughly €500 million", "about €1.6 billion", "some €6.8 billion", "€95"],
}

articles["020_vollrath_interview_taunusblick.txt"] = {
    "published": None,
    "published_note": "the interview has no date at all (only 'Lesezeit: 7 Minuten'); it mentions the Lechfeld stake, so it appeared after June 2026; undated restatements get date null",
    "language": "de",
    "deals": [
        D(LAND, [GEM, FERN], "acquisition", 31_500_000, "EUR", "exact", None, "completed",
          "Wir haben 31,5 Millionen Euro für 21 Hektar bezahlt, und viele hielten uns für verrückt.",
          kind_alt=["other"], note="'Wir' = Fernhain; the seller (Gemeindevertretung in Ebersfelden) in the previous answer"),
        D(LOAN24, ["Helaba", FERN], "other", 420_000_000, "EUR", "exact", None, "signed",
          "Die Helaba und die Sparkasse Ebersfelden haben den ersten Kredit über 420 Millionen Euro gestemmt, als wir noch keinen einzigen Mieter hatten.",
          kind_alt=["investment"]),
        D(LOAN26, ["Helaba", FERN], "other", 180_000_000, "EUR", "exact", None, "signed",
          "Die Aufstockung um 180 Millionen war dann fast Formsache.",
          kind_alt=["investment"], note="top-up of the Helaba/Sparkasse loan (previous sentences); no currency word, EUR from context"),
        D("fernhain-refused-offer-2024", [FERN], "acquisition", 400_000_000, "EUR", "approx", "2024", "cancelled",
          "Ein amerikanischer Infrastrukturfonds wollte uns 2024 für rund 400 Millionen Euro komplett übernehmen.",
          required=False, note="refused takeover offer from an unnamed bidder; optional because only the target is named"),
        D(LFERN, [LECH, FERN], "acquisition", None, None, None, None, "signed",
          "Lechfeld ist Partner, nicht Käufer.",
          required=False, kind_alt=["investment"], note="amount-less reference to the stake"),
        D(LEASE, ["Microsoft", FERN], "cloud_contract", None, None, None, None, "signed",
          "Microsoft ist in der ersten Phase Ihr einziger Mieter.",
          required=False, kind_alt=["other", "supply"], note="amount-less reference to the lease"),
    ],
    "not_deals": ["zehn bis elf Millionen Euro", "rund sieben Millionen Euro im Jahr", "rund 5.800 Euro", "je 240 Euro",
                  "6,50 Euro"],
}

aliases = {
    "Fernhain Datacenter": ["Fernhain Datacenter GmbH", "Fernhain Datacenter", "Fernhain"],
    "Gemeinde Ebersfelden": ["Gemeinde Ebersfelden", "Ebersfelden"],
    "Stadtwerke Ebersfelden": ["Stadtwerke Ebersfelden"],
    "Helaba": ["Helaba", "Landesbank Hessen-Thüringen"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Google": ["Google", "Alphabet"],
    "Meta": ["Meta", "Meta Platforms"],
    "Wieskamp Kältetechnik": ["Wieskamp Kältetechnik GmbH", "Wieskamp Kältetechnik", "Wieskamp"],
    "Schneider Electric": ["Schneider Electric", "Schneider"],
    "Motivair": ["Motivair", "Motivair Corp."],
    "Equinix": ["Equinix"],
    "GIC": ["GIC"],
    "CPP Investments": ["CPP Investments"],
    "Wolfsegger Kabelwerke": ["Wolfsegger Kabelwerke AG", "Wolfsegger Kabelwerke", "Wolfsegger"],
    "Donaupark Rechenzentren": ["Donaupark Rechenzentren GmbH", "Donaupark Rechenzentren", "Donaupark"],
    "Raiffeisenlandesbank Oberösterreich": ["Raiffeisenlandesbank Oberösterreich", "RLB Oberösterreich"],
    "Auerswinkel Trafobau": ["Auerswinkel Trafobau GmbH", "Auerswinkel Trafobau", "Auerswinkel"],
    "BayernLB": ["BayernLB", "Bayerische Landesbank"],
    "Sparkasse Vilstal": ["Sparkasse Vilstal"],
    "Rettenbach Schaltanlagen": ["Rettenbach Schaltanlagen GmbH", "Rettenbach Schaltanlagen", "Rettenbach"],
    "Thurgauer Elektrohandel": ["Thurgauer Elektrohandel AG", "Thurgauer Elektrohandel"],
    "Ennstaler Energie": ["Ennstaler Energie AG", "Ennstaler Energie", "Ennstaler"],
    "Lechfeld Infrastruktur Partners": ["Lechfeld Infrastruktur Partners", "Lechfeld"],
    "Schwarz Gruppe": ["Schwarz Gruppe", "Schwarz Group", "Schwarz-Gruppe"],
    "Eaton": ["Eaton", "Eaton Corp."],
    "Boyd Thermal": ["Boyd Thermal", "Boyd Corp", "Boyd"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom"],
    "Nvidia": ["Nvidia"],
    "Moosdorf Aggregatebau": ["Moosdorf Aggregatebau GmbH", "Moosdorf Aggregatebau", "Moosdorf"],
}

gold = {"about": ABOUT, "articles": articles, "aliases": aliases}
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote gold.json: {len(articles)} articles, {sum(len(a['deals']) for a in articles.values())} deal mentions")
