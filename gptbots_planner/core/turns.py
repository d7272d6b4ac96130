"""What one turn uses, in each billing type's unit, and the largest single LLM call.

The formulas are listed in :mod:`gptbots_planner.core.estimate`.  Retrieval takes chunks
from the knowledge base, so a turn never retrieves (or reranks) more than the base holds
that month, and with an empty base it retrieves, embeds and reranks nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from gptbots_planner.core.catalog import LLMModel
from gptbots_planner.core.measures import Measures
from gptbots_planner.core.money import ZERO, add, div, mul
from gptbots_planner.core.plan import Plan

log = logging.getLogger(__name__)


def uses_audio_llm(plan: Plan, model: LLMModel) -> bool:
    """Voice goes to the model itself (llm_audio) rather than through ASR."""
    return plan.settings.voice_mode == "audio_llm" and model.takes_audio


def chunks_available(plan: Plan, wanted: Decimal, knowledge_tokens: Decimal) -> Decimal:
    """Chunks a turn gets: ``wanted``, at most what ``knowledge_tokens`` hold."""
    if knowledge_tokens <= 0:
        return ZERO
    chunk = plan.assumptions["chunk_tokens"]
    if chunk <= 0:
        return wanted
    return min(wanted, div(knowledge_tokens, chunk))


def reasoning_per_call(plan: Plan, model: LLMModel) -> Decimal:
    """Hidden reasoning tokens per call: the plan's figure on a reasoning model, else 0."""
    return plan.assumptions["reasoning_tokens_per_call"] if model.reasoning else ZERO


def call_context(plan: Plan, ms: Measures, knowledge_tokens: Decimal) -> Decimal:
    """Input tokens of one LLM call: prompt, retrieved chunks, history, the message."""
    a = plan.assumptions
    chunks = chunks_available(plan, a["chunks_retrieved_per_turn"], knowledge_tokens)
    return add(
        ms.system_prompt_tokens,
        mul(chunks, a["chunk_tokens"]),
        mul(a["history_turns"], add(ms.user_message_tokens, ms.reply_tokens)),
        ms.user_message_tokens,
    )


def per_turn_quantities(
    plan: Plan, model: LLMModel, ms: Measures, knowledge_tokens: Decimal
) -> dict[str, Decimal]:
    """One turn's quantities with ``knowledge_tokens`` in the knowledge base."""
    a = plan.assumptions
    calls = a["llm_calls_per_turn"]
    image_in = mul(a["image_turn_share"], calls, ms.image_tokens_per_image)
    voice_share = a["voice_turn_share"]
    use_audio_llm = uses_audio_llm(plan, model)
    audio_tokens = (
        mul(voice_share, ms.voice_seconds_per_message, model.audio_input_tps or ZERO)
        if use_audio_llm
        else ZERO
    )
    retrieves = a["chunks_retrieved_per_turn"] > 0 and knowledge_tokens > 0
    reranked = chunks_available(plan, a["chunks_reranked_per_turn"], knowledge_tokens)
    return {
        "llm_text_input_tokens": add(
            mul(calls, call_context(plan, ms, knowledge_tokens)), image_in
        ),
        "llm_text_output_tokens": mul(calls, ms.reply_tokens),
        "llm_reasoning_tokens": mul(calls, reasoning_per_call(plan, model)),
        "llm_audio_input_tokens": audio_tokens,
        "asr_seconds": (
            ZERO if use_audio_llm else mul(voice_share, ms.billed_voice_seconds_per_message)
        ),
        "tts_characters": mul(a["tts_playback_share"], ms.reply_characters),
        "knowledge_index_query_tokens": ms.user_message_tokens_embedding if retrieves else ZERO,
        # the rerank service receives the question with each chunk
        "rerank_tokens": mul(reranked, add(ms.user_message_tokens_embedding, a["chunk_tokens"])),
        "tool_calls": a["tool_calls_per_turn"],
        "database_operations": a["database_calls_per_turn"],
        "classified_questions": a["classified_question_share"],
    }


@dataclass(frozen=True)
class LargestCall:
    """The largest single LLM call of a scenario and whether it fits the model's window."""

    tokens: Decimal  # input + output + reasoning of one call
    window: int | None

    @property
    def fits(self) -> bool | None:
        """True / False, or None when the model's window is unknown."""
        return None if self.window is None else self.tokens <= self.window


def largest_call(
    plan: Plan, model: LLMModel, ms: Measures, knowledge_tokens: Decimal
) -> LargestCall:
    """One call carrying everything a turn may send: an image and a voice message when the
    plan has any, the most knowledge the horizon retrieves, the reply and the reasoning."""
    a = plan.assumptions
    tokens = call_context(plan, ms, knowledge_tokens)
    if a["image_turn_share"] > 0:
        tokens = add(tokens, ms.image_tokens_per_image)
    if a["voice_turn_share"] > 0 and uses_audio_llm(plan, model):
        tokens = add(tokens, mul(ms.voice_seconds_per_message, model.audio_input_tps or ZERO))
    tokens = add(tokens, ms.reply_tokens, reasoning_per_call(plan, model))
    return LargestCall(tokens, model.context_window)
