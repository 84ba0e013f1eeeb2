#!/usr/bin/env python3
"""Write gold.json for tests/corpus118 (the hand annotation, kept as a script).

Usage: python3 tests/corpus118/make_gold.py
Edit the annotation here, run the script, then run check_gold.py. Standard library only.
Party order: the paying side (licensee, buyer, investor, lender, tenant) comes first; a
capital-spending plan names only the spender; a settlement names the paying defendant first.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

LICENCE_ALT = ["partnership", "supply"]


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


def NOAMOUNT(id, parties, kind, date, status, evidence, **kw):
    return D(id, parties, kind, None, None, None, date, status, evidence, **kw)


A = {}

A["001_reddit_google_lintel_en.txt"] = {
    "published": "2024-02-23",
    "published_note": "from the issue line 'Issue 12 · Friday 23 February 2024'; 'on Wednesday' -> 2024-02-21; 'earlier this month' -> 2024-02",
    "language": "en",
    "deals": [
        D("google-reddit-license", ["Google", "Reddit"], "other", 60_000_000, "USD", "approx", "2024-02-21", "signed",
          "Google will pay Reddit roughly $60 million a year for access to the forum's posts and comments, so that they can be used to train and ground its AI models.",
          per="year", kind_alt=LICENCE_ALT,
          note="data licence, yearly rate; confirmed 'on Wednesday' (next sentence), price from three people briefed; 019 restates it; different from the 2026 renewal talks of the same pair (019)"),
        D("norvane-codeloft-license", ["Norvane AI", "Codeloft"], "other", 9_500_000, "USD", "exact", "2024-02", "signed",
          "The San Francisco lab pays $9.5 million over two years for the site's fourteen-year archive, Codeloft spokesperson Devon Achterberg confirmed to The Lintel, and receives a live stream of fresh answers on top.",
          kind_alt=LICENCE_ALT,
          note="'The San Francisco lab' = Norvane AI ('The buyer is Norvane AI', previous sentence); signed 'earlier this month'; different from Norvane's 2026 takeover of Codeloft (019)"),
    ],
    "not_deals": ["$6.5 billion", "just over $800 million", "$1.2 billion", "$2.5 billion", "$450"],
}

A["002_lemonde_openai_satzkante.txt"] = {
    "published": "2024-03-14",
    "published_note": "dateline without year 'Paris/Berlin, 14. März (sk)'; the year from the copyright line '© 2024 Satzkante Verlag'; 'Am Mittwoch' -> 2024-03-13",
    "language": "de",
    "deals": [
        D("openai-lemonde-license", ["OpenAI", "Le Monde"], "other", 5_000_000, "EUR", "range", "2024-03-13", "signed",
          "Nach Angaben aus dem Umfeld der Redaktion zahlt OpenAI dafür jährlich zwischen fünf und sieben Millionen Euro.",
          amount_max=7_000_000, per="year", kind_alt=LICENCE_ALT,
          note="yearly range in words; Le Monde and 'Am Mittwoch' in the previous sentences ('dafür' = the licence)"),
        NOAMOUNT("openai-prisa-license", ["OpenAI", "Prisa Media"], "other", "2024-03-13", "signed",
                 "Am selben Tag meldete auch die spanische Prisa Media, Herausgeberin von El País, eine ähnliche Vereinbarung mit OpenAI.",
                 kind_alt=LICENCE_ALT, note="no amount ('Zahlen nannte dort niemand'); 'Am selben Tag' = the Wednesday of the Le Monde deal"),
        D("mistral-corbeaulys-talks", ["Mistral AI", "Éditions Corbeau-Lys"], "other", 1_500_000, "EUR", "approx", "2024-03", "negotiating",
          "Im Gespräch seien rund 1,5 Millionen Euro, sagte eine Sprecherin; unterschrieben sei noch nichts, und Mistral wollte die Gespräche nicht kommentieren.",
          kind_alt=LICENCE_ALT, note="parties in the previous sentence (the publisher 'verhandelt ... mit Mistral AI'); talks, nothing signed"),
    ],
    "not_deals": ["250 Millionen Euro", "gut 300 Millionen Euro", "gut 100 Millionen Euro im Jahr", "96 Euro"],
}

A["003_newscorp_openai_saltmarsh_en.txt"] = {
    "published": "2024-05-23",
    "published_note": "from the stamp 'May 23, 2024 · 06:10 ET'; dateline 'NEW YORK, May 22', 'on Wednesday' -> 2024-05-22",
    "language": "en",
    "deals": [
        D("openai-newscorp-license", ["OpenAI", "News Corp"], "other", 250_000_000, "USD", "at_least", "2024-05-22", "signed",
          "Three people with knowledge of the contract put its value at more than $250 million across five years, counting both cash and credits that News Corp can spend on OpenAI's technology.",
          alt=[(230_000_000, "EUR")], kind_alt=LICENCE_ALT,
          note="'more than' -> at_least; value from sources, parties and 'on Wednesday' in the lead; 004 gives 'mehr als 230 Millionen Euro'"),
        NOAMOUNT("openai-ft-license", ["OpenAI", "Financial Times"], "other", "2024-04", "signed",
                 "The Financial Times agreed a similar, smaller arrangement with the lab last month, without naming a price.",
                 required=False, kind_alt=LICENCE_ALT, note="amount-less background; 'the lab' = OpenAI; 'last month' -> 2024-04"),
        D("openai-ostrander-license", ["OpenAI", "Ostrander Media"], "other", 14_000_000, "USD", "at_least", "2024-05", "signed",
          "Earlier in May, Ostrander Media, the Des Moines owner of home, garden and food magazines, said OpenAI would pay it at least $14 million a year for the use of its recipes and articles, a figure Ostrander published in a filing with its lenders.",
          per="year", kind_alt=LICENCE_ALT, note="yearly minimum"),
    ],
    "not_deals": ["$27.40", "$2.59 billion", "$15.6 billion", "$553 million", "$3.2 billion"],
}

A["004_wochenrueckblick_zeilenwerk.txt"] = {
    "published": "2024-06-07",
    "published_note": "from the issue line 'KW 23/2024 · Freitag, 7. Juni 2024'; 'am Dienstag' -> 2024-06-04; 'im Mai' -> 2024-05",
    "language": "de",
    "deals": [
        D("openai-newscorp-license", ["OpenAI", "News Corp"], "other", 230_000_000, "EUR", "at_least", "2024-05", "signed",
          "Mehr als 230 Millionen Euro soll der ChatGPT-Anbieter dem Konzern über fünf Jahre zahlen, Bargeld und Guthaben für OpenAI-Dienste zusammengerechnet; bekannt wurde der Vertrag im Mai.",
          kind_alt=LICENCE_ALT,
          note="same deal as 003, in EUR and with the month only; 'der ChatGPT-Anbieter' = OpenAI, 'dem Konzern' = News Corp (previous sentence)"),
        D("mistral-pixelgrund-license", ["Mistral AI", "Pixelgrund"], "other", 9_000_000, "EUR", "approx", "2024-06-04", "signed",
          "Knapp neun Millionen Euro erhält das Unternehmen dafür, wie es am Dienstag mitteilte.",
          kind_alt=LICENCE_ALT, note="amount in words ('knapp'); 'das Unternehmen' = Pixelgrund, licence of 40 million photos to Mistral AI (previous sentence)"),
        NOAMOUNT("openai-reddit-access", ["OpenAI", "Reddit"], "other", "2024-05", "signed",
                 "Reddit hat im Mai einen weiteren KI-Kunden gewonnen: Auch OpenAI darf nun Beiträge der Plattform in Echtzeit abrufen.",
                 required=False, kind_alt=LICENCE_ALT, note="amount-less ('Geld wurde in der Mitteilung keines genannt')"),
    ],
    "not_deals": ["4,90 Euro", "31,4 Millionen Euro", "rund sechs Milliarden Euro", "3,5 Millionen Euro", "bis zu 150.000 Euro",
                  "rund 240.000 Euro", "195 Euro"],
}

A["005_lektorhaus_goettingen_leinetaler.txt"] = {
    "published": "2024-09-12",
    "published_note": "from the date line 'GÖTTINGEN · Donnerstag, 12. September 2024'; 'am Montag' -> 2024-09-09",
    "language": "de",
    "deals": [
        D("leinewerk-lektorhaus-printworks", ["Leinewerk Rechenzentren", "Lektorhaus"], "acquisition", 18_000_000, "EUR", "approx", "2024-09-09", "signed",
          "Für knapp 18 Millionen Euro geht die frühere Druckerei an der Otto-Hahn-Straße an die Leinewerk Rechenzentren GmbH.",
          kind_alt=["other"], note="site purchase from the Lektorhaus-Gruppe (seller from the context); notarised 'am Montag' (next sentence)"),
        D("vellichor-lektorhaus-license", ["Vellichor", "Lektorhaus"], "other", 40_000_000, "EUR", "approx", "2024", "negotiating",
          "Im Gespräch sind rund 40 Millionen Euro, verteilt auf fünf Jahre.",
          alt=[(34_000_000, "GBP")], kind_alt=LICENCE_ALT,
          note="talks confirmed by the company, figure from the paper; parties in the previous sentence ('die Verlagsgruppe ... mit dem Londoner KI-Labor Vellichor'); signed on 2024-11-20 for £34m (007, alt_amounts); the year keeps the shared id's dates consistent"),
    ],
    "not_deals": ["212 Millionen Euro", "rund 1,2 Millionen Euro im Jahr", "23 Millionen Euro", "219 Euro", "6,50 Euro"],
}

A["006_brackwater_anthropic_leaderpage_en.html"] = {
    "published": "2024-10-15",
    "published_note": "from <meta property='article:published_time'>, JSON-LD and <time datetime='2024-10-15...'> ('Tue 15 Oct 2024'); 'on Monday' -> 2024-10-14",
    "language": "en",
    "deals": [
        D("anthropic-brackwater-license", ["Anthropic", "Brackwater Press"], "other", 11_000_000, "GBP", "exact", "2024-10-14", "signed",
          "Anthropic will pay Brackwater Press £11 million over three years to use the archives of its 38 regional titles in training and in answers from its Claude assistant, the Leeds-based publisher said on Monday.",
          kind_alt=LICENCE_ALT),
        D("brackwater-tallybook", ["Brackwater Press", "Tallybook"], "acquisition", 2_400_000, "GBP", "exact", "2024-10", "signed",
          "Separately, Brackwater agreed to buy Tallybook, a Sheffield start-up whose software turns recordings of council meetings into draft copy, for £2.4 million in cash and shares.",
          note="no day given for this deal -> month of the article"),
        D("meta-brackwater-denied", ["Meta", "Brackwater Press"], "other", 30_000_000, "GBP", "exact", "2024-10", "rumored",
          "Brackwater also used the announcement to rebut a report in a Sunday paper that Meta had offered £30 million for exclusive rights to its photo archive.",
          required=False, kind_alt=LICENCE_ALT, note="reported offer denied ('There is no offer and there are no talks')"),
    ],
    "not_deals": ["£142 million", "£61 million", "84p", "£8 million", "£0.09", "your first month for £1", "£7.50 a month"],
}

A["007_vellichor_lektorhaus_cheapside_en.txt"] = {
    "published": "2024-11-21",
    "published_note": "from the issue line 'Thursday 21 November 2024 · Companies & Markets · Page 17'; 'on Wednesday' -> 2024-11-20",
    "language": "en",
    "deals": [
        D("vellichor-lektorhaus-license", ["Vellichor", "Lektorhaus"], "other", 34_000_000, "GBP", "exact", "2024-11-20", "signed",
          "Vellichor, the London lab behind the Lanternwick family of language models, will pay German publisher Lektorhaus £34 million over five years for its non-fiction and reference archive, the companies announced on Wednesday.",
          alt=[(40_000_000, "EUR")], kind_alt=LICENCE_ALT,
          note="the signing of the talks reported in 005; 'about €40 million' in the next sentence; different from Lektorhaus's planned €5m stake in Vellichor (same article)"),
        D("lektorhaus-vellichor-stake", ["Lektorhaus", "Vellichor"], "investment", 5_000_000, "EUR", "exact", "2024-11-20", "planned",
          "Lektorhaus plans to put €5 million into Vellichor's next funding round, expected early next year, according to both companies; the price of the shares has not yet been agreed.",
          note="second deal of the pair, announced with the licence; must stay apart from it"),
        D("vellichor-tessellate-2024", ["Vellichor", "Tessellate Compute"], "cloud_contract", 115_000_000, "USD", "exact", "2024", "signed",
          "Its biggest cost is not content but computing power: in the summer the company committed $115 million over two years to Tessellate Compute, a Nasdaq-listed GPU cloud operator based in Virginia, for access to several thousand Nvidia chips.",
          note="'Its'/'the company' = Vellichor; 'in the summer' -> 2024; different from the 2026 contract of the same pair (018)"),
    ],
    "not_deals": ["£800 million", "£19 million", "£210,000 a year", "£100 million", "€212 million", "€1.19"],
}

A["008_getty_shutterstock_tickerdeck_en.txt"] = {
    "published": "2025-01-07",
    "published_note": "from the stamp 'Jan 7, 2025 · 9:41 AM ET'; 'on Monday' -> 2025-01-06",
    "language": "en",
    "deals": [
        D("getty-shutterstock-merger", ["Getty Images", "Shutterstock"], "acquisition", 3_700_000_000, "USD", "approx", "2025-01-06", "signed",
          "Getty Images and Shutterstock agreed on Monday to merge, creating a stock-photo group that the two companies value at about $3.7 billion including debt.",
          alt=[(3_600_000_000, "EUR")], kind_alt=["other", "joint_venture"],
          note="merger; value of the combined group incl. debt; 009 gives 'rund 3,6 Milliarden Euro', 019 mentions the completion without an amount; '~$3.7bn' repeated in the key figures"),
        D("norvane-shutterstock-license", ["Norvane AI", "Shutterstock"], "other", 41_000_000, "USD", "exact", "2024", "signed",
          "The San Francisco lab paid $41 million for the rights, according to a filing the company made in May.",
          kind_alt=LICENCE_ALT, note="'The San Francisco lab' = Norvane AI; licence signed 'last spring' (previous sentence) -> 2024"),
    ],
    "not_deals": ["$2.69", "$32.48", "$28.85", "between $150 million and $200 million", "between $1.98 billion and $2.0 billion",
                  "more than $100 million", "$4.50", "$3.20", "about $1.5 billion of net debt", "below $1 billion",
                  "$150m–$200m", "~$1.5bn"],
}

A["009_getty_pixelgrund_lichtfang.html"] = {
    "published": "2025-01-16",
    "published_note": "from <meta name='date'>, JSON-LD and the byline '16.01.2025, 11:20 Uhr'; 'am Mittwoch' -> 2025-01-15; 'Anfang Januar' -> 2025-01",
    "language": "de",
    "deals": [
        D("getty-pixelgrund-archive", ["Getty Images", "Pixelgrund"], "acquisition", 6_500_000, "EUR", "approx", "2025-01-15", "signed",
          "Der Kaufpreis liegt bei rund 6,5 Millionen Euro; das gaben Getty und Pixelgrund am Mittwoch bekannt.",
          kind_alt=["other"], note="purchase of Pixelgrund's sports archive (previous sentence)"),
        D("getty-shutterstock-merger", ["Getty Images", "Shutterstock"], "acquisition", 3_600_000_000, "EUR", "approx", "2025-01", "announced",
          "Anfang Januar hatten Getty Images und Shutterstock ihren Zusammenschluss angekündigt; die Transaktion bewertet das kombinierte Unternehmen einschließlich Schulden mit rund 3,6 Milliarden Euro.",
          kind_alt=["other", "joint_venture"], note="same merger as 008, in EUR and with the month only; 'angekündigt' and awaiting antitrust approval -> announced (008 says 'agreed' -> signed)"),
    ],
    "not_deals": ["rund zwölf Millionen Pfund", "30 Cent", "916 Millionen Dollar", "875 Millionen Dollar", "33 Millionen Euro",
                  "390 Euro", "5,90 Euro"],
}

A["010_mistral_afp_rivegauche_en.txt"] = {
    "published": "2025-02-13",
    "published_note": "from the dateline 'PARIS, 13 February 2025'; 'on Wednesday' -> 2025-02-12; 'last month' -> 2025-01",
    "language": "en",
    "deals": [
        D("mistral-afp-license", ["Mistral AI", "AFP"], "other", 4_000_000, "EUR", "approx", "2025-01", "signed",
          "Mistral will pay Agence France-Presse about four million euros a year for access to the agency's text wires in six languages, going back to 1983, people close to the contract told us.",
          per="year", kind_alt=LICENCE_ALT, note="amount in words, yearly; 'signed last month' (next sentence)"),
        D("mistral-sabliere-lease", ["Mistral AI", "Sablière Data"], "cloud_contract", 420_000_000, "EUR", "exact", "2025-02-12", "signed",
          "Mistral has signed a six-year lease for 40 megawatts at Sablière Data's new campus near Évry, the operator said on Wednesday, and the contract is worth €420 million over its life.",
          kind_alt=["other"], note="colocation lease"),
        NOAMOUNT("mistral-essonne-campus", ["Mistral AI"], "capex_plan", "2025-02", "planned",
                 "Mistral has also said it wants to build a campus of its own in Essonne and will spend several billion euros on it over the coming years.",
                 required=False, kind_alt=["project"], note="vague plan, no figure ('several billion euros')"),
    ],
    "not_deals": ["€109 billion", "€320 million", "€78", "€6 billion", "€140 million", "€12 monthly", "€120"],
}

A["011_coreweave_openai_tickerschmiede.txt"] = {
    "published": "2025-03-11",
    "published_note": "from the portal stamp '11.03.2025 - 07:58:12'; 'am Montagabend' -> 2025-03-10",
    "language": "de",
    "deals": [
        D("openai-coreweave-contract", ["OpenAI", "CoreWeave"], "cloud_contract", 11_900_000_000, "USD", "approx", "2025-03-10", "signed",
          "CoreWeave hat mit OpenAI einen auf fünf Jahre angelegten Rechenleistungsvertrag abgeschlossen, der rund 11,9 Milliarden Dollar schwer ist.",
          note="announced 'am Montagabend' (next sentence); repeated as '11,9-Milliarden-Dollar-Vertrag'; different from OpenAI's share purchase in the same article"),
        D("openai-coreweave-stake", ["OpenAI", "CoreWeave"], "investment", 350_000_000, "USD", "exact", "2025-03-10", "signed",
          "Zusätzlich bekommt OpenAI neu ausgegebene CoreWeave-Aktien für 350 Millionen Dollar, noch vor dem Börsengang.",
          kind_alt=["acquisition"], note="second agreement of the package; must stay apart from the compute contract"),
    ],
    "not_deals": ["14,82 USD", "108,76 USD", "bis zu 4 Milliarden Dollar", "knapp 1,9 Milliarden Dollar", "412 Millionen Dollar",
                  "19 Dollar", "39,3 Milliarden Dollar", "0 Euro"],
}

A["012_licensing_ledger_marginalia_en.txt"] = {
    "published": "2025-06-04",
    "published_note": "from the byline 'Posted 4 June 2025 by Nadia Culpepper'; 'last week' and 'last month' -> 2025-05",
    "language": "en",
    "deals": [
        D("amazon-nyt-license", ["Amazon", "New York Times"], "other", 20_000_000, "USD", "range", "2025-05", "signed",
          "Amazon is reported to be paying the Times between $20 million and $25 million a year for its news, cooking and sports content, which will appear in Alexa answers and can be used to train Amazon's own models.",
          amount_max=25_000_000, per="year", kind_alt=LICENCE_ALT,
          note="'the Times' = The New York Times (previous sentence); reported yearly range; announced 'last week'"),
        D("google-codeloft-talks", ["Google", "Codeloft"], "other", 15_000_000, "USD", "up_to", "2025-06", "rumored",
          "Further down the food chain, Codeloft, the Portland forum for programmers, is in talks with Google over a licence worth up to $15 million, if the two drafts I have been shown are any guide.",
          kind_alt=LICENCE_ALT, note="unconfirmed talks reported by the author from drafts (Codeloft declined to comment) -> rumored; dated to the article's month"),
        D("norvane-tessellate-contract", ["Norvane AI", "Tessellate Compute"], "cloud_contract", 2_100_000_000, "USD", "exact", "2025-05", "signed",
          "Norvane AI committed last month to spend $2.1bn over four years on Tessellate Compute's GPU cloud, the biggest contract in the Virginia company's short history.",
          note="'$2.1bn' abbreviation; 'last month' -> 2025-05"),
    ],
    "not_deals": ["$4.4 million", "$4 billion", "$6.8 billion", "$2.40", "$18 monthly", "$180 annually"],
}

A["013_anthropic_authors_plumbline_en.txt"] = {
    "published": "2025-09-08",
    "published_note": "from the stamp 'September 8, 2025 | 05:30 GMT' (a Monday); 'on Friday' -> 2025-09-05; 'Last Tuesday' -> 2025-09-02",
    "language": "en",
    "deals": [
        D("anthropic-authors-settlement", ["Anthropic"], "other", 1_500_000_000, "USD", "approx", "2025-09-05", "signed",
          "Anthropic will pay about $1.5 billion to settle a class action brought by authors whose books were downloaded from pirate libraries and used to build its Claude models, in what lawyers for the writers called the largest copyright recovery in US history.",
          alt=[(1_300_000_000, "EUR")],
          note="settlement of a copyright class action, paid to a class of authors (no company counterparty); filed 'on Friday' (next sentence), court approval pending; 014 gives 'rund 1,3 Milliarden Euro', 017 mentions it without an amount"),
        D("iconiq-anthropic-round", ["Iconiq", "Anthropic"], "investment", 13_000_000_000, "USD", "exact", "2025-09-02", "completed",
          "Last Tuesday Anthropic completed a $13 billion raise, with Iconiq as lead investor, at a post-money valuation of $183 billion, more than double its valuation in the spring.",
          note="round led by Iconiq; the valuation is not a deal"),
        NOAMOUNT("anthropic-google-tpu-talks", ["Anthropic", "Google"], "supply", "2025-09", "rumored",
                 "Anthropic is in talks with Google about a deal for additional tensor processing units worth tens of billions of dollars, two insiders said; neither company commented.",
                 required=False, kind_alt=["cloud_contract"], note="talks from sources, no figure ('tens of billions')"),
    ],
    "not_deals": ["$3,000", "$150,000", "$183 billion", "$5 billion"],
}

A["014_vergleich_verlage_wetterauer.txt"] = {
    "published": "2025-09-11",
    "published_note": "from the line 'Donnerstag, 11.09.2025 | Medien | Seite 7'; 'am Dienstag' -> 2025-09-09; 'Anfang September' -> 2025-09; 'im Frühjahr' -> 2025",
    "language": "de",
    "deals": [
        D("anthropic-authors-settlement", ["Anthropic"], "other", 1_300_000_000, "EUR", "approx", "2025-09", "signed",
          "Umgerechnet rund 1,3 Milliarden Euro zahlt Anthropic an Buchautoren in den USA, deren Werke aus Piratenbibliotheken ins Training des Chatbots Claude geflossen waren; den Vergleich hatte das Unternehmen Anfang September bei Gericht eingereicht.",
          note="same settlement as 013, in EUR and with the month only"),
        D("alephalpha-dpa-license", ["Aleph Alpha", "dpa"], "other", 2_800_000, "EUR", "approx", "2025-09-09", "signed",
          "Über drei Jahre fließen knapp 2,8 Millionen Euro; dafür darf Aleph Alpha den Basisdienst der Agentur und deren Archiv seit 1990 in seine Anwendungen für Behörden und Unternehmen einbinden.",
          kind_alt=LICENCE_ALT, note="'Die Deutsche Presse-Agentur hat am Dienstag ... unterschrieben' (previous sentence)"),
        D("perplexity-lektorhaus-talks", ["Perplexity", "Lektorhaus"], "other", 10_000_000, "EUR", "approx", "2025", "cancelled",
          "Im Raum standen nach Angaben aus Verlagskreisen rund zehn Millionen Euro für drei Jahre, doch man sei sich über die Nutzung in Antworten mit Quellenangabe nicht einig geworden.",
          kind_alt=LICENCE_ALT, note="talks broken off ('abgebrochen'); amount in words; talks began 'im Frühjahr' -> 2025"),
    ],
    "not_deals": ["rund 2.600 Euro", "rund 9,7 Milliarden Euro", "204,15 Euro", "198,40 Euro", "427,90 Euro", "24,90 Euro"],
}

A["015_harrowgate_tonewright_middleeight_en.html"] = {
    "published": "2025-10-30",
    "published_note": "from <meta name='parsely-pub-date'>, JSON-LD and the byline 'Thu 30 Oct 2025'; 'on Wednesday' -> 2025-10-29, 'A day earlier' -> 2025-10-28; 'in July' -> 2025-07",
    "language": "en",
    "deals": [
        NOAMOUNT("udio-umg-settlement", ["Udio", "Universal Music Group"], "other", "2025-10-29", "signed",
                 "Universal Music Group and Udio said on Wednesday that they had settled the copyright suit Universal brought last year and would launch a licensed music-creation service in 2026, trained only on recordings and songs the label controls.",
                 kind_alt=["partnership"], note="settlement plus licensed service; no payment disclosed"),
        D("tonewright-harrowgate-settlement", ["Tonewright", "Harrowgate Music"], "other", 13_500_000, "GBP", "exact", "2025-10-28", "signed",
          "Tonewright will pay Harrowgate £13.5 million ($18 million) to settle claims that it trained its song generator on the label's catalogue without permission, and will license that catalogue for a new tier of its app.",
          alt=[(18_000_000, "USD"), (15_500_000, "EUR")], kind_alt=["partnership"],
          note="'A day earlier' than Wednesday (previous sentence) -> Tuesday; 016 gives 'rund 15,5 Millionen Euro'"),
        D("ashgrove-tonewright-seriesb", ["Ashgrove Ventures", "Tonewright"], "investment", 75_000_000, "USD", "exact", "2025-07", "completed",
          "The company closed a $75 million Series B led by Ashgrove Ventures in July, and founder Ilan Brodsky-Vane said the licensed tier would cost users $12.99 a month, against $7.99 for the current plan.",
          note="'The company' = Tonewright; lead investor listed"),
    ],
    "not_deals": ["$12.99 a month", "$7.99", "£96 million", "more than €3 billion", "$0.003", "£145", "£4.99 a month"],
}

A["016_musik_ki_liveticker_klangticker.txt"] = {
    "published": "2025-11-25",
    "published_note": "from the ticker date 'Dienstag, 25. November 2025' (entries by time); 'heute' -> 2025-11-25; 'Vergangene Woche' -> 2025-11; 'Ende Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        NOAMOUNT("suno-warner-settlement", ["Suno", "Warner Music Group"], "other", "2025-11-25", "signed",
                 "Eilmeldung: Warner Music Group und Suno haben ihren Urheberrechtsstreit beigelegt und eine Partnerschaft vereinbart.",
                 kind_alt=["partnership"], note="settlement and partnership, no financial details; different from Suno's purchase of Songkick (same ticker)"),
        NOAMOUNT("suno-songkick-purchase", ["Suno", "Warner Music Group"], "acquisition", "2025-11-25", "signed",
                 "Teil der Vereinbarung ist ein Zukauf: Suno übernimmt von Warner die Konzertplattform Songkick.",
                 required=False, note="second deal of the pair, no price ('Einen Kaufpreis nannten die beiden Konzerne nicht')"),
        D("menlo-suno-round", ["Menlo Ventures", "Suno"], "investment", 250_000_000, "USD", "exact", "2025-11", "completed",
          "Vergangene Woche schloss das Unternehmen eine Finanzierungsrunde über 250 Millionen Dollar ab, angeführt von Menlo Ventures.",
          note="'das Unternehmen' = Suno (previous sentence); the valuation is not a deal"),
        D("tonewright-harrowgate-settlement", ["Tonewright", "Harrowgate Music"], "other", 15_500_000, "EUR", "approx", "2025-10", "signed",
          "Der britische Label-Verbund Harrowgate Music hatte sich Ende Oktober mit dem US-Start-up Tonewright verglichen – für umgerechnet rund 15,5 Millionen Euro plus eine Lizenz für den Katalog.",
          kind_alt=["partnership"], note="same settlement as 015, converted, month only"),
        D("elevenlabs-klangfabrik-license", ["ElevenLabs", "Klangfabrik Records"], "other", 2_200_000, "EUR", "approx", "2025-11-25", "signed",
          "Der KI-Audiospezialist zahlt dafür jährlich rund 2,2 Millionen Euro, wie Klangfabrik heute mitteilte.",
          per="year", kind_alt=LICENCE_ALT, note="'Der KI-Audiospezialist' = ElevenLabs (previous sentence)"),
    ],
    "not_deals": ["29,40 Dollar", "22,15 Euro", "2,45 Milliarden Dollar", "rund 200 Millionen Dollar", "10 Dollar im Monat", "89 Euro"],
}

A["017_interview_feddersen_fadenheftung.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesezeit: 8 Minuten'); relative dates ('im vergangenen Jahr') stay unresolved",
    "language": "de",
    "deals": [
        D("vellichor-lektorhaus-license", ["Vellichor", "Lektorhaus"], "other", 40_000_000, "EUR", "approx", None, "signed",
          "Die rund 40 Millionen Euro von Vellichor verteilen sich auf fünf Jahre, und jede Rate ist bisher pünktlich gekommen.",
          kind_alt=LICENCE_ALT, note="restatement of the 2024 licence (005, 007) in the undated interview"),
        NOAMOUNT("anthropic-authors-settlement", ["Anthropic"], "other", None, "signed",
                 "Seit dem Vergleich von Anthropic mit den amerikanischen Autoren wird über Raubkopien anders gesprochen.",
                 required=False, note="amount-less background mention of the settlement of 013/014"),
        D("meta-lektorhaus-offer", ["Meta", "Lektorhaus"], "other", 60_000_000, "EUR", "exact", None, "cancelled",
          "Meta hat uns im vergangenen Jahr 60 Millionen Euro für eine exklusive Lizenz auf alle unsere Werke geboten, Belletristik eingeschlossen.",
          kind_alt=LICENCE_ALT, note="refused offer ('Wir haben abgelehnt'); 'uns' = Lektorhaus; 'im vergangenen Jahr' in an undated interview -> null"),
        D("lektorhaus-ai-search", ["Lektorhaus"], "capex_plan", 8_000_000, "EUR", "approx", None, "planned",
          "Bis Ende des übernächsten Jahres investieren wir rund acht Millionen Euro in eine eigene KI-Suche für unsere Fachdatenbanken.",
          kind_alt=["project"], note="'wir' = Lektorhaus; amount in words"),
    ],
    "not_deals": ["49 Euro", "120.000 Euro", "14,80 Euro", "52 Euro"],
}

A["018_tessellate_vellichor_knotenkurs.txt"] = {
    "published": "2026-02-16",
    "published_note": "from the issue line 'Ausgabe 7/2026 · 16.02.2026' (a Monday); 'am Freitag' -> 2026-02-13; 'Im November' -> 2025-11 ('Drei Monate später' = now)",
    "language": "de",
    "deals": [
        D("vellichor-tessellate-2026", ["Vellichor", "Tessellate Compute"], "cloud_contract", 600_000_000, "USD", "up_to", "2026-02-13", "signed",
          "Das Londoner KI-Labor Vellichor mietet bei Tessellate Rechenkapazität für bis zu 600 Millionen Dollar über drei Jahre, umgerechnet rund 510 Millionen Euro.",
          alt=[(510_000_000, "EUR"), (380_000_000, "USD")],
          note="announced 'am Freitag' (next sentence); the firm part of about $380m is listed in alt_amounts; repeated as '600-Millionen-Dollar-Auftrag'; different from the 2024 contract of the same pair (007)"),
        D("ravensworth-tessellate-loan", ["Ravensworth Bank", "Tessellate Compute"], "other", 1_200_000_000, "USD", "exact", "2025-11", "signed",
          "Im November hatte sich Tessellate bei einem Konsortium unter Führung der Ravensworth Bank einen Kredit über 1,2 Milliarden Dollar gesichert, mit den eigenen Chips als Pfand.",
          kind_alt=["investment"], note="GPU-backed loan from a consortium led by Ravensworth Bank; 'Im November' in a February 2026 letter -> 2025-11"),
        D("tessellate-capex-2026", ["Tessellate Compute"], "capex_plan", 3_000_000_000, "USD", "range", "2026", "planned",
          "Der Konzern will 2026 zwischen 3 und 3,5 Milliarden Dollar in neue Rechenzentren investieren, weit mehr, als er aus eigener Kraft erwirtschaftet.",
          amount_max=3_500_000_000, required=False, kind_alt=["project"], note="group-wide capex plan; 'Der Konzern' = Tessellate"),
    ],
    "not_deals": ["23,65 USD", "11,90 – 26,10 USD", "ca. 4,1 Mrd. USD", "30 USD", "27 USD", "188 Millionen Dollar",
                  "9,3 Milliarden Dollar", "142 Millionen Dollar", "3,10 Dollar", "18,50 USD", "14,20 USD", "249 Euro", "189 Euro"],
}

A["019_reddit_google_tapewatch_en.txt"] = {
    "published": "2026-04-22",
    "published_note": "from the line 'Wednesday, 22 April 2026 · Close of trading'; 'on Tuesday' -> 2026-04-21",
    "language": "en",
    "deals": [
        D("google-reddit-renewal-talks", ["Google", "Reddit"], "other", 100_000_000, "USD", "at_least", "2026-04", "negotiating",
          "The social platform is negotiating a new, larger data agreement with Google that could be worth more than $100 million a year, a pair of insiders told Tapewatch.",
          per="year", kind_alt=LICENCE_ALT,
          note="'The social platform' = Reddit; talks from sources; second deal of the pair, must stay apart from the 2024 licence restated in the next sentence"),
        D("google-reddit-license", ["Google", "Reddit"], "other", 60_000_000, "USD", "approx", "2024-02", "signed",
          "The existing arrangement between the two, signed in February 2024 and worth about $60 million a year, runs out at the end of this year.",
          per="year", term=["2024-02", "2026-12"], kind_alt=LICENCE_ALT, note="restatement of the licence of 001; 'the two' = Reddit and Google"),
        D("norvane-codeloft-acquisition", ["Norvane AI", "Codeloft"], "acquisition", 140_000_000, "USD", "exact", "2026-04-21", "signed",
          "Elsewhere in the sector, shares of Norvane AI, which listed in New York in January, slipped 1.2% to $41.70 after the company agreed on Tuesday to buy Codeloft, the Portland question-and-answer site for programmers, for $140 million in cash.",
          note="'the company' = Norvane AI; different from the 2024 licence of the same pair (001)"),
        NOAMOUNT("getty-shutterstock-merger", ["Getty Images", "Shutterstock"], "acquisition", "2025", "completed",
                 "Getty Images, which completed its combination with Shutterstock last year, fell 0.9% to $3.41 after a downgrade from a European broker that cited weak demand for editorial pictures.",
                 required=False, kind_alt=["other", "joint_venture"], note="amount-less background: completion of the merger of 008/009 'last year'"),
    ],
    "not_deals": ["$182.40", "$38 million", "$33 million", "between $510 million and $530 million", "$41.70", "$3.41", "$63.20"],
}

A["020_springer_openai_havelblick.txt"] = {
    "published": "2026-10-08",
    "published_note": "dateline without year 'Berlin, 8. Oktober (hb)'; the year from the issue line 'Ausgabe 41 | 2026'; 'am Dienstag' -> 2026-10-06",
    "language": "de",
    "deals": [
        D("axelspringer-openai-enterprise", ["Axel Springer", "OpenAI"], "cloud_contract", 14_000_000, "EUR", "approx", "2026-10-06", "signed",
          "Für die Lizenzen zahlt der Konzern nach eigenen Angaben rund 14 Millionen Euro über drei Jahre.",
          kind_alt=["other"], note="'der Konzern' = Axel Springer, paying OpenAI for enterprise seats (previous sentence, 'am Dienstag'); different from OpenAI's content licence of the same pair"),
        D("openai-axelspringer-license", ["OpenAI", "Axel Springer"], "other", 20_000_000, "EUR", "approx", "2023-12", "signed",
          "Seit Dezember 2023 zahlt OpenAI dem Verlag für Inhalte aus Bild, Welt, Politico und Business Insider nach Angaben aus Unternehmenskreisen jährlich rund 20 Millionen Euro.",
          per="year", term=["2023-12", "2028"], kind_alt=LICENCE_ALT,
          note="'dem Verlag' = Axel Springer; the contract 'läuft bis Ende 2028' (next sentence)"),
        D("ashgrove-wortfuge-round", ["Ashgrove Ventures", "Wortfuge"], "investment", 12_000_000, "EUR", "exact", "2026-10", "completed",
          "Wortfuge: Das Kreuzberger Übersetzungs-Start-up hat zwölf Millionen Euro eingesammelt.",
          note="amount in words; lead investor Ashgrove Ventures in the next sentence; no day given -> month of the issue"),
    ],
    "not_deals": ["rund 24 Euro", "60 Dollar", "rund 3,9 Milliarden Euro", "25 Millionen Euro", "48 Millionen Euro", "3,20 Euro"],
}

ALIASES = {
    "Google": ["Google", "Alphabet"],
    "Reddit": ["Reddit"],
    "Norvane AI": ["Norvane AI", "Norvane"],
    "Codeloft": ["Codeloft"],
    "OpenAI": ["OpenAI"],
    "Le Monde": ["Le Monde"],
    "Prisa Media": ["Prisa Media", "Prisa"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Éditions Corbeau-Lys": ["Éditions Corbeau-Lys", "Corbeau-Lys"],
    "News Corp": ["News Corp", "News Corporation"],
    "Financial Times": ["Financial Times", "FT"],
    "Ostrander Media": ["Ostrander Media", "Ostrander"],
    "Pixelgrund": ["Pixelgrund"],
    "Leinewerk Rechenzentren": ["Leinewerk Rechenzentren", "Leinewerk Rechenzentren GmbH", "Leinewerk"],
    "Lektorhaus": ["Lektorhaus", "Lektorhaus-Gruppe", "Verlagsgruppe Lektorhaus"],
    "Vellichor": ["Vellichor"],
    "Anthropic": ["Anthropic"],
    "Brackwater Press": ["Brackwater Press", "Brackwater"],
    "Tallybook": ["Tallybook"],
    "Meta": ["Meta", "Meta Platforms"],
    "Tessellate Compute": ["Tessellate Compute", "Tessellate"],
    "Getty Images": ["Getty Images", "Getty"],
    "Shutterstock": ["Shutterstock"],
    "AFP": ["AFP", "Agence France-Presse"],
    "Sablière Data": ["Sablière Data", "Sablière"],
    "CoreWeave": ["CoreWeave"],
    "Amazon": ["Amazon"],
    "New York Times": ["New York Times", "The New York Times"],
    "Iconiq": ["Iconiq", "Iconiq Capital"],
    "Aleph Alpha": ["Aleph Alpha"],
    "dpa": ["dpa", "Deutsche Presse-Agentur"],
    "Perplexity": ["Perplexity", "Perplexity AI"],
    "Universal Music Group": ["Universal Music Group", "Universal Music", "UMG", "Universal"],
    "Udio": ["Udio"],
    "Harrowgate Music": ["Harrowgate Music", "Harrowgate"],
    "Tonewright": ["Tonewright"],
    "Ashgrove Ventures": ["Ashgrove Ventures", "Ashgrove"],
    "Warner Music Group": ["Warner Music Group", "Warner Music", "Warner"],
    "Suno": ["Suno"],
    "Menlo Ventures": ["Menlo Ventures", "Menlo"],
    "ElevenLabs": ["ElevenLabs"],
    "Klangfabrik Records": ["Klangfabrik Records", "Klangfabrik"],
    "Ravensworth Bank": ["Ravensworth Bank", "Ravensworth"],
    "Axel Springer": ["Axel Springer", "Springer"],
    "Wortfuge": ["Wortfuge"],
}

ABOUT = (
    "Hand-annotated deals in the 118th held-out test corpus (tests/corpus118/articles/), written for the tests and "
    "independent of the extractor; same format and rules as tests/corpus15/gold.json and shared/gold/seeds.json. "
    "Theme: licensing and content deals between AI labs and owners of text, images, music and code (publishers, news "
    "agencies, forums, photo libraries, labels), settlements of copyright suits, and the compute and cloud money those "
    "labs spend, 2024-2026. One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in "
    "full units and in the currency the article states; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another precision. 'date' "
    "is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, or null when it has none); a cancelled deal "
    "keeps the date of the talks or offer; 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
    "lists other acceptable kinds (content licences are 'other' with 'partnership' and 'supply' as alternatives); "
    "'note' explains a judgement call. Party order: the paying side first. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Codeloft, Norvane AI, "
    "Éditions Corbeau-Lys, Ostrander Media, Pixelgrund, Lektorhaus, Leinewerk Rechenzentren, Vellichor, Brackwater "
    "Press, Tallybook, Tessellate Compute, Sablière Data, Harrowgate Music, Tonewright, Ashgrove Ventures, Klangfabrik "
    "Records, Ravensworth Bank, Wortfuge; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted. Nothing here is "
    "reporting."
)


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
