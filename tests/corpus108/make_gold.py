#!/usr/bin/env python3
"""Write gold.json for tests/corpus108 (the hand annotation as a script).

Usage: python3 tests/corpus108/make_gold.py   (then run check_gold.py)
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 108th, held-out test corpus (tests/corpus108/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: data centres and AI compute in south-eastern Europe (Romania, "
    "Bulgaria, Serbia, Croatia, Slovenia, Hungary) and German/Austrian investors there. One entry per article; "
    "a deal that several articles report carries the same id in each. 'required': false marks vague or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money figures "
    "that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. Amounts are annotated in the currency the article states them in; 'alt_amounts' "
    "gives the same deal's amount as another article (or the same article) states it in another currency or "
    "at another precision; figures an article gives in forints, lei or dinars are annotated in the euro "
    "amount the same article gives. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date "
    "marker, dateline, <time>/meta tag, issue line or visible byline date, or null when the article has "
    "none); quarters, half-years and seasons become the year; a cancelled or denied deal keeps the date of "
    "the original agreement, plan or talks; a completed deal keeps the date of its agreement; 'term' is the "
    "period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. Loans are 'other' (kind_alt investment), power purchase agreements 'supply', "
    "colocation and capacity leases 'cloud_contract', construction contracts 'other' (kind_alt supply). For "
    ".html articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Invented companies: Bârsa Compute, Kremstal Capital Partners, Zlatibor Datacentar, Isarwerk Digital, "
    "Mecsek Compute, Zagorje Datapoint, Dinara Vjetar, Banca Someșană, Pirinova Data, Strandzha Power, "
    "Ilirion Compute, Almtal Infrastrukturfonds, Murtaler Kältetechnik, Hessler & Tomić, Pohorje Compute, "
    "Kordun Atlas, Würmtal Infra, Schöckl Ventures; invented publications, research houses, advertisers and "
    "persons are listed in invented_names.txt and README.md; the deals of real companies are invented or "
    "loosely retold with shifted details. Nothing here is reporting."
)

ALIASES = {
    "Bârsa Compute": ["Bârsa Compute", "Bârsa Compute SRL", "Barsa Compute", "Bârsa"],
    "Kremstal Capital Partners": ["Kremstal Capital Partners", "Kremstal Capital", "Kremstal"],
    "Hidroelectrica": ["Hidroelectrica", "S.P.E.E.H. Hidroelectrica"],
    "EBRD": ["EBRD", "European Bank for Reconstruction and Development",
             "Europäische Bank für Wiederaufbau und Entwicklung"],
    "Banca Someșană": ["Banca Someșană", "Banca Someseana"],
    "Zlatibor Datacentar": ["Zlatibor Datacentar", "Zlatibor Datacentar d.o.o.", "Zlatibor"],
    "Telekom Srbija": ["Telekom Srbija", "Telekom Srbija a.d."],
    "Isarwerk Digital": ["Isarwerk Digital", "Isarwerk Digital AG", "Isarwerk"],
    "Mecsek Compute": ["Mecsek Compute", "Mecsek Compute Zrt.", "Mecsek"],
    "MVM": ["MVM", "MVM Group", "MVM Zrt."],
    "Dinara Vjetar": ["Dinara Vjetar", "Dinara Vjetar d.d.", "Dinara"],
    "Zagorje Datapoint": ["Zagorje Datapoint", "Zagorje Datapoint d.o.o.", "Zagorje"],
    "HBOR": ["HBOR", "Croatian Bank for Reconstruction and Development",
             "Hrvatska banka za obnovu i razvitak"],
    "A1 Group": ["A1 Group", "A1 Telekom Austria Group", "A1 Telekom Austria AG", "A1 Telekom Austria", "A1"],
    "Almtal Infrastrukturfonds": ["Almtal Infrastrukturfonds", "Almtal"],
    "Erste Group": ["Erste Group", "Erste Group Bank AG", "Erste Group Bank"],
    "Würmtal Infra": ["Würmtal Infra", "Würmtal"],
    "EuroHPC Joint Undertaking": ["EuroHPC Joint Undertaking", "EuroHPC JU", "EuroHPC"],
    "IZUM": ["IZUM", "Institut informacijskih znanosti"],
    "Sofia Tech Park": ["Sofia Tech Park", "Sofia Tech Park AD"],
    "Ilirion Compute": ["Ilirion Compute", "Ilirion"],
    "Hessler & Tomić": ["Hessler & Tomić", "Hessler & Tomić Bau GmbH", "Hessler & Tomic", "Hessler und Tomić"],
    "Orange Romania": ["Orange Romania", "Orange România", "Orange Romania SA"],
    "Authority for the Digitalisation of Romania": ["Authority for the Digitalisation of Romania", "ADR",
                                                    "Autoritatea pentru Digitalizarea României"],
    "Telekom Romania": ["Telekom Romania", "Telekom Romania Communications"],
    "SID banka": ["SID banka", "SID Bank", "SID banka d.d."],
    "Pohorje Compute": ["Pohorje Compute", "Pohorje"],
    "Strandzha Power": ["Strandzha Power", "Strandzha Power EAD", "Strandzha"],
    "Pirinova Data": ["Pirinova Data", "Pirinova Data EOOD", "Pirinova"],
    "Magyar Telekom": ["Magyar Telekom", "Magyar Telekom Nyrt."],
    "Kordun Atlas": ["Kordun Atlas"],
    "HEP": ["HEP", "Hrvatska elektroprivreda", "HEP d.d."],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "NVIDIA"],
    "Elektroprivreda Srbije": ["Elektroprivreda Srbije", "EPS"],
    "Murtaler Kältetechnik": ["Murtaler Kältetechnik", "Murtaler Kältetechnik GmbH", "Murtaler"],
    "Eviden": ["Eviden"],
    "Amazon Web Services": ["Amazon Web Services", "AWS", "Amazon"],
    "Bulgarian Development Bank": ["Bulgarian Development Bank", "BDB"],
    "Schöckl Ventures": ["Schöckl Ventures", "Schöckl"],
    "Vodafone Romania": ["Vodafone Romania", "Vodafone România", "Vodafone"],
    "G42": ["G42", "Group 42"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
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


def N(id, parties, kind, date, status, evidence, note, kind_alt=None, required=False):
    """A mention without an amount (optional unless said otherwise)."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required,
             kind_alt=kind_alt, note=note)


LOAN = ["investment"]
A = {}

A["001_barsa_kremstal_wachauer.txt"] = {
    "published": "2024-02-14",
    "published_note": "from the header 'Unternehmen & Märkte | Mittwoch, 14.2.2024' (dateline 'Wien/Brașov.'); 'am Dienstag' -> 2024-02-13",
    "language": "de",
    "deals": [
        D("kremstal-barsa-2024", ["Kremstal Capital Partners", "Bârsa Compute"], "investment",
          65_000_000, "EUR", "exact", "2024-02-13", "signed",
          "Wie beide Seiten am Dienstag bestätigten, beteiligt sich Kremstal mit 65 Millionen Euro an dem rumänischen Rechenzentrumsentwickler Bârsa Compute und erhält dafür 35 Prozent der Anteile.",
          note="35 % stake; first Kremstal–Bârsa deal, must stay apart from the €120m second round of 2025 (008, 014); implied valuation ~€186m is not a deal"),
        D("barsa-codlea-capex", ["Bârsa Compute"], "capex_plan", 1_200_000_000, "EUR", "approx",
          "2024-02", "planned",
          "Für die ersten beiden Ausbaustufen mit zusammen 120 Megawatt veranschlagt das Management bis 2028 rund 1,2 Milliarden Euro.",
          kind_alt=["project"], term=[None, "2028"],
          note="'das Management' = Bârsa Compute (previous sentence); own spending plan for the Codlea campus"),
        N("hidroelectrica-barsa-talks-2024", ["Hidroelectrica", "Bârsa Compute"], "supply", "2024-02",
          "negotiating",
          "Mit dem staatlichen Wasserkraftkonzern Hidroelectrica spreche man über einen langfristigen Liefervertrag; Zahlen nannte sie nicht.",
          "early talks without an amount; the contract signed in March 2025 (007) has its own id because this first mention has no amount"),
    ],
    "not_deals": ["knapp 186 Millionen Euro", "420 Millionen Euro", "3,4 Millionen Euro",
                  "118 Euro je Megawattstunde", "knapp 5,9 Milliarden Euro", "389 Euro pro Person"],
}

A["002_zlatibor_ebrd_kalemegdan_en.txt"] = {
    "published": "2024-05-15",
    "published_note": "from 'May 15, 2024 07:10'; dateline 'BELGRADE, May 14', signed 'on Tuesday' -> 2024-05-14",
    "language": "en",
    "deals": [
        D("ebrd-zlatibor-loan-2024", ["EBRD", "Zlatibor Datacentar"], "other", 40_000_000, "EUR", "exact",
          "2024-05-14", "signed",
          "BELGRADE, May 14 – The EBRD, the multilateral lender owned by 70-odd governments, has agreed to lend €40 million to Zlatibor Datacentar, a two-year-old Serbian company that is building a data centre on the edge of the industrial city of Čačak.",
          kind_alt=LOAN, note="twelve-year loan, signed 'on Tuesday' (next sentence)"),
        D("telekomsrbija-zlatibor-talks-2024", ["Telekom Srbija", "Zlatibor Datacentar"], "acquisition",
          60_000_000, "EUR", "approx", "2024-05", "rumored",
          "State-controlled Telekom Srbija has discussed buying a 49 per cent stake in Zlatibor Datacentar for about €60 million, according to two bankers who have been briefed on the conversations.",
          kind_alt=["investment"],
          note="sourced talks about a minority stake; they lapsed (009); different from the €95m majority purchase of 2025 (009, 013)"),
        D("zlatibor-cacak-phase1", ["Zlatibor Datacentar"], "capex_plan", 140_000_000, "EUR", "exact",
          "2024-05", "planned",
          "Zlatibor Datacentar says the money will cover part of a €140 million first phase, which is due to open in spring 2025 with 18 megawatts of capacity.",
          required=False, kind_alt=["project"],
          note="cost of the project the loan finances; background, optional"),
    ],
    "not_deals": ["€1.5 billion", "roughly €30 million", "€95 per megawatt-hour", "about €700 million"],
}

A["003_isarwerk_mecsek_kursbruecke.txt"] = {
    "published": "2024-07-23",
    "published_note": "from '23.07.2024 - 09:41:07'; 'Am Montag nach Börsenschluss' -> 2024-07-22",
    "language": "de",
    "deals": [
        D("isarwerk-mecsek-jv", ["Isarwerk Digital", "Mecsek Compute"], "joint_venture", 480_000_000, "EUR",
          "approx", "2024-07-22", "signed",
          "Beide Partner halten je die Hälfte an dem neuen Gemeinschaftsunternehmen, das Investitionsvolumen für die Anlage mit 60 Megawatt beziffern sie auf rund 480 Millionen Euro.",
          kind_alt=["project"],
          note="50:50 venture announced Monday evening (previous sentence names both); Isarwerk's ~€240m share is a part, not a deal; different from the 2026 buyout (017)"),
        D("mvm-mecsek-grid", ["MVM", "Mecsek Compute"], "supply", 22_000_000, "EUR", "approx", "2024",
          "signed",
          "Mecsek Compute hat den Auftrag nach eigenen Angaben bereits für 8,5 Milliarden Forint vergeben, umgerechnet knapp 22 Millionen Euro.",
          kind_alt=["other"],
          note="grid connection order; stated first in forints (not an accepted currency), annotated in the euro figure the article gives; 'bereits' gives no month -> year"),
    ],
    "not_deals": ["27,35 Euro", "300 Milliarden Forint", "38,2 Mio. Euro", "gut 410 Mio. Euro", "34 Euro", "dauerhaft 1 Euro", "rund 240 Mio. Euro",
                  "110,62 €", "17.640 HUF"],
}

A["004_dinara_zagorje_kvarner_en.html"] = {
    "published": "2024-10-09",
    "published_note": "from <meta article:published_time> and the byline 'Wed 9 Oct 2024 · 14:25 CEST'; 'on Tuesday' -> 2024-10-08, 'On Wednesday' -> 2024-10-09",
    "language": "en",
    "deals": [
        D("dinara-zagorje-ppa", ["Dinara Vjetar", "Zagorje Datapoint"], "supply", 410_000_000, "EUR", "approx",
          "2024-10-08", "signed",
          "Over its full term the power contract is worth about €410 million, according to Zagorje Datapoint, and covers deliveries from 2026 until the end of 2037.",
          term=["2026", "2037"],
          note="twelve-year power purchase agreement; seller Dinara Vjetar and 'on Tuesday' in the previous sentence"),
        D("hbor-zagorje-loan", ["HBOR", "Zagorje Datapoint"], "other", 75_000_000, "EUR", "exact",
          "2024-10-09", "completed",
          "On Wednesday, Zagorje Datapoint said it had closed a €75 million loan from HBOR, the state-owned Croatian Bank for Reconstruction and Development, to finance its first 24-megawatt building.",
          kind_alt=LOAN, note="'closed' -> completed; 14-year loan"),
    ],
    "not_deals": ["€62 per megawatt-hour", "€98", "from €9 million to €11 million", "around €10 billion",
                  "€40 a month"],
}

A["005_a1_almtal_finanzblatt.txt"] = {
    "published": "2025-01-16",
    "published_note": "from the dateline 'Frankfurt/Wien, 16. Januar 2025 (fbd)' in the text",
    "language": "de",
    "deals": [
        D("a1-almtal-datacenters", ["Almtal Infrastrukturfonds", "A1 Group"], "acquisition", 300_000_000,
          "EUR", "approx", "2025", "rumored",
          "Der Linzer Infrastrukturfonds Almtal verhandelt Insidern zufolge exklusiv über den Kauf von 60 Prozent an der Rechenzentrumssparte des Telekomkonzerns und könnte dafür rund 300 Millionen Euro auf den Tisch legen.",
          alt=[(310_000_000, "EUR"), (362_000_000, "USD")],
          note="rumour ('Insidern zufolge'); 'des Telekomkonzerns' = A1 Group (previous sentence); signed 2025-07-01 at $362m (010), completed at €310m (016) -> alt_amounts; the year keeps the shared id's dates consistent"),
        D("erste-almtal-loan", ["Erste Group", "Almtal Infrastrukturfonds"], "other", 150_000_000, "EUR",
          "approx", "2025", "rumored",
          "Die Übernahme soll zum Teil mit einem Kredit der Erste Group über rund 150 Millionen Euro finanziert werden, berichten zwei mit der Transaktion vertraute Banker.",
          kind_alt=LOAN, note="acquisition loan reported by bankers; borrower Almtal from the previous sentences; 010 mentions the loan without an amount"),
        N("wuermtal-a1-withdrawn", ["Würmtal Infra", "A1 Group"], "acquisition", "2024-12", "cancelled",
          "Ein zweiter Interessent, die Münchner Beteiligungsgesellschaft Würmtal Infra, soll sich bereits im Dezember aus dem Verfahren zurückgezogen haben.",
          "withdrawn bidder, no amount; 'im Dezember' before a January 2025 article -> 2024-12"),
    ],
    "not_deals": ["etwa 38 Millionen Euro", "rund einer halben Milliarde Euro", "gut 5,3 Milliarden Euro",
                  "7,46 Euro", "49 Euro"],
}

A["006_ai_factories_rondpoint_en.txt"] = {
    "published": "2025-03-13",
    "published_note": "from the issue line 'Brussels · Thursday 13 March 2025 · No. 212'; 'on Wednesday' -> 2025-03-12",
    "language": "en",
    "deals": [
        D("eurohpc-slovenia-ai-factory", ["EuroHPC Joint Undertaking", "IZUM"], "project", 123_000_000, "EUR",
          "exact", "2025-03-12", "announced",
          "The Slovenian AI factory, to be run by the IZUM institute in Maribor, which already operates the Vega supercomputer, has a total budget of €123 million, shared roughly equally between the EuroHPC Joint Undertaking and the government in Ljubljana.",
          kind_alt=["investment"], note="selection announced 'on Wednesday' (first paragraph)"),
        D("eurohpc-bulgaria-ai-factory", ["EuroHPC Joint Undertaking", "Sofia Tech Park"], "project",
          90_000_000, "EUR", "approx", "2025-03-12", "announced",
          "Under a plan approved on Wednesday, the EuroHPC Joint Undertaking and Sofia Tech Park will together spend about €90 million on a new AI-optimised system and a support centre for companies, named BRAIN++.",
          kind_alt=["investment"]),
        N("ilirion-izum-talks", ["Ilirion Compute", "IZUM"], "cloud_contract", "2025-03", "negotiating",
          "Ilirion Compute, a Ljubljana start-up renting GPU capacity by the hour, said it was in talks with IZUM about renting part of the new Maribor system's capacity for its customers.",
          "talks without financial details"),
    ],
    "not_deals": ["about €17 million", "€200 billion", "€20 billion", "about €7 billion",
                  "a hundred million euros", "€180 a year"],
}

A["007_barsa_hidroelectrica_carpathian_en.txt"] = {
    "published": "2025-03-27",
    "published_note": "from 'March 27, 2025 | 06:55 EET'; dateline 'BUCHAREST, March 26', 'on Wednesday' -> 2025-03-26",
    "language": "en",
    "deals": [
        D("hidroelectrica-barsa-ppa", ["Hidroelectrica", "Bârsa Compute"], "supply", 950_000_000, "EUR",
          "approx", "2025-03-26", "signed",
          "Hidroelectrica, Romania's largest electricity producer, will supply Bârsa Compute's data centre campus in Codlea for ten years under a contract worth roughly €950 million (about $1.03 billion), both sides announced on Wednesday.",
          term=["2026", "2035"], alt=[(1_030_000_000, "USD")],
          note="ten-year power contract, deliveries 2026 to end-2035 (next sentence); restated in 008 (month only) and without amount in 014 and 019"),
        D("ebrd-barsa-loan", ["EBRD", "Bârsa Compute"], "other", 180_000_000, "EUR", "up_to", "2025",
          "negotiating",
          "Bârsa Compute confirmed on Wednesday that it is in advanced talks with Europe's transition lender, the EBRD, about a loan of up to €180 million.",
          kind_alt=LOAN,
          note="talks confirmed by the borrower -> negotiating; signed in June 2025 (014, 019); the year keeps the shared id's dates consistent"),
        D("someseana-barsa-loan", ["Banca Someșană", "Bârsa Compute"], "other", 60_000_000, "EUR", "approx",
          "2025-03", "rumored",
          "Banca Someșană, a mid-sized lender from Cluj-Napoca, is expected to join with a loan of about €60 million, according to a person with a seat at the negotiating table.",
          kind_alt=LOAN, note="from one source; borrower Bârsa Compute from the previous sentence"),
        N("kremstal-barsa-2024", ["Kremstal Capital Partners", "Bârsa Compute"], "investment", "2024",
          "signed",
          "Bârsa Compute has so far been funded mainly by Kremstal Capital Partners, an Austrian infrastructure investor that bought 35 per cent of the company last year in a deal that valued it at about €186 million.",
          "restatement of the 2024 stake (001) without its amount; €186m is the valuation, a not_deal"),
    ],
    "not_deals": ["€105 per megawatt-hour", "about €186 million", "4.5 billion lei", "121.30 lei",
                  "roughly €11 billion"],
}

A["008_kremstal_barsa_suedostbrief.txt"] = {
    "published": "2025-04-11",
    "published_note": "from the issue line 'Jahrgang 9, Ausgabe 15 – Freitag, 11. April 2025'; 'Am Dienstag' -> 2025-04-08",
    "language": "de",
    "deals": [
        D("kremstal-barsa-2025", ["Kremstal Capital Partners", "Bârsa Compute"], "investment", 120_000_000,
          "EUR", "exact", "2025-04-08", "signed",
          "Am Dienstag unterzeichneten die Kremser Kremstal Capital Partners und das Unternehmen aus Brașov eine zweite Finanzierungsrunde über 120 Millionen Euro.",
          note="'das Unternehmen aus Brașov' = Bârsa Compute (previous sentence); an unnamed Vorarlberg family office also takes part; second Kremstal–Bârsa deal, apart from the €65m of 2024; the €185m total is cumulative, a not_deal"),
        D("hidroelectrica-barsa-ppa", ["Hidroelectrica", "Bârsa Compute"], "supply", 950_000_000, "EUR",
          "approx", "2025-03", "signed",
          "Rückenwind gibt der im März geschlossene Stromliefervertrag: Der staatliche Wasserkraftkonzern Hidroelectrica liefert zehn Jahre lang Strom im Wert von rund 950 Millionen Euro an den geplanten Campus in Codlea.",
          note="restatement of 007 with the month only"),
        D("hessler-barsa-construction", ["Hessler & Tomić", "Bârsa Compute"], "other", 85_000_000, "EUR",
          "exact", "2025-03", "signed",
          "Den Rohbau der ersten Halle übernimmt die Regensburger Baufirma Hessler & Tomić, die den Auftrag über 85 Millionen Euro nach Angaben aus Unternehmenskreisen Ende März erhalten hat.",
          kind_alt=["supply"], note="construction contract for Bârsa's first hall; 'Ende März' -> 2025-03; different from Hessler & Tomić's framework with Kordun Atlas (011)"),
    ],
    "not_deals": ["185 Millionen Euro", "rund 28,5 Milliarden Euro", "rund acht Millionen Euro je Megawatt",
                  "390 Euro netto"],
}

A["009_weekly_roundup_balkancompute_en.txt"] = {
    "published": "2025-06-13",
    "published_note": "from the issue line 'Week 24 · Friday 13 June 2025'; 'on Monday' -> 2025-06-09, 'on Tuesday' -> 2025-06-10, 'on Wednesday' -> 2025-06-11",
    "language": "en",
    "deals": [
        D("telekomsrbija-zlatibor-2025", ["Telekom Srbija", "Zlatibor Datacentar"], "acquisition", 95_000_000,
          "EUR", "exact", "2025-06-09", "signed",
          "Telekom Srbija agreed on Monday to buy 51% of Zlatibor Datacentar for €95 million (about $108 million), a year after earlier talks about a smaller stake ran into the sand.",
          alt=[(108_000_000, "USD")],
          note="majority purchase; completed per 013; different from the lapsed 2024 talks about 49 % (002)"),
        N("telekomsrbija-zlatibor-talks-2024", ["Telekom Srbija", "Zlatibor Datacentar"], "acquisition", "2024",
          "cancelled",
          "Telekom Srbija agreed on Monday to buy 51% of Zlatibor Datacentar for €95 million (about $108 million), a year after earlier talks about a smaller stake ran into the sand.",
          "the 2024 minority-stake talks of 002, here reported as failed ('ran into the sand'); no amount", kind_alt=["investment"]),
        N("ebrd-zlatibor-loan-2024", ["EBRD", "Zlatibor Datacentar"], "other", None, "signed",
          "The Čačak data centre, part-financed by the EBRD, opened its first hall in April.",
          "background mention of the 2024 loan (002) without amount or date", kind_alt=LOAN),
        D("adr-orange-govcloud", ["Authority for the Digitalisation of Romania", "Orange Romania"],
          "cloud_contract", 38_000_000, "EUR", "exact", "2025-06-10", "announced",
          "Orange Romania has won a €38 million contract from the Authority for the Digitalisation of Romania (ADR) to build and operate two nodes of the national government cloud, the authority said on Tuesday.",
          kind_alt=["supply"], note="award announced, open to appeal -> announced"),
        N("orange-telekomromania-2021", ["Orange Romania", "Telekom Romania"], "acquisition", "2021",
          "completed",
          "Orange Romania, which absorbed the former Telekom Romania fixed-line business in 2021, will host the equipment in its own data centres in Bucharest and Cluj.",
          "old acquisition mentioned as background, no amount"),
        D("sid-pohorje-loan", ["SID banka", "Pohorje Compute"], "other", 22_000_000, "EUR", "exact", "2025-06",
          "signed",
          "SID banka, Slovenia's state-owned development bank, is lending €22 million to Pohorje Compute to complete a 10-megawatt data centre on the outskirts of Maribor.",
          kind_alt=LOAN, note="no day given -> week of the issue; different from the EBRD loan to Pohorje of 2026 (020)"),
        D("strandzha-pirinova-ppa", ["Strandzha Power", "Pirinova Data"], "supply", 31_000_000, "EUR", "approx",
          "2025-06-11", "signed",
          "Strandzha Power, a solar developer from Burgas, will supply Pirinova Data's Sofia site for eight years, at roughly €31 million a year, under an agreement signed on Wednesday.",
          per="year", term=["2026-01", "2033"], note="yearly rate; term from the next sentence"),
        N("magyartelekom-mecsek-denied", ["Magyar Telekom", "Mecsek Compute", "Isarwerk Digital"], "acquisition",
          "2025-06", "cancelled",
          "Magyar Telekom denied a report in the Budapest daily Napi Pannon that it was negotiating to buy into the Pécs data centre that Mecsek Compute is building with Germany's Isarwerk Digital.",
          "denied report of talks, no amount", kind_alt=["investment"]),
    ],
    "not_deals": ["€2.9bn", "€1.85", "$1,200 per issue"],
}

A["010_a1_almtal_danubia_en.txt"] = {
    "published": "2025-07-02",
    "published_note": "from 'July 2, 2025 at 8:03 am CET'; dateline 'VIENNA, July 1', 'on Tuesday' -> 2025-07-01",
    "language": "en",
    "deals": [
        D("a1-almtal-datacenters", ["Almtal Infrastrukturfonds", "A1 Group"], "acquisition", 362_000_000, "USD",
          "exact", "2025-07-01", "signed",
          "VIENNA, July 1 (DMW) – A1 Group, the Austrian telecoms operator controlled by Mexico's America Movil, agreed on Tuesday to sell 60% of its data centre business to Linz-based Almtal Infrastrukturfonds for $362 million, ending six months of exclusive negotiations.",
          note="signing of the deal rumoured in 005; stated only in USD here; roughly $600m is the valuation of the whole unit"),
        N("erste-almtal-loan", ["Erste Group", "Almtal Infrastrukturfonds"], "other", "2025-07", "signed",
          "Part of the purchase price will come from a loan by Erste Group, a banker close to the financing said; the size of the loan was not disclosed.",
          "the loan of 005 without amount", kind_alt=LOAN),
        D("a1-bulgaria-fibre-capex", ["A1 Group"], "capex_plan", 80_000_000, "USD", "approx", "2025-07-01",
          "planned",
          "Alongside the sale, A1 said it would spend about $80 million by the end of 2027 to extend its fibre backbone in Bulgaria, including new routes linking its Sofia data centres with the Greek and Romanian borders.",
          term=[None, "2027"]),
    ],
    "not_deals": ["roughly $600 million", "about $95 million", "€7.62"],
}

A["011_kordun_atlas_topusko_murinsel.html"] = {
    "published": "2025-07-21",
    "published_note": "from <meta name=date> and the visible '21.07.2025, 14:01 Uhr'; 'am Montag' = the publication day 2025-07-21",
    "language": "de",
    "deals": [
        D("kordun-atlas-topusko", ["Kordun Atlas"], "capex_plan", 43_000_000_000, "EUR", "approx", "2025-07-21",
          "planned",
          "Das Konsortium Kordun Atlas will in der Gemeinde, rund 60 Kilometer südlich von Zagreb, einen KI-Rechenzentrumscampus mit einer Anschlussleistung von einem Gigawatt errichten und dafür rund 43 Milliarden Euro investieren – nach Angaben der Initiatoren umgerechnet 50 Milliarden Dollar.",
          kind_alt=["project"], alt=[(50_000_000_000, "USD")],
          note="presented 'am Montag' (next sentence); restated in USD in 012 and 018, abandoned in 020"),
        D("hessler-kordun-framework", ["Kordun Atlas", "Hessler & Tomić"], "other", 90_000_000, "EUR", "range",
          "2025-07", "signed",
          "Für die Erschließung des Geländes hat Kordun Atlas nach eigenen Angaben in der vergangenen Woche einen Rahmenvertrag mit der Regensburger Baufirma Hessler & Tomić unterzeichnet, dessen Volumen zwischen 90 und 120 Millionen Euro liegen soll.",
          amount_max=120_000_000, kind_alt=["supply"],
          note="framework contract for site works; 'in der vergangenen Woche' -> 2025-07"),
        N("hep-kordun-gas-plant", ["HEP", "Kordun Atlas"], "project", "2025-07", "negotiating",
          "Mit dem staatlichen Stromversorger HEP verhandelt das Konsortium über den Bau eines Gaskraftwerks am Standort.",
          "talks without figures ('Zahlen dazu wurden nicht genannt')", kind_alt=["partnership", "supply"]),
    ],
    "not_deals": ["4,8 Millionen Euro", "rund 85 Milliarden Euro", "rund 12 Euro je Quadratmeter", "229 Euro"],
}

A["012_topusko_analysis_plitvice_en.txt"] = {
    "published": "2025-07-24",
    "published_note": "from the line 'Analysis | Thursday, July 24, 2025'; 'On Monday' -> 2025-07-21",
    "language": "en",
    "deals": [
        D("kordun-atlas-topusko", ["Kordun Atlas"], "capex_plan", 50_000_000_000, "USD", "exact", "2025-07-21",
          "planned",
          "On Monday, a consortium calling itself Kordun Atlas said it would spend $50bn building an artificial-intelligence campus of up to a gigawatt next to Topusko, a thermal spa in central Croatia best known for its rheumatism clinic.",
          kind_alt=["project"], note="same plan as 011, in USD"),
        D("zagorje-phase2-cancelled", ["Zagorje Datapoint"], "capex_plan", 260_000_000, "EUR", "exact",
          "2025-02", "cancelled",
          "Last month Zagorje Datapoint quietly scrapped the €260 million second phase of its Sveta Nedelja campus, which it had unveiled with some fanfare in February, after the grid operator told it the connection would not be available before 2030.",
          kind_alt=["project"], note="cancelled plan keeps the date it was unveiled (February 2025); scrapped in June 2025"),
        N("nvidia-kordun-talks", ["Kordun Atlas", "Nvidia"], "supply", "2025-07", "negotiating",
          "Kordun Atlas says it is in talks with Nvidia about supplying processors for the first phase.",
          "claimed by one side only, Nvidia does not confirm; no amount"),
    ],
    "not_deals": ["about €33bn", "around €2,300 a month", "about €1,400"],
}

A["013_telekom_srbija_zlatibor_belgrader.txt"] = {
    "published": "2025-09-03",
    "published_note": "from the date line 'Mittwoch, 03.09.2025'; 'am Dienstag' -> 2025-09-02; the purchase was agreed 'im Juni'",
    "language": "de",
    "deals": [
        D("telekomsrbija-zlatibor-2025", ["Telekom Srbija", "Zlatibor Datacentar"], "acquisition", 95_000_000,
          "EUR", "exact", "2025-06", "completed",
          "Der Einstieg ist vollzogen: Telekom Srbija hat die Übernahme von 51 Prozent an Zlatibor Datacentar abgeschlossen und zahlt für die Mehrheit an dem Rechenzentrumsbetreiber aus Čačak 95 Millionen Euro, wie das Unternehmen am Dienstag mitteilte.",
          note="closing announced 2025-09-02 ('knapp drei Monate später'); the date stays the agreement in June (009)"),
        D("telekomsrbija-zlatibor-lease", ["Telekom Srbija", "Zlatibor Datacentar"], "cloud_contract",
          12_000_000, "EUR", "approx", "2025-09-02", "signed",
          "Der Konzern unterschrieb einen Mietvertrag für acht Megawatt Rechenzentrumsfläche und zahlt dafür von 2026 bis 2035 rund zwölf Millionen Euro jährlich.",
          kind_alt=["other"], per="year", term=["2026", "2035"],
          note="'Der Konzern' = Telekom Srbija; signed 'gleichzeitig' with the closing announcement; second deal of the pair, apart from the stake purchase"),
        D("ebrd-zlatibor-loan-2024", ["EBRD", "Zlatibor Datacentar"], "other", 40_000_000, "EUR", "exact", "2024",
          "signed",
          "Finanziert wurde der erste Abschnitt unter anderem mit einem Kredit der EBRD über 40 Millionen Euro aus dem Frühjahr 2024.",
          kind_alt=LOAN, note="restatement of 002; 'Frühjahr 2024' -> year"),
        N("eps-zlatibor-power", ["Elektroprivreda Srbije", "Zlatibor Datacentar"], "supply", "2025-09",
          "negotiating",
          "Den Strom soll der staatliche Versorger Elektroprivreda Srbije (EPS) liefern; über die Konditionen wird noch verhandelt.",
          "power supply under negotiation, no amount"),
    ],
    "not_deals": ["9,6 Millionen Euro", "rund drei Milliarden Euro"],
}

A["014_interview_vladescu_trafostation.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesedauer: 7 Minuten'); 'Im Juni' without a year -> date null throughout",
    "language": "de",
    "deals": [
        D("ebrd-barsa-loan", ["EBRD", "Bârsa Compute"], "other", 180_000_000, "EUR", "exact", None, "signed",
          "Im Juni haben wir den Kreditvertrag mit der EBRD unterschrieben, 180 Millionen Euro mit einer Laufzeit von 15 Jahren.",
          kind_alt=LOAN, note="'wir' = Bârsa Compute; the loan negotiated in 007; undated interview"),
        D("kremstal-barsa-2025", ["Kremstal Capital Partners", "Bârsa Compute"], "investment", 120_000_000, "EUR",
          "exact", None, "signed",
          "Die zweite Runde von Kremstal über 120 Millionen Euro hat uns den Rohbau ermöglicht, bevor der erste Kredit floss.",
          note="'uns' = Bârsa Compute; restatement of 008"),
        D("murtaler-barsa-cooling", ["Murtaler Kältetechnik", "Bârsa Compute"], "supply", 40_000_000, "EUR",
          "approx", None, "signed",
          "Die Kühlung liefert Murtaler Kältetechnik aus der Steiermark, der Auftrag liegt bei rund 40 Millionen Euro.",
          note="liquid-cooling order for Codlea; 019 dates it to autumn 2025; different from Murtaler's Pohorje order (016)"),
        N("hidroelectrica-barsa-ppa", ["Hidroelectrica", "Bârsa Compute"], "supply", None, "signed",
          "Der Strom kommt aus Wasserkraft, der Vertrag mit Hidroelectrica ist unser wichtigstes Asset.",
          "restatement of the 007 contract without amount"),
    ],
    "not_deals": ["zwischen sieben und neun Millionen Euro", "rund 4.500 Euro brutto im Monat", "14,90 Euro"],
}

A["015_aws_bulgaria_vitosha_en.txt"] = {
    "published": "2025-10-08",
    "published_note": "from 'Oct 8, 2025 · 11:32 EEST'; 'on Tuesday' -> 2025-10-07",
    "language": "en",
    "deals": [
        D("aws-bulgaria-capex", ["Amazon Web Services"], "capex_plan", 1_200_000_000, "USD", "approx",
          "2025-10-07", "planned",
          "Amazon Web Services plans to put about $1.2 billion into data centre infrastructure in Bulgaria through 2030, the company said on Tuesday, the largest commitment a global cloud provider has made in the country.",
          term=[None, "2030"], alt=[(1_030_000_000, "EUR")], note="016 restates it as about €1.03bn"),
        D("pirinova-aws-site", ["Amazon Web Services", "Pirinova Data"], "acquisition", 48_000_000, "EUR",
          "exact", "2025-09", "completed",
          "As part of the plan, the company has bought a 14-hectare plot with a partly finished data hall in Bozhurishte, just west of the capital, from the local developer Pirinova Data for €48 million, according to land registry filings seen by the Vitosha Business Review.",
          note="'the company' = AWS; 'The purchase was completed in September' (next sentence)"),
        N("strandzha-pirinova-ppa", ["Strandzha Power", "Pirinova Data"], "supply", "2025", "signed",
          "The company had started the Bozhurishte building on its own account and signed a solar supply deal with Strandzha Power in the summer to make it more attractive to tenants.",
          "restatement of 009 without amount; 'in the summer' -> year"),
        N("bdb-pirinova-bridge-loan", ["Bulgarian Development Bank", "Pirinova Data"], "other", None, "signed",
          "Pirinova said some of the money would pay off a bridge loan from the Bulgarian Development Bank and would concentrate on a second, smaller site in Plovdiv.",
          "earlier loan mentioned as background, no amount or date", kind_alt=LOAN),
        N("telekomsrbija-zlatibor-2025", ["Telekom Srbija", "Zlatibor Datacentar"], "acquisition", "2025-06",
          "completed",
          "In neighbouring Serbia, Telekom Srbija bought a majority of the Čačak operator Zlatibor Datacentar in June, while in Croatia a consortium's plan for a gigawatt campus at Topusko has yet to produce a single permit.",
          "restatement of 009/013 without amount"),
    ],
    "not_deals": ["about €3.4 billion", "BGN 190 per megawatt-hour"],
}

A["016_liveticker_kapitalticker_ost.txt"] = {
    "published": "2025-11-12",
    "published_note": "from the header 'Mittwoch, 12. November 2025' (live ticker, entries 08:31–16:48)",
    "language": "de",
    "deals": [
        D("murtaler-pohorje-cooling", ["Murtaler Kältetechnik", "Pohorje Compute"], "supply", 9_500_000, "EUR",
          "up_to", "2025-11-12", "signed",
          "Der slowenische Entwickler Pohorje Compute bestellt Kühlanlagen für seinen Standort bei Maribor im Wert von bis zu 9,5 Millionen Euro, je nach Zahl der ausgebauten Module.",
          note="'bis zu' -> up_to; supplier Murtaler in the previous sentence; different from Murtaler's Codlea order (014, 019)"),
        D("schoeckl-ilirion-round", ["Schöckl Ventures", "Ilirion Compute"], "investment", 34_000_000, "EUR",
          "exact", "2025-11-12", "completed",
          "Ilirion Compute hat eine Finanzierungsrunde über 34 Millionen Euro abgeschlossen, angeführt vom Grazer Wagniskapitalgeber Schöckl Ventures.",
          note="valuation of about €140m is not a deal"),
        D("aws-bulgaria-capex", ["Amazon Web Services"], "capex_plan", 1_030_000_000, "EUR", "approx", "2025-10",
          "planned",
          "Amazon Web Services hatte im Oktober angekündigt, bis 2030 umgerechnet rund 1,03 Milliarden Euro in Bulgarien zu investieren.",
          term=[None, "2030"], note="restatement of 015 in EUR, month only"),
        D("a1-almtal-datacenters", ["Almtal Infrastrukturfonds", "A1 Group"], "acquisition", 310_000_000, "EUR",
          "exact", "2025-07", "completed",
          "Der Kaufpreis lag bei 310 Millionen Euro; unterschrieben worden war im Juli.",
          note="closing reported; parties in the previous sentence; the date stays the July signing"),
    ],
    "not_deals": ["8,14 Euro", "150 Millionen Euro", "24,90 Euro",
                  "rund 140 Millionen Euro", "3,90 Euro je Transaktion"],
}

A["017_isarwerk_pecs_pannonia_en.html"] = {
    "published": "2026-02-19",
    "published_note": "from <meta name=pubdate> and the byline 'Thu 19 Feb 2026 · 09:12'; 'on Wednesday' -> 2026-02-18",
    "language": "en",
    "deals": [
        D("isarwerk-mecsek-buyout", ["Isarwerk Digital", "Mecsek Compute"], "acquisition", 210_000_000, "EUR",
          "exact", "2026-02-18", "signed",
          "Munich-listed Isarwerk Digital will buy Mecsek Compute's 50% stake in their data centre venture near Pécs for €210 million, the two companies said on Wednesday, giving the German operator full control of the 60-megawatt site a few months before its first hall opens.",
          note="second Isarwerk–Mecsek deal, apart from the 2024 joint venture"),
        D("isarwerk-mecsek-jv", ["Isarwerk Digital", "Mecsek Compute"], "joint_venture", 480_000_000, "EUR",
          "approx", "2024-07", "signed",
          "The two had set up the venture in July 2024 with a combined budget of about €480 million.",
          kind_alt=["project"], note="restatement of 003"),
        N("isarwerk-mecsek-services", ["Isarwerk Digital", "Mecsek Compute"], "other", "2026-02-18", "signed",
          "Mecsek Compute will keep a services contract for site operations.",
          "operations contract agreed with the buyout, no amount", kind_alt=["supply"]),
        D("magyartelekom-isarwerk-lease", ["Magyar Telekom", "Isarwerk Digital"], "cloud_contract", 260_000_000,
          "USD", "approx", "2026-02-18", "signed",
          "Magyar Telekom will take 12 megawatts at the Pécs campus for five years, a commitment valued at about $260 million (€220 million), Isarwerk said.",
          kind_alt=["other"], term=["2026-04", "2031-03"], alt=[(220_000_000, "EUR")],
          note="capacity contract announced with the buyout; term in the next sentence"),
        N("magyartelekom-mecsek-denied", ["Magyar Telekom", "Mecsek Compute", "Isarwerk Digital"], "acquisition",
          "2025-06", "cancelled",
          "Last June Magyar Telekom had publicly rejected press claims that it wanted to buy into the venture itself.",
          "restatement of the June 2025 denial (009)", kind_alt=["investment"]),
    ],
    "not_deals": ["€29.80", "about €530 million", "1,560 forints", "HUF 300 billion", "900,000 forints a month"],
}

A["018_kommentar_hohenwarth_anlegerbrief.txt"] = {
    "published": "2026-03-18",
    "published_note": "from 'Stand: 18.03.2026, 07:30 Uhr'",
    "language": "de",
    "deals": [
        D("eurohpc-slovenia-ai-factory", ["EuroHPC Joint Undertaking", "IZUM"], "project", 123_000_000, "EUR",
          "exact", "2025-03", "announced",
          "Die slowenische KI-Fabrik in Maribor, im März 2025 von der EuroHPC ausgewählt, kommt auf ein Budget von 123 Millionen Euro.",
          kind_alt=["investment"], note="restatement of 006; IZUM named later ('Betreiber bleibt das Institut IZUM')"),
        D("eviden-eurohpc-slovenia", ["Eviden", "EuroHPC Joint Undertaking"], "supply", 70_000_000, "EUR",
          "approx", "2026-02", "signed",
          "Den Zuschlag der EuroHPC für den Rechner selbst erhielt im Februar der französische Anbieter Eviden; das Auftragsvolumen liegt nach unseren Informationen bei knapp 70 Millionen Euro.",
          note="contract award for the Maribor machine; 'im Februar' -> 2026-02; part of the AI factory budget but a separate contract"),
        D("kordun-atlas-topusko", ["Kordun Atlas"], "capex_plan", 50_000_000_000, "USD", "exact", "2025-07",
          "planned",
          "Das kroatische Projekt Kordun Atlas, im Juli 2025 mit 50 Milliarden Dollar angekündigt, hat bis heute weder eine Baugenehmigung noch einen Netzanschlussvertrag.",
          kind_alt=["project"], note="restatement of 011/012"),
        N("magyartelekom-isarwerk-lease", ["Magyar Telekom", "Isarwerk Digital"], "cloud_contract", None, "signed",
          "Mit der vollständigen Übernahme des Standorts in Pécs und dem Vertrag mit Magyar Telekom ist das Risiko gesunken.",
          "restatement of 017 without amount; the buyout in the same sentence names no seller and is not annotated",
          kind_alt=["other"]),
    ],
    "not_deals": ["rund 1,6 Milliarden Euro", "etwa 4,5 Milliarden Euro", "9 bis 12 Millionen Euro je Megawatt",
                  "zwischen 150 und 180 Euro pro Kilowatt", "36 Euro", "30,45 Euro"],
}

A["019_codlea_eroeffnung_wirtschaftsecho.txt"] = {
    "published": "2026-05-20",
    "published_note": "from the dateline 'Klagenfurt/Brașov, 20.05.2026'; 'Vier Monate nach der Kreditzusage' (June 2025) -> 2025-10",
    "language": "de",
    "deals": [
        D("ebrd-barsa-loan", ["EBRD", "Bârsa Compute"], "other", 180_000_000, "EUR", "exact", "2025-06", "signed",
          "Die Europäische Bank für Wiederaufbau und Entwicklung (EBRD) hatte im Juni 2025 einen Kredit über 180 Millionen Euro zugesagt, die Kremser Kremstal Capital Partners hatten bereits vorher zwei Finanzierungsrunden angeführt.",
          kind_alt=LOAN, note="restatement of 007/014 with the month"),
        N("kremstal-barsa-2024", ["Kremstal Capital Partners", "Bârsa Compute"], "investment", None, "signed",
          "Die Europäische Bank für Wiederaufbau und Entwicklung (EBRD) hatte im Juni 2025 einen Kredit über 180 Millionen Euro zugesagt, die Kremser Kremstal Capital Partners hatten bereits vorher zwei Finanzierungsrunden angeführt.",
          "'zwei Finanzierungsrunden' = the rounds of 2024 (001) and 2025 (008), no amounts"),
        N("kremstal-barsa-2025", ["Kremstal Capital Partners", "Bârsa Compute"], "investment", None, "signed",
          "Die Europäische Bank für Wiederaufbau und Entwicklung (EBRD) hatte im Juni 2025 einen Kredit über 180 Millionen Euro zugesagt, die Kremser Kremstal Capital Partners hatten bereits vorher zwei Finanzierungsrunden angeführt.",
          "second of the 'zwei Finanzierungsrunden', no amount"),
        D("vodafone-barsa-capacity", ["Vodafone Romania", "Bârsa Compute"], "cloud_contract", 60_000_000, "EUR",
          "at_least", "2025-10", "signed",
          "Vier Monate nach der Kreditzusage folgte der erste große Mieter: Vodafone Romania mietet für fünf Jahre Rechenkapazität in Codlea und zahlt dafür mehr als 60 Millionen Euro.",
          note="date relative to the June 2025 loan commitment -> October 2025; five-year term without dates"),
        D("murtaler-barsa-cooling", ["Murtaler Kältetechnik", "Bârsa Compute"], "supply", 40_000_000, "EUR",
          "approx", "2025", "signed",
          "Den Auftrag über rund 40 Millionen Euro hatte das Judenburger Unternehmen im Herbst 2025 erhalten, es war der bisher größte in der Firmengeschichte.",
          note="'das Judenburger Unternehmen' = Murtaler Kältetechnik (previous sentence); 'im Herbst 2025' -> year"),
        N("hidroelectrica-barsa-ppa", ["Hidroelectrica", "Bârsa Compute"], "supply", None, "signed",
          "Der Strom für Codlea kommt überwiegend aus den Wasserkraftwerken von Hidroelectrica, mit der Bârsa einen langfristigen Vertrag hat.",
          "restatement of 007 without amount"),
    ],
    "not_deals": ["gut 70 Millionen Euro", "rund 2,5 Millionen Euro jährlich"],
}

A["020_kordun_g42_danube_en.txt"] = {
    "published": "2026-11-05",
    "published_note": "from the date line 'Thursday, 5 November 2026'; 'on Wednesday' -> 2026-11-04, 'last week' -> 2026-10",
    "language": "en",
    "deals": [
        D("kordun-atlas-topusko", ["Kordun Atlas"], "capex_plan", 50_000_000_000, "USD", "exact", "2025-07",
          "cancelled",
          "Kordun Atlas, the consortium that promised in July 2025 to spend $50 billion on an artificial-intelligence campus at Topusko in central Croatia, has formally abandoned the project, its Croatian partner said on Wednesday.",
          kind_alt=["project"], note="abandoned 2026-11-04; a cancelled plan keeps the date it was announced"),
        D("telekomsrbija-g42-jv", ["Telekom Srbija", "G42"], "joint_venture", 500_000_000, "EUR", "up_to",
          "2026-11", "rumored",
          "Telekom Srbija is in talks with Abu Dhabi's G42 about a joint AI data centre in Kragujevac, in which the partners could invest up to €500 million, if three Belgrade insiders who follow the negotiations are right.",
          kind_alt=["project", "investment"], note="sourced, unconfirmed talks"),
        N("telekomsrbija-zlatibor-2025", ["Telekom Srbija", "Zlatibor Datacentar"], "acquisition", "2025",
          "completed",
          "For Telekom Srbija the project would build on last year's purchase of a majority stake in Zlatibor Datacentar in Čačak, which has since opened a second hall.",
          "restatement without amount; 'last year' -> 2025"),
        D("ebrd-pohorje-loan", ["EBRD", "Pohorje Compute"], "other", 65_000_000, "EUR", "exact", "2026-10",
          "signed",
          "The EBRD signed a €65 million loan to Pohorje Compute last week to finance a second building at the Maribor developer's campus, next to the new national AI factory.",
          kind_alt=LOAN, note="'last week' before Thursday 5 November -> 2026-10; different from SID banka's 2025 loan"),
        N("sid-pohorje-loan", ["SID banka", "Pohorje Compute"], "other", "2025", "signed",
          "Pohorje, which already borrowed from the Slovenian development bank SID banka last year, now has two anchor tenants, one of them a German car supplier.",
          "restatement of 009 without amount", kind_alt=LOAN),
    ],
    "not_deals": ["about €1.1 million", "around €3 billion", "around €165 per kilowatt per month", "about €130"],
}


def main():
    gold = {"about": ABOUT, "articles": dict(sorted(A.items())), "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles")


if __name__ == "__main__":
    main()
