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

import calendar
import decimal
import logging
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Any

from gptbots_planner.core.billing import (
    QUANTITY_UNITS,
    Charge,
    asr_charge,
    per_unit_charge,
    storage_charge,
    sum_charges,
    tokens_charge,
    tts_charge,
)
from gptbots_planner.core.catalog import BILLING_TYPES, Catalog, CatalogError, LLMModel
from gptbots_planner.core.measures import Measures, compute_measures
from gptbots_planner.core.money import EXACT, ZERO, add, credits_to_usd, div, mul, plain
from gptbots_planner.core.plan import Plan, PlanError, Scenario
from gptbots_planner.core.image_rules import SEED_RULE, ImageRule

log = logging.getLogger(__name__)

ONE = Decimal(1)


@dataclass
class Line:
    """One billing type in one month."""

    billing_type: str
    quantity: Decimal
    unit: str
    credits: Decimal | None  # None: used but unpriced
    parts: dict[str, Decimal] = field(default_factory=dict)  # e.g. one-time vs per-turn

    @property
    def unpriced(self) -> bool:
        return self.credits is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "billing_type": self.billing_type,
            "quantity": plain(self.quantity),
            "unit": self.unit,
            "credits": None if self.credits is None else plain(self.credits),
            "unpriced": self.unpriced,
            "parts": {k: plain(v) for k, v in self.parts.items()},
        }


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


@dataclass(frozen=True)
class Note:
    """A remark on an estimate: a stable code and its values (for translation), and English text."""

    # "approximate_counts", "approximate_tokenizer", "no_audio", "unpriced", "missing_measure",
    # "retrieval_exceeds_kb"
    code: str
    params: dict[str, str]
    text: str


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


def _line(billing_type: str, charge: Charge, parts: dict[str, Decimal] | None = None) -> Line:
    return Line(
        billing_type, charge.quantity, QUANTITY_UNITS[billing_type], charge.credits, parts or {}
    )


def estimate_scenario(plan: Plan, catalog: Catalog, scenario: Scenario) -> ScenarioEstimate:
    try:
        model = catalog.find_llm(scenario.model_id)
        embedding = catalog.service("embedding", plan.services.embedding)
        rerank = catalog.service("rerank", plan.services.rerank)
        asr = catalog.service("asr", plan.services.asr)
        tts = catalog.service("tts", plan.services.tts)
    except CatalogError as exc:
        raise PlanError(str(exc)) from None
    key = scenario.key_mode
    # Text is billed by the model's own row, or (an "(audio input)" row) by its text sibling.
    text_model = catalog.text_pricing(model)
    a = plan.assumptions
    notes: list[Note] = []
    rule = image_rule_for(model, plan.settings.image_rule)
    ms = compute_measures(plan, model.tokenizer, embedding.tokenizer, rule)
    if ms.approximate_items:
        items = ", ".join(ms.approximate_items)
        notes.append(
            Note(
                "approximate_counts",
                {"tokenizer": model.tokenizer, "items": items},
                f"counted with another tokenizer than {model.tokenizer}: {items}",
            )
        )
    if not model.tokenizer_exact:
        notes.append(
            Note(
                "approximate_tokenizer",
                {"model": model.name, "tokenizer": model.tokenizer},
                f"{model.name}: tokens counted with {model.tokenizer} as an approximation "
                "(the vendor's own tokenizer is not public or not bundled)",
            )
        )

    # A usage share that is on while the measure it multiplies is 0 costs nothing without
    # a word; say so (a plan with knowledge documents but no reply sample, say).
    gaps = (
        ("voice_turn_share", a["voice_turn_share"], "voice_seconds_per_message"),
        ("image_turn_share", a["image_turn_share"], "image_tokens_per_image"),
        ("tts_playback_share", a["tts_playback_share"], "reply_characters"),
        ("conversations_per_month", a["conversations_per_month"], "reply_tokens"),
        ("conversations_per_month", a["conversations_per_month"], "user_message_tokens"),
    )
    for assumption, value, measure in gaps:
        if value > 0 and getattr(ms, measure) == 0:
            notes.append(
                Note(
                    "missing_measure",
                    {"assumption": assumption, "measure": measure, "value": plain(value)},
                    f"{assumption} is {plain(value)} but {measure} is 0 (no item with that "
                    "role, nothing entered): that part of the estimate is 0",
                )
            )

    retrieved = mul(a["chunks_retrieved_per_turn"], a["chunk_tokens"])
    if ms.knowledge_tokens > 0 and retrieved > ms.knowledge_tokens:
        notes.append(
            Note(
                "retrieval_exceeds_kb",
                {"retrieved": plain(retrieved), "knowledge": plain(ms.knowledge_tokens)},
                f"each turn retrieves {plain(retrieved)} tokens of knowledge, more than the "
                f"knowledge base holds ({plain(ms.knowledge_tokens)} tokens): lower the chunks "
                "or the chunk size",
            )
        )

    calls = a["llm_calls_per_turn"]
    context = add(
        ms.system_prompt_tokens,
        mul(a["chunks_retrieved_per_turn"], a["chunk_tokens"]),
        mul(a["history_turns"], add(ms.user_message_tokens, ms.reply_tokens)),
        ms.user_message_tokens,
    )
    image_in = mul(a["image_turn_share"], calls, ms.image_tokens_per_image)
    text_in = add(mul(calls, context), image_in)
    text_out = mul(calls, ms.reply_tokens)

    use_audio_llm = plan.settings.voice_mode == "audio_llm" and model.takes_audio
    if (
        plan.settings.voice_mode == "audio_llm"
        and not model.takes_audio
        and a["voice_turn_share"] > 0
    ):
        notes.append(
            Note(
                "no_audio",
                {"model": model.name},
                f"{model.name} takes no audio: voice messages are billed as ASR instead",
            )
        )
    voice_share = a["voice_turn_share"]
    audio_tokens = (
        mul(voice_share, ms.voice_seconds_per_message, model.audio_input_tps or ZERO)
        if use_audio_llm
        else ZERO
    )
    asr_seconds = ZERO if use_audio_llm else mul(voice_share, ms.billed_voice_seconds_per_message)
    tts_chars = mul(a["tts_playback_share"], ms.reply_characters)
    retrieves = a["chunks_retrieved_per_turn"] > 0
    query_tokens = ms.user_message_tokens_embedding if retrieves else ZERO
    rerank_tokens = mul(a["chunks_reranked_per_turn"], a["chunk_tokens"])
    per_turn = {
        "llm_text_input_tokens": text_in,
        "llm_text_output_tokens": text_out,
        "llm_audio_input_tokens": audio_tokens,
        "asr_seconds": asr_seconds,
        "tts_characters": tts_chars,
        "knowledge_index_query_tokens": query_tokens,
        "rerank_tokens": rerank_tokens,
        "tool_calls": a["tool_calls_per_turn"],
        "database_operations": a["database_calls_per_turn"],
        "classified_questions": a["classified_question_share"],
    }

    months: list[Month] = []
    growth = ONE + a["monthly_growth"]
    kb = ms.knowledge_tokens
    for index, (label, calendar_days) in enumerate(
        month_labels(plan.settings.start_month, int(a["months"])), 1
    ):
        days = calendar_days if plan.settings.days_mode == "calendar" else 30
        factor = power(growth, index - 1)
        conversations = mul(a["conversations_per_month"], factor)
        turns = mul(conversations, a["turns_per_conversation"])
        added = ms.knowledge_tokens if index == 1 else a["kb_growth_tokens_per_month"]
        if index > 1:
            kb = add(kb, added)
        llm_in = tokens_charge(mul(turns, text_in), text_model.price(key, "input"))
        llm_out = tokens_charge(mul(turns, text_out), text_model.price(key, "output"))
        llm_text = sum_charges([llm_in, llm_out])
        emb_price = embedding.price(key)
        one_time = tokens_charge(added, emb_price)
        queries = tokens_charge(mul(turns, query_tokens), emb_price)
        index_charge = sum_charges([one_time, queries])
        lines = {
            "llm_text": _line(
                "llm_text",
                llm_text,
                {
                    "input_tokens": llm_in.quantity,
                    "output_tokens": llm_out.quantity,
                    **({"input_credits": llm_in.credits} if llm_in.credits is not None else {}),
                    **({"output_credits": llm_out.credits} if llm_out.credits is not None else {}),
                },
            ),
            "llm_audio": _line(
                "llm_audio", tokens_charge(mul(turns, audio_tokens), model.price(key, "input"))
            ),
            "asr": _line("asr", asr_charge(mul(turns, asr_seconds), asr.price(key))),
            "tts": _line("tts", tts_charge(mul(turns, tts_chars), tts.price(key))),
            "knowledge_index": _line(
                "knowledge_index",
                index_charge,
                {
                    "one_time_tokens": one_time.quantity,
                    "query_tokens": queries.quantity,
                    **(
                        {"one_time_credits": one_time.credits}
                        if one_time.credits is not None
                        else {}
                    ),
                    **(
                        {"per_turn_credits": queries.credits} if queries.credits is not None else {}
                    ),
                },
            ),
            "knowledge_storage": _line(
                "knowledge_storage",
                storage_charge(kb, Decimal(days), catalog.storage_price),
                {"stored_tokens": kb, "days": Decimal(days)},
            ),
            "tool_call": _line(
                "tool_call",
                per_unit_charge(
                    mul(turns, a["tool_calls_per_turn"]), catalog.open_prices["tool_call"]
                ),
            ),
            "rerank": _line("rerank", tokens_charge(mul(turns, rerank_tokens), rerank.price(key))),
            "database_processing": _line(
                "database_processing",
                per_unit_charge(
                    mul(turns, a["database_calls_per_turn"]),
                    catalog.open_prices["database_processing"],
                ),
            ),
            "question_classification": _line(
                "question_classification",
                per_unit_charge(
                    mul(turns, a["classified_question_share"]),
                    catalog.open_prices["question_classification"],
                ),
            ),
        }
        months.append(Month(index, label, days, conversations, turns, kb, lines))
    for t in months[0].unpriced_types if months else []:
        notes.append(
            Note("unpriced", {"type": t}, f"{t} is used but has no price: enter one in the catalog")
        )
    return ScenarioEstimate(scenario, model, ms, per_turn, months, notes, text_model)


def estimate(plan: Plan, catalog: Catalog) -> Estimate:
    """The estimate of every scenario (model x key mode) of ``plan``."""
    if not plan.scenarios:
        raise PlanError("the plan compares no model: choose at least one model and key mode")
    try:
        results = [estimate_scenario(plan, catalog, s) for s in plan.scenarios]
    except (decimal.Overflow, decimal.InvalidOperation):
        # Only reachable with absurd inputs (the plan's limits keep real ones far away).
        raise PlanError(
            "the plan's numbers are too large to compute: lower conversations_per_month, "
            "monthly_growth or months"
        ) from None
    return Estimate(plan.name, catalog.version, results)
