"""Deciding when two readings report the same deal, and combining readings into one deal.

A "reading" is one article's account of a deal: its own kind, parties, amount, date and
status. These functions are pure so the rules can be tested without a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from desktop.extraction.date_values import period_of

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "decade": 6}
STATUS_ORDER = ("rumored", "negotiating", "planned", "announced", "signed", "completed", "cancelled")
AMOUNT_TOLERANCE = 0.15  # USD and EUR figures of one deal differ by the exchange rate


@dataclass(slots=True)
class Reading:
    kind: str
    status: str
    parties: list[str]
    amount: float | None = None
    amount_max: float | None = None
    currency: str | None = None
    qualifier: str | None = None
    amount_usd: float | None = None
    date: str | None = None
    date_precision: str | None = None
    term_start: str | None = None
    term_end: str | None = None
    published: str | None = None  # the reporting article's date, to order the readings
    roles: dict[str, str] = field(default_factory=dict)
    # True when the text gave no date and the article's publication date stands in for it;
    # such a date says when the deal was reported, so it never keeps two reports apart.
    date_inferred: bool = False
    article: int | None = None
    per_year: bool = False
    # where a spending plan or project puts its money (ISO country codes, see places.py)
    countries: frozenset[str] = frozenset()

    @property
    def text_date(self) -> str | None:
        return None if self.date_inferred else self.date


@dataclass(slots=True)
class Combined:
    kind: str
    status: str
    parties: list[str]
    roles: dict[str, str]
    amount: float | None
    amount_max: float | None
    currency: str | None
    qualifier: str | None
    amount_usd: float | None
    date: str | None
    date_precision: str | None
    term_start: str | None
    term_end: str | None
    discrepancies: list[str]
    per_year: bool = False


def _close(a: float | None, b: float | None, tolerance: float = AMOUNT_TOLERANCE) -> bool:
    if a is None or b is None:
        return True
    if a == b:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


SAME_CURRENCY_TOLERANCE = 0.02  # a figure quoted twice in one currency differs by rounding only
SAME_ARTICLE_CONVERSION_TOLERANCE = 0.03  # one text converts at one day's rate, rounded


def figures_agree(a: Reading, b: Reading) -> bool:
    """Two readings' amounts could be the same figure: closely when both name the same
    currency ($1.0 bn and $1.1 bn are two rounds), loosely across currencies (the rate)."""
    if a.amount is None or b.amount is None:
        return True
    same = bool(a.currency) and a.currency == b.currency
    if _within_bound(a, b, same) or _within_bound(b, a, same):
        return True
    if _price_moved_in_talks(a, b):
        return _close(a.amount_usd, b.amount_usd, AMOUNT_TOLERANCE)
    if same and "approx" in (a.qualifier, b.qualifier):
        return _close(a.amount, b.amount, APPROX_TOLERANCE)
    return _close_figures(a, b)


TALK_STATUSES = frozenset({"rumored", "negotiating"})


def _price_moved_in_talks(a: Reading, b: Reading) -> bool:
    """A takeover first reported in talks ("about €1.5bn under discussion") and then signed
    at a somewhat different price ("1,62 Milliarden Euro") is one deal: the price moves
    until the signing. Only between the same buyer and target."""
    return (a.kind == b.kind == "acquisition" and set(a.parties) == set(b.parties)
            and (a.status in TALK_STATUSES) != (b.status in TALK_STATUSES))


def _close_figures(a: Reading, b: Reading) -> bool:
    """Figures that agree without a qualifier's leeway."""
    if a.currency and a.currency == b.currency:
        return _close(a.amount, b.amount, SAME_CURRENCY_TOLERANCE)
    if a.article is not None and a.article == b.article:
        # one article restating its own figure in another currency converts it closely
        # ("€1 billion ($1.15 billion)"); £5 bn beside €5.5 bn are two deals
        return _close(a.amount_usd, b.amount_usd, SAME_ARTICLE_CONVERSION_TOLERANCE)
    return _close(a.amount_usd, b.amount_usd)


APPROX_TOLERANCE = 0.05  # "rund 1,2 Milliarden" and "1,25 Milliarden" are one figure
BOUND_SPAN = 1.5  # "über eine Milliarde" in a headline, "1,2 Milliarden" in the text


def _within_bound(bound: Reading, other: Reading, same_currency: bool) -> bool:
    """Whether `other`'s figure lies within what `bound` says ("more than $1 billion",
    "bis zu 600 Millionen"), no further off than headlines round."""
    if bound.qualifier not in ("at_least", "up_to"):
        return False
    x, y = (bound.amount, other.amount) if same_currency else (bound.amount_usd, other.amount_usd)
    if x is None or y is None:
        return False
    slack = SAME_CURRENCY_TOLERANCE if same_currency else AMOUNT_TOLERANCE
    if bound.qualifier == "at_least":
        return x * (1 - slack) <= y <= x * BOUND_SPAN
    return x / BOUND_SPAN <= y <= x * (1 + slack)


DAYS_APART = 3  # "announced Tuesday" and the Wednesday a report disclosed it are one date


def _dates_compatible(a: str | None, b: str | None) -> bool:
    """One date lies within the other (2025-06 and 2025-06-15, the spring '2024-21' and
    2024-03-05, 2025-Q1 and February 2025), two days are at most a few days apart, or either
    is unknown."""
    if not a or not b:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        days = _days_apart(a, b)
        return days is not None and days <= DAYS_APART
    x, y = period_of(a), period_of(b)
    return x is not None and y is not None and (x[0] <= y[0] and y[1] <= x[1] or y[0] <= x[0] and x[1] <= y[1])


def _days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two dates given to the day; None unless both are."""
    if not a or not b or len(a) != 10 or len(b) != 10:
        return None
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return None


# Kinds a reading without an amount may take when the wording is vague ("Deal", "Allianz"):
# such a reading joins a deal of any kind between the same companies.
VAGUE_KINDS = ("partnership", "other")


# Deals with a counterparty by their nature: a spending plan reported elsewhere is not one of them.
CONTRACT_KINDS = frozenset({"supply", "cloud_contract", "acquisition", "joint_venture"})


# A joint venture is often reported as "das Projekt"; the two name one thing.
KIN_KINDS = ({"joint_venture", "project"}, {"investment", "acquisition"}, {"supply", "cloud_contract"})


def _kinds_compatible(new: Reading, old: Reading) -> bool:
    if new.kind == old.kind:
        return True
    if "capex_plan" in (new.kind, old.kind):
        return False  # a company's own spending plan is never a deal with someone else
    if "other" in (new.kind, old.kind):
        return True
    if any({new.kind, old.kind} <= kin for kin in KIN_KINDS):
        return True
    vague = [r for r in (new, old) if r.kind in VAGUE_KINDS and r.amount is None]
    return bool(vague)


def joins_deal(new: Reading, readings: list[Reading]) -> bool:
    """Whether `new` reports the deal made of `readings`: it agrees with one of them and
    its figure contradicts none."""
    if any(not figures_agree(new, r) for r in readings):
        return False
    return any(same_deal(new, r) for r in readings)


def same_deal(new: Reading, old: Reading) -> bool:
    """Whether `new` reports the deal `old` already stands for.

    The parties must overlap in a way that makes them the same transaction: the smaller
    party set is contained in the larger. Amounts (compared in USD) must agree, or one
    reading has none; different amounts between the same companies are different deals
    (Oracle–OpenAI 30 bn and 300 bn stay apart).
    """
    a, b = set(new.parties), set(old.parties)
    if not a or not b or _elsewhere(new, old):
        return False
    if a & b and (_same_figure_elsewhere(new, old) or _restated_in_article(new, old)):
        return True
    if ({new.kind, old.kind} & {"capex_plan"} and {new.kind, old.kind} & CONTRACT_KINDS
            and new.article != old.article
            and not (new.currency == old.currency and new.amount == old.amount and new.amount is not None)):
        # another report's spending plan is a contract with a supplier or buyer only in the
        # very same figure ("einen Großkunden für 250 Milliarden Dollar"); "620 Mio. EUR" for
        # power is not Microsoft's $700 million for Poland
        return False
    both_priced = new.amount_usd is not None and old.amount_usd is not None
    if not (a <= b or b <= a):
        if _two_sides_of_one_deal(new, old):
            return True
        # a consortium is listed differently by each report ("BlackRock, GIP, Microsoft and
        # Nvidia" / "BlackRock, GIP and MGX"): the same figure and kind between mostly the
        # same companies is one deal
        return (both_priced and consortium_overlap(a, b) and new.kind == old.kind
                and figures_agree(new, old) and _dates_compatible(new.text_date, old.text_date))
    if both_priced and not figures_agree(new, old):
        return False
    if both_priced and new.kind != old.kind and not _close_figures(new, old):
        return False  # a bound or a round figure ("up to £2bn") is one deal only with its own kind
    # The same companies and the same figure are one deal even when two reports word it
    # differently ("invest $5 billion" / "Einstieg über fünf Milliarden"); without a figure
    # the kinds must fit.
    if not both_priced and not _kinds_compatible(new, old):
        return False
    if not both_priced and (new.amount is None) != (old.amount is None):
        # One reading has a figure, the other none: the same deal only when the dates the
        # texts give agree, or both come from one article that names the same companies.
        if new.text_date and old.text_date:
            return _dates_compatible(new.text_date, old.text_date) or _completion_of(new, old)
        return (new.article is not None and new.article == old.article) or _mentioned_later(new, old)
    return (_dates_compatible(new.text_date, old.text_date) or _talks_then_signing(new, old)
            or (both_priced and bool(new.text_date and old.text_date) and _completion_of(new, old)))


# Kinds whose money goes to a place: a company's plans or projects in two countries are two.
PLACED_KINDS = frozenset({"capex_plan", "project"})


def _elsewhere(a: Reading, b: Reading) -> bool:
    """"AWS will invest $4 billion in Chile" and "3,4 Milliarden Euro … bei Huesca": two
    spending plans that put their money in different countries."""
    return bool(a.countries and b.countries and not a.countries & b.countries)


SAME_FIGURE = 0.005  # one figure in one currency, as two reports round it
FAR_APART_MONTHS = 12
ROUND_DIGITS = 1


def _one_figure(a: Reading, b: Reading) -> bool:
    """The very same figure in one currency, as two reports round it."""
    return (a.amount is not None and b.amount is not None and a.currency == b.currency
            and abs(a.amount - b.amount) <= SAME_FIGURE * max(a.amount, b.amount))


def _same_figure_elsewhere(a: Reading, b: Reading) -> bool:
    """Two articles giving one figure in one currency, with a company in common, report one
    deal, whatever else they read differently: a restatement gets its date, its kind or its
    other side wrong far more often than one company makes two deals of the very same size.
    (Within one article the writer tells such deals apart: "Amazon … zehn Milliarden Euro in
    OpenAI", "OpenAI … zehn Milliarden Euro mit Cerebras". Two deals dated to the day more
    than a year apart stay two: Amazon's $4 billion for Anthropic in 2023 and again in 2024.)
    Trained on nothing, tried on corpora 26-41 with the previous session's starting code: 22
    false positives fewer for 2 deals lost."""
    if a.article == b.article or not _one_figure(a, b):
        return False
    if _digits(a.amount) <= ROUND_DIGITS and not (a.text_date and b.text_date
                                                   and _dates_compatible(a.text_date, b.text_date)) \
            and not _same_sides_weeks_apart(a, b):
        return False  # a round sum ("$3 billion", xAI's two $6 billion rounds) recurs between a company's deals
    return not _months_apart(a.text_date, b.text_date) > FAR_APART_MONTHS


SAME_SIDES_DAYS = 31


def _same_sides_weeks_apart(a: Reading, b: Reading) -> bool:
    """The same companies, the same kind, dated to days within a month: one report dates a
    round sum by its announcement, another by when it wrote ("1 Milliarde Euro" for Telekom and
    Nvidia on 28 October and on 4 November)."""
    if len(set(a.parties)) < 2 or set(a.parties) != set(b.parties) or a.kind != b.kind:
        return False
    days = _days_apart(a.text_date, b.text_date)
    return days is not None and days <= SAME_SIDES_DAYS


def _restated_in_article(a: Reading, b: Reading) -> bool:
    """One article telling one deal twice, the second time beside another company ("Lambda
    raised $480 million led by Andra Capital … Nvidia also joined the $480 million round"): the
    very same figure, qualifier and kind with a company in common is the deal told again. Two
    deals of one size in one article differ in kind (the seeds' ten billions: Amazon's
    investment in OpenAI, Cerebras' computing contract with it) or in how the figure is put
    ("bis zu zwei Milliarden" promised in 2023, a round of "rund zwei Milliarden" in talks)."""
    return (a.article is not None and a.article == b.article and a.amount is not None
            and a.amount == b.amount and a.currency == b.currency and a.qualifier == b.qualifier
            and a.kind == b.kind and a.kind != "capex_plan" and _dates_compatible(a.text_date, b.text_date))


def other_side_elsewhere(new: Reading, old: Reading) -> bool:
    """Whether two articles that each name a different single company for one figure may
    report one deal from its two sides ("Älvkraft will supply power worth SEK 3.6 billion" /
    "Morrowgate has signed a SEK 3.6 billion power contract"): the very same figure in one
    currency, kinds that fit (never two companies' own spending plans), dates that do not
    disagree. The writer adds the proof these rules cannot see: each article names the other
    company."""
    if new.article == old.article or len(new.parties) != 1 or len(old.parties) != 1 or new.parties == old.parties:
        return False
    if not _one_figure(new, old):
        return False
    if "capex_plan" in (new.kind, old.kind) or not _kinds_compatible(new, old):
        return False
    if _digits(new.amount) <= ROUND_DIGITS and not (new.text_date and old.text_date):
        return False  # a round sum recurs between unrelated deals
    days = bool(new.text_date and old.text_date and len(new.text_date) == len(old.text_date) == 10)
    return _dates_compatible(new.text_date, old.text_date) or (days and _months_apart(new.text_date, old.text_date) <= 1)


MENTION_MONTHS = 18  # how long after a deal an article may mention it without its figure or date


def _mentioned_later(a: Reading, b: Reading) -> bool:
    """"… zum Deal von Nvidia und Intel": a later article naming the very same companies'
    deal without its figure or a date of its own mentions the priced deal they made."""
    bare, priced = (a, b) if a.amount is None else (b, a)
    made = priced.text_date or priced.published  # (when the priced report gives no date: when it was made public)
    if bare.text_date or not bare.published or not made or len(set(bare.parties)) < 2:
        return False
    if set(bare.parties) != set(priced.parties):
        return False
    published, made = bare.published[:7], made[:7]
    return made <= published and _months_apart(f"{made}-01", f"{published}-01") <= MENTION_MONTHS


def _months_apart(a: str | None, b: str | None) -> int:
    """Months between two dates the texts give to the day; 0 unless both do."""
    if not a or not b or len(a) != 10 or len(b) != 10:
        return 0
    try:
        x, y = date.fromisoformat(a), date.fromisoformat(b)
    except ValueError:
        return 0
    return abs((x.year - y.year) * 12 + x.month - y.month)


def _completion_of(a: Reading, b: Reading) -> bool:
    """"Nvidia hat den Kauf von Run:ai abgeschlossen", "Vertiv closed its $1.35 billion takeover"
    months after the agreement: the closing of a takeover or investment, told with the same
    figure or none, is that deal."""
    done, agreed = (a, b) if a.status == "completed" else (b, a)
    return (done.status == "completed" and agreed.status != "completed" and done.kind == agreed.kind
            and done.kind in ("acquisition", "investment") and done.text_date[:7] >= agreed.text_date[:7])


def _two_sides_of_one_deal(a: Reading, b: Reading) -> bool:
    """One article telling each side of a deal in its own sentence with the same figure
    ("Amazon kauft Atomstrom für 18 Milliarden Dollar" … "Talen beziffert den Wert des Vertrags
    auf 18 Milliarden Dollar"). Two companies' own spending plans of one size stay apart."""
    return (a.article is not None and a.article == b.article and len(a.parties) == 1 and len(b.parties) == 1
            and a.amount is not None and a.amount == b.amount and a.currency == b.currency
            and "capex_plan" not in (a.kind, b.kind) and _dates_compatible(a.text_date, b.text_date))


def _talks_then_signing(a: Reading, b: Reading) -> bool:
    """Talks about a takeover dated before its signing between the same companies: one deal
    told as it went on."""
    if not _price_moved_in_talks(a, b) or not a.text_date or not b.text_date:
        return False
    talks, signing = (a, b) if a.status in TALK_STATUSES else (b, a)
    return talks.text_date[:7] <= signing.text_date[:7]


def consortium_overlap(a: set[str], b: set[str]) -> bool:
    """At least two companies shared, and at most one of the smaller list missing from the
    larger one."""
    shared = len(a & b)
    return shared >= 2 and shared >= min(len(a), len(b)) - 1


def _most_precise_date(readings: list[Reading]) -> tuple[str | None, str | None]:
    """The most precise date a text gives; a publication date only when no text dates it."""
    dated = [r for r in readings if r.text_date] or [r for r in readings if r.date]
    if not dated:
        return None, None
    best = min(dated, key=lambda r: (PRECISION_RANK.get(r.date_precision or "year", 9), r.date))
    return best.date, best.date_precision


# "announced" is what a report says when its words name no stage, so any named stage says more;
# past the announcement, later stages win, and a cancellation ends the story.
_STATUS_RANK = {"announced": 0, "rumored": 1, "negotiating": 2, "planned": 3, "signed": 4,
                "completed": 5, "cancelled": 6}


def _most_advanced_status(readings: list[Reading]) -> str:
    """One article's word on the deal: its sentences may name different stages (a headline
    names none, the body says "signed"); the furthest stage it reports is where the deal is."""
    return max((r.status for r in readings), key=lambda s: _STATUS_RANK.get(s, 0))


def _latest(readings: list[Reading]) -> Reading:
    """The reading of the most recently published article: it knows how the deal stands now."""
    return max(readings, key=lambda r: r.published or "")


def _figures_disagree(values: Iterable[float | None]) -> bool:
    known = [v for v in values if v is not None]
    return any(not _close(x, y, 0.02) for x in known for y in known)


# The roles each kind of deal gives its parties (kinds not named here take any role).
KIND_ROLES: dict[str, frozenset[str]] = {
    "investment": frozenset({"investor", "recipient"}),
    "acquisition": frozenset({"buyer", "target", "seller"}),
    "cloud_contract": frozenset({"customer", "provider"}),
    "supply": frozenset({"customer", "provider"}),
}
GENERIC_ROLES = ("party", "partner", "owner")


def _digits(amount: float | None) -> int:
    """How many significant digits a figure has: 3.87 billion has three, 4 billion one."""
    if not amount:
        return 0
    mantissa = f"{abs(amount):.6e}".partition("e")[0]  # "3.870000" for 3.87 billion
    return len(mantissa.replace(".", "").rstrip("0"))


def _most_common(items: list[str]) -> str:
    """`Counter(items).most_common(1)[0][0]` (the first of equals as it was met), without a
    Counter: it is asked for every deal an import touches."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return max(counts.items(), key=lambda item_count: item_count[1])[0]


def combine(readings: list[Reading]) -> Combined:
    """One deal from all its readings; disagreements are recorded, not dropped."""
    if not readings:
        raise ValueError("a deal needs at least one reading")
    with_amount = [r for r in readings if r.amount is not None]
    # a dollar figure, an exact one, the most precise one ("rund 3,87 Milliarden" over "knapp vier")
    money = min(with_amount, key=lambda r: (r.currency != "USD", r.qualifier != "exact", -_digits(r.amount))) \
        if with_amount else None
    kind = _most_common([r.kind for r in readings])
    parties: list[str] = []
    for r in readings:
        parties += [p for p in r.parties if p not in parties]
    roles: dict[str, str] = {}
    # the readings of the deal's own kind say who is who; a role of another kind's vocabulary
    # ("provider" from a reading that took the takeover for a contract) is no role here
    fitting = KIND_ROLES.get(kind)
    for r in sorted(readings, key=lambda r: r.kind != kind):
        for p in r.parties:
            role = r.roles.get(p, "party")
            if fitting is not None and role not in fitting and role not in GENERIC_ROLES:
                role = "party"
            # a reading that says who invests beats one that only says "partner"
            if roles.get(p) in (None, *GENERIC_ROLES):
                roles[p] = role
    date, precision = _most_precise_date(readings)
    discrepancies = []
    if _figures_disagree(r.amount_usd for r in readings):
        discrepancies.append("amount")
    if len({r.status for r in readings}) > 1:
        discrepancies.append("status")
    if len({r.text_date for r in readings if r.text_date and r.date_precision == "day"}) > 1:
        discrepancies.append("date")
    latest = _latest(readings)
    status = _most_advanced_status([r for r in readings if r.article == latest.article] or [latest])
    terms = [r for r in readings if r.term_start or r.term_end]
    return Combined(
        kind=kind,
        status=status,
        parties=parties,
        roles=roles,
        amount=money.amount if money else None,
        amount_max=money.amount_max if money else None,
        currency=money.currency if money else None,
        qualifier=money.qualifier if money else None,
        amount_usd=money.amount_usd if money else None,
        date=date,
        date_precision=precision,
        term_start=terms[0].term_start if terms else None,
        term_end=terms[0].term_end if terms else None,
        discrepancies=discrepancies,
        per_year=money.per_year if money else False,
    )
