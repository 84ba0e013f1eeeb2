"""The user's corrections, stored apart from what the extractor produced.

A correction names the reading it was made on by its anchor (article + sentence + parties,
see `deal_writer.anchor_for`), not by a deal id: deal ids change when articles are
re-extracted, anchors do not. After every (re)computation the corrections are laid over
the extractor's result again. Corrections whose anchor no longer exists are kept, never
deleted, and listed by `orphaned()`.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.extraction import fx
from desktop.storage.store import Store, now_iso

EDITABLE_FIELDS = (
    "kind", "status", "amount", "amount_max", "currency", "qualifier", "date",
    "date_precision", "term_start", "term_end", "title",
)
OPS = ("edit", "reject", "merge", "split")


def _anchor_of(store: Store, deal_id: int) -> str:
    row = store.db.execute(
        "SELECT anchor FROM evidence WHERE deal_id = ? ORDER BY id LIMIT 1", [deal_id]
    ).fetchone()
    if not row:
        raise ValueError(f"deal {deal_id} does not exist or has no evidence")
    return row[0]


def _add(store: Store, anchor: str, op: str, field: str | None = None, value: Any = None,
         other_anchor: str | None = None) -> int:
    store.has_corrections = True
    cur = store.db.execute(
        "INSERT INTO corrections(anchor, op, field, value, other_anchor, created_at)"
        " VALUES (?,?,?,?,?,?)",
        [anchor, op, field, json.dumps(value), other_anchor, now_iso()],
    )
    return cur.lastrowid


def edit(store: Store, deal_id: int, field: str, value: Any) -> int:
    if field not in EDITABLE_FIELDS:
        raise ValueError(f"{field!r} cannot be edited; editable: {', '.join(EDITABLE_FIELDS)}")
    with store.transaction():
        cid = _add(store, _anchor_of(store, deal_id), "edit", field, value)
        apply_field_corrections(store, deal_id)
    return cid


def reject(store: Store, deal_id: int) -> int:
    with store.transaction():
        cid = _add(store, _anchor_of(store, deal_id), "reject")
        apply_field_corrections(store, deal_id)
    return cid


def merge(store: Store, keep_id: int, other_id: int) -> int:
    """Record that two deals are one, and merge them now."""
    with store.transaction():
        cid = _add(store, _anchor_of(store, keep_id), "merge",
                   other_anchor=_anchor_of(store, other_id))
        apply_structural_corrections(store)
    return cid


def split(store: Store, evidence_id: int) -> int:
    """Record that one reading is a deal of its own, and detach it now."""
    with store.transaction():
        row = store.db.execute("SELECT anchor FROM evidence WHERE id = ?", [evidence_id]).fetchone()
        if not row:
            raise ValueError(f"evidence {evidence_id} does not exist")
        cid = _add(store, row[0], "split")
        apply_structural_corrections(store)
    return cid


def undo_last(store: Store) -> int | None:
    """Take back the newest correction still in force; return its id (None if none)."""
    row = store.db.execute(
        "SELECT id FROM corrections WHERE undone = 0 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if not row:
        return None
    undo(store, row[0])
    return row[0]


def undo(store: Store, correction_id: int) -> None:
    """Take back one correction. An edit or a rejection touches only the deals of its reading,
    so only those are recomputed; a merge or split can have moved readings anywhere, so the
    deals are rebuilt."""
    _set_undone(store, correction_id, True)


def redo(store: Store, correction_id: int) -> None:
    """Put an undone correction back in force, in its original place among the others."""
    _set_undone(store, correction_id, False)


def _set_undone(store: Store, correction_id: int, undone: bool) -> None:
    from desktop.storage.deal_writer import rebuild_all_deals, recompute_deal

    row = store.db.execute("SELECT anchor, op FROM corrections WHERE id = ?", [correction_id]).fetchone()
    if row is None:
        raise ValueError(f"correction {correction_id} does not exist")
    anchor, op = row
    with store.transaction():
        store.db.execute("UPDATE corrections SET undone = ? WHERE id = ?", [int(undone), correction_id])
        store.has_corrections = None
        if op in ("edit", "reject"):
            for (deal_id,) in store.db.execute(
                "SELECT DISTINCT deal_id FROM evidence WHERE anchor = ?", [anchor]
            ).fetchall():
                recompute_deal(store, deal_id)
        else:
            rebuild_all_deals(store)


def _active(store: Store, ops: tuple[str, ...], anchors: list[str] | None = None) -> list[tuple]:
    sql = (f"SELECT id, anchor, op, field, value, other_anchor FROM corrections WHERE undone = 0"
           f" AND op IN ({','.join('?' for _ in ops)})")
    args: list[Any] = list(ops)
    if anchors is not None:
        sql += f" AND anchor IN ({','.join('?' for _ in anchors)})"
        args += anchors
    return store.db.execute(sql + " ORDER BY id", args).fetchall()


def _any(store: Store) -> bool:
    """Whether any correction is in force; asked once per store, as imports ask per deal."""
    if store.has_corrections is None:
        store.has_corrections = bool(store.db.execute(
            "SELECT 1 FROM corrections WHERE undone = 0 LIMIT 1").fetchone())
    return store.has_corrections


def apply_field_corrections(store: Store, deal_id: int) -> None:
    if not _any(store):
        return
    anchors = [r[0] for r in store.db.execute(
        "SELECT DISTINCT anchor FROM evidence WHERE deal_id = ?", [deal_id])]
    if not anchors:
        return
    corrected: list[str] = []
    for _, _, op, field, value, _ in _active(store, ("edit", "reject"), anchors):
        if op == "reject":
            store.db.execute("UPDATE deals SET rejected = 1 WHERE id = ?", [deal_id])
        elif field in EDITABLE_FIELDS:
            store.db.execute(f"UPDATE deals SET {field} = ? WHERE id = ?", [json.loads(value), deal_id])
            corrected.append(field)
    if corrected:
        store.db.execute(
            "UPDATE deals SET corrected = ? WHERE id = ?", [json.dumps(sorted(set(corrected))), deal_id]
        )
    if {"amount", "currency", "date"} & set(corrected):
        _convert_again(store, deal_id)
    if {"kind", "amount", "currency"} & set(corrected) and "title" not in corrected:
        _retitle(store, deal_id)


def _retitle(store: Store, deal_id: int) -> None:
    """The derived title names the kind and amount: it must say what the user corrected."""
    from desktop.extraction.titles import deal_title, payer_first

    kind, amount, currency = store.db.execute(
        "SELECT kind, amount, currency FROM deals WHERE id = ?", [deal_id]).fetchone()
    roles = dict(store.db.execute(
        "SELECT c.name, dp.role FROM deal_parties dp JOIN companies c ON c.id = dp.company_id"
        " WHERE dp.deal_id = ? ORDER BY dp.position", [deal_id]).fetchall())
    per_year = store.db.execute(
        "SELECT max(per_year) FROM evidence WHERE deal_id = ?", [deal_id]).fetchone()[0]
    store.db.execute("UPDATE deals SET title = ? WHERE id = ?",
                     [deal_title(kind, payer_first(list(roles), roles), amount, currency, bool(per_year)),
                      deal_id])


def _convert_again(store: Store, deal_id: int) -> None:
    """A corrected figure, currency or date changes what the deal is worth in USD and EUR."""
    amount, currency, when = store.db.execute(
        "SELECT amount, currency, date FROM deals WHERE id = ?", [deal_id]).fetchone()
    day = fx.reference_day(when)
    store.db.execute(
        "UPDATE deals SET amount_usd = ?, amount_eur = ? WHERE id = ?",
        [fx.convert(amount, currency, "USD", day), fx.convert(amount, currency, "EUR", day), deal_id],
    )


def _deal_of_anchor(store: Store, anchor: str) -> int | None:
    row = store.db.execute(
        "SELECT deal_id FROM evidence WHERE anchor = ? ORDER BY id LIMIT 1", [anchor]
    ).fetchone()
    return row[0] if row else None


def apply_structural_corrections(store: Store) -> None:
    """Replay merges and splits in the order the user made them."""
    from desktop.storage.deal_writer import recompute_deal

    if not _any(store):
        return
    store.readings_cache.clear()  # merges and splits move evidence between deals
    for _, anchor, op, _, _, other in _active(store, ("merge", "split")):
        if op == "merge":
            keep, gone = _deal_of_anchor(store, anchor), _deal_of_anchor(store, other or "")
            if keep and gone and keep != gone:
                store.db.execute("UPDATE evidence SET deal_id = ? WHERE deal_id = ?", [keep, gone])
                store.readings_cache.clear()
                store.db.execute("DELETE FROM deals WHERE id = ?", [gone])
                recompute_deal(store, keep)
        else:
            _split_out(store, anchor, recompute_deal)


def _split_out(store: Store, anchor: str, recompute_deal) -> None:
    deal_id = _deal_of_anchor(store, anchor)
    if deal_id is None:
        return
    others = store.db.execute(
        "SELECT count(*) FROM evidence WHERE deal_id = ? AND anchor != ?", [deal_id, anchor]
    ).fetchone()[0]
    if not others:
        return
    new_id = store.db.execute(
        "INSERT INTO deals(kind, status) SELECT kind, status FROM deals WHERE id = ?", [deal_id]
    ).lastrowid
    store.db.execute("UPDATE evidence SET deal_id = ? WHERE anchor = ?", [new_id, anchor])
    store.readings_cache.clear()
    recompute_deal(store, deal_id)
    recompute_deal(store, new_id)


def orphaned(store: Store) -> list[tuple]:
    """Corrections whose reading no longer exists (kept so nothing the user did is lost)."""
    return store.db.execute(
        "SELECT c.id, c.anchor, c.op, c.field, c.value FROM corrections c WHERE c.undone = 0"
        " AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.anchor = c.anchor) ORDER BY c.id"
    ).fetchall()
