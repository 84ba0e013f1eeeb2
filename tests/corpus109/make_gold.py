#!/usr/bin/env python3
"""Write gold.json for tests/corpus109 (the hand annotation as a script).

Usage: python3 tests/corpus109/make_gold.py   (then run check_gold.py)
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 109th, held-out test corpus (tests/corpus109/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. Theme: bitcoin miners turning into AI hosts (TeraWulf, Cipher Mining, IREN, Core "
    "Scientific, Hut 8, Bitfarms, Galaxy Digital, Applied Digital and invented miners), with leases, backstops, "
    "convertible notes, share sales, takeovers, power-site purchases and power contracts. One entry per article; a deal "
    "that several articles report carries the same id in each. 'required': false marks vague or background mentions "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units and in the currency the article states "
    "first; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, wire stamp, <time>/meta tag or visible byline date, or null when the "
    "article has none); quarters, half-years and seasons become the year; a cancelled deal keeps the date of the "
    "original agreement, offer or talks; a rumour that later turns into a signed deal carries the year only; 'term' "
    "is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. Canonical party names carry no legal form (AG, GmbH, Inc., Ltd.); those spellings are "
    "in 'aliases'. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Tumbleweir Digital, Redhollow Land Trust, Lobo Draw "
    "Mining, Lausitzer Blockwerk, Wrenfold AI, Spreewatt Energie, Fjellhash, Vassdrag Kraft, Kettlebrook Capital, "
    "Sotol Ridge Power, Fleetbrise Labs, Neißetal Wärme; invented publications, research houses, advertisers and "
    "people are listed in invented_names.txt; the deals of real companies are partly real, partly shifted, some "
    "invented outright (see README.md). Nothing here is reporting."
)

ALIASES = {
    "Core Scientific": ["Core Scientific", "Core Scientific Inc."],
    "CoreWeave": ["CoreWeave", "CoreWeave Inc."],
    "Bitfarms": ["Bitfarms", "Bitfarms Ltd."],
    "Stronghold Digital Mining": ["Stronghold Digital Mining", "Stronghold Digital Mining Inc.", "Stronghold"],
    "Riot Platforms": ["Riot Platforms", "Riot Platforms Inc.", "Riot"],
    "Tumbleweir Digital": ["Tumbleweir Digital", "Tumbleweir"],
    "Redhollow Land Trust": ["Redhollow Land Trust", "Redhollow"],
    "Lobo Draw Mining": ["Lobo Draw Mining", "Lobo Draw"],
    "Applied Digital": ["Applied Digital", "Applied Digital Corp."],
    "Macquarie": ["Macquarie", "Macquarie Asset Management", "Macquarie Group"],
    "Galaxy Digital": ["Galaxy Digital", "Galaxy Digital Inc.", "Galaxy"],
    "Argo Blockchain": ["Argo Blockchain", "Argo Blockchain plc"],
    "TeraWulf": ["TeraWulf", "TeraWulf Inc."],
    "Fluidstack": ["Fluidstack", "FluidStack"],
    "Google": ["Google", "Alphabet"],
    "Cipher Mining": ["Cipher Mining", "Cipher Mining Inc.", "Cipher"],
    "Morgan Stanley": ["Morgan Stanley"],
    "IREN": ["IREN", "IREN Ltd", "Iris Energy"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Dell": ["Dell", "Dell Technologies"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "OpenAI": ["OpenAI"],
    "Sotol Ridge Power": ["Sotol Ridge Power", "Sotol Ridge"],
    "Hut 8": ["Hut 8", "Hut 8 Corp."],
    "Anthropic": ["Anthropic"],
    "Coatue": ["Coatue", "Coatue Management"],
    "Lausitzer Blockwerk": ["Lausitzer Blockwerk", "Lausitzer Blockwerk AG", "Blockwerk"],
    "Wrenfold AI": ["Wrenfold AI", "Wrenfold"],
    "Fjellhash": ["Fjellhash", "Fjellhash AS"],
    "Vassdrag Kraft": ["Vassdrag Kraft", "Vassdrag Kraft AS", "Vassdrag"],
    "Spreewatt Energie": ["Spreewatt Energie", "Spreewatt Energie GmbH", "Spreewatt"],
    "Kettlebrook Capital": ["Kettlebrook Capital", "Kettlebrook"],
    "Fleetbrise Labs": ["Fleetbrise Labs", "Fleetbrise"],
    "Neißetal Wärme": ["Neißetal Wärme", "Neißetal Wärme GmbH"],
    "New York Power Authority": ["New York Power Authority", "NYPA"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
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


A = {}


def art(name, published, note, lang, deals, not_deals):
    A[name] = {"published": published, "published_note": note, "language": lang,
               "deals": deals, "not_deals": not_deals}


LEASE = ["other"]          # colocation / hosting leases: cloud_contract, 'other' also accepted
FIN = ["investment"]       # notes, loans, share sales, backstops: other, 'investment' also accepted

# --------------------------------------------------------------------------- 001
art("001_corescientific_coreweave_parkettnotiz.txt", "2024-06-04",
    "from the header '04.06.2024 - 08:47:10'; 'am Montag' -> 2024-06-03", "de", [
    deal("coreweave-corescientific-hosting-2024", ["CoreWeave", "Core Scientific"], "cloud_contract",
         3_500_000_000, "USD", "approx", "2024-06-03", "signed",
         "Über die zwölfjährige Laufzeit summieren sich die Zahlungen nach Angaben von Core Scientific auf rund 3,5 Milliarden Dollar.",
         kind_alt=LEASE,
         note="12-year hosting of about 200 MW for CoreWeave (previous sentence), made public 'am Montag'; "
              "different from the rejected offer (same article) and the 2025 takeover (006, 007)"),
    deal("coreweave-corescientific-offer-2024", ["CoreWeave", "Core Scientific"], "acquisition",
         1_000_000_000, "USD", "approx", "2024-05", "cancelled",
         "Die Offerte über 5,75 Dollar je Aktie – für alle Anteile zusammen rund eine Milliarde Dollar – lehnte der Verwaltungsrat als deutlich zu niedrig ab.",
         note="takeover offer made 'Ende Mai' (previous sentence names CoreWeave), rejected by Core Scientific's board; "
              "amount in words; the per-share price is a not_deal; 006 restates it"),
], ["5,75 Dollar je Aktie", "11,64 Dollar", "rund 2,1 Milliarden Dollar", "179,3 Millionen Dollar",
    "50 Euro Startguthaben"])

# --------------------------------------------------------------------------- 002
art("002_week_in_mining_blockreward_weekly_en.txt", "2024-08-23",
    "from the issue line 'Issue 88 · Friday, August 23, 2024'; 'on Wednesday' -> 2024-08-21, 'on Tuesday' -> 2024-08-20",
    "en", [
    deal("bitfarms-stronghold-2024", ["Bitfarms", "Stronghold Digital Mining"], "acquisition",
         175_000_000, "USD", "approx", "2024-08-21", "signed",
         "The Toronto-listed miner agreed on Wednesday to buy Pennsylvania's Stronghold Digital Mining in an all-stock deal worth about $175 million including assumed debt.",
         note="'The Toronto-listed miner' = Bitfarms (previous sentence); value includes assumed debt; "
              "the equity portion ($125 million) is a part of it and listed as not_deal"),
    deal("riot-bitfarms-bid-2024", ["Riot Platforms", "Bitfarms"], "acquisition",
         950_000_000, "USD", "exact", "2024-05", "cancelled",
         "Riot Platforms, whose $950 million takeover proposal the Bitfarms board turned down in May, now owns close to 19% of the company and is still pushing for seats in the boardroom.",
         required=False,
         note="background: takeover proposal rejected in May, told in a relative clause of the Stronghold item; "
              "the $2.30 a share is its per-share price (not_deal)"),
    deal("tumbleweir-redhollow-site-2024", ["Tumbleweir Digital", "Redhollow Land Trust"], "acquisition",
         38_500_000, "USD", "exact", "2024-08-20", "completed",
         "Tumbleweir Digital closed on Tuesday on a 310-acre parcel outside Pecos, Texas, paying Redhollow Land Trust $38.5 million in cash.",
         note="power-site purchase from a landowner, closed 'on Tuesday'"),
    deal("lobodraw-atm-2024", ["Lobo Draw Mining"], "other",
         75_000_000, "USD", "up_to", "2024-08", "planned",
         "Lobo Draw Mining filed paperwork this week for an at-the-market program that would let it sell up to $75 million of new shares over time.",
         kind_alt=FIN, note="at-the-market share-sale programme, only filed ('this week' -> month); no counterparty"),
], ["roughly $125 million", "$2.30 a share", "$1.2 million", "$43.10 per petahash per day", "$349 per kW"])

# --------------------------------------------------------------------------- 003
art("003_applied_digital_macquarie_prairiegrid_en.html", "2025-01-15",
    "from <meta article:published_time>, JSON-LD and the visible byline 'Published Wednesday, Jan. 15, 2025 6:30 a.m. CST'; "
    "'said Tuesday' -> 2025-01-14", "en", [
    deal("macquarie-applied-2025", ["Macquarie", "Applied Digital"], "investment",
         5_000_000_000, "USD", "up_to", "2025-01-14", "signed",
         "Applied Digital said Tuesday that funds managed by Macquarie Asset Management will provide up to $5 billion in preferred equity for its high-performance computing data centers, beginning with the campus now rising just south of town.",
         kind_alt=["other"],
         note="preferred-equity financing commitment; the initial $900 million for Ellendale is a part (not_deal)"),
    deal("applied-coreweave-ellendale", ["CoreWeave", "Applied Digital"], "cloud_contract",
         7_000_000_000, "USD", "approx", "2025", "rumored",
         "Applied Digital is in advanced talks with CoreWeave, the New Jersey-based GPU cloud provider, to lease the campus, two people briefed on the Ellendale discussions said, adding that a long-term agreement could be worth around $7 billion over roughly 15 years.",
         kind_alt=LEASE,
         note="talks reported only by two sources (Applied Digital declined to comment) -> rumored; 005 reports the "
              "signing on 2025-06-02; the rumour carries the year so that the shared id's dates agree"),
], ["$900 million", "$11.7 million", "$8.52", "$1.9 billion"])

# --------------------------------------------------------------------------- 004
art("004_galaxy_helios_coreweave_blockhalde.txt", "2025-03-31",
    "from the header 'Mining & Rechenzentren | Montag, 31.03.2025'; 'am Freitag' -> 2025-03-28", "de", [
    deal("galaxy-coreweave-helios", ["Galaxy Digital", "CoreWeave"], "cloud_contract",
         4_500_000_000, "USD", "at_least", "2025-03-28", "signed",
         "Galaxy beziffert die Mieteinnahmen über die gesamte Vertragsdauer auf mehr als 4,5 Milliarden Dollar; CoreWeave hat sich zusätzlich Optionen auf knapp 700 weitere Megawatt gesichert.",
         kind_alt=LEASE,
         note="15-year lease of 133 MW at Helios announced 'am Freitag' (previous sentence); value = expected lease revenue"),
    deal("galaxy-argo-helios-2022", ["Galaxy Digital", "Argo Blockchain"], "acquisition",
         65_000_000, "USD", "exact", "2022", "completed",
         "Galaxy hatte die Anlage Ende 2022 für 65 Millionen Dollar vom angeschlagenen britischen Miner Argo Blockchain übernommen und dort seither selbst Bitcoin geschürft.",
         required=False, note="background purchase of the site from 2022, before the corpus period"),
], ["grob 2,3 Millionen Dollar", "mehr als 300 Milliarden Dollar",
    "zwischen acht und zehn Millionen Dollar je Megawatt", "365 Millionen Dollar", "18,40 kanadische Dollar"])

# --------------------------------------------------------------------------- 005
art("005_applied_coreweave_ellendale_margincall_en.txt", "2025-06-03",
    "from the header 'June 3, 2025 07:10 ET'; 'said Monday morning' -> 2025-06-02", "en", [
    deal("applied-coreweave-ellendale", ["CoreWeave", "Applied Digital"], "cloud_contract",
         7_000_000_000, "USD", "approx", "2025-06-02", "signed",
         "Applied Digital expects the two leases to bring in roughly $7 billion in revenue over their terms.",
         kind_alt=LEASE,
         note="two 15-year leases for 250 MW signed by CoreWeave (previous sentence, 'said Monday morning'); rumoured in 003"),
    deal("applied-harwood-campus", ["Applied Digital"], "project",
         3_000_000_000, "USD", "at_least", "2025-06-02", "planned",
         "It said it would break ground this year on a second North Dakota campus near Harwood, outside Fargo, a project whose full build-out it puts at more than $3 billion.",
         kind_alt=["capex_plan"], note="'It' = Applied Digital; own campus plan without a tenant"),
], ["about $1.7 billion", "$10.62", "$15 from $10", "roughly $70 billion"])

# --------------------------------------------------------------------------- 006
art("006_coreweave_corescientific_takeover_northgate_en.txt", "2025-07-08",
    "from the header 'Tue Jul 8, 2025 5:52am EDT'; dateline 'NEW YORK, July 7' + 'on Monday' -> 2025-07-07", "en", [
    deal("coreweave-corescientific-takeover-2025", ["CoreWeave", "Core Scientific"], "acquisition",
         9_000_000_000, "USD", "approx", "2025-07-07", "signed",
         "CoreWeave struck a deal on Monday to acquire its biggest landlord, Core Scientific, paying entirely in stock in a transaction worth about $9 billion and folding in the former bitcoin miner that supplies much of the AI cloud provider's power capacity.",
         alt=[(7_700_000_000, "EUR")],
         note="all-stock takeover; 007 reports the shareholder rejection and gives the value in EUR (alt_amounts)"),
    deal("coreweave-corescientific-offer-2024", ["CoreWeave", "Core Scientific"], "acquisition",
         1_000_000_000, "USD", "approx", "2024", "cancelled",
         "It is CoreWeave's second try in about thirteen months: in 2024 Core Scientific's directors rejected a roughly $1 billion cash approach from CoreWeave as far too low.",
         note="the rejected 2024 offer of 001, restated with the year only"),
    deal("coreweave-corescientific-hosting-2024", ["CoreWeave", "Core Scientific"], "cloud_contract",
         None, None, None, "2024", "signed",
         "The two have since grown closer: CoreWeave rents about 590 megawatts of Core Scientific's capacity under 12-year hosting contracts signed after that rebuff.",
         required=False, kind_alt=LEASE,
         note="background mention of the 2024 hosting contracts (001) and their expansions, no amount"),
], ["$20.40", "about $500 million", "more than $75 billion", "barely a billion dollars", "$14.93"])

# --------------------------------------------------------------------------- 007
art("007_corescientific_abstimmung_rechenhof.html", "2025-10-31",
    "from <meta name=date>, JSON-LD and the visible line 'Freitag, 31.10.2025, 07:15 Uhr'; the vote 'am Donnerstag' was 2025-10-30",
    "de", [
    deal("coreweave-corescientific-takeover-2025", ["CoreWeave", "Core Scientific"], "acquisition",
         7_700_000_000, "EUR", "approx", "2025-07", "cancelled",
         "Die im Juli vereinbarte Übernahme im Volumen von rund 7,7 Milliarden Euro ist damit vom Tisch.",
         alt=[(9_000_000_000, "USD")],
         note="voted down by Core Scientific's shareholders 'am Donnerstag' (2025-10-30); a cancelled deal keeps the "
              "date of the agreement ('im Juli'); same deal as 006"),
    deal("corescientific-denton-loan-2025", ["Core Scientific"], "other",
         2_000_000_000, "USD", "up_to", "2025-10", "rumored",
         "Insidern zufolge verhandelt das Unternehmen mit mehreren Großbanken über einen Kredit von bis zu zwei Milliarden Dollar für den Ausbau des Campus im texanischen Denton.",
         kind_alt=FIN,
         note="'das Unternehmen' = Core Scientific (previous sentence); loan talks known only from insiders; banks not named"),
], ["gut 16 Dollar je Core-Scientific-Aktie", "17,05 Dollar", "bei 9 Dollar", "20 Dollar je Aktie"])

# --------------------------------------------------------------------------- 008
art("008_terawulf_fluidstack_google_orchardtimes_en.txt", "2025-08-15",
    "from the line 'Business | Friday, August 15, 2025'; 'said Thursday' -> 2025-08-14", "en", [
    deal("terawulf-fluidstack-lake-mariner", ["TeraWulf", "Fluidstack"], "cloud_contract",
         3_700_000_000, "USD", "approx", "2025-08-14", "signed",
         "Over the first ten years the two contracts should bring TeraWulf about $3.7 billion, the company said, and roughly $8.7 billion should Fluidstack take up both of its five-year renewal options.",
         kind_alt=LEASE, alt=[(8_700_000_000, "USD"), (3_200_000_000, "EUR")],
         note="two 10-year colocation contracts at Lake Mariner ('said Thursday', previous sentence); $8.7 billion with both "
              "extensions and 009's EUR figure in alt_amounts; different from the Abernathy joint venture (011)"),
    deal("google-terawulf-backstop", ["Google", "TeraWulf", "Fluidstack"], "other",
         1_800_000_000, "USD", "up_to", "2025-08-14", "signed",
         "Google has agreed to guarantee up to $1.8 billion of Fluidstack's payments under the leases, which helps TeraWulf borrow against the project, and in return the search giant receives warrants for about 41 million TeraWulf shares, enough for a stake of roughly 8%.",
         kind_alt=FIN,
         note="backstop of Fluidstack's lease payments in exchange for warrants in TeraWulf; different from Google's "
              "Abernathy guarantee (011) and its Cipher backstop (010)"),
    deal("terawulf-nautilus-sale-2024", ["TeraWulf"], "acquisition",
         None, None, None, "2024", "completed",
         "In 2024 it sold its 25% stake in the Nautilus mining joint venture in Pennsylvania, and put the cash toward debt reduction and early conversion work at Lake Mariner.",
         required=False, kind_alt=["other"], note="background sale; buyer and price not given"),
    deal("nypa-terawulf-hydropower", ["New York Power Authority", "TeraWulf"], "supply",
         None, None, None, None, "signed",
         "Part of the site's electricity comes from the New York Power Authority's hydropower program, and TeraWulf buys the rest on the wholesale market.",
         required=False, note="vague background supply relationship, no amount or date"),
], ["$8.94", "about $3.5 billion", "$78,000 a year", "$4.2 million"])

# --------------------------------------------------------------------------- 009
art("009_terawulf_wandelanleihe_kursschwalbe.txt", "2025-08-20",
    "from the header '20.08.2025 | 14:01'; 'am Dienstag' -> 2025-08-19; 'vergangene Woche' -> 2025-08", "de", [
    deal("terawulf-convertible-2025", ["TeraWulf"], "other",
         850_000_000, "USD", "exact", "2025-08-19", "signed",
         "Der US-Konzern TeraWulf hat am Dienstag eine Wandelanleihe über 850 Millionen Dollar bei institutionellen Investoren untergebracht.",
         kind_alt=FIN, note="convertible notes placed 'am Dienstag', settlement on Friday -> signed; buyers not named"),
    deal("terawulf-fluidstack-lake-mariner", ["TeraWulf", "Fluidstack"], "cloud_contract",
         3_200_000_000, "EUR", "approx", "2025-08", "signed",
         "Dort hatte TeraWulf vergangene Woche mit dem Londoner KI-Cloudanbieter Fluidstack zwei Verträge über je zehn Jahre geschlossen, die zusammen rund 3,2 Milliarden Euro einbringen sollen.",
         kind_alt=LEASE, note="same contracts as 008 ($3.7 billion); 'vergangene Woche' gives the month"),
], ["rund 12 Dollar je Aktie", "9,02 Dollar", "knapp drei Milliarden Euro", "13 Dollar"])

# --------------------------------------------------------------------------- 010
art("010_cipher_fluidstack_gullhaven_note_en.txt", "2025-09-26",
    "from the line 'Company comment · 26 September 2025'; 'on Thursday' -> 2025-09-25", "en", [
    deal("cipher-fluidstack-barber-lake", ["Cipher Mining", "Fluidstack"], "cloud_contract",
         3_000_000_000, "USD", "approx", "2025-09-25", "signed",
         "Cipher Mining on Thursday signed up Fluidstack as tenant for its Barber Lake campus in West Texas under a 10-year high-performance-computing colocation contract worth about $3 billion over the initial term, covering roughly 168 MW of critical IT load.",
         kind_alt=LEASE, alt=[(7_000_000_000, "USD")],
         note="$7 billion with both extension options (next sentence) in alt_amounts; different from Cipher's AWS lease (012, 013, 018)"),
    deal("google-cipher-backstop", ["Google", "Cipher Mining", "Fluidstack"], "other",
         1_400_000_000, "USD", "exact", "2025-09-25", "signed",
         "It guarantees $1.4 billion of the tenant's rent obligations and, in exchange, receives warrants over roughly 24 million Cipher shares (around 5.4% of the company).",
         kind_alt=FIN, note="'It' = Google (previous sentence), 'the tenant' = Fluidstack; announced with the lease"),
    deal("cipher-convertible-2025", ["Cipher Mining"], "other",
         800_000_000, "USD", "exact", "2025-09-25", "planned",
         "On the same day, Cipher launched a proposed offering of $800 million of convertible senior notes due 2031, with the proceeds earmarked mainly for construction at Barber Lake.",
         kind_alt=FIN, note="'proposed' offering -> planned; 'On the same day' = Thursday"),
], ["$17", "$11 million to $13 million per MW", "roughly $2 billion of capital", "$43.6 million", "$5.1 billion"])

# --------------------------------------------------------------------------- 011
art("011_terawulf_abernathy_rheinpforte.txt", "2025-10-28",
    "from the dateline 'Frankfurt, 28. Oktober (rpf)' and the wire stamp '281744 Okt 25'; 'am Dienstag' = the same day",
    "de", [
    deal("terawulf-fluidstack-abernathy", ["TeraWulf", "Fluidstack"], "joint_venture",
         9_500_000_000, "USD", "approx", "2025-10-28", "signed",
         "Fluidstack mietet die Kapazität anschließend für 25 Jahre; die vertraglich gesicherten Einnahmen beziffert TeraWulf auf rund 9,5 Milliarden Dollar.",
         kind_alt=["cloud_contract", "other"],
         note="joint venture (TeraWulf 51 %) for a 168 MW data centre at Abernathy, announced 'am Dienstag' (previous "
              "paragraph); the amount is the 25-year lease revenue; different from the Lake Mariner contracts (same article)"),
    deal("google-fluidstack-abernathy-backstop", ["Google", "Fluidstack", "TeraWulf"], "other",
         1_300_000_000, "USD", "exact", "2025-10-28", "signed",
         "Der Internetkonzern garantiert Fluidstacks Mietzahlungen in Höhe von 1,3 Milliarden Dollar, was die Finanzierung des Baus über Kredite erheblich erleichtern dürfte.",
         kind_alt=FIN, note="'Der Internetkonzern' = Google (previous sentence); no new warrants"),
    deal("terawulf-fluidstack-lake-mariner", ["TeraWulf", "Fluidstack"], "cloud_contract",
         3_700_000_000, "USD", "approx", "2025-08", "signed",
         "Für das Gelände Lake Mariner nahe Buffalo hatte TeraWulf im August zwei Mietverträge mit Fluidstack abgeschlossen, Laufzeit jeweils zehn Jahre, Gesamtwert rund 3,7 Milliarden Dollar; die ersten Gebäude dort sollen im kommenden Jahr in Betrieb gehen.",
         kind_alt=LEASE, note="restatement of 008 with the month only"),
    deal("terawulf-bond-2025", ["TeraWulf", "Morgan Stanley"], "other",
         3_000_000_000, "USD", "approx", "2025-10", "rumored",
         "Insidern zufolge bereitet die Investmentbank Morgan Stanley die Ausgabe hochverzinslicher Anleihen im Volumen von etwa drei Milliarden Dollar für das Unternehmen vor.",
         kind_alt=FIN, note="'das Unternehmen' = TeraWulf; Morgan Stanley as arranger; insiders only, both sides declined to comment"),
], ["14,20 Dollar", "rund 5,9 Milliarden Dollar", "rund 17 Cent je Kilowattstunde"])

# --------------------------------------------------------------------------- 012
art("012_liveticker_iren_cipher_kursgondel.txt", "2025-11-03",
    "from the ticker header 'Montag, 3. November 2025'; all entries are from that day", "de", [
    deal("cipher-aws-lease", ["Cipher Mining", "Amazon"], "cloud_contract",
         5_500_000_000, "USD", "exact", "2025-11-03", "signed",
         "Der Vertrag hat nach Firmenangaben einen Wert von 5,5 Milliarden Dollar; AWS soll die Flächen ab dem kommenden Sommer schrittweise beziehen.",
         kind_alt=LEASE, alt=[(4_800_000_000, "EUR")],
         note="15-year lease, Cipher Mining named in the previous sentence (16:48 entry); 018's EUR figure in alt_amounts"),
    deal("iren-dell-gpus", ["IREN", "Dell"], "supply",
         5_800_000_000, "USD", "approx", "2025-11-03", "signed",
         "Um die Microsoft-Rechner zu bestücken, kauft IREN bei Dell Grafikprozessoren von Nvidia samt Zubehör für rund 5,8 Milliarden Dollar.",
         note="hardware order (15:52 entry); Nvidia is the chip maker, not a party"),
    deal("iren-microsoft", ["IREN", "Microsoft"], "cloud_contract",
         9_700_000_000, "USD", "exact", "2025-11-03", "signed",
         "Der frühere Bitcoin-Miner aus Sydney hat mit dem Softwarekonzern einen Fünfjahresvertrag über 9,7 Milliarden Dollar geschlossen, umgerechnet rund 8,4 Milliarden Euro.",
         alt=[(8_400_000_000, "EUR")],
         note="'Der frühere Bitcoin-Miner aus Sydney' = IREN, 'dem Softwarekonzern' = Microsoft (both in the previous "
              "sentence, 14:10 entry); the one-fifth prepayment is part of it; 014 restates it"),
    deal("openai-aws-2025", ["OpenAI", "Amazon"], "cloud_contract",
         38_000_000_000, "USD", "exact", "2025-11-03", "signed",
         "Großauftrag für Amazon: OpenAI verpflichtet sich, über sieben Jahre Rechenleistung im Wert von 38 Milliarden Dollar bei Amazon Web Services einzukaufen.",
         note="seven-year compute commitment (13:25 entry)"),
], ["107.000 Dollar", "17,80 Dollar", "75,20 Dollar", "rund 21 Mrd. Dollar", "fast vier Billionen Dollar"])

# --------------------------------------------------------------------------- 013
art("013_cipher_aws_basinbeacon_en.html", "2025-11-04",
    "from <meta article:published_time>, JSON-LD and the byline 'Published Nov. 4, 2025 at 6:12 AM CST'; 'said Monday' -> 2025-11-03",
    "en", [
    deal("cipher-aws-lease", ["Cipher Mining", "Amazon"], "cloud_contract",
         5_500_000_000, "USD", "exact", "2025-11-03", "signed",
         "Cipher Mining, the New York-based bitcoin miner whose biggest operations are spread across West Texas, said Monday that Amazon Web Services will lease space from it for 15 years in a contract worth $5.5 billion.",
         kind_alt=LEASE, note="same lease as 012; also in the headline"),
    deal("cipher-sotolridge-land", ["Cipher Mining", "Sotol Ridge Power"], "acquisition",
         46_000_000, "USD", "exact", "2025-11", "signed",
         "Cipher disclosed that it has agreed to purchase about 1,100 acres near Snyder from Sotol Ridge Power, a Lubbock-based wind and solar developer, for $46 million.",
         note="land purchase next to a substation; disclosed with the quarterly report, day not stated -> month"),
    deal("sotolridge-cipher-power", ["Sotol Ridge Power", "Cipher Mining"], "supply",
         None, None, None, "2025-11", "signed",
         "Sotol Ridge will also sell electricity to the future campus under a separate power agreement whose terms were not made public.",
         note="power supply agreement without amount; 'the future campus' = Cipher's Snyder site; different from the land purchase"),
], ["more than $2.5 billion", "$28.4 million", "$17.89", "$71.7 million"])

# --------------------------------------------------------------------------- 014
art("014_iren_convertible_quayblock_en.txt", "2025-12-03",
    "from the line 'Technology | Wednesday 3 December 2025 | 7.45am AEDT'; priced 'in New York on Tuesday' -> 2025-12-02",
    "en", [
    deal("iren-convertible-2025", ["IREN"], "other",
         2_000_000_000, "USD", "exact", "2025-12-02", "signed",
         "Sydney-founded data centre operator IREN has raised US$2 billion (A$3.05 billion) through convertible notes, a month after landing the biggest contract in its history.",
         kind_alt=FIN, alt=[(3_050_000_000, "AUD")],
         note="two tranches priced in New York on Tuesday (next sentence); headline 'US$2b'; AUD conversion in alt_amounts"),
    deal("iren-microsoft", ["IREN", "Microsoft"], "cloud_contract",
         9_700_000_000, "USD", "exact", "2025-11", "signed",
         "The money will help pay for the chips IREN needs to serve its US$9.7 billion, five-year contract with Microsoft, signed in November, under which the software giant will use Nvidia GB300 systems installed at IREN's campus in Childress, Texas.",
         note="restatement of 012 with the month only"),
], ["US$39.80", "roughly US$13 billion", "US$70", "A$29.9 million"])

# --------------------------------------------------------------------------- 015
art("015_hut8_riverbend_handelsbogen.txt", "2025-12-18",
    "from the line 'Donnerstag, 18. Dezember 2025 | Unternehmen & Märkte | Seite 11'; 'am Mittwoch' -> 2025-12-17", "de", [
    deal("hut8-fluidstack-riverbend", ["Hut 8", "Fluidstack"], "cloud_contract",
         7_000_000_000, "USD", "approx", "2025-12-17", "signed",
         "Der Mietvertrag ist rund sieben Milliarden Dollar schwer, knapp sechs Milliarden Euro.",
         kind_alt=LEASE, alt=[(6_000_000_000, "EUR")],
         note="15-year lease of 245 MW at River Bend announced 'am Mittwoch' (previous paragraph); Anthropic is the end "
              "user, not a party; amount in words, also 'Sieben-Milliarden-Dollar-Vertrag'"),
    deal("anthropic-fluidstack-us-plan", ["Anthropic", "Fluidstack"], "capex_plan",
         50_000_000_000, "USD", "exact", "2025-11", "announced",
         "Im November hatte das KI-Labor mitgeteilt, es werde mit Fluidstack als Partner 50 Milliarden Dollar für den Bau von Rechenzentren auf US-Boden ausgeben; als erste Standorte nannte es damals Texas und den Bundesstaat New York.",
         kind_alt=["project", "partnership"], note="'das KI-Labor' = Anthropic; data-centre investment plan with Fluidstack"),
    deal("google-fluidstack-riverbend-backstop", ["Google", "Fluidstack", "Hut 8"], "other",
         None, None, None, "2025-12-17", "signed",
         "Wie schon bei anderen Fluidstack-Projekten stützt Google auch dieses Geschäft: Der Konzern sichert Fluidstacks Zahlungsverpflichtungen aus dem Mietvertrag finanziell ab.",
         required=False, kind_alt=FIN, note="guarantee without amount ('Eine Summe nannte Hut 8 nicht')"),
    deal("coatue-hut8-2024", ["Coatue", "Hut 8"], "investment",
         150_000_000, "USD", "exact", "2024", "completed",
         "Bereits Anfang 2024 hatte es sich vom Finanzinvestor Coatue 150 Millionen Dollar über eine Wandelanleihe besorgt, um den Umbau zum Rechenzentrumsbetreiber zu finanzieren.",
         kind_alt=["other"], note="'es' = Hut 8; convertible-note investment; 'Anfang 2024' -> year"),
], ["47,10 Dollar", "rund fünf Milliarden Dollar", "zwischen zehn und zwölf Millionen Dollar pro Megawatt",
    "183 Milliarden Dollar"])

# --------------------------------------------------------------------------- 016
art("016_plenum_notes_march26_en.txt", "2026-03-12",
    "from the issue line 'No. 64 · Thursday, 12 March 2026'; 'on Tuesday' -> 2026-03-10", "en", [
    deal("lausitzer-wrenfold-colocation", ["Wrenfold AI", "Lausitzer Blockwerk"], "cloud_contract",
         410_000_000, "EUR", "exact", "2026-03-10", "signed",
         "London model developer Wrenfold AI will rent 38 MW of capacity there for seven years; the agreement, inked on Tuesday, is valued at €410 million (about $475 million).",
         kind_alt=LEASE, alt=[(475_000_000, "USD")],
         note="'there' = Lausitzer Blockwerk's halls in Boxberg (previous sentences); different from the monthly "
              "follow-on contract of November (020)"),
    deal("lausitzer-share-sale-2026", ["Lausitzer Blockwerk"], "other",
         85_000_000, "EUR", "up_to", "2026-03", "planned",
         "To pay for liquid cooling and new switchgear, Blockwerk wants to sell up to €85 million of new shares to institutional investors, Kühnholz said.",
         kind_alt=FIN, note="planned share sale; buyers not named"),
    deal("fjellhash-vassdrag-power", ["Fjellhash", "Vassdrag Kraft"], "supply",
         1_200_000_000, "NOK", "approx", "2026-03", "negotiating",
         "Up north, Fjellhash, the Mo i Rana bitcoin miner turning its main hall into a GPU host, is negotiating a ten-year power contract with regional hydro producer Vassdrag Kraft worth around NOK 1.2 billion (€103 million).",
         alt=[(103_000_000, "EUR")],
         note="talks confirmed by Fjellhash (next sentence) -> negotiating; the price comes from sources"),
    deal("galaxy-helios-loan-2025", ["Galaxy Digital"], "other",
         1_400_000_000, "USD", "exact", "2025-08", "completed",
         "Galaxy Digital closed a $1.4 billion project loan for its Helios campus last August, secured against the rent from its anchor tenant, and has since been arranging more for the next phases.",
         kind_alt=FIN, note="project financing, lenders not named; 'last August' -> 2025-08"),
], ["€2.1 billion", "NOK 0.31 per kWh", "€3.1bn", "€18,900 per rack"])

# --------------------------------------------------------------------------- 017
art("017_interview_kuehnholz_hallenblatt.txt", None,
    "no date in the article (only 'Lesezeit: 7 Minuten'); dates come from absolute months in the answers; "
    "'Drei Monate nach der Unterschrift' (March 2026) -> 2026-06", "de", [
    deal("lausitzer-wrenfold-colocation", ["Wrenfold AI", "Lausitzer Blockwerk"], "cloud_contract",
         None, None, None, "2026-03", "signed",
         "Die Londoner haben im Herbst 2025 bei uns angeklopft, im März 2026 haben wir unterschrieben.",
         required=False, kind_alt=LEASE,
         note="the €410m contract of 016 without amount ('Über die Summe rede ich nicht noch einmal'); 'Die Londoner' = Wrenfold AI"),
    deal("spreewatt-lausitzer-substation", ["Spreewatt Energie", "Lausitzer Blockwerk"], "acquisition",
         23_000_000, "EUR", "approx", "2026-06", "completed",
         "Wir haben die Anlage Spreewatt Energie für knapp 23 Millionen Euro abgekauft, samt Grundstück und einem Anschluss über 90 Megawatt.",
         note="'Wir' = Lausitzer Blockwerk; substation and site bought 'Drei Monate nach der Unterschrift' of March 2026 "
              "(question) -> 2026-06; 'knapp' -> approx; different from the power contract with the same utility (020)"),
    deal("tumbleweir-lausitzer-offer", ["Tumbleweir Digital", "Lausitzer Blockwerk"], "acquisition",
         280_000_000, "EUR", "approx", "2025", "cancelled",
         "Die Amerikaner wollten rund 280 Millionen Euro zahlen, das wären etwa 7,10 Euro je Aktie gewesen.",
         note="'Die Amerikaner' = Tumbleweir Digital (previous sentence); offer 'Im Herbst 2025' (season -> year), "
              "rejected by the boards"),
], ["etwa 7,10 Euro je Aktie", "grob 1,5 Millionen Euro Miete pro Megawatt und Jahr", "etwa 9 Cent je Kilowattstunde",
    "über 17 Milliarden Euro"])

# --------------------------------------------------------------------------- 018
art("018_mittagsboerse_miner_mittagsglocke.txt", "2026-06-19",
    "from the header '19.06.2026 – 12:58 Uhr'", "de", [
    deal("kettlebrook-tumbleweir", ["Kettlebrook Capital", "Tumbleweir Digital"], "acquisition",
         1_100_000_000, "USD", "range", "2026", "rumored",
         "Insidern zufolge verhandelt der New Yorker Infrastrukturinvestor Kettlebrook Capital über eine Übernahme des texanischen Rechenzentrumsbetreibers; im Gespräch sei ein Preis zwischen 1,1 und 1,3 Milliarden Dollar einschließlich Schulden.",
         amount_max=1_300_000_000,
         note="takeover talks known only from insiders (June 2026); signed on 2026-09-14 for about $1.3 billion (019); "
              "the rumour carries the year so that the shared id's dates agree"),
    deal("cipher-aws-lease", ["Cipher Mining", "Amazon"], "cloud_contract",
         4_800_000_000, "EUR", "approx", "2025-11", "signed",
         "Das Unternehmen profitiert weiter von dem im November geschlossenen 15-Jahres-Mietvertrag mit Amazon Web Services über rund 4,8 Milliarden Euro, dessen erste Hallen im Sommer übergeben werden sollen.",
         kind_alt=LEASE, note="'Das Unternehmen' = Cipher Mining (previous sentence); restatement of 012/013 in EUR, month only"),
    deal("macquarie-bitfarms-panther-creek", ["Macquarie", "Bitfarms"], "other",
         300_000_000, "USD", "up_to", "2025", "signed",
         "Die Kanadier hatten sich im Frühjahr 2025 bei Macquarie eine Projektfinanzierung von bis zu 300 Millionen Dollar für den Umbau ihres Standorts Panther Creek in Pennsylvania gesichert, einen Mieter für die Hallen aber noch nicht präsentiert.",
         kind_alt=FIN, note="'Die Kanadier' = Bitfarms (previous sentence); project financing facility; 'im Frühjahr 2025' -> year"),
], ["11,35 Euro", "19,62 Euro", "14 Euro", "rund 94.300 Dollar"])

# --------------------------------------------------------------------------- 019
art("019_kettlebrook_tumbleweir_pecosvalley_en.txt", "2026-09-15",
    "from the line 'Energy & Technology — Tuesday, September 15, 2026'; 'on Monday' -> 2026-09-14; 'Last month' -> 2026-08",
    "en", [
    deal("kettlebrook-tumbleweir", ["Kettlebrook Capital", "Tumbleweir Digital"], "acquisition",
         1_300_000_000, "USD", "approx", "2026-09-14", "signed",
         "Tumbleweir Digital, the Pecos company that has spent two years turning its West Texas mining sites into homes for AI servers, has agreed to be acquired by New York infrastructure investor Kettlebrook Capital for about $1.3 billion including debt.",
         note="boards approved it 'on Monday' (next sentence); rumoured in 018; the $14.75 per share is its per-share price"),
    deal("sotolridge-tumbleweir-power", ["Sotol Ridge Power", "Tumbleweir Digital"], "supply",
         48_000_000, "USD", "approx", "2026-08", "signed",
         "Last month it signed a 12-year supply agreement with Sotol Ridge Power, the Lubbock wind and solar developer, under which it will pay about $48 million a year for power starting in January 2027.",
         per="year", term=["2027-01", "2038-12"],
         note="'it' = Tumbleweir (previous sentence); yearly rate over 12 years from January 2027"),
    deal("kettlebrook-lobodraw-bid", ["Kettlebrook Capital", "Lobo Draw Mining"], "acquisition",
         420_000_000, "USD", "exact", "2026", "cancelled",
         "In May the firm walked away from a $420 million approach for Lobo Draw Mining after the Midland miner's board and Kettlebrook could not agree on price.",
         note="'the firm' = Kettlebrook; abandoned in May 2026, start of the talks not given -> year"),
    deal("tumbleweir-lausitzer-offer", ["Tumbleweir Digital", "Lausitzer Blockwerk"], "acquisition",
         None, None, None, "2025", "cancelled",
         "Its offer to buy Germany's Lausitzer Blockwerk last autumn was rejected, and the German company has since signed an AI tenant of its own.",
         required=False, note="the rejected offer of 017 without amount; 'last autumn' -> 2025"),
], ["$14.75 per share", "about $18 billion", "$212 million", "$41 per megawatt-hour"])

# --------------------------------------------------------------------------- 020
art("020_blockwerk_wrenfold_spreewirtschaft.txt", "2026-11-20",
    "from the line 'Freitag, 20. November 2026 – Ausgabe 47/2026'; 'am Dienstag' -> 2026-11-17, 'am Mittwoch' -> "
    "2026-11-18, 'am Donnerstag' -> 2026-11-19, 'Anfang November' -> 2026-11", "de", [
    deal("wrenfold-lausitzer-expansion", ["Wrenfold AI", "Lausitzer Blockwerk"], "cloud_contract",
         3_100_000, "EUR", "approx", "2026-11", "signed",
         "Ab Januar 2027 mietet das Unternehmen zwei weitere Hallen der Lausitzer Blockwerk AG und zahlt dafür monatlich rund 3,1 Millionen Euro, zunächst bis Ende 2031.",
         per="month", term=["2027-01", "2031-12"], kind_alt=LEASE,
         note="'das Unternehmen' = Wrenfold AI (previous sentence); signed 'Anfang November'; different from the "
              "€410m contract of March (next sentence)"),
    deal("lausitzer-wrenfold-colocation", ["Wrenfold AI", "Lausitzer Blockwerk"], "cloud_contract",
         410_000_000, "EUR", "exact", "2026-03", "signed",
         "Der erste Vertrag vom März über 410 Millionen Euro für sieben Jahre läuft unabhängig davon weiter.",
         kind_alt=LEASE, note="restatement of 016 with the month only"),
    deal("lausitzer-convertible-2026", ["Lausitzer Blockwerk"], "other",
         150_000_000, "EUR", "exact", "2026-11-17", "signed",
         "Am Dienstag platzierte Blockwerk eine Wandelanleihe über 150 Millionen Euro bei institutionellen Anlegern; die Papiere laufen fünf Jahre, tragen einen Kupon von 3,25 Prozent und können zu 10,80 Euro je Aktie getauscht werden.",
         kind_alt=FIN, note="convertible bond placed; buyers not named; conversion price is a not_deal"),
    deal("spreewatt-lausitzer-power", ["Spreewatt Energie", "Lausitzer Blockwerk"], "supply",
         31_000_000, "EUR", "approx", "2026-11-18", "signed",
         "Jährlich fließen dafür knapp 31 Millionen Euro an Spreewatt, ein Teil des Stroms stammt aus einem neuen Solarpark bei Weißwasser.",
         per="year", term=["2027", "2036"],
         note="ten-year power contract from 2027 signed 'am Mittwoch' (previous sentence); yearly rate; 'knapp' -> approx"),
    deal("spreewatt-lausitzer-substation", ["Spreewatt Energie", "Lausitzer Blockwerk"], "acquisition",
         None, None, None, "2026-06", "completed",
         "Mit dem Cottbuser Versorger Spreewatt Energie, dem das Unternehmen im Juni bereits das alte Umspannwerk abgekauft hatte, schloss es am Mittwoch einen Stromliefervertrag mit zehnjähriger Laufzeit, beginnend 2027.",
         required=False, note="the substation purchase of 017 in a relative clause, without amount"),
    deal("fleetbrise-lausitzer-lease", ["Fleetbrise Labs", "Lausitzer Blockwerk"], "cloud_contract",
         60_000_000, "EUR", "approx", "2026", "cancelled",
         "Der im Sommer ausgehandelte Mietvertrag über rund 60 Millionen Euro kam nicht zustande, weil Fleetbrise seine Finanzierungsrunde nicht abschließen konnte.",
         kind_alt=LEASE, note="lease negotiated 'im Sommer' (season -> year) and cancelled"),
    deal("neissetal-lausitzer-heat", ["Neißetal Wärme", "Lausitzer Blockwerk"], "partnership",
         None, None, None, "2026-11-19", "announced",
         "Neu ist eine Kooperation mit dem Wärmeversorger Neißetal Wärme: Gemeinsam wollen beide Seiten die Abwärme der Rechner ins Fernwärmenetz von Weißwasser einspeisen.",
         note="waste-heat cooperation, letter of intent signed 'am Donnerstag' (next sentence); no money involved"),
], ["10,80 Euro je Aktie", "8,46 Euro", "rund 430 Mio. Euro", "27,9 Mio. Euro", "25.000 Euro"])


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
