"""What one turn uses, in each billing type's unit, and the largest single LLM call.

A turn runs the plan's LLM components (:mod:`gptbots_planner.core.workflow` gives each
one's tokens); the other billing types are per turn.  The formulas are listed in
:mod:`gptbots_planner.core.estimate`.  Retrieval takes chunks from the knowledge base, so a
turn never retrieves (or reranks) more than the base holds that month, and with an empty
base it retrieves, embeds and reranks nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from gptbots_planner.core.catalog import LLMModel
from gptbots_planner.core.measures import Measures
from gptbots_planner.core.money import ZERO, add, div, mul
from gptbots_planner.core.plan import Plan
from gptbots_planner.core.workflow import (
    QUANTITIES,
    ComponentRun,
    answer_index,
    largest_run_call,
    memory_mean,
    run_quantities,
    speaks,
)

log = logging.getLogger(__name__)

# per-turn total of each component quantity, by its historical per-turn key
TOTAL_KEYS = {
    "text_input_tokens": "llm_text_input_tokens",
    "text_output_tokens": "llm_text_output_tokens",
    "reasoning_tokens": "llm_reasoning_tokens",
    "audio_input_tokens": "llm_audio_input_tokens",
    "audio_output_tokens": "llm_audio_output_tokens",
}


def component_key(cid: str, quantity: str) -> str:
    """The per-turn key of one component's quantity ("component.classifier.text_input_tokens")."""
    return f"component.{cid}.{quantity}"


def uses_audio_llm(plan: Plan, model: LLMModel) -> bool:
    """Voice goes to the model itself (llm_audio) rather than through ASR."""
    return plan.settings.voice_mode == "audio_llm" and model.takes_audio


def spoken_index(plan: Plan, runs: list[ComponentRun]) -> int | None:
    """The component whose replies the model speaks (None: replies go to TTS)."""
    index = answer_index(runs)
    if index is None or plan.settings.voice_mode != "audio_llm":
        return None
    return index if speaks(runs[index].model) else None


def chunks_available(plan: Plan, wanted: Decimal, knowledge_tokens: Decimal) -> Decimal:
    """Chunks a turn gets: ``wanted``, at most what ``knowledge_tokens`` hold."""
    if knowledge_tokens <= 0:
        return ZERO
    chunk = plan.assumptions["chunk_tokens"]
    if chunk <= 0:
        return wanted
    return min(wanted, div(knowledge_tokens, chunk))


def call_context(plan: Plan, ms: Measures, knowledge_tokens: Decimal) -> Decimal:
    """Input tokens of one answering call that receives everything: system prompt, the
    retrieved chunks, the mean memory (by turn) and the message.  Kept for the workbook,
    which prices one compared call until it lists the components."""
    a = plan.assumptions
    chunks = chunks_available(plan, a["chunks_retrieved_per_turn"], knowledge_tokens)
    memory = memory_mean(a["history_turns"], a["turns_per_conversation"])
    return add(
        ms.system_prompt_tokens,
        mul(chunks, a["chunk_tokens"]),
        mul(memory, add(ms.user_message_tokens, ms.reply_tokens)),
        ms.user_message_tokens,
    )


def component_quantities(
    plan: Plan, model: LLMModel, runs: list[ComponentRun], knowledge_tokens: Decimal
) -> dict[str, Decimal]:
    """Every component's quantities under its own key, and their totals per turn."""
    chunks = chunks_available(plan, plan.assumptions["chunks_retrieved_per_turn"], knowledge_tokens)
    routing = uses_audio_llm(plan, model)
    spoken = spoken_index(plan, runs)
    result = {key: ZERO for key in TOTAL_KEYS.values()}
    for i, run in enumerate(runs):
        quantities = run_quantities(plan, run, chunks, routing, i == spoken)
        for q in QUANTITIES:
            result[component_key(run.component.id, q)] = quantities[q]
            result[TOTAL_KEYS[q]] = add(result[TOTAL_KEYS[q]], quantities[q])
    return result


def per_turn_quantities(
    plan: Plan, model: LLMModel, runs: list[ComponentRun], ms: Measures, knowledge_tokens: Decimal
) -> dict[str, Decimal]:
    """One turn's quantities with ``knowledge_tokens`` in the knowledge base.

    ``model`` is the compared model (it decides whether voice goes to an audio LLM or
    through ASR); ``ms`` are the measures under its tokenizer.
    """
    a = plan.assumptions
    voice_share = a["voice_turn_share"]
    use_audio_llm = uses_audio_llm(plan, model)
    retrieves = a["chunks_retrieved_per_turn"] > 0 and knowledge_tokens > 0
    reranked = chunks_available(plan, a["chunks_reranked_per_turn"], knowledge_tokens)
    spoken = spoken_index(plan, runs) is not None
    return {
        **component_quantities(plan, model, runs, knowledge_tokens),
        "asr_seconds": (
            ZERO if use_audio_llm else mul(voice_share, ms.billed_voice_seconds_per_message)
        ),
        # replies the model speaks itself are not sent to TTS
        "tts_characters": ZERO if spoken else mul(a["tts_playback_share"], ms.reply_characters),
        "knowledge_index_query_tokens": ms.user_message_tokens_embedding if retrieves else ZERO,
        # the rerank service receives the question with each chunk
        "rerank_tokens": mul(reranked, add(ms.user_message_tokens_embedding, a["chunk_tokens"])),
        "tool_calls": a["tool_calls_per_turn"],
        "database_operations": a["database_calls_per_turn"],
        "classified_questions": a["classified_question_share"],
    }


@dataclass(frozen=True)
class LargestCall:
    """The largest single LLM call of a component (or a scenario) and whether it fits."""

    tokens: Decimal  # input + output + reasoning of one call
    window: int | None
    component: str = ""  # the component's id ("" for a scenario's summary)
    model: str = ""  # the name of the model it runs on

    @property
    def fits(self) -> bool | None:
        """True / False, or None when the model's window is unknown."""
        return None if self.window is None else self.tokens <= self.window


def largest_calls(
    plan: Plan, model: LLMModel, runs: list[ComponentRun], knowledge_tokens: Decimal
) -> list[LargestCall]:
    """Each component's largest call (with the most knowledge the horizon retrieves)."""
    chunks = chunks_available(plan, plan.assumptions["chunks_retrieved_per_turn"], knowledge_tokens)
    routing = uses_audio_llm(plan, model)
    spoken = spoken_index(plan, runs)
    return [
        LargestCall(
            largest_run_call(plan, run, chunks, routing, i == spoken),
            run.model.context_window,
            run.component.id,
            run.model.name,
        )
        for i, run in enumerate(runs)
        if run.component.calls > 0
    ]


def compared_call(
    calls: list[LargestCall], runs: list[ComponentRun], model: LLMModel
) -> LargestCall:
    """The largest call on the compared model (0 tokens when no compared component runs)."""
    compared = {r.component.id for r in runs if r.component.compared}
    mine = [c for c in calls if c.component in compared]
    if not mine:
        return LargestCall(ZERO, model.context_window, "", model.name)
    return max(mine, key=lambda c: c.tokens)
