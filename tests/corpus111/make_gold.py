#!/usr/bin/env python3
"""Write gold.json for tests/corpus111 (the hand annotation as a script).

Usage: python3 tests/corpus111/make_gold.py
Edit the annotation here, run this, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 111th, held-out test corpus (tests/corpus111/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: the materials, gases and wafers behind AI "
    "chips (industrial and specialty gases for fabs, photoresists, precursors, silicon wafers, their "
    "plants, supply contracts and subsidies). One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks vague or background mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <time datetime>, issue line or visible "
    "byline date, or null when the article has none); quarters, half-years and seasons become the year; "
    "a cancelled deal keeps the date of the original agreement or plan; a rumour that later turns into "
    "a signed deal carries only the year; 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. Parties are "
    "canonical names without legal forms (AG, GmbH, Inc., Ltd. are in the aliases). Grants that a "
    "government awards or promises to a named company are deals (kind 'other', alternative "
    "'investment'); budgets and programme totals are not. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Rüdinger & Pohl, "
    "Owyhee Cryo Freight, Hoshimura Resist, Lampasas Cryo Fabricators, Odenfels Reinstgase, Quatama "
    "Photochem Supply, Isarmoos Precursors, Brensbach Ventures, Otzberg Reinchemie, Houlong Wafer "
    "Reclaim, Kasumigaura Compute, Lumenfield Resist, Cedarholm Capital, Agua Fria Reclamation Services, "
    "Sonamu Precursor, Daebong Specialty Gases; invented publications, research houses and persons are "
    "listed in invented_names.txt and README.md; the deals of real companies are partly real, partly "
    "invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Merck": ["Merck KGaA", "EMD Electronics"],
    "Stadt Darmstadt": ["City of Darmstadt"],
    "Rüdinger & Pohl": ["Rüdinger & Pohl Industriebau GmbH", "Rüdinger & Pohl Industriebau", "Rüdinger und Pohl"],
    "Air Liquide": ["Air Liquide SA", "Air Liquide Deutschland", "Air Liquide Korea"],
    "Micron": ["Micron Technology", "Micron Technology Inc."],
    "Owyhee Cryo Freight": ["Owyhee"],
    "US Department of Commerce": ["U.S. Department of Commerce", "Department of Commerce", "Commerce Department",
                                  "US Commerce Department", "US-Handelsministerium", "Handelsministerium"],
    "Shin-Etsu Chemical": ["Shin-Etsu", "Shin-Etsu Chemical Co., Ltd.", "Shin-Etsu Chemical Co."],
    "Hoshimura Resist": ["Hoshimura", "Hoshimura Resist Co., Ltd."],
    "Mizuho Bank": ["Mizuho", "Mizuho Bank, Ltd."],
    "Linde": ["Linde plc"],
    "Samsung Electronics": ["Samsung", "Samsung Electronics Co., Ltd."],
    "Lampasas Cryo Fabricators": ["Lampasas"],
    "Odenfels Reinstgase": ["Odenfels Reinstgase GmbH", "Odenfels"],
    "JSR": ["JSR Corporation", "JSR Corp."],
    "JIC": ["Japan Investment Corporation", "Japan Investment Corp.", "Japan Investment"],
    "Quatama Photochem Supply": ["Quatama", "Quatama Photochem Supply Inc."],
    "ESMC": ["European Semiconductor Manufacturing Company", "ESMC GmbH"],
    "Unity-SC": ["Unity SC", "UnitySC"],
    "Isarmoos Precursors": ["Isarmoos", "Isarmoos Precursors GmbH"],
    "Brensbach Ventures": ["Brensbach"],
    "Siltronic": ["Siltronic AG"],
    "LBBW": ["Landesbank Baden-Württemberg"],
    "Entegris": ["Entegris Inc."],
    "Otzberg Reinchemie": ["Otzberg Reinchemie AG", "Otzberg"],
    "TSMC": ["Taiwan Semiconductor Manufacturing Co.", "Taiwan Semiconductor Manufacturing Company", "TSMC Arizona"],
    "European Investment Bank": ["EIB", "Europäische Investitionsbank", "Europäischen Investitionsbank"],
    "SUMCO": ["SUMCO Corporation", "SUMCO Corp."],
    "Houlong Wafer Reclaim": ["Houlong"],
    "GlobalWafers": ["GlobalWafers Co., Ltd.", "GlobalWafers America"],
    "Grayson College": [],
    "Infineon": ["Infineon Technologies", "Infineon Technologies AG"],
    "Lumenfield Resist": ["Lumenfield"],
    "Cedarholm Capital": ["Cedarholm"],
    "Resonac": ["Resonac Holdings", "Resonac Holdings Corporation"],
    "Kasumigaura Compute": ["Kasumigaura"],
    "Intel": ["Intel Corp.", "Intel Corporation"],
    "Bundesregierung": ["Bund", "Bundesrepublik Deutschland", "German government"],
    "Air Products": ["Air Products and Chemicals", "Air Products and Chemicals, Inc."],
    "Agua Fria Reclamation Services": ["Agua Fria Reclamation", "Agua Fria"],
    "SK hynix": ["SK hynix Inc."],
    "Sonamu Precursor": ["Sonamu"],
    "Daebong Specialty Gases": ["Daebong"],
    "GlobalFoundries": ["GlobalFoundries Inc."],
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


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_merck_werk_heinerblatt.txt"] = A(
    "2024-02-21", "from the header line 'Mittwoch, 21.02.2024'; 'am Dienstag' -> 2024-02-20", "de",
    [
        D("merck-darmstadt-plant-2024", ["Merck"], "capex_plan", 150_000_000, "EUR", "approx", "2024-02-20",
          "announced", "Rund 150 Millionen Euro will Merck in das Gebäude und die Reinraumtechnik stecken, wie "
          "Standortleiter Corbinian Aschauer am Dienstag vor rund 400 Beschäftigten in der Kantine ankündigte.",
          kind_alt=["project"],
          note="amount first; own plant of the Electronics sector, only the spender is a party; board approval the week before"),
        D("merck-ruedinger-construction", ["Merck", "Rüdinger & Pohl"], "other", 40_000_000, "EUR", "approx",
          "2024-02", "signed", "Die Griesheimer Rüdinger & Pohl Industriebau GmbH erhält dafür knapp 40 Millionen "
          "Euro, wie ein Sprecher der Baufirma am Abend bestätigte.",
          kind_alt=["supply", "project"],
          note="construction order for the shell of Merck's building ('dafür' = 'Den Rohbau', previous sentence); "
               "'knapp' = just under -> approx; award date not given -> month of the article"),
        D("darmstadt-merck-land", ["Merck", "Stadt Darmstadt"], "acquisition", None, None, None, "2024-02",
          "planned", "Das rund 2,3 Hektar große Eckgrundstück an der Frankfurter Straße, auf dem bislang ein "
          "städtischer Bauhof lag, kauft Merck der Stadt Darmstadt ab.", required=False,
          note="land purchase without a price ('Stillschweigen'), council vote still pending; optional"),
    ],
    ["rund 190 Millionen Euro", "knapp 21 Milliarden Euro", "rund 3,7 Milliarden Euro",
     "9,90 Euro"])

ARTICLES["002_airliquide_micron_treasurevalley_en.txt"] = A(
    "2024-03-12", "from the time stamp 'March 12, 2024 07:10'; 'on Monday' -> 2024-03-11", "en",
    [
        D("airliquide-micron-boise", ["Air Liquide", "Micron"], "supply", 250_000_000, "USD", "at_least",
          "2024-03-11", "signed", "Air Liquide will spend more than $250 million building and running an on-site "
          "plant that will feed ultra-pure nitrogen, oxygen and argon to Micron Technology's new memory fab in "
          "Boise, the Paris-based company said on Monday.",
          kind_alt=["capex_plan", "project"], alt=[(230_000_000, "EUR")],
          note="supplier's investment under a long-term supply contract; 007 restates it as 'rund 230 Millionen Euro' (March)"),
        D("owyhee-airliquide-haulage", ["Owyhee Cryo Freight", "Air Liquide"], "supply", 18_000_000, "USD", "exact",
          "2024-03", "signed", "Owyhee Cryo Freight, a family-owned hauler from Nampa, said it had won an $18 "
          "million contract from Air Liquide to run those deliveries for five years.",
          kind_alt=["other"], note="trucking contract; award date not given -> month of the article"),
        D("commerce-micron-chips-grant", ["US Department of Commerce", "Micron"], "other", 6_000_000_000, "USD",
          "at_least", "2024-03", "negotiating", "Micron is negotiating with the Commerce Department over a CHIPS "
          "Act grant that would come to more than $6 billion once a second site in upstate New York is "
          "included, two people involved in the discussions estimate.",
          kind_alt=["investment"],
          note="government grant to a named company, in negotiation; amount only from two sources"),
        D("micron-boise-fab", ["Micron"], "capex_plan", 15_000_000_000, "USD", "approx", "2022", "announced",
          "The investment is tied to the roughly $15 billion fab that Micron unveiled in 2022 on its campus off "
          "Federal Way, the first new memory factory in the United States in two decades.", required=False,
          kind_alt=["project"], note="background: Micron's own fab plan from 2022; optional"),
    ],
    ["€27.6 billion", "about $48 an hour", "$14 a month"])

ARTICLES["003_shinetsu_hoshimura_sagami_en.txt"] = A(
    "2024-04-24", "from the issue line 'Wednesday, April 24, 2024' (dateline 'TOKYO, April 23'); 'on Tuesday' -> "
    "2024-04-23, 'on Monday' -> 2024-04-22", "en",
    [
        D("shinetsu-isesaki-plant", ["Shin-Etsu Chemical"], "capex_plan", 83_000_000_000, "JPY", "approx",
          "2024-04-23", "announced", "Shin-Etsu Chemical will spend about ¥83 billion on a new plant in Isesaki, "
          "Gunma Prefecture, that will make photoresists, photomask blanks and other lithography materials, the "
          "company said on Tuesday.", kind_alt=["project"]),
        D("hoshimura-atsugi-line", ["Hoshimura Resist"], "capex_plan", 14_000_000_000, "JPY", "exact", "2024-04",
          "planned", "Hoshimura Resist, a Sagamihara company with about 600 employees that supplies EUV resist "
          "and rinse chemicals to foundries in Taiwan and Korea, told investors it would build a ¥14 billion "
          "purification and filling line at its plant in Atsugi.", kind_alt=["project"],
          note="own production line; date of the investor briefing not given -> month"),
        D("mizuho-hoshimura-loan", ["Mizuho Bank", "Hoshimura Resist"], "other", 9_000_000_000, "JPY", "exact",
          "2024-04-22", "signed", "Most of the money is borrowed: Mizuho Bank has agreed to lend Hoshimura ¥9 "
          "billion over ten years, the company said in a securities filing on Monday.",
          note="bank loan that finances part of the ¥14bn line; a deal of its own"),
    ],
    ["about $2.6 billion", "roughly ¥48 billion", "¥700.9 billion"])

ARTICLES["004_linde_samsung_taylor_halyard_en.txt"] = A(
    "2024-06-04", "from the time stamp 'June 4, 2024 | 14:05 GMT' and the dateline 'June 4'; 'on Tuesday' -> "
    "2024-06-04, 'late on Monday' -> 2024-06-03", "en",
    [
        D("linde-samsung-taylor", ["Linde", "Samsung Electronics"], "supply", 1_000_000_000, "USD", "at_least",
          "2024-06-04", "signed", "DANBURY, Connecticut, June 4 (Halyard) - Linde has signed a long-term "
          "agreement to supply industrial gases to Samsung Electronics' semiconductor plant in Taylor, Texas, "
          "and will invest more than $1 billion in two air separation units and a hydrogen facility at the "
          "site, the industrial gas maker said on Tuesday.",
          kind_alt=["capex_plan", "project"], alt=[(900_000_000, "EUR")],
          note="supplier's investment under a long-term supply agreement; 005 gives 'mehr als 900 Millionen Euro' "
               "(month only), 008 restates it without an amount"),
        D("linde-lampasas-coldboxes", ["Linde", "Lampasas Cryo Fabricators"], "supply", 60_000_000, "USD",
          "approx", "2024-06-03", "signed", "Lampasas Cryo Fabricators, a privately held builder of cold boxes "
          "and cryogenic storage tanks, disclosed in a notice to its bondholders late on Monday that Linde had "
          "hired it for about $60 million of equipment for the Taylor project.",
          note="'it' = Lampasas; equipment order within the Samsung project, a deal of its own"),
        D("samsung-texas-capex", ["Samsung Electronics"], "capex_plan", 40_000_000_000, "USD", "at_least", None,
          "planned", "Samsung has said it will spend more than $40 billion in central Texas by 2030, expanding "
          "the Taylor project from a single fab into a cluster that will include an advanced packaging plant and "
          "a research facility.", required=False, kind_alt=["project"],
          note="background plan, undated; optional"),
        D("commerce-samsung-chips-grant", ["US Department of Commerce", "Samsung Electronics"], "other",
          6_400_000_000, "USD", "up_to", "2024-04", "announced", "In April the Commerce Department offered the "
          "South Korean company up to $6.4 billion in grants under the CHIPS and Science Act for the build-out.",
          required=False, kind_alt=["investment"],
          note="background grant offer ('the South Korean company' = Samsung); optional"),
    ],
    ["$431.20", "around $207 billion", "$32.9 billion", "$7.9 billion"])

ARTICLES["005_linde_odenfels_parkettfuchs.txt"] = A(
    "2024-06-19", "from the time stamp '19.06.2024 - 11:42:07'; 'am Dienstag' -> 2024-06-18; 'Anfang Juni' -> "
    "2024-06", "de",
    [
        D("linde-odenfels", ["Linde", "Odenfels Reinstgase"], "acquisition", 65_000_000, "EUR", "approx",
          "2024-06-18", "signed", "Für rund 65 Millionen Euro übernimmt Linde die Odenfels Reinstgase GmbH aus "
          "Michelstadt, einen Abfüller und Händler hochreiner Spezialgase für Labore und Halbleiterfertigungen.",
          note="amount first; signed 'am Dienstag' (next sentence), antitrust approval pending"),
        D("linde-samsung-taylor", ["Linde", "Samsung Electronics"], "supply", 900_000_000, "EUR", "at_least",
          "2024-06", "signed", "Anfang Juni hatte der Konzern einen langfristigen Liefervertrag mit Samsung "
          "Electronics für dessen Chipwerk im texanischen Taylor geschlossen und will dort umgerechnet mehr als "
          "900 Millionen Euro in Luftzerlegungsanlagen und eine Wasserstoffanlage stecken.",
          kind_alt=["capex_plan", "project"],
          note="'der Konzern' = Linde; same deal as 004 (USD 1bn+), here in EUR and with the month only"),
    ],
    ["31 Mio. Euro", "398,15 €", "440 Euro", "rund 190 Milliarden Euro"])

ARTICLES["006_jsr_quatama_kabutocho_en.html"] = A(
    "2024-07-05", "from <time datetime> and the byline 'July 5, 2024 06:30 JST'; 'on Thursday' -> 2024-07-04", "en",
    [
        D("jsr-quatama", ["JSR", "Quatama Photochem Supply"], "acquisition", 210_000_000, "USD", "exact",
          "2024-07-04", "signed", "JSR agreed on Thursday to buy Quatama Photochem Supply, a Hillsboro, Oregon, "
          "distributor that stores, blends and delivers lithography chemicals to fabs in the Pacific Northwest "
          "and Arizona, for $210 million in cash.", note="closing expected in the autumn"),
        D("jic-jsr-takeover", ["JIC", "JSR"], "acquisition", 909_000_000_000, "JPY", "exact", "2023-06",
          "completed", "The state-backed fund Japan Investment Corporation took full control of JSR after its "
          "¥909 billion tender offer, first announced in June 2023, was completed in late June, leaving the fund "
          "free to reshape an industry that officials in Tokyo regard as strategic.",
          note="completed in late June 2024; date = announcement 'in June 2023'; the ¥4,350 per-share price is a not_deal"),
    ],
    ["roughly $145 million", "¥4,350 per share", "¥404.9 billion", "¥1,980 a month"])

ARTICLES["007_airliquide_esmc_prozessgas.txt"] = A(
    "2024-09-12", "from the issue line 'Ausgabe 37/2024 · 12. September 2024'; 'am Montag' -> 2024-09-09; 'Im "
    "März' -> 2024-03", "de",
    [
        D("airliquide-esmc-dresden", ["Air Liquide", "ESMC"], "supply", 200_000_000, "EUR", "approx",
          "2024-09-09", "signed", "Dafür nimmt Air Liquide rund 200 Millionen Euro in die Hand – nach "
          "Branchenschätzungen die größte Einzelinvestition eines Gaseherstellers in Ostdeutschland seit der "
          "Wende.", kind_alt=["capex_plan", "project"],
          note="supply contract with ESMC signed 'am Montag' (first paragraph); 'Dafür' = the on-site air "
               "separation plant for ESMC (previous sentence); the supplier's investment is the amount"),
        D("airliquide-micron-boise", ["Air Liquide", "Micron"], "supply", 230_000_000, "EUR", "approx", "2024-03",
          "signed", "Im März hatten sie zugesagt, umgerechnet rund 230 Millionen Euro in eine Gasanlage für das "
          "neue Speicherchipwerk von Micron im amerikanischen Boise zu investieren.",
          kind_alt=["capex_plan", "project"],
          note="'sie' = 'die Franzosen' = Air Liquide; same deal as 002 (more than $250m), here in EUR and month only"),
        D("esmc-dresden-fab", ["ESMC"], "capex_plan", 10_000_000_000, "EUR", "approx", None, "planned",
          "ESMC selbst plant mit Gesamtkosten von rund zehn Milliarden Euro für das Werk, in dem vom Jahr 2027 "
          "an Chips für die Auto- und Industrieelektronik entstehen sollen.", required=False,
          kind_alt=["project"], note="background: total cost of the customer's fab, amount in words; optional"),
    ],
    ["13,5 Milliarden Euro", "rund 60 Dollar je Kubikmeter", "17 Cent je Kilowattstunde",
     "149 Euro"])

ARTICLES["008_wochenrueckblick_werkstofftelegramm.txt"] = A(
    "2024-10-25", "from the issue line 'KW 43 / Freitag, 25. Oktober 2024'; 'am Mittwoch' -> 2024-10-23, 'am "
    "Dienstag' -> 2024-10-22, 'vergangene Woche' -> 2024-10, 'im Juli' -> 2024-07", "de",
    [
        D("merck-unity-sc", ["Merck", "Unity-SC"], "acquisition", 155_000_000, "EUR", "exact", "2024-07",
          "completed", "Angekündigt hatte der Konzern den Kauf für 155 Millionen Euro im Juli; gut drei Monate "
          "später liegen nun alle Freigaben vor.",
          note="'der Konzern' = Merck, 'den Kauf' = Unity-SC (previous sentence); completed ('vollzogen'), date "
               "= announcement in July; 'gut drei Monate später' is relative to it"),
        D("isarmoos-seriesb", ["Brensbach Ventures", "Isarmoos Precursors"], "investment", 42_000_000, "EUR",
          "exact", "2024-10-23", "completed", "Das Freisinger Start-up Isarmoos Precursors, das metallorganische "
          "Ausgangsstoffe für die Atomlagenabscheidung entwickelt, hat am Mittwoch eine Serie-B-Runde über 42 "
          "Millionen Euro unter Dach gebracht.",
          note="lead investor Brensbach Ventures in the next sentence; M Ventures participates; the rumoured "
               "valuation is a not_deal"),
        D("siltronic-schuldschein-2024", ["Siltronic", "LBBW"], "other", 250_000_000, "EUR", "exact", "2024-10",
          "completed", "Siltronic hat sich vergangene Woche per Schuldschein 250 Millionen Euro bei Investoren "
          "besorgt, arrangiert von der LBBW.",
          note="promissory-note loan (Schuldschein) arranged by LBBW; 'vergangene Woche' -> month"),
        D("commerce-entegris-award", ["US Department of Commerce", "Entegris"], "other", 75_000_000, "USD",
          "up_to", "2024-10-22", "announced", "Das US-Handelsministerium hat Entegris am Dienstag Zuschüsse von "
          "bis zu 75 Millionen Dollar für ein neues Werk in Colorado Springs in Aussicht gestellt.",
          kind_alt=["investment"], note="preliminary government grant to a named company"),
        D("linde-samsung-taylor", ["Linde", "Samsung Electronics"], "supply", None, None, None, "2024-06",
          "signed", "Linde meldet Fortschritte in Texas: Für die im Juni mit Samsung vereinbarte Gasversorgung "
          "der Chipfabrik in Taylor ist das Fundament der ersten Luftzerlegungsanlage gegossen.", required=False,
          kind_alt=["capex_plan", "project"],
          note="restatement of the June contract (004, 005) without an amount; optional"),
    ],
    ["rund 180 Millionen Euro", "rund 360 Millionen Euro", "1,2 Milliarden Dollar",
     "25.000 Euro"])

ARTICLES["009_otzberg_tsmc_nebenwertelotse.txt"] = A(
    "2024-11-05", "from the time stamp '05.11.2024, 08:37 Uhr'; 'am Montagabend' -> 2024-11-04", "de",
    [
        D("otzberg-tsmc-supply", ["Otzberg Reinchemie", "TSMC"], "supply", 480_000_000, "EUR", "exact",
          "2024-11-04", "signed", "Das Volumen beziffert der Vorstand auf 480 Millionen Euro; beliefert werden "
          "die Fabriken von TSMC in Arizona und im japanischen Kumamoto mit hochreinen Ätz- und "
          "Reinigungslösungen, erste Lieferungen sind für das Frühjahr 2025 vorgesehen.",
          term=["2025", None], alt=[(520_000_000, "USD")],
          note="six-year contract announced by ad hoc release 'am Montagabend'; 'der Vorstand' = Otzberg's board "
               "(previous sentence names Otzberg and TSMC); 010 gives about US$520m, 017 restates €480m"),
        D("eib-otzberg-loan", ["European Investment Bank", "Otzberg Reinchemie"], "other", 120_000_000, "EUR",
          "up_to", "2024-11", "negotiating", "Das Unternehmen verhandelt nach eigenen Angaben mit der Europäischen "
          "Investitionsbank über ein Darlehen von bis zu 120 Millionen Euro, mit dem ein neues Reinstwerk im "
          "benachbarten Babenhausen finanziert werden soll.",
          note="'Das Unternehmen' = Otzberg; loan talks; 017 reports it signed at €120m"),
    ],
    ["212 Mio. Euro", "48 Euro", "610 Millionen Euro",
     "40,60 €", "3,90 Euro pro Order"])

ARTICLES["010_sumco_houlong_zhubei_en.txt"] = A(
    "2024-11-21", "from 'Posted : 2024/11/21 18:05'; 'yesterday' / 'on Wednesday evening' -> 2024-11-20; 'Earlier "
    "this month' -> 2024-11", "en",
    [
        D("sumco-houlong-jv", ["SUMCO", "Houlong Wafer Reclaim"], "joint_venture", 3_200_000_000, "TWD", "exact",
          "2024-11-20", "signed", "The partners will set up a joint venture with NT$3.2 billion (about US$99 "
          "million) in capital, SUMCO holding 51 percent and Houlong the rest, according to a filing Houlong made "
          "with the Taipei Exchange on Wednesday evening.", alt=[(99_000_000, "USD")],
          note="capital of the joint venture; agreement reported as 'said yesterday'"),
        D("otzberg-tsmc-supply", ["Otzberg Reinchemie", "TSMC"], "supply", 520_000_000, "USD", "approx", "2024-11",
          "signed", "Earlier this month TSMC signed a six-year deal worth about US$520 million with Otzberg "
          "Reinchemie, a German maker of high-purity etching and cleaning solutions, to supply its fabs in "
          "Arizona and Kumamoto, the German company said.",
          note="same deal as 009 (€480m), here in USD with the month only"),
    ],
    ["US$25 to US$40 apiece", "NT$1.1 billion", "NT$314.24 billion", "NT$1.8 million"])

ARTICLES["011_globalwafers_sherman_texoma_en.html"] = A(
    "2024-12-19", "from the byline 'Thu., Dec. 19, 2024' and <meta parsely-pub-date>; 'on Tuesday' -> 2024-12-17",
    "en",
    [
        D("commerce-globalwafers-award", ["US Department of Commerce", "GlobalWafers"], "other", 406_000_000,
          "USD", "up_to", "2024-12-17", "signed", "The U.S. Department of Commerce on Tuesday finalized a grant of "
          "up to $406 million for GlobalWafers, the Taiwanese company building a plant in Sherman that will turn "
          "out 300-millimeter silicon wafers, the thin discs on which computer chips are made.",
          kind_alt=["investment"], alt=[(390_000_000, "EUR")],
          note="finalized CHIPS Act grant; 012 restates it with the month and 'rund 390 Millionen Euro'"),
        D("globalwafers-us-capex", ["GlobalWafers"], "capex_plan", 4_000_000_000, "USD", "approx", "2024-12",
          "planned", "GlobalWafers said it plans to put about $4 billion into the two sites in total, most of it "
          "in Sherman.", kind_alt=["project"],
          note="own spending plan for Sherman and St. Peters, stated with the award; month of the article"),
        D("globalwafers-grayson-pledge", ["GlobalWafers", "Grayson College"], "other", 2_500_000, "USD", "exact",
          "2024-12-17", "signed", "At the same event, the company signed a $2.5 million pledge to Grayson "
          "College to fund a clean-room technician program over five years.", kind_alt=["investment"],
          note="'the company' = GlobalWafers; 'the same event' = Tuesday's ceremony"),
    ],
    ["around $52,000 a year", "$187 million", "NT$70.7 billion"])

ARTICLES["012_siltronic_kommentar_finanzfeder.txt"] = A(
    "2025-01-14", "from the dateline 'Frankfurt, 14. Januar (ff)', which has no year; the year follows from 'im "
    "Dezember 2024' (last month) and the outlook for 'das erste Halbjahr 2025'", "de",
    [
        D("commerce-globalwafers-award", ["US Department of Commerce", "GlobalWafers"], "other", 406_000_000,
          "USD", "up_to", "2024-12", "signed", "Das US-Handelsministerium gewährt dem Unternehmen bis zu 406 "
          "Millionen Dollar (umgerechnet rund 390 Millionen Euro) für die neuen Werke in Sherman und im "
          "Bundesstaat Missouri.", kind_alt=["investment"], alt=[(390_000_000, "EUR")],
          note="'dem Unternehmen' = GlobalWafers (previous sentence, 'im Dezember 2024'); same grant as 011"),
        D("globalwafers-siltronic-bid", ["GlobalWafers", "Siltronic"], "acquisition", 4_350_000_000, "EUR",
          "exact", None, "cancelled", "Das Übernahmeangebot von GlobalWafers für Siltronic über 4,35 Milliarden "
          "Euro scheiterte Anfang 2022 – das Bundeswirtschaftsministerium hatte bis zum Ablauf der Frist nicht "
          "zugestimmt.", required=False,
          note="background: failed takeover; the date of the original offer is not given; optional"),
        D("siltronic-infineon-talks", ["Siltronic", "Infineon"], "supply", 1_000_000_000, "EUR", "range",
          "2025-01", "negotiating", "Nach unseren Informationen verhandelt Siltronic mit Infineon über einen "
          "mehrjährigen Liefervertrag für 300-Millimeter-Wafer im Volumen zwischen 1,0 und 1,2 Milliarden Euro.",
          amount_max=1_200_000_000,
          note="talks reported by the analyst ('Nach unseren Informationen'), not confirmed by the companies"),
    ],
    ["rund 1,4 Milliarden Euro", "etwa 500 Millionen Euro", "55 Euro", "47,30 Euro", "gut 1,4 Milliarden Euro"])

ARTICLES["013_cleanroom_ledger_issue88_en.txt"] = A(
    "2025-03-13", "from the issue line 'Issue 88 — Thursday, 13 March 2025'; 'on Tuesday' -> 2025-03-11; 'last "
    "week' -> 2025-03", "en",
    [
        D("merck-hoshimura", ["Merck", "Hoshimura Resist"], "acquisition", 120_000_000_000, "JPY", "approx",
          "2025", "rumored", "Merck KGaA is exploring a takeover of Hoshimura Resist, the Sagamihara specialist "
          "in EUV photoresists, for around ¥120 billion, three people with knowledge of the deliberations told "
          "the Ledger.", alt=[(730_000_000, "EUR"), (790_000_000, "USD")],
          note="rumour; 014 reports the signing (rund 730 Millionen Euro, 2025-06-16), 018 the closing ($790m); "
               "the year keeps the shared id's dates consistent"),
        D("lumenfield-seriesc", ["Cedarholm Capital", "Lumenfield Resist"], "investment", 85_000_000, "USD",
          "exact", "2025-03-11", "completed", "Metal-oxide resist developer Lumenfield Resist closed an $85 "
          "million Series C on Tuesday, led by Cedarholm Capital of Menlo Park.",
          note="lead investor listed; Resonac joined; the valuation is a not_deal"),
        D("resonac-lumenfield-jda", ["Resonac", "Lumenfield Resist"], "partnership", None, None, None, "2025-03",
          "signed", "Separately, Resonac signed a joint-development agreement with Lumenfield on metal-oxide "
          "resist chemistry; neither side put a number on it.",
          note="partnership without an amount; date not given -> month of the issue"),
        D("resonac-kasumigaura-compute", ["Resonac", "Kasumigaura Compute"], "cloud_contract", 540_000_000, "JPY",
          "approx", "2025-03", "signed", "Resonac last week signed a three-year compute agreement with Kasumigaura "
          "Compute, an Ibaraki-based GPU cloud operator, under which it will pay about ¥540 million a quarter for "
          "reserved capacity from April.", per="quarter", term=["2025-04", "2028"],
          note="quarterly rate over three years from April"),
    ],
    ["about ¥96 billion", "$380 million", "about $610 million", "$2.9 billion", "$18 monthly",
     ])

ARTICLES["014_merck_hoshimura_werkbank.txt"] = A(
    "2025-06-17", "from the date line 'Dienstag, 17. Juni 2025'; 'am Montag' -> 2025-06-16", "de",
    [
        D("merck-hoshimura", ["Merck", "Hoshimura Resist"], "acquisition", 730_000_000, "EUR", "approx",
          "2025-06-16", "signed", "Merck übernimmt den japanischen Fotolackhersteller Hoshimura Resist für rund "
          "730 Millionen Euro.", alt=[(120_000_000_000, "JPY")],
          note="signed 'am Montag' (next sentence); 'etwa 120 Milliarden Yen' in the same paragraph; the "
               "per-share price is a not_deal"),
    ],
    ["3.950 Yen je Aktie", "etwa 190 Millionen Euro", "112,40 Euro", "gut 49 Milliarden Euro",
     "zwischen 20,5 und 22,1 Milliarden Euro"])

ARTICLES["015_intel_magdeburg_ticker_boerdeecho.txt"] = A(
    "2025-07-25", "from the ticker head 'Freitag, 25.07.2025'; entries with times only; 'Fünfzehn Monate später' "
    "after March 2022 -> 2023-06; 'Ende 2023' -> 2023", "de",
    [
        D("intel-magdeburg", ["Intel"], "capex_plan", 30_000_000_000, "EUR", "exact", "2023-06", "cancelled",
          "Fünfzehn Monate später unterschrieben Konzernchef Pat Gelsinger und Bundeskanzler Olaf Scholz in "
          "Berlin eine Vereinbarung über das inzwischen 30-Milliarden-Euro-Projekt.", kind_alt=["project"],
          note="amount in a compound; date relative to 'Im März 2022' in the previous sentence; cancelled now; "
               "the spender only (the subsidy is a separate deal)"),
        D("intel-magdeburg-2022", ["Intel"], "capex_plan", 17_000_000_000, "EUR", "approx", "2022-03",
          "cancelled", "Zur Erinnerung die Vorgeschichte: Im März 2022 hatte Intel Magdeburg als Standort für "
          "seine erste europäische Großfabrik ausgewählt, damals war von 17 Milliarden Euro die Rede.",
          required=False, kind_alt=["project"],
          note="the first, superseded figure of the same plan; optional"),
        D("bund-intel-subsidy", ["Bundesregierung", "Intel"], "other", 9_900_000_000, "EUR", "exact", None,
          "cancelled", "Für das Projekt hatte der Bund Intel Subventionen von 9,9 Milliarden Euro versprochen, "
          "geflossen ist davon kein Cent.", kind_alt=["investment"],
          note="promised grant, never paid and now void; the entry gives no date"),
        D("linde-intel-magdeburg", ["Linde", "Intel"], "supply", 300_000_000, "EUR", "approx", "2023",
          "cancelled", "Ende 2023 hatte Linde den Zuschlag für die Gasversorgung des Werks bekommen und wollte auf "
          "dem Gelände rund 300 Millionen Euro in eine Luftzerlegungsanlage und eine Stickstoffleitung "
          "investieren.", kind_alt=["capex_plan", "project"],
          note="Intel named in the next sentence ('Der Vertrag mit Intel sei nun hinfällig'); 'Ende 2023' -> year"),
    ],
    ["20,70 Dollar", "2,9 Milliarden Dollar", "gut 100 Milliarden Euro", "11,99 Euro monatlich"])

ARTICLES["016_airproducts_tsmc_camelback_en.txt"] = A(
    "2025-09-11", "from the time stamp 'Sep 11, 2025, 5:58am MST'; 'said Wednesday' -> 2025-09-10; 'In August' -> "
    "2025-08; 'In March' -> 2025-03", "en",
    [
        D("airproducts-tsmc-arizona", ["Air Products", "TSMC"], "supply", 500_000_000, "USD", "approx",
          "2025-09-10", "signed", "Air Products will invest about $500 million to expand the gas complex that "
          "serves TSMC Arizona's fabs in north Phoenix, the company said Wednesday.",
          kind_alt=["capex_plan", "project"],
          note="supplier's investment with a long-term supply agreement (next sentence)"),
        D("tsmc-us-165bn", ["TSMC"], "capex_plan", 165_000_000_000, "USD", "exact", "2025-03", "announced",
          "In March the Taiwanese chipmaker raised its total planned spending in the United States to $165 "
          "billion, including additional fabs, a pair of advanced-packaging facilities and an R&D center.",
          required=False, kind_alt=["project"], note="background: TSMC's US total; optional"),
        D("tsmc-aguafria-water", ["TSMC", "Agua Fria Reclamation Services"], "supply", 2_400_000, "USD", "approx",
          "2025-08", "signed", "In August, TSMC Arizona signed a 12-year agreement under which Agua Fria "
          "Reclamation Services, a Glendale-based operator of industrial treatment plants, will clean and return "
          "wastewater from the fabs for roughly $2.4 million a month.", per="month", kind_alt=["other"],
          note="monthly rate of a 12-year water-treatment contract; 'TSMC Arizona' = TSMC"),
    ],
    ["$12.1 billion", "$289.60", "about $68 a month", "NT$398.3 billion"])

ARTICLES["017_otzberg_interview_kolbenkapital.txt"] = A(
    None, "no date anywhere in the article (only 'Lesezeit: 7 Minuten')", "de",
    [
        D("otzberg-tsmc-supply", ["Otzberg Reinchemie", "TSMC"], "supply", 480_000_000, "EUR", "exact", None,
          "signed", "Dass wir mit TSMC einen Vertrag über 480 Millionen Euro für sechs Jahre haben, hat uns "
          "plötzlich sichtbar gemacht.", note="restatement of the 2024 contract (009, 010); 'wir' = Otzberg"),
        D("otzberg-babenhausen-plant", ["Otzberg Reinchemie"], "capex_plan", 180_000_000, "EUR", "approx", None,
          "planned", "Das Werk kostet uns alles in allem rund 180 Millionen Euro, wir wollen Ende nächsten Jahres "
          "die ersten Chargen abfüllen.", kind_alt=["project"],
          note="'uns' = Otzberg; the new plant in Babenhausen (previous answer); undated interview"),
        D("eib-otzberg-loan", ["European Investment Bank", "Otzberg Reinchemie"], "other", 120_000_000, "EUR",
          "exact", None, "signed", "Die Europäische Investitionsbank leiht uns 120 Millionen Euro, der Vertrag ist "
          "seit ein paar Wochen unterschrieben.",
          note="the loan negotiated in 009 ('bis zu 120 Millionen Euro') is now signed; 'uns' = Otzberg; undated"),
        D("otzberg-samsung-framework", ["Otzberg Reinchemie", "Samsung Electronics"], "supply", 35_000_000, "EUR",
          "approx", None, "signed", "Mit Samsung haben wir seit dem Sommer einen Rahmenvertrag für die Werke in "
          "Pyeongtaek, der uns jährlich rund 35 Millionen Euro Umsatz bringt.", per="year",
          note="yearly revenue from a framework supply contract; 'seit dem Sommer' without a year -> null"),
    ],
    ["rund 260 Millionen Euro", "rund 48.000 Euro im Jahr", "14,80 Euro"])

ARTICLES["018_merck_note_tamarindbay_en.txt"] = A(
    "2026-01-22", "from the header '22 January 2026'; 'agreed last June' -> 2025-06; 'on Wednesday' -> 2026-01-21",
    "en",
    [
        D("merck-hoshimura", ["Merck", "Hoshimura Resist"], "acquisition", 790_000_000, "USD", "exact", "2025-06",
          "completed", "First, the $790 million acquisition of Hoshimura Resist, agreed last June, closed on 9 "
          "January after the last antitrust clearance came through from Beijing.",
          note="closing of the deal signed in 014; the buyer (Merck KGaA) is the subject of the note; date = "
               "agreement 'last June'"),
        D("merck-kaohsiung-2026", ["Merck"], "capex_plan", 600_000_000, "EUR", "exact", "2026-01-21", "announced",
          "Second, at its capital markets day in Darmstadt on Wednesday, management committed €600 million to its "
          "Kaohsiung site in southern Taiwan for 2026–2030, mostly for deposition precursors, specialty gases and "
          "a new logistics hub for customers in the Southern Taiwan Science Park.",
          term=["2026", "2030"], kind_alt=["project"],
          note="'management' = Merck's; the analyst's own assumption (€350m) is a not_deal"),
    ],
    ["€118.65", "€138", "about €3.9 billion", "roughly €350 million", "€1.15 billion"])

ARTICLES["019_linde_micron_wuermtal.html"] = A(
    "2026-05-13", "from the visible line '13.05.2026 | 09:20' and <meta name=date>; 'am Dienstag' -> 2026-05-12",
    "de",
    [
        D("linde-micron-clay", ["Linde", "Micron"], "supply", 1_200_000_000, "USD", "approx", "2026-05-12",
          "signed", "Linde wird für Microns geplante Speicherchipfabrik in Clay bei Syracuse rund 1,2 Milliarden "
          "Dollar in Gasanlagen investieren, teilte der Konzern am Dienstag in Pullach mit.",
          kind_alt=["capex_plan", "project"], alt=[(1_000_000_000, "EUR")],
          note="supplier's investment with Micron's long-term offtake (same paragraph); 'gut eine Milliarde "
               "Euro' in the next sentence; different from Linde's Samsung and Intel contracts"),
        D("micron-clay-plan", ["Micron"], "capex_plan", 100_000_000_000, "USD", "up_to", None, "planned",
          "Micron will in Clay in den kommenden zwei Jahrzehnten bis zu 100 Milliarden Dollar in bis zu vier "
          "Fabriken stecken, die vor allem Speicher für KI-Rechenzentren fertigen sollen.", required=False,
          kind_alt=["project"], note="background: the customer's long-term plan; optional"),
        D("linde-globalfoundries-dresden", ["Linde", "GlobalFoundries"], "other", None, None, None, "2026-05-12",
          "signed", "Gleichzeitig meldete Linde einen Schritt in Sachsen: Der Konzern übernimmt den Betrieb der "
          "bislang werkseigenen Stickstoffversorgung am Dresdner Standort von GlobalFoundries.",
          kind_alt=["supply", "acquisition"],
          note="takeover of an on-site nitrogen operation, no amount ('Finanzielle Details nannten die Partner "
               "nicht'); announced together with the Micron deal ('Gleichzeitig')"),
        D("linde-sonamu-denied", ["Linde", "Sonamu Precursor"], "acquisition", 1_500_000_000_000, "KRW", "approx",
          "2026-05", "rumored", "Dort hatten Zeitungen geschrieben, Linde wolle den Precursor-Hersteller Sonamu "
          "Precursor für rund 1,5 Billionen Won (gut 900 Millionen Euro) übernehmen.", required=False,
          alt=[(900_000_000, "EUR")], note="press rumour denied by Linde (next sentence); optional"),
    ],
    ["381,20 Euro", "8,4 Milliarden Dollar", "rund fünf Milliarden Dollar",
     "7,90 Euro im Monat"])

ARTICLES["020_skhynix_sonamu_gyeonggi_en.txt"] = A(
    "2026-11-18", "from the time stamp '2026.11.18 16:22'; 'on Tuesday' -> 2026-11-17; 'In May' -> 2026-05; 'last "
    "week' (SUMCO) refers to the shelving, the plan dates from 'February 2025'", "en",
    [
        D("sonamu-skhynix-supply", ["Sonamu Precursor", "SK hynix"], "supply", 184_000_000_000, "KRW", "exact",
          "2026-11-17", "signed", "Sonamu Precursor, a Cheonan-based maker of the chemicals used to deposit "
          "ultra-thin films inside memory chips, has signed a three-year contract to supply SK hynix worth 184 "
          "billion won ($126 million), according to a disclosure it filed with the exchange on Tuesday.",
          term=["2027-01", "2029"], alt=[(126_000_000, "USD")],
          note="term from the next sentence ('from January 2027 through the end of 2029')"),
        D("linde-sonamu-denied", ["Linde", "Sonamu Precursor"], "acquisition", None, None, None, "2026-05",
          "rumored", "In May, local media reported that Germany's Linde was preparing a bid for Sonamu, which "
          "Linde denied.", required=False, note="the denied rumour of 019, without an amount; optional"),
        D("airliquide-daebong-talks", ["Air Liquide", "Daebong Specialty Gases"], "acquisition", 400_000_000_000,
          "KRW", "range", "2026-11", "negotiating", "France's Air Liquide is in talks to acquire Daebong Specialty "
          "Gases, a Pyeongtaek-based supplier of nitrogen trifluoride and tungsten hexafluoride, for between 400 "
          "billion won and 500 billion won, according to two investment bankers involved in the process.",
          amount_max=500_000_000_000, note="talks reported by two bankers; Air Liquide Korea declines to comment"),
        D("sumco-imari-phase2", ["SUMCO"], "capex_plan", 100_000_000_000, "JPY", "approx", "2025-02", "cancelled",
          "SUMCO said last week it would shelve the roughly ¥100 billion second phase of its wafer expansion at "
          "Imari, first unveiled in February 2025, citing weak demand for 300-millimeter wafers outside "
          "AI-related logic and memory.", kind_alt=["project"],
          note="shelved plan keeps the date of the original plan ('first unveiled in February 2025')"),
    ],
    ["302 billion won", "about 980 billion won", "17.2 trillion won",
     "more than 3 million won per kilogram"])


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
