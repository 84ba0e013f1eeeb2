#!/usr/bin/env python3
"""Write gold.json for corpus46 (the hand annotation as a script: edit here, then run).

Usage: python3 tests/corpus46/make_gold.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the forty-sixth, held-out test corpus (tests/corpus46/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: US hyperscalers' power and capital spending (nuclear and gas "
    "power deals, yearly capex plans, data-centre campus pledges, utility deals). One entry per article; a deal "
    "that several articles report carries the same id in each. 'required': false marks deals reported without "
    "an amount and vague or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts "
    "are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range. "
    "'alt_amounts' gives the same deal's amount in another currency or at another basis (e.g. including debt). "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date line, byline, dateline or meta tag, "
    "or null when the article has none); 'term' is the period the deal covers, where the text gives years; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence "
    "and not_deals occur in the visible text (check_corpus_gold.visible_text). The companies and their deals are "
    "real but retold with shifted wording, and some figures and dates are shifted; publications, reporters, "
    "analysts, research houses and advertisers are invented (invented_names.txt). Nothing here is reporting."
)

ALIASES = {
    "Amazon": ["Amazon", "AWS", "Amazon Web Services", "Amazon.com"],
    "Entergy": ["Entergy", "Entergy Mississippi", "Entergy Louisiana", "Entergy Arkansas"],
    "Talen Energy": ["Talen Energy", "Talen", "Talen Energy Corp."],
    "Vistra": ["Vistra", "Vistra Corp.", "Vistra Vision"],
    "Energy Harbor": ["Energy Harbor"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Foxconn": ["Foxconn", "Hon Hai"],
    "Brookfield": ["Brookfield", "Brookfield Renewable", "Brookfield Asset Management"],
    "Constellation Energy": ["Constellation Energy", "Constellation"],
    "Google": ["Google", "Alphabet", "Google Cloud"],
    "Kairos Power": ["Kairos Power", "Kairos"],
    "X-energy": ["X-energy"],
    "Dominion Energy": ["Dominion Energy", "Dominion"],
    "Meta": ["Meta", "Meta Platforms", "Facebook"],
    "Calpine": ["Calpine"],
    "Lotus Infrastructure Partners": ["Lotus Infrastructure Partners", "Lotus"],
    "Blackstone": ["Blackstone"],
    "NextEra Energy": ["NextEra Energy", "NextEra"],
    "Intersect Power": ["Intersect Power", "Intersect"],
    "TPG": ["TPG", "TPG Rise Climate"],
    "Jane Street": ["Jane Street"],
}

B, M = 1_000_000_000, 1_000_000


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, alt=None, term=None, kind_alt=None, note=None, per=None):
    d = {"id": id, "parties": parties, "kind": kind}
    if kind_alt:
        d["kind_alt"] = kind_alt
    d.update({"amount": amount, "amount_max": amount_max, "currency": currency if amount else None,
              "qualifier": qualifier if amount else None, "date": date})
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    d.update({"status": status, "required": required})
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


A = {}

A["001_amazon_mississippi_dunleary_en.txt"] = {
    "published": "2024-01-29",
    "published_note": "clean date line 'Monday, January 29, 2024'; 'on Friday' -> 2024-01-26",
    "language": "en",
    "deals": [
        D("amazon-mississippi-2024", ["Amazon"], "capex_plan", 10 * B, "USD", "exact", "2024-01-26", "planned",
          "Amazon Web Services intends to spend $10 billion on two data-center campuses in Madison County, Gov. Tate Reeves announced on Friday, calling it the largest single capital commitment Mississippi has ever landed."),
        D("entergy-mississippi-amazon", ["Entergy", "Amazon"], "supply", None, None, None, "2024-01", "announced",
          "Entergy Mississippi will supply the campuses with electricity and said it plans to add new solar capacity to serve them; neither side disclosed terms.",
          required=False, note="no amount; announced together with the campus plan (month only)"),
    ],
    "not_deals": ["$66,000 a year", "$44 million", "$78.4 million", "$23.1 billion", "$159.12", "$149",
                  "$12.99 a month"],
}

A["002_talen_cumulus_kilmurray.txt"] = {
    "published": "2024-03-06",
    "published_note": "portal time stamp '06.03.2024, 08:41 Uhr' (a Wednesday); 'am Montag' -> 2024-03-04; 'am vergangenen Freitag' -> 2024-03-01",
    "language": "de",
    "deals": [
        D("talen-amazon-cumulus-2024", ["Talen Energy", "Amazon"], "acquisition", 650 * M, "USD", "exact",
          "2024-03-04", "completed",
          "Der Cloud-Anbieter zahlt dafür 650 Millionen Dollar (rund 600 Millionen Euro), wie Talen am Montag mitteilte.",
          alt=[(600 * M, "EUR")], kind_alt=["supply"],
          note="AWS buys Talen's Cumulus campus (first Talen-Amazon deal, not the 2025 PPA); the power supply tied to it has no price; sale 'bereits vollzogen' -> completed"),
        D("vistra-energy-harbor", ["Vistra", "Energy Harbor"], "acquisition", 3.43 * B, "USD", "exact",
          "2024-03-01", "completed",
          "Der Kaufpreis für den Betreiber dreier Kernkraftwerke in Ohio und Pennsylvania lag bei 3,43 Milliarden Dollar.",
          note="parties and 'am vergangenen Freitag abgeschlossen' in the previous sentence"),
    ],
    "not_deals": ["700 bis 800 Millionen Dollar", "89,50 Dollar", "120 Dollar", "1 Euro je Auftrag"],
}

A["003_microsoft_wisconsin_lochanside_en.html"] = {
    "published": "2024-05-09",
    "published_note": "<meta property='article:published_time' content='2024-05-09...'>, JSON-LD and byline 'May 9, 2024'; 'said Wednesday' -> 2024-05-08",
    "language": "en",
    "deals": [
        D("microsoft-wisconsin-2024", ["Microsoft"], "capex_plan", 3.3 * B, "USD", "exact", "2024-05-08", "planned",
          "Microsoft plans to pour $3.3 billion into a cloud computing and artificial-intelligence campus in Racine County by the end of 2026, the company said Wednesday during a visit by President Joe Biden to the village.",
          term=[None, "2026"], note="first Microsoft Wisconsin plan; the 2025 plan for a second data centre (016) is a different deal"),
        D("foxconn-wisconsin-2017", ["Foxconn"], "capex_plan", 10 * B, "USD", "exact", "2017", "announced",
          "The site sits on land that was once earmarked for Foxconn, whose 2017 promise to spend $10 billion on a display factory here shrank to a fraction of that.",
          required=False, note="old background pledge, largely not carried out"),
    ],
    "not_deals": ["$3 billion", "$80 million", "$1.4 billion", "$410.54", "$1.2 million", "$1,000",
                  "$1 for 6 months", "$15.99 a month"],
}

A["004_microsoft_brookfield_ardnagashel.txt"] = {
    "published": "2024-05-14",
    "published_note": "issue line 'Ausgabe 20/2024 · Dienstag, 14. Mai 2024'; 'Anfang Mai' -> 2024-05; 'Vergangene Woche' -> 2024-05; 'im März' -> 2024-03",
    "language": "de",
    "deals": [
        D("microsoft-brookfield-2024", ["Microsoft", "Brookfield"], "supply", 10 * B, "USD", "at_least", "2024-05",
          "signed",
          "Finanzielle Details nannten die Partner nicht; Branchenkreisen zufolge hat das Paket einen Wert von mehr als zehn Milliarden Dollar.",
          kind_alt=["partnership"], term=["2026", "2030"],
          note="framework for 10.5 GW of wind and solar; parties and 'Anfang Mai' two sentences earlier; value only from industry sources ('mehr als' -> at_least)"),
        D("microsoft-wisconsin-2024", ["Microsoft"], "capex_plan", 3.3 * B, "USD", "approx", "2024-05", "planned",
          "Vergangene Woche kündigte der Softwarekonzern zudem an, bis Ende 2026 rund 3,3 Milliarden Dollar in einen Rechenzentrumsstandort im US-Bundesstaat Wisconsin zu stecken.",
          term=[None, "2026"], note="'der Softwarekonzern' = Microsoft; 'Vergangene Woche' from Tuesday 14 May -> week of 6 May"),
        D("talen-amazon-cumulus-2024", ["Talen Energy", "Amazon"], "acquisition", None, None, None, "2024-03",
          "completed",
          "Seit Amazon im März Talen Energy das Rechenzentrumsgelände am Kernkraftwerk Susquehanna abgekauft hat, prüfen weitere Betreiber ähnliche Modelle.",
          required=False, kind_alt=["supply"], note="restated without amount"),
    ],
    "not_deals": ["rund 900 Milliarden Dollar", "28,92 Dollar je Megawatt und Tag", "2,4 Cent", "149 Euro",
                  "480 Euro"],
}

A["005_crane_restart_strathcarron_en.txt"] = {
    "published": "2024-09-23",
    "published_note": "wire stamp 'September 23, 2024 | 05:12 GMT', dateline 'Sept 20'; 'on Friday' -> 2024-09-20",
    "language": "en",
    "deals": [
        D("constellation-microsoft-crane", ["Constellation Energy", "Microsoft"], "supply", None, None, None,
          "2024-09-20", "signed",
          "Constellation Energy will bring back into service the Three Mile Island reactor that shut in 2019 and sell all of its output to Microsoft for two decades, the companies said on Friday, in what would be the first restart of a U.S. nuclear plant built around a single corporate customer.",
          required=False, note="20-year PPA, price not disclosed; the analysts' $/MWh estimate is a not_deal"),
        D("constellation-crane-restart", ["Constellation Energy"], "capex_plan", 1.6 * B, "USD", "approx",
          "2024-09-20", "planned",
          "Constellation said it would invest about $1.6 billion to bring Unit 1 back, which it plans to rename the Crane Clean Energy Center and hopes to have running by 2028, pending approval by the Nuclear Regulatory Commission.",
          kind_alt=["project"]),
        D("talen-amazon-cumulus-2024", ["Talen Energy", "Amazon"], "acquisition", 650 * M, "USD", "exact", "2024-03",
          "completed",
          "The agreement follows Amazon's $650 million purchase in March of a data-center campus fed directly by Talen Energy's Susquehanna nuclear station, also in Pennsylvania.",
          kind_alt=["supply"]),
    ],
    "not_deals": ["$265.77", "$15 billion", "between $100 and $115 per megawatt-hour", "$16 billion"],
}

A["006_smr_deals_balnagown.txt"] = {
    "published": "2024-10-17",
    "published_note": "date line 'Donnerstag, 17. Oktober 2024'; 'am Montag' -> 2024-10-14; 'am Mittwoch' -> 2024-10-16",
    "language": "de",
    "deals": [
        D("google-kairos-2024", ["Google", "Kairos Power"], "supply", None, None, None, "2024-10-14", "signed",
          "Sie will Strom aus sechs bis sieben kleinen Reaktoren des kalifornischen Entwicklers Kairos Power abnehmen, zusammen 500 Megawatt; der erste soll 2030 ans Netz gehen, der letzte bis 2035.",
          required=False, term=["2030", "2035"], note="'Sie' = die Alphabet-Tochter Google (previous sentence); no price"),
        D("amazon-xenergy-2024", ["Amazon", "X-energy"], "investment", 500 * M, "USD", "exact", "2024-10-16",
          "announced",
          "Der Onlinehändler führt eine Finanzierungsrunde über 500 Millionen Dollar (rund 460 Millionen Euro) beim Reaktorentwickler X-energy an.",
          alt=[(460 * M, "EUR")],
          note="Amazon leads the round (Ken Griffin and the University of Michigan also in); first Amazon-X-energy deal, the 2025 Series D (019) is another"),
        D("amazon-dominion-smr", ["Amazon", "Dominion Energy"], "partnership", None, None, None, "2024-10-16",
          "announced",
          "Zudem vereinbarte Amazon mit dem Versorger Dominion Energy in Virginia, den Bau eines kleinen Reaktors neben dem Kraftwerk North Anna zu prüfen.",
          required=False, note="agreement to study an SMR, no amount"),
    ],
    "not_deals": ["bis zu 1,2 Milliarden Dollar", "8.000 bis 10.000 Dollar je Kilowatt", "23,70 Dollar"],
}

A["007_meta_richland_inverkeel_en.txt"] = {
    "published": "2024-12-06",
    "published_note": "only the byline date 'Dec. 6, 2024'; 'said Wednesday' -> 2024-12-04; 'in late October' -> 2024-10",
    "language": "en",
    "deals": [
        D("meta-louisiana-2024", ["Meta"], "capex_plan", 10 * B, "USD", "exact", "2024-12-04", "planned",
          "The Menlo Park company expects to spend $10 billion on the 4 million-square-foot campus, which is to open in stages through 2030.",
          term=[None, "2030"], note="'The Menlo Park company' = Meta Platforms; 'said Wednesday' in the previous sentence"),
        D("entergy-meta-louisiana", ["Entergy", "Meta"], "supply", 3.2 * B, "USD", "approx", "2024-10", "announced",
          "Under an agreement filed with the Public Service Commission in late October, Meta would pay for the roughly $3.2 billion in new generation over a 15-year contract.",
          kind_alt=["other"], note="Entergy Louisiana builds three gas plants, Meta pays for them over 15 years; pending regulatory approval"),
    ],
    "not_deals": ["$82,000", "$14 million a year", "$30 million", "$40.6 billion", "$9.2 billion", "$613.57",
                  "$89", "$3.99 a week"],
}

A["008_microsoft_80bn_corriemoor_en.txt"] = {
    "published": "2025-01-06",
    "published_note": "date line 'Jan 6, 2025 · 7:02 AM ET'; 'published Friday' -> 2025-01-03; 'In September' -> 2024-09",
    "language": "en",
    "deals": [
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01-03", "planned",
          "Microsoft is on track to invest approximately $80 billion in AI-enabled data centers in its fiscal year 2025, which ends in June, Vice Chair and President Brad Smith wrote in a blog post published Friday.",
          term=[None, "2025-06"]),
        D("constellation-microsoft-crane", ["Constellation Energy", "Microsoft"], "supply", None, None, None,
          "2024-09", "signed",
          "In September, Microsoft agreed to buy all of the output of the Three Mile Island Unit 1 reactor from Constellation Energy for 20 years once it is restarted.",
          required=False, note="restated without amount"),
    ],
    "not_deals": ["$20 billion", "$65.6 billion", "$423.35", "$3.15 trillion", "$400 billion", "$9 monthly",
                  "$90 if paid annually"],
}

A["009_constellation_calpine_glenshiel.txt"] = {
    "published": "2025-01-13",
    "published_note": "portal stamp '13.01.2025 | 07:45'; 'am Freitag' -> 2025-01-10; 'im September' -> 2024-09",
    "language": "de",
    "deals": [
        D("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 16.4 * B, "USD", "approx",
          "2025-01-10", "signed",
          "Der Kaufpreis setzt sich aus Barmitteln und 50 Millionen neuen Constellation-Aktien zusammen und entspricht einem Eigenkapitalwert von rund 16,4 Milliarden Dollar (etwa 16 Milliarden Euro).",
          alt=[(16 * B, "EUR"), (26.6 * B, "USD")],
          note="26.6bn USD is the same deal including debt (next sentence), kept as alt amount; date from 'am Freitag' two sentences later"),
        D("constellation-crane-restart", ["Constellation Energy"], "capex_plan", 1.6 * B, "USD", "approx", "2024-09",
          "planned",
          "Erst im September hatte Constellation angekündigt, rund 1,6 Milliarden Dollar in die Wiederinbetriebnahme eines Blocks in Three Mile Island zu stecken, dessen Strom komplett an Microsoft geht.",
          kind_alt=["project"]),
        D("constellation-microsoft-crane", ["Constellation Energy", "Microsoft"], "supply", None, None, None,
          "2024-09", "signed",
          "Erst im September hatte Constellation angekündigt, rund 1,6 Milliarden Dollar in die Wiederinbetriebnahme eines Blocks in Three Mile Island zu stecken, dessen Strom komplett an Microsoft geht.",
          required=False, note="the supply to Microsoft in a relative clause, no price"),
    ],
    "not_deals": ["316,20 Dollar", "knapp 100 Milliarden Dollar", "etwa 4,2 Milliarden Dollar", "350 Dollar",
                  "25 Euro monatlich"],
}

A["010_meta_capex_kildavin.txt"] = {
    "published": "2025-01-27",
    "published_note": "date line 'Montag, 27. Januar 2025'; 'am Freitag' -> 2025-01-24; 'im Dezember' -> 2024-12; 'Anfang Januar' -> 2025-01",
    "language": "de",
    "deals": [
        D("meta-capex-2025", ["Meta"], "capex_plan", 60 * B, "USD", "range", "2025-01-24", "planned",
          "Der Meta-Chef kündigte am Freitag an, dass der Facebook-Konzern 2025 zwischen 60 und 65 Milliarden Dollar in Sachanlagen stecken will.",
          amount_max=65 * B, term=["2025", "2025"], note="Meta's 2025 plan; the 2026 plan (020) is a different deal"),
        D("meta-louisiana-2024", ["Meta"], "capex_plan", 10 * B, "USD", "exact", "2024-12", "planned",
          "Bereits im Dezember hatte Meta angekündigt, zehn Milliarden Dollar in einen Campus im US-Bundesstaat Louisiana zu investieren."),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, "USD", "exact", "2025-01", "planned",
          "Zuckerberg steht nicht allein: Microsoft-Präsident Brad Smith hatte Anfang Januar Investitionen von 80 Milliarden Dollar in KI-Rechenzentren für das laufende Geschäftsjahr in Aussicht gestellt."),
    ],
    "not_deals": ["rund 39 Milliarden Dollar", "weniger als 6 Millionen Dollar", "647,49 Dollar", "720 Dollar",
                  "164 Milliarden Dollar", "99 Euro", "50 Euro Startguthaben"],
}

A["011_capex_letter_ballyconnell_en.txt"] = {
    "published": "2025-02-07",
    "published_note": "issue line 'Issue 57 — Friday, 7 February 2025'; 'On Tuesday' -> 2025-02-04; 'On Thursday' -> 2025-02-06; 'last month' -> 2025-01",
    "language": "en",
    "deals": [
        D("alphabet-capex-2025", ["Google"], "capex_plan", 75 * B, "USD", "approx", "2025-02-04", "planned",
          "On Tuesday Google's parent said it expects to put about $75 billion into capital expenditures this year, far above the $58 billion the Street had pencilled in.",
          term=["2025", "2025"], note="Alphabet's 2025 plan; the 2026 plan (020) is a different deal"),
        D("amazon-capex-2025", ["Amazon"], "capex_plan", 100 * B, "USD", "approx", "2025-02-06", "planned",
          "On Thursday the retailer signalled that it will spend roughly $100 billion this year, the bulk of it on AWS data centers and chips.",
          term=["2025", "2025"], note="'the retailer' = Amazon (section head); the 2026 plan (020) is a different deal"),
        D("meta-capex-2025", ["Meta"], "capex_plan", 60 * B, "USD", "range", "2025-01", "planned",
          "For the record: Mark Zuckerberg set a capex range of $60 billion to $65 billion last month, and CFO Susan Li repeated it on the earnings call.",
          amount_max=65 * B, term=["2025", "2025"]),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, "USD", "exact", None, "planned",
          "Brad Smith's $80 billion for the fiscal year to June stands.",
          term=[None, "2025-06"], note="restated, no date given"),
    ],
    "not_deals": ["$58 billion", "$12 billion", "$26.3 billion", "$22.6 billion", "$315bn+", "$1.2tn",
                  "$1,450 a month", "$12 a month"],
}

A["012_vistra_lotus_tarbolton_en.txt"] = {
    "published": "2025-05-16",
    "published_note": "wire date line 'Friday, May 16, 2025 — 6:30 a.m. CT'; 'said Thursday' -> 2025-05-15; 'last year' -> 2024",
    "language": "en",
    "deals": [
        D("vistra-lotus", ["Vistra", "Lotus Infrastructure Partners"], "acquisition", 1.9 * B, "USD", "exact",
          "2025-05-15", "signed",
          "Vistra Corp. has agreed to buy seven natural-gas-fired power plants from private-equity firm Lotus Infrastructure Partners for $1.9 billion, the Irving, Texas-based generator said Thursday."),
        D("vistra-energy-harbor", ["Vistra", "Energy Harbor"], "acquisition", 3.4 * B, "USD", "exact", "2024",
          "completed",
          "It is Vistra's biggest acquisition since last year's $3.4 billion purchase of nuclear operator Energy Harbor, which brought three reactors in Ohio and Pennsylvania into the group."),
        D("vistra-comanche-talks", ["Vistra"], "supply", None, None, None, "2025-05-15", "negotiating",
          "Vistra also said it is in talks with large customers about supplying power from its Comanche Peak nuclear plant in Texas, though Chief Executive Jim Burke declined to name counterparties or a timetable.",
          required=False, note="talks with unnamed customers, no amount"),
    ],
    "not_deals": ["$730 per kilowatt", "more than $2,000 per kilowatt", "$3.9 billion",
                  "$5.5 billion to $6.1 billion", "$148.22", "well over a billion dollars"],
}

A["013_grid_notes_interview_drumcliffe_en.txt"] = {
    "published": None,
    "published_note": "no date at all (only 'Reading time: 6 min'); the events it mentions place it after January 2026, but 'in June' and 'in January' cannot be resolved to a year, so those dates stay null",
    "language": "en",
    "deals": [
        D("talen-amazon-cumulus-2024", ["Talen Energy", "Amazon"], "acquisition", 650 * M, "USD", "exact", "2024",
          "completed",
          "First came the $650 million campus sale of 2024, which put a data center right next to a reactor.",
          kind_alt=["supply"], note="parties in the previous sentence ('Talen and Amazon, twice')"),
        D("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18 * B, "USD", "exact", None, "signed",
          "Then, after regulators objected to that set-up, the two signed an $18 billion contract in June that runs to 2042 and sends the power through the grid instead.",
          alt=[(15.6 * B, "EUR")], term=[None, "2042"],
          note="second Talen-Amazon deal; 'in June' without a year in an undated text -> date null (014 gives 2025-06-11); EUR figure from 014"),
        D("meta-constellation-clinton", ["Meta", "Constellation Energy"], "supply", None, None, None, None, "signed",
          "Kinloss: Yes, its 20-year deal with Constellation for the Clinton plant in Illinois keeps a reactor open that the state had been propping up with subsidies.",
          required=False, note="'its' = Meta (question); price not disclosed, the $/MWh guess is a not_deal"),
        D("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 16.4 * B, "USD", "exact", None,
          "completed",
          "Constellation closed its $16.4 billion Calpine purchase in January precisely because nuclear alone can't cover the load.",
          note="closing month without year in an undated text -> date null"),
    ],
    "not_deals": ["$80 to $90 a megawatt-hour", "$2,400 per kilowatt", "$329.17 per megawatt-day", "$5 a month",
                  "$395"],
}

A["014_talen_amazon_rosscarbery.html"] = {
    "published": "2025-06-12",
    "published_note": "<meta name='date' content='2025-06-12...'>, JSON-LD and byline '12.06.2025, 09:15 Uhr'; 'am Mittwoch' -> 2025-06-11; 'Zwei Tage zuvor' (before Wednesday) -> 2025-06-09; 'im März 2024' -> 2024-03",
    "language": "de",
    "deals": [
        D("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18 * B, "USD", "approx", "2025-06-11",
          "signed",
          "Talen gibt den Gesamtwert der Vereinbarung mit rund 18 Milliarden Dollar an, das sind etwa 15,6 Milliarden Euro.",
          alt=[(15.6 * B, "EUR")], term=[None, "2042"],
          note="up to 1,920 MW until 2042; parties and 'am Mittwoch' in the previous sentences"),
        D("talen-amazon-cumulus-2024", ["Talen Energy", "Amazon"], "acquisition", 650 * M, "USD", "exact", "2024-03",
          "completed",
          "Den Campus selbst hatte AWS im März 2024 für 650 Millionen Dollar von Talen übernommen.",
          kind_alt=["supply"]),
        D("amazon-pennsylvania-2025", ["Amazon"], "capex_plan", 20 * B, "USD", "at_least", "2025-06-09", "planned",
          "Zwei Tage zuvor hatte der Konzern mitgeteilt, im Bundesstaat mindestens 20 Milliarden Dollar für neue Rechenzentrumscampusse auszugeben, unter anderem in Salem Township nahe Susquehanna und in Falls Township bei Philadelphia.",
          note="'der Konzern' = Amazon/AWS; 'Zwei Tage zuvor' relative to the Wednesday announcement"),
    ],
    "not_deals": ["263,40 Dollar", "rund zwölf Milliarden Dollar", "3,99 Euro monatlich", "9,90 Euro im Monat",
                  "263,40 $", "305,12 $", "158,30 $", "5.000 Euro"],
}

A["015_pittsburgh_gipfel_auchenbreck.txt"] = {
    "published": "2025-07-17",
    "published_note": "date line 'Donnerstag, 17. Juli 2025'; 'am Dienstag' -> 2025-07-15; 'im Juni' -> 2025-06",
    "language": "de",
    "deals": [
        D("google-pjm-2025", ["Google"], "capex_plan", 25 * B, "USD", "exact", "2025-07-15", "planned",
          "Google will nach eigenen Angaben binnen zwei Jahren 25 Milliarden Dollar für Rechenzentren und KI-Technik im Versorgungsgebiet des Netzbetreibers PJM ausgeben, das Pennsylvania und zwölf weitere Bundesstaaten umfasst.",
          note="'am Dienstag' in the previous sentence"),
        D("google-brookfield-hydro", ["Google", "Brookfield"], "supply", 3 * B, "USD", "exact", "2025-07-15", "signed",
          "Die ersten Verträge für die Kraftwerke Holtwood und Safe Harbor am Susquehanna River haben einen Wert von drei Milliarden Dollar (etwa 2,6 Milliarden Euro) und laufen 20 Jahre.",
          alt=[(2.6 * B, "EUR")],
          note="parties in the previous sentence (framework for up to 3,000 MW of hydropower); different from the Microsoft-Brookfield framework (004)"),
        D("blackstone-pennsylvania", ["Blackstone"], "capex_plan", 25 * B, "USD", "exact", "2025-07-15", "planned",
          "Der Finanzinvestor Blackstone will 25 Milliarden Dollar in Rechenzentren und die dafür nötige Energieinfrastruktur in der Region investieren, darunter Gaskraftwerke.",
          kind_alt=["investment"]),
        D("amazon-pennsylvania-2025", ["Amazon"], "capex_plan", 20 * B, "USD", "at_least", "2025-06", "planned",
          "Amazon hatte bereits im Juni angekündigt, mindestens 20 Milliarden Dollar im Bundesstaat auszugeben."),
    ],
    "not_deals": ["mehr als 90 Milliarden Dollar", "269,92 Dollar je Megawatt und Tag", "mehr als eine Billion Dollar",
                  "94 Milliarden Dollar", "39 Euro"],
}

A["016_microsoft_fairwater_kinvara.txt"] = {
    "published": "2025-09-19",
    "published_note": "only the agency dateline 'Mount Pleasant, 19. September 2025 (kp)'; 'am Donnerstag' -> 2025-09-18; 'im Mai 2024' -> 2024-05",
    "language": "de",
    "deals": [
        D("microsoft-wisconsin-2025", ["Microsoft"], "capex_plan", 4 * B, "USD", "exact", "2025-09-18", "planned",
          "Microsoft legt in Wisconsin nach: Der Softwarekonzern will weitere vier Milliarden Dollar (rund 3,4 Milliarden Euro) in ein zweites Rechenzentrum in Mount Pleasant investieren, wie Microsoft-Präsident Brad Smith am Donnerstag ankündigte.",
          alt=[(3.4 * B, "EUR")], note="second Wisconsin data centre; must stay apart from the 2024 plan in the same article"),
        D("microsoft-wisconsin-2024", ["Microsoft"], "capex_plan", 3.3 * B, "USD", "exact", "2024-05", "planned",
          "Für dieses Projekt hatte Microsoft im Mai 2024 Investitionen von 3,3 Milliarden Dollar zugesagt."),
    ],
    "not_deals": ["rund drei Millionen Dollar", "jährlich rund 30 Millionen Dollar", "88 Milliarden Dollar",
                  "508,45 Dollar", "rund 3,8 Billionen Dollar"],
}

A["017_duane_arnold_glenbervie_en.html"] = {
    "published": "2025-10-28",
    "published_note": "<meta name='pubdate' content='2025-10-28'>, JSON-LD and <time> 'Oct. 28, 2025'; 'said Monday' -> 2025-10-27; 'Earlier this month' -> 2025-10",
    "language": "en",
    "deals": [
        D("google-nextera-duane-arnold", ["Google", "NextEra Energy"], "supply", None, None, None, "2025-10-27",
          "signed",
          "NextEra Energy will restart the Duane Arnold Energy Center near Palo, which closed in 2020 after a derecho damaged its cooling towers, and sell most of its output to Google under a 25-year power purchase agreement, the companies said Monday.",
          required=False, note="financial terms not disclosed"),
        D("google-arkansas-2025", ["Google"], "capex_plan", 4 * B, "USD", "exact", "2025-10", "planned",
          "Earlier this month, Google said it would invest $4 billion in a data center in West Memphis, Arkansas, through 2027.",
          term=[None, "2027"]),
        D("entergy-arkansas-google", ["Entergy", "Google"], "supply", None, None, None, "2025-10", "announced",
          "Entergy Arkansas will supply the site, backed by a 600-megawatt solar project.",
          required=False, note="no amount; 'the site' = Google's West Memphis data centre"),
    ],
    "not_deals": ["$25 million", "$84.70", "about $175 billion", "$300 bonus", "$2 for 2 months"],
}

A["018_alphabet_intersect_dunkineely.txt"] = {
    "published": "2025-12-23",
    "published_note": "agency time stamp '23.12.2025 06:05'; 'am Montag' -> 2025-12-22; 'Ende 2024' -> 2024; 'Im Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        D("alphabet-intersect", ["Google", "Intersect Power"], "acquisition", 4.75 * B, "USD", "exact", "2025-12-22",
          "signed",
          "Alphabet legt 4,75 Milliarden Dollar (umgerechnet gut 4 Milliarden Euro) auf den Tisch und übernimmt zudem Schulden des Unternehmens, wie der Konzern am Montag mitteilte.",
          alt=[(4 * B, "EUR")], note="second Google-Intersect deal; closing expected in H1 2026"),
        D("intersect-round-2024", ["Intersect Power", "Google", "TPG"], "investment", 800 * M, "USD", "exact", "2024",
          "completed",
          "Google ist bei Intersect kein Unbekannter: Ende 2024 hatte sich der Konzern an einer Finanzierungsrunde über 800 Millionen Dollar beteiligt, die er gemeinsam mit dem Finanzinvestor TPG anführte.",
          note="first Google-Intersect deal (round led by Google and TPG); 'Ende 2024' -> year"),
        D("google-nextera-duane-arnold", ["Google", "NextEra Energy"], "supply", None, None, None, "2025-10", "signed",
          "Im Oktober hatte Google mit NextEra vereinbart, das stillgelegte Atomkraftwerk Duane Arnold in Iowa wieder in Betrieb zu nehmen.",
          required=False),
    ],
    "not_deals": ["15 Milliarden Dollar", "rund 64 Milliarden Dollar", "309,78 Dollar", "rund 3,8 Billionen Dollar"],
}

A["019_atom_brief_kilmartin_en.txt"] = {
    "published": "2026-01-12",
    "published_note": "issue line 'No. 112 · Monday 12 January 2026'; 'on Friday' -> 2026-01-09; 'last June' -> 2025-06; Calpine closed 'on Wednesday' (2026-01-07) 'a year after agreeing' -> agreement 2025; 'in November' -> 2025-11",
    "language": "en",
    "deals": [
        D("meta-vistra-2026", ["Meta", "Vistra"], "supply", None, None, None, "2026-01-09", "signed",
          "The largest piece is with Vistra: 20-year contracts for more than 2,100 MW from the Perry and Davis-Besse plants in Ohio, plus extra capacity from uprates there and at Beaver Valley in Pennsylvania.",
          required=False, note="no prices; the two unnamed advanced-reactor agreements are not annotated (no parties named)"),
        D("meta-constellation-clinton", ["Meta", "Constellation Energy"], "supply", None, None, None, "2025-06",
          "signed",
          "The package comes on top of Meta's 20-year Clinton agreement with Constellation last June.",
          required=False),
        D("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 16.4 * B, "USD", "approx", "2025",
          "completed",
          "Constellation completed its takeover of Calpine on Wednesday, a year after agreeing to pay roughly $16.4 billion in a mix of stock and cash.",
          note="'date' is the agreement ('a year after' the closing on 2026-01-07 -> 2025); status completed"),
        D("amazon-xenergy-2025", ["X-energy", "Jane Street", "Amazon"], "investment", 700 * M, "USD", "exact",
          "2025-11", "completed",
          "X-energy, which closed a $700 million Series D in November led by Jane Street with Amazon again among the backers, says construction work at its Long Mott site with Dow in Texas will start this spring.",
          note="second Amazon-X-energy deal (the 2024 round is in 006)"),
    ],
    "not_deals": ["$178.40", "more than $40 billion", "$36.8 billion", "$14,000", "$340 a year", "$1,900"],
}

A["020_capex_2026_cairnfold.txt"] = {
    "published": "2026-02-06",
    "published_note": "date line 'Freitag, 6. Februar 2026'; 'am Mittwoch vergangener Woche' -> 2026-01-28; 'am Mittwoch' -> 2026-02-04; 'am Donnerstagabend' -> 2026-02-05; 'Vor einem Jahr' -> 2025",
    "language": "de",
    "deals": [
        D("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, "USD", "range", "2026-01-28", "planned",
          "Der Facebook-Konzern plant für 2026 Investitionen zwischen 115 und 135 Milliarden Dollar, wie Finanzchefin Susan Li am Mittwoch vergangener Woche sagte.",
          amount_max=135 * B, term=["2026", "2026"]),
        D("meta-capex-2025", ["Meta"], "capex_plan", 60 * B, "USD", "range", "2025", "planned",
          "Vor einem Jahr hatte Meta noch 60 bis 65 Milliarden Dollar angepeilt; am Ende wurden es gut 72 Milliarden.",
          amount_max=65 * B, term=["2025", "2025"], note="the 72bn actually spent is a not_deal"),
        D("alphabet-capex-2026", ["Google"], "capex_plan", 175 * B, "USD", "range", "2026-02-04", "planned",
          "Alphabet überbot das am Mittwoch: Die Google-Mutter will in diesem Jahr 175 bis 185 Milliarden Dollar für Server, Rechenzentren und Netze ausgeben, fast doppelt so viel wie 2025.",
          amount_max=185 * B, term=["2026", "2026"]),
        D("amazon-capex-2026", ["Amazon"], "capex_plan", 200 * B, "USD", "approx", "2026-02-05", "planned",
          "Amazon-Chef Andy Jassy nannte am Donnerstagabend rund 200 Milliarden Dollar (knapp 170 Milliarden Euro).",
          alt=[(170 * B, "EUR")], term=["2026", "2026"], note="'in diesem Jahr' from the previous sentence"),
    ],
    "not_deals": ["Die 650-Milliarden-Frage", "gut 72 Milliarden", "37,5 Milliarden Dollar", "rund 650 Milliarden Dollar",
                  "17,7 Milliarden Dollar", "35,6 Milliarden Dollar", "331,25 $", "222,69 $", "668,99 $", "411,21 $",
                  "ab 1 Euro", "189 Euro"],
}


def normalise(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    if isinstance(x, float):
        return round(x)
    if isinstance(x, dict):
        return {k: normalise(v) for k, v in x.items()}
    if isinstance(x, list):
        return [normalise(v) for v in x]
    return x


def main():
    gold = {"about": ABOUT, "articles": normalise(A), "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
