"""One month's charge for each of the ten billing types.

Every billing type has one function with the same signature: it takes the
per-turn quantities of a scenario, the month's usage and the scenario's prices,
and returns that type's :class:`Line`.  :data:`LINE_BUILDERS` lists them in the
platform's order (``BILLING_TYPES``), which is also the order of every output.
The formulas are described in :mod:`gptbots_planner.core.estimate`.

On the own key each line also carries the model vendor's bill in USD
(``provider_usd``): the same quantity at the vendor's price
(:mod:`gptbots_planner.core.provider_prices`); on the GPTBots key it is 0.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
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
from gptbots_planner.core.catalog import BILLING_TYPES, LLMModel, Price, ServiceModel
from gptbots_planner.core.money import ZERO, add, div, mul, plain

log = logging.getLogger(__name__)


@dataclass
class Line:
    """One billing type in one month."""

    billing_type: str
    quantity: Decimal
    unit: str
    credits: Decimal | None  # None: used but unpriced
    parts: dict[str, Decimal] = field(default_factory=dict)  # e.g. one-time vs per-turn
    provider_usd: Decimal | None = ZERO  # the vendor's bill (own key); None: no vendor price
    # llm_text / llm_audio: one part per workflow component (id -> tokens and credits)
    components: dict[str, dict[str, Decimal]] = field(default_factory=dict)

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
            "provider_bill_usd": None if self.provider_usd is None else plain(self.provider_usd),
            **(
                {
                    "components": {
                        cid: {k: plain(v) for k, v in part.items()}
                        for cid, part in self.components.items()
                    }
                }
                if self.components
                else {}
            ),
        }


@dataclass(frozen=True)
class ComponentPrices:
    """The rows one workflow component is billed by in a scenario."""

    id: str
    model: LLMModel  # the row it runs on (audio tokens at its prices)
    text_model: LLMModel  # whose prices bill its text


@dataclass(frozen=True)
class ScenarioPrices:
    """The catalog rows one scenario (model x key mode) is billed by."""

    key_mode: str
    model: LLMModel
    text_model: LLMModel  # whose prices bill the text (an "(audio input)" row's sibling)
    embedding: ServiceModel
    rerank: ServiceModel
    asr: ServiceModel
    tts: ServiceModel
    storage: Price
    open_prices: Mapping[str, Price]  # tool_call, database_processing, question_classification
    components: tuple[ComponentPrices, ...] = ()  # the turn's LLM components, in order


@dataclass(frozen=True)
class MonthUsage:
    """What one month of a scenario uses besides the per-turn quantities."""

    turns: Decimal
    added_knowledge_tokens: Decimal  # indexed once, this month
    stored_knowledge_tokens: Decimal  # held at the month's end
    days: int
    # token-days billed for storage: stored x days, less what was added later in the month
    stored_token_days: Decimal | None = None


PerTurn = Mapping[str, Decimal]
LineBuilder = Callable[[PerTurn, MonthUsage, ScenarioPrices], Line]


def make_line(
    billing_type: str,
    charge: Charge,
    parts: dict[str, Decimal] | None = None,
    provider_usd: Decimal | None = ZERO,
) -> Line:
    return Line(
        billing_type,
        charge.quantity,
        QUANTITY_UNITS[billing_type],
        charge.credits,
        parts or {},
        provider_usd,
    )


MILLION = Decimal(1_000_000)
SIXTY_SECONDS = Decimal(60)


def vendor_usd(
    prices: ScenarioPrices, quantity: Decimal, usd_per_unit: Decimal | None, per: Decimal
) -> Decimal | None:
    """The vendor's bill for ``quantity`` on the own key (0 on the GPTBots key or unused)."""
    if prices.key_mode != "own_key" or quantity == 0:
        return ZERO
    if usd_per_unit is None:
        return None
    return div(mul(quantity, usd_per_unit), per)


def add_usd(*values: Decimal | None) -> Decimal | None:
    """A sum of vendor bills; None when any part has no vendor price."""
    if any(v is None for v in values):
        return None
    return add(*(v for v in values if v is not None))


def _priced(name: str, charge: Charge) -> dict[str, Decimal]:
    """``{name: credits}``, or nothing when the charge is unpriced (a part is never None)."""
    return {name: charge.credits} if charge.credits is not None else {}


def _component(per_turn: PerTurn, cid: str, quantity: str) -> Decimal:
    return per_turn.get(f"component.{cid}.{quantity}", ZERO)


def _text_charges(
    per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices, comp: ComponentPrices
) -> tuple[Charge, Charge, Charge, Decimal | None]:
    """One component's input, output and reasoning charges, and its vendor bill."""
    key, text_model = prices.key_mode, comp.text_model
    out_price = text_model.price(key, "output")

    def tokens(quantity: str) -> Decimal:
        return mul(month.turns, _component(per_turn, comp.id, quantity))

    llm_in = tokens_charge(tokens("text_input_tokens"), text_model.price(key, "input"))
    llm_out = tokens_charge(tokens("text_output_tokens"), out_price)
    reasoning = tokens_charge(tokens("reasoning_tokens"), out_price)
    vendor = text_model.provider_price
    provider = add_usd(
        vendor_usd(prices, llm_in.quantity, vendor.input, MILLION),
        vendor_usd(prices, add(llm_out.quantity, reasoning.quantity), vendor.output, MILLION),
    )
    return llm_in, llm_out, reasoning, provider


def llm_text(per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices) -> Line:
    """Each component's input and output at its text row's prices; a reasoning model's
    hidden tokens at the output's."""
    ins: list[Charge] = []
    outs: list[Charge] = []
    reasonings: list[Charge] = []
    bills: list[Decimal | None] = []
    components: dict[str, dict[str, Decimal]] = {}
    for comp in prices.components:
        llm_in, llm_out, reasoning, provider = _text_charges(per_turn, month, prices, comp)
        ins.append(llm_in)
        outs.append(llm_out)
        reasonings.append(reasoning)
        bills.append(provider)
        total = sum_charges([llm_in, llm_out, reasoning])
        components[comp.id] = {
            "input_tokens": llm_in.quantity,
            "output_tokens": llm_out.quantity,
            "reasoning_tokens": reasoning.quantity,
            **_priced("credits", total),
        }
    llm_in, llm_out, reasoning = sum_charges(ins), sum_charges(outs), sum_charges(reasonings)
    parts = {
        "input_tokens": llm_in.quantity,
        "output_tokens": llm_out.quantity,
        "reasoning_tokens": reasoning.quantity,
        **_priced("input_credits", llm_in),
        **_priced("output_credits", llm_out),
        **_priced("reasoning_credits", reasoning),
    }
    line = make_line("llm_text", sum_charges([llm_in, llm_out, reasoning]), parts, add_usd(*bills))
    line.components = components
    return line


def llm_audio(per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices) -> Line:
    """Voice input at each component's own row's input price (not the text sibling's), and
    spoken replies at its output price."""
    key = prices.key_mode
    ins: list[Charge] = []
    outs: list[Charge] = []
    bills: list[Decimal | None] = []
    components: dict[str, dict[str, Decimal]] = {}
    for comp in prices.components:
        heard = mul(month.turns, _component(per_turn, comp.id, "audio_input_tokens"))
        spoken = mul(month.turns, _component(per_turn, comp.id, "audio_output_tokens"))
        if heard == 0 and spoken == 0:
            continue
        audio_in = tokens_charge(heard, comp.model.price(key, "input"))
        audio_out = tokens_charge(spoken, comp.model.price(key, "output"))
        vendor = comp.model.provider_price
        bills.append(
            add_usd(
                vendor_usd(prices, heard, vendor.input, MILLION),
                vendor_usd(prices, spoken, vendor.output, MILLION),
            )
        )
        ins.append(audio_in)
        outs.append(audio_out)
        components[comp.id] = {
            "input_tokens": heard,
            "output_tokens": spoken,
            **_priced("credits", sum_charges([audio_in, audio_out])),
        }
    audio_in, audio_out = sum_charges(ins), sum_charges(outs)
    parts = {
        "input_tokens": audio_in.quantity,
        "output_tokens": audio_out.quantity,
        **_priced("input_credits", audio_in),
        **_priced("output_credits", audio_out),
    }
    line = make_line("llm_audio", sum_charges([audio_in, audio_out]), parts, add_usd(*bills))
    line.components = components
    return line


def asr(per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices) -> Line:
    seconds = mul(month.turns, per_turn["asr_seconds"])
    vendor = vendor_usd(prices, seconds, prices.asr.provider_price.input, SIXTY_SECONDS)
    return make_line("asr", asr_charge(seconds, prices.asr.price(prices.key_mode)), None, vendor)


def tts(per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices) -> Line:
    characters = mul(month.turns, per_turn["tts_characters"])
    vendor = vendor_usd(prices, characters, prices.tts.provider_price.input, MILLION)
    return make_line("tts", tts_charge(characters, prices.tts.price(prices.key_mode)), None, vendor)


def knowledge_index(per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices) -> Line:
    """The documents added this month, once, plus the question embedded on every turn."""
    price = prices.embedding.price(prices.key_mode)
    one_time = tokens_charge(month.added_knowledge_tokens, price)
    queries = tokens_charge(mul(month.turns, per_turn["knowledge_index_query_tokens"]), price)
    parts = {
        "one_time_tokens": one_time.quantity,
        "query_tokens": queries.quantity,
        **_priced("one_time_credits", one_time),
        **_priced("per_turn_credits", queries),
    }
    vendor = vendor_usd(
        prices,
        add(one_time.quantity, queries.quantity),
        prices.embedding.provider_price.input,
        MILLION,
    )
    return make_line("knowledge_index", sum_charges([one_time, queries]), parts, vendor)


def knowledge_storage(per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices) -> Line:
    stored, days = month.stored_knowledge_tokens, Decimal(month.days)
    token_days = mul(stored, days) if month.stored_token_days is None else month.stored_token_days
    charge = storage_charge(token_days, Decimal(1), prices.storage)
    return make_line(
        "knowledge_storage",
        Charge(token_days, charge.credits),
        {"stored_tokens": stored, "days": days, "token_days": token_days},
    )


def _per_unit_line(
    billing_type: str, units_per_turn: Decimal, month: MonthUsage, prices: ScenarioPrices
) -> Line:
    """A type only the user prices: units per turn at the catalog's open price."""
    units = mul(month.turns, units_per_turn)
    return make_line(billing_type, per_unit_charge(units, prices.open_prices[billing_type]))


def tool_call(per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices) -> Line:
    return _per_unit_line("tool_call", per_turn["tool_calls"], month, prices)


def database_processing(per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices) -> Line:
    return _per_unit_line("database_processing", per_turn["database_operations"], month, prices)


def question_classification(per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices) -> Line:
    return _per_unit_line(
        "question_classification", per_turn["classified_questions"], month, prices
    )


def rerank(per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices) -> Line:
    tokens = mul(month.turns, per_turn["rerank_tokens"])
    vendor = vendor_usd(prices, tokens, prices.rerank.provider_price.input, MILLION)
    return make_line(
        "rerank", tokens_charge(tokens, prices.rerank.price(prices.key_mode)), None, vendor
    )


LINE_BUILDERS: dict[str, LineBuilder] = {
    "llm_text": llm_text,
    "llm_audio": llm_audio,
    "asr": asr,
    "tts": tts,
    "knowledge_index": knowledge_index,
    "knowledge_storage": knowledge_storage,
    "tool_call": tool_call,
    "rerank": rerank,
    "database_processing": database_processing,
    "question_classification": question_classification,
}


def month_lines(per_turn: PerTurn, month: MonthUsage, prices: ScenarioPrices) -> dict[str, Line]:
    """Every billing type's line for one month, in the platform's order."""
    return {t: LINE_BUILDERS[t](per_turn, month, prices) for t in BILLING_TYPES}
