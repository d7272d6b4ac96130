"""Translated names of the plan's fields, settings choices and services.

Labels are literals here (``pyside6-lupdate`` finds them).  Units and help
texts come from ``core.plan`` (``ASSUMPTION_SPECS``, ``MEASURE_OVERRIDES``) and are
looked up at run time in the contexts ``PlanFieldUnits`` / ``PlanFieldHelp``;
``scripts/translate_shell.py`` adds those core strings to the catalogue.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from gptbots_planner.core.plan import ASSUMPTION_SPECS, MEASURE_OVERRIDES

log = logging.getLogger(__name__)

UNITS_CONTEXT = "PlanFieldUnits"
HELP_CONTEXT = "PlanFieldHelp"


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanFields", text)


def field_label(name: str) -> str:
    labels = {
        "conversations_per_month": _t("Conversations per month"),
        "turns_per_conversation": _t("Turns per conversation"),
        "llm_calls_per_turn": _t("LLM calls per turn"),
        "history_turns": _t("History turns kept"),
        "chunks_retrieved_per_turn": _t("Chunks retrieved per turn"),
        "chunk_tokens": _t("Tokens per chunk"),
        "chunks_reranked_per_turn": _t("Chunks reranked per turn"),
        "image_turn_share": _t("Share of turns with an image"),
        "voice_turn_share": _t("Share of voice turns"),
        "tts_playback_share": _t("Share of replies played as speech"),
        "tool_calls_per_turn": _t("Paid tool calls per turn"),
        "database_calls_per_turn": _t("Database operations per turn"),
        "classified_question_share": _t("Share of classified questions"),
        "kb_growth_tokens_per_month": _t("Knowledge growth per month"),
        "months": _t("Months to project"),
        "monthly_growth": _t("Monthly growth"),
        "system_prompt_tokens": _t("System prompt"),
        "user_message_tokens": _t("User message"),
        "reply_tokens": _t("Reply"),
        "reply_characters": _t("Reply length"),
        "image_tokens_per_image": _t("Image tokens per image"),
        "voice_seconds_per_message": _t("Voice message length"),
        "knowledge_tokens": _t("Knowledge base size"),
        "voice_mode": _t("Voice messages"),
        "asr_rounding": _t("ASR rounding"),
        "days_mode": _t("Days per month"),
        "image_rule": _t("Image token rule"),
        "start_month": _t("First month"),
        "services.embedding": _t("Embedding"),
        "services.rerank": _t("Rerank"),
        "services.asr": _t("Speech recognition (ASR)"),
        "services.tts": _t("Speech synthesis (TTS)"),
        "name": _t("Plan name"),
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
            "asr": _t("Transcribed (ASR), then text chat"),
            "audio_llm": _t("Sent as audio to the LLM"),
        },
        "asr_rounding": {
            "pro_rata": _t("Exact seconds (pro rata)"),
            "per_started_minute": _t("Per started minute"),
        },
        "days_mode": {
            "calendar": _t("Calendar days"),
            "fixed30": _t("Always 30 days"),
        },
        "image_rule": {
            "seed": _t("GPTBots rule: 85 + 170 per 512 px tile"),
            "provider": _t("The model provider's own rule"),
            "high": _t("OpenAI high detail"),
            "patch": _t("OpenAI 32 px patches"),
            "low": _t("Low detail (85 tokens)"),
        },
        "key_mode": {
            "gptbots_key": _t("GPTBots key"),
            "own_key": _t("Own key"),
            "both": _t("Both (compare)"),
        },
        "language": {
            "": _t("System language"),
            "en": "English",
            "zh_CN": "简体中文",
        },
    }
    return choices[setting]
