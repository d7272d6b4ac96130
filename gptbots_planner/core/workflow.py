"""What each LLM component of a turn sends and writes: memory by turn, spoken replies.

Per turn, for a component that runs ``calls`` = turn_share x calls_per_turn times:

* text input = calls x (own instruction + [system prompt] + [chunks x chunk_tokens]
  + [memory x (user + reply)] + [user] + [this turn's reply]) + [image_share x calls x
  image tokens], each bracket only when the component receives it;
* text output = calls x (the measured reply, or the component's own output tokens);
  reasoning = calls x its reasoning tokens on a reasoning model (at the output price);
* audio input (voice mode "audio_llm", a compared model that takes audio, a component on a
  model that takes audio and receives the user message) = voice_share x calls x seconds
  x the model's audio tokens per second;
* spoken reply (voice mode "audio_llm", the answer component's model speaks) =
  tts_share x reply characters / speaking_rate x the model's output audio tokens per
  second, at its output price; TTS then bills nothing for those replies.

Memory by turn: ``history_turns`` (H) is GPTBots' short-term memory setting, the most
earlier turns a call sends.  Turn t sends min(t - 1, H) of them, so a conversation of n
turns sends S(n) = sum of min(t - 1, H) for t = 1..n, and the mean per turn is S(n) / n.
A fractional ``turns_per_conversation`` T is read as a mix of conversations of floor(T)
and ceil(T) turns that averages T: the memory sent is linear between S(floor) and
S(ceil), divided by T turns.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from gptbots_planner.core.catalog import Catalog, LLMModel
from gptbots_planner.core.components import Component
from gptbots_planner.core.measures import Measures, text_tokens
from gptbots_planner.core.money import ZERO, add, div, mul
from gptbots_planner.core.plan import Plan

log = logging.getLogger(__name__)

QUANTITIES = (
    "text_input_tokens",
    "text_output_tokens",
    "reasoning_tokens",
    "audio_input_tokens",
    "audio_output_tokens",
)


def memory_sum(history: Decimal, turns: int) -> Decimal:
    """S(n): earlier turns sent over a conversation of ``turns`` turns, memory ``history``."""
    n = Decimal(turns)
    if n <= history + 1:
        return div(mul(n, n - 1), Decimal(2))
    return add(div(mul(history, history + 1), Decimal(2)), mul(n - history - 1, history))


def memory_mean(history: Decimal, turns: Decimal) -> Decimal:
    """Earlier turns one call sends on average over a conversation of ``turns`` turns."""
    if turns <= 0:
        return ZERO
    whole = int(turns)  # floor: turns is never negative
    frac = turns - whole
    total = memory_sum(history, whole)
    if frac:
        total = add(mul(1 - frac, total), mul(frac, memory_sum(history, whole + 1)))
    return div(total, turns)


def memory_largest(history: Decimal, turns: Decimal) -> Decimal:
    """The most earlier turns any call sends: min(H, ceil(T) - 1), at least 0."""
    longest = int(-(-turns // 1))  # ceil
    return max(ZERO, min(history, Decimal(longest - 1)))


def speaks(model: LLMModel) -> bool:
    """The model answers in audio: it has an output audio rate and is no audio-input row."""
    return model.audio_output_tps is not None and model.text_prices_from is None


# OpenAI's audio rows on the page; their text siblings drop the word (and the page's typo)
_AUDIO_WORDS = ("-Audio", "-Auido")


def audio_sibling(catalog: Catalog, model: LLMModel) -> LLMModel | None:
    """The text row of an audio row of the same brand (GPT-4o-Audio-128k -> GPT-4o-128k)."""
    for word in _AUDIO_WORDS:
        if word in model.name:
            name = model.name.replace(word, "")
            for row in catalog.llm.values():
                if row.brand == model.brand and row.name == name and not row.takes_audio:
                    return row
    return None


def text_row(catalog: Catalog, model: LLMModel, setting: str) -> LLMModel:
    """The row whose prices bill ``model``'s text tokens.

    An "(audio input)" row prices only audio, so its text is always its sibling's
    (Gemini-2.5-Flash).  An audio row that lists one price for everything (GPT-4o-Audio:
    1.1 x OpenAI's audio-token prices) bills its text at that price (``audio_row_text``
    "audio_row", the default) or at its text sibling's ("text_sibling", OpenAI's own billing
    of text tokens on its audio models).
    """
    own = catalog.text_pricing(model)
    if own is not model or setting != "text_sibling":
        return own
    return audio_sibling(catalog, model) or model


@dataclass(frozen=True)
class ComponentRun:
    """A component in one scenario: the row it runs on, the row its text is billed by, and
    the measures under its model's tokenizer and image rule."""

    component: Component
    model: LLMModel
    text_model: LLMModel
    measures: Measures

    @property
    def instruction(self) -> Decimal:
        c = self.component
        if c.instruction_text is not None:
            known = c.known_instruction_tokens(self.model.tokenizer)
            if known is None:
                known = text_tokens(c.instruction_text, self.model.tokenizer)
            return Decimal(known)
        return c.instruction_tokens

    @property
    def output_per_call(self) -> Decimal:
        c = self.component
        return self.measures.reply_tokens if c.output_tokens is None else c.output_tokens


def answer_index(runs: list[ComponentRun]) -> int | None:
    """The component that writes the turn's reply: the first answer, else the first that
    writes the measured reply (None: no component does)."""
    for i, r in enumerate(runs):
        if r.component.kind == "answer":
            return i
    return next((i for i, r in enumerate(runs) if r.component.writes_reply), None)


def reasoning_per_call(plan: Plan, run: ComponentRun) -> Decimal:
    if not run.model.reasoning:
        return ZERO
    own = run.component.reasoning_tokens
    return plan.assumptions["reasoning_tokens_per_call"] if own is None else own


def context_per_call(
    plan: Plan, run: ComponentRun, chunks: Decimal, memory_turns: Decimal
) -> Decimal:
    """Text input of one call of ``run``: what it receives, memory ``memory_turns`` turns."""
    c, ms, a = run.component, run.measures, plan.assumptions
    parts = [run.instruction]
    if c.sends_system_prompt:
        parts.append(ms.system_prompt_tokens)
    if c.sends_chunks:
        parts.append(mul(chunks, a["chunk_tokens"]))
    if c.sends_memory:
        parts.append(mul(memory_turns, add(ms.user_message_tokens, ms.reply_tokens)))
    if c.sends_user_message:
        parts.append(ms.user_message_tokens)
    if c.sends_reply:
        parts.append(ms.reply_tokens)
    return add(*parts)


def spoken_seconds(plan: Plan, ms: Measures) -> Decimal:
    """Seconds of audio one spoken reply lasts: reply characters / speaking rate."""
    return div(ms.reply_characters, plan.assumptions["speaking_rate"])


def spoken_tokens(plan: Plan, run: ComponentRun) -> Decimal:
    """Output audio tokens per turn of the answer's spoken replies."""
    rate = run.model.audio_output_tps or ZERO
    seconds = spoken_seconds(plan, run.measures)
    return mul(plan.assumptions["tts_playback_share"], seconds, rate)


def audio_per_call(plan: Plan, run: ComponentRun, audio_routing: bool) -> Decimal:
    """Audio input tokens of one call that carries a voice message (0: no audio reaches it)."""
    if not (audio_routing and run.component.sends_user_message and run.model.takes_audio):
        return ZERO
    return mul(run.measures.voice_seconds_per_message, run.model.audio_input_tps or ZERO)


def run_quantities(
    plan: Plan,
    run: ComponentRun,
    chunks: Decimal,
    audio_routing: bool,
    spoken: bool,
) -> dict[str, Decimal]:
    """One component's per-turn quantities (``QUANTITIES``) with ``chunks`` retrieved."""
    a, c = plan.assumptions, run.component
    calls = c.calls
    memory = memory_mean(a["history_turns"], a["turns_per_conversation"])
    text_in = mul(calls, context_per_call(plan, run, chunks, memory))
    if c.sends_images:
        text_in = add(
            text_in, mul(a["image_turn_share"], calls, run.measures.image_tokens_per_image)
        )
    voice = mul(a["voice_turn_share"], calls, audio_per_call(plan, run, audio_routing))
    return {
        "text_input_tokens": text_in,
        "text_output_tokens": mul(calls, run.output_per_call),
        "reasoning_tokens": mul(calls, reasoning_per_call(plan, run)),
        "audio_input_tokens": voice,
        "audio_output_tokens": spoken_tokens(plan, run) if spoken else ZERO,
    }


def largest_run_call(
    plan: Plan, run: ComponentRun, chunks: Decimal, audio_routing: bool, spoken: bool
) -> Decimal:
    """Tokens of the largest single call of ``run``: the most memory a call sends, an image
    and a voice message when the plan has any, its output, reasoning and spoken reply."""
    a, c = plan.assumptions, run.component
    memory = memory_largest(a["history_turns"], a["turns_per_conversation"])
    tokens = context_per_call(plan, run, chunks, memory)
    if c.sends_images and a["image_turn_share"] > 0:
        tokens = add(tokens, run.measures.image_tokens_per_image)
    if a["voice_turn_share"] > 0:
        tokens = add(tokens, audio_per_call(plan, run, audio_routing))
    tokens = add(tokens, run.output_per_call, reasoning_per_call(plan, run))
    if spoken:
        rate = run.model.audio_output_tps or ZERO
        tokens = add(tokens, mul(spoken_seconds(plan, run.measures), rate))
    return tokens
