#!/usr/bin/env python3
"""Write gold.json for tests/corpus115 (the hand annotation, kept here as Python data so that
shared deals stay consistent). Usage: python3 tests/corpus115/make_gold.py
Standard library only."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 115th, held-out test corpus (tests/corpus115/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: AI compute and AI deals in drug discovery and healthcare "
    "(Isomorphic Labs' partnerships and rounds, Xaira, Sanofi/OpenAI/Formation Bio, Recursion/Exscientia, "
    "Eli Lilly and Nvidia, the Novo Nordisk Foundation's Danish Centre for AI Innovation, AstraZeneca, "
    "Roche/Genentech, Bayer, Merck, BioNTech, hospital groups' AI platforms and cloud contracts). One entry "
    "per article; a deal that several articles report carries the same id in each. 'required': false marks "
    "vague or background mentions that an extractor may report or not without penalty. 'not_deals' lists "
    "money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full "
    "units and in the currency the article states first; 'alt_amounts' gives the same deal's amount as "
    "another article (or the same article) states it in another currency or at another precision. "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own "
    "date marker, dateline, <time datetime>, issue line or visible byline date, or null when the article "
    "has none); quarters, half-years and seasons become the year; a cancelled deal keeps the date of the "
    "original agreement or offer; a rumour that a later article reports as agreed carries only the year; "
    "'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable "
    "kinds; 'note' explains a judgement call. Parties are canonical names without legal forms (legal forms "
    "and other spellings are in 'aliases'); capital raises list the lead investor, capex plans only the "
    "spender. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Quenby Bio, Granta Fen Capital, Isarfold, "
    "Rheinquell Capital, Cobaltine Therapeutics, Befundwerk, Kelstrup Bio, Skagerrak Health Fund, "
    "Kaltwasser Compute, Weserbogen Kliniken, Tallowmere Health, Kittering Trust, Corvallo; invented "
    "publications, research houses, advertisers and persons are listed in invented_names.txt and README.md; "
    "the deals of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("per", "term", "kind_alt", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


A = {}

A["001_isomorphic_pharma_assayledger_en.txt"] = {
    "published": "2024-01-09",
    "published_note": "from the issue line 'Issue 7 · Tuesday 9 January 2024'; 'Sunday evening' -> 2024-01-07",
    "language": "en",
    "deals": [
        deal("isomorphic-lilly-2024", ["Eli Lilly", "Isomorphic Labs"], "partnership", 1745000000, "USD", "up_to",
             "2024-01-07", "signed",
             "Its research collaboration with Isomorphic is worth as much as $1.745 billion, with $45 million paid on signing and the remainder tied to research, clinical and sales milestones; royalties come on top.",
             kind_alt=["other"],
             note="'Its' = Eli Lilly (previous sentence); unveiled 'Sunday evening' before the conference; headline value including milestones, the $45m upfront is a part of it (not_deals)"),
        deal("isomorphic-novartis-2024", ["Novartis", "Isomorphic Labs"], "partnership", 1200000000, "USD", "up_to",
             "2024-01-07", "signed",
             "The Swiss company hands over $37.5 million upfront, and the arrangement could reach roughly $1.2 billion once milestones are counted, excluding royalties.",
             kind_alt=["other"],
             note="'The Swiss company' = Novartis (previous sentence); 'could reach roughly' -> up_to; the $37.5m upfront is a part (not_deals); announced together with the Lilly pact"),
        deal("granta-quenby-seed", ["Granta Fen Capital", "Quenby Bio"], "investment", 24000000, "GBP", "exact",
             "2023-12", "completed",
             "Quenby Bio, a 14-person antibody-design start-up spun out of a Cambridge University lab, closed a £24 million seed round in December.",
             note="lead investor in the next sentence ('Granta Fen Capital led it'); 'in December' in a January 2024 issue -> 2023-12; different from Roche's takeover of Quenby in 019"),
    ],
    "not_deals": ["$45 million", "$37.5 million", "£61 million", "around $560 billion", "About $5.2 billion"],
}

A["002_xaira_isarfold_wirkstoffdepesche.txt"] = {
    "published": "2024-04-24",
    "published_note": "from the issue line 'Ausgabe 16/2024 | Mittwoch, 24. April 2024'; 'am Dienstag' -> 2024-04-23",
    "language": "de",
    "deals": [
        deal("xaira-launch-2024", ["ARCH Venture Partners", "Foresite Labs", "Xaira Therapeutics"], "investment",
             1000000000, "USD", "at_least", "2024-04-23", "completed",
             "Mehr als eine Milliarde Dollar haben ARCH Venture Partners und Foresite Labs in Xaira Therapeutics gesteckt, ein KI-Biotech, das am Dienstag in San Francisco offiziell an den Start ging.",
             note="amount in words, 'Mehr als' -> at_least; the two named lead backers; different from the 2026 talks about a second raise (019)"),
        deal("rheinquell-isarfold-seed-2024", ["Rheinquell Capital", "Isarfold"], "investment", 18000000, "EUR", "exact",
             "2024-04", "completed",
             "Das Martinsrieder Start-up Isarfold, das mit KI-Modellen die Faltung schwer zugänglicher Membranproteine vorhersagt, hat vergangene Woche eine Seed-Finanzierung über 18 Millionen Euro abgeschlossen.",
             note="lead investor in the next sentence ('Die Führung übernahm ... Rheinquell Capital'); 'vergangene Woche' -> April 2024; different from the €64m Series A of 2026 (014)"),
    ],
    "not_deals": ["knapp 1,9 Milliarden Euro", "4,9 Milliarden Dollar", "50.000 Euro", "79 Euro"],
}

A["003_sanofi_openai_pipelinepixel_en.txt"] = {
    "published": "2024-05-22",
    "published_note": "from the byline time stamp 'May 22, 2024 07:10'; 'on Tuesday' -> 2024-05-21",
    "language": "en",
    "deals": [
        deal("sanofi-openai-formation", ["Sanofi", "OpenAI", "Formation Bio"], "partnership", None, None, None,
             "2024-05-21", "announced",
             "The French group, OpenAI and the New York start-up Formation Bio said on Tuesday that they will build AI tools together to speed up how medicines are developed, from finding patients for trials to drafting the paperwork regulators demand.",
             note="'The French group' = Sanofi; headline partnership without any amount ('Nobody is saying what it is worth')"),
        deal("a16z-formation-round-2024", ["Andreessen Horowitz", "Formation Bio"], "investment", 300000000, "USD", "range",
             "2024-05", "rumored",
             "The company is trying to raise between $300 million and $400 million in a round led by Andreessen Horowitz, according to two investors who have been approached, a sum that would put it among the best-funded AI drug developers outside China.",
             amount_max=400000000,
             note="'The company' = Formation Bio (previous sentence); sourced fundraising talks, company declined to comment"),
        deal("sanofi-aqemia-2023", ["Sanofi", "Aqemia"], "partnership", 140000000, "USD", "up_to",
             "2023", "signed",
             "In late 2023 Sanofi agreed to pay Paris-based Aqemia up to $140 million to design small molecules with its physics-plus-machine-learning engine, a deal that has so far produced no public candidate.",
             kind_alt=["other"],
             note="earlier deal restated as background, but concrete (parties, amount, year), hence required"),
    ],
    "not_deals": ["€43.1 billion", "€6.7 billion", "€90.12", "$2,000 a page"],
}

A["004_recursion_exscientia_wasatchrecord_en.html"] = {
    "published": "2024-08-09",
    "published_note": "from <meta article:published_time>, JSON-LD datePublished and <time datetime='2024-08-09...'> ('Friday, August 9, 2024'); 'said Thursday' -> 2024-08-08",
    "language": "en",
    "deals": [
        deal("recursion-exscientia", ["Recursion", "Exscientia"], "acquisition", 688000000, "USD", "approx",
             "2024-08-08", "signed",
             "Recursion Pharmaceuticals will buy Oxford-based Exscientia for about $688 million, paying entirely in its own shares, the two companies said Thursday, folding one of Britain's most prominent AI drug developers into a company that has spent a decade turning microscope images of cells into searchable data.",
             note="all-stock acquisition agreed; closing expected around the start of 2025"),
        deal("nvidia-recursion-2023", ["Nvidia", "Recursion"], "investment", 50000000, "USD", "exact",
             "2023-07", "completed",
             "The chipmaker put $50 million into Recursion last July, a stake that helped make the Utah firm a regular on stage at Nvidia's developer events.",
             note="'The chipmaker' = Nvidia (previous sentence); 'last July' in an August 2024 article -> 2023-07; concrete background, hence required"),
    ],
    "not_deals": ["about $850 million", "around $100 million a year", "$7.21", "$15 million a year"],
}

A["005_wochenrueckblick_boersenmolekuel.txt"] = {
    "published": "2024-11-22",
    "published_note": "from the header 'Wochenrückblick KW 47 | Freitag, 22.11.2024'; 'am Dienstag' -> 2024-11-19, 'am Montag' -> 2024-11-18",
    "language": "de",
    "deals": [
        deal("tempus-ambry", ["Tempus AI", "Ambry Genetics"], "acquisition", 600000000, "USD", "exact",
             "2024-11", "signed",
             "Der Chicagoer Diagnostik- und Datenkonzern Tempus AI übernimmt den kalifornischen Gentest-Anbieter Ambry Genetics für 600 Millionen Dollar.",
             note="announced 'Anfang November' (next sentence) -> 2024-11; seller Konica Minolta not listed; the 375m cash part is not a deal of its own"),
        deal("bayer-cobaltine-seriesa", ["Bayer", "Cobaltine Therapeutics"], "investment", 58000000, "USD", "exact",
             "2024-11-19", "completed",
             "Die Runde über 58 Millionen Dollar wurde am Dienstag abgeschlossen; nach Angaben aus Investorenkreisen wird Cobaltine nun mit rund 240 Millionen Dollar bewertet.",
             note="lead investor Leaps by Bayer (Bayer's impact-investment unit) in the previous sentence; valuation 240m is not a deal"),
        deal("rheinquell-befundwerk-offer", ["Rheinquell Capital", "Befundwerk"], "acquisition", 120000000, "EUR", "exact",
             "2024-09", "cancelled",
             "Die Düsseldorfer Beteiligungsgesellschaft Rheinquell Capital hat ihr im September vorgelegtes Angebot über 120 Millionen Euro am Montag zurückgezogen, weil sich die Gründer und ein Minderheitsaktionär nicht auf die Verteilung des Erlöses einigen konnten.",
             note="offer of September 2024 withdrawn 'am Montag' (2024-11-18); cancelled keeps the date of the offer"),
    ],
    "not_deals": ["375 Millionen", "rund 240 Millionen Dollar", "2,4 Millionen Euro", "20,47 €"],
}

A["006_kelstrup_gefion_soundreview_en.txt"] = {
    "published": "2025-02-11",
    "published_note": "from the dateline 'COPENHAGEN, Tuesday 11 February 2025'; 'on Monday' -> 2025-02-10",
    "language": "en",
    "deals": [
        deal("skagerrak-kelstrup-seriesa", ["Skagerrak Health Fund", "Kelstrup Bio"], "investment", 420000000, "DKK", "exact",
             "2025-02-10", "completed",
             "Kelstrup Bio raised DKK 420 million, roughly €56 million, in a Series A financing that Skagerrak Health Fund led, the company said on Monday.",
             alt_amounts=[alt(56000000, "EUR")],
             note="lead investor listed (Novo Holdings and two family offices also took part); different from Novo Nordisk's takeover of Kelstrup in 020"),
        deal("dcai-kelstrup-compute", ["Kelstrup Bio", "Danish Centre for AI Innovation"], "cloud_contract", 3100000, "DKK", "approx",
             "2025-02", "signed",
             "Under a two-year agreement that starts in March, Kelstrup will pay the Danish Centre for AI Innovation, which operates Gefion, about DKK 3.1 million a month for a guaranteed slice of the machine's 1,528 Nvidia H100 chips.",
             per="month", term=["2025-03", "2027-02"],
             note="monthly rate; runs from March 2025 to the end of February 2027 (next sentence); signing date not given -> month of the article"),
        deal("novo-foundation-gefion", ["Novo Nordisk Foundation", "Danish Centre for AI Innovation"], "investment", 700000000, "DKK", "approx",
             "2023", "completed",
             "Announced in 2023, Gefion cost about DKK 700 million to build, with the foundation paying the lion's share.",
             required=False, kind_alt=["project"],
             note="background: the figure is the machine's total build cost, of which the foundation paid most (EIFO the rest); optional"),
    ],
    "not_deals": ["about DKK 1.35 billion", "around DKK 9 per GPU-hour", "DKK 10.2 billion", "about DKK 2.5 trillion"],
}

A["007_isomorphic_round_brackwater_en.txt"] = {
    "published": "2025-04-01",
    "published_note": "from the header 'April 1, 2025 | 05:32 GMT'; dateline 'LONDON, March 31', 'on Monday' -> 2025-03-31",
    "language": "en",
    "deals": [
        deal("isomorphic-thrive-2025", ["Thrive Capital", "Isomorphic Labs"], "investment", 600000000, "USD", "exact",
             "2025-03-31", "completed",
             "LONDON, March 31 (Brackwater) - Isomorphic Labs has brought in $600 million from investors other than its parent for the first time, in a round led by Thrive Capital with GV and Alphabet also taking part, the London-based drug-discovery company said on Monday.",
             alt_amounts=[alt(555000000, "EUR")],
             note="first outside round, lead investor listed; 008 gives about €555m (month only), 020 restates it without an amount; different from the $1.2bn round of 2026 (013, 020)"),
    ],
    "not_deals": ["a little under $3 billion", "close to $3 billion", "11 million Swedish crowns", "£59.7 million"],
}

A["008_isomorphic_merck_kurswert.txt"] = {
    "published": "2025-04-02",
    "published_note": "from the time stamp '02.04.2025 - 16:45:03' (a Wednesday); 'am Dienstag' -> 2025-04-01",
    "language": "de",
    "deals": [
        deal("isomorphic-thrive-2025", ["Thrive Capital", "Isomorphic Labs"], "investment", 555000000, "EUR", "approx",
             "2025-03", "completed",
             "Rund 555 Millionen Euro hat das Londoner Unternehmen Ende März eingesammelt, angeführt vom US-Wagniskapitalgeber Thrive Capital; auch die Alphabet-Beteiligungsgesellschaft GV und der Mutterkonzern selbst zogen mit.",
             note="same round as 007, stated only in EUR; 'das Londoner Unternehmen' = Isomorphic Labs (previous sentence); 'Ende März' -> month"),
        deal("merck-darmstadt-ai-centre", ["Merck"], "capex_plan", 70000000, "EUR", "approx",
             "2025-04-01", "planned",
             "Der Darmstädter Merck-Konzern will bis Ende 2026 knapp 70 Millionen Euro in ein neues Zentrum für KI-gestützte Wirkstoffforschung am Stammsitz stecken, wie eine Sprecherin am Dienstag bestätigte.",
             kind_alt=["project"], term=[None, "2026"],
             note="'knapp' -> approx; only the spender (Merck KGaA, Darmstadt); the reader comment repeats '70 Millionen' (same deal)"),
    ],
    "not_deals": ["rund 1,8 Billionen Dollar", "21,2 Milliarden Euro", "13 Milliarden Dollar", "124,60 Euro"],
}

A["009_biontech_curevac_pharmaparkett.txt"] = {
    "published": "2025-06-13",
    "published_note": "from the header 'Marktbericht | 13.06.2025, 17:48 Uhr' (a Friday); 'am Donnerstag' -> 2025-06-12, 'Am Freitag' -> 2025-06-13",
    "language": "de",
    "deals": [
        deal("biontech-curevac", ["BioNTech", "CureVac"], "acquisition", 1250000000, "USD", "approx",
             "2025-06-12", "signed",
             "Der Grund: BioNTech übernimmt den Tübinger Impfstoffentwickler für rund 1,25 Milliarden Dollar (etwa 1,1 Milliarden Euro), bezahlt wird ausschließlich in eigenen Aktien, wie beide Unternehmen am Donnerstag mitteilten.",
             alt_amounts=[alt(1100000000, "EUR")],
             note="'den Tübinger Impfstoffentwickler' = CureVac (previous paragraph); all-stock takeover; the per-share value 5,46 Dollar is not a deal"),
        deal("astrazeneca-cspc-2025", ["AstraZeneca", "CSPC Pharmaceutical Group"], "partnership", 4600000000, "EUR", "up_to",
             "2025-06-13", "signed",
             "Der Vertrag ist bis zu 4,6 Milliarden Euro wert; zunächst fließen umgerechnet knapp 100 Millionen Euro als Vorabzahlung, der Rest hängt an Entwicklungs- und Umsatzzielen.",
             kind_alt=["other"], alt_amounts=[alt(5300000000, "USD")],
             note="parties and 'Am Freitag' in the previous sentence; value incl. milestones; 010 gives 'up to $5.3 billion' (month only); the upfront payment is a part (not_deals)"),
    ],
    "not_deals": ["rund 5,46 Dollar", "rund 420 Millionen Euro", "126 Dollar", "knapp 100 Millionen Euro"],
}

A["010_astrazeneca_comment_chancerylane_en.txt"] = {
    "published": "2025-07-24",
    "published_note": "from the line 'Comment · The Analyst's Chair · Thursday 24 July 2025'; 'On Monday' -> 2025-07-21",
    "language": "en",
    "deals": [
        deal("astrazeneca-us-2030", ["AstraZeneca"], "capex_plan", 50000000000, "USD", "exact",
             "2025-07-21", "announced",
             "On Monday AstraZeneca said it would spend $50 billion in the United States by 2030, with a large plant in Virginia for the active ingredients of its oral weight-loss and metabolic medicines at the centre of the programme.",
             term=[None, "2030"], note="investment pledge; only the spender"),
        deal("astrazeneca-cspc-2025", ["AstraZeneca", "CSPC Pharmaceutical Group"], "partnership", 5300000000, "USD", "up_to",
             "2025-06", "signed",
             "The more interesting bet is the one it struck in June with CSPC Pharmaceutical Group, the Hebei-based manufacturer, which could be worth up to $5.3 billion if every milestone is met.",
             kind_alt=["other"],
             note="'it' = AstraZeneca; same deal as 009 (EUR, with day); the $110m upfront is a part (not_deals)"),
        deal("roche-us-2025", ["Roche"], "capex_plan", 50000000000, "USD", "exact",
             "2025-04", "announced",
             "Roche pledged $50 billion for US investment in April, and Novartis put $23 billion on the table earlier the same month, both framed as commitments to American jobs.",
             note="first of two capex pledges in one sentence; only the spender"),
        deal("novartis-us-2025", ["Novartis"], "capex_plan", 23000000000, "USD", "exact",
             "2025-04", "announced",
             "Roche pledged $50 billion for US investment in April, and Novartis put $23 billion on the table earlier the same month, both framed as commitments to American jobs.",
             note="second pledge of the sentence; 'earlier the same month' -> April 2025"),
    ],
    "not_deals": ["$54.1 billion", "$110 million", "between $1.5bn and $2bn a year", "$80 billion"],
}

A["011_lilly_nvidia_taktfrequenz.html"] = {
    "published": "2025-10-29",
    "published_note": "from <meta name='date'>, JSON-LD datePublished and <time datetime='2025-10-29T08:17...'> ('29.10.2025, 08:17 Uhr'); 'am Dienstag' -> 2025-10-28",
    "language": "de",
    "deals": [
        deal("lilly-nvidia-supercomputer", ["Eli Lilly", "Nvidia"], "supply", None, None, None,
             "2025-10-28", "signed",
             "Der US-Konzern hat dafür bei Nvidia ein DGX-SuperPOD-System mit mehr als 1.000 Grafikprozessoren der neuen Blackwell-Ultra-Generation bestellt, wie beide Unternehmen am Dienstag auf Nvidias Entwicklerkonferenz in Washington bekanntgaben.",
             kind_alt=["project"],
             note="'Der US-Konzern' = Eli Lilly (previous sentence); order without a price ('Einen Preis nannten sie nicht'); the chip price range is per unit (not_deals); different from the 2026 co-innovation lab of the same pair (013, 014)"),
        deal("roche-nvidia-blackwell", ["Roche", "Nvidia"], "supply", None, None, None,
             None, "announced",
             "Roche hatte schon zuvor angekündigt, mehr als 3.500 Blackwell-Chips in eigenen Rechenzentren und in der Cloud einzusetzen.",
             required=False,
             note="background, no amount and no date ('schon zuvor'); Nvidia only implied by 'Blackwell'; optional"),
        deal("bayer-kaltwasser-2025", ["Bayer", "Kaltwasser Compute"], "cloud_contract", 80000000, "EUR", "range",
             "2025", "rumored",
             "Nach Informationen von Taktfrequenz verhandelt Bayer mit den Hanauern über einen mehrjährigen Vertrag; im Gespräch sei ein Volumen zwischen 80 und 90 Millionen Euro, berichten zwei Insider, die den Stand der Gespräche kennen.",
             amount_max=90000000, alt_amounts=[alt(85000000, "EUR")],
             note="'den Hanauern' = Kaltwasser Compute (previous paragraph); sourced talks; 012 reports the signing on 2025-11-13 at €85m (alt_amounts); the year keeps the shared id's dates consistent"),
    ],
    "not_deals": ["30.000 bis 40.000 Dollar", "rund fünf Billionen Dollar", "31 Millionen Euro"],
}

A["012_bayer_kaltwasser_rundblick.txt"] = {
    "published": "2025-11-14",
    "published_note": "from the dateline 'Leverkusen, 14. November (lrb)' and the year in '© Leverkusener Rundblick 2025' (the article gives no other date); 'am Donnerstag' -> 2025-11-13",
    "language": "de",
    "deals": [
        deal("bayer-kaltwasser-2025", ["Bayer", "Kaltwasser Compute"], "cloud_contract", 85000000, "EUR", "exact",
             "2025-11-13", "signed",
             "Der Konzern unterschrieb am Donnerstag einen Dreijahresvertrag über 85 Millionen Euro mit dem Hanauer GPU-Cloud-Anbieter Kaltwasser Compute, wie beide Seiten am Freitag bestätigten.",
             term=["2026-01", "2028-12"],
             note="'Der Konzern' = Bayer; the deal rumoured in 011; three years from January 2026 (next sentence)"),
        deal("lbbw-kaltwasser-loan", ["LBBW", "Kaltwasser Compute"], "other", 60000000, "EUR", "exact",
             "2025-11", "signed",
             "Um die dafür nötigen rund 2.000 zusätzlichen Grafikprozessoren anzuschaffen, nimmt das Unternehmen einen Kredit über 60 Millionen Euro bei einem Bankenkonsortium unter Führung der LBBW auf.",
             note="loan; 'das Unternehmen' = Kaltwasser Compute (previous sentence); the lead bank listed"),
        deal("bayer-calantic-sale", ["Bayer"], "acquisition", 500000000, "EUR", "up_to",
             "2025-11", "rumored",
             "Demnach soll der Konzern erwägen, seine Radiologie-Plattform Calantic für bis zu 500 Millionen Euro an einen Finanzinvestor abzugeben.",
             required=False,
             note="rumoured sale to an unnamed buyer, denied by Bayer ('reine Spekulation'); optional"),
        deal("bayer-blackford-2023", ["Bayer", "Blackford Analysis"], "acquisition", None, None, None,
             "2023", "completed",
             "Bayer hatte 2023 den britischen Softwareanbieter Blackford Analysis übernommen, um das Angebot auszubauen.",
             required=False, note="background purchase without an amount; optional"),
    ],
    "not_deals": ["zwei Milliarden Euro jährlich", "27,34 Euro", "rund 160 Millionen Euro"],
}

A["013_jpm2026_live_briefingroom_en.txt"] = {
    "published": "2026-01-13",
    "published_note": "from the ticker line 'Last updated Tuesday 13 January 2026, 17:52 PT'; 'an hour ago' (16:31 entry) -> 2026-01-13, 'yesterday' / 'on Monday' -> 2026-01-12",
    "language": "en",
    "deals": [
        deal("sanofi-cobaltine-2026", ["Sanofi", "Cobaltine Therapeutics"], "partnership", 1100000000, "USD", "up_to",
             "2026-01-13", "signed",
             "Deal of the afternoon: Sanofi will pay Cobaltine Therapeutics $40 million upfront under a research pact covering four antibody targets, and milestones could lift the total to $1.1 billion, the two companies announced an hour ago.",
             kind_alt=["other"],
             note="total incl. milestones; the $40m upfront is a part (not_deals)"),
        deal("isomorphic-thrive-2026", ["Thrive Capital", "Isomorphic Labs"], "investment", 1200000000, "USD", "approx",
             "2026", "rumored",
             "Rumour mill: Isomorphic Labs is lining up a second outside round of roughly $1.2 billion, and Thrive Capital is again expected to anchor it, three people who have spoken with the company told us.",
             note="sourced rumour; 020 reports the round closed in July 2026; the year keeps the shared id's dates consistent; different from the 2025 round"),
        deal("lilly-nvidia-lab-2026", ["Nvidia", "Eli Lilly"], "partnership", 1000000000, "USD", "up_to",
             "2026-01-12", "announced",
             "If you are just joining us, a recap of yesterday's headline: Nvidia and Eli Lilly will put up to $1 billion over five years into a joint AI co-innovation lab in the San Francisco Bay Area, where Lilly biologists and Nvidia engineers will work side by side on models for biology and chemistry.",
             kind_alt=["investment", "project"], alt_amounts=[alt(860000000, "EUR")],
             note="'yesterday' and 'on Monday' (next sentence) -> 2026-01-12; 014 gives up to €860m (month only); different from Lilly's 2025 supercomputer order (011)"),
    ],
    "not_deals": ["$40 million", "above $8 billion", "below $20 million", "a little more than $1 trillion"],
}

A["014_merck_isarfold_heinerpost.txt"] = {
    "published": "2026-02-05",
    "published_note": "from the line 'Wirtschaft · Donnerstag, 5. Februar 2026'; 'Am Mittwoch' -> 2026-02-04",
    "language": "de",
    "deals": [
        deal("merck-isarfold-jv", ["Merck", "Isarfold"], "joint_venture", 40000000, "EUR", "exact",
             "2026-02-04", "signed",
             "Am Mittwoch unterzeichneten beide Seiten den Vertrag für ein Gemeinschaftsunternehmen mit Sitz im Darmstädter Technologie- und Innovationszentrum; Merck bringt 40 Millionen Euro in bar ein und hält 51 Prozent, Isarfold steuert seine Proteinmodelle und ein Team von zwölf Fachleuten bei.",
             kind_alt=["investment"], note="Merck's cash contribution to the joint venture"),
        deal("rheinquell-isarfold-seriesa-2026", ["Rheinquell Capital", "Isarfold"], "investment", 64000000, "EUR", "exact",
             "2026-01", "completed",
             "Ende Januar hatte das Unternehmen eine Serie-A-Finanzierung über 64 Millionen Euro abgeschlossen, erneut angeführt von der Düsseldorfer Beteiligungsgesellschaft Rheinquell Capital.",
             note="'das Unternehmen' = Isarfold; 'erneut' alludes to the 2024 seed (002) without restating it; a different deal of the same pair"),
        deal("lilly-nvidia-lab-2026", ["Nvidia", "Eli Lilly"], "partnership", 860000000, "EUR", "up_to",
             "2026-01", "announced",
             "Wie groß das Interesse der Pharmaindustrie an eigener KI-Infrastruktur ist, zeigte im Januar die Ankündigung von Eli Lilly und Nvidia, über fünf Jahre bis zu 860 Millionen Euro in ein gemeinsames Forschungslabor in der Bucht von San Francisco zu stecken.",
             kind_alt=["investment", "project"],
             note="same lab as 013, stated in EUR; 'im Januar' -> month"),
    ],
    "not_deals": ["rund 310 Millionen Euro", "rund 21 Milliarden Euro", "121,65 Euro", "39 Euro"],
}

A["015_dcai_expansion_nordicdispatch_en.txt"] = {
    "published": "2026-03-11",
    "published_note": "from the line 'Wednesday, 11 March 2026 · Copenhagen'; 'on Tuesday' -> 2026-03-10",
    "language": "en",
    "deals": [
        deal("novo-foundation-dcai-2026", ["Novo Nordisk Foundation", "Danish Centre for AI Innovation"], "investment", 2100000000, "DKK", "exact",
             "2026-03-10", "announced",
             "The Novo Nordisk Foundation will give the Danish Centre for AI Innovation DKK 2.1 billion, about €280 million, to build a second and far larger supercomputer beside Gefion, the foundation said on Tuesday.",
             kind_alt=["project"], alt_amounts=[alt(280000000, "EUR")],
             note="grant-funded investment in the second supercomputer; different from the 2023 Gefion funding (006)"),
        deal("eifo-dcai-loan-2026", ["EIFO", "Danish Centre for AI Innovation"], "other", 500000000, "DKK", "up_to",
             "2026-03-10", "announced",
             "Denmark's Export and Investment Fund, EIFO, which co-owns the centre, is lending up to DKK 500 million on top, to be drawn as the hardware arrives.",
             kind_alt=["investment"],
             note="loan; 'the centre' = DCAI; part of the plan announced on Tuesday"),
        deal("nvidia-dcai-chips-2026", ["Nvidia", "Danish Centre for AI Innovation"], "supply", None, None, None,
             "2026-03-10", "announced",
             "Nvidia will again supply the chips, although neither side would say what that order is worth.",
             required=False, note="supply without an amount; optional"),
    ],
    "not_deals": ["roughly DKK 1.4 trillion", "DKK 11.4 billion", "DKK 300 million", "between DKK 18 and DKK 24 per GPU-hour"],
}

A["016_weserbogen_tsystems_wiehenpost.txt"] = {
    "published": "2026-03-17",
    "published_note": "from the line 'Minden-Lübbecke · Dienstag, 17. März 2026'; 'am Montag' -> 2026-03-16 ('drei Monate später' after the December board approval agrees)",
    "language": "de",
    "deals": [
        deal("weserbogen-tsystems-2026", ["Weserbogen Kliniken", "T-Systems"], "cloud_contract", 140000000, "EUR", "exact",
             "2026-03-16", "signed",
             "Einen entsprechenden Vertrag über 140 Millionen Euro mit einer Laufzeit von sieben Jahren unterzeichnete Geschäftsführer Dr. Malte Vorwerk am Montag im Verwaltungsgebäude am Johannis-Kirchhof.",
             kind_alt=["supply"], term=["2026", "2033"],
             note="parties in the previous sentence (Weserbogen Kliniken, T-Systems); seven years from 2026; 018 restates it undated, 019 with the month only"),
        deal("nrwbank-weserbogen-loan", ["NRW.BANK", "Weserbogen Kliniken"], "other", 48000000, "EUR", "exact",
             "2026-03", "signed",
             "Gut ein Drittel der Summe finanziert der Verbund über ein Förderdarlehen der NRW.BANK über 48 Millionen Euro, den Rest aus Mitteln des Krankenhauszukunftsfonds und aus eigenen Rücklagen.",
             note="promotional loan; 'der Verbund' = Weserbogen Kliniken; no signing date -> month of the article; the federal/state fund is not a deal"),
    ],
    "not_deals": ["4,3 Milliarden Euro", "rund 612 Millionen Euro", "14 Millionen Euro", "210.000 Euro"],
}

A["017_tallowmere_google_sentinel_en.html"] = {
    "published": "2026-06-18",
    "published_note": "from <meta parsely-pub-date>, JSON-LD and <time datetime='2026-06-18T06:05...'> ('Thursday, June 18, 2026'); 'said Wednesday' -> 2026-06-17",
    "language": "en",
    "deals": [
        deal("tallowmere-google-cloud", ["Tallowmere Health", "Google Cloud"], "cloud_contract", 275000000, "USD", "exact",
             "2026-06-17", "signed",
             "Tallowmere Health, the Columbus-based hospital system with 11 hospitals across central and southern Ohio, will move its electronic records, imaging archive and a new set of AI tools onto Google Cloud under a ten-year contract worth $275 million, executives said Wednesday.",
             note="ten-year contract"),
        deal("oracle-tallowmere-hosting", ["Oracle", "Tallowmere Health"], "cloud_contract", 90000000, "USD", "exact",
             "2024", "cancelled",
             "It replaces a $90 million hosting contract with Oracle Health that Tallowmere signed in 2024 and ended in March, after a string of outages that twice forced emergency departments in Chillicothe and Lancaster back onto paper charts.",
             note="contract of 2024 terminated in March 2026; cancelled keeps the year of the agreement; Oracle Health = Oracle"),
        deal("kittering-tallowmere-loan", ["Kittering Trust", "Tallowmere Health"], "other", 120000000, "USD", "exact",
             "2026-06", "signed",
             "To cover the cost of the migration, Tallowmere has arranged a $120 million term loan from Kittering Trust, a Columbus-based regional bank, according to a bond disclosure filed this week.",
             note="term loan, seven years (next sentence); 'this week' -> month"),
        deal("corvallo-tallowmere", ["Tallowmere Health", "Corvallo"], "supply", 14000000, "USD", "exact",
             "2026-06", "signed",
             "Tallowmere is also paying Corvallo, a Pittsburgh start-up, $14 million over three years for software that listens to doctor-patient conversations and drafts clinical notes.",
             kind_alt=["other", "cloud_contract"], term=["2026", "2029"],
             note="three-year software licence; no signing date -> month of the article; a reader comment repeats the figure"),
    ],
    "not_deals": ["$4.6 billion", "$38 million", "about $34 million annually", "$200 million"],
}

A["018_interview_weserbogen_stationsblick.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesezeit: 7 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        deal("weserbogen-tsystems-2026", ["Weserbogen Kliniken", "T-Systems"], "cloud_contract", 140000000, "EUR", "exact",
             None, "signed",
             "Der Vertrag mit T-Systems über 140 Millionen Euro verteilt sich auf sieben Jahre und ersetzt vier Altsysteme, die wir heute parallel betreiben und bezahlen.",
             kind_alt=["supply"],
             note="restatement of the 016 contract; 'wir' = Weserbogen Kliniken (interviewee's group); undated interview"),
        deal("befundwerk-weserbogen", ["Weserbogen Kliniken", "Befundwerk"], "supply", 1800000, "EUR", "approx",
             None, "signed",
             "Dafür zahlen wir jährlich rund 1,8 Millionen Euro, und die Radiologen wollen sie nicht mehr hergeben.",
             per="year", kind_alt=["other"],
             note="yearly licence fee; 'Dafür' = the Befundwerk software (previous sentence), 'wir' = Weserbogen Kliniken; undated"),
        deal("weserbogen-capex-2030", ["Weserbogen Kliniken"], "capex_plan", 90000000, "EUR", "approx",
             None, "planned",
             "Zusätzlich stecken wir bis 2030 rund 90 Millionen Euro in die Modernisierung unserer Notaufnahmen und in die digitale Vernetzung der sechs Häuser.",
             term=[None, "2030"], note="'wir' = Weserbogen Kliniken; only the spender; undated"),
    ],
    "not_deals": ["95.000 Euro im Jahr", "50 Milliarden Euro", "rund 3.900 Euro", "14,80 Euro"],
}

A["019_triage_memo_roundup_en.txt"] = {
    "published": "2026-09-18",
    "published_note": "from the issue line 'Issue 88 · Friday 18 September 2026'; 'on Wednesday' -> 2026-09-16",
    "language": "en",
    "deals": [
        deal("roche-quenby-2026", ["Roche", "Quenby Bio"], "acquisition", 320000000, "GBP", "exact",
             "2026-09-16", "signed",
             "Roche has agreed to buy Quenby Bio, the Cambridge antibody-design start-up, for £320 million ($430 million) in cash, the Basel group said on Wednesday.",
             alt_amounts=[alt(430000000, "USD")],
             note="Genentech (Roche's US research arm) takes over the team; different from Quenby's 2023 seed round (001)"),
        deal("arch-xaira-2026", ["ARCH Venture Partners", "Xaira Therapeutics"], "investment", 800000000, "USD", "approx",
             "2026-09", "negotiating",
             "Xaira Therapeutics confirmed it is in discussions about a second raise of around $800 million, with ARCH Venture Partners expected to write the largest cheque again.",
             note="talks confirmed by the company -> negotiating; expected lead listed; different from the 2024 launch funding (002)"),
        deal("weserbogen-tsystems-2026", ["Weserbogen Kliniken", "T-Systems"], "cloud_contract", 140000000, "EUR", "exact",
             "2026-03", "signed",
             "Germany's Weserbogen Kliniken, a municipal hospital group in the north of North Rhine-Westphalia, switched on the first module of the €140 million, seven-year platform it signed with T-Systems in March.",
             kind_alt=["supply"], note="restatement of 016 with the month only ('in March')"),
    ],
    "not_deals": ["about £150 million", "CHF 47.7 billion", "CHF 1.2 billion", "around $6 billion", "£21 million"],
}

A["020_jahresbilanz_merlinger_kapitalkiel.txt"] = {
    "published": "2026-11-30",
    "published_note": "from the line 'Meinung & Analyse / Montag, 30. November 2026'",
    "language": "de",
    "deals": [
        deal("isomorphic-thrive-2026", ["Thrive Capital", "Isomorphic Labs"], "investment", 1200000000, "USD", "exact",
             "2026-07", "completed",
             "Isomorphic Labs sammelte im Juli 1,2 Milliarden Dollar ein, wieder unter Führung von Thrive Capital – die Runde, über die im Januar auf der Branchenkonferenz in San Francisco schon getuschelt worden war.",
             note="the round rumoured in 013, closed in July 2026"),
        deal("isomorphic-thrive-2025", ["Thrive Capital", "Isomorphic Labs"], "investment", None, None, None,
             "2025", "completed",
             "Thrive hatte bereits die erste externe Finanzierung der Alphabet-Tochter im Frühjahr 2025 angeführt.",
             note="restatement of the 2025 round (007, 008) without an amount; 'der Alphabet-Tochter' = Isomorphic Labs; 'im Frühjahr 2025' -> year"),
        deal("novo-kelstrup-2026", ["Novo Nordisk", "Kelstrup Bio"], "acquisition", 2900000000, "DKK", "approx",
             "2026-08", "completed",
             "Novo Nordisk übernahm im August das Kopenhagener Enzym-Start-up Kelstrup Bio für knapp 2,9 Milliarden Kronen (rund 390 Millionen Euro) – ein stolzer Preis für ein Unternehmen, dessen erster Wirkstoff gerade einmal in der ersten klinischen Phase steckt.",
             alt_amounts=[alt(390000000, "EUR")],
             note="'Kronen' of a Copenhagen start-up = DKK; 'knapp' -> approx; different from the 2025 Series A (006)"),
        deal("instadeep-kaltwasser-2026", ["InstaDeep", "Kaltwasser Compute"], "cloud_contract", 12000000, "EUR", "exact",
             "2026-10", "signed",
             "Die BioNTech-Tochter InstaDeep hat im Oktober bei Kaltwasser Compute in Hanau Rechenkapazität für jährlich zwölf Millionen Euro gemietet, zunächst für vier Jahre.",
             per="year",
             note="yearly rate, amount in words; initial term four years; InstaDeep (BioNTech subsidiary) is the party"),
    ],
    "not_deals": ["rund 10 Milliarden Dollar", "rund 9 Milliarden Dollar", "rund 16,7 Milliarden Euro", "340 Kronen"],
}

ALIASES = {
    "Eli Lilly": ["Eli Lilly", "Lilly", "Eli Lilly and Company", "Lillys"],
    "Isomorphic Labs": ["Isomorphic Labs", "Isomorphic", "Isomorphic Labs Ltd"],
    "Novartis": ["Novartis", "Novartis AG"],
    "Quenby Bio": ["Quenby Bio", "Quenby", "Quenby Bio Ltd"],
    "Granta Fen Capital": ["Granta Fen Capital", "Granta Fen"],
    "ARCH Venture Partners": ["ARCH Venture Partners", "ARCH"],
    "Foresite Labs": ["Foresite Labs", "Foresite"],
    "Xaira Therapeutics": ["Xaira Therapeutics", "Xaira", "Xaira Therapeutics Inc."],
    "Rheinquell Capital": ["Rheinquell Capital", "Rheinquell", "Rheinquell Capital GmbH"],
    "Isarfold": ["Isarfold", "Isarfold GmbH"],
    "Sanofi": ["Sanofi", "Sanofi SA"],
    "OpenAI": ["OpenAI"],
    "Formation Bio": ["Formation Bio"],
    "Andreessen Horowitz": ["Andreessen Horowitz", "a16z"],
    "Aqemia": ["Aqemia"],
    "Recursion": ["Recursion", "Recursion Pharmaceuticals", "Recursion Pharmaceuticals Inc."],
    "Exscientia": ["Exscientia", "Exscientia plc"],
    "Nvidia": ["Nvidia", "NVIDIA", "Nvidia Corp.", "Nvidias"],
    "Tempus AI": ["Tempus AI", "Tempus", "Tempus AI Inc."],
    "Ambry Genetics": ["Ambry Genetics", "Ambry"],
    "Bayer": ["Bayer", "Bayer AG", "Leaps by Bayer"],
    "Cobaltine Therapeutics": ["Cobaltine Therapeutics", "Cobaltine"],
    "Befundwerk": ["Befundwerk", "Befundwerk GmbH"],
    "Skagerrak Health Fund": ["Skagerrak Health Fund", "Skagerrak"],
    "Kelstrup Bio": ["Kelstrup Bio", "Kelstrup", "Kelstrup Bio ApS"],
    "Danish Centre for AI Innovation": ["Danish Centre for AI Innovation", "DCAI"],
    "Novo Nordisk Foundation": ["Novo Nordisk Foundation", "Novo Nordisk Fonden"],
    "Novo Nordisk": ["Novo Nordisk", "Novo Nordisk A/S", "Novo"],
    "EIFO": ["EIFO", "Export and Investment Fund of Denmark", "Denmark's Export and Investment Fund"],
    "Thrive Capital": ["Thrive Capital", "Thrive"],
    "Merck": ["Merck", "Merck KGaA", "Merck-Konzern"],
    "BioNTech": ["BioNTech", "BioNTech SE"],
    "CureVac": ["CureVac", "CureVac N.V."],
    "AstraZeneca": ["AstraZeneca", "AstraZeneca plc"],
    "CSPC Pharmaceutical Group": ["CSPC Pharmaceutical Group", "CSPC", "CSPC Pharmaceutical"],
    "Roche": ["Roche", "Roche Holding", "Roche Holding AG", "Genentech"],
    "Kaltwasser Compute": ["Kaltwasser Compute", "Kaltwasser", "Kaltwasser Compute GmbH"],
    "LBBW": ["LBBW", "Landesbank Baden-Württemberg"],
    "Blackford Analysis": ["Blackford Analysis", "Blackford Analysis Ltd"],
    "Weserbogen Kliniken": ["Weserbogen Kliniken", "Weserbogen", "Weserbogen Kliniken gGmbH"],
    "T-Systems": ["T-Systems", "T-Systems International", "T-Systems International GmbH"],
    "NRW.BANK": ["NRW.BANK"],
    "Tallowmere Health": ["Tallowmere Health", "Tallowmere"],
    "Google Cloud": ["Google Cloud", "Google"],
    "Oracle": ["Oracle", "Oracle Health", "Oracle Corp."],
    "Kittering Trust": ["Kittering Trust", "Kittering"],
    "Corvallo": ["Corvallo", "Corvallo Inc."],
    "InstaDeep": ["InstaDeep", "InstaDeep Ltd"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
