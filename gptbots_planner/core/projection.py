"""The months of an estimate: traffic growth, knowledge added and stored, days billed.

Month ``m`` has ``conversations_per_month x (1 + monthly_growth)^(m-1)``
conversations; all knowledge documents are indexed in month 1 and
``kb_growth_tokens_per_month`` more in every later month; storage is billed for
the calendar days of the month, or 30 (the plan's ``days_mode``).
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any

from gptbots_planner.core.charges import Line, MonthUsage, PerTurn, ScenarioPrices, month_lines
from gptbots_planner.core.measures import Measures
from gptbots_planner.core.money import EXACT, ZERO, add, credits_to_usd, mul, plain
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
    knowledge_tokens: Decimal  # stored during the month
    lines: dict[str, Line]

    @property
    def total(self) -> Decimal:
        """Credits of every priced line (unpriced ones are listed separately)."""
        return add(*(line.credits for line in self.lines.values() if line.credits is not None))

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
            "unpriced": self.unpriced_types,
            "by_type": {t: line.to_dict() for t, line in self.lines.items()},
        }


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


def project_months(
    plan: Plan, measures: Measures, per_turn: PerTurn, prices: ScenarioPrices
) -> list[Month]:
    """Every month of the plan's horizon with its ten billing lines."""
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
            turns=turns, added_knowledge_tokens=added, stored_knowledge_tokens=kb, days=days
        )
        lines = month_lines(per_turn, usage, prices)
        months.append(Month(index, label, days, conversations, turns, kb, lines))
    return months
