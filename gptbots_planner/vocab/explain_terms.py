"""The words of "how is this computed": the charges of a line, the derived factors, the
sources a number comes from and the short units written after a number.

Plan fields, measures and component fields read with their own labels and units
(``vocab.fields``, ``vocab.components``); this module names only what the engine derives
on the way (turns this month, chunks the base holds, ...) and the parts of each line.
``core.explain`` builds the explanations from these, front ends render them.
"""

from __future__ import annotations

import logging

from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

# one charge of a line: what is billed
TERMS: dict[str, Text] = {
    "input": QT_TRANSLATE_NOOP("Explain", "Input"),
    "output": QT_TRANSLATE_NOOP("Explain", "Output"),
    "reasoning": QT_TRANSLATE_NOOP("Explain", "Reasoning"),
    "voice_input": QT_TRANSLATE_NOOP("Explain", "Voice input"),
    "spoken_reply": QT_TRANSLATE_NOOP("Explain", "Spoken replies"),
    "speech": QT_TRANSLATE_NOOP("Explain", "Voice messages transcribed"),
    "synthesis": QT_TRANSLATE_NOOP("Explain", "Replies read aloud"),
    "documents": QT_TRANSLATE_NOOP("Explain", "Documents indexed this month (once)"),
    "questions": QT_TRANSLATE_NOOP("Explain", "Questions embedded for the search"),
    "storage": QT_TRANSLATE_NOOP("Explain", "Knowledge stored"),
    "rerank": QT_TRANSLATE_NOOP("Explain", "Question and chunks reranked"),
    "units": QT_TRANSLATE_NOOP("Explain", "Used this month"),
    "vendor": QT_TRANSLATE_NOOP("Explain", "The model vendor bills you (own key)"),
}

# what the engine derives from the plan on the way to a line
DERIVED: dict[str, Text] = {
    "turns": QT_TRANSLATE_NOOP("Explain", "Turns this month"),
    "conversations": QT_TRANSLATE_NOOP("Explain", "Conversations this month"),
    "growth": QT_TRANSLATE_NOOP("Explain", "Growth since month 1"),
    "months_since": QT_TRANSLATE_NOOP("Explain", "Months since month 1"),
    "one": QT_TRANSLATE_NOOP("Explain", "One"),
    "calls": QT_TRANSLATE_NOOP("Explain", "Calls per turn ({component})"),
    "instruction": QT_TRANSLATE_NOOP("Explain", "Own instruction ({component})"),
    "output_per_call": QT_TRANSLATE_NOOP("Explain", "Output per call ({component})"),
    "reasoning_per_call": QT_TRANSLATE_NOOP("Explain", "Reasoning per call ({component})"),
    "memory": QT_TRANSLATE_NOOP("Explain", "Earlier turns sent per call (average)"),
    "chunks": QT_TRANSLATE_NOOP("Explain", "Chunks a turn gets"),
    "chunks_held": QT_TRANSLATE_NOOP("Explain", "Chunks the knowledge base holds"),
    "no_chunks": QT_TRANSLATE_NOOP("Explain", "Chunks a turn gets (the knowledge base is empty)"),
    "reranked": QT_TRANSLATE_NOOP("Explain", "Chunks reranked per turn"),
    "knowledge_held": QT_TRANSLATE_NOOP("Explain", "Knowledge held this month"),
    "knowledge_added": QT_TRANSLATE_NOOP("Explain", "Knowledge added this month"),
    "days": QT_TRANSLATE_NOOP("Explain", "Days billed this month"),
    "half": QT_TRANSLATE_NOOP("Explain", "Added evenly: stored half the days"),
    "token_days": QT_TRANSLATE_NOOP("Explain", "Token-days stored"),
    "audio_in_rate": QT_TRANSLATE_NOOP("Explain", "Audio tokens per second heard ({model})"),
    "audio_out_rate": QT_TRANSLATE_NOOP("Explain", "Audio tokens per second spoken ({model})"),
    "spoken_seconds": QT_TRANSLATE_NOOP("Explain", "Seconds one spoken reply lasts"),
    "billed_seconds": QT_TRANSLATE_NOOP("Explain", "Billed seconds per voice message"),
    "question_embedding": QT_TRANSLATE_NOOP(
        "Explain", "User message, counted by the embedding model"
    ),
    "not_used": QT_TRANSLATE_NOOP("Explain", "Not used in this scenario"),
    "input_price": QT_TRANSLATE_NOOP("Explain", "Input price of {model}"),
    "output_price": QT_TRANSLATE_NOOP("Explain", "Output price of {model}"),
    "service_price": QT_TRANSLATE_NOOP("Explain", "Price of {model}"),
    "storage_price": QT_TRANSLATE_NOOP("Explain", "Storage price"),
    "open_price": QT_TRANSLATE_NOOP("Explain", "Price for {type}"),
    "vendor_price": QT_TRANSLATE_NOOP("Explain", "Vendor price of {model}"),
}

# where a factor's value comes from
SOURCES: dict[str, Text] = {
    "plan": QT_TRANSLATE_NOOP("Explain", "plan assumption"),
    "measured": QT_TRANSLATE_NOOP("Explain", "measured from your files"),
    "entered": QT_TRANSLATE_NOOP("Explain", "entered in the plan"),
    "component": QT_TRANSLATE_NOOP("Explain", "workflow component"),
    "catalog": QT_TRANSLATE_NOOP("Explain", "pricing page"),
    "user_price": QT_TRANSLATE_NOOP("Explain", "your price"),
    "vendor": QT_TRANSLATE_NOOP("Explain", "the vendor's price, with the pricing page"),
    "calendar": QT_TRANSLATE_NOOP("Explain", "calendar"),
    "derived": QT_TRANSLATE_NOOP("Explain", "computed"),
}

# the short unit written after a number in a formula
UNITS: dict[str, Text] = {
    "conversations": QT_TRANSLATE_NOOP("Explain", "conversations"),
    "turns": QT_TRANSLATE_NOOP("Explain", "turns"),
    "calls": QT_TRANSLATE_NOOP("Explain", "calls"),
    "tokens": QT_TRANSLATE_NOOP("Explain", "tokens"),
    "chunks": QT_TRANSLATE_NOOP("Explain", "chunks"),
    "seconds": QT_TRANSLATE_NOOP("Explain", "seconds"),
    "characters": QT_TRANSLATE_NOOP("Explain", "characters"),
    "characters_per_second": QT_TRANSLATE_NOOP("Explain", "characters / second"),
    "tokens_per_second": QT_TRANSLATE_NOOP("Explain", "tokens / second"),
    "days": QT_TRANSLATE_NOOP("Explain", "days"),
    "months": QT_TRANSLATE_NOOP("Explain", "months"),
    "token_days": QT_TRANSLATE_NOOP("Explain", "token-days"),
    "operations": QT_TRANSLATE_NOOP("Explain", "operations"),
    "questions": QT_TRANSLATE_NOOP("Explain", "questions"),
    "per_1k_tokens": QT_TRANSLATE_NOOP("Explain", "credits / 1K tokens"),
    "per_60s": QT_TRANSLATE_NOOP("Explain", "credits / 60 s"),
    "per_1k_characters": QT_TRANSLATE_NOOP("Explain", "credits / 1K characters"),
    "per_1k_token_days": QT_TRANSLATE_NOOP("Explain", "credits / 1K tokens / day"),
    "per_unit": QT_TRANSLATE_NOOP("Explain", "credits each"),
    "usd_per_1m_tokens": QT_TRANSLATE_NOOP("Explain", "USD / 1M tokens"),
    "usd_per_minute": QT_TRANSLATE_NOOP("Explain", "USD / minute"),
    "usd_per_1m_characters": QT_TRANSLATE_NOOP("Explain", "USD / 1M characters"),
}

# the unit of a count of exactly one, where English says it differently
SINGULAR: dict[str, Text] = {
    "conversations": QT_TRANSLATE_NOOP("Explain", "conversation"),
    "turns": QT_TRANSLATE_NOOP("Explain", "turn"),
    "calls": QT_TRANSLATE_NOOP("Explain", "call"),
    "chunks": QT_TRANSLATE_NOOP("Explain", "chunk"),
    "days": QT_TRANSLATE_NOOP("Explain", "day"),
    "months": QT_TRANSLATE_NOOP("Explain", "month"),
    "operations": QT_TRANSLATE_NOOP("Explain", "operation"),
    "questions": QT_TRANSLATE_NOOP("Explain", "question"),
}

# the words around a formula
EQUALS_CREDITS = QT_TRANSLATE_NOOP("Explain", "{amount} credits")
UNPRICED_RESULT = QT_TRANSLATE_NOOP("Explain", "unpriced: enter a price to count it")
LINE_TOTAL = QT_TRANSLATE_NOOP("Explain", "{line} in {month}: {amount} credits")
LINE_UNPRICED = QT_TRANSLATE_NOOP("Explain", "{line} in {month}: unpriced")
MONTH_TOTAL = QT_TRANSLATE_NOOP("Explain", "{month}: the sum of its lines, {amount} credits")
FACTOR_ROW = QT_TRANSLATE_NOOP("Explain", "{value}: {label} ({source})")
WHERE = QT_TRANSLATE_NOOP("Explain", "Where the numbers come from:")
VENDOR_TOTAL = QT_TRANSLATE_NOOP("Explain", "The vendor's bill for this line: {amount}")
NO_VENDOR_PRICE = QT_TRANSLATE_NOOP("Explain", "no vendor price")
NOTHING_TO_EXPLAIN = QT_TRANSLATE_NOOP("Explain", "Nothing used: 0 credits.")


def all_texts() -> list[Text]:
    """Every text of this vocabulary (the translation test checks each has Chinese)."""
    return [
        *TERMS.values(),
        *DERIVED.values(),
        *SOURCES.values(),
        *UNITS.values(),
        *SINGULAR.values(),
        EQUALS_CREDITS,
        UNPRICED_RESULT,
        LINE_TOTAL,
        LINE_UNPRICED,
        MONTH_TOTAL,
        FACTOR_ROW,
        WHERE,
        VENDOR_TOTAL,
        NO_VENDOR_PRICE,
        NOTHING_TO_EXPLAIN,
    ]
