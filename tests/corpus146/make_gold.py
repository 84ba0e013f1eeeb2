#!/usr/bin/env python3
"""Write gold.json for tests/corpus146 (the hand annotation of articles/).

Edit the annotation here, then run: python3 tests/corpus146/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 146th held-out test corpus (tests/corpus146/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: oil and gas groups in the AI boom (gas and turbines for data "
    "centres, AI and cloud contracts, stakes in data-centre campuses, compute for seismic work). One entry per "
    "article; a deal that several articles report carries the same id in each. 'required': false marks vague "
    "or background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <meta>/<time>, issue line or stamp, or null "
    "when the article has none); seasons become the year; a cancelled deal keeps the date of the talks; 'term' "
    "is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Rotliegend Geodaten GmbH, Vellinga Cooling, "
    "Noordpolder Data, Dunmore Subsurface, Tollcross Ventures, Karstholm Seismic, Quarrendon Capital, Tidewell "
    "Compute, Sabkha Digital, Wadi Hanifa Compute, Caprock Power Partners, Brennwald Turbinenservice, "
    "Salzachtal Rechenpark GmbH, Hornvik Datasenter, Sølvberg Sparebank, Halvergate Infrastructure; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals of "
    "real companies are loosely based on public reports or invented, with amounts and dates shifted. Nothing "
    "here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if term:
        d["term"] = term
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


M = 1_000_000
B = 1_000_000_000

ARTICLES = {}

ARTICLES["001_wintershall_rotliegend_druselbote.txt"] = A(
    "2024-02-21", "from the dateline 'KASSEL · Mittwoch, 21. Februar 2024'; 'am Montag' -> 2024-02-19; 'im Dezember' -> 2023-12", "de",
    [
        D("wintershall-rotliegend-seismic", ["Wintershall Dea", "Rotliegend Geodaten"], "other", 14 * M, "EUR", "approx",
          "2024-02-19", "signed",
          "Der Öl- und Gaskonzern zahlt dafür rund vierzehn Millionen Euro; die Unterschriften wurden am Montag in der Firmenzentrale an der Friedrich-Ebert-Straße gesetzt.",
          kind_alt=["cloud_contract", "supply"], term=["2024", "2027"],
          note="amount in words; 'Der Öl- und Gaskonzern' = Wintershall Dea and 'dafür' = the three-year AI reprocessing job for the Kassel start-up (previous sentence); service contract"),
        D("harbour-wintershall", ["Harbour Energy", "Wintershall Dea"], "acquisition", 11.2 * B, "USD", "exact",
          "2023-12", "signed",
          "Das britische Förderunternehmen Harbour Energy hatte sich im Dezember mit den Eigentümern BASF und LetterOne darauf verständigt, nahezu das komplette Explorations- und Produktionsgeschäft für 11,2 Milliarden Dollar inklusive Schulden zu kaufen.",
          note="takeover of Wintershall Dea's upstream business from BASF and LetterOne (sellers not listed as parties); sentence begins after the colon 'wird zerlegt:'; agreed 'im Dezember' of the previous year; closing expected in autumn"),
    ],
    ["2,10 Euro", "3,1 Millionen Euro", "380.000 Euro", "9,80 Euro je Quadratmeter", "bis zu 250.000 Euro im Jahr", "98,40 Euro"])

ARTICLES["002_exxon_hpe_vellinga_kellybushing_en.txt"] = A(
    "2024-05-16", "from the issue line 'Issue 44 — Thursday, 16 May 2024'; 'on Tuesday' -> 2024-05-14", "en",
    [
        D("exxonmobil-hpe-seismic", ["ExxonMobil", "Hewlett Packard Enterprise"], "supply", 150 * M, "USD", "range",
          "2024-05-14", "signed",
          "Two analysts at Tullyhogue Securities reckon the order is worth between $150 million and $200 million to HPE, a multi-year service agreement included.",
          amount_max=200 * M, kind_alt=["other"],
          note="value only from analysts; the order (Exxon, confirmed 'on Tuesday') is two sentences earlier; 'HPE' = Hewlett Packard Enterprise"),
        D("shell-vellinga-seriesb", ["Shell", "Vellinga Cooling"], "investment", 40 * M, "EUR", "approx",
          "2024", "rumored",
          "Whispers: Shell's venture arm is reportedly negotiating to lead a roughly €40 million round in Vellinga Cooling, a Delft maker of tanks in which servers sit submerged in dielectric fluid, if two readers of an early draft of the terms are to be believed.",
          alt=[(42 * M, "EUR")],
          note="rumour of a round led by Shell Ventures; 003 reports the signed €42m round on 2024-07-08 (alt_amounts), 016 restates it; the year keeps the shared id's dates consistent; pre-money valuation €160m is not a deal"),
    ],
    ["$4.6 billion", "about €160 million", "$6.3bn", "$2.85", "$149", "$39 a month", "$390 a year"])

ARTICLES["003_shell_vellinga_kursbohrer.txt"] = A(
    "2024-07-09", "from the portal stamp '09.07.2024, 08:37 Uhr'; 'am Montag' -> 2024-07-08; 'vergangene Woche' -> 2024-07", "de",
    [
        D("shell-vellinga-seriesb", ["Shell", "Vellinga Cooling"], "investment", 42 * M, "EUR", "exact",
          "2024-07-08", "completed",
          "Was seit Wochen in der Branche die Runde machte, ist nun amtlich: Shell Ventures führt eine Finanzierungsrunde über 42 Millionen Euro bei dem Delfter Start-up Vellinga Cooling an, das den Abschluss am Montag bekannt gab.",
          note="the round rumoured in 002; lead investor listed; 'Shell Ventures' = Shell; round total, Shell's own share not given"),
        D("shell-noordpolder-ppa", ["Shell", "Noordpolder Data"], "supply", 250 * M, "EUR", "approx",
          "2024-07", "signed",
          "Branchenkreise beziffern das Volumen auf rund 250 Millionen Euro; offiziell nannte keine Seite einen Preis.",
          note="parties ('Shell Energy Europe', 'Noordpolder Data') and the ten-year term in the previous sentence; 'vergangene Woche' -> 2024-07; value from industry sources"),
    ],
    ["33,42 EUR", "rund 200 Millionen Euro", "Kursziel von 38 Euro", "7,7 Milliarden Dollar", "3,5 Milliarden Dollar", "6,9 Milliarden Dollar", "0 Euro Orderprovision", "5,58 EUR"])

ARTICLES["004_bp_dunmore_torrydispatch_en.html"] = A(
    "2024-09-05", "from <meta property='article:published_time'>, JSON-LD datePublished and <time datetime='2024-09-05'> ('5 Sep 2024, 06:40'); 'on Wednesday' -> 2024-09-04", "en",
    [
        D("bp-dunmore-contract-2024", ["BP", "Dunmore Subsurface"], "other", 18 * M, "GBP", "exact",
          "2024-09-04", "signed",
          "BP has hired Dunmore Subsurface to run its machine-learning models over seismic surveys from the Clair, Schiehallion and Loyal fields, under a three-year contract worth £18 million, the oil major said on Wednesday.",
          kind_alt=["cloud_contract", "supply"],
          note="AI seismic service contract; 018 restates it; different from BP's takeover of Dunmore in 2026 (018)"),
        D("tollcross-dunmore-seed", ["Tollcross Ventures", "Dunmore Subsurface"], "investment", 4.2 * M, "GBP", "exact",
          "2024-03", "completed",
          "Edinburgh's Tollcross Ventures led Dunmore's £4.2 million seed financing in March, a deal that valued the company at roughly £30 million.",
          note="lead investor listed; valuation £30m is not a deal"),
        D("bp-palantir-extension", ["BP", "Palantir"], "partnership", None, None, None,
          "2024-08", "signed",
          "Last month the company extended its long-running software partnership with Palantir by five years, without giving a figure, and it has been testing large language models on well reports.",
          required=False, kind_alt=["cloud_contract", "other"],
          note="amount-less background mention; 'the company' = BP"),
    ],
    ["roughly £30 million", "up to £65,000", "£12 million", "£95", "431.2p", "£189 a month"])

ARTICLES["005_equinor_karstholm_bohrkern.txt"] = A(
    "2024-11-14", "dateline without year 'Stavanger/Hamburg, 14. November (bb)', year from the copyright line '© 2024 Bohrkern-Briefing'; 'am Mittwoch' -> 2024-11-13", "de",
    [
        D("equinor-karstholm-2024", ["Equinor", "Karstholm Seismic"], "other", 340 * M, "NOK", "exact",
          "2024-11-13", "signed",
          "Der Staatskonzern hat am Mittwoch einen Auftrag über 340 Millionen norwegische Kronen an Karstholm Seismic vergeben, umgerechnet rund 29 Millionen Euro.",
          alt=[(29 * M, "EUR")], kind_alt=["cloud_contract", "supply"], term=["2024", "2028"],
          note="'Der Staatskonzern' = Equinor (previous sentence); four-year reprocessing contract; different from Equinor's second Karstholm contract of 2026 (015)"),
        D("quarrendon-karstholm-round", ["Quarrendon Capital", "Karstholm Seismic"], "investment", 45 * M, "USD", "exact",
          "2024", "completed",
          "Im Sommer hatte Karstholm 45 Millionen Dollar eingesammelt, angeführt vom Infrastrukturinvestor Quarrendon Capital, der sich damit erstmals an einem Geodaten-Unternehmen beteiligte.",
          note="lead investor listed; 'Im Sommer' -> the year"),
        D("totalenergies-hpe-pangea", ["TotalEnergies", "Hewlett Packard Enterprise"], "supply", 90 * M, "EUR", "approx",
          "2024", "signed",
          "Der französische Konzern hatte im Frühjahr für knapp 90 Millionen Euro bei Hewlett Packard Enterprise einen neuen Großrechner für sein Forschungszentrum in Pau bestellt, der ältere Systeme ablösen soll.",
          kind_alt=["other"],
          note="'Der französische Konzern' = TotalEnergies (previous sentence); 'knapp' -> approx; 'im Frühjahr' -> the year"),
    ],
    ["1,90 Euro je GPU-Stunde", "rund 210 Millionen Kronen", "6,9 Milliarden Dollar", "262,40 Kronen", "89 Euro netto", "420 Euro"])

ARTICLES["006_tidewell_exxon_gulfbend_en.txt"] = A(
    "2025-01-08", "from the wire header 'January 8, 2025 07:15 CT'; dateline 'HOUSTON, Jan 7'; 'on Monday' -> 2025-01-06; 'last month' -> 2024-12", "en",
    [
        D("tidewell-siemens-turbines-2025", ["Tidewell Compute", "Siemens Energy"], "supply", 420 * M, "USD", "approx",
          "2025-01-06", "signed",
          "HOUSTON, Jan 7 (Gulfbend) - Tidewell Compute, a Houston start-up that builds modular data centers next to gas fields, has ordered 14 industrial gas turbines from Siemens Energy for about $420 million, the company said on Monday, as developers race to secure power equipment that is sold out for years.",
          note="first turbine order; different from the follow-on order of six turbines in December 2025 (014)"),
        D("exxonmobil-tidewell-power", ["ExxonMobil", "Tidewell Compute"], "supply", 4 * B, "USD", "approx",
          "2025-01", "negotiating",
          "Tidewell is also negotiating with Exxon Mobil to take electricity from the oil major's planned gas-fired plant for data centers, in a 20-year arrangement that two people familiar with the talks valued at roughly $4 billion.",
          note="talks, value from two sources; 'Exxon Mobil' = ExxonMobil"),
        D("exxonmobil-dc-plant", ["ExxonMobil"], "capex_plan", 3 * B, "USD", "at_least",
          "2024-12", "announced",
          "Exxon disclosed last month that it expects the 1.5-gigawatt plant, which would capture and bury most of its carbon dioxide, to cost it more than $3 billion, and that it was talking to several potential customers.",
          kind_alt=["project"],
          note="project-specific plan ('more than' -> at_least); 'last month' -> 2024-12"),
    ],
    ["$1.1 billion", "about 123 billion euros", "$27 billion-a-year", "$3.62 per million British thermal units", "$8.6 billion", "$108.44"])

ARTICLES["007_leap_aramco_ticker_golfkurier.txt"] = A(
    "2025-02-10", "from the ticker header 'Montag, 10. Februar 2025 – zuletzt aktualisiert 17:25 Uhr (MEZ)'; entries of the same day", "de",
    [
        D("aramco-groq-dammam", ["Aramco", "Groq"], "investment", 1.45 * B, "EUR", "approx",
          "2025-02-10", "announced",
          "Aramco Digital stellt dafür umgerechnet rund 1,45 Milliarden Euro bereit, wie beide Seiten auf der Bühne in Riad verkündeten.",
          alt=[(1.5 * B, "USD")], kind_alt=["project", "joint_venture", "partnership"],
          note="ticker entry 11:05; 'Aramco Digital' = Aramco, Groq and 'dafür' (expanding the joint inference data centre in Dammam) in the previous sentence; only the EUR conversion is given here, 008 gives $1.5bn"),
        D("aramco-groq-mou-2024", ["Aramco", "Groq"], "partnership", None, None, None,
          "2024", "announced",
          "Die Zusammenarbeit war im Herbst angebahnt worden, damals ohne Summe.",
          required=False,
          note="amount-less background: the earlier agreement of autumn 2024 (year only); different from the 2025 commitment"),
        D("aramco-sabkha-stake-2025", ["Aramco", "Sabkha Digital"], "acquisition", 2.6 * B, "SAR", "exact",
          "2025-02-10", "signed",
          "14:20 Uhr – Nächster Deal, diesmal mit Beteiligung: Aramco übernimmt 30 Prozent an Sabkha Digital, einem Entwickler von Rechenzentrumscampussen mit Sitz in Dschubail, und zahlt dafür 2,6 Milliarden Riyal (rund 670 Millionen Euro).",
          alt=[(670 * M, "EUR")], kind_alt=["investment"],
          note="30 % stake; different from Aramco's purchase of a further 21 % in 2026 (020)"),
        D("aramco-capex-2025", ["Aramco"], "capex_plan", 52 * B, "USD", "range",
          "2025", "planned",
          "Aramco selbst plant für dieses Jahr Investitionen von 52 bis 58 Milliarden Dollar, der weitaus größte Teil davon fließt weiterhin in Öl- und Gasfelder.",
          amount_max=58 * B, required=False,
          note="group-wide capital-spending plan, optional"),
        D("aramco-tidewell-denied", ["Aramco", "Tidewell Compute"], "investment", 800 * M, "USD", "exact",
          "2025-02", "rumored",
          "17:25 Uhr – Zum Abschluss des Tages noch ein Dementi: Ein Sprecher von Aramco wies Berichte eines US-Branchendienstes zurück, wonach der Konzern für 800 Millionen Dollar bei Tidewell Compute einsteigen wolle.",
          required=False, kind_alt=["acquisition"],
          note="rumour denied by Aramco ('diese Gespräche gibt es nicht'), optional"),
    ],
    ["27,35 Riyal", "75,80 Dollar je Fass", "15 Milliarden Riyal", "1.500 Riyal", "899 Euro"])

ARTICLES["008_wadihanifa_groq_corniche_en.txt"] = A(
    "2025-03-04", "from the line 'Published 04.03.2025 | 09:12 GST'; 'on Monday' -> 2025-03-03", "en",
    [
        D("aramco-wadihanifa-seriesa", ["Aramco", "Wadi Hanifa Compute"], "investment", 75 * M, "USD", "exact",
          "2025-03-03", "completed",
          "RIYADH — Wadi Hanifa Compute, a two-year-old Riyadh company that rents out graphics processors to government agencies and banks, has collected $75 million from investors in a Series A headed by Aramco Ventures, the start-up announced on Monday.",
          note="lead investor 'Aramco Ventures' = Aramco; post-money value $410m is not a deal"),
        D("wadihanifa-groq-inference", ["Wadi Hanifa Compute", "Groq"], "cloud_contract", 110 * M, "SAR", "approx",
          "2025-03", "signed",
          "Under a three-year agreement it will pay Groq about SAR 110 million a year for inference capacity at the Dammam facility that the US chip company runs with Aramco Digital.",
          per="year",
          note="'it' = Wadi Hanifa (previous sentence 'The start-up'); yearly rate over three years; signing date not given -> month of the article"),
        D("aramco-groq-dammam", ["Aramco", "Groq"], "investment", 1.5 * B, "USD", "exact",
          "2025-02", "announced",
          "Aramco Digital's $1.5 billion commitment to Groq, unveiled at the LEAP conference in February, is meant to make it one of the biggest inference sites anywhere outside America.",
          kind_alt=["project", "joint_venture", "partnership"],
          note="same commitment as 007 (EUR there, with the day); here USD with the month only"),
    ],
    ["$410 million", "SAR 27.10", "$9 billion", "$1.6 billion", "SAR 14,000 a month", "SAR 95 million", "SAR 45 a month"])

ARTICLES["009_caprock_roundup_flarestack_en.txt"] = A(
    "2025-05-16", "from the issue line 'Week 20 · Friday 16 May 2025'; 'on Tuesday' -> 2025-05-13", "en",
    [
        D("quarrendon-caprock-round", ["Quarrendon Capital", "Caprock Power Partners"], "investment", 310 * M, "USD", "exact",
          "2025-05-13", "completed",
          "Caprock Power Partners, the Midland developer that puts gas turbines behind the meter of data centres, raised $310 million from Quarrendon Capital on Tuesday.",
          note="minority stake; valuation $1.9bn is not a deal"),
        D("bp-caprock-talks", ["BP", "Caprock Power Partners"], "investment", 600 * M, "USD", "approx",
          "2025", "cancelled",
          "BP had spent the winter in talks over a 20% stake that would have cost it roughly $600 million, but pulled out in April when the two sides could not settle how much gas BP would have to supply, two people who followed the process told us.",
          kind_alt=["acquisition"],
          note="failed talks for a 20 % stake in Caprock (named in the previous paragraph); talks over the winter 2024/25, ended in April -> the year"),
        D("brennwald-caprock-service", ["Brennwald Turbinenservice", "Caprock Power Partners"], "supply", 38 * M, "USD", "exact",
          "2025-05", "signed",
          "Brennwald Turbinenservice, a family-owned specialist from Mülheim an der Ruhr, will overhaul and service Caprock's first eight turbines under a $38m contract that runs until 2032.",
          kind_alt=["other"], term=[None, "2032"],
          note="maintenance contract; signing in the previous sentence ('Three weeks later than planned, Caprock also signed') -> month of the issue"),
        D("chevron-gevernova-turbines", ["Chevron", "Engine No. 1", "GE Vernova"], "supply", None, None, None,
          "2025-01", "signed",
          "If you want a big frame unit, get in line: Chevron and its partner Engine No. 1 reserved seven GE Vernova machines in January for their own data-centre power venture, and the waiting list has only grown since.",
          required=False,
          note="amount-less background mention, optional"),
    ],
    ["$1.9 billion", "$2,400 per kilowatt", "$1,300", "$18 a month", "$180 a year"])

ARTICLES["010_totalenergies_data4_regelzone.txt"] = A(
    "2025-06-06", "from the issue line 'Ausgabe 23/2025 · 6. Juni 2025'; 'am Mittwoch' -> 2025-06-04; 'Vergangene Woche' -> 2025-05", "de",
    [
        D("totalenergies-data4-ppa", ["TotalEnergies", "Data4"], "supply", 420 * M, "EUR", "approx",
          "2025-06-04", "signed",
          "Der französische Energiekonzern liefert dem Rechenzentrumsbetreiber Data4 ab 2026 über 15 Jahre Strom aus spanischen Solar- und Windparks; das Volumen beziffern beide Unternehmen auf rund 420 Millionen Euro.",
          term=["2026", None],
          note="'Der französische Energiekonzern' = TotalEnergies (previous sentence); signed 'am Mittwoch' (next sentence); 013 restates it without an amount"),
        D("data4-spain-capex", ["Data4"], "capex_plan", 3.5 * B, "EUR", "at_least",
          "2025-06-04", "announced",
          "Data4 kündigte am selben Tag an, bis 2030 mehr als 3,5 Milliarden Euro in seine spanischen Campusse zu stecken, davon gut die Hälfte in Alcobendas.",
          kind_alt=["project"],
          note="'am selben Tag' = the signing day; 'mehr als' -> at_least; spending plan lists only the spender"),
        D("totalenergies-mistral", ["TotalEnergies", "Mistral AI"], "partnership", None, None, None,
          "2025-05", "announced",
          "Vergangene Woche hatte TotalEnergies zudem eine KI-Partnerschaft mit Mistral AI vereinbart; eine Summe nannten beide nicht.",
          required=False,
          note="amount-less partnership, optional"),
    ],
    ["4,2 Milliarden Dollar", "rund 38 Euro je Megawattstunde", "13,6 Milliarden Euro", "84,70 Euro je Megawattstunde", "129 Euro", "38 Euro im Monat"])

ARTICLES["011_omv_salzachtal_salzachrundschau.html"] = A(
    "2025-07-17", "from <meta name='date'>, JSON-LD datePublished and the line 'Burghausen · Do., 17.07.2025 · 10:05 Uhr'; 'am Dienstag' -> 2025-07-15; 'Im März' -> 2025-03", "de",
    [
        D("omv-salzachtal-supply", ["OMV", "Salzachtal Rechenpark"], "supply", 30 * M, "EUR", "approx",
          "2025-07-15", "signed",
          "Unterm Strich zahlt Salzachtal der OMV dafür jährlich knapp 30 Millionen Euro, der Vertrag läuft zunächst 15 Jahre.",
          per="year",
          note="gas supply and waste-heat offtake netted; signed 'am Dienstag' (two sentences earlier); 'knapp' -> approx; 017 restates it; different from the land sale of the same pair"),
        D("omv-salzachtal-land", ["Salzachtal Rechenpark", "OMV"], "acquisition", 19 * M, "EUR", "exact",
          "2025-03", "completed",
          "Den Boden für das Projekt hat das Unternehmen bereits: Im März hatte Salzachtal das 14 Hektar große Grundstück am Rand des Werksgeländes von der OMV für 19 Millionen Euro gekauft.",
          kind_alt=["other"],
          note="land purchase; 'Vier Monate später folgt nun der Liefervertrag' ties it to the supply contract but it is a separate deal"),
        D("salzachtal-capex-phase1", ["Salzachtal Rechenpark"], "capex_plan", 380 * M, "EUR", "approx",
          "2025-07", "planned",
          "In den ersten Bauabschnitt will der Betreiber rund 380 Millionen Euro investieren; Baubeginn ist im Herbst, die ersten 40 Megawatt sollen Ende 2027 am Netz sein.",
          kind_alt=["project"],
          note="'der Betreiber' = Salzachtal; no announcement date -> month of the article; different from the second-hall plan in 017"),
    ],
    ["rund 2 Millionen Euro jährlich", "118 Millionen Euro", "4,5 Millionen Euro", "279 Euro im Monat", "0,99 Euro", "7,99 Euro"])

ARTICLES["012_equinor_hornvik_rogaland_en.txt"] = A(
    "2025-09-26", "from the dateline 'STAVANGER, Friday 26 September 2025'; 'on Thursday' -> 2025-09-25", "en",
    [
        D("equinor-hornvik-stake", ["Equinor", "Hornvik Datasenter"], "acquisition", 1.4 * B, "NOK", "exact",
          "2025-09-25", "signed",
          "Equinor will pay NOK 1.4 billion (about $140 million) for 35 percent of Hornvik Datasenter, which is developing a data-centre site beside the Kårstø gas processing plant north of Stavanger, the pair announced on Thursday.",
          alt=[(140 * M, "USD"), (120 * M, "EUR")], kind_alt=["investment"],
          note="35 % stake; 015 restates it in EUR (about €120m, month only); different from the gas supply contract of the same pair (015)"),
        D("solvberg-hornvik-loan", ["Sølvberg Sparebank", "Hornvik Datasenter"], "other", 600 * M, "NOK", "up_to",
          "2025-09", "signed",
          "Sølvberg Sparebank, a regional savings bank, is lending Hornvik up to NOK 600 million, with the rest of the construction cost covered by equity.",
          kind_alt=["investment"],
          note="construction loan"),
        D("karstholm-hornvik-lease", ["Karstholm Seismic", "Hornvik Datasenter"], "other", 45 * M, "NOK", "exact",
          "2025-09", "signed",
          "The first tenant is already signed: Karstholm Seismic, the Stavanger firm that reprocesses seismic data on graphics processors for oil companies, will rent 8 megawatts for NOK 45 million a year from 2027.",
          per="year", kind_alt=["cloud_contract"], term=["2027", None],
          note="data-centre space lease, yearly rate"),
    ],
    ["NOK 4 billion", "$6.5 billion", "NOK 25 million a year", "NOK 0.62 per kilowatt-hour", "NOK 248.90", "NOK 329 a month"])

ARTICLES["013_totalenergies_google_marginalbarrel_en.txt"] = A(
    "2025-11-04", "from the byline 'Posted 4 November 2025 by Elspeth Carrow-Dunn'; 'Last month' -> 2025-10", "en",
    [
        D("totalenergies-google-ppa", ["TotalEnergies", "Google"], "supply", 280 * M, "USD", "approx",
          "2025-10", "signed",
          "Neither side gave a price, so here is mine: at the forward curves I use and a modest discount for the length of the deal, the contract is worth about $280 million over its life.",
          note="value only from the author (an analyst); the deal ('Last month the group announced that it will sell Google 1.5 terawatt-hours ... over 15 years') is in the previous sentence"),
        D("totalenergies-data4-ppa", ["TotalEnergies", "Data4"], "supply", None, None, None,
          "2025-06", "signed",
          "The Spanish supply deal it signed with Data4 in June was larger, and there are more in the pipeline.",
          required=False,
          note="amount-less restatement of the 010 contract, optional; 'it' = TotalEnergies"),
        D("totalenergies-caprock-rumour", ["TotalEnergies", "Caprock Power Partners"], "acquisition", 500 * M, "USD", "approx",
          "2025", "rumored",
          "TotalEnergies has been weighing a bid for a quarter of Caprock Power Partners, the Permian developer of behind-the-meter gas plants, in a deal that would be worth around half a billion dollars, according to two people I trust who have worked on similar transactions.",
          kind_alt=["investment"],
          note="amount in words; sourced rumour ('Nothing is agreed'), required"),
        D("totalenergies-capex-2025", ["TotalEnergies"], "capex_plan", 17 * B, "USD", "range",
          "2025", "planned",
          "TotalEnergies guides to capital expenditure of $17 billion to $17.5 billion this year and has promised to keep returning about 40% of cash flow to shareholders.",
          amount_max=17.5 * B, required=False,
          note="group-wide capex guidance, optional"),
    ],
    ["$200 billion of revenue", "€15 billion", "€68 per share", "€53.80", "$65", "$20 billion a year", "$12 a month"])

ARTICLES["014_siemensenergy_sabkha_parkettsonde.txt"] = A(
    "2025-12-17", "from the portal stamp '17.12.2025 | 07:52'; 'am Dienstag' -> 2025-12-16; 'Ende vergangener Woche' -> 2025-12", "de",
    [
        D("siemensenergy-sabkha-turbines", ["Siemens Energy", "Sabkha Digital"], "supply", 900 * M, "EUR", "approx",
          "2025-12-16", "signed",
          "In Unternehmenskreisen ist von einem Auftragswert von rund 900 Millionen Euro die Rede; unterschrieben haben beide Seiten am Dienstag in Riad, ausgeliefert wird ab 2027.",
          note="parties in the previous sentence (Siemens Energy delivers eight turbines to Sabkha Digital); headline compound '900-Millionen-Euro-Auftrag'"),
        D("tidewell-siemens-turbines-2025b", ["Tidewell Compute", "Siemens Energy"], "supply", 260 * M, "USD", "exact",
          "2025-12", "signed",
          "Der texanische Kunde Tidewell Compute bestellt weitere sechs Aeroderivat-Turbinen für 260 Mio. US-Dollar, unterschrieben wurde bereits Ende vergangener Woche.",
          note="follow-on order ('Folgeauftrag', 'weitere'); Siemens Energy = 'der Konzern' of the previous sentence; different from the January 2025 order of 14 turbines (006)"),
    ],
    ["108,36 EUR", "412 Mio. EUR", "118 Euro", "über 140 Milliarden Euro", "rund 44 Milliarden Euro", "Kursziel dort: 90 Euro", "111,80 Euro", "0,00 Euro Ausführungsgebühr"])

ARTICLES["015_equinor_hornvik_nordseewoche.txt"] = A(
    "2026-01-16", "from the line 'Freitag, 16. Januar 2026 · Nr. 3'; 'am Mittwoch' -> 2026-01-14; 'Im September' -> 2025-09; 'in der vergangenen Woche' -> 2026-01", "de",
    [
        D("equinor-hornvik-stake", ["Equinor", "Hornvik Datasenter"], "acquisition", 120 * M, "EUR", "approx",
          "2025-09", "signed",
          "Im September hatte Equinor für umgerechnet rund 120 Millionen Euro 35 Prozent an Hornvik übernommen.",
          kind_alt=["investment"],
          note="same stake as 012 (NOK 1.4bn), here in EUR with the month only"),
        D("equinor-hornvik-gas", ["Equinor", "Hornvik Datasenter"], "supply", 230 * M, "NOK", "approx",
          "2026-01-14", "signed",
          "Nun folgt der Liefervertrag: Der Konzern versorgt das geplante Gaskraftwerk des Campus an der Gasanlage Kårstø ab 2028 mit Erdgas und erhält dafür jährlich rund 230 Millionen Kronen, knapp 20 Millionen Euro.",
          per="year", alt=[(20 * M, "EUR")], term=["2028", None],
          note="'Der Konzern' = Equinor, 'des Campus' = Hornvik; yearly rate; signed 'am Mittwoch' (next sentence); different from the stake of the same pair"),
        D("equinor-karstholm-2026", ["Equinor", "Karstholm Seismic"], "other", 520 * M, "NOK", "exact",
          "2026-01", "signed",
          "Equinor hat in der vergangenen Woche Karstholm Seismic einen weiteren, größeren Auftrag erteilt: Für 520 Millionen Kronen soll der GPU-Spezialist über fünf Jahre die seismischen Daten der Nordsee-Felder rund um Troll und Oseberg neu auswerten.",
          kind_alt=["cloud_contract", "supply"],
          note="second Equinor-Karstholm contract ('weiteren'), must stay apart from the NOK 340m contract of 2024 (005)"),
    ],
    ["0,71 Kronen je Kilowattstunde", "rund 31 Euro je Megawattstunde", "0,37 Dollar je Aktie", "19,90 Euro im Monat", "12,90 Euro"])

ARTICLES["016_shell_vellinga_dielectric_en.html"] = A(
    "2026-03-10", "from <meta name='parsely-pub-date'>, JSON-LD datePublished and the byline 'Tue 10 Mar 2026'; 'on Monday' -> 2026-03-09", "en",
    [
        D("shell-vellinga-coolant", ["Shell", "Vellinga Cooling"], "supply", 60 * M, "EUR", "approx",
          "2026-03-09", "signed",
          "Shell will supply Vellinga Cooling with its synthetic coolant for the next five years under an exclusive agreement signed on Monday, a contract worth about €60 million ($65 million), according to the Delft company.",
          alt=[(65 * M, "USD")],
          note="five-year fluid supply; must stay apart from Shell's €42m investment of 2024 in the same company (next paragraph)"),
        D("shell-vellinga-seriesb", ["Shell", "Vellinga Cooling"], "investment", 42 * M, "EUR", "exact",
          "2024", "completed",
          "Shell, which led Vellinga's €42 million round in 2024, holds a seat on the board and has been the company's main fluid supplier informally since it started.",
          note="restatement of the 2024 round (002 rumoured, 003 signed)"),
        D("noordpolder-vellinga-tanks", ["Noordpolder Data", "Vellinga Cooling"], "supply", 24 * M, "EUR", "exact",
          "2026-02", "signed",
          "The reason is demand. Noordpolder Data, the Groningen operator, ordered 300 Vellinga tanks for €24 million in February for its planned Eemshaven campus, by far the biggest purchase Vellinga has ever booked.",
          note="equipment order"),
    ],
    ["about €80,000", "€31 million", "$1.2 billion", "€49"])

ARTICLES["017_salzachtal_interview_kuehlturm.txt"] = A(
    None, "no date anywhere in the article (only 'Lesedauer: 6 Minuten'); relative dates ('im vergangenen Jahr') cannot be resolved", "de",
    [
        D("omv-salzachtal-supply", ["OMV", "Salzachtal Rechenpark"], "supply", 30 * M, "EUR", "approx",
          None, "signed",
          "Mit der OMV haben wir einen Vertrag, der uns unterm Strich jährlich knapp 30 Millionen Euro kostet, Gas abzüglich Wärmegutschrift.",
          per="year",
          note="restatement of the 011 contract; 'wir'/'uns' = Salzachtal Rechenpark (the interviewee's company)"),
        D("brennwald-salzachtal-service", ["Brennwald Turbinenservice", "Salzachtal Rechenpark"], "supply", 65 * M, "EUR", "exact",
          None, "signed",
          "Die Wartung unserer sechs Turbinen haben wir für 65 Millionen Euro über zwölf Jahre an Brennwald Turbinenservice vergeben.",
          kind_alt=["other"],
          note="maintenance contract; 'wir' = Salzachtal; undated interview"),
        D("halvergate-salzachtal-offer", ["Halvergate Infrastructure", "Salzachtal Rechenpark"], "acquisition", 400 * M, "EUR", "exact",
          None, "cancelled",
          "Halvergate Infrastructure hat uns im vergangenen Jahr 400 Millionen Euro für 49 Prozent geboten.",
          kind_alt=["investment"],
          note="offer for 49 % refused ('abgesagt'); 'uns' = Salzachtal; 'im vergangenen Jahr' in an undated interview -> null"),
        D("salzachtal-capex-hall2", ["Salzachtal Rechenpark"], "capex_plan", 250 * M, "EUR", "up_to",
          None, "planned",
          "Für die zweite Halle planen wir bis zu 250 Millionen Euro ein, die Entscheidung fällt, sobald die Mietverträge für die erste unterschrieben sind.",
          kind_alt=["project"],
          note="'wir' = Salzachtal; different from the €380m first phase (011)"),
    ],
    ["rund 72.000 Euro im Jahr", "fünf Euro je Kilo", "14,80 Euro", "52 Euro", "1.200 Euro"])

ARTICLES["018_bp_dunmore_deevalley_en.txt"] = A(
    "2026-04-16", "from the date line 'Thursday 16 April 2026'; 'on Wednesday' -> 2026-04-15", "en",
    [
        D("bp-dunmore-acquisition", ["BP", "Dunmore Subsurface"], "acquisition", 160 * M, "GBP", "exact",
          "2026-04-15", "signed",
          "BP has agreed to buy Dunmore Subsurface, the Aberdeen company whose software trawls old seismic surveys for oil and gas that geologists missed, for £160 million ($212 million) in cash, BP and Dunmore announced on Wednesday.",
          alt=[(212 * M, "USD")],
          note="takeover, needs CMA clearance; must stay apart from the £18m contract of 2024 restated in the next paragraph"),
        D("bp-dunmore-contract-2024", ["BP", "Dunmore Subsurface"], "other", 18 * M, "GBP", "exact",
          "2024-09", "signed",
          "BP first hired the start-up in September 2024 under an £18 million, three-year contract to reinterpret data from its fields west of Shetland.",
          kind_alt=["cloud_contract", "supply"],
          note="restatement of the 004 contract (month only)"),
    ],
    ["roughly £11 million", "about £27 million", "£9 million", "438.6p", "£129 per night"])

ARTICLES["019_karstholm_rotliegend_geophon.txt"] = A(
    "2026-07-23", "from the issue line 'KW 30 | Donnerstag, 23.07.2026'; 'am Dienstag' -> 2026-07-21; 'Anfang Juli' -> 2026-07", "de",
    [
        D("karstholm-rotliegend-acquisition", ["Karstholm Seismic", "Rotliegend Geodaten"], "acquisition", 28 * M, "EUR", "exact",
          "2026-07-21", "signed",
          "Karstholm Seismic übernimmt die Kasseler Rotliegend Geodaten GmbH für 28 Millionen Euro; bekanntgegeben wurde der Kauf am Dienstag.",
          note="takeover; revenue €4.7m is not a deal"),
        D("harbour-hpe-cluster", ["Harbour Energy", "Hewlett Packard Enterprise"], "supply", 35 * M, "USD", "approx",
          "2026-07", "signed",
          "Den Auftragswert beziffern Branchenkreise auf rund 35 Millionen Dollar, unterschrieben wurde Anfang Juli.",
          kind_alt=["other"],
          note="parties in the previous sentence (Harbour Energy orders a cluster from Hewlett Packard Enterprise); value from industry sources"),
        D("omv-microsoft-cloud", ["OMV", "Microsoft"], "cloud_contract", 40 * M, "EUR", "range",
          "2026-07", "signed",
          "Offizielle Zahlen gibt es nicht, Insider beziffern das Volumen auf 40 bis 60 Millionen Euro.",
          amount_max=60 * M,
          note="three-year extension of the cloud framework contract (previous sentence, 'Der Wiener Konzern' = OMV); value from insiders; the 2021 move to Azure is background and not annotated"),
    ],
    ["4,7 Millionen Euro", "zwischen 2,40 und 3,10 Euro", "690 Euro", "4,50 Euro je Karton", "29 Euro im Monat"])

ARTICLES["020_energy_stocks_tapebarrel_en.txt"] = A(
    "2026-11-12", "from the line 'Thursday, 12 November 2026 · After the closing bell'; 'on Wednesday' -> 2026-11-11; 'on Tuesday' -> 2026-11-10", "en",
    [
        D("exxonmobil-caprock-gas", ["ExxonMobil", "Caprock Power Partners"], "supply", 1.2 * B, "USD", "approx",
          "2026-11-11", "signed",
          "ExxonMobil agreed on Wednesday to supply natural gas to Caprock Power Partners' plants in West Texas for 15 years, a contract that, by the companies' own estimate, is worth about $1.2 billion.",
          note="also '$1.2bn' in the headline"),
        D("aramco-sabkha-stake-2026", ["Aramco", "Sabkha Digital"], "acquisition", 2.1 * B, "SAR", "exact",
          "2026-11-10", "completed",
          "In Riyadh, Aramco lifted its holding in Sabkha Digital to 51% from 30% on Tuesday, paying SAR 2.1 billion ($560 million) for the extra shares.",
          alt=[(560 * M, "USD")], kind_alt=["investment"],
          note="purchase of a further 21 %; must stay apart from the 30 % stake of 2025 (007)"),
        D("exxonmobil-capex-2026", ["ExxonMobil"], "capex_plan", 28 * B, "USD", "range",
          "2026-11", "planned",
          "The oil major also reiterated that it plans to spend $28 billion to $33 billion a year on capital projects through 2030, and that its $20 billion annual share buyback remains in place.",
          amount_max=33 * B, per="year", required=False,
          note="group-wide capex plan, optional; the buyback in the same sentence is a not_deal"),
    ],
    ["$121.37", "$20 billion annual share buyback", "about SAR 10 billion", "SAR 25.48", "$68.42 a barrel", "$4.11 per million British thermal units", "$499", "$24 a month"])

ALIASES = {
    "Wintershall Dea": ["Wintershall Dea", "Wintershall Dea AG", "Wintershall Dea GmbH"],
    "Rotliegend Geodaten": ["Rotliegend Geodaten", "Rotliegend Geodaten GmbH", "Rotliegend"],
    "Harbour Energy": ["Harbour Energy", "Harbour Energy plc", "Harbour"],
    "ExxonMobil": ["ExxonMobil", "Exxon Mobil", "Exxon Mobil Corp.", "Exxon"],
    "Hewlett Packard Enterprise": ["Hewlett Packard Enterprise", "HPE"],
    "Shell": ["Shell", "Shell plc", "Shell Ventures", "Shell Energy Europe", "Shell Energy"],
    "Vellinga Cooling": ["Vellinga Cooling", "Vellinga Cooling B.V.", "Vellinga"],
    "Noordpolder Data": ["Noordpolder Data", "Noordpolder"],
    "BP": ["BP", "BP plc"],
    "Dunmore Subsurface": ["Dunmore Subsurface", "Dunmore Subsurface Ltd", "Dunmore"],
    "Tollcross Ventures": ["Tollcross Ventures", "Tollcross"],
    "Palantir": ["Palantir", "Palantir Technologies"],
    "Equinor": ["Equinor", "Equinor ASA", "Equinors"],
    "Karstholm Seismic": ["Karstholm Seismic", "Karstholm Seismic AS", "Karstholm"],
    "Quarrendon Capital": ["Quarrendon Capital", "Quarrendon"],
    "TotalEnergies": ["TotalEnergies", "TotalEnergies SE"],
    "Tidewell Compute": ["Tidewell Compute", "Tidewell"],
    "Siemens Energy": ["Siemens Energy", "Siemens Energy AG"],
    "Aramco": ["Aramco", "Saudi Aramco", "Aramco Digital", "Aramco Ventures", "Aramcos"],
    "Groq": ["Groq", "Groq Inc."],
    "Sabkha Digital": ["Sabkha Digital", "Sabkha"],
    "Wadi Hanifa Compute": ["Wadi Hanifa Compute", "Wadi Hanifa"],
    "Caprock Power Partners": ["Caprock Power Partners", "Caprock"],
    "Brennwald Turbinenservice": ["Brennwald Turbinenservice", "Brennwald Turbinenservice GmbH", "Brennwald"],
    "Chevron": ["Chevron", "Chevron Corp."],
    "Engine No. 1": ["Engine No. 1"],
    "GE Vernova": ["GE Vernova"],
    "Data4": ["Data4", "Data4 Group"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Google": ["Google", "Alphabet"],
    "OMV": ["OMV", "OMV AG"],
    "Salzachtal Rechenpark": ["Salzachtal Rechenpark", "Salzachtal Rechenpark GmbH", "Salzachtal"],
    "Hornvik Datasenter": ["Hornvik Datasenter", "Hornvik Datasenter AS", "Hornvik"],
    "Sølvberg Sparebank": ["Sølvberg Sparebank", "Sølvberg"],
    "Halvergate Infrastructure": ["Halvergate Infrastructure", "Halvergate"],
    "Microsoft": ["Microsoft", "Microsoft Azure", "Azure"],
}


def clean(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if isinstance(v, list):
        return [clean(x) for x in v]
    return v


def main():
    gold = {"about": ABOUT, "articles": clean(ARTICLES), "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
