#!/usr/bin/env python3
"""Write gold.json for tests/corpus143 (the hand annotation, kept as a script).

Usage: python3 tests/corpus143/make_gold.py
Edit the annotation here, then run this script; check it with check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 143rd, held-out test corpus (tests/corpus143/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: cybersecurity companies in the AI race "
    "(acquisitions of AI-security start-ups, funding rounds, cloud and GPU contracts, security deals with "
    "model makers). One entry per article; a deal that several articles report carries the same id in "
    "each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal "
    "is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date marker, "
    "dateline, <time datetime>, <meta>, issue line or visible byline date, or null when the article has "
    "none); quarters, half-years and seasons become the year; a cancelled deal keeps the date of the "
    "original agreement or talks; 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Karmelith, Pallaskirk Ventures, Glimmerdeck, Scarsworth Bank, Wachtfels Security GmbH, "
    "Tiefenbach Kapital, Ostwall Rechenzentren GmbH, Sablefin, Corvid Peak Capital, Seongwol Security, "
    "Sobaek Ventures, Honggol Cloud, Veyrac AI, Cardonnel Partners, Gletschwacht; invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real "
    "companies are partly real, partly invented or shifted. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if term:
        d["term"] = term
    if per:
        d["per"] = per
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

ARTICLES["001_wiz_karmelith_moatline_en.txt"] = A(
    "2024-05-09", "from the issue line 'Issue 14 · Thursday 9 May 2024'; 'on Tuesday' -> 2024-05-07", "en",
    [
        D("wiz-funding-2024", ["Wiz", "Andreessen Horowitz", "Lightspeed Venture Partners", "Thrive Capital"],
          "investment", 1000000000, "USD", "exact", "2024-05-07", "completed",
          "The cloud-security company Wiz said on Tuesday it had raised $1 billion in fresh capital.",
          note="the three lead investors are named in the next sentence; the $12bn valuation is not a deal"),
        D("pallaskirk-karmelith-seriesa", ["Pallaskirk Ventures", "Karmelith"], "investment", 45000000, "USD",
          "exact", "2024-05", "completed",
          "Karmelith, a Tel Aviv start-up that scans open-source model weights for hidden back doors before they reach production, closed a Series A of forty-five million dollars earlier this month.",
          note="amount in words; lead investor in the next sentence ('London's Pallaskirk Ventures led'); "
               "'earlier this month' -> 2024-05; first of two Pallaskirk-Karmelith rounds (Series C in 011)"),
    ],
    ["$12 billion", "$350 million", "$4,800 a month", "$1,500 and $3,000 a day", "$212,000",
     "$18 billion by 2028", "$317.40", "300 million shekels", "$149", "$290 a year", "$29 if you pay monthly"])

ARTICLES["002_wiz_glimmerdeck_quayholm_en.txt"] = A(
    "2024-07-15", "from the header 'Monday, 15 July 2024'; 'on Sunday' -> 2024-07-14, 'this morning' -> 2024-07-15", "en",
    [
        D("google-wiz-talks-2024", ["Google", "Wiz"], "acquisition", 23000000000, "USD", "approx", "2024-07",
          "rumored",
          "Alphabet, Google's parent, is in advanced talks to buy Wiz, the New York cloud-security start-up, for roughly $23 billion, a US newspaper reported on Sunday, citing unnamed sources close to the negotiations.",
          alt=[(21000000000, "EUR")],
          note="sourced rumour; the talks ended a week later (003, cancelled) and are a different deal from "
               "the $32bn purchase of 2025 (006); the talks' month keeps the shared id's dates consistent; "
               "the '$23bn price' in the 10:40 entry restates it"),
        D("scarsworth-glimmerdeck-loan", ["Scarsworth Bank", "Glimmerdeck"], "other", 60000000, "GBP", "exact",
          "2024-07-15", "signed",
          "Manchester's Glimmerdeck, which leases clusters of Nvidia graphics chips to young AI companies, says it has secured a £60 million loan from Scarsworth Bank this morning.",
          kind_alt=["investment"], term=["2024", "2029"],
          note="five-year loan facility; 'this morning' in a ticker entry of 2024-07-15"),
        D("google-motorola-2012", ["Google", "Motorola Mobility"], "acquisition", 12500000000, "USD", "exact",
          "2012", "completed",
          "That would dwarf the $12.5bn Google spent on Motorola Mobility in 2012 and make Wiz its largest purchase ever.",
          required=False, note="historic comparison, background only"),
    ],
    ["$1.30", "$183.60", "$2.3 trillion", "$410 price target", "£2.6bn cyber-resilience programme",
     "$350m of recurring revenue", "£19m", "$85.10 a barrel", "$12bn"])

ARTICLES["003_wiz_absage_aktienschleuse.txt"] = A(
    "2024-07-23", "from the portal stamp '23.07.2024 | 08:41 Uhr'; 'am Montagabend' -> 2024-07-22", "de",
    [
        D("google-wiz-talks-2024", ["Google", "Wiz"], "acquisition", 23000000000, "USD", "exact", "2024-07",
          "cancelled",
          "Der Kaufpreis hätte bei 23 Milliarden Dollar (umgerechnet rund 21 Milliarden Euro) gelegen, wie am Montagabend aus einem internen Schreiben an die Belegschaft hervorging.",
          alt=[(21000000000, "EUR")],
          note="Wiz broke off the talks ('die Google-Mutter Alphabet', previous sentence); cancelled keeps the "
               "month of the talks (2024-07), same id as the rumour in 002"),
    ],
    ["einer Milliarde Dollar wiederkehrendem Jahresumsatz", "zwölf Milliarden Dollar", "84,2 Milliarden Dollar",
     "1,84 Dollar", "knapp zehn Milliarden Dollar Quartalsumsatz", "167,30 Euro", "Kursziel von 205 Euro",
     "mehr als 100 Milliarden Dollar", "500 Euro", "3,1 % Tagesgeldzins", "271,90 EUR"])

ARTICLES["004_wachtfels_stiepeler.txt"] = A(
    "2024-10-17", "from the dateline 'Bochum, 17. Oktober (st)' without year; the year from the copyright line "
                  "'© 2024 Stiepeler Tageblatt'; 'am Mittwoch' -> 2024-10-16", "de",
    [
        D("tiefenbach-wachtfels-seriesa", ["Tiefenbach Kapital", "Wachtfels Security"], "investment", 38000000,
          "EUR", "exact", "2024-10-16", "completed",
          "Die Bochumer Wachtfels Security GmbH hat in einer Finanzierungsrunde 38 Millionen Euro eingesammelt.",
          note="lead investor and 'am Mittwoch' in the next sentence"),
        D("ostwall-dortmund-expansion", ["Ostwall Rechenzentren"], "project", 90000000, "EUR", "approx",
          "2024-10-16", "planned",
          "Die Dortmunder Ostwall Rechenzentren GmbH kündigte am selben Tag an, bis Ende 2026 rund 90 Millionen Euro in einen zweiten Bauabschnitt mit Platz für dicht gepackte GPU-Server zu stecken.",
          kind_alt=["capex_plan"], term=[None, "2026"],
          note="own building plan, spender only; 'am selben Tag' = the Wednesday of the round"),
    ],
    ["rund 160 Millionen Euro", "78.000 Euro", "2,4 Millionen Euro", "rund 1,6 Milliarden Euro",
     "48 Millionen Euro", "2.999 Euro", "160 Millionen Bewertung"])

ARTICLES["005_sablefin_keyspace_en.html"] = A(
    "2025-02-19", "from <meta article:published_time>, JSON-LD and <time datetime='2025-02-19…'> ('Feb 19, 2025'); "
                  "'on Tuesday' -> 2025-02-18, 'last month' -> 2025-01", "en",
    [
        D("corvidpeak-sablefin-seriesb", ["Corvid Peak Capital", "Sablefin"], "investment", 120000000, "USD",
          "exact", "2025-02-18", "completed",
          "Sablefin, an Austin start-up that issues and polices identities for autonomous AI agents, said on Tuesday it has closed a $120 million Series B.",
          note="lead investor in the next sentence; the ~$900m valuation is not a deal"),
        D("google-sablefin-cloud", ["Google", "Sablefin"], "cloud_contract", 15000000, "USD", "at_least",
          "2025-01", "signed",
          "The company has also committed to spend at least $15 million on Google Cloud over the next three years, under an agreement signed last month, and will sell its product through Google's marketplace.",
          term=["2025", "2028"], note="'The company' = Sablefin; spending commitment signed 'last month'"),
    ],
    ["$900 million", "$18 per agent per month", "$28 million", "$9 million", "$35 billion a year by 2030",
     "$7.99 a month"])

ARTICLES["006_google_wiz_ossory_en.txt"] = A(
    "2025-03-19", "from the wire stamp 'March 19, 2025 · 05:55 ET' and the dateline 'March 18'; 'on Tuesday' -> "
                  "2025-03-18", "en",
    [
        D("google-wiz-2025", ["Google", "Wiz"], "acquisition", 32000000000, "USD", "exact", "2025-03-18",
          "signed",
          "Alphabet's Google said on Tuesday it will buy cloud-security firm Wiz for $32 billion in cash, reviving a pursuit the start-up had rebuffed eight months ago and betting that protecting AI workloads across rival clouds will draw customers to its own.",
          alt=[(29500000000, "EUR")],
          note="second Google-Wiz deal after the 2024 talks; 007 gives it in EUR (alt), 019 reports the closing"),
        D("google-wiz-breakfee", ["Google", "Wiz"], "other", 3200000000, "USD", "approx", "2025-03-18", "signed",
          "Google agreed to pay Wiz a break-up fee of about $3.2 billion should the deal founder on regulatory grounds, according to a filing.",
          required=False, note="contingent fee inside the purchase agreement; a third Google-Wiz amount"),
        D("google-wiz-talks-2024", ["Google", "Wiz"], "acquisition", 23000000000, "USD", "exact", "2024-07",
          "cancelled",
          "Wiz walked away from a $23 billion offer last July, telling staff it preferred to build towards a stock market listing instead.",
          required=False, note="background restatement of the 2024 talks ('last July')"),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 75000000000, "USD", "approx", "2025", "planned",
          "The company has guided to roughly $75 billion of capital expenditure this year, most of it on servers, networking and new facilities to train and run its Gemini models.",
          required=False, note="group-wide capital-spending guidance; spender only ('The company' = Alphabet)"),
    ],
    ["$700 million", "$12 billion", "$96 billion", "$163.99", "more than $55 billion"])

ARTICLES["007_wiz_kommentar_renditewarte.txt"] = A(
    "2025-03-26", "from the header 'Gastkommentar | Mittwoch, 26. März 2025'; 'Mitte März' -> 2025-03", "de",
    [
        D("google-wiz-2025", ["Google", "Wiz"], "acquisition", 29500000000, "EUR", "approx", "2025-03", "signed",
          "Mitte März hat Google zugeschlagen: Rund 29,5 Milliarden Euro lässt sich der Suchmaschinenkonzern das Cloud-Sicherheits-Start-up Wiz kosten.",
          alt=[(32000000000, "USD")],
          note="same purchase as 006, in EUR and with the month only; the '32-Milliarden-Dollar-Übernahme' in the next sentence restates it"),
        D("checkpoint-karmelith-2025-denied", ["Check Point", "Karmelith"], "acquisition", 1000000000, "USD",
          "approx", "2025-03", "rumored",
          "Berichte, wonach Check Point für rund eine Milliarde Dollar beim israelischen Modellprüfer Karmelith einsteigen oder das Start-up ganz kaufen wolle, hat der Konzern in der vergangenen Woche dementiert.",
          required=False, kind_alt=["investment"],
          note="denied rumour (optional); different from the signed $1.1bn purchase of 2026 (020)"),
    ],
    ["750 Millionen Dollar", "rund 96 Milliarden Dollar", "gut 30 Milliarden Dollar", "245 Dollar",
     "201 Dollar", "390 Dollar", "240 Dollar", "9,90 Euro pro Monat"])

ARTICLES["008_seongwol_mapo_en.txt"] = A(
    "2025-04-22", "from 'Posted : 2025-04-22 09:31'; 'said Monday' -> 2025-04-21", "en",
    [
        D("sobaek-seongwol-seriesb", ["Sobaek Ventures", "Seongwol Security"], "investment", 85000000000, "KRW",
          "exact", "2025-04-21", "completed",
          "Seongwol Security, a Pangyo-based start-up that tests Korean-language large language models against jailbreaks and data leaks, said Monday it has raised 85 billion won ($59.6 million) in Series B funding, with Sobaek Ventures taking the lead.",
          alt=[(59600000, "USD")]),
        D("seongwol-honggol-gpu", ["Seongwol Security", "Honggol Cloud"], "cloud_contract", 6000000000, "KRW",
          "approx", "2025-04", "signed",
          "Seongwol also signed a four-year agreement with Honggol Cloud, a Daejeon-based GPU rental firm, under which Seongwol pays roughly 6 billion won annually for dedicated Nvidia H100 capacity.",
          per="year", term=["2025-06", "2029"],
          note="yearly rate; term from the next sentence ('from this June until mid-2029'); no signing day given"),
    ],
    ["about 420 billion won", "92 million won a year", "160 billion won", "6.7 trillion won", "61,300 won",
     "1,430 per dollar"])

ARTICLES["009_zscaler_redcanary_zinnenbrief.txt"] = A(
    "2025-05-28", "from the issue line 'Ausgabe 21/2025 · Mittwoch, 28. Mai 2025'; 'am Dienstag' -> 2025-05-27, "
                  "'Ende April' -> 2025-04", "de",
    [
        D("zscaler-redcanary", ["Zscaler", "Red Canary"], "acquisition", 675000000, "USD", "approx", "2025-05-27",
          "signed",
          "Rund 675 Millionen Dollar in bar und in Aktien zahlt der Konzern aus San José für das Unternehmen aus Denver, wie er am Dienstag mitteilte (umgerechnet etwa 595 Millionen Euro).",
          alt=[(595000000, "EUR")],
          note="amount first; parties in the previous sentence ('der Konzern aus San José' = Zscaler, 'das Unternehmen aus Denver' = Red Canary)"),
        D("paloalto-protectai", ["Palo Alto Networks", "Protect AI"], "acquisition", 500000000, "USD",
          "at_least", "2025-04", "announced",
          "Branchenkreisen zufolge zahlt der Konzern mehr als 500 Millionen Dollar; offiziell wurde kein Preis genannt.",
          note="parties in the previous sentence; price only from industry sources"),
    ],
    ["rund 666 Millionen Dollar", "9,4 Milliarden Euro", "rund 240 Millionen Euro", "61.500 Euro",
     "199 Euro", "480 Euro"])

ARTICLES["010_cyberark_kursfaehre.html"] = A(
    "2025-07-29", "from <meta name=date>, JSON-LD and the visible stamp '29.07.2025 – 08:02 Uhr'; "
                  "'am Montagabend' -> 2025-07-28", "de",
    [
        D("paloalto-cyberark", ["Palo Alto Networks", "CyberArk"], "acquisition", 20000000000, "USD",
          "at_least", "2025-07", "rumored",
          "Der Preis könnte bei mehr als 20 Milliarden Dollar liegen, berichtete am Montagabend eine US-Wirtschaftszeitung unter Berufung auf Personen aus dem Umfeld der Verhandlungen.",
          alt=[(25000000000, "USD")],
          note="sourced rumour; parties in the previous sentence; signed on 2025-07-30 at ~$25bn (011, alt_amounts); "
               "the month keeps the shared id's dates consistent"),
    ],
    ["3,99 Euro im Monat", "412 Dollar", "knapp 19 Milliarden Dollar", "198,40 Dollar", "230 Dollar",
     "zwischen 9,17 und 9,19 Milliarden Dollar", "rund 1,3 Milliarden Dollar", "471,30 USD",
     "25 Euro monatlich"])

ARTICLES["011_weekly_threatmark_en.txt"] = A(
    "2025-08-01", "from the issue line 'Week 31 · Friday, 1 August 2025'; 'on Wednesday' -> 2025-07-30, "
                  "'on Thursday' -> 2025-07-31, 'on Tuesday' -> 2025-07-29", "en",
    [
        D("paloalto-cyberark", ["Palo Alto Networks", "CyberArk"], "acquisition", 25000000000, "USD", "approx",
          "2025-07-30", "signed",
          "Palo Alto Networks agreed on Wednesday to buy CyberArk, the Israeli identity-security company, in a cash-and-stock deal valued at roughly $25 billion.",
          note="the signing of the rumour in 010; the per-share terms ($45 in cash plus shares) are not a separate deal"),
        D("sentinelone-promptsecurity", ["SentinelOne", "Prompt Security"], "acquisition", 250000000, "USD",
          "approx", "2025-07-31", "signed",
          "SentinelOne said on Thursday it will acquire Prompt Security, a start-up that stops employees' AI assistants from leaking confidential data, for about $250 million in cash and stock."),
        D("pallaskirk-karmelith-seriesc", ["Pallaskirk Ventures", "Karmelith"], "investment", 200000000, "USD",
          "exact", "2025-07-29", "completed",
          "Karmelith raised $200 million of Series C money on Tuesday, with Pallaskirk Ventures in the lead, valuing the Tel Aviv model-scanning specialist at $1.6 billion.",
          note="second Pallaskirk-Karmelith round (Series A in 001); the $1.6bn valuation is not a deal"),
        D("google-wiz-2025", ["Google", "Wiz"], "acquisition", None, None, None, None, "signed",
          "And a question for the autumn: does Google's pending Wiz purchase survive European scrutiny before the end of the year?",
          required=False, note="amount-less background mention of the pending purchase"),
    ],
    ["$45 in cash", "$130 billion", "$240 million", "$1.6 billion", "$40 million", "$584,000", "$4.9 million",
     "$1.3 billion", "$15 a month"])

ARTICLES["012_liveticker_wachstube.txt"] = A(
    "2025-09-17", "from the ticker header 'Mittwoch, 17. September 2025'; 'heute Vormittag' -> 2025-09-17, "
                  "'am Dienstag(abend)' -> 2025-09-16", "de",
    [
        D("sablefin-glimmerdeck-2025", ["Sablefin", "Glimmerdeck"], "cloud_contract", 48000000, "USD", "exact",
          "2025-09-17", "signed",
          "Sablefin aus Austin mietet dort für drei Jahre reservierte Rechenkapazität und zahlt dafür 48 Millionen Dollar, teilten beide Firmen heute Vormittag mit.",
          alt=[(36000000, "GBP")],
          note="'dort' = Glimmerdeck (previous sentence); 013 gives the same contract as £36m (alt); "
               "first of two Glimmerdeck-Sablefin contracts (second in 020)"),
        D("crowdstrike-pangea", ["CrowdStrike", "Pangea"], "acquisition", 260000000, "USD", "approx",
          "2025-09-16", "signed",
          "CrowdStrike übernimmt das kalifornische Start-up Pangea, das KI-Anwendungen gegen eingeschleuste Befehle absichert, für rund 260 Millionen Dollar.",
          note="'am Dienstagabend' in the next sentence"),
        D("checkpoint-lakera", ["Check Point", "Lakera"], "acquisition", 300000000, "USD", "approx", "2025-09-16",
          "signed",
          "Einen Preis nannten die Beteiligten bei der Bekanntgabe am Dienstag nicht; Insidern zufolge geht es um rund 300 Millionen Dollar.",
          note="parties in the previous sentence; price only from insiders"),
    ],
    ["431 Dollar", "202 Dollar", "2,10 Pfund je GPU-Stunde", "4,66 Milliarden Dollar", "20 Milliarden Dollar",
     "gut 100 Millionen Franken", "rund 1,3 Milliarden Euro", "390 Euro"])

ARTICLES["013_glimmerdeck_irwell_en.txt"] = A(
    "2025-09-18", "from the date line 'Thursday 18 September 2025'; 'on Wednesday' -> 2025-09-17", "en",
    [
        D("sablefin-glimmerdeck-2025", ["Sablefin", "Glimmerdeck"], "cloud_contract", 36000000, "GBP", "exact",
          "2025-09-17", "signed",
          "Sablefin, a Texas start-up that protects companies' AI agents from being hijacked, will pay it £36 million over three years for dedicated GPU capacity, the two firms confirmed on Wednesday.",
          alt=[(48000000, "USD")], note="'it' = Glimmerdeck (previous sentence); same contract as 012 in USD"),
        D("glimmerdeck-trafford-site", ["Glimmerdeck"], "project", 120000000, "GBP", "approx", "2025-09",
          "planned",
          "The company also plans to spend around £120 million on a second site at Trafford Park, due to open in 2027, and has applied for a grid connection of 40 megawatts.",
          kind_alt=["capex_plan"], term=[None, "2027"], note="'The company' = Glimmerdeck; spender only"),
    ],
    ["£2.10 per GPU-hour", "£31 million", "£52,000 and £68,000", "£283 million", "£410,000 a year",
     "£245,000"])

ARTICLES["014_checkpoint_veyrac_quai_en.txt"] = A(
    "2025-10-09", "from the dateline 'PARIS, 9 October 2025'; 'on Wednesday' -> 2025-10-08", "en",
    [
        D("veyrac-checkpoint-security", ["Veyrac AI", "Check Point"], "supply", 60000000, "EUR", "exact",
          "2025-10-08", "signed",
          "Veyrac AI, the Paris developer of open-weight language models, has hired Check Point Software Technologies to secure its training clusters and public programming interface in a contract worth €60 million over four years, the two companies announced on Wednesday.",
          term=["2026-01", "2029-12"], kind_alt=["other", "partnership"],
          note="security services for a model maker; term from the next sentence"),
        D("veyrac-round-2025", ["Veyrac AI"], "investment", 450000000, "EUR", "exact", "2025-06", "completed",
          "Veyrac, founded in 2023 by former researchers of a French public laboratory and a US cloud provider, raised €450 million in June and was valued at €5 billion at the time.",
          required=False, note="background round without named investors"),
    ],
    ["€5 billion", "€0.40 per million tokens", "€2.5 billion", "$205", "between $2.7 billion and $2.76 billion"])

ARTICLES["015_zscaler_sablefin_breachline_en.html"] = A(
    "2025-11-18", "from <meta parsely-pub-date>, JSON-LD and the byline 'Tue 18 Nov 2025'; 'on Monday' -> 2025-11-17", "en",
    [
        D("zscaler-sablefin", ["Zscaler", "Sablefin"], "acquisition", 410000000, "USD", "exact", "2025-11-17",
          "signed",
          "Zscaler said on Monday it will acquire Sablefin, the Austin-based maker of identity controls for AI agents, for $410 million in cash and stock.",
          alt=[(355000000, "EUR")], note="016 gives it in EUR with the month only"),
    ],
    ["$61 million", "$900 million", "$719 million", "$281.50", "$330", "$18 per agent per month", "€690",
     "$9 a month"])

ARTICLES["016_paloalto_google_kurskanzel.txt"] = A(
    "2025-12-16", "from the portal stamp '16.12.2025 - 09:12:44'; 'am Montag' -> 2025-12-15, 'im November' -> 2025-11", "de",
    [
        D("paloalto-googlecloud", ["Palo Alto Networks", "Google"], "cloud_contract", 10000000000, "USD",
          "approx", "2025-12-15", "signed",
          "Der Cybersicherheitskonzern hat mit der Alphabet-Tochter einen mehrjährigen Vertrag im Volumen von knapp zehn Milliarden Dollar geschlossen, wie beide Seiten am Montag bestätigten.",
          term=[None, "2030"],
          note="amount in words ('knapp zehn Milliarden'); 'Die Alphabet-Tochter' = Google Cloud; term 'bis Ende 2030' in the next sentence"),
        D("zscaler-sablefin", ["Zscaler", "Sablefin"], "acquisition", 355000000, "EUR", "approx", "2025-11",
          "signed",
          "Konkurrent Zscaler hatte im November für rund 355 Millionen Euro das texanische Start-up Sablefin gekauft, das die Identitäten von KI-Agenten verwaltet.",
          alt=[(410000000, "USD")], note="same purchase as 015, in EUR with the month only"),
        D("paloalto-cyberark", ["Palo Alto Networks", "CyberArk"], "acquisition", 25000000000, "USD", "approx",
          None, "signed",
          "Palo Alto selbst hat noch eine große Baustelle: Die rund 25 Milliarden Dollar schwere Übernahme von CyberArk soll im Februar abgeschlossen werden, sofern die letzte Kartellfreigabe rechtzeitig vorliegt.",
          note="restated pending purchase; no agreement date given"),
    ],
    ["2,47 Milliarden Dollar", "5,9 Milliarden Dollar", "zwischen 10,5 und 10,54 Mrd. Dollar",
     "15,2 Milliarden Dollar", "187,40 Dollar", "225 Dollar", "Ziel von 200 Dollar", "184,45 USD",
     "1 Euro pro Order"])

ARTICLES["017_wachtfels_interview_schildwacht.txt"] = A(
    None, "the interview has no date at all (only 'Lesezeit: 6 Minuten')", "de",
    [
        D("wachtfels-ostwall-lease", ["Wachtfels Security", "Ostwall Rechenzentren"], "other", 4200000, "EUR",
          "approx", None, "signed",
          "Dafür zahlen wir jährlich rund 4,2 Millionen Euro, inklusive Strom und Kühlung.",
          per="year", term=["2025-01", None], kind_alt=["cloud_contract", "supply"],
          note="'wir' = Wachtfels; colocation rent at Ostwall (previous sentence, 'seit Anfang 2025'); yearly rate; signing date not given"),
        D("cardonnel-wachtfels-offer", ["Cardonnel Partners", "Wachtfels Security"], "acquisition", 150000000,
          "EUR", "exact", "2024", "cancelled",
          "Im Herbst 2024 lag ein Angebot des Finanzinvestors Cardonnel Partners über 150 Millionen Euro auf dem Tisch, für hundert Prozent der Anteile.",
          note="refused offer ('einstimmiges Nein', next sentence); autumn -> year"),
        D("wachtfels-gpu-capex", ["Wachtfels Security"], "capex_plan", 25000000, "EUR", "approx", None, "planned",
          "In den nächsten zwei Jahren wollen wir rund 25 Millionen Euro in eigene GPU-Cluster stecken, zusätzlich zur Miete in Dortmund.",
          required=False, note="own spending plan, spender only"),
    ],
    ["etwa 2,20 Euro", "110.000 Euro im Jahr", "bis zu 35 Millionen Euro", "14,80 Euro", "129 Euro pro Jahr"])

ARTICLES["018_crowdstrike_wachtfels_stiepeler.txt"] = A(
    "2026-02-11", "from the date line 'BOCHUM · Mittwoch, 11. Februar 2026'; 'am Dienstagabend' -> 2026-02-10", "de",
    [
        D("crowdstrike-wachtfels", ["CrowdStrike", "Wachtfels Security"], "acquisition", 200000000, "EUR",
          "approx", "2026", "rumored",
          "Im Gespräch seien rund 200 Millionen Euro, berichteten zwei mit den Verhandlungen vertraute Personen dieser Zeitung.",
          alt=[(210000000, "EUR"), (228000000, "USD")],
          note="sourced rumour, parties in the previous sentence; signed on 2026-03-10 at €210m/$228m (019, alt_amounts); "
               "the year keeps the shared id's dates consistent"),
        D("bochum-wachtfels-land", ["Stadt Bochum", "Wachtfels Security"], "acquisition", 3100000, "EUR", "exact",
          "2026-02-10", "announced",
          "Das Unternehmen zahlt der Stadt Bochum dafür 3,1 Millionen Euro; beurkundet werden soll der Kauf im März.",
          kind_alt=["other"],
          note="land purchase approved by the council 'am Dienstagabend' (previous sentence), not yet notarised; 'Das Unternehmen' = Wachtfels"),
    ],
    ["etwa 14 Millionen Euro", "rund 340 Euro je Quadratmeter", "jährlich etwa 1,5 Millionen Euro",
     "61 Millionen Euro", "rund 120 Milliarden Dollar", "219 Euro monatlich", "0 Euro Anzahlung"])

ARTICLES["019_crowdstrike_wachtfels_ossory_en.txt"] = A(
    "2026-03-11", "from the wire stamp 'March 11, 2026 · 06:10 ET' and the dateline 'March 10'; 'on Tuesday' -> "
                  "2026-03-10, 'in January' -> 2026-01", "en",
    [
        D("crowdstrike-wachtfels", ["CrowdStrike", "Wachtfels Security"], "acquisition", 210000000, "EUR",
          "exact", "2026-03-10", "signed",
          "CrowdStrike said on Tuesday it has agreed to buy Wachtfels Security, a Bochum-based start-up whose software blocks manipulated prompts before they reach corporate AI assistants, for 210 million euros (about $228 million) in cash.",
          alt=[(228000000, "USD")], note="signing of the rumour in 018"),
        D("crowdstrike-sgnl", ["CrowdStrike", "SGNL"], "acquisition", 740000000, "USD", "exact", "2026-01",
          "signed",
          "It is CrowdStrike's third acquisition of an AI-security business since last summer, after identity specialist SGNL, for which it agreed in January to pay $740 million."),
        D("google-wiz-2025", ["Google", "Wiz"], "acquisition", 32000000000, "USD", "exact", "2025-03",
          "completed",
          "The acquisition comes a week after Google completed its $32 billion takeover of Wiz, which had been agreed in March last year and was cleared by European regulators in February.",
          note="closing of the 2025 purchase; the date stays the agreement month ('in March last year')"),
    ],
    ["about 14 million euros", "$5.2 billion", "between $5.9 billion and $6 billion", "$468.20",
     "about 12 billion euros"])

ARTICLES["020_checkpoint_karmelith_mainbruecker.txt"] = A(
    "2026-10-29", "from the dateline 'Frankfurt, 29. Oktober (mw)' without year; the year from the issue line "
                  "'Ausgabe 44 | 2026' and '© 2026'; 'am Mittwoch' -> 2026-10-28, 'vergangene Woche' and "
                  "'drei Monate später' (after 'Im Juli') -> 2026-10", "de",
    [
        D("checkpoint-karmelith-2026", ["Check Point", "Karmelith"], "acquisition", 1100000000, "USD", "exact",
          "2026-10-28", "signed",
          "Check Point übernimmt das israelische KI-Sicherheits-Start-up Karmelith für 1,1 Milliarden Dollar (rund 950 Millionen Euro).",
          alt=[(950000000, "EUR")],
          note="'am Mittwoch' in the next sentence; different from the denied 2025 rumour (007, optional)"),
        D("karmelith-openai-audit", ["Karmelith", "OpenAI"], "supply", 35000000, "USD", "range", "2026-10",
          "negotiating",
          "Im Gespräch sind zwischen 35 und 45 Millionen Dollar, der Vertrag soll bis Ende 2028 laufen.",
          amount_max=45000000, term=[None, "2028"], kind_alt=["other"],
          note="audit contract under negotiation (insiders); parties in the previous sentence"),
        D("tiefenbach-gletschwacht", ["Tiefenbach Kapital", "Gletschwacht"], "investment", 24000000, "CHF",
          "exact", "2026-10", "completed",
          "Gletschwacht: Das Zuger Start-up, das den Einsatz von Sprachmodellen in Banken überwacht, hat vergangene Woche 24 Millionen Franken eingesammelt.",
          note="lead investor in the next sentence"),
        D("glimmerdeck-sablefin-2026", ["Sablefin", "Glimmerdeck"], "cloud_contract", 95000000, "USD", "up_to",
          "2026-10", "signed",
          "Glimmerdeck: Im Juli übernahm Katrin Ashworth-Pohl die Leitung des Salforder GPU-Vermieters; drei Monate später kann sie den bisher größten Auftrag verbuchen: Die Zscaler-Tochter Sablefin bucht dort für bis zu 95 Millionen Dollar über vier Jahre reservierte Rechenkapazität.",
          note="second Glimmerdeck-Sablefin contract (first: 012/013); 'drei Monate später' after July -> 2026-10"),
    ],
    ["74 Millionen Dollar", "1,6 Milliarden Dollar", "235 Dollar", "212,60 Dollar", "gut 260 Millionen Euro",
     "13,1 Milliarden Euro", "24,90 Euro monatlich", "59 Euro"])

ALIASES = {
    "Google": ["Google", "Alphabet", "Google Cloud"],
    "Wiz": ["Wiz"],
    "Andreessen Horowitz": ["Andreessen Horowitz", "a16z"],
    "Lightspeed Venture Partners": ["Lightspeed Venture Partners", "Lightspeed"],
    "Thrive Capital": ["Thrive Capital"],
    "Karmelith": ["Karmelith"],
    "Pallaskirk Ventures": ["Pallaskirk Ventures", "Pallaskirk"],
    "Glimmerdeck": ["Glimmerdeck"],
    "Scarsworth Bank": ["Scarsworth Bank", "Scarsworth"],
    "Motorola Mobility": ["Motorola Mobility", "Motorola"],
    "Wachtfels Security": ["Wachtfels Security GmbH", "Wachtfels Security", "Wachtfels"],
    "Tiefenbach Kapital": ["Tiefenbach Kapital", "Tiefenbach"],
    "Ostwall Rechenzentren": ["Ostwall Rechenzentren GmbH", "Ostwall Rechenzentren", "Ostwall"],
    "Sablefin": ["Sablefin"],
    "Corvid Peak Capital": ["Corvid Peak Capital", "Corvid Peak"],
    "Seongwol Security": ["Seongwol Security", "Seongwol"],
    "Sobaek Ventures": ["Sobaek Ventures", "Sobaek"],
    "Honggol Cloud": ["Honggol Cloud", "Honggol"],
    "Zscaler": ["Zscaler", "Zscaler Inc."],
    "Red Canary": ["Red Canary"],
    "Palo Alto Networks": ["Palo Alto Networks", "Palo Alto"],
    "Protect AI": ["Protect AI"],
    "CyberArk": ["CyberArk", "CyberArk Software"],
    "SentinelOne": ["SentinelOne"],
    "Prompt Security": ["Prompt Security", "Prompt"],
    "CrowdStrike": ["CrowdStrike", "CrowdStrike Holdings"],
    "Pangea": ["Pangea"],
    "Check Point": ["Check Point", "Check Point Software Technologies", "Check Point Software"],
    "Lakera": ["Lakera"],
    "Veyrac AI": ["Veyrac AI", "Veyrac"],
    "Cardonnel Partners": ["Cardonnel Partners", "Cardonnel"],
    "Stadt Bochum": ["Stadt Bochum", "Bochum"],
    "SGNL": ["SGNL"],
    "Gletschwacht": ["Gletschwacht"],
    "OpenAI": ["OpenAI"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
