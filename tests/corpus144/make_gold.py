#!/usr/bin/env python3
"""Write gold.json for tests/corpus144 (the hand annotation, kept as a script).

Edit the annotation here, then run: python3 tests/corpus144/make_gold.py
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 144th, held-out test corpus (tests/corpus144/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: football clubs, leagues, betting firms and stadium operators "
    "buying AI and compute (data and analytics contracts, AI sponsorships, stadium edge data centres, "
    "media-tech acquisitions). One entry per article; a deal that several articles report carries the same "
    "id in each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is "
    "an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to "
    "| at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's own date marker, dateline, "
    "<time datetime>, issue line, stock-portal stamp or copyright line, or null when the article has none); "
    "quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original "
    "agreement or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented clubs and companies: SV Lahnfels, "
    "Passwerk, Randwerk, Rheinbogen Arena, Kelsborough United, Tacticlyne, Brackmoor Capital, Oddsmark, "
    "Lineshift, Larkspire Compute, Kilnsey Bank, Bankhaus Lemmerich, Léman Vision, Arolla Partners, Cinta "
    "Datos, Skottbild, Fjällgren Invest, Clipfeld, Nivaro AI, Coolabah Compute, Westgate Oval Trust; "
    "invented publications, research houses and people are listed in invented_names.txt; the deals of real "
    "companies (Entain, Flutter Entertainment, DFL, Amazon/AWS, CVC Capital Partners, UEFA, Premier League, "
    "Microsoft, Genius Sports, Hewlett Packard Enterprise, SAP, FC Bayern München, DAZN, Tabcorp, Svensk "
    "Elitfotboll) are partly loosely based on public reports, mostly invented or shifted. Nothing here is "
    "reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(*pairs):
    return [{"amount": a, "currency": c} for a, c in pairs]


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


SERVICE = ["cloud_contract", "partnership", "other"]

ARTICLES = {
"001_lahnfels_randwerk_lahntalbote.txt": A(
    "2024-03-14", "from the date line 'Lahnfels · Donnerstag, 14. März 2024'; 'am Montagabend' -> 2024-03-11", "de",
    [
        D("randwerk-lahnfels-edge", ["SV Lahnfels", "Randwerk"], "supply", 18000000, "EUR", "approx",
          "2024-03-11", "signed",
          "Rund 18 Millionen Euro lässt sich der SV Lahnfels 1919 das neue Rechenzentrum unter der Osttribüne kosten.",
          kind_alt=["project", "other"],
          note="amount first; the builder (Randwerk Edge GmbH) and the board's approval 'am Montagabend' in the next sentence; construction of the stadium edge data centre; different from the €4.5m expansion ordered in October 2025 (017)"),
        D("lahnfels-passwerk-data", ["SV Lahnfels", "Passwerk"], "supply", 1200000, "EUR", "exact",
          "2024-03", "signed",
          "Für die Auswertung selbst hat der Verein einen Dreijahresvertrag mit dem Leipziger Start-up Passwerk Analytics geschlossen; er kostet jährlich 1,2 Millionen Euro.",
          per="year", term=["2024", "2027"], kind_alt=SERVICE,
          note="'der Verein' = SV Lahnfels; yearly rate of a three-year analytics contract; signing day not given -> month of the article; restated in 015 and 017; different from the club's 2026 stake in Passwerk (017)"),
    ],
    ["96,4 Millionen Euro", "289 Euro", "800.000 Euro", "140.000 Euro", "578 Euro", "9 Cent je Kubikmeter"]),

"002_offside_ledger_april24_en.txt": A(
    "2024-04-25", "from the issue line 'No. 19 · Thursday 25 April 2024'; 'on Tuesday' -> 2024-04-23", "en",
    [
        D("brackmoor-tacticlyne-seriesa", ["Brackmoor Capital", "Tacticlyne"], "investment", 24000000, "GBP", "exact",
          "2024-04-23", "completed",
          "Tacticlyne, the Bristol start-up whose models rank academy players for scouts, raised £24 million in a Series A on Tuesday.",
          note="lead investor in the next sentence ('Brackmoor Capital led the round'); the £96m valuation is not a deal"),
        D("flutter-lineshift", ["Flutter Entertainment", "Lineshift"], "acquisition", 85000000, "USD", "exact",
          "2024-04", "completed",
          "Flutter Entertainment has closed its purchase of Lineshift, a Dublin outfit that builds in-play pricing models, for $85m in cash.",
          note="'signed and completed earlier this month' (next sentence) -> April 2024"),
        D("genius-secondspectrum", ["Genius Sports", "Second Spectrum"], "acquisition", 200000000, "USD", "approx",
          "2021", "completed",
          "For context: Genius Sports, which paid about two hundred million dollars for tracking specialist Second Spectrum back in 2021, still describes that purchase as the moment the industry stopped being a side project.",
          required=False,
          note="background mention in a relative clause, amount in words; optional"),
    ],
    ["£96m", "just north of £3m", "about €11m", "$9.6bn", "roughly $3bn", "£195", "£9 monthly", "£90 annually"]),

"003_entain_larkspire_boersenpfiff.txt": A(
    "2024-06-03", "from the stock-portal stamp '03.06.2024 · 07:41 Uhr'", "de",
    [
        D("entain-larkspire-gpu", ["Entain", "Larkspire Compute"], "cloud_contract", 250000000, "GBP", "approx",
          "2024", "rumored",
          "Insidern zufolge verhandelt der britische Sportwetten-Konzern mit dem Londoner GPU-Vermieter Larkspire Compute über einen mehrjährigen Mietvertrag, der rund 250 Millionen Pfund schwer sein könnte.",
          alt_amounts=alt((265000000, "GBP"), (340000000, "USD"), (310000000, "EUR")),
          note="rumour from insiders; 'der britische Sportwetten-Konzern' = Entain (previous paragraph); 006 reports the signing at $340m (about £265m) on 2024-09-18 and 009 restates it as about €310m (alt_amounts); the talks were reported in June, the year keeps the shared id's dates consistent"),
        D("entain-angstrom", ["Entain", "Angstrom Sports"], "acquisition", None, None, None,
          "2023", "completed",
          "Entain hatte im vergangenen Jahr bereits den Sportdaten-Spezialisten Angstrom Sports übernommen, einen Kaufpreis nannte der Konzern damals nicht.",
          required=False,
          note="amount-less background mention; 'im vergangenen Jahr' -> 2023"),
    ],
    ["7,86 GBP", "9,21 EUR", "4,77 Milliarden Pfund", "rund fünf Milliarden Pfund", "11,50 Pfund",
     "rund 3,3 Milliarden Pfund", "7,50 Pfund", "8,20 Pfund", "7,10 Pfund", "50 Euro Bonus", "500 Euro Anlagesumme"]),

"004_kelsborough_hpe_chronicle_en.txt": A(
    "2024-07-09", "from the date line 'Tuesday 9 July 2024'; 'on Monday' -> 2024-07-08", "en",
    [
        D("hpe-kelsborough-network", ["Kelsborough United", "Hewlett Packard Enterprise"], "supply", 42000000, "GBP", "exact",
          "2024-07-08", "signed",
          "Kelsborough United have signed a £42 million deal with Hewlett Packard Enterprise to rebuild the network at Saltmarsh Road and put a small data centre under the South Stand.",
          kind_alt=["project"],
          note="signed 'on Monday' (next sentence); network and stadium edge data centre"),
        D("kelsborough-tacticlyne-2024", ["Kelsborough United", "Tacticlyne"], "supply", 1750000, "GBP", "exact",
          "2024-07", "signed",
          "The club is paying Tacticlyne, the Bristol start-up whose software ranks young players, £1.75m a season for the next three seasons.",
          per="year", term=["2024", "2027"], kind_alt=SERVICE,
          note="'The club' = Kelsborough United; 'a season' = per year; 'finalised last week' -> July 2024; different from the £2.4m-a-season renewal of 2026 (020)"),
    ],
    ["£48 million", "close to £100 million", "£61 million", "£545", "£300,000", "worth £400"]),

"005_rheinbogen_randwerk_uferkante.html": A(
    "2025-02-20", "from <meta name=date> and the visible line 'Düsseldorf · 20.02.2025, 06:30 Uhr'; 'am Mittwoch' -> 2025-02-19", "de",
    [
        D("randwerk-rheinbogen-build", ["Rheinbogen Arena", "Randwerk"], "supply", 24000000, "EUR", "approx",
          "2025-02-19", "signed",
          "Die Rheinbogen Arena Betriebsgesellschaft hat am Mittwoch Randwerk Edge mit dem Bau eines Rechenzentrums im Sockel der Arena beauftragt; der Auftragswert liegt bei knapp 24 Millionen Euro.",
          kind_alt=["project"],
          note="'knapp' -> approx; construction order, different from the monthly operating contract of the same pair"),
        D("rheinbogen-randwerk-operation", ["Rheinbogen Arena", "Randwerk"], "supply", 185000, "EUR", "exact",
          "2025-02-19", "signed",
          "Für den Betrieb zahlt die Arena dem Unternehmen anschließend monatlich 185.000 Euro, zunächst bis Ende 2030.",
          per="month", term=["2026", "2030"], kind_alt=["cloud_contract", "other"],
          note="'die Arena' = Rheinbogen Arena, 'dem Unternehmen' = Randwerk; operation after the build is finished at the turn of the year; part of the same order ('Das Geschäft geht über den Bau hinaus'), so dated like it"),
        D("lemmerich-randwerk-loan", ["Bankhaus Lemmerich", "Randwerk"], "other", 40000000, "EUR", "exact",
          "2025-02", "signed",
          "Das Bankhaus Lemmerich stellt der Firma einen Kredit über 40 Millionen Euro zur Verfügung, mit dem neben dem Projekt am Rhein auch ein ähnliches Vorhaben in einem hessischen Stadion bezahlt wird.",
          kind_alt=["investment"],
          note="'der Firma' = Randwerk; loan, signing date not given -> month of the article"),
    ],
    ["31 Millionen Euro", "38 Millionen Euro", "19 Cent je Kilowattstunde", "1,1 Millionen Euro", "24,90 Euro"]),

"006_entain_larkspire_pitchgrid_en.html": A(
    "2024-09-19", "from <meta article:published_time>, <time datetime> and the visible byline 'Thu 19 Sep 2024'; 'on Wednesday' -> 2024-09-18", "en",
    [
        D("entain-larkspire-gpu", ["Entain", "Larkspire Compute"], "cloud_contract", 340000000, "USD", "exact",
          "2024-09-18", "signed",
          "Entain has signed a $340 million agreement to rent Nvidia-based computing capacity from Larkspire Compute over four years, the two companies said on Wednesday.",
          alt_amounts=alt((265000000, "GBP")), term=["2025", "2028"],
          note="the deal rumoured in 003; about £265m in the next sentence; capacity from January for four years; restated in 009 (EUR) and 018 (no amount); different from the $120m expansion of 2026 (018)"),
        D("kilnsey-larkspire-loan", ["Kilnsey Bank", "Larkspire Compute"], "other", 400000000, "USD", "exact",
          "2024-08", "signed",
          "The company is paying for a third site near Slough with a $400 million debt facility agreed with Kilnsey Bank last month, the lender confirmed.",
          kind_alt=["investment"],
          note="'The company' = Larkspire; 'last month' -> August 2024"),
    ],
    ["$1.2bn", "£300m a year", "$2.10 per GPU-hour", "684p", "£49"]),

"007_uefa_leman_nyoner.txt": A(
    "2024-10-03", "from the dateline without year 'Nyon, 3. Oktober (nwb)' and the copyright line '© 2024 Nyoner Wirtschaftsbote'", "de",
    [
        D("uefa-leman-vision", ["UEFA", "Léman Vision"], "supply", 48000000, "CHF", "exact",
          "2024-09", "signed",
          "Der Auftrag hat ein Volumen von 48 Millionen Franken (rund 51 Millionen Euro) und läuft über fünf Spielzeiten; unterzeichnet wurde er nach Angaben beider Seiten bereits Ende September.",
          alt_amounts=alt((51000000, "EUR"), (56000000, "USD")), term=["2025", "2030"],
          kind_alt=["cloud_contract", "other"],
          note="parties in the previous sentence (UEFA awards the tracking-data work to Léman Vision); 'Ende September' -> month; 008 gives €51m ($56m) and the day (2024-09-30); different from the CHF 33m extension of 2026 (019)"),
        D("arolla-leman-round", ["Arolla Partners", "Léman Vision"], "investment", 12000000, "CHF", "exact",
          "2024", "completed",
          "Damals hatte Léman Vision 12 Millionen Franken eingesammelt, angeführt von der Zürcher Beteiligungsgesellschaft Arolla Partners.",
          note="lead investor listed; 'im Frühjahr' -> the year; the CHF 70m valuation is not a deal"),
    ],
    ["rund 70 Millionen Franken", "rund 4,4 Milliarden Euro", "308 Millionen Euro", "118 Millionen Franken",
     "rund 14 Rappen", "690 Franken"]),

"008_leman_cinta_touchline_en.txt": A(
    "2024-10-09", "from the header 'October 9, 2024 · 05:12 GMT'; dateline 'LAUSANNE, Oct 8'; 'on Tuesday' -> 2024-10-08", "en",
    [
        D("leman-cinta-datos", ["Léman Vision", "Cinta Datos"], "acquisition", 7000000, "EUR", "at_least",
          "2024-10-08", "signed",
          "Léman Vision, the Swiss start-up chosen by UEFA to process player-tracking data from its club competitions, has agreed to buy Spanish video-tagging company Cinta Datos for more than 7 million euros, the company said on Tuesday, a week after the contract with European football's governing body became public.",
          note="'more than' -> at_least; agreed, subject to competition clearance"),
        D("uefa-leman-vision", ["UEFA", "Léman Vision"], "supply", 51000000, "EUR", "approx",
          "2024-09-30", "signed",
          "It is worth about 51 million euros ($56 million) over five seasons, according to figures shared by the start-up, and covers the Champions League, the Europa League and the Conference League from the 2025/26 season.",
          alt_amounts=alt((56000000, "USD")), term=["2025", "2030"], kind_alt=["cloud_contract", "other"],
          note="'It' = the contract UEFA signed with Léman Vision 'on Sept. 30' (previous sentence); same contract as 007 (CHF 48m)"),
    ],
    ["around 60 million euros a year", "roughly 3.3 billion euros", "around 70 million Swiss francs",
     "under 10 million francs", "around 180 euros"]),

"009_wettanbieter_kommentar_quotenblick.txt": A(
    "2025-01-17", "from the line 'Gastkommentar | Freitag, 17. Januar 2025'", "de",
    [
        D("entain-larkspire-gpu", ["Entain", "Larkspire Compute"], "cloud_contract", 310000000, "EUR", "approx",
          "2024-09", "signed",
          "Entain hat sich im September für rund 310 Millionen Euro Rechenleistung beim Londoner Anbieter Larkspire Compute gesichert, verteilt auf vier Jahre.",
          note="same contract as 006, in EUR and with the month only; repeated as '310-Millionen-Euro-Vertrag' with genitive 'Entains'"),
        D("oddsmark-tacticlyne", ["Oddsmark", "Tacticlyne"], "acquisition", 150000000, "GBP", "approx",
          "2025", "rumored",
          "Nun soll Oddsmark Insidern zufolge rund 150 Millionen Pfund für das Bristoler Scouting-Start-up Tacticlyne bieten wollen.",
          alt_amounts=alt((160000000, "GBP"), (217000000, "USD")),
          note="rumour from insiders; 012 reports confirmed talks, 014 the agreement at £160m ($217m) on 2025-09-15 (alt_amounts); the year keeps the shared id's dates consistent"),
    ],
    ["96 Millionen Pfund", "weniger als 10 Millionen Pfund", "610 Millionen Pfund", "rund 9,4 Milliarden Euro",
     "auf 10 Pfund", "480 Euro"]),

"010_genius_skottbild_kattegat_en.txt": A(
    "2025-03-04", "from the dateline 'GOTHENBURG, 4 March 2025'; 'on Monday' -> 2025-03-03", "en",
    [
        D("genius-skottbild", ["Genius Sports", "Skottbild"], "acquisition", 450000000, "SEK", "exact",
          "2025-03-03", "signed",
          "Skottbild, the Gothenburg company whose cameras and models turn lower-league football matches into betting data, is being sold to Genius Sports for SEK 450 million ($44 million), both sides announced on Monday.",
          alt_amounts=alt((44000000, "USD")),
          note="passive ('is being sold to'); awaiting competition clearance"),
        D("fjallgren-skottbild-2023", ["Fjällgren Invest", "Skottbild"], "investment", 60000000, "SEK", "exact",
          "2023", "completed",
          "The biggest winner is Fjällgren Invest, the Stockholm venture firm that led Skottbild's SEK 60 million funding round in 2023 and holds about 31 percent.",
          note="earlier round, lead investor listed"),
        D("sef-skottbild-data", ["Svensk Elitfotboll", "Skottbild"], "supply", 18000000, "SEK", "exact",
          "2024", "signed",
          "The company renewed its contract with Svensk Elitfotboll, the association of Sweden's top-flight clubs, last autumn; under it, the league body pays Skottbild SEK 18 million a year for tracking and video data from the Allsvenskan and Superettan.",
          per="year", kind_alt=SERVICE,
          note="renewed 'last autumn' -> 2024; 'the league body' = Svensk Elitfotboll"),
    ],
    ["SEK 71 million", "SEK 55,000 a month", "SEK 4 million", "$510 million", "$8.74", "SEK 2,500 per match"]),

"011_dfl_aws_anstossdigital.html": A(
    "2025-05-22", "from <meta name=date>, <time datetime> and the visible '22.05.2025'; 'am Mittwoch' -> 2025-05-21", "de",
    [
        D("dfl-aws-2025", ["DFL", "Amazon"], "cloud_contract", 120000000, "EUR", "approx",
          "2025-05-21", "signed",
          "Nach Informationen von Anstoß Digital hat das Paket ein Volumen von rund 120 Millionen Euro über die gesamte Laufzeit.",
          term=[None, "2030"], kind_alt=["partnership"],
          note="parties and the extension 'bis Ende 2030' announced 'am Mittwoch' in the previous sentence ('der Amazon-Tochter AWS'); value from the publication's own information"),
        D("dfl-passwerk-referee", ["DFL", "Passwerk"], "supply", 3400000, "EUR", "up_to",
          "2025-05", "signed",
          "Der Auftrag umfasst bis zu 3,4 Millionen Euro über zwei Spielzeiten, abhängig davon, wie viele Spiele am Ende ausgewertet werden.",
          kind_alt=["cloud_contract", "other"],
          note="parties in the previous sentence; signing date not given -> month of the article"),
        D("cvc-dfl-cancelled", ["CVC Capital Partners", "DFL"], "investment", 1000000000, "EUR", "approx",
          "2024", "cancelled",
          "Der Plan, einem Finanzinvestor für rund eine Milliarde Euro eine Beteiligung an den künftigen Medienerlösen zu verkaufen, war im Februar 2024 nach wochenlangen Fanprotesten gescheitert.",
          kind_alt=["acquisition", "other"],
          note="amount in words; the investor (CVC Capital Partners) named in the next sentence; collapsed in February 2024, the start of the talks is not given -> the year"),
    ],
    ["rund 1,1 Milliarden Euro pro Saison", "5,8 Milliarden Euro", "rund 45 Millionen Euro", "349 Euro", "199 Euro"]),

"012_sportbiz_live_crossbar_en.txt": A(
    "2025-07-01", "from the header 'Tuesday 1 July 2025' (live ticker, entries by time)", "en",
    [
        D("premier-league-microsoft", ["Premier League", "Microsoft"], "partnership", 40000000, "GBP", "approx",
          "2025-07-01", "announced",
          "Our understanding is that it is worth about £40m over the five years, with a large part paid in cloud credits rather than cash.",
          alt_amounts=alt((47000000, "EUR")), kind_alt=["cloud_contract", "other"],
          note="'it' = the five-year partnership announced at 8am (entries 08:05 and 08:26); value from the publication's understanding; 013 gives about €47m and calls it concluded (signed)"),
        D("nivaro-kelsborough-sleeve", ["Nivaro AI", "Kelsborough United"], "partnership", 8000000, "GBP", "exact",
          "2025-07-01", "signed",
          "And speaking of Kelsborough: the club have sold their shirt-sleeve slot to Nivaro AI, the San Francisco chatbot maker, for £8m a season.",
          per="year", term=["2025", "2028"], kind_alt=["other"],
          note="AI sponsorship; 'a season' = per year; three seasons from August; confirmed 'a few minutes ago'"),
        D("oddsmark-tacticlyne", ["Oddsmark", "Tacticlyne"], "acquisition", 150000000, "GBP", "approx",
          "2025", "negotiating",
          "Earlier reports put the figure at about £150m.",
          note="talks confirmed to the stock exchange in the previous sentences; the amount is the earlier report's (009); dated with the year like the rumour, so that the shared id's dates agree with the agreement of 2025-09-15 (014)"),
        D("microsoft-capex-fy", ["Microsoft"], "capex_plan", 80000000000, "USD", "approx",
          None, "planned",
          "For a sense of scale on the Microsoft side: Microsoft has told investors it will spend roughly $80bn on AI-capable data centres in its current financial year.",
          required=False,
          note="group-wide capital-spending plan, background; no announcement date"),
    ],
    ["£6.3bn", "412p", "a little under £2bn", "£6.99 a month"]),

"013_bayern_sap_isar.txt": A(
    "2025-07-10", "from the page line 'Donnerstag, 10. Juli 2025 · Sport & Wirtschaft · Seite 17'; 'am Mittwoch' -> 2025-07-09", "de",
    [
        D("sap-bayern-2025", ["FC Bayern München", "SAP"], "partnership", 30000000, "EUR", "range",
          "2025-07-09", "signed",
          "Branchenkreise beziffern den Wert der Vereinbarung auf zwischen 30 und 35 Millionen Euro; der Verein selbst äußerte sich nicht zu finanziellen Details.",
          amount_max=35000000, term=[None, "2030"], kind_alt=["cloud_contract", "supply"],
          note="parties ('Der Rekordmeister und der Walldorfer Softwarekonzern') and the signing 'am Mittwoch' in the previous sentence; range from industry sources"),
        D("premier-league-microsoft", ["Premier League", "Microsoft"], "partnership", 47000000, "EUR", "approx",
          "2025-07", "signed",
          "Rund 47 Millionen Euro ist die Vereinbarung nach Angaben aus Ligakreisen wert, ein erheblicher Teil davon wird allerdings in Form von Cloud-Guthaben verrechnet.",
          kind_alt=["cloud_contract", "other"],
          note="same partnership as 012, in EUR; 'Anfang Juli' (previous sentence) -> month only"),
    ],
    ["rund 1,02 Milliarden Euro", "40 Millionen Euro Umsatz", "rund 300 Milliarden Euro", "259 Euro",
     "14,90 Euro monatlich"]),

"014_oddsmark_tacticlyne_touchline_en.txt": A(
    "2025-09-16", "from the header 'September 16, 2025 · 06:40 BST'; dateline 'LONDON, Sept 15'; 'on Monday' -> 2025-09-15", "en",
    [
        D("oddsmark-tacticlyne", ["Oddsmark", "Tacticlyne"], "acquisition", 160000000, "GBP", "exact",
          "2025-09-15", "signed",
          "LONDON, Sept 15 (Touchline Wire) - Oddsmark Group agreed on Monday to buy Tacticlyne for £160 million ($217 million) in cash and shares, ending two and a half months of talks over a deal that has unsettled some of the football clubs that use the Bristol start-up's player-ranking software.",
          alt_amounts=alt((217000000, "USD")),
          note="the deal rumoured in 009 and negotiated in 012; restated without amount in 020"),
        D("oddsmark-tacticlyne-earnout", ["Oddsmark", "Tacticlyne"], "other", 25000000, "GBP", "up_to",
          "2025-09-15", "signed",
          "Tacticlyne's shareholders could receive up to £25 million more if the business meets sales goals in the two years after completion, the London-listed bookmaker said in a statement to the stock exchange.",
          required=False, kind_alt=["acquisition"],
          note="conditional earn-out, part of the takeover agreement; optional"),
        D("kilnsey-oddsmark-loan", ["Kilnsey Bank", "Oddsmark"], "other", 100000000, "GBP", "exact",
          "2025-09-15", "signed",
          "Oddsmark said it would pay for the cash part of the acquisition partly with a new £100 million term loan from Kilnsey Bank, which it arranged alongside the offer, and partly from existing funds.",
          kind_alt=["investment"],
          note="acquisition loan, arranged alongside the offer"),
    ],
    ["£9.1 million", "£3.2 million", "£640 million", "398p", "about £1.9 billion", "about £100 million a year"]),

"015_passwerk_interview_datenkick.txt": A(
    None, "interview without any date (only 'Lesedauer: 6 Minuten')", "de",
    [
        D("lahnfels-passwerk-data", ["SV Lahnfels", "Passwerk"], "supply", 1200000, "EUR", "exact",
          "2024", "signed",
          "Mit dem SV Lahnfels haben wir 2024 angefangen – 1,2 Millionen Euro im Jahr, das war damals unser mit Abstand größter Vertrag.",
          per="year", kind_alt=SERVICE,
          note="'wir' = Passwerk; restatement of the 2024 contract (001); the text gives the year"),
        D("oddsmark-passwerk-offer", ["Oddsmark", "Passwerk"], "acquisition", 40000000, "EUR", "exact",
          None, "cancelled",
          "Oddsmark hat uns im Sommer 40 Millionen Euro für die Firma geboten.",
          note="'uns' = Passwerk; offer refused ('Wir haben abgelehnt'); 'im Sommer' without a year in an undated interview -> null"),
        D("passwerk-gpu-capex", ["Passwerk"], "capex_plan", 6000000, "EUR", "approx",
          None, "planned",
          "In den nächsten 18 Monaten stecken wir rund sechs Millionen Euro in eigene GPU-Server in Leipzig.",
          note="'wir' = Passwerk; amount in words; undated interview"),
    ],
    ["rund 30.000 Euro", "7,9 Millionen Euro", "rund 95.000 Euro im Jahr", "Einzelheft 8,50 Euro", "Jahresabo 45 Euro"]),

"016_tabcorp_coolabah_yarra_en.txt": A(
    "2025-11-20", "from the byline 'Bronwyn Tallis, Senior Reporter · Thursday 20 November 2025 · 5.30am'; 'on Wednesday' -> 2025-11-19", "en",
    [
        D("tabcorp-coolabah", ["Tabcorp", "Coolabah Compute"], "cloud_contract", 75000000, "AUD", "exact",
          "2025-11-19", "signed",
          "Tabcorp has signed a A$75 million, five-year contract with Coolabah Compute to run its in-play pricing models on graphics processors in a Sydney data centre, the wagering company said on Wednesday.",
          alt_amounts=alt((49000000, "USD")),
          note="about US$49 million in the next sentence"),
        D("coolabah-westgate-lease", ["Coolabah Compute", "Westgate Oval Trust"], "other", 1200000, "AUD", "approx",
          "2025-10", "signed",
          "It will lease a plant room and part of the roof at Westgate Oval in Melbourne's west, paying the venue's operator, the Westgate Oval Trust, about A$1.2 million a year.",
          per="year", kind_alt=["supply"],
          note="'It' = Coolabah (previous sentence); stadium edge site; lease approved by the trust's board 'in October' (later paragraph)"),
    ],
    ["A$2.6 billion", "A$0.64", "more than A$500 million", "about A$4.20 an hour", "A$1,899"]),

"017_lahnfels_passwerk_lahnkurier.txt": A(
    "2026-02-13", "from the issue line 'Ausgabe 7 | Freitag, 13. Februar 2026'; 'am Mittwoch' -> 2026-02-11; 'Drei Monate später' after July 2025 -> October 2025", "de",
    [
        D("lahnfels-passwerk-stake", ["SV Lahnfels", "Passwerk"], "investment", 9000000, "EUR", "exact",
          "2026-02-11", "signed",
          "Für 25,1 Prozent der Anteile an der Leipziger Passwerk Analytics GmbH zahlt der Verein neun Millionen Euro, wie Finanzvorständin Jördis Kalbfleisch am Mittwoch nach einer Sitzung des Aufsichtsrats mitteilte.",
          kind_alt=["acquisition"],
          note="amount in words; 'der Verein' = SV Lahnfels; minority stake, different from the club's yearly analytics contract with Passwerk (same article)"),
        D("lahnfels-passwerk-data", ["SV Lahnfels", "Passwerk"], "supply", 1200000, "EUR", "exact",
          "2024", "signed",
          "Seit 2024 zahlt der Verein Passwerk jährlich 1,2 Millionen Euro für die Auswertung der Spiel- und Trainingsdaten; dieser Vertrag läuft unabhängig von der Beteiligung weiter.",
          per="year", kind_alt=SERVICE,
          note="restatement of the 2024 contract (001)"),
        D("randwerk-lahnfels-expansion", ["SV Lahnfels", "Randwerk"], "supply", 4500000, "EUR", "exact",
          "2025-10", "signed",
          "Drei Monate später bestellte der Verein beim Düsseldorfer Errichter Randwerk eine Erweiterung um zwei Serverräume für 4,5 Millionen Euro.",
          kind_alt=["project", "other"],
          note="relative date: three months after the start of operation in July 2025 (previous sentence) -> October 2025; second order of the pair, different from the €18m build of 2024 (001)"),
        D("bayern-passwerk-denied", ["FC Bayern München", "Passwerk"], "investment", 12000000, "EUR", "approx",
          "2026", "rumored",
          "Berichte, wonach zuletzt auch der FC Bayern für rund zwölf Millionen Euro bei Passwerk einsteigen wollte, wies der Münchner Verein zurück.",
          required=False,
          note="rumour denied by the club; amount in words; optional"),
    ],
    ["knapp 36 Millionen Euro", "gut elf Millionen Euro", "104 Millionen Euro", "63 Millionen Euro", "29 Euro pro Person"]),

"018_betting_stocks_pitchside_en.txt": A(
    "2026-05-21", "from the line 'Thursday, 21 May 2026 · Close of trading'; 'before the open' -> the same day", "en",
    [
        D("entain-larkspire-2026", ["Entain", "Larkspire Compute"], "cloud_contract", 120000000, "USD", "exact",
          "2026-05-21", "signed",
          "Entain rose after saying before the open that it will take additional GPU capacity from Larkspire Compute for $120 million over two years.",
          term=["2026", "2028"],
          note="second contract of the pair, must stay apart from the 2024 contract named in the next sentence"),
        D("entain-larkspire-gpu", ["Entain", "Larkspire Compute"], "cloud_contract", None, None, None,
          "2024", "signed",
          "It adds to the four-year contract the group signed with the London provider in 2024, and covers a second cluster to be installed at Larkspire's Slough site in the autumn.",
          required=False,
          note="amount-less restatement of the 2024 contract (006); 'the group' = Entain, 'the London provider' = Larkspire"),
        D("dazn-clipfeld", ["DAZN", "Clipfeld"], "acquisition", 90000000, "USD", "approx",
          "2026", "rumored",
          "Media and data names were bid after a German trade paper reported that DAZN is in talks to buy Clipfeld, the Cologne start-up that cuts AI highlight reels, for around $90 million.",
          alt_amounts=alt((80000000, "EUR"), (93000000, "USD")),
          note="rumour from another paper's report; 019 reports the signing at €80m (about $93m) on 2026-06-17 (alt_amounts); the year keeps the shared id's dates consistent"),
    ],
    ["712p", "£1.1bn to £1.2bn", "900p", "$231.40", "$5bn share buyback", "$9.12", "$24.85", "441p", "£3.4m",
     "A$0.71", "£12 a month"]),

"019_sportbusiness_gipfel_anpfiffticker.txt": A(
    "2026-06-17", "from the header 'Mittwoch, 17. Juni 2026' (live blog, entries by time); 'heute', 'heute Morgen' -> 2026-06-17", "de",
    [
        D("dfl-ki-plattform", ["DFL"], "capex_plan", 60000000, "EUR", "up_to",
          "2026-06-17", "planned",
          "Zum Abschluss die DFL: Die Liga will bis Ende 2028 bis zu 60 Millionen Euro in eine eigene KI-Plattform stecken, auf der alle 36 Profiklubs ihre Daten ablegen und auswerten können.",
          term=[None, "2028"], kind_alt=["project"],
          note="'Die Liga' = DFL; announced on the podium that day; 'Ende 2028' -> term end"),
        D("uefa-leman-vision-2026", ["UEFA", "Léman Vision"], "supply", 33000000, "CHF", "exact",
          "2026-06-17", "signed",
          "Der Zusatzvertrag ist nach Angaben des Lausanner Start-ups 33 Millionen Franken wert und wurde heute unterzeichnet.",
          term=["2030", "2033"], kind_alt=["cloud_contract", "other"],
          note="extension by three seasons to 2033 (previous sentence); different from the 2024 contract of the same pair (next sentence)"),
        D("uefa-leman-vision", ["UEFA", "Léman Vision"], "supply", None, None, None,
          "2024", "signed",
          "Der ursprüngliche Auftrag aus dem Jahr 2024 läuft noch bis 2030.",
          required=False, kind_alt=["cloud_contract", "other"],
          note="amount-less restatement of the 2024 contract (007, 008)"),
        D("dazn-clipfeld", ["DAZN", "Clipfeld"], "acquisition", 80000000, "EUR", "exact",
          "2026-06-17", "signed",
          "Der Kaufpreis liegt bei 80 Millionen Euro, umgerechnet rund 93 Millionen Dollar.",
          alt_amounts=alt((93000000, "USD")),
          note="parties and the signing 'heute Morgen' in the previous sentences; the deal rumoured in 018; repeated as '80-Millionen-Euro-Übernahme' at 14:05"),
    ],
    ["einen Umsatz von 14 Millionen Euro", "110.000 Euro im Jahr", "590 Euro"]),

"020_offside_ledger_nov26_en.txt": A(
    "2026-11-06", "from the issue line 'No. 131 · Friday 6 November 2026'; 'on Tuesday' -> 2026-11-03", "en",
    [
        D("kelsborough-tacticlyne-2026", ["Kelsborough United", "Tacticlyne"], "supply", 2400000, "GBP", "exact",
          "2026-11-03", "signed",
          "Kelsborough United have renewed their scouting contract with Tacticlyne for £2.4m a season through 2029, the club said on Tuesday.",
          per="year", term=["2026", "2029"], kind_alt=SERVICE,
          note="renewal, must stay apart from the £1.75m-a-season contract of 2024 (004)"),
        D("flutter-larkspire-bid", ["Flutter Entertainment", "Larkspire Compute"], "acquisition", 300000000, "USD", "range",
          "2026-11", "rumored",
          "The talk in the City is of a price somewhere between $300m and $400m.",
          amount_max=400000000,
          note="parties in the previous sentence (Flutter 'is weighing a bid', according to two bankers); the half-billion valuation is not a deal"),
        D("oddsmark-tacticlyne", ["Oddsmark", "Tacticlyne"], "acquisition", None, None, None,
          "2025", "completed",
          "The club's explanation: the separation rules written into the contract after Oddsmark bought the start-up last year have held, and nobody else offers the same coverage of the lower European leagues.",
          required=False,
          note="amount-less restatement of the 2025 takeover (014); 'last year' -> 2025"),
        D("premier-league-microsoft", ["Premier League", "Microsoft"], "partnership", None, None, None,
          "2025-07", "signed",
          "The Premier League's Microsoft partnership, signed in July last year, has produced its first product: a chat assistant that answered 41 million questions in its first season.",
          required=False, kind_alt=["cloud_contract", "other"],
          note="amount-less restatement (012, 013); 'July last year' -> 2025-07"),
    ],
    ["£300m", "£220m target", "roughly half a billion dollars", "around £3.6bn a season", "£0.04", "£175",
     "£9 monthly", "£90 annually"]),
}

ALIASES = {
    "SV Lahnfels": ["SV Lahnfels", "SV Lahnfels 1919", "Lahnfels"],
    "Passwerk": ["Passwerk", "Passwerk Analytics", "Passwerk Analytics GmbH"],
    "Randwerk": ["Randwerk", "Randwerk Edge", "Randwerk Edge GmbH"],
    "Rheinbogen Arena": ["Rheinbogen Arena", "Rheinbogen Arena Betriebsgesellschaft"],
    "Bankhaus Lemmerich": ["Bankhaus Lemmerich", "Lemmerich"],
    "Kelsborough United": ["Kelsborough United", "Kelsborough"],
    "Hewlett Packard Enterprise": ["Hewlett Packard Enterprise", "HPE"],
    "Tacticlyne": ["Tacticlyne"],
    "Brackmoor Capital": ["Brackmoor Capital", "Brackmoor"],
    "Flutter Entertainment": ["Flutter Entertainment", "Flutter"],
    "Lineshift": ["Lineshift"],
    "Genius Sports": ["Genius Sports", "Genius"],
    "Second Spectrum": ["Second Spectrum"],
    "Entain": ["Entain", "Entains"],
    "Angstrom Sports": ["Angstrom Sports", "Angstrom"],
    "Larkspire Compute": ["Larkspire Compute", "Larkspire"],
    "Kilnsey Bank": ["Kilnsey Bank", "Kilnsey"],
    "UEFA": ["UEFA"],
    "Léman Vision": ["Léman Vision", "Leman Vision"],
    "Arolla Partners": ["Arolla Partners", "Arolla"],
    "Cinta Datos": ["Cinta Datos"],
    "Oddsmark": ["Oddsmark", "Oddsmark Group"],
    "Skottbild": ["Skottbild", "Skottbild AB"],
    "Fjällgren Invest": ["Fjällgren Invest", "Fjällgren"],
    "Svensk Elitfotboll": ["Svensk Elitfotboll", "SEF"],
    "DFL": ["DFL", "DFL Deutsche Fußball Liga", "Deutsche Fußball Liga"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "CVC Capital Partners": ["CVC Capital Partners", "CVC"],
    "Premier League": ["Premier League", "the Premier League"],
    "Microsoft": ["Microsoft", "Azure"],
    "Nivaro AI": ["Nivaro AI", "Nivaro"],
    "FC Bayern München": ["FC Bayern München", "FC Bayern", "Bayern München"],
    "SAP": ["SAP", "SAP SE"],
    "Tabcorp": ["Tabcorp", "Tabcorp Holdings"],
    "Coolabah Compute": ["Coolabah Compute", "Coolabah"],
    "Westgate Oval Trust": ["Westgate Oval Trust"],
    "DAZN": ["DAZN", "DAZN Group"],
    "Clipfeld": ["Clipfeld"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out} ({len(ARTICLES)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
