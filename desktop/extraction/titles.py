"""Short human titles for deals: who, what, how much."""

from __future__ import annotations

KIND_LABELS = {
    "investment": "investment", "cloud_contract": "cloud contract", "supply": "supply deal",
    "partnership": "partnership", "joint_venture": "joint venture", "acquisition": "acquisition",
    "capex_plan": "investment plan", "project": "project", "other": "deal",
}


def payer_first(parties: list[str], roles: dict[str, str]) -> list[str]:
    """Parties ordered so money flows left to right in the title."""
    order = {"investor": 0, "customer": 0, "buyer": 0, "recipient": 2, "provider": 2, "target": 2}
    return sorted(parties, key=lambda p: order.get(roles.get(p, ""), 1))


def short_amount(value: float, currency: str | None) -> str:
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= scale:
            return f"{value / scale:g} {suffix} {currency or ''}".strip()
    return f"{value:,.0f} {currency or ''}".strip()


def deal_title(kind: str, parties: list[str], amount: float | None, currency: str | None,
               per_year: bool = False) -> str:
    """'Microsoft → OpenAI: investment, 1 bn USD' — an arrow where money flows one way."""
    who = " → ".join(parties) if kind == "investment" and len(parties) == 2 else " – ".join(parties)
    what = KIND_LABELS.get(kind, kind.replace("_", " "))
    if amount:
        what += f", {short_amount(amount, currency)}" + (" per year" if per_year else "")
    return f"{who}: {what}"
