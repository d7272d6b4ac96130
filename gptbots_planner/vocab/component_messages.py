"""The messages of the workflow components, memory by turn and spoken replies (core/).

``vocab.messages`` registers them in its section "workflow components"; they are kept here
as a table so that module stays short.  Each row: code, English template, parameter kinds.
"""

from __future__ import annotations

import logging

from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

COMPONENT_MESSAGES: tuple[tuple[str, Text, dict[str, str]], ...] = (
    (
        "component_bad_id",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: a component's id must be 1 to 40 lower-case letters, digits, '_' or '-', "
            "got {value}",
        ),
        {},
    ),
    (
        "component_duplicate_id",
        QT_TRANSLATE_NOOP("Messages", "{where}: two components share the id {ids}"),
        {},
    ),
    (
        "no_components",
        QT_TRANSLATE_NOOP("Messages", "{where}: a plan needs at least one LLM component"),
        {},
    ),
    (
        "unknown_component",
        QT_TRANSLATE_NOOP("Messages", "no component with id {id}; the plan's components: {known}"),
        {},
    ),
    (
        "calls_per_turn_replaced",
        QT_TRANSLATE_NOOP(
            "Messages",
            "llm_calls_per_turn is gone: a turn is now the components it runs; set "
            "components.<id>.calls_per_turn or components.<id>.turn_share instead "
            "(the plan's components: {known})",
        ),
        {},
    ),
    (
        "memory_by_turn",
        QT_TRANSLATE_NOOP(
            "Messages",
            "memory: turn t of a conversation sends min(t - 1, {history}) earlier turns; over "
            "{turns} turns that is {mean} earlier turns per call on average",
        ),
        {},
    ),
    (
        "spoken_replies",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{model} speaks its replies: {share} of the replies as {seconds} s of audio each "
            "({rate} characters a second) x {tps} audio tokens a second at its output price, "
            "and no TTS for them",
        ),
        {},
    ),
    (
        "audio_row_text",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{model}: the text of each call is billed at {text_model}'s price (audio_row_text: {setting})",
        ),
        {},
    ),
    (
        "plan_upgraded",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{where} was written in an older plan format (schema {version}); it was upgraded "
            "to workflow components (schema {current}), and the file keeps its old format "
            "until you save it",
        ),
        {},
    ),
    (
        "component_context_exceeded",
        QT_TRANSLATE_NOOP(
            "Messages",
            "component {component}: its largest call ({tokens} tokens) exceeds {model}'s context "
            "window of {window} tokens; this scenario is never the cheapest",
        ),
        {},
    ),
    (
        "component_context_unknown",
        QT_TRANSLATE_NOOP(
            "Messages",
            "component {component}: {model}'s context window is unknown, its largest call "
            "({tokens} tokens) is not checked",
        ),
        {},
    ),
    (
        "component_fixed_model",
        QT_TRANSLATE_NOOP(
            "Messages",
            "component {component} stays on {model} in every scenario: {credits} credits in month 1",
        ),
        {},
    ),
    (
        "component_no_model",
        QT_TRANSLATE_NOOP("Messages", "component {component}: {error}"),
        {},
    ),
)
