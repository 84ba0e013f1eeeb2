#!/usr/bin/env python3
"""Write gold.json for corpus179 (the hand annotation, kept as a script).

Usage: python3 tests/corpus179/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
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


ABOUT = (
    "Hand-annotated deals in the 179th, held-out test corpus (tests/corpus179/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: pet care and veterinary (pet food makers, pet retailers, vet "
    "clinic chains, their acquisitions and their digital and AI deals). One entry per article; a deal that "
    "several articles report carries the same id in each. 'parties' name the payer, buyer, investor or lender "
    "first and the payee, target, seller or borrower after it (capex plans name only the spender). "
    "'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units and in the currency the article states them in (other currencies as "
    "'alt_amounts'); 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; "
    "'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication "
    "date ('published', from the article's own date marker, dateline, <meta>/<time>, issue line or stock-portal "
    "stamp, or null when the article has none); a cancelled deal keeps the date of the original agreement or "
    "offer; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable "
    "kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). Invented companies: Napfkontor, Pfotenwerk, Stratoloft "
    "Compute, Calloway Harbor Bank, Whiskerlake Diagnostics, Ravensdale Ventures, Auenhof Tierkliniken, "
    "Wyvernstone Capital, Krekelhof, Gotthardfutter, Vovvebo, Björkhamn Kapital, Hundeholm Dyrehospitaler, "
    "Tallyho Scribe, Wattlebrook Vets, Coolabah Ridge Partners, Łapka, Mazurek Capital, Psiak, Prairie Bowl "
    "Pet Foods, Cottonwood Hyperscale, Sildefjord Petfood, Havbrekk, Vachtlab, Kurobane Pet Foods, Säntisvet, "
    "Mythenblick Invest; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are loosely based on public reports with amounts, dates "
    "and details shifted or invented. Nothing here is reporting."
)

ARTICLES = {}

# ---------------------------------------------------------------------------------------------
ARTICLES["001_zoetis_phibro_hollowbrook_en.txt"] = {
    "published": "2024-08-16",
    "published_note": "from the header 'August 16, 2024 · 07:12 ET'; dateline 'Aug 15', 'on Thursday' -> 2024-08-15; 'last month' -> 2024-07",
    "language": "en",
    "deals": [
        D("phibro-zoetis-mfa", ["Phibro Animal Health", "Zoetis"], "acquisition", 350000000, "USD", "exact",
          "2024-08-15", "signed", True,
          "TEANECK, N.J., Aug 15 (Hollowbrook) – Phibro Animal Health has agreed to buy the medicated feed additive portfolio of Zoetis, the world's biggest maker of animal medicines, for $350 million in cash, Phibro and Zoetis announced on Thursday.",
          note="carve-out of a product portfolio with six plants; closing expected in the fourth quarter"),
        D("calloway-phibro-loan", ["Calloway Harbor Bank", "Phibro Animal Health"], "other", 300000000, "USD",
          "exact", "2024-08-15", "signed", True,
          "Phibro said it had signed a $300 million term loan with a bank group under the lead of Calloway Harbor Bank, and would cover the rest of the price from cash on hand.",
          kind_alt=["investment"],
          note="acquisition loan; lead arranger named, the other lenders not; 'the Teaneck-based company' in the previous sentence"),
        D("merck-elanco-aqua", ["Merck Animal Health", "Elanco"], "acquisition", 1300000000, "USD", "exact",
          "2024-07", "completed", True,
          "Elanco last month completed the sale of its aqua business to Merck Animal Health for $1.3 billion, a deal the Indiana company used mainly to pay down borrowings.",
          note="'last month' -> 2024-07 (completion; the agreement date is not given)"),
    ],
    "not_deals": ["$8.5 billion", "$230 million", "$9.1 billion to $9.25 billion", "$19.80", "$800 million",
                  "$181.40", "$24 from $21", "$1.40", "$13 billion by 2030", "Seats $49"],
}

ARTICLES["002_fressnapf_napfkontor_heimtierdepesche.txt"] = {
    "published": "2024-09-19",
    "published_note": "dateline without year 'Krefeld, 19. September (hd)', year from the copyright line '© 2024'; 'am Dienstag' -> 2024-09-17; 'vergangene Woche' -> 2024-09",
    "language": "de",
    "deals": [
        D("fressnapf-napfkontor-stake-2024", ["Fressnapf", "Napfkontor"], "acquisition", 40000000, "EUR",
          "approx", "2024-09-17", "signed", True,
          "Krefeld, 19. September (hd) – Für rund 40 Millionen Euro sichert sich die Fressnapf-Gruppe ein Viertel der Anteile an Napfkontor, wie die Krefelder am Dienstag mitteilten.",
          kind_alt=["investment"],
          note="25 % minority stake, amount first; first Fressnapf–Napfkontor deal, different from the purchase of the remaining 75 % in 2026 (012)"),
        D("pfotenwerk-stratoloft-2024", ["Pfotenwerk", "Stratoloft Compute"], "cloud_contract", 18000000, "EUR",
          "approx", "2024-09", "signed", True,
          "Das Volumen beläuft sich auf knapp 18 Millionen Euro über drei Jahre, die Laufzeit beginnt im Oktober.",
          term=["2024-10", "2027-09"],
          note="parties in the previous sentence ('hat vergangene Woche einen Vertrag ... unterschrieben'); 'knapp' -> approx; GPU capacity for AI recipe models; first Pfotenwerk–Stratoloft contract, different from the monthly cluster contract in 016"),
    ],
    "not_deals": ["etwa 160 Millionen Euro", "knapp 4 Milliarden Euro", "23 Millionen Euro", "9 Millionen Euro",
                  "2,10 Euro je GPU-Stunde", "rund 3,9 Milliarden Euro", "8 Euro je Kilogramm",
                  "1,2 Millionen Euro", "89 Euro netto", "348 Euro"],
}

ARTICLES["003_generalmills_whitebridge_kibbleledger_en.html"] = {
    "published": "2024-09-12",
    "published_note": "from <meta property='article:published_time'>, JSON-LD datePublished and <time datetime='2024-09-12T06:20:00-05:00'>; 'on Wednesday' -> 2024-09-11; 'A day earlier' -> 2024-09-10",
    "language": "en",
    "deals": [
        D("generalmills-whitebridge", ["General Mills", "Whitebridge Pet Brands", "NexPhase Capital"],
          "acquisition", 1450000000, "USD", "exact", "2024-09-11", "signed", True,
          "The maker of Cheerios and Blue Buffalo said on Wednesday that it will buy Whitebridge Pet Brands, the owner of Tiki Pets and Cloud Star, from private-equity firm NexPhase Capital for $1.45 billion.",
          alt_amounts=[alt(1340000000, "EUR")],
          note="'The maker of Cheerios and Blue Buffalo' = General Mills (previous sentence); seller NexPhase; the EUR figure is how 004 reports the same deal"),
        D("generalmills-yogurt-sale", ["Lactalis", "Sodiaal", "General Mills"], "acquisition", 2100000000, "USD",
          "approx", "2024-09-10", "signed", True,
          "A day earlier it agreed to sell its North American yogurt business, including Yoplait in the U.S. and Canada, to Lactalis and Sodiaal for about $2.1 billion.",
          note="'it' = General Mills ('The Minneapolis group'); 'A day earlier' than Wednesday -> Tuesday 2024-09-10; not a pet deal but a deal"),
        D("generalmills-bluebuffalo-2018", ["General Mills", "Blue Buffalo"], "acquisition", 8000000000, "USD",
          "exact", "2018", "completed", False,
          "General Mills entered pet food in 2018, when it paid $8 billion for Blue Buffalo.",
          note="historical background"),
        D("nexphase-whitebridge-2021", ["NexPhase Capital", "Whitebridge Pet Brands"], "acquisition", None, None,
          None, "2021", "completed", False,
          "NexPhase bought the business in 2021 and combined it with Cloud Star the following year.",
          note="historical background without amount"),
        D("whitebridge-cloudstar-2022", ["Whitebridge Pet Brands", "Cloud Star"], "acquisition", None, None, None,
          "2022", "completed", False,
          "NexPhase bought the business in 2021 and combined it with Cloud Star the following year.",
          kind_alt=["other"], note="historical background without amount; 'the following year' -> 2022"),
    ],
    "not_deals": ["$325 million", "$2.4 billion", "$73.10", "$18 billion by 2028", "$2,950", "$395",
                  "$14.50 a month", "$139 a year"],
}

ARTICLES["004_generalmills_freshpet_boersenpfote.txt"] = {
    "published": "2024-11-12",
    "published_note": "from the stock-portal stamp '12.11.2024 – 08:41 Uhr'; 'im September' -> 2024-09; 'am Montag' -> 2024-11-11",
    "language": "de",
    "deals": [
        D("generalmills-whitebridge", ["General Mills", "Whitebridge Pet Brands", "NexPhase Capital"],
          "acquisition", 1340000000, "EUR", "approx", "2024-09", "completed", True,
          "Für die Hersteller von Katzennassfutter und Leckerlis der Marken Tiki Pets und Cloud Star überweist General Mills dem Finanzinvestor NexPhase Capital umgerechnet rund 1,34 Milliarden Euro.",
          alt_amounts=[alt(1450000000, "USD")],
          note="same deal as 003, here in EUR with only the month of the agreement ('Die im September vereinbarte Transaktion'); the USD price appears in the compound '1,45-Milliarden-Dollar-Übernahme' of the previous paragraph; status completed"),
        D("freshpet-ennis-expansion", ["Freshpet"], "capex_plan", 250000000, "USD", "approx", "2024-11-11",
          "planned", True,
          "Das Unternehmen aus Secaucus in New Jersey will sein Werk in Ennis, Texas, bis Ende 2026 für rund 250 Millionen Dollar um zwei weitere Produktionslinien erweitern, wie es am Montag mitteilte.",
          kind_alt=["project"], term=[None, "2026-12"],
          note="'Das Unternehmen aus Secaucus' = Freshpet (same sentence's lead-in)"),
    ],
    "not_deals": ["2,7 Milliarden Dollar", "65,20 Dollar", "72 Dollar", "60 Cent je Aktie", "975 Millionen Dollar",
                  "151,80 Dollar", "65,20 USD", "145,60 USD", "176,35 USD", "31,05 USD", "4,12 USD",
                  "7 Milliarden Dollar", "1,00 Euro Ordergebühr", "50 Euro Startguthaben"],
}

ARTICLES["005_whiskerlake_ivc_wensum_en.txt"] = {
    "published": "2025-01-23",
    "published_note": "from the header 'Business | Thursday 23 January 2025'; 'on Tuesday' -> 2025-01-21; 'last month' -> 2024-12",
    "language": "en",
    "deals": [
        D("ivc-whiskerlake-xray-2025", ["IVC Evidensia", "Whiskerlake Diagnostics"], "cloud_contract", 12000000,
          "GBP", "exact", "2025-01-21", "signed", True,
          "The deal is worth £12 million, Whiskerlake said – roughly €14 million at current exchange rates – and starts in April.",
          kind_alt=["supply", "partnership"], alt_amounts=[alt(14000000, "EUR")], term=["2025-04", "2028-03"],
          note="parties and 'on Tuesday' in the previous sentence; AI X-ray reading as a service; first IVC–Whiskerlake deal, different from IVC's lead of the 2026 Series B (019)"),
        D("ravensdale-whiskerlake-seriesa", ["Ravensdale Ventures", "Whiskerlake Diagnostics"], "investment",
          20000000, "GBP", "exact", "2024-12", "completed", True,
          "Whiskerlake took in £20 million of Series A money, with the London venture fund Ravensdale Ventures as lead investor, which values the company at about £85 million after the investment.",
          note="'a funding round last month' (previous sentence) -> 2024-12; lead investor only"),
    ],
    "not_deals": ["£42,000", "about £85 million", "£250,000", "£6.8 million", "£68", "more than £150",
                  "£9 per image", "£1.6 million", "£310", "£24"],
}

ARTICLES["006_auenhof_ilmenaukurier.txt"] = {
    "published": "2025-03-12",
    "published_note": "from the date line 'LÜNEBURG · Mittwoch, 12. März 2025'; 'am Montagabend' -> 2025-03-10; 'im Januar' -> 2025-01",
    "language": "de",
    "deals": [
        D("wyvernstone-auenhof-takeover", ["Wyvernstone Capital", "Auenhof Tierkliniken"], "acquisition",
          450000000, "EUR", "range", "2025", "rumored", True,
          "Im Gespräch ist Insidern zufolge ein Kaufpreis zwischen 450 und 500 Millionen Euro einschließlich Schulden.",
          amount_max=500000000, alt_amounts=[alt(480000000, "EUR"), alt(560000000, "USD")],
          note="exclusive talks from sources; parties in the previous sentence; only the year so that the shared id's dates agree with the signing on 2025-07-22 (010); €480m and $560m are the later articles' figures"),
        D("anicura-auenhof-denied", ["AniCura", "Auenhof Tierkliniken"], "acquisition", None, None, None,
          "2025", "cancelled", False,
          "Auch die Mars-Tochter AniCura, die in Branchenkreisen ebenfalls als Interessentin galt, winkte ab.",
          note="denied interest, no amount"),
        D("lueneburg-auenhof-land", ["Auenhof Tierkliniken", "Hansestadt Lüneburg"], "acquisition", 2100000,
          "EUR", "exact", "2025-03-10", "announced", True,
          "Käuferin ist die Auenhof Tierkliniken GmbH, sie zahlt der Stadt dafür 2,1 Millionen Euro.",
          kind_alt=["other"],
          note="council vote 'am Montagabend' in the previous sentence; municipal land sale approved, not yet notarised -> announced"),
        D("auenhof-uelzen-practice", ["Auenhof Tierkliniken"], "acquisition", None, None, None, "2025-01",
          "completed", False,
          "Erst im Januar hatte Auenhof die Kleintierpraxis eines Kollegen in Uelzen übernommen; über den Preis schweigen beide Seiten.",
          note="undisclosed price, seller not named"),
    ],
    "not_deals": ["rund 95 Millionen Euro", "23,62 Euro", "2.600 Euro", "4.200 Euro", "rund 11 Millionen Euro",
                  "49 Euro"],
}

ARTICLES["007_hills_redcollar_shelfbowl_en.txt"] = {
    "published": "2025-02-04",
    "published_note": "from the line 'Posted Feb 4, 2025 5:58 AM CST'; 'on Monday' and 'the same day' -> 2025-02-03",
    "language": "en",
    "deals": [
        D("colgate-redcollar-plants", ["Colgate-Palmolive", "Red Collar Pet Foods"], "acquisition", 700000000,
          "USD", "approx", "2025-02-03", "signed", True,
          "Hill's Pet Nutrition will acquire the dry-food manufacturing business of Red Collar Pet Foods, including three plants in the United States, for about $700 million, Colgate said on Monday.",
          note="Hill's Pet Nutrition is Colgate-Palmolive's pet food unit (alias)"),
        D("hills-krekelhof-supply", ["Colgate-Palmolive", "Krekelhof"], "supply", 40000000, "USD", "up_to",
          "2025-02-03", "signed", True,
          "In a smaller announcement the same day, Hill's disclosed a five-year supply agreement with Krekelhof, a Dutch producer of insect protein, worth up to $40 million.",
          term=["2026", "2030"], note="five years from 'next year' (2026)"),
    ],
    "not_deals": ["$4.2 billion", "$86.95", "$350 million to $400 million", "€3,500 a tonne", "$89.99",
                  "$650", "$1,200", "$29 a month"],
}

ARTICLES["008_nestle_gotthardfutter_lindentor.txt"] = {
    "published": "2025-06-05",
    "published_note": "from the note date '5. Juni 2025 (Schlusskurse vom 04.06.2025)'; 'am Dienstag' -> 2025-06-03; 'im vergangenen Jahr' -> 2024",
    "language": "de",
    "deals": [
        D("nestle-gotthardfutter-takeover", ["Nestlé", "Gotthardfutter"], "acquisition", 160000000, "CHF",
          "approx", "2025-06-03", "signed", True,
          "Der Kaufpreis für sämtliche Aktien beträgt rund 160 Millionen Franken, das entspricht etwa 170 Millionen Euro.",
          alt_amounts=[alt(170000000, "EUR")],
          note="parties and 'am Dienstag nach Börsenschluss' in the two previous sentences (Nestlé Purina PetCare); subject to the WEKO review; withdrawn in 2026 (020)"),
        D("virbac-sasaeah", ["Virbac", "Sasaeah"], "acquisition", 36000000000, "JPY", "approx", "2024",
          "completed", True,
          "Virbac hatte im vergangenen Jahr den japanischen Hersteller Sasaeah für rund 36 Milliarden Yen übernommen, das Unternehmen verdiente damals knapp das 15-Fache des EBITDA.",
          note="comparable transaction; 'im vergangenen Jahr' -> 2024"),
        D("nestle-europe-plants-capex", ["Nestlé"], "capex_plan", 250000000, "EUR", "up_to", None, "planned",
          False,
          "Strategisch passt das Geschäft aber zur Ankündigung des Managements, bis 2027 bis zu 250 Millionen Euro in europäische Werke für Premiumfutter zu stecken.",
          term=[None, "2027"], note="group-wide plan mentioned in passing; date of the announcement not given"),
    ],
    "not_deals": ["48 Millionen Franken", "19 Milliarden Franken", "1,1 Milliarden Franken", "105 Franken",
                  "88,40 Franken", "360 Euro"],
}

ARTICLES["009_leash_letter_june25_en.txt"] = {
    "published": "2025-06-27",
    "published_note": "from the issue line 'Issue 74 · Friday 27 June 2025'; 'on Tuesday' -> 2025-06-24; 'last week' -> 2025-06",
    "language": "en",
    "deals": [
        D("bjorkhamn-vovvebo-seriesb", ["Björkhamn Kapital", "Vovvebo"], "investment", 240000000, "SEK",
          "exact", "2025-06-24", "completed", True,
          "Vovvebo, the Swedish app that connects pet owners with vets by video, raised SEK240m (roughly €21m) in a Series B round headed by Björkhamn Kapital, Vovvebo announced on Tuesday.",
          alt_amounts=[alt(21000000, "EUR")], note="lead investor only"),
        D("anicura-hundeholm", ["AniCura", "Hundeholm Dyrehospitaler"], "acquisition", 600000000, "DKK",
          "at_least", "2025-06", "completed", True,
          "The Mars-owned clinic group AniCura has bought Hundeholm Dyrehospitaler, a chain of 12 animal hospitals around Aarhus and Odense, for more than DKK600m, a filing lodged with the Danish business register last week shows.",
          note="'more than' -> at_least; the filing 'last week' gives the month"),
        D("zooplus-google-cloud", ["Zooplus", "Google"], "cloud_contract", 60000000, "EUR", "approx", "2025-06",
          "signed", True,
          "Over the five years the deal is worth about €60 million, a person involved in the talks told the Letter.",
          note="renewal 'for five more years' named in the previous sentence; value from a source; this week's news -> 2025-06"),
    ],
    "not_deals": ["SEK 1.1 billion", "SEK 299", "DKK 410 million", "€72 billion", "$0.74", "$410 million",
                  "$680 million", "€395", "€195", "$12 a month"],
}

ARTICLES["010_auenhof_wyvernstone_kursfaehrte.txt"] = {
    "published": "2025-07-22",
    "published_note": "from the ticker header 'LIVE · Dienstag, 22. Juli 2025'; entries by time; 'am Morgen' -> 2025-07-22",
    "language": "de",
    "deals": [
        D("wyvernstone-auenhof-takeover", ["Wyvernstone Capital", "Auenhof Tierkliniken"], "acquisition",
          480000000, "EUR", "exact", "2025-07-22", "signed", True,
          "Wyvernstone zahlt 480 Millionen Euro einschließlich der Schulden des Unternehmens.",
          note="signing of the rumoured deal of 006 ('Der Kaufvertrag wurde am Morgen unterschrieben' in the previous sentence)"),
        D("commerzbank-wyvernstone-loan", ["Commerzbank", "Wyvernstone Capital"], "other", 260000000, "EUR",
          "exact", "2025-07-22", "signed", True,
          "Nachtrag zu Auenhof: Finanziert wird der Kauf auch mit einem Kredit über 260 Millionen Euro, den ein Bankenkonsortium unter Führung der Commerzbank bereitstellt.",
          kind_alt=["investment"],
          note="acquisition loan for Wyvernstone's purchase ('der Kauf'); lead bank only"),
        D("nestle-pfotenwerk-copacking", ["Nestlé", "Pfotenwerk"], "supply", 25000000, "EUR", "up_to",
          "2025-07-22", "negotiating", True,
          "Nach Informationen aus Unternehmenskreisen geht es um ein Volumen von bis zu 25 Millionen Euro jährlich.",
          per="year", kind_alt=["other"],
          note="talks on contract manufacturing ('Lohnfertigung') confirmed in the previous sentence; Nestlé Purina would pay Pfotenwerk"),
    ],
    "not_deals": ["77,90 Franken", "131 Euro", "2,8 Milliarden Euro", "rund 19 Millionen Euro", "77,90 CHF",
                  "152,40 USD"],
}

ARTICLES["011_auenhof_wyvernstone_corliss_en.txt"] = {
    "published": "2025-09-03",
    "published_note": "from the header 'September 3, 2025 | 05:50 GMT'; dateline 'Sept 2'; 'in July' -> 2025-07",
    "language": "en",
    "deals": [
        D("wyvernstone-auenhof-takeover", ["Wyvernstone Capital", "Auenhof Tierkliniken"], "acquisition",
          560000000, "USD", "approx", "2025-07", "completed", True,
          "Wyvernstone agreed in July to pay about $560 million for the Lüneburg-based group, including debt.",
          note="same deal as 006 and 010, here in USD with only the month; completed after clearance 'on Tuesday' (2025-09-02)"),
        D("auenhof-buy-and-build", ["Auenhof Tierkliniken"], "capex_plan", 150000000, "EUR", "up_to", "2025-09",
          "planned", True,
          "The clinic group will spend up to 150 million euros over the next three years buying independent practices in Germany and the Netherlands, Wyvernstone partner Alistair Penhallow told Corliss in an interview.",
          kind_alt=["acquisition", "other"],
          note="'The clinic group' = Auenhof; acquisition budget, no counterparty yet"),
    ],
    "not_deals": ["27 billion euros", "4,300 euros a month", "2.8 billion euros", "1,900 euros a year"],
}

ARTICLES["012_fressnapf_napfkontor_rheinbogen.html"] = {
    "published": "2026-02-18",
    "published_note": "from <meta name='date' content='2026-02-18'>, JSON-LD and the visible 'Krefeld · 18.02.2026, 09:10 Uhr'; 'am Dienstag' -> 2026-02-17",
    "language": "de",
    "deals": [
        D("fressnapf-napfkontor-rest-2026", ["Fressnapf", "Napfkontor"], "acquisition", 95000000, "EUR",
          "approx", "2026-02-17", "signed", True,
          "Für die restlichen 75 Prozent der Anteile zahlt das Unternehmen rund 95 Millionen Euro, wie es am Dienstag mitteilte.",
          note="'das Unternehmen' = Fressnapf (previous sentence); second Fressnapf–Napfkontor deal, must stay apart from the 2024 stake"),
        D("fressnapf-napfkontor-stake-2024", ["Fressnapf", "Napfkontor"], "acquisition", 40000000, "EUR",
          "approx", "2024-09", "signed", True,
          "Schon im September 2024 hatte sich Fressnapf ein Viertel an Napfkontor gesichert, damals für rund 40 Millionen Euro.",
          kind_alt=["investment"], note="restatement of 002 with the month only"),
        D("fressnapf-logistics-capex", ["Fressnapf"], "capex_plan", 200000000, "EUR", "approx", None, "planned",
          False,
          "Die Gruppe will nach eigenen Angaben bis 2028 rund 200 Millionen Euro in Logistik und Digitalisierung investieren.",
          term=[None, "2028"], note="group-wide capex plan"),
    ],
    "not_deals": ["41 Millionen Euro", "gut 125 Millionen Euro", "rund 4,3 Milliarden Euro", "4,5 Millionen Euro",
                  "rund 150 Millionen Euro", "zwischen 90 und 130 Euro", "7,99 Euro monatlich", "99 Cent"],
}

ARTICLES["013_chewy_tallyho_tickerbarn_en.txt"] = {
    "published": "2026-03-10",
    "published_note": "from the stock-portal stamp 'Mar 10, 2026 · 4:05 PM ET'; 'after the bell on Monday' -> 2026-03-09; 'in December' -> 2025-12",
    "language": "en",
    "deals": [
        D("chewy-tallyho", ["Chewy", "Tallyho Scribe"], "acquisition", 90000000, "USD", "approx", "2026-03-09",
          "signed", True,
          "Chewy (NYSE: CHWY) announced after the bell on Monday a deal to acquire Tallyho Scribe, an Austin, Texas, start-up whose software listens to veterinary appointments and writes the clinical notes, for about $90 million in cash and stock."),
        D("chewy-bcpartners-buyback", ["Chewy", "BC Partners"], "other", 300000000, "USD", "exact", "2025-12",
          "completed", False,
          "The stock has gained roughly 9% since Chewy repurchased $300 million of its shares from its largest holder, BC Partners, in December.",
          note="share buyback from the main shareholder, background in a share-price sentence"),
    ],
    "not_deals": ["36.42", "15.1B", "$14 million", "$249 per vet per month", "$12 billion", "$36.42",
                  "$44 price target", "around $9 million", "$3.25 billion to $3.3 billion", "$591", "$0 commission"],
}

ARTICLES["014_cvs_wattlebrook_harbourside_en.html"] = {
    "published": "2026-04-16",
    "published_note": "from <meta property='article:published_time'>, JSON-LD and the byline 'Thursday 16 April 2026'; 'on Wednesday' -> 2026-04-15",
    "language": "en",
    "deals": [
        D("wattlebrook-cvs-australia", ["Wattlebrook Vets", "CVS Group"], "acquisition", 175000000, "AUD",
          "exact", "2026-04-15", "signed", True,
          "Sydney-based Wattlebrook Vets will become the country's third-largest veterinary network after agreeing to buy the Australian practices of Britain's CVS Group for A$175 million, in a deal announced on Wednesday.",
          alt_amounts=[alt(83000000, "GBP")],
          note="CVS's proceeds 'about £83 million' (next paragraph) as GBP alternative"),
        D("coolabah-wattlebrook-equity", ["Coolabah Ridge Partners", "Wattlebrook Vets"], "investment", 90000000,
          "AUD", "exact", "2026-04", "signed", True,
          "To pay for the deal, Wattlebrook has raised A$90 million in new equity from Coolabah Ridge Partners, the Melbourne private equity firm that already owns a majority of the business.",
          note="no day given for the raise; month of the takeover"),
    ],
    "not_deals": ["A$96 million", "A$4.3 billion", "A$95", "A$2 million", "1,186 pence", "A$1.20 a day",
                  "A$6.50 a week"],
}

ARTICLES["015_lapka_mazurek_zoofachost.txt"] = {
    "published": "2026-05-14",
    "published_note": "from the issue line 'Ausgabe 5/2026 · erschienen am 14. Mai 2026'; 'Ende April' -> 2026-04",
    "language": "de",
    "deals": [
        D("mazurek-lapka-stake", ["Mazurek Capital", "Łapka"], "investment", 140000000, "PLN", "exact",
          "2026-04", "signed", True,
          "Der Warschauer Wachstumsinvestor Mazurek Capital steigt mit 140 Millionen Złoty ein, umgerechnet knapp 33 Millionen Euro.",
          kind_alt=["acquisition"], alt_amounts=[alt(33000000, "EUR")],
          note="'Das Posener Unternehmen' (Łapka) in the previous sentence; signed 'Ende April' (next sentence); 35 % minority stake"),
        D("lapka-psiak-stores", ["Łapka", "Psiak"], "acquisition", 31000000, "PLN", "exact", None, "signed", True,
          "Der Insolvenzverwalter bestätigte den Verkauf; der Kaufpreis liegt bei 31 Millionen Złoty, einschließlich der Warenbestände.",
          note="buyer and seller ('22 Filialen des insolventen Wettbewerbers Psiak') in the previous sentence; no date given"),
        D("fressnapf-poland-expansion", ["Fressnapf"], "capex_plan", 50000000, "EUR", "approx", None, "planned",
          True,
          "Bis Ende 2028 sollen nach Unternehmensangaben rund 50 Millionen Euro in neue Filialen und ein zweites Logistikzentrum bei Breslau fließen.",
          term=[None, "2028-12"],
          note="Maxi Zoo, the Polish arm of the Fressnapf group (previous sentence); country plan with a site"),
    ],
    "not_deals": ["610 Millionen Złoty", "9 Milliarden Złoty", "45 bis 60 Złoty", "190 Złoty", "35 Euro",
                  "220 Euro je Quadratmeter", "14,50 Euro", "119 Euro", "139 Euro"],
}

ARTICLES["016_pfotenwerk_interview_napfnutzen.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the interview (only 'Lesedauer: 7 Minuten'); 'Seit Januar' without a year -> null",
    "language": "de",
    "deals": [
        D("pfotenwerk-stratoloft-2024", ["Pfotenwerk", "Stratoloft Compute"], "cloud_contract", None, None, None,
          None, "signed", False,
          "Dafür haben wir den Vertrag mit Stratoloft in Frankfurt geschlossen, und der hat sich bezahlt gemacht.",
          note="'wir' = Pfotenwerk; restatement of the 2024 contract (002) without amount"),
        D("pfotenwerk-stratoloft-cluster", ["Pfotenwerk", "Stratoloft Compute"], "cloud_contract", 240000,
          "EUR", "approx", None, "signed", True,
          "Seit Januar mieten wir bei Stratoloft zusätzlich einen eigenen, abgeschotteten Cluster, für monatlich rund 240.000 Euro.",
          per="month",
          note="second Pfotenwerk–Stratoloft contract ('ein zweiter Vertrag, unabhängig vom ersten'), must stay apart from the 2024 contract; undated interview"),
        D("wyvernstone-pfotenwerk-offer", ["Wyvernstone Capital", "Pfotenwerk"], "acquisition", 200000000, "EUR",
          "approx", "2025", "cancelled", True,
          "Wyvernstone hat uns 2025 rund zweihundert Millionen Euro für das ganze Unternehmen angeboten.",
          note="offer refused ('abgesagt'); amount in words; the year is given in the text"),
        D("pfotenwerk-ahaus-line", ["Pfotenwerk"], "capex_plan", 35000000, "EUR", "approx", None, "planned", True,
          "Wir bauen in Ahaus eine zweite Linie für Nassfutter in Schalen, das kostet uns rund 35 Millionen Euro.",
          kind_alt=["project"], note="'wir' = Pfotenwerk"),
    ],
    "not_deals": ["142 Millionen Euro", "3.900 Euro", "1,89 Euro", "9,80 Euro", "75 Euro"],
}

ARTICLES["017_prairiebowl_cottonwood_flinthills_en.txt"] = {
    "published": "2026-06-09",
    "published_note": "from the header 'Emporia, Kansas · Tuesday, June 9, 2026'; 'last week' -> 2026-06 (week of 1–5 June)",
    "language": "en",
    "deals": [
        D("cottonwood-prairiebowl-site", ["Cottonwood Hyperscale", "Prairie Bowl Pet Foods"], "acquisition",
          38000000, "USD", "exact", "2026-06", "completed", True,
          "Prairie Bowl has sold the 96-acre site, closed since 2024, to Cottonwood Hyperscale, a Denver-based developer, for $38 million.",
          kind_alt=["other"], note="former pet food plant sold to a data-centre developer; closed 'last week'"),
        D("cottonwood-emporia-campus", ["Cottonwood Hyperscale"], "capex_plan", 1200000000, "USD", "approx",
          "2026-06", "planned", True,
          "Cottonwood says it will spend about $1.2 billion over the next five years on two data halls with 180 megawatts of capacity between them, to be leased to cloud and AI companies.",
          kind_alt=["project"], note="data-centre campus on the plant site"),
        D("evergy-cottonwood-power", ["Evergy", "Cottonwood Hyperscale"], "supply", None, None, None, "2026-06",
          "signed", False,
          "The company has also reached an agreement with Evergy to supply power to the site, but neither side would disclose its terms.",
          note="no amount; Cottonwood pays Evergy"),
        D("prairiebowl-salina-expansion", ["Prairie Bowl Pet Foods"], "capex_plan", 60000000, "USD", "exact",
          None, "planned", True,
          "The family-owned company moved production to its newer plant in Salina after the Emporia line closed, and chief executive Wade Ostermeier said the proceeds would help pay for a $60 million expansion there that will add a wet-food line next year.",
          kind_alt=["project"]),
    ],
    "not_deals": ["$68,000", "industrial revenue bonds of up to $1.2 billion", "$850,000 a year",
                  "$3,400 an acre", "$31.5 million", "$850k a year", "$9 a bale"],
}

ARTICLES["018_sildefjord_royalcanin_kutterblatt.txt"] = {
    "published": "2026-07-03",
    "published_note": "from the issue line 'Ausgabe 27 | 3. Juli 2026'; 'Im März' -> 2026-03; 'Drei Monate später' -> 2026-06",
    "language": "de",
    "deals": [
        D("royalcanin-sildefjord-supply", ["Royal Canin", "Sildefjord Petfood"], "supply", 45000000, "NOK",
          "approx", "2026-06", "signed", True,
          "Royal Canin zahlt dafür jährlich rund 45 Millionen Kronen, umgerechnet knapp 4 Millionen Euro, wie Sildefjord-Chefin Ingrid Hovdenakk dem Kutterblatt bestätigte.",
          per="year", alt_amounts=[alt(4000000, "EUR")], term=["2027-01", "2031-12"],
          note="Norwegian kroner; five-year term from January 2027; date from 'Drei Monate später' after the March stake purchase"),
        D("havbrekk-sildefjord-stake", ["Havbrekk", "Sildefjord Petfood"], "acquisition", 180000000, "NOK",
          "exact", "2026-03", "completed", True,
          "Im März hatte der Lachszüchter Havbrekk ASA für 180 Millionen Kronen 30 Prozent an Sildefjord übernommen und dem Unternehmen damit Zugang zu den Schlachtnebenprodukten aus seinen Anlagen gesichert.",
          kind_alt=["investment"]),
    ],
    "not_deals": ["2.900 Euro je Tonne", "8 Milliarden Kronen", "260 Millionen Kronen", "12 Millionen Kronen",
                  "186 Euro", "129 Euro"],
}

ARTICLES["019_whiskerlake_ivc_broadland_en.txt"] = {
    "published": "2026-09-15",
    "published_note": "from the header 'Tuesday 15 September 2026'; 'on Monday' -> 2026-09-14; 'In January last year' -> 2025-01",
    "language": "en",
    "deals": [
        D("ivc-whiskerlake-seriesb", ["IVC Evidensia", "Whiskerlake Diagnostics"], "investment", 45000000, "GBP",
          "exact", "2026-09-14", "completed", True,
          "The Norwich company said on Monday that IVC had led a £45 million Series B round, about $61 million, with the existing backer Ravensdale Ventures also putting in money.",
          alt_amounts=[alt(61000000, "USD")],
          note="lead investor IVC; second IVC–Whiskerlake deal, separate from the 2025 contract ('The new investment is separate from that contract')"),
        D("ivc-whiskerlake-xray-2025", ["IVC Evidensia", "Whiskerlake Diagnostics"], "cloud_contract", 12000000,
          "GBP", "exact", "2025-01", "signed", True,
          "In January last year Whiskerlake won a £12 million, three-year deal to pre-read X-rays at IVC's British practices, a contract chief executive Dr Owain Petherick says \"changed the company overnight\".",
          kind_alt=["supply", "partnership"], note="restatement of 005 with the month only"),
        D("whiskerlake-vachtlab", ["Whiskerlake Diagnostics", "Vachtlab"], "acquisition", 8000000, "EUR",
          "approx", None, "signed", True,
          "Part of it is already spoken for: Whiskerlake has agreed to buy Vachtlab, a Utrecht start-up that analyses blood test results with machine learning, for about eight million euros.",
          note="amount in words; no date given for the agreement"),
    ],
    "not_deals": ["£260 million", "£9 million", "£16", "£46,000", "£349,995", "£2.20 a week"],
}

ARTICLES["020_gotthardfutter_kurobane_limmatwoche.txt"] = {
    "published": "2026-11-06",
    "published_note": "from the issue line 'Freitag, 6. November 2026 · Nr. 45'; 'am Mittwoch' -> 2026-11-04; 'Am Donnerstag' -> 2026-11-05; 'im Juni 2025' -> 2025-06",
    "language": "de",
    "deals": [
        D("nestle-gotthardfutter-takeover", ["Nestlé", "Gotthardfutter"], "acquisition", 160000000, "CHF",
          "approx", "2025-06", "cancelled", True,
          "Der Konzern aus Vevey hat seine im Juni 2025 vereinbarte Offerte über rund 160 Millionen Franken am Mittwoch zurückgezogen.",
          note="'Der Konzern aus Vevey' = Nestlé; withdrawn on 2026-11-04 after WEKO concerns; the date stays that of the agreement (008)"),
        D("kurobane-gotthardfutter-stake", ["Kurobane Pet Foods", "Gotthardfutter"], "acquisition", 70000000,
          "CHF", "approx", "2026-11-05", "announced", True,
          "Kurobane zahlt dafür rund 70 Millionen Franken, gut 13 Milliarden Yen.",
          kind_alt=["investment"], alt_amounts=[alt(13000000000, "JPY")],
          note="49 % stake announced 'Am Donnerstag' (previous sentence); contract to be signed by year end -> announced"),
        D("anicura-thurgau-clinics", ["AniCura"], "acquisition", None, None, None, None, "signed", False,
          "Die Mars-Tochter AniCura übernimmt zwei Tierkliniken im Thurgau, über den Preis wurde nichts bekannt.",
          note="no amount, sellers not named"),
        D("mythenblick-saentisvet", ["Mythenblick Invest", "Säntisvet"], "investment", 6000000, "CHF", "exact",
          None, "signed", True,
          "Das Zürcher Start-up Säntisvet, das Tierarztpraxen eine Software für Terminbuchung und Abrechnung anbietet, sammelt 6 Millionen Franken ein, angeführt von der Zuger Beteiligungsgesellschaft Mythenblick Invest.",
          note="lead investor only; no date given"),
    ],
    "not_deals": ["52 Millionen Franken", "81,30 Franken", "850.000 Franken", "1,3 Milliarden Franken",
                  "1,15 Mio. Franken", "228 Franken", "168 Franken"],
}

ALIASES = {
    "Zoetis": ["Zoetis", "Zoetis Inc."],
    "Phibro Animal Health": ["Phibro Animal Health", "Phibro"],
    "Calloway Harbor Bank": ["Calloway Harbor Bank", "Calloway Harbor"],
    "Elanco": ["Elanco", "Elanco Animal Health"],
    "Merck Animal Health": ["Merck Animal Health", "MSD Animal Health"],
    "Fressnapf": ["Fressnapf", "Fressnapf-Gruppe", "Fressnapf Holding", "Maxi Zoo"],
    "Napfkontor": ["Napfkontor"],
    "Pfotenwerk": ["Pfotenwerk", "Pfotenwerk Tiernahrung"],
    "Stratoloft Compute": ["Stratoloft Compute", "Stratoloft"],
    "General Mills": ["General Mills", "General Mills Inc."],
    "Whitebridge Pet Brands": ["Whitebridge Pet Brands", "Whitebridge"],
    "NexPhase Capital": ["NexPhase Capital", "NexPhase"],
    "Lactalis": ["Lactalis", "Groupe Lactalis"],
    "Sodiaal": ["Sodiaal"],
    "Blue Buffalo": ["Blue Buffalo", "Blue Buffalo Pet Products"],
    "Cloud Star": ["Cloud Star"],
    "Freshpet": ["Freshpet", "Freshpet Inc."],
    "Whiskerlake Diagnostics": ["Whiskerlake Diagnostics", "Whiskerlake"],
    "IVC Evidensia": ["IVC Evidensia", "IVC"],
    "Ravensdale Ventures": ["Ravensdale Ventures", "Ravensdale"],
    "Wyvernstone Capital": ["Wyvernstone Capital", "Wyvernstone"],
    "Auenhof Tierkliniken": ["Auenhof Tierkliniken", "Auenhof Tierkliniken GmbH", "Auenhof"],
    "AniCura": ["AniCura"],
    "Hansestadt Lüneburg": ["Hansestadt Lüneburg", "Stadt Lüneburg"],
    "Colgate-Palmolive": ["Colgate-Palmolive", "Colgate", "Hill's Pet Nutrition", "Hill's"],
    "Red Collar Pet Foods": ["Red Collar Pet Foods", "Red Collar"],
    "Krekelhof": ["Krekelhof"],
    "Nestlé": ["Nestlé", "Nestle", "Nestlé Purina PetCare", "Nestlé Purina", "Purina"],
    "Gotthardfutter": ["Gotthardfutter", "Gotthardfutter AG"],
    "Virbac": ["Virbac"],
    "Sasaeah": ["Sasaeah", "Sasaeah Holdings"],
    "Vovvebo": ["Vovvebo"],
    "Björkhamn Kapital": ["Björkhamn Kapital", "Björkhamn"],
    "Hundeholm Dyrehospitaler": ["Hundeholm Dyrehospitaler", "Hundeholm"],
    "Zooplus": ["Zooplus", "zooplus SE"],
    "Google": ["Google", "Google Cloud"],
    "Commerzbank": ["Commerzbank"],
    "Chewy": ["Chewy", "Chewy Inc."],
    "Tallyho Scribe": ["Tallyho Scribe", "Tallyho"],
    "BC Partners": ["BC Partners"],
    "Wattlebrook Vets": ["Wattlebrook Vets", "Wattlebrook"],
    "CVS Group": ["CVS Group", "CVS"],
    "Coolabah Ridge Partners": ["Coolabah Ridge Partners", "Coolabah Ridge"],
    "Łapka": ["Łapka", "Lapka"],
    "Mazurek Capital": ["Mazurek Capital", "Mazurek"],
    "Psiak": ["Psiak"],
    "Prairie Bowl Pet Foods": ["Prairie Bowl Pet Foods", "Prairie Bowl"],
    "Cottonwood Hyperscale": ["Cottonwood Hyperscale", "Cottonwood"],
    "Evergy": ["Evergy"],
    "Royal Canin": ["Royal Canin"],
    "Sildefjord Petfood": ["Sildefjord Petfood", "Sildefjord Petfood AS", "Sildefjord"],
    "Havbrekk": ["Havbrekk", "Havbrekk ASA"],
    "Vachtlab": ["Vachtlab"],
    "Kurobane Pet Foods": ["Kurobane Pet Foods", "Kurobane"],
    "Säntisvet": ["Säntisvet"],
    "Mythenblick Invest": ["Mythenblick Invest", "Mythenblick"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out.name}: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
