"""Translatable display names for billing types, key modes, units and categories.

The core speaks in ids (``tool_call``, ``own_key``); people read names.  The
English names go through Qt's translator so the Chinese UI shows the seed's own
words (the .ts file carries the seed's ``name_zh`` for every billing type).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from gptbots_planner.core.estimate import Note

log = logging.getLogger(__name__)


def billing_type_name(type_id: str) -> str:
    names = {
        "llm_text": QCoreApplication.translate("BillingNames", "LLM text chat"),
        "llm_audio": QCoreApplication.translate("BillingNames", "LLM audio chat"),
        "asr": QCoreApplication.translate("BillingNames", "Speech recognition"),
        "tts": QCoreApplication.translate("BillingNames", "Speech synthesis"),
        "knowledge_index": QCoreApplication.translate(
            "BillingNames", "Knowledge indexing (embedding)"
        ),
        "knowledge_storage": QCoreApplication.translate("BillingNames", "Knowledge storage"),
        "tool_call": QCoreApplication.translate("BillingNames", "Paid tool call"),
        "rerank": QCoreApplication.translate("BillingNames", "Knowledge rerank"),
        "database_processing": QCoreApplication.translate("BillingNames", "Database processing"),
        "question_classification": QCoreApplication.translate(
            "BillingNames", "Question classification"
        ),
    }
    return names.get(type_id, type_id)


def key_mode_name(key_mode: str) -> str:
    if key_mode == "gptbots_key":
        return QCoreApplication.translate("BillingNames", "GPTBots key")
    if key_mode == "own_key":
        return QCoreApplication.translate("BillingNames", "Own key")
    return key_mode


def quantity_unit_name(unit: str) -> str:
    """The unit a quantity is counted in (``billing.QUANTITY_UNITS`` values)."""
    names = {
        "tokens": QCoreApplication.translate("BillingNames", "tokens"),
        "seconds": QCoreApplication.translate("BillingNames", "seconds"),
        "characters": QCoreApplication.translate("BillingNames", "characters"),
        "token-days": QCoreApplication.translate("BillingNames", "token-days"),
        "calls": QCoreApplication.translate("BillingNames", "calls"),
        "operations": QCoreApplication.translate("BillingNames", "operations"),
        "questions": QCoreApplication.translate("BillingNames", "questions"),
    }
    return names.get(unit, unit)


def category_name(category: str) -> str:
    names = {
        "llm": QCoreApplication.translate("BillingNames", "LLM"),
        "embedding": QCoreApplication.translate("BillingNames", "Embedding"),
        "rerank": QCoreApplication.translate("BillingNames", "Rerank"),
        "asr": QCoreApplication.translate("BillingNames", "ASR"),
        "tts": QCoreApplication.translate("BillingNames", "TTS"),
        "storage": QCoreApplication.translate("BillingNames", "Storage"),
        "open": QCoreApplication.translate("BillingNames", "Open (user-priced)"),
    }
    return names.get(category, category)


def price_unit_name(category: str) -> str:
    """The unit a catalog price is given in, per category."""
    names = {
        "llm": QCoreApplication.translate("BillingNames", "credits / 1K tokens"),
        "embedding": QCoreApplication.translate("BillingNames", "credits / 1K tokens"),
        "rerank": QCoreApplication.translate("BillingNames", "credits / 1K tokens"),
        "asr": QCoreApplication.translate("BillingNames", "credits / 60 s"),
        "tts": QCoreApplication.translate("BillingNames", "credits / 1000 characters"),
        "storage": QCoreApplication.translate("BillingNames", "credits / 1K tokens / day"),
        "tool_call": QCoreApplication.translate("BillingNames", "credits / successful call"),
        "database_processing": QCoreApplication.translate(
            "BillingNames", "credits / database operation"
        ),
        "question_classification": QCoreApplication.translate(
            "BillingNames", "credits / classified question"
        ),
    }
    return names.get(category, category)


def unpriced_text() -> str:
    return QCoreApplication.translate("BillingNames", "unpriced")


def credits_text(formatted: str) -> str:
    """``"12,345.68"`` -> ``"12,345.68 credits"`` (translated)."""
    return QCoreApplication.translate("BillingNames", "{amount} credits").format(amount=formatted)


def note_text(note: Note) -> str:
    """An estimate's note in the UI's language (the core's English text as the fallback)."""
    p = note.params
    if note.code == "unpriced":
        return QCoreApplication.translate(
            "BillingNames", "{type} is used but has no price: enter one in the catalog"
        ).format(type=billing_type_name(p["type"]))
    if note.code == "no_audio":
        return QCoreApplication.translate(
            "BillingNames", "{model} takes no audio: voice messages are billed as ASR instead"
        ).format(model=p["model"])
    if note.code == "approximate_tokenizer":
        return QCoreApplication.translate(
            "BillingNames",
            "{model}: tokens counted with {tokenizer} as an approximation "
            "(the vendor's own tokenizer is not public or not bundled)",
        ).format(model=p["model"], tokenizer=p["tokenizer"])
    if note.code == "approximate_counts":
        return QCoreApplication.translate(
            "BillingNames", "Counted with another tokenizer than {tokenizer}: {items}"
        ).format(tokenizer=p["tokenizer"], items=p["items"])
    if note.code == "missing_measure":
        from gptbots_planner.gui.field_names import field_label, field_unit  # translated

        unit = field_unit(p["measure"])

        return QCoreApplication.translate(
            "BillingNames",
            "{assumption} is {value}, but {measure} is 0 (no file with that role, nothing "
            "entered): that part of the estimate is 0",
        ).format(
            assumption=field_label(p["assumption"]),
            value=p["value"],
            measure=field_label(p["measure"]) + (f" ({unit})" if unit else ""),
        )
    if note.code == "retrieval_exceeds_kb":
        return QCoreApplication.translate(
            "BillingNames",
            "Each turn retrieves {retrieved} tokens of knowledge, more than the knowledge base "
            "holds ({knowledge} tokens): lower the chunks or the chunk size",
        ).format(retrieved=p["retrieved"], knowledge=p["knowledge"])
    return note.text
