#!/usr/bin/env python3
"""Write gold.json for tests/corpus193 (the hand annotation as a script).

Usage: python3 tests/corpus193/make_gold.py
Edit the annotation here, then run this script and check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 193rd, held-out test corpus (tests/corpus193/articles/), written for the "
    "tests and independent of the extractor; theme: ammunition and defence manufacturing (shells, fuzes, "
    "propellant powder, explosives, loitering munitions and the compute behind defence AI). Same format and "
    "rules as tests/corpus15/gold.json and shared/gold/seeds.json. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague or background mentions that an "
    "extractor may report or not without penalty (amount-less background deals, a part of a framework, group-wide "
    "capex plans, denied rumours). 'not_deals' lists money figures that are NOT deals: reporting one of them as a "
    "deal is an error. Amounts are in full units and in the currency the article states them in; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) states it "
    "in another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM "
    "or YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date "
    "marker, dateline, <meta>/<time>, issue line, ticker header or byline, or null when the article has none); "
    "quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original offer or "
    "talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable "
    "kinds; 'note' explains a judgement call and names the roles (buyer, seller, lead investor) where the party "
    "list does not show them. Parties use canonical names without legal forms; 'aliases' lists the other "
    "spellings used. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Aschwerder Pulverwerke, Treuenhagen Munitionstechnik, "
    "Wiebking & Roloff, Kellbrand Defence, Halvorsted Capital, Brushvale Ordnance Works, Zlatník Strojírny, "
    "Vardøy Energetics, Hocking Ridge Machine Works, Quarrendon Forge, Oderglanz Datenbunker, Lohmühlen Bank, "
    "Tessary, Mährfeld; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted. Nothing here "
    "is reporting."
)

ALIASES = {
    "Rheinmetall": ["Rheinmetall"],
    "Bundeswehr": ["Bundeswehr"],
    "Treuenhagen Munitionstechnik": ["Treuenhagen Munitionstechnik", "Treuenhagen Munitionstechnik GmbH", "Treuenhagen"],
    "Gemeinde Südheide": ["Gemeinde Südheide", "Südheide"],
    "Wiebking & Roloff": ["Wiebking & Roloff"],
    "Halvorsted Capital": ["Halvorsted Capital", "Halvorsted"],
    "Kellbrand Defence": ["Kellbrand Defence", "Kellbrand"],
    "US Army": ["US Army", "U.S. Army"],
    "Brushvale Ordnance Works": ["Brushvale Ordnance Works", "Brushvale"],
    "CSG": ["CSG", "Czechoslovak Group", "CSG N.V."],
    "Kinetic Group": ["Kinetic Group", "The Kinetic Group"],
    "Vista Outdoor": ["Vista Outdoor", "Vista"],
    "Zlatník Strojírny": ["Zlatník Strojírny"],
    "Lithuania": ["Lithuania", "Litauen"],
    "PGZ": ["PGZ", "Polska Grupa Zbrojeniowa"],
    "Aschwerder Pulverwerke": ["Aschwerder Pulverwerke", "Aschwerder"],
    "KNDS": ["KNDS"],
    "Nammo": ["Nammo"],
    "Vardøy Energetics": ["Vardøy Energetics", "Vardøy"],
    "Anduril": ["Anduril", "Anduril Industries"],
    "Columbus Regional Airport Authority": ["Columbus Regional Airport Authority"],
    "Hocking Ridge Machine Works": ["Hocking Ridge Machine Works", "Hocking Ridge"],
    "UK Ministry of Defence": ["UK Ministry of Defence", "Ministry of Defence", "MoD"],
    "Quarrendon Forge": ["Quarrendon Forge"],
    "Dutch Ministry of Defence": ["Dutch Ministry of Defence"],
    "Romarm": ["Romarm"],
    "Oderglanz Datenbunker": ["Oderglanz Datenbunker", "Oderglanz Datenbunker GmbH", "Oderglanz"],
    "Bundesanstalt für Immobilienaufgaben": ["Bundesanstalt für Immobilienaufgaben", "BImA"],
    "Lohmühlen Bank": ["Lohmühlen Bank"],
    "Prima Materia": ["Prima Materia"],
    "Helsing": ["Helsing"],
    "Grob Aircraft": ["Grob Aircraft", "Grob"],
    "Tessary": ["Tessary"],
    "Founders Fund": ["Founders Fund"],
    "Diehl Defence": ["Diehl Defence", "Diehl"],
    "Mährfeld": ["Mährfeld"],
    "Saab": ["Saab"],
    "armasuisse": ["armasuisse"],
    "Nitrochemie": ["Nitrochemie"],
    "Nvidia": ["Nvidia"],
    "Stadt Nienburg": ["Stadt Nienburg", "Nienburg"],
    "BAE Systems": ["BAE Systems", "BAE"],
    "Stark Defence": ["Stark Defence", "Stark"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def none(id, parties, kind, date, status, evidence, required=True, kind_alt=None, note=None):
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required,
             kind_alt=kind_alt, note=note)


A = {}

A["001_rheinmetall_rahmenvertrag_kurskiepe.txt"] = dict(
    published="2024-06-20",
    published_note="from the portal stamp '20.06.2024 – 09:41 Uhr'; 'am Mittwoch' -> 2024-06-19",
    language="de",
    deals=[
        D("rheinmetall-bundeswehr-155mm-2024", ["Rheinmetall", "Bundeswehr"], "supply", 8_300_000_000, "EUR", "up_to",
          "2024-06-19", "signed",
          "Der Düsseldorfer Rüstungskonzern hat mit der Bundeswehr einen Rahmenvertrag über Artilleriegranaten im Kaliber 155 Millimeter geschlossen, dessen Volumen sich auf bis zu 8,3 Milliarden Euro summieren kann.",
          term=[None, "2030"], alt=[(8_900_000_000, "USD")],
          note="framework contract; 'Der Düsseldorfer Rüstungskonzern' = Rheinmetall (headline, next sentence); signed 'am Mittwoch' (next sentence); supplier Rheinmetall, buyer Bundeswehr; 003 gives up to $8.9bn (month only), 012 restates it beside the second Rheinmetall–Bundeswehr deal"),
        D("rheinmetall-bundeswehr-155mm-calloff", ["Rheinmetall", "Bundeswehr"], "supply", 880_000_000, "EUR", "approx",
          "2024-06-19", "signed",
          "Ein erster Abruf über rund 880 Millionen Euro ist bereits verbindlich beauftragt, die ersten Granaten sollen ab Anfang 2025 an die Truppe gehen.",
          required=False,
          note="first firm call-off under the framework, i.e. part of the up-to-€8.3bn deal -> optional"),
        D("rheinmetall-treuenhagen-fuzes-2024", ["Rheinmetall", "Treuenhagen Munitionstechnik"], "supply", 64_000_000, "EUR", "approx",
          "2024-06", "signed",
          "Rheinmetall hat bei dem Familienunternehmen im Juni Zünder für knapp 64 Millionen Euro bestellt, wie Treuenhagens Geschäftsführung auf Nachfrage bestätigte.",
          note="'dem Familienunternehmen' = Treuenhagen (previous sentence), genitive 'Treuenhagens'; 'knapp' -> approx; buyer Rheinmetall; different from the €120m follow-on order of 2026 (018)"),
    ],
    not_deals=["100-Milliarden-Euro-Sondervermögen", "rund 38 Milliarden Euro", "7,18 Milliarden Euro", "620 Euro",
               "rund 4.000 Euro", "489,20 Euro", "568,40 Euro", "rund 21 Milliarden Euro", "5,70 Euro", "50 Euro Startbonus"],
)

A["002_unterluess_werk_heidmarkkurier.txt"] = dict(
    published="2024-02-13",
    published_note="dateline without year 'Unterlüß, 13. Februar (gr).'; the year from '© 2024 Heidmark-Kurier'; 'am Montag' -> 2024-02-12",
    language="de",
    deals=[
        D("rheinmetall-unterluess-plant", ["Rheinmetall"], "capex_plan", 300_000_000, "EUR", "approx",
          "2024-02-12", "announced",
          "Knapp 300 Millionen Euro will der Konzern in die Anlage stecken, in der ab 2025 jährlich bis zu 200.000 Artilleriegranaten gefertigt werden sollen.",
          kind_alt=["project"],
          note="'der Konzern' = Rheinmetall, ground-breaking 'am Montag' in the previous sentence; 'Knapp' -> approx; 'jährlich' belongs to the output (200,000 shells), not to the money"),
        D("suedheide-rheinmetall-land", ["Rheinmetall", "Gemeinde Südheide"], "acquisition", 5_600_000, "EUR", "exact",
          "2024-01", "signed",
          "Rheinmetall zahlt der Gemeinde dafür 5,6 Millionen Euro, der Kaufvertrag ist inzwischen beurkundet.",
          kind_alt=["other"],
          note="purchase of 38 ha of forest ('dafür', previous sentence) from the municipality; council decision 'im Januar', contract notarised since -> signed; buyer Rheinmetall, seller Gemeinde Südheide"),
        D("rheinmetall-wiebking-construction", ["Rheinmetall", "Wiebking & Roloff"], "other", 41_000_000, "EUR", "approx",
          "2024-02", "signed",
          "Den Rohbau der ersten beiden Fertigungshallen hat die Celler Baufirma Wiebking & Roloff übernommen; der Auftrag hat nach Angaben des Bauunternehmens einen Wert von rund 41 Millionen Euro.",
          kind_alt=["supply", "project"],
          note="construction contract for the halls of Rheinmetall's plant (client from the context); no signing date -> month of the article"),
    ],
    not_deals=["rund 3 Millionen Euro im Jahr", "31 Millionen Euro", "1,8 Millionen Euro", "19,80 Euro", "18,50 Euro"],
)

A["003_shellcase_letter_july_en.txt"] = dict(
    published="2024-07-04",
    published_note="from the issue line 'Issue 61 · Thursday 4 July 2024'; 'on Tuesday' -> 2024-07-02; 'last week' and 'last month' -> 2024-06",
    language="en",
    deals=[
        D("rheinmetall-bundeswehr-155mm-2024", ["Rheinmetall", "Bundeswehr"], "supply", 8_900_000_000, "USD", "up_to",
          "2024-06", "signed",
          "Rheinmetall's framework with the Bundeswehr for 155mm artillery rounds, signed last month, could be worth up to $8.9 billion if Berlin calls off every tranche.",
          note="same framework as 001 (€8.3bn), here in dollars and with the month only ('last month')"),
        D("halvorsted-kellbrand-2024", ["Halvorsted Capital", "Kellbrand Defence"], "investment", 38_000_000, "GBP", "exact",
          "2024-07-02", "completed",
          "Kellbrand Defence, the Bristol company that builds small loitering munitions, has closed a £38m Series A.",
          note="Series A; lead investor and 'announced on Tuesday' in the next sentence; the £210m valuation is not a deal; different from the £95m Series B of 2025 (011)"),
        D("usarmy-brushvale-2024", ["US Army", "Brushvale Ordnance Works"], "supply", 318_000_000, "USD", "exact",
          "2024-06", "signed",
          "Brushvale Ordnance Works, a forging shop in Pennsylvania that turns steel billets into empty 155mm shell bodies, won a $318 million contract from the U.S. Army last week.",
          term=[None, "2028"],
          note="'last week' from Thursday 4 July -> the last week of June 2024; runs to 2028"),
    ],
    not_deals=["$3.1 billion", "around $8,000", "roughly £210m", "about $61,000 a year", "€500 million", "$149", "$390 a year"],
)

A["004_csg_kinetic_granitecreek_en.html"] = dict(
    published="2024-07-16",
    published_note="from <meta property='article:published_time'>, JSON-LD datePublished and <time datetime='2024-07-16T07:05:00-04:00'> ('July 16, 2024, 7:05 a.m. ET'); 'late on Monday' -> 2024-07-15",
    language="en",
    deals=[
        D("csg-kinetic-group", ["CSG", "Kinetic Group", "Vista Outdoor"], "acquisition", 2_200_000_000, "USD", "exact",
          "2024-07-15", "signed",
          "ANOKA, Minn. – Czechoslovak Group has agreed to pay $2.2 billion for The Kinetic Group, the ammunition business of Vista Outdoor, after sweetening its offer for the second time, the two companies said late on Monday.",
          alt=[(2_000_000_000, "EUR")],
          note="buyer CSG, target Kinetic Group, seller Vista Outdoor; revised (second) offer; 006 reports the completion at about €2bn, 015 restates it"),
        D("csg-zlatnik-stake", ["CSG", "Zlatník Strojírny"], "acquisition", 75_000_000, "EUR", "approx",
          "2024-07", "signed",
          "The group separately agreed to take 49% of Zlatník Strojírny, a family-owned maker of shell casings in Moravia, for about €75 million, a filing at the Czech competition office shows.",
          kind_alt=["investment"],
          note="49 % stake; 'The group' = CSG; euro amount in an English article; no day given"),
    ],
    not_deals=["about $1.68 billion", "$37.12", "around $8 billion a year", "about $15", "roughly 30 cents a round",
               "$24.99", "$4.99 a month"],
)

A["005_wochenrueckblick_zuenderpost.txt"] = dict(
    published="2024-09-13",
    published_note="from the issue line 'Nr. 37/2024 · Freitag, 13. September 2024'; 'am Dienstag' -> 2024-09-10, 'am Montag' -> 2024-09-09, 'vergangene Woche' -> 2024-09",
    language="de",
    deals=[
        D("rheinmetall-lithuania-plant", ["Rheinmetall", "Lithuania"], "joint_venture", 180_000_000, "EUR", "approx",
          "2024-09-10", "signed",
          "Rund 180 Millionen Euro soll die Fabrik kosten, die ab 2026 mehrere zehntausend Granaten im Jahr liefern soll.",
          kind_alt=["project", "investment"],
          note="parties ('Rheinmetall und die litauische Regierung') and 'am Dienstag' in the previous sentence; cost of the joint plant (Rheinmetall 51 %, Litauen the rest); the €18m site development in the state budget is not a deal"),
        D("pgz-aschwerder-powder-2024", ["PGZ", "Aschwerder Pulverwerke"], "supply", 620_000_000, "PLN", "exact",
          "2024-09", "signed",
          "Die staatliche polnische Rüstungsholding PGZ bestellt bei den Bayern Treibladungspulver für 620 Millionen Zloty (nach aktuellem Kurs etwa 145 Millionen Euro); geliefert wird ab dem Frühjahr 2025 über drei Jahre.",
          term=["2025", "2028"], alt=[(145_000_000, "EUR")],
          note="buyer PGZ; 'den Bayern' = Aschwerder (previous sentence); 'vergangene Woche' -> 2024-09; 014 restates it without amount, 020 in zloty; different from PGZ's second order of 2026 (020)"),
        D("aschwerder-nc-line-2024", ["Aschwerder Pulverwerke"], "capex_plan", 90_000_000, "EUR", "range",
          "2024-09", "planned",
          "Um den Auftrag stemmen zu können, will das Unternehmen zwischen 90 und 110 Millionen Euro in eine zweite Nitrocellulose-Linie investieren, die Ende 2026 anlaufen soll.",
          amount_max=110_000_000, kind_alt=["project"],
          note="'das Unternehmen' = Aschwerder; different from the third-line plan in 014"),
        D("knds-treuenhagen-rumour", ["KNDS", "Treuenhagen Munitionstechnik"], "acquisition", 250_000_000, "EUR", "approx",
          "2024-09-09", "rumored",
          "Am Montag meldeten zwei Branchendienste, KNDS wolle den Nienburger Zünderhersteller Treuenhagen Munitionstechnik für rund 250 Millionen Euro kaufen.",
          required=False,
          note="rumour denied by Treuenhagen the same day -> optional"),
    ],
    not_deals=["18 Millionen Euro", "86 Millionen Euro", "zwischen 30 und 45 Euro", "3,3 Milliarden Euro",
               "1,5 Milliarden Euro", "690 Euro", "890 Euro", "89 Euro"],
)

A["006_csg_nammo_huelsenblatt.txt"] = dict(
    published="2024-12-05",
    published_note="from the issue line 'Ausgabe 49 | 05.12.2024' (a Thursday); 'am Montag' -> 2024-12-02",
    language="de",
    deals=[
        D("csg-kinetic-group", ["CSG", "Kinetic Group", "Vista Outdoor"], "acquisition", 2_000_000_000, "EUR", "approx",
          "2024-07", "completed",
          "Für rund zwei Milliarden Euro geht die Munitionssparte von Vista Outdoor an die Prager Holding; vereinbart worden war der Kauf bereits im Juli, nach zwei nachgebesserten Angeboten.",
          note="completion of the purchase agreed in July (004); the date is the agreement's month ('bereits im Juli'); 'die Prager Holding' = CSG, 'die Munitionssparte' = Kinetic Group (previous sentence); amount in words"),
        D("nammo-vardoy-supply-2024", ["Nammo", "Vardøy Energetics"], "supply", 240_000_000, "NOK", "approx",
          "2024-12-02", "signed",
          "Nammo zahlt dafür jährlich rund 240 Millionen Kronen, etwa 20 Millionen Euro, der Vertrag läuft acht Jahre.",
          per="year", term=["2025", "2032"], alt=[(20_000_000, "EUR")],
          note="yearly rate ('jährlich') over eight years from 2025; buyer Nammo; signed 'am Montag' (next sentence); different from Nammo's 34 % stake in Vardøy of 2026 (016)"),
    ],
    not_deals=["mehr als vier Milliarden Euro", "150 Millionen Kronen", "rund 8,8 Milliarden Kronen",
               "45.000 bis 60.000 Euro je Tonne", "54.000 Euro", "14,80 Euro", "490 Euro"],
)

A["007_anduril_arsenal_walnutcreek_en.txt"] = dict(
    published="2025-01-17",
    published_note="dateline without year 'COLUMBUS, Ohio, Jan. 17 —'; the year from '© 2025 Walnut Creek Clarion'; 'on Thursday' -> 2025-01-16, 'on Tuesday' -> 2025-01-14",
    language="en",
    deals=[
        D("anduril-arsenal1", ["Anduril"], "capex_plan", 1_000_000_000, "USD", "approx",
          "2025-01-16", "announced",
          "The company plans to spend roughly $1 billion on the plant, which it calls Arsenal-1, and expects a workforce of about 4,000 when the plant reaches full output in 2028.",
          kind_alt=["project"],
          note="'The company' = Anduril; plant announced 'on Thursday' (previous sentence)"),
        D("craa-anduril-lease", ["Anduril", "Columbus Regional Airport Authority"], "other", 2_400_000, "USD", "approx",
          "2025-01-14", "announced",
          "Anduril will not own the land: the Columbus Regional Airport Authority's board on Tuesday approved a 40-year ground lease under which the company pays the authority about $2.4 million a year, with an inflation step every fifth year.",
          per="year",
          note="yearly ground rent over 40 years, payer Anduril; approved by the board but still awaiting FAA sign-off -> announced"),
        D("anduril-hockingridge", ["Anduril", "Hocking Ridge Machine Works"], "supply", 27_000_000, "USD", "exact",
          "2025-01", "signed",
          "Hocking Ridge Machine Works, a family machine shop in Lancaster, said it had signed a $27 million order to make airframe fittings for Anduril over three years.",
          note="supplier order over three years; no signing date -> month of the article"),
    ],
    not_deals=["about $70 million", "near $88,000", "$14 billion", "about $310,000", "$2.99", "$15.99"],
)

A["008_ammo_cycle_marlowe_en.txt"] = dict(
    published="2025-03-11",
    published_note="from 'Published 11 March 2025 · 07:00 GMT'; 'in February' -> 2025-02, 'last week' -> 2025-03, 'in November' -> 2024-11",
    language="en",
    deals=[
        D("mod-quarrendon-2025", ["UK Ministry of Defence", "Quarrendon Forge"], "supply", 46_000_000, "GBP", "exact",
          "2025-02", "signed",
          "First, the UK Ministry of Defence awarded Quarrendon Forge a £46 million contract in February to supply forged 155mm shell bodies from its works in the West Midlands, running to 2029.",
          term=[None, "2029"]),
        D("halvorsted-brushvale-talks", ["Halvorsted Capital", "Brushvale Ordnance Works"], "acquisition", 410_000_000, "USD", "approx",
          "2024-11", "cancelled",
          "Halvorsted Capital opened talks in November to buy Brushvale Ordnance Works, the Pennsylvania forging shop, for about $410 million.",
          note="talks opened in November 2024 and were dead 'Three months later' (February 2025); a cancelled deal keeps the date of the talks; different from CSG's purchase of Brushvale (015)"),
        D("nammo-netherlands-2025", ["Dutch Ministry of Defence", "Nammo"], "supply", 250_000_000, "EUR", "range",
          "2025-03", "signed",
          "Neither side disclosed the value; on our assumptions for unit prices and volumes, we put it at between €250 million and €300 million.",
          amount_max=300_000_000,
          note="value only from the analysts ('we'); the agreement and 'last week' in the previous sentence"),
        D("rheinmetall-romarm-powder", ["Rheinmetall", "Romarm"], "joint_venture", 500_000_000, "EUR", "approx",
          "2025-03", "negotiating",
          "Rheinmetall is negotiating with the state-owned Romarm over a joint gunpowder plant at Victoria, a project put at about €500 million.",
          kind_alt=["project"]),
    ],
    not_deals=["more than £60 billion", "€1.1bn", "€1,250", "€820", "€24 billion a year", "about €15 billion",
               "roughly €2,000", "more than €8,000", "£4,800"],
)

A["009_oderglanz_rheinmetall_kietzerlandbote.html"] = dict(
    published="2025-04-24",
    published_note="from <meta name='date'>, JSON-LD datePublished and the byline '24.04.2025, 18:05 Uhr'; 'am Mittwoch' -> 2025-04-23",
    language="de",
    deals=[
        D("rheinmetall-oderglanz-2025", ["Rheinmetall", "Oderglanz Datenbunker"], "cloud_contract", 140_000_000, "EUR", "exact",
          "2025-04-23", "signed",
          "Der Rüstungskonzern mietet in dem umgebauten Bunker bei Küstrin-Kietz für fünf Jahre abgeschirmte Rechenkapazität und zahlt dafür insgesamt 140 Millionen Euro.",
          term=["2025", "2030"], alt=[(158_000_000, "USD")], kind_alt=["other"],
          note="'Der Rüstungskonzern' = Rheinmetall; parties and 'am Mittwoch' in the previous sentence; five-year rental of shielded GPU capacity, payer Rheinmetall; 017 restates it with $158m; different from the €210m second contract of 2026 (017)"),
        D("bima-oderglanz-site", ["Oderglanz Datenbunker", "Bundesanstalt für Immobilienaufgaben"], "acquisition", 3_200_000, "EUR", "exact",
          "2023", "completed",
          "Das Unternehmen hatte das Bunkergelände 2023 von der Bundesanstalt für Immobilienaufgaben gekauft, für 3,2 Millionen Euro.",
          kind_alt=["other"],
          note="'Das Unternehmen' = Oderglanz; purchase of the bunker site, buyer Oderglanz"),
        D("lohmuehlen-oderglanz-loan-2025", ["Lohmühlen Bank", "Oderglanz Datenbunker"], "other", 95_000_000, "EUR", "exact",
          "2025-04", "signed",
          "Die Lohmühlen Bank aus Frankfurt (Oder) gibt dem Unternehmen einen Kredit über 95 Millionen Euro, abgesichert unter anderem durch den Rheinmetall-Vertrag.",
          kind_alt=["investment"],
          note="loan; 'dem Unternehmen' = Oderglanz; different from the €120m loan under negotiation in 2026 (017)"),
    ],
    not_deals=["12 Millionen Euro", "rund 35.000 Euro", "eine knappe Million im Jahr", "rund 14 Millionen Euro",
               "rund 0,19 Euro je Kilowattstunde", "rund 400 Millionen Euro", "1.490 Euro"],
)

A["010_helsing_runde_gruenderpegel.txt"] = dict(
    published="2025-06-19",
    published_note="from 'Veröffentlicht: 19.06.2025 · 06:30 Uhr'; 'am Dienstag' -> 2025-06-17; 'Anfang Juni' -> 2025-06",
    language="de",
    deals=[
        D("primamateria-helsing-2025", ["Prima Materia", "Helsing"], "investment", 600_000_000, "EUR", "exact",
          "2025-06-17", "completed",
          "Helsing hat 600 Millionen Euro frisches Kapital eingesammelt, angeführt von Prima Materia, dem Beteiligungsvehikel des Spotify-Mitgründers.",
          alt=[(690_000_000, "USD")],
          note="round led by Prima Materia (lead listed); 'am Dienstag' in the next sentence; the ~€12bn valuation is not a deal; 011 gives about $690m (month only)"),
        none("helsing-grob", ["Helsing", "Grob Aircraft"], "acquisition", "2025", "completed",
             "Erst vor wenigen Wochen hatte die Firma den Flugzeugbauer Grob Aircraft aus dem Unterallgäu übernommen; über den Kaufpreis schweigen beide Seiten.",
             required=False,
             note="no price; 'die Firma' = Helsing; 'vor wenigen Wochen' -> spring 2025 -> year; amount-less background -> optional"),
        D("halvorsted-tessary-2025", ["Halvorsted Capital", "Tessary"], "investment", 27_000_000, "EUR", "exact",
          "2025-06", "completed",
          "Das Münchner KI-Start-up Tessary, das Radar-, Infrarot- und Funkdaten in Echtzeit zu einem Lagebild verschmilzt, hat Anfang Juni eine Series A über 27 Millionen Euro abgeschlossen.",
          note="Series A; lead investor in the next sentence ('Geführt wurde sie vom ... Halvorsted Capital')"),
    ],
    not_deals=["rund zwölf Milliarden Euro", "zwischen 85.000 und 120.000 Euro im Jahr", "rund 5,2 Milliarden Dollar",
               "gut 62 Milliarden Euro", "49 Euro"],
)

A["011_sabre_silicon_weekly_en.txt"] = dict(
    published="2025-06-27",
    published_note="from the issue line 'Week 26 · Friday 27 June 2025'; 'on Wednesday' -> 2025-06-25; 'earlier this month' and 'last week' -> 2025-06; 'in March' -> 2025-03",
    language="en",
    deals=[
        D("primamateria-helsing-2025", ["Prima Materia", "Helsing"], "investment", 690_000_000, "USD", "approx",
          "2025-06", "completed",
          "The Munich software-and-drones company closed a round of about $690 million earlier this month, led by Prima Materia.",
          note="same round as 010, in dollars and with the month only; 'The Munich software-and-drones company' = Helsing"),
        D("foundersfund-anduril-seriesg", ["Founders Fund", "Anduril"], "investment", 2_500_000_000, "USD", "exact",
          "2025-06", "completed",
          "Not to be outdone, Anduril Industries raised $2.5 billion in a Series G led by Founders Fund earlier this month.",
          note="lead investor listed; the $30.5bn valuation is not a deal"),
        D("halvorsted-kellbrand-2025", ["Halvorsted Capital", "Kellbrand Defence"], "investment", 95_000_000, "GBP", "exact",
          "2025-06-25", "completed",
          "Kellbrand Defence, the Bristol maker of small loitering munitions, announced on Wednesday a £95m Series B with Halvorsted Capital in the lead.",
          note="Series B; different from the £38m Series A of 2024 led by the same fund (003)"),
        D("mod-kellbrand-framework", ["UK Ministry of Defence", "Kellbrand Defence"], "supply", 60_000_000, "GBP", "up_to",
          "2025-03", "signed",
          "The company says it now holds a framework with the Ministry of Defence worth up to £60m, awarded in March, and that monthly output has passed 1,500 units.",
          note="'The company' = Kellbrand (previous sentence)"),
        none("rheinmetall-anduril-partnership", ["Rheinmetall", "Anduril"], "partnership", "2025-06", "announced",
             "Rheinmetall and Anduril said last week that they will jointly develop and build versions of Anduril's Barracuda and Fury systems for European customers.",
             required=False, note="no amount ('No money was mentioned') -> optional"),
    ],
    not_deals=["near $14 billion", "$30.5 billion", "around £18,000", "about £640m", "$1 trillion+", "€1.45",
               "$1,200 per issue", "$25 a month"],
)

A["012_liveticker_ruestung_hafenkieker.txt"] = dict(
    published="2025-08-28",
    published_note="from the ticker header 'Donnerstag, 28. August 2025' (entries by time of day); 'am Mittwoch' -> 2025-08-27",
    language="de",
    deals=[
        D("rheinmetall-tessary", ["Rheinmetall", "Tessary"], "acquisition", 320_000_000, "EUR", "approx",
          "2025", "rumored",
          "Die Rede ist von rund 320 Millionen Euro, wie aus dem Umfeld beider Firmen verlautet.",
          alt=[(335_000_000, "EUR"), (390_000_000, "USD")],
          note="rumour ('Insidern zufolge'), parties in the previous sentence; 013 reports the signing at €335m ($390m) on 2025-10-14 (alt_amounts); the rumour carries only the year so that the shared id's dates agree"),
        D("bundeswehr-rheinmetall-puma-2025", ["Rheinmetall", "Bundeswehr"], "supply", 1_100_000_000, "EUR", "at_least",
          "2025-08-27", "signed",
          "Für mehr als 1,1 Milliarden Euro liefert der Konzern 30-Millimeter-Munition für den Schützenpanzer Puma, unterschrieben wurde am Mittwoch in Koblenz.",
          term=[None, "2029"],
          note="'mehr als' -> at_least; 'der Konzern' = Rheinmetall; second Rheinmetall–Bundeswehr deal, must stay apart from the 155mm framework restated in the same entry"),
        D("rheinmetall-bundeswehr-155mm-2024", ["Rheinmetall", "Bundeswehr"], "supply", 8_300_000_000, "EUR", "up_to",
          "2024-06", "signed",
          "Schon im Juni 2024 hatte Rheinmetall den bis zu 8,3 Milliarden Euro schweren Rahmenvertrag für 155-Millimeter-Granaten unterzeichnet, aus dem inzwischen Abrufe über mehr als drei Milliarden Euro erfolgt sind.",
          note="restatement of the 2024 framework (001); the cumulative call-offs of more than €3bn are not a deal"),
        none("diehl-maehrfeld", ["Diehl Defence", "Mährfeld"], "acquisition", "2025-08-28", "signed",
             "Diehl Defence übernimmt den thüringischen Sprengstoffhersteller Mährfeld.",
             required=False,
             note="price only as 'einem mittleren zweistelligen Millionenbetrag' -> no amount, optional"),
    ],
    not_deals=["1.748 Euro", "96,40 Euro", "2.300 Euro", "mehr als drei Milliarden Euro", "rund 80 Milliarden Euro",
               "6,99 Euro pro Monat"],
)

A["013_defence_close_pennant_en.txt"] = dict(
    published="2025-10-15",
    published_note="from 'Close of trading · Wednesday 15 October 2025'; 'late on Tuesday' -> 2025-10-14, 'on Monday' -> 2025-10-13, 'on Wednesday' -> 2025-10-15",
    language="en",
    deals=[
        D("rheinmetall-tessary", ["Rheinmetall", "Tessary"], "acquisition", 335_000_000, "EUR", "exact",
          "2025-10-14", "signed",
          "The Düsseldorf group is paying €335 million ($390 million) in cash for all shares, a touch above the price that did the rounds in August.",
          alt=[(390_000_000, "USD")],
          note="'The Düsseldorf group' = Rheinmetall, signing confirmed 'late on Tuesday' (previous sentence); the deal rumoured in 012; Halvorsted Capital among the sellers"),
        D("saab-carlgustaf-order-2025", ["Saab"], "supply", 2_600_000_000, "SEK", "at_least",
          "2025-10-13", "signed",
          "Saab added 1.9% after the Swedish group said on Monday it had received an order worth more than SEK 2.6 billion for ammunition for its Carl-Gustaf recoilless rifle.",
          term=["2026", "2028"],
          note="customer not named -> only the supplier; 'more than' -> at_least"),
        D("armasuisse-nitrochemie", ["armasuisse", "Nitrochemie"], "supply", 85_000_000, "CHF", "exact",
          "2025-10-15", "signed",
          "In Switzerland, Nitrochemie, the propellant maker in which Rheinmetall holds a majority, said on Wednesday that armasuisse had ordered CHF 85 million worth of propellant charges for the army's new artillery.",
          note="buyer armasuisse; Nitrochemie is a Rheinmetall unit but a party of its own; delivery over four years"),
    ],
    not_deals=["€1,912", "€97.80", "€71.20", "1,958p", "about €88 billion", "€2,450", "roughly €2.9 billion",
               "$1.2 billion", "£29 a month"],
)

A["014_interview_aschwerder_zeughaus.txt"] = dict(
    published=None,
    published_note="no date anywhere in the article (only 'Lesedauer: 8 Minuten'); undated statements get date null",
    language="de",
    deals=[
        none("pgz-aschwerder-powder-2024", ["PGZ", "Aschwerder Pulverwerke"], "supply", "2024", "signed",
             "Der Vertrag mit PGZ von 2024 ist bis heute unser größter Einzelauftrag, und die Lieferungen nach Polen laufen planmäßig.",
             note="restatement of the 2024 order (005) without amount; 'unser' = Aschwerder; the year is in the text"),
        D("bundeswehr-aschwerder-mortar", ["Bundeswehr", "Aschwerder Pulverwerke"], "supply", 2_500_000, "EUR", "approx",
          None, "signed",
          "Die Bundeswehr zahlt uns dafür monatlich rund 2,5 Millionen Euro, das ist die Grundlast, auf der wir planen.",
          per="month",
          note="monthly rate ('monatlich') under a ten-year contract 'mit Koblenz' (previous sentence); 'uns' = Aschwerder; undated interview -> date null"),
        D("halvorsted-aschwerder-offer", ["Halvorsted Capital", "Aschwerder Pulverwerke"], "acquisition", 400_000_000, "EUR", "exact",
          None, "cancelled",
          "Die Leute von Halvorsted Capital wollten die Mehrheit und haben uns dafür vierhundert Millionen Euro geboten.",
          note="offer for the majority, refused (next sentence); amount in words; undated; different from Diehl's purchase of 60 % in 2026 (020)"),
        D("aschwerder-third-line", ["Aschwerder Pulverwerke"], "capex_plan", 140_000_000, "EUR", "approx",
          None, "planned",
          "Für die dritte Linie rechnen wir mit rund 140 Millionen Euro, in Betrieb gehen soll sie Ende 2028.",
          kind_alt=["project"],
          note="'wir' = Aschwerder; the €20m state grant is not a deal; different from the 2024 plan for the second line (005)"),
    ],
    not_deals=["20 Millionen Euro Zuschuss", "rund 4.600 Euro im Monat", "um die 40 Euro", "Rund 190 Millionen Euro",
               "9,80 Euro", "49 Euro im Jahr"],
)

A["015_csg_brushvale_brambleticker_en.txt"] = dict(
    published="2026-01-23",
    published_note="from the portal stamp 'Jan 23, 2026 · 8:12 AM CET'; 'on Thursday evening' -> 2026-01-22",
    language="en",
    deals=[
        D("csg-brushvale-2026", ["CSG", "Brushvale Ordnance Works"], "acquisition", 640_000_000, "USD", "exact",
          "2026-01-22", "signed",
          "Czechoslovak Group (CSG) has agreed to acquire Brushvale Ordnance Works, the Pennsylvania forging shop that makes empty 155mm artillery shell bodies, for $640 million including debt.",
          note="announced 'on Thursday evening' (next sentence); '$640m' in the headline; CFIUS approval pending; different from Halvorsted's failed talks for Brushvale (008)"),
        D("csg-kinetic-group", ["CSG", "Kinetic Group", "Vista Outdoor"], "acquisition", 2_200_000_000, "USD", "exact",
          "2024", "completed",
          "It is CSG's second large American purchase, after the Kinetic Group ammunition business it bought from Vista Outdoor for $2.2 billion and closed in late 2024.",
          note="restatement of the 2024 purchase (004, 006); 'closed in late 2024' -> year"),
        D("csg-capex-2026", ["CSG"], "capex_plan", 1_500_000_000, "EUR", "approx",
          "2026-01", "planned",
          "The group intends to spend around €1.5 billion over the next three years on new shell, powder and explosives capacity in Europe and the United States.",
          required=False, note="group-wide three-year capex plan -> optional"),
    ],
    not_deals=["€29.40", "€25 offer price", "about €29 billion", "about €6.5 billion", "€34", "$291.40"],
)

A["016_nammo_vardoy_hardanger_en.txt"] = dict(
    published="2026-03-04",
    published_note="from the dateline 'OSLO, 4 March 2026'; 'on Tuesday' -> 2026-03-03",
    language="en",
    deals=[
        D("nammo-vardoy-stake-2026", ["Nammo", "Vardøy Energetics"], "acquisition", 780_000_000, "NOK", "exact",
          "2026-03-03", "signed",
          "Nammo will pay NOK 780 million, roughly €67 million, for newly issued shares, the companies announced on Tuesday.",
          alt=[(67_000_000, "EUR")], kind_alt=["investment"],
          note="34 % stake (previous sentence) through new shares; different from the 2024 supply contract of the same pair (006)"),
        D("vardoy-expansion-2026", ["Vardøy Energetics"], "capex_plan", 1_400_000_000, "NOK", "exact",
          "2026-03", "planned",
          "The proceeds will go toward a NOK 1.4 billion expansion of Vardøy's plant, which is meant to more than double its output of RDX and HMX by the end of 2028.",
          kind_alt=["project"], note="genitive 'Vardøy's'"),
        D("pgz-vardoy-talks", ["PGZ", "Vardøy Energetics"], "supply", 300_000_000, "NOK", "approx",
          "2026-03", "negotiating",
          "Vardøy is also in talks with Poland's state defence holding PGZ about a supply contract for explosives, which two people involved valued at around NOK 300 million over five years.",
          note="talks; value from two people involved; buyer PGZ"),
        D("nammo-capex-2028", ["Nammo"], "capex_plan", 6_000_000_000, "NOK", "approx",
          "2026-03", "planned",
          "It plans to invest about NOK 6 billion across its plants in Norway, Finland, Sweden and the United States through 2028.",
          required=False, note="'It' = Nammo; group-wide capex plan -> optional"),
    ],
    not_deals=["about NOK 2.3 billion", "NOK 200 million", "up to NOK 500 million", "NOK 12.4 billion",
               "NOK 1.1 billion", "about NOK 720,000 a year", "NOK 299 a month"],
)

A["017_oderglanz_rheinmetall_bunkerbyte_en.html"] = dict(
    published="2026-05-20",
    published_note="from <meta property='article:published_time'>, JSON-LD datePublished and <time datetime='2026-05-20T09:30:00+02:00'> ('20 May 2026'); 'on Tuesday' -> 2026-05-19",
    language="en",
    deals=[
        D("rheinmetall-oderglanz-2026", ["Rheinmetall", "Oderglanz Datenbunker"], "cloud_contract", 210_000_000, "EUR", "exact",
          "2026-05-19", "signed",
          "The defence group will pay €210 million (about $238 million) over four years for additional GPU capacity, the firms announced on Tuesday.",
          term=["2026", "2030"], alt=[(238_000_000, "USD")], kind_alt=["other"],
          note="'The defence group' = Rheinmetall (previous sentence); second contract of the pair, must stay apart from the €140m contract of 2025 in the next paragraph"),
        D("rheinmetall-oderglanz-2025", ["Rheinmetall", "Oderglanz Datenbunker"], "cloud_contract", 140_000_000, "EUR", "exact",
          "2025-04", "signed",
          "The new deal adds to the hosting agreement the pair signed in April 2025, under which Rheinmetall pays €140 million (about $158 million) over five years to train fire-control and reconnaissance models on site.",
          alt=[(158_000_000, "USD")], kind_alt=["other"],
          note="restatement of the 2025 contract (009), month only"),
        D("oderglanz-nvidia-2026", ["Oderglanz Datenbunker", "Nvidia"], "supply", 180_000_000, "USD", "approx",
          "2026-05", "signed",
          "To serve the new contract, Oderglanz has ordered Nvidia Blackwell systems worth roughly $180 million, for delivery over the summer, and is converting a second tunnel.",
          note="hardware order, buyer Oderglanz; no day given"),
        D("lohmuehlen-oderglanz-loan-2026", ["Lohmühlen Bank", "Oderglanz Datenbunker"], "other", 120_000_000, "EUR", "approx",
          "2026-05", "negotiating",
          "The company is also negotiating with Lohmühlen Bank, its house bank in Frankfurt (Oder), over a new loan of around €120 million to pay for the conversion.",
          kind_alt=["investment"],
          note="'The company' = Oderglanz; second loan of the pair, different from the €95m loan of 2025 (009)"),
    ],
    not_deals=["$3.9 million", "€31 million", "about €900 million", "about €0.17 per kilowatt-hour", "$7 billion a year",
               "$48,000"],
)

A["018_treuenhagen_erweiterung_weserbogen.txt"] = dict(
    published="2026-07-15",
    published_note="from the date line 'Mi., 15.07.2026'; 'am Montagabend' -> 2026-07-13; 'Im Januar ... drei Monate später' -> 2026-04",
    language="de",
    deals=[
        D("nienburg-treuenhagen-land", ["Treuenhagen Munitionstechnik", "Stadt Nienburg"], "acquisition", 2_900_000, "EUR", "exact",
          "2026-07-13", "announced",
          "Treuenhagen zahlt der Stadt dafür 2,9 Millionen Euro; beurkundet werden soll der Kaufvertrag im August.",
          kind_alt=["other"],
          note="land sale approved by the council 'am Montagabend' (previous sentence), notarisation in August -> announced; buyer Treuenhagen, seller the town"),
        D("treuenhagen-nienburg-hall", ["Treuenhagen Munitionstechnik"], "capex_plan", 48_000_000, "EUR", "approx",
          "2026", "planned",
          "Rund 48 Millionen Euro will Treuenhagen dafür ausgeben, Ende 2027 soll in der Halle produziert werden.",
          kind_alt=["project"],
          note="plans first presented in January 2026 (the amount's date is not given) -> year"),
        D("rheinmetall-treuenhagen-2026", ["Rheinmetall", "Treuenhagen Munitionstechnik"], "supply", 120_000_000, "EUR", "exact",
          "2026-04", "signed",
          "Im Januar hatte das Familienunternehmen seine Erweiterungspläne erstmals vorgestellt; drei Monate später kam aus Düsseldorf der passende 120-Millionen-Euro-Auftrag: Rheinmetall bestellte Zünder für Artilleriegranaten, lieferbar bis 2030.",
          term=[None, "2030"],
          note="compound '120-Millionen-Euro-Auftrag'; 'drei Monate später' after January -> April 2026; buyer Rheinmetall; different from the €64m fuze order of 2024 (001)"),
    ],
    not_deals=["etwa 600.000 Euro", "rund 98 Millionen Euro", "rund 45 Euro", "3,5 Millionen Euro", "199 Euro im Monat"],
)

A["019_loitering_pellworth_en.txt"] = dict(
    published="2026-09-22",
    published_note="from 'Posted 22 September 2026'; 'on Monday' -> 2026-09-21, 'in May' -> 2026-05, 'in the summer' -> 2026",
    language="en",
    deals=[
        D("bae-kellbrand-2026", ["BAE Systems", "Kellbrand Defence"], "acquisition", 410_000_000, "GBP", "exact",
          "2026-09-21", "signed",
          "BAE Systems agreed on Monday to buy Kellbrand Defence for £410 million (about $555 million) in cash, ending a two-month auction for the Bristol company.",
          alt=[(555_000_000, "USD")],
          note="buyer BAE; main seller Halvorsted Capital (about half the proceeds), not listed as a party"),
        D("bundeswehr-helsing-2026", ["Bundeswehr", "Helsing"], "supply", 270_000_000, "EUR", "approx",
          "2026-05", "signed",
          "The Bundeswehr split its first large loitering-munition purchase in May, giving Helsing and Stark Defence orders of roughly €270 million each.",
          note="two orders in one sentence ('each'); buyer Bundeswehr"),
        D("bundeswehr-stark-2026", ["Bundeswehr", "Stark Defence"], "supply", 270_000_000, "EUR", "approx",
          "2026-05", "signed",
          "The Bundeswehr split its first large loitering-munition purchase in May, giving Helsing and Stark Defence orders of roughly €270 million each.",
          note="second of the two orders in one sentence ('each')"),
        D("anduril-kellbrand-denied", ["Anduril", "Kellbrand Defence"], "acquisition", 500_000_000, "USD", "approx",
          "2026", "rumored",
          "A trade newsletter reported in the summer that Anduril had offered close to half a billion dollars for Kellbrand.",
          required=False,
          note="rumour denied by Anduril (next sentence) -> optional; amount in words; 'in the summer' -> year"),
    ],
    not_deals=["£72 million", "between $25,000 and $60,000", "$4.8 billion", "about $11 billion", "2,150p", "1,980p", "£350"],
)

A["020_diehl_aschwerder_wochenspeicher.txt"] = dict(
    published="2026-11-06",
    published_note="from the issue line 'Nr. 45 · Freitag, 6. November 2026 · Seite 7'; 'am Mittwoch' -> 2026-11-04; 'im Oktober' -> 2026-10",
    language="de",
    deals=[
        D("diehl-aschwerder-2026", ["Diehl Defence", "Aschwerder Pulverwerke"], "acquisition", 510_000_000, "EUR", "approx",
          "2026-11-04", "signed",
          "Diehl Defence übernimmt 60 Prozent der Aschwerder Pulverwerke und zahlt dafür rund 510 Millionen Euro.",
          kind_alt=["investment"],
          note="60 % stake; announced 'am Mittwoch' (next sentence); antitrust approval pending; the implied €850m valuation is not a deal"),
        D("pgz-aschwerder-2026", ["PGZ", "Aschwerder Pulverwerke"], "supply", 410_000_000, "PLN", "exact",
          "2026-10", "signed",
          "Die polnische Rüstungsholding PGZ bestellte im Oktober weitere Treibladungen für 410 Millionen Zloty, rund 97 Millionen Euro.",
          alt=[(97_000_000, "EUR")],
          note="second PGZ order, must stay apart from the 2024 contract in the next sentence"),
        D("pgz-aschwerder-powder-2024", ["PGZ", "Aschwerder Pulverwerke"], "supply", 620_000_000, "PLN", "exact",
          "2024", "signed",
          "Es ist der zweite Großauftrag aus Warschau: Der erste Vertrag über 620 Millionen Zloty aus dem Jahr 2024 ist inzwischen zu zwei Dritteln abgearbeitet.",
          note="restatement of the 2024 order (005); parties from the previous sentence ('aus Warschau' = PGZ)"),
        D("rheinmetall-capex-2030", ["Rheinmetall"], "capex_plan", 8_000_000_000, "EUR", "approx",
          None, "planned",
          "Rheinmetall will bis 2030 insgesamt rund acht Milliarden Euro in neue Munitions- und Pulverwerke in Europa stecken, CSG baut in Tschechien und der Slowakei.",
          required=False, note="group-wide capex plan, no announcement date -> optional, date null"),
    ],
    not_deals=["rund 850 Millionen Euro", "gut 200 Millionen Euro", "rund 4,5 Milliarden Euro", "rund 82 Milliarden Euro",
               "45 Euro", "4,20 Euro", "19,90 Euro"],
)


def main():
    articles = {}
    for name in sorted(A):
        a = A[name]
        articles[name] = {k: a[k] for k in ("published", "published_note", "language", "deals", "not_deals")}
    gold = {"about": ABOUT, "articles": articles, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(articles)} articles, {sum(len(a['deals']) for a in articles.values())} deal mentions")


if __name__ == "__main__":
    main()
