"""One explanation builder per billing type, mirroring ``core.charges`` term by term.

Each builder takes the month's :class:`Usage` (the plan, the scenario's rows and measures,
the month's turns, knowledge and days as factors) and returns the line's
:class:`LineExplanation`: the same quantities, prices and sums as the charges module, built
from the plan's own numbers (``core.turns`` and ``core.workflow`` give the per-turn
formulas).  ``tests/core/test_explain.py`` checks, line by line, that evaluating each
explanation gives exactly the engine's amount; a change to a formula there fails it here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from gptbots_planner.core.catalog import LLMModel, Price
from gptbots_planner.core.charges import ScenarioPrices
from gptbots_planner.core.explain_model import (
    Expr,
    Factor,
    LineExplanation,
    Op,
    Source,
    Term,
    derived,
    plus,
    times,
)
from gptbots_planner.core.measures import Measures
from gptbots_planner.core.money import THOUSAND, ZERO
from gptbots_planner.core.plan import Plan
from gptbots_planner.core.turns import spoken_index, uses_audio_llm
from gptbots_planner.core.workflow import ComponentRun, memory_mean
from gptbots_planner.vocab import explain_terms as words
from gptbots_planner.vocab.fields import field
from gptbots_planner.vocab.text import Text

log = logging.getLogger(__name__)

SIXTY = Decimal(60)
ONE = Decimal(1)

# the short unit of each assumption in a formula (None: a share, read as a percentage)
PLAN_UNITS: dict[str, str | None] = {
    "conversations_per_month": "conversations",
    "turns_per_conversation": "turns",
    "history_turns": "turns",
    "chunks_retrieved_per_turn": "chunks",
    "chunk_tokens": "tokens",
    "chunks_reranked_per_turn": "chunks",
    "image_turn_share": None,
    "voice_turn_share": None,
    "tts_playback_share": None,
    "tool_calls_per_turn": "calls",
    "database_calls_per_turn": "operations",
    "classified_question_share": None,
    "kb_growth_tokens_per_month": "tokens",
    "months": "months",
    "monthly_growth": None,
    "reasoning_tokens_per_call": "tokens",
    "speaking_rate": "characters_per_second",
}
MEASURE_UNITS = {
    "system_prompt_tokens": "tokens",
    "user_message_tokens": "tokens",
    "reply_tokens": "tokens",
    "reply_characters": "characters",
    "image_tokens_per_image": "tokens",
    "voice_seconds_per_message": "seconds",
    "knowledge_tokens": "tokens",
}


def unit(name: str | None) -> Text | None:
    return None if name is None else words.UNITS[name]


def plan_factor(plan: Plan, name: str) -> Factor:
    """An assumption of the plan, with its field's label."""
    short = PLAN_UNITS[name]
    return Factor(
        field(name).label, plan.assumptions[name], unit(short), "plan", name, share=short is None
    )


def measured(ms: Measures, name: str) -> Source:
    """Whether a measure is the files' or the value the user entered instead."""
    return "entered" if ms.sources.get(name) == "entered" else "measured"


def measure_factor(ms: Measures, name: str) -> Factor:
    """A measured value (or the one the user entered instead)."""
    return Factor(
        field(name).label, getattr(ms, name), unit(MEASURE_UNITS[name]), measured(ms, name), name
    )


def question_factor(ms: Measures) -> Factor:
    """The user message as the embedding model counts it (the entered value, if any)."""
    return Factor(
        words.DERIVED["question_embedding"],
        ms.user_message_tokens_embedding,
        unit("tokens"),
        measured(ms, "user_message_tokens"),
        "user_message_tokens",
    )


def zero(label: str, short: str) -> Factor:
    return Factor(words.DERIVED[label], ZERO, unit(short))


def price_factor(price: Price, label: str, short: str, ref: str, **params: str) -> Factor:
    return Factor(
        words.DERIVED[label],
        price.value,
        unit(short),
        "user_price" if price.user else "catalog",
        ref,
        tuple(params.items()),
    )


def llm_price(model: LLMModel, key: str, direction: str) -> Factor:
    label = "input_price" if direction == "input" else "output_price"
    return price_factor(
        model.price(key, direction), label, "per_1k_tokens", model.id, model=model.name
    )


@dataclass(frozen=True)
class Usage:
    """What one month of one scenario is computed from."""

    plan: Plan
    prices: ScenarioPrices
    model: LLMModel  # the compared model
    ms: Measures  # under the compared model's tokenizer
    runs: tuple[ComponentRun, ...]
    index: int  # 1-based
    turns: Factor
    knowledge: Factor  # held at the month's end
    added: Factor  # indexed this month
    days: Factor
    token_days: Factor

    def chunks(self, wanted_field: str) -> Factor:
        """Chunks a turn gets: the plan's number, at most what the base holds (as
        ``turns.chunks_available``)."""
        wanted = plan_factor(self.plan, wanted_field)
        if (self.knowledge.value or ZERO) <= 0:
            return zero("no_chunks", "chunks")
        if self.plan.assumptions["chunk_tokens"] <= 0:
            return wanted
        held = derived(
            words.DERIVED["chunks_held"],
            Op("div", (self.knowledge, plan_factor(self.plan, "chunk_tokens"))),
            unit("chunks"),
        )
        assert held.value is not None and wanted.value is not None
        return held if held.value < wanted.value else wanted

    def per_month(self, per_turn: Expr) -> Op:
        return times(self.turns, per_turn)


def component_factor(run: ComponentRun, label: str, value: Decimal, short: str) -> Factor:
    c = run.component
    return Factor(
        words.DERIVED[label], value, unit(short), "component", c.id, (("component", c.name),)
    )


def context_per_call(u: Usage, run: ComponentRun, chunks: Factor) -> Op:
    """What one call receives (as ``workflow.context_per_call``, memory by turn averaged)."""
    c, ms, a = run.component, run.measures, u.plan.assumptions
    parts: list[Expr] = [component_factor(run, "instruction", run.instruction, "tokens")]
    if c.sends_system_prompt:
        parts.append(measure_factor(ms, "system_prompt_tokens"))
    if c.sends_chunks:
        parts.append(times(chunks, plan_factor(u.plan, "chunk_tokens")))
    if c.sends_memory:
        memory = Factor(
            words.DERIVED["memory"],
            memory_mean(a["history_turns"], a["turns_per_conversation"]),
            unit("turns"),
            "derived",
            "history_turns",
        )
        pair = plus(measure_factor(ms, "user_message_tokens"), measure_factor(ms, "reply_tokens"))
        parts.append(times(memory, pair))
    if c.sends_user_message:
        parts.append(measure_factor(ms, "user_message_tokens"))
    if c.sends_reply:
        parts.append(measure_factor(ms, "reply_tokens"))
    return plus(*parts)


def calls_factor(run: ComponentRun) -> Factor:
    return component_factor(run, "calls", run.component.calls, "calls")


def text_input(u: Usage, run: ComponentRun, chunks: Factor) -> Expr:
    calls = calls_factor(run)
    expr: Expr = times(calls, context_per_call(u, run, chunks))
    if run.component.sends_images:
        image = times(
            plan_factor(u.plan, "image_turn_share"),
            calls,
            measure_factor(run.measures, "image_tokens_per_image"),
        )
        expr = plus(expr, image)
    return expr


def output_per_call(run: ComponentRun) -> Factor:
    c = run.component
    if c.output_tokens is None:
        return measure_factor(run.measures, "reply_tokens")
    return component_factor(run, "output_per_call", c.output_tokens, "tokens")


def reasoning_per_call(u: Usage, run: ComponentRun) -> Factor:
    c = run.component
    if not run.model.reasoning:
        return component_factor(run, "reasoning_per_call", ZERO, "tokens")
    if c.reasoning_tokens is None:
        return plan_factor(u.plan, "reasoning_tokens_per_call")
    return component_factor(run, "reasoning_per_call", c.reasoning_tokens, "tokens")


def llm_text(u: Usage) -> LineExplanation:
    key = u.prices.key_mode
    chunks = u.chunks("chunks_retrieved_per_turn")
    ins: list[Term] = []
    outs: list[Term] = []
    reasonings: list[Term] = []
    for comp, run in zip(u.prices.components, u.runs, strict=True):
        model, cid = comp.text_model, comp.id
        calls = calls_factor(run)
        ins.append(
            Term(
                words.TERMS["input"],
                u.per_month(text_input(u, run, chunks)),
                llm_price(model, key, "input"),
                THOUSAND,
                cid,
            )
        )
        out_price = llm_price(model, key, "output")
        out = times(calls, output_per_call(run))
        outs.append(Term(words.TERMS["output"], u.per_month(out), out_price, THOUSAND, cid))
        thinking = times(calls, reasoning_per_call(u, run))
        reasonings.append(
            Term(words.TERMS["reasoning"], u.per_month(thinking), out_price, THOUSAND, cid)
        )
    return LineExplanation("llm_text", (tuple(ins), tuple(outs), tuple(reasonings)), u.index)


def heard_per_turn(u: Usage, run: ComponentRun) -> Expr:
    """Audio tokens a turn's voice messages give this component (``workflow.audio_per_call``)."""
    routing = uses_audio_llm(u.plan, u.model)
    c, model = run.component, run.model
    if not (routing and c.sends_user_message and model.takes_audio):
        per_call: Expr = zero("not_used", "tokens")
    else:
        rate = Factor(
            words.DERIVED["audio_in_rate"],
            model.audio_input_tps or ZERO,
            unit("tokens_per_second"),
            "catalog",
            model.id,
            (("model", model.name),),
        )
        per_call = times(measure_factor(run.measures, "voice_seconds_per_message"), rate)
    return times(plan_factor(u.plan, "voice_turn_share"), calls_factor(run), per_call)


def spoken_per_turn(u: Usage, run: ComponentRun, spoken: bool) -> Expr:
    """Output audio tokens of the answer's spoken replies (``workflow.spoken_tokens``)."""
    if not spoken:
        return zero("not_used", "tokens")
    model = run.model
    seconds = derived(
        words.DERIVED["spoken_seconds"],
        Op(
            "div",
            (
                measure_factor(run.measures, "reply_characters"),
                plan_factor(u.plan, "speaking_rate"),
            ),
        ),
        unit("seconds"),
    )
    rate = Factor(
        words.DERIVED["audio_out_rate"],
        model.audio_output_tps or ZERO,
        unit("tokens_per_second"),
        "catalog",
        model.id,
        (("model", model.name),),
    )
    return times(plan_factor(u.plan, "tts_playback_share"), seconds, rate)


def llm_audio(u: Usage) -> LineExplanation:
    key = u.prices.key_mode
    spoken_at = spoken_index(u.plan, list(u.runs))
    ins: list[Term] = []
    outs: list[Term] = []
    for i, (comp, run) in enumerate(zip(u.prices.components, u.runs, strict=True)):
        heard = u.per_month(heard_per_turn(u, run))
        spoken = u.per_month(spoken_per_turn(u, run, i == spoken_at))
        ins_term = Term(
            words.TERMS["voice_input"],
            heard,
            llm_price(comp.model, key, "input"),
            THOUSAND,
            comp.id,
        )
        out_term = Term(
            words.TERMS["spoken_reply"],
            spoken,
            llm_price(comp.model, key, "output"),
            THOUSAND,
            comp.id,
        )
        if ins_term.quantity_value == 0 and out_term.quantity_value == 0:
            continue
        ins.append(ins_term)
        outs.append(out_term)
    return LineExplanation("llm_audio", (tuple(ins), tuple(outs)), u.index)


def service_price(u: Usage, category: str, short: str) -> Factor:
    row = getattr(u.prices, category)
    return price_factor(
        row.price(u.prices.key_mode), "service_price", short, row.id, model=row.name
    )


def asr(u: Usage) -> LineExplanation:
    if uses_audio_llm(u.plan, u.model):
        per_turn: Expr = zero("not_used", "seconds")
    else:
        billed = Factor(
            words.DERIVED["billed_seconds"],
            u.ms.billed_voice_seconds_per_message,
            unit("seconds"),
            measured(u.ms, "voice_seconds_per_message"),
            "voice_seconds_per_message",
        )
        per_turn = times(plan_factor(u.plan, "voice_turn_share"), billed)
    term = Term(
        words.TERMS["speech"], u.per_month(per_turn), service_price(u, "asr", "per_60s"), SIXTY
    )
    return LineExplanation("asr", ((term,),), u.index)


def tts(u: Usage) -> LineExplanation:
    if spoken_index(u.plan, list(u.runs)) is not None:
        per_turn: Expr = zero("not_used", "characters")
    else:
        per_turn = times(
            plan_factor(u.plan, "tts_playback_share"), measure_factor(u.ms, "reply_characters")
        )
    price = service_price(u, "tts", "per_1k_characters")
    term = Term(words.TERMS["synthesis"], u.per_month(per_turn), price, THOUSAND)
    return LineExplanation("tts", ((term,),), u.index)


def knowledge_index(u: Usage) -> LineExplanation:
    price = service_price(u, "embedding", "per_1k_tokens")
    documents = Term(words.TERMS["documents"], u.added, price, THOUSAND)
    retrieves = u.plan.assumptions["chunks_retrieved_per_turn"] > 0 and (u.knowledge.value or 0) > 0
    query: Expr = question_factor(u.ms) if retrieves else zero("not_used", "tokens")
    questions = Term(words.TERMS["questions"], u.per_month(query), price, THOUSAND)
    return LineExplanation("knowledge_index", ((documents,), (questions,)), u.index)


def knowledge_storage(u: Usage) -> LineExplanation:
    price = u.prices.storage
    factor = Factor(
        words.DERIVED["storage_price"],
        price.value,
        unit("per_1k_token_days"),
        "user_price" if price.user else "catalog",
        "storage",
    )
    term = Term(words.TERMS["storage"], u.token_days, factor, THOUSAND)
    return LineExplanation("knowledge_storage", ((term,),), u.index)


def rerank(u: Usage) -> LineExplanation:
    reranked = u.chunks("chunks_reranked_per_turn")
    pair = plus(question_factor(u.ms), plan_factor(u.plan, "chunk_tokens"))
    price = service_price(u, "rerank", "per_1k_tokens")
    term = Term(words.TERMS["rerank"], u.per_month(times(reranked, pair)), price, THOUSAND)
    return LineExplanation("rerank", ((term,),), u.index)


def per_unit(billing_type: str, assumption: str) -> Callable[[Usage], LineExplanation]:
    """A type only the user prices: units per turn at the catalog's open price."""

    def build(u: Usage) -> LineExplanation:
        price = u.prices.open_prices[billing_type]
        factor = price_factor(price, "open_price", "per_unit", billing_type, type=billing_type)
        units = u.per_month(plan_factor(u.plan, assumption))
        return LineExplanation(
            billing_type, ((Term(words.TERMS["units"], units, factor, ONE),),), u.index
        )

    return build


LINE_EXPLAINERS: dict[str, Callable[[Usage], LineExplanation]] = {
    "llm_text": llm_text,
    "llm_audio": llm_audio,
    "asr": asr,
    "tts": tts,
    "knowledge_index": knowledge_index,
    "knowledge_storage": knowledge_storage,
    "tool_call": per_unit("tool_call", "tool_calls_per_turn"),
    "rerank": rerank,
    "database_processing": per_unit("database_processing", "database_calls_per_turn"),
    "question_classification": per_unit("question_classification", "classified_question_share"),
}
