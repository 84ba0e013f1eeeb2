#!/usr/bin/env python3
"""Write gold.json for tests/corpus82 (the hand annotation, kept as a script).

Usage: python3 tests/corpus82/make_gold.py     (then run check_gold.py)
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
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


def N(id, parties, kind, date, status, evidence, **kw):
    """A deal mention without an amount (optional by convention)."""
    kw.setdefault("required", False)
    return D(id, parties, kind, None, None, None, date, status, evidence, **kw)


ESMC_PARTIES = ["TSMC", "Bosch", "Infineon", "NXP"]

ARTICLES = {}

ARTICLES["001_st_catania_reinraum_depesche.txt"] = {
    "published": "2024-06-03",
    "published_note": "issue line 'Ausgabe 22/2024 · Montag, 3. Juni 2024'; 'am Freitag' -> 2024-05-31; 'Im Januar' -> 2024-01",
    "language": "de",
    "deals": [
        D("st-catania-sic-campus", ["STMicroelectronics"], "project", 5e9, "EUR", "exact", "2024-05-31", "announced",
          "Der italienisch-französische Chipkonzern veranschlagt dafür fünf Milliarden Euro, gestreckt über mehrere Jahre.",
          kind_alt=["capex_plan"],
          note="amount in words; 'Der italienisch-französische Chipkonzern' = STMicroelectronics and 'am Freitag' in the previous sentence; the ~€2bn Italian aid in the next sentence is a subsidy (not_deal)"),
        D("st-capex-2024", ["STMicroelectronics"], "capex_plan", 2.5e9, "USD", "approx", "2024-01", "planned",
          "Im Januar hatte ST für das laufende Jahr Investitionen von etwa 2,5 Milliarden Dollar in Aussicht gestellt, und an dieser Marke rüttelt der Vorstand bislang nicht – obwohl der Quartalsumsatz zuletzt auf 3,47 Milliarden Dollar abgesackt ist.",
          note="ST's capital-spending plan for 2024; different from its 2025 plan in 006; the quarterly revenue in the same sentence is a not_deal"),
        D("st-gf-crolles-fab", ["STMicroelectronics", "GlobalFoundries"], "joint_venture", 7.5e9, "EUR", "approx", "2022", "planned",
          "Das 2022 mit Globalfoundries verabredete Gemeinschaftswerk bei Grenoble, seinerzeit auf 7,5 Milliarden Euro taxiert, kommt kaum vom Fleck.",
          required=False, kind_alt=["project"],
          note="background: the 2022 Crolles joint fab, stalled; optional"),
    ],
    "not_deals": ["rund zwei Milliarden Euro an Fördergeld", "knapp zehn Milliarden Dollar", "3,47 Milliarden Dollar",
                  "5,6 Milliarden Euro", "40,12 Euro", "149 Euro netto", "nur 99 Euro", "390 Euro"],
}

ARTICLES["002_intel_apollo_leixlip_carrick_en.txt"] = {
    "published": "2024-06-05",
    "published_note": "date line 'June 5, 2024 | 07:12 GMT'; dateline 'DUBLIN, June 4'; 'on Tuesday' -> 2024-06-04; 'last June' -> 2023-06",
    "language": "en",
    "deals": [
        D("apollo-intel-fab34", ["Apollo", "Intel"], "joint_venture", 11e9, "USD", "exact", "2024-06-04", "signed",
          "Intel has agreed to sell a 49% holding in the joint venture that controls its Fab 34 plant at Leixlip, County Kildare, to investment vehicles run by Apollo Global Management for $11 billion, the pair announced on Tuesday.",
          kind_alt=["investment", "acquisition"],
          note="repeated in words in the analyst's quote ('Eleven billion'), not a second deal"),
        D("brookfield-intel-arizona", ["Brookfield", "Intel"], "investment", 15e9, "USD", "up_to", "2022", "signed",
          "In 2022 Brookfield agreed to put up as much as $15 billion toward two new fabs in Chandler, Arizona, in return for a minority share of their output.",
          required=False, kind_alt=["joint_venture"], note="background deal of 2022; optional"),
        D("intel-capex-2024", ["Intel"], "capex_plan", 26e9, "USD", "range", "2024", "planned",
          "Chief financial officer David Zinsner reiterated that gross capital spending this year will come in between $26 billion and $27 billion, much of it on plants in Arizona, Ohio, Ireland and Israel.",
          amount_max=27e9, note="reiterated plan for 2024, original announcement date not given -> year"),
        D("intel-magdeburg-fab", ["Intel"], "project", 30e9, "EUR", "approx", "2023-06", "planned",
          "In Germany, the plan for two leading-edge fabs outside Magdeburg, agreed with Berlin last June at about €30 billion, is still officially on track, and so is the promised state aid of €9.9 billion.",
          kind_alt=["capex_plan"], note="the €9.9bn state aid in the same sentence is a not_deal; postponed in 005, cancelled in 009/010"),
    ],
    "not_deals": ["$18.4 billion", "€9.9 billion", "$30.71", "$671 billion", "$25 billion or more"],
}

ARTICLES["003_esmc_spatenstich_klotzsche_kurier.txt"] = {
    "published": "2024-08-21",
    "published_note": "date line 'Klotzsche-Kurier · Lokales · Mittwoch, 21.08.2024'; 'im August 2023' -> 2023-08; 'im November 2022' -> 2022-11",
    "language": "de",
    "deals": [
        D("esmc-dresden-fab", ESMC_PARTIES, "joint_venture", 10e9, "EUR", "at_least", "2023-08", "signed",
          "Insgesamt sollen in das Werk mehr als zehn Milliarden Euro fließen.",
          kind_alt=["project", "investment"], alt=[(11e9, "USD")],
          note="amount in words; parties (TSMC 70 %, Bosch, Infineon, NXP) and 'im August 2023' in the two previous sentences; alt USD from 004"),
        D("infineon-smart-power-fab", ["Infineon"], "project", 5e9, "EUR", "approx", "2022-11", "announced",
          "In das Werk steckt Infineon rund fünf Milliarden Euro, für den Münchner Konzern das teuerste Einzelprojekt seiner Firmengeschichte, angekündigt im November 2022.",
          kind_alt=["capex_plan"], note="the ~€1bn federal aid in the next sentence is a subsidy (not_deal)"),
    ],
    "not_deals": ["Beihilfe des Bundes über fünf Milliarden Euro", "knapp 180 Millionen Euro", "rund einer Milliarde Euro",
                  "68.000 bis 85.000 Euro", "13,50 Euro je Quadratmeter", "19,90 Euro", "Fünf Milliarden Förderung",
                  "2,5 Millionen je Stelle"],
}

ARTICLES["004_esmc_groundbreaking_reticle_row_en.html"] = {
    "published": "2024-08-21",
    "published_note": "visible byline <time datetime=2024-08-21> '21 August 2024', also meta article:published_time and JSON-LD; 'last August' -> 2023-08; 'in January' -> 2024-01",
    "language": "en",
    "deals": [
        D("esmc-dresden-fab", ESMC_PARTIES, "joint_venture", 10e9, "EUR", "at_least", "2023-08", "signed",
          "The four signed up last August and expect to invest more than €10 billion (roughly $11 billion) before the first wafers ship in 2027.",
          kind_alt=["project", "investment"], alt=[(11e9, "USD")],
          note="'The four' = TSMC, Bosch, Infineon Technologies, NXP (previous sentence)"),
        D("tsmc-capex-2024", ["TSMC"], "capex_plan", 28e9, "USD", "range", "2024-01", "planned",
          "The world's largest contract chipmaker told investors in January that it would put $28 billion to $32 billion into capital projects this year, chiefly in Taiwan and Arizona.",
          amount_max=32e9, note="'The world's largest contract chipmaker' = TSMC (previous sentence); different from TSMC's 2025 and 2026 plans"),
    ],
    "not_deals": ["€5 billion in subsidies", "€43 billion", "NT$673.5 billion", "about €2 billion annually", "$4.90 a box",
                  "$19 a month"],
}

ARTICLES["005_intel_aufschub_kursbalken.txt"] = {
    "published": "2024-09-17",
    "published_note": "date line 'KURSBALKEN | Tech-Werte | 17.09.2024 – 08:35 Uhr'; 'im Juni 2023' -> 2023-06; 'im selben Monat' -> 2023-06; 'am Montagabend' -> 2024-09-16; 'Im Juni' -> 2024-06",
    "language": "de",
    "deals": [
        D("intel-magdeburg-fab", ["Intel"], "project", 30e9, "EUR", "exact", "2023-06", "planned",
          "Das 30-Milliarden-Euro-Vorhaben, im Juni 2023 mit der Bundesregierung besiegelt, hing ohnehin seit Monaten in der Luft.",
          kind_alt=["capex_plan"], note="compound amount; Intel and the two-year postponement in the previous sentences; postponed, still 'planned'"),
        D("intel-poland-assembly", ["Intel"], "project", 4.6e9, "USD", "exact", "2023-06", "planned",
          "Auch das im selben Monat angekündigte Montage- und Testwerk im polnischen Wrocław für 4,6 Milliarden Dollar (rund 4,2 Milliarden Euro) ruht vorerst.",
          kind_alt=["capex_plan"], alt=[(4.2e9, "EUR")], note="'im selben Monat' = June 2023; Intel from the previous paragraph; postponed"),
        N("intel-aws-custom-chips", ["Intel", "Amazon"], "supply", "2024-09-16", "signed",
          "Amazons Cloud-Tochter AWS lässt einen KI-Chip im Intel-18A-Verfahren fertigen, ein Geschäft, das der Konzern als mehrjährig und milliardenschwer beschrieb, ohne eine Summe zu nennen.",
          kind_alt=["partnership"], note="no amount ('milliardenschwer'); announced in the same Monday-evening letter; optional"),
        D("apollo-intel-fab34", ["Apollo", "Intel"], "joint_venture", 11e9, "USD", "exact", "2024-06", "signed",
          "Im Juni gab der Konzern 49 Prozent seiner irischen Fabrik in Leixlip für elf Milliarden Dollar an den Finanzinvestor Apollo ab.",
          kind_alt=["investment", "acquisition"], note="amount in words; 'der Konzern' = Intel"),
    ],
    "not_deals": ["9,9 Milliarden Euro Subventionen", "bis zu 8,5 Milliarden Dollar", "21,96 $", "1,6 Mrd. $",
                  "über 10 Mrd. $", "von 24 auf 22 US-Dollar", "0 Euro Ordergebühr"],
}

ARTICLES["006_fabline_digest_feb25_en.txt"] = {
    "published": "2025-02-12",
    "published_note": "issue line 'No. 58 — Wednesday 12 February 2025'; 'on Tuesday' -> 2025-02-11 (summit); 'A day earlier' -> 2025-02-10; 'last month' -> 2025-01; 'On 30 January' -> 2025-01-30",
    "language": "en",
    "deals": [
        N("mgx-mistral-nvidia-campus", ["MGX", "Bpifrance", "Mistral AI", "Nvidia"], "joint_venture", "2025-02-10", "announced",
          "A day earlier, Abu Dhabi's MGX, the French public bank Bpifrance, Mistral AI and Nvidia said they would form a joint venture to build a campus of up to 1.4 gigawatts in the Paris region.",
          kind_alt=["project"], note="no price ('Nobody attached a price tag'); optional; different from Mistral Compute (008, 012)"),
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38e9, "USD", "range", "2025-01", "planned",
          "TSMC will lift capital spending to between $38bn and $42bn in 2025, the company guided last month, against roughly $29.8bn actually spent in 2024.",
          amount_max=42e9, note="the $29.8bn actually spent in 2024 is past spending (not_deal); restated without currency sign in BY THE NUMBERS ('38–42')"),
        D("st-capex-2025", ["STMicroelectronics"], "capex_plan", 2.0e9, "USD", "range", "2025-01-30", "planned",
          "On 30 January it put net capex for 2025 at about $2.0bn to $2.3bn, down from some $2.5bn last year, and guided first-quarter revenue to $2.51bn.",
          amount_max=2.3e9, note="'it' = STMicroelectronics (previous sentence); 'some $2.5bn last year' is past spending and the revenue guidance is not a deal"),
    ],
    "not_deals": ["€200 billion", "€20 billion pot", "€3bn to €5bn", "€109bn", "$29.8bn", "some $2.5bn last year", "$2.51bn",
                  "€7.1bn", "replay $49", "£12 monthly", "£120 annually"],
}

ARTICLES["007_infineon_marvell_isarpresse.txt"] = {
    "published": "2025-04-08",
    "published_note": "date line 'Dienstag, 08.04.2025 – 06:40 Uhr'; 'am Montag' -> 2025-04-07; 'im November' -> 2024-11",
    "language": "de",
    "deals": [
        D("infineon-marvell-ethernet", ["Infineon", "Marvell"], "acquisition", 2.5e9, "USD", "exact", "2025-04-07", "signed",
          "Der Dax-Konzern übernimmt von Marvell Technology die Sparte für Automotive-Ethernet und zahlt 2,5 Milliarden Dollar, komplett in bar, wie beide Seiten am Montag mitteilten.",
          alt=[(2.3e9, "EUR")], note="'Der Dax-Konzern' = Infineon (previous sentence); EUR conversion 'knapp 2,3 Milliarden Euro' in the next sentence"),
        D("infineon-capex-fy2025", ["Infineon"], "capex_plan", 2.5e9, "EUR", "approx", "2024-11", "planned",
          "Für das Geschäftsjahr 2024/25 hatte der Vorstand im November Investitionen von rund 2,5 Milliarden Euro angekündigt; ein Teil davon fließt in Dresden, wo die Smart Power Fab für insgesamt rund fünf Milliarden Euro entsteht.",
          term=["2024-10", "2025-09"], note="'der Vorstand' = Infineon's (previous sentence); different from the FY 2025/26 plan in 016"),
        D("infineon-smart-power-fab", ["Infineon"], "project", 5e9, "EUR", "approx", None, "announced",
          "Für das Geschäftsjahr 2024/25 hatte der Vorstand im November Investitionen von rund 2,5 Milliarden Euro angekündigt; ein Teil davon fließt in Dresden, wo die Smart Power Fab für insgesamt rund fünf Milliarden Euro entsteht.",
          required=False, kind_alt=["capex_plan"], note="restated in a subordinate clause; optional"),
        D("marvell-aquantia", ["Marvell", "Aquantia"], "acquisition", 452e6, "USD", "approx", "2019", "completed",
          "Den Kern der Sparte hatte sich Marvell 2019 mit der Übernahme des Netzwerkspezialisten Aquantia gesichert, damals für rund 452 Millionen Dollar.",
          required=False, note="background acquisition of 2019; optional"),
    ],
    "not_deals": ["zwischen 225 und 250 Millionen Dollar", "26,71 Euro", "14,96 Milliarden Euro", "60 bis 80 Millionen Euro"],
}

ARTICLES["008_gf_mistral_cleanroom_blog_en.txt"] = {
    "published": "2025-06-16",
    "published_note": "byline 'Posted on June 16, 2025'; 'On June 4' -> 2025-06-04; 'last Wednesday' -> 2025-06-11; 'this spring' -> 2025; 'in April' -> 2025-04",
    "language": "en",
    "deals": [
        D("gf-us-16bn", ["GlobalFoundries"], "capex_plan", 16e9, "USD", "exact", "2025-06-04", "announced",
          "On June 4 the Nasdaq-listed foundry said it would spend $16 billion on expanding and upgrading its American fabs in Malta, New York, and Essex Junction, Vermont, pitching it as part of a broader onshoring push with Apple, AMD and Qualcomm cheering from the sidelines.",
          note="'the Nasdaq-listed foundry' = GlobalFoundries (previous line); the $3bn research share is part of it (not_deal); the commenter's '$16bn' restates it"),
        N("gf-umc-merger-talks", ["GlobalFoundries", "UMC"], "acquisition", "2025", "rumored",
          "Remember also the reports this spring that GF had looked at a tie-up with Taiwan's UMC?",
          kind_alt=["other"], note="unconfirmed reports, nothing came of it; no amount; optional"),
        N("mistral-compute-nvidia", ["Mistral AI", "Nvidia"], "partnership", "2025-06-11", "announced",
          "At Nvidia's GTC event last Wednesday, Mistral AI unveiled Mistral Compute, a platform that will run on 18,000 of Nvidia's Grace Blackwell chips in a first phase.",
          kind_alt=["supply", "cloud_contract"], note="no price disclosed; optional"),
        D("infineon-marvell-ethernet", ["Infineon", "Marvell"], "acquisition", 2.5e9, "USD", "exact", "2025-04", "signed",
          "The one European chipmaker writing large cheques right now is Infineon, which agreed in April to pay $2.5 billion for Marvell's automotive Ethernet unit.",
          note="restated, month only"),
    ],
    "not_deals": ["About $3 billion of that", "€43 billion", "upwards of $20 billion", "$38 a share", "near $21 billion",
                  "a trillion dollars"],
}

ARTICLES["009_st_nxp_intel_diebond_en.html"] = {
    "published": "2025-07-25",
    "published_note": "only in <meta property=article:published_time> and JSON-LD datePublished (2025-07-25T05:30:00Z), no visible date; 'on Thursday' / 'Hours later' -> 2025-07-24",
    "language": "en",
    "deals": [
        D("st-nxp-mems", ["STMicroelectronics", "NXP"], "acquisition", 950e6, "USD", "up_to", "2025-07-24", "signed",
          "STMicroelectronics has agreed to buy NXP Semiconductors' MEMS sensor business for up to $950 million, the Franco-Italian chipmaker said on Thursday alongside its second-quarter results.",
          note="the $825m cash part and the $125m milestone part (next sentence) are parts of this deal (not_deals)"),
        D("intel-magdeburg-fab", ["Intel"], "project", 30e9, "EUR", "approx", None, "cancelled",
          "Alongside its own figures, the company said it would not go ahead with the fab near Magdeburg, once budgeted at about €30 billion, nor with the $4.6 billion packaging and testing site near Wrocław in Poland.",
          kind_alt=["capex_plan"], note="'the company' = Intel (previous sentence); two cancelled projects in one sentence; original agreement date not given"),
        D("intel-poland-assembly", ["Intel"], "project", 4.6e9, "USD", "exact", None, "cancelled",
          "Alongside its own figures, the company said it would not go ahead with the fab near Magdeburg, once budgeted at about €30 billion, nor with the $4.6 billion packaging and testing site near Wrocław in Poland.",
          kind_alt=["capex_plan"], note="second cancelled project in the same sentence"),
        D("intel-capex-2025", ["Intel"], "capex_plan", 18e9, "USD", "approx", "2025-07-24", "planned",
          "Intel now sees gross capital investment of around $18 billion this year, and it reported a second-quarter net loss of $2.9 billion on revenue of $12.9 billion.",
          note="stated with the results of Thursday; different from the 2024 plan in 002; loss and revenue are not_deals"),
    ],
    "not_deals": ["$825 million", "$125 million", "about $300 million", "$97 million", "€9.9 billion of subsidies",
                  "$2.9 billion", "$12.9 billion", "$20.70", "€25.44", "€35.60", "€611.20", "$0.99 per order"],
}

ARTICLES["010_intel_aus_ohrekreis_echo.txt"] = {
    "published": "2025-07-26",
    "published_note": "dateline 'Magdeburg/Hohe Börde, 26. Juli 2025'; 'am Donnerstagabend' -> 2025-07-24; 'im Juni 2023' -> 2023-06",
    "language": "de",
    "deals": [
        D("intel-magdeburg-fab", ["Intel"], "project", 30e9, "EUR", "approx", "2023-06", "cancelled",
          "Das Projekt, für das der Konzern und die Bundesregierung im Juni 2023 Investitionen von rund 30 Milliarden Euro vereinbart hatten, ist damit Geschichte.",
          kind_alt=["capex_plan"], note="'der Konzern' = Intel; cancelled on Thursday evening, the date is the original agreement"),
        D("intel-poland-assembly", ["Intel"], "project", 4.6e9, "USD", "exact", None, "cancelled",
          "Dasselbe gilt für Polen: Die 4,6 Milliarden Dollar, damals umgerechnet knapp 19 Milliarden Złoty, wird Intel in Wrocław ebenfalls nicht ausgeben.",
          kind_alt=["capex_plan"], alt=[(19e9, "PLN")], note="PLN conversion 'damals' (at announcement); date not given"),
        D("intel-capex-2025", ["Intel"], "capex_plan", 18e9, "USD", "approx", "2025-07", "planned",
          "Der Konzern will seine Bruttoinvestitionen in diesem Jahr auf rund 18 Milliarden Dollar begrenzen und schrieb von April bis Juni 2,9 Milliarden Dollar Verlust.",
          note="'Der Konzern' = Intel; stated with the results reported this week -> month; the quarterly loss is a not_deal"),
    ],
    "not_deals": ["9,9 Milliarden Euro Fördergeld", "etwa 230 Millionen Euro", "25 Euro je Quadratmeter",
                  "2,9 Milliarden Dollar Verlust", "289 Euro pro Fenster", "25 Euro pro Quadratmeter"],
}

ARTICLES["011_schwarz_luebbenau_landbote.txt"] = {
    "published": "2025-08-22",
    "published_note": "byline 'Von Ronny Pannwitz | 22.08.25, 18:04 Uhr' (two-digit year); 'am Mittwoch' -> 2025-08-20",
    "language": "de",
    "deals": [
        D("schwarz-luebbenau", ["Schwarz Gruppe"], "capex_plan", 11e9, "EUR", "approx", "2025-08-20", "announced",
          "Rund elf Milliarden Euro plant der Handelskonzern dafür ein, wie seine IT-Tochter Schwarz Digits am Mittwoch in Potsdam bekannt gab.",
          kind_alt=["project"], note="amount in words; 'der Handelskonzern' = Schwarz-Gruppe (previous sentence); also in the headline"),
        D("schwarz-leag-lease", ["Schwarz Gruppe", "LEAG"], "other", 1.5e6, "EUR", "approx", "2025-08", "signed",
          "Nach Informationen des Landboten hat Schwarz mit dem Eigentümer, dem Energieunternehmen LEAG, eine Pacht über 30 Jahre vereinbart, die jährlich bei etwa 1,5 Millionen Euro liegen soll.",
          per="year", note="30-year land lease at a yearly rent, reported by the paper (LEAG declined comment); no signing date given -> month of the article"),
        D("db-cottbus-werk", ["Deutsche Bahn"], "project", 1.2e9, "EUR", "exact", None, "announced",
          "Das neue ICE-Werk der Deutschen Bahn in Cottbus kostet 1,2 Milliarden Euro",
          required=False, note="related-link headline; project cost of another company; optional"),
    ],
    "not_deals": ["mehr als eine Milliarde Euro verbaut", "gut 38 Millionen Euro", "gut zehn Milliarden Euro",
                  "rund 17 Cent je Kilowattstunde", "24 Euro pro Person"],
}

ARTICLES["012_asml_mistral_mainzeile.txt"] = {
    "published": "2025-09-10",
    "published_note": "date line 'Mittwoch, 10. September 2025 | Unternehmen & Märkte | Seite 17'; 'am Dienstag' -> 2025-09-09; 'Im Juni' -> 2025-06",
    "language": "de",
    "deals": [
        D("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1.3e9, "EUR", "exact", "2025-09-09", "signed",
          "ASML, der niederländische Hersteller jener Belichtungsmaschinen, ohne die kein moderner Chip entsteht, beteiligt sich mit 1,3 Milliarden Euro an Mistral AI.",
          note="'am Dienstag' in the next sentence"),
        D("mistral-seriesc-2025", ["Mistral AI", "ASML"], "investment", 1.7e9, "EUR", "exact", "2025-09-09", "signed",
          "Der Konzern aus Veldhoven führt damit eine Runde an, die dem Pariser Start-up in Summe 1,7 Milliarden Euro bringt; danach hält ASML rund elf Prozent.",
          required=False, note="round total including ASML's €1.3bn, led by ASML ('Der Konzern aus Veldhoven'); optional; must stay apart from asml-mistral-2025"),
        N("nvidia-mistral-seriesc", ["Nvidia", "Mistral AI"], "investment", "2025-09-09", "signed",
          "Mit dabei sind alte Bekannte wie Andreessen Horowitz, General Catalyst, Bpifrance und Nvidia; der US-Chipkonzern zeichnete erneut Anteile, ohne dass eine Summe genannt wurde.",
          note="participation without an amount; optional"),
        N("asml-mistral-partnership", ["ASML", "Mistral AI"], "partnership", "2025-09-09", "announced",
          "Mistral-Modelle sollen helfen, ASMLs Maschinen und deren Software weiterzuentwickeln; Details oder Beträge zu dieser Kooperation nannten die Partner nicht.",
          note="technical cooperation, no amount; optional"),
        N("mistral-compute-nvidia", ["Mistral AI", "Nvidia"], "partnership", "2025-06", "announced",
          "Im Juni hatte das Start-up gemeinsam mit Nvidia die Plattform Mistral Compute vorgestellt, die zunächst auf 18.000 Grace-Blackwell-Chips laufen soll.",
          kind_alt=["supply", "cloud_contract"], note="'das Start-up' = Mistral; optional"),
    ],
    "not_deals": ["11,7 Milliarden Euro", "annähernd drei Milliarden Euro", "705,30 Euro", "rund 32,5 Milliarden Euro",
                  "7,6 Milliarden Euro", "349 Euro"],
}

ARTICLES["013_sap_sovereign_halvergate_en.txt"] = {
    "published": "2025-09-26",
    "published_note": "date line 'Friday 26 September 2025'; 'On Wednesday' -> 2025-09-24; 'earlier this month' -> 2025-09; 'last month' -> 2025-08; 'on 8 September' -> 2025-09-08",
    "language": "en",
    "deals": [
        N("sap-openai-germany", ["SAP", "OpenAI"], "partnership", "2025-09-24", "announced",
          "On Wednesday the software group and OpenAI said they would launch \"OpenAI for Germany\" next year, a service for public administration to be hosted by SAP's subsidiary Delos Cloud on Microsoft Azure technology.",
          kind_alt=["cloud_contract"], note="'the software group' = SAP; value not disclosed; optional"),
        D("sap-sovereign-cloud", ["SAP"], "capex_plan", 20e9, "EUR", "at_least", "2025-09", "planned",
          "It follows SAP's pledge earlier this month to invest more than €20 billion over the next ten years in sovereign cloud services across Europe.",
          term=["2025", "2035"], note="ten-year pledge"),
        D("schwarz-luebbenau", ["Schwarz Gruppe"], "capex_plan", 11e9, "EUR", "approx", "2025-08", "announced",
          "Elsewhere in the sovereignty rush, the Schwarz Group, owner of the Lidl supermarket chain, said last month it would put about €11 billion into an AI data centre at Lübbenau, south-east of Berlin.",
          kind_alt=["project"]),
        D("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1.3e9, "EUR", "exact", "2025-09", "signed",
          "Dutch chip-tool maker ASML became Mistral AI's largest shareholder with a €1.3 billion investment earlier this month, part of a round that valued the French start-up at €11.7 billion.",
          note="the valuation in the same sentence is a not_deal"),
        D("nebius-microsoft-2025", ["Nebius", "Microsoft"], "cloud_contract", 17.4e9, "USD", "exact", "2025-09-08", "signed",
          "The biggest European compute deal of the season, though, went to Amsterdam-based Nebius, which signed on 8 September a five-year contract worth $17.4 billion under which it rents graphics-processor capacity to Microsoft from a new site in Vineland, New Jersey."),
    ],
    "not_deals": ["€18.1 billion", "€21.6 billion to €21.9 billion", "€11.7 billion", "about €23 billion", "€228.15",
                  "roughly €266 billion"],
}

ARTICLES["014_gf_dresden_elbkante.html"] = {
    "published": "2025-10-29",
    "published_note": "visible line 'Tilo Rackwitz · 29.10.2025, 16:45 Uhr', also <meta name=date> and JSON-LD; 'am Dienstag' -> 2025-10-28; 'Im Juni' -> 2025-06",
    "language": "de",
    "deals": [
        D("gf-dresden-expansion", ["GlobalFoundries"], "capex_plan", 1.1e9, "EUR", "approx", "2025-10-28", "announced",
          "Rund 1,1 Milliarden Euro will der US-Auftragsfertiger dafür ausgeben, wie das Unternehmen am Dienstag mitteilte.",
          kind_alt=["project"], note="amount first; 'der US-Auftragsfertiger' = Globalfoundries (previous sentence); different from the US plan"),
        D("eib-gf-dresden-loan", ["European Investment Bank", "GlobalFoundries"], "other", 400e6, "EUR", "exact", "2025-10", "negotiating",
          "Mit der Europäischen Investitionsbank sei ein Darlehen über 400 Millionen Euro so gut wie unterschriftsreif, hieß es aus Unternehmenskreisen.",
          kind_alt=["investment"], note="loan almost ready to sign, from company sources; borrower 'das Unternehmen' in the previous sentence; a financing deal of its own, not a split of the €1.1bn"),
        D("gf-us-16bn", ["GlobalFoundries"], "capex_plan", 16e9, "USD", "exact", "2025-06", "announced",
          "Im Juni hatte Globalfoundries angekündigt, 16 Milliarden Dollar in seine Fabriken in den USA zu stecken.",
          note="restated, month only"),
        N("st-gf-crolles-fab", ["STMicroelectronics", "GlobalFoundries"], "joint_venture", None, "cancelled",
          "Das mit STMicroelectronics geplante Gemeinschaftswerk im französischen Crolles gilt dagegen als beerdigt.",
          kind_alt=["project"], note="abandoned, no amount; optional"),
    ],
    "not_deals": ["mehr als zehn Milliarden Dollar", "1,69 Milliarden Dollar", "8.990 Euro", "0,99 Euro", "9,90 Euro im Monat"],
}

ARTICLES["015_telekom_nvidia_epitaxy_ledger_en.txt"] = {
    "published": "2025-11-05",
    "published_note": "line 'Companies | Updated 5 November 2025, 07:55 CET', dateline 'BERLIN, Nov 4'; 'on Tuesday' -> 2025-11-04; 'In September' -> 2025-09",
    "language": "en",
    "deals": [
        D("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", 1e9, "EUR", "approx", "2025-11-04", "announced",
          "BERLIN, Nov 4 — Deutsche Telekom and Nvidia unveiled on Tuesday a plan to invest about €1 billion in what they call an Industrial AI Cloud: a Munich data centre filled with some 10,000 Nvidia Blackwell processors, meant to give German manufacturers computing power without routing their data through American hyperscalers.",
          kind_alt=["investment", "partnership"], note="first phase; also 'billion-euro' in the headline; different from the second phase of 2026 (019, 020)"),
        D("sap-sovereign-cloud", ["SAP"], "capex_plan", 20e9, "EUR", "at_least", "2025-09", "planned",
          "In September SAP promised to spend more than €20 billion across ten years on cloud services kept under European control.",
          term=["2025", "2035"]),
        D("telekom-gigafactory-bid", ["Deutsche Telekom"], "project", 3e9, "EUR", "range", None, "planned",
          "People involved in the preparations put the cost of such a site at €3 billion to €5 billion.",
          amount_max=5e9, required=False,
          note="Telekom's intended gigafactory bid (previous sentence); a cost range for a bid not yet made, optional"),
        D("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1.3e9, "EUR", "exact", None, "signed",
          "ASML's €1.3bn bet on Mistral: what it buys", required=False,
          note="related-link headline; optional"),
    ],
    "not_deals": ["€20 billion for up to five", "$5 trillion", "about €4 billion in annual revenue", "€2.10 an hour", "€26.90"],
}

ARTICLES["016_infineon_jahreszahlen_chartlupe.txt"] = {
    "published": "2025-11-13",
    "published_note": "date line 'Chartlupe | Aktien im Fokus | 13.11.2025 | 09:02'; 'am Mittwoch' -> 2025-11-12",
    "language": "de",
    "deals": [
        D("infineon-capex-fy2026", ["Infineon"], "capex_plan", 2.2e9, "EUR", "approx", "2025-11-12", "planned",
          "Die Investitionen sollen bei rund 2,2 Milliarden Euro liegen, nachdem es im abgelaufenen Jahr 2,3 Milliarden Euro waren.",
          term=["2025-10", "2026-09"], note="plan for FY 2025/26 (previous sentence), announced with the results on Wednesday; the €2.3bn of the past year is past spending (not_deal)"),
        D("infineon-marvell-ethernet", ["Infineon", "Marvell"], "acquisition", 2.5e9, "USD", "exact", None, "completed",
          "Gezahlt wurden dafür 2,5 Milliarden Dollar.",
          note="buyer, seller and closing ('Seit August') in the previous sentence; agreement date not given"),
        D("infineon-smart-power-fab", ["Infineon"], "project", 5e9, "EUR", "approx", None, "announced",
          "Die neue Fabrik in Dresden, Gesamtkosten rund fünf Milliarden Euro, soll im kommenden Jahr offiziell eröffnet werden.",
          required=False, kind_alt=["capex_plan"], note="restated total cost; optional"),
    ],
    "not_deals": ["14,66 Milliarden Euro", "2,64 Milliarden Euro", "2,3 Milliarden Euro waren", "rund 1,5 Milliarden Euro",
                  "34,12 €", "21,38 €", "0,35 € je Aktie", "von 38 auf 42 Euro", "rund zwölf Milliarden Dollar", "32,80 Euro",
                  "36,70 Euro", "100.000 Euro"],
}

ARTICLES["017_tsmc_capex_penghu_wire_en.txt"] = {
    "published": "2026-01-16",
    "published_note": "date line 'January 16, 2026 / 04:31 GMT', dateline 'HSINCHU, Jan 15'; 'on Thursday' -> 2026-01-15; 'this week' -> 2026-01",
    "language": "en",
    "deals": [
        D("tsmc-capex-2026", ["TSMC"], "capex_plan", 52e9, "USD", "range", "2026-01-15", "planned",
          "HSINCHU, Jan 15 (Penghu Wire) - Taiwan Semiconductor Manufacturing Co has set its capital budget for 2026 at a range of $52bn-$56bn, it told investors on Thursday, roughly a third more than last year, as orders for artificial-intelligence processors keep piling up.",
          amount_max=56e9, note="the 2025 actual of $40.9bn (next sentence) is past spending; the analyst's $62bn for 2027 is an estimate"),
        D("esmc-dresden-fab", ESMC_PARTIES, "joint_venture", 10e9, "EUR", "at_least", None, "signed",
          "Europe remains a sideshow: the Dresden plant of European Semiconductor Manufacturing Company, TSMC's venture with Bosch, Infineon and NXP that is expected to cost more than €10 billion, is on course to start production next year, executives told analysts.",
          kind_alt=["project", "investment"], note="restated, no date"),
        D("esmc-sachsenenergie-ppa", ["ESMC", "SachsenEnergie"], "supply", 35e6, "EUR", "approx", "2026-01", "signed",
          "ESMC also signed a 12-year contract with local utility SachsenEnergie this week for renewable electricity from 2027, which two people familiar with the terms valued at around €35 million a year.",
          per="year", term=["2027", "2038"], note="yearly value from sources; invented deal"),
    ],
    "not_deals": ["$40.9 billion", "NT$505.7 billion", "$33.7 billion", "up to €5 billion in aid", "about $62 billion in 2027",
                  "about $1.7 trillion", "about €350 million", "NT$1,710"],
}

ARTICLES["018_interview_werkbank_ost.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'Lesezeit: 6 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        D("esmc-dresden-fab", ESMC_PARTIES, "joint_venture", 10e9, "EUR", "at_least", None, "signed",
          "TSMC, Bosch, Infineon und NXP stecken zusammen über zehn Milliarden Euro in ESMC, und jeder Partner bringt eigene Abnehmer für die Chips mit.",
          kind_alt=["project", "investment"]),
        D("gf-dresden-expansion", ["GlobalFoundries"], "capex_plan", 1.1e9, "EUR", "exact", None, "announced",
          "Globalfoundries legt in Dresden 1,1 Milliarden Euro nach.", kind_alt=["project"], note="interviewer's question"),
        D("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", 1e9, "EUR", "approx", None, "completed",
          "In München betreiben Telekom und Nvidia jetzt eine KI-Fabrik, die rund eine Milliarde Euro gekostet hat.",
          kind_alt=["investment", "partnership"], note="amount in words; in operation"),
    ],
    "not_deals": ["fünf Milliarden Euro vom Bund", "30 bis 40 Millionen Euro", "zwischen 3.400 und 4.200 Euro", "9,80 Euro",
                  "84 Euro", "600 Euro"],
}

ARTICLES["019_ticker_gatefield_live_en.txt"] = {
    "published": "2026-03-10",
    "published_note": "ticker line 'Tuesday 10 March 2026 · last update 16:40 CET'; 'last July' -> 2025-07; 'in November' -> 2025-11; 'last month' -> 2026-02",
    "language": "en",
    "deals": [
        D("st-nxp-mems", ["STMicroelectronics", "NXP"], "acquisition", 950e6, "USD", "up_to", "2025-07", "completed",
          "STMicroelectronics says it has completed the purchase of NXP's MEMS sensor business, agreed last July for up to $950 million.",
          note="closing; the date is the agreement"),
        D("telekom-nvidia-phase2", ["Deutsche Telekom", "Nvidia"], "project", 2e9, "EUR", "approx", "2026", "negotiating",
          "The expansion could cost about €2 billion and would roughly double the number of GPUs.",
          kind_alt=["investment", "partnership"],
          note="talks reported by two sources (parties in the previous sentence); signed on 2026-11-09 (020), so only the year here; different from the first phase"),
        D("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", 1e9, "EUR", "approx", "2025-11", "completed",
          "the first phase, which the two companies announced in November at about €1 billion, went live in February with some 10,000 Blackwell chips.",
          kind_alt=["investment", "partnership"], note="'the two companies' = Telekom and Nvidia (previous entry); in operation"),
        D("mistral-ecodatacenter", ["Mistral AI", "EcoDataCenter"], "project", 1.2e9, "EUR", "exact", "2026-02", "announced",
          "Reminder: Mistral AI's first data centre outside France, built with EcoDataCenter in Borlänge, Sweden, will cost €1.2 billion (about SEK 13 billion), the two companies said last month.",
          kind_alt=["capex_plan", "investment"], alt=[(13e9, "SEK")]),
    ],
    "not_deals": ["€24.31", "at least €20 billion of fresh EU money", "€1,142", "€38.05", "$1.83 billion", "£1,250"],
}

ARTICLES["020_photomask_letter_nov26_en.txt"] = {
    "published": "2026-11-13",
    "published_note": "issue line 'Issue 96 · Friday, 13 November 2026'; 'on Monday' -> 2026-11-09; 'in January' -> 2026-01",
    "language": "en",
    "deals": [
        D("telekom-nvidia-phase2", ["Deutsche Telekom", "Nvidia"], "project", 2e9, "EUR", "approx", "2026-11-09", "signed",
          "The second phase of their Industrial AI Cloud will cost about €2 billion, the two sides said, roughly twice the first stage that went live in February.",
          kind_alt=["investment", "partnership"], note="'put pen to paper on Monday' in the previous sentence; the first stage is mentioned without amount"),
        D("infineon-smart-power-fab", ["Infineon"], "project", 5e9, "EUR", "approx", None, "completed",
          "Infineon opened its Smart Power Fab in July; the plant cost around €5 billion, of which Berlin covered about a billion.",
          kind_alt=["capex_plan"], note="opened; 'about a billion' from Berlin is a subsidy (not_deal)"),
        D("gf-dresden-expansion", ["GlobalFoundries"], "capex_plan", 1.1e9, "EUR", "exact", None, "announced",
          "Next door, GlobalFoundries says its €1.1 billion expansion is on schedule for 2028.", kind_alt=["project"]),
        D("tsmc-capex-2026", ["TSMC"], "capex_plan", 52e9, "USD", "range", "2026-01", "planned",
          "TSMC told analysts last month it would land at the upper end of the $52 billion to $56 billion capital budget it set in January.",
          amount_max=56e9),
        D("sap-dc-bid-denied", ["SAP"], "acquisition", 4e9, "EUR", "approx", "2026", "rumored",
          "SAP denied a report in a German weekly that it was preparing an offer of around €4 billion for a European data-centre operator; a spokesperson called it speculation.",
          required=False, note="denied rumour, target unnamed; optional"),
    ],
    "not_deals": ["about a billion", "$36.2 billion", "roughly $1.9 trillion", "€15 billion budget line", "about $3.9 million",
                  "€210 million", "up from €180 million", "16.4 cents per kWh", "€18,500", "£9 a month"],
}

ALIASES = {
    "STMicroelectronics": ["STMicroelectronics", "STMicro", "ST"],
    "GlobalFoundries": ["GlobalFoundries", "Globalfoundries", "GF"],
    "Intel": ["Intel", "Intels", "Intel Corp."],
    "Apollo": ["Apollo", "Apollo Global Management"],
    "Brookfield": ["Brookfield"],
    "TSMC": ["TSMC", "Taiwan Semiconductor Manufacturing Co.", "Taiwan Semiconductor Manufacturing Co"],
    "Bosch": ["Bosch", "Robert Bosch"],
    "Infineon": ["Infineon", "Infineon Technologies", "Infineon Technologies AG"],
    "NXP": ["NXP", "NXP Semiconductors"],
    "ESMC": ["ESMC", "European Semiconductor Manufacturing Company"],
    "SachsenEnergie": ["SachsenEnergie"],
    "Amazon": ["Amazon", "Amazons", "AWS"],
    "MGX": ["MGX"],
    "Bpifrance": ["Bpifrance"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Nvidia": ["Nvidia"],
    "Marvell": ["Marvell", "Marvell Technology", "Marvells"],
    "Aquantia": ["Aquantia"],
    "UMC": ["UMC"],
    "Schwarz Gruppe": ["Schwarz Gruppe", "Schwarz-Gruppe", "Schwarz Group", "Schwarz Digits", "Schwarz"],
    "LEAG": ["LEAG"],
    "Deutsche Bahn": ["Deutsche Bahn", "Deutschen Bahn"],
    "ASML": ["ASML", "ASMLs"],
    "SAP": ["SAP"],
    "OpenAI": ["OpenAI"],
    "Nebius": ["Nebius"],
    "Microsoft": ["Microsoft"],
    "European Investment Bank": ["European Investment Bank", "Europäische Investitionsbank", "Europäischen Investitionsbank", "EIB"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom"],
    "EcoDataCenter": ["EcoDataCenter"],
}

ABOUT = (
    "Hand-annotated deals in the eighty-second, held-out test corpus (tests/corpus82/articles/), written for the tests and "
    "independent of the extractor; same format and rules as tests/corpus15/gold.json and shared/gold/seeds.json. "
    "Theme: AI and semiconductors in Europe (ESMC Dresden, Intel Magdeburg and Wrocław, GlobalFoundries, Infineon, "
    "STMicroelectronics, ASML and Mistral AI, the EU Chips Act and AI gigafactories, Deutsche Telekom and Nvidia, SAP and the "
    "Schwarz Gruppe). One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague, background or amount-less mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals (grants and subsidies, budgets and funds, cumulative totals, "
    "analysts' estimates, valuations, revenues, profits, guidance other than capex, market forecasts, share prices, past "
    "spending, parts of an annotated deal, prices, salaries, ad figures): reporting one of them as a deal is an error. "
    "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; "
    "'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount in another currency or as "
    "another article states it. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's own date line, dateline, byline, issue line, "
    "<time>/meta tag or JSON-LD, or null when it has none); a cancelled deal keeps the date of the original agreement; "
    "restatements without a date get null. 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
    "lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur "
    "in the visible text (check_corpus_gold.visible_text). The deals of real companies are retold with shifted or "
    "simplified details, and a few are invented (see README.md); publications, reporters, analysts, advertisers and quoted "
    "people are invented (invented_names.txt). Nothing here is reporting."
)


def main():
    gold = {"about": ABOUT, "articles": dict(sorted(ARTICLES.items())), "aliases": ALIASES}
    text = json.dumps(gold, ensure_ascii=False, indent=1)
    # whole numbers without a trailing .0
    gold = json.loads(text, parse_float=lambda s: int(float(s)) if float(s).is_integer() else float(s))
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
