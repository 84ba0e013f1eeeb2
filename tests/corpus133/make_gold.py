#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus133/articles/.

Edit the annotation here and run `python3 tests/corpus133/make_gold.py`; then check it with
`python3 tests/corpus133/check_gold.py`. Same format and rules as tests/corpus15/gold.json and
../shared/gold/seeds.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 133rd held-out test corpus (tests/corpus133/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: heavy industry and manufacturing buying AI and compute and "
    "hosting data centres (steel, cement, chemicals, machine builders, industrial parks). One entry per "
    "article; a deal that several articles report carries the same id in each. 'required': false marks vague "
    "or background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <meta>/<time>, issue line, portal stamp or "
    "copyright line, or null when the article has none); quarters, half-years and seasons become the year; a "
    "cancelled deal keeps the date of the original talks or offer; 'term' is the period the deal covers, where "
    "the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Slagwise, Cottesbrook Partners, Dunmoor Compute, Zundersoft, Ostwall Capital, Tarnwell "
    "Fabrication, Minette Data, Banque Pétrusse, Hüttenfeld Rechenzentren, Stahlsinn, Rheinschleife "
    "Datacenter, Wiślany Data Park, Kallax Vision, Ottwanger Maschinenbau, Grauwacke Robotics, Emberline Data, "
    "Caldermoor Industrial Partners, Bankhaus Kaßlerfeld; invented publications, research houses, advertisers "
    "and people are listed in invented_names.txt; the deals of real companies are partly real, partly invented "
    "or shifted. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("per", "term", "alt_amounts", "kind_alt", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


HM, SW = "Heidelberg Materials", "Slagwise"
TK, HF = "Thyssenkrupp", "Hüttenfeld Rechenzentren"
RS = "Rheinschleife Datacenter"
OT = "Ottwanger Maschinenbau"

ARTICLES = {}

ARTICLES["001_slagwise_heidelberg_kilnledger_en.txt"] = {
    "published": "2024-03-14",
    "published_note": "from the issue line 'Issue 22 · Thursday 14 March 2024'; 'on Tuesday' -> 2024-03-12",
    "language": "en",
    "deals": [
        D("heidelberg-slagwise-kiln", [HM, SW], "supply", 6000000, "GBP", "approx", "2024-03-12", "signed",
          "The contract was signed on Tuesday and is worth about £6 million over three years, Slagwise said.",
          kind_alt=["cloud_contract", "other"], alt_amounts=[alt(7000000, "EUR")],
          note="parties in the previous sentence (software contract for twelve kilns); 006 retells it in EUR "
               "with only the month (alt_amounts), 017 as '£6 million' in 2024; different from Heidelberg's "
               "£25m stake of 2026 (017)"),
        D("cottesbrook-slagwise-seriesa", ["Cottesbrook Partners", SW], "investment", 18000000, "GBP", "exact",
          "2024-02", "completed",
          "Slagwise closed an £18 million Series A in February, led by Cottesbrook Partners, the London industrial-technology investor, with two regional funds following on.",
          note="lead investor listed; the £95m valuation is not a deal"),
        D("slagwise-dunmoor-compute", [SW, "Dunmoor Compute"], "cloud_contract", 1200000, "GBP", "at_least",
          "2024-03", "signed",
          "Slagwise has committed more than £1.2 million to Dunmoor Compute, a GPU cloud on Teesside, for training capacity running to the end of 2025.",
          term=[None, "2025-12"],
          note="'more than' -> at_least; no signing date given -> month of the issue; the £1.90 per GPU-hour list price is not a deal"),
    ],
    "not_deals": ["£95 million", "£1.90 per GPU-hour", "€85.40", "£2.3bn", "$16bn", "£145 + VAT",
                  "£39,000 per zone"],
}

ARTICLES["002_salzgitter_siemens_boersenschlot.txt"] = {
    "published": "2024-05-08",
    "published_note": "from the portal stamp '08.05.2024 – 07:41 Uhr'; 'am Dienstagnachmittag' -> 2024-05-07",
    "language": "de",
    "deals": [
        D("siemens-salzgitter-ai-2024", ["Siemens", "Salzgitter"], "supply", 45000000, "EUR", "exact",
          "2024-05-07", "signed",
          "Das Auftragsvolumen liegt bei 45 Millionen Euro, teilten die Partner am Dienstagnachmittag mit.",
          kind_alt=["cloud_contract", "other"],
          note="parties in the previous sentence ('Der Stahlkonzern hat mit Siemens einen Vertrag ... geschlossen'); "
               "five-year AI process-control contract incl. a compute cluster; 018 restates it; different from the "
               "~€120m second contract of 2026 (018)"),
        D("salzgitter-salcos-capex", ["Salzgitter"], "capex_plan", 2300000000, "EUR", "approx", None, "planned",
          "Für die erste Ausbaustufe mit Direktreduktionsanlage und Elektrolichtbogenofen veranschlagt Salzgitter Investitionen von rund 2,3 Milliarden Euro.",
          required=False,
          note="group decarbonisation capex, background; the public aid of 'knapp einer Milliarde Euro' is a not_deal"),
    ],
    "not_deals": ["knapp einer Milliarde Euro", "2,7 Milliarden Euro", "165 Millionen Euro",
                  "zwischen 400 und 500 Millionen Euro", "von 27 auf 31 Euro", "4,1 Milliarden Dollar",
                  "25,84 Euro", "ca. 1,55 Mrd. EUR", "ab 0 Euro Ordergebühr", "500 Euro"],
}

ARTICLES["003_zundersoft_ostwall_borsigplatzbote.txt"] = {
    "published": "2024-07-03",
    "published_note": "dateline without year 'DORTMUND, 3. Juli (rk)'; the year from the copyright line '© 2024 Borsigplatz-Bote'; 'am Dienstag' -> 2024-07-02",
    "language": "de",
    "deals": [
        D("ostwall-zundersoft-round", ["Ostwall Capital", "Zundersoft"], "investment", 9000000, "EUR", "exact",
          "2024-07-02", "completed",
          "Das Dortmunder Software-Start-up Zundersoft hat in einer Finanzierungsrunde neun Millionen Euro eingesammelt.",
          note="amount in words; lead investor Ostwall Capital in the next sentence, announcement 'am Dienstag' two sentences later"),
        D("thyssenkrupp-zundersoft-pilot", [TK, "Zundersoft"], "supply", 1200000, "EUR", "approx", "2024",
          "signed",
          "Die Stahlsparte des Konzerns zahlt den Dortmundern knapp 1,2 Millionen Euro für ein zweijähriges Pilotprojekt im Warmbandwerk Beeckerwerth, unterschrieben wurde bereits im Frühjahr.",
          kind_alt=["other"],
          note="'des Konzerns' = Thyssenkrupp (previous sentence), 'den Dortmundern' = Zundersoft; 'knapp' -> approx; 'im Frühjahr' -> year"),
    ],
    "not_deals": ["zwischen 65.000 und 80.000 Euro", "rund 40 Millionen Euro", "fünf Millionen Euro",
                  "14,50 Euro pro Quadratmeter", "40 Millionen Bewertung", "9,90 Euro im Monat"],
}

ARTICLES["004_schneider_motivair_chillerdesk_en.html"] = {
    "published": "2024-10-16",
    "published_note": "from <meta property='article:published_time'> and <time datetime='2024-10-16T09:30:00-04:00'>; 'on Tuesday' -> 2024-10-15, 'On Monday' -> 2024-10-14",
    "language": "en",
    "deals": [
        D("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850000000, "USD", "exact",
          "2024-10-15", "signed",
          "The French electrical group is spending $850 million, all of it cash, on a 75% holding in Motivair, a cooling specialist from Buffalo, New York, whose chillers, heat-exchanger doors and coolant distribution gear go into high-density computer rooms, Schneider Electric announced on Tuesday.",
          kind_alt=["investment"],
          note="75 % stake; buyer named by descriptor first and by name at the end of the sentence; 012 mentions it without amount"),
        D("schneider-motivair-remaining", ["Schneider Electric", "Motivair"], "acquisition", None, None, None,
          "2024-10-15", "signed",
          "The French company has also agreed to take the remaining quarter of Motivair in 2028, at a price to be set by a formula tied to the unit's earnings.",
          required=False, kind_alt=["investment"],
          note="second step, no amount; must stay apart from the $850m purchase"),
        D("tarnwell-motivair-order", ["Tarnwell Fabrication", "Motivair"], "supply", 42000000, "USD", "exact",
          "2024-10-14", "signed",
          "On Monday, a day before Schneider's announcement, Tarnwell Fabrication, a family-owned machine builder in Toledo, Ohio, said it had won a $42 million order to build coolant distribution skids and manifolds for Motivair over the next two years.",
          note="machine builder supplies Motivair; the $27 an hour wage is not a deal"),
    ],
    "not_deals": ["$300 million", "$15 billion", "$4 billion", "$27 an hour", "€241.30", "€36 billion",
                  "$14 a month", "$129 a year"],
}

ARTICLES["005_siemens_altair_brassline_en.txt"] = {
    "published": "2024-10-31",
    "published_note": "from the header 'October 31, 2024 06:12 GMT'; dateline 'Oct 30', 'on Wednesday' -> 2024-10-30",
    "language": "en",
    "deals": [
        D("siemens-altair", ["Siemens", "Altair"], "acquisition", 10600000000, "USD", "exact", "2024-10-30",
          "signed",
          "Siemens agreed on Wednesday to buy Altair Engineering, the Michigan-based maker of simulation and data-analytics software, for $10.6 billion including debt, its largest purchase in years and a bet that engineers will increasingly design factories and products with the help of AI.",
          alt_amounts=[alt(9800000000, "EUR")],
          note="006 retells it in EUR with only the month (alt_amounts); 009 mentions the closing without amount; $113 per share is a not_deal"),
        D("kps-innomotics", ["KPS Capital Partners", "Innomotics", "Siemens"], "acquisition", 3500000000, "EUR",
          "exact", "2024-05", "signed",
          "In May it sold its large-motors business Innomotics to buyout firm KPS Capital Partners for 3.5 billion euros, and it has cut its stake in Siemens Healthineers.",
          note="'it' = Siemens (seller); background deal of the same year, 'In May' -> month"),
        D("siemens-mentor-2017", ["Siemens", "Mentor Graphics"], "acquisition", 4500000000, "USD", "approx",
          "2017", "completed",
          "It paid about $4.5 billion for U.S. chip-design software maker Mentor Graphics in 2017 and has since added a string of smaller purchases in simulation, manufacturing-execution and low-code software.",
          note="'It' = Siemens; old background deal with amount"),
    ],
    "not_deals": ["$113 per share", "$113 for each Altair share", "$613 million", "7.3 billion euros",
                  "$108.90", "176.52 euros", "140 billion euros"],
}

ARTICLES["006_werkhallen_wochenschau_kw45.txt"] = {
    "published": "2024-11-08",
    "published_note": "from the issue line 'KW 45 · Freitag, 8. November 2024 · Ausgabe 198'; 'Ende Oktober' and 'Anfang Oktober' -> 2024-10, 'im März' -> 2024-03",
    "language": "de",
    "deals": [
        D("siemens-altair", ["Siemens", "Altair"], "acquisition", 9800000000, "EUR", "approx", "2024-10",
          "signed",
          "Ende Oktober hatte Siemens angekündigt, den US-Simulationsspezialisten Altair für rund 9,8 Milliarden Euro zu übernehmen.",
          note="same takeover as 005 ($10.6bn), here in EUR with only the month"),
        D("adnoc-covestro", ["ADNOC", "Covestro"], "acquisition", 14700000000, "EUR", "approx", "2024-10",
          "signed",
          "Einschließlich Schulden bewertet das Geschäft die Leverkusener mit rund 14,7 Milliarden Euro; den Aktionären bietet Adnoc 62 Euro je Aktie.",
          note="parties and 'Anfang Oktober' in the previous sentence; 'die Leverkusener' = Covestro; value incl. debt; 62 Euro je Aktie is a not_deal"),
        D("heidelberg-slagwise-kiln", [HM, SW], "supply", 7000000, "EUR", "approx", "2024-03", "signed",
          "Seit August laufen vier Drehrohröfen unter der Regie der britischen Software; der im März geschlossene Vertrag hat ein Volumen von rund sieben Millionen Euro.",
          kind_alt=["cloud_contract", "other"],
          note="parties in the previous sentence ('die britische Software' = Slagwise); same contract as 001 (£6m), here in EUR with only the month"),
        D("ottwanger-ai-capex", [OT], "capex_plan", 25000000, "EUR", "approx", "2024-11", "planned",
          "Der Werkzeugmaschinenbauer Ottwanger Maschinenbau aus Tuttlingen will bis Ende 2026 rund 25 Millionen Euro in eigene KI-Rechentechnik und Software stecken.",
          term=[None, "2026-12"],
          note="plan without announcement date -> month of the issue; 'bis Ende 2026' -> term end"),
    ],
    "not_deals": ["gut 560 Millionen Euro", "62 Euro je Aktie", "rund 410 Millionen Euro", "21,3 Milliarden Euro",
                  "189 Euro zzgl. MwSt."],
}

ARTICLES["007_minette_florange_alzettereview_en.txt"] = {
    "published": "2024-12-11",
    "published_note": "from the stamp 'Companies | 11.12.2024 | 16:05 | updated 17:20'; 'on Tuesday' -> 2024-12-10",
    "language": "en",
    "deals": [
        D("arcelormittal-minette-florange", ["ArcelorMittal", "Minette Data"], "acquisition", 140000000, "EUR",
          "exact", "2024-12-10", "signed",
          "The price for land and grid rights is €140 million, the two companies announced on Tuesday at a press conference in Metz.",
          kind_alt=["other"],
          note="buyer Minette Data and seller ArcelorMittal France in the previous sentence; land plus grid connection; different from ArcelorMittal's €60m stake in Minette (015)"),
        D("minette-florange-capex", ["Minette Data"], "capex_plan", 1800000000, "EUR", "approx", "2024-12",
          "planned",
          "Minette Data, founded in 2022 by two former colleagues from a Luxembourg bank's IT department, plans to spend about €1.8 billion over six years on a campus with space for up to 160 MW of AI computing.",
          note="capex plan lists only the spender"),
        D("petrusse-minette-loan", ["Banque Pétrusse", "Minette Data"], "other", 600000000, "EUR", "exact",
          "2024-12", "signed",
          "Construction financing is already partly in place: a group of banks led by Banque Pétrusse will provide a €600 million loan for the first two buildings, Minette said.",
          kind_alt=["investment"], note="construction loan from a bank group; lead bank listed"),
    ],
    "not_deals": ["€9 million a year", "€850 million", "$1.5 billion", "$2.1 billion", "€22.94", "€400 million",
                  "€25 to €35 per square metre", "€12.90 per month", "first month €1"],
}

ARTICLES["008_thyssenkrupp_huettenfeld_hochofenecho.txt"] = {
    "published": "2025-02-12",
    "published_note": "from the header 'DUISBURG · Mittwoch, 12. Februar 2025 · Lokales'",
    "language": "de",
    "deals": [
        D("thyssenkrupp-huettenfeld-land", [TK, HF], "acquisition", 70000000, "EUR", "range", "2025", "rumored",
          "Im Gespräch ist nach Informationen dieser Zeitung ein Kaufpreis zwischen 70 und 90 Millionen Euro.",
          amount_max=90000000, kind_alt=["other"],
          alt_amounts=[alt(84000000, "EUR"), alt(95000000, "USD")],
          note="rumour ('Insidern zufolge'), parties in the previous sentence; 010 reports the signing at €84m / $95m on 2025-06-17 (alt_amounts), 013 and 020 restate it; the year keeps the shared id's dates consistent"),
        D("currenta-huettenfeld-option", ["Currenta", HF], "other", 2500000, "EUR", "exact", "2024", "completed",
          "Die 2022 gegründete Firma hatte sich im vergangenen Jahr bereits eine Option auf Flächen im Chempark Krefeld-Uerdingen gesichert und dafür der Parkbetreiberin Currenta 2,5 Millionen Euro gezahlt.",
          kind_alt=["acquisition"],
          note="'Die 2022 gegründete Firma' = Hüttenfeld; land option bought from the industrial-park operator; 'im vergangenen Jahr' -> 2024"),
    ],
    "not_deals": ["bis zu zwölf Millionen Euro jährlich", "95 Millionen Euro", "rund zwei Milliarden Euro",
                  "zwischen 120 und 210 Euro pro Quadratmeter", "189 Euro monatlich", "14 Millionen Euro",
                  "Zwölf Millionen Gewerbesteuer"],
}

ARTICLES["009_siemens_dotmatics_quenchfield_en.txt"] = {
    "published": "2025-04-03",
    "published_note": "from the note's date line '3 April 2025 · Prices as of the close on 2 April 2025'; 'yesterday' -> 2025-04-02",
    "language": "en",
    "deals": [
        D("siemens-dotmatics", ["Siemens", "Dotmatics", "Insight Partners"], "acquisition", 5100000000, "USD",
          "exact", "2025-04-02", "signed",
          "Siemens announced yesterday that it will acquire Dotmatics, a Boston-based provider of R&D and laboratory software for chemistry and life sciences, from private-equity owner Insight Partners for $5.1 billion.",
          note="seller Insight Partners listed"),
        D("siemens-altair", ["Siemens", "Altair"], "acquisition", None, None, None, None, "completed",
          "The logic is the same as for Altair, whose takeover closed last week: Siemens wants to own the digital thread from the first experiment to the finished plant.",
          required=False,
          note="closing of the 005/006 takeover, no amount; the closing date is not the agreement date -> null"),
    ],
    "not_deals": ["€265", "€252", "$300 million", "€6 billion", "€198.40", "75,930", "78,400", "82,100"],
}

ARTICLES["010_thyssenkrupp_huettenfeld_tapline_en.txt"] = {
    "published": "2025-06-18",
    "published_note": "from the header 'June 18, 2025 · 05:40 GMT'; dateline 'June 17', 'on Tuesday' -> 2025-06-17",
    "language": "en",
    "deals": [
        D("thyssenkrupp-huettenfeld-land", [TK, HF], "acquisition", 84000000, "EUR", "exact", "2025-06-17",
          "signed",
          "Thyssenkrupp's steel unit has agreed to sell 38 hectares of idle land at its Duisburg works to Düsseldorf-based developer Hüttenfeld Rechenzentren for 84 million euros ($95 million), the companies announced on Tuesday.",
          kind_alt=["other"], alt_amounts=[alt(95000000, "USD")],
          note="signing of the rumour in 008; different from the power contract of the same pair in the next paragraph"),
        D("thyssenkrupp-huettenfeld-power", [TK, HF], "supply", 25000000, "EUR", "approx", "2025-06-17", "signed",
          "Neither side gave a price, but the steelmaker will receive roughly 25 million euros a year, two people who have read the contract said.",
          per="year", term=["2027", "2041"],
          note="yearly rate from sources; 'the steelmaker' = Thyssenkrupp, the buyer (the campus) and the 15 years from 2027 in the previous sentence ('signed the same day')"),
        D("huettenfeld-duisburg-capex", [HF], "capex_plan", 1200000000, "EUR", "approx", "2025-06", "planned",
          "Hüttenfeld intends to invest about 1.2 billion euros in the first phase of the campus, which is planned for up to 120 megawatts of computing capacity, co-founder Kerstin Vahlbruch said.",
          note="first phase; different from the ~€800m second phase named in 020"),
    ],
    "not_deals": ["more than 500 million euros", "about 2 billion euros", "170 euros per megawatt hour",
                  "9.87 euros", "6.1 billion euros"],
}

ARTICLES["011_voestalpine_stahlsinn_donaulaende.html"] = {
    "published": "2025-07-09",
    "published_note": "from <meta name='date' content='2025-07-09'> and the line 'Linz · 09.07.2025, 11:20 Uhr'; 'am Dienstag' -> 2025-07-08",
    "language": "de",
    "deals": [
        D("voestalpine-stahlsinn-stake", ["voestalpine", "Stahlsinn"], "acquisition", 12000000, "EUR", "approx",
          "2025-07-08", "signed",
          "Der Kaufpreis beträgt knapp zwölf Millionen Euro, das gaben die Unternehmen am Dienstag bekannt.",
          kind_alt=["investment"],
          note="25.1 % stake; parties in the previous sentence; 'knapp' -> approx; different from the yearly licence fee of the same pair"),
        D("voestalpine-stahlsinn-licence", ["voestalpine", "Stahlsinn"], "supply", 3500000, "EUR", "approx",
          "2025-07-08", "signed",
          "Zusätzlich zahlt der Konzern dem Start-up jährlich rund 3,5 Millionen Euro für Lizenzen und Wartung seiner Software, die zunächst im Linzer Grobblechwerk und später auch in Partnerwerken laufen soll.",
          per="year", term=[None, "2028-12"], kind_alt=["other", "cloud_contract"],
          note="'der Konzern' = voestalpine, 'dem Start-up' = Stahlsinn; 'bis Ende 2028' (next sentence) -> term end"),
        D("voestalpine-eaf-capex", ["voestalpine"], "capex_plan", 1500000000, "EUR", "approx", None, "planned",
          "Für die ersten beiden Elektrolichtbogenöfen in Linz und Donawitz, die ab 2027 die Hochöfen teilweise ersetzen sollen, hat der Konzern rund 1,5 Milliarden Euro veranschlagt.",
          required=False, note="group-wide decarbonisation capex, background"),
    ],
    "not_deals": ["rund 47 Millionen Euro", "1,4 Millionen Euro", "15,7 Milliarden Euro", "24,18 Euro",
                  "7,90 Euro monatlich", "0,99 Euro"],
}

ARTICLES["012_basf_rheinschleife_dampfnetz.txt"] = {
    "published": "2025-09-04",
    "published_note": "from the issue line 'Ausgabe 36/2025 · Donnerstag, 4. September 2025'; 'im August' -> 2025-08",
    "language": "de",
    "deals": [
        D("basf-rheinschleife-energy", ["BASF", RS], "supply", 1100000000, "EUR", "up_to", "2025", "negotiating",
          "Es geht um bis zu 1,1 Milliarden Euro über eine Laufzeit von 15 Jahren.",
          alt_amounts=[alt(1050000000, "EUR"), alt(1220000000, "USD")],
          note="talks 'seit dem Frühjahr' from company sources, parties in the previous sentence; 016 reports the signing at €1.05bn ($1.22bn) on 2026-02-18 (alt_amounts); the dates differ (checker warning, see README)"),
        D("basf-rheinschleife-lease", [RS, "BASF"], "other", 4000000, "EUR", "approx", "2025-08", "signed",
          "Rheinschleife zahlt der BASF dafür jährlich rund vier Millionen Euro, zunächst für 30 Jahre; den Vertrag haben beide Seiten im August unterzeichnet.",
          per="year", kind_alt=["acquisition"],
          note="land lease of twelve hectares (previous sentence); must stay apart from the energy contract of the same pair"),
        D("rheinschleife-ludwigshafen-capex", [RS], "capex_plan", 2400000000, "EUR", "exact", "2025-09", "planned",
          "Das Mannheimer Unternehmen beziffert die Investitionen für den ersten Bauabschnitt auf 2,4 Milliarden Euro.",
          note="'Das Mannheimer Unternehmen' = Rheinschleife (introduced as 'der Mannheimer Projektentwickler'); no date -> month of the issue"),
        D("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", None, None, None, "2024",
          "completed",
          "Gekühlt werden sollen die Server mit Flüssigkeit; Rheinschleife setzt dabei auf Technik von Motivair, dem US-Spezialisten, an dem Schneider Electric seit dem vergangenen Herbst die Mehrheit hält.",
          required=False,
          note="background restatement of the 004 takeover without amount; 'seit dem vergangenen Herbst' -> 2024; no Rheinschleife/Motivair contract yet"),
    ],
    "not_deals": ["jährlich 1 Milliarde Euro an Kosten", "rund 34 Euro je Megawattstunde",
                  "rund 5 Cent je Kilowattstunde", "120 Millionen Euro", "Teilnahme 245 Euro", "195 Euro",
                  "690 Euro netto"],
}

ARTICLES["013_millfloor_weekly_oct25_en.txt"] = {
    "published": "2025-10-10",
    "published_note": "from the issue line 'No. 87 | Friday 10 October 2025'; 'on Tuesday' -> 2025-10-07, 'last month' -> 2025-09, 'in June' -> 2025-06",
    "language": "en",
    "deals": [
        D("arcelormittal-wislany-land", ["ArcelorMittal", "Wiślany Data Park"], "acquisition", 210000000, "PLN",
          "exact", "2025-10-07", "signed",
          "The price is PLN 210 million, or about €49 million, and the deal was signed on Tuesday.",
          kind_alt=["other"], alt_amounts=[alt(49000000, "EUR")],
          note="seller ArcelorMittal Poland and buyer Wiślany Data Park in the previous sentence"),
        D("ssab-kallax-inspection", ["SSAB", "Kallax Vision"], "supply", 18000000, "SEK", "exact", "2025-09",
          "signed",
          "SSAB will pay SEK 18 million per quarter for cameras, models and on-site support at its strip mills in Luleå and Borlänge, a deal the two companies signed last month.",
          per="quarter", kind_alt=["other"], note="five-year contract (previous sentence); quarterly rate"),
        D("thyssenkrupp-huettenfeld-land", [TK, HF], "acquisition", 95000000, "USD", "approx", "2025-06", "signed",
          "Hüttenfeld Rechenzentren, which bought roughly $95 million worth of Thyssenkrupp land in Duisburg in June, broke ground on its first hall on Monday.",
          kind_alt=["other"], note="restatement of the 010 sale in USD with only the month"),
    ],
    "not_deals": ["PLN 2,650 a tonne", "SEK 2.9 billion", "$21 billion", "$8 billion", "SEK 6,900", "$25,000",
                  "£6 monthly", "£60 annually"],
}

ARTICLES["014_industrie_ki_liveticker_leitstand.txt"] = {
    "published": "2025-11-04",
    "published_note": "from the ticker header 'Dienstag, 4. November 2025'; entries by time of day; 'heute' -> 2025-11-04",
    "language": "de",
    "deals": [
        D("telekom-nvidia-industrial-cloud", ["Deutsche Telekom", "Nvidia"], "project", 1000000000, "EUR", "approx",
          "2025-11-04", "announced",
          "Die Partner investieren rund eine Milliarde Euro in das Rechenzentrum, in dem rund 10.000 Grafikprozessoren arbeiten sollen.",
          kind_alt=["partnership", "capex_plan", "supply"],
          note="'Die Partner' = Deutsche Telekom and Nvidia (previous sentence); Telekom operates, Nvidia supplies chips"),
        D("ottwanger-telekom-gpu", [OT, "Deutsche Telekom"], "cloud_contract", 180000, "EUR", "approx",
          "2025-11-04", "signed",
          "Das Familienunternehmen zahlt dafür rund 180.000 Euro im Monat, der Vertrag läuft zunächst zwei Jahre.",
          per="month",
          note="'Das Familienunternehmen' = Ottwanger Maschinenbau, 'dafür' = capacity in the Telekom cloud (previous sentence); monthly rate"),
        D("siemens-telekom-cloud-partnership", ["Siemens", "Deutsche Telekom"], "partnership", None, None, None,
          "2025-11-04", "announced",
          "Siemens kündigt an, Teile seiner Simulations- und Automatisierungssoftware künftig auch in der neuen Cloud anzubieten.",
          required=False, note="no money ('Geld floss dafür ... nicht')"),
        D("ottwanger-grauwacke-rumour", [OT, "Grauwacke Robotics"], "acquisition", 60000000, "EUR", "approx",
          "2025-11", "rumored",
          "Berichte, wonach der Maschinenbauer für rund 60 Millionen Euro das Karlsruher Robotik-Start-up Grauwacke Robotics kaufen wolle, weist das Unternehmen zurück.",
          required=False, note="denied rumour ('Es gibt keine Gespräche'); 'der Maschinenbauer' = Ottwanger"),
    ],
    "not_deals": ["2,90 Euro je GPU-Stunde", "zwischen 2 und 4 Dollar", "bis zu 20 Milliarden Euro", "27,40 Euro",
                  "fünf Billionen Dollar", "4 Wochen für 1 Euro", "12,99 Euro im Monat"],
}

ARTICLES["015_arcelormittal_minette_ingotmarkets_en.txt"] = {
    "published": "2025-12-16",
    "published_note": "from the portal stamp 'Tue 16 Dec 2025 · 14:22 CET'; 'this morning' -> 2025-12-16, 'On Monday' -> 2025-12-15",
    "language": "en",
    "deals": [
        D("arcelormittal-minette-stake", ["ArcelorMittal", "Minette Data"], "investment", 60000000, "EUR", "exact",
          "2025-12-16", "signed",
          "The steelmaker said this morning that it will pay €60 million for a 15% stake in Luxembourg's Minette Data, subscribing to new shares in a capital increase that closes before the end of the year.",
          kind_alt=["acquisition"],
          note="'The steelmaker' = ArcelorMittal; different from the €140m land-and-grid sale of the same pair (007)"),
        D("minette-microsoft-lease", ["Minette Data", "Microsoft"], "cloud_contract", 2500000000, "USD", "at_least",
          "2025-12-15", "signed",
          "Two people briefed on the agreement identified the tenant as Microsoft and said the lease is worth more than $2.5 billion over its life.",
          kind_alt=["other"],
          note="12-year data-centre lease announced by Minette 'On Monday' (previous sentence); tenant and value from sources; 'more than' -> at_least"),
    ],
    "not_deals": ["€400 million", "€36", "MT 31.85 EUR", "€24.4bn", "€28.12", "€23.06", "€9.41", "€31.20",
                  "about €610 a tonne", "€100 billion", "$6.4 billion"],
}

ARTICLES["016_basf_rheinschleife_processheat_en.txt"] = {
    "published": "2026-02-19",
    "published_note": "dateline without year 'LUDWIGSHAFEN, 19 February'; the year from the copyright line '© 2026 Process Heat Review'; 'on Wednesday' -> 2026-02-18, 'last Friday' -> 2026-02-13",
    "language": "en",
    "deals": [
        D("basf-rheinschleife-energy", ["BASF", RS], "supply", 1050000000, "EUR", "exact", "2026-02-18", "signed",
          "The 15-year contract, signed on Wednesday, is worth €1.05 billion ($1.22 billion), the companies said.",
          alt_amounts=[alt(1220000000, "USD")], term=["2027", "2041-12"],
          note="BASF in the first paragraph, 'The customer is Rheinschleife Datacenter' in the previous sentence; signing of the talks in 012"),
        D("rheinschleife-basf-heat", [RS, "BASF"], "supply", None, None, None, "2026-02", "signed",
          "Rheinschleife has agreed to feed low-temperature waste heat from its cooling loops back into BASF's network, where it will preheat process water.",
          required=False, note="reverse heat supply, terms not disclosed"),
        D("currenta-emberline-dormagen", ["Currenta", "Emberline Data"], "acquisition", 31000000, "EUR", "approx",
          "2026-02-13", "signed",
          "Three months later, last Friday, the two sides signed the sale itself, at a price of about €31 million.",
          kind_alt=["other"],
          note="parties and the November letter of intent in the previous sentence; 'Three months later, last Friday' -> 2026-02-13"),
    ],
    "not_deals": ["about €1.5 billion a year", "€7.6 billion", "between €35 and €50 per tonne",
                  "Single issue £18", "£240"],
}

ARTICLES["017_slagwise_heidelberg_donvalley_en.html"] = {
    "published": "2026-03-24",
    "published_note": "from <meta property='article:published_time'> and <time datetime='2026-03-24'>; 'on Monday' -> 2026-03-23",
    "language": "en",
    "deals": [
        D("heidelberg-slagwise-stake", [HM, SW], "investment", 25000000, "GBP", "exact", "2026-03-23", "completed",
          "Heidelberg Materials, the German building materials group, has bought a 20 per cent stake in Slagwise for £25 million, the company confirmed on Monday.",
          kind_alt=["acquisition"], alt_amounts=[alt(32000000, "USD")],
          note="USD in the next sentence; £125m valuation is a not_deal; different from the kiln contract of the same pair"),
        D("heidelberg-slagwise-kiln", [HM, SW], "supply", 6000000, "GBP", "exact", "2024", "signed",
          "Slagwise and Heidelberg have been partners since 2024, when the start-up won a three-year, £6 million contract to run closed-loop control on twelve of the German group's kilns.",
          kind_alt=["cloud_contract", "other"], note="restatement of the 001 contract with only the year"),
    ],
    "not_deals": ["£125 million", "£9 million", "£5.2 million", "£85,000", "£400,000", "£42", "£219,950",
                  "several hundred million euros a year", "£125m"],
}

ARTICLES["018_salzgitter_kommentar_konverter.txt"] = {
    "published": "2026-05-20",
    "published_note": "from the column header 'Mittwoch, 20. Mai 2026'; 'Am Montag' -> 2026-05-18, 'vor zwei Jahren' -> 2024, 'Seit dem vergangenen Herbst' -> 2025",
    "language": "de",
    "deals": [
        D("siemens-salzgitter-ai-2026", ["Siemens", "Salzgitter"], "supply", 120000000, "EUR", "approx",
          "2026-05-18", "signed",
          "Am Montag hat der Vorstand mit Siemens einen zweiten, deutlich größeren Vertrag über KI-gestützte Produktionssteuerung unterzeichnet: Rund 120 Millionen Euro sollen in den kommenden sechs Jahren an die Münchner fließen, für Software, Sensorik und einen Rechencluster, der die gesamte Flachstahlroute vom Hochofen bis zur Verzinkung abdeckt.",
          kind_alt=["cloud_contract", "other"],
          note="'der Vorstand' = Salzgitter's (previous sentence), 'die Münchner' = Siemens; second contract, must stay apart from the €45m contract of 2024 in the next paragraph"),
        D("siemens-salzgitter-ai-2024", ["Siemens", "Salzgitter"], "supply", 45000000, "EUR", "exact", "2024",
          "signed",
          "Zur Einordnung: Der erste Auftrag an Siemens, vor zwei Jahren für 45 Millionen Euro vergeben, betraf nur die Warmbandstraße in Watenstedt.",
          kind_alt=["cloud_contract", "other"], note="restatement of 002; 'vor zwei Jahren' -> 2024"),
        D("salzgitter-emberline-land", ["Salzgitter", "Emberline Data"], "acquisition", 60000000, "EUR", "approx",
          "2025", "cancelled",
          "Im Gespräch war ein Preis von rund 60 Millionen Euro.",
          kind_alt=["other"],
          note="parties and 'Seit dem vergangenen Herbst' in the previous sentence; talks collapsed 'in der vergangenen Woche' -> cancelled, dated to the start of the talks"),
    ],
    "not_deals": ["knapp einer Milliarde Euro", "38 Millionen Euro", "74 Euro je Tonne",
                  "40 bis 60 Millionen Euro im Jahr", "von 25 auf 24 Euro", "21,62 Euro"],
}

ARTICLES["019_ottwanger_zundersoft_aktienschmiede.txt"] = {
    "published": "2026-08-19",
    "published_note": "from the portal stamp '19.08.2026 | 07:58'; 'am Dienstagabend' -> 2026-08-18",
    "language": "de",
    "deals": [
        D("ottwanger-zundersoft", [OT, "Zundersoft"], "acquisition", 38000000, "EUR", "exact", "2026-08-18",
          "signed",
          "Der Kaufpreis beträgt 38 Mio. Euro in bar, wie Ottwanger am Dienstagabend nach Börsenschluss per Ad-hoc-Mitteilung bekanntgab.",
          note="full takeover; sellers the founders and Ostwall Capital (next paragraph); the earn-out is annotated separately (optional)"),
        D("ottwanger-zundersoft-earnout", [OT, "Zundersoft"], "other", 12000000, "EUR", "up_to", "2026-08-18",
          "signed",
          "Hinzu kommt eine erfolgsabhängige Zahlung von bis zu 12 Mio. Euro, die fällig wird, falls Zundersoft bestimmte Umsatzziele für 2027 und 2028 erreicht.",
          required=False, kind_alt=["acquisition"],
          note="contingent part of the same takeover; a reader may fold it into the purchase price"),
    ],
    "not_deals": ["452 Millionen Euro", "31 Millionen Euro", "318 Millionen Euro", "rund 6 Mio. Euro",
                  "Kursziel von 58 Euro", "46,30 Euro", "45,00 EUR", "512 Mio. EUR", "0,95 EUR je Aktie",
                  "bis zu 200 Euro Wechselprämie"],
}

ARTICLES["020_huettenfeld_interview_abwaerme.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesedauer: 7 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        D("thyssenkrupp-huettenfeld-land", [TK, HF], "acquisition", 84000000, "EUR", "exact", None, "completed",
          "Wir haben Thyssenkrupp 84 Millionen Euro für 38 Hektar bezahlt.",
          kind_alt=["other"], note="'Wir' = Hüttenfeld; restatement of the 010 sale"),
        D("kasslerfeld-huettenfeld-loan", ["Bankhaus Kaßlerfeld", HF], "other", 400000000, "EUR", "exact", None,
          "signed",
          "Ein Konsortium unter Führung des Bankhauses Kaßlerfeld leiht uns 400 Millionen Euro für den Bau; den Rest bringen unsere Gesellschafter als Eigenkapital auf.",
          kind_alt=["investment"], note="construction loan, lead bank listed; 'uns' = Hüttenfeld"),
        D("schneider-huettenfeld-supply", ["Schneider Electric", HF], "supply", 60000000, "EUR", "approx", None,
          "signed",
          "Die elektrische Infrastruktur kommt von Schneider Electric: Schaltanlagen, unterbrechungsfreie Stromversorgung und die Kühlverteilung, insgesamt für rund 60 Millionen Euro.",
          note="buyer Hüttenfeld implicit (the interviewee's company)"),
        D("caldermoor-huettenfeld-offer", ["Caldermoor Industrial Partners", HF], "acquisition", 300000000, "EUR",
          "exact", None, "cancelled",
          "Ja. Caldermoor Industrial Partners wollte uns komplett übernehmen und hat 300 Millionen Euro geboten.",
          note="offer refused ('Wir haben abgelehnt')"),
        D("huettenfeld-phase2-capex", [HF], "capex_plan", 800000000, "EUR", "approx", None, "planned",
          "Für die zweite Ausbaustufe planen wir noch einmal rund 800 Millionen Euro ein.",
          note="second phase; different from the €1.2bn first phase (010)"),
    ],
    "not_deals": ["zwischen acht und zehn Millionen Euro", "72.000 Euro im Jahr", "für 14,80 Euro", "79 Euro"],
}

ALIASES = {
    "Heidelberg Materials": ["Heidelberg Materials", "Heidelberg"],
    "Slagwise": ["Slagwise"],
    "Cottesbrook Partners": ["Cottesbrook Partners", "Cottesbrook"],
    "Dunmoor Compute": ["Dunmoor Compute", "Dunmoor"],
    "Siemens": ["Siemens", "Siemens AG"],
    "Salzgitter": ["Salzgitter", "Salzgitter AG", "Salzgitter Flachstahl"],
    "Zundersoft": ["Zundersoft"],
    "Ostwall Capital": ["Ostwall Capital", "Ostwall"],
    "Thyssenkrupp": ["Thyssenkrupp", "Thyssenkrupp Steel", "Thyssenkrupp Steel Europe", "thyssenkrupp AG"],
    "Schneider Electric": ["Schneider Electric", "Schneider", "Schneider Electric SE"],
    "Motivair": ["Motivair", "Motivair Corp."],
    "Tarnwell Fabrication": ["Tarnwell Fabrication", "Tarnwell"],
    "Altair": ["Altair", "Altair Engineering"],
    "KPS Capital Partners": ["KPS Capital Partners", "KPS"],
    "Innomotics": ["Innomotics"],
    "Mentor Graphics": ["Mentor Graphics"],
    "ADNOC": ["ADNOC", "Abu Dhabi National Oil Company"],
    "Covestro": ["Covestro", "Covestro AG"],
    "Ottwanger Maschinenbau": ["Ottwanger Maschinenbau", "Ottwanger", "Ottwanger Maschinenbau AG"],
    "ArcelorMittal": ["ArcelorMittal", "ArcelorMittal France", "ArcelorMittal Poland", "ArcelorMittal SA"],
    "Minette Data": ["Minette Data", "Minette"],
    "Banque Pétrusse": ["Banque Pétrusse"],
    "Hüttenfeld Rechenzentren": ["Hüttenfeld Rechenzentren", "Hüttenfeld", "Hüttenfeld Rechenzentren GmbH"],
    "Currenta": ["Currenta"],
    "Dotmatics": ["Dotmatics"],
    "Insight Partners": ["Insight Partners"],
    "voestalpine": ["voestalpine", "voestalpine AG"],
    "Stahlsinn": ["Stahlsinn"],
    "BASF": ["BASF", "BASF SE"],
    "Rheinschleife Datacenter": ["Rheinschleife Datacenter", "Rheinschleife"],
    "Wiślany Data Park": ["Wiślany Data Park", "Wiślany", "Wislany Data Park"],
    "SSAB": ["SSAB"],
    "Kallax Vision": ["Kallax Vision"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom"],
    "Nvidia": ["Nvidia", "NVIDIA"],
    "Grauwacke Robotics": ["Grauwacke Robotics", "Grauwacke"],
    "Microsoft": ["Microsoft"],
    "Emberline Data": ["Emberline Data", "Emberline"],
    "Bankhaus Kaßlerfeld": ["Bankhaus Kaßlerfeld", "Bankhauses Kaßlerfeld", "Kaßlerfeld"],
    "Caldermoor Industrial Partners": ["Caldermoor Industrial Partners", "Caldermoor"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
