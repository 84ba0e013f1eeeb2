#!/usr/bin/env python3
"""Write gold.json for this corpus: the hand annotation, kept as a script so it can be edited and rerun.

Usage: python3 tests/corpus45/make_gold.py     (then: python3 tests/corpus45/check_gold.py)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(id, parties, kind, amount, currency, date, status, evidence, qualifier="exact", amount_max=None,
      required=True, **extra):
    """One deal mention; amount None means the text gives no amount."""
    d = {"id": id, "parties": parties, "kind": kind}
    if "kind_alt" in extra:
        d["kind_alt"] = extra.pop("kind_alt")
    d.update({"amount": amount, "amount_max": amount_max, "currency": currency if amount else None,
              "qualifier": qualifier if amount else None, "date": date})
    for k in ("term", "per"):
        if k in extra:
            d[k] = extra.pop(k)
    d.update({"status": status, "required": required})
    if "alt_amounts" in extra:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in extra.pop("alt_amounts")]
    if "note" in extra:
        d["note"] = extra.pop("note")
    assert not extra, extra
    d["evidence"] = evidence
    return d


LOAN = ["other"]
ACQUIHIRE = ["other", "partnership"]

ARTICLES = {}


def A(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


A("001_enzian_seed_stubaier.txt", "2024-02-15",
  "dateline 'Innsbruck, 15. Februar 2024' (a Thursday); 'am Dienstag' -> 2024-02-13", "de",
  [D("enzian-seed-2024", ["Zirbenholz Ventures", "Enzian Labs"], "investment", 8_000_000, "EUR", "2024-02-13",
     "completed",
     "Der Grazer Risikokapitalgeber Zirbenholz steckt gemeinsam mit zwei Business Angels acht Millionen Euro in das Unternehmen.",
     note="amount in words; 'das Unternehmen' = Enzian Labs; the day ('am Dienstag') is in the opening paragraph"),
   D("mistral-2023-round", ["Mistral AI"], "investment", 385_000_000, "EUR", "2023-12", "completed",
     "Zum Vergleich: Das Pariser Start-up Mistral AI hatte im Dezember rund 385 Millionen Euro eingesammelt.",
     qualifier="approx", note="background comparison with a date ('im Dezember' in a February 2024 paper -> 2023-12); investors not named")],
  ["60 Millionen Euro Volumen", "knapp 32 Millionen Euro", "1,2 Millionen Euro", "62.000 Euro",
   "19 Euro pro Quadratmeter", "4,90 Euro im Monat", "über 300 Millionen Euro"])

A("002_inflection_alpenglow_en.txt", "2024-03-22",
  "only the byline date 'Posted by … · March 22, 2024' (a Friday); 'On Tuesday' -> 2024-03-19", "en",
  [D("microsoft-inflection-2024", ["Microsoft", "Inflection AI"], "acquisition", 650_000_000, "USD", "2024-03-19",
     "rumored",
     "As part of the arrangement Microsoft will pay Inflection about $650 million, mostly framed as a licence to its models, say two people who have read the paperwork.",
     qualifier="approx", kind_alt=ACQUIHIRE,
     note="acqui-hire (licence plus hiring); the hiring was announced on Tuesday, the payment comes from sources -> rumored; the '$30 million of that' is a part and listed as not_deal"),
   D("inflection-2023-round", ["Microsoft", "Nvidia", "Inflection AI"], "investment", 1_300_000_000, "USD", "2023-06",
     "completed",
     "Last June Inflection pulled in $1.3 billion from Microsoft, Nvidia and a handful of billionaires, a round that valued it at roughly $4 billion.",
     note="'Last June' in March 2024 -> 2023-06; a different deal from the 2024 payment (same Microsoft–Inflection pair)")],
  ["Around $30 million", "roughly $4 billion", "$10 a month", "more than $3 trillion", "$49", "$8 a month"])

A("003_firnlicht_zug_wirtschaftsspiegel.txt", "2024-03-26",
  "date line 'Zug, Dienstag, 26. März 2024'; 'am Montag' -> 2024-03-25", "de",
  [D("firnlicht-series-a-2024", ["Karwendel Capital", "Firnlicht"], "investment", 45_000_000, "CHF", "2024-03-25",
     "completed",
     "Die Firnlicht AG, ein 2021 gegründeter Anbieter von gemieteter Rechenleistung für künstliche Intelligenz, hat eine Series-A-Finanzierung über 45 Millionen Franken abgeschlossen.",
     alt_amounts=[(50_000_000, "USD")],
     note="lead investor and day ('am Montag') in the next sentence; USD 50m as 004 states it"),
   D("firnlicht-capex-2024", ["Firnlicht"], "capex_plan", 400_000_000, "CHF", "2024-03-25", "planned",
     "Firnlicht will bis 2027 rund 400 Millionen Franken in einen Campus in Zug-Nord investieren; ein grosser Teil davon soll über Kredite finanziert werden.",
     qualifier="approx", term=[None, "2027"],
     note="announced with the round; the first of two Firnlicht plans (the 2026 interview 019 gives CHF 650m)"),
   D("alpstein-firnlicht-ppa", ["Alpstein Energie", "Firnlicht"], "supply", 4_000_000, "CHF", "2024-02", "signed",
     "Den Strom liefert Alpstein Energie: Der Appenzeller Versorger hat bereits im Februar einen Liefervertrag über zehn Jahre unterzeichnet, der Firnlicht rund 4 Millionen Franken jährlich kostet.",
     qualifier="approx", per="year",
     note="yearly rate of a ten-year power supply contract; 'Der Appenzeller Versorger' = Alpstein Energie")],
  ["6,2 Millionen Franken", "etwa 180 Millionen Franken", "jährlich 2,5 Millionen Franken", "95'000 Franken",
   "7056 Franken"])

A("004_jungfrau_letter_april24_en.txt", "2024-04-05",
  "issue line 'Issue 12 · Friday, April 5, 2024'; 'on Thursday' -> 2024-04-04; 'last month' -> 2024-03", "en",
  [D("lambda-macquarie-loan", ["Macquarie Group", "Lambda"], "investment", 500_000_000, "USD", "2024-04-04", "signed",
     "Lambda, the GPU cloud from California, has lined up a $500 million loan facility from Macquarie Group, it said on Thursday, and the collateral is the Nvidia chips the money will buy.",
     kind_alt=LOAN, note="GPU-backed loan"),
   D("firnlicht-series-a-2024", ["Karwendel Capital", "Firnlicht"], "investment", 50_000_000, "USD", "2024-03",
     "completed",
     "Firnlicht, a Swiss neocloud with about 1,100 GPUs, closed a Series A of about $50 million last month, led by Munich's Karwendel Capital.",
     qualifier="approx", note="same round as 003 (CHF 45m), in USD")],
  ["$2.49 an hour", "around $250 million", "around $200 million", "$30,000 to $40,000", "$20 billion plus", "$79",
   "$150 a year", "$15 monthly"])

A("005_coreweave_alpenboerse.html", "2024-05-17",
  "<meta article:published_time 2024-05-17T16:42>, JSON-LD and byline '17.05.2024, 16:42 Uhr' (a Friday); 'am Freitag' -> 2024-05-17", "de",
  [D("coreweave-debt-2024", ["Blackstone", "Magnetar", "CoreWeave"], "investment", 7_500_000_000, "USD", "2024-05-17",
     "announced",
     "Der US-amerikanische GPU-Cloudanbieter CoreWeave hat am Freitag eine Kreditfinanzierung über 7,5 Milliarden Dollar (rund 6,9 Milliarden Euro) bekannt gegeben.",
     kind_alt=LOAN, alt_amounts=[(6_900_000_000, "EUR")],
     note="debt financing; lenders (Blackstone, Magnetar) in the next sentence; second Blackstone/Magnetar–CoreWeave loan, apart from the 2023 one"),
   D("coreweave-debt-2023", ["Blackstone", "Magnetar", "CoreWeave"], "investment", 2_300_000_000, "USD", "2023-08",
     "completed",
     "Bereits im August vergangenen Jahres hatten Blackstone und Magnetar dem Unternehmen 2,3 Milliarden Dollar geliehen, besichert durch Nvidia-Chips vom Typ H100.",
     kind_alt=LOAN, note="'im August vergangenen Jahres' in 2024 -> 2023-08; 'dem Unternehmen' = CoreWeave; must stay apart from the $7.5bn loan"),
   D("coreweave-series-c-2024", ["Coatue", "CoreWeave"], "investment", 1_100_000_000, "USD", "2024-05", "completed",
     "Anfang Mai sammelte CoreWeave in einer Series-C-Runde unter Führung von Coatue 1,1 Milliarden Dollar ein, die Bewertung stieg dabei auf 19 Milliarden Dollar.",
     note="'Anfang Mai' -> 2024-05; the valuation in the same sentence is a not_deal")],
  ["19 Milliarden Dollar", "18,4 Milliarden Dollar", "851,20 €", "387,40 €", "1 Euro Ordergebühr"])

A("006_mistral_grindelwald_en.txt", "2024-06-11",
  "time stamp 'June 11, 2024 | 6:12 PM UTC' and dateline 'PARIS, June 11'; 'on Tuesday' -> 2024-06-11", "en",
  [D("mistral-series-b-2024", ["General Catalyst", "Mistral AI"], "investment", 600_000_000, "EUR", "2024-06-11",
     "completed",
     "French artificial-intelligence start-up Mistral AI said on Tuesday it had raised 600 million euros ($645 million) in a round that General Catalyst led, barely a year after three former Google DeepMind and Meta researchers set it up.",
     alt_amounts=[(645_000_000, "USD")],
     note="the equity/debt split (468m/132m) is listed as not_deals"),
   D("microsoft-mistral-2024", ["Microsoft", "Mistral AI"], "investment", 15_000_000, "EUR", "2024-02", "signed",
     "In February, Microsoft agreed to invest 15 million euros in the Paris company through a convertible note that turns into equity at its next funding round, a small deal that nonetheless drew questions from EU competition officials.",
     note="convertible note; 'the Paris company' = Mistral AI")],
  ["468 million euros", "132 million euros", "roughly 5.8 billion euros", "24 euros per million tokens",
   "1.5 billion euros"])

A("007_wetterstein_firnlicht_kreisbote.txt", "2024-10-24",
  "only the byline 'Von Loisl Brandstätter | 24.10.2024, 18:05 Uhr' (a Thursday); 'am Dienstag' -> 2024-10-22", "de",
  [D("wetterstein-firnlicht-loan", ["Wetterstein Privatbank", "Firnlicht"], "investment", 120_000_000, "CHF",
     "2024-10-22", "signed",
     "Das Institut mit Sitz in der Garmischer Bahnhofstraße leiht der Zuger Firnlicht AG 120 Millionen Franken, umgerechnet rund 128 Millionen Euro.",
     kind_alt=LOAN, alt_amounts=[(128_000_000, "EUR")],
     note="GPU-backed loan; 'Das Institut' = Wetterstein Privatbank (previous sentence); signing day 'am Dienstag' two sentences later"),
   D("firnlicht-series-a-2024", ["Karwendel Capital", "Firnlicht"], "investment", 45_000_000, "CHF", "2024",
     "completed",
     "Firnlicht, das im Frühjahr von dem Münchner Geldgeber Karwendel Capital 45 Millionen Franken Eigenkapital erhalten hatte, baut derzeit einen Campus im Norden von Zug.",
     note="restated round of 003; 'im Frühjahr' -> 2024")],
  ["2,1 Milliarden Euro", "11,4 Millionen Euro", "etwa 28.000 Euro", "mehrere Hunderttausend Euro",
   "rund 118 Millionen Euro", "mehr als 70 Euro"])

A("008_nebius_eiger_en.txt", "2024-12-03",
  "byline 'Dec 3, 2024 — 7:02 AM EST' (a Tuesday); 'on Monday' -> 2024-12-02", "en",
  [D("nebius-nvidia-placement", ["Nvidia", "Nebius"], "investment", 700_000_000, "USD", "2024-12-02", "announced",
     "Nebius Group, which was carved out of Yandex's operations outside Russia and now has its headquarters in Amsterdam, told investors on Monday that it would raise $700 million by selling new shares privately to a group led by Nvidia; two financial investors are also buying.",
     note="private placement; the two other investors are not named"),
   D("nebius-europe-capex", ["Nebius"], "capex_plan", 1_000_000_000, "USD", None, "planned",
     "Management has previously put its European build-out budget at more than $1 billion through mid-2025.",
     qualifier="at_least", term=[None, "2025"], required=False,
     note="earlier stated plan mentioned in passing without a date -> optional")],
  ["$21 each", "$23.60", "roughly $2.3 billion", "at least $500 million and possibly $1 billion", "$12.99 a month"])

A("009_enzian_series_a_inntal.txt", "2025-01-22",
  "date line 'Wien/Innsbruck, 22. Jänner 2025' (a Wednesday); 'am Dienstag' -> 2025-01-21", "de",
  [D("enzian-series-a-2025", ["Karwendel Capital", "Zirbenholz Ventures", "Enzian Labs"], "investment", 38_000_000,
     "EUR", "2025-01-21", "announced",
     "Der Innsbrucker Sprachmodell-Entwickler Enzian Labs hat am Dienstag eine Series-A-Runde über 38 Millionen Euro verkündet.",
     note="investors in the next sentence; second Zirbenholz–Enzian deal, apart from the 2024 seed"),
   D("enzian-seed-2024", ["Zirbenholz Ventures", "Enzian Labs"], "investment", 8_000_000, "EUR", "2024", "completed",
     "Vor knapp einem Jahr hatte Zirbenholz als Leadinvestor acht Millionen Euro in die damals frisch gegründete Firma gesteckt.",
     note="restated seed of 001; 'Vor knapp einem Jahr' in January 2025 -> 2024")],
  ["rund 3,4 Millionen Euro", "160 Millionen Euro", "rund 85.000 Euro", "110.000 Euro", "45 Millionen Euro",
   "bis zu 500.000 Euro pro Projekt", "5.000 Euro", "9,90 Euro/Monat"])

A("010_lambda_matterhorn_en.txt", "2025-02-20",
  "date line 'Thursday, February 20, 2025 – 09:15 ET'; 'on Wednesday' -> 2025-02-19; 'Last April' -> 2024-04", "en",
  [D("lambda-series-d-2025", ["Andra Capital", "SGW", "Nvidia", "Lambda"], "investment", 480_000_000, "USD",
     "2025-02-19", "completed",
     "Lambda, the California firm that leases Nvidia GPUs by the hour, raised $480 million in a Series D round co-led by Andra Capital and SGW, it said on Wednesday.",
     note="Nvidia's participation in the next sentence"),
   D("lambda-macquarie-loan", ["Macquarie Group", "Lambda"], "investment", 500_000_000, "USD", "2024-04", "completed",
     "Last April Lambda raised half a billion dollars in debt from Macquarie Group, using its GPUs as collateral; that facility has largely been drawn.",
     kind_alt=LOAN, note="restated loan of 004, amount in words ('half a billion dollars')")],
  ["about $2.5 billion", "roughly $1.5 billion", "about $425 million", "$2.99 per GPU-hour", "$3.49 an hour"])

A("011_firnlicht_series_b_rigi.html", "2025-06-04",
  "only <meta name='date' 2025-06-04T06:30> and JSON-LD datePublished (a Wednesday; the visible byline has no date); 'am Dienstag' -> 2025-06-03", "de",
  [D("firnlicht-series-b-2025", ["Karwendel Capital", "Nvidia", "Firnlicht"], "investment", 210_000_000, "USD",
     "2025-06-03", "completed",
     "Der Zuger GPU-Cloud-Betreiber Firnlicht hat in einer Series-B-Runde 210 Millionen Dollar (knapp 172 Millionen Franken) eingesammelt.",
     alt_amounts=[(172_000_000, "CHF")],
     note="investors and day in the next sentence; Nvidia's '40 Millionen Dollar' share is a part of the round (not_deal); second of three Karwendel–Firnlicht deals"),
   D("wetterstein-firnlicht-loan", ["Wetterstein Privatbank", "Firnlicht"], "investment", 120_000_000, "CHF", "2024",
     "completed",
     "Im vergangenen Herbst hatte die Wetterstein Privatbank aus Garmisch-Partenkirchen dem Unternehmen 120 Millionen Franken geliehen, abgesichert mit den Grafikprozessoren selbst.",
     kind_alt=LOAN, note="restated loan of 007; 'Im vergangenen Herbst' -> 2024")],
  ["3,90 Franken im Monat", "40 Millionen Dollar", "rund 1,1 Milliarden Franken", "41 Millionen Franken",
   "6,2 Millionen", "rund 14 Rappen pro Kilowattstunde", "88 Franken"])

A("012_neoclouds_lauberhorn_en.html", "2025-06-06",
  "<meta parsely-pub-date 2025-06-06>, JSON-LD and byline 'June 6, 2025' (a Friday); 'On Tuesday' -> 2025-06-03", "en",
  [D("firnlicht-series-b-2025", ["Karwendel Capital", "Nvidia", "Firnlicht"], "investment", 210_000_000, "USD",
     "2025-06-03", "completed",
     "On Tuesday Firnlicht, a Zug, Switzerland-based operator of GPU clusters, said it had closed a $210 million Series B, with Munich's Karwendel Capital in the lead and Nvidia joining as a new shareholder."),
   D("coreweave-openai-2025", ["CoreWeave", "OpenAI"], "cloud_contract", 11_900_000_000, "USD", "2025-03", "signed",
     "The New Jersey company, which went public in March, agreed that same month to provide OpenAI with $11.9 billion of computing over five years, and the ChatGPT maker got $350 million in CoreWeave shares on top.",
     term=["2025", "2030"],
     note="'The New Jersey company' = CoreWeave (previous sentence); 'that same month' = March 2025; the $350m in shares is a part (not_deal)"),
   D("coreweave-capex-2025", ["CoreWeave"], "capex_plan", 20_000_000_000, "USD", "2025-05", "planned",
     "In May the company guided investors to between $20 billion and $23 billion of capital spending in 2025, the bulk on GPUs and the halls that house them.",
     qualifier="range", amount_max=23_000_000_000, term=["2025", "2025"],
     note="a stated plan for one year's capital spending; 'the company' = CoreWeave")],
  ["$350 million in CoreWeave shares", "$982 million", "$25.9 billion", "$40 IPO price", "roughly $65 billion",
   "$1,200 per seat per year", "$9 a month"])

A("013_nscale_grindelwald_en.txt", "2025-09-26",
  "time stamp 'September 26, 2025 | 04:55 GMT'; dateline 'LONDON, Sept 25'; 'on Thursday' -> 2025-09-25; 'Earlier this month' -> 2025-09", "en",
  [D("nscale-series-b-2025", ["Aker", "Nvidia", "Nscale"], "investment", 1_100_000_000, "USD", "2025-09-25",
     "completed",
     "Nscale, a British provider of AI computing, said on Thursday that Norwegian investment group Aker had led a $1.1 billion Series B in the company, with Nvidia among the other backers, the largest such round for a European start-up.",
     alt_amounts=[(940_000_000, "EUR")],
     note="EUR 940m as 015 states it; first of two Nvidia–Nscale deals (the $433m SAFE is the other)"),
   D("nebius-microsoft-2025", ["Nebius", "Microsoft"], "cloud_contract", 17_400_000_000, "USD", "2025-09", "signed",
     "Earlier this month Amsterdam-based rival Nebius signed a five-year deal to provide Microsoft with GPU capacity for $17.4 billion, or up to $19.4 billion should Microsoft order more.",
     kind_alt=["supply"], term=["2025", "2030"], alt_amounts=[(19_400_000_000, "USD"), (14_900_000_000, "EUR")],
     note="base value $17.4bn; the 'up to $19.4 billion' ceiling and 015's EUR figure are alt_amounts")],
  ["around $3 billion", "$95.40", "about 47 billion Norwegian crowns", "1 billion pounds"])

A("014_jungfrau_letter_oct25_en.txt", "2025-10-02",
  "issue line 'Issue 38 | Thursday, 2 October 2025'; 'last week' -> 2025-09; 'on Monday' -> 2025-09-29; 'on Wednesday' -> 2025-10-01", "en",
  [D("hochkoenig-enzian-debt", ["Hochkönig Kredit", "Enzian Labs"], "investment", 25_000_000, "EUR", "2025-09",
     "signed",
     "Enzian Labs, the Innsbruck developer of small language models, took a venture-debt facility of up to €25 million from Salzburg-based lender Hochkönig Kredit last week.",
     qualifier="up_to", kind_alt=LOAN, term=["2025", "2029"], note="venture debt; four-year loan (next sentence)"),
   D("enzian-series-a-2025", ["Karwendel Capital", "Zirbenholz Ventures", "Enzian Labs"], "investment", 38_000_000,
     "EUR", "2025-01", "completed",
     "Enzian raised its €38 million Series A from Karwendel Capital and Zirbenholz Ventures in January, so the debt stretches its runway without a new priced round.",
     note="restated round of 009"),
   D("enzian-firnlicht-compute", ["Enzian Labs", "Firnlicht"], "cloud_contract", 500_000, "CHF", "2025-09-29", "signed",
     "Enzian also confirmed on Monday that it will rent dedicated capacity from Firnlicht, the Zug neocloud, for three years at CHF 500,000 a month.",
     per="month", term=["2025", "2028"], note="monthly rate of a three-year GPU rental"),
   D("nscale-safe-2025", ["Nscale", "Nvidia"], "investment", 433_000_000, "USD", "2025-10-01", "completed",
     "Barely a week after its record Series B, Nscale on Wednesday raised another $433 million through a SAFE: money now, shares later, at whatever price the next round sets.",
     note="convertible (SAFE); Nvidia in the next sentence; second Nvidia–Nscale deal, apart from the $1.1bn Series B")],
  ["CHF 310 million of contracted revenue", "€2.10", "€149", "CHF 19 a month"])

A("015_nscale_isarpost.txt", "2025-10-03",
  "date line 'ISARPOST · Wirtschaft · Freitag, 3. Oktober 2025'; 'Vergangene Woche' -> 2025-09; 'Am Mittwoch' -> 2025-10-01; 'Anfang September' -> 2025-09", "de",
  [D("nscale-series-b-2025", ["Aker", "Nvidia", "Nscale"], "investment", 940_000_000, "EUR", "2025-09", "completed",
     "Vergangene Woche verkündete das Londoner Unternehmen eine Series-B-Runde über rund 940 Millionen Euro, angeführt vom norwegischen Industriekonzern Aker, auch Nvidia ist beteiligt.",
     qualifier="approx", note="'das Londoner Unternehmen' = Nscale; same round as 013 in EUR"),
   D("nscale-safe-2025", ["Nscale", "Nvidia"], "investment", 433_000_000, "USD", "2025-10-01", "completed",
     "Am Mittwoch legte Nscale nach: Über eine Wandelfinanzierung (SAFE) kamen weitere 433 Millionen Dollar hinzu, erneut mit Nvidia als Geldgeber."),
   D("nebius-microsoft-2025", ["Nebius", "Microsoft"], "cloud_contract", 15_000_000_000, "EUR", "2025-09", "signed",
     "Der Amsterdamer Anbieter Nebius hatte Anfang September einen Vertrag mit Microsoft über knapp 15 Milliarden Euro geschlossen.",
     qualifier="approx", kind_alt=["supply"], note="same contract as 013 in EUR ('knapp' -> approx)")],
  ["gut 24 Milliarden Euro", "500 Millionen Euro", "bis zu 20 Milliarden Euro", "zwischen 35 und 50 Milliarden Euro",
   "800 Euro"])

A("016_toedi_gotthard_digital.txt", "2025-11-20",
  "issue line 'Donnerstag, 20. November 2025 · Ausgabe 47'; 'am Mittwoch' -> 2025-11-19", "de",
  [D("toedi-series-b-2025", ["AMD", "Rätikon Invest", "Tödi Silicon"], "investment", 95_000_000, "USD", "2025-11-19",
     "completed",
     "Das Zürcher Chip-Start-up Tödi Silicon hat eine Series-B-Finanzierung über 95 Millionen Dollar abgeschlossen.",
     note="strategic investment by a chipmaker; investors (AMD lead, Rätikon Invest) and day in the following sentences"),
   D("coreweave-debt-2024", ["Blackstone", "Magnetar", "CoreWeave"], "investment", 7_500_000_000, "USD", "2024-05",
     "completed",
     "Als CoreWeave im Mai 2024 bei Blackstone, Magnetar und weiteren Geldgebern siebeneinhalb Milliarden Dollar an Krediten aufnahm, galt das als Ausnahme.",
     kind_alt=LOAN, note="restated loan of 005, amount in words")],
  ["rund 9000 Franken pro Stück", "rund 480 Millionen Dollar", "1,8 Millionen Franken", "9,2 Milliarden Dollar",
   "rund 140'000 Franken", "390 Franken"])

A("017_acquihire_eiger_en.txt", "2026-02-12",
  "byline 'Feb 12, 2026 · 8:40 AM PST' (a Thursday); 'on Tuesday' -> 2026-02-10; 'In December' -> 2025-12; 'last July' -> 2025-07", "en",
  [D("nvidia-gamsgrat-2026", ["Nvidia", "Gamsgrat Robotics"], "acquisition", 230_000_000, "USD", "2026-02-10", "signed",
     "Nvidia has agreed to pay about $230 million to license the technology of Gamsgrat Robotics, a Bern, Switzerland, start-up that builds simulation software for warehouse robots, and to hire nearly all of its 48 employees, the companies confirmed on Tuesday.",
     qualifier="approx", kind_alt=ACQUIHIRE, alt_amounts=[(185_000_000, "CHF")],
     note="acqui-hire; CHF 185m as 018 states it"),
   D("nvidia-groq-2025", ["Nvidia", "Groq"], "acquisition", 20_000_000_000, "USD", "2025-12", "signed",
     "In December, Nvidia agreed to hand Groq roughly $20 billion for the right to use its inference-chip designs, without exclusivity, and took on much of its leadership, the largest transaction in the chipmaker's history.",
     qualifier="approx", kind_alt=ACQUIHIRE, note="licence plus hiring"),
   D("google-windsurf-2025", ["Google", "Windsurf"], "acquisition", 2_400_000_000, "USD", "2025-07", "completed",
     "Google paid $2.4 billion last July to license Windsurf's code-generation technology and hire its chief executive.",
     kind_alt=ACQUIHIRE, note="licence plus hiring"),
   D("microsoft-inflection-2024", ["Microsoft", "Inflection AI"], "acquisition", 650_000_000, "USD", "2024-03",
     "signed",
     "The template goes back to March 2024, when Microsoft agreed to pay Inflection AI about $650 million while hiring its founders.",
     qualifier="approx", kind_alt=ACQUIHIRE, note="restated deal of 002")],
  ["CHF 41 million", "CHF 150 million", "€250 million", "$57 billion", "$1 million to $3 million", "$6.9 billion",
   "$12.99 a month"])

A("018_gamsgrat_thuner.txt", "2026-02-13",
  "date line 'Freitag, 13. Februar 2026'; 'am Dienstag' -> 2026-02-10; 'im Dezember' -> 2025-12", "de",
  [D("nvidia-gamsgrat-2026", ["Nvidia", "Gamsgrat Robotics"], "acquisition", 185_000_000, "CHF", "2026-02-10",
     "signed",
     "Der US-Chipkonzern Nvidia zahlt für eine Lizenz an der Simulationssoftware von Gamsgrat Robotics und die Übernahme fast aller Angestellten rund 185 Millionen Franken, wie beide Firmen am Dienstag bestätigten.",
     qualifier="approx", kind_alt=ACQUIHIRE, note="same acqui-hire as 017, in CHF"),
   D("bfl-series-b-2025", ["Salesforce Ventures", "Black Forest Labs"], "investment", 300_000_000, "USD", "2025-12",
     "completed",
     "Das Freiburger Bildgenerator-Start-up Black Forest Labs hat im Dezember 300 Millionen Dollar in einer Runde unter Führung von Salesforce Ventures eingesammelt, bei einer Bewertung von 3,25 Milliarden Dollar.",
     note="the valuation in the same sentence is a not_deal"),
   D("sap-enzian-2026", ["SAP", "Enzian Labs"], "acquisition", 140_000_000, "EUR", "2026", "negotiating",
     "Und in Tirol verhandelt SAP Insidern zufolge über die Übernahme des Sprachmodell-Entwicklers Enzian Labs; im Gespräch sei ein Preis von rund 140 Millionen Euro.",
     qualifier="approx",
     note="talks from insiders; given the year only so that it agrees with the signing in October 2026 (020)")],
  ["100 Millionen", "800'000 Franken", "3,25 Milliarden Dollar", "rund 120'000 Franken", "3200 Franken",
   "24 Franken im Monat"])

A("019_firnlicht_interview_bergsicht.txt", None,
  "no date anywhere in the article (only 'Lesedauer: 5 Minuten'); all deal dates null", "de",
  [D("firnlicht-series-b-2025", ["Karwendel Capital", "Nvidia", "Firnlicht"], "investment", 172_000_000, "CHF", None,
     "completed",
     "Bergsicht: Frau Tgetgel, Sie haben in der B-Runde 172 Millionen Franken eingesammelt, unter anderem von Karwendel Capital und Nvidia.",
     note="restated round of 011 in CHF; 'Sie' = Firnlicht's CEO"),
   D("karwendel-firnlicht-convertible", ["Karwendel Capital", "Firnlicht"], "investment", 60_000_000, "CHF", None,
     "completed",
     "Deshalb hat uns Karwendel vor wenigen Wochen zusätzlich 60 Millionen Franken über ein Wandeldarlehen gegeben, das bei der nächsten Runde in Aktien umgewandelt wird.",
     kind_alt=LOAN,
     note="convertible loan; 'uns' = Firnlicht; third Karwendel–Firnlicht deal; undated interview (020 dates it April 2026)"),
   D("swisscom-firnlicht-2026", ["Swisscom", "Firnlicht"], "cloud_contract", 95_000_000, "CHF", None, "signed",
     "Swisscom mietet bei uns für fünf Jahre einen ganzen Cluster, das Volumen liegt bei 95 Millionen Franken.",
     note="five-year GPU capacity contract; 'uns' = Firnlicht; undated (020: March 2026)"),
   D("firnlicht-capex-2026", ["Firnlicht"], "capex_plan", 650_000_000, "CHF", None, "planned",
     "Tgetgel: Bis 2028 wollen wir insgesamt 650 Millionen Franken in zwei Standorte stecken, in Zug-Nord und im Tessin.",
     term=[None, "2028"], note="'wir' = Firnlicht; second plan, apart from the CHF 400m plan of 2024 (003)")],
  ["etwa 2.40 Franken", "unter 2 Dollar", "rund 15 Rappen je Kilowattstunde", "Zwischen 110'000 und 160'000 Franken",
   "14 Franken"])

A("020_firnlicht_secondary_alpenglow_en.txt", "2026-11-17",
  "only the byline date 'Posted by … · November 17, 2026' (a Tuesday); 'On Monday' -> 2026-11-16; 'in April' -> 2026-04; 'in March' -> 2026-03; 'Last month' -> 2026-10", "en",
  [D("foehnwald-firnlicht-secondary", ["Föhnwald Secondaries", "Firnlicht"], "investment", 35_000_000, "CHF",
     "2026-11-16", "completed",
     "On Monday, Föhnwald Secondaries, a Lugano fund that buys shares from early employees and angel investors, said it had acquired CHF 35 million worth of Firnlicht stock from about 60 current and former staff.",
     kind_alt=["acquisition"], note="secondary purchase of existing shares (no new money for Firnlicht)"),
   D("karwendel-firnlicht-convertible", ["Karwendel Capital", "Firnlicht"], "investment", 60_000_000, "CHF", "2026-04",
     "completed",
     "Föhnwald paid on the basis of a CHF 1.6 billion valuation, a modest discount to the level implied by the convertible note Karwendel Capital put in back in April (CHF 60 million, converting at the next round).",
     kind_alt=LOAN, note="restated convertible of 019; the valuation in the same sentence is a not_deal"),
   D("swisscom-firnlicht-2026", ["Swisscom", "Firnlicht"], "cloud_contract", None, None, "2026-03", "signed",
     "Swisscom, which signed a five-year capacity deal with Firnlicht in March, is now its largest customer, and the company says contracted revenue has passed CHF 500 million.",
     note="restated contract of 019 without an amount; the contracted-revenue figure is a not_deal"),
   D("sap-enzian-2026", ["SAP", "Enzian Labs"], "acquisition", 140_000_000, "EUR", "2026-10", "signed",
     "Last month SAP agreed to buy Enzian Labs, the Innsbruck small-model developer, for about €140 million, mostly to hire its 70 researchers.",
     qualifier="approx", note="the talks of 018 concluded")],
  ["CHF 1.6 billion valuation", "around CHF 900 million", "CHF 500 million", "$12 billion", "CHF 95", "$8 a month"])

ALIASES = {
    "Enzian Labs": ["Enzian Labs", "Enzian"],
    "Zirbenholz Ventures": ["Zirbenholz Ventures", "Zirbenholz"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Inflection AI": ["Inflection AI", "Inflection"],
    "Nvidia": ["Nvidia", "NVIDIA", "Nvidia Corp."],
    "Firnlicht": ["Firnlicht AG", "Firnlicht"],
    "Karwendel Capital": ["Karwendel Capital", "Karwendel"],
    "Alpstein Energie": ["Alpstein Energie"],
    "Lambda": ["Lambda", "Lambda Labs"],
    "Macquarie Group": ["Macquarie Group", "Macquarie"],
    "Blackstone": ["Blackstone", "Blackstone Inc."],
    "Magnetar": ["Magnetar Capital", "Magnetar"],
    "CoreWeave": ["CoreWeave", "CoreWeave Inc."],
    "Coatue": ["Coatue", "Coatue Management"],
    "General Catalyst": ["General Catalyst"],
    "Wetterstein Privatbank": ["Wetterstein Privatbank", "Wetterstein"],
    "Nebius": ["Nebius Group", "Nebius"],
    "Andra Capital": ["Andra Capital"],
    "SGW": ["SGW"],
    "OpenAI": ["OpenAI"],
    "Aker": ["Aker", "Aker ASA"],
    "Nscale": ["Nscale"],
    "Hochkönig Kredit": ["Hochkönig Kredit", "Hochkönig"],
    "AMD": ["AMD", "Advanced Micro Devices"],
    "Rätikon Invest": ["Rätikon Invest", "Rätikon"],
    "Tödi Silicon": ["Tödi Silicon", "Tödi"],
    "Gamsgrat Robotics": ["Gamsgrat Robotics", "Gamsgrat"],
    "Groq": ["Groq"],
    "Google": ["Google", "Alphabet"],
    "Windsurf": ["Windsurf"],
    "Salesforce Ventures": ["Salesforce Ventures"],
    "Black Forest Labs": ["Black Forest Labs"],
    "SAP": ["SAP", "SAP SE"],
    "Swisscom": ["Swisscom", "Swisscom AG"],
    "Föhnwald Secondaries": ["Föhnwald Secondaries", "Föhnwald"],
}

ABOUT = (
    "Hand-annotated deals in the forty-fifth, held-out test corpus (tests/corpus45/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json and shared/gold/seeds.json. "
    "Theme: financing of AI start-ups and neoclouds (seed to Series D rounds, convertible notes, SAFEs, GPU-backed "
    "loans, venture debt, secondaries, acqui-hires, strategic investments by chipmakers) in Swiss, Austrian and German "
    "business press and US tech press. One entry per article; a deal that several articles report carries the same id "
    "in each. 'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts "
    "are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount in another currency or as "
    "another article states it (the shared scorer matches against the first article of an id). 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date line, dateline, issue line, byline or meta tag, or null when the "
    "article has none); 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). Invented companies: Firnlicht AG, Enzian Labs, Zirbenholz "
    "Ventures, Karwendel Capital, Alpstein Energie, Wetterstein Privatbank, Hochkönig Kredit, Rätikon Invest, Tödi "
    "Silicon, Gamsgrat Robotics, Föhnwald Secondaries; invented publications, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted. Nothing here is "
    "reporting."
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
