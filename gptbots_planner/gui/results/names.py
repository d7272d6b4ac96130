"""Translated display names for billing types, key modes, units and categories, and notes.

The core speaks in ids (``tool_call``, ``own_key``); people read names.  The names are
declared once in ``gptbots_planner.vocab.billing`` (the Chinese catalogue carries the
pricing page's own words for every billing type); here they go through Qt's translator.
"""

from __future__ import annotations

import logging

from gptbots_planner.core.estimate import Note
from gptbots_planner.gui.texts import render_message, tr
from gptbots_planner.vocab import billing
from gptbots_planner.vocab.messages import MESSAGES, Message
from gptbots_planner.vocab.text import fill

log = logging.getLogger(__name__)


def billing_type_name(type_id: str) -> str:
    spec = billing.BILLING_TYPES.get(type_id)
    return tr(spec.name) if spec is not None else type_id


def key_mode_name(key_mode: str) -> str:
    label = billing.KEY_MODES.get(key_mode)
    return tr(label) if label is not None else key_mode


def quantity_unit_name(unit: str) -> str:
    """The unit a quantity is counted in (``vocab.billing.QUANTITY_UNITS`` values)."""
    name = billing.UNIT_NAMES.get(unit)
    return tr(name) if name is not None else unit


def category_name(category: str) -> str:
    name = billing.CATEGORIES.get(category)
    return tr(name) if name is not None else category


def price_unit_name(category: str) -> str:
    """The unit a catalog price is given in, per category (open types: per billing type)."""
    name = billing.PRICE_UNITS.get(category)
    return tr(name) if name is not None else category


def unpriced_text() -> str:
    return tr(billing.UNPRICED)


def credits_text(formatted: str) -> str:
    """``"12,345.68"`` -> ``"12,345.68 credits"`` (translated)."""
    return fill(tr(billing.CREDITS_AMOUNT), {"amount": formatted})


def note_text(note: Note) -> str:
    """An estimate's note in the UI's language, by its code (its parameters as labels)."""
    if note.code not in MESSAGES:
        log.warning("estimate note %r has no registered message; shown in English", note.code)
        return note.text
    return render_message(Message(note.code, note.params))
