"""How every number of an estimate is computed, with the plan's own numbers filled in.

``explain_scenario(plan, catalog, scenario)`` gives one :class:`MonthExplanation` per month
of the horizon: where the month's conversations, turns, days and knowledge come from, and for
each of the ten billing lines its charges (a quantity built from named factors, at a price,
``/ 1K`` or ``/ 60 s``).  Evaluating an explanation (``LineExplanation.credits``) gives
exactly the engine's ``Line.credits``, and a month's total the sum of its lines; the tests
check this for every line of the example plans and for generated plans.  The front ends
only render these (``gui/explain_view.py``); they never rebuild a formula.

Month ``m`` (as ``core.projection``): conversations = conversations_per_month x
(1 + monthly_growth)^(m-1), turns = conversations x turns_per_conversation, knowledge held
= the documents + (m-1) x kb_growth_tokens_per_month, token-days = held x days (less half of
what was added in the month when it is added evenly).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from decimal import Decimal

from gptbots_planner.core.catalog import BILLING_TYPES, Catalog
from gptbots_planner.core.estimate import ScenarioEstimate, scenario_prices
from gptbots_planner.core.explain_lines import (
    LINE_EXPLAINERS,
    Usage,
    measure_factor,
    plan_factor,
    unit,
)
from gptbots_planner.core.explain_model import (
    Expr,
    Factor,
    LineExplanation,
    MonthExplanation,
    Op,
    Source,
    Term,
    derived,
    evaluate,
    leaves,
    plus,
    times,
)
from gptbots_planner.core.explain_vendor import vendor_groups
from gptbots_planner.core.money import ZERO
from gptbots_planner.core.plan import Plan
from gptbots_planner.core.projection import Month
from gptbots_planner.vocab import explain_terms as words

log = logging.getLogger(__name__)

__all__ = [
    "Expr",
    "Factor",
    "LineExplanation",
    "MonthExplanation",
    "Op",
    "Term",
    "component_terms",
    "evaluate",
    "explain_month",
    "explain_scenario",
    "leaves",
]

ONE = Decimal(1)
TWO = Decimal(2)


def _months_since(index: int) -> Factor:
    return Factor(words.DERIVED["months_since"], Decimal(index - 1), unit("months"), "calendar")


def conversations_factor(plan: Plan, index: int) -> Factor:
    """conversations_per_month x (1 + monthly_growth)^(m-1)."""
    one = Factor(words.DERIVED["one"], ONE)
    growth = derived(
        words.DERIVED["growth"],
        Op("pow", (plus(one, plan_factor(plan, "monthly_growth")), _months_since(index))),
        inline=True,
    )
    return derived(
        words.DERIVED["conversations"],
        times(plan_factor(plan, "conversations_per_month"), growth),
        unit("conversations"),
        inline=True,
    )


def knowledge_factors(plan: Plan, s: ScenarioEstimate, index: int) -> tuple[Factor, Factor]:
    """The knowledge held at the month's end, and the knowledge indexed in it."""
    start = measure_factor(s.measures, "knowledge_tokens")
    if index == 1:
        return start, start
    growth = plan_factor(plan, "kb_growth_tokens_per_month")
    held = derived(
        words.DERIVED["knowledge_held"],
        plus(start, times(_months_since(index), growth)),
        unit("tokens"),
    )
    return held, growth


def token_days_factor(plan: Plan, held: Factor, added: Factor, days: Factor, index: int) -> Factor:
    full = times(held, days)
    expr: Expr = full
    if index > 1 and plan.settings.kb_growth_timing != "first_day":
        half = Factor(words.DERIVED["half"], TWO)
        expr = Op("sub", (full, Op("div", (times(added, days), half))))
    return derived(words.DERIVED["token_days"], expr, unit("token_days"))


def month_usage(plan: Plan, catalog: Catalog, s: ScenarioEstimate, month: Month) -> Usage:
    index = month.index
    conversations = conversations_factor(plan, index)
    turns = derived(
        words.DERIVED["turns"],
        times(conversations, plan_factor(plan, "turns_per_conversation")),
        unit("turns"),
        inline=True,
    )
    source: Source = "calendar" if plan.settings.days_mode == "calendar" else "plan"
    days = Factor(words.DERIVED["days"], Decimal(month.days), unit("days"), source, "days_mode")
    held, added = knowledge_factors(plan, s, index)
    return Usage(
        plan=plan,
        prices=scenario_prices(plan, catalog, s.scenario, s.runs),
        model=s.model,
        ms=s.measures,
        runs=tuple(s.runs),
        index=index,
        turns=turns,
        knowledge=held,
        added=added,
        days=days,
        token_days=token_days_factor(plan, held, added, days, index),
    )


def explain_month(
    plan: Plan, catalog: Catalog, s: ScenarioEstimate, index: int = 1
) -> MonthExplanation:
    """How month ``index`` (1-based) of scenario ``s`` is computed."""
    month = s.months[index - 1]
    u = month_usage(plan, catalog, s, month)
    lines = {}
    for t in BILLING_TYPES:
        line = LINE_EXPLAINERS[t](u)
        lines[t] = replace(line, vendor=vendor_groups(line, u.prices))
    return MonthExplanation(
        index,
        month.label,
        conversations=conversations_factor(plan, index),
        turns=u.turns,
        days=u.days,
        knowledge=u.knowledge,
        lines=lines,
    )


def explain_scenario(plan: Plan, catalog: Catalog, s: ScenarioEstimate) -> list[MonthExplanation]:
    """Every month of the horizon."""
    return [explain_month(plan, catalog, s, m.index) for m in s.months]


def component_terms(month: MonthExplanation, cid: str) -> list[Term]:
    """A workflow component's charges: its text (input, output, reasoning), then its audio."""
    return [
        *month.lines["llm_text"].component_terms(cid),
        *month.lines["llm_audio"].component_terms(cid),
    ]


def line_total(line: LineExplanation) -> Decimal:
    """The line's credits, 0 when unpriced (for sums that list unpriced lines apart)."""
    return line.credits if line.credits is not None else ZERO
