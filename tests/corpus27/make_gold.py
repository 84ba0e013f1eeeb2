#!/usr/bin/env python3
"""The annotation of corpus27 as code: run it to (re)write gold.json.

Usage: python3 tests/corpus27/make_gold.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def A(published, note, lang, deals, not_deals):
    return {"published": published, "published_note": note, "language": lang, "deals": deals,
            "not_deals": not_deals}


RP, HB, OH, WL, AE, MW = ("Innviertel Rechenpark GmbH", "Hollerbach Kältetechnik GmbH",
                          "Ohratal Datenhallen GmbH", "Wieslauf Trafobau GmbH", "Almtal Energie AG",
                          "Marrowby Infrastructure Partners")
RLB, SPK = "Raiffeisenlandesbank Oberösterreich", "Sparkasse Oberösterreich"

articles = {}

articles["001_microsoft_germany_tidewell_en.txt"] = A(
    "2024-02-15", "from the header 'February 15, 2024 | 17:40 CET' and dateline 'BERLIN, Feb 15'; 'on Thursday' -> 2024-02-15", "en",
    [D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3200000000, "EUR", "exact", "2024-02-15", "announced",
       "BERLIN, Feb 15 (Tidewell) - Microsoft will put 3.2 billion euros ($3.44 billion) into data centres and AI capacity in Germany by the end of 2025, vice chair Brad Smith told reporters in Berlin on Thursday, calling it the biggest single commitment the U.S. group has made in the country in four decades of doing business there.",
       alt_amounts=[{"amount": 3440000000, "currency": "USD"}], term=[None, "2025-12"],
       note="capex plan of one company; USD conversion in brackets"),
     D("microsoft-rhineland-land", ["Microsoft"], "acquisition", None, None, None, "2023", "completed",
       "Microsoft did not disclose what it paid for those plots, which it bought from local landowners last year.",
       required=False, kind_alt=["other"], note="amount-less land purchase in Bergheim and Elsdorf ('last year' -> 2023); sellers unnamed")],
    ["about 24 billion euros", "$62.0 billion", "$21.9 billion", "$406.56", "above $3 trillion"])

articles["002_rechenpark_aurolzmuenster.txt"] = A(
    "2024-03-13", "from the date line 'Mattigtaler Nachrichten · Ried im Innkreis · Mittwoch, 13. März 2024'; 'am Montagabend' -> 2024-03-11", "de",
    [D("aurolzmuenster-rechenpark-land", [RP, "Gemeinde Aurolzmünster"], "acquisition", 6800000, "EUR", "exact", "2024-03-11", "signed",
       "6,8 Millionen Euro fließen in die Gemeindekasse – so viel zahlt die Innviertel Rechenpark GmbH für die Äcker an der Bundesstraße 141.",
       kind_alt=["other"], note="municipal land sale, amount first; council approval 'am Montagabend' in the next sentence"),
     D("rechenpark-capex-2024", [RP], "capex_plan", 420000000, "EUR", "approx", "2024-03-11", "planned",
       "Das Unternehmen will auf dem Areal in drei Bauabschnitten einen Serverpark mit zunächst 40 Megawatt Anschlussleistung hochziehen und dafür bis 2028 rund 420 Millionen Euro investieren, kündigte Geschäftsführer Florian Wimmleitner in der Sitzung an.",
       kind_alt=["project"], term=[None, "2028"],
       note="'Das Unternehmen' = Innviertel Rechenpark; said at the Monday council meeting; different from the ~€300m third-stage plan in 015"),
     D("hollerbach-rechenpark-2024", [HB, RP], "supply", 14000000, "EUR", "approx", "2024-03", "signed",
       "Der schwäbische Familienbetrieb erhält dafür knapp 14 Millionen Euro, bestätigte Wimmleitner.",
       alt_amounts=[{"amount": 15000000, "currency": "USD"}],
       note="'knapp' -> approx; supplier named in the previous sentence ('Der schwäbische Familienbetrieb' = Hollerbach); 004 gives ~$15m; first Hollerbach–Rechenpark order, different from the €17m second order (010, 015)")],
    ["rund 900.000 Euro", "11,4 Millionen Euro", "9 Euro", "24.990 Euro", "rund 60 Euro mehr"])

articles["003_ohratal_helaba_hoerselkurier.txt"] = A(
    "2024-06-20", "from the header 'Ohrdruf, 20.06.2024' (a Thursday); 'am Dienstag' -> 2024-06-18", "de",
    [D("helaba-ohratal-2024", ["Helaba", OH], "other", 410000000, "EUR", "exact", "2024-06-18", "signed",
       "Die Ohratal Datenhallen GmbH, ein 2021 gegründeter Entwickler von Rechenzentren mit Sitz in Erfurt, hat mit einem Bankenkonsortium einen Kreditvertrag über 410 Millionen Euro unterschrieben.",
       kind_alt=["investment"], alt_amounts=[{"amount": 445000000, "currency": "USD"}],
       note="syndicated loan; lead lender Helaba in the next sentence, Kreissparkasse Gotha and two Sparkassen as participants (only the lead is listed); signed 'am Dienstag'; 005 gives ~$445m; different from the €300m loan of 2026 (016, 017)"),
     D("ohratal-capex-stage1", [OH], "capex_plan", 650000000, "EUR", "approx", "2024-06", "planned",
       "Insgesamt kostet der erste Bauabschnitt nach Angaben von Geschäftsführerin Juliane Rostewitz rund 650 Millionen Euro.",
       kind_alt=["project"], note="cost of the first building phase; different from the €380m second phase (017)")],
    ["3,2 Millionen Euro", "3,1 Milliarden Euro", "9,90 Euro", "0,99 Euro"])

articles["004_chiller_notes_oct24_en.txt"] = A(
    "2024-10-17", "from the issue line 'Issue 58 · Thursday, October 17, 2024'; 'on Tuesday' -> 2024-10-15", "en",
    [D("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850000000, "USD", "exact", "2024-10-15", "signed",
       "Schneider Electric is paying $850 million in cash for a 75% controlling stake in Motivair, the Buffalo, New York, maker of coolant distribution units and rear-door heat exchangers.",
       kind_alt=["investment"], note="75% stake; announced 'on Tuesday' (next sentence); different from the amount-less purchase of the remaining 25%"),
     D("schneider-motivair-remainder", ["Schneider Electric", "Motivair"], "acquisition", None, None, None, "2024-10-15", "planned",
       "The French group announced the purchase on Tuesday and will take the remaining 25% in 2028; it put no figure on that second step.",
       required=False, note="second step without an amount; 'The French group' = Schneider Electric"),
     D("hollerbach-rechenpark-2024", [HB, RP], "supply", 15000000, "USD", "approx", "2024-03", "signed",
       "Smaller, but telling: Hollerbach Kältetechnik, a family-owned chiller builder from Schwäbisch Gmünd, confirmed to us that its contract with Innviertel Rechenpark is worth roughly $15m.",
       note="same order as 002 (EUR 'knapp 14 Millionen'); signed 'in March' (next sentence)")],
    ["$4.8bn", "€58m", "$1,195", "$18 a month"])

articles["005_ohratal_ionos_rackrow_en.txt"] = A(
    "2024-12-04", "only in the byline 'By Petra Lindqvist-Maass | 4 December 2024' (a Wednesday); 'on Monday' -> 2024-12-02", "en",
    [D("ohratal-ionos-lease", ["IONOS", OH], "cloud_contract", 7500000, "EUR", "approx", "2024-12-02", "signed",
       "The lease, signed on Monday, runs for ten years from January 2026 and is worth around €7.5 million a year to the Erfurt developer, according to two people familiar with its terms.",
       kind_alt=["other"], per="year", term=["2026-01", "2035"],
       note="yearly rent for a data-centre hall, from sources; parties in the previous sentence, 'the Erfurt developer' = Ohratal; 017 restates it"),
     D("helaba-ohratal-2024", ["Helaba", OH], "other", 410000000, "EUR", "exact", "2024-06", "signed",
       "Back then a consortium led by Helaba lent the developer €410 million, or about $445 million at the time, with savings banks from the region taking smaller tickets.",
       kind_alt=["investment"], note="restatement of the June loan (003); 'Back then' = June"),
     D("ohratal-capex-stage1", [OH], "capex_plan", 650000000, "EUR", "exact", "2024-06", "planned",
       "Total cost of the first phase is put at €650 million.",
       kind_alt=["project"], note="restatement of 003; Ohratal from the previous sentences")],
    ["around €200 million", "€160-180 per kW per month", "€26.40"])

articles["006_wieslauf_trafoblatt.txt"] = A(
    "2025-02-20", "from the issue line 'Ausgabe 4/2025 · Donnerstag, 20. Februar 2025'; 'am Dienstag' -> 2025-02-18; 'Vergangene Woche' -> 2025-02", "de",
    [D("wieslauf-welzheim-capex", [WL], "capex_plan", 85000000, "EUR", "approx", "2025-02-18", "announced",
       "Rund 85 Millionen Euro will der Mittelständler bis Ende 2026 in ein zweites Werk im Gewerbegebiet Welzheim-Ost stecken, teilte Geschäftsführer Tobias Kienzlen am Dienstag mit.",
       kind_alt=["project"], term=[None, "2026-12"], note="'der Mittelständler' = Wieslauf (previous sentence); 016 restates it"),
     D("lbbw-kskwaiblingen-wieslauf-loan", ["LBBW", "Kreissparkasse Waiblingen", WL], "other", 60000000, "EUR", "exact", "2025-02", "signed",
       "Die Landesbank Baden-Württemberg (LBBW) und die Kreissparkasse Waiblingen stellen gemeinsam ein Darlehen über 60 Millionen Euro bereit, wie beide Institute bestätigten.",
       kind_alt=["investment"], note="joint loan of two lenders (both listed); borrower Wieslauf = 'die Schwaben' (previous sentence); the €4.5m state grant is a subsidy"),
     D("wieslauf-ohratal-2025", [WL, OH], "supply", 23000000, "EUR", "exact", "2025-02", "signed",
       "Für 23 Millionen Euro liefert Wieslauf zwölf Transformatoren der 40-MVA-Klasse samt Mittelspannungstechnik nach Ohrdruf, Auslieferung bis Herbst.",
       note="contract with Ohratal named in the previous sentence, signed 'Vergangene Woche'; different from the €12m second order (017)")],
    ["4,5 Millionen Euro", "rund 112 Millionen Euro", "240 Millionen Euro", "bis zu 9 Millionen Euro", "890 Euro", "348 Euro"])

articles["007_almtal_rechenpark_kurstafel.txt"] = A(
    "2025-04-09", "from the header '09.04.2025, 10:32' (a Wednesday); 'am Dienstagabend' -> 2025-04-08", "de",
    [D("almtal-rechenpark-ppa", [RP, AE], "supply", 11000000, "EUR", "approx", "2025-04-08", "signed",
       "Pro Jahr zahlt der Rechenzentrumsbetreiber dem Versorger rund elf Millionen Euro, geliefert wird Strom aus Wasserkraft und aus einem Windpark im Kobernaußerwald.",
       per="year", term=["2026", "2040"], alt_amounts=[{"amount": 165000000, "currency": "EUR"}],
       note="yearly rate, amount in words; parties and 'am Dienstagabend' in the previous sentences ('der Rechenzentrumsbetreiber' = Rechenpark, 'dem Versorger' = Almtal); lifetime total 'gut 165 Millionen Euro' in the next sentence kept as alt_amount; different from the €6.4m/year second PPA (020)"),
     D("almtal-umspannwerk-capex", [AE], "capex_plan", 48000000, "EUR", "exact", "2025-04", "planned",
       "Dafür sind 48 Millionen Euro veranschlagt, ein Teil davon wird über Netzentgelte refinanziert.",
       kind_alt=["project"], note="the utility builds the substation itself (previous sentence); own capex, no counterparty")],
    ["38,20 Euro", "612 Millionen Euro", "41 Millionen Euro", "1,10 Euro", "rund 290 Millionen Euro", "38,20 €", "69,45 €", "44 Euro"])

articles["008_marrowby_rechenpark_cheapside_en.html"] = A(
    "2025-06-11", "from <meta article:published_time>, JSON-LD and <time datetime='2025-06-11'> 'Wednesday 11 June 2025'; 'on Tuesday' -> 2025-06-10", "en",
    [D("marrowby-rechenpark-49", [MW, RP], "investment", 180000000, "EUR", "exact", "2025-06-10", "signed",
       "Marrowby Infrastructure Partners, a London fund manager better known for motorway service stations and fibre networks, has agreed to pay €180 million (£152 million) for 49 per cent of Innviertel Rechenpark, a data-centre developer in rural Upper Austria.",
       kind_alt=["acquisition"], alt_amounts=[{"amount": 152000000, "currency": "GBP"}],
       note="minority stake; signed 'on Tuesday' (next sentence); different from the €265m purchase of the remaining 51% (018, 020)"),
     D("almtal-rechenpark-ppa", [RP, AE], "supply", 11000000, "EUR", "approx", "2025-04", "signed",
       "The developer has locked in a 15-year supply contract with regional utility Almtal Energie worth about €11 million a year, starting when the first building opens in 2026.",
       per="year", term=["2026", "2040"], note="restatement of 007; no day given, month from 007's report"),
     D("rlb-sparkasse-rechenpark-loan", [RLB, SPK, RP], "other", 290000000, "EUR", "exact", "2025-06", "negotiating",
       "Innviertel Rechenpark is also negotiating a construction loan of €290 million with Raiffeisenlandesbank Oberösterreich and Sparkasse Oberösterreich, two of the province's largest lenders, according to a person briefed on the talks.",
       kind_alt=["investment"], note="talks; 009 reports the signing two days later")],
    ["£1.4 billion", "upwards of £12 million per megawatt", "70p", "£123 a year"])

articles["009_marrowby_rechenpark_hausruck.txt"] = A(
    "2025-06-13", "from the line 'Freitag, 13. Juni 2025 · Nr. 24'; 'am Dienstag' -> 2025-06-10, 'Am Donnerstag' -> 2025-06-12", "de",
    [D("marrowby-rechenpark-49", [MW, RP], "investment", 180000000, "EUR", "exact", "2025-06-10", "signed",
       "Um 180 Millionen Euro steigt der britische Infrastrukturinvestor Marrowby Infrastructure Partners beim Innviertler Rechenzentrumsentwickler ein.",
       kind_alt=["acquisition"], note="amount first; the 49% and 'am Dienstag' in the next sentence ('Die Londoner')"),
     D("rlb-sparkasse-rechenpark-loan", [RLB, SPK, RP], "other", 290000000, "EUR", "exact", "2025-06-12", "signed",
       "Am Donnerstag unterschrieb der Rechenpark einen Baukredit über 290 Millionen Euro bei der Raiffeisenlandesbank Oberösterreich und der Sparkasse Oberösterreich, die sich das Volumen je zur Hälfte teilen.",
       kind_alt=["investment"], note="the loan under negotiation in 008, now signed; both lenders listed")],
    ["rund 367 Millionen Euro", "2,4 Millionen Euro", "3.400 Euro", "2,90 Euro", "119 Euro"])

articles["010_hollerbach_stauferland.txt"] = A(
    "2025-09-24", "from the line 'Stauferland-Echo · Schwäbisch Gmünd · 24. September 2025' (a Wednesday); 'Am Montag' -> 2025-09-22", "de",
    [D("hollerbach-rechenpark-2025", [HB, RP], "supply", 17000000, "EUR", "exact", "2025-09-22", "signed",
       "Für den zweiten Bauabschnitt im oberösterreichischen Aurolzmünster liefert der Familienbetrieb Kältemaschinen und freie Kühler im Wert von 17 Millionen Euro.",
       note="second order of the pair, must stay apart from the 2024 order (002, 004); parties and 'Am Montag' in the previous sentence; 015 restates it"),
     D("hollerbach-ohratal-2025", [HB, OH], "supply", 9500000, "EUR", "exact", "2025-07", "signed",
       "Bereits im Juli hatte die Ohratal Datenhallen GmbH aus Erfurt bei den Schwaben bestellt: Hollerbach baut die Flüssigkühlung für die Halle in Ohrdruf, der Auftrag hat ein Volumen von 9,5 Millionen Euro.",
       note="'im Juli' -> 2025-07"),
     D("hollerbach-mutlangen-capex", [HB], "capex_plan", 22000000, "EUR", "approx", "2025-09", "planned",
       "Weil die Fertigung an ihre Grenzen stößt, steckt das Unternehmen rund 22 Millionen Euro in eine neue Fertigungshalle im Gewerbegebiet Mutlangen, sagte Geschäftsführer Benedikt Hollerbach.",
       kind_alt=["project"], note="'das Unternehmen' = Hollerbach"),
     D("schneider-hollerbach-rumour", ["Schneider Electric", HB], "acquisition", 500000000, "EUR", "approx", "2025-09", "rumored",
       "Gerüchte, der französische Schneider-Electric-Konzern wolle Hollerbach für rund 500 Millionen Euro übernehmen, wies der Geschäftsführer zurück: „Wir sind nicht zu verkaufen. Punkt.“",
       required=False, note="rumour denied by the company")],
    ["74 Millionen Euro", "mehr als 100 Millionen Euro", "145 Euro", "389.000 Euro"])

articles["011_eaton_boyd_keelson_en.txt"] = A(
    "2025-11-04", "from the header 'November 4, 2025, 7:15 a.m. ET' (a Tuesday); 'on Monday' -> 2025-11-03; 'last month' -> 2025-10", "en",
    [D("eaton-boyd-thermal", ["Eaton", "Boyd Thermal"], "acquisition", 9500000000, "USD", "exact", "2025-11-03", "signed",
       "NEW YORK — Eaton is paying $9.5 billion for Boyd Thermal, the cooling arm of Boyd Corp., whose owner is Goldman Sachs Asset Management, the Dublin-domiciled maker of electrical equipment said on Monday.",
       note="seller Goldman Sachs Asset Management not listed as a party; 014 and 019 restate it"),
     D("vertiv-purgerite", ["Vertiv", "PurgeRite"], "acquisition", 1000000000, "USD", "approx", "2025-10", "signed",
       "Vertiv said last month it would pay roughly a billion dollars for PurgeRite, a Texas specialist in flushing and commissioning liquid-cooling loops.",
       note="amount in words ('roughly a billion dollars')"),
     D("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", None, None, None, "2024", "signed",
       "Schneider Electric bought into Buffalo-based Motivair a year ago.",
       required=False, note="amount-less restatement of the 2024 stake purchase (004); 'a year ago' -> 2024")],
    ["about $1.7 billion", "roughly $1.5 billion", "$7.0 billion", "$371.80", "$184.25", "$30 billion"])

articles["012_google_telekom_aktienlotse.html"] = A(
    "2025-11-12", "from <meta name='date'>, JSON-LD and the byline '12.11.2025, 08:05 Uhr'; 'am Dienstag' -> 2025-11-11; 'vergangene Woche' -> 2025-11", "de",
    [D("google-germany-2025", ["Google"], "capex_plan", 5500000000, "EUR", "exact", "2025-11-11", "announced",
       "Fünfeinhalb Milliarden Euro will Google zwischen 2026 und 2029 in Deutschland ausgeben.",
       alt_amounts=[{"amount": 6400000000, "currency": "USD"}], term=["2026", "2029"],
       note="amount in words; announced 'am Dienstag' (next sentence); 013 gives ~$6.4bn; different from Google's 2021 €1bn plan (013)"),
     D("telekom-nvidia-ai-cloud", ["Deutsche Telekom", "Nvidia"], "project", 1000000000, "EUR", "approx", "2025-11", "announced",
       "Für rund eine Milliarde Euro sollen dort bis zu 10.000 Grafikprozessoren installiert werden, starten soll das Rechenzentrum Anfang 2026.",
       kind_alt=["partnership", "capex_plan"], note="amount in words; parties and 'vergangene Woche' in the previous sentence")],
    ["rund 1,02 Milliarden Euro", "mehr als eine Billion Dollar", "251,20 Dollar", "27,61 Euro", "251,20 USD", "27,61 EUR", "167,90 EUR", "3,99 Euro", "0 Euro Gebühr", "Mindestorder 500 Euro", "2,8 Milliarden Euro"])

articles["013_google_hanau_mainline_en.txt"] = A(
    "2025-11-14", "from the line 'Friday, November 14, 2025'; 'on Tuesday' -> 2025-11-11", "en",
    [D("google-germany-2025", ["Google"], "capex_plan", 6400000000, "USD", "approx", "2025-11-11", "announced",
       "Google said on Tuesday it would invest €5.5 billion, about $6.4 billion, in Germany over the four years from 2026 to 2029.",
       note="same plan as 012; EUR figure first, USD conversion"),
     D("google-germany-2021", ["Google"], "capex_plan", 1000000000, "EUR", "exact", "2021", "announced",
       "In 2021 the company promised to spend €1 billion in the country by 2030, largely on cloud infrastructure and renewable power purchases.",
       term=[None, "2030"], note="earlier plan of the same company, must stay apart from the 2025 plan; 'the company' = Google"),
     D("telekom-nvidia-ai-cloud", ["Deutsche Telekom", "Nvidia"], "project", None, None, None, "2025-11", "announced",
       "- Deutsche Telekom's Munich AI cloud with Nvidia goes live early next year.",
       required=False, kind_alt=["partnership", "capex_plan"], note="amount-less mention of the project in 012")],
    ["$15.2 billion", "$91 billion to $93 billion", "€45", "€8 a month"])

articles["014_halberd_note_cooling_en.txt"] = A(
    "2026-02-10", "from the line 'Sector note | Tuesday, 10 February 2026'; 'last week' -> early February 2026", "en",
    [D("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850000000, "USD", "exact", "2024-10", "signed",
       "Schneider Electric's $850m purchase of a 75% stake in Motivair (October 2024) and Eaton's $9.5bn agreement for Boyd Thermal (November 2025, closing expected in Q2) have set the price points.",
       kind_alt=["investment"], note="restatement of 004, two deals in one sentence"),
     D("eaton-boyd-thermal", ["Eaton", "Boyd Thermal"], "acquisition", 9500000000, "USD", "exact", "2025-11", "signed",
       "Schneider Electric's $850m purchase of a 75% stake in Motivair (October 2024) and Eaton's $9.5bn agreement for Boyd Thermal (November 2025, closing expected in Q2) have set the price points.",
       note="restatement of 011"),
     D("vertiv-hollerbach", ["Vertiv", HB], "acquisition", 650000000, "EUR", "range", "2026", "rumored",
       "The reports put the price between €650m and €750m.", amount_max=750000000,
       alt_amounts=[{"amount": 720000000, "currency": "EUR"}, {"amount": 840000000, "currency": "USD"}],
       note="talks from press reports 'last week' (previous sentence); 019 reports the signing at €720m / ~$840m on 2026-10-26; the year keeps the shared id's dates consistent")],
    ["roughly €107m", "$8.5bn", "about $2.5bn", "PT $215", "$198", "PT €248", "PT $410", "€6bn", "€11bn"])

articles["015_rechenpark_interview_standpunkt.txt"] = A(
    None, "no date anywhere in the article (only 'Lesedauer: 5 Minuten')", "de",
    [D("almtal-rechenpark-ppa", [RP, AE], "supply", 11000000, "EUR", "approx", None, "signed",
       "Wir haben mit Almtal Energie einen Vertrag über 15 Jahre, wir zahlen dem Versorger rund elf Millionen Euro im Jahr.",
       per="year", note="restatement of 007; 'wir' = Innviertel Rechenpark"),
     D("marrowby-rechenpark-49", [MW, RP], "investment", 180000000, "EUR", "exact", None, "completed",
       "Für 49 Prozent haben sie 180 Millionen Euro gezahlt, ohne das Geld hätten wir die zweite Halle nicht begonnen.",
       kind_alt=["acquisition"], note="'sie' = 'Die Briten von Marrowby' (the question); restatement of 008/009; undated"),
     D("hollerbach-rechenpark-2025", [HB, RP], "supply", 17000000, "EUR", "exact", None, "signed",
       "Die Kälte dafür kommt übrigens wieder von Hollerbach, diesmal für 17 Millionen Euro.",
       note="second Hollerbach order (010), 'dafür' = the second hall"),
     D("rechenpark-texas-offer", [RP], "acquisition", 600000000, "EUR", "exact", None, "cancelled",
       "Ein Finanzinvestor aus Texas wollte im vorigen Jahr das ganze Unternehmen, er hat uns 600 Millionen Euro geboten.",
       note="offer refused ('Wir haben Nein gesagt'); bidder unnamed, so only the target is listed; 'im vorigen Jahr' without a year -> null"),
     D("rechenpark-capex-stage3", [RP], "capex_plan", 300000000, "EUR", "approx", None, "planned",
       "Für den dritten Bauabschnitt planen wir rund 300 Millionen Euro, Baubeginn wäre frühestens 2027.",
       kind_alt=["project"], note="different from the 2024 plan of ~€420m (002)")],
    ["zwischen 80 und 110 Euro", "4.800 Euro", "3.000 Euro", "6,50 Euro"])

articles["016_wieslauf_switchyard_en.txt"] = A(
    "2026-05-21", "from the line 'Thursday 21 May 2026'; 'on Wednesday' -> 2026-05-20", "en",
    [D("wieslauf-bayernwerk-frame", [WL, "Bayernwerk Netz"], "supply", 120000000, "EUR", "up_to", "2026-05-20", "signed",
       "The contract, concluded on Wednesday, is worth up to €120 million and covers distribution and grid-coupling transformers for substations across Bavaria, a significant share of them feeding new data-centre connections.",
       term=["2026", "2031"], note="five-year framework agreement; parties in the previous sentence"),
     D("wieslauf-welzheim-capex", [WL], "capex_plan", 85000000, "EUR", "exact", "2025-02", "announced",
       "It will be built partly in the new plant in Welzheim, an €85 million project that opens in the autumn and was financed with a loan from LBBW and the local savings bank.",
       kind_alt=["project"], note="restatement of the 2025 plan (006); the loan is mentioned without an amount (not a second entry)"),
     D("helaba-ohratal-2026", ["Helaba", OH], "other", 300000000, "EUR", "approx", "2026", "negotiating",
       "Elsewhere on the Wieslauf customer list, Thuringian developer Ohratal Datenhallen is in talks with Helaba over a second loan of about €300 million to fund the next building at Ohrdruf, two people familiar with the discussions said.",
       kind_alt=["investment"], note="talks; 017 reports the signing on 2026-07-13; must stay apart from the 2024 loan of €410m; the year keeps the shared id's dates consistent")],
    ["€141 million", "€310 million", "€584 billion", "about €8 million", "€240 a year", "€1,100"])

articles["017_ohratal_helaba_hoerselberg.html"] = A(
    "2026-07-15", "from <meta article:published_time>, JSON-LD and the byline 'Mittwoch, 15. Juli 2026'; 'Am Montag' -> 2026-07-13", "de",
    [D("ohratal-capex-stage2", [OH], "capex_plan", 380000000, "EUR", "approx", "2026-07", "planned",
       "Rund 380 Millionen Euro soll der zweite Bauabschnitt kosten, teilte das Erfurter Unternehmen mit.",
       kind_alt=["project"], note="second phase, different from the €650m first phase (003, 005)"),
     D("helaba-ohratal-2026", ["Helaba", OH], "other", 300000000, "EUR", "exact", "2026-07-13", "signed",
       "Am Montag unterschrieb Ohratal mit der Helaba einen Kreditvertrag über 300 Millionen Euro, wie Geschäftsführerin Juliane Rostewitz bestätigte.",
       kind_alt=["investment"], note="second Helaba loan, the talks reported in 016"),
     D("helaba-ohratal-2024", ["Helaba", OH], "other", 410000000, "EUR", "exact", "2024", "signed",
       "Schon den ersten Bauabschnitt hatte die Landesbank Hessen-Thüringen 2024 mit einem Darlehen über 410 Millionen Euro angeschoben.",
       kind_alt=["investment"], note="restatement of the 2024 loan (003) under the bank's full name"),
     D("wieslauf-ohratal-2026", [WL, OH], "supply", 12000000, "EUR", "exact", "2026-07", "signed",
       "Den Zuschlag erhielt erneut Wieslauf Trafobau aus Schorndorf, diesmal für 12 Millionen Euro.",
       note="second transformer order of the pair, must stay apart from the €23m order of 2025 (006); Ohratal from the context"),
     D("ohratal-ionos-lease", ["IONOS", OH], "cloud_contract", 7500000, "EUR", "approx", None, "signed",
       "Nach Informationen unserer Zeitung überweist er Ohratal dafür jährlich rund 7,5 Millionen Euro, zehn Jahre lang.",
       kind_alt=["other"], per="year", note="restatement of 005; 'er' = IONOS (previous sentence)")],
    ["1,6 Millionen Euro", "14 Millionen Euro", "34,9 Cent", "312 Millionen Euro", "799 Euro"])

articles["018_marrowby_rechenpark_lindhurst_en.txt"] = A(
    "2026-09-22", "only in the dateline 'VIENNA, Sept 22, 2026 (Lindhurst Wire)' (a Tuesday); 'on Monday' -> 2026-09-21", "en",
    [D("marrowby-rechenpark-51", [MW, RP], "acquisition", 265000000, "EUR", "exact", "2026-09-21", "signed",
       "VIENNA, Sept 22, 2026 (Lindhurst Wire) — Marrowby Infrastructure Partners has agreed to buy the remaining 51% of Innviertel Rechenpark from the Austrian data-centre developer's two founders for €265 million, the London-based investor said on Monday.",
       note="second deal of the pair, must stay apart from the 2025 49% stake; 020 reports completion"),
     D("marrowby-rechenpark-49", [MW, RP], "investment", 180000000, "EUR", "exact", "2025-06", "completed",
       "The fund manager paid €180 million for 49% of the developer in June last year.",
       kind_alt=["acquisition"], note="restatement of 008/009")],
    ["about €520 million", "€38 million", "€70 million", "£1.4 billion"])

articles["019_vertiv_hollerbach_boersenlinse.txt"] = A(
    "2026-10-27", "from the header '27.10.2026 | 09:15 Uhr' (a Tuesday); 'am Montag' -> 2026-10-26", "de",
    [D("vertiv-hollerbach", ["Vertiv", HB], "acquisition", 720000000, "EUR", "exact", "2026-10-26", "signed",
       "Wie beide Unternehmen am Montag mitteilten, zahlt der Konzern 720 Millionen Euro an die Eigentümerfamilie, umgerechnet rund 840 Millionen Dollar.",
       alt_amounts=[{"amount": 840000000, "currency": "USD"}],
       note="'der Konzern' = Vertiv, target Hollerbach in the previous sentence; the talks reported in 014"),
     D("eaton-boyd-thermal", ["Eaton", "Boyd Thermal"], "acquisition", 9500000000, "USD", "exact", "2025-11", "completed",
       "Eaton etwa hatte mit der im November 2025 vereinbarten und im Frühjahr abgeschlossenen 9,5-Milliarden-Dollar-Übernahme von Boyd Thermal die Messlatte gesetzt.",
       note="compound amount; completed, keeps the date of the agreement")],
    ["rund 110 Millionen Euro", "96 Millionen Euro", "196,40 USD", "241,15 EUR", "388,02 USD", "230 Dollar", "3,1 Milliarden Dollar", "25 Euro"])

articles["020_chiller_notes_nov26_en.txt"] = A(
    "2026-11-12", "from the issue line 'Issue 162 · Thursday, November 12, 2026'; 'last week' -> 2026-11", "en",
    [D("marrowby-rechenpark-51", [MW, RP], "acquisition", 265000000, "EUR", "exact", "2026", "completed",
       "Marrowby Infrastructure Partners has closed its €265m purchase of the 51% of Innviertel Rechenpark it did not already own, the London investor told us.",
       note="completion of the deal signed in September (018); the text gives no agreement date, the year keeps the shared id's dates consistent"),
     D("almtal-rechenpark-ppa-2", [RP, AE], "supply", 6400000, "EUR", "approx", "2026-11", "signed",
       "Under the second supply deal, signed last week, the utility will deliver another 9 MW from 2028, and Innviertel Rechenpark will pay it about €6.4m a year for twelve years.",
       per="year", term=["2028", "2039"], note="second PPA of the pair, must stay apart from the €11m/year contract; 'the utility' = Almtal Energie (previous sentence)"),
     D("almtal-rechenpark-ppa", [RP, AE], "supply", 11000000, "EUR", "approx", None, "signed",
       "The first contract, worth roughly €11m a year, runs until 2040.",
       per="year", note="restatement of 007"),
     D("almtal-rechenpark-heat", [AE, RP], "partnership", None, None, None, "2026-11", "signed",
       "Almtal and the developer also agreed to pipe waste heat from the halls into the Ried district-heating network; terms were not disclosed.",
       required=False, kind_alt=["supply", "other"], note="amount-less heat agreement"),
     D("vertiv-hollerbach", ["Vertiv", HB], "acquisition", 720000000, "EUR", "exact", None, "signed",
       "Vertiv's €720m takeover of Hollerbach Kältetechnik is waiting for German merger approval.",
       note="restatement of 019, awaiting approval")],
    ["€0.094", "€2.3bn", "€990", "$18 a month", "$180"])

aliases = {
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    RP: [RP, "Innviertel Rechenpark", "Rechenpark"],
    "Gemeinde Aurolzmünster": ["Gemeinde Aurolzmünster", "Aurolzmünster"],
    HB: [HB, "Hollerbach Kältetechnik", "Hollerbach"],
    OH: [OH, "Ohratal Datenhallen", "Ohratal"],
    "Helaba": ["Helaba", "Landesbank Hessen-Thüringen"],
    "Schneider Electric": ["Schneider Electric", "Schneider"],
    "Motivair": ["Motivair", "Motivair Corp."],
    "IONOS": ["IONOS", "IONOS Group", "IONOS SE"],
    WL: [WL, "Wieslauf Trafobau", "Wieslauf"],
    "LBBW": ["LBBW", "Landesbank Baden-Württemberg"],
    "Kreissparkasse Waiblingen": ["Kreissparkasse Waiblingen"],
    AE: [AE, "Almtal Energie", "Almtal"],
    MW: [MW, "Marrowby"],
    RLB: [RLB, "Raiffeisenlandesbank OÖ", "RLB Oberösterreich"],
    SPK: [SPK],
    "Eaton": ["Eaton", "Eaton Corp."],
    "Boyd Thermal": ["Boyd Thermal"],
    "Vertiv": ["Vertiv", "Vertiv Holdings"],
    "PurgeRite": ["PurgeRite", "Purge Rite"],
    "Google": ["Google", "Alphabet"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Bayernwerk Netz": ["Bayernwerk Netz", "Bayernwerk"],
}

about = (
    "Hand-annotated deals in the twenty-seventh, held-out test corpus (tests/corpus27/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions (and deals stated without an amount) that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal "
    "is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as "
    "another article (or the same article) states it in another currency, at another precision or as a lifetime total. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <time datetime>, issue line or "
    "visible byline date, or null when the article has none); quarters, half-years and seasons become the year; a "
    "cancelled or completed deal keeps the date of the original agreement or talks; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For "
    ".html articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Innviertel Rechenpark GmbH, Hollerbach Kältetechnik GmbH, Ohratal Datenhallen GmbH, Wieslauf Trafobau "
    "GmbH, Almtal Energie AG, Marrowby Infrastructure Partners; invented publications, banks' and brokers' names used "
    "in ads, research houses and people are named in README.md; the deals of real companies are partly real, partly "
    "invented or shifted. Nothing here is reporting.")

gold = {"about": about, "articles": articles, "aliases": aliases}
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote", HERE / "gold.json")
