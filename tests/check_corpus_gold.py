#!/usr/bin/env python3
"""Validate the hand annotation of the test corpus (gold.json against articles/).

Usage: python3 tests/corpusN/check_gold.py [GOLD.json] [--summary]

One checker for every corpus in tests/: each corpus's check_gold.py runs it on its own folder.

Checks (each failure is an error, exit status 1):
  * gold.json has "about", "articles" and "aliases"; every article file named in
    "articles" exists in articles/ and every articles/*.txt and *.html is annotated;
  * .html articles are checked against their visible text (visible_text():
    comments and <head>, <script>, <style>, <template>, <noscript> dropped, block
    tags turned into line breaks, other tags removed, entities decoded, whitespace
    collapsed as a browser does);
  * "published" and every deal "date" are ISO dates at some precision (YYYY,
    YYYY-MM, YYYY-MM-DD) or null, and no deal date lies after the publication;
  * "term" is a pair of such dates (either may be null);
  * kinds, kind_alt, statuses, qualifiers and currencies come from the allowed sets;
    amount/currency/qualifier are all null or all set; "range" goes with
    amount_max and amount_max is larger than amount;
  * every evidence sentence and every not_deal text occurs verbatim in its article;
  * every party name resolves through "aliases" (no alias names two companies) and
    some alias of every party occurs in the article;
  * deals with the same id agree on their parties (after alias resolution), and
    each article's amount for a shared id lies within 2 % of the figures of the
    first article that reports it (amount, amount_max, alt_amounts), because that
    is the entry the shared scorer (score_deals.py) matches against.
Warnings (printed, exit status unaffected): a shared id whose dates or kinds differ
between articles (e.g. rumour date vs. closing date).

Standard library only.
"""
from __future__ import annotations

import html
import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent

KINDS = {"investment", "cloud_contract", "supply", "partnership", "joint_venture",
         "acquisition", "capex_plan", "project", "other"}
STATUSES = {"rumored", "negotiating", "planned", "announced", "signed", "completed", "cancelled"}
QUALIFIERS = {"exact", "approx", "up_to", "at_least", "range"}
CURRENCIES = {"USD", "EUR", "GBP", "JPY", "KRW", "CHF", "CNY", "TWD", "INR", "SAR", "AED",
              "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "HKD", "SGD"}
PERIODS = {"year", "quarter", "month"}
LANGUAGES = {"de", "en"}
ARTICLE_KEYS = {"published", "published_note", "language", "deals", "not_deals"}
DEAL_KEYS = {"id", "parties", "kind", "amount", "amount_max", "currency", "qualifier", "date",
             "status", "required", "evidence", "term", "per", "alt_amounts", "kind_alt", "note"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")


BLOCK_TAGS = ("address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|form|"
              "h[1-6]|header|hr|li|main|nav|ol|p|section|table|td|th|tr|ul")


def visible_text(markup):
    """The text a reader sees in an HTML page, one block per line."""
    t = re.sub(r"(?is)<!--.*?-->", " ", markup)
    t = re.sub(r"(?is)<(head|script|style|template|noscript)\b.*?</\1\s*>", " ", t)
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r"(?i)</?(?:%s)\b[^>]*>" % BLOCK_TAGS, "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    lines = (" ".join(line.split()) for line in t.split("\n"))
    return "\n".join(line for line in lines if line)


def parse_date(text):
    """A date at some precision -> (first day, precision) or None when malformed."""
    if not isinstance(text, str):
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return date(y, mo, d), len(text)
    except ValueError:
        return None


def compatible(a, b):
    """Two dates agree at the coarser of their precisions."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def close(a, b, tol=0.02):
    return a is not None and b is not None and b != 0 and abs(a - b) / abs(b) <= tol


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


class Checker:
    def __init__(self, gold_path: Path):
        self.gold_path = gold_path
        self.articles_dir = gold_path.parent / "articles"
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")

    # -- aliases ---------------------------------------------------------------
    def load_aliases(self, aliases):
        self.alias_of = {}
        if not isinstance(aliases, dict):
            self.err("aliases", "must be an object")
            return
        for canonical, names in aliases.items():
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                self.err("aliases", f"{canonical!r} must map to a list of names")
                continue
            for n in [canonical] + names:
                key = n.lower()
                other = self.alias_of.get(key)
                if other is not None and other != canonical:
                    self.err("aliases", f"{n!r} is listed for both {other!r} and {canonical!r}")
                self.alias_of[key] = canonical
        self.variants = {}
        for canonical, names in aliases.items():
            self.variants[canonical] = sorted({canonical, *names}, key=len, reverse=True)

    def resolve(self, name):
        return self.alias_of.get(name.lower())

    # -- one deal --------------------------------------------------------------
    def check_deal(self, where, d, text, published):
        if not isinstance(d, dict):
            self.err(where, "deal must be an object")
            return
        for k in ("id", "parties", "kind", "amount", "amount_max", "currency", "qualifier",
                  "date", "status", "required", "evidence"):
            if k not in d:
                self.err(where, f"missing key {k!r}")
        for k in d:
            if k not in DEAL_KEYS:
                self.err(where, f"unknown key {k!r}")
        did = d.get("id")
        if not isinstance(did, str) or not ID_RE.match(did):
            self.err(where, f"bad id {did!r}")
        parties = d.get("parties")
        if not isinstance(parties, list) or not parties or not all(isinstance(p, str) and p.strip() for p in parties):
            self.err(where, "parties must be a non-empty list of names")
            parties = []
        if len(set(parties)) != len(parties):
            self.err(where, "a party is listed twice")
        low_text = text.lower()
        for p in parties:
            canonical = self.resolve(p)
            if canonical is None:
                self.err(where, f"party {p!r} is not in the aliases")
                continue
            if not any(v.lower() in low_text for v in self.variants.get(canonical, [p])):
                self.err(where, f"no name of party {p!r} occurs in the article")
        if d.get("kind") not in KINDS:
            self.err(where, f"kind {d.get('kind')!r} not in {sorted(KINDS)}")
        kind_alt = d.get("kind_alt", [])
        if not isinstance(kind_alt, list) or any(k not in KINDS for k in kind_alt):
            self.err(where, f"kind_alt {kind_alt!r} must be a list of kinds")
        if d.get("status") not in STATUSES:
            self.err(where, f"status {d.get('status')!r} not in {sorted(STATUSES)}")
        if not isinstance(d.get("required"), bool):
            self.err(where, "required must be true or false")

        amount, amount_max = d.get("amount"), d.get("amount_max")
        currency, qualifier = d.get("currency"), d.get("qualifier")
        if amount is None:
            if amount_max is not None or currency is not None or qualifier is not None or d.get("per"):
                self.err(where, "no amount, so amount_max, currency, qualifier and per must be null")
        else:
            if not is_number(amount) or amount <= 0:
                self.err(where, f"amount {amount!r} must be a positive number")
            if currency not in CURRENCIES:
                self.err(where, f"currency {currency!r} not in the allowed set")
            if qualifier not in QUALIFIERS:
                self.err(where, f"qualifier {qualifier!r} not in {sorted(QUALIFIERS)}")
            if (qualifier == "range") != (amount_max is not None):
                self.err(where, "qualifier 'range' goes with amount_max (and only it)")
            if amount_max is not None and (not is_number(amount_max) or not is_number(amount) or amount_max <= amount):
                self.err(where, f"amount_max {amount_max!r} must be larger than amount")
            if is_number(amount) and amount < 1000:
                self.err(where, f"amount {amount!r} looks like it is not in full units")
        if "per" in d and d["per"] not in PERIODS:
            self.err(where, f"per {d['per']!r} not in {sorted(PERIODS)}")
        for alt in d.get("alt_amounts", []) or []:
            if not isinstance(alt, dict) or not is_number(alt.get("amount")) or alt.get("currency") not in CURRENCIES:
                self.err(where, f"bad alt_amounts entry {alt!r}")

        dt = d.get("date")
        if dt is not None:
            parsed = parse_date(dt)
            if parsed is None:
                self.err(where, f"date {dt!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            elif published and not compatible(dt, published) and dt > published:
                self.err(where, f"date {dt} lies after the publication {published}")
        if "term" in d:
            term = d["term"]
            if not (isinstance(term, list) and len(term) == 2 and any(t is not None for t in term)):
                self.err(where, f"term {term!r} must be [start, end] with at least one set")
            else:
                for t in term:
                    if t is not None and parse_date(t) is None:
                        self.err(where, f"term date {t!r} is not an ISO date")
                if all(t is not None for t in term) and term[0] > term[1]:
                    self.err(where, f"term {term!r} ends before it starts")

        ev = d.get("evidence")
        if not isinstance(ev, str) or not ev.strip():
            self.err(where, "evidence must be a sentence")
        elif ev not in text:
            self.err(where, f"evidence not found verbatim: {ev[:90]!r}")

    # -- whole file ------------------------------------------------------------
    def run(self):
        try:
            gold = json.loads(self.gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            self.err(str(self.gold_path), f"cannot read: {e}")
            return None
        for k in ("about", "articles", "aliases"):
            if k not in gold:
                self.err("gold", f"missing top-level key {k!r}")
        articles = gold.get("articles", {})
        self.load_aliases(gold.get("aliases", {}))

        on_disk = {p.name for pattern in ("*.txt", "*.html") for p in self.articles_dir.glob(pattern)}
        for name in sorted(set(articles) - on_disk):
            self.err(name, "annotated but the file does not exist")
        for name in sorted(on_disk - set(articles)):
            self.err(name, "article file is not annotated")

        first_by_id = {}
        seen = {}
        for name, a in articles.items():
            path = self.articles_dir / name
            if not path.exists():
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                self.err(name, "not UTF-8")
                continue
            text = text.replace("\r\n", "\n")
            if path.suffix.lower() in (".html", ".htm"):
                text = visible_text(text)
            for k in a:
                if k not in ARTICLE_KEYS:
                    self.err(name, f"unknown key {k!r}")
            published = a.get("published")
            if published is not None and parse_date(published) is None:
                self.err(name, f"published {published!r} is not an ISO date")
                published = None
            if a.get("language") not in LANGUAGES:
                self.err(name, f"language {a.get('language')!r} not in {sorted(LANGUAGES)}")
            deals = a.get("deals")
            if not isinstance(deals, list):
                self.err(name, "deals must be a list")
                deals = []
            ids_here = set()
            for i, d in enumerate(deals):
                where = f"{name}#{i} ({d.get('id') if isinstance(d, dict) else '?'})"
                self.check_deal(where, d, text, published)
                if not isinstance(d, dict):
                    continue
                did = d.get("id")
                if did in ids_here:
                    self.err(where, "id used twice in the same article")
                ids_here.add(did)
                seen.setdefault(did, []).append((name, d))
                first_by_id.setdefault(did, (name, d))
            not_deals = a.get("not_deals")
            if not isinstance(not_deals, list):
                self.err(name, "not_deals must be a list")
                not_deals = []
            for nd in not_deals:
                if not isinstance(nd, str) or nd not in text:
                    self.err(name, f"not_deal not found verbatim: {nd!r}")

        # shared ids
        for did, entries in seen.items():
            if len(entries) < 2:
                continue
            first_name, first = entries[0]
            canon = lambda d: {self.resolve(p) or p for p in d.get("parties", [])}
            ref_parties = canon(first)
            ref_values = [v for v in (first.get("amount"), first.get("amount_max")) if is_number(v)]
            ref_values += [a["amount"] for a in first.get("alt_amounts", []) or [] if is_number(a.get("amount"))]
            kinds = {first.get("kind")} | set(first.get("kind_alt", []) or [])
            dates = [(first_name, first.get("date"))]
            for name, d in entries[1:]:
                where = f"{name} ({did})"
                if canon(d) != ref_parties:
                    self.err(where, f"parties {sorted(canon(d))} differ from {first_name}: {sorted(ref_parties)}")
                amount = d.get("amount")
                if is_number(amount):
                    if not ref_values:
                        self.err(where, f"has an amount but {first_name} (the entry the scorer uses) has none")
                    elif not any(close(amount, r) for r in ref_values):
                        self.err(where, f"amount {amount} is not within 2 % of {first_name}'s figures {ref_values}; "
                                        "add it to alt_amounts there")
                if d.get("kind") not in kinds:
                    self.warn(where, f"kind {d.get('kind')!r} differs from {first_name} ({first.get('kind')!r})")
                dates.append((name, d.get("date")))
            known = [(n, x) for n, x in dates if x]
            for i in range(len(known)):
                for j in range(i + 1, len(known)):
                    if not compatible(known[i][1], known[j][1]):
                        self.warn(did, f"dates differ: {known[i][1]} ({known[i][0]}) vs {known[j][1]} ({known[j][0]})")
        return gold


def summary(gold):
    deals = [(n, d) for n, a in gold["articles"].items() for d in a["deals"]]
    ids = {}
    for n, d in deals:
        ids.setdefault(d["id"], []).append(n)
    required_ids = {d["id"] for _, d in deals if d.get("required")}
    langs = {}
    for a in gold["articles"].values():
        langs[a["language"]] = langs.get(a["language"], 0) + 1
    print(f"articles: {len(gold['articles'])} ({', '.join(f'{k}: {v}' for k, v in sorted(langs.items()))})")
    print(f"deal mentions: {len(deals)} (required {sum(1 for _, d in deals if d.get('required'))}, "
          f"optional {sum(1 for _, d in deals if not d.get('required'))})")
    print(f"distinct deals: {len(ids)} (required {len(required_ids)}, optional only {len(ids) - len(required_ids)})")
    merged = {k: v for k, v in ids.items() if len(v) > 1}
    print(f"deals reported by several articles: {len(merged)}")
    for k, v in sorted(merged.items()):
        print(f"  {k}: {', '.join(v)}")
    print(f"not_deals: {sum(len(a['not_deals']) for a in gold['articles'].values())}")
    for field, allowed in (("kind", KINDS), ("status", STATUSES), ("qualifier", QUALIFIERS)):
        counts = {}
        for _, d in deals:
            counts[d.get(field)] = counts.get(d.get(field), 0) + 1
        print(f"{field}: " + ", ".join(f"{k}={counts.get(k, 0)}" for k in sorted(allowed)))
    cur = {}
    for _, d in deals:
        if d.get("currency"):
            cur[d["currency"]] = cur.get(d["currency"], 0) + 1
    print("currency: " + ", ".join(f"{k}={v}" for k, v in sorted(cur.items())))


def main(argv, corpus_dir=HERE):
    args = [a for a in argv[1:] if not a.startswith("--")]
    gold_path = Path(args[0]).resolve() if args else Path(corpus_dir) / "gold.json"
    checker = Checker(gold_path)
    gold = checker.run()
    for w in checker.warnings:
        print("warning:", w)
    for e in checker.errors:
        print("error:", e)
    if gold is not None and "--summary" in argv and not checker.errors:
        summary(gold)
    if checker.errors:
        print(f"{len(checker.errors)} error(s)")
        return 1
    print(f"gold OK: {len(gold['articles'])} articles, "
          f"{sum(len(a['deals']) for a in gold['articles'].values())} deal mentions, "
          f"{len(checker.warnings)} warning(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
