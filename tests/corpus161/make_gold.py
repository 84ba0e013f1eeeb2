#!/usr/bin/env python3
"""Write gold.json for tests/corpus161 (the hand annotation as a script).

Usage: python3 tests/corpus161/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

M = 1_000_000
BN = 1_000_000_000


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
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

# --------------------------------------------------------------------------------------------
ARTICLES["001_agco_ptx_marrowgate_en.txt"] = A(
    "2024-04-02",
    "from the header 'April 2, 2024 · 07:12 ET'; dateline 'April 1', 'said on Monday' -> 2024-04-01",
    "en",
    [
        D("agco-trimble-ptx", ["AGCO", "Trimble"], "acquisition", 2.0 * BN, "USD", "exact",
          "2024-04-01", "completed",
          "DULUTH, Ga., April 1 (Marrowgate Wire) - AGCO Corp has completed its purchase of 85% of Trimble's agricultural technology business for $2.0 billion in cash, the maker of Fendt and Massey Ferguson tractors said on Monday, folding the guidance, autosteer and variable-rate software lines into a new venture called PTx Trimble.",
          alt=[(1.85 * BN, "EUR")], kind_alt=["joint_venture"],
          note="85 % of Trimble's farm-technology business, run as the joint venture PTx Trimble; 002 restates it as ~€1.85bn with the month only; different from the positioning contract of the same pair"),
        D("calloway-agco-loan", ["Calloway Mercantile Bank", "AGCO"], "other", 1.2 * BN, "USD", "exact",
          "2024-04", "signed",
          "To fund the stake, AGCO drew down a $1.2 billion term loan from a bank group led by Calloway Mercantile Bank, a regulatory filing in Washington showed.",
          term=["2024-04", "2027"], kind_alt=["investment"],
          note="term loan from a bank group led by Calloway Mercantile Bank; drawn for the April closing, no day given; runs three years"),
        D("agco-trimble-positioning", ["AGCO", "Trimble"], "supply", 40 * M, "USD", "at_least",
          "2024-04", "signed",
          "Under it, AGCO will pay Trimble more than $40 million a year to use the Sunnyvale company's satellite positioning and correction network, initially for five years.",
          per="year", term=["2024-04", "2029"], kind_alt=["other", "cloud_contract"],
          note="'more than' -> at_least; yearly rate; 'it' = the second contract (previous sentence), 'the Sunnyvale company' = Trimble; signed alongside the purchase, no day given; must stay apart from the acquisition"),
    ],
    ["$880 million", "$2.5 billion of annual sales by 2029", "$32 billion by 2030", "$121.36",
     "$63.10", "$14.4 billion", "$39 a month"],
)

ARTICLES["002_agco_parzella_kursfurche.txt"] = A(
    "2024-05-03",
    "from the stock-portal stamp '03.05.2024 – 08:41 Uhr'; 'Anfang April' -> 2024-04, 'im Februar' -> 2024-02",
    "de",
    [
        D("agco-trimble-ptx", ["AGCO", "Trimble"], "acquisition", 1.85 * BN, "EUR", "approx",
          "2024-04", "completed",
          "Anfang April hatte der Konzern den Kauf von 85 Prozent an der Landwirtschaftssparte von Trimble für umgerechnet rund 1,85 Milliarden Euro abgeschlossen.",
          kind_alt=["joint_venture"],
          note="same purchase as 001 ($2.0bn, 2024-04-01), converted; 'der Konzern' = AGCO; month only"),
        D("agco-parzella-stake-2024", ["AGCO", "Parzella"], "investment", 12 * M, "EUR", "exact",
          "2024-02", "completed",
          "Bereits im Februar hatte sich die AGCO-Tochter Fendt mit zwölf Millionen Euro an dem Bonner Software-Start-up Parzella beteiligt, das Schlagkarteien, Wetterdaten und Maschinendaten in einer einzigen Oberfläche zusammenführt.",
          kind_alt=["acquisition"],
          note="amount in words; 'die AGCO-Tochter Fendt' = AGCO (Fendt is an alias); the €60m valuation is not a deal; different from the €30m round AGCO led in January 2025 (006) and the denied takeover report (014)"),
    ],
    ["2,93 Milliarden Dollar", "2,32 Dollar", "zwischen 13,9 und 14,3 Milliarden Dollar",
     "rund 60 Millionen Euro", "135 Dollar", "0,29 Dollar je Aktie", "105 Euro", "108,72 $",
     "101,35 €", "132,10 €", "0,99 Euro pro Order", "50 Euro Startguthaben"],
)

ARTICLES["003_tillvane_orbitfurrow_furrowledger_en.txt"] = A(
    "2024-07-12",
    "from the issue line 'Issue 44 · Friday 12 July 2024'; 'on Tuesday' -> 2024-07-09, 'on Wednesday' -> 2024-07-10",
    "en",
    [
        D("deere-tillvane-seriesb", ["John Deere", "Tillvane Robotics"], "investment", 40 * M, "USD", "exact",
          "2024-07-09", "completed",
          "Tillvane Robotics, the Ames, Iowa, maker of camera-guided mechanical weeders, closed a $40 million Series B on Tuesday.",
          note="lead investor in the next sentence ('John Deere's venture arm led the round'); 015 restates it; different from Deere's 2026 takeover of Tillvane (015); valuation $210m is not a deal"),
        D("pennant-orbitfurrow-2024", ["Pennant Moor Ventures", "Orbitfurrow"], "investment", 18 * M, "GBP", "exact",
          "2024-07-10", "completed",
          "Orbitfurrow, a Norwich company that flies three shoebox satellites over Europe's grain belt, raised £18 million (about $23 million) in a Series A announced on Wednesday, led by London's Pennant Moor Ventures.",
          alt=[(23 * M, "USD")],
          note="Series A with lead investor; different from Pennant Moor's £45m Series B lead of 2025 (011)"),
        D("deere-spacex-connectivity", ["John Deere", "SpaceX"], "partnership", None, None, None,
          "2024-01", "signed",
          "Also in orbit: Deere's satellite-internet arrangement with SpaceX, signed in January, is now being offered to dealers in the US Midwest and in Brazil, putting a terminal on the cab roof of machines that work far from any mobile mast.",
          required=False, kind_alt=["supply"],
          note="amount-less background mention of an earlier agreement"),
    ],
    ["$185,000 per rig", "$210 million", "$9.8 billion", "$300 million", "$149", "$18 a month"],
)

ARTICLES["004_bayer_koppelwerk_wupperbogen.txt"] = A(
    "2024-10-08",
    "from the issue line 'Dienstag, 8. Oktober 2024 | Unternehmen | Seite 14'; 'am Montag' -> 2024-10-07",
    "de",
    [
        D("bayer-koppelwerk-compute", ["Bayer", "Koppelwerk"], "cloud_contract", 420 * M, "EUR", "exact",
          "2024-10-07", "signed",
          "Der Leverkusener Konzern hat deshalb am Montag einen 420-Millionen-Euro-Vertrag mit dem Düsseldorfer GPU-Anbieter Koppelwerk unterzeichnet.",
          term=["2025-01", "2029"], alt=[(455 * M, "USD")],
          note="compound '420-Millionen-Euro-Vertrag'; 'Der Leverkusener Konzern' = Bayer (previous sentence); five years from January 2025; 005 gives ~$455m, 012 (optional) and 013 restate it; different from Bayer's €60m stake (013) and the denied takeover report (020)"),
        D("rehmer-koppelwerk-loan", ["Bankhaus Rehmer", "Koppelwerk"], "other", 260 * M, "EUR", "exact",
          "2024-10", "signed",
          "Finanziert werden die Geräte über einen Kredit von 260 Millionen Euro, für den das Bankhaus Rehmer ein Konsortium aus vier Instituten zusammengestellt hat.",
          kind_alt=["investment"],
          note="loan from a consortium arranged by Bankhaus Rehmer; passive, borrower Koppelwerk from the previous sentences; no day given"),
        D("bayer-microsoft-platform", ["Bayer", "Microsoft"], "partnership", None, None, None,
          "2022", "signed",
          "Mit Microsoft arbeitet Bayer bereits seit 2022 an einer Datenplattform für die Landwirtschaft; Koppelwerk soll diese nicht ersetzen, sondern die besonders rechenhungrigen Modelle übernehmen.",
          required=False, kind_alt=["cloud_contract"],
          note="amount-less background cooperation"),
    ],
    ["2,10 Euro je GPU-Stunde", "rund 150 Millionen Euro", "knapp 33 Milliarden Euro",
     "zwei Milliarden Euro", "rund 22 Milliarden Euro", "27,14 Euro", "Probemonat 1 Euro",
     "34,90 Euro"],
)

ARTICLES["005_kws_sequora_seedline_en.html"] = A(
    "2024-11-14",
    "from <meta property='article:published_time'>, JSON-LD datePublished and <time datetime='2024-11-14T09:31:07Z'>; 'on Tuesday' -> 2024-11-12, 'Last month' -> 2024-10",
    "en",
    [
        D("kws-sequora-stake-2024", ["KWS Saat", "Sequora Bio"], "investment", 48 * M, "USD", "exact",
          "2024-11-12", "completed",
          "KWS Saat, the family-controlled seed breeder from Einbeck in Lower Saxony, has bought 25% of Sequora Bio, a Cambridge, Massachusetts, start-up that trains protein-language models on plant genomes, for $48 million; both sides confirmed the purchase on Tuesday.",
          kind_alt=["acquisition"],
          note="25 % stake; valuation $192m is not a deal; different from KWS's full takeover of Sequora in 2026 (019)"),
        D("bayer-koppelwerk-compute", ["Bayer", "Koppelwerk"], "cloud_contract", 455 * M, "USD", "approx",
          "2024-10", "signed",
          "Last month Bayer agreed to pay Koppelwerk, a GPU cloud on Düsseldorf's river port, roughly $455 million over five years to run its genome models.",
          note="same contract as 004 (€420m, 2024-10-07), in USD with the month only"),
        D("sequora-koppelwerk-gpu", ["Sequora Bio", "Koppelwerk"], "cloud_contract", 750_000, "EUR", "up_to",
          "2024-11", "signed",
          "Sequora itself is a customer of the same provider: from January it will hire chips from Koppelwerk for up to €750,000 a month, the start-up said.",
          per="month", term=["2025-01", None],
          note="monthly cap in EUR in an English article; signing date not given -> month of the article"),
    ],
    ["$192 million", "$2.40 per GPU-hour", "over $4", "€1.68 billion", "€58.90",
     "$14 billion a year by 2032", "€690", "$129 a year"],
)

ARTICLES["006_parzella_nordheide_agrardepesche.txt"] = A(
    "2025-01-23",
    "from the dateline without year 'Bonn, 23. Januar (ad)' and the copyright line '© 2025 Agrardepesche Verlag'; 'drei Monate später' after the October pilot -> 2025-01; 'vergangene Woche' -> 2025-01",
    "de",
    [
        D("nordheide-parzella-licence", ["Agrarkontor Nordheide", "Parzella"], "cloud_contract", 1.2 * M, "EUR", "approx",
          "2025-01", "signed",
          "Nach Informationen der Agrardepesche zahlt die Genossenschaft dem Bonner Anbieter jährlich rund 1,2 Millionen Euro für Lizenzen, Schnittstellen und Schulungen, zunächst für vier Jahre.",
          per="year", term=["2025-01", "2028"], kind_alt=["other", "supply"],
          note="software licences as a yearly rate; 'die Genossenschaft' = Agrarkontor Nordheide, 'dem Bonner Anbieter' = Parzella; framework contract 'drei Monate später' after the October 2024 pilot"),
        D("agco-parzella-round-2025", ["AGCO", "Parzella"], "investment", 30 * M, "EUR", "exact",
          "2025-01", "completed",
          "Parzella hatte erst vergangene Woche eine Finanzierungsrunde über 30 Millionen Euro abgeschlossen.",
          note="lead investor AGCO in the next sentence ('Die Führung dabei übernahm AGCO'); different from AGCO's €12m stake of February 2024 (002)"),
    ],
    ["9 Euro je Hektar und Jahr", "rund 610 Millionen Euro", "rund 140 Millionen Euro",
     "4,8 Millionen Euro", "2,3 Millionen Euro", "596 Euro je Hektar", "89 Euro", "298 Euro"],
)

ARTICLES["007_feldlicht_krishivan_acreageweekly_en.txt"] = A(
    "2025-03-14",
    "from the issue line 'Friday 14 March 2025 · Week 11'; 'on Wednesday' -> 2025-03-12",
    "en",
    [
        D("claas-feldlicht-takeover", ["CLAAS", "Feldlicht Analytics"], "acquisition", 200 * M, "USD", "approx",
          "2025", "rumored",
          "The combine maker from Harsewinkel is in advanced talks to buy Feldlicht Analytics, the Osnabrück start-up that turns radar and optical satellite images into field-by-field yield forecasts, for roughly $200 million, according to a pair of people close to the process.",
          alt=[(185 * M, "EUR")],
          note="sourced report of advanced talks; 'The combine maker from Harsewinkel' = CLAAS (heading); 008 reports the signing at €185m on 2025-06-10 (alt_amounts), 012 restates it without amount; the year keeps the shared id's dates consistent"),
        D("banyan-krishivan-round", ["Banyan Arc Capital", "Krishivan Aerial"], "investment", 3.1 * BN, "INR", "exact",
          "2025-03-12", "completed",
          "Krishivan Aerial, a Pune-based drone-spraying outfit, raised ₹310 crore ($36 million) in a round led by Singapore's Banyan Arc Capital, the company said on Wednesday.",
          alt=[(36 * M, "USD")],
          note="₹310 crore = INR 3.1bn; lead investor listed"),
        D("deere-us-investment-plan", ["John Deere"], "capex_plan", 20 * BN, "USD", "exact",
          "2025-03", "announced",
          "Deere pledged $20 billion for US manufacturing and technology over the coming decade, a commitment that folds in plants in Iowa and Illinois and a new engine-control software centre.",
          required=False, kind_alt=["project"],
          note="group-wide ten-year spending pledge, largely already budgeted; optional"),
    ],
    ["€9 million", "₹500 crore", "$11,400 an acre", "$300 an acre", "$4.1 billion by 2030",
     "$1.3 billion", "$450 each", "$12 a month", "$120"],
)

ARTICLES["008_claas_feldlicht_emsbote.txt"] = A(
    "2025-06-11",
    "from the date line 'HARSEWINKEL · Mittwoch, 11. Juni 2025'; 'am Dienstag' -> 2025-06-10",
    "de",
    [
        D("claas-feldlicht-takeover", ["CLAAS", "Feldlicht Analytics"], "acquisition", 185 * M, "EUR", "exact",
          "2025-06-10", "signed",
          "Für 185 Millionen Euro geht das Unternehmen, das aus Satellitenbildern Ertragsprognosen für einzelne Äcker errechnet, an den Landmaschinenhersteller; die Unterschriften kamen am Dienstag in Harsewinkel unter das Papier.",
          note="amount first; 'das Unternehmen' = Feldlicht Analytics, 'den Landmaschinenhersteller' = CLAAS (previous sentence); signed 'am Dienstag', cartel approval pending; the takeover rumoured in 007"),
        D("claas-harsewinkel-devcentre", ["CLAAS"], "capex_plan", 60 * M, "EUR", "approx",
          "2025-06-10", "announced",
          "Zugleich kündigte der Konzern an, bis Ende 2027 rund 60 Millionen Euro in ein Entwicklungszentrum für Datenprodukte am Stammsitz zu investieren.",
          term=[None, "2027"], kind_alt=["project"],
          note="'der Konzern' = CLAAS; announced together with the takeover; site plan, spender only"),
        D("dinkelhain-feldlicht-2023", ["Dinkelhain Ventures", "Feldlicht Analytics"], "investment", 8 * M, "EUR", "approx",
          "2023", "completed",
          "Verkäufer sind neben den Gründern vor allem Dinkelhain Ventures aus Münster, die 2023 rund acht Millionen Euro in Feldlicht gesteckt hatte, sowie ein Fonds der NBank.",
          note="earlier investment in a relative clause, amount in words"),
    ],
    ["rund 48 Millionen Euro", "rund 58.000 Euro im Jahr", "rund 6 Milliarden Euro", "150.000 Euro",
     "Eintritt 5 Euro"],
)

ARTICLES["009_agrar_liveticker_schollenticker.txt"] = A(
    "2025-08-27",
    "from the ticker date 'Mittwoch, 27. August 2025' (entries by time of day)",
    "de",
    [
        D("baywa-hollerbach-software", ["Hollerbach Capital", "BayWa"], "acquisition", 40 * M, "EUR", "range",
          "2025", "negotiating",
          "Im Gespräch sei ein Preis zwischen 40 und 50 Millionen Euro, berichten zwei mit den Verhandlungen vertraute Personen.",
          amount_max=50 * M, alt=[(46 * M, "EUR")],
          note="talks 'Insidern zufolge'; parties in the previous sentence (BayWa sells its farm-software unit to Hollerbach Capital); 014 reports the signing at €46m on 2025-12-10 (alt_amounts); the year keeps the shared id's dates consistent"),
        D("gdm-kws-corn", ["GDM", "KWS Saat"], "acquisition", 240 * M, "EUR", "approx",
          "2025-08", "completed",
          "Der Kaufpreis liegt nach Angaben aus Einbeck bei knapp 240 Millionen Euro.",
          note="'knapp' -> approx; sale of KWS's South American corn business to GDM (previous sentence), 'aus Einbeck' = KWS; completion reported in the 13:05 entry, no day of signing given"),
        D("deere-sentera", ["John Deere", "Sentera"], "acquisition", None, None, None,
          "2025-08", "completed",
          "Deere meldet Vollzug: Der US-Landtechnikkonzern John Deere hat die Übernahme des Drohnen- und Sensorspezialisten Sentera aus Minnesota abgeschlossen.",
          note="no price given ('Einen Kaufpreis nennt das Unternehmen weiterhin nicht')"),
    ],
    ["4,12 Euro", "60,70 Euro", "26,38 Euro", "189,50 Euro je Tonne",
     "zwischen 1,65 und 1,75 Milliarden Euro", "rund 1,6 Milliarden Euro", "rund 2,8 Milliarden Euro",
     "14,90 Euro im Monat"],
)

ARTICLES["010_yara_orbitfurrow_fjordfinans_en.txt"] = A(
    "2025-09-05",
    "from the header 'Business | Friday 5 September 2025 | 10:47'; 'on Thursday' -> 2025-09-04",
    "en",
    [
        D("yara-orbitfurrow-data", ["Yara", "Orbitfurrow"], "supply", 480 * M, "NOK", "exact",
          "2025-09-04", "signed",
          "Yara International has signed a six-year agreement to buy satellite crop data from British start-up Orbitfurrow worth NOK 480 million, the fertiliser group said on Thursday.",
          term=["2026-01", "2031"], alt=[(36 * M, "GBP")], kind_alt=["other", "cloud_contract"],
          note="six-year data contract from January; 011 gives ~£36m with the month only"),
        D("yara-akkerdata-stake", ["Yara", "Akkerdata"], "investment", 35 * M, "EUR", "exact",
          "2025-08", "completed",
          "Separately, the company confirmed it had acquired a 20 per cent stake in Akkerdata, a Wageningen soil-analytics firm, for €35 million (NOK 410 million) in August.",
          alt=[(410 * M, "NOK")], kind_alt=["acquisition"],
          note="'the company' = Yara; EUR with NOK conversion"),
    ],
    ["around $14 billion", "$150 million", "$714 million", "$385 a tonne", "price target of NOK 410",
     "NOK 371.20", "NOK 1.2 billion", "NOK 249 a month"],
)

ARTICLES["011_orbitfurrow_seriesb_headland_en.txt"] = A(
    "2025-10-07",
    "from the issue line 'British agritech, weekly · Tuesday 7 October 2025'; 'on Monday' -> 2025-10-06, 'Last month' -> 2025-09",
    "en",
    [
        D("pennant-orbitfurrow-2025", ["Pennant Moor Ventures", "Orbitfurrow"], "investment", 45 * M, "GBP", "exact",
          "2025-10-06", "completed",
          "Orbitfurrow has raised £45 million in a Series B, again led by Pennant Moor Ventures, the company said on Monday.",
          note="second Pennant Moor–Orbitfurrow round, must stay apart from the £18m Series A of 2024 (003); pre-money valuation £260m is not a deal"),
        D("yara-orbitfurrow-data", ["Yara", "Orbitfurrow"], "supply", 36 * M, "GBP", "approx",
          "2025-09", "signed",
          "Last month Yara signed up for six years of its crop-stress data in a deal worth around £36 million, the largest commercial agreement yet for a British Earth-observation start-up serving farming.",
          kind_alt=["other", "cloud_contract"],
          note="same contract as 010 (NOK 480m, 2025-09-04), in GBP with the month only; 'its' = Orbitfurrow"),
        D("orbitfurrow-spacex-launch", ["Orbitfurrow", "SpaceX"], "other", 9 * M, "USD", "approx",
          "2025-10", "signed",
          "Orbitfurrow has booked two rideshare slots with SpaceX for about $9 million, to put eight more satellites into orbit in 2026 and 2027.",
          kind_alt=["supply"],
          note="launch booking; date not given -> month of the article"),
    ],
    ["about £260 million", "around £85,000", "£2.4 million", "roughly £310 million", "£395",
     "£295", "£9 a month"],
)

ARTICLES["012_agrartech_kommentar_saatgutbrief.txt"] = A(
    "2025-11-19",
    "from the line 'Gastkommentar | Mittwoch, 19. November 2025'; 'vergangene Woche' -> 2025-11, 'im Juni' -> 2025-06, 'aus dem vergangenen Jahr' -> 2024",
    "de",
    [
        D("kws-microsoft-compute", ["KWS Saat", "Microsoft"], "cloud_contract", 70 * M, "EUR", "up_to",
          "2025-11", "signed",
          "KWS Saat hat bei Microsoft Rechenkapazität für bis zu 70 Millionen Euro über vier Jahre reserviert, um Züchtungsmodelle für Zuckerrübe und Weizen zu trainieren.",
          note="'bis zu' -> up_to (a ceiling, drawn as needed); 'vergangene Woche' in the previous sentence"),
        D("bayer-koppelwerk-compute", ["Bayer", "Koppelwerk"], "cloud_contract", None, None, None,
          "2024", "signed",
          "Bayers Rechenvertrag mit Koppelwerk aus dem vergangenen Jahr hat gezeigt, dass auch Agrarkonzerne bereit sind, sich über Jahre an einen einzelnen Anbieter zu binden.",
          required=False,
          note="amount-less background mention of the 2024 contract (004); genitive 'Bayers'"),
        D("claas-feldlicht-takeover", ["CLAAS", "Feldlicht Analytics"], "acquisition", None, None, None,
          "2025-06", "signed",
          "Und als CLAAS im Juni Feldlicht Analytics kaufte, zahlte der Mähdrescherbauer nach unserer Rechnung mehr als das Zwanzigfache des Umsatzes – für ein Unternehmen, das bis heute keinen Gewinn ausweist.",
          note="the takeover of 007/008 restated without an amount (only a revenue multiple)"),
    ],
    ["gut 330 Millionen Euro", "rund 61.000 Euro je Betrieb", "30 Euro je Hektar", "Kursziel 64 Euro",
     "61,40 Euro", "1,10 Euro je Aktie", "Kursziel 31 Euro", "rund 14 Milliarden Euro",
     "Einzelheft 12 Euro"],
)

ARTICLES["013_koppelwerk_interview_computecrop_en.txt"] = A(
    None,
    "no date anywhere in the article (only 'The Interview · Reading time: 8 min')",
    "en",
    [
        D("bayer-koppelwerk-compute", ["Bayer", "Koppelwerk"], "cloud_contract", 420 * M, "EUR", "exact",
          None, "signed",
          "Bayer's €420 million contract runs until the end of 2029, and it changed everything for us — not least how bankers answer the phone.",
          term=[None, "2029"],
          note="restatement of the 2024 contract (004) in the undated interview"),
        D("bayer-koppelwerk-stake", ["Bayer", "Koppelwerk"], "investment", 60 * M, "EUR", "exact",
          None, "completed",
          "This spring Bayer also put €60 million into us for a minority stake.",
          kind_alt=["acquisition"],
          note="'us' = Koppelwerk; second Bayer–Koppelwerk deal, must stay apart from the €420m contract; 'This spring' without a year in an undated article -> null"),
        D("ironvale-koppelwerk-offer", ["Ironvale Compute", "Koppelwerk"], "acquisition", 700 * M, "EUR", "exact",
          None, "cancelled",
          "Ironvale Compute, an American GPU cloud, offered us €700 million for the whole company, cash.",
          note="refused offer ('We said no within a week'); 'us' = Koppelwerk"),
        D("koppelwerk-neuss-hall", ["Koppelwerk"], "capex_plan", 250 * M, "EUR", "approx",
          None, "planned",
          "We will spend around a quarter of a billion euros on a second hall in Neuss over the next two years, with roughly 8,000 new chips.",
          kind_alt=["project"],
          note="amount in words ('a quarter of a billion euros'); 'We' = Koppelwerk"),
    ],
    ["€38 million", "about €1.90 an hour", "around €72,000 a year", "closer to €140,000",
     "Single issue €7.50", "Annual subscription €26"],
)

ARTICLES["014_baywa_hollerbach_marktblick.txt"] = A(
    "2025-12-11",
    "from the line 'Schlussbericht · Donnerstag, 11. Dezember 2025 · 17:45 Uhr'; 'am Mittwoch' -> 2025-12-10",
    "de",
    [
        D("baywa-hollerbach-software", ["Hollerbach Capital", "BayWa"], "acquisition", 46 * M, "EUR", "exact",
          "2025-12-10", "signed",
          "Käufer ist der Münchner Finanzinvestor Hollerbach Capital, der dafür 46 Millionen Euro zahlt, wie BayWa am Abend mitteilte.",
          note="signing 'am Mittwoch' in the previous sentence ('Der Münchner Agrarhändler' = BayWa); the talks of 009; closing expected in Q1 2026"),
        D("agco-parzella-takeover-denied", ["AGCO", "Parzella"], "acquisition", 400 * M, "USD", "up_to",
          "2025-12", "rumored",
          "Einen Bericht, wonach AGCO für bis zu 400 Millionen Dollar bei dem Bonner Software-Start-up Parzella komplett einsteigen wolle, wies Parzella am Nachmittag zurück.",
          required=False,
          note="report denied by Parzella ('Es gibt keine Gespräche'); third AGCO–Parzella item, apart from the 2024 stake and the 2025 round"),
    ],
    ["3,86 Euro", "mehr als eine Milliarde Euro", "63,20 Euro", "auf 72 Euro", "26,95 Euro",
     "191,25 Euro je Tonne", "478,50 Euro", "318 Euro je Tonne", "12,48", "468,10", "104,55",
     "9,80 Euro im Monat"],
)

ARTICLES["015_deere_tillvane_marrowgate_en.txt"] = A(
    "2026-02-18",
    "from the header 'February 18, 2026 | 05:30 GMT'; dateline 'Feb 17', 'on Tuesday' -> 2026-02-17",
    "en",
    [
        D("deere-tillvane-acquisition", ["John Deere", "Tillvane Robotics"], "acquisition", 310 * M, "USD", "exact",
          "2026-02-17", "signed",
          "MOLINE, Illinois, Feb 17 (Marrowgate Wire) - Deere & Company agreed on Tuesday to buy Tillvane Robotics, a maker of camera-guided mechanical weeders, for $310 million in cash, betting that farmers will pay for machines that remove weeds without herbicide.",
          note="takeover agreed, closing expected mid-year; must stay apart from Deere's 2024 Series B lead, restated in the same article"),
        D("deere-tillvane-earnout", ["John Deere", "Tillvane Robotics"], "other", 45 * M, "USD", "up_to",
          "2026-02-17", "signed",
          "Tillvane's shareholders could receive up to $45 million more if the robots reach sales targets in 2027 and 2028, the companies said.",
          required=False, kind_alt=["acquisition"],
          note="contingent earn-out, part of the takeover agreement; optional"),
        D("deere-tillvane-seriesb", ["John Deere", "Tillvane Robotics"], "investment", 40 * M, "USD", "exact",
          "2024-07", "completed",
          "It is also a rare case of a corporate investor buying out a start-up it helped to build: Deere first backed Tillvane in July 2024, when its venture arm led a $40 million Series B.",
          note="restatement of the 2024 round (003) with the month only"),
    ],
    ["$27 million", "$38 per acre", "$40 billion a year", "$4.0 billion to $4.75 billion", "$512.30",
     "$2.3 billion"],
)

ARTICLES["016_krishivan_bayer_sahyadri_en.txt"] = A(
    "2026-03-27",
    "from the stamp 'Updated: Mar 27, 2026, 09:15 IST'; 'on Thursday' -> 2026-03-26",
    "en",
    [
        D("bayer-krishivan-spraying", ["Bayer", "Krishivan Aerial"], "supply", 850 * M, "INR", "exact",
          "2026-03-26", "signed",
          "Bayer CropScience has awarded Pune-based Krishivan Aerial a three-year drone-spraying contract worth ₹85 crore, the companies announced on Thursday, in one of the largest commercial orders yet for India's fast-growing agricultural drone services.",
          term=["2026-06", None], kind_alt=["other"],
          note="₹85 crore = INR 850m; 'Bayer CropScience' (the listed Indian arm) is an alias of Bayer; service contract from the June kharif season"),
        D("krishivan-vayuroop-drones", ["Krishivan Aerial", "Vayuroop Drones"], "supply", 600 * M, "INR", "approx",
          "2026-03", "planned",
          "To handle the work, Krishivan plans to buy 400 spraying drones from Chennai-based manufacturer Vayuroop Drones for about ₹60 crore, she said.",
          note="planned purchase; ₹60 crore = INR 600m"),
    ],
    ["₹450 per acre", "₹112 crore", "₹1,900 crore", "₹5 lakh per machine", "₹4,000 crore a year",
     "₹5,612", "₹99 a month"],
)

ARTICLES["017_hafergrund_nordheide_boehmetalbote.html"] = A(
    "2026-05-20",
    "from <meta name='date'>, JSON-LD datePublished and the byline 'Soltau · 20.05.2026, 06:00 Uhr'; 'am Montagabend' -> 2026-05-18",
    "de",
    [
        D("hafergrund-nordheide-lease", ["Hafergrund Rechenzentren", "Agrarkontor Nordheide"], "other", 380_000, "EUR", "approx",
          "2026-05-18", "signed",
          "Für die Fläche zahlt Hafergrund der Genossenschaft jährlich rund 380.000 Euro Pacht, zunächst für 25 Jahre.",
          per="year",
          note="land lease approved by the cooperative's general assembly 'am Montagabend' (previous sentence); 'der Genossenschaft' = Agrarkontor Nordheide; must stay apart from the heat contract of the same pair"),
        D("nordheide-hafergrund-heat", ["Agrarkontor Nordheide", "Hafergrund Rechenzentren"], "supply", 90_000, "EUR", "approx",
          "2026-05-18", "signed",
          "Dafür kauft die Agrarkontor Nordheide die Wärme von Hafergrund; vereinbart sind knapp 90.000 Euro im Jahr – ein Bruchteil dessen, was heute für Gas in die Trocknung fließt.",
          per="year",
          note="waste-heat purchase by the cooperative, 'knapp' -> approx; part of the same agreement package"),
        D("hafergrund-soltau-datacentre", ["Hafergrund Rechenzentren"], "capex_plan", 140 * M, "EUR", "approx",
          "2026-05", "planned",
          "Insgesamt will Hafergrund bis Ende 2028 rund 140 Millionen Euro in das Rechenzentrum investieren.",
          term=[None, "2028"], kind_alt=["project"],
          note="site investment plan, spender only; 'bis Ende 2028'"),
        D("koppelwerk-hafergrund-lease", ["Koppelwerk", "Hafergrund Rechenzentren"], "other", None, None, None,
          "2026-05", "signed",
          "Erster Mieter wird der Düsseldorfer GPU-Anbieter Koppelwerk, der sich für zehn Jahre eingemietet hat; über die Miete schweigen beide Seiten.",
          kind_alt=["cloud_contract"],
          note="ten-year tenancy without an amount"),
    ],
    ["rund 700 Euro je Hektar und Jahr", "höchstens 1,5 Millionen Euro", "3,2 Millionen Euro",
     "24.900 Euro", "412 Millionen Euro", "9,90 €"],
)

ARTICLES["018_agco_coulee_parklandcourier_en.html"] = A(
    "2026-06-24",
    "from <meta name='parsely-pub-date'>, JSON-LD and <time datetime='2026-06-24'>; 'on Tuesday' -> 2026-06-23, 'last autumn' -> 2025",
    "en",
    [
        D("agco-coulee-acquisition", ["AGCO", "Coulee Sensing"], "acquisition", 140 * M, "CAD", "exact",
          "2026-06-23", "signed",
          "SASKATOON — AGCO Corp. has agreed to acquire Saskatoon soil-sensing firm Coulee Sensing for C$140 million (about US$102 million), the U.S. farm-equipment maker said on Tuesday.",
          alt=[(102 * M, "USD")],
          note="CAD with USD conversion; approval under the Investment Canada Act pending"),
        D("quilllake-coulee-data", ["Quill Lake Growers", "Coulee Sensing"], "supply", 3.6 * M, "CAD", "exact",
          "2025", "signed",
          "Under a five-year deal signed last autumn, the Quill Lake Growers' Co-operative pays Coulee C$3.6 million a year for probe data across its members' land.",
          per="year", kind_alt=["other", "cloud_contract"],
          note="yearly rate; 'last autumn' -> 2025"),
    ],
    ["C$4.5 million", "C$2,900", "C$640 a tonne", "US$98.70", "C$1,850", "C$14.99 a month"],
)

ARTICLES["019_kws_sequora_leinetal.txt"] = A(
    "2026-09-18",
    "from the line 'Freitag, 18. September 2026 · Nr. 38'; 'am Montag' -> 2026-09-14, 'im Frühjahr' -> 2026",
    "de",
    [
        D("kws-sequora-takeover", ["KWS Saat", "Sequora Bio"], "acquisition", 150 * M, "USD", "exact",
          "2026-09-14", "signed",
          "Wie der Saatgutkonzern am Montag mitteilte, zahlt er dafür 150 Millionen Dollar, umgerechnet rund 128 Millionen Euro.",
          alt=[(128 * M, "EUR")],
          note="'der Saatgutkonzern' = KWS, 'dafür' = the full takeover of Sequora Bio (previous sentence); different from KWS's 25 % stake of 2024 (005); the commentary's 'mehr als 100 Millionen Euro' refers to this price"),
        D("kws-leinebergland-research", ["KWS Saat", "Forschungsverbund Leinebergland"], "other", 2.4 * M, "EUR", "exact",
          "2026-09", "signed",
          "Zudem überweist KWS dem Forschungsverbund Leinebergland ab 2027 jährlich 2,4 Millionen Euro für KI-gestützte Züchtungsforschung, zunächst fünf Jahre lang.",
          per="year", term=["2027", "2031"], kind_alt=["partnership"],
          note="research payments as a yearly rate; signing day not given"),
        D("kws-elbsaat-talks", ["KWS Saat", "Elbsaat Genomics"], "acquisition", 70 * M, "EUR", "approx",
          "2026", "cancelled",
          "Die Verhandlungen mit der Hamburger Genomik-Firma Elbsaat Genomics über eine Mehrheitsübernahme für rund 70 Millionen Euro hatte KWS im Frühjahr abgebrochen, wie das Unternehmen jetzt bestätigte.",
          note="talks broken off 'im Frühjahr' -> 2026"),
    ],
    ["rund 6 Millionen Dollar im Jahr", "1,72 Milliarden Euro", "rund 215 Millionen Euro", "64,80 Euro",
     "3,1 Millionen Euro", "7,50 Euro je Quadratmeter", "Jahresabo 119 Euro"],
)

ARTICLES["020_landtechnik_wochenschau_kurznotiert.txt"] = A(
    "2026-11-06",
    "from the issue line 'Nr. 45/2026 · 6. November 2026'; 'am Dienstag' -> 2026-11-03",
    "de",
    [
        D("bayer-koppelwerk-takeover-denied", ["Bayer", "Koppelwerk"], "acquisition", 500 * M, "EUR", "approx",
          "2026-11", "rumored",
          "Bayer dementierte am Dienstag einen Bericht, wonach der Konzern den Düsseldorfer GPU-Anbieter Koppelwerk für rund 500 Millionen Euro ganz übernehmen wolle.",
          required=False,
          note="report denied by Bayer 'am Dienstag' (2026-11-03); third Bayer–Koppelwerk item, apart from the 2024 contract and the stake"),
        D("deere-ackerpixel", ["John Deere", "Ackerpixel"], "acquisition", 18 * M, "EUR", "exact",
          "2026-11", "signed",
          "John Deere übernimmt den Stuttgarter Kartendienst Ackerpixel für 18 Millionen Euro, der Saatzüchter KWS zahlt dem Bonner Start-up Parzella knapp drei Millionen Euro für eine Software zur Verwaltung seiner Versuchsparzellen, und die Agrarkontor Nordheide eG verkauft ihre beiden Landtankstellen an einen nicht genannten Käufer.",
          note="list of deals in one sentence ('Kurz notiert'); no day given"),
        D("kws-parzella-software", ["KWS Saat", "Parzella"], "cloud_contract", 3 * M, "EUR", "approx",
          "2026-11", "signed",
          "John Deere übernimmt den Stuttgarter Kartendienst Ackerpixel für 18 Millionen Euro, der Saatzüchter KWS zahlt dem Bonner Start-up Parzella knapp drei Millionen Euro für eine Software zur Verwaltung seiner Versuchsparzellen, und die Agrarkontor Nordheide eG verkauft ihre beiden Landtankstellen an einen nicht genannten Käufer.",
          kind_alt=["other", "supply"],
          note="second deal in the list, amount in words with 'knapp'; the filling-station sale has neither buyer nor amount and is not annotated"),
    ],
    ["rund 14 Milliarden Euro", "rund 700.000 Euro", "etwa 250.000 Euro", "rund 387 Milliarden Euro",
     "je 35 Euro", "Teilnahme 49 Euro", "3.990 Euro", "6 Euro im Monat"],
)

ALIASES = {
    "AGCO": ["AGCO", "AGCO Corp", "AGCO Corp.", "AGCO Corporation", "Fendt"],
    "Trimble": ["Trimble", "Trimble Inc."],
    "Calloway Mercantile Bank": ["Calloway Mercantile Bank", "Calloway Mercantile"],
    "Parzella": ["Parzella"],
    "John Deere": ["John Deere", "Deere", "Deere & Company", "Deere & Co"],
    "Tillvane Robotics": ["Tillvane Robotics", "Tillvane"],
    "Pennant Moor Ventures": ["Pennant Moor Ventures", "Pennant Moor"],
    "Orbitfurrow": ["Orbitfurrow"],
    "SpaceX": ["SpaceX"],
    "Bayer": ["Bayer", "Bayer AG", "Bayer CropScience", "Bayer Crop Science"],
    "Koppelwerk": ["Koppelwerk"],
    "Bankhaus Rehmer": ["Bankhaus Rehmer", "Rehmer"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "KWS Saat": ["KWS Saat", "KWS", "KWS Saat SE"],
    "Sequora Bio": ["Sequora Bio", "Sequora"],
    "Agrarkontor Nordheide": ["Agrarkontor Nordheide", "Agrarkontor Nordheide eG", "Agrarkontor"],
    "CLAAS": ["CLAAS", "Claas"],
    "Feldlicht Analytics": ["Feldlicht Analytics", "Feldlicht"],
    "Dinkelhain Ventures": ["Dinkelhain Ventures", "Dinkelhain"],
    "Banyan Arc Capital": ["Banyan Arc Capital", "Banyan Arc"],
    "Krishivan Aerial": ["Krishivan Aerial", "Krishivan"],
    "BayWa": ["BayWa", "BayWa AG"],
    "Hollerbach Capital": ["Hollerbach Capital", "Hollerbach"],
    "GDM": ["GDM"],
    "Sentera": ["Sentera"],
    "Yara": ["Yara", "Yara International"],
    "Akkerdata": ["Akkerdata"],
    "Ironvale Compute": ["Ironvale Compute", "Ironvale"],
    "Hafergrund Rechenzentren": ["Hafergrund Rechenzentren", "Hafergrund"],
    "Coulee Sensing": ["Coulee Sensing", "Coulee"],
    "Quill Lake Growers": ["Quill Lake Growers", "Quill Lake Growers' Co-operative"],
    "Vayuroop Drones": ["Vayuroop Drones", "Vayuroop"],
    "Forschungsverbund Leinebergland": ["Forschungsverbund Leinebergland"],
    "Elbsaat Genomics": ["Elbsaat Genomics", "Elbsaat"],
    "Ackerpixel": ["Ackerpixel"],
}

ABOUT = (
    "Hand-annotated deals in the 161st, held-out test corpus (tests/corpus161/articles/): "
    "agricultural-machinery, seed and agritech companies in the AI boom. Written for the tests and "
    "independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague or background mentions that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one "
    "of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication "
    "date ('published', from the article's own date marker, dateline, <meta>/<time>, issue line or "
    "stock-portal stamp, or null when the article has none); seasons become the year; a cancelled "
    "deal keeps the date of the talks; a rumour that a later article reports as signed carries only "
    "the year; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Canonical names carry no "
    "legal form. Invented companies: Parzella, Feldlicht Analytics, Koppelwerk, Tillvane Robotics, "
    "Orbitfurrow, Agrarkontor Nordheide, Hafergrund Rechenzentren, Krishivan Aerial, Coulee Sensing, "
    "Sequora Bio, Dinkelhain Ventures, Hollerbach Capital, Calloway Mercantile Bank, Bankhaus Rehmer, "
    "Pennant Moor Ventures, Banyan Arc Capital, Akkerdata, Ironvale Compute, Forschungsverbund "
    "Leinebergland, Elbsaat Genomics, Vayuroop Drones, Quill Lake Growers, Ackerpixel; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the "
    "deals of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}

    def clean(o):
        if isinstance(o, float) and o.is_integer():
            return int(o)
        if isinstance(o, dict):
            return {k: clean(v) for k, v in o.items()}
        if isinstance(o, list):
            return [clean(v) for v in o]
        return o

    gold = clean(gold)
    # round float artefacts such as 1.2 * 1e9
    def fix(o):
        if isinstance(o, float):
            r = round(o)
            return r if abs(r - o) < 1e-3 else o
        if isinstance(o, dict):
            return {k: fix(v) for k, v in o.items()}
        if isinstance(o, list):
            return [fix(v) for v in o]
        return o

    gold = fix(gold)
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
