"""The roles an item of the workspace can have: how it enters the budget."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RoleSpec:
    id: str
    label: Text
    help: Text


_ROLES = (
    RoleSpec(
        "knowledge_document",
        QT_TRANSLATE_NOOP("Roles", "Knowledge document"),
        QT_TRANSLATE_NOOP("Roles", "Indexed once (embedding), then stored every day."),
    ),
    RoleSpec(
        "conversation_sample",
        QT_TRANSLATE_NOOP("Roles", "Conversation sample"),
        QT_TRANSLATE_NOOP("Roles", "A typical user message: its tokens are sent every turn."),
    ),
    RoleSpec(
        "system_prompt",
        QT_TRANSLATE_NOOP("Roles", "System prompt"),
        QT_TRANSLATE_NOOP("Roles", "Sent with every LLM call."),
    ),
    RoleSpec(
        "reply_sample",
        QT_TRANSLATE_NOOP("Roles", "Reply sample"),
        QT_TRANSLATE_NOOP("Roles", "A typical reply: output tokens, and characters for TTS."),
    ),
    RoleSpec(
        "image_attachment",
        QT_TRANSLATE_NOOP("Roles", "Image attachment"),
        QT_TRANSLATE_NOOP("Roles", "Image tokens of a message that carries an image."),
    ),
    RoleSpec(
        "voice_message",
        QT_TRANSLATE_NOOP("Roles", "Voice message"),
        QT_TRANSLATE_NOOP("Roles", "Seconds of speech: ASR, or audio tokens for an audio LLM."),
    ),
    RoleSpec(
        "excluded",
        QT_TRANSLATE_NOOP("Roles", "Not in the budget"),
        QT_TRANSLATE_NOOP("Roles", "Kept in the plan, counted nowhere."),
    ),
)

ROLES: dict[str, RoleSpec] = {r.id: r for r in _ROLES}
ROLE_IDS: tuple[str, ...] = tuple(ROLES)

# the role a freshly measured item gets, by measurement kind
DEFAULT_ROLE_BY_KIND = {
    "text": "knowledge_document",
    "document": "knowledge_document",
    "image": "image_attachment",
    "audio": "voice_message",
    "unsupported": "excluded",
    "error": "excluded",
}


def default_role(kind: str) -> str:
    return DEFAULT_ROLE_BY_KIND.get(kind, "knowledge_document")
