#!/usr/bin/env python3
"""Write gold.json for tests/corpus195 (the hand annotation of articles/).

Usage: python3 tests/corpus195/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 195th, held-out test corpus (tests/corpus195/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: home appliances and kitchen equipment in the "
    "AI-infrastructure race (appliance makers buying cloud compute and cooling businesses, selling "
    "factory sites to data-centre builders, kitchen-robot and kitchen-software start-ups renting GPUs). "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an "
    "error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to "
    "| at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's own date marker, dateline, "
    "<meta>/<time>, issue line, stock-portal stamp or byline date, or null when the article has none); "
    "quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original "
    "agreement or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Bratenwacht, Rotwild Compute, Frostvale Systems, Veddersby Capital, Ashgrove Data Centres, "
    "Mergenthal Hausgeräte, Brunnhalde Rechenzentren, Bankhaus Tegelkamp, Hjälmaren Datahallar, Selvino "
    "Elettrodomestici, Kirishima Seiki, Quenchwell Thermal, Kesselhuber Großküchen, Ovenbird Robotics, "
    "Dalkeaue Rechenzentrum, Saalach Kapital, Larchmont Cloud, Speisewerk Betriebsgastronomie; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals "
    "of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
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

ARTICLES["001_bratenwacht_rational_gruenderbrise.txt"] = A(
    "2024-03-12", "from the issue line 'Ausgabe 37 · Dienstag, 12. März 2024'; 'am Montag' -> 2024-03-11", "de",
    [
        D("rational-bratenwacht-series-a", ["Rational", "Bratenwacht"], "investment", 18000000, "EUR", "exact",
          "2024-03-11", "completed",
          "Das Münchner Küchen-KI-Start-up Bratenwacht hat in einer Series-A-Runde 18 Millionen Euro eingesammelt.",
          note="round total; the lead investor Rational is named in the next sentence ('Die Führung übernimmt "
               "... Rational'), the announcement 'am Montag' in the one after; first Rational–Bratenwacht deal, "
               "different from the 2026 takeover (018)"),
        D("bratenwacht-rotwild-gpu", ["Bratenwacht", "Rotwild Compute"], "cloud_contract", 4000000, "EUR", "up_to",
          "2024-03", "signed",
          "Bratenwacht hat sich für die kommenden zwei Jahre GPU-Kapazität beim Augsburger Rechenzentrumsbetreiber Rotwild Compute gesichert, das Paket ist bis zu vier Millionen Euro schwer.",
          term=["2024", "2026"],
          note="amount in words ('bis zu vier Millionen Euro'); no day given, reported as news of the week"),
    ],
    ["rund 70 Millionen Euro", "rund 1,13 Milliarden Euro", "1,2 Millionen Euro Fördergeld", "4,90 Euro",
     "72.000 bis 88.000 Euro", "89 Euro"],
)

ARTICLES["002_frostvale_seriesb_raisedfloor_en.html"] = A(
    "2024-06-19", "from <meta property='article:published_time'>, JSON-LD and <time datetime='2024-06-19T07:30:00+01:00'> "
                  "(visible '19 June 2024', a Wednesday); 'said on Tuesday' -> 2024-06-18", "en",
    [
        D("veddersby-frostvale-series-b", ["Veddersby Capital", "Frostvale Systems"], "investment", 42000000, "GBP",
          "exact", "2024-06-18", "completed",
          "Frostvale Systems, a Sheffield company that builds baths of non-conductive fluid in which whole servers are dunked, has closed a £42 million Series B round.",
          alt=[(53000000, "USD")],
          note="lead investor Veddersby Capital and 'said on Tuesday' in the next sentence; '$53 million' conversion "
               "in the third; first Veddersby–Frostvale deal, different from the rejected £310m approach (017)"),
        D("frostvale-ashgrove-order-2024", ["Frostvale Systems", "Ashgrove Data Centres"], "supply", 15000000, "GBP",
          "at_least", "2024-06", "signed",
          "The Slough operator has ordered immersion tanks for two halls in a deal worth more than £15 million, with deliveries starting in the autumn.",
          note="'The Slough operator' = Ashgrove Data Centres (previous sentence), supplier Frostvale; 'more than' -> "
               "at_least; first order of the pair, different from the ~£28m second order (017)"),
    ],
    ["roughly £190 million", "£7.1 million", "£2.3 million", "£2.4 million Innovate UK grant", "$9 billion",
     "around £649", "roughly £180,000", "£395 + VAT", "£6.99 a month"],
)

ARTICLES["003_lg_bearrobotics_dongjakreview_en.txt"] = A(
    "2025-01-08", "from the stamp 'Updated : 2025-01-08 17:05 KST' (a Wednesday); 'on Tuesday' -> 2025-01-07; "
                  "'Earlier this week' -> 2025-01", "en",
    [
        D("lg-bear-robotics", ["LG Electronics", "Bear Robotics"], "acquisition", 255000000000, "KRW", "exact",
          "2025-01-07", "signed",
          "LG Electronics has agreed to take a majority holding of 51 percent in Bear Robotics, the Silicon Valley maker of robots that carry plates from restaurant kitchens to tables, for 255 billion won ($175 million), the company said on Tuesday.",
          alt=[(175000000, "USD"), (170000000, "EUR")], kind_alt=["investment"],
          note="51 % controlling stake; KRW with USD in brackets; 013 restates it as 'about €170 million' (EUR "
               "alt amount); the option on the remaining shares has no price and is not annotated"),
        D("lg-microsoft-cooling-partnership", ["LG Electronics", "Microsoft"], "partnership", None, None, None,
          "2025-01", "announced",
          "Earlier this week, at the CES trade show in Las Vegas, LG and Microsoft agreed to work together on cooling systems for AI data centres, pairing LG's chillers and heat-exchange technology with Microsoft's server halls.",
          required=False,
          note="no financial terms ('Neither side disclosed any financial terms'); different from the ~$430m "
               "chiller contract of 2026 (015)"),
        D("lg-chiller-capex", ["LG Electronics"], "capex_plan", 1000000000000, "KRW", "approx", "2025-01", "planned",
          "The company plans to invest about 1 trillion won over the next five years to expand chiller and heat-pump production, including a new line in Changwon, an executive told reporters at a briefing in Las Vegas.",
          note="'The company' = LG Electronics; scale word 'trillion'; briefing at CES, month only"),
    ],
    ["roughly 500 billion won", "about $999 a month", "$3.1 billion", "about $12 billion", "84,300 won",
     "about 135 billion won"],
)

ARTICLES["004_vorwerk_rotwild_bytewiese.txt"] = A(
    "2025-02-13", "from the stamp 'Do., 13.02.2025 · 10:12 Uhr'; 'seit Mittwoch' -> 2025-02-12; 'im Januar' -> 2025-01",
    "de",
    [
        D("vorwerk-rotwild-thermomix", ["Vorwerk", "Rotwild Compute"], "cloud_contract", 48000000, "EUR", "approx",
          "2025-02-12", "signed",
          "Ein Dreijahresvertrag ist seit Mittwoch unterschrieben; wie aus Unternehmenskreisen verlautet, ist er rund 48 Millionen Euro wert.",
          term=["2025-04", "2028"],
          note="parties in the previous sentence (Vorwerk, Rotwild Compute); 'Die Laufzeit beginnt im April', three "
               "years; a reader comment repeats '48 Mio.' (same deal); 016 restates it"),
        D("rotwild-supermicro-servers", ["Rotwild Compute", "Supermicro"], "supply", 90000000, "EUR", "approx",
          "2025-01", "signed",
          "Bereits im Januar bestellte die Firma beim US-Serverhersteller Supermicro Systeme mit Nvidia-Chips für knapp 90 Millionen Euro.",
          note="'die Firma' = Rotwild (previous sentence); 'knapp' -> approx"),
    ],
    ["ab 2,10 Euro", "310 Millionen Euro", "1.499 Euro", "64 Euro im Jahr", "rund 3,2 Milliarden Euro",
     "Ticket 49 Euro", "unter 500 Euro"],
)

ARTICLES["005_mergenthal_werk_emstalerbote.txt"] = A(
    "2025-02-20", "from the dateline without year 'Rietberg, 20. Februar (eb)' and the copyright line '© 2025 Emstaler "
                  "Bote'; 'im Dezember' -> 2024-12", "de",
    [
        D("brunnhalde-mergenthal-site", ["Brunnhalde Rechenzentren", "Mergenthal Hausgeräte"], "acquisition",
          30000000, "EUR", "range", "2025", "rumored",
          "Als Kaufpreis nennen Insider eine Summe zwischen 30 und 35 Millionen Euro.",
          amount_max=35000000, alt=[(32500000, "EUR")], kind_alt=["other"],
          note="rumour from insiders; buyer and seller in the previous sentence ('verhandelt der Düsseldorfer "
               "Entwickler Brunnhalde Rechenzentren mit dem Hausgerätehersteller Mergenthal'); year only, so that "
               "the shared id agrees with the signing on 2025-04-08 (008, €32.5m, given as alt amount)"),
        D("tegelkamp-mergenthal-loan-2024", ["Bankhaus Tegelkamp", "Mergenthal Hausgeräte"], "other", 60000000, "EUR",
          "exact", "2024-12", "signed",
          "Finanziert wird der Umbau mit einem Kredit des Bankhauses Tegelkamp über 60 Millionen Euro, den Mergenthal im Dezember unterzeichnet hat.",
          kind_alt=["investment"],
          note="bank loan; genitive 'des Bankhauses Tegelkamp'; 'im Dezember' in a February 2025 article -> 2024-12; "
               "different from the €25m top-up of 2026 (020)"),
    ],
    ["durchschnittlich 48.000 Euro", "mindestens 1,5 Millionen Euro im Jahr", "6,8 Millionen Euro", "ab 6.990 Euro",
     "je 799 Euro", "1.290 Mark"],
)

ARTICLES["006_electrolux_google_riddarfjarden_en.txt"] = A(
    "2025-03-11", "from the dateline 'STOCKHOLM, Tuesday 11 March 2025'; 'said on Monday' -> 2025-03-10; "
                  "'Last month' -> 2025-02", "en",
    [
        D("electrolux-google-cloud", ["Electrolux", "Google"], "cloud_contract", 2100000000, "SEK", "exact",
          "2025-03-10", "signed",
          "Electrolux has committed SEK 2.1 billion (about $205 million) over five years to Google Cloud, which will run the software behind its connected ovens, fridges and washing machines, the Swedish appliance maker said on Monday.",
          term=["2025", "2030"], alt=[(205000000, "USD"), (190000000, "EUR")],
          note="SEK with USD in brackets; 'runs until 2030'; 007 restates it as 'rund 190 Millionen Euro' (EUR alt amount)"),
        D("electrolux-hjalmaren-warehouse", ["Hjälmaren Datahallar", "Electrolux"], "acquisition", 310000000, "SEK",
          "exact", "2025-02", "completed",
          "Last month the company also sold a disused warehouse in Västerås for SEK 310 million.",
          kind_alt=["other"],
          note="'the company' = Electrolux (seller); the buyer Hjälmaren Datahallar is named in the next sentence"),
    ],
    ["SEK 1.4 billion", "SEK 2.5 billion", "SEK 98.40", "roughly SEK 26 billion", "around $38 billion", "SEK 105",
     "SEK 4,900", "SEK 139 a month"],
)

ARTICLES["007_hausgeraete_kommentar_obermaier.txt"] = A(
    "2025-03-19", "from the header 'Kapitalmarkt-Kolumne | Gastkommentar | Mittwoch, 19. März 2025'; 'vergangene Woche' "
                  "-> 2025-03; 'im vergangenen Jahr' -> 2024", "de",
    [
        D("electrolux-google-cloud", ["Electrolux", "Google"], "cloud_contract", 190000000, "EUR", "approx",
          "2025-03", "signed",
          "Electrolux hat vergangene Woche einen Fünfjahresvertrag mit Google Cloud unterschrieben, der umgerechnet rund 190 Millionen Euro schwer ist.",
          note="same contract as 006 (SEK 2.1bn), here only as a EUR conversion and with the week"),
        D("midea-arbonia-climate", ["Midea", "Arbonia"], "acquisition", 760000000, "CHF", "approx", "2024",
          "completed",
          "Midea hat das früh erkannt und sich im vergangenen Jahr mit der Übernahme der Klimasparte des Schweizer Bauzulieferers Arbonia für rund 760 Millionen Franken Wärmepumpen und Lüftungstechnik gesichert.",
          note="purchase of a division; 'Franken' -> CHF"),
        D("bosch-ai-spending", ["Bosch"], "capex_plan", 2500000000, "EUR", "at_least", None, "planned",
          "Bosch hat angekündigt, bis Ende 2027 über 2,5 Milliarden Euro für KI auszugeben; ein erheblicher Teil davon fließt in Gebäudetechnik und Kühlung.",
          required=False, term=[None, "2027"],
          note="group-wide spending plan ('konzernweit gerechnet'), optional; 'über' -> at_least; the text does "
               "not say when it was announced"),
    ],
    ["399 Euro", "4,99 Euro", "etwa 35 Milliarden Dollar", "100 Kronen", "92 Hongkong-Dollar"],
)

ARTICLES["008_brunnhalde_kauf_ravensberger.txt"] = A(
    "2025-04-11", "from the issue line 'Ausgabe 15 | Freitag, 11. April 2025'; 'am Dienstag' -> 2025-04-08", "de",
    [
        D("brunnhalde-mergenthal-site", ["Brunnhalde Rechenzentren", "Mergenthal Hausgeräte"], "acquisition",
          32500000, "EUR", "exact", "2025-04-08", "signed",
          "Den Kaufvertrag über 32,5 Millionen Euro haben beide Unternehmen am Dienstag bei einem Notar in Gütersloh unterzeichnet.",
          kind_alt=["other"],
          note="'beide Unternehmen' = Brunnhalde and Mergenthal (previous sentence); the signing of the rumour in 005"),
        D("brunnhalde-rietberg-campus", ["Brunnhalde Rechenzentren"], "capex_plan", 650000000, "EUR", "approx",
          "2025-04", "planned",
          "Bis Ende 2028 will der Düsseldorfer Entwickler rund 650 Millionen Euro in den Standort stecken; geplant ist ein Campus, der im ersten Schritt 60 Megawatt aus dem Netz ziehen darf.",
          term=[None, "2028"], kind_alt=["project"],
          note="'der Düsseldorfer Entwickler' = Brunnhalde; 'Bis Ende 2028' -> term end"),
        D("mergenthal-brunnhalde-coolers", ["Mergenthal Hausgeräte", "Brunnhalde Rechenzentren"], "supply",
          20000000, "EUR", "approx", "2025-04", "signed",
          "Das Auftragsvolumen beziffern beide Seiten auf knapp 20 Millionen Euro.",
          note="the order is in the previous sentence ('Mergenthals Kältesparte in Verl liefert gleich auch die "
               "Rückkühler'); 'knapp' -> approx; second deal of the pair, must stay apart from the land purchase"),
    ],
    ["gut 230 Euro je Quadratmeter", "zwischen 60 und 90 Euro", "2,8 Millionen Euro", "rund 410 Millionen Euro",
     "95 Euro je Quadratmeter", "Teilnahme 120 Euro", "12 Ausgaben für 29 Euro"],
)

ARTICLES["009_samsung_flaktgroup_pennywhistle_en.txt"] = A(
    "2025-05-14", "from the stamp 'May 14, 2025 · 05:40 GMT'; dateline 'SEOUL/FRANKFURT, May 13'; 'said on Tuesday' "
                  "-> 2025-05-13", "en",
    [
        D("samsung-flaktgroup", ["Samsung Electronics", "FläktGroup", "Triton"], "acquisition", 1550000000, "EUR",
          "exact", "2025-05-13", "signed",
          "Samsung Electronics has agreed to buy FläktGroup, a German producer of air-handling and cooling equipment for server halls and office buildings, from private equity firm Triton for €1.55 billion ($1.74 billion), the South Korean company said on Tuesday.",
          alt=[(1740000000, "USD"), (1500000000, "EUR")],
          note="seller Triton; EUR with USD in brackets; 010 rounds it to 'rund 1,5 Milliarden Euro' (EUR alt amount); "
               "015 reports the completion without amount"),
        D("veddersby-selvino-refrigeration", ["Veddersby Capital", "Selvino Elettrodomestici"], "acquisition",
          200000000, "EUR", "range", "2025-05", "negotiating",
          "The talks value the unit at between €200 million and €240 million.",
          amount_max=240000000,
          note="parties in the previous sentence (exclusive negotiations over the sale of Selvino's "
               "commercial-refrigeration arm to Veddersby Capital)"),
    ],
    ["roughly €800 million", "55,400 won", "$42 billion", "about €310 million"],
)

ARTICLES["010_kaeltemarkt_samsung_kuehlstrecke.txt"] = A(
    "2025-06-04", "from the issue line 'Heft 6/2025 · erschienen am 4. Juni 2025'; 'Im Mai' -> 2025-05; "
                  "'im Sommer 2024' -> 2024; 'Ende April' -> 2025-04", "de",
    [
        D("samsung-flaktgroup", ["Samsung Electronics", "FläktGroup", "Triton"], "acquisition", 1500000000, "EUR",
          "approx", "2025-05", "signed",
          "Im Mai hat Samsung Electronics angekündigt, den deutschen Lüftungs- und Kältespezialisten FläktGroup für rund 1,5 Milliarden Euro vom Finanzinvestor Triton zu übernehmen.",
          note="same deal as 009 (€1.55bn), rounded and with the month only; 'die künftige Samsung-Tochter' follows"),
        D("bosch-jci-residential-hvac", ["Bosch", "Johnson Controls"], "acquisition", 8000000000, "USD", "exact",
          "2024", "signed",
          "Bosch hatte bereits im Sommer 2024 vereinbart, für acht Milliarden Dollar, umgerechnet rund 7,4 Milliarden Euro, das Klimageschäft für Wohngebäude von Johnson Controls zu übernehmen – einschließlich eines Gemeinschaftsunternehmens mit Hitachi.",
          alt=[(7400000000, "EUR")],
          note="amount in words ('acht Milliarden Dollar') with EUR conversion; season -> year"),
        D("mergenthal-kirishima-compressors", ["Mergenthal Hausgeräte", "Kirishima Seiki"], "supply", 2600000000,
          "JPY", "exact", "2025-04", "signed",
          "Der Auftrag ist 2,6 Milliarden Yen schwer, umgerechnet etwa 16 Millionen Euro, und erstreckt sich über zwei Jahre.",
          alt=[(16000000, "EUR")],
          note="buyer Mergenthal and supplier Kirishima Seiki in the previous sentence ('hat Ende April ... bestellt')"),
    ],
    ["rund 800 Millionen Euro", "rund 18 Milliarden Euro", "rund 30.000 Euro", "bis zu 21.000 Euro Zuschuss",
     "690 Euro zzgl. MwSt.", "190 Euro", "Jahresabonnement 148 Euro", "Studierende 74 Euro"],
)

ARTICLES["011_daikin_quenchwell_glycolgazette_en.txt"] = A(
    "2025-07-24", "from the issue line 'Issue 88 — Thursday, 24 July 2025'; 'on Tuesday' -> 2025-07-22; "
                  "'last year' -> 2024", "en",
    [
        D("daikin-quenchwell-takeover", ["Daikin Industries", "Quenchwell Thermal"], "acquisition", 1050000000, "USD",
          "exact", "2025-07-22", "signed",
          "Daikin Industries has agreed to buy Quenchwell Thermal, the Austin-based maker of coolant distribution units and cold plates, for $1.05 billion in cash.",
          alt=[(900000000, "EUR")],
          note="'$1.05bn deal' and 'on Tuesday' in the next sentence; 012 adds 'rund 900 Millionen Euro' (EUR alt "
               "amount); different from Daikin's 2024 stake in the same company"),
        D("daikin-quenchwell-stake-2024", ["Daikin Industries", "Quenchwell Thermal"], "investment", 90000000, "USD",
          "exact", "2024", "completed",
          "Daikin bought a 15% stake in Quenchwell last year for $90 million, which came with a board seat and a first look at any sale.",
          note="earlier minority stake of the same pair; must stay apart from the takeover"),
        D("daikin-datacentre-cooling-capex", ["Daikin Industries"], "capex_plan", 300000000000, "JPY", "exact",
          "2025-07-22", "planned",
          "Daikin also said it would spend ¥300 billion through fiscal 2028 expanding production of chillers and liquid-cooling gear for data centres in the US, Europe and India.",
          note="announced together with the takeover ('also said'); 'That is on top of the purchase price'"),
    ],
    ["$240 million", "$95 million", "¥17,350", "$38 billion", "about $4.80 a gallon", "$165,000 a year",
     "Samples from $295", "$18 monthly, $180 annually"],
)

ARTICLES["012_daikin_midea_tickerfuchs.txt"] = A(
    "2025-08-05", "from the stamp '05.08.2025 – 08:41 Uhr' (a Tuesday); 'Ende Juli' -> 2025-07; 'am Montag' -> 2025-08-04",
    "de",
    [
        D("daikin-quenchwell-takeover", ["Daikin Industries", "Quenchwell Thermal"], "acquisition", 1050000000, "USD",
          "exact", "2025-07", "signed",
          "Ende Juli hatte der japanische Klimaanlagenhersteller angekündigt, den texanischen Spezialisten Quenchwell Thermal für 1,05 Milliarden Dollar (rund 900 Millionen Euro) zu übernehmen.",
          alt=[(900000000, "EUR")],
          note="'der japanische Klimaanlagenhersteller' = Daikin Industries (previous sentence); month only"),
        D("midea-kirishima-stake", ["Midea", "Kirishima Seiki"], "investment", 18000000000, "JPY", "exact",
          "2025-08-04", "signed",
          "Midea übernimmt 20 Prozent der Japaner für 18 Milliarden Yen, wie beide Seiten am Montag mitteilten.",
          note="'der Japaner' = Kirishima Seiki (previous sentence); 20 % stake"),
    ],
    ["von 20.000 auf 22.500 Yen", "zwischen 420 und 440 Milliarden Yen", "2.310 Yen", "18.420 JPY", "107,60 EUR",
     "rund 5,4 Billionen Yen", "280 JPY", "ab 500 Euro"],
)

ARTICLES["013_ifa_liveblog_worktopwire_en.txt"] = A(
    "2025-09-05", "from the header 'Friday, 5 September 2025 · Live from Messe Berlin' (ticker entries by time only); "
                  "'has just announced' -> 2025-09-05; 'in January' -> 2025-01", "en",
    [
        D("lg-bear-robotics", ["LG Electronics", "Bear Robotics"], "acquisition", 170000000, "EUR", "approx",
          "2025-01", "completed",
          "LG took control of the Californian company in January for about €170 million and is now showing the robots alongside its commercial ovens and a chiller it sells to data centres.",
          kind_alt=["investment"],
          note="'the Californian company' = Bear Robotics (previous sentence); restatement of 003 in EUR with the month"),
        D("sharkninja-ovenbird-round", ["SharkNinja", "Ovenbird Robotics"], "investment", 60000000, "USD", "exact",
          "2025-09-05", "announced",
          "SharkNinja has just announced it is leading a $60 million funding round in Ovenbird Robotics, the Seattle start-up whose robotic arm flips burgers and loads dishwashers in fast-food kitchens.",
          note="round total with SharkNinja as lead"),
        D("haier-ai-software-capex", ["Haier"], "capex_plan", 2000000000, "CNY", "approx", "2025-09-05", "planned",
          "The Chinese group plans to spend around 2 billion yuan by the end of 2028 on AI chips and software for its appliances, including a new data centre in Qingdao that will train the models behind its voice assistant.",
          term=[None, "2028"],
          note="'The Chinese group' = Haier (previous sentence: press conference 'has just ended')"),
        D("samsung-kesselhuber-rumour", ["Samsung Electronics", "Kesselhuber Großküchen"], "acquisition", 400000000,
          "EUR", "approx", "2025-09", "rumored",
          "A Samsung spokesperson has rejected a report in a German trade paper that the company is weighing a bid of around €400 million for Kesselhuber Großküchen, the Baden maker of professional ovens and fryers.",
          required=False,
          note="denied rumour (optional); kept as the rumour it reports"),
    ],
    ["€19.50", "$51 billion", "€1,299", "€3,499", "£4 a month"],
)

ARTICLES["014_miele_microsoft_dalkekurier.html"] = A(
    "2025-10-09", "from <meta name='date' content='2025-10-09T06:44:31+02:00'>, JSON-LD and the visible line "
                  "'Gütersloh · 09.10.2025, 06:45 Uhr' (a Thursday); 'am Mittwoch' -> 2025-10-08", "de",
    [
        D("miele-microsoft-cloud", ["Miele", "Microsoft"], "cloud_contract", 100000000, "EUR", "at_least",
          "2025-10-08", "signed",
          "Miele hat am Mittwoch einen Fünfjahresvertrag mit Microsoft unterzeichnet: Der Gütersloher Hausgerätehersteller bezieht Cloud-Dienste und KI-Modelle für seine vernetzten Geräte künftig aus Azure-Rechenzentren, das Volumen liegt bei mehr als 100 Millionen Euro.",
          term=["2025", "2030"],
          note="'mehr als' -> at_least; five-year contract"),
        D("miele-dalkeaue-heat", ["Miele", "Dalkeaue Rechenzentrum"], "supply", 2400000, "EUR", "approx", "2025-10",
          "signed",
          "Für die Wärme überweist das Werk jährlich rund 2,4 Millionen Euro an den Betreiber; sie ersetzt Erdgas in der Lackiererei und in der Vorwärmung der Emaillieröfen.",
          per="year",
          note="'das Werk' = Miele's main plant, 'den Betreiber' = Dalkeaue Rechenzentrum GmbH (previous sentence); "
               "waste-heat offtake, 'jährlich' -> per year"),
    ],
    ["rund 4,7 Milliarden Euro", "21 Millionen Euro", "500.000 Euro", "ab 1.199 Euro", "monatlich 9,90 Euro"],
)

ARTICLES["015_appliance_stocks_closingtape_en.txt"] = A(
    "2026-01-15", "from the header 'Thursday, 15 January 2026 · Close of trading'; 'said on Monday' -> 2026-01-12; "
                  "'in November' -> 2025-11", "en",
    [
        D("lg-microsoft-chillers", ["LG Electronics", "Microsoft"], "supply", 430000000, "USD", "approx",
          "2026-01-12", "signed",
          "LG Electronics gained 4.6% to 98,700 won, extending this week's rally after the company said on Monday it will deliver chillers and CDUs to Microsoft for data centres in Virginia and Texas under a three-year contract worth about $430 million.",
          note="share-price line and deal in one sentence; second LG–Microsoft deal, must stay apart from the "
               "amount-less 2025 cooling partnership (003)"),
        D("samsung-flaktgroup", ["Samsung Electronics", "FläktGroup", "Triton"], "acquisition", None, None, None,
          "2025", "completed",
          "On the appliance side, the company completed its purchase of FläktGroup from Triton in November, and analysts expect the German unit's first full-year contribution to show up in the 2026 numbers.",
          required=False,
          note="'the company' = Samsung Electronics; completion (November 2025) without amount, optional; year only "
               "so that the shared id's dates agree with the agreement of 2025-05-13 (009)"),
        D("haier-carrier-refrigeration", ["Haier", "Carrier"], "acquisition", 760000000, "USD", "exact", "2024",
          "completed",
          "The company, which bought Carrier's commercial refrigeration business for $760 million in 2024, now sells display cases and cold rooms to supermarkets in 40 countries and has started pitching the same equipment to data-centre builders.",
          note="'The company' = Haier Smart Home (previous sentence); deal in a relative clause"),
    ],
    ["98,700 won", "120,000 won", "61,200 won", "SEK 71.10", "€688.50", "$74.20", "about $400 million", "$112.40",
     "$12,940 a tonne", "$63.80 a barrel", "$3 billion", "Annual plan $240, monthly $24"],
)

ARTICLES["016_interview_rotwild_kabelbinder.txt"] = A(
    None, "no date anywhere in the article (only 'Lesedauer: 7 Minuten'); 'im Frühjahr' and 'im vergangenen Sommer' "
          "have no year", "de",
    [
        D("vorwerk-rotwild-thermomix", ["Vorwerk", "Rotwild Compute"], "cloud_contract", 48000000, "EUR", "approx",
          None, "signed",
          "Der Vertrag mit Vorwerk über rund 48 Millionen Euro läuft drei Jahre und ist für uns bis heute der größte Einzelauftrag.",
          note="restatement of 004; 'uns' = Rotwild Compute; undated interview"),
        D("saalach-rotwild-round", ["Saalach Kapital", "Rotwild Compute"], "investment", 85000000, "EUR", "exact",
          None, "completed",
          "Wetzlhuber: 85 Millionen Euro, angeführt von Saalach Kapital aus Salzburg.",
          note="answer to 'Sie haben im Frühjahr frisches Geld eingesammelt' (Rotwild); round total with the lead investor"),
        D("larchmont-rotwild-offer", ["Larchmont Cloud", "Rotwild Compute"], "acquisition", 400000000, "USD", "exact",
          None, "cancelled",
          "Larchmont Cloud wollte uns im vergangenen Sommer komplett übernehmen und bot 400 Millionen Dollar.",
          note="'uns' = Rotwild; offer refused in the next sentence ('dann kam unsere Absage')"),
        D("rotwild-kaufbeuren-capex", ["Rotwild Compute"], "capex_plan", 250000000, "EUR", "approx", None, "planned",
          "Wetzlhuber: In den kommenden 18 Monaten fließt rund eine Viertelmilliarde Euro in unser drittes Rechenzentrum bei Kaufbeuren.",
          note="amount in words ('eine Viertelmilliarde'); 'unser' = Rotwild"),
    ],
    ["2,40 Euro", "rund 17 Cent je Kilowattstunde", "140.000 Euro Jahresgehalt", "Heftpreis 12,80 Euro",
     "für den Jahrgang 69 Euro"],
)

ARTICLES["017_frostvale_offer_steelsidestar_en.html"] = A(
    "2026-03-12", "from <meta name='parsely-pub-date' content='2026-03-12T06:00:00Z'>, JSON-LD and the byline "
                  "'Thu 12 Mar 2026'; 'said on Monday' -> 2026-03-09; 'In January' -> 2026-01", "en",
    [
        D("veddersby-frostvale-offer", ["Veddersby Capital", "Frostvale Systems"], "acquisition", 310000000, "GBP",
          "exact", "2026-03", "cancelled",
          "Frostvale Systems has turned down a £310 million takeover approach from Veddersby Capital, the London investor that is already its biggest shareholder, the Sheffield cooling company said on Monday.",
          note="approach rejected by the board; the rejection was announced on Monday 2026-03-09, the approach itself "
               "is not dated (month); second Veddersby–Frostvale deal, different from the 2024 Series B (002)"),
        D("frostvale-ashgrove-order-2026", ["Frostvale Systems", "Ashgrove Data Centres"], "supply", 28000000, "GBP",
          "approx", "2026-01", "signed",
          "In January Ashgrove Data Centres, the Slough operator that was among Frostvale's first customers, signed a second order worth about £28 million for tanks at its new campus near Reading.",
          note="second order of the pair, must stay apart from the 2024 order of more than £15m (002)"),
    ],
    ["410p", "£31.5 million", "£50 million", "£1.1 million grant", "£450 million", "£4,995", "£7.50 a month"],
)

ARTICLES["018_rational_bratenwacht_parquetpulse_en.txt"] = A(
    "2026-05-12", "from the stamp '12 May 2026 · 07:58 CET' (a Tuesday); 'late on Monday' -> 2026-05-11; "
                  "'in March' -> 2026-03", "en",
    [
        D("rational-bratenwacht-takeover", ["Rational", "Bratenwacht"], "acquisition", 95000000, "EUR", "exact",
          "2026-05-11", "signed",
          "Rational is paying €95 million in cash for the company, it said late on Monday.",
          note="'the company' = Bratenwacht (previous sentence); second Rational–Bratenwacht deal, different from "
               "the 2024 Series A (001)"),
        D("bratenwacht-speisewerk-contract", ["Bratenwacht", "Speisewerk Betriebsgastronomie"], "supply", 12000000,
          "EUR", "exact", "2026-03", "signed",
          "The start-up signed its biggest contract in March: a three-year deal with Speisewerk Betriebsgastronomie, which runs about 140 staff canteens in Germany, valued at €12 million.",
          kind_alt=["cloud_contract", "other"],
          note="'The start-up' = Bratenwacht; software for staff canteens"),
    ],
    ["€731.00", "€712.50 – €734.00", "€8.3bn", "more than €1.2 billion", "€780", "€690 target", "€318 million",
     "€15.50 per share", "€1.24bn", "€612m", "€1 per order"],
)

ARTICLES["019_countertop_dispatch_weekly_en.txt"] = A(
    "2026-07-10", "from the issue line 'Issue 112 · Friday 10 July 2026'; 'on Wednesday' -> 2026-07-08; "
                  "'on Tuesday' -> 2026-07-07", "en",
    [
        D("ovenbird-larchmont-gpu", ["Ovenbird Robotics", "Larchmont Cloud"], "cloud_contract", 12000000, "USD",
          "exact", "2026-07-08", "signed",
          "Ovenbird Robotics, the Seattle company behind the burger-flipping arm you have probably seen in a fast-food chain near an airport, has agreed to rent GPU capacity from Larchmont Cloud for $12 million a year over three years.",
          per="year", term=["2026", "2029"],
          note="rate: '$12 million a year over three years'; 'The deal was signed on Wednesday' in the next sentence"),
        D("selvino-frostvale-stake", ["Selvino Elettrodomestici", "Frostvale Systems"], "investment", 60000000, "GBP",
          "exact", "2026-07-07", "signed",
          "Italian appliance maker Selvino Elettrodomestici is taking a 20% stake in Frostvale Systems for £60 million, a deal both sides made public on Tuesday."),
        D("midea-nuevo-leon-plant", ["Midea"], "capex_plan", 1000000000, "USD", "range", "2026-07", "planned",
          "Midea said it plans to invest between $1 billion and $1.5 billion in a plant in Nuevo León that will build chillers and air handlers for data centres, with production starting in 2028.",
          amount_max=1500000000, kind_alt=["project"],
          note="'between … and' -> range; reported in the issue of the week, no day"),
    ],
    ["$2,180", "about $1,400", "roughly $450,000", "£78,000", "£52,000", "orders above $500", "$14 a month"],
)

ARTICLES["020_daikin_mergenthal_wirtschaftsbote.txt"] = A(
    "2026-10-16", "from the issue line 'Freitag, 16. Oktober 2026 · Nr. 42'; 'Im Juli … Drei Monate später' -> 2026-10; "
                  "'in dieser Woche' -> 2026-10; 'im vergangenen Jahr' -> 2025", "de",
    [
        D("daikin-mergenthal-cooling-unit", ["Daikin Industries", "Mergenthal Hausgeräte"], "acquisition", 140000000,
          "EUR", "exact", "2026-10", "signed",
          "Drei Monate später sind sich beide Seiten einig: Der japanische Konzern kauft die Kältesparte des Verler Unternehmens für 140 Millionen Euro.",
          note="'Der japanische Konzern' = Daikin, 'des Verler Unternehmens' = Mergenthal (previous sentences); "
               "'Drei Monate später' after the July offer -> 2026-10; amount also in the standfirst"),
        D("daikin-quenchwell-takeover", ["Daikin Industries", "Quenchwell Thermal"], "acquisition", None, None, None,
          "2025", "completed",
          "Für Daikin ist es nach der Übernahme des US-Kühlspezialisten Quenchwell im vergangenen Jahr der zweite Zukauf in diesem Feld.",
          required=False,
          note="background mention of the 2025 takeover (011, 012) without amount, optional"),
        D("tegelkamp-mergenthal-loan-2026", ["Bankhaus Tegelkamp", "Mergenthal Hausgeräte"], "other", 25000000, "EUR",
          "exact", "2026-10", "signed",
          "Die Hausbank zieht mit: Bankhaus Tegelkamp stockt seinen Kredit an Mergenthal um 25 Millionen Euro auf, um den Umbau des verbleibenden Geschäfts zu finanzieren.",
          kind_alt=["investment"],
          note="top-up of an existing loan, signed 'in dieser Woche'; second Tegelkamp–Mergenthal deal, different "
               "from the €60m loan of 2024 (005)"),
        D("kesselhuber-brunnhalde-kitchens", ["Kesselhuber Großküchen", "Brunnhalde Rechenzentren"], "supply",
          3400000, "EUR", "exact", "2026-10", "signed",
          "Das Volumen liegt bei 3,4 Millionen Euro, geliefert werden Kombidämpfer, Spültechnik und Kühlzellen.",
          note="'Kurz notiert' item; the parties are in the previous sentence; reported in the October issue, no day"),
        D("selvino-kassel-sale", ["Selvino Elettrodomestici"], "acquisition", None, None, None, "2026-10",
          "completed",
          "Kassel. Selvino Elettrodomestici hat ihr deutsches Vertriebszentrum an einen Logistikinvestor verkauft.",
          required=False, kind_alt=["other"],
          note="sale to an unnamed buyer, price undisclosed; optional"),
    ],
    ["rund 165 Millionen Euro", "dreistellige Millionenbeträge", "rund 1.480 Euro im Jahr", "zusammen 42,50 Euro",
     "ab 80 Euro Bestellwert", "Jahresabonnement 189 Euro", "digital 129 Euro"],
)

ALIASES = {
    "Rational": ["Rational", "Rational AG"],
    "Bratenwacht": ["Bratenwacht"],
    "Rotwild Compute": ["Rotwild Compute", "Rotwild"],
    "Veddersby Capital": ["Veddersby Capital", "Veddersby"],
    "Frostvale Systems": ["Frostvale Systems", "Frostvale"],
    "Ashgrove Data Centres": ["Ashgrove Data Centres", "Ashgrove"],
    "LG Electronics": ["LG Electronics", "LG"],
    "Bear Robotics": ["Bear Robotics"],
    "Microsoft": ["Microsoft", "Azure"],
    "Vorwerk": ["Vorwerk"],
    "Supermicro": ["Supermicro", "Super Micro Computer"],
    "Brunnhalde Rechenzentren": ["Brunnhalde Rechenzentren", "Brunnhalde"],
    "Mergenthal Hausgeräte": ["Mergenthal Hausgeräte", "Mergenthal"],
    "Bankhaus Tegelkamp": ["Bankhaus Tegelkamp", "Tegelkamp"],
    "Electrolux": ["Electrolux", "AB Electrolux"],
    "Google": ["Google", "Google Cloud"],
    "Hjälmaren Datahallar": ["Hjälmaren Datahallar", "Hjälmaren"],
    "Midea": ["Midea", "Midea Group"],
    "Arbonia": ["Arbonia"],
    "Bosch": ["Bosch", "Robert Bosch"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "FläktGroup": ["FläktGroup", "Flaktgroup", "Fläkt Group"],
    "Triton": ["Triton", "Triton Partners"],
    "Selvino Elettrodomestici": ["Selvino Elettrodomestici", "Selvino"],
    "Johnson Controls": ["Johnson Controls", "Johnson Controls International"],
    "Kirishima Seiki": ["Kirishima Seiki", "Kirishima"],
    "Daikin Industries": ["Daikin Industries", "Daikin"],
    "Quenchwell Thermal": ["Quenchwell Thermal", "Quenchwell"],
    "SharkNinja": ["SharkNinja"],
    "Ovenbird Robotics": ["Ovenbird Robotics", "Ovenbird"],
    "Haier": ["Haier", "Haier Smart Home"],
    "Kesselhuber Großküchen": ["Kesselhuber Großküchen", "Kesselhuber"],
    "Miele": ["Miele", "Miele & Cie."],
    "Dalkeaue Rechenzentrum": ["Dalkeaue Rechenzentrum", "Dalkeaue Rechenzentrum GmbH", "Dalkeaue"],
    "Carrier": ["Carrier", "Carrier Global"],
    "Saalach Kapital": ["Saalach Kapital", "Saalach"],
    "Larchmont Cloud": ["Larchmont Cloud", "Larchmont"],
    "Speisewerk Betriebsgastronomie": ["Speisewerk Betriebsgastronomie", "Speisewerk"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions, {len(ALIASES)} canonical names")


if __name__ == "__main__":
    main()
