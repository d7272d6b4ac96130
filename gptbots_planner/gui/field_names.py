"""Translated names of the plan's fields, settings choices and services.

Labels are literals here (``pyside6-lupdate`` finds them).  Units and help
texts come from ``core.plan`` (``ASSUMPTION_SPECS``, ``MEASURE_OVERRIDES``) and are
looked up at run time in the contexts ``PlanFieldUnits`` / ``PlanFieldHelp``;
``scripts/translate_shell.py`` adds those core strings to the catalogue.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication

from gptbots_planner.core.plan import ASSUMPTION_SPECS, MEASURE_OVERRIDES

log = logging.getLogger(__name__)

UNITS_CONTEXT = "PlanFieldUnits"
HELP_CONTEXT = "PlanFieldHelp"


def field_label(name: str) -> str:
    labels = {
        "conversations_per_month": QCoreApplication.translate(
            "PlanFields", "Conversations per month"
        ),
        "turns_per_conversation": QCoreApplication.translate(
            "PlanFields", "Turns per conversation"
        ),
        "llm_calls_per_turn": QCoreApplication.translate("PlanFields", "LLM calls per turn"),
        "history_turns": QCoreApplication.translate("PlanFields", "History turns kept"),
        "chunks_retrieved_per_turn": QCoreApplication.translate(
            "PlanFields", "Chunks retrieved per turn"
        ),
        "chunk_tokens": QCoreApplication.translate("PlanFields", "Tokens per chunk"),
        "chunks_reranked_per_turn": QCoreApplication.translate(
            "PlanFields", "Chunks reranked per turn"
        ),
        "image_turn_share": QCoreApplication.translate(
            "PlanFields", "Share of turns with an image"
        ),
        "voice_turn_share": QCoreApplication.translate("PlanFields", "Share of voice turns"),
        "tts_playback_share": QCoreApplication.translate(
            "PlanFields", "Share of replies played as speech"
        ),
        "tool_calls_per_turn": QCoreApplication.translate("PlanFields", "Paid tool calls per turn"),
        "database_calls_per_turn": QCoreApplication.translate(
            "PlanFields", "Database operations per turn"
        ),
        "classified_question_share": QCoreApplication.translate(
            "PlanFields", "Share of classified questions"
        ),
        "kb_growth_tokens_per_month": QCoreApplication.translate(
            "PlanFields", "Knowledge growth per month"
        ),
        "months": QCoreApplication.translate("PlanFields", "Months to project"),
        "monthly_growth": QCoreApplication.translate("PlanFields", "Monthly growth"),
        "system_prompt_tokens": QCoreApplication.translate("PlanFields", "System prompt"),
        "user_message_tokens": QCoreApplication.translate("PlanFields", "User message"),
        "reply_tokens": QCoreApplication.translate("PlanFields", "Reply"),
        "reply_characters": QCoreApplication.translate("PlanFields", "Reply length"),
        "image_tokens_per_image": QCoreApplication.translate(
            "PlanFields", "Image tokens per image"
        ),
        "voice_seconds_per_message": QCoreApplication.translate(
            "PlanFields", "Voice message length"
        ),
        "knowledge_tokens": QCoreApplication.translate("PlanFields", "Knowledge base size"),
        "voice_mode": QCoreApplication.translate("PlanFields", "Voice messages"),
        "asr_rounding": QCoreApplication.translate("PlanFields", "ASR rounding"),
        "days_mode": QCoreApplication.translate("PlanFields", "Days per month"),
        "image_rule": QCoreApplication.translate("PlanFields", "Image token rule"),
        "start_month": QCoreApplication.translate("PlanFields", "First month"),
        "services.embedding": QCoreApplication.translate("PlanFields", "Embedding"),
        "services.rerank": QCoreApplication.translate("PlanFields", "Rerank"),
        "services.asr": QCoreApplication.translate("PlanFields", "Speech recognition (ASR)"),
        "services.tts": QCoreApplication.translate("PlanFields", "Speech synthesis (TTS)"),
        "name": QCoreApplication.translate("PlanFields", "Plan name"),
    }
    return labels.get(name, name)


def field_unit(name: str) -> str:
    if name in ASSUMPTION_SPECS:
        unit = ASSUMPTION_SPECS[name][3]
    elif name in MEASURE_OVERRIDES:
        unit = MEASURE_OVERRIDES[name][0]
    else:
        return ""
    return QCoreApplication.translate(UNITS_CONTEXT, unit)


def field_help(name: str) -> str:
    if name in ASSUMPTION_SPECS:
        text = ASSUMPTION_SPECS[name][4]
    elif name in MEASURE_OVERRIDES:
        text = MEASURE_OVERRIDES[name][1]
    else:
        return ""
    return QCoreApplication.translate(HELP_CONTEXT, text)


def choice_labels(setting: str) -> dict[str, str]:
    """Choices of a plan setting (values are the core's ids)."""
    choices = {
        "voice_mode": {
            "asr": QCoreApplication.translate("PlanFields", "Transcribed (ASR), then text chat"),
            "audio_llm": QCoreApplication.translate("PlanFields", "Sent as audio to the LLM"),
        },
        "asr_rounding": {
            "pro_rata": QCoreApplication.translate("PlanFields", "Exact seconds (pro rata)"),
            "per_started_minute": QCoreApplication.translate("PlanFields", "Per started minute"),
        },
        "days_mode": {
            "calendar": QCoreApplication.translate("PlanFields", "Calendar days"),
            "fixed30": QCoreApplication.translate("PlanFields", "Always 30 days"),
        },
        "image_rule": {
            "seed": QCoreApplication.translate(
                "PlanFields", "GPTBots rule: 85 + 170 per 512 px tile"
            ),
            "provider": QCoreApplication.translate("PlanFields", "The model provider's own rule"),
            "high": QCoreApplication.translate("PlanFields", "OpenAI high detail"),
            "patch": QCoreApplication.translate("PlanFields", "OpenAI 32 px patches"),
            "low": QCoreApplication.translate("PlanFields", "Low detail (85 tokens)"),
        },
        "key_mode": {
            "gptbots_key": QCoreApplication.translate("PlanFields", "GPTBots key"),
            "own_key": QCoreApplication.translate("PlanFields", "Own key"),
            "both": QCoreApplication.translate("PlanFields", "Both (compare)"),
        },
        "language": {
            "": QCoreApplication.translate("PlanFields", "System language"),
            "en": "English",
            "zh_CN": "简体中文",
        },
    }
    return choices[setting]


_AT_LEAST = re.compile(r"must be at least (\S+?)(?: \(|, got|$)")
_AT_MOST = re.compile(r"must be at most (\S+?)(?: \(|, got|$)")


def field_error(name: str, message: str) -> str:
    """The core's refusal of a typed value (``PlanError``), in the user's language.

    The core writes English with the field's id in front ("image_turn_share: must
    be at most 1 (share of turns), got 1.5"); the known shapes are translated here
    with the field's own unit, anything else shows without the id.
    """
    unit = field_unit(name)
    found = _AT_LEAST.search(message)
    if found:
        return (
            QCoreApplication.translate("PlanFields", "Must be at least %1 %2.")
            .replace("%1", found.group(1))
            .replace("%2", unit)
            .replace(" .", ".")
        )
    found = _AT_MOST.search(message)
    if found:
        return (
            QCoreApplication.translate("PlanFields", "Must be at most %1 %2.")
            .replace("%1", found.group(1))
            .replace("%2", unit)
            .replace(" .", ".")
        )
    if "not a number" in message or "expected a number" in message or "not a finite" in message:
        return QCoreApplication.translate(
            "PlanFields", "Not a number: type digits, e.g. 12 or 0.5."
        )
    if "whole number" in message:
        return QCoreApplication.translate("PlanFields", "Must be a whole number.")
    if "cannot be negative" in message:
        return QCoreApplication.translate("PlanFields", "Cannot be negative.")
    if name == "start_month":
        return QCoreApplication.translate("PlanFields", "Must be a month such as 2027-01.")
    prefix = f"{name}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
