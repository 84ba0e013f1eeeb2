"""The deals an analysis looks at: the filter's deals as one SQL common table expression.

`scope` holds one row per deal the filter keeps — never one per source: `deals` is already
the merged deal and `evidence` (the sources) is only read to learn whether an amount is a
yearly rate — with its amount in the display currency and two flags:

- `in_jv`: the deal is a member's contribution to a joint venture whose own deal (with an
  amount) is in view too. The venture's announced total already holds that money, so the
  contribution is counted as a deal but its amount is never summed (see `JOINT_VENTURE_RULE`).
- `rate`: the amount is a yearly rate ("3 bn USD per year"). It is summed once, as reported:
  multiplying by a term the text rarely gives would invent money.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.storage.filters import DealFilter, amount_column, where_clause
from desktop.storage.store import Store

JOINT_VENTURE_RULE = (
    "A joint venture's deal names the venture (the party with role 'owner', e.g. Stargate) "
    "and its members (the other parties; a venture's members are those of all its deals in view). "
    "A deal of kind investment, capex plan or project between the venture and some of its "
    "members only (or the venture alone) is a contribution "
    "to it: when the venture's deal with an amount is in view, the contribution is counted as "
    "a deal but its amount is not summed — not in the grand total, not per kind or year, and "
    "not on the venture's or a member's line — because the venture's total already holds it. "
    "With the venture's deal filtered out, the contribution's amount counts as usual."
)

# Money put into a venture or spent by it; contracts with the venture are business, not capital.
CONTRIBUTION_KINDS = ("investment", "capex_plan", "project")

# The first four characters are the year for every stored date form ('2025', '2025-06',
# '2025-Q3', '2025-06-01/2026-03-31' by its start) except a decade ('2020s'), which has none.
YEAR_SQL = (
    "CASE WHEN {col} GLOB '[0-9][0-9][0-9][0-9]*' AND {col} NOT GLOB '[0-9][0-9][0-9]0s'"
    " THEN substr({col}, 1, 4) END"
)


def year_sql(column: str) -> str:
    return YEAR_SQL.format(col=column)


@dataclass(frozen=True)
class Scope:
    """A filter with its two small sets of flagged deals, found once and shared by every analysis
    of that filter (totals by three groupings, the series and the flows)."""

    deal_filter: DealFilter
    in_jv: frozenset[int]   # contributions already in a venture's total (among the filter's deals)
    rates: frozenset[int]   # deals whose amount is a yearly rate (any deal)


def prepare(store: Store, f: DealFilter) -> Scope:
    where, params = where_clause(f)
    in_jv = {r[0] for r in store.db.execute(_contributions_sql(f, where), params * 2)}
    rates = {r[0] for r in store.db.execute(RATES_SQL)}
    return Scope(f, frozenset(in_jv), frozenset(rates))


def scope_of(store: Store, f: DealFilter | Scope) -> Scope:
    return f if isinstance(f, Scope) else prepare(store, f)


def filter_of(f: DealFilter | Scope) -> DealFilter:
    return f.deal_filter if isinstance(f, Scope) else f


def scope_sql(scope: Scope) -> tuple[str, list]:
    """(`WITH scope AS (…)`, parameters). `scope` has one row per deal the filter keeps, with
    id, kind, status, date, date_precision, year, amount (display currency, NULL if unknown), in_jv,
    rate."""
    f = scope.deal_filter
    where, params = where_clause(f)
    sql = f"""
WITH scope AS (
    SELECT d.id, d.kind, d.status, d.date, d.date_precision, {year_sql('d.date')} AS year,
           {amount_column(f.currency)} AS amount,
           {id_list_sql('d.id')} AS in_jv, {id_list_sql('d.id')} AS rate
    FROM deals d {where})
"""
    return sql, [json.dumps(sorted(scope.in_jv)), json.dumps(sorted(scope.rates)), *params]


# The reading that gave a deal its amount says whether it is a yearly rate.
RATES_SQL = (
    "SELECT DISTINCT e.deal_id FROM evidence AS e NOT INDEXED JOIN deals r ON r.id = e.deal_id"
    " WHERE e.per_year = 1 AND e.amount = r.amount AND e.currency IS r.currency"
)


def _contributions_sql(f: DealFilter, where: str) -> str:
    money = amount_column(f.currency)
    kinds = ",".join(f"'{k}'" for k in CONTRIBUTION_KINDS)
    jv_deals = and_where(where, f"o.role = 'owner' AND d.kind = 'joint_venture' AND {money} IS NOT NULL")
    contributions = and_where(where, f"d.kind IN ({kinds}) AND {money} IS NOT NULL AND NOT EXISTS ("
                                     " SELECT 1 FROM deal_parties op WHERE op.deal_id = d.id AND NOT EXISTS ("
                                     " SELECT 1 FROM venture mv WHERE mv.entity = v.entity"
                                     " AND mv.member = op.company_id))")
    # CROSS JOIN fixes the join order: from the few joint ventures and their venture's deals
    # outwards, never a pass over every party of every deal.
    return f"""
WITH venture AS (
    SELECT DISTINCT o.company_id AS entity, m.company_id AS member FROM deals d
    CROSS JOIN deal_parties o ON o.deal_id = d.id CROSS JOIN deal_parties m ON m.deal_id = d.id {jv_deals})
SELECT DISTINCT d.id FROM (SELECT DISTINCT entity FROM venture) v
CROSS JOIN deal_parties cp ON cp.company_id = v.entity CROSS JOIN deals d ON d.id = cp.deal_id
{contributions}
"""


def and_where(where: str, condition: str) -> str:
    """`where` (from `where_clause`, possibly empty) narrowed by one more condition."""
    return f"{where} AND {condition}" if where else f"WHERE {condition}"


def id_list_sql(column: str) -> str:
    """`column IN (…)` over a JSON array parameter: any number of ids, one bound parameter."""
    return f"{column} IN (SELECT value FROM json_each(?))"
