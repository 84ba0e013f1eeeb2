"""Who took part in each deal, as compact arrays (CSR): no Python list per deal.

At a million deals a dict of name lists costs hundreds of megabytes and seconds to build; here
the same information is three numpy arrays and one list of distinct company names:
the parties of `deal_ids[i]` are `names[c]` for `c in companies[offsets[i]:offsets[i + 1]]`,
in their stored order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import numpy as np


@dataclass(eq=False)
class Parties:
    deal_ids: np.ndarray   # int64, ascending and distinct: the deals that have parties
    offsets: np.ndarray    # int64, len(deal_ids) + 1: CSR row pointers into `companies`
    companies: np.ndarray  # int32 index into `names`, per (deal, party) in party order
    names: list[str]       # distinct company names

    def __len__(self) -> int:
        return int(self.deal_ids.shape[0])

    def nbytes(self) -> int:
        return int(self.deal_ids.nbytes + self.offsets.nbytes + self.companies.nbytes)

    @classmethod
    def empty(cls) -> Parties:
        return cls(np.empty(0, np.int64), np.zeros(1, np.int64), np.empty(0, np.int32), [])

    @classmethod
    def from_pairs(cls, deal_id: np.ndarray, company: np.ndarray, names: Sequence[str],
                   position: np.ndarray | None = None) -> Parties:
        """From one row per (deal, party): `company` indexes `names`; rows in any order
        (sorted here by deal, then `position` when given, else kept in the given order)."""
        deal_id = np.asarray(deal_id, dtype=np.int64)
        company = np.asarray(company, dtype=np.int32)
        keys = (deal_id,) if position is None else (np.asarray(position), deal_id)
        order = np.lexsort(keys) if deal_id.size else np.empty(0, np.int64)
        deal_id, company = deal_id[order], company[order]
        starts = np.flatnonzero(np.concatenate(([True], deal_id[1:] != deal_id[:-1]))) if deal_id.size \
            else np.empty(0, np.int64)
        offsets = np.append(starts, deal_id.size).astype(np.int64)
        return cls(deal_id[starts], offsets, company, list(names))

    @classmethod
    def from_mapping(cls, parties: Mapping[int, Sequence[str]]) -> Parties:
        """From deal_id -> party names (tests, small data sets, older callers)."""
        code: dict[str, int] = {}
        ids: list[int] = []
        comps: list[int] = []
        for deal, names in parties.items():
            for name in names:
                ids.append(int(deal))
                comps.append(code.setdefault(name, len(code)))
        return cls.from_pairs(np.array(ids, np.int64), np.array(comps, np.int32), list(code))

    @classmethod
    def coerce(cls, parties: Parties | Mapping[int, Sequence[str]] | None) -> Parties:
        if parties is None:
            return cls.empty()
        return parties if isinstance(parties, Parties) else cls.from_mapping(parties)

    def rows_of(self, deal_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each deal id: its row here (or -1) and its number of parties (0 when none)."""
        ids = np.asarray(deal_ids, dtype=np.int64)
        pos = np.searchsorted(self.deal_ids, ids)
        pos_c = np.minimum(pos, max(len(self) - 1, 0))
        found = (pos < len(self)) & (self.deal_ids[pos_c] == ids) if len(self) else np.zeros(ids.shape, bool)
        row = np.where(found, pos_c, -1)
        count = np.where(found, self.offsets[pos_c + 1] - self.offsets[pos_c], 0) if len(self) \
            else np.zeros(ids.shape, np.int64)
        return row, count

    def get(self, deal_id: int, default: Iterable[str] | None = None) -> list[str] | None:
        """The party names of one deal, in order (dict-like, for hover text and tests)."""
        i = int(np.searchsorted(self.deal_ids, deal_id))
        if i >= len(self) or int(self.deal_ids[i]) != deal_id:
            return None if default is None else list(default)
        return [self.names[c] for c in self.companies[self.offsets[i]:self.offsets[i + 1]].tolist()]

    def __getitem__(self, deal_id: int) -> list[str]:
        found = self.get(deal_id)
        if found is None:
            raise KeyError(deal_id)
        return found

    def __contains__(self, deal_id: object) -> bool:
        return isinstance(deal_id, (int, np.integer)) and self.get(int(deal_id)) is not None

    def to_dict(self) -> dict[int, list[str]]:
        return {int(d): self[int(d)] for d in self.deal_ids.tolist()}
