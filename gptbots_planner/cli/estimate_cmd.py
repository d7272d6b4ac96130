"""``estimate``: the monthly estimate of a plan, per scenario (model and key mode)."""

from __future__ import annotations

import argparse
import logging
from decimal import Decimal
from typing import Any

from gptbots_planner.cli.base import Subparsers
from gptbots_planner.cli.common import (
    add_catalog_verb,
    add_plan_argument,
    add_set_option,
    catalog_and_plan,
    parse_non_negative,
)
from gptbots_planner.cli.output import emit_rows, write_json
from gptbots_planner.core.catalog import BILLING_TYPES
from gptbots_planner.core.estimate import Estimate, ScenarioEstimate, estimate
from gptbots_planner.core.money import credits_to_usd, fmt_credits, plain

log = logging.getLogger(__name__)


def add_parser(subparsers: Subparsers) -> None:
    p = add_catalog_verb(subparsers, "estimate", "the monthly estimate of a plan file", run)
    add_plan_argument(p)
    add_set_option(p)
    p.add_argument(
        "--budget",
        metavar="CREDITS",
        help="also show how many conversations a budget of CREDITS pays for in month 1 "
        "(with the one-time indexing) and in a month without it",
    )


def run(args: argparse.Namespace) -> int:
    catalog, plan = catalog_and_plan(args)
    budget = None if args.budget is None else parse_non_negative(args.budget, "--budget")
    result = estimate(plan, catalog)
    if args.format == "json":
        write_json(_json(result, budget))
    elif args.format == "csv":
        _write_csv(result, budget)
    else:
        print(
            f"Plan: {plan.name}   (catalog {catalog.version}; "
            f"month 1 = {plan.settings.start_month})"
        )
        for s in result.scenarios:
            _print_scenario(s, budget)
        cheapest = result.cheapest
        if cheapest and len(result.scenarios) > 1:
            print(f"\nCheapest (month 1 total cost): {cheapest.model.display}, {cheapest.key_mode}")
    return 0


def _json(result: Estimate, budget: Decimal | None) -> dict[str, Any]:
    data = result.to_dict()
    if budget is not None:
        for s, out in zip(result.scenarios, data["scenarios"], strict=True):
            count = s.conversations_for_budget(budget)
            later = s.conversations_for_budget(budget, with_indexing=False)
            out["budget_credits"] = plain(budget)
            out["conversations_for_budget"] = None if count is None else plain(count)
            out["conversations_for_budget_without_indexing"] = (
                None if later is None else plain(later)
            )
    return data


def _write_csv(result: Estimate, budget: Decimal | None) -> None:
    rows = []
    for s in result.scenarios:
        row: dict[str, Any] = {"model": s.model.id, "key_mode": s.key_mode}
        for t in BILLING_TYPES:
            line = s.first.lines[t]
            row[t] = "unpriced" if line.credits is None else line.credits
        row["total_credits"] = s.monthly_total
        row["total_usd"] = s.monthly_total_usd
        row["unpriced"] = " ".join(s.unpriced_types)
        row["horizon_total_credits"] = s.horizon_total
        row["credits_per_conversation"] = s.per_conversation
        row["provider_bill_usd"] = s.provider_bill_usd
        row["total_cost_usd"] = s.total_cost_usd
        row["horizon_total_cost_usd"] = s.horizon_total_cost_usd
        row["fits_context"] = "" if s.fits_context is None else str(s.fits_context).lower()
        if budget is not None:
            row["conversations_for_budget"] = s.conversations_for_budget(budget)
            row["conversations_for_budget_without_indexing"] = s.conversations_for_budget(
                budget, with_indexing=False
            )
        rows.append(row)
    columns = [
        "model",
        "key_mode",
        *BILLING_TYPES,
        "total_credits",
        "total_usd",
        "unpriced",
        "horizon_total_credits",
        "credits_per_conversation",
        "provider_bill_usd",
        "total_cost_usd",
        "horizon_total_cost_usd",
        "fits_context",
        *(
            ["conversations_for_budget", "conversations_for_budget_without_indexing"]
            if budget is not None
            else []
        ),
    ]
    emit_rows(rows, columns, "csv")


def _print_scenario(s: ScenarioEstimate, budget: Decimal | None) -> None:
    print()
    print(f"{s.model.display} — {'GPTBots key' if s.key_mode == 'gptbots_key' else 'own key'}")
    for t in BILLING_TYPES:
        line = s.first.lines[t]
        value = "UNPRICED" if line.credits is None else fmt_credits(line.credits)
        print(f"  {t:<24} {value:>16}   ({plain(line.quantity)} {line.unit})")
    _print_components(s)
    total = fmt_credits(s.monthly_total)
    suffix = f"  + UNPRICED: {', '.join(s.unpriced_types)}" if s.unpriced_types else ""
    print(
        f"  {'month 1 total':<24} {total:>16} credits (${fmt_credits(s.monthly_total_usd)}){suffix}"
    )
    months = len(s.months)
    horizon = fmt_credits(s.horizon_total)
    usd = fmt_credits(credits_to_usd(s.horizon_total))
    print(f"  {f'{months} months total':<24} {horizon:>16} credits (${usd}){suffix}")
    _print_costs(s)
    cells = [f"{m.label}: {fmt_credits(m.total):>12}" for m in s.months]
    for i in range(0, len(cells), 4):  # four months a line keeps 120 months readable
        label = "by month" if i == 0 else ""
        print(f"  {label:<24} " + "   ".join(cells[i : i + 4]))
    per = s.per_conversation
    if per is not None:
        print(f"  {'per conversation':<24} {fmt_credits(per):>16} credits")
    if budget is not None:
        _print_budget(s, budget)
    if s.unpriced_types and (per is not None or budget is not None):
        print(
            f"  (per conversation and budget leave out what is unpriced: "
            f"{', '.join(s.unpriced_types)})"
        )
    for note in s.notes:
        print(f"  note: {note}")


def _print_components(s: ScenarioEstimate) -> None:
    """Each workflow component's model and month-1 LLM credits (text and audio)."""
    for row in s.to_dict()["components"]:
        credits = row["month_1_credits"]
        value = "UNPRICED" if credits is None else fmt_credits(Decimal(credits))
        label = f"  component {row['id']}"
        print(
            f"{label:<26} {value:>16}   ({row['model_name']}, {row['calls_per_turn_total']} calls/turn)"
        )


def _usd(value: Decimal | None) -> str:
    return "no vendor price" if value is None else f"${fmt_credits(value)}"


def _print_costs(s: ScenarioEstimate) -> None:
    """The vendor's bill and the total cost, month 1 and over the horizon."""
    print(f"  {'provider bill, month 1':<24} {_usd(s.provider_bill_usd):>16}")
    print(f"  {'total cost, month 1':<24} {_usd(s.total_cost_usd):>16}   (credits + provider bill)")
    label = f"total cost, {len(s.months)} months"
    print(f"  {label:<24} {_usd(s.horizon_total_cost_usd):>16}")


def _print_budget(s: ScenarioEstimate, budget: Decimal) -> None:
    """Conversations the budget pays for in month 1 and in a month without the indexing."""
    texts = []
    for with_indexing in (True, False):
        count = s.conversations_for_budget(budget, with_indexing=with_indexing)
        texts.append("-" if count is None else f"{int(count):,}")
    print(
        f"  {'budget ' + fmt_credits(budget) + ' pays for':<24} {texts[0]:>16} conversations "
        f"in month 1 (with the one-time indexing), {texts[1]} in a month without it"
    )
