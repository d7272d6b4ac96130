"""The months of an estimate: traffic growth, knowledge added and stored, days billed.

Month ``m`` has ``conversations_per_month x (1 + monthly_growth)^(m-1)``
conversations; all knowledge documents are indexed in month 1 and
``kb_growth_tokens_per_month`` more in every later month; storage is billed for
the calendar days of the month, or 30 (the plan's ``days_mode``).  The starting
documents are stored from the 1st of month 1; knowledge added in a later month is
stored from the day it is added: on the 1st (``kb_growth_timing`` "first_day") or
evenly through the month ("evenly", half the month's days on average).  The per-turn
quantities are the month's own (retrieval is capped at the knowledge held that month).
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Any

from gptbots_planner.core.charges import (
    Line,
    MonthUsage,
    PerTurn,
    ScenarioPrices,
    add_usd,
    month_lines,
)
from gptbots_planner.core.measures import Measures
from gptbots_planner.core.money import EXACT, ZERO, add, credits_to_usd, div, mul, plain
from gptbots_planner.core.plan import Plan

log = logging.getLogger(__name__)

ONE = Decimal(1)


@dataclass
class Month:
    index: int  # 1-based
    label: str  # "2027-01"
    days: int
    conversations: Decimal
    turns: Decimal
    knowledge_tokens: Decimal  # held at the month's end
    lines: dict[str, Line]
    per_turn: dict[str, Decimal] = field(default_factory=dict)  # this month's per-turn use

    @property
    def total(self) -> Decimal:
        """Credits of every priced line (unpriced ones are listed separately)."""
        return add(*(line.credits for line in self.lines.values() if line.credits is not None))

    @property
    def provider_bill_usd(self) -> Decimal | None:
        """What the model vendors bill (own key; 0 on the GPTBots key); None: no vendor price."""
        return add_usd(*(line.provider_usd for line in self.lines.values()))

    @property
    def total_cost_usd(self) -> Decimal | None:
        """Credits at $0.01 each plus the vendors' bill."""
        provider = self.provider_bill_usd
        return None if provider is None else add(credits_to_usd(self.total), provider)

    @property
    def unpriced_types(self) -> list[str]:
        return [t for t, line in self.lines.items() if line.unpriced]

    @property
    def one_time(self) -> Decimal:
        return self.lines["knowledge_index"].parts.get("one_time_credits", ZERO)

    def to_dict(self) -> dict[str, Any]:
        return {
            "month": self.index,
            "label": self.label,
            "days": self.days,
            "conversations": plain(self.conversations),
            "turns": plain(self.turns),
            "knowledge_tokens": plain(self.knowledge_tokens),
            "total_credits": plain(self.total),
            "total_usd": plain(credits_to_usd(self.total)),
            "provider_bill_usd": _plain_or_none(self.provider_bill_usd),
            "total_cost_usd": _plain_or_none(self.total_cost_usd),
            "unpriced": self.unpriced_types,
            "by_type": {t: line.to_dict() for t, line in self.lines.items()},
        }


def _plain_or_none(value: Decimal | None) -> str | None:
    return None if value is None else plain(value)


def power(base: Decimal, exponent: int) -> Decimal:
    """``base ** exponent`` at the engine's precision (``**`` alone uses the default 28 digits)."""
    with localcontext(EXACT):
        return base**exponent if exponent else ONE


def month_labels(start_month: str, count: int) -> list[tuple[str, int]]:
    """("YYYY-MM", calendar days) for ``count`` months from ``start_month``."""
    year, month = (int(x) for x in start_month.split("-"))
    result = []
    for _ in range(count):
        result.append((f"{year:04d}-{month:02d}", calendar.monthrange(year, month)[1]))
        month += 1
        if month > 12:
            month, year = 1, year + 1
    return result


TWO = Decimal(2)


def stored_token_days(plan: Plan, held: Decimal, added: Decimal, days: int, first: bool) -> Decimal:
    """Token-days of storage in a month that ends holding ``held`` after adding ``added``."""
    full = mul(held, Decimal(days))
    if first or plan.settings.kb_growth_timing == "first_day":
        return full
    # added evenly through the month: stored half the month's days on average
    return add(full, -div(mul(added, Decimal(days)), TWO))


def project_months(
    plan: Plan,
    measures: Measures,
    per_turn_for: Callable[[Decimal], PerTurn],
    prices: ScenarioPrices,
) -> list[Month]:
    """Every month of the plan's horizon with its ten billing lines.

    ``per_turn_for(knowledge_tokens)`` gives one turn's quantities with that much knowledge
    in the base.
    """
    a = plan.assumptions
    months: list[Month] = []
    growth = ONE + a["monthly_growth"]
    kb = measures.knowledge_tokens
    for index, (label, calendar_days) in enumerate(
        month_labels(plan.settings.start_month, int(a["months"])), 1
    ):
        days = calendar_days if plan.settings.days_mode == "calendar" else 30
        conversations = mul(a["conversations_per_month"], power(growth, index - 1))
        turns = mul(conversations, a["turns_per_conversation"])
        added = measures.knowledge_tokens if index == 1 else a["kb_growth_tokens_per_month"]
        if index > 1:
            kb = add(kb, added)
        usage = MonthUsage(
            turns=turns,
            added_knowledge_tokens=added,
            stored_knowledge_tokens=kb,
            days=days,
            stored_token_days=stored_token_days(plan, kb, added, days, index == 1),
        )
        per_turn = dict(per_turn_for(kb))
        lines = month_lines(per_turn, usage, prices)
        months.append(Month(index, label, days, conversations, turns, kb, lines, per_turn))
    return months
