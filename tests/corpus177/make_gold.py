#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus177/articles/.

Edit the annotation here and run `python3 tests/corpus177/make_gold.py`; then check it with
`python3 tests/corpus177/check_gold.py`. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the held-out test corpus 177 (tests/corpus177/articles/; theme: luxury "
    "goods and watches - luxury groups, watchmakers and jewellers, their acquisitions, stores and AI/data "
    "deals), written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json and shared/gold/seeds.json. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague or background mentions "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
    "from the article's own date marker, dateline, <meta>/<time>, issue line or stamp, or null when the "
    "article has none); quarters, half-years and seasons become the year; a cancelled deal keeps the date "
    "of the original agreement or talks; 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies include Frinvillier Rechenzentrum, Manufacture Vaucorbe, Hallgarth Capital, Carrow Street "
    "Properties, Dunmarrow Realty, Maison Ormillac, Lunettes Vasseur, Seraphine Analytics, Kraxenberger, "
    "Immobiliare Sant'Andrea, Scarzella Orafi, Brisolier, Banca Varenna, Visiora Labs, Cadranor, Aurevia, "
    "Aurelwerk, Rosswaag Beteiligungen, Prismatica, Kowloon Crest Properties, Salève Compute, Bank "
    "Taubenloch, Brückenberg Uhren, Lindqvist & Falk, Atelier Rochemaure, Nahetal Edelstein and Ashcombe "
    "Vale Partners; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted. "
    "Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
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


ARTICLES = {}

ARTICLES["001_kering_fifthavenue_gramercy_en.html"] = A(
    "2024-01-11",
    "from <meta article:published_time> and <time datetime='2024-01-11T06:30:00-05:00'> (byline 'Thursday, "
    "January 11, 2024'); 'on Wednesday evening' -> 2024-01-10; 'In June' (seven months earlier) -> 2023-06; "
    "'last month' -> 2023-12",
    "en",
    [
        D("kering-carrow-fifth-avenue", ["Kering", "Carrow Street Properties"], "acquisition",
          955000000, "USD", "exact", "2024-01-10", "signed",
          "Kering, the Paris-based owner of Gucci, Saint Laurent and Bottega Veneta, will pay $955 million "
          "for the retail and office building at 715-717 Fifth Avenue, on the corner of East 55th Street.",
          note="building purchase; 'confirmed the purchase on Wednesday evening' and the seller Carrow "
               "Street Properties in the next two sentences; closing expected by March"),
        D("kering-creed", ["Kering", "Creed"], "acquisition", 3500000000, "EUR", "exact", "2023-06",
          "completed",
          "In June it agreed to pay €3.5 billion for Creed, the perfume house with boutiques on Madison "
          "Avenue and in Mayfair, and completed that acquisition in the autumn.",
          note="earlier deal of the buyer, 'In June' of the previous year (barely seven months before)"),
        D("ormillac-dunmarrow-lease", ["Ormillac", "Dunmarrow Realty"], "other", 12000000, "USD",
          "exact", "2023-12", "signed",
          "Maison Ormillac, the Paris leather-goods house, signed a fifteen-year lease last month for four "
          "floors at 700 Fifth Avenue at a starting rent of $12 million a year, said Priya Castellane-Moss, "
          "a leasing director at the landlord, Dunmarrow Realty.",
          per="year", note="store lease, starting rent per year; landlord at the end of the sentence"),
    ],
    ["$8,700 per square foot", "€20.4 billion", "$2,000 per square foot", "€386.20", "about €47 billion",
     "$2.1 million", "$1 a week"],
)

ARTICLES["002_richemont_frinvillier_seelaender.txt"] = A(
    "2024-03-12",
    "from the header 'Region · Biel/Bienne · Dienstag, 12. März 2024'; 'am Montag' -> 2024-03-11; "
    "'im Februar' -> 2024-02; 'vergangene Woche' -> 2024-03",
    "de",
    [
        D("richemont-frinvillier-compute", ["Richemont", "Frinvillier Rechenzentrum"], "cloud_contract",
          180000000, "CHF", "approx", "2024-03-11", "signed",
          "Über sechs Jahre fliessen dafür rund 180 Millionen Franken nach Biel, wie beide Firmen auf "
          "Anfrage bestätigten.",
          alt=[(205000000, "USD")], kind_alt=["supply"],
          note="parties and 'am Montag' in the previous sentence (contract for computing, storage and "
               "cooling); 003 restates it as 'about $205 million' (alt_amounts), 017 without amount"),
        D("taubenloch-frinvillier-loan", ["Bank Taubenloch", "Frinvillier Rechenzentrum"], "other",
          95000000, "CHF", "exact", "2024-02", "signed",
          "Den Baukredit hat das Unternehmen schon im Februar unterschrieben: Die Bank Taubenloch leiht "
          "den Bielern 95 Millionen Franken.",
          kind_alt=["investment"], note="construction loan; 'das Unternehmen' and 'den Bielern' = Frinvillier"),
        D("biel-frinvillier-land", ["Frinvillier Rechenzentrum", "Stadt Biel"], "acquisition", 14500000,
          "CHF", "exact", "2024-03", "announced",
          "Für das 2,4 Hektaren grosse Areal zahlt die Firma der Stadt Biel 14,5 Millionen Franken, also "
          "gut 600 Franken pro Quadratmeter.",
          kind_alt=["other"],
          note="land sale by the city; approved by the executive 'vergangene Woche', parliament still "
               "to vote in May, hence announced"),
    ],
    ["600 Franken pro Quadratmeter", "bis zu 2 Millionen Franken", "11,3 Millionen Franken",
     "19 Rappen pro Kilowattstunde", "7,9 Milliarden Franken", "CHF 50'000"],
)

ARTICLES["003_vaucorbe_hallgarth_loupeweekly_en.txt"] = A(
    "2024-04-19",
    "from the issue line 'Issue 14 — Friday, 19 April 2024'; 'on Tuesday' -> 2024-04-16; 'last month' -> "
    "2024-03; 'this week' -> 2024-04",
    "en",
    [
        D("hallgarth-vaucorbe-note-2024", ["Hallgarth Capital", "Vaucorbe"], "investment", 25000000, "CHF",
          "exact", "2024-04-16", "signed",
          "Hallgarth Capital, the London investor that has been circling Swiss independents for two years, "
          "on Tuesday lent Manufacture Vaucorbe CHF 25 million through a convertible note.",
          kind_alt=["other"],
          note="convertible note; first Hallgarth-Vaucorbe deal, different from the 2025 takeover "
               "(hallgarth-vaucorbe-takeover); the CHF 210m value is not a deal"),
        D("wos-roberto-coin", ["Watches of Switzerland", "Roberto Coin"], "acquisition", 128000000, "USD",
          "exact", "2024-03", "signed",
          "The British retailer agreed last month to buy Roberto Coin Inc., the company that has "
          "distributed the Italian jeweller's pieces in the United States for three decades, for $128 "
          "million in cash and shares.",
          note="'The British retailer' = Watches of Switzerland (heading and the next paragraph)"),
        D("richemont-frinvillier-compute", ["Richemont", "Frinvillier Rechenzentrum"], "cloud_contract",
          205000000, "USD", "approx", "2024-03", "signed",
          "Last month Richemont signed a six-year contract for server capacity with Frinvillier, a "
          "start-up building a data centre in Biel, worth about $205 million, to train models for "
          "boutique staff and to keep client data in Switzerland.",
          kind_alt=["supply"], note="same contract as 002 (CHF 180m, 2024-03-11), here in USD with the month"),
        D("richemont-vhernier", ["Richemont", "Vhernier"], "acquisition", None, None, None, "2024-04",
          "signed",
          "And this week Richemont agreed to buy Vhernier, the Milanese jeweller known for sculptural "
          "rings in rock crystal and titanium.",
          note="terms not disclosed"),
    ],
    ["CHF 48,000", "CHF 210 million", "£1.54 billion", "CHF 26.7bn", "$32bn", "£395"],
)

ARTICLES["004_essilorluxottica_supreme_marketspoke_en.txt"] = A(
    "2024-07-17",
    "from the stamp 'Jul 17, 2024 | 2:32 PM EDT'; 'on Wednesday' and 'on the same day' -> 2024-07-17; the "
    "Meta reports 'a week' earlier -> 2024-07",
    "en",
    [
        D("essilorluxottica-supreme", ["EssilorLuxottica", "Supreme", "VF"], "acquisition", 1500000000,
          "USD", "exact", "2024-07-17", "signed",
          "EssilorLuxottica, the Franco-Italian maker of Ray-Ban and Oakley frames, announced on Wednesday "
          "a deal to pay VF Corp $1.5 billion in cash for the streetwear label Supreme.",
          note="closing expected in December"),
        D("vf-supreme-2020", ["VF", "Supreme"], "acquisition", 2100000000, "USD", "exact", "2020",
          "completed",
          "The Denver-based company paid $2.1 billion for Supreme in 2020 and has struggled with debt since.",
          required=False, note="historical purchase by the seller, background"),
        D("essilorluxottica-vasseur", ["EssilorLuxottica", "Lunettes Vasseur"], "acquisition", 160000000,
          "EUR", "at_least", "2024-07-17", "signed",
          "In a separate statement on the same day, EssilorLuxottica said it had agreed to acquire Lunettes "
          "Vasseur, a family-owned chain of 140 optical stores in Belgium and northern France, for more "
          "than €160 million."),
        D("meta-essilorluxottica-rumour-2024", ["Meta", "EssilorLuxottica"], "investment", None, None,
          None, "2024-07", "rumored",
          "The deals come a week after reports that Meta Platforms, which sells camera glasses under the "
          "Ray-Ban brand with EssilorLuxottica, is considering buying a stake of around 5% in the eyewear "
          "group.",
          required=False,
          note="amount-less 2024 rumour, no comment from either side; may be read as an early rumour of "
               "the stake reported in 2025 (meta-essilorluxottica-stake), kept apart because of the "
               "different size and year"),
    ],
    ["$15.84", "$530 million", "€230 price target", "$299", "€203.40", "about €92 billion", "€218",
     "€1 per order"],
)

ARTICLES["005_tapestry_capri_tillerman_en.txt"] = A(
    "2024-11-14",
    "from the header 'November 14, 2024 · 07:02 GMT' (dateline 'NEW YORK, Nov 13'); 'on Wednesday' -> "
    "2024-11-13 (termination); 'in August 2023' -> 2023-08; 'Last month' -> 2024-10",
    "en",
    [
        D("tapestry-capri-merger", ["Tapestry", "Capri Holdings"], "acquisition", 8500000000, "USD",
          "exact", "2023-08", "cancelled",
          "Tapestry Inc and Capri Holdings on Wednesday scrapped their $8.5 billion merger, three weeks "
          "after a federal judge sided with the Federal Trade Commission and barred the owner of Coach from "
          "combining with the company behind Michael Kors, Versace and Jimmy Choo.",
          note="terminated on 2024-11-13; the date keeps the agreement of August 2023 (next paragraph); "
               "'$57 per share' offer price is not a separate deal"),
        D("tapestry-seraphine", ["Tapestry", "Seraphine Analytics"], "investment", 30000000, "USD",
          "exact", "2024-11", "completed",
          "In the same filing Tapestry disclosed that it had led a $30 million Series B round in Seraphine "
          "Analytics, a London start-up whose software forecasts demand for bags and small leather goods "
          "store by store.",
          note="round total with the lead investor; disclosed in the November filing"),
        D("mytheresa-ynap", ["Mytheresa", "Richemont", "YNAP"], "acquisition", None, None, None, "2024-10",
          "signed",
          "Last month Richemont agreed to hand its loss-making Yoox Net-a-Porter unit to Mytheresa in "
          "return for a 33% stake in the enlarged German-born online retailer.",
          kind_alt=["other"],
          note="share deal without a cash price; Richemont's charges of about 1.3 billion euros are not a deal"),
    ],
    ["$2 billion", "$20.31", "about $2.4 billion", "$57 per share", "about $5.2 billion",
     "about 1.3 billion euros", "roughly 363 billion euros"],
)

ARTICLES["006_kering_ardian_ladenflaechen.txt"] = A(
    "2025-01-29",
    "from the issue line 'Ausgabe 2/2025 · Erscheinungstag: Mittwoch, 29. Januar 2025'; 'vom Montag' -> "
    "2025-01-27; 'im vergangenen Jahr' -> 2024; 'Mitte Januar' -> 2025-01",
    "de",
    [
        D("kering-ardian-realestate", ["Ardian", "Kering"], "acquisition", 840000000, "EUR", "approx",
          "2025-01-27", "signed",
          "Kering erhält dafür rund 840 Millionen Euro, so die gemeinsame Mitteilung beider Seiten vom Montag.",
          alt=[(875000000, "USD")], kind_alt=["joint_venture", "investment"],
          note="Ardian buys 60 % of a joint venture holding three Paris buildings (previous sentence); "
               "019 restates it as 'roughly $875 million' (alt_amounts); the implied 1.4 bn value is not a deal"),
        D("kering-montenapoleone", ["Kering", "Immobiliare Sant'Andrea"], "acquisition", 1300000000, "EUR",
          "approx", "2024", "completed",
          "Allein für das Gebäude Via Montenapoleone 8 in Mailand hatte Kering im vergangenen Jahr rund 1,3 "
          "Milliarden Euro an die Immobiliare Sant'Andrea gezahlt."),
        D("chanel-kraxenberger-building", ["Chanel", "Kraxenberger"], "acquisition", 210000000, "EUR",
          "approx", "2025-01", "signed",
          "Der Notartermin war Mitte Januar, der Preis liegt bei rund 210 Millionen Euro.",
          note="buyer and seller in the previous sentence ('Chanel hat ... vom Münchner Juwelier "
               "Kraxenberger übernommen'), figure from the magazine's own information"),
    ],
    ["gut 1,4 Milliarden Euro", "rund 10,5 Milliarden Euro", "bis zu 20.000 Euro pro Quadratmeter und Jahr",
     "380 Euro pro Quadratmeter im Monat", "rund 5,9 Milliarden Euro", "89 Euro", "420 Euro", "39 Euro"],
)

ARTICLES["007_prada_versace_kronenhof.txt"] = A(
    "2025-03-11",
    "from the header 'Dienstag, 11.03.2025'; the rumoured Versace deal carries only the year so that the "
    "shared id agrees with the signing on 2025-04-10 (008); 'im Herbst' -> 2024 (season becomes the year)",
    "de",
    [
        D("prada-versace", ["Prada", "Versace", "Capri Holdings"], "acquisition", 1500000000, "EUR",
          "approx", "2025", "rumored",
          "Genannt wird ein Kaufpreis in der Größenordnung von rund 1,5 Milliarden Euro.",
          alt=[(1250000000, "EUR"), (1370000000, "USD")],
          note="rumour ('kursiert das Gerücht', 'Insidern zufolge'); parties in the previous sentence; 008 "
               "reports the signing at €1.25bn ($1.37bn) on 2025-04-10 and 014 the completion "
               "(alt_amounts)"),
        D("capri-versace-2018", ["Capri Holdings", "Versace"], "acquisition", 2100000000, "USD", "exact",
          "2018", "completed",
          "Das wäre deutlich weniger als die 2,1 Milliarden Dollar, die Capri 2018 für das Modehaus gezahlt "
          "hatte.",
          required=False, note="historical purchase, background comparison"),
        D("brisolier-scarzella-cancelled", ["Brisolier", "Scarzella Orafi"], "acquisition", 95000000,
          "EUR", "approx", "2024", "cancelled",
          "Die Parteien hatten sich im Herbst auf knapp 95 Millionen Euro verständigt, im Februar platzte "
          "der Deal an Garantiefragen für das Lager.",
          note="parties in the previous sentence; agreed in autumn 2024, collapsed in February 2025; "
               "different from Prada's stake in Scarzella (008) and the Nahetal sale (020)"),
        D("hermes-workshops-capex", ["Hermès"], "capex_plan", 1000000000, "EUR", "approx", None, "planned",
          "Das Haus will bis 2028 jedes Jahr eine neue Lederwerkstatt in Frankreich eröffnen und dafür "
          "insgesamt rund eine Milliarde Euro ausgeben.",
          required=False, term=[None, "2028"], note="group-wide capex plan, amount in words, no announcement date"),
    ],
    ["rund 1 Milliarde Dollar", "839 Millionen Euro", "62 HK-Dollar", "65 HK-Dollar",
     "rund 363 Milliarden Euro", "5,8 Mrd. Euro", "2.450 Euro", "170 Franken"],
)

ARTICLES["008_prada_versace_quadrilatero_en.txt"] = A(
    "2025-04-11",
    "from the header 'Business | Friday 11 April 2025 | Print edition, page 3'; 'on Thursday' -> 2025-04-10; "
    "'Last month' -> 2025-03",
    "en",
    [
        D("prada-versace", ["Prada", "Versace", "Capri Holdings"], "acquisition", 1250000000, "EUR",
          "exact", "2025-04-10", "signed",
          "Prada Group agreed on Thursday to buy the fashion house from Capri Holdings for 1.25 billion "
          "euros ($1.37 billion) in cash, ending more than six years of American ownership and two months "
          "of exclusive talks.",
          alt=[(1370000000, "USD")], note="'the fashion house' = Versace (previous sentence)"),
        D("varenna-prada-loan", ["Banca Varenna", "Prada"], "other", 1400000000, "EUR", "exact", "2025-04",
          "signed",
          "To pay for it, Prada has signed a 1.4 billion euro bridge loan with Banca Varenna, which it "
          "intends to refinance with longer-dated bonds before the end of 2026.",
          kind_alt=["investment"], note="bridge loan for the Versace purchase"),
        D("prada-scarzella-stake", ["Prada", "Scarzella Orafi"], "investment", 22000000, "EUR", "exact",
          "2025-03", "completed",
          "Last month it took a 15% stake in Scarzella Orafi, a family-run goldsmith in Valenza, paying 22 "
          "million euros.",
          kind_alt=["acquisition"], note="'it' = Prada (previous sentence)"),
    ],
    ["close to 800 million euros", "about $1 billion", "HK$49.50", "about 85 million euros",
     "€11.90 a month", "€6.50 a week"],
)

ARTICLES["009_meta_essilorluxottica_brillenmarkt.txt"] = A(
    "2025-07-14",
    "from the dateline without year 'Paris, 14. Juli (bk)', year from the copyright line '© 2025 "
    "Brillenmarkt Kompakt'; 'Ende vergangener Woche' -> 2025-07; 'im vergangenen Herbst' -> 2024",
    "de",
    [
        D("meta-essilorluxottica-stake", ["Meta", "EssilorLuxottica"], "investment", 3000000000, "EUR",
          "approx", "2025-07", "completed",
          "Meta zahlte für das Paket nach Berechnungen von Brillenmarkt Kompakt rund drei Milliarden Euro; "
          "bekannt wurde die Beteiligung Ende vergangener Woche durch eine Stimmrechtsmitteilung.",
          alt=[(3500000000, "USD")], kind_alt=["acquisition"],
          note="stake of just under 3 % bought on the market (previous sentence); amount in words, "
               "estimated by the newsletter; 010 gives 'about $3.5 billion' (alt_amounts)"),
        D("essilorluxottica-visiora", ["EssilorLuxottica", "Visiora Labs"], "acquisition", 110000000, "EUR",
          "up_to", "2025-07", "signed",
          "Der Kaufpreis beträgt einschließlich erfolgsabhängiger Zahlungen bis zu 110 Millionen Euro.",
          note="buyer ('der Konzern') and target in the previous sentence, announced together with the "
               "Meta news"),
        D("meta-essilorluxottica-partnership", ["Meta", "EssilorLuxottica"], "partnership", None, None, None,
          "2024", "signed",
          "Ihre Kooperationsvereinbarung war bereits im vergangenen Herbst um rund zehn Jahre verlängert "
          "worden.",
          required=False, note="amount-less background (extension of the Ray-Ban cooperation)"),
    ],
    ["329 Euro", "rund 30 Milliarden Dollar", "26,5 Milliarden Euro", "rund 120 Milliarden Euro",
     "rund 60 Euro", "59 Euro", "4.000 Euro", "249 Euro"],
)

ARTICLES["010_meta_essilorluxottica_photondesk_en.html"] = A(
    "2025-07-18",
    "from <meta article:published_time> and <time datetime='2025-07-18T09:05:00-07:00'>; the filing "
    "'dated July 10' -> 2025-07-10",
    "en",
    [
        D("meta-essilorluxottica-stake", ["Meta", "EssilorLuxottica"], "investment", 3500000000, "USD",
          "approx", "2025-07-10", "completed",
          "A filing with France's market regulator dated July 10 shows that Meta holds just under 3% of the "
          "eyewear giant, a stake worth about $3.5 billion.",
          kind_alt=["acquisition"], note="same stake as 009 (about €3bn); the worth of the stake is its only amount"),
        D("meta-essilorluxottica-increase", ["Meta", "EssilorLuxottica"], "investment", 2500000000, "USD",
          "approx", "2025-07", "rumored",
          "Two people familiar with Meta's thinking said the company is weighing lifting the holding to "
          "around 5% over time, which at current prices would mean buying roughly another $2.5 billion of "
          "shares.",
          kind_alt=["acquisition"],
          note="second Meta-EssilorLuxottica deal in the article (sourced rumour), kept apart from the stake"),
        D("meta-capex-2025", ["Meta"], "capex_plan", 64000000000, "USD", "range", "2025", "planned",
          "Meta's own capital budget for 2025 sits somewhere from $64 billion up to $72 billion, mostly AI "
          "servers and the halls that house them.",
          required=False, amount_max=72000000000, note="group-wide capex range"),
    ],
    ["$4.2 billion", "$299", "roughly $130 billion", "$8 a month", "$1.89 per hour"],
)

ARTICLES["011_vaucorbe_hallgarth_paradeplatz.txt"] = A(
    "2025-06-05",
    "from the stamp '05.06.2025 – 07:58'; 'am Mittwoch' -> 2025-06-04; the negotiated takeover carries only "
    "the year so that the shared id agrees with the signing on 2025-09-16 (013)",
    "de",
    [
        D("hallgarth-vaucorbe-takeover", ["Hallgarth Capital", "Vaucorbe"], "acquisition", 400000000, "CHF",
          "range", "2025", "negotiating",
          "Für 60 Prozent an der Uhrenmanufaktur aus dem Vallée de Joux seien zwischen 400 und 450 Millionen "
          "Franken im Gespräch, heisst es aus dem Umfeld der Verhandlungen.",
          amount_max=450000000, alt=[(432000000, "CHF")],
          note="talks 'Insidern zufolge', parties in the previous sentence; 013 reports the signing at "
               "CHF 432m (alt_amounts); different from the 2024 convertible note (003)"),
        D("swatch-cadranor", ["Swatch Group", "Cadranor"], "acquisition", 60000000, "CHF", "approx",
          "2025-06-04", "completed",
          "Der Kaufpreis liegt bei knapp 60 Millionen Franken, wie der Bieler Konzern am Mittwoch mitteilte.",
          note="'knapp' = just under; buyer and target in the previous sentence, 'der Bieler Konzern' = "
               "Swatch Group"),
    ],
    ["118 Millionen Franken", "6,7 Milliarden Franken", "2,1 Milliarden Franken", "148,50 CHF",
     "165,20 CHF", "180 Franken", "150 Franken", "CHF 3 pro Trade"],
)

ARTICLES["012_loreal_kering_beaute_flakon.html"] = A(
    "2025-10-20",
    "from <meta name=date content='2025-10-20T08:12:00+02:00'> and the line 'Paris/Clichy · 20.10.2025, "
    "08:12 Uhr'; 'am Sonntagabend' -> 2025-10-19",
    "de",
    [
        D("kering-loreal-beaute", ["L'Oréal", "Kering"], "acquisition", 4000000000, "EUR", "exact",
          "2025-10-19", "signed",
          "Der Kaufpreis beträgt 4 Milliarden Euro in bar, wie beide Konzerne am Sonntagabend in Paris "
          "mitteilten.",
          alt=[(4700000000, "USD")],
          note="L'Oréal buys Kering Beauté incl. Creed (previous sentence, 'Kering-Tochter'); 50-year "
               "licences are part of it; 016 gives 'about $4.7bn' (alt_amounts)"),
        D("loreal-kering-wellness-jv", ["L'Oréal", "Kering"], "joint_venture", None, None, None,
          "2025-10-19", "announced",
          "Darüber hinaus gründen L'Oréal und Kering ein Gemeinschaftsunternehmen für Wellness und "
          "Langlebigkeit, das beiden Konzernen zu gleichen Teilen gehört.",
          note="second L'Oréal-Kering deal, no amount given"),
    ],
    ["knapp 9,6 Milliarden Euro", "311 Euro", "rund 330 Millionen Euro", "43,5 Milliarden Euro",
     "345 Euro", "79,90 Euro", "7,99 Euro monatlich"],
)

ARTICLES["013_vaucorbe_hallgarth_horologicalwire_en.txt"] = A(
    "2025-09-17",
    "from the header 'Published 17 September 2025, 11:04 BST'; 'on Tuesday' -> 2025-09-16; the hairspring "
    "contract 'in the same week' -> 2025-09",
    "en",
    [
        D("hallgarth-vaucorbe-takeover", ["Hallgarth Capital", "Vaucorbe"], "acquisition", 432000000, "CHF",
          "exact", "2025-09-16", "signed",
          "Hallgarth Capital has signed an agreement to buy 60% of the company for CHF 432 million, "
          "Vaucorbe said on Tuesday, ending talks that began in the spring.",
          note="'the company' = Manufacture Vaucorbe (previous sentence); the CHF 720m equity value is not a deal"),
        D("swatch-vaucorbe-hairsprings", ["Swatch Group", "Vaucorbe"], "supply", 3500000, "CHF", "exact",
          "2025-09", "signed",
          "Nivarox-FAR, the Swatch Group unit that makes most of the balance springs used in Swiss "
          "mechanical watches, will deliver hairsprings to Vaucorbe for CHF 3.5 million a year over five "
          "years.",
          per="year", note="Nivarox-FAR = Swatch Group unit"),
    ],
    ["CHF 720 million", "CHF 118 million", "CHF 38,500", "CHF 400,000", "CHF 7,200 a month",
     "CHF 1.6 billion", "CHF 1.1 million", "£6 a month"],
)

ARTICLES["014_luxus_liveticker_kapitalmarktkompakt.txt"] = A(
    "2025-12-02",
    "from the ticker header 'Dienstag, 2. Dezember 2025'; 'heute' -> 2025-12-02; the Versace completion "
    "keeps the agreement month ('den im April vereinbarten Preis') -> 2025-04",
    "de",
    [
        D("prada-versace", ["Prada", "Versace", "Capri Holdings"], "acquisition", 1250000000, "EUR", "exact",
          "2025-04", "completed",
          "Prada hat die 1,25-Milliarden-Euro-Übernahme von Versace abgeschlossen.",
          note="compound amount; seller Capri Holdings in the next sentence; completion on 2025-12-02, "
               "date of the April agreement"),
        D("lvmh-marc-jacobs-denied", ["LVMH", "Marc Jacobs"], "acquisition", 1000000000, "USD", "approx",
          "2025-12", "rumored",
          "Demnach wollte der Konzern die Marke für rund eine Milliarde Dollar an einen amerikanischen "
          "Markenverwerter abgeben.",
          required=False, note="reported sale, denied by LVMH ('Wir führen keinerlei Verhandlungen'); buyer unnamed"),
        D("lvmh-aurevia", ["LVMH", "Aurevia"], "investment", 15000000, "EUR", "exact", "2025-12-02",
          "completed",
          "KI-Start-up sammelt Geld ein: Die Beteiligungstochter LVMH Luxury Ventures führt eine "
          "Finanzierungsrunde über 15 Millionen Euro bei dem Pariser Unternehmen Aurevia an.",
          note="round total with the lead investor (LVMH Luxury Ventures = LVMH); the 90m valuation is not a deal"),
        D("rosswaag-aurelwerk", ["Rosswaag Beteiligungen", "Aurelwerk"], "investment", 24000000, "EUR",
          "exact", "2025-12-02", "completed",
          "Frisches Kapital für Pforzheim: Der Schmuckhersteller Aurelwerk erhält von der Familienholding "
          "Rosswaag Beteiligungen 24 Millionen Euro.",
          note="capital increase registered 'heute'"),
    ],
    ["46,80 HK-Dollar", "90 Millionen Euro", "6.500 Euro", "172,40 Franken", "190 Franken",
     "2,3 Milliarden Franken", "4.180 Dollar", "612,40 Euro"],
)

ARTICLES["015_chowtaifook_alibaba_harbourfront_en.txt"] = A(
    "2025-11-06",
    "from 'Posted: 2025-11-06 18:20 HKT'; 'on Wednesday' -> 2025-11-05; the lease renewal has no date",
    "en",
    [
        D("chowtaifook-alibaba-cloud", ["Chow Tai Fook", "Alibaba"], "cloud_contract", 420000000, "HKD",
          "exact", "2025-11-05", "signed",
          "Chow Tai Fook Jewellery Group has agreed to pay Alibaba Cloud HK$420 million over five years for "
          "hosting and AI services, the jeweller said on Wednesday."),
        D("chowtaifook-prismatica", ["Chow Tai Fook", "Prismatica"], "investment", 30000000, "SGD", "exact",
          "2025-11-05", "completed",
          "The Hong Kong-listed company also took a 20 per cent stake in Prismatica, a Singapore start-up "
          "that uses machine vision to grade diamonds and coloured stones, for S$30 million, according to "
          "the same filing.",
          kind_alt=["acquisition"], note="'The Hong Kong-listed company' = Chow Tai Fook; same filing as the cloud deal"),
        D("chowtaifook-canton-road-lease", ["Chow Tai Fook", "Kowloon Crest Properties"], "other", 9500000,
          "HKD", "exact", None, "signed",
          "Separately, Chow Tai Fook renewed the lease on its Canton Road flagship in Tsim Sha Tsui for "
          "three more years at HK$9.5 million a month, according to someone briefed on the lease.",
          per="month", note="store lease renewal; landlord named two sentences later"),
    ],
    ["HK$1,100 per square foot a month", "HK$89.7 billion", "HK$40,000 per tael", "HK$14.20",
     "HK$16.50", "HK$68 a month", "HK$28"],
)

ARTICLES["016_kering_markets_bezelreport_en.txt"] = A(
    "2025-11-20",
    "from the header 'Thursday, 20 November 2025 · Edition 212'; 'last month' -> 2025-10; 'on Wednesday' -> "
    "2025-11-19; 'in 2023' -> 2023",
    "en",
    [
        D("kering-loreal-beaute", ["L'Oréal", "Kering"], "acquisition", 4700000000, "USD", "approx", "2025-10",
          "signed",
          "The group still has to close the sale of its beauty arm to L'Oréal, agreed last month for about "
          "$4.7bn, which should close by mid-2026.",
          note="same deal as 012 (€4bn), in USD with only the month; 'The group' = Kering"),
        D("kering-mayhoola-valentino-30", ["Kering", "Mayhoola", "Valentino"], "investment", 1700000000,
          "EUR", "exact", "2023", "completed",
          "Kering paid €1.7 billion in 2023 for 30% of Valentino and committed to buying the remaining 70% "
          "from Mayhoola, the Qatari investor, by the end of 2028.",
          kind_alt=["acquisition"], note="30 % stake bought from Mayhoola (named later in the sentence)"),
        D("kering-mayhoola-valentino-70", ["Kering", "Mayhoola", "Valentino"], "acquisition", None, None, None,
          "2023", "planned",
          "Kering paid €1.7 billion in 2023 for 30% of Valentino and committed to buying the remaining 70% "
          "from Mayhoola, the Qatari investor, by the end of 2028.",
          required=False, term=[None, "2028"],
          note="deferred purchase of the remaining 70 %, agreed in 2023, no price; second Kering-Mayhoola deal"),
        D("kering-seraphine", ["Kering", "Seraphine Analytics"], "cloud_contract", 40000000, "GBP", "exact",
          "2025-11-19", "signed",
          "The group disclosed on Wednesday a three-year, £40 million contract with Seraphine Analytics, the "
          "London start-up whose AI tools forecast demand store by store, to cover Gucci's roughly 530 "
          "directly operated stores.",
          kind_alt=["other"], note="'The group' = Kering (previous sentence)"),
    ],
    ["€305.10", "€612.40", "€2,118", "CHF 168.90", "HK$46.15", "£1.2bn", "$80bn", "€10.3 billion", "£250",
     "$15 a month"],
)

ARTICLES["017_frinvillier_interview_unruhwerk.txt"] = A(
    None,
    "interview without any date (only 'Lesedauer: 8 Minuten'); relative dates ('Vor einigen Wochen', 'im "
    "vergangenen Jahr') cannot be resolved, so the deals carry no date",
    "de",
    [
        D("richemont-frinvillier-compute", ["Richemont", "Frinvillier Rechenzentrum"], "cloud_contract", None,
          None, None, None, "signed",
          "Der Konzern hat als Erster für sechs Jahre bei uns Kapazität gebucht.",
          required=False, kind_alt=["supply"],
          note="amount-less restatement of the 2024 contract (002, 003); 'Der Konzern' = Richemont "
               "(previous question)"),
        D("richemont-frinvillier-stake", ["Richemont", "Frinvillier Rechenzentrum"], "investment", 40000000,
          "CHF", "exact", None, "completed",
          "Vor einigen Wochen hat Richemont 15 Prozent an unserer Firma übernommen und dafür 40 Millionen "
          "Franken in eine Kapitalerhöhung eingebracht.",
          kind_alt=["acquisition"],
          note="'unserer Firma' = Frinvillier; second Richemont-Frinvillier deal, kept apart from the "
               "compute contract"),
        D("saleve-frinvillier-offer", ["Salève Compute", "Frinvillier Rechenzentrum"], "acquisition",
          300000000, "CHF", "exact", None, "cancelled",
          "Ein Genfer Rechenzentrumsbetreiber, Salève Compute, hat uns im vergangenen Jahr 300 Millionen "
          "Franken für die ganze Firma geboten.",
          note="refused offer ('Das haben wir abgelehnt'); 'uns' = Frinvillier"),
        D("frinvillier-stage2-capex", ["Frinvillier Rechenzentrum"], "capex_plan", 150000000, "CHF", "range",
          None, "planned",
          "Für die zweite Ausbaustufe planen wir bis Ende 2028 Investitionen zwischen 150 und 180 Millionen "
          "Franken.",
          amount_max=180000000, term=[None, "2028"], note="'wir' = Frinvillier"),
    ],
    ["2'500 Franken im Monat", "95'000 Franken im Jahr", "12 Franken", "42 Franken"],
)

ARTICLES["018_brueckenberg_seiko_mueglitztal.txt"] = A(
    "2026-03-04",
    "from the stamp 'Mi, 04.03.26 · 06:15'; 'am Dienstag' -> 2026-03-03; 'am Montagabend' -> 2026-03-02",
    "de",
    [
        D("seiko-brueckenberg", ["Seiko", "Brückenberg Uhren"], "acquisition", 4300000000, "JPY", "exact",
          "2026-03-03", "signed",
          "Seiko zahlt dafür 4,3 Milliarden Yen (rund 25 Millionen Euro).",
          alt=[(25000000, "EUR")],
          note="70 % of Brückenberg Uhren (previous sentence, 'am Dienstag'); JPY with the EUR conversion"),
        D("glashuette-brueckenberg-land", ["Brückenberg Uhren", "Stadt Glashütte"], "acquisition", 1100000,
          "EUR", "exact", "2026-03-02", "announced",
          "Brückenberg zahlt der Stadt Glashütte dafür 1,1 Millionen Euro.",
          kind_alt=["other"],
          note="land sale approved by the council 'am Montagabend' (previous sentence), notarial deed still "
               "to come, hence announced"),
        D("brueckenberg-hall-capex", ["Brückenberg Uhren"], "capex_plan", 9000000, "EUR", "approx", "2026-03",
          "planned",
          "Auf der Fläche will die Manufaktur eine neue Fertigungshalle für Gehäuse und Zifferblätter "
          "errichten; rund 9 Millionen Euro will das Unternehmen dort investieren.",
          required=False, note="company's own building plan; the state grant of 2.8m is not a deal"),
    ],
    ["2,8 Millionen Euro", "rund 400.000 Euro im Jahr", "14 Millionen Euro", "2.900 Euro", "18.500 Euro",
     "189 Euro im Monat"],
)

ARTICLES["019_lvmh_mistral_faubourg_en.html"] = A(
    "2026-06-10",
    "from <meta article:published_time content='2026-06-10T07:00:00+02:00'> and the byline 'PARIS — "
    "Wednesday 10 June 2026'; 'on Tuesday' -> 2026-06-09; 'on Monday' -> 2026-06-08; 'early last year' -> 2025",
    "en",
    [
        D("lvmh-mistral", ["LVMH", "Mistral AI"], "cloud_contract", 300000000, "EUR", "approx", "2026-06-09",
          "signed",
          "LVMH has committed to a five-year arrangement with Mistral AI worth about €300 million to run the "
          "French developer's models on capacity reserved for the group's 75 houses, LVMH said on Tuesday.",
          kind_alt=["other"]),
        D("kering-ardian-realestate", ["Ardian", "Kering"], "acquisition", 875000000, "USD", "approx", "2025",
          "completed",
          "Kering has already turned some of its bricks into cash: early last year it sold 60% of three "
          "Paris buildings to Ardian for roughly $875 million, and it has been looking at a similar "
          "structure for properties in Milan and Tokyo.",
          kind_alt=["joint_venture", "investment"], note="same deal as 006 (about €840m), in USD with only the year"),
        D("ashcombe-ormillac", ["Ashcombe Vale Partners", "Ormillac"], "investment", 45000000, "EUR", "exact",
          "2026-06-08", "completed",
          "At the smaller end of the market, Maison Ormillac, the Paris leather-goods house that opened on "
          "Fifth Avenue last spring, announced on Monday a €45 million funding round, led by Ashcombe Vale "
          "Partners, a London growth investor.",
          note="round total with the lead investor; the €400m valuation is not a deal"),
    ],
    ["€84.7 billion", "about $8 billion", "about €400 million", "€498.20", "€690", "€12.50 a month"],
)

ARTICLES["020_pandora_lindqvist_goldstadtkurier.txt"] = A(
    "2026-11-12",
    "from the issue line 'Ausgabe 46 | Donnerstag, 12. November 2026'; 'im Juli' + 'drei Monate später' -> "
    "2026-10; the 'Kurz notiert' items carry no date",
    "de",
    [
        D("pandora-lindqvist", ["Pandora", "Lindqvist & Falk"], "acquisition", 1200000000, "SEK", "exact",
          "2026-10", "signed",
          "Pandora zahlt dafür 1,2 Milliarden schwedische Kronen, umgerechnet rund 108 Millionen Euro.",
          alt=[(108000000, "EUR")],
          note="signed 'drei Monate später' after talks began in July; SEK with the EUR conversion; "
               "antitrust approval pending"),
        D("aurelwerk-chopard-supply", ["Aurelwerk", "Chopard"], "supply", 12000000, "EUR", "up_to", None,
          "signed",
          "Das Unternehmen liefert ab 2027 Goldketten an das Genfer Schmuckhaus Chopard; der Rahmenvertrag "
          "ist auf bis zu 12 Millionen Euro jährlich angelegt.",
          per="year", term=["2027", None], note="'Das Unternehmen' = Aurelwerk (previous sentence); no signing date"),
        D("brisolier-rochemaure", ["Brisolier", "Atelier Rochemaure"], "acquisition", 8000000, "EUR", "exact",
          None, "signed",
          "Brisolier übernimmt die Pariser Emaillewerkstatt Atelier Rochemaure für 8 Millionen Euro, die "
          "Nahetal Edelstein GmbH aus Idar-Oberstein verkauft ihre Schleiferei ohne Angabe eines Preises an "
          "Scarzella Orafi, und die Stadt Pforzheim erhöht ihren Zuschuss für das Schmuckmuseum auf 1,6 "
          "Millionen Euro jährlich.",
          note="'Kurz notiert' list of deals in one sentence; the museum grant is not a deal"),
        D("nahetal-scarzella", ["Nahetal Edelstein", "Scarzella Orafi"], "acquisition", None, None, None, None,
          "signed",
          "Brisolier übernimmt die Pariser Emaillewerkstatt Atelier Rochemaure für 8 Millionen Euro, die "
          "Nahetal Edelstein GmbH aus Idar-Oberstein verkauft ihre Schleiferei ohne Angabe eines Preises an "
          "Scarzella Orafi, und die Stadt Pforzheim erhöht ihren Zuschuss für das Schmuckmuseum auf 1,6 "
          "Millionen Euro jährlich.",
          note="sale of the cutting works without a price, same sentence"),
    ],
    ["rund 32 Milliarden dänische Kronen", "rund 3.900 Euro je Feinunze", "rund 1,4 Milliarden Euro",
     "1,6 Millionen Euro jährlich", "gut 140 Euro", "2,90 Euro", "11,50 Euro im Monat"],
)

ALIASES = {
    "Kering": ["Kering", "Kering SA"],
    "Carrow Street Properties": ["Carrow Street Properties"],
    "Creed": ["Creed"],
    "Ormillac": ["Maison Ormillac", "Ormillac"],
    "Dunmarrow Realty": ["Dunmarrow Realty"],
    "Richemont": ["Richemont", "Compagnie Financière Richemont"],
    "Frinvillier Rechenzentrum": ["Frinvillier Rechenzentrum AG", "Frinvillier Rechenzentrum", "Frinvillier"],
    "Bank Taubenloch": ["Bank Taubenloch"],
    "Stadt Biel": ["Stadt Biel", "Biel", "Biel/Bienne"],
    "Hallgarth Capital": ["Hallgarth Capital", "Hallgarth"],
    "Vaucorbe": ["Manufacture Vaucorbe", "Vaucorbe"],
    "Watches of Switzerland": ["Watches of Switzerland", "Watches of Switzerland Group"],
    "Roberto Coin": ["Roberto Coin Inc.", "Roberto Coin"],
    "Vhernier": ["Vhernier"],
    "EssilorLuxottica": ["EssilorLuxottica", "EL.PA"],
    "Supreme": ["Supreme"],
    "VF": ["VF Corp", "VF", "VF Corporation"],
    "Lunettes Vasseur": ["Lunettes Vasseur"],
    "Meta": ["Meta", "Meta Platforms", "Facebook"],
    "Tapestry": ["Tapestry Inc", "Tapestry"],
    "Capri Holdings": ["Capri Holdings", "Capri"],
    "Seraphine Analytics": ["Seraphine Analytics", "Seraphine"],
    "Mytheresa": ["Mytheresa"],
    "YNAP": ["Yoox Net-a-Porter", "YNAP"],
    "Ardian": ["Ardian"],
    "Immobiliare Sant'Andrea": ["Immobiliare Sant'Andrea"],
    "Chanel": ["Chanel"],
    "Kraxenberger": ["Juwelier Kraxenberger", "Kraxenberger"],
    "Prada": ["Prada Group", "Prada", "Prada S.p.A."],
    "Versace": ["Versace"],
    "Brisolier": ["Brisolier"],
    "Scarzella Orafi": ["Scarzella Orafi", "Scarzella"],
    "Hermès": ["Hermès", "Hermes"],
    "Banca Varenna": ["Banca Varenna"],
    "Visiora Labs": ["Visiora Labs", "Visiora"],
    "Swatch Group": ["Swatch Group", "Swatch", "Nivarox-FAR"],
    "Cadranor": ["Cadranor"],
    "L'Oréal": ["L'Oréal", "L'Oreal"],
    "LVMH": ["LVMH", "LVMH Luxury Ventures", "LVMH Moët Hennessy Louis Vuitton"],
    "Marc Jacobs": ["Marc Jacobs"],
    "Aurevia": ["Aurevia"],
    "Rosswaag Beteiligungen": ["Rosswaag Beteiligungen", "Rosswaag"],
    "Aurelwerk": ["Aurelwerk"],
    "Chow Tai Fook": ["Chow Tai Fook Jewellery Group", "Chow Tai Fook"],
    "Alibaba": ["Alibaba Cloud", "Alibaba", "Alibaba Group"],
    "Prismatica": ["Prismatica"],
    "Kowloon Crest Properties": ["Kowloon Crest Properties"],
    "Mayhoola": ["Mayhoola", "Mayhoola for Investments"],
    "Valentino": ["Valentino"],
    "Salève Compute": ["Salève Compute", "Saleve Compute"],
    "Seiko": ["Seiko Group", "Seiko"],
    "Brückenberg Uhren": ["Brückenberg Uhren GmbH", "Brückenberg Uhren", "Brückenberg"],
    "Stadt Glashütte": ["Stadt Glashütte", "Glashütte"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Ashcombe Vale Partners": ["Ashcombe Vale Partners", "Ashcombe Vale"],
    "Pandora": ["Pandora", "Pandora A/S"],
    "Lindqvist & Falk": ["Lindqvist & Falk"],
    "Chopard": ["Chopard"],
    "Atelier Rochemaure": ["Atelier Rochemaure", "Rochemaure"],
    "Nahetal Edelstein": ["Nahetal Edelstein GmbH", "Nahetal Edelstein"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"gold.json written: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
