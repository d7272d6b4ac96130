"""The monthly estimate: credits by billing type for each model x key mode.

Per turn, for the model being compared (``C`` conversations, ``T`` turns,
growth ``g``; month ``m`` has ``C*T*(1+g)^(m-1)`` turns):

* llm_text input per turn  = calls x (system + retrieved + history x (user + reply)
  + user) + image_share x calls x image_tokens, where retrieved = chunks x chunk_tokens
  capped at the knowledge the base holds that month (0 with an empty base);
  output per turn = calls x reply; a reasoning model adds calls x
  ``reasoning_tokens_per_call`` hidden tokens at the output price.
  An "(audio input)" row (Gemini-2.5-Flash(audio input)) prices only audio: its
  text is billed at its sibling row's prices (Gemini-2.5-Flash).
* llm_audio (voice mode "audio_llm" and a model that takes audio)
  = voice_share x seconds x the model's audio tokens per second, at its input price.
* asr (voice mode "asr", or a model without audio) = voice_share x billed seconds.
* tts = tts_share x reply characters.
* knowledge_index = knowledge tokens once, in the month they are added
  (all documents in month 1, ``kb_growth_tokens_per_month`` in each later month)
  + the user question embedded on every turn that retrieves (nothing to retrieve: 0).
* knowledge_storage = stored tokens x days of that month (calendar, or 30); knowledge
  added after month 1 is stored from the day it is added (``kb_growth_timing``).
* rerank = chunks_reranked x (user + chunk_tokens) per turn: the rerank service
  receives the question with each chunk (capped like retrieval).
* tool_call, database_processing, question_classification: per call, priced
  only by the user; otherwise unpriced (never 0) when used.

On the own key the model vendor bills the same quantities at its own price
(``core.provider_prices``); the total cost is credits x $0.01 + that bill.  A scenario
whose largest call does not fit the model's context window is never the cheapest.

Everything is Decimal; the spreadsheet export reproduces these formulas.
"""

from __future__ import annotations

import decimal
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from gptbots_planner.core.catalog import BILLING_TYPES, Catalog, CatalogError, LLMModel
from gptbots_planner.core.charges import ComponentPrices, Line, ScenarioPrices
from gptbots_planner.core.image_rules import SEED_RULE, ImageRule
from gptbots_planner.core.measures import Measures, compute_measures
from gptbots_planner.core.money import ZERO, add, credits_to_usd, div, plain
from gptbots_planner.core.notes import (
    Note,
    context_notes,
    kb_timing_notes,
    missing_file_notes,
    missing_measure_notes,
    provider_notes,
    reasoning_notes,
    retrieval_notes,
    tokenizer_notes,
    unpriced_notes,
    voice_notes,
)
from gptbots_planner.core.plan import Plan, PlanError, Scenario
from gptbots_planner.core.projection import Month, project_months
from gptbots_planner.core.turns import (
    LargestCall,
    compared_call,
    largest_calls,
    per_turn_quantities,
)
from gptbots_planner.core.workflow import ComponentRun, text_row
from gptbots_planner.core.workflow_notes import component_summary, workflow_notes

log = logging.getLogger(__name__)

# Line and Month are built in charges/projection; they are part of an estimate's result.
__all__ = [
    "Estimate",
    "Line",
    "LargestCall",
    "Month",
    "Note",
    "ScenarioEstimate",
    "estimate",
    "estimate_scenario",
    "image_rule_for",
]


@dataclass
class ScenarioEstimate:
    scenario: Scenario
    model: LLMModel
    measures: Measures
    per_turn: dict[str, Decimal]
    months: list[Month]
    note_items: list[Note]
    text_model: LLMModel | None = None  # whose prices bill the text (None: ``model``'s own)
    call: LargestCall | None = None  # the largest call on the compared model (None: not checked)
    runs: list[ComponentRun] = field(default_factory=list)  # the turn's components
    component_calls: list[LargestCall] = field(default_factory=list)  # each one's largest call

    @property
    def fits_context(self) -> bool | None:
        """Every component's largest call fits its model's window (False: one does not;
        None: a window is unknown)."""
        calls = self.component_calls or ([self.call] if self.call is not None else [])
        if not calls:
            return None
        fits = [c.fits for c in calls]
        if False in fits:
            return False
        return None if None in fits else True

    @property
    def provider_bill_usd(self) -> Decimal | None:
        """Month 1's bill from the model vendors (own key; 0 on the GPTBots key)."""
        return self.first.provider_bill_usd

    @property
    def total_cost_usd(self) -> Decimal | None:
        """Month 1: credits x $0.01 + the vendors' bill (None: a vendor price is missing)."""
        return self.first.total_cost_usd

    @property
    def horizon_provider_bill_usd(self) -> Decimal | None:
        bills = [m.provider_bill_usd for m in self.months]
        return None if any(b is None for b in bills) else add(*(b for b in bills if b is not None))

    @property
    def horizon_total_cost_usd(self) -> Decimal | None:
        provider = self.horizon_provider_bill_usd
        return None if provider is None else add(credits_to_usd(self.horizon_total), provider)

    @property
    def text_pricing_model(self) -> LLMModel:
        return self.text_model or self.model

    @property
    def notes(self) -> list[str]:
        return [n.text for n in self.note_items]

    @property
    def key_mode(self) -> str:
        return self.scenario.key_mode

    @property
    def first(self) -> Month:
        return self.months[0]

    @property
    def monthly_total(self) -> Decimal:
        """Credits in the first month, the one-time indexing of the documents included."""
        return self.first.total

    @property
    def monthly_total_usd(self) -> Decimal:
        return credits_to_usd(self.monthly_total)

    @property
    def recurring_monthly(self) -> Decimal:
        """The first month without the one-time indexing of the starting documents."""
        return self.first.total - self.first.one_time

    @property
    def one_time_indexing(self) -> Decimal:
        return self.first.one_time

    @property
    def unpriced_types(self) -> list[str]:
        seen: list[str] = []
        for month in self.months:
            for t in month.unpriced_types:
                if t not in seen:
                    seen.append(t)
        return seen

    @property
    def horizon_total(self) -> Decimal:
        return add(*(m.total for m in self.months))

    @property
    def per_conversation(self) -> Decimal | None:
        """Credits one more conversation adds (storage and one-time indexing excluded)."""
        month = self.first
        if month.conversations == 0:
            return None
        per_turn_credits = add(
            *(
                line.parts.get("per_turn_credits", line.credits or ZERO)
                for t, line in month.lines.items()
                if t != "knowledge_storage" and line.credits is not None
            )
        )
        return div(per_turn_credits, month.conversations)

    def conversations_for_budget(
        self, credits: Decimal, *, with_indexing: bool = True
    ) -> Decimal | None:
        """How many conversations a month's budget pays for, after the fixed costs.

        ``with_indexing``: month 1, which also pays the one-time indexing of the starting
        documents; without it, a month that pays only storage (month 1's) as fixed cost.
        """
        per = self.per_conversation
        if per is None or per == 0:
            return None
        fixed = self.first.lines["knowledge_storage"].credits or ZERO
        if with_indexing:
            fixed = add(
                fixed, self.first.lines["knowledge_index"].parts.get("one_time_credits", ZERO)
            )
        remaining = credits - fixed
        if remaining <= 0:
            return ZERO
        return div(remaining, per).to_integral_value(rounding="ROUND_FLOOR")

    def to_dict(self) -> dict[str, Any]:
        per_conv = self.per_conversation
        return {
            "model": self.model.id,
            "model_name": self.model.name,
            "brand": self.model.brand,
            "key_mode": self.key_mode,
            # the row whose prices bill the text (an "(audio input)" row's sibling)
            "text_priced_as": self.text_pricing_model.id,
            "monthly_total_credits": plain(self.monthly_total),
            "monthly_total_usd": plain(self.monthly_total_usd),
            "recurring_monthly_credits": plain(self.recurring_monthly),
            "one_time_indexing_credits": plain(self.one_time_indexing),
            "horizon_total_credits": plain(self.horizon_total),
            "credits_per_conversation": None if per_conv is None else plain(per_conv),
            "provider_bill_usd": _plain_or_none(self.provider_bill_usd),
            "total_cost_usd": _plain_or_none(self.total_cost_usd),
            "horizon_provider_bill_usd": _plain_or_none(self.horizon_provider_bill_usd),
            "horizon_total_cost_usd": _plain_or_none(self.horizon_total_cost_usd),
            "provider_price": self._provider_price_dict(),
            "context_window": self.model.context_window,
            "context_source": self.model.context_source,
            "reasoning": self.model.reasoning,
            "largest_call_tokens": None if self.call is None else plain(self.call.tokens),
            "fits_context": self.fits_context,
            "unpriced": self.unpriced_types,
            "components": component_summary(self.runs, self.component_calls, self.first),
            "by_type": {t: line.to_dict() for t, line in self.first.lines.items()},
            "per_turn": {k: plain(v) for k, v in self.per_turn.items()},
            "measures": {
                k: plain(getattr(self.measures, k))
                for k in (
                    "system_prompt_tokens",
                    "user_message_tokens",
                    "reply_tokens",
                    "reply_characters",
                    "image_tokens_per_image",
                    "voice_seconds_per_message",
                    "billed_voice_seconds_per_message",
                    "knowledge_tokens",
                    "user_message_tokens_embedding",
                )
            },
            "tokenizer": self.measures.tokenizer,
            "months": [m.to_dict() for m in self.months],
            "notes": self.notes,
        }

    def _provider_price_dict(self) -> dict[str, object] | None:
        """The vendor price of the text row the own key's bill uses (None: GPTBots key)."""
        if self.key_mode != "own_key":
            return None
        return self.text_pricing_model.provider_price.to_dict()


def _plain_or_none(value: Decimal | None) -> str | None:
    return None if value is None else plain(value)


@dataclass
class Estimate:
    plan_name: str
    catalog_version: str
    scenarios: list[ScenarioEstimate]

    @property
    def cheapest(self) -> ScenarioEstimate | None:
        """The fully priced scenario of the lowest month-1 total cost (credits + vendor bill).

        A scenario with unpriced parts, without a vendor price, or whose largest call does
        not fit the model's context window is never the cheapest (None: no scenario left).
        """
        ranked = [
            (cost, i, s)
            for i, s in enumerate(self.scenarios)
            if not s.unpriced_types
            and s.fits_context is not False
            and (cost := s.total_cost_usd) is not None
        ]
        return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None

    def to_dict(self) -> dict[str, Any]:
        cheapest = self.cheapest
        return {
            "plan": self.plan_name,
            "catalog_version": self.catalog_version,
            "billing_types": list(BILLING_TYPES),
            "cheapest": None
            if cheapest is None
            else {"model": cheapest.model.id, "key_mode": cheapest.key_mode},
            "scenarios": [s.to_dict() for s in self.scenarios],
        }


def image_rule_for(model: LLMModel, choice: str) -> ImageRule:
    """The image rule in effect for ``model`` under the plan's setting."""
    provider = model.provider_image_rule
    if choice == "seed":
        return SEED_RULE
    if choice == "provider":
        return provider or SEED_RULE
    if choice == "high":
        if provider and provider.kind == "high":
            return provider
        return ImageRule("high")
    if choice == "patch":
        if provider and provider.kind == "patch":
            return provider
        return ImageRule("patch")
    base = provider.base if provider and provider.kind == "high" else 85
    return ImageRule("low", base=base)


def _fixed_model(catalog: Catalog, cid: str, model_id: str) -> LLMModel:
    try:
        return catalog.find_llm(model_id)
    except CatalogError as exc:
        raise PlanError.of("component_no_model", component=cid, error=str(exc)) from None


def component_runs(plan: Plan, catalog: Catalog, model: LLMModel) -> list[ComponentRun]:
    """Each component with its row (``model`` for a compared one), its text row and its
    measures under that row's tokenizer and image rule."""
    embedding = catalog.service("embedding", plan.services.embedding)
    measures: dict[str, Measures] = {}
    runs = []
    for c in plan.components:
        row = model if c.compared else _fixed_model(catalog, c.id, c.model)
        if row.id not in measures:
            rule = image_rule_for(row, plan.settings.image_rule)
            measures[row.id] = compute_measures(plan, row.tokenizer, embedding.tokenizer, rule)
        text = text_row(catalog, row, plan.settings.audio_row_text)
        runs.append(ComponentRun(c, row, text, measures[row.id]))
    return runs


def scenario_prices(
    plan: Plan, catalog: Catalog, scenario: Scenario, runs: list[ComponentRun] | None = None
) -> ScenarioPrices:
    """The catalog rows ``scenario`` is billed by; a row the catalog lacks is a PlanError."""
    try:
        model = catalog.find_llm(scenario.model_id)
        embedding = catalog.service("embedding", plan.services.embedding)
        rerank = catalog.service("rerank", plan.services.rerank)
        asr = catalog.service("asr", plan.services.asr)
        tts = catalog.service("tts", plan.services.tts)
        if runs is None:
            runs = component_runs(plan, catalog, model)
    except CatalogError as exc:
        raise PlanError.from_error(exc) from None
    return ScenarioPrices(
        key_mode=scenario.key_mode,
        model=model,
        # Text is billed by the model's own row, or (an "(audio input)" row) by its text sibling.
        text_model=text_row(catalog, model, plan.settings.audio_row_text),
        embedding=embedding,
        rerank=rerank,
        asr=asr,
        tts=tts,
        storage=catalog.storage_price,
        open_prices=catalog.open_prices,
        components=tuple(ComponentPrices(r.component.id, r.model, r.text_model) for r in runs),
    )


def estimate_scenario(plan: Plan, catalog: Catalog, scenario: Scenario) -> ScenarioEstimate:
    """One model x key mode: the measures under its tokenizer, the months, the notes."""
    try:
        model = catalog.find_llm(scenario.model_id)
        runs = component_runs(plan, catalog, model)
    except CatalogError as exc:
        raise PlanError.from_error(exc) from None
    prices = scenario_prices(plan, catalog, scenario, runs)
    rule = image_rule_for(model, plan.settings.image_rule)
    ms = compute_measures(plan, model.tokenizer, prices.embedding.tokenizer, rule)
    months = project_months(
        plan, ms, lambda kb: per_turn_quantities(plan, model, runs, ms, kb), prices
    )
    # the most knowledge any month holds: the largest retrieval of the horizon
    calls = largest_calls(plan, model, runs, max(m.knowledge_tokens for m in months))
    call = compared_call(calls, runs, model)
    notes = [
        *missing_file_notes(plan),
        *tokenizer_notes(model, ms),
        *missing_measure_notes(plan.assumptions, ms),
        *retrieval_notes(plan.assumptions, ms, months),
        *voice_notes(plan, model),
        *reasoning_notes(model, months),
        *context_notes(model, call),
        *workflow_notes(plan, runs, calls, months),
        *provider_notes(prices),
        *kb_timing_notes(plan),
        *unpriced_notes(months),
    ]
    return ScenarioEstimate(
        scenario, model, ms, months[0].per_turn, months, notes, prices.text_model, call, runs, calls
    )


def estimate(plan: Plan, catalog: Catalog) -> Estimate:
    """The estimate of every scenario (model x key mode) of ``plan``."""
    if not plan.scenarios:
        raise PlanError.of("no_scenarios")
    try:
        results = [estimate_scenario(plan, catalog, s) for s in plan.scenarios]
    except (decimal.Overflow, decimal.InvalidOperation):
        # Only reachable with absurd inputs (the plan's limits keep real ones far away).
        raise PlanError.of("numbers_too_large") from None
    return Estimate(plan.name, catalog.version, results)
