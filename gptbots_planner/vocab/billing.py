"""Billing types, key modes, quantity units, catalog categories and price units: their ids
and how they read.

The ten billing types are the GPTBots platform's own usage categories, in the order of its
usage page; the Chinese names in the catalogue are the pricing page's own words.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BillingTypeSpec:
    id: str
    name: Text
    unit: str  # the quantity unit id (QUANTITY_UNITS)
    user_priced: bool = False  # the pricing page gives no price: the user enters it


_TYPES = (
    BillingTypeSpec("llm_text", QT_TRANSLATE_NOOP("BillingNames", "LLM text chat"), "tokens"),
    BillingTypeSpec("llm_audio", QT_TRANSLATE_NOOP("BillingNames", "LLM audio chat"), "tokens"),
    BillingTypeSpec("asr", QT_TRANSLATE_NOOP("BillingNames", "Speech recognition"), "seconds"),
    BillingTypeSpec("tts", QT_TRANSLATE_NOOP("BillingNames", "Speech synthesis"), "characters"),
    BillingTypeSpec(
        "knowledge_index",
        QT_TRANSLATE_NOOP("BillingNames", "Knowledge indexing (embedding)"),
        "tokens",
    ),
    BillingTypeSpec(
        "knowledge_storage", QT_TRANSLATE_NOOP("BillingNames", "Knowledge storage"), "token-days"
    ),
    BillingTypeSpec(
        "tool_call", QT_TRANSLATE_NOOP("BillingNames", "Paid tool call"), "calls", True
    ),
    BillingTypeSpec("rerank", QT_TRANSLATE_NOOP("BillingNames", "Knowledge rerank"), "tokens"),
    BillingTypeSpec(
        "database_processing",
        QT_TRANSLATE_NOOP("BillingNames", "Database processing"),
        "operations",
        True,
    ),
    BillingTypeSpec(
        "question_classification",
        QT_TRANSLATE_NOOP("BillingNames", "Question classification"),
        "questions",
        True,
    ),
)

BILLING_TYPES: dict[str, BillingTypeSpec] = {t.id: t for t in _TYPES}
BILLING_TYPE_IDS: tuple[str, ...] = tuple(BILLING_TYPES)
OPEN_TYPES: tuple[str, ...] = tuple(t.id for t in _TYPES if t.user_priced)

# billing type -> the unit its quantity is counted in
QUANTITY_UNITS: dict[str, str] = {t.id: t.unit for t in _TYPES}

UNIT_NAMES: dict[str, Text] = {
    "tokens": QT_TRANSLATE_NOOP("BillingNames", "tokens"),
    "seconds": QT_TRANSLATE_NOOP("BillingNames", "seconds"),
    "characters": QT_TRANSLATE_NOOP("BillingNames", "characters"),
    "token-days": QT_TRANSLATE_NOOP("BillingNames", "token-days"),
    "calls": QT_TRANSLATE_NOOP("BillingNames", "calls"),
    "operations": QT_TRANSLATE_NOOP("BillingNames", "operations"),
    "questions": QT_TRANSLATE_NOOP("BillingNames", "questions"),
}

KEY_MODES: dict[str, Text] = {
    "gptbots_key": QT_TRANSLATE_NOOP("BillingNames", "GPTBots key"),
    "own_key": QT_TRANSLATE_NOOP("BillingNames", "Own key"),
}
KEY_MODE_IDS: tuple[str, ...] = tuple(KEY_MODES)

CATEGORIES: dict[str, Text] = {
    "llm": QT_TRANSLATE_NOOP("BillingNames", "LLM"),
    "embedding": QT_TRANSLATE_NOOP("BillingNames", "Embedding"),
    "rerank": QT_TRANSLATE_NOOP("BillingNames", "Rerank"),
    "asr": QT_TRANSLATE_NOOP("BillingNames", "ASR"),
    "tts": QT_TRANSLATE_NOOP("BillingNames", "TTS"),
    "storage": QT_TRANSLATE_NOOP("BillingNames", "Storage"),
    "open": QT_TRANSLATE_NOOP("BillingNames", "Open (user-priced)"),
}

# the unit a catalog price is given in, per category (open types: per billing type)
PRICE_UNITS: dict[str, Text] = {
    "llm": QT_TRANSLATE_NOOP("BillingNames", "credits / 1K tokens"),
    "embedding": QT_TRANSLATE_NOOP("BillingNames", "credits / 1K tokens"),
    "rerank": QT_TRANSLATE_NOOP("BillingNames", "credits / 1K tokens"),
    "asr": QT_TRANSLATE_NOOP("BillingNames", "credits / 60 s"),
    "tts": QT_TRANSLATE_NOOP("BillingNames", "credits / 1000 characters"),
    "storage": QT_TRANSLATE_NOOP("BillingNames", "credits / 1K tokens / day"),
    "tool_call": QT_TRANSLATE_NOOP("BillingNames", "credits / successful call"),
    "database_processing": QT_TRANSLATE_NOOP("BillingNames", "credits / database operation"),
    "question_classification": QT_TRANSLATE_NOOP("BillingNames", "credits / classified question"),
}

UNPRICED = QT_TRANSLATE_NOOP("BillingNames", "unpriced")
CREDITS_AMOUNT = QT_TRANSLATE_NOOP("BillingNames", "{amount} credits")
