"""The monthly estimate: credits by billing type for each model x key mode.

Per turn, for the model being compared (``C`` conversations, ``T`` turns,
growth ``g``; month ``m`` has ``C*T*(1+g)^(m-1)`` turns):

* llm_text input per turn  = calls x (system + chunks x chunk_tokens
  + history x (user + reply) + user) + image_share x calls x image_tokens;
  output per turn = calls x reply.  Input and output at their own prices.
  An "(audio input)" row (Gemini-2.5-Flash(audio input)) prices only audio: its
  text is billed at its sibling row's prices (Gemini-2.5-Flash).
* llm_audio (voice mode "audio_llm" and a model that takes audio)
  = voice_share x seconds x the model's audio tokens per second, at its input price.
* asr (voice mode "asr", or a model without audio) = voice_share x billed seconds.
* tts = tts_share x reply characters.
* knowledge_index = knowledge tokens once, in the month they are added
  (all documents in month 1, ``kb_growth_tokens_per_month`` in each later month)
  + the user question embedded on every turn that retrieves.
* knowledge_storage = stored tokens x days of that month (calendar, or 30).
* rerank = chunks_reranked x chunk_tokens per turn.
* tool_call, database_processing, question_classification: per call, priced
  only by the user; otherwise unpriced (never 0) when used.

Everything is Decimal; the spreadsheet export reproduces these formulas.
"""

from __future__ import annotations

import decimal
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from gptbots_planner.core.catalog import BILLING_TYPES, Catalog, CatalogError, LLMModel
from gptbots_planner.core.charges import Line, ScenarioPrices
from gptbots_planner.core.image_rules import SEED_RULE, ImageRule
from gptbots_planner.core.measures import Measures, compute_measures
from gptbots_planner.core.money import ZERO, add, credits_to_usd, div, mul, plain
from gptbots_planner.core.plan import Plan, PlanError, Scenario
from gptbots_planner.core.projection import Month, project_months
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)

# Line and Month are built in charges/projection; they are part of an estimate's result.
__all__ = [
    "Estimate",
    "Line",
    "Month",
    "Note",
    "ScenarioEstimate",
    "estimate",
    "estimate_scenario",
    "image_rule_for",
]


@dataclass(frozen=True)
class Note:
    """A remark on an estimate: a registered message code, its values, and its English text.

    Codes ("approximate_counts", "missing_measure" ...) are registered in
    ``vocab.messages``; ``text`` is always ``message.english()`` (build one with :meth:`of`).
    """

    code: str
    params: dict[str, str]
    text: str

    @classmethod
    def of(cls, code: str, **params: object) -> Note:
        msg = message(code, **params)
        return cls(msg.code, dict(msg.params), msg.english())

    @property
    def message(self) -> Message:
        return Message(self.code, self.params)


@dataclass
class ScenarioEstimate:
    scenario: Scenario
    model: LLMModel
    measures: Measures
    per_turn: dict[str, Decimal]
    months: list[Month]
    note_items: list[Note]
    text_model: LLMModel | None = None  # whose prices bill the text (None: ``model``'s own)

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

    def conversations_for_budget(self, credits: Decimal) -> Decimal | None:
        """How many conversations a monthly budget pays for, after the fixed costs."""
        per = self.per_conversation
        if per is None or per == 0:
            return None
        fixed = self.first.lines["knowledge_storage"].credits or ZERO
        fixed += self.first.lines["knowledge_index"].parts.get("one_time_credits", ZERO)
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
            "unpriced": self.unpriced_types,
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


@dataclass
class Estimate:
    plan_name: str
    catalog_version: str
    scenarios: list[ScenarioEstimate]

    @property
    def cheapest(self) -> ScenarioEstimate | None:
        """The cheapest fully priced scenario (None when every one has unpriced parts)."""
        priced = [s for s in self.scenarios if not s.unpriced_types]
        return min(priced, key=lambda s: s.monthly_total) if priced else None

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


def scenario_prices(plan: Plan, catalog: Catalog, scenario: Scenario) -> ScenarioPrices:
    """The catalog rows ``scenario`` is billed by; a row the catalog lacks is a PlanError."""
    try:
        model = catalog.find_llm(scenario.model_id)
        embedding = catalog.service("embedding", plan.services.embedding)
        rerank = catalog.service("rerank", plan.services.rerank)
        asr = catalog.service("asr", plan.services.asr)
        tts = catalog.service("tts", plan.services.tts)
    except CatalogError as exc:
        raise PlanError.from_error(exc) from None
    return ScenarioPrices(
        key_mode=scenario.key_mode,
        model=model,
        # Text is billed by the model's own row, or (an "(audio input)" row) by its text sibling.
        text_model=catalog.text_pricing(model),
        embedding=embedding,
        rerank=rerank,
        asr=asr,
        tts=tts,
        storage=catalog.storage_price,
        open_prices=catalog.open_prices,
    )


def uses_audio_llm(plan: Plan, model: LLMModel) -> bool:
    """Voice goes to the model itself (llm_audio) rather than through ASR."""
    return plan.settings.voice_mode == "audio_llm" and model.takes_audio


def per_turn_quantities(plan: Plan, model: LLMModel, ms: Measures) -> dict[str, Decimal]:
    """What one turn uses, in each billing type's unit (the formulas in the module doc)."""
    a = plan.assumptions
    calls = a["llm_calls_per_turn"]
    context = add(
        ms.system_prompt_tokens,
        mul(a["chunks_retrieved_per_turn"], a["chunk_tokens"]),
        mul(a["history_turns"], add(ms.user_message_tokens, ms.reply_tokens)),
        ms.user_message_tokens,
    )
    image_in = mul(a["image_turn_share"], calls, ms.image_tokens_per_image)
    voice_share = a["voice_turn_share"]
    use_audio_llm = uses_audio_llm(plan, model)
    audio_tokens = (
        mul(voice_share, ms.voice_seconds_per_message, model.audio_input_tps or ZERO)
        if use_audio_llm
        else ZERO
    )
    retrieves = a["chunks_retrieved_per_turn"] > 0
    return {
        "llm_text_input_tokens": add(mul(calls, context), image_in),
        "llm_text_output_tokens": mul(calls, ms.reply_tokens),
        "llm_audio_input_tokens": audio_tokens,
        "asr_seconds": (
            ZERO if use_audio_llm else mul(voice_share, ms.billed_voice_seconds_per_message)
        ),
        "tts_characters": mul(a["tts_playback_share"], ms.reply_characters),
        "knowledge_index_query_tokens": ms.user_message_tokens_embedding if retrieves else ZERO,
        "rerank_tokens": mul(a["chunks_reranked_per_turn"], a["chunk_tokens"]),
        "tool_calls": a["tool_calls_per_turn"],
        "database_operations": a["database_calls_per_turn"],
        "classified_questions": a["classified_question_share"],
    }


def tokenizer_notes(model: LLMModel, ms: Measures) -> list[Note]:
    """Counts that are approximate: items measured with another tokenizer, or the model's."""
    notes: list[Note] = []
    if ms.approximate_items:
        items = ", ".join(ms.approximate_items)
        notes.append(Note.of("approximate_counts", tokenizer=model.tokenizer, items=items))
    if not model.tokenizer_exact:
        notes.append(Note.of("approximate_tokenizer", model=model.name, tokenizer=model.tokenizer))
    return notes


# A usage share that is on while the measure it multiplies is 0 costs nothing without
# a word; say so (a plan with knowledge documents but no reply sample, say).
MEASURE_GAPS = (
    ("voice_turn_share", "voice_seconds_per_message"),
    ("image_turn_share", "image_tokens_per_image"),
    ("tts_playback_share", "reply_characters"),
    ("conversations_per_month", "reply_tokens"),
    ("conversations_per_month", "user_message_tokens"),
)


def missing_measure_notes(a: Mapping[str, Decimal], ms: Measures) -> list[Note]:
    """A usage share that is on while the measure it multiplies is 0 (see MEASURE_GAPS)."""
    notes: list[Note] = []
    for assumption, measure in MEASURE_GAPS:
        value = a[assumption]
        if value > 0 and getattr(ms, measure) == 0:
            notes.append(
                Note.of(
                    "missing_measure", assumption=assumption, measure=measure, value=plain(value)
                )
            )
    return notes


def retrieval_notes(a: Mapping[str, Decimal], ms: Measures) -> list[Note]:
    """Each turn retrieving more knowledge than the knowledge base holds."""
    retrieved = mul(a["chunks_retrieved_per_turn"], a["chunk_tokens"])
    if not (ms.knowledge_tokens > 0 and retrieved > ms.knowledge_tokens):
        return []
    return [
        Note.of(
            "retrieval_exceeds_kb",
            retrieved=plain(retrieved),
            knowledge=plain(ms.knowledge_tokens),
        )
    ]


def voice_notes(plan: Plan, model: LLMModel) -> list[Note]:
    """Voice meant for the model itself goes through ASR when the model takes no audio."""
    wants_audio = (
        plan.settings.voice_mode == "audio_llm" and plan.assumptions["voice_turn_share"] > 0
    )
    if not wants_audio or model.takes_audio:
        return []
    return [Note.of("no_audio", model=model.name)]


def unpriced_notes(months: list[Month]) -> list[Note]:
    """Billing types the first month uses but the catalog does not price."""
    return [Note.of("unpriced", type=t) for t in (months[0].unpriced_types if months else [])]


def estimate_scenario(plan: Plan, catalog: Catalog, scenario: Scenario) -> ScenarioEstimate:
    """One model x key mode: the measures under its tokenizer, the months, the notes."""
    prices = scenario_prices(plan, catalog, scenario)
    model = prices.model
    rule = image_rule_for(model, plan.settings.image_rule)
    ms = compute_measures(plan, model.tokenizer, prices.embedding.tokenizer, rule)
    per_turn = per_turn_quantities(plan, model, ms)
    months = project_months(plan, ms, per_turn, prices)
    notes = [
        *tokenizer_notes(model, ms),
        *missing_measure_notes(plan.assumptions, ms),
        *retrieval_notes(plan.assumptions, ms),
        *voice_notes(plan, model),
        *unpriced_notes(months),
    ]
    return ScenarioEstimate(scenario, model, ms, per_turn, months, notes, prices.text_model)


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
