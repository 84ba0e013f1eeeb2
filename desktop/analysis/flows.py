"""Who pays whom: directed payer → payee edges between companies, and the circular flows.

A deal's direction comes from its parties' roles — investor → recipient, customer →
provider, buyer → seller. Where the text gave no roles:
- a contribution to a joint venture (see `scope.JOINT_VENTURE_RULE`) flows from the members
  to the venture;
- a cloud contract or supply deal flows from the customer to the party listed as a provider
  of that kind in `resources/providers.json` (no direction when both or neither are).
Other deals (partnerships, a venture's own total, plans) move no money between the parties
and make no edge.

An edge sums the amounts (display currency) of the deals whose only flow it is; a deal with
several payers or payees is listed on each of its edges but its amount is not split among
them (`shared` counts such deals), since the texts never say how it divides.

A circular flow is a cycle of length 2 or 3 (A → B → A, A → B → C → A): money invested in a
company coming back as its purchases — the pattern the sample articles call "zirkuläre Deals".
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from itertools import groupby
from typing import TypeVar

from desktop.analysis.scope import CONTRIBUTION_KINDS, Scope, scope_of, scope_sql
from desktop.resources import load_json
from desktop.storage.filters import DealFilter
from desktop.storage.store import Store

T = TypeVar("T")  # a company: its id inside `flows`, its name in tests

PAYER_ROLES = frozenset({"investor", "customer", "buyer", "acquirer"})
PAYEE_ROLES = frozenset({"recipient", "provider", "seller", "supplier", "target"})
INFERRED_KINDS = ("cloud_contract", "supply")  # directions from resources/providers.json
MAX_CYCLES = 500  # a dense synthetic graph has thousands; the list shows the largest


@dataclass(frozen=True)
class Edge:
    payer: str
    payee: str
    amount: float               # summed amounts of the deals that are this edge's alone
    deal_ids: tuple[int, ...]   # every deal with this flow, ascending
    with_amount: int            # deals whose amount is summed in `amount`
    shared: int = 0             # deals with several payers or payees: listed, amount not summed


@dataclass(frozen=True)
class Cycle:
    companies: tuple[str, ...]  # in flow order, starting with the alphabetically first
    edges: tuple[Edge, ...]     # companies[i] → companies[i + 1], the last back to the first

    @property
    def amount(self) -> float:
        """The money that can go round: the smallest edge."""
        return min(e.amount for e in self.edges)

    @property
    def deal_ids(self) -> list[int]:
        return sorted({d for e in self.edges for d in e.deal_ids})


@dataclass
class Flows:
    currency: str
    edges: list[Edge] = field(default_factory=list)     # largest amount first
    cycles: list[Cycle] = field(default_factory=list)   # largest first, at most MAX_CYCLES
    cycle_count: int = 0                                # all cycles found


def flows(store: Store, f: DealFilter | Scope) -> Flows:
    """The money flows among the filter's deals and the cycles among them."""
    scope = scope_of(store, f)
    cte, params = scope_sql(scope)
    # Only deals that can have a direction: those of a kind whose direction can be inferred,
    # and those whose parties carry a payer's role (a partnership may name an investor).
    roles = ",".join(f"'{r}'" for r in sorted(PAYER_ROLES))
    kinds = ",".join(f"'{k}'" for k in (*CONTRIBUTION_KINDS, *INFERRED_KINDS))
    rows = store.db.execute(
        f"{cte} SELECT s.id, s.kind, s.amount, dp.company_id, dp.role FROM scope s"
        " JOIN deal_parties dp ON dp.deal_id = s.id"
        # a cancelled deal moved no money
        f" WHERE s.status != 'cancelled' AND (s.kind IN ({kinds})"
        f" OR s.id IN (SELECT deal_id FROM deal_parties WHERE role IN ({roles})))"
        " ORDER BY s.id", params)
    names = dict(store.db.execute("SELECT id, name FROM companies"))
    # directions are worked out on company ids; names are looked up once per company
    ventures = venture_entities(store)
    entities = {i for i, n in names.items() if n in ventures}
    providers = {k: frozenset(i for i, n in names.items() if n in v)
                 for k, v in load_json("providers.json").items() if isinstance(v, list)}
    acc: dict[tuple[int, int], _Acc] = {}
    for deal_id, group in groupby(rows, key=lambda r: r[0]):
        group = list(group)
        kind, amount = group[0][1], group[0][2]
        payers, payees = direction(kind, [(r[3], r[4]) for r in group], entities, providers)
        pairs = [(a, b) for a in payers for b in payees if a != b]
        for pair in pairs:
            acc.setdefault(pair, _Acc()).add(deal_id, amount, alone=len(pairs) == 1)
    edges = sorted((a.edge(names[p], names[q]) for (p, q), a in acc.items()),
                   key=lambda e: (-e.amount, -len(e.deal_ids), e.payer, e.payee))
    cycles, count = find_cycles(edges, MAX_CYCLES)
    return Flows(currency=scope.deal_filter.currency, edges=edges, cycles=cycles, cycle_count=count)


def direction(kind: str, parties: list[tuple[T, str]], entities: set[T],
              providers: dict[str, frozenset[T]]) -> tuple[list[T], list[T]]:
    """(payers, payees) of one deal from its (company, role) parties; both empty when unknown."""
    payers = [n for n, r in parties if r in PAYER_ROLES]
    payees = [n for n, r in parties if r in PAYEE_ROLES]
    if payers and payees:
        return payers, payees
    names = [n for n, _ in parties]
    ventures = [n for n in names if n in entities]
    if kind in CONTRIBUTION_KINDS and len(ventures) == 1 and len(names) > 1:
        return [n for n in names if n != ventures[0]], ventures
    sellers = providers.get(kind, frozenset())
    payees = [n for n in names if n in sellers]
    payers = [n for n in names if n not in sellers]
    return (payers, payees) if payers and payees else ([], [])


def venture_entities(store: Store) -> set[str]:
    """Companies that are a joint venture (the 'owner' of a venture's deal) anywhere in the store:
    that Stargate is a venture does not depend on which deals the filter shows."""
    return {r[0] for r in store.db.execute(
        "SELECT DISTINCT c.name FROM deals d JOIN deal_parties dp ON dp.deal_id = d.id"
        " JOIN companies c ON c.id = dp.company_id"
        " WHERE d.kind = 'joint_venture' AND dp.role = 'owner' AND d.rejected = 0")}


def find_cycles(edges: list[Edge], limit: int | None = None) -> tuple[list[Cycle], int]:
    """The cycles of length 2 and 3, each once (it starts at its alphabetically first company),
    largest circular amount first — at most `limit` of them — and how many there are in all."""
    by_pair = {(e.payer, e.payee): e for e in edges}
    out: dict[str, list[Edge]] = {}
    for e in edges:
        out.setdefault(e.payer, []).append(e)
    found: list[tuple[float, tuple[str, ...], tuple[Edge, ...]]] = []
    for (a, b), ab in by_pair.items():
        if b < a:
            continue  # a cycle is found from its smallest company only
        back = by_pair.get((b, a))
        if back is not None:
            found.append((min(ab.amount, back.amount), (a, b), (ab, back)))
        for bc in out.get(b, ()):
            c = bc.payee
            ca = by_pair.get((c, a)) if c > a else None
            if ca is not None:
                found.append((min(ab.amount, bc.amount, ca.amount), (a, b, c), (ab, bc, ca)))
    # ranking tuples, not objects: a dense graph has tens of thousands of cycles
    top = heapq.nlargest(limit, found, key=lambda t: t[0]) if limit is not None else found
    top.sort(key=lambda t: (-t[0], t[1]))
    return [Cycle(companies, legs) for _, companies, legs in top], len(found)


class _Acc:
    __slots__ = ("amount", "ids", "with_amount", "shared")

    def __init__(self) -> None:
        self.amount, self.ids, self.with_amount, self.shared = 0.0, [], 0, 0

    def add(self, deal_id: int, amount: float | None, alone: bool) -> None:
        self.ids.append(deal_id)
        if not alone:
            self.shared += 1
        elif amount is not None:
            self.amount += amount
            self.with_amount += 1

    def edge(self, payer: str, payee: str) -> Edge:
        return Edge(payer, payee, self.amount, tuple(self.ids), self.with_amount, self.shared)
