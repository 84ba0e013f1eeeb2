#!/usr/bin/env python3
"""The annotation of corpus39 as code: run it to write gold.json (standard library only)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
M, B = 10**6, 10**9

W = "Wümmetal Rechenzentren GmbH"
MB = "Marlow Brook Infrastructure"
P = "Pennock Compute"
O = "Kühlbau Ortmeier"
G = "Geestkraft AG"


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount else None, "qualifier": qualifier if amount else None,
         "date": date, "status": status, "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def A(published, note, lang, deals, not_deals):
    return {"published": published, "published_note": note, "language": lang,
            "deals": deals, "not_deals": not_deals}


articles = {}

articles["001_microsoft_germany_brightwater_en.txt"] = A(
    "2024-02-15", "from the date line 'FEBRUARY 15, 2024 / 11:42 AM GMT'; 'on Thursday' -> 2024-02-15", "en",
    [D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3.2 * B, "EUR", "exact", "2024-02-15", "announced",
       "BERLIN - Microsoft will spend 3.2 billion euros ($3.45 billion) in Germany by the end of next year, more than doubling the capacity it has there for artificial intelligence and cloud computing, the U.S. software group said on Thursday.",
       term=[None, "2025"], alt_amounts=[{"amount": 3.45 * B, "currency": "USD"}],
       note="capex plan of one spender; 010 restates it in EUR, 003 mentions it in a numbers box"),
     D("microsoft-rhineland-land", ["Microsoft"], "acquisition", None, None, None, None, "completed",
       "The bulk of the spending will go into new server halls in the former lignite region west of Cologne, where Microsoft has bought plots in Bergheim and Elsdorf over recent months.",
       required=False, kind_alt=["other"],
       note="land purchases without a price ('did not say what it paid'); optional background")],
    ["$25.9 billion", "$21.9 billion", "$406.56", "12 billion euros"])

articles["002_scheessel_wuemmetal_kreisblatt.txt"] = A(
    "2024-05-17", "from the date line 'Scheeßel · Freitag, 17. Mai 2024'; 'am Mittwochabend' -> 2024-05-15", "de",
    [D("scheessel-wuemmetal-land-2024", [W, "Gemeinde Scheeßel"], "acquisition", 19.6 * M, "EUR", "exact", "2024-05-15", "signed",
       "19,6 Millionen Euro bekommt die Gemeinde Scheeßel für das Gewerbegebiet „Am Wümmeberg“.",
       kind_alt=["other"],
       note="municipal land sale; amount first, buyer and the council vote 'am Mittwochabend' in the next sentence; 016 restates the price; different from the amount-less second sale of 2026 (015, 020)"),
     D("ortmeier-wuemmetal-2024", [O, W], "supply", 14 * M, "EUR", "at_least", "2024-05", "signed",
       "Nach Angaben von Wümmetal-Geschäftsführer Jannik Oltmanns hat der Auftrag ein Volumen von mindestens 14 Millionen Euro.",
       note="'der Auftrag' = the cooling order awarded to Kühlbau Ortmeier (previous sentences, 'Den Zuschlag erhielt'); no day given -> month of the article; different from the €9.5m order of 2026 (015)")],
    ["bis zu 3 Millionen Euro", "4 Euro je Quadratmeter", "1,8 Millionen Euro", "400.000 Euro", "689 Euro"])

articles["003_plenum_dispatch_september_en.txt"] = A(
    "2024-09-26", "from the issue line 'Issue 58 — Thursday 26 September 2024'; 'last week' -> 2024-09; 'on Monday' -> 2024-09-23", "en",
    [D("pennock-wuemmetal-lease-2024", [P, W], "cloud_contract", 4.2 * M, "EUR", "exact", "2024-09", "signed",
       "The start-up will pay €4.2 million a month once the hall is handed over in autumn 2025, says one insider who has read the heads of terms.",
       per="month", term=["2025", "2030"], kind_alt=["other"], alt_amounts=[{"amount": 50.4 * M, "currency": "EUR"}],
       note="lease of a data-centre hall; 'the start-up' = Pennock Compute, landlord Wümmetal in the previous sentences; signed 'last week' -> month; five years from autumn 2025; 016 restates it per year (gut 50 Mio. Euro, alt 12 x 4.2m); different from the 2026 lease (019)"),
     D("siebrecht-wuemmetal-2024", ["Elektrobau Siebrecht", W], "supply", 27 * M, "EUR", "exact", "2024-09-23", "signed",
       "It is worth €27 million and covers the medium-voltage system and the transformer yard.",
       note="'It' = the electrical order won by Elektrobau Siebrecht 'on Monday' (previous sentence)"),
     D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3.2 * B, "EUR", "exact", "2024-02", "announced",
       "- €3.2bn: what Microsoft pledged for Germany in February — still the benchmark everyone quotes",
       required=False, note="background restatement in a numbers box (001)")],
    ["£11 million", "€12bn", "€0.19/kWh", "€95", "€45", "€7,800 a rack", "€19 monthly", "€190 if you pay for the year"])

articles["004_wuemmetal_finanzierung_elbeweser.html"] = A(
    "2024-11-20", "from <meta name='date'>, JSON-LD datePublished and the byline '20.11.2024, 06:45 Uhr'; 'Am Dienstag' -> 2024-11-19", "de",
    [D("ostgeest-nordlb-wuemmetal-loan", ["Sparkasse Ostgeest", "NordLB", W], "investment", 310 * M, "EUR", "exact", "2024-11", "signed",
       "Ein Konsortium unter Führung der Sparkasse Ostgeest stellt dem Unternehmen ein Darlehen über 310 Millionen Euro zur Verfügung.",
       kind_alt=["other"],
       note="bank loan; 'dem Unternehmen' = Wümmetal (lead sentence); NordLB named in the next sentence; no day given -> month of the article; 007 and 020 restate it"),
     D("wuemmetal-scheessel-capex", [W], "capex_plan", 900 * M, "EUR", "approx", "2024-11", "planned",
       "Insgesamt will Wümmetal in Scheeßel rund 900 Millionen Euro investieren, verteilt auf drei Bauabschnitte bis 2028.",
       term=[None, "2028"], note="investment plan of the developer"),
     D("geestkraft-wuemmetal-ppa", [G, W], "supply", 38 * M, "EUR", "approx", "2024-11-19", "signed",
       "Er läuft 15 Jahre ab Januar 2026, der Versorger erhält dafür jährlich rund 38 Millionen Euro.",
       per="year", term=["2026-01", "2040"],
       note="'Er' = the wind-power supply contract signed 'Am Dienstag' (previous sentence), 'der Versorger' = Geestkraft AG; yearly rate; 005 restates it")],
    ["4,1 Milliarden Euro", "50.000 Euro", "300 Millionen Euro mehr", "512 Millionen Euro"])

articles["005_geestkraft_netzkurier.txt"] = A(
    "2025-03-27", "from the issue line 'Ausgabe 13/2025 · 27. März 2025'; 'am Mittwoch' -> 2025-03-26", "de",
    [D("geestkraft-grid-capex", [G], "capex_plan", 240 * M, "EUR", "exact", "2025-03-26", "announced",
       "Bis 2029 will der Stader Versorger 240 Mio. Euro in Umspannwerke, Mittelspannungsleitungen und digitale Ortsnetzstationen stecken, teilte Vorständin Antje Pöhlsen am Mittwoch bei der Bilanzvorlage mit.",
       term=[None, "2029"], note="'der Stader Versorger' = Geestkraft AG; the superseded programme ('knapp 150 Mio. Euro') is not a deal; 020 restates it"),
     D("geestkraft-wuemmetal-ppa", [G, W], "supply", 38 * M, "EUR", "approx", "2024-11", "signed",
       "Im November schloss das Unternehmen mit Wümmetal Rechenzentren einen Vertrag über Windstrom für deren Campus in Scheeßel; ab 2026 bringt er Geestkraft rund 38 Mio. Euro im Jahr.",
       per="year", term=["2026", None], note="restatement of 004; 'Im November' -> 2024-11; 'das Unternehmen' = Geestkraft")],
    ["knapp 150 Mio. Euro", "1,12 Mrd. Euro", "46 Mio. Euro", "18 Mio. Euro", "0,8 Cent je Kilowattstunde",
     "1.246 Euro im Jahr", "mehrere Hundert Milliarden Euro", "eine Billion Euro", "590 Euro", "450 Euro", "348 Euro"])

articles["006_marlow_brook_calder_en.txt"] = A(
    "2025-06-12", "from the line 'Technology · Thursday 12 June 2025'; 'on Wednesday' -> 2025-06-11; 'in January' -> 2025-01", "en",
    [D("marlowbrook-wuemmetal-stake", [MB, W], "investment", 150 * M, "GBP", "exact", "2025-06-11", "signed",
       "Marlow Brook Infrastructure, a London investor that backs power and digital assets across northern Europe, is taking a 40% stake in Wümmetal Rechenzentren for £150 million.",
       kind_alt=["acquisition"], alt_amounts=[{"amount": 178 * M, "currency": "EUR"}],
       note="'agreed on Wednesday' in the next sentence; EUR figure two sentences later (alt); 007 reports it in EUR; different from the 2026 takeover of the remaining 60% (018, 020)"),
     D("marlowbrook-pennock-series-a", [MB, P], "investment", 38 * M, "GBP", "exact", "2025-01", "completed",
       "The fund led Pennock's £38 million Series A in January.",
       note="'The fund' = Marlow Brook; different from the £60m Series B of 2026 (019)")],
    ["£375 million", "£1.4 billion", "£120,000 a year", "£2.3 million"])

articles["007_wochenbrief_nordwest_kapital.txt"] = A(
    "2025-06-20", "from the issue line 'KW 25 | Freitag, 20.06.2025'; 'vergangene Woche' -> 2025-06", "de",
    [D("marlowbrook-wuemmetal-stake", [MB, W], "investment", 178 * M, "EUR", "approx", "2025-06", "signed",
       "Die Briten zahlen nach eigenen Angaben rund 178 Millionen Euro.",
       kind_alt=["acquisition"], note="'Die Briten' = Marlow Brook, stake in Wümmetal in the previous sentence ('vergangene Woche'); same deal as 006"),
     D("ostgeest-nordlb-wuemmetal-loan", ["Sparkasse Ostgeest", "NordLB", W], "investment", 310 * M, "EUR", "exact", None, "signed",
       "Zuvor hatten die Rotenburger mit der Sparkasse Ostgeest und der NordLB bereits ein Bankdarlehen über 310 Millionen Euro aufgenommen.",
       kind_alt=["other"], note="restatement of 004; 'die Rotenburger' = Wümmetal; no date given"),
     D("ortmeier-herford-capex", [O], "capex_plan", 22 * M, "EUR", "at_least", "2025-06", "planned",
       "Der Familienbetrieb will in Herford bis Ende 2026 ein zweites Werk für Rückkühler und Kältemaschinen errichten und steckt dafür gut 22 Millionen Euro in das Projekt.",
       term=[None, "2026"], kind_alt=["project"], note="'Der Familienbetrieb' = Kühlbau Ortmeier; 'gut' -> at_least")],
    ["96 Millionen Euro", "540 Millionen Euro", "9,8 Millionen Euro", "149 Euro"])

articles["008_schwarz_luebbenau_lausitz.txt"] = A(
    "2025-08-29", "only in the byline 'Von Steffen Kolodziej, Cottbus – 29.08.2025'; 'am Donnerstag' -> 2025-08-28", "de",
    [D("schwarz-luebbenau", ["Schwarz Gruppe"], "capex_plan", 11 * B, "EUR", "approx", "2025-08-28", "announced",
       "Rund elf Milliarden Euro sollen in den Campus fließen, den die IT-Tochter Schwarz Digits am Donnerstag gemeinsam mit Brandenburgs Landesregierung vorstellte.",
       kind_alt=["project"], alt_amounts=[{"amount": 12.9 * B, "currency": "USD"}],
       note="amount in words; 011 restates it with USD"),
     D("schwarz-luebbenau-power", ["Schwarz Gruppe"], "supply", None, None, None, "2025-08", "negotiating",
       "Schwarz Digits führt nach Angaben aus Teilnehmerkreisen Gespräche mit Anbietern in der Region über eine langfristige Versorgung mit Wind- und Solarstrom, Zahlen wurden nicht genannt.",
       required=False, note="talks with unnamed suppliers, no amount")],
    ["40 Milliarden Euro", "175 Milliarden Euro", "38 Millionen Euro"])

articles["009_tennet_germany_meridian_en.html"] = A(
    "2025-09-23", "from <meta parsely-pub-date>, JSON-LD and the byline 'Tue, Sep 23, 2025'; 'on Monday' -> 2025-09-22", "en",
    [D("tennet-germany-stake", ["APG", "GIC", "Norges Bank Investment Management", "TenneT Germany"], "investment", 9.5 * B, "EUR", "exact", "2025-09-22", "signed",
       "AMSTERDAM/BERLIN — The Netherlands has agreed to sell a 46% stake in TenneT Germany, the country's largest transmission grid operator by length, to a group of three investors for €9.5 billion, easing the pressure on the Dutch state to keep funding a grid that it does not use.",
       kind_alt=["acquisition"], alt_amounts=[{"amount": 11.2 * B, "currency": "USD"}],
       note="buyers named in the next sentence ('said on Monday'), USD figure there too; seller is the Dutch state; 010 restates it"),
     D("germany-tennet-talks", ["Bundesrepublik Deutschland", "TenneT Germany"], "acquisition", None, None, None, "2024", "cancelled",
       "The operator has said German grid upgrades will require tens of billions of euros in the coming decade, and an earlier plan for Berlin to buy the German business outright collapsed last year over budget constraints.",
       required=False, note="amount-less failed plan, background; 'last year' -> 2024")],
    ["tens of billions of euros", "€20 billion", "€4.6 billion", "€10,000", "€37.42"])

articles["010_tennet_spannungsfall.txt"] = A(
    "2025-09-24", "from the issue line 'Nr. 38 · Mittwoch, 24. September 2025'; 'am Montag' -> 2025-09-22", "de",
    [D("tennet-germany-stake", ["APG", "GIC", "Norges Bank Investment Management", "TenneT Germany"], "investment", 9.5 * B, "EUR", "exact", "2025-09-22", "signed",
       "Zusammen zahlen sie 9,5 Milliarden Euro, wie das Finanzministerium in Den Haag am Montag bekanntgab.",
       kind_alt=["acquisition"], note="'sie' = APG, GIC and NBIM; 'Netztochter' = Tennet Deutschland (previous sentence); same deal as 009"),
     D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3.2 * B, "EUR", "exact", "2024", "announced",
       "Anfang 2024 versprach Microsoft, 3,2 Milliarden Euro in Rechenzentren im Rheinischen Revier und in Frankfurt zu investieren; allein im Norden liegen Anfragen über mehrere Gigawatt auf dem Tisch.",
       note="restatement of 001; 'Anfang 2024' -> 2024")],
    ["mehr als 100 Milliarden Euro", "80 bis 120 Millionen Euro", "13,4 Cent", "120 Euro"])

articles["011_hollis_vane_note_en.txt"] = A(
    "2025-10-08", "from the line 'Sector note | 8 October 2025'; 'in late August' -> 2025-08", "en",
    [D("schwarz-luebbenau", ["Schwarz Gruppe"], "capex_plan", 11 * B, "EUR", "exact", "2025-08", "announced",
       "The Schwarz group's plan for Lübbenau, unveiled in late August, is the largest: €11bn, or roughly $12.9bn, for a single campus in Brandenburg.",
       kind_alt=["project"], alt_amounts=[{"amount": 12.9 * B, "currency": "USD"}], note="same plan as 008"),
     D("google-germany-2024", ["Google"], "capex_plan", 1 * B, "EUR", "exact", "2024", "announced",
       "In 2024 the company said it would invest €1bn in German cloud infrastructure and renewable energy through 2030, including its Hanau region near Frankfurt.",
       term=[None, "2030"], note="'the company' = Google (previous sentence); different from the €5.5bn plan of 2025 (013, 014)")],
    ["€17.50", "€16.20", "€44", "€28bn a year", "€19bn", "€182bn"])

articles["012_telekom_nvidia_brightwater_en.txt"] = A(
    "2025-11-05", "only in the dateline 'BERLIN, Nov 5, 2025 (Brightwater Wire)'; 'on Tuesday' -> 2025-11-04", "en",
    [D("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", 1 * B, "EUR", "approx", "2025-11-04", "announced",
       "BERLIN, Nov 5, 2025 (Brightwater Wire) - Deutsche Telekom and Nvidia will build a data centre in Munich for industrial artificial intelligence in a project worth about 1 billion euros, the two companies said on Tuesday, as Europe tries to catch up with the United States and China in computing power.",
       kind_alt=["partnership", "capex_plan"], note="joint AI data-centre project; 014 and 017 restate it")],
    ["20 billion euros", "26.94 euros", "28.7 billion euros", "$5 trillion"])

articles["013_google_dietzenbach_mainrodgau.txt"] = A(
    "2025-11-12", "from the date line 'Mittwoch, 12. November 2025'; 'am Dienstag' -> 2025-11-11", "de",
    [D("google-germany-2025", ["Google"], "capex_plan", 5.5 * B, "EUR", "exact", "2025-11-11", "announced",
       "Dietzenbach/Hanau. 5,5 Milliarden Euro: So viel will Google zwischen 2026 und 2029 hierzulande ausgeben.",
       term=["2026", "2029"], alt_amounts=[{"amount": 6.4 * B, "currency": "USD"}],
       note="announced 'am Dienstag' (next sentence); 014 gives USD; different from the 2024 €1bn plan"),
     D("google-germany-2024", ["Google"], "capex_plan", 1 * B, "EUR", "approx", "2024", "announced",
       "Schon im Frühjahr 2024 hatte der Suchmaschinenkonzern eine Summe von rund einer Milliarde Euro für Cloud-Rechenzentren und Ökostrom in Deutschland genannt, verteilt bis 2030.",
       term=[None, "2030"], note="'der Suchmaschinenkonzern' = Google; amount in words; season -> year; same plan as 011")],
    ["41 Millionen Euro", "800 Millionen Euro", "1,016 Milliarden Euro", "289 Euro"])

articles["014_google_germany_gigawatt_en.html"] = A(
    "2025-11-12", "from <meta article:published_time>, JSON-LD and <time datetime='2025-11-12'>; 'on Tuesday' -> 2025-11-11; 'a week after' -> 2025-11", "en",
    [D("google-germany-2025", ["Google"], "capex_plan", 5.5 * B, "EUR", "exact", "2025-11-11", "announced",
       "Google on Tuesday put a figure of €5.5 billion on its German build-out from next year through 2029 — roughly $6.4 billion at current rates — with a new data center going up in Dietzenbach outside Frankfurt and more capacity at the Hanau campus it already runs.",
       term=["2026", "2029"], alt_amounts=[{"amount": 6.4 * B, "currency": "USD"}], note="same plan as 013"),
     D("google-germany-ppas", ["Google"], "supply", None, None, None, "2025-11-11", "announced",
       "The search giant said waste heat from Dietzenbach would be fed into a district heating network, and that it was adding new carbon-free power supply agreements in Germany.",
       required=False, note="unnamed suppliers, no value ('did not name the suppliers or give a value')"),
     D("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", 1 * B, "EUR", "approx", "2025-11", "announced",
       "The pledge lands a week after Deutsche Telekom and Nvidia said they would spend around €1 billion on an AI data center in Munich, a project that Telekom has pitched as sovereign European compute.",
       kind_alt=["partnership", "capex_plan"], note="restatement of 012; 'a week after' -> month")],
    ["$102.3 billion", "$155 billion", "$286.71", "$8 a month", "$40 billion"])

articles["015_ortmeier_scheessel_kreisblatt.txt"] = A(
    "2026-02-13", "from the date line 'Scheeßel · Freitag, 13. Februar 2026'; 'am Mittwoch' -> 2026-02-11", "de",
    [D("ortmeier-wuemmetal-2026", [O, W], "supply", 9.5 * M, "EUR", "exact", "2026-02-11", "signed",
       "Die Ostwestfalen liefern Rückkühler und zwei Kältezentralen für 9,5 Millionen Euro.",
       note="'Die Ostwestfalen' = Kühlbau Ortmeier; order placed by Wümmetal 'am Mittwoch' (previous sentence); second order of the pair, must stay apart from the 2024 order"),
     D("ortmeier-wuemmetal-2024", [O, W], "supply", 14 * M, "EUR", "at_least", "2024", "signed",
       "Bereits 2024 hatte der Betrieb den ersten Abschnitt ausgestattet; damals ging es um mindestens 14 Millionen Euro.",
       note="restatement of 002; 'der Betrieb' = Ortmeier"),
     D("scheessel-wuemmetal-land-2026", [W, "Gemeinde Scheeßel"], "acquisition", None, None, None, "2026", "negotiating",
       "Parallel verhandelt der Entwickler mit der Gemeinde Scheeßel über weitere neun Hektar nördlich der Kreisstraße.",
       required=False, kind_alt=["other"], note="second land sale, no price named; 020 reports it done")],
    ["2,4 Millionen Euro", "6,2 Millionen Euro", "38.000 Euro"])

articles["016_wuemmetal_interview_standortnord.txt"] = A(
    None, "no date anywhere in the article (only 'Lesedauer: 5 Minuten')", "de",
    [D("scheessel-wuemmetal-land-2024", [W, "Gemeinde Scheeßel"], "acquisition", 19.6 * M, "EUR", "exact", None, "signed",
       "Herr Oltmanns, Sie haben der Gemeinde Scheeßel 19,6 Millionen Euro für ein Stück Acker bezahlt.",
       kind_alt=["other"], note="restatement of 002 in a question; 'Sie' = Oltmanns/Wümmetal; undated interview"),
     D("pennock-wuemmetal-lease-2024", [P, W], "cloud_contract", 50 * M, "EUR", "approx", None, "signed",
       "Pennock zahlt uns im Jahr gut 50 Millionen Euro Miete für die erste Halle, fünf Jahre lang.",
       per="year", kind_alt=["other"], note="restatement of 003 as a yearly figure (12 x €4.2m); 'uns' = Wümmetal"),
     D("wuemmetal-us-offer", [W], "acquisition", 600 * M, "EUR", "exact", None, "cancelled",
       "Oltmanns: Ein amerikanischer Betreiber wollte uns für 600 Millionen Euro komplett übernehmen.",
       note="refused offer ('Wir haben Nein gesagt'); bidder not named, so only the target is a party; 018 mentions it without amount")],
    ["11 Cent pro Kilowattstunde", "78.000 Euro", "7,50 Euro"])

articles["017_telekom_mainkai_markets_en.txt"] = A(
    "2026-04-14", "from the line 'Tuesday, April 14, 2026 — pre-market edition'; report 'on Monday' -> 2026-04-13; 'in November' -> 2025-11", "en",
    [D("telekom-wuemmetal-capacity", ["Deutsche Telekom", W], "cloud_contract", 200 * M, "EUR", "up_to", "2026-04-13", "rumored",
       "A multi-year agreement worth up to €200 million is under discussion, the report said, citing two people close to the talks.",
       kind_alt=["other"], note="parties in the two previous sentences ('Telekom is in talks', 'The counterparty is said to be Wümmetal'); rumour reported on Monday"),
     D("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", 1 * B, "EUR", "approx", "2025-11", "announced",
       "Why it matters: the Munich facility Telekom built with Nvidia — a project of around €1 billion announced in November — has been sold out since it opened in February, management said at the full-year results.",
       kind_alt=["partnership", "capex_plan"], note="restatement of 012")],
    ["€36", "€29.12", "€145 billion", "€1.00 per share", "€18.9bn", "€13bn", "€24.90 a month"])

articles["018_marlow_brook_castlegate_en.txt"] = A(
    "2026-06-18", "only in the dateline 'LONDON, June 18 2026 (Castlegate Newswire)'; 'last June' -> 2025-06", "en",
    [D("marlowbrook-wuemmetal-takeover", [MB, W], "acquisition", 650 * M, "EUR", "approx", "2026", "rumored",
       "LONDON, June 18 2026 (Castlegate Newswire) - Marlow Brook Infrastructure is in advanced talks to buy the 60% of Wümmetal Rechenzentren it does not already own, in a deal that could be worth around 650 million euros, according to three people with knowledge of the negotiations.",
       note="rumour; 020 reports the signing on 2026-11-11; the year keeps the shared id's dates consistent; different from the 2025 40% stake"),
     D("marlowbrook-wuemmetal-stake", [MB, W], "investment", None, None, None, "2025-06", "signed",
       "The London-based infrastructure investor bought its first 40% of the company last June.",
       required=False, kind_alt=["acquisition"], note="amount-less restatement of 006"),
     D("wuemmetal-us-offer", [W], "acquisition", None, None, None, None, "cancelled",
       "Founder Jannik Oltmanns, who holds most of the remaining shares together with two family offices from Bremen, said in an interview earlier this year that he had turned down a takeover offer from a U.S. operator.",
       required=False, note="amount-less restatement of 016; the offer's date is not given")],
    ["12 million to 15 million euros per megawatt", "1.4 billion pounds", "2.5 billion pounds"])

articles["019_pennock_chiller_report_en.txt"] = A(
    "2026-09-25", "from the line 'Friday 25 September 2026'; 'last month' -> 2026-08; 'on Tuesday' -> 2026-09-22", "en",
    [D("pennock-wuemmetal-lease-2026", [P, W], "cloud_contract", 2.5 * M, "EUR", "exact", "2026-08", "signed",
       "It will pay €2.5 million a month for the space from April 2027, for four years, a spokeswoman confirmed; the hall is smaller than the first one, which the company rents under a separate five-year contract signed in 2024.",
       per="month", term=["2027-04", "2031-03"], kind_alt=["other"],
       note="'It' = Pennock, second hall at Wümmetal's campus, lease signed 'last month' (previous sentences); must stay apart from the 2024 lease mentioned in the same sentence"),
     D("pennock-wuemmetal-lease-2024", [P, W], "cloud_contract", None, None, None, "2024", "signed",
       "It will pay €2.5 million a month for the space from April 2027, for four years, a spokeswoman confirmed; the hall is smaller than the first one, which the company rents under a separate five-year contract signed in 2024.",
       required=False, kind_alt=["other"], note="amount-less restatement of the first lease (003) in the same sentence"),
     D("marlowbrook-pennock-series-b", [MB, P], "investment", 60 * M, "GBP", "exact", "2026-09-22", "completed",
       "To pay for the chips that will fill it, Pennock raised £60 million in a Series B round on Tuesday.",
       note="lead investor Marlow Brook in the next sentence ('led again by'); different from the Series A (006)"),
     D("marlowbrook-pennock-series-a", [MB, P], "investment", None, None, None, "2025", "completed",
       "The round was led again by Marlow Brook Infrastructure, which also backed the start-up's Series A in early 2025 and owns 40% of its landlord.",
       required=False, note="amount-less restatement of the Series A (006); 'early 2025' -> 2025"),
     D("ortmeier-wuemmetal-2026", [O, W], "supply", None, None, None, "2026", "signed",
       "Wümmetal has ordered the cooling for its second building from Kühlbau Ortmeier, the German contractor that fitted out the first.",
       required=False, note="amount-less restatement of the 2026 cooling order (015)")],
    ["$3 million", "£48 million", "£19 million", "£2 billion", "£395 a year"])

articles["020_wuemmetal_uebernahme_nordwest.txt"] = A(
    "2026-11-13", "from the line 'Nordwest Wirtschaftswoche · 13.11.2026 · Seite 7'; 'am Mittwoch' -> 2026-11-11", "de",
    [D("marlowbrook-wuemmetal-takeover", [MB, W], "acquisition", 650 * M, "EUR", "approx", "2026-11-11", "signed",
       "Aus dem Maisfeld ist ein Geschäft geworden, das sich Londoner Investoren jetzt rund 650 Millionen Euro kosten lassen.",
       note="buyer, target and the signing 'am Mittwoch' in the next two sentences; 'die Londoner' = Marlow Brook; antitrust approval pending; 018 reported the talks"),
     D("ostgeest-nordlb-wuemmetal-loan", ["Sparkasse Ostgeest", "NordLB", W], "investment", 310 * M, "EUR", "exact", "2024", "signed",
       "Das Darlehen über 310 Millionen Euro, das die Sparkasse Ostgeest gemeinsam mit der NordLB 2024 gewährt hatte, soll durch eine Anleihe von bis zu 500 Millionen Euro abgelöst werden, die im ersten Quartal 2027 am Kapitalmarkt platziert werden soll.",
       kind_alt=["other"], note="restatement of 004; to be refinanced"),
     D("wuemmetal-bond", [W], "investment", 500 * M, "EUR", "up_to", "2026-11", "planned",
       "Das Darlehen über 310 Millionen Euro, das die Sparkasse Ostgeest gemeinsam mit der NordLB 2024 gewährt hatte, soll durch eine Anleihe von bis zu 500 Millionen Euro abgelöst werden, die im ersten Quartal 2027 am Kapitalmarkt platziert werden soll.",
       required=False, kind_alt=["other"], note="planned bond without named investors; optional as a vague financing plan"),
     D("scheessel-wuemmetal-land-2026", [W, "Gemeinde Scheeßel"], "acquisition", None, None, None, "2026", "completed",
       "Der Campus in Scheeßel hat inzwischen drei Hallen, für eine vierte wurde im Frühjahr Land von der Gemeinde zugekauft.",
       required=False, kind_alt=["other"], note="second land sale (015), no price; 'im Frühjahr' -> 2026"),
     D("geestkraft-grid-capex", [G], "capex_plan", 240 * M, "EUR", "exact", "2025-03", "announced",
       "Das im März 2025 aufgelegte Netzprogramm über 240 Millionen Euro liegt nach Angaben des Vorstands im Plan.",
       note="restatement of 005 in 'Kurz notiert'")],
    ["21 Millionen Euro", "290 Millionen Euro", "31 Millionen Euro"])

aliases = {
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    W: [W, "Wümmetal Rechenzentren", "Wümmetal"],
    "Gemeinde Scheeßel": ["Gemeinde Scheeßel", "Scheeßel"],
    O: [O, "Ortmeier", "Kühlbau Ortmeier GmbH"],
    P: [P, "Pennock"],
    "Elektrobau Siebrecht": ["Elektrobau Siebrecht", "Siebrecht"],
    "Sparkasse Ostgeest": ["Sparkasse Ostgeest"],
    "NordLB": ["NordLB", "Norddeutsche Landesbank"],
    G: [G, "Geestkraft"],
    MB: [MB, "Marlow Brook"],
    "Schwarz Gruppe": ["Schwarz Gruppe", "Schwarz-Gruppe", "Schwarz group", "Schwarz Digits"],
    "APG": ["APG"],
    "GIC": ["GIC"],
    "Norges Bank Investment Management": ["Norges Bank Investment Management", "NBIM", "Norway's sovereign wealth fund"],
    "TenneT Germany": ["TenneT Germany", "Tennet Deutschland", "TenneT", "Tennet"],
    "Bundesrepublik Deutschland": ["Bundesrepublik Deutschland", "German government", "Bundesregierung", "Berlin"],
    "Google": ["Google", "Alphabet"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
}

ABOUT = (
    "Hand-annotated deals in the thirty-ninth, held-out test corpus (tests/corpus39/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions (and deals stated without any amount) that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal "
    "is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as "
    "another article (or the same article) states it in another currency, at another precision or per another period. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <time datetime>, issue line or "
    "visible byline date, or null when the article has none); quarters, half-years and seasons become the year; a "
    "cancelled deal keeps the date of the original agreement or talks; a rumour later signed keeps the year; 'term' is "
    "the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Wümmetal Rechenzentren GmbH, Kühlbau Ortmeier, Elektrobau "
    "Siebrecht, Sparkasse Ostgeest, Geestkraft AG, Marlow Brook Infrastructure, Pennock Compute; invented publications "
    "and people are named in README.md; the deals of real companies are partly real, partly invented or shifted. "
    "Nothing here is reporting.")


def clean(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, float):
        return round(v)
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if isinstance(v, list):
        return [clean(x) for x in v]
    return v


gold = {"about": ABOUT, "articles": clean(articles), "aliases": aliases}
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote gold.json:", len(articles), "articles,", sum(len(a["deals"]) for a in articles.values()), "deal mentions")
