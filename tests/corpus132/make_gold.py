#!/usr/bin/env python3
"""Write gold.json for tests/corpus132 (the hand annotation as a script).

Usage: python3 tests/corpus132/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 132nd, held-out test corpus (tests/corpus132/articles/), written for the tests and "
    "independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. Theme: property companies turning land, offices and warehouses into data centres "
    "(land sales, joint ventures with operators, powered-shell leases, conversions, construction loans). "
    "One entry per article; a deal that several articles report carries the same id in each. 'required': false "
    "marks vague or background mentions that an extractor may report or not without penalty. 'not_deals' lists "
    "money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <time datetime>/<meta>, issue line or stamp, or null when the article "
    "has none); quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original "
    "agreement or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). Invented companies: Felsquell Rechenzentren, Thistlemoor "
    "Digital, Ashcombe & Lyle, Stapelfeld Grundbesitz, Aldersett Infrastructure Partners, Kupferkamm Data, "
    "Gorsebeck Data, Ditchmere Estates, Quernstone Capital, Crestavel Datacenters, Bankhaus Wiesentau, Sallowfield "
    "Data, Energieversorgung Schwarzbachtal, Obermain Bodenwerte, Grunty Chylice, Zeisigwald Rechenzentren, "
    "Tonegawa Soko, Pecan Draw Land, Rheinaue Office Invest; invented publications, banks, research houses, "
    "advertisers and people are listed in invented_names.txt; the deals of real companies (Garbe, Segro, Panattoni, "
    "British Land, Vonovia, Goodman, CPP Investments, Prologis, Aroundtown, Pure DC, Landsec, Syna, E.DIS, Helaba, "
    "Stadt Dietzenbach) are partly loosely based on public reports, mostly invented or shifted. Nothing here is "
    "reporting."
)

ALIASES = {
    "Garbe Industrial Real Estate": ["Garbe", "GARBE", "Garbe Industrial", "Garbe Industrial Real Estate GmbH"],
    "Felsquell Rechenzentren": ["Felsquell Rechenzentren GmbH", "Felsquell"],
    "Syna": ["Syna GmbH"],
    "Segro": ["SEGRO", "Segro plc"],
    "Thistlemoor Digital": ["Thistlemoor", "Thistlemoor Digital Ltd"],
    "Ashcombe & Lyle": ["Ashcombe and Lyle"],
    "Panattoni": ["Panattoni Europe", "Panattoni Development"],
    "Stapelfeld Grundbesitz": ["Stapelfeld Grundbesitz GmbH", "Stapelfeld"],
    "Aldersett Infrastructure Partners": ["Aldersett"],
    "Kupferkamm Data": ["Kupferkamm Data GmbH", "Kupferkamm"],
    "British Land": ["The British Land Company", "British Land Company"],
    "Gorsebeck Data": ["Gorsebeck"],
    "Ditchmere Estates": ["Ditchmere"],
    "Vonovia": ["Vonovia SE"],
    "Quernstone Capital": ["Quernstone"],
    "Goodman Group": ["Goodman"],
    "CPP Investments": ["Canada Pension Plan Investment Board", "CPPIB"],
    "Prologis": ["Prologis Inc.", "Prologis Inc", "PLD"],
    "Crestavel Datacenters": ["Crestavel"],
    "Aroundtown": ["Aroundtown SA"],
    "Bankhaus Wiesentau": ["Wiesentau"],
    "Pure DC": ["Pure Data Centres", "Pure Data Centres Group"],
    "Landsec": ["Land Securities", "Land Securities Group"],
    "Sallowfield Data": ["Sallowfield"],
    "Energieversorgung Schwarzbachtal": ["EVS", "EVS Schwarzbachtal"],
    "Stadt Dietzenbach": ["Dietzenbach"],
    "Obermain Bodenwerte": ["Obermain Bodenwerte AG", "Obermain"],
    "Grunty Chylice": [],
    "Zeisigwald Rechenzentren": ["Zeisigwald"],
    "Tonegawa Soko": [],
    "E.DIS": ["E.DIS Netz", "E.DIS AG"],
    "Pecan Draw Land": ["Pecan Draw"],
    "Helaba": ["Landesbank Hessen-Thüringen"],
    "Rheinaue Office Invest": ["Rheinaue"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


FEL = "Felsquell Rechenzentren"
GARBE = "Garbe Industrial Real Estate"
THIS = "Thistlemoor Digital"
ALD = "Aldersett Infrastructure Partners"
KUP = "Kupferkamm Data"
GORSE = "Gorsebeck Data"
GOOD = "Goodman Group"
CPP = "CPP Investments"
CREST = "Crestavel Datacenters"
WIES = "Bankhaus Wiesentau"
STAP = "Stapelfeld Grundbesitz"
ZEIS = "Zeisigwald Rechenzentren"
LOAN_ALT = ["investment"]
LEASE_ALT = ["cloud_contract", "supply"]

A = {}

A["001_garbe_felsquell_schwarzbachkurier.txt"] = dict(
    published="2024-03-07",
    published_note="from the date line 'MAIN-TAUNUS · Hattersheim · Donnerstag, 7. März 2024'; 'am Dienstag' -> 2024-03-05",
    language="de",
    deals=[
        D("garbe-felsquell-hattersheim", [GARBE, FEL], "acquisition", 62_000_000, "EUR", "approx", "2024-03-05", "signed",
          "Beim Notar in Frankfurt setzten beide Seiten am Dienstag ihre Unterschriften unter den Kaufvertrag, der Preis liegt nach Angaben aus dem Rathaus bei rund 62 Millionen Euro.",
          note="land sale; seller (Garbe Industrial Real Estate) and buyer (Felsquell Rechenzentren GmbH) in the two previous sentences, 'beide Seiten'; 016 restates it (62 Millionen Euro), 010 mentions it without amount; different from the second plot of 2025 (010)"),
        D("felsquell-hattersheim-campus", [FEL], "capex_plan", 1_200_000_000, "EUR", "up_to", "2024-03", "planned",
          "Das Unternehmen will auf dem Gelände in drei Bauabschnitten bis zu 1,2 Milliarden Euro ausgeben.",
          term=[None, "2028"],
          note="'Das Unternehmen' = Felsquell; investment plan for the site, third phase 'Ende 2028'; plan reported this month"),
        D("syna-felsquell-grid-connection", [FEL, "Syna"], "other", 18_000_000, "EUR", "approx", "2024-03", "negotiating",
          "Für den Anschluss an das Umspannwerk Kriftel soll Felsquell dem Netzbetreiber Syna nach Informationen dieser Zeitung rund 18 Millionen Euro zahlen; unterschrieben ist dazu noch nichts.",
          required=False, kind_alt=["supply"],
          note="grid-connection fee, not yet signed and reported only by the paper; optional"),
    ],
    not_deals=["280 Euro pro Quadratmeter", "190 Euro", "bis zu neun Millionen Euro", "71,4 Millionen Euro",
               "250 Euro", "12,90 Euro im Monat"],
)

A["002_segro_thistlemoor_shellcore_en.txt"] = dict(
    published="2024-04-18",
    published_note="from the issue line 'Issue 44 — Thursday, 18 April 2024'; 'on Tuesday' -> 2024-04-16; 'last month' -> 2024-03",
    language="en",
    deals=[
        D("segro-thistlemoor-slough-shell", ["Segro", THIS], "acquisition", 135_000_000, "GBP", "exact", "2024-04-16", "signed",
          "Segro has agreed to sell a fully powered shell on the Slough Trading Estate, together with the 4.1-acre plot beneath it, to Thistlemoor Digital for £135 million, the two companies confirmed after contracts were exchanged on Tuesday.",
          alt=[(158_000_000, "EUR")],
          note="sale of a powered shell with its plot; 003 gives about €158m (month only), 009 and 015 mention it without amount; different from the 2026 lease of a second shell (015)"),
        D("ashcombe-thistlemoor-facility", ["Ashcombe & Lyle", THIS], "other", 210_000_000, "GBP", "exact", "2024-03", "signed",
          "Thistlemoor is funding the purchase and the fit-out with a £210 million development facility that Ashcombe & Lyle arranged for the company last month.",
          kind_alt=LOAN_ALT, note="development loan arranged 'last month'"),
        D("segro-datacentre-capex-2024", ["Segro"], "capex_plan", 500_000_000, "GBP", "approx", "2024", "planned",
          "Segro itself expects to spend around £500 million on data-centre development this year across Slough, Park Royal and its continental sites, according to its full-year presentation.",
          required=False, note="group-wide spending plan; optional"),
    ],
    not_deals=["£17.6 billion", "£12m", "£30", "862p", "£395 + VAT"],
)

A["003_panattoni_ludwigsfelde_lagerhausdepesche.txt"] = dict(
    published="2024-07-12",
    published_note="from the issue line 'Ausgabe 28/2024 · Freitag, 12. Juli 2024'; 'Anfang Juli' and 'in der vergangenen Woche' -> 2024-07; 'Im April' -> 2024-04",
    language="de",
    deals=[
        D("panattoni-stapelfeld-ludwigsfelde-2024", ["Panattoni", STAP], "acquisition", 40_000_000, "EUR", "approx", "2024-07", "signed",
          "Panattoni hat sich südlich von Berlin 14 Hektar Ackerland für knapp 40 Millionen Euro gesichert.",
          note="'knapp' -> approx; seller Stapelfeld Grundbesitz GmbH in the next sentence, notarised 'Anfang Juli'; different from the second plot of 2026 (018)"),
        D("aldersett-kupferkamm-equity-2024", [ALD, KUP], "investment", 300_000_000, "EUR", "exact", "2024-07", "completed",
          "Das Unternehmen hat nun 300 Millionen Euro frisches Eigenkapital eingesammelt; das Geld kommt vollständig von Aldersett Infrastructure Partners aus London.",
          note="'Das Unternehmen' = Kupferkamm Data GmbH (previous sentence); round closed 'in der vergangenen Woche'; the valuation of about €1.1bn is not a deal"),
        D("segro-thistlemoor-slough-shell", ["Segro", THIS], "acquisition", 158_000_000, "EUR", "approx", "2024-04", "signed",
          "Im April hatte Segro auf dem Slough Trading Estate eine fertig erschlossene Hülle samt Grundstück für umgerechnet rund 158 Millionen Euro an den britischen Betreiber Thistlemoor Digital abgegeben.",
          note="the deal of 002 restated in EUR with the month only"),
    ],
    not_deals=["rund 1,1 Milliarden Euro", "3,1 Milliarden Euro", "2,8 Milliarden", "7,40 Euro pro Quadratmeter",
               "24 Milliarden Euro Umsatz", "89 Euro zzgl. MwSt.", "59 Euro", "298 Euro"],
)

A["004_britishland_gorsebeck_pymmesbrook_en.html"] = dict(
    published="2024-09-19",
    published_note="from <meta article:published_time>, <time datetime> and the visible byline 'Thursday 19 September 2024'; 'on Tuesday' -> 2024-09-17; 'Last month' -> 2024-08",
    language="en",
    deals=[
        D("britishland-gorsebeck-meridian-jv", ["British Land", GORSE], "joint_venture", 400_000_000, "GBP", "approx", "2024-09-17", "announced",
          "The two companies will each own half of a joint venture that plans to spend around £400 million turning the park into a 48-megawatt campus, they said on Tuesday.",
          kind_alt=["project"],
          note="'The two companies' = British Land and Gorsebeck Data (previous sentence); different from British Land's sale of its half to Gorsebeck in 2026 (015)"),
        D("ditchmere-gorsebeck-garden-centre", ["Ditchmere Estates", GORSE], "acquisition", 14_500_000, "GBP", "exact", "2024-08", "completed",
          "Last month it paid £14.5 million for the 11-acre former garden centre next door, which belonged to Ditchmere Estates, a family landowner with farms and yards across the Lea Valley.",
          note="'it' = Gorsebeck ('Gorsebeck has also been buying.')"),
    ],
    not_deals=["£48,000 a year", "£6 million a year", "£168 million", "£520,000", "£4,995", "£6.99 monthly"],
)

A["005_vonovia_felsquell_kurszipfel.txt"] = dict(
    published="2024-11-14",
    published_note="from the stamp '14.11.2024 | 08:41 Uhr'; 'am Mittwoch' -> 2024-11-13; 'im Oktober' -> 2024-10",
    language="de",
    deals=[
        D("vonovia-felsquell-dresden", ["Vonovia", FEL], "acquisition", 31_500_000, "EUR", "exact", "2024-11-13", "signed",
          "Käufer des rund neun Hektar großen Areals im Dresdner Norden ist die Eschborner Felsquell Rechenzentren, die dafür 31,5 Millionen Euro zahlt, wie Vonovia am Mittwoch mitteilte.",
          note="land sale by Vonovia; different from the denied joint-venture report of 2025 (008)"),
        D("quernstone-vonovia-housing", ["Quernstone Capital", "Vonovia"], "acquisition", 330_000_000, "EUR", "approx", "2024-10", "signed",
          "Bereits im Oktober hatte der DAX-Konzern ein Paket von 1.900 Wohnungen in Kiel und Lübeck für rund 330 Millionen Euro an den Londoner Finanzinvestor Quernstone Capital verkauft.",
          note="'der DAX-Konzern' = Vonovia; a housing sale, outside the data-centre theme but a deal"),
    ],
    not_deals=["26,84 EUR", "mehr als 40 Milliarden Euro", "1,7 bis 1,8 Milliarden Euro", "1,22 Euro", "34 Euro",
               "29 Euro", "knapp 22 Milliarden Euro", "27,90 Euro", "82,15 EUR", "100.000 Euro"],
)

A["006_goodman_cpp_cockatooquay_en.txt"] = dict(
    published="2025-02-20",
    published_note="from the dateline 'SYDNEY, Thursday 20 February 2025'; 'on Wednesday' -> 2025-02-19",
    language="en",
    deals=[
        D("goodman-cpp-europe-partnership", [GOOD, CPP], "joint_venture", 1_900_000_000, "EUR", "exact", "2025-02-19", "signed",
          "The industrial landlord has signed a partnership with Canada's CPP Investments to build and own data centres in Europe, with the pair committing initial equity of €1.9 billion (about A$3.1 billion), the company said on Wednesday.",
          alt=[(3_100_000_000, "AUD")], kind_alt=["partnership", "investment"],
          note="'The industrial landlord' = Goodman Group; 011 restates €1.9bn (month only), 017 mentions it without amount; different from the €1.2bn top-up of 2026 (017)"),
        D("goodman-placement-2025", [GOOD], "investment", 4_000_000_000, "AUD", "exact", "2025-02-19", "announced",
          "The announcement came on the same day the company released its half-year numbers and launched a A$4 billion institutional placement, pitched to fund its own share of data-centre spending.",
          required=False, note="equity raising from unnamed institutions; one party only; optional"),
    ],
    not_deals=["A$34.50", "A$1.24 billion", "A$12.9 billion", "A$36.10", "A$69 billion", "A$1.8 billion",
               "A$15.92", "A$7.61", "A$8 a week"],
)

A["007_prologis_crestavel_tickermeadow_en.txt"] = dict(
    published="2025-04-08",
    published_note="from the stamp 'Apr 8, 2025 · 7:12 AM ET'; 'late Monday' -> 2025-04-07; 'last year' -> 2024",
    language="en",
    deals=[
        D("prologis-crestavel-dietzenbach", ["Prologis", CREST], "joint_venture", 1_400_000_000, "USD", "exact", "2025-04-07", "announced",
          "Prologis said late Monday it will form a joint venture with Crestavel Datacenters to convert its 31-hectare distribution park in Dietzenbach, south of Frankfurt, into a 96-megawatt data center campus, a project the partners value at $1.4 billion.",
          alt=[(1_300_000_000, "EUR")], kind_alt=["project"],
          note="011 gives about €1.3bn with the month only; 019 mentions it without amount; different from the second venture of 2026 (019)"),
        D("aldersett-crestavel-2024", [ALD, CREST], "investment", 750_000_000, "USD", "exact", "2024", "completed",
          "Crestavel received $750 million from Aldersett Infrastructure Partners last year, money it has been using to buy sites rather than build on them.",
          note="background with amount and year"),
        D("prologis-datacenter-capex", ["Prologis"], "capex_plan", 7_000_000_000, "USD", "range", None, "planned",
          "The company has said it plans to spend between $7 billion and $8 billion on data centers over the next five years, most of it on land it already owns.",
          amount_max=8_000_000_000, required=False,
          note="'The company' = Prologis; group-wide five-year plan, no date given; optional"),
    ],
    not_deals=["$104.20", "$96.64 – $132.57", "$5.65 to $5.81 per share", "$128", "$126.40", "$97 billion",
               "$1.01", "$781.35", "$141.12", "$38.50", "$50 in free trades"],
)

A["008_immobilien_liveticker_quadratmeterlive.txt"] = dict(
    published="2025-05-15",
    published_note="from the ticker date 'Donnerstag, 15. Mai 2025'; 'heute Vormittag' -> 2025-05-15",
    language="de",
    deals=[
        D("aroundtown-kupferkamm-niederrad", ["Aroundtown", KUP], "acquisition", 180_000_000, "EUR", "range", "2025", "rumored",
          "Im Gespräch sei ein Preis zwischen 180 und 220 Millionen Euro, heißt es.",
          amount_max=220_000_000, alt=[(205_000_000, "EUR")],
          note="talks reported from 'Finanzkreisen'; parties in the previous sentence (Aroundtown sells two Niederrad towers to Kupferkamm Data); 012 reports the signing at €205m on 2025-10-14 (alt_amounts), 014 restates it; the year keeps the shared id's dates consistent"),
        D("wiesentau-panattoni-ludwigsfelde-loan", [WIES, "Panattoni"], "other", 240_000_000, "EUR", "approx", "2025-05-15", "signed",
          "Panattoni hat für die Powered-Shell-Halle in Ludwigsfelde eine Baufinanzierung über rund 240 Millionen Euro abgeschlossen.",
          kind_alt=LOAN_ALT,
          note="construction loan; lender Bankhaus Wiesentau and signing 'heute Vormittag' in the next sentence; 013 restates it (month only)"),
        D("vonovia-felsquell-jv-denied", ["Vonovia", FEL], "joint_venture", 500_000_000, "EUR", "up_to", "2025-05", "cancelled",
          "Vonovia weist einen Bericht zurück, wonach der Konzern mit Felsquell Rechenzentren über ein Gemeinschaftsunternehmen für bis zu 500 Millionen Euro verhandelt.",
          required=False, note="denied report; optional; different from the Dresden land sale (005)"),
    ],
    not_deals=["2,71 Euro", "28,90 Euro", "24,50 Euro je Quadratmeter", "2,59 Euro", "rund drei Milliarden Euro",
               "49 Euro im Monat"],
)

A["009_uk_landlords_hollinsvarga_en.txt"] = dict(
    published="2025-06-12",
    published_note="from the header 'Published 12/06/2025 07:00 BST'; 'last month' -> 2025-05; 'April last year' -> 2024-04",
    language="en",
    deals=[
        D("segro-puredc-parkroyal-jv", ["Segro", "Pure DC"], "joint_venture", 480_000_000, "GBP", "approx", "2025-05", "signed",
          "Its 50:50 venture with Pure DC at Park Royal, agreed last month, commits the partners to about £480 million of development for a 56MW building on land Segro has owned since the 1960s.",
          kind_alt=["project"], note="'Its' = Segro (previous sentence)"),
        D("segro-thistlemoor-slough-shell", ["Segro", THIS], "acquisition", None, None, None, "2024-04", "signed",
          "This follows the sale of a powered shell in Slough to Thistlemoor Digital in April last year, which in our view set the benchmark for what secured grid capacity is worth on the estate.",
          required=False, note="the 2024 sale of 002 mentioned without amount; optional"),
        D("landsec-sallowfield-hayes", ["Landsec", "Sallowfield Data"], "acquisition", 90_000_000, "GBP", "at_least", "2025-06", "negotiating",
          "Landsec is in exclusive talks to sell a half-let office campus near Hayes, west London, to Sallowfield Data for more than £90 million, we understand.",
          note="'more than' -> at_least; exclusive talks, not signed"),
    ],
    not_deals=["£2.3 billion", "roughly £10 billion", "1,020p", "960p", "£8.5 billion", "590p", "£10m–£12m",
               "£3.0m–£3.6m", "£9m–£11m", "£6.5bn", "£14bn", "798p", "906p", "392p", "566p", "588p", "889p"],
)

A["010_felsquell_zweites_grundstueck_mainbogen.txt"] = dict(
    published="2025-07-17",
    published_note="from the dateline without year 'Hattersheim, 17. Juli (mba)'; year from the copyright line '© 2025 Mainbogen-Anzeiger'; 'Im April … drei Monate später, am Montag' -> 2025-07-14",
    language="de",
    deals=[
        D("garbe-felsquell-second-plot", [GARBE, FEL], "acquisition", 48_000_000, "EUR", "approx", "2025-07-14", "signed",
          "Das Unternehmen zahlt dafür rund 48 Millionen Euro, wie eine Sprecherin auf Nachfrage bestätigte.",
          note="'Das Unternehmen' = Felsquell, seller Garbe (first sentences); option exercised in April, contract signed 'drei Monate später, am Montag'; different from the 2024 purchase"),
        D("schwarzbachtal-felsquell-waste-heat", ["Energieversorgung Schwarzbachtal", FEL], "supply", 420_000, "EUR", "approx", "2025-07", "signed",
          "Der kommunale Versorger nimmt künftig die Abwärme des ersten Bauabschnitts ab und zahlt Felsquell dafür jährlich rund 420.000 Euro.",
          per="year", term=["2027", "2042"],
          note="'Der kommunale Versorger' = Energieversorgung Schwarzbachtal (previous sentence); heat from 2027 for 15 years; the utility pays"),
        D("garbe-felsquell-hattersheim", [GARBE, FEL], "acquisition", None, None, None, "2024", "signed",
          "Der Rohbau des ersten Abschnitts auf dem bereits im vergangenen Jahr erworbenen Gelände ist inzwischen fertig, die Kräne sind von der Autobahn aus zu sehen.",
          required=False, note="the 2024 purchase (001) as amount-less background; optional"),
    ],
    not_deals=["3,2 Millionen Euro", "260 Euro je Quadratmeter", "7,8 Millionen Euro", "4,50 Euro"],
)

A["011_rhein_main_hallen_mainspitze.html"] = dict(
    published="2025-09-18",
    published_note="from <meta name=date> and the visible line '18.09.2025 · 06:30 Uhr'; 'am Dienstagabend' -> 2025-09-16; 'im August' -> 2025-08; 'im Februar' -> 2025-02; 'Anfang April' -> 2025-04",
    language="de",
    deals=[
        D("prologis-crestavel-dietzenbach", ["Prologis", CREST], "joint_venture", 1_300_000_000, "EUR", "approx", "2025-04", "signed",
          "Prologis und Crestavel hatten Anfang April vereinbart, den Verteilzentrumspark in Dietzenbach gemeinsam für rund 1,3 Milliarden Euro in einen Rechenzentrumscampus umzubauen.",
          kind_alt=["project"], note="the venture of 007 restated in EUR with the month only"),
        D("dietzenbach-crestavel-land", ["Stadt Dietzenbach", CREST], "acquisition", 9_600_000, "EUR", "exact", "2025-09-16", "announced",
          "Die Stadt Dietzenbach erhält dafür 9,6 Millionen Euro; beurkundet werden soll im Oktober.",
          note="council approved the sale to Crestavel 'am Dienstagabend' (previous sentence); notarisation still to come"),
        D("obermain-goodman-fechenheim", ["Obermain Bodenwerte", GOOD], "acquisition", 74_000_000, "EUR", "exact", "2025-08", "completed",
          "Goodman hat im August ein neun Hektar großes Gelände im Frankfurter Stadtteil Fechenheim von der Obermain Bodenwerte AG übernommen – für 74 Millionen Euro, wie beide Seiten jetzt bestätigten."),
        D("goodman-cpp-europe-partnership", [GOOD, CPP], "joint_venture", 1_900_000_000, "EUR", "exact", "2025-02", "signed",
          "Finanziert wird der Ausbau über die im Februar geschlossene Partnerschaft des australischen Konzerns mit dem kanadischen Pensionsfonds CPP Investments, die mit 1,9 Milliarden Euro Eigenkapital startete.",
          kind_alt=["partnership", "investment"], note="'des australischen Konzerns' = Goodman; the partnership of 006"),
    ],
    not_deals=["1.100 Euro pro Quadratmeter", "350 Euro", "17 Cent", "85 Millionen Euro", "189 Euro pro Quadratmeter",
               "9,90 Euro monatlich"],
)

A["012_powered_shell_weekly_oct25_en.txt"] = dict(
    published="2025-10-17",
    published_note="from the issue line 'Issue 77 · Friday 17 October 2025'; 'on Tuesday' -> 2025-10-14; 'on Wednesday' -> 2025-10-15; 'the same week' -> 2025-10",
    language="en",
    deals=[
        D("aroundtown-kupferkamm-niederrad", ["Aroundtown", KUP], "acquisition", 205_000_000, "EUR", "exact", "2025-10-14", "signed",
          "Aroundtown has signed the sale of its two Niederrad office towers to Kupferkamm Data for €205 million, ending five months of talks that first leaked in May.",
          note="signing of the talks reported in 008; 'Contracts were signed on Tuesday' (next sentence); the book value of about €230m is not a deal"),
        D("wiesentau-kupferkamm-loan", [WIES, KUP], "other", 150_000_000, "EUR", "exact", "2025-10", "signed",
          "The buyer is paying for the deal partly with a €150 million loan from Bankhaus Wiesentau, which was signed the same week.",
          kind_alt=LOAN_ALT, note="'The buyer' = Kupferkamm Data"),
        D("panattoni-crestavel-ludwigsfelde-lease", ["Panattoni", CREST], "other", 19_000_000, "EUR", "approx", "2025-10-15", "signed",
          "Panattoni has let the powered shell at Ludwigsfelde, south of Berlin, to Crestavel Datacenters on a 20-year lease worth about €19 million a year.",
          per="year", term=["2026", None], kind_alt=LEASE_ALT,
          note="powered-shell lease; 'The lease was signed on Wednesday' (next sentence); Crestavel takes the keys in spring 2026"),
    ],
    not_deals=["roughly €230 million", "€150 per kW of IT capacity per month", "€11bn", "€92,000", "€290",
               "€349 a year"],
)

A["013_panattoni_aldersett_gullwing_en.txt"] = dict(
    published="2025-11-20",
    published_note="from the stamp 'November 20, 2025 07:05 GMT' and the dateline 'Nov 19'; 'on Wednesday' -> 2025-11-19; 'this month' -> 2025-11; 'In May' -> 2025-05",
    language="en",
    deals=[
        D("panattoni-aldersett-platform", ["Panattoni", ALD], "joint_venture", 1_000_000_000, "EUR", "up_to", "2025-11-19", "announced",
          "WARSAW/BERLIN, Nov 19 (Gullwing) - Warehouse developer Panattoni and London investor Aldersett Infrastructure Partners will commit up to one billion euros ($1.16 billion) of equity to a new platform that turns European logistics land into powered shells for data centres, the companies said on Wednesday.",
          alt=[(1_160_000_000, "USD")], kind_alt=["investment", "partnership"],
          note="amount in words; joint equity commitment of both partners"),
        D("grunty-panattoni-piaseczno", ["Grunty Chylice", "Panattoni"], "acquisition", 310_000_000, "PLN", "exact", "2025-11", "completed",
          "Panattoni bought the platform's first site, a 40-hectare former gravel pit near Piaseczno south of Warsaw, this month from local landowner Grunty Chylice for 310 million zlotys (about 73 million euros).",
          alt=[(73_000_000, "EUR")]),
        D("wiesentau-panattoni-ludwigsfelde-loan", [WIES, "Panattoni"], "other", 240_000_000, "EUR", "exact", "2025-05", "signed",
          "In May, Panattoni arranged a €240 million construction loan from Bankhaus Wiesentau for its first such building at Ludwigsfelde, south of Berlin, which has since been let to an operator.",
          kind_alt=LOAN_ALT, note="the loan of 008 restated with the month only; the lease to 'an operator' is not named here"),
    ],
    not_deals=["about 14 billion euros", "250 zlotys per square metre", "about 6 billion euros a year",
               "less than 2 billion euros", "about 3.2 billion euros"],
)

A["014_bueros_zu_servern_zinshausbrief.txt"] = dict(
    published="2026-01-15",
    published_note="from the line 'Gastkommentar | Donnerstag, 15. Januar 2026'; 'am Dienstag' -> 2026-01-13; 'im Oktober' -> 2025-10; 'im Dezember' -> 2025-12",
    language="de",
    deals=[
        D("aroundtown-kupferkamm-niederrad", ["Aroundtown", KUP], "acquisition", 205_000_000, "EUR", "approx", "2025-10", "signed",
          "Der Konzern hat im Oktober zwei Niederräder Bürotürme für rund 205 Millionen Euro an Kupferkamm verkauft, nur knapp unter dem Buchwert.",
          note="'Der Konzern' = Aroundtown (previous sentence); the sale of 012"),
        D("aroundtown-zeisigwald-berlin-jv", ["Aroundtown", ZEIS], "joint_venture", 140_000_000, "EUR", "exact", "2026-01-13", "signed",
          "Nun folgt der zweite Schritt: Aroundtown bringt zwei Berliner Bürohäuser am Saatwinkler Damm in ein Gemeinschaftsunternehmen mit dem Chemnitzer Betreiber Zeisigwald Rechenzentren ein; die Gebäude gehen mit 140 Millionen Euro in die Bücher, wie Aroundtown am Dienstag mitteilte.",
          alt=[(70_000_000, "EUR")],
          note="buildings contributed at €140m; Zeisigwald pays €70m in cash for half (next sentence, alt_amounts); 'Das 140-Millionen-Euro-Paket' repeats it"),
        D("vonovia-datacentre-capex", ["Vonovia"], "capex_plan", 1_000_000_000, "EUR", "approx", "2025-12", "planned",
          "Der Wohnungskonzern kündigte im Dezember an, bis 2030 auf eigenen Gewerbeflächen Rechenzentren für rund eine Milliarde Euro zu errichten.",
          required=False, term=[None, "2030"], note="group-wide plan, amount in words; optional"),
    ],
    not_deals=["mehr als 80 Milliarden Euro", "7,90 Euro je Aktie", "0,10 Euro je Aktie", "33 Euro", "3,60 Euro",
               "27,35 Euro", "3,02 Euro", "71,80 Euro", "189 Euro", "drei Ausgaben für 9 Euro"],
)

A["015_property_stocks_closingbell_en.txt"] = dict(
    published="2026-02-26",
    published_note="from the line 'Thursday 26 February 2026 · Market close report'; 'on Wednesday evening' -> 2026-02-25; 'this morning' -> 2026-02-26; 'two years ago' -> 2024",
    language="en",
    deals=[
        D("britishland-gorsebeck-stake-sale", ["British Land", GORSE], "acquisition", 228_000_000, "GBP", "exact", "2026-02-25", "signed",
          "British Land rose 3.1% to 441p after agreeing to sell its half of the Enfield data-centre venture to partner Gorsebeck Data for £228 million.",
          note="struck 'on Wednesday evening' (next sentence); different from the 2024 joint venture of the same pair (004)"),
        D("segro-thistlemoor-slough-lease", ["Segro", THIS], "other", 11_500_000, "GBP", "exact", "2026-02-26", "signed",
          "In a trading update this morning the company said it had let a second Slough shell to Thistlemoor Digital on a 15-year lease at £11.5 million a year.",
          per="year", kind_alt=LEASE_ALT,
          note="'the company' = Segro (previous sentence); different from the 2024 sale of the first shell"),
        D("segro-thistlemoor-slough-shell", ["Segro", THIS], "acquisition", None, None, None, "2024", "signed",
          "The operator had bought its first building on the estate outright two years ago; this time it chose to rent.",
          required=False, note="'The operator' = Thistlemoor; the 2024 purchase (002) without amount; optional"),
    ],
    not_deals=["441p", "866p", "601p", "$1.2712", "$71.40 a barrel", "$2,938 an ounce", "£212m",
               "11.0p per share", "20.6p", "£14 a month"],
)

A["016_felsquell_interview_serverscheune.txt"] = dict(
    published=None,
    published_note="no date at all (interview; only 'Lesedauer: 6 Minuten'); relative dates ('Im vergangenen Jahr') stay unresolved",
    language="de",
    deals=[
        D("garbe-felsquell-hattersheim", [GARBE, FEL], "acquisition", 62_000_000, "EUR", "exact", None, "completed",
          "Für Hattersheim haben wir 62 Millionen Euro an Garbe überwiesen, und ehrlich gesagt: Für den Boden allein wäre das zu viel gewesen.",
          note="'wir' = Felsquell; the purchase of 001"),
        D("quernstone-felsquell-offer", ["Quernstone Capital", FEL], "acquisition", 600_000_000, "EUR", "exact", None, "cancelled",
          "Im vergangenen Jahr bot uns Quernstone 600 Millionen Euro, und zwar für sämtliche Anteile.",
          note="takeover offer refused ('Wir haben Nein gesagt'); undated interview, so no date"),
        D("felsquell-grossostheim-campus", [FEL], "capex_plan", 800_000_000, "EUR", "range", None, "planned",
          "Dafür kalkulieren wir mit Kosten zwischen 800 Millionen Euro und einer Milliarde, abhängig davon, wann die zweite Leitung des Netzbetreibers fertig wird.",
          amount_max=1_000_000_000, note="third campus in Großostheim (previous answer); upper bound in words"),
    ],
    not_deals=["zwischen zehn und zwölf Millionen Euro je Megawatt", "85.000 Euro im Jahr", "9,50 Euro", "34 Euro",
               "390 Euro"],
)

A["017_goodman_cpp_topup_southernracks_en.html"] = dict(
    published="2026-04-22",
    published_note="from <meta name=pubdate> and the visible byline 'Wed 22 Apr 2026'; 'on Tuesday' -> 2026-04-21; 'February last year' -> 2025-02",
    language="en",
    deals=[
        D("goodman-cpp-europe-topup-2026", [GOOD, CPP], "investment", 1_200_000_000, "EUR", "exact", "2026-04-21", "signed",
          "Goodman Group and CPP Investments have added €1.2 billion (about A$2.1 billion) of fresh equity to their European data-centre partnership, the company told the market on Tuesday.",
          alt=[(2_100_000_000, "AUD")], kind_alt=["joint_venture", "partnership"],
          note="second deal of the pair; different from the €1.9bn partnership of 2025 (006)"),
        D("goodman-cpp-europe-partnership", [GOOD, CPP], "joint_venture", None, None, None, "2025-02", "signed",
          "The top-up lifts total commitments to the partnership, set up in February last year, to just over €3 billion.",
          required=False, kind_alt=["partnership", "investment"],
          note="the 2025 partnership without its own amount; 'just over €3 billion' is the running total, not a deal; optional"),
        D("tonegawa-goodman-inzai", ["Tonegawa Soko", GOOD], "acquisition", 28_000_000_000, "JPY", "exact", "2026-04", "signed",
          "In Japan, Goodman has agreed to pay ¥28 billion (about A$290 million) for a 6-hectare warehouse site in Inzai, east of Tokyo, owned by Tonegawa Soko, a family-controlled logistics company.",
          alt=[(290_000_000, "AUD")]),
    ],
    not_deals=["just over €3 billion", "A$33.85", "A$14.2 billion", "¥450,000 per square metre", "A$1,290",
               "A$14.95 a month"],
)

A["018_ludwigsfelde_panattoni_nuthetalecho.txt"] = dict(
    published="2026-06-18",
    published_note="from the date line 'Ludwigsfelde · Do., 18.06.2026'; 'am Dienstag' -> 2026-06-16; 'vergangene Woche' -> 2026-06",
    language="de",
    deals=[
        D("panattoni-stapelfeld-ludwigsfelde-2026", ["Panattoni", STAP], "acquisition", 27_000_000, "EUR", "approx", "2026-06-16", "signed",
          "Der Notartermin war am Dienstag, der Kaufpreis liegt bei rund 27 Millionen Euro.",
          note="parties in the previous sentence (Panattoni buys from Stapelfeld Grundbesitz); 'Der 27-Millionen-Euro-Kauf' repeats it; different from the 2024 purchase of the same pair (003)"),
        D("edis-crestavel-grid", ["E.DIS", CREST], "other", 35_000_000, "EUR", "approx", "2026-06", "signed",
          "Der Rechenzentrumsbetreiber Crestavel zahlt dem Netzbetreiber E.DIS für den Anschluss an das 110-Kilovolt-Netz rund 35 Millionen Euro.",
          kind_alt=["supply"], note="grid-connection contract signed 'vergangene Woche' (next sentence)"),
    ],
    not_deals=["2,5 bis 3 Millionen Euro pro Jahr", "rund 94 Millionen Euro", "3,20 Euro je Quadratmeter", "600 Euro",
               "8,99 Euro im Monat"],
)

A["019_prologis_crestavel_bellwether_en.txt"] = dict(
    published="2026-08-06",
    published_note="from the stamp 'Aug 6, 2026 | 4:42 PM EDT'; 'on Wednesday' -> 2026-08-05; 'last month' -> 2026-07; 'April last year' -> 2025-04",
    language="en",
    deals=[
        D("prologis-crestavel-nieuwvennep", ["Prologis", CREST], "joint_venture", 2_100_000_000, "USD", "exact", "2026-08-05", "signed",
          "The partners value the project at $2.1bn, about half as much again as their first joint scheme.",
          kind_alt=["project"],
          note="'The logistics landlord … has agreed a second joint venture with the Amsterdam-based operator' on Wednesday (previous sentence); different from the Dietzenbach venture"),
        D("prologis-crestavel-dietzenbach", ["Prologis", CREST], "joint_venture", None, None, None, "2025-04", "signed",
          "The first venture, in Dietzenbach near Frankfurt, was agreed in April last year and its opening hall is due next year.",
          required=False, kind_alt=["project"], note="the venture of 007 without amount; optional"),
        D("pecan-prologis-waxahachie", ["Pecan Draw Land", "Prologis"], "acquisition", 210_000_000, "USD", "exact", "2026-07", "completed",
          "The company also said it bought 120 acres near Waxahachie, south of Dallas, from Pecan Draw Land last month for $210 million, a price that works out at $1.75 million an acre — several times what farmland in Ellis County normally fetches.",
          note="'The company' = Prologis; the price per acre is not a deal"),
    ],
    not_deals=["$121.86", "$113.1B", "$1.75 million an acre", "$5.98–$6.10 per share", "about $9 billion", "$1.06",
               "$140 target", "$118 target", "$123.40", "$116.90", "$902.15", "$500 cash bonus"],
)

A["020_wochenblatt_grund_boden_nov26.txt"] = dict(
    published="2026-11-13",
    published_note="from the issue line 'Freitag, 13. November 2026 · Nr. 46'; 'am Mittwoch' -> 2026-11-11; 'Eine Woche' -> 2026-11; 'im Sommer' -> 2026",
    language="de",
    deals=[
        D("helaba-felsquell-grossostheim-loan", ["Helaba", FEL], "other", 450_000_000, "EUR", "exact", "2026-11-11", "signed",
          "Die Landesbank Hessen-Thüringen (Helaba) stellt einen Konsortialkredit über 450 Millionen Euro für den Campus in Großostheim bei Aschaffenburg bereit.",
          kind_alt=LOAN_ALT, note="borrower Felsquell (previous sentence); signed 'am Mittwoch' (next sentence)"),
        D("garbe-kupferkamm-bremen", [GARBE, KUP], "acquisition", 88_000_000, "EUR", "exact", "2026-11", "signed",
          "Eine Woche, drei Geschäfte: Garbe verkauft einen Logistikpark in Bremen-Hemelingen für 88 Millionen Euro an Kupferkamm Data, die dort ein Rechenzentrum plant; Vonovia überlässt Zeisigwald Rechenzentren ein Gewerbegrundstück am Stadtrand von Chemnitz, über den Preis schweigen beide Seiten; und der im Sommer vereinbarte Verkauf eines Kölner Büroareals der Rheinaue Office Invest an Thistlemoor Digital für 60 Millionen Euro ist geplatzt, weil die Stadt Köln keine Baugenehmigung für den Umbau in Aussicht stellte.",
          note="three deals in one sentence"),
        D("vonovia-zeisigwald-chemnitz", ["Vonovia", ZEIS], "acquisition", None, None, None, "2026-11", "signed",
          "Eine Woche, drei Geschäfte: Garbe verkauft einen Logistikpark in Bremen-Hemelingen für 88 Millionen Euro an Kupferkamm Data, die dort ein Rechenzentrum plant; Vonovia überlässt Zeisigwald Rechenzentren ein Gewerbegrundstück am Stadtrand von Chemnitz, über den Preis schweigen beide Seiten; und der im Sommer vereinbarte Verkauf eines Kölner Büroareals der Rheinaue Office Invest an Thistlemoor Digital für 60 Millionen Euro ist geplatzt, weil die Stadt Köln keine Baugenehmigung für den Umbau in Aussicht stellte.",
          note="land sale without price ('über den Preis schweigen beide Seiten'); a new deal, so required"),
        D("rheinaue-thistlemoor-cologne", ["Rheinaue Office Invest", THIS], "acquisition", 60_000_000, "EUR", "exact", "2026", "cancelled",
          "Eine Woche, drei Geschäfte: Garbe verkauft einen Logistikpark in Bremen-Hemelingen für 88 Millionen Euro an Kupferkamm Data, die dort ein Rechenzentrum plant; Vonovia überlässt Zeisigwald Rechenzentren ein Gewerbegrundstück am Stadtrand von Chemnitz, über den Preis schweigen beide Seiten; und der im Sommer vereinbarte Verkauf eines Kölner Büroareals der Rheinaue Office Invest an Thistlemoor Digital für 60 Millionen Euro ist geplatzt, weil die Stadt Köln keine Baugenehmigung für den Umbau in Aussicht stellte.",
          note="collapsed sale; keeps the year of the summer agreement"),
    ],
    not_deals=["4,20 Euro", "rund 2,3 Milliarden Euro", "bis zu 420 Euro je Quadratmeter", "300 Millionen Euro",
               "150 Euro", "240 Euro", "198 Euro", "99 Euro"],
)


def main():
    gold = {"about": ABOUT, "articles": {}, "aliases": ALIASES}
    for name in sorted(A):
        a = A[name]
        gold["articles"][name] = {
            "published": a["published"],
            "published_note": a["published_note"],
            "language": a["language"],
            "deals": a["deals"],
            "not_deals": a["not_deals"],
        }
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
