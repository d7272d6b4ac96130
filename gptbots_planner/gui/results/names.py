"""Translated display names for billing types, key modes, units and categories, and notes.

The core speaks in ids (``tool_call``, ``own_key``); people read names.  The names are
declared once in ``gptbots_planner.vocab.billing`` (the Chinese catalogue carries the
pricing page's own words for every billing type); here they go through Qt's translator.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gptbots_planner.core.estimate import Note
from gptbots_planner.core.money import fmt_credits, plain
from gptbots_planner.core.provider_prices import ProviderPrice
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


# The vendors' own units (core.provider_prices.UNITS values); window-only texts.
_PROVIDER_UNITS = {
    "usd_per_1m_tokens": QT_TRANSLATE_NOOP("ResultsNames", "USD / 1M tokens"),
    "usd_per_minute": QT_TRANSLATE_NOOP("ResultsNames", "USD / minute"),
    "usd_per_1m_characters": QT_TRANSLATE_NOOP("ResultsNames", "USD / 1M characters"),
}
# How a vendor price was found (core.provider_prices.BASES).
_BASES = {
    "derived": QT_TRANSLATE_NOOP("ResultsNames", "derived"),
    "derived_from_gptbots_key": QT_TRANSLATE_NOOP("ResultsNames", "derived, page inconsistent"),
    "user": QT_TRANSLATE_NOOP("ResultsNames", "yours"),
}


def provider_unit_name(unit: str) -> str:
    text = _PROVIDER_UNITS.get(unit)
    return QCoreApplication.translate("ResultsNames", str(text)) if text else unit


def basis_name(basis: str) -> str:
    """How a vendor price was found: derived, derived (page inconsistent), yours."""
    text = _BASES.get(basis)
    return QCoreApplication.translate("ResultsNames", str(text)) if text else basis


def short_decimal(value: Decimal) -> str:
    """A price for reading: exact when it has at most 4 decimals, else rounded to 4 (a
    price derived as GPTBots-key / 1.1 repeats forever: 2.04545... -> 2.0455)."""
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -4:
        return plain(value)
    rounded = value.quantize(Decimal("0.0001"))
    return plain(rounded) if rounded != 0 else f"{value:.2g}"


def provider_price_text(price: ProviderPrice, *, with_basis: bool = True) -> str:
    """A vendor price for reading: ``"2 / 8 USD / 1M tokens (derived)"`` (input / output)."""
    numbers = [v for v in (price.input, price.output) if v is not None]
    if not numbers:
        return QCoreApplication.translate("ResultsNames", "no vendor price")
    text = " / ".join(short_decimal(v) for v in numbers) + " " + provider_unit_name(price.unit)
    return f"{text} ({basis_name(price.basis)})" if with_basis else text


def usd_amount(usd: Decimal | None) -> str:
    """``Decimal("57.5025")`` -> ``"$57.50"`` (an amount already in USD); None: unknown."""
    if usd is None:
        return QCoreApplication.translate("ResultsNames", "unknown")
    return "$" + fmt_credits(usd)


def tokens_amount(tokens: Decimal | int) -> str:
    """A token count for reading: ``12800`` -> ``"12,800"``."""
    return f"{int(tokens):,}"
