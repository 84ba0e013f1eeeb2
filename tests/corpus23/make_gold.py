#!/usr/bin/env python3
"""Writes gold.json (kept so the annotation can be re-generated; edit here, not in gold.json)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **kw):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(kw)
    d["evidence"] = evidence
    return d

A = {}
def art(name, published, note, lang, deals, not_deals):
    A[name] = {"published": published, "published_note": note, "language": lang,
               "deals": deals, "not_deals": not_deals}

art("001_volmetal_hohenlimburg.txt", "2024-04-18",
    "from the date line 'Donnerstag, 18. April 2024'; 'am Dienstagabend' -> 2024-04-16", "de", [
    D("hagen-volmetal-land", ["Volmetal Datenhallen GmbH", "Stadt Hagen"], "acquisition", 19500000, "EUR", "exact",
      "2024-04-16", "signed",
      "19,5 Millionen Euro zahlt die Volmetal Datenhallen GmbH für die Lennewiesen zwischen Elsey und dem alten Kaltwalzwerk.",
      kind_alt=["other"], note="amount first; the council vote 'am Dienstagabend' in the next sentence; land sale by the city"),
    D("brenneisen-volmetal-cooling-1", ["Brenneisen Klimatechnik", "Volmetal Datenhallen GmbH"], "supply", 8000000, "EUR", "approx",
      "2024-04", "signed",
      "Nach Angaben von Volmetal hat der Auftrag ein Volumen von rund acht Millionen Euro.",
      note="supplier named in the previous sentences, amount in words; no day given -> month of the article; first order of the pair, the €6.4m order in 008 is a different deal"),
  ], ["bis zu 3 Millionen Euro", "41 Millionen Euro", "95 Euro je Quadratmeter", "289 Euro im Monat"])

art("002_kkr_ecp_larchmont_en.txt", "2024-10-01",
    "from the header 'October 1, 2024 | 06:40 GMT'; dateline 'Sept 30', 'said on Monday' -> 2024-09-30", "en", [
    D("kkr-ecp-partnership", ["KKR", "Energy Capital Partners"], "joint_venture", 50000000000, "USD", "exact",
      "2024-09-30", "announced",
      "NEW YORK, Sept 30 (Larchmont Wire) - Private equity firm KKR and Energy Capital Partners said on Monday they have formed a $50 billion strategic partnership to build data centers and the power plants needed to run them, the latest sign that Wall Street money is chasing the energy appetite of artificial intelligence.",
      kind_alt=["partnership", "investment"], note="capital to be deployed jointly, incl. debt"),
    D("blackrock-microsoft-mgx-fund", ["BlackRock", "Microsoft", "MGX"], "joint_venture", 30000000000, "USD", "up_to",
      "2024-09", "announced",
      "The move follows BlackRock's launch last month of an infrastructure fund with Microsoft and Abu Dhabi's MGX that aims to raise up to $30 billion of equity.",
      required=False, kind_alt=["partnership", "investment"],
      note="background; a fund-raising target of a partnership ('last month' -> 2024-09); optional"),
  ], ["$601 billion", "$27 billion", "$131.40"])

art("003_microsoft_capex_boersenterrasse.txt", "2025-01-08",
    "from the header '08.01.2025 – 09:12 Uhr'; 'am Freitag' -> 2025-01-03, 'Am Dienstag' -> 2025-01-07", "de", [
    D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80000000000, "USD", "approx",
      "2025-01-03", "announced",
      "Der Softwarekonzern will im laufenden Geschäftsjahr, das Ende Juni endet, rund 80 Milliarden Dollar in den Bau KI-fähiger Rechenzentren stecken.",
      term=["2024-07", "2025-06"], note="'Der Softwarekonzern' = Microsoft; blog post 'am Freitag' in the next sentence; fiscal year July 2024-June 2025"),
    D("microsoft-india-capex", ["Microsoft"], "capex_plan", 3000000000, "USD", "exact",
      "2025-01-07", "announced",
      "Am Dienstag legte Konzernchef Satya Nadella in Bengaluru nach: Microsoft werde in den kommenden zwei Jahren drei Milliarden Dollar in den Ausbau seiner Cloud-Kapazitäten auf dem Subkontinent investieren.",
      kind_alt=["investment"], note="amount in words; a second, separate capex plan of the same company"),
  ], ["430,80 Dollar", "510 Dollar", "65,6 Milliarden Dollar", "411,35 EUR", "1 Euro"])

art("004_copperlane_may25_en.txt", "2025-05-15",
    "from the issue line 'No. 19 · Thursday, May 15, 2025'; 'on Tuesday' -> 2025-05-13", "en", [
    D("humain-amd", ["Humain", "AMD"], "partnership", 10000000000, "USD", "exact",
      "2025-05-13", "announced",
      "Humain, the AI company the Saudi sovereign wealth fund PIF launched on Monday, has agreed a $10 billion collaboration with AMD to roll out AI infrastructure over the next five years, the two said on Tuesday.",
      kind_alt=["supply", "joint_venture", "investment"], term=["2025", "2030"],
      alt_amounts=[{"amount": 8900000000, "currency": "EUR"}],
      note="'launched on Monday' is Humain's founding; the deal was announced 'on Tuesday'; 005 gives EUR"),
    D("aws-humain-ai-zone", ["Amazon", "Humain"], "investment", 5000000000, "USD", "at_least",
      "2025-05", "announced",
      "Amazon Web Services and Humain will invest more than $5 billion in what they call an \"AI Zone\" in the kingdom, the cloud provider said.",
      kind_alt=["joint_venture", "project"], note="no day given -> month of the letter"),
    D("nvidia-humain-gb300", ["Nvidia", "Humain"], "supply", None, None, None,
      "2025-05", "announced",
      "Nvidia, separately, will ship 18,000 of its GB300 chips to Humain in a first tranche; nobody would put a price on that one.",
      required=False, note="concrete supply deal without an amount; optional"),
  ], ["$925 billion", "$1.4 trillion", "$4,800 per rack", "$15 a month", "$150 a year"])

art("005_humain_handelsrundschau.txt", "2025-05-15",
    "from the header 'Donnerstag, 15. Mai 2025 | Unternehmen | Seite 11'; 'am Dienstag' -> 2025-05-13", "de", [
    D("humain-amd", ["Humain", "AMD"], "partnership", 10000000000, "USD", "exact",
      "2025-05-13", "announced",
      "Das neue KI-Unternehmen Humain, das dem Staatsfonds PIF gehört, will zusammen mit dem US-Chipkonzern AMD in den nächsten fünf Jahren zehn Milliarden Dollar (rund 8,9 Milliarden Euro) in KI-Infrastruktur investieren.",
      kind_alt=["supply", "joint_venture", "investment"], term=["2025", "2030"],
      note="same deal as 004, amount in words with EUR; 'am Dienstag' in the next sentence"),
    D("aws-humain-ai-zone", ["Amazon", "Humain"], "investment", 5000000000, "USD", "at_least",
      "2025-05", "announced",
      "Die Cloud-Tochter AWS und Humain planen zusammen eine „AI Zone“ im Königreich, die mehr als fünf Milliarden Dollar kosten soll.",
      kind_alt=["joint_venture", "project"], note="same as 004; 'Auch Amazon ist dabei' in the previous sentence"),
    D("datavolt-us-investment", ["DataVolt"], "capex_plan", 20000000000, "USD", "exact",
      "2025-05", "announced",
      "In die Gegenrichtung fließt ebenfalls Geld: Das saudische Unternehmen DataVolt kündigte an, 20 Milliarden Dollar in KI-Rechenzentren und Energieinfrastruktur in den USA zu investieren.",
      kind_alt=["investment"], note="investment plan of one company; no day -> month"),
  ], ["600 Milliarden Dollar", "26 Milliarden Dollar", "114,80 Dollar"])

art("006_google_hamina_kymen_en.html", "2024-05-22",
    "from <meta article:published_time>, JSON-LD and <time datetime='2024-05-22'>; 'on Tuesday' -> 2024-05-21", "en", [
    D("google-hamina-capex", ["Google"], "capex_plan", 1000000000, "EUR", "exact",
      "2024-05-21", "announced",
      "Google will spend another €1 billion on its data centre in Hamina, the site of a former Stora Enso paper mill on the Gulf of Finland, the company announced on Tuesday.",
      kind_alt=["investment"], note="capex plan of one company; the cumulative €2.5bn since 2009 is not a deal"),
    D("fortum-google-ppa", ["Fortum", "Google"], "supply", 170000000, "EUR", "approx",
      "2024-05", "signed",
      "Fortum put the value of the contract at about €170 million.",
      note="ten-year PPA; parties in the previous sentence ('the search company ... with Fortum'); no day -> month"),
  ], ["€2.5 billion", "€150 million", "5.6 cents per kilowatt-hour", "€690 a season", "€14.90 a month"])

art("007_samsung_sds_haenam_hangang_en.txt", "2025-10-28",
    "from 'Updated : 2025-10-28 10:05 KST'; 'announced Monday' -> 2025-10-27", "en", [
    D("samsungsds-national-ai-center", ["Samsung SDS", "Ministry of Science and ICT"], "project", 2500000000000, "KRW", "approx",
      "2025-10-27", "announced",
      "The project, planned at the Solaseado development in Haenam, South Jeolla Province, is worth about 2.5 trillion won ($1.74 billion) including equipment.",
      kind_alt=["joint_venture", "cloud_contract"], alt_amounts=[{"amount": 1740000000, "currency": "USD"}],
      note="consortium leader and the awarding ministry in the previous sentence; consortium members (Samsung Electronics, Naver Cloud, KT) not listed"),
    D("macquarie-skt-datacenter-stake", ["Macquarie Asset Management", "SK Telecom"], "acquisition", 1500000000000, "KRW", "approx",
      "2024", "cancelled",
      "Talks to sell a 40 percent stake in its data center unit to Macquarie Asset Management for about 1.5 trillion won fell apart over price last November, people close to the matter said.",
      kind_alt=["investment"], note="'its' = SK Telecom (previous sentence); failed talks, 'last November' -> 2024"),
  ], ["172,300 won", "654 billion won"])

art("008_ennepe_volmetal_netzknoten.txt", "2025-02-20",
    "from the issue line 'Nr. 8/2025 · Donnerstag, 20. Februar 2025'; 'am Mittwoch' -> 2025-02-19", "de", [
    D("ennepe-volmetal-ppa", ["Ennepe Energie AG", "Volmetal Datenhallen GmbH"], "supply", 21000000, "EUR", "approx",
      "2025-02-19", "signed",
      "Ab Januar 2026 liefert der Versorger Ökostrom aus Wind- und Solarparks im Sauerland; Volmetal zahlt dafür nach Angaben beider Unternehmen rund 21 Millionen Euro im Jahr.",
      per="year", term=["2026-01", "2037-12"],
      note="yearly payment; 'der Versorger' = Ennepe Energie; signed 'am Mittwoch' (previous sentence), runs 'bis Ende 2037'"),
    D("volmetal-capex-hohenlimburg", ["Volmetal Datenhallen GmbH"], "capex_plan", 420000000, "EUR", "approx",
      "2025-02", "planned",
      "Insgesamt will das Unternehmen in den kommenden fünf Jahren etwa 420 Millionen Euro in den Standort investieren.",
      note="'das Unternehmen' = Volmetal; no day -> month"),
    D("brenneisen-volmetal-cooling-2", ["Brenneisen Klimatechnik", "Volmetal Datenhallen GmbH"], "supply", 6400000, "EUR", "exact",
      "2025-02", "signed",
      "Das Volumen liegt bei 6,4 Millionen Euro; bereits im vergangenen Jahr hatte Brenneisen den ersten Kühlauftrag für das Projekt erhalten.",
      note="second order of the pair (order in the previous sentence); the first order (001) is restated without amount and not annotated again"),
  ], ["14,2 Millionen Euro", "86 Euro je Megawattstunde", "690 Euro", "348 Euro"])

art("009_google_uk_albion_en.txt", "2025-09-17",
    "from the date line 'Wednesday 17 September 2025'; 'on Tuesday' -> 2025-09-16", "en", [
    D("google-uk-capex", ["Google"], "capex_plan", 5000000000, "GBP", "exact",
      "2025-09-16", "announced",
      "Google has pledged to spend £5bn on AI infrastructure in Britain by the end of 2026, with a share going into a data centre at Waltham Cross in Hertfordshire that opened on Tuesday.",
      kind_alt=["investment"], term=["2025", "2026"], note="the data centre opened on Tuesday, the pledge was made the same day (state visit); runs to the end of 2026"),
    D("coreweave-uk-capex", ["CoreWeave"], "capex_plan", 1500000000, "GBP", "exact",
      "2025-09", "announced",
      "CoreWeave, the New Jersey company that leases Nvidia-powered computing capacity, said it would invest a further £1.5bn in UK data centres.",
      kind_alt=["investment"], note="no day given -> month"),
    D("coreweave-uk-capex-2024", ["CoreWeave"], "capex_plan", 1000000000, "GBP", "exact",
      "2024", "announced",
      "That comes on top of the £1bn it committed last year.",
      required=False, kind_alt=["investment"], note="background: last year's commitment; optional"),
    D("blackrock-enfield", ["BlackRock"], "capex_plan", 500000000, "GBP", "exact",
      "2025-09", "announced",
      "Separately, BlackRock said it would spend £500m upgrading data centres in Enfield, north London.",
      kind_alt=["investment"], note="no day given -> month"),
  ], ["£31bn", "£7bn", "£120,000"])

art("010_microsoft_openai_finanzwire.txt", "2025-10-29",
    "from the header '29.10.2025 – 07:05 Uhr'; 'am Dienstag' -> 2025-10-28", "de", [
    D("openai-microsoft-azure-250", ["OpenAI", "Microsoft"], "cloud_contract", 250000000000, "USD", "exact",
      "2025-10-28", "signed",
      "Im Zuge der am Dienstag abgeschlossenen Umwandlung des ChatGPT-Entwicklers in eine gewinnorientierte Gesellschaft hat sich OpenAI verpflichtet, zusätzliche Azure-Cloud-Dienste im Wert von 250 Milliarden Dollar bei Microsoft zu kaufen.",
      alt_amounts=[{"amount": 215000000000, "currency": "EUR"}],
      note="purchase commitment; EUR conversion in the next sentence; the 27 % stake and its value are not a separate deal with an amount"),
  ], ["135 Milliarden Dollar", "13,8 Milliarden Dollar", "500 Milliarden Dollar", "130 Milliarden Dollar",
      "4 Billionen Dollar", "75,4 Milliarden Dollar"])

art("011_anthropic_google_siliconfold_en.txt", "2025-10-24",
    "from the byline 'Oct. 24, 2025, 6:10 a.m. PT'; 'on Thursday' -> 2025-10-23", "en", [
    D("anthropic-google-tpu", ["Anthropic", "Google"], "cloud_contract", 40000000000, "USD", "range",
      "2025-10-23", "signed",
      "Analysts at Wexcombe Research estimate the commitment at $40 billion to $60 billion over its lifetime, depending on how much of the option Anthropic draws down.",
      amount_max=60000000000, kind_alt=["supply"],
      note="the companies say only 'tens of billions of dollars'; the analysts' range is annotated; parties and date in the first paragraph"),
  ], ["$3 billion", "$183 billion", "$7 billion", "$15.2 billion", "$20/month"])

art("012_halvergate_anglia_en.txt", "2025-06-26",
    "from the date line 'Thursday 26 June 2025'; 'on Wednesday' -> 2025-06-25, 'Last month' -> 2025-05", "en", [
    D("tamarack-halvergate-round", ["Tamarack Bend Capital", "Halvergate Compute"], "investment", 180000000, "GBP", "exact",
      "2025-06-25", "completed",
      "Halvergate Compute, a Norwich business that hires out Nvidia GPU clusters to model builders, has raised £180m in a funding round led by the Minneapolis-based investor Tamarack Bend Capital.",
      note="lead investor listed; first of two Tamarack-Halvergate deals (takeover in 020)"),
    D("volmetal-halvergate-lease-1", ["Volmetal Datenhallen GmbH", "Halvergate Compute"], "other", 150000000, "GBP", "approx",
      "2025-05", "signed",
      "The agreement is worth about £150m, said someone who has seen the contract.",
      kind_alt=["cloud_contract"], term=["2025", "2030"], alt_amounts=[{"amount": 175000000, "currency": "EUR"}],
      note="five-year lease of data-centre space and power; parties and 'Last month' in the previous sentence; 017 restates it as €175m; different from the second, yearly lease in 019"),
    D("coreweave-halvergate-approach", ["CoreWeave", "Halvergate Compute"], "acquisition", 700000000, "GBP", "approx",
      "2025", "rumored",
      "CoreWeave has sounded out Halvergate about a takeover at around £700m, two people close to the company said.",
      note="sourced rumour, no date of the approach -> year; unrelated to Tamarack's 2026 takeover (020)"),
  ], ["£900m", "£46m", "£11m", "£95,000", "$4.2bn", "£2.4m"])

art("013_google_texas_panhandle_en.html", "2025-11-15",
    "from <meta parsely-pub-date>, JSON-LD and the byline 'Sat., Nov. 15, 2025'; 'said Friday' -> 2025-11-14", "en", [
    D("google-texas-capex", ["Google"], "capex_plan", 40000000000, "USD", "exact",
      "2025-11-14", "announced",
      "Google will invest $40 billion in Texas through 2027, the company said Friday, including two new data center campuses in Armstrong County east of Amarillo and one in Haskell County.",
      kind_alt=["investment"], term=["2025", "2027"], alt_amounts=[{"amount": 34500000000, "currency": "EUR"}],
      note="014 restates it with EUR"),
    D("tulecanyon-google-ppa", ["Tule Canyon Energy", "Google"], "supply", 1100000000, "USD", "approx",
      "2025-11", "signed",
      "Under a 20-year agreement, Google will buy the plant's output; a filing with the state utility commission puts the value at roughly $1.1 billion.",
      note="'the plant' belongs to Tule Canyon Energy (previous sentence); no day -> month"),
  ], ["$6.8 million", "$2 million a year", "$1,400 an acre", "$1.99", "$11.50 a bag"])

art("014_rechenhalle_november.txt", "2025-11-20",
    "from the issue line 'Ausgabe 47 | Donnerstag, 20. November 2025'", "de", [
    D("google-texas-capex", ["Google"], "capex_plan", 40000000000, "USD", "approx",
      "2025-11", "announced",
      "Google investiert in Texas bis 2027 rund 40 Milliarden Dollar, das sind etwa 34,5 Milliarden Euro.",
      kind_alt=["investment"], term=["2025", "2027"], note="restatement of 013 with EUR; no day -> month; the amount-less solar PPA in the next sentence is not annotated again"),
    D("openai-microsoft-azure-250", ["OpenAI", "Microsoft"], "cloud_contract", 250000000000, "USD", "exact",
      "2025-10", "signed",
      "Zur Erinnerung, weil die Summe in jeder Präsentation auftaucht: OpenAI hat Ende Oktober zugesagt, zusätzliche Azure-Dienste für 250 Milliarden Dollar bei Microsoft einzukaufen.",
      note="restatement of 010 ('Ende Oktober')"),
    D("deutschebank-polarise-loan", ["Deutsche Bank", "Polarise"], "other", 380000000, "EUR", "exact",
      "2025-11", "signed",
      "Polarise, ein Münchner Betreiber von KI-Rechenzentren, hat sich eine Kreditlinie über 380 Millionen Euro gesichert.",
      kind_alt=["investment"], note="credit line; lender (consortium led by Deutsche Bank) in the next sentence; no day -> month"),
  ], ["mehr als 400 Milliarden Dollar", "4,3 Cent", "2.900 Euro", "490 Euro", "24 Euro im Monat"])

art("015_synopsys_wexcombe_note_en.txt", "2025-12-04",
    "from the header 'December 4, 2025'; 'on Monday' -> 2025-12-01", "en", [
    D("nvidia-synopsys", ["Nvidia", "Synopsys"], "investment", 2000000000, "USD", "exact",
      "2025-12-01", "completed",
      "Nvidia said on Monday it had bought $2 billion of Synopsys common stock at $414.79 a share, giving it a stake of roughly 2.6%.",
      note="shares bought directly from Synopsys; the partnership itself has no amount; the Marvell/Celestial mention has no amount and is not annotated here"),
  ], ["$520", "$495", "$57.0 billion", "$7.05 billion", "$12.70", "$13.70", "$78bn", "$8.9bn"])

art("016_marvell_celestial_aktiengarten.txt", "2025-12-03",
    "from the header '03.12.2025 | 08:37 Uhr'; 'am Dienstag' -> 2025-12-02, 'am Montag' -> 2025-12-01", "de", [
    D("marvell-celestial", ["Marvell Technology", "Celestial AI"], "acquisition", 3250000000, "USD", "exact",
      "2025-12-02", "signed",
      "Marvell zahlt 3,25 Milliarden Dollar, teils in bar, teils in eigenen Aktien, umgerechnet knapp 2,8 Milliarden Euro, wie das Unternehmen am Dienstag nach US-Börsenschluss mitteilte.",
      alt_amounts=[{"amount": 2800000000, "currency": "EUR"}, {"amount": 5500000000, "currency": "USD"}],
      note="upfront price; the earn-out maximum 'bis zu 5,5 Milliarden Dollar' (next sentence, headline) is in alt_amounts"),
    D("nvidia-synopsys", ["Nvidia", "Synopsys"], "investment", 2000000000, "USD", "exact",
      "2025-12-01", "completed",
      "Der KI-Chipriese stieg mit zwei Milliarden Dollar beim Chipdesign-Softwarehaus Synopsys ein, zu einem Preis von 414,79 Dollar je Aktie.",
      note="same deal as 015; 'Der KI-Chipriese' = Nvidia (previous sentence), amount in words"),
  ], ["500 Millionen Dollar", "2,08 Milliarden Dollar", "71,40 EUR", "378,20 EUR", "155,06 EUR", "0 Euro Ordergebühr"])

art("017_volmetal_interview_standortfragen.txt", None,
    "no date anywhere in the article (only 'Lesedauer: 5 Minuten')", "de", [
    D("volmetal-halvergate-lease-1", ["Volmetal Datenhallen GmbH", "Halvergate Compute"], "other", 175000000, "EUR", "approx",
      None, "signed",
      "Die Briten haben bei uns für fünf Jahre gemietet, insgesamt sind das rund 175 Millionen Euro.",
      kind_alt=["cloud_contract"], note="'Die Briten' = Halvergate, 'uns' = Volmetal; restatement of the 2025 lease (012)"),
    D("nrwbank-volmetal-loan", ["NRW.BANK", "Volmetal Datenhallen GmbH"], "other", 150000000, "EUR", "exact",
      None, "signed",
      "Die NRW.BANK gibt uns ein Darlehen über 150 Millionen Euro für den zweiten Bauabschnitt, dazu kommen Sparkassen aus der Region.",
      kind_alt=["investment"], note="loan; undated interview (019 dates the commitment to March 2026); the regional savings banks have no amount"),
    D("ennepe-volmetal-ppa", ["Ennepe Energie AG", "Volmetal Datenhallen GmbH"], "supply", 21000000, "EUR", "approx",
      None, "signed",
      "Wir zahlen ihnen pro Jahr rund 21 Millionen Euro, der Preis ist bis 2037 fest.",
      per="year", note="'ihnen' = Ennepe Energie (previous answer), 'Wir' = Volmetal; restatement of 008"),
  ], ["78.000 Euro", "62.000 Euro", "1,3 Millionen Euro", "12,50 Euro"])

art("018_softbank_digitalbridge_palisade_en.txt", "2025-12-30",
    "from the header 'December 30, 2025 | 05:25 GMT'; dateline 'Dec 29', 'on Monday agreed' -> 2025-12-29", "en", [
    D("softbank-digitalbridge", ["SoftBank Group", "DigitalBridge"], "acquisition", 4000000000, "USD", "approx",
      "2025-12-29", "signed",
      "SoftBank Group on Monday agreed to acquire DigitalBridge Group, the U.S. investment firm that owns stakes in data center and fiber operators, for about $4 billion including debt, as Masayoshi Son pushes deeper into the physical plumbing of AI.",
      alt_amounts=[{"amount": 3500000000, "currency": "EUR"}], note="020 reports the closing with EUR"),
    D("softbank-openai-final-tranche", ["SoftBank Group", "OpenAI"], "investment", 22500000000, "USD", "exact",
      "2025-12", "completed",
      "The purchase comes days after SoftBank completed the final $22.5 billion of its funding commitment to OpenAI, bringing its stake in the ChatGPT maker to about 11%.",
      note="'days after' -> December 2025; a different SoftBank deal from the DigitalBridge takeover"),
  ], ["$16.00", "$108 billion", "$5.83 billion", "17,610 yen", "2.9 trillion yen", "$13.89"])

art("019_volmetal_halvergate_lennetal.html", "2026-04-15",
    "from <meta name='date'>, JSON-LD and the byline '15.04.2026, 06:45 Uhr'; 'Am Dienstag' -> 2026-04-14, 'im März' -> 2026-03", "de", [
    D("volmetal-halvergate-lease-2", ["Volmetal Datenhallen GmbH", "Halvergate Compute"], "other", 41000000, "EUR", "approx",
      "2026-04-14", "signed",
      "Die Briten zahlen dafür jährlich rund 41 Millionen Euro, die Laufzeit beträgt sieben Jahre.",
      per="year", kind_alt=["cloud_contract"],
      note="second lease of the pair (Halle 3), signed 'Am Dienstag' (previous sentence); 'Die Briten' = Halvergate; must stay apart from the 2025 lease"),
    D("nrwbank-volmetal-loan", ["NRW.BANK", "Volmetal Datenhallen GmbH"], "other", 150000000, "EUR", "exact",
      "2026-03", "signed",
      "Die 150 Millionen Euro hatte das Institut im März zugesagt, wie Volmetal bestätigte.",
      kind_alt=["investment"], note="'das Institut' = NRW.BANK (previous sentence); same loan as in 017"),
  ], ["1,8 Millionen Euro", "3,99 Euro", "1.190 Euro", "7,99 Euro im Monat"])

art("020_softbank_ruhrsieg_wirtschaftswoche.txt", "2026-11-12",
    "from the header 'Donnerstag, 12. November 2026 · Ausgabe 46/2026'; 'kurz vor Weihnachten 2025' -> 2025-12", "de", [
    D("softbank-digitalbridge", ["SoftBank Group", "DigitalBridge"], "acquisition", 4000000000, "USD", "approx",
      "2025-12", "completed",
      "Der japanische Konzern zahlt rund 4 Milliarden Dollar einschließlich Schulden, nach heutigem Kurs etwa 3,5 Milliarden Euro.",
      note="closing of the 018 deal; 'Der japanische Konzern' = SoftBank; date of the agreement ('kurz vor Weihnachten 2025')"),
    D("tamarack-halvergate-takeover", ["Tamarack Bend Capital", "Halvergate Compute"], "acquisition", 520000000, "GBP", "exact",
      "2026-11", "signed",
      "Halvergate: Der Minneapolis-Investor Tamarack Bend Capital kauft den Rechenanbieter aus Norwich, bei dem er 2025 die Finanzierungsrunde angeführt hatte, für 520 Millionen Pfund komplett.",
      note="'Kurz notiert' item, no day -> month; second Tamarack-Halvergate deal, apart from the 2025 round"),
    D("brenneisen-letmathe-capex", ["Brenneisen Klimatechnik"], "capex_plan", 14000000, "EUR", "exact",
      "2026-11", "planned",
      "Brenneisen Klimatechnik: Der Iserlohner Kältespezialist baut für 14 Millionen Euro eine neue Fertigungshalle in Letmathe.",
      note="'Kurz notiert' item; own investment of one company; the state subsidy is not a deal"),
  ], ["120 Milliarden Dollar", "1,4 Billionen Yen", "1,6 Millionen Euro", "1,10 Euro je Aktie"])

ALIASES = {
    "Volmetal Datenhallen GmbH": ["Volmetal Datenhallen GmbH", "Volmetal Datenhallen", "Volmetal"],
    "Stadt Hagen": ["Stadt Hagen", "Hagen"],
    "Brenneisen Klimatechnik": ["Brenneisen Klimatechnik", "Brenneisen"],
    "KKR": ["KKR", "KKR & Co."],
    "Energy Capital Partners": ["Energy Capital Partners", "ECP"],
    "BlackRock": ["BlackRock"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure"],
    "MGX": ["MGX"],
    "Humain": ["Humain", "HUMAIN"],
    "AMD": ["AMD", "Advanced Micro Devices"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "DataVolt": ["DataVolt"],
    "Samsung SDS": ["Samsung SDS"],
    "Ministry of Science and ICT": ["Ministry of Science and ICT", "MSIT"],
    "Fortum": ["Fortum", "Fortum Oyj"],
    "SK Telecom": ["SK Telecom", "SKT"],
    "Macquarie Asset Management": ["Macquarie Asset Management", "Macquarie"],
    "Ennepe Energie AG": ["Ennepe Energie AG", "Ennepe Energie", "Ennepe"],
    "Google": ["Google", "Alphabet", "Google Cloud"],
    "CoreWeave": ["CoreWeave"],
    "OpenAI": ["OpenAI", "OpenAI Group PBC"],
    "Anthropic": ["Anthropic"],
    "Tamarack Bend Capital": ["Tamarack Bend Capital", "Tamarack Bend"],
    "Halvergate Compute": ["Halvergate Compute", "Halvergate"],
    "Tule Canyon Energy": ["Tule Canyon Energy", "Tule Canyon"],
    "Deutsche Bank": ["Deutsche Bank", "Deutschen Bank"],
    "Polarise": ["Polarise"],
    "Synopsys": ["Synopsys"],
    "Marvell Technology": ["Marvell Technology", "Marvell"],
    "Celestial AI": ["Celestial AI", "Celestial"],
    "NRW.BANK": ["NRW.BANK", "NRW.Bank"],
    "SoftBank Group": ["SoftBank Group", "SoftBank", "SoftBank Group Corp."],
    "DigitalBridge": ["DigitalBridge", "DigitalBridge Group"],
}

ABOUT = ("Hand-annotated deals in the twenty-third, held-out test corpus (tests/corpus23/articles/), written for the tests "
 "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
 "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id in each. "
 "'required': false marks vague or background mentions that an extractor may report or not without penalty. "
 "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full "
 "units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
 "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
 "article) states it in another currency or at another precision. 'date' is when the deal was announced or agreed "
 "(YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own "
 "date marker, dateline, <time datetime>, issue line or visible byline date, or null when the article has none); "
 "quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original agreement or "
 "talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; "
 "'note' explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
 "(check_corpus_gold.visible_text). Invented companies: Volmetal Datenhallen GmbH, Brenneisen Klimatechnik, Ennepe "
 "Energie AG, Halvergate Compute, Tamarack Bend Capital, Tule Canyon Energy; invented publications, research houses "
 "and people are named in README.md; the deals of real companies are partly real, partly invented or shifted. "
 "Nothing here is reporting.")

gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote gold.json")
