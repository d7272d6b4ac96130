"""The plan's fields, each declared once: label, unit, help, bounds, default and choices.

The plan (``core.plan``) validates and stores them, the GUI's form builds its inputs from
them, the workbook names its input cells after them, and ``--set FIELD=VALUE`` on the
command line accepts exactly these names.  To add a field: add a :class:`FieldSpec` here,
read it where the estimate needs it, run ``scripts/update_translations.py`` and translate
the new texts in Qt Linguist (see docs/ARCHITECTURE.md, "Adding a plan field").

Groups:
- ``assumption``: a usage assumption (a Decimal with bounds), ``plan.assumptions``;
- ``measure``: a measured per-turn value the user may override, ``plan.overrides``
  (``None`` = take it from the files);
- ``setting``: a choice or a text, ``plan.settings``;
- ``service``: the catalog id of a service model, ``plan.services``;
- ``plan``: the plan's own name.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

Group = Literal["assumption", "measure", "setting", "service", "plan", "component"]


@dataclass(frozen=True)
class Choice:
    """One allowed value of a setting and how it reads."""

    value: str
    label: Text


@dataclass(frozen=True)
class FieldSpec:
    name: str
    group: Group
    label: Text
    unit: Text | None = None
    help: Text | None = None
    default: str | None = None  # None: measured (measures) or no default
    minimum: str | None = None
    maximum: str | None = None
    whole: bool = False  # a whole number (months)
    # a fraction (0.2) entered and shown as 20 % (window, workbook); files, --set keep 0.2
    percent: bool = False
    choices: tuple[Choice, ...] = ()

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)

    def choice_label(self, value: str) -> Text | None:
        return next((c.label for c in self.choices if c.value == value), None)

    @property
    def low(self) -> Decimal | None:
        return None if self.minimum is None else Decimal(self.minimum)

    @property
    def high(self) -> Decimal | None:
        return None if self.maximum is None else Decimal(self.maximum)


_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "conversations_per_month",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Conversations per month"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "conversations / month"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Conversations your agent holds in the first month. Every per-turn cost scales with it.",
        ),
        default="1000",
        minimum="0",
        maximum=None,
        whole=False,
    ),
    FieldSpec(
        "turns_per_conversation",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Turns per conversation"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "turns"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "User messages per conversation, each answered once.",
        ),
        default="4",
        minimum="0",
        maximum=None,
        whole=False,
    ),
    FieldSpec(
        "history_turns",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Short-term memory (turns)"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "turns"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "GPTBots' short-term memory: the most earlier turns (user message + reply) a call sends. Turn t of a conversation sends min(t - 1, this) of them.",
        ),
        default="2",
        minimum="0",
        maximum="50",
        whole=True,
    ),
    FieldSpec(
        "chunks_retrieved_per_turn",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Chunks retrieved per turn"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "chunks / turn"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Knowledge chunks retrieved and added to the prompt per turn. 0 turns retrieval off (then user questions are not embedded either).",
        ),
        default="3",
        minimum="0",
        maximum=None,
        whole=False,
    ),
    FieldSpec(
        "chunk_tokens",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Tokens per chunk"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "tokens / chunk"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Size of one retrieved knowledge chunk.",
        ),
        default="400",
        minimum="0",
        maximum=None,
        whole=False,
    ),
    FieldSpec(
        "chunks_reranked_per_turn",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Chunks reranked per turn"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "chunks / turn"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Chunks sent to the rerank service per turn (knowledge rerank switched on).",
        ),
        default="0",
        minimum="0",
        maximum=None,
        whole=False,
    ),
    FieldSpec(
        "image_turn_share",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Share of turns with an image"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "% of turns"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Share of turns whose user message carries an image (0 to 100 %).",
        ),
        default="0",
        minimum="0",
        maximum="1",
        whole=False,
        percent=True,
    ),
    FieldSpec(
        "voice_turn_share",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Share of voice turns"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "% of turns"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Share of turns sent as a voice message (0 to 100 %): ASR seconds, or audio-LLM tokens.",
        ),
        default="0",
        minimum="0",
        maximum="1",
        whole=False,
        percent=True,
    ),
    FieldSpec(
        "tts_playback_share",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Share of replies played as speech"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "% of turns"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Share of replies the user plays back as speech (TTS characters).",
        ),
        default="0",
        minimum="0",
        maximum="1",
        whole=False,
        percent=True,
    ),
    FieldSpec(
        "tool_calls_per_turn",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Paid tool calls per turn"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "calls / turn"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Successful paid tool calls per turn (e.g. Google search). Priced by you.",
        ),
        default="0",
        minimum="0",
        maximum=None,
        whole=False,
    ),
    FieldSpec(
        "database_calls_per_turn",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Database operations per turn"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "operations / turn"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Database processing operations per turn. Priced by you.",
        ),
        default="0",
        minimum="0",
        maximum=None,
        whole=False,
    ),
    FieldSpec(
        "classified_question_share",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Share of classified questions"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "% of turns"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Share of user questions run through question classification. Priced by you.",
        ),
        default="0",
        minimum="0",
        maximum="1",
        whole=False,
        percent=True,
    ),
    FieldSpec(
        "kb_growth_tokens_per_month",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Knowledge growth per month"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "tokens / month"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Knowledge added each month after the first: indexed once, then stored every day.",
        ),
        default="0",
        minimum="0",
        maximum=None,
        whole=False,
    ),
    FieldSpec(
        "months",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Months to project"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "months"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "How many months the projection covers.",
        ),
        default="12",
        minimum="1",
        maximum="120",
        whole=True,
    ),
    FieldSpec(
        "monthly_growth",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Monthly growth"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "% / month"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Usage growth from one month to the next, in percent (5 % = each month 1.05 times the one before).",
        ),
        default="0",
        minimum="-1",
        maximum="10",
        whole=False,
        percent=True,
    ),
    FieldSpec(
        "reasoning_tokens_per_call",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Reasoning tokens per call"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "tokens / call"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "Hidden reasoning (thinking) tokens a reasoning model generates per LLM call, billed at the output price; only reasoning models use it. No vendor publishes a typical figure: the default 1024 is the smallest thinking budget a vendor documents (Anthropic extended thinking, budget_tokens of at least 1,024), so real use is often higher.",
        ),
        default="1024",
        minimum="0",
        maximum=None,
        whole=False,
    ),
    FieldSpec(
        "speaking_rate",
        "assumption",
        QT_TRANSLATE_NOOP("PlanFields", "Speaking rate of spoken replies"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "characters / second"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp",
            "How fast an audio LLM speaks its reply: reply characters / this = seconds of reply audio. The default 15 is about 150 words a minute of English (the usual conversational rate) at 6 characters a word; Mandarin is spoken at about 4 to 5 characters a second.",
        ),
        default="15",
        minimum="0.1",
        maximum="100",
    ),
    FieldSpec(
        "system_prompt_tokens",
        "measure",
        QT_TRANSLATE_NOOP("PlanFields", "System prompt"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "tokens"),
        help=QT_TRANSLATE_NOOP("PlanFieldHelp", "Prompt tokens sent with every LLM call."),
        minimum="0",
    ),
    FieldSpec(
        "user_message_tokens",
        "measure",
        QT_TRANSLATE_NOOP("PlanFields", "User message"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "tokens"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp", "Average user message (from conversation samples)."
        ),
        minimum="0",
    ),
    FieldSpec(
        "reply_tokens",
        "measure",
        QT_TRANSLATE_NOOP("PlanFields", "Reply"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "tokens"),
        help=QT_TRANSLATE_NOOP("PlanFieldHelp", "Average reply (from reply samples)."),
        minimum="0",
    ),
    FieldSpec(
        "reply_characters",
        "measure",
        QT_TRANSLATE_NOOP("PlanFields", "Reply length"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "characters"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp", "Average reply length in characters (TTS bills these)."
        ),
        minimum="0",
    ),
    FieldSpec(
        "image_tokens_per_image",
        "measure",
        QT_TRANSLATE_NOOP("PlanFields", "Image tokens per image"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "tokens"),
        help=QT_TRANSLATE_NOOP("PlanFieldHelp", "Average image tokens per attached image."),
        minimum="0",
    ),
    FieldSpec(
        "voice_seconds_per_message",
        "measure",
        QT_TRANSLATE_NOOP("PlanFields", "Voice message length"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "seconds"),
        help=QT_TRANSLATE_NOOP("PlanFieldHelp", "Average voice message length."),
        minimum="0",
    ),
    FieldSpec(
        "knowledge_tokens",
        "measure",
        QT_TRANSLATE_NOOP("PlanFields", "Knowledge base size"),
        unit=QT_TRANSLATE_NOOP("PlanFieldUnits", "tokens"),
        help=QT_TRANSLATE_NOOP(
            "PlanFieldHelp", "Knowledge base size at the start (from knowledge documents)."
        ),
        minimum="0",
    ),
    FieldSpec(
        "voice_mode",
        "setting",
        QT_TRANSLATE_NOOP("PlanFields", "Voice messages"),
        default="asr",
        choices=(
            Choice("asr", QT_TRANSLATE_NOOP("PlanFields", "Transcribed (ASR), then text chat")),
            Choice("audio_llm", QT_TRANSLATE_NOOP("PlanFields", "Sent as audio to the LLM")),
        ),
    ),
    FieldSpec(
        "asr_rounding",
        "setting",
        QT_TRANSLATE_NOOP("PlanFields", "ASR rounding"),
        default="pro_rata",
        choices=(
            Choice("pro_rata", QT_TRANSLATE_NOOP("PlanFields", "Exact seconds (pro rata)")),
            Choice("per_started_minute", QT_TRANSLATE_NOOP("PlanFields", "Per started minute")),
        ),
    ),
    FieldSpec(
        "days_mode",
        "setting",
        QT_TRANSLATE_NOOP("PlanFields", "Days per month"),
        default="calendar",
        choices=(
            Choice("calendar", QT_TRANSLATE_NOOP("PlanFields", "Calendar days")),
            Choice("fixed30", QT_TRANSLATE_NOOP("PlanFields", "Always 30 days")),
        ),
    ),
    FieldSpec(
        "image_rule",
        "setting",
        QT_TRANSLATE_NOOP("PlanFields", "Image token rule"),
        default="seed",
        choices=(
            Choice(
                "seed", QT_TRANSLATE_NOOP("PlanFields", "GPTBots rule: 85 + 170 per 512 px tile")
            ),
            Choice("provider", QT_TRANSLATE_NOOP("PlanFields", "The model provider's own rule")),
            Choice("high", QT_TRANSLATE_NOOP("PlanFields", "OpenAI high detail")),
            Choice("patch", QT_TRANSLATE_NOOP("PlanFields", "OpenAI 32 px patches")),
            Choice("low", QT_TRANSLATE_NOOP("PlanFields", "Low detail (85 tokens)")),
        ),
    ),
    FieldSpec(
        "audio_row_text",
        "setting",
        QT_TRANSLATE_NOOP("PlanFields", "Text sent to an audio model row"),
        default="audio_row",
        choices=(
            Choice("audio_row", QT_TRANSLATE_NOOP("PlanFields", "At the audio row's price")),
            Choice(
                "text_sibling",
                QT_TRANSLATE_NOOP("PlanFields", "At the text model's price (e.g. GPT-4o-128k)"),
            ),
        ),
    ),
    FieldSpec(
        "start_month",
        "setting",
        QT_TRANSLATE_NOOP("PlanFields", "First month"),
        default="2027-01",
    ),
    FieldSpec(
        "kb_growth_timing",
        "setting",
        QT_TRANSLATE_NOOP("PlanFields", "Knowledge added during a month"),
        default="evenly",
        choices=(
            Choice(
                "evenly",
                QT_TRANSLATE_NOOP("PlanFields", "Evenly through the month (stored half the days)"),
            ),
            Choice("first_day", QT_TRANSLATE_NOOP("PlanFields", "On the first day")),
        ),
    ),
    FieldSpec(
        "services.embedding",
        "service",
        QT_TRANSLATE_NOOP("PlanFields", "Embedding"),
        default="embedding/openai/text-embedding-3-small",
    ),
    FieldSpec(
        "services.rerank",
        "service",
        QT_TRANSLATE_NOOP("PlanFields", "Rerank"),
        default="rerank/jina/reranker-v1-base-en",
    ),
    FieldSpec(
        "services.asr",
        "service",
        QT_TRANSLATE_NOOP("PlanFields", "Speech recognition (ASR)"),
        default="asr/openai/whisper-large-v3",
    ),
    FieldSpec(
        "services.tts",
        "service",
        QT_TRANSLATE_NOOP("PlanFields", "Speech synthesis (TTS)"),
        default="tts/openai/tts",
    ),
    FieldSpec(
        "name", "plan", QT_TRANSLATE_NOOP("PlanFields", "Plan name"), default="Untitled plan"
    ),
)

# every plan field by name, in the order the form and the workbook show them
FIELDS: dict[str, FieldSpec] = {f.name: f for f in _FIELDS}


def group(kind: Group) -> dict[str, FieldSpec]:
    """The fields of one group, in order."""
    return {name: spec for name, spec in FIELDS.items() if spec.group == kind}


ASSUMPTIONS = group("assumption")
MEASURES = group("measure")
SETTINGS = group("setting")
SERVICES = group("service")


def field(name: str) -> FieldSpec:
    """The field called ``name``; KeyError for an unknown one."""
    return FIELDS[name]
