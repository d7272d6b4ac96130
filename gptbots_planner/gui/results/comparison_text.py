"""The comparison's sentences: which scenario is cheapest and why, context windows, bills.

Every figure comes from the Estimate (``core.estimate``): the cheapest scenario is
``Estimate.cheapest`` (lowest month-1 total cost = credits x $0.01 + the provider's bill;
never one with unpriced parts, without a vendor price, or whose largest call does not
fit the model's context window).  Here the figures only become text in the UI's language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from gptbots_planner.core.estimate import Estimate, ScenarioEstimate
from gptbots_planner.core.money import credits_to_usd, fmt_credits
from gptbots_planner.gui.results.names import (
    billing_type_name,
    key_mode_name,
    provider_price_text,
    tokens_amount,
    usd_amount,
)

log = logging.getLogger(__name__)


def scenario_name(s: ScenarioEstimate) -> str:
    return f"{s.model.display}, {key_mode_name(s.key_mode)}"


def window_text(s: ScenarioEstimate) -> str:
    window = s.model.context_window
    return (
        QCoreApplication.translate("Comparison", "unknown")
        if window is None
        else tokens_amount(window)
    )


def context_cell(s: ScenarioEstimate) -> str:
    """✓ the window / ✗ the window and what the largest call needs / ? unknown."""
    if s.call is None:
        return "—"
    if s.fits_context is None:
        return "? " + QCoreApplication.translate("Comparison", "unknown")
    if s.fits_context:
        return "✓ " + window_text(s)
    return QCoreApplication.translate("Comparison", "✗ {window}, needs {tokens}").format(
        window=window_text(s), tokens=tokens_amount(s.call.tokens)
    )


def context_tooltip(s: ScenarioEstimate) -> str:
    if s.call is None:
        return ""
    tokens, window = tokens_amount(s.call.tokens), window_text(s)
    if s.fits_context is None:
        return QCoreApplication.translate(
            "Comparison",
            "The context window of {model} is not known: check that a call of {tokens} "
            "tokens fits.",
        ).format(model=s.model.display, tokens=tokens)
    if s.fits_context:
        return QCoreApplication.translate(
            "Comparison", "The largest call needs {tokens} tokens, window {window} ({source})."
        ).format(tokens=tokens, window=window, source=s.model.context_source)
    return QCoreApplication.translate(
        "Comparison",
        "Needs {tokens} tokens, window {window}: the largest call of this plan does not fit "
        "{model}, so it is never marked cheapest.",
    ).format(tokens=tokens, window=window, model=s.model.display)


def provider_price_of(s: ScenarioEstimate) -> str:
    """The vendor price the own key's bill rests on: "2 / 8 USD / 1M tokens (derived)"."""
    return provider_price_text(s.text_pricing_model.provider_price)


def provider_tooltip(s: ScenarioEstimate) -> str:
    if s.key_mode != "own_key":
        return QCoreApplication.translate(
            "Comparison", "GPTBots key: the credits pay for the tokens; no provider bill."
        )
    price = s.text_pricing_model.provider_price
    text = QCoreApplication.translate(
        "Comparison", "Own key: the model vendor bills the tokens at {price}. Source: {source}."
    ).format(price=provider_price_of(s), source=price.source)
    if price.inconsistent:
        text += " " + QCoreApplication.translate(
            "Comparison",
            "The pricing page's two prices of this model are not 11 x apart, so the vendor "
            "price is a guess: enter the real one in the Catalog tab.",
        )
    return text


def total_cost_tooltip(s: ScenarioEstimate) -> str:
    if s.total_cost_usd is None:
        return QCoreApplication.translate(
            "Comparison", "Unknown: a vendor price is missing. Enter it in the Catalog tab."
        )
    return QCoreApplication.translate(
        "Comparison", "{credits_usd} in credits + {provider} provider bill = {total} in month 1"
    ).format(
        credits_usd=usd_amount(credits_to_usd(s.monthly_total)),
        provider=usd_amount(s.provider_bill_usd),
        total=usd_amount(s.total_cost_usd),
    )


def _left_out(estimate: Estimate) -> list[str]:
    """Why each scenario that could not be ranked was left out."""
    too_big = [scenario_name(s) for s in estimate.scenarios if s.fits_context is False]
    unpriced = [s for s in estimate.scenarios if s.unpriced_types and s.fits_context is not False]
    no_vendor = [
        scenario_name(s)
        for s in estimate.scenarios
        if s.total_cost_usd is None and not s.unpriced_types and s.fits_context is not False
    ]
    reasons = []
    if too_big:
        reasons.append(
            QCoreApplication.translate(
                "Comparison", "{scenarios} (does not fit its context window)"
            ).format(scenarios="; ".join(too_big))
        )
    if unpriced:
        types = sorted({t for s in unpriced for t in s.unpriced_types})
        reasons.append(
            QCoreApplication.translate("Comparison", "{scenarios} (unpriced: {types})").format(
                scenarios="; ".join(scenario_name(s) for s in unpriced),
                types=", ".join(billing_type_name(t) for t in types),
            )
        )
    if no_vendor:
        reasons.append(
            QCoreApplication.translate("Comparison", "{scenarios} (no vendor price)").format(
                scenarios="; ".join(no_vendor)
            )
        )
    return reasons


def cheapest_line(estimate: Estimate | None) -> str:
    """Which scenario is cheapest, by what measure, and which ones were left out."""
    if estimate is None or not estimate.scenarios:
        return ""
    cheapest = estimate.cheapest
    left_out = _left_out(estimate)
    if cheapest is None:
        return (
            QCoreApplication.translate(
                "Comparison", "No scenario is marked cheapest: none is fully priced and fits. {why}"
            ).format(why=" ".join(left_out))
            if left_out
            else QCoreApplication.translate("Comparison", "No scenario is marked cheapest.")
        )
    text = QCoreApplication.translate(
        "Comparison",
        "★ Cheapest: {scenario}, {total} total cost in month 1 ({credits} credits = "
        "{credits_usd}, + {provider} provider bill). Ranked by total cost: credits and the "
        "provider's bill together.",
    ).format(
        scenario=scenario_name(cheapest),
        total=usd_amount(cheapest.total_cost_usd),
        credits=fmt_credits(cheapest.monthly_total),
        credits_usd=usd_amount(credits_to_usd(cheapest.monthly_total)),
        provider=usd_amount(cheapest.provider_bill_usd),
    )
    if left_out:
        text += " " + QCoreApplication.translate("Comparison", "Left out: {why}.").format(
            why="; ".join(left_out)
        )
    return text
