"""Per-turn measures a plan's items give, for one tokenizer and image rule.

Conversation samples give the average user message, reply samples the average
reply (tokens and characters), system prompts add up, images and voice notes
average, knowledge documents add up.  A value the user typed in the plan's
``overrides`` wins over the measured one.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from gptbots_planner.core.billing import billed_asr_seconds
from gptbots_planner.core.image_rules import ImageRule, image_tokens
from gptbots_planner.core.money import ZERO, div
from gptbots_planner.core.plan import Plan, PlanItem
from gptbots_planner.measure.records import Measurement

log = logging.getLogger(__name__)


@dataclass
class Measures:
    tokenizer: str
    system_prompt_tokens: Decimal = ZERO
    user_message_tokens: Decimal = ZERO
    reply_tokens: Decimal = ZERO
    reply_characters: Decimal = ZERO
    image_tokens_per_image: Decimal = ZERO
    voice_seconds_per_message: Decimal = ZERO
    billed_voice_seconds_per_message: Decimal = ZERO  # after ASR rounding
    knowledge_tokens: Decimal = ZERO  # counted with the embedding model's tokenizer
    user_message_tokens_embedding: Decimal = ZERO  # the question as the embedder counts it
    # Items counted with another tokenizer than the model's (their count is approximate).
    approximate_items: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(
        default_factory=dict
    )  # measure -> "measured (n items)" / "override"
    # measure -> (low, high): the spread of the published tokenizers on the items' own text
    # (see token_range); only where every item carries samples and nothing is overridden.
    ranges: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)


SAMPLE_PREFIX = "sample:"
RANGE_BASE = "o200k_base"  # what an approximated model counts with; the ratios scale it


def token_range(m: Measurement) -> tuple[int, int] | None:
    """(low, high) tokens of a measured text by the published tokenizers, or None.

    Each family's ratio to o200k on the file's sample (``measure.tokens.SAMPLE_CHARS``
    per chunk) is applied to the full o200k count, so the work stays bounded while the
    spread is the user's own material's."""
    base = m.tokens.get(SAMPLE_PREFIX + RANGE_BASE, 0)
    full = m.tokens.get(RANGE_BASE)
    if base <= 0 or full is None:
        return None
    ratios = [n / base for k, n in m.tokens.items() if k.startswith(SAMPLE_PREFIX)]
    if len(ratios) < 2:
        return None
    return round(full * min(ratios)), round(full * max(ratios))


def _group_range(items: list[PlanItem], mean: bool) -> tuple[Decimal, Decimal] | None:
    spans = [token_range(i.measurement) for i in items]
    if not spans or any(s is None for s in spans):
        return None
    low = sum((Decimal(s[0]) for s in spans if s), ZERO)
    high = sum((Decimal(s[1]) for s in spans if s), ZERO)
    if mean:
        n = Decimal(len(spans))
        low, high = div(low, n), div(high, n)
    return low, high


@functools.lru_cache(maxsize=4096)
def _pasted_tokens(text: str, tokenizer: str) -> int:
    """Pasted text counted once per tokenizer.  Cached here rather than written into the
    item: estimates run on a worker thread while the GUI may be saving the same items."""
    from gptbots_planner.measure.tokens import count_tokens  # lazy: loads a vocabulary

    return count_tokens(text, tokenizer)


def text_tokens(text: str, tokenizer: str) -> int:
    """Tokens of a pasted text (a component's own prompt, say) under ``tokenizer``."""
    return _pasted_tokens(text, tokenizer)


def item_tokens(item: PlanItem, tokenizer: str) -> tuple[int, bool]:
    """Tokens of an item under ``tokenizer``; the bool says the count is exact.

    Pasted text is counted on demand; a file measured only with another
    tokenizer falls back to that count, flagged approximate.
    """
    m = item.measurement
    if tokenizer in m.tokens:
        return m.tokens[tokenizer], True
    if item.text is not None:
        return _pasted_tokens(item.text, tokenizer), True
    if m.tokens:
        other = sorted(m.tokens)[0]
        return m.tokens[other], False
    return 0, not m.chars


def _mean(values: Sequence[Decimal]) -> Decimal:
    return div(sum(values, ZERO), Decimal(len(values))) if values else ZERO


def _voice_seconds(plan: Plan) -> list[Decimal]:
    """Seconds of every voice message that enters the budget."""
    return [
        Decimal(i.measurement.seconds)
        for i in plan.items
        if i.measurement.ok and i.role == "voice_message" and i.measurement.seconds
    ]


def billed_voice_seconds(plan: Plan, rounding: str) -> Decimal:
    """Average billed ASR seconds per voice message under ``rounding``.

    Each recording is rounded on its own (per started minute), so the average
    of the rounded lengths is not the rounded average; an entered
    ``voice_seconds_per_message`` is rounded as one recording.
    """
    if "voice_seconds_per_message" in plan.overrides:
        return billed_asr_seconds(plan.overrides["voice_seconds_per_message"], rounding)
    return _mean([billed_asr_seconds(s, rounding) for s in _voice_seconds(plan)])


def compute_measures(
    plan: Plan,
    tokenizer: str,
    embedding_tokenizer: str,
    image_rule: ImageRule,
) -> Measures:
    usable = [i for i in plan.items if i.measurement.ok and i.role != "excluded"]
    by_role: dict[str, list[PlanItem]] = {}
    for item in usable:
        by_role.setdefault(item.role, []).append(item)
    result = Measures(tokenizer=tokenizer)
    inexact: set[str] = set()

    def tokens(items: list[PlanItem], tok: str) -> list[Decimal]:
        values = []
        for it in items:
            n, exact = item_tokens(it, tok)
            if not exact:
                inexact.add(it.name)
            values.append(Decimal(n))
        return values

    prompts = by_role.get("system_prompt", [])
    result.system_prompt_tokens = sum(tokens(prompts, tokenizer), ZERO)
    samples = by_role.get("conversation_sample", [])
    result.user_message_tokens = _mean(tokens(samples, tokenizer))
    result.user_message_tokens_embedding = _mean(tokens(samples, embedding_tokenizer))
    replies = by_role.get("reply_sample", [])
    result.reply_tokens = _mean(tokens(replies, tokenizer))
    result.reply_characters = _mean([Decimal(i.measurement.chars) for i in replies])
    images = [i for i in by_role.get("image_attachment", []) if i.measurement.width > 0]
    result.image_tokens_per_image = _mean(
        [image_tokens(i.measurement.width, i.measurement.height, image_rule).tokens for i in images]
    )
    voices = [i for i in by_role.get("voice_message", []) if i.measurement.seconds]
    seconds = [Decimal(i.measurement.seconds) for i in voices]
    result.voice_seconds_per_message = _mean(seconds)
    result.billed_voice_seconds_per_message = billed_voice_seconds(plan, plan.settings.asr_rounding)
    docs = by_role.get("knowledge_document", [])
    result.knowledge_tokens = sum(tokens(docs, embedding_tokenizer), ZERO)
    counts = {
        "system_prompt_tokens": len(prompts),
        "user_message_tokens": len(samples),
        "reply_tokens": len(replies),
        "reply_characters": len(replies),
        "image_tokens_per_image": len(images),
        "voice_seconds_per_message": len(voices),
        "knowledge_tokens": len(docs),
    }
    for name, n in counts.items():
        result.sources[name] = f"measured ({n} item{'s' if n != 1 else ''})"
    for name, group, mean in (
        ("system_prompt_tokens", prompts, False),
        ("user_message_tokens", samples, True),
        ("reply_tokens", replies, True),
    ):
        span = _group_range(group, mean)
        if span is not None and name not in plan.overrides:
            result.ranges[name] = span

    for name, value in plan.overrides.items():
        setattr(result, name, value)
        result.sources[name] = "entered"
        if name == "user_message_tokens":
            result.user_message_tokens_embedding = value
    result.approximate_items = sorted(inexact)
    return result
