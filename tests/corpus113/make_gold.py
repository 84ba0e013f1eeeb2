#!/usr/bin/env python3
"""Write gold.json for tests/corpus113 (the hand annotation lives here as Python data).

Usage: python3 tests/corpus113/make_gold.py   (then run check_gold.py)
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *,
      amount_max=None, required=True, kind_alt=None, per=None, term=None, alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
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


def A(published, published_note, language, deals, not_deals):
    return {"published": published, "published_note": published_note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_atc_india_exit_relayregister_en.txt"] = A(
    "2024-01-05", "from the header 'January 5, 2024 17:42 ET' and the dateline 'BOSTON, Jan 5'; 'on Friday' -> 2024-01-05", "en",
    [
        D("american-tower-india-sale", ["American Tower", "Data Infrastructure Trust"], "acquisition",
          210_000_000_000, "INR", "up_to", "2024-01-05", "signed",
          "American Tower Corp on Friday struck an agreement to sell its Indian tower business, ATC TIPL, to Data Infrastructure Trust, a vehicle sponsored by Brookfield Asset Management, for up to 210 billion rupees, or roughly $2.5 billion.",
          alt=[(2_500_000_000, "USD")],
          note="'up to' because the price includes debentures and receivables still to be collected; Brookfield only sponsors the buyer and is not a party; the target ATC TIPL is the seller's unit"),
        D("pembury-american-tower-loan", ["Pembury Lantern Bank", "American Tower"], "other",
          1_300_000_000, "USD", "exact", "2024-01-05", "signed",
          "To cover the months before the rupees arrive, American Tower has lined up a $1.3 billion delayed-draw term loan from a bank syndicate run by London's Pembury Lantern Bank, according to the filing published alongside Friday's announcement.",
          note="bridge loan; date from 'the filing published alongside Friday's announcement'"),
        D("american-tower-coresite-2021", ["American Tower", "CoreSite"], "acquisition",
          10_100_000_000, "USD", "approx", "2021", "completed",
          "The company's heaviest bet outside towers remains CoreSite, the colocation operator it bought for about $10.1 billion at the end of 2021, and executives have repeatedly said they see interconnection-heavy data centres as the natural partner to wireless sites once artificial-intelligence workloads move closer to users.",
          note="past deal restated in a relative clause ('it' = American Tower); 'at the end of 2021' -> the year"),
    ],
    ["$322 million", "$211.40", "$98 billion", "1.5 trillion rupees"])

ARTICLES["002_funkenhain_vantage_pilot_funkblatt.txt"] = A(
    "2024-03-14", "from the dateline 'Düsseldorf, 14. März (fbl)' and the year of '© 2024 Funkblatt Fachverlag'; 'am Mittwoch' -> 2024-03-13", "de",
    [
        D("vantage-funkenhain-pilot-2024", ["Funkenhain Edge", "Vantage Towers"], "other",
          12_000_000, "EUR", "approx", "2024-03-13", "signed",
          "Für Stellfläche, Strom und Glasfaseranschluss zahlt Funkenhain dem Turmbetreiber über die gesamte Laufzeit knapp zwölf Millionen Euro.",
          kind_alt=["partnership"], term=["2024-07", "2029-06"],
          note="site lease for edge cabinets at 40 masts; 'dem Turmbetreiber' = Vantage Towers; 'am Mittwoch' and the term in the next two sentences; total over the term, not a rate; different from the 2026 rollout of the same pair"),
        D("sankt-ansgar-funkenhain-2024", ["Sankt Ansgar Infrastruktur", "Funkenhain Edge"], "investment",
          18_000_000, "EUR", "exact", "2024-02", "completed",
          "Das Geld für die Hardware stammt aus einer Finanzierungsrunde über 18 Mio. Euro, die Funkenhain Ende Februar abgeschlossen hat.",
          note="lead investor in the next sentence ('Angeführt wurde sie vom Hamburger Infrastrukturfonds Sankt Ansgar Infrastruktur'); 'Ende Februar' -> month"),
    ],
    ["1,2 Milliarden Euro", "zwischen 600 und 1.200 Euro im Monat", "1,1 Milliarden Euro", "149 Euro"])

ARTICLES["003_cellnex_disposals_sorrentohale_en.txt"] = A(
    "2024-06-03", "from the header date '3 June 2024' (a Monday); 'late last week' -> 2024-05", "en",
    [
        D("cellnex-ireland-phoenix", ["Cellnex", "Phoenix Tower International"], "acquisition",
          971_000_000, "EUR", "exact", "2024-05", "signed",
          "Cellnex has agreed to sell Cellnex Ireland to Phoenix Tower International for €971 million, the group told the market late last week."),
        D("cellnex-austria-vauban", ["Cellnex", "Vauban Infrastructure Partners"], "acquisition",
          1_200_000_000, "EUR", "approx", "2024", "rumored",
          "We understand from people close to the process that Vauban Infrastructure Partners has been granted exclusivity for the Austrian business and that a price of around €1.2 billion is being discussed.",
          note="unconfirmed (analyst's sources, Cellnex declined to comment); 005 reports the signing on 2024-11-12; the year keeps the shared id's dates consistent"),
        D("cellnex-ck-hutchison-2020", ["Cellnex", "CK Hutchison"], "acquisition",
          10_000_000_000, "EUR", "approx", "2020", "signed",
          "In 2020 the company agreed to pay about €10 billion for CK Hutchison's European tower portfolio, a deal that doubled its footprint and, together with several smaller purchases, pushed net debt to its current level of about €17.6 billion.",
          note="past deal restated; 'the company' = Cellnex; net debt in the same sentence is a not_deal"),
    ],
    ["€44", "€510,000 per site", "€17.6 billion", "€24 billion"])

ARTICLES["004_sba_millicom_mastline_en.txt"] = A(
    "2024-07-31", "from the header 'Wednesday, July 31, 2024'; 'after the market closed on Monday' -> 2024-07-29", "en",
    [
        D("sba-millicom-towers", ["SBA Communications", "Millicom"], "acquisition",
          975_000_000, "USD", "approx", "2024-07-29", "signed",
          "The Boca Raton, Florida-based tower owner has agreed to buy roughly 7,000 towers in Guatemala, Honduras, El Salvador, Panama, Nicaragua and Costa Rica from Millicom for about $975 million, the companies announced after the market closed on Monday.",
          note="'The Boca Raton, Florida-based tower owner' = SBA Communications (previous sentence); sale-and-leaseback, the lease has no amount"),
        D("sba-corrimont-towers", ["SBA Communications", "Corrimont Wireless"], "acquisition",
          120_000_000, "USD", "range", "2024-07", "rumored",
          "They put the likely price between $120 million and $140 million.",
          amount_max=140_000_000,
          note="'They' = two unnamed sources; the talks between Corrimont Wireless and SBA are in the previous sentence; neither company commented"),
    ],
    ["$139,000 a tower", "$660.5 million", "98 cents a share", "$23 billion"])

ARTICLES["005_cellnex_oesterreich_kapitalfunk.txt"] = A(
    "2024-11-13", "from the header '13.11.2024 · 08:47 Uhr'; 'am Dienstagabend' -> 2024-11-12", "de",
    [
        D("cellnex-austria-vauban", ["Cellnex", "Vauban Infrastructure Partners"], "acquisition",
          1_200_000_000, "EUR", "exact", "2024-11-12", "signed",
          "Der spanische Funkturmbetreiber verkauft seine dortige Landesgesellschaft mit rund 4.700 Standorten für 1,2 Milliarden Euro an den französischen Infrastrukturinvestor Vauban Infrastructure Partners, teilte Cellnex am Dienstagabend nach Börsenschluss mit.",
          note="signing of the sale reported as talks in 003"),
        D("warmianet-cellnex-poland", ["Warmianet", "Cellnex"], "acquisition",
          410_000_000, "PLN", "approx", "2024-11", "negotiating",
          "Insidern zufolge stehen etwa 410 Millionen Zloty im Raum, umgerechnet knapp 95 Millionen Euro.",
          alt=[(95_000_000, "EUR")],
          note="Warmianet confirmed talks on selling about 640 masts to Cellnex's Polish unit (previous sentence); the price comes only from insiders; Cellnex is the buyer here"),
    ],
    ["255.000 Euro je Standort", "17,9 Milliarden Euro", "42 Euro", "34,86 €", "24,6 Milliarden Euro"])

ARTICLES["006_lowvane_seriesb_edgewire_en.html"] = A(
    "2024-11-19", "from <time datetime='2024-11-19T08:05:00-06:00'> and the visible byline 'Nov. 19, 2024, 8:05 a.m. CT'; 'on Monday' -> 2024-11-18", "en",
    [
        D("tidewick-lowvane-seriesb", ["Tidewick Infrastructure Partners", "Lowvane Edge"], "investment",
          140_000_000, "USD", "exact", "2024-11-18", "completed",
          "Lowvane Edge, a Tulsa start-up that installs graphics processors in ruggedised cabinets next to cell towers, on Monday announced a $140 million Series B, with Tidewick Infrastructure Partners as lead investor."),
        D("american-tower-lowvane-sites", ["American Tower", "Lowvane Edge"], "partnership",
          None, None, None, "2024-09", "signed",
          "The money will pay for hundreds more of them under a master agreement with American Tower, signed in September, that gives Lowvane access to up to 1,000 tower sites across Oklahoma, Kansas, Arkansas and north Texas.",
          kind_alt=["other"],
          note="site master agreement without financial terms ('up to 1,000' counts sites, not money)"),
        D("corrimont-lowvane-inference", ["Corrimont Wireless", "Lowvane Edge"], "cloud_contract",
          22_000_000, "USD", "exact", "2024-10", "signed",
          "Corrimont Wireless, the West Virginia regional carrier, in October signed a three-year, $22 million contract to run network-optimisation and fraud-detection models on Lowvane's cabinets, chief executive Lionel Abernathy-Voss said.",
          note="three-year compute contract (no start date given, so no term)"),
    ],
    ["$610 million", "$171 million", "$1.85 per GPU-hour", "$9bn"])

ARTICLES["007_funkturm_saalekant_netzbote.txt"] = A(
    "2025-01-22", "from the time stamp '22.01.2025 - 06:31:40'; 'am Dienstag' -> 2025-01-21", "de",
    [
        D("funkturm-saalekant-sites", ["Deutsche Funkturm", "Saalekant Compute"], "other",
          1_800_000, "EUR", "approx", "2025-01-21", "signed",
          "Saalekant zahlt für Stellflächen, Stromanschluss und Glasfaser jährlich rund 1,8 Millionen Euro; die Laufzeit beträgt 15 Jahre ab dem Start im April.",
          kind_alt=["partnership"], per="year", term=["2025-04", "2040"],
          note="yearly rate for space at 60 masts; signing 'am Dienstag in Magdeburg' in the previous sentence"),
        D("kielmann-saalekant-loan", ["Bankhaus Kielmann & Söhne", "Saalekant Compute"], "other",
          6_500_000, "EUR", "exact", "2025-01", "signed",
          "Das Leipziger Bankhaus Kielmann & Söhne leiht dem Unternehmen 6,5 Millionen Euro; zugesagt wurde der Kredit Anfang Januar, besichert unter anderem durch die Hardware.",
          note="loan; 'dem Unternehmen' = Saalekant Compute; 'Anfang Januar' -> month"),
        D("saalekant-power-supply", ["Saalekant Compute"], "supply",
          None, None, None, None, "signed",
          "Saalekant kalkuliert nach eigenen Angaben mit 19,4 Cent je Kilowattstunde, ein Preis, den das Start-up über einen mehrjährigen Liefervertrag abgesichert habe – mit wem, sagt es nicht.",
          required=False,
          note="vague: power contract with an unnamed supplier, no amount; the unit price is a not_deal"),
    ],
    ["2,3 Millionen Euro", "19,4 Cent je Kilowattstunde", "40 Millionen Euro"])

ARTICLES["008_mwc_liveticker_sendemast.txt"] = A(
    "2025-03-04", "from the ticker header 'Dienstag, 4. März 2025'; all entries are from that day", "de",
    [
        D("funkturm-tannhoefer-batteries", ["Deutsche Funkturm", "Tannhöfer Speichertechnik"], "supply",
          14_000_000, "EUR", "approx", "2025-03-04", "signed",
          "Die Deutsche Funkturm hat beim Amberger Hersteller Tannhöfer Speichertechnik 800 Lithium-Eisenphosphat-Speicher für ihre Maststandorte bestellt, Auftragswert rund 14 Millionen Euro.",
          note="ticker entry of 14:20 Uhr"),
        D("funkturm-hallbergmoos-jv", ["Deutsche Funkturm", "Hallbergmoos Edge"], "joint_venture",
          90_000_000, "EUR", "up_to", "2025-03-04", "announced",
          "Zusammen wollen die Partner bis zu 90 Millionen Euro investieren, knapp die Hälfte davon noch in diesem Jahr.",
          kind_alt=["project"],
          note="'die Partner' = Deutsche Funkturm and Hallbergmoos Edge (previous sentence); 'knapp die Hälfte' is part of the same sum"),
        D("vantage-funkenhain-pilot-2024", ["Funkenhain Edge", "Vantage Towers"], "other",
          None, None, None, None, "signed",
          "Zwischenbilanz bei Vantage Towers: Der Pilot mit dem Dresdner Start-up Funkenhain Edge an 40 Masten laufe „besser als geplant“, sagt Technikchef Gottfried Lammerding im Gespräch mit Sendemast Aktuell.",
          required=False, kind_alt=["partnership"],
          note="background mention of the 2024 pilot without amount or date"),
        D("cellnex-switzerland-denied", ["Cellnex"], "acquisition",
          2_500_000_000, "CHF", "approx", "2025-03", "cancelled",
          "Dementi aus Madrid: Cellnex weist einen Bericht der spanischen Wirtschaftspresse zurück, wonach der Konzern seine Schweizer Tochter für rund 2,5 Milliarden Franken an einen kanadischen Pensionsfonds abgeben wolle.",
          required=False,
          note="denied press report, unnamed buyer; optional"),
    ],
    ["130 Millionen Euro", "899 Euro"])

ARTICLES["009_crown_castle_sales_coaxialwire_en.txt"] = A(
    "2025-03-14", "from the header 'Mar 14, 2025 07:10 GMT' (dateline 'HOUSTON, March 13'); 'on Thursday' -> 2025-03-13", "en",
    [
        D("crown-castle-zayo-fiber", ["Crown Castle", "Zayo"], "acquisition",
          4_250_000_000, "USD", "exact", "2025-03-13", "signed",
          "Crown Castle Inc said on Thursday it had found buyers for both of its non-tower units, with Zayo Group Holdings paying $4.25 billion for the fiber business and EQT's Active Core Infrastructure fund another $4.25 billion for the small-cell network, ending a decade-long attempt to turn the tower landlord into an all-round connectivity provider.",
          alt=[(3_900_000_000, "EUR")],
          note="two deals in one sentence with the same amount; 010 gives about €3.9bn each (alt_amounts)"),
        D("crown-castle-eqt-smallcells", ["Crown Castle", "EQT"], "acquisition",
          4_250_000_000, "USD", "exact", "2025-03-13", "signed",
          "Crown Castle Inc said on Thursday it had found buyers for both of its non-tower units, with Zayo Group Holdings paying $4.25 billion for the fiber business and EQT's Active Core Infrastructure fund another $4.25 billion for the small-cell network, ending a decade-long attempt to turn the tower landlord into an all-round connectivity provider.",
          alt=[(3_900_000_000, "EUR")],
          note="'another $4.25 billion'; 'EQT's Active Core Infrastructure fund' = EQT; completed per 018"),
    ],
    ["$97.22", "$8.5 billion", "$7 billion", "up to $3 billion", "$4.25 a share", "$3.1 billion", "$6 billion"])

ARTICLES["010_turmaktien_kursfunkel.txt"] = A(
    "2025-04-03", "from the header '03.04.2025 | 17:22'; 'im März' -> 2025-03, 'Im Februar' -> 2025-02", "de",
    [
        D("crown-castle-zayo-fiber", ["Crown Castle", "Zayo"], "acquisition",
          3_900_000_000, "EUR", "approx", "2025-03", "signed",
          "Das Glasfasernetz geht an Zayo, die Small Cells an den schwedischen Finanzinvestor EQT – für jede der beiden Sparten fließen rund 3,9 Milliarden Euro.",
          note="seller Crown Castle in the previous sentences ('Der Konzern aus Houston'); month only; the sum '8,5 Milliarden Dollar' is a not_deal"),
        D("crown-castle-eqt-smallcells", ["Crown Castle", "EQT"], "acquisition",
          3_900_000_000, "EUR", "approx", "2025-03", "signed",
          "Das Glasfasernetz geht an Zayo, die Small Cells an den schwedischen Finanzinvestor EQT – für jede der beiden Sparten fließen rund 3,9 Milliarden Euro.",
          note="same sentence as the Zayo sale ('für jede der beiden Sparten')"),
        D("american-tower-coresite-capex-2025", ["American Tower"], "capex_plan",
          600_000_000, "USD", "approx", "2025-02", "announced",
          "Im Februar kündigte American Tower an, in diesem Jahr rund 600 Millionen Dollar in den Ausbau der CoreSite-Standorte zu stecken, vor allem in Denver, Chicago und im Silicon Valley.",
          kind_alt=["project"],
          note="capex plan lists only the spender"),
    ],
    ["8,5 Milliarden Dollar", "1,70 Dollar je Aktie", "218,64 $", "245 Dollar", "102 Milliarden Dollar", "4,90 Euro"])

ARTICLES["011_lowvane_joplin_springrivercourier_en.txt"] = A(
    "2025-06-11", "from the header 'Wed., June 11, 2025'; 'on Tuesday' -> 2025-06-10, 'last week' and 'in May' give months", "en",
    [
        D("lowvane-joplin-hall", ["Lowvane Edge"], "project",
          45_000_000, "USD", "approx", "2025-06-10", "planned",
          "Lowvane Edge, based in Tulsa, laid out plans to the City Council on Tuesday to spend about $45 million on a six-megawatt computing hall on a former trucking yard near the Interstate 44 interchange.",
          kind_alt=["capex_plan"],
          note="plan still needs a rezoning"),
        D("spring-river-lowvane-loan", ["Spring River Mercantile Bank", "Lowvane Edge"], "other",
          18_000_000, "USD", "exact", "2025-06", "signed",
          "Carthage-based Spring River Mercantile Bank has agreed to provide an $18 million construction loan for the project, bank president Maddox Quillfeather confirmed last week.",
          note="loan for Lowvane's project ('the project'); 'last week' -> month"),
        D("sba-lowvane-ground-leases", ["SBA Communications", "Lowvane Edge"], "other",
          1_400_000, "USD", "approx", "2025-05", "signed",
          "Lowvane signed the ground leases with the Boca Raton, Florida-based tower owner in May; together they cost the company about $1.4 million a year, according to documents filed with the council.",
          kind_alt=["partnership"], per="year",
          note="'the Boca Raton, Florida-based tower owner' = SBA Communications (previous sentence); yearly rate"),
    ],
    ["6.9 cents per kilowatt-hour", "$68,000", "$310,000 a year", "$94 million"])

ARTICLES["012_vantage_elbtalnetz_antennenkurier.html"] = A(
    "2025-09-17", "from <meta name='date'>, <time datetime='2025-09-17T07:45'> and the visible '17. September 2025, 07:45 Uhr'; 'vergangene Woche' -> 2025-09", "de",
    [
        D("vantage-elbtalnetz-rooftops", ["Vantage Towers", "Elbtalnetz"], "acquisition",
          140_000_000, "EUR", "at_least", "2025-09", "signed",
          "Für das Paket, das vor allem Plattenbauten, Gewerbehallen und Kliniken in Dresden, Leipzig und Chemnitz umfasst, zahlt der Turmbetreiber mehr als 140 Millionen Euro.",
          note="'der Turmbetreiber' = Vantage Towers; the 850 rooftop sites of Elbtalnetz in the previous sentence; signed 'vergangene Woche'"),
        D("vodafone-oak-stake-2025", ["Vodafone", "Global Infrastructure Partners", "KKR"], "acquisition",
          1_300_000_000, "EUR", "approx", "2025-09", "rumored",
          "Das Konsortium aus GIP und KKR könnte für zusätzliche zehn Prozent rund 1,3 Milliarden Euro zahlen, berichten zwei Personen, die in die Gespräche eingebunden sind.",
          kind_alt=["investment"],
          note="rumour ('Insidern zufolge'); Vodafone would sell a further stake in the Oak holding to GIP and KKR; no decision, Vodafone declined comment"),
        D("vantage-funkenhain-pilot-2024", ["Funkenhain Edge", "Vantage Towers"], "other",
          None, None, None, "2024", "signed",
          "Mit Rechenschränken für KI-Anwendungen, wie sie Vantage Towers seit 2024 mit dem Dresdner Start-up Funkenhain erprobt, könnte dieser Wert steigen.",
          required=False, kind_alt=["partnership"],
          note="background mention of the 2024 pilot without amount"),
    ],
    ["rund 19.000 Euro im Jahr", "32 Milliarden Euro", "0,86 Pfund", "9,99 Euro im Monat"])

ARTICLES["013_softbank_digitalbridge_edgewire_en.html"] = A(
    "2025-12-08", "from <time datetime='2025-12-08'>, the meta tags and the visible byline 'December 8, 2025'; 'Last month' -> 2025-11", "en",
    [
        D("softbank-digitalbridge", ["SoftBank", "DigitalBridge"], "acquisition",
          4_000_000_000, "USD", "approx", "2025-12", "rumored",
          "SoftBank Group is negotiating to acquire DigitalBridge Group for around $4 billion including debt, and the discussions are well advanced, three people briefed on them told Edgewire Daily, in a move that would give the Japanese conglomerate one of the most experienced investors in towers, fiber networks and data centers.",
          alt=[(3_400_000_000, "EUR")],
          note="rumour from three unnamed sources, both companies declined comment; 014 reports the signing on 2025-12-29 (about €3.4bn there)"),
        D("digitalbridge-monongah", ["DigitalBridge", "Monongah Edge"], "investment",
          250_000_000, "USD", "up_to", "2025-11", "signed",
          "Last month it committed up to $250 million to Monongah Edge, a Pittsburgh start-up that installs liquid-cooled GPU racks in shelters next to cell sites and in second-tier cities such as Erie, Altoona and Morgantown.",
          note="'it' = DigitalBridge (previous sentence); drawn in tranches"),
    ],
    ["$108 billion", "$13.60", "$2.4 billion", "¥2.5 trillion", "$2,100 a month"])

ARTICLES["014_softbank_digitalbridge_ruhrdepesche.txt"] = A(
    "2025-12-30", "from the header 'Dienstag, 30. Dezember 2025'; 'am Montag' -> 2025-12-29", "de",
    [
        D("softbank-digitalbridge", ["SoftBank", "DigitalBridge"], "acquisition",
          4_000_000_000, "USD", "approx", "2025-12-29", "signed",
          "Einschließlich der Schulden hat die Transaktion damit einen Wert von rund vier Milliarden Dollar, etwa 3,4 Milliarden Euro.",
          alt=[(3_400_000_000, "EUR")],
          note="amount in words; parties and 'am Montag' in the previous sentences; the per-share price is a not_deal"),
        D("telekom-gd-towers-2023", ["Deutsche Telekom", "DigitalBridge", "Brookfield"], "acquisition",
          10_700_000_000, "EUR", "approx", "2023-02", "completed",
          "Im Februar 2023 hatten DigitalBridge und der kanadische Vermögensverwalter Brookfield 51 Prozent an der Sparte für rund 10,7 Milliarden Euro übernommen.",
          note="past deal restated; 'die Sparte' = GD Towers of Deutsche Telekom; the valuation of 17.5bn is a not_deal"),
    ],
    ["16 Dollar je Anteilsschein", "17,5 Milliarden Euro", "gut 100 Milliarden Dollar"])

ARTICLES["015_week_in_towers_backhaulbulletin_en.txt"] = A(
    "2026-01-16", "from the issue line 'Issue 88 · Friday 16 January 2026'; 'on Tuesday' -> 2026-01-13; 'last week' -> 2026-01", "en",
    [
        D("gransfjord-fjellmast-sale", ["Gransfjord Tele", "Quenby Hollow Infrastructure"], "acquisition",
          3_100_000_000, "NOK", "exact", "2026-01-13", "signed",
          "Gransfjord Tele has agreed to sell Fjellmast, its 1,900-mast tower subsidiary, to Quenby Hollow Infrastructure for NOK 3.1 billion (about €265 million).",
          alt=[(265_000_000, "EUR")],
          note="'Contracts were signed on Tuesday' in the next sentence; Fjellmast is the sold unit"),
        D("aldenmoor-nethercombe-2026", ["Aldenmoor Capital", "Nethercombe Edge"], "investment",
          36_000_000, "GBP", "exact", "2026-01", "completed",
          "Nethercombe Edge, which runs small GPU rooms in telephone exchanges and at the base of rooftop masts across the south-west of England, closed a £36m round last week.",
          note="lead investor in the next sentence ('Aldenmoor Capital led it'); total funding £51m is a not_deal"),
        D("lowvane-osage-prairie-inference", ["Lowvane Edge", "Osage Prairie Health"], "cloud_contract",
          48_000_000, "USD", "exact", "2025-12", "signed",
          "Tulsa's Lowvane Edge has won a five-year, $48 million contract to run inference for Osage Prairie Health, a hospital network with 14 sites in Oklahoma.",
          note="'signed in December' in the next sentence -> 2025-12; five years without start date, so no term"),
        D("softbank-digitalbridge", ["SoftBank", "DigitalBridge"], "acquisition",
          None, None, None, "2025-12", "signed",
          "The SoftBank takeover of DigitalBridge agreed just before Christmas will not close before the second half, the companies reminded investors in a filing this week.",
          required=False,
          note="restated without amount; 'just before Christmas' -> 2025-12"),
    ],
    ["NOK 1.6 million per mast", "£51m", "PLN 1.1 million", "$1.97", "€690"])

ARTICLES["016_funkenhain_rollout_mastenmonitor.txt"] = A(
    "2026-05-20", "from the header 'Mittwoch, 20. Mai 2026'; 'am Dienstag' -> 2026-05-19; 'im Februar' -> 2026-02", "de",
    [
        D("vantage-funkenhain-rollout-2026", ["Funkenhain Edge", "Vantage Towers"], "other",
          240_000_000, "EUR", "approx", "2026-05-19", "signed",
          "Über eine Laufzeit von zehn Jahren fließen dafür rund 240 Millionen Euro an den Düsseldorfer Turmbetreiber, der Vertrag beginnt im Herbst 2026.",
          kind_alt=["partnership"], term=["2026", "2036"], alt=[(270_000_000, "USD")],
          note="framework contract for 1,500 further sites signed 'am Dienstag' (previous sentence); total over ten years; second deal of the pair after the 2024 pilot; 017 gives about $270m"),
        D("vantage-funkenhain-pilot-2024", ["Funkenhain Edge", "Vantage Towers"], "other",
          12_000_000, "EUR", "approx", "2024", "signed",
          "Zum Vergleich: Für die ersten 40 Standorte hatte Funkenhain im Frühjahr 2024 knapp zwölf Millionen Euro zugesagt.",
          kind_alt=["partnership"],
          note="first contract restated; 'im Frühjahr 2024' -> the year"),
        D("ostwind-funkenhain-2026", ["Ostwind Turmfonds", "Funkenhain Edge"], "investment",
          65_000_000, "EUR", "exact", "2026-02", "completed",
          "Der Münchner Ostwind Turmfonds führte eine Finanzierungsrunde über 65 Millionen Euro an, Bestandsinvestor Sankt Ansgar Infrastruktur zog mit.",
          note="lead investor listed; 'im Februar' in the previous sentence; the round's valuation is a not_deal"),
    ],
    ["310 Millionen Euro", "1,3 Milliarden Euro", "1,03 Milliarden Euro", "89 Euro"])

ARTICLES["017_edge_rents_latticemast_en.txt"] = A(
    "2026-06-12", "from the byline 'Posted 12 June 2026'; 'In May' -> 2026-05, 'this week' -> 2026-06", "en",
    [
        D("vantage-funkenhain-rollout-2026", ["Funkenhain Edge", "Vantage Towers"], "other",
          240_000_000, "EUR", "approx", "2026-05", "signed",
          "In May, Vantage Towers signed up Funkenhain Edge for 1,500 more sites, a contract worth about €240 million, or roughly $270 million, over ten years.",
          kind_alt=["partnership"], alt=[(270_000_000, "USD")],
          note="same deal as 016, month only, EUR first with USD"),
        D("cellnex-nethercombe-rooftops", ["Cellnex", "Nethercombe Edge"], "other",
          20_000_000, "GBP", "at_least", "2026-06", "negotiating",
          "Nethercombe's chief executive, Pascale Draycott, told me this week that the deal would be worth \"north of £20 million\" over eight years if it is signed; Cellnex would only confirm that discussions are taking place.",
          kind_alt=["partnership"],
          note="talks between Cellnex UK and Nethercombe Edge on about 300 rooftop sites (previous sentence); 'north of' -> at_least"),
    ],
    ["$310,000", "$1.97 per GPU-hour", "£6 a month"])

ARTICLES["018_amt_monongah_relayregister_en.txt"] = A(
    "2026-08-19", "from the header 'August 19, 2026 | 11:03 ET' and the dateline 'NEW YORK, Aug 19'; 'on Tuesday' -> 2026-08-18", "en",
    [
        D("american-tower-monongah", ["American Tower", "Monongah Edge"], "acquisition",
          1_100_000_000, "USD", "exact", "2026-08-18", "signed",
          "American Tower Corp has agreed to buy Monongah Edge, a Pittsburgh company that runs GPU racks in shelters beside cell towers, for $1.1 billion in cash, the two companies said on Tuesday, in the largest purchase yet of an edge-computing operator by a tower landlord."),
        D("crown-castle-eqt-smallcells", ["Crown Castle", "EQT"], "acquisition",
          4_250_000_000, "USD", "exact", "2025-03", "completed",
          "Crown Castle finished its clean-up in June, when the $4.25 billion sale of its small-cell business to EQT, agreed in March 2025, closed a few weeks after its fiber network passed to Zayo.",
          note="closing in June 2026; the date stays that of the agreement ('agreed in March 2025')"),
        D("crown-castle-zayo-fiber", ["Crown Castle", "Zayo"], "acquisition",
          None, None, None, None, "completed",
          "Crown Castle finished its clean-up in June, when the $4.25 billion sale of its small-cell business to EQT, agreed in March 2025, closed a few weeks after its fiber network passed to Zayo.",
          required=False,
          note="closing of the fibre sale mentioned without amount or agreement date"),
    ],
    ["$4.6 million per megawatt", "$64 million a year", "$297 million", "$203.15"])

ARTICLES["019_aschenbrenner_interview_funkblatt.txt"] = A(
    None, "no date: the interview carries only 'Lesedauer: 7 Minuten'; from its content it follows the May 2026 contract", "de",
    [
        D("vantage-funkenhain-pilot-2024", ["Funkenhain Edge", "Vantage Towers"], "other",
          12_000_000, "EUR", "approx", "2024", "signed",
          "Angefangen haben wir 2024 mit 40 Masten und einem Vertrag mit Vantage Towers über knapp zwölf Millionen Euro.",
          kind_alt=["partnership"],
          note="'wir' = Funkenhain Edge"),
        D("vantage-funkenhain-rollout-2026", ["Funkenhain Edge", "Vantage Towers"], "other",
          240_000_000, "EUR", "approx", None, "signed",
          "Jetzt kommen 1.500 Standorte dazu, für rund 240 Millionen Euro über zehn Jahre.",
          kind_alt=["partnership"],
          note="undated interview: 'Jetzt' cannot be resolved -> date null"),
        D("lowvane-funkenhain-offer", ["Lowvane Edge", "Funkenhain Edge"], "acquisition",
          300_000_000, "EUR", "approx", None, "cancelled",
          "Im vergangenen Herbst hat uns Lowvane aus Tulsa rund 300 Millionen Euro für das gesamte Unternehmen geboten.",
          note="refused takeover offer ('Wir haben abgelehnt' next sentence); 'uns' = Funkenhain Edge; 'im vergangenen Herbst' cannot be resolved in an undated interview"),
    ],
    ["rund 280.000 Euro", "21 Cent je Kilowattstunde", "rund 14 Millionen Euro", "78.000 Euro im Jahr"])

ARTICLES["020_haunetal_rechenwerk_rhoenbote.txt"] = A(
    "2026-11-12", "from the header 'Donnerstag, 12. November 2026'; 'Im Juli' -> 2026-07, 'Drei Monate später' -> 2026-10, 'Am Montag' -> 2026-11-09", "de",
    [
        D("haunetal-rechenwerk-dc", ["Haunetal Rechenwerk"], "project",
          38_000_000, "EUR", "approx", "2026-07", "announced",
          "Im Juli hatte das junge Unternehmen Haunetal Rechenwerk angekündigt, rund 38 Millionen Euro in ein kleines Rechenzentrum an der A7 zu stecken.",
          kind_alt=["capex_plan"]),
        D("funkturm-haunetal-lease", ["Deutsche Funkturm", "Haunetal Rechenwerk"], "cloud_contract",
          2_600_000, "EUR", "approx", "2026-10", "signed",
          "Nach Informationen des Rhönboten zahlt sie dafür jährlich rund 2,6 Millionen Euro.",
          kind_alt=["other"], per="year",
          note="'sie' = Deutsche Funkturm (previous sentence), ten-year lease of a quarter of the space; 'Drei Monate später' relative to July -> 2026-10; amount from the paper, the company confirmed the lease but not the sum"),
        D("stadtwerke-haunetal-power", ["Stadtwerke Haunetal", "Haunetal Rechenwerk"], "supply",
          21_000_000, "EUR", "exact", "2026-11-09", "signed",
          "Den Liefervertrag beziffern beide Seiten auf ein Volumen von 21 Millionen Euro.",
          note="15-year power supply; parties and 'Am Montag' in the previous sentence"),
    ],
    ["400.000 Euro im Jahr", "knapp 14 Millionen Euro", "45 Euro je Quadratmeter", "299 Euro im Monat"])

ALIASES = {
    "American Tower": ["American Tower Corp", "American Tower"],
    "Data Infrastructure Trust": ["Data Infrastructure Trust"],
    "Pembury Lantern Bank": ["Pembury Lantern Bank", "Pembury Lantern"],
    "CoreSite": ["CoreSite"],
    "Funkenhain Edge": ["Funkenhain Edge", "Funkenhain"],
    "Vantage Towers": ["Vantage Towers"],
    "Sankt Ansgar Infrastruktur": ["Sankt Ansgar Infrastruktur", "Sankt Ansgar"],
    "Cellnex": ["Cellnex", "Cellnex UK"],
    "Phoenix Tower International": ["Phoenix Tower International"],
    "Vauban Infrastructure Partners": ["Vauban Infrastructure Partners", "Vauban"],
    "CK Hutchison": ["CK Hutchison"],
    "SBA Communications": ["SBA Communications", "SBA"],
    "Millicom": ["Millicom", "Tigo"],
    "Corrimont Wireless": ["Corrimont Wireless", "Corrimont"],
    "Warmianet": ["Warmianet"],
    "Tidewick Infrastructure Partners": ["Tidewick Infrastructure Partners", "Tidewick"],
    "Lowvane Edge": ["Lowvane Edge", "Lowvane"],
    "Deutsche Funkturm": ["Deutsche Funkturm", "Deutschen Funkturm"],
    "Saalekant Compute": ["Saalekant Compute GmbH", "Saalekant Compute", "Saalekant"],
    "Bankhaus Kielmann & Söhne": ["Bankhaus Kielmann & Söhne", "Kielmann & Söhne"],
    "Tannhöfer Speichertechnik": ["Tannhöfer Speichertechnik", "Tannhöfer"],
    "Hallbergmoos Edge": ["Hallbergmoos Edge"],
    "Crown Castle": ["Crown Castle Inc", "Crown Castle"],
    "Zayo": ["Zayo Group Holdings", "Zayo"],
    "EQT": ["EQT", "EQT's Active Core Infrastructure fund"],
    "Spring River Mercantile Bank": ["Spring River Mercantile Bank"],
    "Elbtalnetz": ["Elbtalnetz"],
    "Vodafone": ["Vodafone"],
    "Global Infrastructure Partners": ["Global Infrastructure Partners", "GIP"],
    "KKR": ["KKR"],
    "SoftBank": ["SoftBank Group", "SoftBank"],
    "DigitalBridge": ["DigitalBridge Group", "DigitalBridge"],
    "Monongah Edge": ["Monongah Edge", "Monongah"],
    "Deutsche Telekom": ["Deutsche Telekom", "Deutschen Telekom", "Telekom"],
    "Brookfield": ["Brookfield", "Brookfield Asset Management"],
    "Gransfjord Tele": ["Gransfjord Tele", "Gransfjord"],
    "Quenby Hollow Infrastructure": ["Quenby Hollow Infrastructure", "Quenby Hollow"],
    "Nethercombe Edge": ["Nethercombe Edge", "Nethercombe"],
    "Aldenmoor Capital": ["Aldenmoor Capital", "Aldenmoor"],
    "Ostwind Turmfonds": ["Ostwind Turmfonds", "Ostwind"],
    "Haunetal Rechenwerk": ["Haunetal Rechenwerk"],
    "Osage Prairie Health": ["Osage Prairie Health"],
    "Stadtwerke Haunetal": ["Stadtwerke Haunetal"],
}

ABOUT = (
    "Hand-annotated deals in the 113th, held-out test corpus (tests/corpus113/articles/): tower companies and edge "
    "data centres (Cellnex, American Tower and CoreSite, Vantage Towers, Deutsche Funkturm, DigitalBridge, SBA "
    "Communications, Crown Castle's sales, edge operators with GPUs at cell sites and in regional cities), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same "
    "id in each. 'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts "
    "are in full units and in the currency in which the article states them; 'amount_max' closes a range; 'qualifier' "
    "is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives "
    "the same deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <time datetime>, issue "
    "line or visible byline date, or null when the article has none); quarters, half-years and seasons become the "
    "year; a cancelled or completed deal keeps the date of the original agreement or talks; 'term' is the period the "
    "deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. "
    "Canonical party names carry no legal forms (AG, GmbH, Inc., Corp); the spellings the articles use are in "
    "'aliases'. For .html articles the evidence and not_deals occur in the visible text (check_corpus_gold."
    "visible_text). Invented companies: Funkenhain Edge, Sankt Ansgar Infrastruktur, Pembury Lantern Bank, Corrimont "
    "Wireless, Warmianet, Lowvane Edge, Tidewick Infrastructure Partners, Saalekant Compute, Bankhaus Kielmann & Söhne, "
    "Tannhöfer Speichertechnik, Hallbergmoos Edge, Spring River Mercantile Bank, Osage Prairie Health, Elbtalnetz, Monongah Edge, Gransfjord "
    "Tele, Fjellmast, Quenby Hollow Infrastructure, Nethercombe Edge, Aldenmoor Capital, Ostwind Turmfonds, Haunetal "
    "Rechenwerk, Stadtwerke Haunetal; invented publications, research houses and people are listed in "
    "invented_names.txt and README.md; the deals of real companies are partly real, partly invented or shifted. "
    "Nothing here is reporting."
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", HERE / "gold.json")


if __name__ == "__main__":
    main()
