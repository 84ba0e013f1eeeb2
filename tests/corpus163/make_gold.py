#!/usr/bin/env python3
"""Write gold.json for corpus163 (the hand annotation of articles/).

Usage: python3 tests/corpus163/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json, then run check_gold.py.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 163rd held-out test corpus (tests/corpus163/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: ride-hailing, car-rental, bus and scooter companies in the AI boom "
    "(robotaxi and autonomy contracts, GPU and cloud deals, takeovers of routing-AI start-ups, stakes, "
    "fleet orders). One entry per article; a deal that several articles report carries the same id in "
    "each. 'required': false marks vague or background mentions (amount-less partnerships and stakes, "
    "group-wide capex plans, denied rumours) that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units and in the currency the article states; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a "
    "rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) states it "
    "in another currency or at another precision. 'date' is when the deal was announced or agreed "
    "(YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from "
    "the article's own date marker, or null when it has none); a cancelled deal keeps the date of the "
    "original talks where the text gives it; 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call and names the roles. "
    "Party order: the paying, investing or buying side first, then the receiving, selling or target side "
    "(a capex plan lists only the spender). For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). Invented companies: Ristmik Labs, Seletar Compute, "
    "Rheinflotte Mobility GmbH, Haverleigh Autonomy, Alpenlenker AG, Trasomat, Wegwerk Robotics GmbH, "
    "Talbus Ostalb GmbH, Serverhain Cloud GmbH, Mesa Verde Fleetworks, Pathsetu AI, Kickwerk, "
    "Loisachtaler Verkehrsbetriebe, Hanse-Chauffeur; invented funds and banks: Brännö Ventures, "
    "Castlebrook Capital, Mangfall Capital, Deccan Arc Ventures, Bankhaus Wevelinghoven, Orchard Pacific "
    "Bank; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt. The deals of real companies are partly real, mostly shifted or invented. "
    "Nothing here is reporting."
)


def D(id, parties, kind, amount=None, currency=None, qualifier=None, date=None, status="signed",
      required=True, evidence="", amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


A = {}

A["001_bolt_ristmik_faremeter_en.txt"] = {
    "published": "2024-03-12",
    "published_note": "from the issue line 'Issue 14 · Tuesday, 12 March 2024'; 'on Monday' -> 2024-03-11, 'last Thursday' -> 2024-03-07",
    "language": "en",
    "deals": [
        D("bolt-ristmik-seed-2024", ["Bolt", "Ristmik Labs"], "investment", 12000000, "EUR", "exact",
          "2024-03-11", "completed",
          evidence="Bolt has led a €12 million seed round in Ristmik Labs, a Tallinn start-up whose models guess where riders will want a car about fifteen minutes before they open an app.",
          note="investor Bolt (lead), target Ristmik Labs; confirmed 'on Monday' in the next sentence ('The ride-hailing company'); first Bolt–Ristmik deal, must stay apart from the takeover of 2025 (012, 014); €60m post-money is a valuation"),
        D("branno-ristmik-seed-2024", ["Brännö Ventures", "Ristmik Labs"], "investment", date="2024-03-11",
          status="completed", required=False,
          evidence="Brännö Ventures from Stockholm and two Estonian angels took smaller slices.",
          note="co-investors in the Bolt-led round, no amount of their own; optional"),
        D("grab-seletar-lease-2024", ["Grab", "Seletar Compute"], "cloud_contract", 60000000, "SGD", "exact",
          "2024-03-07", alt_amounts=[alt(45000000, "USD")],
          evidence="The contract is worth S$60 million (about US$45 million), and the two companies put their names to it last Thursday.",
          note="tenant/payer Grab, lessor Seletar Compute (previous sentence: three-year GPU lease); 'last Thursday' -> 2024-03-07; restated in 010 (US$45m, month only) and 016 (S$60m); different from the 2025 stake (010) and the 2026 monthly extension (016)"),
    ],
    "not_deals": ["€49", "€60 million", "S$1.2 billion", "€1.10", "US$2.36 billion", "€1.7 billion"],
}

A["002_rheinflotte_byd_groovkurier.txt"] = {
    "published": "2024-05-14",
    "published_note": "dateline without year 'Köln-Porz, 14. Mai (gk)', year from '© 2024 Groov-Kurier'; 'am Montag' -> 2024-05-13",
    "language": "de",
    "deals": [
        D("rheinflotte-byd-fleet-2024", ["Rheinflotte Mobility", "BYD"], "supply", 19000000, "EUR", "approx",
          "2024-05-13", kind_alt=["acquisition"],
          evidence="Knapp 19 Millionen Euro zahlt das Porzer Unternehmen dafür, die ersten Fahrzeuge kommen im Sommer über den Importeur in Bremerhaven an.",
          note="buyer Rheinflotte ('das Porzer Unternehmen'), seller BYD; parties, the 450 cars and 'am Montag' in the previous sentence; 'knapp' -> approx; fleet order"),
        D("wevelinghoven-rheinflotte-loan", ["Bankhaus Wevelinghoven", "Rheinflotte Mobility"], "other", 11000000,
          "EUR", "exact", "2024-05", kind_alt=["investment"],
          evidence="Das Düsseldorfer Bankhaus Wevelinghoven stellt der Firma einen Kredit über elf Millionen Euro zur Verfügung, Laufzeit fünf Jahre, abgesichert über die Fahrzeuge.",
          note="lender Bankhaus Wevelinghoven, borrower Rheinflotte ('der Firma'); amount in words; no day given -> month of the article"),
        D("uber-rheinflotte-framework", ["Uber", "Rheinflotte Mobility"], "partnership", date="2021",
          required=False, kind_alt=["other"],
          evidence="Mit Uber arbeitet Rheinflotte seit 2021 auf Grundlage eines Rahmenvertrags zusammen, über dessen Umfang beide Seiten nichts sagen.",
          note="background framework contract without amount; optional; different from the Munich robotaxi service contract in 015"),
    ],
    "not_deals": ["31 Millionen Euro", "2,5 Millionen Euro", "2,40 Euro je Kilometer", "2.700 Euro", "32.990 Euro", "54 Euro"],
}

A["003_haverleigh_castlebrook_laneshift_en.html"] = {
    "published": "2024-08-28",
    "published_note": "from <meta property='article:published_time'>, JSON-LD and <time datetime='2024-08-28'> ('Wednesday 28 August 2024'); 'on Tuesday' -> 2024-08-27",
    "language": "en",
    "deals": [
        D("castlebrook-haverleigh-seriesb", ["Castlebrook Capital", "Haverleigh Autonomy"], "investment", 140000000,
          "GBP", "exact", "2024-08-27", "completed", alt_amounts=[alt(178000000, "USD")],
          evidence="Haverleigh Autonomy, a spin-out from Oxford's robotics labs that writes driving software for vans and minibuses, has pulled in £140 million from investors in its Series B.",
          note="lead investor Castlebrook Capital and 'announced on Tuesday' in the next sentence; '$178 million' two sentences later; valuation £1.1bn is not a deal"),
        D("uber-haverleigh-stake-2024", ["Uber", "Haverleigh Autonomy"], "investment", date="2024-08-27",
          status="completed", required=False,
          evidence="The round, announced on Tuesday, was led by London's Castlebrook Capital; Uber joined as a smaller investor alongside two existing backers.",
          note="Uber's own share of the round is not given; optional"),
        D("haverleigh-microsoft-azure", ["Haverleigh Autonomy", "Microsoft"], "cloud_contract", 30000000, "GBP",
          "approx", "2024-08",
          evidence="Haverleigh has signed a two-year agreement to take GPU capacity in Microsoft's Azure cloud, and the company said it expects to pay about £30 million under the contract.",
          note="payer Haverleigh ('the company'), provider Microsoft (Azure); no signing day -> month of the article; two-year term from 2024"),
        D("uber-wayve-partnership-2024", ["Uber", "Wayve"], "partnership", date="2024-08", status="announced",
          required=False,
          evidence="The ride-hailing group last week deepened its partnership with Wayve, another British developer, without disclosing any financial terms, and has said it wants autonomous cars from several suppliers on its network rather than a single champion.",
          note="no financial terms; 'last week' -> August 2024; optional"),
    ],
    "not_deals": ["£1.1 billion", "£150 million", "£160,000", "£129", "£4.99 a month"],
}

A["004_sixt_alpenlenker_kursgefluester.txt"] = {
    "published": "2024-10-09",
    "published_note": "from the portal stamp '09.10.2024 · 07:41 Uhr'; 'Nach Handelsende am Dienstag' -> 2024-10-08",
    "language": "de",
    "deals": [
        D("sixt-alpenlenker-licence", ["Sixt", "Alpenlenker"], "other", 9000000, "CHF", "approx", "2024-10-08",
          per="year", term=["2025-01", "2029-12"], alt_amounts=[alt(9600000, "EUR")],
          kind_alt=["cloud_contract", "supply"],
          evidence="Sixt zahlt den Zürchern dafür jährlich rund neun Millionen Franken, umgerechnet etwa 9,6 Millionen Euro.",
          note="licensee/payer Sixt, licensor Alpenlenker ('den Zürchern'); yearly rate, amount in words; signing announced 'Nach Handelsende am Dienstag' (previous sentence); five years from January 2025; 017 restates it; different from Sixt's 25 % stake of 2026 (017)"),
        D("sixt-fleet-capex-2025", ["Sixt"], "capex_plan", 6000000000, "EUR", "approx", "2024-10", "planned",
          required=False,
          evidence="Zugleich bleibt der Konzern bei seinen Flottenplänen: Für 2025 plant Sixt Investitionen in die Fahrzeugflotte von rund 6 Milliarden Euro, ein Großteil davon wird über Rückkaufvereinbarungen mit den Herstellern abgesichert.",
          note="group-wide fleet capex plan; optional"),
    ],
    "not_deals": ["rund 180 Millionen Franken", "95 Euro", "1,86 Milliarden Euro", "zwischen 340 und 400 Millionen Euro",
                  "74,35 Euro", "55,10 Euro", "3,90 EUR", "100 Euro Prämie"],
}

A["005_flix_trasomat_powisle_en.txt"] = {
    "published": "2025-01-22",
    "published_note": "from the dateline 'WARSAW, Jan 22, 2025'; 'on Tuesday' -> 2025-01-21",
    "language": "en",
    "deals": [
        D("flix-trasomat-acquisition", ["Flix", "Trasomat"], "acquisition", 160000000, "PLN", "exact", "2025-01-21",
          alt_amounts=[alt(37500000, "EUR")],
          evidence="WARSAW, Jan 22, 2025 — Flix, the Munich-based group behind the green FlixBus coaches, is buying Trasomat, a Wrocław software house whose models plan coach timetables and seat prices, for zł 160 million (€37.5 million).",
          note="buyer Flix, target Trasomat; signed 'on Tuesday' (next sentence), closing pending UOKiK approval; 006 restates it in EUR"),
        D("branno-trasomat-2023", ["Brännö Ventures", "Trasomat"], "investment", 28000000, "PLN", "exact", "2023",
          "completed", required=False,
          evidence="Brännö Ventures of Stockholm led a zł 28 million round in the company in 2023 and now roughly doubles its money, according to one person who knows the fund.",
          note="background round of 2023; 'the company' = Trasomat; optional"),
    ],
    "not_deals": ["zł 41 million", "zł 2.9 billion", "zł 39", "zł 12 million", "€2.3 billion"],
}

A["006_bus_wochenschau_omnibusdepesche.txt"] = {
    "published": "2025-01-31",
    "published_note": "from the issue line 'KW 5/2025 · Freitag, 31. Januar 2025'; 'am Mittwoch' -> 2025-01-29; 'vergangene Woche' -> January 2025",
    "language": "de",
    "deals": [
        D("flix-trasomat-acquisition", ["Flix", "Trasomat"], "acquisition", 37000000, "EUR", "approx", "2025-01",
          evidence="Flix zahlt rund 37 Millionen Euro für die Firma aus Breslau, die bisher schon die Verbindungen der grünen Busse in Polen und im Baltikum plant.",
          note="same deal as 005 (zł 160m / €37.5m); 'vergangene Woche' in the previous sentence -> month; 'die Firma aus Breslau' = Trasomat"),
        D("mangfall-wegwerk-seriesa", ["Mangfall Capital", "Wegwerk Robotics"], "investment", 34000000, "EUR",
          "exact", "2025-01-29", "completed",
          evidence="Die Wegwerk Robotics GmbH aus München, die Software für autonom fahrende Shuttles entwickelt, hat sich am Mittwoch 34 Millionen Euro frisches Kapital gesichert.",
          note="lead investor Mangfall Capital in the next sentence; Series A"),
        D("talbus-serverhain-cloud", ["Talbus Ostalb", "Serverhain Cloud"], "cloud_contract", 2500000, "EUR",
          "exact", "2025-01",
          evidence="Zweieinhalb Millionen Euro lässt sich der kommunale Betreiber das über drei Jahre kosten.",
          note="payer Talbus Ostalb ('der kommunale Betreiber'), provider Serverhain Cloud (previous sentence); amount in words; no day -> month of the issue"),
    ],
    "not_deals": ["58 Euro", "Rund 620.000 Euro", "Rund 2,3 Milliarden Euro", "1,55 Euro je Liter", "rund 1,2 Milliarden Euro",
                  "129 Euro", "79 Euro"],
}

A["007_lyft_freenow_kursfahrplan.txt"] = {
    "published": "2025-04-17",
    "published_note": "from the portal stamp '17.04.2025 | 07:12 Uhr'; 'am Mittwoch' -> 2025-04-16",
    "language": "de",
    "deals": [
        D("lyft-freenow-acquisition", ["Lyft", "Free Now"], "acquisition", 180000000, "EUR", "approx", "2025-04-16",
          alt_amounts=[alt(197000000, "USD")],
          evidence="Der zweitgrößte Fahrdienstvermittler der USA übernimmt die Hamburger Taxi- und Mietwagen-App von ihren bisherigen Eigentümern BMW und Mercedes-Benz für rund 180 Millionen Euro in bar.",
          note="buyer Lyft ('Der zweitgrößte Fahrdienstvermittler der USA'), target Free Now ('die Hamburger Taxi- und Mietwagen-App'), sellers BMW and Mercedes-Benz; names in the previous sentence, 'am Mittwoch' in the next; 008 gives $197m (month only), 013 mentions it without amount"),
        D("bmw-mercedes-mobility-jv-2019", ["BMW", "Mercedes-Benz"], "joint_venture", date="2019", status="completed",
          required=False,
          evidence="Die Firma ging aus den Mobilitätsdiensten der beiden deutschen Autobauer hervor, die ihre Aktivitäten 2019 gebündelt hatten.",
          note="background: the 2019 joint venture of the sellers; the 'Milliardenbeträge' promised then are vague; optional"),
        D("lyft-maymobility-atlanta", ["Lyft", "May Mobility"], "partnership", date="2025-02", status="announced",
          required=False,
          evidence="Erst im Februar hatte Lyft angekündigt, ab 2026 gemeinsam mit May Mobility fahrerlose Autos in Atlanta anzubieten; finanzielle Details nannten beide Seiten damals nicht.",
          note="no financial terms; optional"),
    ],
    "not_deals": ["rund einer Milliarde Euro", "16 Dollar", "500 Millionen Dollar", "5,8 Milliarden Dollar", "10,96 Dollar",
                  "10,88 USD", "4,6 Mrd. USD", "1 Euro je Order"],
}

A["008_curbside_weekly_apr25_en.txt"] = {
    "published": "2025-04-25",
    "published_note": "from the issue line 'Week 17 · Friday 25 April 2025'; 'on Tuesday' -> 2025-04-22; 'earlier this month' and 'this month' -> April 2025",
    "language": "en",
    "deals": [
        D("lyft-freenow-acquisition", ["Lyft", "Free Now"], "acquisition", 197000000, "USD", "exact", "2025-04",
          evidence="The biggest news of the month came on a Wednesday: Lyft is paying $197 million for Free Now, the European taxi app owned until now by BMW and Mercedes-Benz.",
          note="same deal as 007 (€180m); 'announced earlier this month' (next sentence) -> month only, the weekday has no date"),
        D("waymo-mesaverde-depot", ["Waymo", "Mesa Verde Fleetworks"], "other", 64000000, "USD", "approx",
          "2025-04-22", kind_alt=["supply"],
          evidence="Under a five-year contract signed on Tuesday, Waymo will pay the firm about $64 million, its founder Tomás Arreguín-Bell said.",
          note="payer Waymo, service provider Mesa Verde Fleetworks ('the firm', previous sentence); fleet cleaning, charging and maintenance"),
        D("deccanarc-pathsetu-round", ["Deccan Arc Ventures", "Pathsetu AI"], "investment", 18000000, "USD", "exact",
          "2025-04", "completed",
          evidence="Pathsetu AI, a Bengaluru start-up that predicts traffic on Indian roads for delivery and ride-hailing apps, has raised $18 million.",
          note="lead investor Deccan Arc Ventures in the next sentence ('closed this month'); valuation $95m is not a deal; different from Uber's takeover of Pathsetu (009)"),
    ],
    "not_deals": ["$6 per vehicle per month", "€1 billion", "$95 million", "$2.05 a mile", "$1.80 a mile", "$42 billion",
                  "$15 a month"],
}

A["009_uber_pathsetu_hebbal_en.txt"] = {
    "published": "2025-06-11",
    "published_note": "from the wire stamp 'June 11, 2025 07:40 IST'; dateline 'June 10', 'on Tuesday' -> 2025-06-10; 'last year' -> 2024",
    "language": "en",
    "deals": [
        D("uber-pathsetu-acquisition", ["Uber", "Pathsetu AI"], "acquisition", 12500000000, "INR", "exact",
          "2025-06-10", alt_amounts=[alt(146000000, "USD")],
          evidence="BENGALURU, June 10 (Hebbal) - Uber Technologies has agreed to acquire Pathsetu AI, a Bengaluru company whose software predicts traffic and travel times on Indian roads, for ₹1,250 crore ($146 million) in cash, Uber and Pathsetu announced on Tuesday.",
          note="buyer Uber, target Pathsetu; ₹1,250 crore = INR 12.5bn (headline 'Rs 1,250 crore'); closing pending the competition regulator"),
        D("pathsetu-yotta-gpu", ["Pathsetu AI", "Yotta Data Services"], "cloud_contract", 400000000, "INR", "exact",
          "2024",
          evidence="It signed a ₹40 crore contract with Yotta Data Services last year for access to Nvidia chips at Yotta's data centre in Navi Mumbai, and that arrangement will remain in place after the takeover, a person with knowledge of the deal said.",
          note="payer Pathsetu ('It'), provider Yotta; ₹40 crore = INR 400m; 'last year' -> 2024"),
    ],
    "not_deals": ["₹86 crore", "₹31 crore", "₹45 lakh a year", "₹10,372 crore", "$14 billion", "$84.10"],
}

A["010_grab_seletar_straitsquay_en.html"] = {
    "published": "2025-08-20",
    "published_note": "from <meta property='article:published_time'>, JSON-LD and <time datetime='2025-08-20'> ('Wed, 20 Aug 2025'); 'on Tuesday' -> 2025-08-19; 'March last year' -> 2024-03",
    "language": "en",
    "deals": [
        D("grab-seletar-stake-2025", ["Grab", "Seletar Compute"], "investment", 90000000, "SGD", "exact",
          "2025-08-19", alt_amounts=[alt(70000000, "USD")], kind_alt=["acquisition"],
          evidence="SINGAPORE – Grab Holdings is buying a 15 per cent stake in Seletar Compute, a local operator of graphics-processor clusters, for S$90 million, Grab and Seletar announced on Tuesday.",
          note="investor Grab, target Seletar (15 %); US$70m in the next sentence; different from the 2024 lease in the next paragraph and the 2026 extension (016)"),
        D("grab-seletar-lease-2024", ["Grab", "Seletar Compute"], "cloud_contract", 45000000, "USD", "exact", "2024-03",
          evidence="The stake builds on a US$45 million GPU lease that Grab signed with Seletar in March last year, which gave the super-app a little over 1,000 Nvidia H100 chips in a hall in Jurong for three years.",
          note="restatement of the 2024 lease (001, S$60m) in USD with the month only"),
        D("grab-goto-denied-2025", ["Grab", "GoTo"], "acquisition", 7000000000, "USD", "approx", "2025-08", "rumored",
          required=False,
          evidence="Separately, Grab on Tuesday again denied a report that it had offered about US$7 billion for Indonesia's GoTo.",
          note="reported offer denied by Grab; optional"),
    ],
    "not_deals": ["S$600 million", "S$500 million", "S$3.20 per GPU-hour", "US$4.95", "S$1,450 a month", "S$29.90 a month"],
}

A["011_uber_lucid_nuro_sandbar_en.txt"] = {
    "published": "2025-07-18",
    "published_note": "from the wire stamp 'July 18, 2025 | 06:10 GMT'; dateline 'July 17', 'on Thursday' -> 2025-07-17",
    "language": "en",
    "deals": [
        D("uber-lucid-investment", ["Uber", "Lucid"], "investment", 330000000, "USD", "exact", "2025-07-17",
          alt_amounts=[alt(285000000, "EUR")],
          evidence="SAN FRANCISCO, July 17 (SW) - Uber will invest $330 million in electric-car maker Lucid and buy a large fleet of its Gravity SUVs fitted with Nuro's self-driving system, the three companies said on Thursday, in the ride-hailing group's most direct step yet into owning autonomous vehicles.",
          note="investor Uber, target Lucid; 013 gives about €285m; must stay apart from the vehicle order in the same sentence"),
        D("uber-lucid-fleet-order", ["Uber", "Lucid"], "supply", 1400000000, "USD", "range", "2025-07-17",
          amount_max=1800000000, term=["2026", "2032"], kind_alt=["acquisition"],
          evidence="Two analysts at Harrow Lane Securities estimated in a note on Thursday evening that the order would be worth between $1.4 billion and $1.8 billion to Lucid over its life, depending on how quickly deliveries ramp up.",
          note="buyer Uber, supplier Lucid (at least 20,000 Gravity SUVs with Nuro's system over six years from late 2026); the companies gave no price ('No price was given'), value only from analysts; different deal from Uber's $330m investment"),
        D("uber-nuro-investment", ["Uber", "Nuro"], "investment", 200000000, "USD", "at_least", "2025-07-17",
          evidence="The ride-hailing group will put more than $200 million into Nuro as part of a funding round, according to a statement, which did not say who else was taking part.",
          note="'The ride-hailing group' = Uber; 'more than' -> at_least; valuation $6bn is not a deal"),
    ],
    "not_deals": ["$6 billion", "$3 billion", "$2.71", "$8.3 billion", "$94,900", "$45 billion"],
}

A["012_bolt_ristmik_talks_harju_en.txt"] = {
    "published": "2025-09-24",
    "published_note": "from 'Posted 24/09/2025 · 09:15 EEST · Tallinn'; 'Last month' -> 2025-08",
    "language": "en",
    "deals": [
        D("bolt-ristmik-takeover", ["Bolt", "Ristmik Labs"], "acquisition", 90000000, "EUR", "range", "2025",
          "rumored", amount_max=110000000, alt_amounts=[alt(104000000, "EUR")],
          evidence="The Tallinn ride-hailing company would pay between €90 million and €110 million for the forecasting start-up, depending on how much of the price is tied to future targets, the people said.",
          note="buyer Bolt ('The Tallinn ride-hailing company'), target Ristmik ('the forecasting start-up'), names in the previous sentence; talks from insiders, no comment from the companies -> rumored; 014 reports the signing at €104m on 2025-11-03 (alt_amounts); the year keeps the shared id's dates consistent; different from Bolt's 2024 seed stake (001)"),
        D("tlt-ristmik-timetables", ["Tallinna Linnatranspordi", "Ristmik Labs"], "other", 4200000, "EUR", "exact",
          "2025-08", kind_alt=["supply"],
          evidence="Last month it signed a €4.2 million contract with Tallinna Linnatranspordi, the city-owned bus and tram operator, to re-plan timetables on 20 bus lines using its demand forecasts.",
          note="payer Tallinna Linnatranspordi (city bus operator), supplier Ristmik ('it' = the start-up); four-year public contract"),
    ],
    "not_deals": ["€6.8 million", "€7,500 a month", "€7.4 billion", "€2 billion", "€1.3 billion", "€250", "founders €90"],
}

A["013_uber_robotaxi_gastkommentar_fondsfenster.txt"] = {
    "published": "2025-07-21",
    "published_note": "from the line 'Gastkommentar | Montag, 21. Juli 2025'; 'Vergangene Woche' -> July 2025",
    "language": "de",
    "deals": [
        D("uber-lucid-investment", ["Uber", "Lucid"], "investment", 285000000, "EUR", "approx", "2025-07",
          evidence="Rund 285 Millionen Euro steckt der Fahrdienstvermittler in den kalifornischen Elektroautobauer Lucid.",
          note="same investment as 011 ($330m), converted; 'der Fahrdienstvermittler' = Uber; 'Vergangene Woche' in the previous paragraph -> month"),
        D("lyft-freenow-acquisition", ["Lyft", "Free Now"], "acquisition", date=None, required=False,
          evidence="Und Lyft hat mit Free Now einen Taxi-Vermittler gekauft, der vor allem Menschen am Steuer vermittelt – eine Wette darauf, dass die Roboter später kommen als gedacht.",
          note="restatement of the 007/008 deal without amount or date; optional"),
    ],
    "not_deals": ["rund 1,5 Milliarden Dollar", "95 Dollar", "88,40 Dollar", "knapp 7 Milliarden Dollar",
                  "rund 3 Milliarden Dollar", "rund 40 Milliarden Euro", "12,90 Euro", "6,45 Euro"],
}

A["014_mobilitaet_liveticker_tickernordwest.txt"] = {
    "published": "2025-11-04",
    "published_note": "from the ticker line 'Dienstag, 4. November 2025'; 'am Montagabend' -> 2025-11-03, 'heute früh' -> 2025-11-04, 'im August' -> 2025-08",
    "language": "de",
    "deals": [
        D("bolt-ristmik-takeover", ["Bolt", "Ristmik Labs"], "acquisition", 104000000, "EUR", "exact", "2025-11-03",
          evidence="Der estnische Fahrdienstvermittler zahlt 104 Millionen Euro, wie beide Firmen mitteilen.",
          note="signing of the takeover rumoured in 012; names in the previous sentence; 'am Montagabend' in the next; the recalled rumour range '90 bis 110 Millionen Euro' belongs to the same deal"),
        D("voi-kickwerk-hamburg", ["Voi", "Kickwerk"], "acquisition", 8000000, "EUR", "approx", "2025-11-04",
          evidence="Für die rund 4.000 Roller, die Abstellgenehmigungen und das Kundenkonto-Verzeichnis zahlt Voi nach Angaben aus dem Unternehmen knapp acht Millionen Euro.",
          note="buyer Voi, seller Kickwerk (its Hamburg business, previous sentence); amount in words, 'knapp' -> approx; 'Unterschrieben wurde heute früh'"),
        D("lyft-baidu-partnership", ["Lyft", "Baidu"], "partnership", date="2025-08", status="announced",
          required=False,
          evidence="Lyft bekräftigt am Rande einer Investorenveranstaltung in New York, dass die mit Baidu im August vereinbarte Partnerschaft im kommenden Jahr die ersten Robotaxis nach Deutschland bringen soll – gebucht werden sollen sie über die App der Lyft-Tochter Free Now.",
          note="robotaxi partnership without financial terms; optional"),
    ],
    "not_deals": ["49,7 Milliarden Dollar", "13,5 Milliarden Dollar", "1,44 Milliarden Euro", "273 Millionen Euro",
                  "61,80 Euro", "5.000 Euro", "100.000 Euro"],
}

A["015_rheinflotte_interview_flottenwerk.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesedauer: 6 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        D("uber-rheinflotte-munich-robotaxi", ["Uber", "Rheinflotte Mobility"], "other", 1200000, "EUR", "approx",
          None, per="month", kind_alt=["supply"],
          evidence="Uber zahlt uns dafür rund 1,2 Millionen Euro im Monat, erst einmal für zwei Jahre.",
          note="payer Uber, service provider Rheinflotte ('uns'); charging, cleaning and maintenance of robotaxis in Munich; monthly rate; undated interview; different from the 2021 framework contract (002)"),
        D("uber-momenta-munich", ["Uber", "Momenta"], "partnership", None, status="announced", required=False,
          evidence="In München übernehmen wir ab dem Frühjahr für Uber das Laden, Reinigen und Warten der ersten Robotaxis, die dort mit Software von Momenta fahren sollen.",
          note="background robotaxi partnership, no terms; optional"),
        D("rheinflotte-charging-capex", ["Rheinflotte Mobility"], "capex_plan", 40000000, "EUR", "approx", None,
          "planned",
          evidence="Bis Ende übernächsten Jahres investieren wir rund 40 Millionen Euro in Ladeparks in Köln, Düsseldorf und München.",
          note="'wir' = Rheinflotte; the relative end date cannot be resolved in an undated interview"),
        D("castlebrook-rheinflotte-offer", ["Castlebrook Capital", "Rheinflotte Mobility"], "acquisition", 70000000,
          "EUR", "exact", None, "cancelled",
          evidence="Ein Londoner Finanzinvestor, Castlebrook Capital, wollte uns für 70 Millionen Euro komplett übernehmen.",
          note="takeover offer refused ('Wir haben nach einer Woche abgesagt'); 'uns' = Rheinflotte; undated"),
    ],
    "not_deals": ["0,59 Euro je Kilowattstunde", "2.900 Euro", "rund 150.000 Euro", "9,80 Euro", "98 Euro", "59 Euro"],
}

A["016_grab_seletar_shentonway_en.txt"] = {
    "published": "2026-02-12",
    "published_note": "from the report line 'Thursday, 12 February 2026 · Market close'; 'on Wednesday' -> 2026-02-11, 'on Monday' -> 2026-02-09",
    "language": "en",
    "deals": [
        D("grab-seletar-extension-2026", ["Grab", "Seletar Compute"], "cloud_contract", 3500000, "SGD", "exact",
          "2026-02-11", per="month", term=["2026-04", "2028-03"],
          evidence="Announced on Wednesday alongside the results, the new agreement with Seletar Compute will see Grab pay S$3.5 million a month for additional GPU capacity at the Jurong operator's new Tuas site.",
          note="monthly rate for 24 months from April; third Grab–Seletar deal, must stay apart from the 2024 lease in the next sentence"),
        D("grab-seletar-lease-2024", ["Grab", "Seletar Compute"], "cloud_contract", 60000000, "SGD", "exact", "2024-03",
          evidence="It comes on top of the S$60 million, three-year lease the company signed with Seletar in March 2024, which expires next year.",
          note="restatement of the 2024 lease (001); 'the company' = Grab"),
        D("orchardpacific-seletar-loan", ["Orchard Pacific Bank", "Seletar Compute"], "other", 150000000, "SGD",
          "exact", "2026-02-09", kind_alt=["investment"],
          evidence="The operator said on Monday it had arranged a S$150 million green loan from Orchard Pacific Bank to pay for power and cooling equipment at Tuas; the facility runs for seven years.",
          note="lender Orchard Pacific Bank, borrower Seletar ('The operator')"),
    ],
    "not_deals": ["S$1.29bn", "US$3.37 billion", "US$3.95 billion to US$4.05 billion", "US$5.62", "US$6.80", "S$49.72",
                  "US$128.40", "S$2.31", "S$500 million", "S$19 a month"],
}

A["017_sixt_alpenlenker_wirtschaftsbote.html"] = {
    "published": "2026-03-18",
    "published_note": "from <meta name='date'>, JSON-LD and the line 'Pullach · 18.03.2026, 09:40 Uhr'; 'am Dienstag' -> 2026-03-17",
    "language": "de",
    "deals": [
        D("sixt-alpenlenker-stake-2026", ["Sixt", "Alpenlenker"], "investment", 40000000, "CHF", "exact",
          "2026-03-17", alt_amounts=[alt(42000000, "EUR")], kind_alt=["acquisition"],
          evidence="Für die 25 Prozent zahlt der Konzern 40 Millionen Franken, rund 42 Millionen Euro; bekannt gegeben haben das beide Seiten am Dienstag.",
          note="investor Sixt ('der Konzern'), target Alpenlenker (previous sentence); different deal from the licence in the next paragraph"),
        D("sixt-alpenlenker-licence", ["Sixt", "Alpenlenker"], "other", 9000000, "CHF", "approx", None, per="year",
          term=["2025-01", "2029-12"], kind_alt=["cloud_contract", "supply"],
          evidence="Seit Januar 2025 setzt Alpenlenkers Software die Tagespreise an Sixts europäischen Stationen, dafür überweist Sixt den Zürchern jährlich rund neun Millionen Franken.",
          note="restatement of the 2024 licence (004); genitives 'Alpenlenkers', 'Sixts'; no signing date here"),
    ],
    "not_deals": ["160 Millionen Franken", "4,2 Milliarden Euro", "2,70 Euro", "83,15 Euro", "rund 350 Millionen Euro",
                  "895.000 Euro", "7,99 Euro", "0,99 Euro"],
}

A["018_mobility_stocks_hudsonyardtape_en.txt"] = {
    "published": "2026-05-14",
    "published_note": "from the portal stamp '05/14/2026 4:32 PM ET'; 'on Wednesday' -> 2026-05-13; 'last week' -> May 2026",
    "language": "en",
    "deals": [
        D("lyft-mesaverde-stake", ["Lyft", "Mesa Verde Fleetworks"], "investment", 72000000, "USD", "exact",
          "2026-05-13", kind_alt=["acquisition"],
          evidence="Lyft rose 7.4% to $17.62, its best close in three months, after announcing on Wednesday a deal to take a 19.9% stake in Mesa Verde Fleetworks for $72 million.",
          note="investor Lyft, target Mesa Verde (19.9 %); implied value $362m is not a deal"),
        D("lyft-haverleigh-talks", ["Lyft", "Haverleigh Autonomy"], "acquisition", 600000000, "USD", "approx", None,
          "cancelled",
          evidence="Lyft confirmed on Wednesday that it had walked away from negotiations to acquire Haverleigh Autonomy, the Oxford-based developer of driving software, for roughly $600 million.",
          note="abandoned takeover talks; they 'began in the winter' (2025/26, year unclear) -> date null; the confirmation of the end (2026-05-13) is not the deal date"),
        D("uber-oracle-cloud-2026", ["Uber", "Oracle"], "cloud_contract", 900000000, "USD", "approx", "2026-05",
          evidence="In its quarterly filing last week the company disclosed that it had expanded its cloud agreement with Oracle by roughly $900 million, mostly to rent graphics processors for training the driving and matching models it now builds in-house.",
          note="payer Uber ('the company', previous sentence), provider Oracle; the expansion only; disclosed 'last week' -> May 2026"),
    ],
    "not_deals": ["$17.62", "$362 million", "$24 from $19", "$91.05", "$52 billion to $53.5 billion",
                  "$4.65 billion to $4.8 billion", "$2.10 a mile", "$2.60", "$286.30", "$34.99 a month", "$349 a year"],
}

A["019_wegwerk_shuttles_linienbuendel.txt"] = {
    "published": "2026-07-09",
    "published_note": "from the issue line 'Ausgabe 27/2026 · Donnerstag, 9. Juli 2026'; 'am Mittwoch' -> 2026-07-08; 'Im April' -> 2026-04",
    "language": "de",
    "deals": [
        D("loisachtaler-wegwerk-shuttles", ["Loisachtaler Verkehrsbetriebe", "Wegwerk Robotics"], "supply", 14000000,
          "EUR", "up_to", "2026-07-08", term=["2026", "2028-12"],
          evidence="Der Vertrag wurde am Mittwoch in Geretsried unterzeichnet und ist bis zu 14 Millionen Euro schwer, falls die Verkehrsbetriebe alle Optionen ziehen.",
          note="buyer Loisachtaler Verkehrsbetriebe, supplier Wegwerk (previous sentence: autonomy kits for 40 minibuses); 'bis zu' -> up_to; in service 'bis Ende 2028'"),
        D("wegwerk-serverhain-gpu", ["Wegwerk Robotics", "Serverhain Cloud"], "cloud_contract", 9000000, "EUR", "exact",
          "2026-04",
          evidence="Der 9-Millionen-Euro-Vertrag läuft drei Jahre und sichert Wegwerk Zugriff auf rund 500 Grafikprozessoren.",
          note="payer Wegwerk, provider Serverhain Cloud; booked 'Im April' (previous sentence); compound amount; 'Drei Monate später' refers to the shuttle order"),
    ],
    "not_deals": ["23 Millionen Euro", "rund 350.000 Euro je Fahrzeug", "5,1 Millionen Euro", "85.000 Euro", "89 Euro"],
}

A["020_hamburg_robotaxi_alsterwoche.txt"] = {
    "published": "2026-11-06",
    "published_note": "from the issue line 'Nr. 45 · 6. bis 12. November 2026' (first day of the issue, a Friday); 'Am Mittwoch' -> 2026-11-04; 'seit dem Sommer' -> 2026; 'Im vergangenen Jahr' -> 2025",
    "language": "de",
    "deals": [
        D("bolt-stellantis-vans", ["Bolt", "Stellantis"], "supply", 400000000, "EUR", "approx", "2026", "negotiating",
          kind_alt=["acquisition"],
          evidence="Die Gespräche laufen seit dem Sommer, es geht um rund 400 Millionen Euro.",
          note="buyer Bolt, supplier Stellantis (previous sentence: several thousand electric vans); talks reported by the paper and not denied by Bolt -> negotiating; different from the 2025 test agreement in the same paragraph"),
        D("bolt-stellantis-testing-2025", ["Bolt", "Stellantis"], "partnership", date="2025", required=False,
          evidence="Im vergangenen Jahr hatten beide Konzerne bereits vereinbart, autonome Transporter gemeinsam zu testen.",
          note="background partnership without terms; 'beide Konzerne' = Bolt and Stellantis; optional"),
        D("hochbahn-wegwerk-control", ["Hamburger Hochbahn", "Wegwerk Robotics"], "supply", 12500000, "EUR", "exact",
          "2026-11-04", kind_alt=["other"],
          evidence="Am Mittwoch vergab das städtische Verkehrsunternehmen einen Auftrag über 12,5 Millionen Euro an die Münchner Wegwerk Robotics.",
          note="client Hochbahn ('das städtische Verkehrsunternehmen', previous sentence), supplier Wegwerk; control-centre software"),
        D("rheinflotte-hansechauffeur", ["Rheinflotte Mobility", "Hanse-Chauffeur"], "acquisition", date="2026-11",
          evidence="Die Kölner Rheinflotte Mobility übernimmt den Hamburger Mietwagenbetreiber Hanse-Chauffeur mit rund 180 Fahrzeugen, den Kaufpreis nennen beide Seiten nicht; die Lyft-Tochter Free Now verlängert ihre Partnerschaft mit der Hamburger Taxi-Innung um drei Jahre; und einen Bericht, wonach Uber rund 600 Millionen Euro für Free Now bieten wolle, wies Lyft am Mittwoch als „frei erfunden“ zurück.",
          note="takeover with undisclosed price, first item of a list sentence; required although amount-less"),
        D("freenow-taxiinnung-partnership", ["Free Now", "Hamburger Taxi-Innung"], "partnership", date="2026-11",
          required=False,
          evidence="Die Kölner Rheinflotte Mobility übernimmt den Hamburger Mietwagenbetreiber Hanse-Chauffeur mit rund 180 Fahrzeugen, den Kaufpreis nennen beide Seiten nicht; die Lyft-Tochter Free Now verlängert ihre Partnerschaft mit der Hamburger Taxi-Innung um drei Jahre; und einen Bericht, wonach Uber rund 600 Millionen Euro für Free Now bieten wolle, wies Lyft am Mittwoch als „frei erfunden“ zurück.",
          note="second list item, extension without terms; optional"),
        D("uber-freenow-denied", ["Uber", "Free Now"], "acquisition", 600000000, "EUR", "approx", "2026-11", "rumored",
          required=False,
          evidence="Die Kölner Rheinflotte Mobility übernimmt den Hamburger Mietwagenbetreiber Hanse-Chauffeur mit rund 180 Fahrzeugen, den Kaufpreis nennen beide Seiten nicht; die Lyft-Tochter Free Now verlängert ihre Partnerschaft mit der Hamburger Taxi-Innung um drei Jahre; und einen Bericht, wonach Uber rund 600 Millionen Euro für Free Now bieten wolle, wies Lyft am Mittwoch als „frei erfunden“ zurück.",
          note="third list item: reported offer, denied by the owner Lyft 'am Mittwoch'; optional"),
    ],
    "not_deals": ["3,20 Euro", "Hunderte Millionen Euro", "rund 240 Millionen Euro", "26 Millionen Euro", "2,60 Euro",
                  "4,90 Euro", "19 Euro", "12,40 Euro"],
}

ALIASES = {
    "Bolt": ["Bolt", "Bolt Technology"],
    "Ristmik Labs": ["Ristmik Labs", "Ristmik"],
    "Brännö Ventures": ["Brännö Ventures", "Brännö"],
    "Grab": ["Grab", "Grab Holdings"],
    "Seletar Compute": ["Seletar Compute", "Seletar"],
    "Rheinflotte Mobility": ["Rheinflotte Mobility", "Rheinflotte Mobility GmbH", "Rheinflotte"],
    "BYD": ["BYD"],
    "Bankhaus Wevelinghoven": ["Bankhaus Wevelinghoven", "Wevelinghoven"],
    "Uber": ["Uber", "Uber Technologies", "Ubers"],
    "Haverleigh Autonomy": ["Haverleigh Autonomy", "Haverleigh"],
    "Castlebrook Capital": ["Castlebrook Capital", "Castlebrook"],
    "Microsoft": ["Microsoft", "Azure", "Microsoft Azure"],
    "Wayve": ["Wayve"],
    "Sixt": ["Sixt", "Sixt SE", "Sixts"],
    "Alpenlenker": ["Alpenlenker", "Alpenlenker AG", "Alpenlenkers"],
    "Flix": ["Flix", "Flix SE", "FlixBus"],
    "Trasomat": ["Trasomat"],
    "Mangfall Capital": ["Mangfall Capital", "Mangfall"],
    "Wegwerk Robotics": ["Wegwerk Robotics", "Wegwerk Robotics GmbH", "Wegwerk", "Wegwerks"],
    "Talbus Ostalb": ["Talbus Ostalb", "Talbus Ostalb GmbH"],
    "Serverhain Cloud": ["Serverhain Cloud", "Serverhain Cloud GmbH"],
    "Lyft": ["Lyft", "Lyft Inc.", "Lyfts"],
    "Free Now": ["Free Now", "FreeNow"],
    "BMW": ["BMW"],
    "Mercedes-Benz": ["Mercedes-Benz", "Mercedes"],
    "May Mobility": ["May Mobility"],
    "Waymo": ["Waymo"],
    "Mesa Verde Fleetworks": ["Mesa Verde Fleetworks", "Mesa Verde"],
    "Deccan Arc Ventures": ["Deccan Arc Ventures", "Deccan Arc"],
    "Pathsetu AI": ["Pathsetu AI", "Pathsetu"],
    "Yotta Data Services": ["Yotta Data Services", "Yotta"],
    "GoTo": ["GoTo", "GoTo Group"],
    "Lucid": ["Lucid", "Lucid Group", "Lucid Motors"],
    "Nuro": ["Nuro"],
    "Tallinna Linnatranspordi": ["Tallinna Linnatranspordi", "Tallinna Linnatranspordi AS", "TLT"],
    "Voi": ["Voi", "Voi Technology"],
    "Kickwerk": ["Kickwerk"],
    "Baidu": ["Baidu", "Apollo Go"],
    "Momenta": ["Momenta"],
    "Orchard Pacific Bank": ["Orchard Pacific Bank"],
    "Oracle": ["Oracle", "Oracle Cloud"],
    "Loisachtaler Verkehrsbetriebe": ["Loisachtaler Verkehrsbetriebe", "Loisachtaler"],
    "Stellantis": ["Stellantis"],
    "Hamburger Hochbahn": ["Hamburger Hochbahn", "Hochbahn"],
    "Hanse-Chauffeur": ["Hanse-Chauffeur"],
    "Hamburger Taxi-Innung": ["Hamburger Taxi-Innung", "Taxi-Innung"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
