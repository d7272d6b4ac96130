"""The workflow components a turn runs: their kinds and their fields, each declared once.

A plan lists the LLM components one turn of the agent runs (``core.components``): an
intent classifier on a small model, a query rewrite before the knowledge search, the
answering LLM node, a condition that checks the answer ...  GPTBots bills every one of them
as LLM text chat (its pricing page: "LLM 组件、分支组件、条件判断组件被调用时").  ``--set
components.<id>.<field>=VALUE`` reaches these fields; the window's Workflow panel and the
workbook list them with these labels.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from gptbots_planner.vocab.fields import Choice, FieldSpec
from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

# the model of a component that each scenario swaps (the "compared model")
COMPARED_MODEL = "compared"


@dataclass(frozen=True)
class KindSpec:
    """One kind of component and what a new component of that kind receives and writes."""

    id: str
    label: Text
    sends_system_prompt: bool
    sends_memory: bool
    sends_chunks: bool
    sends_images: bool
    sends_reply: bool  # the answer of this turn (a condition checks it)
    output_tokens: str | None  # None: the measured reply samples
    instruction_tokens: str = "0"


_KINDS = (
    KindSpec(
        "answer",
        QT_TRANSLATE_NOOP("ComponentKinds", "Answer (LLM node)"),
        True,
        True,
        True,
        True,
        False,
        None,
    ),
    KindSpec(
        "classifier",
        QT_TRANSLATE_NOOP("ComponentKinds", "Classifier / intent"),
        False,
        True,
        False,
        False,
        False,
        "20",
        "150",
    ),
    KindSpec(
        "condition",
        QT_TRANSLATE_NOOP("ComponentKinds", "Condition"),
        False,
        False,
        False,
        False,
        True,
        "10",
        "100",
    ),
    KindSpec(
        "query_rewrite",
        QT_TRANSLATE_NOOP("ComponentKinds", "Query rewrite (knowledge search)"),
        False,
        True,
        False,
        False,
        False,
        "30",
        "100",
    ),
    KindSpec(
        "summary",
        QT_TRANSLATE_NOOP("ComponentKinds", "Summary"),
        False,
        True,
        False,
        False,
        True,
        "100",
        "100",
    ),
    KindSpec(
        "custom",
        QT_TRANSLATE_NOOP("ComponentKinds", "Custom LLM component"),
        True,
        True,
        True,
        False,
        False,
        "100",
    ),
)

KINDS: dict[str, KindSpec] = {k.id: k for k in _KINDS}
KIND_IDS: tuple[str, ...] = tuple(KINDS)

_YES_NO = (
    Choice("yes", QT_TRANSLATE_NOOP("ComponentFields", "Yes")),
    Choice("no", QT_TRANSLATE_NOOP("ComponentFields", "No")),
)


def _sends(name: str, label: Text, help_text: Text) -> FieldSpec:
    return FieldSpec(name, "component", label, help=help_text, choices=_YES_NO)


_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        "component",
        QT_TRANSLATE_NOOP("ComponentFields", "Component name"),
        help=QT_TRANSLATE_NOOP("ComponentFields", "How the component reads in the results."),
    ),
    FieldSpec(
        "kind",
        "component",
        QT_TRANSLATE_NOOP("ComponentFields", "Kind"),
        choices=tuple(Choice(k.id, k.label) for k in _KINDS),
    ),
    FieldSpec(
        "model",
        "component",
        QT_TRANSLATE_NOOP("ComponentFields", "Model"),
        help=QT_TRANSLATE_NOOP(
            "ComponentFields",
            "'compared': the model each scenario compares; or a catalog model id, kept in "
            "every scenario and priced in the scenario's key mode.",
        ),
        default=COMPARED_MODEL,
    ),
    FieldSpec(
        "turn_share",
        "component",
        QT_TRANSLATE_NOOP("ComponentFields", "Share of turns it runs in"),
        unit=QT_TRANSLATE_NOOP("ComponentFields", "share of turns"),
        help=QT_TRANSLATE_NOOP(
            "ComponentFields", "Share of turns whose branch reaches this component (0 to 1)."
        ),
        default="1",
        minimum="0",
        maximum="1",
        percent=True,  # the Workflow tab shows it in percent
    ),
    FieldSpec(
        "calls_per_turn",
        "component",
        QT_TRANSLATE_NOOP("ComponentFields", "Calls each time it runs"),
        unit=QT_TRANSLATE_NOOP("ComponentFields", "calls"),
        help=QT_TRANSLATE_NOOP(
            "ComponentFields", "LLM calls per run (more than 1 in a loop or a retry)."
        ),
        default="1",
        minimum="0",
        maximum="1000",
    ),
    FieldSpec(
        "instruction_tokens",
        "component",
        QT_TRANSLATE_NOOP("ComponentFields", "Own instruction"),
        unit=QT_TRANSLATE_NOOP("ComponentFields", "tokens"),
        help=QT_TRANSLATE_NOOP(
            "ComponentFields",
            "The component's own prompt, typed; a pasted or dropped prompt is measured "
            "instead with the component's model's tokenizer.",
        ),
        default="0",
        minimum="0",
    ),
    _sends(
        "sends_system_prompt",
        QT_TRANSLATE_NOOP("ComponentFields", "Receives the system prompt"),
        QT_TRANSLATE_NOOP("ComponentFields", "The plan's shared system prompt items."),
    ),
    _sends(
        "sends_user_message",
        QT_TRANSLATE_NOOP("ComponentFields", "Receives the user message"),
        QT_TRANSLATE_NOOP(
            "ComponentFields", "The user's message (and, on an audio model, the voice)."
        ),
    ),
    _sends(
        "sends_memory",
        QT_TRANSLATE_NOOP("ComponentFields", "Receives the memory"),
        QT_TRANSLATE_NOOP(
            "ComponentFields", "The earlier turns of the conversation (short-term memory)."
        ),
    ),
    _sends(
        "sends_chunks",
        QT_TRANSLATE_NOOP("ComponentFields", "Receives the retrieved chunks"),
        QT_TRANSLATE_NOOP("ComponentFields", "The knowledge chunks retrieved for the turn."),
    ),
    _sends(
        "sends_images",
        QT_TRANSLATE_NOOP("ComponentFields", "Receives the images"),
        QT_TRANSLATE_NOOP("ComponentFields", "The image a user message carries."),
    ),
    _sends(
        "sends_reply",
        QT_TRANSLATE_NOOP("ComponentFields", "Receives the answer"),
        QT_TRANSLATE_NOOP(
            "ComponentFields", "This turn's reply (a condition or a summary checks it)."
        ),
    ),
    FieldSpec(
        "output_tokens",
        "component",
        QT_TRANSLATE_NOOP("ComponentFields", "Output"),
        unit=QT_TRANSLATE_NOOP("ComponentFields", "tokens / call"),
        help=QT_TRANSLATE_NOOP(
            "ComponentFields",
            "Tokens the component writes per call; 'measured' takes the reply samples.",
        ),
        minimum="0",
    ),
    FieldSpec(
        "reasoning_tokens",
        "component",
        QT_TRANSLATE_NOOP("ComponentFields", "Reasoning"),
        unit=QT_TRANSLATE_NOOP("ComponentFields", "tokens / call"),
        help=QT_TRANSLATE_NOOP(
            "ComponentFields",
            "Hidden reasoning tokens per call on a reasoning model; 'plan' takes the plan's "
            "reasoning tokens per call.",
        ),
        minimum="0",
    ),
)

# every component field by name, in the order the Workflow panel shows them
COMPONENT_FIELDS: dict[str, FieldSpec] = {f.name: f for f in _FIELDS}
SENDS_FIELDS: tuple[str, ...] = tuple(n for n in COMPONENT_FIELDS if n.startswith("sends_"))
NUMBER_FIELDS: tuple[str, ...] = (
    "turn_share",
    "calls_per_turn",
    "instruction_tokens",
    "output_tokens",
    "reasoning_tokens",
)
# a number field that may be "measured" (output: the reply samples) or "plan" (reasoning)
OPTIONAL_NUMBER_FIELDS: dict[str, str] = {"output_tokens": "measured", "reasoning_tokens": "plan"}


def component_field(name: str) -> FieldSpec:
    """The component field called ``name``; KeyError for an unknown one."""
    return COMPONENT_FIELDS[name]


def all_texts() -> list[Text]:
    """Every text of this vocabulary (the translation test checks each has Chinese)."""
    found: list[Text] = [k.label for k in _KINDS]
    for spec in _FIELDS:
        found += [t for t in (spec.label, spec.unit, spec.help) if t is not None]
        found += [c.label for c in spec.choices]
    return found
