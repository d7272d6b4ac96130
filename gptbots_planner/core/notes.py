"""The remarks an estimate carries: each a registered message code with its values.

Codes and their English are registered in ``vocab.messages``; a note's ``text`` is always
``message.english()``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from gptbots_planner.core.catalog import LLMModel
from gptbots_planner.core.charges import ScenarioPrices
from gptbots_planner.core.measures import Measures
from gptbots_planner.core.money import mul, plain
from gptbots_planner.core.plan import Plan
from gptbots_planner.core.projection import Month
from gptbots_planner.core.provider_prices import DERIVED, FROM_GPTBOTS_KEY
from gptbots_planner.core.turns import LargestCall
from gptbots_planner.measure.tokenizers.specs import user_vocab_dir
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)


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


def missing_file_notes(plan: Plan) -> list[Note]:
    """Files not found where the plan says (``core.plan_paths``): their measurements stand."""
    count = sum(1 for item in plan.items if item.missing)
    return [Note.of("files_missing", count=count)] if count else []


def tokenizer_notes(model: LLMModel, ms: Measures) -> list[Note]:
    """Counts that are approximate: items measured with another tokenizer, or the model's."""
    notes: list[Note] = []
    if ms.approximate_items:
        items = ", ".join(ms.approximate_items)
        notes.append(Note.of("approximate_counts", tokenizer=model.tokenizer, items=items))
    if not model.tokenizer_exact:
        notes.append(Note.of("approximate_tokenizer", model=model.name, tokenizer=model.tokenizer))
        if model.tokenizer_wanted:
            notes.append(
                Note.of(
                    "tokenizer_needs_install",
                    model=model.name,
                    tokenizer=model.tokenizer_wanted,
                    folder=str(user_vocab_dir()),
                )
            )
        notes += range_notes(model, ms)
    return notes


def range_notes(model: LLMModel, ms: Measures) -> list[Note]:
    """An approximated model's measures as the published tokenizers spread on the material
    ("approx. 1,210-1,390, o200k 1,300"); the money stays on the model's own count."""
    notes: list[Note] = []
    for measure, (low, high) in ms.ranges.items():
        notes.append(
            Note.of(
                "approximate_range",
                model=model.name,
                measure=measure,
                low=f"{round(low):,}",
                high=f"{round(high):,}",
                tokenizer=model.tokenizer,
                count=f"{round(getattr(ms, measure)):,}",
            )
        )
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


def retrieval_notes(a: Mapping[str, Decimal], ms: Measures, months: Sequence[Month]) -> list[Note]:
    """Retrieval with an empty knowledge base, or asking for more than the base holds."""
    chunks = a["chunks_retrieved_per_turn"]
    if chunks <= 0:
        return []
    empty = [m for m in months if m.knowledge_tokens <= 0]
    if empty:
        return [Note.of("retrieval_without_knowledge", chunks=plain(chunks), months=len(empty))]
    retrieved = mul(chunks, a["chunk_tokens"])
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


def reasoning_notes(model: LLMModel, months: Sequence[Month]) -> list[Note]:
    """A reasoning model's hidden tokens, billed at the output price."""
    per_turn = months[0].per_turn.get("llm_reasoning_tokens", Decimal(0)) if months else 0
    if not model.reasoning or not per_turn:
        return []
    return [Note.of("reasoning_tokens", model=model.name, tokens=plain(Decimal(per_turn)))]


def context_notes(model: LLMModel, call: LargestCall) -> list[Note]:
    """The largest call against the model's context window."""
    if call.window is None:
        return [Note.of("context_window_unknown", model=model.name, tokens=plain(call.tokens))]
    if call.fits:
        return []
    return [
        Note.of(
            "context_window_exceeded",
            model=model.name,
            tokens=plain(call.tokens),
            window=call.window,
        )
    ]


def provider_notes(prices: ScenarioPrices) -> list[Note]:
    """On the own key: which vendor price the provider's bill rests on, and flagged rows."""
    if prices.key_mode != "own_key":
        return []
    text_model = prices.text_model
    vendor = text_model.provider_price
    notes: list[Note] = []
    if vendor.basis == FROM_GPTBOTS_KEY:
        notes.append(
            Note.of(
                "provider_price_inconsistent",
                model=text_model.name,
                direction=vendor.mismatch.get("direction", ""),
                gptbots=vendor.mismatch.get("gptbots", ""),
                own=vendor.mismatch.get("own", ""),
                ratio=vendor.mismatch.get("ratio", ""),
            )
        )
    elif vendor.basis == DERIVED:
        notes.append(
            Note.of(
                "provider_price_derived",
                model=text_model.name,
                input="-" if vendor.input is None else plain(vendor.input),
                output="-" if vendor.output is None else plain(vendor.output),
            )
        )
    return notes


def kb_timing_notes(plan: Plan) -> list[Note]:
    """How knowledge added after month 1 is stored (the page bills stored tokens per day)."""
    growth = plan.assumptions["kb_growth_tokens_per_month"]
    if growth <= 0 or plan.assumptions["months"] <= 1:
        return []
    return [Note.of("kb_growth_timing", timing=plan.settings.kb_growth_timing)]
